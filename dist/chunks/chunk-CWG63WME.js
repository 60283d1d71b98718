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
} from "./chunk-JTNANIGM.js";
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
} from "./chunk-Q4UZYHNO.js";
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
    if (kind === "module:ruby" && client !== void 0) return { kind: "infrastructure", confidence: "high", service: client };
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
var DERIVED = `{"prefilter":{"key":"rules 275\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"\\\\[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>[\\\\w.:-]{1,255}) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,43,52,54,57,58,152,161,195,207,208,234,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,438,440,441,442,443,444,445,446,449,450,451,453],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,123,50,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12360,"states":13950,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAABV+QYABgAAABc8AgAHAAAAb94HAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAAC/jAkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADcdQMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAAB/YCAB0AAAAAAAAAHgAAANIfDgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAA2ZBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAArUUNACkAAAAAAAAAKgAAAEK8AQArAAAAaOoCACwAAAAxzQEALQAAAHQrCwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAABUnA8AMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAB8IgwAPwAAABwtDABAAAAAW0APAEEAAADoXw0AQgAAAAAAAABDAAAAkmANAEQAAAAAAAAARQAAAHCCDQBGAAAAa4cNAEcAAACulREASAAAAPuhDQBJAAAARK4NAEoAAAAi0A0ASwAAAHfQDQBMAAAAzNANAE0AAABk4w0ATgAAAGDnDQBPAAAAMRYOAFAAAAAGlg4AUQAAAFuWDgBSAAAAAZsOAFMAAACqmw8AVAAAAP+bDwBXAAAAqgAAAFgAAAD4AwQAWgAAAIgYCgBbAAAAuEYBAF4AAAALnwAAYAAAAPinCgBhAAAAI9QIAGkAAAB9KwIAbAAAAFL/AwByAAAAFz4AAK0AAAD/AAAAtwAAAIwbAwC5AAAAx4ILAAIBAADoBxAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAAPQgQAP4IAACSCBAATgkAAMfVDQBUCQAAoQkAAGEJAABBXgsAZQkAACHRDQBoCQAAMxcLAKgJAAD2CQAArgkAAC9wCwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAADnCBAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAOFnDABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAkLcNAFUOAAC/lAEAVg4AAM8wAABYDgAAqlIDAFsOAAAi2wIAZA4AAG3kAwBnDgAAkbYNAKIOAADxDgAAqw4AAI0UCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAAPAkQAD4YAADTxw8APxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAABBCAwCUGAAAMc4AAJUYAABcmwgAmRgAABvaCgCaGAAA5xgAAJwYAAARQwEAnRgAAO1fCACfGAAA+FUHAKEYAAAtxwsAoxgAAJ4FBwCoGAAArk8CAKsYAAD2rQYA6BgAADwZAADqGAAALXcGAO0YAAC26AsAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAJEJEACSHgAA4R4AAJYeAAD0Uw0Aox4AAKb4CwD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAADUIGAOgfAAA1IAAAOCAAAEFjBgA8IAAAiiAAAEAgAABGCgUAQyAAAEywAwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAA5gkQANsmAAA5xQEA3iYAALo5DADiJgAA9FEPAOUmAAAuJwAA5yYAAKX8CABGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAAA7ChAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAACQChAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAADlChAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AAA6CxAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAOQLEAAzPgAAbD4AAHQ+AAA5DBAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAI4MEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAADjDBAAvEgAAMQ5AgC9SAAAazoFAL5IAAA4wAcAwkgAAAxJAADDSAAAJdAKAMVIAADnEgYAy0gAABBDAgASSQAAtTsPABhJAABhSQAAZ0kAAM+CAwBpSQAAOA0QAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAI0NEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAA4g0QAEthAACeYQAAoWEAAPNhAAD2YQAANw4QAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAACMDhAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAOEOEADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AAA2DxAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AACLDxAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAOAPEACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAADUQEACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAAihAQAM6HAADNzg4A0IcAAJLBAQDThwAAOW8CANSHAACcsQcA1YcAAJ5bBgDWhwAAOMcAANeHAACySwIA2ocAAEylDgDchwAAIogAAN6HAAAtdQgA44cAAHOGBgDkhwAAZjcNACyIAABHWgkAMYgAAHeIAACDiAAAzIgAAM2IAAA4xAMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAA3xAQAOWOAAA0ERAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAeyMMAHyPAAAd4QEAf48AACwdDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAADlugoAdZEAAMORAAB9kQAAfIADAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAAIkREABxlAAAwJQAAHOUAABP9BEAepQAAAmbBgB8lAAADO0GAH6UAACrUwEAh5QAAJYHDQDGlAAAFukAANiUAAAVlQAAF5UAAGqVAAAilQAAAKoAAC6VAABkmwAAeZUAAL+VAADOlQAAFJYAACCWAABplgAAbJYAAL6WAADBlgAAE5cAACuXAABolwAAb5cAAL2XAADJlwAAEpgAAB+YAABnmAAAdZgAALyYAADImAAAEZkAABiZAABmmQAAfpkAALuZAADHmQAAEJoAABaaAABlmgAAa5oAALqaAAC/mgAAD5sAABWbAAAzEhAAZpsAALmbAADAmwAADpwAACacAABjnAAAapwAALicAADRnAAADZ0AACWdAABinQAAbp0AALedAAC9nQAADJ4AABKeAABhngAAZp4AALaeAAC8ngAAiBIQACSfAABgnwAAcZ8AALWfAADDnwAACqAAABmgAABfoAAAZ6AAALSgAADUoAAACaEAABWhAABeoQAAcqEAALOhAAC7oQAACKIAAA6iAABdogAAaaIAALKiAAC8ogAAB6MAAA2jAABcowAAaqMAALGjAAC9owAABqQAACGkAABbpAAAXaQAALCkAADBpAAABaUAAA2lAABapQAAaKUAAK+lAACypQAABKYAAAymAABZpgAAZqYAAK6mAACzpgAAA6cAAA2nAABYpwAAYKcAAK2nAACvpwAAAqgAABOoAABXqAAAaKgAAKyoAACxqAAAAakAAAWpAABWqQAAYqkAAKupAACyqQAA3RIQAAWqAABVqgAAX6oAAKqqAADCqgAA/6oAAAKrAABUqwAAXasAAKmrAACqqwAA/qsAAP+rAABTrAAAWKwAAKisAACurAAA/awAAAetAABSrQAAXq0AAKetAACurQAA/K0AABSuAABRrgAAU64AAKauAACvrgAA+64AAAWvAABQrwAAW68AAKWvAAC9rwAA+q8AABCwAABPsAAAVLAAAKSwAACrsAAA+bAAAAWxAAAyExAAULEAAD6/AgBTsQAAzYYBAFexAACKbwYAWbEAACAtCABfsQAAo7EAAKWxAAAveQIAsbEAAPixAAAEsgAATbIAAAeyAABOqQgAWrIAAKKyAACssgAA97IAAPiyAADjtw8A/7IAAEyzAABTswAAobMAAGezAAD5rwEAprMAAPazAAACtAAAS7QAAE60AACgtAAAqLQAAPW0AAACtQAASrUAAE+1AACftQAAqbUAAPS1AAD8tQAASbYAAEy2AACetgAAp7YAAPO2AAD0tgAASLcAAEm3AACdtwAAorcAAPK3AAD4twAAR7gAAFG4AACcuAAApLgAAPG4AADzuAAARrkAAE+5AACbuQAApbkAAPC5AAD7uQAARboAAFG6AACaugAAp7oAAO+6AAD5ugAARLsAAFK7AACZuwAAqLsAAO67AADwuwAAQ7wAAE28AACYvAAAprwAAO28AADyvAAAQr0AAE+9AACXvQAAn70AAOy9AADtvQAAQb4AAEe+AACWvgAAm74AAOu+AAD1vgAAQL8AAEW/AACVvwAApL8AAOq/AADvvwAAP8AAAFDAAACUwAAAnMAAAOnAAADvwAAAPsEAAErBAACTwQAAsMEAAOjBAADxwQAAPcIAAEnCAACSwgAAlcIAAOfCAADxwgAAPMMAAEjDAACRwwAAmMMAAObDAADuwwAAO8QAAFTEAACQxAAApMQAAOXEAADtxAAAOsUAAD3FAACPxQAAm8UAAOTFAADqxQAAOcYAAFTGAACOxgAAmsYAAOPGAADpxgAAhxMQAELHAACNxwAAmMcAAOLHAADqxwAAe9kAAO7HAAA3yAAARMgAAIzIAACWyAAA4cgAAO/IAAA2yQAARckAAIvJAACNyQAA4MkAAOrJAAA1ygAAQ8oAAIrKAACPygAA38oAAOzKAAA0ywAAPMsAAInLAABEywAA1n0BAIrLAADeywAAjcsAAOhrAQCZywAABqMBAO/LAAAzzAAAPMwAAIjMAACfzAAA3cwAAOvMAAAyzQAAP80AAIfNAACPzQAA3M0AAPvNAADcExAAOs4AAIbOAACQzgAA284AAObOAAAxFBAAMs8AAIXPAACOzwAA2s8AAOTPAAAv0AAAOtAAAITQAACQ0AAA2dAAAObQAAAu0QAAONEAAIPRAACR0QAA2NEAAOfRAAAt0gAAL9IAAILSAACM0gAA19IAAOXSAAAs0wAAMdMAAIHTAACO0wAA1tMAAN7TAAAr1AAAMdQAAIDUAACM1AAA1dQAAPLUAAAq1QAAM9UAAH/VAACN1QAA1NUAANrVAAAp1gAANdYAAH7WAACF1gAAhhQQANXWAACCJgIA2dYAACjXAAAt1wAAfdcAADbXAAClqwQAitcAANLXAADp1wAAJ9gAACjYAAB82AAAftgAANHYAADU2AAAJtkAACnZAADbFBAAnNkAANDZAADR2QAAJdoAACfaAAB62gAAfdoAAM/aAADS2gAAMBUQACnbAAB52wAAf9sAAM7bAADV2wAAI9wAAEXcAAB43AAAgNwAAM3cAADc3AAAIt0AACTdAAB33QAAiN0AAMzdAADd3QAAId4AAC3eAAB23gAAfd4AAMveAADT3gAAIN8AACTfAAB13wAAg98AAMrfAADU3wAAH+AAACrgAAB04AAAeeAAAMngAADS4AAAHuEAACjhAABz4QAAe+EAAMjhAADK4QAAHeIAACriAABy4gAAhuIAAMfiAADP4gAAHOMAAB3jAABx4wAAc+MAAMbjAADJ4wAAG+QAAB7kAACFFRAAdeQAAMXkAADL5AAAGuUAACHlAABv5QAAd+UAAMTlAADT5QAAGeYAAB7mAABu5gAAe+YAAMPmAADT5gAAGOcAACbnAABt5wAAhOcAAMLnAADL5wAAF+gAAB3oAABs6AAAeOgAAMHoAADI6AAA2hUQABvpAADO2QIAHukAAGvpAAAj6QAAEeUJAHrpAADA6QAA0ekAABXqAAAj6gAAauoAAHbqAAC/6gAAzOoAABTrAAAe6wAAaesAAHHrAAC+6wAAwesAABPsAAAf7AAAaOwAAHXsAAC97AAAx+wAABLtAAAa7QAAZ+0AAGntAAC87QAAxe0AABHuAAAb7gAAZu4AAHHuAAC77gAA0O4AABDvAAAY7wAAZe8AAH7vAAC67wAAw+8AAA/wAAAZ8AAAZPAAAGzwAAC58AAAxvAAAA7xAAAT8QAAY/EAAGvxAAC48QAAufEAAA3yAAAP8gAAYvIAAGXyAAC38gAAuvIAAC8WEAAR8wAAYfMAAGfzAAC28wAAvfMAAAv0AAAT9AAAYPQAAG70AAC19AAAuPQAAAr1AAAS9QAAX/UAAGL1AAC09QAAwPUAAAn2AAAT9gAAhBYQAF/2AACdqg0AYPYAALP2AABh9gAAs0AMAGj2AADwrA0AafYAAO8LBQBt9gAAlhICAG72AABV9AsAgvYAAAj2AQC89gAACPcAABL3AABd9wAAaPcAALL3AAC+9wAAB/gAABT4AABc+AAAZvgAALH4AAC/+AAABvkAABX5AABb+QAAXfkAALD5AAC6+QAABfoAABP6AABa+gAAX/oAAK/6AAC8+gAABPsAABT7AABZ+wAAW/sAAK77AAC8+wAAA/wAABT8AADZFhAAX/wAAC4XEAC1/AAAgxcQAAv9AABX/QAAYf0AAKz9AAC3/QAAAf4AAA3+AABW/gAAY/4AAKv+AAC1/gAAAP8AAA7/AABV/wAAZP8AAKr/AACs/wAA//8AAAkAAQBUAAEAYgABAKkAAQCuAAEA/gABAAsBAQBTAQEAWwEBAKgBAQC4AQEA/QEBAP8BAQBSAgEAYAIBAKcCAQC4AgEA2BcQAAMDAQAtGBAAagMBAKYDAQC3AwEA+wMBAAcEAQBQBAEAWAQBAIIYEACqBAEA+gQBAAIFAQBPBQEAUQUBAKQFAQBUBQEAEpEHAF4FAQD+/AQArQUBAPkFAQCzBQEAtUAKAAMGAQBOBgEAWQYBAKMGAQCvBgEA+AYBAAUHAQBNBwEAVwcBAKIHAQCwBwEA9wcBAAYIAQBMCAEATggBAKEIAQCrCAEA9ggBAAIJAQBLCQEAUwkBANcYEACjCQEA9QkBAAMKAQBKCgEAVwoBAJ8KAQC2CgEA9AoBAPwKAQBJCwEAXwsBAJ4LAQCqCwEA8wsBAAIMAQBIDAEAUwwBAJ0MAQCfDAEA8gwBAP8MAQBHDQEAVQ0BAJwNAQCfDQEA8Q0BAAcOAQBGDgEATg4BAJsOAQCtDgEALBkQAPgOAQADTgQA/Q4BAHnPDAD/DgEARQ8BAEoPAQCaDwEAoQ8BAO8PAQD7DwEARBABAFEQAQCZEAEAmxABAO4QAQAEEQEAQxEBAE8RAQCYEQEAtxEBAO0RAQAJEgEAQhIBAEoSAQCBGRAAmRIBAOwSAQD1EgEAQRMBAEsTAQCWEwEAoRMBAOsTAQD3EwEAQBQBAE0UAQCVFAEAnxQBAOoUAQD4FAEAPxUBAE4VAQCUFQEAlhUBAOkVAQDzFQEAPhYBAEwWAQCTFgEAmBYBAOgWAQD1FgEAPRcBAE0XAQCSFwEAlBcBAOcXAQD1FwEAPBgBAE0YAQDWGRAAmBgBACsaEADoGAEAF44FAOsYAQA7GQEA7xgBANDYAQDyGAEAFeMHAPQYAQBMsgEA+hgBAN0dBQBCGQEAYD8LAEgZAQCQGQEApxkBAOUZAQDqGQEAOhoBAD0aAQCPGgEARBoBAAVKBgBWGgEApVQGAJQaAQAATwYAmxoBAOQaAQDqGgEALScBAPMaAQA5GwEAQhsBAI4bAQCUGwEA4xsBAPEbAQA4HAEAQhwBAI0cAQChHAEA4hwBAO4cAQA3HQEASh0BAIwdAQCbHQEA4R0BAO0dAQA2HgEANx4BAIseAQCVHgEA4B4BAO4eAQA1HwEAOh8BAIofAQCXHwEA1RoQAPIfAQA0IAEAQyABAIkgAQCVIAEA3iABAN8gAQAzIQEAPSEBAIghAQCWIQEA3SEBAOIhAQAyIgEAPyIBANQbEACJIgEA3CIBAOUiAQAxIwEAOyMBAIYjAQCRIwEA2yMBAOcjAQAwJAEAPSQBAIUkAQCPJAEA2iQBAOgkAQAvJQEAPiUBAIQlAQCGJQEA2SUBAOMlAQAuJgEAPCYBAIMmAQCQJgEA2CYBAO8mAQApHBAASCcBAIInAQCOJwEA1ycBAN0nAQAsKAEAOCgBAIEoAQCHKAEA1igBANwoAQArKQEAMCkBAIApAQCGKQEAfhwQAN4pAQAqKgEANCoBAH8qAQCKKgEA1CoBAOAqAQApKwEANisBAH4rAQCIKwEA0ysBAOErAQAoLAEANywBAH0sAQB/LAEA0iwBANwsAQAnLQEANS0BAHwtAQCBLQEA0S0BAN4tAQAmLgEALi4BAHsuAQCLLgEA0C4BANIuAQAlLwEAMy8BAHovAQCLLwEAfR0QANYvAQDSHRAAKjABAHkwAQCFMAEAzjABAN4wAQAjMQEALDEBAHgxAQB7MQEAzTEBANkxAQAiMgEAKTIBAHcyAQB/MgEAzDIBAOoyAQAhMwEAKTMBAHYzAQCHMwEAyzMBANAzAQAgNAEANzQBAHU0AQCDNAEAyjQBANc0AQAfNQEAJzUBAHQ1AQB4NQEAyTUBAMs1AQAeNgEAITYBAHM2AQB7NgEAyDYBAM42AQAdNwEAKTcBAHI3AQCCNwEAxzcBANA3AQAcOAEAHzgBAHE4AQB9OAEAxjgBAM04AQAnHhAAJDkBAHA5AQBzOQEAxTkBANM5AQAaOgEAJzoBAG86AQCGOgEAxDoBAMw6AQAZOwEAGzsBAG47AQB3OwEAwzsBAM07AQAYPAEAIzwBAG08AQB5PAEAwjwBAM88AQAXPQEAIT0BAGw9AQB6PQEAwT0BANA9AQAWPgEAGD4BAGs+AQB1PgEAwD4BAM4+AQAVPwEAGj8BAGo/AQB3PwEAvz8BAMc/AQAUQAEAKkABAGlAAQB1QAEAvkABAM1AAQATQQEAHkEBAGhBAQBqQQEAvUEBAMpBAQASQgEAIEIBAGdCAQBqQgEAvEIBANJCAQB8HhAAGUMBADYdAgAfQwEAxowCAClDAQBmQwEAaEMBALtDAQDMQwEAEEQBACFEAQBlRAEAakQBALpEAQC+RAEAD0UBABtFAQBkRQEAa0UBALlFAQDBRQEADkYBACxGAQBjRgEAa0YBANEeEAC9RgEADUcBAA5HAQCGwQ0AHEcBAD5gDAAmRwEAYkcBAGRHAQC3RwEA0EcBAAxIAQAdSAEAYUgBAG1IAQC2SAEAuEgBAAtJAQAUSQEAYEkBABpJAQAFTwEAakkBALVJAQDASQEACkoBABZKAQBfSgEAbEoBALRKAQC+SgEACUsBABdLAQBeSwEAbUsBALNLAQC1SwEACEwBABJMAQBdTAEAa0wBALJMAQC3TAEAB00BABRNAQBcTQEAaE0BALFNAQC3TQEABk4BAAxOAQBbTgEAYE4BALBOAQC2TgEAJh8QABRPAQBaTwEAZk8BAK9PAQCyTwEABFABAAdQAQBZUAEAYFABAK5QAQC6UAEAA1EBABBRAQBYUQEAZlEBAK1RAQC5UQEAAlIBAAlSAQB7HxAAXVIBAKxSAQCyUgEAAVMBAAZTAQBWUwEAXFMBANAfEACsUwEA9wYCALVTAQDB3QsAt1MBAPn2DwC5UwEAO2MMALpTAQAAVAEADFQBAFVUAQBWVAEAqlQBAGFUAQDWcgwAtFQBAP9UAQANVQEAVFUBAFlVAQCpVQEAtlUBACUgEAAAVgEAyCsMAAxWAQAqHwwAIVYBAHogEAB5VgEAqFYBAM9WAQD9VgEAIVcBAFJXAQBaVwEAzyAQALNXAQD8VwEA/lcBAFFYAQBUWAEAplgBAKtYAQD7WAEACFkBAFBZAQBsWQEApVkBAK1ZAQAkIRAAA1oBAE9aAQAHWgEARWQBAFJaAQCkWgEAsFoBAPlaAQD/WgEATlsBAFtbAQCjWwEApVsBAPhbAQAOXAEATVwBAFlcAQCiXAEAqlwBAHkhEAD9XAEATF0BAFRdAQChXQEAol0BAPZdAQD4XQEAS14BAE5eAQCgXgEAo14BAM4hEAD6XgEASl8BAFBfAQCfXwEApl8BAPRfAQD8XwEASWABAFZgAQCeYAEAo2ABAPNgAQD9YAEASGEBAFBhAQCdYQEAn2EBAPJhAQADYgEAR2IBAFhiAQCcYgEAoWIBAPFiAQD1YgEARmMBAFJjAQCbYwEAomMBAPBjAQACZAEAIyIQAEpkAQCaZAEAomQBAO9kAQDxZAEARGUBAFNlAQCZZQEAqGUBAO5lAQD6ZQEAQ2YBAEZmAQCYZgEAm2YBAO1mAQD1ZgEAQmcBAExnAQCXZwEAnGcBAOxnAQD0ZwEAQWgBAEtoAQCWaAEAoWgBAOtoAQD5aAEAQGkBAENpAQCVaQEAnWkBAOppAQAFagEAP2oBAEpqAQCUagEAmWoBAOlqAQDsagEAPmsBAEhrAQCTawEApWsBAHgiEAD2awEAPWwBAEdsAQCSbAEAnWwBAOdsAQDvbAEAPG0BAEJtAQCRbQEAk20BAOZtAQD/bQEAO24BAFRuAQCQbgEAnm4BAOVuAQDvbgEAOm8BAFBvAQCPbwEArG8BAORvAQDsbwEAOXABAElwAQCOcAEAkHABAONwAQDxcAEAOHEBAElxAQDNIhAAlHEBACIjEADjcQEAN3IBAEhyAQCMcgEAmHIBAOFyAQDjcgEANnMBADlzAQCLcwEAl3MBAOBzAQDocwEAzCMQAEB0AQCKdAEAlnQBAN90AQDudAEANHUBAFR1AQCJdQEAkXUBAN51AQDydQEAM3YBADh2AQCIdgEAkXYBAN12AQDjdgEAMncBADp3AQCHdwEAlncBANx3AQDhdwEAMXgBAD54AQCGeAEAk3gBANt4AQDneAEAMHkBAD95AQCFeQEAj3kBANp5AQDoeQEAL3oBADR6AQCEegEAkXoBANl6AQDhegEALnsBADF7AQCDewEAj3sBANh7AQDiewEALXwBADd8AQCCfAEAkHwBANd8AQDkfAEALH0BAEN9AQCBfQEAhH0BACEkEADYfQEAK34BADl+AQCAfgEAkX4BAHYkEADcfgEAyyQQAEl/AQB/fwEAj38BANR/AQDWfwEAKYABADeAAQB+gAEAj4ABACAlEADagAEAdSUQAC2BAQB9gQEAhYEBANKBAQDUgQEAJ4IBADCCAQB8ggEAhoIBANGCAQDcggEAJoMBADKDAQB7gwEAiIMBANCDAQDagwEAJYQBADOEAQB6hAEAiYQBAM+EAQDRhAEAJIUBAC6FAQB5hQEAhYUBAM6FAQDWhQEAHyYQACiGAQB4hgEAgIYBAHQmEADUhgEAIocBANaGAQCA0QMA2oYBAKKwAgDehgEAo08NAOOGAQB/1AEALocBAHeHAQCThwEAOrcOAJ+HAQDMhwEA8ocBACGIAQBKiAEAdogBAJyIAQDLiAEA8YgBACCJAQAoiQEAdYkBAJ+JAQDKiQEA44kBAB+KAQAhigEAdIoBAHuKAQDJigEA0YoBAB6LAQAtiwEAc4sBAHmLAQDIiwEA1IsBAB2MAQAkjAEAcowBAH6MAQDHjAEA1IwBAByNAQAmjQEAcY0BAH+NAQDGjQEAyI0BABuOAQAsjgEAcI4BAHOOAQDFjgEA8I4BAMkmEAAdjwEAzdkDACSPAQCq+gUAJ48BAG+PAQAqjwEApaMMACuPAQBjmgIAMI8BAB00BAB2jwEAnWACAHmPAQD4WQMAfo8BAGKPDgCKjwEAxI8BAMaPAQAZkAEAKpABAG6QAQB8kAEAw5ABAMqQAQAYkQEAGpEBAG2RAQAdkQEAKn4CACCRAQBRrQEAfJEBAMKRAQDRkQEAF5IBACOSAQBskgEAb5IBAMGSAQDEkgEAFpMBADaTAQBrkwEAd5MBAMCTAQDUkwEAFZQBACOUAQBqlAEAcZQBAB4nEADWlAEAFJUBABaVAQCg/gsAF5UBAKH9CwAhlQEAaZUBAGuVAQC+lQEAyJUBABOWAQDPlQEARwIMAByWAQBolgEAbpYBAL2WAQDJlgEAEpcBABmXAQBnlwEAbJcBALyXAQDIlwEAEZgBABSYAQBmmAEAc5gBALuYAQDAmAEAEJkBABqZAQBlmQEAe5kBALqZAQC8mQEAD5oBABmaAQBkmgEAc5oBALmaAQDEmgEAcycQABqbAQBjmwEAcJsBALibAQDGmwEADZwBABmcAQBinAEAaZwBAMgnEAC8nAEADJ0BAMOcAQCZVw8AxZwBAG05BAAOnQEAWqIDABGdAQBj5woAG50BAGs0CwAjnQEAYZ0BAG+dAQC2nQEAw50BAAueAQATngEAYJ4BAGqeAQBsjAcAcJ4BALWeAQC3ngEACp8BABifAQBfnwEAcJ8BAB0oEAC7nwEAcigQAA6gAQBeoAEAZKABALOgAQC7oAEACKEBABGhAQBdoQEAYKEBALKhAQC+oQEAB6IBAA2iAQBcogEAZKIBALGiAQDQogEAHCkQAAijAQBbowEAaaMBALCjAQDBowEAcSkQAAykAQDGKRAAX6QBAK+kAQC1pAEABKUBAAylAQBZpQEAYqUBAK6lAQCxpQEAA6YBAA+mAQBYpgEAXqYBAHAqEACvpgEAAqcBAAunAQBXpwEAYacBAKynAQC3pwEAAagBAA2oAQBWqAEAY6gBAKuoAQC1qAEAAKkBAA6pAQBVqQEAZKkBAKqpAQCsqQEA/6kBAAmqAQBUqgEAYqoBAKmqAQCuqgEA/qoBAAurAQBTqwEAW6sBAKirAQC4qwEA/asBAP+rAQBSrAEAYKwBAKesAQC4rAEAxSoQAAOtAQAaKxAAWq0BAKatAQCprQEA+60BAAeuAQBQrgEAVq4BAKWuAQCyrgEA+q4BAPyuAQBPrwEAZa8BAKSvAQCwrwEAbysQAAWwAQBOsAEAVLABAKOwAQCmsAEA+LABAAaxAQBNsQEAUrEBAKKxAQCvsQEA97EBAP+xAQDEKxAAWbIBAKGyAQCvsgEA9rIBAAyzAQBLswEAVLMBAKCzAQC2swEA9bMBAP2zAQBKtAEATbQBAJ+0AQCotAEA9LQBAPW0AQBJtQEASrUBAJ61AQCjtQEA87UBAPm1AQBItgEAUrYBAJ22AQCptgEA8rYBAPm2AQBHtwEAT7cBAJy3AQCetwEA8bcBAPK3AQBGuAEAVLgBAJu4AQCjuAEA8LgBAAu5AQBFuQEAUbkBAJq5AQCguQEA77kBAPK5AQBEugEAUroBAJm6AQCeugEA7roBAPu6AQBDuwEAS7sBAJi7AQCmuwEA7bsBAPC7AQAZLBAARbwBAJe8AQBGvAEA67UJAE68AQCmpQkAULwBAEdVDgBVvAEAG4EOAJq8AQDsvAEA/bwBAEG9AQBdvQEAlr0BAJ69AQBuLBAA/L0BAEC+AQBIvgEAlb4BAJu+AQDqvgEA774BAD+/AQBIvwEAlL8BAJ6/AQDpvwEA978BAD7AAQBLwAEAk8ABAJ/AAQDowAEA68ABAD3BAQBZwQEAwywQAJXBAQDnwQEApsEBAIocBADzwQEAPMIBAELCAQCRwgEAm8IBABgtEADrwgEAO8MBAEjDAQCQwwEAmMMBALs0EACcwwEA5cMBAKDDAQCJygEArMMBAEEHDQDrwwEAOsQBAEDEAQCPxAEAlMQBAOTEAQDqxAEAbS0QAEPFAQCf/wsAR8UBAI7FAQCfxQEAwi0QAOrFAQAXLhAAQMYBAGwuEACbxgEA4sYBAOnGAQA3xwEAP8cBAIzHAQCZxwEA4ccBAObHAQA2yAEAQMgBAIvIAQCTyAEA4MgBAObIAQA1yQEAN8kBAIrJAQCYyQEA38kBAOLJAQA0ygEAQMoBAMEuEACLygEA3soBAOzKAQAzywEARMsBABYvEACPywEAay8QAOPLAQAyzAEAOMwBAIfMAQCMzAEA3MwBAOLMAQDALxAAM80BAIbNAQA6zQEAdyUOAD3NAQA5wQUAoc0BANvNAQDdzQEAMM4BAErOAQCFzgEAks4BAOe5CQCWzgEA2s4BANzOAQAvzwEAPM8BAITPAQCbzwEA2c8BAPPPAQAu0AEAMNABAIPQAQA00AEAhhcNAIbQAQDY0AEA29ABAC3RAQA50QEAgtEBAIjRAQDX0QEA4dEBABUwEAAx0gEAgdIBAI7SAQDW0gEA4tIBACvTAQAx0wEAgNMBAIbTAQDV0wEA2tMBACrUAQAw1AEAajAQAIDUAQDU1AEAldQBABHqBADW1AEAKdUBAOLUAQAY5QIAL9UBAH7VAQCM1QEA09UBANbVAQAo1gEALdYBAH3WAQCK1gEA0tYBAOLWAQAn1wEAKdcBAHzXAQCK1wEA0dcBAOLXAQC/MBAALNgBAHvYAQCH2AEAFDEQAOHYAQAl2QEAL9kBAHrZAQCI2QEAz9kBANDZAQAk2gEANdoBAHnaAQCF2gEAztoBAN7aAQAj2wEAJdsBAHjbAQCG2wEAzdsBAN7bAQBpMRAAKNwBAHfcAQCD3AEAvjEQANLcAQAh3QEAJ90BAHbdAQB73QEAy90BANHdAQBoMhAAKN4BAHXeAQB/3gEA1XEOAI7eAQDK3gEA094BAB/fAQAp3wEAdN8BAHzfAQDJ3wEAzd8BAB7gAQAg4AEAc+ABAHbgAQDI4AEA5OABAL0yEAAw4QEAcuEBAHPhAQDH4QEA0+EBABziAQAr4gEAceIBAHviAQDG4gEA0uIBABvjAQAi4wEAEjMQAHbjAQAHlwwAg+MBAMXjAQDU4wEAGuQBACbkAQBv5AEAcOQBAMTkAQDO5AEAGeUBACflAQBu5QEAc+UBAMPlAQDQ5QEAvDMQACDmAQBt5gEAeeYBAMLmAQDV5gEAF+cBABjnAQBs5wEAeOcBAMHnAQDQ5wEAFugBACDoAQBr6AEAd+gBAMDoAQDH6AEAETQQACbpAQBq6QEAdukBAL/pAQDP6QEAFOoBAB7qAQBp6gEAceoBAL7qAQDm6gEAE+sBAOzqAQC57wEAO+sBAGjrAQBw6wEAvesBAMPrAQAS7AEAIOwBAGfsAQB+7AEAvOwBAMfsAQAR7QEAG+0BAGbtAQCT7QEAu+0BAMPtAQAQ7gEAIO4BAGXuAQBn7gEAuu4BAMjuAQAP7wEAIO8BABA1EABr7wEAZTUQAOHvAQAO8AEAFvABAGPwAQBp8AEAuPABAMbwAQAN8QEAJPEBAGLxAQBt8QEAt/EBAMHxAQAM8gEAOfIBAGHyAQBp8gEAtvIBAMbyAQAL8wEADfMBAGDzAQBu8wEAtfMBAMbzAQC6NRAAEfQBAA82EABh9AEAtPQBAML0AQAJ9QEAGvUBAGQ2EABl9QEAuTYQALv1AQAONxAAEPYBAGM3EABf9gEAsvYBAMD2AQAH9wEAGPcBALg3EABi9wEAsfcBAL33AQANOBAAD/gBAFv4AQBo+AEAsPgBAL74AQAF+QEAD/kBAFr5AQB0+QEAr/kBALL5AQAE+gEAC/oBAFn6AQB5+gEArvoBAMj6AQBiOBAAEPsBAFj7AQAU+wEAAFMCABn7AQCoqgIAZvsBAK37AQC3+wEAAvwBABz8AQBX/AEAZ/wBAKz8AQCy/AEAAf0BAAP9AQBW/QEAbP0BAKv9AQC3/QEAAP4BAAT+AQBV/gEAWv4BAKr+AQCw/gEA//4BAB//AQBU/wEAbv8BAKn/AQCr/wEA/v8BAAEAAgBTAAIAVgACAKgAAgC0AAIA/QACAAMBAgBSAQIAXAECALc4EACsAQIA/AECAAkCAgBRAgIAXQICAKYCAgC5AgIA+wICAAoDAgBQAwIAXAMCAKUDAgCmAwIA+gMCAAQEAgBPBAIAXQQCAKQEAgCpBAIA+QQCAAYFAgAMORAATwUCACF+CwBQBQIAYT0MAFEFAgBUpAcAUwUCAPKpDgBUBQIA2HMJAFUFAgAbLgwAWAUCAEFcDQBZBQIAFjMMAFoFAgDWHgsAWwUCAHHYCwBcBQIAoagLAF0FAgDKhQUAXgUCAKMFAgBmBQIAFIURAGgFAgCh+w0AagUCAAw6DwBxBQIAPLIRAHYFAgCVBw4AkAUCAD1gDQCVBQIATqARAKUFAgD4BQIAtAUCANPJDQAGBgIATQYCAF4GAgBhORAAqQYCALY5EAADBwIATAcCAFsHAgChBwIAqwcCAPYHAgACCAIASwgCABkIAgCOuQ0AUggCAGA6EACiCAIA9QgCAAYJAgBKCQIAUwkCAJ8JAgCrCQIA9AkCAPcJAgBJCgIAUQoCAJ4KAgCoCgIA8woCAPgKAgBICwIAUAsCAJ0LAgC2CwIA8gsCAP4LAgBHDAIATwwCAAo7EACkDAIAXzsQAPQMAgBGDQIASQ0CAJsNAgCnDQIA8A0CAPYNAgBFDgIATw4CALQ7EACfDgIA7w4CAPwOAgBEDwIATA8CAAk8EACfDwIA7g8CAPQPAgBDEAIASBACAJgQAgCeEAIAXjwQAPUQAgCzPBAARBECANTLCgBHEQIAlxECAE4RAgBxhAoAoRECAOwRAgCmEQIA6WMIAPQRAgAAngwACBICAEESAgBJEgIACD0QAJsSAgDrEgIAARMCAEATAgBBEwIAlRMCAJcTAgDqEwIA8BMCAD8UAgBLFAIAlBQCAJsUAgDpFAIA8RQCAD4VAgBHFQIAkxUCAJYVAgDoFQIA9hUCAD0WAgBKFgIAkhYCAKkWAgDnFgIA7xYCADwXAgBIFwIAOxgCAGQXAgCRFwIAuRcCAOYXAgAKGAIAXT0QAFgYAgCQGAIAmRgCAI8ZAgChGAIA5RgCABUZAgA6GQIAXhkCALI9EACRGQIA5BkCAPUZAgA5GgIAaRoCAI4aAgCyGgIABz4QAOkaAgAYjAYA7BoCADgbAgDvGgIA3L8OAEIbAgCNGwIARRsCABCUBgBGGwIAKXMOAJUbAgDiGwIA5hsCADccAgA5HAIAjBwCAI8cAgDhHAIA/RwCAFw+EAA7HQIAihQMAEAdAgDAiAwAQh0CAIsdAgBGHQIA3xULAKgdAgDgHQIA6R0CADUeAgA3HgIAih4CAJseAgCxPhAA5B4CADQfAgA9HwIAiR8CAJofAgDeHwIA5R8CADMgAgA7IAIAiCACAE0gAgBnQQIAlSACADIhAgCXIAIAhiICAKEgAgDdIAIA6SACAAY/EAA3IQIAhyECAJEhAgDcIQIA5CECAFs/EAA9IgIAsD8QAIsiAgDbIgIA6CICADAjAgA6IwIAhSMCAIcjAgDaIwIA6CMCAC8kAgA8JAIABUAQAIkkAgDZJAIA5iQCAC4lAgA4JQIAgyUCAIUlAgDYJQIA5iUCAC0mAgA6JgIAWkAQAIUmAgD5TQ4AiCYCAK+XDgCPJgIA1yYCAOEmAgCvQBAANCcCAIEnAgCDJwIAtJIOAI4nAgA4bQUAmCcCANYnAgCaJwIAyYgDANsnAgArKAIANSgCAIAoAgCIKAIABEEQAN8oAgAqKQIANikCAH8pAgCCKQIA1CkCAN4pAgApKgIAQyoCAH4qAgCVKgIA0yoCANgqAgAoKwIARCsCAFlBEACHKwIA0isCAI4rAgCNFQgA3isCACcsAgAqLAIAfCwCAIYsAgDRLAIA6ywCACYtAgAsLQIAey0CAH0tAgDQLQIA3i0CACUuAgAoLgIAei4CAIYuAgDPLgIA0i4CACQvAgBHLwIArkEQAHsvAgDOLwIA3C8CACMwAgAmMAIAeDACAIQwAgDNMAIA0DACAANCEAAtMQIAdzECAH0xAgDMMQIA0TECACEyAgAlMgIAdjICAHkyAgBYQhAAzDICAGI7DQDOMgIAcygPANEyAgAgMwIA1DICACUhDwDVMgIAxjcCANcyAgDjDQ8A2TICAEAGDwDaMgIAhxQPANsyAgC/MQ8A4jICAOATDADlMgIATPsNACwzAgB1MwIAoTMCAMozAgDWMwIAHzQCAC40AgB0NAIAfjQCAMk0AgDMNAIAHjUCADg1AgBzNQIAfTUCAMg1AgDNNQIAHTYCACc2AgByNgIAfTYCAMc2AgDNNgIAHDcCACE3AgBxNwIAdTcCAK1CEADLNwIAGzgCANQ3AgCAGw8AJTgCAHA4AgB7OAIAxTgCAMs4AgAaOQIAHzkCAG85AgBzOQIAAkMQAMk5AgAxzAIAyzkCADu3DQDMOQIAY5AMAM45AgDBhQ4A3jkCABk6AgAjOgIAbjoCAHk6AgDDOgIAyToCABg7AgAdOwIAbTsCAHE7AgDCOwIA5TsCAFdDEAAZPAIAbDwCABo8AgAB8wsAHDwCALRCCQAgPAIAq54LACM8AgBjRQIAJTwCALCWDgB5PAIA5mwCAHo8AgDBPAIAxDwCABY9AgAiPQIAaz0CAIM9AgDAPQIAzD0CABU+AgAbPgIAaj4CAHA+AgC/PgIAxD4CABQ/AgAaPwIArEMQAHM/AgC+PwIAyT8CABNAAgAZQAIAaEACAG1AAgC9QAIAwUACABJBAgAVQQIAAUQQAHFBAgC8QQIAx0ECABFCAgAXQgIAZkICAGtCAgC7QgIAv0ICAFZEEAARQwIAZUMCAHFDAgC6QwIAxkMCAA9EAgAVRAIAZEQCAGpEAgC5RAIAvkQCAA5FAgAURQIAq0QQAGVFAgCtogUAakUCAEiyBQByRQIAz4MCAHNFAgC4RQIAxEUCAA1GAgATRgIAYkYCAG5GAgC3RgIAxEYCAAxHAgAbRwIAYUcCAG1HAgC2RwIAwkcCAAtIAgARSAIAYEgCAGZIAgC1SAIAukgCAApJAgAQSQIAAEUQAGlJAgBojwgAdUkCALRJAgB4SQIAJnsJAMBJAgAJSgIAEUoCACcdEQAVSgIAXkoCAGRKAgCzSgIAuUoCAAhLAgANSwIAXUsCAGNLAgBVRRAAuksCAMCDEQC8SwIAB0wCAA1MAgBcTAIAE0wCACwmAwBqTAIAsUwCAMpMAgAGTQIAD00CAFtNAgBlTQIAsE0CALxNAgAFTgIAEU4CAFpOAgBgTgIAr04CALVOAgAETwIACU8CAFlPAgBfTwIAqkUQALpPAgADUAIADVACAFhQAgBjUAIArVACALJQAgACUQIACVECAFdRAgBjUQIArFECALJRAgABUgIAB1ICAFZSAgBbUgIAq1ICALFSAgD/RRAAEVMCAFVTAgBWUwIAqlMCAFtTAgClWAIAr1MCAP9TAgANVAIAVFQCAGFUAgCpVAIAs1QCAP5UAgAKVQIAU1UCAFlVAgCoVQIAtFUCAP1VAgAQVgIAUlYCAGFWAgCnVgIAs1YCAPxWAgD9VgIAUVcCAFtXAgCmVwIAtFcCAPtXAgAAWAIAUFgCAF1YAgBURhAAsVgCAPpYAgAKWQIAT1kCAFtZAgCkWQIAqlkCAPlZAgAFWgIATloCAFtaAgCjWgIAsloCAPhaAgAEWwIATVsCAFlbAgCiWwIAtVsCAPdbAgAGXAIATFwCAFhcAgChXAIAolwCAPZcAgAAXQIAS10CAFldAgCgXQIApV0CAPVdAgACXgIAqUYQAExeAgDxsgYAVl4CAJ9eAgBXXgIAfHkKAFheAgCaBAwAs14CAPReAgAAXwIASV8CAE9fAgCeXwIApF8CAPNfAgD4XwIASGACAE5gAgD+RhAAqWACAPJgAgD/YAIAH94CAAVhAgBHYQIATGECAOByAgBPYQIAhyADAFNhAgCcYQIAomECAPFhAgD3YQIARmICAEtiAgCbYgIAoWICAFNHEAD8YgIARWMCAEtjAgCaYwIAn2MCAO9jAgD2YwIARGQCAFJkAgCZZAIAtGQCAO5kAgD8ZAIAQ2UCAEZlAgCYZQIApmUCAO1lAgDyZQIAQmYCAE9mAgCXZgIAo2YCAOxmAgDyZgIAQWcCAEdnAgCWZwIAm2cCAOtnAgDxZwIAqEcQAEVoAgCVaAIAnmgCAOpoAgD3aAIAP2kCAEZpAgCUaQIApWkCAOlpAgDuaQIAPmoCAE1qAgCTagIAlWoCAOhqAgD5agIAPWsCAElrAgCSawIAmGsCAOdrAgDtawIAPGwCAEFsAgCRbAIAl2wCAP1HEAD9bAIAO20CAEdtAgCQbQIAnG0CAOVtAgDrbQIAOm4CAEBuAgCPbgIAlG4CAORuAgDqbgIAUkgQAD9vAgCxoQIAUG8CAI5vAgCXbwIA428CAPlvAgA4cAIARHACAI1wAgCacAIA4nACAOxwAgA3cQIAQ3ECAIxxAgCScQIA4XECAOdxAgA2cgIAO3ICAItyAgCRcgIAp0gQAOlyAgA1cwIAP3MCAIpzAgCPcwIA33MCAO9zAgA0dAIATXQCAIl0AgCOdAIA3nQCAOd0AgAzdQIAQHUCAIh1AgCPdQIA3XUCAOB1AgAydgIAPnYCAId2AgCadgIA3HYCAOt2AgAxdwIAPXcCAIZ3AgCHdwIA23cCAOV3AgAweAIAPngCAIV4AgCKeAIA2ngCAOd4AgD8SBAAMnkCAIR5AgCHeQIA2XkCAOZ5AgDdwQsA6HkCAC56AgAwegIAg3oCAIZ6AgDYegIA4noCAC17AgA5ewIAgnsCAJV7AgDXewIA5nsCACx8AgA4fAIAgXwCAIJ8AgDWfAIA4HwCACt9AgA5fQIAgH0CAIV9AgDVfQIA4n0CAFFJEAArfgIAf34CAIt+AgDUfgIA2n4CACl/AgArfwIAfn8CAIh/AgDTfwIA4X8CACiAAgAtgAIAfYACAIqAAgDSgAIA3oACACeBAgA6gQIAfIECAIuBAgDRgQIA3YECACaCAgAnggIAe4ICAIWCAgDQggIA3oICACWDAgAqgwIAeoMCAIeDAgCmSRAA2IMCACSEAgDbgwIABpgMACqEAgB5hAIAfIQCAM6EAgDchAIAI4UCACiFAgB4hQIAhYUCAM2FAgDZhQIAIoYCACiGAgB3hgIAfYYCAMyGAgDRhgIAIYcCACeHAgD7SRAAeIcCAMuHAgB9hwIAyX4NANqHAgAgiAIAQIgCAHWIAgB6iAIAyogCAOWIAgAfiQIAK4kCAHSJAgB6iQIAyYkCANmJAgAeigIAL4oCAHOKAgB4igIAyIoCAMyKAgAdiwIAKYsCAHKLAgB4iwIAx4sCAM2LAgAcjAIAIYwCAHGMAgB3jAIAUEoQANWMAgCsmg4A3IwCABuNAgAcjQIAcI0CAIGNAgDFjQIA0Y0CABqOAgAwjgIAb44CAHuOAgDEjgIA0Y4CABmPAgAjjwIAbo8CAHqPAgDDjwIAyo8CABiQAgAkkAIAbZACAHOQAgDCkAIAyJACABeRAgAckQIAbJECAHKRAgClShAAw5ECACvGDgDKkQIAFpICABeSAgBrkgIAbJICAMCSAgDFkgIAFZMCABuTAgBqkwIAdJMCAL+TAgDLkwIAFJQCABuUAgBplAIAbpQCAL6UAgC/lAIAE5UCAB+VAgBolQIAbpUCAL2VAgC/lQIAEpYCAByWAgBnlgIAdZYCALyWAgDBlgIAEZcCAB6XAgBmlwIAcpcCALuXAgDOlwIAEJgCAB+YAgBlmAIAcZgCALqYAgC7mAIAD5kCABmZAgBkmQIAcpkCALmZAgC+mQIADpoCABuaAgD6ShAAdJoCALiaAgDEmgIADZsCACSbAgBimwIAZJsCALebAgDImwIADJwCAA6cAgBhnAIAZ5wCALacAgDNnAIAC50CABSdAgBgnQIAdp0CALWdAgDBnQIACp4CABeeAgBfngIAaZ4CALSeAgDAngIACZ8CAByfAgBenwIAbZ8CALOfAgC/nwIACKACAAmgAgBdoAIAZ6ACALKgAgDAoAIAB6ECAAyhAgBcoQIAaaECAE9LEACzoQIABqICABqiAgBbogIAaaICALCiAgC9ogIABaMCAAyjAgBaowIAZqMCAK+jAgDCowIABKQCAAmkAgBZpAIAYqQCAK6kAgC4pAIAA6UCAAilAgBYpQIAaKUCAK2lAgDGpQIAAqYCAAemAgBXpgIAYKYCAKymAgC5pgIAAacCAAinAgBWpwIAWacCAKunAgC3pwIAAKgCABOoAgBVqAIAZKgCAKqoAgC2qAIA/6gCAACpAgBUqQIAXqkCAKmpAgC3qQIA/qkCAAOqAgBTqgIAYKoCAKRLEADBqgIA/aoCAAmrAgBSqwIAWKsCAKerAgC3qwIA/KsCAAGsAgBRrAIAV6wCAKasAgC8rAIA+6wCAP2sAgBQrQIAWq0CAKWtAgCxrQIA+q0CAA2uAgBPrgIAXq4CAKSuAgCwrgIA+a4CAPquAgBOrwIAWK8CAKOvAgCxrwIA+K8CAP2vAgBNsAIAWrACAPlLEAClsAIA5WINAKywAgBg5g4ArrACAMjYCQCvsAIAQroDALGwAgD3sAIAALECAEyxAgBSsQIAobECAKexAgD2sQIAArICAEuyAgBYsgIAoLICAKqyAgD1sgIAC7MCAEqzAgBPswIAn7MCAKazAgD0swIAArQCAEm0AgBZtAIAnrQCAKy0AgDztAIAArUCAEi1AgBKtQIAnbUCAKe1AgDytQIAALYCAEe2AgBMtgIAnLYCAKm2AgDxtgIA/bYCAEa3AgBZtwIAm7cCAKq3AgDwtwIA/LcCAEW4AgBGuAIAmrgCAKS4AgDvuAIA/bgCAES5AgBJuQIAmbkCAKa5AgBOTBAA8LkCAEO6AgD6uQIAe9AJAFS6AgCYugIAoboCAO26AgD5ugIAQrsCAEq7AgAjdhEATrsCAJe7AgCduwIA7LsCAPK7AgBBvAIARrwCAJa8AgCcvAIAo0wQAPe8AgBAvQIAUL0CAJW9AgCjvQIA6r0CAPe9AgA/vgIAS74CAJS+AgCbvgIA6b4CAPG+AgD4TBAAR78CAOdeDwBLvwIAKNUCAE+/AgCTvwIApL8CAOi/AgDwvwIAPcACAPS/AgBs3AwAR8ACAJLAAgCXwAIA58ACAO/AAgA8wQIAPsECAJHBAgBFwQIANscCAJnBAgDmwQIA/MECADvCAgBHwgIAkMICAKbCAgDlwgIA/sICADrDAgBGwwIAj8MCAJXDAgDkwwIA7MMCADnEAgBJxAIAjsQCAJfEAgDjxAIA8MQCADjFAgBHxQIAjcUCAJfFAgDixQIA8MUCADfGAgA8xgIAjMYCAJnGAgDhxgIA6cYCAE1NEABDxwIAi8cCAJLHAgDgxwIA7McCADXIAgBFyAIAisgCAJjIAgDfyAIA7MgCADTJAgBAyQIAickCAJDJAgDeyQIA5skCAKJNEAA/ygIAiMoCAJLKAgDdygIA6MoCADLLAgA3ywIAh8sCAI7LAgDcywIA5MsCAPdNEAA5zAIAhswCAJbMAgDbzAIA58wCADDNAgA0zQIAhc0CAI3NAgDazQIA3M0CAC/OAgA1zgIAhM4CAJvOAgDZzgIA4s4CAC7PAgBEzwIAg88CAI/PAgDYzwIA5c8CAC3QAgA30AIAgtACAIXQAgDX0AIA39ACACzRAgA20QIAgdECAIbRAgDW0QIA3tECACvSAgA70gIAgNICAInSAgDV0gIA4tICACrTAgA50wIAf9MCAInTAgDU0wIA4tMCACnUAgAu1AIAftQCAIvUAgDT1AIA29QCAExOEAA11QIAfdUCAEfVAgDadgQAgtUCANLVAgDc1QIAJ9YCAC/WAgB81gIAPtYCAPP9DgCC1gIA0dYCAIrWAgC16AwAi9YCAN3ECACM1gIAxuECAI3WAgD9oQsA3dYCACbXAgAo1wIAMsEMAC3XAgB71wIAh9cCANDXAgDf1wIAJdgCADbYAgB62AIAfNgCAM/YAgDV2AIAJNkCADDZAgB52QIAgdkCAKFOEADU2QIA9k4QAC/aAgBLTxAAe9oCAPVPEADQ2gIASlAQANLaAgCfsQQAJdsCAP71CwAv2wIAd9sCAIHbAgDM2wIAztsCACHcAgA03AIAdtwCAH7cAgDrBw0AgtwCAMvcAgDR3AIAIN0CACbdAgB13QIAet0CAMrdAgDQ3QIAn1AQACneAgB03gIAdt4CAMneAgDT3gIAHt8CACzfAgBz3wIAeN8CAMjfAgDV3wIAHeACACngAgBy4AIAeOACAMfgAgDN4AIAHOECACHhAgBx4QIAd+ECAPRQEADU4QIAG+ICACjiAgBw4gIAd+ICAMXiAgDN4gIAGuMCABvjAgD7TgsAHeMCAG/jAgAw4wIA/UwLAIPjAgDE4wIA2uMCABnkAgAy5AIAbuQCAHPkAgDD5AIA1OQCAElREAAp5QIAbeUCAG/lAgDC5QIAzOUCABfmAgAl5gIAbOYCAHHmAgDB5gIAzuYCABbnAgAe5wIAa+cCAHfnAgDA5wIAe+cCABTpAgDG5wIAFegCABvoAgBq6AIAb+gCAL/oAgDF6AIAnlEQABbpAgBp6QIAd+kCAL7pAgDP6QIA81EQABrqAgBIUhAAcOoCAL3qAgBy6gIACJsHAK/qAgCOtREAy+oCABLrAgDM6gIAYvACAM3qAgBX9AkAH+sCAGfrAgB26wIAvOsCAMHrAgAR7AIAJ+wCAGbsAgBn7AIAu+wCAL3sAgAQ7QIAGu0CAGXtAgBz7QIAuu0CANPtAgAP7gIAIO4CAGTuAgBw7gIAue4CAMHuAgBHUxAAIu8CAGPvAgBk7wIAuO8CAMTvAgAN8AIAEPACAJxTEABk8AIAt/ACAMTwAgAM8QIAGfECAGHxAgBm8QIAtvECAMDxAgAL8gIAE/ICAGDyAgBw8gIAtfICAMPyAgAK8wIAF/MCAF/zAgBm8wIAtPMCALzzAgAJ9AIADPQCAF70AgBy9AIAs/QCAMn0AgAI9QIAIfUCAF31AgBi9QIAsvUCAMP1AgDxUxAAD/YCAEZUEAAT9gIAt+kJACP2AgCk9BEAafYCALH2AgC49gIABvcCABL3AgBb9wIAa/cCALD3AgC+9wIABfgCABL4AgBa+AIAZvgCAK/4AgC2+AIAm1QQAAb5AgBZ+QIACfkCAI8XBABm+QIArvkCALv5AgAD+gIACPoCAFj6AgBi+gIArfoCALX6AgAC+wIAB/sCAGc/BAAL+wIAV/sCAFr7AgCs+wIAuPsCAPBUEAAG/AIAVvwCAA38AgAEnAoAW/wCAKv8AgCz/AIAAP0CABb9AgBV/QIAV/0CAKr9AgC3/QIA//0CABP+AgBFVRAAWf4CAKn+AgCx/gIAt5MKALP+AgD+/gIABv8CAFP/AgBf/wIAqP8CALX/AgD9/wIAAgADAFIAAwBbAAMApwADAL4AAwD8AAMABwEDAJpVEABfAQMApgEDAKkBAwD7AQMA/gEDAFACAwBeAgMApQIDALICAwD6AgMAEQMDAE8DAwBXAwMApAMDAKoDAwD5AwMABQQDAE4EAwBYBAMAowQDAKwEAwD4BAMA/gQDAE0FAwBaBQMA71UQAK4FAwD3BQMAsAUDAKqgCgAGBgMATAYDAF0GAwChBgMAowYDAPYGAwD8BgMASwcDAFcHAwCgBwMApwcDAPUHAwD9BwMASggDAEwIAwCfCAMArAgDAPQIAwD7CAMASQkDAFEJAwCeCQMAqwkDAPMJAwD4CQMASAoDAFIKAwCdCgMApQoDAPIKAwD7CgMARwsDAEoLAwCcCwMAqAsDAPELAwD4CwMARFYQAFMMAwCbDAMAXAwDAJYRAwB+DAMA+6QKALYMAwDwDAMA8gwDAEUNAwBWDQMAmg0DAKgNAwDvDQMA9g0DAEQOAwBMDgMAmQ4DAJ4OAwDuDgMA7w4DAEMPAwBPDwMAmA8DAJ4PAwDtDwMA7w8DAEIQAwBMEAMAlxADAKUQAwDsEAMA8RADAEERAwBOEQMAmVYQAJcRAwDrEQMA8BEDAEASAwBGEgMAlRIDAJ8SAwDqEgMA9hIDAD8TAwBGEwMAlBMDAJwTAwDpEwMA6xMDAD4UAwBLFAMAkxQDAJoUAwDoFAMA8BQDAD0VAwBKFQMAkhUDAJcVAwDnFQMA8RUDADwWAwBEFgMAkRYDAJoWAwDmFgMA6RYDADsXAwBHFwMAkBcDAJcXAwDuVhAA8RcDALSWCgD5FwMAOhgDAEcYAwCPGAMAmRgDAOQYAwDmGAMAORkDAEwZAwCOGQMAlhkDAOMZAwDvGQMAOBoDAD4aAwCNGgMAkxoDAOIaAwDnGgMANxsDAD0bAwBDVxAAmhsDAOEbAwDwGwMANhwDAFIcAwCLHAMAVhwDAPJfAwCTHAMAmFcQAOkcAwA1HQMAQh0DAIodAwCUHQMA3x0DAO0dAwA0HgMASh4DAIkeAwCVHgMA3h4DAOYeAwDtVxAAOR8DAIgfAwCOHwMA3R8DAOIfAwAyIAMAOCADAEJYEACMIAMA3CADAOUgAwAxIQMAOyEDAIYhAwCOIQMA2yEDAOAhAwAwIgMAQCIDAIUiAwCNIgMA2iIDAOAiAwDYJAMA8yIDAC8jAwA0IwMAhCMDAI0jAwDZIwMA5iMDAC4kAwA1JAMAgyQDAIYkAwCXWBAA2iQDAC0lAwA6JQMAgiUDAJklAwDXJQMA4yUDAOxYEABCJgMAgSYDAIImAwDWJgMA4CYDACsnAwAzJwMAgCcDAIonAwDVJwMA2icDACooAwAyKAMAfygDAIEoAwDUKAMAgigDACQuAwCGKAMAFjwDAJUoAwAdNQMA2ygDACkpAwAwKQMAfikDAIYpAwDTKQMA1ykDACgqAwA2KgMAfSoDAIcqAwDSKgMA3SoDACcrAwAvKwMAfCsDAIErAwDRKwMA7CsDACYsAwAyLAMAeywDAIEsAwDQLAMA4CwDACUtAwA2LQMAei0DAH8tAwDPLQMA0y0DAEFZEAAtLgMAeS4DAJIuAwDOLgMA2C4DACMvAwApLwMAeC8DAHovAwDNLwMA3C8DACIwAwAsMAMAdzADAH8wAwDMMAMA0DADACExAwAvMQMAdjEDAIAxAwDLMQMA1jEDACAyAwAoMgMAdTIDAHoyAwDKMgMA5TIDAB8zAwArMwMAdDMDAHozAwDJMwMA2TMDAB40AwAvNAMAczQDAHg0AwDINAMAzDQDAJZZEAAmNQMAcjUDAIM1AwDHNQMA0TUDABw2AwAqNgMAcTYDAHI2AwDGNgMA1zYDABs3AwAvNwMAcDcDAHg3AwDFNwMAyTcDABo4AwAoOAMAbzgDAHk4AwDEOAMAzzgDABk5AwAhOQMAbjkDAHM5AwDDOQMA3jkDABg6AwAkOgMAbToDAHM6AwDCOgMA0joDABc7AwAoOwMAbDsDAHE7AwDBOwMAxTsDAOtZEAAkPAMAazwDAIY8AwDAPAMAzjwDABU9AwAcPQMAaj0DAHY9AwC/PQMAxz0DAEBaEAAiPgMAaT4DAHM+AwC+PgMAyT4DABM/AwAbPwMAaD8DAG0/AwC9PwMA2D8DABJAAwAeQAMAZ0ADAG1AAwC8QAMAzEADABFBAwAiQQMAZkEDAGtBAwC7QQMAv0EDAJVaEAAhQgMAZUIDAG1CAwC6QgMAu0IDAA9DAwAUQwMAZEMDAHJDAwC5QwMAxkMDAA5EAwAYRAMAY0QDAG9EAwC4RAMAvkQDAA1FAwAVRQMAYkUDAGlFAwC3RQMAw0UDAAxGAwASRgMAYUYDAG1GAwC2RgMAxkYDAAtHAwAXRwMAYEcDAGZHAwC1RwMAwUcDAApIAwAXSAMAX0gDAG5IAwC0SAMAwEgDAOpaEAAMSQMAXkkDAGFJAwCzSQMAwUkDAAhKAwAfSgMAXUoDAGpKAwCySgMAyEoDAAdLAwATSwMAXEsDAGlLAwCxSwMAu0sDAAZMAwAOTAMAW0wDAGVMAwCwTAMAtUwDAAVNAwANTQMAWk0DAGZNAwCvTQMAvE0DAAROAwAOTgMAWU4DAF9OAwCuTgMAwk4DAANPAwALTwMAWE8DAGZPAwCtTwMAuk8DAAJQAwAKUAMAV1ADAGRQAwCsUAMAulADAAFRAwASUQMAVlEDAF5RAwCrUQMAwVEDAABSAwACUgMAVVIDAFZSAwA/WxAAuFIDAP9SAwAOUwMAVFMDAGBTAwCpUwMAsVMDAJRbEAADVAMAU1QDAFxUAwCoVAMAtVQDAP1UAwAEVQMAUlUDAFVVAwCnVQMAr1UDAPxVAwABVgMAUVYDAFpWAwCmVgMAsFYDAPtWAwADVwMAUFcDAFVXAwClVwMAtVcDAPpXAwACWAMAT1gDAFVYAwCkWAMAplgDAPlYAwAGWQMATlkDAGVZAwCjWQMAr1kDAOlbEAAEWgMATVoDAGRaAwCiWgMArloDAPdaAwD9WgMATFsDAFRbAwChWwMAqFsDAPZbAwAEXAMAS1wDAGZcAwCgXAMArlwDAPVcAwD8XAMASl0DAFZdAwCfXQMAp10DAD5cEAAIXgMASV4DAFFeAwCeXgMAz14DAPNeAwD/XgMASF8DAE5fAwCdXwMAol8DAJNcEAD+XwMAR2ADAE5gAwCcYAMApGADAPFgAwDzYAMARmEDAFBhAwCbYQMAo2EDAOhcEAD+YQMA4m8DAP9hAwBFYgMAR2IDAJpiAwCrYgMA72IDAABjAwBEYwMAUGMDAJljAwCgYwMA7mMDAPZjAwBDZAMAcGQDAJhkAwCdZAMA7WQDAO5kAwBCZQMATGUDAJdlAwClZQMA7GUDAPFlAwBBZgMATmYDAJZmAwCyZgMA62YDAAdnAwA9XRAATWcDAJVnAwCZZwMA6mcDAPBnAwA/aAMAQWgDAJRoAwCVaAMA6WgDAAxpAwA+aQMAYmkDAJNpAwDAaQMA6GkDAPBpAwA9agMAQmoDAJJqAwCfagMA52oDAO9qAwA8awMAPmsDAJFrAwCZawMA5msDABNsAwA7bAMASGwDAJBsAwCVbAMA5WwDAPJsAwA6bQMARm0DAI9tAwC8bQMA5G0DAOxtAwA5bgMAVG4DAI5uAwCQbgMA424DAPRuAwA4bwMAQW8DAI1vAwCZbwMAkl0QAO9vAwA3cAMAPnADAIxwAwCYcAMA4XADAPRwAwA2cQMAPnEDAItxAwCQcQMA4HEDAOlxAwA1cgMAP3IDAIpyAwCScgMA33IDAORyAwA0cwMARHMDAIlzAwCRcwMA3nMDAPdzAwAzdAMAOHQDAIh0AwCRdAMA3XQDAOp0AwAydQMAOXUDAId1AwCKdQMA510QAOF1AwAxdgMA6XUDAL02DAA6dgMAhnYDAI52AwDbdgMA5nYDADB3AwAydwMAhXcDAKB3AwDadwMA5ncDAC94AwA3eAMAPF4QAJF4AwDZeAMA4XgDAC55AwA6eQMAg3kDAIl5AwDYeQMA3nkDAC16AwAyegMAgnoDAIh6AwCRXhAA5HoDACx7AwA0ewMAgXsDAJV7AwDWewMA23sDACt8AwA0fAMAgHwDAIZ8AwDVfAMA3XwDACp9AwAtfQMAf30DAJx9AwDUfQMA5X0DACl+AwAxfgMAfn4DAIF+AwDTfgMA534DACh/AwA1fwMAfX8DAId/AwDSfwMA1H8DACeAAwA6gAMAO18QAIGAAwDRgAMA4oADACaBAwAvgQMAe4EDAJGBAwDQgQMA3YEDACWCAwAtggMAeoIDAJmCAwCQXxAA24IDACSDAwAsgwMA5V8QAHyDAwDOgwMA1oMDACOEAwAwhAMAeIQDAH2EAwDNhAMA1YQDACKFAwAjhQMAd4UDAHmFAwDMhQMA0oUDACGGAwAjhgMAdoYDAIyGAwDLhgMA14YDACCHAwAqhwMAdYcDAIGHAwDKhwMA0IcDAB+IAwAniAMAdIgDAKaIAwA6YBAA0ogDAB6JAwAoiQMAc4kDAHuJAwDIiQMAyYkDAB2KAwAjigMAcooDAH6KAwDHigMAyIoDAByLAwAeiwMAcYsDAHeLAwDGiwMA0osDABuMAwAijAMAcIwDAHiMAwDFjAMAyIwDABqNAwAkjQMAb40DAHGNAwDEjQMAzo0DABmOAwAljgMAbo4DAISOAwDDjgMAz44DABiPAwAljwMAbY8DAHePAwDCjwMAyo8DABeQAwApkAMAj2AQAG6QAwDBkAMAy5ADABaRAwAYkQMAa5EDAISRAwDAkQMAwpEDABWSAwAYkgMAapIDAHaSAwC/kgMAx5IDAORgEAAokwMAaZMDAGyTAwC+kwMAyJMDABOUAwAflAMAaJQDAH6UAwC9lAMAxZQDABKVAwAglQMAZ5UDAGqVAwC8lQMAxJUDABGWAwAUlgMAZpYDAB+WAwBfnQMAcJYDALuWAwBxlgMAuJkDAL2WAwAQlwMAFpcDAGWXAwBvlwMAupcDAMiXAwAPmAMAHJgDAGSYAwB7mAMAuZgDAMGYAwAOmQMAF5kDAGOZAwBkmQMAOWEQAMGZAwANmgMAF5oDAGKaAwBsmgMAt5oDAMWaAwAMmwMAGZsDAGGbAwB4mwMAtpsDAL6bAwALnAMAEpwDAGCcAwBlnAMAtZwDALmcAwAKnQMAF50DAI5hEABsnQMAtJ0DALydAwAJngMAD54DAF6eAwBqngMAs54DAMKeAwAInwMADZ8DAF2fAwB4nwMAsp8DAL6fAwAHoAMADaADAFygAwBwoAMAsaADALmgAwAGoQMAHKEDAFuhAwBgoQMAsKEDALehAwAFogMAEaIDAONhEABhogMAr6IDAL2iAwAEowMAEaMDAFmjAwBwowMArqMDALajAwADpAMACaQDAFikAwBkpAMAraQDALSkAwACpQMAEKUDAFelAwBapQMArKUDALSlAwABpgMAD6YDAFamAwBZpgMAq6YDALOmAwAApwMAEacDAFWnAwBapwMAqqcDAKynAwD/pwMABqgDAFSoAwBiqAMAqagDALaoAwD+qAMAFakDAFOpAwBbqQMAqKkDALKpAwD9qQMACKoDAFKqAwBeqgMAp6oDAK+qAwA4YhAA/qoDAFGrAwBbqwMApqsDAKirAwD7qwMA/qsDAFCsAwBcrAMApawDAK+sAwD6rAMAAq0DAE+tAwBdrQMApK0DALGtAwD5rQMAAa4DAE6uAwBkrgMAo64DAK+uAwD4rgMADq8DAE2vAwBSrwMAoq8DAKivAwD3rwMAC7ADAI1iEABPsAMAobADAKmwAwD2sAMABLEDAEuxAwAMsQMASAUIAFixAwCgsQMAqLEDAPWxAwD/sQMASrIDAFWyAwCfsgMAq7IDAPSyAwD8sgMA4mIQAE+zAwCeswMAo7MDAPOzAwACtAMASLQDAFS0AwCdtAMAoLQDAPK0AwD1tAMAR7UDAE+1AwCctQMAobUDAPG1AwABtgMARrYDAE62AwCbtgMAnrYDAPC2AwD6tgMARbcDAEe3AwCatwMAoLcDAO+3AwD5twMARLgDAFK4AwCZuAMAprgDAO64AwAFuQMAQ7kDAEu5AwCYuQMAobkDAO25AwDuuQMAN2MQAE66AwCXugMAmroDABndCQCmugMA7LoDAKq6AwDUzAkA9roDAEG7AwBJuwMAyzAEAE27AwC44w4AT7sDAJa7AwBduwMAlLgIAJu7AwDruwMAo7sDACGEBQD4uwMAQLwDAEO8AwBIWAoARrwDAFSiCQBIvAMAlbwDAEq8AwA6bAQATLwDANseBgCYvAMAzSoIAJu8AwBbngYAn7wDAOq8AwCjvAMAeCgKAKW8AwCfAwgA77wDAD+9AwD2vAMAsKAEAPi8AwBN/gkAR70DAJS9AwCXvQMA6b0DAPW9AwA+vgMARL4DAJO+AwCuvgMA6L4DAPS+AwA9vwMAQ78DAJK/AwCavwMA578DAOm/AwA8wAMA7L8DAObAAwBGwAMAkcADAJnAAwCMYxAA88ADADvBAwBDwQMAkMEDAJPBAwDlwQMA6sEDADrCAwBJwgMAj8IDAK/CAwDkwgMA8MIDADnDAwBDwwMAjsMDAJbDAwDjwwMA9cMDADZkEABCxAMAjcQDAJvEAwDixAMA78QDADfFAwBOxQMAjMUDAJTFAwDhxQMA8MUDADbGAwA7xgMAi8YDAJjGAwDgxgMA7cYDADXHAwBBxwMAiscDAJnHAwDfxwMA6ccDADTIAwBCyAMAicgDAI7IAwDeyAMA68gDADPJAwA2yQMAiMkDAJDJAwDdyQMA4skDADLKAwA/ygMAh8oDAI/KAwDcygMA5coDADHLAwA+ywMAhssDAJTLAwDbywMA7ssDADDMAwA4zAMAhcwDAIzMAwDazAMA38wDAC/NAwBFzQMAhM0DAIbNAwDZzQMA580DAC7OAwA7zgMAg84DAIvOAwDYzgMA284DAC3PAwAyzwMAgs8DAJHPAwDXzwMA988DACzQAwA40AMAgdADAIvQAwDW0AMA3tADACvRAwA90QMAi2QQAJHRAwDV0QMA3NEDACrSAwAy0gMAf9IDAIzSAwDU0gMA2dIDACnTAwAz0wMAftMDAIbTAwDT0wMA1dMDAOJoCgDY0wMA0iUIAN3TAwC9jQoA4tMDACjUAwDj0wMAMRsJAC3UAwB91AMAitQDANLUAwDf1AMAJ9UDADPVAwB81QMAi9UDANHVAwDb1QMAJtYDAC7WAwB71gMAhdYDANDWAwDV1gMAJdcDAC3XAwDgZBAAhtcDAM/XAwDV1wMAJNgDAD/YAwB52AMAhdgDAM7YAwDU2AMAI9kDAD/ZAwB42QMAgNkDADVlEADV2QMAItoDACzaAwB32gMAgtoDAMzaAwDY2gMAIdsDACnbAwCKZRAAgtsDAMvbAwDR2wMAINwDADvcAwB13AMAgdwDAMrcAwDQ3AMAH90DACfdAwB03QMAet0DAMndAwDS3QMAHt4DACveAwBz3gMAgN4DAMjeAwDW3gMAHd8DACrfAwBy3wMAid8DAMffAwDP3wMAHOADACHgAwBx4AMALeADAG/iAwB+4AMAxuADAM7gAwAb4QMAJuEDAHDhAwB14QMAxeEDAMjhAwAa4gMAJOIDAN9lEAB04gMAxOIDANPiAwAZ4wMAG+MDAG7jAwB/4wMAw+MDANTjAwAY5AMALOQDADRmEAB+5AMAwuQDAMXkAwAX5QMAyuQDAIDNBwDP5AMAGtcOACHlAwBs5QMAbuUDAMHlAwDL5QMAFuYDACLmAwBr5gMAleYDAMDmAwDL5gMAetYEAObmAwAV5wMASOcDAGrnAwCQ5wMAv+cDAOXnAwAU6AMASOgDAGnoAwCU6AMAvugDAMboAwAT6QMAPekDAGjpAwCd6QMAvekDAOjpAwAS6gMAGuoDAGfqAwB26gMAvOoDAMHqAwAR6wMAGusDAGbrAwAe6wMACfMDAHfrAwC76wMAwusDABDsAwAY7AMAZewDAHLsAwC67AMAv+wDAA/tAwAZ7QMAZO0DAGztAwC57QMAw+0DAK35AwDI7QMADu4DABPuAwBj7gMAcO4DALjuAwDF7gMADe8DABnvAwBi7wMAce8DALfvAwDB7wMADPADABTwAwBh8AMAa/ADALbwAwC78AMAC/EDABPxAwCJZhAAbPEDALXxAwC78QMACvIDACXyAwBf8gMAa/IDALTyAwC68gMA3mYQABbzAwBe8wMAavMDALPzAwDC8wMACPQDABL0AwBd9AMAa/QDALL0AwC39AMAB/UDABT1AwBc9QMAZPUDALH1AwC79QMABvYDAAv2AwBb9gMAY/YDALD2AwCz9gMABfcDABH3AwBa9wMAYPcDAK/3AwDK9wMABPgDABD4AwBZ+AMAX/gDAK74AwC2+AMAA/kDAAX5AwBY+QMAYvkDADNnEACz+QMAAvoDAAT6AwBX+gMAZPoDAKz6AwCv+gMAAfsDABL7AwBW+wMAWPsDAKv7AwC1+wMAAPwDAAz8AwBV/AMAXfwDAIhnEACv/AMA//wDAAL9AwBU/QMAXv0DAKn9AwCx/QMA/v0DAAv+AwBT/gMAVf4DAKj+AwC+/gMA/f4DAAn/AwDdZxAAbv8DAKf/AwDD/wMAMmgQAAEABABRAAQAXgAEAKYABACzAAQA+wAEAAcBBABQAQQAXwEEAKUBBACvAQQA+gEEAAgCBABPAgQAVAIEAKQCBACxAgQA+QIEABIDBABOAwQAUAMEAKMDBACqAwQAh2gQABUEBABNBAQAXgQEAKIEBACuBAQA9wQEAAoFBABMBQQAWwUEAKEFBACtBQQA9gUEAPcFBABLBgQAVQYEAKAGBACuBgQA9QYEAPoGBABKBwQAVwcEANxoEACkBwQA9AcEAAEIBABJCAQAVggEAJ4IBACqCAQA8wgEAAIJBABICQQAUgkEAJ0JBACrCQQA8gkEAPcJBABHCgQAVAoEAJwKBACkCgQA22kQAPYKBABGCwQATgsEADBqEACdCwQA8AsEAP4LBABFDAQAVgwEAIVqEAChDAQA2moQAPQMBABEDQQATA0EAJkNBACoDQQA7g0EAPMNBABDDgQAUA4EAJgOBAClDgQA7Q4EAPkOBABCDwQAUQ8EAJcPBAChDwQAhGsQAO4PBADkDQ4A8g8EAL41DAD/DwQAQRAEAFAQBACWEAQAohAEAOsQBADsEAQAQBEEAEoRBACVEQQAoxEEAOoRBADvEQQAPxIEAEwSBADZaxAAmBIEAOkSBAD0EgQAPhMEAEwTBACTEwQApBMEAOgTBAD0EwQAPRQEAEUUBAAubBAAlxQEAOcUBAD0FAQAPBUEAEkVBACRFQQAnRUEAOYVBAD1FQQAOxYEAEUWBACQFgQAnhYEAOUWBADyFgQAOhcEAFEXBACDbBAAnBcEAOQXBADxFwQAORgEAEUYBACOGAQAnRgEAOMYBADtGAQAOBkEAEYZBACNGQQAVBkEADNuCQCSGQQA4hkEAO8ZBAA3GgQAPxoEANhsEACYGgQA4RoEAPEaBAA2GwQAPxsEAIsbBACOGwQA4BsEAOwbBAA1HAQAPBwEAC1tEACXHAQA3xwEAO4cBAA0HQQANR0EAIkdBACgHQQA3h0EAPgdBAAzHgQAPx4EAIgeBACbHgQA3R4EAOweBAAyHwQAPh8EAIcfBACIHwQA3B8EAOYfBAAxIAQAPyAEAIYgBACLIAQA2yAEAOggBACCbRAASiEEAIUhBACUIQQA2iEEANwhBAAvIgQA3yEEAH4oBAA8IgQAhCIEAJEiBADZIgQA3iIEAC4jBAA4IwQAgyMEAJIjBADYIwQA3SMEAC0kBAA6JAQAgiQEAI8kBADXJAQA4yQEACwlBAA7JQQAgSUEAIslBADWJQQA4yUEACsmBAAwJgQAgCYEAIQmBADVJgQA4SYEAConBAAwJwQAfycEAIUnBADUJwQA2ScEACkoBAAvKAQA120QAIsoBADTKAQA4CgEACgpBAA0KQQAfSkEAIwpBADSKQQA3CkEACcqBAA1KgQAfCoEAIEqBADRKgQA3ioEACYrBAAtKwQAeysEAIArBADQKwQA3CsEACUsBAAoLAQAeiwEAIcsBADPLAQA1CwEACQtBAAuLQQAeS0EAIUtBADOLQQA4S0EACMuBAAxLgQAeC4EAHsuBADNLgQA1y4EACIvBAAuLwQAdy8EAH0vBADMLwQA0i8EACEwBAAmMAQAdjAEAHwwBAAsbhAA1TAEADLHBgDXMAQAlQwJANowBAAgMQQAIjEEAHUxBACGMQQAyjEEANsxBAAfMgQAJzIEAHQyBACEMgQAyTIEAMsyBAAeMwQALDMEAHMzBACEMwQAgW4QAM8zBADWbhAAHjQEAHI0BAB3NAQAxzQEAHg0BABGYAQAzTQEABw1BAAmNQQAcTUEAH01BADGNQQAzDUEABs2BAAhNgQAcDYEAHU2BADFNgQAyzYEACtvEAAoNwQAbzcEAIg3BADENwQAxTcEABk4BAA2OAQAbjgEAHY4BAChWgQAiDgEAMM4BADGOAQAGDkEAB05BAAqcBAAhjkEAMI5BADIOQQAFzoEANg5BAAW5QQAGToEAGw6BAByOgQAwToEANU6BAAWOwQAHjsEAGs7BAB4OwQAwDsEAMU7BAAVPAQAHzwEAGo8BAByPAQAvzwEANA8BAAUPQQAGT0EAGk9BABrPQQAvj0EAMU9BAATPgQAHz4EAGg+BABvPgQAvT4EANk+BAASPwQAGj8EAH9wEABoPwQAvD8EAMg/BAARQAQAHkAEAGZABABuQAQAu0AEAL5ABAAQQQQAG0EEAGVBBABnQQQAukEEAMBBBAAPQgQAG0IEAGRCBABrQgQAuUIEAMFCBAAOQwQAE0MEAGNDBAB8QwQAuEMEAORDBAANRAQAGUQEAGJEBABxRAQAt0QEAMFEBAAMRQQAFEUEAGFFBABxRQQAtkUEAMRFBAALRgQAHEYEAGBGBABsRgQA1HAQALpGBAAKRwQAEkcEAF9HBABgRwQAtEcEAHVHBABWSQsA0UcEAAlIBAARSAQAXkgEAGJIBACzSAQAuUgEAAhJBAAKSQQAXUkEAF5JBACySQQAs0kEAAdKBAATSgQAXEoEAGJKBACxSgQAuUoEAAZLBAAISwQAW0sEAHZLBACwSwQAsksEAAVMBAATTAQAWkwEAGtMBACvTAQAsUwEAARNBAAdTQQAWU0EAGpNBACuTQQAuk0EAClxEAARTgQAWE4EAB9OBAAe2gcAbk4EAK1OBACuTgQAAk8EABNPBABXTwQAY08EAKxPBADCTwQAAVAEAA1QBABWUAQAY1AEAKtQBAC1UAQAAFEEAAJRBABVUQQAX1EEAKpRBAC4UQQA/1EEAARSBABUUgQAYVIEAKlSBADFUgQA/lIEAAZTBAB+cRAAYVMEAKhTBADBUwQA/VMEAP5TBABSVAQAb1QEAKdUBACvVAQA/FQEAA1VBABRVQQAX1UEAKZVBAC/VQQA+1UEAAFWBABQVgQAUlYEAKVWBACrVgQA+lYEAA5XBABPVwQAV1cEAKRXBACxVwQA+VcEAP5XBABOWAQAWFgEAKNYBACrWAQA+FgEAAhZBABNWQQAUlkEAKJZBACrWQQA91kEAARaBABMWgQAU1oEANNxEACyWgQA9loEAARbBABLWwQAZFsEAKBbBACmWwQA9VsEAPdbBABKXAQAUFwEAJ9cBACzXAQA9FwEAPxcBABJXQQAVl0EAJ5dBACjXQQA810EAP1dBABIXgQAUF4EAJ1eBACtXgQA8l4EAPdeBABHXwQAUF8EAJxfBACpXwQA8V8EAPhfBAAochAAS2AEAJtgBACcYAQA8GAEAPxgBABFYQQAS2EEAJphBACrYQQA72EEAANiBABEYgQAU2IEAJliBACeYgQA7mIEAPtiBABDYwQAU2MEAJhjBACmYwQA7WMEAARkBABCZAQAS2QEAJdkBACdZAQA7GQEAPhkBABBZQQASGUEAJZlBACyZQQA62UEAPNlBAB9chAARmYEAJVmBACbZgQA6mYEAO9mBAA/ZwQARWcEANJyEACZZwQA6WcEAOtnBAA+aAQARWgEAJNoBAChaAQA6GgEAPVoBAA9aQQAVGkEAJJpBACaaQQA52kEAOhpBAA8agQAP2oEAJFqBAClagQA5moEAPVqBAA7awQAQGsEAJBrBACRawQA5WsEAPxrBAB8cxAASGwEAI9sBAClbAQA5GwEAPBsBAA5bQQAPm0EAI5tBACXbQQA420EAO1tBAA4bgQARG4EAGk7BgBUbgQAjW4EAJVuBADRcxAA524EADdvBABEbwQAjG8EAJlvBADhbwQA7W8EADZwBABFcAQAi3AEAJVwBADgcAQA7nAEADVxBAA6cQQAinEEAJdxBADfcQQA53EEACZ0EABCcgQAiXIEAJ9yBADecgQA6nIEADNzBAA4cwQAiHMEAJFzBADdcwQA53MEADJ0BAA6dAQAh3QEAJN0BADcdAQA73QEADF1BAAydQQAhnUEAJR1BADbdQQA4XUEADB2BAA8dgQAhXYEAIx2BAB7dBAA5HYEAC93BAA3dwQAhHcEAIp3BAC3lAkAk3cEANl3BADedwQAfdMEAN93BAAueAQAOngEAIN4BACFeAQA2HgEAOJ4BAAteQQAOXkEAIJ5BACKeQQA0HQQAN95BAAsegQAO3oEAIF6BACGegQA1noEAON6BAArewQAOHsEAIB7BACMewQA1XsEAOR7BAAqfAQANHwEAH98BACNfAQA1HwEANl8BAApfQQANn0EAH59BACGfQQA030EAN19BAAofgQALX4EAH1+BACFfgQA0n4EAN1+BAAnfwQALH8EAHx/BAB/fwQA0X8EANt/BAAmgAQALoAEACV1EACAgAQA0IAEANKABAAlgQQALIEEAHqBBACIgQQAz4EEANyBBAAkggQAO4IEAHmCBACBggQAzoIEANiCBAAjgwQA5IIEAMXgBAAugwQAeIMEAISDBADNgwQA1YMEAHp1EAAjhAQAd4QEACyEBAChWQUAOIQEAF9GBQB8hAQAzIQEAM+EBAAhhQQAK4UEAHaFBACNhQQAy4UEANGFBAAghgQALIYEAHWGBAB4hgQAyoYEAOeGBAAfhwQAMIcEAHSHBACThwQAyYcEANGHBAAeiAQAIIgEAHOIBACCiAQAyIgEANKIBAAdiQQAK4kEAHKJBACNiQQAx4kEANOJBAAcigQAJIoEAM91EAB9igQAxooEANWKBAAbiwQAIIsEAHCLBAB2iwQAxYsEAMyLBAAajAQAIowEAG+MBABxjAQAxIwEAMuMBAAZjQQAG40EAG6NBABvjQQAw40EAM2NBAAYjgQAJI4EAG2OBABzjgQAwo4EANyOBAAXjwQAH48EAGyPBACCjwQAwY8EAM+PBAAWkAQAGZAEAGuQBABukAQAwJAEAM6QBAAVkQQAIpEEAGqRBACBkQQAv5EEAMeRBAAUkgQAFpIEAGmSBABxkgQAvpIEANWSBAATkwQAH5MEAGiTBAB+kwQAvZMEAMWTBAASlAQAIJQEAGeUBABxlAQAvJQEAMSUBAARlQQAGJUEAGaVBABylQQAu5UEALyVBAAQlgQAHJYEAGWWBABylgQAupYEAMGWBAAPlwQAEpcEAGSXBABslwQAuZcEAL6XBAAOmAQAG5gEAGOYBACTmAQAuJgEAMCYBAAkdhAAFZkEAECvEAApmQQAYpkEAGqZBAB5dhAAxZkEAAyaBAAOmgQAYZoEAHKaBAC2mgQAvpoEAAubBAAXmwQAYJsEAGabBAC1mwQAu5sEAAqcBAAPnAQAX5wEAGWcBADOdhAAuZwEAAmdBADAnAQAtjwNABGdBABenQQAY50EAFlHCgBknQQA9lMLAGqdBACcAwsAbZ0EALOdBABvnQQATlELALidBAAIngQAuZ0EAGU8CQAVngQAXZ4EAGqeBACyngQAvp4EAAefBAAWnwQAXJ8EAGafBAAieBAAu58EAAagBAALoAQAW6AEAGOgBAB3eBAAtqAEAAWhBAAboQQAWqEEAGihBACvoQQAvKEEAASiBAAGogQAWaIEAGOiBACuogQAuqIEAAOjBAAKowQAWKMEAGCjBACtowQAtKMEAAKkBAALpAQAV6QEAGOkBACspAQAtKQEACF5EAAGpQQAVqUEAF6lBACrpQQAuqUEAACmBAAFpgQAVaYEAGKmBACqpgQAt6YEAP+mBAALpwQAVKcEAGOnBACppwQAs6cEAP6nBAAMqAQAU6gEAFioBACoqAQAtagEAP2oBAAFqQQAUqkEAFypBACnqQQAtakEAPypBAASqgQAUaoEAF2qBACmqgQAq6oEAPuqBAAEqwQAUKsEAFqrBAB2eRAAr6sEAPqrBAAGrAQAT6wEAFesBADLeRAAqawEAPmsBAAGrQQATq0EAFutBACjrQQAr60EAPitBAAHrgQATa4EAFeuBACirgQAuq4EAPeuBAABrwQATK8EAFqvBAChrwQAt68EAPavBAACsAQAS7AEAFCwBACgsAQAqbAEAPWwBAD/sAQASrEEAFKxBAAgehAArLEEAPSxBAC1sQQAe8oPAAGyBABJsgQAVbIEAJ6yBACtsgQA87IEAP2yBABIswQAVrMEAJ2zBACqswQA8rMEAAm0BABHtAQAT7QEAJy0BACmtAQA8bQEAPa0BABGtQQATrUEAHV6EACntQQA8LUEAPa1BABFtgQAYLYEAJq2BACmtgQA77YEAPW2BADKehAATLcEAB97EACetwQA7rcEAPu3BABDuAQAULgEAJi4BACkuAQA7bgEAPy4BABCuQQATLkEAJe5BACluQQA7LkEAPG5BABBugQATroEAJa6BACeugQAdHsQAPe6BABAuwQAULsEAJW7BACeuwQA6rsEAO27BAA/vAQAS7wEAJS8BACbvAQAyXsQAPe8BAA+vQQAVL0EAJO9BACfvQQA6L0EAO+9BAA9vgQARb4EAJK+BACXvgQA574EAPC+BAA8vwQARr8EAB58EACWvwQA5r8EAJ2/BAA3xAQA7r8EADvABABBwAQAkMAEAJXABADlwAQA7sAEADrBBABEwQQAj8EEAJvBBADkwQQA7MEEAHN8EAA+wgQAjsIEAJbCBADjwgQA7sIEADjDBAA9wwQAjcMEAJDDBADiwwQA7MMEAMh8EABBxAQAjMQEAJDEBADhxAQA5sQEADbFBAA8xQQAi8UEAKvFBADgxQQA6MUEADXGBABDxgQAisYEAI3GBADfxgQA58YEADTHBAA9xwQAiccEAJbHBADexwQA5McEADPIBAA/yAQAiMgEAIrIBADdyAQA7MgEADLJBAA9yQQAh8kEAInJBADcyQQA9ckEADHKBABCygQAhsoEAJLKBAAdfRAA48oEADDLBABQywQAhcsEAJPLBADaywQA58sEAC/MBAA2zAQAhMwEAKDMBADZzAQA4cwEAHJ9EAAzzQQAg80EAJDNBADYzQQA5c0EAC3OBAA5zgQAgs4EAJHOBADXzgQA4c4EACzPBABBzwQAgc8EAInPBADWzwQA5c8EACvQBAAt0AQAgNAEAInQBADV0AQA2NAEACrRBAA20QQAf9EEAJvRBADU0QQA3NEEAMd9EAAu0gQAftIEAJTSBADT0gQA39IEACjTBABL0wQAHH4QAIrTBADS0wQA39MEACfUBAAz1AQAfNQEAIvUBADR1AQA29QEACbVBAAu1QQAe9UEAIXVBADQ1QQA1dUEACXWBAAt1gQAcX4QAI7WBADP1gQA9dYEACTXBABK1wQAedcEAJ/XBADO1wQA+dcEACPYBAAr2AQAeNgEAKLYBADN2AQABNkEACLZBABI2QQAd9kEAJ3ZBADM2QQAA9oEACHaBABM2gQAdtoEAH7aBADL2gQA0NoEAHE0BQDa2gQAINsEACXbBAB12wQAgtsEAMrbBADX2wQAH9wEACvcBAB03AQAg9wEAMncBADT3AQAHt0EACzdBABz3QQAeN0EAMjdBADV3QQAHd4EACXeBABy3gQAeN4EAMfeBAB83gQAyTEFANPeBAAc3wQALN8EAHHfBAB63wQAxt8EAMnfBAAb4AQAJ+AEAHDgBAB34AQAxn4QANngBAAa4QQAHeEEAG/hBACM4QQAxOEEANXhBAAZ4gQAIOIEAG7iBACH4gQAw+IEAMviBAAY4wQALuMEAG3jBABy4wQAwuMEAMnjBAAX5AQAIOQEAGzkBAB95AQAweQEAM3kBAAbfxAAGOUEAGjoBAAq5QQAa+UEAG7lBADA5QQA3eUEABXmBAAm5gQAauYEAHnmBAC/5gQA0OYEABTnBAAi5wQAaecEAHXnBAC+5wQAy+cEABPoBAAd6AQAcH8QAG7oBAC96AQAy+gEABLpBAAU6QQAZ+kEAG7pBAC86QQA1ekEAMV/EAAa6gQAZuoEAHPqBAC76gQAyeoEABDrBAAf6wQAZesEAGfrBAC66wQAxOsEAA/sBAAd7AQAZOwEAGnsBAC57AQAxuwEAA7tBAAR7QQAY+0EAG/tBAC47QQAy+0EAA3uBAAc7gQAYu4EAG7uBAC37gQAuO4EAAzvBAAW7wQAYe8EAG/vBAC27wQAu+8EAAvwBAAY8AQAGoAQAGXwBAC18AQAy/AEAArxBAAg8QQAX/EEAGjxBAC08QQAwfEEAAnyBAAX8gQAXvIEAG3yBACz8gQAtfIEAAjzBAAS8wQAXfMEAGvzBACy8wQAt/MEAAf0BAAU9AQAXPQEAF/0BACx9AQAufQEAAb1BAAX9QQAW/UEAGn1BACw9QQAvfUEAAX2BAAl9gQAWvYEAGL2BACv9gQAv/YEAAT3BAAG9wQAWfcEAGf3BACu9wQAv/cEABmBEAAJ+AQAWPgEAGT4BABugRAAtPgEAAL5BAC6+AQAaOYGAAn5BABX+QQAXfkEAKz5BAC4+QQAAfoEAAT6BABW+gQAWfoEAKv6BADT+gQAAPsEACP7BABV+wQAYPsEAKr7BACv+wQA//sEAAL8BABU/AQAXvwEAKn8BADR/AQAw4EQAAP9BABT/QQAYP0EAKj9BAC1/QQA/f0EAAn+BABS/gQAYf4EAKf+BACx/gQA/P4EAAT/BABR/wQAW/8EAKb/BACr/wQA+/8EAAMABQAYghAAXQAFAKUABQC5AAUA+gAFAAIBBQBPAQUAVAEFAKQBBQC0AQUA+QEFAAECBQBOAgUAWAIFAKMCBQCuAgUA+AIFAAQDBQBNAwUAVQMFAG2CEACjAwUA9wMFAAMEBQBMBAUAWwQFAKEEBQCvBAUA9gQFAAYFBQBLBQUAWQUFAKAFBQCsBQUA9QUFAPwFBQBKBgUAUgYFAJ8GBQC1BgUA9AYFAAgHBQBJBwUATAcFAJ4HBQC7BwUA8wcFAAQIBQBICAUAUAgFAJ0IBQCoCAUA8ggFAPcIBQBHCQUASgkFAJwJBQCmCQUA8QkFAPQJBQDCghAASAoFAJoICABLCgUAmwoFAJ4KBQDwCgUA+goFAEULBQBNCwUAmgsFALkLBQAXgxAAAwwFAEQMBQBqDAUAmQwFAL8MBQDuDAUAFA0FAEMNBQB7DQUAmA0FAM8NBQDtDQUAEw4FAEIOBQBoDgUAlw4FAM4OBQDsDgUAEA8FAEEPBQBdDwUAlg8FAJ4PBQBsgxAA8A8FAEAQBQBNEAUAlRAFAKIQBQDqEAUA9hAFAD8RBQBOEQUAlBEFAJ4RBQDpEQUA9xEFAD4SBQBDEgUAkxIFAKASBQDoEgUA8BIFAMGDEABJEwUAkhMFAKITBQDnEwUA8BMFADwUBQA/FAUAkRQFAJ0UBQDmFAUA7RQFABaEEABJFQUAkBUFAKYVBQDlFQUA8RUFADoWBQBBFgUAjxYFAJcWBQDkFgUA6RYFADkXBQBCFwUAjhcFAJgXBQBrhBAA5BcFADgYBQBEGAUAjRgFAJMYBQDiGAUA5BgFADcZBQBBGQUAjBkFAJoZBQDhGQUA5hkFADYaBQBDGgUAixoFAJMaBQDgGgUA6hoFADUbBQBDGwUAihsFAKAbBQDfGwUA6xsFADQcBQA7HAUAiRwFAJEcBQDeHAUA4xwFADMdBQA8HQUAiB0FAJIdBQDAhBAA4B0FADIeBQBPHgUAhx4FAJgeBQDcHgUA6h4FADEfBQBJHwUAhh8FAIkfBQDbHwUA+B8FADAgBQBBIAUAhSAFAJ0gBQDaIAUA5iAFAC8hBQBCIQUAhCEFAJMhBQDZIQUA5SEFAC4iBQAvIgUAgyIFAI0iBQDYIgUA5iIFAC0jBQAyIwUAgiMFAI8jBQAVhRAA3CMFACwkBQA5JAUAgSQFAI4kBQDWJAUA4iQFACslBQA6JQUAgCUFAIolBQDVJQUA4yUFAComBQAvJgUAfyYFAIwmBQDUJgUA3CYFABSGEAA1JwUAficFAI4nBQDTJwUA3CcFACgoBQArKAUAfSgFAIkoBQDSKAUA2SgFAGmGEAA1KQUAfCkFAJIpBQDRKQUA3SkFACYqBQAtKgUAeyoFAIMqBQDQKgUA1SoFACUrBQAuKwUAeisFAIQrBQC+hhAA0CsFACQsBQAwLAUAeSwFAH8sBQDOLAUA0CwFACMtBQAtLQUAeC0FAIYtBQDNLQUA0i0FACIuBQAvLgUAdy4FAH8uBQDMLgUA1i4FACEvBQAvLwUAdi8FAIwvBQDLLwUA1y8FACAwBQAnMAUAdTAFAH0wBQDKMAUAzzAFAB8xBQAoMQUAdDEFAH4xBQAThxAA1zEFAB4yBQA0MgUAczIFAH8yBQDIMgUAzzIFAB0zBQAlMwUAcjMFAHczBQDHMwUA0DMFABw0BQAmNAUAaIcQAHI0BQDGNAUA0jQFABs1BQAhNQUAcDUFAHI1BQDFNQUAzzUFABo2BQAoNgUAbzYFAHQ2BQDENgUA0TYFABk3BQAhNwUAbjcFAHg3BQDDNwUA0TcFABg4BQAuOAUAbTgFAHk4BQDCOAUAyTgFABc5BQAfOQUAbDkFAHE5BQDBOQUAyjkFABY6BQAgOgUAvYcQAG06BQBSTAwAeToFAMA6BQDROgUAFTsFABo7BQBqOwUAgTsFAL87BQDTOwUAFDwFACw8BQBpPAUAeDwFAL48BQDDPAUAEz0FACA9BQBoPQUAdT0FAL09BQDJPQUAEj4FACE+BQBnPgUAcT4FALw+BQDEPgUAET8FAC8/BQBmPwUAbj8FALs/BQDEPwUAEEAFAB1ABQBlQAUAZ0AFALpABQDTQAUAD0EFACBBBQBkQQUAcEEFALlBBQDBQQUAEogQABNCBQBjQgUAa0IFALhCBQDHQgUADUMFABJDBQBiQwUAb0MFALdDBQDEQwUADEQFABhEBQBhRAUAcEQFALZEBQDARAUAC0UFABNFBQBgRQUAakUFALVFBQC6RQUACkYFABJGBQBniBAAc0YFALRGBQC3RgUACUcFACZHBQBeRwUAb0cFALNHBQDqRwUACEgFACdIBQBdSAUAZUgFALJIBQC0SAUAB0kFABZJBQBcSQUAZkkFALFJBQC/SQUABkoFACFKBQBbSgUAZ0oFALBKBQC4SgUAvIgQABFLBQBaSwUAaUsFAK9LBQC0SwUABEwFAApMBQBZTAUAYEwFAK5MBQC2TAUAA00FAAVNBQBYTQUAX00FAK1NBQCvTQUAAk4FAANOBQBXTgUAYU4FAKxOBQC4TgUAAU8FAAdPBQBWTwUAcE8FAKtPBQCzTwUAAFAFABZQBQBVUAUAY1AFAKpQBQCtUAUA/1AFAAJRBQBUUQUAYlEFAKlRBQC2UQUA/lEFABVSBQBTUgUAW1IFAKhSBQCqUgUA/VIFAAVTBQBSUwUAaVMFAKdTBQCzUwUA/FMFABJUBQBRVAUAWVQFAKZUBQC0VAUA+1QFAAVVBQBQVQUAWFUFAKVVBQCsVQUA+lUFAAZWBQBPVgUAUFYFAKRWBQCwVgUA+VYFAAZXBQBOVwUAVVcFAKNXBQCmVwUA+FcFAABYBQBNWAUAUlgFAKJYBQCvWAUA91gFACdZBQBMWQUAVFkFABGJEACnWQUA9lkFAARaBQBLWgUAXFoFAKBaBQClWgUA9VoFAAxbBQBKWwUAXlsFAJ9bBQC+WwUA9FsFAPxbBQBJXAUAS1wFAJ5cBQCtXAUA81wFAP1cBQBIXQUAVl0FAJ1dBQC4XQUA8l0FAP5dBQBHXgUAT14FAGaJEACoXgUA8V4FAABfBQBGXwUAS18FAJtfBQChXwUA8F8FAPdfBQBFYAUATWAFAJpgBQCcYAUA72AFAPZgBQBEYQUARmEFAJlhBQCaYQUA7mEFAPhhBQBDYgUAT2IFAJhiBQCeYgUA7WIFAAdjBQBCYwUASmMFAJdjBQCtYwUA7GMFAPpjBQBBZAUARGQFAJZkBQCZZAUA62QFAPlkBQBAZQUATWUFAJVlBQCsZQUA6mUFAPJlBQA/ZgUAQWYFAJRmBQCcZgUA6WYFAABnBQA+ZwUASmcFAJNnBQCpZwUA6GcFAPBnBQA9aAUAS2gFAJJoBQCcaAUA52gFAO9oBQA8aQUAQ2kFAJFpBQCdaQUA5mkFAOdpBQA7agUAR2oFAJBqBQCdagUA5WoFAOxqBQA6awUAPWsFAI9rBQCXawUA5GsFAOlrBQA5bAUARmwFAI5sBQC+bAUA42wFAOtsBQC7iRAAPW0FAI1tBQCpbQUA4m0FAOptBQAQihAAcG4FAIxuBQCybgUA4W4FAApvBQA2bwUAbW8FAItvBQCgbwUA4G8FAOhvBQA1cAUAOHAFAIpwBQCncAUA33AFAPBwBQA0cQUAN3EFAIlxBQCTcQUA3nEFAOBxBQAzcgUAPXIFAIhyBQCUcgUA3XIFAPlyBQAycwUAOnMFAGWKEAC6cwUA3HMFAN9zBQAxdAUAV3QFAIZ0BQCvdAUA23QFAP90BQAwdQUAOHUFALqKEACKdQUA2nUFAOd1BQAvdgUAPHYFAIR2BQCQdgUA2XYFAOh2BQAudwUAOHcFAIN3BQCRdwUA2HcFAN13BQAteAUAOngFAIJ4BQCKeAUA13gFAOF4BQAseQUAOnkFAIF5BQCXeQUA1nkFAOJ5BQAregUAMHoFAIB6BQCJegUA1XoFAN96BQAqewUARnsFAH97BQCHewUAD4sQANZ7BQApfAUAN3wFAH58BQCPfAUAZIsQANp8BQC5ixAALX0FAH19BQCFfQUA0n0FAOF9BQAnfgUALX4FAHx+BQCIfgUA0X4FANN+BQAmfwUAMH8FAHt/BQCHfwUA0H8FANh/BQBjjBAAKoAFAHqABQCJgAUAz4AFAO+ABQAkgQUAMIEFAHmBBQCDgQUAzoEFANaBBQAjggUAJYIFAHiCBQCIggUAzYIFANeCBQAigwUALoMFAHeDBQB9gwUAzIMFANSDBQC4jBAAOIQFAHaEBQB+hAUAy4QFANWEBQAghQUAJYUFAHWFBQB9hQUADY0QAM+FBQAfhgUAKIYFACLSCwAshgUAdIYFADWGBQDXbw4AfoYFABE2DgCBhgUAyYYFANWGBQAehwUALYcFAHOHBQB9hwUAyIcFANCHBQDgFAsA1ocFAB2IBQAqiAUAcogFAImIBQDHiAUAz4gFAByJBQAmiQUAcYkFAHaJBQDGiQUAzokFAGKNEAAoigUAcIoFAH6KBQDFigUA2IoFABqLBQAiiwUAb4sFAHKLBQDEiwUAyYsFABmMBQAojAUAbowFAI6MBQDDjAUAz4wFABiNBQAijQUAbY0FAImNBQDCjQUAyo0FALeNEAAqjgUAbI4FAHKOBQDBjgUAzY4FABaPBQAgjwUAa48FAHGPBQDAjwUAzo8FABWQBQAhkAUAapAFAG2QBQC/kAUAwJAFABSRBQAgkQUAaZEFAG+RBQC+kQUAxJEFABOSBQAfkgUAaJIFAIWSBQC9kgUAxpIFABKTBQAekwUAZ5MFAGqTBQC8kwUAxpMFABGUBQAdlAUAZpQFAGyUBQC7lAUAwZQFABCVBQAVlQUAZZUFAGuVBQAMjhAAxpUFAA+WBQARlgUAZJYFAHOWBQC5lgUAxJYFAA6XBQAalwUAY5cFAGqXBQC4lwUAwJcFAA2YBQAXmAUAYpgFAG2YBQC3mAUAw5gFAAyZBQAUmQUAC48QAGOZBQC2mQUAyZkFAAuaBQATmgUAYJoFAGaaBQC1mgUAwZoFAAqbBQAUmwUAX5sFAGWbBQC0mwUAwpsFAAmcBQAVnAUAXpwFAGGcBQCznAUAu5wFAAidBQAJnQUAXZ0FAGmdBQCynQUAuJ0FAAeeBQAPngUAXJ4FAGKeBQCxngUAvZ4FAAafBQAjnwUAW58FAGSfBQCwnwUAvJ8FAAWgBQAIoAUAWqAFAGSgBQCvoAUAt6AFAAShBQAVoQUAWaEFAGehBQCuoQUAxKEFAAOiBQARogUAWKIFAGKiBQBgjxAAvKIFAAKjBQANowUAV6MFAGOjBQCsowUAs6MFAAGkBQAJpAUAVqQFAGCkBQCrpAUAtqQFAAClBQAMpQUAVaUFAF2lBQC1jxAArKUFAP+lBQASpgUAVKYFAFymBQCppgUAr6YFAP6mBQAKpwUAU6cFAF2nBQCopwUArqcFAP2nBQALqAUAUqgFAF6oBQCnqAUAqqgFAPyoBQAEqQUAUakFAFKpBQCmqQUAsqkFAPupBQABqgUAUKoFAFiqBQClqgUAq6oFAPqqBQAGqwUAT6sFAGyrBQCkqwUArasFAPmrBQAFrAUATqwFAFGsBQCjrAUArawFAPisBQAArQUATa0FAF6tBQCirQUAsK0FAPetBQANrgUATK4FAFquBQChrgUAq64FAPauBQD+rgUAS68FAG6vBQAKkBAAq68FAPWvBQADsAUASrAFAFmwBQCfsAUAqrAFAPSwBQD8sAUASbEFAFexBQCesQUAobEFAPOxBQD7sQUAX5AQAFayBQCdsgUAoLIFAPKyBQD6sgUAmgoGAP6yBQBw3wUAAbMFAEG5BQAOswUAR7MFAGOzBQC0kBAAnrMFAPGzBQD+swUARrQFAFO0BQCbtAUAoLQFAPC0BQD6tAUARbUFAFS1BQCatQUAn7UFAO+1BQD8tQUARLYFAFG2BQCZtgUApbYFAO62BQD9tgUAQ7cFAE23BQCYtwUApLcFAO23BQDztwUAQrgFAEi4BQCXuAUAnLgFAOy4BQDyuAUACZEQAEa5BQDQ1AUAUrkFAJa5BQCkuQUA67kFAPe5BQBAugUATboFAJW6BQCfugUA6roFAAa7BQA/uwUAW7sFAF6REACWuwUA6bsFAPa7BQA+vAUAS7wFAJO8BQCYvAUA6LwFAPK8BQA9vQUATL0FAJK9BQCXvQUA570FAPS9BQA8vgUASb4FAJG+BQCdvgUA5r4FAPW+BQA7vwUARb8FAJC/BQCcvwUA5b8FAOu/BQA6wAUAQMAFAI/ABQCUwAUA5MAFAOrABQCzkRAAQMEFAI7BBQCcwQUA48EFAObBBQA4wgUAR8IFAI3CBQCSwgUA4sIFAO/CBQA3wwUARMMFAIzDBQCYwwUA4cMFAPDDBQA2xAUAQMQFAIvEBQCZxAUA4MQFAOXEBQA1xQUAQsUFAIrFBQCWxQUA38UFAPLFBQA0xgUAQ8YFAInGBQCVxgUA3sYFAN/GBQAzxwUAPccFAIjHBQCWxwUA3ccFAOLHBQAyyAUAP8gFAAiSEACJyAUA3MgFAOrIBQAxyQUAQskFAAeTEACNyQUAXJMQAODJBQAwygUAOMoFAIXKBQCUygUA2soFAN/KBQAvywUAPMsFAITLBQCRywUA2csFAOXLBQAuzAUAPcwFAIPMBQCNzAUABpQQANrMBQAtzQUASM0FAILNBQCEzQUA180FAPHNBQAszgUAOc4FAIHOBQCNzgUA1s4FAODOBQArzwUARc8FAIDPBQCPzwUA1c8FANrPBQAq0AUAN9AFAH/QBQCM0AUA1NAFAODQBQAp0QUAONEFAH7RBQCI0QUA09EFAN/RBQAo0gUAO9IFAH3SBQCM0gUA0tIFAN7SBQAn0wUAKNMFAHzTBQCG0wUA0dMFAN/TBQAm1AUAK9QFAHvUBQCI1AUAW5QQAN3UBQAl1QUAMtUFAHrVBQCG1QUAz9UFAN7VBQAk1gUALtYFAHnWBQCH1gUAztYFANPWBQAj1wUAMNcFAHjXBQCE1wUAzdcFAODXBQAi2AUAMdgFAHfYBQCD2AUAzNgFAM3YBQAh2QUAK9kFAHbZBQCE2QUAy9kFANDZBQAg2gUALdoFALCUEACC2gUAytoFAMzaBQAf2wUAONsFAHTbBQCF2wUAydsFANXbBQAe3AUAJtwFAK+VEAB43AUAyNwFANDcBQAd3QUALN0FAHLdBQB33QUAx90FANTdBQAc3gUAKd4FAHHeBQB93gUAxt4FANXeBQAb3wUAJd8FAASWEACD3wUAxd8FANTfBQAa4AUAJuAFAG/gBQBw4AUAxOAFAM7gBQAZ4QUAJ+EFAG7hBQBz4QUAw+EFANDhBQBZlhAAHeIFAG3iBQB64gUAwuIFAM/iBQAX4wUAI+MFAGzjBQB74wUAweMFAMvjBQAW5AUAJOQFAGvkBQBw5AUAwOQFAM3kBQAV5QUAHeUFAFiXEAB25QUAv+UFAM/lBQAU5gUAHeYFAGnmBQBs5gUAvuYFAMrmBQAT5wUAGucFAK2XEABz5wUAvecFAL7nBQAS6AUAKugFAGfoBQB06AUAvOgFAMjoBQAR6QUAG+kFAGbpBQBq6QUAu+kFAMDpBQAQ6gUAFuoFAGXqBQCF6gUAuuoFANLqBQAP6wUAJusFAGTrBQBw6wUAuesFAMPrBQAO7AUAEOwFAGPsBQBq7AUAuOwFAL/sBQAN7QUAE+0FAGLtBQBu7QUAt+0FALrtBQAM7gUAD+4FAGHuBQBt7gUAtu4FALnuBQACmBAAEO8FAGDvBQBo7wUAte8FALvvBQAK8AUAD/AFAF/wBQBo8AUAtPAFAL7wBQAJ8QUAFfEFAF7xBQBm8QUAV5gQALjxBQAI8gUAEPIFAF3yBQBo8gUAsvIFALfyBQAH8wUACvMFAFzzBQBm8wUArJgQAL3zBQAG9AUADfQFAFv0BQBp9AUAsPQFALP0BQAF9QUADfUFAFr1BQBd9QUAr/UFALv1BQAE9gUACvYFAFn2BQB09gUArvYFALr2BQAD9wUACfcFAFj3BQBg9wUArfcFALH3BQAC+AUADvgFAFf4BQBk+AUArPgFALb4BQAB+QUACfkFAFb5BQBY+QUAq/kFAK/5BQAA+gUAAvoFAFX6BQBp+gUAAZkQALL6BQD/+gUAA/sFAFT7BQBW+wUAqfsFAKz7BQD++wUABvwFAFP8BQBg/AUAqPwFAK38BQD9/AUAB/0FAFL9BQBa/QUAp/0FAKj9BQD8/QUAAf4FAFH+BQBU/gUApv4FAKn+BQD7/gUACf8FAFD/BQBp/wUApf8FALb/BQD6/wUABgAGAE8ABgBXAAYAVpkQAKkABgD5AAYAAQEGAE4BBgBdAQYAowEGAKgBBgD4AQYABQIGAE0CBgBaAgYAogIGAK4CBgD3AgYABgMGAEwDBgBWAwYAoQMGAKkDBgD2AwYAAAQGAEsEBgBQBAYAoAQGAKgEBgCrmRAAAAUGAEoFBgBWBQYAnwUGAKcFBgAAmhAAAAYGAEkGBgBQBgYAngYGAKwGBgDzBgYA9gYGAEgHBgBQBwYAnQcGAKAHBgDyBwYA/gcGAEcIBgBNCAYAnAgGALcIBgDxCAYA/QgGAEYJBgBMCQYAmwkGAL4JBgDwCQYA8wkGAEUKBgBpCgYAVZoQAKkKBgDvCgYA9AoGAEQLBgBRCwYAmQsGAKYLBgDuCwYA+gsGAEMMBgBSDAYAmAwGAKIMBgDtDAYA+wwGAEINBgBHDQYAlw0GAKQNBgDsDQYA9A0GAKqaEABODgYAlg4GAJ4OBgDrDgYABA8GAEAPBgBGDwYAlQ8GAJoPBgDqDwYAChAGAD8QBgBLEAYAlBAGAKEQBgDpEAYA8RAGAD4RBgBBEQYAkxEGAJ0RBgDoEQYA6hEGAD0SBgBHEgYAkhIGAJ4SBgD/mhAA/RIGADwTBgBIEwYAkRMGAJYTBgDmEwYAmRMGAIHCEQDvEwYAOxQGAEUUBgCQFAYAmBQGAKAACgCcFAYA5RQGALMUBgAOPQoA6xQGADoVBgD4FAYAxIQMAEAVBgCPFQYAlBUGAOQVBgDqFQYAVJsQAEcWBgCOFgYApBYGAOMWBgDvFgYAOBcGAD0XBgCNFwYAlhcGAOIXBgDsFwYANxgGAD8YBgCMGAYAmxgGAOEYBgDmGAYANhkGAEMZBgCLGQYAmBkGAOAZBgDsGQYANRoGAEQaBgCKGgYAlBoGAN8aBgDtGgYANBsGAEEbBgCJGwYAoBsGAN4bBgDmGwYAMxwGAD0cBgCIHAYAjRwGAN0cBgDlHAYAU5wQAD4dBgCHHQYAjR0GANwdBgD3HQYAMR4GAD0eBgCGHgYAjB4GAKicEADhHgYAdyYNAO4eBgAwHwYAPx8GAIUfBgCRHwYA2h8GANsfBgAvIAYAOSAGAIQgBgCSIAYA2SAGAN4gBgAuIQYAOyEGAP2cEACIIQYA2CEGAOAhBgAtIgYAMCIGAIIiBgCLIgYA1yIGAOYiBgAsIwYANyMGAIEjBgCJIwYA1iMGAOYjBgArJAYAOSQGAIAkBgCRJAYA1SQGAOEkBgAqJQYAMiUGAPydEACFJQYA1CUGANwlBgApJgYAMCYGAH4mBgCMJgYA0yYGANkmBgAoJwYANCcGAH0nBgCMJwYA0icGANwnBgAnKAYALCgGAHwoBgCCKAYA0SgGAOUoBgAmKQYALikGAHspBgClKQYA0CkGANkpBgAlKgYAMioGAHoqBgCIKgYAzyoGAOIqBgAkKwYAQCsGAFGeEAB+KwYAzisGANsrBgAjLAYAMCwGAHgsBgCELAYAzSwGANwsBgAiLQYALC0GAHctBgCFLQYAzC0GANEtBgAhLgYALi4GAHYuBgB+LgYApp4QANcuBgAgLwYAMC8GAHUvBgB+LwYAyi8GAM0vBgAfMAYAKzAGAHQwBgB7MAYA+54QAPMwBgAeMQYAJzEGAHMxBgCAMQYAyDEGANYxBgAdMgYAMDIGAHIyBgCOMgYAUJ8QANUyBgAcMwYAMjMGAHEzBgB9MwYAxjMGAM0zBgAbNAYAIzQGAHA0BgB1NAYAxTQGAM40BgAaNQYAJDUGAKWfEABwNQYAxDUGANA1BgAZNgYAHzYGAG42BgBwNgYAwzYGAM02BgAYNwYAJjcGAG03BgByNwYAwjcGAM83BgAXOAYAHzgGAGw4BgB2OAYAwTgGAM84BgAWOQYALDkGAGs5BgB3OQYAwDkGAMc5BgAVOgYAHToGAGo6BgBvOgYAvzoGAMg6BgAUOwYAHjsGAPqfEABvOwYAvjsGAMQ7BgATPAYAGDwGAGg8BgBuPAYAT6AQAMI8BgASPQYAHz0GAGc9BgB0PQYAvD0GAMg9BgARPgYAID4GAGY+BgBwPgYAuz4GAMk+BgAQPwYAFT8GAGU/BgByPwYAuj8GAMI/BgBOoRAAHUAGAGRABgB6QAYAuUAGAMVABgAOQQYAE0EGAGNBBgBsQQYAuEEGAMJBBgCjoRAAGUIGAGJCBgBzQgYAt0IGAMNCBgAMQwYAG0MGAGFDBgBrQwYAtkMGAMRDBgALRAYAEEQGAGBEBgBtRAYAtUQGAL9EBgAKRQYAwUQGALFIBgAYRQYAX0UGAHVFBgC0RQYAwEUGAAlGBgAORgYAXkYGAGdGBgCzRgYAvUYGAAhHBgAURwYAXUcGAGNHBgCyRwYAuEcGAAdIBgAMSAYAXEgGAGJIBgD4oRAAt0gGAAZJBgAMSQYAW0kGAGBJBgCwSQYAtkkGAE2iEAATSgYAWkoGAHBKBgCvSgYAu0oGAARLBgAJSwYAWUsGAGJLBgCuSwYAuEsGAANMBgAPTAYAWEwGAGtMBgCtTAYAvEwGAAJNBgAOTQYAV00GAFhNBgCsTQYAtk0GAAFOBgAPTgYAVk4GAFtOBgCrTgYAuE4GAKKiEAAPTwYAVU8GAHVPBgCqTwYAtk8GAP9PBgAJUAYAVFAGAFlQBgCpUAYAqlAGAP5QBgAKUQYAU1EGAGBRBgCoUQYAtFEGAP1RBgAQUgYAUlIGAGFSBgCnUgYAs1IGAPxSBgD9UgYAUVMGAFtTBgCmUwYAtFMGAPtTBgAAVAYAUFQGAF1UBgD3ohAAwVQGAEyjEAAAVQYAT1UGAFVVBgCkVQYAqVUGAPlVBgD/VQYAoaMQAFNWBgCjVgYAplYGAPhWBgAEVwYATVcGAFNXBgCiVwYAvVcGAPdXBgADWAYATFgGAFJYBgChWAYAo1gGAPZYBgARWQYAS1kGAE1ZBgCgWQYArlkGAPVZBgAGWgYASloGAExaBgCfWgYAuFoGAPRaBgAFWwYASVsGAFVbBgCgpBAAqFsGAPNbBgABXAYASFwGAF5cBgCdXAYAqVwGAPJcBgD3XAYAR10GAFBdBgCcXQYApl0GAPFdBgD5XQYARl4GAEteBgCbXgYAql4GAPBeBgD/XgYARV8GAE5fBgCaXwYAoF8GAO9fBgD1XwYARGAGAFBgBgCZYAYAoGAGAO5gBgD2YAYAQ2EGAEVhBgCYYQYAqGEGAO1hBgD3YQYAQmIGAE5iBgCXYgYAnWIGAOxiBgD0YgYA9aQQAE1jBgCWYwYAp2MGAOtjBgD3YwYAQGQGAE9kBgCVZAYAn2QGAOpkBgD4ZAYAP2UGAERlBgCUZQYAoWUGAOllBgDxZQYAPmYGAEhmBgDRfQYASmYGAJNmBgCZZgYA6GYGAO5mBgA9ZwYAQmcGAJJnBgCYZwYASqUQAPNnBgA8aAYAQmgGAJFoBgCsaAYA5mgGAPJoBgA7aQYAQWkGAJBpBgCYaQYA5WkGAOhpBgA6agYARmoGAI9qBgCgagYA5GoGAPBqBgA5awYASGsGAI5rBgCYawYA42sGAPFrBgA4bAYAPWwGAI1sBgCabAYA4mwGAOpsBgA3bQYAQW0GAIxtBgCabQYA4W0GAPdtBgA2bgYAQm4GAItuBgCQbgYA4G4GAOluBgA1bwYAP28GAEmmEACQbwYA328GAOVvBgA0cAYAQHAGAIlwBgCWcAYA3nAGAOhwBgAzcQYAO3EGAIhxBgCScQYA3XEGAOJxBgAycgYAM3IGAIdyBgCMcgYA3HIGAO1yBgAxcwYANnMGAIZzBgCdcwYA23MGAO9zBgAwdAYATHQGAIV0BgCNdAYAnqYQAOJ0BgAvdQYAOXUGAIR1BgCYdQYA2XUGANp1BgAudgYAOnYGAIN2BgCfdgYA2HYGAOB2BgDzphAANncGAIJ3BgCQdwYA13cGAJF3BgBo4goA4XcGACx4BgAueAYAgXgGAJp4BgDWeAYA53gGACt5BgA3eQYAgHkGAIh5BgBIpxAA4XkGACp6BgAwegYAf3oGAJp6BgDUegYA4HoGACl7BgAvewYAfnsGAIF7BgDTewYA23sGACh8BgA4fAYAfXwGAIJ8BgDSfAYA23wGACd9BgA0fQYAfH0GAIN9BgCdpxAA330GACZ+BgA8fgYAe34GAId+BgDQfgYA1X4GACV/BgAufwYAen8GAIR/BgDPfwYA638GACSABgAsgAYA8qcQAH6ABgDOgAYA1oAGACOBBgAlgQYAeIEGAJOBBgDNgQYAz4EGACKCBgAwggYAd4IGAIiCBgDMggYAzoIGACGDBgA6gwYAdoMGAIeDBgDLgwYA14MGACCEBgAohAYAR6gQAIGEBgDKhAYA0IQGAB+FBgA6hQYAdIUGAICFBgDJhQYAz4UGAB6GBgAhhgYAnKgQAJCGBgDIhgYAyYYGAB2HBgAshwYAcocGAHeHBgDHhwYA1IcGAByIBgApiAYAcYgGAH2IBgDGiAYA1YgGABuJBgAliQYAcIkGAH6JBgDFiQYAyokGABqKBgAnigYAb4oGAHuKBgDEigYAyooGABmLBgDXigYAWaAGAB+LBgBuiwYAc4sGAMOLBgDJiwYA8agQAB2MBgBtjAYAjYwGAMKMBgDOjAYAF40GAB2NBgBsjQYAdI0GAJW5BgB1jQYAwY0GAM6NBgAWjgYAHI4GAGuOBgB3jgYAwI4GAMKOBgAVjwYAJI8GAGqPBgB1jwYAv48GAMGPBgAUkAYALZAGAGmQBgB6kAYAvpAGAMqQBgATkQYAH5EGAGiRBgB7kQYAvZEGAMyRBgASkgYAHpIGAGeSBgBokgYAvJIGAMaSBgARkwYAH5MGAGaTBgBrkwYAu5MGAMiTBgBGqRAAHZQGAGWUBgB5lAYAupQGANaUBgAPlQYAK5UGAJupEABzlQYAuZUGALqVBgAOlgYAHZYGAGOWBgBolgYAuJYGAMWWBgANlwYAGpcGAGKXBgBulwYAt5cGAMaXBgAMmAYAFpgGAGGYBgBvmAYAtpgGALuYBgALmQYAGJkGAGCZBgBwmQYAtZkGALeZBgAKmgYAGJoGAF+aBgBwmgYA8KkQALuaBgBFqhAADpsGAF6bBgBrmwYAs5sGAMCbBgAInAYADpwGAF2cBgBpnAYAspwGAMKcBgAHnQYAEJ0GAFydBgBfnQYAsZ0GAL2dBgAGngYADZ4GAJqqEABnngYAsJ4GAMCeBgAFnwYADp8GAFqfBgBdnwYAr58GALufBgAEoAYAC6AGAO+qEABooAYArqAGALqgBgADoQYABKEGAFihBgBioQYAraEGALuhBgACogYAB6IGAFeiBgBkogYARKsQALGiBgABowYAEKMGAFajBgB2owYAq6MGALejBgAApAYACqQGAFWkBgBdpAYAqqQGALakBgD/pAYABaUGAFSlBgBapQYAqaUGAK6lBgD+pQYABKYGAEOsEABYpgYAqKYGALGmBgD9pgYADqcGAFKnBgBZpwYAp6cGAK+nBgD8pwYACagGAFGoBgBWqAYApqgGALCoBgD7qAYAA6kGAFCpBgBfqQYApakGAKqpBgD6qQYAB6oGAE+qBgBcqgYApKoGALCqBgD5qgYACKsGAE6rBgBYqwYAo6sGAKurBgD4qwYAAqwGAE2sBgBSrAYAoqwGAKqsBgBCrRAA/KwGAEytBgBPrQYAoa0GAKutBgCXrRAA/K0GAEuuBgBQrgYAoK4GAMCuBgD1rgYAAa8GAEqvBgBQrwYAn68GAKKvBgD0rwYA9q8GAEmwBgBksAYAnrAGAKCwBgDzsAYAAbEGAEixBgBZsQYAnbEGAJ+xBgDysQYAC7IGAEeyBgBYsgYAnLIGAKiyBgDsrRAAAbMGAEazBgBmswYAm7MGAJ2zBgDwswYA/LMGABDhDgD/swYA28gGAAy0BgAj1gYAHLQGAEW0BgBItAYAmrQGAKm0BgDvtAYA9LQGAES1BgBRtQYAmbUGAKa1BgDutQYA+rUGAEO2BgBStgYAmLYGAKK2BgDttgYA+7YGAEK3BgBHtwYAl7cGAKS3BgDstwYA+LcGAEG4BgBHuAYAlrgGAJy4BgDruAYA8LgGAEC5BgBGuQYAQa4QAKu5BgDquQYA7LkGAD+6BgBTugYAlLoGAJy6BgDpugYA9roGAD67BgBDuwYAk7sGAJ27BgDouwYA8LsGAD28BgBWvAYAkrwGAJ68BgDnvAYA77wGAJauEABXvQYAkb0GAJO9BgDmvQYA9L0GADu+BgBMvgYAkL4GAJK+BgDlvgYA/r4GADq/BgBLvwYAj78GAJu/BgDrrhAA6b8GADnABgBCwAYAjsAGAJ/ABgDjwAYA6sAGADjBBgBAwQYAjcEGAJrBBgDiwQYA58EGADfCBgBBwgYAjMIGAJTCBgDhwgYA+sIGADbDBgBCwwYAi8MGAJPDBgCVrxAA48MGADXEBgA/xAYAisQGAIzEBgDfxAYA+MQGADTFBgBFxQYAicUGAJfFBgDexQYA4cUGADPGBgA+xgYAiMYGAJTGBgDdxgYA5MYGAOqvEAA3xwYAh8cGAI/HBgDcxwYA6scGADHIBgAyyAYAhsgGAKHIBgA/sBAA4MgGADDJBgA9yQYAhckGAJLJBgDayQYA5skGAC/KBgA+ygYAhMoGAI7KBgDZygYA58oGAC7LBgAzywYAg8sGAJDLBgDYywYA5MsGAC3MBgAzzAYAgswGAIjMBgDXzAYA3MwGACzNBgAyzQYAlLAQAI7NBgDWzQYA2M0GACvOBgBEzgYAgM4GAJHOBgDVzgYA4c4GACrPBgAyzwYAk7EQAITPBgDUzwYA3M8GACnQBgBC0AYAftAGAIPQBgDT0AYA2NAGACjRBgAy0QYAfdEGAIDRBgDS0QYA3NEGACfSBgAt0gYAfNIGAH7SBgDR0gYA0tIGACbTBgAu0wYAe9MGAIvTBgDQ0wYA1tMGACXUBgAq1AYAetQGAJDUBgDP1AYA19QGACTVBgBO1QYAedUGAJzVBgDO1QYA7dUGAOixEAAr1gYAPbIQAInWBgDN1gYA29YGACLXBgAu1wYAd9cGAITXBgDM1wYA1tcGACHYBgAp2AYAdtgGAIHYBgDL2AYAzdgGACDZBgAj2QYAddkGAH3ZBgDK2QYA0NkGAB/aBgAo2gYAdNoGAIHaBgDJ2gYA0doGAB7bBgAj2wYAc9sGAHzbBgDI2wYA0tsGAB3cBgAl3AYActwGAHfcBgDH3AYA19wGABzdBgAk3QYAcd0GAHPdBgDG3QYA4d0GABveBgAd3gYAcN4GAH7eBgDF3gYA1t4GABrfBgAc3wYAb98GAIjfBgDE3wYA1d8GABngBgAl4AYAbuAGAHbgBgCSshAAyeAGABjhBgAd4QYAbeEGAI3hBgDC4QYAzuEGABfiBgAd4gYAbOIGAG/iBgDB4gYAyeIGABbjBgAg4wYAa+MGAHDjBgDA4wYAyOMGABXkBgAf5AYAauQGAGzkBgC/5AYA0OQGABTlBgA05QYAaeUGAHHlBgC+5QYAyOUGABPmBgAY5gYA57IQAHzmBgC95gYAxeYGABLnBgAX5wYAZ+cGAHfnBgC85wYAxOcGABHoBgAb6AYAZugGAHHoBgC76AYAx+gGABDpBgAY6QYAPLMQAHHpBgC66QYAxukGAA/qBgAW6gYAZOoGAGzqBgC56gYA0uoGAA7rBgAU6wYAY+sGAGjrBgC46wYA2OsGAA3sBgAZ7AYAYuwGAGjsBgC37AYAuuwGAJGzEAAO7QYAYe0GABrtBgDA2g8AZO0GALbtBgDA7QYAC+4GABnuBgBg7gYAb+4GALXuBgC47gYACu8GAM3uBgAgLgcA0e4GAJcMBwAW7wYAX+8GAGHvBgC07wYAuu8GAAnwBgAY8AYAXvAGAGnwBgCz8AYAu/AGAOBtBwDN8AYACPEGABTxBgBd8QYAcPEGALLxBgDB8QYAB/IGABPyBgBc8gYAXfIGALHyBgC78gYABvMGABTzBgBb8wYAYPMGALDzBgC98wYA5rMQAB/0BgBa9AYAafQGAK/0BgC09AYABPUGABH1BgBZ9QYAZvUGAK71BgC69QYAA/YGABL2BgBY9gYAYvYGAK32BgC79gYAAvcGAAf3BgBX9wYAZPcGAKz3BgC49wYAAfgGAAf4BgBW+AYAXPgGAKv4BgCw+AYAAPkGAAb5BgA7tBAAVvkGAKr5BgBe+QYAWpwJAGL5BgAchQkAZPkGADFyBwB1+QYAC+cNALb5BgD/+QYABfoGAAxBCAAM+gYAVPoGAFf6BgCp+gYAtfoGAP76BgAA+wYAU/sGAFn7BgCo+wYAt/sGAP37BgAI/AYAUvwGAFP8BgCn/AYAu/wGAPz8BgAW/QYAUf0GAF39BgCm/QYAuf0GAPv9BgAK/gYAUP4GAFz+BgCl/gYApv4GAPr+BgAE/wYAT/8GAF3/BgCk/wYAqf8GAPn/BgAGAAcAkLQQAGgABwCjAAcAsgAHAPgABwD9AAcATQEHAFoBBwCiAQcArwEHAPcBBwADAgcATAIHAFsCBwChAgcAqwIHAPYCBwAEAwcASwMHAFADBwCgAwcArQMHAPUDBwABBAcASgQHAFAEBwCfBAcApQQHAPQEBwD5BAcASQUHAE8FBwDltBAArAUHAPMFBwAOBgcASAYHAFYGBwCdBgcAqgYHAPIGBwAJBwcARwcHAFYHBwCcBwcAoQcHAPEHBwD+BwcARggHAFMIBwCbCAcApwgHAPAIBwD/CAcARQkHAE8JBwCaCQcAqAkHAO8JBwD0CQcARAoHAFEKBwCZCgcAnAoHAO4KBwD6CgcAQwsHAEkLBwCYCwcAngsHAO0LBwDyCwcAQgwHAEgMBwA6tRAAswwHAI+1EADyDAcAQQ0HAEMNBwCWDQcAow0HAOsNBwDuDQcAQA4HAEEOBwCVDgcAmg4HAOoOBwDwDgcAPw8HAEkPBwCUDwcAsA8HAOkPBwAFEAcA5LUQAEQQBwCTEAcAlRAHAOgQBwD1EAcAPREHAEARBwCSEQcAkxEHAOcRBwDsEQcAPBIHAEISBwCREgcAmxIHAOYSBwACEwcAOxMHAFcTBwA5thAAlhMHAOUTBwDrEwcAOhQHAD8UBwCPFAcAlRQHAI62EADmFAcAORUHAEcVBwCOFQcAnxUHAI23EADqFQcA4rcQAD0WBwCNFgcAlRYHAOIWBwDnFgcANxcHAPEWBwAjKwcAOBcHAIwXBwCYFwcA4RcHAO4XBwA2GAcAPhgHAIsYBwCVGAcA4BgHAO8YBwA1GQcANhkHAIoZBwCSGQcA3xkHAO4ZBwA0GgcAORoHAIkaBwCWGgcA3hoHAOsaBwAzGwcAPxsHAIgbBwCXGwcA3RsHAOcbBwAyHAcAQBwHAIccBwCMHAcA3BwHAOkcBwAxHQcAOR0HAIYdBwCQHQcA2x0HAOAdBwAwHgcAOB4HAIy4EACKHgcA2h4HAOMeBwDVIwcA5x4HAC8fBwA8HwcAhB8HAJAfBwDZHwcA6B8HAC4gBwA4IAcAgyAHAJEgBwDYIAcA3SAHAC0hBwA6IQcAgiEHAIohBwDhuBAA4yEHACwiBwA8IgcAgSIHAIoiBwDWIgcA2SIHACsjBwA3IwcAgCMHAIcjBwA2uRAA5iMHACokBwAxJAcAfyQHAIwkBwDUJAcA8yQHACklBwAzJQcAfiUHAIYlBwDTJQcA4iUHACgmBwAtJgcAfSYHAIomBwDSJgcA3yYHACcnBwAzJwcAfCcHAIsnBwDRJwcA2ycHACYoBwAuKAcAeygHAIUoBwDQKAcA1SgHACUpBwAtKQcAi7kQAIYpBwDPKQcA1SkHACQqBwA/KgcAeSoHAIUqBwDOKgcA1CoHAOC5EAAoKwcAeCsHAIUrBwDNKwcA2isHACIsBwAuLAcAdywHAIYsBwDMLAcA1iwHADW6EAArLQcAdi0HAHstBwDLLQcA0y0HAIq6EAAqLgcAdS4HAHsuBwDKLgcAzC4HAB8vBwAsLwcAdC8HAHcvBwDJLwcAyi8HAB4wBwAjMAcAczAHAHkwBwDIMAcA0jAHAB0xBwA3MQcAcjEHAIExBwDHMQcAzDEHABwyBwApMgcAcTIHAH4yBwDGMgcA0jIHABszBwAqMwcAcDMHAHozBwDFMwcA0zMHABo0BwAfNAcAbzQHAHw0BwDENAcAzjQHAGU+BwDQNAcAGTUHAB81BwBuNQcAdDUHAMM1BwDINQcAGDYHAB42BwDfuhAAcjYHAMI2BwDPNgcAFzcHACQ3BwBsNwcAeDcHAME3BwDQNwcAFjgHACA4BwBrOAcAeTgHAMA4BwDFOAcAFTkHACI5BwBqOQcAcjkHAN67EADFOQcAFDoHABo6BwBpOgcAbjoHAL46BwDEOgcAM7wQABU7BwBoOwcAcTsHAL07BwDAOwcAEjwHAB48BwBnPAcAbjwHALw8BwDEPAcAET0HACo9BwBmPQcAej0HALs9BwDXPQcAED4HABg+BwDdvBAAcz4HALo+BwDQPgcADz8HABs/BwBkPwcAaT8HALk/BwDCPwcADkAHABhABwBjQAcAf0AHALhABwDAQAcAMr0QABJBBwBiQQcAb0EHALdBBwDEQQcADEIHABhCBwBhQgcAcEIHALZCBwDAQgcAC0MHABlDBwBgQwcAZUMHALVDBwDCQwcACkQHABJEBwCHvRAAbUQHALREBwDKRAcACUUHABVFBwBeRQcAY0UHALNFBwC8RQcACEYHABJGBwBdRgcAZUYHALJGBwDBRgcAB0cHAAlHBwBcRwcAZUcHALFHBwC0RwcABkgHABJIBwBbSAcAYkgHALBIBwC4SAcABUkHAB5JBwBaSQcAbkkHAK9JBwDLSQcABEoHAAxKBwDcvRAAXkoHAK5KBwC7SgcAA0sHABBLBwBYSwcAZEsHAK1LBwC8SwcAAkwHAAxMBwBXTAcAYUwHAKxMBwC6TAcAAU0HABdNBwBWTQcAYk0HAKtNBwCwTQcAAE4HAAlOBwBVTgcAX04HAKpOBwC2TgcA/04HAAVPBwBUTwcAWk8HAKlPBwCuTwcA/k8HAARQBwAxvhAAX1AHAKhQBwCsUAcA/VAHAAxRBwBSUQcAV1EHAKdRBwC0UQcA/FEHAAlSBwBRUgcAXVIHAKZSBwC1UgcA+1IHAAVTBwBQUwcAXlMHAKVTBwCqUwcA+lMHAAdUBwBPVAcAW1QHAKRUBwCqVAcA+VQHAP9UBwBOVQcAU1UHAKNVBwCpVQcAhr4QAP1VBwBNVgcAVFYHAKJWBwCuVgcA91YHAPlWBwBMVwcA+lYHAPFcBwBnVwcAoVcHAKNXBwD2VwcABFgHAEtYBwBcWAcAoFgHAKJYBwD1WAcADlkHAEpZBwBbWQcAn1kHAKtZBwD0WQcAAFoHAElaBwBcWgcAnloHAK1aBwDzWgcA/1oHAEhbBwBJWwcAnVsHAKdbBwDyWwcAAFwHAEdcBwBMXAcAnFwHAKlcBwDbvhAA81wHAEZdBwBhXQcAm10HAJ1dBwDwXQcA/l0HAEVeBwBWXgcAml4HAJxeBwDvXgcACF8HAERfBwBVXwcAmV8HAKVfBwDuXwcA+l8HAENgBwBWYAcAmGAHAKdgBwDtYAcA+WAHAEJhBwBDYQcAl2EHAKFhBwDsYQcA+mEHAEFiBwBGYgcAlmIHAKNiBwDavxAA8GIHAEBjBwBIYwcAlWMHAJdjBwDqYwcA+2MHAD9kBwBNZAcAlGQHAK9kBwDpZAcA9WQHAD5lBwBGZQcA2cAQAJhlBwDoZQcA72UHAD1mBwBJZgcAkmYHAJVmBwDnZgcA72YHADxnBwBMZwcAkWcHAJZnBwDmZwcA72cHADtoBwBIaAcAkGgHAJdoBwDlaAcA7WgHAC7BEABHaQcAj2kHAJdpBwDkaQcA+GkHADlqBwA+agcAjmoHAJdqBwDjagcA6WoHADhrBwBAawcAjWsHAJxrBwDiawcA82sHADdsBwBAbAcAjGwHAI9sBwDhbAcA62wHADZtBwBCbQcAi20HAJFtBwCDwRAA7W0HADVuBwA6bgcAim4HAJFuBwDfbgcA624HADRvBwA8bwcA2MEQAKRvBwDebwcA4G8HADNwBwBBcAcAiHAHAJlwBwDdcAcA33AHADJxBwBLcQcAh3EHAJhxBwDccQcA6HEHAC3CEABAcgcAhnIHAI9yBwDbcgcA4XIHADBzBwA2cwcAhXMHAJFzBwDacwcA4XMHAC90BwA3dAcAhHQHAIh0BwDZdAcA5HQHAC51BwA8dQcAg3UHAJR1BwDYdQcA5HUHAC12BwA1dgcAgsIQAIV2BwDXdgcA4XYHACx3BwAudwcAgXcHAJp3BwDWdwcA53cHACt4BwA5eAcAgHgHAIN4BwDVeAcA4HgHACp5BwA4eQcAf3kHAIx5BwDUeQcA63kHACl6BwAxegcAfnoHAIB6BwDTegcA23oHACh7BwA3ewcAfXsHAIJ7BwDSewcA33sHACd8BwA0fAcAfHwHAIh8BwDRfAcA4HwHACZ9BwAwfQcAe30HAIl9BwDQfQcA1X0HACV+BwAyfgcAen4HAIJ+BwDPfgcA2X4HACR/BwApfwcAeX8HAIF/BwDOfwcA0X8HACOABwBAgAcAeIAHAImABwDNgAcA1YAHACKBBwAlgQcAd4EHAIOBBwDMgQcA0oEHACGCBwA8ggcAdoIHAIKCBwDLggcA0YIHANfCEAAvgwcAdYMHAHaDBwDKgwcAAoQHAB+EBwAthAcAdIQHAHWEBwDJhAcA0YQHAB6FBwAthQcAc4UHAHiFBwDIhQcA1YUHAB2GBwAqhgcAcoYHAH6GBwDHhgcA1oYHAByHBwAmhwcAcYcHAH+HBwDGhwcAy4cHABuIBwAoiAcAcIgHAHiIBwDFiAcAz4gHABqJBwAfiQcAb4kHAHeJBwDEiQcAzokHABmKBwAkigcAbooHAHqKBwDDigcAy4oHACzDEAAdiwcAbYsHAHCLBwDCiwcAzIsHABeMBwAfjAcAgcMQAHqMBwDBjAcA14wHABaNBwAijQcAa40HAHCNBwDAjQcAyY0HABWOBwAfjgcAao4HAHKOBwC/jgcAy44HABSPBwAnjwcAaY8HAGqPBwC+jwcAzI8HABOQBwAZkAcAaJAHAHSQBwC9kAcAxJAHANbDEAATkQcAZ5EHAHORBwC8kQcAyZEHABGSBwAZkgcAZpIHAHCSBwC7kgcAypIHABCTBwARkwcAZZMHAG2TBwC6kwcAyZMHAA+UBwAUlAcAZJQHAHGUBwC5lAcAxpQHAA6VBwAalQcAY5UHAHKVBwC4lQcAwpUHAA2WBwAblgcAYpYHAGeWBwC3lgcAxJYHAAyXBwAUlwcAYZcHAGWXBwC2lwcAxJcHAAuYBwAVmAcAYJgHAGuYBwC1mAcAvZgHAAqZBwAVmQcAX5kHAGSZBwC0mQcAt5kHAAmaBwATmgcAXpoHAGaaBwCzmgcA0poHACvEEAAXmwcAXZsHAF6bBwCymwcAupsHAAecBwAInAcAXJwHAGKcBwCxnAcAtpwHAAadBwAhnQcAW50HAGmdBwCwnQcAt50HAAWeBwARngcAWp4HAGCeBwCvngcAy54HAASfBwAMnwcAgMQQAF+fBwCunwcAtJ8HAAOgBwAIoAcAWKAHAF6gBwDVxBAAsqAHAAKhBwAJoQcAV6EHAGOhBwCsoQcAtKEHAH/FEAAUogcAVqIHAI2iBwCrogcAraIHAKqjBwDgogcAAKMHACWjBwBVowcAXKMHACnGEACPowcA1MUQALqjBwD/owcAOaQHAH7GEABdpAcAiGsMAF6kBwAxaw4AcaQHAKmkBwB0pAcAqJ8NALqkBwD+pAcABqUHAFOlBwBWpQcAqKUHALSlBwD9pQcAA6YHAFKmBwBtpgcAp6YHALOmBwD8pgcAAqcHAFGnBwBZpwcApqcHAMKnBwD7pwcAA6gHANPGEABfqAcApagHAKaoBwD6qAcAAqkHAE+pBwBQqQcApKkHAKqpBwD5qQcA/qkHAE6qBwBpqgcAo6oHALGqBwD4qgcA/6oHAE2rBwBZqwcAoqsHAKirBwD3qwcAE6wHAEysBwBUrAcAKMcQAKesBwD2rAcA/KwHAEutBwBQrQcAoK0HAKatBwB9xxAA+q0HAEquBwBRrgcAn64HAKuuBwD0rgcA/K4HACfIEABcrwcAnq8HANWvBwDzrwcA9a8HAPKwBwAosAcASLAHAG2wBwCdsAcApLAHANHIEADXsAcAfMgQAAKxBwBHsQcAgbEHACbJEACesQcA8bEHAPKxBwBGsgcAULIHAJuyBwCpsgcA8LIHAAuzBwBFswcAUbMHAJqzBwCiswcAe8kQAPuzBwBEtAcASrQHAJm0BwC0tAcA7rQHAPq0BwBDtQcASbUHAJi1BwCgtQcA7bUHAPu1BwBCtgcARbYHAJe2BwCftgcA7LYHAPW2BwBBtwcATrcHAJa3BwCYtwcA67cHAAa4BwBAuAcAQrgHAJW4BwCjuAcA6rgHAPu4BwA/uQcAQbkHAJS5BwCtuQcA6bkHAPq5BwA+ugcASroHAJO6BwCbugcA0MkQAO66BwA9uwcARbsHAJK7BwCZuwcA57sHAOy7BwA8vAcASLwHAJG8BwCUvAcA5rwHAO68BwA7vQcASL0HAJC9BwCVvQcA5b0HAO+9BwA6vgcAQr4HAI++BwCbvgcA5L4HAPe+BwA5vwcAR78HAI6/BwCRvwcA478HAO2/BwAlyhAAO8AHAI3ABwCVwAcA4sAHAOXABwA3wQcAQ8EHAIzBBwCSwQcA4cEHAPzBBwA2wgcAQsIHAIvCBwCRwgcA4MIHAOjCBwA1wwcAQ8MHAIrDBwCNwwcA38MHAOfDBwA0xAcAPcQHAInEBwCWxAcA3sQHAODEBwAzxQcATsUHAIjFBwCKxQcA3cUHAOvFBwAyxgcAQ8YHAIfGBwCJxgcA3MYHAPXGBwAxxwcAQscHAIbHBwCSxwcA28cHAOPHBwB6yhAANsgHAIXIBwCNyAcA2sgHAOHIBwAvyQcANMkHAITJBwCQyQcA2ckHANzJBwAuygcANsoHAIPKBwCQygcA2MoHAN3KBwAtywcAN8sHAILLBwCKywcA18sHAOPLBwAszAcAP8wHAIHMBwCPzAcA1swHANnMBwArzQcANc0HAM/KEACDzQcA1c0HAOHNBwAqzgcAMM4HAH/OBwCazgcA1M4HAODOBwApzwcAL88HAH7PBwCGzwcA088HAOHPBwAo0AcAK9AHAH3QBwCF0AcA0tAHANvQBwAn0QcANNEHAHzRBwB+0QcA0dEHAOzRBwAm0gcAKNIHAHvSBwCJ0gcA0NIHAOHSBwAl0wcAJ9MHAHrTBwCT0wcAz9MHAODTBwAk1AcAMNQHAHnUBwCB1AcAJMsQANTUBwAj1QcAK9UHAHjVBwB/1QcAzdUHANLVBwAi1gcALtYHAHfWBwB61gcAzNYHANTWBwAh1wcALtcHAHbXBwB71wcAy9cHANXXBwAg2AcAKNgHAHXYBwCB2AcAytgHAN3YBwAf2QcALdkHAHTZBwB32QcAydkHANPZBwB5yxAAJtoHAM7LEACB2gcAyNoHANnaBwAd2wcAKdsHAHLbBwB62wcAI8wQAMzbBwAc3AcAJtwHAHHcBwB53AcAxtwHANbcBwAb3QcAIN0HAHDdBwB53QcAxd0HANLdBwAa3gcAId4HAHjMEABx3gcAxN4HAHTeBwAL7AgAeN4HAMCFDwB73gcABJgOAH3eBwBPUgkAzt4HAFL0DgDV3gcAGd8HACrfBwBu3wcAfN8HAMPfBwDf3wcAGOAHADTgBwDNzBAAe+AHAMLgBwDP4AcAF+EHAC7hBwBs4QcAeOEHAMHhBwDH4QcAFuIHABziBwBr4gcAcOIHAMDiBwDG4gcAIs0QACvjBwBq4wcAeeMHAL/jBwCW4wcAuugHAMHjBwAU5AcAI+QHAGnkBwB05AcAvuQHAMrkBwAT5QcAFuUHAGjlBwAa5QcAW/IHAC/lBwAM7AcAdOUHAL3lBwDD5QcAEuYHAC3mBwBn5gcAc+YHALzmBwDC5gcAEecHAB3nBwBm5wcAbOcHALvnBwDB5wcAEOgHABXoBwBl6AcAa+gHAHfNEAC96AcAD+kHACvpBwBk6QcAbOkHAHbOEADF6QcADuoHABTqBwBj6gcAfuoHALjqBwDE6gcADesHABPrBwBi6wcAausHALfrBwDY6wcAy84QABTsBwAgzxAAZuwHALbsBwDD7AcAC+0HABjtBwBg7QcAbO0HALXtBwDE7QcACu4HABTuBwBf7gcAZ+4HALTuBwC+7gcACe8HABfvBwBe7wcAdO8HALPvBwC/7wcACPAHAA3wBwBd8AcAZvAHALLwBwC88AcAB/EHAA/xBwBc8QcAZvEHALHxBwC28QcABvIHAA7yBwB1zxAAZ/IHALDyBwDD8gcABfMHABTzBwBa8wcAZvMHAK/zBwCw8wcABPQHAA70BwBZ9AcAZ/QHAK70BwCz9AcAA/UHABD1BwDKzxAAY/UHAK31BwC59QcAAvYHAAj2BwBX9gcAY/YHAKz2BwC09gcAydAQAAT3BwBW9wcAXvcHAKv3BwC49wcAAPgHAAX4BwBV+AcAXfgHAKr4BwCs+AcA//gHABr5BwBU+QcAVvkHAKn5BwC3+QcA/vkHAA/6BwBT+gcAVfoHAKj6BwDB+gcA/foHAA77BwBS+wcAXvsHAKf7BwCv+wcAHtEQAAH8BwBR/AcAXvwHAKb8BwCz/AcA+/wHAAf9BwBQ/QcAX/0HAKX9BwCv/QcA+v0HAAj+BwBP/gcAVP4HAKT+BwCx/gcA+f4HAAH/BwBO/wcAUP8HAKP/BwCt/wcA+P8HAAAACABz0RAAWAAIAKIACACwAAgA9wAIAPoACABMAQgAVAEIAKEBCAC3AQgA9gEIAPsBCABLAggAYQIIAKACCACsAggA9QIIAAIDCABKAwgAVAMIAMjREAChAwgA9AMIAAIECABJBAgAWgQIAB3SEACkBAgA8wQIAP8ECABy0hAASgUIAJ0FCACjBQgA8gUIABIGCABHBggAUwYIAJwGCACjBggA8QYIAPkGCABGBwgATQcIAJsHCACnBwgA8AcIAPIHCABFCAgATAgIAMfSEACdCAgA7wgIAPcICABECQgAVAkIAJkJCACbCQgA7gkIAPwJCABDCggAVAoIABzTEACfCggAcdMQAPoKCABCCwgASQsIAJcLCACfCwgA7AsIAPoLCABBDAgARAwIAJYMCACeDAgA6wwIAPIMCABADQgATg0IAJUNCACYDQgA6g0IAOwNCAA/DggAWA4IAJQOCAClDggA6Q4IAPUOCAA+DwgARQ8IAJMPCACbDwgA6A8IAPEPCAA9EAgAShAIAJIQCACcEAgA5xAIAPUQCAA8EQgATREIAJERCACZEQgA5hEIAPARCAA7EggASRIIAJASCACmEggA5RIIAPESCAA6EwgAQRMIAI8TCACXEwgA5BMIAOoTCAA5FAgARRQIAI4UCACYFAgA4xQIAOkUCAA4FQgATBUIABvUEACbFQgA4hUIAPsVCAA3FggATRYIAIwWCACbFggA4RYIAPsWCAA2FwgAORcIADEcCABBFwgALCEIAEUXCACLFwgAkBcIAOAXCADtFwgANRgIAEIYCACKGAgAlhgIAN8YCADuGAgANBkIAD4ZCACJGQgAlxkIAN4ZCADjGQgAMxoIAEAaCACIGggAlBoIAN0aCADjGggAMhsIADgbCACHGwgAjBsIANwbCADiGwgAcNQQAD0cCACGHAgAjBwIANscCAD2HAgAMB0IADwdCACFHQgAix0IANodCADhHQgALx4IADQeCADYHwgAOx4IAIQeCACGHggA2R4IAOAeCAAuHwgASh8IAIMfCACLHwgAb9UQANwfCAAtIAgAOiAIAIIgCACeIAgA1yAIAN8gCADE1RAAMSEIAIEhCACEIQgA1iEIAOAhCAArIggAPCIIAIAiCACFIggA1SIIANoiCAAqIwgASiMIAH8jCACIIwgA1CMIANUjCAApJAgANSQIAH4kCACEJAgA0yQIANkkCAAoJQgALSUIAH0lCACDJQgAGdYQANMlCAAnJggAMyYIAHwmCACJJggA0SYIANkmCAAmJwgALycIAHsnCACIJwgA0CcIAN4nCAAlKAgAOCgIAHooCACCKAgAzygIANIoCAAkKQgAKSkIAHkpCACIKQgAzikIAO4pCAAjKggALyoIAHgqCACCKggAGNcQANcqCAAiKwgAJCsIAHcrCACBKwgAzCsIANUrCAAhLAgAJCwIAHYsCAB+LAgAyywIAAEtCABt1xAALC0IAHUtCACELQgAyi0IAOotCAAfLggAKy4IAHQuCAB7LggAyS4IAM4uCAAeLwgAHy8IAHMvCAB/LwgAyC8IAM4vCAAdMAgAHzAIAHIwCAB8MAgAxzAIANUwCAAcMQgAITEIAHExCAB+MQgAxjEIANAxCAAbMggAKTIIAHAyCACGMggAxTIIANEyCAAaMwgAHzMIAG8zCAB4MwgAxDMIAM4zCAAZNAgAJTQIAG40CACBNAgAwzQIANI0CAAYNQgAJDUIAG01CABuNQgAwjUIAMw1CAAXNggAJTYIAGw2CABxNggAwTYIAM42CADC1xAAJDcIAGs3CACBNwgAwDcIAMw3CAAVOAgAHDgIAGo4CAByOAgAvzgIAMQ4CAAUOQgAHTkIAGk5CABzOQgAvjkIAMY5CAATOggAFzoIAGg6CABqOggAvToIAMs6CAASOwgAHDsIAGc7CAB1OwgAvDsIAMk7CAARPAgAKDwIAGY8CABuPAgAuzwIAMs8CAAQPQgAFT0IAGU9CABrPQgAuj0IAMI9CAAPPggAFD4IAGQ+CABlPggAuT4IAMU+CAAOPwgAFD8IAGM/CABlPwgAuD8IAMI/CAANQAgAG0AIAGJACABnQAgAt0AIAMRACADB2BAADkEIAGFBCABrQQgAtkEIAMRBCAALQggAEEIIAGBCCABtQggAtUIIALdCCACKFgoAv0IIAApDCAAYQwgAX0MIAHVDCAC0QwgAwEMIAAlECAAORAgAXkQIAGdECACzRAgAvUQIAAhFCAAURQgAXUUIAHBFCACyRQgAwUUIAAdGCAATRggAXEYIAF1GCACxRggAu0YIAAZHCAAURwgAW0cIAGBHCACwRwgAvUcIABbZEAAOSAgAWkgIAGRICACvSAgAsUgIAARJCAAOSQgAWUkIAGVJCACuSQgAtkkIABXaEAAESggAWEoIAGRKCACtSggAs0oIAAJLCAAESwgAV0sIAGFLCACsSwgAuksIAAFMCAAGTAgAVkwIAGNMCACrTAgAs0wIAABNCAAKTQgAVU0IAGNNCACqTQgAwE0IAP9NCAALTggAVE4IAFtOCACpTggAsU4IAP5OCAADTwgAU08IAFxPCACoTwgAsk8IAP1PCAASUAgAUlAIAFtQCACnUAgAtFAIAPxQCAD+UAgAUVEIAGpRCACmUQgAt1EIAPtRCAAHUggAUFIIAFhSCABq2hAAqlIIAPpSCAACUwgAT1MIAGVTCACkUwgAqVMIAPlTCAAAVAgATlQIAFxUCACjVAgAs1QIAPhUCAAMVQgATVUIAFVVCACiVQgAsVUIAPdVCAD8VQgATFYIAFVWCAChVggArlYIAPZWCAAAVwgAS1cIAFdXCACgVwgAplcIAL/aEAADWAgASlgIAGBYCACfWAgAq1gIAPRYCAD5WAgASVkIAFJZCACeWQgAqFkIAPNZCAD7WQgASFoIAExaCACdWggAn1oIAPJaCAAAWwgAR1sIAFFbCACcWwgAqlsIAPFbCAD+WwgARlwIAF1cCACbXAgAo1wIAPBcCAAAXQgARV0IAEpdCACaXQgAoF0IAO9dCAD3XQgARF4IAF9eCACZXggAm14IAO5eCAD/XggAQ18IAExfCACYXwgApF8IABTbEADyXwgAQmAIAEVgCACXYAgAoWAIAOxgCADuYAgAQWEIAFxhCACWYQgAmGEIAOthCAD5YQgAQGIIAFFiCACVYggAl2IIAOpiCAADYwgAP2MIAFBjCACUYwgAoGMIAGnbEAAGZAgAPmQIAE9kCACTZAgAr2QIAOhkCADwZAgAvtsQAEJlCACSZQgAmmUIAOdlCADyZQgAPGYIAEFmCACRZggAlGYIAOZmCADwZggAO2cIAD5nCACQZwgAmGcIAOVnCADnZwgAOmgIAFVoCACPaAgAkWgIAORoCADyaAgAOWkIAEppCACOaQgAkGkIAONpCAD8aQgAOGoIAElqCACNaggAmWoIAOJqCADqaggAE9wQAERrCACMawgAlGsIAOFrCADrawgANmwIAEFsCACLbAgAl2wIAOBsCADobAgAaNwQADptCACKbQgAj20IAN9tCADwbQgAvdwQAEFuCACJbggAi24IAN5uCAD3bggAM28IAERvCACIbwgAlG8IAN1vCADlbwgAEt0QADdwCACHcAgAj3AIANxwCADrcAgAMXEIADdxCACGcQgAknEIANtxCADdcQgAMHIIADpyCACFcggAkXIIANpyCADicggAZ90QADtzCACEcwgAh3MIANlzCADccwgALnQIADx0CACDdAgAiHQIANh0CADldAgAvN0QAD51CACCdQgAinUIANd1CACPdQgAI38IAOJ1CAAsdggAMXYIAIF2CACEdggA1nYIAOB2CAArdwgATncIAIB3CACDdwgA1XcIAPl3CAAqeAgAMngIABHeEACFeAgA1HgIAOJ4CAApeQgANXkIAH55CACFeQgA03kIANt5CAAoeggAOHoIAH16CACCeggA0noIANh6CAAnewgAL3sIAHx7CACZewgA0XsIANp7CAAmfAgAMnwIAHt8CACBfAgA0HwIAOR8CAAlfQgALX0IAHp9CACKfQgAz30IANF9CAAkfggAMn4IAHl+CACKfggAZt4QANV+CAC73hAAKH8IAHh/CAB/fwgAzX8IANl/CAAigAgAJYAIAHeACACHgAgAzIAIAM6ACAAhgQgAL4EIAHaBCACHgQgAEN8QANKBCABl3xAAM4IIAHWCCACEgggAyoIIANaCCAAfgwgAIIMIAHSDCAB+gwgAyYMIANeDCAAehAgAI4QIAHOECACAhAgAut8QAM2ECAAdhQgAJoUIAHKFCACDhQgAx4UIAM6FCAAchggAJIYIAHGGCAB+hggAxoYIAMuGCAAbhwgAJYcIAHCHCAB4hwgAxYcIAMuHCAAaiAgAJogIAG+ICABxiAgAxIgIANOICAAZiQgAJIkIAG6JCAB2iQgAw4kIAMWJCAAYiggAJYoIAG2KCACBiggAwooIAMqKCAAXiwgAJosIAGyLCABxiwgAwYsIAM6LCAAWjAgAIIwIAGuMCABtjAgAwIwIAM+MCAAVjQgAH40IAGqNCAByjQgAv40IAMCNCAAUjggAGY4IAGmOCAB3jggAvo4IAMuOCAATjwgAHY8IALngEABrjwgAvY8IAMmPCAADnwgA2Y8IABKQCAAakAgADuEQAGyQCAC8kAgAxJAIABGRCAAUkQgAZpEIAHKRCAC7kQgAwZEIABCSCAArkggAZZIIAHGSCAC6kggAwJIIAA+TCAASkwgAZJMIAGyTCAC5kwgAu5MIAA6UCAAplAgAY5QIAGWUCAC4lAgAxpQIAA2VCAAelQgAYpUIAGSVCAC3lQgA0JUIAAyWCAAdlggAYZYIAG2WCAC2lggAvpYIAGPhEAAQlwgAYJcIAGaXCAC1lwgAvZcIAAqYCAAZmAgAX5gIAGSYCAC0mAgAwZgIAAmZCAAWmQgAXpkIAGqZCACzmQgAwpkIAAiaCAASmggAXZoIAGuaCACymggAt5oIAAebCAAUmwgAuOEQAGibCACxmwgAt5sIAAacCAAhnAgAW5wIAGecCACwnAgAtpwIAAWdCAAInQgAWp0IAGadCACvnQgAtZ0IAASeCAAKnggAWZ4IAF6eCACunggAtJ4IAA3iEAAJnwgAWJ8IAF6fCACtnwgAsp8IAAKgCAAIoAgAYuIQAFygCACsoAgAuaAIAAGhCAAOoQgAVqEIAGKhCACroQgAuqEIAACiCAAKoggAVaIIAGOiCACqoggAr6IIAP+iCAAMowgAVKMIAGyjCACpowgAr6MIAP6jCAAKpAgAU6QIAGOkCACopAgAsaQIAP2kCAAApQgAUqUIAF6lCACnpQgArqUIAGHjEAD+pQgAUaYIAFumCACmpggAqaYIAPumCAADpwgAUKcIAFOnCAClpwgAsacIAPqnCAAAqAgAT6gIAGqoCACkqAgAsKgIAPmoCAD/qAgAtuMQAG6pCACjqQgArqkIAPipCAD9qQgATaoIAFaqCACiqggApaoIAPeqCAADqwgATKsIAFirCADstQgAZKsIAKGrCACoqwgA9qsIAPyrCABLrAgAWawIAKCsCAC7rAgA9awIAAGtCABKrQgAUK0IAJ+tCAC5rQgA9K0IAACuCABJrggAT64IAJ6uCACkrggA864IAPiuCABIrwgATq8IAAvkEACqrwgA8q8IAP6vCABHsAgAUbAIAJywCACgsAgA8bAIAPawCABGsQgATLEIAJuxCAC7sQgA8LEIAPyxCABFsggAS7IIAJqyCACgsggA77IIAPSyCABEswgASrMIALXkEACeswgA7rMIAPWzCABDtAgAT7QIAJi0CAC0tAgA7bQIAPW0CAC05RAAa7UIAJe1CAC9tQgACeYQAP+1CABBtggAULYIAJa2CACitggA67YIAOy2CABAtwgASrcIAJW3CACjtwgA6rcIAO+3CAA/uAgATLgIAF7mEACcuAgAXecQAO64CAA+uQgAS7kIAJO5CACguQgA6LkIAPS5CAA9uggATLoIAJK6CACcuggA57oIAPW6CAA8uwgAQbsIAJG7CACeuwgA5rsIAO67CACy5xAAR7wIAJC8CACgvAgA5bwIAO68CAA6vQgAPb0IAI+9CACbvQgA5L0IAOu9CAAH6BAARL4IAI6+CACavggA474IAOu+CABc6BAARb8IAI2/CACUvwgA4r8IAOO/CAA3wAgAPMAIAIzACACawAgA4cAIAO7ACAA2wQgAQMEIAIvBCACTwQgA4MEIAOnBCAA1wggAO8IIAIrCCACbwggA38IIAPvCCAA0wwgAPMMIALHoEACUwwgA3sMIAOjDCAAzxAgAPcQIAIjECACJxAgABukQAOLECAAyxQgAP8UIAIfFCACUxQgA3MUIAOjFCAAxxggAQMYIAIbGCACQxggA28YIAOPGCAAwxwgAOscIAIXHCACKxwgA2scIAOLHCABb6RAAOsgIAITICACQyAgA2cgIAOHICACw6RAAM8kIAIPJCACSyQgA2MkIAPjJCAAtyggAOcoIAILKCACIyggA18oIAN/KCAAsywgAM8sIAIHLCACDywgA1ssIAOLLCAArzAgAQcwIAIDMCACFzAgA1cwIAOLMCAAF6hAAL80IAH/NCACOzQgA1M0IAPTNCAApzggANc4IAH7OCACEzggA084IANvOCAAozwgAL88IAH3PCAB/zwgA0s8IAN7PCAAn0AgAPdAIAHzQCACB0AgA0dAIAN7QCAAm0QgALtEIAHvRCACB0QgA0NEIANnRCAAl0ggAMtIIAHrSCACH0ggAz9IIAN3SCAAk0wgAMdMIAHnTCACQ0wgAztMIAP7TCABa6hAAKdQIAHjUCAAw1AgARK0OAI7UCADN1AgA29QIACLVCAAl1QgAd9UIAHrVCADM1QgA2tUIACHWCAAm1ggAdtYIAIPWCADL1ggA09YIACDXCAAn1wgAddcIAIHXCADK1wgA19cIAB/YCAAt2AgAdNgIAIDYCADJ2AgA0NgIAB7ZCAAm2QgAc9kIAHfZCADI2QgA09kIAB3aCAAr2ggActoIAIPaCADH2ggA09oIABzbCAAk2wgAr+oQAHfbCADG2wgA2tsIABvcCAAp3AgAcNwIAH3cCADF3AgA3NwIABrdCAAi3QgAb90IAHndCADE3QgAyd0IABneCAAh3ggAbt4IAH3eCADD3ggAyN4IABjfCAAl3wgAbd8IAHrfCADC3wgAzt8IABfgCAAm4AgAbOAIAHbgCADB4AgAyeAIABbhCAAg4QgAa+EIAHDhCADA4QgAyOEIAATrEAAg4ggAauIIAHbiCAC/4ggAx+IIAFnrEAAZ4wgAaeMIAHjjCAC+4wgA3uMIABPkCAAf5AgAaOQIAG7kCAC95AgAxeQIABLlCAAZ5QgAZ+UIAGnlCAC85QgAyOUIABHmCAAn5ggAZuYIAGvmCAC75ggAyOYIAK7rEAAZ5wgAZecIAGvnCAC65wgAyOcIAA/oCAAc6AgAZOgIAHvoCAC56AgAwegIAA7pCAAd6QgAY+kIAGjpCAC46QgAxekIAA3qCAAa6ggAYuoIAG7qCAC36ggAxuoIAAzrCAAW6wgAYesIAH3rCAC26wgAvusIAAPsEAAY7AgAVEkNABrsCABg7AgAauwIADLADQCA7AgAtewIAMHsCAAK7QgAEO0IAF/tCABn7QgAxy8JAGvtCAC07QgAee0IAN0ZCQDH7QgACe4IABjuCABe7ggAau4IALPuCAC07ggACO8IABLvCABd7wgAa+8IALLvCAC37wgAB/AIABTwCABY7BAAYvAIALHwCAC38AgABvEIAAvxCABb8QgAYfEIAFftEAC78QgABfIIABPyCABa8ggAa/IIAK/yCAC78ggABPMIAAzzCAAB7hAAZfMIAK7zCAC48wgAA/QIABL0CABY9AgAY/QIAK30CAC79AgAAvUIAA/1CABX9QgAbvUIAKz1CAC09QgAAfYIAAT2CABW9ggAYvYIAKv2CACx9ggAAPcIABv3CABV9wgAYfcIAKr3CACw9wgA//cIAAf4CABU+AgAVvgIAKn4CACq+AgA/vgIAAz5CABT+QgAW/kIAKj5CADD+QgA/fkIAAn6CABS+ggAWPoIAKf6CACq+ggA/PoIAAr7CABR+wgAVvsIAKb7CACz+wgA+/sIABf8CABQ/AgAWPwIAFbuEACy/AgANb0NALb8CAD6/AgAuPwIAIYWDgAG/QgAT/0IAFz9CACk/QgAqf0IAPn9CAAD/ggATv4IAF7+CACj/ggAqP4IAPj+CAAB/wgATf8IAFr/CACi/wgAqf8IAPf/CAADAAkATAAJAFIACQChAAkApwAJAPYACQD7AAkASwEJAFEBCQCr7hAArAEJAPUBCQD7AQkASgIJAFACCQCfAgkArAIJAPQCCQD5AgkASQMJAFEDCQCeAwkA1QMJAPMDCQAeBAkASAQJAFAECQCdBAkAqgQJAPIECQD3BAkARwUJAE8FCQCcBQkAnwUJAPEFCQD6BQkARgYJAFUGCQCbBgkApgYJAPAGCQD4BgkARQcJAFUHCQCaBwkAqAcJAO8HCQAACAkARAgJAFAICQCZCAkAoQgJAKrvEAD0CAkAQwkJAEsJCQCYCQkAnwkJAO0JCQD7CQkAQgoJAEgKCQCXCgkAowoJAOwKCQD7CgkAQQsJAEsLCQCWCwkAmwsJAOsLCQDxCwkAQAwJAFQMCQD/7xAAnwwJAGyKCQCiDAkA6gwJAKQMCQD9TgkA7wwJAD8NCQBLDQkAlA0JAKENCQDpDQkA8w0JAFTwEABZDgkAkw4JAJUOCQDoDgkA7g4JAD0PCQB1DwkAkg8JAJgPCQDnDwkA8A8JADwQCQBJEAkAkRAJAMkQCQDmEAkA7RAJADsRCQBAEQkAkBEJAJ8RCQDlEQkABRIJADoSCQBGEgkAjxIJAJUSCQDkEgkA/hIJADkTCQA8EwkAjhMJAJMTCQDjEwkA8hMJADgUCQBYFAkA/vAQAK0UCQDiFAkA7hQJADcVCQBBFQkAjBUJAJgVCQDYyAkAmRUJAOEVCQDmFQkANhYJAEAWCQCLFgkAmxYJAOAWCQDlFgkANRcJAD4XCQCKFwkAlxcJAN8XCQDmFwkANBgJAEAYCQCJGAkAjxgJAN4YCQDkGAkAMxkJADgZCQCIGQkAjhkJAFPxEADgGQkAMhoJADcaCQCHGgkAlhoJANwaCQD8GgkA/fEQAD8bCQCGGwkAkxsJANsbCQDiGwkAMBwJADgcCQCFHAkAhxwJANocCQCMHAkAEeMLAJwcCQBNpwsA4BwJANLMCwDiHAkALx0JADMdCQAnJQkARR0JADdoCwBKHQkAhB0JAIYdCQDZHQkA6h0JAC4eCQA8HgkAgx4JAIoeCQDYHgkA4B4JAC0fCQA0HwkAgh8JAIcfCQDXHwkA5h8JACwgCQBMIAkAgSAJAI0gCQDWIAkA3CAJACshCQAzIQkAgCEJAIwhCQDVIQkA4iEJACoiCQBFIgkAfyIJAI0iCQDUIgkA2iIJACkjCQAuIwkAfiMJAIsjCQDTIwkA6SMJACgkCQA0JAkAfSQJAIokCQDSJAkA3CQJAFLyEAAsJQkAfCUJAIIlCQDRJQkA8SUJACYmCQA0JgkAeyYJAIgmCQDQJgkA5yYJACUnCQAtJwkAeicJAIknCQDPJwkA1CcJACQoCQAxKAkAeSgJAIMoCQDOKAkA0CgJACMpCQAxKQkAeCkJAIUpCQDNKQkA2SkJACIqCQAoKgkAdyoJAH8qCQDMKgkA0ioJACErCQAqKwkAdisJAIMrCQDLKwkA1SsJACAsCQAuLAkAdSwJAIssCQDKLAkA1iwJAB8tCQAnLQkAp/IQAH4tCQDJLQkAzy0JAB4uCQAgLgkAcy4JAH0uCQDILgkA1C4JAB0vCQA0LwkAci8JAIYvCQD88hAA1S8JABwwCQAfMAkAcTAJAHkwCQDGMAkA0jAJABsxCQApMQkAcDEJAHoxCQDFMQkA0DEJABoyCQAmMgkAbzIJAHUyCQDEMgkAzDIJABkzCQAmMwkAbjMJAHMzCQDDMwkAzTMJABg0CQAgNAkAbTQJAHM0CQDCNAkAyzQJABc1CQAkNQkAbDUJAHk1CQDBNQkAzzUJABY2CQAjNgkAazYJAII2CQDANgkAyDYJABU3CQAaNwkAajcJAHA3CQC/NwkAxzcJABQ4CQAqOAkAaTgJAHc4CQC+OAkAwTgJABM5CQAiOQkAaDkJAG05CQC9OQkAyjkJABI6CQAiOgkAZzoJAHU6CQC8OgkA0zoJABE7CQAaOwkAZjsJAGw7CQC7OwkAxzsJABA8CQAXPAkAUfMQAHE8CQC6PAkAvDwJAA89CQAZPQkAZD0JAHA9CQC5PQkAwT0JAKbzEAATPgkAYz4JAHI+CQC4PgkA2D4JAA0/CQAZPwkAYj8JAGg/CQC3PwkAvz8JAAxACQANQAkAYUAJAGdACQC2QAkAu0AJAAtBCQAmQQkAYEEJAG5BCQC1QQkAvEEJAApCCQAWQgkAX0IJAGVCCQD78xAAuUIJAAlDCQATQwkAXkMJAG9DCQCzQwkAv0MJAAhECQALRAkAXUQJAGBECQCyRAkAukQJAAdFCQAORQkAXEUJAGFFCQCxRQkAwEUJAAZGCQAmRgkAW0YJAGdGCQCwRgkAtkYJAAVHCQANRwkAWkcJAGdHCQCvRwkAtEcJAARICQAOSAkAWUgJAGFICQCuSAkAvkgJAANJCQAISQkAWEkJAGFJCQCtSQkAukkJAAJKCQAJSgkAUPQQAFxKCQCsSgkAu0oJAAFLCQAhSwkAVksJAGJLCQCrSwkAsUsJAABMCQAITAkAVUwJAGFMCQCqTAkAt0wJAP9MCQAGTQkAVE0JAFVNCQCpTQkArk0JAP5NCQAMTgkAU04JAGBOCQCoTgkAsk4JAKX0EAACTwkAUk8JAF9PCQCnTwkAtE8JAPxPCQACUAkAUVAJAF1QCQCmUAkAtlAJAPtQCQAEUQkAUFEJAFNRCQClUQkAsVEJAPpRCQABUgkA+vQQAFFSCQCkUgkAVlIJAPilDABfUgkA//MMALVSCQD5UgkAAVMJAE5TCQBYUwkAo1MJALJTCQD4UwkA+VMJAE1UCQBVVAkApPUQAKpUCQD59RAAFVUJAExVCQAaVQkAlQQRACFVCQDWdQkAVFUJAKFVCQCwVQkA9lUJAPtVCQBLVgkAWFYJAKBWCQCtVgkA9VYJAAFXCQBKVwkAWVcJAJ9XCQCpVwkA9FcJABdYCQBJWAkAgFgJAJ5YCQDCWAkA81gJAPtYCQBN9xAATVkJAJ1ZCQCjWQkA8lkJAPpZCQCi9xAAVVoJAJxaCQC3WgkA8VoJAP1aCQBGWwkAV1sJAJtbCQCvWwkA8FsJAPhbCQBFXAkAS1wJAJpcCQCmXAkA71wJAP9cCQBEXQkATV0JAJldCQCcXQkA7l0JAPpdCQBDXgkASl4JAPf3EACmXgkA7V4JAPdeCQBM+BAAR18JAJdfCQCkXwkA7F8JAPlfCQBBYAkATWAJAJZgCQClYAkA62AJAPVgCQBAYQkATmEJAJVhCQCaYQkA6mEJAPdhCQA/YgkAR2IJAKH4EACgYgkA6WIJAPliCQA+YwkAR2MJAJNjCQCWYwkA6GMJAPRjCQA9ZAkARGQJAPb4EAChZAkA52QJAOxkCQA8ZQkASWUJAJFlCQCeZQkA5mUJAOxlCQA7ZgkAR2YJAJBmCQCgZgkA5WYJAO5mCQA6ZwkAPWcJAI9nCQCbZwkA5GcJAOtnCQBL+RAAPmgJAI5oCQCbaAkA42gJAAFpCQA4aQkARGkJAI1pCQCgaQkA4mkJAPBpCQA3agkAOmoJAIxqCQCWagkA4WoJAO9qCQA2awkAQ2sJAItrCQCiawkA4GsJAOhrCQA1bAkAPGwJAIpsCQCPbAkA32wJAPVsCQA0bQkANm0JAIltCQCXbQkA3m0JAOttCQCg+RAAO24JAPX5EACNbgkA3W4JAOpuCQAybwkAP28JAIdvCQCTbwkA3G8JAOtvCQAxcAkAO3AJAIZwCQCUcAkA23AJAOBwCQAwcQkAPXEJAIVxCQCNcQkASvoQAOZxCQAvcgkAP3IJAIRyCQCNcgkA2XIJANxyCQAucwkAOnMJAINzCQCKcwkAn/oQAORzCQAtdAkAPXQJAIJ0CQBDdAkAVpwNAIt0CQDXdAkA2nQJACx1CQA4dQkAgXUJAIh1CQD0+hAA33UJACh5CQDgdQkAK3YJADp2CQCAdgkAPHYJANR3CQCBdgkA1XYJAPF2CQAqdwkAYncJAH93CQC3dwkASfsQANd3CQApeAkARXgJAH54CQC2eAkA03gJAAt5CQCe+xAANXkJAH15CQCLeQkA0nkJAOV5CQAnegkAQ3oJAHx6CQC0egkA0XoJAAl7CQDz+xAAN3sJAHt7CQCHewkA0HsJANh7CQBI/BAAKnwJAHp8CQCCfAkAz3wJAN58CQAkfQkAKX0JAHl9CQCGfQkAzn0JANt9CQAjfgkAL34JAHh+CQCHfgkAzX4JANd+CQAifwkAKn8JAHd/CQCBfwkAzH8JANF/CQAhgAkAKYAJAJ38EACFgAkAy4AJAIeACQAfggkAzIAJACCBCQA8gQkAdYEJAK2BCQDKgQkAAoIJAPL8EAAiggkAdIIJAJCCCQDJggkAAYMJAB6DCQBWgwkAR/0QAHaDCQDIgwkA2YMJAB2ECQA5hAkAcoQJAKqECQDHhAkA/4QJAJz9EAAphQkAcYUJAH2FCQDGhQkA1YUJABuGCQAlhgkAcIYJAHiGCQBQ+wkAfoYJAMWGCQDKhgkAGocJACeHCQBvhwkAd4cJAMSHCQDKhwkAGYgJANSHCQBe7QkAJYgJAG6ICQB+iAkAw4gJAMyICQAYiQkAG4kJAG2JCQB5iQkAwokJAMmJCQDx/RAAOooJAEb+EAB6igkAwYoJANeKCQAWiwkAIosJAGuLCQByiwkAwIsJAMWLCQAVjAkAHowJAGqMCQB0jAkAm/4QAMSMCQAxbQwAyYwJABSNCQDLjAkA7gUMAB6NCQBpjQkAao0JAL6NCQDNjQkAE44JABiOCQBojgkAdY4JAL2OCQDKjgkAEo8JAB6PCQBnjwkAdo8JALyPCQDGjwkAEZAJAB+QCQBmkAkAa5AJALuQCQDIkAkAEJEJABGRCQBlkQkAapEJALqRCQC/kQkAD5IJACCSCQBkkgkAh5IJALmSCQDEkgkADpMJABOTCQBjkwkAZpMJALiTCQDCkwkADZQJADWUCQBilAkAgZQJAEX/EADDlAkADJUJAA6VCQBhlQkAcJUJALaVCQDBlQkAC5YJABOWCQBglgkAZ5YJALWWCQC3lgkACpcJABSXCQBflwkAYZcJALSXCQDNlwkACZgJAAuYCQBemAkAYZgJALOYCQC/mAkACJkJABCZCQCa/xAAaZkJALKZCQC4mQkAB5oJACKaCQBcmgkAaJoJALGaCQC3mgkABpsJAA6bCQBbmwkAXZsJALCbCQC6mwkABZwJAA2cCQDv/xAAa5wJAK+cCQC2nAkABJ0JAAydCQBZnQkAZp0JAK6dCQCznQkAA54JAA2eCQBYngkAYJ4JAK2eCQC8ngkAAp8JAAefCQBXnwkAZJ8JAKyfCQC5nwkAAaAJAA2gCQBWoAkAZaAJAKugCQC1oAkAAKEJAAihCQBVoQkAX6EJAKqhCQCvoQkA/6EJAAeiCQBEABEAYKIJAKmiCQC5ogkA/qIJAAejCQBTowkAVqMJAKijCQC0owkA/aMJAASkCQCZABEAWKQJAKekCQCtpAkA/KQJAAGlCQBRpQkAV6UJAO4AEQCspQkA+6UJAAGmCQBQpgkAVaYJAJtWDgBdpgkApaYJAKqmCQD6pgkAAqcJAE+nCQB4pwkApKcJAIOnCQDyrgkAzacJAPmnCQAiqAkATqgJAHmoCQCjqAkAq6gJAPioCQAHqQkATakJAFKpCQCiqQkAr6kJAPepCQAEqgkATKoJAFiqCQChqgkAsKoJAPaqCQAAqwkAS6sJAFmrCQCgqwkApasJAPWrCQACrAkASqwJAFKsCQCfrAkApawJAPSsCQAArQkASa0JAFmtCQCerQkAp60JAPOtCQD2rQkASK4JAFSuCQCdrgkApK4JAEMBEQAbrwkAR68JAHKvCQCcrwkApK8JAPGvCQAAsAkARrAJAEuwCQCbsAkAqLAJAPCwCQD9sAkARbEJAFGxCQCasQkAqbEJAO+xCQD5sQkARLIJAFKyCQCZsgkAnrIJAO6yCQD7sgkAQ7MJAEuzCQCYswkAnrMJAO2zCQD5swkAQrQJAFK0CQCXtAkAoLQJAOy0CQDvtAkAQbUJAE21CQCWtQkAnbUJAJgBEQDttQkANmYOAPm1CQBAtgkATbYJAJW2CQChtgkA6rYJAPC2CQA/twkARbcJAJS3CQCZtwkA6bcJAO+3CQDtAREAZLgJAJO4CQC5uAkA6LgJABy5CQA9uQkAZrkJAJK5CQC9uQkAlwIRAPO5CQA8ugkA9bkJAArrCgBGugkAkboJAKu6CQDmugkA6boJAEYFCgD1ugkAO7sJAEC7CQCQuwkAnbsJAOW7CQDyuwkAOrwJAEa8CQCPvAkAnrwJAOS8CQDuvAkAOb0JAEW9CQCOvQkAob0JAOO9CQDyvQkAOL4JAES+CQCNvgkAjr4JAOK+CQDsvgkAN78JAEW/CQCMvwkAkb8JAOG/CQDuvwkA7AIRADvACQCLwAkAmMAJAODACQDtwAkANcEJAEHBCQCKwQkAmcEJAN/BCQDpwQkANMIJAELCCQCJwgkAjsIJAN7CCQDrwgkAM8MJADvDCQDrAxEAlMMJAN3DCQDtwwkAMsQJADvECQCHxAkAisQJANzECQDoxAkAMcUJADjFCQBABBEAicUJANvFCQDjxQkAMMYJADzGCQCFxgkAi8YJANrGCQDgxgkAL8cJADTHCQCExwkAiscJAOoEEQACyAkALsgJAFfICQCDyAkAp8gJAJQFEQDeyAkAnQILAOvICQAtyQkAPMkJAILJCQCOyQkA18kJANjJCQAsygkANsoJAIHKCQCPygkA1soJANvKCQArywkAOMsJAOkFEQCjywkAPgYRAP7LCQAqzAkAU8wJAH/MCQCjzAkAkwYRAOLMCQApzQkALs0JAH7NCQCLzQkA080JANvNCQAozgkALs4JAH3OCQCJzgkA0s4JAOLOCQAnzwkAMM8JAHzPCQB/zwkA0c8JAAzQCQAm0AkAMtAJAOgGEQCB0AkA0NAJAOnQCQAl0QkAM9EJAHrRCQCH0QkAz9EJANbRCQAk0gkALdIJAHnSCQCG0gkAztIJAOXSCQAj0wkAJtMJAHjTCQB60wkAzdMJANbTCQAi1AkAMtQJAHfUCQCQ1AkAzNQJAM7UCQAh1QkAKtUJAHbVCQB+1QkAy9UJAM3VCQAg1gkAOdYJAHXWCQCM1gkAytYJANbWCQAf1wkAMNcJAHTXCQCA1wkAydcJANTXCQAe2AkAK9gJAHPYCQB92AkAPQcRANvYCQAd2QkAK9kJAHLZCQBa2QkAv+EJAK7ZCQDH2QkA1NkJABzaCQAk2gkAcdoJAHfaCQDG2gkA0toJABvbCQAm2wkAcNsJAHnbCQDF2wkAyNsJABrcCQAc3AkAb9wJAHbcCQDE3AkAxtwJAJIHEQAc3QkAbt0JAHzdCQDD3QkAyN0JABjeCQAl3gkAbd4JAHneCQDC3gkAyt4JAOcHEQAl3wkAbN8JAHzfCQDB3wkAz98JABbgCQAf4AkAa+AJAHXgCQDA4AkAwuAJABXhCQAf4QkAauEJAGzhCQA8CBEAxOEJABTiCQAc4gkAaeIJAG/iCQC+4gkAyuIJABPjCQAi4wkAaOMJAHHjCQC94wkAwOMJABLkCQAU5AkAZ+QJAG7kCQC85AkAvuQJAJEIEQAW5QkAZuUJAILlCQC75QkA1+UJAOYIEQAd5gkAfyALAB/mCQBl5gkAauYJALrmCQDH5gkAD+cJABznCQBk5wkAaucJALnnCQDF5wkADugJAB7oCQBj6AkAbOgJALjoCQC76AkADekJABnpCQBi6QkAaekJADsJEQDG6QkADOoJABHqCQBh6gkAbuoJALbqCQDD6gkAC+sJABHrCQBg6wkAbOsJALXrCQDF6wkACuwJABPsCQBf7AkAYuwJALTsCQDA7AkACe0JABDtCQCQCREAYO0JALPtCQDB7QkACO4JABnuCQDlCREAZO4JADoKEQC67gkAjwoRAAzvCQBc7wkAae8JALHvCQC+7wkABvAJABLwCQBb8AkAavAJALDwCQC68AkABfEJABPxCQBa8QkAX/EJAK/xCQC88QkABPIJAAzyCQDkChEAZfIJAK7yCQC+8gkAA/MJAAzzCQBY8wkAW/MJAK3zCQC58wkAAvQJAAn0CQA5CxEAWfQJAKz0CQC69AkAAfUJABL1CQCOCxEAXfUJAOMLEQCz9QkAOAwRAAX2CQBV9gkAYvYJAKr2CQC39gkA//YJAAv3CQBU9wkAY/cJAKn3CQCz9wkA/vcJAAz4CQBT+AkAWPgJAKj4CQC1+AkA/fgJAAX5CQCNDBEAXvkJAKf5CQC3+QkA/PkJAAX6CQBR+gkAVPoJAKb6CQCy+gkA+/oJAAL7CQDiDBEAWvsJAKX7CQCz+wkA+vsJABD8CQBP/AkAW/wJAKT8CQCr/AkA+fwJAAH9CQBO/QkAU/0JAKP9CQCs/QkA+P0JAAL+CQA3DREAY/4JAKL+CQCu/gkA9/4JAP7+CQBM/wkAVP8JAKH/CQCm/wkA9v8JAP//CQBLAAoAVQAKAIwNEQClAAoALHIMAKwACgBSTgoArwAKAPUACgDKAAoAIM4RAPoACgBKAQoAVwEKAJ8BCgCsAQoA9AEKAAACCgBJAgoAWAIKAJ4CCgCoAgoA8wIKAAEDCgBIAwoAVQMKAJ0DCgC0AwoA8gMKAPoDCgBHBAoAUQQKAJwECgChBAoA8QQKAPkECgDhDREASwUKAJsFCgCqBQoA8AUKABAGCgBFBgoAUQYKAJoGCgCkBgoA7wYKAPkGCgBEBwoAUgcKAJkHCgCvBwoA7gcKAPoHCgBDCAoASAgKAJgICgChCAoA7QgKAPcICgBCCQoATgkKAJcJCgCqCQoA7AkKAPsJCgBBCgoATQoKAJYKCgCXCgoA6woKAPUKCgBACwoATgsKAJULCgCaCwoA6gsKAPcLCgCLDhEATQwKAJQMCgCqDAoA6QwKAPUMCgA+DQoARQ0KAJMNCgCbDQoA6A0KAO0NCgA9DgoARg4KAJIOCgCcDgoAig8RAOwOCgA8DwoARA8KAJEPCgCUDwoA5g8KAO8PCgA7EAoAShAKAJAQCgCbEAoA5RAKAO0QCgA6EQoAShEKAI8RCgCdEQoA5BEKAPURCgA5EgoARRIKAI4SCgCWEgoA3w8RAOkSCgA4EwoAQBMKAI0TCgCUEwoA4hMKAPATCgA3FAoAPRQKAIwUCgCYFAoA4RQKAPAUCgA2FQoAQBUKAIsVCgCQFQoA4BUKAOYVCgA1FgoASRYKADQQEQCbFgoA3xYKAOsWCgA0FwoAOhcKAIkXCgCPFwoA3hcKAOMXCgAzGAoAORgKAIkQEQCNGAoA3RgKAO4YCgAyGQoAOhkKAIcZCgA+GQoAwDUKAEAZCgAE7Q4AkRkKANwZCgDqGQoAMRoKAEcaCgCGGgoAkhoKANsaCgDiGgoAMBsKADgbCgCFGwoAihsKANobCgDjGwoALxwKADkcCgCEHAoAjBwKANkcCgDdHAoALh0KADkdCgCDHQoAkR0KANgdCgDpHQoALR4KADkeCgCCHgoAih4KAN4QEQDZHgoALB8KADofCgCBHwoAix8KANYfCgDkHwoAKyAKADggCgCAIAoAlyAKANUgCgDdIAoAKiEKADohCgB/IQoAhCEKANQhCgDaIQoAKSIKADEiCgB+IgoAgCIKANMiCgDgIgoAKCMKADAjCgB9IwoAgiMKANIjCgDTIwoAJyQKADMkCgB8JAoAiSQKANEkCgDZJAoAJiUKADUlCgB7JQoAgCUKANAlCgDdJQoAJSYKADImCgB6JgoAhiYKAM8mCgDeJgoAJCcKAC4nCgB5JwoAhycKAM4nCgDTJwoAIygKADAoCgAzEREAeygKAM0oCgDVKAoAIikKAC8pCgB3KQoAfCkKAMwpCgDWKQoAISoKACkqCgB2KgoAeCoKAMsqCgDmKgoAICsKACIrCgB1KwoAgysKAMorCgDbKwoAHywKACEsCgB0LAoAjSwKAMksCgDaLAoAHi0KACotCgCIEREAey0KAMgtCgDOLQoAHS4KACkuCgByLgoAjy4KAMcuCgDQLgoAHC8KACgvCgBxLwoAdC8KAMYvCgDQLwoAGzAKACMwCgBwMAoAejAKAMUwCgDTMAoAGjEKADAxCgBvMQoAezEKAMQxCgDLMQoAGTIKACEyCgBuMgoAczIKAMMyCgDMMgoAGDMKACIzCgBtMwoAdTMKAMIzCgDEMwoAFzQKACc0CgBsNAoAdjQKAME0CgDNNAoAFjUKABw1CgBrNQoAczUKAN0REQDGNQoAFTYKABs2CgBqNgoAbzYKAL82CgDFNgoAMhIRACI3CgBpNwoAfzcKAL43CgDKNwoAEzgKABg4CgBoOAoAcTgKAL04CgDHOAoAEjkKADU5CgBnOQoAazkKALw5CgB2OQoAEDsKAL45CgAROgoAHzoKAGY6CgBwOgoAuzoKAN86CgAxExEAFjsKAGU7CgBxOwoAujsKALw7CgAPPAoAGTwKAGQ8CgBwPAoAuTwKAN08CgCGExEAEj0KAGM9CgAdPQoAtz4KAGU9CgC4PQoAxj0KAA0+CgAXPgoAYj4KAIY+CgDbExEAvT4KAAw/CgAYPwoAYT8KAGM/CgC2PwoAwD8KAAtACgAXQAoAYEAKAIRACgAwFBEA0kAKAApBCgATQQoAX0EKAG1BCgC0QQoAukEKAAlCCgAVQgoAXkIKAGZCCgCFFBEAukIKAAhDCgAhQwoAXUMKAGxDCgCyQwoAukMKAAdECgAWRAoAXEQKAGFECgCxRAoAvkQKAAZFCgATRQoAW0UKAGdFCgCwRQoAv0UKAAVGCgAPRgoAWkYKAGhGCgCvRgoAtEYKAARHCgARRwoA2hQRAFpHCgDbxAoAckcKAK5HCgC4RwoAA0gKAAVICgBYSAoAZkgKAK1ICgC6SAoAAkkKAApJCgBXSQoAg0kKAKxJCgCzSQoAAUoKABpKCgBWSgoAZUoKAKtKCgCzSgoAAEsKAA9LCgBVSwoAWksKAKpLCgC3SwoA/0sKAAxMCgBUTAoAYEwKAKlMCgC4TAoA/kwKAAhNCgBTTQoAYU0KAKhNCgCtTQoA/U0KAApOCgAvFREAZU4KAKdOCgC2TgoA/E4KAAhPCgBRTwoAXU8KAKZPCgCtTwoA+08KAAdQCgBQUAoAV1AKAKVQCgCtUAoA+lAKAP5QCgBPUQoAWlEKAKRRCgCwUQoA+VEKAAZSCgBOUgoAVlIKAKNSCgCtUgoA+FIKAP5SCgBNUwoAYVMKAKJTCgCwUwoA91MKAARUCgBMVAoAY1QKAKFUCgCpVAoA9lQKAABVCgBLVQoAUFUKAKBVCgCoVQoA9VUKAARWCgBKVgoAT1YKAJ9WCgCsVgoA9FYKAAFXCgBJVwoAVVcKAJ5XCgCtVwoA81cKAP1XCgCEFREAUFgKAJ1YCgCsWAoA8lgKAPdYCgBHWQoAUFkKAJxZCgCtWQoA8VkKAPhZCgBGWgoATloKAJtaCgCoWgoA8FoKAPVaCgBFWwoAT1sKAJpbCgCiWwoA71sKAAhcCgBEXAoAUFwKAJlcCgChXAoA2RURAP1cCgBDXQoAYF0KAJhdCgChXQoA7V0KAPtdCgBCXgoASF4KAJdeCgCjXgoA7F4KAPNeCgBBXwoASV8KAJZfCgCmXwoA618KAPFfCgBAYAoARWAKAJVgCgCrYAoA6mAKAPJgCgA/YQoASWEKAJRhCgCfYQoA6WEKAPVhCgA+YgoARmIKAC4WEQCgYgoA6GIKAO9iCgA9YwoASWMKAJJjCgCYYwoA52MKAPhjCgA8ZAoAUGQKAJFkCgCfZAoA5mQKAPNkCgA7ZQoAUmUKAJBlCgCYZQoA5WUKAOxlCgA6ZgoAPGYKAI9mCgCZZgoA5GYKAOZmCgA5ZwoAUmcKAI5nCgCQZwoA42cKAOZnCgA4aAoARGgKAI1oCgC7aAoAgxYRAPFoCgA3aQoAVGkKAIxpCgCVaQoA4WkKAO9pCgA2agoAPGoKAItqCgCXagoA4GoKAOhqCgDYFhEAPWsKAIprCgCQawoA32sKAOtrCgA0bAoAN2wKAIlsCgCObAoA3mwKAOdsCgAzbQoAOW0KAIhtCgCXbQoA3W0KAOltCgAybgoAOm4KAC0XEQCNbgoA3G4KAOFuCgAxbwoAR28KAIZvCgCObwoA228KAOlvCgAwcAoAOnAKAIVwCgCIcAoA2nAKAOJwCgAvcQoAMHEKAIRxCgCKcQoA2XEKAOdxCgAucgoARHIKAINyCgCFcgoA2HIKAN5yCgAtcwoAQXMKAIJzCgCKcwoA13MKAOdzCgAsdAoALnQKAIF0CgCQdAoA1nQKAOB0CgArdQoAMHUKAIB1CgCGdQoA1XUKAOl1CgAqdgoAMnYKAH92CgCEdgoA1HYKANp2CgApdwoAMXcKAH53CgCBdwoA03cKANh3CgAoeAoAMXgKAH14CgCDeAoA0ngKAOF4CgAneQoAM3kKAIIXEQCIeQoA0XkKAOR5CgAmegoAQnoKAHt6CgCDegoA1xcRAN56CgAlewoAO3sKAHp7CgCGewoAz3sKANR7CgAkfAoALXwKAHl8CgCDfAoAznwKANZ8CgAjfQoAJX0KAHh9CgCHfQoAzX0KAOp9CgAifgoAK34KAHd+CgCFfgoAzH4KANJ+CgAhfwoAL38KAHZ/CgCDfwoAy38KAOJ/CgAggAoAKIAKAHWACgB3gAoAyoAKANKACgAfgQoALoEKAHSBCgB5gQoAyYEKANaBCgAeggoAK4IKAHOCCgB/ggoAyIIKANeCCgAdgwoAJ4MKAHKDCgCAgwoAx4MKAMyDCgAchAoAKYQKACwYEQB7hAoAxoQKAMiECgAbhQoAIoUKAHCFCgB3hQoAxYUKAMuFCgAahgoAKIYKAG+GCgB8hgoAxIYKANSGCgAZhwoAHocKAG6HCgB2hwoAw4cKAIqHCgBT9woAz4cKABiICgAaiAoAFYsKACWICgBtiAoAcogKAMKICgDMiAoAF4kKACeJCgBsiQoAcYkKAMGJCgDKiQoAFooKACOKCgBrigoAcooKAMCKCgDIigoAgRgRACOLCgBqiwoAgosKAL+LCgDBiwoAFIwKACuMCgBpjAoAa4wKAL6MCgDMjAoAE40KACCNCgBojQoAcI0KANYYEQDDjQoAEo4KABSOCgBnjgoAdI4KALyOCgC/jgoAEY8KACKPCgBmjwoAaI8KALuPCgDFjwoAEJAKAByQCgBlkAoAbZAKACsZEQC/kAoAD5EKABKRCgBkkQoAbpEKALmRCgDBkQoADpIKABuSCgBjkgoAZZIKALiSCgDOkgoADZMKABmTCgBikwoAapMKAIAZEQC6kwoADJQKABWUCgBhlAoAb5QKAOG+CgBwlAoAtpQKAMGUCgALlQoAE5UKAGCVCgBrlQoAtZUKALqVCgAKlgoADZYKAF+WCgBplgoAKhoRALqWCgAJlwoAvpYKAD8IDgAklwoAXpcKAGqXCgCzlwoAuZcKAAiYCgAQmAoAXZgKAHOYCgCymAoAwJgKAAeZCgAKmQoAXJkKAHWZCgCxmQoAvZkKAAaaCgARmgoAW5oKAF2aCgCwmgoAy5oKAAWbCgATmwoAWpsKAGebCgCvmwoAxpsKAH8aEQAGnAoAkgoOABqcCgBZnAoAWpwKAK6cCgCznAoAA50KAAmdCgBYnQoAWp0KAK2dCgCznQoAAp4KABaeCgBXngoAX54KAKyeCgC8ngoAAZ8KAAOfCgBWnwoAZJ8KAKufCgC8nwoA1BoRAAagCgBVoAoAYaAKACkbEQCsoAoA/6AKABChCgBUoQoAXKEKAKmhCgCyoQoA/qEKAAWiCgBTogoAVKIKAH4bEQC0ogoA/aIKAP+iCgBSowoAWaMKAKejCgCvowoA/KMKAAWkCgBRpAoAWKQKAKakCgCnpAoA0xsRAAClCgBQpQoAWKUKAKWlCgCvpQoA+qUKAAimCgBPpgoAZaYKAKSmCgCwpgoA+aYKAP6mCgBOpwoAV6cKAKOnCgCtpwoAKBwRAPmnCgBNqAoAVagKAIgWDABlqAoAoqgKAK+oCgD3qAoAA6kKAEypCgBWqQoAoakKAKWpCgD2qQoA+6kKAEuqCgBRqgoAoKoKAMCqCgD1qgoADasKAEqrCgBhqwoAn6sKAKurCgD0qwoA/qsKAEmsCgBLrAoAnqwKAKWsCgDzrAoA+qwKAEitCgBOrQoAna0KAKmtCgDyrQoA9a0KAEeuCgBKrgoAnK4KAKiuCgDxrgoA9K4KAEavCgBirwoAm68KAKOvCgB9HBEA/K8KAEWwCgBPsAoAmrAKAJywCgDvsAoA9rAKAESxCgBLsQoAmbEKAJ+xCgDusQoA/LEKAEOyCgBQsgoAmLIKAKiyCgDtsgoA8rIKAEKzCgBKswoAl7MKAKezCgDsswoA8bMKAEG0CgBHtAoAlrQKAJ60CgDSHBEA8bQKAEC1CgBItQoAlbUKAJi1CgDqtQoA9rUKAD+2CgBFtgoAlLYKAK+2CgDptgoA97YKAD63CgBNtwoAk7cKAJ+3CgDotwoA8LcKAHwdEQBCuAoAkrgKAJy4CgDnuAoA77gKADy5CgBcuQoAkbkKAJ65CgDmuQoA67kKADu6CgA/ugoAkLoKAJ26CgDRHREA6roKADq7CgA9uwoAj7sKAJm7CgDkuwoA8LsKADm8CgBMvAoAjrwKAJ28CgDjvAoA77wKADi9CgA5vQoAjb0KAJe9CgDivQoA8L0KADe+CgA8vgoAjL4KAJm+CgAmHhEA674KADa/CgA4vwoAi78KAKS/CgDgvwoA8b8KADXACgBBwAoAisAKAJLACgAlHxEA5sAKADTBCgA7wQoAicEKAI/BCgDewQoA6sEKADPCCgA2wgoAiMIKAIvCCgDdwgoA5cIKADLDCgBCwwoAh8MKAIzDCgDcwwoA5cMKADHECgA+xAoAhsQKAI3ECgB6HxEA58QKADDFCgA9xQoAhcUKAI3FCgDaxQoA5MUKAC/GCgA+xgoAhMYKAIXGCgDZxgoA4cYKAC7HCgA9xwoAg8cKAIjHCgDYxwoA5ccKAC3ICgA6yAoAgsgKAI7ICgDXyAoA5sgKACzJCgA2yQoAgckKAI/JCgDWyQoA28kKACvKCgA4ygoAgMoKAIjKCgDVygoA38oKACrLCgAvywoAf8sKAIfLCgDPHxEA4ssKACnMCgA1zAoAfswKAITMCgDTzAoA2cwKACjNCgAtzQoAfc0KAIPNCgAkIBEA3s0KACfOCgAtzgoAfM4KAILOCgDRzgoA3s4KACbPCgArzwoAe88KAIPPCgDQzwoA7s8KACMhEQAn0AoAmlgNACjQCgDRdwwAK9AKAD4LDAA70AoAetAKAHvQCgDP0AoA1NAKACTRCgAq0QoAedEKAHvRCgDO0QoA1NEKACPSCgA30goAeNIKAIDSCgDN0goA3dIKACLTCgAk0woAd9MKAIXTCgDM0woA3dMKAHghEQAn1AoAdtQKAILUCgDNIREA2NQKACDVCgAo1QoAddUKAILVCgDK1QoAzNUKAB/WCgA11goAdNYKAIDWCgDJ1goA0dYKAHciEQAq1woAc9cKAHbXCgDI1woAzdcKAB3YCgAu2AoActgKAHvYCgDH2AoA0dgKABzZCgAq2QoAcdkKAHbZCgDG2QoA09kKAMwiEQAn2goAcNoKAH3aCgDF2goAx9oKABrbCgAw2woAb9sKAHvbCgDE2woAzNsKACEjEQAe3AoAbtwKAHTcCgDD3AoAy9wKABjdCgAb3QoAbd0KAHndCgDC3QoAyN0KABfeCgAy3goAbN4KAHneCgDB3goAw94KABbfCgAs3woAa98KAHffCgDA3woAyN8KAHYjEQAb4AoAauAKAG/gCgC/4AoA2uAKABThCgAi4QoAaeEKAHDhCgC+4QoAyuEKABPiCgAa4goAyyMRAHPiCgC94goAxeIKABLjCgAd4woAZ+MKAGzjCgC84woAv+MKABHkCgAb5AoAZuQKAG7kCgC75AoAyeQKABDlCgAT5QoAZeUKAG3lCgC65QoA2uUKAA/mCgAc5goAZOYKAGnmCgC55goAveYKAA7nCgAb5woAICQRAIPnCgC45woAwecKAA3oCgAO6AoAYugKAGroCgC36AoAx+gKAAzpCgAO6QoAYekKAG/pCgC26QoAx+kKAHUkEQAR6goAYOoKAGzqCgDKJBEAvOoKAB8lEQAP6woAX+sKAHnrCgC06woAw+sKAAnsCgAU7AoAXuwKAGDsCgCz7AoAwOwKAAjtCgAV7QoAXe0KAGntCgCy7QoAw+0KAAfuCgAK7goAXO4KAHbuCgCx7goAuu4KAAbvCgAT7woAW+8KAGHvCgCw7woAvO8KAAXwCgAI8AoAWvAKAF/wCgCv8AoAwPAKAATxCgAf8QoAWfEKAGXxCgCu8QoAtfEKAAPyCgAF8goAWPIKAF/yCgCt8goAtPIKAALzCgAI8woAV/MKAGPzCgCs8woAr/MKAAH0CgAE9AoAVvQKAGL0CgCr9AoAvvQKAAD1CgAP9QoAVfUKAGH1CgCq9QoAq/UKAP/1CgAJ9goAVPYKAGL2CgCp9goArvYKAP72CgAL9woAdCURAFv3CgDJJREAqvcKAP33CgAT+AoAUvgKAF74CgCn+AoAr/gKAB4mEQAC+QoAUfkKAFn5CgCm+QoAqfkKAPv5CgAH+goAUPoKAFb6CgCl+goAwPoKAPr6CgAI+woAT/sKAF77CgCk+woAsPsKAPn7CgAB/AoAcyYRAFP8CgCj/AoArfwKAPj8CgAA/QoATf0KAG39CgCi/QoAr/0KAPf9CgD8/QoATP4KAFD+CgCh/goArv4KAMgmEQAZ/woAHScRAFD/CgCg/woAr/8KAPX/CgAVAAsASgALAFYACwCfAAsAqQALAPQACwAAAQsASQELAE8BCwCeAQsApAELAPMBCwD4AQsASAILAE4CCwByJxEAowILAPICCwD3AgsARwMLAE0DCwAcKBEAnwMLAPEDCwD7AwsARgQLAEgECwCbBAsAtAQLAPAECwABBQsARQULAFMFCwCaBQsAnQULAO8FCwD6BQsARAYLAEwGCwCZBgsAmwYLAO4GCwD2BgsAQwcLAFAHCwCYBwsApAcLAO0HCwDxBwsAQggLAEoICwCXCAsApggLAOwICwDxCAsAQQkLAE4JCwCWCQsAowkLAOsJCwD3CQsAQAoLAE8KCwCVCgsAnwoLAOoKCwD4CgsAPwsLAEQLCwCUCwsAoQsLAHEoEQDxCwsAxigRAEIMCwCPEAsASgwLAJMMCwCZDAsA6AwLAO4MCwA9DQsASg0LAJINCwCXDQsA5w0LAO8NCwA8DgsAZQ4LAJEOCwBwDgsAOw8LALcOCwCQDwsAug4LAOYOCwAPDwsAGykRAGQPCwBwKREAtg8LAOUPCwAZEAsAOhALAGMQCwDFKREAnRALAOQQCwDxEAsAORELAEURCwCOEQsAlBELAOMRCwDpEQsAOBILAD0SCwCNEgsAkxILABoqEQAIEwsA4RMLAAsTCwA3EwsAYBMLAMQqEQC1EwsAGSsRAAcUCwA2FAsAahQLAIsUCwC0FAsAbisRAOoUCwA1FQsAOhULAIoVCwCSFQsAwysRAOQVCwA0FgsAPRYLAIkWCwCWFgsA3hYLAOUWCwAYLBEAOxcLAG0sEQCbFwsA3RcLAOkXCwAyGAsAQRgLAIcYCwCQGAsA3BgLAOYYCwAxGQsAMxkLAIYZCwCfGQsA2xkLAOwZCwAwGgsAPBoLAIUaCwCNGgsAwiwRAOgaCwAvGwsAQBsLAIQbCwCQGwsA2RsLAOEbCwAXLREAMxwLAIMcCwCNHAsA2BwLAOAcCwAtHQsAPR0LAIIdCwCHHQsA1x0LAOAdCwAsHgsAOR4LAIEeCwCIHgsAbC0RANweCwCStA4A4x4LACsfCwDpHgsAtpENADAfCwCAHwsAjB8LANUfCwDiHwsAKiALADQgCwDBLREAhCALANQgCwDgIAsAKSELADYhCwB+IQsAiCELANMhCwDvIQsAKCILADAiCwAWLhEAgiILANIiCwDaIgsAJyMLACojCwB8IwsAhSMLANEjCwDgIwsAJiQLADEkCwB7JAsAgyQLANAkCwDgJAsAJSULADMlCwB6JQsAiyULAM8lCwDbJQsAJCYLACwmCwBrLhEAfyYLAM4mCwDWJgsAIycLAConCwB4JwsAhicLAM0nCwDTJwsAIigLAC4oCwB3KAsAhigLAMwoCwDWKAsAISkLACYpCwB2KQsAfCkLAMspCwDfKQsAICoLACgqCwB1KgsAkyoLAMoqCwDSKgsAwC4RACcrCwAVLxEAfCsLAMkrCwDiKwsAHiwLACcsCwBzLAsAgywLAMgsCwDYLAsAHS0LACktCwByLQsAeC0LAMctCwDVLQsAHC4LACkuCwBxLgsAiC4LAMYuCwDOLgsAGy8LACUvCwBwLwsAfi8LAMUvCwDbLwsAGjALACYwCwBvMAsAdjALAMQwCwDMMAsAGTELAB4xCwBuMQsAdzELAMMxCwDNMQsAGDILACAyCwBtMgsAbzILAMIyCwDSMgsAFzMLACEzCwBsMwsAeDMLAMEzCwDHMwsAFjQLAB40CwC/LxEAbTQLAMA0CwDRNAsAFTULADE1CwBqNQsAcjULABQwEQDQNQsAFDYLACU2CwBpNgsAcTYLAL42CwDXNgsAEzcLABk3CwBoNwsAbTcLAL03CwDdNwsAEjgLAB44CwBnOAsAbTgLALw4CwDEOAsAETkLACA5CwBmOQsAazkLALs5CwDIOQsAEDoLAB06CwBlOgsAcToLALo6CwDJOgsADzsLABk7CwBkOwsAcjsLALk7CwC+OwsADjwLABs8CwBjPAsAZjwLALg8CwDAPAsADT0LAA89CwBiPQsAaD0LALc9CwDDPQsADD4LABQ+CwBpMBEAZj4LALY+CwC6PgsACz8LABg/CwC+MBEAaT8LALU/CwDGPwsACkALABZACwBfQAsAbEALALRACwC5QAsACUELABNBCwBeQQsAbkELALNBCwC4QQsACEILABFCCwBdQgsAakILALJCCwC5QgsAB0MLABNDCwBcQwsAYkMLALFDCwC3QwsABkQLAAtECwBbRAsAYUQLABMxEQC1RAsABUULAA1FCwBaRQsAcEULAK9FCwC0RQsABEYLAAtGCwBZRgsAYkYLAK5GCwC/RgsAA0cLAA9HCwBYRwsAYEcLABIyEQCvRwsAAkgLABhICwBXSAsAY0gLAKxICwCzSAsAAUkLAAlJCwBnMhEAW0kLAKtJCwCySQsAAEoLAAlKCwBVSgsAZkoLAKpKCwC2SgsA/0oLAAdLCwC8MhEAVksLAKlLCwC/SwsA/ksLAApMCwBTTAsAWkwLAKhMCwCwTAsAETMRAAJNCwBSTQsAWU0LAKdNCwCwTQsA/E0LAA1OCwBRTgsAXU4LAKZOCwCuTgsAZjMRAP1OCwBQTwsAX08LAKVPCwDFTwsA+k8LAPxPCwBPUAsAZlALAKRQCwCwUAsA+VALAAFRCwAQNBEAU1ELAKNRCwClUQsA+FELAP9RCwBNUgsAVVILAKJSCwCrUgsA91ILAP1SCwBMUwsAXVMLAKFTCwCpUwsAujQRAAJUCwBLVAsATlQLAKBUCwClVAsA9VQLAAZVCwBKVQsAZVULAJ9VCwCrVQsA9FULAPxVCwAPNREAX1YLAJ5WCwCfVgsA81YLAPhWCwBIVwsATlcLAJ1XCwCnVwsA8lcLAPpXCwBHWAsAWVgLAGQ1EQCpWAsA8VgLAPtYCwBGWQsATFkLAJtZCwCvWQsA8FkLAPhZCwBFWgsAVVoLAJpaCwCfWgsA71oLAPVaCwBEWwsATFsLAJlbCwCaWwsA7lsLAPBbCwBDXAsAUlwLAJhcCwC4XAsA7VwLAO9cCwBCXQsAWV0LAJddCwCjXQsA7F0LAPRdCwC5NREASV4LAJZeCwCvXgsA614LAPReCwBAXwsASl8LAJVfCwCdXwsA6l8LAPpfCwA/YAsARGALAJRgCwCdYAsA6WALAPZgCwA+YQsARWELAJNhCwCbYQsAYzYRAPJhCwA9YgsARWILAJJiCwCgYgsA52ILAPRiCwA8YwsARGMLAJFjCwCTYwsA5mMLAO5jCwA7ZAsAPGQLAJBkCwCSZAsA5WQLAPRkCwA6ZQsAWmULAI9lCwCRZQsA5GULAPtlCwA5ZgsARWYLAI5mCwCoZgsA42YLAA9nCwA4ZwsAO2cLAI1nCwCSZwsA4mcLAO9nCwC4NhEAOWgLAIxoCwCWaAsA4WgLAPBoCwA2aQsAQWkLAItpCwCZaQsA4GkLAO1pCwA1agsATGoLAIpqCwCSagsA32oLAOBqCwA0awsANmsLAIlrCwCYawsA3msLAP5rCwAzbAsANWwLAIhsCwCfbAsA3WwLAOlsCwAybQsAOm0LAA03EQCMbQsA3G0LAOJtCwAxbgsAOW4LAIZuCwClbgsA224LAOhuCwAwbwsAMW8LAIVvCwCbbwsA2m8LAPZvCwBiNxEANHALAIRwCwCOcAsA2XALAOFwCwAucQsAL3ELAINxCwAwcQsAenoLAIlxCwDYcQsA5HELAC1yCwA9cgsAgnILAJByCwDXcgsA6nILACxzCwA4cwsAgXMLAIhzCwDWcwsA3nMLACt0CwAvdAsAgHQLAI50CwDVdAsA33QLACp1CwA1dQsAf3ULAId1CwDUdQsADHYLACl2CwAxdgsAfnYLAIN2CwDTdgsA2XYLACh3CwAwdwsAfXcLAJd3CwDSdwsACngLACd4CwAveAsAfHgLAIF4CwDReAsA13gLACZ5CwAueQsAe3kLAJV5CwDQeQsA6nkLACV6CwBdegsAtzcRAIJ6CwDPegsA1noLACR7CwAwewsAeXsLAHp7CwDOewsA2nsLACN8CwAwfAsAeHwLAH98CwDNfAsA2XwLACJ9CwAvfQsAd30LAIZ9CwDMfQsA4H0LAAw4EQAjfgsAdn4LAC1+CwC74Q0AeX4LAPZRDQCDfgsAICkMAIV+CwDLfgsA634LACB/CwAifwsAdX8LAIx/CwDKfwsA1n8LAB+ACwAngAsAYTgRAHaACwDJgAsA1oALAB6BCwAngQsAc4ELAHWBCwDIgQsA2YELAB2CCwAuggsAcoILAIaCCwC2OBEA54ILAByDCwAegwsAcYMLAIiDCwDGgwsA0oMLABuECwAjhAsACzkRAHKECwDFhAsAyIQLABqFCwAihQsAb4ULAHyFCwDEhQsAyYULABmGCwAjhgsAboYLAHaGCwDDhgsA3IYLABiHCwAkhwsAbYcLAHmHCwDChwsAz4cLABeICwAfiAsAbIgLAHyICwDBiAsAxogLABaJCwAfiQsAa4kLAHiJCwDAiQsAx4kLABWKCwAdigsAYDkRAHeKCwC/igsAwooLABSLCwAeiwsAaYsLAGuLCwC+iwsAz4sLABOMCwAkjAsAaIwLAHSMCwC9jAsAxIwLABKNCwAsjQsAZ40LAG+NCwC8jQsAvY0LAF2XCwDGjQsAEY4LABeOCwBmjgsAeo4LALuOCwDDjgsAEI8LABqPCwBljwsAao8LALqPCwDCjwsAD5ALAB2QCwBkkAsAcZALALmQCwC8kAsADpELABiRCwBjkQsAZZELALiRCwDJkQsADZILAB6SCwBikgsAapILALU5EQDBkgsADJMLACiTCwBhkwsAaZMLAAo6EQC3kwsAC5QLACGUCwBglAsAaJQLALWUCwDDlAsACpULABeVCwBflQsAYpULALSVCwC+lQsACZYLAAuWCwBelgsAb5YLALOWCwDElgsACJcLABCXCwBfOhEAbpcLALKXCwC+lwsAB5gLAAmYCwBcmAsAX5gLALGYCwC9mAsABpkLAA6ZCwC0OhEAZJkLALCZCwC9mQsABZoLAA2aCwBamgsAbJoLAK+aCwC8mgsABJsLAAWbCwBZmwsAb5sLAK6bCwC2mwsAA5wLABGcCwBYnAsAZZwLAK2cCwCwnAsAAp0LAAydCwBXnQsAWZ0LAKydCwC9nQsAAZ4LABKeCwBWngsAXp4LAAk7EQC4ngsAAJ8LAAqfCwBVnwsAY58LAKqfCwDAnwsA/58LAAugCwBUoAsAYKALAKmgCwCvoAsA/qALAAShCwBToQsAWKELAKihCwCuoQsAXjsRAAKiCwBSogsAVKILAKeiCwCuogsA/KILAASjCwBRowsAVKMLAKajCwCvowsA+6MLAAqkCwBQpAsAW6QLAKWkCwCtpAsA+qQLAAqlCwBPpQsAXaULAKSlCwC1pQsA+aULAAWmCwBOpgsAVqYLAF08EQDBpgsA+KYLAACnCwCyPBEAWacLAKKnCwC4pwsA96cLAP+nCwBMqAsAa6gLAAc9EQCkqAsAFOALAK6oCwD2qAsA+agLAEepDwD+qAsAS6kLAACpCwB6zQ0ATakLAKCpCwBVqQsA6bULAFypCwDwrgsArakLAPWpCwAJqgsASqoLAFKqCwCfqgsApKoLAPSqCwAEqwsASasLAFGrCwCeqwsAqKsLAPOrCwD+qwsASKwLAFSsCwCdrAsApawLAFw9EQD3rAsAR60LAFCtCwCcrQsAoq0LAPGtCwAArgsARq4LAFKuCwCbrgsAnq4LALE9EQD1rgsARa8LAFSvCwCarwsAnK8LAO+vCwAAsAsARLALAFWwCwCZsAsArbALAO6wCwD2sAsAQ7ELAFGxCwCYsQsApbELAO2xCwDwsQsAQrILAEyyCwCXsgsAmbILAOyyCwD9sgsAQbMLAFKzCwCWswsAorMLAOuzCwDyswsAQLQLAEi0CwCVtAsArLQLAOq0CwD2tAsAP7ULAFW1CwCUtQsAl7ULAAY+EQD0tQsAPrYLAEq2CwCTtgsAm7YLAFs+EQD0tgsAPbcLAFO3CwCStwsAlbcLAOe3CwDvtwsAPLgLAD64CwCRuAsArLgLAOa4CwDouAsAO7kLAEm5CwCQuQsAobkLAOW5CwDnuQsAOroLAFO6CwCPugsAoLoLAOS6CwDwugsAsD4RAD+7CwCOuwsAnLsLAOO7CwD+uwsAOLwLAES8CwCNvAsAk7wLAOK8CwDqvAsAN70LAEe9CwCMvQsAkb0LAOG9CwDqvQsANr4LAEO+CwCLvgsAkr4LAOC+CwDovgsABT8RADq/CwCKvwsAkL8LAN+/CwDnvwsANMALAGDACwCJwAsAkMALAN7ACwD3wAsAM8ELAELBCwCIwQsApMELAFo/EQDiwQsAMsILADzCCwCHwgsAl8ILANzCCwDhwgsAMcMLADrDCwCGwwsAk8MLANvDCwDiwwsAMMQLADzECwCFxAsAmMQLANrECwDpxAsAL8ULADvFCwCExQsAhcULANnFCwDjxQsALsYLADzGCwCDxgsAiMYLANjGCwDlxgsArz8RAD7HCwCCxwsAhMcLANfHCwDaxwsALMgLAC/ICwCByAsAiMgLANbICwDiyAsAK8kLADvJCwCAyQsAkMkLANXJCwDayQsAKsoLADPKCwB/ygsAjMoLANTKCwDbygsAKcsLADXLCwB+ywsAhMsLANPLCwDZywsAKMwLAC3MCwB9zAsAg8wLAK5AEQDczAsAJ80LADXNCwB8zQsAjM0LANHNCwDTzQsAJs4LADXOCwB7zgsAhc4LANDOCwDYzgsArUERACvPCwB6zwsAhs8LAAJCEQDUzwsAJNALACzQCwB50AsAidALAM7QCwDc0AsAI9ELADDRCwB40QsAf9ELAM3RCwDV0QsArEIRADPSCwB30gsAftILAMzSCwDU0gsAIdMLAC7TCwB20wsAe9MLAMvTCwDV0wsAINQLACjUCwB11AsAjtQLAMrUCwDW1AsAH9ULACfVCwABQxEAgNULAMnVCwDM1QsAHtYLACPWCwBz1gsAhNYLAMjWCwDj1gsAHdcLACnXCwBy1wsAedcLAMfXCwDj1wsAHNgLACTYCwBWQxEAdtgLAMbYCwDQ2AsAG9kLACPZCwBw2QsActkLAN4UDQCA2QsAxdkLAMrZCwAa2gsAI9oLAG/aCwB82gsAxNoLAMvaCwCrQxEAItsLAG7bCwB72wsAw9sLANLbCwAY3AsAItwLAG3cCwB73AsAwtwLAMfcCwAX3QsAJN0LAGzdCwB03QsAAEQRAM3dCwAW3gsAI94LAGveCwBu3gsAwN4LAM7eCwAV3wsAGt8LAGrfCwB33wsAv98LAMffCwBVRBEAHOALAGngCwBv4AsAvuALAHDgCwAOOwwAyuALABPhCwAw4QsAaOELAHHhCwC94QsAy+ELABLiCwAY4gsAZ+ILAHPiCwC84gsAw+ILAKpEEQAX4wsAZuMLAHTjCwC74wsA1uMLABDkCwAc5AsAZeQLAGvkCwD/RBEA3eQLAFRFEQAU5QsAZOULAHHlCwC55QsAxuULAA7mCwAa5gsAY+YLAHLmCwC45gsAwuYLAA3nCwAb5wsAYucLAGfnCwC35wsAxOcLAAzoCwAo6AsAYegLAGnoCwCpRREAwugLAAvpCwAo6QsAYOkLAGnpCwC16QsAw+kLAArqCwAQ6gsAX+oLAGvqCwC06gsAu+oLAAnrCwAR6wsAXusLAHTrCwCz6wsAuOsLAAjsCwAP7AsAXewLAGbsCwCy7AsAw+wLAAftCwAT7QsAXO0LAGTtCwBTRhEAt+0LAAbuCwAL7gsAW+4LAHbuCwCw7gsAvu4LAAXvCwAM7wsAWu8LAGbvCwCv7wsAsu8LAATwCwAM8AsAWfALAFrwCwCu8AsAsPALAAPxCwAS8QsAWPELAHjxCwCt8QsAr/ELAALyCwAZ8gsAV/ILAGPyCwCs8gsAtPILAKhGEQAC8wsAVvMLAGLzCwCr8wsAuvMLAAD0CwAI9AsA/UYRAFf0CwCq9AsAuPQLAP/0CwAQ9QsAUkcRAFv1CwCnRxEAsfULAFFIEQAI9gsAU/YLAF/2CwCo9gsAvvYLAP32CwAJ9wsAUvcLAGX3CwCn9wsAtfcLAPz3CwAG+AsApkgRAFn4CwD7SBEAvPgLAPv4CwAH+QsAUPkLAF35CwCl+QsAr/kLAPr5CwD8+QsAT/oLAFn6CwCk+gsAsvoLAPn6CwD++gsATvsLAFv7CwCj+wsAq/sLAPj7CwAI/AsATfwLAE/8CwCi/AsAq/wLAPf8CwAI/QsATP0LAFb9CwBQSREArf0LAPb9CwAN/gsAS/4LAGb+CwClSREAuf4LAPX+CwD7/gsASv8LAFT/CwD6SREAof8LAPT/CwAFAAwASQAMAFEADACeAAwAZQAMAMsoDACqAAwA8wAMAPkADABIAQwATgEMAJ0BDACiAQwA8gEMAPgBDABPShEAYwIMAJwCDACkAgwATksRAP8CDABGAwwAVwMMAJsDDACsAwwA8AMMAPwDDABFBAwATAQMAKNLEQCrBAwA7wQMAAAFDABEBQwAUAUMAJkFDACgBQwA+EsRAPAFDABDBgwARAYMAJgGDACgBgwA7QYMAPIGDABCBwwASwcMAJcHDAChBwwA7AcMAPQHDABBCAwARggMAJYIDACmCAwA6wgMAPMIDABACQwAVgkMAJUJDAChCQwA6gkMAAAKDAA/CgwARAoMAJQKDACaCgwA6QoMAP0KDABNTBEAVAsMAJMLDAChCwwA6AsMAPULDAA9DAwAPwwMAJIMDACcDAwA5wwMAPMMDAA8DQwAQw0MAJENDACZDQwA5g0MAP8NDAA7DgwATw4MAJAODACYDgwA5Q4MAOcODAA6DwwARw8MAI8PDACUDwwA5A8MAO4PDAA5EAwARBAMAI4QDACaEAwA4xAMAOkQDAA4EQwAQBEMAI0RDACOEQwA4hEMAOgRDAA3EgwAPBIMAIwSDACbEgwA4RIMAO0SDAA2EwwAORMMAIsTDACOEwwAokwRAOUTDAA1FAwAURQMAPdMEQCqFAwA3xQMAOcUDABMTREAOhUMAIkVDACVFQwAoU0RAOQVDAAzFgwAPxYMAPRPEQCJFgwALxoMAJgWDADdFgwA3xYMADIXDAA8FwwAhxcMAIkXDADcFwwA7RcMADEYDAA5GAwAhhgMAJIYDADbGAwA4RgMADAZDAA2GQwAhRkMAIoZDADaGQwA4BkMAElQEQAxGgwAhBoMAIoaDADZGgwA3BoMAC4bDAA6GwwAgxsMAIsbDABIUREA3hsMAC0cDAAzHAwAghwMAIccDADXHAwA3RwMAJ1REQAuHQwAgR0MAIodDADWHQwA7R0MACseDAA2HgwAgB4MAIoeDADVHgwA3R4MAJxSEQA3HwwAfx8MAIcfDADUHwwA3h8MACkgDAA0IAwAfiAMAIQgDADTIAwA3yAMACghDAAqIQwAfSEMAIQhDADSIQwA2iEMACciDAA5IgwA8VIRALoiDADRIgwA2SIMACYjDABJIwwA8FMRAH0jDADQIwwA3SMMACUkDAAsJAwAeiQMAIskDADPJAwA2yQMACQlDAArJQwAeSUMAHolDAADRgwAgSUMAEVUEQDhJQwAIyYMADImDAB4JgwAhCYMAM0mDADOJgwAIicMACwnDAB3JwwAhScMAMwnDADRJwwAISgMAC4oDACaVBEAfigMAO9UEQDTKAwARFURAC4pDAB1KQwAhCkMAMopDADqKQwAHyoMACsqDAB0KgwAeyoMAMkqDADRKgwAHisMACArDABzKwwAfSsMAENWEQDSKwwAHSwMACUsDACYVhEAfCwMAMcsDADPLAwA7VYRAFstDABxLQwAeS0MAMYtDADkLQwAQlcRACkuDABwLgwAdy4MANLKDQCALgwAxS4MANUuDAAaLwwAJi8MAG8vDAB1LwwAxC8MAOAvDAAZMAwAITAMAJdXEQCCMAwAwzAMAM0wDAAYMQwAJDEMAG0xDAB1MQwA7FcRAM0xDAAXMgwAGTIMAGwyDAByMgwAwTIMAMkyDABBWBEAGDMMAGszDABuMwwAwDMMAMgzDAAVNAwAJTQMAGo0DABsNAwAvzQMAM00DAAUNQwAJTUMAJZYEQBwNQwA61gRAMQ1DAATNgwAGDYMAGg2DABuNgwAQFkRAMc2DAASNwwAFDcMAGc3DAB6NwwAvDcMAMQ3DAAROAwAHTgMAGY4DABsOAwAuzgMAME4DAAQOQwAFTkMAGU5DABrOQwAP1oRAMM5DAAPOgwAHDoMAGQ6DABrOgwAuToMAME6DACUWhEAGjsMAGM7DABtOwwAuDsMAMQ7DAANPAwAHDwMAGI8DABsPAwAtzwMAMM8DAAMPQwAEz0MAOlaEQBkPQwAT6IOAGc9DAC2PQwAcD0MAIy7DQDCPQwACz4MABM+DAA+WxEAbD4MALU+DAC/PgwACj8MABY/DABfPwwAbj8MALQ/DAC+PwwACUAMABVADABeQAwAZUAMAJNbEQDBQAwACEEMANNADADxqw0AH0EMAF1BDABqQQwAskEMALRBDAAHQgwAGEIMAFxCDAB4QgwAsUIMALlCDADoWxEAH0MMAFtDDABvQwwAsEMMALhDDAAFRAwACEQMAFpEDABoRAwAr0QMAMZEDAAERQwAEUUMAFlFDABbRQwArkUMAL9FDAA9XBEACUYMAFhGDABdRgwArUYMAMNGDAACRwwAEEcMAFdHDABaRwwArEcMALhHDAABSAwAB0gMAFZIDABiSAwAq0gMANdIDAAASQwADEkMAFVJDABkSQwAqkkMALRJDAD/SQwADUoMAFRKDABZSgwAqUoMALZKDACSXBEAAEsMAFNLDABhSwwAqEsMALVLDAD9SwwAD0wMAOdcEQBhTAwAp0wMALNMDAD8TAwAFU0MAFFNDABTTQwApk0MALVNDAD7TQwAG04MAFBODABYTgwApU4MAMhODAA8XREA/04MAE9PDABSTwwApE8MAK5PDAD5TwwAAVAMAE5QDABUUAwAo1AMAK9QDAD4UAwAB1EMAE1RDABZUQwAolEMAK9RDAD3UQwAAVIMAExSDABUUgwAoVIMALBSDAD2UgwA+FIMAEtTDABcUwwAoFMMALFTDAD1UwwA/VMMAEpUDABbVAwAn1QMAKFUDAD0VAwA91QMAElVDABTVQwAnlUMAMJVDADzVQwAD1YMAJFdEQBOVgwAnVYMAKJWDADyVgwAAVcMAEdXDABTVwwAnFcMAJ9XDADxVwwA9FcMAEZYDABOWAwAm1gMAKpYDADwWAwA9VgMAEVZDABbWQwAmlkMAJtZDADvWQwAAFoMAERaDABQWgwAmVoMAKNaDADuWgwA+loMAENbDABKWwwA5l0RAJxbDADtWwwA+1sMAEJcDABMXAwAl1wMAKJcDADsXAwA9FwMAEFdDABNXQwAll0MAKldDADrXQwA+V0MAEBeDABKXgwAlV4MAJ1eDADqXgwA+V4MAD9fDABEXwwAlF8MAJtfDADpXwwA9V8MADteEQBKYAwAk2AMAJZgDADoYAwA62AMAD1hDABXYQwAkmEMAJ5hDADnYQwA+mEMADxiDABKYgwAkWIMAJtiDADmYgwACWMMAJBeEQBFYwwAkGMMAJxjDADlYwwA7GMMADpkDABCZAwAj2QMAJNkDADkZAwA8mQMADllDABDZQwAjmUMAJllDADjZQwA62UMADhmDABHZgwAjWYMAJJmDADiZgwA6WYMADdnDABDZwwAjGcMAJRnDADlXhEA92cMAB1/DgD6ZwwANmgMAEBoDACLaAwAl2gMAOBoDADjaAwANWkMAD9pDACKaQwAjWkMAN9pDADvaQwANGoMADZqDACJagwAl2oMAN5qDADvagwAOl8RADprDACPXxEAoWsMAN1rDADnawwAMmwMAD5sDACHbAwAimwMANxsDADmbAwA5F8RADZtDACGbQwApm0MANttDADjbQwAOWARAD5uDACFbgwAm24MANpuDADmbgwAL28MADZvDACEbwwAjG8MANlvDADebwwALnAMADdwDACDcAwAjXAMANhwDADgcAwALXEMADtxDACCcQwAj3EMANdxDADfcQwAjmARADxyDACBcgwAiXIMAONgEQDdcgwAK3MMADdzDACAcwwAh3MMANVzDADdcwwAKnQMADR0DAB/dAwAjXQMANR0DADqdAwAKXUMADV1DAB+dQwAg3UMANN1DADcdQwAKHYMADJ2DAB9dgwAhXYMANJ2DADXdgwAJ3cMADd3DAB8dwwAhHcMADhhEQDbdwwAJngMACl4DABePw0ALngMAI1hEQCJeAwA0HgMAOZ4DAAleQwAMXkMAHp5DACBeQwAz3kMANd5DAAkegwAKXoMAHl6DACCegwAznoMANh6DAAjewwAK3sMAHh7DAB6ewwAF4cMAIZ7DADNewwA2nsMACJ8DAAqfAwA4mERAIN8DADMfAwAz3wMACF9DAArfQwAN2IRAIR9DADLfQwA4X0MACB+DAAsfgwAdX4MAHx+DADKfgwA0n4MAB9/DAAkfwwAdH8MAH1/DADJfwwA038MAB6ADAAmgAwAc4AMAHWADADIgAwA2IAMAB2BDAAngQwAcoEMAH6BDADHgQwAzYEMAOFiEQAqggwAcYIMAIeCDADGggwA0oIMABuDDAAggwwAcIMMAHmDDADFgwwAz4MMABqEDAAihAwAb4QMAJGEDAA2YxEA04QMABmFDAAlhQwAboUMAG+FDADDhQwAzYUMABiGDAAmhgwAbYYMAHKGDADChgwAz4YMAItjEQAnhwwAbIcMAHaHDADBhwwAzYcMABaIDAAciAwAa4gMAHOIDACKZBEAxYgMABWJDAAdiQwAaokMAHaJDABgkwwAg4kMAL+JDADLiQwAFIoMAByKDADfZBEAdooMAL6KDADGigwAE4sMACGLDABoiwwAdYsMAL2LDADAiwwAEowMAByMDABnjAwAaYwMALyMDADJjAwAEY0MACCNDABmjQwAco0MALuNDADDjQwANGURACCODABljgwAbY4MALqODADGjgwAD48MABWPDABkjwwAao8MALmPDAC+jwwADpAMABSQDACJZREAcJAMALiQDAC9kAwADZEMABeRDABikQwAapEMALeRDADDkQwADJIMAB+SDABhkgwAb5IMALaSDAC5kgwAC5MMABWTDADeZREAc5MMALWTDADDkwwACpQMAA2UDABflAwAaZQMADNmEQC5lAwACZUMAMKUDACVswwAEZUMAF6VDABqlQwAs5UMALmVDAAIlgwAxpUMAEKxDAAOlgwAXZYMAGKWDACylgwAuJYMAIhmEQANlwwAXJcMAGGXDACxlwwAt5cMAN1mEQAUmAwAW5gMAHaYDACwmAwAvJgMAAWZDAAMmQwAMmcRAGOZDACvmQwAvJkMAASaDAAQmgwAWZoMAGyaDACumgwAr5oMAAObDAAPmwwAWJsMAGebDACtmwwAt5sMAAKcDAAOnAwAV5wMAF6cDACHZxEAspwMAAGdDAAHnQwAVp0MAFudDACrnQwAsZ0MADFoEQAJngwAVZ4MAGKeDACqngwArp4MAP+eDAABnwwAVJ8MAGGfDACpnwwAs58MAIZoEQAFoAwAU6AMAFugDACooAwAtKAMAP2gDAAQoQwAUqEMAGGhDACnoQwAs6EMAPyhDAD9oQwAUaIMAFuiDACmogwAtKIMAPuiDAAAowwAUKMMAF2jDADbaBEAsaMMAPqjDAAApAwAT6QMAFWkDACkpAwAqaQMAPmkDAD/pAwAMGkRAFOlDACjpQwAraUMANppEQAApgwATaYMAFqmDACipgwAp6YMAPemDAABpwwATKcMAFSnDAChpwwAracMAPanDAAJqAwAS6gMAEyoDACgqAwArKgMAPWoDAAEqQwASqkMAFSpDACfqQwAp6kMAPSpDAD2qQwAL2oRAFKqDACeqgwAraoMAPOqDAACqwwASKsMAFSrDACdqwwAoKsMAPKrDAD1qwwAhGoRAEmsDACcrAwAn6wMAPGsDAD5rAwARq0MAFOtDACbrQwAoK0MAPCtDAD6rQwARa4MAE2uDACargwApq4MAO+uDAACrwwARK8MAEWvDACZrwwApa8MAO6vDAD9rwwAQ7AMAE2wDACYsAwApLAMAO2wDAD0sAwA2WoRAFGxDACXsQwAo7EMAOyxDADtsQwAQbIMAEuyDACWsgwApLIMAOuyDADwsgwAQLMMAE2zDAAuaxEAprMMAINrEQD3swwAP7QMAE20DACUtAwApbQMAOm0DAALtQwA2GsRAEO1DACTtQwARLUMAAfsDACbtQwA6LUMAOm1DAA5ugwA67UMADi7DADttQwAOrkMAO61DACMvAwA77UMADu4DAD3tQwAPbYMAAG2DACJvwwAQrYMAJK2DACftgwA57YMAPS2DAA8twwASLcMAJG3DACgtwwA5rcMAPC3DAAtbBEASbgMAJC4DACSuAwA5bgMAPa4DACCbBEAO7kMAI+5DACbuQwA5LkMAPG5DADXbBEAR7oMAI66DACbugwA47oMAPq6DAAsbREAQbsMAOC9DABCuwwAjbsMAI+7DADiuwwA6LsMADe8DABBvAwAgW0RAJi8DADhvAwA47wMADa9DABFvQwAi70MAJa9DADWbREA770MADW+DABEvgwAir4MAJa+DADfvgwA674MADS/DAA7vwwAK24RAJW/DADevwwA5r8MAIBuEQBMwAwAiMAMAJnADADdwAwA6cAMANVuEQA5wQwAh8EMAI/BDADcwQwA3cEMADHCDAA3wgwAhsIMAIvCDADbwgwA3MIMADDDDAA8wwwAhcMMAIvDDADawwwA5MMMAC/EDAA9xAwAf8kMAEPEDACExAwAjMQMACpvEQDpxAwALsUMADbFDACDxQwAjMUMANjFDACQxQwAgMgMAOXFDAAtxgwANMYMAILGDACOxgwA18YMAOfGDAAsxwwAOscMAIHHDACOxwwA1scMAOLHDAAryAwAMsgMAH9vEQCJyAwA1cgMAObIDAAqyQwAO8kMANRvEQCLyQwA1MkMANfJDAApygwAMcoMAH7KDACDygwA08oMAOPKDAAoywwAMMsMAH3LDACGywwA0ssMAIrLDAB6zgwA38sMACfMDAAuzAwAfMwMAIjMDADRzAwA4cwMACbNDAA0zQwAe80MAIjNDADQzQwA3M0MACXODAAszgwAKXARAIPODADPzgwA4M4MACTPDAA1zwwAfnARAH7PDADOzwwA288MACPQDAAv0AwAeNAMAILQDADN0AwA4dAMACLRDAAj0QwAd9EMAIPRDADM0QwA69EMACHSDAAp0gwAdtIMAHvSDADL0gwA5NIMACDTDABM0wwAddMMAIHTDADK0wwA2dMMAB/UDAAp1AwAdNQMAHzUDADJ1AwA1NQMAB7VDAAg1QwAc9UMAHbVDADI1QwA0NUMAB3WDAAq1gwActYMAHfWDADH1gwAz9YMABzXDAAe1wwAcdcMAHvXDADG1wwA0NcMABvYDAAh2AwAcNgMAH7YDADF2AwA3tgMABrZDAAj2QwAb9kMAHnZDADE2QwA0NkMANNwEQAl2gwAbtoMAHjaDADD2gwAztoMABjbDAAd2wwAbdsMAHTbDADC2wwAytsMABfcDABE3AwAKHERAHPcDADB3AwAydwMABbdDABD3QwAa90MAHDdDADA3QwAwd0MABXeDAAf3gwAat4MAHjeDAC/3gwAxN4MABTfDAAh3wwAad8MAIXfDAC+3wwA2t8MAH1xEQAg4AwAaOAMAGzgDAC94AwAw+AMABLhDAAU4QwAZ+EMAGjhDAC84QwA3+EMABHiDAA14gwAZuIMAJPiDAC74gwAw+IMABDjDAAV4wwAZeMMAHLjDAC64wwAwuMMAA/kDAAR5AwAZOQMAGzkDAC55AwA5uQMAA7lDAAb5QwAY+UMAGjlDAC45QwAxeUMAA3mDAAZ5gwAYuYMAI/mDAC35gwAv+YMAAznDAAn5wwAYecMAGPnDAC25wwAx+cMAAvoDAAU6AwAYOgMAGzoDADScREAwugMAArpDAAl6QwAX+kMAGTpDAC06QwA1OkMAAnqDAAV6gwAXuoMAGbqDAAnchEAweoMAAjrDAAS6wwAXesMAGjrDACy6wwAuusMANFyEQAQ7AwAXOwMAGbsDACx7AwAvOwMAAbtDAAa7QwAW+0MAHDtDACw7QwAuO0MAAXuDAAc7gwAWu4MAF/uDACv7gwAue4MAATvDAAM7wwAJnMRAFvvDACu7wwAv+8MAAPwDAAG8AwAWPAMAGTwDAB7cxEAu/AMAALxDAAT8QwA0HMRAFrxDACs8QwAr/EMAAHyDAAN8gwAVvIMAFzyDACr8gwAtfIMACV0EQAN8wwAVfMMAGzzDACq8wwAsvMMAHp0EQAP9AwAVPQMAGD0DACp9AwAr/QMAP70DAAK9QwAU/UMAAz1DACcVA8AYPUMAKj1DAC39QwA/fUMAAn2DABS9gwAWvYMAM90EQCv9gwA/PYMAP72DABR9wwAYPcMAKb3DACw9wwA+/cMAAT4DABQ+AwAUvgMAKX4DAC2+AwA+vgMAA/5DABP+QwAV/kMAKT5DADk+QwA+fkMAAH6DABO+gwAWvoMAKP6DAC2+gwA+PoMAPn6DABN+wwAWfsMAKL7DACx+wwA9/sMAAH8DABM/AwAWPwMAKH8DACo/AwAeXURABL9DADOdREATv0MAKD9DACo/QwA9f0MAAL+DABK/gwAT/4MAJ/+DACp/gwA9P4MAPz+DABJ/wwAU/8MAJoDDQBZ/wwAmAUNAHb/DACe/wwAqP8MAPP/DACu/wwAnAENAPn/DABIAA0AUQANAJ0ADQCpAA0A8gANAB8BDQBHAQ0AYwENAHh2EQCeAQ0A8QENAAICDQBGAg0ASQINAJsCDQCnAg0A8AINAB0DDQBFAw0AYQMNAM12EQCgAw0A7wMNAPgDDQBEBA0ATgQNAJkEDQCkBA0A7gQNAAIFDQBDBQ0AXwUNACJ3EQCaBQ0A7QUNAP4FDQBCBg0ARQYNAJcGDQCrBg0A7AYNAAgHDQB3dxEASQcNAMx3EQCeBw0AIXgRAPcHDQBACA0ARggNAJUIDQCbCA0A6ggNAO8IDQA/CQ0ARQkNAHZ4EQCeCQ0A6QkNAPEJDQAgeREARAoNAJMKDQCbCg0A6AoNAPUKDQA9Cw0ASQsNAJILDQCUCw0A5wsNAO0LDQA8DA0ARAwNAJEMDQCjDA0AdXkRAPMMDQA7DQ0AQg0NAJANDQCYDQ0A5Q0NAOoNDQA6Dg0ASg4NAI8ODQCXDg0A5A4NAPIODQA5Dw0ARg8NAI4PDQCPDw0A4w8NAOwPDQA4EA0AQhANAMp5EQCSEA0A4hANAO4QDQA3EQ0AOhENAIwRDQCUEQ0A4RENAO4RDQA2Eg0AOxINAIsSDQCVEg0A4BINAOgSDQA1Ew0AQRMNAIoTDQCdEw0A3xMNAO0TDQA0FA0ANxQNAIkUDQCTFA0AH3oRAPkUDQAzFQ0ANRUNAIgVDQCWFQ0A3RUNAO4VDQAyFg0ANBYNAIcWDQCgFg0A3BYNAO0WDQAxFw0APRcNAHR6EQCPFw0A2xcNAOgXDQAwGA0AOhgNAIUYDQCTGA0A2hgNAPAYDQAvGQ0AOxkNAIQZDQCQGQ0A2RkNAOwZDQAuGg0APRoNAIMaDQCPGg0A2BoNANkaDQAtGw0ANxsNAIIbDQCQGw0A1xsNANwbDQAsHA0AORwNAMl6EQCPHA0A1hwNAOwcDQArHQ0ANx0NAIAdDQCHHQ0A1R0NAN0dDQAqHg0ALx4NAH8eDQCIHg0A1B4NAN4eDQApHw0AMR8NAH4fDQCCHw0A0x8NANUfDQAoIA0ANiANAH0gDQCHIA0A0iANAOAgDQAnIQ0ANCENAHwhDQCTIQ0A0SENANkhDQAmIg0ANiINAHsiDQCAIg0A0CINANYiDQAlIw0ALSMNAHojDQB/Iw0AzyMNANAjDQAkJA0AMCQNAHkkDQB/JA0AziQNANAkDQAjJQ0ALSUNAHglDQCGJQ0AzSUNANIlDQAiJg0ALyYNAMh7EQB9Jg0AzCYNANEmDQAhJw0AJycNAB18EQB7Jw0AyycNANgnDQAgKA0ALSgNAHUoDQCBKA0AyigNANkoDQAfKQ0AKSkNAHQpDQCCKQ0AySkNAM4pDQAeKg0AKyoNAHMqDQB7Kg0AHH0RANQqDQAdKw0ALSsNAHIrDQB7Kw0AxysNAMorDQAcLA0AKCwNAHEsDQB4LA0AcX0RAMssDQAbLQ0AKC0NAHAtDQB9LQ0AxS0NANEtDQAaLg0AKS4NAG8uDQB5Lg0AxC4NANIuDQAZLw0AHi8NAG4vDQB7Lw0Awy8NAMsvDQDGfREAJDANAG0wDQB9MA0AwjANAMswDQAXMQ0AGjENAGwxDQB4MQ0AwTENAMgxDQAbfhEAGzINAGsyDQB0Mg0A7QIQAHgyDQDAMg0AzTINABUzDQAhMw0AajMNAHkzDQC/Mw0AyTMNABQ0DQAiNA0AaTQNAG40DQC+NA0AyzQNABM1DQAbNQ0AcH4RAHQ1DQC9NQ0AzTUNABI2DQAbNg0AZzYNAGo2DQC8Ng0AyDYNABE3DQAYNw0AxX4RAH03DQC7Nw0AwTcNABA4DQAcOA0AZTgNAHw4DQC6OA0AvDgNAA85DQAZOQ0AZDkNAHA5DQC5OQ0AxTkNAA46DQAUOg0AYzoNAGk6DQC4Og0AvToNAA07DQATOw0AGn8RAGU7DQAZLQ8AbTsNALc7DQC4Ow0ADDwNABY8DQBhPA0AjDwNAG9/EQC5PA0ACz0NABU9DQDEfxEAaT0NALU9DQDLPQ0ACj4NACA+DQBfPg0AYT4NALQ+DQC6Pg0ACT8NAB0/DQBugBEAZj8NALM/DQB6Pw0AFNoRALk/DQBLUQ4Awz8NAAhADQDMPw0A6bIOAApADQBdQA0Aa0ANALJADQDDQA0Aw4ARAA5BDQAYgREAZUENAGwwDgBoQQ0AsUENALRBDQAGQg0AD0INAFtCDQBsQg0AsEINALpCDQAFQw0ADUMNAFpDDQAhQw0AyH4OAF1DDQCvQw0AuEMNAAREDQAaRA0AWUQNAG9EDQCuRA0AsEQNAANFDQAJRQ0AWEUNAGxFDQBtgREA1UUNAAJGDQAqRg0AwoERAF1GDQAqHQ4AY0YNAABIDQBkRg0A0x4OAGZGDQDUHQ4AZ0YNAKxGDQCuRg0AAUcNAA9HDQBWRw0AZ0cNABeCEQCzRw0AbIIRAAZIDQBVSA0AW0gNAKpIDQCvSA0A/0gNAAVJDQDBghEAYEkNAKlJDQCxSQ0Aa4MRAApKDQBTSg0AXUoNAKhKDQCxSg0A/UoNAP5KDQBSSw0AWksNAKdLDQCsSw0A/EsNAAxMDQAVhBEAXUwNAKZMDQCoTA0A+0wNAAFNDQBQTQ0AV00NAKVNDQCqTQ0A+k0NAP5NDQBPTg0AXE4NAKRODQCsTg0A+U4NAP5ODQBOTw0AXk8NAGqEEQC0Tw0A+E8NAARQDQBNUA0AXFANAKJQDQCsUA0A91ANAAVRDQBMUQ0AWVENAKFRDQC4UQ0Av4QRAPlRDQBphREATlINAKBSDQBSUg0AWJYRAKhSDQD1Ug0AHVMNAEpTDQByUw0An1MNAMdTDQC+hREA/VMNAElUDQBKVA0AnlQNAK1UDQDzVA0AtFQNAJxWDQAEVQ0ASFUNAEpVDQCdVQ0AoFUNAPJVDQD1VQ0AR1YNAE9WDQC9hhEAoVYNAPFWDQD4Vg0ARlcNAE9XDQCbVw0ArFcNAPBXDQD8Vw0ARVgNAE1YDQAShxEAoFgNAO9YDQD2WA0ARFkNAElZDQCZWQ0AnVkNAO5ZDQD7WQ0AQ1oNAFJaDQCYWg0AqVoNAO1aDQDvWg0AQlsNAEVbDQCXWw0AmlsNAOxbDQD0Ww0AZ4cRAEZcDQD8oA0ATFwNAGE6DwBNXA0AllwNAJlcDQDrXA0A9VwNALyHEQBJXQ0AlV0NAKRdDQDqXQ0A+V0NAD9eDQBLXg0AlF4NAJdeDQDpXg0A7F4NABGIEQBBXw0Ak18NALtfDQBmiBEA8F8NALuIEQBFYA0AEIkRAJpgDQBliREA7GANADxhDQBJYQ0AkWENAJRhDQDmYQ0A62ENADtiDQBMYg0AkGINAJxiDQC6iREA6mINADpjDQBLYw0Aj2MNAJtjDQDkYw0A/mMNADlkDQA9ZA0AN2YNAEBkDQCKaA0AQ2QNAN5pDQBFZA0ANmcNAEdkDQA4ZQ0ASmQNAI5kDQCTZA0A42QNAPpkDQAPihEARWUNAI1lDQCdZQ0A4mUNAOdlDQBkihEAOWYNAIxmDQCSZg0A4WYNAO5mDQC5ihEAPGcNAItnDQCRZw0A4GcNAOVnDQA1aA0AO2gNAA6LEQCWaA0A32gNAPhoDQA0aQ0APWkNAIlpDQCgaQ0AY4sRAORpDQAzag0ANWoNAIhqDQCXag0A3WoNAOlqDQC4ixEANGsNAIdrDQCYaw0A3GsNAOprDQAxbA0AOGwNAIZsDQCIbA0A22wNAOVsDQAwbQ0APm0NAIVtDQCKbQ0A2m0NAOdtDQAvbg0AN24NAIRuDQCIbg0A2W4NANtuDQAubw0ANG8NAINvDQCQbw0ADYwRAOVvDQAtcA0ARHANAIJwDQCecA0AYowRAONwDQAscQ0ALXENAIFxDQCHcQ0A1nENAOJxDQArcg0AOnINAIByDQCCcg0A1XINAN9yDQAqcw0AOHMNAH9zDQCEcw0A1HMNAOFzDQApdA0AMXQNAH50DQCCdA0A03QNANV0DQAodQ0ALnUNAH11DQCKdQ0At4wRAN91DQAndg0APnYNAHx2DQCYdg0ADI0RANp2DQAmdw0ANHcNAHt3DQCFdw0A0HcNANx3DQAleA0AKHgNAHp4DQCWeA0Az3gNANd4DQBhjREAMHkNAHl5DQB8eQ0AznkNANh5DQBgjhEALHoNAHh6DQCGeg0AzXoNANd6DQAiew0ALnsNAHd7DQB/ew0ACo8RAM57DQAhfA0AL3wNAHZ8DQCHfA0AX48RANJ8DQC0jxEAJX0NAHV9DQB9fQ0Ayn0NANB9DQAffg0AKH4NAHR+DQCBfg0AXpARAM5+DQAefw0A1X4NAMeADQAnfw0Ac38NAH1/DQDIfw0A0H8NAB2ADQBhgA0AcoANAHqADQCzkBEAzYANAByBDQAigQ0AcYENAHmBDQDGgQ0ACoINABuCDQAjgg0ACJERAHiCDQBdkREAzoINABqDDQAogw0Ab4MNAHmDDQDEgw0A0IMNABmEDQAchA0AboQNAHaEDQAHkhEAz4QNABiFDQAbhQ0AbYUNAHeFDQBckhEAyoUNALGSEQAlhg0AbIYNAH2GDQDBhg0AzYYNABaHDQAZhw0ABpMRALGHDQDAhw0ABogNAFuTEQAliA0AaogNAGyIDQC/iA0AzYgNABSJDQAliQ0AsJMRAIWJDQC+iQ0AxokNAAWUEQAZig0A9P0NACaKDQBoig0Ad4oNAL2KDQDJig0AEosNABOLDQBniw0AcYsNALyLDQDKiw0AEYwNABaMDQBmjA0Ac4wNAFqUEQDJjA0AEI0NAB2NDQBljQ0AbY0NAK+UEQDGjQ0AD44NADuODQBkjg0AcI4NALmODQDIjg0ADo8NABiPDQBjjw0AcY8NALiPDQC9jw0ADZANABqQDQBikA0AapANALeQDQDFkA0ADJENABmRDQBhkQ0AaZENAASVEQC4kQ0AlbEOAMSRDQALkg0AFZINAGCSDQBskg0AtZINALySDQAKkw0AEpMNAF+TDQBjkw0AtJMNAMKTDQAJlA0AE5QNAF6UDQBplA0As5QNALuUDQAIlQ0ACpUNAF2VDQBllQ0AspUNAL+VDQAHlg0ADJYNAFyWDQBplg0AsZYNAM+WDQAGlw0AN5cNAFuXDQBnlw0AsJcNALaXDQAFmA0ACpgNAFqYDQBimA0Ar5gNALuYDQAEmQ0AF5kNAFmZDQBnmQ0ArpkNALiZDQADmg0AC5oNAFiaDQBnmg0ArZoNALKaDQACmw0ACZsNAFebDQBjmw0ArJsNAMibDQABnA0ACZwNAFmVEQBYnA0Aq5wNALmcDQAAnQ0ADZ0NAFWdDQBjnQ0Aqp0NALedDQD/nQ0AFp4NAFSeDQBcng0AqZ4NALeeDQD+ng0AC58NAFOfDQBbnw0AA5YRALafDQD9nw0A/p8NAK2WEQBeoA0Ap6ANAK6gDQAClxEAA6ENAFGhDQBWoQ0AV5cRAK6hDQCslxEAA6INAFCiDQBDog0AHdMPAFGiDQBQ9w0AU6INAE75DQBZog0ApaINAFqiDQD89Q0AYKINAE/4DQBuog0Ag20PALKiDQD6og0ABaMNAE+jDQBRow0ApKMNALGjDQD5ow0AAKQNAE6kDQBfpA0Ao6QNAK+kDQD4pA0A/6QNAE2lDQBVpQ0AAZgRAKilDQD3pQ0A/aUNAEymDQBRpg0AoaYNAKemDQBWmBEAAqcNAEunDQBVpw0AoKcNAKSnDQD1pw0AAagNAEqoDQBWqA0An6gNAKyoDQD0qA0A/KgNAEmpDQBTqQ0AnqkNAKqpDQDzqQ0A9qkNAEiqDQBSqg0AAJkRAJ+qDQDyqg0A9aoNAEerDQBKqw0AqpkRAKSrDQD/mREA/6sNAEasDQBHrA0AVJoRAKOsDQCpmhEA9awNAEWtDQBMrQ0Amq0NAJ+tDQD+mhEA960NAFObEQBMrg0Ama4NAKOuDQDurg0A+a4NAEOvDQBRrw0AmK8NAJuvDQDtrw0A9a8NAEKwDQBMsA0Al7ANAKOwDQDssA0A77ANAEGxDQBLsQ0AqJsRAKSxDQDrsQ0AAbINAECyDQBMsg0AlbINAJyyDQDqsg0A8rINAD+zDQBEsw0AlLMNAJ2zDQDpsw0A87MNAD60DQBGtA0Ak7QNAJW0DQDotA0A+LQNAD21DQBHtQ0AkrUNAJ61DQDntQ0A7bUNADy2DQBEtg0AUpwRAJ+2DQDmtg0A57YNAKecEQBAtw0A/JwRAJK3DQDltw0A5rcNADq4DQA9uA0Aj7gNAJq4DQDkuA0A6bgNADm5DQBDuQ0AUZ0RALK5DQDjuQ0A67kNAKadEQA6ug0AjboNAJ66DQDiug0A87oNADe7DQA6uw0A+50RAJK7DQDhuw0A5rsNADa8DQA5vA0Ai7wNAI68DQDgvA0A6LwNAFCeEQBDvQ0Air0NAI29DQDfvQ0A6r0NADS+DQBAvg0Aib4NAJC+DQDevg0A5r4NADO/DQBBvw0AiL8NAJW/DQDdvw0A5b8NAKWeEQA+wA0Ah8ANAIrADQDcwA0A5sANADHBDQA5wQ0A+p4RAJLBDQDbwQ0A4cENADDCDQA6wg0AhcINAJnCDQDawg0A4sINAE+fEQA8ww0AhMMNAIzDDQDZww0A3MMNAC7EDQA6xA0Ag8QNAI3EDQDYxA0A4cQNAC3FDQAuxQ0AgsUNAJrFDQDXxQ0A2cUNACzGDQA9xg0AgcYNAJLGDQDWxg0A3sYNACvHDQA6xw0AgMcNAILHDQDVxw0A5scNACrIDQA7yA0Af8gNAJjIDQDUyA0A1sgNACnJDQA4yQ0AfskNAJ7JDQD5nxEA1ckNACjKDQBIyg0AfcoNAJHKDQBNoREA2soNACfLDQA0yw0AfMsNAIHLDQDRyw0A28sNACbMDQAuzA0Ae8wNAIHMDQDQzA0A2cwNACXNDQAyzQ0AoqERAIbNDQDPzQ0A1c0NACTODQAqzg0Aec4NAILODQDOzg0Az84NACPPDQAtzw0AeM8NAITPDQDNzw0A1M8NAPehEQAq0A0ATKIRAH/QDQChohEA1NANAPaiEQAt0Q0AdtENAIbRDQDL0Q0A0NENACDSDQAm0g0AddINAIHSDQDK0g0A0tINAEujEQAw0w0AdNMNAIXTDQDJ0w0A29MNAB7UDQAm1A0Ac9QNAH7UDQDI1A0AzdQNAB3VDQAi1Q0ActUNAJLVDQCgoxEA19UNABzWDQAm1g0AcdYNAH3WDQDG1g0AzNYNABvXDQAj1w0AcNcNAHLXDQDF1w0AfNcNAGrdDQDW1w0AGtgNACvYDQBv2A0AgdgNAMTYDQDM2A0AGdkNACTZDQBu2Q0Ac9kNAMPZDQDI2Q0AGNoNADjaDQD1oxEAb9oNAMLaDQDR2g0AF9sNACLbDQBs2w0AftsNAMHbDQDJ2w0AFtwNACHcDQBr3A0AcNwNAMDcDQDF3A0AFd0NADXdDQBKpBEAbN0NAL/dDQDO3Q0AFN4NAB/eDQBp3g0Ae94NAL7eDQDG3g0AE98NAB7fDQBo3w0Abd8NAL3fDQDC3w0AEuANADLgDQCfpBEAdOANALzgDQDT4A0A9KQRAB7hDQBm4Q0AfeENAEmlEQDI4Q0AEOINABfiDQBl4g0Ac+INALriDQDH4g0AD+MNACbjDQCepREAbOMNAPOlEQC74w0ADuQNABzkDQBj5A0AdOQNAEimEQDF5A0ADeUNACTlDQCdphEAbOUNALflDQDD5Q0ADOYNAA/mDQBh5g0Aa+YNAPKmEQDS5g0AR6cRABPnDQCcpxEAaOcNALXnDQC25w0AXOsNALjnDQBe6Q0AvOcNAFXyDQC/5w0ACugNAMTnDQBa7Q0AxecNAFvsDQAP6A0Aq/ENABboDQBf6A0AYugNALToDQC+6A0A8acRABHpDQBGqBEAZ+kNALPpDQB+6Q0AV/ANAMHpDQAI6g0AEuoNAF3qDQBp6g0AsuoNALXqDQAH6w0AD+sNAJuoEQBe6w0AsesNALTrDQAG7A0ACewNAPCoEQBd7A0AsOwNAL7sDQAF7Q0AFu0NAJqpEQBc7Q0Ar+0NALztDQAE7g0AE+4NAFnuDQBl7g0Aru4NAL/uDQAD7w0AFO8NAFjvDQBk7w0Are8NALTvDQAC8A0ACvANAESqEQBl8A0ArPANAK3wDQCZqhEADfENAFbxDQBd8Q0A7qoRALLxDQAA8g0ABfINAJirEQBe8g0AqvINALDyDQD/8g0AAfMNAFTzDQBe8w0AqfMNALfzDQD+8w0AA/QNAFP0DQBg9A0AqPQNAMD0DQD99A0AE/UNAFL1DQBV9Q0Ap/UNAK/1DQBCrBEACPYNAFH2DQBU9g0ApvYNALD2DQCXrBEAA/cNAOysEQBS9w0ApfcNAKj3DQD69w0A/fcNAEGtEQBR+A0ApPgNALL4DQD5+A0ACvkNAOutEQBX+Q0Ao/kNALH5DQD4+Q0AvPkNAAGaDwAC+g0ATfoNAFn6DQCi+g0ApfoNAPf6DQD/+g0Ala4RAGb7DQDqrhEAu/sNAPb7DQAQ/A0AP68RAFD8DQBHAA4AWfwNAPEADgBb/A0AoPwNAKL8DQD1/A0AA/0NAEr9DQBb/Q0AlK8RAKb9DQDprxEA+v0NAEn+DQBO/g0Anv4NAKT+DQA+sBEA+f4NAEj/DQBN/w0Anf8NALP/DQDy/w0A+v8NAOiwEQBnAA4AnAAOAKQADgA9sREACAEOAEYBDgBTAQ4AmwEOAKABDgDwAQ4A9gEOAEUCDgBRAg4AmgIOAKECDgDvAg4A9wIOAEQDDgBnAw4A57ERAKYDDgDuAw4A/QMOAEMEDgBFBA4AmAQOAKEEDgDtBA4ABAUOAEIFDgBNBQ4AlwUOAKEFDgDsBQ4A9AUOAJGyEQBHBg4AlgYOAJwGDgDrBg4A8AYOAEAHDgBGBw4A5rIRALcHDgDqBw4A8gcOAJCzEQBICA4AlAgOAJUIDgDpCA4A8QgOAD4JDgBJCQ4AkwkOAJgJDgDoCQ4A7QkOAD0KDgBdCg4A5bMRAJgKDgDnCg4A7goOADwLDgBBCw4AkQsOAJULDgDmCw4A8wsOADsMDgBDDA4AkAwOAJsMDgDlDA4A6gwOADoNDgA/DQ4Ajw0OAK8NDgA6tBEA8w0OADkODgBEDg4Ajg4OAJYODgDjDg4A5g4OADgPDgDtDg4ANRIOAEQPDgCNDw4Alw8OAOIPDgDrDw4ANxAOADgQDgCMEA4AlBAOAOEQDgDsEA4ANhEOADsRDgCLEQ4AkBEOAOARDgAAEg4Aj7QRAEESDgCKEg4AjBIOAN8SDgDlEg4ANBMOADsTDgCJEw4AjhMOAN4TDgDiEw4AMxQOAEAUDgCIFA4AkBQOAN0UDgDoFA4AMhUOADcVDgCHFQ4AjBUOANwVDgD8FQ4A5LQRADkWDgA5tREAkBYOANsWDgDkFg4AMBcOADYXDgCFFw4AkRcOANoXDgD4Fw4ALxgOADAYDgCEGA4AhhgOANkYDgDmGA4ALhkOADwZDgCDGQ4AkhkOANgZDgD0GQ4ALRoOADUaDgDjtREAlRoOANcaDgDYGg4ALBsOADgbDgCBGw4AkBsOANYbDgDgGw4AKxwOADccDgCAHA4AhxwOADi2EQDdHA4AjbYRADMdDgB/HQ4AjB0OAOK2EQDZHQ4AKR4OADYeDgB+Hg4AiB4OADe3EQDVHg4AKB8OAD4fDgB9Hw4AiR8OAIy3EQDaHw4Asz0PAPAfDgAnIA4ALyAOAFabDgBFIA4AfCAOAIQgDgDRIA4AniAOAI9hDwDSIA4AeiIOANQgDgDOIw4A3SAOAORhDwDhIA4AJiEOACghDgB7IQ4AiSEOANAhDgDhIQ4A4bcRAC0iDgA2uBEAfCIOAM8iDgDSIg4AJCMOACcjDgCLuBEAgSMOAOC4EQDYIw4AdnsOAO4jDgAjJA4AMSQOAHgkDgB5JA4ANbkRANUkDgCKuREARSUOAN+5EQCEJQ4AzCUOANolDgAhJg4AKyYOAHYmDgB+Jg4AyyYOAMwmDgDGKw4A5iYOAHMpDgD3Jg4AICcOACknDgB1Jw4AdicOAMonDgDYJw4AHygOACkoDgB0KA4AgCgOAMkoDgDPKA4AHikOADopDgA0uhEAgSkOAMgpDgDVKQ4AHSoOACcqDgByKg4AdCoOAMcqDgDeKg4AHCsOACgrDgBxKw4AjSsOAIm6EQDXKw4AGywOAB0sDgBwLA4AeiwOAMUsDgDVLA4AGi0OAB8tDgBvLQ4AdS0OAMQtDgDaLQ4AGS4OACEuDgBuLg4AcS4OAMMuDgDMLg4AGC8OACYvDgBtLw4Ady8OAMIvDgDOLw4AFzAOADMwDgDeuhEAeTAOAMEwDgDJMA4AFjEOABkxDgBoiQ4AJjEOAGsxDgBtMQ4AaYgOAHkxDgDAMQ4AzTEOABUyDgAjMg4AajIOAG0yDgC/Mg4AyjIOABQzDgAgMw4AaTMOAHAzDgC+Mw4AxjMOABM0DgAVNA4AaDQOAHg0DgC9NA4AxzQOABI1DgAeNQ4AZzUOAG01DgC8NQ4AxDUOADO7EQATNg4AZjYOAHQ2DgC7Ng4AyDYOABA3DgAcNw4AZTcOAGs3DgC6Nw4AvTcOAA84DgAXOA4AZDgOAGY4DgBfPQ4AZzgOAA06DgB0OA4AuTgOALs4DgAFQg4AvjgOAA45DgAXOQ4AYzkOAHA5DgC4OQ4AvzkOAIi7EQAWOg4AXT8OABc6DgC2Ow4ALToOAGI6DgBwOg4AtzoOALg6DgDduxEAGDsOAGE7DgBoOw4AMrwRALg7DgALPA4AETwOAGA8DgBqPA4AtTwOAME8DgAKPQ4AET0OAIe8EQB4PQ4AtD0OALk9DgAJPg4ADz4OAF4+DgBoPg4Asz4OAL8+DgAIPw4ADz8OANy8EQBsPw4Asj8OAME/DgAHQA4AE0AOAFxADgBfQA4AsUAOALRADgAGQQ4AFkEOAFtBDgBkQQ4AsEEOAMFBDgAxvREAE0IOAFpCDgBrQg4Ahr0RALZCDgDbvREADEMOAFlDDgBbQw4AVEgOAFxDDgACRQ4AaUMOAK5DDgCwQw4A+kwOALNDDgADRA4ADEQOAFhEDgBlRA4ArUQOALREDgAwvhEAC0UOAFJKDgAMRQ4Aq0YOACJFDgBXRQ4AZUUOAKxFDgCtRQ4Ahb4RAA1GDgBWRg4AXUYOANq+EQCtRg4AAEcOAAZHDgBVRw4AX0cOAKpHDgC2Rw4A/0cOAAZIDgAvvxEAbUgOAKlIDgCuSA4A/kgOAARJDgBTSQ4AXUkOAKhJDgC0SQ4A/UkOAARKDgCEvxEAYUoOAKdKDgC2Sg4A/EoOAAhLDgBRSw4AVEsOAKZLDgCpSw4A+0sOAAtMDgBQTA4AWUwOAKVMDgC2TA4A2b8RAAhNDgBPTQ4AYE0OAC7AEQCrTQ4Ag8ARAAFODgBOTg4Ad04OAKNODgCrTg4A+E4OAAhPDgBNTw4AT08OAKJPDgCwTw4A908OAAhQDgDYwBEAUlAOAKFQDgCtUA4ALcERACRRDgDXwREAVFEOAKBRDgCtUQ4A9VEOABFSDgBKUg4AUlIOACzCEQCwUg4A9FIOAPZSDgBJUw4ASlMOAJ5TDgChUw4A81MOAP9TDgBIVA4AT1QOAJ1UDgC5VA4A8lQOAPpUDgDWwhEAVFUOAJxVDgCsVQ4A8VUOAPZVDgBGVg4AcVYOACvDEQChVg4AgMMRAPhWDgBFVw4ARlcOAJFgDgBLVw4Are0PAE9XDgCaVw4AUVcOAOtbDgBVVw4AQloOAGNXDgDjYw4An1cOAArmDwClVw4AD+EPAKZXDgDvVw4A8lcOAERYDgBOWA4A1cMRAKFYDgDuWA4A9FgOAENZDgBMWQ4AmFkOAKVZDgDtWQ4ACVoOACrEEQBEWg4Al1oOAEdaDgBU8Q8ApVoOAOxaDgD9Wg4Af8QRAEdbDgCWWw4AolsOANTEEQDxWw4AQFwOAEZcDgCVXA4AmlwOAOpcDgDwXA4A08URAEZdDgDSxhEAmV0OAOldDgDxXQ4APl4OAEpeDgCTXg4Apl4OAOheDgD0Xg4APV8OAExfDgCSXw4Am18OAOdfDgDxXw4APGAOAEhgDgB8xxEAomAOAOZgDgDyYA4AO2EOAD1hDgCQYQ4Ak2EOAOVhDgDxYQ4AOmIOAEJiDgDRxxEAm2IOAORiDgD0Yg4AOWMOAEVjDgCOYw4AlGMOACbIEQAFZA4AOGQOAEBkDgCNZA4At2QOAOJkDgDtZA4AN2UOAENlDgCMZQ4AnWUOAOFlDgDiZQ4Ae8gRADxmDgCLZg4AmGYOANDIEQDtZg4ANWcOAExnDgCKZw4AtWcOAN9nDgDnZw4ANGgOAD5oDgCJaA4AlWgOAN5oDgDhaA4AM2kOAD1pDgAlyREAkGkOAN1pDgDjaQ4AMmoOADtqDgCHag4AlGoOANxqDgD4ag4AeskRADNrDgCGaw4AOGsOAM54DgCTaw4A22sOAOJrDgAwbA4AMmwOAIVsDgCLbA4A2mwOAOFsDgAvbQ4AR20OAIRtDgCJbQ4A2W0OAJBtDgCDbg4A4m0OAC5uDgA4bg4Az8kRAIluDgDYbg4A3m4OAC1vDgAybw4Agm8OAIhvDgAkyhEA2G8OACxwDgA9cA4AgXAOAI1wDgDWcA4A4HAOACtxDgA3cQ4AgHEOAIdxDgB5yhEA13EOACpyDgDgcQ4ASP0PAC1yDgB/cg4An3IOANRyDgDccg4AzsoRADpzDgB+cw4AhXMOANNzDgDbcw4AKHQOACt0DgDRdQ4AOHQOAH10DgB/dA4A0nQOAOB0DgAndQ4AOHUOACPLEQCDdQ4AeMsRANp1DgAmdg4ANXYOAHt2DgCKdg4A0HYOANx2DgAldw4AKHcOAHp3DgB9dw4Az3cOAN93DgAkeA4ALXgOAHl4DgCKeA4AzcsRANN4DgAjeQ4ALHkOAHh5DgCCeQ4AzXkOANV5DgAieg4AQHoOAHd6DgCVeg4AzHoOAOp6DgAhew4AP3sOACLMEQB9ew4Ay3sOANB7DgAgfA4A13sOAB99DgApfA4AdXwOAH98DgDKfA4A5nwOAHfMEQAlfQ4AdH0OAHp9DgDJfQ4A5X0OAMzMEQBIfg4Ads0RAJ1+DgDLzREA0H4OAMrOEQAzfw4Acn8OAHR/DgDHfw4AzX8OAByADgAwgA4AcYAOAHmADgDGgA4A8IAOAB/PEQAkgQ4AcIEOAH2BDgDFgQ4A04EOABqCDgAkgg4Ab4IOAImCDgDEgg4A0YIOABmDDgAlgw4AboMOAHiDDgDDgw4Ay4MOAHTPEQAfhA4AbYQOAHWEDgDJzxEAm4QOAMjQEQDOhA4AF4UOAB6FDgBshQ4AdIUOAB7QEQDDhQ4AFoYOACeGDgBrhg4Ac4YOAMCGDgDKhg4AFYcOACGHDgBqhw4AbYcOAL+HDgDJhw4AHdERADCIDgBy0REAd4gOAL6IDgDPiA4Ax9ERABqJDgAc0hEAcYkOAL2JDgDMiQ4AEooOACGKDgBnig4Ac4oOALyKDgC/ig4AEYsOABSLDgBmiw4AdosOALuLDgDEiw4AEIwOACGMDgBx0hEAZ4wOALqMDgBxjA4AZI0OAL2MDgAPjQ4AF40OAMbSEQBqjQ4AuY0OAMWNDgAOjg4AFo4OABvTEQBvjg4AuI4OALuODgANjw4AF48OAHDTEQBnjw4At48OAM2PDgAMkA4ADZAOAGGQDgBykA4AtpAOAMKQDgALkQ4AFZEOAGCRDgBskQ4AxdMRAMGRDgAKkg4ADZIOAF+SDgBpkg4Ab9QRALeSDgAJkw4ADJMOAF6TDgBqkw4As5MOALmTDgAIlA4AEpQOAMTUEQBilA4AspQOAL+UDgAHlQ4ACpUOAFyVDgB4lQ4AsZUOALmVDgAZ1READpYOAG7VEQBjlg4Aw9URALOWDgAFlw4Ax5YOAEBbDwAllw4AWpcOAG6XDgAY1hEAvJcOAG3WEQAFmA4AWZgOAF+YDgCumA4AupgOAAOZDgASmQ4AWJkOAFqZDgCtmQ4At5kOAAKaDgAOmg4AV5oOAF6aDgDC1hEAuJoOABfXEQAJmw4AbNcRAFmbDgBUnQ4AZpsOAKubDgCtmw4AAJwOAA6cDgBVnA4AZpwOAGnaEQCxnA4AvtoRAAedDgAT2xEAdJ0OAKmdDgC3nQ4A/p0OAP+dDgBo2xEAX54OAKieDgCvng4AvdsRAAWfDgAS3BEAVJ8OAKefDgC1nw4A/J8OAA2gDgBn3BEAV6AOAKagDgCyoA4AvNwRAAGhDgBQoQ4AVqEOAKWhDgCqoQ4A+qEOAACiDgBm3REAUqIOAKSiDgCwog4A+aIOAP+iDgBOow4AWKMOABDeEQCoow4A+KMOAAWkDgBNpA4AUKQOAKKkDgC3pA4A96QOAP+kDgBl3hEAVKUOAKGlDgCtpQ4A9qUOAPylDgBLpg4AUaYOAKCmDgClpg4A9aYOAPumDgBj4BEAWacOAJ+nDgCupw4A9KcOAP2nDgBJqA4AT6gOAJ6oDgCkqA4A86gOAP+oDgBIqQ4AT6kOAJ2pDgClqQ4ADeERAPypDgBHqg4AUqoOAJyqDgCoqg4A8aoOAPeqDgBGqw4ATqsOAJurDgCnqw4A8KsOAParDgBFrA4AS6wOAJqsDgCfrA4A76wOAPWsDgBi4REAS60OAJmtDgCnrQ4A7q0OAPutDgBDrg4AWq4OAJiuDgC0rg4A7a4OAPWuDgC34REAVa8OAJevDgCZrw4A7K8OAAKwDgBBsA4AQrAOAJawDgCnsA4A67AOAPewDgAM4hEAXLEOAGHiEQCrsQ4A6rEOAOuxDgA/sg4AULIOAJSyDgCgsg4AtuIRAO6yDgA+sw4ARLMOAJOzDgCzsw4A6LMOAPSzDgA9tA4ARLQOAAvjEQCYtA4A57QOAOy0DgA8tQ4AQrUOAGDjEQCltQ4A5rUOAOe1DgA7tg4AR7YOAJC2DgCstg4A5bYOAO22DgBf5BEAQrcOAAnlEQCbtw4A5LcOAOq3DgA5uA4AP7gOAI64DgCmuA4A47gOAO24DgA4uQ4ARLkOAI25DgCQuQ4A4rkOAOy5DgA3ug4AT7oOAIy6DgCcug4A4boOAOO6DgA2uw4ARLsOAIu7DgCcuw4AXuURAOa7DgA1vA4AQbwOALPlEQCSvA4AXeYRAOu8DgA0vQ4AN70OAIm9DgCTvQ4AsuYRAOC9DgAzvg4AQb4OAIi+DgCZvg4AXOcRAOS+DgCx5xEAOr8OAAboEQCPvw4ABekRAN6/DgAxwA4APsAOAIbADgCVwA4A28AOAOHADgAwwQ4APMEOAIXBDgCHwQ4A2sEOAOTBDgAvwg4APcIOAITCDgCJwg4A2cIOAObCDgAuww4AOsMOAIPDDgCWww4A2MMOAOfDDgAtxA4AOcQOAILEDgCDxA4A18QOAOHEDgAsxQ4AOsUOAIHFDgCGxQ4A1sUOAOPFDgBa6REANcYOAIDGDgCOxg4A1cYOANjGDgAqxw4AOscOAH/HDgCNxw4A1McOAODHDgApyA4AMMgOAH7IDgCFyA4A08gOAN/IDgAoyQ4AKckOAH3JDgCJyQ4A0skOAN/JDgAnyg4ALsoOAHzKDgCIyg4A0coOAN7KDgAmyw4ANcsOAHvLDgCPyw4A0MsOANzLDgAlzA4AOMwOAHrMDgCJzA4Az8wOANvMDgAkzQ4AJc0OAHnNDgCDzQ4Azs0OANzNDgAjzg4AKM4OAHjODgCFzg4Ar+kRAM7ODgAizw4AM88OAHfPDgCFzw4AzM8OANvPDgAh0A4AI9AOAHbQDgCA0A4Ay9AOANnQDgAg0Q4AJdEOAHXRDgCC0Q4AytEOANnRDgAf0g4AJNIOAHTSDgCB0g4AydIOANPSDgAe0w4AKtMOAHPTDgCG0w4AyNMOANLTDgAd1A4AKdQOAHLUDgCF1A4Ax9QOANbUDgAc1Q4AKNUOAHHVDgBy1Q4AxtUOANDVDgAb1g4AKdYOAHDWDgB11g4AxdYOANLWDgAE6hEAH9cOAG/XDgB81w4AxNcOAM7XDgAZ2A4AH9gOAG7YDgBw2A4Aw9gOANDYDgAY2Q4AG9kOAG3ZDgB72Q4AwtkOAM7ZDgAX2g4AJNoOAGzaDgB22g4AwdoOANDaDgAW2w4AG9sOAGvbDgB42w4AwNsOAM3bDgAV3A4AIdwOAGrcDgB53A4Av9wOAMncDgAU3Q4AIt0OAGndDgBu3Q4Avt0OAMvdDgAT3g4AH94OAGjeDgB73g4Avd4OAMzeDgAS3w4AHt8OAGffDgBo3w4AvN8OAMbfDgAR4A4AH+AOAGbgDgBr4A4Au+AOAMjgDgBZ6hEAI+EOAGXhDgB04Q4AuuEOAMbhDgAP4g4AEOIOAGTiDgBu4g4AueIOAMfiDgAO4w4AE+MOAGPjDgBw4w4AruoRAMvjDgAN5A4AHOQOAGLkDgBu5A4At+QOALjkDgAM5Q4AFuUOAGHlDgBv5Q4AtuUOALvlDgAL5g4AGOYOAAPrEQBi5g4AteYOAMPmDgAK5w4AF+cOAF/nDgBr5w4AtOcOALrnDgAJ6A4AGugOAF7oDgBg6A4As+gOALzoDgAI6Q4AFekOAF3pDgBs6Q4AsukOAL3pDgAH6g4AE+oOAFzqDgBv6g4AseoOAMDqDgAG6w4AEusOAFvrDgBc6w4AsOsOALrrDgAF7A4AE+wOAFrsDgBf7A4Ar+wOALzsDgBY6xEAEe0OAFntDgBn7Q4Aru0OALjtDgAD7g4AEe4OAFjuDgBa7g4Are4OAL7uDgAC7w4AEO8OAFfvDgCI7w4ArO8OAK7vDgAB8A4AC/AOAFbwDgBk8A4Aq/AOALDwDgAA8Q4ADfEOAFXxDgBh8Q4AqvEOAL3xDgD/8Q4ADvIOAFTyDgBg8g4AqfIOAKryDgD+8g4ACPMOAFPzDgBh8w4AqPMOAK3zDgD98w4ACvQOAK3rEQBU9A4Ap/QOAKn0DgD89A4AC/UOAFH1DgBg9Q4ApvUOALL1DgD79Q4A/vUOAFD2DgBT9g4ApfYOAKv2DgD69g4ABvcOAE/3DgBS9w4ApPcOAKn3DgD59w4AAvgOAE74DgBU+A4Ao/gOALL4DgD4+A4ABPkOAE35DgBd+Q4AovkOAKT5DgD3+Q4ABfoOAEz6DgBd+g4AAuwRAKf6DgD2+g4AAvsOAFfsEQBe+w4AoPsOAK/7DgD1+w4AAfwOAEr8DgBL/A4An/wOAKn8DgD0/A4AAv0OAEn9DgBO/Q4Anv0OAKv9DgCs7BEA//0OAEj+DgBS/g4Anf4OAMn+DgDy/g4A+f4OAEf/DgBg/w4AnP8OAKv/DgDx/w4AAAAPAEYADwBLAA8AmwAPAKgADwDwAA8A/QAPAEUBDwBRAQ8AmgEPAKkBDwDvAQ8A+QEPAEQCDwBSAg8AmQIPAJ4CDwDuAg8A+wIPAEMDDwBPAw8AmAMPAKsDDwDtAw8A/AMPAEIEDwBOBA8AlwQPAJgEDwDsBA8A9gQPAEEFDwBPBQ8AlgUPAJsFDwDrBQ8A+AUPAAHtEQBRBg8AlQYPAKYGDwDqBg8A9gYPAD8HDwBWBw8AlAcPAJYHDwDpBw8A+gcPAD4IDwBBCA8AkwgPAJ0IDwDoCA8A6ggPAD0JDwBHCQ8AkgkPAJ4JDwDnCQ8A8wkPADwKDwBPCg8AkQoPAKAKDwDmCg8A8goPADsLDwA8Cw8AkAsPAJoLDwDlCw8A8wsPADoMDwA/DA8AjwwPAJwMDwBW7REA5gwPADkNDwBDDQ8Ajg0PAJYNDwCr7REA9g0PADgODwBEDg8AjQ4PAJwODwDiDg8A6w4PADcPDwBBDw8AjA8PAJoPDwDhDw8A5g8PADYQDwBDEA8AixAPAJcQDwDgEA8A8xAPADURDwBEEQ8AihEPAJYRDwDfEQ8A4BEPADQSDwA+Eg8AiRIPAJcSDwDeEg8A4xIPADMTDwBAEw8AAO4RAIoTDwDdEw8A5xMPADIUDwA6FA8AVe4RAIwUDwDcFA8A8hQPADEVDwAyFQ8AhhUPAJcVDwDbFQ8A5xUPADAWDwA6Fg8AhRYPAJMWDwDaFg8A3xYPAC8XDwA8Fw8AhBcPAJAXDwDZFw8A7BcPAC4YDwA9GA8AgxgPAI8YDwDYGA8A2RgPAC0ZDwA3GQ8AghkPAJAZDwDXGQ8A3BkPACwaDwA5Gg8Aqu4RAIMaDwDWGg8A4BoPACsbDwAzGw8A/+4RAJYbDwDVGw8A4RsPACocDwAvHA8AfxwPAIgcDwDUHA8A3hwPACkdDwA1HQ8Afh0PAJEdDwDTHQ8A4h0PACgeDwA0Hg8AfR4PAH4eDwDSHg8A3B4PACcfDwA1Hw8AfB8PAIEfDwDRHw8A3h8PAFTvEQAoIA8AeyAPAIUgDwDQIA8A2CAPAKnvEQAyIQ8AeiEPAIkhDwDPIQ8A2iEPACQiDwAwIg8AeSIPAIgiDwDOIg8A7iIPACMjDwAvIw8AeCMPAH8jDwDNIw8A2yMPACIkDwAnJA8AdyQPAIMkDwDMJA8A3yQPACElDwAwJQ8AdiUPAIIlDwDLJQ8AzCUPACAmDwAqJg8AdSYPAIMmDwDKJg8AzyYPAB8nDwAsJw8A/u8RAHYnDwDJJw8A0ycPAB4oDwAmKA8AU/ARAJAoDwDIKA8A2SgPAB0pDwApKQ8AcikPAIUpDwDHKQ8A1ikPABwqDwAoKg8AcSoPAHIqDwDGKg8A0CoPABsrDwApKw8AcCsPAHUrDwDFKw8A0isPAKjwEQAcLA8AbywPAHksDwDELA8AzCwPAP3wEQA2LQ8Abi0PAH8tDwDDLQ8Azy0PABguDwArLg8AbS4PAHwuDwDCLg8Azi4PABcvDwAYLw8AbC8PAHYvDwDBLw8Azy8PABYwDwAbMA8AazAPAHgwDwBS8REAwjAPABUxDwAfMQ8AajEPAHIxDwCn8REA0DEPABQyDwAoMg8AaTIPAG0yDwC+Mg8AwDIPABMzDwAnMw8AaDMPAGszDwC9Mw8A2jMPABI0DwAjNA8AZzQPAHM0DwC8NA8AzzQPABE1DwAgNQ8AZjUPAHI1DwC7NQ8AvDUPABA2DwAaNg8AZTYPAHM2DwC6Ng8AvzYPAA83DwAcNw8A/PERAGY3DwC5Nw8AwzcPAA44DwAWOA8AUfIRAGU4DwC4OA8AxjgPAA05DwAeOQ8ApvIRAGk5DwD78hEA2jkPAPrzEQAUOg8A+fQRAGc6DwC2Og8AuzoPAAs7DwAPOw8AYDsPAG07DwBO9REAujsPAAo8DwAOPA8AXzwPAGE8DwC0PA8AzTwPAAk9DwAaPQ8AXj0PAGo9DwCj9REAtj0PAFhDDwC/PQ8ACD4PABs+DwBdPg8AXj4PALI+DwC+Pg8ABz8PABY/DwBcPw8AZj8PALE/DwC9Pw8ABkAPAA1ADwD49REAY0APALBADwCyQA8ApEwPALNADwCrRQ8AtkAPAAVBDwC8QA8A/kcPAL1ADwA8tA8AEUEPAFpBDwBpQQ8Ar0EPALtBDwAEQg8AEkIPAFlCDwB0Qg8ArkIPALpCDwADQw8ACkMPAE32EQBlQw8ArUMPAK9DDwACRA8AA0QPAFdEDwBaRA8ArEQPALdEDwABRQ8ABkUPAFZFDwBgRQ8AovYRALhFDwAARg8AAkYPAFVGDwBWRg8AqkYPAK1GDwD/Rg8ACkcPAFRHDwBZRw8AqUcPALNHDwD39hEAEUgPAFNIDwBUSA8AqEgPALRIDwD9SA8ADEkPAFJJDwBcSQ8Ap0kPALNJDwD8SQ8AA0oPAEz3EQBZSg8ApkoPAKhKDwD7Sg8ACksPAFBLDwBaSw8ApUsPAK5LDwD6Sw8A/EsPAE9MDwBgTA8A9vcRALNMDwD5TA8AA00PAE5NDwBXTQ8Ao00PAKVNDwD4TQ8ACU4PAE1ODwBVTg8Aok4PAMBODwD3Tg8A/04PAExPDwBYTw8AoU8PALRPDwD2Tw8A908PAEtQDwBXUA8AoFAPAK9QDwD1UA8A/1APAEpRDwBWUQ8An1EPAKZRDwBL+BEABVIPAElSDwBaUg8AnlIPAKZSDwDzUg8A+lIPAEhTDwBWUw8AnVMPAK1TDwDyUw8AAlQPAEdUDwBjVA8AoPgRAKlUDwDxVA8ACFUPAEZVDwBOVQ8Am1UPAKlVDwDwVQ8A+lUPAEVWDwBRVg8AmlYPALBWDwDvVg8A8lYPAERXDwBgVw8A9fgRAKlXDwDuVw8A+FcPAENYDwBLWA8AmFgPAKdYDwDtWA8A8lgPAEJZDwBPWQ8Al1kPAKFZDwDsWQ8A7lkPAEFaDwBPWg8AlloPAKNaDwDrWg8A7loPAEr5EQBLWw8AlVsPAJ9bDwDqWw8A8lsPAD9cDwBOXA8AlFwPAJlcDwDpXA8A9lwPAD5dDwBIXQ8Ak10PAJVdDwDoXQ8A9l0PAD1eDwBKXg8Akl4PAJVeDwCf+REA6l4PADxfDwBIXw8AkV8PAJhfDwDmXw8A7l8PADtgDwBUYA8AkGAPAKRgDwDlYA8AAWEPADphDwBCYQ8ASfoRAJdhDwCe+hEA8WEPADliDwBAYg8AjmIPAJZiDwDjYg8A6GIPADhjDwBIYw8AjWMPAJVjDwDiYw8A8GMPADdkDwBEZA8AjGQPAJlkDwDhZA8A7WQPADZlDwA8ZQ8Ai2UPAJNlDwDgZQ8A7GUPADVmDwBIZg8AimYPAJlmDwDfZg8A62YPADRnDwA1Zw8AiWcPAJNnDwDeZw8A7GcPADNoDwA4aA8AiGgPAJVoDwDz+hEA4GgPADJpDwA8aQ8Ah2kPAIlpDwDcaQ8A62kPADFqDwBRag8AhmoPAI5qDwDbag8A5WoPADBrDwA2aw8AhWsPAIdrDwDaaw8A6WsPAC9sDwA7bA8AhGwPAIxsDwBI+xEA92wPAC5tDwBMbQ8AnfsRAKFtDwDYbQ8A9m0PAC1uDwA1bg8Agm4PAJFuDwDXbg8A2W4PACxvDwA1bw8AgW8PAIRvDwDWbw8A4m8PACtwDwAycA8AgHAPAIhwDwDVcA8A7nAPACpxDwA+cQ8Af3EPAJtxDwDUcQ8A3HEPAPL7EQBHcg8AfnIPAJxyDwBH/BEA7HIPAChzDwAtcw8AfXMPAJhzDwDScw8A3nMPACd0DwAvdA8AnPwRAI90DwDRdA8A4HQPACZ1DwAydQ8Ae3UPAHx1DwDQdQ8A2nUPACV2DwAzdg8AenYPAH92DwDPdg8A3HYPAPH8EQAodw8AeXcPAHt3DwDOdw8A0XcPACN4DwAreA8AeHgPAIJ4DwDNeA8A2HgPACJ5DwAueQ8Ad3kPAH95DwBG/REA2nkPACF6DwAneg8AdnoPAIJ6DwDLeg8A2noPACB7DwAqew8AdXsPAH17DwDKew8A2XsPAB98DwAhfA8AdHwPAH18DwDJfA8AzHwPAB59DwAqfQ8Ac30PAHt9DwCb/REA2H0PAB1+DwAlfg8Acn4PAHx+DwDHfg8A0n4PABx/DwAofw8AcX8PAHl/DwDw/REAy38PABuADwAsgA8AcIAPAIGADwDFgA8AyoAPABqBDwAegQ8Ab4EPAH2BDwDEgQ8A0YEPABmCDwAwgg8AboIPAHaCDwDDgg8Az4IPABiDDwArgw8AbYMPAHyDDwDCgw8AzoMPABeEDwAYhA8AbIQPAHaEDwDBhA8Az4QPABaFDwAbhQ8Aa4UPAHiFDwBF/hEAxoUPABWGDwAjhg8AaoYPAHeGDwC/hg8A1oYPABSHDwAchw8AaYcPAHSHDwC+hw8AwIcPABOIDwAgiA8AaIgPAG+IDwC9iA8AzogPABKJDwAgiQ8AZ4kPAHSJDwC8iQ8A04kPABGKDwAZig8AZooPAGuKDwC7ig8Ay4oPABCLDwAYiw8AZYsPAG+LDwC6iw8AxYsPAA+MDwAbjA8AZIwPAGyMDwDv/hEA0owPAA6NDwATjQ8AY40PAH6NDwC4jQ8AxI0PAA2ODwAVjg8ARP8RAHWODwC3jg8Axo4PAAyPDwAYjw8AYY8PAGKPDwC2jw8AwI8PAAuQDwAZkA8AYJAPAGWQDwC1kA8AwpAPAJn/EQASkQ8AX5EPAGGRDwC0kQ8AwZEPAAmSDwAOkg8AXpIPAGiSDwCzkg8AvpIPAAiTDwAUkw8AXZMPAGOTDwCykw8AupMPAAeUDwATlA8AXJQPAG+UDwCxlA8AwJQPAAaVDwASlQ8AW5UPAFyVDwCwlQ8AupUPAAWWDwATlg8AWpYPAF+WDwCvlg8AvJYPAO7/EQAJlw8AWZcPAGiXDwCulw8AvZcPAAOYDwAMmA8AWJgPAF6YDwCtmA8As5gPAAKZDwAOmQ8AV5kPAF6ZDwCsmQ8AyJkPAEMAEgALmg8AVpoPAGKaDwCrmg8ArpoPAACbDwAKmw8AmAASAF2bDwDtABIAspsPAEIBEgAHnA8AlwESAFycDwCpnA8AqpwPAEykDwC2nA8A/pwPAL2cDwCkoQ8AwJwPAPCqDwDCnA8Al64PAP+cDwBTnQ8AaZ0PAKidDwCwnQ8A/Z0PAP+dDwCloA8AC54PAFKeDwBang8A7AESAF+eDwCnng8Aqp4PAPyeDwAGnw8AUZ8PAFOfDwCmnw8At58PAPufDwAMoA8AUKAPAFigDwBBAhIArKAPAPqgDwABoQ8AT6EPAFehDwCWAhIApqEPAPmhDwD/oQ8ATqIPAFuiDwCjog8Aq6IPAPiiDwD6og8ATaMPAFSjDwCiow8AqaMPAPejDwD/ow8A6wISAFmkDwChpA8AoqQPAPakDwAMpQ8AS6UPAFOlDwCgpQ8AoqUPAEioDwCupQ8A9aUPAP2lDwBAAxIAAqYPAEqmDwBNpg8An6YPAKmmDwD0pg8A9qYPAEmnDwBapw8AnqcPAK+nDwDzpw8A+6cPAJUDEgBPqA8AnagPAKSoDwDyqA8A+qgPAOoDEgBRqQ8AnKkPAJ6pDwDxqQ8AAqoPAEaqDwBXqg8Am6oPAKOqDwA/BBIA9aoPAJOyDwD8qg8ARasPAFurDwCaqw8AoqsPAO+rDwD9qw8ARKwPAFGsDwCZrA8AnKwPAO6sDwD4rA8AQ60PAEWtDwCYrQ8Aqa0PAO2tDwD+rQ8AQq4PAEquDwCUBBIAoK4PAOyuDwD5rg8AQa8PAEivDwCWrw8Ap68PAOuvDwD3rw8AQLAPAEiwDwDpBBIAorAPAOqwDwDtsA8AP7EPAEmxDwCUsQ8AlrEPAOmxDwD6sQ8APrIPAE+yDwA+BRIAm7IPAOiyDwD/sg8APbMPAEmzDwCSsw8AnLMPAOezDwDvsw8AkwUSAD20DwCRtA8Ap7QPAOa0DwDutA8AO7UPAEm1DwCQtQ8AmLUPAOgFEgCdtQ8A5bUPAOi1DwA6tg8ARLYPAI+2DwCRtg8A5LYPAPW2DwA5tw8ASrcPAI63DwCWtw8APQYSAOm3DwA4uA8APbgPAI24DwCouA8A4rgPAPC4DwA3uQ8APrkPAIy5DwCYuQ8A4bkPAOe5DwA2ug8AOboPAIu6DwCVug8A4LoPAOa6DwA1uw8AN7sPAIq7DwCUuw8A37sPAOu7DwA0vA8AS7wPAIm8DwCdvA8A3rwPAPq8DwAzvQ8AO70PAJIGEgCKvQ8A3b0PAOu9DwAyvg8AQ74PAOcGEgCOvg8APAcSAOq+DwAxvw8AO78PAIa/DwCRvw8A278PAOO/DwAwwA8APMAPAIXADwCYwA8A2sAPAOnADwAvwQ8AO8EPAITBDwCFwQ8A2cEPAOPBDwAuwg8APMIPAIPCDwCIwg8A2MIPAOXCDwDmBxIANcMPAILDDwCMww8A18MPANzDDwAsxA8ANMQPAIHEDwCHxA8A1sQPAOLEDwArxQ8AMcUPAIDFDwCJxQ8A1cUPAOLFDwAqxg8AMsYPAH/GDwCAxg8A1MYPANbGDwApxw8ALMcPAH7HDwCBxw8AkAgSAOnHDwAoyA8AMMgPAH3IDwCJyA8A0sgPANjIDwAnyQ8ALckPAHzJDwCByQ8AJsoPAKrJDwDRyQ8A2ckPADoJEgAsyg8AjwkSAJHKDwDQyg8A0soPACXLDwAyyw8AessPAIHLDwDPyw8A18sPACTMDwA0zA8AecwPAHvMDwDOzA8A3MwPACPNDwA0zQ8AOQoSAH/NDwCOChIA280PACLODwAszg8Ad84PAILODwDMzg8A1M4PACHPDwAtzw8Ads8PAInPDwDLzw8A2c8PACDQDwAq0A8AddAPAH3QDwDK0A8A2dAPAB/RDwAk0Q8AdNEPAHvRDwDJ0Q8A1dEPADgLEgBc0g8Ac9IPALHSDwDI0g8A0NIPAI0LEgBH0w8ActMPAH7TDwDH0w8AzdMPABzUDwAi1A8AcdQPAHbUDwDG1A8AzNQPAOILEgAc1Q8AcNUPAHbVDwDF1Q8AytUPABrWDwAp1g8Ab9YPAHvWDwDE1g8Ax9YPABnXDwAc1w8AbtcPAHbXDwDD1w8A0tcPABjYDwAd2A8AbdgPAIPYDwDC2A8Aw9gPABfZDwAo2Q8AbNkPAHjZDwDB2Q8Ay9kPABbaDwAi2g8Aa9oPAHLaDwA3DBIA0NoPABXbDwAh2w8AatsPAHnbDwC/2w8A09sPABTcDwAj3A8AadwPAHrcDwC+3A8AytwPAIwMEgAV3Q8AaN0PAHbdDwC93Q8Azt0PAOEMEgAY3g8AZ94PAHPeDwA2DRIAwt4PABHfDwAX3w8AZt8PAGvfDwC73w8Awd8PADUOEgAV4A8AZeAPAGfgDwC64A8Ay+APAIkPEgAb4Q8AZOEPAGrhDwC54Q8AxeEPAA7iDwAW4g8A3g8SAGniDwC44g8AxOIPAA3jDwAV4w8AMxASAG7jDwC34w8AuuMPAAzkDwAW5A8AiBASAGPkDwC25A8AxOQPAAvlDwAc5Q8AMhESAGblDwC15Q8AweUPAIcREgAS5g8AX+YPAGLmDwC05g8AwOYPAAnnDwAV5w8AXucPAGbnDwAxEhIAvucPAAjoDwAU6A8AXegPAGXoDwCGEhIAu+gPAAfpDwAY6Q8AXOkPAG3pDwCx6Q8AuekPAAbqDwAJ6g8AW+oPAGXqDwCw6g8AsuoPAAXrDwAU6w8AWusPAHrrDwCv6w8At+sPAATsDwAO7A8AWewPAF/sDwCu7A8AsOwPAAPtDwAS7Q8AWO0PAGTtDwDbEhIAue0PAALuDwAg7g8AV+4PAF3uDwCs7g8Ate4PAAHvDwAO7w8AVu8PAF7vDwCr7w8Awe8PAADwDwAC8A8AVfAPAHDwDwCq8A8AtvAPAP/wDwAM8Q8AMBMSAFrxDwCp8Q8AsfEPAP7xDwAU8g8AU/IPAFjyDwCo8g8ArvIPAP3yDwAJ8w8AUvMPAFrzDwCFExIAtPMPAPzzDwAM9A8AUfQPAFb0DwCm9A8ArPQPAPv0DwAR9Q8AUPUPAFL1DwCl9Q8Ar/UPAPr1DwAI9g8AT/YPAFT2DwCk9g8AsfYPANoTEgAI9w8ATvcPAFf3DwCj9w8ArfcPAPj3DwAG+A8ATfgPAFL4DwCi+A8Ar/gPAPf4DwD/+A8ATPkPAFz5DwCh+Q8Ao/kPAPb5DwAE+g8AS/oPAFz6DwAvFBIAp/oPAIQUEgD6+g8ASvsPAFD7DwCf+w8Ap/sPAPT7DwD++w8ASfwPAEv8DwCe/A8AofwPAPP8DwAT/Q8ALhUSAFT9DwCd/Q8Ao/0PAPL9DwD+/Q8AR/4PAE/+DwCDFRIAqP4PAPH+DwD3/g8ARv8PAFL/DwCb/w8Ao/8PANgVEgDy/w8ARQAQAFMAEACaABAAqwAQAC0WEgD8ABAARAEQAFsBEACCFhIAowEQAO4BEAD6ARAAQwIQAEYCEACYAhAAogIQANcWEgD+AhAAQgMQAEkDEACXAxAAnwMQAOwDEAD5AxAAQQQQAEYEEACWBBAAoAQQAOsEEADzBBAAQAUQAE8FEACVBRAAmgUQAOoFEAAABhAAPwYQAEAGEACUBhAAogYQAOkGEAD6BhAAPgcQAEoHEACTBxAAmwcQAIEXEgDsBxAAVAEAAPAHEAC2jREA9AcQABiEDgBJCBAA9wgAAJoIEACPCxAASAoQANUqAACUChAA0ywAAJ8LEADEOwAAPAwQAME+AACRDBAADkcAADoNEADTcg8AOw0QALZJAAA/DRAAbJADAEINEAAggwcAkQ0QAPlbAAA7DhAASGIAAJAOEACRbgAAOQ8QADV1AACaDxAALH4AAOQPEAB+gQAANxAQAHqFAADnEBAAxo4AAKgREADeERAAORQQADDPAAA0FRAAJNsAAIkVEABw5AAAMxYQAAzzAADlFhAAWPwAAFIXEACt/AAAhRcQAAL9AADkFxAA/AIBAIwYEAClBAEA4BgQAKAJAQCgGRAAlxIBAOIZEACRGAEAShoQAIAaEADxGhAAKhsQADIbEAB/GxAAixsQAN8fAQDcGxAAhyIBAJocEADTHBAA2xwQACgdEAAqHRAA1SkBAIkdEADPLwEALx4QABs5AQCHHxAAV1IBAC0gEAD+VQEAQSAQAJlVEQBJIBAAm1MRAJ8gEABTVgEA1SAQAKdXAQA2IRAA+lkBAH4hEAD3XAEA0iEQAPVeAQDZIhAAjXEBADwjEAB3IxAAfyMQAOJxAQDbIxAANXQBAIIkEADVfgEA7iQQACp/AQAsJRAA04ABAH0lEADKJRAA1CUQACiBAQApJhAAI4YBACkoEAC0nwEAeigQAMcoEADXKBAACaABAH0pEAAFpAEAzikQABsqEAArKhAAWqQBANEqEAD8rAEAHi0QAHkvAgAiLRAAIjECACYtEADmwgEAMi0QAGk/AgDKLRAAC44RAMstEAAlzwsAzi0QAOPFAQDeLRAAUfgLAB8uEADNdxAAMy4QADjGAQBFLhAAc9ARAHMuEACNxgEAdi4QAByCDAAiLxAAiMsBAHcvEADdywEAIzAQACzSAQDIMBAAJtgBAHIxEAAi3AEAwTEQABMyEAAfMhAAzNwBABozEABnMxAAajMQAEBdDQBzMxAAcOMBANEzEAAY5gEAMjQQAGY0EAC/NBAAs+oMAMs0EABf9AEA6DQQABXpAQAcNRAAZO8BAMY1EAAK9AEAcDYQAF71AQDVNhAAs/UBAHM3EABd9gEAwTcQAFz3AQDFOBAApwECAGo5EADeFQwAbTkQAKIGAgBvORAAZ+ANAL45EACykREA0DkQAAs6EABoOhAAtToQAHw6EADtEAIAuDoQAEmqDAC/OhAAPrUMAMI6EAC0lAwA0DoQAKAIAgDWOhAA6rMMAGE7EADxDAIAiTsQABWIDQDCOxAAmg4CABU8EACZDwIAdD8QADEiAgAOTRAAGdoMALJNEAAZ2wsAuE0QADPKAgD5ThAASk8RAP5OEACgTxAAEk8QAJ1SEAAaTxAARlMRACBPEAAj2gIAok8QAHIsDACkTxAAR6wMAKdPEAAQ5wgAqk8QAHjaAgCvTxAAzdoCALFPEAB7gAQA1k8QANvKBAD/URAAE+oCAKVSEADyUhAA81IQAEhWDAD8UhAA37wOAAFTEAAWMg0AEVMQAArkEQBRUxAADu8CAElUEADlFwMATFQQAKiiCgBNVBAAogUDAE9UEABc9gIAUFQQAAH8AgBSVBAA7A8EAFNUEABU/gIAVFQQAEYMAwBVVBAABPkCAFZUEACbCwQAXFQQAFEBAwCEVBAAHtIPAJpXEAAJSQMAnlcQAOAcAwCiVxAAd3wMAPlXEAAzHwMARFoQABQ+AwCtWxAA/lMDAFdcEAD0XQMAB10QAPBhAwBGXRAAQGcDAD5eEACEeAMAmV4QAOZeEAD0XhAA13oDAOlfEABljA4A818QAHmDAwDnYBAAFJMDAD9iEAD8qgMA42IQAEmzAwCeYxAA4WMQAOJkEACt+AQA42QQAHrXAwDqZBAAOb4IAI1lEAB22wMAkWUQACrNCACMZhAAYPEDAJNnEACq/AMAQWgQAPz/AwD4aBAAMWkQADlpEACGaRAAlWkQAJ8HBADlaRAA8QoEAI5qEAA0FQwAkWoQAJoMBADiahAAL2sQAPZqEAD2TREAOWsQAO8MBADhaxAAlBIEAD1sEACSFAQA3mwQAIwaBAA1bRAAF4oJAIVtEAAwIQQAjW4QAMgzBADebhAATvYQAEdvEACAbxAAiG8QANVvEADibxAAtUYEAOZvEAAaNwQAj3EQAFNTBACJchAAQGYEANpyEAAncxAAOHMQAJRnBADgcxAA4m4EADB0EAA0cgQA0nQQANd5BACZdRAAIoQEANV1EABxigQAgHYQALeZBACFdhAAkmQJAIZ2EAA5aAkAiHYQAEJfCQDqdhAAI3cQACt3EAB4dxAAz3cQAFfxDADVdxAAS04RANd3EAC0nAQA2XcQAEKvDgDwdxAAteMRABF4EACKvA4AKngQALGfBACkeBAAzHgQACt5EAABpQQA2nkQAKSsBAB4ehAAm7UEAOZ6EABEtwQALHsQAJG/BAAuexAAmbcEAHp7EADrugQAfnsQAOm8BAB9fBAAOcIEAIF9EAAuzQQAyn0QACnSBAA2gBAAb4AQAHeAEADEgBAA04AQAGDwBAAigRAAA/gEABqCEABQAAUAJYIQAPylCABwghAAogMFAHGDEADjFwUAe4MQAOsPBQDHgxAAPRMFAMuDEAA7FQUAMYUQAGqFEAByhRAAv4UQAMSFEADPKwUAzoUQANcjBQAahhAAKScFAB6GEAAnKQUAHIgQAA5CBQDCiBAABUsFAGyJEACcXgUANYoQADduBQCLihAAh3MFAMmKEACFdQUAH4sQANR7BQBwixAA03wFAMGLEAAOjBAAGIwQACh9BQBmjBAAJYAFAGuNEAAbigUAKI4QAGGOEABpjhAAto4QALyOEAC6lQUAIY8QAGGZBQDLjxAAqqUFAA6QEACgrwUAw5AQAJyzBQBtkRAAlLsFACSSEABdkhAAZZIQALKSEADCkhAAh8gFAN6SEADYzAUAE5MQAIbJBQBkkxAAsZMQALuTEADbyQUAzJQQAAWVEAANlRAAWpUQAGOVEAB12gUAuZUQAHPcBQB1lhAArpYQALaWEAADlxAABJcQAGjnBQAIlxAAbzUGAAmXEACx8wUAEJcQAAvvBQASlxAAGOIFAF6XEABq5QUAYpcQAMcyBgBhmBAAs/EFAGCZEACkAAYAtZkQAPUEBgAGmhAA9AUGALiaEABBDgYAcJsQAKmbEACxmxAA/psQAAicEAA5FgYAVpwQADIdBgAZnRAAUp0QAFqdEACnnRAAtJ0QAIMhBgC2nRAAeSsGAAGeEAB/JQYArJ4QAMsuBgADnxAAyTAGAGugEACkoBAArKAQAPmgEAAIoRAAvTwGAFihEAAPQAYAWKMQAPpUBgC9oxAA9qMQABKkEABLpBAAWKQQAE5WBgBmpRAAn6UQAKelEAD0pRAA96UQAOdnBgDUphAA2nQGAEunEADVeQYAT6cQADm7CwD/pxAAeYAGAEqoEAB1hAYApakQAGSVBgD8qRAAtJoGAPeqEAD3VAkAC6sQAKJUCQBgqxAAmasQAKGrEADuqxAA8asQAKyiBgBfrBAAmKwQAKCsEADtrBAA/KwQAFOmBgBNrRAA96wGAJiuEAA8vQYAR68QAI0QDQBMrxAA+6AOAE+vEADkvwYAUK8QAFKfDgChrxAA4MMGALCwEADpsBAA8bAQAD6xEABHsRAAgc0GAJ2xEAB/zwYATLIQAHjWBgCrshAAw+AGAD+zEABl6QYA6bMQAAX0BgCTtBAATgAHAJm1EADsDAcA7rUQAD4QBwBFthAAkBMHAKq2EADjthAA67YQADi3EABHtxAAhR4HAEi3EADkFAcAmbcQAOMVBwDqtxAAN7gQAEG4EAA4FgcA57gQANchBwCOuRAAeikHAD26EAAhLQcA+7oQADS7EAA8uxAAibsQAJi7EABtNgcA6rsQAL85BwA7vBAAiLwQAJe8EAATOwcAQb0QAA1BBwCRvRAAX0QHAOm9EABTUAcA670QAFlKBwD3vhAAML8QADi/EACFvxAA9r8QAC/AEAA3wBAAhMAQAJHAEADrYgcA5sAQAJNlBwA8wRAAOmkHANrBEACJbwcAjsIQAIJ2BwA3wxAAGIsHAIzEEABZnwcA3cQQACrFEAA5xRAAraAHAKXFEAABogcA3cYQAFCoBwA0xxAAoawHAIXHEADSxxAA4ccQAPWtBwBNyBAASa8HAH7JEADvswcA1ckQAOi6BwB/yhAAMMgHACnLEADO1AcA3ssQAHPaBwAwzBAAx9sHANPMEABt4AcAk80QAMzNEADUzRAAIc4QAHnOEAC56QcAL88QAGHsBwDmzxAAH9AQACfQEAB00BAAftAQAFj1BwDX0BAAAfcHAC3READ8+wcAfdEQAE0ACAAm0hAAngQIACjTEACYCggAedMQAMbTEADI0xAA7QoIAIzUEADF1BAAzdQQABrVEAA11hAAbtYQAHbWEADD1hAA3tcQABfYEAAf2BAAbNgQAHbYEAAWNwgAMtkQAGvZEABz2RAAwNkQAMrZEAD1VwgA1tkQAAVICAAa2hAAA0oIAHTaEAClUggAx9sQADRuCADL2xAAPWUIACHcEAA3awgAadwQADVtCAAc3RAAMnAIAGrdEAAvcwgAG94QAH94CABy3hAAzn4IABzfEADLgQgAcd8QACCCCADW3xAAD+AQABfgEABk4BAAc+AQAMiECAAb4RAAZ5AIAHPhEAALlwgAfuIQALfiEAC/4hAADOMQABvjEABXoAgADuQQAGDkEAB65BAAna8IANHkEAAK5RAAEuUQAF/lEABu5RAAmbMIAOvlEABCtQgAeuYQALPmEAC75hAACOcQAGznEADpuAgAuOcQADu8CABo6BAAOL8IAMPoEACJwwgAYukQAFdKCQBl6RAAL8gIALfpEAAuyQgAueoQAHHbCAAO6xAAFeIIAGDrEAAU4wgAdOwQAK3sEAC17BAAAu0QAA7tEABc8AgAX+0QAKztEACw7RAAsPEIABHuEABZ8wgAx+4QAADvEAAI7xAAVe8QAH/vEACgAQkAr+8QAO4ICQAb8BAAHysLAFzwEACp8BAA4fAQAD4OCQB28RAAqPEQAKryEAB0LQkArfMQAA4+CQAC9RAAT/UQAHH2EACj9hAAwvYQAPj2EABd9xAASFkJAP/3EACYXgkAp/gQAJRiCQAC+hAA5w4KAAT6EACIbgkAUPoQANpxCQBS/BAAJXwJAKD8EABzgwkAp/wQAHaACQCj/hAA8P4QAJ3/EABdmQkApQARAFKkCQD1AREAQgIRAGsCEQA+uAkACAMRAEEDEQBJAxEAlgMRAKUDEQA2wAkA8QMRAIjDCQD1AxEAPwwKAJoEEQCGxQkA8gQRAD8FEQBoBREA2ccJAPEFEQCAywkAZwYRANXLCQDtBxEAF98JAPIIEQAQ5gkA8QkRAF3uCQBWChEAsu4JAJ4KEQAH7wkA6goRAFnyCQCaCxEAVvUJAP8LEQCr9QkARwwRAAD2CQCTDBEAUvkJAAsOEQA2DhEApw4RAOAOEQDoDhEANQ8RAOQPEQDjEgoA4hARANceCgCdEREAcy0KAE4SEQCHEhEAjxIRANwSEQDmEhEAFDcKALEUEQCzQgoA2xURAO5cCgA3FhEAk2IKANoWEQA1awoAPRcRAIduCgDhFxEA0HoKADYZEQC6kAoAkhkRANUZEQDdGhEAAKAKAJQcEQDwrwoALB0RAOu0CgCJHREAPbgKAEIeEQB7HhEAgx4RANAeEQAnHxEA38AKAEAgEQB5IBEAgSARAM4gEQD4IBEA0s0KAIEhEQAh1AoA1SERACIiEQAwIhEAy9QKAH0iEQAe1woALiMRABncCgB3IxEAFeAKAH4kEQAL6goAgSQRALXqCgDWJREAqPcKACMmEQD8+AoAgCYRAE78CgDQJhEA9v4KACAnEQBL/woAlicRAMcnEQCNKBEA6QsLAPAoEQA+DAsAIioRAG8qEQCYKhEA4hILAKMqEQCMEwsAeSwRAIgXCwDSLBEA2hoLACQtEQAuHAsAIy4RAH0iCwBwLhEAeSYLADQvEQBqLxEAFjARAL81CwBwMBEAYT4LAC8xEQBoMREAcDERAL0xEQDKMREAsEQLAB8yEQCtRwsAyTIRAFRLCwCFMxEAuzMRACI0EQD+RREALzQRAGU0EQAbNREAnFgLAB01EQBJVgsAyzURAA42EQBxNhEA6GELAB03EQCHbQsAdzgRAHSACwAWOREAcIQLAG45EQBqigsAwzkRALeSCwAXOhEAtpMLALo6EQBbmQsAejsRALM7EQC7OxEACDwRAHs8EQCjpgsAXz0RAPKsCwByPhEA6LYLABU/EQA1vwsAyz8RAARAEQAMQBEAWUARAMpAEQADQREAC0ERAFhBEQAFQhEAoE4RAApCEQBXQhEADEIRAJG1DgAeQhEAE4YRAGFCEQDPzwsAB0MRAHTVCwAHRREAuuQLAGNFEQAP5QsAVEYRALHtCwBeRxEAVPULAHZHEQCmoQ0Ar0cRAPxHEQAaSBEAqfULAK1JEQAefg4AAkoRAHN+DgBrShEApEoRAKxKEQD5ShEAbksRAPECDAAATBEABkMMAKlNEQCknxEAqE4RACIlDgC8ThEAdc4RAM5OEQD1ThEA/U4RALc5DwAjTxEA9lAOAHhPEQCfTxEA908RAILBEQBlUBEAnlARAKZQEQDzUBEAVFERANgbDAC5UREA8lERAPpREQBHUhEAqFIRABOKDQAHUxEA/koMAEtUEQC6jQ0AUVQRAM4lDAC0VBEAdigMAKFVEQDuVREA/VURAMYsDQBLVhEA9PkRAKZXEQDCMQwAsFcRAG4wDACiWBEAaTUMAFxZEQCVWREAnVkRAOpZEQBFWxEAYD4MAFJdEQD6TgwA7l0RAJhbDABGXxEAM2sMAENgEQAwbgwAkGERANF2DQCTYREAXEENAJdhEQB7eAwAnWERABeGDQA/YhEAjGIRAJZiEQB2fQwAp2MRAOBjEQDoYxEANWQRAOFkEQBpigwAOWURABCODAA6ZxEAWpkMAI9nEQDcZxEA6GcRAKycDACSaBEA/p8MADhpEQCFaREAnGkRAE6lDACCbhEAM8AMAC9vEQDZxAwAhnERABPgDAA5chEAfHIRADNzEQCt8AwANnMRAFnvDAAzdBEAAPMMAPJ0EQAkdREAQnURAKf2DACddREA9vwMADF2EQBL/QwAfngRAMt4EQDNeBEAlAkNACV5EQA+Cg0ALHkRAOYMDQDlehEAHnsRACZ7EQBzexEAfXsRAIEcDQA5fBEAcnwRAHp8EQDHfBEA1nwRAHYnDQAifREAyCoNAMx9EQAYMA0Adn4RAGg1DQDMfxEAGYARAByAEQBgPQ0Az4ARAAdBDQDKgREAV0YNAOqBEQC63hEAM4IRAKtHDQDEghEAFoMRAMODEQD+SQ0AyoMRAFFMDQB1hREAS1INAHeFEQAR4Q0AG4YRAGiGEQC/hxEABEMOAB2IEQA+Xw0AbIkRANdwDQBviREAJHkNAHSJEQDnYA0AgIkRADJrDQAbjBEA2G8NAMWMEQDSdQ0AF44RAIIaDgA1jhEAIc0RAGiOEQC1jhEAuI4RACN6DQAajxEAzHsNAGuPEQDLfA0AvI8RAAmQEQATkBEAIH0NALWREQDFgg0AvJERAMOEDQBfkhEAwoUNANuTEQBpiQ0AYpQRALuMDQD1lREAwdcRAG2WEQAyvw4ArpYRAFKgDQANmBEAoqUNAF6YEQCrmBEAxJgRAPamDQADmREAVZkRAM6ZEQCcqw0AeJoRAJusDQAimxEA760NALCbEQD9mxEAB5wRAJaxDQConBEAwoQOALWdEQA4ug0AqZ8RAC/DDQCVoBEAo6ARAOqgEQD4oBEATaMRAB/TDQBXoxEAbdoNAAOmEQC54w0AVqYRALjkDQClphEAYuUNAPWmEQC25g0A9KcRAAnpDQD4qBEARakRAKKpEQDvqREAmqoRAAHxDQD2qhEAQ6sRAKCrEQDtqxEAmqwRAPv2DQBJrREAlq0RAPOtEQBArhEAR68RAEv8DQCgrxEAn/0NAEawEQCTsBEAo7ARAPP+DQBgsREAkrERAEWyEQCZAw4AnbIRAEEGDgAKsxEAO7MRAFS2EQDVHA4A/bcRACUiDgCnuBEAeSMOAFG5EQDNJA4A3rsRAAw7DgCSvREAr0IOAIa+EQABRg4AOsARAKRNDgDhwBEATFAOAI3CEQCfUg4Aq8MRAPBWDgDYwxEAmVgOADLEEQBb6BEAiMQRAEFbDgCLxBEAP10OANfEEQApxREARcURAH7FEQDWxREAKMYRAETGEQB9xhEA2sYRACfHEQAxxxEAlF0OAITHEQA0DxIA18cRAI9iDgDeyBEA4GYOACjJEQCIaQ4AgskRALDoEQCOyhEAh78OAC/LEQB8dQ4A2s4RAGM4DwAo0BEAY44OACDREQAUiA4A09ERABOJDgDN0xEAGtQRACTUEQC1kQ4A0tQRAF2UDgAI2BEAFtgRAF3YEQBr2BEAstgRAMDYEQAH2REAFdkRAFzZEQBq2REAsdkRAL/ZEQB12hEAqpwOANraEQD/nA4AadsRAFOeDgDZ2xEA/Z4OAHDcEQBRoA4A2NwRABHdEQCC3REAu90RAB7eEQCjow4A4t4RAA/fEQA33xEAZN8RAIzfEQC53xEA4d8RAA7gEQBr4BEAuOARAL3gEQBKpw4AD+IRAECxDgDB4xEAvN4PAMXjEQAT3Q8AfuQRALTkEQAo5REAj7cOAGflEQDguw4A0uURAAjmEQC65hEAB+cRABfnEQDevQ4AaOcRAN2+DgDG5xEALcMPAAvsEQCh+g4AY+wRAEv7DgBe7REA5AwPAAjuEQCIEw8Asu4RAIEaDwBc7xEAJiAPAAbwEQB0Jw8AsPARABosDwBa8REAwDAPAATyEQBkNw8AsvIRAGI5DwAV8xEAUPMRAFjzEQCl8xEAVPcRAKH3EQC/9xEAUUoPAPv6EQDdaA8AZvsRANlsDwAQ/BEAKXIPAKj8EQB8dA8A+fwRACR3DwBN/REAzHkPAKD9EQDIfQ8AAP4RAMZ/DwBh/hEAmv4RAPH+EQC5jA8AUP8RAGKODwCu/xEACpEPAPb/EQAElw8AtAASAFWbDwD3BBIAlbAPAKIGEgCIvQ8A8wYSAIe+DwBEBxIAkQcSAJUHEgDcvg8A7gcSADsIEgCYCBIA5QgSAJcJEgDkCRIARQoSAHjNDwCWChIA4woSAOcKEgDNzQ8ADQwSABvVDwDqDBIAEt4PADkNEgCLDRIAsw0SAOANEgA4DhIAig4SALIOEgDfDhIASw8SABDgDwDgDxIAY+IPAD0QEgBi4w8AkBASAN0QEgDtEBIAYeQPADsREgBg5Q8AihESANwREgA7EhIAs+cPAJYSEgCy6A8AkxMSAKfzDwA7FBIAoPoPAIwUEgDZFBIA6RQSAPX6DwCHFRIAnP4PAOgVEgDw/w8AOxYSAO8AEACKFhIAmQEQANoWEgAsFxIA","fail":"AAAAAAAAAADNhwAAksEBANPWAABV+QYAFzwCAG/eBwBOBQIAYT0MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAGy4MAAvsCABrlAAARw4AAE4FAgBx2AsAxtgLABvZCwBw2QsAix0CALaRDQALkg0AzdkDAAAAAABV+QYAFzwCABc8AgDcdQMALCcCAIEnAgBBXA0A/KANADHMAgCGzAIA5hgBABeOBQBMpQ4A3HUDAE4FAgDKhQUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCAGE9DAAtdQgAFzwCAGNFAgCtogUAnLEHAAAAAABV+QYATgUCACF+CwBS/wMA1SgCAL+MCQDjGgIAzYcAAMsyAgCHFA8A3BQPAKKwAgDZJgAATgUCANYeCwArHwsAt0gAAGs6BQBrlAAAwJQAAO65AgB70AkA0NAJAE4FAgAbLgwAC+wIAGuUAABHDgAATgUCAHHYCwDG2AsAG9kLAHDZCwBUpAcAiGsMAFUAAABVAAAAiBgKABc8AgC3SAAATgUCAFSkBwDrvQEAAAAAAGuUAADVKAIARw4AAIweAAA9GAAAb94HAMTeBwA4xwAAjccAAOLHAAAH9gIAVP4CAKn+AgC3kwoAPBkAAHZ+CwD2UQ0AVAEAAKkBAAD+AQAAUwIAAKgCAABUpAcAiGsMAFUAAABVAAAAt5wBAG05BABrlAAATrEAABc8AgBsPAIAc4YGAE4FAgBhPQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADYcwkALXQJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAbTkEAMI5BABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAAH9gIA5RcDAOu9AQBAvgEAlb4BAKGoCwAU4AsAaeALAHHYCwDG2AsAG9kLAHDZCwCLHQIAKx8LAF9JAgAmewkAe3sJANB7CQBv3gcATgUCAPKpDgAchQkATgUCAEFcDQBhOg8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAL+MCQDuBQwAVKQHAIweAADhHgAANh8AAIsfAADgHwAANSAAANhzCQAtdAkAAAAAABuPAABrlAAARw4AAHaHAgAl0AoAb94HAE4FAgBUpAcAzzAAACQxAAB5MQAAzjEAANIfDgDjGgIAzYcAAJLBAQCMHgAAb94HAE4FAgBhPQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAyYgDAB6JAwBziQMAyIkDAHHYCwDG2AsA5xgAADwZAAB2fgsA9lENAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgD5TQ4ATk4OACF+CwC4RgEADUcBAO65AgAajwEAb94HAASYDgAhfgsAdn4LAPZRDQBUAQAAqQEAAP4BAABTAgAA0h8OAOMaAgDNhwAAksEBAIweAABv3gcATgUCAGE9DAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDJiAMAHokDAHOJAwDIiQMAcdgLAMbYCwDnGAAAPBkAAHZ+CwD2UQ0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAPlNDgBOTg4AIX4LALhGAQANRwEA7rkCABqPAQBv3gcABJgOAM2HAACSwQEAqlIDAAf2AgDlFwMAzzAAACQxAAB5MQAAzjEAANIfDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAADSHw4A2SYAAKX8CAAXPAIAAfMLAHaHAgDSHw4A5hgBABXjBwBHDgAA670BAOFzAABmNw0AcYQKAJYHDQAE+QIAo7EAAPixAABNsgAAorIAAPeyAABMswAAIX4LAHZ+CwD2UQ0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgDcvw4AYT0MAJ5bBgBUpAcAMWsOAGs6BQDAOgUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgAbLgwABJgOAD0YAAAQQgMAa5QAAG/eBwBOBQIAowUCALo5DAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgB8eQoAkhgAANPWAAA9GAAATgUCABsuDADE3gcAUvQOAKf0DgDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAG/eBwAEmA4APRgAABBCAwBrlAAAb94HANUoAgBrlAAAwJQAABbpAADO2QIA4xoCAM2HAACcsQcA1SgCAG/eBwDjGgIA1SgCAGuUAADAlAAAFukAAM7ZAgAbjwAA4xoCALecAQBtOQQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIA2HMJAC10CQC3SAAAazoFAMA6BQBrlAAA7rkCAEO6AgCYugIATgUCAKGoCwAU4AsAaeALAHHYCwDG2AsAG9kLAHDZCwDeFA0ALXUIAIJ1CAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAOFnDABVAAAAVQAAAIgYCgAXPAIAt0gAACXQCgBv3gcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQBgPwsAAAAAALecAQBtOQQAa5QAAD0YAAC3SAAATgUCABsuDAAL7AgAa5QAAEcOAABOBQIAcdgLAMbYCwAb2QsAcNkLAFSkBwCIawwAVQAAAFUAAACIGAoAFzwCALdIAABOBQIAYT0MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgAxcgcAzYYBAKNPDQBOBQIA2HMJAC10CQAAAAAAG48AAGuUAABHDgAAdocCACXQCgBv3gcATgUCAOMaAgDcdQMATgUCAFSkBwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAA5xIGAE6xAAA+vwIAsksCAOcSBgBV+QYAHIUJAE4FAgAhfgsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAAGE9DAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAANhzCQAtdAkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCALRCCQAchQkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAyoUFAD6/AgCTvwIA6L8CAGzcDADB3AwAFt0MANPWAAAajwEAqvoFAAxJAAAxbQwAWpwJALdIAABOBQIAYT0MAEylDgDcdQMATgUCACF+CwB2fgsA9lENAFQBAACpAQAA/gEAAFMCAACoAgAAyoUFAB+GBQB0hgUA2SYAAKX8CABCEQIAG48AABc8AgBjRQIAFzwCAE4FAgDKhQUAo7EAAPixAABNsgAAorIAAPeyAABMswAAVKQHAIweAAA9GAAAt0gAAE4FAgBhPQwAOMcAAI3HAADixwAALCcCAIEnAgDJiAMAHokDAHOJAwDIiQMAcdgLAMbYCwDnGAAAPBkAAHZ+CwD2UQ0AVAEAAKkBAAD+AQAAUwIAAKgCAAChqAsAFOALAGngCwBUpAcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQANmQQAYT0MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgAmewkAe3sJANB7CQAlfAkAenwJAM98CQBhPQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAACXQCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEAFeMHAAmbBgAgLQgAzYcAAEylDgAQQgMAzdkDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAAf2AgDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAAFX5BgAchQkAQhECAJcRAgBHDgAAjB4AAAmbBgCKbwYA328GALCWDgCq+gUAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA7A8EAEEQBACWEAQA6xAEAEARBACVEQQA6hEEAD8SBACUEgQAyCsMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADO2QIAYT0MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgD0UQ8ARw4AAIweAABv3gcATgUCANIfDgCzPQ8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgD5TQ4ATk4OANhzCQAtdAkAgnQJANd0CQAsdQkAgXUJAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgBhPQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEAFeMHAAmbBgAgLQgAzYcAAEylDgAQQgMAzdkDALdIAADVKAIAzYcAAC11CACCdQgADJ0BANPWAABrlAAAb94HAE4FAgDSHw4AFzwCALRCCQDjGgIAzYcAAOMaAgC3nAEAmVcPAM2HAAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAztkCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQAEmA4AwJQAABbpAADO2QIABvgBAE6xAABrlAAAVQAAALdIAADnEgYAVfkGAE4FAgAAAAAAAAAAAAAAAAANmQQA2HMJAC10CQCtogUAksEBAJwOAAAchQkAB/YCAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAOu0CgBAtQoAlbUKACF+CwB2fgsA9lENAFQBAACpAQAA/gEAAFMCAACoAgAAcdgLAMbYCwAb2QsAcNkLAN4UDQAtdQgAgnUIAAydAQDT1gAAa5QAAG/eBwA9GAAAkhgAAOcYAABhPQwAjLsNAHeIAADMiAAAIYkAAHaJAADLiQAAQVwNAPygDQBjkAwAQVwNAGE6DwAajwEAzdkDACLaAwDuuQIAv4wJADFtDABHDgAAdocCANPWAAAajwEAqvoFAAxJAABOBQIA2HMJAGw8AgDjGgIA4xoCABqPAQCq+gUA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgAhfgsAt5wBAJlXDwDNhwAAksEBAIweAADKhQUAIC0IAHUtCADKLQgAHy4IAE4FAgDcdQMAMXYDAIZ2AwAXPAIATgUCAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwCVvAMAzSoIAIweAAD0Uw0At0gAAOcSBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQC0nAQACZ0EAF6dBABhPQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAACXQCgBBXA0A/KANAFX5BgBv3gcABJgOAK1FDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAJyxBwBOBQIAyoUFABc8AgBjRQIASLIFAASYDgA9GAAAt0gAAOcSBgDNhwAALXUIAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAG05BABv3gcAxN4HACKIAAB3iAAAzIgAACGJAAB2iQAAkbYNAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgBojwgAG48AABc8AgBjRQIASLIFAAvsCABrlAAARw4AAJC3DQCSGAAAEUMBAOYYAQAXjgUAsksCAE6xAABv3gcABJgOAD0YAAAQQgMAa5QAAAAAAABV+QYAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAujkMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCALo5DAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgBhPQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIAe9AJANDQCQAB8wsAv5QBAFX5BgAchQkAGo8BAG+PAQAQQgMAHTQEANDYAQDmGAEATgUCAFSkBwCIawwAVQAAAFUAAACIGAoAFzwCALdIAAAl0AoAb94HAE4FAgBhPQwAzc4OABqPAQBOBQIA7rkCAHvQCQDQ0AkAAfMLAL+UAQBV+QYAHIUJAE4FAgChqAsAAAAAAEcOAADrvQEAQL4BAAf2AgBHDgAAqlIDAE4FAgDYcwkAtEIJAFqcCQC3SAAA5xIGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAADnEgYAVfkGAByFCQBrlAAAwJQAABbpAADO2QIAzYcAABqPAQCZVw8AB/YCAKIFAwCqoAoA0soNACfLDQB8yw0A0csNACbMDQB7zA0A0MwNAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQAEmA4AwJQAABbpAADO2QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAEylDgBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgCwlg4ABZcOAJwOAAAchQkA2SYAADnFAQCOxQEAJc8LAHrPCwAbjwAAt5wBALdIAADnEgYAVQAAALecAQCZVw8A7lcPADnFAQCOxQEAJc8LAHrPCwCMHgAA4R4AABbpAADO2QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCANYeCwC2kQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgDWHgsAtpENAPcGAgBMBwIAoQcCAPYHAgBLCAIAdCsLALecAQCZVw8A7lcPAENYDwCYWA8AlQcOAAJGDQBOBQIA2HMJALCWDgBAWw8AlVsPAOpbDwB0KwsAySsLAKMFAgD4BQIATQYCAKIGAgAAAAAArUUNAE4FAgDYcwkAsJYOAEBbDwCVWw8A6lsPAHQrCwDJKwsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEADZkEAFKfDgCnnw4A/J8OAFGgDgCmoA4AAAAAABuPAABwjwAAEEIDAKr6BQDLMgIAcygPAG/eBwBKXgIAG48AAHCPAAAQQgMAqvoFAMsyAgC/MQ8AFzwCAGw8AgBzhgYAFeMHANPWAABV+QYAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAACPUCAAJmwYAt0gAACXQCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIAQVwNAPygDQBjkAwA4xoCANy/DgAAAAAAYT0MAE+iDgCkog4A+aIOAE6jDgCjow4A+KMOAE2kDgDWHgsAkrQOAOe0DgA8tQ4AB/YCAAAAAABV+QYAt0gAAAf2AgBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIASLIFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgCVBw4AAkYNANYeCwAAAAAAt5wBAAAAAAAbjwAAzYcAAC11CAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIA+U0OAE4FAgDWHgsAAAAAABuPAADNhwAAv4wJADFtDABanAkAr5wJAASdCQBZnQkA4xoCAK6dCQADngkAWJ4JAOMaAgDKhQUAH4YFAHSGBQARNg4AZjYOALs2DgDKhQUAH4YFAHSGBQARNg4AZjYOALs2DgDNhwAATKUOAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAAl0AoA0XcMACZ4DADLMgIA4BMMADUUDADcdQMAt0gAACXQCgDRdwwAJngMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAABrOgUAUkwMAME8AgAWPQIAaz0CALdIAAAMSQAAtTsPAAo8DwBfPA8AAAAAABc8AgBjRQIAMc0BADnBBQAJmwYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgDBhQ4ADEkAALU7DwAKPA8AVfkGAMsyAgDGNwIADEkAALU7DwAKPA8AXzwPAAAAAADNhwAAGo8BAM3ZAwCMHgAA1SgCAGuUAADAlAAAFukAAM7ZAgDLMgIAxjcCAAxJAAC1Ow8ACjwPAF88DwDLMgIAxjcCAAxJAAC1Ow8ACjwPANx1AwBVAAAAI9QIAGuUAADAlAAAFukAAM7ZAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAM7ZAgDNhwAAc4YGABXjBwBrlAAAwJQAABbpAADO2QIAt0gAALdIAABrOgUAwDoFAOMaAgA4GwIAjRsCACXQCgBrlAAAwJQAABbpAADO2QIA5hgBABXjBwC3SAAADEkAADFtDABv3gcABJgOAMCUAAAW6QAAztkCALecAQC3nAEAVQAAAIgYCgAajwEAb48BAPhZAwBNWgMAPgsMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANx1AwBrlAAAwJQAABbpAADO2QIAb94HAASYDgCrUwEA+fYPAMCUAAAW6QAAztkCAAAAAABrlAAAwJQAALRCCQBv3gcAT1IJAO65AgAajwEAzdkDAL+UAQBV+QYAHIUJAGuUAADAlAAAFukAAM7ZAgDjGgIAVfkGAFqcCQBwjwAA67wCALecAQAMnQEAazQLAMA0CwAVNQsAmVcPAMCUAAAW6QAAztkCAEylDgBCEQIAcYQKAGuUAADAlAAAFukAAM7ZAgAXPAIAQhECABuPAADmGAEAFeMHAD0YAAC3SAAAJdAKAD4LDAAW6QAAztkCAFX5BgBanAkAt0gAAMQ5AgDZJgAA4xoCAFX5BgBanAkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIAJdAKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAL7AgAqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIALVCCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAmbBgCKbwYA328GAAHzCwC/lAEAVfkGAByFCQBrlAAAwJQAABbpAADO2QIAt0gAAM2HAAAiiAAASl4CAFX5BgDuuQIAe9AJANDQCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAztkCAOcSBgA8EwYAcjQEALecAQCZVw8A5hgBABXjBwA9GAAAt0gAACXQCgBv3gcABJgOAMCUAAAW6QAAztkCAEcOAADhZwwAVQAAAFUAAACIGAoAFzwCALdIAAAl0AoAb94HAAvsCACq+QYA//kGAAxBCABhQQgAtkEIAAtCCABgQggAtUIIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQCZVw8AQhECANTLCgAtdQgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA3HUDABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIA3L8OAMCUAADZJgAAujkMABc8AgDmGAEAF44FALJLAgAl0AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAByFCQBOsQAAim8GAN9vBgA0cAYAiXAGAN5wBgAzcQYA5hgBADsZAQBgPwsAT1IJAP/zDACl/AgATrEAAD6/AgCySwIA5xIGAFX5BgAchQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAC11CAAbjwAAa5QAAGuUAADAlAAAFukAAM7ZAgBv3gcABJgOANkmAACl/AgANb0NAGuUAABv3gcAzYcAAC11CACCdQgA13UIAEFcDQD8oA0AY5AMAGE9DACeWwYA5hgBABXjBwBq4wcA4xoCANy/DgDAlAAATgUCAKMFAgD0UQ8AcI8AACwdDAC3SAAA5xIGAFX5BgAchQkAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAGdoMAG7aDADD2gwAGNsMAG3bDADC2wwAVfkGAE4FAgCjBQIALicAANPWAABOBQIAYT0MALY9DACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAEFcDQD8oA0AY5AMAKMFAgD0UQ8AcI8AACwdDAC3SAAA5xIGAFX5BgAchQkATKUOAD0YAACSGAAAEUMBADYdAgDYcwkALXQJAEiyBQAEmA4ACZsGAKOxAAAveQIAOW8CAGNFAgC0QgkAQrwBAEFcDQDKhQUA3HUDAL02DAASNwwAZzcMALw3DABrlAAAwJQAABbpAADO2QIAPRgAALdIAADNhwAAsksCAOcSBgBV+QYAHIUJAGuUAADAlAAAFukAAM7ZAgDfFQsApfwIADW9DQCdYAIATgUCAFSkBwAi2wIA5hgBAOMaAgBV+QYAGo8BAGOaAgDNhwAAsksCAOcSBgBV+QYAHIUJAE4FAgDWHgsAkrQOAOe0DgA8tQ4AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAoagLAPaoCwBijw4At48OAAyQDgBhkA4AKdUBALJLAgDnEgYA4xoCALecAQCZVw8AQVwNABBDAgBlQwIAukMCAMqFBQA+vwIAKNUCAH3VAgDS1QIAJ9YCAHzWAgDG4QIAG+ICAHDiAgDF4gIAGuMCAG/jAgDE4wIAGeQCAG7kAgDD5AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAyoUFAD6/AgAo1QIAfdUCANLVAgAn1gIAfNYCABuPAABHDgAAQVwNAPygDQAxzAIAhswCAOYYAQAXjgUATKUOAHHYCwDG2AsAG9kLAHDZCwCLHQIAKx8LAIAfCwBanAkAQhECAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIA2HMJAC10CQC3SAAAG48AABc8AgAbLgwABJgOAAmbBgCjsQAAL3kCADlvAgBjRQIASLIFAE4FAgBhPQwATKUOAG/eBwBOBQIAcdgLAMbYCwAb2QsAcNkLABuPAABHDgAAjB4AAKGoCwD2qAsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEA8qkOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCAAdNAQAcjQEAMc0BAAcNQQAcTUEAMY1BABv3gcATgUCAGE9DABMpQ4Ab94HAE4FAgBx2AsAxtgLABvZCwBw2QsAG48AAEcOAACMHgAAVKQHACLbAgB32wIAzNsCACHcAgB23AIA6wcNAEAIDQCVCA0A6ggNAD8JDQBMpQ4AEEIDAE6xAAAH9gIAqKIKAKueCwAAnwsAVZ8LAKqfCwD/nwsAVKALAJ9SDgCStA4A57QOADy1DgBOBQIA8qkOAFqcCQC3SAAATgUCAPKpDgDZJgAATgUCAOMaAgBV+QYAWpwJAHCPAADrvAIA2HMJAGw8AgDmbAIAO20CACXQCgB60AoAz9AKALdIAABOBQIAQVwNAPygDQBjkAwAYT0MAJyxBwBv3gcATgUCANPWAAAajwEAqvoFAAxJAABOBQIA8qkOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BAFSkBwCIawwA3WsMADJsDABrOgUAUkwMAKdMDABHWgkATgUCANPWAAAajwEAqvoFAAxJAABOBQIA8qkOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDcdQMATgUCANPWAAAajwEAqvoFAAxJAABOBQIA8qkOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BABsuDABwLgwA7rkCABqPAQBv3gcABJgOANPWAAAajwEAqvoFAAxJAABOBQIA8qkOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCACF+CwCIGAoAGo8BAG+PAQD4WQMATVoDAD4LDABOBQIAGy4MAASYDgDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCAGE9DABPog4ApKIOAL+UAQAUlQEAaZUBAOYYAQAV4wcAPRgAALdIAABOBQIAQVwNAPygDQBjkAwA1h4LACsfCwC3SAAAazoFANx1AwBOBQIAoagLAPaoCwBLqQsAcdgLABBCAwBlQgMAukIDAOYYAQAXjgUAt5wBAG05BABOsQAAa5QAAOMaAgBV+QYAWpwJAHCPAADrvAIARw4AAE4FAgDyqQ4AWpwJALdIAABOBQIA8qkOANkmAABOBQIA2HMJAGw8AgDmbAIAO20CALdIAAAl0AoAQhECAHGECgDAlAAATgUCABsuDABwLgwA7rkCABqPAQBv3gcABJgOAOMaAgDcdQMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAb94HAE4FAgBhPQwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAbNwMAMHcDAAW3QwAa90MAMDdDAAV3gwAat4MAL/eDAAU3wwAad8MAL7fDAAT4AwAaOAMAL3gDAAS4QwAZ+EMALzhDAAR4gwAZuIMALviDAAQ4wwAZeMMALrjDAAP5AwAZOQMALnkDAAO5QwAY+UMALjlDAAN5gwAYuYMALfmDAAM5wwAYecMALbnDAAL6AwAYOgMABqPAQBvjwEAnWACAPJgAgBHYQIAhyADANwgAwAxIQMAhiEDANshAwAwIgMAhSIDANoiAwAvIwMAhCMDANkjAwAuJAMAgyQDAAAAAABV+QYAWpwJAE4FAgAWMwwAazMMAO65AgB70AkAYT0MAEylDgChpQ4A9qUOAEumDgCgpg4A9aYOAKGoCwD2qAsAS6kLANx1AwAxdgMAhnYDABc8AgBOBQIAVKQHAKmkBwD+pAcAU6UHAKilBwAi2wIAd9sCAMzbAgAh3AIAyoUFAB+GBQCjTw0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAoagLABTgCwBp4AsAcdgLAMbYCwDnGAAAPBkAAHZ+CwA5bwIAbDwCAHOGBgAV4wcAt0gAACXQCgA+CwwATgUCAOMaAgA4GwIAjRsCAOIbAgAhfgsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIASLIFAE4FAgBUpAcAMWsOAIZrDgCySwIAJdAKAHrQCgAV4wcAPRgAALdIAABOBQIAGy4MAMTeBwBS9A4Ap/QOAOMaAgDNhwAAksEBAIweAABUpAcAItsCAP71CwBT9gsAqPYLAP32CwBOBQIAoagLABTgCwBp4AsAVKQHADFrDgCGaw4AOW8CALdIAADnEgYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAADnEgYAb48BAEIRAgBOBQIAGy4MAAvsCADT1gAAoagLAPaoCwBLqQsA2HMJAC10CQDPgwIAXpsGAO65AgB70AkA0NAJANx1AwBOBQIA5hgBADsZAQBgPwsAzYcAAJyxBwBPUgkAb48BAEIRAgBOBQIA2HMJAC10CQBIsgUAnbIFAPKyBQCaCgYAoagLABTgCwBp4AsAt5wBAAydAQBaogMAr6IDAASjAwBZowMArqMDAAOkAwBBXA0AYToPAGFJAABskAMAwZADABaRAwBrkQMAksEBAIweAAD0Uw0ATgUCAKGoCwD2qAsAS6kLAOYYAQAV4wcAauMHADsZAQAXPAIAoagLABTgCwBp4AsAoagLAPaoCwBLqQsA6bULAD62CwCTtgsAIX4LALhGAQANRwEAPmAMAJNgDADoYAwAPWEMAE4FAgDyqQ4A2SYAAE4FAgBUpAcAMWsOAIZrDgA5bwIAt0gAAOcSBgBvjwEAQhECAE4FAgAbjwAAcYUJAMaFCQAbhgkAcIYJAMWGCQAahwkAb4cJAMSHCQBBXA0A/KANAGOQDABUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAYT0MALJLAgDyqQ4AHIUJAE4FAgBUpAcAnA4AAI0UCQDiFAkANxUJAIwVCQBOBQIAVQAAALdIAADnEgYAb48BAEIRAgBOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAEhYCgCdWAoA8qkOAByFCQBOBQIAG48AAHCPAAAQQgMABvgBAE4FAgAbLgwAC+wIAOYYAQAXjgUAGo8BAG+PAQBOBQIAVKQHAJwOAACNFAkA4hQJADcVCQCMFQkATgUCAFqcCQCvnAkABJ0JAFmdCQCunQkAA54JAFieCQCtngkAAp8JAFefCQCsnwkAAaAJAFagCQCroAkAAKEJAFWhCQCqoQkA/6EJAFSkBwCMHgAA4R4AADYfAACLHwAA4B8AAAf2AgBHDgAATgUCAEFcDQBhOg8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAq54LAACfCwA9GAAAEEIDAG+PAQBCEQIATgUCAPKpDgAchQkATgUCABYzDAAxbQwARw4AALecAQAMnQEAazQLAMA0CwAVNQsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCACXQCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABo6gIAveoCAEK8AQAAAAAAaOoCAL3qAgBi8AIAH4YFACLSCwB30gsAzNILACHTCwB20wsAy9MLACDUCwB11AsAKNQDAH3UAwDS1AMAJ9UDAHzVAwDR1QMAJtYDAHvWAwDQ1gMAJdcDAHrXAwDP1wMAJNgDAHnYAwDO2AMAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwCVvAMA6rwDAD+9AwCUvQMA6b0DAD6+AwCTvgMA6L4DAD2/AwCSvwMA578DADzAAwC9jQoAEo4KAGeOCgC8jgoAEY8KAGaPCgC7jwoAEJAKAGWQCgC6kAoAD5EKAGSRCgC5kQoADpIKAGOSCgC4kgoADZMKAEIRAgAH9gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAOMaAgDNhwAARw4AAG3kAwDC5AMAmVcPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDGLA0AGy0NAHAtDQDFLQ0AGi4NAG8uDQDELg0AGS8NAG4vDQDDLw0A6rwDAD+9AwCjBQIA+AUCAE0GAgCiBgIAw4QNAAmdBABenQQAs50EAAieBABdngQAsp4EAAefBABcnwQA1h4LALaRDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAL+MCQAajwEAY5oCAJlXDwDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAHKIBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgAi2wIAd9sCAE6xAABVAAAAUv8DAMsyAgDjDQ8AOA4PAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAhxQPAD6/AgAo1QIAfdUCANLVAgAn1gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAM7ZAgDcFA8AorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwBv3gcAC+wIAGuUAABHDgAAkLcNAJIYAAARQwEAJdAKAKtTAQA7YwwAzdkDAHaHAgAl0AoAPgsMABbpAADO2QIAUPsJAMqFBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAiBgKABc8AgC3SAAAJdAKAD4LDAAW6QAAztkCALecAQBtOQQAwjkEAFUAAAAXPgAAyzICAHMoDwAajwEA4xoCABiMBgBsPAIAOW8CANx1AwBOBQIAcdgLAMbYCwAb2QsAcNkLALecAQAMnQEAWqIDAK+iAwAEmA4Ab94HAAf2AgCKFAwAqvkGAP/5BgBU+gYATgUCAFSkBwDfHgIAzYcAADlvAgBjRQIASLIFAE4FAgDyqQ4A4xoCADHNAQA5wQUACZsGALdIAABOBQIAowUCAKX8CAD6/AgAVP4CAKn+AgC3kwoAPBkAABc+AABOBQIA09YAACjXAABsPAIAzc4OACLPDgAj1AgAeNQIAE4FAgBhPQwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgChqAsAHTQEAHI0BAC3nAEAmVcPAOYYAQAV4wcAPRgAALdIAADNhwAAsksCAOcSBgBV+QYAHIUJAAf2AgC3nAEAbTkEAMI5BABVAAAAFz4AAE4FAgC3nAEAbTkEAMI5BAAXOgQAbDoEAME6BAAWOwQAazsEAMA7BAAVPAQAajwEAL88BADF2QsAGtoLAG/aCwDE2gsATgUCALecAQBtOQQAwjkEABc6BABsOgQAwToEABY7BABrOwQAwDsEABU8BABqPAQAvzwEAMXZCwAa2gsAb9oLAMTaCwC4RgEADUcBAIbBDQDbwQ0AMMINALecAQDcdQMATrEAAM2GAQCisAIA2SYAAKX8CABCEQIAG48AABc8AgBjRQIASLIFAAf2AgDsDwQAvjUMABM2DABoNgwAe4AEANCABAAlgQQAeoEEAM+BBAAkggQAeYIEAM6CBAAhfgsA+AMEACLbAgBOsQAAzYYBAKr5BgC3SAAA5xIGADwTBgCREwYA5hMGADsUBgCQFAYAB/YCAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBADqvAMATf4JAKL+CQD3/gkA5hMGADsUBgCQFAYAoAAKAFJOCgCnTgoA9wYCABqPAQAXPAIAY0UCAPAOAQC3SAAATgUCAMqFBQAXPAIAY0UCAK2iBQCySwIAJdAKAGE9DACeWwYAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwAWMwwAMW0MAEcOAAB2hwIAt5wBAAydAQBaogMAr6IDAASjAwBZowMArqMDAAOkAwBBXA0AYToPAGFJAADwDgEAVQAAAIgYCgBHDgAAdocCAEIRAgAXPAIAY0UCAEcOAABt5AMAwuQDAPAOAQADTgQAYT0MAIy7DQBHWgkAnFoJAPFaCQBGWwkA2HMJAC10CQDPgwIAXpsGABc8AgBv3gcATgUCAGE9DACcsQcA8bEHAEayBwCbsgcAJdAKAD4LDADLMgIATgUCAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIAYT0MAJ5bBgBCEQIAcYQKAOYYAQBOBQIAoagLAKr6BQD/+gUAGy4MAASYDgBZmA4AI9QIAEStDgCZrQ4ARw4AAE4FAgDyqQ4AHIUJAAAAAAAAAAAAB/YCAKIFAwCqoAoA/6AKAFShCgCpoQoA1h4LAJK0DgDntA4APLUOAEFcDQD8oA0AY5AMAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAOAUCwA1FQsAihULAJZcDQA+CwwAkwsMAOgLDAA9DAwAkgwMAOcMDAA8DQwAkQ0MAOYNDAAbLgwAwIUPAGuUAABBXA0A/KANAGOQDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwBAvAMAlbwDAOq8AwBN/gkAov4JAPf+CQDmEwYAOxQGALCWDgCq+gUAJdAKAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQDVKAIAKikCAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQByiAUAx4gFAByJBQBxiQUAxokFAFSkBwCMHgAA4R4AADYfAACLHwAAB/YCAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQA4BsEADUcBADqvAMATf4JAKL+CQD3/gkATP8JAKH/CQD2/wkASwAKAFT+AgCp/gIAt5MKALboCwC0QgkAWpwJALdIAAAl0AoAQVwNAPygDQBjkAwAFjMMADFtDABHDgAAa5QAALdIAADT1gAAVfkGABc8AgBKXgIATgUCAKGoCwAU4AsAaeALABuPAABwjwAAFzwCAGNFAgCtogUAAqMFAFejBQDNhwAA4xoCALecAQAAAAAATgUCAEpeAgCaBAwAb48BAJ1gAgAH9gIABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEACwnAgCBJwIAyoUFAD6/AgDnXg8APF8PAJFfDwCWBw0A5RcDAJwOAADmGAEAFeMHAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAOAUCwA1FQsAihULAL+MCQDcdQMAAAAAAAAAAAAAAAAAaOoCAL3qAgBCvAEAAAAAAAAAAAAAAAAAAAAAAGjqAgC96gIAYvACAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgDmGAEA3R0FADIeBQCHHgUA3B4FAG/eBwDjGgIATgUCAOYYAQA7GQEAYD8LALU/CwAKQAsA5hgBAN0dBQAyHgUAhx4FANweBQBOsQAAo7EAAPixAABNsgAAorIAABeOBQA5bwIAsJYOAM2HAACcsQcA5hgBANDYAQBwjwAAEEIDAE6xAAA+vwIAsksCAOcSBgBV+QYAHIUJAEcOAACMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAMYsDQAbLQ0A128OABHqBABm6gQAu+oEABDrBABl6wQAuusEAA/sBABk7AQAuewEAA7tBABj7QQATgUCALecAQBtOQQAb48BAEpeAgBOBQIAowUCAPgFAgBNBgIA3hUMADMWDABhPQwAnLEHAG/eBwAXPAIAY0UCAEcOAADrvQEArUUNAF72AADvCwUAMW0MAEcOAAB2hwIAJH0JAHl9CQDOfQkAI34JAHh+CQDNfgkAIn8JAHd/CQDMfwkAIYAJAGE9DABMpQ4A3HUDAE4FAgDyqQ4A2SYAAE4FAgBBXA0AYToPAGFJAAC2SQAAVQAAACPUCAAJmwYAGo8BAKWjDACl/AgAa5QAAG/eBwBOBQIA5hgBAN0dBQAyHgUAhx4FANweBQCAzQcAFjMMADFtDABHDgAAdocCABYzDAAxbQwARw4AAHaHAgBOBQIAv4wJANx1AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2ZBABimQQAQl8JAJdfCQDsXwkAQWAJAJZgCQDrYAkAQGEJAJVhCQDqYQkAP2IJAJRiCQDpYgkAPmMJAJNjCQDoYwkAPWQJAOq8AwBN/gkAov4JAPf+CQBM/wkAof8JAPb/CQBLAAoA8qkOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCAC1QggATgUCAEFcDQDnEgYAPBMGAJETBgBv3gcATgUCAPKpDgBanAkA3HUDAEcOAABt5AMAwuQDAG05BADVKAIARw4AAG3kAwDC5AMA1SgCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAxiwNABstDQBwLQ0AxS0NABouDQBvLg0AxC4NABkvDQBuLw0Awy8NABgwDQBtMA0AwjANABcxDQBsMQ0AwTENAOq8AwBN/gkAov4JAPf+CQBM/wkAof8JAPb/CQBLAAoA8qkOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCAC1QggATgUCAEFcDQDnEgYAPBMGAJETBgBv3gcATgUCAPKpDgBanAkA6rwDAE3+CQCi/gkA9/4JAEz/CQCh/wkA9v8JAEsACgDyqQ4AqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIALVCCABOBQIAQVwNAOcSBgA8EwYAkRMGAG/eBwBOBQIA8qkOAFqcCQAXPAIAsJYOAGOaAgAMnQEAYZ0BANx1AwDVKAIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAMswBADSHw4Asz0PABuPAABwjwAAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAP78BABT/QQAqP0EAP39BABS/gQAp/4EAPz+BABR/wQApv8EAPv/BADmGAEA3R0FADIeBQCHHgUA3B4FAAAAAADwDgEAA04EAGE9DACMuw0AR1oJAJxaCQDxWgkARlsJANhzCQAtdAkAz4MCAF6bBgAXPAIAb94HAE4FAgBhPQwAnLEHAPGxBwBGsgcAm7IHACXQCgA+CwwAyzICAE4FAgDmGAEATLIBAM3ZAwDrvQEAv5QBAG+PAQBCEQIATgUCAGE9DACeWwYAQhECAHGECgDmGAEATgUCAKGoCwCq+gUA//oFABsuDAAEmA4AWZgOACPUCABErQ4Ama0OAEcOAABOBQIA8qkOAByFCQAAAAAAt0gAAGs6BQDAOgUAFTsFAGo7BQC/OwUAFDwFAPAOAQADTgQAYT0MAIy7DQBHWgkAnFoJAPFaCQBGWwkA2HMJAC10CQDPgwIAXpsGABc8AgBv3gcATgUCAGE9DACcsQcA8bEHAEayBwCbsgcAJdAKAD4LDADLMgIATgUCAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIAYT0MAJ5bBgBCEQIAcYQKAOYYAQBOBQIAoagLAKr6BQD/+gUAGy4MAASYDgBZmA4AI9QIAEStDgCZrQ4ARw4AAE4FAgDyqQ4AHIUJAAAAAABx2AsAxtgLAAf2AgAAAAAAAAAAAAAAAAAAAAAAAAAAACwnAgCBJwIAVKQHAKmkBwD+pAcAF+UDAGzlAwDB5QMAFuYDAGvmAwCWBw0AAAAAAAAAAABHDgAAAAAAAAAAAAANmQQA5L8GADnABgB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMATf4JAKL+CQD3/gkA5hMGADsUBgCQFAYAB/YCAJsLBADwCwQARQwEAJoMBADvDAQARA0EAJkNBADuDQQAZTwJALo8CQAPPQkAZD0JALk9CQBUpAcAnA4AAI0UCQDiFAkANxUJAIwVCQBOBQIAYT0MANkmAAC3SAAAJdAKAD4LDABvjwEAQhECAE4FAgBBXA0A/KANAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMAIYQFAHaEBQDLhAUAIIUFAHWFBQAbjwAAcI8AABBCAwAG+AEATgUCAFSkBwCcDgAAjRQJAOIUCQA3FQkAjBUJAAf2AgDNhwAABvgBABc8AgBjRQIAt0gAAGs6BQDAOgUAa5QAAEcOAABVAAAAI9QIAHjUCAAW6QAAY0UCAAAAAAAbjwAAa5QAAEcOAAB2hwIAJdAKAD4LDAAW6QAAztkCAKiiCgD9ogoAUqMKAAKjBQBXowUArKMFAAGkBQBWpAUAq6QFAAClBQBVpQUAqqUFAP+lBQBUpgUAqaYFAP6mBQBTpwUAqKcFAP2nBQBSqAUAp6gFAPyoBQBRqQUApqkFAPupBQBQqgUApaoFAPqqBQBPqwUApKsFAPmrBQBOrAUAo6wFAPisBQBNrQUAoq0FAPetBQBMrgUAoa4FAM2HAAAiiAAAIC0IAHUtCABv3gcATgUCAEFcDQBhOg8AYUkAAOYYAQAXjgUAbI4FAE4FAgDYcwkALXQJALdIAABrOgUAwDoFAGuUAABHDgAATgUCACF+CwC74Q0AeNQIAE4FAgDYcwkALXQJAAAAAAAbjwAAa5QAAEcOAAB2hwIATgUCALecAQBtOQQAHTQEAEyyAQCq+gUA//oFANPWAAC/jAkAGo8BAE6xAAAgLQgATgUCAKGoCwAU4AsAb94HAE9SCQDN2QMAB/YCAE6xAAA+vwIAKNUCAH3VAgDS1QIAJ9YCAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwC44w4APgsMABbpAADO2QIAzzAAAKOxAAD4sQAATbIAAKKyAAD3sgAAB/YCAE6xAAA+vwIAKNUCAH3VAgDS1QIAJ9YCAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwC44w4APgsMABbpAADO2QIAa5QAAG/eBwBPUgkAzdkDAM8wAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDbHgYAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGAJsLBADwCwQARQwEAJoMBADvDAQARA0EAJkNBADuDQQAQw4EAJgOBADtDgQAQg8EAJcPBAAxzQEAhs0BANvNAQAwzgEAhc4BAOe5CQA8ugkAkboJAOa6CQA7uwkAkLsJAOW7CQA6vAkAj7wJAOS8CQA5vQkAjr0JAOO9CQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQDNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDbHgYAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGAFz2AgCx9gIAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAP78BABT/QQAqP0EAP39BABS/gQAp/4EAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAxiwNABstDQBwLQ0AxS0NABouDQBvLg0AxC4NABkvDQBuLw0Awy8NABgwDQBtMA0AwjANABcxDQBsMQ0AwTENACF+CwD4pwoATagKAKKoCgD3qAoATKkKAKGpCgD2qQoAS6oKAKCqCgD1qgoASqsKAJ+rCgD0qwoASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAR64KAJyuCgDxrgoAVP4CAKn+AgC3kwoAtugLALRCCQBanAkAt0gAACXQCgBBXA0A/KANAGOQDAAWMwwAMW0MAEcOAACoogoA/aIKAEiyBQCdsgUA8rIFAJoKBgBUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA09YAAGuUAAA9GAAAt0gAAE4FAgBhPQwA09YAAIImAgC3SAAATgUCANPWAACCJgIA+U0OAE5ODgBx2AsAxtgLABvZCwBw2QsAIX4LAIgYCgBHDgAA670BAL+UAQDjGgIAt5wBAJlXDwBBXA0A/KANAGOQDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA4BQLADUVCwCKFQsAQVwNAGE6DwBhSQAA2HMJAC10CQBIsgUAnbIFAPKyBQCaCgYAVKQHAIweAADhHgAANh8AAIsfAADgHwAAXvYAALNADAAi2gMAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAHgoCgD2qAsAS6kLAOMaAgAYjAYAbYwGAMKMBgAXjQYAPRgAAE4FAgBUpAcAMWsOAIZrDgCySwIAGo8BAB00BAAV4wcAVfkGAFqcCQC3SAAAJdAKAD4LDAAW6QAAztkCAN+8DgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCgAAoA9QAKAEoBCgCfAQoA9AEKAEkCCgCeAgoA8wIKAEgDCgCdAwoA8gMKAEcECgCcBAoA8QQKAFSkBwCMHgAA4R4AADYfAACLHwAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBU/gIAqf4CALeTCgAMlAoAYZQKALaUCgALlQoAYJUKAKMFAgCl/AgA+vwIAE/9CADyqQ4AFzwCAE4FAgAbLgwAcC4MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANx1AwBOBQIAQrwBABuPAABwjwAAEEIDAAb4AQDGLA0AGy0NAHAtDQDFLQ0AGi4NAG8uDQDELg0AGS8NAG4vDQDDLw0AGDANAG0wDQDCMA0AFzENAGwxDQDBMQ0AF4oJANZ1CQAoeQkAfXkJANJ5CQAnegkA6rwDAE3+CQCi/gkA9/4JAEz/CQCh/wkA9v8JAEsACgDyqQ4AqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIALVCCABOBQIAQVwNAOcSBgA8EwYAkRMGAG/eBwBOBQIA8qkOAFqcCQDlFAYAOhUGAI8VBgDkFQYAFjINAGsyDQDAMg0AFTMNAGozDQC/Mw0AFDQNAGk0DQC+NA0AEzUNAOq8AwBN/gkAov4JAPf+CQDmEwYAOxQGAAHzCwCMHgAADO0GAJlXDwAJmwYAt0gAAOcSBgBV+QYAHIUJALdIAADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAOhUGAI8VBgDkFQYAa5QAAMCUAAAW6QAAztkCAOwRAgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAxIQMABmFDABuhQwAw4UMABiGDABthgwAwoYMAJwOAACNFAkA4hQJADcVCQCMFQkAxDkCAKr5BgD/+QYAVPoGAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAB/YCALfpCQDAlAAAFukAAM7ZAgA9GAAAkhgAAFybCACxmwgABpwIAFucCACwnAgABZ0IAGw8AgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEATgUCAEFcDQDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCgAAoALHIMADFyBwCGcgcA23IHADBzBwCFcwcA2nMHAC90BwCEdAcAYT0MANkmAAC3SAAAJdAKAD4LDABUpAcAjB4AAAztBgCZVw8ACZsGALdIAADnEgYAVfkGAByFCQBOBQIA1h4LAJK0DgDntA4APLUOAOUXAwC0lgoACZcKAF6XCgCzlwoACJgKAF2YCgBBYwYAlmMGAOtjBgBAZAYAlWQGAOpkBgA/ZQYAlGUGAOllBgA+ZgYA0X0GACZ+BgB7fgYA0H4GACV/BgB6fwYAG48AABc8AgAXPAIAY0UCAD0YAAC3SAAATgUCAEFcDQD8oA0AqvkGAIgYCgC3nAEADJ0BAGGdAQDcdQMAB/YCAAAAAABOBQIAQVwNABBDAgBlQwIAukMCAJYHDQBUpAcAiGsMABqPAQCq+gUAzYcAAOMaAgC3nAEAmVcPAFSkBwCMHgAA4R4AADYfAACLHwAA4B8AAA1CBgBOBQIAowUCALo5DAAPOgwAZDoMAEFcDQDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgAH9gIAVP4CAKn+AgC3kwoAYT0MAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCZVw8AVKQHAIweAADhHgAANh8AAIsfAADgHwAA5hgBAAAAAABVAAAATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgB3Jg0AzCYNACEnDQAXPAIAtEIJAAvnDQCfXgIAwJQAAKueCwAAnwsAFzwCAGNFAgCtogUAAqMFAFejBQDNhwAA4xoCALecAQCZVw8Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBwjwAAPRgAANx1AwAH9gIAt0gAAE6xAABVAAAATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANkmAAA5xQEAjsUBAOPFAQBOsQAAzYYBAKKwAgBCugMAFzwCAGNFAgC4RQIA9FEPAEcOAACMHgAAGYgJAG6ICQDDiAkAGIkJAG2JCQDCiQkAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGAOUXAwCcDgAAjRQJAOIUCQA3FQkAjBUJAE4FAgDWHgsAkrQOAOe0DgA8tQ4AFjINAGsyDQDtAhAAQgMQAJcDEADsAxAAQQQQAJYEEADrBBAAQAUQAJUFEADqBRAA0tQDACfVAwB81QMA0dUDACbWAwB71gMA0NYDACXXAwAWMwwAMW0MAEcOAADjGgIAGIwGAG2MBgDCjAYAF40GAGyNBgAB8wsA4XMAAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDNhwAA2SYAAEpeAgDxsgYAMc0BAEcOAADPMAAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAHcmDQDMJg0AIScNAE4FAgDmGAEAF44FANx1AwBOBQIAcdgLAMbYCwAb2QsAcNkLAOMaAgDcvw4AYT0MAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDKhQUAH4YFACLSCwB30gsAzNILACHTCwB20wsAy9MLACDUCwB11AsAytQLAB/VCwDWHgsARw4AAHaHAgDLhwIA4xoCALecAQBtOQQAzdkDAN8eAgDuBQwApfsJAPygDQBjkAwAoagLAFUAAAAiiAAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAHcmDQDMJg0AIScNAFz2AgCx9gIAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOMaAgBV+QYAVfkGALdIAABHDgAAdocCAGs6BQBSTAwAzc4OAE4FAgCjBQIAFzwCALRCCQDmGAEATgUCAEK8AQBe9gAAB/YCAAT5AgCjsQAA+LEAAE2yAACisgAA97IAAEyzAAAWMwwAazMMAMAzDAAVNAwA2HMJAKueCwAAnwsATgUCAPKpDgBanAkAt0gAAE4FAgDyqQ4A2SYAAE4FAgBhPQwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAJlXDwDjGgIAGIwGAG2MBgDCjAYAF40GAGyNBgAB8wsATgUCAEFcDQD8oA0AY5AMAEFcDQDNhwAALXUIAEpeAgBOBQIAQVwNAEylDgDcdQMATgUCAPKpDgDZJgAATgUCAEFcDQBhOg8AYUkAALZJAAALSgAAa5QAAG/eBwBOBQIA4xoCABiMBgBtjAYAwowGABeNBgBsjQYAt5wBAM2HAACSwQEAdocCAOcSBgBOsQAARw4AAIweAADNhwAAOW8CAE6xAAAgLQgAyzICAOMNDwA4Dg8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgCHFA8A3BQPAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAHcmDQDMJg0AIScNAAAAAABVAAAAI9QIAEStDgBHDgAAjB4AAM2HAAA5bwIATrEAACAtCABVAAAAfSsCAMsyAgDjDQ8AOA4PAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAhxQPANwUDwCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgB3Jg0AzCYNACEnDQC3nAEAbTkEAO65AgAajwEAb48BAEIRAgBOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMASFgKAIweAADhHgAAFukAAM7ZAgAH9gIAt0gAAGs6BQBSTAwA5mwCAEcOAABVAAAAiBgKABc8AgC3SAAAB/YCALdIAABrOgUAUkwMAOZsAgBHDgAAVQAAAIgYCgAXPAIAt0gAAAf2AgC36QkAwJQAABbpAADO2QIAmwsEAPALBABFDAQAmgwEAO8MBABEDQQAmQ0EAFlHCgDbxAoAMMUKAIXFCgDaxQoAL8YKAITGCgDZxgoALscKAIPHCgDYxwoALcgKAILICgDXyAoALMkKAIHJCgDWyQoAK8oKAIDKCgDVygoAKssKAH/LCgAWMg0AazINAMAyDQAVMw0AajMNAL8zDQAUNA0AaTQNAL40DQATNQ0AaDUNAL01DQASNg0AZzYNALw2DQARNw0A7QIQAEIDEACXAxAAPRgAAPAOAQC3SAAATgUCAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQDgFAsANRULAIoVCwBUpAcAjB4AAOEeAAA2HwAAix8AAO4NBABDDgQAmA4EAO0OBABCDwQAlw8EALGfBAAGoAQAW6AEANUoAgAqKQIAazoFAFJMDADmbAIARw4AAFUAAACIGAoAFzwCALdIAADLMgIAhxQPANwUDwCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgB3Jg0AzCYNACEnDQB2Jw0AyycNACAoDQB1KA0AyigNAB8pDQB0KQ0AySkNAB4qDQBzKg0A1h4LAJK0DgDntA4APLUOAM3aAgA+vwIA514PADxfDwCRXw8A5l8PADtgDwCQYA8A5WAPADphDwA6bAQAj2wEAORsBAA5bQQAjm0EAONtBAA4bgQAjW4EAOJuBAA3bwQAjG8EAOFvBAA2cAQAi3AEAOBwBAA1cQQAinEEAN9xBAA0cgQAiXIEAN5yBAAzcwQAiHMEAN1zBAAydAQAh3QEAPUACgA+vwIA514PADxfDwCRXw8A5l8PADtgDwCQYA8A5WAPADphDwAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAt0gAAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAOUUBgA6FQYAjxUGAOQVBgBU/gIAa5QAANPWAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAHcmDQDMJg0AIScNAByFCQCSGAAAG9oKAHDaCgDNhwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAJlXDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAJlXDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAFT+AgCp/gIAt5MKAGE9DAAtdQgAbTkEAO65AgB70AkAcdgLAMbYCwAb2goAcNoKAEcOAABOBQIAowUCALo5DAAPOgwAZDoMALk6DAChqAsA9qgLAEupCwDcdQMAMXYDAIZ2AwAXPAIATgUCAMqFBQCjsQAAG48AAEcOAAB2hwIAJdAKAE4FAgBx2AsAxtgLABvaCgBw2goAYT0MAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOsQAATrEAAIpvBgDfbwYANHAGAIlwBgBIsgUATgUCANPWAAC/jAkAGo8BAGOaAgCZVw8A1h4LAEcOAAB2hwIAy4cCAOMaAgC3nAEAbTkEAM3ZAwDfHgIAGo8BAG+PAQBCEQIATgUCAGE9DACeWwYAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwDpvQMAqaQHAP6kBwBTpQcAqKUHAP2lBwBSpgcAp6YHAPymBwBBXA0ATrEAAFUAAAAAAAAAGo8BAFUAAABOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwBBXA0AYToPAGFJAAAWMwwAMW0MAEcOAAB2hwIAQVwNAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAKAACgBSTgoAp04KAPcGAgAajwEAFzwCAGNFAgDyqQ4AqvkGAP/5BgBU+gYATgUCAEFcDQBOsQAAVQAAAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwBAvAMAlbwDANPWAAAajwEAqvoFAAxJAABOBQIAFjMMADFtDABHDgAAdocCAE4FAgC3SAAATrEAAFUAAABOBQIAIX4LALhGAQANRwEA7rkCABqPAQBv3gcABJgOAMCUAAAH9gIA7A8EAL41DAATNgwAaDYMAM3aAgCfsQQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAARw4AAG3kAwDC5AMAgM0HANXNBwAqzgcAf84HANTOBwApzwcAfs8HANPPBwAMOg8AAfwCAE6xAABVAAAATgUCACF+CwC4RgEADUcBAO65AgAajwEAb94HAASYDgDAlAAAB/YCAOwPBAC+NQwAEzYMAGg2DADN2gIAn7EEACKHAQB3hwEAAAAAAAb4AQAAAAAAAAAAAAAAAADNhwAA2SYAAG/eBwDE3gcAzc4OALdIAADnEgYA7rkCAHvQCQBUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAATLADAKGwAwD2sAMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAJlXDwDyqQ4AFzwCAE4FAgAbLgwAC+wIAGuUAABHDgAATgUCAHHYCwDG2AsAG9kLAHDZCwCLHQIAtpENAAuSDQDN2QMAb94HAEcOAABOBQIAVKQHAIweAADhHgAANh8AAIsfAADgHwAANSAAAEywAwChsAMA9rADABuPAABwjwAAUQMBAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCZVw8A8qkOABc8AgBOBQIAGy4MAAvsCABrlAAARw4AAE4FAgBx2AsAxtgLABvZCwBw2QsAix0CALaRDQALkg0AzdkDAE4FAgBUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAATLADAKGwAwD2sAMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAJlXDwDyqQ4AFzwCAE4FAgAbLgwAC+wIAGuUAABHDgAATgUCAHHYCwDG2AsAG9kLAHDZCwCLHQIAtpENAAuSDQDN2QMADDoPAJsLBACl/AgA+vwIAE/9CABx2AsAxtgLABvZCwBw2QsAxdkLABraCwBv2gsAxNoLAAAAAADNhwAALXUIAIJ1CABtOQQAB/YCABc8AgCwlg4Ab48BAEIRAgBxhAoAwJQAABbpAADO2QIAa5QAAOYYAQBOsQAAPr8CACKIAAAgLQgAdS0IAEcOAACMHgAA4R4AADYfAACLHwAA4B8AAGNFAgDAlAAAFukAAM7ZAgAxzQEARw4AAAf2AgDlFwMAtJYKAAmXCgBelwoAs5cKAAiYCgBdmAoAlgcNAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBADgFAsANRULAPr7CQBP/AkApPwJAOYTBgA7FAYAkBQGAKAACgBBXA0A/KANAG/eBwAEmA4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAH8AgBhOg8AYUkAAM+CAwAkgwMAeYMDAM6DAwAjhAMAeIQDAM2EAwAihQMAYT0MAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCZVw8AyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBhPQwAsksCAFFMDQBhOg8AGo8BAM3ZAwAi2gMA5hgBADsZAQDmGAEAFeMHAD0YAABe7QkAs+0JAAjuCQDeFQwAMxYMAOYYAQAXjgUAOW8CAEpeAgCfXgIAb94HAE4FAgAbLgwABJgOAM2HAABrMwwAwDMMABU0DABqNAwAvzQMABQ1DABpNQwAV/EMAEylDgBv3gcATgUCAKGoCwAU4AsAaeALAA47DABwLgwAzdkDAOFzAADjGgIAt5wBAJlXDwBv3gcATgUCABuPAABwjwAAt0gAAOcSBgBjmgIATgUCAEFcDQDnEgYAPBMGAJETBgBv3gcATgUCANhzCQAtdAkAt0gAAGs6BQC3nAEAbTkEAMI5BAAW5QQATrEAAMsyAgCHFA8A3BQPAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAHcmDQDMJg0AIScNAHMoDwCMHgAA4R4AADYfAACLHwAA4B8AAG/eBwAEmA4AzYcAAJyxBwAH9gIAC+wIANPWAAA9GAAAB/YCAL+MCQAxbQwARw4AAHaHAgC3nAEADJ0BAGPnCgC45woADegKAGLoCgAj1AgAeNQIABbpAADO2QIAihQMAKr5BgD/+QYAVPoGAE4FAgAbjwAAcI8AABBCAwAG+AEATgUCAFSkBwCcDgAAjRQJAOIUCQA3FQkAVKQHADFrDgCGaw4AsksCABuPAABHDgAATgUCAL+MCQDuBQwACZsGAEpeAgCfXgIAb94HAAvsCACq+QYA//kGAAxBCABhQQgAtkEIAAtCCABgQggAtUIIAApDCABfQwgAtEMIAAlECABeRAgAs0QIAAhFCABdRQgAskUIAAdGCABcRggAsUYIAAZHCABbRwgAsEcIAPVXCABKWAgAn1gIAPRYCABv3gcATgUCAPKpDgBanAkAt0gAAE4FAgDT1gAAgiYCABqPAQCq+gUA5xIGAG+PAQBCEQIATgUCAKMFAgC6OQwAFzwCAE4FAgDyqQ4AqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIAHjUCABsPAIAsksCAOcSBgBV+QYAHIUJALdIAADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAxIQMABmFDABuhQwAw4UMABiGDABthgwAwoYMAFEBAwDQ2AEAt0gAAM2HAACySwIAJdAKAPKpDgCq+QYA//kGAAxBCABhQQgAtkEIAAtCCABgQggAtUIIAE4FAgBBXA0A5xIGADwTBgCREwYAb94HAE4FAgDyqQ4AWpwJALdIAAAsJwIAG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA5hgBADsZAQBgPwsAT1IJAP/zDADcdQMATgUCAMqFBQAfhgUAItILAHCPAAC3SAAAJdAKAAH8AgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCgAAoA09YAAIImAgAajwEAqvoFAOcSBgBvjwEAQhECAE4FAgCjBQIAujkMABc8AgBOBQIA7rkCAEO6AgCYugIA7boCAL+MCQAxbQwARw4AAHaHAgDLhwIA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADFyBwAAAAAAt5wBAAf2AgBU/gIAqf4CALeTCgAWMwwAMW0MAEcOAAB2hwIARw4AAE4FAgBhPQwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAJlXDwChqAsA9qgLAEupCwDptQsAPrYLAJO2CwAhfgsAiBgKAN0YCgBc9gIAsfYCAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQD+/AQAFzwCAGNFAgCtogUAsksCACXQCgBUpAcAjB4AAEcOAADrvQEAv5QBAFX5BgC3nAEAt5wBAE4FAgAWMwwAMW0MAEcOAAB2hwIAXvYAALNADAANmQQAQVwNAGs6BQDAOgUAa5QAAG/eBwBOBQIAowUCALo5DAAXPAIATgUCAAAAAAAbjwAAa5QAAMCUAADcdQMATgUCAKMFAgD4BQIATQYCAKIGAgA9GAAAkhgAABvaCgBw2goARw4AANkmAAA5xQEAjsUBAOPFAQAEmA4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAMYsDQAbLQ0AItILAHfSCwDM0gsAIdMLAHbTCwDL0wsAINQLAHXUCwDYcwkALXQJAK2iBQACowUAV6MFAE4FAgBhPQwATKUOANx1AwBOBQIAyoUFAB+GBQB0hgUAETYOAGY2DgAiiAAAR1oJAE4FAgAhfgsAiBgKABqPAQBvjwEAsksCAEcOAAAH9gIAVP4CAKn+AgC3kwoADJQKAIweAADhHgAANh8AAIsfAADgHwAADUIGAE4FAgBhPQwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAJlXDwCjBQIAujkMABc8AgBOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMARw4AAIweAADhHgAANh8AAIsfAADgHwAADUIGAGJCBgDhHgAAFukAAM7ZAgCMHgAA4R4AABbpAADO2QIAFjINAGsyDQDAMg0AFTMNAGozDQC/Mw0AFDQNAGk0DQC+NA0AEzUNANUoAgAXPAIAY0UCALhFAgD0UQ8ARw4AAIweAAC4kAwAX0kCAGiPCAC9jwgATgUCAFSkBwCMHgAA4R4AADYfAACLHwAATrEAAEpeAgC/jAkAMW0MAFqcCQBHDgAAjB4AANUoAgBv3gcAFzwCALCWDgDuuQIAe9AJANDQCQDLMgIA4w0PAMCUAAAW6QAAztkCAMsyAgA9GAAAa5QAALdIAADT1gAAVfkGABc8AgBKXgIAn14CAMCUAAAW6QAAztkCABYyDQBrMg0AIocBAHeHAQA6tw4AAAAAAAAAAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAf2AgAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQAQVwNAGE6DwBhSQAA1h4LACsfCwBv3gcAVQAAAIgYCgAajwEAb48BAPhZAwBOBQIAG48AABc8AgC3nAEAB/YCAEwJAAC/jAkAFI0JAGmNCQDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA4BQLADUVCwCKFQsAQVwNAGE6DwBhSQAAbJADAAvsCABg7AgAtewIAArtCABf7QgAxy8JABsuDADE3gcAa5QAAOYYAQA7GQEAbJADAAvsCABg7AgAtewIAArtCABf7QgAxy8JABsuDADE3gcAa5QAAOYYAQA7GQEAkBkBAE4FAgDYcwkAq54LAACfCwA9GAAAEEIDAG+PAQBCEQIAa5QAAMCUAADmGAEATLIBAM3ZAwDrvQEAv5QBAFX5BgAchQkATgUCABsuDAAEmA4APRgAABBCAwBrlAAAb94HAE4FAgDT1gAAv4wJABqPAQBjmgIAmVcPAEFcDQBrOgUA3HUDABqPAQBvjwEAQhECAE4FAgBBXA0A/KANAGOQDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA4BQLADUVCwCKFQsAQVwNAGE6DwBhSQAAbJADAAvsCABg7AgAtewIAArtCABf7QgAxy8JABsuDADE3gcAa5QAAOYYAQA7GQEAGy4MAMCFDwAVhg8AaoYPAL+GDwAUhw8AaYcPAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQCUuAgAVfkGADFyBwBKXgIAn14CAMCUAABjRQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOwPBAC+NQwAEzYMAGg2DABHrAwAv4wJABqPAQBjmgIAmVcPAKMFAgAuJwAAt0gAAE6xAAAgLQgAGo8BAG+PAQBCEQIATgUCAFSkBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABhPQwAzc4OABqPAQBOBQIA7rkCAHvQCQDQ0AkAAfMLAL+UAQBV+QYAHIUJAAf2AgAajwEAY5oCAJlXDwA9GAAAkhgAABFDAQDZJgAAujkMAA86DABkOgwAuToMAEC9AgDAlAAAFukAAM7ZAgBCvAEApqUJAPulCQBQpgkApaYJAPqmCQBPpwkAAAAAAGjqAgC96gIAcdgLAMbYCwDnGAAALXcGAIJ3BgBo4goAveIKABLjCgCjBQIApfwIAPr8CABP/QgA8qkOABc8AgBOBQIAGy4MAHAuDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgDWHgsAKx8LAIAfCwDVHwsAKiALAAAAAADuuQIAQ7oCADlvAgAAAAAAFzwCAKueCwAAnwsAAAAAAG/eBwAL7AgAYOwIALXsCAAK7QgAX+0IAN0ZCQAyGgkAhxoJANwaCQAxcgcASl4CAJ9eAgC3SAAAPRgAAJIYAAARQwEA2SYAALo5DAAPOgwAZDoMALk6DABAvQIAwJQAABbpAADO2QIAyzICAHMoDwCcDgAAjRQJAMXZCwCl/AgANb0NAJ1gAgBOBQIAYT0MAJ5bBgDuuQIAQ7oCAJi6AgBtOQQAb94HAE4FAgAbLgwAC+wIAGDsCAC17AgACu0IAF/tCADHLwkA1h4LACsfCwDuuQIAGo8BABc8AgC0QgkAHIUJAOYYAQAV4wcAPRgAANPWAABV+QYAFzwCAEpeAgCaBAwAb48BAEIRAgBOBQIAyoUFAB+GBQB0hgUAETYOAGY2DgC7Ng4AEDcOAGU3DgC6Nw4ATgUCANhzCQCrngsAAJ8LAFWfCwCqnwsA/58LAFSgCwBUpAcAMWsOAGs6BQBSTAwAsksCACXQCgBCEQIATgUCAKGoCwAU4AsAaeALANYeCwAajwEAqvoFAAxJAABhSQAAz4IDAE4FAgBx2AsAxtgLABvZCwBw2QsA2HMJAKueCwAAnwsAPRgAABBCAwBvjwEAQhECAE4FAgDyqQ4AFzwCAE4FAgDmGAEATLIBAM3ZAwDPMAAAzYYBAKKwAgDZJgAApfwIAEIRAgAbjwAAFzwCAGNFAgAXPAIAY0UCAK2iBQCySwIAJdAKABsuDAAL7AgAYOwIALXsCAAK7QgAX+0IAMcvCQAhfgsAuEYBAA1HAQDuuQIAGo8BAG/eBwAEmA4AVfkGAFX5BgC3SAAAt5wBAJlXDwBHDgAA670BAE4FAgAbLgwAC+wIAGDsCAC17AgACu0IAF/tCADHLwkAcdgLAMbYCwAb2QsAcNkLAMXZCwAa2gsAb9oLAMTaCwAbLgwAC+wIAGDsCAC17AgACu0IAF/tCADHLwkA1h4LACsfCwBv3gcAVQAAAIgYCgAajwEAb48BAAmbBgBemwYAs5sGAAicBgBdnAYAspwGAAedBgBcnQYAsZ0GAAaeBgAajwEAzYcAAC11CABOBQIAQVwNAE6xAABVAAAAB/YCAE4FAgDSHw4Asz0PAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQBe9gAAAAAAAA2ZBABSnw4AujkMABc8AgC3SAAA5xIGAO65AgB70AkADO0GANx1AwBOBQIA2HMJAC10CQCCdAkA13QJACx1CQCBdQkATgUCAKGoCwAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQA7A8EAAmbBgBemwYAs5sGAAicBgBdnAYAspwGAAedBgBcnQYAsZ0GAAaeBgBU/gIAqf4CAPhVBwDSHw4Aa5QAAKtTAQA7YwwAzdkDAHaHAgDnEgYAb48BAEIRAgBOBQIAGy4MAAvsCADmGAEAF44FABqPAQCUuAgA6bgIAD65CACTuQgA6LkIAD26CACSuggA57oIADy7CACRuwgA5rsIADu8CACQvAgA5bwIADq9CACPvQgA5L0IABc8AgBjRQIAuEUCAPRRDwBHDgAAjB4AAEK8AQC3SAAATrEAAFUAAAAH9gIAAAAAALecAQBHDgAAB/YCAAAAAAAbjwAAcI8AABBCAwAG+AEAB/YCAAAAAADjGgIAt5wBAJlXDwBBXA0A/KANAGOQDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA4BQLADUVCwCKFQsAQVwNAE6xAABVAAAAB/YCAAAAAAC3nAEARw4AAAf2AgAAAAAAVKQHAOu9AQBAvgEAB/YCAAAAAAA9GAAAPRgAAGuUAAAJmwYAt0gAAOcSBgBV+QYAHIUJAE4FAgDYcwkALXQJAIJ0CQDXdAkALHUJAIF1CQD3VAkAt0gAAOcSBgA8EwYAkRMGAG/eBwAL7AgAWpwJAAAAAAC3SAAAt0gAAFUAAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA08cPAIgYCgDdGAoAMhkKAF72AADvCwUAMW0MAEcOAAB2hwIArUUNANhzCQAtdAkAraIFAAKjBQBXowUATgUCABsuDADE3gcAUvQOAKf0DgDjGgIAzYcAAJLBAQCMHgAAVKQHAIweAADhHgAANh8AAIsfAADgHwAANSAAAGE9DACySwIAG48AALecAQBv3gcATgUCAHHYCwDG2AsAG9kLAHDZCwDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA4BQLADUVCwCKFQsAFzwCAGNFAgC4RQIA9FEPAEcOAACMHgAABJgOAMCUAAAW6QAAztkCAGuUAADAlAAAFukAABHlCQBm5QkA5xgAAAAAAAAAAAAAAAAAAGjqAgC96gIAYvACAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgAAAAAAAAAAAGjqAgC96gIAYvACAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgDT1gAAGo8BAG+PAQBrlAAAwJQAABbpAADO2QIAAAAAAAAAAAAAAAAAAAAAAAAAAAA9GAAAa5QAALdIAADLMgIAhxQPANwUDwCisAIAQroDAJe6AwDsugMAQbsDALjjDgAN5A4AYuQOALfkDgAM5Q4AYeUOALblDgAL5g4AxiwNABstDQBwLQ0AxS0NABouDQBvLg0AxC4NABkvDQBuLw0Awy8NABgwDQBtMA0AwjANABcxDQBsMQ0AwTENAFX5BgBHDgAATgUCANYeCwCStA4A57QOADy1DgAAAAAAAAAAAAAAAAAl0AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAAAAAAAAAAAAAAACrUwEAO2MMAFX5BgAchQkATgUCANhzCQAtdAkAgnQJANd0CQAsdQkAAAAAAGuUAADAlAAA4xoCABqPAQBvjwEAnWACAMCFDwBwjwAAQhECAEcOAADhcwAAOMcAANkmAADjGgIAzYcAADjHAABOBQIAYT0MAOMaAgBCEQIAcYQKAAztBgCZVw8Av4wJAD0YAABrlAAAq1MBADtjDAAAAAAAPRgAAE4FAgDYcwkALXQJAL+MCQAbjwAARw4AAOFzAACcsQcARw4AAOu9AQC/lAEAVfkGAByFCQBrlAAA2HMJALCWDgClowwApfwIABuPAAC3SAAAzYcAALJLAgAAAAAAVfkGAE4FAgDYcwkALXQJAM+DAgAkhAIARw4AAOFzAACcsQcAPRgAAJIYAAAH9gIAt+kJAAzqCQBh6gkAtuoJAAvrCQBg6wkAtesJAArsCQBf7AkAtOwJAAntCQBrlAAACZsGAF6bBgCzmwYACJwGAF2cBgCynAYAB50GAFydBgCxnQYABp4GAKMFAgD4BQIATQYCAKIGAgA4xgEABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAKMFAgD4BQIATQYCAKIGAgA4xgEABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAE4FAgBBXA0A5xIGADwTBgCREwYAb94HAE4FAgDyqQ4AWpwJAOcSBgA8EwYAkRMGAG/eBwBOBQIA8qkOAFqcCQBOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQByiAUAx4gFAByJBQBxiQUAxokFAHMoDwCcDgAAjRQJAOIUCQA3FQkAjBUJALdIAADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAxIQMABmFDABuhQwAw4UMABiGDABthgwAwoYMAOq8AwBN/gkAov4JAPf+CQBM/wkAof8JAPb/CQBLAAoAVP4CAKn+AgC3kwoADJQKAGGUCgC2lAoAC5UKAGCVCgCjBQIApfwIAPr8CABP/QgA8qkOABc8AgBOBQIAGy4MAHAuDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgBfSQIALXUIAJlXDwDAlAAAFukAAM7ZAgBV+QYAVfkGALecAQBOBQIAQVwNAOcSBgA8EwYAkRMGAG/eBwBOBQIA8qkOAFqcCQC3SAAATgUCANPWAAC/jAkAGo8BAGOaAgCZVw8A09YAAIImAgAajwEAqvoFAOcSBgBvjwEAQhECAE4FAgCjBQIAujkMABc8AgBOBQIAYT0MAEylDgChpQ4A8qkOAKr5BgD/+QYAVPoGAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwChqAsAFOALAGngCwBx2AsAxtgLABvZCwBw2QsA3hQNADMVDQCIFQ0A3RUNADIWDQCHFg0A3BYNADEXDQAsJwIAgScCANhzCQAtdAkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAQVwNAOcSBgA8EwYAkRMGAG/eBwBOBQIA8qkOAFqcCQC3SAAATgUCAGE9DADZJgAAt0gAACXQCgA+CwwAmVcPAMCUAAAW6QAAztkCAN+8DgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgAOPQoAYz0KALg9CgANPgoAYj4KALc+CgAMPwoAYT8KALY/CgALQAoAYEAKAF72AADT1gAAgiYCABqPAQCq+gUAlhICABc8AgBjRQIAraIFALJLAgAl0AoAjLsNAAAAAAAbjwAAGo8BABc8AgBjRQIAMc0BAG/eBwDjGgIATrEAAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwDyqQ4A4xoCALdIAADNhwAAGo8BAG+PAQBOBQIAMc0BAG/eBwDjGgIATrEAAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwDWHgsAtpENAABUAQBVVAEA1nIMACtzDACAcwwA1XMMACp0DADT1gAAv4wJAO4FDAA9GAAATgUCAEFcDQBrOgUA3HUDABqPAQBvjwEAQhECAE4FAgBBXA0A/KANAGOQDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQBHDgAATgUCAMqFBQAfhgUAItILAHfSCwDM0gsAIdMLAHbTCwDL0wsAINQLAHXUCwDK1AsAH9ULAGE9DACMuw0AAAAAABuPAAAajwEAFzwCAGNFAgBIsgUATgUCAKMFAgAXPAIAtEIJAOYYAQBOBQIAQVwNAGE6DwBhSQAAG48AAHCPAADrvAIAQL0CAMCUAAC3nAEA3HUDABqPAQBvjwEAQhECAE4FAgAbLgwAxN4HAFL0DgCn9A4A4xoCAM2HAACSwQEAjB4AAN4UDQCMuw0AAAAAABuPAAAajwEAFzwCAGNFAgBhPQwAnlsGANhzCQAtdAkARw4AAJwOAABanAkAFzwCAE6xAABrlAAAowUCABc8AgC0QgkA5hgBAE4FAgChqAsAqvoFAEcOAABOBQIAIX4LALhGAQCwlg4AHTQEABeOBQA5bwIA3HUDAE4FAgCjBQIA+AUCACKIAABHWgkAxDkCABc8AgDcdQMATgUCAPKpDgAXPAIATgUCAFSkBwCcDgAAWpwJABc8AgBOsQAAPRgAAGuUAACrUwEAB/YCAAH8AgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCgAAoAYT0MAIy7DQAAAAAAG48AABqPAQAXPAIAsJYOAG+PAQBCEQIATgUCAGE9DACeWwYAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAa5QAALdIAADNhwAAnLEHAG/eBwAXPAIAsJYOAG+PAQDZJgAAujkMAE4FAgDWHgsAKx8LAIAfCwARQwEA2SYAALo5DAAPOgwAZDoMALk6DADNhwAAGo8BANUoAgDNhwAAZjcNANTLCgApzAoAb48BAMCIDABrOgUAUkwMAOZsAgBHDgAAqlIDAM2HAACySwIAJdAKABYzDAAxbQwARw4AAHaHAgBOBQIAcdgLAF9JAgC0SQIACUoCAOcYAAAtdwYAgncGAGjiCgC94goAEuMKAGfjCgC84woAEeQKAIweAADhHgAANh8AAIsfAADgHwAANSAAAOYYAQBMsgEAzdkDAOMaAgDcvw4Av4wJAM2HAADuuQIAGo8BAG+PAQCWXA0AetAKAM/QCgAk0QoAedEKAM7RCgAj0goAeNIKAM3SCgAi0woAd9MKAMzTCgAh1AoAdtQKAHAuDACkUgkA+VIJAE5TCQAbjwAAb94HANhzCQAtdAkAraIFAJyxBwBOBQIAG48AAG/eBwAAAAAAVfkGAE4FAgBBXA0A5xIGADwTBgCREwYA5hMGADsUBgC/jAkAVQAAANUoAgA9GAAAa5QAALdIAADT1gAAVfkGABc8AgBKXgIA1SgCAEIRAgBxhAoAxoQKABuFCgBwhQoAxYUKABqGCgBjRQIARw4AAOu9AQCMHgAARw4AAAf2AgBCEQIAcYQKAMaECgAbhQoAcIUKAMWFCgAahgoAb4YKAMSGCgAZhwoAbocKAMOHCgCjBQIAujkMABc8AgDyqQ4AFzwCAE4FAgBUpAcAjB4AAOEeAAA2HwAAGo8BAE6xAABrlAAAcdgLAMbYCwAb2QsAcNkLAEpeAgB8eQoAkhgAANPWAAC/jAkAMW0MAEcOAAB2hwIAJdAKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDXdwYALHgGAIF4BgDWeAYAK3kGAIB5BgBhPQwAnLEHAG/eBwAXPAIAY0UCAEcOAADrvQEATgUCAKMFAgC6OQwADzoMAGQ6DACq+QYA//kGAFT6BgBOBQIAQVwNAE6xAABVAAAATgUCAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwCVvAMA6rwDAD+9AwDNhwAAGo8BAGuUAADAlAAAFukAAM7ZAgBCvAEApqUJAPulCQBQpgkApaYJAPqmCQBPpwkAa5QAAOYYAQBVAAAAiBgKABc8AgBsPAIAOW8CANx1AwBOBQIAowUCAPgFAgBNBgIA3hUMADMWDAChqAsA9qgLAEupCwBx2AsAX0kCALRJAgAJSgIA2HMJAC10CQBHDgAAnA4AALecAQAbjwAAt0gAAOcSBgBV+QYAb94HAASYDgA9GAAAX0kCALRJAgAJSgIAcdgLAMbYCwAXPAIATgUCAFSkBwCMHgAA4R4AADYfAAA9GAAAX0kCALRJAgAJSgIAIX4LALhGAQANRwEA7rkCABqPAQBv3gcABJgOAE6xAAAgLQgATgUCABYzDAAxbQwARw4AAHaHAgBOBQIAoagLABTgCwBp4AsASl4CAHx5CgCSGAAA09YAAFX5BgAL5w0AG48AAFUAAABOBQIAowUCAPgFAgBNBgIA3hUMADMWDACiBgIAEEIDAFX5BgDLMgIAhxQPACAtCADNhwAATKUOAD0YAABrlAAADO0GAEcOAADLMgIAJSEPAHohDwAXPAIAY0UCAEcOAACcDgAAt5wBAO65AgB70AkAb94HAMTeBwCcsQcAb94HABc8AgBjRQIARw4AAOu9AQCMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAf2AgBU/gIAX0kCALRJAgAJSgIA67QKAEC1CgCVtQoA6rUKAD+2CgCUtgoA6bYKAD63CgCTtwoA6LcKAD24CgCSuAoA57gKADy5CgCRuQoA5rkKADu6CgCQugoATgUCALNADACcDgAAjRQJAOIUCQA3FQkAjBUJANjICQCdAgsA8gILAEcDCwA+CwwAFukAAM7ZAgDWHgsARw4AAHaHAgDLhwIA4xoCALecAQBtOQQAzdkDAN8eAgBOBQIAYT0MAJ5bBgBx2AsAa5QAANPWAABOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAB/YCAEK8AQCmpQkA+6UJAFCmCQClpgkA+qYJAE+nCQCkpwkA+acJAPKuCQAAAAAAAAAAAAAAAADrtQkAQLYJAJW2CQDqtgkAP7cJAJS3CQDptwkAPrgJAAAAAAAAAAAAk7gJAOi4CQA9uQkAyzAEADLHBgCHxwYAowUCALo5DAAPOgwAZDoMAAf2AgDsDwQAQRAEAPn2DwBO9w8Ao/cPAPj3DwDNhwAA4xoCALecAQCZVw8AowUCAKX8CAD6/AgAT/0IAHHYCwDG2AsAG9kLAHDZCwDF2QsAGtoLAG/aCwDE2gsAa5QAAD0YAACSGAAAa5QAAD0YAAA9GAAAkhgAAGuUAAA9GAAAt0gAAAf2AgBU/gIAqf4CALeTCgAMlAoAYZQKALaUCgALlQoAYJUKAKMFAgCl/AgA+vwIAE/9CADyqQ4AFzwCAE4FAgAbLgwAcC4MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANx1AwBOBQIA0h8OAAf2AgAAAAAATgUCAOMaAgA4GwIA2SYAANkmAAAuJwAAwJQAALCWDgBvjwEAQhECAE4FAgBBXA0A5xIGADwTBgCREwYAb94HAE4FAgDyqQ4AWpwJALdIAABOBQIAYT0MANkmAAC3SAAAJdAKAD4LDAAxcgcAPr8CAJO/AgAH9gIAYT0MAC11CACCdQgA13UIAOMaAgAYjAYAbYwGAMKMBgAXjQYAbI0GAJW5BgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwBAvAMASFgKAJ1YCgBhPQwAtj0MAAs+DABgPgwAC+wIANPWAABv3gcAwIUPALecAQCZVw8APRgAAJIYAAARQwEA2SYAALo5DAAPOgwAZDoMALk6DABAvQIAwJQAABbpAADO2QIAVP4CAKn+AgC3kwoA5hgBADsZAQBgPwsAtT8LAApACwBfQAsAcdgLAF9JAgC0SQIACUoCAG/eBwDmGAEAOxkBAGA/CwC1PwsACkALAF9ACwBx2AsAX0kCALRJAgAJSgIAb94HAOYYAQA7GQEAYD8LALU/CwAKQAsAX0ALACF+CwB2fgsAy34LACB/CwB1fwsAyn8LAB+ACwC3nAEADJ0BAFqiAwCvogMATgUCABuPAAAXPAIAt5wBANhzCQAtdAkARw4AAJwOAAC3nAEA7rkCAHvQCQChqAsAHTQEAHI0BADHNAQAHDUEAHE1BABOBQIA1h4LACsfCwC3SAAAazoFANx1AwBOBQIAowUCALo5DAAXPAIATgUCACF+CwB2fgsAy34LACB/CwB1fwsAyn8LAB+ACwAsJwIAgScCAMmIAwAeiQMAc4kDAMiJAwCjBQIAujkMAA86DABkOgwAuToMAKGoCwCq+gUA//oFAKGoCwD2qAsAS6kLAKCpCwCeWwYAIX4LAHZ+CwDLfgsAIH8LAHV/CwDKfwsAH4ALAMsyAgAxzQEARw4AAJwOAADmGAEAF44FALJLAgBOsQAAIC0IABqPAQBvjwEAQhECAE4FAgAhfgsAdn4LAMt+CwAgfwsAdX8LAMp/CwAfgAsAowUCALo5DAAXPAIATgUCAPAOAQB5zwwA08cPACjIDwBx2AsAxtgLABvZCwBw2QsAIX4LALhGAQBjRQIAuEUCAKX8CACGFg4Aa5QAAG/eBwBOBQIA09YAABqPAQCq+gUADEkAAE4FAgAAAAAATgUCAPKpDgAXPAIATgUCAKH7DQAAAAAATgUCAPKpDgAXPAIATgUCAKH7DQD2+w0A3hQNAJ5bBgAbLgwABJgOAFmYDgAj1AgARK0OAJmtDgAEmA4APRgAAE6xAABVAAAAqgAAAMeCCwAcgwsAcYMLAMaDCwAbhAsA5hgBABeOBQBMpQ4AA/sBAM2HAAAtdQgAgnUIACKIAABKXgIA8bIGAGY3DQBxhAoAFjMMAGszDADAMwwAFTQMAHHYCwDG2AsAG9kLAHDZCwDjGgIA3L8OAGuUAAA9GAAATgUCAKMFAgC6OQwADzoMAGQ6DAC5OgwAoagLAPaoCwBHqQ8AnKkPAPGpDwBGqg8Am6oPAJlXDwBv3gcAyzICAE4FAgBBXA0AazoFANx1AwBOBQIAQVwNAPygDQBjkAwAoagLAPaoCwBHqQ8AnKkPAPGpDwBGqg8Am6oPAKGoCwCq+gUAB/YCAFT+AgDTxw8AKMgPAH3IDwChqAsA9qgLAEepDwCcqQ8A8akPAEaqDwCbqg8AIX4LALecAQCZVw8AzYcAAJLBAQCMHgAA2HMJAKueCwAAnwsATgUCAEwJAAA9GAAA08cPACjIDwB9yA8AoagLAPaoCwBHqQ8AnKkPAPGpDwBGqg8Am6oPABuPAABwjwAAt0gAAOcSBgA8EwYAkRMGAGuUAADAlAAAFukAAM7ZAgC3nAEADJ0BAFqiAwCvogMATgUCAFSkBwCIawwATrEAACAtCABOBQIAowUCAKX8CAD6/AgAT/0IANIfDgAnIA4AQhECAHGECgDmGAEATgUCABqPAQBvjwEATgUCAGE9DABMpQ4A3HUDAE4FAgDyqQ4A2SYAAE4FAgBBXA0AYToPAGFJAAC2SQAAnA4AAFqcCQAXPAIATrEAAGuUAAC3nAEADJ0BAGs0CwDANAsAFTULAOi/AgDcdQMATgUCAKGoCwD2qAsAR6kPAJypDwDxqQ8ARqoPAJuqDwCZVw8Ab94HAE4FAgBCEQIAcYQKAOYYAQBBXA0AYToPAGFJAABCEQIAcYQKAOYYAQBHDgAATgUCAGE9DADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAGy4MABc8AgCwlg4A7rkCAHvQCQDQ0AkATgUCAKMFAgC6OQwADzoMAGQ6DAC5OgwAowUCALo5DAAXPAIATgUCADHNAQBv3gcA4xoCAE6xAACQtw0AkhgAABFDAQDZJgAAujkMAA86DABkOgwAuToMAEC9AgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAMXIHAKOxAAAveQIAhHkCANl5AgBv3gcABJgOANkmAADZJgAAujkMAA86DABkOgwAuToMAEC9AgDAlAAAFukAAM7ZAgC2PQwAt0gAAOcSBgClowwAOcUBACKIAABHWgkAG48AABc8AgBBXA0A/KANAGOQDACjBQIApfwIADW9DQCdYAIAgNEDANXRAwAq0gMAf9IDANTSAwAp0wMAftMDANPTAwDjGgIA3L8OANhzCQAtdAkARw4AAJwOAAC3nAEA7rkCAHvQCQBv3gcAB/YCAD0YAACSGAAAEUMBADYdAgDfFQsANBYLAIkWCwDeFgsAowUCAPRRDwBwjwAALB0MALdIAADnEgYAVfkGAByFCQC3SAAAJdAKAD0YAABHDgAAv5QBAFX5BgAchQkAzdkDACLaAwDYcwkALXQJAAAAAAAbjwAAGo8BABc8AgBjRQIAGy4MABc8AgCwlg4A7rkCAHvQCQBOBQIAlhICAOsSAgCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAAf2AgDYcwkALXQJAAAAAAAbjwAAGo8BABc8AgBjRQIASLIFAE4FAgDmGAEAOxkBAGA/CwC1PwsACkALAF9ACwAhfgsAuEYBAA1HAQDuuQIAGo8BAG/eBwAEmA4ARw4AAE4FAgAhfgsAdn4LAMt+CwAgfwsAdX8LAMp/CwAfgAsARw4AAFUAAAAj1AgACZsGANkmAAA5xQEAjsUBAOPFAQDSHw4ARw4AAHaHAgAl0AoAetAKABXjBwCrUwEAO2MMAAf2AgBCEQIA5hgBABXjBwA9GAAAt0gAAM2HAACySwIA5xIGAFX5BgAchQkATgUCAKMFAgD4BQIAOMcAALecAQBHDgAAjB4AAKb4CwDUywoA4xoCABiMBgCySwIAzYcAAC11CABOBQIA1h4LAJK0DgDntA4APLUOAC11CAAH9gIASl4CAJoEDADvBAwARAUMAJkFDAAajwEAY5oCALiaAgANmwIAa5QAAM2HAADNzg4ATgUCAPKpDgBanAkAt0gAAE4FAgDyqQ4A2SYAAE4FAgDmGAEAFeMHAGrjBwA7GQEAFzwCAMCUAADmGAEATLIBAKGyAQBfSQIAaI8IACXQCgBv3gcATgUCAOMaAgDcdQMATgUCAGE9DABMpQ4AkhgAABFDAQAMSQAAYUkAAM+CAwBOBQIAIX4LALhGAQANRwEAPmAMAJNgDADoYAwAQhECAJcRAgDyqQ4AC+cNAN4VDAAzFgwAJc8LAHrPCwBOBQIAowUCAPgFAgCf/wsA9P8LAEkADACeAAwA8wAMAEgBDACdAQwA8gEMACF+CwB2fgsAOW8CAAHzCwCMHgAA1h4LAJK0DgDntA4APLUOAE6xAAA+vwIA514PAEIRAgC/jAkAFI0JAKGoCwD2qAsAS6kLAOm1CwA+tgsAtjoPAGNFAgCtogUAnLEHAE4FAgAAAAAAfCIMAE4FAgC/jAkAzYcAAEylDgBv3gcAt5wBAJlXDwBv3gcA1h4LALaRDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDLMgIAB/YCAIwbAwDhGwMANhwDAPJfAwBHYAMAnGADAPFgAwBGYQMAYT0MALJLAgBhPQwAsksCAAAAAAAcLQwATgUCAG/eBwBPUgkA//MMAFT0DACp9AwA/vQMAAf2AgDjGgIA3HUDALdIAAAl0AoABPkCACAtCADNhwAAOW8CAL+MCQDNhwAAksEBAE4FAgCjBQIA+AUCAE0GAgCiBgIAkrQOAOe0DgA8tQ4APRgAALdIAADNhwAABvgBAE4FAgDWHgsAkrQOAOe0DgA8tQ4AVfkGAFqcCQBwjwAA67wCABsuDAAEmA4At0gAACXQCgAJmwYAt0gAACXQCgDNhwAAOW8CAGNFAgAbLgwABJgOALdIAAAl0AoACZsGALdIAAAl0AoARw4AAL+UAQAUlQEAaZUBAL6VAQBHAgwAnAIMAE4FAgDjGgIA3HUDAE4FAgBUpAcAv5QBABSVAQBplQEAvpUBAFUAAAC4RgEADUcBAOYYAQBMsgEAzdkDAIweAADhHgAAY0UCADHNAQA5wQUACZsGALdIAADnEgYAVfkGAOYYAQAXjgUAGo8BAG+PAQBsPAIAIogAAGuUAADjGgIAzYcAACKIAABKXgIATgUCAOYYAQA7GQEARw4AAHaHAgBOBQIA2HMJAC10CQDPgwIABpgMAD0YAAC3SAAATgUCAMqFBQA+vwIAk78CAOi/AgA9wAIAt5wBAM2HAACSwQEAdocCAA2ZBAAhfgsAuEYBAA1HAQA+YAwAk2AMAOhgDAA9YQwATgUCAMqFBQAfhgUA128OACxwDgCBcA4A1nAOACtxDgCAcQ4ATgUCANPWAAAajwEAqvoFAAxJAABOBQIA1h4LALaRDQALkg0AYJINAP/6BQDKhQUAH4YFACKHAQAxcgcAa5QAAEcOAADrvQEAyzICAOMNDwA4Dg8AO2MMAJBjDAAajwEAqvoFACXQCgBv3gcATgUCANPWAAAajwEAqvoFAAxJAABOBQIAyoUFAB+GBQAihwEAd4cBABuPAADjGgIAt0gAACXQCgDRdwwAJngMAF4/DQDZJgAAOcUBAI7FAQDjxQEA4WcMADZoDACLaAwA4GgMADVpDABV+QYAVfkGAAvnDQBBXA0A5xIGADwTBgCREwYAb94HAE4FAgDyqQ4AWpwJALdIAABOBQIAoagLAPaoCwDyqQ4A2SYAAGuUAABv3gcABJgOAG/eBwBOBQIAQVwNAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAKAACgAscgwAgXIMAEcOAAB2hwIAQVwNAOcSBgA8EwYAkRMGAG/eBwBOBQIA8qkOAFqcCQC3SAAATgUCAKGoCwD2qAsAAfwCAAScCgDrXA0Ae3gMANB4DAAleQwAenkMAM95DAAkegwAeXoMAM56DAAjewwAeHsMABeHDABshwwAwYcMABaIDAAB/AIA5xIGADwTBgCREwYA5hMGADsUBgCQFAYAoAAKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBhPQwA2SYAALdIAAAl0AoAPgsMAEFcDQD8oA0AY5AMAOMaAgDcvw4AYT0MAEylDgChpQ4AoagLAPaoCwBHqQ8AnKkPAPGpDwBMpQ4ATrEAAGuUAADyqQ4A2SYAAE4FAgDWHgsAkrQOAOe0DgA8tQ4ATgUCAHHYCwDG2AsAG9kLAHDZCwCLHQIAtpENAAuSDQDN2QMA1h4LALaRDQALkg0AzdkDAHHYCwDG2AsA5xgAANYeCwCStA4A57QOADy1DgCStA4A57QOADy1DgBrlAAAGo8BAO65AgB70AkATgUCABuPAABwjwAAHeEBAHLhAQDH4QEAHOIBAHHiAQDG4gEAG+MBAHDjAQAHlwwAXJcMALGXDABOBQIAG48AAHCPAADT1gAAgiYCANcmAgAl0AoAb94HAE4FAgDWHgsAtpENAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANkmAAAuJwAAwJQAABbpAADO2QIAQhECAJcRAgBv3gcATgUCAHHYCwDG2AsAG9kLAHDZCwCLHQIAtpENAPcGAgBMBwIAoQcCAPYHAgBOBQIAVKQHAIhrDABOsQAATrEAAGuUAABHDgAA09YAAIImAgD5TQ4ATk4OAHHYCwDG2AsAG9kLAHDZCwCLHQIAtpENAPcGAgBMBwIAoQcCAPYHAgBLCAIAtpENAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABBCAwAAAAAAPRgAABBCAwBlQgMAQVwNAPygDQBjkAwAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAGy4MAHAuDACkUgkA8qkOAKr5BgD/+QYAIX4LABqPAQBvjwEAVKQHADFrDgCGaw4AOW8CANhzCQAtdAkAraIFAAKjBQCIawwATrEAAE6xAABrlAAAa5QAAOMaAgDcvw4AYT0MAOMaAgC3nAEAraIFAJyxBwBOBQIAIX4LALhGAQANRwEAhsENANvBDQAwwg0AhcINANrCDQDyqQ4A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAHHYCwAD+wEAAFMCAOcSBgBrlAAARw4AAE4FAgDyqQ4A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAHHYCwAD+wEAAFMCAD0YAACSGAAA+FUHAGuUAAC3SAAAEEMCAGVDAgC6QwIA8A4BAANOBADyqQ4A4xoCADHNAQA5wQUACZsGALdIAABOBQIAFjMMAGszDADAMwwAFTQMAHHYCwDG2AsA5xgAAGE9DACySwIAB0wCAFxMAgCxTAIABk0CAFtNAgCwTQIA5hgBABXjBwC3SAAADEkAADFtDABv3gcATgUCAJlXDwBv3gcATgUCAHQrCwBV+QYAqvkGALdIAADnEgYAVfkGAByFCQAH9gIAG48AAHCPAADT1gAAKNcAAGw8AgDNzg4AXvYAAAj2AQB0KwsAySsLAPKpDgAchQkATgUCAGE9DACeWwYAdCsLAD0YAACSGAAA+FUHAGuUAAB0KwsAySsLAO65AgBDugIAmLoCAO26AgChqAsA9qgLAMSPAQBV+QYAC+cNAJ9eAgDT1gAAGo8BAKr6BQAMSQAAazoFAKueCwC3SAAADEkAANx1AwAsJwIAgScCANYnAgArKAIAgCgCAKMFAgD4BQIALXUIAEcOAABx2AsAEEIDAGE9DABPog4ApKIOAPmiDgBOow4Ao6MOAG+PAQBCEQIApaMMANkmAAAuJwAAwJQAAGNFAgA9GAAATrEAAGuUAADSHw4Asz0PAGE9DACMuw0AR1oJABuPAADNhwAALXUIACwnAgCBJwIAW0APALBADwD+Rw8AU0gPAKhIDwD9SA8AUkkPAKdJDwD8SQ8ADZkEAKGoCwAU4AsAaeALAHHYCwDG2AsAG9kLAHDZCwB0KwsAt0gAAGs6BQCrngsAa5QAAHQrCwDZJgAAOcUBAC11CABHDgAAjB4AAHQrCwDAiAwAazoFAKueCwC3SAAADEkAANx1AwDF2QsA+AUCAC11CABHDgAAItsCAAf2AgAH9gIAETgMAGY4DAC7OAwAEDkMAGU5DAByLAwAxywMAPKpDgAXPAIATgUCAHHYCwBrlAAAzYcAADlvAgBOBQIA1h4LACsfCwBv3gcATgUCAPKpDgDZJgAATgUCAKGoCwD2qAsA08cPAAufAAAbLgwAC+wIAGuUAABHDgAATgUCAHHYCwDG2AsAG9kLAHDZCwCLHQIAtpENAAuSDQDN2QMAYT0MAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAgMwIAq54LAACfCwBVnwsAqp8LAP+fCwBUoAsAqaALAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAB/AIA5xIGADwTBgCREwYAb94HAE4FAgDyqQ4AWpwJALdIAABOBQIA09YAAIImAgAajwEAqvoFAOcSBgBvjwEAQhECAE4FAgCjBQIAujkMABc8AgBOBQIA8qkOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCADAlAAAFukAAM7ZAgAWMg0AazINAMAyDQAVMw0AajMNAL8zDQAUNA0AaTQNAL40DQATNQ0AaDUNAL01DQASNg0AZzYNALw2DQARNw0ABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQA4BsEADUcBABCEQIAQhECABc8AgBjRQIAQhECANTLCgCySwIAJdAKAGuUAADAlAAAFukAAM7ZAgBVAAAA+KcKAE2oCgC3SAAAllwNAOtcDQDRdg0AJncNAB1/DgByfw4Ax38OAByADgBHDgAATgUCAKMFAgD4BQIATQYCAKIGAgDYcwkALXQJAEcOAADhZwwAt5wBALdIAABOBQIAVKQHAIhrDAAdfw4Acn8OAMd/DgAcgA4AAAAAAK1FDQBOBQIAowUCAPgFAgBNBgIAUfgLANYeCwCStA4A57QOADy1DgAchQkAa5QAAFSkBwCMHgAA9FMNAElUDQCeVA0ATgUCAPKpDgBBXA0AllwNAJpYDQDvWA0ARFkNAJlZDQDuWQ0AQ1oNAE4FAgDyqQ4At5wBALecAQCZVw8ACZsGALdIAADnEgYAb48BAP8AAAAYhA4ARw4AAE4FAgCVBw4AAkYNALdIAAAbjwAAVQAAAE6xAACjsQAAL3kCAIR5AgDZeQIA5hgBADsZAQBgPwsAtT8LAApACwBfQAsAzYcAADlvAgBv3gcAC+wIANPWAAA9GAAATrEAAKOxAAAveQIAhHkCANl5AgC3SAAAJdAKANF3DABJqgwAnqoMAPOqDABIqwwAnasMAPKrDACMHgAARw4AAAAAAAAAAAAAAAAAAMqFBQAfhgUAdIYFAOViDQA6Yw0Aj2MNAEcOAACcDgAAt5wBAJlXDwDLMgIAt5wBAAydAQBABg8Ab48BANkmAADT1gAAgiYCAK+XDgDjDQ8AwJQAABbpAADO2QIAb94HAASYDgDjGgIAOBsCAMY3AgBrOgUAUkwMAKdMDADuuQIAQ7oCAJi6AgBtOQQAb94HAMTeBwBS9A4A5xIGAFX5BgAchQkATgUCANPWAACCJgIAr5cOABBCAwBvjwEAQhECABsuDAAEmA4AWZgOAK6YDgADmQ4AWJkOAK2ZDgACmg4A5xIGAFX5BgAchQkATgUCANPWAACCJgIAr5cOABBCAwBvjwEAQhECAFSkBwCIawwAGo8BAKr6BQAl0AoA0XcMAAf2AgBBXA0AllwNAOtcDQDRdg0AJncNAHt3DQDQdw0AJXgNAKMFAgD4BQIATQYCAKIGAgDDhA0ACZ0EAF6dBAD2UwsAq54LADjABwAL7AgAWpwJALdIAABOBQIAAAAAAASYDgDAlAAAFukAAGvpAAAAAAAAAAAAAFSkBwCIawwAGo8BAKr6BQAl0AoA0XcMALScBAC2PA0ACz0NAARDDgCjBQIApfwIAPr8CABP/QgAAAAAAGuHDQBCvAEA2SYAADnFAQCOxQEAaOoCAAf2AgDWHgsAtpENAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAqHwwAfx8MANhzCQAtdAkAMc0BADnBBQAJmwYAt0gAAOcSBgBV+QYAHIUJAE4FAgChqAsA9qgLAKtTAQA7YwwAkGMMAOVjDAA6ZAwAj2QMAORkDAA5ZQwAjmUMAONlDAA4ZgwAYT0MAJ5bBgBx2AsAxtgLAPhVBwDSHw4A8GICAEVjAgCaYwIA72MCAE4FAgDWHgsAtpENAAuSDQBgkg0A//oFAMqFBQAfhgUAIocBAHeHAQA6tw4A5hgBABeOBQAajwEAb48BABBCAwBvjwEAQhECAE4FAgChqAsA9qgLAJG2DQDmtg0AwoQOABeFDgDEOQIAO7cNAA2ZBAAAAAAATgUCABuPAABwjwAAeyMMANAjDAAlJAwAeiQMAM8kDAAkJQwAeSUMAM4lDACStA4A57QOADy1DgDjGgIA3L8OALdIAADT1gAAa5QAAGuUAAA9GAAATgUCAEFcDQCWXA0A61wNAFUAAACqAAAA/wAAAA2ZBACRtg0A5rYNAA2ZBAC3SAAAxDkCADu3DQANmQQAAAAAAE4FAgBBXA0AYToPABqPAQDN2QMAItoDAHfaAwCWXA0A61wNAHt4DADQeAwAJXkMAHp5DADPeQwAJHoMAHl6DADOegwAI3sMAHh7DAAXhwwAbIcMAMGHDAAWiAwAa4gMAEpeAgCaBAwAb94HAD0YAABfSQIAzc4OAPgDBADfHgIANB8CAF72AAAI9gEA5L8GAD6/AgCTvwIA6L8CACKIAAAXPAIAtEIJAEcOAADrvQEAb48BABBCAwDN2QMA3x4CAO4FDABv3gcATgUCAKGoCwD2qAsAt0gAACXQCgDRdwwAJngMAKr5BgD/+QYADEEIALdIAAAQQwIA8qkOAByFCQBOBQIAVKQHAIweAAD0Uw0ASVQNAJ5UDQDVKAIAzYcAAC11CACCdQgA13UIAMqFBQA+vwIAk78CAOi/AgDjGgIAzYcAACKIAAC3nAEAzYcAAEpeAgD4pQwATaYMAKKmDAD3pgwATKcMAKGnDADYcwkAq54LAPhZAwBNWgMAPgsMABbpAACrngsAVQAAALdIAAAl0AoAAAAAAAAAAAAAAAAA4xoCANy/DgDZJgAAujkMABc8AgBjRQIAYT0MAC11CACCdQgATAkAAKEJAAAWMwwAMW0MAIZtDADNhwAA2SYAALdIAAAl0AoAPgsMAE4FAgBhPQwALXUIAIJ1CABMCQAAoQkAABYzDAAxbQwAhm0MANYeCwDNhwAAIogAACAtCABMCQAAoQkAABYzDAAxbQwAhm0MANYeCwDNhwAAIogAACAtCABMCQAAoQkAABYzDAAxbQwAhm0MAG05BABvjwEAv5QBAG+PAQAj1AgARK0OAJmtDgDurQ4AQ64OAAAAAACjBQIA+AUCAE0GAgBn4A0AvOANAE4FAgBBXA0AllwNAOtcDQAEQw4ASl4CAAAAAABOBQIAQVwNAJZcDQDrXA0ABEMOAFSkBwCIawwAGo8BAKr6BQAl0AoA0XcMACF+CwB2fgsA9lENAKMFAgD4BQIATQYCAMqFBQA+vwIAKNUCAE6xAABrlAAADO0GALecAQCZVw8Ab94HAKifDQD9nw0AUqANAKegDQD8oA0AUaENABsuDADAhQ8AFYYPAGw8AgCySwIA5xIGAFX5BgAchQkA1SgCAOYYAQBHDgAAQVwNAJZcDQDrXA0ABEMOACF+CwB2fgsA9lENAKMFAgD4BQIATQYCAFSkBwCIawwAGo8BAKr6BQAl0AoA0XcMAMsyAgDLMgIATPsNAE4FAgCjBQIA+AUCAE0GAgCiBgIAkrQOAOe0DgA8tQ4AowUCABc8AgC0QgkA5hgBAPKpDgAL5w0AoagLAEIRAgA9GAAAkhgAABc8AgBjRQIASLIFAE4FAgAbjwAAcI8AACwdDACBHQwA1h0MACseDACAHgwA1R4MABOKDQD0/Q0ASf4NAJ7+DQCtRQ0AIN4BAPRTDQBJVA0AnlQNAE4FAgAWMwwAMW0MAIZtDACaWA0A71gNAERZDQCZWQ0A7lkNAENaDQBOBQIAFjMMADFtDACGbQwAzYcAACKIAAAgLQgATgUCAFSkBwCMHgAA9FMNAElUDQCeVA0ATgUCABYzDAAxbQwAhm0MAEFcDQCWXA0AmlgNAO9YDQBEWQ0AmVkNAO5ZDQBDWg0ATgUCABYzDAAxbQwAhm0MAAAAAAAG+AEAt0gAABuPAAAXPAIAY0UCANIfDgBVAAAAqgAAAIwbAwDhGwMANhwDAIscAwDWHgsAtpENAPcGAgBMBwIAoQcCAPYHAgBLCAIA7RACANhzCQCrngsAyoUFAB+GBQB0hgUAcdgLAF9JAgC0SQIAAAAAANIfDgAnIA4AVpsOAKubDgAAnA4AVZwOAFH4CwAhfgsAdn4LAPZRDQAH9gIAVJ0OAKmdDgD+nQ4AB/YCAE4FAgAbjwAAcI8AABBCAwCq+gUA//oFADHNAQB3JQ4AVQAAABqPAQCq+gUAJdAKAD4LDADuuQIAGo8BAG+PAQD4WQMAzYcAAGY3DQBxhAoAIX4LALecAQDNhwAAsksCANkmAAC6OQwAFzwCAOYYAQBOBQIAVKQHAIhrDAAajwEAqvoFACXQCgCrngsAAJ8LAE4FAgCjBQIApfwIADW9DQCKvQ0A370NADS+DQCJvg0A3r4NADO/DQBhPQwA2SYAALdIAAAl0AoAPgsMAGDmDgC15g4ACucOAF/nDgC05w4ACegOAAHzCwBOBQIAowUCALo5DAAPOgwAZDoMAFSkBwConw0A/Z8NAFKgDQCnoA0AMWsOAIZrDgA5bwIAt0gAACXQCgBhPQwA4xoCAFX5BgAXPAIAt0gAACXQCgCIawwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAA9FEPAPgFAgBNBgIAogYCAF4/DQCzPw0ACEANALo5DAAPOgwAZDoMAFSkBwConw0A/Z8NAFKgDQCnoA0AMWsOAIZrDgA5bwIAt0gAACXQCgBhPQwA4xoCAFX5BgAXPAIAt0gAACXQCgCIawwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAA9FEPAF1ADQCyQA0AB0ENAJLBAQBOBQIAAAAAAE4FAgCjBQIA+AUCAE0GAgDeFQwAMxYMAAAAAADYcwkAq54LAACfCwAH9gIA1h4LAAztBgBh7QYAzc4OAPgDBACMHgAAb94HAAf2AgAajwEAb48BANkmAAC6OQwAztkCAGjqAgC96gIAQVwNAJZcDQDrXA0ABEMOAFlDDgBLUQ4AoFEOAPVRDgBX9AkArPQJAAH1CQDeFQwAMxYMANYeCwCStA4A57QOADy1DgBW9QkAw4QNAAmdBABenQQAnAMLALaRDQD59g8ATvcPAKP3DwD49w8AIX4LALecAQCZVw8AzYcAAJLBAQCMHgAA2HMJAC10CQCCdAkADUYCANIfDgAg3gEAdd4BAEK8AQC/jAkA7gUMAAztBgCCJgIAr5cOABBCAwBvjwEAQhECAGjqAgC96gIAQVwNAJZcDQDrXA0ABEMOAFlDDgBLUQ4AoFEOAPVRDgB2hwIAy4cCAEylDgBv3gcAxN4HADlvAgBv3gcA1SgCAFX5BgBanAkAa5QAAMCUAAAW6QAAztkCAH/UAQDU1AEAt5wBAJlXDwC3SAAAJdAKAEFcDQDNhwAAksEBAJG2DQAajwEAY5oCAG/eBwBOBQIAowUCAPgFAgBNBgIAogYCAFSkBwCIawwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAA9FEPAMl+DQAefw0Ac38NAMh/DQAdgA0A0h8OACcgDgB8IA4AMWsOAM54DgAjeQ4AeHkOAM15DgDHgA0AHIENAHGBDQBOBQIATgUCAAf2AgDmGAEA5hgBABeOBQA5bwIA3HUDAE4FAgAG+AEAW/gBALD4AQAF+QEAWvkBAK/5AQA9GAAAa5QAALdIAAA8wgEAb94HAFUAAAAj1AgAb94HALdIAADNhwAALXUIAE4FAgBBXA0AllwNAOtcDQAEQw4A+AUCAE0GAgCiBgIAVKQHAIhrDABOsQAATrEAAGuUAABHDgAA670BANkmAAD0UQ8A09YAAIImAgD5TQ4Aa5QAAMCUAABjRQIAQVwNAJZcDQDrXA0ATrEAAM2GAQB/1AEA1NQBALecAQCZVw8At0gAAEFcDQCWXA0A61wNAGE9DABPog4ApKIOAPmiDgBOow4Ao6MOAPijDgBNpA4AoqQOAAf2AgAAAAAAAAAAABqPAQDN2QMAkbYNADlvAgBrlAAAVQAAALhGAQBjRQIAz4MCAD6/AgCySwIAJdAKAE6xAAAAAAAAsz0PAKMFAgD4BQIATQYCAKIGAgA4xgEAWEMPAKifDQD9nw0AUqANAKegDQAH9gIAowUCAPgFAgBNBgIA3hUMADMWDADWHgsAkrQOAOe0DgA8tQ4AksEBAOfBAQA8wgEAkcIBAObCAQA7wwEAkMMBAEcOAAAsJwIAPRgAAE4FAgDWHgsAkrQOAOe0DgA8tQ4A8qkOADFyBwCGcgcA23IHADBzBwCFcwcA2nMHAC90BwBV+QYAt0gAAAxJAABhSQAAz4IDAE4FAgDWHgsAkrQOAOe0DgA8tQ4APRgAAG/eBwBPUgkAb48BAEIRAgAH9gIA1h4LALaRDQCVsQ4A6rEOAD+yDgCUsg4ARw4AAM2HAABzhgYAVQAAALecAQDjGgIAVfkGABc8AgBKXgIAn14CAMCUAAAW6QAAztkCALdIAAAQQwIAZUMCALpDAgCWBw0AlgcNAPAOAQBrlAAAwJQAABbpAADVKAIAKikCAH8pAgDUKQIAKSoCANUoAgDZJgAAOcUBAI7FAQAlzwsAes8LAAAAAAAB/AIABJwKAOtcDQAXhg0A+AUCAE0GAgCiBgIALCcCACwnAgBrlAAAzYcAAEylDgBOsQAAFzwCAGNFAgCtogUAsksCAOcSBgBV+QYAHIUJAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4XMAALJLAgDnEgYAzdkDANkmAACl/AgAa5QAAG/eBwBv3gcABJgOAFmYDgAj1AgARK0OAJmtDgAEmA4APRgAAE6xAADcdQMAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBVAAAAVQAAALecAQBtOQQATrEAAD6/AgCySwIA5xIGAFX5BgAchQkATrEAAM2GAQCisAIAYOYOACXQCgCrUwEAwd0LABbeCwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAPRgAAJIYAAD4VQcAt0gAAGs6BQBSTAwA5mwCAEcOAAC/lAEAa5QAAD0YAAC3SAAATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgAwHwYAhR8GANofBgAvIAYAhCAGANkgBgAuIQYAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAl0AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALdIAADNhwAAGo8BAG+PAQBrlAAAwJQAALecAQDNhwAAOMcAAHCPAAAsHQwAIC0IAHUtCACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAbTkEAG+PAQAQQgMAqvoFAOcSBgDNhwAALXUIAG05BADwYgIAzYcAALJLAgDnEgYAVfkGAByFCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALJLAgDNhwAAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAFzwCAGNFAgBHDgAAnA4AAFqcCQAXPAIATrEAAGuUAADZJgAAOcUBAI7FAQAlzwsAes8LAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAQhECAHGECgDGhAoAMc0BAG/eBwDjGgIATrEAAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDbHgYAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGABqPAQBjmgIAuJoCAA2bAgBimwIAt5sCAAycAgBHDgAAdocCAMuHAgCySwIAJdAKAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAMgrDAAdLAwAa5QAAKtTAQD59g8ATvcPAKP3DwD49w8ATfgPAKL4DwD3+A8Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAyCsMAB0sDABOsQAAzYYBAH/UAQDU1AEAt5wBAJlXDwC3SAAA5xIGAFX5BgAchQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAyCsMAB0sDADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAxIQMABmFDABuhQwAw4UMABiGDABthgwAwoYMAP5VAQDIKwwAHSwMABuPAABwjwAALB0MACAtCAB1LQgAyi0IAB8uCAB0LggAyS4IAE9SCQBV+QYAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAyCsMAB0sDABHDgAAbeQDAMLkAwCZVw8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDIKwwAHSwMAPgDBABNBAQAogQEAPcEBABMBQQAoQUEAPYFBABLBgQAoAYEAPUGBABKBwQA/lUBAMgrDAAdLAwA2SYAALecAQDcdQMA09YAAIImAgDcdQMARw4AAG3kAwDC5AMAmVcPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAyCsMAB0sDACbCwQA8AsEAEUMBACaDAQATgUCAAf2AgAMSQAAtTsPAAo8DwBfPA8AFzwCALRCCQDT1gAAgiYCAOMaAgC3nAEATgUCANYeCwC2kQ0A9wYCAEwHAgChBwIA9gcCAEsIAgAAAAAATgUCANhzCQAtdAkAz4MCAAaYDABbmAwAsJgMAAWZDABUpAcAkLcNAOW3DQA6uA0Aj7gNAOS4DQA5uQ0AVKQHAJC3DQDltw0AOrgNAI+4DQDkuA0AObkNANYeCwC2kQ0A9wYCAEwHAgChBwIA9gcCAEsIAgDSHw4Asz0PAGE9DACMuw0AR1oJABuPAADNhwAAYT0MAIy7DQBHWgkAG48AAM2HAAAtdQgATgUCANIfDgCzPQ8ACD4PAF0+DwCyPg8ABz8PAFw/DwCxPw8ABkAPABuPAAC3nAEAt5wBAE4FAgAbLgwAcC4MAMUuDAAaLwwAsJYOAG+PAQBCEQIATgUCAKGoCwCq+gUAJdAKAHrQCgBHDgAAa5QAANkmAAC3SAAATgUCAMqFBQAfhgUAdIYFABE2DgBmNg4AuzYOABA3DgBCEQIAv4wJABSNCQBOBQIAyoUFAB+GBQB0hgUAETYOAGY2DgC7Ng4AEDcOADjHAABHDgAAjB4AAG/eBwBOBQIA4xoCANx1AwAH9gIAIN4BAAg+DwArHwsAb94HAE4FAgDyqQ4A2SYAAE4FAgChqAsA9qgLAD0YAABrlAAAwJQAAE4FAgDWHgsAtpENAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQBUpAcAMWsOAIZrDgAgiAIAdYgCAE4FAgBBXA0AazoFAFJMDACnTAwA/EwMANIfDgAnIA4A0h8OACcgDgB8IA4A0SAOAMqFBQA+vwIA514PADxfDwCRXw8A5l8PADtgDwCQYA8A5WAPADphDwDSHw4AJyAOAGE9DADjGgIAVfkGAO65AgB70AkA1h4LALaRDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAIImAgD5TQ4ATk4OAEFcDQBhOg8AYUkAAGyQAwBwLgwAFzwCAGNFAgDPgwIAt0gAAE4FAgDKhQUAPr8CAOdeDwA8Xw8AkV8PAPKpDgDZJgAATgUCAEFcDQBhOg8AYUkAAKMFAgC6OQwAt5wBALecAQAMnQEA09YAABqPAQBvjwEAQhECAE4FAgDWHgsAtpENAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABuPAAAXPAIAsJYOAG+PAQBCEQIATgUCABYzDABrMwwATKUOAG/eBwC3nAEAbTkEAG+PAQBCEQIATgUCAPKpDgDZJgAATgUCAEFcDQBhOg8AYUkAANNyDwAocw8AfXMPANJzDwAndA8AfHQPANF0DwAmdQ8Ae3UPANB1DwAldg8AenYPAM92DwAsJwIAgScCALSSDgBMpQ4AkhgAABFDAQAMSQAAYUkAAM+CAwBOBQIA1h4LALaRDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA8qkOADFyBwCGcgcA23IHADBzBwCFcwcA2nMHAC90BwDdawwAMmwMAIdsDADcbAwAB/YCAAAAAAAAAAAAAAAAAE4FAgBx2AsA08cPACjIDwB9yA8AoagLAPaoCwBHqQ8AnKkPAPGpDwBGqg8Am6oPAGE9DACcsQcAb94HANx1AwDNhwAAOW8CAD0YAABOBQIAYT0MAJyxBwBv3gcAIX4LAD0YAADTxw8AKMgPAH3IDwChqAsA9qgLAEepDwCcqQ8A8akPAEaqDwCbqg8AYT0MAJyxBwBv3gcARw4AAHaHAgDLhwIALXUIAIJ1CABCEQIAcYQKAOYYAQBOBQIAoagLAPaoCwBHqQ8AnKkPAPGpDwBGqg8Am6oPAOMaAgA4GwIAEJQGAOu8AgC3nAEAmVcPAKGoCwD2qAsAR6kPAJypDwDxqQ8ARqoPAJcRAgBOBQIAQhECAHGECgDGhAoAcdgLANPHDwAoyA8AfcgPAKGoCwD2qAsAR6kPAJypDwDxqQ8ARqoPAJuqDwBVAAAAuEYBAA1HAQDuuQIAGo8BAG/eBwAEmA4AwJQAAAHzCwB2hwIAazoFAFJMDACySwIAJdAKAEIRAgDcdQMAB/YCAJsLBADwCwQARQwEAJoMBADT1gAAGo8BAKr6BQAMSQAATgUCANYeCwC2kQ0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgBBXA0A/KANAGOQDADYcwkALXQJAMCUAACrngsAAJ8LAE4FAgAhfgsAdn4LAPZRDQBVAAAA5hgBAE4FAgDWHgsAkrQOAOe0DgAAAAAAPLUOANdvDgAR6gQAF44FAEylDgBv3gcATgUCAKMFAgD4BQIATQYCAKIGAgDT1gAAGo8BAKr6BQAMSQAATgUCANYeCwC2kQ0AC5INAGCSDQD/+gUAyoUFAB+GBQAihwEAfCIMANEiDADRIgwA+6ENAEK8AQCmpQkA+6UJAFCmCQCbVg4A8FYOAFUAAAC4RgEADUcBAD5gDACTYAwA6GAMAD1hDABOBQIAyoUFAB+GBQDXbw4ALHAOAIFwDgDWcA4AK3EOAIBxDgBtOQQApaMMAPqjDAAJmwYA3HUDAE6xAACjsQAAVfQLAKr0CwD/9AsAJc8LAHrPCwBrlAAAwJQAABbpAADO2QIAQhECAJcRAgDNhwAAYToPAGFJAADPggMAJIMDAGE9DAC2PQwACz4MAEFcDQCWXA0A61wNABeGDQD4BQIATQYCAN4VDAAzFgwA/KANAGOQDABUpAcAjB4AAGuUAABBXA0AYToPAGFJAACjBQIA9FEPAElSDwCeUg8A81IPAFSkBwAxaw4AhmsOACCIAgB1iAIATgUCAEFcDQBrOgUAUkwMAKdMDADYcwkALXQJANIfDgAXPAIAq54LAACfCwBOBQIA5hgBABeOBQDuuQIAe9AJALo5DAAXPAIATgUCAOYYAQA7GQEAFzwCAGNFAgChqAsA9qgLANkmAAC6OQwAFzwCAOYYAQAXjgUAsksCAOcSBgBV+QYAa5QAAAmbBgCKbwYAt0gAAOcSBgBV+QYAHIUJAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCALo5DAAXPAIATgUCAEFcDQDNhwAAksEBAGE6DwBhSQAAz4IDACSDAwBljA4AZI0OALmNDgAOjg4AowUCAPgFAgBNBgIAZ+ANALzgDQBOBQIAQVwNAJZcDQDrXA0AItILAHfSCwDM0gsAIdMLAHbTCwDL0wsAINQLAHXUCwAo1AMAfdQDANdvDgAscA4AGOUCAG3lAgCZVw8A58EBAHEpEADGKRAAdocCANx1AwDcdQMAQL4BAEZUEABphREAb94HABc+AAAbKhAAcCoQAEZUEAA4DRAAX0sAAE/0EQBphREAb94HAGmFEQBphREAb94HAEZUEAAheBEAaYURAE/0EQBCEQIA4R4AAPAOAQBP9BEA8A4BAPZOEAD2ThAAb94HAASYDgDgHwAA8A4BAOLHAABIsgUA6AcQAOgHEABphREASLIFAGmFEQD0Uw0AdiQQAMskEABArxAAcSkQAMYpEABI/BAAT/QRAEwJAABGVBAAdiQQAMskEADwDgEAJSAQAJlVEQDuVREA2WsQAEIRAgD2ThAAnVIQAPJSEABxKRAAxikQAPT6EADmGAEAsz0PAPZOEADIJxAA9k4QAByFCQA8shEAQK8QAEZUEAAnHREAaYURAEwJAABMCQAAYTkQALY5EAALOhAAT/QRAEcOAADCLRAAFy4QAMItEAAXLhAAzXcQAE/0EQBjkAwAaOoCAG/eBwAgLQgAb94HAGE5EAC2ORAAspERAPAOAQBhORAAtjkQALKREQDhHgAAcSkQAMYpEAAJSgIATgUCABTgCwBGVBAAB/YCALdIAAD2ThAAY5oCAG/eBwBGVBAAaz0CAMItEAAXLhAA9k4QABgtEABtLRAAwi0QAAJCEQDCLRAAAkIRAKBOEQD2ThAAXD4QAGA6EAC1OhAAJSAQAGA6EAAAAAAATgUCAGE5EAC2ORAAYTkQALY5EABhORAAtjkQAGwuEABArxAAZ9wRALzcEQDLMgIAGC0QACUgEADCLRAAFy4QAMsyAgBv3gcATgUCAE/0EQBOBQIAEN4RALs0EABg4xEARlQQAEZUEAANmQQADZkEAA2ZBAAH9gIALXUIANy/DgCtngkA3L8OABA3DgAQNw4At0gAAACeDAD3TBEAXvYAAEcOAABHDgAAAkMQAF88DwBe9gAA9k4QAEcOAABfPA8A9k4QAPZOEAD2ThAA9k4QAPZOEAAlIBAAJSAQAPZOEAD2ThAA9k4QAPZOEAD2ThAA9k4QACUgEAAlIBAAJSAQAPZOEAD2ThAA9k4QACUgEAAlIBAA/EgQACUgEAAlIBAA9k4QAE4FAgBOBQIA+EwQABfcDABOBQIAT/QRABc8AgCmpQkATgUCAEcOAABHDgAA9k4QAPZOEAC3nAEAYOMRAGE5EAC2ORAAB/YCAEZUEABP9BEARw4AAElREABOBQIA6b4CAIweAADcdQMAv4wJAD0YAABv3gcAtUIIAG/eBwB2eBEARlQQAIHCEQBg4xEARw4AAJBtAgDT1gAA09YAANPWAABP9BEA09YAALZHAgDNzg4AT/QRAJBtAgBP9BEA72MCAMCDEQB9cREA0nERAJdYEABP9BEAY+ARALjgEQB23AIA8A4BAE/0EQBUnA8ATAkAAE/0EQBVAAAAPRgAAASYDgA4DRAA3HUDAFs+EQBVAAAAwIMRAEwJAABMCQAATAkAAEQAEQBGVBAAOA0QAHaHAgDcdQMA4GQQACPZAwCRwAMAKxkRAGKTCgCk9BEAnLEHACUgEACZVREA7lURAMZ9EQCUvQMAYTkQALY5EACykREAIngQACUgEABP9BEAx4gFAJW8AwDvqhAAJSAQAPZOEAD2ThAAYTkQALY5EAD2ThAAnVIQAPJSEACcDgAARlQQAE/9CACZVw8ARlQQAKtDEQCrQxEARlQQAEBZEQCgTxAAUv8DAEZUEADYbBAASLIFAE/0EQBOBQIAOA0QAE/0EQBOBQIARlQQAGDjEQCdUhAA8lIQAE4FAgDIhwUAwysRAHQrCwBP9BEAkBQGAE/0EQCgAAoAYo0QAOAfAABGVBAA2GwQAC1tEACMDREAT/QRAHaHAgCZVw8ARlQQACF4EQBe9gAAwysRAO+qEABfQAsA97IAAOMaAgAlIBAAmVURAO5VEQBhORAA9E8RAK1FDQCd/BAAOA0QAEcOAADwDgEAeXYQAKH4EAD2+BAAjA0RALdIAAAlIBAAmVURAO5VEQDGfREAG34RAIwNEQC3SAAAjA0RALdIAACCGBAAGIIQAE/0EQBOBQIAT/QRAE4FAgBGVBAAIXgRAECvEABGVBAAhWoQANpqEAAvaxAApvMQAE4FAgBjkAwADY0QAEZUEAD2ThAAnVIQAPJSEAC1jxAA9q4FADgNEAA8shEAaeALAKT0EQD2ThAApPQRAPZOEAD9nBAAUp0QAKedEACFahAA2moQAC9rEACEaxAA7AIRAP2cEABSnRAAp50QAIIYEAD8/gQAJSAQAJlVEQDuVREAxn0RABt+EQBGrwoAT/QRAHaHAgDcdQMAT/QRAMMrEQA4DRAADZkEAJW8AwAl0AoA9k4QAJ1SEADyUhAA4Q0RAOAfAAAlIBAAmVURAO5VEQBP9BEAB/YCAMZ9EQAbfhEAfHoJAIwNEQC3SAAAVJsQAKmbEAD+mxAAcH4RAJAUBgBUmxAA9k4QAItjEQAlIBAApPQRAPZOEACdUhAApPQRAJlXDwBOBQIAYOMRAJ1SEADyUhAAz38GAEZUEAAheBEAT/QRALk6DABGVBAAT/QRAA1CBgAdfBEAJSAQAKT0EQDCLRAAFy4QAG/eBwDx/RAA/ZwQAFKdEACnnRAAYOMRAJ1SEADyUhAA4GQQAHaHAgCZVw8AHXwRAE/0EQCZVw8ATgUCAAFDEQBv3gcA7rkCAB18EQByfBEAx3wRAIIYEADwDgEARlQQAE/0EQD8oA0AOA0QAAHzCwAlIBAAHXwRACUgEAAdfBEA9k4QAKT0EQCk9BEApPQRAPZOEACdUhAA8lIQAIVqEADaahAAL2sQAM8fEQBwfhEAxX4RAMMrEQDgHwAAhGsQAHd4EAAdfBEAcnwRAMd8EQAcfREAYOMRAKBPEABJ+hEA0XMQACZ0EABJ+hEAVJsQAB18EQAlIBAAmVURAO5VEQAlIBAAmVURAO5VEQBP9BEAlFoRAD4LDABP9BEAmVcPAE/0EQBRpwcAOA0QAE4FAgBIsgUA8A4BAEZUEABAWREAoE8QAE/0EQAAAAAAb94HAAAAAAD59BEARlQQAEBZEQCgTxAAT/QRAAAAAABv3gcAAAAAAE/0EQBP9BEAdocCAE/0EQB2hwIAT/QRAHaHAgD59BEAT/QRAKtDEQCk9BEA9k4QAPZOEACdUhAA8lIQAEZUEAAAAAAAIXgRAGOQDAAlIBAAmVURAO5VEQDlXxAAT/QRAMCDEQC3SAAA5QkRAPRPEQCcsQcAllgRAOtYEQCykREA3HUDAB18EQByfBEAx3wRAEZUEABGVBAA9k4QAJ1SEADyUhAAjBUJAAAAAAAW2RAAa9kQAMDZEAC1QggAi2MRAOBjEQA1ZBEAT/QRAIIYEAA+CwwAQrsCAJlXDwBGVBAAT/QRAFs+EQAyGQoAghgQAE/0EQAchQkAQK8QAGE5EAC2ORAAwi0QABcuEAAlIBAAmVURAO5VEQD4WQMARlQQAE/0EQBAvAMA9k4QAPZOEACdUhAA8lIQAG/eBwDgHwAA9k4QAEpPEQD2ThAAnVIQAPJSEAAJ5REAAAAAACUgEACZVREA7lURAEZUEADYbBAALW0QADgNEABGVBAAvo0JAMMrEQA4DRAAkBkBAAAAAABP9BEAwysRADgNEACQGQEAXecQACUgEACZVREA7lURAEBZEQCgTxAAT/QRAEZUEAD2ThAAnVIQAPJSEABP9BEA3HUDAMEtEQBOBQIA/fEQAPZOEABe9gAA4hQJALdIAACBwhEA3HUDAEiyBQBP9BEAwJQAAKtDEQD4WQMAmqoQAE4FAgBOBQIARlQQALKREQC14xEA8A4BAECvEABOBQIA9PoQAKr6BQDYbBAALW0QAJqqEABvjwEAXecQALLnEAAH6BAAb94HAAAAAAAAAAAAAAAAAE/0EQDDKxEAAAAAAAAAAAAAAAAA9PoQAJUEEQC3SAAATgUCAPAOAQBP9BEAwIMRAMMrEQBv3gcA9k4QAO+qEADvqhAA9k4QAKBPEABo6gIAA+sRAJlVEQDuVREAxn0RABt+EQA8shEAYOMRAKBPEAANmQQAJSAQAHogEAANmQQAa5QAALdIAADxsQcAT/QRAM2HAADxsQcApPQRAJAJEQCaqhAAYTkQALY5EABsLhAA2GwQAC1tEABhORAAtjkQAGwuEADYbBAALW0QALdIAAC3SAAAYo0QAEK8AQCLYxEA4GMRADVkEQCMDREAT/QRANx1AwD2ThAAT/QRAEC8AwB0ehEATgUCAPZOEACdUhAA8lIQANsTEQAwFBEADZkEAA2ZBABP9BEAQLwDAEC8AwDIhwUAAUMRADgNEAAAAAAAT/QRAE/0EQBrlAAARlQQAEC8AwCUWhEATgUCAE/0EQAnHREATAkAAGbkCgBCEQIAeCERAM0hEQBVAAAAVQAAAJAUBgBGVBAATgUCAE/0EQBP9BEAPRgAACUgEACZVREA7lURAEinEAC5OgwAlL0DAPZOEACdUhAA8lIQANIfDgBhORAA9E8RAFdCEQAnHREAHIUJACcdEQAnHREAb94HAD0YAABhORAA9E8RALY5EAAlIBAARlQQACcdEQB8HREA0R0RADyyEQAcKBEARlMRAPZOEABAvAMARlQQAE6oCQBHrwkAAAAAAO0BEQBCAhEAAAAAAAAAAACSuQkA3McGALk6DABGVBAAT/QRAE/0EQCrQxEAt0gAAEZUEABP9BEAsz0PAEZUEADwDgEATgUCAEZUEAA+WxEAPRgAAPZOEACdUhAA8lIQAE/0EQBOBQIAT/QRAE4FAgBP9BEA8A4BAGE4EQDwDgEATgUCAE/0EQBMCQAAYTgRAEwJAACUWhEAHIUJAGE4EQAH9gIAAAAAANx1AwALOREA3HUDAE/0EQCUWhEAPwQSAEZUEAA/BBIAT/QRAD8EEgD2ThAAnVIQAPJSEABP9BEAVpsOAPAOAQA4DRAARw4AAEcOAAA4DRAAmVcPAJRaEQAH9gIAJSAQAJlVEQDuVREA9k4QAJ1SEADyUhAATgUCAGNFAgBP9BEATgUCAE/0EQBGVBAAGCwRAE4FAgBOBQIASLIFANDQCQA8shEARlQQAEwJAABP9BEAYTgRAE4FAgDCLRAAFy4QAM13EACzPQ8AkGMMAEZUEAC3SAAA7rkCALdIAABg4xEAnVIQAPJSEABGVBAA+EsRAG/eBwDcdQMAPWEMAAf2AgCcpxEA9E8RADjGAQBOBQIARw4AAAAAAAAB8wsAAAAAAAJCEQBPShEApEoRAPlKEQBP9BEAYOMRAJ1SEADyUhAATgUCAEwJAAANmQQADZkEADyyEQBOBQIAJSAQAE4FAgBGVBAAB/YCAEZUEACbYQMAwIMRAMCDEQDSHw4ARlQQAE/0EQBOBQIAYTkQALY5EABg4xEAnVIQAPJSEABg4xEATgUCAG/eBwBP9BEAb94HAE5LEQBHAgwAHIUJAEwJAAA8shEAYpkEAHnKEQB3hwEAXvYAAE/0EQDCLRAAFy4QAIppDACcpxEAS6kLAE4FAgDjYBEATgUCAEupCwC8hxEAjWERAGuIDAAg3gEAJSAQAJlVEQDuVREATgUCAE/0EQBP9BEAYOMRAHaHAgB2hwIAYOMRAGDjEQBv3gcAEjMQAGczEADdZhEAr0AQACUgEAD2ThAAoE8QAOwRAgBhPQwA670BAGA6EAAlIBAAZUIDACDeAQDIhwUA+VIJAFT6BgBCEQIAt0gAAFejBQBv3gcAT/QRAJlXDwBPnxEA6b4CAFVTAgDpvgIAVVMCAAVOAgB0KwsApPQRAEK7AgBP9BEATAkAAE4FAgAEQRAAjB4AAGVCAwAQ3hEATgUCAE/0EQA8shEATPcRAGKZBABP9BEAB/YCAAf2AgAH9gIAB/YCAEZUEABGVBAAP1oRAKBPEADtVhEATAkAALdIAAB2hwIAmVcPACUgEACZVREA7lURALVCCAD2ThAAnVIQAPJSEABwfhEAxX4RANhsEAAtbRAA2GwQAC1tEAD2ThAAaOoCALyHEQCNYREAcYAOAGE5EAC2ORAAcYAOAAJGDQBhORAA+0gRAGDjEQBKTxEAT/QRAE4FAgDZJgAA2SYAAEIRAgDVKAIA6AcQAMKBEQCWBw0AIXgRAE4FAgBP9BEATgUCACZ4DACEahEArUUNAE4FAgBOBQIATgUCAORjDQBhnQEAujkMAG3WEQD2ThAAQhECAPxMDABt1hEAB/YCAG3WEQAH9gIARlQQAE4FAgBOBQIAvIcRAI1hEQBP9BEAYTkQALY5EACykREAAJ8LAE4FAgBOBQIATgUCAM13EABOBQIAxH8RAFlDDgBHDgAAwIcNAMItEABGVBAAJSAQANQfDABLqQsACeURAAAAAABLqQsAbYQOAKecEQBshQ4A/JwRAECvEABFVBEAYOMRAKBPEAC8hxEABEMOAOgHEABArxAAp5wRAECvEAD8nBEAQK8QALyHEQCNYREAimQRAFUAAAAL7AgAt0gAAGM3EABHDgAATgUCAEupCwCNYREATgUCAFdCEQBKXgIArpURAMHXEQAW2BEA3HUDAACfCwBv3gcATgUCAE4FAgBOBQIAT/QRANttDADbbQwA220MANttDABCEQIAQhECAJiuDgBOBQIAYTkQAPSkEQC8hxEAFNoRAE4FAgC8hxEAWUMOAE4FAgBphREAto0RAGE5EAALjhEATgUCAK2WEQAClxEAHtARAFeXEQBOBQIATgUCALyHEQBZQw4AaYURALaNEQBhORAAC44RAE4FAgBM+w0A6q4RAGE5EAC2ORAAYOMRAKBPEABOBQIAnKcRADyyEQA8shEAXvYAAJxSEQA+sBEARlMRAHXeAQDbbQwA220MANttDADbbQwATgUCAK6VEQCYVxAAYDoQALM8EAAAnwsAETYOAAlKAgBp2hEA+0gRAGmFEQBGVBAAaNsRAEZUEAA8shEAB/YCAJYHDQCWBw0ATgUCALk6DACtlhEAApcRAG/eBwBv3gcASVIPAGE5EAC2ORAAuToMAK2WEQAClxEAb94HAG/eBwBJUg8Aw4ARABiBEQBhORAA9E8RAKBOEQAAAAAARlQQAE/0EQBGVBAAaOoCAPZOEAC8hxEASlIOAI4LEQD0TxEAgsERAHXOEQBg4xEASk8RAAf2AgDjCxEAspERACXQCgBP9BEAYkYCAFUAAABt1hEAvIcRAEpSDgC3SAAA9k4QAG/eBwBOBQIAYTkQALY5EABJUg8AfCAOAAf2AgAH9gIAQrwBAEK8AQBCvAEAQrwBAAf2AgBGVBAAQrwBAE4FAgBOBQIATgUCAAAAAAAAAAAAvIcRABTaEQBhORAAtjkQAElSDwBOTg4AT/QRALyHEQAl0AoAT/QRALyHEQAQ3hEARlQQAE4FAgBOBQIA3HUDAD0YAABv3gcAa5QAAE4FAgCulREAwdcRABbYEQBr2BEAwNgRABXZEQBq2REAB/YCAGE5EAC2ORAAbC4QAK2WEQAClxEARlQQAGE5EAD0TxEAE4YRAGDjEQCdUhAAGC0QAIEnAgDCgREAut4RAA/fEQBk3xEAud8RAGDjEQCgTxAAhHQHAGDjEQBGVBAAtuIRAAf2AgCZVw8Ab94HAPZOEAA8shEA8A4BACF4EQDwDgEAIXgRAMItEAACQhEA8A4BAE4FAgC8hxEAjWERAGE5EAC2ORAAgScCACzCEQAswhEAgScCACUgEAAlIBAAJSAQAP2cEAAlIBAAJSAQACUgEAAlIBAAwi0QAAJCEQAlIBAA/ZwQACUgEACYVhEAJSAQAJhWEQAlIBAAmFYRAItjEQCYVhEAJSAQAJhWEQAlIBAAmFYRANxoEACYVhEAJSAQAJhWEQCFahAA2moQAAs6EABOBQIAPLIRAE4FAgAH9gIARlQQAD0YAACZVw8AYDoQADJnEQBRnREAUZ0RAGA6EAC1OhAALXUIAPj1EQAH9gIAB/YCAEcOAABHDgAA6FwQAEZUEAB13gEAJSAQAE/0EQB8IA4ASfoRAHwgDgBP9BEAJSAQADgNEABP9BEAOA0QACUgEACZVREAOA0QAJz8EQDx/BEAJSAQAAf2AgDkXxEARlQQAE4FAgBOBQIATgUCAD8EEgBOBQIATgUCAE4FAgA/BBIATgUCANd1CAA/BBIAT/QRAJuqDwBOBQIATgUCAD8EEgBGVBAAhWoQANpqEAAvaxAAJSAQAP5VAQBphREAto0RAE4FAgBg4xEAoE8QAGE5EAC2ORAAspERAHeHAQAmIwwAgMMRAHnKEQCZVw8AUkcRAAJCEQCgThEArUUNAPZOEABKTxEArUUNAE/0EQAtdQgA5V8QAD5bEQC8hxEAjWERAGE5EAD0TxEAgsERAE/0EQA4DRAA/EwMAD0YAABP9BEAHIUJAGE5EAC2ORAAspERAJG2DQDlXxAAG9MRAGE5EAD0pBEAvIcRAARDDgBP9BEA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAAAAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAAMAAAQAAIAAAIB0BAIQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAACAAAAAACAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAQMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAANAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAANAAAQAAIAAAIB0BAoQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAEQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQABIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAADAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAA"},"index":{"lists":[[12,13,96,98,99,100],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,73,74,76,77,78,79,80,81,82,83,84,85,86,87,91,92,93,94,96,98,99,100,104,109,110,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,251],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,46,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,69,73,74,76,77,78,79,80,81,82,83,84,85,86,87,90,91,92,93,94,96,98,99,100,104,109,110,116,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,191,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,240,241,242,251],[4,12,13,18,66,89,96,98,99,100,197,237,240,257],[12,13,18,96,98,99,100,128,129,130,243,244,245,246,247,248,249],[5,6,12,13,96,98,99,100],[12,13,65,67,96,98,99,100],[12,13,96,98,99,100,230,250],[9,12,13,78,96,98,99,100,109,110,135,136,163,164,230,235,236],[9,12,13,96,98,99,100,128,129,130],[9,12,13,64,71,76,79,83,84,96,98,99,100,120,128,129,130,131,148,167,168,170,174,182,184,190,192,193,194,195,206,214,215,216,223,251],[12,13,26,27,28,34,35,96,98,99,100,108,173,186,229],[12,13,96,98,99,100,132,263],[11,12,13,96,98,99,100],[1,9,12,13,18,19,96,98,99,100,128,129,130,157,158,175,217,221,222,251],[9,12,13,18,21,96,98,99,100,128,129,130,134,157,158,217,221,222,251],[9,12,13,16,17,18,43,96,98,99,100,128,129,130,157,158,198,217,221,222,234,251],[5,9,12,13,18,29,96,98,99,100,128,129,130,157,158,159,185,217,221,222,239,251],[0,2,8,9,10,12,13,14,16,18,32,33,36,37,93,96,98,99,100,128,129,130,151,157,158,159,169,172,198,200,217,218,221,222,225,228,231,251,252,255,258,259,262,264],[3,4,9,12,13,18,20,23,32,36,37,39,46,49,50,72,75,94,95,96,98,99,100,104,106,112,113,115,121,128,129,130,133,138,141,144,151,157,158,159,166,171,178,180,181,187,198,199,210,213,217,221,222,251,260,265],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,15,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251,256],[9,12,13,18,92,96,98,99,100,128,129,130,157,158,159,165,217,221,222,241,251,253,254],[9,12,13,18,87,95,96,98,99,100,107,111,122,128,129,130,153,157,158,166,202,217,221,222,241,251],[9,12,13,18,22,46,96,98,99,100,106,114,128,129,130,143,144,157,158,177,217,221,222,251],[8,9,12,13,18,38,70,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,14,18,22,52,96,98,99,100,128,129,130,143,157,158,217,221,222,251],[9,12,13,18,24,25,45,57,96,98,99,100,105,117,119,123,128,129,130,139,145,146,147,149,150,152,157,158,162,183,188,189,201,204,209,211,212,217,221,222,232,238,251],[9,12,13,17,18,19,60,96,97,98,99,100,128,129,130,157,158,217,221,222,251],[6,9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,22,96,98,99,100,128,129,130,157,158,217,221,222,251],[12,13,96,98,99,100,103,118,124,125,126,127,142,203,205,261],[12,13,68,96,98,99,100],[9,12,13,18,30,31,96,98,99,100,128,129,130,217,221,222,251],[12,13,40,96,98,99,100],[12,13,41,42,44,47,48,96,98,99,100],[12,13,51,55,56,58,96,98,99,100],[12,13,54,77,96,98,99,100],[12,13,54,96,98,99,100,101,102],[12,13,54,78,80,96,98,99,100],[12,13,54,96,98,99,100],[12,13,59,61,63,77,96,98,99,100,224],[12,13,62,96,98,99,100,161],[12,13,77,96,98,99,100,224],[12,13,78,80,86,96,98,99,100,242],[12,13,80,96,98,99,100],[12,13,85,91,96,98,99,100,224,242],[12,13,88,96,98,99,100,196],[12,13,96,98,99,100,160],[12,13,96,98,99,100,224],[12,13,96,98,99,100,242],[12,13,82,96,98,99,100,227],[4,12,13,18,82,96,98,99,100,227,237,240],[12,13,18,82,96,98,99,100,207,208,227],[5,6,12,13,82,96,98,99,100,227],[12,13,82,96,98,99,100,227,230],[9,12,13,78,82,96,98,99,100,109,110,227,230,235,236],[9,12,13,82,90,96,98,99,100,207,208,227],[9,12,13,64,69,73,74,76,79,81,82,83,84,96,98,99,100,167,168,179,190,191,194,195,207,208,227,251],[12,13,82,96,98,99,100,227,229],[1,7,9,12,13,18,19,82,96,98,99,100,207,208,217,219,220,221,222,227,233,251],[9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[9,12,13,16,17,18,43,82,96,98,99,100,198,207,208,217,219,220,221,222,227,234,251],[5,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[2,8,9,12,13,14,16,18,82,93,96,98,99,100,159,198,207,208,217,219,220,221,222,226,227,251],[4,9,12,13,18,46,49,50,82,94,96,98,99,100,104,137,141,159,198,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,176,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,15,18,82,96,98,99,100,116,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,92,96,98,99,100,159,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,82,87,96,98,99,100,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,46,82,96,98,99,100,143,207,208,217,219,220,221,222,227,251],[8,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,14,18,82,96,98,99,100,137,140,143,207,208,217,219,220,221,222,227,251],[9,12,13,18,57,82,96,98,99,100,137,162,189,207,208,212,217,219,220,221,222,227,251],[9,12,13,17,18,19,60,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[6,9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[12,13,68,82,96,98,99,100,227],[9,12,13,18,82,96,98,99,100,207,208,217,221,222,227,251],[12,13,40,82,96,98,99,100,227],[12,13,41,42,44,47,48,82,96,98,99,100,227],[12,13,55,56,58,82,96,98,99,100,227],[12,13,53,54,77,82,96,98,99,100,227],[12,13,54,82,96,98,99,100,227],[12,13,54,78,80,82,96,98,99,100,227],[12,13,59,61,63,77,82,96,98,99,100,154,224,227],[12,13,62,82,96,98,99,100,161,227],[12,13,77,82,96,98,99,100,224,227],[12,13,78,80,82,86,96,98,99,100,156,227,242],[12,13,80,82,96,98,99,100,227],[12,13,82,85,91,96,98,99,100,224,227,242],[12,13,82,96,98,99,100,155,227],[12,13,82,96,98,99,100,156,227],[12,13,82,96,98,99,100,160,227],[12,13,82,96,98,99,100,224,227],[12,13,82,96,98,99,100,227,242]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94,112,113],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,116,117,119,122,128],[5,6,12,13,65,67,68,69,75,122],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,123],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,118,121],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,115,120,126,128],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108,115],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,125],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91,114],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,116,117,127],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,124],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,25,26,27],[2],[1],[3,13,21,24],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,0,0,0,0,3,0,4,0,0,5,5,5,5,5,5,5,5,5,5,0,0,0,0,3,0,0,3,3,2,6,7,3,3,3,3,3,3,3,3,3,3,3,3,3,3,8,3,3,3,3,3,3,3,0,0,0,3,0,3,3,9,3,10,9,3,3,3,3,3,3,3,3,3,3,3,3,3,11,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,3,0,4,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,3,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,3,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var RUBY_CONNECTION_WRAPPER = /^\s*(?:[A-Z]\w{0,80}::){1,8}\w{0,40}(?:Connection|Connect|Socket|Network|Unavailable|Refused)\w{0,40}:\s*$/;
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
      if (!this.explainedByRule) this.record(header);
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
      if (link === "caused-by" && RSPEC_CAUSE.test(line)) linkChain(target, "handling", (f) => RUBY_CONNECTION_WRAPPER.test(f.text));
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
