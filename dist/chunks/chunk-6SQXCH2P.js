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
} from "./chunk-SFBK33WL.js";
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
var DERIVED = `{"prefilter":{"key":"rules 277\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,43,52,54,57,58,154,163,197,209,210,236,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,440,442,443,444,445,446,447,448,451,452,453,455],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12407,"states":14001,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAADwCAcABgAAABc8AgAHAAAACu4HAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAABanAkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADcdQMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAAB/YCAB0AAAAAAAAAHgAAAG0vDgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAKioBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAASFUNACkAAAAAAAAAKgAAAEK8AQArAAAAaOoCACwAAAAxzQEALQAAAA87CwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAADvqw8AMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAXMgwAPwAAALc8DABAAAAA9k8PAEEAAACDbw0AQgAAAAAAAABDAAAALXANAEQAAAAAAAAARQAAAAuSDQBGAAAABpcNAEcAAACdphEASAAAAJaxDQBJAAAA370NAEoAAAC93w0ASwAAABLgDQBMAAAAZ+ANAE0AAAD/8g0ATgAAAPv2DQBPAAAAzCUOAFAAAAChpQ4AUQAAAPalDgBSAAAAnKoOAFMAAABFqw8AVAAAAJqrDwBXAAAAqgAAAFgAAAD4AwQAWgAAACMoCgBbAAAAuEYBAF4AAAALnwAAYAAAAJO3CgBhAAAAvuMIAGkAAAB9KwIAbAAAAFL/AwByAAAAFz4AAK0AAAD/AAAAtwAAAIwbAwC5AAAAYpILAAIBAACDFxAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAA2BcQAP4IAAAtGBAATgkAAGLlDQBUCQAAoQkAAGEJAADcbQsAZQkAALzgDQBoCQAAziYLAKgJAAD2CQAArgkAAMp/CwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAACCGBAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAHx3DABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAK8cNAFUOAAC/lAEAVg4AAM8wAABYDgAAqlIDAFsOAAAi2wIAZA4AAG3kAwBnDgAALMYNAKIOAADxDgAAqw4AACgkCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAA1xgQAD4YAABu1w8APxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAABBCAwCUGAAAMc4AAJUYAAD3qggAmRgAALbpCgCaGAAA5xgAAJwYAAARQwEAnRgAAIhvCACfGAAAk2UHAKEYAADI1gsAoxgAADkVBwCoGAAArk8CAKsYAACRvQYA6BgAADwZAADqGAAAyIYGAO0YAABR+AsAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AACwZEACSHgAA4R4AAJYeAACPYw0Aox4AAEEIDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAAqFEGAOgfAAA1IAAAOCAAANxyBgA8IAAAiiAAAEAgAADhGQUAQyAAAEywAwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAgRkQANsmAAA5xQEA3iYAAFVJDADiJgAAj2EPAOUmAAAuJwAA5yYAAEAMCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAADWGRAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAAArGhAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAACAGhAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AADVGhAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAH8bEAAzPgAAbD4AAHQ+AADUGxAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAACkcEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAAB+HBAAvEgAAMQ5AgC9SAAABkoFAL5IAADTzwcAwkgAAAxJAADDSAAAwN8KAMVIAACCIgYAy0gAABBDAgASSQAAUEsPABhJAABhSQAAZ0kAAM+CAwBpSQAA0xwQAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAACgdEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAAfR0QAEthAACeYQAAoWEAAPNhAAD2YQAA0h0QAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAAAnHhAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAHweEADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AADRHhAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AAAmHxAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAHsfEACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAANAfEACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAAJSAQAM6HAABo3g4A0IcAAJLBAQDThwAAOW8CANSHAAA3wQcA1YcAADlrBgDWhwAAOMcAANeHAACySwIA2ocAAOe0DgDchwAAIogAAN6HAADIhAgA44cAAA6WBgDkhwAAAUcNACyIAADiaQkAMYgAAHeIAACDiAAAzIgAAM2IAAA4xAMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAeiAQAOWOAADPIBAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAFjMMAHyPAAAd4QEAf48AAMcsDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAACAygoAdZEAAMORAAB9kQAAfIADAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAACQhEABxlAAAwJQAAHOUAAA+BRIAepQAAKSqBgB8lAAAp/wGAH6UAACrUwEAh5QAADEXDQDGlAAAFukAANiUAAAVlQAAF5UAAGqVAAAilQAAAKoAAC6VAABkmwAAeZUAAL+VAADOlQAAFJYAACCWAABplgAAbJYAAL6WAADBlgAAE5cAACuXAABolwAAb5cAAL2XAADJlwAAEpgAAB+YAABnmAAAdZgAALyYAADImAAAEZkAABiZAABmmQAAfpkAALuZAADHmQAAEJoAABaaAABlmgAAa5oAALqaAAC/mgAAD5sAABWbAADOIRAAZpsAALmbAADAmwAADpwAACacAABjnAAAapwAALicAADRnAAADZ0AACWdAABinQAAbp0AALedAAC9nQAADJ4AABKeAABhngAAZp4AALaeAAC8ngAAIyIQACSfAABgnwAAcZ8AALWfAADDnwAACqAAABmgAABfoAAAZ6AAALSgAADUoAAACaEAABWhAABeoQAAcqEAALOhAAC7oQAACKIAAA6iAABdogAAaaIAALKiAAC8ogAAB6MAAA2jAABcowAAaqMAALGjAAC9owAABqQAACGkAABbpAAAXaQAALCkAADBpAAABaUAAA2lAABapQAAaKUAAK+lAACypQAABKYAAAymAABZpgAAZqYAAK6mAACzpgAAA6cAAA2nAABYpwAAYKcAAK2nAACvpwAAAqgAABOoAABXqAAAaKgAAKyoAACxqAAAAakAAAWpAABWqQAAYqkAAKupAACyqQAAeCIQAAWqAABVqgAAX6oAAKqqAADCqgAA/6oAAAKrAABUqwAAXasAAKmrAACqqwAA/qsAAP+rAABTrAAAWKwAAKisAACurAAA/awAAAetAABSrQAAXq0AAKetAACurQAA/K0AABSuAABRrgAAU64AAKauAACvrgAA+64AAAWvAABQrwAAW68AAKWvAAC9rwAA+q8AABCwAABPsAAAVLAAAKSwAACrsAAA+bAAAAWxAADNIhAAULEAAD6/AgBTsQAAzYYBAFexAAAlfwYAWbEAALs8CABfsQAAo7EAAKWxAAAveQIAsbEAAPixAAAEsgAATbIAAAeyAADpuAgAWrIAAKKyAACssgAA97IAAPiyAAB+xw8A/7IAAEyzAABTswAAobMAAGezAAD5rwEAprMAAPazAAACtAAAS7QAAE60AACgtAAAqLQAAPW0AAACtQAASrUAAE+1AACftQAAqbUAAPS1AAD8tQAASbYAAEy2AACetgAAp7YAAPO2AAD0tgAASLcAAEm3AACdtwAAorcAAPK3AAD4twAAR7gAAFG4AACcuAAApLgAAPG4AADzuAAARrkAAE+5AACbuQAApbkAAPC5AAD7uQAARboAAFG6AACaugAAp7oAAO+6AAD5ugAARLsAAFK7AACZuwAAqLsAAO67AADwuwAAQ7wAAE28AACYvAAAprwAAO28AADyvAAAQr0AAE+9AACXvQAAn70AAOy9AADtvQAAQb4AAEe+AACWvgAAm74AAOu+AAD1vgAAQL8AAEW/AACVvwAApL8AAOq/AADvvwAAP8AAAFDAAACUwAAAnMAAAOnAAADvwAAAPsEAAErBAACTwQAAsMEAAOjBAADxwQAAPcIAAEnCAACSwgAAlcIAAOfCAADxwgAAPMMAAEjDAACRwwAAmMMAAObDAADuwwAAO8QAAFTEAACQxAAApMQAAOXEAADtxAAAOsUAAD3FAACPxQAAm8UAAOTFAADqxQAAOcYAAFTGAACOxgAAmsYAAOPGAADpxgAAIiMQAELHAACNxwAAmMcAAOLHAADqxwAAe9kAAO7HAAA3yAAARMgAAIzIAACWyAAA4cgAAO/IAAA2yQAARckAAIvJAACNyQAA4MkAAOrJAAA1ygAAQ8oAAIrKAACPygAA38oAAOzKAAA0ywAAPMsAAInLAABEywAA1n0BAIrLAADeywAAjcsAAOhrAQCZywAABqMBAO/LAAAzzAAAPMwAAIjMAACfzAAA3cwAAOvMAAAyzQAAP80AAIfNAACPzQAA3M0AAPvNAAB3IxAAOs4AAIbOAACQzgAA284AAObOAADMIxAAMs8AAIXPAACOzwAA2s8AAOTPAAAv0AAAOtAAAITQAACQ0AAA2dAAAObQAAAu0QAAONEAAIPRAACR0QAA2NEAAOfRAAAt0gAAL9IAAILSAACM0gAA19IAAOXSAAAs0wAAMdMAAIHTAACO0wAA1tMAAN7TAAAr1AAAMdQAAIDUAACM1AAA1dQAAPLUAAAq1QAAM9UAAH/VAACN1QAA1NUAANrVAAAp1gAANdYAAH7WAACF1gAAISQQANXWAACCJgIA2dYAACjXAAAt1wAAfdcAADbXAABAuwQAitcAANLXAADp1wAAJ9gAACjYAAB82AAAftgAANHYAADU2AAAJtkAACnZAAB2JBAAnNkAANDZAADR2QAAJdoAACfaAAB62gAAfdoAAM/aAADS2gAAyyQQACnbAAB52wAAf9sAAM7bAADV2wAAI9wAAEXcAAB43AAAgNwAAM3cAADc3AAAIt0AACTdAAB33QAAiN0AAMzdAADd3QAAId4AAC3eAAB23gAAfd4AAMveAADT3gAAIN8AACTfAAB13wAAg98AAMrfAADU3wAAH+AAACrgAAB04AAAeeAAAMngAADS4AAAHuEAACjhAABz4QAAe+EAAMjhAADK4QAAHeIAACriAABy4gAAhuIAAMfiAADP4gAAHOMAAB3jAABx4wAAc+MAAMbjAADJ4wAAG+QAAB7kAAAgJRAAdeQAAMXkAADL5AAAGuUAACHlAABv5QAAd+UAAMTlAADT5QAAGeYAAB7mAABu5gAAe+YAAMPmAADT5gAAGOcAACbnAABt5wAAhOcAAMLnAADL5wAAF+gAAB3oAABs6AAAeOgAAMHoAADI6AAAdSUQABvpAADO2QIAHukAAGvpAAAj6QAArPQJAHrpAADA6QAA0ekAABXqAAAj6gAAauoAAHbqAAC/6gAAzOoAABTrAAAe6wAAaesAAHHrAAC+6wAAwesAABPsAAAf7AAAaOwAAHXsAAC97AAAx+wAABLtAAAa7QAAZ+0AAGntAAC87QAAxe0AABHuAAAb7gAAZu4AAHHuAAC77gAA0O4AABDvAAAY7wAAZe8AAH7vAAC67wAAw+8AAA/wAAAZ8AAAZPAAAGzwAAC58AAAxvAAAA7xAAAT8QAAY/EAAGvxAAC48QAAufEAAA3yAAAP8gAAYvIAAGXyAAC38gAAuvIAAMolEAAR8wAAYfMAAGfzAAC28wAAvfMAAAv0AAAT9AAAYPQAAG70AAC19AAAuPQAAAr1AAAS9QAAX/UAAGL1AAC09QAAwPUAAAn2AAAT9gAAHyYQAF/2AAA4ug0AYPYAALP2AABh9gAATlAMAGj2AACLvA0AafYAAIobBQBt9gAAlhICAG72AADwAwwAgvYAAAj2AQC89gAACPcAABL3AABd9wAAaPcAALL3AAC+9wAAB/gAABT4AABc+AAAZvgAALH4AAC/+AAABvkAABX5AABb+QAAXfkAALD5AAC6+QAABfoAABP6AABa+gAAX/oAAK/6AAC8+gAABPsAABT7AABZ+wAAW/sAAK77AAC8+wAAA/wAABT8AAB0JhAAX/wAAMkmEAC1/AAAHicQAAv9AABX/QAAYf0AAKz9AAC3/QAAAf4AAA3+AABW/gAAY/4AAKv+AAC1/gAAAP8AAA7/AABV/wAAZP8AAKr/AACs/wAA//8AAAkAAQBUAAEAYgABAKkAAQCuAAEA/gABAAsBAQBTAQEAWwEBAKgBAQC4AQEA/QEBAP8BAQBSAgEAYAIBAKcCAQC4AgEAcycQAAMDAQDIJxAAagMBAKYDAQC3AwEA+wMBAAcEAQBQBAEAWAQBAB0oEACqBAEA+gQBAAIFAQBPBQEAUQUBAKQFAQBUBQEAraAHAF4FAQCZDAUArQUBAPkFAQCzBQEAUFAKAAMGAQBOBgEAWQYBAKMGAQCvBgEA+AYBAAUHAQBNBwEAVwcBAKIHAQCwBwEA9wcBAAYIAQBMCAEATggBAKEIAQCrCAEA9ggBAAIJAQBLCQEAUwkBAHIoEACjCQEA9QkBAAMKAQBKCgEAVwoBAJ8KAQC2CgEA9AoBAPwKAQBJCwEAXwsBAJ4LAQCqCwEA8wsBAAIMAQBIDAEAUwwBAJ0MAQCfDAEA8gwBAP8MAQBHDQEAVQ0BAJwNAQCfDQEA8Q0BAAcOAQBGDgEATg4BAJsOAQCtDgEAxygQAPgOAQADTgQA/Q4BABTfDAD/DgEARQ8BAEoPAQCaDwEAoQ8BAO8PAQD7DwEARBABAFEQAQCZEAEAmxABAO4QAQAEEQEAQxEBAE8RAQCYEQEAtxEBAO0RAQAJEgEAQhIBAEoSAQAcKRAAmRIBAOwSAQD1EgEAQRMBAEsTAQCWEwEAoRMBAOsTAQD3EwEAQBQBAE0UAQCVFAEAnxQBAOoUAQD4FAEAPxUBAE4VAQCUFQEAlhUBAOkVAQDzFQEAPhYBAEwWAQCTFgEAmBYBAOgWAQD1FgEAPRcBAE0XAQCSFwEAlBcBAOcXAQD1FwEAPBgBAE0YAQBxKRAAmBgBAMYpEADoGAEAsp0FAOsYAQA7GQEA7xgBANDYAQDyGAEAsPIHAPQYAQBMsgEA+hgBAHgtBQBCGQEA+04LAEgZAQCQGQEApxkBAOUZAQDqGQEAOhoBAD0aAQCPGgEARBoBAKBZBgBWGgEAQGQGAJQaAQCbXgYAmxoBAOQaAQDqGgEALScBAPMaAQA5GwEAQhsBAI4bAQCUGwEA4xsBAPEbAQA4HAEAQhwBAI0cAQChHAEA4hwBAO4cAQA3HQEASh0BAIwdAQCbHQEA4R0BAO0dAQA2HgEANx4BAIseAQCVHgEA4B4BAO4eAQA1HwEAOh8BAIofAQCXHwEAcCoQAPIfAQA0IAEAQyABAIkgAQCVIAEA3iABAN8gAQAzIQEAPSEBAIghAQCWIQEA3SEBAOIhAQAyIgEAPyIBAG8rEACJIgEA3CIBAOUiAQAxIwEAOyMBAIYjAQCRIwEA2yMBAOcjAQAwJAEAPSQBAIUkAQCPJAEA2iQBAOgkAQAvJQEAPiUBAIQlAQCGJQEA2SUBAOMlAQAuJgEAPCYBAIMmAQCQJgEA2CYBAO8mAQDEKxAASCcBAIInAQCOJwEA1ycBAN0nAQAsKAEAOCgBAIEoAQCHKAEA1igBANwoAQArKQEAMCkBAIApAQCGKQEAGSwQAN4pAQAqKgEANCoBAH8qAQCKKgEA1CoBAOAqAQApKwEANisBAH4rAQCIKwEA0ysBAOErAQAoLAEANywBAH0sAQB/LAEA0iwBANwsAQAnLQEANS0BAHwtAQCBLQEA0S0BAN4tAQAmLgEALi4BAHsuAQCLLgEA0C4BANIuAQAlLwEAMy8BAHovAQCLLwEAGC0QANYvAQBtLRAAKjABAHkwAQCFMAEAzjABAN4wAQAjMQEALDEBAHgxAQB7MQEAzTEBANkxAQAiMgEAKTIBAHcyAQB/MgEAzDIBAOoyAQAhMwEAKTMBAHYzAQCHMwEAyzMBANAzAQAgNAEANzQBAHU0AQCDNAEAyjQBANc0AQAfNQEAJzUBAHQ1AQB4NQEAyTUBAMs1AQAeNgEAITYBAHM2AQB7NgEAyDYBAM42AQAdNwEAKTcBAHI3AQCCNwEAxzcBANA3AQAcOAEAHzgBAHE4AQB9OAEAxjgBAM04AQDCLRAAJDkBAHA5AQBzOQEAxTkBANM5AQAaOgEAJzoBAG86AQCGOgEAxDoBAMw6AQAZOwEAGzsBAG47AQB3OwEAwzsBAM07AQAYPAEAIzwBAG08AQB5PAEAwjwBAM88AQAXPQEAIT0BAGw9AQB6PQEAwT0BANA9AQAWPgEAGD4BAGs+AQB1PgEAwD4BAM4+AQAVPwEAGj8BAGo/AQB3PwEAvz8BAMc/AQAUQAEAKkABAGlAAQB1QAEAvkABAM1AAQATQQEAHkEBAGhBAQBqQQEAvUEBAMpBAQASQgEAIEIBAGdCAQBqQgEAvEIBANJCAQAXLhAAGUMBADYdAgAfQwEAxowCAClDAQBmQwEAaEMBALtDAQDMQwEAEEQBACFEAQBlRAEAakQBALpEAQC+RAEAD0UBABtFAQBkRQEAa0UBALlFAQDBRQEADkYBACxGAQBjRgEAa0YBAGwuEAC9RgEADUcBAA5HAQAh0Q0AHEcBANlvDAAmRwEAYkcBAGRHAQC3RwEA0EcBAAxIAQAdSAEAYUgBAG1IAQC2SAEAuEgBAAtJAQAUSQEAYEkBABpJAQAFTwEAakkBALVJAQDASQEACkoBABZKAQBfSgEAbEoBALRKAQC+SgEACUsBABdLAQBeSwEAbUsBALNLAQC1SwEACEwBABJMAQBdTAEAa0wBALJMAQC3TAEAB00BABRNAQBcTQEAaE0BALFNAQC3TQEABk4BAAxOAQBbTgEAYE4BALBOAQC2TgEAwS4QABRPAQBaTwEAZk8BAK9PAQCyTwEABFABAAdQAQBZUAEAYFABAK5QAQC6UAEAA1EBABBRAQBYUQEAZlEBAK1RAQC5UQEAAlIBAAlSAQAWLxAAXVIBAKxSAQCyUgEAAVMBAAZTAQBWUwEAXFMBAGsvEACsUwEA9wYCALVTAQBc7QsAt1MBAJQGEAC5UwEA1nIMALpTAQAAVAEADFQBAFVUAQBWVAEAqlQBAGFUAQBxggwAtFQBAP9UAQANVQEAVFUBAFlVAQCpVQEAtlUBAMAvEAAAVgEAYzsMAAxWAQDFLgwAIVYBABUwEAB5VgEAqFYBAM9WAQD9VgEAIVcBAFJXAQBaVwEAajAQALNXAQD8VwEA/lcBAFFYAQBUWAEAplgBAKtYAQD7WAEACFkBAFBZAQBsWQEApVkBAK1ZAQC/MBAAA1oBAE9aAQAHWgEARWQBAFJaAQCkWgEAsFoBAPlaAQD/WgEATlsBAFtbAQCjWwEApVsBAPhbAQAOXAEATVwBAFlcAQCiXAEAqlwBABQxEAD9XAEATF0BAFRdAQChXQEAol0BAPZdAQD4XQEAS14BAE5eAQCgXgEAo14BAGkxEAD6XgEASl8BAFBfAQCfXwEApl8BAPRfAQD8XwEASWABAFZgAQCeYAEAo2ABAPNgAQD9YAEASGEBAFBhAQCdYQEAn2EBAPJhAQADYgEAR2IBAFhiAQCcYgEAoWIBAPFiAQD1YgEARmMBAFJjAQCbYwEAomMBAPBjAQACZAEAvjEQAEpkAQCaZAEAomQBAO9kAQDxZAEARGUBAFNlAQCZZQEAqGUBAO5lAQD6ZQEAQ2YBAEZmAQCYZgEAm2YBAO1mAQD1ZgEAQmcBAExnAQCXZwEAnGcBAOxnAQD0ZwEAQWgBAEtoAQCWaAEAoWgBAOtoAQD5aAEAQGkBAENpAQCVaQEAnWkBAOppAQAFagEAP2oBAEpqAQCUagEAmWoBAOlqAQDsagEAPmsBAEhrAQCTawEApWsBABMyEAD2awEAPWwBAEdsAQCSbAEAnWwBAOdsAQDvbAEAPG0BAEJtAQCRbQEAk20BAOZtAQD/bQEAO24BAFRuAQCQbgEAnm4BAOVuAQDvbgEAOm8BAFBvAQCPbwEArG8BAORvAQDsbwEAOXABAElwAQCOcAEAkHABAONwAQDxcAEAOHEBAElxAQBoMhAAlHEBAL0yEADjcQEAN3IBAEhyAQCMcgEAmHIBAOFyAQDjcgEANnMBADlzAQCLcwEAl3MBAOBzAQDocwEAZzMQAEB0AQCKdAEAlnQBAN90AQDudAEANHUBAFR1AQCJdQEAkXUBAN51AQDydQEAM3YBADh2AQCIdgEAkXYBAN12AQDjdgEAMncBADp3AQCHdwEAlncBANx3AQDhdwEAMXgBAD54AQCGeAEAk3gBANt4AQDneAEAMHkBAD95AQCFeQEAj3kBANp5AQDoeQEAL3oBADR6AQCEegEAkXoBANl6AQDhegEALnsBADF7AQCDewEAj3sBANh7AQDiewEALXwBADd8AQCCfAEAkHwBANd8AQDkfAEALH0BAEN9AQCBfQEAhH0BALwzEADYfQEAK34BADl+AQCAfgEAkX4BABE0EADcfgEAZjQQAEl/AQB/fwEAj38BANR/AQDWfwEAKYABADeAAQB+gAEAj4ABALs0EADagAEAEDUQAC2BAQB9gQEAhYEBANKBAQDUgQEAJ4IBADCCAQB8ggEAhoIBANGCAQDcggEAJoMBADKDAQB7gwEAiIMBANCDAQDagwEAJYQBADOEAQB6hAEAiYQBAM+EAQDRhAEAJIUBAC6FAQB5hQEAhYUBAM6FAQDWhQEAujUQACiGAQB4hgEAgIYBAA82EADUhgEAIocBANaGAQCA0QMA2oYBAKKwAgDehgEAPl8NAOOGAQB/1AEALocBAHeHAQCThwEA1cYOAJ+HAQDMhwEA8ocBACGIAQBKiAEAdogBAJyIAQDLiAEA8YgBACCJAQAoiQEAdYkBAJ+JAQDKiQEA44kBAB+KAQAhigEAdIoBAHuKAQDJigEA0YoBAB6LAQAtiwEAc4sBAHmLAQDIiwEA1IsBAB2MAQAkjAEAcowBAH6MAQDHjAEA1IwBAByNAQAmjQEAcY0BAH+NAQDGjQEAyI0BABuOAQAsjgEAcI4BAHOOAQDFjgEA8I4BAGQ2EAAdjwEAzdkDACSPAQBFCgYAJ48BAG+PAQAqjwEAQLMMACuPAQBjmgIAMI8BAB00BAB2jwEAnWACAHmPAQD4WQMAfo8BAP2eDgCKjwEAxI8BAMaPAQAZkAEAKpABAG6QAQB8kAEAw5ABAMqQAQAYkQEAGpEBAG2RAQAdkQEAKn4CACCRAQBRrQEAfJEBAMKRAQDRkQEAF5IBACOSAQBskgEAb5IBAMGSAQDEkgEAFpMBADaTAQBrkwEAd5MBAMCTAQDUkwEAFZQBACOUAQBqlAEAcZQBALk2EADWlAEAFJUBABaVAQA7DgwAF5UBADwNDAAhlQEAaZUBAGuVAQC+lQEAyJUBABOWAQDPlQEA4hEMAByWAQBolgEAbpYBAL2WAQDJlgEAEpcBABmXAQBnlwEAbJcBALyXAQDIlwEAEZgBABSYAQBmmAEAc5gBALuYAQDAmAEAEJkBABqZAQBlmQEAe5kBALqZAQC8mQEAD5oBABmaAQBkmgEAc5oBALmaAQDEmgEADjcQABqbAQBjmwEAcJsBALibAQDGmwEADZwBABmcAQBinAEAaZwBAGM3EAC8nAEADJ0BAMOcAQA0Zw8AxZwBAG05BAAOnQEAWqIDABGdAQD+9goAG50BAAZECwAjnQEAYZ0BAG+dAQC2nQEAw50BAAueAQATngEAYJ4BAGqeAQAHnAcAcJ4BALWeAQC3ngEACp8BABifAQBfnwEAcJ8BALg3EAC7nwEADTgQAA6gAQBeoAEAZKABALOgAQC7oAEACKEBABGhAQBdoQEAYKEBALKhAQC+oQEAB6IBAA2iAQBcogEAZKIBALGiAQDQogEAtzgQAAijAQBbowEAaaMBALCjAQDBowEADDkQAAykAQBhORAAX6QBAK+kAQC1pAEABKUBAAylAQBZpQEAYqUBAK6lAQCxpQEAA6YBAA+mAQBYpgEAXqYBAAs6EACvpgEAAqcBAAunAQBXpwEAYacBAKynAQC3pwEAAagBAA2oAQBWqAEAY6gBAKuoAQC1qAEAAKkBAA6pAQBVqQEAZKkBAKqpAQCsqQEA/6kBAAmqAQBUqgEAYqoBAKmqAQCuqgEA/qoBAAurAQBTqwEAW6sBAKirAQC4qwEA/asBAP+rAQBSrAEAYKwBAKesAQC4rAEAYDoQAAOtAQC1OhAAWq0BAKatAQCprQEA+60BAAeuAQBQrgEAVq4BAKWuAQCyrgEA+q4BAPyuAQBPrwEAZa8BAKSvAQCwrwEACjsQAAWwAQBOsAEAVLABAKOwAQCmsAEA+LABAAaxAQBNsQEAUrEBAKKxAQCvsQEA97EBAP+xAQBfOxAAWbIBAKGyAQCvsgEA9rIBAAyzAQBLswEAVLMBAKCzAQC2swEA9bMBAP2zAQBKtAEATbQBAJ+0AQCotAEA9LQBAPW0AQBJtQEASrUBAJ61AQCjtQEA87UBAPm1AQBItgEAUrYBAJ22AQCptgEA8rYBAPm2AQBHtwEAT7cBAJy3AQCetwEA8bcBAPK3AQBGuAEAVLgBAJu4AQCjuAEA8LgBAAu5AQBFuQEAUbkBAJq5AQCguQEA77kBAPK5AQBEugEAUroBAJm6AQCeugEA7roBAPu6AQBDuwEAS7sBAJi7AQCmuwEA7bsBAPC7AQC0OxAARbwBAJe8AQBGvAEAhsUJAE68AQBBtQkAULwBAOJkDgBVvAEAtpAOAJq8AQDsvAEA/bwBAEG9AQBdvQEAlr0BAJ69AQAJPBAA/L0BAEC+AQBIvgEAlb4BAJu+AQDqvgEA774BAD+/AQBIvwEAlL8BAJ6/AQDpvwEA978BAD7AAQBLwAEAk8ABAJ/AAQDowAEA68ABAD3BAQBZwQEAXjwQAJXBAQDnwQEApsEBAIocBADzwQEAPMIBAELCAQCRwgEAm8IBALM8EADrwgEAO8MBAEjDAQCQwwEAmMMBAFZEEACcwwEA5cMBAKDDAQCJygEArMMBANwWDQDrwwEAOsQBAEDEAQCPxAEAlMQBAOTEAQDqxAEACD0QAEPFAQA6DwwAR8UBAI7FAQCfxQEAXT0QAOrFAQCyPRAAQMYBAAc+EACbxgEA4sYBAOnGAQA3xwEAP8cBAIzHAQCZxwEA4ccBAObHAQA2yAEAQMgBAIvIAQCTyAEA4MgBAObIAQA1yQEAN8kBAIrJAQCYyQEA38kBAOLJAQA0ygEAQMoBAFw+EACLygEA3soBAOzKAQAzywEARMsBALE+EACPywEABj8QAOPLAQAyzAEAOMwBAIfMAQCMzAEA3MwBAOLMAQBbPxAAM80BAIbNAQA6zQEAEjUOAD3NAQDU0AUAoc0BANvNAQDdzQEAMM4BAErOAQCFzgEAks4BAILJCQCWzgEA2s4BANzOAQAvzwEAPM8BAITPAQCbzwEA2c8BAPPPAQAu0AEAMNABAIPQAQA00AEAIScNAIbQAQDY0AEA29ABAC3RAQA50QEAgtEBAIjRAQDX0QEA4dEBALA/EAAx0gEAgdIBAI7SAQDW0gEA4tIBACvTAQAx0wEAgNMBAIbTAQDV0wEA2tMBACrUAQAw1AEABUAQAIDUAQDU1AEAldQBAKz5BADW1AEAKdUBAOLUAQAY5QIAL9UBAH7VAQCM1QEA09UBANbVAQAo1gEALdYBAH3WAQCK1gEA0tYBAOLWAQAn1wEAKdcBAHzXAQCK1wEA0dcBAOLXAQBaQBAALNgBAHvYAQCH2AEAr0AQAOHYAQAl2QEAL9kBAHrZAQCI2QEAz9kBANDZAQAk2gEANdoBAHnaAQCF2gEAztoBAN7aAQAj2wEAJdsBAHjbAQCG2wEAzdsBAN7bAQAEQRAAKNwBAHfcAQCD3AEAWUEQANLcAQAh3QEAJ90BAHbdAQB73QEAy90BANHdAQADQhAAKN4BAHXeAQB/3gEAcIEOAI7eAQDK3gEA094BAB/fAQAp3wEAdN8BAHzfAQDJ3wEAzd8BAB7gAQAg4AEAc+ABAHbgAQDI4AEA5OABAFhCEAAw4QEAcuEBAHPhAQDH4QEA0+EBABziAQAr4gEAceIBAHviAQDG4gEA0uIBABvjAQAi4wEArUIQAHbjAQCipgwAg+MBAMXjAQDU4wEAGuQBACbkAQBv5AEAcOQBAMTkAQDO5AEAGeUBACflAQBu5QEAc+UBAMPlAQDQ5QEAV0MQACDmAQBt5gEAeeYBAMLmAQDV5gEAF+cBABjnAQBs5wEAeOcBAMHnAQDQ5wEAFugBACDoAQBr6AEAd+gBAMDoAQDH6AEArEMQACbpAQBq6QEAdukBAL/pAQDP6QEAFOoBAB7qAQBp6gEAceoBAL7qAQDm6gEAE+sBAOzqAQC57wEAO+sBAGjrAQBw6wEAvesBAMPrAQAS7AEAIOwBAGfsAQB+7AEAvOwBAMfsAQAR7QEAG+0BAGbtAQCT7QEAu+0BAMPtAQAQ7gEAIO4BAGXuAQBn7gEAuu4BAMjuAQAP7wEAIO8BAKtEEABr7wEAAEUQAOHvAQAO8AEAFvABAGPwAQBp8AEAuPABAMbwAQAN8QEAJPEBAGLxAQBt8QEAt/EBAMHxAQAM8gEAOfIBAGHyAQBp8gEAtvIBAMbyAQAL8wEADfMBAGDzAQBu8wEAtfMBAMbzAQBVRRAAEfQBAKpFEABh9AEAtPQBAML0AQAJ9QEAGvUBAP9FEABl9QEAVEYQALv1AQCpRhAAEPYBAP5GEABf9gEAsvYBAMD2AQAH9wEAGPcBAFNHEABi9wEAsfcBAL33AQCoRxAAD/gBAFv4AQBo+AEAsPgBAL74AQAF+QEAD/kBAFr5AQB0+QEAr/kBALL5AQAE+gEAC/oBAFn6AQB5+gEArvoBAMj6AQD9RxAAEPsBAFj7AQAU+wEAAFMCABn7AQCoqgIAZvsBAK37AQC3+wEAAvwBABz8AQBX/AEAZ/wBAKz8AQCy/AEAAf0BAAP9AQBW/QEAbP0BAKv9AQC3/QEAAP4BAAT+AQBV/gEAWv4BAKr+AQCw/gEA//4BAB//AQBU/wEAbv8BAKn/AQCr/wEA/v8BAAEAAgBTAAIAVgACAKgAAgC0AAIA/QACAAMBAgBSAQIAXAECAFJIEACsAQIA/AECAAkCAgBRAgIAXQICAKYCAgC5AgIA+wICAAoDAgBQAwIAXAMCAKUDAgCmAwIA+gMCAAQEAgBPBAIAXQQCAKQEAgCpBAIA+QQCAAYFAgCnSBAATwUCALyNCwBQBQIA/EwMAFEFAgDvswcAUwUCAI25DgBUBQIAc4MJAFUFAgC2PQwAWAUCANxrDQBZBQIAsUIMAFoFAgBxLgsAWwUCAAzoCwBcBQIAPLgLAF0FAgBllQUAXgUCAKMFAgBmBQIAA5YRAGgFAgA8Cw4AagUCAKdJDwBxBQIAK8MRAHYFAgAwFw4AkAUCANhvDQCVBQIAPbERAKUFAgD4BQIAtAUCAG7ZDQAGBgIATQYCAF4GAgD8SBAAqQYCAFFJEAADBwIATAcCAFsHAgChBwIAqwcCAPYHAgACCAIASwgCABkIAgApyQ0AUggCAPtJEACiCAIA9QgCAAYJAgBKCQIAUwkCAJ8JAgCrCQIA9AkCAPcJAgBJCgIAUQoCAJ4KAgCoCgIA8woCAPgKAgBICwIAUAsCAJ0LAgC2CwIA8gsCAP4LAgBHDAIATwwCAKVKEACkDAIA+koQAPQMAgBGDQIASQ0CAJsNAgCnDQIA8A0CAPYNAgBFDgIATw4CAE9LEACfDgIA7w4CAPwOAgBEDwIATA8CAKRLEACfDwIA7g8CAPQPAgBDEAIASBACAJgQAgCeEAIA+UsQAPUQAgBOTBAARBECAG/bCgBHEQIAlxECAE4RAgAMlAoAoRECAOwRAgCmEQIAhHMIAPQRAgCbrQwACBICAEESAgBJEgIAo0wQAJsSAgDrEgIAARMCAEATAgBBEwIAlRMCAJcTAgDqEwIA8BMCAD8UAgBLFAIAlBQCAJsUAgDpFAIA8RQCAD4VAgBHFQIAkxUCAJYVAgDoFQIA9hUCAD0WAgBKFgIAkhYCAKkWAgDnFgIA7xYCADwXAgBIFwIAOxgCAGQXAgCRFwIAuRcCAOYXAgAKGAIA+EwQAFgYAgCQGAIAmRgCAI8ZAgChGAIA5RgCABUZAgA6GQIAXhkCAE1NEACRGQIA5BkCAPUZAgA5GgIAaRoCAI4aAgCyGgIAok0QAOkaAgCzmwYA7BoCADgbAgDvGgIAd88OAEIbAgCNGwIARRsCAKujBgBGGwIAxIIOAJUbAgDiGwIA5hsCADccAgA5HAIAjBwCAI8cAgDhHAIA/RwCAPdNEAA7HQIAJSQMAEAdAgBbmAwAQh0CAIsdAgBGHQIAeiULAKgdAgDgHQIA6R0CADUeAgA3HgIAih4CAJseAgBMThAA5B4CADQfAgA9HwIAiR8CAJofAgDeHwIA5R8CADMgAgA7IAIAiCACAE0gAgBnQQIAlSACADIhAgCXIAIAhiICAKEgAgDdIAIA6SACAKFOEAA3IQIAhyECAJEhAgDcIQIA5CECAPZOEAA9IgIAS08QAIsiAgDbIgIA6CICADAjAgA6IwIAhSMCAIcjAgDaIwIA6CMCAC8kAgA8JAIAoE8QAIkkAgDZJAIA5iQCAC4lAgA4JQIAgyUCAIUlAgDYJQIA5iUCAC0mAgA6JgIA9U8QAIUmAgCUXQ4AiCYCAEqnDgCPJgIA1yYCAOEmAgBKUBAANCcCAIEnAgCDJwIAT6IOAI4nAgDTfAUAmCcCANYnAgCaJwIAyYgDANsnAgArKAIANSgCAIAoAgCIKAIAn1AQAN8oAgAqKQIANikCAH8pAgCCKQIA1CkCAN4pAgApKgIAQyoCAH4qAgCVKgIA0yoCANgqAgAoKwIARCsCAPRQEACHKwIA0isCAI4rAgAoJQgA3isCACcsAgAqLAIAfCwCAIYsAgDRLAIA6ywCACYtAgAsLQIAey0CAH0tAgDQLQIA3i0CACUuAgAoLgIAei4CAIYuAgDPLgIA0i4CACQvAgBHLwIASVEQAHsvAgDOLwIA3C8CACMwAgAmMAIAeDACAIQwAgDNMAIA0DACAJ5REAAtMQIAdzECAH0xAgDMMQIA0TECACEyAgAlMgIAdjICAHkyAgDzURAAzDICAP1KDQDOMgIADjgPANEyAgAgMwIA1DICAMAwDwDVMgIAxjcCANcyAgB+HQ8A2TICANsVDwDaMgIAIiQPANsyAgBaQQ8A4jICAHsjDADlMgIA5woOACwzAgB1MwIAoTMCAMozAgDWMwIAHzQCAC40AgB0NAIAfjQCAMk0AgDMNAIAHjUCADg1AgBzNQIAfTUCAMg1AgDNNQIAHTYCACc2AgByNgIAfTYCAMc2AgDNNgIAHDcCACE3AgBxNwIAdTcCAEhSEADLNwIAGzgCANQ3AgAbKw8AJTgCAHA4AgB7OAIAxTgCAMs4AgAaOQIAHzkCAG85AgBzOQIAnVIQAMk5AgAxzAIAyzkCANbGDQDMOQIA/p8MAM45AgBclQ4A3jkCABk6AgAjOgIAbjoCAHk6AgDDOgIAyToCABg7AgAdOwIAbTsCAHE7AgDCOwIA5TsCAPJSEAAZPAIAbDwCABo8AgCcAgwAHDwCAE9SCQAgPAIARq4LACM8AgBjRQIAJTwCAEumDgB5PAIA5mwCAHo8AgDBPAIAxDwCABY9AgAiPQIAaz0CAIM9AgDAPQIAzD0CABU+AgAbPgIAaj4CAHA+AgC/PgIAxD4CABQ/AgAaPwIAR1MQAHM/AgC+PwIAyT8CABNAAgAZQAIAaEACAG1AAgC9QAIAwUACABJBAgAVQQIAnFMQAHFBAgC8QQIAx0ECABFCAgAXQgIAZkICAGtCAgC7QgIAv0ICAPFTEAARQwIAZUMCAHFDAgC6QwIAxkMCAA9EAgAVRAIAZEQCAGpEAgC5RAIAvkQCAA5FAgAURQIARlQQAGVFAgBIsgUAakUCAOPBBQByRQIAz4MCAHNFAgC4RQIAxEUCAA1GAgATRgIAYkYCAG5GAgC3RgIAxEYCAAxHAgAbRwIAYUcCAG1HAgC2RwIAwkcCAAtIAgARSAIAYEgCAGZIAgC1SAIAukgCAApJAgAQSQIAm1QQAGlJAgADnwgAdUkCALRJAgB4SQIAwYoJAMBJAgAJSgIAEUoCABYuEQAVSgIAXkoCAGRKAgCzSgIAuUoCAAhLAgANSwIAXUsCAGNLAgDwVBAAuksCAK+UEQC8SwIAB0wCAA1MAgBcTAIAE0wCACwmAwBqTAIAsUwCAMpMAgAGTQIAD00CAFtNAgBlTQIAsE0CALxNAgAFTgIAEU4CAFpOAgBgTgIAr04CALVOAgAETwIACU8CAFlPAgBfTwIARVUQALpPAgADUAIADVACAFhQAgBjUAIArVACALJQAgACUQIACVECAFdRAgBjUQIArFECALJRAgABUgIAB1ICAFZSAgBbUgIAq1ICALFSAgCaVRAAEVMCAFVTAgBWUwIAqlMCAFtTAgClWAIAr1MCAP9TAgANVAIAVFQCAGFUAgCpVAIAs1QCAP5UAgAKVQIAU1UCAFlVAgCoVQIAtFUCAP1VAgAQVgIAUlYCAGFWAgCnVgIAs1YCAPxWAgD9VgIAUVcCAFtXAgCmVwIAtFcCAPtXAgAAWAIAUFgCAF1YAgDvVRAAsVgCAPpYAgAKWQIAT1kCAFtZAgCkWQIAqlkCAPlZAgAFWgIATloCAFtaAgCjWgIAsloCAPhaAgAEWwIATVsCAFlbAgCiWwIAtVsCAPdbAgAGXAIATFwCAFhcAgChXAIAolwCAPZcAgAAXQIAS10CAFldAgCgXQIApV0CAPVdAgACXgIARFYQAExeAgCMwgYAVl4CAJ9eAgBXXgIAF4kKAFheAgA1FAwAs14CAPReAgAAXwIASV8CAE9fAgCeXwIApF8CAPNfAgD4XwIASGACAE5gAgCZVhAAqWACAPJgAgD/YAIAH94CAAVhAgBHYQIATGECAOByAgBPYQIAhyADAFNhAgCcYQIAomECAPFhAgD3YQIARmICAEtiAgCbYgIAoWICAO5WEAD8YgIARWMCAEtjAgCaYwIAn2MCAO9jAgD2YwIARGQCAFJkAgCZZAIAtGQCAO5kAgD8ZAIAQ2UCAEZlAgCYZQIApmUCAO1lAgDyZQIAQmYCAE9mAgCXZgIAo2YCAOxmAgDyZgIAQWcCAEdnAgCWZwIAm2cCAOtnAgDxZwIAQ1cQAEVoAgCVaAIAnmgCAOpoAgD3aAIAP2kCAEZpAgCUaQIApWkCAOlpAgDuaQIAPmoCAE1qAgCTagIAlWoCAOhqAgD5agIAPWsCAElrAgCSawIAmGsCAOdrAgDtawIAPGwCAEFsAgCRbAIAl2wCAJhXEAD9bAIAO20CAEdtAgCQbQIAnG0CAOVtAgDrbQIAOm4CAEBuAgCPbgIAlG4CAORuAgDqbgIA7VcQAD9vAgCxoQIAUG8CAI5vAgCXbwIA428CAPlvAgA4cAIARHACAI1wAgCacAIA4nACAOxwAgA3cQIAQ3ECAIxxAgCScQIA4XECAOdxAgA2cgIAO3ICAItyAgCRcgIAQlgQAOlyAgA1cwIAP3MCAIpzAgCPcwIA33MCAO9zAgA0dAIATXQCAIl0AgCOdAIA3nQCAOd0AgAzdQIAQHUCAIh1AgCPdQIA3XUCAOB1AgAydgIAPnYCAId2AgCadgIA3HYCAOt2AgAxdwIAPXcCAIZ3AgCHdwIA23cCAOV3AgAweAIAPngCAIV4AgCKeAIA2ngCAOd4AgCXWBAAMnkCAIR5AgCHeQIA2XkCAOZ5AgB40QsA6HkCAC56AgAwegIAg3oCAIZ6AgDYegIA4noCAC17AgA5ewIAgnsCAJV7AgDXewIA5nsCACx8AgA4fAIAgXwCAIJ8AgDWfAIA4HwCACt9AgA5fQIAgH0CAIV9AgDVfQIA4n0CAOxYEAArfgIAf34CAIt+AgDUfgIA2n4CACl/AgArfwIAfn8CAIh/AgDTfwIA4X8CACiAAgAtgAIAfYACAIqAAgDSgAIA3oACACeBAgA6gQIAfIECAIuBAgDRgQIA3YECACaCAgAnggIAe4ICAIWCAgDQggIA3oICACWDAgAqgwIAeoMCAIeDAgBBWRAA2IMCACSEAgDbgwIAoacMACqEAgB5hAIAfIQCAM6EAgDchAIAI4UCACiFAgB4hQIAhYUCAM2FAgDZhQIAIoYCACiGAgB3hgIAfYYCAMyGAgDRhgIAIYcCACeHAgCWWRAAeIcCAMuHAgB9hwIAZI4NANqHAgAgiAIAQIgCAHWIAgB6iAIAyogCAOWIAgAfiQIAK4kCAHSJAgB6iQIAyYkCANmJAgAeigIAL4oCAHOKAgB4igIAyIoCAMyKAgAdiwIAKYsCAHKLAgB4iwIAx4sCAM2LAgAcjAIAIYwCAHGMAgB3jAIA61kQANWMAgBHqg4A3IwCABuNAgAcjQIAcI0CAIGNAgDFjQIA0Y0CABqOAgAwjgIAb44CAHuOAgDEjgIA0Y4CABmPAgAjjwIAbo8CAHqPAgDDjwIAyo8CABiQAgAkkAIAbZACAHOQAgDCkAIAyJACABeRAgAckQIAbJECAHKRAgBAWhAAw5ECAMbVDgDKkQIAFpICABeSAgBrkgIAbJICAMCSAgDFkgIAFZMCABuTAgBqkwIAdJMCAL+TAgDLkwIAFJQCABuUAgBplAIAbpQCAL6UAgC/lAIAE5UCAB+VAgBolQIAbpUCAL2VAgC/lQIAEpYCAByWAgBnlgIAdZYCALyWAgDBlgIAEZcCAB6XAgBmlwIAcpcCALuXAgDOlwIAEJgCAB+YAgBlmAIAcZgCALqYAgC7mAIAD5kCABmZAgBkmQIAcpkCALmZAgC+mQIADpoCABuaAgCVWhAAdJoCALiaAgDEmgIADZsCACSbAgBimwIAZJsCALebAgDImwIADJwCAA6cAgBhnAIAZ5wCALacAgDNnAIAC50CABSdAgBgnQIAdp0CALWdAgDBnQIACp4CABeeAgBfngIAaZ4CALSeAgDAngIACZ8CAByfAgBenwIAbZ8CALOfAgC/nwIACKACAAmgAgBdoAIAZ6ACALKgAgDAoAIAB6ECAAyhAgBcoQIAaaECAOpaEACzoQIABqICABqiAgBbogIAaaICALCiAgC9ogIABaMCAAyjAgBaowIAZqMCAK+jAgDCowIABKQCAAmkAgBZpAIAYqQCAK6kAgC4pAIAA6UCAAilAgBYpQIAaKUCAK2lAgDGpQIAAqYCAAemAgBXpgIAYKYCAKymAgC5pgIAAacCAAinAgBWpwIAWacCAKunAgC3pwIAAKgCABOoAgBVqAIAZKgCAKqoAgC2qAIA/6gCAACpAgBUqQIAXqkCAKmpAgC3qQIA/qkCAAOqAgBTqgIAYKoCAD9bEADBqgIA/aoCAAmrAgBSqwIAWKsCAKerAgC3qwIA/KsCAAGsAgBRrAIAV6wCAKasAgC8rAIA+6wCAP2sAgBQrQIAWq0CAKWtAgCxrQIA+q0CAA2uAgBPrgIAXq4CAKSuAgCwrgIA+a4CAPquAgBOrwIAWK8CAKOvAgCxrwIA+K8CAP2vAgBNsAIAWrACAJRbEAClsAIAgHINAKywAgD79Q4ArrACAGPoCQCvsAIAQroDALGwAgD3sAIAALECAEyxAgBSsQIAobECAKexAgD2sQIAArICAEuyAgBYsgIAoLICAKqyAgD1sgIAC7MCAEqzAgBPswIAn7MCAKazAgD0swIAArQCAEm0AgBZtAIAnrQCAKy0AgDztAIAArUCAEi1AgBKtQIAnbUCAKe1AgDytQIAALYCAEe2AgBMtgIAnLYCAKm2AgDxtgIA/bYCAEa3AgBZtwIAm7cCAKq3AgDwtwIA/LcCAEW4AgBGuAIAmrgCAKS4AgDvuAIA/bgCAES5AgBJuQIAmbkCAKa5AgDpWxAA8LkCAEO6AgD6uQIAFuAJAFS6AgCYugIAoboCAO26AgD5ugIAQrsCAEq7AgAShxEATrsCAJe7AgCduwIA7LsCAPK7AgBBvAIARrwCAJa8AgCcvAIAPlwQAPe8AgBAvQIAUL0CAJW9AgCjvQIA6r0CAPe9AgA/vgIAS74CAJS+AgCbvgIA6b4CAPG+AgCTXBAAR78CAIJuDwBLvwIAKNUCAE+/AgCTvwIApL8CAOi/AgDwvwIAPcACAPS/AgAH7AwAR8ACAJLAAgCXwAIA58ACAO/AAgA8wQIAPsECAJHBAgBFwQIANscCAJnBAgDmwQIA/MECADvCAgBHwgIAkMICAKbCAgDlwgIA/sICADrDAgBGwwIAj8MCAJXDAgDkwwIA7MMCADnEAgBJxAIAjsQCAJfEAgDjxAIA8MQCADjFAgBHxQIAjcUCAJfFAgDixQIA8MUCADfGAgA8xgIAjMYCAJnGAgDhxgIA6cYCAOhcEABDxwIAi8cCAJLHAgDgxwIA7McCADXIAgBFyAIAisgCAJjIAgDfyAIA7MgCADTJAgBAyQIAickCAJDJAgDeyQIA5skCAD1dEAA/ygIAiMoCAJLKAgDdygIA6MoCADLLAgA3ywIAh8sCAI7LAgDcywIA5MsCAJJdEAA5zAIAhswCAJbMAgDbzAIA58wCADDNAgA0zQIAhc0CAI3NAgDazQIA3M0CAC/OAgA1zgIAhM4CAJvOAgDZzgIA4s4CAC7PAgBEzwIAg88CAI/PAgDYzwIA5c8CAC3QAgA30AIAgtACAIXQAgDX0AIA39ACACzRAgA20QIAgdECAIbRAgDW0QIA3tECACvSAgA70gIAgNICAInSAgDV0gIA4tICACrTAgA50wIAf9MCAInTAgDU0wIA4tMCACnUAgAu1AIAftQCAIvUAgDT1AIA29QCAOddEAA11QIAfdUCAEfVAgDadgQAgtUCANLVAgDc1QIAJ9YCAC/WAgB81gIAPtYCAI4NDwCC1gIA0dYCAIrWAgBQ+AwAi9YCAHjUCACM1gIAxuECAI3WAgCYsQsA3dYCACbXAgAo1wIAzdAMAC3XAgB71wIAh9cCANDXAgDf1wIAJdgCADbYAgB62AIAfNgCAM/YAgDV2AIAJNkCADDZAgB52QIAgdkCADxeEADU2QIAkV4QAC/aAgDmXhAAe9oCAJBfEADQ2gIA5V8QANLaAgA6wQQAJdsCAJkFDAAv2wIAd9sCAIHbAgDM2wIAztsCACHcAgA03AIAdtwCAH7cAgCGFw0AgtwCAMvcAgDR3AIAIN0CACbdAgB13QIAet0CAMrdAgDQ3QIAOmAQACneAgB03gIAdt4CAMneAgDT3gIAHt8CACzfAgBz3wIAeN8CAMjfAgDV3wIAHeACACngAgBy4AIAeOACAMfgAgDN4AIAHOECACHhAgBx4QIAd+ECAI9gEADU4QIAG+ICACjiAgBw4gIAd+ICAMXiAgDN4gIAGuMCABvjAgCWXgsAHeMCAG/jAgAw4wIAmFwLAIPjAgDE4wIA2uMCABnkAgAy5AIAbuQCAHPkAgDD5AIA1OQCAORgEAAp5QIAbeUCAG/lAgDC5QIAzOUCABfmAgAl5gIAbOYCAHHmAgDB5gIAzuYCABbnAgAe5wIAa+cCAHfnAgDA5wIAe+cCABTpAgDG5wIAFegCABvoAgBq6AIAb+gCAL/oAgDF6AIAOWEQABbpAgBp6QIAd+kCAL7pAgDP6QIAjmEQABrqAgDjYRAAcOoCAL3qAgBy6gIAo6oHAK/qAgB9xhEAy+oCABLrAgDM6gIAYvACAM3qAgDyAwoAH+sCAGfrAgB26wIAvOsCAMHrAgAR7AIAJ+wCAGbsAgBn7AIAu+wCAL3sAgAQ7QIAGu0CAGXtAgBz7QIAuu0CANPtAgAP7gIAIO4CAGTuAgBw7gIAue4CAMHuAgDiYhAAIu8CAGPvAgBk7wIAuO8CAMTvAgAN8AIAEPACADdjEABk8AIAt/ACAMTwAgAM8QIAGfECAGHxAgBm8QIAtvECAMDxAgAL8gIAE/ICAGDyAgBw8gIAtfICAMPyAgAK8wIAF/MCAF/zAgBm8wIAtPMCALzzAgAJ9AIADPQCAF70AgBy9AIAs/QCAMn0AgAI9QIAIfUCAF31AgBi9QIAsvUCAMP1AgCMYxAAD/YCAOFjEAAT9gIAUvkJACP2AgCTBRIAafYCALH2AgC49gIABvcCABL3AgBb9wIAa/cCALD3AgC+9wIABfgCABL4AgBa+AIAZvgCAK/4AgC2+AIANmQQAAb5AgBZ+QIACfkCAI8XBABm+QIArvkCALv5AgAD+gIACPoCAFj6AgBi+gIArfoCALX6AgAC+wIAB/sCAGc/BAAL+wIAV/sCAFr7AgCs+wIAuPsCAItkEAAG/AIAVvwCAA38AgCfqwoAW/wCAKv8AgCz/AIAAP0CABb9AgBV/QIAV/0CAKr9AgC3/QIA//0CABP+AgDgZBAAWf4CAKn+AgCx/gIAUqMKALP+AgD+/gIABv8CAFP/AgBf/wIAqP8CALX/AgD9/wIAAgADAFIAAwBbAAMApwADAL4AAwD8AAMABwEDADVlEABfAQMApgEDAKkBAwD7AQMA/gEDAFACAwBeAgMApQIDALICAwD6AgMAEQMDAE8DAwBXAwMApAMDAKoDAwD5AwMABQQDAE4EAwBYBAMAowQDAKwEAwD4BAMA/gQDAE0FAwBaBQMAimUQAK4FAwD3BQMAsAUDAEWwCgAGBgMATAYDAF0GAwChBgMAowYDAPYGAwD8BgMASwcDAFcHAwCgBwMApwcDAPUHAwD9BwMASggDAEwIAwCfCAMArAgDAPQIAwD7CAMASQkDAFEJAwCeCQMAqwkDAPMJAwD4CQMASAoDAFIKAwCdCgMApQoDAPIKAwD7CgMARwsDAEoLAwCcCwMAqAsDAPELAwD4CwMA32UQAFMMAwCbDAMAXAwDAJYRAwB+DAMAlrQKALYMAwDwDAMA8gwDAEUNAwBWDQMAmg0DAKgNAwDvDQMA9g0DAEQOAwBMDgMAmQ4DAJ4OAwDuDgMA7w4DAEMPAwBPDwMAmA8DAJ4PAwDtDwMA7w8DAEIQAwBMEAMAlxADAKUQAwDsEAMA8RADAEERAwBOEQMANGYQAJcRAwDrEQMA8BEDAEASAwBGEgMAlRIDAJ8SAwDqEgMA9hIDAD8TAwBGEwMAlBMDAJwTAwDpEwMA6xMDAD4UAwBLFAMAkxQDAJoUAwDoFAMA8BQDAD0VAwBKFQMAkhUDAJcVAwDnFQMA8RUDADwWAwBEFgMAkRYDAJoWAwDmFgMA6RYDADsXAwBHFwMAkBcDAJcXAwCJZhAA8RcDAE+mCgD5FwMAOhgDAEcYAwCPGAMAmRgDAOQYAwDmGAMAORkDAEwZAwCOGQMAlhkDAOMZAwDvGQMAOBoDAD4aAwCNGgMAkxoDAOIaAwDnGgMANxsDAD0bAwDeZhAAmhsDAOEbAwDwGwMANhwDAFIcAwCLHAMAVhwDAPJfAwCTHAMAM2cQAOkcAwA1HQMAQh0DAIodAwCUHQMA3x0DAO0dAwA0HgMASh4DAIkeAwCVHgMA3h4DAOYeAwCIZxAAOR8DAIgfAwCOHwMA3R8DAOIfAwAyIAMAOCADAN1nEACMIAMA3CADAOUgAwAxIQMAOyEDAIYhAwCOIQMA2yEDAOAhAwAwIgMAQCIDAIUiAwCNIgMA2iIDAOAiAwDYJAMA8yIDAC8jAwA0IwMAhCMDAI0jAwDZIwMA5iMDAC4kAwA1JAMAgyQDAIYkAwAyaBAA2iQDAC0lAwA6JQMAgiUDAJklAwDXJQMA4yUDAIdoEABCJgMAgSYDAIImAwDWJgMA4CYDACsnAwAzJwMAgCcDAIonAwDVJwMA2icDACooAwAyKAMAfygDAIEoAwDUKAMAgigDACQuAwCGKAMAFjwDAJUoAwAdNQMA2ygDACkpAwAwKQMAfikDAIYpAwDTKQMA1ykDACgqAwA2KgMAfSoDAIcqAwDSKgMA3SoDACcrAwAvKwMAfCsDAIErAwDRKwMA7CsDACYsAwAyLAMAeywDAIEsAwDQLAMA4CwDACUtAwA2LQMAei0DAH8tAwDPLQMA0y0DANxoEAAtLgMAeS4DAJIuAwDOLgMA2C4DACMvAwApLwMAeC8DAHovAwDNLwMA3C8DACIwAwAsMAMAdzADAH8wAwDMMAMA0DADACExAwAvMQMAdjEDAIAxAwDLMQMA1jEDACAyAwAoMgMAdTIDAHoyAwDKMgMA5TIDAB8zAwArMwMAdDMDAHozAwDJMwMA2TMDAB40AwAvNAMAczQDAHg0AwDINAMAzDQDADFpEAAmNQMAcjUDAIM1AwDHNQMA0TUDABw2AwAqNgMAcTYDAHI2AwDGNgMA1zYDABs3AwAvNwMAcDcDAHg3AwDFNwMAyTcDABo4AwAoOAMAbzgDAHk4AwDEOAMAzzgDABk5AwAhOQMAbjkDAHM5AwDDOQMA3jkDABg6AwAkOgMAbToDAHM6AwDCOgMA0joDABc7AwAoOwMAbDsDAHE7AwDBOwMAxTsDAIZpEAAkPAMAazwDAIY8AwDAPAMAzjwDABU9AwAcPQMAaj0DAHY9AwC/PQMAxz0DANtpEAAiPgMAaT4DAHM+AwC+PgMAyT4DABM/AwAbPwMAaD8DAG0/AwC9PwMA2D8DABJAAwAeQAMAZ0ADAG1AAwC8QAMAzEADABFBAwAiQQMAZkEDAGtBAwC7QQMAv0EDADBqEAAhQgMAZUIDAG1CAwC6QgMAu0IDAA9DAwAUQwMAZEMDAHJDAwC5QwMAxkMDAA5EAwAYRAMAY0QDAG9EAwC4RAMAvkQDAA1FAwAVRQMAYkUDAGlFAwC3RQMAw0UDAAxGAwASRgMAYUYDAG1GAwC2RgMAxkYDAAtHAwAXRwMAYEcDAGZHAwC1RwMAwUcDAApIAwAXSAMAX0gDAG5IAwC0SAMAwEgDAIVqEAAMSQMAXkkDAGFJAwCzSQMAwUkDAAhKAwAfSgMAXUoDAGpKAwCySgMAyEoDAAdLAwATSwMAXEsDAGlLAwCxSwMAu0sDAAZMAwAOTAMAW0wDAGVMAwCwTAMAtUwDAAVNAwANTQMAWk0DAGZNAwCvTQMAvE0DAAROAwAOTgMAWU4DAF9OAwCuTgMAwk4DAANPAwALTwMAWE8DAGZPAwCtTwMAuk8DAAJQAwAKUAMAV1ADAGRQAwCsUAMAulADAAFRAwASUQMAVlEDAF5RAwCrUQMAwVEDAABSAwACUgMAVVIDAFZSAwDaahAAuFIDAP9SAwAOUwMAVFMDAGBTAwCpUwMAsVMDAC9rEAADVAMAU1QDAFxUAwCoVAMAtVQDAP1UAwAEVQMAUlUDAFVVAwCnVQMAr1UDAPxVAwABVgMAUVYDAFpWAwCmVgMAsFYDAPtWAwADVwMAUFcDAFVXAwClVwMAtVcDAPpXAwACWAMAT1gDAFVYAwCkWAMAplgDAPlYAwAGWQMATlkDAGVZAwCjWQMAr1kDAIRrEAAEWgMATVoDAGRaAwCiWgMArloDAPdaAwD9WgMATFsDAFRbAwChWwMAqFsDAPZbAwAEXAMAS1wDAGZcAwCgXAMArlwDAPVcAwD8XAMASl0DAFZdAwCfXQMAp10DANlrEAAIXgMASV4DAFFeAwCeXgMAz14DAPNeAwD/XgMASF8DAE5fAwCdXwMAol8DAC5sEAD+XwMAR2ADAE5gAwCcYAMApGADAPFgAwDzYAMARmEDAFBhAwCbYQMAo2EDAINsEAD+YQMA4m8DAP9hAwBFYgMAR2IDAJpiAwCrYgMA72IDAABjAwBEYwMAUGMDAJljAwCgYwMA7mMDAPZjAwBDZAMAcGQDAJhkAwCdZAMA7WQDAO5kAwBCZQMATGUDAJdlAwClZQMA7GUDAPFlAwBBZgMATmYDAJZmAwCyZgMA62YDAAdnAwDYbBAATWcDAJVnAwCZZwMA6mcDAPBnAwA/aAMAQWgDAJRoAwCVaAMA6WgDAAxpAwA+aQMAYmkDAJNpAwDAaQMA6GkDAPBpAwA9agMAQmoDAJJqAwCfagMA52oDAO9qAwA8awMAPmsDAJFrAwCZawMA5msDABNsAwA7bAMASGwDAJBsAwCVbAMA5WwDAPJsAwA6bQMARm0DAI9tAwC8bQMA5G0DAOxtAwA5bgMAVG4DAI5uAwCQbgMA424DAPRuAwA4bwMAQW8DAI1vAwCZbwMALW0QAO9vAwA3cAMAPnADAIxwAwCYcAMA4XADAPRwAwA2cQMAPnEDAItxAwCQcQMA4HEDAOlxAwA1cgMAP3IDAIpyAwCScgMA33IDAORyAwA0cwMARHMDAIlzAwCRcwMA3nMDAPdzAwAzdAMAOHQDAIh0AwCRdAMA3XQDAOp0AwAydQMAOXUDAId1AwCKdQMAgm0QAOF1AwAxdgMA6XUDAFhGDAA6dgMAhnYDAI52AwDbdgMA5nYDADB3AwAydwMAhXcDAKB3AwDadwMA5ncDAC94AwA3eAMA120QAJF4AwDZeAMA4XgDAC55AwA6eQMAg3kDAIl5AwDYeQMA3nkDAC16AwAyegMAgnoDAIh6AwAsbhAA5HoDACx7AwA0ewMAgXsDAJV7AwDWewMA23sDACt8AwA0fAMAgHwDAIZ8AwDVfAMA3XwDACp9AwAtfQMAf30DAJx9AwDUfQMA5X0DACl+AwAxfgMAfn4DAIF+AwDTfgMA534DACh/AwA1fwMAfX8DAId/AwDSfwMA1H8DACeAAwA6gAMA1m4QAIGAAwDRgAMA4oADACaBAwAvgQMAe4EDAJGBAwDQgQMA3YEDACWCAwAtggMAeoIDAJmCAwArbxAA24IDACSDAwAsgwMAgG8QAHyDAwDOgwMA1oMDACOEAwAwhAMAeIQDAH2EAwDNhAMA1YQDACKFAwAjhQMAd4UDAHmFAwDMhQMA0oUDACGGAwAjhgMAdoYDAIyGAwDLhgMA14YDACCHAwAqhwMAdYcDAIGHAwDKhwMA0IcDAB+IAwAniAMAdIgDAKaIAwDVbxAA0ogDAB6JAwAoiQMAc4kDAHuJAwDIiQMAyYkDAB2KAwAjigMAcooDAH6KAwDHigMAyIoDAByLAwAeiwMAcYsDAHeLAwDGiwMA0osDABuMAwAijAMAcIwDAHiMAwDFjAMAyIwDABqNAwAkjQMAb40DAHGNAwDEjQMAzo0DABmOAwAljgMAbo4DAISOAwDDjgMAz44DABiPAwAljwMAbY8DAHePAwDCjwMAyo8DABeQAwApkAMAKnAQAG6QAwDBkAMAy5ADABaRAwAYkQMAa5EDAISRAwDAkQMAwpEDABWSAwAYkgMAapIDAHaSAwC/kgMAx5IDAH9wEAAokwMAaZMDAGyTAwC+kwMAyJMDABOUAwAflAMAaJQDAH6UAwC9lAMAxZQDABKVAwAglQMAZ5UDAGqVAwC8lQMAxJUDABGWAwAUlgMAZpYDAB+WAwBfnQMAcJYDALuWAwBxlgMAuJkDAL2WAwAQlwMAFpcDAGWXAwBvlwMAupcDAMiXAwAPmAMAHJgDAGSYAwB7mAMAuZgDAMGYAwAOmQMAF5kDAGOZAwBkmQMA1HAQAMGZAwANmgMAF5oDAGKaAwBsmgMAt5oDAMWaAwAMmwMAGZsDAGGbAwB4mwMAtpsDAL6bAwALnAMAEpwDAGCcAwBlnAMAtZwDALmcAwAKnQMAF50DAClxEABsnQMAtJ0DALydAwAJngMAD54DAF6eAwBqngMAs54DAMKeAwAInwMADZ8DAF2fAwB4nwMAsp8DAL6fAwAHoAMADaADAFygAwBwoAMAsaADALmgAwAGoQMAHKEDAFuhAwBgoQMAsKEDALehAwAFogMAEaIDAH5xEABhogMAr6IDAL2iAwAEowMAEaMDAFmjAwBwowMArqMDALajAwADpAMACaQDAFikAwBkpAMAraQDALSkAwACpQMAEKUDAFelAwBapQMArKUDALSlAwABpgMAD6YDAFamAwBZpgMAq6YDALOmAwAApwMAEacDAFWnAwBapwMAqqcDAKynAwD/pwMABqgDAFSoAwBiqAMAqagDALaoAwD+qAMAFakDAFOpAwBbqQMAqKkDALKpAwD9qQMACKoDAFKqAwBeqgMAp6oDAK+qAwDTcRAA/qoDAFGrAwBbqwMApqsDAKirAwD7qwMA/qsDAFCsAwBcrAMApawDAK+sAwD6rAMAAq0DAE+tAwBdrQMApK0DALGtAwD5rQMAAa4DAE6uAwBkrgMAo64DAK+uAwD4rgMADq8DAE2vAwBSrwMAoq8DAKivAwD3rwMAC7ADAChyEABPsAMAobADAKmwAwD2sAMABLEDAEuxAwAMsQMA4xQIAFixAwCgsQMAqLEDAPWxAwD/sQMASrIDAFWyAwCfsgMAq7IDAPSyAwD8sgMAfXIQAE+zAwCeswMAo7MDAPOzAwACtAMASLQDAFS0AwCdtAMAoLQDAPK0AwD1tAMAR7UDAE+1AwCctQMAobUDAPG1AwABtgMARrYDAE62AwCbtgMAnrYDAPC2AwD6tgMARbcDAEe3AwCatwMAoLcDAO+3AwD5twMARLgDAFK4AwCZuAMAprgDAO64AwAFuQMAQ7kDAEu5AwCYuQMAobkDAO25AwDuuQMA0nIQAE66AwCXugMAmroDALTsCQCmugMA7LoDAKq6AwBv3AkA9roDAEG7AwBJuwMAyzAEAE27AwBT8w4AT7sDAJa7AwBduwMAL8gIAJu7AwDruwMAo7sDALyTBQD4uwMAQLwDAEO8AwDjZwoARrwDAO+xCQBIvAMAlbwDAEq8AwA6bAQATLwDAHYuBgCYvAMAaDoIAJu8AwD2rQYAn7wDAOq8AwCjvAMAEzgKAKW8AwA6EwgA77wDAD+9AwD2vAMAS7AEAPi8AwDoDQoAR70DAJS9AwCXvQMA6b0DAPW9AwA+vgMARL4DAJO+AwCuvgMA6L4DAPS+AwA9vwMAQ78DAJK/AwCavwMA578DAOm/AwA8wAMA7L8DAObAAwBGwAMAkcADAJnAAwAncxAA88ADADvBAwBDwQMAkMEDAJPBAwDlwQMA6sEDADrCAwBJwgMAj8IDAK/CAwDkwgMA8MIDADnDAwBDwwMAjsMDAJbDAwDjwwMA9cMDANFzEABCxAMAjcQDAJvEAwDixAMA78QDADfFAwBOxQMAjMUDAJTFAwDhxQMA8MUDADbGAwA7xgMAi8YDAJjGAwDgxgMA7cYDADXHAwBBxwMAiscDAJnHAwDfxwMA6ccDADTIAwBCyAMAicgDAI7IAwDeyAMA68gDADPJAwA2yQMAiMkDAJDJAwDdyQMA4skDADLKAwA/ygMAh8oDAI/KAwDcygMA5coDADHLAwA+ywMAhssDAJTLAwDbywMA7ssDADDMAwA4zAMAhcwDAIzMAwDazAMA38wDAC/NAwBFzQMAhM0DAIbNAwDZzQMA580DAC7OAwA7zgMAg84DAIvOAwDYzgMA284DAC3PAwAyzwMAgs8DAJHPAwDXzwMA988DACzQAwA40AMAgdADAIvQAwDW0AMA3tADACvRAwA90QMAJnQQAJHRAwDV0QMA3NEDACrSAwAy0gMAf9IDAIzSAwDU0gMA2dIDACnTAwAz0wMAftMDAIbTAwDT0wMA1dMDAH14CgDY0wMAbTUIAN3TAwBYnQoA4tMDACjUAwDj0wMAzCoJAC3UAwB91AMAitQDANLUAwDf1AMAJ9UDADPVAwB81QMAi9UDANHVAwDb1QMAJtYDAC7WAwB71gMAhdYDANDWAwDV1gMAJdcDAC3XAwB7dBAAhtcDAM/XAwDV1wMAJNgDAD/YAwB52AMAhdgDAM7YAwDU2AMAI9kDAD/ZAwB42QMAgNkDANB0EADV2QMAItoDACzaAwB32gMAgtoDAMzaAwDY2gMAIdsDACnbAwAldRAAgtsDAMvbAwDR2wMAINwDADvcAwB13AMAgdwDAMrcAwDQ3AMAH90DACfdAwB03QMAet0DAMndAwDS3QMAHt4DACveAwBz3gMAgN4DAMjeAwDW3gMAHd8DACrfAwBy3wMAid8DAMffAwDP3wMAHOADACHgAwBx4AMALeADAG/iAwB+4AMAxuADAM7gAwAb4QMAJuEDAHDhAwB14QMAxeEDAMjhAwAa4gMAJOIDAHp1EAB04gMAxOIDANPiAwAZ4wMAG+MDAG7jAwB/4wMAw+MDANTjAwAY5AMALOQDAM91EAB+5AMAwuQDAMXkAwAX5QMAyuQDABvdBwDP5AMAteYOACHlAwBs5QMAbuUDAMHlAwDL5QMAFuYDACLmAwBr5gMAleYDAMDmAwDL5gMAFeYEAObmAwAV5wMASOcDAGrnAwCQ5wMAv+cDAOXnAwAU6AMASOgDAGnoAwCU6AMAvugDAMboAwAT6QMAPekDAGjpAwCd6QMAvekDAOjpAwAS6gMAGuoDAGfqAwB26gMAvOoDAMHqAwAR6wMAGusDAGbrAwAe6wMACfMDAHfrAwC76wMAwusDABDsAwAY7AMAZewDAHLsAwC67AMAv+wDAA/tAwAZ7QMAZO0DAGztAwC57QMAw+0DAK35AwDI7QMADu4DABPuAwBj7gMAcO4DALjuAwDF7gMADe8DABnvAwBi7wMAce8DALfvAwDB7wMADPADABTwAwBh8AMAa/ADALbwAwC78AMAC/EDABPxAwAkdhAAbPEDALXxAwC78QMACvIDACXyAwBf8gMAa/IDALTyAwC68gMAeXYQABbzAwBe8wMAavMDALPzAwDC8wMACPQDABL0AwBd9AMAa/QDALL0AwC39AMAB/UDABT1AwBc9QMAZPUDALH1AwC79QMABvYDAAv2AwBb9gMAY/YDALD2AwCz9gMABfcDABH3AwBa9wMAYPcDAK/3AwDK9wMABPgDABD4AwBZ+AMAX/gDAK74AwC2+AMAA/kDAAX5AwBY+QMAYvkDAM52EACz+QMAAvoDAAT6AwBX+gMAZPoDAKz6AwCv+gMAAfsDABL7AwBW+wMAWPsDAKv7AwC1+wMAAPwDAAz8AwBV/AMAXfwDACN3EACv/AMA//wDAAL9AwBU/QMAXv0DAKn9AwCx/QMA/v0DAAv+AwBT/gMAVf4DAKj+AwC+/gMA/f4DAAn/AwB4dxAAbv8DAKf/AwDD/wMAzXcQAAEABABRAAQAXgAEAKYABACzAAQA+wAEAAcBBABQAQQAXwEEAKUBBACvAQQA+gEEAAgCBABPAgQAVAIEAKQCBACxAgQA+QIEABIDBABOAwQAUAMEAKMDBACqAwQAIngQABUEBABNBAQAXgQEAKIEBACuBAQA9wQEAAoFBABMBQQAWwUEAKEFBACtBQQA9gUEAPcFBABLBgQAVQYEAKAGBACuBgQA9QYEAPoGBABKBwQAVwcEAHd4EACkBwQA9AcEAAEIBABJCAQAVggEAJ4IBACqCAQA8wgEAAIJBABICQQAUgkEAJ0JBACrCQQA8gkEAPcJBABHCgQAVAoEAJwKBACkCgQAdnkQAPYKBABGCwQATgsEAMt5EACdCwQA8AsEAP4LBABFDAQAVgwEACB6EAChDAQAdXoQAPQMBABEDQQATA0EAJkNBACoDQQA7g0EAPMNBABDDgQAUA4EAJgOBAClDgQA7Q4EAPkOBABCDwQAUQ8EAJcPBAChDwQAH3sQAO4PBAB/HQ4A8g8EAFlFDAD/DwQAQRAEAFAQBACWEAQAohAEAOsQBADsEAQAQBEEAEoRBACVEQQAoxEEAOoRBADvEQQAPxIEAEwSBAB0exAAmBIEAOkSBAD0EgQAPhMEAEwTBACTEwQApBMEAOgTBAD0EwQAPRQEAEUUBADJexAAlxQEAOcUBAD0FAQAPBUEAEkVBACRFQQAnRUEAOYVBAD1FQQAOxYEAEUWBACQFgQAnhYEAOUWBADyFgQAOhcEAFEXBAAefBAAnBcEAOQXBADxFwQAORgEAEUYBACOGAQAnRgEAOMYBADtGAQAOBkEAEYZBACNGQQAVBkEAM59CQCSGQQA4hkEAO8ZBAA3GgQAPxoEAHN8EACYGgQA4RoEAPEaBAA2GwQAPxsEAIsbBACOGwQA4BsEAOwbBAA1HAQAPBwEAMh8EACXHAQA3xwEAO4cBAA0HQQANR0EAIkdBACgHQQA3h0EAPgdBAAzHgQAPx4EAIgeBACbHgQA3R4EAOweBAAyHwQAPh8EAIcfBACIHwQA3B8EAOYfBAAxIAQAPyAEAIYgBACLIAQA2yAEAOggBAAdfRAASiEEAIUhBACUIQQA2iEEANwhBAAvIgQA3yEEAH4oBAA8IgQAhCIEAJEiBADZIgQA3iIEAC4jBAA4IwQAgyMEAJIjBADYIwQA3SMEAC0kBAA6JAQAgiQEAI8kBADXJAQA4yQEACwlBAA7JQQAgSUEAIslBADWJQQA4yUEACsmBAAwJgQAgCYEAIQmBADVJgQA4SYEAConBAAwJwQAfycEAIUnBADUJwQA2ScEACkoBAAvKAQAcn0QAIsoBADTKAQA4CgEACgpBAA0KQQAfSkEAIwpBADSKQQA3CkEACcqBAA1KgQAfCoEAIEqBADRKgQA3ioEACYrBAAtKwQAeysEAIArBADQKwQA3CsEACUsBAAoLAQAeiwEAIcsBADPLAQA1CwEACQtBAAuLQQAeS0EAIUtBADOLQQA4S0EACMuBAAxLgQAeC4EAHsuBADNLgQA1y4EACIvBAAuLwQAdy8EAH0vBADMLwQA0i8EACEwBAAmMAQAdjAEAHwwBADHfRAA1TAEAM3WBgDXMAQAMBwJANowBAAgMQQAIjEEAHUxBACGMQQAyjEEANsxBAAfMgQAJzIEAHQyBACEMgQAyTIEAMsyBAAeMwQALDMEAHMzBACEMwQAHH4QAM8zBABxfhAAHjQEAHI0BAB3NAQAxzQEAHg0BABGYAQAzTQEABw1BAAmNQQAcTUEAH01BADGNQQAzDUEABs2BAAhNgQAcDYEAHU2BADFNgQAyzYEAMZ+EAAoNwQAbzcEAIg3BADENwQAxTcEABk4BAA2OAQAbjgEAHY4BAChWgQAiDgEAMM4BADGOAQAGDkEAB05BADFfxAAhjkEAMI5BADIOQQAFzoEANg5BACx9AQAGToEAGw6BAByOgQAwToEANU6BAAWOwQAHjsEAGs7BAB4OwQAwDsEAMU7BAAVPAQAHzwEAGo8BAByPAQAvzwEANA8BAAUPQQAGT0EAGk9BABrPQQAvj0EAMU9BAATPgQAHz4EAGg+BABvPgQAvT4EANk+BAASPwQAGj8EABqAEABoPwQAvD8EAMg/BAARQAQAHkAEAGZABABuQAQAu0AEAL5ABAAQQQQAG0EEAGVBBABnQQQAukEEAMBBBAAPQgQAG0IEAGRCBABrQgQAuUIEAMFCBAAOQwQAE0MEAGNDBAB8QwQAuEMEAORDBAANRAQAGUQEAGJEBABxRAQAt0QEAMFEBAAMRQQAFEUEAGFFBABxRQQAtkUEAMRFBAALRgQAHEYEAGBGBABsRgQAb4AQALpGBAAKRwQAEkcEAF9HBABgRwQAtEcEAHVHBADxWAsA0UcEAAlIBAARSAQAXkgEAGJIBACzSAQAuUgEAAhJBAAKSQQAXUkEAF5JBACySQQAs0kEAAdKBAATSgQAXEoEAGJKBACxSgQAuUoEAAZLBAAISwQAW0sEAHZLBACwSwQAsksEAAVMBAATTAQAWkwEAGtMBACvTAQAsUwEAARNBAAdTQQAWU0EAGpNBACuTQQAuk0EAMSAEAARTgQAWE4EAB9OBAC56QcAbk4EAK1OBACuTgQAAk8EABNPBABXTwQAY08EAKxPBADCTwQAAVAEAA1QBABWUAQAY1AEAKtQBAC1UAQAAFEEAAJRBABVUQQAX1EEAKpRBAC4UQQA/1EEAARSBABUUgQAYVIEAKlSBADFUgQA/lIEAAZTBAAZgRAAYVMEAKhTBADBUwQA/VMEAP5TBABSVAQAb1QEAKdUBACvVAQA/FQEAA1VBABRVQQAX1UEAKZVBAC/VQQA+1UEAAFWBABQVgQAUlYEAKVWBACrVgQA+lYEAA5XBABPVwQAV1cEAKRXBACxVwQA+VcEAP5XBABOWAQAWFgEAKNYBACrWAQA+FgEAAhZBABNWQQAUlkEAKJZBACrWQQA91kEAARaBABMWgQAU1oEAG6BEACyWgQA9loEAARbBABLWwQAZFsEAKBbBACmWwQA9VsEAPdbBABKXAQAUFwEAJ9cBACzXAQA9FwEAPxcBABJXQQAVl0EAJ5dBACjXQQA810EAP1dBABIXgQAUF4EAJ1eBACtXgQA8l4EAPdeBABHXwQAUF8EAJxfBACpXwQA8V8EAPhfBADDgRAAS2AEAJtgBACcYAQA8GAEAPxgBABFYQQAS2EEAJphBACrYQQA72EEAANiBABEYgQAU2IEAJliBACeYgQA7mIEAPtiBABDYwQAU2MEAJhjBACmYwQA7WMEAARkBABCZAQAS2QEAJdkBACdZAQA7GQEAPhkBABBZQQASGUEAJZlBACyZQQA62UEAPNlBAAYghAARmYEAJVmBACbZgQA6mYEAO9mBAA/ZwQARWcEAG2CEACZZwQA6WcEAOtnBAA+aAQARWgEAJNoBAChaAQA6GgEAPVoBAA9aQQAVGkEAJJpBACaaQQA52kEAOhpBAA8agQAP2oEAJFqBAClagQA5moEAPVqBAA7awQAQGsEAJBrBACRawQA5WsEAPxrBAAXgxAASGwEAI9sBAClbAQA5GwEAPBsBAA5bQQAPm0EAI5tBACXbQQA420EAO1tBAA4bgQARG4EAARLBgBUbgQAjW4EAJVuBABsgxAA524EADdvBABEbwQAjG8EAJlvBADhbwQA7W8EADZwBABFcAQAi3AEAJVwBADgcAQA7nAEADVxBAA6cQQAinEEAJdxBADfcQQA53EEAMGDEABCcgQAiXIEAJ9yBADecgQA6nIEADNzBAA4cwQAiHMEAJFzBADdcwQA53MEADJ0BAA6dAQAh3QEAJN0BADcdAQA73QEADF1BAAydQQAhnUEAJR1BADbdQQA4XUEADB2BAA8dgQAhXYEAIx2BAAWhBAA5HYEAC93BAA3dwQAhHcEAIp3BABSpAkAk3cEANl3BADedwQAGOMEAN93BAAueAQAOngEAIN4BACFeAQA2HgEAOJ4BAAteQQAOXkEAIJ5BACKeQQAa4QQAN95BAAsegQAO3oEAIF6BACGegQA1noEAON6BAArewQAOHsEAIB7BACMewQA1XsEAOR7BAAqfAQANHwEAH98BACNfAQA1HwEANl8BAApfQQANn0EAH59BACGfQQA030EAN19BAAofgQALX4EAH1+BACFfgQA0n4EAN1+BAAnfwQALH8EAHx/BAB/fwQA0X8EANt/BAAmgAQALoAEAMCEEACAgAQA0IAEAN+ABAAlgQQAJ4EEAHqBBACLgQQAz4EEANqBBAAkggQAKYIEAHmCBAB8ggQAzoIEANiCBAAjgwQAK4MEAHiDBAB6gwQAzYMEANqDBAAihAQAKYQEAHeEBAB/hAQAzIQEAM2EBAAhhQQAJoUEAHaFBAB8hQQAy4UEANWFBAAghgQAKIYEABWFEACrhgQAyoYEAP+GBAAfhwQAOYcEAHSHBACahwQAyYcEAOOHBAAeiAQARIgEAHOIBACNiAQAyIgEAPGIBAAdiQQAJYkEAHKJBAB0iQQAx4kEANSJBAAcigQAI4oEAHGKBAB5igQAxooEAMeKBAAbiwQAIIsEAHCLBAB2iwQAxYsEAM+LBAAajAQAIowEAGqFEACLjAQAv4UQAMyMBAAZjQQAG40EAG6NBAB7jQQAw40EAMqNBAAYjgQAII4EAG2OBABujgQAwo4EAMeOBAAXjwQAHY8EAGyPBAB2jwQAwY8EAMmPBAAUhhAAG5AEAGuQBABtkAQAwJAEAMeQBAAVkQQAI5EEAGqRBAB3kQQAv5EEANaRBAAUkgQAHJIEAGmSBABzkgQAvpIEAH+SBABg8AQAyZIEABOTBAAfkwQAaJMEAHCTBABphhAAvpMEABKUBADHkwQAPGkFANOTBAD6VQUAF5QEAGeUBABqlAQAvJQEAMaUBAARlQQAKJUEAGaVBABslQQAu5UEAMeVBAAQlgQAE5YEAGWWBACClgQAupYEAMuWBAAPlwQALpcEAGSXBABslwQAuZcEALuXBAAOmAQAHZgEAGOYBABtmAQAuJgEAMaYBAANmQQAKJkEAGKZBABumQQAt5kEAL+ZBAC+hhAAGJoEAGGaBABwmgQAtpoEALuaBAALmwQAEZsEAGCbBABnmwQAtZsEAL2bBAAKnAQADJwEAF+cBABmnAQAtJwEALacBAAJnQQACp0EAF6dBABonQQAs50EAL+dBAAIngQADp4EAF2eBAB3ngQAsp4EALqeBAAHnwQAHZ8EAFyfBABqnwQAsZ8EALSfBAAGoAQACaAEAFugBABpoAQAsKAEAL2gBAAFoQQAHKEEAFqhBABioQQAr6EEALGhBAAEogQADKIEAFmiBABwogQArqIEALqiBAADowQAGaMEAFijBABgowQAraMEALujBAACpAQADKQEAFekBABfpAQArKQEALOkBAABpQQADaUEAFalBABXpQQAq6UEALelBAAApgQADaYEAFWmBABcpgQAqqYEAK2mBAD/pgQAB6cEAFSnBABZpwQAqacEALanBAD+pwQALqgEAFOoBABbqAQAE4cQALCoBAAvwBAAxKgEAP2oBAAFqQQAaIcQAGCpBACnqQQAqakEAPypBAANqgQAUaoEAFmqBACmqgQAsqoEAPuqBAABqwQAUKsEAFarBAClqwQAqqsEAPqrBAAArAQAvYcQAFSsBACkrAQAW6wEAFFMDQCsrAQA+awEAP6sBAD0VgoA/6wEAJFjCwAFrQQANxMLAAitBABOrQQACq0EAOlgCwBTrQQAo60EAFStBAAATAkAsK0EAPitBAAFrgQATa4EAFmuBACirgQAsa4EAPeuBAABrwQAEYkQAFavBAChrwQApq8EAPavBAD+rwQAZokQAFGwBACgsAQAtrAEAPWwBAADsQQASrEEAFexBACfsQQAobEEAPSxBAD+sQQASbIEAFWyBACesgQApbIEAPOyBAD7sgQASLMEAE+zBACdswQAprMEAPKzBAD+swQAR7QEAE+0BAAQihAAobQEAPG0BAD5tAQARrUEAFW1BACbtQQAoLUEAPC1BAD9tQQARbYEAFK2BACatgQAprYEAO+2BAD+tgQARLcEAE63BACZtwQAp7cEAO63BADztwQAQ7gEAFC4BACYuAQAoLgEAO24BAD3uAQAQrkEAFC5BACXuQQArbkEAOy5BAD4uQQAQboEAEa6BACWugQAn7oEAOu6BAD1ugQAZYoQAEq7BACVuwQAobsEAOq7BADyuwQAuooQAES8BACUvAQAobwEAOm8BAD2vAQAPr0EAEq9BACTvQQAor0EAOi9BADyvQQAPb4EAFW+BACSvgQAnL4EAOe+BAD1vgQAPL8EAFK/BACRvwQAnb8EAOa/BADrvwQAO8AEAETABACQwAQAmsAEAOXABADtwAQAD4sQAEfBBACPwQQAUMEEABbaDwCcwQQA5MEEAPDBBAA5wgQASMIEAI7CBACYwgQA48IEAPHCBAA4wwQARcMEAI3DBACkwwQA4sMEAOrDBAA3xAQAQcQEAIzEBACRxAQA4cQEAOnEBABkixAAQsUEAIvFBACRxQQA4MUEAPvFBAA1xgQAQcYEAIrGBACQxgQAuYsQAOfGBAAOjBAAOccEAInHBACWxwQA3scEAOvHBAAzyAQAP8gEAIjIBACXyAQA3cgEAOfIBAAyyQQAQMkEAIfJBACMyQQA3MkEAOnJBAAxygQAOcoEAGOMEACSygQA28oEAOvKBAAwywQAOcsEAIXLBACIywQA2ssEAObLBAAvzAQANswEALiMEACSzAQA2cwEAO/MBAAuzQQAOs0EAIPNBACKzQQA2M0EAODNBAAtzgQAMs4EAILOBACLzgQA184EAOHOBAANjRAAMc8EAIHPBAA4zwQA0tMEAInPBADWzwQA3M8EACvQBAAw0AQAgNAEAInQBADV0AQA39AEACrRBAA20QQAf9EEAIfRBABijRAA2dEEACnSBAAx0gQAftIEAInSBADT0gQA2NIEACjTBAAr0wQAfdMEAIfTBAC3jRAA3NMEACfUBAAr1AQAfNQEAIHUBADR1AQA19QEACbVBABG1QQAe9UEAIPVBADQ1QQA3tUEACXWBAAo1gQAetYEAILWBADP1gQA2NYEACTXBAAx1wQAedcEAH/XBADO1wQA2tcEACPYBAAl2AQAeNgEAIfYBADN2AQA2NgEACLZBAAk2QQAd9kEAJDZBADM2QQA3dkEACHaBAAt2gQADI4QAH7aBADL2gQA69oEACDbBAAu2wQAddsEAILbBADK2wQA0dsEAB/cBAA73AQAdNwEAHzcBABhjhAAztwEAB7dBAAr3QQAc90EAIDdBADI3QQA1N0EAB3eBAAs3gQAct4EAHzeBADH3gQA3N4EABzfBAAk3wQAcd8EAIDfBADG3wQAyN8EABvgBAAk4AQAcOAEAHPgBADF4AQA0eAEABrhBAA24QQAb+EEAHfhBAC2jhAAyeEEABniBAAv4gQAbuIEAHriBADD4gQA5uIEAAuPEAAl4wQAbeMEAHrjBADC4wQAzuMEABfkBAAm5AQAbOQEAHbkBADB5AQAyeQEABblBAAg5QQAa+UEAHDlBADA5QQAyOUEAGCPEAAp5gQAauYEAJDmBAC/5gQA5eYEABTnBAA65wQAaecEAJTnBAC+5wQAxucEABPoBAA96AQAaOgEAJ7oBAC96AQA4+gEABLpBAA46QQAZ+kEAJ3pBAC86QQA5+kEABHqBAAZ6gQAZuoEAGvqBAAMRAUAdeoEALvqBADA6gQAEOsEAB3rBABl6wQAcusEALrrBADG6wQAD+wEAB7sBABk7AQAbuwEALnsBADH7AQADu0EABPtBABj7QQAcO0EALjtBADA7QQADe4EABPuBABi7gQAF+4EAGRBBQBu7gQAt+4EAMfuBAAM7wQAFe8EAGHvBABk7wQAtu8EAMLvBAAL8AQAEvAEALWPEAB08AQAtfAEALjwBAAK8QQAJ/EEAF/xBABw8QQAtPEEALvxBAAJ8gQAIvIEAF7yBABm8gQAs/IEAMnyBAAI8wQADfMEAF3zBABk8wQAsvMEALvzBAAH9AQAGPQEAFz0BABo9AQACpAQALP0BAAD+AQAxfQEAAb1BAAJ9QQAW/UEAHj1BACw9QQAwfUEAAX2BAAU9gQAWvYEAGv2BACv9gQAvfYEAAT3BAAQ9wQAWfcEAGb3BACu9wQAuPcEAF+QEAAJ+AQAWPgEAGb4BACt+AQAr/gEAAL5BAAJ+QQAV/kEAHD5BAC0kBAAtfkEAAH6BAAO+gQAVvoEAGT6BACr+gQAuvoEAAD7BAAC+wQAVfsEAF/7BACq+wQAuPsEAP/7BAAE/AQAVPwEAGH8BACp/AQArPwEAP78BAAK/QQAU/0EAGb9BACo/QQAt/0EAP39BAAJ/gQAUv4EAFP+BACn/gQAsf4EAPz+BAAK/wQAUf8EAFb/BACm/wQAs/8EAAmREAAAAAUAUAAFAGYABQClAAUAuwAFAPoABQADAQUATwEFAFwBBQCkAQUAsgEFAPkBBQAIAgUATgIFAFACBQCjAgUArQIFAPgCBQAGAwUATQMFAFIDBQCiAwUArwMFAPcDBQD6AwUATAQFAFQEBQChBAUAsgQFAPYEBQAEBQUASwUFAFgFBQCgBQUAwAUFAPUFBQD9BQUASgYFAFoGBQCfBgUAoQYFAPQGBQACBwUASQcFAFoHBQAIkhAApAcFAPMHBQD/BwUAXZIQAE8IBQCdCAUAVQgFAAP2BgCkCAUA8ggFAPgIBQBHCQUAUwkFAJwJBQCfCQUA8QkFAPQJBQBGCgUAbgoFAJsKBQC+CgUA8AoFAPsKBQBFCwUASgsFAJoLBQCdCwUA7wsFAPkLBQBEDAUAbAwFALKSEACeDAUA7gwFAPsMBQBDDQUAUA0FAJgNBQCkDQUA7Q0FAPwNBQBCDgUATA4FAJcOBQCfDgUA7A4FAPYOBQBBDwUARg8FAJYPBQCeDwUAB5MQAPgPBQBAEAUAVBAFAJUQBQCdEAUA6hAFAO8QBQA/EQUATxEFAJQRBQCcEQUA6REFAPMRBQA+EgUASRIFAJMSBQCfEgUA6BIFAPASBQBckxAAPhMFAJITBQCeEwUA5xMFAPYTBQA8FAUAShQFAJEUBQChFAUA5hQFAPQUBQA7FQUARxUFAJAVBQCXFQUA5RUFAO0VBQA6FgUAUBYFAI8WBQCjFgUA5BYFAOcWBQA5FwUAVhcFAI4XBQCfFwUA4xcFAOsXBQA4GAUAQxgFAI0YBQCSGAUA4hgFAOUYBQA3GQUAQRkFAIwZBQCPGQUAsZMQAOMZBQA1GAgA5hkFADYaBQA5GgUAixoFAJUaBQDgGgUA6BoFADUbBQBUGwUABpQQAJ4bBQDfGwUABRwFADQcBQBaHAUAiRwFAK8cBQDeHAUAFh0FADMdBQBpHQUAiB0FAK4dBQDdHQUAAx4FADIeBQBoHgUAhx4FAKseBQDcHgUA+B4FADEfBQA5HwUAW5QQAIsfBQDbHwUA6B8FADAgBQA9IAUAhSAFAJEgBQDaIAUA6SAFAC8hBQA5IQUAhCEFAJIhBQDZIQUA3iEFAC4iBQA7IgUAgyIFAIsiBQCwlBAA5CIFAC0jBQA9IwUAgiMFAIsjBQDXIwUA2iMFACwkBQA4JAUAgSQFAIgkBQAFlRAA5CQFACslBQBBJQUAgCUFAIwlBQDVJQUA3CUFAComBQAyJgUAfyYFAIQmBQDUJgUA3SYFACknBQAzJwUAWpUQAH8nBQDTJwUA3ycFACgoBQAuKAUAfSgFAH8oBQDSKAUA3CgFACcpBQA1KQUAfCkFAIEpBQDRKQUA3ikFACYqBQAuKgUAeyoFAIUqBQDQKgUA3ioFACUrBQA7KwUAeisFAIYrBQDPKwUA1isFACQsBQAsLAUAeSwFAH4sBQDOLAUA1ywFACMtBQAtLQUAr5UQAHstBQDNLQUA6i0FACIuBQAzLgUAdy4FAIUuBQDMLgUA5C4FACEvBQAkLwUAdi8FAJMvBQDLLwUA3C8FACAwBQA4MAUAdTAFAIEwBQDKMAUA3TAFAB8xBQAuMQUAdDEFAIAxBQDJMQUAyjEFAB4yBQAoMgUAczIFAIEyBQDIMgUAzTIFAB0zBQAqMwUABJYQAHczBQDHMwUA1DMFABw0BQApNAUAcTQFAH00BQDGNAUA1TQFABs1BQAlNQUAcDUFAH41BQDFNQUAyjUFABo2BQAnNgUAbzYFAHc2BQADlxAA0DYFABk3BQApNwUAbjcFAHc3BQDDNwUAxjcFABg4BQAkOAUAbTgFAHQ4BQBYlxAA0DgFABc5BQAtOQUAbDkFAHg5BQDBOQUAyDkFABY6BQAeOgUAazoFAHA6BQDAOgUAyToFABU7BQAfOwUArZcQAGs7BQC/OwUAyzsFABQ8BQAaPAUAaTwFAGs8BQC+PAUAyDwFABM9BQAhPQUAaD0FAG09BQC9PQUAyj0FABI+BQAaPgUAZz4FAHE+BQC8PgUAyj4FABE/BQAnPwUAZj8FAHI/BQC7PwUAwj8FABBABQAYQAUAZUAFAGpABQC6QAUAw0AFAA9BBQAZQQUAApgQAHJBBQC5QQUAz0EFAA5CBQAaQgUAY0IFAGpCBQC4QgUAwEIFAA1DBQASQwUAYkMFAGtDBQC3QwUAwUMFAFeYEAANRAUAYUQFAG1EBQC2RAUAvEQFAAtFBQANRQUAYEUFAGpFBQC1RQUAw0UFAApGBQAPRgUAX0YFAGxGBQC0RgUAvEYFAAlHBQATRwUAXkcFAGxHBQCzRwUAyUcFAAhIBQAUSAUAXUgFAGRIBQCySAUAukgFAAdJBQAMSQUAXEkFAGVJBQCxSQUAu0kFAKyYEAAISgUA7VsMABRKBQBbSgUAbEoFALBKBQC1SgUABUsFABxLBQBaSwUAbksFAK9LBQDHSwUABEwFABNMBQBZTAUAXkwFAK5MBQC7TAUAA00FABBNBQBYTQUAZE0FAK1NBQC8TQUAAk4FAAxOBQBXTgUAX04FAKxOBQDKTgUAAU8FAAlPBQBWTwUAX08FAKtPBQC4TwUAAFAFAAJQBQBVUAUAblAFAKpQBQC7UAUA/1AFAAtRBQBUUQUAXFEFAAGZEACuUQUA/lEFAAZSBQBTUgUAYlIFAKhSBQCtUgUA/VIFAApTBQBSUwUAX1MFAKdTBQCzUwUA/FMFAAtUBQBRVAUAW1QFAKZUBQCuVAUA+1QFAAVVBQBQVQUAVVUFAKVVBQCtVQUAVpkQAA5WBQBPVgUAUlYFAKRWBQDBVgUA+VYFAApXBQBOVwUAhFcFAKNXBQDCVwUA+FcFAABYBQBNWAUAT1gFAKJYBQCxWAUA91gFAAFZBQBMWQUAWlkFAKFZBQC8WQUA9lkFAAJaBQBLWgUAU1oFAKuZEACsWgUA9VoFAARbBQBKWwUAT1sFAJ9bBQClWwUA9FsFAPtbBQBJXAUAUVwFAJ5cBQCgXAUA81wFAPpcBQBIXQUASl0FAJ1dBQCeXQUA8l0FAPxdBQBHXgUAU14FAJxeBQCiXgUA8V4FAAtfBQBGXwUATl8FAJtfBQCxXwUA8F8FAP5fBQBFYAUASGAFAJpgBQCdYAUA72AFAP1gBQBEYQUAUWEFAJlhBQCwYQUA7mEFAPZhBQBDYgUARWIFAJhiBQCgYgUA7WIFAARjBQBCYwUATmMFAJdjBQCtYwUA7GMFAPRjBQBBZAUAT2QFAJZkBQCgZAUA62QFAPNkBQBAZQUAR2UFAJVlBQChZQUA6mUFAOtlBQA/ZgUAS2YFAJRmBQChZgUA6WYFAPBmBQA+ZwUAQWcFAJNnBQCbZwUA6GcFAO1nBQA9aAUASmgFAJJoBQDCaAUA52gFAO9oBQAAmhAAQmkFAJFpBQCfaQUA5mkFAPdpBQA7agUAQGoFAJBqBQCnagUA5WoFAPlqBQA6awUAWWsFAI9rBQCXawUA5GsFAOZrBQA5bAUASGwFAI5sBQCYbAUA42wFAPFsBQA4bQUAU20FAI1tBQCZbQUA4m0FAOptBQBVmhAAQ24FAIxuBQCbbgUA4W4FAOZuBQA2bwUAPG8FAItvBQCSbwUA4G8FAOhvBQA1cAUAN3AFAIpwBQCRcAUA33AFAOFwBQA0cQUANXEFAIlxBQCTcQUA3nEFAOpxBQAzcgUAOXIFAIhyBQCicgUA3XIFAOVyBQAycwUASHMFAIdzBQCVcwUA3HMFAN9zBQAxdAUANHQFAIZ0BQCUdAUA23QFAOh0BQAwdQUAR3UFAIV1BQCNdQUA2nUFANx1BQAvdgUAN3YFAIR2BQCbdgUA2XYFAOV2BQAudwUARHcFAIN3BQCLdwUA2HcFAOZ3BQAteAUAN3gFAIJ4BQCKeAUA13gFAN54BQAseQUAOHkFAIF5BQCCeQUA1nkFAOJ5BQAregUAOHoFAIB6BQCHegUA1XoFANh6BQAqewUAMnsFAH97BQCEewUA1HsFAOF7BQApfAUAWXwFAH58BQCGfAUAqpoQANh8BQAofQUARH0FAH19BQCFfQUA/5oQAAt+BQAnfgUATX4FAHx+BQClfgUA0X4FAAd/BQAmfwUAO38FAHt/BQCDfwUA0H8FANN/BQAlgAUAQoAFAHqABQCLgAUAz4AFANKABQAkgQUALoEFAHmBBQB7gQUAzoEFANiBBQAjggUAL4IFAHiCBQCUggUAzYIFANWCBQBUmxAAVYMFAHeDBQB6gwUAzIMFAPKDBQAhhAUASoQFAHaEBQCahAUAy4QFANOEBQCpmxAAJYUFAHWFBQCChQUAyoUFANeFBQAfhgUAK4YFAHSGBQCDhgUAyYYFANOGBQAehwUALIcFAHOHBQB4hwUAyIcFANWHBQAdiAUAJYgFAHKIBQB8iAUAx4gFANWIBQAciQUAMokFAHGJBQB9iQUAxokFAMuJBQAbigUAJIoFAHCKBQB6igUAxYoFAOGKBQAaiwUAIosFAP6bEABxiwUAxIsFANKLBQAZjAUAKowFAFOcEAB1jAUAqJwQAMiMBQAYjQUAII0FAG2NBQB8jQUAwo0FAMiNBQAXjgUAI44FAGyOBQBujgUAwY4FAMuOBQAWjwUAIo8FAGuPBQBzjwUAUp0QAMWPBQAVkAUAJJAFAGqQBQCKkAUAv5AFAMuQBQAUkQUAHpEFAGmRBQBxkQUAvpEFAMCRBQATkgUAI5IFAGiSBQBykgUAvZIFAMmSBQASkwUAGJMFAGeTBQBvkwUAp50QANOTBQARlAUAGZQFAGaUBQBwlAUAu5QFAMCUBQAQlQUAGJUFAPydEABqlQUAupUFAMOVBQC94QsAx5UFAA+WBQDQlQUAcn8OABmWBQCsRQ4AHJYFAGSWBQBwlgUAuZYFAMiWBQAOlwUAGJcFAGOXBQBrlwUAeyQLAHGXBQC4lwUAxZcFAA2YBQAkmAUAYpgFAGqYBQC3mAUAwZgFAAyZBQARmQUAYZkFAGmZBQBRnhAAw5kFAAuaBQAZmgUAYJoFAHOaBQC1mgUAvZoFAAqbBQANmwUAX5sFAGSbBQC0mwUAw5sFAAmcBQApnAUAXpwFAGqcBQCznAUAvZwFAAidBQAknQUAXZ0FAGWdBQCmnhAAxZ0FAAeeBQANngUAXJ4FAGieBQCxngUAu54FAAafBQAMnwUAW58FAGmfBQCwnwUAvJ8FAAWgBQAIoAUAWqAFAFugBQCvoAUAu6AFAAShBQAKoQUAWaEFAF+hBQCuoQUAuqEFAAOiBQAgogUAWKIFAGGiBQCtogUAuaIFAAKjBQAFowUAV6MFAGGjBQCsowUAuKMFAAGkBQAHpAUAVqQFAFykBQCrpAUAsKQFAAClBQAGpQUA+54QAGGlBQCqpQUArKUFAP+lBQAOpgUAVKYFAF+mBQCppgUAtaYFAP6mBQAFpwUAU6cFAFunBQCopwUAsqcFAP2nBQAIqAUAUqgFAF6oBQCnqAUAr6gFAPqfEAD+qAUAUakFAGSpBQCmqQUArqkFAPupBQABqgUAUKoFAFyqBQClqgUAr6oFAPqqBQAAqwUAT6sFAF2rBQCkqwUAsKsFAPmrBQD8qwUATqwFAFasBQCjrAUApKwFAPisBQAErQUATa0FAFOtBQCirQUAqq0FAPetBQD9rQUATK4FAFiuBQChrgUAvq4FAPauBQD/rgUAS68FAFevBQCgrwUAo68FAPWvBQD/rwUASrAFAFKwBQCfsAUAsLAFAPSwBQACsQUASbEFAF+xBQCesQUArLEFAPOxBQD9sQUAT6AQAFeyBQCdsgUAqLIFAPKyBQD+sgUAR7MFAE6zBQCcswUApLMFAPGzBQD7swUARrQFAFG0BQCbtAUAp7QFAPC0BQD4tAUApKAQAEe1BQCatQUArbUFAO+1BQD3tQUARLYFAEq2BQCZtgUApbYFAO62BQD4tgUAQ7cFAEm3BQCYtwUAprcFAO23BQD5twUAQrgFAEW4BQCXuAUAn7gFAOy4BQDtuAUAQbkFAE25BQCWuQUAnLkFAOu5BQDzuQUAQLoFAEa6BQCVugUAoboFAOq6BQAHuwUAP7sFAEi7BQCUuwUAoLsFAOm7BQDsuwUAPrwFAEi8BQCTvAUAm7wFAOi8BQD5vAUAPb0FAEu9BQCSvQUAqL0FAOe9BQD1vQUAPL4FAEa+BQCRvgUAmb4FAOa+BQAJvwUA+aAQAEa/BQCQvwUAnr8FAOW/BQD0vwUAOsAFAEXABQCPwAUAl8AFAOTABQDywAUAOcEFADzBBQCOwQUAlsEFAE6hEADxwQUAOMIFADvCBQCNwgUAlcIFADUaBgCZwgUAC+8FAJzCBQDcyAUAqcIFAOLCBQD+wgUAo6EQADnDBQCMwwUAmcMFAOHDBQDuwwUANsQFADvEBQCLxAUAlcQFAODEBQDvxAUANcUFADrFBQCKxQUAl8UFAN/FBQDsxQUANMYFAEDGBQCJxgUAmMYFAN7GBQDoxgUAM8cFAD/HBQCIxwUAjscFAN3HBQDjxwUAMsgFADfIBQCHyAUAjcgFAPihEADhyAUAa+QFAO3IBQAxyQUAP8kFAIbJBQCSyQUA28kFAOjJBQAwygUAOsoFAIXKBQChygUA2soFAPbKBQBNohAAMcsFAITLBQCRywUA2csFAObLBQAuzAUAM8wFAIPMBQCNzAUA2MwFAOfMBQAtzQUAMs0FAILNBQCPzQUA180FAOTNBQAszgUAOM4FAIHOBQCQzgUA1s4FAODOBQArzwUAN88FAIDPBQCGzwUA1c8FANvPBQAq0AUAL9AFAH/QBQCF0AUAoqIQANvQBQAp0QUAN9EFAH7RBQCB0QUA09EFAOLRBQAo0gUALdIFAH3SBQCK0gUA0tIFAN/SBQAn0wUAM9MFAHzTBQCL0wUA0dMFANvTBQAm1AUANNQFAHvUBQCA1AUA0NQFAN3UBQAl1QUAMdUFAHrVBQCN1QUAz9UFAN7VBQAk1gUAMNYFAHnWBQB61gUAztYFANjWBQAj1wUAMdcFAHjXBQB91wUAzdcFANrXBQD3ohAAJNgFAHfYBQCF2AUAzNgFAN3YBQD2oxAAKNkFAEukEAB72QUAy9kFANPZBQAg2gUAL9oFAHXaBQB62gUAytoFANfaBQAf2wUALNsFAHTbBQCA2wUAydsFANjbBQAe3AUAKNwFAPWkEAB13AUAyNwFAOPcBQAd3QUAH90FAHLdBQCM3QUAx90FANTdBQAc3gUAKN4FAHHeBQB73gUAxt4FAODeBQAb3wUAKt8FAHDfBQB13wUAxd8FANLfBQAa4AUAJ+AFAG/gBQB74AUAxOAFANPgBQAZ4QUAI+EFAG7hBQB64QUAw+EFANbhBQAY4gUAJ+IFAG3iBQB54gUAwuIFAMPiBQAX4wUAIeMFAGzjBQB64wUAweMFAMbjBQAW5AUAI+QFAEqlEAB45AUAwOQFAM3kBQAV5QUAIeUFAGrlBQB55QUAv+UFAMnlBQAU5gUAIuYFAGnmBQBu5gUAvuYFAMvmBQAT5wUAH+cFAGjnBQB75wUAvecFAMznBQAS6AUAHugFAGfoBQBo6AUAvOgFAMboBQAR6QUAH+kFAGbpBQBr6QUAu+kFAMjpBQCfpRAAHeoFAGXqBQBn6gUAuuoFANPqBQAP6wUAIOsFAGTrBQBw6wUAuesFAMHrBQCephAAE+wFAGPsBQBr7AUAuOwFAMfsBQAN7QUAEu0FAGLtBQBv7QUAt+0FAMTtBQAM7gUAGO4FAGHuBQBw7gUAtu4FAMDuBQDzphAAHu8FAGDvBQBv7wUAte8FAMHvBQAK8AUAC/AFAF/wBQBp8AUAtPAFAMLwBQAJ8QUADvEFAF7xBQBr8QUASKcQALjxBQAI8gUAFfIFAF3yBQBq8gUAsvIFAL7yBQAH8wUAFvMFAFzzBQBm8wUAsfMFAL/zBQAG9AUAC/QFAFv0BQBo9AUAsPQFALj0BQBHqBAAEfUFAFr1BQBq9QUAr/UFALj1BQAE9gUAB/YFAFn2BQBl9gUArvYFALX2BQCcqBAADvcFAFj3BQBZ9wUArfcFAMX3BQAC+AUAD/gFAFf4BQBj+AUArPgFALb4BQAB+QUABfkFAFb5BQBb+QUAq/kFALH5BQAA+gUAIPoFAFX6BQBt+gUAqvoFAMH6BQD/+gUAC/sFAFT7BQBe+wUAqfsFAKv7BQD++wUABfwFAFP8BQBa/AUAqPwFAK78BQD9/AUACf0FAFL9BQBV/QUAp/0FAKr9BQD8/QUACP4FAFH+BQBU/gUA8agQAKv+BQD7/gUAA/8FAFD/BQBW/wUApf8FAKr/BQD6/wUAAwAGAE8ABgBZAAYApAAGALAABgD5AAYAAQEGAEapEABTAQYAowEGAKsBBgD4AQYAAwIGAE0CBgBSAgYAogIGAKUCBgD3AgYAAQMGAJupEABYAwYAoQMGAKgDBgD2AwYABAQGAEsEBgBOBAYAoAQGAKgEBgD1BAYA+AQGAEoFBgBWBQYAnwUGAKUFBgD0BQYADwYGAEkGBgBVBgYAngYGAKQGBgDzBgYA+wYGAEgHBgBMBwYAnQcGAKkHBgDyBwYA/wcGAEcIBgBRCAYAnAgGAKQIBgDxCAYA8wgGAEYJBgBKCQYAmwkGAJ0JBgDwCQYABAoGAPCpEABNCgYAmgoGAJ4KBgDvCgYA8QoGAEQLBgBHCwYAmQsGAKELBgDuCwYA+wsGAEMMBgBIDAYAmAwGAKIMBgDtDAYA9QwGAEINBgBDDQYAlw0GAJwNBgDsDQYA7w0GAEEOBgBEDgYAlg4GAKQOBgDrDgYABA8GAEAPBgBRDwYAlQ8GAKEPBgDqDwYA8g8GAEWqEABEEAYAlBAGAJwQBgDpEAYA+BAGAD4RBgBDEQYAkxEGAKARBgDoEQYA9REGAD0SBgBJEgYAkhIGAKESBgDnEgYA8RIGADwTBgBEEwYAkRMGAJsTBgDmEwYA6xMGADsUBgBDFAYAmqoQAJsUBgDlFAYA8RQGADoVBgBCFQYA76oQAJsVBgDkFQYA6xUGADkWBgBHFgYAjhYGAJEWBgDjFgYA6xYGADgXBgA7FwYAjRcGAJkXBgDiFwYA6BcGADcYBgBSGAYAjBgGAJgYBgDhGAYA5xgGADYZBgBZGQYAixkGAI4ZBgDgGQYABBoGAESrEABEGgYAihoGAI8aBgDfGgYA7BoGADQbBgBBGwYAiRsGAJUbBgDeGwYA7RsGADMcBgA9HAYAiBwGAJYcBgDdHAYA4hwGADIdBgA/HQYAhx0GAI8dBgCZqxAA6R0GADEeBgA5HgYAhh4GAJ8eBgDbHgYA4R4GADAfBgA1HwYAhR8GAKUfBgDaHwYA5h8GAC8gBgA8IAYAhCAGAIwgBgDZIAYA3CAGAC4hBgA4IQYAgyEGAIUhBgDYIQYA4iEGAC0iBgA5IgYA7qsQAJgiBgDXIgYA4yIGACwjBgAxIwYAgSMGADQjBgBw0xEAiiMGANYjBgDgIwYAKyQGADMkBgA7EAoANyQGAIAkBgBOJAYAqUwKAIYkBgDVJAYAkyQGAF+UDADbJAYAKiUGAC8lBgB/JQYAhSUGAEOsEADiJQYAKSYGAD8mBgB+JgYAiiYGANMmBgDYJgYAKCcGADEnBgB9JwYAhycGANInBgDaJwYAJygGADYoBgB8KAYAgSgGANEoBgDeKAYAJikGADMpBgB7KQYAhykGANApBgDfKQYAJSoGAC8qBgB6KgYAiCoGAM8qBgDcKgYAJCsGADsrBgB5KwYAgSsGAM4rBgDYKwYAIywGACgsBgB4LAYAgCwGAEKtEADZLAYAIi0GACgtBgB3LQYAki0GAMwtBgDYLQYAIS4GACcuBgCXrRAAfC4GABI2DQCJLgYAyy4GANouBgAgLwYALC8GAHUvBgB2LwYAyi8GANQvBgAfMAYALTAGAHQwBgB5MAYAyTAGANYwBgDsrRAAIzEGAHMxBgB7MQYAyDEGAMsxBgAdMgYAJjIGAHIyBgCBMgYAxzIGANIyBgAcMwYAJDMGAHEzBgCBMwYAxjMGANQzBgAbNAYALDQGAHA0BgB8NAYAxTQGAM00BgDrrhAAIDUGAG81BgB3NQYAxDUGAMs1BgAZNgYAJzYGAG42BgB0NgYAwzYGAM82BgAYNwYAJzcGAG03BgB3NwYAwjcGAMc3BgAXOAYAHTgGAGw4BgCAOAYAwTgGAMk4BgAWOQYAQDkGAGs5BgB0OQYAwDkGAM05BgAVOgYAIzoGAGo6BgB9OgYAvzoGANs6BgBArxAAGTsGAGk7BgB2OwYAvjsGAMs7BgATPAYAHzwGAGg8BgB3PAYAvTwGAMc8BgASPQYAID0GAGc9BgBsPQYAvD0GAMk9BgARPgYAGT4GAJWvEAByPgYAuz4GAMs+BgAQPwYAGT8GAGU/BgBoPwYAuj8GAMY/BgAPQAYAFkAGAOqvEACOQAYAuUAGAMJABgAOQQYAG0EGAGNBBgBxQQYAuEEGAMtBBgANQgYAKUIGAD+wEABwQgYAt0IGAM1CBgAMQwYAGEMGAGFDBgBoQwYAtkMGAL5DBgALRAYAEEQGAGBEBgBpRAYAtUQGAL9EBgCUsBAAC0UGAF9FBgBrRQYAtEUGALpFBgAJRgYAC0YGAF5GBgBoRgYAs0YGAMFGBgAIRwYADUcGAF1HBgBqRwYAskcGALpHBgAHSAYAEUgGAFxIBgBqSAYAsUgGAMdIBgAGSQYAEkkGAFtJBgBiSQYAsEkGALhJBgAFSgYACkoGAFpKBgBjSgYAr0oGALlKBgDpsBAACksGAFlLBgBfSwYArksGALNLBgADTAYACUwGAD6xEABdTAYArUwGALpMBgACTQYAD00GAFdNBgBjTQYArE0GALtNBgABTgYAC04GAFZOBgBkTgYAq04GALBOBgAATwYADU8GAFVPBgBdTwYAPbIQALhPBgD/TwYAFVAGAFRQBgBgUAYAqVAGAK5QBgD+UAYAB1EGAFNRBgBdUQYAkrIQALRRBgD9UQYADlIGAFJSBgBeUgYAp1IGALZSBgD8UgYABlMGAFFTBgBfUwYAplMGAKtTBgD7UwYACFQGAFBUBgBaVAYApVQGAFxUBgBMWAYAs1QGAPpUBgAQVQYAT1UGAFtVBgCkVQYAqVUGAPlVBgACVgYATlYGAFhWBgCjVgYAr1YGAPhWBgD+VgYATVcGAFNXBgCiVwYAp1cGAPdXBgD9VwYA57IQAFJYBgChWAYAp1gGAPZYBgD7WAYAS1kGAFFZBgA8sxAArlkGAPVZBgALWgYASloGAFZaBgCfWgYApFoGAPRaBgD9WgYASVsGAFNbBgCeWwYAqlsGAPNbBgAGXAYASFwGAFdcBgCdXAYAqVwGAPJcBgDzXAYAR10GAFFdBgCcXQYAql0GAPFdBgD2XQYARl4GAFNeBgCRsxAAql4GAPBeBgAQXwYARV8GAFFfBgCaXwYApF8GAO9fBgD0XwYARGAGAEVgBgCZYAYApWAGAO5gBgD7YAYAQ2EGAE9hBgCYYQYAq2EGAO1hBgD8YQYAQmIGAE5iBgCXYgYAmGIGAOxiBgD2YgYAQWMGAE9jBgCWYwYAm2MGAOtjBgD4YwYA5rMQAFxkBgA7tBAAm2QGAOpkBgDwZAYAP2UGAERlBgCUZQYAmmUGAJC0EADuZQYAPmYGAEFmBgCTZgYAn2YGAOhmBgDuZgYAPWcGAFhnBgCSZwYAnmcGAOdnBgDtZwYAPGgGAD5oBgCRaAYArGgGAOZoBgDoaAYAO2kGAElpBgCQaQYAoWkGAOVpBgDnaQYAOmoGAFNqBgCPagYAoGoGAORqBgDwagYAj7UQAENrBgCOawYAnGsGAONrBgD5awYAOGwGAERsBgCNbAYAkmwGAOJsBgDrbAYAN20GAEFtBgCMbQYAlG0GAOFtBgDmbQYANm4GAEVuBgCLbgYAmm4GAOBuBgDpbgYANW8GADtvBgCKbwYAkG8GAN9vBgDrbwYANHAGADtwBgCJcAYAkXAGAN5wBgDgcAYAM3EGAENxBgCIcQYAknEGAN1xBgDpcQYAMnIGADhyBgCHcgYAj3IGAOS1EADocgYAMXMGAEJzBgCGcwYAknMGANtzBgDqcwYAMHQGADp0BgCFdAYAk3QGANp0BgDfdAYAL3UGADx1BgCEdQYAjHUGANl1BgDjdQYAbI0GAOV1BgAudgYANHYGAIN2BgCJdgYA2HYGAN12BgAtdwYAM3cGADm2EACOdwYA13cGAN13BgAseAYAR3gGAIF4BgCNeAYA1ngGANx4BgAreQYAM3kGAIB5BgCDeQYA1XkGAOF5BgAqegYAO3oGAH96BgCLegYA1HoGAON6BgApewYAM3sGAH57BgCMewYA03sGANh7BgAofAYANXwGAH18BgCFfAYA0nwGANx8BgAnfQYANX0GAHx9BgCSfQYA0X0GAN19BgAmfgYAK34GAHt+BgCEfgYA0H4GANp+BgA4txAAK38GAHp/BgCAfwYAz38GANt/BgAkgAYAMYAGAHmABgCDgAYAzoAGANaABgAjgQYALYEGAHiBBgB9gQYAzYEGAM6BBgAiggYAJ4IGAHeCBgCIggYAzIIGANGCBgAhgwYAOIMGAHaDBgCKgwYAy4MGAOeDBgAghAYAKIQGAI23EAB9hAYAyoQGANSEBgAfhQYAM4UGAHSFBgB1hQYAyYUGANWFBgAehgYAOoYGAHOGBgB7hgYA4rcQANGGBgAdhwYAK4cGAHKHBgAshwYAA/IKAHyHBgDHhwYAyYcGAByIBgA1iAYAcYgGAIKIBgDGiAYA0ogGABuJBgAjiQYAN7gQAHyJBgDFiQYAy4kGABqKBgA1igYAb4oGAHuKBgDEigYAyooGABmLBgAciwYAbosGAHaLBgDDiwYA04sGABiMBgAdjAYAbYwGAHaMBgDCjAYAz4wGABeNBgAejQYAjLgQAHqNBgDBjQYA140GABaOBgAijgYAa44GAHCOBgDAjgYAyY4GABWPBgAfjwYAao8GAIaPBgC/jwYAx48GAOG4EAAZkAYAaZAGAHGQBgC+kAYAwJAGABORBgAukQYAaJEGAGqRBgC9kQYAy5EGABKSBgAjkgYAZ5IGAGmSBgC8kgYA1ZIGABGTBgAikwYAZpMGAHKTBgC7kwYAw5MGADa5EAAclAYAZZQGAGuUBgC6lAYA1ZQGAA+VBgAblQYAZJUGAGqVBgC5lQYAvJUGAIu5EAArlgYAY5YGAGSWBgC4lgYAx5YGAA2XBgASlwYAYpcGAG+XBgC3lwYAxJcGAAyYBgAYmAYAYZgGAHCYBgC2mAYAwJgGAAuZBgAZmQYAYJkGAGWZBgC1mQYAwpkGAAqaBgAWmgYAX5oGAGWaBgC0mgYAcpoGAPSvBgC6mgYACZsGAA6bBgBemwYAZJsGAOC5EAC4mwYACJwGACicBgBdnAYAaZwGALKcBgC4nAYAB50GAA+dBgAwyQYAEJ0GAFydBgBpnQYAsZ0GALedBgAGngYAEp4GAFueBgBdngYAsJ4GAL+eBgAFnwYAEJ8GAFqfBgBcnwYAr58GAMifBgAEoAYAFaAGAFmgBgBloAYArqAGALqgBgADoQYAFqEGAFihBgBnoQYAraEGALmhBgACogYAA6IGAFeiBgBhogYArKIGALqiBgABowYABqMGAFajBgBjowYANboQALijBgAApAYAFKQGAFWkBgBxpAYAqqQGAMakBgCKuhAADqUGAFSlBgBVpQYAqaUGALilBgD+pQYAA6YGAFOmBgBgpgYAqKYGALWmBgD9pgYACacGAFKnBgBhpwYAp6cGALGnBgD8pwYACqgGAFGoBgBWqAYApqgGALOoBgD7qAYAC6kGAFCpBgBSqQYApakGALOpBgD6qQYAC6oGAN+6EABWqgYANLsQAKmqBgD5qgYABqsGAE6rBgBbqwYAo6sGAKmrBgD4qwYABKwGAE2sBgBdrAYAoqwGAKusBgD3rAYA+qwGAEytBgBYrQYAoa0GAKitBgCJuxAAAq4GAEuuBgBbrgYAoK4GAKmuBgD1rgYA+K4GAEqvBgBWrwYAn68GAKavBgDeuxAAA7AGAEmwBgBVsAYAnrAGAJ+wBgDzsAYA/bAGAEixBgBWsQYAnbEGAKKxBgDysQYA/7EGADO8EABMsgYAnLIGAKuyBgDxsgYAEbMGAEazBgBSswYAm7MGAKWzBgDwswYA+LMGAEW0BgBRtAYAmrQGAKC0BgDvtAYA9bQGAES1BgBJtQYAmbUGAJ+1BgAyvRAA87UGAEO2BgBMtgYAmLYGAKm2BgDttgYA9LYGAEK3BgBKtwYAl7cGAKS3BgDstwYA8bcGAEG4BgBLuAYAlrgGAJ64BgDruAYA+rgGAEC5BgBFuQYAlbkGAKK5BgDquQYA97kGAD+6BgBLugYAlLoGAKO6BgDpugYA87oGAD67BgBGuwYAk7sGAJ27BgDouwYA7bsGAD28BgBFvAYAMb4QAJe8BgDnvAYA6rwGADy9BgBGvQYAhr4QAJe9BgDmvQYA670GADu+BgBbvgYAkL4GAJy+BgDlvgYA674GADq/BgA9vwYAj78GAJG/BgDkvwYA/78GADnABgA7wAYAjsAGAJzABgDjwAYA9MAGADjBBgA6wQYAjcEGAKbBBgDiwQYA88EGADfCBgBDwgYA274QAJzCBgDhwgYAAcMGADbDBgA4wwYAi8MGAJfDBgCr8A4AmsMGAHbYBgCnwwYAvuUGALfDBgDgwwYA48MGADXEBgBExAYAisQGAI/EBgDfxAYA7MQGADTFBgBBxQYAicUGAJXFBgDexQYA7cUGADPGBgA9xgYAiMYGAJbGBgDdxgYA4sYGADLHBgA/xwYAh8cGAJPHBgDcxwYA4scGADHIBgA3yAYAhsgGAIvIBgDbyAYA4cgGADC/EABGyQYAhckGAIfJBgDayQYA7skGAC/KBgA3ygYAhMoGAJHKBgDZygYA3soGAC7LBgA4ywYAg8sGAIvLBgDYywYA8csGAC3MBgA5zAYAgswGAIrMBgCFvxAA8swGACzNBgAuzQYAgc0GAI/NBgDWzQYA580GACvOBgAtzgYAgM4GAJnOBgDVzgYA5s4GACrPBgA2zwYA2r8QAITPBgDUzwYA3c8GACnQBgA60AYAftAGAIXQBgDT0AYA29AGACjRBgA10QYAfdEGAILRBgDS0QYA3NEGACfSBgAv0gYAfNIGAJXSBgDR0gYA3dIGACbTBgAu0wYAhMAQAH7TBgDQ0wYA2tMGACXUBgAn1AYAetQGAJPUBgDP1AYA4NQGACTVBgAy1QYAedUGAHzVBgDO1QYA2dUGACPWBgAv1gYAeNYGAH/WBgDZwBAA0tYGACLXBgAq1wYAd9cGAIXXBgDM1wYAzdcGACHYBgA82AYALsEQAHvYBgDL2AYA2NgGACDZBgAt2QYAddkGAIHZBgDK2QYA2dkGAB/aBgAp2gYAdNoGAILaBgDJ2gYAztoGAB7bBgAr2wYAc9sGAH/bBgDI2wYAztsGAB3cBgAj3AYActwGAHfcBgDH3AYAzdwGAIPBEAAp3QYAcd0GAHPdBgDG3QYA390GABveBgAs3gYAcN4GAHzeBgDF3gYAzd4GAILCEAAf3wYAb98GAHffBgDE3wYA3d8GABngBgAe4AYAbuAGAHPgBgDD4AYAzeAGABjhBgAb4QYAbeEGAHfhBgDC4QYAyOEGABfiBgAZ4gYAbOIGAG3iBgDB4gYAyeIGABbjBgAm4wYAa+MGAHHjBgDA4wYAxeMGABXkBgAr5AYAauQGAHLkBgC/5AYA6eQGABTlBgA35QYAaeUGAIjlBgDXwhAAxuUGACzDEAAk5gYAaOYGAHbmBgC95gYAyeYGABLnBgAf5wYAZ+cGAHHnBgC85wYAxOcGABHoBgAc6AYAZugGAGjoBgC76AYAvugGABDpBgAY6QYAZekGAGvpBgC66QYAw+kGAA/qBgAc6gYAZOoGAGzqBgC56gYAvuoGAA7rBgAX6wYAY+sGAG3rBgC46wYAwOsGAA3sBgAS7AYAYuwGAHLsBgC37AYAv+wGAAztBgAO7QYAYe0GAHztBgC27QYAuO0GAAvuBgAZ7gYAYO4GAHHuBgC17gYAt+4GAArvBgAj7wYAX+8GAHDvBgC07wYAwO8GAAnwBgAR8AYAgcMQAGTwBgCz8AYAuPAGAAjxBgAo8QYAXfEGAGnxBgCy8QYAuPEGAAfyBgAK8gYAXPIGAGTyBgCx8gYAu/IGAAbzBgAL8wYAW/MGAGPzBgCw8wYAuvMGAAX0BgAH9AYAWvQGAGv0BgCv9AYAz/QGAAT1BgAM9QYAWfUGAGP1BgCu9QYAs/UGANbDEAAX9gYAWPYGAGD2BgCt9gYAsvYGAAL3BgAS9wYAV/cGAF/3BgCs9wYAtvcGAAH4BgAM+AYAVvgGAGL4BgCr+AYAs/gGACvEEAAM+QYAVfkGAGH5BgCq+QYAsfkGAP/5BgAH+gYAVPoGAG36BgCp+gYAr/oGAP76BgAD+wYAU/sGAHP7BgCo+wYAtPsGAP37BgAD/AYAUvwGAFX8BgCAxBAAqfwGAPz8BgC1/AYAW+oPAP/8BgBR/QYAW/0GAKb9BgC0/QYA+/0GAAr+BgBQ/gYAU/4GAKX+BgBo/gYAuz0HAGz+BgAyHAcAsf4GAPr+BgD8/gYAT/8GAFX/BgCk/wYAs/8GAPn/BgAEAAcATgAHAFYABwB7fQcAaAAHAKMABwCvAAcA+AAHAAsBBwBNAQcAXAEHAKIBBwCuAQcA9wEHAPgBBwBMAgcAVgIHAKECBwCvAgcA9gIHAPsCBwBLAwcAWAMHANXEEAC6AwcA9QMHAAQEBwBKBAcATwQHAJ8EBwCsBAcA9AQHAAEFBwBJBQcAVQUHAJ4FBwCtBQcA8wUHAP0FBwBIBgcAVgYHAJ0GBwCiBgcA8gYHAP8GBwBHBwcAUwcHAJwHBwCiBwcA8QcHAPcHBwBGCAcASwgHAJsIBwChCAcAKsUQAPEIBwBFCQcA+QgHAPWrCQD9CAcAt5QJAP8IBwDMgQcAEAkHAKb2DQBRCQcAmgkHAKAJBwCnUAgApwkHAO8JBwDyCQcARAoHAFAKBwCZCgcAmwoHAO4KBwD0CgcAQwsHAFILBwCYCwcAowsHAO0LBwDuCwcAQgwHAFYMBwCXDAcAsQwHAOwMBwD4DAcAQQ0HAFQNBwCWDQcApQ0HAOsNBwD3DQcAQA4HAEEOBwCVDgcAnw4HAOoOBwD4DgcAPw8HAEQPBwCUDwcAoQ8HAH/FEAADEAcAPhAHAE0QBwCTEAcAmBAHAOgQBwD1EAcAPREHAEoRBwCSEQcAnhEHAOcRBwD2EQcAPBIHAEYSBwCREgcAnxIHAOYSBwDrEgcAOxMHAEgTBwCQEwcAnBMHAOUTBwDrEwcAOhQHAEAUBwCPFAcAlBQHAOQUBwDqFAcA1MUQAEcVBwCOFQcAqRUHAOMVBwDxFQcAOBYHAEUWBwCNFgcApBYHAOIWBwDxFgcANxcHADwXBwCMFwcAmRcHAOEXBwDuFwcANhgHAEIYBwCLGAcAmhgHAOAYBwDqGAcANRkHAEMZBwCKGQcAjxkHAN8ZBwDsGQcANBoHADcaBwCJGgcAlRoHAN4aBwDkGgcAMxsHADkbBwCIGwcAjRsHAN0bBwDjGwcAKcYQAE4cBwB+xhAAjRwHANwcBwDeHAcAMR0HAD4dBwCGHQcAiR0HANsdBwDcHQcAMB4HADUeBwCFHgcAix4HANoeBwDkHgcALx8HAEsfBwCEHwcAoB8HANPGEADfHwcALiAHADAgBwCDIAcAkCAHANggBwDbIAcALSEHAC4hBwCCIQcAhyEHANchBwDdIQcALCIHADYiBwCBIgcAnSIHANYiBwDyIgcAKMcQADEjBwCAIwcAhiMHANUjBwDaIwcAKiQHADAkBwB9xxAAgSQHANQkBwDiJAcAKSUHADolBwB8yBAAhSUHANHIEADYJQcAKCYHADAmBwB9JgcAgiYHANImBwCMJgcAvjoHANMmBwAnJwcAMycHAHwnBwCJJwcA0ScHANknBwAmKAcAMCgHAHsoBwCKKAcA0CgHANEoBwAlKQcALSkHAHopBwCJKQcAzykHANQpBwAkKgcAMSoHAHkqBwCGKgcAzioHANoqBwAjKwcAMisHAHgrBwCCKwcAzSsHANsrBwAiLAcAJywHAHcsBwCELAcAzCwHANQsBwAhLQcAKy0HAHYtBwB7LQcAyy0HANMtBwB7yRAAJS4HAHUuBwB+LgcAcDMHAIIuBwDKLgcA1y4HAB8vBwArLwcAdC8HAIMvBwDJLwcA0y8HAB4wBwAsMAcAczAHAHgwBwDIMAcA1TAHAB0xBwAlMQcA0MkQAH4xBwDHMQcA1zEHABwyBwAlMgcAcTIHAHQyBwDGMgcA0jIHABszBwAiMwcAJcoQAIEzBwDFMwcAzDMHABo0BwAnNAcAbzQHAI40BwDENAcAzjQHABk1BwAhNQcAbjUHAH01BwDDNQcAyDUHABg2BwAlNgcAbTYHAHo2BwDCNgcAzjYHABc3BwAmNwcAbDcHAHY3BwDBNwcAyTcHABY4BwAgOAcAazgHAHA4BwDAOAcAyDgHAHrKEAAhOQcAajkHAHA5BwC/OQcA2jkHABQ6BwAgOgcAaToHAG86BwDPyhAAwzoHABM7BwAgOwcAaDsHAHU7BwC9OwcAyTsHABI8BwAhPAcAZzwHAHE8BwAkyxAAxjwHABE9BwAWPQcAZj0HAG49BwB5yxAAxT0HABA+BwAWPgcAZT4HAGc+BwC6PgcAxz4HAA8/BwASPwcAZD8HAGU/BwC5PwcAvj8HAA5ABwAUQAcAY0AHAG1ABwC4QAcA0kAHAA1BBwAcQQcAYkEHAGdBBwC3QQcAxEEHAAxCBwAZQgcAYUIHAG1CBwC2QgcAxUIHAAtDBwAVQwcAYEMHAG5DBwC1QwcAukMHAApEBwAXRAcAX0QHAGlEBwAATgcAa0QHALREBwC6RAcACUUHAA9FBwBeRQcAY0UHALNFBwC5RQcAzssQAA1GBwBdRgcAakYHALJGBwC/RgcAB0cHABNHBwBcRwcAa0cHALFHBwC7RwcABkgHABRIBwBbSAcAYEgHALBIBwC9SAcABUkHAA1JBwDNzBAAYEkHAK9JBwC1SQcABEoHAAlKBwBZSgcAX0oHACLNEACwSgcAA0sHAAxLBwBYSwcAW0sHAK1LBwC5SwcAAkwHAAlMBwBXTAcAX0wHAKxMBwDFTAcAAU0HABVNBwBWTQcAck0HAKtNBwCzTQcAzM0QAA5OBwBVTgcAa04HAKpOBwC2TgcA/04HAARPBwBUTwcAXU8HAKlPBwCzTwcA/k8HABpQBwBTUAcAW1AHACHOEACtUAcA/VAHAApRBwBSUQcAX1EHAKdRBwCzUQcA/FEHAAtSBwBRUgcAW1IHAKZSBwC0UgcA+1IHAABTBwBQUwcAXVMHAKVTBwCtUwcAds4QAAhUBwBPVAcAZVQHAKRUBwCwVAcA+VQHAP5UBwBOVQcAV1UHAKNVBwCtVQcA+FUHAABWBwBNVgcAXFYHAKJWBwCkVgcA91YHAABXBwBMVwcAT1cHAKFXBwCtVwcA9lcHAP1XBwBLWAcAU1gHAKBYBwC5WAcA9VgHAAlZBwBKWQcAZlkHAJ9ZBwCnWQcAy84QAPlZBwBJWgcAVloHAJ5aBwCrWgcA81oHAP9aBwBIWwcAV1sHAJ1bBwCnWwcA8lsHAPxbBwBHXAcAVVwHAJxcBwCyXAcA8VwHAP1cBwBGXQcAS10HAJtdBwCkXQcA8F0HAPpdBwBFXgcAUV4HAJpeBwCgXgcA714HAPVeBwBEXwcASV8HAJlfBwCfXwcAIM8QAPpfBwBDYAcAR2AHAJhgBwCnYAcA7WAHAPJgBwBCYQcAT2EHAJdhBwCkYQcA7GEHAPhhBwBBYgcAUGIHAJZiBwCgYgcA62IHAPliBwBAYwcARWMHAJVjBwCiYwcA6mMHAPZjBwA/ZAcARWQHAJRkBwCaZAcA6WQHAO5kBwA+ZQcARGUHAHXPEACYZQcA6GUHAO9lBwA9ZgcASWYHAJJmBwCUZgcA52YHAJVmBwCMbAcAAmcHADxnBwA+ZwcAkWcHAJ9nBwDmZwcA92cHADtoBwA9aAcAkGgHAKloBwDlaAcA9mgHADppBwBGaQcAj2kHAJtpBwDkaQcA92kHADlqBwBIagcAjmoHAJpqBwDjagcA5GoHADhrBwBCawcAjWsHAJtrBwDiawcA52sHADdsBwBEbAcAys8QAI5sBwDhbAcA/GwHADZtBwA4bQcAi20HAJltBwDgbQcA8W0HADVuBwA3bgcAim4HAKNuBwDfbgcA8G4HADRvBwBAbwcAiW8HAJVvBwDebwcA8W8HADNwBwBCcAcAiHAHAJRwBwDdcAcA3nAHADJxBwA8cQcAh3EHAJVxBwDccQcA4XEHADFyBwA+cgcAydAQAItyBwDbcgcA43IHADBzBwAycwcAhXMHAJZzBwDacwcA6HMHAC90BwBKdAcAhHQHAJB0BwDZdAcA4XQHAMjREAAzdQcAg3UHAIp1BwDYdQcA5HUHAC12BwAwdgcAgnYHAIp2BwDXdgcA53YHACx3BwAxdwcAgXcHAIp3BwDWdwcA43cHACt4BwAyeAcAgHgHAIh4BwAd0hAA4ngHACp5BwAyeQcAf3kHAJN5BwDUeQcA2XkHACl6BwAyegcAfnoHAIR6BwDTegcA23oHACh7BwA3ewcAfXsHAI57BwDSewcA23sHACd8BwAqfAcAfHwHAIZ8BwDRfAcA3XwHACZ9BwAsfQcActIQAIh9BwDQfQcA1X0HACV+BwAsfgcAen4HAIZ+BwDPfgcA134HAMfSEAA/fwcAeX8HAHt/BwDOfwcA3H8HACOABwA0gAcAeIAHAHqABwDNgAcA5oAHACKBBwAzgQcAd4EHAIOBBwAc0xAA24EHACGCBwAqggcAdoIHAHyCBwDLggcA0YIHACCDBwAsgwcAdYMHAHyDBwDKgwcA0oMHAB+EBwAjhAcAdIQHAH+EBwDJhAcA14QHAB6FBwAvhQcAc4UHAH+FBwDIhQcA0IUHAHHTEAAghgcAcoYHAHyGBwDHhgcAyYYHAByHBwA1hwcAcYcHAIKHBwDGhwcA1IcHABuIBwAeiAcAcIgHAHuIBwDFiAcA04gHABqJBwAniQcAb4kHAIaJBwDEiQcAzIkHABmKBwAbigcAbooHAHaKBwDDigcA0ooHABiLBwAdiwcAbYsHAHqLBwDCiwcAz4sHABeMBwAjjAcAbIwHAHuMBwDBjAcAy4wHABaNBwAkjQcAa40HAHCNBwDAjQcAzY0HABWOBwAdjgcAao4HAHSOBwC/jgcAxI4HABSPBwAcjwcAaY8HAGyPBwC+jwcA248HABOQBwAkkAcAaJAHAHCQBwC9kAcAwJAHABKRBwAekQcAZ5EHAG2RBwC8kQcA15EHABGSBwAdkgcAZpIHAGySBwDG0xAAypIHABCTBwARkwcAZZMHAJ2TBwC6kwcAyJMHAA+UBwAQlAcAZJQHAGyUBwC5lAcAyJQHAA6VBwATlQcAY5UHAHCVBwC4lQcAxZUHAA2WBwAZlgcAYpYHAHGWBwC3lgcAwZYHAAyXBwAalwcAYZcHAGaXBwC2lwcAw5cHAAuYBwATmAcAYJgHAGqYBwC1mAcAupgHAAqZBwASmQcAX5kHAGmZBwC0mQcAv5kHAAmaBwAVmgcAXpoHAGaaBwAb1BAAuJoHAAibBwALmwcAXZsHAGebBwCymwcAupsHAHDUEAAVnAcAXJwHAHKcBwCxnAcAvZwHAAadBwALnQcAW50HAGSdBwCwnQcAup0HAAWeBwANngcAWp4HAGaeBwCvngcAwp4HAASfBwAFnwcAWZ8HAGefBwCunwcAtJ8HAAOgBwAPoAcAWKAHAF+gBwDF1BAArqAHAAKhBwAOoQcAV6EHAGShBwCsoQcAtKEHAAGiBwALogcAVqIHAGWiBwCrogcArKIHAACjBwAIowcAVaMHAGSjBwCqowcAr6MHAP+jBwAMpAcAVKQHAGGkBwCppAcAtaQHAP6kBwANpQcAU6UHAF2lBwCopQcAtqUHAP2lBwACpgcAUqYHAF+mBwCnpgcAr6YHAPymBwAApwcAUacHAF+nBwCmpwcAsKcHAPunBwAGqAcAUKgHAFioBwClqAcAsKgHAPqoBwD/qAcAT6kHAFKpBwCkqQcArqkHAPmpBwABqgcATqoHAG2qBwAa1RAAsqoHAPiqBwD5qgcATasHAFWrBwCiqwcAo6sHAPerBwD9qwcATKwHAFGsBwChrAcAvKwHAPasBwAErQcAS60HAFKtBwCgrQcArK0HAPWtBwD7rQcASq4HAGauBwCfrgcAp64HAG/VEAD6rgcASa8HAE+vBwCerwcAo68HAPOvBwD5rwcAxNUQAE2wBwCdsAcApLAHAPKwBwD+sAcAR7EHAE+xBwBu1hAAr7EHAPGxBwAnsgcARrIHAEiyBwBFswcAe7IHAJuyBwDAsgcA8LIHAPeyBwAY1xAAKrMHAMPWEABVswcAmrMHANSzBwBt1xAA+LMHACN7DAD5swcAzHoOAAy0BwBEtAcAD7QHAEOvDQBVtAcAmbQHAKG0BwDutAcA8bQHAEO1BwBPtQcAmLUHAJ61BwDttQcACLYHAEK2BwBOtgcAl7YHAJ22BwDstgcA9LYHAEG3BwBdtwcAlrcHAJ63BwDC1xAA+rcHAEC4BwBBuAcAlbgHAJ24BwDquAcA67gHAD+5BwBFuQcAlLkHAJm5BwDpuQcABLoHAD66BwBMugcAk7oHAJq6BwDougcA9LoHAD27BwBDuwcAkrsHAK67BwDnuwcA77sHABfYEABCvAcAkbwHAJe8BwDmvAcA67wHADu9BwBBvQcAbNgQAJW9BwDlvQcA7L0HADq+BwBGvgcAj74HAJe+BwAW2RAA974HADm/BwBvvwcAjr8HAJC/BwCNwAcAw78HAOO/BwAIwAcAOMAHAD/ABwDA2RAAcsAHAGvZEACdwAcA4sAHABzBBwAV2hAAOcEHAIzBBwCNwQcA4cEHAOvBBwA2wgcARMIHAIvCBwCmwgcA4MIHAOzCBwA1wwcAPcMHAGraEACWwwcA38MHAOXDBwA0xAcAT8QHAInEBwCVxAcA3sQHAOTEBwAzxQcAO8UHAIjFBwCWxQcA3cUHAODFBwAyxgcAOsYHAIfGBwCQxgcA3MYHAOnGBwAxxwcAM8cHAIbHBwChxwcA28cHAN3HBwAwyAcAPsgHAIXIBwCWyAcA2sgHANzIBwAvyQcASMkHAITJBwCVyQcA2ckHAOXJBwAuygcANsoHAL/aEACJygcA2MoHAODKBwAtywcANMsHAILLBwCHywcA18sHAOPLBwAszAcAL8wHAIHMBwCJzAcA1swHAOPMBwArzQcAMM0HAIDNBwCKzQcA1c0HAN3NBwAqzgcANs4HAH/OBwCSzgcA1M4HAOLOBwApzwcALM8HAH7PBwCIzwcAFNsQANbPBwAo0AcAMNAHAH3QBwCA0AcA0tAHAN7QBwAn0QcALdEHAHzRBwCX0QcA0dEHAN3RBwAm0gcALNIHAHvSBwCD0gcA0NIHAN7SBwAl0wcAKNMHAHrTBwCC0wcAz9MHANjTBwAk1AcAMdQHAHnUBwB71AcAztQHAOnUBwAj1QcAJdUHAHjVBwCG1QcAzdUHAN7VBwAi1gcAJNYHAHfWBwCQ1gcAzNYHAN3WBwAh1wcALdcHAHbXBwB+1wcAadsQANHXBwAg2AcAKNgHAHXYBwB82AcAytgHAM/YBwAf2QcAK9kHAHTZBwB32QcAydkHANHZBwAe2gcAK9oHAHPaBwB42gcAyNoHANLaBwAd2wcAJdsHAHLbBwB+2wcAx9sHANrbBwAc3AcAKtwHAHHcBwB03AcAxtwHANDcBwC+2xAAHt0HAHDdBwB83QcAxd0HAMvdBwAa3gcANd4HAG/eBwB73gcAxN4HAMreBwAZ3wcAId8HAG7fBwB83wcAw98HAMbfBwAY4AcAIOAHAG3gBwB24AcAwuAHAM/gBwAX4QcAGeEHAGzhBwCH4QcAweEHAMPhBwAW4gcAJOIHAGviBwB84gcAwOIHAMLiBwAV4wcALuMHAGrjBwB74wcAv+MHAMvjBwAU5AcAHOQHABPcEABv5AcAvuQHAMbkBwAT5QcAGuUHAGjlBwBt5QcAveUHAMnlBwAS5gcAFeYHAGfmBwBv5gcAvOYHAMnmBwAR5wcAFucHAGbnBwBw5wcAu+cHAMPnBwAQ6AcAHOgHAGXoBwB46AcAuugHAMjoBwAP6QcAEukHAGTpBwBu6QcAaNwQAMHpBwC93BAAHOoHAGPqBwB06gcAuOoHAMTqBwAN6wcAFesHABLdEABn6wcAt+sHAMHrBwAM7AcAFOwHAGHsBwBx7AcAtuwHALvsBwAL7QcAFO0HAGDtBwBt7QcAte0HALztBwBn3RAADO4HAF/uBwAP7gcApvsIABPuBwBblQ8AFu4HAJ+nDgAY7gcA6mEJAGnuBwDtAw8AcO4HALTuBwDF7gcACe8HABfvBwBe7wcAeu8HALPvBwDP7wcAvN0QABbwBwBd8AcAavAHALLwBwDJ8AcAB/EHABPxBwBc8QcAYvEHALHxBwC38QcABvIHAAvyBwBb8gcAYfIHABHeEADG8gcABfMHABTzBwBa8wcAMfMHAFX4BwBc8wcAr/MHAL7zBwAE9AcAD/QHAFn0BwBl9AcArvQHALH0BwAD9QcAtfQHAPYBCADK9AcAp/sHAA/1BwBY9QcAXvUHAK31BwDI9QcAAvYHAA72BwBX9gcAXfYHAKz2BwC49gcAAfcHAAf3BwBW9wcAXPcHAKv3BwCw9wcAAPgHAAb4BwBm3hAAWPgHAKr4BwDG+AcA//gHAAf5BwBl3xAAYPkHAKn5BwCv+QcA/vkHABn6BwBT+gcAX/oHAKj6BwCu+gcA/foHAAX7BwBS+wcAc/sHALrfEACv+wcAD+AQAAH8BwBR/AcAXvwHAKb8BwCz/AcA+/wHAAf9BwBQ/QcAX/0HAKX9BwCv/QcA+v0HAAL+BwBP/gcAWf4HAKT+BwCy/gcA+f4HAA//BwBO/wcAWv8HAKP/BwCo/wcA+P8HAAEACABNAAgAVwAIAKIACACqAAgA9wAIAAEBCABMAQgAUQEIAKEBCACpAQgAZOAQAAICCABLAggAXgIIAKACCACvAggA9QIIAAEDCABKAwgASwMIAJ8DCACpAwgA9AMIAAIECABJBAgATgQIAJ4ECACrBAgAueAQAP4ECABIBQgAVAUIAJ0FCACjBQgA8gUIAP4FCABHBggATwYIALjhEACfBggA8QYIAPkGCABGBwgAUwcIAJsHCACgBwgA8AcIAPgHCABFCAgARwgIAJoICAC1CAgA7wgIAPEICABECQgAUgkIAJkJCACqCQgA7gkIAPAJCABDCggAXAoIAJgKCACpCggA7QoIAPkKCABCCwgASgsIAA3iEACcCwgA7AsIAPkLCABBDAgATgwIAJYMCACiDAgA6wwIAPoMCABADQgASg0IAJUNCACjDQgA6g0IAO8NCAA/DggATA4IAJQOCACcDggA6Q4IAOsOCAA+DwgASA8IAJMPCACbDwgAYuIQAPMPCAA9EAgASxAIAJIQCACVEAgA5xAIAO8QCAA8EQgAUhEIAJERCACWEQgA5hEIAPwRCAA7EggARxIIAJASCACdEggA5RIIAO8SCAC34hAAPBMIAI8TCACdEwgA5BMIAPUTCAAM4xAAPxQIAI4UCACaFAgAYeMQAOUUCAA4FQgAPhUIAI0VCACtFQgA4hUIAO4VCAA3FggAPhYIAIwWCACUFggA4RYIAOgWCAA2FwgAQhcIAIsXCACNFwgA4BcIAOcXCAC24xAAOBgIAIoYCACSGAgA3xgIAO8YCAA0GQgANhkIAIkZCACXGQgA3hkIAO8ZCAAL5BAAOhoIAGDkEACVGggA3RoIAOQaCAAyGwgAOhsIAIcbCACVGwgA3BsIAN8bCAAxHAgAORwIAIYcCACNHAgA2xwIAOkcCAAwHQgAMx0IAIUdCACHHQgA2h0IAPMdCAAvHggAQB4IAIQeCACQHggA2R4IAOAeCAAuHwgANh8IAIMfCACMHwgA2B8IAOUfCAAtIAgANyAIAIIgCACQIAgA1yAIAOggCAAsIQgANCEIAIEhCACLIQgA1iEIAOQhCAArIggAQSIIAIAiCACMIggA1SIIANwiCAAqIwgAMiMIAH8jCACFIwgA1CMIAOAjCAApJAgAMyQIAH4kCACEJAgA0yQIAOckCAAK5RAANiUIAH0lCACWJQgA0iUIAOglCAAnJggANiYIAHwmCACWJggA0SYIANQmCADMKwgA3CYIAMcwCADgJggAJicIACsnCAB7JwgAiCcIANAnCADdJwgAJSgIADEoCAB6KAgAiSgIAM8oCADZKAgAJCkIADIpCAB5KQgAfikIAM4pCADbKQgAIyoIAC8qCAB4KggAfioIAM0qCADTKggAIisIACcrCAB3KwgAfSsIAF/lEADYKwgAISwIACcsCAB2LAgAkSwIAMssCADXLAgAIC0IACYtCAB1LQgAfC0IAMotCADPLQgAcy8IANYtCAAfLggAIS4IAHQuCAB7LggAyS4IAOUuCAAeLwgAJi8IAF7mEAB3LwgAyC8IANUvCAAdMAgAOTAIAHIwCAB6MAgAs+YQAMwwCAAcMQgAHzEIAHExCAB7MQgAxjEIANcxCAAbMggAIDIIAHAyCAB1MggAxTIIAOUyCAAaMwgAIzMIAG8zCABwMwgAxDMIANAzCAAZNAgAHzQIAG40CAB0NAgAwzQIAMg0CAAYNQgAHjUIAAjnEABuNQgAwjUIAM41CAAXNggAJDYIAGw2CAB0NggAwTYIAMo2CAAWNwgAIzcIAGs3CAB5NwgAwDcIANM3CAAVOAgAHTgIAGo4CABtOAgAvzgIAMQ4CAAUOQgAIzkIAGk5CACJOQgAvjkIAMo5CAATOggAHToIAAfoEAByOggAvToIAL86CAASOwgAHDsIAGc7CABwOwgAvDsIAL87CAARPAgAGTwIAGY8CACdPAgAXOgQAMc8CAAQPQgAHz0IAGU9CACFPQgAuj0IAMY9CAAPPggAFj4IAGQ+CABpPggAuT4IALo+CAAOPwgAGj8IAGM/CABpPwgAuD8IALo/CAANQAgAF0AIAGJACABwQAgAt0AIALxACAAMQQgAGUEIAGFBCABrQQgAtkEIAMRBCAALQggAIUIIAGBCCABsQggAtUIIALpCCAAKQwgAE0MIAF9DCABpQwgAtEMIAMBDCAAJRAgAHEQIAF5ECABtRAgAs0QIAL9ECAAIRQgACUUIAF1FCABnRQgAskUIAMBFCAAHRggADEYIAFxGCABpRggAsegQAL9GCAAGRwgAHEcIAFtHCABnRwgAsEcIALdHCAAFSAgADUgIAFpICABfSAgAr0gIALhICAAESQgADkkIAFlJCABhSQgArkkIALJJCAADSggABUoIAFhKCABmSggArUoIALdKCAACSwgAEEsIAFdLCABkSwgArEsIAMNLCAABTAgACUwIAFZMCABmTAgAq0wIALBMCAAATQgABk0IAFVNCABdTQgAqk0IAK9NCAD/TQgAAE4IAFROCABgTggAqU4IAK9OCAD+TggAAE8IAFNPCABdTwgAqE8IALZPCAD9TwgAAlAIAFJQCABfUAgAsOkQAKlQCAD8UAgABlEIAFFRCABfUQgAplEIAKtRCAD7UQgACFIIAFBSCABSUggAJSYKAFpSCAClUggAs1IIAPpSCAAQUwgAT1MIAFtTCACkUwgAqVMIAPlTCAACVAgATlQIAFhUCACjVAgAr1QIAPhUCAALVQgATVUIAFxVCACiVQgArlUIAPdVCAD4VQgATFYIAFZWCAChVggAr1YIAPZWCAD7VggAS1cIAFhXCAAF6hAAqVcIAPVXCAD/VwgASlgIAExYCACfWAgAqVgIAPRYCAAAWQgASVkIAFFZCAAE6xAAn1kIAPNZCAD/WQgASFoIAE5aCACdWggAn1oIAPJaCAD8WggAR1sIAFVbCACcWwgAoVsIAPFbCAD+WwgARlwIAE5cCACbXAgApVwIAPBcCAD+XAgARV0IAFtdCACaXQgApl0IAO9dCAD2XQgARF4IAExeCACZXggAnl4IAO5eCAD3XggAQ18IAE1fCACYXwgArV8IAO1fCAD2XwgAQmAIAE9gCACXYAgAmWAIAOxgCAAFYQgAQWEIAFJhCACWYQgAomEIAOthCADzYQgAWesQAEViCACVYggAnWIIAOpiCAAAYwgAP2MIAERjCACUYwgAm2MIAOljCAD3YwgAPmQIAE5kCACTZAgAp2QIAOhkCADwZAgAPWUIAExlCACSZQgAl2UIAOdlCADwZQgAPGYIAElmCACRZggAm2YIAOZmCADyZggAO2cIAEFnCACu6xAAnmcIAOVnCAD7ZwgAOmgIAEZoCACPaAgAlGgIAORoCADtaAgAOWkIAENpCACOaQgAlmkIAONpCADnaQgAOGoIADpqCACNaggAm2oIAOJqCADsaggAN2sIAEVrCACMawgAmWsIAOFrCAD4awgANmwIAD5sCACLbAgAm2wIAOBsCADlbAgANW0IADttCACKbQgAkm0IAN9tCAD6bQgANG4IADZuCACJbggAmm4IAN5uCADnbggAM28IAD9vCAAD7BAAjW8IAN1vCADgbwgAMnAIADxwCACHcAgAiXAIANxwCAD3cAgAMXEIADNxCACGcQgAlHEIANtxCADscQgAMHIIADJyCACFcggAnnIIANpyCADrcggAL3MIADtzCABY7BAAoXMIANlzCADqcwgALnQIAEp0CACDdAgAi3QIAK3sEADddAgALXUIADV1CACCdQgAjXUIANd1CADcdQgALHYIAC92CACBdggAi3YIANZ2CADZdggAK3cIADN3CACAdwgAgncIANV3CADwdwgAKngIACx4CAB/eAgAjXgIANR4CADleAgAKXkIACt5CAB+eQgAl3kIANN5CADkeQgAKHoIADR6CAB9eggAhXoIAALtEADfeggAJ3sIAC97CAB8ewgAhnsIANF7CADcewgAJnwIADJ8CAB7fAgAg3wIAFftEADVfAgAJX0IACp9CAB6fQgAi30IAKztEADcfQgAJH4IACZ+CAB5fggAkn4IAM5+CADffggAI38IAC9/CAB4fwgAgH8IAAHuEADSfwgAIoAIACqACAB3gAgAhoAIAMyACADSgAgAIYEIAC2BCAB2gQgAeIEIAMuBCADVgQgAIIIIACyCCAB1gggAfYIIAFbuEADWgggAH4MIACKDCAB0gwgAd4MIAMmDCADXgwgAHoQIACOECABzhAgAgIQIAKvuEADZhAgAHYUIACWFCAByhQgAKoUIAL6OCAB9hQgAx4UIAMyFCAAchggAH4YIAHGGCAB7hggAxoYIAOmGCAAbhwgAHocIAHCHCACUhwgAxYcIAM2HCAAA7xAAIIgIAG+ICAB9iAgAxIgIANCICAAZiQgAIIkIAG6JCAB2iQgAw4kIANOJCAAYiggAHYoIAG2KCABziggAwooIAMqKCAAXiwgANIsIAGyLCAB1iwgAwYsIAM2LCAAWjAgAHIwIAGuMCAB/jAgAwIwIAMiMCAAVjQgAJY0IAGqNCABsjQgAv40IAM2NCAAUjggAJY4IAFXvEABwjggAqu8QAMOOCAATjwgAGo8IAGiPCAB0jwgAvY8IAMCPCAASkAgAIpAIAGeQCABpkAgAvJAIAMqQCAARkQgAIpEIAP/vEABtkQgAVPAQAM6RCAAQkggAH5IIAGWSCABxkggAupIIALuSCAAPkwgAGZMIAGSTCABykwgAuZMIAL6TCAAOlAgAG5QIAKnwEABolAgAuJQIAMGUCAANlQgAHpUIAGKVCABplQgAt5UIAL+VCAAMlggAGZYIAGGWCABmlggAtpYIAMCWCAALlwgAE5cIAGCXCABmlwgAtZcIAMGXCAAKmAgADJgIAF+YCABumAgAtJgIAL+YCAAJmQgAEZkIAF6ZCABgmQgAs5kIAMCZCAAImggAHJoIAF2aCABlmggAspoIAMGaCAAHmwgADJsIAFybCABpmwgAsZsIALubCAAGnAgACJwIAFucCABqnAgAsJwIALqcCAAFnQgADZ0IAFqdCABbnQgAr50IALSdCAAEnggAEp4IAFmeCABmnggArp4IALieCACo8RAABp8IAFifCABknwgAnq4IAHSfCACtnwgAtZ8IAP3xEAAHoAgAV6AIAF+gCACsoAgAr6AIAAGhCAANoQgAVqEIAFyhCACroQgAxqEIAACiCAAMoggAVaIIAFuiCACqoggAraIIAP+iCAAHowgAVKMIAFajCACpowgAxKMIAP6jCAAApAgAU6QIAGGkCACopAgAuaQIAP2kCAD/pAgAUqUIAGulCACnpQgAuKUIAPylCAAIpggAUaYIAFmmCABS8hAAq6YIAPumCAABpwgAUKcIAFinCAClpwgAtKcIAPqnCAD/pwgAT6gIAFyoCACkqAgAsagIAPmoCAAFqQgATqkIAF2pCACjqQgArakIAPipCAAGqggATaoIAFKqCACiqggAr6oIAKfyEAADqwgATKsIAFKrCAChqwgAvKsIAParCAACrAgAS6wIAFGsCACgrAgAo6wIAPWsCAABrQgASq0IAFCtCACfrQgApa0IAPStCAD5rQgASa4IAE+uCAD88hAApK4IAPOuCAD5rggASK8IAE2vCACdrwgAo68IAFHzEAD3rwgAR7AIAFSwCACcsAgAqbAIAPGwCAD9sAgARrEIAFWxCACbsQgApbEIAPCxCAD+sQgARbIIAEqyCACasggAp7IIAO+yCAAHswgARLMIAEqzCACZswgApbMIAO6zCAD+swgAQ7QIAEy0CACYtAgAm7QIAO20CAD5tAgAQrUIAEm1CABQ9BAAmbUIAOy1CAD2tQgAQbYIAES2CACWtggAnrYIAOu2CADutggAQLcIAEy3CACVtwgAm7cIAOq3CAAFuAgAP7gIAEu4CACUuAgAmrgIAKX0EAAJuQgAPrkIAEm5CACTuQgAmLkIAOi5CADxuQgAPboIAEC6CACSuggAnroIAOe6CADzuggAh8UIAP+6CAA8uwgAQ7sIAJG7CACXuwgA5rsIAPS7CAA7vAgAVrwIAJC8CACcvAgA5bwIAOu8CAA6vQgAVL0IAI+9CACbvQgA5L0IAOq9CAA5vggAP74IAI6+CACTvggA474IAOm+CAD69BAARb8IAI2/CACZvwgA4r8IAOy/CAA3wAgAO8AIAIzACACRwAgA4cAIAOfACAA2wQgAVsEIAIvBCACXwQgA4MEIAObBCAA1wggAO8IIAIrCCACPwggA38IIAOXCCACk9RAAOcMIAInDCACQwwgA3sMIAOrDCAAzxAgAT8QIAIjECACQxAgAo/YQAAbFCAAyxQgAWMUIAPj2EACaxQgA3MUIAOvFCAAxxggAPcYIAIbGCACHxggA28YIAOXGCAAwxwgAPscIAIXHCACKxwgA2scIAOfHCABN9xAAN8gIAEz4EACJyAgA2cgIAObICAAuyQgAO8kIAIPJCACPyQgA2MkIAOfJCAAtyggAN8oIAILKCACQyggA18oIANzKCAAsywgAOcsIAIHLCACJywgAofgQAOLLCAArzAgAO8wIAIDMCACJzAgA1cwIANjMCAAqzQgANs0IAH/NCACGzQgA9vgQAN/NCAApzggANc4IAH7OCACGzggAS/kQAODOCAAozwgAL88IAH3PCAB+zwgA0s8IANfPCAAn0AgANdAIAHzQCACJ0AgA0dAIANvQCAAm0QgALtEIAHvRCACE0QgA0NEIANbRCAAl0ggANtIIAHrSCACW0ggAz9IIANfSCACg+RAAL9MIAHnTCACD0wgAztMIANjTCAAj1AgAJNQIAPX5EAB91AgAzdQIANrUCAAi1QgAL9UIAHfVCACD1QgAzNUIANvVCAAh1ggAK9YIAHbWCAB+1ggAy9YIANXWCAAg1wgAJdcIAHXXCAB91wgASvoQANXXCAAf2AgAK9gIAHTYCAB82AgAn/oQAM7YCAAe2QgALdkIAHPZCACT2QgAyNkIANTZCAAd2ggAI9oIAHLaCAB62ggAx9oIAM7aCAAc2wgAHtsIAHHbCAB92wgAxtsIANzbCAAb3AgAINwIAHDcCAB93AgA9PoQAMrcCAAa3QgAKd0IAG/dCACP3QgAxN0IANDdCAAZ3ggAH94IAG7eCAB23ggAw94IAMreCAAY3wgAGt8IAG3fCAB53wgAwt8IANjfCAAX4AgAHOAIAGzgCAB54AgAweAIAMngCAAW4QgAHOEIAGvhCAB04QgAwOEIAM3hCAAV4ggAIuIIAGriCAB44ggAv+IIAMziCAAU4wgAK+MIAGnjCACZ4wgASfsQAMTjCAAT5AgAy+MIAN+8DgAp5AgAaOQIAHbkCAC95AgAwOQIABLlCAAV5QgAZ+UIAHXlCAC85QgAweUIABHmCAAe5ggAZuYIAG7mCAC75ggAwuYIABDnCAAc5wgAZecIAHLnCAC65wgAyOcIAA/oCAAb6AgAZOgIAGvoCAC56AgAwegIAA7pCAAS6QgAY+kIAG7pCAC46QgAxukIAA3qCAAe6ggAYuoIAG7qCAC36ggAv+oIAJ77EAAS6wgAYesIAHXrCAC26wgAxOsIAAvsCAAY7AgAYOwIAHfsCAC17AgAvewIAArtCAAU7QgAX+0IAGTtCAC07QgAvO0IAAnuCAAY7ggAXu4IAGPuCACz7ggAwO4IAAjvCAAV7wgAXe8IAGnvCACy7wgAwe8IAAfwCAAR8AgAXPAIAGTwCACx8AgAu/AIAAbxCAAL8QgAW/EIAGPxCADz+xAAu/EIAAXyCAAR8ggAWvIIAGLyCABI/BAAtPIIAATzCAAT8wgAWfMIAHnzCACu8wgAuvMIAAP0CAAJ9AgAWPQIAGD0CACt9AgAtPQIAAL1CAAE9QgAV/UIAGP1CACs9QgAwvUIAAH2CAAG9ggAVvYIAGP2CACd/BAAtPYIAAD3CAAG9wgAVfcIAGP3CACq9wgAt/cIAP/3CAAW+AgAVPgIAFz4CACp+AgAuPgIAP74CAAD+QgAU/kIAGD5CACo+QgAtfkIAP35CAAJ+ggAUvoIAGH6CACn+ggAsfoIAPz6CAAY+wgAUfsIAFn7CADy/BAAs/sIAO9YDQC1+wgA+/sIAAX8CADNzw0AG/wIAFD8CABc/AgApfwIAKv8CAD6/AgAAv0IAGI/CQAG/QgAT/0IABT9CAB4KQkAYv0IAKT9CACz/QgA+f0IAAX+CABO/ggAT/4IAKP+CACt/ggA+P4IAAb/CABN/wgAUv8IAKL/CACv/wgAR/0QAP3/CABMAAkAUgAJAKEACQCmAAkA9gAJAPwACQBG/hAAVgEJAKABCQCuAQkA9QEJAAYCCQBKAgkAVgIJAJ8CCQCnAgkA8P4QAAADCQBJAwkAUwMJAJ4DCQCtAwkA8wMJAP4DCQBIBAkAVgQJAJ0ECQCqBAkA8gQJAAkFCQBHBQkATwUJAJwFCQCfBQkA8QUJAP0FCQBGBgkATAYJAJsGCQC2BgkA8AYJAPwGCQBFBwkASwcJAJoHCQCiBwkA7wcJAPEHCQBECAkARQgJAJkICQCnCAkA7ggJAPYICQBDCQkAXgkJAJgJCQCkCQkA7QkJAPMJCQBCCgkARQoJAJcKCQClCgkA7AoJAPEKCQBBCwkATgsJAJYLCQCyCwkA6wsJAPMLCQBF/xAATQwJANDMDQBRDAkAlQwJAFMMCQAhJg4AoQwJAOoMCQD3DAkAPw0JAEQNCQCUDQkAng0JAOkNCQD5DQkAPg4JAEMOCQCTDgkAnA4JAOgOCQD1DgkAPQ8JAEQPCQCSDwkAng8JAOcPCQDtDwkAPBAJAEIQCQCREAkAlhAJAOYQCQDsEAkAmv8QAEcRCQCQEQkAlhEJAOURCQDrEQkAOhIJAEcSCQCPEgkAlBIJAOQSCQDsEgkAORMJAG8TCQCOEwkAuRMJAOMTCQDrEwkAOBQJAEUUCQCNFAkAkhQJAOIUCQDqFAkANxUJADoVCQCMFQkAlRUJAOEVCQDwFQkANhYJAEEWCQCLFgkAkxYJAOAWCQDwFgkANRcJAEMXCQCKFwkAmxcJAN8XCQDrFwkANBgJADwYCQCZABEAjxgJAN4YCQDmGAkAMxkJADoZCQCIGQkAlhkJAN0ZCQDjGQkAMhoJAD4aCQCHGgkAlhoJANwaCQDmGgkAMRsJADYbCQCGGwkAjBsJANsbCQDvGwkA7gARADocCQAHmgkAPRwJAIUcCQA/HAkAmF4JAIocCQDaHAkA5hwJAC8dCQA8HQkAhB0JAI4dCQBDAREA9B0JAC4eCQAwHgkAgx4JAIkeCQDYHgkAEB8JAC0fCQAzHwkAgh8JAIsfCQDXHwkA5B8JACwgCQBkIAkAgSAJAIggCQDWIAkA2yAJACshCQA6IQkAgCEJAKAhCQDVIQkA4SEJACoiCQAwIgkAfyIJAJkiCQDUIgkA1yIJACkjCQAuIwkAfiMJAI0jCQDTIwkA8yMJAO0BEQBIJAkAfSQJAIkkCQDSJAkA3CQJACclCQAzJQkAc9gJADQlCQB8JQkAgSUJANElCQDbJQkAJiYJADYmCQB7JgkAgCYJANAmCQDZJgkAJScJADInCQB6JwkAgScJAM8nCQDbJwkAJCgJACooCQB5KAkAfygJAM4oCQDTKAkAIykJACkpCQBCAhEAeykJAM0pCQDSKQkAIioJADEqCQB3KgkAlyoJAOwCEQDaKgkAISsJAC4rCQB2KwkAfSsJAMsrCQDTKwkAICwJACIsCQB1LAkAJywJAKzyCwA3LAkA6LYLAHssCQBt3AsAfSwJAMosCQDOLAkAwjQJAOAsCQDSdwsA5SwJAB8tCQAhLQkAdC0JAIUtCQDJLQkA1y0JAB4uCQAlLgkAcy4JAHsuCQDILgkAzy4JAB0vCQAiLwkAci8JAIEvCQDHLwkA5y8JABwwCQAoMAkAcTAJAHcwCQDGMAkAzjAJABsxCQAnMQkAcDEJAH0xCQDFMQkA4DEJABoyCQAoMgkAbzIJAHUyCQDEMgkAyTIJABkzCQAmMwkAbjMJAIQzCQDDMwkAzzMJABg0CQAlNAkAbTQJAHc0CQBBAxEAxzQJABc1CQAdNQkAbDUJAIw1CQDBNQkAzzUJABY2CQAjNgkAazYJAII2CQDANgkAyDYJABU3CQAkNwkAajcJAG83CQC/NwkAzDcJABQ4CQAeOAkAaTgJAGs4CQC+OAkAzDgJABM5CQAgOQkAaDkJAHQ5CQC9OQkAwzkJABI6CQAaOgkAZzoJAG06CQC8OgkAxToJABE7CQAeOwkAZjsJAHA7CQC7OwkAyTsJABA8CQAmPAkAZTwJAHE8CQC6PAkAwjwJAJYDEQAZPQkAZD0JAGo9CQC5PQkAuz0JAA4+CQAYPgkAYz4JAG8+CQC4PgkAzz4JAA0/CQAhPwkA6wMRAHA/CQC3PwkAuj8JAAxACQAUQAkAYUAJAG1ACQC2QAkAxEAJAAtBCQAVQQkAYEEJAGtBCQC1QQkAwUEJAApCCQAQQgkAX0IJAGdCCQC0QgkAwUIJAAlDCQAOQwkAXkMJAGhDCQCzQwkAu0MJAAhECQAORAkAXUQJAGZECQCyRAkAv0QJAAdFCQAURQkAXEUJAGpFCQCxRQkAvkUJAAZGCQAdRgkAW0YJAGNGCQCwRgkAtUYJAAVHCQALRwkAWkcJAGJHCQCvRwkAxUcJAARICQASSAkAWUgJAFxICQCuSAkAvUgJAANJCQAISQkAWEkJAGVJCQCtSQkAvUkJAAJKCQAQSgkAV0oJAG5KCQCsSgkAtUoJAAFLCQAHSwkAVksJAGJLCQCrSwkAsksJAEAEEQAMTAkAVUwJAFdMCQCqTAkAtEwJAP9MCQALTQkAVE0JAFxNCQCVBBEArk0JAP5NCQANTgkAU04JAHNOCQCoTgkAtE4JAP1OCQADTwkAUk8JAFpPCQCnTwkAqE8JAPxPCQACUAkAUVAJAFZQCQCmUAkAwVAJAPtQCQAJUQkAUFEJAFdRCQClUQkAsVEJAPpRCQAAUgkA6gQRAFRSCQCkUgkArlIJAPlSCQAKUwkATlMJAFpTCQCjUwkAplMJAPhTCQD7UwkATVQJAFVUCQCiVAkAqVQJAPdUCQD8VAkATFUJAFtVCQChVQkAwVUJAPZVCQACVgkAS1YJAFFWCQCgVgkAqFYJAPVWCQACVwkASlcJAE9XCQCfVwkAqVcJAPRXCQD8VwkASVgJAFlYCQCeWAkAo1gJAPNYCQD8WAkASFkJAFVZCQCdWQkApFkJAD8FEQD3WQkAR1oJAFZaCQCcWgkAvFoJAPFaCQD9WgkARlsJAExbCQCbWwkAo1sJAPBbCQD8WwkARVwJAFJcCQCaXAkAoVwJAO9cCQDwXAkARF0JAEldCQCZXQkAp10JAO5dCQD7XQkAQ14JAE1eCQCUBREAnV4JAO1eCQD6XgkAQl8JAE9fCQCXXwkAnV8JAOxfCQD4XwkAQWAJAFFgCQCWYAkAn2AJAOtgCQDuYAkAQGEJAExhCQCVYQkAnGEJAOkFEQDsYQkAP2IJAPFhCQCTtQwA+mEJAJoDDQBQYgkAlGIJAJxiCQDpYgkA82IJAD5jCQBNYwkAk2MJAJRjCQDoYwkA8GMJAJMGEQBFZAkA6AYRALBkCQDnZAkAtWQJAIQVEQC8ZAkAcYUJAO9kCQA8ZQkAS2UJAJFlCQCWZQkA5mUJAPNlCQA7ZgkASGYJAJBmCQCcZgkA5WYJAPRmCQA6ZwkARGcJAI9nCQCyZwkA5GcJABpoCQA5aAkAXWgJAI5oCQCWaAkAPAgRAOhoCQA4aQkAPmkJAI1pCQCVaQkAkQgRAPBpCQA3agkAUmoJAIxqCQCYagkA4WoJAPJqCQA2awkASmsJAItrCQCTawkA4GsJAOZrCQA1bAkAQWwJAIpsCQCabAkA32wJAOhsCQA0bQkAN20JAIltCQCVbQkA3m0JAOVtCQDmCBEAQW4JAIhuCQCSbgkAOwkRAOJuCQAybwkAP28JAIdvCQCUbwkA3G8JAOhvCQAxcAkAQHAJAIZwCQCQcAkA23AJAOlwCQAwcQkANXEJAIVxCQCScQkA2nEJAOJxCQCQCREAO3IJAIRyCQCUcgkA2XIJAOJyCQAucwkAMXMJAINzCQCPcwkA2HMJAN9zCQDlCREAPHQJAIJ0CQCHdAkA13QJAOR0CQAsdQkAOXUJAIF1CQCHdQkA1nUJAOJ1CQArdgkAO3YJAIB2CQCJdgkA1XYJANh2CQAqdwkANncJAH93CQCGdwkAOgoRANl3CQApeAkANngJAH54CQCceAkA03gJAN94CQAoeQkAO3kJAH15CQCLeQkA0nkJANV5CQAnegkAMXoJAHx6CQCKegkA0XoJAN56CQAmewkAPXsJAHt7CQCDewkA0HsJANd7CQAlfAkAKnwJAHp8CQCQfAkAz3wJANF8CQAkfQkAMn0JAHl9CQCGfQkAjwoRANZ9CQDkChEAKH4JAHh+CQCFfgkAzX4JANp+CQAifwkALn8JAHd/CQCGfwkAzH8JANZ/CQAhgAkAL4AJAHaACQB7gAkAy4AJANiACQAggQkAKIEJADkLEQCBgQkAyoEJANqBCQAfggkAKIIJAHSCCQB3ggkAyYIJANWCCQAegwkAJYMJAI4LEQB/gwkAyIMJANiDCQAdhAkA3oMJAPGrDQAmhAkAcoQJAHWECQDHhAkA04QJAByFCQAjhQkA4wsRAHqFCQDDiAkAe4UJAMaFCQDVhQkAG4YJANeFCQBvhwkAHIYJAHCGCQCMhgkAxYYJAP2GCQAahwkAUocJADgMEQByhwkAxIcJAOCHCQAZiAkAUYgJAG6ICQCmiAkAjQwRANCICQAYiQkAJokJAG2JCQCAiQkAwokJAN6JCQAXigkAT4oJAGyKCQCkigkA4gwRANKKCQAWiwkAIosJAGuLCQBziwkANw0RAMWLCQAVjAkAHYwJAGqMCQB5jAkAv4wJAMSMCQAUjQkAIY0JAGmNCQB2jQkAvo0JAMqNCQATjgkAIo4JAGiOCQByjgkAvY4JAMWOCQASjwkAHI8JAGePCQBsjwkAvI8JAMSPCQCMDREAIJAJAGaQCQAikAkAupEJAGeQCQC7kAkA15AJABCRCQBIkQkAZZEJAJ2RCQDhDREAvZEJAA+SCQArkgkAZJIJAJySCQC5kgkA8ZIJADYOEQARkwkAY5MJAHSTCQC4kwkA1JMJAA2UCQBFlAkAYpQJAJqUCQCLDhEAxJQJAAyVCQAYlQkAYZUJAHCVCQC2lQkAwJUJAAuWCQATlgkA6woKABmWCQBglgkAZZYJALWWCQDClgkACpcJABKXCQBflwkAZZcJALSXCQBvlwkA+fwJAMCXCQAJmAkAGZgJAF6YCQBnmAkAs5gJALaYCQAImQkAFJkJAF2ZCQBkmQkA4A4RANWZCQA1DxEAFZoJAFyaCQBymgkAsZoJAL2aCQAGmwkADZsJAFubCQBgmwkAsJsJALmbCQAFnAkAD5wJAIoPEQBfnAkAzHwMAGScCQCvnAkAZpwJAIkVDAC5nAkABJ0JAAWdCQBZnQkAaJ0JAK6dCQCznQkAA54JABCeCQBYngkAZZ4JAK2eCQC5ngkAAp8JABGfCQBXnwkAYZ8JAKyfCQC6nwkAAaAJAAagCQBWoAkAY6AJAKugCQCsoAkAAKEJAAWhCQBVoQkAWqEJAKqhCQC7oQkA/6EJACKiCQBUogkAX6IJAKmiCQCuogkA/qIJAAGjCQBTowkAXaMJAKijCQDQowkA/aMJABykCQA0EBEAXqQJAKekCQCppAkA/KQJAAulCQBRpQkAXKUJAKalCQCupQkA+6UJAAKmCQBQpgkAUqYJAKWmCQCvpgkA+qYJAPymCQBPpwkAaKcJAKSnCQCmpwkA+acJAPynCQBOqAkAWqgJAKOoCQCrqAkAiRARAASpCQBNqQkAU6kJAKKpCQC9qQkA96kJAAOqCQBMqgkAUqoJAKGqCQCpqgkA9qoJAPiqCQBLqwkAVasJAKCrCQCoqwkA3hARAAasCQBKrAkAUawJAJ+sCQCnrAkA9KwJAAGtCQBJrQkATq0JAJ6tCQCorQkA860JAPutCQBIrgkAV64JAJ2uCQCirgkA8q4JAP+uCQBHrwkAVK8JAJyvCQCorwkA8a8JAACwCQBGsAkAULAJAJuwCQCjsAkA8LAJAPqwCQBFsQkASrEJAJqxCQCisQkAMxERAPuxCQBEsgkAVLIJAJmyCQCisgkA7rIJAPGyCQBDswkAT7MJAJizCQCfswkAiBERAPOzCQBCtAkASLQJAJe0CQCctAkA7LQJAPK0CQDdEREAR7UJAJa1CQCctQkA67UJAPC1CQA2Zg4A+LUJAEC2CQBFtgkAlbYJAJ22CQDqtgkAE7cJAD+3CQAetwkAjb4JAGi3CQCUtwkAvbcJAOm3CQAUuAkAPrgJAEa4CQCTuAkAorgJAOi4CQDtuAkAPbkJAEq5CQCSuQkAn7kJAOe5CQDzuQkAPLoJAEu6CQCRugkAm7oJAOa6CQD0ugkAO7sJAEC7CQCQuwkAnbsJAOW7CQDtuwkAOrwJAEC8CQCPvAkAm7wJAOS8CQD0vAkAOb0JAEK9CQCOvQkAkb0JAOO9CQDvvQkAOL4JAD++CQAyEhEAtr4JAOK+CQANvwkAN78JAD+/CQCMvwkAm78JAOG/CQDmvwkANsAJAEPACQCLwAkAmMAJAODACQDswAkANcEJAETBCQCKwQkAlMEJAN/BCQDtwQkANMIJADnCCQCJwgkAlsIJAN7CCQDmwgkAM8MJADnDCQCIwwkAlMMJAN3DCQDtwwkAMsQJADvECQCHxAkAisQJANzECQDoxAkAMcUJADjFCQCHEhEAiMUJANF1DgCUxQkA28UJAOjFCQAwxgkAPMYJAIXGCQCLxgkA2sYJAODGCQAvxwkANMcJAITHCQCKxwkA3BIRAP/HCQAuyAkAVMgJAIPICQC3yAkA2MgJAAHJCQAtyQkAWMkJAIYTEQCOyQkA18kJAJDJCQCl+goA4ckJACzKCQBGygkAgcoJAITKCQDhFAoAkMoJANbKCQDbygkAK8sJADjLCQCAywkAjcsJANXLCQDhywkAKswJADnMCQB/zAkAicwJANTMCQDgzAkAKc0JADzNCQB+zQkAjc0JANPNCQDfzQkAKM4JACnOCQB9zgkAh84JANLOCQDgzgkAJ88JACzPCQB8zwkAic8JANsTEQDWzwkAJtAJADPQCQB70AkAiNAJANDQCQDc0AkAJdEJADTRCQB60QkAhNEJAM/RCQDd0QkAJNIJACnSCQB50gkAhtIJAM7SCQDW0gkA2hQRAC/TCQB40wkAiNMJAM3TCQDW0wkAItQJACXUCQB31AkAg9QJAMzUCQDT1AkALxURACTVCQB21QkAftUJAMvVCQDX1QkAINYJACbWCQB11gkAe9YJAMrWCQDP1gkAH9cJACXXCQDZFREAndcJAMnXCQDy1wkAHtgJAELYCQCDFhEAedgJADgSCwCG2AkAyNgJANfYCQAd2QkAKdkJAHLZCQBz2QkAx9kJANHZCQAc2gkAKtoJAHHaCQB22gkAxtoJANPaCQDYFhEAPtsJAC0XEQCZ2wkAxdsJAO7bCQAa3AkAPtwJAIIXEQB93AkAxNwJAMncCQAZ3QkAJt0JAG7dCQB23QkAw90JAMndCQAY3gkAJN4JAG3eCQB93gkAwt4JAMveCQAX3wkAGt8JAGzfCQCn3wkAwd8JAM3fCQDXFxEAHOAJAGvgCQCE4AkAwOAJAM7gCQAV4QkAIuEJAGrhCQBx4QkAv+EJAMjhCQAU4gkAIeIJAGniCQCA4gkAvuIJAMHiCQAT4wkAFeMJAGjjCQBx4wkAveMJAM3jCQAS5AkAK+QJAGfkCQBp5AkAvOQJAMXkCQAR5QkAGeUJAGblCQBo5QkAu+UJANTlCQAQ5gkAJ+YJAGXmCQBx5gkAuuYJAMvmCQAP5wkAG+cJAGTnCQBv5wkAuecJAMbnCQAO6AkAGOgJACwYEQB26AkAuOgJAMboCQAN6QkA9egJAFrxCQBJ6QkAYukJAG/pCQC36QkAv+kJAAzqCQAS6gkAYeoJAG3qCQC26gkAweoJAAvrCQAU6wkAYOsJAGPrCQC16wkAt+sJAArsCQAR7AkAX+wJAGHsCQCBGBEAt+wJAAntCQAX7QkAXu0JAGPtCQCz7QkAwO0JAAjuCQAU7gkAXe4JAGXuCQDWGBEAwO4JAAfvCQAX7wkAXO8JAGrvCQCx7wkAuu8JAAbwCQAQ8AkAW/AJAF3wCQCw8AkAuvAJAAXxCQAH8QkAKxkRAF/xCQCv8QkAt/EJAATyCQAK8gkAWfIJAGXyCQCu8gkAvfIJAAPzCQAM8wkAWPMJAFvzCQCt8wkAr/MJAAL0CQAJ9AkAV/QJAFn0CQCAGREAsfQJAAH1CQAd9QkAVvUJAHL1CQDVGREAuPUJABowCwC69QkAAPYJAAX2CQBV9gkAYvYJAKr2CQC39gkA//YJAAX3CQBU9wkAYPcJAKn3CQC59wkA/vcJAAf4CQBT+AkAVvgJAKj4CQC0+AkA/fgJAAT5CQAqGhEAYfkJAKf5CQCs+QkA/PkJAAn6CQBR+gkAXvoJAKb6CQCs+gkA+/oJAAf7CQBQ+wkAYPsJAKX7CQCu+wkA+vsJAP37CQBP/AkAW/wJAKT8CQCr/AkAfxoRAPv8CQBO/QkAXP0JAKP9CQC0/QkA1BoRAP/9CQApGxEAVf4JAH4bEQCn/gkA9/4JAAT/CQBM/wkAWf8JAKH/CQCt/wkA9v8JAAUACgBLAAoAVQAKAKAACgCuAAoA9QAKAPoACgBKAQoAVwEKAJ8BCgCnAQoA0xsRAAACCgBJAgoAWQIKAJ4CCgCnAgoA8wIKAPYCCgBIAwoAVAMKAJ0DCgCkAwoAKBwRAPQDCgBHBAoAVQQKAJwECgCtBAoAfRwRAPgECgDSHBEATgUKACcdEQCgBQoA8AUKAP0FCgBFBgoAUgYKAJoGCgCmBgoA7wYKAP4GCgBEBwoATgcKAJkHCgCnBwoA7gcKAPMHCgBDCAoAUAgKAJgICgCgCAoAfB0RAPkICgBCCQoAUgkKAJcJCgCgCQoA7AkKAO8JCgBBCgoATQoKAJYKCgCdCgoA0R0RAPUKCgBACwoATgsKAJULCgCrCwoA6gsKAPYLCgA/DAoARgwKAJQMCgCcDAoA6QwKAO4MCgA+DQoARw0KAJMNCgCdDQoAJh4RAP4NCgA9DgoASQ4KAJIOCgCZDgoA5w4KAO8OCgA8DwoAQQ8KAJEPCgCaDwoA5g8KAPAPCgB7HhEAQBAKAMeBDABHEAoA7V0KAEoQCgCQEAoAZRAKAA/fEQCVEAoA5RAKAPIQCgA6EQoARxEKAI8RCgCbEQoA5BEKAPMRCgA5EgoAQxIKAI4SCgCcEgoA4xIKAPASCgA4EwoATxMKAI0TCgCVEwoA4hMKAOwTCgA3FAoAPBQKAIwUCgCUFAoA0B4RAOYUCgA2FQoARRUKAIsVCgCrFQoA4BUKAOwVCgA1FgoAPxYKAIoWCgCUFgoA3xYKAO0WCgA0FwoAShcKAIkXCgCVFwoA3hcKAOMXCgAzGAoAPBgKAIgYCgCSGAoA3RgKAOkYCgAyGQoARRkKAIcZCgCWGQoA3BkKAOgZCgAxGgoAMhoKAIYaCgCQGgoA2xoKAOkaCgAwGwoANRsKAIUbCgCSGwoAeh8RAOgbCgAvHAoARRwKAIQcCgCQHAoA2RwKAOAcCgAuHQoANh0KAIMdCgCIHQoA2B0KAOEdCgAtHgoANx4KAHkgEQCHHgoA1x4KAN8eCgAsHwoALx8KAIEfCgCKHwoA1h8KAOUfCgArIAoANiAKAIAgCgCIIAoA1SAKAOUgCgAqIQoAOCEKAH8hCgCQIQoA1CEKAOAhCgApIgoAMSIKAM4gEQCEIgoA0yIKANsiCgAoIwoALyMKAH0jCgCLIwoA0iMKANgjCgAnJAoAMyQKAHwkCgCLJAoA0SQKANskCgAmJQoAKyUKAHslCgCBJQoA0CUKAOQlCgAjIREANiYKAHomCgCGJgoAzyYKANUmCgAkJwoAKicKAHknCgB+JwoAzicKANQnCgB4IREAKCgKAHgoCgCJKAoAzSgKANUoCgAiKQoA2SgKAFtFCgDbKAoAn/wOACwpCgB3KQoAhSkKAMwpCgDiKQoAISoKAC0qCgB2KgoAfSoKAMsqCgDTKgoAICsKACUrCgB1KwoAfisKAMorCgDUKwoAHywKACcsCgB0LAoAeCwKAMksCgDULAoAHi0KACwtCgBzLQoAhC0KAMgtCgDULQoAHS4KACUuCgDNIREAdC4KAMcuCgDVLgoAHC8KACYvCgBxLwoAfy8KAMYvCgDTLwoAGzAKADIwCgBwMAoAeDAKAMUwCgDVMAoAGjEKAB8xCgBvMQoAdTEKAMQxCgDMMQoAGTIKABsyCgBuMgoAezIKAMMyCgDLMgoAGDMKAB0zCgBtMwoAbjMKAMIzCgDOMwoAFzQKACQ0CgBsNAoAdDQKAME0CgDQNAoAFjUKABs1CgBrNQoAeDUKAMA1CgDNNQoAFTYKACE2CgBqNgoAeTYKAL82CgDJNgoAFDcKACI3CgBpNwoAbjcKAL43CgDLNwoAIiIRABY4CgBoOAoAcDgKAL04CgDKOAoAEjkKABc5CgBnOQoAcTkKALw5CgDEOQoAEToKABM6CgBmOgoAgToKALs6CgC9OgoAEDsKAB47CgBlOwoAdjsKALo7CgC8OwoADzwKACg8CgBkPAoAdTwKALk8CgDFPAoAdyIRABY9CgBjPQoAaT0KALg9CgDEPQoADT4KACo+CgBiPgoAaz4KALc+CgDDPgoADD8KAA8/CgBhPwoAaz8KALY/CgC+PwoAC0AKABVACgBgQAoAbkAKALVACgDLQAoACkEKABZBCgBfQQoAZkEKALRBCgC8QQoACUIKAA5CCgBeQgoAZ0IKALNCCgC9QgoACEMKABBDCgBdQwoAX0MKALJDCgDCQwoAB0QKABFECgBcRAoAaEQKALFECgC3RAoABkUKAA5FCgDMIhEAYUUKALBFCgC2RQoABUYKAApGCgBaRgoAYEYKACEjEQC9RgoABEcKABpHCgBZRwoAZUcKAK5HCgCzRwoAA0gKAAxICgBYSAoAYkgKAK1ICgDQSAoAAkkKAAZJCgBXSQoAEUkKAKtKCgBZSQoArEkKALpJCgABSgoAC0oKAFZKCgB6SgoAICQRALFKCgAASwoADEsKAFVLCgBXSwoAqksKALRLCgD/SwoAC0wKAFRMCgB4TAoAdSQRAK1MCgD+TAoAuEwKAFJOCgAATQoAU00KAGFNCgCoTQoAsk0KAP1NCgAhTgoAyiQRAFhOCgCnTgoAs04KAPxOCgD+TgoAUU8KAFtPCgCmTwoAsk8KAPtPCgAfUAoAHyURAG1QCgClUAoArlAKAPpQCgAIUQoAT1EKAFVRCgCkUQoAsFEKAPlRCgABUgoAdCURAFVSCgCjUgoAvFIKAPhSCgAHUwoATVMKAFVTCgCiUwoAsVMKAPdTCgD8UwoATFQKAFlUCgChVAoArlQKAPZUCgACVQoAS1UKAFpVCgCgVQoAqlUKAPVVCgADVgoASlYKAE9WCgCfVgoArFYKAMklEQD1VgoAdtQKAA1XCgBJVwoAU1cKAJ5XCgCgVwoA81cKAAFYCgBIWAoAVVgKAJ1YCgClWAoA8lgKAB5ZCgBHWQoATlkKAJxZCgC1WQoA8VkKAABaCgBGWgoATloKAJtaCgCqWgoA8FoKAPVaCgBFWwoAUlsKAJpbCgCnWwoA71sKAPtbCgBEXAoAU1wKAJlcCgCjXAoA7lwKAPxcCgBDXQoASF0KAJhdCgClXQoAHiYRAABeCgBCXgoAUV4KAJdeCgCjXgoA7F4KAPheCgBBXwoASF8KAJZfCgCiXwoA618KAPJfCgBAYAoASGAKAJVgCgCZYAoA6mAKAPVgCgA/YQoAS2EKAJRhCgChYQoA6WEKAPFhCgA+YgoASGIKAJNiCgCZYgoA6GIKAPxiCgA9YwoAS2MKAJJjCgCfYwoA52MKAP5jCgA8ZAoARGQKAJFkCgCbZAoA5mQKAOtkCgA7ZQoAQ2UKAJBlCgCfZQoA5WUKAOplCgA6ZgoAR2YKAI9mCgCcZgoA5GYKAPBmCgA5ZwoASGcKAI5nCgCYZwoAcyYRAOtnCgA4aAoAR2gKAI1oCgCSaAoA4mgKAOtoCgA3aQoASGkKAIxpCgCTaQoA4WkKAOlpCgA2agoAQ2oKAItqCgCQagoA4GoKAOpqCgA1awoAPWsKAIprCgCjawoA32sKAOtrCgA0bAoAPGwKAMgmEQCYbAoA3mwKAPtsCgAzbQoAPG0KAIhtCgCWbQoA3W0KAONtCgAybgoAPm4KAIduCgCObgoA3G4KAORuCgAxbwoAQW8KAIZvCgCMbwoA228KAOBvCgAwcAoARnAKAIVwCgCNcAoA2nAKAORwCgAvcQoAOnEKAIRxCgCQcQoA2XEKAOFxCgAdJxEAO3IKAINyCgCKcgoA2HIKAORyCgAtcwoAM3MKAIJzCgCTcwoA13MKAOtzCgAsdAoAOnQKAIF0CgCOdAoA1nQKAO10CgArdQoAM3UKAIB1CgCHdQoA1XUKANd1CgAqdgoANHYKAH92CgCBdgoA1HYKAO12CgApdwoAK3cKAH53CgCBdwoA03cKAN93CgAoeAoAVngKAHInEQCMeAoA0ngKAO94CgAneQoAMHkKAHx5CgCKeQoA0XkKANd5CgAmegoAMnoKAHt6CgCDegoAxycRANh6CgAlewoAK3sKAHp7CgCGewoAz3sKANJ7CgAkfAoAKXwKAHl8CgCCfAoAznwKANR8CgAjfQoAMn0KAHh9CgCEfQoAzX0KANV9CgAcKBEAKH4KAHd+CgB8fgoAzH4KAOJ+CgAhfwoAKX8KAHZ/CgCEfwoAy38KANV/CgAggAoAI4AKAHWACgB9gAoAyoAKAMuACgAfgQoAJYEKAHSBCgCCgQoAyYEKAN+BCgAeggoAIIIKAHOCCgB5ggoAyIIKANyCCgAdgwoAJYMKAHKDCgCCgwoAx4MKAMmDCgAchAoAK4QKAHGECgB7hAoAxoQKAMuECgAbhQoAIYUKAHCFCgCEhQoAxYUKAM2FCgAahgoAH4YKAG+GCgB1hgoAxIYKAMyGCgAZhwoAHIcKAG6HCgBzhwoAw4cKAMyHCgAYiAoAHogKAG2ICgB8iAoAwogKAM6ICgBxKBEAI4kKAGyJCgB/iQoAwYkKAN2JCgAWigoAHooKAMYoEQB5igoAwIoKANaKCgAViwoAIYsKAGqLCgBviwoAv4sKAMiLCgAUjAoAHowKAGmMCgBxjAoAvowKAMCMCgATjQoAIo0KAGiNCgCFjQoAvY0KAMaNCgASjgoAII4KAGeOCgBtjgoAvI4KAMqOCgARjwoAHo8KAGaPCgB9jwoAu48KAMOPCgAQkAoAEpAKAGWQCgBtkAoAupAKAMmQCgAPkQoAFJEKAGSRCgBxkQoAuZEKAMaRCgAOkgoAGpIKAGOSCgBykgoAuJIKAMKSCgANkwoAG5MKAGKTCgBnkwoAt5MKAMSTCgAbKREAFpQKAGGUCgBjlAoAtpQKAL2UCgALlQoAEpUKAGCVCgBmlQoAtZUKAMOVCgAKlgoAF5YKAF+WCgBvlgoAtJYKALmWCgAJlwoAEZcKAF6XCgAllwoA7gYLAGqXCgCzlwoAtZcKALCaCgDAlwoACJgKAA2YCgBdmAoAZ5gKALKYCgDCmAoAB5kKAAyZCgBcmQoAZZkKALGZCgC+mQoABpoKAA2aCgBbmgoAY5oKAHApEQC+mgoABZsKAB2bCgBamwoAXJsKAK+bCgDGmwoABJwKAAacCgBZnAoAZ5wKAK6cCgC7nAoAA50KAAudCgDFKREAXp0KAK2dCgCvnQoAAp4KAA+eCgBXngoAWp4KAKyeCgC9ngoAAZ8KAAOfCgBWnwoAYJ8KAKufCgC3nwoAAKAKAAigCgAaKhEAWqAKAKqgCgCtoAoA/6AKAAmhCgBUoQoAXKEKAKmhCgC2oQoA/qEKAACiCgBTogoAaaIKAKiiCgC0ogoA/aIKAAWjCgBvKhEAVaMKAKejCgCwowoA/KMKAAqkCgB8zgoAC6QKAFGkCgBcpAoApqQKAK6kCgD7pAoABqUKAFClCgBVpQoApaUKAKilCgD6pQoABKYKABkrEQBVpgoApKYKAFmmCgDaFw4Av6YKAPmmCgAFpwoATqcKAFSnCgCjpwoAq6cKAPinCgAOqAoATagKAFuoCgCiqAoApagKAPeoCgAQqQoATKkKAFipCgChqQoArKkKAPapCgD4qQoAS6oKAGaqCgCgqgoArqoKAPWqCgACqwoASqsKAGGrCgBuKxEAoasKAC0aDgC1qwoA9KsKAPWrCgBJrAoATqwKAJ6sCgCkrAoA86wKAPWsCgBIrQoATq0KAJ2tCgCxrQoA8q0KAPqtCgBHrgoAV64KAJyuCgCergoA8a4KAP+uCgBGrwoAV68KAMMrEQChrwoA8K8KAPyvCgAYLBEAR7AKAJqwCgCrsAoA77AKAPewCgBEsQoATbEKAJmxCgCgsQoA7rEKAO+xCgBtLBEAT7IKAJiyCgCasgoA7bIKAPSyCgBCswoASrMKAJezCgCgswoA7LMKAPOzCgBBtAoAQrQKAMIsEQCbtAoA67QKAPO0CgBAtQoASrUKAJW1CgCjtQoA6rUKAAC2CgA/tgoAS7YKAJS2CgCZtgoA6bYKAPK2CgA+twoASLcKABctEQCUtwoA6LcKAPC3CgAjJgwAALgKAD24CgBKuAoAkrgKAJ64CgDnuAoA8bgKADy5CgBAuQoAkbkKAJa5CgDmuQoA7LkKADu6CgBbugoAkLoKAKi6CgDlugoA/LoKADq7CgBGuwoAj7sKAJm7CgDkuwoA5rsKADm8CgBAvAoAjrwKAJW8CgDjvAoA6bwKADi9CgBEvQoAjb0KAJC9CgDivQoA5b0KADe+CgBDvgoAjL4KAI++CgDhvgoA/b4KADa/CgA+vwoAbC0RAJe/CgDgvwoA6r8KADXACgA3wAoAisAKAJHACgDfwAoA5sAKADTBCgA6wQoAicEKAJfBCgDewQoA68EKADPCCgBDwgoAiMIKAI3CCgDdwgoA5cIKADLDCgBCwwoAh8MKAIzDCgDcwwoA4sMKADHECgA5xAoAwS0RAIzECgDbxAoA48QKADDFCgAzxQoAhcUKAJHFCgDaxQoA4MUKAC/GCgBKxgoAhMYKAJLGCgDZxgoA6MYKAC7HCgA6xwoAg8cKAIvHCgBrLhEA3ccKAC3ICgA3yAoAgsgKAIrICgDXyAoA98gKACzJCgA5yQoAgckKAIbJCgDWyQoA2skKACvKCgA4ygoAwC4RAIXKCgDVygoA2MoKACrLCgA0ywoAf8sKAIvLCgDUywoA58sKACnMCgA4zAoAfswKAIrMCgDTzAoA1MwKACjNCgAyzQoAfc0KAIvNCgDSzQoA180KACfOCgA0zgoAFS8RAIbOCgDRzgoA084KACbPCgA/zwoAe88KAIzPCgDQzwoA3M8KACXQCgAt0AoAFDARAIHQCgDP0AoA1tAKACTRCgAq0QoAedEKAIXRCgDO0QoA0dEKACPSCgAm0goAeNIKAIDSCgDN0goA3dIKACLTCgAn0woAd9MKAIDTCgDM0woA2dMKACHUCgAo1AoAaTARAILUCgDL1AoA2NQKACDVCgAo1QoAddUKAH/VCgDK1QoA2dUKAB/WCgAg1goAdNYKAHzWCgDJ1goA2NYKAB7XCgAj1woAc9cKAIDXCgDI1woA1dcKAB3YCgAp2AoActgKAIHYCgDH2AoA0dgKABzZCgAq2QoAcdkKAHbZCgDG2QoA09kKABvaCgAj2goAcNoKAHraCgDF2goAytoKABrbCgAi2woAvjARAH3bCgDE2woA0NsKABncCgAf3AoAbtwKAHTcCgDD3AoAyNwKABjdCgAe3QoAEzERAHndCgDC3QoAyN0KABfeCgAd3goAbN4KAHneCgDB3goAxt4KABbfCgAe3woAa98KAInfCgASMhEAwt8KADVoDQDD3woAbIcMAMbfCgDZGgwA1t8KABXgCgAW4AoAauAKAG/gCgC/4AoAxeAKABThCgAW4QoAaeEKAG/hCgC+4QoA0uEKABPiCgAb4goAaOIKAHjiCgC94goAv+IKABLjCgAg4woAZ+MKAHjjCgBnMhEAwuMKABHkCgAd5AoAvDIRAHPkCgC75AoAw+QKABDlCgAd5QoAZeUKAGflCgC65QoA0OUKAA/mCgAb5goAZOYKAGzmCgBmMxEAxeYKAA7nCgAR5woAY+cKAGjnCgC45woAyecKAA3oCgAW6AoAYugKAGzoCgC36AoAxegKAAzpCgAR6QoAYekKAG7pCgC7MxEAwukKAAvqCgAY6goAYOoKAGLqCgC16goAy+oKAArrCgAW6woAX+sKAGfrCgAQNBEAuesKAAnsCgAP7AoAXuwKAGbsCgCz7AoAtuwKAAjtCgAU7QoAXe0KAGPtCgCy7QoAze0KAAfuCgAU7goAXO4KAF7uCgCx7goAx+4KAAbvCgAS7woAW+8KAGPvCgBlNBEAtu8KAAXwCgAK8AoAWvAKAHXwCgCv8AoAvfAKAATxCgAL8QoAWfEKAGXxCgCu8QoAtfEKALo0EQAO8goAWPIKAGDyCgCt8goAuPIKAALzCgAH8woAV/MKAFrzCgCs8woAtvMKAAH0CgAJ9AoAVvQKAGT0CgCr9AoArvQKAAD1CgAI9QoAVfUKAHX1CgCq9QoAt/UKAP/1CgAE9goAVPYKAFj2CgCp9goAtvYKAA81EQAe9woAU/cKAFz3CgCo9woAqfcKAP33CgAF+AoAUvgKAGL4CgCn+AoAqfgKAPz4CgAK+QoAUfkKAGL5CgBkNREArPkKAPv5CgAH+goAuTURAFf6CgAONhEAqvoKAPr6CgAU+woAT/sKAF77CgCk+woAr/sKAPn7CgD7+woATvwKAFv8CgCj/AoAsPwKAPj8CgAE/QoATf0KAF79CgCi/QoApf0KAPf9CgAR/goATP4KAFX+CgCh/goArv4KAPb+CgD8/goAS/8KAFf/CgCg/woAo/8KAPX/CgD6/woASgALAFsACwCfAAsAugALAPQACwAAAQsASQELAFABCwCeAQsAoAELAPMBCwD6AQsASAILAE8CCwCdAgsAowILAPICCwD+AgsARwMLAEoDCwCcAwsAnwMLAPEDCwD9AwsARgQLAFkECwCbBAsAqgQLAPAECwD8BAsARQULAEYFCwCaBQsApAULAO8FCwD9BQsARAYLAEkGCwCZBgsApgYLAGM2EQD2BgsAuDYRAEUHCwCYBwsArgcLAO0HCwD5BwsAQggLAEoICwANNxEAnQgLAOwICwD0CAsAQQkLAEQJCwCWCQsAogkLAOsJCwDxCQsAQAoLAFsKCwCVCgsAowoLAOoKCwD5CgsAPwsLAEsLCwCUCwsAnAsLAGI3EQDuCwsAPgwLAEgMCwCTDAsAmwwLAOgMCwAIDQsAPQ0LAEoNCwCSDQsAlw0LAOcNCwDrDQsAPA4LAEkOCwC3NxEAtA4LAAw4EQDrDgsAOw8LAEoPCwCQDwsAsA8LAOUPCwDxDwsAOhALAEQQCwCPEAsAmxALAOQQCwDqEAsAORELAD8RCwCOEQsAkxELAOMRCwDpEQsAYTgRAD4SCwCNEgsAkhILAOISCwDoEgsACzkRADoTCwCMEwsAlhMLAOETCwDjEwsANhQLAE8UCwCLFAsAnBQLAOAUCwDuFAsANRULADgVCwCKFQsAlRULAN8VCwDnFQsANBYLADYWCwCJFgsAkRYLAN4WCwDrFgsAMxcLAD8XCwCIFwsAjBcLAN0XCwDlFwsAMhgLAEEYCwCHGAsAjBgLANwYCwDpGAsAMRkLAD4ZCwCGGQsAkhkLANsZCwDqGQsAMBoLADoaCwCFGgsAkxoLANoaCwDfGgsALxsLADwbCwBgOREAjBsLALU5EQDdGwsAKiALAOUbCwAuHAsANBwLAIMcCwCJHAsA2BwLAOUcCwAtHQsAMh0LAIIdCwCKHQsA1x0LAAAeCwAsHgsACx4LANYeCwBSHgsAKx8LAFUeCwCBHgsAqh4LAAo6EQD/HgsAXzoRAFEfCwCAHwsAtB8LANUfCwD+HwsAtDoRADggCwB/IAsAjCALANQgCwDgIAsAKSELAC8hCwB+IQsAhCELANMhCwDYIQsAKCILAC4iCwAJOxEAoyILAHwjCwCmIgsA0iILAPsiCwCzOxEAUCMLAAg8EQCiIwsA0SMLAAUkCwAmJAsATyQLAF08EQCFJAsA0CQLANUkCwAlJQsALSULALI8EQB/JQsAzyULANglCwAkJgsAMSYLAHkmCwCAJgsABz0RANYmCwBcPREANicLAHgnCwCEJwsAzScLANwnCwAiKAsAKygLAHcoCwCBKAsAzCgLAM4oCwAhKQsAOikLAHYpCwCHKQsAyykLANcpCwAgKgsAKCoLALE9EQCDKgsAyioLANsqCwAfKwsAKysLAHQrCwB8KwsABj4RAM4rCwAeLAsAKCwLAHMsCwB7LAsAyCwLANgsCwAdLQsAIi0LAHItCwB7LQsAxy0LANQtCwAcLgsAIy4LAFs+EQB3LgsALcQOAH4uCwDGLgsAhC4LAFGhDQDLLgsAGy8LACcvCwBwLwsAfS8LAMUvCwDPLwsAsD4RAB8wCwBvMAsAezALAMQwCwDRMAsAGTELACMxCwBuMQsAijELAMMxCwDLMQsABT8RAB0yCwBtMgsAdTILAMIyCwDFMgsAFzMLACAzCwBsMwsAezMLAMEzCwDMMwsAFjQLAB40CwBrNAsAezQLAMA0CwDONAsAFTULACY1CwBqNQsAdjULAL81CwDHNQsAWj8RABo2CwBpNgsAcTYLAL42CwDFNgsAEzcLACE3CwBoNwsAbjcLAL03CwDJNwsAEjgLACE4CwBnOAsAcTgLALw4CwDBOAsAETkLABc5CwBmOQsAejkLALs5CwDDOQsAEDoLAC46CwBlOgsAbToLAK8/EQDCOgsABEARABc7CwBkOwsAfTsLALk7CwDCOwsADjwLAB48CwBjPAsAczwLALg8CwDEPAsADT0LABM9CwBiPQsAcD0LALc9CwDEPQsADD4LACM+CwBhPgsAaT4LALY+CwDAPgsACz8LABk/CwBgPwsAdj8LALU/CwDBPwsACkALABFACwBfQAsAZ0ALALRACwC5QAsACUELABJBCwBeQQsAaEELALNBCwC7QQsACEILAApCCwBdQgsAbUILALJCCwC8QgsAB0MLABNDCwBcQwsAYkMLALFDCwC5QwsArkARAAhECwBbRAsAbEQLALBECwDMRAsABUULAA1FCwADQREAa0ULAK9FCwDARQsABEYLAAxGCwBZRgsAckYLAK5GCwC0RgsAA0cLAAhHCwBYRwsAeEcLAK1HCwC5RwsAAkgLAAhICwBXSAsAX0gLAKxICwC7SAsAAUkLAAZJCwBWSQsAY0kLAKtJCwC4SQsAAEoLAAxKCwBVSgsAZEoLAKpKCwC0SgsA/0oLAA1LCwBUSwsAWUsLAKlLCwC2SwsA/ksLAAFMCwBTTAsAW0wLAKhMCwCqTAsA/UwLAANNCwBSTQsAXk0LAKdNCwCvTQsAWEERAAFOCwBRTgsAVU4LAKZOCwCzTgsArUERAARPCwBQTwsAYU8LAKVPCwCxTwsA+k8LAAdQCwBPUAsAVFALAKRQCwCuUAsA+VALAAlRCwBOUQsAU1ELAKNRCwCsUQsA+FELAAVSCwBNUgsAVFILAKJSCwCuUgsA91ILAP1SCwBMUwsAUlMLAKFTCwCmUwsA9lMLAPxTCwACQhEAUFQLAKBUCwCoVAsA9VQLAAtVCwBKVQsAT1ULAJ9VCwCmVQsA9FULAP1VCwBJVgsAWlYLAJ5WCwCqVgsA81YLAPtWCwABQxEASlcLAJ1XCwCzVwsA8lcLAP5XCwBHWAsATlgLAJxYCwCkWAsAVkMRAPZYCwBGWQsATVkLAJtZCwCkWQsA8FkLAAFaCwBFWgsAUVoLAJpaCwCiWgsAq0MRAPFaCwBEWwsAWlsLAJlbCwClWwsA7lsLAPVbCwBDXAsAS1wLAABEEQCdXAsA7VwLAPRcCwBCXQsAS10LAJddCwCoXQsA7F0LAPhdCwBBXgsASV4LAFVEEQCYXgsA614LAPpeCwBAXwsAYF8LAJVfCwCXXwsA6l8LAAFgCwA/YAsAS2ALAJRgCwCcYAsA/0QRAO5gCwA+YQsAQGELAJNhCwCaYQsA6GELAPBhCwA9YgsARmILAJJiCwCYYgsA52ILAPhiCwA8YwsARGMLAKlFEQCdYwsA5mMLAOljCwA7ZAsAQGQLAJBkCwChZAsA5WQLAABlCwA6ZQsARmULAI9lCwCXZQsA/kURAPplCwA5ZgsAOmYLAI5mCwCTZgsA42YLAOlmCwA4ZwsAQmcLAI1nCwCVZwsA4mcLAPRnCwBTRhEARGgLAIxoCwCWaAsA4WgLAOdoCwA2aQsASmkLAItpCwCTaQsA4GkLAPBpCwA1agsAOmoLAIpqCwCQagsA32oLAOdqCwA0awsANWsLAIlrCwCLawsA3msLAO1rCwAzbAsAU2wLAIhsCwCKbAsA3WwLAPRsCwAybQsAPm0LAIdtCwCPbQsAqEYRAORtCwAxbgsASm4LAIZuCwCPbgsA224LAOVuCwAwbwsAOG8LAIVvCwCVbwsA2m8LAN9vCwAvcAsAOHALAIRwCwCRcAsA2XALAOBwCwAucQsANnELAFJHEQCNcQsA2HELAOBxCwAtcgsAO3ILAIJyCwCPcgsA13ILAN9yCwAscwsALnMLAIFzCwCJcwsA1nMLANdzCwArdAsALXQLAIB0CwCPdAsA1XQLAPV0CwAqdQsALHULAH91CwCWdQsA1HULAOB1CwApdgsAQ3YLAH52CwCqdgsA03YLANZ2CwAodwsALXcLAH13CwCKdwsAp0cRANR3CwAneAsAMXgLAHx4CwCLeAsA0XgLANx4CwAmeQsANHkLAHt5CwCIeQsA0HkLAOd5CwAlegsALXoLAHp6CwB7egsAz3oLANF6CwAkewsAM3sLAHl7CwCZewsAznsLANB7CwAjfAsAOnwLAHh8CwCEfAsAzXwLANV8CwD8RxEAJ30LAHd9CwB9fQsAzH0LANR9CwAhfgsAQH4LAHZ+CwCDfgsAy34LAMx+CwAgfwsANn8LAHV/CwCRfwsAUUgRAM9/CwAfgAsAKYALAHSACwB8gAsAyYALAMqACwAegQsAy4ALABWKCwAkgQsAc4ELAH+BCwDIgQsA2IELAB2CCwArggsAcoILAIWCCwDHggsA04ILAByDCwAjgwsAcYMLAHmDCwDGgwsAyoMLABuECwAphAsAcIQLAHqECwDFhAsA0IQLABqFCwAihQsAb4ULAKeFCwDEhQsAzIULABmGCwAehgsAboYLAHSGCwDDhgsAy4YLABiHCwAyhwsAbYcLAKWHCwDChwsAyocLABeICwAciAsAbIgLAHKICwDBiAsAyYgLABaJCwAwiQsAa4kLAIWJCwDAiQsA+IkLAKZIEQAdigsAaooLAHGKCwC/igsAy4oLABSLCwAViwsAaYsLAHWLCwC+iwsAy4sLABOMCwAajAsAaIwLAHSMCwC9jAsAyowLABKNCwAhjQsAZ40LAHuNCwD7SBEAvo0LABGOCwDIjQsAVvENABSOCwCRYQ0AHo4LALs4DAAgjgsAZo4LAIaOCwC7jgsAvY4LABCPCwAnjwsAZY8LAHGPCwC6jwsAwo8LAFBJEQARkAsAZJALAHGQCwC5kAsAwpALAA6RCwAQkQsAY5ELAHSRCwC4kQsAyZELAA2SCwAhkgsApUkRAIKSCwC3kgsAuZILAAyTCwAjkwsAYZMLAG2TCwC2kwsAvpMLAPpJEQANlAsAYJQLAGOUCwC1lAsAvZQLAAqVCwAXlQsAX5ULAGSVCwC0lQsAvpULAAmWCwARlgsAXpYLAHeWCwCzlgsAv5YLAAiXCwAUlwsAXZcLAGqXCwCylwsAupcLAAeYCwAXmAsAXJgLAGGYCwCxmAsAupgLAAaZCwATmQsAW5kLAGKZCwCwmQsAuJkLAE9KEQASmgsAWpoLAF2aCwCvmgsAuZoLAASbCwAGmwsAWZsLAGqbCwCumwsAv5sLAAOcCwAPnAsAWJwLAF+cCwCtnAsAx5wLAAKdCwAKnQsAV50LAFidCwD4pgsAYZ0LAKydCwCynQsAAZ4LABWeCwBWngsAXp4LAKueCwC1ngsAAJ8LAAWfCwBVnwsAXZ8LAKqfCwC4nwsA/58LAAygCwBUoAsAV6ALAKmgCwCzoAsA/qALAAChCwBToQsAZKELAKihCwC5oQsA/aELAAWiCwCkShEAXKILAKeiCwDDogsA/KILAASjCwD5ShEAUqMLAKajCwC8owsA+6MLAAOkCwBQpAsAXqQLAKWkCwCypAsA+qQLAP2kCwBPpQsAWaULAKSlCwCmpQsA+aULAAqmCwBOpgsAX6YLAKOmCwCrpgsATksRAAmnCwBNpwsAWacLAKKnCwCkpwsA96cLAPqnCwBMqAsAWKgLAKGoCwCpqAsAo0sRAP+oCwBLqQsAWKkLAKCpCwCoqQsA9akLAAeqCwBKqgsAV6oLAJ+qCwCgqgsA9KoLAAqrCwBJqwsAUasLAJ6rCwCsqwsA86sLAACsCwBIrAsAS6wLAJ2sCwCnrAsA8qwLAPSsCwBHrQsAWK0LAJytCwCtrQsA8a0LAPmtCwD4SxEAU64LAJuuCwClrgsA8K4LAP6uCwBFrwsAW68LAJqvCwCmrwsA768LAPuvCwBEsAsASrALAJmwCwCfsAsA7rALAPOwCwBDsQsASbELAE1MEQCdsQsA7bELAO+xCwBCsgsASbILAJeyCwCfsgsA7LILAO+yCwBBswsASrMLAJazCwClswsA67MLAPazCwBAtAsASLQLAJW0CwCltAsA6rQLAPi0CwA/tQsAULULAJS1CwCgtQsA6bULAPG1CwBMTREAXLYLAJO2CwCbtgsAoU0RAPS2CwA9twsAU7cLAJK3CwCatwsA57cLAAa4CwD2TREAP7gLAK/vCwBJuAsAkbgLAJS4CwDiuA8AmbgLAOa4CwCbuAsAFd0NAOi4CwA7uQsA8LgLAITFCwD3uAsAi74LAEi5CwCQuQsApLkLAOW5CwDtuQsAOroLAD+6CwCPugsAn7oLAOS6CwDsugsAObsLAEO7CwCOuwsAmbsLAOO7CwDvuwsAOLwLAEC8CwBLThEAkrwLAOK8CwDrvAsAN70LAD29CwCMvQsAm70LAOG9CwDtvQsANr4LADm+CwCgThEAkL4LAOC+CwDvvgsANb8LADe/CwCKvwsAm78LAN+/CwDwvwsANMALAEjACwCJwAsAkcALAN7ACwDswAsAM8ELAEDBCwCIwQsAi8ELAN3BCwDnwQsAMsILADTCCwCHwgsAmMILANzCCwDtwgsAMcMLAD3DCwCGwwsAjcMLANvDCwDjwwsAMMQLAEfECwCFxAsAkcQLANrECwDwxAsAL8ULADLFCwD1ThEAj8ULANnFCwDlxQsALsYLADbGCwBKTxEAj8YLANjGCwDuxgsALccLADDHCwCCxwsAiscLANfHCwDZxwsALMgLAEfICwCByAsAg8gLANbICwDkyAsAK8kLADzJCwCAyQsAgskLANXJCwDuyQsAKsoLADvKCwB/ygsAi8oLAJ9PEQDaygsAKcsLADfLCwB+ywsAmcsLANPLCwDfywsAKMwLAC7MCwB9zAsAhcwLANLMCwDizAsAJ80LACzNCwB8zQsAhc0LANHNCwDezQsAJs4LAC3OCwB7zgsAg84LAPRPEQDVzgsAJc8LACvPCwB6zwsAgs8LAM/PCwD7zwsAJNALACvQCwB50AsAktALAM7QCwDd0AsAI9ELAD/RCwBJUBEAfdELAM3RCwDX0QsAItILADLSCwB30gsAfNILAMzSCwDV0gsAIdMLAC7TCwB20wsAfdMLAMvTCwDX0wsAINQLADPUCwB11AsAhNQLAMrUCwDW1AsAH9ULACDVCwB01QsAftULAMnVCwDX1QsAHtYLACPWCwBz1gsAgNYLAJ5QEQDZ1gsAHdcLAB/XCwBy1wsAddcLAMfXCwDK1wsAHNgLACPYCwBx2AsAfdgLAMbYCwDW2AsAG9kLACvZCwBw2QsAddkLAMXZCwDO2QsAGtoLACfaCwBv2gsAdtoLAMTaCwDQ2gsAGdsLAB/bCwBu2wsAdNsLAMPbCwDI2wsAGNwLAB7cCwCdUREAd9wLAMLcCwDQ3AsAF90LACfdCwBs3QsAbt0LAMHdCwDQ3QsAFt4LACDeCwBr3gsAc94LAJxSEQDG3gsAFd8LACHfCwDxUhEAb98LAL/fCwDH3wsAFOALACTgCwBp4AsAd+ALAL7gCwDL4AsAE+ELABrhCwBo4QsAcOELAJtTEQDO4QsAEuILABniCwBn4gsAb+ILALziCwDJ4gsAEeMLABbjCwBm4wsAcOMLALvjCwDD4wsAEOQLACnkCwBl5AsAceQLALrkCwDC5AsA8FMRABvlCwBk5QsAZ+ULALnlCwC+5QsADuYLAB/mCwBj5gsAfuYLALjmCwDE5gsADecLABTnCwBi5wsAfucLALfnCwC/5wsARVQRABHoCwBh6AsAa+gLALboCwC+6AsAC+kLAA3pCwB5JA0AG+kLAGDpCwBl6QsAtekLAL7pCwAK6gsAF+oLAF/qCwBm6gsAmlQRAL3qCwAJ6wsAFusLAF7rCwBt6wsAs+sLAL3rCwAI7AsAFuwLAF3sCwBi7AsAsuwLAL/sCwAH7QsAD+0LAO9UEQBo7QsAse0LAL7tCwAG7gsACe4LAFvuCwBp7gsAsO4LALXuCwAF7wsAEu8LAFrvCwBi7wsARFURALfvCwAE8AsACvALAFnwCwAL8AsAqUoMAGXwCwCu8AsAy/ALAAPxCwAM8QsAWPELAGbxCwCt8QsAs/ELAALyCwAO8gsAV/ILAF7yCwCZVREAsvILAAHzCwAP8wsAVvMLAHHzCwCr8wsAt/MLAAD0CwAG9AsA7lURAHj0CwBDVhEAr/QLAP/0CwAM9QsAVPULAGH1CwCp9QsAtfULAP71CwAN9gsAU/YLAF32CwCo9gsAtvYLAP32CwAC9wsAUvcLAF/3CwCn9wsAw/cLAPz3CwAE+AsAmFYRAF34CwCm+AsAw/gLAPv4CwAE+QsAUPkLAF75CwCl+QsAq/kLAPr5CwAG+gsAT/oLAFb6CwCk+gsArPoLAPn6CwAP+wsATvsLAFP7CwCj+wsAqvsLAPj7CwAB/AsATfwLAF78CwCi/AsArvwLAPf8CwD//AsAQlcRAFL9CwCh/QsApv0LAPb9CwAR/gsAS/4LAFn+CwCg/gsAp/4LAPX+CwAB/wsASv8LAE3/CwCf/wsAp/8LAPT/CwD1/wsASQAMAEsADACeAAwArQAMAPMADAATAQwASAEMAEoBDACdAQwAtAEMAPIBDAD+AQwARwIMAE8CDACXVxEAnQIMAPECDAD9AgwARgMMAFUDDACbAwwAowMMAOxXEQDyAwwARQQMAFMEDACaBAwAqwQMAEFYEQD2BAwAllgRAEwFDABAWREAowUMAO4FDAD6BQwAQwYMAFkGDACYBgwApAYMAO0GDAAABwwAQgcMAFAHDACXBwwAoQcMAJVZEQD0BwwA6lkRAFcIDACWCAwAoggMAOsIDAD4CAwAQAkMAEoJDACVCQwAlwkMAOoJDAD0CQwAPwoMAE0KDACUCgwAmQoMAOkKDAD2CgwAPgsMAEYLDACTCwwAowsMAOgLDADqCwwAPQwMAEYMDACSDAwAowwMAOcMDADxDAwAP1oRAEgNDACRDQwAqA0MAOYNDAABDgwAlFoRAFQODACQDgwAlg4MAOUODADvDgwA6VoRADwPDACPDwwAoA8MAOQPDADsDwwAORAMAAAQDABmOAwARRAMAI4QDACUEAwA4xAMAOkQDAA4EQwAPREMAI0RDACTEQwAPlsRAP4RDAA3EgwAPxIMAD1cEQCaEgwA4RIMAPISDAA2EwwARxMMAIsTDACXEwwA4BMMAOcTDACSXBEARhQMAIoUDACbFAwA3xQMAOsUDAA0FQwAOxUMAOdcEQCLFQwA3hUMAN8VDAAzFgwAOxYMAIgWDACNFgwA3RYMAOYWDAAyFwwAPBcMAIcXDACPFwwA3BcMAOEXDAAxGAwAQRgMAIYYDACOGAwA2xgMAPEYDAAwGQwAPBkMAIUZDACbGQwA2hkMAN8ZDAAvGgwANRoMAIQaDACYGgwAPF0RAO8aDAAuGwwAPBsMAIMbDACQGwwA2BsMANobDAAtHAwANxwMAIIcDACOHAwA1xwMAN4cDAAsHQwANB0MAIEdDACaHQwA1h0MAOodDAArHgwAMx4MAIAeDACCHgwA1R4MAOIeDAAqHwwALx8MAH8fDACJHwwA1B8MAN8fDAApIAwANSAMAH4gDACEIAwA0yAMANsgDAAoIQwAKSEMAH0hDACDIQwA0iEMANchDAAnIgwANiIMAHwiDACIIgwA0SIMANQiDAAmIwwAKSMMAJFdEQCAIwwA0CMMAOwjDADmXREARSQMAHokDACCJAwAO14RANUkDAAkJQwAMCUMAJBeEQB/JQwAziUMANolDADjYBEAJCYMAMopDAAzJgwAeCYMAHomDADNJgwA1yYMACInDAAkJwwAdycMAIgnDADMJwwA1CcMACEoDAAtKAwAdigMAHwoDADLKAwA0SgMACApDAAlKQwAdSkMAHspDAA4YREAzCkMAB8qDAAlKgwAdCoMAHcqDADJKgwA1SoMAB4rDAAmKwwAN2IRAHkrDADIKwwAzisMAB0sDAAiLAwAciwMAHgsDACMYhEAySwMABwtDAAlLQwAcS0MAIgtDADGLQwA0S0MABsuDAAlLgwAcC4MAHguDACLYxEA0i4MABovDAAiLwwAby8MAHkvDADELwwAzy8MABkwDAAfMAwAbjAMAHowDADDMAwAxTAMABgxDAAfMQwAbTEMAHUxDADCMQwA1DEMAOBjEQBVMgwAbDIMAHQyDADBMgwA5DIMAN9kEQAYMwwAazMMAHgzDADAMwwAxzMMABU0DAAmNAwAajQMAHY0DAC/NAwAxjQMABQ1DAAVNQwAnlUMABw1DAA0ZREAfDUMAL41DADNNQwAEzYMAB82DABoNgwAaTYMAL02DADHNgwAEjcMACA3DABnNwwAbDcMALw3DADJNwwAiWURABk4DADeZREAbjgMADNmEQDJOAwAEDkMAB85DABlOQwAhTkMALo5DADGOQwADzoMABY6DABkOgwAbDoMALk6DAC7OgwADjsMABg7DAAyZxEAbTsMALg7DADAOwwAh2cRABc8DABiPAwAajwMANxnEQD2PAwADD0MABQ9DABhPQwAfz0MADFoEQDEPQwACz4MABI+DABt2g0AGz4MAGA+DABwPgwAtT4MAME+DAAKPwwAED8MAF8/DAB7PwwAtD8MALw/DACGaBEAHUAMAF5ADABoQAwAs0AMAL9ADAAIQQwAEEEMANtoEQBoQQwAskEMALRBDAAHQgwADUIMAFxCDABkQgwAMGkRALNCDAAGQwwACUMMAFtDDABjQwwAsEMMAMBDDAAFRAwAB0QMAFpEDABoRAwAr0QMAMBEDACFaREAC0UMANppEQBfRQwArkUMALNFDAADRgwACUYMAC9qEQBiRgwArUYMAK9GDAACRwwAFUcMAFdHDABfRwwArEcMALhHDAABSAwAB0gMAFZIDABcSAwAq0gMALBIDAAASQwABkkMAC5rEQBeSQwAqkkMALdJDAD/SQwABkoMAFRKDABcSgwAg2sRALVKDAD+SgwACEsMAFNLDABfSwwAqEsMALdLDAD9SwwAB0wMAFJMDABeTAwAp0wMAK5MDADYaxEA/0wMAOqxDgACTQwAUU0MAAtNDAAnyw0AXU0MAKZNDACuTQwALWwRAAdODABQTgwAWk4MAKVODACxTgwA+k4MAAlPDABPTwwAWU8MAKRPDACwTwwA+U8MAABQDACCbBEAXFAMAKNQDABuUAwAjLsNALpQDAD4UAwABVEMAE1RDABPUQwAolEMALNRDAD3UQwAE1IMAExSDABUUgwA12wRALpSDAD2UgwAClMMAEtTDABTUwwAoFMMAKNTDAD1UwwAA1QMAEpUDABhVAwAn1QMAKxUDAD0VAwA9lQMAElVDABaVQwALG0RAKRVDADzVQwA+FUMAEhWDABeVgwAnVYMAKtWDADyVgwA9VYMAEdXDABTVwwAnFcMAKJXDADxVwwA/VcMAEZYDAByWAwAm1gMAKdYDADwWAwA/1gMAEVZDABPWQwAmlkMAKhZDADvWQwA9FkMAERaDABRWgwAgW0RAJtaDADuWgwA/FoMAENbDABQWwwAmFsMAKpbDADWbREA/FsMAEJcDABOXAwAl1wMALBcDADsXAwA7lwMAEFdDABQXQwAll0MALZdDADrXQwA810MAEBeDABjXgwAK24RAJpeDADqXgwA7V4MAD9fDABJXwwAlF8MAJxfDADpXwwA718MAD5gDABKYAwAk2AMAKJgDADoYAwA9GAMAD1hDABKYQwAkmEMAJxhDADnYQwA72EMADxiDABLYgwAkWIMAJNiDADmYgwA92IMADtjDABMYwwAkGMMAJhjDADlYwwA9mMMADpkDAA8ZAwAj2QMAJJkDADkZAwA7mQMADllDABdZQwAjmUMAKplDACAbhEA6WUMADhmDAA9ZgwAjWYMAJxmDADiZgwA7mYMADdnDAA6ZwwAjGcMAI9nDADhZwwA6WcMADZoDABFaAwAi2gMAJBoDADgaAwA9mgMADVpDAA2aQwAimkMAJtpDADfaQwA62kMADRqDAA+agwAiWoMAJVqDADeagwA5WoMANVuEQA3awwAiGsMAJZrDADdawwA52sMADJsDAA9bAwAh2wMAI9sDADcbAwA6GwMADFtDABEbQwAhm0MAJRtDADbbQwA5W0MADBuDAA4bgwAhW4MAJRuDADabgwA324MAC9vDAA2bwwAhG8MAJBvDAAqbxEA5W8MAC5wDAAxcAwAg3AMAIZwDADYcAwA8nAMAC1xDAA5cQwAgnEMAJVxDADXcQwA5XEMACxyDAA2cgwAgXIMAKRyDAB/bxEA4HIMACtzDAA3cwwAgHMMAIdzDADVcwwA3XMMACp0DAAudAwAf3QMAI10DADUdAwA3nQMACl1DAA0dQwAfnUMAIZ1DADTdQwA4nUMACh2DAAtdgwAfXYMAIR2DADSdgwA3nYMACd3DAAvdwwA1G8RAJJ3DAC4jg4AlXcMANF3DADbdwwAJngMADJ4DAB7eAwAfngMANB4DADaeAwAJXkMACh5DAB6eQwAinkMAM95DADReQwAJHoMADJ6DAB5egwAinoMAClwEQDVegwAfnARADx7DAB4ewwAgnsMAM17DADZewwAInwMACV8DAB3fAwAgXwMANNwEQDRfAwAIX0MAEF9DAB2fQwAfn0MAChxEQDZfQwAIH4MADZ+DAB1fgwAgX4MAMp+DADRfgwAH38MACd/DAB0fwwAeX8MAMl/DADSfwwAHoAMACiADABzgAwAe4AMAMiADADWgAwAHYEMACqBDABygQwAeoEMAH1xEQDXgQwAHIIMACSCDADScREAeIIMAMaCDADSggwAG4MMACKDDABwgwwAeIMMAMWDDADPgwwAGoQMACiEDABvhAwAhYQMAMSEDADQhAwAGYUMAB6FDABuhQwAd4UMAMOFDADNhQwAGIYMACCGDABthgwAcoYMAMKGDADShgwAF4cMAB+HDAAnchEAdocMAMGHDADEhwwA+U4NAMmHDAB8chEAJIgMAGuIDACBiAwAwIgMAMyIDAAViQwAHIkMAGqJDAByiQwAv4kMAMSJDAAUigwAHYoMAGmKDABzigwAvooMAMaKDAATiwwAFYsMALKWDAAhiwwAaIsMAHWLDAC9iwwAxYsMANFyEQAejAwAZ4wMAGqMDAC8jAwAxowMACZzEQAfjQwAZo0MAHyNDAC7jQwAx40MABCODAAXjgwAZY4MAG2ODAC6jgwAv44MAA+PDAAYjwwAZI8MAG6PDAC5jwwAwY8MAA6QDAAQkAwAY5AMAHOQDAC4kAwAwpAMAA2RDAAZkQwAYpEMAGiRDADQcxEAxZEMAAySDAAikgwAYZIMAG2SDAC2kgwAu5IMAAuTDAAUkwwAYJMMAGqTDAC1kwwAvZMMAAqUDAAslAwAJXQRAG6UDAC0lAwAwJQMAAmVDAAKlQwAXpUMAGiVDACzlQwAwZUMAAiWDAANlgwAXZYMAGqWDAB6dBEAwpYMAAeXDAARlwwAXJcMAGiXDACxlwwAt5cMAAaYDAAOmAwAeXURAGCYDACwmAwAuJgMAAWZDAARmQwA+6IMAB6ZDABamQwAZpkMAK+ZDAC3mQwAznURABGaDABZmgwAYZoMAK6aDAC8mgwAA5sMABCbDABYmwwAW5sMAK2bDAC3mwwAApwMAAScDABXnAwAZJwMAKycDAC7nAwAAZ0MAA2dDABWnQwAXp0MACN2EQC7nQwAAJ4MAAieDABVngwAYZ4MAKqeDACwngwA/54MAAWfDABUnwwAWZ8MAKmfDACvnwwAeHYRAAugDABToAwAWKAMAKigDACyoAwA/aAMAAWhDABSoQwAXqEMAKehDAC6oQwA/KEMAAqiDABRogwAVKIMAKaiDACwogwAzXYRAA6jDABQowwAXqMMAKWjDACoowwA+qMMAASkDAAidxEAVKQMAKSkDABdpAwAMMMMAKykDAD5pAwABaUMAE6lDABUpQwAo6UMAGGlDADdwAwAqaUMAPilDAD9pQwATaYMAFOmDAB3dxEAqKYMAPemDAD8pgwATKcMAFKnDADMdxEAr6cMAPanDAARqAwAS6gMAFeoDACgqAwAp6gMACF4EQD+qAwASqkMAFepDACfqQwAq6kMAPSpDAAHqgwASaoMAEqqDACeqgwAqqoMAPOqDAACqwwASKsMAFKrDACdqwwAqasMAPKrDAD5qwwAdngRAE2sDACcrAwAoqwMAPGsDAD2rAwARq0MAEytDAAgeREApK0MAPCtDAD9rQwARa4MAEmuDACargwAnK4MAO+uDAD8rgwARK8MAE6vDAB1eREAoK8MAO6vDAD2rwwAQ7AMAE+wDACYsAwAq7AMAO2wDAD8sAwAQrEMAE6xDACXsQwAmLEMAOyxDAD2sQwAQbIMAE+yDACWsgwAm7IMAOuyDAD4sgwAynkRAEyzDACVswwAm7MMAOqzDADwswwAP7QMAES0DACUtAwAmrQMAB96EQDutAwAPrUMAEi1DADJehEAm7UMAOi1DAD1tQwAPbYMAEK2DACStgwAnLYMAOe2DADvtgwAPLcMAEi3DACRtwwApLcMAOa3DADntwwAO7gMAEe4DACQuAwAn7gMAOW4DADvuAwAOrkMAEK5DACPuQwAkbkMAB57EQDtuQwAOboMAEi6DACOugwAnboMAOO6DADvugwAOLsMADu7DACNuwwAkLsMAHN7EQDkuwwAN7wMADq8DACMvAwAlLwMAOG8DADuvAwANr0MADu9DACLvQwAlb0MAOC9DADovQwANb4MAEG+DACKvgwAnb4MAN++DADgvgwANL8MAEC/DACJvwwAmL8MAN6/DADovwwAM8AMAD/ADACIwAwAj8AMAMh7EQDswAwAMsEMAD7BDACHwQwAiMEMANzBDADmwQwAMcIMAD/CDACGwgwAi8IMANvCDADowgwAHXwRAEHDDAByfBEAksMMANrDDADowwwAL8QMAEDEDACExAwApsQMAMd8EQDexAwALsUMAN/EDACi+wwANsUMAIPFDACExQwA1MkMAIbFDADTygwAiMUMANXIDACJxQwAJ8wMAIrFDADWxwwAksUMANjFDACcxQwAJM8MAN3FDAAtxgwAOsYMAILGDACPxgwA18YMAOPGDAAsxwwAO8cMAIHHDACLxwwAHH0RAOTHDAAryAwALcgMAIDIDACRyAwAcX0RANbIDAAqyQwANskMAH/JDACMyQwAxn0RAOLJDAApygwANsoMAH7KDACVygwAG34RANzKDAB7zQwA3coMACjLDAAqywwAfcsMAIPLDADSywwA3MsMAHB+EQAzzAwAfMwMAH7MDADRzAwA4MwMACbNDAAxzQwAxX4RAIrNDADQzQwA380MACXODAAxzgwAes4MAIbODADPzgwA1s4MABp/EQAwzwwAec8MAIHPDABvfxEA588MACPQDAA00AwAeNAMAITQDADEfxEA1NAMACLRDAAq0QwAd9EMAHjRDADM0QwA0tEMACHSDAAm0gwAdtIMAHfSDADL0gwA19IMACDTDAAm0wwAddMMAH/TDADK0wwA2NMMABrZDADe0wwAH9QMACfUDAAZgBEAhNQMAMnUDADR1AwAHtUMACfVDABz1QwAK9UMABvYDACA1QwAyNUMAM/VDAAd1gwAKdYMAHLWDACC1gwAx9YMANXWDAAc1wwAKdcMAHHXDAB91wwAxtcMAM3XDABugBEAJNgMAHDYDACB2AwAxdgMANbYDADDgBEAJtkMAG/ZDABy2QwAxNkMAMzZDAAZ2gwAHtoMAG7aDAB+2gwAw9oMAMvaDAAY2wwAIdsMAG3bDAAl2wwAFd4MAHrbDADC2wwAydsMABfcDAAj3AwAbNwMAHzcDADB3AwAz9wMABbdDAAj3QwAa90MAHfdDADA3QwAx90MABiBEQAe3gwAat4MAHveDAC/3gwA0N4MAG2BEQAZ3wwAad8MAHbfDAC+3wwAyt8MABPgDAAd4AwAaOAMAHzgDAC94AwAvuAMABLhDAAe4QwAZ+EMAIbhDAC84QwAxOEMABHiDAAW4gwAZuIMAH/iDAC74gwA5+IMABDjDAAc4wwAZeMMAHTjDAC64wwAxOMMAA/kDAAX5AwAZOQMAG/kDAC55AwAu+QMAA7lDAAR5QwAY+UMAGvlDAC45QwAxeUMAA3mDAAS5gwAYuYMAGrmDAC35gwAueYMAAznDAAW5wwAYecMAGvnDAC25wwAvOcMAAvoDAAZ6AwAYOgMAHnoDAC16AwAvugMAArpDAAU6QwAX+kMAGvpDADCgREAwOkMAAnqDAAT6gwAXuoMAGnqDACz6gwAuOoMAAjrDAAP6wwAXesMAGXrDACy6wwA3+sMABeCEQAO7AwAXOwMAGTsDACx7AwA3uwMAAbtDAAL7QwAW+0MAFztDACw7QwAuu0MAAXuDAAT7gwAWu4MAF/uDACv7gwAvO4MAATvDAAg7wwAWe8MAHXvDABsghEAu+8MAAPwDAAH8AwAWPAMAF7wDACt8AwAr/AMAALxDAAD8QwAV/EMAHrxDACs8QwA0PEMAAHyDAAu8gwAVvIMAF7yDACr8gwAsPIMAADzDAAN8wwAVfMMAF3zDACq8wwArPMMAP/zDAAH9AwAVPQMAIH0DACp9AwAtvQMAP70DAAD9QwAU/UMAGD1DACo9QwAtPUMAP31DAAq9gwAUvYMAFr2DACn9gwAwvYMAPz2DAD+9gwAUfcMAGL3DACm9wwAr/cMAPv3DAAH+AwAwYIRAF34DACl+AwAwPgMAPr4DAD/+AwAT/kMAG/5DACk+QwAsPkMAPn5DAAB+gwAFoMRAFz6DACj+gwArfoMAPj6DAAD+wwATfsMAFX7DADAgxEAq/sMAPf7DAAB/AwATPwMAFf8DACh/AwAtfwMAPb8DAAL/QwAS/0MAFP9DACg/QwAt/0MAPX9DAD6/QwASv4MAFT+DACf/gwAp/4MABWEEQD2/gwASf8MAFr/DACe/wwAof8MAPP/DAD//wwAaoQRAFYADQCdAA0ArgANAL+EEQD1AA0ARwENAEoBDQCcAQ0AqAENAPEBDQD3AQ0ARgINAFACDQAUhREAqAINAPACDQAHAw0ARQMNAE0DDQBphREAqgMNAO8DDQD7Aw0ARAQNAEoEDQCZBA0ApQQNAO4EDQCnBA0AN2QPAPsEDQBDBQ0AUgUNAJgFDQCkBQ0A7QUNAPUFDQC+hREASgYNAJcGDQCZBg0A7AYNAPsGDQBBBw0ASwcNAJYHDQCfBw0A6wcNAO0HDQBACA0AUQgNAJUIDQCqCA0A6ggNAPIIDQA/CQ0AfwkNAJQJDQCcCQ0A6QkNAPUJDQA+Cg0AUQoNAJMKDQCUCg0A6AoNAPQKDQA9Cw0ATAsNAJILDQCcCw0A5wsNAPMLDQA8DA0AQwwNAGiGEQCtDA0AvYYRAOkMDQA7DQ0AQw0NAJANDQCdDQ0A5Q0NAOoNDQA6Dg0ARA4NAI8ODQCXDg0A5A4NAO4ODQA1Ew0A9A4NADMVDQARDw0AOQ8NAEMPDQCODw0ASQ8NADcRDQCUDw0A4w8NAOwPDQA4EA0ARBANAI0QDQC6EA0A4hANAP4QDQBnhxEAORENAIwRDQCdEQ0A4RENAOQRDQA2Eg0AQhINAIsSDQC4Eg0A4BINAPwSDQC8hxEAOxMNAIoTDQCTEw0A3xMNAOkTDQA0FA0APxQNAIkUDQCdFA0A3hQNAPoUDQARiBEANRUNAIgVDQCZFQ0A3RUNAOAVDQAyFg0ARhYNAIcWDQCjFg0AZogRAOQWDQC7iBEAORcNABCJEQCSFw0A2xcNAOEXDQAwGA0ANhgNAIUYDQCKGA0A2hgNAOAYDQBliREAORkNAIQZDQCMGQ0AD4oRAN8ZDQAuGg0ANhoNAIMaDQCQGg0A2BoNAOQaDQAtGw0ALxsNAIIbDQCIGw0A1xsNAN8bDQAsHA0APhwNAGSKEQCOHA0A1hwNAN0cDQArHQ0AMx0NAIAdDQCFHQ0A1R0NAOUdDQAqHg0AMh4NAH8eDQCNHg0A1B4NAOEeDQApHw0AKh8NAH4fDQCHHw0A0x8NAN0fDQC5ihEALSANAH0gDQCJIA0A0iANANUgDQAnIQ0ALyENAHwhDQCJIQ0A0SENANYhDQAmIg0AMCINAHsiDQCDIg0A0CINANwiDQAlIw0AOCMNAHojDQCIIw0AzyMNANIjDQAkJA0ALiQNAA6LEQCUJA0AziQNANAkDQAjJQ0AMSUNAHglDQCJJQ0AzSUNAM8lDQAiJg0AOyYNAHcmDQCIJg0AzCYNANgmDQBjixEAKicNAHYnDQCDJw0AyycNANUnDQAgKA0ALigNAHUoDQCLKA0AyigNANYoDQAfKQ0AKykNAHQpDQCHKQ0AySkNANgpDQAeKg0AKioNAHMqDQB0Kg0AyCoNANIqDQAdKw0AKysNAHIrDQB3Kw0AxysNANQrDQC4ixEAKiwNAHEsDQCHLA0AxiwNANIsDQAbLQ0AIi0NAHAtDQB4LQ0AxS0NAMotDQAaLg0AIy4NAG8uDQB5Lg0AxC4NAMwuDQAZLw0AHS8NAG4vDQBwLw0Awy8NANEvDQAYMA0AIjANAG0wDQB7MA0AwjANAM8wDQAXMQ0ALjENAGwxDQB0MQ0AwTENANExDQAWMg0AGzINAGsyDQBxMg0AwDINAMgyDQAVMw0AGjMNAGozDQBrMw0AvzMNAMszDQAUNA0AGjQNAGk0DQBrNA0AvjQNAMg0DQATNQ0AITUNAGg1DQBtNQ0AvTUNAMo1DQC3jBEAGDYNAGc2DQBsNg0AvDYNAMI2DQAMjREAFjcNAGY3DQBzNw0AuzcNAMg3DQAQOA0AHDgNAGU4DQB0OA0AujgNAMQ4DQAPOQ0AHTkNAGQ5DQBpOQ0AuTkNAMY5DQAOOg0AFjoNAAuOEQBvOg0AuDoNAMg6DQANOw0AFjsNAGI7DQBlOw0AtzsNAMM7DQAMPA0AEzwNAGCOEQBmPA0AtjwNAMM8DQALPQ0AGD0NAGA9DQBsPQ0AtT0NAMQ9DQAKPg0AFD4NAF8+DQBtPg0AtD4NALk+DQAJPw0AFj8NAF4/DQBmPw0AtY4RAL8/DQAIQA0AGEANAF1ADQBmQA0AskANALVADQAHQQ0AE0ENAFxBDQBjQQ0ACo8RALZBDQAGQg0AD0INAIgSEAATQg0AW0INAGhCDQCwQg0AvEINAAVDDQAUQw0AWkMNAGRDDQCvQw0AvUMNAAREDQAJRA0AWUQNAGZEDQCuRA0AtkQNAF+PEQAPRQ0AWEUNAGhFDQCtRQ0AtkUNAAJGDQAFRg0AV0YNAGNGDQCsRg0As0YNALSPEQAYRw0AVkcNAFxHDQCrRw0At0cNAABIDQAXSA0AVUgNAFdIDQCqSA0AtEgNAP9IDQALSQ0AVEkNAGBJDQCpSQ0Ar0kNAP5JDQAESg0AU0oNAFhKDQCoSg0ArkoNAAmQEQAASw0AtDwPAAhLDQBSSw0AU0sNAKdLDQCxSw0A/EsNACdMDQBekBEAVEwNAKZMDQCwTA0As5ARAARNDQBQTQ0AZk0NAKVNDQC7TQ0A+k0NAPxNDQBPTg0AVU4NAKRODQC4Tg0AXZERAAFPDQBOTw0AFU8NAAPrEQBUTw0A5mAOAF5PDQCjTw0AZ08NAITCDgClTw0A+E8NAAZQDQBNUA0AXlANALKREQCpUA0AB5IRAABRDQAHQA4AA1ENAExRDQBPUQ0AoVENAKpRDQD2UQ0AB1INAEtSDQBVUg0AoFINAKhSDQD1Ug0AvFINAGOODgD4Ug0ASlMNAFNTDQCfUw0AtVMNAPRTDQAKVA0ASVQNAEtUDQCeVA0ApFQNAPNUDQAHVQ0AXJIRAHBVDQCdVQ0AxVUNALGSEQD4VQ0AxSwOAP5VDQCbVw0A/1UNAG4uDgABVg0Aby0OAAJWDQBHVg0ASVYNAJxWDQCqVg0A8VYNAAJXDQAGkxEATlcNAFuTEQChVw0A8FcNAPZXDQBFWA0ASlgNAJpYDQCgWA0AsJMRAPtYDQBEWQ0ATFkNAFqUEQClWQ0A7lkNAPhZDQBDWg0ATFoNAJhaDQCZWg0A7VoNAPVaDQBCWw0AR1sNAJdbDQCnWw0ABJURAPhbDQBBXA0AQ1wNAJZcDQCcXA0A61wNAPJcDQBAXQ0ARV0NAJVdDQCZXQ0A6l0NAPddDQA/Xg0AR14NAJReDQCZXg0A6V4NAPleDQBZlREAT18NAJNfDQCfXw0A6F8NAPdfDQA9YA0AR2ANAJJgDQCgYA0A52ANAPRgDQA8YQ0AU2ENAK6VEQCUYQ0AWJYRAOlhDQA7Yg0A7WENAEenEQBDYg0AkGINALhiDQDlYg0ADWMNADpjDQBiYw0ArZYRAJhjDQDkYw0A5WMNADlkDQBIZA0AjmQNAE9kDQA3Zg0An2QNAONkDQDlZA0AOGUNADtlDQCNZQ0AkGUNAOJlDQDqZQ0ArJcRADxmDQCMZg0Ak2YNAOFmDQDqZg0ANmcNAEdnDQCLZw0Al2cNAOBnDQDoZw0AAZgRADtoDQCKaA0AkWgNAN9oDQDkaA0ANGkNADhpDQCJaQ0AlmkNAN5pDQDtaQ0AM2oNAERqDQCIag0AimoNAN1qDQDgag0AMmsNADVrDQCHaw0Aj2sNAFaYEQDhaw0Al7ANAOdrDQD8SQ8A6GsNADFsDQA0bA0AhmwNAJBsDQCrmBEA5GwNADBtDQA/bQ0AhW0NAJRtDQDabQ0A5m0NAC9uDQAybg0AhG4NAIduDQAAmREA3G4NAC5vDQBWbw0AVZkRAItvDQCqmREA4G8NAP+ZEQA1cA0AVJoRAIdwDQDXcA0A5HANACxxDQAvcQ0AgXENAIZxDQDWcQ0A53ENACtyDQA3cg0AqZoRAIVyDQDVcg0A5nINACpzDQA2cw0Af3MNAJlzDQDUcw0A2HMNANJ1DQDbcw0AJXgNAN5zDQB5eQ0A4HMNANF2DQDicw0A03QNAOVzDQApdA0ALnQNAH50DQCVdA0A/poRAOB0DQAodQ0AOHUNAH11DQCCdQ0AU5sRANR1DQAndg0ALXYNAHx2DQCJdg0AqJsRANd2DQAmdw0ALHcNAHt3DQCAdw0A0HcNANZ3DQD9mxEAMXgNAHp4DQCTeA0Az3gNANh4DQAkeQ0AO3kNAFKcEQB/eQ0AznkNANB5DQAjeg0AMnoNAHh6DQCEeg0Ap5wRAM96DQAiew0AM3sNAHd7DQCFew0AzHsNANN7DQAhfA0AI3wNAHZ8DQCAfA0Ay3wNANl8DQAgfQ0AJX0NAHV9DQCCfQ0Ayn0NANJ9DQAffg0AI34NAHR+DQB2fg0AyX4NAM9+DQAefw0AK38NAPycEQCAfw0AyH8NAN9/DQAdgA0AOYANAFGdEQB+gA0Ax4ANAMiADQAcgQ0AIoENAHGBDQB9gQ0AxoENANWBDQAbgg0AHYINAHCCDQB6gg0AxYINANOCDQAagw0AH4MNAG+DDQB8gw0AxIMNAMyDDQAZhA0AHYQNAG6EDQBwhA0Aw4QNAMmEDQAYhQ0AJYUNAKadEQB6hQ0AwoUNANmFDQAXhg0AM4YNAPudEQB1hg0AwYYNAM+GDQAWhw0AIIcNAGuHDQB3hw0AwIcNAMOHDQAViA0AMYgNAGqIDQByiA0AUJ4RAMuIDQAUiQ0AF4kNAGmJDQBziQ0AT58RAMeJDQATig0AIYoNAGiKDQByig0AvYoNAMmKDQASiw0AGosNAPmfEQBpiw0AvIsNAMqLDQARjA0AIowNAE6gEQBtjA0Ao6ARAMCMDQAQjQ0AGI0NAGWNDQBrjQ0Auo0NAMONDQAPjg0AHI4NAE2hEQBpjg0AuY4NAHCODQBikA0Awo4NAA6PDQAYjw0AY48NAGuPDQC4jw0A/I8NAA2QDQAVkA0AoqERAGiQDQC3kA0AvZANAAyRDQAUkQ0AYZENAKWRDQC2kQ0AvpENAPehEQATkg0ATKIRAGmSDQC1kg0Aw5INAAqTDQAUkw0AX5MNAGuTDQC0kw0At5MNAAmUDQARlA0A9qIRAGqUDQCzlA0AtpQNAAiVDQASlQ0AS6MRAGWVDQCgoxEAwJUNAAeWDQAYlg0AXJYNAGiWDQCxlg0AtJYNAPWjEQBMlw0AW5cNAKGXDQBKpBEAwJcNAAWYDQAHmA0AWpgNAGiYDQCvmA0AwJgNAJ+kEQAgmQ0AWZkNAGGZDQD0pBEAtJkNAI8NDgDBmQ0AA5oNABKaDQBYmg0AZJoNAK2aDQCumg0AApsNAAybDQBXmw0AZZsNAKybDQCxmw0AAZwNAA6cDQBJpREAZJwNAKucDQC4nA0AAJ0NAAidDQCepREAYZ0NAKqdDQDWnQ0A/50NAAueDQBUng0AY54NAKmeDQCzng0A/p4NAAyfDQBTnw0AWJ8NAKifDQC1nw0A/Z8NAAWgDQBSoA0AYKANAKegDQC0oA0A/KANAAShDQDzpREAU6ENADDBDgBfoQ0ApqENALChDQD7oQ0AB6INAFCiDQBXog0ApaINAK2iDQD6og0A/qINAE+jDQBdow0ApKMNAK6jDQD5ow0ABKQNAE6kDQBWpA0Ao6QNAKWkDQD4pA0AAKUNAE2lDQBapQ0AoqUNAKelDQD3pQ0ABKYNAEymDQBqpg0AoaYNANKmDQD2pg0AAqcNAEunDQBRpw0AoKcNAKWnDQD1pw0A/acNAEqoDQBWqA0An6gNALKoDQD0qA0AAqkNAEmpDQBTqQ0AnqkNAKapDQDzqQ0AAqoNAEiqDQBNqg0AnaoNAKSqDQDyqg0A/qoNAEerDQBjqw0AnKsNAKSrDQBIphEA86sNAEasDQBUrA0Am6wNAKisDQDwrA0A/qwNAEWtDQBSrQ0Amq0NALGtDQDvrQ0A960NAESuDQBSrg0Ama4NAKauDQDurg0A9q4NAPKmEQBRrw0AmK8NAJmvDQCcpxEA+a8NAEKwDQBJsA0A8acRAJ6wDQDssA0A8bANAEaoEQBJsQ0Am6gRAJ6xDQDrsQ0A3rENALjiDwDssQ0A6wYOAO6xDQDpCA4A9LENAECyDQD1sQ0AlwUOAPuxDQDqBw4ACbINAB59DwBNsg0AlbINAKCyDQDqsg0A7LINAD+zDQBMsw0AlLMNAJuzDQDpsw0A+rMNAD60DQBKtA0Ak7QNAJq0DQDotA0A8LQNAPCoEQBDtQ0AkrUNAJi1DQDntQ0A7LUNADy2DQBCtg0ARakRAJ22DQDmtg0A8LYNADu3DQA/tw0AkLcNAJy3DQDltw0A8bcNADq4DQBHuA0Aj7gNAJe4DQDkuA0A7rgNADm5DQBFuQ0AjrkNAJG5DQDjuQ0A7bkNAO+pEQA6ug0AjboNAJC6DQDiug0A5boNAJmqEQA/uw0A7qoRAJq7DQDhuw0A4rsNAEOrEQA+vA0AmKsRAJC8DQDgvA0A57wNADW9DQA6vQ0A7asRAJK9DQBCrBEA570NADS+DQA+vg0Aib4NAJS+DQDevg0A7L4NADO/DQA2vw0AiL8NAJC/DQDdvw0A578NADLADQA+wA0Ah8ANAIrADQDcwA0A5sANAJesEQA/wQ0AhsENAJzBDQDbwQ0A58ENADDCDQA3wg0AhcINAI3CDQDawg0A38INAC/DDQA4ww0AhMMNAI7DDQDZww0A4cMNAC7EDQAwxA0Ag8QNAJPEDQDYxA0A4sQNAC3FDQA5xQ0AgsUNAIjFDQDXxQ0A38UNAEGtEQA6xg0AgcYNAILGDQCWrREA28YNAOutEQAtxw0AgMcNAIHHDQDVxw0A2McNACrIDQA1yA0Af8gNAITIDQDUyA0A3sgNAECuEQBNyQ0AfskNAIbJDQCVrhEA1ckNACjKDQA5yg0AfcoNAI7KDQDSyg0A1coNAOquEQAtyw0AfMsNAIHLDQDRyw0A1MsNACbMDQApzA0Ae8wNAIPMDQA/rxEA3swNACXNDQAozQ0Aes0NAIXNDQDPzQ0A280NACTODQArzg0Aec4NAIHODQDOzg0A3M4NACPPDQAwzw0AeM8NAIDPDQCUrxEA2c8NACLQDQAl0A0Ad9ANAIHQDQDM0A0A1NANAOmvEQAt0Q0AdtENAHzRDQDL0Q0A1dENACDSDQA00g0AddINAH3SDQA+sBEA19INAB/TDQAn0w0AdNMNAHfTDQDJ0w0A1dMNAB7UDQAo1A0Ac9QNAHzUDQDI1A0AydQNAB3VDQA11Q0ActUNAHTVDQDH1Q0A2NUNABzWDQAt1g0AcdYNAHnWDQDG1g0A1dYNABvXDQAd1w0AcNcNAIHXDQDF1w0A1tcNABrYDQAz2A0Ab9gNAHHYDQDE2A0A09gNABnZDQA52Q0A6LARAHDZDQDD2Q0A49kNABjaDQAs2g0APLIRAHXaDQDC2g0Az9oNABfbDQAc2w0AbNsNAHbbDQDB2w0AydsNABbcDQAc3A0Aa9wNAHTcDQDA3A0AzdwNAJGyEQAh3Q0Aat0NAHDdDQC/3Q0Axd0NABTeDQAd3g0Aad4NAGreDQC+3g0AyN4NABPfDQAf3w0AaN8NAG/fDQDmshEAxd8NADuzEQAa4A0AkLMRAG/gDQDlsxEAyOANABHhDQAh4Q0AZuENAGvhDQC74Q0AweENABDiDQAc4g0AZeINAG3iDQA6tBEAy+INAA/jDQAg4w0AZOMNAHbjDQC54w0AweMNAA7kDQAZ5A0AY+QNAGjkDQC45A0AveQNAA3lDQAt5Q0Aj7QRAHLlDQC35Q0AweUNAAzmDQAY5g0AYeYNAGfmDQC25g0AvuYNAAvnDQAN5w0AYOcNABfnDQAF7Q0AcecNALXnDQDG5w0ACugNABzoDQBf6A0AZ+gNALToDQC/6A0ACekNAA7pDQBe6Q0AY+kNALPpDQDT6Q0A5LQRAArqDQBd6g0AbOoNALLqDQC96g0AB+sNABnrDQBc6w0AZOsNALHrDQC86w0ABuwNAAvsDQBb7A0AYOwNALDsDQDQ7A0AObURAAftDQBa7Q0Aae0NAK/tDQC67Q0ABO4NABbuDQBZ7g0AYe4NAK7uDQC57g0AA+8NAAjvDQBY7w0AXe8NAK3vDQDN7w0AjrURAA/wDQBX8A0AbvANAOO1EQC58A0AAfENABjxDQA4thEAY/ENAKvxDQCy8Q0AAPINAA7yDQBV8g0AYvINAKryDQDB8g0AjbYRAAfzDQDithEAVvMNAKnzDQC38w0A/vMNAA/0DQA3txEAYPQNAKj0DQC/9A0AjLcRAAf1DQBS9Q0AXvUNAKf1DQCq9Q0A/PUNAAb2DQDhtxEAbfYNADa4EQCu9g0Ai7gRAAP3DQBQ9w0AUfcNAPf6DQBT9w0A+fgNAFf3DQDwAQ4AWvcNAKX3DQBf9w0A9fwNAGD3DQD2+w0AqvcNAEYBDgCx9w0A+vcNAP33DQBP+A0AWfgNAOC4EQCs+A0ANbkRAAL5DQBO+Q0AGfkNAPL/DQBc+Q0Ao/kNAK35DQD4+Q0ABPoNAE36DQBQ+g0AovoNAKr6DQCKuREA+foNAEz7DQBP+w0AofsNAKT7DQDfuREA+PsNAEv8DQBZ/A0AoPwNALH8DQCJuhEA9/wNAEr9DQBX/Q0An/0NAK79DQD0/Q0AAP4NAEn+DQBa/g0Anv4NAK/+DQDz/g0A//4NAEj/DQBP/w0Anf8NAKX/DQAzuxEAAAAOAEcADgBIAA4AiLsRAKgADgDxAA4A+AAOAN27EQBNAQ4AmwEOAKABDgCHvBEA+QEOAEUCDgBLAg4AmgIOAJwCDgDvAg4A+QIOAEQDDgBSAw4AmQMOAJ4DDgDuAw4A+wMOAEMEDgBbBA4AmAQOAK4EDgDtBA4A8AQOAEIFDgBKBQ4AMb0RAKMFDgDsBQ4A7wUOAEEGDgBLBg4Ahr0RAJ4GDgDbvREA7QYOAEAHDgBDBw4AlQcOAJgHDgAwvhEA7AcOAD8IDgBNCA4AlAgOAKUIDgDavhEA8ggOAD4JDgBMCQ4AkwkOAFcJDgCcqQ8AnQkOAOgJDgD0CQ4APQoOAEAKDgCSCg4AmgoOAIS/EQABCw4A2b8RAFYLDgCRCw4AqwsOAC7AEQDrCw4A4g8OAPQLDgCMEA4A9gsOADsMDgA9DA4AkAwOAJ4MDgDlDA4A9gwOAIPAEQBBDQ4A2MARAJUNDgDkDQ4A6Q0OADkODgA/Dg4ALcERAJQODgDjDg4A6A4OADgPDgBODw4AjQ8OAJUPDgDXwREAAhAOADcQDgA/EA4ALMIRAKMQDgDhEA4A7hAOADYRDgA7EQ4AixEOAJERDgDgEQ4A7BEOADUSDgA8Eg4AihIOAJISDgDfEg4AAhMOANbCEQBBEw4AiRMOAJgTDgDeEw4A4BMOADMUDgA8FA4AiBQOAJ8UDgDdFA4A6BQOADIVDgA8FQ4AhxUOAI8VDgCAwxEA4hUOADEWDgA3Fg4AhhYOAIsWDgDbFg4A4RYOANXDEQBSFw4AhRcOAI0XDgB/xBEA4xcOAC8YDgAwGA4AhBgOAIwYDgDZGA4A5BgOAC4ZDgAzGQ4AgxkOAIgZDgDYGQ4A+BkOANTEEQAzGg4AghoOAIkaDgDXGg4A3BoOACwbDgAwGw4AgRsOAI4bDgDWGw4A3hsOACscDgA2HA4AgBwOAIUcDgDVHA4A2hwOACodDgBKHQ4AKcURAI4dDgDUHQ4A3x0OACkeDgAxHg4Afh4OAIEeDgDTHg4AiB4OANAhDgDfHg4AKB8OADIfDgB9Hw4Ahh8OANIfDgDTHw4AJyAOAC8gDgB8IA4AhyAOANEgDgDWIA4AJiEOACshDgB7IQ4AmyEOAH7FEQDcIQ4AJSIOACciDgB6Ig4AgCIOAM8iDgDWIg4AJCMOACkjDgB5Iw4AfSMOAM4jDgDbIw4AIyQOACskDgB4JA4AgyQOAM0kDgDSJA4AIiUOACclDgB3JQ4AlyUOANPFEQDUJQ4AKMYRACsmDgB2Jg4AfyYOAMsmDgDRJg4AICcOACwnDgB1Jw4AkycOAMonDgDLJw4AHygOACEoDgB0KA4AgSgOAMkoDgDXKA4AHikOAC0pDgBzKQ4AjykOAMgpDgDQKQ4A0sYRADAqDgByKg4AcyoOAMcqDgDTKg4AHCsOACsrDgBxKw4AeysOAMYrDgDSKw4AGywOACIsDgAnxxEAeCwOAHzHEQDOLA4AGi0OACctDgDRxxEAdC0OAMQtDgDRLQ4AGS4OACMuDgAmyBEAcC4OAMMuDgDZLg4AGC8OACQvDgB7yBEAdS8OAE5NDwCLLw4Awi8OAMovDgDxqg4A4C8OABcwDgAfMA4AbDAOADkwDgAqcQ8AbTAOABUyDgBvMA4AaTMOAHgwDgB/cQ8AfDAOAMEwDgDDMA4AFjEOACQxDgBrMQ4AfDEOANDIEQDIMQ4AJckRABcyDgBqMg4AbTIOAL8yDgDCMg4AeskRABwzDgDPyREAczMOABGLDgCJMw4AvjMOAMwzDgATNA4AFDQOACTKEQBwNA4AecoRAOA0DgDOyhEAHzUOAGc1DgB1NQ4AvDUOAMY1DgARNg4AGTYOAGY2DgBnNg4AYTsOAIE2DgAOOQ4AkjYOALs2DgDENg4AEDcOABE3DgBlNw4AczcOALo3DgDENw4ADzgOABs4DgBkOA4AajgOALk4DgDVOA4AI8sRABw5DgBjOQ4AcDkOALg5DgDCOQ4ADToOAA86DgBiOg4AeToOALc6DgDDOg4ADDsOACg7DgB4yxEAcjsOALY7DgC4Ow4ACzwOABU8DgBgPA4AcDwOALU8DgC6PA4ACj0OABA9DgBfPQ4AdT0OALQ9DgC8PQ4ACT4OAAw+DgBePg4AZz4OALM+DgDBPg4ACD8OABI/DgBdPw4AaT8OALI/DgDOPw4AzcsRABRADgBcQA4AZEAOALFADgC0QA4AA5kOAMFADgAGQQ4ACEEOAASYDgAUQQ4AW0EOAGhBDgCwQQ4AvkEOAAVCDgAIQg4AWkIOAGVCDgCvQg4Au0IOAARDDgALQw4AWUMOAGFDDgCuQw4AsEMOAANEDgATRA4AWEQOAGJEDgCtRA4AuUQOAAJFDgAIRQ4AV0UOAF9FDgAizBEArkUOAAFGDgAPRg4AVkYOAGNGDgCrRg4At0YOAABHDgAGRw4AVUcOAFhHDgCqRw4AskcOAP9HDgABSA4A+kwOAAJIDgCoSQ4AD0gOAFRIDgBWSA4AoFEOAFlIDgCpSA4AskgOAP5IDgALSQ4AU0kOAFpJDgB3zBEAsUkOAPhODgCySQ4AUUsOAMhJDgD9SQ4AC0oOAFJKDgBTSg4AzMwRALNKDgD8Sg4AA0sOACHNEQBTSw4ApksOAKxLDgD7Sw4ABUwOAFBMDgBcTA4ApUwOAKxMDgB2zREAE00OAE9NDgBUTQ4ApE0OAKpNDgD5TQ4AA04OAE5ODgBaTg4Ao04OAKpODgDLzREAB08OAE1PDgBcTw4Aok8OAK5PDgD3Tw4A+k8OAExQDgBPUA4AoVAOALFQDgD2UA4A/1AOAEtRDgBcUQ4AIM4RAK5RDgD1UQ4ABlIOAHXOEQBRUg4Ays4RAKdSDgD0Ug4A9lIOAO9XDgD3Ug4AnVQOAARTDgBJUw4AS1MOAJVcDgBOUw4AnlMOAKdTDgDzUw4AAFQOAEhUDgBPVA4AH88RAKZUDgDtWQ4Ap1QOAEZWDgC9VA4A8lQOAABVDgBHVQ4ASFUOAHTPEQCoVQ4A8VUOAPhVDgDJzxEASFYOAJtWDgChVg4A8FYOAPpWDgBFVw4AUVcOAJpXDgChVw4AHtARAAhYDgBEWA4ASVgOAJlYDgCfWA4A7lgOAPhYDgBDWQ4AT1kOAJhZDgCfWQ4Ac9ARAPxZDgBCWg4AUVoOAJdaDgCjWg4A7FoOAO9aDgBBWw4ARFsOAJZbDgCmWw4A61sOAPRbDgBAXA4AUVwOAMjQEQCjXA4A6lwOAPtcDgAd0REARl0OAHLREQCcXQ4A6V0OABJeDgA+Xg4ARl4OAJNeDgCjXg4A6F4OAOpeDgA9Xw4AS18OAJJfDgCjXw4Ax9ERAO1fDgA8YA4ASGAOABzSEQC/YA4AxtIRAO9gDgA7YQ4ASGEOAJBhDgCsYQ4A5WEOAO1hDgAb0xEAS2IOAI9iDgCRYg4A5GIOAOViDgA5Yw4APGMOAI5jDgCaYw4A42MOAOpjDgA4ZA4AVGQOAI1kDgCVZA4AxdMRAO9kDgA3ZQ4AR2UOAIxlDgCRZQ4A4WUOAAxmDgAa1BEAPGYOAG/UEQCTZg4A4GYOAOFmDgAscA4A5mYOAEj9DwDqZg4ANWcOAOxmDgCGaw4A8GYOAN1pDgD+Zg4AfnMOADpnDgCl9Q8AQGcOAKrwDwBBZw4AimcOAI1nDgDfZw4A6WcOAMTUEQA8aA4AiWgOAI9oDgDeaA4A52gOADNpDgBAaQ4AiGkOAKRpDgAZ1REA32kOADJqDgDiaQ4A7wAQAEBqDgCHag4AmGoOAG7VEQDiag4AMWsOAD1rDgDD1REAjGsOANtrDgDhaw4AMGwOADVsDgCFbA4Ai2wOAMLWEQDhbA4AwdcRADRtDgCEbQ4AjG0OANltDgDlbQ4ALm4OAEFuDgCDbg4Aj24OANhuDgDnbg4ALW8OADZvDgCCbw4AjG8OANdvDgDjbw4Aa9gRAD1wDgCBcA4AjXAOANZwDgDYcA4AK3EOAC5xDgCAcQ4AjHEOANVxDgDdcQ4AwNgRADZyDgB/cg4Aj3IOANRyDgDgcg4AKXMOAC9zDgAV2REAoHMOANNzDgDbcw4AKHQOAFJ0DgB9dA4AiHQOANJ0DgDedA4AJ3UOADh1DgB8dQ4AfXUOAGrZEQDXdQ4AJnYOADN2DgC/2REAiHYOANB2DgDndg4AJXcOAFB3DgB6dw4AgncOAM93DgDZdw4AJHgOADB4DgB5eA4AfHgOAM54DgDYeA4AFNoRACt5DgB4eQ4AfnkOAM15DgDWeQ4AInoOAC96DgB3eg4Ak3oOAGnaEQDOeg4AIXsOANN6DgBpiA4ALnsOAHZ7DgB9ew4Ay3sOAM17DgAgfA4AJnwOAHV8DgB8fA4AynwOAOJ8DgAffQ4AJH0OAHR9DgArfQ4AHn4OAH19DgDJfQ4A030OAL7aEQAkfg4Ac34OAHl+DgDIfg4AzX4OAB1/DgAjfw4AE9sRAHN/DgDHfw4A2H8OAByADgAogA4AcYAOAHuADgDGgA4A0oAOABuBDgAigQ4AaNsRAHKBDgDFgQ4Ae4EOAOMMEADIgQ4AGoIOADqCDgBvgg4Ad4IOAL3bEQDVgg4AGYMOACCDDgBugw4AdoMOAMODDgDGgw4AbIUOANODDgAYhA4AGoQOAG2EDgB7hA4AwoQOANOEDgAS3BEAHoUOAGfcEQB1hQ4AwYUOANCFDgAWhg4AJYYOAGuGDgB3hg4AwIYOAMOGDgAVhw4AGIcOAGqHDgB6hw4Av4cOAMiHDgAUiA4AJYgOALzcEQBuiA4AvogOAMeIDgATiQ4AHYkOAGiJDgBwiQ4AvYkOANuJDgASig4AMIoOAGeKDgCFig4AvIoOANqKDgAR3REAGIsOAGaLDgBriw4Au4sOAHKLDgC6jA4AxIsOABCMDgAajA4AZYwOAIGMDgBm3REAwIwOAA+NDgAVjQ4AZI0OAICNDgC73REA440OAGXeEQA4jg4Aut4RAGuODgC53xEAzo4OAA2PDgAPjw4AYo8OAGiPDgC3jw4Ay48OAAyQDgAUkA4AYZAOAIuQDgAO4BEAv5AOAAuRDgAYkQ4AYJEOAG6RDgC1kQ4Av5EOAAqSDgAkkg4AX5IOAGySDgC0kg4AwJIOAAmTDgATkw4AXpMOAGaTDgBj4BEAupMOAAiUDgAQlA4AuOARADaUDgC34REAaZQOALKUDgC5lA4AB5UOAA+VDgAN4REAXpUOALGVDgDClQ4ABpYOAA6WDgBblg4AZZYOALCWDgC8lg4ABZcOAAiXDgBalw4AZJcOAAziEQDLlw4AYeIRABKYDgBZmA4AapgOALbiEQC1mA4AC+MRAAyZDgBYmQ4AZ5kOAK2ZDgC8mQ4AApoOAA6aDgBXmg4AWpoOAKyaDgCvmg4AAZsOABGbDgBWmw4AX5sOAKubDgC8mw4AYOMRAAKcDgBVnA4ADJwOAP+cDgBYnA4AqpwOALKcDgC14xEABZ0OAFSdDgBgnQ4AqZ0OALGdDgAK5BEACp4OAFOeDgBWng4AqJ4OALKeDgBf5BEAAp8OAFKfDgBonw4Ap58OAKifDgD8nw4ADaAOAFGgDgBdoA4ApqAOALCgDgD7oA4AB6EOALTkEQBcoQ4ApaEOAKihDgD6oQ4ABKIOAF7lEQBSog4ApKIOAKeiDgD5og4ABaMOAE6jDgBUow4Ao6MOAK2jDgCz5REA/aMOAE2kDgBapA4AoqQOAKWkDgD3pA4AE6UOAEylDgBUpQ4ACOYRAKmlDgBd5hEA/qUOALLmEQBOpg4AoKYOAGKmDgDbag8AwKYOAPWmDgAJpw4AB+cRAFenDgBc5xEAoKcOAPSnDgD6pw4ASagOAFWoDgCeqA4AragOAPOoDgD1qA4ASKkOAFKpDgCdqQ4AqakOAPKpDgD5qQ4AsecRAFOqDgAG6BEApKoOAFvoEQD0qg4A76wOAAGrDgBGqw4ASKsOAJurDgCpqw4A8KsOAAGsDgBY6xEATKwOAK3rEQCirA4AAuwRAA+tDgBErQ4AUq0OAJmtDgCarQ4AV+wRAPqtDgBDrg4ASq4OAKzsEQCgrg4AAe0RAO+uDgBCrw4AUK8OAJevDgCorw4AVu0RAPKvDgBBsA4ATbAOAKvtEQCcsA4A67AOAPGwDgBAsQ4ARbEOAJWxDgCbsQ4AVe4RAO2xDgA/sg4AS7IOAJSyDgCasg4A6bIOAPOyDgD/7hEAQ7MOAJOzDgCgsw4A6LMOAOuzDgA9tA4AUrQOAJK0DgCatA4AVO8RAO+0DgA8tQ4ASLUOAJG1DgCXtQ4A5rUOAOy1DgA7tg4AQLYOAJC2DgCWtg4AUvERAPS2DgA6tw4ASbcOAI+3DgCYtw4A5LcOAOq3DgA5uA4AP7gOAI64DgCauA4A47gOAOq4DgA4uQ4AQLkOAPzxEQCXuQ4A4rkOAO25DgA3ug4AQ7oOAIy6DgCSug4A4boOAOm6DgA2uw4AQrsOAIu7DgCRuw4A4LsOAOa7DgA1vA4AOrwOAIq8DgCQvA4AUfIRAOa8DgA0vQ4AQr0OAIm9DgCWvQ4A3r0OAPW9DgAzvg4AT74OAIi+DgCQvg4ApvIRAPC+DgAyvw4ANL8OAIe/DgCdvw4A3L8OAN2/DgAxwA4AQsAOAIbADgCSwA4A+/IRAPfADgBQ8xEARsEOAIXBDgCGwQ4A2sEOAOvBDgAvwg4AO8IOAKXzEQCJwg4A2cIOAN/CDgAuww4ATsMOAIPDDgCPww4A2MMOAN/DDgD68xEAM8QOAILEDgCHxA4A18QOAN3EDgBP9BEAQMUOAIHFDgCCxQ4A1sUOAOLFDgArxg4AR8YOAIDGDgCIxg4ATvURAN3GDgD49REANscOAH/HDgCFxw4A1McOANrHDgApyA4AQcgOAH7IDgCIyA4A08gOAN/IDgAoyQ4AK8kOAH3JDgCHyQ4A0skOAOrJDgAnyg4AN8oOAHzKDgB+yg4A0coOAN/KDgAmyw4AN8sOAE32EQCByw4A0MsOANzLDgCi9hEALcwOAEz3EQCGzA4Az8wOANLMDgAkzQ4ALs0OAKH3EQB7zQ4Azs0OANzNDgAjzg4ANM4OAEv4EQB/zg4AoPgRANXODgD1+BEAKs8OAPT5EQB5zw4AzM8OANnPDgAh0A4AMNAOAHbQDgB80A4Ay9AOANfQDgAg0Q4AItEOAHXRDgB/0Q4AytEOANjRDgAf0g4AJNIOAHTSDgCB0g4AydIOANXSDgAe0w4AMdMOAHPTDgCC0w4AyNMOANTTDgAd1A4AHtQOAHLUDgB81A4Ax9QOANXUDgAc1Q4AIdUOAHHVDgB+1Q4ASfoRANDVDgAb1g4AKdYOAHDWDgBz1g4AxdYOANXWDgAa1w4AKNcOAG/XDgB71w4AxNcOAMvXDgAZ2A4AINgOAG7YDgB62A4Aw9gOAMTYDgAY2Q4AJNkOAG3ZDgB62Q4AwtkOAMnZDgAX2g4AI9oOAGzaDgB52g4AwdoOANDaDgAW2w4AKtsOAGvbDgB32w4AwNsOANPbDgAV3A4AJNwOAGrcDgB23A4Av9wOAMDcDgAU3Q4AHt0OAGndDgB33Q4Avt0OAMPdDgAT3g4AIN4OAJ76EQBp3g4Avd4OAM7eDgAS3w4AIN8OAGffDgB23w4AvN8OAL7fDgAR4A4AG+AOAGbgDgB04A4Au+AOAMDgDgAQ4Q4AHeEOAGXhDgB04Q4AuuEOAL/hDgAP4g4AHOIOAGTiDgBu4g4AueIOAMXiDgAO4w4AIeMOAGPjDgBt4w4AuOMOAMTjDgAN5A4AIOQOAGLkDgBx5A4At+QOAMPkDgAM5Q4ADeUOAGHlDgBr5Q4AtuUOAMTlDgAL5g4AEOYOAGDmDgBt5g4A8/oRALrmDgAK5w4AF+cOAF/nDgBp5w4AtOcOALrnDgAJ6A4AC+gOAF7oDgBr6A4As+gOALboDgAI6Q4AFukOAF3pDgBp6Q4AsukOAL/pDgAH6g4AEeoOAFzqDgBr6g4AseoOALbqDgAG6w4AE+sOAFvrDgBo6w4AsOsOALzrDgAF7A4AFOwOAFrsDgBk7A4Ar+wOAL3sDgAE7Q4ACe0OAFntDgBm7Q4Aru0OALrtDgAD7g4AFu4OAFjuDgBn7g4Are4OALnuDgAC7w4AA+8OAFfvDgBh7w4ArO8OALrvDgAB8A4ABvAOAFbwDgBj8A4ASPsRAL7wDgAA8Q4AD/EOAFXxDgBh8Q4AqvEOAKvxDgD/8Q4ACfIOAFTyDgBi8g4AqfIOAK7yDgD+8g4AC/MOAJ37EQBm8w4AqPMOALfzDgD98w4ACfQOAFL0DgBT9A4Ap/QOALH0DgD89A4ACvUOAFH1DgBW9Q4ApvUOALP1DgDy+xEA/fUOAFD2DgBe9g4ApfYOALL2DgD69g4ABvcOAE/3DgBV9w4ApPcOALX3DgD59w4A+/cOAE74DgBX+A4Ao/gOALD4DgD4+A4AB/kOAE35DgBY+Q4AovkOAK75DgD3+Q4ACvoOAEz6DgBb+g4AofoOAK36DgD2+g4A9/oOAEv7DgBV+w4AoPsOAK77DgD1+w4A+vsOAEr8DgBX/A4AR/wRAKz8DgD0/A4AAv0OAEn9DgBT/Q4Anv0OAKz9DgDz/Q4A9f0OAEj+DgBZ/g4Anf4OAKv+DgDy/g4AI/8OAEf/DgBJ/w4AnP8OAKb/DgDx/w4A//8OAEYADwBLAA8AmwAPAKgADwDwAA8A/AAPAEUBDwBYAQ8AmgEPAKkBDwDvAQ8A+wEPAEQCDwBFAg8AmQIPAKMCDwDuAg8A/AIPAEMDDwBIAw8AmAMPAKUDDwCc/BEA7wMPAEIEDwBEBA8AlwQPAKYEDwDsBA8A+wQPAEEFDwBNBQ8AlgUPAJkFDwDrBQ8A7gUPAEAGDwBGBg8AlQYPAKEGDwDqBg8A7QYPAD8HDwBEBw8AlAcPAJ0HDwDpBw8A7wcPAD4IDwBNCA8AkwgPAJ8IDwDoCA8A+AgPAD0JDwA/CQ8AkgkPAKAJDwDnCQ8A+AkPAPH8EQBCCg8AkQoPAJ0KDwBG/REA+QoPADsLDwBKCw8AkAsPAJwLDwDlCw8A5gsPADoMDwBEDA8AjwwPAJ0MDwDkDA8A6QwPADkNDwBGDQ8Am/0RAJoNDwDjDQ8A7Q0PADgODwBkDg8AjQ4PAJQODwDiDg8A+w4PADcPDwBGDw8AjA8PAJsPDwDhDw8A5g8PADYQDwBDEA8AixAPAJgQDwDgEA8A7BAPADURDwBEEQ8AihEPAJQRDwDfEQ8A7REPADQSDwA5Eg8AiRIPAJYSDwDeEg8A6hIPADMTDwBGEw8AiBMPAJcTDwDdEw8A6RMPADIUDwAzFA8AhxQPAJEUDwDcFA8A6hQPADEVDwA2FQ8AhhUPAJMVDwDw/REA7BUPADAWDwBBFg8AhRYPAJEWDwDaFg8A8RYPAC8XDwAxFw8AhBcPAJUXDwDZFw8A3BcPAC4YDwA4GA8AgxgPAIUYDwDYGA8A4hgPAC0ZDwA5GQ8AghkPAI4ZDwDXGQ8A6hkPACwaDwA7Gg8AgRoPAI0aDwDWGg8A1xoPACsbDwA1Gw8AgBsPAI4bDwDVGw8A2hsPACocDwA3HA8ARf4RAIEcDwDUHA8A3hwPACkdDwAxHQ8Amv4RAJEdDwDTHQ8A3x0PACgeDwA3Hg8AfR4PAIYeDwDSHg8A3B4PACcfDwA1Hw8AfB8PAIEfDwDRHw8A3h8PACYgDwAyIA8AeyAPAI4gDwDQIA8A3yAPACUhDwAxIQ8AeiEPAHshDwDPIQ8A2SEPACQiDwAyIg8AeSIPAH4iDwDOIg8A2yIPAO/+EQAlIw8AeCMPAIIjDwDNIw8A1SMPAET/EQAnJA8AdyQPAI0kDwDMJA8AzSQPACElDwAyJQ8AdiUPAIIlDwDLJQ8A1SUPACAmDwAuJg8AdSYPAHomDwDKJg8A1yYPAB8nDwArJw8AdCcPAIcnDwDJJw8A2CcPAB4oDwAqKA8AcygPAHQoDwDIKA8A0igPAB0pDwArKQ8AcikPAHcpDwDHKQ8A1CkPAJn/EQAeKg8AcSoPAHsqDwDGKg8AzioPAO7/EQAxKw8AcCsPAHwrDwDFKw8AyisPABosDwAjLA8AbywPAHksDwDELA8A0CwPABktDwAsLQ8Abi0PAH0tDwDDLQ8Azy0PABguDwAZLg8AbS4PAHcuDwDCLg8A0C4PABcvDwAcLw8AbC8PAHkvDwBDABIAwy8PABYwDwAgMA8AazAPAHMwDwCYABIAzTAPABUxDwAkMQ8AajEPAHUxDwC/MQ8AyzEPABQyDwAjMg8AaTIPAIkyDwC+Mg8AyjIPABMzDwAaMw8AaDMPAHYzDwC9Mw8AwjMPABI0DwAeNA8AZzQPAHo0DwC8NA8AyzQPABE1DwAdNQ8AZjUPAGc1DwC7NQ8AxTUPABA2DwAeNg8AZTYPAGo2DwC6Ng8AxzYPAO0AEgARNw8AZDcPAG43DwC5Nw8AwTcPAEIBEgArOA8AYzgPAHQ4DwC4OA8AxDgPAA05DwAgOQ8AYjkPAHE5DwC3OQ8AwzkPAAw6DwANOg8AYToPAGs6DwC2Og8AxDoPAAs7DwAQOw8AYDsPAG07DwCXARIAtzsPAAo8DwAUPA8AXzwPAGc8DwDsARIA0TwPAAk9DwAaPQ8AXj0PAGo9DwCzPQ8Axj0PAAg+DwAXPg8AXT4PAGk+DwCyPg8Asz4PAAc/DwARPw8AXD8PAGo/DwCxPw8Atj8PAAZADwATQA8AQQISAF1ADwCwQA8AukAPAAVBDwANQQ8AlgISAGtBDwCvQQ8Aw0EPAARCDwAIQg8AWUIPAFtCDwCuQg8AwkIPAANDDwAGQw8AWEMPAHVDDwCtQw8AvkMPAAJEDwAORA8AV0QPAGpEDwCsRA8Au0QPAAFFDwANRQ8AVkUPAFdFDwCrRQ8AtUUPAABGDwAORg8AVUYPAFpGDwCqRg8At0YPAOsCEgABRw8AVEcPAF5HDwCpRw8AsUcPAEADEgAASA8AU0gPAGFIDwCoSA8AuUgPAJUDEgAESQ8A6gMSAHVJDwDpBBIAr0kPAOgFEgACSg8AUUoPAFZKDwCmSg8AqkoPAPtKDwAISw8APQYSAFVLDwClSw8AqUsPAPpLDwD8Sw8AT0wPAGhMDwCkTA8AtUwPAPlMDwAFTQ8AkgYSAFFNDwDzUg8AWk0PAKNNDwC2TQ8A+E0PAPlNDwBNTg8AWU4PAKJODwCxTg8A904PAAFPDwBMTw8AWE8PAKFPDwCoTw8A5wYSAP5PDwBLUA8ATVAPAD9cDwBOUA8ARlUPAFFQDwCgUA8AV1APAJlXDwBYUA8A18MPAKxQDwD1UA8ABFEPAEpRDwBWUQ8An1EPAK1RDwD0UQ8AD1IPAElSDwBVUg8AnlIPAKVSDwA8BxIAAFMPAEhTDwBKUw8AnVMPAJ5TDwDyUw8A9VMPAEdUDwBSVA8AnFQPAKFUDwDxVA8A+1QPAJEHEgBTVQ8Am1UPAJ1VDwDwVQ8A8VUPAEVWDwBIVg8AmlYPAKVWDwDvVg8A9FYPAERXDwBOVw8A5gcSAKxXDwDuVw8A71cPAENYDwBPWA8AmFgPAKdYDwDtWA8A91gPAEJZDwBOWQ8Al1kPAJ5ZDwA7CBIA9FkPAEFaDwBDWg8AlloPAKVaDwDrWg8A9VoPAEBbDwBJWw8AlVsPAJdbDwDqWw8A+1sPAOUIEgBOXA8AlFwPAJ5cDwDpXA8A8lwPAD5dDwBAXQ8Ak10PAKRdDwDoXQ8A8F0PAD1eDwBbXg8Akl4PAJpeDwDnXg8A814PADxfDwBPXw8AkV8PAJJfDwDmXw8A8l8PADtgDwBKYA8AkGAPAJpgDwDlYA8A8WAPADphDwBBYQ8AOgkSAKBhDwDkYQ8A9WEPADliDwBBYg8AjmIPAJViDwDjYg8A8WIPADhjDwBIYw8AjWMPAJ1jDwDiYw8A/mMPAI8JEgBEZA8AjGQPAKNkDwDhZA8A6WQPADZlDwBEZQ8Ai2UPAJVlDwDgZQ8A7GUPADVmDwBLZg8AimYPAI1mDwDfZg8A+2YPAOQJEgBEZw8AiWcPAJNnDwDeZw8A5mcPADNoDwBCaA8AiGgPAI1oDwDdaA8A6mgPADJpDwA8aQ8Ah2kPAIlpDwDcaQ8A6mkPADFqDwA+ag8AhmoPAIlqDwA5ChIA5moPADBrDwA6aw8AhWsPAI1rDwDaaw8A6WsPAC9sDwA0bA8AhGwPAJFsDwDZbA8A42wPAC5tDwAwbQ8Ag20PAJFtDwDYbQ8A5W0PAC1uDwAwbg8AjgoSAIVuDwDXbg8A424PACxvDwAzbw8AgW8PAIlvDwDWbw8A728PACtwDwA/cA8AgHAPAJxwDwDVcA8A3XAPADgLEgAycQ8AjQsSAIxxDwDUcQ8A23EPAClyDwAxcg8AfnIPAINyDwDTcg8A43IPAChzDwAwcw8AfXMPAItzDwDScw8A33MPACd0DwA0dA8AfHQPAIh0DwDRdA8A13QPACZ1DwAudQ8Ae3UPAId1DwDQdQ8A43UPACV2DwA0dg8AenYPAIZ2DwDPdg8A0HYPACR3DwAudw8AeXcPAId3DwDOdw8A03cPACN4DwAweA8A4gsSAHt4DwDNeA8A13gPACJ5DwAkeQ8Ad3kPAIZ5DwDMeQ8A7HkPACF6DwApeg8AdnoPAIB6DwDLeg8A0XoPACB7DwAiew8AdXsPAIR7DwDKew8A1nsPAB98DwAnfA8ANwwSAJJ8DwDJfA8A53wPAIwMEgA8fQ8Ac30PAJF9DwDIfQ8A0H0PAB1+DwAsfg8Acn4PAHR+DwDHfg8A0H4PABx/DwAffw8AcX8PAH1/DwDGfw8AzX8PABuADwAjgA8AcIAPAImADwDFgA8A2YAPABqBDwA2gQ8Ab4EPAHeBDwDhDBIA4oEPABmCDwA3gg8ANg0SAIeCDwDDgg8AyIIPABiDDwAzgw8AbYMPAHmDDwDCgw8AyoMPAIsNEgAqhA8AbIQPAHuEDwDBhA8AzYQPABaFDwAXhQ8Aa4UPAHWFDwDAhQ8AzoUPABWGDwAahg8AaoYPAHeGDwDgDRIAw4YPABSHDwAWhw8AaYcPAGyHDwC+hw8AxocPABOIDwAdiA8AaIgPAHOIDwC9iA8AyYgPABKJDwAaiQ8ANQ4SAHWJDwC8iQ8AwokPABGKDwAdig8AZooPAHWKDwC7ig8AxYoPABCLDwAYiw8AZYsPAHSLDwC6iw8AvIsPAA+MDwAYjA8AZIwPAGeMDwC5jA8AxYwPAA6NDwAWjQ8Aig4SAHONDwC4jQ8AwI0PAA2ODwAXjg8AYo4PAG2ODwC3jg8Aw44PAAyPDwAUjw8A3w4SAGaPDwC2jw8Ax48PAAuQDwAckA8AYJAPAGWQDwC1kA8AuZAPAAqRDwAYkQ8AX5EPAGyRDwC0kQ8Ay5EPAAmSDwARkg8AXpIPAGqSDwCzkg8AxpIPAAiTDwAXkw8AXZMPAGmTDwCykw8As5MPAAeUDwARlA8AXJQPAGqUDwCxlA8AtpQPAAaVDwATlQ8ANA8SAGGVDwCwlQ8AvpUPAAWWDwASlg8AWpYPAHGWDwCvlg8At5YPAASXDwAPlw8AWZcPAFuXDwCulw8Au5cPAAOYDwAKmA8AWJgPAGmYDwCtmA8Au5gPAAKZDwAPmQ8AV5kPAG6ZDwCsmQ8AtJkPAAGaDwAGmg8AVpoPAGaaDwCrmg8As5oPAACbDwAKmw8AVZsPAGCbDwCqmw8AtpsPAP+bDwAHnA8A3g8SAG2cDwCpnA8ArpwPAP6cDwAZnQ8AU50PAF+dDwConQ8AsJ0PADMQEgAQng8AUp4PAGGeDwCnng8As54PAPyeDwD9ng8AUZ8PAFufDwCmnw8AtJ8PAPufDwAAoA8AUKAPAF2gDwCIEBIAraAPAPqgDwD8oA8AT6EPAFyhDwCkoQ8AqaEPAPmhDwADog8ATqIPAFmiDwCjog8Ar6IPAPiiDwD+og8ATaMPAFWjDwCiow8ArqMPAPejDwAKpA8ATKQPAFukDwChpA8AraQPAPakDwD3pA8AS6UPAFWlDwCgpQ8ArqUPAPWlDwD6pQ8ASqYPAFemDwDdEBIApKYPAPSmDwADpw8ASacPAFinDwCepw8Ap6cPAPOnDwD5pw8ASKgPAE6oDwCdqA8AqagPAPKoDwD5qA8AR6kPAGOpDwAyERIApqkPAPGpDwD9qQ8ARqoPAEmqDwCbqg8ApaoPAIcREgD4qg8A3BESAE2rDwAxEhIAoqsPAIYSEgD3qw8ARKwPAEWsDwDnsw8AUawPAJmsDwBYrA8AP7EPAFusDwCLug8AXawPADK+DwCarA8A7qwPAAStDwBDrQ8AS60PAJitDwCarQ8AQLAPAKatDwDtrQ8A9a0PANsSEgD6rQ8AQq4PAEWuDwCXrg8Aoa4PAOyuDwDurg8AQa8PAFKvDwCWrw8Ap68PAOuvDwDzrw8AMBMSAEewDwCVsA8AnLAPAOqwDwDysA8AhRMSAEGxDwCUsQ8AmrEPAOmxDwD2sQ8APrIPAEayDwCTsg8AlbIPAOiyDwDvsg8APbMPAESzDwCSsw8AmrMPANoTEgD0sw8APLQPAD20DwCRtA8Ap7QPAOa0DwDutA8AO7UPAD21DwDjtw8ASbUPAJC1DwCYtQ8ALxQSAJ21DwDltQ8A6LUPADq2DwBEtg8Aj7YPAJG2DwDktg8A9bYPADm3DwBKtw8AjrcPAJa3DwCEFBIA6rcPADi4DwA/uA8AjbgPAJW4DwDZFBIA7LgPADe5DwA5uQ8AjLkPAJ25DwDhuQ8A8rkPADa6DwA+ug8ALhUSAJC6DwAuwg8Al7oPAOC6DwD2ug8ANbsPAD27DwCKuw8AmLsPAN+7DwDsuw8ANLwPADe8DwCJvA8Ak7wPAN68DwDgvA8AM70PAES9DwCIvQ8Amb0PAN29DwDlvQ8AgxUSADu+DwCHvg8AlL4PANy+DwDjvg8AMb8PAEK/DwCGvw8Akr8PANu/DwDjvw8A2BUSAD3ADwCFwA8AiMAPANrADwDkwA8AL8EPADHBDwCEwQ8AlcEPANnBDwDqwQ8ALRYSADbCDwCDwg8AmsIPANjCDwDkwg8ALcMPADfDDwCCww8AisMPAIIWEgDYww8ALMQPAELEDwCBxA8AicQPANbEDwDkxA8AK8UPADPFDwDXFhIAOMUPAIDFDwCDxQ8A1cUPAN/FDwAqxg8ALMYPAH/GDwCQxg8A1MYPAOXGDwApxw8AMccPACwXEgCExw8A08cPANjHDwAoyA8AQ8gPAH3IDwCLyA8A0sgPANnIDwAnyQ8AM8kPAHzJDwCCyQ8A0ckPANTJDwAmyg8AMMoPAHvKDwCByg8A0MoPANLKDwAlyw8AL8sPAHrLDwCGyw8Az8sPAObLDwAkzA8AOMwPAHnMDwCVzA8AzswPANbMDwCBFxIAJc0PAHjNDwCGzQ8Azc0PAN7NDwDWFxIAKc4PACsYEgCFzg8AzM4PANbODwAhzw8ALM8PAHbPDwB+zw8Ay88PANfPDwAg0A8AM9APAHXQDwCE0A8AytAPANbQDwAf0Q8AINEPAHTRDwB+0Q8AydEPANfRDwAe0g8AI9IPAHPSDwCA0g8A1RgSANDSDwAd0w8AJ9MPAHLTDwB30w8Ax9MPAM/TDwAc1A8AItQPAHHUDwB91A8AxtQPAMzUDwAb1Q8AJNUPAHDVDwB91Q8AxdUPAM3VDwAa1g8AG9YPAG/WDwBx1g8AxNYPAMfWDwAZ1w8AHNcPAH8ZEgCE1w8Aw9cPAMvXDwAY2A8AJNgPAG3YDwBz2A8AwtgPAMjYDwAX2Q8AHNkPAMHZDwBF2Q8AbNkPAHTZDwApGhIAx9kPAH4aEgAs2g8Aa9oPAG3aDwDA2g8AzdoPABXbDwAc2w8AatsPAHLbDwC/2w8Az9sPABTcDwAW3A8AadwPAHfcDwC+3A8Az9wPACgbEgAa3Q8AfRsSAHbdDwC93Q8Ax90PABLeDwAd3g8AZ94PAG/eDwC83g8AyN4PABHfDwAk3w8AZt8PAHTfDwC73w8Axd8PABDgDwAY4A8AZeAPAHTgDwC64A8Av+APAA/hDwAW4Q8AZOEPAHDhDwAnHBIA9+EPAA7iDwBM4g8AY+IPAGviDwB8HBIA4uIPAA3jDwAZ4w8AYuMPAGjjDwC34w8AveMPAAzkDwAR5A8AYeQPAGfkDwDRHBIAt+QPAAvlDwAR5Q8AYOUPAGXlDwC15Q8AxOUPAArmDwAW5g8AX+YPAGLmDwC05g8At+YPAAnnDwAR5w8AXucPAG3nDwCz5w8AuOcPAAjoDwAe6A8AXegPAF7oDwCy6A8Aw+gPAAfpDwAT6Q8AXOkPAGbpDwCx6Q8AvekPAAbqDwAN6g8AJh0SAGvqDwCw6g8AvOoPAAXrDwAU6w8AWusPAG7rDwCv6w8AvusPAATsDwAV7A8AWewPAGXsDwB7HRIAsOwPAAPtDwAR7Q8AWO0PAGntDwDQHRIAs+0PAALuDwAO7g8AJR4SAF3uDwCs7g8Asu4PAAHvDwAG7w8AVu8PAFzvDwAkHxIAsO8PAADwDwAC8A8AVfAPAGbwDwB4IBIAtvAPAP/wDwAF8Q8AVPEPAGDxDwCp8Q8AsfEPAM0gEgAE8g8AU/IPAF/yDwCo8g8AsPIPACIhEgAJ8w8AUvMPAFXzDwCn8w8AsfMPAHchEgD+8w8AUfQPAF/0DwCm9A8At/QPACEiEgAB9Q8AUPUPAFz1DwB2IhIArfUPAPr1DwD99Q8AT/YPAFv2DwCk9g8AsPYPAPn2DwAB9w8AICMSAFn3DwCj9w8Ar/cPAPj3DwAA+A8AdSMSAFb4DwCi+A8As/gPAPf4DwAI+Q8ATPkPAFT5DwCh+Q8ApPkPAPb5DwAA+g8AS/oPAE36DwCg+g8Ar/oPAPX6DwAV+w8ASvsPAFL7DwCf+w8AqfsPAPT7DwD6+w8ASfwPAEv8DwCe/A8ArfwPAPP8DwD//A8AyiMSAFT9DwCd/Q8Au/0PAPL9DwD4/Q8AR/4PAFD+DwCc/g8Aqf4PAPH+DwD5/g8ARv8PAFz/DwCb/w8Anf8PAPD/DwALABAARQAQAFEAEACaABAApwAQAB8kEgD1ABAARAEQAEwBEACZARAArwEQAO4BEADzARAAQwIQAEkCEACYAhAApAIQAO0CEAD1AhAAdCQSAE8DEACXAxAApwMQAOwDEADxAxAAQQQQAEcEEACWBBAArAQQAOsEEADtBBAAQAUQAEoFEACVBRAAowUQAOoFEADvBRAAPwYQAEwGEADJJBIAowYQAOkGEADyBhAAPgcQAEgHEACTBxAAoQcQAOgHEADtBxAAPQgQAEoIEACSCBAAmggQAOcIEAD3CBAAPAkQAD4JEACRCRAAnwkQAOYJEAD3CRAAHiUSAEIKEABzJRIAlQoQAOUKEADrChAAOgsQAEILEACPCxAAmQsQAOQLEADmCxAAOQwQADwMEACODBAArgwQAB0mEgDvDBAAOA0QAD4NEACNDRAAmQ0QAOINEADqDRAAciYSAEMOEACMDhAAkg4QAOEOEADtDhAANg8QAD4PEADHJhIAjQ8QAOAPEADuDxAANRAQAEYQEAAcJxIAlxAQAN8QEAD2EBAAcScSAD4REACJERAAlREQAN4READhERAAMxIQAD0SEADGJxIAmRIQAN0SEADkEhAAMhMQADoTEACHExAAlBMQANwTEADhExAAMRQQADsUEACGFBAAjhQQANsUEADqFBAAMBUQADUVEACFFRAAmxUQANoVEADbFRAALxYQAD0WEACEFhAAlRYQANkWEADlFhAALhcQADYXEABwKBIAhxcQAFQBAACLFxAApZ4RAI8XEACzkw4A5BcQAPcIAAA1GBAAKhsQAOMZEADVKgAALxoQANMsAAA6GxAAxDsAANcbEADBPgAALBwQAA5HAADVHBAAboIPANYcEAC2SQAA2hwQAGyQAwDdHBAAu5IHACwdEAD5WwAA1h0QAEhiAAArHhAAkW4AANQeEAA1dQAANR8QACx+AAB/HxAAfoEAANIfEAB6hQAAgiAQAMaOAABDIRAAeSEQANQjEAAwzwAAzyQQACTbAAAkJRAAcOQAAM4lEAAM8wAAgCYQAFj8AADtJhAArfwAACAnEAAC/QAAfycQAPwCAQAnKBAApQQBAHsoEACgCQEAOykQAJcSAQB9KRAAkRgBAOUpEAAbKhAAjCoQAMUqEADNKhAAGisQACYrEADfHwEAdysQAIciAQA1LBAAbiwQAHYsEADDLBAAxSwQANUpAQAkLRAAzy8BAMotEAAbOQEAIi8QAFdSAQDILxAA/lUBANwvEACIZhEA5C8QAIpkEQA6MBAAU1YBAHAwEACnVwEA0TAQAPpZAQAZMRAA91wBAG0xEAD1XgEAdDIQAI1xAQDXMhAAEjMQABozEADicQEAdjMQADV0AQAdNBAA1X4BAIk0EAAqfwEAxzQQANOAAQAYNRAAZTUQAG81EAAogQEAxDUQACOGAQDENxAAtJ8BABU4EABiOBAAcjgQAAmgAQAYORAABaQBAGk5EAC2ORAAxjkQAFqkAQBsOhAA/KwBALk8EAB5LwIAvTwQACIxAgDBPBAA5sIBAM08EABpPwIAZT0QAPqeEQBmPRAAwN4LAGk9EADjxQEAeT0QAOwHDAC6PRAAvIgQAM49EAA4xgEA4D0QAGLhEQAOPhAAjcYBABE+EAC3kQwAvT4QAIjLAQASPxAA3csBAL4/EAAs0gEAY0AQACbYAQANQRAAItwBAFxBEACuQRAAukEQAMzcAQC1QhAAAkMQAAVDEADbbA0ADkMQAHDjAQBsQxAAGOYBAM1DEAABRBAAWkQQAE76DABmRBAAX/QBAINEEAAV6QEAt0QQAGTvAQBhRRAACvQBAAtGEABe9QEAcEYQALP1AQAORxAAXfYBAFxHEABc9wEAYEgQAKcBAgAFSRAAeSUMAAhJEACiBgIACkkQAALwDQBZSRAAoaIRAGtJEACmSRAAA0oQAFBKEAAXShAA7RACAFNKEADkuQwAWkoQANnEDABdShAAT6QMAGtKEACgCAIAcUoQAIXDDAD8ShAA8QwCACRLEACwlw0AXUsQAJoOAgCwSxAAmQ8CAA9PEAAxIgIAqVwQALTpDABNXRAAtOoLAFNdEAAzygIAlF4QADlgEQCZXhAAO18QAK1eEAA4YhAAtV4QADVkEQC7XhAAI9oCAD1fEAANPAwAP18QAOK7DABCXxAAq/YIAEVfEAB42gIASl8QAM3aAgBMXxAAFpAEAHJfEAB22gQAmmEQABPqAgBAYhAAjWIQAI5iEADjZQwAl2IQAHrMDgCcYhAAsUENAKxiEAD59BEA7GIQAA7vAgDkYxAA5RcDAOdjEABDsgoA6GMQAKIFAwDqYxAAXPYCAOtjEAAB/AIA7WMQAOwPBADuYxAAVP4CAO9jEABGDAMA8GMQAAT5AgDxYxAAmwsEAPdjEABRAQMAH2QQALnhDwA1ZxAACUkDADlnEADgHAMAPWcQABKMDACUZxAAMx8DAN9pEAAUPgMASGsQAP5TAwDyaxAA9F0DAKJsEADwYQMA4WwQAEBnAwDZbRAAhHgDADRuEACBbhAAj24QANd6AwCEbxAAAJwOAI5vEAB5gwMAgnAQABSTAwDacRAA/KoDAH5yEABJswMAOXMQAHxzEAB9dBAASAgFAH50EAB61wMAhXQQANTNCAAodRAAdtsDACx1EADF3AgAJ3YQAGDxAwAudxAAqvwDANx3EAD8/wMAk3gQAMx4EADUeBAAIXkQADB5EACfBwQAgHkQAPEKBAApehAAzyQMACx6EACaDAQAfXoQAMp6EACRehAA5V4RANR6EADvDAQAfHsQAJQSBADYexAAkhQEAHl8EACMGgQA0HwQALKZCQAgfRAAMCEEACh+EADIMwQAeX4QAD0HEQDifhAAG38QACN/EABwfxAAfX8QALVGBACBfxAAGjcEACqBEABTUwQAJIIQAEBmBAB1ghAAwoIQANOCEACUZwQAe4MQAOJuBADLgxAANHIEAG2EEADXeQQA0YQQAHuABADchBAAb4wEAOmEEAB1hgQA6IUQAMSMBACIhhAAvZMEAMSGEAAMmgQAb4cQAFKpBAB0hxAALXQJAHWHEADUdwkAd4cQAN1uCQDZhxAAEogQABqIEABniBAAvogQAPIADQDEiBAAOl8RAMaIEABPrAQAyIgQAN2+DgDfiBAApPQRAACJEAAlzA4AGYkQAEyvBACTiRAAu4kQABqKEACctAQAyYoQAD+8BABnixAANsUEANWLEADfxgQAG4wQACzPBAAdjBAANMcEAGmMEACGygQAbYwQAITMBABsjRAA1NEEAHCOEADJ3AQAuY4QAMThBAAlkRAAXpEQAGaREACzkRAAwpEQAPv/BAARkhAAngcFAAmTEADrDwUAFJMQAJe1CABfkxAAPRMFAGCUEAB+JwUAapQQAIYfBQC2lBAA2CIFALqUEADWJAUAIJYQAFmWEABhlhAArpYQALOWEABqOwUAvZYQAHIzBQAJlxAAxDYFAA2XEADCOAUAC5kQAKlRBQCxmRAAoFoFAFuaEAA3bgUAJJsQANJ9BQB6mxAAIoMFALibEAAghQUADpwQAG+LBQBfnBAAbowFALCcEAD9nBAAB50QAMOMBQBVnRAAwI8FAFqeEAC2mQUAF58QAFCfEABYnxAApZ8QAKufEABVpQUAEKAQAPyoBQC6oBAARbUFAP2gEAA7vwUAsqEQADfDBQBcohAAL8sFABOjEABMoxAAVKMQAKGjEACxoxAAItgFAM2jEABz3AUAAqQQACHZBQBTpBAAoKQQAKqkEAB22QUAu6UQAPSlEAD8pRAASaYQAFKmEAAQ6gUAqKYQAA7sBQBkpxAAnacQAKWnEADypxAA86cQAAP3BQD3pxAACkUGAPinEABMAwYA/6cQAKb+BQABqBAAs/EFAE2oEAAF9QUAUagQAGJCBgBQqRAATgEGAE+qEAA/EAYApKoQAJAUBgD1qhAAjxUGAKerEADcHQYAX6wQAJisEACgrBAA7awQAPesEADUJQYARa0QAM0sBgAIrhAAQa4QAEmuEACWrhAAo64QAB4xBgClrhAAFDsGAPCuEAAaNQYAm68QAGY+BgDyrxAAZEAGAFqxEACTsRAAm7EQAOixEAD3sRAAWEwGAEeyEACqTwYAR7QQAJVkBgCstBAA5bQQAAG1EAA6tRAAR7UQAOllBgBVthAAjrYQAJa2EADjthAA5rYQAIJ3BgDEtxAAdYQGADq4EABwiQYAPrgQANTKCwDuuBAAFJAGADm5EAAQlAYAlLoQAP+kBgDruhAAT6oGAOa7EACSZAkA+rsQAD1kCQBPvBAAiLwQAJC8EADdvBAA4LwQAEeyBgBOvRAAh70QAI+9EADcvRAA670QAO61BgA8vhAAkrwGAIe/EADXzAYANsAQACggDQA7wBAAlrAOAD7AEAB/zwYAP8AQAO2uDgCQwBAAe9MGAJ/BEADYwRAA4MEQAC3CEAA2whAAHN0GAIzCEAAa3wYAO8MQABPmBgCawxAAXvAGAC7EEAAA+QYA2MQQAKADBwCCxRAA6Q8HAIjGEACHHAcA3cYQANkfBwA0xxAAKyMHAJnHEADSxxAA2scQACfIEAA2yBAAIC4HADfIEAB/JAcAiMgQAH4lBwDZyBAAJskQADDJEADTJQcA1skQAHIxBwB9yhAAFTkHACzLEAC8PAcA6ssQACPMEAArzBAAeMwQAIfMEAAIRgcA2cwQAFpJBwAqzRAAd80QAIbNEACuSgcAMM4QAKhQBwCAzhAA+lMHANjOEADuXwcA2s4QAPRZBwDmzxAAH9AQACfQEAB00BAA5dAQAB7REAAm0RAAc9EQAIDREACGcgcA1dEQAC51BwAr0hAA1XgHAMnSEAAkfwcAfdMQAB2GBwAm1BAAs5oHAHvVEAD0rgcAzNUQABnWEAAo1hAASLAHAJTWEACcsQcAzNcQAOu3BwAj2BAAPLwHAHTYEADB2BAA0NgQAJC9BwA82RAA5L4HAG3aEACKwwcAxNoQAIPKBwBu2xAAy9cHABjcEABp5AcAzdwQAA7qBwAf3RAAYusHAMLdEAAI8AcAgt4QALveEADD3hAAEN8QAGjfEABU+QcAHuAQAPz7BwDV4BAADuEQABbhEABj4RAAbeEQAPMECADG4RAAnAYIABziEACXCwgAbOIQAOgPCAAV4xAAORQIABfkEAAzGggAaOQQALXkEAC35BAAiBoIAHvlEAC05RAAvOUQAAnmEAAk5xAAXecQAGXnEACy5xAAzegQAAbpEAAO6RAAW+kQAGXpEACxRggAIeoQAFrqEABi6hAAr+oQALnqEACQZwgAxeoQAKBXCAAJ6xAAnlkIAGPrEABAYggAtuwQAM99CAC67BAA2HQIABDtEADSeggAWO0QANB8CAAL7hAAzX8IAFnuEADKgggACu8QABqICABh7xAAaY4IAAvwEABmkQgAYPAQALuRCADF8BAA/vAQAAbxEABT8RAAYvEQAGOUCAAK8hAAAqAIAGLyEACmpggAbfMQAKbzEACu8xAA+/MQAAr0EADyrwgA/fQQAE/1EABp9RAAOL8IAMD1EAD59RAAAfYQAE72EABd9hAANMMIANn2EADdxAgAafcQAKL3EACq9xAA9/cQAFv4EACEyAgAp/gQANbLCABX+RAA084IALL5EAAk0wgAUfoQAPJZCQBU+hAAytcIAKb6EADJ2AgAqPsQAAzrCAD9+xAAsPEIAE/8EACv8ggAY/0QAJz9EACk/RAA8f0QAP39EAD3/wgATv4QAJv+EACf/hAASwEJAAD/EAD0AgkAtv8QAO//EAD3/xAARAARAG4AEQA7EQkAngARAIkYCQAKAREAujoLAEsBEQCYAREA0AERANkdCQBlAhEAlwIRAJkDEQAPPQkAnAQRAKlNCQDxBREAPgYRAGAHEQCSBxEAsQcRAOcHEQBMCBEA42gJAO4IEQAzbgkAlgkRAC9yCQDxChEAgh4KAPMKEQAjfgkAPwsRAHWBCQBBDREAwIsJAI8NEQAOkwkAlg0RABGQCQCSDxEA3w8RAIwQEQD4qAkAlBERAO2zCQDkEhEAMRMRAFoTEQDZxwkA9xMRADAUEQA4FBEAhRQRAJQUEQDRzwkA4BQRACPTCQDkFBEA2hsKAIkVEQAh1QkA4RURAC4WEQBXFhEAdNcJAOAWEQAb2wkAVhcRAHDbCQDcGBEAsu4JAOEZEQCr9QkA4BoRAPj9CQBFGxEATf4JAI0bEQCi/gkA2RsRAPQBCgCJHBEA8QQKAO4cEQBGBQoANh0RAJsFCgCCHREA7QgKAPoeEQAlHxEAlh8RAM8fEQDXHxEAJCARANMgEQB+IgoA0SERAHIuCgCMIhEADj0KAD0jEQB2IxEAfiMRAMsjEQDVIxEAr0YKAKAlEQBOUgoAyiYRAIlsCgAmJxEALnIKAMknEQDQegoALCgRACJ+CgDQKBEAa4oKACUqEQBVoAoAgSoRAMQqEQDMKxEAm68KAIMtEQCLvwoAGy4RAIbECgB4LhEA2McKADEvEQBqLxEAci8RAL8vEQAWMBEAetAKAC8xEQBoMREAcDERAL0xEQDnMREAbd0KAHAyEQC84woAxDIRABEzEQAfMxEAZuQKAGwzEQC55goAHTQRALTrCgBmNBEAsO8KAG01EQCm+QoAcDURAFD6CgDFNhEAQwcLABI3EQCXCAsAbzcRAOkLCwC/NxEAkQ4LAA84EQDmDgsAhTgRALY4EQB8OREAhBsLAN85EQDZGwsAETsRAF47EQCHOxEAfSILAJI7EQAnIwsAaD0RACMnCwDBPREAdSoLABM+EQDJKwsAEj8RABgyCwBfPxEAFDYLACNAEQBZQBEABUERAFpFCwBfQREA/E0LAB5CEQBXQhEAX0IRAKxCEQC5QhEAS1QLAA5DEQBIVwsAuEMRAO9aCwB0RBEAqkQRABFFEQDtVhEAHkURAFRFEQAKRhEAN2gLAAxGEQDkZQsAukYRAP1GEQBgRxEAg3ELAAxIEQAifQsAZkkRAA+QCwAFShEAC5QLAF1KEQAFmgsAskoRAFKiCwAGSxEAUaMLAKlLEQD2qAsAaUwRAKJMEQCqTBEA90wRAGpNEQA+tgsATk4RAI28CwBhTxEAg8YLAARQEQDQzgsAulARAPNQEQD7UBEASFERALlREQDyUREA+lERAEdSEQD0UhEAj18RAPlSEQBGUxEA+1IRACzFDgANUxEAApcRAFBTEQBq3wsA9lMRAA/lCwD2VREAVfQLAFJWEQCq9AsAQ1cRAEz9CwBNWBEA7wQMAGVYEQBBsQ0AnlgRAOtYEQAJWREARAUMAJxaEQC5jQ4A8VoRAA6ODgBaWxEAk1sRAJtbEQDoWxEAXVwRAIwSDADvXBEAoVIMAJheEQCTsBEAl18RAL00DgCrXxEAZN8RAL1fEQDkXxEA7F8RAFJJDwASYBEAkWAOAGdgEQCOYBEA5mARAHHSEQBUYREAjWERAJVhEQDiYREAQ2IRAHMrDACoYhEA4WIRAOliEQA2YxEAl2MRAK6ZDQD2YxEAmVoMADplEQBVnQ0AQGURAGk1DACjZREAETgMAJBmEQDdZhEA7GYRAGE8DQA6ZxEA4woSAJVoEQBdQQwAn2gRAAlADACRaREABEUMAEtqEQCEahEAjGoRANlqEQA0bBEA+00MAEFuEQCVXgwA3W4RADNrDAA1cBEAznoMADJxEQDLfQwAf3IRAGyGDQCCchEA91ANAIZyEQAWiAwAjHIRALKVDQAucxEAe3MRAIVzEQARjQwAlnQRAM90EQDXdBEAJHURANB1EQAEmgwAKHYRAKudDAApeBEA9agMAH54EQDLeBEA13gRAEesDACBeREAma8MACd6EQB0ehEAi3oRAOm0DABxfxEAzs8MAB6AEQB01AwAdYIRAK7vDAAogxEAa4MRACKEEQBIAA0AJYQRAPT+DAAihREAmwINAOGFEQAThhEAMYYRAEIGDQCMhhEAkQwNACCHEQDmDA0AbYkRALqJEQC8iREALxkNABSKEQDZGQ0AG4oRAIEcDQDUixEADYwRABWMEQBijBEAbIwRABwsDQAojREAYY0RAGmNEQC2jREAxY0RABE3DQARjhEAYzoNALuOEQCzPw0AZY8RAANFDQC7kBEACJERAAuREQD7TA0AvpERAKJQDQC5khEA8lUNANmSEQCp7xEAIpMRAEZXDQCzkxEABZQRALKUEQCZWQ0AuZQRAOxbDQBklhEA5mENAGaWEQCs8A0ACpcRAFeXEQCumBEAn1IOAAyZEQDZbg0AW5oRAHKADQBemhEAv4gNAGOaEQCCcA0Ab5oRAM16DQAKnREAc38NALSdEQBthQ0ABp8RAB0qDgAknxEAEN4RAFefEQCknxEAp58RAL6JDQAJoBEAZ4sNAFqgEQBmjA0Aq6ARAPigEQACoREAu4wNAKSiEQBgkg0Aq6IRAF6UDQBOoxEAXZUNAMqkEQAEmQ0AUaURAFacDQDkphEAsOgRAFynEQDNzg4AnacRAO2vDQD8qBEAPbUNAE2pEQCaqREAs6kRAJG2DQDyqREARKoRAL2qEQA3uw0AZ6sRADa8DQARrBEAir0NAJ+sEQDsrBEA9qwRADHBDQCXrREAXZQOAKSuEQDTyQ0AmLARAMrSDQCEsREAkrERANmxEQDnsREAPLQRALriDQBGtBEACOoNAPK2EQBU8w0ARbcRAFP0DQCUtxEA/fQNAOS3EQBR9g0A47gRAKT4DQDnuREANLoRAJG6EQDeuhEAibsRAJwADgDluxEAMrwRAI+8EQDcvBEAib0RAJYGDgA4vhEAhb4RAOK+EQAvvxEANsARAOYLDgCPwBEAOg0OADXBEQCCwREAksERAI4ODgBPwhEAgcIRADTDEQA0Ew4AjMMRANwVDgD5wxEAKsQRAEPHEQBwLA4A7MgRAMAxDgCWyREAFDMOAEDKEQBoNA4AzcwRAKdKDgCBzhEASlIOAHXPEQCcVQ4AKdERAD9dDgDQ0REA518OAHzTEQA6Yg4AmtQRAItmDgDH1BEANGgOACHVEQBK+REAd9URANxqDgB61REA2mwOAMbVEQAY1hEANNYRAG3WEQDF1hEAF9cRADPXEQBs1xEAydcRABbYEQAg2BEAL20OAHPYEQAjIBIAxtgRACpyDgDN2REAe3YOABfaEQAjeQ4AcdoRAJ/5EQB92xEAIs8OAB7cEQAXhQ4Ayd8RAP5HDwAX4REA/p0OAA/iEQCvlw4AwuIRAK6YDgC85BEACeURABPlEQBQoQ4AweURAPijDgD36BEABekRAEzpEQBa6REAoekRAK/pEQD26REABOoRAEvqEQBZ6hEAoOoRAK7qEQBk6xEARawOAMnrEQCarA4AWOwRAO6tDgDI7BEAmK4OAF/tEQDsrw4Ax+0RAADuEQBx7hEAqu4RAA3vEQA+sw4A0e8RAP7vEQAm8BEAU/ARAHvwEQCo8BEA0PARAP3wEQBa8REAp/ERAKzxEQDltg4A/vIRANvADgCw9BEAV+4PALT0EQCu7A8AbfURAKP1EQAX9hEAKscOAFb2EQB7yw4AwfYRAPf2EQCp9xEA9vcRAAb4EQB5zQ4AV/gRAHjODgC1+BEAyNIPAPr8EQA8Cg8AUv0RAOYKDwBN/hEAfxwPAPf+EQAjIw8Aof8RABwqDwBLABIAwS8PAPUAEgAPNw8AnwESALU7DwBJAhIAW0APAPMCEgD/Rg8AoQMSAP1IDwAEBBIAPwQSAEcEEgCUBBIAQwgSAJAIEgCuCBIA7FkPAOoLEgB4eA8AVQwSAHR8DwD/DBIAxIEPAJcNEgAXhA8A6A0SAL+GDwA8DhIAZ4kPAI8OEgBjjQ8A7w4SAGGPDwBQDxIAiQ8SAOAPEgBUnA8APxASAP2dDwCdEBIApaAPAOUQEgCfpg8AoxESAPCqDwDmFRIAMMAPAJEXEgAjzQ8A4hcSACLODwAzGBIAgBgSAIQYEgB3zg8A3RgSACoZEgCHGRIA1BkSAIYaEgDTGhIANBsSABPdDwCFGxIA0hsSANYbEgBo3Q8A/BwSALbkDwDZHRIAre0PACgeEgB6HhIAoh4SAM8eEgAnHxIAeR8SAKEfEgDOHxIAOiASAKvvDwDPIBIA/vEPACwhEgD98g8AfyESAMwhEgDcIRIA/PMPACoiEgD79A8AeSISAMsiEgAqIxIATvcPAIUjEgBN+A8AgiQSAEIDEAAqJRIAOwoQAHslEgDIJRIA2CUSAJAKEAB2JhIANw4QANcmEgCLDxAAKicSAIoQEAB5JxIANBEQAMknEgAbKBIA","fail":"AAAAAAAAAADNhwAAksEBANPWAADwCAcAFzwCAAruBwBOBQIA/EwMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAtj0MAKb7CABrlAAARw4AAE4FAgAM6AsAYegLALboCwAL6QsAix0CAFGhDQCmoQ0AzdkDAAAAAADwCAcAFzwCABc8AgDcdQMALCcCAIEnAgDcaw0Al7ANADHMAgCGzAIA5hgBALKdBQDntA4A3HUDAE4FAgBllQUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCAPxMDADIhAgAFzwCAGNFAgBIsgUAN8EHAAAAAADwCAcATgUCALyNCwBS/wMA1SgCAFqcCQDjGgIAzYcAAMsyAgAiJA8AdyQPAKKwAgDZJgAATgUCAHEuCwDGLgsAt0gAAAZKBQBrlAAAwJQAAO65AgAW4AkAa+AJAE4FAgC2PQwApvsIAGuUAABHDgAATgUCAAzoCwBh6AsAtugLAAvpCwDvswcAI3sMAFUAAABVAAAAIygKABc8AgC3SAAATgUCAO+zBwDrvQEAAAAAAGuUAADVKAIARw4AAIweAAA9GAAACu4HAF/uBwA4xwAAjccAAOLHAAAH9gIAVP4CAKn+AgBSowoAPBkAABGOCwCRYQ0AVAEAAKkBAAD+AQAAUwIAAKgCAADvswcAI3sMAFUAAABVAAAAt5wBAG05BABrlAAATrEAABc8AgBsPAIADpYGAE4FAgD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAABzgwkAyIMJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAbTkEAMI5BABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAAH9gIA5RcDAOu9AQBAvgEAlb4BADy4CwCv7wsABPALAAzoCwBh6AsAtugLAAvpCwCLHQIAxi4LAF9JAgDBigkAFosJAGuLCQAK7gcATgUCAI25DgC3lAkATgUCANxrDQD8SQ8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAFqcCQCJFQwA77MHAIweAADhHgAANh8AAIsfAADgHwAANSAAAHODCQDIgwkAAAAAABuPAABrlAAARw4AAHaHAgDA3woACu4HAE4FAgDvswcAzzAAACQxAAB5MQAAzjEAAG0vDgDjGgIAzYcAAJLBAQCMHgAACu4HAE4FAgD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAyYgDAB6JAwBziQMAyIkDAAzoCwBh6AsA5xgAADwZAAARjgsAkWENAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgCUXQ4A6V0OALyNCwC4RgEADUcBAO65AgAajwEACu4HAJ+nDgC8jQsAEY4LAJFhDQBUAQAAqQEAAP4BAABTAgAAbS8OAOMaAgDNhwAAksEBAIweAAAK7gcATgUCAPxMDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDJiAMAHokDAHOJAwDIiQMADOgLAGHoCwDnGAAAPBkAABGOCwCRYQ0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAJRdDgDpXQ4AvI0LALhGAQANRwEA7rkCABqPAQAK7gcAn6cOAM2HAACSwQEAqlIDAAf2AgDlFwMAzzAAACQxAAB5MQAAzjEAAG0vDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAABtLw4A2SYAAEAMCQAXPAIAnAIMAHaHAgBtLw4A5hgBALDyBwBHDgAA670BAOFzAAABRw0ADJQKADEXDQAE+QIAo7EAAPixAABNsgAAorIAAPeyAABMswAAvI0LABGOCwCRYQ0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgB3zw4A/EwMADlrBgDvswcAzHoOAAZKBQBbSgUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgC2PQwAn6cOAD0YAAAQQgMAa5QAAAruBwBOBQIAowUCAFVJDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgAXiQoAkhgAANPWAAA9GAAATgUCALY9DABf7gcA7QMPAEIEDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAAruBwCfpw4APRgAABBCAwBrlAAACu4HANUoAgBrlAAAwJQAABbpAADO2QIA4xoCAM2HAAA3wQcA1SgCAAruBwDjGgIA1SgCAGuUAADAlAAAFukAAM7ZAgAbjwAA4xoCALecAQBtOQQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAc4MJAMiDCQC3SAAABkoFAFtKBQBrlAAA7rkCAEO6AgCYugIATgUCADy4CwCv7wsABPALAAzoCwBh6AsAtugLAAvpCwB5JA0AyIQIAB2FCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAHx3DABVAAAAVQAAACMoCgAXPAIAt0gAAMDfCgAK7gcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQD7TgsAAAAAALecAQBtOQQAa5QAAD0YAAC3SAAATgUCALY9DACm+wgAa5QAAEcOAABOBQIADOgLAGHoCwC26AsAC+kLAO+zBwAjewwAVQAAAFUAAAAjKAoAFzwCALdIAABOBQIA/EwMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgDMgQcAzYYBAD5fDQBOBQIAc4MJAMiDCQAAAAAAG48AAGuUAABHDgAAdocCAMDfCgAK7gcATgUCAOMaAgDcdQMATgUCAO+zBwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAgiIGAE6xAAA+vwIAsksCAIIiBgDwCAcAt5QJAE4FAgC8jQsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAAPxMDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAHODCQDIgwkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAE9SCQC3lAkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAZZUFAD6/AgCTvwIA6L8CAAfsDABc7AwAsewMANPWAAAajwEARQoGAAxJAADMfAwA9asJALdIAABOBQIA/EwMAOe0DgDcdQMATgUCALyNCwARjgsAkWENAFQBAACpAQAA/gEAAFMCAACoAgAAZZUFALqVBQAPlgUA2SYAAEAMCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgBllQUAo7EAAPixAABNsgAAorIAAPeyAABMswAA77MHAIweAAA9GAAAt0gAAE4FAgD8TAwAOMcAAI3HAADixwAALCcCAIEnAgDJiAMAHokDAHOJAwDIiQMADOgLAGHoCwDnGAAAPBkAABGOCwCRYQ0AVAEAAKkBAAD+AQAAUwIAAKgCAAA8uAsAr+8LAATwCwDvswcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQCoqAQA/EwMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgDBigkAFosJAGuLCQDAiwkAFYwJAGqMCQD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAMDfCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEAsPIHAKSqBgC7PAgAzYcAAOe0DgAQQgMAzdkDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAAf2AgDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAAPAIBwC3lAkAQhECAJcRAgBHDgAAjB4AAKSqBgAlfwYAen8GAEumDgBFCgYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA7A8EAEEQBACWEAQA6xAEAEARBACVEQQA6hEEAD8SBACUEgQAYzsMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADO2QIA/EwMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgCPYQ8ARw4AAIweAAAK7gcATgUCAG0vDgBOTQ8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgCUXQ4A6V0OAHODCQDIgwkAHYQJAHKECQDHhAkAHIUJAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEAsPIHAKSqBgC7PAgAzYcAAOe0DgAQQgMAzdkDALdIAADVKAIAzYcAAMiECAAdhQgADJ0BANPWAABrlAAACu4HAE4FAgBtLw4AFzwCAE9SCQDjGgIAzYcAAOMaAgC3nAEANGcPAM2HAAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAztkCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQCfpw4AwJQAABbpAADO2QIABvgBAE6xAABrlAAAVQAAALdIAACCIgYA8AgHAE4FAgAAAAAAAAAAAAAAAACoqAQAc4MJAMiDCQBIsgUAksEBAJwOAAC3lAkAB/YCAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAIbECgDbxAoAMMUKALyNCwARjgsAkWENAFQBAACpAQAA/gEAAFMCAACoAgAADOgLAGHoCwC26AsAC+kLAHkkDQDIhAgAHYUIAAydAQDT1gAAa5QAAAruBwA9GAAAkhgAAOcYAAD8TAwAJ8sNAHeIAADMiAAAIYkAAHaJAADLiQAA3GsNAJewDQD+nwwA3GsNAPxJDwAajwEAzdkDACLaAwDuuQIAWpwJAMx8DABHDgAAdocCANPWAAAajwEARQoGAAxJAABOBQIAc4MJAGw8AgDjGgIA4xoCABqPAQBFCgYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgC8jQsAt5wBADRnDwDNhwAAksEBAIweAABllQUAuzwIABA9CABlPQgAuj0IAE4FAgDcdQMAMXYDAIZ2AwAXPAIATgUCAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwCVvAMAaDoIAIweAACPYw0At0gAAIIiBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQBPrAQApKwEAPmsBAD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAMDfCgDcaw0Al7ANAPAIBwAK7gcAn6cOAEhVDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAADfBBwBOBQIAZZUFABc8AgBjRQIA48EFAJ+nDgA9GAAAt0gAAIIiBgDNhwAAyIQIAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAG05BAAK7gcAX+4HACKIAAB3iAAAzIgAACGJAAB2iQAALMYNAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgADnwgAG48AABc8AgBjRQIA48EFAKb7CABrlAAARw4AACvHDQCSGAAAEUMBAOYYAQCynQUAsksCAE6xAAAK7gcAn6cOAD0YAAAQQgMAa5QAAAAAAADwCAcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAVUkMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAFVJDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIAFuAJAGvgCQCcAgwAv5QBAPAIBwC3lAkAGo8BAG+PAQAQQgMAHTQEANDYAQDmGAEATgUCAO+zBwAjewwAVQAAAFUAAAAjKAoAFzwCALdIAADA3woACu4HAE4FAgD8TAwAaN4OABqPAQBOBQIA7rkCABbgCQBr4AkAnAIMAL+UAQDwCAcAt5QJAE4FAgA8uAsAAAAAAEcOAADrvQEAQL4BAAf2AgBHDgAAqlIDAE4FAgBzgwkAT1IJAPWrCQC3SAAAgiIGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAACCIgYA8AgHALeUCQBrlAAAwJQAABbpAADO2QIAzYcAABqPAQA0Zw8AB/YCAKIFAwBFsAoAbdoNAMLaDQAX2w0AbNsNAMHbDQAW3A0Aa9wNAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQCfpw4AwJQAABbpAADO2QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAOe0DgBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgBLpg4AoKYOAJwOAAC3lAkA2SYAADnFAQCOxQEAwN4LABXfCwAbjwAAt5wBALdIAACCIgYAVQAAALecAQA0Zw8AiWcPADnFAQCOxQEAwN4LABXfCwCMHgAA4R4AABbpAADO2QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAHEuCwBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgBxLgsAUaENAPcGAgBMBwIAoQcCAPYHAgBLCAIADzsLALecAQA0Zw8AiWcPAN5nDwAzaA8AMBcOAJ1VDQBOBQIAc4MJAEumDgDbag8AMGsPAIVrDwAPOwsAZDsLAKMFAgD4BQIATQYCAKIGAgAAAAAASFUNAE4FAgBzgwkAS6YOANtqDwAwaw8AhWsPAA87CwBkOwsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAqKgEAO2uDgBCrw4Al68OAOyvDgBBsA4AAAAAABuPAABwjwAAEEIDAEUKBgDLMgIADjgPAAruBwBKXgIAG48AAHCPAAAQQgMARQoGAMsyAgBaQQ8AFzwCAGw8AgAOlgYAsPIHANPWAADwCAcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAAL7jCACkqgYAt0gAAMDfCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIA3GsNAJewDQD+nwwA4xoCAHfPDgAAAAAA/EwMAOqxDgA/sg4AlLIOAOmyDgA+sw4Ak7MOAOizDgBxLgsALcQOAILEDgDXxA4AB/YCAAAAAADwCAcAt0gAAAf2AgBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIA48EFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgAwFw4AnVUNAHEuCwAAAAAAt5wBAAAAAAAbjwAAzYcAAMiECAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIAlF0OAE4FAgBxLgsAAAAAABuPAADNhwAAWpwJAMx8DAD1qwkASqwJAJ+sCQD0rAkA4xoCAEmtCQCerQkA860JAOMaAgBllQUAupUFAA+WBQCsRQ4AAUYOAFZGDgBllQUAupUFAA+WBQCsRQ4AAUYOAFZGDgDNhwAA57QOAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAADA3woAbIcMAMGHDADLMgIAeyMMANAjDADcdQMAt0gAAMDfCgBshwwAwYcMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAAGSgUA7VsMAME8AgAWPQIAaz0CALdIAAAMSQAAUEsPAKVLDwD6Sw8AAAAAABc8AgBjRQIAMc0BANTQBQCkqgYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgBclQ4ADEkAAFBLDwClSw8A8AgHAMsyAgDGNwIADEkAAFBLDwClSw8A+ksPAAAAAADNhwAAGo8BAM3ZAwCMHgAA1SgCAGuUAADAlAAAFukAAM7ZAgDLMgIAxjcCAAxJAABQSw8ApUsPAPpLDwDLMgIAxjcCAAxJAABQSw8ApUsPANx1AwBVAAAAvuMIAGuUAADAlAAAFukAAM7ZAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAM7ZAgDNhwAADpYGALDyBwBrlAAAwJQAABbpAADO2QIAt0gAALdIAAAGSgUAW0oFAOMaAgA4GwIAjRsCAMDfCgBrlAAAwJQAABbpAADO2QIA5hgBALDyBwC3SAAADEkAAMx8DAAK7gcAn6cOAMCUAAAW6QAAztkCALecAQC3nAEAVQAAACMoCgAajwEAb48BAPhZAwBNWgMA2RoMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANx1AwBrlAAAwJQAABbpAADO2QIACu4HAJ+nDgCrUwEAlAYQAMCUAAAW6QAAztkCAAAAAABrlAAAwJQAAE9SCQAK7gcA6mEJAO65AgAajwEAzdkDAL+UAQDwCAcAt5QJAGuUAADAlAAAFukAAM7ZAgDjGgIA8AgHAPWrCQBwjwAA67wCALecAQAMnQEABkQLAFtECwCwRAsANGcPAMCUAAAW6QAAztkCAOe0DgBCEQIADJQKAGuUAADAlAAAFukAAM7ZAgAXPAIAQhECABuPAADmGAEAsPIHAD0YAAC3SAAAwN8KANkaDAAW6QAAztkCAPAIBwD1qwkAt0gAAMQ5AgDZJgAA4xoCAPAIBwD1qwkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIAwN8KAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCm+wgARQkHAJoJBwCnUAgA/FAIAFFRCACmUQgA+1EIAFBSCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAKSqBgAlfwYAen8GAJwCDAC/lAEA8AgHALeUCQBrlAAAwJQAABbpAADO2QIAt0gAAM2HAAAiiAAASl4CAPAIBwDuuQIAFuAJAGvgCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAztkCAIIiBgDXIgYAcjQEALecAQA0Zw8A5hgBALDyBwA9GAAAt0gAAMDfCgAK7gcAn6cOAMCUAAAW6QAAztkCAEcOAAB8dwwAVQAAAFUAAAAjKAoAFzwCALdIAADA3woACu4HAKb7CABFCQcAmgkHAKdQCAD8UAgAUVEIAKZRCAD7UQgAUFIIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQA0Zw8AQhECAG/bCgDIhAgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA3HUDABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAd88OAMCUAADZJgAAVUkMABc8AgDmGAEAsp0FALJLAgDA3woAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALeUCQBOsQAAJX8GAHp/BgDPfwYAJIAGAHmABgDOgAYA5hgBADsZAQD7TgsA6mEJAJoDDQBADAkATrEAAD6/AgCySwIAgiIGAPAIBwC3lAkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAMiECAAbjwAAa5QAAGuUAADAlAAAFukAAM7ZAgAK7gcAn6cOANkmAABADAkA0MwNAGuUAAAK7gcAzYcAAMiECAAdhQgAcoUIANxrDQCXsA0A/p8MAPxMDAA5awYA5hgBALDyBwAF8wcA4xoCAHfPDgDAlAAATgUCAKMFAgCPYQ8AcI8AAMcsDAC3SAAAgiIGAPAIBwC3lAkAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAtOkMAAnqDABe6gwAs+oMAAjrDABd6wwA8AgHAE4FAgCjBQIALicAANPWAABOBQIA/EwMAFFNDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCANxrDQCXsA0A/p8MAKMFAgCPYQ8AcI8AAMcsDAC3SAAAgiIGAPAIBwC3lAkA57QOAD0YAACSGAAAEUMBADYdAgBzgwkAyIMJAOPBBQCfpw4ApKoGAKOxAAAveQIAOW8CAGNFAgBPUgkAQrwBANxrDQBllQUA3HUDAFhGDACtRgwAAkcMAFdHDABrlAAAwJQAABbpAADO2QIAPRgAALdIAADNhwAAsksCAIIiBgDwCAcAt5QJAGuUAADAlAAAFukAAM7ZAgB6JQsAQAwJANDMDQCdYAIATgUCAO+zBwAi2wIA5hgBAOMaAgDwCAcAGo8BAGOaAgDNhwAAsksCAIIiBgDwCAcAt5QJAE4FAgBxLgsALcQOAILEDgDXxA4AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAPLgLAJG4CwD9ng4AUp8OAKefDgD8nw4AKdUBALJLAgCCIgYA4xoCALecAQA0Zw8A3GsNABBDAgBlQwIAukMCAGWVBQA+vwIAKNUCAH3VAgDS1QIAJ9YCAHzWAgDG4QIAG+ICAHDiAgDF4gIAGuMCAG/jAgDE4wIAGeQCAG7kAgDD5AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAZZUFAD6/AgAo1QIAfdUCANLVAgAn1gIAfNYCABuPAABHDgAA3GsNAJewDQAxzAIAhswCAOYYAQCynQUA57QOAAzoCwBh6AsAtugLAAvpCwCLHQIAxi4LABsvCwD1qwkAQhECAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIAc4MJAMiDCQC3SAAAG48AABc8AgC2PQwAn6cOAKSqBgCjsQAAL3kCADlvAgBjRQIA48EFAE4FAgD8TAwA57QOAAruBwBOBQIADOgLAGHoCwC26AsAC+kLABuPAABHDgAAjB4AADy4CwCRuAsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEAjbkOAEUJBwCaCQcAp1AIAPxQCABRUQgAplEIAPtRCAAdNAQAcjQEAMc0BAAcNQQAcTUEAMY1BAAK7gcATgUCAPxMDADntA4ACu4HAE4FAgAM6AsAYegLALboCwAL6QsAG48AAEcOAACMHgAA77MHACLbAgB32wIAzNsCACHcAgB23AIAhhcNANsXDQAwGA0AhRgNANoYDQDntA4AEEIDAE6xAAAH9gIAQ7IKAEauCwCbrgsA8K4LAEWvCwCarwsA768LADpiDgAtxA4AgsQOANfEDgBOBQIAjbkOAPWrCQC3SAAATgUCAI25DgDZJgAATgUCAOMaAgDwCAcA9asJAHCPAADrvAIAc4MJAGw8AgDmbAIAO20CAMDfCgAV4AoAauAKALdIAABOBQIA3GsNAJewDQD+nwwA/EwMADfBBwAK7gcATgUCANPWAAAajwEARQoGAAxJAABOBQIAjbkOAO65AgAW4AkAa+AJANkmAAC3nAEADJ0BAO+zBwAjewwAeHsMAM17DAAGSgUA7VsMAEJcDADiaQkATgUCANPWAAAajwEARQoGAAxJAABOBQIAjbkOAO65AgAW4AkAa+AJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDcdQMATgUCANPWAAAajwEARQoGAAxJAABOBQIAjbkOAO65AgAW4AkAa+AJANkmAAC3nAEADJ0BALY9DAALPgwA7rkCABqPAQAK7gcAn6cOANPWAAAajwEARQoGAAxJAABOBQIAjbkOAO65AgAW4AkAa+AJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCALyNCwAjKAoAGo8BAG+PAQD4WQMATVoDANkaDABOBQIAtj0MAJ+nDgDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCAPxMDADqsQ4AP7IOAL+UAQAUlQEAaZUBAOYYAQCw8gcAPRgAALdIAABOBQIA3GsNAJewDQD+nwwAcS4LAMYuCwC3SAAABkoFANx1AwBOBQIAPLgLAJG4CwDmuAsADOgLABBCAwBlQgMAukIDAOYYAQCynQUAt5wBAG05BABOsQAAa5QAAOMaAgDwCAcA9asJAHCPAADrvAIARw4AAE4FAgCNuQ4A9asJALdIAABOBQIAjbkOANkmAABOBQIAc4MJAGw8AgDmbAIAO20CALdIAADA3woAQhECAAyUCgDAlAAATgUCALY9DAALPgwA7rkCABqPAQAK7gcAn6cOAOMaAgDcdQMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIACu4HAE4FAgD8TAwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAB+wMAFzsDACx7AwABu0MAFvtDACw7QwABe4MAFruDACv7gwABO8MAFnvDACu7wwAA/AMAFjwDACt8AwAAvEMAFfxDACs8QwAAfIMAFbyDACr8gwAAPMMAFXzDACq8wwA//MMAFT0DACp9AwA/vQMAFP1DACo9QwA/fUMAFL2DACn9gwA/PYMAFH3DACm9wwA+/cMABqPAQBvjwEAnWACAPJgAgBHYQIAhyADANwgAwAxIQMAhiEDANshAwAwIgMAhSIDANoiAwAvIwMAhCMDANkjAwAuJAMAgyQDAAAAAADwCAcA9asJAE4FAgCxQgwABkMMAO65AgAW4AkA/EwMAOe0DgA8tQ4AkbUOAOa1DgA7tg4AkLYOADy4CwCRuAsA5rgLANx1AwAxdgMAhnYDABc8AgBOBQIA77MHAES0BwCZtAcA7rQHAEO1BwAi2wIAd9sCAMzbAgAh3AIAZZUFALqVBQA+Xw0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAPLgLAK/vCwAE8AsADOgLAGHoCwDnGAAAPBkAABGOCwA5bwIAbDwCAA6WBgCw8gcAt0gAAMDfCgDZGgwATgUCAOMaAgA4GwIAjRsCAOIbAgC8jQsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIA48EFAE4FAgDvswcAzHoOACF7DgCySwIAwN8KABXgCgCw8gcAPRgAALdIAABOBQIAtj0MAF/uBwDtAw8AQgQPAOMaAgDNhwAAksEBAIweAADvswcAItsCAJkFDADuBQwAQwYMAJgGDABOBQIAPLgLAK/vCwAE8AsA77MHAMx6DgAhew4AOW8CALdIAACCIgYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAACCIgYAb48BAEIRAgBOBQIAtj0MAKb7CADT1gAAPLgLAJG4CwDmuAsAc4MJAMiDCQDPgwIA+aoGAO65AgAW4AkAa+AJANx1AwBOBQIA5hgBADsZAQD7TgsAzYcAADfBBwDqYQkAb48BAEIRAgBOBQIAc4MJAMiDCQDjwQUAOMIFAI3CBQA1GgYAPLgLAK/vCwAE8AsAt5wBAAydAQBaogMAr6IDAASjAwBZowMArqMDAAOkAwDcaw0A/EkPAGFJAABskAMAwZADABaRAwBrkQMAksEBAIweAACPYw0ATgUCADy4CwCRuAsA5rgLAOYYAQCw8gcABfMHADsZAQAXPAIAPLgLAK/vCwAE8AsAPLgLAJG4CwDmuAsAhMULANnFCwAuxgsAvI0LALhGAQANRwEA2W8MAC5wDACDcAwA2HAMAE4FAgCNuQ4A2SYAAE4FAgDvswcAzHoOACF7DgA5bwIAt0gAAIIiBgBvjwEAQhECAE4FAgAbjwAADJUJAGGVCQC2lQkAC5YJAGCWCQC1lgkACpcJAF+XCQDcaw0Al7ANAP6fDADvswcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA/EwMALJLAgCNuQ4At5QJAE4FAgDvswcAnA4AACgkCQB9JAkA0iQJACclCQBOBQIAVQAAALdIAACCIgYAb48BAEIRAgBOBQIAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFALiXBQDruwMAQLwDAONnCgA4aAoAjbkOALeUCQBOBQIAG48AAHCPAAAQQgMABvgBAE4FAgC2PQwApvsIAOYYAQCynQUAGo8BAG+PAQBOBQIA77MHAJwOAAAoJAkAfSQJANIkCQAnJQkATgUCAPWrCQBKrAkAn6wJAPSsCQBJrQkAnq0JAPOtCQBIrgkAna4JAPKuCQBHrwkAnK8JAPGvCQBGsAkAm7AJAPCwCQBFsQkAmrEJAO+zBwCMHgAA4R4AADYfAACLHwAA4B8AAAf2AgBHDgAATgUCANxrDQD8SQ8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAARq4LAJuuCwA9GAAAEEIDAG+PAQBCEQIATgUCAI25DgC3lAkATgUCALFCDADMfAwARw4AALecAQAMnQEABkQLAFtECwCwRAsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCAMDfCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABo6gIAveoCAEK8AQAAAAAAaOoCAL3qAgBi8AIAupUFAL3hCwAS4gsAZ+ILALziCwAR4wsAZuMLALvjCwAQ5AsAKNQDAH3UAwDS1AMAJ9UDAHzVAwDR1QMAJtYDAHvWAwDQ1gMAJdcDAHrXAwDP1wMAJNgDAHnYAwDO2AMAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwCVvAMA6rwDAD+9AwCUvQMA6b0DAD6+AwCTvgMA6L4DAD2/AwCSvwMA578DADzAAwBYnQoArZ0KAAKeCgBXngoArJ4KAAGfCgBWnwoAq58KAACgCgBVoAoAqqAKAP+gCgBUoQoAqaEKAP6hCgBTogoAqKIKAEIRAgAH9gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAOMaAgDNhwAARw4AAG3kAwDC5AMANGcPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBhPA0AtjwNAAs9DQBgPQ0AtT0NAAo+DQBfPg0AtD4NAAk/DQBePw0A6rwDAD+9AwCjBQIA+AUCAE0GAgCiBgIAXpQNAKSsBAD5rAQATq0EAKOtBAD4rQQATa4EAKKuBAD3rgQAcS4LAFGhDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAFqcCQAajwEAY5oCADRnDwBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAA2YBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwD2rQYAS64GAKCuBgD1rgYASq8GAJ+vBgAi2wIAd9sCAE6xAABVAAAAUv8DAMsyAgB+HQ8A0x0PAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAIiQPAD6/AgAo1QIAfdUCANLVAgAn1gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAM7ZAgB3JA8AorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwAK7gcApvsIAGuUAABHDgAAK8cNAJIYAAARQwEAwN8KAKtTAQDWcgwAzdkDAHaHAgDA3woA2RoMABbpAADO2QIA6woKAGWVBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAIygKABc8AgC3SAAAwN8KANkaDAAW6QAAztkCALecAQBtOQQAwjkEAFUAAAAXPgAAyzICAA44DwAajwEA4xoCALObBgBsPAIAOW8CANx1AwBOBQIADOgLAGHoCwC26AsAC+kLALecAQAMnQEAWqIDAK+iAwCfpw4ACu4HAAf2AgAlJAwARQkHAJoJBwDvCQcATgUCAO+zBwDfHgIAzYcAADlvAgBjRQIA48EFAE4FAgCNuQ4A4xoCADHNAQDU0AUApKoGALdIAABOBQIAowUCAEAMCQCVDAkAVP4CAKn+AgBSowoAPBkAABc+AABOBQIA09YAACjXAABsPAIAaN4OAL3eDgC+4wgAE+QIAE4FAgD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgA8uAsAHTQEAHI0BAC3nAEANGcPAOYYAQCw8gcAPRgAALdIAADNhwAAsksCAIIiBgDwCAcAt5QJAAf2AgC3nAEAbTkEAMI5BABVAAAAFz4AAE4FAgC3nAEAbTkEAMI5BAAXOgQAbDoEAME6BAAWOwQAazsEAMA7BAAVPAQAajwEAL88BABg6QsAtekLAArqCwBf6gsATgUCALecAQBtOQQAwjkEABc6BABsOgQAwToEABY7BABrOwQAwDsEABU8BABqPAQAvzwEAGDpCwC16QsACuoLAF/qCwC4RgEADUcBACHRDQB20Q0Ay9ENALecAQDcdQMATrEAAM2GAQCisAIA2SYAAEAMCQBCEQIAG48AABc8AgBjRQIA48EFAAf2AgDsDwQAWUUMAK5FDAADRgwAFpAEAGuQBADAkAQAFZEEAGqRBAC/kQQAFJIEAGmSBAC8jQsA+AMEACLbAgBOsQAAzYYBAEUJBwC3SAAAgiIGANciBgAsIwYAgSMGANYjBgArJAYAB/YCAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBADqvAMA6A0KAD0OCgCSDgoAgSMGANYjBgArJAYAOxAKAO1dCgBCXgoA9wYCABqPAQAXPAIAY0UCAPAOAQC3SAAATgUCAGWVBQAXPAIAY0UCAEiyBQCySwIAwN8KAPxMDAA5awYAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFALiXBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwCxQgwAzHwMAEcOAAB2hwIAt5wBAAydAQAGRAsAW0QLALBECwBanAkAzHwMAEcOAAB2hwIATgUCAPxMDADntA4ACu4HAE4FAgC8jQsAIygKABc8AgC3SAAAAAAAAAAAAAAAAAAAyzICAAAAAADLMgIAAAAAAMsyAgAAAAAATgUCAPxMDADntA4ACu4HAE4FAgC8jQsAIygKABc8AgC3SAAAp0kPAAAAAABOBQIA/EwMAOe0DgAK7gcATgUCALyNCwAjKAoAFzwCALdIAAC3nAEADJ0BAFqiAwCvogMABKMDAFmjAwCuowMAA6QDANxrDQD8SQ8AYUkAAPAOAQBVAAAAIygKAEcOAAB2hwIAQhECABc8AgBjRQIARw4AAG3kAwDC5AMA8A4BAANOBAD8TAwAJ8sNAOJpCQA3agkAjGoJAOFqCQBzgwkAyIMJAM+DAgD5qgYAFzwCAAruBwBOBQIA/EwMADfBBwCMwQcA4cEHADbCBwDA3woA2RoMAMsyAgBOBQIA5hgBAEyyAQDN2QMA670BAL+UAQBvjwEAQhECAE4FAgD8TAwAOWsGAEIRAgAMlAoA5hgBAE4FAgA8uAsARQoGAJoKBgC2PQwAn6cOAPSnDgC+4wgA37wOADS9DgBHDgAATgUCAI25DgC3lAkAAAAAAAAAAAAH9gIAogUDAEWwCgCasAoA77AKAESxCgBxLgsALcQOAILEDgDXxA4A3GsNAJewDQD+nwwAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAeyQLANAkCwAlJQsAMWwNANkaDAAuGwwAgxsMANgbDAAtHAwAghwMANccDAAsHQwAgR0MALY9DABblQ8Aa5QAANxrDQCXsA0A/p8MAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwCVvAMA6rwDAOgNCgA9DgoAkg4KAIEjBgDWIwYAS6YOAEUKBgDA3woAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFANUoAgAqKQIAgiIGANciBgAsIwYAgSMGANYjBgArJAYAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAA2YBQBimAUAt5gFAAyZBQBhmQUA77MHAIweAADhHgAANh8AAIsfAAAH9gIABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAOq8AwDoDQoAPQ4KAJIOCgDnDgoAPA8KAJEPCgDmDwoAVP4CAKn+AgBSowoAUfgLAE9SCQD1qwkAt0gAAMDfCgDcaw0Al7ANAP6fDACxQgwAzHwMAEcOAABrlAAAt0gAANPWAADwCAcAFzwCAEpeAgBOBQIAPLgLAK/vCwAE8AsAG48AAHCPAAAXPAIAY0UCAEiyBQCdsgUA8rIFAM2HAADjGgIAt5wBAAAAAABOBQIASl4CADUUDABvjwEAnWACAAf2AgAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQALCcCAIEnAgBllQUAPr8CAIJuDwDXbg8ALG8PADEXDQDlFwMAnA4AAOYYAQCw8gcAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAeyQLANAkCwAlJQsAWpwJANx1AwAAAAAAAAAAAAAAAABo6gIAveoCAEK8AQAAAAAAAAAAAAAAAAAAAAAAaOoCAL3qAgBi8AIAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAPatBgBLrgYAoK4GAPWuBgBKrwYAn68GAOYYAQB4LQUAzS0FACIuBQB3LgUACu4HAOMaAgBOBQIA5hgBADsZAQD7TgsAUE8LAKVPCwDmGAEAeC0FAM0tBQAiLgUAdy4FAE6xAACjsQAA+LEAAE2yAACisgAAsp0FADlvAgBLpg4AzYcAADfBBwDmGAEA0NgBAHCPAAAQQgMATrEAAD6/AgCySwIAgiIGAPAIBwC3lAkARw4AAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAYTwNALY8DQByfw4ArPkEAAH6BABW+gQAq/oEAAD7BABV+wQAqvsEAP/7BABU/AQAqfwEAP78BABOBQIAt5wBAG05BABvjwEASl4CAE4FAgCjBQIA+AUCAE0GAgB5JQwAziUMAPxMDAA3wQcACu4HABc8AgBjRQIARw4AAOu9AQBIVQ0AXvYAAIobBQDMfAwARw4AAHaHAgC/jAkAFI0JAGmNCQC+jQkAE44JAGiOCQC9jgkAEo8JAGePCQC8jwkA/EwMAOe0DgDcdQMATgUCAI25DgDZJgAATgUCANxrDQD8SQ8AYUkAALZJAABVAAAAvuMIAKSqBgAajwEAQLMMAEAMCQBrlAAACu4HAE4FAgDmGAEAeC0FAM0tBQAiLgUAdy4FABvdBwCxQgwAzHwMAEcOAAB2hwIAsUIMAMx8DABHDgAAdocCAE4FAgBanAkA3HUDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqKgEAP2oBADdbgkAMm8JAIdvCQDcbwkAMXAJAIZwCQDbcAkAMHEJAIVxCQDacQkAL3IJAIRyCQDZcgkALnMJAINzCQDYcwkA6rwDAOgNCgA9DgoAkg4KAOcOCgA8DwoAkQ8KAOYPCgCNuQ4ARQkHAJoJBwCnUAgA/FAIAFFRCACmUQgA+1EIAFBSCABOBQIA3GsNAIIiBgDXIgYALCMGAAruBwBOBQIAjbkOAPWrCQDcdQMARw4AAG3kAwDC5AMAbTkEANUoAgBHDgAAbeQDAMLkAwDVKAIAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBhPA0AtjwNAAs9DQBgPQ0AtT0NAAo+DQBfPg0AtD4NAAk/DQBePw0Asz8NAAhADQBdQA0AskANAAdBDQBcQQ0A6rwDAOgNCgA9DgoAkg4KAOcOCgA8DwoAkQ8KAOYPCgCNuQ4ARQkHAJoJBwCnUAgA/FAIAFFRCACmUQgA+1EIAFBSCABOBQIA3GsNAIIiBgDXIgYALCMGAAruBwBOBQIAjbkOAPWrCQDqvAMA6A0KAD0OCgCSDgoA5w4KADwPCgCRDwoA5g8KAI25DgBFCQcAmgkHAKdQCAD8UAgAUVEIAKZRCAD7UQgAUFIIAE4FAgDcaw0AgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJABc8AgBLpg4AY5oCAAydAQBhnQEA3HUDANUoAgBOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAyzAEAG0vDgBOTQ8AG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAmQwFAO4MBQBDDQUAmA0FAO0NBQBCDgUAlw4FAOwOBQBBDwUAlg8FAOYYAQB4LQUAzS0FACIuBQB3LgUAAAAAAPAOAQADTgQA/EwMACfLDQDiaQkAN2oJAIxqCQDhagkAc4MJAMiDCQDPgwIA+aoGABc8AgAK7gcATgUCAPxMDAA3wQcAjMEHAOHBBwA2wgcAwN8KANkaDADLMgIATgUCAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIA/EwMADlrBgBCEQIADJQKAOYYAQBOBQIAPLgLAEUKBgCaCgYAtj0MAJ+nDgD0pw4AvuMIAN+8DgA0vQ4ARw4AAE4FAgCNuQ4At5QJAAAAAAC3SAAABkoFAFtKBQCwSgUABUsFAFpLBQCvSwUA8A4BAANOBAD8TAwAJ8sNAOJpCQA3agkAjGoJAOFqCQBzgwkAyIMJAM+DAgD5qgYAFzwCAAruBwBOBQIA/EwMADfBBwCMwQcA4cEHADbCBwDA3woA2RoMAMsyAgBOBQIA5hgBAEyyAQDN2QMA670BAL+UAQBvjwEAQhECAE4FAgD8TAwAOWsGAEIRAgAMlAoA5hgBAE4FAgA8uAsARQoGAJoKBgC2PQwAn6cOAPSnDgC+4wgA37wOADS9DgBHDgAATgUCAI25DgC3lAkAAAAAAAzoCwBh6AsAB/YCAAAAAAAAAAAAAAAAAAAAAAAAAAAALCcCAIEnAgDvswcARLQHAJm0BwAX5QMAbOUDAMHlAwAW5gMAa+YDADEXDQAAAAAAAAAAAEcOAAAAAAAAAAAAAKioBAB/zwYA1M8GAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAOq8AwDoDQoAPQ4KAJIOCgCBIwYA1iMGACskBgAH9gIAmwsEAPALBABFDAQAmgwEAO8MBABEDQQAmQ0EAO4NBAAATAkAVUwJAKpMCQD/TAkAVE0JAO+zBwCcDgAAKCQJAH0kCQDSJAkAJyUJAE4FAgD8TAwA2SYAALdIAADA3woA2RoMAG+PAQBCEQIATgUCANxrDQCXsA0ATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwC8kwUAEZQFAGaUBQC7lAUAEJUFABuPAABwjwAAEEIDAAb4AQBOBQIA77MHAJwOAAAoJAkAfSQJANIkCQAnJQkAB/YCAM2HAAAG+AEAFzwCAGNFAgC3SAAABkoFAFtKBQBrlAAARw4AAFUAAAC+4wgAE+QIABbpAABjRQIAAAAAABuPAABrlAAARw4AAHaHAgDA3woA2RoMABbpAADO2QIAQ7IKAJiyCgDtsgoAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQBFtQUAmrUFAO+1BQBEtgUAmbYFAO62BQBDtwUAmLcFAO23BQBCuAUAl7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQA/uwUAlLsFAOm7BQA+vAUAk7wFAOi8BQA9vQUAkr0FAOe9BQA8vgUAzYcAACKIAAC7PAgAED0IAAruBwBOBQIA3GsNAPxJDwBhSQAA5hgBALKdBQAHngUATgUCAHODCQDIgwkAt0gAAAZKBQBbSgUAa5QAAEcOAABOBQIAvI0LAFbxDQAT5AgATgUCAHODCQDIgwkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAt5wBAG05BAAdNAQATLIBAEUKBgCaCgYA09YAAFqcCQAajwEATrEAALs8CABOBQIAPLgLAK/vCwAK7gcA6mEJAM3ZAwAH9gIATrEAAD6/AgAo1QIAfdUCANLVAgAn1gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAFPzDgDZGgwAFukAAM7ZAgDPMAAAo7EAAPixAABNsgAAorIAAPeyAAAH9gIATrEAAD6/AgAo1QIAfdUCANLVAgAn1gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAFPzDgDZGgwAFukAAM7ZAgBrlAAACu4HAOphCQDN2QMAzzAAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAHYuBgDLLgYAIC8GAHUvBgDKLwYAHzAGAHQwBgDJMAYAmwsEAPALBABFDAQAmgwEAO8MBABEDQQAmQ0EAO4NBABDDgQAmA4EAO0OBABCDwQAlw8EADHNAQCGzQEA280BADDOAQCFzgEAgskJANfJCQAsygkAgcoJANbKCQArywkAgMsJANXLCQAqzAkAf8wJANTMCQApzQkAfs0JANPNCQAozgkAfc4JANLOCQAnzwkAfM8JAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAHYuBgDLLgYAIC8GAHUvBgDKLwYAHzAGAHQwBgDJMAYAXPYCALH2AgBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAmQwFAO4MBQBDDQUAmA0FAO0NBQBCDgUAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBhPA0AtjwNAAs9DQBgPQ0AtT0NAAo+DQBfPg0AtD4NAAk/DQBePw0Asz8NAAhADQBdQA0AskANAAdBDQBcQQ0AvI0LAJO3CgDotwoAPbgKAJK4CgDnuAoAPLkKAJG5CgDmuQoAO7oKAJC6CgDlugoAOrsKAI+7CgDkuwoAObwKAI68CgDjvAoAOL0KAI29CgDivQoAN74KAIy+CgBU/gIAqf4CAFKjCgBR+AsAT1IJAPWrCQC3SAAAwN8KANxrDQCXsA0A/p8MALFCDADMfAwARw4AAEOyCgCYsgoA48EFADjCBQCNwgUANRoGAO+zBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAADT1gAAa5QAAD0YAAC3SAAATgUCAPxMDADT1gAAgiYCALdIAABOBQIA09YAAIImAgCUXQ4A6V0OAAzoCwBh6AsAtugLAAvpCwC8jQsAIygKAEcOAADrvQEAv5QBAOMaAgC3nAEANGcPANxrDQCXsA0A/p8MAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQB7JAsA0CQLACUlCwDcaw0A/EkPAGFJAABzgwkAyIMJAOPBBQA4wgUAjcIFADUaBgDvswcAjB4AAOEeAAA2HwAAix8AAOAfAABe9gAATlAMACLaAwBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAEzgKAJG4CwDmuAsA4xoCALObBgAInAYAXZwGALKcBgA9GAAATgUCAO+zBwDMeg4AIXsOALJLAgAajwEAHTQEALDyBwDwCAcA9asJALdIAADA3woA2RoMABbpAADO2QIAeswOAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGADsQCgCQEAoA5RAKADoRCgCPEQoA5BEKADkSCgCOEgoA4xIKADgTCgCNEwoA4hMKADcUCgCMFAoA77MHAIweAADhHgAANh8AAIsfAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAFT+AgCp/gIAUqMKAKejCgD8owoAUaQKAKakCgD7pAoAowUCAEAMCQCVDAkA6gwJAI25DgAXPAIATgUCALY9DAALPgwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA3HUDAE4FAgBCvAEAG48AAHCPAAAQQgMABvgBAGE8DQC2PA0ACz0NAGA9DQC1PQ0ACj4NAF8+DQC0Pg0ACT8NAF4/DQCzPw0ACEANAF1ADQCyQA0AB0ENAFxBDQCymQkAcYUJAMOICQAYiQkAbYkJAMKJCQDqvAMA6A0KAD0OCgCSDgoA5w4KADwPCgCRDwoA5g8KAI25DgBFCQcAmgkHAKdQCAD8UAgAUVEIAKZRCAD7UQgAUFIIAE4FAgDcaw0AgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJAIAkBgDVJAYAKiUGAH8lBgCxQQ0ABkINAFtCDQCwQg0ABUMNAFpDDQCvQw0ABEQNAFlEDQCuRA0A6rwDAOgNCgA9DgoAkg4KAIEjBgDWIwYAnAIMAIweAACn/AYANGcPAKSqBgC3SAAAgiIGAPAIBwC3lAkAt0gAAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAIAkBgDVJAYAKiUGAH8lBgBrlAAAwJQAABbpAADO2QIA7BECAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAIAkBgBflAwAtJQMAAmVDABelQwAs5UMAAiWDABdlgwAnA4AACgkCQB9JAkA0iQJACclCQDEOQIARQkHAJoJBwDvCQcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAH9gIAUvkJAMCUAAAW6QAAztkCAD0YAACSGAAA96oIAEyrCAChqwgA9qsIAEusCACgrAgAbDwCAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOBQIA3GsNAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGADsQCgDHgQwAzIEHACGCBwB2ggcAy4IHACCDBwB1gwcAyoMHAB+EBwD8TAwA2SYAALdIAADA3woA2RoMAO+zBwCMHgAAp/wGADRnDwCkqgYAt0gAAIIiBgDwCAcAt5QJAE4FAgBxLgsALcQOAILEDgDXxA4A5RcDAE+mCgCkpgoA+aYKAE6nCgCjpwoA+KcKANxyBgAxcwYAhnMGANtzBgAwdAYAhXQGANp0BgAvdQYAhHUGANl1BgBsjQYAwY0GABaOBgBrjgYAwI4GABWPBgAbjwAAFzwCABc8AgBjRQIAPRgAALdIAABOBQIA3GsNAJewDQBFCQcAIygKALecAQAMnQEAYZ0BANx1AwAH9gIAAAAAAE4FAgDcaw0AEEMCAGVDAgC6QwIAMRcNAO+zBwAjewwAGo8BAEUKBgDNhwAA4xoCALecAQA0Zw8A77MHAIweAADhHgAANh8AAIsfAADgHwAAqFEGAE4FAgCjBQIAVUkMAKpJDAD/SQwA3GsNAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAAf2AgBU/gIAqf4CAFKjCgD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADRnDwDvswcAjB4AAOEeAAA2HwAAix8AAOAfAADmGAEAAAAAAFUAAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAdi4GABI2DQBnNg0AvDYNABc8AgBPUgkApvYNAJ9eAgDAlAAARq4LAJuuCwAXPAIAY0UCAEiyBQCdsgUA8rIFAM2HAADjGgIAt5wBADRnDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAHCPAAA9GAAA3HUDAAf2AgC3SAAATrEAAFUAAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2SYAADnFAQCOxQEA48UBAE6xAADNhgEAorACAEK6AwAXPAIAY0UCALhFAgCPYQ8ARw4AAIweAAC0lwkACZgJAF6YCQCzmAkACJkJAF2ZCQDLLgYAIC8GAHUvBgDKLwYAHzAGAHQwBgDJMAYA5RcDAJwOAAAoJAkAfSQJANIkCQAnJQkATgUCAHEuCwAtxA4AgsQOANfEDgCxQQ0ABkINAIgSEADdEhAAMhMQAIcTEADcExAAMRQQAIYUEADbFBAAMBUQAIUVEADS1AMAJ9UDAHzVAwDR1QMAJtYDAHvWAwDQ1gMAJdcDALFCDADMfAwARw4AAOMaAgCzmwYACJwGAF2cBgCynAYAB50GAJwCDADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAM2HAADZJgAASl4CAIzCBgAxzQEARw4AAM8wAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAEjYNAGc2DQC8Ng0ATgUCAOYYAQCynQUA3HUDAE4FAgAM6AsAYegLALboCwAL6QsA4xoCAHfPDgD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAGWVBQC6lQUAveELABLiCwBn4gsAvOILABHjCwBm4wsAu+MLABDkCwBl5AsAuuQLAHEuCwBHDgAAdocCAMuHAgDjGgIAt5wBAG05BADN2QMA3x4CAIkVDABACwoAl7ANAP6fDAA8uAsAVQAAACKIAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAEjYNAGc2DQC8Ng0AXPYCALH2AgBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA4xoCAPAIBwDwCAcAt0gAAEcOAAB2hwIABkoFAO1bDABo3g4ATgUCAKMFAgAXPAIAT1IJAOYYAQBOBQIAQrwBAF72AAAH9gIABPkCAKOxAAD4sQAATbIAAKKyAAD3sgAATLMAALFCDAAGQwwAW0MMALBDDABzgwkARq4LAJuuCwBOBQIAjbkOAPWrCQC3SAAATgUCAI25DgDZJgAATgUCAPxMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEANGcPAOMaAgCzmwYACJwGAF2cBgCynAYAB50GAJwCDABOBQIA3GsNAJewDQD+nwwA3GsNAM2HAADIhAgASl4CAE4FAgDcaw0A57QOANx1AwBOBQIAjbkOANkmAABOBQIA3GsNAPxJDwBhSQAAtkkAAAtKAABrlAAACu4HAE4FAgDjGgIAs5sGAAicBgBdnAYAspwGAAedBgC3nAEAzYcAAJLBAQB2hwIAgiIGAE6xAABHDgAAjB4AAM2HAAA5bwIATrEAALs8CADLMgIAfh0PANMdDwAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBHDgAAyzICACIkDwB3JA8AorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAEjYNAGc2DQC8Ng0AAAAAAFUAAAC+4wgA37wOAEcOAACMHgAAzYcAADlvAgBOsQAAuzwIAFUAAAB9KwIAyzICAH4dDwDTHQ8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgAiJA8AdyQPAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAdi4GABI2DQBnNg0AvDYNALecAQBtOQQA7rkCABqPAQBvjwEAQhECAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDjZwoAjB4AAOEeAAAW6QAAztkCAAf2AgC3SAAABkoFAO1bDADmbAIARw4AAFUAAAAjKAoAFzwCALdIAAAH9gIAt0gAAAZKBQDtWwwA5mwCAEcOAABVAAAAIygKABc8AgC3SAAAB/YCAFL5CQDAlAAAFukAAM7ZAgCbCwQA8AsEAEUMBACaDAQA7wwEAEQNBACZDQQA9FYKAHbUCgDL1AoAINUKAHXVCgDK1QoAH9YKAHTWCgDJ1goAHtcKAHPXCgDI1woAHdgKAHLYCgDH2AoAHNkKAHHZCgDG2QoAG9oKAHDaCgDF2goAGtsKALFBDQAGQg0AW0INALBCDQAFQw0AWkMNAK9DDQAERA0AWUQNAK5EDQADRQ0AWEUNAK1FDQACRg0AV0YNAKxGDQCIEhAA3RIQADITEAA9GAAA8A4BALdIAABOBQIAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFAHskCwDQJAsAJSULAO+zBwCMHgAA4R4AADYfAACLHwAA7g0EAEMOBACYDgQA7Q4EAEIPBACXDwQATK8EAKGvBAD2rwQA1SgCACopAgAGSgUA7VsMAOZsAgBHDgAAVQAAACMoCgAXPAIAt0gAAMsyAgAiJA8AdyQPAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAdi4GABI2DQBnNg0AvDYNABE3DQBmNw0AuzcNABA4DQBlOA0AujgNAA85DQBkOQ0AuTkNAA46DQBxLgsALcQOAILEDgDXxA4AzdoCAD6/AgCCbg8A124PACxvDwCBbw8A1m8PACtwDwCAcA8A1XAPADpsBACPbAQA5GwEADltBACObQQA420EADhuBACNbgQA4m4EADdvBACMbwQA4W8EADZwBACLcAQA4HAEADVxBACKcQQA33EEADRyBACJcgQA3nIEADNzBACIcwQA3XMEADJ0BACHdAQAkBAKAD6/AgCCbg8A124PACxvDwCBbw8A1m8PACtwDwCAcA8A1XAPAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBAC3SAAAgiIGANciBgAsIwYAgSMGANYjBgArJAYAgCQGANUkBgAqJQYAfyUGAFT+AgBrlAAA09YAAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAEjYNAGc2DQC8Ng0At5QJAJIYAAC26QoAC+oKAM2HAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEANGcPAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAOFzAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEANGcPAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAVP4CAKn+AgBSowoA/EwMAMiECABtOQQA7rkCABbgCQAM6AsAYegLALbpCgAL6goARw4AAE4FAgCjBQIAVUkMAKpJDAD/SQwAVEoMADy4CwCRuAsA5rgLANx1AwAxdgMAhnYDABc8AgBOBQIAZZUFAKOxAAAbjwAARw4AAHaHAgDA3woATgUCAAzoCwBh6AsAtukKAAvqCgD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE6xAABOsQAAJX8GAHp/BgDPfwYAJIAGAOPBBQBOBQIA09YAAFqcCQAajwEAY5oCADRnDwBxLgsARw4AAHaHAgDLhwIA4xoCALecAQBtOQQAzdkDAN8eAgAajwEAb48BAEIRAgBOBQIA/EwMADlrBgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAOq8AwA/vQMAlL0DAOm9AwBEtAcAmbQHAO60BwBDtQcAmLUHAO21BwBCtgcAl7YHANxrDQBOsQAAVQAAAAAAAAAajwEAVQAAAE4FAgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAOq8AwA/vQMAlL0DANxrDQD8SQ8AYUkAALFCDADMfAwARw4AAHaHAgDcaw0AgiIGANciBgAsIwYAgSMGANYjBgArJAYAOxAKAO1dCgBCXgoA9wYCABqPAQAXPAIAY0UCAI25DgBFCQcAmgkHAO8JBwBOBQIA3GsNAE6xAABVAAAATgUCAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwCVvAMA09YAABqPAQBFCgYADEkAAE4FAgCxQgwAzHwMAEcOAAB2hwIATgUCALdIAABOsQAAVQAAAE4FAgC8jQsAuEYBAA1HAQDuuQIAGo8BAAruBwCfpw4AwJQAAAf2AgDsDwQAWUUMAK5FDAADRgwAzdoCADrBBAAihwEAd4cBAAAAAAAG+AEAAAAAAAAAAAAAAAAAzYcAANkmAABHDgAAbeQDAMLkAwAb3QcAcN0HAMXdBwAa3gcAb94HAMTeBwAZ3wcAbt8HAKdJDwAB/AIATrEAAFUAAABOBQIAvI0LALhGAQANRwEA7rkCABqPAQAK7gcAn6cOAMCUAAAH9gIA7A8EAFlFDACuRQwAA0YMAM3aAgA6wQQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAACu4HAF/uBwBo3g4At0gAAIIiBgDuuQIAFuAJAO+zBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABMsAMAobADAPawAwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEANGcPAI25DgAXPAIATgUCALY9DACm+wgAa5QAAEcOAABOBQIADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0ApqENAM3ZAwAK7gcARw4AAE4FAgDvswcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAATLADAKGwAwD2sAMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADRnDwCNuQ4AFzwCAE4FAgC2PQwApvsIAGuUAABHDgAATgUCAAzoCwBh6AsAtugLAAvpCwCLHQIAUaENAKahDQDN2QMATgUCAO+zBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABMsAMAobADAPawAwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEANGcPAI25DgAXPAIATgUCALY9DACm+wgAa5QAAEcOAABOBQIADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0ApqENAM3ZAwCnSQ8AmwsEAEAMCQCVDAkA6gwJAAzoCwBh6AsAtugLAAvpCwBg6QsAtekLAArqCwBf6gsAAAAAAM2HAADIhAgAHYUIAG05BAAH9gIAFzwCAEumDgBvjwEAQhECAAyUCgDAlAAAFukAAM7ZAgBrlAAA5hgBAE6xAAA+vwIAIogAALs8CAAQPQgARw4AAIweAADhHgAANh8AAIsfAADgHwAAY0UCAMCUAAAW6QAAztkCADHNAQBHDgAAB/YCAOUXAwBPpgoApKYKAPmmCgBOpwoAo6cKAPinCgAxFw0ABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAHskCwDQJAsAlQsKAOoLCgA/DAoAgSMGANYjBgArJAYAOxAKANxrDQCXsA0ACu4HAJ+nDgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAAfwCAPxJDwBhSQAAz4IDACSDAwB5gwMAzoMDACOEAwB4hAMAzYQDACKFAwD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADRnDwBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAPxMDACySwIA7FsNAPxJDwAajwEAzdkDACLaAwDmGAEAOxkBAOYYAQCw8gcAPRgAAPn8CQBO/QkAo/0JAHklDADOJQwA5hgBALKdBQA5bwIASl4CAJ9eAgAK7gcATgUCALY9DACfpw4AzYcAAAZDDABbQwwAsEMMAAVEDABaRAwAr0QMAARFDADyAA0A57QOAAruBwBOBQIAPLgLAK/vCwAE8AsAqUoMAAs+DADN2QMA4XMAAOMaAgC3nAEANGcPAAruBwBOBQIAG48AAHCPAAC3SAAAgiIGAGOaAgBOBQIA3GsNAIIiBgDXIgYALCMGAAruBwBOBQIAc4MJAMiDCQC3SAAABkoFALecAQBtOQQAwjkEALH0BABOsQAAyzICACIkDwB3JA8AorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAEjYNAGc2DQC8Ng0ADjgPAIweAADhHgAANh8AAIsfAADgHwAACu4HAJ+nDgDNhwAAN8EHAAf2AgCm+wgA09YAAD0YAAAH9gIAWpwJAMx8DABHDgAAdocCALecAQAMnQEA/vYKAFP3CgCo9woA/fcKAL7jCAAT5AgAFukAAM7ZAgAlJAwARQkHAJoJBwDvCQcATgUCABuPAABwjwAAEEIDAAb4AQBOBQIA77MHAJwOAAAoJAkAfSQJANIkCQDvswcAzHoOACF7DgCySwIAG48AAEcOAABOBQIAWpwJAIkVDACkqgYASl4CAJ9eAgAK7gcApvsIAEUJBwCaCQcAp1AIAPxQCABRUQgAplEIAPtRCABQUggApVIIAPpSCABPUwgApFMIAPlTCABOVAgAo1QIAPhUCABNVQgAolUIAPdVCABMVggAoVYIAPZWCABLVwgAkGcIAOVnCAA6aAgAj2gIAAruBwBOBQIAjbkOAPWrCQC3SAAATgUCANPWAACCJgIAGo8BAEUKBgCCIgYAb48BAEIRAgBOBQIAowUCAFVJDAAXPAIATgUCAI25DgBFCQcAmgkHAKdQCAD8UAgAUVEIAKZRCAD7UQgAE+QIAGw8AgCySwIAgiIGAPAIBwC3lAkAt0gAAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAIAkBgBflAwAtJQMAAmVDABelQwAs5UMAAiWDABdlgwAUQEDANDYAQC3SAAAzYcAALJLAgDA3woAjbkOAEUJBwCaCQcAp1AIAPxQCABRUQgAplEIAPtRCABQUggATgUCANxrDQCCIgYA1yIGACwjBgAK7gcATgUCAI25DgD1qwkAt0gAACwnAgAbjwAAcI8AAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDmGAEAOxkBAPtOCwDqYQkAmgMNANx1AwBOBQIAZZUFALqVBQC94QsAcI8AALdIAADA3woAAfwCAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGADsQCgDT1gAAgiYCABqPAQBFCgYAgiIGAG+PAQBCEQIATgUCAKMFAgBVSQwAFzwCAE4FAgDuuQIAQ7oCAJi6AgDtugIAWpwJAMx8DABHDgAAdocCAMuHAgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAzIEHAAAAAAC3nAEAB/YCAFT+AgCp/gIAUqMKALFCDADMfAwARw4AAHaHAgBHDgAATgUCAPxMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEANGcPADy4CwCRuAsA5rgLAITFCwDZxQsALsYLALyNCwAjKAoAeCgKAFz2AgCx9gIAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAJkMBQAXPAIAY0UCAEiyBQCySwIAwN8KAO+zBwCMHgAARw4AAOu9AQC/lAEA8AgHALecAQC3nAEATgUCALFCDADMfAwARw4AAHaHAgBe9gAATlAMAKioBADcaw0ABkoFAFtKBQBrlAAACu4HAE4FAgCjBQIAVUkMABc8AgBOBQIAAAAAABuPAABrlAAAwJQAANx1AwBOBQIAowUCAPgFAgBNBgIAogYCAD0YAACSGAAAtukKAAvqCgBHDgAA2SYAADnFAQCOxQEA48UBAJ+nDgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAYTwNALY8DQC94QsAEuILAGfiCwC84gsAEeMLAGbjCwC74wsAEOQLAHODCQDIgwkASLIFAJ2yBQDysgUATgUCAPxMDADntA4A3HUDAE4FAgBllQUAupUFAA+WBQCsRQ4AAUYOACKIAADiaQkATgUCALyNCwAjKAoAGo8BAG+PAQCySwIARw4AAAf2AgBU/gIAqf4CAFKjCgCnowoAjB4AAOEeAAA2HwAAix8AAOAfAACoUQYATgUCAPxMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEANGcPAKMFAgBVSQwAFzwCAE4FAgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAACoUQYA/VEGAOEeAAAW6QAAztkCAIweAADhHgAAFukAAM7ZAgCxQQ0ABkINAFtCDQCwQg0ABUMNAFpDDQCvQw0ABEQNAFlEDQCuRA0A1SgCABc8AgBjRQIAuEUCAI9hDwBHDgAAjB4AAFOgDABfSQIAA58IAFifCABOBQIA77MHAIweAADhHgAANh8AAIsfAABOsQAASl4CAFqcCQDMfAwA9asJAEcOAACMHgAA1SgCAAruBwAXPAIAS6YOAO65AgAW4AkAa+AJAMsyAgB+HQ8AwJQAABbpAADO2QIAyzICAD0YAABrlAAAt0gAANPWAADwCAcAFzwCAEpeAgCfXgIAwJQAABbpAADO2QIAsUENAAZCDQAihwEAd4cBANXGDgAAAAAAAAAAAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAB/YCAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQA4BsEADUcBADcaw0A/EkPAGFJAABxLgsAxi4LAAruBwBVAAAAIygKABqPAQBvjwEA+FkDAE4FAgAbjwAAFzwCALecAQAH9gIATAkAAFqcCQCvnAkABJ0JAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQB7JAsA0CQLACUlCwDcaw0A/EkPAGFJAABskAMApvsIAPv7CABQ/AgApfwIAPr8CABiPwkAtj0MAF/uBwBrlAAA5hgBADsZAQBskAMApvsIAPv7CABQ/AgApfwIAPr8CABiPwkAtj0MAF/uBwBrlAAA5hgBADsZAQCQGQEATgUCAHODCQBGrgsAm64LAD0YAAAQQgMAb48BAEIRAgBrlAAAwJQAAOYYAQBMsgEAzdkDAOu9AQC/lAEA8AgHALeUCQBOBQIAtj0MAJ+nDgA9GAAAEEIDAGuUAAAK7gcATgUCANPWAABanAkAGo8BAGOaAgA0Zw8A3GsNAAZKBQDcdQMAGo8BAG+PAQBCEQIATgUCANxrDQCXsA0A/p8MAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQB7JAsA0CQLACUlCwDcaw0A/EkPAGFJAABskAMApvsIAPv7CABQ/AgApfwIAPr8CABiPwkAtj0MAF/uBwBrlAAA5hgBADsZAQC2PQwAW5UPALCVDwAFlg8AWpYPAK+WDwAElw8AZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFAC/ICADwCAcAzIEHAEpeAgCfXgIAwJQAAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA7A8EAFlFDACuRQwAA0YMAOK7DABanAkAGo8BAGOaAgA0Zw8AowUCAC4nAAC3SAAATrEAALs8CAAajwEAb48BAEIRAgBOBQIA77MHAIweAADhHgAANh8AAIsfAADgHwAANSAAAPxMDABo3g4AGo8BAE4FAgDuuQIAFuAJAGvgCQCcAgwAv5QBAPAIBwC3lAkAB/YCABqPAQBjmgIANGcPAD0YAACSGAAAEUMBANkmAABVSQwAqkkMAP9JDABUSgwAQL0CAMCUAAAW6QAAztkCAEK8AQBBtQkAlrUJAOu1CQBAtgkAlbYJAOq2CQAAAAAAaOoCAL3qAgAM6AsAYegLAOcYAADIhgYAHYcGAAPyCgBY8goArfIKAKMFAgBADAkAlQwJAOoMCQCNuQ4AFzwCAE4FAgC2PQwACz4MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAHEuCwDGLgsAGy8LAHAvCwDFLwsAAAAAAO65AgBDugIAOW8CAAAAAAAXPAIARq4LAJuuCwAAAAAACu4HAKb7CAD7+wgAUPwIAKX8CAD6/AgAeCkJAM0pCQAiKgkAdyoJAMyBBwBKXgIAn14CALdIAAA9GAAAkhgAABFDAQDZJgAAVUkMAKpJDAD/SQwAVEoMAEC9AgDAlAAAFukAAM7ZAgDLMgIADjgPAJwOAAAoJAkAYOkLAEAMCQDQzA0AnWACAE4FAgD8TAwAOWsGAO65AgBDugIAmLoCAG05BAAK7gcATgUCALY9DACm+wgA+/sIAFD8CACl/AgA+vwIAGI/CQBxLgsAxi4LAO65AgAajwEAFzwCAE9SCQC3lAkA5hgBALDyBwA9GAAA09YAAPAIBwAXPAIASl4CADUUDABvjwEAQhECAE4FAgBllQUAupUFAA+WBQCsRQ4AAUYOAFZGDgCrRg4AAEcOAFVHDgBOBQIAc4MJAEauCwCbrgsA8K4LAEWvCwCarwsA768LAO+zBwDMeg4ABkoFAO1bDACySwIAwN8KAEIRAgBOBQIAPLgLAK/vCwAE8AsAcS4LABqPAQBFCgYADEkAAGFJAADPggMATgUCAAzoCwBh6AsAtugLAAvpCwBzgwkARq4LAJuuCwA9GAAAEEIDAG+PAQBCEQIATgUCAI25DgAXPAIATgUCAOYYAQBMsgEAzdkDAM8wAADNhgEAorACANkmAABADAkAQhECABuPAAAXPAIAY0UCABc8AgBjRQIASLIFALJLAgDA3woAtj0MAKb7CAD7+wgAUPwIAKX8CAD6/AgAYj8JALyNCwC4RgEADUcBAO65AgAajwEACu4HAJ+nDgDwCAcA8AgHALdIAAC3nAEANGcPAEcOAADrvQEATgUCALY9DACm+wgA+/sIAFD8CACl/AgA+vwIAGI/CQAM6AsAYegLALboCwAL6QsAYOkLALXpCwAK6gsAX+oLALY9DACm+wgA+/sIAFD8CACl/AgA+vwIAGI/CQBxLgsAxi4LAAruBwBVAAAAIygKABqPAQBvjwEApKoGAPmqBgBOqwYAo6sGAPirBgBNrAYAoqwGAPesBgBMrQYAoa0GABqPAQDNhwAAyIQIAE4FAgDcaw0ATrEAAFUAAAAH9gIATgUCAG0vDgBOTQ8AZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFAF72AAAAAAAAqKgEAO2uDgBVSQwAFzwCALdIAACCIgYA7rkCABbgCQCn/AYA3HUDAE4FAgBzgwkAyIMJAB2ECQByhAkAx4QJAByFCQBOBQIAPLgLAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQA4BsEADUcBADsDwQApKoGAPmqBgBOqwYAo6sGAPirBgBNrAYAoqwGAPesBgBMrQYAoa0GAFT+AgCp/gIAk2UHAG0vDgBrlAAAq1MBANZyDADN2QMAdocCAIIiBgBvjwEAQhECAE4FAgC2PQwApvsIAOYYAQCynQUAGo8BAC/ICACEyAgA2cgIAC7JCACDyQgA2MkIAC3KCACCyggA18oIACzLCACBywgA1ssIACvMCACAzAgA1cwIACrNCAB/zQgAFzwCAGNFAgC4RQIAj2EPAEcOAACMHgAAQrwBALdIAABOsQAAVQAAAAf2AgAAAAAAt5wBAEcOAAAH9gIAAAAAABuPAABwjwAAEEIDAAb4AQAH9gIAAAAAAOMaAgC3nAEANGcPANxrDQCXsA0A/p8MAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQB7JAsA0CQLACUlCwDcaw0ATrEAAFUAAAAH9gIAAAAAALecAQBHDgAAB/YCAAAAAADvswcA670BAEC+AQAH9gIAAAAAAD0YAAA9GAAAa5QAAKSqBgC3SAAAgiIGAPAIBwC3lAkATgUCAHODCQDIgwkAHYQJAHKECQDHhAkAHIUJAJJkCQC3SAAAgiIGANciBgAsIwYACu4HAKb7CAD1qwkAAAAAALdIAAC3SAAAVQAAAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwBu1w8AIygKAHgoCgDNKAoAXvYAAIobBQDMfAwARw4AAHaHAgBIVQ0Ac4MJAMiDCQBIsgUAnbIFAPKyBQBOBQIAtj0MAF/uBwDtAw8AQgQPAOMaAgDNhwAAksEBAIweAADvswcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA/EwMALJLAgAbjwAAt5wBAAruBwBOBQIADOgLAGHoCwC26AsAC+kLAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQB7JAsA0CQLACUlCwAXPAIAY0UCALhFAgCPYQ8ARw4AAIweAACfpw4AwJQAABbpAADO2QIAa5QAAMCUAAAW6QAArPQJAAH1CQDnGAAAAAAAAAAAAAAAAAAAaOoCAL3qAgBi8AIAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAPatBgBLrgYAoK4GAPWuBgBKrwYAn68GAAAAAAAAAAAAaOoCAL3qAgBi8AIAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAPatBgBLrgYAoK4GAPWuBgBKrwYAn68GANPWAAAajwEAb48BAGuUAADAlAAAFukAAM7ZAgAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAABrlAAAt0gAAMsyAgAiJA8AdyQPAKKwAgBCugMAl7oDAOy6AwBBuwMAU/MOAKjzDgD98w4AUvQOAKf0DgD89A4AUfUOAKb1DgBhPA0AtjwNAAs9DQBgPQ0AtT0NAAo+DQBfPg0AtD4NAAk/DQBePw0Asz8NAAhADQBdQA0AskANAAdBDQBcQQ0A8AgHAEcOAABOBQIAcS4LAC3EDgCCxA4A18QOAAAAAAAAAAAAAAAAAMDfCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAAAAAAAAAAAAAAAAAKtTAQDWcgwA8AgHALeUCQBOBQIAc4MJAMiDCQAdhAkAcoQJAMeECQAAAAAAa5QAAMCUAADjGgIAGo8BAG+PAQCdYAIAW5UPAHCPAABCEQIARw4AAOFzAAA4xwAA2SYAAOMaAgDNhwAAOMcAAE4FAgD8TAwA4xoCAEIRAgAMlAoAp/wGADRnDwBanAkAPRgAAGuUAACrUwEA1nIMAAAAAAA9GAAATgUCAHODCQDIgwkAWpwJABuPAABHDgAA4XMAADfBBwBHDgAA670BAL+UAQDwCAcAt5QJAGuUAABzgwkAS6YOAECzDABADAkAG48AALdIAADNhwAAsksCAAAAAADwCAcATgUCAHODCQDIgwkAz4MCACSEAgBHDgAA4XMAADfBBwA9GAAAkhgAAAf2AgBS+QkAp/kJAPz5CQBR+gkApvoJAPv6CQBQ+wkApfsJAPr7CQBP/AkApPwJAGuUAACkqgYA+aoGAE6rBgCjqwYA+KsGAE2sBgCirAYA96wGAEytBgChrQYAowUCAPgFAgBNBgIAogYCADjGAQAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQAowUCAPgFAgBNBgIAogYCADjGAQAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQATgUCANxrDQCCIgYA1yIGACwjBgAK7gcATgUCAI25DgD1qwkAgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJAE4FAgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAA2YBQBimAUAt5gFAAyZBQBhmQUADjgPAJwOAAAoJAkAfSQJANIkCQAnJQkAt0gAAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAIAkBgBflAwAtJQMAAmVDABelQwAs5UMAAiWDABdlgwA6rwDAOgNCgA9DgoAkg4KAOcOCgA8DwoAkQ8KAOYPCgBU/gIAqf4CAFKjCgCnowoA/KMKAFGkCgCmpAoA+6QKAKMFAgBADAkAlQwJAOoMCQCNuQ4AFzwCAE4FAgC2PQwACz4MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAF9JAgDIhAgANGcPAMCUAAAW6QAAztkCAPAIBwDwCAcAt5wBAE4FAgDcaw0AgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJALdIAABOBQIA09YAAFqcCQAajwEAY5oCADRnDwDT1gAAgiYCABqPAQBFCgYAgiIGAG+PAQBCEQIATgUCAKMFAgBVSQwAFzwCAE4FAgD8TAwA57QOADy1DgCNuQ4ARQkHAJoJBwDvCQcATgUCAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDADy4CwCv7wsABPALAAzoCwBh6AsAtugLAAvpCwB5JA0AziQNACMlDQB4JQ0AzSUNACImDQB3Jg0AzCYNACwnAgCBJwIAc4MJAMiDCQAAAAAAG48AAGuUAABHDgAAdocCAE4FAgDcaw0AgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJALdIAABOBQIA/EwMANkmAAC3SAAAwN8KANkaDAA0Zw8AwJQAABbpAADO2QIAeswOAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAKlMCgD+TAoAU00KAKhNCgD9TQoAUk4KAKdOCgD8TgoAUU8KAKZPCgD7TwoAXvYAANPWAACCJgIAGo8BAEUKBgCWEgIAFzwCAGNFAgBIsgUAsksCAMDfCgAnyw0AAAAAABuPAAAajwEAFzwCAGNFAgAxzQEACu4HAOMaAgBOsQAATgUCAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAI25DgDjGgIAt0gAAM2HAAAajwEAb48BAE4FAgAxzQEACu4HAOMaAgBOsQAATgUCAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAHEuCwBRoQ0AAFQBAFVUAQBxggwAxoIMABuDDABwgwwAxYMMANPWAABanAkAiRUMAD0YAABOBQIA3GsNAAZKBQDcdQMAGo8BAG+PAQBCEQIATgUCANxrDQCXsA0A/p8MAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAEcOAABOBQIAZZUFALqVBQC94QsAEuILAGfiCwC84gsAEeMLAGbjCwC74wsAEOQLAGXkCwC65AsA/EwMACfLDQAAAAAAG48AABqPAQAXPAIAY0UCAOPBBQBOBQIAowUCABc8AgBPUgkA5hgBAE4FAgDcaw0A/EkPAGFJAAAbjwAAcI8AAOu8AgBAvQIAwJQAALecAQDcdQMAGo8BAG+PAQBCEQIATgUCALY9DABf7gcA7QMPAEIEDwDjGgIAzYcAAJLBAQCMHgAAeSQNACfLDQAAAAAAG48AABqPAQAXPAIAY0UCAPxMDAA5awYAc4MJAMiDCQBHDgAAnA4AAPWrCQAXPAIATrEAAGuUAACjBQIAFzwCAE9SCQDmGAEATgUCADy4CwBFCgYARw4AAE4FAgC8jQsAuEYBAEumDgAdNAQAsp0FADlvAgDcdQMATgUCAKMFAgD4BQIAIogAAOJpCQDEOQIAFzwCANx1AwBOBQIAjbkOABc8AgBOBQIA77MHAJwOAAD1qwkAFzwCAE6xAAA9GAAAa5QAAKtTAQAH9gIAAfwCAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGADsQCgD8TAwAJ8sNAAAAAAAbjwAAGo8BABc8AgBLpg4Ab48BAEIRAgBOBQIA/EwMADlrBgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBrlAAAt0gAAM2HAAA3wQcACu4HABc8AgBLpg4Ab48BANkmAABVSQwATgUCAHEuCwDGLgsAGy8LABFDAQDZJgAAVUkMAKpJDAD/SQwAVEoMAM2HAAAajwEA1SgCAM2HAAABRw0Ab9sKAMTbCgBvjwEAW5gMAAZKBQDtWwwA5mwCAEcOAACqUgMAzYcAALJLAgDA3woAsUIMAMx8DABHDgAAdocCAE4FAgAM6AsAX0kCALRJAgAJSgIA5xgAAMiGBgAdhwYAA/IKAFjyCgCt8goAAvMKAFfzCgCs8woAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA5hgBAEyyAQDN2QMA4xoCAHfPDgBanAkAzYcAAO65AgAajwEAb48BADFsDQAV4AoAauAKAL/gCgAU4QoAaeEKAL7hCgAT4goAaOIKAL3iCgAS4woAZ+MKALzjCgAR5AoACz4MAD9iCQCUYgkA6WIJABuPAAAK7gcAc4MJAMiDCQBIsgUAN8EHAE4FAgAbjwAACu4HAAAAAADwCAcATgUCANxrDQCCIgYA1yIGACwjBgCBIwYA1iMGAFqcCQBVAAAA1SgCAD0YAABrlAAAt0gAANPWAADwCAcAFzwCAEpeAgDVKAIAQhECAAyUCgBhlAoAtpQKAAuVCgBglQoAtZUKAGNFAgBHDgAA670BAIweAABHDgAAB/YCAEIRAgAMlAoAYZQKALaUCgALlQoAYJUKALWVCgAKlgoAX5YKALSWCgAJlwoAXpcKAKMFAgBVSQwAFzwCAI25DgAXPAIATgUCAO+zBwCMHgAA4R4AADYfAAAajwEATrEAAGuUAAAM6AsAYegLALboCwAL6QsASl4CABeJCgCSGAAA09YAAFqcCQDMfAwARw4AAHaHAgDA3woAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAHKHBgDHhwYAHIgGAHGIBgDGiAYAG4kGAPxMDAA3wQcACu4HABc8AgBjRQIARw4AAOu9AQBOBQIAowUCAFVJDACqSQwA/0kMAEUJBwCaCQcA7wkHAE4FAgDcaw0ATrEAAFUAAABOBQIAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFALiXBQDruwMAQLwDAJW8AwDqvAMAP70DAM2HAAAajwEAa5QAAMCUAAAW6QAAztkCAEK8AQBBtQkAlrUJAOu1CQBAtgkAlbYJAOq2CQBrlAAA5hgBAFUAAAAjKAoAFzwCAGw8AgA5bwIA3HUDAE4FAgCjBQIA+AUCAE0GAgB5JQwAziUMADy4CwCRuAsA5rgLAAzoCwBfSQIAtEkCAAlKAgBzgwkAyIMJAEcOAACcDgAAt5wBABuPAAC3SAAAgiIGAPAIBwAK7gcAn6cOAD0YAABfSQIAtEkCAAlKAgAM6AsAYegLABc8AgBOBQIA77MHAIweAADhHgAANh8AAD0YAABfSQIAtEkCAAlKAgC8jQsAuEYBAA1HAQDuuQIAGo8BAAruBwCfpw4ATrEAALs8CABOBQIAsUIMAMx8DABHDgAAdocCAE4FAgA8uAsAr+8LAATwCwBKXgIAF4kKAJIYAADT1gAA8AgHAKb2DQAbjwAAVQAAAE4FAgCjBQIA+AUCAE0GAgB5JQwAziUMAKIGAgAQQgMA8AgHAMsyAgAiJA8AuzwIAM2HAADntA4APRgAAGuUAACn/AYARw4AAMsyAgDAMA8AFTEPABc8AgBjRQIARw4AAJwOAAC3nAEA7rkCABbgCQAK7gcAX+4HADfBBwAK7gcAFzwCAGNFAgBHDgAA670BAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAB/YCAFT+AgBfSQIAtEkCAAlKAgCGxAoA28QKADDFCgCFxQoA2sUKAC/GCgCExgoA2cYKAC7HCgCDxwoA2McKAC3ICgCCyAoA18gKACzJCgCByQoA1skKACvKCgBOBQIATlAMAJwOAAAoJAkAfSQJANIkCQAnJQkAc9gJADgSCwCNEgsA4hILANkaDAAW6QAAztkCAHEuCwBHDgAAdocCAMuHAgDjGgIAt5wBAG05BADN2QMA3x4CAE4FAgD8TAwAOWsGAAzoCwBrlAAA09YAAE4FAgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwAH9gIAQrwBAEG1CQCWtQkA67UJAEC2CQCVtgkA6rYJAD+3CQCUtwkAjb4JAAAAAAAAAAAAAAAAAIbFCQDbxQkAMMYJAIXGCQDaxgkAL8cJAITHCQDZxwkAAAAAAAAAAAAuyAkAg8gJANjICQDLMAQAzdYGACLXBgCjBQIAVUkMAKpJDAD/SQwAB/YCAOwPBABBEAQAlAYQAOkGEAA+BxAAkwcQAM2HAADjGgIAt5wBADRnDwCjBQIAQAwJAJUMCQDqDAkADOgLAGHoCwC26AsAC+kLAGDpCwC16QsACuoLAF/qCwBrlAAAPRgAAJIYAABrlAAAPRgAAD0YAACSGAAAa5QAAD0YAAC3SAAAB/YCAFT+AgCp/gIAUqMKAKejCgD8owoAUaQKAKakCgD7pAoAowUCAEAMCQCVDAkA6gwJAI25DgAXPAIATgUCALY9DAALPgwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA3HUDAE4FAgBtLw4AB/YCAAAAAABOBQIA4xoCADgbAgDZJgAA2SYAAC4nAADAlAAAS6YOAG+PAQBCEQIATgUCANxrDQCCIgYA1yIGACwjBgAK7gcATgUCAI25DgD1qwkAt0gAAE4FAgD8TAwA2SYAALdIAADA3woA2RoMAMyBBwA+vwIAk78CAAf2AgD8TAwAyIQIAB2FCAByhQgA4xoCALObBgAInAYAXZwGALKcBgAHnQYAMMkGAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwDjZwoAOGgKAPxMDABRTQwApk0MAPtNDACm+wgA09YAAAruBwBblQ8At5wBADRnDwA9GAAAkhgAABFDAQDZJgAAVUkMAKpJDAD/SQwAVEoMAEC9AgDAlAAAFukAAM7ZAgBU/gIAqf4CAFKjCgDmGAEAOxkBAPtOCwBQTwsApU8LAPpPCwAM6AsAX0kCALRJAgAJSgIACu4HAOYYAQA7GQEA+04LAFBPCwClTwsA+k8LAAzoCwBfSQIAtEkCAAlKAgAK7gcA5hgBADsZAQD7TgsAUE8LAKVPCwD6TwsAvI0LABGOCwBmjgsAu44LABCPCwBljwsAuo8LALecAQAMnQEAWqIDAK+iAwBOBQIAG48AABc8AgC3nAEAc4MJAMiDCQBHDgAAnA4AALecAQDuuQIAFuAJADy4CwAdNAQAcjQEAMc0BAAcNQQAcTUEAE4FAgBxLgsAxi4LALdIAAAGSgUA3HUDAE4FAgCjBQIAVUkMABc8AgBOBQIAvI0LABGOCwBmjgsAu44LABCPCwBljwsAuo8LACwnAgCBJwIAyYgDAB6JAwBziQMAyIkDAKMFAgBVSQwAqkkMAP9JDABUSgwAPLgLAEUKBgCaCgYAPLgLAJG4CwDmuAsAO7kLADlrBgC8jQsAEY4LAGaOCwC7jgsAEI8LAGWPCwC6jwsAyzICADHNAQBHDgAAnA4AAOYYAQCynQUAsksCAE6xAAC7PAgAGo8BAG+PAQBCEQIATgUCALyNCwARjgsAZo4LALuOCwAQjwsAZY8LALqPCwCjBQIAVUkMABc8AgBOBQIA8A4BABTfDABu1w8Aw9cPAAzoCwBh6AsAtugLAAvpCwC8jQsAuEYBAGNFAgC4RQIAQAwJACEmDgBrlAAACu4HAE4FAgDT1gAAGo8BAEUKBgAMSQAATgUCAAAAAABOBQIAjbkOABc8AgBOBQIAPAsOAAAAAABOBQIAjbkOABc8AgBOBQIAPAsOAJELDgB5JA0AOWsGALY9DACfpw4A9KcOAL7jCADfvA4ANL0OAJ+nDgA9GAAATrEAAFUAAACqAAAAYpILALeSCwAMkwsAYZMLALaTCwDmGAEAsp0FAOe0DgAD+wEAzYcAAMiECAAdhQgAIogAAEpeAgCMwgYAAUcNAAyUCgCxQgwABkMMAFtDDACwQwwADOgLAGHoCwC26AsAC+kLAOMaAgB3zw4Aa5QAAD0YAABOBQIAowUCAFVJDACqSQwA/0kMAFRKDAA8uAsAkbgLAOK4DwA3uQ8AjLkPAOG5DwA2ug8ANGcPAAruBwDLMgIATgUCANxrDQAGSgUA3HUDAE4FAgDcaw0Al7ANAP6fDAA8uAsAkbgLAOK4DwA3uQ8AjLkPAOG5DwA2ug8APLgLAEUKBgAH9gIAVP4CAG7XDwDD1w8AGNgPADy4CwCRuAsA4rgPADe5DwCMuQ8A4bkPADa6DwC8jQsAt5wBADRnDwDNhwAAksEBAIweAABzgwkARq4LAJuuCwBOBQIATAkAAD0YAABu1w8Aw9cPABjYDwA8uAsAkbgLAOK4DwA3uQ8AjLkPAOG5DwA2ug8AG48AAHCPAAC3SAAAgiIGANciBgAsIwYAa5QAAMCUAAAW6QAAztkCALecAQAMnQEAWqIDAK+iAwBOBQIA77MHACN7DABOsQAAuzwIAE4FAgCjBQIAQAwJAJUMCQDqDAkAbS8OAMIvDgBCEQIADJQKAOYYAQBOBQIAGo8BAG+PAQBOBQIA/EwMAOe0DgDcdQMATgUCAI25DgDZJgAATgUCANxrDQD8SQ8AYUkAALZJAACcDgAA9asJABc8AgBOsQAAa5QAALecAQAMnQEABkQLAFtECwCwRAsA6L8CANx1AwBOBQIAPLgLAJG4CwDiuA8AN7kPAIy5DwDhuQ8ANroPADRnDwAK7gcATgUCAEIRAgAMlAoA5hgBANxrDQD8SQ8AYUkAAEIRAgAMlAoA5hgBAEcOAABOBQIA/EwMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQC2PQwAFzwCAEumDgDuuQIAFuAJAGvgCQBOBQIAowUCAFVJDACqSQwA/0kMAFRKDACjBQIAVUkMABc8AgBOBQIAMc0BAAruBwDjGgIATrEAACvHDQCSGAAAEUMBANkmAABVSQwAqkkMAP9JDABUSgwAQL0CAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDMgQcAo7EAAC95AgCEeQIA2XkCAAruBwCfpw4A2SYAANkmAABVSQwAqkkMAP9JDABUSgwAQL0CAMCUAAAW6QAAztkCAFFNDAC3SAAAgiIGAECzDAA5xQEAIogAAOJpCQAbjwAAFzwCANxrDQCXsA0A/p8MAKMFAgBADAkA0MwNAJ1gAgCA0QMA1dEDACrSAwB/0gMA1NIDACnTAwB+0wMA09MDAOMaAgB3zw4Ac4MJAMiDCQBHDgAAnA4AALecAQDuuQIAFuAJAAruBwAH9gIAPRgAAJIYAAARQwEANh0CAHolCwDPJQsAJCYLAHkmCwCjBQIAj2EPAHCPAADHLAwAt0gAAIIiBgDwCAcAt5QJALdIAADA3woAPRgAAEcOAAC/lAEA8AgHALeUCQDN2QMAItoDAHODCQDIgwkAAAAAABuPAAAajwEAFzwCAGNFAgC2PQwAFzwCAEumDgDuuQIAFuAJAE4FAgCWEgIA6xICAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAB/YCAHODCQDIgwkAAAAAABuPAAAajwEAFzwCAGNFAgDjwQUATgUCAOYYAQA7GQEA+04LAFBPCwClTwsA+k8LALyNCwC4RgEADUcBAO65AgAajwEACu4HAJ+nDgBHDgAATgUCALyNCwARjgsAZo4LALuOCwAQjwsAZY8LALqPCwBHDgAAVQAAAL7jCACkqgYA2SYAADnFAQCOxQEA48UBAG0vDgBHDgAAdocCAMDfCgAV4AoAsPIHAKtTAQDWcgwAB/YCAEIRAgDmGAEAsPIHAD0YAAC3SAAAzYcAALJLAgCCIgYA8AgHALeUCQBOBQIAowUCAPgFAgA4xwAAt5wBAEcOAACMHgAAQQgMAG/bCgDjGgIAs5sGALJLAgDNhwAAyIQIAE4FAgBxLgsALcQOAILEDgDXxA4AyIQIAAf2AgBKXgIANRQMAIoUDADfFAwANBUMABqPAQBjmgIAuJoCAA2bAgBrlAAAzYcAAGjeDgBOBQIAjbkOAPWrCQC3SAAATgUCAI25DgDZJgAATgUCAOYYAQCw8gcABfMHADsZAQAXPAIAwJQAAOYYAQBMsgEAobIBAF9JAgADnwgAwN8KAAruBwBOBQIA4xoCANx1AwBOBQIA/EwMAOe0DgCSGAAAEUMBAAxJAABhSQAAz4IDAE4FAgC8jQsAuEYBAA1HAQDZbwwALnAMAINwDABCEQIAlxECAI25DgCm9g0AeSUMAM4lDADA3gsAFd8LAE4FAgCjBQIA+AUCADoPDACPDwwA5A8MADkQDACOEAwA4xAMADgRDACNEQwAvI0LABGOCwA5bwIAnAIMAIweAABxLgsALcQOAILEDgDXxA4ATrEAAD6/AgCCbg8AQhECAFqcCQCvnAkAPLgLAJG4CwDmuAsAhMULANnFCwBRSg8AY0UCAEiyBQA3wQcATgUCAAAAAAAXMgwATgUCAFqcCQDNhwAA57QOAAruBwC3nAEANGcPAAruBwBxLgsAUaENAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAMsyAgAH9gIAjBsDAOEbAwA2HAMA8l8DAEdgAwCcYAMA8WADAEZhAwD8TAwAsksCAPxMDACySwIAAAAAALc8DABOBQIACu4HAOphCQCaAw0A7wMNAEQEDQCZBA0AB/YCAOMaAgDcdQMAt0gAAMDfCgAE+QIAuzwIAM2HAAA5bwIAWpwJAM2HAACSwQEATgUCAKMFAgD4BQIATQYCAKIGAgAtxA4AgsQOANfEDgA9GAAAt0gAAM2HAAAG+AEATgUCAHEuCwAtxA4AgsQOANfEDgDwCAcA9asJAHCPAADrvAIAtj0MAJ+nDgC3SAAAwN8KAKSqBgC3SAAAwN8KAM2HAAA5bwIAY0UCALY9DACfpw4At0gAAMDfCgCkqgYAt0gAAMDfCgBHDgAAv5QBABSVAQBplQEAvpUBAOIRDAA3EgwATgUCAOMaAgDcdQMATgUCAO+zBwC/lAEAFJUBAGmVAQC+lQEAVQAAALhGAQANRwEA5hgBAEyyAQDN2QMAjB4AAOEeAABjRQIAMc0BANTQBQCkqgYAt0gAAIIiBgDwCAcA5hgBALKdBQAajwEAb48BAGw8AgAiiAAAa5QAAOMaAgDNhwAAIogAAEpeAgBOBQIA5hgBADsZAQBHDgAAdocCAE4FAgBzgwkAyIMJAM+DAgChpwwAPRgAALdIAABOBQIAZZUFAD6/AgCTvwIA6L8CAD3AAgC3nAEAzYcAAJLBAQB2hwIAqKgEALyNCwC4RgEADUcBANlvDAAucAwAg3AMANhwDABOBQIAZZUFALqVBQByfw4Ax38OAByADgBxgA4AxoAOABuBDgBOBQIA09YAABqPAQBFCgYADEkAAE4FAgBxLgsAUaENAKahDQD7oQ0AmgoGAGWVBQC6lQUAIocBAMyBBwBrlAAARw4AAOu9AQDLMgIAfh0PANMdDwDWcgwAK3MMABqPAQBFCgYAwN8KAAruBwBOBQIA09YAABqPAQBFCgYADEkAAE4FAgBllQUAupUFACKHAQB3hwEAG48AAOMaAgC3SAAAwN8KAGyHDADBhwwA+U4NANkmAAA5xQEAjsUBAOPFAQB8dwwA0XcMACZ4DAB7eAwA0HgMAPAIBwDwCAcApvYNANxrDQCCIgYA1yIGACwjBgAK7gcATgUCAI25DgD1qwkAt0gAAE4FAgA8uAsAkbgLAI25DgDZJgAAa5QAAAruBwCfpw4ACu4HAE4FAgDcaw0AgiIGANciBgAsIwYAgSMGANYjBgArJAYAOxAKAMeBDAAcggwARw4AAHaHAgDcaw0AgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJALdIAABOBQIAPLgLAJG4CwAB/AIAn6sKAIZsDQAWiAwAa4gMAMCIDAAViQwAaokMAL+JDAAUigwAaYoMAL6KDAATiwwAspYMAAeXDABclwwAsZcMAAH8AgCCIgYA1yIGACwjBgCBIwYA1iMGACskBgA7EAoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPxMDADZJgAAt0gAAMDfCgDZGgwA3GsNAJewDQD+nwwA4xoCAHfPDgD8TAwA57QOADy1DgA8uAsAkbgLAOK4DwA3uQ8AjLkPAOe0DgBOsQAAa5QAAI25DgDZJgAATgUCAHEuCwAtxA4AgsQOANfEDgBOBQIADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0ApqENAM3ZAwBxLgsAUaENAKahDQDN2QMADOgLAGHoCwDnGAAAcS4LAC3EDgCCxA4A18QOAC3EDgCCxA4A18QOAGuUAAAajwEA7rkCABbgCQBOBQIAG48AAHCPAAAd4QEAcuEBAMfhAQAc4gEAceIBAMbiAQAb4wEAcOMBAKKmDAD3pgwATKcMAE4FAgAbjwAAcI8AANPWAACCJgIA1yYCAMDfCgAK7gcATgUCAHEuCwBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA2SYAAC4nAADAlAAAFukAAM7ZAgBCEQIAlxECAAruBwBOBQIADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0A9wYCAEwHAgChBwIA9gcCAE4FAgDvswcAI3sMAE6xAABOsQAAa5QAAEcOAADT1gAAgiYCAJRdDgDpXQ4ADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0A9wYCAEwHAgChBwIA9gcCAEsIAgBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAEEIDAAAAAAA9GAAAEEIDAGVCAwDcaw0Al7ANAP6fDABllQUAupUFAA+WBQBklgUAuZYFAA6XBQC2PQwACz4MAD9iCQCNuQ4ARQkHAJoJBwC8jQsAGo8BAG+PAQDvswcAzHoOACF7DgA5bwIAc4MJAMiDCQBIsgUAnbIFACN7DABOsQAATrEAAGuUAABrlAAA4xoCAHfPDgD8TAwA4xoCALecAQBIsgUAN8EHAE4FAgC8jQsAuEYBAA1HAQAh0Q0AdtENAMvRDQAg0g0AddINAI25DgDZJgAATgUCABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIADOgLAAP7AQAAUwIAgiIGAGuUAABHDgAATgUCAI25DgDZJgAATgUCABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIADOgLAAP7AQAAUwIAPRgAAJIYAACTZQcAa5QAALdIAAAQQwIAZUMCALpDAgDwDgEAA04EAI25DgDjGgIAMc0BANTQBQCkqgYAt0gAAE4FAgCxQgwABkMMAFtDDACwQwwADOgLAGHoCwDnGAAA/EwMALJLAgAHTAIAXEwCALFMAgAGTQIAW00CALBNAgDmGAEAsPIHALdIAAAMSQAAzHwMAAruBwBOBQIANGcPAAruBwBOBQIADzsLAPAIBwBFCQcAt0gAAIIiBgDwCAcAt5QJAAf2AgAbjwAAcI8AANPWAAAo1wAAbDwCAGjeDgBe9gAACPYBAA87CwBkOwsAjbkOALeUCQBOBQIA/EwMADlrBgAPOwsAPRgAAJIYAACTZQcAa5QAAA87CwBkOwsA7rkCAEO6AgCYugIA7boCADy4CwCRuAsAxI8BAPAIBwCm9g0An14CANPWAAAajwEARQoGAAxJAAAGSgUARq4LALdIAAAMSQAA3HUDACwnAgCBJwIA1icCACsoAgCAKAIAowUCAPgFAgDIhAgARw4AAAzoCwAQQgMA/EwMAOqxDgA/sg4AlLIOAOmyDgA+sw4Ab48BAEIRAgBAswwA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAG0vDgBOTQ8A/EwMACfLDQDiaQkAG48AAM2HAADIhAgALCcCAIEnAgD2Tw8AS1APAJlXDwDuVw8AQ1gPAJhYDwDtWA8AQlkPAJdZDwCoqAQAPLgLAK/vCwAE8AsADOgLAGHoCwC26AsAC+kLAA87CwC3SAAABkoFAEauCwBrlAAADzsLANkmAAA5xQEAyIQIAEcOAACMHgAADzsLAFuYDAAGSgUARq4LALdIAAAMSQAA3HUDAGDpCwD4BQIAyIQIAEcOAAAi2wIAB/YCAAf2AgCsRwwAAUgMAFZIDACrSAwAAEkMAA08DABiPAwAjbkOABc8AgBOBQIADOgLAGuUAADNhwAAOW8CAE4FAgBxLgsAxi4LAAruBwBOBQIAjbkOANkmAABOBQIAPLgLAJG4CwBu1w8AC58AALY9DACm+wgAa5QAAEcOAABOBQIADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0ApqENAM3ZAwD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACAzAgBGrgsAm64LAPCuCwBFrwsAmq8LAO+vCwBEsAsAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAH8AgCCIgYA1yIGACwjBgAK7gcATgUCAI25DgD1qwkAt0gAAE4FAgDT1gAAgiYCABqPAQBFCgYAgiIGAG+PAQBCEQIATgUCAKMFAgBVSQwAFzwCAE4FAgCNuQ4ARQkHAJoJBwCnUAgA/FAIAFFRCACmUQgA+1EIAMCUAAAW6QAAztkCALFBDQAGQg0AW0INALBCDQAFQw0AWkMNAK9DDQAERA0AWUQNAK5EDQADRQ0AWEUNAK1FDQACRg0AV0YNAKxGDQAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAEIRAgBCEQIAFzwCAGNFAgBCEQIAb9sKALJLAgDA3woAa5QAAMCUAAAW6QAAztkCAFUAAACTtwoA6LcKALdIAAAxbA0AhmwNAGyGDQDBhg0AuI4OAA2PDgBijw4At48OAEcOAABOBQIAowUCAPgFAgBNBgIAogYCAHODCQDIgwkARw4AAHx3DAC3nAEAt0gAAE4FAgDvswcAI3sMALiODgANjw4AYo8OALePDgAAAAAASFUNAE4FAgCjBQIA+AUCAE0GAgDsBwwAcS4LAC3EDgCCxA4A18QOALeUCQBrlAAA77MHAIweAACPYw0A5GMNADlkDQBOBQIAjbkOANxrDQAxbA0ANWgNAIpoDQDfaA0ANGkNAIlpDQDeaQ0ATgUCAI25DgC3nAEAt5wBADRnDwCkqgYAt0gAAIIiBgBvjwEA/wAAALOTDgBHDgAATgUCADAXDgCdVQ0At0gAABuPAABVAAAATrEAAKOxAAAveQIAhHkCANl5AgDmGAEAOxkBAPtOCwBQTwsApU8LAPpPCwDNhwAAOW8CAAruBwCm+wgA09YAAD0YAABOsQAAo7EAAC95AgCEeQIA2XkCALdIAADA3woAbIcMAOS5DAA5ugwAjroMAOO6DAA4uwwAjbsMAIweAABHDgAAAAAAAAAAAAAAAAAAZZUFALqVBQAPlgUAgHINANVyDQAqcw0ARw4AAJwOAAC3nAEANGcPAMsyAgC3nAEADJ0BANsVDwBvjwEA2SYAANPWAACCJgIASqcOAH4dDwDAlAAAFukAAM7ZAgAK7gcAn6cOAOMaAgA4GwIAxjcCAAZKBQDtWwwAQlwMAO65AgBDugIAmLoCAG05BAAK7gcAX+4HAO0DDwCCIgYA8AgHALeUCQBOBQIA09YAAIImAgBKpw4AEEIDAG+PAQBCEQIAtj0MAJ+nDgD0pw4ASagOAJ6oDgDzqA4ASKkOAJ2pDgCCIgYA8AgHALeUCQBOBQIA09YAAIImAgBKpw4AEEIDAG+PAQBCEQIA77MHACN7DAAajwEARQoGAMDfCgBshwwAB/YCANxrDQAxbA0AhmwNAGyGDQDBhg0AFocNAGuHDQDAhw0AowUCAPgFAgBNBgIAogYCAF6UDQCkrAQA+awEAJFjCwBGrgsA088HAKb7CAD1qwkAt0gAAE4FAgAAAAAAn6cOAMCUAAAW6QAAa+kAAAAAAAAAAAAA77MHACN7DAAajwEARQoGAMDfCgBshwwAT6wEAFFMDQCmTA0An1IOAKMFAgBADAkAlQwJAOoMCQAAAAAABpcNAEK8AQDZJgAAOcUBAI7FAQBo6gIAB/YCAHEuCwBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAMUuDAAaLwwAc4MJAMiDCQAxzQEA1NAFAKSqBgC3SAAAgiIGAPAIBwC3lAkATgUCADy4CwCRuAsAq1MBANZyDAArcwwAgHMMANVzDAAqdAwAf3QMANR0DAApdQwAfnUMANN1DAD8TAwAOWsGAAzoCwBh6AsAk2UHAG0vDgDwYgIARWMCAJpjAgDvYwIATgUCAHEuCwBRoQ0ApqENAPuhDQCaCgYAZZUFALqVBQAihwEAd4cBANXGDgDmGAEAsp0FABqPAQBvjwEAEEIDAG+PAQBCEQIATgUCADy4CwCRuAsALMYNAIHGDQBdlA4AspQOAMQ5AgDWxg0AqKgEAAAAAABOBQIAG48AAHCPAAAWMwwAazMMAMAzDAAVNAwAajQMAL80DAAUNQwAaTUMAC3EDgCCxA4A18QOAOMaAgB3zw4At0gAANPWAABrlAAAa5QAAD0YAABOBQIA3GsNADFsDQCGbA0AVQAAAKoAAAD/AAAAqKgEACzGDQCBxg0AqKgEALdIAADEOQIA1sYNAKioBAAAAAAATgUCANxrDQD8SQ8AGo8BAM3ZAwAi2gMAd9oDADFsDQCGbA0AFogMAGuIDADAiAwAFYkMAGqJDAC/iQwAFIoMAGmKDAC+igwAE4sMALKWDAAHlwwAXJcMALGXDAAGmAwASl4CADUUDAAK7gcAPRgAAF9JAgBo3g4A+AMEAN8eAgA0HwIAXvYAAAj2AQB/zwYAPr8CAJO/AgDovwIAIogAABc8AgBPUgkARw4AAOu9AQBvjwEAEEIDAM3ZAwDfHgIAiRUMAAruBwBOBQIAPLgLAJG4CwC3SAAAwN8KAGyHDADBhwwARQkHAJoJBwCnUAgAt0gAABBDAgCNuQ4At5QJAE4FAgDvswcAjB4AAI9jDQDkYw0AOWQNANUoAgDNhwAAyIQIAB2FCAByhQgAZZUFAD6/AgCTvwIA6L8CAOMaAgDNhwAAIogAALecAQDNhwAASl4CAJO1DADotQwAPbYMAJK2DADntgwAPLcMAHODCQBGrgsA+FkDAE1aAwDZGgwAFukAAEauCwBVAAAAt0gAAMDfCgAAAAAAAAAAAAAAAADjGgIAd88OANkmAABVSQwAFzwCAGNFAgD8TAwAyIQIAB2FCABMCQAAoQkAALFCDADMfAwAIX0MAM2HAADZJgAAt0gAAMDfCgDZGgwATgUCAPxMDADIhAgAHYUIAEwJAAChCQAAsUIMAMx8DAAhfQwAcS4LAM2HAAAiiAAAuzwIAEwJAAChCQAAsUIMAMx8DAAhfQwAcS4LAM2HAAAiiAAAuzwIAEwJAAChCQAAsUIMAMx8DAAhfQwAbTkEAG+PAQC/lAEAb48BAL7jCADfvA4ANL0OAIm9DgDevQ4AAAAAAKMFAgD4BQIATQYCAALwDQBX8A0ATgUCANxrDQAxbA0AhmwNAJ9SDgBKXgIAAAAAAE4FAgDcaw0AMWwNAIZsDQCfUg4A77MHACN7DAAajwEARQoGAMDfCgBshwwAvI0LABGOCwCRYQ0AowUCAPgFAgBNBgIAZZUFAD6/AgAo1QIATrEAAGuUAACn/AYAt5wBADRnDwAK7gcAQ68NAJivDQDtrw0AQrANAJewDQDssA0Atj0MAFuVDwCwlQ8AbDwCALJLAgCCIgYA8AgHALeUCQDVKAIA5hgBAEcOAADcaw0AMWwNAIZsDQCfUg4AvI0LABGOCwCRYQ0AowUCAPgFAgBNBgIA77MHACN7DAAajwEARQoGAMDfCgBshwwAyzICAMsyAgDnCg4ATgUCAKMFAgD4BQIATQYCAKIGAgAtxA4AgsQOANfEDgCjBQIAFzwCAE9SCQDmGAEAjbkOAKb2DQA8uAsAQhECAD0YAACSGAAAFzwCAGNFAgDjwQUATgUCABuPAABwjwAAxywMABwtDABxLQwAxi0MABsuDABwLgwArpkNAI8NDgDkDQ4AOQ4OAEhVDQAg3gEAj2MNAORjDQA5ZA0ATgUCALFCDADMfAwAIX0MADVoDQCKaA0A32gNADRpDQCJaQ0A3mkNAE4FAgCxQgwAzHwMACF9DADNhwAAIogAALs8CABOBQIA77MHAIweAACPYw0A5GMNADlkDQBOBQIAsUIMAMx8DAAhfQwA3GsNADFsDQA1aA0AimgNAN9oDQA0aQ0AiWkNAN5pDQBOBQIAsUIMAMx8DAAhfQwAAAAAAAb4AQC3SAAAG48AABc8AgBjRQIAbS8OAFUAAACqAAAAjBsDAOEbAwA2HAMAixwDAHEuCwBRoQ0A9wYCAEwHAgChBwIA9gcCAEsIAgDtEAIAc4MJAEauCwBllQUAupUFAA+WBQAM6AsAX0kCALRJAgAAAAAAbS8OAMIvDgDxqg4ARqsOAJurDgDwqw4A7AcMALyNCwARjgsAkWENAAf2AgDvrA4ARK0OAJmtDgAH9gIATgUCABuPAABwjwAAEEIDAEUKBgCaCgYAMc0BABI1DgBVAAAAGo8BAEUKBgDA3woA2RoMAO65AgAajwEAb48BAPhZAwDNhwAAAUcNAAyUCgC8jQsAt5wBAM2HAACySwIA2SYAAFVJDAAXPAIA5hgBAE4FAgDvswcAI3sMABqPAQBFCgYAwN8KAEauCwCbrgsATgUCAKMFAgBADAkA0MwNACXNDQB6zQ0Az80NACTODQB5zg0Azs4NAPxMDADZJgAAt0gAAMDfCgDZGgwA+/UOAFD2DgCl9g4A+vYOAE/3DgCk9w4AnAIMAE4FAgCjBQIAVUkMAKpJDAD/SQwA77MHAEOvDQCYrw0A7a8NAEKwDQDMeg4AIXsOADlvAgC3SAAAwN8KAPxMDADjGgIA8AgHABc8AgC3SAAAwN8KACN7DABOsQAATrEAAGuUAABHDgAA670BANkmAACPYQ8A+AUCAE0GAgCiBgIA+U4NAE5PDQCjTw0AVUkMAKpJDAD/SQwA77MHAEOvDQCYrw0A7a8NAEKwDQDMeg4AIXsOADlvAgC3SAAAwN8KAPxMDADjGgIA8AgHABc8AgC3SAAAwN8KACN7DABOsQAATrEAAGuUAABHDgAA670BANkmAACPYQ8A+E8NAE1QDQCiUA0AksEBAE4FAgAAAAAATgUCAKMFAgD4BQIATQYCAHklDADOJQwAAAAAAHODCQBGrgsAm64LAAf2AgBxLgsAp/wGAPz8BgBo3g4A+AMEAIweAAAK7gcAB/YCABqPAQBvjwEA2SYAAFVJDADO2QIAaOoCAL3qAgDcaw0AMWwNAIZsDQCfUg4A9FIOAOZgDgA7YQ4AkGEOAPIDCgBHBAoAnAQKAHklDADOJQwAcS4LAC3EDgCCxA4A18QOAPEECgBelA0ApKwEAPmsBAA3EwsAUaENAJQGEADpBhAAPgcQAJMHEAC8jQsAt5wBADRnDwDNhwAAksEBAIweAABzgwkAyIMJAB2ECQANRgIAbS8OACDeAQB13gEAQrwBAFqcCQCJFQwAp/wGAIImAgBKpw4AEEIDAG+PAQBCEQIAaOoCAL3qAgDcaw0AMWwNAIZsDQCfUg4A9FIOAOZgDgA7YQ4AkGEOAHaHAgDLhwIA57QOAAruBwBf7gcAOW8CAAruBwDVKAIA8AgHAPWrCQBrlAAAwJQAABbpAADO2QIAf9QBANTUAQC3nAEANGcPALdIAADA3woA3GsNAM2HAACSwQEALMYNABqPAQBjmgIACu4HAE4FAgCjBQIA+AUCAE0GAgCiBgIA77MHACN7DABOsQAATrEAAGuUAABHDgAA670BANkmAACPYQ8AZI4NALmODQAOjw0AY48NALiPDQBtLw4Awi8OABcwDgDMeg4AaYgOAL6IDgATiQ4AaIkOAGKQDQC3kA0ADJENAE4FAgBOBQIAB/YCAOYYAQDmGAEAsp0FADlvAgDcdQMATgUCAAb4AQBb+AEAsPgBAAX5AQBa+QEAr/kBAD0YAABrlAAAt0gAADzCAQAK7gcAVQAAAL7jCAAK7gcAt0gAAM2HAADIhAgATgUCANxrDQAxbA0AhmwNAJ9SDgD4BQIATQYCAKIGAgDvswcAI3sMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAI9hDwDT1gAAgiYCAJRdDgBrlAAAwJQAAGNFAgDcaw0AMWwNAIZsDQBOsQAAzYYBAH/UAQDU1AEAt5wBADRnDwC3SAAA3GsNADFsDQCGbA0A/EwMAOqxDgA/sg4AlLIOAOmyDgA+sw4Ak7MOAOizDgA9tA4AB/YCAAAAAAAAAAAAGo8BAM3ZAwAsxg0AOW8CAGuUAABVAAAAuEYBAGNFAgDPgwIAPr8CALJLAgDA3woATrEAAAAAAABOTQ8AowUCAPgFAgBNBgIAogYCADjGAQDzUg8AQ68NAJivDQDtrw0AQrANAAf2AgCjBQIA+AUCAE0GAgB5JQwAziUMAHEuCwAtxA4AgsQOANfEDgCSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEARw4AACwnAgA9GAAATgUCAHEuCwAtxA4AgsQOANfEDgCNuQ4AzIEHACGCBwB2ggcAy4IHACCDBwB1gwcAyoMHAPAIBwC3SAAADEkAAGFJAADPggMATgUCAHEuCwAtxA4AgsQOANfEDgA9GAAACu4HAOphCQBvjwEAQhECAAf2AgBxLgsAUaENADDBDgCFwQ4A2sEOAC/CDgBHDgAAzYcAAA6WBgBVAAAAt5wBAOMaAgDwCAcAFzwCAEpeAgCfXgIAwJQAABbpAADO2QIAt0gAABBDAgBlQwIAukMCADEXDQAxFw0A8A4BAGuUAADAlAAAFukAANUoAgAqKQIAfykCANQpAgApKgIA1SgCANkmAAA5xQEAjsUBAMDeCwAV3wsAAAAAAAH8AgCfqwoAhmwNALKVDQD4BQIATQYCAKIGAgAsJwIALCcCAGuUAADNhwAA57QOAE6xAAAXPAIAY0UCAEiyBQCySwIAgiIGAPAIBwC3lAkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDhcwAAsksCAIIiBgDN2QMA2SYAAEAMCQBrlAAACu4HAAruBwCfpw4A9KcOAL7jCADfvA4ANL0OAJ+nDgA9GAAATrEAANx1AwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAFUAAABVAAAAt5wBAG05BABOsQAAPr8CALJLAgCCIgYA8AgHALeUCQBOsQAAzYYBAKKwAgD79Q4AwN8KAKtTAQBc7QsAse0LAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQA9GAAAkhgAAJNlBwC3SAAABkoFAO1bDADmbAIARw4AAL+UAQBrlAAAPRgAALdIAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAdi4GAMsuBgAgLwYAdS8GAMovBgAfMAYAdDAGAMkwBgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAMDfCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt0gAAM2HAAAajwEAb48BAGuUAADAlAAAt5wBAM2HAAA4xwAAcI8AAMcsDAC7PAgAED0IAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBtOQQAb48BABBCAwBFCgYAgiIGAM2HAADIhAgAbTkEAPBiAgDNhwAAsksCAIIiBgDwCAcAt5QJAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAsksCAM2HAADNhwAAIogAAHeIAADMiAAAIYkAAHaJAAAXPAIAY0UCAEcOAACcDgAA9asJABc8AgBOsQAAa5QAANkmAAA5xQEAjsUBAMDeCwAV3wsAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBCEQIADJQKAGGUCgAxzQEACu4HAOMaAgBOsQAATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAHYuBgDLLgYAIC8GAHUvBgDKLwYAHzAGAHQwBgDJMAYAGo8BAGOaAgC4mgIADZsCAGKbAgC3mwIADJwCAEcOAAB2hwIAy4cCALJLAgDA3woAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAYzsMALg7DABrlAAAq1MBAJQGEADpBhAAPgcQAJMHEADoBxAAPQgQAJIIEABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQBjOwwAuDsMAE6xAADNhgEAf9QBANTUAQC3nAEANGcPALdIAACCIgYA8AgHALeUCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQBjOwwAuDsMAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAIAkBgBflAwAtJQMAAmVDABelQwAs5UMAAiWDABdlgwA/lUBAGM7DAC4OwwAG48AAHCPAADHLAwAuzwIABA9CABlPQgAuj0IAA8+CABkPggA6mEJAPAIBwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQBjOwwAuDsMAEcOAABt5AMAwuQDADRnDwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAGM7DAC4OwwA+AMEAE0EBACiBAQA9wQEAEwFBAChBQQA9gUEAEsGBACgBgQA9QYEAEoHBAD+VQEAYzsMALg7DADZJgAAt5wBANx1AwDT1gAAgiYCANx1AwBHDgAAbeQDAMLkAwA0Zw8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQBjOwwAuDsMAJsLBADwCwQARQwEAJoMBABOBQIAB/YCAAxJAABQSw8ApUsPAPpLDwAXPAIAT1IJANPWAACCJgIA4xoCALecAQBOBQIAcS4LAFGhDQD3BgIATAcCAKEHAgD2BwIASwgCAAAAAABOBQIAc4MJAMiDCQDPgwIAoacMAPanDABLqAwAoKgMAO+zBwArxw0AgMcNANXHDQAqyA0Af8gNANTIDQDvswcAK8cNAIDHDQDVxw0AKsgNAH/IDQDUyA0AcS4LAFGhDQD3BgIATAcCAKEHAgD2BwIASwgCAG0vDgBOTQ8A/EwMACfLDQDiaQkAG48AAM2HAAD8TAwAJ8sNAOJpCQAbjwAAzYcAAMiECABOBQIAbS8OAE5NDwCjTQ8A+E0PAE1ODwCiTg8A904PAExPDwChTw8AG48AALecAQC3nAEATgUCALY9DAALPgwAYD4MALU+DABLpg4Ab48BAEIRAgBOBQIAPLgLAEUKBgDA3woAFeAKAEcOAABrlAAA2SYAALdIAABOBQIAZZUFALqVBQAPlgUArEUOAAFGDgBWRg4Aq0YOAEIRAgBanAkAr5wJAE4FAgBllQUAupUFAA+WBQCsRQ4AAUYOAFZGDgCrRg4AOMcAAEcOAACMHgAACu4HAE4FAgDjGgIA3HUDAAf2AgAg3gEAo00PAMYuCwAK7gcATgUCAI25DgDZJgAATgUCADy4CwCRuAsAPRgAAGuUAADAlAAATgUCAHEuCwBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAO+zBwDMeg4AIXsOACCIAgB1iAIATgUCANxrDQAGSgUA7VsMAEJcDACXXAwAbS8OAMIvDgBtLw4Awi8OABcwDgBsMA4AZZUFAD6/AgCCbg8A124PACxvDwCBbw8A1m8PACtwDwCAcA8A1XAPAG0vDgDCLw4A/EwMAOMaAgDwCAcA7rkCABbgCQBxLgsAUaENAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDT1gAAgiYCAJRdDgDpXQ4A3GsNAPxJDwBhSQAAbJADAAs+DAAXPAIAY0UCAM+DAgC3SAAATgUCAGWVBQA+vwIAgm4PANduDwAsbw8AjbkOANkmAABOBQIA3GsNAPxJDwBhSQAAowUCAFVJDAC3nAEAt5wBAAydAQDT1gAAGo8BAG+PAQBCEQIATgUCAHEuCwBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAG48AABc8AgBLpg4Ab48BAEIRAgBOBQIAsUIMAAZDDADntA4ACu4HALecAQBtOQQAb48BAEIRAgBOBQIAjbkOANkmAABOBQIA3GsNAPxJDwBhSQAAboIPAMOCDwAYgw8AbYMPAMKDDwAXhA8AbIQPAMGEDwAWhQ8Aa4UPAMCFDwAVhg8AaoYPACwnAgCBJwIAT6IOAOe0DgCSGAAAEUMBAAxJAABhSQAAz4IDAE4FAgBxLgsAUaENAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQCNuQ4AzIEHACGCBwB2ggcAy4IHACCDBwB1gwcAyoMHAHh7DADNewwAInwMAHd8DAAH9gIAAAAAAAAAAAAAAAAATgUCAAzoCwBu1w8Aw9cPABjYDwA8uAsAkbgLAOK4DwA3uQ8AjLkPAOG5DwA2ug8A/EwMADfBBwAK7gcA3HUDAM2HAAA5bwIAPRgAAE4FAgD8TAwAN8EHAAruBwC8jQsAPRgAAG7XDwDD1w8AGNgPADy4CwCRuAsA4rgPADe5DwCMuQ8A4bkPADa6DwD8TAwAN8EHAAruBwBHDgAAdocCAMuHAgDIhAgAHYUIAEIRAgAMlAoA5hgBAE4FAgA8uAsAkbgLAOK4DwA3uQ8AjLkPAOG5DwA2ug8A4xoCADgbAgCrowYA67wCALecAQA0Zw8APLgLAJG4CwDiuA8AN7kPAIy5DwDhuQ8AlxECAE4FAgBCEQIADJQKAGGUCgAM6AsAbtcPAMPXDwAY2A8APLgLAJG4CwDiuA8AN7kPAIy5DwDhuQ8ANroPAFUAAAC4RgEADUcBAO65AgAajwEACu4HAJ+nDgDAlAAAnAIMAHaHAgAGSgUA7VsMALJLAgDA3woAQhECANx1AwAH9gIAmwsEAPALBABFDAQAmgwEANPWAAAajwEARQoGAAxJAABOBQIAcS4LAFGhDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAsJwIAgScCANxrDQCXsA0A/p8MAHODCQDIgwkAwJQAAEauCwCbrgsATgUCALyNCwARjgsAkWENAFUAAADmGAEATgUCAHEuCwAtxA4AgsQOAAAAAADXxA4Acn8OAKz5BACynQUA57QOAAruBwBOBQIAowUCAPgFAgBNBgIAogYCANPWAAAajwEARQoGAAxJAABOBQIAcS4LAFGhDQCmoQ0A+6ENAJoKBgBllQUAupUFACKHAQAXMgwAbDIMAGwyDACWsQ0AQrwBAEG1CQCWtQkA67UJADZmDgCLZg4AVQAAALhGAQANRwEA2W8MAC5wDACDcAwA2HAMAE4FAgBllQUAupUFAHJ/DgDHfw4AHIAOAHGADgDGgA4AG4EOAG05BABAswwAlbMMAKSqBgDcdQMATrEAAKOxAADwAwwARQQMAJoEDADA3gsAFd8LAGuUAADAlAAAFukAAM7ZAgBCEQIAlxECAM2HAAD8SQ8AYUkAAM+CAwAkgwMA/EwMAFFNDACmTQwA3GsNADFsDQCGbA0AspUNAPgFAgBNBgIAeSUMAM4lDACXsA0A/p8MAO+zBwCMHgAAa5QAANxrDQD8SQ8AYUkAAKMFAgCPYQ8A5GEPADliDwCOYg8A77MHAMx6DgAhew4AIIgCAHWIAgBOBQIA3GsNAAZKBQDtWwwAQlwMAHODCQDIgwkAbS8OABc8AgBGrgsAm64LAE4FAgDmGAEAsp0FAO65AgAW4AkAVUkMABc8AgBOBQIA5hgBADsZAQAXPAIAY0UCADy4CwCRuAsA2SYAAFVJDAAXPAIA5hgBALKdBQCySwIAgiIGAPAIBwBrlAAApKoGACV/BgC3SAAAgiIGAPAIBwC3lAkATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAVUkMABc8AgBOBQIA3GsNAM2HAACSwQEA/EkPAGFJAADPggMAJIMDAACcDgD/nA4AVJ0OAKmdDgCjBQIA+AUCAE0GAgAC8A0AV/ANAE4FAgDcaw0AMWwNAIZsDQC94QsAEuILAGfiCwC84gsAEeMLAGbjCwC74wsAEOQLACjUAwB91AMAcn8OAMd/DgAY5QIAbeUCADRnDwDnwQEADDkQAGE5EAB2hwIA3HUDANx1AwBAvgEA4WMQAFiWEQAK7gcAFz4AALY5EAALOhAA4WMQANMcEABfSwAAPgUSAFiWEQAK7gcAWJYRAFiWEQAK7gcA4WMQABCJEQBYlhEAPgUSAEIRAgDhHgAA8A4BAD4FEgDwDgEAkV4QAJFeEAAK7gcAn6cOAOAfAADwDgEA4scAAOPBBQCDFxAAgxcQAFiWEQDjwQUAWJYRAI9jDQARNBAAZjQQAC/AEAAMORAAYTkQADcNEQA+BRIATAkAAOFjEAARNBAAZjQQAPAOAQDALxAAiGYRAN1mEQB0exAAQhECAJFeEAA4YhAAjWIQAAw5EABhORAA4wsRAOYYAQBOTQ8AkV4QAGM3EACRXhAAt5QJACvDEQAvwBAA4WMQABYuEQBYlhEATAkAAEwJAAD8SBAAUUkQAKZJEAA+BRIARw4AAF09EACyPRAAXT0QALI9EAC8iBAAPgUSAP6fDABo6gIACu4HALs8CAAK7gcA/EgQAFFJEAChohEA8A4BAPxIEABRSRAAoaIRAOEeAAAMORAAYTkQAAlKAgBOBQIAr+8LAOFjEAAH9gIAt0gAAJFeEABjmgIACu4HAOFjEABrPQIAXT0QALI9EACRXhAAszwQAAg9EABdPRAA8VIRAF09EADxUhEAj18RAJFeEAD3TRAA+0kQAFBKEADALxAA+0kQAAAAAABOBQIA/EgQAFFJEAD8SBAAUUkQAPxIEABRSRAABz4QAC/AEABW7REAq+0RAMsyAgCzPBAAwC8QAF09EACyPRAAyzICAAruBwBOBQIAPgUSAE4FAgD/7hEAVkQQAE/0EQDhYxAA4WMQAKioBACoqAQAqKgEAAf2AgDIhAgAd88OAEiuCQB3zw4Aq0YOAKtGDgC3SAAAm60MAOZdEQBe9gAARw4AAEcOAACdUhAA+ksPAF72AACRXhAARw4AAPpLDwCRXhAAkV4QAJFeEACRXhAAkV4QAMAvEADALxAAkV4QAJFeEACRXhAAkV4QAJFeEACRXhAAwC8QAMAvEADALxAAkV4QAJFeEACRXhAAwC8QAMAvEACXWBAAwC8QAMAvEACRXhAATgUCAE4FAgCTXBAAsusMAE4FAgA+BRIAFzwCAEG1CQBOBQIARw4AAEcOAACRXhAAkV4QALecAQBP9BEA/EgQAFFJEAAH9gIA4WMQAD4FEgBHDgAA5GAQAE4FAgDpvgIAjB4AANx1AwBanAkAPRgAAAruBwBQUggACu4HAGWJEQDhYxAAcNMRAE/0EQBHDgAAkG0CANPWAADT1gAA09YAAD4FEgDT1gAAtkcCAGjeDgA+BRIAkG0CAD4FEgDvYwIAr5QRAGyCEQDBghEAMmgQAD4FEgBS8REAp/ERAHbcAgDwDgEAPgUSAO+rDwBMCQAAPgUSAFUAAAA9GAAAn6cOANMcEADcdQMASk8RAFUAAACvlBEATAkAAEwJAABMCQAAMxERAOFjEADTHBAAdocCANx1AwB7dBAAI9kDAJHAAwAaKhEA/aIKAJMFEgA3wQcAwC8QAIhmEQDdZhEAtY4RAJS9AwD8SBAAUUkQAKGiEQARiRAAwC8QAD4FEgBimAUAlbwDAN67EADALxAAkV4QAJFeEAD8SBAAUUkQAJFeEAA4YhAAjWIQAJwOAADhYxAA6gwJADRnDwDhYxAAmlQRAJpUEQDhYxAAL2oRADtfEABS/wMA4WMQAHN8EADjwQUAPgUSAE4FAgBOBQIATgUCAJMFEgBOBQIA0xwQAD4FEgBOBQIA4WMQAE/0EQA4YhAAjWIQAE4FAgBjlwUAsjwRAA87CwA+BRIAKyQGAD4FEgA7EAoAUZ4QAOAfAADhYxAAc3wQAMh8EAB7HhEAPgUSAHaHAgA0Zw8A4WMQABCJEQBe9gAAsjwRAN67EAD6TwsA97IAAOMaAgDALxAAiGYRAN1mEQD8SBAA42ARAEhVDQCMDREA0xwQAEcOAADwDgEAaIcQAJAJEQDlCREAex4RALdIAADALxAAiGYRAN1mEQC1jhEACo8RAHseEQC3SAAAex4RALdIAAAdKBAAB5MQAD4FEgBOBQIAPgUSAE4FAgDhYxAAEIkRAC/AEADhYxAAIHoQAHV6EADKehAAlQQRAE4FAgD+nwwA/J0QAOFjEACRXhAAOGIQAI1iEACkoBAAkb4FANMcEAArwxEABPALAJMFEgCRXhAAkwUSAJFeEADsrRAAQa4QAJauEAAgehAAdXoQAMp6EAAfexAA2xMRAOytEABBrhAAlq4QAB0oEACXDgUAwC8QAIhmEQDdZhEAtY4RAAqPEQDhvgoAPgUSAHaHAgDcdQMAPgUSALI8EQDTHBAAqKgEAJW8AwDA3woAkV4QADhiEACNYhAA0B4RAOAfAADALxAAiGYRAN1mEQA+BRIAB/YCALWOEQAKjxEAF4oJAHseEQC3SAAAQ6wQAJisEADtrBAAX48RACskBgBDrBAAkV4QAHp0EQDALxAAkwUSAJFeEAA4YhAAkwUSADRnDwBOBQIAT/QRADhiEACNYhAAao8GAOFjEAAQiREAPgUSAFRKDADhYxAAPgUSAKhRBgAMjREAwC8QAJMFEgBdPRAAsj0QAAruBwDgDhEA7K0QAEGuEACWrhAAT/QRADhiEACNYhAAe3QQAHaHAgA0Zw8ADI0RAD4FEgA0Zw8ATgUCAPBTEQAK7gcA7rkCAAyNEQBhjREAto0RAB0oEADwDgEA4WMQAD4FEgCXsA0A0xwQAJwCDADALxAADI0RAMAvEAAMjREAkV4QAJMFEgCTBRIAkwUSAJFeEAA4YhAAjWIQACB6EAB1ehAAynoQAL4wEQBfjxEAtI8RALI8EQDgHwAAH3sQAGaJEAAMjREAYY0RALaNEQALjhEAT/QRADtfEAA4CxIAbIMQAMGDEAA4CxIAQ6wQAAyNEQDALxAAiGYRAN1mEQDALxAAiGYRAN1mEQA+BRIAg2sRANkaDAA+BRIANGcPAD4FEgDstgcA0xwQAE4FAgDjwQUA8A4BAOFjEAAvahEAO18QAD4FEgAAAAAACu4HAAAAAADoBRIA4WMQAC9qEQA7XxAAPgUSAAAAAAAK7gcAAAAAAD4FEgA+BRIAdocCAD4FEgB2hwIAPgUSAHaHAgDoBRIAPgUSAJpUEQCTBRIAkV4QAJFeEAA4YhAAjWIQAOFjEAAAAAAAEIkRAP6fDADALxAAiGYRAN1mEQCAbxAAPgUSAK+UEQC3SAAA1BoRAONgEQA3wQcAhWkRANppEQChohEA3HUDAAyNEQBhjREAto0RAOFjEADhYxAAkV4QADhiEACNYhAAJyUJAAAAAAAF6hAAWuoQAK/qEABQUggAenQRAM90EQAkdREAPgUSAB0oEADZGgwAQrsCADRnDwDhYxAAPgUSAEpPEQDNKAoAHSgQAD4FEgC3lAkAL8AQAPxIEABRSRAAXT0QALI9EADALxAAiGYRAN1mEQD4WQMA4WMQAD4FEgBAvAMAkV4QAJFeEAA4YhAAjWIQAAruBwDgHwAAkV4QADlgEQCRXhAAOGIQAI1iEAD49REAAAAAAMAvEACIZhEA3WYRAOFjEABzfBAAyHwQANMcEADhYxAAWZ0JALI8EQDTHBAAkBkBAAAAAAA+BRIAsjwRANMcEACQGQEATPgQAMAvEACIZhEA3WYRAC9qEQA7XxAAPgUSAOFjEACRXhAAOGIQAI1iEAA+BRIA3HUDALA+EQBOBQIA7AIRAJFeEABe9gAAfSQJALdIAABw0xEA3HUDAOPBBQA+BRIAwJQAAJpUEQD4WQMAibsQAE4FAgBOBQIA4WMQAKGiEQCk9BEA8A4BAC/AEABOBQIA4wsRAEUKBgBzfBAAyHwQAIm7EABvjwEATPgQAKH4EAD2+BAACu4HAAAAAAAAAAAAAAAAAD4FEgCyPBEAAAAAAAAAAAAAAAAA4wsRAIQVEQC3SAAATgUCAPAOAQA+BRIAr5QRALI8EQAK7gcAkV4QAN67EADeuxAAkV4QADtfEABo6gIA8vsRAIhmEQDdZhEAtY4RAAqPEQArwxEAT/QRADtfEACoqAQAwC8QABUwEACoqAQAa5QAALdIAACMwQcAPgUSAM2HAACMwQcAkwUSAH8aEQCJuxAA/EgQAFFJEAAHPhAAc3wQAMh8EAD8SBAAUUkQAAc+EABzfBAAyHwQALdIAAC3SAAAUZ4QAEK8AQB6dBEAz3QRACR1EQB7HhEAPgUSANx1AwCRXhAAPgUSAEC8AwBjixEATgUCAJFeEAA4YhAAjWIQAMokEQAfJREAqKgEAKioBAA+BRIAQLwDAEC8AwBjlwUA8FMRANMcEAAAAAAAPgUSAD4FEgBrlAAA4WMQAEC8AwCDaxEATgUCAD4FEgAWLhEATAkAAAH0CgBCEQIAZzIRALwyEQBVAAAAVQAAACskBgDhYxAATgUCAD4FEgA+BRIAPRgAAMAvEACIZhEA3WYRADe4EABUSgwAlL0DAJFeEAA4YhAAjWIQAG0vDgD8SBAA42ARAEZTEQAWLhEAt5QJABYuEQAWLhEACu4HAD0YAAD8SBAA42ARAFFJEADALxAA4WMQABYuEQBrLhEAwC4RACvDEQALOREANWQRAJFeEABAvAMA4WMQAOm3CQDivgkAAAAAANwSEQAxExEAAAAAAAAAAAAtyQkAd9cGAFRKDADhYxAAPgUSAD4FEgCaVBEAt0gAAOFjEAA+BRIATk0PAOFjEADwDgEATgUCAOFjEAAtbBEAPRgAAJFeEAA4YhAAjWIQAD4FEgBOBQIAPgUSAE4FAgA+BRIA8A4BAFBJEQDwDgEATgUCAD4FEgBMCQAAUEkRAEwJAACDaxEAt5QJAFBJEQAH9gIAAAAAANx1AwD6SREA3HUDAD4FEgCDaxEALhUSAOFjEAAuFRIAPgUSAC4VEgCRXhAAOGIQAI1iEAA+BRIA8aoOAPAOAQDTHBAARw4AAEcOAADTHBAANGcPAINrEQAH9gIAwC8QAIhmEQDdZhEAkV4QADhiEACNYhAATgUCAGNFAgA+BRIATgUCAD4FEgDhYxAABz0RAE4FAgBOBQIA48EFAGvgCQArwxEA4WMQAEwJAAA+BRIAUEkRAE4FAgBdPRAAsj0QALyIEABOTQ8AK3MMAOFjEAC3SAAA7rkCALdIAABP9BEAOGIQAI1iEADhYxAA51wRAAruBwDcdQMA2HAMAAf2AgCLuBEA42ARADjGAQBOBQIARw4AAAAAAACcAgwAAAAAAPFSEQA+WxEAk1sRAOhbEQA+BRIAT/QRADhiEACNYhAATgUCAEwJAACoqAQAqKgEACvDEQBOBQIAwC8QAE4FAgDhYxAAB/YCAOFjEACbYQMAr5QRAK+UEQBtLw4A4WMQAD4FEgBOBQIA/EgQAFFJEABP9BEAOGIQAI1iEABP9BEATgUCAAruBwA+BRIACu4HAD1cEQDiEQwAt5QJAEwJAAArwxEA/agEAGjbEQB3hwEAXvYAAD4FEgBdPRAAsj0QACV5DACLuBEA5rgLAE4FAgDScREATgUCAOa4CwCrmBEAfHIRAAaYDAAg3gEAwC8QAIhmEQDdZhEATgUCAD4FEgA+BRIAT/QRAHaHAgB2hwIAT/QRAE/0EQAK7gcArUIQAAJDEADMdxEASlAQAMAvEACRXhAAO18QAOwRAgD8TAwA670BAPtJEADALxAAZUIDACDeAQBjlwUAlGIJAO8JBwBCEQIAt0gAAPKyBQAK7gcAPgUSADRnDwA+sBEA6b4CAFVTAgDpvgIAVVMCAAVOAgAPOwsAkwUSAEK7AgA+BRIATAkAAE4FAgCfUBAAjB4AAGVCAwD/7hEATgUCAD4FEgArwxEAOwgSAP2oBAA+BRIAB/YCAAf2AgAH9gIAB/YCAOFjEADhYxAALmsRADtfEADcZxEATAkAALdIAAB2hwIANGcPAMAvEACIZhEA3WYRAFBSCACRXhAAOGIQAI1iEABfjxEAtI8RAHN8EADIfBAAc3wQAMh8EACRXhAAaOoCAKuYEQB8chEADJAOAPxIEABRSRAADJAOAJ1VDQD8SBAA6lkRAE/0EQA5YBEAPgUSAE4FAgDZJgAA2SYAAEIRAgDVKAIAgxcQALGSEQAxFw0AEIkRAE4FAgA+BRIATgUCAMGHDABzexEASFUNAE4FAgBOBQIATgUCAH9zDQBhnQEAVUkMAFznEQCRXhAAQhECAJdcDABc5xEAB/YCAFznEQAH9gIA4WMQAE4FAgBOBQIAq5gRAHxyEQA+BRIA/EgQAFFJEAChohEAm64LAE4FAgBOBQIATgUCALyIEABOBQIAs5ARAPRSDgBHDgAAW5cNAF09EADhYxAAwC8QAG8vDADmuAsA+PURAAAAAADmuAsACJQOAJatEQAHlQ4A660RAC/AEAA0ZREAT/QRADtfEACrmBEAn1IOAIMXEAAvwBAAlq0RAC/AEADrrREAL8AQAKuYEQB8chEAeXURAFUAAACm+wgAt0gAAP5GEABHDgAATgUCAOa4CwB8chEATgUCAEZTEQBKXgIAnaYRALDoEQAF6REA3HUDAJuuCwAK7gcATgUCAE4FAgBOBQIAPgUSAHZ9DAB2fQwAdn0MAHZ9DABCEQIAQhECADO+DgBOBQIA/EgQAOO1EQCrmBEAA+sRAE4FAgCrmBEA9FIOAE4FAgBYlhEApZ4RAPxIEAD6nhEATgUCAJynEQDxpxEADeERAEaoEQBOBQIATgUCAKuYEQD0Ug4AWJYRAKWeEQD8SBAA+p4RAE4FAgDnCg4A2b8RAPxIEABRSRAAT/QRADtfEABOBQIAi7gRACvDEQArwxEAXvYAAItjEQAtwREANWQRAHXeAQB2fQwAdn0MAHZ9DAB2fQwATgUCAJ2mEQAzZxAA+0kQAE5MEACbrgsArEUOAAlKAgBY6xEA6lkRAFiWEQDhYxAAV+wRAOFjEAArwxEAB/YCADEXDQAxFw0ATgUCAFRKDACcpxEA8acRAAruBwAK7gcA5GEPAPxIEABRSRAAVEoMAJynEQDxpxEACu4HAAruBwDkYQ8AspERAAeSEQD8SBAA42ARAI9fEQAAAAAA4WMQAD4FEgDhYxAAaOoCAJFeEACrmBEA5WEOAH0cEQDjYBEAcdIRAGTfEQBP9BEAOWARAAf2AgDSHBEAoaIRAMDfCgA+BRIAYkYCAFUAAABc5xEAq5gRAOVhDgC3SAAAkV4QAAruBwBOBQIA/EgQAFFJEADkYQ8AFzAOAAf2AgAH9gIAQrwBAEK8AQBCvAEAQrwBAAf2AgDhYxAAQrwBAE4FAgBOBQIATgUCAAAAAAAAAAAAq5gRAAPrEQD8SBAAUUkQAORhDwDpXQ4APgUSAKuYEQDA3woAPgUSAKuYEQD/7hEA4WMQAE4FAgBOBQIA3HUDAD0YAAAK7gcAa5QAAE4FAgCdphEAsOgRAAXpEQBa6REAr+kRAATqEQBZ6hEAB/YCAPxIEABRSRAABz4QAJynEQDxpxEA4WMQAPxIEADjYBEAApcRAE/0EQA4YhAAszwQAIEnAgCxkhEAqe8RAP7vEQBT8BEAqPARAE/0EQA7XxAAH4QHAE/0EQDhYxAApfMRAAf2AgA0Zw8ACu4HAJFeEAArwxEA8A4BABCJEQDwDgEAEIkRAF09EADxUhEA8A4BAE4FAgCrmBEAfHIRAPxIEABRSRAAgScCABvTEQAb0xEAgScCAMAvEADALxAAwC8QAOytEADALxAAwC8QAMAvEADALxAAXT0QAPFSEQDALxAA7K0QAMAvEACHZxEAwC8QAIdnEQDALxAAh2cRAHp0EQCHZxEAwC8QAIdnEQDALxAAh2cRAHd4EACHZxEAwC8QAIdnEQAgehAAdXoQAKZJEABOBQIAK8MRAE4FAgAH9gIA4WMQAD0YAAA0Zw8A+0kQACF4EQBArhEAQK4RAPtJEABQShAAyIQIAOcGEgAH9gIAB/YCAEcOAABHDgAAg2wQAOFjEAB13gEAwC8QAD4FEgAXMA4AOAsSABcwDgA+BRIAwC8QANMcEAA+BRIA0xwQAMAvEACIZhEA0xwQAIsNEgDgDRIAwC8QAAf2AgDTcBEA4WMQAE4FAgBOBQIATgUCAC4VEgBOBQIATgUCAE4FAgAuFRIATgUCAHKFCAAuFRIAPgUSADa6DwBOBQIATgUCAC4VEgDhYxAAIHoQAHV6EADKehAAwC8QAP5VAQBYlhEApZ4RAE4FAgBP9BEAO18QAPxIEABRSRAAoaIRAHeHAQDBMgwAb9QRAGjbEQA0Zw8AQVgRAPFSEQCPXxEASFUNAJFeEAA5YBEASFUNAD4FEgDIhAgAgG8QAC1sEQCrmBEAfHIRAPxIEADjYBEAcdIRAD4FEgDTHBAAl1wMAD0YAAA+BRIAt5QJAPxIEABRSRAAoaIRACzGDQCAbxAACuQRAPxIEADjtREAq5gRAJ9SDgA+BRIA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAgAAgAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAAMAAAQAAIAAAIB0BAIQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAACAAAAAACAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAQMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAANAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAANAAAQAAIAAAIB0BAoQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAEQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQABIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAADAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAA"},"index":{"lists":[[12,13,96,98,99,100],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,73,74,76,77,78,79,80,81,82,83,84,85,86,87,91,92,93,94,96,98,99,100,104,109,110,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,251],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,46,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,69,73,74,76,77,78,79,80,81,82,83,84,85,86,87,90,91,92,93,94,96,98,99,100,104,109,110,116,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,191,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,240,241,242,251],[4,12,13,18,66,89,96,98,99,100,197,237,240,257],[12,13,18,96,98,99,100,128,129,130,243,244,245,246,247,248,249],[5,6,12,13,96,98,99,100],[12,13,65,67,96,98,99,100],[12,13,96,98,99,100,230,250],[9,12,13,78,96,98,99,100,109,110,135,136,163,164,230,235,236],[9,12,13,96,98,99,100,128,129,130],[9,12,13,64,71,76,79,83,84,96,98,99,100,120,128,129,130,131,148,167,168,170,174,182,184,190,192,193,194,195,206,214,215,216,223,251],[12,13,26,27,28,34,35,96,98,99,100,108,173,186,229],[12,13,96,98,99,100,132,263],[11,12,13,96,98,99,100],[1,9,12,13,18,19,96,98,99,100,128,129,130,157,158,175,217,221,222,251],[9,12,13,18,21,96,98,99,100,128,129,130,134,157,158,217,221,222,251],[9,12,13,16,17,18,43,96,98,99,100,128,129,130,157,158,198,217,221,222,234,251],[5,9,12,13,18,29,96,98,99,100,128,129,130,157,158,159,185,217,221,222,239,251],[0,2,8,9,10,12,13,14,16,18,32,33,36,37,93,96,98,99,100,128,129,130,151,157,158,159,169,172,198,200,217,218,221,222,225,228,231,251,252,255,258,259,262,264],[3,4,9,12,13,18,20,23,32,36,37,39,46,49,50,72,75,94,95,96,98,99,100,104,106,112,113,115,121,128,129,130,133,138,141,144,151,157,158,159,166,171,178,180,181,187,198,199,210,213,217,221,222,251,260,265],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,15,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251,256],[9,12,13,18,92,96,98,99,100,128,129,130,157,158,159,165,217,221,222,241,251,253,254],[9,12,13,18,87,95,96,98,99,100,107,111,122,128,129,130,153,157,158,166,202,217,221,222,241,251],[9,12,13,18,22,46,96,98,99,100,106,114,128,129,130,143,144,157,158,177,217,221,222,251],[8,9,12,13,18,38,70,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,14,18,22,52,96,98,99,100,128,129,130,143,157,158,217,221,222,251],[9,12,13,18,24,25,45,57,96,98,99,100,105,117,119,123,128,129,130,139,145,146,147,149,150,152,157,158,162,183,188,189,201,204,209,211,212,217,221,222,232,238,251],[9,12,13,17,18,19,60,96,97,98,99,100,128,129,130,157,158,217,221,222,251],[6,9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,22,96,98,99,100,128,129,130,157,158,217,221,222,251],[12,13,96,98,99,100,103,118,124,125,126,127,142,203,205,261],[12,13,68,96,98,99,100],[9,12,13,18,30,31,96,98,99,100,128,129,130,217,221,222,251],[12,13,40,96,98,99,100],[12,13,41,42,44,47,48,96,98,99,100],[12,13,51,55,56,58,96,98,99,100],[12,13,54,77,96,98,99,100],[12,13,54,96,98,99,100,101,102],[12,13,54,78,80,96,98,99,100],[12,13,54,96,98,99,100],[12,13,59,61,63,77,96,98,99,100,224],[12,13,62,96,98,99,100,161],[12,13,77,96,98,99,100,224],[12,13,78,80,86,96,98,99,100,242],[12,13,80,96,98,99,100],[12,13,85,91,96,98,99,100,224,242],[12,13,88,96,98,99,100,196],[12,13,96,98,99,100,160],[12,13,96,98,99,100,224],[12,13,96,98,99,100,242],[12,13,82,96,98,99,100,227],[4,12,13,18,82,96,98,99,100,227,237,240],[12,13,18,82,96,98,99,100,207,208,227],[5,6,12,13,82,96,98,99,100,227],[12,13,82,96,98,99,100,227,230],[9,12,13,78,82,96,98,99,100,109,110,227,230,235,236],[9,12,13,82,90,96,98,99,100,207,208,227],[9,12,13,64,69,73,74,76,79,81,82,83,84,96,98,99,100,167,168,179,190,191,194,195,207,208,227,251],[12,13,82,96,98,99,100,227,229],[1,7,9,12,13,18,19,82,96,98,99,100,207,208,217,219,220,221,222,227,233,251],[9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[9,12,13,16,17,18,43,82,96,98,99,100,198,207,208,217,219,220,221,222,227,234,251],[5,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[2,8,9,12,13,14,16,18,82,93,96,98,99,100,159,198,207,208,217,219,220,221,222,226,227,251],[4,9,12,13,18,46,49,50,82,94,96,98,99,100,104,137,141,159,198,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,176,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,15,18,82,96,98,99,100,116,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,92,96,98,99,100,159,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,82,87,96,98,99,100,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,46,82,96,98,99,100,143,207,208,217,219,220,221,222,227,251],[8,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,14,18,82,96,98,99,100,137,140,143,207,208,217,219,220,221,222,227,251],[9,12,13,18,57,82,96,98,99,100,137,162,189,207,208,212,217,219,220,221,222,227,251],[9,12,13,17,18,19,60,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[6,9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[12,13,68,82,96,98,99,100,227],[9,12,13,18,82,96,98,99,100,207,208,217,221,222,227,251],[12,13,40,82,96,98,99,100,227],[12,13,41,42,44,47,48,82,96,98,99,100,227],[12,13,55,56,58,82,96,98,99,100,227],[12,13,53,54,77,82,96,98,99,100,227],[12,13,54,82,96,98,99,100,227],[12,13,54,78,80,82,96,98,99,100,227],[12,13,59,61,63,77,82,96,98,99,100,154,224,227],[12,13,62,82,96,98,99,100,161,227],[12,13,77,82,96,98,99,100,224,227],[12,13,78,80,82,86,96,98,99,100,156,227,242],[12,13,80,82,96,98,99,100,227],[12,13,82,85,91,96,98,99,100,224,227,242],[12,13,82,96,98,99,100,155,227],[12,13,82,96,98,99,100,156,227],[12,13,82,96,98,99,100,160,227],[12,13,82,96,98,99,100,224,227],[12,13,82,96,98,99,100,227,242]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94,112,113],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,116,117,119,122,128],[5,6,12,13,65,67,68,69,75,122],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,123],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,118,121],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,115,120,126,128],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108,115],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,125],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91,114],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,116,117,127],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,124],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,25,26,27],[2],[1],[3,13,21,24],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,0,0,0,0,3,0,4,0,0,5,5,5,5,5,5,5,5,5,5,0,0,0,0,3,0,0,3,3,2,6,7,3,3,3,3,3,3,3,3,3,3,3,3,3,3,8,3,3,3,3,3,3,3,0,0,0,3,0,3,3,9,3,10,9,3,3,3,3,3,3,3,3,3,3,3,3,3,11,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,3,0,4,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,3,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,3,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var ERROR_HEADLINE = /^(?:E {1,8})?(?:Caused by: |Error: |\s{0,8}Suppressed: |\s{0,8})?(?:[A-Za-z_$][\w$]{0,80}(?:\.|\\|::)){0,8}(?:[A-Z][\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \[\w{1,40}\])?: \S|^\s{1,8}[\w-]{1,100}_test\.go:\d{1,6}: \S|^(?:FAIL|Error|error): \S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\d{1,6}:\d{1,6}: (?:fatal )?error|^\s{1,8}[\w-]{1,100}\.go:\d{1,6}: \S|^not ok \d|: Failure$|: FAILED:$|^\s*✘ |^\[ {2}FAILED {2}\] |^(?:FAILURES|ERRORS)!$|\b[1-9]\d{0,5} (?:tests?|specs?) failed\b|^\d{1,6} specs?, [1-9]\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread "|\((?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Error|Exception)\)\s*$|^\s{0,8}\*\* \([A-Z][\w.]{0,200}\)|^Unhandled exception\. |^Fatal error: |^\s{1,8}Error: \S|^(?:ERROR|FATAL): \S|\bERROR: \S|^\S{1,300}:\d{1,6}: (?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception): \S|^thread '[^']{1,300}'(?: \(\d{1,10}\))? panicked at|^\s{2,}(?:Caused by: )?[\w$.]{1,200}(?:Exception|Error) at [\w$]{1,200}\.(?:java|kt|scala|groovy):-?\d{1,6}\s*$/;
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
