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
var DERIVED = `{"prefilter":{"key":"rules 277\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,43,52,54,57,58,154,163,197,209,210,236,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,440,442,443,444,445,446,447,448,451,452,453,455],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12460,"states":14057,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAADwCAcABgAAABc8AgAHAAAACu4HAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAABanAkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADcdQMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAAB/YCAB0AAAAAAAAAHgAAAG0vDgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAKioBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAASFUNACkAAAAAAAAAKgAAAEK8AQArAAAAaOoCACwAAAAxzQEALQAAAA87CwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAACIvQ8AMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAXMgwAPwAAALc8DABAAAAAj2EPAEEAAACDbw0AQgAAAAAAAABDAAAALXANAEQAAAAAAAAARQAAAAuSDQBGAAAABpcNAEcAAAA2uBEASAAAAJaxDQBJAAAA370NAEoAAAC93w0ASwAAABLgDQBMAAAAZ+ANAE0AAAD/8g0ATgAAAPv2DQBPAAAAzCUOAFAAAAChpQ4AUQAAAPalDgBSAAAAnKoOAFMAAADevA8AVAAAADO9DwBXAAAAqgAAAFgAAAD4AwQAWgAAACMoCgBbAAAAuEYBAF4AAAALnwAAYAAAAJO3CgBhAAAAvuMIAGkAAAB9KwIAbAAAAFL/AwByAAAAFz4AAK0AAAD/AAAAtwAAAIwbAwC5AAAAYpILAAIBAAAcKRAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAAcSkQAP4IAADGKRAATgkAAGLlDQBUCQAAoQkAAGEJAADcbQsAZQkAALzgDQBoCQAAziYLAKgJAAD2CQAArgkAAMp/CwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAAAbKhAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAHx3DABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAK8cNAFUOAAC/lAEAVg4AAM8wAABYDgAAqlIDAFsOAAAi2wIAZA4AAG3kAwBnDgAALMYNAKIOAADxDgAAqw4AACgkCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAAcCoQAD4YAAAH6Q8APxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAABBCAwCUGAAAMc4AAJUYAAD3qggAmRgAALbpCgCaGAAA5xgAAJwYAAARQwEAnRgAAIhvCACfGAAAk2UHAKEYAADI1gsAoxgAADkVBwCoGAAArk8CAKsYAACRvQYA6BgAADwZAADqGAAAyIYGAO0YAABR+AsAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAMUqEACSHgAA4R4AAJYeAACPYw0Aox4AAEEIDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAAqFEGAOgfAAA1IAAAOCAAANxyBgA8IAAAiiAAAEAgAADhGQUAQyAAAEywAwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAGisQANsmAAA5xQEA3iYAAFVJDADiJgAAKHMPAOUmAAAuJwAA5yYAAEAMCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAABvKxAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAADEKxAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAAAZLBAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AABuLBAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AABgtEAAzPgAAbD4AAHQ+AABtLRAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAMItEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAAAXLhAAvEgAAMQ5AgC9SAAABkoFAL5IAADTzwcAwkgAAAxJAADDSAAAwN8KAMVIAACCIgYAy0gAABBDAgASSQAA6VwPABhJAABhSQAAZ0kAAM+CAwBpSQAAbC4QAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAMEuEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAAFi8QAEthAACeYQAAoWEAAPNhAAD2YQAAay8QAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAADALxAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAABUwEADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AABqMBAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AAC/MBAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAABQxEACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAGkxEACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAAvjEQAM6HAAAB8A4A0IcAAJLBAQDThwAAOW8CANSHAAA3wQcA1YcAADlrBgDWhwAAOMcAANeHAACySwIA2ocAAOe0DgDchwAAIogAAN6HAADIhAgA44cAAA6WBgDkhwAAAUcNACyIAADiaQkAMYgAAHeIAACDiAAAzIgAAM2IAAA4xAMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAEzIQAOWOAABoMhAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAFjMMAHyPAAAd4QEAf48AAMcsDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAACAygoAdZEAAMORAAB9kQAAfIADAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAAL0yEABxlAAAwJQAAHOUAADWFxIAepQAAKSqBgB8lAAAp/wGAH6UAACrUwEAh5QAADEXDQDGlAAAFukAANiUAAAVlQAAF5UAAGqVAAAilQAAAKoAAC6VAABkmwAAeZUAAL+VAADOlQAAFJYAACCWAABplgAAbJYAAL6WAADBlgAAE5cAACuXAABolwAAb5cAAL2XAADJlwAAEpgAAB+YAABnmAAAdZgAALyYAADImAAAEZkAABiZAABmmQAAfpkAALuZAADHmQAAEJoAABaaAABlmgAAa5oAALqaAAC/mgAAD5sAABWbAABnMxAAZpsAALmbAADAmwAADpwAACacAABjnAAAapwAALicAADRnAAADZ0AACWdAABinQAAbp0AALedAAC9nQAADJ4AABKeAABhngAAZp4AALaeAAC8ngAAvDMQACSfAABgnwAAcZ8AALWfAADDnwAACqAAABmgAABfoAAAZ6AAALSgAADUoAAACaEAABWhAABeoQAAcqEAALOhAAC7oQAACKIAAA6iAABdogAAaaIAALKiAAC8ogAAB6MAAA2jAABcowAAaqMAALGjAAC9owAABqQAACGkAABbpAAAXaQAALCkAADBpAAABaUAAA2lAABapQAAaKUAAK+lAACypQAABKYAAAymAABZpgAAZqYAAK6mAACzpgAAA6cAAA2nAABYpwAAYKcAAK2nAACvpwAAAqgAABOoAABXqAAAaKgAAKyoAACxqAAAAakAAAWpAABWqQAAYqkAAKupAACyqQAAETQQAAWqAABVqgAAX6oAAKqqAADCqgAA/6oAAAKrAABUqwAAXasAAKmrAACqqwAA/qsAAP+rAABTrAAAWKwAAKisAACurAAA/awAAAetAABSrQAAXq0AAKetAACurQAA/K0AABSuAABRrgAAU64AAKauAACvrgAA+64AAAWvAABQrwAAW68AAKWvAAC9rwAA+q8AABCwAABPsAAAVLAAAKSwAACrsAAA+bAAAAWxAABmNBAAULEAAD6/AgBTsQAAzYYBAFexAAAlfwYAWbEAALs8CABfsQAAo7EAAKWxAAAveQIAsbEAAPixAAAEsgAATbIAAAeyAADpuAgAWrIAAKKyAACssgAA97IAAPiyAAAX2Q8A/7IAAEyzAABTswAAobMAAGezAAD5rwEAprMAAPazAAACtAAAS7QAAE60AACgtAAAqLQAAPW0AAACtQAASrUAAE+1AACftQAAqbUAAPS1AAD8tQAASbYAAEy2AACetgAAp7YAAPO2AAD0tgAASLcAAEm3AACdtwAAorcAAPK3AAD4twAAR7gAAFG4AACcuAAApLgAAPG4AADzuAAARrkAAE+5AACbuQAApbkAAPC5AAD7uQAARboAAFG6AACaugAAp7oAAO+6AAD5ugAARLsAAFK7AACZuwAAqLsAAO67AADwuwAAQ7wAAE28AACYvAAAprwAAO28AADyvAAAQr0AAE+9AACXvQAAn70AAOy9AADtvQAAQb4AAEe+AACWvgAAm74AAOu+AAD1vgAAQL8AAEW/AACVvwAApL8AAOq/AADvvwAAP8AAAFDAAACUwAAAnMAAAOnAAADvwAAAPsEAAErBAACTwQAAsMEAAOjBAADxwQAAPcIAAEnCAACSwgAAlcIAAOfCAADxwgAAPMMAAEjDAACRwwAAmMMAAObDAADuwwAAO8QAAFTEAACQxAAApMQAAOXEAADtxAAAOsUAAD3FAACPxQAAm8UAAOTFAADqxQAAOcYAAFTGAACOxgAAmsYAAOPGAADpxgAAuzQQAELHAACNxwAAmMcAAOLHAADqxwAAe9kAAO7HAAA3yAAARMgAAIzIAACWyAAA4cgAAO/IAAA2yQAARckAAIvJAACNyQAA4MkAAOrJAAA1ygAAQ8oAAIrKAACPygAA38oAAOzKAAA0ywAAPMsAAInLAABEywAA1n0BAIrLAADeywAAjcsAAOhrAQCZywAABqMBAO/LAAAzzAAAPMwAAIjMAACfzAAA3cwAAOvMAAAyzQAAP80AAIfNAACPzQAA3M0AAPvNAAAQNRAAOs4AAIbOAACQzgAA284AAObOAABlNRAAMs8AAIXPAACOzwAA2s8AAOTPAAAv0AAAOtAAAITQAACQ0AAA2dAAAObQAAAu0QAAONEAAIPRAACR0QAA2NEAAOfRAAAt0gAAL9IAAILSAACM0gAA19IAAOXSAAAs0wAAMdMAAIHTAACO0wAA1tMAAN7TAAAr1AAAMdQAAIDUAACM1AAA1dQAAPLUAAAq1QAAM9UAAH/VAACN1QAA1NUAANrVAAAp1gAANdYAAH7WAACF1gAAujUQANXWAACCJgIA2dYAACjXAAAt1wAAfdcAADbXAABAuwQAitcAANLXAADp1wAAJ9gAACjYAAB82AAAftgAANHYAADU2AAAJtkAACnZAAAPNhAAnNkAANDZAADR2QAAJdoAACfaAAB62gAAfdoAAM/aAADS2gAAZDYQACnbAAB52wAAf9sAAM7bAADV2wAAI9wAAEXcAAB43AAAgNwAAM3cAADc3AAAIt0AACTdAAB33QAAiN0AAMzdAADd3QAAId4AAC3eAAB23gAAfd4AAMveAADT3gAAIN8AACTfAAB13wAAg98AAMrfAADU3wAAH+AAACrgAAB04AAAeeAAAMngAADS4AAAHuEAACjhAABz4QAAe+EAAMjhAADK4QAAHeIAACriAABy4gAAhuIAAMfiAADP4gAAHOMAAB3jAABx4wAAc+MAAMbjAADJ4wAAG+QAAB7kAAC5NhAAdeQAAMXkAADL5AAAGuUAACHlAABv5QAAd+UAAMTlAADT5QAAGeYAAB7mAABu5gAAe+YAAMPmAADT5gAAGOcAACbnAABt5wAAhOcAAMLnAADL5wAAF+gAAB3oAABs6AAAeOgAAMHoAADI6AAADjcQABvpAADO2QIAHukAAGvpAAAj6QAArPQJAHrpAADA6QAA0ekAABXqAAAj6gAAauoAAHbqAAC/6gAAzOoAABTrAAAe6wAAaesAAHHrAAC+6wAAwesAABPsAAAf7AAAaOwAAHXsAAC97AAAx+wAABLtAAAa7QAAZ+0AAGntAAC87QAAxe0AABHuAAAb7gAAZu4AAHHuAAC77gAA0O4AABDvAAAY7wAAZe8AAH7vAAC67wAAw+8AAA/wAAAZ8AAAZPAAAGzwAAC58AAAxvAAAA7xAAAT8QAAY/EAAGvxAAC48QAAufEAAA3yAAAP8gAAYvIAAGXyAAC38gAAuvIAAGM3EAAR8wAAYfMAAGfzAAC28wAAvfMAAAv0AAAT9AAAYPQAAG70AAC19AAAuPQAAAr1AAAS9QAAX/UAAGL1AAC09QAAwPUAAAn2AAAT9gAAuDcQAF/2AAA4ug0AYPYAALP2AABh9gAATlAMAGj2AACLvA0AafYAAIobBQBt9gAAlhICAG72AADwAwwAgvYAAAj2AQC89gAACPcAABL3AABd9wAAaPcAALL3AAC+9wAAB/gAABT4AABc+AAAZvgAALH4AAC/+AAABvkAABX5AABb+QAAXfkAALD5AAC6+QAABfoAABP6AABa+gAAX/oAAK/6AAC8+gAABPsAABT7AABZ+wAAW/sAAK77AAC8+wAAA/wAABT8AAANOBAAX/wAAGI4EAC1/AAAtzgQAAv9AABX/QAAYf0AAKz9AAC3/QAAAf4AAA3+AABW/gAAY/4AAKv+AAC1/gAAAP8AAA7/AABV/wAAZP8AAKr/AACs/wAA//8AAAkAAQBUAAEAYgABAKkAAQCuAAEA/gABAAsBAQBTAQEAWwEBAKgBAQC4AQEA/QEBAP8BAQBSAgEAYAIBAKcCAQC4AgEADDkQAAMDAQBhORAAagMBAKYDAQC3AwEA+wMBAAcEAQBQBAEAWAQBALY5EACqBAEA+gQBAAIFAQBPBQEAUQUBAKQFAQBUBQEAraAHAF4FAQCZDAUArQUBAPkFAQCzBQEAUFAKAAMGAQBOBgEAWQYBAKMGAQCvBgEA+AYBAAUHAQBNBwEAVwcBAKIHAQCwBwEA9wcBAAYIAQBMCAEATggBAKEIAQCrCAEA9ggBAAIJAQBLCQEAUwkBAAs6EACjCQEA9QkBAAMKAQBKCgEAVwoBAJ8KAQC2CgEA9AoBAPwKAQBJCwEAXwsBAJ4LAQCqCwEA8wsBAAIMAQBIDAEAUwwBAJ0MAQCfDAEA8gwBAP8MAQBHDQEAVQ0BAJwNAQCfDQEA8Q0BAAcOAQBGDgEATg4BAJsOAQCtDgEAYDoQAPgOAQADTgQA+g4BACzFDgD9DgEAFN8MAP8OAQBFDwEASg8BAJoPAQChDwEA7w8BAPsPAQBEEAEAURABAJkQAQCbEAEA7hABAAQRAQBDEQEATxEBAJgRAQC3EQEA7REBAAkSAQBCEgEAShIBALU6EACZEgEA7BIBAPUSAQBBEwEASxMBAJYTAQChEwEA6xMBAPcTAQBAFAEATRQBAJUUAQCfFAEA6hQBAPgUAQA/FQEAThUBAJQVAQCWFQEA6RUBAPMVAQA+FgEATBYBAJMWAQCYFgEA6BYBAPUWAQA9FwEATRcBAJIXAQCUFwEA5xcBAPUXAQA8GAEATRgBAAo7EACYGAEAXzsQAOgYAQCynQUA6xgBADsZAQDvGAEA0NgBAPIYAQCw8gcA9BgBAEyyAQD6GAEAeC0FAEIZAQD7TgsASBkBAJAZAQCnGQEA5RkBAOoZAQA6GgEAPRoBAI8aAQBEGgEAoFkGAFYaAQBAZAYAlBoBAJteBgCbGgEA5BoBAOoaAQAtJwEA8xoBADkbAQBCGwEAjhsBAJQbAQDjGwEA8RsBADgcAQBCHAEAjRwBAKEcAQDiHAEA7hwBADcdAQBKHQEAjB0BAJsdAQDhHQEA7R0BADYeAQA3HgEAix4BAJUeAQDgHgEA7h4BADUfAQA6HwEAih8BAJcfAQAJPBAA8h8BADQgAQBDIAEAiSABAJUgAQDeIAEA3yABADMhAQA9IQEAiCEBAJYhAQDdIQEA4iEBADIiAQA/IgEACD0QAIkiAQDcIgEA5SIBADEjAQA7IwEAhiMBAJEjAQDbIwEA5yMBADAkAQA9JAEAhSQBAI8kAQDaJAEA6CQBAC8lAQA+JQEAhCUBAIYlAQDZJQEA4yUBAC4mAQA8JgEAgyYBAJAmAQDYJgEA7yYBAF09EABIJwEAgicBAI4nAQDXJwEA3ScBACwoAQA4KAEAgSgBAIcoAQDWKAEA3CgBACspAQAwKQEAgCkBAIYpAQCyPRAA3ikBACoqAQA0KgEAfyoBAIoqAQDUKgEA4CoBACkrAQA2KwEAfisBAIgrAQDTKwEA4SsBACgsAQA3LAEAfSwBAH8sAQDSLAEA3CwBACctAQA1LQEAfC0BAIEtAQDRLQEA3i0BACYuAQAuLgEAey4BAIsuAQDQLgEA0i4BACUvAQAzLwEAei8BAIsvAQCxPhAA1i8BAAY/EAAqMAEAeTABAIUwAQDOMAEA3jABACMxAQAsMQEAeDEBAHsxAQDNMQEA2TEBACIyAQApMgEAdzIBAH8yAQDMMgEA6jIBACEzAQApMwEAdjMBAIczAQDLMwEA0DMBACA0AQA3NAEAdTQBAIM0AQDKNAEA1zQBAB81AQAnNQEAdDUBAHg1AQDJNQEAyzUBAB42AQAhNgEAczYBAHs2AQDINgEAzjYBAB03AQApNwEAcjcBAII3AQDHNwEA0DcBABw4AQAfOAEAcTgBAH04AQDGOAEAzTgBAFs/EAAkOQEAcDkBAHM5AQDFOQEA0zkBABo6AQAnOgEAbzoBAIY6AQDEOgEAzDoBABk7AQAbOwEAbjsBAHc7AQDDOwEAzTsBABg8AQAjPAEAbTwBAHk8AQDCPAEAzzwBABc9AQAhPQEAbD0BAHo9AQDBPQEA0D0BABY+AQAYPgEAaz4BAHU+AQDAPgEAzj4BABU/AQAaPwEAaj8BAHc/AQC/PwEAxz8BABRAAQAqQAEAaUABAHVAAQC+QAEAzUABABNBAQAeQQEAaEEBAGpBAQC9QQEAykEBABJCAQAgQgEAZ0IBAGpCAQC8QgEA0kIBALA/EAAZQwEANh0CAB9DAQDGjAIAKUMBAGZDAQBoQwEAu0MBAMxDAQAQRAEAIUQBAGVEAQBqRAEAukQBAL5EAQAPRQEAG0UBAGRFAQBrRQEAuUUBAMFFAQAORgEALEYBAGNGAQBrRgEABUAQAL1GAQANRwEADkcBACHRDQAcRwEA2W8MACZHAQBiRwEAZEcBALdHAQDQRwEADEgBAB1IAQBhSAEAbUgBALZIAQC4SAEAC0kBABRJAQBgSQEAGkkBAAVPAQBqSQEAtUkBAMBJAQAKSgEAFkoBAF9KAQBsSgEAtEoBAL5KAQAJSwEAF0sBAF5LAQBtSwEAs0sBALVLAQAITAEAEkwBAF1MAQBrTAEAskwBALdMAQAHTQEAFE0BAFxNAQBoTQEAsU0BALdNAQAGTgEADE4BAFtOAQBgTgEAsE4BALZOAQBaQBAAFE8BAFpPAQBmTwEAr08BALJPAQAEUAEAB1ABAFlQAQBgUAEArlABALpQAQADUQEAEFEBAFhRAQBmUQEArVEBALlRAQACUgEACVIBAK9AEABdUgEArFIBALJSAQABUwEABlMBAFZTAQBcUwEABEEQAKxTAQD3BgIAtVMBAFztCwC3UwEALRgQALlTAQDWcgwAulMBAABUAQAMVAEAVVQBAFZUAQCqVAEAYVQBAHGCDAC0VAEA/1QBAA1VAQBUVQEAWVUBAKlVAQC2VQEAWUEQAABWAQBjOwwADFYBAMUuDAAhVgEArkEQAHlWAQCoVgEAz1YBAP1WAQAhVwEAUlcBAFpXAQADQhAAs1cBAPxXAQD+VwEAUVgBAFRYAQCmWAEAq1gBAPtYAQAIWQEAUFkBAGxZAQClWQEArVkBAFhCEAADWgEAT1oBAAdaAQBFZAEAUloBAKRaAQCwWgEA+VoBAP9aAQBOWwEAW1sBAKNbAQClWwEA+FsBAA5cAQBNXAEAWVwBAKJcAQCqXAEArUIQAP1cAQBMXQEAVF0BAKFdAQCiXQEA9l0BAPhdAQBLXgEATl4BAKBeAQCjXgEAAkMQAPpeAQBKXwEAUF8BAJ9fAQCmXwEA9F8BAPxfAQBJYAEAVmABAJ5gAQCjYAEA82ABAP1gAQBIYQEAUGEBAJ1hAQCfYQEA8mEBAANiAQBHYgEAWGIBAJxiAQChYgEA8WIBAPViAQBGYwEAUmMBAJtjAQCiYwEA8GMBAAJkAQBXQxAASmQBAJpkAQCiZAEA72QBAPFkAQBEZQEAU2UBAJllAQCoZQEA7mUBAPplAQBDZgEARmYBAJhmAQCbZgEA7WYBAPVmAQBCZwEATGcBAJdnAQCcZwEA7GcBAPRnAQBBaAEAS2gBAJZoAQChaAEA62gBAPloAQBAaQEAQ2kBAJVpAQCdaQEA6mkBAAVqAQA/agEASmoBAJRqAQCZagEA6WoBAOxqAQA+awEASGsBAJNrAQClawEArEMQAPZrAQA9bAEAR2wBAJJsAQCdbAEA52wBAO9sAQA8bQEAQm0BAJFtAQCTbQEA5m0BAP9tAQA7bgEAVG4BAJBuAQCebgEA5W4BAO9uAQA6bwEAUG8BAI9vAQCsbwEA5G8BAOxvAQA5cAEASXABAI5wAQCQcAEA43ABAPFwAQA4cQEASXEBAAFEEACUcQEAVkQQAONxAQA3cgEASHIBAIxyAQCYcgEA4XIBAONyAQA2cwEAOXMBAItzAQCXcwEA4HMBAOhzAQAARRAAQHQBAIp0AQCWdAEA33QBAO50AQA0dQEAVHUBAIl1AQCRdQEA3nUBAPJ1AQAzdgEAOHYBAIh2AQCRdgEA3XYBAON2AQAydwEAOncBAId3AQCWdwEA3HcBAOF3AQAxeAEAPngBAIZ4AQCTeAEA23gBAOd4AQAweQEAP3kBAIV5AQCPeQEA2nkBAOh5AQAvegEANHoBAIR6AQCRegEA2XoBAOF6AQAuewEAMXsBAIN7AQCPewEA2HsBAOJ7AQAtfAEAN3wBAIJ8AQCQfAEA13wBAOR8AQAsfQEAQ30BAIF9AQCEfQEAVUUQANh9AQArfgEAOX4BAIB+AQCRfgEAqkUQANx+AQD/RRAASX8BAH9/AQCPfwEA1H8BANZ/AQApgAEAN4ABAH6AAQCPgAEAVEYQANqAAQCpRhAALYEBAH2BAQCFgQEA0oEBANSBAQAnggEAMIIBAHyCAQCGggEA0YIBANyCAQAmgwEAMoMBAHuDAQCIgwEA0IMBANqDAQAlhAEAM4QBAHqEAQCJhAEAz4QBANGEAQAkhQEALoUBAHmFAQCFhQEAzoUBANaFAQBTRxAAKIYBAHiGAQCAhgEAqEcQANSGAQAihwEA1oYBAIDRAwDahgEAorACAN6GAQA+Xw0A44YBAH/UAQAuhwEAd4cBAJOHAQBu2A4An4cBAMyHAQDyhwEAIYgBAEqIAQB2iAEAnIgBAMuIAQDxiAEAIIkBACiJAQB1iQEAn4kBAMqJAQDjiQEAH4oBACGKAQB0igEAe4oBAMmKAQDRigEAHosBAC2LAQBziwEAeYsBAMiLAQDUiwEAHYwBACSMAQByjAEAfowBAMeMAQDUjAEAHI0BACaNAQBxjQEAf40BAMaNAQDIjQEAG44BACyOAQBwjgEAc44BAMWOAQDwjgEA/UcQAB2PAQDN2QMAJI8BAEUKBgAnjwEAb48BACqPAQBAswwAK48BAGOaAgAwjwEAHTQEAHaPAQCdYAIAeY8BAPhZAwB+jwEA/Z4OAIqPAQDEjwEAxo8BABmQAQAqkAEAbpABAHyQAQDDkAEAypABABiRAQAakQEAbZEBAB2RAQAqfgIAIJEBAFGtAQB8kQEAwpEBANGRAQAXkgEAI5IBAGySAQBvkgEAwZIBAMSSAQAWkwEANpMBAGuTAQB3kwEAwJMBANSTAQAVlAEAI5QBAGqUAQBxlAEAUkgQANaUAQAUlQEAFpUBADsODAAXlQEAPA0MACGVAQBplQEAa5UBAL6VAQDIlQEAE5YBAM+VAQDiEQwAHJYBAGiWAQBulgEAvZYBAMmWAQASlwEAGZcBAGeXAQBslwEAvJcBAMiXAQARmAEAFJgBAGaYAQBzmAEAu5gBAMCYAQAQmQEAGpkBAGWZAQB7mQEAupkBALyZAQAPmgEAGZoBAGSaAQBzmgEAuZoBAMSaAQCnSBAAGpsBAGObAQBwmwEAuJsBAMabAQANnAEAGZwBAGKcAQBpnAEA/EgQALycAQAMnQEAw5wBAM14DwDFnAEAbTkEAA6dAQBaogMAEZ0BAP72CgAbnQEABkQLACOdAQBhnQEAb50BALadAQDDnQEAC54BABOeAQBgngEAap4BAAecBwBwngEAtZ4BALeeAQAKnwEAGJ8BAF+fAQBwnwEAUUkQALufAQCmSRAADqABAF6gAQBkoAEAs6ABALugAQAIoQEAEaEBAF2hAQBgoQEAsqEBAL6hAQAHogEADaIBAFyiAQBkogEAsaIBANCiAQBQShAACKMBAFujAQBpowEAsKMBAMGjAQClShAADKQBAPpKEABfpAEAr6QBALWkAQAEpQEADKUBAFmlAQBipQEArqUBALGlAQADpgEAD6YBAFimAQBepgEApEsQAK+mAQACpwEAC6cBAFenAQBhpwEArKcBALenAQABqAEADagBAFaoAQBjqAEAq6gBALWoAQAAqQEADqkBAFWpAQBkqQEAqqkBAKypAQD/qQEACaoBAFSqAQBiqgEAqaoBAK6qAQD+qgEAC6sBAFOrAQBbqwEAqKsBALirAQD9qwEA/6sBAFKsAQBgrAEAp6wBALisAQD5SxAAA60BAE5MEABarQEApq0BAKmtAQD7rQEAB64BAFCuAQBWrgEApa4BALKuAQD6rgEA/K4BAE+vAQBlrwEApK8BALCvAQCjTBAABbABAE6wAQBUsAEAo7ABAKawAQD4sAEABrEBAE2xAQBSsQEAorEBAK+xAQD3sQEA/7EBAPhMEABZsgEAobIBAK+yAQD2sgEADLMBAEuzAQBUswEAoLMBALazAQD1swEA/bMBAEq0AQBNtAEAn7QBAKi0AQD0tAEA9bQBAEm1AQBKtQEAnrUBAKO1AQDztQEA+bUBAEi2AQBStgEAnbYBAKm2AQDytgEA+bYBAEe3AQBPtwEAnLcBAJ63AQDxtwEA8rcBAEa4AQBUuAEAm7gBAKO4AQDwuAEAC7kBAEW5AQBRuQEAmrkBAKC5AQDvuQEA8rkBAES6AQBSugEAmboBAJ66AQDuugEA+7oBAEO7AQBLuwEAmLsBAKa7AQDtuwEA8LsBAE1NEABFvAEAl7wBAEa8AQCGxQkATrwBAEG1CQBQvAEA4mQOAFW8AQC2kA4AmrwBAOy8AQD9vAEAQb0BAF29AQCWvQEAnr0BAKJNEAD8vQEAQL4BAEi+AQCVvgEAm74BAOq+AQDvvgEAP78BAEi/AQCUvwEAnr8BAOm/AQD3vwEAPsABAEvAAQCTwAEAn8ABAOjAAQDrwAEAPcEBAFnBAQD3TRAAlcEBAOfBAQCmwQEAihwEAPPBAQA8wgEAQsIBAJHCAQCbwgEATE4QAOvCAQA7wwEASMMBAJDDAQCYwwEA71UQAJzDAQDlwwEAoMMBAInKAQCswwEA3BYNAOvDAQA6xAEAQMQBAI/EAQCUxAEA5MQBAOrEAQChThAAQ8UBADoPDABHxQEAjsUBAJ/FAQD2ThAA6sUBAEtPEABAxgEAoE8QAJvGAQDixgEA6cYBADfHAQA/xwEAjMcBAJnHAQDhxwEA5scBADbIAQBAyAEAi8gBAJPIAQDgyAEA5sgBADXJAQA3yQEAiskBAJjJAQDfyQEA4skBADTKAQBAygEA9U8QAIvKAQDeygEA7MoBADPLAQBEywEASlAQAI/LAQCfUBAA48sBADLMAQA4zAEAh8wBAIzMAQDczAEA4swBAPRQEAAzzQEAhs0BADrNAQASNQ4APc0BANTQBQChzQEA280BAN3NAQAwzgEASs4BAIXOAQCSzgEAgskJAJbOAQDazgEA3M4BAC/PAQA8zwEAhM8BAJvPAQDZzwEA888BAC7QAQAw0AEAg9ABADTQAQAhJw0AhtABANjQAQDb0AEALdEBADnRAQCC0QEAiNEBANfRAQDh0QEASVEQADHSAQCB0gEAjtIBANbSAQDi0gEAK9MBADHTAQCA0wEAhtMBANXTAQDa0wEAKtQBADDUAQCeURAAgNQBANTUAQCV1AEArPkEANbUAQAp1QEA4tQBABjlAgAv1QEAftUBAIzVAQDT1QEA1tUBACjWAQAt1gEAfdYBAIrWAQDS1gEA4tYBACfXAQAp1wEAfNcBAIrXAQDR1wEA4tcBAPNREAAs2AEAe9gBAIfYAQBIUhAA4dgBACXZAQAv2QEAetkBAIjZAQDP2QEA0NkBACTaAQA12gEAedoBAIXaAQDO2gEA3toBACPbAQAl2wEAeNsBAIbbAQDN2wEA3tsBAJ1SEAAo3AEAd9wBAIPcAQDyUhAA0twBACHdAQAn3QEAdt0BAHvdAQDL3QEA0d0BAJxTEAAo3gEAdd4BAH/eAQBwgQ4Ajt4BAMreAQDT3gEAH98BACnfAQB03wEAfN8BAMnfAQDN3wEAHuABACDgAQBz4AEAduABAMjgAQDk4AEA8VMQADDhAQBy4QEAc+EBAMfhAQDT4QEAHOIBACviAQBx4gEAe+IBAMbiAQDS4gEAG+MBACLjAQBGVBAAduMBAKKmDACD4wEAxeMBANTjAQAa5AEAJuQBAG/kAQBw5AEAxOQBAM7kAQAZ5QEAJ+UBAG7lAQBz5QEAw+UBANDlAQDwVBAAIOYBAG3mAQB55gEAwuYBANXmAQAX5wEAGOcBAGznAQB45wEAwecBANDnAQAW6AEAIOgBAGvoAQB36AEAwOgBAMfoAQBFVRAAJukBAGrpAQB26QEAv+kBAM/pAQAU6gEAHuoBAGnqAQBx6gEAvuoBAObqAQAT6wEA7OoBALnvAQA76wEAaOsBAHDrAQC96wEAw+sBABLsAQAg7AEAZ+wBAH7sAQC87AEAx+wBABHtAQAb7QEAZu0BAJPtAQC77QEAw+0BABDuAQAg7gEAZe4BAGfuAQC67gEAyO4BAA/vAQAg7wEARFYQAGvvAQCZVhAA4e8BAA7wAQAW8AEAY/ABAGnwAQC48AEAxvABAA3xAQAk8QEAYvEBAG3xAQC38QEAwfEBAAzyAQA58gEAYfIBAGnyAQC28gEAxvIBAAvzAQAN8wEAYPMBAG7zAQC18wEAxvMBAO5WEAAR9AEAQ1cQAGH0AQC09AEAwvQBAAn1AQAa9QEAmFcQAGX1AQDtVxAAu/UBAEJYEAAQ9gEAl1gQAF/2AQCy9gEAwPYBAAf3AQAY9wEA7FgQAGL3AQCx9wEAvfcBAEFZEAAP+AEAW/gBAGj4AQCw+AEAvvgBAAX5AQAP+QEAWvkBAHT5AQCv+QEAsvkBAAT6AQAL+gEAWfoBAHn6AQCu+gEAyPoBAJZZEAAQ+wEAWPsBABT7AQAAUwIAGfsBAKiqAgBm+wEArfsBALf7AQAC/AEAHPwBAFf8AQBn/AEArPwBALL8AQAB/QEAA/0BAFb9AQBs/QEAq/0BALf9AQAA/gEABP4BAFX+AQBa/gEAqv4BALD+AQD//gEAH/8BAFT/AQBu/wEAqf8BAKv/AQD+/wEAAQACAFMAAgBWAAIAqAACALQAAgD9AAIAAwECAFIBAgBcAQIA61kQAKwBAgD8AQIACQICAFECAgBdAgIApgICALkCAgD7AgIACgMCAFADAgBcAwIApQMCAKYDAgD6AwIABAQCAE8EAgBdBAIApAQCAKkEAgD5BAIABgUCAEBaEABPBQIAvI0LAFAFAgD8TAwAUQUCAO+zBwBTBQIAjbkOAFQFAgBzgwkAVQUCALY9DABYBQIA3GsNAFkFAgCxQgwAWgUCAHEuCwBbBQIADOgLAFwFAgA8uAsAXQUCAGWVBQBeBQIAowUCAGYFAgCcpxEAaAUCADwLDgBqBQIAQFsPAHEFAgDE1BEAdgUCADAXDgCQBQIA2G8NAJUFAgDWwhEApQUCAPgFAgC0BQIAbtkNAAYGAgBNBgIAXgYCAJVaEACpBgIA6loQAAMHAgBMBwIAWwcCAKEHAgCrBwIA9gcCAAIIAgBLCAIAGQgCACnJDQBSCAIAlFsQAKIIAgD1CAIABgkCAEoJAgBTCQIAnwkCAKsJAgD0CQIA9wkCAEkKAgBRCgIAngoCAKgKAgDzCgIA+AoCAEgLAgBQCwIAnQsCALYLAgDyCwIA/gsCAEcMAgBPDAIAPlwQAKQMAgCTXBAA9AwCAEYNAgBJDQIAmw0CAKcNAgDwDQIA9g0CAEUOAgBPDgIA6FwQAJ8OAgDvDgIA/A4CAEQPAgBMDwIAPV0QAJ8PAgDuDwIA9A8CAEMQAgBIEAIAmBACAJ4QAgCSXRAA9RACAOddEABEEQIAb9sKAEcRAgCXEQIAThECAAyUCgChEQIA7BECAKYRAgCEcwgA9BECAJutDAAIEgIAQRICAEkSAgA8XhAAmxICAOsSAgABEwIAQBMCAEETAgCVEwIAlxMCAOoTAgDwEwIAPxQCAEsUAgCUFAIAmxQCAOkUAgDxFAIAPhUCAEcVAgCTFQIAlhUCAOgVAgD2FQIAPRYCAEoWAgCSFgIAqRYCAOcWAgDvFgIAPBcCAEgXAgA7GAIAZBcCAJEXAgC5FwIA5hcCAAoYAgCRXhAAWBgCAJAYAgCZGAIAjxkCAKEYAgDlGAIAFRkCADoZAgBeGQIA5l4QAJEZAgDkGQIA9RkCADkaAgBpGgIAjhoCALIaAgA7XxAA6RoCALObBgDsGgIAOBsCAO8aAgAQ4Q4AQhsCAI0bAgBFGwIAq6MGAEYbAgDEgg4AlRsCAOIbAgDmGwIANxwCADkcAgCMHAIAjxwCAOEcAgD9HAIAkF8QADsdAgAlJAwAQB0CAFuYDABCHQIAix0CAEYdAgB6JQsAqB0CAOAdAgDpHQIANR4CADceAgCKHgIAmx4CAOVfEADkHgIANB8CAD0fAgCJHwIAmh8CAN4fAgDlHwIAMyACADsgAgCIIAIATSACAGdBAgCVIAIAMiECAJcgAgCGIgIAoSACAN0gAgDpIAIAOmAQADchAgCHIQIAkSECANwhAgDkIQIAj2AQAD0iAgDkYBAAiyICANsiAgDoIgIAMCMCADojAgCFIwIAhyMCANojAgDoIwIALyQCADwkAgA5YRAAiSQCANkkAgDmJAIALiUCADglAgCDJQIAhSUCANglAgDmJQIALSYCADomAgCOYRAAhSYCAJRdDgCIJgIASqcOAI8mAgDXJgIA4SYCAONhEAA0JwIAgScCAIMnAgBPog4AjicCANN8BQCYJwIA1icCAJonAgDJiAMA2ycCACsoAgA1KAIAgCgCAIgoAgA4YhAA3ygCACopAgA2KQIAfykCAIIpAgDUKQIA3ikCACkqAgBDKgIAfioCAJUqAgDTKgIA2CoCACgrAgBEKwIAjWIQAIcrAgDSKwIAjisCACglCADeKwIAJywCACosAgB8LAIAhiwCANEsAgDrLAIAJi0CACwtAgB7LQIAfS0CANAtAgDeLQIAJS4CACguAgB6LgIAhi4CAM8uAgDSLgIAJC8CAEcvAgDiYhAAey8CAM4vAgDcLwIAIzACACYwAgB4MAIAhDACAM0wAgDQMAIAN2MQAC0xAgB3MQIAfTECAMwxAgDRMQIAITICACUyAgB2MgIAeTICAIxjEADMMgIA/UoNAM4yAgCnSQ8A0TICACAzAgDUMgIAWUIPANUyAgDGNwIA1zICABcvDwDZMgIAdCcPANoyAgC7NQ8A2zICAPNSDwDiMgIAeyMMAOUyAgDnCg4ALDMCAHUzAgChMwIAyjMCANYzAgAfNAIALjQCAHQ0AgB+NAIAyTQCAMw0AgAeNQIAODUCAHM1AgB9NQIAyDUCAM01AgAdNgIAJzYCAHI2AgB9NgIAxzYCAM02AgAcNwIAITcCAHE3AgB1NwIA4WMQAMs3AgAbOAIA1DcCALQ8DwAlOAIAcDgCAHs4AgDFOAIAyzgCABo5AgAfOQIAbzkCAHM5AgA2ZBAAyTkCADHMAgDLOQIA1sYNAMw5AgD+nwwAzjkCAFyVDgDeOQIAGToCACM6AgBuOgIAeToCAMM6AgDJOgIAGDsCAB07AgBtOwIAcTsCAMI7AgDlOwIAi2QQABk8AgBsPAIAGjwCAJwCDAAcPAIAT1IJACA8AgBGrgsAIzwCAGNFAgAlPAIAS6YOAHk8AgDmbAIAejwCAME8AgDEPAIAFj0CACI9AgBrPQIAgz0CAMA9AgDMPQIAFT4CABs+AgBqPgIAcD4CAL8+AgDEPgIAFD8CABo/AgDgZBAAcz8CAL4/AgDJPwIAE0ACABlAAgBoQAIAbUACAL1AAgDBQAIAEkECABVBAgA1ZRAAcUECALxBAgDHQQIAEUICABdCAgBmQgIAa0ICALtCAgC/QgIAimUQABFDAgBlQwIAcUMCALpDAgDGQwIAD0QCABVEAgBkRAIAakQCALlEAgC+RAIADkUCABRFAgDfZRAAZUUCAEiyBQBqRQIA48EFAHJFAgDPgwIAc0UCALhFAgDERQIADUYCABNGAgBiRgIAbkYCALdGAgDERgIADEcCABtHAgBhRwIAbUcCALZHAgDCRwIAC0gCABFIAgBgSAIAZkgCALVIAgC6SAIACkkCABBJAgA0ZhAAaUkCAAOfCAB1SQIAtEkCAHhJAgDBigkAwEkCAAlKAgARSgIArz8RABVKAgBeSgIAZEoCALNKAgC5SgIACEsCAA1LAgBdSwIAY0sCAIlmEAC6SwIASKYRALxLAgAHTAIADUwCAFxMAgATTAIALCYDAGpMAgCxTAIAykwCAAZNAgAPTQIAW00CAGVNAgCwTQIAvE0CAAVOAgARTgIAWk4CAGBOAgCvTgIAtU4CAARPAgAJTwIAWU8CAF9PAgDeZhAAuk8CAANQAgANUAIAWFACAGNQAgCtUAIAslACAAJRAgAJUQIAV1ECAGNRAgCsUQIAslECAAFSAgAHUgIAVlICAFtSAgCrUgIAsVICADNnEAARUwIAVVMCAFZTAgCqUwIAW1MCAKVYAgCvUwIA/1MCAA1UAgBUVAIAYVQCAKlUAgCzVAIA/lQCAApVAgBTVQIAWVUCAKhVAgC0VQIA/VUCABBWAgBSVgIAYVYCAKdWAgCzVgIA/FYCAP1WAgBRVwIAW1cCAKZXAgC0VwIA+1cCAABYAgBQWAIAXVgCAIhnEACxWAIA+lgCAApZAgBPWQIAW1kCAKRZAgCqWQIA+VkCAAVaAgBOWgIAW1oCAKNaAgCyWgIA+FoCAARbAgBNWwIAWVsCAKJbAgC1WwIA91sCAAZcAgBMXAIAWFwCAKFcAgCiXAIA9lwCAABdAgBLXQIAWV0CAKBdAgClXQIA9V0CAAJeAgDdZxAATF4CAIzCBgBWXgIAn14CAFdeAgAXiQoAWF4CADUUDACzXgIA9F4CAABfAgBJXwIAT18CAJ5fAgCkXwIA818CAPhfAgBIYAIATmACADJoEACpYAIA8mACAP9gAgAf3gIABWECAEdhAgBMYQIA4HICAE9hAgCHIAMAU2ECAJxhAgCiYQIA8WECAPdhAgBGYgIAS2ICAJtiAgChYgIAh2gQAPxiAgBFYwIAS2MCAJpjAgCfYwIA72MCAPZjAgBEZAIAUmQCAJlkAgC0ZAIA7mQCAPxkAgBDZQIARmUCAJhlAgCmZQIA7WUCAPJlAgBCZgIAT2YCAJdmAgCjZgIA7GYCAPJmAgBBZwIAR2cCAJZnAgCbZwIA62cCAPFnAgDcaBAARWgCAJVoAgCeaAIA6mgCAPdoAgA/aQIARmkCAJRpAgClaQIA6WkCAO5pAgA+agIATWoCAJNqAgCVagIA6GoCAPlqAgA9awIASWsCAJJrAgCYawIA52sCAO1rAgA8bAIAQWwCAJFsAgCXbAIAMWkQAP1sAgA7bQIAR20CAJBtAgCcbQIA5W0CAOttAgA6bgIAQG4CAI9uAgCUbgIA5G4CAOpuAgCGaRAAP28CALGhAgBQbwIAjm8CAJdvAgDjbwIA+W8CADhwAgBEcAIAjXACAJpwAgDicAIA7HACADdxAgBDcQIAjHECAJJxAgDhcQIA53ECADZyAgA7cgIAi3ICAJFyAgDbaRAA6XICADVzAgA/cwIAinMCAI9zAgDfcwIA73MCADR0AgBNdAIAiXQCAI50AgDedAIA53QCADN1AgBAdQIAiHUCAI91AgDddQIA4HUCADJ2AgA+dgIAh3YCAJp2AgDcdgIA63YCADF3AgA9dwIAhncCAId3AgDbdwIA5XcCADB4AgA+eAIAhXgCAIp4AgDaeAIA53gCADBqEAAyeQIAhHkCAId5AgDZeQIA5nkCAHjRCwDoeQIALnoCADB6AgCDegIAhnoCANh6AgDiegIALXsCADl7AgCCewIAlXsCANd7AgDmewIALHwCADh8AgCBfAIAgnwCANZ8AgDgfAIAK30CADl9AgCAfQIAhX0CANV9AgDifQIAhWoQACt+AgB/fgIAi34CANR+AgDafgIAKX8CACt/AgB+fwIAiH8CANN/AgDhfwIAKIACAC2AAgB9gAIAioACANKAAgDegAIAJ4ECADqBAgB8gQIAi4ECANGBAgDdgQIAJoICACeCAgB7ggIAhYICANCCAgDeggIAJYMCACqDAgB6gwIAh4MCANpqEADYgwIAJIQCANuDAgChpwwAKoQCAHmEAgB8hAIAzoQCANyEAgAjhQIAKIUCAHiFAgCFhQIAzYUCANmFAgAihgIAKIYCAHeGAgB9hgIAzIYCANGGAgAhhwIAJ4cCAC9rEAB4hwIAy4cCAH2HAgBkjg0A2ocCACCIAgBAiAIAdYgCAHqIAgDKiAIA5YgCAB+JAgAriQIAdIkCAHqJAgDJiQIA2YkCAB6KAgAvigIAc4oCAHiKAgDIigIAzIoCAB2LAgApiwIAcosCAHiLAgDHiwIAzYsCAByMAgAhjAIAcYwCAHeMAgCEaxAA1YwCAEeqDgDcjAIAG40CAByNAgBwjQIAgY0CAMWNAgDRjQIAGo4CADCOAgBvjgIAe44CAMSOAgDRjgIAGY8CACOPAgBujwIAeo8CAMOPAgDKjwIAGJACACSQAgBtkAIAc5ACAMKQAgDIkAIAF5ECAByRAgBskQIAcpECANlrEADDkQIAX+cOAMqRAgAWkgIAF5ICAGuSAgBskgIAwJICAMWSAgAVkwIAG5MCAGqTAgB0kwIAv5MCAMuTAgAUlAIAG5QCAGmUAgBulAIAvpQCAL+UAgATlQIAH5UCAGiVAgBulQIAvZUCAL+VAgASlgIAHJYCAGeWAgB1lgIAvJYCAMGWAgARlwIAHpcCAGaXAgBylwIAu5cCAM6XAgAQmAIAH5gCAGWYAgBxmAIAupgCALuYAgAPmQIAGZkCAGSZAgBymQIAuZkCAL6ZAgAOmgIAG5oCAC5sEAB0mgIAuJoCAMSaAgANmwIAJJsCAGKbAgBkmwIAt5sCAMibAgAMnAIADpwCAGGcAgBnnAIAtpwCAM2cAgALnQIAFJ0CAGCdAgB2nQIAtZ0CAMGdAgAKngIAF54CAF+eAgBpngIAtJ4CAMCeAgAJnwIAHJ8CAF6fAgBtnwIAs58CAL+fAgAIoAIACaACAF2gAgBnoAIAsqACAMCgAgAHoQIADKECAFyhAgBpoQIAg2wQALOhAgAGogIAGqICAFuiAgBpogIAsKICAL2iAgAFowIADKMCAFqjAgBmowIAr6MCAMKjAgAEpAIACaQCAFmkAgBipAIArqQCALikAgADpQIACKUCAFilAgBopQIAraUCAMalAgACpgIAB6YCAFemAgBgpgIArKYCALmmAgABpwIACKcCAFanAgBZpwIAq6cCALenAgAAqAIAE6gCAFWoAgBkqAIAqqgCALaoAgD/qAIAAKkCAFSpAgBeqQIAqakCALepAgD+qQIAA6oCAFOqAgBgqgIA2GwQAMGqAgD9qgIACasCAFKrAgBYqwIAp6sCALerAgD8qwIAAawCAFGsAgBXrAIApqwCALysAgD7rAIA/awCAFCtAgBarQIApa0CALGtAgD6rQIADa4CAE+uAgBergIApK4CALCuAgD5rgIA+q4CAE6vAgBYrwIAo68CALGvAgD4rwIA/a8CAE2wAgBasAIALW0QAKWwAgCAcg0ArLACAJQHDwCusAIAY+gJAK+wAgBCugMAsbACAPewAgAAsQIATLECAFKxAgChsQIAp7ECAPaxAgACsgIAS7ICAFiyAgCgsgIAqrICAPWyAgALswIASrMCAE+zAgCfswIAprMCAPSzAgACtAIASbQCAFm0AgCetAIArLQCAPO0AgACtQIASLUCAEq1AgCdtQIAp7UCAPK1AgAAtgIAR7YCAEy2AgCctgIAqbYCAPG2AgD9tgIARrcCAFm3AgCbtwIAqrcCAPC3AgD8twIARbgCAEa4AgCauAIApLgCAO+4AgD9uAIARLkCAEm5AgCZuQIAprkCAIJtEADwuQIAQ7oCAPq5AgAW4AkAVLoCAJi6AgChugIA7boCAPm6AgBCuwIASrsCAKuYEQBOuwIAl7sCAJ27AgDsuwIA8rsCAEG8AgBGvAIAlrwCAJy8AgDXbRAA97wCAEC9AgBQvQIAlb0CAKO9AgDqvQIA970CAD++AgBLvgIAlL4CAJu+AgDpvgIA8b4CACxuEABHvwIAG4APAEu/AgAo1QIAT78CAJO/AgCkvwIA6L8CAPC/AgA9wAIA9L8CAAfsDABHwAIAksACAJfAAgDnwAIA78ACADzBAgA+wQIAkcECAEXBAgA2xwIAmcECAObBAgD8wQIAO8ICAEfCAgCQwgIApsICAOXCAgD+wgIAOsMCAEbDAgCPwwIAlcMCAOTDAgDswwIAOcQCAEnEAgCOxAIAl8QCAOPEAgDwxAIAOMUCAEfFAgCNxQIAl8UCAOLFAgDwxQIAN8YCADzGAgCMxgIAmcYCAOHGAgDpxgIAgW4QAEPHAgCLxwIAkscCAODHAgDsxwIANcgCAEXIAgCKyAIAmMgCAN/IAgDsyAIANMkCAEDJAgCJyQIAkMkCAN7JAgDmyQIA1m4QAD/KAgCIygIAksoCAN3KAgDoygIAMssCADfLAgCHywIAjssCANzLAgDkywIAK28QADnMAgCGzAIAlswCANvMAgDnzAIAMM0CADTNAgCFzQIAjc0CANrNAgDczQIAL84CADXOAgCEzgIAm84CANnOAgDizgIALs8CAETPAgCDzwIAj88CANjPAgDlzwIALdACADfQAgCC0AIAhdACANfQAgDf0AIALNECADbRAgCB0QIAhtECANbRAgDe0QIAK9ICADvSAgCA0gIAidICANXSAgDi0gIAKtMCADnTAgB/0wIAidMCANTTAgDi0wIAKdQCAC7UAgB+1AIAi9QCANPUAgDb1AIAgG8QADXVAgB91QIAR9UCANp2BACC1QIA0tUCANzVAgAn1gIAL9YCAHzWAgA+1gIAJx8PAILWAgDR1gIAitYCAFD4DACL1gIAeNQIAIzWAgDG4QIAjdYCAJixCwDd1gIAJtcCACjXAgDN0AwALdcCAHvXAgCH1wIA0NcCAN/XAgAl2AIANtgCAHrYAgB82AIAz9gCANXYAgAk2QIAMNkCAHnZAgCB2QIA1W8QANTZAgAqcBAAL9oCAH9wEAB72gIAKXEQANDaAgB+cRAA0toCADrBBAAl2wIAmQUMAC/bAgB32wIAgdsCAMzbAgDO2wIAIdwCADTcAgB23AIAftwCAIYXDQCC3AIAy9wCANHcAgAg3QIAJt0CAHXdAgB63QIAyt0CANDdAgDTcRAAKd4CAHTeAgB23gIAyd4CANPeAgAe3wIALN8CAHPfAgB43wIAyN8CANXfAgAd4AIAKeACAHLgAgB44AIAx+ACAM3gAgAc4QIAIeECAHHhAgB34QIAKHIQANThAgAb4gIAKOICAHDiAgB34gIAxeICAM3iAgAa4wIAG+MCAJZeCwAd4wIAb+MCADDjAgCYXAsAg+MCAMTjAgDa4wIAGeQCADLkAgBu5AIAc+QCAMPkAgDU5AIAfXIQACnlAgBt5QIAb+UCAMLlAgDM5QIAF+YCACXmAgBs5gIAceYCAMHmAgDO5gIAFucCAB7nAgBr5wIAd+cCAMDnAgB75wIAFOkCAMbnAgAV6AIAG+gCAGroAgBv6AIAv+gCAMXoAgDSchAAFukCAGnpAgB36QIAvukCAM/pAgAncxAAGuoCAHxzEABw6gIAveoCAHLqAgCjqgcAr+oCABbYEQDL6gIAEusCAMzqAgBi8AIAzeoCAPIDCgAf6wIAZ+sCAHbrAgC86wIAwesCABHsAgAn7AIAZuwCAGfsAgC77AIAvewCABDtAgAa7QIAZe0CAHPtAgC67QIA0+0CAA/uAgAg7gIAZO4CAHDuAgC57gIAwe4CAHt0EAAi7wIAY+8CAGTvAgC47wIAxO8CAA3wAgAQ8AIA0HQQAGTwAgC38AIAxPACAAzxAgAZ8QIAYfECAGbxAgC28QIAwPECAAvyAgAT8gIAYPICAHDyAgC18gIAw/ICAArzAgAX8wIAX/MCAGbzAgC08wIAvPMCAAn0AgAM9AIAXvQCAHL0AgCz9AIAyfQCAAj1AgAh9QIAXfUCAGL1AgCy9QIAw/UCACV1EAAP9gIAenUQABP2AgBS+QkAI/YCACsYEgBp9gIAsfYCALj2AgAG9wIAEvcCAFv3AgBr9wIAsPcCAL73AgAF+AIAEvgCAFr4AgBm+AIAr/gCALb4AgDPdRAABvkCAFn5AgAJ+QIAjxcEAGb5AgCu+QIAu/kCAAP6AgAI+gIAWPoCAGL6AgCt+gIAtfoCAAL7AgAH+wIAZz8EAAv7AgBX+wIAWvsCAKz7AgC4+wIAJHYQAAb8AgBW/AIADfwCAJ+rCgBb/AIAq/wCALP8AgAA/QIAFv0CAFX9AgBX/QIAqv0CALf9AgD//QIAE/4CAHl2EABZ/gIAqf4CALH+AgBSowoAs/4CAP7+AgAG/wIAU/8CAF//AgCo/wIAtf8CAP3/AgACAAMAUgADAFsAAwCnAAMAvgADAPwAAwAHAQMAznYQAF8BAwCmAQMAqQEDAPsBAwD+AQMAUAIDAF4CAwClAgMAsgIDAPoCAwARAwMATwMDAFcDAwCkAwMAqgMDAPkDAwAFBAMATgQDAFgEAwCjBAMArAQDAPgEAwD+BAMATQUDAFoFAwAjdxAArgUDAPcFAwCwBQMARbAKAAYGAwBMBgMAXQYDAKEGAwCjBgMA9gYDAPwGAwBLBwMAVwcDAKAHAwCnBwMA9QcDAP0HAwBKCAMATAgDAJ8IAwCsCAMA9AgDAPsIAwBJCQMAUQkDAJ4JAwCrCQMA8wkDAPgJAwBICgMAUgoDAJ0KAwClCgMA8goDAPsKAwBHCwMASgsDAJwLAwCoCwMA8QsDAPgLAwB4dxAAUwwDAJsMAwBcDAMAlhEDAH4MAwCWtAoAtgwDAPAMAwDyDAMARQ0DAFYNAwCaDQMAqA0DAO8NAwD2DQMARA4DAEwOAwCZDgMAng4DAO4OAwDvDgMAQw8DAE8PAwCYDwMAng8DAO0PAwDvDwMAQhADAEwQAwCXEAMApRADAOwQAwDxEAMAQREDAE4RAwDNdxAAlxEDAOsRAwDwEQMAQBIDAEYSAwCVEgMAnxIDAOoSAwD2EgMAPxMDAEYTAwCUEwMAnBMDAOkTAwDrEwMAPhQDAEsUAwCTFAMAmhQDAOgUAwDwFAMAPRUDAEoVAwCSFQMAlxUDAOcVAwDxFQMAPBYDAEQWAwCRFgMAmhYDAOYWAwDpFgMAOxcDAEcXAwCQFwMAlxcDACJ4EADxFwMAT6YKAPkXAwA6GAMARxgDAI8YAwCZGAMA5BgDAOYYAwA5GQMATBkDAI4ZAwCWGQMA4xkDAO8ZAwA4GgMAPhoDAI0aAwCTGgMA4hoDAOcaAwA3GwMAPRsDAHd4EACaGwMA4RsDAPAbAwA2HAMAUhwDAIscAwBWHAMA8l8DAJMcAwDMeBAA6RwDADUdAwBCHQMAih0DAJQdAwDfHQMA7R0DADQeAwBKHgMAiR4DAJUeAwDeHgMA5h4DACF5EAA5HwMAiB8DAI4fAwDdHwMA4h8DADIgAwA4IAMAdnkQAIwgAwDcIAMA5SADADEhAwA7IQMAhiEDAI4hAwDbIQMA4CEDADAiAwBAIgMAhSIDAI0iAwDaIgMA4CIDANgkAwDzIgMALyMDADQjAwCEIwMAjSMDANkjAwDmIwMALiQDADUkAwCDJAMAhiQDAMt5EADaJAMALSUDADolAwCCJQMAmSUDANclAwDjJQMAIHoQAEImAwCBJgMAgiYDANYmAwDgJgMAKycDADMnAwCAJwMAiicDANUnAwDaJwMAKigDADIoAwB/KAMAgSgDANQoAwCCKAMAJC4DAIYoAwAWPAMAlSgDAB01AwDbKAMAKSkDADApAwB+KQMAhikDANMpAwDXKQMAKCoDADYqAwB9KgMAhyoDANIqAwDdKgMAJysDAC8rAwB8KwMAgSsDANErAwDsKwMAJiwDADIsAwB7LAMAgSwDANAsAwDgLAMAJS0DADYtAwB6LQMAfy0DAM8tAwDTLQMAdXoQAC0uAwB5LgMAki4DAM4uAwDYLgMAIy8DACkvAwB4LwMAei8DAM0vAwDcLwMAIjADACwwAwB3MAMAfzADAMwwAwDQMAMAITEDAC8xAwB2MQMAgDEDAMsxAwDWMQMAIDIDACgyAwB1MgMAejIDAMoyAwDlMgMAHzMDACszAwB0MwMAejMDAMkzAwDZMwMAHjQDAC80AwBzNAMAeDQDAMg0AwDMNAMAynoQACY1AwByNQMAgzUDAMc1AwDRNQMAHDYDACo2AwBxNgMAcjYDAMY2AwDXNgMAGzcDAC83AwBwNwMAeDcDAMU3AwDJNwMAGjgDACg4AwBvOAMAeTgDAMQ4AwDPOAMAGTkDACE5AwBuOQMAczkDAMM5AwDeOQMAGDoDACQ6AwBtOgMAczoDAMI6AwDSOgMAFzsDACg7AwBsOwMAcTsDAME7AwDFOwMAH3sQACQ8AwBrPAMAhjwDAMA8AwDOPAMAFT0DABw9AwBqPQMAdj0DAL89AwDHPQMAdHsQACI+AwBpPgMAcz4DAL4+AwDJPgMAEz8DABs/AwBoPwMAbT8DAL0/AwDYPwMAEkADAB5AAwBnQAMAbUADALxAAwDMQAMAEUEDACJBAwBmQQMAa0EDALtBAwC/QQMAyXsQACFCAwBlQgMAbUIDALpCAwC7QgMAD0MDABRDAwBkQwMAckMDALlDAwDGQwMADkQDABhEAwBjRAMAb0QDALhEAwC+RAMADUUDABVFAwBiRQMAaUUDALdFAwDDRQMADEYDABJGAwBhRgMAbUYDALZGAwDGRgMAC0cDABdHAwBgRwMAZkcDALVHAwDBRwMACkgDABdIAwBfSAMAbkgDALRIAwDASAMAHnwQAAxJAwBeSQMAYUkDALNJAwDBSQMACEoDAB9KAwBdSgMAakoDALJKAwDISgMAB0sDABNLAwBcSwMAaUsDALFLAwC7SwMABkwDAA5MAwBbTAMAZUwDALBMAwC1TAMABU0DAA1NAwBaTQMAZk0DAK9NAwC8TQMABE4DAA5OAwBZTgMAX04DAK5OAwDCTgMAA08DAAtPAwBYTwMAZk8DAK1PAwC6TwMAAlADAApQAwBXUAMAZFADAKxQAwC6UAMAAVEDABJRAwBWUQMAXlEDAKtRAwDBUQMAAFIDAAJSAwBVUgMAVlIDAHN8EAC4UgMA/1IDAA5TAwBUUwMAYFMDAKlTAwCxUwMAyHwQAANUAwBTVAMAXFQDAKhUAwC1VAMA/VQDAARVAwBSVQMAVVUDAKdVAwCvVQMA/FUDAAFWAwBRVgMAWlYDAKZWAwCwVgMA+1YDAANXAwBQVwMAVVcDAKVXAwC1VwMA+lcDAAJYAwBPWAMAVVgDAKRYAwCmWAMA+VgDAAZZAwBOWQMAZVkDAKNZAwCvWQMAHX0QAARaAwBNWgMAZFoDAKJaAwCuWgMA91oDAP1aAwBMWwMAVFsDAKFbAwCoWwMA9lsDAARcAwBLXAMAZlwDAKBcAwCuXAMA9VwDAPxcAwBKXQMAVl0DAJ9dAwCnXQMAcn0QAAheAwBJXgMAUV4DAJ5eAwDPXgMA814DAP9eAwBIXwMATl8DAJ1fAwCiXwMAx30QAP5fAwBHYAMATmADAJxgAwCkYAMA8WADAPNgAwBGYQMAUGEDAJthAwCjYQMAHH4QAP5hAwDibwMA/2EDAEViAwBHYgMAmmIDAKtiAwDvYgMAAGMDAERjAwBQYwMAmWMDAKBjAwDuYwMA9mMDAENkAwBwZAMAmGQDAJ1kAwDtZAMA7mQDAEJlAwBMZQMAl2UDAKVlAwDsZQMA8WUDAEFmAwBOZgMAlmYDALJmAwDrZgMAB2cDAHF+EABNZwMAlWcDAJlnAwDqZwMA8GcDAD9oAwBBaAMAlGgDAJVoAwDpaAMADGkDAD5pAwBiaQMAk2kDAMBpAwDoaQMA8GkDAD1qAwBCagMAkmoDAJ9qAwDnagMA72oDADxrAwA+awMAkWsDAJlrAwDmawMAE2wDADtsAwBIbAMAkGwDAJVsAwDlbAMA8mwDADptAwBGbQMAj20DALxtAwDkbQMA7G0DADluAwBUbgMAjm4DAJBuAwDjbgMA9G4DADhvAwBBbwMAjW8DAJlvAwDGfhAA728DADdwAwA+cAMAjHADAJhwAwDhcAMA9HADADZxAwA+cQMAi3EDAJBxAwDgcQMA6XEDADVyAwA/cgMAinIDAJJyAwDfcgMA5HIDADRzAwBEcwMAiXMDAJFzAwDecwMA93MDADN0AwA4dAMAiHQDAJF0AwDddAMA6nQDADJ1AwA5dQMAh3UDAIp1AwAbfxAA4XUDADF2AwDpdQMAWEYMADp2AwCGdgMAjnYDANt2AwDmdgMAMHcDADJ3AwCFdwMAoHcDANp3AwDmdwMAL3gDADd4AwBwfxAAkXgDANl4AwDheAMALnkDADp5AwCDeQMAiXkDANh5AwDeeQMALXoDADJ6AwCCegMAiHoDAMV/EADkegMALHsDADR7AwCBewMAlXsDANZ7AwDbewMAK3wDADR8AwCAfAMAhnwDANV8AwDdfAMAKn0DAC19AwB/fQMAnH0DANR9AwDlfQMAKX4DADF+AwB+fgMAgX4DANN+AwDnfgMAKH8DADV/AwB9fwMAh38DANJ/AwDUfwMAJ4ADADqAAwBvgBAAgYADANGAAwDigAMAJoEDAC+BAwB7gQMAkYEDANCBAwDdgQMAJYIDAC2CAwB6ggMAmYIDAMSAEADbggMAJIMDACyDAwAZgRAAfIMDAM6DAwDWgwMAI4QDADCEAwB4hAMAfYQDAM2EAwDVhAMAIoUDACOFAwB3hQMAeYUDAMyFAwDShQMAIYYDACOGAwB2hgMAjIYDAMuGAwDXhgMAIIcDACqHAwB1hwMAgYcDAMqHAwDQhwMAH4gDACeIAwB0iAMApogDAG6BEADSiAMAHokDACiJAwBziQMAe4kDAMiJAwDJiQMAHYoDACOKAwByigMAfooDAMeKAwDIigMAHIsDAB6LAwBxiwMAd4sDAMaLAwDSiwMAG4wDACKMAwBwjAMAeIwDAMWMAwDIjAMAGo0DACSNAwBvjQMAcY0DAMSNAwDOjQMAGY4DACWOAwBujgMAhI4DAMOOAwDPjgMAGI8DACWPAwBtjwMAd48DAMKPAwDKjwMAF5ADACmQAwDDgRAAbpADAMGQAwDLkAMAFpEDABiRAwBrkQMAhJEDAMCRAwDCkQMAFZIDABiSAwBqkgMAdpIDAL+SAwDHkgMAGIIQACiTAwBpkwMAbJMDAL6TAwDIkwMAE5QDAB+UAwBolAMAfpQDAL2UAwDFlAMAEpUDACCVAwBnlQMAapUDALyVAwDElQMAEZYDABSWAwBmlgMAH5YDAF+dAwBwlgMAu5YDAHGWAwC4mQMAvZYDABCXAwAWlwMAZZcDAG+XAwC6lwMAyJcDAA+YAwAcmAMAZJgDAHuYAwC5mAMAwZgDAA6ZAwAXmQMAY5kDAGSZAwBtghAAwZkDAA2aAwAXmgMAYpoDAGyaAwC3mgMAxZoDAAybAwAZmwMAYZsDAHibAwC2mwMAvpsDAAucAwASnAMAYJwDAGWcAwC1nAMAuZwDAAqdAwAXnQMAwoIQAGydAwC0nQMAvJ0DAAmeAwAPngMAXp4DAGqeAwCzngMAwp4DAAifAwANnwMAXZ8DAHifAwCynwMAvp8DAAegAwANoAMAXKADAHCgAwCxoAMAuaADAAahAwAcoQMAW6EDAGChAwCwoQMAt6EDAAWiAwARogMAF4MQAGGiAwCvogMAvaIDAASjAwARowMAWaMDAHCjAwCuowMAtqMDAAOkAwAJpAMAWKQDAGSkAwCtpAMAtKQDAAKlAwAQpQMAV6UDAFqlAwCspQMAtKUDAAGmAwAPpgMAVqYDAFmmAwCrpgMAs6YDAACnAwARpwMAVacDAFqnAwCqpwMArKcDAP+nAwAGqAMAVKgDAGKoAwCpqAMAtqgDAP6oAwAVqQMAU6kDAFupAwCoqQMAsqkDAP2pAwAIqgMAUqoDAF6qAwCnqgMAr6oDAGyDEAD+qgMAUasDAFurAwCmqwMAqKsDAPurAwD+qwMAUKwDAFysAwClrAMAr6wDAPqsAwACrQMAT60DAF2tAwCkrQMAsa0DAPmtAwABrgMATq4DAGSuAwCjrgMAr64DAPiuAwAOrwMATa8DAFKvAwCirwMAqK8DAPevAwALsAMAwYMQAE+wAwChsAMAqbADAPawAwAEsQMAS7EDAAyxAwDjFAgAWLEDAKCxAwCosQMA9bEDAP+xAwBKsgMAVbIDAJ+yAwCrsgMA9LIDAPyyAwAWhBAAT7MDAJ6zAwCjswMA87MDAAK0AwBItAMAVLQDAJ20AwCgtAMA8rQDAPW0AwBHtQMAT7UDAJy1AwChtQMA8bUDAAG2AwBGtgMATrYDAJu2AwCetgMA8LYDAPq2AwBFtwMAR7cDAJq3AwCgtwMA77cDAPm3AwBEuAMAUrgDAJm4AwCmuAMA7rgDAAW5AwBDuQMAS7kDAJi5AwChuQMA7bkDAO65AwBrhBAATroDAJe6AwCaugMAtOwJAKa6AwDsugMAqroDAG/cCQD2ugMAQbsDAEm7AwDLMAQATbsDAOwEDwBPuwMAlrsDAF27AwAvyAgAm7sDAOu7AwCjuwMAvJMFAPi7AwBAvAMAQ7wDAONnCgBGvAMA77EJAEi8AwCVvAMASrwDADpsBABMvAMAdi4GAJi8AwBoOggAm7wDAPatBgCfvAMA6rwDAKO8AwATOAoApbwDADoTCADvvAMAP70DAPa8AwBLsAQA+LwDAOgNCgBHvQMAlL0DAJe9AwDpvQMA9b0DAD6+AwBEvgMAk74DAK6+AwDovgMA9L4DAD2/AwBDvwMAkr8DAJq/AwDnvwMA6b8DADzAAwDsvwMA5sADAEbAAwCRwAMAmcADAMCEEADzwAMAO8EDAEPBAwCQwQMAk8EDAOXBAwDqwQMAOsIDAEnCAwCPwgMAr8IDAOTCAwDwwgMAOcMDAEPDAwCOwwMAlsMDAOPDAwD1wwMAaoUQAELEAwCNxAMAm8QDAOLEAwDvxAMAN8UDAE7FAwCMxQMAlMUDAOHFAwDwxQMANsYDADvGAwCLxgMAmMYDAODGAwDtxgMANccDAEHHAwCKxwMAmccDAN/HAwDpxwMANMgDAELIAwCJyAMAjsgDAN7IAwDryAMAM8kDADbJAwCIyQMAkMkDAN3JAwDiyQMAMsoDAD/KAwCHygMAj8oDANzKAwDlygMAMcsDAD7LAwCGywMAlMsDANvLAwDuywMAMMwDADjMAwCFzAMAjMwDANrMAwDfzAMAL80DAEXNAwCEzQMAhs0DANnNAwDnzQMALs4DADvOAwCDzgMAi84DANjOAwDbzgMALc8DADLPAwCCzwMAkc8DANfPAwD3zwMALNADADjQAwCB0AMAi9ADANbQAwDe0AMAK9EDAD3RAwC/hRAAkdEDANXRAwDc0QMAKtIDADLSAwB/0gMAjNIDANTSAwDZ0gMAKdMDADPTAwB+0wMAhtMDANPTAwDV0wMAfXgKANjTAwBtNQgA3dMDAFidCgDi0wMAKNQDAOPTAwDMKgkALdQDAH3UAwCK1AMA0tQDAN/UAwAn1QMAM9UDAHzVAwCL1QMA0dUDANvVAwAm1gMALtYDAHvWAwCF1gMA0NYDANXWAwAl1wMALdcDABSGEACG1wMAz9cDANXXAwAk2AMAP9gDAHnYAwCF2AMAztgDANTYAwAj2QMAP9kDAHjZAwCA2QMAaYYQANXZAwAi2gMALNoDAHfaAwCC2gMAzNoDANjaAwAh2wMAKdsDAL6GEACC2wMAy9sDANHbAwAg3AMAO9wDAHXcAwCB3AMAytwDANDcAwAf3QMAJ90DAHTdAwB63QMAyd0DANLdAwAe3gMAK94DAHPeAwCA3gMAyN4DANbeAwAd3wMAKt8DAHLfAwCJ3wMAx98DAM/fAwAc4AMAIeADAHHgAwAt4AMAb+IDAH7gAwDG4AMAzuADABvhAwAm4QMAcOEDAHXhAwDF4QMAyOEDABriAwAk4gMAE4cQAHTiAwDE4gMA0+IDABnjAwAb4wMAbuMDAH/jAwDD4wMA1OMDABjkAwAs5AMAaIcQAH7kAwDC5AMAxeQDABflAwDK5AMAG90HAM/kAwBO+A4AIeUDAGzlAwBu5QMAweUDAMvlAwAW5gMAIuYDAGvmAwCV5gMAwOYDAMvmAwAV5gQA5uYDABXnAwBI5wMAaucDAJDnAwC/5wMA5ecDABToAwBI6AMAaegDAJToAwC+6AMAxugDABPpAwA96QMAaOkDAJ3pAwC96QMA6OkDABLqAwAa6gMAZ+oDAHbqAwC86gMAweoDABHrAwAa6wMAZusDAB7rAwAJ8wMAd+sDALvrAwDC6wMAEOwDABjsAwBl7AMAcuwDALrsAwC/7AMAD+0DABntAwBk7QMAbO0DALntAwDD7QMArfkDAMjtAwAO7gMAE+4DAGPuAwBw7gMAuO4DAMXuAwAN7wMAGe8DAGLvAwBx7wMAt+8DAMHvAwAM8AMAFPADAGHwAwBr8AMAtvADALvwAwAL8QMAE/EDAL2HEABs8QMAtfEDALvxAwAK8gMAJfIDAF/yAwBr8gMAtPIDALryAwASiBAAFvMDAF7zAwBq8wMAs/MDAMLzAwAI9AMAEvQDAF30AwBr9AMAsvQDALf0AwAH9QMAFPUDAFz1AwBk9QMAsfUDALv1AwAG9gMAC/YDAFv2AwBj9gMAsPYDALP2AwAF9wMAEfcDAFr3AwBg9wMAr/cDAMr3AwAE+AMAEPgDAFn4AwBf+AMArvgDALb4AwAD+QMABfkDAFj5AwBi+QMAZ4gQALP5AwAC+gMABPoDAFf6AwBk+gMArPoDAK/6AwAB+wMAEvsDAFb7AwBY+wMAq/sDALX7AwAA/AMADPwDAFX8AwBd/AMAvIgQAK/8AwD//AMAAv0DAFT9AwBe/QMAqf0DALH9AwD+/QMAC/4DAFP+AwBV/gMAqP4DAL7+AwD9/gMACf8DABGJEABu/wMAp/8DAMP/AwBmiRAAAQAEAFEABABeAAQApgAEALMABAD7AAQABwEEAFABBABfAQQApQEEAK8BBAD6AQQACAIEAE8CBABUAgQApAIEALECBAD5AgQAEgMEAE4DBABQAwQAowMEAKoDBAC7iRAAFQQEAE0EBABeBAQAogQEAK4EBAD3BAQACgUEAEwFBABbBQQAoQUEAK0FBAD2BQQA9wUEAEsGBABVBgQAoAYEAK4GBAD1BgQA+gYEAEoHBABXBwQAEIoQAKQHBAD0BwQAAQgEAEkIBABWCAQAnggEAKoIBADzCAQAAgkEAEgJBABSCQQAnQkEAKsJBADyCQQA9wkEAEcKBABUCgQAnAoEAKQKBAAPixAA9goEAEYLBABOCwQAZIsQAJ0LBADwCwQA/gsEAEUMBABWDAQAuYsQAKEMBAAOjBAA9AwEAEQNBABMDQQAmQ0EAKgNBADuDQQA8w0EAEMOBABQDgQAmA4EAKUOBADtDgQA+Q4EAEIPBABRDwQAlw8EAKEPBAC4jBAA7g8EAH8dDgDyDwQAWUUMAP8PBABBEAQAUBAEAJYQBACiEAQA6xAEAOwQBABAEQQAShEEAJURBACjEQQA6hEEAO8RBAA/EgQATBIEAA2NEACYEgQA6RIEAPQSBAA+EwQATBMEAJMTBACkEwQA6BMEAPQTBAA9FAQARRQEAGKNEACXFAQA5xQEAPQUBAA8FQQASRUEAJEVBACdFQQA5hUEAPUVBAA7FgQARRYEAJAWBACeFgQA5RYEAPIWBAA6FwQAURcEALeNEACcFwQA5BcEAPEXBAA5GAQARRgEAI4YBACdGAQA4xgEAO0YBAA4GQQARhkEAI0ZBABUGQQAzn0JAJIZBADiGQQA7xkEADcaBAA/GgQADI4QAJgaBADhGgQA8RoEADYbBAA/GwQAixsEAI4bBADgGwQA7BsEADUcBAA8HAQAYY4QAJccBADfHAQA7hwEADQdBAA1HQQAiR0EAKAdBADeHQQA+B0EADMeBAA/HgQAiB4EAJseBADdHgQA7B4EADIfBAA+HwQAhx8EAIgfBADcHwQA5h8EADEgBAA/IAQAhiAEAIsgBADbIAQA6CAEALaOEABKIQQAhSEEAJQhBADaIQQA3CEEAC8iBADfIQQAfigEADwiBACEIgQAkSIEANkiBADeIgQALiMEADgjBACDIwQAkiMEANgjBADdIwQALSQEADokBACCJAQAjyQEANckBADjJAQALCUEADslBACBJQQAiyUEANYlBADjJQQAKyYEADAmBACAJgQAhCYEANUmBADhJgQAKicEADAnBAB/JwQAhScEANQnBADZJwQAKSgEAC8oBAALjxAAiygEANMoBADgKAQAKCkEADQpBAB9KQQAjCkEANIpBADcKQQAJyoEADUqBAB8KgQAgSoEANEqBADeKgQAJisEAC0rBAB7KwQAgCsEANArBADcKwQAJSwEACgsBAB6LAQAhywEAM8sBADULAQAJC0EAC4tBAB5LQQAhS0EAM4tBADhLQQAIy4EADEuBAB4LgQAey4EAM0uBADXLgQAIi8EAC4vBAB3LwQAfS8EAMwvBADSLwQAITAEACYwBAB2MAQAfDAEAGCPEADVMAQAzdYGANcwBAAwHAkA2jAEACAxBAAiMQQAdTEEAIYxBADKMQQA2zEEAB8yBAAnMgQAdDIEAIQyBADJMgQAyzIEAB4zBAAsMwQAczMEAIQzBAC1jxAAzzMEAAqQEAAeNAQAcjQEAHc0BADHNAQAeDQEAEZgBADNNAQAHDUEACY1BABxNQQAfTUEAMY1BADMNQQAGzYEACE2BABwNgQAdTYEAMU2BADLNgQAX5AQACg3BABvNwQAiDcEAMQ3BADFNwQAGTgEADY4BABuOAQAdjgEAKFaBACIOAQAwzgEAMY4BAAYOQQAHTkEAF6REACGOQQAwjkEAMg5BAAXOgQA2DkEALH0BAAZOgQAbDoEAHI6BADBOgQA1ToEABY7BAAeOwQAazsEAHg7BADAOwQAxTsEABU8BAAfPAQAajwEAHI8BAC/PAQA0DwEABQ9BAAZPQQAaT0EAGs9BAC+PQQAxT0EABM+BAAfPgQAaD4EAG8+BAC9PgQA2T4EABI/BAAaPwQAs5EQAGg/BAC8PwQAyD8EABFABAAeQAQAZkAEAG5ABAC7QAQAvkAEABBBBAAbQQQAZUEEAGdBBAC6QQQAwEEEAA9CBAAbQgQAZEIEAGtCBAC5QgQAwUIEAA5DBAATQwQAY0MEAHxDBAC4QwQA5EMEAA1EBAAZRAQAYkQEAHFEBAC3RAQAwUQEAAxFBAAURQQAYUUEAHFFBAC2RQQAxEUEAAtGBAAcRgQAYEYEAGxGBAAIkhAAukYEAApHBAASRwQAX0cEAGBHBAC0RwQAdUcEAPFYCwDRRwQACUgEABFIBABeSAQAYkgEALNIBAC5SAQACEkEAApJBABdSQQAXkkEALJJBACzSQQAB0oEABNKBABcSgQAYkoEALFKBAC5SgQABksEAAhLBABbSwQAdksEALBLBACySwQABUwEABNMBABaTAQAa0wEAK9MBACxTAQABE0EAB1NBABZTQQAak0EAK5NBAC6TQQAXZIQABFOBABYTgQAH04EALnpBwBuTgQArU4EAK5OBAACTwQAE08EAFdPBABjTwQArE8EAMJPBAABUAQADVAEAFZQBABjUAQAq1AEALVQBAAAUQQAAlEEAFVRBABfUQQAqlEEALhRBAD/UQQABFIEAFRSBABhUgQAqVIEAMVSBAD+UgQABlMEALKSEABhUwQAqFMEAMFTBAD9UwQA/lMEAFJUBABvVAQAp1QEAK9UBAD8VAQADVUEAFFVBABfVQQAplUEAL9VBAD7VQQAAVYEAFBWBABSVgQApVYEAKtWBAD6VgQADlcEAE9XBABXVwQApFcEALFXBAD5VwQA/lcEAE5YBABYWAQAo1gEAKtYBAD4WAQACFkEAE1ZBABSWQQAolkEAKtZBAD3WQQABFoEAExaBABTWgQAB5MQALJaBAD2WgQABFsEAEtbBABkWwQAoFsEAKZbBAD1WwQA91sEAEpcBABQXAQAn1wEALNcBAD0XAQA/FwEAEldBABWXQQAnl0EAKNdBADzXQQA/V0EAEheBABQXgQAnV4EAK1eBADyXgQA914EAEdfBABQXwQAnF8EAKlfBADxXwQA+F8EAFyTEABLYAQAm2AEAJxgBADwYAQA/GAEAEVhBABLYQQAmmEEAKthBADvYQQAA2IEAERiBABTYgQAmWIEAJ5iBADuYgQA+2IEAENjBABTYwQAmGMEAKZjBADtYwQABGQEAEJkBABLZAQAl2QEAJ1kBADsZAQA+GQEAEFlBABIZQQAlmUEALJlBADrZQQA82UEALGTEABGZgQAlWYEAJtmBADqZgQA72YEAD9nBABFZwQABpQQAJlnBADpZwQA62cEAD5oBABFaAQAk2gEAKFoBADoaAQA9WgEAD1pBABUaQQAkmkEAJppBADnaQQA6GkEADxqBAA/agQAkWoEAKVqBADmagQA9WoEADtrBABAawQAkGsEAJFrBADlawQA/GsEALCUEABIbAQAj2wEAKVsBADkbAQA8GwEADltBAA+bQQAjm0EAJdtBADjbQQA7W0EADhuBABEbgQABEsGAFRuBACNbgQAlW4EAAWVEADnbgQAN28EAERvBACMbwQAmW8EAOFvBADtbwQANnAEAEVwBACLcAQAlXAEAOBwBADucAQANXEEADpxBACKcQQAl3EEAN9xBADncQQAWpUQAEJyBACJcgQAn3IEAN5yBADqcgQAM3MEADhzBACIcwQAkXMEAN1zBADncwQAMnQEADp0BACHdAQAk3QEANx0BADvdAQAMXUEADJ1BACGdQQAlHUEANt1BADhdQQAMHYEADx2BACFdgQAjHYEAK+VEADkdgQAL3cEADd3BACEdwQAincEAFKkCQCTdwQA2XcEAN53BAAY4wQA33cEAC54BAA6eAQAg3gEAIV4BADYeAQA4ngEAC15BAA5eQQAgnkEAIp5BAAElhAA33kEACx6BAA7egQAgXoEAIZ6BADWegQA43oEACt7BAA4ewQAgHsEAIx7BADVewQA5HsEACp8BAA0fAQAf3wEAI18BADUfAQA2XwEACl9BAA2fQQAfn0EAIZ9BADTfQQA3X0EACh+BAAtfgQAfX4EAIV+BADSfgQA3X4EACd/BAAsfwQAfH8EAH9/BADRfwQA238EACaABAAugAQAWZYQAICABADQgAQA34AEACWBBAAngQQAeoEEAIuBBADPgQQA2oEEACSCBAApggQAeYIEAHyCBADOggQA2IIEACODBAArgwQAeIMEAHqDBADNgwQA2oMEACKEBAAphAQAd4QEAH+EBADMhAQAzYQEACGFBAAmhQQAdoUEAHyFBADLhQQA1YUEACCGBAAohgQArpYQAKuGBADKhgQA/4YEAB+HBAA5hwQAdIcEAJqHBADJhwQA44cEAB6IBABEiAQAc4gEAI2IBADIiAQA8YgEAB2JBAAliQQAcokEAHSJBADHiQQA1IkEAByKBAAjigQAcYoEAHmKBADGigQAx4oEABuLBAAgiwQAcIsEAHaLBADFiwQAz4sEABqMBAAijAQAA5cQAIuMBABYlxAAzIwEABmNBAAbjQQAbo0EAHuNBADDjQQAyo0EABiOBAAgjgQAbY4EAG6OBADCjgQAx44EABePBAAdjwQAbI8EAHaPBADBjwQAyY8EAK2XEAAbkAQAa5AEAG2QBADAkAQAx5AEABWRBAAjkQQAapEEAHeRBAC/kQQA1pEEABSSBAAckgQAaZIEAHOSBAC+kgQAf5IEAGDwBADJkgQAE5MEAB+TBABokwQAcJMEAAKYEAC+kwQAEpQEAMeTBAA8aQUA05MEAPpVBQAXlAQAZ5QEAGqUBAC8lAQAxpQEABGVBAAolQQAZpUEAGyVBAC7lQQAx5UEABCWBAATlgQAZZYEAIKWBAC6lgQAy5YEAA+XBAAulwQAZJcEAGyXBAC5lwQAu5cEAA6YBAAdmAQAY5gEAG2YBAC4mAQAxpgEAA2ZBAAomQQAYpkEAG6ZBAC3mQQAv5kEAFeYEAAYmgQAYZoEAHCaBAC2mgQAu5oEAAubBAARmwQAYJsEAGebBAC1mwQAvZsEAAqcBAAMnAQAX5wEAGacBAC0nAQAtpwEAAmdBAAKnQQAXp0EAGidBACznQQAv50EAAieBAAOngQAXZ4EAHeeBACyngQAup4EAAefBAAdnwQAXJ8EAGqfBACxnwQAtJ8EAAagBAAJoAQAW6AEAGmgBACwoAQAvaAEAAWhBAAcoQQAWqEEAGKhBACvoQQAsaEEAASiBAAMogQAWaIEAHCiBACuogQAuqIEAAOjBAAZowQAWKMEAGCjBACtowQAu6MEAAKkBAAMpAQAV6QEAF+kBACspAQAs6QEAAGlBAANpQQAVqUEAFelBACrpQQAt6UEAACmBAANpgQAVaYEAFymBACqpgQAraYEAP+mBAAHpwQAVKcEAFmnBACppwQAtqcEAP6nBAAuqAQAU6gEAFuoBACsmBAAsKgEAMjREADEqAQA/agEAAWpBAABmRAAYKkEAKepBACpqQQA/KkEAA2qBABRqgQAWaoEAKaqBACyqgQA+6oEAAGrBABQqwQAVqsEAKWrBACqqwQA+qsEAACsBABWmRAAVKwEAKSsBABbrAQAUUwNAKysBAD5rAQA/qwEAPRWCgD/rAQAkWMLAAWtBAA3EwsACK0EAE6tBAAKrQQA6WALAFOtBACjrQQAVK0EAABMCQCwrQQA+K0EAAWuBABNrgQAWa4EAKKuBACxrgQA964EAAGvBACqmhAAVq8EAKGvBACmrwQA9q8EAP6vBAD/mhAAUbAEAKCwBAC2sAQA9bAEAAOxBABKsQQAV7EEAJ+xBAChsQQA9LEEAP6xBABJsgQAVbIEAJ6yBAClsgQA87IEAPuyBABIswQAT7MEAJ2zBACmswQA8rMEAP6zBABHtAQAT7QEAKmbEAChtAQA8bQEAPm0BABGtQQAVbUEAJu1BACgtQQA8LUEAP21BABFtgQAUrYEAJq2BACmtgQA77YEAP62BABEtwQATrcEAJm3BACntwQA7rcEAPO3BABDuAQAULgEAJi4BACguAQA7bgEAPe4BABCuQQAULkEAJe5BACtuQQA7LkEAPi5BABBugQARroEAJa6BACfugQA67oEAPW6BAD+mxAASrsEAJW7BAChuwQA6rsEAPK7BABTnBAARLwEAJS8BAChvAQA6bwEAPa8BAA+vQQASr0EAJO9BACivQQA6L0EAPK9BAA9vgQAVb4EAJK+BACcvgQA574EAPW+BAA8vwQAUr8EAJG/BACdvwQA5r8EAOu/BAA7wAQARMAEAJDABACawAQA5cAEAO3ABAConBAAR8EEAI/BBABQwQQAr+sPAJzBBADkwQQA8MEEADnCBABIwgQAjsIEAJjCBADjwgQA8cIEADjDBABFwwQAjcMEAKTDBADiwwQA6sMEADfEBABBxAQAjMQEAJHEBADhxAQA6cQEAP2cEABCxQQAi8UEAJHFBADgxQQA+8UEADXGBABBxgQAisYEAJDGBABSnRAA58YEAKedEAA5xwQAiccEAJbHBADexwQA68cEADPIBAA/yAQAiMgEAJfIBADdyAQA58gEADLJBABAyQQAh8kEAIzJBADcyQQA6ckEADHKBAA5ygQA/J0QAJLKBADbygQA68oEADDLBAA5ywQAhcsEAIjLBADaywQA5ssEAC/MBAA2zAQAUZ4QAJLMBADZzAQA78wEAC7NBAA6zQQAg80EAIrNBADYzQQA4M0EAC3OBAAyzgQAgs4EAIvOBADXzgQA4c4EAKaeEAAxzwQAgc8EADjPBADS0wQAic8EANbPBADczwQAK9AEADDQBACA0AQAidAEANXQBADf0AQAKtEEADbRBAB/0QQAh9EEAPueEADZ0QQAKdIEADHSBAB+0gQAidIEANPSBADY0gQAKNMEACvTBAB90wQAh9MEAFCfEADc0wQAJ9QEACvUBAB81AQAgdQEANHUBADX1AQAJtUEAEbVBAB71QQAg9UEANDVBADe1QQAJdYEACjWBAB61gQAgtYEAM/WBADY1gQAJNcEADHXBAB51wQAf9cEAM7XBADa1wQAI9gEACXYBAB42AQAh9gEAM3YBADY2AQAItkEACTZBAB32QQAkNkEAMzZBADd2QQAIdoEAC3aBAClnxAAftoEAMvaBADr2gQAINsEAC7bBAB12wQAgtsEAMrbBADR2wQAH9wEADvcBAB03AQAfNwEAPqfEADO3AQAHt0EACvdBABz3QQAgN0EAMjdBADU3QQAHd4EACzeBABy3gQAfN4EAMfeBADc3gQAHN8EACTfBABx3wQAgN8EAMbfBADI3wQAG+AEACTgBABw4AQAc+AEAMXgBADR4AQAGuEEADbhBABv4QQAd+EEAE+gEADJ4QQAGeIEAC/iBABu4gQAeuIEAMPiBADm4gQApKAQACXjBABt4wQAeuMEAMLjBADO4wQAF+QEACbkBABs5AQAduQEAMHkBADJ5AQAFuUEACDlBABr5QQAcOUEAMDlBADI5QQA+aAQACnmBABq5gQAkOYEAL/mBADl5gQAFOcEADrnBABp5wQAlOcEAL7nBADG5wQAE+gEAD3oBABo6AQAnugEAL3oBADj6AQAEukEADjpBABn6QQAnekEALzpBADn6QQAEeoEABnqBABm6gQAa+oEAAxEBQB16gQAu+oEAMDqBAAQ6wQAHesEAGXrBABy6wQAuusEAMbrBAAP7AQAHuwEAGTsBABu7AQAuewEAMfsBAAO7QQAE+0EAGPtBABw7QQAuO0EAMDtBAAN7gQAE+4EAGLuBAAX7gQAZEEFAG7uBAC37gQAx+4EAAzvBAAV7wQAYe8EAGTvBAC27wQAwu8EAAvwBAAS8AQATqEQAHTwBAC18AQAuPAEAArxBAAn8QQAX/EEAHDxBAC08QQAu/EEAAnyBAAi8gQAXvIEAGbyBACz8gQAyfIEAAjzBAAN8wQAXfMEAGTzBACy8wQAu/MEAAf0BAAY9AQAXPQEAGj0BACjoRAAs/QEAAP4BADF9AQABvUEAAn1BABb9QQAePUEALD1BADB9QQABfYEABT2BABa9gQAa/YEAK/2BAC99gQABPcEABD3BABZ9wQAZvcEAK73BAC49wQA+KEQAAn4BABY+AQAZvgEAK34BACv+AQAAvkEAAn5BABX+QQAcPkEAE2iEAC1+QQAAfoEAA76BABW+gQAZPoEAKv6BAC6+gQAAPsEAAL7BABV+wQAX/sEAKr7BAC4+wQA//sEAAT8BABU/AQAYfwEAKn8BACs/AQA/vwEAAr9BABT/QQAZv0EAKj9BAC3/QQA/f0EAAn+BABS/gQAU/4EAKf+BACx/gQA/P4EAAr/BABR/wQAVv8EAKb/BACz/wQAoqIQAAAABQBQAAUAZgAFAKUABQC7AAUA+gAFAAMBBQBPAQUAXAEFAKQBBQCyAQUA+QEFAAgCBQBOAgUAUAIFAKMCBQCtAgUA+AIFAAYDBQBNAwUAUgMFAKIDBQCvAwUA9wMFAPoDBQBMBAUAVAQFAKEEBQCyBAUA9gQFAAQFBQBLBQUAWAUFAKAFBQDABQUA9QUFAP0FBQBKBgUAWgYFAJ8GBQChBgUA9AYFAAIHBQBJBwUAWgcFAKGjEACkBwUA8wcFAP8HBQD2oxAATwgFAJ0IBQBVCAUAA/YGAKQIBQDyCAUA+AgFAEcJBQBTCQUAnAkFAJ8JBQDxCQUA9AkFAEYKBQBuCgUAmwoFAL4KBQDwCgUA+woFAEULBQBKCwUAmgsFAJ0LBQDvCwUA+QsFAEQMBQBsDAUAS6QQAJ4MBQDuDAUA+wwFAEMNBQBQDQUAmA0FAKQNBQDtDQUA/A0FAEIOBQBMDgUAlw4FAJ8OBQDsDgUA9g4FAEEPBQBGDwUAlg8FAJ4PBQCgpBAA+A8FAEAQBQBUEAUAlRAFAJ0QBQDqEAUA7xAFAD8RBQBPEQUAlBEFAJwRBQDpEQUA8xEFAD4SBQBJEgUAkxIFAJ8SBQDoEgUA8BIFAPWkEAA+EwUAkhMFAJ4TBQDnEwUA9hMFADwUBQBKFAUAkRQFAKEUBQDmFAUA9BQFADsVBQBHFQUAkBUFAJcVBQDlFQUA7RUFADoWBQBQFgUAjxYFAKMWBQDkFgUA5xYFADkXBQBWFwUAjhcFAJ8XBQDjFwUA6xcFADgYBQBDGAUAjRgFAJIYBQDiGAUA5RgFADcZBQBBGQUAjBkFAI8ZBQBKpRAA4xkFADUYCADmGQUANhoFADkaBQCLGgUAlRoFAOAaBQDoGgUANRsFAFQbBQCfpRAAnhsFAN8bBQAFHAUANBwFAFocBQCJHAUArxwFAN4cBQAWHQUAMx0FAGkdBQCIHQUArh0FAN0dBQADHgUAMh4FAGgeBQCHHgUAqx4FANweBQD4HgUAMR8FADkfBQD0pRAAix8FANsfBQDoHwUAMCAFAD0gBQCFIAUAkSAFANogBQDpIAUALyEFADkhBQCEIQUAkiEFANkhBQDeIQUALiIFADsiBQCDIgUAiyIFAEmmEADkIgUALSMFAD0jBQCCIwUAiyMFANcjBQDaIwUALCQFADgkBQCBJAUAiCQFAJ6mEADkJAUAKyUFAEElBQCAJQUAjCUFANUlBQDcJQUAKiYFADImBQB/JgUAhCYFANQmBQDdJgUAKScFADMnBQDzphAAfycFANMnBQDfJwUAKCgFAC4oBQB9KAUAfygFANIoBQDcKAUAJykFADUpBQB8KQUAgSkFANEpBQDeKQUAJioFAC4qBQB7KgUAhSoFANAqBQDeKgUAJSsFADsrBQB6KwUAhisFAM8rBQDWKwUAJCwFACwsBQB5LAUAfiwFAM4sBQDXLAUAIy0FAC0tBQBIpxAAey0FAM0tBQDqLQUAIi4FADMuBQB3LgUAhS4FAMwuBQDkLgUAIS8FACQvBQB2LwUAky8FAMsvBQDcLwUAIDAFADgwBQB1MAUAgTAFAMowBQDdMAUAHzEFAC4xBQB0MQUAgDEFAMkxBQDKMQUAHjIFACgyBQBzMgUAgTIFAMgyBQDNMgUAHTMFACozBQCdpxAAdzMFAMczBQDUMwUAHDQFACk0BQBxNAUAfTQFAMY0BQDVNAUAGzUFACU1BQBwNQUAfjUFAMU1BQDKNQUAGjYFACc2BQBvNgUAdzYFAJyoEADQNgUAGTcFACk3BQBuNwUAdzcFAMM3BQDGNwUAGDgFACQ4BQBtOAUAdDgFAPGoEADQOAUAFzkFAC05BQBsOQUAeDkFAME5BQDIOQUAFjoFAB46BQBrOgUAcDoFAMA6BQDJOgUAFTsFAB87BQBGqRAAazsFAL87BQDLOwUAFDwFABo8BQBpPAUAazwFAL48BQDIPAUAEz0FACE9BQBoPQUAbT0FAL09BQDKPQUAEj4FABo+BQBnPgUAcT4FALw+BQDKPgUAET8FACc/BQBmPwUAcj8FALs/BQDCPwUAEEAFABhABQBlQAUAakAFALpABQDDQAUAD0EFABlBBQCbqRAAckEFALlBBQDPQQUADkIFABpCBQBjQgUAakIFALhCBQDAQgUADUMFABJDBQBiQwUAa0MFALdDBQDBQwUA8KkQAA1EBQBhRAUAbUQFALZEBQC8RAUAC0UFAA1FBQBgRQUAakUFALVFBQDDRQUACkYFAA9GBQBfRgUAbEYFALRGBQC8RgUACUcFABNHBQBeRwUAbEcFALNHBQDJRwUACEgFABRIBQBdSAUAZEgFALJIBQC6SAUAB0kFAAxJBQBcSQUAZUkFALFJBQC7SQUARaoQAAhKBQDtWwwAFEoFAFtKBQBsSgUAsEoFALVKBQAFSwUAHEsFAFpLBQBuSwUAr0sFAMdLBQAETAUAE0wFAFlMBQBeTAUArkwFALtMBQADTQUAEE0FAFhNBQBkTQUArU0FALxNBQACTgUADE4FAFdOBQBfTgUArE4FAMpOBQABTwUACU8FAFZPBQBfTwUAq08FALhPBQAAUAUAAlAFAFVQBQBuUAUAqlAFALtQBQD/UAUAC1EFAFRRBQBcUQUAmqoQAK5RBQD+UQUABlIFAFNSBQBiUgUAqFIFAK1SBQD9UgUAClMFAFJTBQBfUwUAp1MFALNTBQD8UwUAC1QFAFFUBQBbVAUAplQFAK5UBQD7VAUABVUFAFBVBQBVVQUApVUFAK1VBQDvqhAADlYFAE9WBQBSVgUApFYFAMFWBQD5VgUAClcFAE5XBQCEVwUAo1cFAMJXBQD4VwUAAFgFAE1YBQBPWAUAolgFALFYBQD3WAUAAVkFAExZBQBaWQUAoVkFALxZBQD2WQUAAloFAEtaBQBTWgUARKsQAKxaBQD1WgUABFsFAEpbBQBPWwUAn1sFAKVbBQD0WwUA+1sFAElcBQBRXAUAnlwFAKBcBQDzXAUA+lwFAEhdBQBKXQUAnV0FAJ5dBQDyXQUA/F0FAEdeBQBTXgUAnF4FAKJeBQDxXgUAC18FAEZfBQBOXwUAm18FALFfBQDwXwUA/l8FAEVgBQBIYAUAmmAFAJ1gBQDvYAUA/WAFAERhBQBRYQUAmWEFALBhBQDuYQUA9mEFAENiBQBFYgUAmGIFAKBiBQDtYgUABGMFAEJjBQBOYwUAl2MFAK1jBQDsYwUA9GMFAEFkBQBPZAUAlmQFAKBkBQDrZAUA82QFAEBlBQBHZQUAlWUFAKFlBQDqZQUA62UFAD9mBQBLZgUAlGYFAKFmBQDpZgUA8GYFAD5nBQBBZwUAk2cFAJtnBQDoZwUA7WcFAD1oBQBKaAUAkmgFAMJoBQDnaAUA72gFAJmrEABCaQUAkWkFAJ9pBQDmaQUA92kFADtqBQBAagUAkGoFAKdqBQDlagUA+WoFADprBQBZawUAj2sFAJdrBQDkawUA5msFADlsBQBIbAUAjmwFAJhsBQDjbAUA8WwFADhtBQBTbQUAjW0FAJltBQDibQUA6m0FAO6rEABDbgUAjG4FAJtuBQDhbgUA5m4FADZvBQA8bwUAi28FAJJvBQDgbwUA6G8FADVwBQA3cAUAinAFAJFwBQDfcAUA4XAFADRxBQA1cQUAiXEFAJNxBQDecQUA6nEFADNyBQA5cgUAiHIFAKJyBQDdcgUA5XIFADJzBQBIcwUAh3MFAJVzBQDccwUA33MFADF0BQA0dAUAhnQFAJR0BQDbdAUA6HQFADB1BQBHdQUAhXUFAI11BQDadQUA3HUFAC92BQA3dgUAhHYFAJt2BQDZdgUA5XYFAC53BQBEdwUAg3cFAIt3BQDYdwUA5ncFAC14BQA3eAUAgngFAIp4BQDXeAUA3ngFACx5BQA4eQUAgXkFAIJ5BQDWeQUA4nkFACt6BQA4egUAgHoFAId6BQDVegUA2HoFACp7BQAyewUAf3sFAIR7BQDUewUA4XsFACl8BQBZfAUAfnwFAIZ8BQBDrBAA2HwFACh9BQBEfQUAfX0FAIV9BQCYrBAAC34FACd+BQBNfgUAfH4FAKV+BQDRfgUAB38FACZ/BQA7fwUAe38FAIN/BQDQfwUA038FACWABQBCgAUAeoAFAIuABQDPgAUA0oAFACSBBQAugQUAeYEFAHuBBQDOgQUA2IEFACOCBQAvggUAeIIFAJSCBQDNggUA1YIFAO2sEABVgwUAd4MFAHqDBQDMgwUA8oMFACGEBQBKhAUAdoQFAJqEBQDLhAUA04QFAEKtEAAlhQUAdYUFAIKFBQDKhQUA14UFAB+GBQArhgUAdIYFAIOGBQDJhgUA04YFAB6HBQAshwUAc4cFAHiHBQDIhwUA1YcFAB2IBQAliAUAcogFAHyIBQDHiAUA1YgFAByJBQAyiQUAcYkFAH2JBQDGiQUAy4kFABuKBQAkigUAcIoFAHqKBQDFigUA4YoFABqLBQAiiwUAl60QAHGLBQDEiwUA0osFABmMBQAqjAUA7K0QAHWMBQBBrhAAyIwFABiNBQAgjQUAbY0FAHyNBQDCjQUAyI0FABeOBQAjjgUAbI4FAG6OBQDBjgUAy44FABaPBQAijwUAa48FAHOPBQDrrhAAxY8FABWQBQAkkAUAapAFAIqQBQC/kAUAy5AFABSRBQAekQUAaZEFAHGRBQC+kQUAwJEFABOSBQAjkgUAaJIFAHKSBQC9kgUAyZIFABKTBQAYkwUAZ5MFAG+TBQBArxAA05MFABGUBQAZlAUAZpQFAHCUBQC7lAUAwJQFABCVBQAYlQUAla8QAGqVBQC6lQUAw5UFAL3hCwDHlQUAD5YFANCVBQByfw4AGZYFAKxFDgAclgUAZJYFAHCWBQC5lgUAyJYFAA6XBQAYlwUAY5cFAGuXBQB7JAsAcZcFALiXBQDFlwUADZgFACSYBQBimAUAapgFALeYBQDBmAUADJkFABGZBQBhmQUAaZkFAOqvEADDmQUAC5oFABmaBQBgmgUAc5oFALWaBQC9mgUACpsFAA2bBQBfmwUAZJsFALSbBQDDmwUACZwFACmcBQBenAUAapwFALOcBQC9nAUACJ0FACSdBQBdnQUAZZ0FAD+wEADFnQUAB54FAA2eBQBcngUAaJ4FALGeBQC7ngUABp8FAAyfBQBbnwUAaZ8FALCfBQC8nwUABaAFAAigBQBaoAUAW6AFAK+gBQC7oAUABKEFAAqhBQBZoQUAX6EFAK6hBQC6oQUAA6IFACCiBQBYogUAYaIFAK2iBQC5ogUAAqMFAAWjBQBXowUAYaMFAKyjBQC4owUAAaQFAAekBQBWpAUAXKQFAKukBQCwpAUAAKUFAAalBQCUsBAAYaUFAKqlBQCspQUA/6UFAA6mBQBUpgUAX6YFAKmmBQC1pgUA/qYFAAWnBQBTpwUAW6cFAKinBQCypwUA/acFAAioBQBSqAUAXqgFAKeoBQCvqAUAk7EQAP6oBQBRqQUAZKkFAKapBQCuqQUA+6kFAAGqBQBQqgUAXKoFAKWqBQCvqgUA+qoFAACrBQBPqwUAXasFAKSrBQCwqwUA+asFAPyrBQBOrAUAVqwFAKOsBQCkrAUA+KwFAAStBQBNrQUAU60FAKKtBQCqrQUA960FAP2tBQBMrgUAWK4FAKGuBQC+rgUA9q4FAP+uBQBLrwUAV68FAKCvBQCjrwUA9a8FAP+vBQBKsAUAUrAFAJ+wBQCwsAUA9LAFAAKxBQBJsQUAX7EFAJ6xBQCssQUA87EFAP2xBQDosRAAV7IFAJ2yBQCosgUA8rIFAP6yBQBHswUATrMFAJyzBQCkswUA8bMFAPuzBQBGtAUAUbQFAJu0BQCntAUA8LQFAPi0BQA9shAAR7UFAJq1BQCttQUA77UFAPe1BQBEtgUASrYFAJm2BQCltgUA7rYFAPi2BQBDtwUASbcFAJi3BQCmtwUA7bcFAPm3BQBCuAUARbgFAJe4BQCfuAUA7LgFAO24BQBBuQUATbkFAJa5BQCcuQUA67kFAPO5BQBAugUARroFAJW6BQChugUA6roFAAe7BQA/uwUASLsFAJS7BQCguwUA6bsFAOy7BQA+vAUASLwFAJO8BQCbvAUA6LwFAPm8BQA9vQUAS70FAJK9BQCovQUA570FAPW9BQA8vgUARr4FAJG+BQCZvgUA5r4FAAm/BQCSshAARr8FAJC/BQCevwUA5b8FAPS/BQA6wAUARcAFAI/ABQCXwAUA5MAFAPLABQA5wQUAPMEFAI7BBQCWwQUA57IQAPHBBQA4wgUAO8IFAI3CBQCVwgUANRoGAJnCBQAL7wUAnMIFANzIBQCpwgUA4sIFAP7CBQA8sxAAOcMFAIzDBQCZwwUA4cMFAO7DBQA2xAUAO8QFAIvEBQCVxAUA4MQFAO/EBQA1xQUAOsUFAIrFBQCXxQUA38UFAOzFBQA0xgUAQMYFAInGBQCYxgUA3sYFAOjGBQAzxwUAP8cFAIjHBQCOxwUA3ccFAOPHBQAyyAUAN8gFAIfIBQCNyAUAkbMQAOHIBQBr5AUA7cgFADHJBQA/yQUAhskFAJLJBQDbyQUA6MkFADDKBQA6ygUAhcoFAKHKBQDaygUA9soFAOazEAAxywUAhMsFAJHLBQDZywUA5ssFAC7MBQAzzAUAg8wFAI3MBQDYzAUA58wFAC3NBQAyzQUAgs0FAI/NBQDXzQUA5M0FACzOBQA4zgUAgc4FAJDOBQDWzgUA4M4FACvPBQA3zwUAgM8FAIbPBQDVzwUA288FACrQBQAv0AUAf9AFAIXQBQA7tBAA29AFACnRBQA30QUAftEFAIHRBQDT0QUA4tEFACjSBQAt0gUAfdIFAIrSBQDS0gUA39IFACfTBQAz0wUAfNMFAIvTBQDR0wUA29MFACbUBQA01AUAe9QFAIDUBQDQ1AUA3dQFACXVBQAx1QUAetUFAI3VBQDP1QUA3tUFACTWBQAw1gUAedYFAHrWBQDO1gUA2NYFACPXBQAx1wUAeNcFAH3XBQDN1wUA2tcFAJC0EAAk2AUAd9gFAIXYBQDM2AUA3dgFAI+1EAAo2QUA5LUQAHvZBQDL2QUA09kFACDaBQAv2gUAddoFAHraBQDK2gUA19oFAB/bBQAs2wUAdNsFAIDbBQDJ2wUA2NsFAB7cBQAo3AUAjrYQAHXcBQDI3AUA49wFAB3dBQAf3QUAct0FAIzdBQDH3QUA1N0FABzeBQAo3gUAcd4FAHveBQDG3gUA4N4FABvfBQAq3wUAcN8FAHXfBQDF3wUA0t8FABrgBQAn4AUAb+AFAHvgBQDE4AUA0+AFABnhBQAj4QUAbuEFAHrhBQDD4QUA1uEFABjiBQAn4gUAbeIFAHniBQDC4gUAw+IFABfjBQAh4wUAbOMFAHrjBQDB4wUAxuMFABbkBQAj5AUA47YQAHjkBQDA5AUAzeQFABXlBQAh5QUAauUFAHnlBQC/5QUAyeUFABTmBQAi5gUAaeYFAG7mBQC+5gUAy+YFABPnBQAf5wUAaOcFAHvnBQC95wUAzOcFABLoBQAe6AUAZ+gFAGjoBQC86AUAxugFABHpBQAf6QUAZukFAGvpBQC76QUAyOkFADi3EAAd6gUAZeoFAGfqBQC66gUA0+oFAA/rBQAg6wUAZOsFAHDrBQC56wUAwesFADe4EAAT7AUAY+wFAGvsBQC47AUAx+wFAA3tBQAS7QUAYu0FAG/tBQC37QUAxO0FAAzuBQAY7gUAYe4FAHDuBQC27gUAwO4FAIy4EAAe7wUAYO8FAG/vBQC17wUAwe8FAArwBQAL8AUAX/AFAGnwBQC08AUAwvAFAAnxBQAO8QUAXvEFAGvxBQDhuBAAuPEFAAjyBQAV8gUAXfIFAGryBQCy8gUAvvIFAAfzBQAW8wUAXPMFAGbzBQCx8wUAv/MFAAb0BQAL9AUAW/QFAGj0BQCw9AUAuPQFAOC5EAAR9QUAWvUFAGr1BQCv9QUAuPUFAAT2BQAH9gUAWfYFAGX2BQCu9gUAtfYFADW6EAAO9wUAWPcFAFn3BQCt9wUAxfcFAAL4BQAP+AUAV/gFAGP4BQCs+AUAtvgFAAH5BQAF+QUAVvkFAFv5BQCr+QUAsfkFAAD6BQAg+gUAVfoFAG36BQCq+gUAwfoFAP/6BQAL+wUAVPsFAF77BQCp+wUAq/sFAP77BQAF/AUAU/wFAFr8BQCo/AUArvwFAP38BQAJ/QUAUv0FAFX9BQCn/QUAqv0FAPz9BQAI/gUAUf4FAFT+BQCKuhAAq/4FAPv+BQAD/wUAUP8FAFb/BQCl/wUAqv8FAPr/BQADAAYATwAGAFkABgCkAAYAsAAGAPkABgABAQYA37oQAFMBBgCjAQYAqwEGAPgBBgADAgYATQIGAFICBgCiAgYApQIGAPcCBgABAwYANLsQAFgDBgChAwYAqAMGAPYDBgAEBAYASwQGAE4EBgCgBAYAqAQGAPUEBgD4BAYASgUGAFYFBgCfBQYApQUGAPQFBgAPBgYASQYGAFUGBgCeBgYApAYGAPMGBgD7BgYASAcGAEwHBgCdBwYAqQcGAPIHBgD/BwYARwgGAFEIBgCcCAYApAgGAPEIBgDzCAYARgkGAEoJBgCbCQYAnQkGAPAJBgAECgYAibsQAE0KBgCaCgYAngoGAO8KBgDxCgYARAsGAEcLBgCZCwYAoQsGAO4LBgD7CwYAQwwGAEgMBgCYDAYAogwGAO0MBgD1DAYAQg0GAEMNBgCXDQYAnA0GAOwNBgDvDQYAQQ4GAEQOBgCWDgYApA4GAOsOBgAEDwYAQA8GAFEPBgCVDwYAoQ8GAOoPBgDyDwYA3rsQAEQQBgCUEAYAnBAGAOkQBgD4EAYAPhEGAEMRBgCTEQYAoBEGAOgRBgD1EQYAPRIGAEkSBgCSEgYAoRIGAOcSBgDxEgYAPBMGAEQTBgCREwYAmxMGAOYTBgDrEwYAOxQGAEMUBgAzvBAAmxQGAOUUBgDxFAYAOhUGAEIVBgCIvBAAmxUGAOQVBgDrFQYAORYGAEcWBgCOFgYAkRYGAOMWBgDrFgYAOBcGADsXBgCNFwYAmRcGAOIXBgDoFwYANxgGAFIYBgCMGAYAmBgGAOEYBgDnGAYANhkGAFkZBgCLGQYAjhkGAOAZBgAEGgYA3bwQAEQaBgCKGgYAjxoGAN8aBgDsGgYANBsGAEEbBgCJGwYAlRsGAN4bBgDtGwYAMxwGAD0cBgCIHAYAlhwGAN0cBgDiHAYAMh0GAD8dBgCHHQYAjx0GADK9EADpHQYAMR4GADkeBgCGHgYAnx4GANseBgDhHgYAMB8GADUfBgCFHwYApR8GANofBgDmHwYALyAGADwgBgCEIAYAjCAGANkgBgDcIAYALiEGADghBgCDIQYAhSEGANghBgDiIQYALSIGADkiBgCHvRAAmCIGANciBgDjIgYALCMGADEjBgCBIwYANCMGAAnlEQCKIwYA1iMGAOAjBgArJAYAMyQGADsQCgA3JAYAgCQGAE4kBgCpTAoAhiQGANUkBgCTJAYAX5QMANskBgAqJQYALyUGAH8lBgCFJQYA3L0QAOIlBgApJgYAPyYGAH4mBgCKJgYA0yYGANgmBgAoJwYAMScGAH0nBgCHJwYA0icGANonBgAnKAYANigGAHwoBgCBKAYA0SgGAN4oBgAmKQYAMykGAHspBgCHKQYA0CkGAN8pBgAlKgYALyoGAHoqBgCIKgYAzyoGANwqBgAkKwYAOysGAHkrBgCBKwYAzisGANgrBgAjLAYAKCwGAHgsBgCALAYA274QANksBgAiLQYAKC0GAHctBgCSLQYAzC0GANgtBgAhLgYAJy4GADC/EAB8LgYAEjYNAIkuBgDLLgYA2i4GACAvBgAsLwYAdS8GAHYvBgDKLwYA1C8GAB8wBgAtMAYAdDAGAHkwBgDJMAYA1jAGAIW/EAAjMQYAczEGAHsxBgDIMQYAyzEGAB0yBgAmMgYAcjIGAIEyBgDHMgYA0jIGABwzBgAkMwYAcTMGAIEzBgDGMwYA1DMGABs0BgAsNAYAcDQGAHw0BgDFNAYAzTQGAITAEAAgNQYAbzUGAHc1BgDENQYAyzUGABk2BgAnNgYAbjYGAHQ2BgDDNgYAzzYGABg3BgAnNwYAbTcGAHc3BgDCNwYAxzcGABc4BgAdOAYAbDgGAIA4BgDBOAYAyTgGABY5BgBAOQYAazkGAHQ5BgDAOQYAzTkGABU6BgAjOgYAajoGAH06BgC/OgYA2zoGANnAEAAZOwYAaTsGAHY7BgC+OwYAyzsGABM8BgAfPAYAaDwGAHc8BgC9PAYAxzwGABI9BgAgPQYAZz0GAGw9BgC8PQYAyT0GABE+BgAZPgYALsEQAHI+BgC7PgYAyz4GABA/BgAZPwYAZT8GAGg/BgC6PwYAxj8GAA9ABgAWQAYAg8EQAI5ABgC5QAYAwkAGAA5BBgAbQQYAY0EGAHFBBgC4QQYAy0EGAA1CBgApQgYA2MEQAHBCBgC3QgYAzUIGAAxDBgAYQwYAYUMGAGhDBgC2QwYAvkMGAAtEBgAQRAYAYEQGAGlEBgC1RAYAv0QGAC3CEAALRQYAX0UGAGtFBgC0RQYAukUGAAlGBgALRgYAXkYGAGhGBgCzRgYAwUYGAAhHBgANRwYAXUcGAGpHBgCyRwYAukcGAAdIBgARSAYAXEgGAGpIBgCxSAYAx0gGAAZJBgASSQYAW0kGAGJJBgCwSQYAuEkGAAVKBgAKSgYAWkoGAGNKBgCvSgYAuUoGAILCEAAKSwYAWUsGAF9LBgCuSwYAs0sGAANMBgAJTAYA18IQAF1MBgCtTAYAukwGAAJNBgAPTQYAV00GAGNNBgCsTQYAu00GAAFOBgALTgYAVk4GAGROBgCrTgYAsE4GAABPBgANTwYAVU8GAF1PBgDWwxAAuE8GAP9PBgAVUAYAVFAGAGBQBgCpUAYArlAGAP5QBgAHUQYAU1EGAF1RBgArxBAAtFEGAP1RBgAOUgYAUlIGAF5SBgCnUgYAtlIGAPxSBgAGUwYAUVMGAF9TBgCmUwYAq1MGAPtTBgAIVAYAUFQGAFpUBgClVAYAXFQGAExYBgCzVAYA+lQGABBVBgBPVQYAW1UGAKRVBgCpVQYA+VUGAAJWBgBOVgYAWFYGAKNWBgCvVgYA+FYGAP5WBgBNVwYAU1cGAKJXBgCnVwYA91cGAP1XBgCAxBAAUlgGAKFYBgCnWAYA9lgGAPtYBgBLWQYAUVkGANXEEACuWQYA9VkGAAtaBgBKWgYAVloGAJ9aBgCkWgYA9FoGAP1aBgBJWwYAU1sGAJ5bBgCqWwYA81sGAAZcBgBIXAYAV1wGAJ1cBgCpXAYA8lwGAPNcBgBHXQYAUV0GAJxdBgCqXQYA8V0GAPZdBgBGXgYAU14GACrFEACqXgYA8F4GABBfBgBFXwYAUV8GAJpfBgCkXwYA718GAPRfBgBEYAYARWAGAJlgBgClYAYA7mAGAPtgBgBDYQYAT2EGAJhhBgCrYQYA7WEGAPxhBgBCYgYATmIGAJdiBgCYYgYA7GIGAPZiBgBBYwYAT2MGAJZjBgCbYwYA62MGAPhjBgB/xRAAXGQGANTFEACbZAYA6mQGAPBkBgA/ZQYARGUGAJRlBgCaZQYAKcYQAO5lBgA+ZgYAQWYGAJNmBgCfZgYA6GYGAO5mBgA9ZwYAWGcGAJJnBgCeZwYA52cGAO1nBgA8aAYAPmgGAJFoBgCsaAYA5mgGAOhoBgA7aQYASWkGAJBpBgChaQYA5WkGAOdpBgA6agYAU2oGAI9qBgCgagYA5GoGAPBqBgAoxxAAQ2sGAI5rBgCcawYA42sGAPlrBgA4bAYARGwGAI1sBgCSbAYA4mwGAOtsBgA3bQYAQW0GAIxtBgCUbQYA4W0GAOZtBgA2bgYARW4GAItuBgCabgYA4G4GAOluBgA1bwYAO28GAIpvBgCQbwYA328GAOtvBgA0cAYAO3AGAIlwBgCRcAYA3nAGAOBwBgAzcQYAQ3EGAIhxBgCScQYA3XEGAOlxBgAycgYAOHIGAIdyBgCPcgYAfccQAOhyBgAxcwYAQnMGAIZzBgCScwYA23MGAOpzBgAwdAYAOnQGAIV0BgCTdAYA2nQGAN90BgAvdQYAPHUGAIR1BgCMdQYA2XUGAON1BgBsjQYA5XUGAC52BgA0dgYAg3YGAIl2BgDYdgYA3XYGAC13BgAzdwYA0scQAI53BgDXdwYA3XcGACx4BgBHeAYAgXgGAI14BgDWeAYA3HgGACt5BgAzeQYAgHkGAIN5BgDVeQYA4XkGACp6BgA7egYAf3oGAIt6BgDUegYA43oGACl7BgAzewYAfnsGAIx7BgDTewYA2HsGACh8BgA1fAYAfXwGAIV8BgDSfAYA3HwGACd9BgA1fQYAfH0GAJJ9BgDRfQYA3X0GACZ+BgArfgYAe34GAIR+BgDQfgYA2n4GANHIEAArfwYAen8GAIB/BgDPfwYA238GACSABgAxgAYAeYAGAIOABgDOgAYA1oAGACOBBgAtgQYAeIEGAH2BBgDNgQYAzoEGACKCBgAnggYAd4IGAIiCBgDMggYA0YIGACGDBgA4gwYAdoMGAIqDBgDLgwYA54MGACCEBgAohAYAJskQAH2EBgDKhAYA1IQGAB+FBgAzhQYAdIUGAHWFBgDJhQYA1YUGAB6GBgA6hgYAc4YGAHuGBgB7yRAA0YYGAB2HBgArhwYAcocGACyHBgAD8goAfIcGAMeHBgDJhwYAHIgGADWIBgBxiAYAgogGAMaIBgDSiAYAG4kGACOJBgDQyRAAfIkGAMWJBgDLiQYAGooGADWKBgBvigYAe4oGAMSKBgDKigYAGYsGAByLBgBuiwYAdosGAMOLBgDTiwYAGIwGAB2MBgBtjAYAdowGAMKMBgDPjAYAF40GAB6NBgAlyhAAeo0GAMGNBgDXjQYAFo4GACKOBgBrjgYAcI4GAMCOBgDJjgYAFY8GAB+PBgBqjwYAho8GAL+PBgDHjwYAesoQABmQBgBpkAYAcZAGAL6QBgDAkAYAE5EGAC6RBgBokQYAapEGAL2RBgDLkQYAEpIGACOSBgBnkgYAaZIGALySBgDVkgYAEZMGACKTBgBmkwYAcpMGALuTBgDDkwYAz8oQAByUBgBllAYAa5QGALqUBgDVlAYAD5UGABuVBgBklQYAapUGALmVBgC8lQYAJMsQACuWBgBjlgYAZJYGALiWBgDHlgYADZcGABKXBgBilwYAb5cGALeXBgDElwYADJgGABiYBgBhmAYAcJgGALaYBgDAmAYAC5kGABmZBgBgmQYAZZkGALWZBgDCmQYACpoGABaaBgBfmgYAZZoGALSaBgBymgYA9K8GALqaBgAJmwYADpsGAF6bBgBkmwYAecsQALibBgAInAYAKJwGAF2cBgBpnAYAspwGALicBgAHnQYAD50GADDJBgAQnQYAXJ0GAGmdBgCxnQYAt50GAAaeBgASngYAW54GAF2eBgCwngYAv54GAAWfBgAQnwYAWp8GAFyfBgCvnwYAyJ8GAASgBgAVoAYAWaAGAGWgBgCuoAYAuqAGAAOhBgAWoQYAWKEGAGehBgCtoQYAuaEGAAKiBgADogYAV6IGAGGiBgCsogYAuqIGAAGjBgAGowYAVqMGAGOjBgDOyxAAuKMGAACkBgAUpAYAVaQGAHGkBgCqpAYAxqQGACPMEAAOpQYAVKUGAFWlBgCppQYAuKUGAP6lBgADpgYAU6YGAGCmBgCopgYAtaYGAP2mBgAJpwYAUqcGAGGnBgCnpwYAsacGAPynBgAKqAYAUagGAFaoBgCmqAYAs6gGAPuoBgALqQYAUKkGAFKpBgClqQYAs6kGAPqpBgALqgYAeMwQAFaqBgDNzBAAqaoGAPmqBgAGqwYATqsGAFurBgCjqwYAqasGAPirBgAErAYATawGAF2sBgCirAYAq6wGAPesBgD6rAYATK0GAFitBgChrQYAqK0GACLNEAACrgYAS64GAFuuBgCgrgYAqa4GAPWuBgD4rgYASq8GAFavBgCfrwYApq8GAHfNEAADsAYASbAGAFWwBgCesAYAn7AGAPOwBgD9sAYASLEGAFaxBgCdsQYAorEGAPKxBgD/sQYAzM0QAEyyBgCcsgYAq7IGAPGyBgARswYARrMGAFKzBgCbswYApbMGAPCzBgD4swYARbQGAFG0BgCatAYAoLQGAO+0BgD1tAYARLUGAEm1BgCZtQYAn7UGAMvOEADztQYAQ7YGAEy2BgCYtgYAqbYGAO22BgD0tgYAQrcGAEq3BgCXtwYApLcGAOy3BgDxtwYAQbgGAEu4BgCWuAYAnrgGAOu4BgD6uAYAQLkGAEW5BgCVuQYAorkGAOq5BgD3uQYAP7oGAEu6BgCUugYAo7oGAOm6BgDzugYAPrsGAEa7BgCTuwYAnbsGAOi7BgDtuwYAPbwGAEW8BgDKzxAAl7wGAOe8BgDqvAYAPL0GAEa9BgAf0BAAl70GAOa9BgDrvQYAO74GAFu+BgCQvgYAnL4GAOW+BgDrvgYAOr8GAD2/BgCPvwYAkb8GAOS/BgD/vwYAOcAGADvABgCOwAYAnMAGAOPABgD0wAYAOMEGADrBBgCNwQYApsEGAOLBBgDzwQYAN8IGAEPCBgB00BAAnMIGAOHCBgABwwYANsMGADjDBgCLwwYAl8MGAEQCDwCawwYAdtgGAKfDBgC+5QYAt8MGAODDBgDjwwYANcQGAETEBgCKxAYAj8QGAN/EBgDsxAYANMUGAEHFBgCJxQYAlcUGAN7FBgDtxQYAM8YGAD3GBgCIxgYAlsYGAN3GBgDixgYAMscGAD/HBgCHxwYAk8cGANzHBgDixwYAMcgGADfIBgCGyAYAi8gGANvIBgDhyAYAydAQAEbJBgCFyQYAh8kGANrJBgDuyQYAL8oGADfKBgCEygYAkcoGANnKBgDeygYALssGADjLBgCDywYAi8sGANjLBgDxywYALcwGADnMBgCCzAYAiswGAB7READyzAYALM0GAC7NBgCBzQYAj80GANbNBgDnzQYAK84GAC3OBgCAzgYAmc4GANXOBgDmzgYAKs8GADbPBgBz0RAAhM8GANTPBgDdzwYAKdAGADrQBgB+0AYAhdAGANPQBgDb0AYAKNEGADXRBgB90QYAgtEGANLRBgDc0QYAJ9IGAC/SBgB80gYAldIGANHSBgDd0gYAJtMGAC7TBgAd0hAAftMGANDTBgDa0wYAJdQGACfUBgB61AYAk9QGAM/UBgDg1AYAJNUGADLVBgB51QYAfNUGAM7VBgDZ1QYAI9YGAC/WBgB41gYAf9YGAHLSEADS1gYAItcGACrXBgB31wYAhdcGAMzXBgDN1wYAIdgGADzYBgDH0hAAe9gGAMvYBgDY2AYAINkGAC3ZBgB12QYAgdkGAMrZBgDZ2QYAH9oGACnaBgB02gYAgtoGAMnaBgDO2gYAHtsGACvbBgBz2wYAf9sGAMjbBgDO2wYAHdwGACPcBgBy3AYAd9wGAMfcBgDN3AYAHNMQACndBgBx3QYAc90GAMbdBgDf3QYAG94GACzeBgBw3gYAfN4GAMXeBgDN3gYAG9QQAB/fBgBv3wYAd98GAMTfBgDd3wYAGeAGAB7gBgBu4AYAc+AGAMPgBgDN4AYAGOEGABvhBgBt4QYAd+EGAMLhBgDI4QYAF+IGABniBgBs4gYAbeIGAMHiBgDJ4gYAFuMGACbjBgBr4wYAceMGAMDjBgDF4wYAFeQGACvkBgBq5AYAcuQGAL/kBgDp5AYAFOUGADflBgBp5QYAiOUGAHDUEADG5QYAxdQQACTmBgBo5gYAduYGAL3mBgDJ5gYAEucGAB/nBgBn5wYAcecGALznBgDE5wYAEegGABzoBgBm6AYAaOgGALvoBgC+6AYAEOkGABjpBgBl6QYAa+kGALrpBgDD6QYAD+oGABzqBgBk6gYAbOoGALnqBgC+6gYADusGABfrBgBj6wYAbesGALjrBgDA6wYADewGABLsBgBi7AYAcuwGALfsBgC/7AYADO0GAA7tBgBh7QYAfO0GALbtBgC47QYAC+4GABnuBgBg7gYAce4GALXuBgC37gYACu8GACPvBgBf7wYAcO8GALTvBgDA7wYACfAGABHwBgAa1RAAZPAGALPwBgC48AYACPEGACjxBgBd8QYAafEGALLxBgC48QYAB/IGAAryBgBc8gYAZPIGALHyBgC78gYABvMGAAvzBgBb8wYAY/MGALDzBgC68wYABfQGAAf0BgBa9AYAa/QGAK/0BgDP9AYABPUGAAz1BgBZ9QYAY/UGAK71BgCz9QYAb9UQABf2BgBY9gYAYPYGAK32BgCy9gYAAvcGABL3BgBX9wYAX/cGAKz3BgC29wYAAfgGAAz4BgBW+AYAYvgGAKv4BgCz+AYAxNUQAAz5BgBV+QYAYfkGAKr5BgCx+QYA//kGAAf6BgBU+gYAbfoGAKn6BgCv+gYA/voGAAP7BgBT+wYAc/sGAKj7BgC0+wYA/fsGAAP8BgBS/AYAVfwGABnWEACp/AYA/PwGALX8BgD0+w8A//wGAFH9BgBb/QYApv0GALT9BgD7/QYACv4GAFD+BgBT/gYApf4GAGj+BgC7PQcAbP4GADIcBwCx/gYA+v4GAPz+BgBP/wYAVf8GAKT/BgCz/wYA+f8GAAQABwBOAAcAVgAHAHt9BwBoAAcAowAHAK8ABwD4AAcACwEHAE0BBwBcAQcAogEHAK4BBwD3AQcA+AEHAEwCBwBWAgcAoQIHAK8CBwD2AgcA+wIHAEsDBwBYAwcAbtYQALoDBwD1AwcABAQHAEoEBwBPBAcAnwQHAKwEBwD0BAcAAQUHAEkFBwBVBQcAngUHAK0FBwDzBQcA/QUHAEgGBwBWBgcAnQYHAKIGBwDyBgcA/wYHAEcHBwBTBwcAnAcHAKIHBwDxBwcA9wcHAEYIBwBLCAcAmwgHAKEIBwDD1hAA8QgHAEUJBwD5CAcA9asJAP0IBwC3lAkA/wgHAMyBBwAQCQcApvYNAFEJBwCaCQcAoAkHAKdQCACnCQcA7wkHAPIJBwBECgcAUAoHAJkKBwCbCgcA7goHAPQKBwBDCwcAUgsHAJgLBwCjCwcA7QsHAO4LBwBCDAcAVgwHAJcMBwCxDAcA7AwHAPgMBwBBDQcAVA0HAJYNBwClDQcA6w0HAPcNBwBADgcAQQ4HAJUOBwCfDgcA6g4HAPgOBwA/DwcARA8HAJQPBwChDwcAGNcQAAMQBwA+EAcATRAHAJMQBwCYEAcA6BAHAPUQBwA9EQcAShEHAJIRBwCeEQcA5xEHAPYRBwA8EgcARhIHAJESBwCfEgcA5hIHAOsSBwA7EwcASBMHAJATBwCcEwcA5RMHAOsTBwA6FAcAQBQHAI8UBwCUFAcA5BQHAOoUBwBt1xAARxUHAI4VBwCpFQcA4xUHAPEVBwA4FgcARRYHAI0WBwCkFgcA4hYHAPEWBwA3FwcAPBcHAIwXBwCZFwcA4RcHAO4XBwA2GAcAQhgHAIsYBwCaGAcA4BgHAOoYBwA1GQcAQxkHAIoZBwCPGQcA3xkHAOwZBwA0GgcANxoHAIkaBwCVGgcA3hoHAOQaBwAzGwcAORsHAIgbBwCNGwcA3RsHAOMbBwDC1xAAThwHABfYEACNHAcA3BwHAN4cBwAxHQcAPh0HAIYdBwCJHQcA2x0HANwdBwAwHgcANR4HAIUeBwCLHgcA2h4HAOQeBwAvHwcASx8HAIQfBwCgHwcAbNgQAN8fBwAuIAcAMCAHAIMgBwCQIAcA2CAHANsgBwAtIQcALiEHAIIhBwCHIQcA1yEHAN0hBwAsIgcANiIHAIEiBwCdIgcA1iIHAPIiBwDB2BAAMSMHAIAjBwCGIwcA1SMHANojBwAqJAcAMCQHABbZEACBJAcA1CQHAOIkBwApJQcAOiUHABXaEACFJQcAatoQANglBwAoJgcAMCYHAH0mBwCCJgcA0iYHAIwmBwC+OgcA0yYHACcnBwAzJwcAfCcHAIknBwDRJwcA2ScHACYoBwAwKAcAeygHAIooBwDQKAcA0SgHACUpBwAtKQcAeikHAIkpBwDPKQcA1CkHACQqBwAxKgcAeSoHAIYqBwDOKgcA2ioHACMrBwAyKwcAeCsHAIIrBwDNKwcA2ysHACIsBwAnLAcAdywHAIQsBwDMLAcA1CwHACEtBwArLQcAdi0HAHstBwDLLQcA0y0HABTbEAAlLgcAdS4HAH4uBwBwMwcAgi4HAMouBwDXLgcAHy8HACsvBwB0LwcAgy8HAMkvBwDTLwcAHjAHACwwBwBzMAcAeDAHAMgwBwDVMAcAHTEHACUxBwBp2xAAfjEHAMcxBwDXMQcAHDIHACUyBwBxMgcAdDIHAMYyBwDSMgcAGzMHACIzBwC+2xAAgTMHAMUzBwDMMwcAGjQHACc0BwBvNAcAjjQHAMQ0BwDONAcAGTUHACE1BwBuNQcAfTUHAMM1BwDINQcAGDYHACU2BwBtNgcAejYHAMI2BwDONgcAFzcHACY3BwBsNwcAdjcHAME3BwDJNwcAFjgHACA4BwBrOAcAcDgHAMA4BwDIOAcAE9wQACE5BwBqOQcAcDkHAL85BwDaOQcAFDoHACA6BwBpOgcAbzoHAGjcEADDOgcAEzsHACA7BwBoOwcAdTsHAL07BwDJOwcAEjwHACE8BwBnPAcAcTwHAL3cEADGPAcAET0HABY9BwBmPQcAbj0HABLdEADFPQcAED4HABY+BwBlPgcAZz4HALo+BwDHPgcADz8HABI/BwBkPwcAZT8HALk/BwC+PwcADkAHABRABwBjQAcAbUAHALhABwDSQAcADUEHABxBBwBiQQcAZ0EHALdBBwDEQQcADEIHABlCBwBhQgcAbUIHALZCBwDFQgcAC0MHABVDBwBgQwcAbkMHALVDBwC6QwcACkQHABdEBwBfRAcAaUQHAABOBwBrRAcAtEQHALpEBwAJRQcAD0UHAF5FBwBjRQcAs0UHALlFBwBn3RAADUYHAF1GBwBqRgcAskYHAL9GBwAHRwcAE0cHAFxHBwBrRwcAsUcHALtHBwAGSAcAFEgHAFtIBwBgSAcAsEgHAL1IBwAFSQcADUkHAGbeEABgSQcAr0kHALVJBwAESgcACUoHAFlKBwBfSgcAu94QALBKBwADSwcADEsHAFhLBwBbSwcArUsHALlLBwACTAcACUwHAFdMBwBfTAcArEwHAMVMBwABTQcAFU0HAFZNBwByTQcAq00HALNNBwBl3xAADk4HAFVOBwBrTgcAqk4HALZOBwD/TgcABE8HAFRPBwBdTwcAqU8HALNPBwD+TwcAGlAHAFNQBwBbUAcAut8QAK1QBwD9UAcAClEHAFJRBwBfUQcAp1EHALNRBwD8UQcAC1IHAFFSBwBbUgcAplIHALRSBwD7UgcAAFMHAFBTBwBdUwcApVMHAK1TBwAP4BAACFQHAE9UBwBlVAcApFQHALBUBwD5VAcA/lQHAE5VBwBXVQcAo1UHAK1VBwD4VQcAAFYHAE1WBwBcVgcAolYHAKRWBwD3VgcAAFcHAExXBwBPVwcAoVcHAK1XBwD2VwcA/VcHAEtYBwBTWAcAoFgHALlYBwD1WAcACVkHAEpZBwBmWQcAn1kHAKdZBwBk4BAA+VkHAElaBwBWWgcAnloHAKtaBwDzWgcA/1oHAEhbBwBXWwcAnVsHAKdbBwDyWwcA/FsHAEdcBwBVXAcAnFwHALJcBwDxXAcA/VwHAEZdBwBLXQcAm10HAKRdBwDwXQcA+l0HAEVeBwBRXgcAml4HAKBeBwDvXgcA9V4HAERfBwBJXwcAmV8HAJ9fBwC54BAA+l8HAENgBwBHYAcAmGAHAKdgBwDtYAcA8mAHAEJhBwBPYQcAl2EHAKRhBwDsYQcA+GEHAEFiBwBQYgcAlmIHAKBiBwDrYgcA+WIHAEBjBwBFYwcAlWMHAKJjBwDqYwcA9mMHAD9kBwBFZAcAlGQHAJpkBwDpZAcA7mQHAD5lBwBEZQcADuEQAJhlBwDoZQcA72UHAD1mBwBJZgcAkmYHAJRmBwDnZgcAlWYHAIxsBwACZwcAPGcHAD5nBwCRZwcAn2cHAOZnBwD3ZwcAO2gHAD1oBwCQaAcAqWgHAOVoBwD2aAcAOmkHAEZpBwCPaQcAm2kHAORpBwD3aQcAOWoHAEhqBwCOagcAmmoHAONqBwDkagcAOGsHAEJrBwCNawcAm2sHAOJrBwDnawcAN2wHAERsBwBj4RAAjmwHAOFsBwD8bAcANm0HADhtBwCLbQcAmW0HAOBtBwDxbQcANW4HADduBwCKbgcAo24HAN9uBwDwbgcANG8HAEBvBwCJbwcAlW8HAN5vBwDxbwcAM3AHAEJwBwCIcAcAlHAHAN1wBwDecAcAMnEHADxxBwCHcQcAlXEHANxxBwDhcQcAMXIHAD5yBwBi4hAAi3IHANtyBwDjcgcAMHMHADJzBwCFcwcAlnMHANpzBwDocwcAL3QHAEp0BwCEdAcAkHQHANl0BwDhdAcAYeMQADN1BwCDdQcAinUHANh1BwDkdQcALXYHADB2BwCCdgcAinYHANd2BwDndgcALHcHADF3BwCBdwcAincHANZ3BwDjdwcAK3gHADJ4BwCAeAcAiHgHALbjEADieAcAKnkHADJ5BwB/eQcAk3kHANR5BwDZeQcAKXoHADJ6BwB+egcAhHoHANN6BwDbegcAKHsHADd7BwB9ewcAjnsHANJ7BwDbewcAJ3wHACp8BwB8fAcAhnwHANF8BwDdfAcAJn0HACx9BwAL5BAAiH0HANB9BwDVfQcAJX4HACx+BwB6fgcAhn4HAM9+BwDXfgcAYOQQAD9/BwB5fwcAe38HAM5/BwDcfwcAI4AHADSABwB4gAcAeoAHAM2ABwDmgAcAIoEHADOBBwB3gQcAg4EHALXkEADbgQcAIYIHACqCBwB2ggcAfIIHAMuCBwDRggcAIIMHACyDBwB1gwcAfIMHAMqDBwDSgwcAH4QHACOEBwB0hAcAf4QHAMmEBwDXhAcAHoUHAC+FBwBzhQcAf4UHAMiFBwDQhQcACuUQACCGBwByhgcAfIYHAMeGBwDJhgcAHIcHADWHBwBxhwcAgocHAMaHBwDUhwcAG4gHAB6IBwBwiAcAe4gHAMWIBwDTiAcAGokHACeJBwBviQcAhokHAMSJBwDMiQcAGYoHABuKBwBuigcAdooHAMOKBwDSigcAGIsHAB2LBwBtiwcAeosHAMKLBwDPiwcAF4wHACOMBwBsjAcAe4wHAMGMBwDLjAcAFo0HACSNBwBrjQcAcI0HAMCNBwDNjQcAFY4HAB2OBwBqjgcAdI4HAL+OBwDEjgcAFI8HAByPBwBpjwcAbI8HAL6PBwDbjwcAE5AHACSQBwBokAcAcJAHAL2QBwDAkAcAEpEHAB6RBwBnkQcAbZEHALyRBwDXkQcAEZIHAB2SBwBmkgcAbJIHAF/lEADKkgcAEJMHABGTBwBlkwcAnZMHALqTBwDIkwcAD5QHABCUBwBklAcAbJQHALmUBwDIlAcADpUHABOVBwBjlQcAcJUHALiVBwDFlQcADZYHABmWBwBilgcAcZYHALeWBwDBlgcADJcHABqXBwBhlwcAZpcHALaXBwDDlwcAC5gHABOYBwBgmAcAapgHALWYBwC6mAcACpkHABKZBwBfmQcAaZkHALSZBwC/mQcACZoHABWaBwBemgcAZpoHALTlEAC4mgcACJsHAAubBwBdmwcAZ5sHALKbBwC6mwcACeYQABWcBwBcnAcAcpwHALGcBwC9nAcABp0HAAudBwBbnQcAZJ0HALCdBwC6nQcABZ4HAA2eBwBangcAZp4HAK+eBwDCngcABJ8HAAWfBwBZnwcAZ58HAK6fBwC0nwcAA6AHAA+gBwBYoAcAX6AHAF7mEACuoAcAAqEHAA6hBwBXoQcAZKEHAKyhBwC0oQcAAaIHAAuiBwBWogcAZaIHAKuiBwCsogcAAKMHAAijBwBVowcAZKMHAKqjBwCvowcA/6MHAAykBwBUpAcAYaQHAKmkBwC1pAcA/qQHAA2lBwBTpQcAXaUHAKilBwC2pQcA/aUHAAKmBwBSpgcAX6YHAKemBwCvpgcA/KYHAACnBwBRpwcAX6cHAKanBwCwpwcA+6cHAAaoBwBQqAcAWKgHAKWoBwCwqAcA+qgHAP+oBwBPqQcAUqkHAKSpBwCuqQcA+akHAAGqBwBOqgcAbaoHALPmEACyqgcA+KoHAPmqBwBNqwcAVasHAKKrBwCjqwcA96sHAP2rBwBMrAcAUawHAKGsBwC8rAcA9qwHAAStBwBLrQcAUq0HAKCtBwCsrQcA9a0HAPutBwBKrgcAZq4HAJ+uBwCnrgcACOcQAPquBwBJrwcAT68HAJ6vBwCjrwcA868HAPmvBwBd5xAATbAHAJ2wBwCksAcA8rAHAP6wBwBHsQcAT7EHAAfoEACvsQcA8bEHACeyBwBGsgcASLIHAEWzBwB7sgcAm7IHAMCyBwDwsgcA97IHALHoEAAqswcAXOgQAFWzBwCaswcA1LMHAAbpEAD4swcAI3sMAPmzBwDMeg4ADLQHAES0BwAPtAcAQ68NAFW0BwCZtAcAobQHAO60BwDxtAcAQ7UHAE+1BwCYtQcAnrUHAO21BwAItgcAQrYHAE62BwCXtgcAnbYHAOy2BwD0tgcAQbcHAF23BwCWtwcAnrcHAFvpEAD6twcAQLgHAEG4BwCVuAcAnbgHAOq4BwDruAcAP7kHAEW5BwCUuQcAmbkHAOm5BwAEugcAProHAEy6BwCTugcAmroHAOi6BwD0ugcAPbsHAEO7BwCSuwcArrsHAOe7BwDvuwcAsOkQAEK8BwCRvAcAl7wHAOa8BwDrvAcAO70HAEG9BwAF6hAAlb0HAOW9BwDsvQcAOr4HAEa+BwCPvgcAl74HAK/qEAD3vgcAOb8HAG+/BwCOvwcAkL8HAI3ABwDDvwcA478HAAjABwA4wAcAP8AHAFnrEABywAcABOsQAJ3ABwDiwAcAHMEHAK7rEAA5wQcAjMEHAI3BBwDhwQcA68EHADbCBwBEwgcAi8IHAKbCBwDgwgcA7MIHADXDBwA9wwcAA+wQAJbDBwDfwwcA5cMHADTEBwBPxAcAicQHAJXEBwDexAcA5MQHADPFBwA7xQcAiMUHAJbFBwDdxQcA4MUHADLGBwA6xgcAh8YHAJDGBwDcxgcA6cYHADHHBwAzxwcAhscHAKHHBwDbxwcA3ccHADDIBwA+yAcAhcgHAJbIBwDayAcA3MgHAC/JBwBIyQcAhMkHAJXJBwDZyQcA5ckHAC7KBwA2ygcAWOwQAInKBwDYygcA4MoHAC3LBwA0ywcAgssHAIfLBwDXywcA48sHACzMBwAvzAcAgcwHAInMBwDWzAcA48wHACvNBwAwzQcAgM0HAIrNBwDVzQcA3c0HACrOBwA2zgcAf84HAJLOBwDUzgcA4s4HACnPBwAszwcAfs8HAIjPBwCt7BAA1s8HACjQBwAw0AcAfdAHAIDQBwDS0AcA3tAHACfRBwAt0QcAfNEHAJfRBwDR0QcA3dEHACbSBwAs0gcAe9IHAIPSBwDQ0gcA3tIHACXTBwAo0wcAetMHAILTBwDP0wcA2NMHACTUBwAx1AcAedQHAHvUBwDO1AcA6dQHACPVBwAl1QcAeNUHAIbVBwDN1QcA3tUHACLWBwAk1gcAd9YHAJDWBwDM1gcA3dYHACHXBwAt1wcAdtcHAH7XBwAC7RAA0dcHACDYBwAo2AcAddgHAHzYBwDK2AcAz9gHAB/ZBwAr2QcAdNkHAHfZBwDJ2QcA0dkHAB7aBwAr2gcAc9oHAHjaBwDI2gcA0toHAB3bBwAl2wcActsHAH7bBwDH2wcA2tsHABzcBwAq3AcAcdwHAHTcBwDG3AcA0NwHAFftEAAe3QcAcN0HAHzdBwDF3QcAy90HABreBwA13gcAb94HAHveBwDE3gcAyt4HABnfBwAh3wcAbt8HAHzfBwDD3wcAxt8HABjgBwAg4AcAbeAHAHbgBwDC4AcAz+AHABfhBwAZ4QcAbOEHAIfhBwDB4QcAw+EHABbiBwAk4gcAa+IHAHziBwDA4gcAwuIHABXjBwAu4wcAauMHAHvjBwC/4wcAy+MHABTkBwAc5AcArO0QAG/kBwC+5AcAxuQHABPlBwAa5QcAaOUHAG3lBwC95QcAyeUHABLmBwAV5gcAZ+YHAG/mBwC85gcAyeYHABHnBwAW5wcAZucHAHDnBwC75wcAw+cHABDoBwAc6AcAZegHAHjoBwC66AcAyOgHAA/pBwAS6QcAZOkHAG7pBwAB7hAAwekHAFbuEAAc6gcAY+oHAHTqBwC46gcAxOoHAA3rBwAV6wcAq+4QAGfrBwC36wcAwesHAAzsBwAU7AcAYewHAHHsBwC27AcAu+wHAAvtBwAU7QcAYO0HAG3tBwC17QcAvO0HAADvEAAM7gcAX+4HAA/uBwCm+wgAE+4HAPSmDwAW7gcAn6cOABjuBwDqYQkAae4HAIYVDwBw7gcAtO4HAMXuBwAJ7wcAF+8HAF7vBwB67wcAs+8HAM/vBwBV7xAAFvAHAF3wBwBq8AcAsvAHAMnwBwAH8QcAE/EHAFzxBwBi8QcAsfEHALfxBwAG8gcAC/IHAFvyBwBh8gcAqu8QAMbyBwAF8wcAFPMHAFrzBwAx8wcAVfgHAFzzBwCv8wcAvvMHAAT0BwAP9AcAWfQHAGX0BwCu9AcAsfQHAAP1BwC19AcA9gEIAMr0BwCn+wcAD/UHAFj1BwBe9QcArfUHAMj1BwAC9gcADvYHAFf2BwBd9gcArPYHALj2BwAB9wcAB/cHAFb3BwBc9wcAq/cHALD3BwAA+AcABvgHAP/vEABY+AcAqvgHAMb4BwD/+AcAB/kHAP7wEABg+QcAqfkHAK/5BwD++QcAGfoHAFP6BwBf+gcAqPoHAK76BwD9+gcABfsHAFL7BwBz+wcAU/EQAK/7BwCo8RAAAfwHAFH8BwBe/AcApvwHALP8BwD7/AcAB/0HAFD9BwBf/QcApf0HAK/9BwD6/QcAAv4HAE/+BwBZ/gcApP4HALL+BwD5/gcAD/8HAE7/BwBa/wcAo/8HAKj/BwD4/wcAAQAIAE0ACABXAAgAogAIAKoACAD3AAgAAQEIAEwBCABRAQgAoQEIAKkBCAD98RAAAgIIAEsCCABeAggAoAIIAK8CCAD1AggAAQMIAEoDCABLAwgAnwMIAKkDCAD0AwgAAgQIAEkECABOBAgAngQIAKsECABS8hAA/gQIAEgFCABUBQgAnQUIAKMFCADyBQgA/gUIAEcGCABPBggAUfMQAJ8GCADxBggA+QYIAEYHCABTBwgAmwcIAKAHCADwBwgA+AcIAEUICABHCAgAmggIALUICADvCAgA8QgIAEQJCABSCQgAmQkIAKoJCADuCQgA8AkIAEMKCABcCggAmAoIAKkKCADtCggA+QoIAEILCABKCwgApvMQAJwLCADsCwgA+QsIAEEMCABODAgAlgwIAKIMCADrDAgA+gwIAEANCABKDQgAlQ0IAKMNCADqDQgA7w0IAD8OCABMDggAlA4IAJwOCADpDggA6w4IAD4PCABIDwgAkw8IAJsPCAD78xAA8w8IAD0QCABLEAgAkhAIAJUQCADnEAgA7xAIADwRCABSEQgAkREIAJYRCADmEQgA/BEIADsSCABHEggAkBIIAJ0SCADlEggA7xIIAFD0EAA8EwgAjxMIAJ0TCADkEwgA9RMIAKX0EAA/FAgAjhQIAJoUCAD69BAA5RQIADgVCAA+FQgAjRUIAK0VCADiFQgA7hUIADcWCAA+FggAjBYIAJQWCADhFggA6BYIADYXCABCFwgAixcIAI0XCADgFwgA5xcIAE/1EAA4GAgAihgIAJIYCADfGAgA7xgIADQZCAA2GQgAiRkIAJcZCADeGQgA7xkIAKT1EAA6GggA+fUQAJUaCADdGggA5BoIADIbCAA6GwgAhxsIAJUbCADcGwgA3xsIADEcCAA5HAgAhhwIAI0cCADbHAgA6RwIADAdCAAzHQgAhR0IAIcdCADaHQgA8x0IAC8eCABAHggAhB4IAJAeCADZHggA4B4IAC4fCAA2HwgAgx8IAIwfCADYHwgA5R8IAC0gCAA3IAgAgiAIAJAgCADXIAgA6CAIACwhCAA0IQgAgSEIAIshCADWIQgA5CEIACsiCABBIggAgCIIAIwiCADVIggA3CIIACojCAAyIwgAfyMIAIUjCADUIwgA4CMIACkkCAAzJAgAfiQIAIQkCADTJAgA5yQIAKP2EAA2JQgAfSUIAJYlCADSJQgA6CUIACcmCAA2JggAfCYIAJYmCADRJggA1CYIAMwrCADcJggAxzAIAOAmCAAmJwgAKycIAHsnCACIJwgA0CcIAN0nCAAlKAgAMSgIAHooCACJKAgAzygIANkoCAAkKQgAMikIAHkpCAB+KQgAzikIANspCAAjKggALyoIAHgqCAB+KggAzSoIANMqCAAiKwgAJysIAHcrCAB9KwgA+PYQANgrCAAhLAgAJywIAHYsCACRLAgAyywIANcsCAAgLQgAJi0IAHUtCAB8LQgAyi0IAM8tCABzLwgA1i0IAB8uCAAhLggAdC4IAHsuCADJLggA5S4IAB4vCAAmLwgA9/cQAHcvCADILwgA1S8IAB0wCAA5MAgAcjAIAHowCABM+BAAzDAIABwxCAAfMQgAcTEIAHsxCADGMQgA1zEIABsyCAAgMggAcDIIAHUyCADFMggA5TIIABozCAAjMwgAbzMIAHAzCADEMwgA0DMIABk0CAAfNAgAbjQIAHQ0CADDNAgAyDQIABg1CAAeNQgAofgQAG41CADCNQgAzjUIABc2CAAkNggAbDYIAHQ2CADBNggAyjYIABY3CAAjNwgAazcIAHk3CADANwgA0zcIABU4CAAdOAgAajgIAG04CAC/OAgAxDgIABQ5CAAjOQgAaTkIAIk5CAC+OQgAyjkIABM6CAAdOggAoPkQAHI6CAC9OggAvzoIABI7CAAcOwgAZzsIAHA7CAC8OwgAvzsIABE8CAAZPAgAZjwIAJ08CAD1+RAAxzwIABA9CAAfPQgAZT0IAIU9CAC6PQgAxj0IAA8+CAAWPggAZD4IAGk+CAC5PggAuj4IAA4/CAAaPwgAYz8IAGk/CAC4PwgAuj8IAA1ACAAXQAgAYkAIAHBACAC3QAgAvEAIAAxBCAAZQQgAYUEIAGtBCAC2QQgAxEEIAAtCCAAhQggAYEIIAGxCCAC1QggAukIIAApDCAATQwgAX0MIAGlDCAC0QwgAwEMIAAlECAAcRAgAXkQIAG1ECACzRAgAv0QIAAhFCAAJRQgAXUUIAGdFCACyRQgAwEUIAAdGCAAMRggAXEYIAGlGCABK+hAAv0YIAAZHCAAcRwgAW0cIAGdHCACwRwgAt0cIAAVICAANSAgAWkgIAF9ICACvSAgAuEgIAARJCAAOSQgAWUkIAGFJCACuSQgAskkIAANKCAAFSggAWEoIAGZKCACtSggAt0oIAAJLCAAQSwgAV0sIAGRLCACsSwgAw0sIAAFMCAAJTAgAVkwIAGZMCACrTAgAsEwIAABNCAAGTQgAVU0IAF1NCACqTQgAr00IAP9NCAAATggAVE4IAGBOCACpTggAr04IAP5OCAAATwgAU08IAF1PCACoTwgAtk8IAP1PCAACUAgAUlAIAF9QCABJ+xAAqVAIAPxQCAAGUQgAUVEIAF9RCACmUQgAq1EIAPtRCAAIUggAUFIIAFJSCAAlJgoAWlIIAKVSCACzUggA+lIIABBTCABPUwgAW1MIAKRTCACpUwgA+VMIAAJUCABOVAgAWFQIAKNUCACvVAgA+FQIAAtVCABNVQgAXFUIAKJVCACuVQgA91UIAPhVCABMVggAVlYIAKFWCACvVggA9lYIAPtWCABLVwgAWFcIAJ77EACpVwgA9VcIAP9XCABKWAgATFgIAJ9YCACpWAgA9FgIAABZCABJWQgAUVkIAJ38EACfWQgA81kIAP9ZCABIWggATloIAJ1aCACfWggA8loIAPxaCABHWwgAVVsIAJxbCAChWwgA8VsIAP5bCABGXAgATlwIAJtcCAClXAgA8FwIAP5cCABFXQgAW10IAJpdCACmXQgA710IAPZdCABEXggATF4IAJleCACeXggA7l4IAPdeCABDXwgATV8IAJhfCACtXwgA7V8IAPZfCABCYAgAT2AIAJdgCACZYAgA7GAIAAVhCABBYQgAUmEIAJZhCACiYQgA62EIAPNhCADy/BAARWIIAJViCACdYggA6mIIAABjCAA/YwgARGMIAJRjCACbYwgA6WMIAPdjCAA+ZAgATmQIAJNkCACnZAgA6GQIAPBkCAA9ZQgATGUIAJJlCACXZQgA52UIAPBlCAA8ZggASWYIAJFmCACbZggA5mYIAPJmCAA7ZwgAQWcIAEf9EACeZwgA5WcIAPtnCAA6aAgARmgIAI9oCACUaAgA5GgIAO1oCAA5aQgAQ2kIAI5pCACWaQgA42kIAOdpCAA4aggAOmoIAI1qCACbaggA4moIAOxqCAA3awgARWsIAIxrCACZawgA4WsIAPhrCAA2bAgAPmwIAItsCACbbAgA4GwIAOVsCAA1bQgAO20IAIptCACSbQgA320IAPptCAA0bggANm4IAIluCACabggA3m4IAOduCAAzbwgAP28IAJz9EACNbwgA3W8IAOBvCAAycAgAPHAIAIdwCACJcAgA3HAIAPdwCAAxcQgAM3EIAIZxCACUcQgA23EIAOxxCAAwcggAMnIIAIVyCACecggA2nIIAOtyCAAvcwgAO3MIAPH9EAChcwgA2XMIAOpzCAAudAgASnQIAIN0CACLdAgARv4QAN10CAAtdQgANXUIAIJ1CACNdQgA13UIANx1CAAsdggAL3YIAIF2CACLdggA1nYIANl2CAArdwgAM3cIAIB3CACCdwgA1XcIAPB3CAAqeAgALHgIAH94CACNeAgA1HgIAOV4CAApeQgAK3kIAH55CACXeQgA03kIAOR5CAAoeggANHoIAH16CACFeggAm/4QAN96CAAnewgAL3sIAHx7CACGewgA0XsIANx7CAAmfAgAMnwIAHt8CACDfAgA8P4QANV8CAAlfQgAKn0IAHp9CACLfQgARf8QANx9CAAkfggAJn4IAHl+CACSfggAzn4IAN9+CAAjfwgAL38IAHh/CACAfwgAmv8QANJ/CAAigAgAKoAIAHeACACGgAgAzIAIANKACAAhgQgALYEIAHaBCAB4gQgAy4EIANWBCAAggggALIIIAHWCCAB9gggA7/8QANaCCAAfgwgAIoMIAHSDCAB3gwgAyYMIANeDCAAehAgAI4QIAHOECACAhAgARAARANmECAAdhQgAJYUIAHKFCAAqhQgAvo4IAH2FCADHhQgAzIUIAByGCAAfhggAcYYIAHuGCADGhggA6YYIABuHCAAehwgAcIcIAJSHCADFhwgAzYcIAJkAEQAgiAgAb4gIAH2ICADEiAgA0IgIABmJCAAgiQgAbokIAHaJCADDiQgA04kIABiKCAAdiggAbYoIAHOKCADCiggAyooIABeLCAA0iwgAbIsIAHWLCADBiwgAzYsIABaMCAAcjAgAa4wIAH+MCADAjAgAyIwIABWNCAAljQgAao0IAGyNCAC/jQgAzY0IABSOCAAljggA7gARAHCOCABDAREAw44IABOPCAAajwgAaI8IAHSPCAC9jwgAwI8IABKQCAAikAgAZ5AIAGmQCAC8kAgAypAIABGRCAAikQgAmAERAG2RCADtAREAzpEIABCSCAAfkggAZZIIAHGSCAC6kggAu5IIAA+TCAAZkwgAZJMIAHKTCAC5kwgAvpMIAA6UCAAblAgAQgIRAGiUCAC4lAgAwZQIAA2VCAAelQgAYpUIAGmVCAC3lQgAv5UIAAyWCAAZlggAYZYIAGaWCAC2lggAwJYIAAuXCAATlwgAYJcIAGaXCAC1lwgAwZcIAAqYCAAMmAgAX5gIAG6YCAC0mAgAv5gIAAmZCAARmQgAXpkIAGCZCACzmQgAwJkIAAiaCAAcmggAXZoIAGWaCACymggAwZoIAAebCAAMmwgAXJsIAGmbCACxmwgAu5sIAAacCAAInAgAW5wIAGqcCACwnAgAupwIAAWdCAANnQgAWp0IAFudCACvnQgAtJ0IAASeCAASnggAWZ4IAGaeCACunggAuJ4IAEEDEQAGnwgAWJ8IAGSfCACerggAdJ8IAK2fCAC1nwgAlgMRAAegCABXoAgAX6AIAKygCACvoAgAAaEIAA2hCABWoQgAXKEIAKuhCADGoQgAAKIIAAyiCABVoggAW6IIAKqiCACtoggA/6IIAAejCABUowgAVqMIAKmjCADEowgA/qMIAACkCABTpAgAYaQIAKikCAC5pAgA/aQIAP+kCABSpQgAa6UIAKelCAC4pQgA/KUIAAimCABRpggAWaYIAOsDEQCrpggA+6YIAAGnCABQpwgAWKcIAKWnCAC0pwgA+qcIAP+nCABPqAgAXKgIAKSoCACxqAgA+agIAAWpCABOqQgAXakIAKOpCACtqQgA+KkIAAaqCABNqggAUqoIAKKqCACvqggAQAQRAAOrCABMqwgAUqsIAKGrCAC8qwgA9qsIAAKsCABLrAgAUawIAKCsCACjrAgA9awIAAGtCABKrQgAUK0IAJ+tCAClrQgA9K0IAPmtCABJrggAT64IAJUEEQCkrggA864IAPmuCABIrwgATa8IAJ2vCACjrwgA6gQRAPevCABHsAgAVLAIAJywCACpsAgA8bAIAP2wCABGsQgAVbEIAJuxCAClsQgA8LEIAP6xCABFsggASrIIAJqyCACnsggA77IIAAezCABEswgASrMIAJmzCAClswgA7rMIAP6zCABDtAgATLQIAJi0CACbtAgA7bQIAPm0CABCtQgASbUIAOkFEQCZtQgA7LUIAPa1CABBtggARLYIAJa2CACetggA67YIAO62CABAtwgATLcIAJW3CACbtwgA6rcIAAW4CAA/uAgAS7gIAJS4CACauAgAPgYRAAm5CAA+uQgASbkIAJO5CACYuQgA6LkIAPG5CAA9uggAQLoIAJK6CACeuggA57oIAPO6CACHxQgA/7oIADy7CABDuwgAkbsIAJe7CADmuwgA9LsIADu8CABWvAgAkLwIAJy8CADlvAgA67wIADq9CABUvQgAj70IAJu9CADkvQgA6r0IADm+CAA/vggAjr4IAJO+CADjvggA6b4IAJMGEQBFvwgAjb8IAJm/CADivwgA7L8IADfACAA7wAgAjMAIAJHACADhwAgA58AIADbBCABWwQgAi8EIAJfBCADgwQgA5sEIADXCCAA7wggAisIIAI/CCADfwggA5cIIAD0HEQA5wwgAicMIAJDDCADewwgA6sMIADPECABPxAgAiMQIAJDECAA8CBEABsUIADLFCABYxQgAkQgRAJrFCADcxQgA68UIADHGCAA9xggAhsYIAIfGCADbxggA5cYIADDHCAA+xwgAhccIAIrHCADaxwgA58cIAOYIEQA3yAgA5QkRAInICADZyAgA5sgIAC7JCAA7yQgAg8kIAI/JCADYyQgA58kIAC3KCAA3yggAgsoIAJDKCADXyggA3MoIACzLCAA5ywgAgcsIAInLCAA6ChEA4ssIACvMCAA7zAgAgMwIAInMCADVzAgA2MwIACrNCAA2zQgAf80IAIbNCACPChEA380IACnOCAA1zggAfs4IAIbOCADkChEA4M4IACjPCAAvzwgAfc8IAH7PCADSzwgA188IACfQCAA10AgAfNAIAInQCADR0AgA29AIACbRCAAu0QgAe9EIAITRCADQ0QgA1tEIACXSCAA20ggAetIIAJbSCADP0ggA19IIADkLEQAv0wgAedMIAIPTCADO0wgA2NMIACPUCAAk1AgAjgsRAH3UCADN1AgA2tQIACLVCAAv1QgAd9UIAIPVCADM1QgA29UIACHWCAAr1ggAdtYIAH7WCADL1ggA1dYIACDXCAAl1wgAddcIAH3XCADjCxEA1dcIAB/YCAAr2AgAdNgIAHzYCAA4DBEAztgIAB7ZCAAt2QgAc9kIAJPZCADI2QgA1NkIAB3aCAAj2ggActoIAHraCADH2ggAztoIABzbCAAe2wgAcdsIAH3bCADG2wgA3NsIABvcCAAg3AgAcNwIAH3cCACNDBEAytwIABrdCAAp3QgAb90IAI/dCADE3QgA0N0IABneCAAf3ggAbt4IAHbeCADD3ggAyt4IABjfCAAa3wgAbd8IAHnfCADC3wgA2N8IABfgCAAc4AgAbOAIAHngCADB4AgAyeAIABbhCAAc4QgAa+EIAHThCADA4QgAzeEIABXiCAAi4ggAauIIAHjiCAC/4ggAzOIIABTjCAAr4wgAaeMIAJnjCADiDBEAxOMIABPkCADL4wgA37wOACnkCABo5AgAduQIAL3kCADA5AgAEuUIABXlCABn5QgAdeUIALzlCADB5QgAEeYIAB7mCABm5ggAbuYIALvmCADC5ggAEOcIABznCABl5wgAcucIALrnCADI5wgAD+gIABvoCABk6AgAa+gIALnoCADB6AgADukIABLpCABj6QgAbukIALjpCADG6QgADeoIAB7qCABi6ggAbuoIALfqCAC/6ggANw0RABLrCABh6wgAdesIALbrCADE6wgAC+wIABjsCABg7AgAd+wIALXsCAC97AgACu0IABTtCABf7QgAZO0IALTtCAC87QgACe4IABjuCABe7ggAY+4IALPuCADA7ggACO8IABXvCABd7wgAae8IALLvCADB7wgAB/AIABHwCABc8AgAZPAIALHwCAC78AgABvEIAAvxCABb8QgAY/EIAIwNEQC78QgABfIIABHyCABa8ggAYvIIAOENEQC08ggABPMIABPzCABZ8wgAefMIAK7zCAC68wgAA/QIAAn0CABY9AgAYPQIAK30CAC09AgAAvUIAAT1CABX9QgAY/UIAKz1CADC9QgAAfYIAAb2CABW9ggAY/YIADYOEQC09ggAAPcIAAb3CABV9wgAY/cIAKr3CAC39wgA//cIABb4CABU+AgAXPgIAKn4CAC4+AgA/vgIAAP5CABT+QgAYPkIAKj5CAC1+QgA/fkIAAn6CABS+ggAYfoIAKf6CACx+ggA/PoIABj7CABR+wgAWfsIAIsOEQCz+wgA71gNALX7CAD7+wgABfwIAM3PDQAb/AgAUPwIAFz8CACl/AgAq/wIAPr8CAAC/QgAYj8JAAb9CABP/QgAFP0IAHgpCQBi/QgApP0IALP9CAD5/QgABf4IAE7+CABP/ggAo/4IAK3+CAD4/ggABv8IAE3/CABS/wgAov8IAK//CADgDhEA/f8IAEwACQBSAAkAoQAJAKYACQD2AAkA/AAJAN8PEQBWAQkAoAEJAK4BCQD1AQkABgIJAEoCCQBWAgkAnwIJAKcCCQCJEBEAAAMJAEkDCQBTAwkAngMJAK0DCQDzAwkA/gMJAEgECQBWBAkAnQQJAKoECQDyBAkACQUJAEcFCQBPBQkAnAUJAJ8FCQDxBQkA/QUJAEYGCQBMBgkAmwYJALYGCQDwBgkA/AYJAEUHCQBLBwkAmgcJAKIHCQDvBwkA8QcJAEQICQBFCAkAmQgJAKcICQDuCAkA9ggJAEMJCQBeCQkAmAkJAKQJCQDtCQkA8wkJAEIKCQBFCgkAlwoJAKUKCQDsCgkA8QoJAEELCQBOCwkAlgsJALILCQDrCwkA8wsJAN4QEQBNDAkA0MwNAFEMCQCVDAkAUwwJACEmDgChDAkA6gwJAPcMCQA/DQkARA0JAJQNCQCeDQkA6Q0JAPkNCQA+DgkAQw4JAJMOCQCcDgkA6A4JAPUOCQA9DwkARA8JAJIPCQCeDwkA5w8JAO0PCQA8EAkAQhAJAJEQCQCWEAkA5hAJAOwQCQAzEREARxEJAJARCQCWEQkA5REJAOsRCQA6EgkARxIJAI8SCQCUEgkA5BIJAOwSCQA5EwkAbxMJAI4TCQC5EwkA4xMJAOsTCQA4FAkARRQJAI0UCQCSFAkA4hQJAOoUCQA3FQkAOhUJAIwVCQCVFQkA4RUJAPAVCQA2FgkAQRYJAIsWCQCTFgkA4BYJAPAWCQA1FwkAQxcJAIoXCQCbFwkA3xcJAOsXCQA0GAkAPBgJADISEQCPGAkA3hgJAOYYCQAzGQkAOhkJAIgZCQCWGQkA3RkJAOMZCQAyGgkAPhoJAIcaCQCWGgkA3BoJAOYaCQAxGwkANhsJAIYbCQCMGwkA2xsJAO8bCQCHEhEAOhwJAAeaCQA9HAkAhRwJAD8cCQCYXgkAihwJANocCQDmHAkALx0JADwdCQCEHQkAjh0JANwSEQD0HQkALh4JADAeCQCDHgkAiR4JANgeCQAQHwkALR8JADMfCQCCHwkAix8JANcfCQDkHwkALCAJAGQgCQCBIAkAiCAJANYgCQDbIAkAKyEJADohCQCAIQkAoCEJANUhCQDhIQkAKiIJADAiCQB/IgkAmSIJANQiCQDXIgkAKSMJAC4jCQB+IwkAjSMJANMjCQDzIwkAhhMRAEgkCQB9JAkAiSQJANIkCQDcJAkAJyUJADMlCQBz2AkANCUJAHwlCQCBJQkA0SUJANslCQAmJgkANiYJAHsmCQCAJgkA0CYJANkmCQAlJwkAMicJAHonCQCBJwkAzycJANsnCQAkKAkAKigJAHkoCQB/KAkAzigJANMoCQAjKQkAKSkJANsTEQB7KQkAzSkJANIpCQAiKgkAMSoJAHcqCQCXKgkAhRQRANoqCQAhKwkALisJAHYrCQB9KwkAyysJANMrCQAgLAkAIiwJAHUsCQAnLAkArPILADcsCQDotgsAeywJAG3cCwB9LAkAyiwJAM4sCQDCNAkA4CwJANJ3CwDlLAkAHy0JACEtCQB0LQkAhS0JAMktCQDXLQkAHi4JACUuCQBzLgkAey4JAMguCQDPLgkAHS8JACIvCQByLwkAgS8JAMcvCQDnLwkAHDAJACgwCQBxMAkAdzAJAMYwCQDOMAkAGzEJACcxCQBwMQkAfTEJAMUxCQDgMQkAGjIJACgyCQBvMgkAdTIJAMQyCQDJMgkAGTMJACYzCQBuMwkAhDMJAMMzCQDPMwkAGDQJACU0CQBtNAkAdzQJANoUEQDHNAkAFzUJAB01CQBsNQkAjDUJAME1CQDPNQkAFjYJACM2CQBrNgkAgjYJAMA2CQDINgkAFTcJACQ3CQBqNwkAbzcJAL83CQDMNwkAFDgJAB44CQBpOAkAazgJAL44CQDMOAkAEzkJACA5CQBoOQkAdDkJAL05CQDDOQkAEjoJABo6CQBnOgkAbToJALw6CQDFOgkAETsJAB47CQBmOwkAcDsJALs7CQDJOwkAEDwJACY8CQBlPAkAcTwJALo8CQDCPAkALxURABk9CQBkPQkAaj0JALk9CQC7PQkADj4JABg+CQBjPgkAbz4JALg+CQDPPgkADT8JACE/CQCEFREAcD8JALc/CQC6PwkADEAJABRACQBhQAkAbUAJALZACQDEQAkAC0EJABVBCQBgQQkAa0EJALVBCQDBQQkACkIJABBCCQBfQgkAZ0IJALRCCQDBQgkACUMJAA5DCQBeQwkAaEMJALNDCQC7QwkACEQJAA5ECQBdRAkAZkQJALJECQC/RAkAB0UJABRFCQBcRQkAakUJALFFCQC+RQkABkYJAB1GCQBbRgkAY0YJALBGCQC1RgkABUcJAAtHCQBaRwkAYkcJAK9HCQDFRwkABEgJABJICQBZSAkAXEgJAK5ICQC9SAkAA0kJAAhJCQBYSQkAZUkJAK1JCQC9SQkAAkoJABBKCQBXSgkAbkoJAKxKCQC1SgkAAUsJAAdLCQBWSwkAYksJAKtLCQCySwkA2RURAAxMCQBVTAkAV0wJAKpMCQC0TAkA/0wJAAtNCQBUTQkAXE0JAC4WEQCuTQkA/k0JAA1OCQBTTgkAc04JAKhOCQC0TgkA/U4JAANPCQBSTwkAWk8JAKdPCQCoTwkA/E8JAAJQCQBRUAkAVlAJAKZQCQDBUAkA+1AJAAlRCQBQUQkAV1EJAKVRCQCxUQkA+lEJAABSCQCDFhEAVFIJAKRSCQCuUgkA+VIJAApTCQBOUwkAWlMJAKNTCQCmUwkA+FMJAPtTCQBNVAkAVVQJAKJUCQCpVAkA91QJAPxUCQBMVQkAW1UJAKFVCQDBVQkA9lUJAAJWCQBLVgkAUVYJAKBWCQCoVgkA9VYJAAJXCQBKVwkAT1cJAJ9XCQCpVwkA9FcJAPxXCQBJWAkAWVgJAJ5YCQCjWAkA81gJAPxYCQBIWQkAVVkJAJ1ZCQCkWQkA2BYRAPdZCQBHWgkAVloJAJxaCQC8WgkA8VoJAP1aCQBGWwkATFsJAJtbCQCjWwkA8FsJAPxbCQBFXAkAUlwJAJpcCQChXAkA71wJAPBcCQBEXQkASV0JAJldCQCnXQkA7l0JAPtdCQBDXgkATV4JAC0XEQCdXgkA7V4JAPpeCQBCXwkAT18JAJdfCQCdXwkA7F8JAPhfCQBBYAkAUWAJAJZgCQCfYAkA62AJAO5gCQBAYQkATGEJAJVhCQCcYQkAghcRAOxhCQA/YgkA8WEJAJO1DAD6YQkAmgMNAFBiCQCUYgkAnGIJAOliCQDzYgkAPmMJAE1jCQCTYwkAlGMJAOhjCQDwYwkALBgRAEVkCQCBGBEAsGQJAOdkCQC1ZAkAHScRALxkCQBxhQkA72QJADxlCQBLZQkAkWUJAJZlCQDmZQkA82UJADtmCQBIZgkAkGYJAJxmCQDlZgkA9GYJADpnCQBEZwkAj2cJALJnCQDkZwkAGmgJADloCQBdaAkAjmgJAJZoCQDVGREA6GgJADhpCQA+aQkAjWkJAJVpCQAqGhEA8GkJADdqCQBSagkAjGoJAJhqCQDhagkA8moJADZrCQBKawkAi2sJAJNrCQDgawkA5msJADVsCQBBbAkAimwJAJpsCQDfbAkA6GwJADRtCQA3bQkAiW0JAJVtCQDebQkA5W0JAH8aEQBBbgkAiG4JAJJuCQDUGhEA4m4JADJvCQA/bwkAh28JAJRvCQDcbwkA6G8JADFwCQBAcAkAhnAJAJBwCQDbcAkA6XAJADBxCQA1cQkAhXEJAJJxCQDacQkA4nEJACkbEQA7cgkAhHIJAJRyCQDZcgkA4nIJAC5zCQAxcwkAg3MJAI9zCQDYcwkA33MJAH4bEQA8dAkAgnQJAId0CQDXdAkA5HQJACx1CQA5dQkAgXUJAId1CQDWdQkA4nUJACt2CQA7dgkAgHYJAIl2CQDVdgkA2HYJACp3CQA2dwkAf3cJAIZ3CQDTGxEA2XcJACl4CQA2eAkAfngJAJx4CQDTeAkA33gJACh5CQA7eQkAfXkJAIt5CQDSeQkA1XkJACd6CQAxegkAfHoJAIp6CQDRegkA3noJACZ7CQA9ewkAe3sJAIN7CQDQewkA13sJACV8CQAqfAkAenwJAJB8CQDPfAkA0XwJACR9CQAyfQkAeX0JAIZ9CQAoHBEA1n0JAH0cEQAofgkAeH4JAIV+CQDNfgkA2n4JACJ/CQAufwkAd38JAIZ/CQDMfwkA1n8JACGACQAvgAkAdoAJAHuACQDLgAkA2IAJACCBCQAogQkA0hwRAIGBCQDKgQkA2oEJAB+CCQAoggkAdIIJAHeCCQDJggkA1YIJAB6DCQAlgwkAJx0RAH+DCQDIgwkA2IMJAB2ECQDegwkA8asNACaECQByhAkAdYQJAMeECQDThAkAHIUJACOFCQB8HREAeoUJAMOICQB7hQkAxoUJANWFCQAbhgkA14UJAG+HCQAchgkAcIYJAIyGCQDFhgkA/YYJABqHCQBShwkA0R0RAHKHCQDEhwkA4IcJABmICQBRiAkAbogJAKaICQAmHhEA0IgJABiJCQAmiQkAbYkJAICJCQDCiQkA3okJABeKCQBPigkAbIoJAKSKCQB7HhEA0ooJABaLCQAiiwkAa4sJAHOLCQDQHhEAxYsJABWMCQAdjAkAaowJAHmMCQC/jAkAxIwJABSNCQAhjQkAaY0JAHaNCQC+jQkAyo0JABOOCQAijgkAaI4JAHKOCQC9jgkAxY4JABKPCQAcjwkAZ48JAGyPCQC8jwkAxI8JACUfEQAgkAkAZpAJACKQCQC6kQkAZ5AJALuQCQDXkAkAEJEJAEiRCQBlkQkAnZEJAHofEQC9kQkAD5IJACuSCQBkkgkAnJIJALmSCQDxkgkAzx8RABGTCQBjkwkAdJMJALiTCQDUkwkADZQJAEWUCQBilAkAmpQJACQgEQDElAkADJUJABiVCQBhlQkAcJUJALaVCQDAlQkAC5YJABOWCQDrCgoAGZYJAGCWCQBllgkAtZYJAMKWCQAKlwkAEpcJAF+XCQBllwkAtJcJAG+XCQD5/AkAwJcJAAmYCQAZmAkAXpgJAGeYCQCzmAkAtpgJAAiZCQAUmQkAXZkJAGSZCQB5IBEA1ZkJAM4gEQAVmgkAXJoJAHKaCQCxmgkAvZoJAAabCQANmwkAW5sJAGCbCQCwmwkAuZsJAAWcCQAPnAkAIyERAF+cCQDMfAwAZJwJAK+cCQBmnAkAiRUMALmcCQAEnQkABZ0JAFmdCQBonQkArp0JALOdCQADngkAEJ4JAFieCQBlngkArZ4JALmeCQACnwkAEZ8JAFefCQBhnwkArJ8JALqfCQABoAkABqAJAFagCQBjoAkAq6AJAKygCQAAoQkABaEJAFWhCQBaoQkAqqEJALuhCQD/oQkAIqIJAFSiCQBfogkAqaIJAK6iCQD+ogkAAaMJAFOjCQBdowkAqKMJANCjCQD9owkAHKQJAM0hEQBepAkAp6QJAKmkCQD8pAkAC6UJAFGlCQBcpQkApqUJAK6lCQD7pQkAAqYJAFCmCQBSpgkApaYJAK+mCQD6pgkA/KYJAE+nCQBopwkApKcJAKanCQD5pwkA/KcJAE6oCQBaqAkAo6gJAKuoCQAiIhEABKkJAE2pCQBTqQkAoqkJAL2pCQD3qQkAA6oJAEyqCQBSqgkAoaoJAKmqCQD2qgkA+KoJAEurCQBVqwkAoKsJAKirCQB3IhEABqwJAEqsCQBRrAkAn6wJAKesCQD0rAkAAa0JAEmtCQBOrQkAnq0JAKitCQDzrQkA+60JAEiuCQBXrgkAna4JAKKuCQDyrgkA/64JAEevCQBUrwkAnK8JAKivCQDxrwkAALAJAEawCQBQsAkAm7AJAKOwCQDwsAkA+rAJAEWxCQBKsQkAmrEJAKKxCQDMIhEA+7EJAESyCQBUsgkAmbIJAKKyCQDusgkA8bIJAEOzCQBPswkAmLMJAJ+zCQAhIxEA87MJAEK0CQBItAkAl7QJAJy0CQDstAkA8rQJAHYjEQBHtQkAlrUJAJy1CQDrtQkA8LUJADZmDgD4tQkAQLYJAEW2CQCVtgkAnbYJAOq2CQATtwkAP7cJAB63CQCNvgkAaLcJAJS3CQC9twkA6bcJABS4CQA+uAkARrgJAJO4CQCiuAkA6LgJAO24CQA9uQkASrkJAJK5CQCfuQkA57kJAPO5CQA8ugkAS7oJAJG6CQCbugkA5roJAPS6CQA7uwkAQLsJAJC7CQCduwkA5bsJAO27CQA6vAkAQLwJAI+8CQCbvAkA5LwJAPS8CQA5vQkAQr0JAI69CQCRvQkA470JAO+9CQA4vgkAP74JAMsjEQC2vgkA4r4JAA2/CQA3vwkAP78JAIy/CQCbvwkA4b8JAOa/CQA2wAkAQ8AJAIvACQCYwAkA4MAJAOzACQA1wQkARMEJAIrBCQCUwQkA38EJAO3BCQA0wgkAOcIJAInCCQCWwgkA3sIJAObCCQAzwwkAOcMJAIjDCQCUwwkA3cMJAO3DCQAyxAkAO8QJAIfECQCKxAkA3MQJAOjECQAxxQkAOMUJACAkEQCIxQkA0XUOAJTFCQDbxQkA6MUJADDGCQA8xgkAhcYJAIvGCQDaxgkA4MYJAC/HCQA0xwkAhMcJAIrHCQB1JBEA/8cJAC7ICQBUyAkAg8gJALfICQDYyAkAAckJAC3JCQBYyQkAHyURAI7JCQDXyQkAkMkJAKX6CgDhyQkALMoJAEbKCQCBygkAhMoJAOEUCgCQygkA1soJANvKCQArywkAOMsJAIDLCQCNywkA1csJAOHLCQAqzAkAOcwJAH/MCQCJzAkA1MwJAODMCQApzQkAPM0JAH7NCQCNzQkA080JAN/NCQAozgkAKc4JAH3OCQCHzgkA0s4JAODOCQAnzwkALM8JAHzPCQCJzwkAdCURANbPCQAm0AkAM9AJAHvQCQCI0AkA0NAJANzQCQAl0QkANNEJAHrRCQCE0QkAz9EJAN3RCQAk0gkAKdIJAHnSCQCG0gkAztIJANbSCQBzJhEAL9MJAHjTCQCI0wkAzdMJANbTCQAi1AkAJdQJAHfUCQCD1AkAzNQJANPUCQDIJhEAJNUJAHbVCQB+1QkAy9UJANfVCQAg1gkAJtYJAHXWCQB71gkAytYJAM/WCQAf1wkAJdcJAHInEQCd1wkAydcJAPLXCQAe2AkAQtgJABwoEQB52AkAOBILAIbYCQDI2AkA19gJAB3ZCQAp2QkActkJAHPZCQDH2QkA0dkJABzaCQAq2gkAcdoJAHbaCQDG2gkA09oJAHEoEQA+2wkAxigRAJnbCQDF2wkA7tsJABrcCQA+3AkAGykRAH3cCQDE3AkAydwJABndCQAm3QkAbt0JAHbdCQDD3QkAyd0JABjeCQAk3gkAbd4JAH3eCQDC3gkAy94JABffCQAa3wkAbN8JAKffCQDB3wkAzd8JAHApEQAc4AkAa+AJAITgCQDA4AkAzuAJABXhCQAi4QkAauEJAHHhCQC/4QkAyOEJABTiCQAh4gkAaeIJAIDiCQC+4gkAweIJABPjCQAV4wkAaOMJAHHjCQC94wkAzeMJABLkCQAr5AkAZ+QJAGnkCQC85AkAxeQJABHlCQAZ5QkAZuUJAGjlCQC75QkA1OUJABDmCQAn5gkAZeYJAHHmCQC65gkAy+YJAA/nCQAb5wkAZOcJAG/nCQC55wkAxucJAA7oCQAY6AkAxSkRAHboCQC46AkAxugJAA3pCQD16AkAWvEJAEnpCQBi6QkAb+kJALfpCQC/6QkADOoJABLqCQBh6gkAbeoJALbqCQDB6gkAC+sJABTrCQBg6wkAY+sJALXrCQC36wkACuwJABHsCQBf7AkAYewJABoqEQC37AkACe0JABftCQBe7QkAY+0JALPtCQDA7QkACO4JABTuCQBd7gkAZe4JAG8qEQDA7gkAB+8JABfvCQBc7wkAau8JALHvCQC67wkABvAJABDwCQBb8AkAXfAJALDwCQC68AkABfEJAAfxCQDEKhEAX/EJAK/xCQC38QkABPIJAAryCQBZ8gkAZfIJAK7yCQC98gkAA/MJAAzzCQBY8wkAW/MJAK3zCQCv8wkAAvQJAAn0CQBX9AkAWfQJABkrEQCx9AkAAfUJAB31CQBW9QkAcvUJAG4rEQC49QkAGjALALr1CQAA9gkABfYJAFX2CQBi9gkAqvYJALf2CQD/9gkABfcJAFT3CQBg9wkAqfcJALn3CQD+9wkAB/gJAFP4CQBW+AkAqPgJALT4CQD9+AkABPkJAMMrEQBh+QkAp/kJAKz5CQD8+QkACfoJAFH6CQBe+gkApvoJAKz6CQD7+gkAB/sJAFD7CQBg+wkApfsJAK77CQD6+wkA/fsJAE/8CQBb/AkApPwJAKv8CQAYLBEA+/wJAE79CQBc/QkAo/0JALT9CQBtLBEA//0JAMIsEQBV/gkAFy0RAKf+CQD3/gkABP8JAEz/CQBZ/wkAof8JAK3/CQD2/wkABQAKAEsACgBVAAoAoAAKAK4ACgD1AAoA+gAKAEoBCgBXAQoAnwEKAKcBCgBsLREAAAIKAEkCCgBZAgoAngIKAKcCCgDzAgoA9gIKAEgDCgBUAwoAnQMKAKQDCgDBLREA9AMKAEcECgBVBAoAnAQKAK0ECgAWLhEA+AQKAGsuEQBOBQoAwC4RAKAFCgDwBQoA/QUKAEUGCgBSBgoAmgYKAKYGCgDvBgoA/gYKAEQHCgBOBwoAmQcKAKcHCgDuBwoA8wcKAEMICgBQCAoAmAgKAKAICgAVLxEA+QgKAEIJCgBSCQoAlwkKAKAJCgDsCQoA7wkKAEEKCgBNCgoAlgoKAJ0KCgBqLxEA9QoKAEALCgBOCwoAlQsKAKsLCgDqCwoA9gsKAD8MCgBGDAoAlAwKAJwMCgDpDAoA7gwKAD4NCgBHDQoAkw0KAJ0NCgC/LxEA/g0KAD0OCgBJDgoAkg4KAJkOCgDnDgoA7w4KADwPCgBBDwoAkQ8KAJoPCgDmDwoA8A8KABQwEQBAEAoAx4EMAEcQCgDtXQoAShAKAJAQCgBlEAoAqPARAJUQCgDlEAoA8hAKADoRCgBHEQoAjxEKAJsRCgDkEQoA8xEKADkSCgBDEgoAjhIKAJwSCgDjEgoA8BIKADgTCgBPEwoAjRMKAJUTCgDiEwoA7BMKADcUCgA8FAoAjBQKAJQUCgBpMBEA5hQKADYVCgBFFQoAixUKAKsVCgDgFQoA7BUKADUWCgA/FgoAihYKAJQWCgDfFgoA7RYKADQXCgBKFwoAiRcKAJUXCgDeFwoA4xcKADMYCgA8GAoAiBgKAJIYCgDdGAoA6RgKADIZCgBFGQoAhxkKAJYZCgDcGQoA6BkKADEaCgAyGgoAhhoKAJAaCgDbGgoA6RoKADAbCgA1GwoAhRsKAJIbCgATMREA6BsKAC8cCgBFHAoAhBwKAJAcCgDZHAoA4BwKAC4dCgA2HQoAgx0KAIgdCgDYHQoA4R0KAC0eCgA3HgoAEjIRAIceCgDXHgoA3x4KACwfCgAvHwoAgR8KAIofCgDWHwoA5R8KACsgCgA2IAoAgCAKAIggCgDVIAoA5SAKACohCgA4IQoAfyEKAJAhCgDUIQoA4CEKACkiCgAxIgoAZzIRAIQiCgDTIgoA2yIKACgjCgAvIwoAfSMKAIsjCgDSIwoA2CMKACckCgAzJAoAfCQKAIskCgDRJAoA2yQKACYlCgArJQoAeyUKAIElCgDQJQoA5CUKALwyEQA2JgoAeiYKAIYmCgDPJgoA1SYKACQnCgAqJwoAeScKAH4nCgDOJwoA1CcKABEzEQAoKAoAeCgKAIkoCgDNKAoA1SgKACIpCgDZKAoAW0UKANsoCgA4Dg8ALCkKAHcpCgCFKQoAzCkKAOIpCgAhKgoALSoKAHYqCgB9KgoAyyoKANMqCgAgKwoAJSsKAHUrCgB+KwoAyisKANQrCgAfLAoAJywKAHQsCgB4LAoAySwKANQsCgAeLQoALC0KAHMtCgCELQoAyC0KANQtCgAdLgoAJS4KAGYzEQB0LgoAxy4KANUuCgAcLwoAJi8KAHEvCgB/LwoAxi8KANMvCgAbMAoAMjAKAHAwCgB4MAoAxTAKANUwCgAaMQoAHzEKAG8xCgB1MQoAxDEKAMwxCgAZMgoAGzIKAG4yCgB7MgoAwzIKAMsyCgAYMwoAHTMKAG0zCgBuMwoAwjMKAM4zCgAXNAoAJDQKAGw0CgB0NAoAwTQKANA0CgAWNQoAGzUKAGs1CgB4NQoAwDUKAM01CgAVNgoAITYKAGo2CgB5NgoAvzYKAMk2CgAUNwoAIjcKAGk3CgBuNwoAvjcKAMs3CgC7MxEAFjgKAGg4CgBwOAoAvTgKAMo4CgASOQoAFzkKAGc5CgBxOQoAvDkKAMQ5CgAROgoAEzoKAGY6CgCBOgoAuzoKAL06CgAQOwoAHjsKAGU7CgB2OwoAujsKALw7CgAPPAoAKDwKAGQ8CgB1PAoAuTwKAMU8CgAQNBEAFj0KAGM9CgBpPQoAuD0KAMQ9CgANPgoAKj4KAGI+CgBrPgoAtz4KAMM+CgAMPwoADz8KAGE/CgBrPwoAtj8KAL4/CgALQAoAFUAKAGBACgBuQAoAtUAKAMtACgAKQQoAFkEKAF9BCgBmQQoAtEEKALxBCgAJQgoADkIKAF5CCgBnQgoAs0IKAL1CCgAIQwoAEEMKAF1DCgBfQwoAskMKAMJDCgAHRAoAEUQKAFxECgBoRAoAsUQKALdECgAGRQoADkUKAGU0EQBhRQoAsEUKALZFCgAFRgoACkYKAFpGCgBgRgoAujQRAL1GCgAERwoAGkcKAFlHCgBlRwoArkcKALNHCgADSAoADEgKAFhICgBiSAoArUgKANBICgACSQoABkkKAFdJCgARSQoAq0oKAFlJCgCsSQoAukkKAAFKCgALSgoAVkoKAHpKCgC5NREAsUoKAABLCgAMSwoAVUsKAFdLCgCqSwoAtEsKAP9LCgALTAoAVEwKAHhMCgAONhEArUwKAP5MCgC4TAoAUk4KAABNCgBTTQoAYU0KAKhNCgCyTQoA/U0KACFOCgBjNhEAWE4KAKdOCgCzTgoA/E4KAP5OCgBRTwoAW08KAKZPCgCyTwoA+08KAB9QCgC4NhEAbVAKAKVQCgCuUAoA+lAKAAhRCgBPUQoAVVEKAKRRCgCwUQoA+VEKAAFSCgANNxEAVVIKAKNSCgC8UgoA+FIKAAdTCgBNUwoAVVMKAKJTCgCxUwoA91MKAPxTCgBMVAoAWVQKAKFUCgCuVAoA9lQKAAJVCgBLVQoAWlUKAKBVCgCqVQoA9VUKAANWCgBKVgoAT1YKAJ9WCgCsVgoAYjcRAPVWCgB21AoADVcKAElXCgBTVwoAnlcKAKBXCgDzVwoAAVgKAEhYCgBVWAoAnVgKAKVYCgDyWAoAHlkKAEdZCgBOWQoAnFkKALVZCgDxWQoAAFoKAEZaCgBOWgoAm1oKAKpaCgDwWgoA9VoKAEVbCgBSWwoAmlsKAKdbCgDvWwoA+1sKAERcCgBTXAoAmVwKAKNcCgDuXAoA/FwKAENdCgBIXQoAmF0KAKVdCgC3NxEAAF4KAEJeCgBRXgoAl14KAKNeCgDsXgoA+F4KAEFfCgBIXwoAll8KAKJfCgDrXwoA8l8KAEBgCgBIYAoAlWAKAJlgCgDqYAoA9WAKAD9hCgBLYQoAlGEKAKFhCgDpYQoA8WEKAD5iCgBIYgoAk2IKAJliCgDoYgoA/GIKAD1jCgBLYwoAkmMKAJ9jCgDnYwoA/mMKADxkCgBEZAoAkWQKAJtkCgDmZAoA62QKADtlCgBDZQoAkGUKAJ9lCgDlZQoA6mUKADpmCgBHZgoAj2YKAJxmCgDkZgoA8GYKADlnCgBIZwoAjmcKAJhnCgAMOBEA62cKADhoCgBHaAoAjWgKAJJoCgDiaAoA62gKADdpCgBIaQoAjGkKAJNpCgDhaQoA6WkKADZqCgBDagoAi2oKAJBqCgDgagoA6moKADVrCgA9awoAimsKAKNrCgDfawoA62sKADRsCgA8bAoAYTgRAJhsCgDebAoA+2wKADNtCgA8bQoAiG0KAJZtCgDdbQoA420KADJuCgA+bgoAh24KAI5uCgDcbgoA5G4KADFvCgBBbwoAhm8KAIxvCgDbbwoA4G8KADBwCgBGcAoAhXAKAI1wCgDacAoA5HAKAC9xCgA6cQoAhHEKAJBxCgDZcQoA4XEKALY4EQA7cgoAg3IKAIpyCgDYcgoA5HIKAC1zCgAzcwoAgnMKAJNzCgDXcwoA63MKACx0CgA6dAoAgXQKAI50CgDWdAoA7XQKACt1CgAzdQoAgHUKAId1CgDVdQoA13UKACp2CgA0dgoAf3YKAIF2CgDUdgoA7XYKACl3CgArdwoAfncKAIF3CgDTdwoA33cKACh4CgBWeAoACzkRAIx4CgDSeAoA73gKACd5CgAweQoAfHkKAIp5CgDReQoA13kKACZ6CgAyegoAe3oKAIN6CgBgOREA2HoKACV7CgArewoAensKAIZ7CgDPewoA0nsKACR8CgApfAoAeXwKAIJ8CgDOfAoA1HwKACN9CgAyfQoAeH0KAIR9CgDNfQoA1X0KALU5EQAofgoAd34KAHx+CgDMfgoA4n4KACF/CgApfwoAdn8KAIR/CgDLfwoA1X8KACCACgAjgAoAdYAKAH2ACgDKgAoAy4AKAB+BCgAlgQoAdIEKAIKBCgDJgQoA34EKAB6CCgAgggoAc4IKAHmCCgDIggoA3IIKAB2DCgAlgwoAcoMKAIKDCgDHgwoAyYMKAByECgArhAoAcYQKAHuECgDGhAoAy4QKABuFCgAhhQoAcIUKAISFCgDFhQoAzYUKABqGCgAfhgoAb4YKAHWGCgDEhgoAzIYKABmHCgAchwoAbocKAHOHCgDDhwoAzIcKABiICgAeiAoAbYgKAHyICgDCiAoAzogKAAo6EQAjiQoAbIkKAH+JCgDBiQoA3YkKABaKCgAeigoAXzoRAHmKCgDAigoA1ooKABWLCgAhiwoAaosKAG+LCgC/iwoAyIsKABSMCgAejAoAaYwKAHGMCgC+jAoAwIwKABONCgAijQoAaI0KAIWNCgC9jQoAxo0KABKOCgAgjgoAZ44KAG2OCgC8jgoAyo4KABGPCgAejwoAZo8KAH2PCgC7jwoAw48KABCQCgASkAoAZZAKAG2QCgC6kAoAyZAKAA+RCgAUkQoAZJEKAHGRCgC5kQoAxpEKAA6SCgAakgoAY5IKAHKSCgC4kgoAwpIKAA2TCgAbkwoAYpMKAGeTCgC3kwoAxJMKALQ6EQAWlAoAYZQKAGOUCgC2lAoAvZQKAAuVCgASlQoAYJUKAGaVCgC1lQoAw5UKAAqWCgAXlgoAX5YKAG+WCgC0lgoAuZYKAAmXCgARlwoAXpcKACWXCgDuBgsAapcKALOXCgC1lwoAsJoKAMCXCgAImAoADZgKAF2YCgBnmAoAspgKAMKYCgAHmQoADJkKAFyZCgBlmQoAsZkKAL6ZCgAGmgoADZoKAFuaCgBjmgoACTsRAL6aCgAFmwoAHZsKAFqbCgBcmwoAr5sKAMabCgAEnAoABpwKAFmcCgBnnAoArpwKALucCgADnQoAC50KAF47EQBenQoArZ0KAK+dCgACngoAD54KAFeeCgBangoArJ4KAL2eCgABnwoAA58KAFafCgBgnwoAq58KALefCgAAoAoACKAKALM7EQBaoAoAqqAKAK2gCgD/oAoACaEKAFShCgBcoQoAqaEKALahCgD+oQoAAKIKAFOiCgBpogoAqKIKALSiCgD9ogoABaMKAAg8EQBVowoAp6MKALCjCgD8owoACqQKAHzOCgALpAoAUaQKAFykCgCmpAoArqQKAPukCgAGpQoAUKUKAFWlCgClpQoAqKUKAPqlCgAEpgoAsjwRAFWmCgCkpgoAWaYKANoXDgC/pgoA+aYKAAWnCgBOpwoAVKcKAKOnCgCrpwoA+KcKAA6oCgBNqAoAW6gKAKKoCgClqAoA96gKABCpCgBMqQoAWKkKAKGpCgCsqQoA9qkKAPipCgBLqgoAZqoKAKCqCgCuqgoA9aoKAAKrCgBKqwoAYasKAAc9EQChqwoALRoOALWrCgD0qwoA9asKAEmsCgBOrAoAnqwKAKSsCgDzrAoA9awKAEitCgBOrQoAna0KALGtCgDyrQoA+q0KAEeuCgBXrgoAnK4KAJ6uCgDxrgoA/64KAEavCgBXrwoAXD0RAKGvCgDwrwoA/K8KALE9EQBHsAoAmrAKAKuwCgDvsAoA97AKAESxCgBNsQoAmbEKAKCxCgDusQoA77EKAAY+EQBPsgoAmLIKAJqyCgDtsgoA9LIKAEKzCgBKswoAl7MKAKCzCgDsswoA87MKAEG0CgBCtAoAWz4RAJu0CgDrtAoA87QKAEC1CgBKtQoAlbUKAKO1CgDqtQoAALYKAD+2CgBLtgoAlLYKAJm2CgDptgoA8rYKAD63CgBItwoAsD4RAJS3CgDotwoA8LcKACMmDAAAuAoAPbgKAEq4CgCSuAoAnrgKAOe4CgDxuAoAPLkKAEC5CgCRuQoAlrkKAOa5CgDsuQoAO7oKAFu6CgCQugoAqLoKAOW6CgD8ugoAOrsKAEa7CgCPuwoAmbsKAOS7CgDmuwoAObwKAEC8CgCOvAoAlbwKAOO8CgDpvAoAOL0KAES9CgCNvQoAkL0KAOK9CgDlvQoAN74KAEO+CgCMvgoAj74KAOG+CgD9vgoANr8KAD6/CgAFPxEAl78KAOC/CgDqvwoANcAKADfACgCKwAoAkcAKAN/ACgDmwAoANMEKADrBCgCJwQoAl8EKAN7BCgDrwQoAM8IKAEPCCgCIwgoAjcIKAN3CCgDlwgoAMsMKAELDCgCHwwoAjMMKANzDCgDiwwoAMcQKADnECgBaPxEAjMQKANvECgDjxAoAMMUKADPFCgCFxQoAkcUKANrFCgDgxQoAL8YKAErGCgCExgoAksYKANnGCgDoxgoALscKADrHCgCDxwoAi8cKAARAEQDdxwoALcgKADfICgCCyAoAisgKANfICgD3yAoALMkKADnJCgCByQoAhskKANbJCgDayQoAK8oKADjKCgBZQBEAhcoKANXKCgDYygoAKssKADTLCgB/ywoAi8sKANTLCgDnywoAKcwKADjMCgB+zAoAiswKANPMCgDUzAoAKM0KADLNCgB9zQoAi80KANLNCgDXzQoAJ84KADTOCgCuQBEAhs4KANHOCgDTzgoAJs8KAD/PCgB7zwoAjM8KANDPCgDczwoAJdAKAC3QCgCtQREAgdAKAM/QCgDW0AoAJNEKACrRCgB50QoAhdEKAM7RCgDR0QoAI9IKACbSCgB40goAgNIKAM3SCgDd0goAItMKACfTCgB30woAgNMKAMzTCgDZ0woAIdQKACjUCgACQhEAgtQKAMvUCgDY1AoAINUKACjVCgB11QoAf9UKAMrVCgDZ1QoAH9YKACDWCgB01goAfNYKAMnWCgDY1goAHtcKACPXCgBz1woAgNcKAMjXCgDV1woAHdgKACnYCgBy2AoAgdgKAMfYCgDR2AoAHNkKACrZCgBx2QoAdtkKAMbZCgDT2QoAG9oKACPaCgBw2goAetoKAMXaCgDK2goAGtsKACLbCgBXQhEAfdsKAMTbCgDQ2woAGdwKAB/cCgBu3AoAdNwKAMPcCgDI3AoAGN0KAB7dCgCsQhEAed0KAMLdCgDI3QoAF94KAB3eCgBs3goAed4KAMHeCgDG3goAFt8KAB7fCgBr3woAid8KAKtDEQDC3woANWgNAMPfCgBshwwAxt8KANkaDADW3woAFeAKABbgCgBq4AoAb+AKAL/gCgDF4AoAFOEKABbhCgBp4QoAb+EKAL7hCgDS4QoAE+IKABviCgBo4goAeOIKAL3iCgC/4goAEuMKACDjCgBn4woAeOMKAABEEQDC4woAEeQKAB3kCgBVRBEAc+QKALvkCgDD5AoAEOUKAB3lCgBl5QoAZ+UKALrlCgDQ5QoAD+YKABvmCgBk5goAbOYKAP9EEQDF5goADucKABHnCgBj5woAaOcKALjnCgDJ5woADegKABboCgBi6AoAbOgKALfoCgDF6AoADOkKABHpCgBh6QoAbukKAFRFEQDC6QoAC+oKABjqCgBg6goAYuoKALXqCgDL6goACusKABbrCgBf6woAZ+sKAKlFEQC56woACewKAA/sCgBe7AoAZuwKALPsCgC27AoACO0KABTtCgBd7QoAY+0KALLtCgDN7QoAB+4KABTuCgBc7goAXu4KALHuCgDH7goABu8KABLvCgBb7woAY+8KAP5FEQC27woABfAKAArwCgBa8AoAdfAKAK/wCgC98AoABPEKAAvxCgBZ8QoAZfEKAK7xCgC18QoAU0YRAA7yCgBY8goAYPIKAK3yCgC48goAAvMKAAfzCgBX8woAWvMKAKzzCgC28woAAfQKAAn0CgBW9AoAZPQKAKv0CgCu9AoAAPUKAAj1CgBV9QoAdfUKAKr1CgC39QoA//UKAAT2CgBU9goAWPYKAKn2CgC29goAqEYRAB73CgBT9woAXPcKAKj3CgCp9woA/fcKAAX4CgBS+AoAYvgKAKf4CgCp+AoA/PgKAAr5CgBR+QoAYvkKAP1GEQCs+QoA+/kKAAf6CgBSRxEAV/oKAKdHEQCq+goA+voKABT7CgBP+woAXvsKAKT7CgCv+woA+fsKAPv7CgBO/AoAW/wKAKP8CgCw/AoA+PwKAAT9CgBN/QoAXv0KAKL9CgCl/QoA9/0KABH+CgBM/goAVf4KAKH+CgCu/goA9v4KAPz+CgBL/woAV/8KAKD/CgCj/woA9f8KAPr/CgBKAAsAWwALAJ8ACwC6AAsA9AALAAABCwBJAQsAUAELAJ4BCwCgAQsA8wELAPoBCwBIAgsATwILAJ0CCwCjAgsA8gILAP4CCwBHAwsASgMLAJwDCwCfAwsA8QMLAP0DCwBGBAsAWQQLAJsECwCqBAsA8AQLAPwECwBFBQsARgULAJoFCwCkBQsA7wULAP0FCwBEBgsASQYLAJkGCwCmBgsA/EcRAPYGCwBRSBEARQcLAJgHCwCuBwsA7QcLAPkHCwBCCAsASggLAKZIEQCdCAsA7AgLAPQICwBBCQsARAkLAJYJCwCiCQsA6wkLAPEJCwBACgsAWwoLAJUKCwCjCgsA6goLAPkKCwA/CwsASwsLAJQLCwCcCwsA+0gRAO4LCwA+DAsASAwLAJMMCwCbDAsA6AwLAAgNCwA9DQsASg0LAJINCwCXDQsA5w0LAOsNCwA8DgsASQ4LAFBJEQC0DgsApUkRAOsOCwA7DwsASg8LAJAPCwCwDwsA5Q8LAPEPCwA6EAsARBALAI8QCwCbEAsA5BALAOoQCwA5EQsAPxELAI4RCwCTEQsA4xELAOkRCwD6SREAPhILAI0SCwCSEgsA4hILAOgSCwCkShEAOhMLAIwTCwCWEwsA4RMLAOMTCwA2FAsATxQLAIsUCwCcFAsA4BQLAO4UCwA1FQsAOBULAIoVCwCVFQsA3xULAOcVCwA0FgsANhYLAIkWCwCRFgsA3hYLAOsWCwAzFwsAPxcLAIgXCwCMFwsA3RcLAOUXCwAyGAsAQRgLAIcYCwCMGAsA3BgLAOkYCwAxGQsAPhkLAIYZCwCSGQsA2xkLAOoZCwAwGgsAOhoLAIUaCwCTGgsA2hoLAN8aCwAvGwsAPBsLAPlKEQCMGwsATksRAN0bCwAqIAsA5RsLAC4cCwA0HAsAgxwLAIkcCwDYHAsA5RwLAC0dCwAyHQsAgh0LAIodCwDXHQsAAB4LACweCwALHgsA1h4LAFIeCwArHwsAVR4LAIEeCwCqHgsAo0sRAP8eCwD4SxEAUR8LAIAfCwC0HwsA1R8LAP4fCwBNTBEAOCALAH8gCwCMIAsA1CALAOAgCwApIQsALyELAH4hCwCEIQsA0yELANghCwAoIgsALiILAKJMEQCjIgsAfCMLAKYiCwDSIgsA+yILAExNEQBQIwsAoU0RAKIjCwDRIwsABSQLACYkCwBPJAsA9k0RAIUkCwDQJAsA1SQLACUlCwAtJQsAS04RAH8lCwDPJQsA2CULACQmCwAxJgsAeSYLAIAmCwCgThEA1iYLAPVOEQA2JwsAeCcLAIQnCwDNJwsA3CcLACIoCwArKAsAdygLAIEoCwDMKAsAzigLACEpCwA6KQsAdikLAIcpCwDLKQsA1ykLACAqCwAoKgsASk8RAIMqCwDKKgsA2yoLAB8rCwArKwsAdCsLAHwrCwCfTxEAzisLAB4sCwAoLAsAcywLAHssCwDILAsA2CwLAB0tCwAiLQsAci0LAHstCwDHLQsA1C0LABwuCwAjLgsA9E8RAHcuCwAtxA4Afi4LAMYuCwCELgsAUaENAMsuCwAbLwsAJy8LAHAvCwB9LwsAxS8LAM8vCwBJUBEAHzALAG8wCwB7MAsAxDALANEwCwAZMQsAIzELAG4xCwCKMQsAwzELAMsxCwCeUBEAHTILAG0yCwB1MgsAwjILAMUyCwAXMwsAIDMLAGwzCwB7MwsAwTMLAMwzCwAWNAsAHjQLAGs0CwB7NAsAwDQLAM40CwAVNQsAJjULAGo1CwB2NQsAvzULAMc1CwDzUBEAGjYLAGk2CwBxNgsAvjYLAMU2CwATNwsAITcLAGg3CwBuNwsAvTcLAMk3CwASOAsAITgLAGc4CwBxOAsAvDgLAME4CwAROQsAFzkLAGY5CwB6OQsAuzkLAMM5CwAQOgsALjoLAGU6CwBtOgsASFERAMI6CwCdUREAFzsLAGQ7CwB9OwsAuTsLAMI7CwAOPAsAHjwLAGM8CwBzPAsAuDwLAMQ8CwANPQsAEz0LAGI9CwBwPQsAtz0LAMQ9CwAMPgsAIz4LAGE+CwBpPgsAtj4LAMA+CwALPwsAGT8LAGA/CwB2PwsAtT8LAME/CwAKQAsAEUALAF9ACwBnQAsAtEALALlACwAJQQsAEkELAF5BCwBoQQsAs0ELALtBCwAIQgsACkILAF1CCwBtQgsAskILALxCCwAHQwsAE0MLAFxDCwBiQwsAsUMLALlDCwBHUhEACEQLAFtECwBsRAsAsEQLAMxECwAFRQsADUULAJxSEQBrRQsAr0ULAMBFCwAERgsADEYLAFlGCwByRgsArkYLALRGCwADRwsACEcLAFhHCwB4RwsArUcLALlHCwACSAsACEgLAFdICwBfSAsArEgLALtICwABSQsABkkLAFZJCwBjSQsAq0kLALhJCwAASgsADEoLAFVKCwBkSgsAqkoLALRKCwD/SgsADUsLAFRLCwBZSwsAqUsLALZLCwD+SwsAAUwLAFNMCwBbTAsAqEwLAKpMCwD9TAsAA00LAFJNCwBeTQsAp00LAK9NCwDxUhEAAU4LAFFOCwBVTgsApk4LALNOCwBGUxEABE8LAFBPCwBhTwsApU8LALFPCwD6TwsAB1ALAE9QCwBUUAsApFALAK5QCwD5UAsACVELAE5RCwBTUQsAo1ELAKxRCwD4UQsABVILAE1SCwBUUgsAolILAK5SCwD3UgsA/VILAExTCwBSUwsAoVMLAKZTCwD2UwsA/FMLAJtTEQBQVAsAoFQLAKhUCwD1VAsAC1ULAEpVCwBPVQsAn1ULAKZVCwD0VQsA/VULAElWCwBaVgsAnlYLAKpWCwDzVgsA+1YLAJpUEQBKVwsAnVcLALNXCwDyVwsA/lcLAEdYCwBOWAsAnFgLAKRYCwDvVBEA9lgLAEZZCwBNWQsAm1kLAKRZCwDwWQsAAVoLAEVaCwBRWgsAmloLAKJaCwBEVREA8VoLAERbCwBaWwsAmVsLAKVbCwDuWwsA9VsLAENcCwBLXAsAmVURAJ1cCwDtXAsA9FwLAEJdCwBLXQsAl10LAKhdCwDsXQsA+F0LAEFeCwBJXgsA7lURAJheCwDrXgsA+l4LAEBfCwBgXwsAlV8LAJdfCwDqXwsAAWALAD9gCwBLYAsAlGALAJxgCwCYVhEA7mALAD5hCwBAYQsAk2ELAJphCwDoYQsA8GELAD1iCwBGYgsAkmILAJhiCwDnYgsA+GILADxjCwBEYwsAQlcRAJ1jCwDmYwsA6WMLADtkCwBAZAsAkGQLAKFkCwDlZAsAAGULADplCwBGZQsAj2ULAJdlCwCXVxEA+mULADlmCwA6ZgsAjmYLAJNmCwDjZgsA6WYLADhnCwBCZwsAjWcLAJVnCwDiZwsA9GcLAOxXEQBEaAsAjGgLAJZoCwDhaAsA52gLADZpCwBKaQsAi2kLAJNpCwDgaQsA8GkLADVqCwA6agsAimoLAJBqCwDfagsA52oLADRrCwA1awsAiWsLAItrCwDeawsA7WsLADNsCwBTbAsAiGwLAIpsCwDdbAsA9GwLADJtCwA+bQsAh20LAI9tCwBBWBEA5G0LADFuCwBKbgsAhm4LAI9uCwDbbgsA5W4LADBvCwA4bwsAhW8LAJVvCwDabwsA328LAC9wCwA4cAsAhHALAJFwCwDZcAsA4HALAC5xCwA2cQsA61gRAI1xCwDYcQsA4HELAC1yCwA7cgsAgnILAI9yCwDXcgsA33ILACxzCwAucwsAgXMLAIlzCwDWcwsA13MLACt0CwAtdAsAgHQLAI90CwDVdAsA9XQLACp1CwAsdQsAf3ULAJZ1CwDUdQsA4HULACl2CwBDdgsAfnYLAKp2CwDTdgsA1nYLACh3CwAtdwsAfXcLAIp3CwBAWREA1HcLACd4CwAxeAsAfHgLAIt4CwDReAsA3HgLACZ5CwA0eQsAe3kLAIh5CwDQeQsA53kLACV6CwAtegsAenoLAHt6CwDPegsA0XoLACR7CwAzewsAeXsLAJl7CwDOewsA0HsLACN8CwA6fAsAeHwLAIR8CwDNfAsA1XwLAJVZEQAnfQsAd30LAH19CwDMfQsA1H0LACF+CwBAfgsAdn4LAIN+CwDLfgsAzH4LACB/CwA2fwsAdX8LAJF/CwDqWREAz38LAB+ACwApgAsAdIALAHyACwDJgAsAyoALAB6BCwDLgAsAFYoLACSBCwBzgQsAf4ELAMiBCwDYgQsAHYILACuCCwByggsAhYILAMeCCwDTggsAHIMLACODCwBxgwsAeYMLAMaDCwDKgwsAG4QLACmECwBwhAsAeoQLAMWECwDQhAsAGoULACKFCwBvhQsAp4ULAMSFCwDMhQsAGYYLAB6GCwBuhgsAdIYLAMOGCwDLhgsAGIcLADKHCwBthwsApYcLAMKHCwDKhwsAF4gLAByICwBsiAsAcogLAMGICwDJiAsAFokLADCJCwBriQsAhYkLAMCJCwD4iQsAP1oRAB2KCwBqigsAcYoLAL+KCwDLigsAFIsLABWLCwBpiwsAdYsLAL6LCwDLiwsAE4wLABqMCwBojAsAdIwLAL2MCwDKjAsAEo0LACGNCwBnjQsAe40LAJRaEQC+jQsAEY4LAMiNCwBW8Q0AFI4LAJFhDQAejgsAuzgMACCOCwBmjgsAho4LALuOCwC9jgsAEI8LACePCwBljwsAcY8LALqPCwDCjwsA6VoRABGQCwBkkAsAcZALALmQCwDCkAsADpELABCRCwBjkQsAdJELALiRCwDJkQsADZILACGSCwA+WxEAgpILALeSCwC5kgsADJMLACOTCwBhkwsAbZMLALaTCwC+kwsAk1sRAA2UCwBglAsAY5QLALWUCwC9lAsACpULABeVCwBflQsAZJULALSVCwC+lQsACZYLABGWCwBelgsAd5YLALOWCwC/lgsACJcLABSXCwBdlwsAapcLALKXCwC6lwsAB5gLABeYCwBcmAsAYZgLALGYCwC6mAsABpkLABOZCwBbmQsAYpkLALCZCwC4mQsA6FsRABKaCwBamgsAXZoLAK+aCwC5mgsABJsLAAabCwBZmwsAapsLAK6bCwC/mwsAA5wLAA+cCwBYnAsAX5wLAK2cCwDHnAsAAp0LAAqdCwBXnQsAWJ0LAPimCwBhnQsArJ0LALKdCwABngsAFZ4LAFaeCwBengsAq54LALWeCwAAnwsABZ8LAFWfCwBdnwsAqp8LALifCwD/nwsADKALAFSgCwBXoAsAqaALALOgCwD+oAsAAKELAFOhCwBkoQsAqKELALmhCwD9oQsABaILAD1cEQBcogsAp6ILAMOiCwD8ogsABKMLAJJcEQBSowsApqMLALyjCwD7owsAA6QLAFCkCwBepAsApaQLALKkCwD6pAsA/aQLAE+lCwBZpQsApKULAKalCwD5pQsACqYLAE6mCwBfpgsAo6YLAKumCwDnXBEACacLAE2nCwBZpwsAoqcLAKSnCwD3pwsA+qcLAEyoCwBYqAsAoagLAKmoCwA8XREA/6gLAEupCwBYqQsAoKkLAKipCwD1qQsAB6oLAEqqCwBXqgsAn6oLAKCqCwD0qgsACqsLAEmrCwBRqwsAnqsLAKyrCwDzqwsAAKwLAEisCwBLrAsAnawLAKesCwDyrAsA9KwLAEetCwBYrQsAnK0LAK2tCwDxrQsA+a0LAJFdEQBTrgsAm64LAKWuCwDwrgsA/q4LAEWvCwBbrwsAmq8LAKavCwDvrwsA+68LAESwCwBKsAsAmbALAJ+wCwDusAsA87ALAEOxCwBJsQsA5l0RAJ2xCwDtsQsA77ELAEKyCwBJsgsAl7ILAJ+yCwDssgsA77ILAEGzCwBKswsAlrMLAKWzCwDrswsA9rMLAEC0CwBItAsAlbQLAKW0CwDqtAsA+LQLAD+1CwBQtQsAlLULAKC1CwDptQsA8bULAOVeEQBctgsAk7YLAJu2CwA6XxEA9LYLAD23CwBTtwsAkrcLAJq3CwDntwsABrgLAI9fEQA/uAsAr+8LAEm4CwCRuAsAlLgLAHvKDwCZuAsA5rgLAJu4CwAV3Q0A6LgLADu5CwDwuAsAhMULAPe4CwCLvgsASLkLAJC5CwCkuQsA5bkLAO25CwA6ugsAP7oLAI+6CwCfugsA5LoLAOy6CwA5uwsAQ7sLAI67CwCZuwsA47sLAO+7CwA4vAsAQLwLAORfEQCSvAsA4rwLAOu8CwA3vQsAPb0LAIy9CwCbvQsA4b0LAO29CwA2vgsAOb4LADlgEQCQvgsA4L4LAO++CwA1vwsAN78LAIq/CwCbvwsA378LAPC/CwA0wAsASMALAInACwCRwAsA3sALAOzACwAzwQsAQMELAIjBCwCLwQsA3cELAOfBCwAywgsANMILAIfCCwCYwgsA3MILAO3CCwAxwwsAPcMLAIbDCwCNwwsA28MLAOPDCwAwxAsAR8QLAIXECwCRxAsA2sQLAPDECwAvxQsAMsULAI5gEQCPxQsA2cULAOXFCwAuxgsANsYLAONgEQCPxgsA2MYLAO7GCwAtxwsAMMcLAILHCwCKxwsA18cLANnHCwAsyAsAR8gLAIHICwCDyAsA1sgLAOTICwAryQsAPMkLAIDJCwCCyQsA1ckLAO7JCwAqygsAO8oLAH/KCwCLygsAOGERANrKCwApywsAN8sLAH7LCwCZywsA08sLAN/LCwAozAsALswLAH3MCwCFzAsA0swLAOLMCwAnzQsALM0LAHzNCwCFzQsA0c0LAN7NCwAmzgsALc4LAHvOCwCDzgsAjWERANXOCwAlzwsAK88LAHrPCwCCzwsAz88LAPvPCwAk0AsAK9ALAHnQCwCS0AsAztALAN3QCwAj0QsAP9ELAOJhEQB90QsAzdELANfRCwAi0gsAMtILAHfSCwB80gsAzNILANXSCwAh0wsALtMLAHbTCwB90wsAy9MLANfTCwAg1AsAM9QLAHXUCwCE1AsAytQLANbUCwAf1QsAINULAHTVCwB+1QsAydULANfVCwAe1gsAI9YLAHPWCwCA1gsAN2IRANnWCwAd1wsAH9cLAHLXCwB11wsAx9cLAMrXCwAc2AsAI9gLAHHYCwB92AsAxtgLANbYCwAb2QsAK9kLAHDZCwB12QsAxdkLAM7ZCwAa2gsAJ9oLAG/aCwB22gsAxNoLANDaCwAZ2wsAH9sLAG7bCwB02wsAw9sLAMjbCwAY3AsAHtwLADZjEQB33AsAwtwLANDcCwAX3QsAJ90LAGzdCwBu3QsAwd0LANDdCwAW3gsAIN4LAGveCwBz3gsANWQRAMbeCwAV3wsAId8LAIpkEQBv3wsAv98LAMffCwAU4AsAJOALAGngCwB34AsAvuALAMvgCwAT4QsAGuELAGjhCwBw4QsANGURAM7hCwAS4gsAGeILAGfiCwBv4gsAvOILAMniCwAR4wsAFuMLAGbjCwBw4wsAu+MLAMPjCwAQ5AsAKeQLAGXkCwBx5AsAuuQLAMLkCwCJZREAG+ULAGTlCwBn5QsAueULAL7lCwAO5gsAH+YLAGPmCwB+5gsAuOYLAMTmCwAN5wsAFOcLAGLnCwB+5wsAt+cLAL/nCwDeZREAEegLAGHoCwBr6AsAtugLAL7oCwAL6QsADekLAHkkDQAb6QsAYOkLAGXpCwC16QsAvukLAArqCwAX6gsAX+oLAGbqCwAzZhEAveoLAAnrCwAW6wsAXusLAG3rCwCz6wsAvesLAAjsCwAW7AsAXewLAGLsCwCy7AsAv+wLAAftCwAP7QsAiGYRAGjtCwCx7QsAvu0LAAbuCwAJ7gsAW+4LAGnuCwCw7gsAte4LAAXvCwAS7wsAWu8LAGLvCwDdZhEAt+8LAATwCwAK8AsAWfALAAvwCwCpSgwAZfALAK7wCwDL8AsAA/ELAAzxCwBY8QsAZvELAK3xCwCz8QsAAvILAA7yCwBX8gsAXvILADJnEQCy8gsAAfMLAA/zCwBW8wsAcfMLAKvzCwC38wsAAPQLAAb0CwCHZxEAePQLANxnEQCv9AsA//QLAAz1CwBU9QsAYfULAKn1CwC19QsA/vULAA32CwBT9gsAXfYLAKj2CwC29gsA/fYLAAL3CwBS9wsAX/cLAKf3CwDD9wsA/PcLAAT4CwAxaBEAXfgLAKb4CwDD+AsA+/gLAAT5CwBQ+QsAXvkLAKX5CwCr+QsA+vkLAAb6CwBP+gsAVvoLAKT6CwCs+gsA+foLAA/7CwBO+wsAU/sLAKP7CwCq+wsA+PsLAAH8CwBN/AsAXvwLAKL8CwCu/AsA9/wLAP/8CwDbaBEAUv0LAKH9CwCm/QsA9v0LABH+CwBL/gsAWf4LAKD+CwCn/gsA9f4LAAH/CwBK/wsATf8LAJ//CwCn/wsA9P8LAPX/CwBJAAwASwAMAJ4ADACtAAwA8wAMABMBDABIAQwASgEMAJ0BDAC0AQwA8gEMAP4BDABHAgwATwIMADBpEQCdAgwA8QIMAP0CDABGAwwAVQMMAJsDDACjAwwAhWkRAPIDDABFBAwAUwQMAJoEDACrBAwA2mkRAPYEDAAvahEATAUMANlqEQCjBQwA7gUMAPoFDABDBgwAWQYMAJgGDACkBgwA7QYMAAAHDABCBwwAUAcMAJcHDAChBwwALmsRAPQHDACDaxEAVwgMAJYIDACiCAwA6wgMAPgIDABACQwASgkMAJUJDACXCQwA6gkMAPQJDAA/CgwATQoMAJQKDACZCgwA6QoMAPYKDAA+CwwARgsMAJMLDACjCwwA6AsMAOoLDAA9DAwARgwMAJIMDACjDAwA5wwMAPEMDADYaxEASA0MAJENDACoDQwA5g0MAAEODAAtbBEAVA4MAJAODACWDgwA5Q4MAO8ODACCbBEAPA8MAI8PDACgDwwA5A8MAOwPDAA5EAwAABAMAGY4DABFEAwAjhAMAJQQDADjEAwA6RAMADgRDAA9EQwAjREMAJMRDADXbBEA/hEMADcSDAA/EgwA1m0RAJoSDADhEgwA8hIMADYTDABHEwwAixMMAJcTDADgEwwA5xMMACtuEQBGFAwAihQMAJsUDADfFAwA6xQMADQVDAA7FQwAgG4RAIsVDADeFQwA3xUMADMWDAA7FgwAiBYMAI0WDADdFgwA5hYMADIXDAA8FwwAhxcMAI8XDADcFwwA4RcMADEYDABBGAwAhhgMAI4YDADbGAwA8RgMADAZDAA8GQwAhRkMAJsZDADaGQwA3xkMAC8aDAA1GgwAhBoMAJgaDADVbhEA7xoMAC4bDAA8GwwAgxsMAJAbDADYGwwA2hsMAC0cDAA3HAwAghwMAI4cDADXHAwA3hwMACwdDAA0HQwAgR0MAJodDADWHQwA6h0MACseDAAzHgwAgB4MAIIeDADVHgwA4h4MACofDAAvHwwAfx8MAIkfDADUHwwA3x8MACkgDAA1IAwAfiAMAIQgDADTIAwA2yAMACghDAApIQwAfSEMAIMhDADSIQwA1yEMACciDAA2IgwAfCIMAIgiDADRIgwA1CIMACYjDAApIwwAKm8RAIAjDADQIwwA7CMMAH9vEQBFJAwAeiQMAIIkDADUbxEA1SQMACQlDAAwJQwAKXARAH8lDADOJQwA2iUMAHxyEQAkJgwAyikMADMmDAB4JgwAeiYMAM0mDADXJgwAIicMACQnDAB3JwwAiCcMAMwnDADUJwwAISgMAC0oDAB2KAwAfCgMAMsoDADRKAwAICkMACUpDAB1KQwAeykMANFyEQDMKQwAHyoMACUqDAB0KgwAdyoMAMkqDADVKgwAHisMACYrDADQcxEAeSsMAMgrDADOKwwAHSwMACIsDAByLAwAeCwMACV0EQDJLAwAHC0MACUtDABxLQwAiC0MAMYtDADRLQwAGy4MACUuDABwLgwAeC4MACR1EQDSLgwAGi8MACIvDABvLwwAeS8MAMQvDADPLwwAGTAMAB8wDABuMAwAejAMAMMwDADFMAwAGDEMAB8xDABtMQwAdTEMAMIxDADUMQwAeXURAFUyDABsMgwAdDIMAMEyDADkMgwAeHYRABgzDABrMwwAeDMMAMAzDADHMwwAFTQMACY0DABqNAwAdjQMAL80DADGNAwAFDUMABU1DACeVQwAHDUMAM12EQB8NQwAvjUMAM01DAATNgwAHzYMAGg2DABpNgwAvTYMAMc2DAASNwwAIDcMAGc3DABsNwwAvDcMAMk3DAAidxEAGTgMAHd3EQBuOAwAzHcRAMk4DAAQOQwAHzkMAGU5DACFOQwAujkMAMY5DAAPOgwAFjoMAGQ6DABsOgwAuToMALs6DAAOOwwAGDsMAMt4EQBtOwwAuDsMAMA7DAAgeREAFzwMAGI8DABqPAwAdXkRAPY8DAAMPQwAFD0MAGE9DAB/PQwAynkRAMQ9DAALPgwAEj4MAG3aDQAbPgwAYD4MAHA+DAC1PgwAwT4MAAo/DAAQPwwAXz8MAHs/DAC0PwwAvD8MAB96EQAdQAwAXkAMAGhADACzQAwAv0AMAAhBDAAQQQwAdHoRAGhBDACyQQwAtEEMAAdCDAANQgwAXEIMAGRCDADJehEAs0IMAAZDDAAJQwwAW0MMAGNDDACwQwwAwEMMAAVEDAAHRAwAWkQMAGhEDACvRAwAwEQMAB57EQALRQwAc3sRAF9FDACuRQwAs0UMAANGDAAJRgwAyHsRAGJGDACtRgwAr0YMAAJHDAAVRwwAV0cMAF9HDACsRwwAuEcMAAFIDAAHSAwAVkgMAFxIDACrSAwAsEgMAABJDAAGSQwAx3wRAF5JDACqSQwAt0kMAP9JDAAGSgwAVEoMAFxKDAAcfREAtUoMAP5KDAAISwwAU0sMAF9LDACoSwwAt0sMAP1LDAAHTAwAUkwMAF5MDACnTAwArkwMAHF9EQD/TAwA6rEOAAJNDABRTQwAC00MACfLDQBdTQwApk0MAK5NDADGfREAB04MAFBODABaTgwApU4MALFODAD6TgwACU8MAE9PDABZTwwApE8MALBPDAD5TwwAAFAMABt+EQBcUAwAo1AMAG5QDACMuw0AulAMAPhQDAAFUQwATVEMAE9RDACiUQwAs1EMAPdRDAATUgwATFIMAFRSDABwfhEAulIMAPZSDAAKUwwAS1MMAFNTDACgUwwAo1MMAPVTDAADVAwASlQMAGFUDACfVAwArFQMAPRUDAD2VAwASVUMAFpVDADFfhEApFUMAPNVDAD4VQwASFYMAF5WDACdVgwAq1YMAPJWDAD1VgwAR1cMAFNXDACcVwwAolcMAPFXDAD9VwwARlgMAHJYDACbWAwAp1gMAPBYDAD/WAwARVkMAE9ZDACaWQwAqFkMAO9ZDAD0WQwARFoMAFFaDAAafxEAm1oMAO5aDAD8WgwAQ1sMAFBbDACYWwwAqlsMAG9/EQD8WwwAQlwMAE5cDACXXAwAsFwMAOxcDADuXAwAQV0MAFBdDACWXQwAtl0MAOtdDADzXQwAQF4MAGNeDADEfxEAml4MAOpeDADtXgwAP18MAElfDACUXwwAnF8MAOlfDADvXwwAPmAMAEpgDACTYAwAomAMAOhgDAD0YAwAPWEMAEphDACSYQwAnGEMAOdhDADvYQwAPGIMAEtiDACRYgwAk2IMAOZiDAD3YgwAO2MMAExjDACQYwwAmGMMAOVjDAD2YwwAOmQMADxkDACPZAwAkmQMAORkDADuZAwAOWUMAF1lDACOZQwAqmUMABmAEQDpZQwAOGYMAD1mDACNZgwAnGYMAOJmDADuZgwAN2cMADpnDACMZwwAj2cMAOFnDADpZwwANmgMAEVoDACLaAwAkGgMAOBoDAD2aAwANWkMADZpDACKaQwAm2kMAN9pDADraQwANGoMAD5qDACJagwAlWoMAN5qDADlagwAboARADdrDACIawwAlmsMAN1rDADnawwAMmwMAD1sDACHbAwAj2wMANxsDADobAwAMW0MAERtDACGbQwAlG0MANttDADlbQwAMG4MADhuDACFbgwAlG4MANpuDADfbgwAL28MADZvDACEbwwAkG8MAMOAEQDlbwwALnAMADFwDACDcAwAhnAMANhwDADycAwALXEMADlxDACCcQwAlXEMANdxDADlcQwALHIMADZyDACBcgwApHIMABiBEQDgcgwAK3MMADdzDACAcwwAh3MMANVzDADdcwwAKnQMAC50DAB/dAwAjXQMANR0DADedAwAKXUMADR1DAB+dQwAhnUMANN1DADidQwAKHYMAC12DAB9dgwAhHYMANJ2DADedgwAJ3cMAC93DABtgREAkncMALiODgCVdwwA0XcMANt3DAAmeAwAMngMAHt4DAB+eAwA0HgMANp4DAAleQwAKHkMAHp5DACKeQwAz3kMANF5DAAkegwAMnoMAHl6DACKegwAwoERANV6DAAXghEAPHsMAHh7DACCewwAzXsMANl7DAAifAwAJXwMAHd8DACBfAwAbIIRANF8DAAhfQwAQX0MAHZ9DAB+fQwAwYIRANl9DAAgfgwANn4MAHV+DACBfgwAyn4MANF+DAAffwwAJ38MAHR/DAB5fwwAyX8MANJ/DAAegAwAKIAMAHOADAB7gAwAyIAMANaADAAdgQwAKoEMAHKBDAB6gQwAFoMRANeBDAAcggwAJIIMAGuDEQB4ggwAxoIMANKCDAAbgwwAIoMMAHCDDAB4gwwAxYMMAM+DDAAahAwAKIQMAG+EDACFhAwAxIQMANCEDAAZhQwAHoUMAG6FDAB3hQwAw4UMAM2FDAAYhgwAIIYMAG2GDAByhgwAwoYMANKGDAAXhwwAH4cMAMCDEQB2hwwAwYcMAMSHDAD5Tg0AyYcMABWEEQAkiAwAa4gMAIGIDADAiAwAzIgMABWJDAAciQwAaokMAHKJDAC/iQwAxIkMABSKDAAdigwAaYoMAHOKDAC+igwAxooMABOLDAAViwwAspYMACGLDABoiwwAdYsMAL2LDADFiwwAaoQRAB6MDABnjAwAaowMALyMDADGjAwAv4QRAB+NDABmjQwAfI0MALuNDADHjQwAEI4MABeODABljgwAbY4MALqODAC/jgwAD48MABiPDABkjwwAbo8MALmPDADBjwwADpAMABCQDABjkAwAc5AMALiQDADCkAwADZEMABmRDABikQwAaJEMAGmFEQDFkQwADJIMACKSDABhkgwAbZIMALaSDAC7kgwAC5MMABSTDABgkwwAapMMALWTDAC9kwwACpQMACyUDAC+hREAbpQMALSUDADAlAwACZUMAAqVDABelQwAaJUMALOVDADBlQwACJYMAA2WDABdlgwAapYMABOGEQDClgwAB5cMABGXDABclwwAaJcMALGXDAC3lwwABpgMAA6YDAAShxEAYJgMALCYDAC4mAwABZkMABGZDAD7ogwAHpkMAFqZDABmmQwAr5kMALeZDABnhxEAEZoMAFmaDABhmgwArpoMALyaDAADmwwAEJsMAFibDABbmwwArZsMALebDAACnAwABJwMAFecDABknAwArJwMALucDAABnQwADZ0MAFadDABenQwAvIcRALudDAAAngwACJ4MAFWeDABhngwAqp4MALCeDAD/ngwABZ8MAFSfDABZnwwAqZ8MAK+fDAARiBEAC6AMAFOgDABYoAwAqKAMALKgDAD9oAwABaEMAFKhDABeoQwAp6EMALqhDAD8oQwACqIMAFGiDABUogwApqIMALCiDABmiBEADqMMAFCjDABeowwApaMMAKijDAD6owwABKQMALuIEQBUpAwApKQMAF2kDAAwwwwArKQMAPmkDAAFpQwATqUMAFSlDACjpQwAYaUMAN3ADACppQwA+KUMAP2lDABNpgwAU6YMABCJEQCopgwA96YMAPymDABMpwwAUqcMAGWJEQCvpwwA9qcMABGoDABLqAwAV6gMAKCoDACnqAwAuokRAP6oDABKqQwAV6kMAJ+pDACrqQwA9KkMAAeqDABJqgwASqoMAJ6qDACqqgwA86oMAAKrDABIqwwAUqsMAJ2rDACpqwwA8qsMAPmrDAAPihEATawMAJysDACirAwA8awMAPasDABGrQwATK0MALmKEQCkrQwA8K0MAP2tDABFrgwASa4MAJquDACcrgwA764MAPyuDABErwwATq8MAA6LEQCgrwwA7q8MAPavDABDsAwAT7AMAJiwDACrsAwA7bAMAPywDABCsQwATrEMAJexDACYsQwA7LEMAPaxDABBsgwAT7IMAJayDACbsgwA67IMAPiyDABjixEATLMMAJWzDACbswwA6rMMAPCzDAA/tAwARLQMAJS0DACatAwAuIsRAO60DAA+tQwASLUMAGKMEQCbtQwA6LUMAPW1DAA9tgwAQrYMAJK2DACctgwA57YMAO+2DAA8twwASLcMAJG3DACktwwA5rcMAOe3DAA7uAwAR7gMAJC4DACfuAwA5bgMAO+4DAA6uQwAQrkMAI+5DACRuQwAt4wRAO25DAA5ugwASLoMAI66DACdugwA47oMAO+6DAA4uwwAO7sMAI27DACQuwwADI0RAOS7DAA3vAwAOrwMAIy8DACUvAwA4bwMAO68DAA2vQwAO70MAIu9DACVvQwA4L0MAOi9DAA1vgwAQb4MAIq+DACdvgwA374MAOC+DAA0vwwAQL8MAIm/DACYvwwA3r8MAOi/DAAzwAwAP8AMAIjADACPwAwAYY0RAOzADAAywQwAPsEMAIfBDACIwQwA3MEMAObBDAAxwgwAP8IMAIbCDACLwgwA28IMAOjCDAC2jREAQcMMAAuOEQCSwwwA2sMMAOjDDAAvxAwAQMQMAITEDACmxAwAYI4RAN7EDAAuxQwA38QMAKL7DAA2xQwAg8UMAITFDADUyQwAhsUMANPKDACIxQwA1cgMAInFDAAnzAwAisUMANbHDACSxQwA2MUMAJzFDAAkzwwA3cUMAC3GDAA6xgwAgsYMAI/GDADXxgwA48YMACzHDAA7xwwAgccMAIvHDAC1jhEA5McMACvIDAAtyAwAgMgMAJHIDAAKjxEA1sgMACrJDAA2yQwAf8kMAIzJDABfjxEA4skMACnKDAA2ygwAfsoMAJXKDAC0jxEA3MoMAHvNDADdygwAKMsMACrLDAB9ywwAg8sMANLLDADcywwACZARADPMDAB8zAwAfswMANHMDADgzAwAJs0MADHNDABekBEAis0MANDNDADfzQwAJc4MADHODAB6zgwAhs4MAM/ODADWzgwAs5ARADDPDAB5zwwAgc8MAAiREQDnzwwAI9AMADTQDAB40AwAhNAMAF2REQDU0AwAItEMACrRDAB30QwAeNEMAMzRDADS0QwAIdIMACbSDAB20gwAd9IMAMvSDADX0gwAINMMACbTDAB10wwAf9MMAMrTDADY0wwAGtkMAN7TDAAf1AwAJ9QMALKREQCE1AwAydQMANHUDAAe1QwAJ9UMAHPVDAAr1QwAG9gMAIDVDADI1QwAz9UMAB3WDAAp1gwActYMAILWDADH1gwA1dYMABzXDAAp1wwAcdcMAH3XDADG1wwAzdcMAAeSEQAk2AwAcNgMAIHYDADF2AwA1tgMAFySEQAm2QwAb9kMAHLZDADE2QwAzNkMABnaDAAe2gwAbtoMAH7aDADD2gwAy9oMABjbDAAh2wwAbdsMACXbDAAV3gwAetsMAMLbDADJ2wwAF9wMACPcDABs3AwAfNwMAMHcDADP3AwAFt0MACPdDABr3QwAd90MAMDdDADH3QwAsZIRAB7eDABq3gwAe94MAL/eDADQ3gwABpMRABnfDABp3wwAdt8MAL7fDADK3wwAE+AMAB3gDABo4AwAfOAMAL3gDAC+4AwAEuEMAB7hDABn4QwAhuEMALzhDADE4QwAEeIMABbiDABm4gwAf+IMALviDADn4gwAEOMMABzjDABl4wwAdOMMALrjDADE4wwAD+QMABfkDABk5AwAb+QMALnkDAC75AwADuUMABHlDABj5QwAa+UMALjlDADF5QwADeYMABLmDABi5gwAauYMALfmDAC55gwADOcMABbnDABh5wwAa+cMALbnDAC85wwAC+gMABnoDABg6AwAeegMALXoDAC+6AwACukMABTpDABf6QwAa+kMAFuTEQDA6QwACeoMABPqDABe6gwAaeoMALPqDAC46gwACOsMAA/rDABd6wwAZesMALLrDADf6wwAsJMRAA7sDABc7AwAZOwMALHsDADe7AwABu0MAAvtDABb7QwAXO0MALDtDAC67QwABe4MABPuDABa7gwAX+4MAK/uDAC87gwABO8MACDvDABZ7wwAde8MAAWUEQC77wwAA/AMAAfwDABY8AwAXvAMAK3wDACv8AwAAvEMAAPxDABX8QwAevEMAKzxDADQ8QwAAfIMAC7yDABW8gwAXvIMAKvyDACw8gwAAPMMAA3zDABV8wwAXfMMAKrzDACs8wwA//MMAAf0DABU9AwAgfQMAKn0DAC29AwA/vQMAAP1DABT9QwAYPUMAKj1DAC09QwA/fUMACr2DABS9gwAWvYMAKf2DADC9gwA/PYMAP72DABR9wwAYvcMAKb3DACv9wwA+/cMAAf4DABalBEAXfgMAKX4DADA+AwA+vgMAP/4DABP+QwAb/kMAKT5DACw+QwA+fkMAAH6DACvlBEAXPoMAKP6DACt+gwA+PoMAAP7DABN+wwAVfsMAFmVEQCr+wwA9/sMAAH8DABM/AwAV/wMAKH8DAC1/AwA9vwMAAv9DABL/QwAU/0MAKD9DAC3/QwA9f0MAPr9DABK/gwAVP4MAJ/+DACn/gwArpURAPb+DABJ/wwAWv8MAJ7/DACh/wwA8/8MAP//DAADlhEAVgANAJ0ADQCuAA0AWJYRAPUADQBHAQ0ASgENAJwBDQCoAQ0A8QENAPcBDQBGAg0AUAINAK2WEQCoAg0A8AINAAcDDQBFAw0ATQMNAAKXEQCqAw0A7wMNAPsDDQBEBA0ASgQNAJkEDQClBA0A7gQNAKcEDQDQdQ8A+wQNAEMFDQBSBQ0AmAUNAKQFDQDtBQ0A9QUNAFeXEQBKBg0AlwYNAJkGDQDsBg0A+wYNAEEHDQBLBw0AlgcNAJ8HDQDrBw0A7QcNAEAIDQBRCA0AlQgNAKoIDQDqCA0A8ggNAD8JDQB/CQ0AlAkNAJwJDQDpCQ0A9QkNAD4KDQBRCg0AkwoNAJQKDQDoCg0A9AoNAD0LDQBMCw0AkgsNAJwLDQDnCw0A8wsNADwMDQBDDA0AAZgRAK0MDQBWmBEA6QwNADsNDQBDDQ0AkA0NAJ0NDQDlDQ0A6g0NADoODQBEDg0Ajw4NAJcODQDkDg0A7g4NADUTDQD0Dg0AMxUNABEPDQA5Dw0AQw8NAI4PDQBJDw0ANxENAJQPDQDjDw0A7A8NADgQDQBEEA0AjRANALoQDQDiEA0A/hANAACZEQA5EQ0AjBENAJ0RDQDhEQ0A5BENADYSDQBCEg0AixINALgSDQDgEg0A/BINAFWZEQA7Ew0AihMNAJMTDQDfEw0A6RMNADQUDQA/FA0AiRQNAJ0UDQDeFA0A+hQNAKqZEQA1FQ0AiBUNAJkVDQDdFQ0A4BUNADIWDQBGFg0AhxYNAKMWDQD/mREA5BYNAFSaEQA5Fw0AqZoRAJIXDQDbFw0A4RcNADAYDQA2GA0AhRgNAIoYDQDaGA0A4BgNAP6aEQA5GQ0AhBkNAIwZDQComxEA3xkNAC4aDQA2Gg0AgxoNAJAaDQDYGg0A5BoNAC0bDQAvGw0AghsNAIgbDQDXGw0A3xsNACwcDQA+HA0A/ZsRAI4cDQDWHA0A3RwNACsdDQAzHQ0AgB0NAIUdDQDVHQ0A5R0NACoeDQAyHg0Afx4NAI0eDQDUHg0A4R4NACkfDQAqHw0Afh8NAIcfDQDTHw0A3R8NAFKcEQAtIA0AfSANAIkgDQDSIA0A1SANACchDQAvIQ0AfCENAIkhDQDRIQ0A1iENACYiDQAwIg0AeyINAIMiDQDQIg0A3CINACUjDQA4Iw0AeiMNAIgjDQDPIw0A0iMNACQkDQAuJA0Ap5wRAJQkDQDOJA0A0CQNACMlDQAxJQ0AeCUNAIklDQDNJQ0AzyUNACImDQA7Jg0AdyYNAIgmDQDMJg0A2CYNAPycEQAqJw0AdicNAIMnDQDLJw0A1ScNACAoDQAuKA0AdSgNAIsoDQDKKA0A1igNAB8pDQArKQ0AdCkNAIcpDQDJKQ0A2CkNAB4qDQAqKg0AcyoNAHQqDQDIKg0A0ioNAB0rDQArKw0AcisNAHcrDQDHKw0A1CsNAFGdEQAqLA0AcSwNAIcsDQDGLA0A0iwNABstDQAiLQ0AcC0NAHgtDQDFLQ0Ayi0NABouDQAjLg0Aby4NAHkuDQDELg0AzC4NABkvDQAdLw0Abi8NAHAvDQDDLw0A0S8NABgwDQAiMA0AbTANAHswDQDCMA0AzzANABcxDQAuMQ0AbDENAHQxDQDBMQ0A0TENABYyDQAbMg0AazINAHEyDQDAMg0AyDINABUzDQAaMw0AajMNAGszDQC/Mw0AyzMNABQ0DQAaNA0AaTQNAGs0DQC+NA0AyDQNABM1DQAhNQ0AaDUNAG01DQC9NQ0AyjUNAFCeEQAYNg0AZzYNAGw2DQC8Ng0AwjYNAKWeEQAWNw0AZjcNAHM3DQC7Nw0AyDcNABA4DQAcOA0AZTgNAHQ4DQC6OA0AxDgNAA85DQAdOQ0AZDkNAGk5DQC5OQ0AxjkNAA46DQAWOg0ApJ8RAG86DQC4Og0AyDoNAA07DQAWOw0AYjsNAGU7DQC3Ow0AwzsNAAw8DQATPA0A+Z8RAGY8DQC2PA0AwzwNAAs9DQAYPQ0AYD0NAGw9DQC1PQ0AxD0NAAo+DQAUPg0AXz4NAG0+DQC0Pg0AuT4NAAk/DQAWPw0AXj8NAGY/DQBOoBEAvz8NAAhADQAYQA0AXUANAGZADQCyQA0AtUANAAdBDQATQQ0AXEENAGNBDQCjoBEAtkENAAZCDQAPQg0AISQQABNCDQBbQg0AaEINALBCDQC8Qg0ABUMNABRDDQBaQw0AZEMNAK9DDQC9Qw0ABEQNAAlEDQBZRA0AZkQNAK5EDQC2RA0A+KARAA9FDQBYRQ0AaEUNAK1FDQC2RQ0AAkYNAAVGDQBXRg0AY0YNAKxGDQCzRg0ATaERABhHDQBWRw0AXEcNAKtHDQC3Rw0AAEgNABdIDQBVSA0AV0gNAKpIDQC0SA0A/0gNAAtJDQBUSQ0AYEkNAKlJDQCvSQ0A/kkNAARKDQBTSg0AWEoNAKhKDQCuSg0AoqERAABLDQBNTg8ACEsNAFJLDQBTSw0Ap0sNALFLDQD8Sw0AJ0wNAPehEQBUTA0ApkwNALBMDQBMohEABE0NAFBNDQBmTQ0ApU0NALtNDQD6TQ0A/E0NAE9ODQBVTg0ApE4NALhODQD2ohEAAU8NAE5PDQAVTw0AnPwRAFRPDQDmYA4AXk8NAKNPDQBnTw0AhMIOAKVPDQD4Tw0ABlANAE1QDQBeUA0AS6MRAKlQDQCgoxEAAFENAAdADgADUQ0ATFENAE9RDQChUQ0AqlENAPZRDQAHUg0AS1INAFVSDQCgUg0AqFINAPVSDQC8Ug0AY44OAPhSDQBKUw0AU1MNAJ9TDQC1Uw0A9FMNAApUDQBJVA0AS1QNAJ5UDQCkVA0A81QNAAdVDQD1oxEAcFUNAJ1VDQDFVQ0ASqQRAPhVDQDFLA4A/lUNAJtXDQD/VQ0Abi4OAAFWDQBvLQ4AAlYNAEdWDQBJVg0AnFYNAKpWDQDxVg0AAlcNAJ+kEQBOVw0A9KQRAKFXDQDwVw0A9lcNAEVYDQBKWA0AmlgNAKBYDQBJpREA+1gNAERZDQBMWQ0A86URAKVZDQDuWQ0A+FkNAENaDQBMWg0AmFoNAJlaDQDtWg0A9VoNAEJbDQBHWw0Al1sNAKdbDQCdphEA+FsNAEFcDQBDXA0AllwNAJxcDQDrXA0A8lwNAEBdDQBFXQ0AlV0NAJldDQDqXQ0A910NAD9eDQBHXg0AlF4NAJleDQDpXg0A+V4NAPKmEQBPXw0Ak18NAJ9fDQDoXw0A918NAD1gDQBHYA0AkmANAKBgDQDnYA0A9GANADxhDQBTYQ0AR6cRAJRhDQDxpxEA6WENADtiDQDtYQ0A4LgRAENiDQCQYg0AuGINAOViDQANYw0AOmMNAGJjDQBGqBEAmGMNAORjDQDlYw0AOWQNAEhkDQCOZA0AT2QNADdmDQCfZA0A42QNAOVkDQA4ZQ0AO2UNAI1lDQCQZQ0A4mUNAOplDQBFqREAPGYNAIxmDQCTZg0A4WYNAOpmDQA2Zw0AR2cNAItnDQCXZw0A4GcNAOhnDQCaqREAO2gNAIpoDQCRaA0A32gNAORoDQA0aQ0AOGkNAIlpDQCWaQ0A3mkNAO1pDQAzag0ARGoNAIhqDQCKag0A3WoNAOBqDQAyaw0ANWsNAIdrDQCPaw0A76kRAOFrDQCXsA0A52sNAJVbDwDoaw0AMWwNADRsDQCGbA0AkGwNAESqEQDkbA0AMG0NAD9tDQCFbQ0AlG0NANptDQDmbQ0AL24NADJuDQCEbg0Ah24NAJmqEQDcbg0ALm8NAFZvDQDuqhEAi28NAEOrEQDgbw0AmKsRADVwDQDtqxEAh3ANANdwDQDkcA0ALHENAC9xDQCBcQ0AhnENANZxDQDncQ0AK3INADdyDQBCrBEAhXINANVyDQDmcg0AKnMNADZzDQB/cw0AmXMNANRzDQDYcw0A0nUNANtzDQAleA0A3nMNAHl5DQDgcw0A0XYNAOJzDQDTdA0A5XMNACl0DQAudA0AfnQNAJV0DQCXrBEA4HQNACh1DQA4dQ0AfXUNAIJ1DQDsrBEA1HUNACd2DQAtdg0AfHYNAIl2DQBBrREA13YNACZ3DQAsdw0Ae3cNAIB3DQDQdw0A1ncNAJatEQAxeA0AengNAJN4DQDPeA0A2HgNACR5DQA7eQ0A660RAH95DQDOeQ0A0HkNACN6DQAyeg0AeHoNAIR6DQBArhEAz3oNACJ7DQAzew0Ad3sNAIV7DQDMew0A03sNACF8DQAjfA0AdnwNAIB8DQDLfA0A2XwNACB9DQAlfQ0AdX0NAIJ9DQDKfQ0A0n0NAB9+DQAjfg0AdH4NAHZ+DQDJfg0Az34NAB5/DQArfw0Ala4RAIB/DQDIfw0A338NAB2ADQA5gA0A6q4RAH6ADQDHgA0AyIANAByBDQAigQ0AcYENAH2BDQDGgQ0A1YENABuCDQAdgg0AcIINAHqCDQDFgg0A04INABqDDQAfgw0Ab4MNAHyDDQDEgw0AzIMNABmEDQAdhA0AboQNAHCEDQDDhA0AyYQNABiFDQAlhQ0AP68RAHqFDQDChQ0A2YUNABeGDQAzhg0AlK8RAHWGDQDBhg0Az4YNABaHDQAghw0Aa4cNAHeHDQDAhw0Aw4cNABWIDQAxiA0AaogNAHKIDQDprxEAy4gNABSJDQAXiQ0AaYkNAHOJDQDosBEAx4kNABOKDQAhig0AaIoNAHKKDQC9ig0AyYoNABKLDQAaiw0AkrERAGmLDQC8iw0AyosNABGMDQAijA0A57ERAG2MDQA8shEAwIwNABCNDQAYjQ0AZY0NAGuNDQC6jQ0Aw40NAA+ODQAcjg0A5rIRAGmODQC5jg0AcI4NAGKQDQDCjg0ADo8NABiPDQBjjw0Aa48NALiPDQD8jw0ADZANABWQDQA7sxEAaJANALeQDQC9kA0ADJENABSRDQBhkQ0ApZENALaRDQC+kQ0AkLMRABOSDQDlsxEAaZINALWSDQDDkg0ACpMNABSTDQBfkw0Aa5MNALSTDQC3kw0ACZQNABGUDQCPtBEAapQNALOUDQC2lA0ACJUNABKVDQDktBEAZZUNADm1EQDAlQ0AB5YNABiWDQBclg0AaJYNALGWDQC0lg0AjrURAEyXDQBblw0AoZcNAOO1EQDAlw0ABZgNAAeYDQBamA0AaJgNAK+YDQDAmA0AOLYRACCZDQBZmQ0AYZkNAI22EQC0mQ0Ajw0OAMGZDQADmg0AEpoNAFiaDQBkmg0ArZoNAK6aDQACmw0ADJsNAFebDQBlmw0ArJsNALGbDQABnA0ADpwNAOK2EQBknA0Aq5wNALicDQAAnQ0ACJ0NADe3EQBhnQ0Aqp0NANadDQD/nQ0AC54NAFSeDQBjng0AqZ4NALOeDQD+ng0ADJ8NAFOfDQBYnw0AqJ8NALWfDQD9nw0ABaANAFKgDQBgoA0Ap6ANALSgDQD8oA0ABKENAIy3EQBToQ0AMMEOAF+hDQCmoQ0AsKENAPuhDQAHog0AUKINAFeiDQClog0AraINAPqiDQD+og0AT6MNAF2jDQCkow0ArqMNAPmjDQAEpA0ATqQNAFakDQCjpA0ApaQNAPikDQAApQ0ATaUNAFqlDQCipQ0Ap6UNAPelDQAEpg0ATKYNAGqmDQChpg0A0qYNAPamDQACpw0AS6cNAFGnDQCgpw0ApacNAPWnDQD9pw0ASqgNAFaoDQCfqA0AsqgNAPSoDQACqQ0ASakNAFOpDQCeqQ0ApqkNAPOpDQACqg0ASKoNAE2qDQCdqg0ApKoNAPKqDQD+qg0AR6sNAGOrDQCcqw0ApKsNAOG3EQDzqw0ARqwNAFSsDQCbrA0AqKwNAPCsDQD+rA0ARa0NAFKtDQCarQ0Asa0NAO+tDQD3rQ0ARK4NAFKuDQCZrg0Apq4NAO6uDQD2rg0Ai7gRAFGvDQCYrw0Ama8NADW5EQD5rw0AQrANAEmwDQCKuREAnrANAOywDQDxsA0A37kRAEmxDQA0uhEAnrENAOuxDQDesQ0AUfQPAOyxDQDrBg4A7rENAOkIDgD0sQ0AQLINAPWxDQCXBQ4A+7ENAOoHDgAJsg0At44PAE2yDQCVsg0AoLINAOqyDQDssg0AP7MNAEyzDQCUsw0Am7MNAOmzDQD6sw0APrQNAEq0DQCTtA0AmrQNAOi0DQDwtA0AiboRAEO1DQCStQ0AmLUNAOe1DQDstQ0APLYNAEK2DQDeuhEAnbYNAOa2DQDwtg0AO7cNAD+3DQCQtw0AnLcNAOW3DQDxtw0AOrgNAEe4DQCPuA0Al7gNAOS4DQDuuA0AObkNAEW5DQCOuQ0AkbkNAOO5DQDtuQ0AiLsRADq6DQCNug0AkLoNAOK6DQDlug0AMrwRAD+7DQCHvBEAmrsNAOG7DQDiuw0A3LwRAD68DQAxvREAkLwNAOC8DQDnvA0ANb0NADq9DQCGvREAkr0NANu9EQDnvQ0ANL4NAD6+DQCJvg0AlL4NAN6+DQDsvg0AM78NADa/DQCIvw0AkL8NAN2/DQDnvw0AMsANAD7ADQCHwA0AisANANzADQDmwA0AML4RAD/BDQCGwQ0AnMENANvBDQDnwQ0AMMINADfCDQCFwg0AjcINANrCDQDfwg0AL8MNADjDDQCEww0AjsMNANnDDQDhww0ALsQNADDEDQCDxA0Ak8QNANjEDQDixA0ALcUNADnFDQCCxQ0AiMUNANfFDQDfxQ0A2r4RADrGDQCBxg0AgsYNAC+/EQDbxg0AhL8RAC3HDQCAxw0AgccNANXHDQDYxw0AKsgNADXIDQB/yA0AhMgNANTIDQDeyA0A2b8RAE3JDQB+yQ0AhskNAC7AEQDVyQ0AKMoNADnKDQB9yg0AjsoNANLKDQDVyg0Ag8ARAC3LDQB8yw0AgcsNANHLDQDUyw0AJswNACnMDQB7zA0Ag8wNANjAEQDezA0AJc0NACjNDQB6zQ0Ahc0NAM/NDQDbzQ0AJM4NACvODQB5zg0Agc4NAM7ODQDczg0AI88NADDPDQB4zw0AgM8NAC3BEQDZzw0AItANACXQDQB30A0AgdANAMzQDQDU0A0AgsERAC3RDQB20Q0AfNENAMvRDQDV0Q0AININADTSDQB10g0AfdINANfBEQDX0g0AH9MNACfTDQB00w0Ad9MNAMnTDQDV0w0AHtQNACjUDQBz1A0AfNQNAMjUDQDJ1A0AHdUNADXVDQBy1Q0AdNUNAMfVDQDY1Q0AHNYNAC3WDQBx1g0AedYNAMbWDQDV1g0AG9cNAB3XDQBw1w0AgdcNAMXXDQDW1w0AGtgNADPYDQBv2A0AcdgNAMTYDQDT2A0AGdkNADnZDQCBwhEAcNkNAMPZDQDj2Q0AGNoNACzaDQDVwxEAddoNAMLaDQDP2g0AF9sNABzbDQBs2w0AdtsNAMHbDQDJ2w0AFtwNABzcDQBr3A0AdNwNAMDcDQDN3A0AKsQRACHdDQBq3Q0AcN0NAL/dDQDF3Q0AFN4NAB3eDQBp3g0Aat4NAL7eDQDI3g0AE98NAB/fDQBo3w0Ab98NAH/EEQDF3w0A1MQRABrgDQApxREAb+ANAH7FEQDI4A0AEeENACHhDQBm4Q0Aa+ENALvhDQDB4Q0AEOINABziDQBl4g0AbeINANPFEQDL4g0AD+MNACDjDQBk4w0AduMNALnjDQDB4w0ADuQNABnkDQBj5A0AaOQNALjkDQC95A0ADeUNAC3lDQAoxhEAcuUNALflDQDB5Q0ADOYNABjmDQBh5g0AZ+YNALbmDQC+5g0AC+cNAA3nDQBg5w0AF+cNAAXtDQBx5w0AtecNAMbnDQAK6A0AHOgNAF/oDQBn6A0AtOgNAL/oDQAJ6Q0ADukNAF7pDQBj6Q0As+kNANPpDQB9xhEACuoNAF3qDQBs6g0AsuoNAL3qDQAH6w0AGesNAFzrDQBk6w0AsesNALzrDQAG7A0AC+wNAFvsDQBg7A0AsOwNANDsDQDSxhEAB+0NAFrtDQBp7Q0Ar+0NALrtDQAE7g0AFu4NAFnuDQBh7g0Aru4NALnuDQAD7w0ACO8NAFjvDQBd7w0Are8NAM3vDQAnxxEAD/ANAFfwDQBu8A0AfMcRALnwDQAB8Q0AGPENANHHEQBj8Q0Aq/ENALLxDQAA8g0ADvINAFXyDQBi8g0AqvINAMHyDQAmyBEAB/MNAHvIEQBW8w0AqfMNALfzDQD+8w0AD/QNANDIEQBg9A0AqPQNAL/0DQAlyREAB/UNAFL1DQBe9Q0Ap/UNAKr1DQD89Q0ABvYNAHrJEQBt9g0Az8kRAK72DQAkyhEAA/cNAFD3DQBR9w0A9/oNAFP3DQD5+A0AV/cNAPABDgBa9w0ApfcNAF/3DQD1/A0AYPcNAPb7DQCq9w0ARgEOALH3DQD69w0A/fcNAE/4DQBZ+A0AecoRAKz4DQDOyhEAAvkNAE75DQAZ+Q0A8v8NAFz5DQCj+Q0ArfkNAPj5DQAE+g0ATfoNAFD6DQCi+g0AqvoNACPLEQD5+g0ATPsNAE/7DQCh+w0ApPsNAHjLEQD4+w0AS/wNAFn8DQCg/A0AsfwNACLMEQD3/A0ASv0NAFf9DQCf/Q0Arv0NAPT9DQAA/g0ASf4NAFr+DQCe/g0Ar/4NAPP+DQD//g0ASP8NAE//DQCd/w0Apf8NAMzMEQAAAA4ARwAOAEgADgAhzREAqAAOAPEADgD4AA4Ads0RAE0BDgCbAQ4AoAEOACDOEQD5AQ4ARQIOAEsCDgCaAg4AnAIOAO8CDgD5Ag4ARAMOAFIDDgCZAw4AngMOAO4DDgD7Aw4AQwQOAFsEDgCYBA4ArgQOAO0EDgDwBA4AQgUOAEoFDgDKzhEAowUOAOwFDgDvBQ4AQQYOAEsGDgAfzxEAngYOAHTPEQDtBg4AQAcOAEMHDgCVBw4AmAcOAMnPEQDsBw4APwgOAE0IDgCUCA4ApQgOAHPQEQDyCA4APgkOAEwJDgCTCQ4AVwkOADW7DwCdCQ4A6AkOAPQJDgA9Cg4AQAoOAJIKDgCaCg4AHdERAAELDgBy0REAVgsOAJELDgCrCw4Ax9ERAOsLDgDiDw4A9AsOAIwQDgD2Cw4AOwwOAD0MDgCQDA4AngwOAOUMDgD2DA4AHNIRAEENDgBx0hEAlQ0OAOQNDgDpDQ4AOQ4OAD8ODgDG0hEAlA4OAOMODgDoDg4AOA8OAE4PDgCNDw4AlQ8OAHDTEQACEA4ANxAOAD8QDgDF0xEAoxAOAOEQDgDuEA4ANhEOADsRDgCLEQ4AkREOAOARDgDsEQ4ANRIOADwSDgCKEg4AkhIOAN8SDgACEw4Ab9QRAEETDgCJEw4AmBMOAN4TDgDgEw4AMxQOADwUDgCIFA4AnxQOAN0UDgDoFA4AMhUOADwVDgCHFQ4AjxUOABnVEQDiFQ4AMRYOADcWDgCGFg4AixYOANsWDgDhFg4AbtURAFIXDgCFFw4AjRcOABjWEQDjFw4ALxgOADAYDgCEGA4AjBgOANkYDgDkGA4ALhkOADMZDgCDGQ4AiBkOANgZDgD4GQ4AbdYRADMaDgCCGg4AiRoOANcaDgDcGg4ALBsOADAbDgCBGw4AjhsOANYbDgDeGw4AKxwOADYcDgCAHA4AhRwOANUcDgDaHA4AKh0OAEodDgDC1hEAjh0OANQdDgDfHQ4AKR4OADEeDgB+Hg4AgR4OANMeDgCIHg4A0CEOAN8eDgAoHw4AMh8OAH0fDgCGHw4A0h8OANMfDgAnIA4ALyAOAHwgDgCHIA4A0SAOANYgDgAmIQ4AKyEOAHshDgCbIQ4AF9cRANwhDgAlIg4AJyIOAHoiDgCAIg4AzyIOANYiDgAkIw4AKSMOAHkjDgB9Iw4AziMOANsjDgAjJA4AKyQOAHgkDgCDJA4AzSQOANIkDgAiJQ4AJyUOAHclDgCXJQ4AbNcRANQlDgDB1xEAKyYOAHYmDgB/Jg4AyyYOANEmDgAgJw4ALCcOAHUnDgCTJw4AyicOAMsnDgAfKA4AISgOAHQoDgCBKA4AySgOANcoDgAeKQ4ALSkOAHMpDgCPKQ4AyCkOANApDgBr2BEAMCoOAHIqDgBzKg4AxyoOANMqDgAcKw4AKysOAHErDgB7Kw4AxisOANIrDgAbLA4AIiwOAMDYEQB4LA4AFdkRAM4sDgAaLQ4AJy0OAGrZEQB0LQ4AxC0OANEtDgAZLg4AIy4OAL/ZEQBwLg4Awy4OANkuDgAYLw4AJC8OABTaEQB1Lw4A514PAIsvDgDCLw4Ayi8OAPGqDgDgLw4AFzAOAB8wDgBsMA4AOTAOAMOCDwBtMA4AFTIOAG8wDgBpMw4AeDAOABiDDwB8MA4AwTAOAMMwDgAWMQ4AJDEOAGsxDgB8MQ4AadoRAMgxDgC+2hEAFzIOAGoyDgBtMg4AvzIOAMIyDgAT2xEAHDMOAGjbEQBzMw4AEYsOAIkzDgC+Mw4AzDMOABM0DgAUNA4AvdsRAHA0DgAS3BEA4DQOAGfcEQAfNQ4AZzUOAHU1DgC8NQ4AxjUOABE2DgAZNg4AZjYOAGc2DgBhOw4AgTYOAA45DgCSNg4AuzYOAMQ2DgAQNw4AETcOAGU3DgBzNw4AujcOAMQ3DgAPOA4AGzgOAGQ4DgBqOA4AuTgOANU4DgC83BEAHDkOAGM5DgBwOQ4AuDkOAMI5DgANOg4ADzoOAGI6DgB5Og4AtzoOAMM6DgAMOw4AKDsOABHdEQByOw4AtjsOALg7DgALPA4AFTwOAGA8DgBwPA4AtTwOALo8DgAKPQ4AED0OAF89DgB1PQ4AtD0OALw9DgAJPg4ADD4OAF4+DgBnPg4Asz4OAME+DgAIPw4AEj8OAF0/DgBpPw4Asj8OAM4/DgBm3REAFEAOAFxADgBkQA4AsUAOALRADgADmQ4AwUAOAAZBDgAIQQ4ABJgOABRBDgBbQQ4AaEEOALBBDgC+QQ4ABUIOAAhCDgBaQg4AZUIOAK9CDgC7Qg4ABEMOAAtDDgBZQw4AYUMOAK5DDgCwQw4AA0QOABNEDgBYRA4AYkQOAK1EDgC5RA4AAkUOAAhFDgBXRQ4AX0UOALvdEQCuRQ4AAUYOAA9GDgBWRg4AY0YOAKtGDgC3Rg4AAEcOAAZHDgBVRw4AWEcOAKpHDgCyRw4A/0cOAAFIDgD6TA4AAkgOAKhJDgAPSA4AVEgOAFZIDgCgUQ4AWUgOAKlIDgCySA4A/kgOAAtJDgBTSQ4AWkkOABDeEQCxSQ4A+E4OALJJDgBRSw4AyEkOAP1JDgALSg4AUkoOAFNKDgBl3hEAs0oOAPxKDgADSw4Aut4RAFNLDgCmSw4ArEsOAPtLDgAFTA4AUEwOAFxMDgClTA4ArEwOAA/fEQATTQ4AT00OAFRNDgCkTQ4Aqk0OAPlNDgADTg4ATk4OAFpODgCjTg4Aqk4OAGTfEQAHTw4ATU8OAFxPDgCiTw4Ark8OAPdPDgD6Tw4ATFAOAE9QDgChUA4AsVAOAPZQDgD/UA4AS1EOAFxRDgC53xEArlEOAPVRDgAGUg4ADuARAFFSDgBj4BEAp1IOAPRSDgD2Ug4A71cOAPdSDgCdVA4ABFMOAElTDgBLUw4AlVwOAE5TDgCeUw4Ap1MOAPNTDgAAVA4ASFQOAE9UDgC44BEAplQOAO1ZDgCnVA4ARlYOAL1UDgDyVA4AAFUOAEdVDgBIVQ4ADeERAKhVDgDxVQ4A+FUOAGLhEQBIVg4Am1YOAKFWDgDwVg4A+lYOAEVXDgBRVw4AmlcOAKFXDgC34REACFgOAERYDgBJWA4AmVgOAJ9YDgDuWA4A+FgOAENZDgBPWQ4AmFkOAJ9ZDgAM4hEA/FkOAEJaDgBRWg4Al1oOAKNaDgDsWg4A71oOAEFbDgBEWw4AllsOAKZbDgDrWw4A9FsOAEBcDgBRXA4AYeIRAKNcDgDqXA4A+1wOALbiEQBGXQ4AC+MRAJxdDgDpXQ4AEl4OAD5eDgBGXg4Ak14OAKNeDgDoXg4A6l4OAD1fDgBLXw4Akl8OAKNfDgBg4xEA7V8OADxgDgBIYA4AteMRAL9gDgBf5BEA72AOADthDgBIYQ4AkGEOAKxhDgDlYQ4A7WEOALTkEQBLYg4Aj2IOAJFiDgDkYg4A5WIOADljDgA8Yw4AjmMOAJpjDgDjYw4A6mMOADhkDgBUZA4AjWQOAJVkDgBe5REA72QOADdlDgBHZQ4AjGUOAJFlDgDhZQ4ADGYOALPlEQA8Zg4ACOYRAJNmDgDgZg4A4WYOACxwDgDmZg4A4Q4QAOpmDgA1Zw4A7GYOAIZrDgDwZg4A3WkOAP5mDgB+cw4AOmcOAD4HEABAZw4AQwIQAEFnDgCKZw4AjWcOAN9nDgDpZw4AXeYRADxoDgCJaA4Aj2gOAN5oDgDnaA4AM2kOAEBpDgCIaQ4ApGkOALLmEQDfaQ4AMmoOAOJpDgCIEhAAQGoOAIdqDgCYag4AB+cRAOJqDgAxaw4APWsOAFznEQCMaw4A22sOAOFrDgAwbA4ANWwOAIVsDgCLbA4AW+gRAOFsDgBa6REANG0OAIRtDgCMbQ4A2W0OAOVtDgAubg4AQW4OAINuDgCPbg4A2G4OAOduDgAtbw4ANm8OAIJvDgCMbw4A128OAONvDgAE6hEAPXAOAIFwDgCNcA4A1nAOANhwDgArcQ4ALnEOAIBxDgCMcQ4A1XEOAN1xDgBZ6hEANnIOAH9yDgCPcg4A1HIOAOByDgApcw4AL3MOAK7qEQCgcw4A03MOANtzDgAodA4AUnQOAH10DgCIdA4A0nQOAN50DgAndQ4AOHUOAHx1DgB9dQ4AA+sRANd1DgAmdg4AM3YOAFjrEQCIdg4A0HYOAOd2DgAldw4AUHcOAHp3DgCCdw4Az3cOANl3DgAkeA4AMHgOAHl4DgB8eA4AzngOANh4DgCt6xEAK3kOAHh5DgB+eQ4AzXkOANZ5DgAieg4AL3oOAHd6DgCTeg4AAuwRAM56DgAhew4A03oOAGmIDgAuew4AdnsOAH17DgDLew4AzXsOACB8DgAmfA4AdXwOAHx8DgDKfA4A4nwOAB99DgAkfQ4AdH0OACt9DgAefg4AfX0OAMl9DgDTfQ4AV+wRACR+DgBzfg4AeX4OAMh+DgDNfg4AHX8OACN/DgCs7BEAc38OAMd/DgDYfw4AHIAOACiADgBxgA4Ae4AOAMaADgDSgA4AG4EOACKBDgAB7REAcoEOAMWBDgB7gQ4AfB4QAMiBDgAagg4AOoIOAG+CDgB3gg4AVu0RANWCDgAZgw4AIIMOAG6DDgB2gw4Aw4MOAMaDDgBshQ4A04MOABiEDgAahA4AbYQOAHuEDgDChA4A04QOAKvtEQAehQ4AAO4RAHWFDgDBhQ4A0IUOABaGDgAlhg4Aa4YOAHeGDgDAhg4Aw4YOABWHDgAYhw4AaocOAHqHDgC/hw4AyIcOABSIDgAliA4AVe4RAG6IDgC+iA4Ax4gOABOJDgAdiQ4AaIkOAHCJDgC9iQ4A24kOABKKDgAwig4AZ4oOAIWKDgC8ig4A2ooOAKruEQAYiw4AZosOAGuLDgC7iw4AcosOALqMDgDEiw4AEIwOABqMDgBljA4AgYwOAP/uEQDAjA4AD40OABWNDgBkjQ4AgI0OAFTvEQDjjQ4A/u8RADiODgBT8BEAa44OAFLxEQDOjg4ADY8OAA+PDgBijw4AaI8OALePDgDLjw4ADJAOABSQDgBhkA4Ai5AOAKfxEQC/kA4AC5EOABiRDgBgkQ4AbpEOALWRDgC/kQ4ACpIOACSSDgBfkg4AbJIOALSSDgDAkg4ACZMOABOTDgBekw4AZpMOAPzxEQC6kw4ACJQOABCUDgBR8hEANpQOAFDzEQBplA4AspQOALmUDgAHlQ4AD5UOAKbyEQBelQ4AsZUOAMKVDgAGlg4ADpYOAFuWDgBllg4AsJYOALyWDgAFlw4ACJcOAFqXDgBklw4ApfMRAMuXDgD68xEAEpgOAFmYDgBqmA4AT/QRALWYDgCk9BEADJkOAFiZDgBnmQ4ArZkOALyZDgACmg4ADpoOAFeaDgBamg4ArJoOAK+aDgABmw4AEZsOAFabDgBfmw4Aq5sOALybDgD59BEAApwOAFWcDgAMnA4A/5wOAFicDgCqnA4AspwOAE71EQAFnQ4AVJ0OAGCdDgCpnQ4AsZ0OAKP1EQAKng4AU54OAFaeDgCong4Asp4OAPj1EQACnw4AUp8OAGifDgCnnw4AqJ8OAPyfDgANoA4AUaAOAF2gDgCmoA4AsKAOAPugDgAHoQ4ATfYRAFyhDgCloQ4AqKEOAPqhDgAEog4A9/YRAFKiDgCkog4Ap6IOAPmiDgAFow4ATqMOAFSjDgCjow4AraMOAEz3EQD9ow4ATaQOAFqkDgCipA4ApaQOAPekDgATpQ4ATKUOAFSlDgCh9xEAqaUOAPb3EQD+pQ4AS/gRAE6mDgCgpg4AYqYOAHR8DwDApg4A9aYOAAmnDgCg+BEAV6cOAPX4EQCgpw4A9KcOAPqnDgBJqA4AVagOAJ6oDgCtqA4A86gOAPWoDgBIqQ4AUqkOAJ2pDgCpqQ4A8qkOAPmpDgBK+REAU6oOAJ/5EQCkqg4A9PkRAPSqDgDvrA4AAasOAEarDgBIqw4Am6sOAKmrDgDwqw4AAawOAPH8EQBMrA4ARv0RAKKsDgCb/READ60OAEStDgBSrQ4Ama0OAJqtDgDw/REA+q0OAEOuDgBKrg4ARf4RAKCuDgCa/hEA764OAEKvDgBQrw4Al68OAKivDgDv/hEA8q8OAEGwDgBNsA4ARP8RAJywDgDrsA4A8bAOAECxDgBFsQ4AlbEOAJuxDgDu/xEA7bEOAD+yDgBLsg4AlLIOAJqyDgDpsg4A87IOAJgAEgBDsw4Ak7MOAKCzDgDosw4A67MOAD20DgBStA4AkrQOAJq0DgDtABIA77QOADy1DgBItQ4AkbUOAJe1DgDmtQ4A7LUOADu2DgBAtg4AkLYOAJa2DgDrAhIA9LYOADq3DgBJtw4Aj7cOAJi3DgDktw4A6rcOADm4DgA/uA4AjrgOAJq4DgDjuA4A6rgOADi5DgBAuQ4AlQMSAJe5DgDiuQ4A7bkOADe6DgBDug4AjLoOAJK6DgDhug4A6boOADa7DgBCuw4Ai7sOAJG7DgDguw4A5rsOADW8DgA6vA4AirwOAJC8DgDqAxIA5rwOADS9DgBCvQ4Aib0OAJa9DgDevQ4A9b0OADO+DgBPvg4AiL4OAJC+DgA/BBIA8L4OADK/DgA0vw4Ah78OAJ2/DgDcvw4A3b8OADHADgBCwA4AhsAOAJLADgCUBBIA98AOAOkEEgBGwQ4AhcEOAIbBDgDawQ4A68EOAC/CDgA7wg4APgUSAInCDgDZwg4A38IOAC7DDgBOww4Ag8MOAI/DDgDYww4A38MOAJMFEgAzxA4AgsQOAIfEDgDXxA4A3cQOAOgFEgA4xQ4AgcUOAITFDgDWxQ4A4MUOACvGDgAzxg4A5wYSAI7GDgDVxg4A3MYOACrHDgAyxw4Af8cOAIzHDgDUxw4A2ccOACnIDgAzyA4AfsgOAIbIDgDTyA4A48gOACjJDgA2yQ4AfckOAIrJDgDSyQ4A4MkOACfKDgAqyg4AfMoOAIfKDgDRyg4A2coOACbLDgA/yw4Ae8sOAIfLDgDQyw4A4MsOACXMDgAqzA4AeswOAIDMDgDPzA4A28wOACTNDgAszQ4APAcSAIPNDgDOzQ4A0c0OACPODgArzg4AeM4OAHnODgDNzg4Az84OACLPDgAozw4Ad88OAIPPDgDMzw4A2c8OACHQDgAr0A4AdtAOAH7QDgDL0A4AzdAOACDRDgAt0Q4AddEOAHzRDgDK0Q4A0tEOAB/SDgAj0g4AdNIOAHbSDgDJ0g4AzNIOAB7TDgAm0w4Ac9MOAILTDgDI0w4AytMOAB3UDgAq1A4ActQOAIHUDgDH1A4A09QOABzVDgAt1Q4AcdUOAILVDgDG1Q4A0tUOABvWDgAi1g4AcNYOAI/WDgCRBxIA2dYOABrXDgAb1w4Ab9cOAHvXDgDE1w4A4NcOABnYDgAh2A4A5gcSAHbYDgCQCBIAz9gOABjZDgAe2Q4AbdkOAHPZDgDC2Q4A2tkOABfaDgAh2g4AbNoOAHjaDgDB2g4AxNoOABbbDgAg2w4Aa9sOAIPbDgDA2w4A0NsOABXcDgAX3A4AatwOAHjcDgC/3A4A0NwOAOUIEgAa3Q4Aad0OAHXdDgA6CRIAxt0OAOQJEgAf3g4AaN4OAGveDgC93g4Ax94OADkKEgAU3w4AZ98OAHXfDgC83w4Azd8OAOMKEgAY4A4AOAsSAG7gDgCNCxIAw+AOAIwMEgAS4Q4AZeEOAHLhDgC64Q4AyeEOAA/iDgAV4g4AZOIOAHDiDgC54g4Au+IOAA7jDgAY4w4AY+MOAHHjDgC44w4AveMOAA3kDgAa5A4AYuQOAG7kDgC35A4AyuQOAAzlDgAb5Q4AYeUOAG3lDgC25Q4At+UOAAvmDgAV5g4AYOYOAG7mDgC15g4AuuYOAArnDgAX5w4A4QwSAGnnDgC05w4AwucOAAnoDgAM6A4AXugOAG7oDgCz6A4AwegOAAjpDgAU6Q4AXekOAGTpDgCy6Q4AuekOAAfqDgAT6g4AXOoOAF3qDgCx6g4AveoOAAbrDgAT6w4AW+sOAGLrDgCw6w4AvOsOAAXsDgAS7A4AWuwOAGnsDgCv7A4Aw+wOAATtDgAQ7Q4AWe0OAGztDgCu7Q4Ave0OAAPuDgAP7g4AWO4OAFnuDgCt7g4At+4OAALvDgAQ7w4AV+8OAFzvDgCs7w4Aue8OADYNEgAC8A4AVvAOAGfwDgCr8A4AufAOAADxDgAP8Q4AVfEOAFfxDgCq8Q4AtPEOAP/xDgAN8g4AVPIOAFnyDgCp8g4AtvIOAP7yDgAN8w4AU/MOAFjzDgCo8w4AtfMOAP3zDgAH9A4AUvQOAF70DgCn9A4AuvQOAPz0DgAG9Q4AUfUOAF31DgCm9Q4AufUOAPv1DgAK9g4AUPYOAFz2DgCl9g4ApvYOAPr2DgAE9w4AT/cOAF33DgCk9w4AqfcOAPn3DgAG+A4Aiw0SAFP4DgCj+A4AsPgOAPj4DgAC+Q4ATfkOAFP5DgCi+Q4ApPkOAPf5DgAE+g4ATPoOAE/6DgCh+g4Ar/oOAPb6DgAC+w4AS/sOAFj7DgCg+w4AqvsOAPX7DgAE/A4ASvwOAE/8DgCf/A4ArPwOAPT8DgAB/Q4ASf0OAFX9DgCe/Q4Arf0OAPP9DgD9/Q4ASP4OAFb+DgCd/g4Aov4OAPL+DgD//g4AR/8OAFP/DgCc/w4Ar/8OAPH/DgAAAA8ARgAPAFIADwCbAA8AnAAPAPAADwD6AA8ARQEPAFMBDwCaAQ8AnwEPAO8BDwD8AQ8A4A0SAFcCDwCZAg8AqAIPAO4CDwD6Ag8AQwMPAEQDDwCYAw8AogMPAO0DDwD7Aw8AQgQPAEcEDwCXBA8ApAQPADUOEgD/BA8AQQUPAFAFDwCWBQ8AogUPAOsFDwDsBQ8AQAYPAEoGDwCVBg8AowYPAOoGDwDvBg8APwcPAEwHDwCKDhIAlgcPAOkHDwD3Bw8APggPAEsIDwCTCA8AnwgPAOgIDwDuCA8APQkPAE4JDwCSCQ8AlAkPAOcJDwDwCQ8APAoPAEkKDwCRCg8AoAoPAOYKDwDxCg8AOwsPAEcLDwCQCw8AowsPAOULDwD0Cw8AOgwPAEYMDwCPDA8AkAwPAOQMDwDuDA8AOQ0PAEcNDwCODQ8Akw0PAOMNDwDwDQ8A3w4SAEUODwCNDg8Amw4PAOIODwDsDg8ANw8PAEUPDwCMDw8Ajg8PAOEPDwDyDw8ANhAPAEQQDwCLEA8AvBAPAOAQDwDiEA8ANREPAD8RDwCKEQ8AmBEPAN8RDwDkEQ8ANBIPAEESDwCJEg8AlRIPAN4SDwDxEg8AMxMPAEITDwCIEw8AlBMPAN0TDwDeEw8AMhQPADwUDwCHFA8AlRQPANwUDwDhFA8AMRUPAD4VDwA0DxIAiBUPANsVDwDdFQ8AMBYPAD8WDwCFFg8AlBYPANoWDwDmFg8ALxcPADIXDwCEFw8AhxcPANkXDwDfFw8ALhgPADoYDwCDGA8AhhgPANgYDwDdGA8ALRkPADYZDwCCGQ8AiBkPANcZDwDmGQ8ALBoPADgaDwCBGg8AkRoPANYaDwDYGg8AKxsPADkbDwCAGw8AkRsPAIkPEgDbGw8AKhwPADYcDwDeDxIAkhwPANQcDwDjHA8AKR0PADUdDwB+HQ8Afx0PANMdDwDdHQ8AKB4PADYeDwB9Hg8Agh4PANIeDwDfHg8AMxASADMfDwB8Hw8Ahh8PANEfDwD9Hw8AJiAPAC0gDwB7IA8AlCAPANAgDwDfIA8AJSEPADQhDwB6IQ8AfyEPAM8hDwDcIQ8AJCIPADEiDwB5Ig8AhSIPAM4iDwDdIg8AIyMPAC0jDwB4Iw8AhiMPAM0jDwDSIw8AIiQPAC8kDwB3JA8AgyQPAMwkDwDfJA8AISUPADAlDwB2JQ8AgiUPAMslDwDMJQ8AICYPAComDwB1Jg8AgyYPAMomDwDPJg8AHycPACwnDwCIEBIAhScPAMknDwDaJw8AHigPACooDwBzKA8AiigPAMgoDwDKKA8AHSkPAC4pDwByKQ8AdSkPAMcpDwDRKQ8AHCoPAB4qDwBxKg8AeyoPAMYqDwDSKg8AGysPACcrDwBwKw8AgysPAMUrDwDUKw8AGiwPACYsDwBvLA8AcCwPAMQsDwDOLA8AGS0PACctDwBuLQ8Acy0PAMMtDwDQLQ8A3RASABouDwBtLg8Ady4PAMIuDwDKLg8AMhESACovDwBsLw8AeC8PAMEvDwDQLw8AFjAPAB8wDwBrMA8AdTAPAMAwDwDOMA8AFTEPABoxDwBqMQ8AdzEPAL8xDwDLMQ8AFDIPACcyDwBpMg8AeDIPAL4yDwDKMg8AEzMPABQzDwBoMw8AcjMPAL0zDwDLMw8AEjQPABc0DwBnNA8AdDQPAIcREgC+NA8AETUPABs1DwBmNQ8AbjUPANwREgDANQ8AEDYPACY2DwBlNg8AZjYPALo2DwDLNg8ADzcPABs3DwBkNw8AbjcPALk3DwDHNw8ADjgPABM4DwBjOA8AcDgPALg4DwDEOA8ADTkPACA5DwBiOQ8AcTkPALc5DwDDOQ8ADDoPAA06DwBhOg8AazoPALY6DwDEOg8ACzsPABA7DwBgOw8AbTsPADESEgC3Ow8ACjwPABQ8DwBfPA8AZzwPAIYSEgDKPA8ACT0PABU9DwBePQ8AYz0PALM9DwC8PQ8ACD4PABI+DwBdPg8AaT4PALI+DwDFPg8ABz8PABY/DwBcPw8AaD8PALE/DwCyPw8ABkAPABBADwBbQA8AaUAPALBADwC1QA8ABUEPABJBDwDbEhIAXEEPAK9BDwC5QQ8ABEIPAAxCDwAwExIAZkIPAK5CDwC9Qg8AA0MPAA5DDwBYQw8AZEMPAK1DDwC8Qw8AAkQPACJEDwBXRA8AY0QPAKxEDwCzRA8AAUUPAA9FDwBWRQ8AW0UPAKtFDwC3RQ8AAEYPABNGDwBVRg8AZEYPAKpGDwC2Rg8A/0YPAABHDwBURw8AXkcPAKlHDwC3Rw8A/kcPAANIDwBTSA8AYEgPAIUTEgCqSA8A/UgPAAdJDwBSSQ8AWkkPANoTEgDESQ8A/EkPAA1KDwBRSg8AXUoPAKZKDwC5Sg8A+0oPAApLDwBQSw8AXEsPAKVLDwCmSw8A+ksPAARMDwBPTA8AXUwPAKRMDwCpTA8A+UwPAAZNDwAvFBIAUE0PAKNNDwCtTQ8A+E0PAABODwCEFBIAak4PAKJODwCzTg8A904PAANPDwBMTw8AX08PAKFPDwCwTw8A9k8PAAJQDwBLUA8ATFAPAKBQDwCqUA8A9VAPAANRDwBKUQ8AT1EPAJ9RDwCsUQ8A2RQSAPZRDwBJUg8AU1IPAJ5SDwCmUg8ALhUSAARTDwBIUw8AXFMPAJ1TDwChUw8A8lMPAPRTDwBHVA8AW1QPAJxUDwCfVA8A8VQPAA5VDwBGVQ8AV1UPAJtVDwCnVQ8A8FUPAANWDwBFVg8AVFYPAJpWDwCmVg8A71YPAPBWDwBEVw8ATlcPAJlXDwCnVw8A7lcPAPNXDwBDWA8AUFgPAIMVEgCaWA8A7VgPAPdYDwBCWQ8ASlkPANgVEgCZWQ8A7FkPAPpZDwBBWg8AUloPAC0WEgCdWg8AghYSAA5bDwCBFxIASFsPAIAYEgCbWw8A6lsPAO9bDwA/XA8AQ1wPAJRcDwChXA8A1RgSAO5cDwA+XQ8AQl0PAJNdDwCVXQ8A6F0PAAFeDwA9Xg8ATl4PAJJeDwCeXg8AKhkSAOpeDwCMZA8A814PADxfDwBPXw8AkV8PAJJfDwDmXw8A8l8PADtgDwBKYA8AkGAPAJpgDwDlYA8A8WAPADphDwBBYQ8AfxkSAJdhDwDkYQ8A5mEPANhtDwDnYQ8A32YPAOphDwA5Yg8A8GEPADJpDwDxYQ8AcNUPAEViDwCOYg8AnWIPAONiDwDvYg8AOGMPAEZjDwCNYw8AqGMPAOJjDwDuYw8AN2QPAD5kDwDUGRIAmWQPAOFkDwDjZA8ANmUPADdlDwCLZQ8AjmUPAOBlDwDrZQ8ANWYPADpmDwCKZg8AlGYPACkaEgDsZg8ANGcPADZnDwCJZw8AimcPAN5nDwDhZw8AM2gPAD5oDwCIaA8AjWgPAN1oDwDnaA8AfhoSAEVpDwCHaQ8AiGkPANxpDwDoaQ8AMWoPAEBqDwCGag8AkGoPANtqDwDnag8AMGsPADdrDwDTGhIAjWsPANprDwDcaw8AL2wPAD5sDwCEbA8AjmwPANlsDwDibA8ALm0PADBtDwCDbQ8AlG0PAH0bEgDnbQ8ALW4PADduDwCCbg8Ai24PANduDwDZbg8ALG8PAD1vDwCBbw8AiW8PANZvDwD0bw8AK3APADNwDwCAcA8AjHAPANVwDwDocA8AKnEPACtxDwB/cQ8Ai3EPANRxDwDjcQ8AKXIPADNyDwB+cg8AinIPANNyDwDacg8A0hsSADlzDwB9cw8AjnMPANJzDwDacw8AJ3QPAC50DwB8dA8AinQPANF0DwDhdA8AJnUPADZ1DwB7dQ8Al3UPACccEgDddQ8AJXYPADx2DwB6dg8AgnYPAM92DwDddg8AJHcPAC53DwB5dw8AhXcPAM53DwDkdw8AI3gPACZ4DwB4eA8AlHgPAHwcEgDdeA8AInkPACx5DwB3eQ8Af3kPAMx5DwDbeQ8AIXoPACZ6DwB2eg8Ag3oPAMt6DwDVeg8AIHsPACJ7DwB1ew8Ag3sPAMp7DwDXew8AH3wPACJ8DwDRHBIAf3wPAMl8DwDTfA8AHn0PACZ9DwBzfQ8Agn0PAMh9DwDNfQ8AHX4PACp+DwByfg8AfH4PAMd+DwDJfg8AHH8PACp/DwBxfw8Afn8PAMZ/DwDJfw8AJh0SAB6ADwBwgA8AfIAPAMWADwDMgA8AGoEPACKBDwBvgQ8AiIEPAMSBDwDYgQ8AGYIPADWCDwBugg8AdoIPANAdEgDLgg8AJR4SACWDDwBtgw8AdIMPAMKDDwDKgw8AF4QPAByEDwBshA8AfIQPAMGEDwDJhA8AFoUPACSFDwBrhQ8AeIUPAMCFDwDNhQ8AFYYPACGGDwBqhg8AcIYPAL+GDwDHhg8AFIcPACCHDwBphw8AfIcPAL6HDwDNhw8AE4gPAB+IDwBoiA8AaYgPAL2IDwDHiA8AEokPACCJDwBniQ8AbIkPALyJDwDJiQ8Aeh4SABSKDwBmig8AcIoPALuKDwC9ig8AEIsPAB+LDwBliw8AhYsPALqLDwDCiw8AD4wPABmMDwBkjA8AaowPALmMDwC7jA8ADo0PAB2NDwBjjQ8Ab40PALiNDwDAjQ8Azx4SACuODwBijg8AgI4PACQfEgDVjg8ADI8PACqPDwBhjw8AaY8PALaPDwDFjw8AC5APAA2QDwBgkA8AaZAPALWQDwC4kA8ACpEPABaRDwBfkQ8AZpEPALSRDwC8kQ8ACZIPACKSDwBekg8AcpIPALOSDwDPkg8ACJMPABCTDwB5HxIAe5MPALKTDwDQkw8Azh8SACCUDwBclA8AYZQPALGUDwDMlA8ABpUPABKVDwBblQ8AY5UPACMgEgDDlQ8ABZYPABSWDwBalg8AZpYPAK+WDwCwlg8ABJcPAA6XDwBZlw8AZ5cPAK6XDwCzlw8AA5gPABCYDwB4IBIAXJgPAK2YDwCvmA8AApkPAAWZDwBXmQ8AX5kPAKyZDwC2mQ8AAZoPAAyaDwBWmg8AYpoPAKuaDwCzmg8AzSASAA6bDwBVmw8AW5sPAKqbDwC2mw8A/5sPAA6cDwBUnA8AXpwPAKmcDwCxnA8A/pwPAA2dDwBTnQ8AVZ0PAKidDwCxnQ8A/Z0PAACeDwBSng8AXp4PAKeeDwCvng8AIiESAAyfDwBRnw8AWZ8PAKafDwCwnw8A+58PAAagDwBQoA8AXKAPAKWgDwCtoA8AdyESAP+gDwBPoQ8AYKEPAKShDwC1oQ8A+aEPAP6hDwBOog8AUqIPAKOiDwCxog8A+KIPAAWjDwBNow8AZKMPAKKjDwCqow8A96MPAAOkDwBMpA8AX6QPAKGkDwCwpA8A9qQPAAKlDwBLpQ8ATKUPAKClDwCqpQ8A9aUPAAOmDwBKpg8AT6YPAJ+mDwCspg8AzCESAPqmDwBJpw8AV6cPAJ6nDwCrpw8A86cPAAqoDwBIqA8AUKgPAJ2oDwCoqA8A8qgPAPSoDwBHqQ8AVKkPAJypDwCjqQ8A8akPAAKqDwBGqg8AVKoPAJuqDwCoqg8A8KoPAAerDwBFqw8ATasPAJqrDwCfqw8A76sPAP+rDwBErA8ATKwPAJmsDwCjrA8A7qwPAPmsDwBDrQ8AT60PAJitDwCgrQ8AdiISAAauDwBCrg8AR64PAJeuDwCyrg8A7K4PAPiuDwBBrw8ASa8PAMsiEgCprw8A668PAPqvDwBAsA8ATLAPAJWwDwCWsA8A6rAPAPSwDwA/sQ8ATbEPAJSxDwCZsQ8A6bEPAPaxDwAgIxIARrIPAJOyDwCVsg8A6LIPAPWyDwA9sw8AQrMPAJKzDwCcsw8A57MPAPKzDwA8tA8ASLQPAJG0DwCXtA8A5rQPAO60DwA7tQ8AR7UPAJC1DwCjtQ8A5bUPAPS1DwA6tg8ARrYPAI+2DwCQtg8A5LYPAO62DwA5tw8AR7cPAI63DwCTtw8A47cPAPC3DwB1IxIAPbgPAI24DwCcuA8A4rgPAPG4DwA3uQ8AQLkPAIy5DwCSuQ8A4bkPAOe5DwA2ug8AQroPAIu6DwCSug8A4LoPAPy6DwDKIxIAP7sPAIq7DwCWuw8A37sPAOK7DwA0vA8APrwPAB8kEgCRvA8AdCQSAOa8DwDJJBIAO70PAB4lEgCQvQ8A3b0PAN69DwCAxQ8A6r0PADK+DwDxvQ8A2MIPAPS9DwAkzA8A9r0PAMvPDwAzvg8Ah74PAJ2+DwDcvg8A5L4PADG/DwAzvw8A2cEPAD+/DwCGvw8Ajr8PAHMlEgCTvw8A278PAN6/DwAwwA8AOsAPAIXADwCHwA8A2sAPAOvADwAvwQ8AQMEPAITBDwCMwQ8AyCUSAODBDwAuwg8ANcIPAIPCDwCLwg8AHSYSANrCDwAtww8AM8MPAILDDwCPww8A18MPAN/DDwAsxA8ALsQPAIHEDwCIxA8A1sQPAN3EDwArxQ8AM8UPAHImEgCNxQ8A1cUPANbFDwAqxg8AQMYPAH/GDwCHxg8A1MYPANbGDwB8yQ8A4sYPACnHDwAxxw8AxyYSADbHDwB+xw8AgccPANPHDwDdxw8AKMgPACrIDwB9yA8AjsgPANLIDwDjyA8AJ8kPAC/JDwAcJxIAg8kPANHJDwDYyQ8AJsoPAC7KDwBxJxIAhcoPANDKDwDSyg8AJcsPADbLDwB6yw8Ai8sPAM/LDwDXyw8AxicSACnMDwDH0w8AMMwPAHnMDwCPzA8AzswPANbMDwAjzQ8AMc0PAHjNDwCFzQ8Azc0PANDNDwAizg8ALM4PAHfODwB5zg8AzM4PAN3ODwAhzw8AMs8PAHbPDwB+zw8AGygSANTPDwAg0A8ALdAPAHXQDwB80A8AytAPANvQDwAf0Q8AK9EPAHTRDwB80Q8AcCgSANbRDwAe0g8AIdIPAHPSDwB90g8AyNIPAMrSDwAd0w8ALtMPAHLTDwCD0w8AxSgSAM/TDwAc1A8AM9QPAHHUDwB91A8AxtQPANDUDwAb1Q8AI9UPABopEgBx1Q8AxdUPANvVDwAa1g8AItYPAG/WDwB91g8AxNYPAMzWDwBvKRIA0dYPABnXDwAc1w8AbtcPAHjXDwDD1w8AxdcPABjYDwAp2A8AbdgPAH7YDwDC2A8AytgPAMQpEgAd2Q8AbNkPAHHZDwDB2Q8A3NkPABbaDwAk2g8Aa9oPAHLaDwDA2g8AzNoPABXbDwAb2w8AatsPAG3bDwC/2w8AydsPABTcDwAa3A8AadwPAGvcDwC+3A8AyNwPABPdDwAf3Q8AaN0PAH/dDwC93Q8A0d0PABLeDwAu3g8AZ94PAG/eDwAZKhIAvt4PABHfDwAf3w8AZt8PAHffDwBuKhIAwt8PAMMqEgAe4A8AZeAPAG/gDwC64A8AxeAPAA/hDwAX4Q8AZOEPAHDhDwC54Q8AzOEPAA7iDwAd4g8AY+IPAG/iDwC44g8AueIPAA3jDwAX4w8AYuMPAHDjDwC34w8AvOMPAAzkDwAZ5A8AbSsSAGnkDwC25A8AwOQPAAvlDwAQ5Q8AYOUPAGjlDwC15Q8Au+UPAArmDwAW5g8AX+YPAGXmDwC05g8AveYPAAnnDwAW5w8AXucPAGbnDwCz5w8AtOcPAAjoDwAK6A8AXegPAGDoDwCy6A8AtegPABcsEgAd6Q8AXOkPAGTpDwCx6Q8AvekPAAbqDwAM6g8AW+oPAGHqDwCw6g8AteoPAFrrDwDe6g8ABesPAA3rDwDBLBIAYOsPABYtEgDF6w8ABOwPAAbsDwBZ7A8AZuwPAK7sDwC17A8AA+0PAAvtDwBY7Q8AaO0PAK3tDwCv7Q8AAu4PABDuDwBX7g8AaO4PAMAtEgCz7g8AFS4SAA/vDwBW7w8AYO8PAKvvDwC27w8AAPAPAAjwDwBV8A8AYfAPAKrwDwC98A8A//APAA3xDwBU8Q8AXvEPAKnxDwCx8Q8A/vEPAA3yDwBT8g8AWPIPAKjyDwCv8g8A/fIPAAnzDwC/LhIAkPMPAKfzDwDl8w8A/PMPAAT0DwAULxIAe/QPAKb0DwCy9A8A+/QPAAH1DwBQ9Q8AVvUPAKX1DwCq9Q8A+vUPAAD2DwBpLxIAUPYPAKT2DwCq9g8A+fYPAP72DwBO9w8AXfcPAKP3DwCv9w8A+PcPAPv3DwBN+A8AUPgPAKL4DwCq+A8A9/gPAAb5DwBM+Q8AUfkPAKH5DwC3+Q8A9vkPAPf5DwBL+g8AXPoPAKD6DwCs+g8A9foPAP/6DwBK+w8AVvsPAJ/7DwCm+w8Avi8SAAT8DwBJ/A8AVfwPAJ78DwCt/A8A8/wPAAf9DwBI/Q8AV/0PAJ39DwCu/Q8A8v0PAP79DwATMBIASf4PAJz+DwCq/g8A8f4PAAL/DwBoMBIATP8PAJv/DwCn/w8AvTASAPb/DwBFABAASwAQAJoAEACfABAA7wAQAPUAEAC8MRIASQEQAJkBEACbARAA7gEQAP8BEAAQMxIATwIQAJgCEACeAhAA7QIQAPkCEABCAxAASgMQAGUzEgCdAxAA7AMQAPgDEABBBBAASQQQALozEgCiBBAA6wQQAO4EEABABRAASgUQAA80EgCXBRAA6gUQAPgFEAA/BhAAUAYQALk0EgCaBhAA6QYQAPUGEAAONRIARgcQAJMHEACWBxAA6AcQAPQHEAA9CBAASQgQAJIIEACaCBAAuDUSAPIIEAA8CRAASAkQAJEJEACZCRAADTYSAO8JEAA7ChAATAoQAJAKEAChChAA5QoQAO0KEAA6CxAAPQsQAI8LEACZCxAA5AsQAOYLEAA5DBAASAwQAI4MEACuDBAA4wwQAOsMEAA4DRAAQg0QAI0NEACTDRAA4g0QAOQNEAA3DhAARg4QAIwOEACYDhAAYjYSAO0OEAA2DxAAVA8QAIsPEACRDxAA4A8QAOkPEAA1EBAAQhAQAIoQEACSEBAA3xAQAPUQEAA0ERAANhEQAIkREACkERAA3hEQAOoREAAzEhAAQBIQALc2EgCOEhAA3RIQAOUSEAAyExAASBMQAIcTEACMExAA3BMQAOITEAAxFBAAPRQQAIYUEACOFBAADDcSAOgUEAAwFRAAQBUQAIUVEACKFRAA2hUQAOAVEAAvFhAARRYQAIQWEACGFhAA2RYQAOMWEAAuFxAAPBcQAIMXEACIFxAA2BcQAOUXEABhNxIAPBgQAIIYEACLGBAA1xgQAOEYEAAsGRAAOhkQAIEZEACGGRAA1hkQAOMZEAArGhAAMxoQAIAaEACQGhAA1RoQANcaEAAqGxAAOBsQAH8bEACQGxAAtjcSANsbEAALOBIALhwQAH4cEACEHBAA0xwQANscEAAoHRAAMh0QAH0dEAB/HRAA0h0QANUdEAAnHhAARx4QALU4EgCIHhAA0R4QANceEAAmHxAAMh8QAHsfEACDHxAACjkSANwfEAAlIBAAKyAQAHogEACGIBAAzyAQANcgEABfORIAJiEQAHkhEACHIRAAziEQAN8hEAC0ORIAMCIQAHgiEACPIhAACToSANciEAAiIxAALiMQAHcjEAB6IxAAzCMQANYjEABeOhIAMiQQAHYkEAB9JBAAyyQQANMkEAAgJRAALSUQAHUlEAB6JRAAyiUQANQlEAAfJhAAJyYQAHQmEACDJhAAySYQAM4mEAAeJxAANCcQAHMnEAB0JxAAyCcQANYnEAAdKBAALigQAHIoEAB+KBAAxygQAM8oEAAIOxIAICkQAFQBAAAkKRAAPrARACgpEACzkw4AfSkQAPcIAADOKRAAwywQAHwrEADVKgAAyCsQANMsAADTLBAAxDsAAHAtEADBPgAAxS0QAA5HAABuLhAAB5QPAG8uEAC2SQAAcy4QAGyQAwB2LhAAu5IHAMUuEAD5WwAAby8QAEhiAADELxAAkW4AAG0wEAA1dQAAzjAQACx+AAAYMRAAfoEAAGsxEAB6hQAAGzIQAMaOAADcMhAAEjMQAG01EAAwzwAAaDYQACTbAAC9NhAAcOQAAGc3EAAM8wAAGTgQAFj8AACGOBAArfwAALk4EAAC/QAAGDkQAPwCAQDAORAApQQBABQ6EACgCQEA1DoQAJcSAQAWOxAAkRgBAH47EAC0OxAAJTwQAF48EABmPBAAszwQAL88EADfHwEAED0QAIciAQDOPRAABz4QAA8+EABcPhAAXj4QANUpAQC9PhAAzy8BAGM/EAAbOQEAu0AQAFdSAQBhQRAA/lUBAHVBEAAheBEAfUEQACN2EQDTQRAAU1YBAAlCEACnVwEAakIQAPpZAQCyQhAA91wBAAZDEAD1XgEADUQQAI1xAQBwRBAAq0QQALNEEADicQEAD0UQADV0AQC2RRAA1X4BACJGEAAqfwEAYEYQANOAAQCxRhAA/kYQAAhHEAAogQEAXUcQACOGAQBdSRAAtJ8BAK5JEAD7SRAAC0oQAAmgAQCxShAABaQBAAJLEABPSxAAX0sQAFqkAQAFTBAA/KwBAFJOEAB5LwIAVk4QACIxAgBaThAA5sIBAGZOEABpPwIA/k4QAJOwEQD/ThAAwN4LAAJPEADjxQEAEk8QAOwHDABTTxAAVZoQAGdPEAA4xgEAeU8QAPvyEQCnTxAAjcYBAKpPEAC3kQwAVlAQAIjLAQCrUBAA3csBAFdREAAs0gEA/FEQACbYAQCmUhAAItwBAPVSEABHUxAAU1MQAMzcAQBOVBAAm1QQAJ5UEADbbA0Ap1QQAHDjAQAFVRAAGOYBAGZVEACaVRAA81UQAE76DAD/VRAAX/QBABxWEAAV6QEAUFYQAGTvAQD6VhAACvQBAKRXEABe9QEACVgQALP1AQCnWBAAXfYBAPVYEABc9wEA+VkQAKcBAgCeWhAAeSUMAKFaEACiBgIAo1oQAALwDQDyWhAAOrQRAARbEAA/WxAAnFsQAOlbEACwWxAA7RACAOxbEADkuQwA81sQANnEDAD2WxAAT6QMAARcEACgCAIAClwQAIXDDACVXBAA8QwCAL1cEACwlw0A9lwQAJoOAgBJXRAAmQ8CAKhgEAAxIgIAQm4QALTpDADmbhAAtOoLAOxuEAAzygIALXAQANJxEQAycBAA1HAQAEZwEADRcxAATnAQAM51EQBUcBAAI9oCANZwEAANPAwA2HAQAOK7DADbcBAAq/YIAN5wEAB42gIA43AQAM3aAgDlcBAAFpAEAAtxEAB22gQAM3MQABPqAgDZcxAAJnQQACd0EADjZQwAMHQQABPeDgA1dBAAsUENAEV0EACSBhIAhXQQAA7vAgB9dRAA5RcDAIB1EABDsgoAgXUQAKIFAwCDdRAAXPYCAIR1EAAB/AIAhnUQAOwPBACHdRAAVP4CAIh1EABGDAMAiXUQAAT5AgCKdRAAmwsEAJB1EABRAQMAuHUQAFLzDwDOeBAACUkDANJ4EADgHAMA1ngQABKMDAAteRAAMx8DAHh7EAAUPgMA4XwQAP5TAwCLfRAA9F0DADt+EADwYQMAen4QAEBnAwByfxAAhHgDAM1/EAAagBAAKIAQANd6AwAdgRAAAJwOACeBEAB5gwMAG4IQABSTAwBzgxAA/KoDABeEEABJswMA0oQQABWFEAAWhhAASAgFABeGEAB61wMAHoYQANTNCADBhhAAdtsDAMWGEADF3AgAwIcQAGDxAwDHiBAAqvwDAHWJEAD8/wMALIoQAGWKEABtihAAuooQAMmKEACfBwQAGYsQAPEKBADCixAAzyQMAMWLEACaDAQAFowQAGOMEAAqjBAAfnARAG2MEADvDAQAFY0QAJQSBABxjRAAkhQEABKOEACMGgQAaY4QALKZCQC5jhAAMCEEAMGPEADIMwQAEpAQANYYEQB7kBAAtJAQALyQEAAJkRAAFpEQALVGBAAakRAAGjcEAMOSEABTUwQAvZMQAEBmBAAOlBAAW5QQAGyUEACUZwQAFJUQAOJuBABklRAANHIEAAaWEADXeQQAapYQAHuABAB1lhAAb4wEAIKWEAB1hgQAgZcQAMSMBAAhmBAAvZMEAF2YEAAMmgQACJkQAFKpBAANmRAALXQJAA6ZEADUdwkAEJkQAN1uCQBymRAAq5kQALOZEAAAmhAAV5oQAPIADQBdmhAA03ARAF+aEABPrAQAYZoQAN2+DgB4mhAAPQYSAJmaEAC+3Q4AspoQAEyvBAAsmxAAVJsQALObEACctAQAYpwQAD+8BAAAnRAANsUEAG6dEADfxgQAtJ0QACzPBAC2nRAANMcEAAKeEACGygQABp4QAITMBAAFnxAA1NEEAAmgEADJ3AQAUqAQAMThBAC+ohAA96IQAP+iEABMoxAAW6MQAPv/BACqoxAAngcFAKKkEADrDwUAraQQAJe1CAD4pBAAPRMFAPmlEAB+JwUAA6YQAIYfBQBPphAA2CIFAFOmEADWJAUAuacQAPKnEAD6pxAAR6gQAEyoEABqOwUAVqgQAHIzBQCiqBAAxDYFAKaoEADCOAUApKoQAKlRBQBKqxAAoFoFAPSrEAA3bgUAvawQANJ9BQATrRAAIoMFAFGtEAAghQUAp60QAG+LBQD4rRAAbowFAEmuEACWrhAAoK4QAMOMBQDurhAAwI8FAPOvEAC2mQUAsLAQAOmwEADxsBAAPrEQAESxEABVpQUAqbEQAPyoBQBTshAARbUFAJayEAA7vwUAS7MQADfDBQD1sxAAL8sFAKy0EADltBAA7bQQADq1EABKtRAAItgFAGa1EABz3AUAm7UQACHZBQDstRAAObYQAEO2EAB22QUAVLcQAI23EACVtxAA4rcQAOu3EAAQ6gUAQbgQAA7sBQD9uBAANrkQAD65EACLuRAAjLkQAAP3BQCQuRAACkUGAJG5EABMAwYAmLkQAKb+BQCauRAAs/EFAOa5EAAF9QUA6rkQAGJCBgDpuhAATgEGAOi7EAA/EAYAPbwQAJAUBgCOvBAAjxUGAEC9EADcHQYA+L0QADG+EAA5vhAAhr4QAJC+EADUJQYA3r4QAM0sBgChvxAA2r8QAOK/EAAvwBAAPMAQAB4xBgA+wBAAFDsGAInAEAAaNQYANMEQAGY+BgCLwRAAZEAGAPPCEAAswxAANMMQAIHDEACQwxAAWEwGAODDEACqTwYA4MUQAJVkBgBFxhAAfsYQAJrGEADTxhAA4MYQAOllBgDuxxAAJ8gQAC/IEAB8yBAAf8gQAIJ3BgBdyRAAdYQGANPJEABwiQYA18kQANTKCwCHyhAAFJAGANLKEAAQlAYALcwQAP+kBgCEzBAAT6oGAH/NEACSZAkAk80QAD1kCQDozRAAIc4QACnOEAB2zhAAec4QAEeyBgDnzhAAIM8QACjPEAB1zxAAhM8QAO61BgDVzxAAkrwGACDREADXzAYAz9EQACggDQDU0RAAlrAOANfREAB/zwYA2NEQAO2uDgAp0hAAe9MGADjTEABx0xAAedMQAMbTEADP0xAAHN0GACXUEAAa3wYA1NQQABPmBgAz1RAAXvAGAMfVEAAA+QYAcdYQAKADBwAb1xAA6Q8HACHYEACHHAcAdtgQANkfBwDN2BAAKyMHADLZEABr2RAAc9kQAMDZEADP2RAAIC4HANDZEAB/JAcAIdoQAH4lBwBy2hAAv9oQAMnaEADTJQcAb9sQAHIxBwAW3BAAFTkHAMXcEAC8PAcAg90QALzdEADE3RAAEd4QACDeEAAIRgcAct4QAFpJBwDD3hAAEN8QAB/fEACuSgcAyd8QAKhQBwAZ4BAA+lMHAHHgEADuXwcAc+AQAPRZBwB/4RAAuOEQAMDhEAAN4hAAfuIQALfiEAC/4hAADOMQABnjEACGcgcAbuMQAC51BwDE4xAA1XgHAGLkEAAkfwcAFuUQAB2GBwC/5RAAs5oHABTnEAD0rgcAZecQALLnEADB5xAASLAHAC3oEACcsQcAZekQAOu3BwC86RAAPLwHAA3qEABa6hAAaeoQAJC9BwDV6hAA5L4HAAbsEACKwwcAXewQAIPKBwAH7RAAy9cHALHtEABp5AcAZu4QAA7qBwC47hAAYusHAFvvEAAI8AcAG/AQAFTwEABc8BAAqfAQAAHxEABU+QcAt/EQAPz7BwBu8hAAp/IQAK/yEAD88hAABvMQAPMECABf8xAAnAYIALXzEACXCwgABfQQAOgPCACu9BAAORQIALD1EAAzGggAAfYQAE72EABQ9hAAiBoIABT3EABN9xAAVfcQAKL3EAC9+BAA9vgQAP74EABL+RAAZvoQAJ/6EACn+hAA9PoQAP76EACxRggAuvsQAPP7EAD7+xAASPwQAFL8EACQZwgAXvwQAKBXCACi/BAAnlkIAPz8EABAYggAT/4QAM99CABT/hAA2HQIAKn+EADSeggA8f4QANB8CACk/xAAzX8IAPL/EADKgggAowARABqICAD6ABEAaY4IAKQBEQBmkQgA+QERALuRCABeAhEAlwIRAJ8CEQDsAhEA+wIRAGOUCACjAxEAAqAIAPsDEQCmpggABgURAD8FEQBHBREAlAURAKMFEQDyrwgAlgYRAOgGEQACBxEAOL8IAFkHEQCSBxEAmgcRAOcHEQD2BxEANMMIAHIIEQDdxAgAAgkRADsJEQBDCREAkAkRAPQJEQCEyAgAQAoRANbLCADwChEA084IAEsLEQAk0wgA6gsRAPJZCQDtCxEAytcIAD8MEQDJ2AgAQQ0RAAzrCACWDREAsPEIAOgNEQCv8ggA/A4RADUPEQA9DxEAig8RAJYPEQD3/wgA5w8RADQQEQA4EBEASwEJAJkQEQD0AgkATxERAIgREQCQEREA3RERAAcSEQA7EQkANxIRAIkYCQCjEhEAujoLAOQSEQAxExEAaRMRANkdCQD+ExEAMBQRADIVEQAPPQkANRYRAKlNCQCKFxEA1xcRAPkYEQArGREAShkRAIAZEQDlGREA42gJAIcaEQAzbgkALxsRAC9yCQCKHBEAgh4KAIwcEQAjfgkA2BwRAHWBCQDaHhEAwIsJACgfEQAOkwkALx8RABGQCQArIREAeCERACUiEQD4qAkALSMRAO2zCQB9JBEAyiQRAPMkEQDZxwkAkCURAMklEQDRJREAHiYRAC0mEQDRzwkAeSYRACPTCQB9JhEA2hsKACInEQAh1QkAeicRAMcnEQDwJxEAdNcJAHkoEQAb2wkA7ygRAHDbCQB1KhEAsu4JAHorEQCr9QkAeSwRAPj9CQDeLBEATf4JACYtEQCi/gkAci0RAPQBCgAiLhEA8QQKAIcuEQBGBQoAzy4RAJsFCgAbLxEA7QgKAJMwEQC+MBEALzERAGgxEQBwMREAvTERAGwyEQB+IgoAajMRAHIuCgAlNBEADj0KANY0EQAPNREAFzURAGQ1EQBuNREAr0YKADk3EQBOUgoAYzgRAIlsCgC/OBEALnIKAGI5EQDQegoAxTkRACJ+CgBpOhEAa4oKAL47EQBVoAoAGjwRAF08EQBlPREAm68KABw/EQCLvwoAtD8RAIbECgARQBEA2McKAMpAEQADQREAC0ERAFhBEQCvQREAetAKAMhCEQABQxEACUMRAFZDEQCAQxEAbd0KAAlEEQC84woAXUQRAKpEEQC4RBEAZuQKAAVFEQC55goAtkURALTrCgD/RREAsO8KAAZHEQCm+QoACUcRAFD6CgBeSBEAQwcLAKtIEQCXCAsACEkRAOkLCwBYSREAkQ4LAKhJEQDmDgsAHkoRAE9KEQAVSxEAhBsLAHhLEQDZGwsAqkwRAPdMEQAgTREAfSILACtNEQAnIwsAAU8RACMnCwBaTxEAdSoLAKxPEQDJKwsAq1ARABgyCwD4UBEAFDYLALxREQDyUREAnlIRAFpFCwD4UhEA/E0LALdTEQDwUxEA+FMRAEVUEQBSVBEAS1QLAKdUEQBIVwsAUVURAO9aCwANVhEAQ1YRAKpWEQCGaBEAt1YRAO1WEQCjVxEAN2gLAKVXEQDkZQsAU1gRAJZYEQD5WBEAg3ELAKVZEQAifQsA/1oRAA+QCwCeWxEAC5QLAPZbEQAFmgsAS1wRAFKiCwCfXBEAUaMLAEJdEQD2qAsAAl4RADteEQBDXhEAkF4RAANfEQA+tgsA518RAI28CwD6YBEAg8YLAJ1hEQDQzgsAU2IRAIxiEQCUYhEA4WIRAFJjEQCLYxEAk2MRAOBjEQCNZBEAKHERAJJkEQDfZBEAlGQRAMXWDgCmZBEAm6gRAOlkEQBq3wsAj2URAA/lCwCPZxEAVfQLAOtnEQCq9AsA3GgRAEz9CwDmaREA7wQMAP5pEQBBsQ0AN2oRAIRqEQCiahEARAUMADVsEQC5jQ4AimwRAA6ODgDzbBEALG0RADRtEQCBbREA9m0RAIwSDACIbhEAoVIMADFwEQAswhEAMHERAL00DgBEcREA/fARAFZxEQB9cREAhXERAOtaDwCrcREAkWAOAAByEQAnchEAf3IRAArkEQDtchEAJnMRAC5zEQB7cxEA3HMRAHMrDABBdBEAenQRAIJ0EQDPdBEAMHURAK6ZDQCPdREAmVoMANN2EQBVnQ0A2XYRAGk1DAA8dxEAETgMACl4EQB2eBEAhXgRAGE8DQDTeBEAex0SAC56EQBdQQwAOHoRAAlADAAqexEABEUMAOR7EQAdfBEAJXwRAHJ8EQDNfREA+00MANp/EQCVXgwAdoARADNrDADOgREAznoMAMuCEQDLfQwAGIQRAGyGDQAbhBEA91ANAB+EEQAWiAwAJYQRALKVDQDHhBEAFIURAB6FEQARjQwAL4YRAGiGEQBwhhEAvYYRAGmHEQAEmgwAwYcRAKudDADCiREA9agMABeKEQBkihEAcIoRAEesDAAaixEAma8MAMCLEQANjBEAJIwRAOm0DAAKkREAzs8MALeREQB01AwADpQRAK7vDADBlBEABJURALuVEQBIAA0AvpURAPT+DAC7lhEAmwINAHqXEQCslxEAypcRAEIGDQAlmBEAkQwNALmYEQDmDA0ABpsRAFObEQBVmxEALxkNAK2bEQDZGQ0AtJsRAIEcDQBtnREApp0RAK6dEQD7nREABZ4RABwsDQDBnhEA+p4RAAKfEQBPnxEAXp8RABE3DQCqnxEAYzoNAFSgEQCzPw0A/qARAANFDQBUohEAoaIRAKSiEQD7TA0AV6MRAKJQDQBSpBEA8lUNAHKkEQBCARIAu6QRAEZXDQBMpREAnqURAEumEQCZWQ0AUqYRAOxbDQD9pxEA5mENAP+nEQCs8A0Ao6gRAPCoEQBHqhEAn1IOAKWqEQDZbg0A9KsRAHKADQD3qxEAv4gNAPyrEQCCcA0ACKwRAM16DQCjrhEAc38NAE2vEQBthQ0An7ARAB0qDgC9sBEAqe8RAPCwEQA9sREAQLERAL6JDQCisREAZ4sNAPOxEQBmjA0ARLIRAJGyEQCbshEAu4wNAD20EQBgkg0ARLQRAF6UDQDntBEAXZUNAGO2EQAEmQ0A6rYRAFacDQB9uBEASfoRAPW4EQBm4A4ANrkRAO2vDQCVuhEAPbUNAOa6EQAzuxEATLsRAJG2DQCLuxEA3bsRAFa8EQA3uw0AAL0RADa8DQCqvREAir0NADi+EQCFvhEAj74RADHBDQAwvxEAXZQOAD3AEQDTyQ0AMcIRAMrSDQAdwxEAK8MRAHLDEQCAwxEA1cURALriDQDfxREACOoNAIvIEQBU8w0A3sgRAFP0DQAtyREA/fQNAH3JEQBR9g0AfMoRAKT4DQCAyxEAzcsRACrMEQB3zBEAIs0RAJwADgB+zREAy80RACjOEQB1zhEAIs8RAJYGDgDRzxEAHtARAHvQEQDI0BEAz9ERAOYLDgAo0hEAOg0OAM7SEQAb0xEAK9MRAI4ODgDo0xEAGtQRAM3UEQA0Ew4AJdURANwVDgCS1REAw9URANzYEQBwLA4AhdoRAMAxDgAv2xEAFDMOANnbEQBoNA4AZt4RAKdKDgAa4BEASlIOAA7hEQCcVQ4AwuIRAD9dDgBp4xEA518OABXlEQA6Yg4AM+YRAItmDgBg5hEANGgOALrmEQDiCxIAEOcRANxqDgAT5xEA2mwOAF/nEQCx5xEAzecRAAboEQBe6BEAsOgRAMzoEQAF6REAYukRAK/pEQC56REAL20OAAzqEQC7MhIAX+oRACpyDgBm6xEAe3YOALDrEQAjeQ4ACuwRADcMEgAW7REAu+AOALftEQAXhQ4AYvERAJdZDwCw8hEA/p0OAKjzEQCvlw4AW/QRAK6YDgBV9hEAovYRAKz2EQBQoQ4AWvcRAPijDgCQ+hEAnvoRAOX6EQDz+hEAOvsRAEj7EQCP+xEAnfsRAOT7EQDy+xEAOfwRAEf8EQD9/BEARawOAGL9EQCarA4A8f0RAO6tDgBh/hEAmK4OAPj+EQDsrw4AYP8RAJn/EQAKABIAQwASAKYAEgA+sw4AagESAJcBEgC/ARIA7AESABQCEgBBAhIAaQISAJYCEgDzAhIAQAMSAEUDEgDltg4AlwQSANvADgBJBhIA8P8PAE0GEgBH/g8A7gYSAIDGDgBKBxIAec0OAAUIEgA7CBIArwgSAMPYDgDuCBIAFN0OAFkJEgCPCRIAQQoSAI4KEgCeChIAEt8OAO8KEgAR4A4ATQsSAGHkDwCSDxIA1RsPAOoPEgB/HA8A5RASABguDwCPERIAvDQPADkSEgC1Ow8A4xISAFpBDwCNExIAqEgPADcUEgBOTQ8A4RQSAPRRDwCLFRIAmFgPADkWEgCWWg8AnBYSANcWEgDfFhIALBcSANsaEgAoGxIARhsSAIVrDwCCHhIAEYoPAO0eEgANjg8Alx8SAF2TDwAvIBIAsJUPAIAgEgBYmA8A1CASAACbDwAnIRIA/J4PAIchEgD6oA8A6CESACEiEgB4IhIA7a0PANciEgCWrw8ANSMSAD6yDwB9IxIAOLgPADskEgCJvA8AfigSAMnRDwApKhIAvN4PAHoqEgC73w8AyyoSABgrEgAcKxIAEOAPAHUrEgDCKxIAHywSAGwsEgAeLRIAay0SAMwtEgCs7g8AHS4SAGouEgBuLhIAAe8PAJQvEgBP9g8AcTASAEb/DwDAMBIAEjESADoxEgBnMRIAvzESABEyEgA5MhIAZjISANIyEgBEARAAZzMSAJcDEADEMxIAlgQQABc0EgBkNBIAdDQSAJUFEADCNBIAlAYQABE1EgBjNRIAwjUSAOcIEAAdNhIA5gkQABo3EgDbFBAAwjcSANQbEAATOBIAYDgSAHA4EgApHBAADjkSANAfEABvORIAJCEQAMI5EgAjIhAAEToSAM0iEABhOhIAszoSAA==","fail":"AAAAAAAAAADNhwAAksEBANPWAADwCAcAFzwCAAruBwBOBQIA/EwMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAtj0MAKb7CABrlAAARw4AAE4FAgAM6AsAYegLALboCwAL6QsAix0CAFGhDQCmoQ0AzdkDAAAAAADwCAcAFzwCABc8AgDcdQMALCcCAIEnAgDcaw0Al7ANADHMAgCGzAIA5hgBALKdBQDntA4A3HUDAE4FAgBllQUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCAPxMDADIhAgAFzwCAGNFAgBIsgUAN8EHAAAAAADwCAcATgUCALyNCwBS/wMA1SgCAFqcCQDjGgIAzYcAAMsyAgC7NQ8AEDYPAKKwAgDZJgAATgUCAHEuCwDGLgsAt0gAAAZKBQBrlAAAwJQAAO65AgAW4AkAa+AJAE4FAgC2PQwApvsIAGuUAABHDgAATgUCAAzoCwBh6AsAtugLAAvpCwDvswcAI3sMAFUAAABVAAAAIygKABc8AgC3SAAATgUCAO+zBwDrvQEAAAAAAGuUAADVKAIARw4AAIweAAA9GAAACu4HAF/uBwA4xwAAjccAAOLHAAAH9gIAVP4CAKn+AgBSowoAPBkAABGOCwCRYQ0AVAEAAKkBAAD+AQAAUwIAAKgCAADvswcAI3sMAFUAAABVAAAAt5wBAG05BABrlAAATrEAABc8AgBsPAIADpYGAE4FAgD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAABzgwkAyIMJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAbTkEAMI5BABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAAH9gIA5RcDAOu9AQBAvgEAlb4BADy4CwCv7wsABPALAAzoCwBh6AsAtugLAAvpCwCLHQIAxi4LAF9JAgDBigkAFosJAGuLCQAK7gcATgUCAI25DgC3lAkATgUCANxrDQCVWw8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAFqcCQCJFQwA77MHAIweAADhHgAANh8AAIsfAADgHwAANSAAAHODCQDIgwkAAAAAABuPAABrlAAARw4AAHaHAgDA3woACu4HAE4FAgDvswcAzzAAACQxAAB5MQAAzjEAAG0vDgDjGgIAzYcAAJLBAQCMHgAACu4HAE4FAgD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAyYgDAB6JAwBziQMAyIkDAAzoCwBh6AsA5xgAADwZAAARjgsAkWENAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgCUXQ4A6V0OALyNCwC4RgEADUcBAO65AgAajwEACu4HAJ+nDgC8jQsAEY4LAJFhDQBUAQAAqQEAAP4BAABTAgAAbS8OAOMaAgDNhwAAksEBAIweAAAK7gcATgUCAPxMDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDJiAMAHokDAHOJAwDIiQMADOgLAGHoCwDnGAAAPBkAABGOCwCRYQ0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAJRdDgDpXQ4AvI0LALhGAQANRwEA7rkCABqPAQAK7gcAn6cOAM2HAACSwQEAqlIDAAf2AgDlFwMAzzAAACQxAAB5MQAAzjEAAG0vDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAABtLw4A2SYAAEAMCQAXPAIAnAIMAHaHAgBtLw4A5hgBALDyBwBHDgAA670BAOFzAAABRw0ADJQKADEXDQAE+QIAo7EAAPixAABNsgAAorIAAPeyAABMswAAvI0LABGOCwCRYQ0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgAQ4Q4A/EwMADlrBgDvswcAzHoOAAZKBQBbSgUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgC2PQwAn6cOAD0YAAAQQgMAa5QAAAruBwBOBQIAowUCAFVJDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgAXiQoAkhgAANPWAAA9GAAATgUCALY9DABf7gcAhhUPANsVDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAAruBwCfpw4APRgAABBCAwBrlAAACu4HANUoAgBrlAAAwJQAABbpAADO2QIA4xoCAM2HAAA3wQcA1SgCAAruBwDjGgIA1SgCAGuUAADAlAAAFukAAM7ZAgAbjwAA4xoCALecAQBtOQQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAc4MJAMiDCQC3SAAABkoFAFtKBQBrlAAA7rkCAEO6AgCYugIATgUCADy4CwCv7wsABPALAAzoCwBh6AsAtugLAAvpCwB5JA0AyIQIAB2FCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAHx3DABVAAAAVQAAACMoCgAXPAIAt0gAAMDfCgAK7gcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQD7TgsAAAAAALecAQBtOQQAa5QAAD0YAAC3SAAATgUCALY9DACm+wgAa5QAAEcOAABOBQIADOgLAGHoCwC26AsAC+kLAO+zBwAjewwAVQAAAFUAAAAjKAoAFzwCALdIAABOBQIA/EwMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgDMgQcAzYYBAD5fDQBOBQIAc4MJAMiDCQAAAAAAG48AAGuUAABHDgAAdocCAMDfCgAK7gcATgUCAOMaAgDcdQMATgUCAO+zBwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAgiIGAE6xAAA+vwIAsksCAIIiBgDwCAcAt5QJAE4FAgC8jQsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAAPxMDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAHODCQDIgwkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAE9SCQC3lAkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAZZUFAD6/AgCTvwIA6L8CAAfsDABc7AwAsewMANPWAAAajwEARQoGAAxJAADMfAwA9asJALdIAABOBQIA/EwMAOe0DgDcdQMATgUCALyNCwARjgsAkWENAFQBAACpAQAA/gEAAFMCAACoAgAAZZUFALqVBQAPlgUA2SYAAEAMCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgBllQUAo7EAAPixAABNsgAAorIAAPeyAABMswAA77MHAIweAAA9GAAAt0gAAE4FAgD8TAwAOMcAAI3HAADixwAALCcCAIEnAgDJiAMAHokDAHOJAwDIiQMADOgLAGHoCwDnGAAAPBkAABGOCwCRYQ0AVAEAAKkBAAD+AQAAUwIAAKgCAAA8uAsAr+8LAATwCwDvswcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQCoqAQA/EwMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgDBigkAFosJAGuLCQDAiwkAFYwJAGqMCQD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAMDfCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEAsPIHAKSqBgC7PAgAzYcAAOe0DgAQQgMAzdkDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAAf2AgDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAAPAIBwC3lAkAQhECAJcRAgBHDgAAjB4AAKSqBgAlfwYAen8GAEumDgBFCgYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA7A8EAEEQBACWEAQA6xAEAEARBACVEQQA6hEEAD8SBACUEgQAYzsMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADO2QIA/EwMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgAocw8ARw4AAIweAAAK7gcATgUCAG0vDgDnXg8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgCUXQ4A6V0OAHODCQDIgwkAHYQJAHKECQDHhAkAHIUJAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEAsPIHAKSqBgC7PAgAzYcAAOe0DgAQQgMAzdkDALdIAADVKAIAzYcAAMiECAAdhQgADJ0BANPWAABrlAAACu4HAE4FAgBtLw4AFzwCAE9SCQDjGgIAzYcAAOMaAgC3nAEAzXgPAM2HAAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAztkCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQCfpw4AwJQAABbpAADO2QIABvgBAE6xAABrlAAAVQAAALdIAACCIgYA8AgHAE4FAgAAAAAAAAAAAAAAAACoqAQAc4MJAMiDCQBIsgUAksEBAJwOAAC3lAkAB/YCAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAIbECgDbxAoAMMUKALyNCwARjgsAkWENAFQBAACpAQAA/gEAAFMCAACoAgAADOgLAGHoCwC26AsAC+kLAHkkDQDIhAgAHYUIAAydAQDT1gAAa5QAAAruBwA9GAAAkhgAAOcYAAD8TAwAJ8sNAHeIAADMiAAAIYkAAHaJAADLiQAA3GsNAJewDQD+nwwA3GsNAJVbDwAajwEAzdkDACLaAwDuuQIAWpwJAMx8DABHDgAAdocCANPWAAAajwEARQoGAAxJAABOBQIAc4MJAGw8AgDjGgIA4xoCABqPAQBFCgYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgC8jQsAt5wBAM14DwDNhwAAksEBAIweAABllQUAuzwIABA9CABlPQgAuj0IAE4FAgDcdQMAMXYDAIZ2AwAXPAIATgUCAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwCVvAMAaDoIAIweAACPYw0At0gAAIIiBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQBPrAQApKwEAPmsBAD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAMDfCgDcaw0Al7ANAPAIBwAK7gcAn6cOAEhVDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAADfBBwBOBQIAZZUFABc8AgBjRQIA48EFAJ+nDgA9GAAAt0gAAIIiBgDNhwAAyIQIAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAG05BAAK7gcAX+4HACKIAAB3iAAAzIgAACGJAAB2iQAALMYNAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgADnwgAG48AABc8AgBjRQIA48EFAKb7CABrlAAARw4AACvHDQCSGAAAEUMBAOYYAQCynQUAsksCAE6xAAAK7gcAn6cOAD0YAAAQQgMAa5QAAAAAAADwCAcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAVUkMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAFVJDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgD8TAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIAFuAJAGvgCQCcAgwAv5QBAPAIBwC3lAkAGo8BAG+PAQAQQgMAHTQEANDYAQDmGAEATgUCAO+zBwAjewwAVQAAAFUAAAAjKAoAFzwCALdIAADA3woACu4HAE4FAgD8TAwAAfAOABqPAQBOBQIA7rkCABbgCQBr4AkAnAIMAL+UAQDwCAcAt5QJAE4FAgA8uAsAAAAAAEcOAADrvQEAQL4BAAf2AgBHDgAAqlIDAE4FAgBzgwkAT1IJAPWrCQC3SAAAgiIGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAACCIgYA8AgHALeUCQBrlAAAwJQAABbpAADO2QIAzYcAABqPAQDNeA8AB/YCAKIFAwBFsAoAbdoNAMLaDQAX2w0AbNsNAMHbDQAW3A0Aa9wNAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQCfpw4AwJQAABbpAADO2QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAOe0DgBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgBLpg4AoKYOAJwOAAC3lAkA2SYAADnFAQCOxQEAwN4LABXfCwAbjwAAt5wBALdIAACCIgYAVQAAALecAQDNeA8AInkPADnFAQCOxQEAwN4LABXfCwCMHgAA4R4AABbpAADO2QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAHEuCwBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgBxLgsAUaENAPcGAgBMBwIAoQcCAPYHAgBLCAIADzsLALecAQDNeA8AInkPAHd5DwDMeQ8AMBcOAJ1VDQBOBQIAc4MJAEumDgB0fA8AyXwPAB59DwAPOwsAZDsLAKMFAgD4BQIATQYCAKIGAgAAAAAASFUNAE4FAgBzgwkAS6YOAHR8DwDJfA8AHn0PAA87CwBkOwsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAqKgEAO2uDgBCrw4Al68OAOyvDgBBsA4AAAAAABuPAABwjwAAEEIDAEUKBgDLMgIAp0kPAAruBwBKXgIAG48AAHCPAAAQQgMARQoGAMsyAgDzUg8AFzwCAGw8AgAOlgYAsPIHANPWAADwCAcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAAL7jCACkqgYAt0gAAMDfCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIA3GsNAJewDQD+nwwA4xoCABDhDgAAAAAA/EwMAOqxDgA/sg4AlLIOAOmyDgA+sw4Ak7MOAOizDgBxLgsALcQOAILEDgDXxA4AB/YCAAAAAADwCAcAt0gAAAf2AgBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIA48EFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgAwFw4AnVUNAHEuCwAAAAAAt5wBAAAAAAAbjwAAzYcAAMiECAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIAlF0OAE4FAgBxLgsAAAAAABuPAADNhwAAWpwJAMx8DAD1qwkASqwJAJ+sCQD0rAkA4xoCAEmtCQCerQkA860JAOMaAgBllQUAupUFAA+WBQCsRQ4AAUYOAFZGDgBllQUAupUFAA+WBQCsRQ4AAUYOAFZGDgDNhwAA57QOAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAADA3woAbIcMAMGHDADLMgIAeyMMANAjDADcdQMAt0gAAMDfCgBshwwAwYcMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAAGSgUA7VsMAME8AgAWPQIAaz0CALdIAAAMSQAA6VwPAD5dDwCTXQ8AAAAAABc8AgBjRQIAMc0BANTQBQCkqgYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgBclQ4ADEkAAOlcDwA+XQ8A8AgHAMsyAgDGNwIADEkAAOlcDwA+XQ8Ak10PAAAAAADNhwAAGo8BAM3ZAwCMHgAA1SgCAGuUAADAlAAAFukAAM7ZAgDLMgIAxjcCAAxJAADpXA8APl0PAJNdDwDLMgIAxjcCAAxJAADpXA8APl0PANx1AwBVAAAAvuMIAGuUAADAlAAAFukAAM7ZAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAM7ZAgDNhwAADpYGALDyBwBrlAAAwJQAABbpAADO2QIAt0gAALdIAAAGSgUAW0oFAOMaAgA4GwIAjRsCAMDfCgBrlAAAwJQAABbpAADO2QIA5hgBALDyBwC3SAAADEkAAMx8DAAK7gcAn6cOAMCUAAAW6QAAztkCALecAQC3nAEAVQAAACMoCgAajwEAb48BAPhZAwBNWgMA2RoMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANx1AwBrlAAAwJQAABbpAADO2QIACu4HAJ+nDgCrUwEALRgQAMCUAAAW6QAAztkCAAAAAABrlAAAwJQAAE9SCQAK7gcA6mEJAO65AgAajwEAzdkDAL+UAQDwCAcAt5QJAGuUAADAlAAAFukAAM7ZAgDjGgIA8AgHAPWrCQBwjwAA67wCALecAQAMnQEABkQLAFtECwCwRAsAzXgPAMCUAAAW6QAAztkCAOe0DgBCEQIADJQKAGuUAADAlAAAFukAAM7ZAgAXPAIAQhECABuPAADmGAEAsPIHAD0YAAC3SAAAwN8KANkaDAAW6QAAztkCAPAIBwD1qwkAt0gAAMQ5AgDZJgAA4xoCAPAIBwD1qwkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIAwN8KAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCm+wgARQkHAJoJBwCnUAgA/FAIAFFRCACmUQgA+1EIAFBSCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAKSqBgAlfwYAen8GAJwCDAC/lAEA8AgHALeUCQBrlAAAwJQAABbpAADO2QIAt0gAAM2HAAAiiAAASl4CAPAIBwDuuQIAFuAJAGvgCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAztkCAIIiBgDXIgYAcjQEALecAQDNeA8A5hgBALDyBwA9GAAAt0gAAMDfCgAK7gcAn6cOAMCUAAAW6QAAztkCAEcOAAB8dwwAVQAAAFUAAAAjKAoAFzwCALdIAADA3woACu4HAKb7CABFCQcAmgkHAKdQCAD8UAgAUVEIAKZRCAD7UQgAUFIIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQDNeA8AQhECAG/bCgDIhAgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA3HUDABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAEOEOAMCUAADZJgAAVUkMABc8AgDmGAEAsp0FALJLAgDA3woAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALeUCQBOsQAAJX8GAHp/BgDPfwYAJIAGAHmABgDOgAYA5hgBADsZAQD7TgsA6mEJAJoDDQBADAkATrEAAD6/AgCySwIAgiIGAPAIBwC3lAkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAMiECAAbjwAAa5QAAGuUAADAlAAAFukAAM7ZAgAK7gcAn6cOANkmAABADAkA0MwNAGuUAAAK7gcAzYcAAMiECAAdhQgAcoUIANxrDQCXsA0A/p8MAPxMDAA5awYA5hgBALDyBwAF8wcA4xoCABDhDgDAlAAATgUCAKMFAgAocw8AcI8AAMcsDAC3SAAAgiIGAPAIBwC3lAkAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAtOkMAAnqDABe6gwAs+oMAAjrDABd6wwA8AgHAE4FAgCjBQIALicAANPWAABOBQIA/EwMAFFNDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCANxrDQCXsA0A/p8MAKMFAgAocw8AcI8AAMcsDAC3SAAAgiIGAPAIBwC3lAkA57QOAD0YAACSGAAAEUMBADYdAgBzgwkAyIMJAOPBBQCfpw4ApKoGAKOxAAAveQIAOW8CAGNFAgBPUgkAQrwBANxrDQBllQUA3HUDAFhGDACtRgwAAkcMAFdHDABrlAAAwJQAABbpAADO2QIAPRgAALdIAADNhwAAsksCAIIiBgDwCAcAt5QJAGuUAADAlAAAFukAAM7ZAgB6JQsAQAwJANDMDQCdYAIATgUCAO+zBwAi2wIA5hgBAOMaAgDwCAcAGo8BAGOaAgDNhwAAsksCAIIiBgDwCAcAt5QJAE4FAgBxLgsALcQOAILEDgDXxA4AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAPLgLAJG4CwD9ng4AUp8OAKefDgD8nw4AKdUBALJLAgCCIgYA4xoCALecAQDNeA8A3GsNABBDAgBlQwIAukMCAGWVBQA+vwIAKNUCAH3VAgDS1QIAJ9YCAHzWAgDG4QIAG+ICAHDiAgDF4gIAGuMCAG/jAgDE4wIAGeQCAG7kAgDD5AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAZZUFAD6/AgAo1QIAfdUCANLVAgAn1gIAfNYCABuPAABHDgAA3GsNAJewDQAxzAIAhswCAOYYAQCynQUA57QOAAzoCwBh6AsAtugLAAvpCwCLHQIAxi4LABsvCwD1qwkAQhECAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIAc4MJAMiDCQC3SAAAG48AABc8AgC2PQwAn6cOAKSqBgCjsQAAL3kCADlvAgBjRQIA48EFAE4FAgD8TAwA57QOAAruBwBOBQIADOgLAGHoCwC26AsAC+kLABuPAABHDgAAjB4AADy4CwCRuAsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEAjbkOAEUJBwCaCQcAp1AIAPxQCABRUQgAplEIAPtRCAAdNAQAcjQEAMc0BAAcNQQAcTUEAMY1BAAK7gcATgUCAPxMDADntA4ACu4HAE4FAgAM6AsAYegLALboCwAL6QsAG48AAEcOAACMHgAA77MHACLbAgB32wIAzNsCACHcAgB23AIAhhcNANsXDQAwGA0AhRgNANoYDQDntA4AEEIDAE6xAAAH9gIAQ7IKAEauCwCbrgsA8K4LAEWvCwCarwsA768LADpiDgAtxA4AgsQOANfEDgBOBQIAjbkOAPWrCQC3SAAATgUCAI25DgDZJgAATgUCAOMaAgDwCAcA9asJAHCPAADrvAIAc4MJAGw8AgDmbAIAO20CAMDfCgAV4AoAauAKALdIAABOBQIA3GsNAJewDQD+nwwA/EwMADfBBwAK7gcATgUCANPWAAAajwEARQoGAAxJAABOBQIAjbkOAO65AgAW4AkAa+AJANkmAAC3nAEADJ0BAO+zBwAjewwAeHsMAM17DAAGSgUA7VsMAEJcDADiaQkATgUCANPWAAAajwEARQoGAAxJAABOBQIAjbkOAO65AgAW4AkAa+AJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDcdQMATgUCANPWAAAajwEARQoGAAxJAABOBQIAjbkOAO65AgAW4AkAa+AJANkmAAC3nAEADJ0BALY9DAALPgwA7rkCABqPAQAK7gcAn6cOANPWAAAajwEARQoGAAxJAABOBQIAjbkOAO65AgAW4AkAa+AJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCALyNCwAjKAoAGo8BAG+PAQD4WQMATVoDANkaDABOBQIAtj0MAJ+nDgDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCAPxMDADqsQ4AP7IOAL+UAQAUlQEAaZUBAOYYAQCw8gcAPRgAALdIAABOBQIA3GsNAJewDQD+nwwAcS4LAMYuCwC3SAAABkoFANx1AwBOBQIAPLgLAJG4CwDmuAsADOgLABBCAwBlQgMAukIDAOYYAQCynQUAt5wBAG05BABOsQAAa5QAAOMaAgDwCAcA9asJAHCPAADrvAIARw4AAE4FAgCNuQ4A9asJALdIAABOBQIAjbkOANkmAABOBQIAc4MJAGw8AgDmbAIAO20CALdIAADA3woAQhECAAyUCgDAlAAATgUCALY9DAALPgwA7rkCABqPAQAK7gcAn6cOAOMaAgDcdQMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIACu4HAE4FAgD8TAwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAB+wMAFzsDACx7AwABu0MAFvtDACw7QwABe4MAFruDACv7gwABO8MAFnvDACu7wwAA/AMAFjwDACt8AwAAvEMAFfxDACs8QwAAfIMAFbyDACr8gwAAPMMAFXzDACq8wwA//MMAFT0DACp9AwA/vQMAFP1DACo9QwA/fUMAFL2DACn9gwA/PYMAFH3DACm9wwA+/cMABqPAQBvjwEAnWACAPJgAgBHYQIAhyADANwgAwAxIQMAhiEDANshAwAwIgMAhSIDANoiAwAvIwMAhCMDANkjAwAuJAMAgyQDAAAAAADwCAcA9asJAE4FAgCxQgwABkMMAO65AgAW4AkA/EwMAOe0DgA8tQ4AkbUOAOa1DgA7tg4AkLYOADy4CwCRuAsA5rgLANx1AwAxdgMAhnYDABc8AgBOBQIA77MHAES0BwCZtAcA7rQHAEO1BwAi2wIAd9sCAMzbAgAh3AIAZZUFALqVBQA+Xw0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAPLgLAK/vCwAE8AsADOgLAGHoCwDnGAAAPBkAABGOCwA5bwIAbDwCAA6WBgCw8gcAt0gAAMDfCgDZGgwATgUCAOMaAgA4GwIAjRsCAOIbAgC8jQsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIA48EFAE4FAgDvswcAzHoOACF7DgCySwIAwN8KABXgCgCw8gcAPRgAALdIAABOBQIAtj0MAF/uBwCGFQ8A2xUPAOMaAgDNhwAAksEBAIweAADvswcAItsCAJkFDADuBQwAQwYMAJgGDABOBQIAPLgLAK/vCwAE8AsA77MHAMx6DgAhew4AOW8CALdIAACCIgYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAACCIgYAb48BAEIRAgBOBQIAtj0MAKb7CADT1gAAPLgLAJG4CwDmuAsAc4MJAMiDCQDPgwIA+aoGAO65AgAW4AkAa+AJANx1AwBOBQIA5hgBADsZAQD7TgsAzYcAADfBBwDqYQkAb48BAEIRAgBOBQIAc4MJAMiDCQDjwQUAOMIFAI3CBQA1GgYAPLgLAK/vCwAE8AsAt5wBAAydAQBaogMAr6IDAASjAwBZowMArqMDAAOkAwDcaw0AlVsPAGFJAABskAMAwZADABaRAwBrkQMAksEBAIweAACPYw0ATgUCADy4CwCRuAsA5rgLAOYYAQCw8gcABfMHADsZAQAXPAIAPLgLAK/vCwAE8AsAPLgLAJG4CwDmuAsAhMULANnFCwAuxgsAvI0LALhGAQANRwEA2W8MAC5wDACDcAwA2HAMAE4FAgCNuQ4A2SYAAE4FAgDvswcAzHoOACF7DgA5bwIAt0gAAIIiBgBvjwEAQhECAE4FAgAbjwAADJUJAGGVCQC2lQkAC5YJAGCWCQC1lgkACpcJAF+XCQDcaw0Al7ANAP6fDADvswcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA/EwMALJLAgCNuQ4At5QJAE4FAgDvswcAnA4AACgkCQB9JAkA0iQJACclCQBOBQIAVQAAALdIAACCIgYAb48BAEIRAgBOBQIAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFALiXBQDruwMAQLwDAONnCgA4aAoAjbkOALeUCQBOBQIAG48AAHCPAAAQQgMABvgBAE4FAgC2PQwApvsIAOYYAQCynQUAGo8BAG+PAQBOBQIA77MHAJwOAAAoJAkAfSQJANIkCQAnJQkATgUCAPWrCQBKrAkAn6wJAPSsCQBJrQkAnq0JAPOtCQBIrgkAna4JAPKuCQBHrwkAnK8JAPGvCQBGsAkAm7AJAPCwCQBFsQkAmrEJAO+zBwCMHgAA4R4AADYfAACLHwAA4B8AAAf2AgBHDgAATgUCANxrDQCVWw8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAARq4LAJuuCwA9GAAAEEIDAG+PAQBCEQIATgUCAI25DgC3lAkATgUCALFCDADMfAwARw4AALecAQAMnQEABkQLAFtECwCwRAsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCAMDfCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABo6gIAveoCAEK8AQAAAAAAaOoCAL3qAgBi8AIAupUFAL3hCwAS4gsAZ+ILALziCwAR4wsAZuMLALvjCwAQ5AsAKNQDAH3UAwDS1AMAJ9UDAHzVAwDR1QMAJtYDAHvWAwDQ1gMAJdcDAHrXAwDP1wMAJNgDAHnYAwDO2AMAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwCVvAMA6rwDAD+9AwCUvQMA6b0DAD6+AwCTvgMA6L4DAD2/AwCSvwMA578DADzAAwBYnQoArZ0KAAKeCgBXngoArJ4KAAGfCgBWnwoAq58KAACgCgBVoAoAqqAKAP+gCgBUoQoAqaEKAP6hCgBTogoAqKIKAEIRAgAH9gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAOMaAgDNhwAARw4AAG3kAwDC5AMAzXgPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBhPA0AtjwNAAs9DQBgPQ0AtT0NAAo+DQBfPg0AtD4NAAk/DQBePw0A6rwDAD+9AwCjBQIA+AUCAE0GAgCiBgIAXpQNAKSsBAD5rAQATq0EAKOtBAD4rQQATa4EAKKuBAD3rgQAcS4LAFGhDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAFqcCQAajwEAY5oCAM14DwBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAA2YBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwD2rQYAS64GAKCuBgD1rgYASq8GAJ+vBgAi2wIAd9sCAE6xAABVAAAAUv8DAMsyAgAXLw8AbC8PAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAuzUPAD6/AgAo1QIAfdUCANLVAgAn1gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAM7ZAgAQNg8AorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwAK7gcApvsIAGuUAABHDgAAK8cNAJIYAAARQwEAwN8KAKtTAQDWcgwAzdkDAHaHAgDA3woA2RoMABbpAADO2QIA6woKAGWVBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAIygKABc8AgC3SAAAwN8KANkaDAAW6QAAztkCALecAQBtOQQAwjkEAFUAAAAXPgAAyzICAKdJDwAajwEA4xoCALObBgBsPAIAOW8CANx1AwBOBQIADOgLAGHoCwC26AsAC+kLALecAQAMnQEAWqIDAK+iAwCfpw4ACu4HAAf2AgAlJAwARQkHAJoJBwDvCQcATgUCAO+zBwDfHgIAzYcAADlvAgBjRQIA48EFAE4FAgCNuQ4A4xoCADHNAQDU0AUApKoGALdIAABOBQIAowUCAEAMCQCVDAkAVP4CAKn+AgBSowoAPBkAABc+AABOBQIA09YAACjXAABsPAIAAfAOAFbwDgC+4wgAE+QIAE4FAgD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgA8uAsAHTQEAHI0BAC3nAEAzXgPAOYYAQCw8gcAPRgAALdIAADNhwAAsksCAIIiBgDwCAcAt5QJAAf2AgC3nAEAbTkEAMI5BABVAAAAFz4AAE4FAgC3nAEAbTkEAMI5BAAXOgQAbDoEAME6BAAWOwQAazsEAMA7BAAVPAQAajwEAL88BABg6QsAtekLAArqCwBf6gsATgUCALecAQBtOQQAwjkEABc6BABsOgQAwToEABY7BABrOwQAwDsEABU8BABqPAQAvzwEAGDpCwC16QsACuoLAF/qCwC4RgEADUcBACHRDQB20Q0Ay9ENALecAQDcdQMATrEAAM2GAQCisAIA2SYAAEAMCQBCEQIAG48AABc8AgBjRQIA48EFAAf2AgDsDwQAWUUMAK5FDAADRgwAFpAEAGuQBADAkAQAFZEEAGqRBAC/kQQAFJIEAGmSBAC8jQsA+AMEACLbAgBOsQAAzYYBAEUJBwC3SAAAgiIGANciBgAsIwYAgSMGANYjBgArJAYAB/YCAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBADqvAMA6A0KAD0OCgCSDgoAgSMGANYjBgArJAYAOxAKAO1dCgBCXgoA9wYCABqPAQAXPAIAY0UCAPAOAQAsxQ4ATgUCAGWVBQAXPAIAY0UCAEiyBQCySwIAwN8KAPxMDAA5awYAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFALiXBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwCxQgwAzHwMAEcOAAB2hwIAt5wBAAydAQAGRAsAW0QLALBECwBanAkAzHwMAEcOAAB2hwIATgUCAPxMDADntA4ACu4HAE4FAgC8jQsAIygKABc8AgC3SAAAAAAAAAAAAAAAAAAAyzICAAAAAADLMgIAAAAAAMsyAgAAAAAATgUCAPxMDADntA4ACu4HAE4FAgC8jQsAIygKABc8AgC3SAAAQFsPAAAAAABOBQIA/EwMAOe0DgAK7gcATgUCALyNCwAjKAoAFzwCALdIAAC3nAEADJ0BAFqiAwCvogMABKMDAFmjAwCuowMAA6QDANxrDQCVWw8AYUkAAPAOAQBVAAAAIygKAEcOAAB2hwIAQhECABc8AgBjRQIARw4AAG3kAwDC5AMA8A4BAANOBAD8TAwAJ8sNAOJpCQA3agkAjGoJAOFqCQBzgwkAyIMJAM+DAgD5qgYAFzwCAAruBwBOBQIA/EwMADfBBwCMwQcA4cEHADbCBwDA3woA2RoMAMsyAgBOBQIA5hgBAEyyAQDN2QMA670BAL+UAQBvjwEAQhECAE4FAgD8TAwAOWsGAEIRAgAMlAoA5hgBAE4FAgA8uAsARQoGAJoKBgC2PQwAn6cOAPSnDgC+4wgA37wOADS9DgBHDgAATgUCAI25DgC3lAkAAAAAAAAAAAAH9gIAogUDAEWwCgCasAoA77AKAESxCgBxLgsALcQOAILEDgDXxA4A3GsNAJewDQD+nwwAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAeyQLANAkCwAlJQsAMWwNANkaDAAuGwwAgxsMANgbDAAtHAwAghwMANccDAAsHQwAgR0MALY9DAD0pg8Aa5QAANxrDQCXsA0A/p8MAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwCVvAMA6rwDAOgNCgA9DgoAkg4KAIEjBgDWIwYAS6YOAEUKBgDA3woAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFANUoAgAqKQIAgiIGANciBgAsIwYAgSMGANYjBgArJAYAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAA2YBQBimAUAt5gFAAyZBQBhmQUA77MHAIweAADhHgAANh8AAIsfAAAH9gIABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAOq8AwDoDQoAPQ4KAJIOCgDnDgoAPA8KAJEPCgDmDwoAVP4CAKn+AgBSowoAUfgLAE9SCQD1qwkAt0gAAMDfCgDcaw0Al7ANAP6fDACxQgwAzHwMAEcOAABrlAAAt0gAANPWAADwCAcAFzwCAEpeAgBOBQIAPLgLAK/vCwAE8AsAG48AAHCPAAAXPAIAY0UCAEiyBQCdsgUA8rIFAM2HAADjGgIAt5wBAAAAAABOBQIASl4CADUUDABvjwEAnWACAAf2AgAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQALCcCAIEnAgBllQUAPr8CABuADwBwgA8AxYAPADEXDQDlFwMAnA4AAOYYAQCw8gcAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAeyQLANAkCwAlJQsAWpwJANx1AwAAAAAAAAAAAAAAAABo6gIAveoCAEK8AQAAAAAAAAAAAAAAAAAAAAAAaOoCAL3qAgBi8AIAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAPatBgBLrgYAoK4GAPWuBgBKrwYAn68GAOYYAQB4LQUAzS0FACIuBQB3LgUACu4HAOMaAgBOBQIA5hgBADsZAQD7TgsAUE8LAKVPCwDmGAEAeC0FAM0tBQAiLgUAdy4FAE6xAACjsQAA+LEAAE2yAACisgAAsp0FADlvAgBLpg4AzYcAADfBBwDmGAEA0NgBAHCPAAAQQgMATrEAAD6/AgCySwIAgiIGAPAIBwC3lAkARw4AAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAYTwNALY8DQByfw4ArPkEAAH6BABW+gQAq/oEAAD7BABV+wQAqvsEAP/7BABU/AQAqfwEAP78BABOBQIAt5wBAG05BABvjwEASl4CAE4FAgCjBQIA+AUCAE0GAgB5JQwAziUMAPxMDAA3wQcACu4HABc8AgBjRQIARw4AAOu9AQBIVQ0AXvYAAIobBQDMfAwARw4AAHaHAgC/jAkAFI0JAGmNCQC+jQkAE44JAGiOCQC9jgkAEo8JAGePCQC8jwkA/EwMAOe0DgDcdQMATgUCAI25DgDZJgAATgUCANxrDQCVWw8AYUkAALZJAABVAAAAvuMIAKSqBgAajwEAQLMMAEAMCQBrlAAACu4HAE4FAgDmGAEAeC0FAM0tBQAiLgUAdy4FABvdBwCxQgwAzHwMAEcOAAB2hwIAsUIMAMx8DABHDgAAdocCAE4FAgBanAkA3HUDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqKgEAP2oBADdbgkAMm8JAIdvCQDcbwkAMXAJAIZwCQDbcAkAMHEJAIVxCQDacQkAL3IJAIRyCQDZcgkALnMJAINzCQDYcwkA6rwDAOgNCgA9DgoAkg4KAOcOCgA8DwoAkQ8KAOYPCgCNuQ4ARQkHAJoJBwCnUAgA/FAIAFFRCACmUQgA+1EIAFBSCABOBQIA3GsNAIIiBgDXIgYALCMGAAruBwBOBQIAjbkOAPWrCQDcdQMARw4AAG3kAwDC5AMAbTkEANUoAgBHDgAAbeQDAMLkAwDVKAIAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBhPA0AtjwNAAs9DQBgPQ0AtT0NAAo+DQBfPg0AtD4NAAk/DQBePw0Asz8NAAhADQBdQA0AskANAAdBDQBcQQ0A6rwDAOgNCgA9DgoAkg4KAOcOCgA8DwoAkQ8KAOYPCgCNuQ4ARQkHAJoJBwCnUAgA/FAIAFFRCACmUQgA+1EIAFBSCABOBQIA3GsNAIIiBgDXIgYALCMGAAruBwBOBQIAjbkOAPWrCQDqvAMA6A0KAD0OCgCSDgoA5w4KADwPCgCRDwoA5g8KAI25DgBFCQcAmgkHAKdQCAD8UAgAUVEIAKZRCAD7UQgAUFIIAE4FAgDcaw0AgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJABc8AgBLpg4AY5oCAAydAQBhnQEA3HUDANUoAgBOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAyzAEAG0vDgDnXg8AG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAmQwFAO4MBQBDDQUAmA0FAO0NBQBCDgUAlw4FAOwOBQBBDwUAlg8FAOYYAQB4LQUAzS0FACIuBQB3LgUAAAAAAPAOAQADTgQA/EwMACfLDQDiaQkAN2oJAIxqCQDhagkAc4MJAMiDCQDPgwIA+aoGABc8AgAK7gcATgUCAPxMDAA3wQcAjMEHAOHBBwA2wgcAwN8KANkaDADLMgIATgUCAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIA/EwMADlrBgBCEQIADJQKAOYYAQBOBQIAPLgLAEUKBgCaCgYAtj0MAJ+nDgD0pw4AvuMIAN+8DgA0vQ4ARw4AAE4FAgCNuQ4At5QJAAAAAAAsxQ4ABkoFAFtKBQCwSgUABUsFAFpLBQCvSwUA8A4BAANOBAD8TAwAJ8sNAOJpCQA3agkAjGoJAOFqCQBzgwkAyIMJAM+DAgD5qgYAFzwCAAruBwBOBQIA/EwMADfBBwCMwQcA4cEHADbCBwDA3woA2RoMAMsyAgBOBQIA5hgBAEyyAQDN2QMA670BAL+UAQBvjwEAQhECAE4FAgD8TAwAOWsGAEIRAgAMlAoA5hgBAE4FAgA8uAsARQoGAJoKBgC2PQwAn6cOAPSnDgC+4wgA37wOADS9DgBHDgAATgUCAI25DgC3lAkAAAAAAAzoCwBh6AsAB/YCAAAAAAAAAAAAAAAAAAAAAAAAAAAALCcCAIEnAgDvswcARLQHAJm0BwAX5QMAbOUDAMHlAwAW5gMAa+YDADEXDQAAAAAAAAAAAEcOAAAAAAAAAAAAAKioBAB/zwYA1M8GAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAOq8AwDoDQoAPQ4KAJIOCgCBIwYA1iMGACskBgAH9gIAmwsEAPALBABFDAQAmgwEAO8MBABEDQQAmQ0EAO4NBAAATAkAVUwJAKpMCQD/TAkAVE0JAO+zBwCcDgAAKCQJAH0kCQDSJAkAJyUJAE4FAgD8TAwA2SYAALdIAADA3woA2RoMAG+PAQBCEQIATgUCANxrDQCXsA0ATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwC8kwUAEZQFAGaUBQC7lAUAEJUFABuPAABwjwAAEEIDAAb4AQBOBQIA77MHAJwOAAAoJAkAfSQJANIkCQAnJQkAB/YCAM2HAAAG+AEAFzwCAGNFAgC3SAAABkoFAFtKBQBrlAAARw4AAFUAAAC+4wgAE+QIABbpAABjRQIAAAAAABuPAABrlAAARw4AAHaHAgDA3woA2RoMABbpAADO2QIAQ7IKAJiyCgDtsgoAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQBFtQUAmrUFAO+1BQBEtgUAmbYFAO62BQBDtwUAmLcFAO23BQBCuAUAl7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQA/uwUAlLsFAOm7BQA+vAUAk7wFAOi8BQA9vQUAkr0FAOe9BQA8vgUAzYcAACKIAAC7PAgAED0IAAruBwBOBQIA3GsNAJVbDwBhSQAA5hgBALKdBQAHngUATgUCAHODCQDIgwkAt0gAAAZKBQBbSgUAa5QAAEcOAABOBQIAvI0LAFbxDQAT5AgATgUCAHODCQDIgwkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAt5wBAG05BAAdNAQATLIBAEUKBgCaCgYA09YAAFqcCQAajwEATrEAALs8CABOBQIAPLgLAK/vCwAK7gcA6mEJAM3ZAwAH9gIATrEAAD6/AgAo1QIAfdUCANLVAgAn1gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAOwEDwDZGgwAFukAAM7ZAgDPMAAAo7EAAPixAABNsgAAorIAAPeyAAAH9gIATrEAAD6/AgAo1QIAfdUCANLVAgAn1gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAOwEDwDZGgwAFukAAM7ZAgBrlAAACu4HAOphCQDN2QMAzzAAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAHYuBgDLLgYAIC8GAHUvBgDKLwYAHzAGAHQwBgDJMAYAmwsEAPALBABFDAQAmgwEAO8MBABEDQQAmQ0EAO4NBABDDgQAmA4EAO0OBABCDwQAlw8EADHNAQCGzQEA280BADDOAQCFzgEAgskJANfJCQAsygkAgcoJANbKCQArywkAgMsJANXLCQAqzAkAf8wJANTMCQApzQkAfs0JANPNCQAozgkAfc4JANLOCQAnzwkAfM8JAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAHYuBgDLLgYAIC8GAHUvBgDKLwYAHzAGAHQwBgDJMAYAXPYCALH2AgBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAmQwFAO4MBQBDDQUAmA0FAO0NBQBCDgUAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBhPA0AtjwNAAs9DQBgPQ0AtT0NAAo+DQBfPg0AtD4NAAk/DQBePw0Asz8NAAhADQBdQA0AskANAAdBDQBcQQ0AvI0LAJO3CgDotwoAPbgKAJK4CgDnuAoAPLkKAJG5CgDmuQoAO7oKAJC6CgDlugoAOrsKAI+7CgDkuwoAObwKAI68CgDjvAoAOL0KAI29CgDivQoAN74KAIy+CgBU/gIAqf4CAFKjCgBR+AsAT1IJAPWrCQC3SAAAwN8KANxrDQCXsA0A/p8MALFCDADMfAwARw4AAEOyCgCYsgoA48EFADjCBQCNwgUANRoGAO+zBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAADT1gAAa5QAAD0YAAC3SAAATgUCAPxMDADT1gAAgiYCALdIAABOBQIA09YAAIImAgCUXQ4A6V0OAAzoCwBh6AsAtugLAAvpCwC8jQsAIygKAEcOAADrvQEAv5QBAOMaAgC3nAEAzXgPANxrDQCXsA0A/p8MAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQB7JAsA0CQLACUlCwDcaw0AlVsPAGFJAABzgwkAyIMJAOPBBQA4wgUAjcIFADUaBgDvswcAjB4AAOEeAAA2HwAAix8AAOAfAABe9gAATlAMACLaAwBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAEzgKAJG4CwDmuAsA4xoCALObBgAInAYAXZwGALKcBgA9GAAATgUCAO+zBwDMeg4AIXsOALJLAgAajwEAHTQEALDyBwDwCAcA9asJALdIAADA3woA2RoMABbpAADO2QIAE94OAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGADsQCgCQEAoA5RAKADoRCgCPEQoA5BEKADkSCgCOEgoA4xIKADgTCgCNEwoA4hMKADcUCgCMFAoA77MHAIweAADhHgAANh8AAIsfAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAFT+AgCp/gIAUqMKAKejCgD8owoAUaQKAKakCgD7pAoAowUCAEAMCQCVDAkA6gwJAI25DgAXPAIATgUCALY9DAALPgwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA3HUDAE4FAgBCvAEAG48AAHCPAAAQQgMABvgBAGE8DQC2PA0ACz0NAGA9DQC1PQ0ACj4NAF8+DQC0Pg0ACT8NAF4/DQCzPw0ACEANAF1ADQCyQA0AB0ENAFxBDQCymQkAcYUJAMOICQAYiQkAbYkJAMKJCQDqvAMA6A0KAD0OCgCSDgoA5w4KADwPCgCRDwoA5g8KAI25DgBFCQcAmgkHAKdQCAD8UAgAUVEIAKZRCAD7UQgAUFIIAE4FAgDcaw0AgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJAIAkBgDVJAYAKiUGAH8lBgCxQQ0ABkINAFtCDQCwQg0ABUMNAFpDDQCvQw0ABEQNAFlEDQCuRA0A6rwDAOgNCgA9DgoAkg4KAIEjBgDWIwYAnAIMAIweAACn/AYAzXgPAKSqBgC3SAAAgiIGAPAIBwC3lAkAt0gAAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAIAkBgDVJAYAKiUGAH8lBgBrlAAAwJQAABbpAADO2QIA7BECAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAIAkBgBflAwAtJQMAAmVDABelQwAs5UMAAiWDABdlgwAnA4AACgkCQB9JAkA0iQJACclCQDEOQIARQkHAJoJBwDvCQcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAH9gIAUvkJAMCUAAAW6QAAztkCAD0YAACSGAAA96oIAEyrCAChqwgA9qsIAEusCACgrAgAbDwCAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOBQIA3GsNAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGADsQCgDHgQwAzIEHACGCBwB2ggcAy4IHACCDBwB1gwcAyoMHAB+EBwD8TAwA2SYAALdIAADA3woA2RoMAO+zBwCMHgAAp/wGAM14DwCkqgYAt0gAAIIiBgDwCAcAt5QJAE4FAgBxLgsALcQOAILEDgDXxA4A5RcDAE+mCgCkpgoA+aYKAE6nCgCjpwoA+KcKANxyBgAxcwYAhnMGANtzBgAwdAYAhXQGANp0BgAvdQYAhHUGANl1BgBsjQYAwY0GABaOBgBrjgYAwI4GABWPBgAbjwAAFzwCABc8AgBjRQIAPRgAALdIAABOBQIA3GsNAJewDQBFCQcAIygKALecAQAMnQEAYZ0BANx1AwAH9gIAAAAAAE4FAgDcaw0AEEMCAGVDAgC6QwIAMRcNAO+zBwAjewwAGo8BAEUKBgDNhwAA4xoCALecAQDNeA8A77MHAIweAADhHgAANh8AAIsfAADgHwAAqFEGAE4FAgCjBQIAVUkMAKpJDAD/SQwA3GsNAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAAf2AgBU/gIAqf4CAFKjCgD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAM14DwDvswcAjB4AAOEeAAA2HwAAix8AAOAfAADmGAEAAAAAAFUAAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAdi4GABI2DQBnNg0AvDYNABc8AgBPUgkApvYNAJ9eAgDAlAAARq4LAJuuCwAXPAIAY0UCAEiyBQCdsgUA8rIFAM2HAADjGgIAt5wBAM14DwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAHCPAAA9GAAA3HUDAAf2AgC3SAAATrEAAFUAAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2SYAADnFAQCOxQEA48UBAE6xAADNhgEAorACAEK6AwAXPAIAY0UCALhFAgAocw8ARw4AAIweAAC0lwkACZgJAF6YCQCzmAkACJkJAF2ZCQDLLgYAIC8GAHUvBgDKLwYAHzAGAHQwBgDJMAYA5RcDAJwOAAAoJAkAfSQJANIkCQAnJQkATgUCAHEuCwAtxA4AgsQOANfEDgCxQQ0ABkINACEkEAB2JBAAyyQQACAlEAB1JRAAyiUQAB8mEAB0JhAAySYQAB4nEADS1AMAJ9UDAHzVAwDR1QMAJtYDAHvWAwDQ1gMAJdcDALFCDADMfAwARw4AAOMaAgCzmwYACJwGAF2cBgCynAYAB50GAJwCDADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAM2HAADZJgAASl4CAIzCBgAxzQEARw4AAM8wAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAEjYNAGc2DQC8Ng0ATgUCAOYYAQCynQUA3HUDAE4FAgAM6AsAYegLALboCwAL6QsA4xoCABDhDgD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAGWVBQC6lQUAveELABLiCwBn4gsAvOILABHjCwBm4wsAu+MLABDkCwBl5AsAuuQLAHEuCwBHDgAAdocCAMuHAgDjGgIAt5wBAG05BADN2QMA3x4CAIkVDABACwoAl7ANAP6fDAA8uAsAVQAAACKIAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAEjYNAGc2DQC8Ng0AXPYCALH2AgBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA4xoCAPAIBwDwCAcAt0gAAEcOAAB2hwIABkoFAO1bDAAB8A4ATgUCAKMFAgAXPAIAT1IJAOYYAQBOBQIAQrwBAF72AAAH9gIABPkCAKOxAAD4sQAATbIAAKKyAAD3sgAATLMAALFCDAAGQwwAW0MMALBDDABzgwkARq4LAJuuCwBOBQIAjbkOAPWrCQC3SAAATgUCAI25DgDZJgAATgUCAPxMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAzXgPAOMaAgCzmwYACJwGAF2cBgCynAYAB50GAJwCDABOBQIA3GsNAJewDQD+nwwA3GsNAM2HAADIhAgASl4CAE4FAgDcaw0A57QOANx1AwBOBQIAjbkOANkmAABOBQIA3GsNAJVbDwBhSQAAtkkAAAtKAABrlAAACu4HAE4FAgDjGgIAs5sGAAicBgBdnAYAspwGAAedBgC3nAEAzYcAAJLBAQB2hwIAgiIGAE6xAABHDgAAjB4AAM2HAAA5bwIATrEAALs8CADLMgIAFy8PAGwvDwAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBHDgAAyzICALs1DwAQNg8AorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAEjYNAGc2DQC8Ng0AAAAAAFUAAAC+4wgA37wOAEcOAACMHgAAzYcAADlvAgBOsQAAuzwIAFUAAAB9KwIAyzICABcvDwBsLw8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgC7NQ8AEDYPAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAdi4GABI2DQBnNg0AvDYNALecAQBtOQQA7rkCABqPAQBvjwEAQhECAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDjZwoAjB4AAOEeAAAW6QAAztkCAAf2AgC3SAAABkoFAO1bDADmbAIARw4AAFUAAAAjKAoAFzwCALdIAAAH9gIAt0gAAAZKBQDtWwwA5mwCAEcOAABVAAAAIygKABc8AgC3SAAAB/YCAFL5CQDAlAAAFukAAM7ZAgCbCwQA8AsEAEUMBACaDAQA7wwEAEQNBACZDQQA9FYKAHbUCgDL1AoAINUKAHXVCgDK1QoAH9YKAHTWCgDJ1goAHtcKAHPXCgDI1woAHdgKAHLYCgDH2AoAHNkKAHHZCgDG2QoAG9oKAHDaCgDF2goAGtsKALFBDQAGQg0AW0INALBCDQAFQw0AWkMNAK9DDQAERA0AWUQNAK5EDQADRQ0AWEUNAK1FDQACRg0AV0YNAKxGDQAhJBAAdiQQAMskEAA9GAAA8A4BACzFDgBOBQIAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFAHskCwDQJAsAJSULAO+zBwCMHgAA4R4AADYfAACLHwAA7g0EAEMOBACYDgQA7Q4EAEIPBACXDwQATK8EAKGvBAD2rwQA1SgCACopAgAGSgUA7VsMAOZsAgBHDgAAVQAAACMoCgAXPAIAt0gAAMsyAgC7NQ8AEDYPAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAdi4GABI2DQBnNg0AvDYNABE3DQBmNw0AuzcNABA4DQBlOA0AujgNAA85DQBkOQ0AuTkNAA46DQBxLgsALcQOAILEDgDXxA4AzdoCAD6/AgAbgA8AcIAPAMWADwAagQ8Ab4EPAMSBDwAZgg8AboIPADpsBACPbAQA5GwEADltBACObQQA420EADhuBACNbgQA4m4EADdvBACMbwQA4W8EADZwBACLcAQA4HAEADVxBACKcQQA33EEADRyBACJcgQA3nIEADNzBACIcwQA3XMEADJ0BACHdAQAkBAKAD6/AgAbgA8AcIAPAMWADwAagQ8Ab4EPAMSBDwAZgg8AboIPAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBAC3SAAAgiIGANciBgAsIwYAgSMGANYjBgArJAYAgCQGANUkBgAqJQYAfyUGAFT+AgBrlAAA09YAAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAEjYNAGc2DQC8Ng0At5QJAJIYAAC26QoAC+oKAM2HAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAzXgPAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAOFzAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAzXgPAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAVP4CAKn+AgBSowoA/EwMAMiECABtOQQA7rkCABbgCQAM6AsAYegLALbpCgAL6goARw4AAE4FAgCjBQIAVUkMAKpJDAD/SQwAVEoMADy4CwCRuAsA5rgLANx1AwAxdgMAhnYDABc8AgBOBQIAZZUFAKOxAAAbjwAARw4AAHaHAgDA3woATgUCAAzoCwBh6AsAtukKAAvqCgD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE6xAABOsQAAJX8GAHp/BgDPfwYAJIAGAOPBBQBOBQIA09YAAFqcCQAajwEAY5oCAM14DwBxLgsARw4AAHaHAgDLhwIA4xoCALecAQBtOQQAzdkDAN8eAgAajwEAb48BAEIRAgBOBQIA/EwMADlrBgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAOq8AwA/vQMAlL0DAOm9AwBEtAcAmbQHAO60BwBDtQcAmLUHAO21BwBCtgcAl7YHANxrDQBOsQAAVQAAAAAAAAAajwEAVQAAAE4FAgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAOq8AwA/vQMAlL0DANxrDQCVWw8AYUkAALFCDADMfAwARw4AAHaHAgDcaw0AgiIGANciBgAsIwYAgSMGANYjBgArJAYAOxAKAO1dCgBCXgoA9wYCABqPAQAXPAIAY0UCAI25DgBFCQcAmgkHAO8JBwBOBQIA3GsNAE6xAABVAAAATgUCAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwCVvAMA09YAABqPAQBFCgYADEkAAE4FAgCxQgwAzHwMAEcOAAB2hwIATgUCALdIAABOsQAAVQAAAE4FAgC8jQsAuEYBAA1HAQDuuQIAGo8BAAruBwCfpw4AwJQAAAf2AgDsDwQAWUUMAK5FDAADRgwAzdoCADrBBAAihwEAd4cBAAAAAAAG+AEAAAAAAAAAAAAAAAAAzYcAANkmAABHDgAAbeQDAMLkAwAb3QcAcN0HAMXdBwAa3gcAb94HAMTeBwAZ3wcAbt8HAEBbDwAB/AIATrEAAFUAAABOBQIAvI0LALhGAQANRwEA7rkCABqPAQAK7gcAn6cOAMCUAAAH9gIA7A8EAFlFDACuRQwAA0YMAM3aAgA6wQQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAACu4HAF/uBwAB8A4At0gAAIIiBgDuuQIAFuAJAO+zBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABMsAMAobADAPawAwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAzXgPAI25DgAXPAIATgUCALY9DACm+wgAa5QAAEcOAABOBQIADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0ApqENAM3ZAwAK7gcARw4AAE4FAgDvswcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAATLADAKGwAwD2sAMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAM14DwCNuQ4AFzwCAE4FAgC2PQwApvsIAGuUAABHDgAATgUCAAzoCwBh6AsAtugLAAvpCwCLHQIAUaENAKahDQDN2QMATgUCAO+zBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABMsAMAobADAPawAwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAzXgPAI25DgAXPAIATgUCALY9DACm+wgAa5QAAEcOAABOBQIADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0ApqENAM3ZAwBAWw8AmwsEAEAMCQCVDAkA6gwJAAzoCwBh6AsAtugLAAvpCwBg6QsAtekLAArqCwBf6gsAAAAAAM2HAADIhAgAHYUIAG05BAAH9gIAFzwCAEumDgBvjwEAQhECAAyUCgDAlAAAFukAAM7ZAgBrlAAA5hgBAE6xAAA+vwIAIogAALs8CAAQPQgARw4AAIweAADhHgAANh8AAIsfAADgHwAAY0UCAMCUAAAW6QAAztkCADHNAQBHDgAAB/YCAOUXAwBPpgoApKYKAPmmCgBOpwoAo6cKAPinCgAxFw0ABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAHskCwDQJAsAlQsKAOoLCgA/DAoAgSMGANYjBgArJAYAOxAKANxrDQCXsA0ACu4HAJ+nDgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAAfwCAJVbDwBhSQAAz4IDACSDAwB5gwMAzoMDACOEAwB4hAMAzYQDACKFAwD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAM14DwBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAPxMDACySwIA7FsNAJVbDwAajwEAzdkDACLaAwDmGAEAOxkBAOYYAQCw8gcAPRgAAPn8CQBO/QkAo/0JAHklDADOJQwA5hgBALKdBQA5bwIASl4CAJ9eAgAK7gcATgUCALY9DACfpw4AzYcAAAZDDABbQwwAsEMMAAVEDABaRAwAr0QMAARFDADyAA0A57QOAAruBwBOBQIAPLgLAK/vCwAE8AsAqUoMAAs+DADN2QMA4XMAAOMaAgC3nAEAzXgPAAruBwBOBQIAG48AAHCPAAC3SAAAgiIGAGOaAgBOBQIA3GsNAIIiBgDXIgYALCMGAAruBwBOBQIAc4MJAMiDCQC3SAAABkoFALecAQBtOQQAwjkEALH0BABOsQAAyzICALs1DwAQNg8AorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAEjYNAGc2DQC8Ng0Ap0kPAIweAADhHgAANh8AAIsfAADgHwAACu4HAJ+nDgDNhwAAN8EHAAf2AgCm+wgA09YAAD0YAAAH9gIAWpwJAMx8DABHDgAAdocCALecAQAMnQEA/vYKAFP3CgCo9woA/fcKAL7jCAAT5AgAFukAAM7ZAgAlJAwARQkHAJoJBwDvCQcATgUCABuPAABwjwAAEEIDAAb4AQBOBQIA77MHAJwOAAAoJAkAfSQJANIkCQDvswcAzHoOACF7DgCySwIAG48AAEcOAABOBQIAWpwJAIkVDACkqgYASl4CAJ9eAgAK7gcApvsIAEUJBwCaCQcAp1AIAPxQCABRUQgAplEIAPtRCABQUggApVIIAPpSCABPUwgApFMIAPlTCABOVAgAo1QIAPhUCABNVQgAolUIAPdVCABMVggAoVYIAPZWCABLVwgAkGcIAOVnCAA6aAgAj2gIAAruBwBOBQIAjbkOAPWrCQC3SAAATgUCANPWAACCJgIAGo8BAEUKBgCCIgYAb48BAEIRAgBOBQIAowUCAFVJDAAXPAIATgUCAI25DgBFCQcAmgkHAKdQCAD8UAgAUVEIAKZRCAD7UQgAE+QIAGw8AgCySwIAgiIGAPAIBwC3lAkAt0gAAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAIAkBgBflAwAtJQMAAmVDABelQwAs5UMAAiWDABdlgwAUQEDANDYAQC3SAAAzYcAALJLAgDA3woAjbkOAEUJBwCaCQcAp1AIAPxQCABRUQgAplEIAPtRCABQUggATgUCANxrDQCCIgYA1yIGACwjBgAK7gcATgUCAI25DgD1qwkAt0gAACwnAgAbjwAAcI8AAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDmGAEAOxkBAPtOCwDqYQkAmgMNANx1AwBOBQIAZZUFALqVBQC94QsAcI8AALdIAADA3woAAfwCAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGADsQCgDT1gAAgiYCABqPAQBFCgYAgiIGAG+PAQBCEQIATgUCAKMFAgBVSQwAFzwCAE4FAgDuuQIAQ7oCAJi6AgDtugIAWpwJAMx8DABHDgAAdocCAMuHAgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAzIEHAAAAAAC3nAEAB/YCAFT+AgCp/gIAUqMKALFCDADMfAwARw4AAHaHAgBHDgAATgUCAPxMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAzXgPADy4CwCRuAsA5rgLAITFCwDZxQsALsYLALyNCwAjKAoAeCgKAFz2AgCx9gIAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAJkMBQAXPAIAY0UCAEiyBQCySwIAwN8KAO+zBwCMHgAARw4AAOu9AQC/lAEA8AgHALecAQC3nAEATgUCALFCDADMfAwARw4AAHaHAgBe9gAATlAMAKioBADcaw0ABkoFAFtKBQBrlAAACu4HAE4FAgCjBQIAVUkMABc8AgBOBQIAAAAAABuPAABrlAAAwJQAANx1AwBOBQIAowUCAPgFAgBNBgIAogYCAD0YAACSGAAAtukKAAvqCgBHDgAA2SYAADnFAQCOxQEA48UBAJ+nDgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAYTwNALY8DQC94QsAEuILAGfiCwC84gsAEeMLAGbjCwC74wsAEOQLAHODCQDIgwkASLIFAJ2yBQDysgUATgUCAPxMDADntA4A3HUDAE4FAgBllQUAupUFAA+WBQCsRQ4AAUYOACKIAADiaQkATgUCALyNCwAjKAoAGo8BAG+PAQCySwIARw4AAAf2AgBU/gIAqf4CAFKjCgCnowoAjB4AAOEeAAA2HwAAix8AAOAfAACoUQYATgUCAPxMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAzXgPAKMFAgBVSQwAFzwCAE4FAgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAACoUQYA/VEGAOEeAAAW6QAAztkCAIweAADhHgAAFukAAM7ZAgCxQQ0ABkINAFtCDQCwQg0ABUMNAFpDDQCvQw0ABEQNAFlEDQCuRA0A1SgCABc8AgBjRQIAuEUCAChzDwBHDgAAjB4AAFOgDABfSQIAA58IAFifCABOBQIA77MHAIweAADhHgAANh8AAIsfAABOsQAASl4CAFqcCQDMfAwA9asJAEcOAACMHgAA1SgCAAruBwAXPAIAS6YOAO65AgAW4AkAa+AJAMsyAgAXLw8AwJQAABbpAADO2QIAyzICAD0YAABrlAAAt0gAANPWAADwCAcAFzwCAEpeAgCfXgIAwJQAABbpAADO2QIAsUENAAZCDQAihwEAd4cBAG7YDgAAAAAAAAAAAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAB/YCAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQA4BsEADUcBADcaw0AlVsPAGFJAABxLgsAxi4LAAruBwBVAAAAIygKABqPAQBvjwEA+FkDAE4FAgAbjwAAFzwCALecAQAH9gIATAkAAFqcCQCvnAkABJ0JAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQB7JAsA0CQLACUlCwDcaw0AlVsPAGFJAABskAMApvsIAPv7CABQ/AgApfwIAPr8CABiPwkAtj0MAF/uBwBrlAAA5hgBADsZAQBskAMApvsIAPv7CABQ/AgApfwIAPr8CABiPwkAtj0MAF/uBwBrlAAA5hgBADsZAQCQGQEATgUCAHODCQBGrgsAm64LAD0YAAAQQgMAb48BAEIRAgBrlAAAwJQAAOYYAQBMsgEAzdkDAOu9AQC/lAEA8AgHALeUCQBOBQIAtj0MAJ+nDgA9GAAAEEIDAGuUAAAK7gcATgUCANPWAABanAkAGo8BAGOaAgDNeA8A3GsNAAZKBQDcdQMAGo8BAG+PAQBCEQIATgUCANxrDQCXsA0A/p8MAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQB7JAsA0CQLACUlCwDcaw0AlVsPAGFJAABskAMApvsIAPv7CABQ/AgApfwIAPr8CABiPwkAtj0MAF/uBwBrlAAA5hgBADsZAQC2PQwA9KYPAEmnDwCepw8A86cPAEioDwCdqA8AZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFAC/ICADwCAcAzIEHAEpeAgCfXgIAwJQAAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA7A8EAFlFDACuRQwAA0YMAOK7DABanAkAGo8BAGOaAgDNeA8AowUCAC4nAAC3SAAATrEAALs8CAAajwEAb48BAEIRAgBOBQIA77MHAIweAADhHgAANh8AAIsfAADgHwAANSAAAPxMDAAB8A4AGo8BAE4FAgDuuQIAFuAJAGvgCQCcAgwAv5QBAPAIBwC3lAkAB/YCABqPAQBjmgIAzXgPAD0YAACSGAAAEUMBANkmAABVSQwAqkkMAP9JDABUSgwAQL0CAMCUAAAW6QAAztkCAEK8AQBBtQkAlrUJAOu1CQBAtgkAlbYJAOq2CQAAAAAAaOoCAL3qAgAM6AsAYegLAOcYAADIhgYAHYcGAAPyCgBY8goArfIKAKMFAgBADAkAlQwJAOoMCQCNuQ4AFzwCAE4FAgC2PQwACz4MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAHEuCwDGLgsAGy8LAHAvCwDFLwsAAAAAAO65AgBDugIAOW8CAAAAAAAXPAIARq4LAJuuCwAAAAAACu4HAKb7CAD7+wgAUPwIAKX8CAD6/AgAeCkJAM0pCQAiKgkAdyoJAMyBBwBKXgIAn14CALdIAAA9GAAAkhgAABFDAQDZJgAAVUkMAKpJDAD/SQwAVEoMAEC9AgDAlAAAFukAAM7ZAgDLMgIAp0kPAJwOAAAoJAkAYOkLAEAMCQDQzA0AnWACAE4FAgD8TAwAOWsGAO65AgBDugIAmLoCAG05BAAK7gcATgUCALY9DACm+wgA+/sIAFD8CACl/AgA+vwIAGI/CQBxLgsAxi4LAO65AgAajwEAFzwCAE9SCQC3lAkA5hgBALDyBwA9GAAA09YAAPAIBwAXPAIASl4CADUUDABvjwEAQhECAE4FAgBllQUAupUFAA+WBQCsRQ4AAUYOAFZGDgCrRg4AAEcOAFVHDgBOBQIAc4MJAEauCwCbrgsA8K4LAEWvCwCarwsA768LAO+zBwDMeg4ABkoFAO1bDACySwIAwN8KAEIRAgBOBQIAPLgLAK/vCwAE8AsAcS4LABqPAQBFCgYADEkAAGFJAADPggMATgUCAAzoCwBh6AsAtugLAAvpCwBzgwkARq4LAJuuCwA9GAAAEEIDAG+PAQBCEQIATgUCAI25DgAXPAIATgUCAOYYAQBMsgEAzdkDAM8wAADNhgEAorACANkmAABADAkAQhECABuPAAAXPAIAY0UCABc8AgBjRQIASLIFALJLAgDA3woAtj0MAKb7CAD7+wgAUPwIAKX8CAD6/AgAYj8JALyNCwC4RgEADUcBAO65AgAajwEACu4HAJ+nDgDwCAcA8AgHALdIAAC3nAEAzXgPAEcOAADrvQEATgUCALY9DACm+wgA+/sIAFD8CACl/AgA+vwIAGI/CQAM6AsAYegLALboCwAL6QsAYOkLALXpCwAK6gsAX+oLALY9DACm+wgA+/sIAFD8CACl/AgA+vwIAGI/CQBxLgsAxi4LAAruBwBVAAAAIygKABqPAQBvjwEApKoGAPmqBgBOqwYAo6sGAPirBgBNrAYAoqwGAPesBgBMrQYAoa0GABqPAQDNhwAAyIQIAE4FAgDcaw0ATrEAAFUAAAAH9gIATgUCAG0vDgDnXg8AZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFAF72AAAAAAAAqKgEAO2uDgBVSQwAFzwCALdIAACCIgYA7rkCABbgCQCn/AYA3HUDAE4FAgBzgwkAyIMJAB2ECQByhAkAx4QJAByFCQBOBQIAPLgLAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQA4BsEADUcBADsDwQApKoGAPmqBgBOqwYAo6sGAPirBgBNrAYAoqwGAPesBgBMrQYAoa0GAFT+AgCp/gIAk2UHAG0vDgBrlAAAq1MBANZyDADN2QMAdocCAIIiBgBvjwEAQhECAE4FAgC2PQwApvsIAOYYAQCynQUAGo8BAC/ICACEyAgA2cgIAC7JCACDyQgA2MkIAC3KCACCyggA18oIACzLCACBywgA1ssIACvMCACAzAgA1cwIACrNCAB/zQgAFzwCAGNFAgC4RQIAKHMPAEcOAACMHgAAQrwBALdIAABOsQAAVQAAAAf2AgAAAAAAt5wBAEcOAAAH9gIAAAAAABuPAABwjwAAEEIDAAb4AQAH9gIAAAAAAOMaAgC3nAEAzXgPANxrDQCXsA0A/p8MAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQB7JAsA0CQLACUlCwDcaw0ATrEAAFUAAAAH9gIAAAAAALecAQBHDgAAB/YCAAAAAADvswcA670BAEC+AQAH9gIAAAAAAD0YAAA9GAAAa5QAAKSqBgC3SAAAgiIGAPAIBwC3lAkATgUCAHODCQDIgwkAHYQJAHKECQDHhAkAHIUJAJJkCQC3SAAAgiIGANciBgAsIwYACu4HAKb7CAD1qwkAAAAAALdIAAC3SAAAVQAAAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwAH6Q8AIygKAHgoCgDNKAoAXvYAAIobBQDMfAwARw4AAHaHAgBIVQ0Ac4MJAMiDCQBIsgUAnbIFAPKyBQBOBQIAtj0MAF/uBwCGFQ8A2xUPAOMaAgDNhwAAksEBAIweAADvswcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA/EwMALJLAgAbjwAAt5wBAAruBwBOBQIADOgLAGHoCwC26AsAC+kLAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQB7JAsA0CQLACUlCwAXPAIAY0UCALhFAgAocw8ARw4AAIweAACfpw4AwJQAABbpAADO2QIAa5QAAMCUAAAW6QAArPQJAAH1CQDnGAAAAAAAAAAAAAAAAAAAaOoCAL3qAgBi8AIAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAPatBgBLrgYAoK4GAPWuBgBKrwYAn68GAAAAAAAAAAAAaOoCAL3qAgBi8AIAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBAvAMAlbwDAPatBgBLrgYAoK4GAPWuBgBKrwYAn68GANPWAAAajwEAb48BAGuUAADAlAAAFukAAM7ZAgAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAABrlAAAt0gAAMsyAgC7NQ8AEDYPAKKwAgBCugMAl7oDAOy6AwBBuwMA7AQPAEEFDwCWBQ8A6wUPAEAGDwCVBg8A6gYPAD8HDwBhPA0AtjwNAAs9DQBgPQ0AtT0NAAo+DQBfPg0AtD4NAAk/DQBePw0Asz8NAAhADQBdQA0AskANAAdBDQBcQQ0A8AgHAEcOAABOBQIAcS4LAC3EDgCCxA4A18QOAAAAAAAAAAAAAAAAAMDfCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAAAAAAAAAAAAAAAAAKtTAQDWcgwA8AgHALeUCQBOBQIAc4MJAMiDCQAdhAkAcoQJAMeECQAAAAAAa5QAAMCUAADjGgIAGo8BAG+PAQCdYAIA9KYPAHCPAABCEQIARw4AAOFzAAA4xwAA2SYAAOMaAgDNhwAAOMcAAE4FAgD8TAwA4xoCAEIRAgAMlAoAp/wGAM14DwBanAkAPRgAAGuUAACrUwEA1nIMAAAAAAA9GAAATgUCAHODCQDIgwkAWpwJABuPAABHDgAA4XMAADfBBwBHDgAA670BAL+UAQDwCAcAt5QJAGuUAABzgwkAS6YOAECzDABADAkAG48AALdIAADNhwAAsksCAAAAAADwCAcATgUCAHODCQDIgwkAz4MCACSEAgBHDgAA4XMAADfBBwA9GAAAkhgAAAf2AgBS+QkAp/kJAPz5CQBR+gkApvoJAPv6CQBQ+wkApfsJAPr7CQBP/AkApPwJAGuUAACkqgYA+aoGAE6rBgCjqwYA+KsGAE2sBgCirAYA96wGAEytBgChrQYAowUCAPgFAgBNBgIAogYCADjGAQAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQAowUCAPgFAgBNBgIAogYCADjGAQAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQATgUCANxrDQCCIgYA1yIGACwjBgAK7gcATgUCAI25DgD1qwkAgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJAE4FAgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAA2YBQBimAUAt5gFAAyZBQBhmQUAp0kPAJwOAAAoJAkAfSQJANIkCQAnJQkAt0gAAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAIAkBgBflAwAtJQMAAmVDABelQwAs5UMAAiWDABdlgwA6rwDAOgNCgA9DgoAkg4KAOcOCgA8DwoAkQ8KAOYPCgBU/gIAqf4CAFKjCgCnowoA/KMKAFGkCgCmpAoA+6QKAKMFAgBADAkAlQwJAOoMCQCNuQ4AFzwCAE4FAgC2PQwACz4MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAF9JAgDIhAgAzXgPAMCUAAAW6QAAztkCAPAIBwDwCAcAt5wBAE4FAgDcaw0AgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJALdIAABOBQIA09YAAFqcCQAajwEAY5oCAM14DwDT1gAAgiYCABqPAQBFCgYAgiIGAG+PAQBCEQIATgUCAKMFAgBVSQwAFzwCAE4FAgD8TAwA57QOADy1DgCNuQ4ARQkHAJoJBwDvCQcATgUCAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDADy4CwCv7wsABPALAAzoCwBh6AsAtugLAAvpCwB5JA0AziQNACMlDQB4JQ0AzSUNACImDQB3Jg0AzCYNACwnAgCBJwIAc4MJAMiDCQAAAAAAG48AAGuUAABHDgAAdocCAE4FAgDcaw0AgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJALdIAABOBQIA/EwMANkmAAC3SAAAwN8KANkaDADNeA8AwJQAABbpAADO2QIAE94OAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGAKlMCgD+TAoAU00KAKhNCgD9TQoAUk4KAKdOCgD8TgoAUU8KAKZPCgD7TwoAXvYAANPWAACCJgIAGo8BAEUKBgCWEgIAFzwCAGNFAgBIsgUAsksCAMDfCgAnyw0AAAAAABuPAAAajwEAFzwCAGNFAgAxzQEACu4HAOMaAgBOsQAATgUCAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAI25DgDjGgIAt0gAAM2HAAAajwEAb48BAE4FAgAxzQEACu4HAOMaAgBOsQAATgUCAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAHEuCwBRoQ0AAFQBAFVUAQBxggwAxoIMABuDDABwgwwAxYMMANPWAABanAkAiRUMAD0YAABOBQIA3GsNAAZKBQDcdQMAGo8BAG+PAQBCEQIATgUCANxrDQCXsA0A/p8MAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAEcOAABOBQIAZZUFALqVBQC94QsAEuILAGfiCwC84gsAEeMLAGbjCwC74wsAEOQLAGXkCwC65AsA/EwMACfLDQAAAAAAG48AABqPAQAXPAIAY0UCAOPBBQBOBQIAowUCABc8AgBPUgkA5hgBAE4FAgDcaw0AlVsPAGFJAAAbjwAAcI8AAOu8AgBAvQIAwJQAALecAQDcdQMAGo8BAG+PAQBCEQIATgUCALY9DABf7gcAhhUPANsVDwDjGgIAzYcAAJLBAQCMHgAAeSQNACfLDQAAAAAAG48AABqPAQAXPAIAY0UCAPxMDAA5awYAc4MJAMiDCQBHDgAAnA4AAPWrCQAXPAIATrEAAGuUAACjBQIAFzwCAE9SCQDmGAEATgUCADy4CwBFCgYARw4AAE4FAgC8jQsAuEYBAEumDgAdNAQAsp0FADlvAgDcdQMATgUCAKMFAgD4BQIAIogAAOJpCQDEOQIAFzwCANx1AwBOBQIAjbkOABc8AgBOBQIA77MHAJwOAAD1qwkAFzwCAE6xAAA9GAAAa5QAAKtTAQAH9gIAAfwCAIIiBgDXIgYALCMGAIEjBgDWIwYAKyQGADsQCgD8TAwAJ8sNAAAAAAAbjwAAGo8BABc8AgBLpg4Ab48BAEIRAgBOBQIA/EwMADlrBgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwBrlAAAt0gAAM2HAAA3wQcACu4HABc8AgBLpg4Ab48BANkmAABVSQwATgUCAHEuCwDGLgsAGy8LABFDAQDZJgAAVUkMAKpJDAD/SQwAVEoMAM2HAAAajwEA1SgCAM2HAAABRw0Ab9sKAMTbCgBvjwEAW5gMAAZKBQDtWwwA5mwCAEcOAACqUgMAzYcAALJLAgDA3woAsUIMAMx8DABHDgAAdocCAE4FAgAM6AsAX0kCALRJAgAJSgIA5xgAAMiGBgAdhwYAA/IKAFjyCgCt8goAAvMKAFfzCgCs8woAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA5hgBAEyyAQDN2QMA4xoCABDhDgBanAkAzYcAAO65AgAajwEAb48BADFsDQAV4AoAauAKAL/gCgAU4QoAaeEKAL7hCgAT4goAaOIKAL3iCgAS4woAZ+MKALzjCgAR5AoACz4MAD9iCQCUYgkA6WIJABuPAAAK7gcAc4MJAMiDCQBIsgUAN8EHAE4FAgAbjwAACu4HAAAAAADwCAcATgUCANxrDQCCIgYA1yIGACwjBgCBIwYA1iMGAFqcCQBVAAAA1SgCAD0YAABrlAAAt0gAANPWAADwCAcAFzwCAEpeAgDVKAIAQhECAAyUCgBhlAoAtpQKAAuVCgBglQoAtZUKAGNFAgBHDgAA670BAIweAABHDgAAB/YCAEIRAgAMlAoAYZQKALaUCgALlQoAYJUKALWVCgAKlgoAX5YKALSWCgAJlwoAXpcKAKMFAgBVSQwAFzwCAI25DgAXPAIATgUCAO+zBwCMHgAA4R4AADYfAAAajwEATrEAAGuUAAAM6AsAYegLALboCwAL6QsASl4CABeJCgCSGAAA09YAAFqcCQDMfAwARw4AAHaHAgDA3woAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAHKHBgDHhwYAHIgGAHGIBgDGiAYAG4kGAPxMDAA3wQcACu4HABc8AgBjRQIARw4AAOu9AQBOBQIAowUCAFVJDACqSQwA/0kMAEUJBwCaCQcA7wkHAE4FAgDcaw0ATrEAAFUAAABOBQIAZZUFALqVBQAPlgUAZJYFALmWBQAOlwUAY5cFALiXBQDruwMAQLwDAJW8AwDqvAMAP70DAM2HAAAajwEAa5QAAMCUAAAW6QAAztkCAEK8AQBBtQkAlrUJAOu1CQBAtgkAlbYJAOq2CQBrlAAA5hgBAFUAAAAjKAoAFzwCAGw8AgA5bwIA3HUDAE4FAgCjBQIA+AUCAE0GAgB5JQwAziUMADy4CwCRuAsA5rgLAAzoCwBfSQIAtEkCAAlKAgBzgwkAyIMJAEcOAACcDgAAt5wBABuPAAC3SAAAgiIGAPAIBwAK7gcAn6cOAD0YAABfSQIAtEkCAAlKAgAM6AsAYegLABc8AgBOBQIA77MHAIweAADhHgAANh8AAD0YAABfSQIAtEkCAAlKAgC8jQsAuEYBAA1HAQDuuQIAGo8BAAruBwCfpw4ATrEAALs8CABOBQIAsUIMAMx8DABHDgAAdocCAE4FAgA8uAsAr+8LAATwCwBKXgIAF4kKAJIYAADT1gAA8AgHAKb2DQAbjwAAVQAAAE4FAgCjBQIA+AUCAE0GAgB5JQwAziUMAKIGAgAQQgMA8AgHAMsyAgC7NQ8AuzwIAM2HAADntA4APRgAAGuUAACn/AYARw4AAMsyAgBZQg8ArkIPABc8AgBjRQIARw4AAJwOAAC3nAEA7rkCABbgCQAK7gcAX+4HADfBBwAK7gcAFzwCAGNFAgBHDgAA670BAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAB/YCAFT+AgBfSQIAtEkCAAlKAgCGxAoA28QKADDFCgCFxQoA2sUKAC/GCgCExgoA2cYKAC7HCgCDxwoA2McKAC3ICgCCyAoA18gKACzJCgCByQoA1skKACvKCgBOBQIATlAMAJwOAAAoJAkAfSQJANIkCQAnJQkAc9gJADgSCwCNEgsA4hILANkaDAAW6QAAztkCAHEuCwBHDgAAdocCAMuHAgDjGgIAt5wBAG05BADN2QMA3x4CAE4FAgD8TAwAOWsGAAzoCwBrlAAA09YAAE4FAgBllQUAupUFAA+WBQBklgUAuZYFAA6XBQBjlwUAuJcFAOu7AwAH9gIAQrwBAEG1CQCWtQkA67UJAEC2CQCVtgkA6rYJAD+3CQCUtwkAjb4JAAAAAAAAAAAAAAAAAIbFCQDbxQkAMMYJAIXGCQDaxgkAL8cJAITHCQDZxwkAAAAAAAAAAAAuyAkAg8gJANjICQDLMAQAzdYGACLXBgCjBQIAVUkMAKpJDAD/SQwAB/YCAOwPBABBEAQALRgQAIIYEADXGBAALBkQAM2HAADjGgIAt5wBAM14DwCjBQIAQAwJAJUMCQDqDAkADOgLAGHoCwC26AsAC+kLAGDpCwC16QsACuoLAF/qCwBrlAAAPRgAAJIYAABrlAAAPRgAAD0YAACSGAAAa5QAAD0YAAC3SAAAB/YCAFT+AgCp/gIAUqMKAKejCgD8owoAUaQKAKakCgD7pAoAowUCAEAMCQCVDAkA6gwJAI25DgAXPAIATgUCALY9DAALPgwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA3HUDAE4FAgBtLw4AB/YCAAAAAABOBQIA4xoCADgbAgDZJgAA2SYAAC4nAADAlAAAS6YOAG+PAQBCEQIATgUCANxrDQCCIgYA1yIGACwjBgAK7gcATgUCAI25DgD1qwkAt0gAAE4FAgD8TAwA2SYAALdIAADA3woA2RoMAMyBBwA+vwIAk78CAAf2AgD8TAwAyIQIAB2FCAByhQgA4xoCALObBgAInAYAXZwGALKcBgAHnQYAMMkGAGWVBQC6lQUAD5YFAGSWBQC5lgUADpcFAGOXBQC4lwUA67sDAEC8AwDjZwoAOGgKAPxMDABRTQwApk0MAPtNDACm+wgA09YAAAruBwD0pg8At5wBAM14DwA9GAAAkhgAABFDAQDZJgAAVUkMAKpJDAD/SQwAVEoMAEC9AgDAlAAAFukAAM7ZAgBU/gIAqf4CAFKjCgDmGAEAOxkBAPtOCwBQTwsApU8LAPpPCwAM6AsAX0kCALRJAgAJSgIACu4HAOYYAQA7GQEA+04LAFBPCwClTwsA+k8LAAzoCwBfSQIAtEkCAAlKAgAK7gcA5hgBADsZAQD7TgsAUE8LAKVPCwD6TwsAvI0LABGOCwBmjgsAu44LABCPCwBljwsAuo8LALecAQAMnQEAWqIDAK+iAwBOBQIAG48AABc8AgC3nAEAc4MJAMiDCQBHDgAAnA4AALecAQDuuQIAFuAJADy4CwAdNAQAcjQEAMc0BAAcNQQAcTUEAE4FAgBxLgsAxi4LALdIAAAGSgUA3HUDAE4FAgCjBQIAVUkMABc8AgBOBQIAvI0LABGOCwBmjgsAu44LABCPCwBljwsAuo8LACwnAgCBJwIAyYgDAB6JAwBziQMAyIkDAKMFAgBVSQwAqkkMAP9JDABUSgwAPLgLAEUKBgCaCgYAPLgLAJG4CwDmuAsAO7kLADlrBgC8jQsAEY4LAGaOCwC7jgsAEI8LAGWPCwC6jwsAyzICADHNAQBHDgAAnA4AAOYYAQCynQUAsksCAE6xAAC7PAgAGo8BAG+PAQBCEQIATgUCALyNCwARjgsAZo4LALuOCwAQjwsAZY8LALqPCwCjBQIAVUkMABc8AgBOBQIA8A4BABTfDAAH6Q8AXOkPAAzoCwBh6AsAtugLAAvpCwC8jQsAuEYBAGNFAgC4RQIAQAwJACEmDgBrlAAACu4HAE4FAgDT1gAAGo8BAEUKBgAMSQAATgUCAAAAAABOBQIAjbkOABc8AgBOBQIAPAsOAAAAAABOBQIAjbkOABc8AgBOBQIAPAsOAJELDgB5JA0AOWsGALY9DACfpw4A9KcOAL7jCADfvA4ANL0OAJ+nDgA9GAAATrEAAFUAAACqAAAAYpILALeSCwAMkwsAYZMLALaTCwDmGAEAsp0FAOe0DgAD+wEAzYcAAMiECAAdhQgAIogAAEpeAgCMwgYAAUcNAAyUCgCxQgwABkMMAFtDDACwQwwADOgLAGHoCwC26AsAC+kLAOMaAgAQ4Q4Aa5QAAD0YAABOBQIAowUCAFVJDACqSQwA/0kMAFRKDAA8uAsAkbgLAHvKDwDQyg8AJcsPAHrLDwDPyw8AzXgPAAruBwDLMgIATgUCANxrDQAGSgUA3HUDAE4FAgDcaw0Al7ANAP6fDAA8uAsAkbgLAHvKDwDQyg8AJcsPAHrLDwDPyw8APLgLAEUKBgAH9gIAVP4CAAfpDwBc6Q8AsekPADy4CwCRuAsAe8oPANDKDwAlyw8AessPAM/LDwC8jQsAt5wBAM14DwDNhwAAksEBAIweAABzgwkARq4LAJuuCwBOBQIATAkAAD0YAAAH6Q8AXOkPALHpDwA8uAsAkbgLAHvKDwDQyg8AJcsPAHrLDwDPyw8AG48AAHCPAAC3SAAAgiIGANciBgAsIwYAa5QAAMCUAAAW6QAAztkCALecAQAMnQEAWqIDAK+iAwBOBQIA77MHACN7DABOsQAAuzwIAE4FAgCjBQIAQAwJAJUMCQDqDAkAbS8OAMIvDgBCEQIADJQKAOYYAQBOBQIAGo8BAG+PAQBOBQIA/EwMAOe0DgDcdQMATgUCAI25DgDZJgAATgUCANxrDQCVWw8AYUkAALZJAACcDgAA9asJABc8AgBOsQAAa5QAALecAQAMnQEABkQLAFtECwCwRAsA6L8CANx1AwBOBQIAPLgLAJG4CwB7yg8A0MoPACXLDwB6yw8Az8sPAM14DwAK7gcATgUCAEIRAgAMlAoA5hgBANxrDQCVWw8AYUkAAEIRAgAMlAoA5hgBAEcOAABOBQIA/EwMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQC2PQwAFzwCAEumDgDuuQIAFuAJAGvgCQBOBQIAowUCAFVJDACqSQwA/0kMAFRKDACjBQIAVUkMABc8AgBOBQIAMc0BAAruBwDjGgIATrEAACvHDQCSGAAAEUMBANkmAABVSQwAqkkMAP9JDABUSgwAQL0CAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDMgQcAo7EAAC95AgCEeQIA2XkCAAruBwCfpw4A2SYAANkmAABVSQwAqkkMAP9JDABUSgwAQL0CAMCUAAAW6QAAztkCAFFNDAC3SAAAgiIGAECzDAA5xQEAIogAAOJpCQAbjwAAFzwCANxrDQCXsA0A/p8MAKMFAgBADAkA0MwNAJ1gAgCA0QMA1dEDACrSAwB/0gMA1NIDACnTAwB+0wMA09MDAOMaAgAQ4Q4Ac4MJAMiDCQBHDgAAnA4AALecAQDuuQIAFuAJAAruBwAH9gIAPRgAAJIYAAARQwEANh0CAHolCwDPJQsAJCYLAHkmCwCjBQIAKHMPAHCPAADHLAwAt0gAAIIiBgDwCAcAt5QJALdIAADA3woAPRgAAEcOAAC/lAEA8AgHALeUCQDN2QMAItoDAHODCQDIgwkAAAAAABuPAAAajwEAFzwCAGNFAgC2PQwAFzwCAEumDgDuuQIAFuAJAE4FAgCWEgIA6xICAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAB/YCAHODCQDIgwkAAAAAABuPAAAajwEAFzwCAGNFAgDjwQUATgUCAOYYAQA7GQEA+04LAFBPCwClTwsA+k8LALyNCwC4RgEADUcBAO65AgAajwEACu4HAJ+nDgBHDgAATgUCALyNCwARjgsAZo4LALuOCwAQjwsAZY8LALqPCwBHDgAAVQAAAL7jCACkqgYA2SYAADnFAQCOxQEA48UBAG0vDgBHDgAAdocCAMDfCgAV4AoAsPIHAKtTAQDWcgwAB/YCAEIRAgDmGAEAsPIHAD0YAAC3SAAAzYcAALJLAgCCIgYA8AgHALeUCQBOBQIAowUCAPgFAgA4xwAAt5wBAEcOAACMHgAAQQgMAG/bCgDjGgIAs5sGALJLAgDNhwAAyIQIAE4FAgBxLgsALcQOAILEDgDXxA4AyIQIAAf2AgBKXgIANRQMAIoUDADfFAwANBUMABqPAQBjmgIAuJoCAA2bAgBrlAAAzYcAAAHwDgBOBQIAjbkOAPWrCQC3SAAATgUCAI25DgDZJgAATgUCAOYYAQCw8gcABfMHADsZAQAXPAIAwJQAAOYYAQBMsgEAobIBAF9JAgADnwgAwN8KAAruBwBOBQIA4xoCANx1AwBOBQIA/EwMAOe0DgCSGAAAEUMBAAxJAABhSQAAz4IDAE4FAgC8jQsAuEYBAA1HAQDZbwwALnAMAINwDABCEQIAlxECAI25DgCm9g0AeSUMAM4lDADA3gsAFd8LAE4FAgCjBQIA+AUCADoPDACPDwwA5A8MADkQDACOEAwA4xAMADgRDACNEQwAvI0LABGOCwA5bwIAnAIMAIweAABxLgsALcQOAILEDgDXxA4ATrEAAD6/AgAbgA8AQhECAFqcCQCvnAkAPLgLAJG4CwDmuAsAhMULANnFCwDqWw8AY0UCAEiyBQA3wQcATgUCAAAAAAAXMgwATgUCAFqcCQDNhwAA57QOAAruBwC3nAEAzXgPAAruBwBxLgsAUaENAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAMsyAgAH9gIAjBsDAOEbAwA2HAMA8l8DAEdgAwCcYAMA8WADAEZhAwD8TAwAsksCAPxMDACySwIAAAAAALc8DABOBQIACu4HAOphCQCaAw0A7wMNAEQEDQCZBA0AB/YCAOMaAgDcdQMAt0gAAMDfCgAE+QIAuzwIAM2HAAA5bwIAWpwJAM2HAACSwQEATgUCAKMFAgD4BQIATQYCAKIGAgAtxA4AgsQOANfEDgA9GAAAt0gAAM2HAAAG+AEATgUCAHEuCwAtxA4AgsQOANfEDgDwCAcA9asJAHCPAADrvAIAtj0MAJ+nDgC3SAAAwN8KAKSqBgC3SAAAwN8KAM2HAAA5bwIAY0UCALY9DACfpw4At0gAAMDfCgCkqgYAt0gAAMDfCgBHDgAAv5QBABSVAQBplQEAvpUBAOIRDAA3EgwATgUCAOMaAgDcdQMATgUCAO+zBwC/lAEAFJUBAGmVAQC+lQEAVQAAALhGAQANRwEA5hgBAEyyAQDN2QMAjB4AAOEeAABjRQIAMc0BANTQBQCkqgYAt0gAAIIiBgDwCAcA5hgBALKdBQAajwEAb48BAGw8AgAiiAAAa5QAAOMaAgDNhwAAIogAAEpeAgBOBQIA5hgBADsZAQBHDgAAdocCAE4FAgBzgwkAyIMJAM+DAgChpwwAPRgAALdIAABOBQIAZZUFAD6/AgCTvwIA6L8CAD3AAgC3nAEAzYcAAJLBAQB2hwIAqKgEALyNCwC4RgEADUcBANlvDAAucAwAg3AMANhwDABOBQIAZZUFALqVBQByfw4Ax38OAByADgBxgA4AxoAOABuBDgBOBQIA09YAABqPAQBFCgYADEkAAE4FAgBxLgsAUaENAKahDQD7oQ0AmgoGAGWVBQC6lQUAIocBAMyBBwBrlAAARw4AAOu9AQDLMgIAFy8PAGwvDwDWcgwAK3MMABqPAQBFCgYAwN8KAAruBwBOBQIA09YAABqPAQBFCgYADEkAAE4FAgBllQUAupUFACKHAQB3hwEAG48AAOMaAgC3SAAAwN8KAGyHDADBhwwA+U4NANkmAAA5xQEAjsUBAOPFAQB8dwwA0XcMACZ4DAB7eAwA0HgMAPAIBwDwCAcApvYNANxrDQCCIgYA1yIGACwjBgAK7gcATgUCAI25DgD1qwkAt0gAAE4FAgA8uAsAkbgLAI25DgDZJgAAa5QAAAruBwCfpw4ACu4HAE4FAgDcaw0AgiIGANciBgAsIwYAgSMGANYjBgArJAYAOxAKAMeBDAAcggwARw4AAHaHAgDcaw0AgiIGANciBgAsIwYACu4HAE4FAgCNuQ4A9asJALdIAABOBQIAPLgLAJG4CwAB/AIAn6sKAIZsDQAWiAwAa4gMAMCIDAAViQwAaokMAL+JDAAUigwAaYoMAL6KDAATiwwAspYMAAeXDABclwwAsZcMAAH8AgCCIgYA1yIGACwjBgCBIwYA1iMGACskBgA7EAoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPxMDADZJgAAt0gAAMDfCgDZGgwA3GsNAJewDQD+nwwA4xoCABDhDgD8TAwA57QOADy1DgA8uAsAkbgLAHvKDwDQyg8AJcsPAOe0DgBOsQAAa5QAAI25DgDZJgAATgUCAHEuCwAtxA4AgsQOANfEDgBOBQIADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0ApqENAM3ZAwBxLgsAUaENAKahDQDN2QMADOgLAGHoCwDnGAAAcS4LAC3EDgCCxA4A18QOAC3EDgCCxA4A18QOAGuUAAAajwEA7rkCABbgCQBOBQIAG48AAHCPAAAd4QEAcuEBAMfhAQAc4gEAceIBAMbiAQAb4wEAcOMBAKKmDAD3pgwATKcMAE4FAgAbjwAAcI8AANPWAACCJgIA1yYCAMDfCgAK7gcATgUCAHEuCwBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA2SYAAC4nAADAlAAAFukAAM7ZAgBCEQIAlxECAAruBwBOBQIADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0A9wYCAEwHAgChBwIA9gcCAE4FAgDvswcAI3sMAE6xAABOsQAAa5QAAEcOAADT1gAAgiYCAJRdDgDpXQ4ADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0A9wYCAEwHAgChBwIA9gcCAEsIAgBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAEEIDAAAAAAA9GAAAEEIDAGVCAwDcaw0Al7ANAP6fDABllQUAupUFAA+WBQBklgUAuZYFAA6XBQC2PQwACz4MAD9iCQCNuQ4ARQkHAJoJBwC8jQsAGo8BAG+PAQDvswcAzHoOACF7DgA5bwIAc4MJAMiDCQBIsgUAnbIFACN7DABOsQAATrEAAGuUAABrlAAA4xoCABDhDgD8TAwA4xoCALecAQBIsgUAN8EHAE4FAgC8jQsAuEYBAA1HAQAh0Q0AdtENAMvRDQAg0g0AddINAI25DgDZJgAATgUCABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIADOgLAAP7AQAAUwIAgiIGAGuUAABHDgAATgUCAI25DgDZJgAATgUCABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIADOgLAAP7AQAAUwIAPRgAAJIYAACTZQcAa5QAALdIAAAQQwIAZUMCALpDAgDwDgEAA04EAI25DgDjGgIAMc0BANTQBQCkqgYAt0gAAE4FAgCxQgwABkMMAFtDDACwQwwADOgLAGHoCwDnGAAA/EwMALJLAgAHTAIAXEwCALFMAgAGTQIAW00CALBNAgDmGAEAsPIHALdIAAAMSQAAzHwMAAruBwBOBQIAzXgPAAruBwBOBQIADzsLAPAIBwBFCQcAt0gAAIIiBgDwCAcAt5QJAAf2AgAbjwAAcI8AANPWAAAo1wAAbDwCAAHwDgBe9gAACPYBAA87CwBkOwsAjbkOALeUCQBOBQIA/EwMADlrBgAPOwsAPRgAAJIYAACTZQcAa5QAAA87CwBkOwsA7rkCAEO6AgCYugIA7boCADy4CwCRuAsAxI8BAPAIBwCm9g0An14CANPWAAAajwEARQoGAAxJAAAGSgUARq4LALdIAAAMSQAA3HUDACwnAgCBJwIA1icCACsoAgCAKAIAowUCAPgFAgDIhAgARw4AAAzoCwAQQgMA/EwMAOqxDgA/sg4AlLIOAOmyDgA+sw4Ab48BAEIRAgBAswwA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAG0vDgDnXg8A/EwMACfLDQDiaQkAG48AAM2HAADIhAgALCcCAIEnAgCPYQ8A5GEPADJpDwCHaQ8A3GkPADFqDwCGag8A22oPADBrDwCoqAQAPLgLAK/vCwAE8AsADOgLAGHoCwC26AsAC+kLAA87CwC3SAAABkoFAEauCwBrlAAADzsLANkmAAA5xQEAyIQIAEcOAACMHgAADzsLAFuYDAAGSgUARq4LALdIAAAMSQAA3HUDAGDpCwD4BQIAyIQIAEcOAAAi2wIAB/YCAAf2AgCsRwwAAUgMAFZIDACrSAwAAEkMAA08DABiPAwAjbkOABc8AgBOBQIADOgLAGuUAADNhwAAOW8CAE4FAgBxLgsAxi4LAAruBwBOBQIAjbkOANkmAABOBQIAPLgLAJG4CwAH6Q8AC58AALY9DACm+wgAa5QAAEcOAABOBQIADOgLAGHoCwC26AsAC+kLAIsdAgBRoQ0ApqENAM3ZAwD8TAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACAzAgBGrgsAm64LAPCuCwBFrwsAmq8LAO+vCwBEsAsAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAH8AgCCIgYA1yIGACwjBgAK7gcATgUCAI25DgD1qwkAt0gAAE4FAgDT1gAAgiYCABqPAQBFCgYAgiIGAG+PAQBCEQIATgUCAKMFAgBVSQwAFzwCAE4FAgCNuQ4ARQkHAJoJBwCnUAgA/FAIAFFRCACmUQgA+1EIAMCUAAAW6QAAztkCALFBDQAGQg0AW0INALBCDQAFQw0AWkMNAK9DDQAERA0AWUQNAK5EDQADRQ0AWEUNAK1FDQACRg0AV0YNAKxGDQAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAEIRAgBCEQIAFzwCAGNFAgBCEQIAb9sKALJLAgDA3woAa5QAAMCUAAAW6QAAztkCAFUAAACTtwoA6LcKALdIAAAxbA0AhmwNAGyGDQDBhg0AuI4OAA2PDgBijw4At48OAEcOAABOBQIAowUCAPgFAgBNBgIAogYCAHODCQDIgwkARw4AAHx3DAC3nAEAt0gAAE4FAgDvswcAI3sMALiODgANjw4AYo8OALePDgAAAAAASFUNAE4FAgCjBQIA+AUCAE0GAgDsBwwAcS4LAC3EDgCCxA4A18QOALeUCQBrlAAA77MHAIweAACPYw0A5GMNADlkDQBOBQIAjbkOANxrDQAxbA0ANWgNAIpoDQDfaA0ANGkNAIlpDQDeaQ0ATgUCAI25DgC3nAEAt5wBAM14DwCkqgYAt0gAAIIiBgBvjwEA/wAAALOTDgBHDgAATgUCADAXDgCdVQ0At0gAABuPAABVAAAATrEAAKOxAAAveQIAhHkCANl5AgDmGAEAOxkBAPtOCwBQTwsApU8LAPpPCwDNhwAAOW8CAAruBwCm+wgA09YAAD0YAABOsQAAo7EAAC95AgCEeQIA2XkCALdIAADA3woAbIcMAOS5DAA5ugwAjroMAOO6DAA4uwwAjbsMAIweAABHDgAAAAAAAAAAAAAAAAAAZZUFALqVBQAPlgUAgHINANVyDQAqcw0ARw4AAJwOAAC3nAEAzXgPAMsyAgC3nAEADJ0BAHQnDwBvjwEA2SYAANPWAACCJgIASqcOABcvDwDAlAAAFukAAM7ZAgAK7gcAn6cOAOMaAgA4GwIAxjcCAAZKBQDtWwwAQlwMAO65AgBDugIAmLoCAG05BAAK7gcAX+4HAIYVDwCCIgYA8AgHALeUCQBOBQIA09YAAIImAgBKpw4AEEIDAG+PAQBCEQIAtj0MAJ+nDgD0pw4ASagOAJ6oDgDzqA4ASKkOAJ2pDgCCIgYA8AgHALeUCQBOBQIA09YAAIImAgBKpw4AEEIDAG+PAQBCEQIA77MHACN7DAAajwEARQoGAMDfCgBshwwAB/YCANxrDQAxbA0AhmwNAGyGDQDBhg0AFocNAGuHDQDAhw0AowUCAPgFAgBNBgIAogYCAF6UDQCkrAQA+awEAJFjCwBGrgsA088HAKb7CAD1qwkAt0gAAE4FAgAAAAAAn6cOAMCUAAAW6QAAa+kAAAAAAAAAAAAA77MHACN7DAAajwEARQoGAMDfCgBshwwAT6wEAFFMDQCmTA0An1IOAKMFAgBADAkAlQwJAOoMCQAAAAAABpcNAEK8AQDZJgAAOcUBAI7FAQBo6gIAB/YCAHEuCwBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAMUuDAAaLwwAc4MJAMiDCQAxzQEA1NAFAKSqBgC3SAAAgiIGAPAIBwC3lAkATgUCADy4CwCRuAsAq1MBANZyDAArcwwAgHMMANVzDAAqdAwAf3QMANR0DAApdQwAfnUMANN1DAD8TAwAOWsGAAzoCwBh6AsAk2UHAG0vDgDwYgIARWMCAJpjAgDvYwIATgUCAHEuCwBRoQ0ApqENAPuhDQCaCgYAZZUFALqVBQAihwEAd4cBAG7YDgDmGAEAsp0FABqPAQBvjwEAEEIDAG+PAQBCEQIATgUCADy4CwCRuAsALMYNAIHGDQBdlA4AspQOAMQ5AgDWxg0AqKgEAAAAAABOBQIAG48AAHCPAAAWMwwAazMMAMAzDAAVNAwAajQMAL80DAAUNQwAaTUMAC3EDgCCxA4A18QOAOMaAgAQ4Q4At0gAANPWAABrlAAAa5QAAD0YAABOBQIA3GsNADFsDQCGbA0AVQAAAKoAAAD/AAAAqKgEACzGDQCBxg0AqKgEALdIAADEOQIA1sYNAKioBAAAAAAATgUCANxrDQCVWw8AGo8BAM3ZAwAi2gMAd9oDADFsDQCGbA0AFogMAGuIDADAiAwAFYkMAGqJDAC/iQwAFIoMAGmKDAC+igwAE4sMALKWDAAHlwwAXJcMALGXDAAGmAwASl4CADUUDAAK7gcAPRgAAF9JAgAB8A4A+AMEAN8eAgA0HwIAXvYAAAj2AQB/zwYAPr8CAJO/AgDovwIAIogAABc8AgBPUgkARw4AAOu9AQBvjwEAEEIDAM3ZAwDfHgIAiRUMAAruBwBOBQIAPLgLAJG4CwC3SAAAwN8KAGyHDADBhwwARQkHAJoJBwCnUAgAt0gAABBDAgCNuQ4At5QJAE4FAgDvswcAjB4AAI9jDQDkYw0AOWQNANUoAgDNhwAAyIQIAB2FCAByhQgAZZUFAD6/AgCTvwIA6L8CAOMaAgDNhwAAIogAALecAQDNhwAASl4CAJO1DADotQwAPbYMAJK2DADntgwAPLcMAHODCQBGrgsA+FkDAE1aAwDZGgwAFukAAEauCwBVAAAAt0gAAMDfCgAAAAAAAAAAAAAAAADjGgIAEOEOANkmAABVSQwAFzwCAGNFAgD8TAwAyIQIAB2FCABMCQAAoQkAALFCDADMfAwAIX0MAM2HAADZJgAAt0gAAMDfCgDZGgwATgUCAPxMDADIhAgAHYUIAEwJAAChCQAAsUIMAMx8DAAhfQwAcS4LAM2HAAAiiAAAuzwIAEwJAAChCQAAsUIMAMx8DAAhfQwAcS4LAM2HAAAiiAAAuzwIAEwJAAChCQAAsUIMAMx8DAAhfQwAbTkEAG+PAQC/lAEAb48BAL7jCADfvA4ANL0OAIm9DgDevQ4AAAAAAKMFAgD4BQIATQYCAALwDQBX8A0ATgUCANxrDQAxbA0AhmwNAJ9SDgBKXgIAAAAAAE4FAgDcaw0AMWwNAIZsDQCfUg4A77MHACN7DAAajwEARQoGAMDfCgBshwwAvI0LABGOCwCRYQ0AowUCAPgFAgBNBgIAZZUFAD6/AgAo1QIATrEAAGuUAACn/AYAt5wBAM14DwAK7gcAQ68NAJivDQDtrw0AQrANAJewDQDssA0Atj0MAPSmDwBJpw8AbDwCALJLAgCCIgYA8AgHALeUCQDVKAIA5hgBAEcOAADcaw0AMWwNAIZsDQCfUg4AvI0LABGOCwCRYQ0AowUCAPgFAgBNBgIA77MHACN7DAAajwEARQoGAMDfCgBshwwAyzICAMsyAgDnCg4ATgUCAKMFAgD4BQIATQYCAKIGAgAtxA4AgsQOANfEDgCjBQIAFzwCAE9SCQDmGAEAjbkOAKb2DQA8uAsAQhECAD0YAACSGAAAFzwCAGNFAgDjwQUATgUCABuPAABwjwAAxywMABwtDABxLQwAxi0MABsuDABwLgwArpkNAI8NDgDkDQ4AOQ4OAEhVDQAg3gEAj2MNAORjDQA5ZA0ATgUCALFCDADMfAwAIX0MADVoDQCKaA0A32gNADRpDQCJaQ0A3mkNAE4FAgCxQgwAzHwMACF9DADNhwAAIogAALs8CABOBQIA77MHAIweAACPYw0A5GMNADlkDQBOBQIAsUIMAMx8DAAhfQwA3GsNADFsDQA1aA0AimgNAN9oDQA0aQ0AiWkNAN5pDQBOBQIAsUIMAMx8DAAhfQwAAAAAAAb4AQC3SAAAG48AABc8AgBjRQIAbS8OAFUAAACqAAAAjBsDAOEbAwA2HAMAixwDAHEuCwBRoQ0A9wYCAEwHAgChBwIA9gcCAEsIAgDtEAIAc4MJAEauCwBllQUAupUFAA+WBQAM6AsAX0kCALRJAgAAAAAAbS8OAMIvDgDxqg4ARqsOAJurDgDwqw4A7AcMALyNCwARjgsAkWENAAf2AgDvrA4ARK0OAJmtDgAH9gIATgUCABuPAABwjwAAEEIDAEUKBgCaCgYAMc0BABI1DgBVAAAAGo8BAEUKBgDA3woA2RoMAO65AgAajwEAb48BAPhZAwDNhwAAAUcNAAyUCgC8jQsAt5wBAM2HAACySwIA2SYAAFVJDAAXPAIA5hgBAE4FAgDvswcAI3sMABqPAQBFCgYAwN8KAEauCwCbrgsATgUCAKMFAgBADAkA0MwNACXNDQB6zQ0Az80NACTODQB5zg0Azs4NAPxMDADZJgAAt0gAAMDfCgDZGgwAlAcPAOkHDwA+CA8AkwgPAOgIDwA9CQ8AnAIMAE4FAgCjBQIAVUkMAKpJDAD/SQwA77MHAEOvDQCYrw0A7a8NAEKwDQDMeg4AIXsOADlvAgC3SAAAwN8KAPxMDADjGgIA8AgHABc8AgC3SAAAwN8KACN7DABOsQAATrEAAGuUAABHDgAA670BANkmAAAocw8A+AUCAE0GAgCiBgIA+U4NAE5PDQCjTw0AVUkMAKpJDAD/SQwA77MHAEOvDQCYrw0A7a8NAEKwDQDMeg4AIXsOADlvAgC3SAAAwN8KAPxMDADjGgIA8AgHABc8AgC3SAAAwN8KACN7DABOsQAATrEAAGuUAABHDgAA670BANkmAAAocw8A+E8NAE1QDQCiUA0AksEBAE4FAgAAAAAATgUCAKMFAgD4BQIATQYCAHklDADOJQwAAAAAAHODCQBGrgsAm64LAAf2AgBxLgsAp/wGAPz8BgAB8A4A+AMEAIweAAAK7gcAB/YCABqPAQBvjwEA2SYAAFVJDADO2QIAaOoCAL3qAgDcaw0AMWwNAIZsDQCfUg4A9FIOAOZgDgA7YQ4AkGEOAPIDCgBHBAoAnAQKAHklDADOJQwAcS4LAC3EDgCCxA4A18QOAPEECgBelA0ApKwEAPmsBAA3EwsAUaENAC0YEACCGBAA1xgQACwZEAC8jQsAt5wBAM14DwDNhwAAksEBAIweAABzgwkAyIMJAB2ECQANRgIAbS8OACDeAQB13gEAQrwBAFqcCQCJFQwAp/wGAIImAgBKpw4AEEIDAG+PAQBCEQIAaOoCAL3qAgDcaw0AMWwNAIZsDQCfUg4A9FIOAOZgDgA7YQ4AkGEOAHaHAgDLhwIA57QOAAruBwBf7gcAOW8CAAruBwDVKAIA8AgHAPWrCQBrlAAAwJQAABbpAADO2QIAf9QBANTUAQC3nAEAzXgPALdIAADA3woA3GsNAM2HAACSwQEALMYNABqPAQBjmgIACu4HAE4FAgCjBQIA+AUCAE0GAgCiBgIA77MHACN7DABOsQAATrEAAGuUAABHDgAA670BANkmAAAocw8AZI4NALmODQAOjw0AY48NALiPDQBtLw4Awi8OABcwDgDMeg4AaYgOAL6IDgATiQ4AaIkOAGKQDQC3kA0ADJENAE4FAgBOBQIAB/YCAOYYAQDmGAEAsp0FADlvAgDcdQMATgUCAAb4AQBb+AEAsPgBAAX5AQBa+QEAr/kBAD0YAABrlAAAt0gAADzCAQAK7gcAVQAAAL7jCAAK7gcAt0gAAM2HAADIhAgATgUCANxrDQAxbA0AhmwNAJ9SDgD4BQIATQYCAKIGAgDvswcAI3sMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAChzDwDT1gAAgiYCAJRdDgBrlAAAwJQAAGNFAgDcaw0AMWwNAIZsDQBOsQAAzYYBAH/UAQDU1AEAt5wBAM14DwC3SAAA3GsNADFsDQCGbA0A/EwMAOqxDgA/sg4AlLIOAOmyDgA+sw4Ak7MOAOizDgA9tA4AB/YCAAAAAAAAAAAAGo8BAM3ZAwAsxg0AOW8CAGuUAABVAAAAuEYBAGNFAgDPgwIAPr8CALJLAgDA3woATrEAAAAAAADnXg8AowUCAPgFAgBNBgIAogYCADjGAQCMZA8AQ68NAJivDQDtrw0AQrANAAf2AgCjBQIA+AUCAE0GAgB5JQwAziUMAHEuCwAtxA4AgsQOANfEDgCSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEARw4AACwnAgA9GAAATgUCAHEuCwAtxA4AgsQOANfEDgCNuQ4AzIEHACGCBwB2ggcAy4IHACCDBwB1gwcAyoMHAPAIBwC3SAAADEkAAGFJAADPggMATgUCAHEuCwAtxA4AgsQOANfEDgA9GAAACu4HAOphCQBvjwEAQhECAAf2AgBxLgsAUaENADDBDgCFwQ4A2sEOAC/CDgBHDgAAzYcAAA6WBgBVAAAAt5wBAOMaAgDwCAcAFzwCAEpeAgCfXgIAwJQAABbpAADO2QIAt0gAAMDfCgBshwwAwYcMALY9DAALPgwAbdoNAMLaDQAX2w0AbNsNAMHbDQAW3A0AYOkLAEAMCQDQzA0AJc0NAHrNDQDPzQ0ATgUCAOMaAgAQ4Q4A2SYAAFVJDAAXPAIAY0UCADy4CwBFCgYARw4AAE4FAgC8jQsAEY4LADlvAgBjRQIAPRgAALdIAABOBQIA/EwMAOe0DgAK7gcATgUCANPWAACCJgIAlF0OAOldDgBllQUAPr8CACjVAgBOsQAAa5QAAKf8BgC3nAEAzXgPAAruBwC3SAAAEEMCAGVDAgC6QwIAMRcNADEXDQDwDgEAa5QAAMCUAAAW6QAA1SgCACopAgB/KQIA1CkCACkqAgDVKAIA2SYAADnFAQCOxQEAwN4LABXfCwAAAAAAAfwCAJ+rCgCGbA0AspUNAPgFAgBNBgIAogYCACwnAgAsJwIAa5QAAM2HAADntA4ATrEAABc8AgBjRQIASLIFALJLAgCCIgYA8AgHALeUCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOFzAACySwIAgiIGAM3ZAwDZJgAAQAwJAGuUAAAK7gcACu4HAJ+nDgD0pw4AvuMIAN+8DgA0vQ4An6cOAD0YAABOsQAA3HUDAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAVQAAAFUAAAC3nAEAbTkEAE6xAAA+vwIAsksCAIIiBgDwCAcAt5QJAE6xAADNhgEAorACAJQHDwDA3woAq1MBAFztCwCx7QsAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAD0YAACSGAAAk2UHALdIAAAGSgUA7VsMAOZsAgBHDgAAv5QBAGuUAAA9GAAAt0gAAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwB2LgYAyy4GACAvBgB1LwYAyi8GAB8wBgB0MAYAyTAGAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAwN8KAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQC3SAAAzYcAABqPAQBvjwEAa5QAAMCUAAC3nAEAzYcAADjHAABwjwAAxywMALs8CAAQPQgAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAG05BABvjwEAEEIDAEUKBgCCIgYAzYcAAMiECABtOQQA8GICAM2HAACySwIAgiIGAPAIBwC3lAkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCySwIAzYcAAM2HAAAiiAAAd4gAAMyIAAAhiQAAdokAABc8AgBjRQIARw4AAJwOAAD1qwkAFzwCAE6xAABrlAAA2SYAADnFAQCOxQEAwN4LABXfCwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEIRAgAMlAoAYZQKADHNAQAK7gcA4xoCAE6xAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAdi4GAMsuBgAgLwYAdS8GAMovBgAfMAYAdDAGAMkwBgAajwEAY5oCALiaAgANmwIAYpsCALebAgAMnAIARw4AAHaHAgDLhwIAsksCAMDfCgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQBjOwwAuDsMAGuUAACrUwEALRgQAIIYEADXGBAALBkQAIEZEADWGRAAKxoQAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAGM7DAC4OwwATrEAAM2GAQB/1AEA1NQBALecAQDNeA8At0gAAIIiBgDwCAcAt5QJAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAGM7DAC4OwwAgiIGANciBgAsIwYAgSMGANYjBgArJAYAgCQGAF+UDAC0lAwACZUMAF6VDACzlQwACJYMAF2WDAD+VQEAYzsMALg7DAAbjwAAcI8AAMcsDAC7PAgAED0IAGU9CAC6PQgADz4IAGQ+CADqYQkA8AgHAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAGM7DAC4OwwARw4AAG3kAwDC5AMAzXgPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAYzsMALg7DAD4AwQATQQEAKIEBAD3BAQATAUEAKEFBAD2BQQASwYEAKAGBAD1BgQASgcEAP5VAQBjOwwAuDsMANkmAAC3nAEA3HUDANPWAACCJgIA3HUDAEcOAABt5AMAwuQDAM14DwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAGM7DAC4OwwAmwsEAPALBABFDAQAmgwEAE4FAgAH9gIADEkAAOlcDwA+XQ8Ak10PABc8AgBPUgkA09YAAIImAgDjGgIAt5wBAE4FAgBxLgsAUaENAPcGAgBMBwIAoQcCAPYHAgBLCAIAAAAAAE4FAgBzgwkAyIMJAM+DAgChpwwA9qcMAEuoDACgqAwA77MHACvHDQCAxw0A1ccNACrIDQB/yA0A1MgNAO+zBwArxw0AgMcNANXHDQAqyA0Af8gNANTIDQBxLgsAUaENAPcGAgBMBwIAoQcCAPYHAgBLCAIAbS8OAOdeDwD8TAwAJ8sNAOJpCQAbjwAAzYcAAPxMDAAnyw0A4mkJABuPAADNhwAAyIQIAE4FAgBtLw4A514PADxfDwCRXw8A5l8PADtgDwCQYA8A5WAPADphDwAbjwAAt5wBALecAQBOBQIAtj0MAAs+DABgPgwAtT4MAEumDgBvjwEAQhECAE4FAgA8uAsARQoGAMDfCgAV4AoARw4AAGuUAADZJgAAt0gAAE4FAgBllQUAupUFAA+WBQCsRQ4AAUYOAFZGDgCrRg4AQhECAFqcCQCvnAkATgUCAGWVBQC6lQUAD5YFAKxFDgABRg4AVkYOAKtGDgA4xwAARw4AAIweAAAK7gcATgUCAOMaAgDcdQMAB/YCACDeAQA8Xw8Axi4LAAruBwBOBQIAjbkOANkmAABOBQIAPLgLAJG4CwA9GAAAa5QAAMCUAABOBQIAcS4LAFGhDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA77MHAMx6DgAhew4AIIgCAHWIAgBOBQIA3GsNAAZKBQDtWwwAQlwMAJdcDABtLw4Awi8OAG0vDgDCLw4AFzAOAGwwDgBllQUAPr8CABuADwBwgA8AxYAPABqBDwBvgQ8AxIEPABmCDwBugg8AbS8OAMIvDgD8TAwA4xoCAPAIBwDuuQIAFuAJAHEuCwBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBANPWAACCJgIAlF0OAOldDgDcaw0AlVsPAGFJAABskAMACz4MABc8AgBjRQIAz4MCALdIAABOBQIAZZUFAD6/AgAbgA8AcIAPAMWADwCNuQ4A2SYAAE4FAgDcaw0AlVsPAGFJAACjBQIAVUkMALecAQC3nAEADJ0BANPWAAAajwEAb48BAEIRAgBOBQIAcS4LAFGhDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAbjwAAFzwCAEumDgBvjwEAQhECAE4FAgCxQgwABkMMAOe0DgAK7gcAt5wBAG05BABvjwEAQhECAE4FAgCNuQ4A2SYAAE4FAgDcaw0AlVsPAGFJAAAHlA8AXJQPALGUDwAGlQ8AW5UPALCVDwAFlg8AWpYPAK+WDwAElw8AWZcPAK6XDwADmA8ALCcCAIEnAgBPog4A57QOAJIYAAARQwEADEkAAGFJAADPggMATgUCAHEuCwBRoQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAI25DgDMgQcAIYIHAHaCBwDLggcAIIMHAHWDBwDKgwcAeHsMAM17DAAifAwAd3wMAAf2AgAAAAAAAAAAAAAAAABOBQIADOgLAAfpDwBc6Q8AsekPADy4CwCRuAsAe8oPANDKDwAlyw8AessPAM/LDwD8TAwAN8EHAAruBwDcdQMAzYcAADlvAgA9GAAATgUCAPxMDAA3wQcACu4HALyNCwA9GAAAB+kPAFzpDwCx6Q8APLgLAJG4CwB7yg8A0MoPACXLDwB6yw8Az8sPAPxMDAA3wQcACu4HAEcOAAB2hwIAy4cCAMiECAAdhQgAQhECAAyUCgDmGAEATgUCADy4CwCRuAsAe8oPANDKDwAlyw8AessPAM/LDwDjGgIAOBsCAKujBgDrvAIAt5wBAM14DwA8uAsAkbgLAHvKDwDQyg8AJcsPAHrLDwCXEQIATgUCAEIRAgAMlAoAYZQKAAzoCwAH6Q8AXOkPALHpDwA8uAsAkbgLAHvKDwDQyg8AJcsPAHrLDwDPyw8AVQAAALhGAQANRwEA7rkCABqPAQAK7gcAn6cOAMCUAACcAgwAdocCAAZKBQDtWwwAsksCAMDfCgBCEQIA3HUDAAf2AgCbCwQA8AsEAEUMBACaDAQA09YAABqPAQBFCgYADEkAAE4FAgBxLgsAUaENAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBACwnAgCBJwIA3GsNAJewDQD+nwwAc4MJAMiDCQDAlAAARq4LAJuuCwBOBQIAvI0LABGOCwCRYQ0AVQAAAOYYAQBOBQIAcS4LAC3EDgCCxA4AAAAAANfEDgByfw4ArPkEALKdBQDntA4ACu4HAE4FAgCjBQIA+AUCAE0GAgCiBgIA09YAABqPAQBFCgYADEkAAE4FAgBxLgsAUaENAKahDQD7oQ0AmgoGAGWVBQC6lQUAIocBABcyDABsMgwAbDIMAJaxDQBCvAEAQbUJAJa1CQDrtQkANmYOAItmDgBVAAAAuEYBAA1HAQDZbwwALnAMAINwDADYcAwATgUCAGWVBQC6lQUAcn8OAMd/DgAcgA4AcYAOAMaADgAbgQ4AbTkEAECzDACVswwApKoGANx1AwBOsQAAo7EAAPADDABFBAwAmgQMAMDeCwAV3wsAa5QAAMCUAAAW6QAAztkCAEIRAgCXEQIAzYcAAJVbDwBhSQAAz4IDACSDAwD8TAwAUU0MAKZNDADcaw0AMWwNAIZsDQCylQ0A+AUCAE0GAgB5JQwAziUMAJewDQD+nwwA77MHAIweAABrlAAA3GsNAJVbDwBhSQAAowUCAChzDwB9cw8A0nMPACd0DwDvswcAzHoOACF7DgAgiAIAdYgCAE4FAgDcaw0ABkoFAO1bDABCXAwAc4MJAMiDCQBtLw4AFzwCAEauCwCbrgsATgUCAOYYAQCynQUA7rkCABbgCQBVSQwAFzwCAE4FAgDmGAEAOxkBABc8AgBjRQIAPLgLAJG4CwDZJgAAVUkMABc8AgDmGAEAsp0FALJLAgCCIgYA8AgHAGuUAACkqgYAJX8GALdIAACCIgYA8AgHALeUCQBOBQIAowUCAPgFAgBNBgIAogYCAKMFAgBVSQwAFzwCAE4FAgDcaw0AzYcAAJLBAQCVWw8AYUkAAM+CAwAkgwMAAJwOAP+cDgBUnQ4AqZ0OAKMFAgD4BQIATQYCAALwDQBX8A0ATgUCANxrDQAxbA0AhmwNAL3hCwAS4gsAZ+ILALziCwAR4wsAZuMLALvjCwAQ5AsAKNQDAH3UAwByfw4Ax38OABjlAgBt5QIAzXgPAOfBAQClShAA+koQAHaHAgDcdQMA3HUDAEC+AQB6dRAA8acRAAruBwAXPgAAT0sQAKRLEAB6dRAAbC4QAF9LAADWFxIA8acRAAruBwDxpxEA8acRAAruBwB6dRAAqZoRAPGnEQDWFxIAQhECAOEeAADwDgEA1hcSAPAOAQAqcBAAKnAQAAruBwCfpw4A4B8AAPAOAQDixwAA48EFABwpEAAcKRAA8acRAOPBBQDxpxEAj2MNAKpFEAD/RRAAyNEQAKVKEAD6ShAA0B4RANYXEgBMCQAAenUQAKpFEAD/RRAA8A4BAFlBEAAheBEAdngRAA2NEABCEQIAKnAQANFzEAAmdBAApUoQAPpKEAB8HREA5hgBAOdeDwAqcBAA/EgQACpwEAC3lAkAxNQRAMjREAB6dRAArz8RAPGnEQBMCQAATAkAAJVaEADqWhAAP1sQANYXEgBHDgAA9k4QAEtPEAD2ThAAS08QAFWaEADWFxIA/p8MAGjqAgAK7gcAuzwIAAruBwCVWhAA6loQADq0EQDwDgEAlVoQAOpaEAA6tBEA4R4AAKVKEAD6ShAACUoCAE4FAgCv7wsAenUQAAf2AgC3SAAAKnAQAGOaAgAK7gcAenUQAGs9AgD2ThAAS08QACpwEABMThAAoU4QAPZOEACKZBEA9k4QAIpkEQAocREAKnAQAJBfEACUWxAA6VsQAFlBEACUWxAAAAAAAE4FAgCVWhAA6loQAJVaEADqWhAAlVoQAOpaEACgTxAAyNEQAO/+EQBE/xEAyzICAExOEABZQRAA9k4QAEtPEADLMgIACu4HAE4FAgDWFxIATgUCAJgAEgDvVRAA6AUSAHp1EAB6dRAAqKgEAKioBACoqAQAB/YCAMiECAAQ4Q4ASK4JABDhDgCrRg4Aq0YOALdIAACbrQwAf28RAF72AABHDgAARw4AADZkEACTXQ8AXvYAACpwEABHDgAAk10PACpwEAAqcBAAKnAQACpwEAAqcBAAWUEQAFlBEAAqcBAAKnAQACpwEAAqcBAAKnAQACpwEABZQRAAWUEQAFlBEAAqcBAAKnAQACpwEABZQRAAWUEQADBqEABZQRAAWUEQACpwEABOBQIATgUCACxuEACy6wwATgUCANYXEgAXPAIAQbUJAE4FAgBHDgAARw4AACpwEAAqcBAAt5wBAOgFEgCVWhAA6loQAAf2AgB6dRAA1hcSAEcOAAB9chAATgUCAOm+AgCMHgAA3HUDAFqcCQA9GAAACu4HAFBSCAAK7gcA/poRAHp1EAAJ5REA6AUSAEcOAACQbQIA09YAANPWAADT1gAA1hcSANPWAAC2RwIAAfAOANYXEgCQbQIA1hcSAO9jAgBIphEABZQRAFqUEQDLeRAA1hcSAOsCEgBAAxIAdtwCAPAOAQDWFxIAiL0PAEwJAADWFxIAVQAAAD0YAACfpw4AbC4QANx1AwDjYBEAVQAAAEimEQBMCQAATAkAAEwJAADMIhEAenUQAGwuEAB2hwIA3HUDABSGEAAj2QMAkcADALM7EQD9ogoAKxgSADfBBwBZQRAAIXgRAHZ4EQBOoBEAlL0DAJVaEADqWhAAOrQRAKqaEABZQRAA1hcSAGKYBQCVvAMAd80QAFlBEAAqcBAAKnAQAJVaEADqWhAAKnAQANFzEAAmdBAAnA4AAHp1EADqDAkAzXgPAHp1EAAzZhEAM2YRAHp1EADIexEA1HAQAFL/AwB6dRAADI4QAOPBBQDWFxIATgUCAE4FAgBOBQIAKxgSAE4FAgBsLhAA1hcSAE4FAgB6dRAA6AUSANFzEAAmdBAATgUCAGOXBQBLThEADzsLANYXEgArJAYA1hcSADsQCgDqrxAA4B8AAHp1EAAMjhAAYY4QABQwEQDWFxIAdocCAM14DwB6dRAAqZoRAF72AABLThEAd80QAPpPCwD3sgAA4xoCAFlBEAAheBEAdngRAJVaEAB8chEASFUNACUfEQBsLhAARw4AAPAOAQABmRAAKRsRAH4bEQAUMBEAt0gAAFlBEAAheBEAdngRAE6gEQCjoBEAFDARALdIAAAUMBEAt0gAALY5EACgpBAA1hcSAE4FAgDWFxIATgUCAHp1EACpmhEAyNEQAHp1EAC5ixAADowQAGOMEAAuFhEATgUCAP6fDACVrxAAenUQACpwEADRcxAAJnQQAD2yEACRvgUAbC4QAMTUEQAE8AsAKxgSACpwEAArGBIAKnAQAIW/EADavxAAL8AQALmLEAAOjBAAY4wQALiMEAB0JREAhb8QANq/EAAvwBAAtjkQAJcOBQBZQRAAIXgRAHZ4EQBOoBEAo6ARAOG+CgDWFxIAdocCANx1AwDWFxIAS04RAGwuEACoqAQAlbwDAMDfCgAqcBAA0XMQACZ0EABpMBEA4B8AAFlBEAAheBEAdngRANYXEgAH9gIATqARAKOgEQAXigkAFDARALdIAADcvRAAMb4QAIa+EAD4oBEAKyQGANy9EAAqcBAAE4YRAFlBEAArGBIAKnAQANFzEAArGBIAzXgPAE4FAgDoBRIA0XMQACZ0EABqjwYAenUQAKmaEQDWFxIAVEoMAHp1EADWFxIAqFEGAKWeEQBZQRAAKxgSAPZOEABLTxAACu4HAHkgEQCFvxAA2r8QAC/AEADoBRIA0XMQACZ0EAAUhhAAdocCAM14DwClnhEA1hcSAM14DwBOBQIAiWURAAruBwDuuQIApZ4RAPqeEQBPnxEAtjkQAPAOAQB6dRAA1hcSAJewDQBsLhAAnAIMAFlBEAClnhEAWUEQAKWeEQAqcBAAKxgSACsYEgArGBIAKnAQANFzEAAmdBAAuYsQAA6MEABjjBAAV0IRAPigEQBNoREAS04RAOAfAAC4jBAA/5oQAKWeEQD6nhEAT58RAKSfEQDoBRIA1HAQANAdEgAFlRAAWpUQANAdEgDcvRAApZ4RAFlBEAAheBEAdngRAFlBEAAheBEAdngRANYXEgAcfREA2RoMANYXEgDNeA8A1hcSAOy2BwBsLhAATgUCAOPBBQDwDgEAenUQAMh7EQDUcBAA1hcSAAAAAAAK7gcAAAAAAIAYEgB6dRAAyHsRANRwEADWFxIAAAAAAAruBwAAAAAA1hcSANYXEgB2hwIA1hcSAHaHAgDWFxIAdocCAIAYEgDWFxIAM2YRACsYEgAqcBAAKnAQANFzEAAmdBAAenUQAAAAAACpmhEA/p8MAFlBEAAheBEAdngRABmBEADWFxIASKYRALdIAABtLBEAfHIRADfBBwAeexEAc3sRADq0EQDcdQMApZ4RAPqeEQBPnxEAenUQAHp1EAAqcBAA0XMQACZ0EAAnJQkAAAAAAJ77EADz+xAASPwQAFBSCAAThhEAaIYRAL2GEQDWFxIAtjkQANkaDABCuwIAzXgPAHp1EADWFxIA42ARAM0oCgC2ORAA1hcSALeUCQDI0RAAlVoQAOpaEAD2ThAAS08QAFlBEAAheBEAdngRAPhZAwB6dRAA1hcSAEC8AwAqcBAAKnAQANFzEAAmdBAACu4HAOAfAAAqcBAA0nERACpwEADRcxAAJnQQAJAIEgAAAAAAWUEQACF4EQB2eBEAenUQAAyOEABhjhAAbC4QAHp1EABZnQkAS04RAGwuEACQGQEAAAAAANYXEgBLThEAbC4QAJAZAQDlCREAWUEQACF4EQB2eBEAyHsRANRwEADWFxIAenUQACpwEADRcxAAJnQQANYXEgDcdQMASVARAE4FAgCFFBEAKnAQAF72AAB9JAkAt0gAAAnlEQDcdQMA48EFANYXEgDAlAAAM2YRAPhZAwAizRAATgUCAE4FAgB6dRAAOrQRAD0GEgDwDgEAyNEQAE4FAgB8HREARQoGAAyOEABhjhAAIs0QAG+PAQDlCREAOgoRAI8KEQAK7gcAAAAAAAAAAAAAAAAA1hcSAEtOEQAAAAAAAAAAAAAAAAB8HREAHScRALdIAABOBQIA8A4BANYXEgBIphEAS04RAAruBwAqcBAAd80QAHfNEAAqcBAA1HAQAGjqAgCKDhIAIXgRAHZ4EQBOoBEAo6ARAMTUEQDoBRIA1HAQAKioBABZQRAArkEQAKioBABrlAAAt0gAAIzBBwDWFxIAzYcAAIzBBwArGBIAGCwRACLNEACVWhAA6loQAKBPEAAMjhAAYY4QAJVaEADqWhAAoE8QAAyOEABhjhAAt0gAALdIAADqrxAAQrwBABOGEQBohhEAvYYRABQwEQDWFxIA3HUDACpwEADWFxIAQLwDAPycEQBOBQIAKnAQANFzEAAmdBAAYzYRALg2EQCoqAQAqKgEANYXEgBAvAMAQLwDAGOXBQCJZREAbC4QAAAAAADWFxIA1hcSAGuUAAB6dRAAQLwDABx9EQBOBQIA1hcSAK8/EQBMCQAAAfQKAEIRAgAARBEAVUQRAFUAAABVAAAAKyQGAHp1EABOBQIA1hcSANYXEgA9GAAAWUEQACF4EQB2eBEA0MkQAFRKDACUvQMAKnAQANFzEAAmdBAAbS8OAJVaEAB8chEA32QRAK8/EQC3lAkArz8RAK8/EQAK7gcAPRgAAJVaEAB8chEA6loQAFlBEAB6dRAArz8RAARAEQBZQBEAxNQRAKRKEQDOdREAKnAQAEC8AwB6dRAA6bcJAOK+CQAAAAAAdSQRAMokEQAAAAAAAAAAAC3JCQB31wYAVEoMAHp1EADWFxIA1hcSADNmEQC3SAAAenUQANYXEgDnXg8AenUQAPAOAQBOBQIAenUQAMZ9EQA9GAAAKnAQANFzEAAmdBAA1hcSAE4FAgDWFxIATgUCANYXEgDwDgEA6VoRAPAOAQBOBQIA1hcSAEwJAADpWhEATAkAABx9EQC3lAkA6VoRAAf2AgAAAAAA3HUDAJNbEQDcdQMA1hcSABx9EQDGJxIAenUQAMYnEgDWFxIAxicSACpwEADRcxAAJnQQANYXEgDxqg4A8A4BAGwuEABHDgAARw4AAGwuEADNeA8AHH0RAAf2AgBZQRAAIXgRAHZ4EQAqcBAA0XMQACZ0EABOBQIAY0UCANYXEgBOBQIA1hcSAHp1EACgThEATgUCAE4FAgDjwQUAa+AJAMTUEQB6dRAATAkAANYXEgDpWhEATgUCAPZOEABLTxAAVZoQAOdeDwArcwwAenUQALdIAADuuQIAt0gAAOgFEgDRcxAAJnQQAHp1EACAbhEACu4HANx1AwDYcAwAB/YCACTKEQB8chEAOMYBAE4FAgBHDgAAAAAAAJwCDAAAAAAAimQRANdsEQAsbREAgW0RANYXEgDoBRIA0XMQACZ0EABOBQIATAkAAKioBACoqAQAxNQRAE4FAgBZQRAATgUCAHp1EAAH9gIAenUQAJthAwBIphEASKYRAG0vDgB6dRAA1hcSAE4FAgCVWhAA6loQAOgFEgDRcxAAJnQQAOgFEgBOBQIACu4HANYXEgAK7gcA1m0RAOIRDAC3lAkATAkAAMTUEQD9qAQAAe0RAHeHAQBe9gAA1hcSAPZOEABLTxAAJXkMACTKEQDmuAsATgUCAGuDEQBOBQIA5rgLAESqEQAVhBEABpgMACDeAQBZQRAAIXgRAHZ4EQBOBQIA1hcSANYXEgDoBRIAdocCAHaHAgDoBRIA6AUSAAruBwBGVBAAm1QQAGWJEQDjYRAAWUEQACpwEADUcBAA7BECAPxMDADrvQEAlFsQAFlBEABlQgMAIN4BAGOXBQCUYgkA7wkHAEIRAgC3SAAA8rIFAAruBwDWFxIAzXgPANfBEQDpvgIAVVMCAOm+AgBVUwIABU4CAA87CwArGBIAQrsCANYXEgBMCQAATgUCADhiEACMHgAAZUIDAJgAEgBOBQIA1hcSAMTUEQDTGhIA/agEANYXEgAH9gIAB/YCAAf2AgAH9gIAenUQAHp1EADHfBEA1HAQAHV5EQBMCQAAt0gAAHaHAgDNeA8AWUEQACF4EQB2eBEAUFIIACpwEADRcxAAJnQQAPigEQBNoREADI4QAGGOEAAMjhAAYY4QACpwEABo6gIARKoRABWEEQAMkA4AlVoQAOpaEAAMkA4AnVUNAJVaEACDaxEA6AUSANJxEQDWFxIATgUCANkmAADZJgAAQhECANUoAgAcKRAASqQRADEXDQCpmhEATgUCANYXEgBOBQIAwYcMAAyNEQBIVQ0ATgUCAE4FAgBOBQIAf3MNAGGdAQBVSQwA9fgRACpwEABCEQIAl1wMAPX4EQAH9gIA9fgRAAf2AgB6dRAATgUCAE4FAgBEqhEAFYQRANYXEgCVWhAA6loQADq0EQCbrgsATgUCAE4FAgBOBQIAVZoQAE4FAgBMohEA9FIOAEcOAABblw0A9k4QAHp1EABZQRAAby8MAOa4CwCQCBIAAAAAAOa4CwAIlA4AL78RAAeVDgCEvxEAyNEQAM12EQDoBRIA1HAQAESqEQCfUg4AHCkQAMjREAAvvxEAyNEQAIS/EQDI0RAARKoRABWEEQAShxEAVQAAAKb7CAC3SAAAl1gQAEcOAABOBQIA5rgLABWEEQBOBQIA32QRAEpeAgA2uBEASfoRAJ76EQDcdQMAm64LAAruBwBOBQIATgUCAE4FAgDWFxIAdn0MAHZ9DAB2fQwAdn0MAEIRAgBCEQIAM74OAE4FAgCVWhAAfMcRAESqEQCc/BEATgUCAESqEQD0Ug4ATgUCAPGnEQA+sBEAlVoQAJOwEQBOBQIANbkRAIq5EQCm8hEA37kRAE4FAgBOBQIARKoRAPRSDgDxpxEAPrARAJVaEACTsBEATgUCAOcKDgBy0REAlVoQAOpaEADoBRIA1HAQAE4FAgAkyhEAxNQRAMTUEQBe9gAAJHURAMbSEQDOdREAdd4BAHZ9DAB2fQwAdn0MAHZ9DABOBQIANrgRAMx4EACUWxAA510QAJuuCwCsRQ4ACUoCAPH8EQCDaxEA8acRAHp1EADw/REAenUQAMTUEQAH9gIAMRcNADEXDQBOBQIAVEoMADW5EQCKuREACu4HAAruBwB9cw8AlVoQAOpaEABUSgwANbkRAIq5EQAK7gcACu4HAH1zDwBLoxEAoKMRAJVaEAB8chEAKHERAAAAAAB6dRAA1hcSAHp1EABo6gIAKnAQAESqEQDlYQ4AFi4RAHxyEQAK5BEA/fARAOgFEgDScREAB/YCAGsuEQA6tBEAwN8KANYXEgBiRgIAVQAAAPX4EQBEqhEA5WEOALdIAAAqcBAACu4HAE4FAgCVWhAA6loQAH1zDwAXMA4AB/YCAAf2AgBCvAEAQrwBAEK8AQBCvAEAB/YCAHp1EABCvAEATgUCAE4FAgBOBQIAAAAAAAAAAABEqhEAnPwRAJVaEADqWhAAfXMPAOldDgDWFxIARKoRAMDfCgDWFxIARKoRAJgAEgB6dRAATgUCAE4FAgDcdQMAPRgAAAruBwBrlAAATgUCADa4EQBJ+hEAnvoRAPP6EQBI+xEAnfsRAPL7EQAH9gIAlVoQAOpaEACgTxAANbkRAIq5EQB6dRAAlVoQAHxyEQCbqBEA6AUSANFzEABMThAAgScCAEqkEQBCARIAlwESAOwBEgBBAhIA6AUSANRwEAAfhAcA6AUSAHp1EAA+BRIAB/YCAM14DwAK7gcAKnAQAMTUEQDwDgEAFYQRANYXEgDwDgEAqZoRAPAOAQCpmhEA9k4QAIpkEQDwDgEATgUCAESqEQAVhBEAlVoQAOpaEACBJwIAtOQRALTkEQCBJwIAWUEQAFlBEABZQRAAhb8QAFlBEABZQRAAWUEQAFlBEAD2ThAAimQRAFlBEACFvxAAWUEQACB5EQBZQRAAIHkRAFlBEAAgeREAE4YRACB5EQBZQRAAIHkRAFlBEAAgeREAEIoQACB5EQBZQRAAIHkRALmLEAAOjBAAP1sQAE4FAgDE1BEATgUCAAf2AgB6dRAAPRgAAM14DwCUWxAAuokRANm/EQDZvxEAlFsQAOlbEADIhAgAfxkSAAf2AgAH9gIARw4AAEcOAAAcfhAAenUQAHXeAQBZQRAA1hcSABcwDgDQHRIAFzAOANYXEgBZQRAAbC4QANYXEgBsLhAAWUEQACF4EQBsLhAAIyASAHggEgBZQRAAB/YCAGyCEQB6dRAATgUCAE4FAgBOBQIAxicSAE4FAgBOBQIATgUCAMYnEgBOBQIAcoUIAMYnEgDWFxIAz8sPAE4FAgBOBQIAxicSAHp1EAC5ixAADowQAGOMEABZQRAA/lUBAPGnEQA+sBEATgUCAOgFEgDUcBAAlVoQAOpaEAA6tBEAd4cBAMEyDAAI5hEAAe0RAM14DwDaaREAimQRAChxEQBIVQ0AKnAQANJxEQBIVQ0A1hcSAMiECAAZgRAAxn0RAESqEQAVhBEAlVoQAHxyEQAK5BEA1hcSAGwuEACXXAwAPRgAANYXEgC3lAkAlVoQAOpaEAA6tBEALMYNABmBEACj9REAlVoQAHzHEQBEqhEAn1IOANYXEgA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAgAAgAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAAMAAAQAAIAAAIB0BAIQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAACAAAAAACAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAQMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAANAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAANAAAQAAIAAAIB0BAoQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAEQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQABIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAADAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAA"},"index":{"lists":[[12,13,96,98,99,100],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,73,74,76,77,78,79,80,81,82,83,84,85,86,87,91,92,93,94,96,98,99,100,104,109,110,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,251],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,46,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,69,73,74,76,77,78,79,80,81,82,83,84,85,86,87,90,91,92,93,94,96,98,99,100,104,109,110,116,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,191,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,240,241,242,251],[4,12,13,18,66,89,96,98,99,100,197,237,240,257],[12,13,18,96,98,99,100,128,129,130,243,244,245,246,247,248,249],[5,6,12,13,96,98,99,100,198],[12,13,65,67,96,98,99,100],[12,13,96,98,99,100,230,250],[9,12,13,78,96,98,99,100,109,110,135,136,163,164,230,235,236],[9,12,13,96,98,99,100,128,129,130],[9,12,13,64,71,76,79,83,84,96,98,99,100,120,128,129,130,131,148,167,168,170,174,182,184,190,192,193,194,195,206,214,215,216,223,251],[12,13,26,27,28,34,35,96,98,99,100,108,173,186,229],[12,13,96,98,99,100,132,263],[11,12,13,96,98,99,100],[1,9,12,13,18,19,96,98,99,100,128,129,130,157,158,175,217,221,222,251],[9,12,13,18,21,96,98,99,100,128,129,130,134,157,158,217,221,222,251],[9,12,13,16,17,18,43,96,98,99,100,128,129,130,157,158,198,217,221,222,234,251],[5,9,12,13,18,29,96,98,99,100,128,129,130,157,158,159,185,217,221,222,239,251],[0,2,8,9,10,12,13,14,16,18,32,33,36,37,93,96,98,99,100,128,129,130,151,157,158,159,169,172,198,200,217,218,221,222,225,228,231,251,252,255,258,259,262,264],[3,4,9,12,13,18,20,23,32,36,37,39,46,49,50,72,75,94,95,96,98,99,100,104,106,112,113,115,121,128,129,130,133,138,141,144,151,157,158,159,166,171,178,180,181,187,198,199,210,213,217,221,222,251,260,265],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,15,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251,256],[9,12,13,18,92,96,98,99,100,128,129,130,157,158,159,165,217,221,222,241,251,253,254],[9,12,13,18,87,95,96,98,99,100,107,111,122,128,129,130,153,157,158,166,202,217,221,222,241,251],[9,12,13,18,22,46,96,98,99,100,106,114,128,129,130,143,144,157,158,177,217,221,222,251],[8,9,12,13,18,38,70,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,14,18,22,52,96,98,99,100,128,129,130,143,157,158,217,221,222,251],[9,12,13,18,24,25,45,57,96,98,99,100,105,117,119,123,128,129,130,139,145,146,147,149,150,152,157,158,162,183,188,189,201,204,209,211,212,217,221,222,232,238,251],[9,12,13,17,18,19,60,96,97,98,99,100,128,129,130,157,158,217,221,222,251],[6,9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,22,96,98,99,100,128,129,130,157,158,217,221,222,251],[12,13,96,98,99,100,103,118,124,125,126,127,142,203,205,261],[12,13,68,96,98,99,100],[9,12,13,18,30,31,96,98,99,100,128,129,130,217,221,222,251],[12,13,40,96,98,99,100],[12,13,41,42,44,47,48,96,98,99,100],[12,13,51,55,56,58,96,98,99,100],[12,13,54,77,96,98,99,100],[12,13,54,96,98,99,100,101,102],[12,13,54,78,80,96,98,99,100],[12,13,54,96,98,99,100],[12,13,59,61,63,77,96,98,99,100,224],[12,13,62,96,98,99,100,161],[12,13,77,96,98,99,100,224],[12,13,78,80,86,96,98,99,100,242],[12,13,80,96,98,99,100],[12,13,85,91,96,98,99,100,224,242],[12,13,88,96,98,99,100,196],[12,13,96,98,99,100,160],[12,13,96,98,99,100,224],[12,13,96,98,99,100,242],[12,13,82,96,98,99,100,227],[4,12,13,18,82,96,98,99,100,227,237,240],[12,13,18,82,96,98,99,100,207,208,227],[5,6,12,13,82,96,98,99,100,198,227],[12,13,82,96,98,99,100,227,230],[9,12,13,78,82,96,98,99,100,109,110,227,230,235,236],[9,12,13,82,90,96,98,99,100,207,208,227],[9,12,13,64,69,73,74,76,79,81,82,83,84,96,98,99,100,167,168,179,190,191,194,195,207,208,227,251],[12,13,82,96,98,99,100,227,229],[1,7,9,12,13,18,19,82,96,98,99,100,207,208,217,219,220,221,222,227,233,251],[9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[9,12,13,16,17,18,43,82,96,98,99,100,198,207,208,217,219,220,221,222,227,234,251],[5,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[2,8,9,12,13,14,16,18,82,93,96,98,99,100,159,198,207,208,217,219,220,221,222,226,227,251],[4,9,12,13,18,46,49,50,82,94,96,98,99,100,104,137,141,159,198,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,176,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,15,18,82,96,98,99,100,116,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,92,96,98,99,100,159,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,82,87,96,98,99,100,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,46,82,96,98,99,100,143,207,208,217,219,220,221,222,227,251],[8,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,14,18,82,96,98,99,100,137,140,143,207,208,217,219,220,221,222,227,251],[9,12,13,18,57,82,96,98,99,100,137,162,189,207,208,212,217,219,220,221,222,227,251],[9,12,13,17,18,19,60,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[6,9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[12,13,68,82,96,98,99,100,227],[9,12,13,18,82,96,98,99,100,207,208,217,221,222,227,251],[12,13,40,82,96,98,99,100,227],[12,13,41,42,44,47,48,82,96,98,99,100,227],[12,13,55,56,58,82,96,98,99,100,227],[12,13,53,54,77,82,96,98,99,100,227],[12,13,54,82,96,98,99,100,227],[12,13,54,78,80,82,96,98,99,100,227],[12,13,59,61,63,77,82,96,98,99,100,154,224,227],[12,13,62,82,96,98,99,100,161,227],[12,13,77,82,96,98,99,100,224,227],[12,13,78,80,82,86,96,98,99,100,156,227,242],[12,13,80,82,96,98,99,100,227],[12,13,82,85,91,96,98,99,100,224,227,242],[12,13,82,96,98,99,100,155,227],[12,13,82,96,98,99,100,156,227],[12,13,82,96,98,99,100,160,227],[12,13,82,96,98,99,100,224,227],[12,13,82,96,98,99,100,227,242]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94,112,113],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,116,117,119,122,128],[5,6,12,13,65,67,68,69,75,122],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,123],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,118,121],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,115,120,126,128],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108,115],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,125],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91,114],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,116,117,127],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,124],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,25,26,27],[2],[1],[3,13,21,24],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    sharesDetailsOf: void 0,
    cancelledBy: void 0
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
function withCancelledByParent(judged) {
  return judged.map((j) => {
    const u = j.unit;
    const by = u.cancelledBy;
    if (by === void 0 || u.conflated || u.timedOut || j.outcome.kind !== "unexplained" || u.code + u.high + u.ambiguous + u.continuing + u.unexplained > 0) return j;
    const parent = judged.find((o) => o.unit === by);
    if (!parent || parent.unit.conflated || parent.unit.cancelledBy !== void 0 || !refusedForSure(parent)) return j;
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
var CANCELLED_MAX = 4096;
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
        if (this.cancelParent?.line === this.lineNumber && marker.dialect === NODE_TEST) {
          for (const child of this.cancelParent.children) if (child !== unit) child.cancelledBy = unit;
          this.cancelParent = void 0;
        }
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
