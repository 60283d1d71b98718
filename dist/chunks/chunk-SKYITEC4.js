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
} from "./chunk-47XMHCKV.js";
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
} from "./chunk-MCUN544Z.js";
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
    case "endpoint":
      return interpretEndpoint(match, line);
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
  if (httpTo && !speaksHttp(httpTo)) return { kind: "code", confidence: "high", service: "", note: `an HTTP client (Net::HTTP) dialled port ${netHttp?.[1]}, ${httpTo}'s, which speaks no HTTP: the project's configuration` };
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

// src/classify/dialects/index.ts
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 264\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:Connection refused|[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,30,31,32,41,50,52,55,56,143,152,186,198,223,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,422,424,425,426,427,428,429,430,433,434,435,437],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,36,56,54,55,123,50,47,53,49,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":11879,"states":13418,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAADEigYABgAAACgrAgAHAAAAUVIHAAgAAABf9AEACQAAABuPAAAKAAAAt0gAAAsAAADxBQkADAAAAGuUAAANAAAAPRgAAA4AAADWfQEADwAAAE6xAAAQAAAA2SYAABEAAABziwEAEgAAAEwJAAATAAAAF+cBABQAAADtZAMAFQAAAD0WAgAWAAAA5hgBABcAAABTAAIAGAAAAOYXAgAZAAAA9AkCABoAAADcIQIAGwAAAP+oAgAcAAAAGOUCAB0AAAAAAAAAHgAAAGqIDQAfAAAA8A4BACAAAABbTQIAIQAAAAAAAAAiAAAAMc0BACMAAABe9gAAJAAAAApHBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA/qoBACkAAADtuwEAKgAAAK2dCgArAAAARa4MACwAAAAAAAAALQAAAK37AQAuAAAAAAAAAC8AAAABUgIAMAAAAHnZAgAxAAAA9fsOADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAC0lQsAPwAAAFSgCwBAAAAATKUOAEEAAACAyAwAQgAAAAAAAABDAAAAKskMAEQAAAAAAAAARQAAAAjrDABGAAAAA/AMAEcAAAAH6BAASAAAAJMKDQBJAAAA3BYNAEoAAAC6OA0ASwAAAA85DQBMAAAAZDkNAE0AAAD8Sw0ATgAAAPhPDQBPAAAAyX4NAFAAAACe/g0AUQAAAPP+DQBSAAAAmQMOAFMAAABL+w4AVAAAAKD7DgBXAAAAqgAAAFgAAAAJ8wMAWgAAAMGKCQBbAAAAuEYBAF4AAAALnwAAYAAAADEaCgBhAAAA/00IAGkAAACOGgIAbAAAAGPuAwByAAAAFz4AAK0AAAD/AAAAtwAAAJ0KAwC5AAAA//UKAAIBAAAzaA8AWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAAiGgPAP4IAADdaA8ATgkAAF8+DQBUCQAAoQkAAGEJAAB50QoAZQkAALk5DQBoCQAAbIkKAKgJAAD2CQAArgkAAGfjCgD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAlRMCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAAAyaQ8ASQ4AAOFzAABKDgAAp6wBAEwOAACcDgAAUA4AABnbCwBRDgAAh3YCAFIOAADwDQIAUw4AAIweAABUDgAAKCANAFUOAAB7gwEAVg4AAM8wAABYDgAAu0EDAFsOAAAzygIAZA4AAH7TAwBnDgAAKR8NAKIOAADxDgAAqw4AAL+NCAD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAAh2kPAD4YAAB0Jw8APxgAAHA4AgBCGAAAkhgAAEYYAAAU6gEASxgAACExAwCUGAAAMc4AAJUYAAA4FQgAmRgAAFRMCgCaGAAA5xgAAJwYAAARQwEAnRgAAMnZBwCfGAAAK84GAKEYAABlOgsAoxgAAFqfBgCoGAAAvz4CAKsYAABlPwYA6BgAADwZAADqGAAAnAgGAO0YAADuWwsAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AANxpDwCSHgAA4R4AAJYeAACMvAwAox4AAN5rCwD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAAfNMFAOgfAAA1IAAAOCAAALD0BQA8IAAAiiAAAEAgAACPwQQAQyAAAF2fAwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAMWoPANsmAAD1swEA3iYAAPKsCwDiJgAA5bYOAOUmAAAuJwAA5yYAANd1CABGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAACGag8A2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAADbag8A2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAAAwaw8A1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AACFaw8AyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAC9sDwAzPgAAbD4AAHQ+AACEbA8AxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAANlsDwAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAAAubQ8AvEgAANUoAgC9SAAAYPAEAL5IAABrOAcAwkgAAAxJAADDSAAAXkIKAMVIAAADogUAy0gAACEyAgASSQAApqAOABhJAABhSQAAZ0kAAOBxAwBpSQAAg20PAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAANhtDwD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAALW4PAEthAACeYQAAoWEAAPNhAAD2YQAAgm4PAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAADXbg8Alm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAACxvDwDkcwAANnQAAEd0AACLdAAAk3QAAGmVAQCndAAA4HQAAOh0AACBbw8ARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AADWbw8APX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAACtwDwCDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAIBwDwCChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAA1XAPAM6HAAATNA4A0IcAAE6wAQDThwAASl4CANSHAADPKQcA1YcAAA3tBQDWhwAAOMcAANeHAADDOgIA2ocAAOgJDgDchwAAIogAAN6HAAAJ7wcA44cAAOIXBgDkhwAA/p8MACyIAAB50wgAMYgAAHeIAACDiAAAzIgAAM2IAABJswMAz4gAACGJAAAkiQAAdokAAH2JAADKiQEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAKnEPAOWOAAB/cQ8AKI8AAHCPAAByjwAAUQMBAHOPAADSgAIAd48AAPyrAgB7jwAAs5YLAHyPAAAu0AEAf48AAGSQCwCJjwAAUVcCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAAAeLQoAdZEAAMORAAB9kQAAjW8DAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAANRxDwBxlAAAwJQAAHOUAABVRBEAepQAAHgsBgB8lAAAe34GAH6UAACrUwEAh5QAAM56DADGlAAAFukAANiUAAAVlQAAF5UAAGqVAAAilQAAAKoAAC6VAABkmwAAeZUAAL+VAADOlQAAFJYAACCWAABplgAAbJYAAL6WAADBlgAAE5cAACuXAABolwAAb5cAAL2XAADJlwAAEpgAAB+YAABnmAAAdZgAALyYAADImAAAEZkAABiZAABmmQAAfpkAALuZAADHmQAAEJoAABaaAABlmgAAa5oAALqaAAC/mgAAD5sAABWbAAB+cg8AZpsAALmbAADAmwAADpwAACacAABjnAAAapwAALicAADRnAAADZ0AACWdAABinQAAbp0AALedAAC9nQAADJ4AABKeAABhngAAZp4AALaeAAC8ngAA03IPACSfAABgnwAAcZ8AALWfAADDnwAACqAAABmgAABfoAAAZ6AAALSgAADUoAAACaEAABWhAABeoQAAcqEAALOhAAC7oQAACKIAAA6iAABdogAAaaIAALKiAAC8ogAAB6MAAA2jAABcowAAaqMAALGjAAC9owAABqQAACGkAABbpAAAXaQAALCkAADBpAAABaUAAA2lAABapQAAaKUAAK+lAACypQAABKYAAAymAABZpgAAZqYAAK6mAACzpgAAA6cAAA2nAABYpwAAYKcAAK2nAACvpwAAAqgAABOoAABXqAAAaKgAAKyoAACxqAAAAakAAAWpAABWqQAAYqkAAKupAACyqQAAKHMPAAWqAABVqgAAX6oAAKqqAADCqgAA/6oAAAKrAABUqwAAXasAAKmrAACqqwAA/qsAAP+rAABTrAAAWKwAAKisAACurAAA/awAAAetAABSrQAAXq0AAKetAACurQAA/K0AABSuAABRrgAAU64AAKauAACvrgAA+64AAAWvAABQrwAAW68AAKWvAAC9rwAA+q8AABCwAABPsAAAVLAAAKSwAACrsAAA+bAAAAWxAAB9cw8AULEAAE+uAgBTsQAAO8MBAFexAAD5AAYAWbEAAPymBwBfsQAAo7EAAKWxAABAaAIAsbEAAPixAAAEsgAATbIAAAeyAAAqIwgAWrIAAKKyAACssgAA97IAAPiyAACEFw8A/7IAAEyzAABTswAAobMAAGezAAC1ngEAprMAAPazAAACtAAAS7QAAE60AACgtAAAqLQAAPW0AAACtQAASrUAAE+1AACftQAAqbUAAPS1AAD8tQAASbYAAEy2AACetgAAp7YAAPO2AAD0tgAASLcAAEm3AACdtwAAorcAAPK3AAD4twAAR7gAAFG4AACcuAAApLgAAPG4AADzuAAARrkAAE+5AACbuQAApbkAAPC5AAD7uQAARboAAFG6AACaugAAp7oAAO+6AAD5ugAARLsAAFK7AACZuwAAqLsAAO67AADwuwAAQ7wAAE28AACYvAAAprwAAO28AADyvAAAQr0AAE+9AACXvQAAn70AAOy9AADtvQAAQb4AAEe+AACWvgAAm74AAOu+AAD1vgAAQL8AAEW/AACVvwAApL8AAOq/AADvvwAAP8AAAFDAAACUwAAAnMAAAOnAAADvwAAAPsEAAErBAACTwQAAsMEAAOjBAADxwQAAPcIAAEnCAACSwgAAlcIAAOfCAADxwgAAPMMAAEjDAACRwwAAmMMAAObDAADuwwAAO8QAAFTEAACQxAAApMQAAOXEAADtxAAAOsUAAD3FAACPxQAAm8UAAOTFAADqxQAAOcYAAFTGAACOxgAAmsYAAOPGAADpxgAA0nMPAELHAACNxwAAmMcAAOLHAADqxwAAe9kAAO7HAAA3yAAARMgAAIzIAACWyAAA4cgAAO/IAAA2yQAARckAAIvJAACNyQAA4MkAAOrJAAA1ygAAQ8oAAIrKAACPygAA38oAAOzKAAA0ywAAPMsAAInLAACKywAA3ssAAI3LAADoawEAmcsAAMKRAQDvywAAM8wAADzMAACIzAAAn8wAAN3MAADrzAAAMs0AAD/NAACHzQAAj80AANzNAAD7zQAAJ3QPADrOAACGzgAAkM4AANvOAADmzgAAfHQPADLPAACFzwAAjs8AANrPAADkzwAAL9AAADrQAACE0AAAkNAAANnQAADm0AAALtEAADjRAACD0QAAkdEAANjRAADn0QAALdIAAC/SAACC0gAAjNIAANfSAADl0gAALNMAADHTAACB0wAAjtMAANbTAADe0wAAK9QAADHUAACA1AAAjNQAANXUAADy1AAAKtUAADPVAAB/1QAAjdUAANTVAADa1QAAKdYAADXWAAB+1gAAhdYAANF0DwDV1gAAkxUCANnWAAAo1wAALdcAAH3XAAA21wAAolkEAIrXAADS1wAA6dcAACfYAAAo2AAAfNgAAH7YAADR2AAA1NgAACbZAAAp2QAAJnUPAJzZAADQ2QAA0dkAACXaAAAn2gAAetoAAH3aAADP2gAA0toAAHt1DwAp2wAAedsAAH/bAADO2wAA1dsAACPcAABF3AAAeNwAAIDcAADN3AAA3NwAACLdAAAk3QAAd90AAIjdAADM3QAA3d0AACHeAAAt3gAAdt4AAH3eAADL3gAA094AACDfAAAk3wAAdd8AAIPfAADK3wAA1N8AAB/gAAAq4AAAdOAAAHngAADJ4AAA0uAAAB7hAAAo4QAAc+EAAHvhAADI4QAAyuEAAB3iAAAq4gAAcuIAAIbiAADH4gAAz+IAABzjAAAd4wAAceMAAHPjAADG4wAAyeMAABvkAAAe5AAA0HUPAHXkAADF5AAAy+QAABrlAAAh5QAAb+UAAHflAADE5QAA0+UAABnmAAAe5gAAbuYAAHvmAADD5gAA0+YAABjnAAAm5wAAbecAAITnAADC5wAAy+cAABfoAAAd6AAAbOgAAHjoAADB6AAAyOgAACV2DwAb6QAA38gCAB7pAABr6QAAI+kAAENeCQB66QAAwOkAANHpAAAV6gAAI+oAAGrqAAB26gAAv+oAAMzqAAAU6wAAHusAAGnrAABx6wAAvusAAMHrAAAT7AAAH+wAAGjsAAB17AAAvewAAMfsAAAS7QAAGu0AAGftAABp7QAAvO0AAMXtAAAR7gAAG+4AAGbuAABx7gAAu+4AANDuAAAQ7wAAGO8AAGXvAAB+7wAAuu8AAMPvAAAP8AAAGfAAAGTwAABs8AAAufAAAMbwAAAO8QAAE/EAAGPxAABr8QAAuPEAALnxAAAN8gAAD/IAAGLyAABl8gAAt/IAALryAAB6dg8AEfMAAGHzAABn8wAAtvMAAL3zAAAL9AAAE/QAAGD0AABu9AAAtfQAALj0AAAK9QAAEvUAAF/1AABi9QAAtPUAAMD1AAAJ9gAAE/YAAM92DwBf9gAANRMNAGD2AACz9gAAYfYAAOuzCwBo9gAAiBUNAGn2AAA4wwQAbfYAAKcBAgBu9gAAjWcLAIL2AAAZ5QEAvPYAAAj3AAAS9wAAXfcAAGj3AACy9wAAvvcAAAf4AAAU+AAAXPgAAGb4AACx+AAAv/gAAAb5AAAV+QAAW/kAAF35AACw+QAAuvkAAAX6AAAT+gAAWvoAAF/6AACv+gAAvPoAAAT7AAAU+wAAWfsAAFv7AACu+wAAvPsAAAP8AAAU/AAAJHcPAF/8AAB5dw8AtfwAAM53DwAL/QAAV/0AAGH9AACs/QAAt/0AAAH+AAAN/gAAVv4AAGP+AACr/gAAtf4AAAD/AAAO/wAAVf8AAGT/AACq/wAArP8AAP//AAAJAAEAVAABAGIAAQCpAAEArgABAP4AAQALAQEAUwEBAFsBAQCoAQEAuAEBAP0BAQD/AQEAUgIBAGACAQCnAgEAuAIBACN4DwADAwEAeHgPAGoDAQCmAwEAtwMBAPsDAQAHBAEAUAQBAFgEAQDNeA8AqgQBAPoEAQACBQEATwUBAFEFAQCkBQEAVAUBAEUJBwBeBQEAR7QEAK0FAQD5BQEAswUBAO6yCQADBgEATgYBAFkGAQCjBgEArwYBAPgGAQAFBwEATQcBAFcHAQCiBwEAsAcBAPcHAQAGCAEATAgBAE4IAQChCAEAqwgBAPYIAQACCQEASwkBAFMJAQAieQ8AowkBAPUJAQADCgEASgoBAFcKAQCfCgEAtgoBAPQKAQD8CgEASQsBAF8LAQCeCwEAqgsBAPMLAQACDAEASAwBAFMMAQCdDAEAnwwBAPIMAQD/DAEARw0BAFUNAQCcDQEAnw0BAPENAQAHDgEARg4BAE4OAQCbDgEArQ4BAHd5DwD9DgEAsUIMAP8OAQBFDwEASg8BAJoPAQChDwEA7w8BAPsPAQBEEAEAURABAJkQAQCbEAEA7hABAAQRAQBDEQEATxEBAJgRAQC3EQEA7REBAAkSAQBCEgEAShIBAMx5DwCZEgEA7BIBAPUSAQBBEwEASxMBAJYTAQChEwEA6xMBAPcTAQBAFAEATRQBAJUUAQCfFAEA6hQBAPgUAQA/FQEAThUBAJQVAQCWFQEA6RUBAPMVAQA+FgEATBYBAJMWAQCYFgEA6BYBAPUWAQA9FwEATRcBAJIXAQCUFwEA5xcBAPUXAQA8GAEATRgBACF6DwCYGAEAdnoPAOgYAQAzHQUA6xgBADsZAQDvGAEA4ccBAPIYAQDxXAcA9BgBAAihAQD6GAEAy4UEAEIZAQCZsQoASBkBAJAZAQCnGQEA5RkBAOoZAQA6GgEAPRoBAI8aAQBEGgEAdNsFAFYaAQAU5gUAlBoBAG/gBQCbGgEA5BoBAOoaAQAtJwEA8xoBADkbAQBCGwEAjhsBAJQbAQDjGwEA8RsBADgcAQBCHAEAjRwBAKEcAQDiHAEA7hwBADcdAQBKHQEAjB0BAJsdAQDhHQEA7R0BADYeAQA3HgEAix4BAJUeAQDgHgEA7h4BADUfAQA6HwEAih8BAJcfAQAgew8A8h8BADQgAQBDIAEAiSABAJUgAQDeIAEA3yABADMhAQA9IQEAiCEBAJYhAQDdIQEA4iEBADIiAQA/IgEAH3wPAIkiAQDcIgEA5SIBADEjAQA7IwEAhiMBAJEjAQDbIwEA5yMBADAkAQA9JAEAhSQBAI8kAQDaJAEA6CQBAC8lAQA+JQEAhCUBAIYlAQDZJQEA4yUBAC4mAQA8JgEAgyYBAJAmAQDYJgEA7yYBAHR8DwBIJwEAgicBAI4nAQDXJwEA3ScBACwoAQA4KAEAgSgBAIcoAQDWKAEA3CgBACspAQAwKQEAgCkBAIYpAQDJfA8A3ikBACoqAQA0KgEAfyoBAIoqAQDUKgEA4CoBACkrAQA2KwEAfisBAIgrAQDTKwEA4SsBACgsAQA3LAEAfSwBAH8sAQDSLAEA3CwBACctAQA1LQEAfC0BAIEtAQDRLQEA3i0BACYuAQAuLgEAey4BAIsuAQDQLgEA0i4BACUvAQAzLwEAei8BAIsvAQDIfQ8A1i8BAB1+DwAqMAEAeTABAIUwAQDOMAEA3jABACMxAQAsMQEAeDEBAHsxAQDNMQEA2TEBACIyAQApMgEAdzIBAH8yAQDMMgEA6jIBACEzAQApMwEAdjMBAIczAQDLMwEA0DMBACA0AQA3NAEAdTQBAIM0AQDKNAEA1zQBAB81AQAnNQEAdDUBAHg1AQDJNQEAyzUBAB42AQAhNgEAczYBAHs2AQDINgEAzjYBAB03AQApNwEAcjcBAII3AQDHNwEA0DcBABw4AQAfOAEAcTgBAH04AQDGOAEAzTgBAHJ+DwAkOQEAcDkBAHM5AQDFOQEA0zkBABo6AQAnOgEAbzoBAIY6AQDEOgEAzDoBABk7AQAbOwEAbjsBAHc7AQDDOwEAzTsBABg8AQAjPAEAbTwBAHk8AQDCPAEAzzwBABc9AQAhPQEAbD0BAHo9AQDBPQEA0D0BABY+AQAYPgEAaz4BAHU+AQDAPgEAzj4BABU/AQAaPwEAaj8BAHc/AQC/PwEAxz8BABRAAQAqQAEAaUABAHVAAQC+QAEAzUABABNBAQAeQQEAaEEBAGpBAQC9QQEAykEBABJCAQAgQgEAZ0IBAGpCAQC8QgEA0kIBAMd+DwAZQwEARwwCAB9DAQDXewIAKUMBAGZDAQBoQwEAu0MBAMxDAQAQRAEAIUQBAGVEAQBqRAEAukQBAL5EAQAPRQEAG0UBAGRFAQBrRQEAuUUBAMFFAQAORgEALEYBAGNGAQBrRgEAHH8PAL1GAQANRwEADkcBAB4qDQAcRwEAdtMLACZHAQBiRwEAZEcBALdHAQDQRwEADEgBAB1IAQBhSAEAbUgBALZIAQC4SAEAC0kBABRJAQBgSQEAGkkBAAVPAQBqSQEAtUkBAMBJAQAKSgEAFkoBAF9KAQBsSgEAtEoBAL5KAQAJSwEAF0sBAF5LAQBtSwEAs0sBALVLAQAITAEAEkwBAF1MAQBrTAEAskwBALdMAQAHTQEAFE0BAFxNAQBoTQEAsU0BALdNAQAGTgEADE4BAFtOAQBgTgEAsE4BALZOAQBxfw8AFE8BAFpPAQBmTwEAr08BALJPAQAEUAEAB1ABAFlQAQBgUAEArlABALpQAQADUQEAEFEBAFhRAQBmUQEArVEBALlRAQACUgEACVIBAMZ/DwBdUgEArFIBALJSAQABUwEABlMBAFZTAQBcUwEAG4APAKxTAQAI9gEAtVMBAPlQCwC3UwEAmlYPALlTAQBz1gsAulMBAABUAQAMVAEAVVQBAFZUAQCqVAEAYVQBAA7mCwC0VAEA/1QBAA1VAQBUVQEAWVUBAKlVAQC2VQEAcIAPAABWAQAAnwsADFYBAGKSCwAhVgEAxYAPAHlWAQCoVgEAz1YBAP1WAQAhVwEAUlcBAFpXAQAagQ8As1cBAPxXAQD+VwEAUVgBAFRYAQCmWAEAq1gBAPtYAQAIWQEAUFkBAGxZAQClWQEArVkBAG+BDwADWgEAT1oBAAdaAQBFZAEAUloBAKRaAQCwWgEA+VoBAP9aAQBOWwEAW1sBAKNbAQClWwEA+FsBAA5cAQBNXAEAWVwBAKJcAQCqXAEAxIEPAP1cAQBMXQEAVF0BAKFdAQCiXQEA9l0BAPhdAQBLXgEATl4BAKBeAQCjXgEAGYIPAPpeAQBKXwEAUF8BAJ9fAQCmXwEA9F8BAPxfAQBJYAEAVmABAJ5gAQCjYAEA82ABAP1gAQBIYQEAUGEBAJ1hAQCfYQEA8mEBAANiAQBHYgEAWGIBAJxiAQChYgEA8WIBAPViAQBGYwEAUmMBAJtjAQCiYwEA8GMBAAJkAQBugg8ASmQBAJpkAQCiZAEA72QBAPFkAQBEZQEAU2UBAJllAQCoZQEA7mUBAPplAQBDZgEARmYBAJhmAQCbZgEA7WYBAPVmAQBCZwEATGcBAJdnAQCcZwEA7GcBAPRnAQBBaAEAS2gBAJZoAQChaAEA62gBAPloAQBAaQEAQ2kBAJVpAQCdaQEA6mkBAAVqAQA/agEASmoBAJRqAQCZagEA6WoBAOxqAQA+awEASGsBAJNrAQClawEAw4IPAPZrAQA9bAEAR2wBAJJsAQCdbAEA52wBAO9sAQA8bQEAQm0BAJFtAQCTbQEA5m0BAP9tAQA7bgEAVG4BAJBuAQCebgEA5W4BAO9uAQA6bwEAUG8BAI9vAQCsbwEA5G8BAOxvAQA5cAEASXABAI5wAQCQcAEA43ABAPFwAQA4cQEASXEBABiDDwCUcQEAbYMPAONxAQA3cgEASHIBAIxyAQCYcgEA4XIBAONyAQA2cwEAOXMBAItzAQCXcwEA4HMBAOhzAQAXhA8AQHQBAIp0AQCWdAEA33QBAO50AQA0dQEAVHUBAIl1AQCRdQEA3nUBAPJ1AQAzdgEAOHYBAIh2AQCRdgEA3XYBAON2AQAydwEAOncBAId3AQCWdwEA3HcBAOF3AQAxeAEAPngBAIZ4AQCTeAEA23gBAOd4AQAweQEAP3kBAIV5AQCPeQEA2nkBAOh5AQAvegEANHoBAIR6AQCRegEA2XoBAOF6AQAuewEAMXsBAIN7AQCPewEA2HsBAOJ7AQAtfAEAN3wBAIJ8AQCQfAEA13wBAOR8AQAsfQEAQ30BAIF9AQCEfQEAbIQPANl9AQDeyAMA4H0BAMaJBQDjfQEAK34BAOZ9AQDdFgwA530BAHSJAgDsfQEALiMEADJ+AQCuTwIANX4BAAlJAwA6fgEA+vcNAEZ+AQCAfgEAgn4BANV+AQDmfgEAKn8BADh/AQB/fwEAhn8BANR/AQDWfwEAKYABANl/AQA7bQIA3H8BAA2cAQA4gAEAfoABAI2AAQDTgAEA34ABACiBAQArgQEAfYEBAICBAQDSgQEA8oEBACeCAQAzggEAfIIBAJCCAQDRggEA34IBACaDAQAtgwEAwYQPAJKDAQDQgwEA0oMBANhxCwDTgwEA2XALAN2DAQAlhAEAJ4QBAHqEAQCEhAEAz4QBAIuEAQB/dQsA2IQBACSFAQAqhQEAeYUBAIWFAQDOhQEA1YUBACOGAQAohgEAeIYBAISGAQDNhgEA0IYBACKHAQAvhwEAd4cBAHyHAQDMhwEA1ocBACGIAQA3iAEAdogBAHiIAQDLiAEA1YgBACCJAQAviQEAdYkBAICJAQAWhQ8A1okBAB+KAQAsigEAdIoBAIKKAQDJigEA1YoBAB6LAQAliwEAa4UPAHiLAQDIiwEAf4sBAIq8DgCBiwEAfigEAMqLAQBrkQMAzYsBAJxZCgDXiwEApKYKAN+LAQAdjAEAK4wBAHKMAQB/jAEAx4wBAM+MAQAcjQEAJo0BAJ8EBwAsjQEAcY0BAHONAQDGjQEA1I0BABuOAQAsjgEAwIUPAHeOAQAVhg8Ayo4BABqPAQAgjwEAb48BAHePAQDEjwEAzY8BABmQAQAckAEAbpABAHqQAQDDkAEAyZABABiRAQAgkQEAbZEBAIyRAQC/hg8AxJEBABeSAQAlkgEAbJIBAH2SAQAUhw8AyJIBAGmHDwAbkwEAa5MBAHGTAQDAkwEAyJMBABWUAQAelAEAapQBAG2UAQC/lAEAy5QBABSVAQAalQEAE4gPAGuVAQC+lQEAx5UBABOWAQAdlgEAaJYBAHOWAQC9lgEAyZYBABKXAQAflwEAZ5cBAHGXAQC8lwEAypcBABGYAQAgmAEAZpgBAGiYAQC7mAEAxZgBABCZAQAemQEAZZkBAGqZAQC6mQEAx5kBAA+aAQAXmgEAZJoBAHSaAQC5mgEAu5oBAA6bAQAcmwEAY5sBAHSbAQBoiA8Av5sBAL2IDwAWnAEAYpwBAGWcAQC3nAEAw5wBAAydAQASnQEAYZ0BAG6dAQC2nQEAuJ0BAAueAQAhngEAYJ4BAGyeAQASiQ8AwZ4BAAqfAQAQnwEAX58BAGKfAQC0nwEAwp8BAAmgAQAOoAEAXqABAGugAQCzoAEAu6ABAGeJDwAVoQEAXaEBAGuhAQCyoQEAyKEBAAeiAQAQogEAXKIBAHKiAQCxogEAuaIBAAajAQAJowEAW6MBAGSjAQCwowEAsaMBAAWkAQAGpAEAWqQBAF+kAQCvpAEAtaQBAASlAQAOpQEAWaUBAGWlAQCupQEAtaUBAAOmAQALpgEAWKYBAFqmAQCtpgEArqYBAAKnAQAQpwEAV6cBAF+nAQCspwEAx6cBAAGoAQANqAEAVqgBAFyoAQCrqAEArqgBAACpAQAOqQEAVakBAFqpAQCqqQEAt6kBAP+pAQAHqgEAVKoBAGKqAQCpqgEArKoBALyJDwABqwEAU6sBAAKrAQAdLwkACqsBANgeCQAMqwEA370NABGrAQCz6Q0AVqsBAKirAQC5qwEA/asBABmsAQBSrAEAWqwBABGKDwC4rAEA/KwBAAStAQBRrQEAV60BAKatAQCrrQEA+60BAASuAQBQrgEAWq4BAKWuAQCzrgEA+q4BAAevAQBPrwEAW68BAKSvAQCnrwEA+a8BABWwAQBmig8AUbABAKOwAQBisAEAmwsEAK+wAQD4sAEA/rABAE2xAQBXsQEAu4oPAKexAQD3sQEABLIBAEyyAQBUsgEAXpIPAFiyAQChsgEAXLIBAEW5AQBosgEAeXoMAKeyAQD2sgEA/LIBAEuzAQBQswEAoLMBAKazAQAQiw8A/7MBANdyCwADtAEASrQBAFu0AQBliw8AprQBALqLDwD8tAEAD4wPAFe1AQCetQEApbUBAPO1AQD7tQEASLYBAFW2AQCdtgEAorYBAPK2AQD8tgEAR7cBAE+3AQCctwEAorcBAPG3AQDztwEARrgBAFS4AQCbuAEAnrgBAPC4AQD8uAEAZIwPAEe5AQCauQEAqLkBAO+5AQAAugEAuYwPAEu6AQAOjQ8An7oBAO66AQD0ugEAQ7sBAEi7AQCYuwEAnrsBAGONDwDvuwEAQrwBAPa7AQAPjg0A+bsBAFVQBQBdvAEAl7wBAJm8AQDsvAEABr0BAEG9AQBOvQEAGTMJAFK9AQCWvQEAmL0BAOu9AQD4vQEAQL4BAFe+AQCVvgEAr74BAOq+AQDsvgEAP78BAPC+AQC+igwAQr8BAJS/AQCXvwEA6b8BAPW/AQA+wAEARMABAJPAAQCdwAEAuI0PAO3AAQA9wQEASsEBAJLBAQCewQEA58EBAO3BAQA8wgEAQsIBAJHCAQCWwgEA5sIBAOzCAQANjg8AQsMBANYbDgBEwwEAkcADAEjDAQCznwIATMMBADu4DABRwwEAkMMBAJHDAQDlwwEApsMBAFqhBADnwwEAOsQBAPPDAQAp1AIAQMQBAI/EAQCdxAEA5MQBAOfEAQA5xQEAPsUBAI7FAQCbxQEA48UBAPPFAQA4xgEAOsYBAI3GAQCbxgEA4sYBAPPGAQBijg8APccBAIzHAQCYxwEAt44PAPLHAQA2yAEAQMgBAIvIAQCZyAEA4MgBAOHIAQA1yQEARskBAIrJAQCWyQEA38kBAO/JAQA0ygEANsoBAInKAQCXygEA3soBAO/KAQAMjw8AOcsBAIjLAQCUywEAYY8PAOPLAQAyzAEAOMwBAIfMAQCMzAEA3MwBAOLMAQALkA8AOc0BAIbNAQCQzQEAbdoNAJ/NAQDbzQEA5M0BADDOAQA6zgEAhc4BAI3OAQDazgEA3s4BAC/PAQAxzwEAhM8BAIfPAQDZzwEA9c8BAGCQDwBB0AEAg9ABAITQAQDY0AEA5NABAC3RAQA80QEAgtEBAIzRAQDX0QEA49EBACzSAQAz0gEAtZAPAIfSAQA/CgwAlNIBANbSAQDl0gEAK9MBADfTAQCA0wEAgdMBANXTAQDf0wEAKtQBADjUAQB/1AEAhNQBANTUAQDh1AEAX5EPADHVAQB+1QEAitUBANPVAQDm1QEAKNYBACnWAQB91gEAidYBANLWAQDh1gEAJ9cBADHXAQB81wEAiNcBANHXAQDY1wEAtJEPADfYAQB72AEAh9gBANDYAQDg2AEAJdkBAC/ZAQB62QEAgtkBAM/ZAQD62QEAJNoBAPvZAQDK3gEAT9oBAHnaAQCB2gEAztoBANTaAQAj2wEAMdsBAHjbAQCP2wEAzdsBANjbAQAi3AEALNwBAHfcAQCh3AEAzNwBANTcAQAh3QEAMd0BAHbdAQB43QEAy90BANndAQAg3gEAMd4BALOSDwB83gEACJMPAPXeAQAf3wEAJ98BAHTfAQB63wEAyd8BANffAQAe4AEANeABAHPgAQB+4AEAyOABANLgAQAd4QEAR+EBAHLhAQB64QEAx+EBANfhAQAc4gEAHuIBAHHiAQB/4gEAxuIBANfiAQBdkw8AIuMBALKTDwBy4wEAxeMBANPjAQAa5AEAK+QBAAeUDwB25AEAXJQPAMzkAQCxlA8AIeUBAAaVDwBw5QEAw+UBANHlAQAY5gEAKeYBAFuVDwBz5gEAwuYBAM7mAQCwlQ8AIOcBAGznAQB55wEAwecBAM/nAQAW6AEAIOgBAGvoAQCF6AEAwOgBAMPoAQAV6QEAHOkBAGrpAQCK6QEAv+kBANnpAQAFlg8AIeoBAGnqAQAl6gEAEUICACrqAQC5mQIAd+oBAL7qAQDI6gEAE+sBAC3rAQBo6wEAeOsBAL3rAQDD6wEAEuwBABTsAQBn7AEAfewBALzsAQDI7AEAEe0BABXtAQBm7QEAa+0BALvtAQDB7QEAEO4BADDuAQBl7gEAf+4BALruAQC87gEAD+8BABLvAQBk7wEAZ+8BALnvAQDF7wEADvABABTwAQBj8AEAbfABAFqWDwC98AEADfEBABrxAQBi8QEAbvEBALfxAQDK8QEADPIBABvyAQBh8gEAbfIBALbyAQC38gEAC/MBABXzAQBg8wEAbvMBALXzAQC68wEACvQBABf0AQCvlg8AYPQBAFnxCgBh9AEAmbALAGL0AQCHHAcAZPQBAI4ODgBl9AEACu0IAGb0AQBToQsAafQBANnEDABq9AEATqYLAGv0AQAPkQoAbPQBAKlLCwBt9AEA2RsLAG70AQDmFAUAb/QBALT0AQB39AEAbdcQAHn0AQA5ZA0Ae/QBAP2eDgCC9AEAlQQRAIr0AQAtcA0AofQBANXIDACm9AEAp/IQALb0AQAJ9QEAxfQBAGsyDQAX9QEAXvUBAG/1AQAElw8AuvUBAFmXDwAU9gEAXfYBAGz2AQCy9gEAvPYBAAf3AQAT9wEAXPcBACr3AQAmIg0AY/cBAAOYDwCz9wEABvgBABf4AQBb+AEAZPgBALD4AQC8+AEABfkBAAj5AQBa+QEAYvkBAK/5AQC5+QEABPoBAAn6AQBZ+gEAYfoBAK76AQDH+gEAA/sBAA/7AQBY+wEAYPsBAK2YDwC1+wEAApkPAAX8AQBX/AEAWvwBAKz8AQC4/AEAAf0BAAf9AQBW/QEAYP0BAFeZDwCw/QEAAP4BAA3+AQBV/gEAXf4BAKyZDwCw/gEA//4BAAX/AQBU/wEAWf8BAKn/AQCv/wEAAZoPAAYAAgBWmg8AVQACAA0+CgBYAAIAqAACAF8AAgCq9gkAsgACAP0AAgC3AAIAxd0HAAUBAgA4EQwAGQECAFIBAgBaAQIAq5oPAKwBAgD8AQIAEgICAFECAgBSAgIApgICAKgCAgD7AgIAAQMCAFADAgBcAwIApQMCAKwDAgD6AwIAAgQCAE8EAgBYBAIApAQCAKcEAgD5BAIABwUCAE4FAgBbBQIAowUCALoFAgD4BQIAAAYCAE0GAgBZBgIATAcCAHgGAgCiBgIAzQYCAPcGAgAbBwIAAJsPAGkHAgChBwIAqgcCAKAIAgCyBwIA9gcCACQIAgBLCAIAbwgCAFWbDwCiCAIA9QgCAAYJAgBKCQIAeAkCAJ8JAgDDCQIAqpsPAPoJAgCHHQYA/QkCAEkKAgAACgIAIiUOAFMKAgCeCgIAVgoCAH8lBgBXCgIAwdsNAKYKAgDzCgIA9woCAEgLAgBKCwIAnQsCAKALAgDyCwIADgwCAP+bDwBMDAIAwocLAFEMAgD4+wsAUwwCAJwMAgBXDAIAGIgKALkMAgDxDAIA+gwCAEYNAgBIDQIAmw0CAKwNAgBUnA8A9Q0CAEUOAgBODgIAmg4CAKsOAgDvDgIA9g4CAEQPAgBMDwIAmQ8CAF4PAgB4MAIApg8CAEMQAgCoDwIAlxECALIPAgDuDwIA+g8CAKmcDwBIEAIAmBACAKIQAgDtEAIA9RACAP6cDwBOEQIAU50PAJwRAgDsEQIA+RECAEESAgBLEgIAlhICAJgSAgDrEgIA+RICAEATAgBNEwIAqJ0PAJoTAgDqEwIA9xMCAD8UAgBJFAIAlBQCAJYUAgDpFAIA9xQCAD4VAgBLFQIA/Z0PAJYVAgCRtg0AmRUCAEcADgCgFQIA6BUCAPIVAgBSng8ARRYCAJIWAgCUFgIATPsNAJ8WAgBU/AQAqRYCAOcWAgCrFgIA2ncDAOwWAgA8FwIARhcCAJEXAgCZFwIAp54PAPAXAgA7GAIARxgCAJAYAgCTGAIA5RgCAO8YAgA6GQIAVBkCAI8ZAgCmGQIA5BkCAOkZAgA5GgIAVRoCAPyeDwCYGgIA4xoCAJ8aAgBpjwcA7xoCADgbAgA7GwIAjRsCAJcbAgDiGwIA/BsCADccAgA9HAIAjBwCAI4cAgDhHAIA7xwCADYdAgA5HQIAix0CAJcdAgDgHQIA4x0CADUeAgBYHgIAUZ8PAIweAgDfHgIA7R4CADQfAgA3HwIAiR8CAJUfAgDeHwIA4R8CAKafDwA+IAIAiCACAI4gAgDdIAIA4iACADIhAgA2IQIAhyECAIohAgD7nw8A3SECAPqjDADfIQIAuY0OAOIhAgAxIgIA5SECAGuGDgDmIQIA1yYCAOghAgApcw4A6iECAIZrDgDrIQIAzXkOAOwhAgAFlw4A8yECABiHCwD2IQIA5GMNAD0iAgCGIgIAryICANsiAgDnIgIAMCMCAD8jAgCFIwIAjyMCANojAgDdIwIALyQCAEkkAgCEJAIAjiQCANkkAgDeJAIALiUCADglAgCDJQIAjiUCANglAgDeJQIALSYCADImAgCCJgIAhiYCAFCgDwDcJgIALCcCAOUmAgDGgA4ANicCAIEnAgCMJwIA1icCANwnAgArKAIAMCgCAIAoAgCEKAIApaAPANooAgBCuwIA3CgCANMfDQDdKAIAmwMMAN8oAgBZ7g0A7ygCACopAgA0KQIAfykCAIopAgDUKQIA2ikCACkqAgAuKgIAfioCAIIqAgDTKgIA9ioCAPqgDwAqKwIAfSsCACsrAgA5ZgsALSsCAOa7CAAxKwIA4xELADQrAgB0NAIANisCAEj/DQCKKwIA91sCAIsrAgDSKwIA1SsCACcsAgAzLAIAfCwCAJQsAgDRLAIA3SwCACYtAgAsLQIAey0CAIEtAgDQLQIA1S0CACUuAgArLgIAT6EPAIQuAgDPLgIA2i4CACQvAgAqLwIAeS8CAH4vAgDOLwIA0i8CACMwAgAmMAIApKEPAIIwAgDNMAIA2DACACIxAgAoMQIAdzECAHwxAgDMMQIA0DECAPmhDwAiMgIAdjICAIIyAgDLMgIA1zICACAzAgAmMwIAdTMCAHszAgDKMwIAzzMCAB80AgAlNAIATqIPAHY0AgDJMQUAezQCAGRBBQCDNAIA4HICAIQ0AgDJNAIA1TQCAB41AgAkNQIAczUCAH81AgDINQIA1TUCAB02AgAsNgIAcjYCAH42AgDHNgIA0zYCABw3AgAiNwIAcTcCAHc3AgDGNwIAyzcCABs4AgAhOAIAo6IPAHo4AgBECQgAhjgCAMU4AgCJOAIAWPQIANE4AgAaOQIAIjkCANRwEAAmOQIAbzkCAHU5AgDEOQIAyjkCABk6AgAeOgIAbjoCAHQ6AgD4og8AyzoCABnWEADNOgIAGDsCAB47AgBtOwIAJDsCAD0VAwB7OwIAwjsCANs7AgAXPAIAIDwCAGw8AgB2PAIAwTwCAM08AgAWPQIAIj0CAGs9AgBxPQIAwD0CAMY9AgAVPgIAGj4CAGo+AgBwPgIATaMPAMs+AgAUPwIAHj8CAGk/AgB0PwIAvj8CAMM/AgATQAIAGkACAGhAAgB0QAIAvUACAMNAAgASQQIAGEECAGdBAgBsQQIAvEECAMJBAgCiow8AIkICAGZCAgBnQgIAu0ICAGxCAgC2RwIAwEICABBDAgAeQwIAZUMCAHJDAgC6QwIAxEMCAA9EAgAbRAIAZEQCAGpEAgC5RAIAxUQCAA5FAgAhRQIAY0UCAHJFAgC4RQIAxEUCAA1GAgAORgIAYkYCAGxGAgC3RgIAxUYCAAxHAgARRwIAYUcCAG5HAgD3ow8AwkcCAAtIAgAbSAIAYEgCAGxIAgC1SAIAu0gCAApJAgAWSQIAX0kCAGxJAgC0SQIAw0kCAAlKAgAVSgIAXkoCAGpKAgCzSgIAxkoCAAhLAgAXSwIAXUsCAGlLAgCySwIAs0sCAAdMAgARTAIAXEwCAGpMAgCxTAIAtkwCAAZNAgATTQIATKQPAF1NAgBgRAYAZ00CALBNAgBoTQIAtesJAGlNAgDSdwsAxE0CAAVOAgARTgIAWk4CAGBOAgCvTgIAtU4CAARPAgAJTwIAWU8CAF9PAgChpA8Auk8CAANQAgAQUAIAMM0CABZQAgBYUAIAXVACAPFhAgBgUAIAmA8DAGRQAgCtUAIAs1ACAAJRAgAIUQIAV1ECAFxRAgCsUQIAslECAPakDwANUgIAVlICAFxSAgCrUgIAsFICAABTAgAHUwIAVVMCAGNTAgCqUwIAxVMCAP9TAgANVAIAVFQCAFdUAgCpVAIAt1QCAP5UAgADVQIAU1UCAGBVAgCoVQIAtFUCAP1VAgADVgIAUlYCAFhWAgCnVgIArFYCAPxWAgACVwIAS6UPAFZXAgCmVwIAr1cCAPtXAgAIWAIAUFgCAFdYAgClWAIAtlgCAPpYAgD/WAIAT1kCAF5ZAgCkWQIAplkCAPlZAgAKWgIATloCAFpaAgCjWgIAqVoCAPhaAgD+WgIATVsCAFJbAgCiWwIAqFsCAKClDwAOXAIATFwCAFhcAgChXAIArVwCAPZcAgD8XAIAS10CAFFdAgCgXQIApV0CAPVdAgD7XQIA9aUPAFBeAgDCkAIAYV4CAJ9eAgCoXgIA9F4CAApfAgBJXwIAVV8CAJ5fAgCrXwIA818CAP1fAgBIYAIAVGACAJ1gAgCjYAIA8mACAPhgAgBHYQIATGECAJxhAgCiYQIASqYPAPphAgBGYgIAUGICAJtiAgCgYgIA8GICAABjAgBFYwIAXmMCAJpjAgCfYwIA72MCAPhjAgBEZAIAUWQCAJlkAgCgZAIA7mQCAPFkAgBDZQIAT2UCAJhlAgCrZQIA7WUCAPxlAgBCZgIATmYCAJdmAgCYZgIA7GYCAPZmAgBBZwIAT2cCAJZnAgCbZwIA62cCAPhnAgCfpg8AQ2gCAJVoAgCYaAIA6mgCAPdoAgAVNQsA+WgCAD9pAgBBaQIAlGkCAJdpAgDpaQIA82kCAD5qAgBKagIAk2oCAKZqAgDoagIA92oCAD1rAgBJawIAkmsCAJNrAgDnawIA8WsCADxsAgBKbAIAkWwCAJZsAgDmbAIA82wCAPSmDwA8bQIAkG0CAJxtAgDlbQIA620CADpuAgA8bgIAj24CAJluAgDkbgIA8m4CADlvAgA+bwIAjm8CAJtvAgDjbwIA728CADhwAgBLcAIAjXACAJxwAgDicAIA7nACADdxAgA4cQIAjHECAJZxAgDhcQIA73ECADZyAgA7cgIAi3ICAJhyAgBJpw8A6XICADVzAgDscgIAPgsMADtzAgCKcwIAjXMCAN9zAgDtcwIANHQCADl0AgCJdAIAlnQCAN50AgDqdAIAM3UCADl1AgCIdQIAjnUCAN11AgDidQIAMnYCADh2AgCepw8AiXYCANx2AgCOdgIAYecMAOt2AgAxdwIAUXcCAIZ3AgCLdwIA23cCAPZ3AgAweAIAPHgCAIV4AgCLeAIA2ngCAOp4AgAveQIAQHkCAIR5AgCJeQIA2XkCAN15AgAuegIAOnoCAIN6AgCJegIA2HoCAN56AgAtewIAMnsCAIJ7AgCIewIA86cPAOZ7AgBEAw4A7XsCACx8AgAtfAIAgXwCAJJ8AgDWfAIA4nwCACt9AgBBfQIAgH0CAIx9AgDVfQIA4n0CACp+AgA0fgIAf34CAIt+AgDUfgIA234CACl/AgA1fwIAfn8CAIR/AgDTfwIA2X8CACiAAgAtgAIAfYACAIOAAgBIqA8A1IACAHErDgDbgAIAJ4ECACiBAgB8gQIAfYECANGBAgDWgQIAJoICACyCAgB7ggIAhYICANCCAgDcggIAJYMCACyDAgB6gwIAf4MCAM+DAgDQgwIAJIQCADCEAgB5hAIAf4QCAM6EAgDQhAIAI4UCAC2FAgB4hQIAhoUCAM2FAgDShQIAIoYCAC+GAgB3hgIAg4YCAMyGAgDfhgIAIYcCADCHAgB2hwIAgocCAMuHAgDMhwIAIIgCACqIAgB1iAIAg4gCAMqIAgDPiAIAH4kCACyJAgCdqA8AhYkCAMmJAgDViQIAHooCADWKAgBzigIAdYoCAMiKAgDZigIAHYsCAB+LAgByiwIAeIsCAMeLAgDeiwIAHIwCACWMAgBxjAIAh4wCAMaMAgDSjAIAG40CACiNAgBwjQIAeo0CAMWNAgDRjQIAGo4CAC2OAgBvjgIAfo4CAMSOAgDQjgIAGY8CABqPAgBujwIAeI8CAMOPAgDRjwIAGJACAB2QAgBtkAIAepACAPKoDwDEkAIAF5ECACuRAgBskQIAepECAMGRAgDOkQIAFpICAB2SAgBrkgIAd5ICAMCSAgDTkgIAFZMCABqTAgBqkwIAc5MCAL+TAgDJkwIAFJQCABmUAgBplAIAeZQCAL6UAgDXlAIAE5UCABiVAgBolQIAcZUCAL2VAgDKlQIAEpYCABmWAgBnlgIAapYCALyWAgDIlgIAEZcCACSXAgBmlwIAdZcCALuXAgDHlwIAEJgCABGYAgBlmAIAb5gCALqYAgDImAIAD5kCABSZAgBkmQIAcZkCAEepDwDSmQIADpoCABqaAgBjmgIAaZoCALiaAgDImgIADZsCABKbAgBimwIAaJsCALebAgDNmwIADJwCAA6cAgBhnAIAa5wCALacAgDCnAIAC50CAB6dAgBgnQIAb50CALWdAgDBnQIACp4CAAueAgBfngIAaZ4CALSeAgDCngIACZ8CAA6fAgBenwIAa58CAJypDwC2nwIAfcsMAL2fAgCmSw4Av58CAPpRCQDAnwIAU6kDAMKfAgAIoAIAEaACAF2gAgBjoAIAsqACALigAgAHoQIAE6ECAFyhAgBpoQIAsaECALuhAgAGogIAHKICAFuiAgBgogIAsKICALeiAgAFowIAE6MCAFqjAgBqowIAr6MCAL2jAgAEpAIAE6QCAFmkAgBbpAIArqQCALikAgADpQIAEaUCAFilAgBdpQIAraUCALqlAgACpgIADqYCAFemAgBqpgIArKYCALumAgABpwIADacCAFanAgBXpwIAq6cCALWnAgAAqAIADqgCAFWoAgBaqAIAqqgCALeoAgDxqQ8AAakCAFSpAgALqQIArUkJAGWpAgCpqQIAsqkCAP6pAgAKqgIAU6oCAFuqAgDQyRAAX6oCAKiqAgCuqgIA/aoCAAOrAgBSqwIAV6sCAKerAgCtqwIARqoPAAisAgBRrAIAYawCAKasAgC0rAIA+6wCAAitAgBQrQIAXK0CAKWtAgCsrQIA+q0CAAKuAgCbqg8AWK4CANjDDgBcrgIAOcQCAGCuAgCkrgIAta4CAPmuAgABrwIATq8CAAWvAgCkTwwAWK8CAKOvAgCorwIA+K8CAACwAgBNsAIAT7ACAKKwAgBWsAIAR7YCAKqwAgD3sAIADbECAEyxAgBYsQIAobECALexAgD2sQIAD7ICAEuyAgBXsgIAoLICAKayAgD1sgIA/bICAEqzAgBaswIAn7MCAKizAgD0swIAAbQCAEm0AgBYtAIAnrQCAKi0AgDztAIAAbUCAEi1AgBNtQIAnbUCAKq1AgDytQIA+rUCAPCqDwBUtgIAnLYCAKO2AgDxtgIA/bYCAEa3AgBWtwIAm7cCAKm3AgDwtwIA/bcCAEW4AgBRuAIAmrgCAKG4AgDvuAIA97gCAEWrDwBQuQIAmbkCAKO5AgDuuQIA+bkCAEO6AgBIugIAmLoCAJ+6AgDtugIA9boCAJqrDwBKuwIAl7sCAKe7AgDsuwIA+LsCAEG8AgBFvAIAlrwCAJ68AgDrvAIA7bwCAEC9AgBGvQIAlb0CAKy9AgDqvQIA870CAD++AgBVvgIAlL4CAKC+AgDpvgIA9r4CAD6/AgBIvwIAk78CAJa/AgDovwIA8L8CAD3AAgBHwAIAksACAJfAAgDnwAIA78ACADzBAgBMwQIAkcECAJrBAgDmwQIA88ECADvCAgBKwgIAkMICAJrCAgDlwgIA88ICADrDAgA/wwIAj8MCAJzDAgDkwwIA7MMCAO+rDwBGxAIAjsQCAFjEAgB6gQQAk8QCAOPEAgDtxAIAOMUCAEDFAgCNxQIAT8UCADljDgCTxQIA4sUCAJvFAgDtWwwAnMUCALk+CACdxQIA19ACAJ7FAgA1FQsA7sUCADfGAgA5xgIAajQMAD7GAgCMxgIAmMYCAOHGAgDwxgIANscCAEfHAgCLxwIAjccCAODHAgDmxwIANcgCAEHIAgCKyAIAksgCAESsDwDlyAIAmawPAEDJAgDurA8AjMkCAJitDwDhyQIA7a0PAOPJAgCcXwQANsoCADZpCwBAygIAiMoCAJLKAgDdygIA38oCADLLAgBFywIAh8sCAI/LAgAjewwAk8sCANzLAgDiywIAMcwCADfMAgCGzAIAi8wCANvMAgDhzAIAQq4PADrNAgCFzQIAh80CANrNAgDkzQIAL84CAD3OAgCEzgIAic4CANnOAgDmzgIALs8CADrPAgCDzwIAic8CANjPAgDezwIALdACADLQAgCC0AIAiNACAJeuDwDl0AIALNECADnRAgCB0QIAiNECANbRAgDe0QIAK9ICACzSAgAzwgoALtICAIDSAgBB0gIANcAKAJTSAgDV0gIA69ICACrTAgBD0wIAf9MCAITTAgDU0wIA5dMCAOyuDwA61AIAftQCAIDUAgDT1AIA3dQCACjVAgA21QIAfdUCAILVAgDS1QIA39UCACfWAgAv1gIAfNYCAIjWAgDR1gIAjNYCACXYAgDX1gIAJtcCACzXAgB71wIAgNcCANDXAgDW1wIAQa8PACfYAgB62AIAiNgCAM/YAgDg2AIAlq8PACvZAgDrrw8AgdkCAM7ZAgCD2QIAOxMHAMDZAgDnBxEA3NkCACPaAgDd2QIAc98CADDaAgB42gIAh9oCAM3aAgDS2gIAItsCADjbAgB32wIAeNsCAMzbAgDO2wIAIdwCACvcAgB23AIAhNwCAMvcAgDk3AIAIN0CADHdAgB13QIAgd0CAMrdAgDS3QIA6rAPADPeAgB03gIAdd4CAMneAgDV3gIAHt8CACHfAgA/sQ8Add8CAMjfAgDV3wIAHeACACrgAgBy4AIAd+ACAMfgAgDR4AIAHOECACThAgBx4QIAgeECAMbhAgDU4QIAG+ICACjiAgBw4gIAd+ICAMXiAgDN4gIAGuMCAB3jAgBv4wIAg+MCAMTjAgDa4wIAGeQCADLkAgBu5AIAc+QCAMPkAgDU5AIAlLEPACDlAgDpsQ8AJOUCAOliCQA05QIAqkQRAHrlAgDC5QIAyeUCABfmAgAj5gIAbOYCAHzmAgDB5gIAz+YCABbnAgAj5wIAa+cCAHfnAgDA5wIAx+cCAD6yDwAX6AIAaugCABroAgCgBgQAd+gCAL/oAgDM6AIAFOkCABnpAgBp6QIAc+kCAL7pAgDG6QIAE+oCABzqAgBo6gIAa+oCAL3qAgDJ6gIAk7IPABfrAgBn6wIAHusCAD0OCgBs6wIAvOsCAMTrAgAR7AIAJ+wCAGbsAgBo7AIAu+wCAMjsAgAQ7QIAJO0CAOiyDwBq7QIAuu0CAMLtAgDwBQoAxO0CAA/uAgAX7gIAZO4CAHDuAgC57gIAxu4CAA7vAgAT7wIAY+8CAGzvAgC47wIAz+8CAA3wAgAY8AIAPbMPAHDwAgC38AIAuvACAAzxAgAP8QIAYfECAG/xAgC28QIAw/ECAAvyAgAi8gIAYPICAGjyAgC18gIAu/ICAArzAgAW8wIAX/MCAGnzAgC08wIAvfMCAAn0AgAP9AIAXvQCAGv0AgCSsw8Av/QCAAj1AgDB9AIA4xIKABf1AgBd9QIAbvUCALL1AgC09QIAB/YCAA32AgBc9gIAaPYCALH2AgC49gIABvcCAA73AgBb9wIAXfcCALD3AgC99wIABfgCAAz4AgBa+AIAYvgCAK/4AgC8+AIABPkCAAn5AgBZ+QIAY/kCAK75AgC2+QIAA/oCAAz6AgBY+gIAW/oCAK36AgC5+gIAAvsCAAn7AgDnsw8AZPsCAKz7AgBt+wIApwADAI77AgA0FwoAx/sCAAH8AgAD/AIAVvwCAGf8AgCr/AIAufwCAAD9AgAH/QIAVf0CAF39AgCq/QIAr/0CAP/9AgAA/gIAVP4CAGD+AgCp/gIAr/4CAP7+AgAA/wIAU/8CAF3/AgCo/wIAtv8CAP3/AgACAAMAUgADAF8AAwA8tA8AqAADAPwAAwABAQMAUQEDAFcBAwCmAQMAsAEDAPsBAwAHAgMAUAIDAFcCAwClAgMArQIDAPoCAwD8AgMATwMDAFwDAwCkAwMAqwMDAPkDAwABBAMATgQDAFsEAwCjBAMAqAQDAPgEAwACBQMATQUDAFUFAwCiBQMAqwUDAPcFAwD6BQMATAYDAFgGAwChBgMAqAYDAJG0DwACBwMA7QgKAAoHAwBLBwMAWAcDAKAHAwCqBwMA9QcDAPcHAwBKCAMAXQgDAJ8IAwCnCAMA9AgDAAAJAwBJCQMATwkDAJ4JAwCkCQMA8wkDAPgJAwBICgMATgoDAOa0DwCrCgMA8goDAAELAwBHCwMAYwsDAJwLAwBnCwMAA08DAKQLAwA7tQ8A+gsDAEYMAwBTDAMAmwwDAKUMAwDwDAMA/gwDAEUNAwBbDQMAmg0DAKYNAwDvDQMA9w0DAJC1DwBKDgMAmQ4DAJ8OAwDuDgMA8w4DAEMPAwBJDwMA5bUPAJ0PAwDtDwMA9g8DAEIQAwBMEAMAlxADAJ8QAwDsEAMA8RADAEERAwBREQMAlhEDAJ4RAwDrEQMA8REDAOkTAwAEEgMAQBIDAEUSAwCVEgMAnhIDAOoSAwD3EgMAPxMDAEYTAwCUEwMAlxMDADq2DwDrEwMAPhQDAEsUAwCTFAMAqhQDAOgUAwD0FAMAj7YPAFMVAwCSFQMAkxUDAOcVAwDxFQMAPBYDAEQWAwCRFgMAmxYDAOYWAwDrFgMAOxcDAEMXAwCQFwMAkhcDAOUXAwCTFwMANR0DAJcXAwAnKwMAphcDAC4kAwDsFwMAOhgDAEEYAwCPGAMAlxgDAOQYAwDoGAMAORkDAEcZAwCOGQMAmBkDAOMZAwDuGQMAOBoDAEAaAwCNGgMAkhoDAOIaAwD9GgMANxsDAEMbAwCMGwMAkhsDAOEbAwDxGwMANhwDAEccAwCLHAMAkBwDAOAcAwDkHAMA5LYPAD4dAwCKHQMAox0DAN8dAwDpHQMANB4DADoeAwCJHgMAix4DAN4eAwDtHgMAMx8DAD0fAwCIHwMAkB8DAN0fAwDhHwMAMiADAEAgAwCHIAMAkSADANwgAwDnIAMAMSEDADkhAwCGIQMAiyEDANshAwD2IQMAMCIDADwiAwCFIgMAiyIDANoiAwDqIgMALyMDAEAjAwCEIwMAiSMDANkjAwDdIwMAObcPADckAwCDJAMAlCQDANgkAwDiJAMALSUDADslAwCCJQMAgyUDANclAwDoJQMALCYDAEAmAwCBJgMAiSYDANYmAwDaJgMAKycDADknAwCAJwMAiicDANUnAwDgJwMAKigDADIoAwB/KAMAhCgDANQoAwDvKAMAKSkDADUpAwB+KQMAhCkDANMpAwDjKQMAKCoDADkqAwB9KgMAgioDANIqAwDWKgMAjrcPADUrAwB8KwMAlysDANErAwDfKwMAJiwDAC0sAwB7LAMAhywDANAsAwDYLAMA47cPADMtAwB6LQMAhC0DAM8tAwDaLQMAJC4DACwuAwB5LgMAfi4DAM4uAwDpLgMAIy8DAC8vAwB4LwMAfi8DAM0vAwDdLwMAIjADADMwAwB3MAMAfDADAMwwAwDQMAMAOLgPADIxAwB2MQMAfjEDAMsxAwDMMQMAIDIDACUyAwB1MgMAgzIDAMoyAwDXMgMAHzMDACkzAwB0MwMAgDMDAMkzAwDPMwMAHjQDACY0AwBzNAMAejQDAMg0AwDUNAMAHTUDACM1AwByNQMAfjUDAMc1AwDXNQMAHDYDACg2AwBxNgMAdzYDAMY2AwDSNgMAGzcDACg3AwBwNwMAfzcDAMU3AwDRNwMAjbgPAB04AwBvOAMAcjgDAMQ4AwDSOAMAGTkDADA5AwBuOQMAezkDAMM5AwDZOQMAGDoDACQ6AwBtOgMAejoDAMI6AwDMOgMAFzsDAB87AwBsOwMAdjsDAME7AwDGOwMAFjwDAB48AwBrPAMAdzwDAMA8AwDNPAMAFT0DAB89AwBqPQMAcD0DAL89AwDTPQMAFD4DABw+AwBpPgMAdz4DAL4+AwDLPgMAEz8DABs/AwBoPwMAdT8DAL0/AwDLPwMAEkADACNAAwBnQAMAb0ADALxAAwDSQAMAEUEDABNBAwBmQQMAZ0EDAOK4DwDJQQMAEEIDAB9CAwBlQgMAcUIDALpCAwDCQgMAN7kPABRDAwBkQwMAbUMDALlDAwDGQwMADkQDABVEAwBjRAMAZkQDALhEAwDARAMADUUDABJFAwBiRQMAa0UDALdFAwDBRQMADEYDABRGAwBhRgMAZkYDALZGAwDGRgMAC0cDABNHAwBgRwMAZkcDALVHAwC3RwMACkgDABdIAwBfSAMAdkgDALRIAwDASAMAjLkPABVJAwBeSQMAdUkDALNJAwC/SQMACEoDAA5KAwBdSgMAZUoDALJKAwC5SgMAB0sDABVLAwBcSwMAd0sDALFLAwC/SwMABkwDAA1MAwBbTAMAZ0wDALBMAwC4TAMA4bkPABlNAwBaTQMAYk0DAK9NAwDeTQMABE4DABBOAwBZTgMAX04DAK5OAwCzTgMANroPAA9PAwBYTwMAX08DAK1PAwC1TwMAAlADAARQAwBXUAMAYVADAKxQAwC0UAMAi7oPAA9RAwDzXgMAEFEDAFZRAwBYUQMAq1EDALxRAwAAUgMAEVIDAFVSAwBhUgMAqlIDALFSAwD/UgMAB1MDAFRTAwB+UwMAqVMDAK5TAwD+UwMA/1MDAFNUAwBdVAMAqFQDALZUAwD9VAMAAlUDAFJVAwBfVQMAp1UDAMNVAwD8VQMAGFYDAOC6DwBeVgMAplYDAKpWAwD7VgMAAVcDAFBXAwBSVwMApVcDAKZXAwD6VwMAHVgDAE9YAwBzWAMApFgDAM5YAwD5WAMAAVkDAE5ZAwBTWQMAo1kDALBZAwD4WQMAAFoDAE1aAwBPWgMAoloDAKpaAwD3WgMAIVsDAExbAwBZWwMAoVsDAKZbAwD2WwMAA1wDAEtcAwBXXAMAoFwDAMpcAwD1XAMA/VwDAEpdAwBlXQMAn10DAKFdAwD0XQMABV4DAEleAwBSXgMAnl4DAKpeAwA1uw8AAF8DAEhfAwBPXwMAnV8DAKlfAwDyXwMABWADAEdgAwBPYAMAnGADAKFgAwDxYAMA+mADAEZhAwBQYQMAm2EDAKNhAwDwYQMA9WEDAEViAwBVYgMAmmIDAKJiAwDvYgMACGMDAERjAwBJYwMAmWMDAKJjAwDuYwMA+2MDAENkAwBKZAMAmGQDAJtkAwCKuw8A8mQDAEJlAwD6ZAMA9akLAEtlAwCXZQMAn2UDAOxlAwD3ZQMAQWYDAENmAwCWZgMAsWYDAOtmAwD3ZgMAQGcDAEhnAwDfuw8AomcDAOpnAwDyZwMAP2gDAEtoAwCUaAMAmmgDAOloAwDvaAMAPmkDAENpAwCTaQMAmWkDADS8DwD1aQMAPWoDAEVqAwCSagMApmoDAOdqAwDsagMAPGsDAEVrAwCRawMAl2sDAOZrAwDuawMAO2wDAD5sAwCQbAMArWwDAOVsAwD2bAMAOm0DAEJtAwCPbQMAkm0DAORtAwD4bQMAOW4DAEZuAwCObgMAmG4DAONuAwDlbgMAOG8DAEtvAwDevA8Akm8DAOJvAwDzbwMAN3ADAEBwAwCMcAMAonADAOFwAwDucAMANnEDAD5xAwCLcQMAqnEDADO9DwDscQMANXIDAD1yAwCIvQ8AjXIDAN9yAwDncgMANHMDAEFzAwCJcwMAjnMDAN5zAwDmcwMAM3QDADR0AwCIdAMAinQDAN10AwDjdAMAMnUDADR1AwCHdQMAnXUDANx1AwDodQMAMXYDADt2AwCGdgMAknYDANt2AwDhdgMAMHcDADh3AwCFdwMAtncDAN29DwDjdwMAL3gDADl4AwCEeAMAjHgDANl4AwDaeAMALnkDADR5AwCDeQMAj3kDANh5AwDZeQMALXoDAC96AwCCegMAiHoDANd6AwDjegMALHsDADN7AwCBewMAiXsDANZ7AwDZewMAK3wDADV8AwCAfAMAgnwDANV8AwDffAMAKn0DADZ9AwB/fQMAlX0DANR9AwDgfQMAKX4DADZ+AwB+fgMAiH4DANN+AwDbfgMAKH8DADp/AwAyvg8Af38DANJ/AwDcfwMAJ4ADACmAAwB8gAMAlYADANGAAwDTgAMAJoEDACmBAwB7gQMAh4EDANCBAwDYgQMAh74PADmCAwB6ggMAfYIDAM+CAwDZggMAJIMDADCDAwB5gwMAj4MDAM6DAwDWgwMAI4QDADGEAwB4hAMAe4QDAM2EAwDVhAMAIoUDACWFAwB3hQMAMIUDAHCMAwCBhQMAzIUDAIKFAwDJiAMAzoUDACGGAwAnhgMAdoYDAICGAwDLhgMA2YYDACCHAwAthwMAdYcDAIyHAwDKhwMA0ocDAB+IAwAoiAMAdIgDAHWIAwDcvg8A0ogDAB6JAwAoiQMAc4kDAH2JAwDIiQMA1okDAB2KAwAqigMAcooDAImKAwDHigMAz4oDAByLAwAjiwMAcYsDAHaLAwDGiwMAyosDABuMAwAojAMAMb8PAH2MAwDFjAMAzYwDABqNAwAgjQMAb40DAHuNAwDEjQMA040DABmOAwAejgMAbo4DAImOAwDDjgMAz44DABiPAwAejwMAbY8DAIGPAwDCjwMAyo8DABeQAwAtkAMAbJADAHGQAwDBkAMAyJADABaRAwAikQMAhr8PAHKRAwDAkQMAzpEDABWSAwAikgMAapIDAIGSAwC/kgMAx5IDABSTAwAakwMAaZMDAHWTAwC+kwMAxZMDABOUAwAhlAMAaJQDAGuUAwC9lAMAxZQDABKVAwAglQMAZ5UDAGqVAwC8lQMAxJUDABGWAwAilgMAZpYDAGuWAwC7lgMAvZYDABCXAwAXlwMAZZcDAHOXAwC6lwMAx5cDAA+YAwAmmAMAZJgDAGyYAwC5mAMAw5gDAA6ZAwAZmQMAY5kDAG+ZAwC4mQMAwJkDANu/DwAPmgMAYpoDAGyaAwC3mgMAuZoDAAybAwAPmwMAYZsDAG2bAwC2mwMAwJsDAAucAwATnAMAYJwDAG6cAwC1nAMAwpwDAAqdAwASnQMAX50DAHWdAwC0nQMAwJ0DAAmeAwAfngMAXp4DAGOeAwCzngMAuZ4DAAifAwAcnwMAMMAPAGCfAwCynwMAup8DAAegAwAVoAMAXKADAB2gAwAkfwcAaaADALGgAwC5oAMABqEDABChAwBboQMAZqEDALChAwC8oQMABaIDAA2iAwCFwA8AYKIDAK+iAwC0ogMABKMDABOjAwBZowMAZaMDAK6jAwCxowMAA6QDAAakAwBYpAMAYKQDAK2kAwCypAMAAqUDABKlAwBXpQMAX6UDAKylAwCvpQMAAaYDAAumAwBWpgMAWKYDAKumAwCxpgMAAKcDAAqnAwBVpwMAY6cDAKqnAwC3pwMA/6cDABaoAwBUqAMAXKgDAKmoAwCyqAMA/qgDAP+oAwDawA8AX6kDAKipAwCrqQMAS1YJALepAwD9qQMAu6kDAAZGCQAHqgMAUqoDAFqqAwDcHwQAXqoDAP5IDgBgqgMAp6oDAG6qAwBwMggArKoDAPyqAwC0qgMAPRMFAAmrAwBRqwMAVKsDAIHKCQBXqwMAhhsJAFmrAwCmqwMAW6sDAIXKBQBdqwMA960FAKmrAwCppAcArKsDAMovBgCwqwMA+6sDALSrAwCxmgkAtqsDAHt9BwAArAMAUKwDAAesAwCtTgQACawDAIZwCQBYrAMApawDAKisAwD6rAMABq0DAE+tAwBVrQMApK0DAL+tAwD5rQMABa4DAE6uAwBUrgMAo64DAKuuAwD4rgMA+q4DAE2vAwD9rgMA968DAFevAwCirwMAqq8DAC/BDwAEsAMATLADAFSwAwChsAMApLADAPawAwD7sAMAS7EDAFqxAwCgsQMAwLEDAPWxAwABsgMASrIDAFSyAwCfsgMAp7IDAPSyAwAGswMA2cEPAFOzAwCeswMArLMDAPOzAwAAtAMASLQDAF+0AwCdtAMApbQDAPK0AwABtQMAR7UDAEy1AwCctQMAqbUDAPG1AwD+tQMARrYDAFK2AwCbtgMAqrYDAPC2AwD6tgMARbcDAFO3AwCatwMAn7cDAO+3AwD8twMARLgDAEe4AwCZuAMAobgDAO64AwDzuAMAQ7kDAFC5AwCYuQMAoLkDAO25AwD2uQMAQroDAE+6AwCXugMApboDAOy6AwD/ugMAQbsDAEm7AwCWuwMAnbsDAOu7AwDwuwMAQLwDAFa8AwCVvAMAl7wDAOq8AwD4vAMAP70DAEy9AwCUvQMAnL0DAOm9AwDsvQMAPr4DAEO+AwCTvgMAor4DAOi+AwAIvwMAPb8DAEm/AwCSvwMAnL8DAOe/AwDvvwMAPMADAE7AAwAuwg8AosADAObAAwDtwAMAO8EDAEPBAwCQwQMAncEDAOXBAwDqwQMAOsIDAETCAwCPwgMAl8IDAOTCAwDmwgMAG9sJAOnCAwCunwcA7sIDAPb/CQDzwgMAOcMDAPTCAwBjlAgAPsMDAI7DAwCbwwMA48MDAPDDAwA4xAMARMQDAI3EAwCcxAMA4sQDAOzEAwA3xQMAP8UDAIzFAwCWxQMA4cUDAObFAwA2xgMAPsYDAIPCDwCXxgMA4MYDAObGAwA1xwMAUMcDAIrHAwCWxwMA38cDAOXHAwA0yAMAUMgDAInIAwCRyAMA2MIPAObIAwAzyQMAPckDAIjJAwCTyQMA3ckDAOnJAwAyygMAOsoDAC3DDwCTygMA3MoDAOLKAwAxywMATMsDAIbLAwCSywMA28sDAOHLAwAwzAMAOMwDAIXMAwCLzAMA2swDAOPMAwAvzQMAPM0DAITNAwCRzQMA2c0DAOfNAwAuzgMAO84DAIPOAwCazgMA2M4DAODOAwAtzwMAMs8DAILPAwA+zwMAgNEDAI/PAwDXzwMA388DACzQAwA30AMAgdADAIbQAwDW0AMA2dADACvRAwA10QMAgsMPAIXRAwDV0QMA5NEDACrSAwAs0gMAf9IDAJDSAwDU0gMA5dIDACnTAwA90wMA18MPAI/TAwDT0wMA1tMDACjUAwDb0wMAs0UHAODTAwBgPA4AMtQDAH3UAwB/1AMA0tQDANzUAwAn1QMAM9UDAHzVAwCk1QMA0dUDANzVAwDDjQQA99UDACbWAwBY1gMAe9YDAKHWAwDQ1gMA9tYDACXXAwBY1wMAetcDAKrXAwDP1wMA19cDACTYAwBM2AMAedgDAK3YAwDO2AMA/tgDACPZAwAr2QMAeNkDAIfZAwDN2QMA0tkDACLaAwAr2gMAd9oDAC/aAwAa4gMAiNoDAMzaAwDT2gMAIdsDACnbAwB22wMAg9sDAMvbAwDQ2wMAINwDACrcAwB13AMAfdwDAMrcAwDU3AMAvugDANncAwAf3QMAJN0DAHTdAwCB3QMAyd0DANbdAwAe3gMAKt4DAHPeAwCC3gMAyN4DANLeAwAd3wMAJd8DAHLfAwB83wMAx98DAMzfAwAc4AMAJOADACzEDwB94AMAxuADAMzgAwAb4QMANuEDAHDhAwB84QMAxeEDAMvhAwCBxA8AJ+IDAG/iAwB74gMAxOIDANPiAwAZ4wMAI+MDAG7jAwB84wMAw+MDAMjjAwAY5AMAJeQDAG3kAwB15AMAwuQDAMzkAwAX5QMAHOUDAGzlAwB05QMAweUDAMTlAwAW5gMAIuYDAGvmAwBx5gMAwOYDANvmAwAV5wMAIecDAGrnAwBw5wMAv+cDAMfnAwAU6AMAFugDAGnoAwBz6AMA1sQPAMToAwAT6QMAFekDAGjpAwB16QMAvekDAMDpAwAS6gMAI+oDAGfqAwBp6gMAvOoDAMbqAwAR6wMAHesDAGbrAwBu6wMAK8UPAMDrAwAQ7AMAE+wDAGXsAwBv7AMAuuwDAMLsAwAP7QMAHO0DAGTtAwBm7QMAue0DAM/tAwAO7gMAGu4DAIDFDwB/7gMAuO4DANTuAwDVxQ8AEu8DAGLvAwBv7wMAt+8DAMTvAwAM8AMAGPADAGHwAwBw8AMAtvADAMDwAwAL8QMAGfEDAGDxAwBl8QMAtfEDAMLxAwAK8gMAI/IDAF/yAwBh8gMAtPIDALvyAwAqxg8AJvMDAF7zAwBv8wMAs/MDAL/zAwAI9AMAG/QDAF30AwBs9AMAsvQDAL70AwAH9QMACPUDAFz1AwBm9QMAsfUDAL/1AwAG9gMAC/YDAFv2AwBo9gMAf8YPALX2AwAF9wMAEvcDAFr3AwBn9wMAr/cDALv3AwAE+AMAE/gDAFn4AwBj+AMArvgDALz4AwAD+QMACPkDAFj5AwBl+QMArfkDALX5AwB+xw8AB/oDAFf6AwBf+gMA08cPAK76AwAB+wMAD/sDAFb7AwBn+wMAKMgPALL7AwB9yA8ABfwDAFX8AwBd/AMAqvwDALn8AwD//AMABP0DAFT9AwBh/QMAqf0DALb9AwD+/QMACv4DAFP+AwBi/gMAqP4DALL+AwAnyQ8A//4DAHx2DQAD/wMA9qgLABD/AwBS/wMAYf8DAKf/AwCz/wMA/P8DAP3/AwBRAAQAWwAEAKYABAC0AAQA+wAEAAABBABQAQQAXQEEAHzJDwCpAQQA+gEEAAUCBABPAgQAXQIEAKQCBAC1AgQA+QIEAAUDBABOAwQAVgMEANHJDwCoAwQA+AMEAAUEBABNBAQAWgQEAKIEBACuBAQA9wQEAAYFBABMBQQAVgUEAKEFBACvBQQA9gUEAAMGBABLBgQAYgYEACbKDwCtBgQA9QYEAAIHBABKBwQAVgcEAJ8HBACuBwQA9AcEAP4HBABJCAQAVwgEAJ4IBABlCAQAZecIAKMIBADzCAQAAAkEAEgJBABQCQQAe8oPAKkJBADyCQQAAgoEAEcKBABQCgQAnAoEAJ8KBADxCgQA/QoEAEYLBABNCwQA0MoPAKgLBADwCwQA/wsEAEUMBABGDAQAmgwEALEMBADvDAQACQ0EAEQNBABQDQQAmQ0EAKwNBADuDQQA/Q0EAEMOBABPDgQAmA4EAJkOBADtDgQA9w4EAEIPBABQDwQAlw8EAJwPBADsDwQA+Q8EACXLDwBbEAQAlhAEAKUQBADrEAQA7RAEAEARBADwEAQAjxcEAE0RBACVEQQAohEEAOoRBADvEQQAPxIEAEkSBACUEgQAoxIEAOkSBADuEgQAPhMEAEsTBACTEwQAoBMEAOgTBAD0EwQAPRQEAEwUBACSFAQAnBQEAOcUBAD0FAQAPBUEAEEVBACRFQQAlRUEAOYVBADyFQQAOxYEAEEWBACQFgQAlhYEAOUWBADqFgQAOhcEAEAXBAB6yw8AnBcEAOQXBADxFwQAORgEAEUYBACOGAQAnRgEAOMYBADtGAQAOBkEAEYZBACNGQQAkhkEAOIZBADvGQQANxoEAD4aBACMGgQAkRoEAOEaBADtGgQANhsEADkbBACLGwQAmBsEAOAbBADlGwQANRwEAD8cBACKHAQAlhwEAN8cBADyHAQANB0EAEIdBACJHQQAjB0EAN4dBADoHQQAMx4EAD8eBACIHgQAjh4EAN0eBADjHgQAMh8EADcfBACHHwQAjR8EAM/LDwDmHwQAoVgGAOgfBADHhQgA6x8EADEgBAAzIAQAhiAEAJcgBADbIAQA7CAEADAhBAA4IQQAhSEEAJUhBADaIQQA3CEEAC8iBAA9IgQAhCIEAJUiBAAkzA8A4CIEAHnMDwAvIwQAgyMEAIgjBADYIwQA3iMEAC0kBAA3JAQAgiQEAI4kBADXJAQA3SQEACwlBAAyJQQAgSUEAIYlBADWJQQA3CUEAM7MDwA5JgQAgCYEAJkmBADVJgQA1iYEAConBABHJwQAfycEAJknBADUJwQA1ycEACkoBAAuKAQAzc0PAJcoBADTKAQA2SgEACgpBADpKAQAX5wEACopBAB9KQQAgykEANIpBADmKQQAJyoEAC8qBAB8KgQAiSoEANEqBADWKgQAJisEADArBAB7KwQAgysEANArBADhKwQAJSwEACosBAB6LAQAfCwEAM8sBADWLAQAJC0EADAtBAB5LQQAgC0EAM4tBADqLQQAIy4EACsuBAAizg8AfS4EAM0uBADPLgQAIi8EACkvBAB3LwQAhS8EAMwvBADZLwQAITAEADgwBAB2MAQAfjAEAMswBADVMAQAIDEEAOEwBAAOmAQAKzEEAHUxBACBMQQAyjEEANIxBAB3zg8AIDIEAHQyBAB5MgQAyTIEAMwyBAAeMwQAKDMEAHMzBACKMwQAyDMEAM4zBAAdNAQAKTQEAHI0BAB1NAQAxzQEAOQ0BAAcNQQALTUEAHE1BACQNQQAxjUEAM41BAAbNgQAHTYEAHA2BAB/NgQAxTYEAM82BAAaNwQAKDcEAG83BACKNwQAxDcEANA3BAAZOAQAITgEAMzODwB6OAQAwzgEANI4BAAYOQQAHTkEAG05BABzOQQAwjkEAMk5BAAXOgQAHzoEAGw6BABuOgQAwToEAMg6BAAWOwQAGDsEAGs7BABsOwQAwDsEAMo7BAAVPAQAITwEAGo8BABwPAQAvzwEANk8BAAUPQQAHD0EAGk9BAB/PQQAvj0EAMw9BAATPgQAFj4EAGg+BABrPgQAvT4EAMs+BAASPwQAHz8EAGc/BAB+PwQAvD8EAMQ/BAARQAQAE0AEAGZABABuQAQAu0AEANJABAAQQQQAHEEEAGVBBAB7QQQAukEEAMJBBAAPQgQAHUIEAGRCBABuQgQAuUIEAMFCBAAOQwQAFUMEAGNDBABvQwQAuEMEALlDBAANRAQAGUQEAGJEBABvRAQAt0QEAL5EBAAMRQQAD0UEAGFFBABpRQQAtkUEALtFBAALRgQAGEYEAGBGBACORgQAtUYEAL1GBAAhzw8AEkcEAJIIEAAmRwQAX0cEAGdHBAB2zw8AwkcEAAlIBAALSAQAXkgEAG9IBACzSAQAu0gEAAhJBAAUSQQAXUkEAGNJBACySQQAuEkEAAdKBAAMSgQAXEoEAGJKBADLzw8AtkoEAAZLBAC9SgQATqUMAA5LBABbSwQAYEsEAJK5CQBhSwQALscKAGdLBADVdQoAaksEALBLBABsSwQAhsQKALVLBAAFTAQAtksEAJe1CAASTAQAWkwEAGdMBACvTAQAu0wEAARNBAATTQQAWU0EAGNNBAAf0Q8AuE0EAANOBAAITgQAWE4EAGBOBAB00Q8As04EAAJPBAAYTwQAV08EAGVPBACsTwQAuU8EAAFQBAADUAQAVlAEAGBQBACrUAQAt1AEAABRBAAHUQQAVVEEAF1RBACqUQQAsVEEAP9RBAAIUgQAVFIEAGBSBACpUgQAsVIEAB7SDwADUwQAU1MEAFtTBACoUwQAt1MEAP1TBAACVAQAUlQEAF9UBACnVAQAtFQEAPxUBAAIVQQAUVUEAGBVBACmVQQAsFUEAPtVBAAJVgQAUFYEAFVWBAClVgQAslYEAPpWBAACVwQAT1cEAFlXBACkVwQAslcEAPlXBAAPWAQATlgEAFpYBACjWAQAqFgEAPhYBAABWQQATVkEAFdZBABz0g8ArFkEAPdZBAADWgQATFoEAFRaBADI0g8AploEAPZaBAADWwQAS1sEAFhbBACgWwQArFsEAPVbBAAEXAQASlwEAFRcBACfXAQAt1wEAPRcBAD+XAQASV0EAFddBACeXQQAtF0EAPNdBAD/XQQASF4EAE1eBACdXgQApl4EAPJeBAD8XgQAR18EAE9fBAAd0w8AqV8EAPFfBACyXwQAHCoPAP5fBABGYAQAUmAEAJtgBACqYAQA8GAEAPpgBABFYQQAU2EEAJphBACnYQQA72EEAAZiBABEYgQATGIEAJliBACjYgQA7mIEAPNiBABDYwQAS2MEAHLTDwCkYwQA7WMEAPNjBABCZAQAXWQEAJdkBACjZAQA7GQEAPJkBADH0w8ASWUEABzUDwCbZQQA62UEAPhlBABAZgQATWYEAJVmBAChZgQA6mYEAPlmBAA/ZwQASWcEAJRnBACiZwQA6WcEAO5nBAA+aAQAS2gEAJNoBACbaAQAcdQPAPRoBAA9aQQATWkEAJJpBACbaQQA52kEAOppBAA8agQASGoEAJFqBACYagQAxtQPAPRqBAA7awQAUWsEAJBrBACcawQA5WsEAOxrBAA6bAQAQmwEAI9sBACUbAQA5GwEAO1sBAA5bQQAQ20EABvVDwCTbQQA420EAJptBAA0cgQA620EADhuBAA+bgQAjW4EAJJuBADibgQA624EADdvBABBbwQAjG8EAJhvBADhbwQA6W8EAHDVDwA7cAQAi3AEAJNwBADgcAQA63AEADVxBAA6cQQAinEEAI1xBADfcQQA6XEEAMXVDwA+cgQAiXIEAI1yBADecgQA43IEADNzBAA5cwQAiHMEAKhzBADdcwQA5XMEADJ0BABAdAQAh3QEAIp0BADcdAQA5HQEADF1BAA6dQQAhnUEAJN1BADbdQQA4XUEADB2BAA8dgQAhXYEAId2BADadgQA6XYEAC93BAA6dwQAhHcEAIZ3BADZdwQA8ncEAC54BAA/eAQAg3gEAI94BAAa1g8A4HgEAC15BABNeQQAgnkEAJB5BADXeQQA5HkEACx6BAAzegQAgXoEAJ16BADWegQA3noEAG/WDwAwewQAgHsEAI17BADVewQA4nsEACp8BAA2fAQAf3wEAI58BADUfAQA3nwEACl9BAA+fQQAfn0EAIZ9BADTfQQA4n0EACh+BAAqfgQAfX4EAIZ+BADSfgQA1X4EACd/BAAzfwQAfH8EAJh/BADRfwQA2X8EAMTWDwArgAQAe4AEAJGABADQgAQA3IAEACWBBABIgQQAGdcPAISBBADPgQQA14EEACSCBAAqggQA6Q0JADOCBAB5ggQAfoIEAM6CBADbggQAI4MEADCDBAB4gwQAhIMEAM2DBADcgwQAIoQEACyEBAB3hAQAf4QEAMyEBADWhAQAIYUEACaFBAB2hQQAfoUEAG7XDwDOhQQAIIYEAD2GBAB1hgQAhoYEAMqGBADYhgQAJtUEAACHBAAfhwQAO4cEAHSHBACQhwQAw9cPAM+HBAAeiAQAJIgEAHOIBAB4iAQAyIgEAM6IBAAY2A8AIokEAHKJBAB/iQQAx4kEANSJBAAcigQAKIoEAHGKBACAigQAxooEANCKBAAbiwQAKYsEAHCLBAB1iwQAxYsEANKLBAAajAQAJowEAG+MBAB1jAQAxIwEAMqMBAAZjQQAHo0EAG6NBAB0jQQAF9kPANeNBAAYjgQAPo4EAG2OBACTjgQAwo4EAOiOBAAXjwQAR48EAGyPBAB0jwQAwY8EAOmPBAAWkAQATJAEAGuQBACRkAQAwJAEAOaQBAAVkQQAS5EEAGqRBACakQQAv5EEAMeRBAAUkgQAGZIEAGbqBAAjkgQAaZIEAG6SBAC+kgQAy5IEABOTBAAgkwQAaJMEAHSTBAC9kwQAzJMEABKUBAAclAQAZ5QEAHWUBAC8lAQAwZQEABGVBAAelQQAZpUEAG6VBAC7lQQAwZUEABCWBADFlQQAvucEAByWBABllgQAdZYEALqWBADDlgQAD5cEABKXBABklwQAcJcEALmXBADAlwQAbNkPACKYBABjmAQAZpgEALiYBADVmAQADZkEAB6ZBABimQQAaZkEALeZBADQmQQADJoEABSaBABhmgQAd5oEALaaBAC7mgQAC5sEABKbBABgmwQAaZsEALWbBADGmwQACpwEABacBADB2Q8AYZwEALGfBABznAQAtJwEALecBAAJnQQAJp0EAF6dBABvnQQAs50EAMKdBAAIngQAGZ4EAF2eBABrngQAsp4EAL6eBAAHnwQAFJ8EAFyfBABmnwQAFtoPALefBAAGoAQAFKAEAFugBABdoAQAsKAEALegBAAFoQQAHqEEAGvaDwBjoQQAr6EEALyhBAAEogQAEqIEAFmiBABoogQArqIEALCiBAADowQADaMEAFijBABmowQAraMEALKjBAACpAQAD6QEAFekBABapAQArKQEALikBAABpQQAFKUEAFalBABlpQQAq6UEALelBAAApgQAAaYEAFWmBABfpgQAqqYEALimBAD/pgQABKcEAFSnBABhpwQAwNoPAK6nBAD+pwQAFKgEAFOoBABpqAQAqKgEALGoBAD9qAQACqkEAFKpBABgqQQAp6kEALapBAD8qQQA/qkEAFGqBABbqgQApqoEALSqBAD7qgQAAKsEAFCrBABdqwQApasEAKirBAD6qwQAAqwEAE+sBABgrAQApKwEALKsBAD5rAQABq0EAE6tBABurQQAo60EAKutBAD4rQQACK4EAE2uBABPrgQAoq4EALCuBAD3rgQACK8EAL/bDwBSrwQAoa8EAK2vBAAU3A8A/a8EAEuwBAADsAQA13cGAFKwBACgsAQAprAEAPWwBAABsQQASrEEAE2xBACfsQQAorEEAPSxBAAfsgQASbIEAGyyBACesgQAqbIEAPOyBAD4sgQASLMEAEuzBACdswQAp7MEAPKzBAAdtAQAadwPAEy0BACctAQAqbQEAPG0BAD+tAQARrUEAFK1BACbtQQAqrUEAPC1BAD6tQQARbYEAE22BACatgQApLYEAO+2BAD0tgQARLcEAEy3BAC+3A8AprcEAO63BAACuAQAQ7gEAEu4BACYuAQAnbgEAO24BAD9uAQAQrkEAEq5BACXuQQAobkEAOy5BAD3uQQAQboEAE26BACWugQAnroEABPdDwDsugQAQLsEAEy7BACVuwQApLsEAOq7BAD4uwQAP7wEAE+8BACUvAQAorwEAOm8BAD1vAQAPr0EAEW9BACTvQQAm70EAOi9BAD+vQQAPb4EAFG+BACSvgQAlb4EAOe+BAAEvwQAPL8EAE2/BACRvwQAmb8EAOa/BADxvwQAO8AEAEDABACQwAQAk8AEAOXABADvwAQAOsEEAD3BBABo3Q8AkcEEAHaCBwCUwQQA5MEEAOfBBAA5wgQAQ8IEAI7CBACWwgQA48IEAALDBAC93Q8ATMMEAI3DBACzwwQA4sMEAAjEBAA3xAQAXcQEAIzEBADDxAQA4cQEABfFBAA2xQQAXMUEAIvFBACxxQQA4MUEABbGBAA1xgQAWcYEAIrGBACmxgQA38YEAOfGBAAS3g8AOccEAInHBACWxwQA3scEAOvHBAAzyAQAP8gEAIjIBACXyAQA3cgEAOfIBAAyyQQAQMkEAIfJBACMyQQA3MkEAOnJBAAxygQAOcoEAGfeDwCSygQA28oEAOvKBAAwywQAOcsEAIXLBACIywQA2ssEAObLBAAvzAQANswEALzeDwCSzAQA2cwEAO/MBAAuzQQAOs0EAIPNBACKzQQA2M0EAODNBAAtzgQAMs4EAILOBACLzgQA184EAOHOBAAR3w8ALc8EAIHPBACNzwQA1s8EANzPBAAr0AQALdAEAIDQBACK0AQA1dAEAOPQBAAq0QQAL9EEAH/RBACM0QQA1NEEANzRBAAp0gQAM9IEAH7SBACM0gQA09IEAOnSBAAo0wQANNMEAH3TBACE0wQA0tMEANrTBAAn1AQALNQEAHzUBACF1AQA0dQEANvUBABm3w8APtUEAHvVBAB+1QQA0NUEAO3VBAAl1gQANtYEAHrWBACS1gQAz9YEANvWBAAk1wQAN9cEAHnXBACI1wQAztcEANrXBAAj2AQAJNgEAHjYBACC2AQAzdgEANvYBAAi2QQAJ9kEAHfZBACE2QQAu98PANHZBAAh2gQALtoEAHbaBACD2gQAy9oEANfaBAAg2wQAL9sEAHXbBAB/2wQAytsEANjbBAAf3AQAJNwEAHTcBACB3AQAydwEANHcBAC64A8AKt0EAHPdBACD3QQAyN0EANHdBAAd3gQAIN4EAHLeBAB+3gQAx94EAM7eBAAP4Q8AKt8EAHHfBACH3wQAxt8EANLfBAAb4AQAIuAEAHDgBAB44AQAxeAEAMrgBAAa4QQAI+EEAG/hBAB54QQAZOEPAMXhBAAZ4gQAJeIEAG7iBAB04gQAw+IEAMXiBAAY4wQAIuMEAG3jBAB74wQAwuMEAMfjBAAX5AQAJOQEAGzkBAB05AQAweQEAMvkBAAW5QQAJOUEAGvlBACB5QQAwOUEAMzlBAAV5gQAHOYEAGrmBABy5gQAv+YEAMTmBAAU5wQAHecEAGnnBABz5wQAueEPAMznBAAT6AQAKegEAGjoBAB06AQAvegEAMToBAAS6QQAGukEAGfpBABs6QQAvOkEAMXpBAAR6gQAG+oEAA7iDwBn6gQAu+oEAMfqBAAQ6wQAFusEAGXrBABn6wQAuusEAMTrBAAP7AQAHewEAGTsBABp7AQAuewEAMbsBAAO7QQAFu0EAGPtBABt7QQAuO0EAMbtBAAN7gQAI+4EAGLuBABu7gQAt+4EAL7uBAAM7wQAFO8EAGHvBABm7wQAtu8EAL/vBAAL8AQAFfAEAGPiDwBi8AQAir8LAG7wBAC18AQAxvAEAArxBAAP8QQAX/EEAHbxBAC08QQAyPEEAAnyBAAh8gQAXvIEAG3yBACz8gQAuPIEAAjzBAAV8wQAXfMEAGrzBACy8wQAvvMEAAf0BAAW9AQAXPQEAGb0BACx9AQAufQEAAb1BAAk9QQAW/UEAGP1BACw9QQAufUEAAX2BAAS9gQAWvYEAFz2BACv9gQAyPYEAAT3BAAV9wQAWfcEAGX3BACu9wQAtvcEALjiDwAI+AQAWPgEAGD4BACt+AQAvPgEAAL5BAAH+QQAV/kEAGT5BACs+QQAufkEAAH6BAAN+gQAVvoEAGX6BACr+gQAtfoEAAD7BAAI+wQAVfsEAF/7BACq+wQAr/sEAP/7BAAH/AQADeMPAFn8BACp/AQAxfwEAP78BAAG/QQAYuMPAIv9BACo/QQAzv0EAP39BAA2/gQAUv4EAIj+BACn/gQAvP4EAPz+BAAE/wQAUf8EAFT/BACm/wQAw/8EAPv/BAAMAAUAUAAFAFMABQClAAUArwAFAPoABQD8AAUATwEFAFkBBQCkAQUAsAEFAPkBBQAVAgUATgIFAFYCBQC34w8A1QIFAPgCBQD7AgUATQMFAHMDBQCiAwUA2wMFAPcDBQAbBAUATAQFAFQEBQAM5A8ApgQFAPYEBQADBQUASwUFAFgFBQCgBQUArAUFAPUFBQAEBgUASgYFAFQGBQCfBgUArQYFAPQGBQD5BgUASQcFAFYHBQCeBwUApgcFAPMHBQD9BwUASAgFAFYIBQCdCAUAswgFAPIIBQD+CAUARwkFAEwJBQCcCQUApQkFAPEJBQD7CQUARgoFAGIKBQCbCgUAowoFAGHkDwDyCgUARQsFAFMLBQCaCwUAqwsFALbkDwD2CwUAC+UPAEkMBQCZDAUAoQwFAO4MBQD9DAUAQw0FAEkNBQCYDQUApA0FAO0NBQDvDQUAQg4FAEwOBQCXDgUAow4FAOwOBQD0DgUAteUPAEYPBQCWDwUApQ8FAOsPBQALEAUAQBAFAEwQBQCVEAUAnxAFAOoQBQDyEAUAPxEFAEERBQCUEQUApBEFAOkRBQDzEQUAPhIFAEoSBQCTEgUAmRIFAOgSBQDwEgUACuYPAFQTBQCSEwUAmhMFAOcTBQDxEwUAPBQFAEEUBQCRFAUAmRQFAF/mDwDrFAUAOxUFAEQVBQBaRQsASBUFAJAVBQBRFQUAb9gNAJoVBQCpng0AnRUFAOUVBQDxFQUAOhYFAEkWBQCPFgUAmRYFAOQWBQDsFgUAGYcKAPIWBQA5FwUARhcFAI4XBQClFwUA4xcFAOsXBQA4GAUAQhgFAI0YBQCSGAUA4hgFAOoYBQC05g8ARBkFAIwZBQCaGQUA4RkFAPQZBQA2GgUAPhoFAIsaBQCOGgUA4BoFAOUaBQA1GwUARBsFAIobBQCqGwUA3xsFAOsbBQA0HAUAPhwFAIkcBQClHAUA3hwFAOYcBQAJ5w8ARh0FAIgdBQCOHQUA3R0FAOkdBQAyHgUAPB4FAIceBQCNHgUA3B4FAOoeBQAxHwUAPR8FAIYfBQCJHwUA2x8FANwfBQAwIAUAPCAFAIUgBQCLIAUA2iAFAOAgBQAvIQUAOyEFAIQhBQChIQUA2SEFAOIhBQAuIgUAOiIFAIMiBQCGIgUA2CIFAOIiBQAtIwUAOSMFAIIjBQCIIwUA1yMFAN0jBQAsJAUAMSQFAIEkBQCHJAUAXucPAOIkBQArJQUALSUFAIAlBQCPJQUA1SUFAOAlBQAqJgUANiYFAH8mBQCGJgUA1CYFANwmBQApJwUAMycFAH4nBQCJJwUA0ycFAN8nBQAoKAUAMCgFAF3oDwB/KAUA0igFAOUoBQAnKQUALykFAHwpBQCCKQUA0SkFAN0pBQAmKgUAMCoFAHsqBQCBKgUA0CoFAN4qBQAlKwUAMSsFAHorBQB9KwUAzysFANcrBQAkLAUAJSwFAHksBQCFLAUAziwFANQsBQAjLQUAKy0FAHgtBQB+LQUAzS0FANktBQAiLgUAPy4FAHcuBQCALgUAzC4FANguBQAhLwUAJC8FAHYvBQCALwUAyy8FANMvBQAgMAUAMTAFAHUwBQCDMAUAyjAFAOAwBQAfMQUALTEFAHQxBQB+MQUAsugPANgxBQAeMgUAKTIFAHMyBQB/MgUAyDIFAM8yBQAdMwUAJTMFAHIzBQB8MwUAxzMFANIzBQAcNAUAKDQFAHE0BQB5NAUAB+kPAMg0BQAbNQUALjUFAHA1BQB4NQUAxTUFAMs1BQAaNgUAJjYFAG82BQB5NgUAxDYFAMo2BQAZNwUAJzcFAG43BQB6NwUAwzcFAMY3BQAYOAUAIDgFAG04BQBuOAUAwjgFAM44BQAXOQUAHTkFAGw5BQB0OQUAwTkFAMc5BQAWOgUAIjoFAGs6BQCIOgUAwDoFAMk6BQAVOwUAITsFAGo7BQBtOwUAvzsFAMk7BQAUPAUAHDwFAGk8BQB6PAUAvjwFAMw8BQATPQUAKT0FAGg9BQB2PQUAvT0FAMc9BQASPgUAGj4FAGc+BQCKPgUAXOkPAMc+BQARPwUAHz8FAGY/BQB1PwUAuz8FAMY/BQAQQAUAGEAFAGVABQBzQAUAukAFAL1ABQAPQQUAF0EFALHpDwByQQUAuUEFALxBBQAOQgUAFkIFALaZBQAaQgUAjG4FAB1CBQBdSAUAKkIFAGNCBQB/QgUABuoPALpCBQANQwUAGkMFAGJDBQBvQwUAt0MFALxDBQAMRAUAFkQFAGFEBQBwRAUAtkQFALtEBQALRQUAGEUFAGBFBQBtRQUAtUUFAMFFBQAKRgUAGUYFAF9GBQBpRgUAtEYFAMBGBQAJRwUAD0cFAF5HBQBkRwUAs0cFALhHBQAISAUADkgFAFvqDwBiSAUA7GMFAG5IBQCySAUAwEgFAAdJBQATSQUAXEkFAGlJBQCxSQUAu0kFAAZKBQAiSgUAW0oFAHdKBQCw6g8AskoFAAVLBQASSwUAWksFAGdLBQCvSwUAtEsFAARMBQAOTAUAWUwFAGhMBQCuTAUAs0wFAANNBQAQTQUAWE0FAGVNBQCtTQUAuU0FAAJOBQARTgUAV04FAGFOBQCsTgUAuE4FAAFPBQAHTwUAVk8FAFxPBQCrTwUAsE8FAABQBQAGUAUABesPAFxQBQCqUAUAuFAFAP9QBQACUQUAVFEFAGNRBQCpUQUArlEFAP5RBQALUgUAU1IFAGBSBQCoUgUAtFIFAP1SBQAMUwUAUlMFAFxTBQCnUwUAtVMFAPxTBQABVAUAUVQFAF5UBQCmVAUAslQFAPtUBQAOVQUAUFUFAF9VBQClVQUAsVUFAPpVBQD7VQUAT1YFAFlWBQCkVgUAslYFAPlWBQD+VgUATlcFAFtXBQBa6w8ApVcFAPhXBQAGWAUATVgFAF5YBQBZ7A8AqVgFAK7sDwD8WAUATFkFAFRZBQChWQUAsFkFAPZZBQD7WQUAS1oFAFhaBQCgWgUArVoFAPVaBQABWwUASlsFAFlbBQCfWwUAqVsFAFjtDwD2WwUASVwFAGRcBQCeXAUAoFwFAPNcBQANXQUASF0FAFVdBQCdXQUAqV0FAPJdBQD8XQUAR14FAGFeBQCcXgUAq14FAPFeBQD2XgUARl8FAFNfBQCbXwUAqF8FAPBfBQD8XwUARWAFAFRgBQCaYAUApGAFAO9gBQD7YAUARGEFAFdhBQCZYQUAqGEFAO5hBQD6YQUAQ2IFAERiBQCYYgUAomIFAO1iBQD7YgUAQmMFAEdjBQCXYwUApGMFAK3tDwD5YwUAQWQFAE5kBQCWZAUAomQFAOtkBQD6ZAUAQGUFAEplBQCVZQUAo2UFAOplBQDvZQUAP2YFAExmBQCUZgUAoGYFAOlmBQD8ZgUAPmcFAE1nBQCTZwUAn2cFAOhnBQDpZwUAPWgFAEdoBQCSaAUAoGgFAOdoBQDsaAUAPGkFAElpBQAC7g8AnmkFAOZpBQDoaQUAO2oFAFRqBQCQagUAoWoFAOVqBQDxagUAOmsFAEJrBQAB7w8AlGsFAORrBQDsawUAOWwFAEhsBQCObAUAk2wFAONsBQDwbAUAOG0FAEVtBQCNbQUAmW0FAOJtBQDxbQUAN24FAEFuBQBW7w8An24FAOFuBQDwbgUANm8FAEJvBQCLbwUAjG8FAOBvBQDqbwUANXAFAENwBQCKcAUAj3AFAN9wBQDscAUAq+8PADlxBQCJcQUAlnEFAN5xBQDrcQUAM3IFAD9yBQCIcgUAl3IFAN1yBQDncgUAMnMFAEBzBQCHcwUAjHMFANxzBQDpcwUAMXQFADl0BQCq8A8AknQFANt0BQDrdAUAMHUFADl1BQCFdQUAiHUFANp1BQDmdQUAL3YFADZ2BQD/8A8Aj3YFANl2BQDadgUALncFAEZ3BQCDdwUAkHcFANh3BQDkdwUALXgFADd4BQCCeAUAhngFANd4BQDceAUALHkFADJ5BQCBeQUAoXkFANZ5BQDueQUAK3oFAEJ6BQCAegUAjHoFANV6BQDfegUAKnsFACx7BQB/ewUAhnsFANR7BQDbewUAKXwFAC98BQB+fAUAinwFANN8BQDWfAUAKH0FACt9BQB9fQUAiX0FANJ9BQDVfQUAVPEPACx+BQB8fgUAhH4FANF+BQDXfgUAJn8FACt/BQB7fwUAhH8FANB/BQDafwUAJYAFADGABQB6gAUAgoAFAKnxDwDUgAUAJIEFACyBBQB5gQUAhIEFAM6BBQDTgQUAI4IFACaCBQB4ggUAgoIFAP7xDwDZggUAIoMFACmDBQB3gwUAhYMFAMyDBQDPgwUAIYQFACmEBQB2hAUAeYQFAMuEBQDXhAUAIIUFACaFBQB1hQUAkIUFAMqFBQDWhQUAH4YFACWGBQB0hgUAfIYFAMmGBQDNhgUAHocFACqHBQBzhwUAgIcFAMiHBQDShwUAHYgFACWIBQByiAUAdIgFAMeIBQDLiAUAHIkFAB6JBQBxiQUAhYkFAFPyDwDOiQUAG4oFAB+KBQBwigUAcooFAMWKBQDIigUAGosFACKLBQBviwUAfIsFAMSLBQDJiwUAGYwFACOMBQBujAUAdowFAMOMBQDEjAUAGI0FAB2NBQBtjQUAcI0FAMKNBQDFjQUAF44FACWOBQBsjgUAhY4FAMGOBQDSjgUAFo8FACKPBQBrjwUAc48FAKjyDwDFjwUAFZAFAB2QBQBqkAUAeZAFAL+QBQDEkAUAFJEFACGRBQBpkQUAdpEFAL6RBQDKkQUAE5IFACKSBQBokgUAcpIFAL2SBQDFkgUAEpMFAByTBQBnkwUAbJMFALyTBQDEkwUA/fIPAByUBQBmlAUAcpQFALuUBQDDlAUAUvMPAByVBQBllQUAbJUFALqVBQDIlQUAD5YFABKWBQBklgUAbJYFALmWBQC8lgUADpcFABqXBQBjlwUAaZcFALiXBQDTlwUADZgFABmYBQBimAUAaJgFALeYBQDamAUADJkFAA+ZBQBhmQUAhZkFAKfzDwDFmQUAC5oFABCaBQBgmgUAbZoFALWaBQDCmgUACpsFABabBQBfmwUAbpsFALSbBQC+mwUACZwFABecBQBenAUAY5wFALOcBQDAnAUACJ0FABCdBQD88w8Aap0FALKdBQC6nQUAB54FACCeBQBcngUAYp4FALGeBQC2ngUABp8FACafBQBbnwUAZ58FALCfBQC9nwUABaAFAA2gBQBaoAUAXaAFAK+gBQC5oAUABKEFAAahBQBZoQUAY6EFAK6hBQC6oQUAUfQPABmiBQBYogUAZKIFAK2iBQCyogUAAqMFALWiBQDaFBEAC6MFAFejBQBhowUArKMFALSjBQDZcgkAuKMFAAGkBQDPowUAR68JAAekBQBWpAUAFKQFAPz3CwBcpAUAq6QFALCkBQAApQUABqUFAKb0DwBjpQUAqqUFAMClBQD/pQUAC6YFAFSmBQBZpgUAqaYFALKmBQD+pgUACKcFAFOnBQBbpwUAqKcFALenBQD9pwUAAqgFAFKoBQBfqAUAp6gFALSoBQD8qAUACKkFAFGpBQBgqQUApqkFALCpBQD7qQUACaoFAFCqBQBdqgUApaoFALyqBQD6qgUAAqsFAE+rBQBZqwUApKsFAKmrBQD5qwUAAawFAKX1DwBarAUAo6wFAKmsBQD4rAUAE60FAE2tBQBZrQUAoq0FAKitBQD69Q8A/a0FAK+ZDAAKrgUATK4FAFuuBQChrgUAra4FAPauBQD3rgUAS68FAFWvBQCgrwUArq8FAPWvBQD6rwUASrAFAFewBQBP9g8ApLAFAPSwBQD8sAUASbEFAEyxBQCesQUAp7EFAPOxBQACsgUASLIFAFOyBQCdsgUApbIFAPKyBQACswUAR7MFAFWzBQCcswUArbMFAPGzBQD9swUARrQFAE60BQBO9w8AobQFAPC0BQD4tAUARbUFAEy1BQCatQUAqLUFAO+1BQD1tQUARLYFAFC2BQCZtgUAqLYFAO62BQD4tgUAQ7cFAEi3BQCYtwUAnrcFAO23BQABuAUAQrgFAEq4BQCXuAUAv7gFAOy4BQD1uAUAQbkFAE65BQCWuQUApLkFAOu5BQD+uQUAQLoFAFy6BQCj9w8AmroFAOq6BQD3ugUAP7sFAEy7BQCUuwUAoLsFAOm7BQD4uwUAPrwFAEi8BQCTvAUAobwFAOi8BQDtvAUAPb0FAEq9BQCSvQUAmr0FAPj3DwDzvQUAPL4FAEy+BQCRvgUAmr4FAOa+BQDpvgUAO78FAEe/BQCQvwUAl78FAE34DwANwAUAOsAFAEPABQCPwAUAnMAFAOTABQDywAUAOcEFAEzBBQCOwQUAqsEFAKL4DwDxwQUAOMIFAE7CBQCNwgUAmcIFAOLCBQDpwgUAN8MFAD/DBQCMwwUAkcMFAOHDBQDqwwUANsQFAEDEBQD3+A8AjMQFAODEBQDsxAUANcUFADvFBQCKxQUAjMUFAN/FBQDpxQUANMYFAELGBQCJxgUAjsYFAN7GBQDrxgUAM8cFADvHBQCIxwUAkscFAN3HBQDrxwUAMsgFAEjIBQCHyAUAk8gFANzIBQDjyAUAMckFADnJBQCGyQUAi8kFANvJBQDkyQUAMMoFADrKBQBM+Q8Ak8oFANrKBQDwygUAL8sFADvLBQCEywUAicsFANnLBQDiywUALswFADjMBQCDzAUAj8wFANjMBQDezAUALc0FADPNBQCCzQUAh80FANfNBQDdzQUAofkPADHOBQCBzgUAjs4FANbOBQDjzgUAK88FADfPBQCAzwUAj88FANXPBQDfzwUAKtAFADjQBQB/0AUAhNAFANTQBQDh0AUAKdEFADHRBQCg+g8AjNEFANPRBQDp0QUAKNIFADTSBQB90gUAgtIFANLSBQDb0gUAJ9MFADHTBQD1+g8AiNMFANHTBQDi0wUAJtQFADLUBQB71AUAitQFANDUBQDa1AUAJdUFADPVBQB61QUAf9UFAM/VBQDc1QUAJNYFAC7WBQB51gUAMNYFACDaBQCH1gUAztYFAOTWBQAj1wUAL9cFAHjXBQB91wUAzdcFANbXBQAi2AUALNgFAHfYBQCD2AUAzNgFANLYBQAh2QUAJ9kFAHbZBQB72QUAy9kFANHZBQBK+w8AJtoFAHXaBQB72gUAytoFAM/aBQAf2wUAJdsFAJ/7DwCC2wUAydsFAN/bBQAe3AUAKtwFAHPcBQB43AUAyNwFANHcBQAd3QUAJ90FAHLdBQB+3QUAx90FANrdBQAc3gUAK94FAHHeBQB93gUAxt4FAMfeBQAb3wUAJd8FAHDfBQB+3wUAxd8FAMrfBQAa4AUAJ+AFAPT7DwB+4AUAxOAFAOTgBQAZ4QUAJeEFAG7hBQB44QUAw+EFAMjhBQAY4gUAGeIFAG3iBQB54gUAwuIFAM/iBQAX4wUAI+MFAGzjBQB/4wUAweMFANDjBQAW5AUAIuQFAGvkBQBs5AUAwOQFAMrkBQAV5QUAI+UFAGrlBQBv5QUAv+UFAMzlBQBJ/A8AMOYFAJ78DwBv5gUAvuYFAMTmBQAT5wUAGOcFAGjnBQBu5wUA8/wPAMLnBQAS6AUAFegFAGfoBQBz6AUAvOgFAMLoBQAR6QUALOkFAGbpBQBy6QUAu+kFAMHpBQAQ6gUAEuoFAGXqBQCA6gUAuuoFALzqBQAP6wUAHesFAGTrBQB16wUAuesFALvrBQAO7AUAJ+wFAGPsBQB07AUAuOwFAMTsBQDy/Q8AF+0FAGLtBQBw7QUAt+0FAM3tBQAM7gUAGO4FAGHuBQBm7gUAtu4FAL/uBQAL7wUAFe8FAGDvBQBo7wUAte8FALrvBQAK8AUAGfAFAF/wBQBu8AUAtPAFAL3wBQAJ8QUAD/EFAF7xBQBk8QUAs/EFAL/xBQAI8gUAD/IFAF3yBQBl8gUAsvIFALTyBQAH8wUAF/MFAFzzBQBm8wUAsfMFAL3zBQAG9AUADPQFAFv0BQBj9AUAR/4PALz0BQAF9QUAFvUFAFr1BQBm9QUAr/UFAL71BQAE9gUADvYFAFn2BQBn9gUArvYFALP2BQAD9wUAEPcFAFj3BQBg9wUArfcFALf3BQBADwYAufcFAAL4BQAI+AUAV/gFAF34BQCs+AUAsfgFAAH5BQAH+QUAnP4PAGL5BQCr+QUAsfkFAAD6BQAb+gUAVfoFAGH6BQCq+gUAsPoFAP/6BQAH+wUAVPsFAFf7BQCp+wUAtfsFAP77BQAP/AUAU/wFAF/8BQCo/AUAt/wFAP38BQAH/QUAUv0FAGD9BQCn/QUArP0FAPz9BQAJ/gUAUf4FAFn+BQCm/gUAsP4FAPv+BQAJ/wUAUP8FAGb/BQCl/wUAsf8FAPr/BQD//wUATwAGAFgABgCkAAYArgAGAJv/DwD/AAYATgEGAFQBBgCjAQYArwEGAPgBBgAFAgYATQIGAFcCBgCiAgYAqgIGAPcCBgABAwYATAMGAFEDBgChAwYAogMGAPYDBgD7AwYASwQGAFwEBgCgBAYApQQGAPUEBgAMBQYASgUGAF4FBgCfBQYAuwUGAPQFBgD8BQYA8P8PAFEGBgCeBgYAqAYGAPMGBgAHBwYASAcGAEkHBgCdBwYAqQcGAPIHBgAOCAYARwgGAE8IBgBFABAApQgGAPEIBgD/CAYARgkGAAAJBgChVAoAUAkGAJsJBgCdCQYA8AkGAAkKBgBFCgYAVgoGAJoKBgCmCgYA7woGAPcKBgCaABAAUAsGAJkLBgCfCwYA7gsGAAkMBgBDDAYATwwGAJgMBgCeDAYA7QwGAPAMBgBCDQYASg0GAJcNBgCnDQYA7A0GAPENBgBBDgYASg4GAJYOBgCjDgYA6w4GAPIOBgDvABAATg8GAJUPBgCrDwYA6g8GAPYPBgA/EAYARBAGAJQQBgCdEAYA6RAGAPMQBgA+EQYAWhEGAJMRBgCbEQYARAEQAO0RBgA9EgYARRIGAJISBgCUEgYA5xIGAAITBgA8EwYAPhMGAJETBgCfEwYA5hMGAPcTBgA7FAYAPRQGAJAUBgCpFAYA5RQGAPYUBgA6FQYARhUGAI8VBgCXFQYAmQEQAPAVBgA5FgYAPxYGAI4WBgCpFgYA4xYGAO8WBgA4FwYAPhcGAI0XBgCQFwYA7gEQAP8XBgA3GAYAOBgGAIwYBgCbGAYA4RgGAOYYBgA2GQYAQxkGAIsZBgCYGQYA4BkGAOwZBgA1GgYARBoGAIoaBgCUGgYA3xoGAO0aBgA0GwYAORsGAIkbBgCWGwYA3hsGAOobBgAzHAYAORwGAIgcBgBGHAYAyDEGAI4cBgDdHAYA4hwGADIdBgA4HQYAQwIQAIwdBgDcHQYA/B0GADEeBgA9HgYAhh4GAIweBgDbHgYA4x4GAARLBgDkHgYAMB8GAD0fBgCFHwYAix8GANofBgDmHwYALyAGADEgBgCEIAYAkyAGANkgBgDkIAYALiEGADAhBgCDIQYAnCEGANghBgDpIQYALSIGADkiBgCCIgYAjiIGANciBgDqIgYALCMGADsjBgCBIwYAjSMGANYjBgDXIwYAKyQGADUkBgCAJAYAjiQGANUkBgDaJAYAKiUGADclBgCYAhAAjCUGANQlBgDoJQYAKSYGAEUmBgB+JgYAmiYGAO0CEADiJgYAKCcGACknBgB9JwYAjCcGANInBgDXJwYAJygGADQoBgB8KAYAiSgGANEoBgDdKAYAJikGADUpBgB7KQYAhSkGANApBgDeKQYAJSoGACoqBgB6KgYAhyoGAM8qBgDfKgYAJCsGACYrBgB5KwYAhysGAM4rBgDfKwYAQgMQACosBgCXAxAAfSwGAM0sBgDaLAYAIi0GAC8tBgB3LQYAfS0GAMwtBgDYLQYAIS4GADEuBgB2LgYAfy4GAMsuBgDOLgYAIC8GACwvBgB1LwYAfC8GAOwDEADWLwYAHzAGAC8wBgB0MAYAfTAGAMkwBgDMMAYAHjEGACoxBgBzMQYAejEGAEEEEADXMQYAHTIGACkyBgByMgYAczIGAMcyBgDRMgYAHDMGACozBgBxMwYAdjMGAMYzBgDTMwYAlgQQACA0BgBwNAYAfzQGAMU0BgDlNAYAGjUGACY1BgBvNQYAeTUGAMQ1BgDMNQYAGTYGACU2BgBuNgYAdDYGAMM2BgDJNgYAGDcGAB03BgBtNwYAczcGAJUFEADHNwYAFzgGACA4BgBsOAYAfTgGAME4BgDIOAYAFjkGAB45BgBrOQYAeDkGAMA5BgDFOQYAFToGAB86BgBqOgYAcjoGAL86BgDOOgYAFDsGABk7BgBpOwYAdjsGAL47BgDLOwYAEzwGAB88BgBoPAYAdzwGAL08BgDHPAYAEj0GABo9BgBnPQYAcT0GALw9BgDBPQYAET4GABk+BgCUBhAAaz4GALs+BgC+PgYAED8GABo/BgDpBhAAaz8GALo/BgC/PwYAD0AGAC9ABgBkQAYAcEAGALlABgC/QAYADkEGABFBBgBjQQYAZUEGALhBBgDTQQYADUIGAA9CBgBiQgYAcEIGALdCBgDIQgYADEMGAA5DBgBhQwYAekMGALZDBgDHQwYAC0QGABdEBgA+BxAAcEQGALVEBgDVRAYACkUGAAxFBgBfRQYAa0UGAFZGDgBuRQYASloGAHtFBgCSZwYAiEUGALRFBgC3RQYACUYGABhGBgBeRgYAY0YGALNGBgDARgYACEcGABVHBgBdRwYAaUcGALJHBgDBRwYAB0gGABFIBgBcSAYAakgGALFIBgC2SAYABkkGABNJBgBbSQYAZ0kGALBJBgC2SQYABUoGAAtKBgBaSgYAX0oGAK9KBgC1SgYAkwcQABpLBgBZSwYAW0sGAK5LBgDCSwYAA0wGAAtMBgBYTAYAZUwGAK1MBgCyTAYAAk0GAAxNBgBXTQYAX00GAKxNBgDFTQYAAU4GAA1OBgBWTgYAXk4GAOgHEADGTgYAAE8GAAJPBgBVTwYAY08GAKpPBgC7TwYA/08GAAFQBgBUUAYAbVAGAKlQBgC6UAYA/lAGAApRBgA9CBAAWFEGAKhRBgCxUQYA/VEGAA5SBgBSUgYAWVIGAKdSBgCvUgYA/FIGAAlTBgBRUwYAVlMGAKZTBgCwUwYA+1MGAANUBgBQVAYAaVQGAKVUBgCxVAYA+lQGAAJVBgDnCBAAUlUGAKRVBgCuVQYA+VUGAPtVBgBOVgYAZ1YGAKNWBgC0VgYA+FYGAAZXBgBNVwYAUFcGAKJXBgCtVwYA91cGAANYBgBMWAYAU1gGADwJEACmWAYA9lgGAP5YBgBLWQYAWVkGAKBZBgChWQYA9VkGABBaBgCRCRAAT1oGAJ9aBgCsWgYA9FoGAAFbBgBJWwYAVVsGAJ5bBgCtWwYA81sGAP1bBgBIXAYAVlwGAJ1cBgCiXAYA8lwGAP9cBgBHXQYAU10GAJxdBgCiXQYA8V0GAPddBgBGXgYAS14GAJteBgChXgYA5gkQAP1eBgBFXwYAR18GAJpfBgCzXwYA718GAABgBgBEYAYAUGAGAJlgBgChYAYA5QoQAPNgBgBDYQYAS2EGAJhhBgCxYQYA7WEGAPJhBgBCYgYAR2IGAJdiBgChYgYA7GIGAO9iBgBBYwYAS2MGAJZjBgCcYwYA62MGAO1jBgBAZAYAQWQGAJVkBgCdZAYA6mQGAPpkBgA/ZQYARWUGAJRlBgCZZQYA6WUGAP9lBgA+ZgYARmYGAJNmBgC7ZgYA6GYGAAtnBgA9ZwYAXGcGADoLEACaZwYAjwsQAPhnBgA8aAYASmgGAJFoBgCdaAYA5mgGAPNoBgA7aQYARWkGAJBpBgCYaQYA5WkGAPBpBgA6agYAPGoGAI9qBgCSagYA5GoGAOxqBgA5awYAP2sGAI5rBgCXawYA42sGAPBrBgA4bAYAQGwGAI1sBgCSbAYA4mwGAOtsBgA3bQYAQW0GAIxtBgCUbQYA4W0GAOZtBgA2bgYARm4GAItuBgCTbgYA4G4GAOJuBgA1bwYAUG8GAIpvBgCMbwYA328GAO1vBgA0cAYARXAGAIlwBgCLcAYA3nAGAPdwBgAzcQYARHEGAIhxBgCUcQYA3XEGAOVxBgDkCxAAOHIGAIdyBgCMcgYA3HIGAPxyBgAxcwYAPXMGAIZzBgCMcwYA23MGAN5zBgAwdAYAOHQGAIV0BgCPdAYA2nQGAN90BgAvdQYAN3UGAIR1BgCOdQYA2XUGANt1BgAudgYAP3YGAIN2BgCjdgYA2HYGAOB2BgAtdwYAN3cGAIJ3BgCHdwYAOQwQAOt3BgAseAYANHgGAIF4BgCGeAYA1ngGAOZ4BgAreQYAM3kGAIB5BgCKeQYA1XkGAOB5BgAqegYANnoGAH96BgCHegYAjgwQAOB6BgApewYANXsGAH57BgCFewYA03sGANt7BgAofAYAQXwGAH18BgCDfAYA0nwGANd8BgAnfQYAR30GAHx9BgCIfQYA0X0GANd9BgAmfgYAKX4GAOMMEAB9fgYA0H4GAIl+BgBhOg8A034GACV/BgAvfwYAen8GAIh/BgDPfwYA3n8GACSABgAngAYAeYAGADyABgBTpgYAQIAGAA2XBgCFgAYAzoAGANCABgAjgQYAKYEGAHiBBgCHgQYAzYEGANiBBgAiggYAKoIGABPmBgA8ggYAd4IGAIOCBgDMggYA34IGACGDBgAwgwYAdoMGAIKDBgDLgwYAzIMGACCEBgAqhAYAdYQGAIOEBgDKhAYAz4QGAB+FBgAshQYAOA0QAI6FBgDJhQYA2IUGAB6GBgAjhgYAc4YGAICGBgDIhgYA1YYGAB2HBgAphwYAcocGAIGHBgDHhwYA0YcGAByIBgAqiAYAcYgGAHaIBgDGiAYA04gGABuJBgAniQYAcIkGAHaJBgDFiQYAy4kGABqKBgAfigYAb4oGAHWKBgCNDRAAxYoGABmLBgDNigYAjBUJANGKBgBO/ggA04oGAGTqBgDkigYAo08NACWLBgBuiwYAdIsGAOi6BwB7iwYAw4sGAMaLBgAYjAYAJIwGAG2MBgBvjAYAwowGAMiMBgAXjQYAJo0GAGyNBgB3jQYAwY0GAMKNBgAWjgYAKo4GAGuOBgCFjgYAwI4GAMyOBgAVjwYAKI8GAGqPBgB5jwYAv48GAMuPBgAUkAYAFZAGAGmQBgBzkAYAvpAGAMyQBgATkQYAGJEGAGiRBgB1kQYA4g0QANeRBgASkgYAIZIGAGeSBgBskgYAvJIGAMmSBgARkwYAHpMGAGaTBgBykwYAu5MGAMqTBgAQlAYAGpQGAGWUBgBzlAYAupQGAL+UBgAPlQYAHJUGAGSVBgBwlQYAuZUGAL+VBgAOlgYAFJYGAGOWBgBolgYAuJYGAL6WBgA3DhAAKZcGAIwOEABolwYAt5cGALmXBgAMmAYAGZgGAGGYBgBkmAYAtpgGALeYBgALmQYAEJkGAGCZBgBmmQYAtZkGAL+ZBgAKmgYAJpoGAF+aBgB7mgYA4Q4QALqaBgAJmwYAC5sGAF6bBgBrmwYAs5sGALabBgAInAYACZwGAF2cBgBinAYAspwGALicBgAHnQYAEZ0GAFydBgB4nQYAsZ0GAM2dBgA2DxAADJ4GAFueBgBhngYAsJ4GALWeBgAFnwYAC58GAIsPEABonwYAr58GAMqfBgAEoAYAEqAGAFmgBgBmoAYArqAGAMWgBgADoQYAEqEGAFihBgBdoQYAraEGALqhBgACogYAD6IGAFeiBgBjogYArKIGALuiBgABowYAC6MGAFajBgBkowYAq6MGALCjBgAApAYADaQGAFWkBgBYpAYAqqQGALakBgD/pAYABaUGAFSlBgBapQYAqaUGAK6lBgD+pQYABKYGAOAPEABdpgYAqKYGAK6mBgD9pgYA/6YGAFKnBgBfpwYAp6cGAKqnBgD8pwYA/acGAFGoBgBWqAYApqgGAKyoBgD7qAYABakGAFCpBgBqqQYApakGALSpBgD6qQYA/6kGAE+qBgBcqgYApKoGALGqBgD5qgYABasGAE6rBgBdqwYAo6sGAK2rBgD4qwYABqwGAE2sBgBSrAYAoqwGAK+sBgD3rAYAAa0GAJi2BgADrQYATK0GAFKtBgChrQYAp60GAPatBgD7rQYAS64GAFGuBgA1EBAApa4GAPWuBgACrwYASq8GAFevBgCfrwYAq68GAPSvBgADsAYASbAGAFOwBgCesAYArLAGAPOwBgD4sAYASLEGAFWxBgCdsQYApbEGADQREAD4sQYAR7IGAE2yBgCcsgYAobIGAPGyBgD3sgYAiREQAEizBgCbswYApLMGAPCzBgDzswYARbQGAFG0BgCatAYAobQGAO+0BgD3tAYARLUGAF21BgCZtQYArbUGAO61BgAKtgYAQ7YGAEu2BgAzEhAAprYGAO22BgADtwYAQrcGAE63BgCXtwYAnLcGAOy3BgD1twYAQbgGAEu4BgCWuAYAsrgGAOu4BgDzuAYAiBIQAEW5BgCVuQYAorkGAOq5BgD3uQYAP7oGAEu6BgCUugYAo7oGAOm6BgDzugYAPrsGAEy7BgCTuwYAmLsGAOi7BgD1uwYAPbwGAEW8BgDdEhAAoLwGAOe8BgD9vAYAPL0GAEi9BgCRvQYAlr0GAOa9BgDvvQYAO74GAEW+BgCQvgYAmL4GAOW+BgD0vgYAOr8GADy/BgCPvwYAmL8GAOS/BgDnvwYAOcAGAEXABgCOwAYAlcAGAOPABgDrwAYAOMEGAFHBBgCNwQYAocEGAOLBBgD+wQYAN8IGAD/CBgAyExAAkcIGAOHCBgDuwgYANsMGAEPDBgCLwwYAl8MGAODDBgDvwwYANcQGAD/EBgCKxAYAlMQGAN/EBgDtxAYANMUGAErFBgCJxQYAlcUGAN7FBgDjxQYAM8YGADzGBgCIxgYAksYGAN3GBgDpxgYAMscGADjHBgCHxwYAjccGANzHBgDhxwYAMcgGADfIBgCHExAAksgGANvIBgDfyAYAMMkGAD/JBgCFyQYAiskGANrJBgDnyQYAL8oGADzKBgCEygYAkMoGANnKBgDoygYALssGADjLBgCDywYAkcsGANjLBgDdywYALcwGADrMBgCCzAYAjswGANfMBgDdzAYALM0GADLNBgCBzQYAhs0GANbNBgDczQYA3BMQADDOBgCAzgYAh84GANXOBgDhzgYAKs8GACzPBgB/zwYALc8GACTVBgCazwYA1M8GANbPBgAp0AYAN9AGAH7QBgCP0AYA09AGANXQBgAo0QYAQdEGAH3RBgCO0QYA0tEGAN7RBgAn0gYAM9IGAHzSBgCP0gYA0dIGAODSBgAm0wYAMtMGAHvTBgB80wYA0NMGANrTBgAl1AYAM9QGAHrUBgB/1AYAz9QGANzUBgAxFBAAJtUGAHnVBgCU1QYAztUGANDVBgAj1gYAMdYGAHjWBgCJ1gYAzdYGAM/WBgAi1wYAO9cGAHfXBgCI1wYAzNcGANjXBgAh2AYALdgGAHbYBgCJ2AYAy9gGANrYBgAg2QYALNkGAHXZBgB22QYAytkGANTZBgAf2gYALdoGAHTaBgB52gYAydoGANbaBgAwFRAAI9sGAHPbBgB72wYAyNsGAMrbBgAd3AYALtwGAHLcBgCA3AYAx9wGAOLcBgAc3QYAKN0GAHHdBgB53QYALxYQAMvdBgAb3gYAIt4GAHDeBgB83gYAxd4GAMjeBgAa3wYAIt8GAG/fBgB/3wYAxN8GAMnfBgAZ4AYAIuAGAG7gBgB74AYAw+AGAMrgBgAY4QYAIOEGAIQWEAB64QYAwuEGAMrhBgAX4gYAK+IGAGziBgBx4gYAweIGAMriBgAW4wYAHOMGAGvjBgBz4wYAwOMGAM/jBgAV5AYAJuQGAGrkBgBz5AYAv+QGAMLkBgAU5QYAHuUGAGnlBgB15QYAvuUGAMTlBgDZFhAAIOYGAGjmBgBt5gYAveYGAMTmBgAS5wYAHucGAGfnBgBv5wYALhcQANfnBgAR6AYAE+gGAGboBgB06AYAu+gGAMzoBgAQ6QYAEukGAGXpBgB+6QYAuukGAMvpBgAP6gYAG+oGAIMXEABz6gYAueoGAMLqBgAO6wYAFOsGAGPrBgBp6wYAuOsGAMTrBgAN7AYAFOwGAGLsBgBq7AYAt+wGALvsBgAM7QYAF+0GAGHtBgBv7QYAtu0GAMftBgAL7gYAF+4GAGDuBgBo7gYA2BcQALjuBgAK7wYAFO8GAF/vBgBh7wYAtO8GAM3vBgAJ8AYAGvAGAF7wBgBs8AYAs/AGALbwBgAI8QYAE/EGAF3xBgBr8QYAsvEGAL/xBgAH8gYAHvIGAFzyBgBk8gYAsfIGALPyBgAG8wYADvMGAFvzBgBq8wYAsPMGALXzBgAF9AYAEvQGAFr0BgBn9AYAr/QGALv0BgAE9QYAE/UGAFn1BgBj9QYArvUGALz1BgAD9gYACPYGAFj2BgBl9gYArfYGALX2BgAC9wYADPcGAFf3BgBc9wYArPcGALT3BgAB+AYABPgGAFb4BgBz+AYAq/gGALz4BgAA+QYACPkGAFX5BgBY+QYAqvkGALb5BgD/+QYABfoGAFT6BgBv+gYAqfoGALX6BgD++gYABPsGAC0YEABi+wYAqPsGAKn7BgD9+wYANPwGAFL8BgBg/AYAp/wGAKj8BgD8/AYABP0GAFH9BgBg/QYApv0GAKv9BgD7/QYACP4GAFD+BgBd/gYApf4GALH+BgD6/gYACf8GAE//BgBZ/wYApP8GALL/BgD5/wYA/v8GAE4ABwBbAAcAowAHAKsABwD4AAcAAgEHAE0BBwBSAQcAogEHAKoBBwD3AQcAAQIHAEwCBwBXAgcAoQIHAK0CBwD2AgcA/gIHAIIYEABQAwcAoAMHAKMDBwD1AwcA/wMHAEoEBwBSBAcA1xgQAK0EBwD0BAcACgUHAEkFBwBVBQcAngUHAKMFBwDzBQcA/AUHAEgGBwBSBgcAnQYHAKUGBwDyBgcA/gYHAEcHBwBaBwcAnAcHAJ0HBwDxBwcA/wcHAEYIBwBMCAcAmwgHAKcIBwDwCAcA9wgHACwZEABGCQcAmgkHAKYJBwDvCQcA/AkHAEQKBwBMCgcAmQoHAKMKBwDuCgcA/QoHAEMLBwBECwcAmAsHAKALBwDtCwcA/AsHAEIMBwBHDAcAlwwHAKQMBwDsDAcA+QwHAEENBwBNDQcAlg0HAKUNBwDrDQcA9Q0HAEAOBwBODgcAlQ4HAJoOBwDqDgcA9w4HAD8PBwBHDwcAlA8HAJgPBwDpDwcA9w8HAD4QBwBIEAcAkxAHAJ4QBwDoEAcA8BAHAD0RBwBIEQcAkhEHAJcRBwDnEQcA6hEHADwSBwBGEgcAkRIHAJkSBwDmEgcABRMHAIEZEABKEwcAkBMHAJETBwDlEwcA7RMHADoUBwA7FAcAjxQHAJUUBwDkFAcA6RQHADkVBwBUFQcAjhUHAJwVBwDjFQcA6hUHADgWBwBEFgcAjRYHAJMWBwDiFgcA/hYHADcXBwA/FwcA1hkQAJIXBwDhFwcA5xcHADYYBwA7GAcAixgHAJEYBwArGhAA5RgHADUZBwA8GQcAihkHAJYZBwDfGQcA5xkHANUaEABHGgcAiRoHAL8aBwDeGgcA4BoHAN0bBwASGwcAMxsHAFgbBwCIGwcAjxsHAH8bEADCGwcAKhsQAO0bBwAyHAcAbBwHANQbEACQHAcAwN4LAJEcBwDJ0w0ApBwHANwcBwCnHAcAQAgNAO0cBwAxHQcAOR0HAIYdBwCJHQcA2x0HAOcdBwAwHgcANh4HAIUeBwCgHgcA2h4HAOYeBwAvHwcANR8HAIQfBwCMHwcA2R8HAPUfBwAuIAcANiAHACkcEACSIAcA2CAHANkgBwAtIQcANSEHAIIhBwCDIQcA1yEHAN0hBwAsIgcAMSIHAIEiBwCcIgcA1iIHAOQiBwArIwcAMiMHAIAjBwCMIwcA1SMHANsjBwAqJAcARiQHAH8kBwCHJAcAfhwQANokBwApJQcALyUHAH4lBwCDJQcA0yUHANklBwDTHBAALSYHAH0mBwCEJgcA0iYHAN4mBwAnJwcALycHAH0dEACPJwcA0ScHAAcoBwAmKAcAKCgHACUpBwBaKAcAeygHAKAoBwDQKAcA1ygHACceEAAKKQcA0h0QADUpBwB6KQcAtCkHAHweEADRKQcAJCoHACUqBwB5KgcAgyoHAM4qBwDcKgcAIysHAD4rBwB4KwcAhCsHAM0rBwDVKwcA0R4QAC4sBwB3LAcAfSwHAMwsBwDnLAcAIS0HAC0tBwB2LQcAfC0HAMstBwDTLQcAIC4HAC4uBwB1LgcAeC4HAMouBwDSLgcAHy8HACgvBwB0LwcAgS8HAMkvBwDLLwcAHjAHADkwBwBzMAcAdTAHAMgwBwDWMAcAHTEHAC4xBwByMQcAdDEHAMcxBwDgMQcAHDIHAC0yBwBxMgcAfTIHAMYyBwDOMgcAJh8QACEzBwBwMwcAeDMHAMUzBwDMMwcAGjQHAB80BwBvNAcAezQHAMQ0BwDHNAcAGTUHACE1BwBuNQcAezUHAMM1BwDINQcAGDYHACI2BwBtNgcAdTYHAMI2BwDONgcAFzcHACo3BwBsNwcAejcHAME3BwDENwcAFjgHACA4BwB7HxAAbjgHAMA4BwDIOAcAFTkHABg5BwBqOQcAdjkHAL85BwDFOQcAFDoHAC86BwBpOgcAdToHAL46BwDEOgcAEzsHABs7BwBoOwcAdjsHAL07BwDAOwcAEjwHABo8BwBnPAcAcDwHALw8BwDJPAcAET0HABM9BwBmPQcAgT0HALs9BwC9PQcAED4HAB4+BwBlPgcAdj4HALo+BwC8PgcADz8HACg/BwBkPwcAdT8HALk/BwDFPwcADkAHABZABwDQHxAAaUAHALhABwDAQAcADUEHABRBBwBiQQcAZ0EHALdBBwDDQQcADEIHAA9CBwBhQgcAaUIHALZCBwDDQgcAC0MHABBDBwBgQwcAakMHALVDBwC9QwcACkQHABZEBwBfRAcAckQHALREBwDCRAcACUUHAAxFBwBeRQcAaEUHACUgEAC2RQcACEYHABRGBwBdRgcAY0YHALJGBwDNRgcAB0cHABNHBwBcRwcAYkcHALFHBwC5RwcABkgHABRIBwBbSAcAXkgHALBIBwC4SAcABUkHAA5JBwBaSQcAZ0kHAK9JBwCxSQcABEoHAB9KBwBZSgcAW0oHAK5KBwC8SgcAA0sHABRLBwBYSwcAWksHAK1LBwDGSwcAAkwHABNMBwBXTAcAY0wHAKxMBwC0TAcAeiAQAAdNBwBWTQcAXk0HAKtNBwCyTQcAAE4HAAVOBwBVTgcAYU4HAKpOBwCtTgcA/04HAAdPBwBUTwcAYU8HAKlPBwCuTwcA/k8HAAhQBwBTUAcAW1AHAKhQBwC0UAcA/VAHABBRBwBSUQcAYFEHAKdRBwCqUQcA/FEHAAZSBwDPIBAAU1IHAKZSBwBWUgcA52UIAFpSBwBh5Q4AXVIHAJwADgBfUgcAgcsIALBSBwCYWQ4At1IHAPtSBwAMUwcAUFMHAF5TBwClUwcAwVMHAPpTBwAWVAcAJCEQAF1UBwCkVAcAsVQHAPlUBwAQVQcATlUHAFpVBwCjVQcAqVUHAPhVBwD+VQcATVYHAFJWBwCiVgcAqFYHAHkhEAD8VgcATFcHAFRXBwChVwcApFcHAPZXBwACWAcAS1gHAFFYBwCgWAcAu1gHAPVYBwABWQcASlkHAFBZBwCfWQcAp1kHAPRZBwD2WQcASVoHAGRaBwCeWgcAoFoHAPNaBwABWwcASFsHAFlbBwCdWwcAn1sHAPJbBwALXAcAR1wHAFhcBwCcXAcAqFwHAHgiEAAHXQcARl0HAFVdBwCbXQcAb10HAJZiBwCdXQcA8F0HAP9dBwBFXgcAUF4HAJpeBwCmXgcA714HAPJeBwBEXwcA9l4HADdsBwALXwcA6GUHAFBfBwCZXwcAn18HAO5fBwAJYAcAQ2AHAE9gBwCYYAcAnmAHAO1gBwD5YAcAQmEHAEhhBwCXYQcAnWEHAOxhBwDxYQcAQWIHAEdiBwDNIhAAmWIHAOtiBwAHYwcAQGMHAEhjBwDMIxAAoWMHAOpjBwDwYwcAP2QHAFpkBwCUZAcAoGQHAOlkBwDvZAcAPmUHAEZlBwCTZQcAtGUHACEkEADwZQcAdiQQAEJmBwCSZgcAn2YHAOdmBwD0ZgcAPGcHAEhnBwCRZwcAoGcHAOZnBwDwZwcAO2gHAENoBwCQaAcAmmgHAOVoBwDzaAcAOmkHAFBpBwCPaQcAm2kHAORpBwDpaQcAOWoHAEJqBwCOagcAmGoHAONqBwDragcAOGsHAEJrBwCNawcAkmsHAOJrBwDqawcAyyQQAENsBwCMbAcAn2wHAOFsBwDwbAcANm0HAEJtBwCLbQcAjG0HAOBtBwDqbQcANW4HAENuBwCKbgcAj24HAN9uBwDsbgcAICUQAD9vBwCJbwcAlW8HAN5vBwDkbwcAM3AHAD9wBwCIcAcAkHAHAB8mEADgcAcAMnEHADpxBwCHcQcAlHEHANxxBwDhcQcAMXIHADlyBwCGcgcAiHIHANtyBwD2cgcAMHMHADJzBwCFcwcAk3MHANpzBwDrcwcAL3QHADF0BwCEdAcAnXQHANl0BwDqdAcALnUHADp1BwCDdQcAi3UHAHQmEADddQcALXYHADp2BwCCdgcAj3YHANd2BwDjdgcALHcHADt3BwCBdwcAi3cHANZ3BwDkdwcAK3gHADB4BwCAeAcAjXgHANV4BwDdeAcAKnkHACx5BwB/eQcAiXkHANR5BwDceQcAySYQADR6BwB+egcAjHoHANN6BwDWegcAKHsHADB7BwB9ewcAk3sHANJ7BwDXewcAJ3wHAD18BwB8fAcAiHwHANF8BwDefAcAJn0HADB9BwAeJxAAfX0HANB9BwDefQcAJX4HADZ+BwBzJxAAgH4HAM9+BwDbfgcAyCcQACZ/BwB5fwcAf38HAM5/BwDufwcAI4AHAC+ABwB4gAcAf4AHAM2ABwDVgAcAIoEHACmBBwB3gQcAg4EHAMyBBwDOgQcAIYIHACiCBwAdKBAAeYIHAMuCBwDTggcAIIMHADCDBwB1gwcAd4MHAMqDBwDYgwcAH4QHADCEBwByKBAAe4QHAMcoEADWhAcAHoUHACWFBwBzhQcAe4UHAMiFBwDWhQcAHYYHACCGBwByhgcAeoYHAMeGBwDOhgcAHIcHACqHBwBxhwcAdIcHAMaHBwDIhwcAG4gHADSIBwBwiAcAgYgHAMWIBwDRiAcAGokHACGJBwBviQcAd4kHAMSJBwDNiQcAGYoHACaKBwBuigcAeIoHAMOKBwDRigcAGIsHACmLBwBtiwcAdYsHAMKLBwDMiwcAF4wHACWMBwBsjAcAgowHAMGMBwDNjAcAFo0HAB2NBwBrjQcAc40HAMCNBwDGjQcAFY4HACGOBwBqjgcAdI4HAL+OBwDFjgcAFI8HACiPBwBxKRAAd48HAL6PBwDXjwcAE5AHACmQBwBokAcAd5AHAL2QBwDXkAcAEpEHABWRBwANlgcAHZEHAAibBwAhkQcAZ5EHAGyRBwC8kQcAyZEHABGSBwAekgcAZpIHAHKSBwC7kgcAypIHABCTBwAakwcAZZMHAHOTBwC6kwcAv5MHAA+UBwAclAcAZJQHAHCUBwC5lAcAv5QHAA6VBwAUlQcAY5UHAGiVBwC4lQcAvpUHAMYpEAAZlgcAYpYHAGiWBwC3lgcA0pYHAAyXBwAYlwcAYZcHAGeXBwC2lwcAvZcHAAuYBwAQmAcAtJkHABeYBwBgmAcAYpgHALWYBwC8mAcACpkHACaZBwBfmQcAZ5kHAMUqEAC4mQcACZoHABaaBwBemgcAepoHALOaBwC7mgcAGisQAA2bBwBdmwcAYJsHALKbBwC8mwcAB5wHABicBwBcnAcAYZwHALGcBwC2nAcABp0HACadBwBbnQcAZJ0HALCdBwCxnQcABZ4HABGeBwBangcAYJ4HAK+eBwC1ngcABJ8HAAmfBwBZnwcAX58HAG8rEACvnwcAA6AHAA+gBwBYoAcAZaAHAK2gBwC1oAcAAqEHAAuhBwBXoQcAZKEHAKyhBwC6oQcAAaIHABSiBwBWogcAXqIHAKuiBwCuogcAAKMHAAWjBwBVowcAZKMHAKqjBwDKowcA/6MHAAukBwBUpAcAXqQHAG4sEACzpAcA/qQHAAClBwBTpQcAXaUHAKilBwCxpQcA/aUHAACmBwBSpgcAWqYHAKemBwDcpgcAwywQAAinBwBRpwcAYKcHAKanBwDGpwcA+6cHAAeoBwBQqAcAV6gHAKWoBwCqqAcA+qgHAPuoBwBPqQcAW6kHAKSpBwCqqQcA+akHAPupBwBOqgcAWKoHAKOqBwCxqgcA+KoHAP2qBwBNqwcAWqsHAKKrBwCsqwcA96sHAAWsBwBMrAcAYqwHAKGsBwCtrAcA9qwHAPusBwBLrQcAVK0HAKCtBwCqrQcA9a0HAAGuBwBKrgcAXa4HAJ+uBwCurgcA9K4HAACvBwBJrwcASq8HAJ6vBwCorwcA868HAAGwBwBIsAcATbAHAJ2wBwCqsAcAGC0QAACxBwBHsQcAXbEHAJyxBwCosQcA8bEHAPixBwBGsgcATrIHAJuyBwCgsgcA8LIHAPmyBwBFswcAT7MHAJqzBwCiswcA77MHAPOzBwBEtAcARrQHAJm0BwCntAcA7rQHAPi0BwBDtQcAUbUHAJi1BwCltQcA7bUHAAS2BwBCtgcASrYHAJe2BwCntgcA7LYHAPG2BwBBtwcAR7cHAJa3BwCetwcA67cHAPC3BwBAuAcAQbgHAJW4BwChuAcA6rgHAPC4BwA/uQcAQbkHAJS5BwCeuQcA6bkHAPe5BwA+ugcAQ7oHAJO6BwCgugcAFy4QAOq6BwA9uwcAR7sHAJK7BwCguwcA57sHAOy7BwA8vAcASbwHAJG8BwCTvAcAw4gJAJu8BwDmvAcA9LwHADu9BwBRvQcAkL0HAJy9BwDlvQcA6r0HADq+BwBDvgcAj74HAJm+BwDkvgcA8L4HADm/BwBMvwcAjr8HAJ2/BwDjvwcA778HADjABwA5wAcAjcAHAJfABwDiwAcA8MAHADfBBwA8wQcAjMEHAJnBBwBsLhAA6sEHADbCBwBAwgcAi8IHAI3CBwDgwgcA6sIHADXDBwBBwwcAisMHAJLDBwBrLxAA4MMHADTEBwBAxAcAicQHAI/EBwDexAcA4MQHADPFBwA9xQcAiMUHAJbFBwDdxQcA4sUHADLGBwA/xgcAh8YHAI/GBwDcxgcA5sYHADHHBwA/xwcAhscHAJzHBwDbxwcA58cHADDIBwA3yAcAhcgHAI3IBwDayAcA38gHAC/JBwA4yQcAhMkHAI7JBwDZyQcA7skHAC7KBwA3ygcAg8oHAJDKBwDYygcA2soHAC3LBwBGywcAgssHAJPLBwDXywcA48sHACzMBwA0zAcAwC8QAIbMBwDWzAcA3swHACvNBwBBzQcAgM0HAIXNBwDVzQcA3M0HACrOBwA4zgcAf84HAI/OBwDUzgcA6M4HACnPBwAxzwcAfs8HAI3PBwDTzwcA2M8HACjQBwAx0AcAfdAHAIrQBwDS0AcA3NAHACfRBwAz0QcAfNEHAILRBwAVMBAA39EHACbSBwA80gcAe9IHAIfSBwDQ0gcA1dIHACXTBwAu0wcAetMHAITTBwDP0wcA19MHACTUBwAo1AcAedQHAHvUBwDO1AcA3NQHACPVBwAt1QcAeNUHAIbVBwDN1QcA2tUHACLWBwA51gcAd9YHAH/WBwDM1gcA3NYHACHXBwAm1wcAdtcHAHzXBwDL1wcA09cHACDYBwA72AcAddgHAHfYBwDK2AcA29gHAB/ZBwAo2QcAdNkHAIDZBwBqMBAAztkHAB7aBwAh2gcAc9oHAH3aBwDI2gcAytoHAB3bBwA42wcActsHAHTbBwDH2wcA1dsHABzcBwAt3AcAcdwHAHPcBwDG3AcA39wHABvdBwAs3QcAcN0HAHzdBwC/MBAA4t0HABreBwAr3gcAb94HAIveBwDE3gcAzN4HABQxEAAe3wcAbt8HAHbfBwDD3wcAzt8HABjgBwAd4AcAbeAHAHDgBwDC4AcAzOAHABfhBwAa4QcAbOEHAHThBwDB4QcAw+EHABbiBwAx4gcAa+IHAG3iBwDA4gcAzuIHABXjBwAm4wcAauMHAGzjBwC/4wcA2OMHABTkBwAl5AcAaeQHAHXkBwC+5AcAxuQHAGkxEAAg5QcAaOUHAHDlBwC95QcAx+UHABLmBwAd5gcAZ+YHAHPmBwC85gcAxOYHAL4xEAAW5wcAZucHAGvnBwC75wcAzOcHABMyEAAd6AcAZegHAGfoBwC66AcA0+gHAA/pBwAg6QcAZOkHAHDpBwC56QcAwekHAGgyEAAT6gcAY+oHAGvqBwC46gcAx+oHAA3rBwAT6wcAYusHAG7rBwC36wcAuesHAAzsBwAW7AcAYewHAG3sBwC27AcAvuwHAL0yEAAX7QcAYO0HAGPtBwC17QcAuO0HAAruBwAY7gcAX+4HAGTuBwC07gcAwe4HABIzEAAa7wcAXu8HAGbvBwCz7wcAa+8HAP/4BwC+7wcACPAHAA3wBwBd8AcAYPAHALLwBwC88AcAB/EHACrxBwBc8QcAX/EHALHxBwDV8QcABvIHAA7yBwBnMxAAYfIHALDyBwC+8gcABfMHABHzBwBa8wcAYfMHAK/zBwC38wcABPQHABT0BwBZ9AcAXvQHAK70BwC09AcAA/UHAAv1BwBY9QcAdfUHAK31BwC29QcAAvYHAA72BwBX9gcAXfYHAKz2BwDA9gcAAfcHAAn3BwBW9wcAZvcHAKv3BwCt9wcAAPgHAA74BwBV+AcAZvgHALwzEACx+AcAETQQAAT5BwBU+QcAW/kHAKn5BwC1+QcA/vkHAAH6BwBT+gcAY/oHAKj6BwCq+gcA/foHAAv7BwBS+wcAY/sHAGY0EACu+wcAuzQQAA/8BwBR/AcAYPwHAKb8BwCy/AcA+/wHAPz8BwBQ/QcAWv0HAKX9BwCz/QcA+v0HAP/9BwBP/gcAXP4HABA1EACp/gcA+f4HAAL/BwBO/wcAX/8HAKP/BwCq/wcA+P8HAAAACABNAAgAWgAIAKIACACnAAgA9wAIAAEBCABMAQgAVAEIAKEBCACnAQgA9gEIAAICCABLAggATQIIAKACCACvAggA9QIIAAADCABKAwgAUgMIAJ8DCAChAwgA9AMIAAEECABJBAgAXQQIAJ4ECACmBAgA8wQIAAIFCABIBQgATQUIAJ0FCACqBQgA8gUIAPwFCABHBggASQYIAJwGCACrBggA8QYIAPsGCABGBwgATgcIAJsHCACcBwgA8AcIAPUHCABFCAgAUwgIAJoICACnCAgA7wgIAPkICAAPNhAARwkIAJkJCAClCQgA3xgIALUJCADuCQgA9gkIAGQ2EABICggAmAoIAKAKCADtCggA8AoIAEILCABOCwgAlwsIAJ0LCADsCwgABwwIAEEMCABNDAgAlgwIAJwMCADrDAgA7gwIAEANCABIDQgAlQ0IAJcNCADqDQgABQ4IAD8OCABBDggAlA4IAKIOCADpDggA+g4IAD4PCABADwgAkw8IAKwPCADoDwgA+Q8IAD0QCABJEAgAkhAIAJoQCAC5NhAA7BAIADwRCABCEQgAkREIAJkRCADmEQgA9REIADsSCABAEggAkBIIAJ0SCADlEggA8hIIADoTCABGEwgAjxMIAJ4TCADkEwgA7hMIADkUCABHFAgAjhQIAJMUCADjFAgA8BQIAA43EABEFQgAjRUIAJMVCADiFQgA/RUIADcWCABDFggAjBYIAJIWCADhFggA5BYIADYXCABCFwgAixcIAJEXCADgFwgA5hcIADUYCAA6GAgAihgIAJAYCABjNxAA5RgIADQZCAA6GQgAiRkIAI4ZCADeGQgA5BkIALg3EAA4GggAiBoIAJUaCADdGggA6hoIADIbCAA+GwgAhxsIAJYbCADcGwgA5hsIADEcCAA/HAgAhhwIAIscCADbHAgA6BwIADAdCABIHQgAhR0IAIsdCADaHQgA5h0IAC8eCAA/HggAhB4IAI0eCADZHggA3B4IAC4fCAA6HwgAgx8IAIofCAC3OBAA2h8IAC0gCAA3IAgAgiAIAIUgCADXIAgA3yAIACwhCAAvIQgAgSEIAI0hCADWIQgA3CEIACsiCABGIggAgCIIAIwiCADVIggA2yIIAAw5EABKIwgAfyMIAIojCADUIwgA2SMIACkkCAAyJAgAfiQIAIEkCADTJAgA3yQIACglCAA0JQgAyC8IAEAlCAB9JQgAhCUIANIlCADYJQgAJyYIADUmCAB8JggAlyYIANEmCADdJggAJicIACwnCAB7JwgAlScIANAnCADcJwgAJSgIACsoCAB6KAgAgCgIAM8oCADUKAgAJCkIACopCABhORAAhikIAM4pCADaKQgAIyoIAC0qCAB4KggAfCoIAM0qCADSKggAIisIACgrCAB3KwgAlysIAMwrCADYKwgAISwIACcsCAB2LAgAfCwIAMssCADQLAgAIC0IACYtCAALOhAAei0IAMotCADRLQgAHy4IACsuCAB0LggAkC4IAMkuCADRLggACjsQAFcvCABzLwgAmS8IAF87EADbLwgAHTAIACwwCAByMAgAfjAIAMcwCADIMAgAHDEIACYxCABxMQgAfzEIAMYxCADLMQgAGzIIACgyCAC0OxAAeDIIALM8EADKMggAGjMIACczCABvMwgAfDMIAMQzCADQMwgAGTQIACg0CABuNAgAeDQIAMM0CADRNAgAGDUIAB01CABtNQgAejUIAMI1CADKNQgACD0QACM2CABsNggAfDYIAME2CADKNggAFjcIABk3CABrNwgAdzcIAMA3CADHNwgAXT0QACA4CABqOAgAdjgIAL84CADHOAgAsj0QACE5CABpOQgAcDkIAL45CAC/OQgAEzoIABg6CABoOggAdjoIAL06CADKOggAEjsIABw7CABnOwgAbzsIALw7CADFOwgAETwIABc8CABmPAgAdzwIALs8CADXPAgAED0IABg9CAAHPhAAcD0IALo9CADEPQgADz4IABk+CABkPggAZT4IAFw+EAC+PggADj8IABs/CABjPwgAcD8IALg/CADEPwgADUAIABxACABiQAgAbEAIALdACAC/QAgADEEIABZBCABhQQgAZkEIALZBCAC+QQgAsT4QABZCCABgQggAbEIIALVCCAC9QggABj8QAA9DCABfQwgAbkMIALRDCADUQwgACUQIABVECABeRAgAZEQIALNECAC7RAgACEUIAA9FCABdRQgAX0UIALJFCAC+RQgAB0YIAB1GCABcRggAYUYIALFGCAC+RggAWz8QAAtHCABbRwgAakcIALBHCADQRwgABUgIABFICABaSAgAYEgIAK9ICAC3SAgABEkIAAtJCABZSQgAW0kIAK5JCAC6SQgAA0oIABlKCABYSggAXUoIAK1KCAC6SggAAksIAApLCABXSwgAXUsIAKxLCAC1SwgAAUwIAA5MCABWTAgAY0wIAKtMCAC5TAgAAE0IAA1NCABVTQgAbE0IAKpNCADYTQgAsD8QAAVOCABUTggADE4IAOARDgBqTggAqU4IALdOCAD+TggAAU8IAFNPCABWTwgAqE8IALZPCAD9TwgAAlAIAFJQCABfUAgAp1AIAK9QCAD8UAgAA1EIAFFRCABdUQgAplEIALNRCAD7UQgACVIIAFBSCABcUggApVIIAKxSCAD6UggAAlMIAE9TCABTUwgApFMIAK9TCAD5UwgAB1QIAE5UCABfVAgAo1QIAK9UCAD4VAgAAFUIAAVAEABTVQgAolUIALZVCAD3VQgABVYIAExWCABZVggAoVYIALhWCAD2VggA/lYIAEtXCABVVwgAoFcIAKVXCAD1VwgA/VcIAEpYCABZWAgAn1gIAKRYCAD0WAgAAVkIAElZCABWWQgAnlkIAKpZCADzWQgAAloIAEhaCABSWggAnVoIAKVaCADyWggA/FoIAEdbCABMWwgAnFsIAKRbCABaQBAA/FsIAEZcCABSXAgAm1wIAKNcCACvQBAA9VwIAEVdCABUXQgAml0IALpdCADvXQgA+10IAEReCABKXggAmV4IAKFeCADuXggA9V4IAENfCABFXwgAmF8IAKRfCADtXwgAA2AIAEJgCABHYAgAl2AIAKRgCAAEQRAA9WAIAEFhCABHYQgAlmEIAKRhCADrYQgA+GEIAEBiCABXYggAlWIIAJ1iCADqYggA+WIIAD9jCABEYwgAlGMIAKFjCADpYwgA9mMIAD5kCABKZAgAk2QIAKJkCADoZAgA8mQIAD1lCABZZQgAkmUIAJplCABZQRAA9GUIAOyxDAD2ZQgAPGYIAEZmCADKKA0AXGYIAJFmCACdZggA5mYIAOxmCAA7ZwgAQ2cIAPmoCABHZwgAkGcIAFVnCAAPkwgAo2cIAOVnCAD0ZwgAOmgIAEZoCACPaAgAkGgIAORoCADuaAgAOWkIAEdpCACOaQgAk2kIAONpCADwaQgArkEQAD5qCACNaggAk2oIAOJqCADnaggAN2sIAD1rCACtQhAAl2sIAOFrCADvawgANmwIAEdsCACLbAgAl2wIAOBsCADobAgAV0MQAEFtCACKbQgAlG0IAN9tCADubQgANG4IAD9uCACJbggAl24IAN5uCADrbggAM28IAEpvCACIbwgAkG8IAN1vCADgbwgAMnAIAD5wCACHcAgAjXAIANxwCAD3cAgAMXEIAD1xCACGcQgAjHEIANtxCADjcQgAMHIIADJyCACFcggAhnIIANpyCADocggAL3MIADdzCACEcwgAn3MIANlzCADlcwgALnQIADR0CACDdAgAhnQIANh0CADmdAgALXUIADJ1CACCdQgAj3UIAKxDEADkdQgAzSUNAOh1CAAsdggA6nUIAB5/DQA4dggAgXYIAI52CADWdggA23YIACt3CAA1dwgAgHcIAJB3CADVdwgA2ncIACp4CAAzeAgAf3gIAIx4CADUeAgA23gIACl5CAA1eQgAfnkIAIR5CADTeQgA2XkIACh6CAAteggAfXoIAIN6CAABRBAA3noIACd7CAAtewgAfHsIAIJ7CADRewgA3nsIACZ8CAArfAgAe3wIAIN8CADQfAgABn0IACV9CABVfQgAen0IAIJ9CADPfQgA3H0IACR+CAApfggAeX4IAIF+CADOfggA0X4IACN/CAAsfwgAeH8IAId/CADNfwgA2H8IACKACAAqgAgAd4AIAIeACADMgAgA2oAIACGBCAAygQgAdoEIAIKBCADLgQgA04EIAABFEAAmgggAdYIIAH2CCADKgggA0YIIAB+DCAAtgwgAdIMIAHqDCADJgwgA1YMIAB6ECAAthAgAc4QIAH2ECADIhAgAzYQIAB2FCAAjhQgAcoUIAIaFCABVRRAA0YUIAJ4DCQDUhQgAHIYIANaFCAAvyAgAIYYIAHGGCAB9hggAxoYIANOGCAAbhwgAJYcIAKpFEACLhwgAxYcIAMeHCAAaiAgAIIgIAG+ICACmiAgAxIgIAMqICAAZiQgAIokIAG6JCAB7iQgAw4kIAPqJCAAYiggAH4oIAG2KCAByiggAwooIANGKCAAXiwgAN4sIAGyLCAB4iwgAwYsIAMeLCAAWjAgAMIwIAGuMCABujAgAwIwIAMWMCAAVjQgAJI0IAGqNCACKjQgAVEYQAN+NCAAUjggAII4IAGmOCABzjggAvo4IAMqOCAAKQgkAy44IABOPCAAYjwgAaI8IAHKPCAC9jwgAzY8IABKQCAAXkAgAZ5AIAHCQCAC8kAgAyZAIABGRCAAYkQgAZpEIAHKRCAC7kQgAwZEIABCSCAAWkggAZZIIAGqSCAC6kggAwJIIAKlGEAASkwgAZJMIAGmTCAC5kwgAyJMIAA6UCAAulAgAU0cQAHGUCAC4lAgAxZQIAA2VCAAUlQgAYpUIAGqVCAC3lQgAuZUIAAyWCAC+lQgASVYLAM6VCACFGgsAEpYIAApACwAUlggAYZYIAGWWCABZnggAd5YIAG/bCgB8lggAtpYIALiWCAALlwgAHJcIAGCXCABulwgAtZcIALyXCAAKmAgAEpgIAF+YCABmmAgAtJgIALmYCAAJmQgAGJkIAF6ZCAB+mQgAs5kIAL+ZCAAImggADpoIAF2aCABlmggAspoIAL6aCAAHmwgAFJsIAFybCAB3mwgAsZsIAL+bCAAGnAgADJwIAFucCABgnAgAsJwIAL2cCAAFnQgAG50IAFqdCABmnQgAr50IALydCAAEnggADp4IAKhHEABenggArp4IALSeCAADnwgAI58IAFifCABmnwgArZ8IALqfCAACoAgAGaAIAFegCABfoAgArKAIALugCAABoQgABqEIAFahCABjoQgAq6EIALWhCAAAoggAAqIIAFWiCABjoggAqqIIALeiCAD/oggAC6MIAFSjCABaowgAqaMIALGjCAD+owgABKQIAFOkCABcpAgAqKQIALWkCAD9pAgAB6UIAFKlCABgpQgAp6UIAL2lCAD8pQgACKYIAFGmCABZpggA/UcQALCmCAD7pggAAacIAFCnCABSpwgApacIAK+nCAD6pwgABqgIAE+oCABmqAgApKgIALioCABSSBAAB6kIAE6pCABRqQgAo6kIAKupCAD4qQgABKoIAE2qCABbqggAoqoIAKyqCAD3qggAAqsIAEyrCABYqwgAoasIAKerCAD2qwgA/qsIAEusCABYrAgAoKwIAKWsCAD1rAgA/6wIAEqtCABSrQgAn60IAKWtCAD0rQgA/a0IAEmuCABWrggAnq4IAKuuCADzrggAAa8IAEivCABVrwgAna8IALSvCADyrwgA+q8IAEewCABMsAgAnLAIAKKwCADxsAgA+bAIAEaxCABcsQgAm7EIAKmxCADwsQgA87EIAEWyCABUsggAmrIIAJ+yCADvsggA/LIIAESzCABUswgAmbMIAKezCADuswgABbQIAEO0CABMtAgAmLQIAJ60CADttAgA+bQIAEK1CABJtQgAp0gQAKO1CADstQgA7rUIAEG2CABLtggAlrYIAKK2CADrtggA87YIAPxIEABFtwgAlbcIAKS3CADqtwgACrgIAD+4CABLuAgAlLgIAJq4CADpuAgA8bgIAD65CAA/uQgAk7kIAJm5CADouQgA7bkIAD26CABYuggAkroIAKC6CADnuggA7roIADy7CABIuwgAkbsIAJe7CABRSRAA67sIADu8CABFvAgAkLwIAKG8CADlvAgA8bwIADq9CAA9vQgAj70IAJK9CADkvQgA7L0IADm+CABAvggAjr4IAJO+CADjvggA8r4IADi/CABYvwgAjb8IAJm/CADivwgA6L8IADfACAA/wAgAjMAIAJnACADhwAgA5sAIADbBCABAwQgAi8EIAJPBCADgwQgA8MEIADXCCAA6wggAisIIAJPCCADfwggA7MIIADTDCAA7wwgApkkQAI7DCADewwgA7cMIADPECABTxAgAiMQIAJTECADdxAgA48QIADLFCAA6xQgAh8UIAJPFCADcxQgA6cUIADHGCAA4xggAhsYIAIfGCADbxggA4MYIADDHCAA+xwgAhccIAJLHCADaxwgA5McIAPtJEAA0yAgAhMgIAJHICADZyAgA5sgIAC7JCAA0yQgAg8kIAI/JCADYyQgA6MkIAC3KCAA2yggAgsoIAIXKCADXyggA48oIACzLCAAzywgAUEoQAIPLCADWywgAiMsIADAZDACRywgAN2cMAOfLCAArzAgAM8wIAIDMCACKzAgA1cwIAOTMCAAqzQgAK80IAH/NCACHzQgA+koQANzNCABPSxAAR84IAH7OCABMzggA61kQAFHOCAAI7wgAhs4IANPOCADizggAKM8IAC3PCAB9zwgAis8IANLPCADfzwgAJ9AIADPQCAB80AgAi9AIANHQCADb0AgAJtEIAEnRCAB70QgAsdEIANDRCAD00QgAJdIIAC3SCACjTBAAf9IIAM/SCADV0ggAJNMIACzTCAD4TBAAh9MIAM7TCADp0wgAI9QIAC/UCAB41AgAidQIAM3UCADh1AgAItUIACrVCAB31QgAfdUIAMzVCADY1QgAIdYIADHWCAB21ggAf9YIAMvWCADO1ggAINcIACzXCAB11wgAfNcIAE1NEADY1wgAH9gIACnYCACiTRAAedgIAMnYCADW2AgAHtkIACvZCABz2QgAf9kIAMjZCADX2QgAHdoIACfaCABy2ggAgNoIAMfaCADM2ggAHNsIACnbCABx2wgAedsIAPdNEADS2wgAG9wIACvcCABw3AgAedwIAMXcCADI3AgAGt0IACbdCABv3QgAdt0IAExOEADT3QgAGd4IAB7eCABu3ggAe94IAMPeCADQ3ggAGN8IAB7fCABt3wgAed8IAMLfCADS3wgAF+AIACDgCABs4AgAb+AIAMHgCADN4AgAFuEIAB3hCAChThAAcOEIAMDhCADN4QgAFeIIADPiCABq4ggAduIIAL/iCADS4ggAFOMIACLjCABp4wgAbOMIAL7jCADI4wgAE+QIACHkCABo5AgAdeQIAL3kCADU5AgAEuUIABrlCABn5QgAbuUIALzlCADB5QgAEeYIACfmCABm5ggAaOYIALvmCADJ5ggAEOcIAB3nCAD2ThAAbecIAEtPEAC/5wgAD+gIABzoCABk6AgAcegIALnoCADF6AgADukIAB3pCABj6QgAbekIALjpCADG6QgADeoIABLqCABi6ggAb+oIALfqCAC/6ggAoE8QABjrCABh6wgAcesIALbrCAC/6wgAC+wIAA7sCABg7AgAbOwIALXsCAC87AgA9U8QABbtCABf7QgAb+0IALTtCAB17QgA7gQNAL3tCAAJ7ggADO4IAF7uCABq7ggAs+4IALruCABKUBAAEe8IAFryCAAS7wgAXe8IAGzvCACy7wgAbu8IAAbxCACz7wgAB/AIACPwCABc8AgAk/AIALHwCADo8AgAn1AQAAnxCABb8QgAd/EIALDxCADn8QgABfIIADzyCAD0UBAAZ/IIAK/yCAC98ggABPMIABfzCABZ8wgAdfMIAK7zCADl8wgAA/QIADr0CABJURAAafQIAK30CAC59AgAAvUIAAr1CACeURAAXPUIAKz1CAC09QgAAfYIABD2CABW9ggAW/YIAKv2CAC49ggAAPcIAA33CABV9wgAYfcIAKr3CAC59wgA//cIAAn4CABU+AgAXPgIAKn4CACz+AgA/vgIAAP5CABT+QgAW/kIAPNREAC3+QgA/fkIALn5CABR+wgA/vkIAFL6CABu+ggAp/oIAN76CAD8+ggAM/sIAEhSEABU+wgApvsIAML7CAD7+wgAMvwIAFD8CACH/AgAnVIQAKj8CAD6/AgAC/0IAE/9CABr/QgApP0IANv9CAD5/QgAMP4IAPJSEABb/ggAo/4IAK/+CAD4/ggAB/8IAE3/CABX/wgAov8IAKr/CACJbQkAsP8IAPf/CAD8/wgATAAJAFkACQChAAkAqQAJAPYACQD8AAkASwEJAAYBCQCQZgkAVwEJAKABCQCwAQkA9QEJAP4BCQBKAgkATQIJAJ8CCQCrAgkA9AIJAPsCCQBHUxAAbAMJAJxTEACsAwkA8wMJAAkECQBIBAkAVAQJAJ0ECQCkBAkA8gQJAPcECQBHBQkAUAUJAJwFCQCmBQkA8VMQAPYFCQBp4AsA+wUJAEYGCQD9BQkAJnkLAFAGCQCbBgkAnAYJAPAGCQD/BgkARQcJAEoHCQCaBwkApwcJAO8HCQD8BwkARAgJAFAICQCZCAkAqAgJAO4ICQD4CAkAQwkJAFEJCQCYCQkAnQkJAO0JCQD6CQkAQgoJAEMKCQCXCgkAnAoJAOwKCQDxCgkAQQsJAFILCQCWCwkAuQsJAOsLCQD2CwkAQAwJAEUMCQCVDAkAmAwJAOoMCQD0DAkAPw0JAGoNCQCUDQkAsw0JAJtUEAD1DQkAPg4JAEAOCQCTDgkAog4JAOgOCQDzDgkAPQ8JAEUPCQCSDwkAmQ8JAOcPCQDpDwkAPBAJAEYQCQCREAkAkxAJAOYQCQD/EAkAOxEJAD0RCQCQEQkAkxEJAOURCQDxEQkAOhIJAEISCQDwVBAAmxIJAOQSCQDqEgkAORMJAFQTCQCOEwkAmhMJAOMTCQDpEwkAOBQJAEAUCQCNFAkAjxQJAOIUCQDsFAkANxUJAD8VCQBFVRAAnRUJAOEVCQDoFQkANhYJAD4WCQCLFgkAmBYJAOAWCQDlFgkANRcJAD8XCQCKFwkAkhcJAN8XCQDuFwkANBgJADkYCQCJGAkAlhgJAN4YCQDrGAkAMxkJAD8ZCQCIGQkAlxkJAN0ZCQDnGQkAMhoJADoaCQCHGgkAkRoJANwaCQDhGgkAMRsJADkbCQCaVRAAkhsJANsbCQDrGwkAMBwJADkcCQCFHAkAiBwJANocCQDmHAkALx0JADYdCQDvVRAAih0JANkdCQDfHQkALh4JADMeCQCDHgkAiR4JAERWEADeHgkALR8JADMfCQCCHwkAhx8JADO/DQCPHwkA1x8JANwfCQAsIAkANCAJAIEgCQC0IAkAJCgJALogCQDWIAkADyEJACshCQBkIQkAgCEJALAhCQDVIQkA3SEJACoiCQA5IgkAfyIJAIQiCQDUIgkA4SIJACkjCQA2IwkAfiMJAIojCQDTIwkA4iMJACgkCQAyJAkAfSQJAIskCQDSJAkA1yQJACclCQA0JQkAfCUJAIQlCQDRJQkA1yUJACYmCQAyJgkAeyYJAIsmCQDQJgkA2SYJACUnCQAoJwkAeicJAIYnCQDPJwkA1icJAJlWEABdKAkAeSgJAKkoCQDOKAkA1igJACMpCQAyKQkAeCkJAH0pCQDNKQkA2ikJACIqCQAvKgkAdyoJAIMqCQDMKgkA2yoJACErCQArKwkAdisJAIQrCQDLKwkA0CsJACAsCQAtLAkAdSwJAH0sCQDKLAkA0CwJAB8tCQArLQkAdC0JAIQtCQDJLQkA0i0JAB4uCQAhLgkAcy4JAH8uCQDILgkAzy4JAO5WEAAfLwkAzs4NACsvCQByLwkAfy8JAMcvCQDTLwkAHDAJACIwCQBxMAkAdzAJAMYwCQDLMAkAGzEJACExCQBDVxAAljEJAMUxCQDrMQkAGjIJAE0yCQBvMgkAqDIJAMQyCQD0MgkA7VcQACUzCQBuMwkAJzMJAENdCgB4MwkAwzMJAN0zCQAYNAkAGzQJAH93CQAnNAkAbTQJAHI0CQDCNAkAzzQJABc1CQAkNQkAbDUJAHg1CQDBNQkA0DUJABY2CQAgNgkAazYJAHc2CQDANgkA0zYJABU3CQAkNwkAajcJAHY3CQC/NwkAwDcJABQ4CQAeOAkAaTgJAHc4CQC+OAkAwzgJABM5CQAgOQkAQlgQAG05CQC9OQkAyjkJABI6CQAfOgkAZzoJAHM6CQC8OgkAyzoJABE7CQAbOwkAZjsJAHQ7CQC7OwkAwDsJABA8CQAdPAkAZTwJAG08CQBBWRAAxjwJAA89CQAfPQkAZD0JAG09CQC5PQkAvD0JAA4+CQAaPgkAYz4JAGo+CQCWWRAAuz4JAA0/CQAVPwkAYj8JAG4/CQC3PwkAvT8JAAxACQASQAkAYUAJAGZACQC2QAkAvEAJAEBaEABEQQkAYEEJAJlBCQC1QQkA2UEJAOpaEAAQQgkA1nQKAB1CCQBfQgkAbkIJALRCCQDAQgkACUMJAApDCQBeQwkAaEMJALNDCQDBQwkACEQJAA1ECQBdRAkAakQJAD9bEADVRAkAlFsQAEBFCQBcRQkAlUUJALFFCQDVRQkA6VsQABRGCQBbRgkAYEYJALBGCQC9RgkABUcJAA1HCQBaRwkAYEcJAK9HCQC7RwkABEgJABRICQBZSAkAYkgJAK5ICQCxSAkAA0kJAD5JCQBYSQkAZEkJAD5cEACzSQkAAkoJABtKCQBXSgkAZUoJAKxKCQC5SgkAAUsJAAhLCQBWSwkAX0sJAKtLCQC4SwkAAEwJABdMCQBVTAkAWEwJAKpMCQCsTAkA/0wJAAhNCQBUTQkAZE0JAKlNCQDCTQkA/k0JAABOCQBTTgkAXE4JAKhOCQCwTgkA/U4JAP9OCQBSTwkAa08JAKdPCQC+TwkA/E8JAAhQCQBRUAkAYlAJAKZQCQCyUAkA+1AJAAZRCQBQUQkAXVEJAKVRCQCvUQkAk1wQAA1SCQBPUgkAXVIJAKRSCQCMUgkA8VoJAOBSCQD5UgkABlMJAE5TCQBWUwkAo1MJAKlTCQD4UwkABFQJAE1UCQBYVAkAolQJAKtUCQD3VAkA+lQJAExVCQBOVQkAoVUJAKhVCQD2VQkA+FUJAOhcEABOVgkAoFYJAK5WCQD1VgkA+lYJAEpXCQBXVwkAn1cJAKtXCQD0VwkA/FcJAD1dEABXWAkAnlgJAK5YCQDzWAkAAVkJAEhZCQBRWQkAnVkJAKdZCQDyWQkA9FkJAEdaCQBRWgkAnFoJAJ5aCQCSXRAA9loJAEZbCQBOWwkAm1sJAKFbCQDwWwkA/FsJAEVcCQBUXAkAmlwJAKNcCQDvXAkA8lwJAERdCQBGXQkAmV0JAKBdCQDuXQkA8F0JAOddEABIXgkAmF4JALReCQDtXgkACV8JADxeEABPXwkAuJIKAFFfCQCXXwkAnF8JAOxfCQD5XwkAQWAJAE5gCQCWYAkAnGAJAOtgCQD3YAkAQGEJAFBhCQCVYQkAnmEJAOphCQDtYQkAP2IJAEtiCQCUYgkAm2IJAJFeEAD4YgkAPmMJAENjCQCTYwkAoGMJAOhjCQD1YwkAPWQJAENkCQCSZAkAnmQJAOdkCQD3ZAkAPGUJAEVlCQCRZQkAlGUJAOZlCQDyZQkAO2YJAEJmCQDmXhAAkmYJAOVmCQDzZgkAOmcJAEtnCQA7XxAAlmcJAJBfEADsZwkA5V8QAD5oCQCOaAkAm2gJAONoCQDwaAkAOGkJAERpCQCNaQkAnGkJAOJpCQDsaQkAN2oJAEVqCQCMagkAkWoJAOFqCQDuagkANmsJAD5rCQA6YBAAl2sJAOBrCQDwawkANWwJAD5sCQCKbAkAjWwJAN9sCQDrbAkANG0JADttCQCPYBAAk20JAN5tCQDsbQkAM24JAEluCQCIbgkAlG4JAN1uCQDkbgkAMm8JADpvCQCHbwkAjG8JANxvCQDlbwkAMXAJADtwCQDkYBAAnHAJANtwCQDncAkAMHEJADdxCQCFcQkAjXEJANpxCQDfcQkAL3IJADhyCQCEcgkAjnIJADlhEADecgkAZOULAOVyCQCLwAkA6HIJAC5zCQABcwkAeSARADNzCQCDcwkAkHMJANhzCQDlcwkALXQJADl0CQCCdAkAkXQJANd0CQDhdAkALHUJADp1CQCBdQkAjnUJANZ1CQDtdQkAK3YJADN2CQCAdgkAinYJANV2CQDadgkAKncJADJ3CQCOYRAAhHcJANR3CQDjdwkAKXgJAEl4CQB+eAkAingJANN4CQDdeAkAKHkJADJ5CQB9eQkAi3kJANJ5CQDoeQkAJ3oJADN6CQB8egkAgXoJANF6CQDaegkAJnsJADB7CQB7ewkAh3sJANB7CQDjewkAJXwJADR8CQB6fAkAhnwJAM98CQDQfAkAJH0JAC59CQB5fQkAh30JAM59CQDTfQkAI34JADB+CQA4YhAAhn4JAM1+CQDjfgkAIn8JAC5/CQB3fwkAfn8JAMx/CQDUfwkAIYAJACaACQB2gAkAf4AJAMuACQDVgAkAN2MQACWBCQB1gQkAfYEJAMqBCQDNgQkAH4IJACiCCQB0ggkAg4IJAMmCCQDUggkAHoMJACaDCQBzgwkAg4MJAMiDCQDWgwkAHYQJAC6ECQByhAkAfoQJAMeECQDPhAkAjGMQACKFCQBxhQkAeYUJAMaFCQDNhQkAG4YJACmGCQBwhgkAdoYJAMWGCQDRhgkAGocJACmHCQBvhwkAeYcJAMSHCQDJhwkAGYgJAB+ICQBuiAkAgogJAOFjEADUiAkAGIkJACSJCQBtiQkAc4kJAMKJCQDIiQkAF4oJAByKCQBsigkAcooJADZkEADGigkAFosJACeLCQBriwkAc4sJAMCLCQB3iwkA+acJAHmLCQBKUg4AyosJABWMCQAjjAkAaowJAICMCQC/jAkAy4wJABSNCQAbjQkAaY0JAHGNCQC+jQkAw40JABOOCQAcjgkAaI4JAHKOCQC9jgkAxY4JABKPCQAWjwkAZ48JAHKPCQC8jwkAyo8JABGQCQAikAkAZpAJAHKQCQC7kAkAw5AJAItkEAASkQkAZZEJAHORCQC6kQkAxJEJAA+SCQAdkgkAZJIJAHGSCQC5kgkA0JIJAA6TCQAWkwkAY5MJAHOTCQC4kwkAvZMJAA2UCQATlAkAYpQJAGqUCQC3lAkAuZQJAAyVCQAZlQkAYZUJAGmVCQC2lQkAu5UJAAuWCQAMlgkAYJYJAGyWCQC1lgkAwpYJAAqXCQASlwkAX5cJAG6XCQC0lwkAuZcJAAmYCQAWmAkAXpgJAGuYCQCzmAkAv5gJAAiZCQAXmQkAXZkJAGeZCQCymQkAwJkJAAeaCQAMmgkAXJoJAGmaCQDgZBAAtJoJAAabCQAOmwkAW5sJAGibCQCwmwkAtZsJAAWcCQAPnAkAWpwJAGKcCQCvnAkAsZwJAASdCQAfnQkAWZ0JAFudCQCunQkAvJ0JAAOeCQAUngkAWJ4JAFqeCQCtngkAxp4JAAKfCQATnwkAV58JAGOfCQA1ZRAAtJ8JAAGgCQAHoAkAVqAJAGKgCQCroAkAyKAJAAChCQAJoQkAVaEJAGGhCQCqoQkAraEJAP+hCQAJogkAVKIJAFyiCQCpogkAs6IJAP6iCQAMowkAU6MJAGmjCQCoowkAtKMJAP2jCQAEpAkAUqQJAFqkCQCnpAkArKQJAPykCQAFpQkAUaUJAFulCQCmpQkArqUJAPulCQD9pQkAUKYJAGCmCQClpgkAr6YJAPqmCQAGpwkAT6cJAFWnCQCkpwkArKcJAIplEAD/pwkATqgJAFSoCQCjqAkAqKgJAPioCQD+qAkA32UQAFupCQCiqQkAuKkJAPepCQADqgkATKoJAFGqCQChqgkAqqoJAPaqCQAAqwkAS6sJAG6rCQCgqwkApKsJAPWrCQCvqwkASa0JAPerCQBKrAkAWKwJAJ+sCQCprAkA9KwJABitCQDeZhAAT60JAJ6tCQCqrQkA860JAPWtCQBIrgkAUq4JAJ2uCQCprgkA8q4JABavCQAzZxAAS68JAJyvCQBWrwkA8LAJAJ6vCQDxrwkA/68JAEawCQBQsAkAm7AJAL+wCQCIZxAA9rAJAEWxCQBRsQkAmrEJAJyxCQDvsQkA+bEJAESyCQBQsgkAmbIJAL2yCQDdZxAAC7MJAEOzCQBMswkAmLMJAKazCQDtswkA87MJAEK0CQBOtAkAl7QJAJ+0CQAyaBAA87QJAEG1CQBatQkAlrUJAKW1CQDrtQkA87UJAEC2CQBPtgkAlbYJAJq2CQDqtgkA97YJAD+3CQBMtwkAlLcJAKC3CQDptwkA+LcJAD64CQBIuAkAk7gJAKG4CQDouAkA7bgJAD25CQBKuQkAh2gQAJO5CQAUNwoAq7kJAOe5CQDxuQkAPLoJAD66CQCRugkAn7oJAOa6CQDzugkAO7sJAEO7CQCQuwkAubsJAOW7CQDsuwkAOrwJAFO8CQCPvAkAnrwJAOS8CQDsvAkAOb0JAEi9CQCOvQkAk70JAOO9CQDwvQkAOL4JAEW+CQCNvgkAmb4JAOK+CQDxvgkAN78JAEG/CQCMvwkAmr8JAOG/CQDmvwkANsAJAEPACQDcaBAAnsAJAODACQDvwAkANcEJAEHBCQCKwQkAlsEJAN/BCQDmwQkANMIJAEDCCQCJwgkAkMIJAN7CCQDmwgkAM8MJADfDCQCIwwkAk8MJAN3DCQDpwwkAMsQJAD/ECQCHxAkAj8QJANzECQDmxAkAMcUJADfFCQCGxQkAmsUJANvFCQDpxQkAMMYJAD3GCQCFxgkAnMYJANrGCQDixgkAL8cJADnHCQCExwkAiccJANnHCQDhxwkALsgJAD3ICQCDyAkAiMgJANjICQDlyAkALckJADrJCQCCyQkAjskJANfJCQDmyQkALMoJADbKCQAxaRAAicoJANbKCQDlygkAK8sJADDLCQCAywkAicsJANXLCQDmywkAKswJADHMCQB/zAkAh8wJANTMCQDhzAkAKc0JAC7NCQB+zQkAiM0JANPNCQDbzQkAKM4JAEHOCQB9zgkAic4JANLOCQDazgkAhmkQADbPCQB8zwkAmc8JANHPCQDazwkAJtAJADTQCQB70AkAgdAJANDQCQDc0AkAJdEJACzRCQB60QkAgtEJAM/RCQDf0QkAJNIJACrSCQB50gkAftIJAM7SCQDk0gkAI9MJACvTCQB40wkAgtMJAM3TCQDY0wkAItQJAC7UCQB31AkAf9QJANtpEADZ1AkAIdUJACjVCQB21QkAgtUJAMvVCQDR1QkAINYJADHWCQB11gkAidYJAMrWCQDY1gkAH9cJACzXCQB01wkAi9cJAMnXCQDR1wkAHtgJACXYCQBz2AkAddgJAMjYCQDS2AkAHdkJAB/ZCQBy2QkAi9kJAMfZCQDJ2QkAHNoJAB/aCQBx2gkAfdoJAMbaCQDy2gkAMGoQACrbCQBw2wkAjdsJAMXbCQDO2wkAGtwJACjcCQBv3AkAddwJAMTcCQDQ3AkAGd0JACHdCQCFahAAdt0JAMPdCQDJ3QkAGN4JACTeCQBt3gkAcN4JAMLeCQDH3gkAF98JACDfCQBs3wkAct8JAMHfCQDQ3wkAFuAJACLgCQBr4AkAc+AJANpqEADG4AkAFeEJABrhCQBq4QkAgOEJAL/hCQDH4QkAFOIJACLiCQBp4gkAc+IJAL7iCQDB4gkAE+MJABvjCQBo4wkAaeMJAL3jCQDD4wkAEuQJACDkCQBn5AkAfeQJALzkCQC+5AkAEeUJABflCQBm5QkAeuUJALvlCQDD5QkAEOYJACDmCQBl5gkAZ+YJALrmCQDJ5gkAD+cJABnnCQBk5wkAaecJALnnCQC/5wkADugJACLoCQBj6AkAa+gJALjoCQC96AkADekJABPpCQBi6QkAaukJALfpCQC66QkADOoJABHqCQBh6gkAauoJALbqCQC86gkAC+sJABrrCQBg6wkAbOsJAC9rEADB6wkACuwJAB3sCQBf7AkAe+wJALTsCQC87AkAhGsQABftCQBe7QkAdO0JALPtCQC/7QkACO4JAA3uCQBd7gkAZu4JALLuCQC87gkAB+8JAA/vCQBc7wkAXu8JALHvCQDA7wkABvAJACPwCQBb8AkAZPAJALDwCQC+8AkABfEJAAvxCQBa8QkAaPEJAK/xCQC88QkABPIJABvyCQBZ8gkAYfIJAK7yCQCw8gkAA/MJAAvzCQBY8wkAZ/MJAK3zCQCy8wkAAvQJAA/0CQBX9AkAZPQJAKz0CQC49AkAAfUJABD1CQBW9QkAYPUJAKv1CQC59QkAAPYJAAX2CQBV9gkAYvYJANlrEAC09gkA//YJAAH3CQBU9wkAW/cJAKn3CQCw9wkA/vcJAAT4CQBT+AkAYfgJAKj4CQC1+AkA/fgJAA35CQBS+QkAV/kJAKf5CQCv+QkA/PkJAMP5CQCMaQoACPoJAFH6CQBT+gkATv0JAF76CQCm+gkAq/oJAPv6CQAF+wkAUPsJAGD7CQCl+wkAqvsJAPr7CQAD/AkAT/wJAFz8CQCk/AkAq/wJAPn8CQAB/QkALmwQAFz9CQCj/QkAu/0JAPj9CQD6/QkATf4JAGT+CQCi/gkApP4JAPf+CQAF/wkATP8JAFn/CQCh/wkAqf8JAINsEAD8/wkASwAKAE0ACgCgAAoArQAKAPUACgD4AAoASgEKAFsBCgCfAQoAoQEKAPQBCgD+AQoASQIKAFUCCgCeAgoApgIKANhsEAD4AgoASAMKAEsDCgCdAwoApwMKAPIDCgD6AwoARwQKAFQECgCcBAoAngQKAPEECgAHBQoARgUKAFIFCgCbBQoAowUKAC1tEADzBQoARQYKAE4GCgCaBgoAqAYKABoxCgCpBgoA7wYKAPoGCgBEBwoATAcKAJkHCgCkBwoA7gcKAPMHCgBDCAoARggKAJgICgCiCAoA120QAPMICgBCCQoA9wgKANdwDQBdCQoAlwkKAKMJCgDsCQoA8gkKAEEKCgBJCgoAlgoKAKwKCgDrCgoA+QoKAEALCgBDCwoAlQsKAK4LCgDqCwoA9gsKAD8MCgBKDAoAlAwKAJYMCgDpDAoABA0KAD4NCgBMDQoAkw0KAKANCgDoDQoA/w0KACxuEAA/DgoAKnMNAFMOCgCSDgoAkw4KAOcOCgDsDgoAPA8KAEIPCgCRDwoAkw8KAOYPCgDsDwoAOxAKAE8QCgCQEAoAmBAKAOUQCgD1EAoAOhEKADwRCgCPEQoAnREKAOQRCgD1EQoAgW4QAD8SCgCOEgoAmhIKANZuEADlEgoAOBMKAEkTCgCNEwoAlRMKAOITCgDrEwoANxQKAD4UCgCMFAoAjRQKACtvEADtFAoANhUKADgVCgCLFQoAkhUKAOAVCgDoFQoANRYKAD4WCgCKFgoAkRYKAN8WCgDgFgoAgG8QADkXCgCJFwoAkRcKAN4XCgDoFwoAMxgKAEEYCgCIGAoAnhgKAN0YCgDpGAoAMhkKADcZCgCHGQoAkBkKANwZCgDmGQoA1W8QADIaCgCGGgoAjhoKAMCJCwCeGgoA2xoKAOgaCgAwGwoAPBsKAIUbCgCPGwoA2hsKAN4bCgAvHAoANBwKAIQcCgCKHAoA2RwKAPkcCgAuHQoARh0KAIMdCgCaHQoA2B0KAOQdCgAtHgoANx4KAIIeCgCEHgoA1x4KAN4eCgAsHwoAMx8KAIEfCgCHHwoA1h8KAOIfCgArIAoALiAKAIAgCgCDIAoA1SAKAOEgCgAqIQoALSEKAH8hCgCbIQoA1CEKANwhCgAqcBAANSIKAH4iCgCIIgoA0yIKANUiCgAoIwoALyMKAH0jCgCEIwoA0iMKANgjCgAnJAoANSQKAHwkCgCJJAoA0SQKAOEkCgAmJQoAKyUKAHslCgCDJQoA0CUKAOAlCgAlJgoAKiYKAHomCgCAJgoAzyYKANcmCgB/cBAAKicKAHknCgCBJwoAzicKANEnCgAjKAoALygKAHgoCgB+KAoAzSgKAOgoCgAiKQoAMCkKAHcpCgCGKQoAzCkKANgpCgAhKgoAKSoKAClxEAB7KgoAyyoKANUqCgAgKwoAKCsKAHUrCgCVKwoAyisKANcrCgAfLAoAJCwKAHQsCgB4LAoAySwKANYsCgB+cRAAIy0KAHMtCgB2LQoAyC0KANItCgAdLgoAKS4KAHIuCgCFLgoAxy4KANYuCgAcLwoAKC8KAHEvCgByLwoAxi8KANAvCgAbMAoAKTAKAHAwCgB1MAoAxTAKANIwCgDTcRAAJDEKAG8xCgBxMQoAxDEKAN0xCgAZMgoAKjIKAG4yCgB6MgoAwzIKAMsyCgDSchAAHzMKAG0zCgB0MwoAwjMKAMgzCgAXNAoAIzQKAGw0CgBvNAoAwTQKAMQ0CgAWNQoAHjUKAGs1CgB7NQoAwDUKAMU1CgAVNgoAHjYKAGo2CgB3NgoAvzYKAMY2CgAncxAAIDcKAGk3CgB2NwoAvjcKAMY3CgATOAoAHTgKAGg4CgB3OAoAvTgKAL44CgASOQoAGjkKAGc5CgB2OQoAvDkKAME5CgAROgoAHjoKAGY6CgBzOgoAuzoKAMc6CgAQOwoAHzsKAGU7CgBvOwoAujsKAMg7CgAPPAoAFDwKAGQ8CgBxPAoAuTwKAME8CgAOPQoAGD0KAGM9CgBoPQoAuD0KAMA9CgB8cxAAGz4KAGI+CgBuPgoAtz4KAL0+CgAMPwoAEj8KAGE/CgBmPwoAtj8KALw/CgDRcxAAF0AKAGBACgBmQAoAtUAKALtACgAKQQoAF0EKAF9BCgBkQQoAtEEKALxBCgAJQgoAJ0IKANB0EABgQgoAMsEMAGFCCgAJ6wsAZEIKAHZ+CwB0QgoAs0IKALRCCgAIQwoADUMKAF1DCgBjQwoAskMKALRDCgAHRAoADUQKAFxECgBwRAoAsUQKALlECgAGRQoAFkUKAFtFCgBdRQoAsEUKAL5FCgAFRgoAFkYKACV1EABgRgoAr0YKALtGCgB6dRAAEUcKAFlHCgBhRwoArkcKALtHCgADSAoABUgKAFhICgBuSAoArUgKALlICgACSQoACkkKACR2EABjSQoArEkKAK9JCgABSgoABkoKAFZKCgBnSgoAq0oKALRKCgAASwoACksKAFVLCgBjSwoAqksKAK9LCgD/SwoADEwKAHl2EABgTAoAqUwKALZMCgD+TAoAAE0KAFNNCgBpTQoAqE0KALRNCgD9TQoABU4KAM52EABXTgoAp04KAK1OCgD8TgoABE8KAFFPCgBUTwoApk8KALJPCgD7TwoAAVAKAFBQCgBrUAoApVAKALJQCgD6UAoA/FAKAE9RCgBlUQoApFEKALBRCgD5UQoAAVIKACN3EABUUgoAo1IKAKhSCgD4UgoAE1MKAE1TCgBbUwoAolMKAKlTCgD3UwoAA1QKAExUCgBTVAoAeHcQAKxUCgD2VAoA/lQKAEtVCgBWVQoAoFUKAKVVCgD1VQoA+FUKAEpWCgBUVgoAn1YKAKdWCgD0VgoAAlcKAElXCgBMVwoAnlcKAKZXCgDzVwoAE1gKAEhYCgBVWAoAnVgKAKJYCgDyWAoA9lgKAEdZCgBUWQoAzXcQALxZCgDxWQoA+lkKAEZaCgBHWgoAm1oKAKNaCgDwWgoAAFsKAEVbCgBHWwoAmlsKAKhbCgDvWwoAAFwKACJ4EABKXAoAmVwKAKVcCgB3eBAA9VwKAMx4EABIXQoAmF0KALJdCgDtXQoA/F0KAEJeCgBNXgoAl14KAJleCgDsXgoA+V4KAEFfCgBOXwoAll8KAKJfCgDrXwoA/F8KAEBgCgBDYAoAlWAKAK9gCgDqYAoA82AKAD9hCgBMYQoAlGEKAJphCgDpYQoA9WEKAD5iCgBBYgoAk2IKAJhiCgDoYgoA+WIKAD1jCgBYYwoAkmMKAJ5jCgDnYwoA7mMKADxkCgA+ZAoAkWQKAJhkCgDmZAoA7WQKADtlCgBBZQoAkGUKAJxlCgDlZQoA6GUKADpmCgA9ZgoAj2YKAJtmCgDkZgoA92YKADlnCgBIZwoAjmcKAJpnCgDjZwoA5GcKADhoCgBCaAoAjWgKAJtoCgDiaAoA52gKADdpCgBEaQoAIXkQAJRpCgB2eRAA42kKADZqCgBMagoAi2oKAJdqCgDgagoA6GoKAMt5EAA7awoAimsKAJJrCgDfawoA4msKADRsCgBAbAoAiWwKAI9sCgDebAoA+WwKADNtCgBBbQoAiG0KAJdtCgDdbQoA6W0KADJuCgA6bgoAIHoQAIxuCgDcbgoA5m4KADFvCgA5bwoAhm8KAKZvCgDbbwoA6G8KADBwCgA1cAoAhXAKAIlwCgDacAoA53AKAHV6EABScQoAynoQAIlxCgDZcQoA6HEKAC5yCgBOcgoAg3IKAI9yCgDYcgoA4nIKAC1zCgA5cwoAgnMKAIhzCgDXcwoA3XMKACx0CgAxdAoAgXQKAId0CgAfexAA3HQKACt1CgAwdQoAgHUKAIZ1CgDJexAA2HUKACp2CgA0dgoAf3YKAIF2CgDUdgoA7XYKACl3CgA6dwoAfncKAIx3CgDTdwoA1ncKACh4CgAzeAoAfXgKAIV4CgDSeAoA1HgKACd5CgAveQoAfHkKAIl5CgDReQoA3XkKACZ6CgAqegoAe3oKAIN6CgDQegoA33oKACV7CgAqewoAensKAId7CgDPewoA3HsKACR8CgAwfAoAeXwKAIh8CgDOfAoA2HwKACN9CgAxfQoAeH0KAH19CgDNfQoA2n0KAB58EAAqfgoAc3wQAHt+CgDIggoAg34KAMx+CgDSfgoAIX8KACd/CgB2fwoAg38KAMt/CgDQfwoAIIAKACiACgB1gAoAqIAKAHSBCgCugAoAyoAKAPCACgDJgQoAA4EKAB+BCgBYgQoAyHwQAK2BCgAdfRAA74EKAB6CCgBRggoAc4IKAKyCCgByfRAA1oIKAB2DCgAqgwoAcoMKAH6DCgDHgwoAzYMKAByECgAihAoAcYQKAHaECgDGhAoAzIQKAMd9EABBhQoAGoYKAFSFCgBwhQoAqYUKAHF+EAD+hQoAxn4QAECGCgBvhgoAooYKAMSGCgD9hgoAG38QACOHCgBuhwoAc4cKAMOHCgDLhwoAcH8QAB2ICgBtiAoAdogKAMKICgDPiAoAF4kKAB6JCgDFfxAAdIkKABqAEADUiQoAFooKACKKCgBrigoAeooKAMCKCgDJigoAFYsKAB+LCgBqiwoAbIsKAL+LCgDYiwoAFIwKACWMCgBpjAoAdYwKAL6MCgDGjAoAb4AQACGNCgBojQoAeY0KAL2NCgDJjQoAEo4KABqOCgDEgBAAbI4KALyOCgDGjgoAEY8KABmPCgBmjwoAdo8KALuPCgDAjwoAEJAKABmQCgBlkAoAcpAKALqQCgDBkAoAGYEQABWRCgAuGQ4AHJEKAGSRCgAikQoATvoMAGmRCgC5kQoAxZEKAA6SCgAbkgoAY5IKAG2SCgBugRAAvZIKAA2TCgAZkwoAYpMKAG+TCgC3kwoAwZMKAAyUCgAolAoAYZQKAGmUCgDDgRAAu5QKAAuVCgATlQoAYJUKAGOVCgC1lQoAvpUKAAqWCgAZlgoAX5YKAGqWCgC0lgoAvJYKAAmXCgAZlwoAXpcKAGyXCgCzlwoAxJcKAAiYCgAUmAoAXZgKAGWYCgAYghAAuJgKAAeZCgAPmQoAXJkKAGOZCgCxmQoAv5kKAAaaCgAMmgoAW5oKAGeaCgCwmgoAv5oKAAWbCgAPmwoAWpsKAF+bCgCvmwoAtZsKAAScCgAYnAoAWZwKAGGcCgCunAoAzJwKAAOdCgALnQoAbYIQAGCdCgDCghAAtZ0KAAKeCgAbngoAV54KAGCeCgCsngoAvJ4KAAGfCgARnwoAVp8KAGKfCgCrnwoAsZ8KAACgCgAOoAoAVaAKAGKgCgCqoAoAwaAKAP+gCgAHoQoAVKEKAF6hCgCpoQoAt6EKAP6hCgAUogoAU6IKAF+iCgCoogoAr6IKAP2iCgAFowoAUqMKAFejCgCnowoAsKMKAPyjCgAGpAoAUaQKAFmkCgCmpAoAqKQKAPukCgALpQoAUKUKAFqlCgClpQoAsaUKAPqlCgAApgoAT6YKAFemCgBsgxAApqYKAPmmCgAKpwoATqcKAGqnCgCjpwoAq6cKAMGDEAAJqAoATagKAF6oCgCiqAoAqqgKAPeoCgAQqQoATKkKAFKpCgChqQoApqkKAPapCgAWqgoAS6oKAFeqCgCgqgoApqoKAPWqCgD9qgoASqsKAFmrCgCfqwoApKsKAPSrCgABrAoASawKAFasCgCerAoAqqwKAPOsCgACrQoASK0KAFKtCgCdrQoAq60KAPKtCgD3rQoAR64KAFSuCgCcrgoAn64KAPGuCgD5rgoARq8KAEivCgCbrwoAoa8KAPCvCgD8rwoARbAKAE2wCgAWhBAAn7AKAO+wCgDzsAoARLEKAFGxCgBrhBAAorEKAO6xCgD/sQoAQ7IKAE+yCgCYsgoApbIKAO2yCgDysgoAQrMKAEyzCgCXswoAp7MKAOyzCgDxswoAQbQKAEq0CgCWtAoAo7QKAOu0CgDytAoAQLUKAEy1CgCVtQoAm7UKAOq1CgDwtQoAP7YKAES2CgCUtgoAmrYKAMCEEADutgoAPrcKAEa3CgCTtwoAqbcKAOi3CgDttwoAPbgKAES4CgCSuAoAm7gKAOe4CgD4uAoAPLkKAEi5CgCRuQoAmbkKAL+FEADouQoAO7oKAFG6CgCQugoAnLoKAOW6CgDsugoAOrsKAEK7CgAUhhAAlLsKAOS7CgDsuwoAObwKAE+8CgCOvAoAk7wKAOO8CgDqvAoAOL0KAEG9CgCNvQoAnr0KAOK9CgDuvQoAN74KAD++CgBphhAAjr4KAOG+CgD3vgoANr8KAEK/CgCLvwoAkr8KAOC/CgDovwoAvoYQADrACgCKwAoAkcAKAN/ACgDowAoANMEKAEXBCgCJwQoAlcEKAN7BCgDmwQoAE4cQADXCCgCIwgoAl8IKAN3CCgD9wgoAMsMKADTDCgCHwwoAnsMKANzDCgDowwoAMcQKADnECgC9hxAAi8QKANvECgDdxAoAMMUKADfFCgCFxQoAjcUKANrFCgDjxQoAL8YKADXGCgCExgoAlcYKANnGCgDhxgoAZ4gQADrHCgCDxwoAhscKANjHCgDdxwoALcgKAD7ICgCCyAoAncgKANfICgDjyAoALMkKADTJCgC8iBAAl8kKANbJCgDXyQoAK8oKADDKCgCAygoAhsoKANXKCgDfygoAKssKADLLCgB/ywoAkcsKABGJEADhywoAKcwKADPMCgB+zAoAhMwKANPMCgDnzAoAKM0KADDNCgB9zQoAjc0KANLNCgDXzQoAJ84KAC3OCgB8zgoAhM4KANHOCgDSzgoAJs8KACjPCgB7zwoAis8KANDPCgDwzwoAJdAKACfQCgB60AoAkdAKAM/QCgDb0AoAJNEKACzRCgBmiRAAgdEKAM7RCgDn0QoAI9IKACzSCgB40goAgtIKAM3SCgDV0goAItMKADLTCgB30woAfNMKAMzTCgDV0woAIdQKAC7UCgB21AoAfdQKAMvUCgDT1AoAEIoQACrVCgB11QoAfdUKAMrVCgDY1QoAH9YKACzWCgB01goAfNYKAMnWCgDL1goAHtcKACbXCgBz1woAdNcKAMjXCgDK1woAHdgKACzYCgBy2AoAktgKAMfYCgDJ2AoAHNkKADPZCgBx2QoAfdkKAMbZCgDg2QoAG9oKAETaCgBw2goAc9oKAMXaCgDK2goAGtsKACfbCgBlihAAcdsKAMTbCgDO2woAGdwKACjcCgBu3AoAedwKAMPcCgDR3AoAGN0KACXdCgBt3QoAhN0KAMLdCgDK3QoAF94KABjeCgBs3goAbt4KAMHeCgDQ3goAFt8KADbfCgBr3woAbd8KAMDfCgDX3woAFeAKACHgCgBq4AoAcuAKALqKEADE4AoAFOEKABrhCgBp4QoAceEKAL7hCgDd4QoAE+IKACDiCgBo4goAaeIKAL3iCgDT4goAEuMKAC7jCgAPixAAbOMKALzjCgDG4woAEeQKABnkCgBm5AoAZ+QKALvkCgBo5AoAsu0KAMHkCgAQ5QoAHOUKAGXlCgB15QoAuuUKAMjlCgAP5goAIuYKAGTmCgBw5goAueYKAMDmCgAO5woAFucKAGPnCgBn5woAuOcKAMbnCgAN6AoAF+gKAGLoCgBt6AoAt+gKAL/oCgAM6QoAQ+kKAGHpCgBp6QoAtukKALvpCgAL6goAEeoKAGDqCgBo6goAteoKAM/qCgAK6woAQesKAF/rCgBn6woAtOsKALnrCgAJ7AoAD+wKAF7sCgBm7AoAs+wKAM3sCgAI7QoAIu0KAF3tCgCU7QoAZIsQALrtCgAH7goADu4KAFzuCgBo7goAse4KALLuCgAG7woAEu8KAFvvCgBo7woAsO8KALfvCgAF8AoAEfAKAFrwCgBn8AoAr/AKAL7wCgAE8QoAGPEKALmLEABb8QoArvEKAGXxCgBTSg0AsfEKAI66DAC78QoAWJwLAL3xCgAD8goAI/IKAFjyCgBa8goArfIKAMTyCgAC8woADvMKAFfzCgBf8woADowQAK7zCgAB9AoADvQKAFb0CgBf9AoAq/QKAK30CgAA9QoAEfUKAFX1CgBm9QoAqvUKAL71CgBjjBAAH/YKAFT2CgBW9goAqfYKAMD2CgD+9goACvcKAFP3CgBb9woAuIwQAKr3CgD99woAAPgKAFL4CgBa+AoAp/gKALT4CgD8+AoAAfkKAFH5CgBb+QoApvkKAK75CgD7+QoAFPoKAFD6CgBc+goApfoKALH6CgD6+goAB/sKAE/7CgBX+woApPsKALT7CgD5+woA/vsKAE78CgBX/AoAo/wKALD8CgD4/AoA//wKAE39CgBV/QoADY0QAK/9CgD3/QoA+v0KAEz+CgBW/goAof4KAKP+CgD2/goAB/8KAEv/CgBc/woAoP8KAKz/CgD1/woA/P8KAEoACwBkAAsAnwALAKcACwD0AAsA9QALAJUKCwD+AAsASQELAE8BCwCeAQsAsgELAPMBCwD7AQsASAILAFICCwCdAgsAogILAPICCwD6AgsARwMLAFUDCwCcAwsAqQMLAPEDCwD0AwsARgQLAFAECwCbBAsAnQQLAPAECwABBQsARQULAFYFCwCaBQsAogULAGKNEAD5BQsARAYLAGAGCwCZBgsAoQYLALeNEADvBgsAQwcLAFkHCwCYBwsAoAcLAO0HCwD7BwsAQggLAE8ICwCXCAsAmggLAOwICwD2CAsAQQkLAEMJCwCWCQsApwkLAOsJCwD8CQsAQAoLAEgKCwAMjhAApgoLAOoKCwD2CgsAPwsLAEELCwCUCwsAlwsLAOkLCwD1CwsAPgwLAEYMCwBhjhAAnAwLAOgMCwD1DAsAPQ0LAEUNCwCSDQsApA0LAOcNCwD0DQsAPA4LAD0OCwCRDgsApw4LAOYOCwDuDgsAOw8LAEkPCwCQDwsAnQ8LAOUPCwDoDwsAOhALAEQQCwCPEAsAkRALAOQQCwD1EAsAORELAEoRCwCOEQsAlhELALaOEADwEQsAOBILAEISCwCNEgsAmxILAOISCwD4EgsANxMLAEMTCwCMEwsAmBMLAOETCwDnEwsANhQLADwUCwCLFAsAkBQLAOAUCwDmFAsAC48QADoVCwCKFQsAjBULAN8VCwDmFQsANBYLADwWCwCJFgsAjBYLAN4WCwDnFgsAMxcLAEIXCwCIFwsAkxcLAN0XCwDlFwsAMhgLAEIYCwCHGAsAlRgLANwYCwDtGAsAMRkLAD0ZCwCGGQsAjhkLAAqQEAD5GQsAMBoLADgaCwBfkBAAkRoLANoaCwDwGgsALxsLADcbCwCEGwsAoxsLALSQEADcGwsATFMLAOYbCwAuHAsAMRwLAOgIDwA2HAsAgxwLADgcCwASNg0AhRwLANgcCwCNHAsAISkLAJQcCwAoIgsA5RwLAC0dCwBBHQsAgh0LAIodCwDXHQsA3B0LACweCwA8HgsAgR4LAIkeCwDWHgsA4B4LACsfCwA2HwsAgB8LAIwfCwDVHwsA3R8LAAmREAAvIAsAfyALAIggCwDUIAsA2iALACkhCwA4IQsAfiELAIohCwDTIQsA1iELAF6REAAtIgsAfSILAIwiCwDSIgsA1CILACcjCwA4IwsAfCMLAI0jCwDRIwsA5SMLACYkCwAuJAsAeyQLAIkkCwDQJAsA3SQLACUlCwAoJQsAeiULAIQlCwDPJQsA0SULACQmCwA1JgsAeSYLAIomCwDOJgsA2iYLACMnCwAqJwsAeCcLAIAnCwDNJwsA5CcLACIoCwAuKAsAdygLAI0oCwDMKAsAzygLALOREAAsKQsAdikLAIIpCwDLKQsA0ykLAAiSEAAsKgsAdSoLAIsqCwDKKgsAzSoLAB8rCwAnKwsAdCsLAHYrCwDJKwsA5CsLAB4sCwAgLAsAcywLAIEsCwDILAsA2SwLAB0tCwAfLQsAci0LAIstCwDHLQsA2C0LABwuCwAoLgsAXZIQAHcuCwDGLgsA1C4LABsvCwA2LwsAcC8LAHwvCwDFLwsAyy8LABowCwAiMAsAbzALAH8wCwDEMAsAyTALABkxCwAiMQsAbjELAHsxCwDDMQsAyjELABgyCwAgMgsAspIQAHIyCwDCMgsAyDILABczCwAfMwsAbDMLAJUzCwDBMwsAyDMLABY0CwAvNAsAazQLAHo0CwDANAsA3DQLAAeTEAAaNQsAajULAHQ1CwC/NQsAzzULABQ2CwAZNgsAaTYLAHI2CwC+NgsAyzYLABM3CwAaNwsAaDcLAHQ3CwC9NwsA0DcLABI4CwAhOAsAZzgLAHM4CwC8OAsAvTgLABE5CwAbOQsAZjkLAHQ5CwC7OQsAwDkLABA6CwAdOgsAXJMQAHY6CwC6OgsAvDoLAA87CwASOwsAZDsLAGc7CwC5OwsAwDsLAA48CwAaPAsAYzwLAHM8CwC4PAsAyDwLAA09CwASPQsAYj0LAGs9CwC3PQsAxD0LAAw+CwATPgsAYT4LAG0+CwC2PgsAvD4LAAs/CwARPwsAYD8LAGU/CwC1PwsAuz8LAFuUEAAUQAsAX0ALAG1ACwC0QAsAxEALAAlBCwALQQsAXkELAG1BCwCzQQsAvUELAAhCCwAQQgsAWpUQAGNCCwCyQgsAvkILAK+VEAAMQwsAXEMLAGRDCwCxQwsAwUMLAAZECwAURAsAW0QLAGhECwCwRAsAt0QLAAVFCwANRQsAWZYQAGtFCwCvRQsAtkULAARGCwAMRgsAWUYLAGZGCwCuRgsAs0YLAANHCwANRwsAWEcLAGBHCwCtRwsAxkcLAAJICwAOSAsAV0gLAF9ICwCulhAAuEgLAAFJCwAESQsAVkkLAFtJCwCrSQsAvEkLAABKCwAbSgsAVUoLAGFKCwCqSgsAsUoLAP9KCwAbSwsAVEsLAFxLCwADlxAArksLAP5LCwAITAsAU0wLAFtMCwCoTAsAqkwLABaIDAC4TAsA/UwLAAJNCwBSTQsAW00LAKdNCwC0TQsA/E0LAANOCwBYlxAAWk4LAKZOCwCzTgsA+04LAApPCwBQTwsAWk8LAKVPCwCzTwsA+k8LAP9PCwBPUAsAXFALAKRQCwCsUAsArZcQAAVRCwBOUQsAW1ELAKNRCwCmUQsA+FELAAZSCwBNUgsAUlILAKJSCwCvUgsA91ILAP9SCwACmBAAVFMLAKFTCwCnUwsA9lMLAKhTCwBGrgsAAlQLAEtUCwBoVAsAoFQLAKlUCwD1VAsAA1ULAEpVCwBQVQsAn1ULAKtVCwD0VQsA+1ULAFeYEABPVgsAnlYLAKxWCwDzVgsADlcLAEhXCwBUVwsAnVcLAKNXCwCsmBAAFVgLAAGZEABMWAsAnFgLAKlYCwDxWAsA/lgLAEZZCwBSWQsAm1kLAKpZCwDwWQsA+lkLAEVaCwBTWgsAmloLAJ9aCwDvWgsA/FoLAERbCwBgWwsAmVsLAKFbCwBWmRAA+lsLAENcCwBgXAsAmFwLAKFcCwDtXAsA+1wLAEJdCwBIXQsAl10LAKNdCwDsXQsA810LAEFeCwBJXgsAll4LAKxeCwDrXgsA8F4LAEBfCwBHXwsAlV8LAJ5fCwDqXwsA+18LAD9gCwBLYAsAlGALAJxgCwAAmhAA72ALAD5hCwBDYQsAk2ELAK5hCwDoYQsA9mELAD1iCwBEYgsAkmILAJ5iCwDnYgsA6mILADxjCwBEYwsAkWMLAJJjCwDmYwsA6GMLADtkCwBKZAsAkGQLALBkCwDlZAsA52QLADplCwBRZQsAj2ULAJtlCwDkZQsA7GULAFWaEAA6ZgsAjmYLAJpmCwDjZgsA8mYLADhnCwBAZwsAqpoQAI9nCwDiZwsA8GcLADdoCwBIaAsA/5oQAJNoCwBUmxAA6WgLAP6bEABAaQsAi2kLAJdpCwDgaQsA9mkLADVqCwBBagsAimoLAJ1qCwDfagsA7WoLADRrCwA+awsAU5wQAJFrCwConBAA9GsLADNsCwA/bAsAiGwLAJVsCwDdbAsA52wLADJtCwA0bQsAh20LAJFtCwDcbQsA6m0LADFuCwA2bgsAhm4LAJNuCwDbbgsA424LADBvCwBAbwsAhW8LAIdvCwDabwsA428LAC9wCwBAcAsAhHALAI5wCwD9nBAA5XALAC5xCwBFcQsAg3ELAJ5xCwBSnRAA8XELAC1yCwAzcgsAgnILAIxyCwCnnRAA2XILACxzCwA9cwsAgXMLAIlzCwDWcwsAnXMLAAOcCwDicwsAK3QLADF0CwCAdAsAhnQLANV0CwDadAsAKnULADB1CwD8nRAAm3ULANR1CwDcdQsA+54QADd2CwB+dgsAj3YLANN2CwDkdgsAKHcLADR3CwB9dwsAhHcLAFCfEADjdwsAJ3gLADh4CwB8eAsAiHgLANF4CwDYeAsApZ8QACh5CwB7eQsAfHkLANB5CwDYeQsAJXoLACp6CwB6egsAg3oLAM96CwDZegsAJHsLACx7CwB5ewsAfnsLAM57CwDeewsAI3wLACt8CwB4fAsAjnwLAM18CwDZfAsAIn0LADh9CwB3fQsAfH0LAMx9CwDSfQsAIX4LADV+CwD6nxAAjH4LAMt+CwDZfgsAIH8LAC1/CwB1fwsAd38LAMp/CwDUfwsAH4ALACuACwB0gAsAe4ALAMmACwDRgAsAHoELADeBCwBzgQsAh4ELAMiBCwDQgQsAHYILAB+CCwByggsAf4ILAMeCCwDMggsAHIMLACaDCwBxgwsAfIMLAMaDCwDSgwsAG4QLACGECwBwhAsAeIQLAMWECwDGhAsAGoULACCFCwBvhQsAdIULAMSFCwDThQsAGYYLACWGCwBuhgsAcYYLAMOGCwDGhgsAT6AQAB2HCwBthwsAiYcLAKSgEADihwsAF4gLAB+ICwD5oBAAcogLAMGICwDNiAsATqEQAByJCwBriQsAd4kLAKGjEADBiQsAZ40LANCJCwAVigsAF4oLAGqKCwB0igsAv4oLAMGKCwAUiwsAJYsLAGmLCwBxiwsAvosLAMqLCwATjAsAGYwLAGiMCwBujAsAvYwLAMKMCwASjQsAGI0LAPajEABpjQsAvI0LAMKNCwARjgsAFI4LAGaOCwByjgsAu44LAMOOCwD1pBAAFo8LAGWPCwBrjwsAuo8LAL+PCwAPkAsAFZALAEqlEABmkAsAuZALAMKQCwAOkQsAJZELAGORCwBukQsAuJELAMKRCwANkgsAFZILAEmmEABvkgsAt5ILAL+SCwAMkwsAFpMLAGGTCwBskwsAtpMLALyTCwALlAsAF5QLAGCUCwBilAsAtZQLALyUCwAKlQsAEpULAF+VCwBxlQsAnqYQAPKVCwAJlgsAEZYLAF6WCwCBlgsAnacQALWWCwAIlwsAFZcLAF2XCwBklwsAspcLAMOXCwAHmAsAE5gLAFyYCwBjmAsAsZgLALKYCwA7uQsAuZgLAPKnEAAZmQsAW5kLAGqZCwCwmQsAvJkLAAWaCwAGmgsAWpoLAGSaCwCvmgsAvZoLAASbCwAJmwsAWZsLAGabCwBHqBAAtpsLAJyoEAALnAsA8agQAGacCwCtnAsAvJwLAAKdCwAinQsAV50LAGOdCwCsnQsAs50LAAGeCwAJngsAVp4LAFieCwCrngsAtZ4LAPCpEAAKnwsAVZ8LAF2fCwBFqhAAtJ8LAP+fCwAHoAsAmqoQAJOgCwCpoAsAsaALAP6gCwAcoQsA76oQAGGhCwCooQsAr6ELAGozDQC4oQsA/aELAA2iCwBSogsAXqILAKeiCwCtogsA/KILABijCwBRowsAWaMLAESrEAC6owsA+6MLAAWkCwBQpAsAXKQLAKWkCwCtpAsAmasQAAWlCwBPpQsAUaULAKSlCwCqpQsA+aULAAGmCwDuqxAAUKYLAKOmCwCmpgsA+KYLAACnCwBNpwsAXacLAKKnCwCkpwsA96cLAAWoCwBMqAsAXagLAEOsEACoqAsAmKwQAPyoCwBLqQsAUKkLAKCpCwCmqQsA7awQAP+pCwBKqgsATKoLAJ+qCwCyqgsA9KoLAPyqCwBJqwsAVasLAJ6rCwCkqwsA86sLAPmrCwBIrAsATawLAJ2sCwCjrAsA7K0QAPusCwBHrQsAVK0LAJytCwCjrQsA8a0LAPmtCwBBrhAAUq4LAJuuCwClrgsA8K4LAPyuCwBFrwsAVK8LAJqvCwCkrwsA768LAPuvCwBEsAsAS7ALAJauEACcsAsA6wYOAJ+wCwDusAsAqLALACQkDQD6sAsAQ7ELAEuxCwDrrhAApLELAO2xCwD3sQsAQrILAE6yCwCXsgsAprILAOyyCwD2sgsAQbMLAE2zCwCWswsAnbMLAECvEAD5swsAQLQLAAu0CwCJFA0AV7QLAJW0CwCitAsA6rQLAOy0CwA/tQsAULULAJS1CwCwtQsA6bULAPG1CwCVrxAAV7YLAJO2CwCntgsA6LYLAPC2CwA9twsAQLcLAJK3CwCgtwsA57cLAP63CwA8uAsASbgLAJG4CwCTuAsA5rgLAPe4CwDqrxAAQbkLAJC5CwCVuQsA5bkLAPu5CwA6ugsASLoLAI+6CwCSugsA5LoLAPC6CwA5uwsAP7sLAI67CwCauwsA47sLAAy8CwA4vAsARLwLAI28CwCcvAsA4rwLAOy8CwA3vQsARb0LAIy9CwCRvQsA4b0LAO69CwA/sBAAOL4LAIu+CwCZvgsA4L4LAO2+CwA1vwsAR78LAJSwEACZvwsA378LAOu/CwA0wAsATcALAInACwCLwAsA3sALAO3ACwAzwQsAU8ELAIjBCwCQwQsA3cELAADCCwDpsBAAN8ILAIfCCwCKwgsA3MILAObCCwAxwwsAOcMLAIbDCwCMwwsA28MLAOfDCwAwxAsAP8QLAIXECwCRxAsA2sQLAOfECwAvxQsAOcULAITFCwCMxQsA2cULAOjFCwAuxgsAMMYLAIPGCwCUxgsA2MYLAOnGCwAtxwsANccLAILHCwCTxwsA18cLANnHCwAsyAsAL8gLAIHICwCLyAsA1sgLAPrICwAryQsAR8kLAD6xEACGyQsA1ckLANrJCwAqygsAOcoLAH/KCwCLygsA1MoLANfKCwApywsALMsLAH7LCwCGywsA08sLAOLLCwAozAsALcwLAH3MCwCTzAsA0swLANPMCwAnzQsAOM0LAHzNCwCIzQsA0c0LANvNCwAmzgsAMs4LAHvOCwCCzgsAk7EQANTOCwAlzwsAM88LAHrPCwCEzwsAz88LANrPCwAk0AsALNALAHnQCwCF0AsAztALAOHQCwAj0QsAMdELAHjRCwCC0QsAzdELANXRCwAi0gsAMdILAHfSCwB80gsAzNILANPSCwAh0wsALdMLAOixEACC0wsAy9MLAM7TCwAg1AsAI9QLAHXUCwCP1AsAytQLANbUCwAf1QsAMtULAHTVCwCC1QsAydULANPVCwAe1gsAQdYLAD2yEAB91gsAyNYLANTWCwAd1wsAJNcLAHLXCwB61wsAx9cLAMvXCwAc2AsAKtgLAHHYCwB72AsAxtgLANHYCwAb2QsAI9kLAHDZCwB/2QsAxdkLAMrZCwAa2gsAIdoLAG/aCwB72gsAxNoLAMzaCwCSshAAL9sLALXnDQAy2wsAbtsLAHjbCwDD2wsAz9sLABjcCwAb3AsAbdwLAHfcCwDC3AsAxdwLABfdCwAn3QsAbN0LAG7dCwDB3QsAz90LABbeCwAn3gsA57IQAHLeCwA8sxAA2d4LABXfCwAf3wsAat8LAHbfCwC/3wsAwt8LABTgCwAe4AsAkbMQAG7gCwC+4AsA3uALABPhCwAb4QsA5rMQAHbhCwC94QsA0+ELABLiCwAe4gsAZ+ILAG7iCwC84gsAxOILABHjCwAW4wsAZuMLAG/jCwC74wsAxeMLABDkCwAY5AsAZeQLAHPkCwC65AsAx+QLAA/lCwAX5QsAO7QQAHTlCwC55QsAweULAJC0EAAV5gsAY+YLAG/mCwC45gsAv+YLAA3nCwAV5wsAYucLAGznCwC35wsAxecLAAzoCwAi6AsAYegLAG3oCwC26AsAu+gLAAvpCwAU6QsAYOkLAGrpCwC16QsAvekLAArqCwAP6gsAX+oLAG/qCwC06gsAvOoLAOW0EAAT6wsAXusLAGHrCwD2pwwAZusLADq1EADB6wsACOwLAB7sCwBd7AsAaewLALLsCwC57AsAB+0LAA/tCwBc7QsAYe0LALHtCwC67QsABu4LABDuCwBb7gsAY+4LALDuCwCy7gsAT/oLAL7uCwAF7wsAEu8LAFrvCwBi7wsAj7UQALvvCwAE8AsAB/ALAFnwCwBj8AsA5LUQALzwCwAD8QsAGfELAFjxCwBk8QsArfELALTxCwAC8gsACvILAFfyCwBc8gsArPILALXyCwAB8wsAC/MLAFbzCwBe8wsAq/MLAK3zCwAA9AsAEPQLAFX0CwBf9AsAqvQLALb0CwD/9AsABfULAI62EABi9QsAqfULAL/1CwD+9QsACvYLAFP2CwBY9gsAqPYLALH2CwD99gsAB/cLAFL3CwBa9wsAp/cLAMn3CwDjthAAC/gLAFH4CwBd+AsApvgLAKf4CwD7+AsABfkLAFD5CwBe+QsApfkLAKr5CwD6+QsAB/oLADi3EABf+gsApPoLAK76CwD5+gsABfsLAE77CwBU+wsAo/sLAKv7CwA3uBAA/fsLAE38CwBV/AsAovwLAK78CwCYBgwAu/wLAPf8CwAD/QsATP0LAFT9CwCMuBAArv0LAPb9CwD+/QsAS/4LAFn+CwCg/gsArf4LAPX+CwD4/gsASv8LAFT/CwCf/wsAof8LAPT/CwABAAwASQAMAFgADACeAAwAqgAMAPMADAD7AAwA4bgQAFgBDACdAQwApQEMAPIBDAD+AQwARwIMAE0CDACcAgwAogIMAPECDAD2AgwARgMMAEwDDAA2uRAAqAMMAPADDAD1AwwARQQMAE8EDACaBAwAogQMAO8EDAD7BAwARAUMAFcFDACZBQwApwUMAO4FDADxBQwAQwYMAE0GDACLuRAAqwYMAO0GDAD7BgwAQgcMAEUHDACXBwwAoQcMAOC5EADxBwwAQQgMAPoHDADNJgwASQgMAJYIDACiCAwA6wgMAPEIDABACQwA/ggMAHokDABGCQwAlQkMAJoJDADqCQwA8AkMADW6EABFCgwAlAoMAJkKDADpCgwA7woMAIq6EABMCwwAkwsMAK4LDADoCwwA9AsMAD0MDABEDAwA37oQAJsMDADnDAwA9AwMADwNDABIDQwAkQ0MAKQNDADmDQwA5w0MADsODABHDgwAkA4MAJ8ODADlDgwA7w4MADoPDABGDwwAjw8MAJYPDAA0uxAA6g8MADkQDAA/EAwAjhAMAJMQDADjEAwA6RAMAN67EABBEQwAjREMAJoRDADiEQwA5hEMADcSDAA5EgwAjBIMAJkSDADhEgwA6xIMADO8EAA9EwwAixMMAJMTDADgEwwA7BMMADUUDABIFAwAihQMAJkUDADfFAwA6xQMADQVDAA1FQwAiRUMAJMVDADeFQwA7BUMADMWDAA4FgwAiBYMAJUWDACIvBAA6RYMADIXDAA4FwwAhxcMAI0XDADcFwwA4RcMADEYDAA3GAwA3bwQAIsYDADbGAwA5RgMAIe9EAA4GQwAhRkMAJIZDADaGQwA3xkMAC8aDAA5GgwAhBoMAIwaDADZGgwA5RoMAC4bDABBGwwAgxsMAIQbDADYGwwA5BsMAC0cDAA8HAwAghwMAIwcDADXHAwA3xwMACwdDAAuHQwA3L0QAIodDADWHQwA5R0MACseDAA6HgwAgB4MAIweDADVHgwA2B4MACofDAAtHwwAMb4QAIEfDADUHwwA1x8MACkgDAAxIAwAfiAMAIsgDADTIAwA2CAMACghDAAyIQwAfSEMAIUhDADSIQwA3iEMACciDAA6IgwAfCIMAH0iDADRIgwA3SIMACYjDAA1IwwAeyMMAIUjDADQIwwA3CMMACUkDAAsJAwAhr4QAIkkDADPJAwA2yQMACQlDAAlJQwAeSUMAIMlDADOJQwA3CUMACMmDAAoJgwAeCYMAIUmDADbvhAA3iYMADC/EAAvJwwAdycMAIUnDADMJwwA3ScMACEoDABDKAwAhb8QAHsoDADLKAwAfCgMAD9fDADTKAwAICkMACEpDABxLQwAIykMAHAuDAAlKQwAciwMACYpDADELwwAJykMAHMrDAAvKQwAdSkMADkpDADBMgwAeikMAMopDADXKQwAHyoMACwqDAB0KgwAgCoMAMkqDADYKgwAHisMACgrDADavxAAgSsMAMgrDADKKwwAHSwMAC4sDAAvwBAAcywMAMcsDADTLAwAHC0MACktDACEwBAAfy0MAMYtDADTLQwAGy4MADIuDADZwBAAeS4MABgxDAB6LgwAxS4MAMcuDAAaLwwAIC8MAG8vDAB5LwwALsEQANAvDAAZMAwAGzAMAG4wDAB9MAwAwzAMAM4wDACDwRAAJzEMAG0xDAB8MQwAwjEMAM4xDAAXMgwAIzIMAGwyDABzMgwA2MEQAM0yDAAWMwwAHjMMAC3CEACEMwwAwDMMANEzDAAVNAwAITQMAILCEABxNAwAvzQMAMc0DAAUNQwAFTUMAGk1DABvNQwAvjUMAMM1DAATNgwAFDYMAGg2DAB0NgwAvTYMAMM2DAASNwwAHDcMAGc3DAB1NwwAtzwMAHs3DAC8NwwAxDcMANfCEAAhOAwAZjgMAG44DAC7OAwAxDgMABA5DADIOAwAuDsMAB05DABlOQwAbDkMALo5DADGOQwADzoMAB86DABkOgwAcjoMALk6DADGOgwADjsMABo7DABjOwwAajsMACzDEADBOwwADTwMAB48DABiPAwAczwMAIHDEADDPAwADD0MAA89DABhPQwAaT0MALY9DAC7PQwACz4MABs+DABgPgwAaD4MALU+DAC+PgwACj8MAMI+DACyQQwAFz8MAF8/DABmPwwAtD8MAMA/DAAJQAwAGUAMAF5ADABsQAwAs0AMAMBADAAIQQwAFEEMAF1BDABkQQwA1sMQALtBDAAHQgwAGEIMAFxCDABtQgwAK8QQALZCDAAGQwwAE0MMAFtDDABnQwwAsEMMALpDDAAFRAwAGUQMAFpEDABbRAwAr0QMALtEDAAERQwAI0UMAFlFDABhRQwArkUMALNFDAADRgwAHEYMAFhGDACBRgwArUYMALlGDAACRwwAEUcMAFdHDABhRwwArEcMALRHDAABSAwADEgMAFZIDABYSAwAq0gMAK5IDAAASQwACEkMAFVJDABiSQwAqkkMAK9JDAD/SQwAB0oMAFRKDABWSgwAqUoMALNKDAD+SgwACEsMAFNLDABZSwwAqEsMALZLDAD9SwwAFkwMAFJMDABbTAwAp0wMALFMDAD8TAwACE0MAIDEEABdTQwApk0MALBNDAD7TQwABk4MAFBODABVTgwApU4MAKxODAD6TgwAAk8MAE9PDAB5TwwA1cQQAKtPDAD5TwwAAVAMAE5QDAB4UAwAo1AMAKhQDAD4UAwA+VAMAE1RDABXUQwAolEMALBRDAD3UQwA/FEMAExSDABZUgwAoVIMAL1SDAD2UgwAElMMACrFEABYUwwAoFMMAKRTDAD1UwwA+1MMAEpUDABMVAwAn1QMAKBUDAD0VAwAF1UMAElVDABtVQwAnlUMAMhVDADzVQwA+1UMAEhWDABNVgwAnVYMAKpWDADyVgwA+lYMAEdXDABJVwwAnFcMAKRXDADxVwwAG1gMAEZYDABTWAwAm1gMAKBYDADwWAwA/VgMAEVZDABRWQwAmlkMAMRZDADvWQwA91kMAERaDABfWgwAmVoMAJtaDADuWgwA/1oMAENbDABMWwwAmFsMAKRbDAB/xRAA+lsMAEJcDABdXAwAl1wMAJxcDADsXAwADF0MAEFdDABNXQwAll0MAJ5dDADUxRAA+V0MAEBeDABKXgwAlV4MAKBeDADqXgwA8l4MAH7GEABIXwwAlF8MAJ5fDADpXwwA9F8MAD5gDABSYAwAk2AMAKhgDADoYAwA8GAMAD1hDABUYQwAkmEMAJdhDADnYQwA8WEMADxiDABEYgwA08YQAJNiDADmYgwA92IMADtjDAA+YwwAkGMMAJxjDAAoxxAA82MMADpkDABLZAwAfccQAJJkDADkZAwA52QMADllDABFZQwAjmUMAJRlDADjZQwA7WUMANLHEABFZgwAjWYMAKRmDADiZgwA6mYMACfIEABHZwwAjGcMAJhnDADhZwwA52cMADZoDABCaAwAi2gMAERoDACNuQ4AmGgMAOBoDADvaAwANWkMAEFpDACKaQwAkmkMAHzIEADnaQwANGoMADZqDACJagwAmGoMAN5qDADoagwAM2sMADxrDACIawwAimsMAN1rDADuawwAMmwMAEdsDACHbAwAj2wMANxsDAAcbQwAMW0MADltDACGbQwAkm0MANttDADubQwAMG4MADFuDACFbgwAkW4MANpuDADpbgwAL28MADlvDACEbwwAkG8MANlvDADgbwwAJskQAEpwDAB7yRAAhnAMANhwDADgcAwALXEMADpxDACCcQwAh3EMANdxDADhcQwALHIMADRyDACBcgwAi3IMANJ2DACRcgwA0HgMAKtyDADWcgwA4HIMACtzDADmcgwA1HQMADFzDACAcwwAiXMMANVzDADhcwwAKnQMAFR0DAB/dAwAm3QMACXKEADWdAwAKXUMADp1DAB+dQwAgXUMANN1DADfdQwAKHYMAFJ2DAB9dgwAmXYMAHrKEADYdgwAJ3cMADB3DAB8dwwAhncMANF3DADcdwwAJngMADp4DAB7eAwAl3gMAM/KEADSeAwAJXkMADZ5DAB6eQwAfXkMAM95DADjeQwAJHoMAEB6DAAkyxAAgXoMAHnLEADWegwAzssQAC97DAB4ewwAfnsMAM17DADTewwAInwMACd8DAB3fAwAfXwMACPMEADWfAwAIX0MACl9DADNzBAAfH0MAMt9DADTfQwAIH4MAC1+DAB1fgwAgX4MAMp+DADMfgwAH38MACV/DAB0fwwAfH8MAMl/DADbfwwAIs0QACuADABzgAwAeoAMAMiADADQgAwAHYEMACKBDABygQwAgoEMAMeBDADPgQwAHIIMACqCDABxggwAfoIMAMaCDADHggwAG4MMACSDDABwgwwAeoMMAHfNEADKgwwAGoQMACaEDABvhAwAcoQMAMSEDADMhAwAGYUMACaFDABuhQwAc4UMAMOFDADNhQwAGIYMACCGDABthgwAeYYMAMKGDADVhgwAF4cMACWHDABshwwAb4cMAMGHDADLhwwAzM0QADGIDABriAwAbYgMAMCIDADOiAwAFYkMACaJDABqiQwAbIkMAL+JDADYiQwAFIoMACWKDABpigwAdYoMACHOEADHigwAE4sMACCLDABoiwwAcosMAL2LDADLiwwAEowMACiMDABnjAwAc4wMALyMDADIjAwAEY0MACSNDABmjQwAdY0MALuNDADHjQwAEI4MABGODABljgwAb44MALqODADIjgwAD48MABSPDABkjwwAcY8MAHbOEADHjwwADpAMACSQDABjkAwAb5AMALiQDAC/kAwADZEMABWRDABikQwAZ5EMALeRDADAkQwADJIMABaSDABhkgwAaZIMALaSDAC6kgwAC5MMAA2TDABgkwwAbpMMALWTDAC/kwwACpQMABiUDABflAwAbJQMALSUDADLlAwACZUMABGVDABelQwAbpUMALOVDAC4lQwACJYMAA6WDABdlgwAZZYMALKWDAC3lgwAB5cMAAiXDABclwwAaJcMALGXDAC3lwwABpgMAAiYDABbmAwAZZgMALCYDAC+mAwABZkMAAqZDABamQwAZ5kMAHXPEAC1mQwABJoMAAmaDABZmgwAX5oMAMrPEACzmgwAA5sMABCbDABYmwwAZZsMAK2bDAC5mwwAApwMABGcDABXnAwAYZwMAKycDAC6nAwAAZ0MAAadDABWnQwAY50MAKudDACznQwAydAQAAyeDABVngwAZZ4MAKqeDACzngwA/54MAAKfDABUnwwAYJ8MAKmfDACwnwwAHtEQABWgDABToAwAWaAMAKigDAC0oAwA/aAMABShDABSoQwAVKEMAKehDACxoQwA/KEMAAiiDABRogwAXaIMAKaiDACsogwA+6IMAAGjDABQowwAVaMMAKWjDACrowwAc9EQAP2jDABfkg4ABaQMAE+kDABQpAwApKQMAK6kDAD5pAwAKaUMAMjREABRpQwAo6UMAK2lDAAd0hAAAaYMAE2mDABjpgwAoqYMALimDAD3pgwA+aYMAEynDABSpwwAoacMALWnDADH0hAA/qcMAEuoDAASqAwAbSwRAFGoDADjuQ0AW6gMAKCoDABkqAwAhRcOAKKoDAD1qAwAA6kMAEqpDABbqQwAHNMQAKapDABx0xAA/akMAASZDQAAqgwASaoMAEyqDACeqgwAp6oMAPOqDAAEqwwASKsMAFKrDACdqwwApasMAPKrDAC5qwwAYOcNAPWrDABHrAwAUKwMAJysDACyrAwA8awMAAetDABGrQwASK0MAJutDAChrQwA8K0MAASuDADG0xAAcK4MAJquDADFrgwAG9QQAPWuDADChQ0A+64MAJiwDAD8rgwAa4cNAP6uDABshg0A/64MAESvDABGrwwAma8MAKevDADurwwA/68MAHDUEABLsAwAxdQQAJ6wDADtsAwA87AMAEKxDABHsQwAl7EMAJ2xDAAa1RAA+LEMAEGyDABJsgwAxNUQAKKyDADrsgwA9bIMAECzDABJswwAlbMMAJazDADqswwA8rMMAD+0DABEtAwAlLQMAKS0DABu1hAA9bQMAD61DABAtQwAk7UMAJm1DADotQwA77UMAD22DABCtgwAkrYMAJa2DADntgwA9LYMADy3DABEtwwAkbcMAJa3DADmtwwA9rcMAMPWEABMuAwAkLgMAJy4DADluAwA9LgMADq5DABEuQwAj7kMAJ25DADkuQwA8bkMADm6DABQugwAGNcQAJG6DADC1xAA5roMADi7DADqugwAsegQAEC7DACNuwwAuLsMAOK7DAANvAwAN7wMAGK8DAAX2BAAlbwMAOG8DADivAwANr0MAEW9DACLvQwATL0MADS/DACcvQwA4L0MAOK9DAA1vgwAOL4MAIq+DACNvgwA374MAOe+DAAW2RAAOb8MAIm/DACQvwwA3r8MAOe/DAAzwAwARMAMAIjADACUwAwA3cAMAOXADABr2RAAOMEMAIfBDACOwQwA3MEMAOHBDAAxwgwANcIMAIbCDACTwgwA28IMAOrCDAAwwwwAQcMMAIXDDACHwwwA2sMMAN3DDAAvxAwAMsQMAITEDACMxAwAwNkQAN7EDACUCQ0A5MQMAFKfDgDlxAwALsUMADHFDACDxQwAjcUMABXaEADhxQwALcYMADzGDACCxgwAkcYMANfGDADjxgwALMcMAC/HDACBxwwAhMcMAGraEADZxwwAK8gMAFbIDAC/2hAAiMgMABTbEADdyAwAadsQADLJDAC+2xAAhMkMANTJDADhyQwAKcoMACzKDAB+ygwAg8oMANPKDADkygwAKMsMADTLDAAT3BAAgssMANLLDADjywwAJ8wMADPMDAB8zAwAlswMANHMDADVzAwAz84MANjMDAAi0QwA28wMAHbSDADdzAwAzs8MAN/MDADQzQwA4swMACbNDAArzQwAe80MAJLNDABo3BAA3c0MACXODAA1zgwAes4MAH/ODAC93BAA0c4MACTPDAAqzwwAec8MAIbPDAAS3RAA1M8MACPQDAAp0AwAeNAMAH3QDADN0AwA09AMAGfdEAAu0QwAd9EMAJDRDADM0QwA1dEMACHSDAA40gwAvN0QAHzSDADL0gwAzdIMACDTDAAv0wwAddMMAIHTDAAR3hAAzNMMAB/UDAAw1AwAdNQMAILUDADJ1AwA0NQMAB7VDAAg1QwAc9UMAH3VDADI1QwA1tUMAB3WDAAi1gwActYMAH/WDADH1gwAz9YMABzXDAAg1wwAcdcMAHPXDADG1wwAzNcMABvYDAAo2AwAZt4QAH3YDADF2AwA3NgMABrZDAA22QwAu94QAHvZDADE2QwAxdkMABnaDAAf2gwAbtoMAHraDADD2gwA0toMABjbDAAa2wwAbdsMAHfbDADC2wwA0NsMABfcDAAc3AwAbNwMAHncDADB3AwAydwMABbdDAAa3QwAa90MAG3dDADA3QwAxt0MABXeDAAi3gwAEN8QAHfeDAC/3gwA1t4MABTfDAAw3wwAZd8QAHLfDAC+3wwAzN8MABPgDAAd4AwAaOAMAHTgDAC94AwAwOAMABLhDAAu4QwAZ+EMAG/hDAC63xAAyOEMABHiDAAU4gwAZuIMAHDiDAC54BAAxOIMABDjDAAe4wwAZeMMAG/jDAC64wwAxuMMAA/kDAAX5AwAY+EQAGbkDAC55AwAx+QMAA7lDAAf5QwAuOEQAGrlDAAN4hAAveUMAA3mDAAV5gwAYuYMAGjmDAC35gwAwOYMAAznDAAZ5wwAt+IQAGbnDAC25wwAbecMAF/pDAC/5wwAC+gMABXoDABg6AwAaOgMALXoDAD56AwACukMABLpDAAM4xAAZekMALTpDAC66QwACeoMABHqDABe6gwAouoMALPqDAC76gwAYeMQABDrDAC24xAAZusMALLrDADA6wwAB+wMABHsDABc7AwAaOwMALHsDAC07AwABu0MAA7tDABg5BAAZ+0MALDtDACz7QwABe4MAA/uDAC15BAAYu4MAArlEAC97gwABO8MABXvDABZ7wwAZe8MAK7vDACx7wwAX+UQAEnwDABY8AwAnvAMALTlEAC98AwAAvEMAATxDABX8QwAZfEMAKzxDAC98QwACeYQAB3yDABW8gwAXvIMAF7mEACx8gwAjGYNAL7yDAAA8wwAD/MMAFXzDABh8wwAqvMMAKvzDAD/8wwACfQMAFT0DABi9AwAqfQMAK70DAD+9AwAC/UMALPmEABh9QwAqPUMALX1DAD99QwABfYMAAjnEABe9gwAp/YMAND2DAD89gwACPcMAFH3DABg9wwApvcMALD3DAD79wwACfgMAFD4DABV+AwApfgMALL4DAD6+AwAAvkMAE/5DABd+QwApPkMALH5DAD5+QwAAfoMAF3nEABQ+gwAMRYOAFz6DACj+gwArfoMAPj6DAAE+wwATfsMAFT7DACi+wwAqvsMAPf7DAD7+wwATPwMAFr8DACh/AwAq/wMAPb8DAAB/QwAS/0MAFP9DACg/QwAov0MAPX9DAD9/QwASv4MAFf+DACf/gwApP4MAPT+DAAB/wwASf8MAGf/DACe/wwAzf8MAPP/DAD//wwASAANAE4ADQCdAA0AogANAPIADQD6AA0ARwENAFMBDQCcAQ0ArwENAPEBDQD/AQ0ARgINAFACDQCbAg0AowINAPACDQD/Ag0ARQMNAEoDDQCaAw0AoQMNAO8DDQD7Aw0ARAQNAGAEDQCZBA0AoQQNALLnEADwBA0AQwUNAFEFDQCYBQ0ApQUNAO0FDQD7BQ0AQgYNAE8GDQCXBg0ArgYNAOwGDQD0Bg0AQQcNAE8HDQCWBw0AowcNAOsHDQDzBw0AXOgQAE4IDQCVCA0AlggNAAbpEAD2CA0APwkNAEYJDQBb6RAAmwkNAOkJDQDuCQ0AsOkQAEYKDQAF6hAAmwoNAOgKDQDbCg0AvjIPAOkKDQDoXw0A6woNAOZhDQDxCg0APQsNAPIKDQCUXg0A+AoNAOdgDQBKCw0AkgsNAJ0LDQDnCw0A6QsNADwMDQBJDA0AkQwNAJgMDQDmDA0A9wwNADsNDQBHDQ0AkA0NAJcNDQDlDQ0A7Q0NAFrqEABADg0Ajw4NAJUODQDkDg0A6Q4NADkPDQA/Dw0Ar+oQAJoPDQDjDw0A7Q8NADgQDQA8EA0AjRANAJkQDQDiEA0A7hANADcRDQBEEQ0AjBENAJQRDQDhEQ0A6xENADYSDQBCEg0AixINAI4SDQDgEg0A6hINAFnrEAA3Ew0AihMNAI0TDQDfEw0A4hMNAAPsEAA8FA0AWOwQAJcUDQDeFA0A3xQNAK3sEAA7FQ0AAu0QAI0VDQDdFQ0A5BUNADIWDQA3Fg0AV+0QAI8WDQCs7RAA5BYNADEXDQA7Fw0AhhcNAJEXDQDbFw0A6RcNADAYDQAzGA0AhRgNAI0YDQDaGA0A5BgNAC8ZDQA7GQ0AhBkNAIcZDQDZGQ0A4xkNAAHuEAA8Gg0AgxoNAJkaDQDYGg0A5BoNAC0bDQA0Gw0AghsNAIobDQDXGw0A3BsNACwcDQA1HA0AgRwNAIscDQDWHA0A3hwNACsdDQAtHQ0AgB0NAJAdDQDVHQ0A3x0NACoeDQA2Hg0Afx4NAIUeDQDUHg0A3B4NAKvuEAA3Hw0Afh8NAH8fDQAA7xAA2B8NAFXvEAAqIA0AfSANAH4gDQDSIA0A1SANACchDQAyIQ0AfCENAIEhDQDRIQ0A2yENAKrvEABKIg0AeyINAIMiDQD/7xAA0iINACUjDQA2Iw0AeiMNAIsjDQDPIw0A0iMNAFTwEAAqJA0AeSQNAH4kDQDOJA0A0SQNACMlDQAmJQ0AeCUNAIAlDQCp8BAA2yUNACImDQAlJg0AdyYNAIImDQDMJg0A2CYNACEnDQAoJw0AdicNAH4nDQDLJw0A2ScNACAoDQAtKA0AdSgNAH0oDQD+8BAA1igNAB8pDQAiKQ0AdCkNAH4pDQDJKQ0A0SkNAFPxEAAqKg0AcyoNAHkqDQDIKg0A0ioNAB0rDQAxKw0AcisNAHorDQCo8RAA1CsNABwsDQAkLA0AcSwNAHQsDQDGLA0A0iwNABstDQAlLQ0AcC0NAHktDQDFLQ0Axi0NABouDQAyLg0Aby4NAHEuDQDELg0A1S4NABkvDQAqLw0Abi8NAHYvDQDDLw0A0i8NABgwDQAaMA0AbTANAH4wDQDCMA0A0zANABcxDQAwMQ0AbDENAG4xDQDBMQ0A0DENABYyDQA2Mg0AUvIQAG0yDQDAMg0A4DINABUzDQApMw0ApvMQAHIzDQC/Mw0AzDMNABQ0DQAZNA0AaTQNAHM0DQC+NA0AxjQNABM1DQAZNQ0AaDUNAHE1DQC9NQ0AyjUNAPvzEAAeNg0AZzYNAG02DQC8Ng0AwjYNABE3DQAaNw0AZjcNAGc3DQC7Nw0AxTcNABA4DQAcOA0AZTgNAGw4DQBQ9BAAwjgNAKX0EAAXOQ0A+vQQAGw5DQBP9RAAxTkNAA46DQAeOg0AYzoNAGg6DQC4Og0AvjoNAA07DQAZOw0AYjsNAGo7DQCk9RAAyDsNAAw8DQAdPA0AYTwNAHM8DQC2PA0AvjwNAAs9DQAWPQ0AYD0NAGU9DQC1PQ0Auj0NAAo+DQAqPg0A+fUQAG8+DQC0Pg0Avj4NAAk/DQAVPw0AXj8NAGQ/DQCzPw0Auz8NAAhADQAKQA0AXUANABRADQACRg0AbkANALJADQDDQA0AB0ENABlBDQBcQQ0AZEENALFBDQC8QQ0ABkINAAtCDQBbQg0AYEINALBCDQDQQg0ATvYQAAdDDQBaQw0AaUMNAK9DDQC6Qw0ABEQNABZEDQBZRA0AYUQNAK5EDQC5RA0AA0UNAAhFDQBYRQ0AXUUNAK1FDQDNRQ0Ao/YQAARGDQBXRg0AZkYNAKxGDQC3Rg0AAUcNABNHDQBWRw0AXkcNAKtHDQC2Rw0AAEgNAAVIDQBVSA0AWkgNAKpIDQDKSA0A+PYQAAxJDQBUSQ0Aa0kNAE33EAC2SQ0A/kkNABVKDQCi9xAAYEoNAKhKDQCvSg0A/UoNAAtLDQBSSw0AX0sNAKdLDQC+Sw0A9/cQAARMDQBM+BAAU0wNAKZMDQC0TA0A+0wNAAxNDQCh+BAAXU0NAKVNDQC8TQ0A9vgQAARODQBPTg0AW04NAKRODQCnTg0A+U4NAANPDQBL+RAAak8NAKD5EACrTw0A9fkQAABQDQBNUA0ATlANAPRTDQBQUA0A9lENAFRQDQDtWg0AV1ANAKJQDQBcUA0A8lUNAF1QDQDzVA0Ap1ANAENaDQCuUA0A91ANAPpQDQBMUQ0AVlENAEr6EACpUQ0An/oQAP9RDQBLUg0AFlINAO9YDQBZUg0AoFINAKpSDQD1Ug0AAVMNAEpTDQBNUw0An1MNAKdTDQD0+hAA9lMNAElUDQBMVA0AnlQNAKFUDQBJ+xAA9VQNAEhVDQBWVQ0AnVUNAK5VDQDz+xAA9FUNAEdWDQBUVg0AnFYNAKtWDQDxVg0A/VYNAEZXDQBXVw0Am1cNAKxXDQDwVw0A/FcNAEVYDQBMWA0AmlgNAKJYDQCd/BAA/VgNAERZDQBFWQ0A8vwQAKVZDQDuWQ0A9VkNAEf9EABKWg0AmFoNAJ1aDQDx/RAA9loNAEJbDQBIWw0Al1sNAJlbDQDsWw0A9lsNAEFcDQBPXA0AllwNAJtcDQDrXA0A+FwNAEBdDQBYXQ0AlV0NAKtdDQDqXQ0A7V0NAD9eDQBHXg0Am/4QAKBeDQDpXg0A7F4NAD5fDQBIXw0A8P4QAJtfDQBF/xAA6l8NAD1gDQBAYA0AkmANAJVgDQCa/xAA6WANADxhDQBKYQ0AkWENAKJhDQBEABEA72ENADtiDQBJYg0AkGINAFRiDQCi+Q4AmmINAOViDQDxYg0AOmMNAD1jDQCPYw0Al2MNAO4AEQD+Yw0AQwERAFNkDQCOZA0AqGQNAJgBEQDoZA0A32gNAPFkDQCJaQ0A82QNADhlDQA6ZQ0AjWUNAJtlDQDiZQ0A82UNAO0BEQA+Zg0AQgIRAJJmDQDhZg0A5mYNADZnDQA8Zw0AlwIRAJFnDQDgZw0A5WcNADVoDQBLaA0AimgNAJJoDQBBAxEA/2gNADRpDQA8aQ0AlgMRAKBpDQDeaQ0A62kNADNqDQA4ag0AiGoNAI5qDQDdag0A6WoNADJrDQA5aw0Ah2sNAI9rDQDcaw0A/2sNAEAEEQA+bA0AhmwNAJVsDQDbbA0A3WwNADBtDQA5bQ0AhW0NAJxtDQDabQ0A5W0NAC9uDQA5bg0AhG4NAIxuDQDqBBEA324NAC5vDQA0bw0Ag28NAIhvDQDYbw0A3m8NAD8FEQBPcA0AgnANAIpwDQDpBREA4HANACxxDQAtcQ0AgXENAIlxDQDWcQ0A4XENACtyDQAwcg0AgHINAIVyDQDVcg0A9XINAD4GEQAwcw0Af3MNAIZzDQDUcw0A2XMNACl0DQAtdA0AfnQNAIt0DQDTdA0A23QNACh1DQAzdQ0AfXUNAIJ1DQDSdQ0A13UNACd2DQBHdg0AkwYRAIt2DQDRdg0A3HYNACZ3DQAudw0Ae3cNAH53DQDQdw0AhXcNAM16DQDcdw0AJXgNAC94DQB6eA0Ag3gNAM94DQDQeA0AJHkNACx5DQB5eQ0AhHkNAM55DQDTeQ0AI3oNACh6DQB4eg0AmHoNAOgGEQDZeg0AInsNACR7DQB3ew0AfXsNAMx7DQDTew0AIXwNACZ8DQB2fA0AenwNAMt8DQDYfA0AIH0NACh9DQB1fQ0AgH0NAMp9DQDPfQ0AH34NACR+DQB0fg0AlH4NAD0HEQDRfg0AkgcRACh/DQBzfw0AfH8NAMh/DQDOfw0AHYANACmADQBygA0AkIANAMeADQDIgA0AHIENAB6BDQBxgQ0AfoENAMaBDQDUgQ0AG4INACqCDQBwgg0AjIINAMWCDQDNgg0APAgRAC2DDQBvgw0AcIMNAMSDDQDQgw0AGYQNACiEDQBuhA0AeIQNAMOEDQDPhA0AGIUNAB+FDQCRCBEAdYUNAOYIEQDLhQ0AF4YNACSGDQA7CREAcYYNAMGGDQDOhg0AFocNACCHDQCQCREAbYcNAMCHDQDWhw0AFYgNACGIDQDlCREAcogNAKSiDgCIiA0Av4gNAN2IDQAUiQ0AHIkNAGmJDQA2iQ0AgMYOAGqJDQASiw0AbIkNAGaMDQB1iQ0A1cYOAHmJDQC+iQ0AwIkNABOKDQAhig0AaIoNAHmKDQA6ChEAxYoNAI8KEQAUiw0AZ4sNAGqLDQC8iw0Av4sNAOQKEQAZjA0AOQsRAHCMDQAO5A0AhowNALuMDQDJjA0AEI0NABGNDQCOCxEAbY0NAOMLEQDdjQ0AOAwRAByODQBkjg0Aco4NALmODQDDjg0ADo8NABaPDQBjjw0AZI8NAF6UDQB+jw0AC5INAIyPDQC4jw0AwY8NAA2QDQAOkA0AYpANAHCQDQC3kA0AwZANAAyRDQAYkQ0AYZENAGeRDQC2kQ0A0pENAI0MEQAZkg0AYJINAG2SDQC1kg0Av5INAAqTDQAMkw0AX5MNAHaTDQC0kw0AwJMNAAmUDQAllA0A4gwRAG+UDQCzlA0AtZQNAAiVDQASlQ0AXZUNAG2VDQCylQ0At5UNAAeWDQANlg0AXJYNAHKWDQCxlg0AuZYNAAaXDQAJlw0AW5cNAGSXDQCwlw0AvpcNAAWYDQAPmA0AWpgNAGaYDQCvmA0Ay5gNADcNEQARmQ0AWZkNAGGZDQCumQ0AsZkNAADyDQC+mQ0AA5oNAAWaDQAB8Q0AEZoNAFiaDQBlmg0ArZoNALuaDQACmw0ABZsNAFebDQBimw0ArJsNALibDQABnA0ACJwNAFacDQBenA0Aq5wNAK2cDQAAnQ0AEJ0NAFWdDQBfnQ0Aqp0NALadDQD/nQ0ABZ4NAFSeDQBcng0AjA0RAKueDQD+ng0ADJ8NAFOfDQBgnw0AqJ8NALSfDQD9nw0AA6ANAFKgDQBVoA0Ap6ANAK+gDQD8oA0A/qANAPelDQD/oA0ApaINAAyhDQBRoQ0AU6ENAJ2qDQBWoQ0ApqENAK+hDQD7oQ0ACKINAFCiDQBXog0A4Q0RAK6iDQD1pw0Ar6INAE6kDQDFog0A+qINAAijDQBPow0AUKMNADYOEQCwow0A+aMNAACkDQCLDhEAUKQNAKOkDQCppA0A+KQNAAKlDQBNpQ0AWaUNAKKlDQCppQ0A4A4RABCmDQBMpg0AUaYNAKGmDQCnpg0A9qYNAACnDQBLpw0AV6cNAKCnDQCnpw0ANQ8RAASoDQBKqA0AWagNAJ+oDQCrqA0A9KgNAPeoDQBJqQ0ATKkNAJ6pDQCuqQ0A86kNAPypDQBIqg0AWaoNAIoPEQCrqg0A8qoNAAOrDQDfDxEATqsNADQQEQCkqw0A8asNAPOrDQDssA0A9KsNAJqtDQABrA0ARqwNAEisDQCStQ0AS6wNAJusDQCkrA0A8KwNAP2sDQBFrQ0ATK0NAIkQEQCjrQ0A6rINAKStDQBDrw0Auq0NAO+tDQD9rQ0ARK4NAEWuDQDeEBEApa4NAO6uDQD1rg0AMxERAEWvDQCYrw0Anq8NAO2vDQD3rw0AQrANAE6wDQCXsA0AnrANAIgREQAFsQ0AQbENAEaxDQCWsQ0AnLENAOuxDQD1sQ0AQLINAEyyDQCVsg0AnLINAN0REQD5sg0AP7MNAE6zDQCUsw0AoLMNAOmzDQDssw0APrQNAEG0DQCTtA0Ao7QNAOi0DQDxtA0APbUNAE61DQAyEhEAoLUNAOe1DQD4tQ0AhxIRAEO2DQDcEhEAmbYNAOa2DQAftw0AO7cNAEO3DQCQtw0AoLcNAOW3DQDntw0AOrgNAEi4DQCPuA0AoLgNADETEQDquA0AObkNAEW5DQCGExEAurkNADAUEQDsuQ0AOLoNAEW6DQCNug0AqboNAOK6DQDqug0AhRQRAEi7DQCMuw0AjrsNAOG7DQDiuw0ANrwNADm8DQCLvA0Al7wNAOC8DQDnvA0ANb0NAFG9DQCKvQ0Akr0NAC8VEQDsvQ0ANL4NAES+DQCJvg0Ajr4NAN6+DQAOvw0AhBURADm/DQDZFREAkL8NAN2/DQDevw0AKckNAOO/DQBOTQ8A578NADLADQDpvw0Ag8QNAO2/DQDawg0A+78NAHvMDQA3wA0Aq0UPAD3ADQCwQA8APsANAIfADQCKwA0A3MANAObADQAuFhEAOcENAIbBDQCMwQ0A28ENAOTBDQAwwg0APcINAIXCDQChwg0AgxYRANzCDQAvww0A38INAPVQDwA9ww0AhMMNAJXDDQDYFhEA38MNAC7EDQA6xA0ALRcRAInEDQDYxA0A3sQNAC3FDQAyxQ0AgsUNAIjFDQAsGBEA3sUNACsZEQAxxg0AgcYNAInGDQDWxg0A4sYNACvHDQA+xw0AgMcNAIzHDQDVxw0A5McNACrIDQAzyA0Af8gNAInIDQDUyA0A4MgNANUZEQA6yQ0AfskNAIrJDQDTyQ0A1ckNACjKDQAryg0AfcoNAInKDQDSyg0A2soNACoaEQAzyw0AfMsNAIzLDQDRyw0A3csNACbMDQAszA0AfxoRAJ3MDQDQzA0A2MwNACXNDQBNzQ0Aes0NAIXNDQDPzQ0A280NACTODQA1zg0Aec4NAHrODQDUGhEA1M4NACPPDQAwzw0AKRsRAIXPDQDNzw0A5M8NACLQDQBS0A0Ad9ANAH/QDQDM0A0A1tANACHRDQAt0Q0AdtENAHnRDQDL0Q0A1dENAH4bEQAo0g0AddINAHvSDQDK0g0A09INAB/TDQAs0w0AdNMNAJDTDQDTGxEAy9MNAB7UDQDQ0w0AZuENACvUDQBz1A0AetQNAMjUDQDK1A0AHdUNACPVDQBy1Q0AedUNAMfVDQDf1Q0AHNYNACHWDQBx1g0AKNYNABvXDQB61g0AxtYNANDWDQAoHBEAIdcNAHDXDQB21w0AxdcNAMrXDQAa2A0AINgNAH0cEQBw2A0AxNgNANXYDQAZ2Q0AJdkNAG7ZDQB42Q0Aw9kNAM/ZDQAY2g0AH9oNANIcEQBv2g0AwtoNAHjaDQDpXA8AxdoNABfbDQA32w0AbNsNAHTbDQAnHREA0tsNABbcDQAd3A0Aa9wNAHPcDQDA3A0Aw9wNAGneDQDQ3A0AFd0NABfdDQBq3Q0AeN0NAL/dDQDQ3Q0AfB0RABveDQDRHREAct4NAL7eDQDN3g0AE98NACLfDQBo3w0AdN8NAL3fDQDA3w0AEuANABXgDQBn4A0Ad+ANALzgDQDF4A0AEeENACLhDQAmHhEAa+ENALvhDQDE4Q0AEOINABriDQBl4g0AbeINALriDQDY4g0AD+MNAC3jDQBk4w0AguMNALnjDQDX4w0Aex4RABXkDQBj5A0AaOQNALjkDQBv5A0At+UNAMHkDQAN5Q0AF+UNAGLlDQB+5Q0A0B4RAL3lDQAM5g0AEuYNAGHmDQB95g0AJR8RAN7mDQDPHxEAM+cNACQgEQBo5w0AIyERAMvnDQAK6A0ADOgNAF/oDQBl6A0AtOgNAMjoDQAJ6Q0AEekNAF7pDQCG6Q0AeCERALzpDQAI6g0AFeoNAF3qDQBr6g0AsuoNALzqDQAH6w0AIesNAFzrDQBp6w0AsesNAL3rDQAG7A0AEOwNAFvsDQBj7A0AzSERALfsDQAF7Q0ADe0NACIiEQAx7Q0AISMRAGbtDQCv7Q0Atu0NAATuDQAM7g0AdyIRAFvuDQCu7g0Av+4NAAPvDQAL7w0AWO8NAGLvDQCt7w0Aue8NAALwDQAF8A0AV/ANAGHwDQB2IxEAyPANAMsjEQAP8Q0AVvENAGfxDQAgJBEAsvENAHUkEQAJ8g0AVfINAGTyDQCq8g0AufINAP/yDQAL8w0AVPMNAFfzDQCp8w0ArPMNAP7zDQAO9A0AU/QNAFz0DQCo9A0AufQNAMokEQD/9A0AUvUNAAn1DQD89Q0AVfUNAKf1DQCv9Q0AHyURAAL2DQBR9g0AXfYNAKb2DQCu9g0AdCURAAf3DQBQ9w0AU/cNAKX3DQCv9w0AySURAP/3DQBP+A0AZfgNAKT4DQCl+A0A+fgNAAr5DQBO+Q0AWvkNAKP5DQCt+Q0A+PkNAAT6DQAeJhEAWfoNAKL6DQCl+g0A9/oNAAH7DQDIJhEAT/sNAKH7DQCk+w0A9vsNAAL8DQBL/A0AUfwNAKD8DQCq/A0AHScRAPr8DQBK/Q0AV/0NAJ/9DQCi/Q0A9P0NABD+DQBJ/g0AUf4NAHInEQCm/g0AxycRAPv+DQAcKBEAS/8NAJ3/DQBf/w0AMcAOAL3/DQDy/w0ABgAOAHEoEQBUAA4AxigRAJ0ADgDxAA4A9wAOAEYBDgBSAQ4AmwEOAKoBDgDwAQ4A8gEOAEUCDgBPAg4AmgIOAKYCDgDvAg4A9gIOABspEQBQAw4AcCkRAKEDDgDFKREA8AMOAEMEDgBRBA4AmAQOAKkEDgDCLBEA8wQOAEIFDgBOBQ4AFy0RAJ0FDgDsBQ4A8gUOAEEGDgBGBg4AlgYOAJwGDgDBLREA7gYOAEAHDgBMBw4AlQcOAJsHDgDqBw4A9AcOAGsuEQBECA4AlAgOAKEIDgDpCA4A7AgOAD4JDgBTCQ4AkwkOAJsJDgDALhEA8AkOAD0KDgBJCg4AkgoOAJgKDgDnCg4A7QoOADwLDgBBCw4AkQsOAJcLDgC+MBEA9QsOADsMDgBKDA4AkAwOAJkMDgDlDA4A6wwOADoNDgBADQ4Ajw0OAJsNDgDkDQ4A6w0OADkODgBBDg4AaDERAJgODgDjDg4A7g4OADgPDgBEDw4AjQ8OAJMPDgDiDw4A6g8OADcQDgBDEA4AjBAOAJIQDgDhEA4A5xAOADYRDgA7EQ4AixEOAJERDgC9MREA5xEOADUSDgBDEg4AihIOAJcSDgDfEg4A9hIOADQTDgBQEw4AiRMOAJETDgASMhEA8RMOADMUDgA1FA4AiBQOAJ4UDgDdFA4A3hQOADIVDgBDFQ4AhxUOAJMVDgBnMhEA+BUOALwyEQBHFg4AhhYOAIcWDgDbFg4A7BYOADAXDgA8Fw4AETMRAIoXDgDaFw4A4BcOAC8YDgBPGA4AhBgOAJAYDgDZGA4A4BgOAGYzEQA0GQ4AgxkOAIgZDgDYGQ4A3hkOALszEQBBGg4AghoOAIMaDgDXGg4A4xoOACwbDgBIGw4AgRsOAIkbDgC6NBEA4hsOACscDgBHHA4AgBwOAIgcDgBkNREA4RwOACodDgAwHQ4Afx0OAIUdDgDUHQ4A7B0OACkeDgAzHg4Afh4OAIoeDgDTHg4A1h4OACgfDgAyHw4AfR8OAJUfDgDSHw4A4h8OACcgDgApIA4AfCAOAIogDgDRIA4A4iAOALk1EQAsIQ4AeyEOAIchDgAONhEA2CEOALg2EQAxIg4AeiIOAH0iDgDPIg4A2SIOAA03EQAmIw4AeSMOAIcjDgDOIw4A3yMOALc3EQAqJA4ADDgRAIAkDgBhOBEA1SQOAGA5EQAkJQ4AdyUOAIQlDgDMJQ4A2yUOACEmDgAnJg4AdiYOAIImDgDLJg4AzSYOACAnDgAqJw4AdScOAIMnDgDKJw4AzycOAB8oDgAsKA4AdCgOAIAoDgDJKA4A3CgOAB4pDgAtKQ4AcykOAH8pDgDIKQ4AySkOAB0qDgAnKg4AcioOAIAqDgDHKg4AzCoOABwrDgApKw4AtTkRAHsrDgDGKw4A1CsOABssDgAeLA4AcCwOAIAsDgDFLA4A0ywOABotDgAmLQ4Aby0OAHYtDgDELQ4Ayy0OABkuDgAlLg4Abi4OAG8uDgDDLg4Azy4OABgvDgAlLw4AbS8OAHQvDgDCLw4Azi8OABcwDgAkMA4AbDAOAHswDgDBMA4A1TAOABYxDgAiMQ4AazEOAH4xDgDAMQ4AzzEOABUyDgAhMg4AajIOAGsyDgC/Mg4AyTIOABQzDgAiMw4AaTMOAG4zDgC+Mw4AyzMOAAo6EQAUNA4AaDQOAHk0DgC9NA4AyzQOABI1DgAhNQ4AZzUOAGk1DgC8NQ4AxjUOABE2DgAfNg4AZjYOAGs2DgC7Ng4AyDYOABA3DgAfNw4AZTcOAGo3DgC6Nw4AxzcOAA84DgAZOA4AZDgOAHA4DgC5OA4AzDgOAA45DgAYOQ4AYzkOAG85DgC4OQ4AyzkOAA06DgAcOg4AYjoOAG46DgC3Og4AuDoOAAw7DgAWOw4AYTsOAG87DgC2Ow4AuzsOAAs8DgAYPA4AXzoRAGU8DgC1PA4AwjwOAAo9DgAUPQ4AXz0OAGU9DgC0PQ4Atj0OAAk+DgAWPg4AXj4OAGE+DgCzPg4AwT4OAAg/DgAUPw4AXT8OAGo/DgCyPw4AvD8OAAdADgAWQA4AXEAOAGFADgCxQA4AvkAOAAZBDgATQQ4AW0EOAGdBDgCwQQ4Av0EOAAVCDgAPQg4AWkIOAGhCDgCvQg4AtEIOAARDDgARQw4AWUMOAGVDDgCuQw4AwUMOAANEDgASRA4AWEQOAGREDgCtRA4ArkQOAAJFDgAMRQ4AV0UOAGVFDgCsRQ4AsUUOAAFGDgAORg4AtDoRAGlGDgCrRg4AukYOAABHDgAMRw4AVUcOAFZHDgCqRw4AtEcOAP9HDgANSA4AVEgOAFlIDgCpSA4AtkgOAAk7EQARSQ4AU0kOAGJJDgCoSQ4AtEkOAP1JDgD+SQ4AUkoOAFxKDgCnSg4AtUoOAPxKDgABSw4AUUsOAF5LDgBeOxEAqEsOAPtLDgAJTA4AUEwOAF1MDgClTA4AsUwOAPpMDgAATQ4AT00OAGBNDgCkTQ4Apk0OAPlNDgACTg4ATk4OAFtODgCjTg4Ask4OAPhODgADTw4ATU8OAFlPDgCiTw4AtU8OAPdPDgAGUA4ATFAOAFhQDgChUA4AolAOAPZQDgAAUQ4AS1EOAFlRDgCgUQ4ApVEOAPVRDgACUg4AszsRAFdSDgCfUg4ArVIOAPRSDgD+Ug4ASVMOAFdTDgCeUw4AoFMOAPNTDgAEVA4ASFQOAFZUDgCdVA4AzFQOAPJUDgD0VA4AR1UOAFFVDgCcVQ4AqlUOAPFVDgD2VQ4ARlYOAFNWDgCbVg4Ap1YOAPBWDgADVw4ARVcOAFRXDgCaVw4AplcOAO9XDgDwVw4ARFgOAE5YDgCZWA4Ap1gOAO5YDgDzWA4AQ1kOAFBZDgAIPBEAmlkOAO1ZDgDvWQ4AQloOAFFaDgCXWg4AploOAOxaDgD4Wg4AQVsOAERbDgCWWw4AmVsOAOtbDgDxWw4AQFwOAExcDgCVXA4AmFwOAOpcDgDvXA4AP10OAEhdDgCUXQ4Aml0OAOldDgD4XQ4APl4OAEpeDgCTXg4Ao14OAOheDgDqXg4APV8OAEtfDgCSXw4Ao18OAF08EQDtXw4APGAOAEhgDgCyPBEApGAOAOZgDgD1YA4AO2EOAEdhDgCQYQ4AkWEOAOVhDgDvYQ4AOmIOAEhiDgCPYg4AlGIOAORiDgDxYg4ABz0RAEVjDgCOYw4AmGMOAONjDgAMZA4AOGQOAD9kDgCNZA4ApmQOAOJkDgDxZA4AN2UOAEZlDgCMZQ4AkWUOAOFlDgDuZQ4ANmYOAENmDgCLZg4Al2YOAOBmDgDvZg4ANWcOAD9nDgCKZw4AmGcOAN9nDgDkZw4ANGgOAEFoDgCJaA4AlWgOAN5oDgDxaA4AM2kOAEJpDgCIaQ4AlGkOAN1pDgDeaQ4AMmoOADxqDgCHag4AlWoOANxqDgDhag4AMWsOAD5rDgBcPREAl2sOANtrDgDsaw4AMGwOADxsDgCFbA4AnGwOANpsDgDcbA4AL20OAEBtDgCEbQ4Ah20OANltDgDjbQ4ALm4OADBuDgCDbg4AjW4OANhuDgDkbg4ALW8OADlvDgCCbw4AlW8OANdvDgDmbw4ALHAOADhwDgCBcA4AgnAOANZwDgDgcA4AK3EOADlxDgCAcQ4AhXEOANVxDgDicQ4AsT0RACxyDgB/cg4AiXIOANRyDgDccg4ABj4RADxzDgB+cw4AinMOANNzDgDicw4AKHQOADF0DgB9dA4Ah3QOANJ0DgDgdA4AJ3UOACx1DgB8dQ4AiXUOANF1DgDddQ4AJnYOADl2DgB7dg4AinYOANB2DgDcdg4AJXcOACZ3DgB6dw4AhHcOAM93DgDddw4AJHgOACl4DgB5eA4AhngOAFs+EQDQeA4AI3kOAC15DgB4eQ4AgHkOALA+EQDSeQ4AInoOADh6DgB3eg4AeHoOAMx6DgDdeg4AIXsOAC17DgB2ew4AgHsOAMt7DgDZew4AIHwOACV8DgB1fA4AgnwOAMp8DgDWfA4AH30OADJ9DgB0fQ4Ag30OAMl9DgDVfQ4AHn4OAB9+DgBzfg4AfX4OAMh+DgDWfg4AHX8OACJ/DgByfw4Af38OAAU/EQDJfw4AHIAOACaADgBxgA4AeYAOAFo/EQDcgA4AG4EOACeBDgBwgQ4AdYEOAMWBDgDOgQ4AGoIOACSCDgBvgg4Ae4IOAMSCDgDXgg4AGYMOACiDDgBugw4AeoMOAMODDgDEgw4AGIQOACKEDgBthA4Ae4QOAMKEDgDHhA4AF4UOACSFDgCvPxEAboUOAMGFDgDLhQ4AFoYOAB6GDgAEQBEAeIYOAMCGDgDPhg4AFYcOACCHDgBqhw4AdocOAL+HDgDOhw4AFIgOADSIDgBpiA4AdYgOAL6IDgDFiA4AE4kOACGJDgBoiQ4AbYkOAL2JDgDJiQ4AEooOACWKDgBnig4AdooOALyKDgDIig4AEYsOABKLDgBmiw4AcIsOALuLDgDJiw4AEIwOABWMDgBljA4AcowOAFlAEQC8jA4AD40OABmNDgBkjQ4AbI0OAK5AEQDWjQ4ADo4OAB+ODgBjjg4Ab44OALiODgDLjg4ADY8OAByPDgBijw4Abo8OALePDgC4jw4ADJAOABaQDgBhkA4Ab5AOALaQDgC7kA4AC5EOABiRDgADQREAYpEOALWRDgC/kQ4ACpIOABKSDgBYQREAfJIOALSSDgDFkg4ACZMOABWTDgBekw4AcZMOALOTDgDCkw4ACJQOABSUDgBdlA4AXpQOALKUDgC8lA4AB5UOABWVDgBclQ4AYZUOALGVDgC+lQ4ArUERAAiWDgBblg4AZZYOALCWDgC4lg4AAkIRABaXDgBalw4AbpcOAK+XDgCzlw4ABJgOAAaYDgBZmA4AbZgOAK6YDgCxmA4AA5kOACCZDgBYmQ4AaZkOAK2ZDgC5mQ4AApoOABWaDgBXmg4AZpoOAKyaDgC4mg4AAZsOAAKbDgBWmw4AYJsOAKubDgC5mw4AAJwOAAWcDgBVnA4AYpwOAFdCEQCsnA4A/5wOAAmdDgBUnQ4AXJ0OAKxCEQCrnQ4A/p0OAAyeDgBTng4AZJ4OAAFDEQCvng4AVkMRAAWfDgD/RBEAWJ8OAKefDgCsnw4A/J8OAACgDgBRoA4AXqAOAFRFEQCroA4A+6AOAP+gDgBQoQ4AUqEOAKWhDgC+oQ4A+qEOAAuiDgBPog4AW6IOAKlFEQCnog4ASagOALCiDgD5og4ADKMOAE6jDgBPow4Ao6MOAK+jDgD4ow4AB6QOAE2kDgBXpA4AoqQOAK6kDgD3pA4A/qQOAP5FEQBUpQ4AoaUOAKOlDgCVsQ4ApKUOAJyqDgCnpQ4A9qUOAK2lDgDvrA4ArqUOAN0TDwACpg4AS6YOAFqmDgCgpg4ArKYOAPWmDgADpw4ASqcOAGWnDgCfpw4Aq6cOAPSnDgD7pw4AU0YRAFaoDgCeqA4AoKgOAPOoDgD0qA4ASKkOAEupDgCdqQ4AqKkOAPKpDgD3qQ4AR6oOAFGqDgCoRhEAqaoOAPGqDgDzqg4ARqsOAEerDgCbqw4AnqsOAPCrDgD7qw4ARawOAEqsDgCarA4ApKwOAP1GEQACrQ4ARK0OAEWtDgCZrQ4Apa0OAO6tDgD9rQ4AQ64OAE2uDgCYrg4ApK4OAO2uDgD0rg4AUkcRAEqvDgCXrw4Ama8OAOyvDgD7rw4AQbAOAEuwDgCWsA4An7AOAOuwDgDtsA4AQLEOAFGxDgD8RxEApLEOAOqxDgD0sQ4AP7IOAEiyDgCUsg4AlrIOAOmyDgD6sg4APrMOAEazDgCTsw4AsbMOAOizDgDwsw4APbQOAEm0DgCStA4ApbQOAOe0DgDotA4APLUOAEi1DgCRtQ4AoLUOAOa1DgDwtQ4AO7YOAEe2DgCQtg4Al7YOAFFIEQD2tg4AOrcOAEu3DgCPtw4Al7cOAOS3DgDrtw4AObgOAEe4DgCOuA4AnrgOAOO4DgDzuA4AOLkOAFS5DgCmSBEAmrkOAOK5DgD5uQ4AN7oOAD+6DgCMug4AmroOAOG6DgDrug4ANrsOAEK7DgCLuw4AobsOAOC7DgDjuw4ANbwOAFG8DgD7SBEAmrwOAN+8DgDpvA4ANL0OADy9DgCJvQ4AmL0OAN69DgDjvQ4AM74OAEC+DgCIvg4Akr4OAN2+DgDfvg4AMr8OAEC/DgCHvw4AlL8OANy/DgDfvw4AUEkRADzADgCGwA4AkMAOANvADgDjwA4AMMEOAD/BDgCFwQ4AisEOANrBDgDnwQ4AL8IOADnCDgCEwg4AhsIOANnCDgDnwg4ALsMOADvDDgCDww4AhsMOAKVJEQDbww4ALcQOADnEDgCCxA4AicQOANfEDgDfxA4ALMUOAEXFDgCBxQ4AlcUOANbFDgDyxQ4AK8YOADPGDgBPShEAiMYOAKRKEQDixg4AKscOADHHDgB/xw4Ah8cOANTHDgDZxw4AKcgOADnIDgB+yA4AhsgOANPIDgDhyA4AKMkOADXJDgB9yQ4AiskOANLJDgDeyQ4AJ8oOAC3KDgB8yg4AhMoOANHKDgDdyg4AJssOADnLDgB7yw4AissOANDLDgDcyw4AJcwOACbMDgB6zA4AhMwOAM/MDgDdzA4AJM0OACnNDgB5zQ4Ahs0OAPlKEQDRzQ4AI84OAC3ODgB4zg4Aes4OAM3ODgDczg4AIs8OAELPDgB3zw4Af88OAMzPDgDWzw4AIdAOACfQDgB20A4AeNAOAMvQDgDa0A4AINEOACzRDgB10Q4AfdEOAE5LEQDo0Q4AH9IOAD3SDgCjSxEAjdIOAMnSDgDO0g4AHtMOADnTDgBz0w4Af9MOAMjTDgDQ0w4A+EsRADDUDgBy1A4AgdQOAMfUDgDT1A4AHNUOAB3VDgBx1Q4Ae9UOAMbVDgDU1Q4AG9YOACDWDgBw1g4AfdYOAE1MEQDJ1g4AGtcOABzXDgBv1w4ActcOAMTXDgDM1w4AGdgOACPYDgBu2A4AedgOAMPYDgDP2A4AGNkOACDZDgCiTBEAe9kOAMLZDgDI2Q4AF9oOACPaDgBs2g4Ae9oOAMHaDgDL2g4AFtsOAB7bDgBr2w4AetsOAMDbDgDC2w4AFdwOAB7cDgBq3A4AbdwOAL/cDgDL3A4AFN0OABzdDgD3TBEAed0OAL7dDgDG3Q4AE94OAB3eDgBo3g4Ac94OAL3eDgDJ3g4AEt8OABrfDgBMTREAbN8OALzfDgDN3w4AEeAOACLgDgBm4A4Aa+AOALvgDgC/4A4AEOEOAB7hDgBl4Q4AcuEOALrhDgDR4Q4AD+IOABfiDgBk4g4AcOIOALniDgDM4g4ADuMOAB3jDgBj4w4Ab+MOALjjDgC54w4ADeQOABfkDgBi5A4AcOQOALfkDgC85A4ADOUOABnlDgChTREAZ+UOALblDgDE5Q4AC+YOABjmDgBg5g4Ad+YOALXmDgC95g4ACucOABXnDgBf5w4AYecOALTnDgDB5w4ACegOABDoDgBe6A4Ab+gOALPoDgDB6A4ACOkOABXpDgBd6Q4AdOkOALLpDgC66Q4AB+oOAAzqDgBc6g4AbOoOALHqDgC56g4ABusOABDrDgBb6w4AZusOALDrDgC86w4ABewOAA3sDgBLThEAc+wOAK/sDgC07A4ABO0OAB/tDgBZ7Q4AZe0OAK7tDgC27Q4AoE4RABbuDgBY7g4AZ+4OAK3uDgC57g4AAu8OAAPvDgBX7w4AYe8OAKzvDgC67w4AAfAOAAbwDgBW8A4AY/AOAPVOEQCz8A4AAPEOAALxDgBV8Q4AYvEOAKrxDgCv8Q4A//EOAAnyDgBU8g4AX/IOAKnyDgC18g4A/vIOAATzDgBT8w4AW/MOAKjzDgC08w4A/fMOABD0DgBS9A4AYfQOAKf0DgCz9A4A/PQOAP30DgBR9Q4AW/UOAKb1DgC09Q4A+/UOAAD2DgBQ9g4AXfYOAEpPEQCq9g4A+vYOAAn3DgBP9w4AXvcOAKT3DgCt9w4A+fcOAP/3DgBO+A4AVPgOAKP4DgCv+A4A+PgOAP/4DgBN+Q4AafkOAJ9PEQCs+Q4A9/kOAAP6DgBM+g4AT/oOAKH6DgCr+g4A9E8RAP76DgBJUBEAU/sOAJ5QEQCo+w4A81ARAP37DgBK/A4AS/wOAO0DDwBX/A4An/wOAF78DgBFAQ8AYfwOAJEKDwBj/A4AOA4PAKD8DgD0/A4ACv0OAEn9DgBR/Q4Anv0OAKD9DgBGAA8ArP0OAPP9DgD7/Q4ASFERAAD+DgBI/g4AS/4OAJ3+DgCn/g4A8v4OAPT+DgBH/w4AWP8OAJz/DgCt/w4A8f8OAPn/DgCdUREATQAPAJsADwCiAA8A8AAPAPgADwDyUREARwEPAJoBDwCgAQ8A7wEPAPwBDwBEAg8ATAIPAJkCDwCbAg8A7gIPAPUCDwBDAw8ASgMPAJgDDwCgAw8AR1IRAPoDDwBCBA8AQwQPAJcEDwCtBA8A7AQPAPQEDwBBBQ8AQwUPAOkHDwBPBQ8AlgUPAJ4FDwCcUhEAowUPAOsFDwDuBQ8AQAYPAEoGDwCVBg8AlwYPAOoGDwD7Bg8APwcPAFAHDwCUBw8AnAcPAPFSEQDwBw8APggPAEUIDwCTCA8AmwgPAEZTEQDyCA8APQkPAD8JDwCSCQ8AowkPAOcJDwD4CQ8APAoPAEQKDwCbUxEAlgoPADQSDwCdCg8A5goPAPwKDwA7Cw8AQwsPAJALDwCeCw8A5QsPAPILDwA6DA8APQwPAI8MDwCZDA8A5AwPAOYMDwA5DQ8ASg0PAI4NDwCfDQ8A4w0PAOsNDwDwUxEAQQ4PAI0ODwCaDg8A4g4PAOkODwA3Dw8ASA8PAIwPDwCYDw8A4Q8PAOkPDwBFVBEAQxAPAIsQDwCOEA8A4BAPAOoQDwA1EQ8ANxEPAIoRDwCbEQ8A3xEPAPARDwCaVBEAPBIPAIkSDwCgEg8A3hIPAOoSDwAzEw8APRMPAIgTDwCQEw8A71QRAN4TDwAyFA8ASBQPAIcUDwCPFA8A3BQPAOoUDwAxFQ8AORUPAERVEQA+FQ8AhhUPAIkVDwDbFQ8A5RUPADAWDwAyFg8AhRYPAJYWDwDaFg8A6xYPAC8XDwA3Fw8AmVURAIoXDwDZFw8A3hcPAC4YDwBJGA8AgxgPAJEYDwDYGA8A3xgPAC0ZDwA5GQ8AghkPAIgZDwDXGQ8A2hkPACwaDwA2Gg8AgRoPAIcaDwDWGg8A2BoPACsbDwA1Gw8AgBsPAIwbDwDVGw8A7BsPACocDwA+HA8AfxwPAJscDwDUHA8A3BwPAO5VEQArHQ8Afh0PAIwdDwDTHQ8A5B0PAENWEQAvHg8AmFYRAIseDwDSHg8A3B4PACcfDwAyHw8AfB8PAIQfDwDRHw8A3R8PACYgDwA5IA8AeyAPAIogDwDQIA8A3CAPACUhDwAmIQ8AeiEPAIQhDwDPIQ8A3SEPACQiDwApIg8AeSIPAIYiDwBCVxEA1iIPACMjDwAtIw8AeCMPAH0jDwDNIw8A1SMPACIkDwAoJA8AdyQPAIMkDwDMJA8A0iQPACElDwAqJQ8AdiUPAIMlDwDLJQ8A0yUPACAmDwAhJg8AdSYPAHcmDwDKJg8AzSYPAB8nDwAiJw8A7FcRAIonDwDJJw8A0ScPAB4oDwAqKA8AcygPAHkoDwDIKA8AzigPAB0pDwAiKQ8AxykPAEkpDwByKQ8AeikPAJZYEQDNKQ8A61gRADIqDwBxKg8AcyoPAMYqDwDTKg8AGysPACIrDwBwKw8AeCsPAMUrDwDVKw8AGiwPABwsDwBvLA8AfSwPAMQsDwDVLA8AlVkRACAtDwDqWREAfC0PAMMtDwDNLQ8AGC4PACMuDwBtLg8AdS4PAMIuDwDOLg8AFy8PACovDwBsLw8Aei8PAMEvDwDLLw8AFjAPAB4wDwBrMA8AejAPAMAwDwDFMA8AFTEPABwxDwBqMQ8AdjEPAJRaEQD9MQ8AFDIPAFIyDwBpMg8AcTIPAOlaEQDmMg8AEzMPAB8zDwBoMw8AbjMPAL0zDwDDMw8AEjQPABc0DwBnNA8AbTQPAD5bEQC9NA8AETUPABc1DwBmNQ8AazUPALs1DwDKNQ8AEDYPABw2DwBlNg8AaDYPALo2DwC9Ng8ADzcPABc3DwBkNw8AczcPALk3DwC+Nw8ADjgPACQ4DwBjOA8AZDgPALg4DwDJOA8ADTkPABk5DwBiOQ8AbDkPALc5DwDDOQ8ADDoPABM6DwCTWxEAcToPALY6DwDCOg8ACzsPABo7DwBgOw8AdDsPALU7DwDEOw8ACjwPABs8DwBfPA8AazwPAOhbEQC2PA8ACT0PABc9DwBePQ8Abz0PAD1cEQC5PQ8ACD4PABQ+DwCSXBEAYz4PALI+DwC4Pg8ABz8PAAw/DwBcPw8AYj8PAJFdEQC2Pw8ABkAPAAhADwBbQA8AbEAPAOVeEQC8QA8ABUEPAAtBDwBaQQ8AZkEPAK9BDwC3QQ8AOl8RAApCDwBZQg8AZUIPAK5CDwC2Qg8Aj18RAA9DDwBYQw8AW0MPAK1DDwC3Qw8A5F8RAAREDwBXRA8AZUQPAKxEDwC9RA8AjmARAAdFDwBWRQ8AYkUPAONgEQCzRQ8AAEYPAANGDwBVRg8AYUYPAKpGDwC2Rg8A/0YPAAdHDwCNYREAX0cPAKlHDwC1Rw8A/kcPAAZIDwDiYREAXEgPAKhIDwC5SA8A/UgPAA5JDwBSSQ8AWkkPAKdJDwCqSQ8A/EkPAAZKDwBRSg8AU0oPAKZKDwC1Sg8A+0oPABtLDwBQSw8AWEsPAKVLDwCvSw8A+ksPAABMDwBPTA8AUUwPAKRMDwCzTA8A+UwPAAVNDwA3YhEAWk0PAKNNDwDBTQ8A+E0PAP5NDwBNTg8AVk4PAKJODwCvTg8A904PAP9ODwBMTw8AYk8PAKFPDwCjTw8A9k8PABFQDwBLUA8AV1APAKBQDwCtUA8AjGIRAPtQDwBKUQ8AUlEPAJ9RDwC1UQ8A9FEPAPlRDwBJUg8AT1IPAJ5SDwCqUg8A81IPAPtSDwDhYhEAVVMPAJ1TDwCtUw8A8lMPAPdTDwBHVA8ATVQPAJxUDwCyVA8A8VQPAPNUDwBGVQ8AUFUPAJtVDwCpVQ8A8FUPAPVVDwBFVg8AUlYPADZjEQCpVg8A71YPAPhWDwBEVw8ATlcPAJlXDwCnVw8A7lcPAPNXDwBDWA8AUFgPAJhYDwCgWA8A7VgPAP1YDwBCWQ8ARFkPAJdZDwClWQ8A7FkPAP1ZDwCLYxEASFoPAOBjEQCbWg8A61oPAPFaDwBAWw8ASFsPAJVbDwCfWw8A6lsPAOxbDwA/XA8AQlwPAJRcDwC0XA8AimQRAPVcDwA+XQ8ARF0PAJNdDwCfXQ8A6F0PAPBdDwDfZBEASV4PAJJeDwCYXg8A514PAPNeDwA8Xw8ARF8PADRlEQCTXw8A5l8PAPRfDwA7YA8ATGAPAIllEQCdYA8A5WAPAPxgDwDeZREARGEPAI9hDwCbYQ8A5GEPAOdhDwA5Yg8AQ2IPADNmEQCTYg8A42IPAOxiDwA4Yw8ASWMPAI1jDwCUYw8A4mMPAOpjDwA3ZA8ARGQPAIxkDwCRZA8A4WQPAOtkDwA2ZQ8APmUPAItlDwCaZQ8A4GUPAOVlDwA1Zg8AS2YPAIpmDwCLZg8A32YPAO1mDwA0Zw8ARWcPAIlnDwCVZw8A3mcPAOZnDwDdZhEAN2gPAFQBAAA7aA8AD+AQAD9oDwCw7A0AlGgPAPcIAADlaA8A2msPAJNqDwDVKgAA32oPANMsAADqaw8AxDsAAIdsDwDBPgAA3GwPAA5HAACFbQ8AdNIOAIZtDwC2SQAAim0PAH1/AwCNbQ8AU/sGANxtDwD5WwAAhm4PAEhiAADbbg8AkW4AAIRvDwA1dQAA5W8PACx+AAAvcA8AfoEAAIJwDwB6hQAAMnEPAMaOAADzcQ8AKXIPAIR0DwAwzwAAf3UPACTbAADUdQ8AcOQAAH52DwAM8wAAMHcPAFj8AACddw8ArfwAANB3DwAC/QAAL3gPAPwCAQDXeA8ApQQBACt5DwCgCQEA63kPAJcSAQAteg8AkRgBAJV6DwDLeg8APHsPAHV7DwB9ew8AynsPANZ7DwDfHwEAJ3wPAIciAQDlfA8AHn0PACZ9DwBzfQ8AdX0PANUpAQDUfQ8Azy8BAHp+DwAbOQEA0n8PAFdSAQB4gA8A/lUBAIyADwBGqRAAlIAPAEinEADqgA8AU1YBACCBDwCnVwEAgYEPAPpZAQDJgQ8A91wBAB2CDwD1XgEAJIMPAI1xAQCHgw8AwoMPAMqDDwDicQEAJoQPADV0AQDMhQ8AcI4BAB2GDwBqhg8AeoYPAMWOAQAghw8AwZIBAHGHDwC+hw8AzocPABaTAQB0iA8AuJsBAMGKDwCKHgIAxYoPADMgAgDJig8AorEBANWKDwB6LgIAbYsPAGTgEABuiw8AXUILAHGLDwCftAEAgYsPAIlrCwDCiw8AytAPANaLDwD0tAEA5osPAMwiEQAWjA8ASbUBABmMDwBU9QsAxYwPAES6AQAajQ8AmboBAMaNDwDowAEAa44PADfHAQAVjw8AM8sBAGSPDwC2jw8Awo8PAN3LAQC9kA8ACpEPAA2RDwDYxQwAFpEPAIHSAQB0kQ8AKdUBANWRDwAJkg8AYpIPAOtdDABukg8AcOMBAIiSDwAm2AEAv5IPAHXeAQBpkw8AG+MBABOUDwBv5AEAeJQPAMTkAQAWlQ8AbuUBAGSVDwBt5gEAaJYPALjwAQANlw8AFokLABCXDwCz9QEAEpcPAP9IDQBhlw8AC+QQAHOXDwCulw8AC5gPAFiYDwAfmA8A/v8BAFuYDwCBHQwAYpgPAHYoDABlmA8A7AcMAHOYDwCx9wEAeZgPACInDAAEmQ8AAvwBACqZDwCt8AwAZZkPAKv9AQC4mQ8Aqv4BABedDwBCEQIAsaoPAFFNDABVqw8AUU4LAFurDwBEuQIAnKwPAPeiEAChrA8AQ60PALWsDwBAsA8AvawPAPOmEADBrA8ANMkCAEWtDwCqnwsAR60PAH8fDABKrQ8A7GAIAE2tDwCJyQIAUq0PAN7JAgBUrQ8AeC4EAHitDwDYeAQAoq8PACTZAgBIsA8AlbAPAJawDwCAyQsAn7APACUiDgCksA8AjmIPALSwDwBlNBEA9LAPAB/eAgDssQ8A9gYDAO+xDwDhFAoA8LEPALP0AgDysQ8AbeUCAPOxDwAS6wIA9bEPAP3+AwD2sQ8AZe0CAPexDwBX+wIA+LEPABXoAgD5sQ8ArPoDAP+xDwBi8AIAJ7IPAL8xDwA9tQ8AGjgDAEG1DwDxCwMARbUPAK/vCwCctQ8ARA4DAOe3DwAlLQMAULkPAA9DAwD6uQ8ABU0DAKq6DwABUQMA6boPAFFWAwDhuw8AlWcDADy8DwCJvA8Al7wPAOhpAwCMvQ8A/fQNAJa9DwCKcgMAir4PACWCAwDivw8ADZoDAIbADwBaogMAQcEPAITBDwCFwg8A9q8EAIbCDwCLxgMAjcIPABU4CAAwww8Ah8oDADTDDwAGRwgAL8QPAHHgAwA2xQ8Au+sDAOTFDwAN7wMAm8YPANTGDwDcxg8AKccPADjHDwCw9gMAiMcPAAL6AwAxyA8AbIgLADTIDwCr+wMAhcgPANLIDwCZyA8Ao6EQANzIDwAA/AMAhMkPAKUBBADgyQ8AowMEAIHKDwCdCQQA2MoPAEkDCQAoyw8AQRAEADDMDwDZIgQAgcwPAKRLEADqzA8AI80PACvNDwB4zQ8Ahc0PAI+7CgCJzQ8AKyYEAJbODwAfMgQA0s4PAG44BAB9zw8AtEcEAILPDwDE3QgAg88PAGvhCACFzw8AdNgIAOfPDwAg0A8AKNAPAHXQDwDM0A8Aj2QMANLQDwD4oRAA1NAPALFKBADW0A8A3hMOAO3QDwAQNBEADtEPANAhDgAn0Q8Ark0EAJ7RDwDJ0Q8AKNIPAP5SBADX0g8AoVoEAHXTDwCYYwQA49MPAEFlBAAp1A8Ajm0EACvUDwCWZQQAd9QPAOhoBAB71A8A5moEAHrVDwA2cAQAftYPACt7BADH1g8AJoAEAM/XDwDJhwQANNgPAG3YDwCJ2A8AwtgPANHYDwAdiQQA3NoPABXbDwAd2w8AatsPAHnbDwCppwQAyNsPAEyvBADA3A8AmbcEAMvcDwDYHwgAFt0PAOu6BAAX3g8ALM8EACHeDwA0xwQAbd4PAIbKBABx3g8AhMwEANffDwAQ4A8AGOAPAGXgDwBq4A8AxOEEAHTgDwDM2QQAwOAPAB7dBADE4A8AHN8EAMLiDwAD+AQAh+MPAFP9BADd4w8AowIFABvkDwChBAUAceQPAPAKBQDC5A8A7wsFABPlDwBg5Q8AauUPAEQMBQC45Q8AQQ8FAL3mDwA3GQUAeucPALPnDwC75w8ACOgPAA7oDwDWJAUAc+gPAH0oBQAd6Q8AxjQFAGDpDwC8PgUAFeoPALhCBQC/6g8AsEoFAHbrDwCv6w8At+sPAATsDwAU7A8Ao1cFAC3sDwD0WwUAZewPAKJYBQC27A8AA+0PAA3tDwD3WAUAHu4PAFfuDwBf7g8ArO4PALXuDwCRaQUAC+8PAI9rBQDH7w8AAPAPAAjwDwBV8A8AVvAPAIR2BQBa8A8Ai8QFAFvwDwDNggUAYvAPACd+BQBk8A8ANHEFALDwDwCGdAUAtPAPAOPBBQCz8Q8Az4AFALLyDwDAjwUAB/MPABGUBQBY8w8AEJUFAAr0DwBdnQUAwvQPAPv0DwAD9Q8AUPUPAFr1DwBVpQUAqPUPAE6sBQBr9g8ApPYPAKz2DwD59g8ABvcPAJ+wBQAI9w8AlboFAFP3DwCbtAUA/vcPAOe9BQBV+A8A5b8FAL35DwD2+Q8A/vkPAEv6DwBa+g8ALM4FAKr6DwB+0QUAqvwPAGnmBQAP/Q8ASP0PAGT9DwCd/Q8Aqv0PAL3nBQC4/g8A8f4PAPn+DwBG/w8ASf8PAFb5BQAlABAASQYGAJ0AEABECwYAoQAQAHEuCwBRARAA6BEGAJwBEADkFQYA9wIQANMmBgBOAxAAIywGAEkEEAApzggAXQQQANTNCACyBBAA6wQQAPMEEABABRAAQwUQABs0BgCxBRAA6gUQAPIFEAA/BhAATgYQAMI3BgCfBhAAZj4GAOoHEACrTgYAmQgQAMWDDACeCBAAlwUOAKEIEABTUQYAoggQAO4DDgDzCBAAT1UGAAIKEAA7ChAAQwoQAJAKEACZChAA8F4GAO8KEADuYAYAngsQAOdnBgD9CxAAMnIGAJEMEADUegYAOw0QAHSFBgDlDRAAvZEGAJYOEABilwYA6w4QALSaBgBCDxAABp4GAFEQEACKEBAAkhAQAN8QEADuEBAAoK4GAEAREADysQYAkREQAN4READtERAARrMGAJcSEABAuQYA5xIQAJK8BgA/ExAAhsgGAEETEACMwgYATRQQAIYUEACOFBAA2xQQAEwVEACFFRAAjRUQANoVEADnFRAAHtsGADwWEADG3QYAkhYQAG3hBgAwFxAAvOcGAOQXEAC17gYAjRgQAEsDBwDiGRAAjBcHADMaEACAGhAAjxoQAOAYBwD7GhAANBoHADMcEACDIAcAihwQANQkBwDbHBAAKB0QADcdEAAoJgcAox0QAHwnBwDUHhAAIiwHACsfEAAbMwcA1R8QAGNABwB/IBAAAU0HACohEABPVAcAlSEQAM4hEADWIRAAIyIQADAiEAD3VgcA6SIQACIjEAAqIxAAdyMQAM8jEACVYwcAhSQQAD1mBwA8JRAAdSUQAH0lEADKJRAA1CUQADRvBwAtJhAA3XAHAIMmEADYdQcA0yYQACl6BwB8JxAAen4HAH4oEAB0hAcAzygQABwpEAAeKRAAyYQHAOIpEAAbKhAAIyoQAHAqEACLKxAAxCsQAMwrEAAZLBAANC0QAG0tEAB1LRAAwi0QAMwtEADysAcAiC4QAMEuEADJLhAAFi8QACAvEADR0QcALC8QAOHBBwBwLxAA38MHAMovEACBzAcAHTEQABDoBwAhMRAAGd8HAHcxEAAT5QcAvzEQABHnBwByMhAADuoHAMAyEAAL7QcAcTMQAFvyBwDIMxAAqvgHAHI0EACn+wcAxzQQAPz7BwAsNRAAZTUQAG01EAC6NRAAyTUQAKT+BwBxNhAAQwoIAMk2EADnEAgA1DcQAA04EAAVOBAAYjgQAHE4EAAzGggAZDkQALY5EADQORAAeSkIACc6EABgOhAAaDoQALU6EADEOhAAdS0IAEA7EAAeLwgA0DsQAAk8EAARPBAAXjwQAMI8EADFMggADj0QABc2CAC+PRAAFDkIABk+EABlPQgAuD4QAInDCAC7PhAAC0IIAA0/EAAKQwgAD0AQAE1VCABkQBAA8VsIALZAEADwXAgAykEQAANCEAALQhAAWEIQAGRCEAA4aggAtUIQAAJDEAAGQxAAjGsIAGdDEAA1bQgAHUQQAFZEEABeRBAAq0QQANNEEADSeggABUUQACCCCABxRRAAWJ0KALJFEAD/RRAANkYQAHCHCADMRhAA/kYQAABIEACmpggAA0kQAEC3CABYShAApUoQAMdLEAD5SxAAGEwQAE5MEACzTBAAetIIAFVNEADK1wgA/U0QAMbbCABYTxAAIIEJAFpPEAC65wgApk8QAAzrCACoURAAV/UIAPZREACl/AgA/VEQAKj5CAD5UxAARlQQAPNUEACPEgkA+1UQAIQdCQBLVxAAmFcQANFXEABwMQkAXlgQAJdYEACfWBAA7FgQAPtYEABoOQkAR1kQALo8CQBLWRAAeH4JAPBZEAC4PgkASFoQAJVaEADOWhAAC0EJAEdbEACyRAkAzVsQAAdFCQBDXRAASVgJAEheEABCXwkAR18QAI9nCQCsXxAA5GcJAPRfEAA5aAkAQGAQAItrCQC2YRAA42EQAFRiEACNYhAAlWIQAOJiEACRYxAAHIUJAI9kEAAQkQkASmUQAKyfCQD7ZRAANGYQADxmEACJZhAAk2YQAE2pCQBbaBAA7LQJAIhpEAAnzwkA5GkQAMzUCQCHahAAbt0JAOpqEADA4AkAjmsQAAntCQDjbBAA8wIKAD9tEACCbRAAim4QADkSCgBBcBAAKSIKANlwEAAkJwoANnEQAHYqCgDvcRAAKHIQADByEAB9chAA1HIQABgzCgDtcxAAJnQQAC50EAB7dBAAo3QQAAtACgAudRAAWkYKAIJ1EADPdRAA3XUQAARHCgAqdhAAV0kKANt2EABSTgoAJHcQAE5SCgAreBAARFwKAC54EADuXAoAg3kQAOFpCgDQeRAANWsKAC16EACHbgoAfXoQAC9xCgDNehAAhHEKAEN7EAB0exAAOnwQACJ+CgCbfBAAd34KAM99EAAcfhAAT34QAMWFCgBVfhAAG4UKACaAEADBiQoAf4AQABONCgDRgBAAZ44KANCBEAC2lAoAHYIQALKYCgDhghAAF4MQAMODEAD4pwoAHYQQAJqwCgDchBAAFYUQAB2FEABqhRAAd4UQAOm2CgDMhRAA5rkKAHaGEACMvgoAMocQAGiHEADPhxAAq5kQANyHEAASiBAAyIgQANTLCgDKiBAAgckKAHiJEAC7iRAAHooQACDVCgDKihAAv+AKACSMEACs8woAw4wQAKj3CgAbjRAAov0KAHCNEADvBQsAxI0QAO4GCwBnjhAAkwwLACePEABgjxAAaI8QALWPEAAokBAA2xkLAAyREAAqIAsAH5IQACAqCwDCkhAAbTILAHiTEACxkxAAuZMQAAaUEAB3lBAAsJQQALiUEAAFlRAAspUQAE2iEAC3lRAABJYQALmVEAAtGg4Ay5UQAGzYEAAOlhAAB0MLALSWEACsSAsAtJgQAPJXCwAQmRAAR1gLAAGaEADpYAsAC5sQAIxoCwAjmxAAPgoNAFybEACpmxAAx5sQAOFoCwBanRAAtuYNAK+dEAAL5w0AGJ4QAFGeEABZnhAApp4QABufEAApdgsArZ8QAD62CwBWoRAA/fEQAFWiEAC6jQ0AaaIQAM4gEQB5ohAAoqIQAM6iEACOuQ0AI6MQAEyjEACkoxAA2xMRABKkEABLpBAAU6QQAKCkEAABpRAAEI8LAGalEACfpRAAp6UQAPSlEABVphAAq/IMALSmEAA2vgsA+KcQAFL2DAD+pxAABpkLAGGoEACumwsATqkQAJupEAD4qRAA+kkRAFOrEAD6pAsAXasQAKajCwBPrBAAoagLAAmtEABCrRAASq0QAJetEADyrhAAmLELAP+wEAAywgsAm7EQANDOCwDzshAAa94LAPCzEABo4QsAPbUQAGnfDABAtRAA9KkMAES1EACz6wsASrUQAK/uDADstRAAObYQAEO2EACu8AsAVLcQAI23EACVtxAA4rcQAI64EACh/QsA5rgQAEgBDADnuhAAkgwMADy7EACJuxAAlbsQAOQPDAA/vBAANhMMAOW8EAAyvRAASb0QAIYYDAAvwhAAazMMANzCEAAROAwAM8UQAEtTDADmxRAAKcYQAODGEADlYwwA48YQAJFiDADgxxAAOGYMAJ/IEADRyBAA78gQAN9pDABKyRAALnAMAN7JEACDcAwAK8wQAHjMEAB6zBAAzHwMANLMEAB2fQwA2cwQAB6ADACSzhAAy84QANPOEAAgzxAAKs8QALmPDADmzxAAH9AQACfQEAB00BAAg9AQAK6aDADP0BAAAJ4MACXSEABy0hAAddIQAPilDAAo0xAAn6kMACPUEADvrgwARtQQABUvEQCM1BAAQ7AMAB3VEABv1RAAHNYQAJayDAAj1hAA6bQMAM7XEADjugwA0NcQAKlJDQB02BAAwdgQABjaEACcqw0AdtoQANbHDADF2xAAb9kMAMjbEAC84QwAzdsQAH/JDADZ2xAAytMMAHTeEABw2AwAHt8QAGreDABw4BAAGoMNAIzgEAB6HxEAweAQAA7hEAAR4RAAu+IMAHPhEABk5AwAxOEQAGPlDAAV4hAAYuIQAGziEAC45QwADuQQAF3rDAAV5BAAW+0MALjkEABa7gwAOeYQAAHyDAC75hAAU/UMAE7oEAAaKhEAxugQAHgkDgAH6RAA6ggNAGbqEAA6Dg0At+oQAATrEAAd6xAAjg8NAFzrEACu6xAAJ+wQADQUDQDR7BAAMxUNAHvtEACHFg0ACe4QAFbuEABg7hAALhoNAAHvEABa7Q0ADvAQANAiDQAC8hAAxysNAO7yEAD88hAAQ/MQAFHzEACm9RAAtzsNALD1EAAFQw0AXPgQAFFMDQCv+BAAUE0NAP74EAD6TQ0ATvkQAE5PDQBN+hAAoVENAFH7EACe+xAA+/sQAEj8EADz/BAAmVkNAE/9EACc/RAA+f0QAEb+EADz/hAAk18NAKL/EADv/xAATAARAJkAEQCgAREA42QNAPkBEQA3Zg0AnwIRAOwCEQD8AhEAi2cNALkDEQDrAxEAngQRADFsDQD2BBEA2W4NAGMFEQCUBREArQgRAG2FDQBWChEAvYoNAAALEQARjA0AqgsRAGWNDQA3DhEApKMNAOsPEQBHqw0A3xARAJmuDQCTEhEAPLYNADoTEQDkuA0A5hQRADe7DQAJFhEAiL8NADEWEQAxwQ0AixYRALY4EQDhFhEA2cMNAOQWEQDXxQ0AMBcRAIIXEQCeFxEA1xcRAC8YEQCBGBEAnRgRANYYEQAzGREAgBkRAIoZEQAsxg0A3RkRAJBeEQAwGhEAJ8sNADcbEQB4zw0AgRsRACDSDQDbGxEACzkRAOccEQDNJA4AiB0RABTeDQAzIREAqZ0OAIEiEQD79g0AeSMRAKzwDQAsJBEAq/ENACYmEQBzJhEAfSYRAE36DQArJxEA9fwNAGEqEQBvKhEAtioRAMQqEQALKxEAGSsRAGArEQBuKxEAtSsRAMMrEQAKLBEAGCwRAMssEQDtBA4AMy0RAGwtEQDdLREAFi4RAHkuEQA/CA4AQC8RAGovEQCVLxEAvy8RAOovEQAUMBEAPzARAGkwEQDGMBEAEzERABgxEQDmCw4AajIRANwVDgAcNBEAXT4PACA0EQC0PA8A2TQRAA81EQCDNREA1RwOAMI1EQAmIQ4ALTYRAGM2EQAVNxEAYjcRAHI3EQAkIw4AwzcRACMkDgAhOBEAziIPAGY8EQDnXw4AvjwRAJFgDgC5PREAKnIOAGM+EQDOeA4ADT8RAMd/DgC3PxEAbIUOAGFAEQC6jA4AC0ERAGCRDgC1QREABpYOAF9CEQCqnA4ADUMRAKieDgBwQxEAq0MRALNDEQAARBEAWkcRAKdHEQDFRxEAQq8OAAFLEQDOzQ4AbEsRAMrRDgAETBEAHdQOAFVMEQDF1g4AqUwRAG3ZDgD8TBEAad0OAFxNEQBn3w4AvU0RAPZNEQBNThEAWuwOAKxOEQAD7g4ACk8RAKvwDgBSTxEApfYOABBQEQD2+g4AU1QRADYQDwD+VREAKR0PAE9WEQAoHg8AoFYRAO1WEQDxVhEAfR4PAEpXEQCXVxEA9FcRAEFYEQDzWBEAQFkRAKFZEQAZLQ8A8lkRAD9aEQBDWhEAbi0PAG5bEQC8NA8ARlwRALM9DwCVXBEA51wRABJdEQA8XREAlF0RAOZdEQARXhEAO14RAKdeEQCxPw8APF8RAARCDwCZXxEAA0MPAOxfEQA5YBEASWARAAJEDwCXYBEAAUUPAOZgEQA4YREAl2ERAFRHDwDyYREAU0gPAO9iEQBIUw8Al2MRAEFaDwDoYxEANWQRAEVkEQCWWg8A42QRAD1eDwBEZREAkV8PAJdlEQCQYA8A5mURADphDwA2ZhEAiGYRAA==","fail":"AAAAAAAAAADNhwAATrABANPWAADEigYAKCsCAFFSBwBf9AEAmbALADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAAwpEBABeSAQBskgEAwZIBAAAAAABf9AEAU6ELAOdlCABrlAAARw4AAF/0AQCpSwsA/ksLAFNMCwCoTAsAnAwCAE76DACj+gwA3sgDAAAAAADEigYAKCsCACgrAgDtZAMAPRYCAJIWAgDZxAwAlAkNAEK7AgCXuwIA5hgBADMdBQDoCQ4A7WQDAF/0AQDmFAUAo7EAAPixAABNsgAAorIAAPeyAABHDgAAX/QBAJmwCwAJ7wcAKCsCAHQ0AgDJMQUAzykHAAAAAADEigYAX/QBAFnxCgBj7gMA5hcCAPEFCQD0CQIAzYcAANwhAgDNeQ4AInoOALOfAgDZJgAAX/QBAA+RCgBkkQoAt0gAAGDwBABrlAAAwJQAAP+oAgCtSQkAAkoJAF/0AQBToQsA52UIAGuUAABHDgAAX/QBAKlLCwD+SwsAU0wLAKhMCwCHHAcAwN4LAFUAAABVAAAAwYoJACgrAgC3SAAAX/QBAIccBwCnrAEAAAAAAGuUAADmFwIARw4AAIweAAA9GAAAUVIHAKZSBwA4xwAAjccAAOLHAAAY5QIAZe0CALrtAgDwBQoAPBkAAK7xCgCOugwAVAEAAKkBAAD+AQAAUwIAAKgCAACHHAcAwN4LAFUAAABVAAAAc4sBAH4oBABrlAAATrEAACgrAgB9KwIA4hcGAF/0AQCZsAsAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAK7QgAX+0IAAAAAAAbjwAA1n0BACgrAgB0NAIARw4AAF/0AQBziwEAfigEANMoBABVAAAAFpMBAGuTAQDAkwEAFZQBAGqUAQC/lAEAFJUBAAAAAAAY5QIA9gYDAKesAQD8rAEAUa0BANkbCwBMUwsAoVMLAKlLCwD+SwsAU0wLAKhMCwCcDAIAZJEKAHA4AgBY9AgArfQIAAL1CABRUgcAX/QBAI4ODgBO/ggAX/QBANnEDABSnw4AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAPEFCQAmeQsAhxwHAIweAADhHgAANh8AAIsfAADgHwAANSAAAArtCABf7QgAAAAAABuPAABrlAAARw4AAId2AgBeQgoAUVIHAF/0AQCHHAcAzzAAACQxAAB5MQAAzjEAAGqIDQD0CQIAzYcAAE6wAQCMHgAAUVIHAF/0AQCZsAsAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAD0WAgCSFgIA2ncDAC94AwCEeAMA2XgDAKlLCwD+SwsA5xgAADwZAACu8QoAjroMAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAJMVAgCRtg0A5rYNAFnxCgC4RgEADUcBAP+oAgDWfQEAUVIHAJwADgBZ8QoArvEKAI66DABUAQAAqQEAAP4BAABTAgAAaogNAPQJAgDNhwAATrABAIweAABRUgcAX/QBAJmwCwA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAPRYCAJIWAgDadwMAL3gDAIR4AwDZeAMAqUsLAP5LCwDnGAAAPBkAAK7xCgCOugwAVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAkxUCAJG2DQDmtg0AWfEKALhGAQANRwEA/6gCANZ9AQBRUgcAnAAOAM2HAABOsAEAu0EDABjlAgD2BgMAzzAAACQxAAB5MQAAzjEAAGqIDQBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAABqiA0A2SYAANd1CAAoKwIAOWYLAId2AgBqiA0A5hgBAPFcBwBHDgAAp6wBAOFzAAD+nwwAqvYJAM56DAAV6AIAo7EAAPixAABNsgAAorIAAPeyAABMswAAWfEKAK7xCgCOugwAVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA4ccBAEcOAACHdgIAX/QBAPQJAgAiJQ4AmbALAA3tBQCHHAcAydMNAGDwBAC18AQAK34BAAAAAABOsQAATrEAAGuUAABHDgAAp6wBAF/0AQBToQsAnAAOAD0YAAAhMQMAa5QAAFFSBwBf9AEAtPQBAPKsCwAoKwIAX/QBABuPAABHDgAAjB4AAF/0AQAAAAAAPRgAAFtNAgC16wkAkhgAANPWAAA9GAAAX/QBAFOhCwCmUgcAmFkOAO1ZDgD0CQIAzYcAAE6wAQCMHgAAAAAAACgrAgDmFwIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAFFSBwCcAA4APRgAACExAwBrlAAAUVIHAOYXAgBrlAAAwJQAABbpAADfyAIA9AkCAM2HAADPKQcA5hcCAFFSBwD0CQIA5hcCAGuUAADAlAAAFukAAN/IAgAbjwAA9AkCAHOLAQB+KAQATrEAAF/0AQBbTQIAsE0CAAVOAgBf9AEACu0IAF/tCAC3SAAAYPAEALXwBABrlAAA/6gCAFSpAgCpqQIAX/QBANkbCwBMUwsAoVMLAKlLCwD+SwsAU0wLAKhMCwAWiAwACe8HAF7vBwDIiwEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AABnbCwBVAAAAVQAAAMGKCQAoKwIAt0gAAF5CCgBRUgcA5hcCAM2HAAA4xwAAjccAAOLHAADmFwIA5hgBADsZAQCZsQoAAAAAAHOLAQB+KAQAa5QAAD0YAAC3SAAAX/QBAFOhCwDnZQgAa5QAAEcOAABf9AEAqUsLAP5LCwBTTAsAqEwLAIccBwDA3gsAVQAAAFUAAADBigkAKCsCALdIAABf9AEAmbALADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAANUoAgBk6gYAO8MBADu4DABf9AEACu0IAF/tCAAAAAAAG48AAGuUAABHDgAAh3YCAF5CCgBRUgcAX/QBAPQJAgDtZAMAX/QBAIccBwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAA6IFAE6xAABPrgIAwzoCAAOiBQDEigYATv4IAF/0AQBZ8QoAc4sBABuPAABTAAIA1n0BACt+AQBf9AEAzYcAADjHAACNxwAAe9kAAJmwCwA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAArtCABf7QgAAAAAABuPAADWfQEAKCsCAHQ0AgAAAAAAKCsCAOa7CABO/ggAUwACAFUAAACqAAAA/wAAAF/0AQAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAADHNAQCGzQEA5hQFAE+uAgCkrgIA+a4CAKRPDAD5TwwATlAMANPWAADWfQEAxokFAAxJAABp4AsAjBUJALdIAABf9AEAmbALAOgJDgDtZAMAX/QBAFnxCgCu8QoAjroMAFQBAACpAQAA/gEAAFMCAACoAgAA5hQFADsVBQCQFQUA2SYAANd1CABTAAIAG48AACgrAgB0NAIAKCsCAF/0AQDmFAUAo7EAAPixAABNsgAAorIAAPeyAABMswAAhxwHAIweAAA9GAAAt0gAAF/0AQCZsAsAOMcAAI3HAADixwAAPRYCAJIWAgDadwMAL3gDAIR4AwDZeAMAqUsLAP5LCwDnGAAAPBkAAK7xCgCOugwAVAEAAKkBAAD+AQAAUwIAAKgCAADZGwsATFMLAKFTCwCHHAcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANkmAAD1swEASrQBAJ+0AQAKRwQAmbALADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAAwpEBABeSAQBskgEAwZIBAHA4AgBY9AgArfQIAAL1CABX9QgArPUIAAH2CACZsAsAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAF5CCgAbjwAARw4AAHuDAQArfgEAUwACAF/0AQDmGAEA8VwHAHgsBgD8pgcAzYcAAOgJDgAhMQMA3sgDAOYYAQBf9AEAAAAAAE6xAAA7wwEA1hsOACscDgA9GAAAcDgCAMU4AgAaOQIA8A4BABjlAgDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADZJgAA9bMBAEq0AQCftAEAAAAAAMSKBgBO/ggAUwACAKgAAgBHDgAAjB4AAHgsBgD5AAYATgEGAEj/DQDGiQUAITICAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/f4DAFL/AwCn/wMA/P8DAFEABACmAAQA+wAEAFABBAClAQQAAJ8LADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAK34BAOEeAAA2HwAAix8AAOAfAAB0NAIAwJQAABbpAADfyAIAmbALADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAAwpEBABeSAQBskgEAwZIBAOYXAgAoKwIAdDQCAMk0AgDltg4ARw4AAIweAABRUgcAX/QBAGqIDQCkog4Ac4sBAMiLAQAdjAEAcowBAMeMAQAcjQEA09YAAJMVAgCRtg0A5rYNAArtCABf7QgAtO0IAAnuCABe7ggAs+4IAF/0AQAbjwAARw4AAHuDAQArfgEAUwACAF/0AQCZsAsAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEA8VwHAHgsBgD8pgcAzYcAAOgJDgAhMQMA3sgDALdIAADmFwIAzYcAAAnvBwBe7wcAyIsBANPWAABrlAAAUVIHAF/0AQBqiA0AKCsCAOa7CAD0CQIAzYcAAPQJAgBziwEAirwOAM2HAAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAA38gCACKIAAB3iAAAzIgAACGJAAB2iQAAyokBAB+KAQB0igEAyYoBAB6LAQCcAA4AwJQAABbpAADfyAIAF+cBAE6xAABrlAAAVQAAALdIAAADogUAxIoGAF/0AQAAAAAAAAAAAAAAAAAKRwQACu0IAF/tCADJMQUATrABAJwOAABO/ggAGOUCAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAHA4AgDFOAIAGjkCACQnCgB5JwoAzicKAFnxCgCu8QoAjroMAFQBAACpAQAA/gEAAFMCAACoAgAAqUsLAP5LCwBTTAsAqEwLABaIDAAJ7wcAXu8HAMiLAQDT1gAAa5QAAFFSBwA9GAAAkhgAAOcYAACZsAsAJCQNAHeIAADMiAAAIYkAAHaJAADLiQAA2cQMAJQJDQCbAwwA2cQMAFKfDgDWfQEA3sgDADPJAwD/qAIA8QUJAGngCwBHDgAAh3YCANPWAADWfQEAxokFAAxJAABf9AEACu0IAH0rAgD0CQIA9AkCANZ9AQDGiQUA5hgBAAAAAABf9AEAtPQBAAn1AQBe9QEAs/UBAF/0AQBZ8QoAc4sBAIq8DgDNhwAATrABAIweAADmFAUA/KYHAFGnBwCmpwcA+6cHAF/0AQDtZAMAQmUDAJdlAwAoKwIAX/QBAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDAFGrAwCmqwMAqaQHAIweAACMvAwAt0gAAAOiBQArfgEAUwACAAAAAAA9GAAA/6gCAFSpAgCpqQIAfigEAFFSBwCmUgcAIogAAHeIAADMiAAAIYkAAHaJAAApHw0AsE0CAAVOAgDWfQEA1n0BAFMAAgA9GAAAcDgCAEQJCAAbjwAAKCsCAHQ0AgBkQQUA52UIAGuUAABHDgAAKCANAJIYAAARQwEA5hgBADMdBQDDOgIATrEAAFFSBwCcAA4APRgAACExAwBrlAAAAAAAAMSKBgBTAAIA1n0BACt+AQBf9AEAtPQBAAn1AQBe9QEAs/UBALT0AQDyrAsAKCsCAF/0AQAbjwAARw4AAIweAADhHgAAX/QBALT0AQAJ9QEAXvUBALP1AQC09AEA8qwLACgrAgBf9AEAG48AAEcOAACMHgAAX/QBAJmwCwA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAMKRAQAXkgEAbJIBAMGSAQBf9AEAG48AAEcOAACMHgAA4R4AAD0YAABwOAIAxTgCAP+oAgCtSQkAAkoJADlmCwB7gwEAxIoGAE7+CADWfQEAK34BACExAwAuIwQA4ccBAOYYAQBf9AEAhxwHAMDeCwBVAAAAVQAAAMGKCQAoKwIAt0gAAF5CCgBRUgcAX/QBAJmwCwATNA4A1n0BAF/0AQD/qAIArUkJAAJKCQA5ZgsAe4MBAMSKBgBO/ggAX/QBANkbCwAAAAAARw4AAKesAQD8rAEAGOUCAEcOAAC7QQMAX/QBAArtCADmuwgAjBUJALdIAAADogUAK34BAGuUAABHDgAARw4AAKesAQCMHgAA4R4AAAOiBQDEigYATv4IAGuUAADAlAAAFukAAN/IAgDNhwAA1n0BAIq8DgAY5QIAs/QCAOMSCgBqMw0AvzMNABQ0DQBpNA0AvjQNABM1DQBoNQ0AfSsCANIrAgAnLAIA2SYAAPWzAQBKtAEAn7QBAJwADgDAlAAAFukAAN/IAgAAAAAAzYcAAP+oAgBUqQIA3CECAHOLAQDNhwAA6AkOAFMAAgDcIQIAzYcAAE6wAQCjsAEA+LABAE2xAQCisQEA97EBAEyyAQChsgEA9rIBAEuzAQCgswEAxIoGAOYYAQBVAAAAqgAAAEpeAgBI/w0Anf8NAJwOAABO/ggA2SYAAPWzAQBKtAEAXUILALJCCwAbjwAAc4sBALdIAAADogUAVQAAAHOLAQCKvA4A37wOAPWzAQBKtAEAXUILALJCCwCMHgAA4R4AABbpAADfyAIAAAAAAF/0AQD0CQIASQoCAJ4KAgDzCgIASAsCAJ0LAgDyCwIAa5QAAKtTAQAI9gEAXfYBALL2AQAH9wEAXPcBAA+RCgBO+gwAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAPRYCAJIWAgAPkQoATvoMAAj2AQBd9gEAsvYBAAf3AQBc9wEArZ0KAHOLAQCKvA4A37wOADS9DgCJvQ4ALXANAJquDABf9AEACu0IAEj/DQAxwA4AhsAOANvADgCtnQoAAp4KALT0AQAJ9QEAXvUBALP1AQAAAAAARa4MAF/0AQAK7QgASP8NADHADgCGwA4A28AOAK2dCgACngoAtPQBAAn1AQBe9QEAs/UBALT0AQAJ9QEAXvUBALP1AQD0tAEACkcEAO4DDgBDBA4AmAQOAO0EDgBCBQ4AAAAAABuPAABwjwAAITEDAMaJBQDcIQIAuY0OAFFSBwBbTQIAG48AAHCPAAAhMQMAxokFANwhAgAFlw4AKCsCAH0rAgDiFwYA8VwHANPWAADEigYAKCsCAFtNAgDcIQIAzYcAAE6wAQCjsAEA+LABAE2xAQCisQEA97EBAEyyAQChsgEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAA9bMBAEq0AQCftAEAVQAAAP9NCAB4LAYAt0gAAF5CCgD/qAIAVKkCAKmpAgD+qQIAU6oCAEcOAABf9AEA2cQMAJQJDQCbAwwA9AkCACIlDgAAAAAAmbALAOsGDgBABw4AlQcOAOoHDgA/CA4AlAgOAOkIDgAPkQoALhkOAIMZDgDYGQ4AGOUCAAAAAADEigYAt0gAABjlAgBOsQAAO8MBAJDDAQDlwwEAOsQBAI/EAQB0NAIAZEEFAF/0AQAbjwAARw4AAHuDAQArfgEAUwACAF/0AQAtcA0Amq4MAA+RCgAAAAAAc4sBAAAAAAAbjwAAzYcAAAnvBwAAAAAAAAAAABuPAAC3SAAAX/QBANPWAACTFQIAkbYNAF/0AQAPkQoAAAAAABuPAADNhwAA8QUJAGngCwCMFQkA4RUJADYWCQCLFgkA9AkCAOAWCQA1FwkAihcJAPQJAgDmFAUAOxUFAJAVBQCpng0A/p4NAFOfDQDmFAUAOxUFAJAVBQCpng0A/p4NAFOfDQDNhwAA6AkOAAAAAABf9AEAUwACAKgAAgD9AAIAAAAAALdIAABeQgoACesLAF7rCwDcIQIAGIcLAG2HCwDtZAMAt0gAAF5CCgAJ6wsAXusLANwhAgAxIgIAfSsCANIrAgAnLAIAfCwCAEcOAABg8AQAir8LANIrAgAnLAIAfCwCALdIAAAMSQAApqAOAPugDgBQoQ4AAAAAACgrAgB0NAIA7bsBAFVQBQB4LAYAt0gAAEcOAADcIQIA1yYCACwnAgCBJwIA1icCACsoAgCAKAIAt0gAANUoAgBZ7g0ADEkAAKagDgD7oA4AxIoGANwhAgDXJgIADEkAAKagDgD7oA4AUKEOAAAAAADNhwAA1n0BAN7IAwCMHgAA5hcCAGuUAADAlAAAFukAAN/IAgDcIQIA1yYCAAxJAACmoA4A+6AOAFChDgDcIQIA1yYCAAxJAACmoA4A+6AOAO1kAwBVAAAA/00IAGuUAADAlAAAFukAAN/IAgBrlAAA2SYAAC4nAADAlAAAdDQCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAN/IAgDNhwAA4hcGAPFcBwBrlAAAwJQAABbpAADfyAIAt0gAALdIAABg8AQAtfAEAPQJAgBJCgIAngoCAF5CCgBrlAAAwJQAABbpAADfyAIA5hgBAPFcBwC3SAAADEkAAGngCwBRUgcAnAAOAMCUAAAW6QAA38gCAHOLAQBziwEAVQAAAMGKCQDWfQEAK34BAAlJAwBeSQMAdn4LAHQ0AgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAKCsCAHQ0AgDJNAIAHjUCAHM1AgDINQIAHTYCAHI2AgDHNgIAHDcCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAAO1kAwBrlAAAwJQAABbpAADfyAIAUVIHAJwADgCrUwEAmlYPAMCUAAAW6QAA38gCAAAAAABrlAAAwJQAAOa7CABRUgcAgcsIAP+oAgDWfQEA3sgDAHuDAQDEigYATv4IAGuUAADAlAAAFukAAN/IAgD0CQIAxIoGAIwVCQBwjwAA/KsCAHOLAQDIiwEApKYKAPmmCgBOpwoAirwOAMCUAAAW6QAA38gCAOgJDgBTAAIAqvYJAGuUAADAlAAAFukAAN/IAgAoKwIAUwACABuPAADmGAEA8VwHAD0YAAC3SAAAXkIKAHZ+CwAW6QAA38gCAMSKBgCMFQkAt0gAANUoAgDZJgAA9AkCAMSKBgCMFQkAcI8AAPyrAgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAATrABAKOwAQDPMAAAT64CAE6wAQCHdgIAXkIKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDnZQgAGYsGAG6LBgDougcAPbsHAJK7BwDnuwcAPLwHAJG8BwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAHgsBgD5AAYATgEGADlmCwB7gwEAxIoGAE7+CABrlAAAwJQAABbpAADfyAIAt0gAAM2HAAAiiAAAW00CAMSKBgD/qAIArUkJAAJKCQDZJgAAc4sBAMiLAQDT1gAAa5QAAMCUAAAW6QAA38gCAAOiBQBYogUAgyMEAHOLAQCKvA4A5hgBAPFcBwA9GAAAt0gAAF5CCgBRUgcAnAAOAMCUAAAW6QAA38gCAEcOAAAZ2wsAVQAAAFUAAADBigkAKCsCALdIAABeQgoAUVIHAOdlCAAZiwYAbosGAOi6BwA9uwcAkrsHAOe7BwA8vAcAkbwHAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAc4sBAHOLAQCKvA4AUwACAA0+CgAJ7wcAzYcAAEpeAgCfXgIA9F4CAElfAgCeXwIA818CAEhgAgCdYAIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBACgrAgB9KwIA7WQDANZ9AQArfgEArk8CAANQAgBYUAIA8WECAEZiAgCbYgIA8GICAEVjAgCaYwIA72MCAERkAgCZZAIA7mQCAENlAgCYZQIA7WUCAEJmAgCXZgIA7GYCAEFnAgCWZwIA62cCAOYYAQD0CQIAIiUOAMCUAADZJgAA8qwLACgrAgDmGAEAMx0FAMM6AgBeQgoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAE7+CABOsQAA+QAGAE4BBgCjAQYA+AEGAE0CBgCiAgYA5hgBADsZAQCZsQoAgcsIADdnDADXdQgATrEAAE+uAgDDOgIAA6IFAMSKBgBO/ggAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAAnvBwAbjwAAa5QAAGuUAADAlAAAFukAAN/IAgBRUgcAnAAOANkmAADXdQgAzSUNAGuUAABRUgcAzYcAAAnvBwBe7wcAs+8HANnEDACUCQ0AmwMMAJmwCwAN7QUA5hgBAPFcBwBGXQcA9AkCACIlDgDAlAAAX/QBALT0AQDltg4AcI8AAGSQCwC3SAAAA6IFAMSKBgBO/ggAG48AAHCPAAD8qwIAUawCAKasAgD7rAIAUK0CAKWtAgD6rQIAUU0MAKZNDAD7TQwAUE4MAKVODAD6TgwAxIoGAF/0AQC09AEALicAANPWAABf9AEAmbALAO6wCwCfXgIA9F4CAElfAgCeXwIA818CAEhgAgBHDgAAX/QBANnEDACUCQ0AmwMMALT0AQDltg4AcI8AAGSQCwC3SAAAA6IFAMSKBgBO/ggA6AkOAD0YAACSGAAAEUMBAEcMAgAK7QgAX+0IAGRBBQCcAA4AeCwGAKOxAABAaAIASl4CAHQ0AgDmuwgA/qoBANnEDADmFAUA7WQDAPWpCwBKqgsAn6oLAPSqCwBrlAAAwJQAABbpAADfyAIAPRgAALdIAADNhwAAwzoCAAOiBQDEigYATv4IAGuUAADAlAAAFukAAN/IAgAYiAoA13UIAM0lDQCuTwIAX/QBAIccBwAzygIA5hgBAPQJAgDEigYA1n0BAHSJAgDNhwAAwzoCAAOiBQDEigYATv4IAF/0AQAPkQoALhkOAIMZDgDYGQ4AtPQBAAn1AQBe9QEAs/UBAAAAAABf9AEA2RsLAC4cCwD69w0AT/gNAKT4DQD5+A0AOsQBAMM6AgADogUA9AkCAHOLAQCKvA4A2cQMACEyAgB2MgIAyzICAOYUBQBPrgIAOcQCAI7EAgDjxAIAOMUCAI3FAgDX0AIALNECAIHRAgDW0QIAK9ICAIDSAgDV0gIAKtMCAH/TAgDU0wIAAAAAABuPAABwjwAA/KsCAFGsAgCmrAIA+6wCAFCtAgClrQIA5hQFAE+uAgA5xAIAjsQCAOPEAgA4xQIAjcUCABuPAABHDgAA2cQMAJQJDQBCuwIAl7sCAOYYAQAzHQUA6AkOAKlLCwD+SwsAU0wLAKhMCwCcDAIAZJEKALmRCgCMFQkAUwACAOYYAQAIoQEA3sgDAKesAQB7gwEAK34BAFMAAgBf9AEACu0IAF/tCAC3SAAAG48AACgrAgBToQsAnAAOAHgsBgCjsQAAQGgCAEpeAgB0NAIAZEEFAF/0AQCZsAsA6AkOAFFSBwBf9AEAqUsLAP5LCwBTTAsAqEwLABuPAABHDgAAjB4AANkbCwAuHAsAgH4BANV+AQAqfwEAf38BANR/AQANnAEAjg4OABmLBgBuiwYA6LoHAD27BwCSuwcA57sHADy8BwAuIwQAgyMEANgjBAAtJAQAgiQEANckBABRUgcAX/QBAJmwCwDoCQ4AUVIHAF/0AQCpSwsA/ksLAFNMCwCoTAsAG48AAEcOAACMHgAAhxwHADPKAgCIygIA3coCADLLAgCHywIAI3sMAHh7DADNewwAInwMAHd8DADoCQ4AITEDAE6xAAAY5QIA4RQKAOMRCwA4EgsAjRILAOISCwA3EwsAjBMLADe7DQAuGQ4AgxkOANgZDgBf9AEAjg4OAIwVCQC3SAAAX/QBAI4ODgDZJgAAX/QBAPQJAgDEigYAjBUJAHCPAAD8qwIACu0IAH0rAgD3WwIATFwCAF5CCgCzQgoACEMKALdIAABf9AEA2cQMAJQJDQCbAwwAmbALAM8pBwBRUgcAX/QBANPWAADWfQEAxokFAAxJAABf9AEAjg4OAP+oAgCtSQkAAkoJANkmAABziwEAyIsBAIccBwDA3gsAFd8LAGrfCwBg8AQAir8LAN+/CwB50wgAX/QBANPWAADWfQEAxokFAAxJAABf9AEAjg4OAP+oAgCtSQkAAkoJANkmAABziwEAyIsBAOYYAQDhxwEANsgBAIvIAQDgyAEANckBAIrJAQDtZAMAX/QBANPWAADWfQEAxokFAAxJAABf9AEAjg4OAP+oAgCtSQkAAkoJANkmAABziwEAyIsBAFOhCwCooQsA/6gCANZ9AQBRUgcAnAAOANPWAADWfQEAxokFAAxJAABf9AEAjg4OAP+oAgCtSQkAAkoJANkmAABziwEAyIsBANZ9AQB0iQIAX/QBAFnxCgDBigkA1n0BACt+AQAJSQMAXkkDAHZ+CwBf9AEAU6ELAJwADgDAlAAAdDQCAMk0AgAeNQIAczUCAMg1AgAdNgIAcjYCAJmwCwDrBg4AQAcOAHuDAQDQgwEAJYQBAOYYAQDxXAcAPRgAALdIAABf9AEA2cQMAJQJDQCbAwwAD5EKAGSRCgC3SAAAYPAEAO1kAwBf9AEA2RsLAC4cCwCDHAsAqUsLACExAwB2MQMAyzEDAOYYAQAzHQUAc4sBAH4oBABOsQAAa5QAAPQJAgDEigYAjBUJAHCPAAD8qwIARw4AAF/0AQCODg4AjBUJALdIAABf9AEAjg4OANkmAABf9AEACu0IAH0rAgD3WwIATFwCALdIAABeQgoAUwACAKr2CQDAlAAAX/QBAFOhCwCooQsA/6gCANZ9AQBRUgcAnAAOAPQJAgDtZAMAX/QBAAFSAgBWUgIAq1ICAFtNAgCwTQIAUVIHAF/0AQCZsAsAwzoCAPAOAQBFDwEAT64CAKSuAgD5rgIApE8MAPlPDABOUAwAo1AMAPhQDABNUQwAolEMAPdRDABMUgwAoVIMAPZSDABLUwwAoFMMAPVTDABKVAwAn1QMAPRUDABJVQwAnlUMAPNVDABIVgwAnVYMAPJWDABHVwwAnFcMAPFXDABGWAwAm1gMAPBYDABFWQwAmlkMAO9ZDABEWgwAmVoMAO5aDABDWwwAmFsMANZ9AQArfgEArk8CAANQAgBYUAIAmA8DAO0PAwBCEAMAlxADAOwQAwBBEQMAlhEDAOsRAwBAEgMAlRIDAOoSAwA/EwMAlBMDAAAAAADEigYAjBUJAF/0AQBOpgsAo6YLAP+oAgCtSQkAmbALAOgJDgA9Cg4AkgoOAOcKDgA8Cw4AkQsOANkbCwAuHAsAgxwLAO1kAwBCZQMAl2UDACgrAgBf9AEAhxwHANwcBwAxHQcAhh0HANsdBwAzygIAiMoCAN3KAgAyywIA5hQFADsVBQA7uAwAG48AAOYYAQA9GAAAX/QBAMCUAAB0NAIA2RsLAExTCwChUwsAqUsLAP5LCwDnGAAAPBkAAK7xCgBKXgIAfSsCAOIXBgDxXAcAt0gAAF5CCgB2fgsAX/QBAPQJAgBJCgIAngoCAPMKAgBZ8QoAuEYBAHQ0AgBVAAAAqgAAAEpeAgB0NAIAZEEFAF/0AQCHHAcAydMNAB7UDQDDOgIAXkIKALNCCgDxXAcAPRgAALdIAABf9AEAU6ELAKZSBwCYWQ4A7VkOAPQJAgDNhwAATrABAIweAACHHAcAM8oCADZpCwCLaQsA4GkLADVqCwBf9AEA2RsLAExTCwChUwsAhxwHAMnTDQAe1A0ASl4CALdIAAADogUAK34BAFMAAgBf9AEAG48AAPANAgAbjwAAt0gAALdIAAADogUAK34BAFMAAgBf9AEAU6ELAOdlCADT1gAA2RsLAC4cCwCDHAsACu0IAF/tCADgcgIAzSwGAP+oAgCtSQkAAkoJAO1kAwBf9AEA5hgBADsZAQCZsQoAzYcAAM8pBwCBywgAK34BAFMAAgBf9AEACu0IAF/tCABkQQUAuUEFAA5CBQC2mQUA2RsLAExTCwChUwsAc4sBAMiLAQBrkQMAwJEDABWSAwBqkgMAv5IDABSTAwDZxAwAUp8OAGFJAAB9fwMA0n8DACeAAwB8gAMATrABAIweAACMvAwAX/QBANkbCwAuHAsAgxwLAOYYAQDxXAcARl0HADsZAQAoKwIA2RsLAExTCwChUwsA2RsLAC4cCwCDHAsAISkLAHYpCwDLKQsAWfEKALhGAQANRwEAdtMLAMvTCwAg1AsAddQLAF/0AQCODg4A2SYAAF/0AQCHHAcAydMNAB7UDQBKXgIAt0gAAAOiBQArfgEAUwACAF/0AQAbjwAAo/4IAPj+CABN/wgAov8IAPf/CABMAAkAoQAJAPYACQDZxAwAlAkNAJsDDACHHAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAmbALAMM6AgCODg4ATv4IAF/0AQCHHAcAnA4AAL+NCAAUjggAaY4IAL6OCABf9AEAVQAAALdIAAADogUAK34BAFMAAgBf9AEA5hQFADsVBQCQFQUA5RUFADoWBQCPFgUA5BYFADkXBQD8qgMAUasDAIHKCQDWygkAjg4OAE7+CABf9AEAG48AAHCPAAAhMQMAF+cBAF/0AQBToQsA52UIAOYYAQAzHQUA1n0BACt+AQBf9AEAhxwHAJwOAAC/jQgAFI4IAGmOCAC+jggAX/QBAIwVCQDhFQkANhYJAIsWCQDgFgkANRcJAIoXCQDfFwkANBgJAIkYCQDeGAkAMxkJAIgZCQDdGQkAMhoJAIcaCQDcGgkAMRsJAIccBwCMHgAA4R4AADYfAACLHwAA4B8AABjlAgBHDgAAX/QBANnEDABSnw4AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAA4xELADgSCwA9GAAAITEDACt+AQBTAAIAX/QBAI4ODgBO/ggAX/QBAE6mCwBp4AsARw4AAHOLAQDIiwEApKYKAPmmCgBOpwoA+a4CAAAAAABziwEARw4AAId2AgDcdgIAwzoCAF5CCgD+qgEAAAAAAAAAAAAAAAAAAAAAAAAAAAB52QIAztkCAP6qAQAAAAAAedkCAM7ZAgBz3wIAOxUFAFpFCwCvRQsABEYLAFlGCwCuRgsAA0cLAFhHCwCtRwsAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwDgxgMANccDAIrHAwDfxwMAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDAFGrAwCmqwMA+6sDAFCsAwClrAMA+qwDAE+tAwCkrQMA+a0DAE6uAwCjrgMA+K4DAE2vAwD2/wkASwAKAKAACgD1AAoASgEKAJ8BCgD0AQoASQIKAJ4CCgDzAgoASAMKAJ0DCgDyAwoARwQKAJwECgDxBAoARgUKAFMAAgAY5QIATrEAADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAKeqAwD8qgMAUasDAPQJAgDNhwAARw4AAH7TAwDT0wMAirwOAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAV6AIAoAYEAPUGBABKBwQAnwcEAPQHBABJCAQAnggEAPMIBABICQQA+6sDAFCsAwC09AEACfUBAF71AQCz9QEAW+0MAAZLBABbSwQAsEsEAAVMBABaTAQAr0wEAARNBABZTQQAD5EKAE76DAAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAPEFCQDWfQEAdIkCAIq8DgDmFAUAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAI4XBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDAFGrAwDKLwYAHzAGAHQwBgDJMAYAHjEGAHMxBgAzygIAiMoCAE6xAABVAAAAY+4DANwhAgApcw4AfnMOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADcIQIAzXkOAE+uAgA5xAIAjsQCAOPEAgA4xQIATrEAADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAN/IAgAieg4As58CAFOpAwCoqQMA/akDAFKqAwCnqgMA/KoDAFGrAwBRUgcA52UIAGuUAABHDgAAKCANAJIYAAARQwEAXkIKAKtTAQBz1gsA3sgDAId2AgBeQgoAdn4LABbpAADfyAIAiW0JAOYUBQBPrgIApK4CAPmuAgBOrwIAtPQBAAn1AQBe9QEAs/UBAOYYAQBVAAAAwYoJACgrAgC3SAAAXkIKAHZ+CwAW6QAA38gCAHOLAQB+KAQA0ygEAFUAAAAXPgAA3CECALmNDgDWfQEA9AkCAIcdBgB9KwIASl4CAO1kAwBf9AEAqUsLAP5LCwBTTAsAqEwLAHOLAQDIiwEAa5EDAMCRAwCcAA4AUVIHABjlAgBziwEAyIsBAGuRAwDAkQMAFZIDAGqSAwC/kgMAFJMDANnEDABSnw4AYUkAAPAOAQBVAAAAwYoJAEcOAACHdgIAUwACACgrAgB0NAIARw4AAH7TAwDT0wMA8A4BAF/0AQCZsAsAJCQNAHnTCADO0wgAI9QIAHjUCAAK7QgAX+0IAOByAgDNLAYAKCsCAFFSBwBf9AEAmbALAM8pBwAkKgcAeSoHAM4qBwBeQgoAdn4LANwhAgBf9AEA5hgBAAihAQDeyAMAp6wBAHuDAQArfgEAUwACAF/0AQCZsAsADe0FAFMAAgCq9gkA5hgBAF/0AQDZGwsAxokFABuKBQBToQsAnAAOAPEADgD/TQgA4BEOADUSDgBHDgAAX/QBAI4ODgBO/ggAAAAAAAAAAAAY5QIAs/QCAOMSCgA4EwoAjRMKAOITCgAPkQoALhkOAIMZDgDYGQ4A2cQMAJQJDQCbAwwA5hQFADsVBQCQFQUA5RUFADoWBQCPFgUAGYcKAG6HCgDDhwoALsUMAHZ+CwDLfgsAIH8LAHV/CwDKfwsAH4ALAHSACwDJgAsAHoELAFOhCwBh5Q4Aa5QAANnEDACUCQ0AmwMMAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDAFGrAwCmqwMA+6sDAIZwCQDbcAkAMHEJAAKjBQBXowUASP8NAMaJBQBeQgoA5hQFADsVBQCQFQUA5RUFADoWBQCPFgUA5BYFAOYXAgA7GAIAA6IFAFiiBQCtogUAAqMFAFejBQCsowUAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAI4XBQDjFwUAOBgFAI0YBQDiGAUAhxwHAIweAADhHgAANh8AAIsfAAAY5QIAFegCAKAGBAD1BgQASgcEAJ8HBAD0BwQASQgEAJ4IBADzCAQASAkEAJ0JBADyCQQARwoEAJwKBADxCgQARgsEAPurAwCGcAkA23AJADBxCQCFcQkA2nEJAC9yCQCEcgkAZe0CALrtAgDwBQoA7lsLAOa7CACMFQkAt0gAAF5CCgDZxAwAlAkNAJsDDABOpgsAaeALAEcOAABrlAAAt0gAANPWAADEigYAKCsCAFtNAgBf9AEA2RsLAExTCwChUwsAG48AAHCPAAAoKwIAdDQCAMkxBQAeMgUAczIFAM2HAAD0CQIAc4sBAAAAAABf9AEAW00CANJ3CwArfgEArk8CABjlAgAV6AIAoAYEAPUGBABKBwQAnwcEAPQHBABJCAQAPRYCAJIWAgDmFAUAT64CANjDDgAtxA4AgsQOAM56DAD2BgMAnA4AAOYYAQDxXAcA8A4BALdIAABf9AEA5hQFADsVBQCQFQUA5RUFADoWBQCPFgUA5BYFABmHCgBuhwoAw4cKAO1kAwBHDgAAftMDANPTAwAAAAAAGOUCAOliCQDAlAAAFukAAN/IAgBOsQAAO8MBALOfAgBTqQMAqKkDAP2pAwBSqgMAp6oDAPyqAwBRqwMA960FAK+ZDAAEmgwAWZoMAPEFCQDtZAMAAAAAAAAAAAAAAAAAedkCAM7ZAgD+qgEAAAAAAAAAAAAAAAAAAAAAAHnZAgDO2QIAc98CADsVBQCQFQUA5RUFADoWBQCPFgUA5BYFADkXBQD8qgMAUasDAKarAwDKLwYAHzAGAHQwBgDJMAYAHjEGAHMxBgDmGAEAy4UEACCGBAB1hgQAyoYEAFFSBwD0CQIAX/QBAOYYAQA7GQEAmbEKAO6xCgBDsgoA5hgBAMuFBAAghgQAdYYEAMqGBABOsQAAo7EAAPixAABNsgAAorIAADMdBQBKXgIASP8NAM2HAADPKQcA5hgBAOHHAQBwjwAAITEDAE6xAABPrgIAwzoCAAOiBQDEigYATv4IAEcOAACMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABXoAgCgBgQAb9gNAFqhBACvoQQABKIEAFmiBACuogQAA6MEAFijBACtowQAAqQEAFekBACspAQAX/QBAHOLAQB+KAQAK34BAFtNAgBf9AEAtPQBAAn1AQBe9QEAFokLAGuJCwCZsAsAzykHAFFSBwAoKwIAdDQCAEcOAACnrAEARa4MAF72AAA4wwQAaeALAEcOAACHdgIAVvYIAKv2CAAA9wgAVfcIAKr3CAD/9wgAVPgIAKn4CAD++AgAU/kIAJmwCwDoCQ4A7WQDAF/0AQCODg4A2SYAAF/0AQDZxAwAUp8OAGFJAAC2SQAAVQAAAP9NCAB4LAYA1n0BAN0WDADXdQgAa5QAAFFSBwBf9AEA5hgBAMuFBAAghgQAdYYEAMqGBACzRQcATqYLAGngCwBHDgAAh3YCAE6mCwBp4AsARw4AAId2AgBf9AEA8QUJAO1kAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApHBABfRwQAdNgIAMnYCAAe2QgAc9kIAMjZCAAd2ggActoIAMfaCAAc2wgAcdsIAMbbCAAb3AgAcNwIAMXcCAAa3QgAb90IAPurAwCGcAkA23AJADBxCQCFcQkA2nEJAC9yCQCEcgkAjg4OABmLBgBuiwYA6LoHAD27BwCSuwcA57sHADy8BwCRvAcAX/QBANnEDAADogUAWKIFAK2iBQBRUgcAX/QBAI4ODgCMFQkAfigEAOYXAgBHDgAAftMDANPTAwDmFwIAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAV6AIAoAYEAPUGBABKBwQAnwcEAPQHBABJCAQAnggEAPMIBABICQQAnQkEAPIJBABHCgQAnAoEAPEKBABGCwQA+6sDAIZwCQDbcAkAMHEJAIVxCQDacQkAL3IJAIRyCQCODg4AGYsGAG6LBgDougcAPbsHAJK7BwDnuwcAPLwHAJG8BwBf9AEA2cQMAAOiBQBYogUAraIFAFFSBwBf9AEAjg4OAIwVCQD7qwMAhnAJANtwCQAwcQkAhXEJANpxCQAvcgkAhHIJAI4ODgAZiwYAbosGAOi6BwA9uwcAkrsHAOe7BwA8vAcAkbwHAF/0AQDZxAwAA6IFAFiiBQCtogUAUVIHAF/0AQCODg4AjBUJACgrAgBI/w0AdIkCAMiLAQAdjAEA7WQDAOYXAgBOsQAAO8MBALOfAgBTqQMAqKkDAP2pAwBSqgMA3B8EAGqIDQCkog4AG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAR7QEAJy0BADxtAQARrUEAJu1BADwtQQARbYEAJq2BADvtgQARLcEAKlLCwD+SwsAGOUCAAAAAAAAAAAAAAAAAAAAAAAAAAAAPRYCAJIWAgCHHAcA3BwHADEdBwAo1AMAfdQDANLUAwAn1QMAfNUDAM56DAAAAAAAAAAAAEcOAAAAAAAAAAAAAApHBABTUQYAqFEGAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAPyqAwBRqwMApqsDAPurAwCGcAkA23AJADBxCQACowUAV6MFAKyjBQAY5QIArPoDAAH7AwBW+wMAq/sDAAD8AwBV/AMAqvwDAP/8AwCXtQgA7LUIAEG2CACWtggA67YIAIccBwCcDgAAv40IABSOCABpjggAvo4IAF/0AQCZsAsA2SYAALdIAABeQgoAdn4LACt+AQBTAAIAX/QBANnEDACUCQ0ATrEAADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAKeqAwA9EwUAkhMFAOcTBQA8FAUAkRQFABuPAABwjwAAITEDABfnAQBf9AEAhxwHAJwOAAC/jQgAFI4IAGmOCAC+jggAGOUCAM2HAAAX5wEAKCsCAHQ0AgC3SAAAYPAEALXwBABrlAAARw4AAFUAAAD/TQgAVE4IABbpAAB0NAIAAAAAABuPAABrlAAARw4AAId2AgBeQgoAdn4LABbpAADfyAIA4RQKADYVCgCLFQoAHjIFAHMyBQDIMgUAHTMFAHIzBQDHMwUAHDQFAHE0BQDGNAUAGzUFAHA1BQDFNQUAGjYFAG82BQDENgUAGTcFAG43BQDDNwUAGDgFAG04BQDCOAUAFzkFAGw5BQDBOQUAFjoFAGs6BQDAOgUAFTsFAGo7BQC/OwUAFDwFAGk8BQC+PAUAEz0FAGg9BQC9PQUAzYcAACKIAAD8pgcAUacHAFFSBwBf9AEA2cQMAFKfDgBhSQAA5hgBADMdBQCIHQUAX/QBAArtCABf7QgAt0gAAGDwBAC18AQAa5QAAEcOAABf9AEAWfEKAFNKDQBUTggAX/QBAArtCABf7QgAAAAAABuPAABrlAAARw4AAId2AgBf9AEAc4sBAH4oBAAuIwQACKEBAMaJBQAbigUA09YAAPEFCQDWfQEATrEAAPymBwBf9AEA2RsLAExTCwBRUgcAgcsIAN7IAwAY5QIATrEAAE+uAgA5xAIAjsQCAOPEAgA4xQIATrEAADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAP5IDgB2fgsAFukAAN/IAgDPMAAAo7EAAPixAABNsgAAorIAAPeyAAAY5QIATrEAAE+uAgA5xAIAjsQCAOPEAgA4xQIATrEAADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAP5IDgB2fgsAFukAAN/IAgBrlAAAUVIHAIHLCADeyAMAzzAAADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAKeqAwD8qgMAUasDAPetBQBMrgUAoa4FAPauBQBLrwUAoK8FAPWvBQBKsAUArPoDAAH7AwBW+wMAq/sDAAD8AwBV/AMAqvwDAP/8AwBU/QMAqf0DAP79AwBT/gMAqP4DAO27AQBCvAEAl7wBAOy8AQBBvQEAGTMJAG4zCQDDMwkAGDQJAG00CQDCNAkAFzUJAGw1CQDBNQkAFjYJAGs2CQDANgkAFTcJAGo3CQC/NwkAFDgJAGk4CQC+OAkAEzkJADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAKeqAwD8qgMAUasDAPetBQBMrgUAoa4FAPauBQBLrwUAoK8FAPWvBQBKsAUAbeUCAMLlAgBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAR7QEAJy0BADxtAQARrUEAJu1BADwtQQAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAV6AIAoAYEAPUGBABKBwQAnwcEAPQHBABJCAQAnggEAPMIBABICQQAnQkEAPIJBABHCgQAnAoEAPEKBABGCwQAWfEKADEaCgCGGgoA2xoKADAbCgCFGwoA2hsKAC8cCgCEHAoA2RwKAC4dCgCDHQoA2B0KAC0eCgCCHgoA1x4KACwfCgCBHwoA1h8KACsgCgCAIAoA1SAKACohCgBl7QIAuu0CAPAFCgDuWwsA5rsIAIwVCQC3SAAAXkIKANnEDACUCQ0AmwMMAE6mCwBp4AsARw4AAOEUCgA2FQoAZEEFALlBBQAOQgUAtpkFAIccBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAADT1gAAa5QAAD0YAAC3SAAAX/QBAJmwCwDT1gAAkxUCALdIAABf9AEA09YAAJMVAgCRtg0A5rYNAKlLCwD+SwsAU0wLAKhMCwBZ8QoAwYoJAEcOAACnrAEAe4MBAPQJAgBziwEAirwOANnEDACUCQ0AmwMMAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQAZhwoAbocKAMOHCgDZxAwAUp8OAGFJAAAK7QgAX+0IAGRBBQC5QQUADkIFALaZBQCHHAcAjB4AAOEeAAA2HwAAix8AAOAfAABe9gAA67MLADPJAwDmFAUAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAPyqAwBRqwMAsZoJAC4cCwCDHAsA9AkCAIcdBgDcHQYAMR4GAIYeBgA9GAAAX/QBAIccBwDJ0w0AHtQNAMM6AgDWfQEALiMEAPFcBwDEigYAjBUJALdIAABeQgoAdn4LABbpAADfyAIAJSIOAAOiBQBYogUAraIFAAKjBQBXowUArKMFANlyCQAucwkAg3MJANhzCQAtdAkAgnQJANd0CQAsdQkAgXUJANZ1CQArdgkAgHYJANV2CQAqdwkAhxwHAIweAADhHgAANh8AAIsfAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAGXtAgC67QIA8AUKAEUGCgCaBgoA7wYKAEQHCgCZBwoAtPQBANd1CAAsdggAgXYIAI4ODgAoKwIAX/QBAFOhCwCooQsAKCsCAHQ0AgDgcgIAt0gAANUoAgAoKwIA7WQDAF/0AQD+qgEAG48AAHCPAAAhMQMAF+cBABXoAgCgBgQA9QYEAEoHBACfBwQA9AcEAEkIBACeCAQA8wgEAEgJBACdCQQA8gkEAEcKBACcCgQA8QoEAEYLBABJAwkACO8IAFryCACv8ggABPMIAFnzCAD7qwMAhnAJANtwCQAwcQkAhXEJANpxCQAvcgkAhHIJAI4ODgAZiwYAbosGAOi6BwA9uwcAkrsHAOe7BwA8vAcAkbwHAF/0AQDZxAwAA6IFAFiiBQCtogUAUVIHAF/0AQCODg4AjBUJALdIAAADogUAWKIFAK2iBQACowUAV6MFAKyjBQABpAUAVqQFAKukBQAApQUAjmIPAONiDwD1BgQASgcEAJ8HBAD0BwQASQgEAJ4IBADzCAQASAkEAPurAwCGcAkA23AJADBxCQACowUAV6MFADlmCwCMHgAAe34GAIq8DgB4LAYAt0gAAAOiBQDEigYATv4IALdIAAADogUAWKIFAK2iBQACowUAV6MFAKyjBQABpAUAVqQFAKukBQAApQUAa5QAAMCUAAAW6QAA38gCAP0AAgADogUAWKIFAK2iBQACowUAV6MFAKyjBQABpAUA/PcLAFH4CwCm+AsA+/gLAFD5CwCl+QsA+vkLAJwOAAC/jQgAFI4IAGmOCAC+jggA1SgCABmLBgBuiwYAw4sGAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAGOUCAOliCQDAlAAAFukAAN/IAgA9GAAAkhgAADgVCACNFQgA4hUIADcWCACMFggA4RYIAH0rAgD/qAIAVKkCANZ9AQB0iQIAzYcAAPQJAgBziwEAX/QBANnEDAADogUAWKIFAK2iBQACowUAV6MFAKyjBQDZcgkAZOULAGTqBgC56gYADusGAGPrBgC46wYADewGAGLsBgC37AYAmbALANkmAAC3SAAAXkIKAHZ+CwCHHAcAjB4AAHt+BgCKvA4AeCwGALdIAAADogUAxIoGAE7+CABf9AEAD5EKAC4ZDgCDGQ4A2BkOAPYGAwDtCAoAQgkKAJcJCgDsCQoAQQoKAJYKCgCw9AUABfUFAFr1BQCv9QUABPYFAFn2BQCu9gUAA/cFAFj3BQCt9wUAQA8GAJUPBgDqDwYAPxAGAJQQBgDpEAYAG48AACgrAgAoKwIAdDQCAD0YAAC3SAAAX/QBANnEDACUCQ0AGYsGAMGKCQBziwEAyIsBAB2MAQDtZAMAGOUCAAAAAABf9AEA2cQMACEyAgB2MgIAyzICAM56DACHHAcAwN4LANZ9AQDGiQUAzYcAAPQJAgBziwEAirwOAIccBwCMHgAA4R4AADYfAACLHwAA4B8AAHzTBQBf9AEAtPQBAPKsCwBHrQsAnK0LANnEDAADogUAWKIFAK2iBQACowUAV6MFAKyjBQAY5QIAZe0CALrtAgDwBQoAmbALAP+oAgBUqQIA1n0BAHSJAgDNhwAA9AkCAHOLAQCKvA4AhxwHAIweAADhHgAANh8AAIsfAADgHwAA5hgBAAAAAABVAAAATrEAADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAKeqAwD8qgMAUasDAPetBQCvmQwABJoMAFmaDAAoKwIA5rsIAKNPDQCwTQIAwJQAAOMRCwA4EgsAKCsCAHQ0AgDJMQUAHjIFAHMyBQDNhwAA9AkCAHOLAQCKvA4Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBwjwAAPRgAAO1kAwAY5QIAt0gAAE6xAABVAAAATrEAADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAKeqAwD8qgMAUasDANkmAAD1swEASrQBAJ+0AQBOsQAAO8MBALOfAgBTqQMAKCsCAHQ0AgDJNAIA5bYOAEcOAACMHgAASwEJAKABCQD1AQkASgIJAJ8CCQD0AgkATK4FAKGuBQD2rgUAS68FAKCvBQD1rwUASrAFAPYGAwCcDgAAv40IABSOCABpjggAvo4IAF/0AQAPkQoALhkOAIMZDgDYGQ4AjmIPAONiDwA4Yw8AjWMPAOJjDwA3ZA8AjGQPAOFkDwA2ZQ8Ai2UPAOBlDwA1Zg8A48MDADjEAwCNxAMA4sQDADfFAwCMxQMA4cUDADbGAwBOpgsAaeALAEcOAAD0CQIAhx0GANwdBgAxHgYAhh4GANseBgA5ZgsA4XMAAP+oAgBUqQIA1n0BAHSJAgDNhwAA9AkCAHOLAQDNhwAA2SYAAFtNAgBgRAYA7bsBAEcOAADPMAAAO8MBALOfAgBTqQMAqKkDAP2pAwBSqgMAp6oDAPyqAwBRqwMA960FAK+ZDAAEmgwAWZoMAF/0AQDmGAEAMx0FAO1kAwBf9AEAqUsLAP5LCwBTTAsAqEwLAPQJAgAiJQ4AmbALAP+oAgBUqQIA1n0BAHSJAgDNhwAA9AkCAHOLAQDmFAUAOxUFAFpFCwCvRQsABEYLAFlGCwCuRgsAA0cLAFhHCwCtRwsAAkgLAFdICwAPkQoARw4AAId2AgDcdgIA9AkCAHOLAQB+KAQA3sgDAPANAgAmeQsA3m0JAJQJDQCbAwwA2RsLAFUAAAAiiAAAO8MBALOfAgBTqQMAqKkDAP2pAwBSqgMAp6oDAPyqAwBRqwMA960FAK+ZDAAEmgwAWZoMAG3lAgDC5QIAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAPQJAgDEigYAxIoGALdIAABHDgAAh3YCAGDwBACKvwsAEzQOAF/0AQC09AEAKCsCAOa7CADmGAEAX/QBAP6qAQBe9gAAGOUCABXoAgCjsQAA+LEAAE2yAACisgAA97IAAEyzAABOpgsAo6YLAPimCwBNpwsACu0IAOMRCwA4EgsAX/QBAI4ODgCMFQkAt0gAAF/0AQCODg4A2SYAAF/0AQCZsAsA/6gCAFSpAgDWfQEAdIkCAM2HAAD0CQIAc4sBAIq8DgD0CQIAhx0GANwdBgAxHgYAhh4GANseBgA5ZgsAX/QBANnEDACUCQ0AmwMMANnEDADNhwAACe8HAFtNAgBf9AEA2cQMAOgJDgDtZAMAX/QBAI4ODgDZJgAAX/QBANnEDABSnw4AYUkAALZJAAALSgAAa5QAAFFSBwBf9AEA9AkCAIcdBgDcHQYAMR4GAIYeBgDbHgYAc4sBAM2HAABOsAEAh3YCAAOiBQBOsQAARw4AAIweAADNhwAASl4CAE6xAAD8pgcA3CECAClzDgB+cw4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AANwhAgDNeQ4AInoOALOfAgBTqQMAqKkDAP2pAwBSqgMAp6oDAPyqAwBRqwMA960FAK+ZDAAEmgwAWZoMAAAAAABVAAAA/00IAOARDgBHDgAAjB4AAM2HAABKXgIATrEAAPymBwBVAAAAjhoCANwhAgApcw4AfnMOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADcIQIAzXkOACJ6DgCznwIAU6kDAKipAwD9qQMAUqoDAKeqAwD8qgMAUasDAPetBQCvmQwABJoMAFmaDAAY5QIAt0gAAGDwBACKvwsA91sCAEcOAABVAAAAwYoJACgrAgC3SAAAGOUCALdIAABg8AQAir8LAPdbAgBHDgAAVQAAAMGKCQAoKwIAt0gAABjlAgDpYgkAwJQAABbpAADfyAIAc4sBAH4oBAD/qAIA1n0BACt+AQBTAAIATrEAADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAKeqAwD8qgMAUasDAIHKCQCMHgAA4R4AABbpAADfyAIA5hcCADsYAgBg8AQAir8LAPdbAgBHDgAAVQAAAMGKCQAoKwIAt0gAANwhAgDNeQ4AInoOALOfAgBTqQMAqKkDAP2pAwBSqgMAp6oDAPyqAwBRqwMA960FAK+ZDAAEmgwAWZoMAK6aDAADmwwAWJsMAK2bDAACnAwAV5wMAKycDAABnQwAVp0MAKudDAAPkQoALhkOAIMZDgDYGQ4A3skCAE+uAgDYww4ALcQOAILEDgDXxA4ALMUOAIHFDgDWxQ4AK8YOAIXKBQDaygUAL8sFAITLBQDZywUALswFAIPMBQAY5QIAFegCAKAGBAD1BgQASgcEAJ8HBAD0BwQASQgEAJ4IBADzCAQASAkEAPurAwCGcAkA23AJADBxCQACowUAV6MFAKyjBQDZcgkALnMJAE+uAgDYww4ALcQOAILEDgDXxA4ALMUOAIHFDgDWxQ4AK8YOABXoAgCgBgQA9QYEAEoHBACfBwQA9AcEAEkIBAC3SAAAA6IFAFiiBQCtogUAAqMFAFejBQCsowUAAaQFAFakBQCrpAUAAKUFAGXtAgBrlAAA09YAAE6xAAA7wwEAs58CAFOpAwCoqQMA/akDAFKqAwCnqgMA/KoDAFGrAwD3rQUAr5kMAASaDABZmgwATv4IAJIYAABUTAoAqUwKAM2HAAD/qAIAVKkCANZ9AQB0iQIAzYcAAPQJAgBziwEAirwOAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAOFzAAD/qAIAVKkCANZ9AQB0iQIAzYcAAPQJAgBziwEAirwOAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAZe0CALrtAgDwBQoAmbALAAnvBwB+KAQA/6gCAK1JCQCpSwsA/ksLAFRMCgCpTAoARw4AAF/0AQC09AEA8qwLAEetCwCcrQsA8a0LANkbCwAuHAsAgxwLAO1kAwBCZQMAl2UDACgrAgBf9AEA5hQFAKOxAAAbjwAARw4AAId2AgBeQgoAX/QBAKlLCwD+SwsAVEwKAKlMCgCZsAsA/6gCAFSpAgDWfQEAdIkCAM2HAAD0CQIAc4sBAE6xAABOsQAA+QAGAE4BBgCjAQYA+AEGAGRBBQBf9AEA09YAAPEFCQDWfQEAdIkCAIq8DgAPkQoARw4AAId2AgDcdgIA9AkCAHOLAQB+KAQA3sgDAPANAgDWfQEAK34BAFMAAgBf9AEAmbALAA3tBQDmFAUAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAPyqAwBRqwMApqsDAPurAwBQrAMApawDAPqsAwDcHAcAMR0HAIYdBwDbHQcAMB4HAIUeBwDaHgcALx8HANnEDABOsQAAVQAAAAAAAADWfQEAVQAAAF/0AQDmFAUAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAPyqAwBRqwMApqsDAPurAwBQrAMApawDANnEDABSnw4AYUkAAE6mCwBp4AsARw4AAId2AgDZxAwAA6IFAFiiBQCtogUAAqMFAFejBQCsowUA2XIJAIvACQDgwAkACPYBANZ9AQAoKwIAdDQCAI4ODgAZiwYAbosGAMOLBgBf9AEA2cQMAE6xAABVAAAAX/QBAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDAFGrAwCmqwMA09YAANZ9AQDGiQUADEkAAF/0AQBOpgsAaeALAEcOAACHdgIAX/QBALdIAABOsQAAVQAAAF/0AQBZ8QoAuEYBAA1HAQD/qAIA1n0BAFFSBwCcAA4AwJQAABjlAgD9/gMA9qgLAEupCwCgqQsA3skCAJxfBADWGw4AKxwOAAAAAAAX5wEAAAAAAAAAAAAAAAAAzYcAANkmAABHDgAAftMDANPTAwCzRQcACEYHAF1GBwCyRgcAB0cHAFxHBwCxRwcABkgHAP2eDgAS6wIATrEAAFUAAABf9AEAWfEKALhGAQANRwEA/6gCANZ9AQBRUgcAnAAOAMCUAAAY5QIA/f4DAPaoCwBLqQsAoKkLAN7JAgCcXwQA1hsOACscDgAAAAAAF+cBAAAAAAAAAAAAAAAAAM2HAADZJgAAUVIHAKZSBwATNA4At0gAAAOiBQD/qAIArUkJAIccBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABdnwMAsp8DAAegAwAbjwAAcI8AAFEDAQD/qAIAVKkCANZ9AQB0iQIAzYcAAPQJAgBziwEAirwOAI4ODgAoKwIAX/QBAFOhCwDnZQgAa5QAAEcOAABf9AEAqUsLAP5LCwBTTAsAqEwLAJwMAgBO+gwAo/oMAN7IAwBRUgcARw4AAF/0AQCHHAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAXZ8DALKfAwAHoAMAG48AAHCPAABRAwEA/6gCAFSpAgDWfQEAdIkCAM2HAAD0CQIAc4sBAIq8DgCODg4AKCsCAF/0AQBToQsA52UIAGuUAABHDgAAX/QBAKlLCwD+SwsAU0wLAKhMCwCcDAIATvoMAKP6DADeyAMAX/QBAIccBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABdnwMAsp8DAAegAwAbjwAAcI8AAFEDAQD/qAIAVKkCANZ9AQB0iQIAzYcAAPQJAgBziwEAirwOAI4ODgAoKwIAX/QBAFOhCwDnZQgAa5QAAEcOAABf9AEAqUsLAP5LCwBTTAsAqEwLAJwMAgBO+gwAo/oMAN7IAwAAAAAAzYcAAAnvBwBe7wcAfigEABjlAgAoKwIASP8NACt+AQBTAAIAqvYJAMCUAAAW6QAA38gCAGXtAgC67QIA8AUKAEUGCgCMHgAA4R4AADYfAACLHwAA4B8AADUgAACZsAsA/6gCAFSpAgDWfQEAdIkCAM2HAAD0CQIAc4sBAGuUAADmGAEATrEAAE+uAgAiiAAA/KYHAFGnBwBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAAB0NAIAwJQAABbpAADfyAIA7bsBAEcOAAAY5QIA9gYDAO0ICgBCCQoAlwkKAOwJCgBBCgoAlgoKAM56DAAV6AIAoAYEAPUGBABKBwQAnwcEAPQHBABJCAQAGYcKAG6HCgAzbgkAiG4JAN1uCQACowUAV6MFAKyjBQDZcgkA2cQMAJQJDQBRUgcAnAAOAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAS6wIAUp8OAGFJAADgcQMANXIDAIpyAwDfcgMANHMDAIlzAwDecwMAM3QDAJmwCwD/qAIAVKkCANZ9AQB0iQIAzYcAAPQJAgBziwEAirwOAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDAFGrAwCmqwMAmbALAMM6AgDptAwAUp8OANZ9AQDeyAMAM8kDAOYYAQA7GQEA5hgBAPFcBwA9GAAAkGYJAOVmCQA6ZwkAFokLAGuJCwDmGAEAMx0FAEpeAgBbTQIAsE0CAFFSBwBf9AEAU6ELAJwADgDNhwAAo6YLAPimCwBNpwsAoqcLAPenCwBMqAsAoagLAI9kDADoCQ4AUVIHAF/0AQDZGwsATFMLAKFTCwBGrgsAqKELAN7IAwDhcwAA9AkCAHOLAQCKvA4AUVIHAF/0AQAbjwAAcI8AALdIAAADogUAdIkCAF/0AQDZxAwAA6IFAFiiBQCtogUAUVIHAF/0AQAK7QgAX+0IALdIAABg8AQAc4sBAH4oBADTKAQAX5wEAE6xAADcIQIAzXkOACJ6DgCznwIAU6kDAKipAwD9qQMAUqoDAKeqAwD8qgMAUasDAPetBQCvmQwABJoMAFmaDAC5jQ4AjB4AAOEeAAA2HwAAix8AAOAfAABRUgcAnAAOAM2HAADPKQcAGOUCAOdlCADT1gAAPRgAABjlAgDxBQkAaeALAEcOAACHdgIAc4sBAMiLAQCcWQoA8VkKAEZaCgCbWgoA/00IAFROCAAW6QAA38gCAMKHCwAZiwYAbosGAMOLBgBf9AEAG48AAHCPAAAhMQMAF+cBAF/0AQCHHAcAnA4AAL+NCAAUjggAaY4IAIccBwDJ0w0AHtQNAMM6AgAbjwAARw4AAF/0AQDxBQkAJnkLAHgsBgBbTQIAsE0CAFFSBwDnZQgAGYsGAG6LBgDougcAPbsHAJK7BwDnuwcAPLwHAJG8BwDmvAcAO70HAJC9BwDlvQcAOr4HAI++BwDkvgcAOb8HAI6/BwDjvwcAOMAHAI3ABwDiwAcAN8EHAIzBBwDR0QcAJtIHAHvSBwDQ0gcAUVIHAF/0AQCODg4AjBUJALdIAABf9AEA09YAAJMVAgDWfQEAxokFAAOiBQArfgEAUwACAF/0AQC09AEA8qwLACgrAgBf9AEAjg4OABmLBgBuiwYA6LoHAD27BwCSuwcA57sHADy8BwBUTggAfSsCAMM6AgADogUAxIoGAE7+CAC3SAAAA6IFAFiiBQCtogUAAqMFAFejBQCsowUAAaQFAPz3CwBR+AsApvgLAPv4CwBQ+QsApfkLAPr5CwBi8AIA4ccBALdIAADNhwAAwzoCAF5CCgCODg4AGYsGAG6LBgDougcAPbsHAJK7BwDnuwcAPLwHAJG8BwBf9AEA2cQMAAOiBQBYogUAraIFAFFSBwBf9AEAjg4OAIwVCQC3SAAAPRYCABuPAABwjwAAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOYYAQA7GQEAmbEKAIHLCAA3ZwwA7WQDAF/0AQDmFAUAOxUFAFpFCwBwjwAAt0gAAF5CCgAS6wIAA6IFAFiiBQCtogUAAqMFAFejBQCsowUA2XIJANPWAACTFQIA1n0BAMaJBQADogUAK34BAFMAAgBf9AEAtPQBAPKsCwAoKwIAX/QBAP+oAgBUqQIAqakCAP6pAgDxBQkAaeALAEcOAACHdgIA3HYCAP+oAgBUqQIA1n0BAHSJAgDNhwAA9AkCAHOLAQBk6gYAAAAAAHOLAQAY5QIAZe0CALrtAgDwBQoATqYLAGngCwBHDgAAh3YCAEcOAABf9AEAmbALAP+oAgBUqQIA1n0BAHSJAgDNhwAA9AkCAHOLAQCKvA4A2RsLAC4cCwCDHAsAISkLAHYpCwDLKQsAWfEKAMGKCQAWiwkAbeUCAMLlAgBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAR7QEACgrAgB0NAIAyTEFAMM6AgBeQgoAhxwHAIweAABHDgAAp6wBAHuDAQDEigYAc4sBAHOLAQBf9AEATqYLAGngCwBHDgAAh3YCAF72AADrswsACkcEANnEDABg8AQAtfAEAGuUAABRUgcAX/QBALT0AQDyrAsAKCsCAF/0AQAAAAAAG48AAGuUAADAlAAA7WQDAF/0AQC09AEACfUBAF71AQCz9QEAPRgAAJIYAABUTAoAqUwKAEcOAADZJgAA9bMBAEq0AQCftAEAnAAOAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAV6AIAoAYEAFpFCwCvRQsABEYLAFlGCwCuRgsAA0cLAFhHCwCtRwsACu0IAF/tCADJMQUAHjIFAHMyBQBf9AEAmbALAOgJDgDtZAMAX/QBAOYUBQA7FQUAkBUFAKmeDQD+ng0AIogAAHnTCABf9AEAWfEKAMGKCQDWfQEAK34BAMM6AgBHDgAAGOUCAGXtAgC67QIA8AUKAEUGCgCMHgAA4R4AADYfAACLHwAA4B8AAHzTBQBf9AEAmbALAP+oAgBUqQIA1n0BAHSJAgDNhwAA9AkCAHOLAQCKvA4AtPQBAPKsCwAoKwIAX/QBAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDAEcOAACMHgAA4R4AADYfAACLHwAA4B8AAHzTBQDR0wUA4R4AABbpAADfyAIAjB4AAOEeAAAW6QAA38gCAI5iDwDjYg8A9QYEAEoHBACfBwQA9AcEAEkIBACeCAQA8wgEAEgJBADmFwIAKCsCAHQ0AgDJNAIA5bYOAEcOAACMHgAA8AMMAHA4AgBECQgAmQkIAF/0AQCHHAcAjB4AAOEeAAA2HwAAix8AAE6xAABbTQIA8QUJAGngCwCMFQkARw4AAIweAADmFwIAUVIHACgrAgBI/w0A/6gCAK1JCQACSgkA3CECAClzDgDAlAAAFukAAN/IAgDcIQIAPRgAAGuUAAC3SAAA09YAAMSKBgAoKwIAW00CALBNAgDAlAAAFukAAN/IAgCOYg8A42IPANYbDgArHA4AgBwOAAAAAAAAAAAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAY5QIAFegCAKAGBAD1BgQASgcEAJ8HBAD0BwQASQgEAJ4IBADzCAQASAkEAJ0JBADyCQQARwoEAJwKBADxCgQARgsEANnEDABSnw4AYUkAAA+RCgBkkQoAUVIHAFUAAADBigkA1n0BACt+AQAJSQMAX/QBABuPAAAoKwIAc4sBABjlAgBMCQAA8QUJAEYGCQCbBgkA5hQFADsVBQCQFQUA5RUFADoWBQCPFgUA5BYFABmHCgBuhwoAw4cKANnEDABSnw4AYUkAAH1/AwDnZQgAPGYIAJFmCADmZggAO2cIAPmoCABToQsAplIHAGuUAADmGAEAOxkBAH1/AwDnZQgAPGYIAJFmCADmZggAO2cIAPmoCABToQsAplIHAGuUAADmGAEAOxkBAJAZAQBf9AEACu0IAOMRCwA4EgsAPRgAACExAwArfgEAUwACAGuUAADAlAAA5hgBAAihAQDeyAMAp6wBAHuDAQDEigYATv4IAF/0AQBToQsAnAAOAD0YAAAhMQMAa5QAAFFSBwBf9AEA09YAAPEFCQDWfQEAdIkCAIq8DgDZxAwAYPAEAO1kAwDWfQEAK34BAFMAAgBf9AEA2cQMAJQJDQCbAwwA5hQFADsVBQCQFQUA5RUFADoWBQCPFgUA5BYFABmHCgBuhwoAw4cKANnEDABSnw4AYUkAAH1/AwDnZQgAPGYIAJFmCADmZggAO2cIAPmoCABToQsAplIHAGuUAADmGAEAOxkBAFOhCwBh5Q4AtuUOAAvmDgBg5g4AteYOAArnDgDmFAUAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAcDIIAMSKBgBk6gYAW00CALBNAgDAlAAAdDQCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD9/gMA9qgLAEupCwCgqQsAfx8MAPEFCQDWfQEAdIkCAIq8DgC09AEALicAALdIAABOsQAA/KYHANZ9AQArfgEAUwACAF/0AQCHHAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAmbALABM0DgDWfQEAX/QBAP+oAgCtSQkAAkoJADlmCwB7gwEAxIoGANZ9AQB0iQIAirwOAD0YAACSGAAAEUMBANkmAADyrAsAR60LAJytCwDxrQsAUawCAMCUAAAW6QAA38gCAP6qAQDYHgkALR8JAIIfCQDXHwkALCAJAIEgCQAAAAAAedkCAM7ZAgCpSwsA/ksLAOcYAACcCAYA8QgGAKFUCgD2VAoAS1UKALT0AQDXdQgALHYIAIF2CACODg4AKCsCAF/0AQBToQsAqKELACgrAgB0NAIA4HICALdIAADVKAIAKCsCAA+RCgBkkQoAuZEKAA6SCgBjkgoAAAAAAP+oAgBUqQIASl4CAAAAAAAoKwIA4xELADgSCwAAAAAAUVIHAOdlCAA8ZggAkWYIAOZmCAA7ZwgAD5MIAGSTCAC5kwgADpQIAGTqBgBbTQIAsE0CALdIAAA9GAAAkhgAABFDAQDZJgAA8qwLAEetCwCcrQsA8a0LAFGsAgDAlAAAFukAAN/IAgDcIQIAuY0OAJwOAAC/jQgA/UwLANd1CADNJQ0Ark8CAF/0AQCZsAsADe0FAP+oAgBUqQIAqakCAH4oBABRUgcAX/QBAFOhCwDnZQgAPGYIAJFmCADmZggAO2cIAPmoCAAPkQoAZJEKAP+oAgDWfQEAKCsCAOa7CABO/ggA5hgBAPFcBwA9GAAA09YAAMSKBgAoKwIAW00CANJ3CwArfgEAUwACAF/0AQDmFAUAOxUFAJAVBQCpng0A/p4NAFOfDQConw0A/Z8NAFKgDQBf9AEACu0IAOMRCwA4EgsAjRILAOISCwA3EwsAjBMLAIccBwDJ0w0AYPAEAIq/CwDDOgIAXkIKAFMAAgBf9AEA2RsLAExTCwChUwsAD5EKANZ9AQDGiQUADEkAAGFJAADgcQMAX/QBAKlLCwD+SwsAU0wLAKhMCwAK7QgA4xELADgSCwA9GAAAITEDACt+AQBTAAIAX/QBAI4ODgAoKwIAX/QBAOYYAQAIoQEA3sgDAM8wAAA7wwEAs58CANkmAADXdQgAUwACABuPAAAoKwIAdDQCACgrAgB0NAIAyTEFAMM6AgBeQgoAU6ELAOdlCAA8ZggAkWYIAOZmCAA7ZwgA+agIAFnxCgC4RgEADUcBAP+oAgDWfQEAUVIHAJwADgDEigYAxIoGALdIAABziwEAirwOAEcOAACnrAEAX/QBAFOhCwDnZQgAPGYIAJFmCADmZggAO2cIAPmoCACpSwsA/ksLAFNMCwCoTAsA/UwLAFJNCwCnTQsA/E0LAFOhCwDnZQgAPGYIAJFmCADmZggAO2cIAPmoCAAPkQoAZJEKAFFSBwBVAAAAwYoJANZ9AQArfgEAeCwGAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAMsuBgAgLwYAdS8GANZ9AQDNhwAACe8HAF/0AQDZxAwATrEAAFUAAAAY5QIAX/QBAGqIDQCkog4A5hQFADsVBQCQFQUA5RUFADoWBQCPFgUA5BYFAF72AAAAAAAACkcEAO4DDgDyrAsAKCsCALdIAAADogUA/6gCAK1JCQB7fgYA7WQDAF/0AQAK7QgAX+0IALTtCAAJ7ggAXu4IALPuCABf9AEA2RsLABXoAgCgBgQA9QYEAEoHBACfBwQA9AcEAEkIBACeCAQA8wgEAEgJBACdCQQA8gkEAEcKBACcCgQA8QoEAEYLBAD9/gMAeCwGAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAMsuBgAgLwYAdS8GAGXtAgC67QIAK84GAGqIDQBrlAAAq1MBAHPWCwDeyAMAh3YCAAOiBQArfgEAUwACAF/0AQBToQsA52UIAOYYAQAzHQUA1n0BAHAyCADFMggAGjMIAG8zCADEMwgAGTQIAG40CADDNAgAGDUIAG01CADCNQgAFzYIAGw2CADBNggAFjcIAGs3CADANwgAKCsCAHQ0AgDJNAIA5bYOAEcOAACMHgAA/qoBALdIAABOsQAAVQAAABjlAgAAAAAAc4sBAEcOAAAY5QIAAAAAABuPAABwjwAAITEDABfnAQAY5QIAAAAAAPQJAgBziwEAirwOANnEDACUCQ0AmwMMAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQAZhwoAbocKAMOHCgDZxAwATrEAAFUAAAAY5QIAAAAAAHOLAQBHDgAAGOUCAAAAAACHHAcAp6wBAPysAQAY5QIAAAAAAD0YAAA9GAAAa5QAAHgsBgC3SAAAA6IFAMSKBgBO/ggAX/QBAArtCABf7QgAtO0IAAnuCABe7ggAs+4IACnOCAC3SAAAA6IFAFiiBQCtogUAUVIHAOdlCACMFQkAAAAAALdIAAC3SAAAVQAAAE6xAAA7wwEAs58CAFOpAwCoqQMA/akDAFKqAwCnqgMA/KoDAFGrAwB0Jw8AwYoJABaLCQBriwkAXvYAADjDBABp4AsARw4AAId2AgBFrgwACu0IAF/tCADJMQUAHjIFAHMyBQBf9AEAU6ELAKZSBwCYWQ4A7VkOAPQJAgDNhwAATrABAIweAACHHAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAmbALAMM6AgAbjwAAc4sBAFFSBwBf9AEAqUsLAP5LCwBTTAsAqEwLAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQAZhwoAbocKAMOHCgAoKwIAdDQCAMk0AgDltg4ARw4AAIweAACcAA4AwJQAABbpAADfyAIAa5QAAMCUAAAW6QAAQ14JAJheCQDnGAAAAAAAAAAAAAAAAAAAedkCAM7ZAgBz3wIAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAPyqAwBRqwMApqsDAMovBgAfMAYAdDAGAMkwBgAeMQYAczEGAAAAAAAAAAAAedkCAM7ZAgBz3wIAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAPyqAwBRqwMApqsDAMovBgAfMAYAdDAGAMkwBgAeMQYAczEGANPWAADWfQEAK34BAGuUAADAlAAAFukAAN/IAgAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAABrlAAAt0gAANwhAgDNeQ4AInoOALOfAgBTqQMAqKkDAP2pAwBSqgMA/kgOAFNJDgCoSQ4A/UkOAFJKDgCnSg4A/EoOAFFLDgAV6AIAoAYEAPUGBABKBwQAnwcEAPQHBABJCAQAnggEAPMIBABICQQAnQkEAPIJBABHCgQAnAoEAPEKBABGCwQAxIoGAEcOAABf9AEAD5EKAC4ZDgCDGQ4A2BkOAAAAAAAAAAAAAAAAAF5CCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAAAAAAAAAAAAAAAAAKtTAQBz1gsAxIoGAE7+CABf9AEACu0IAF/tCAC07QgACe4IAF7uCAAAAAAAa5QAAMCUAAD0CQIA1n0BACt+AQCuTwIAYeUOAHCPAABTAAIARw4AAOFzAAA4xwAA2SYAAPQJAgDNhwAAOMcAAF/0AQCZsAsA9AkCAFMAAgCq9gkAe34GAIq8DgDxBQkAPRgAAGuUAACrUwEAc9YLAAAAAAA9GAAAX/QBAArtCABf7QgA8QUJABuPAABHDgAA4XMAAM8pBwBHDgAAp6wBAHuDAQDEigYATv4IAGuUAAAK7QgASP8NAN0WDADXdQgAG48AALdIAADNhwAAwzoCAAAAAADEigYAX/QBAArtCABf7QgA4HICADVzAgBHDgAA4XMAAM8pBwA9GAAAkhgAABjlAgDpYgkAPmMJAJNjCQDoYwkAPWQJAJJkCQDnZAkAPGUJAJFlCQDmZQkAO2YJAGuUAAB4LAYAzSwGACItBgB3LQYAzC0GACEuBgB2LgYAyy4GACAvBgB1LwYAtPQBAAn1AQBe9QEAs/UBAPS0AQAV6AIAoAYEAPUGBABKBwQAnwcEAPQHBABJCAQAnggEAPMIBABICQQAnQkEAPIJBABHCgQAnAoEAPEKBABGCwQAX/QBANnEDAADogUAWKIFAK2iBQBRUgcAX/QBAI4ODgCMFQkAA6IFAFiiBQCtogUAUVIHAF/0AQCODg4AjBUJAF/0AQDmFAUAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAI4XBQDjFwUAOBgFAI0YBQDiGAUAuY0OAJwOAAC/jQgAFI4IAGmOCAC+jggAt0gAAAOiBQBYogUAraIFAAKjBQBXowUArKMFAAGkBQD89wsAUfgLAKb4CwD7+AsAUPkLAKX5CwD6+QsA+6sDAIZwCQDbcAkAMHEJAIVxCQDacQkAL3IJAIRyCQBl7QIAuu0CAPAFCgBFBgoAmgYKAO8GCgBEBwoAmQcKALT0AQDXdQgALHYIAIF2CACODg4AKCsCAF/0AQBToQsAqKELACgrAgB0NAIA4HICALdIAADVKAIAKCsCAHA4AgAJ7wcAirwOAMCUAAAW6QAA38gCAMSKBgDEigYAc4sBAF/0AQDZxAwAA6IFAFiiBQCtogUAUVIHAF/0AQCODg4AjBUJALdIAABf9AEA09YAAPEFCQDWfQEAdIkCAIq8DgDT1gAAkxUCANZ9AQDGiQUAA6IFACt+AQBTAAIAX/QBALT0AQDyrAsAKCsCAF/0AQCZsAsA6AkOAD0KDgCODg4AGYsGAG6LBgDDiwYAX/QBAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDANkbCwBMUwsAoVMLAKlLCwD+SwsAU0wLAKhMCwAWiAwAa4gMAMCIDAAViQwAaokMAL+JDAAUigwAaYoMAD0WAgCSFgIACu0IAF/tCAAAAAAAG48AAGuUAABHDgAAh3YCAF/0AQDZxAwAA6IFAFiiBQCtogUAUVIHAF/0AQCODg4AjBUJALdIAABf9AEAmbALANkmAAC3SAAAXkIKAHZ+CwCKvA4AwJQAABbpAADfyAIAJSIOAAOiBQBYogUAraIFAAKjBQBXowUArKMFAEevCQCcrwkA8a8JAEawCQCbsAkA8LAJAEWxCQCasQkA77EJAESyCQCZsgkAXvYAANPWAACTFQIA1n0BAMaJBQCnAQIAKCsCAHQ0AgDJMQUAwzoCAF5CCgAkJA0AAAAAABuPAADWfQEAKCsCAHQ0AgDtuwEAUVIHAPQJAgBOsQAAX/QBAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDAI4ODgD0CQIAt0gAAM2HAADWfQEAK34BAF/0AQDtuwEAUVIHAPQJAgBOsQAAX/QBAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDAA+RCgBO+gwAAFQBAFVUAQAO5gsAY+YLALjmCwAN5wsAYucLANPWAADxBQkAJnkLAD0YAABf9AEA2cQMAGDwBADtZAMA1n0BACt+AQBTAAIAX/QBANnEDACUCQ0AmwMMAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAEcOAABf9AEA5hQFADsVBQBaRQsAr0ULAARGCwBZRgsArkYLAANHCwBYRwsArUcLAAJICwBXSAsAmbALACQkDQAAAAAAG48AANZ9AQAoKwIAdDQCAGRBBQBf9AEAtPQBACgrAgDmuwgA5hgBAF/0AQDZxAwAUp8OAGFJAAAbjwAAcI8AAPyrAgBRrAIAwJQAAHOLAQDtZAMA1n0BACt+AQBTAAIAX/QBAFOhCwCmUgcAmFkOAO1ZDgD0CQIAzYcAAE6wAQCMHgAAFogMACQkDQAAAAAAG48AANZ9AQAoKwIAdDQCAJmwCwAN7QUACu0IAF/tCABHDgAAnA4AAIwVCQAoKwIATrEAAGuUAAC09AEAKCsCAOa7CADmGAEAX/QBANkbCwDGiQUARw4AAF/0AQBZ8QoAuEYBAEj/DQAuIwQAMx0FAEpeAgDtZAMAX/QBALT0AQAJ9QEAIogAAHnTCADVKAIAKCsCAO1kAwBf9AEAjg4OACgrAgBf9AEAhxwHAJwOAACMFQkAKCsCAE6xAAA9GAAAa5QAAKtTAQAY5QIAEusCAAOiBQBYogUAraIFAAKjBQBXowUArKMFANlyCQCZsAsAJCQNAAAAAAAbjwAA1n0BACgrAgBI/w0AK34BAFMAAgBf9AEAmbALAA3tBQDmFAUAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAPyqAwBrlAAAt0gAAM2HAADPKQcAUVIHACgrAgBI/w0AK34BANkmAADyrAsAX/QBAA+RCgBkkQoAuZEKABFDAQDZJgAA8qwLAEetCwCcrQsA8a0LAM2HAADWfQEA5hcCAM2HAAD+nwwADT4KAGI+CgArfgEA+PsLAGDwBACKvwsA91sCAEcOAAC7QQMAzYcAAMM6AgBeQgoATqYLAGngCwBHDgAAh3YCAF/0AQCpSwsAcDgCAMU4AgAaOQIA5xgAAJwIBgDxCAYAoVQKAPZUCgBLVQoAoFUKAPVVCgBKVgoAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA5hgBAAihAQDeyAMA9AkCACIlDgDxBQkAzYcAAP+oAgDWfQEAK34BAC7FDACzQgoACEMKAF1DCgCyQwoAB0QKAFxECgCxRAoABkUKAFtFCgCwRQoABUYKAFpGCgCvRgoAqKELANbLCAArzAgAgMwIABuPAABRUgcACu0IAF/tCADJMQUAzykHAF/0AQAbjwAAUVIHAAAAAADEigYAX/QBANnEDAADogUAWKIFAK2iBQACowUAV6MFAPEFCQBVAAAA5hcCAD0YAABrlAAAt0gAANPWAADEigYAKCsCAFtNAgDmFwIAUwACAKr2CQD/9gkAVPcJAKn3CQD+9wkAU/gJAHQ0AgBHDgAAp6wBAIweAABHDgAAGOUCAFMAAgCq9gkA//YJAFT3CQCp9wkA/vcJAFP4CQCo+AkA/fgJAFL5CQCn+QkA/PkJALT0AQDyrAsAKCsCAI4ODgAoKwIAX/QBAIccBwCMHgAA4R4AADYfAADWfQEATrEAAGuUAACpSwsA/ksLAFNMCwCoTAsAW00CALXrCQCSGAAA09YAAPEFCQBp4AsARw4AAId2AgBeQgoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEYJBgCbCQYA8AkGAEUKBgCaCgYA7woGAJmwCwDPKQcAUVIHACgrAgB0NAIARw4AAKesAQBf9AEAtPQBAPKsCwBHrQsAnK0LABmLBgBuiwYAw4sGAF/0AQDZxAwATrEAAFUAAABf9AEA5hQFADsVBQCQFQUA5RUFADoWBQCPFgUA5BYFADkXBQD8qgMAUasDAKarAwD7qwMAUKwDAM2HAADWfQEAa5QAAMCUAAAW6QAA38gCAP6qAQDYHgkALR8JAIIfCQDXHwkALCAJAIEgCQBrlAAA5hgBAFUAAADBigkAKCsCAH0rAgBKXgIA7WQDAF/0AQC09AEACfUBAF71AQAWiQsAa4kLANkbCwAuHAsAgxwLAKlLCwBwOAIAxTgCABo5AgAK7QgAX+0IAEcOAACcDgAAc4sBABuPAAC3SAAAA6IFAMSKBgBRUgcAnAAOAD0YAABwOAIAxTgCABo5AgCpSwsA/ksLACgrAgBf9AEAhxwHAIweAADhHgAANh8AAD0YAABwOAIAxTgCABo5AgBZ8QoAuEYBAA1HAQD/qAIA1n0BAFFSBwCcAA4ATrEAAPymBwBf9AEATqYLAGngCwBHDgAAh3YCAF/0AQDZGwsATFMLAKFTCwBbTQIAtesJAJIYAADT1gAAxIoGAKNPDQAbjwAAVQAAAF/0AQC09AEACfUBAF71AQAWiQsAa4kLALP1AQAhMQMAxIoGANwhAgDNeQ4A/KYHAM2HAADoCQ4APRgAAGuUAAB7fgYARw4AANwhAgBrhg4AwIYOACgrAgB0NAIARw4AAJwOAABziwEA/6gCAK1JCQBRUgcAplIHAM8pBwBRUgcAKCsCAHQ0AgBHDgAAp6wBAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAGOUCAGXtAgBwOAIAxTgCABo5AgAkJwoAeScKAM4nCgAjKAoAeCgKAM0oCgAiKQoAdykKAMwpCgAhKgoAdioKAMsqCgAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgBf9AEA67MLAJwOAAC/jQgAFI4IAGmOCAC+jggACkIJANZ0CgArdQoAgHUKAHZ+CwAW6QAA38gCAA+RCgBHDgAAh3YCANx2AgD0CQIAc4sBAH4oBADeyAMA8A0CAF/0AQCZsAsADe0FAKlLCwBrlAAA09YAAF/0AQDmFAUAOxUFAJAVBQDlFQUAOhYFAI8WBQDkFgUAORcFAPyqAwAY5QIA/qoBANgeCQAtHwkAgh8JANcfCQAsIAkAgSAJANYgCQArIQkAJCgJAAAAAAAAAAAAAAAAAB0vCQByLwkAxy8JABwwCQBxMAkAxjAJABsxCQBwMQkAAAAAAAAAAADFMQkAGjIJAG8yCQDcHwQAoVgGAPZYBgC09AEA8qwLAEetCwCcrQsAGOUCAP3+AwBS/wMAmlYPAO9WDwBEVw8AmVcPAM2HAAD0CQIAc4sBAIq8DgC09AEA13UIACx2CACBdggAqUsLAP5LCwBTTAsAqEwLAP1MCwBSTQsAp00LAPxNCwBrlAAAPRgAAJIYAABrlAAAPRgAAD0YAACSGAAAa5QAAD0YAAC3SAAAGOUCAGXtAgC67QIA8AUKAEUGCgCaBgoA7wYKAEQHCgCZBwoAtPQBANd1CAAsdggAgXYIAI4ODgAoKwIAX/QBAFOhCwCooQsAKCsCAHQ0AgDgcgIAt0gAANUoAgAoKwIA7WQDAF/0AQBqiA0AGOUCAAAAAABf9AEA9AkCAEkKAgDZJgAA2SYAAC4nAADAlAAASP8NACt+AQBTAAIAX/QBANnEDAADogUAWKIFAK2iBQBRUgcAX/QBAI4ODgCMFQkAt0gAAF/0AQCZsAsA2SYAALdIAABeQgoAdn4LAGTqBgBPrgIApK4CABjlAgCZsAsACe8HAF7vBwCz7wcA9AkCAIcdBgDcHQYAMR4GAIYeBgDbHgYABEsGAOYUBQA7FQUAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUA/KoDAFGrAwCBygkA1soJAJmwCwDusAsAQ7ELAJixCwDnZQgA09YAAFFSBwBh5Q4Ac4sBAIq8DgA9GAAAkhgAABFDAQDZJgAA8qwLAEetCwCcrQsA8a0LAFGsAgDAlAAAFukAAN/IAgBl7QIAuu0CAPAFCgDmGAEAOxkBAJmxCgDusQoAQ7IKAJiyCgCpSwsAcDgCAMU4AgAaOQIAUVIHAGXtAgC67QIA8AUKAOYYAQA7GQEAmbEKAO6xCgBDsgoAmLIKAKlLCwBwOAIAxTgCABo5AgBRUgcA5hgBADsZAQCZsQoA7rEKAEOyCgCYsgoAWfEKAK7xCgAD8goAWPIKAK3yCgAC8woAV/MKAHOLAQDIiwEAa5EDAMCRAwBf9AEAG48AACgrAgBziwEACu0IAF/tCABHDgAAnA4AAHOLAQD/qAIArUkJANkbCwAuIwQAgyMEANgjBAAtJAQAgiQEAF/0AQAPkQoAZJEKALdIAABg8AQA7WQDAF/0AQC09AEA8qwLACgrAgBf9AEAWfEKAK7xCgAD8goAWPIKAK3yCgAC8woAV/MKAD0WAgCSFgIA2ncDAC94AwCEeAMA2XgDALT0AQDyrAsAR60LAJytCwDxrQsA2RsLAMaJBQAbigUA2RsLAC4cCwCDHAsA2BwLAA3tBQBZ8QoArvEKAAPyCgBY8goArfIKAALzCgBX8woA3CECAO27AQBHDgAAnA4AAOYYAQAzHQUAwzoCAE6xAAD8pgcA1n0BACt+AQBTAAIAX/QBAFnxCgCu8QoAA/IKAFjyCgCt8goAAvMKAFfzCgC09AEA8qwLACgrAgBf9AEA8A4BALFCDAB0Jw8AyScPAKlLCwD+SwsAU0wLAKhMCwBZ8QoAuEYBAHQ0AgDJNAIA13UIAB5/DQBrlAAAUVIHAF/0AQDT1gAA1n0BAMaJBQAMSQAAX/QBAAAAAABf9AEAjg4OACgrAgBf9AEAOWQNAAAAAABf9AEAjg4OACgrAgBf9AEAOWQNAI5kDQAWiAwADe0FAFOhCwCcAA4A8QAOAP9NCADgEQ4ANRIOAJwADgA9GAAATrEAAFUAAACqAAAA//UKAFT2CgCp9goA/vYKAFP3CgDmGAEAMx0FAOgJDgAU6gEAzYcAAAnvBwBe7wcAIogAAFtNAgBgRAYA/p8MAKr2CQBOpgsAo6YLAPimCwBNpwsAqUsLAP5LCwBTTAsAqEwLAPQJAgAiJQ4Aa5QAAD0YAABf9AEAtPQBAPKsCwBHrQsAnK0LAPGtCwDZGwsALhwLAOgIDwA9CQ8AkgkPAOcJDwA8Cg8AirwOAFFSBwDcIQIAX/QBANnEDABg8AQA7WQDAF/0AQDZxAwAlAkNAJsDDADZGwsALhwLAOgIDwA9CQ8AkgkPAOcJDwA8Cg8A2RsLAMaJBQAY5QIAZe0CAHQnDwDJJw8AHigPANkbCwAuHAsA6AgPAD0JDwCSCQ8A5wkPADwKDwBZ8QoAc4sBAIq8DgDNhwAATrABAIweAAAK7QgA4xELADgSCwBf9AEATAkAAD0YAAB0Jw8AyScPAB4oDwDZGwsALhwLAOgIDwA9CQ8AkgkPAOcJDwA8Cg8AG48AAHCPAAC3SAAAA6IFAFiiBQCtogUAa5QAAMCUAAAW6QAA38gCAHOLAQDIiwEAa5EDAMCRAwBf9AEAhxwHAMDeCwBOsQAA/KYHAF/0AQC09AEA13UIACx2CACBdggAaogNAL+IDQBTAAIAqvYJAOYYAQBf9AEA1n0BACt+AQBf9AEAmbALAOgJDgDtZAMAX/QBAI4ODgDZJgAAX/QBANnEDABSnw4AYUkAALZJAACcDgAAjBUJACgrAgBOsQAAa5QAAHOLAQDIiwEApKYKAPmmCgBOpwoA+a4CAO1kAwBf9AEA2RsLAC4cCwDoCA8APQkPAJIJDwDnCQ8APAoPAIq8DgBRUgcAX/QBAFMAAgCq9gkA5hgBANnEDABSnw4AYUkAAFMAAgCq9gkA5hgBAEcOAABf9AEAmbALAP+oAgBUqQIA1n0BAHSJAgDNhwAA9AkCAHOLAQBToQsAKCsCAEj/DQD/qAIArUkJAAJKCQBf9AEAtPQBAPKsCwBHrQsAnK0LAPGtCwC09AEA8qwLACgrAgBf9AEA7bsBAFFSBwD0CQIATrEAACggDQCSGAAAEUMBANkmAADyrAsAR60LAJytCwDxrQsAUawCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBk6gYAo7EAAEBoAgCVaAIA6mgCAFFSBwCcAA4A2SYAANkmAADyrAsAR60LAJytCwDxrQsAUawCAMCUAAAW6QAA38gCAO6wCwC3SAAAA6IFAN0WDAD1swEAIogAAHnTCAAbjwAAKCsCANnEDACUCQ0AmwMMALT0AQDXdQgAzSUNAK5PAgCRwAMA5sADADvBAwCQwQMA5cEDADrCAwCPwgMA5MIDAPQJAgAiJQ4ACu0IAF/tCABHDgAAnA4AAHOLAQD/qAIArUkJAFFSBwAY5QIAPRgAAJIYAAARQwEARwwCABiICgBtiAoAwogKABeJCgC09AEA5bYOAHCPAABkkAsAt0gAAAOiBQDEigYATv4IALdIAABeQgoAPRgAAEcOAAB7gwEAxIoGAE7+CADeyAMAM8kDAArtCABf7QgAAAAAABuPAADWfQEAKCsCAHQ0AgBToQsAKCsCAEj/DQD/qAIArUkJAF/0AQCnAQIA/AECALOfAgBTqQMAqKkDAP2pAwBSqgMAp6oDAPyqAwBRqwMAGOUCAArtCABf7QgAAAAAABuPAADWfQEAKCsCAHQ0AgBkQQUAX/QBAOYYAQA7GQEAmbEKAO6xCgBDsgoAmLIKAFnxCgC4RgEADUcBAP+oAgDWfQEAUVIHAJwADgBHDgAAX/QBAFnxCgCu8QoAA/IKAFjyCgCt8goAAvMKAFfzCgBHDgAAVQAAAP9NCAB4LAYA2SYAAPWzAQBKtAEAn7QBAGqIDQBHDgAAh3YCAF5CCgCzQgoA8VwHAKtTAQBz1gsAGOUCAFMAAgDmGAEA8VwHAD0YAAC3SAAAzYcAAMM6AgADogUAxIoGAE7+CABf9AEAtPQBAAn1AQA4xwAAc4sBAEcOAACMHgAA3msLAA0+CgD0CQIAhx0GAMM6AgDNhwAACe8HAF/0AQAPkQoALhkOAIMZDgDYGQ4ACe8HABjlAgBbTQIA0ncLACd4CwB8eAsA0XgLANZ9AQB0iQIAyYkCAB6KAgBrlAAAzYcAABM0DgBf9AEAjg4OAIwVCQC3SAAAX/QBAI4ODgDZJgAAX/QBAOYYAQDxXAcARl0HADsZAQAoKwIAwJQAAOYYAQAIoQEAXaEBAHA4AgBECQgAXkIKAFFSBwBf9AEA9AkCAO1kAwBf9AEAmbALAOgJDgCSGAAAEUMBAAxJAABhSQAA4HEDAF/0AQBZ8QoAuEYBAA1HAQB20wsAy9MLACDUCwBTAAIAqAACAI4ODgCjTw0AFokLAGuJCwBdQgsAskILAF/0AQC09AEACfUBANdyCwAscwsAgXMLANZzCwArdAsAgHQLANV0CwAqdQsAWfEKAK7xCgBKXgIAOWYLAIweAAAPkQoALhkOAIMZDgDYGQ4ATrEAAE+uAgDYww4AUwACAPEFCQBGBgkA2RsLAC4cCwCDHAsAISkLAHYpCwCnnw4AdDQCAMkxBQDPKQcAX/QBAAAAAAC0lQsAX/QBAPEFCQDNhwAA6AkOAFFSBwBziwEAirwOAFFSBwAPkQoATvoMAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANwhAgAY5QIAnQoDAPIKAwBHCwMAA08DAFhPAwCtTwMAAlADAFdQAwCZsAsAwzoCAJmwCwDDOgIAAAAAAFSgCwBf9AEAUVIHAIHLCAA3ZwwAjGcMAOFnDAA2aAwAGOUCAPQJAgDtZAMAt0gAAF5CCgAV6AIA/KYHAM2HAABKXgIA8QUJAM2HAABOsAEAX/QBALT0AQAJ9QEAXvUBALP1AQAuGQ4AgxkOANgZDgA9GAAAt0gAAM2HAAAX5wEAX/QBAA+RCgAuGQ4AgxkOANgZDgDEigYAjBUJAHCPAAD8qwIAU6ELAJwADgC3SAAAXkIKAHgsBgC3SAAAXkIKAM2HAABKXgIAdDQCAFOhCwCcAA4At0gAAF5CCgB4LAYAt0gAAF5CCgBHDgAAe4MBANCDAQAlhAEAeoQBAH91CwDUdQsAX/QBAPQJAgDtZAMAX/QBAIccBwB7gwEA0IMBACWEAQB6hAEAVQAAALhGAQANRwEA5hgBAAihAQDeyAMAjB4AAOEeAAB0NAIA7bsBAFVQBQB4LAYAt0gAAAOiBQDEigYA5hgBADMdBQDWfQEAK34BAH0rAgAiiAAAa5QAAPQJAgDNhwAAIogAAFtNAgBf9AEA5hgBADsZAQBHDgAAh3YCAF/0AQAK7QgAX+0IAOByAgA+CwwAPRgAALdIAABf9AEA5hQFAE+uAgCkrgIA+a4CAE6vAgBziwEAzYcAAE6wAQCHdgIACkcEAFnxCgC4RgEADUcBAHbTCwDL0wsAINQLAHXUCwBf9AEA5hQFADsVBQBv2A0AxNgNABnZDQBu2Q0Aw9kNABjaDQBf9AEA09YAANZ9AQDGiQUADEkAAF/0AQAPkQoATvoMAKP6DAD4+gwAG4oFAOYUBQA7FQUA1hsOAGTqBgBrlAAARw4AAKesAQDcIQIAKXMOAH5zDgBz1gsAyNYLANZ9AQDGiQUAXkIKAFFSBwBf9AEA09YAANZ9AQDGiQUADEkAAF/0AQDmFAUAOxUFANYbDgArHA4AG48AAPQJAgC3SAAAXkIKAAnrCwBe6wsA9qcMANkmAAD1swEASrQBAJ+0AQAZ2wsAbtsLAMPbCwAY3AsAbdwLAMSKBgDEigYAo08NANnEDAADogUAWKIFAK2iBQBRUgcAX/QBAI4ODgCMFQkAt0gAAF/0AQDZGwsALhwLAI4ODgDZJgAAa5QAAFFSBwCcAA4AUVIHAF/0AQDZxAwAA6IFAFiiBQCtogUAAqMFAFejBQCsowUA2XIJAGTlCwC55QsARw4AAId2AgDZxAwAA6IFAFiiBQCtogUAUVIHAF/0AQCODg4AjBUJALdIAABf9AEA2RsLAC4cCwAS6wIAPQ4KAIPFDACz6wsACOwLAF3sCwCy7AsAB+0LAFztCwCx7QsABu4LAFvuCwCw7gsAT/oLAKT6CwD5+gsATvsLABLrAgADogUAWKIFAK2iBQACowUAV6MFAKyjBQDZcgkAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAJmwCwDZJgAAt0gAAF5CCgB2fgsA2cQMAJQJDQCbAwwA9AkCACIlDgCZsAsA6AkOAD0KDgDZGwsALhwLAOgIDwA9CQ8AkgkPAOgJDgBOsQAAa5QAAI4ODgDZJgAAX/QBAA+RCgAuGQ4AgxkOANgZDgBf9AEAqUsLAP5LCwBTTAsAqEwLAJwMAgBO+gwAo/oMAN7IAwAPkQoATvoMAKP6DADeyAMAqUsLAP5LCwDnGAAAD5EKAC4ZDgCDGQ4A2BkOAC4ZDgCDGQ4A2BkOAGuUAADWfQEA/6gCAK1JCQBf9AEAG48AAHCPAAAu0AEAg9ABANjQAQAt0QEAgtEBANfRAQAs0gEAgdIBAD8KDACUCgwA6QoMAF/0AQAbjwAAcI8AANPWAACTFQIA6BUCAF5CCgBRUgcAX/QBAA+RCgBO+gwAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA2SYAAC4nAADAlAAAFukAAN/IAgBTAAIAqAACAFFSBwBf9AEAqUsLAP5LCwBTTAsAqEwLAJwMAgBO+gwACPYBAF32AQCy9gEAB/cBAF/0AQCHHAcAwN4LAE6xAABOsQAAa5QAAEcOAADT1gAAkxUCAJG2DQDmtg0AqUsLAP5LCwBTTAsAqEwLAJwMAgBO+gwACPYBAF32AQCy9gEAB/cBAFz3AQBO+gwAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAITEDAAAAAAA9GAAAITEDAHYxAwDZxAwAlAkNAJsDDADmFAUAOxUFAJAVBQDlFQUAOhYFAI8WBQBToQsAqKELANbLCACODg4AGYsGAG6LBgBZ8QoA1n0BACt+AQCHHAcAydMNAB7UDQBKXgIACu0IAF/tCADJMQUAHjIFAMDeCwBOsQAATrEAAGuUAABrlAAA9AkCACIlDgCZsAsA9AkCAHOLAQDJMQUAzykHAF/0AQBZ8QoAuEYBAA1HAQAeKg0AcyoNAMgqDQAdKw0AcisNAI4ODgDZJgAAX/QBABuPAABwjwAA/KsCAFGsAgCmrAIA+6wCAFCtAgClrQIAqUsLABTqAQARQgIAA6IFAGuUAABHDgAAX/QBAI4ODgDZJgAAX/QBABuPAABwjwAA/KsCAFGsAgCmrAIA+6wCAFCtAgClrQIAqUsLABTqAQARQgIAPRgAAJIYAAArzgYAa5QAALdIAAAhMgIAdjICAMsyAgDwDgEAX/QBAI4ODgD0CQIA7bsBAFVQBQB4LAYAt0gAAF/0AQBOpgsAo6YLAPimCwBNpwsAqUsLAP5LCwDnGAAAmbALAMM6AgAYOwIAbTsCAMI7AgAXPAIAbDwCAME8AgDmGAEA8VwHALdIAAAMSQAAaeALAFFSBwBf9AEAirwOAFFSBwBf9AEArZ0KAMSKBgAZiwYAt0gAAAOiBQDEigYATv4IABjlAgAbjwAAcI8AANPWAAAo1wAAfSsCABM0DgBe9gAAGeUBAK2dCgACngoAjg4OAE7+CABf9AEAmbALAA3tBQCtnQoAPRgAAJIYAAArzgYAa5QAAK2dCgACngoA/6gCAFSpAgCpqQIA/qkCANkbCwAuHAsAgH4BAMSKBgCjTw0AsE0CANPWAADWfQEAxokFAAxJAABg8AQA4xELALdIAAAMSQAA7WQDAD0WAgCSFgIA5xYCADwXAgCRFwIAtPQBAAn1AQAJ7wcARw4AAKlLCwAhMQMAmbALAOsGDgBABw4AlQcOAOoHDgA/CA4AK34BAFMAAgDdFgwA2SYAAC4nAADAlAAAdDQCAD0YAABOsQAAa5QAAGqIDQCkog4AmbALACQkDQB50wgAG48AAM2HAAAJ7wcAPRYCAJIWAgBMpQ4AoaUOAO+sDgBErQ4Ama0OAO6tDgBDrg4AmK4OAO2uDgAKRwQA2RsLAExTCwChUwsAqUsLAP5LCwBTTAsAqEwLAK2dCgC3SAAAYPAEAOMRCwBrlAAArZ0KANkmAAD1swEACe8HAEcOAACMHgAArZ0KAPj7CwBg8AQA4xELALdIAAAMSQAA7WQDAP1MCwAJ9QEACe8HAEcOAAAzygIAGOUCABjlAgBJqwsAnqsLAPOrCwBIrAsAnawLAKqfCwD/nwsAjg4OACgrAgBf9AEAqUsLAGuUAADNhwAASl4CAF/0AQAPkQoAZJEKAFFSBwBf9AEAjg4OANkmAABf9AEA2RsLAC4cCwB0Jw8AC58AAFOhCwDnZQgAa5QAAEcOAABf9AEAqUsLAP5LCwBTTAsAqEwLAJwMAgBO+gwAo/oMAN7IAwCZsAsA/6gCAFSpAgDWfQEAdIkCAM2HAAD0CQIAc4sBADEiAgDjEQsAOBILAI0SCwDiEgsANxMLAIwTCwDhEwsAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABLrAgADogUAWKIFAK2iBQBRUgcAX/QBAI4ODgCMFQkAt0gAAF/0AQDT1gAAkxUCANZ9AQDGiQUAA6IFACt+AQBTAAIAX/QBALT0AQDyrAsAKCsCAF/0AQCODg4AGYsGAG6LBgDougcAPbsHAJK7BwDnuwcAPLwHAMCUAAAW6QAA38gCAI5iDwDjYg8A9QYEAEoHBACfBwQA9AcEAEkIBACeCAQA8wgEAEgJBACdCQQA8gkEAEcKBACcCgQA8QoEAEYLBABTAAIAUwACACgrAgB0NAIAUwACAA0+CgDDOgIAXkIKAGuUAADAlAAAFukAAN/IAgBVAAAAMRoKAIYaCgC3SAAALsUMAIPFDABp3wwAvt8MALXnDQAK6A0AX+gNALToDQBHDgAAX/QBALT0AQAJ9QEAXvUBALP1AQAK7QgAX+0IAEcOAAAZ2wsAc4sBALdIAABf9AEAhxwHAMDeCwC15w0ACugNAF/oDQC06A0AAAAAAEWuDABf9AEAtPQBAAn1AQBe9QEAiWsLAA+RCgAuGQ4AgxkOANgZDgBO/ggAa5QAAIccBwCMHgAAjLwMAOG8DAA2vQwAX/QBAI4ODgDZxAwALsUMADLBDACHwQwA3MEMADHCDACGwgwA28IMAF/0AQCODg4Ac4sBAHOLAQCKvA4AeCwGALdIAAADogUAK34BAP8AAACw7A0ARw4AAF/0AQAtcA0Amq4MALdIAAAbjwAAVQAAAE6xAACjsQAAQGgCAJVoAgDqaAIA5hgBADsZAQCZsQoA7rEKAEOyCgCYsgoAzYcAAEpeAgBRUgcA52UIANPWAAA9GAAATrEAAKOxAABAaAIAlWgCAOpoAgC3SAAAXkIKAAnrCwCBHQwA1h0MACseDACAHgwA1R4MACofDACMHgAARw4AAAAAAAAAAAAAAAAAAOYUBQA7FQUAkBUFAH3LDADSywwAJ8wMAEcOAACcDgAAc4sBAIq8DgDcIQIAc4sBAMiLAQCGaw4AK34BANkmAADT1gAAkxUCAEcADgApcw4AwJQAABbpAADfyAIAUVIHAJwADgD0CQIASQoCANcmAgBg8AQAir8LAN+/CwD/qAIAVKkCAKmpAgB+KAQAUVIHAKZSBwCYWQ4AA6IFAMSKBgBO/ggAX/QBANPWAACTFQIARwAOACExAwArfgEAUwACAFOhCwCcAA4A8QAOAEYBDgCbAQ4A8AEOAEUCDgCaAg4AA6IFAMSKBgBO/ggAX/QBANPWAACTFQIARwAOACExAwArfgEAUwACAIccBwDA3gsA1n0BAMaJBQBeQgoACesLABjlAgDZxAwALsUMAIPFDABp3wwAvt8MABPgDABo4AwAveAMALT0AQAJ9QEAXvUBALP1AQBb7QwABksEAFtLBAAuxwoA4xELAGs4BwDnZQgAjBUJALdIAABf9AEAAAAAAJwADgDAlAAAFukAAGvpAAAAAAAAAAAAAIccBwDA3gsA1n0BAMaJBQBeQgoACesLALFKBABOpQwAo6UMAJyrDQC09AEA13UIACx2CACBdggAAAAAAAPwDAD+qgEA2SYAAPWzAQBKtAEAedkCABjlAgAPkQoATvoMAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQBikgsAt5ILAArtCABf7QgA7bsBAFVQBQB4LAYAt0gAAAOiBQDEigYATv4IAF/0AQDZGwsALhwLAKtTAQBz1gsAyNYLAB3XCwBy1wsAx9cLABzYCwBx2AsAxtgLABvZCwBw2QsAmbALAA3tBQCpSwsA/ksLACvOBgBqiA0AAVICAFZSAgCrUgIAAFMCAF/0AQAPkQoATvoMAKP6DAD4+gwAG4oFAOYUBQA7FQUA1hsOACscDgCAHA4A5hgBADMdBQDWfQEAK34BACExAwArfgEAUwACAF/0AQDZGwsALhwLACkfDQB+Hw0AWu0NAK/tDQDVKAIA0x8NAApHBAAAAAAAX/QBABuPAABwjwAAs5YLAAiXCwBdlwsAspcLAAeYCwBcmAsAsZgLAAaZCwAuGQ4AgxkOANgZDgD0CQIAIiUOALdIAADT1gAAa5QAAGuUAAA9GAAAX/QBANnEDAAuxQwAg8UMAFUAAACqAAAA/wAAAApHBAApHw0Afh8NAApHBAC3SAAA1SgCANMfDQAKRwQAAAAAAF/0AQDZxAwAUp8OANZ9AQDeyAMAM8kDAIjJAwAuxQwAg8UMALPrCwAI7AsAXewLALLsCwAH7QsAXO0LALHtCwAG7gsAW+4LALDuCwBP+gsApPoLAPn6CwBO+wsAo/sLAFtNAgDSdwsAUVIHAD0YAABwOAIAEzQOAAnzAwDwDQIARQ4CAF72AAAZ5QEAU1EGAE+uAgCkrgIA+a4CACKIAAAoKwIA5rsIAEcOAACnrAEAK34BACExAwDeyAMA8A0CACZ5CwBRUgcAX/QBANkbCwAuHAsAt0gAAF5CCgAJ6wsAXusLABmLBgBuiwYA6LoHALdIAAAhMgIAjg4OAE7+CABf9AEAhxwHAIweAACMvAwA4bwMADa9DADmFwIAzYcAAAnvBwBe7wcAs+8HAOYUBQBPrgIApK4CAPmuAgD0CQIAzYcAACKIAABziwEAzYcAAFtNAgAwGQwAhRkMANoZDAAvGgwAhBoMANkaDAAK7QgA4xELAAlJAwBeSQMAdn4LABbpAADjEQsAVQAAALdIAABeQgoAAAAAAAAAAAAAAAAA9AkCACIlDgDZJgAA8qwLACgrAgB0NAIAmbALAAnvBwBe7wcATAkAAKEJAABOpgsAaeALAL7gCwDNhwAA2SYAALdIAABeQgoAdn4LAF/0AQCZsAsACe8HAF7vBwBMCQAAoQkAAE6mCwBp4AsAvuALAA+RCgDNhwAAIogAAPymBwBMCQAAoQkAAE6mCwBp4AsAvuALAA+RCgDNhwAAIogAAPymBwBMCQAAoQkAAE6mCwBp4AsAvuALAH4oBAArfgEAe4MBACt+AQD/TQgA4BEOADUSDgCKEg4A3xIOAAAAAAC09AEACfUBAF71AQD/SA0AVEkNAF/0AQDZxAwALsUMAIPFDACcqw0AW00CAAAAAABf9AEA2cQMAC7FDACDxQwAnKsNAIccBwDA3gsA1n0BAMaJBQBeQgoACesLAFnxCgCu8QoAjroMALT0AQAJ9QEAXvUBAOYUBQBPrgIAOcQCAE6xAABrlAAAe34GAHOLAQCKvA4AUVIHAEAIDQCVCA0A6ggNAD8JDQCUCQ0A6QkNAFOhCwBh5Q4AtuUOAH0rAgDDOgIAA6IFAMSKBgBO/ggA5hcCAOYYAQBHDgAA2cQMAC7FDACDxQwAnKsNAFnxCgCu8QoAjroMALT0AQAJ9QEAXvUBAIccBwDA3gsA1n0BAMaJBQBeQgoACesLANwhAgDcIQIA5GMNAF/0AQC09AEACfUBAF71AQCz9QEALhkOAIMZDgDYGQ4AtPQBACgrAgDmuwgA5hgBAI4ODgCjTw0A2RsLAFMAAgA9GAAAkhgAACgrAgB0NAIAZEEFAF/0AQAbjwAAcI8AAGSQCwC5kAsADpELAGORCwC4kQsADZILAKvyDACMZg0A4WYNADZnDQBFrgwAMc0BAIy8DADhvAwANr0MAF/0AQBOpgsAaeALAL7gCwAywQwAh8EMANzBDAAxwgwAhsIMANvCDABf9AEATqYLAGngCwC+4AsAzYcAACKIAAD8pgcAX/QBAIccBwCMHgAAjLwMAOG8DAA2vQwAX/QBAE6mCwBp4AsAvuALANnEDAAuxQwAMsEMAIfBDADcwQwAMcIMAIbCDADbwgwAX/QBAE6mCwBp4AsAvuALAAAAAAAX5wEAt0gAABuPAAAoKwIAdDQCAGqIDQBVAAAAqgAAAJ0KAwDyCgMARwsDAJwLAwAPkQoATvoMAAj2AQBd9gEAsvYBAAf3AQBc9wEA/v8BAArtCADjEQsA5hQFADsVBQCQFQUAqUsLAHA4AgDFOAIAAAAAAGqIDQC/iA0ApKIOALT0AQAJ9QEAXvUBAIlrCwBZ8QoArvEKAI66DAAY5QIASagOAEAIDQCVCA0AGOUCAF/0AQAbjwAAcI8AACExAwDGiQUAG4oFAO27AQAPjg0AVQAAANZ9AQDGiQUAXkIKAHZ+CwD/qAIA1n0BACt+AQAJSQMAzYcAAP6fDACq9gkAWfEKAHOLAQDNhwAAwzoCANkmAADyrAsAKCsCAOYYAQBf9AEAhxwHAMDeCwDWfQEAxokFAF5CCgDjEQsAOBILAF/0AQC09AEA13UIAM0lDQAiJg0AdyYNAMwmDQAhJw0AdicNAMsnDQCZsAsA2SYAALdIAABeQgoAdn4LAKZLDgD7Sw4AUEwOAKVMDgD6TA4AT00OADlmCwBf9AEAtPQBAPKsCwBHrQsAnK0LAIccBwBACA0AlQgNAOoIDQA/CQ0AydMNAB7UDQBKXgIAt0gAAF5CCgCZsAsA9AkCAMSKBgAoKwIAt0gAAF5CCgDA3gsATrEAAE6xAABrlAAARw4AAKesAQDZJgAA5bYOAAn1AQBe9QEAs/UBAPanDABLqAwAoKgMAPKsCwBHrQsAnK0LAIccBwBACA0AlQgNAOoIDQA/CQ0AydMNAB7UDQBKXgIAt0gAAF5CCgCZsAsA9AkCAMSKBgAoKwIAt0gAAF5CCgDA3gsATrEAAE6xAABrlAAARw4AAKesAQDZJgAA5bYOAPWoDABKqQwAn6kMAE6wAQBf9AEAAAAAAF/0AQC09AEACfUBAF71AQAWiQsAa4kLAAAAAAAK7QgA4xELADgSCwAY5QIAD5EKAHt+BgDQfgYAEzQOAAnzAwCMHgAAUVIHABjlAgDWfQEAK34BANkmAADyrAsA38gCAHnZAgDO2QIA2cQMAC7FDACDxQwAnKsNAPGrDQDjuQ0AOLoNAI26DQC09AEACfUBAF71AQAWiQsAa4kLAA+RCgAuGQ4AgxkOANgZDgCz9QEAW+0MAAZLBABbSwQA1XUKAE76DACaVg8A71YPAERXDwCZVw8AWfEKAHOLAQCKvA4AzYcAAE6wAQCMHgAACu0IAF/tCAC07QgAHjUCAGqIDQAxzQEAhs0BAP6qAQDxBQkAJnkLAHt+BgCTFQIARwAOACExAwArfgEAUwACAHnZAgDO2QIA2cQMAC7FDACDxQwAnKsNAPGrDQDjuQ0AOLoNAI26DQCHdgIA3HYCAOgJDgBRUgcAplIHAEpeAgBRUgcA5hcCAMSKBgCMFQkAa5QAAMCUAAAW6QAA38gCAJDDAQDlwwEAc4sBAIq8DgC3SAAAXkIKANnEDADNhwAATrABACkfDQDWfQEAdIkCAFFSBwBf9AEAtPQBAAn1AQBe9QEAs/UBAIccBwDA3gsATrEAAE6xAABrlAAARw4AAKesAQDZJgAA5bYOAGHnDAC25wwAC+gMAGDoDAC16AwAaogNAL+IDQAUiQ0AydMNAGbhDQC74Q0AEOINAGXiDQBf6QwAtOkMAAnqDABf9AEAX/QBABjlAgDmGAEA5hgBADMdBQBKXgIA7WQDAF/0AQAX5wEAbOcBAMHnAQAW6AEAa+gBAMDoAQA9GAAAa5QAALdIAAD4sAEAUVIHAFUAAAD/TQgAUVIHALdIAADNhwAACe8HAF/0AQDZxAwALsUMAIPFDACcqw0ACfUBAF71AQCz9QEAhxwHAMDeCwBOsQAATrEAAGuUAABHDgAAp6wBANkmAADltg4A09YAAJMVAgCRtg0Aa5QAAMCUAAB0NAIA2cQMAC7FDACDxQwATrEAADvDAQCQwwEA5cMBAHOLAQCKvA4At0gAANnEDAAuxQwAg8UMAJmwCwDrBg4AQAcOAJUHDgDqBw4APwgOAJQIDgDpCA4APgkOABjlAgAAAAAAAAAAANZ9AQDeyAMAKR8NAEpeAgBrlAAAVQAAALhGAQB0NAIA4HICAE+uAgDDOgIAXkIKAE6xAAAAAAAAtPQBAAn1AQBe9QEAFokLAGuJCwAPkQoALhkOAIMZDgDYGQ4ATrABAKOwAQD4sAEATbEBAKKxAQD3sQEATLIBAEcOAAA9FgIAPRgAAF/0AQAPkQoALhkOAIMZDgDYGQ4Ajg4OAGTqBgC56gYADusGAGPrBgC46wYADewGAGLsBgDEigYAt0gAAAxJAABhSQAA4HEDAF/0AQAPkQoALhkOAIMZDgDYGQ4APRgAAFFSBwCBywgAK34BAFMAAgAY5QIAD5EKAE76DAAxFg4AhhYOANsWDgAwFw4ARw4AAM2HAADiFwYAVQAAAHOLAQD0CQIAxIoGACgrAgBbTQIAsE0CAMCUAAAW6QAA38gCALdIAAAhMgIAdjICAMsyAgDOegwAUVIHAJwADgDOegwA8A4BAGuUAADAlAAAFukAAOYXAgA7GAIAkBgCAOUYAgA6GQIA5hcCANkmAAD1swEASrQBAF1CCwCyQgsAAAAAABLrAgA9DgoAg8UMAK/uDAAJ9QEAXvUBALP1AQA9FgIAPRYCAGuUAADNhwAA6AkOAE6xAAAoKwIAdDQCAMkxBQDDOgIAA6IFAMSKBgBO/ggAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDhcwAAwzoCAAOiBQDeyAMA2SYAANd1CABrlAAAUVIHAFFSBwCcAA4A8QAOAP9NCADgEQ4ANRIOAJwADgA9GAAATrEAAO1kAwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAFUAAABVAAAAc4sBAH4oBABOsQAAT64CAMM6AgADogUAxIoGAE7+CABOsQAAO8MBALOfAgCmSw4AXkIKAKtTAQD5UAsATlELAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQA9GAAAkhgAACvOBgC3SAAAYPAEAIq/CwD3WwIARw4AAHuDAQBrlAAAPRgAALdIAABOsQAAO8MBALOfAgBTqQMAqKkDAP2pAwBSqgMAp6oDAPyqAwBRqwMA960FAEyuBQChrgUA9q4FAEuvBQCgrwUA9a8FAEqwBQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAF5CCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt0gAAM2HAADWfQEAK34BAGuUAADAlAAAc4sBAM2HAAA4xwAAcI8AAGSQCwD8pgcAUacHAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQB+KAQAK34BACExAwDGiQUAA6IFAM2HAAAJ7wcAfigEAAFSAgDNhwAAwzoCAAOiBQDEigYATv4IAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAwzoCAM2HAADNhwAAIogAAHeIAADMiAAAIYkAAHaJAAAoKwIAdDQCAEcOAACcDgAAjBUJACgrAgBOsQAAa5QAANkmAAD1swEASrQBAF1CCwCyQgsAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBTAAIAqvYJAP/2CQDtuwEAUVIHAPQJAgBOsQAATrEAADvDAQCznwIAU6kDAKipAwD9qQMAUqoDAKeqAwD8qgMAUasDAPetBQBMrgUAoa4FAPauBQBLrwUAoK8FAPWvBQBKsAUA1n0BAHSJAgDJiQIAHooCAHOKAgDIigIAHYsCAEcOAACHdgIA3HYCAMM6AgBeQgoAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAAJ8LAFWfCwBrlAAAq1MBAJpWDwDvVg8ARFcPAJlXDwDuVw8AQ1gPAJhYDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAnwsAVZ8LAE6xAAA7wwEAkMMBAOXDAQBziwEAirwOALdIAAADogUAxIoGAE7+CABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAnwsAVZ8LAAOiBQBYogUAraIFAAKjBQBXowUArKMFAAGkBQD89wsAUfgLAKb4CwD7+AsAUPkLAKX5CwD6+QsA/lUBAACfCwBVnwsAG48AAHCPAABkkAsA/KYHAFGnBwCmpwcA+6cHAFCoBwClqAcAgcsIAMSKBgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAnwsAVZ8LAEcOAAB+0wMA09MDAIq8DgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAACfCwBVnwsACfMDAF7zAwCz8wMACPQDAF30AwCy9AMAB/UDAFz1AwCx9QMABvYDAFv2AwD+VQEAAJ8LAFWfCwDZJgAAc4sBAO1kAwDT1gAAkxUCAO1kAwBHDgAAftMDANPTAwCKvA4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAnwsAVZ8LAKz6AwAB+wMAVvsDAKv7AwAY5QIADEkAAKagDgD7oA4AUKEOACgrAgDmuwgA09YAAJMVAgD0CQIAc4sBAF/0AQAPkQoATvoMAAj2AQBd9gEAsvYBAAf3AQBc9wEAAAAAAF/0AQAK7QgAX+0IAOByAgA+CwwAkwsMAOgLDAA9DAwAhxwHACggDQB9IA0A0iANACchDQB8IQ0A0SENAIccBwAoIA0AfSANANIgDQAnIQ0AfCENANEhDQAPkQoATvoMAAj2AQBd9gEAsvYBAAf3AQBc9wEAaogNAKSiDgCZsAsAJCQNAHnTCAAbjwAAzYcAAJmwCwAkJA0AedMIABuPAADNhwAACe8HAF/0AQBqiA0ApKIOAPmiDgBOow4Ao6MOAPijDgBNpA4AoqQOAPekDgAbjwAAc4sBAHOLAQBf9AEAU6ELAKihCwD9oQsAUqILAEj/DQArfgEAUwACAF/0AQDZGwsAxokFAF5CCgCzQgoARw4AAGuUAADZJgAAt0gAAF/0AQDmFAUAOxUFAJAVBQCpng0A/p4NAFOfDQConw0AUwACAPEFCQBGBgkAX/QBAOYUBQA7FQUAkBUFAKmeDQD+ng0AU58NAKifDQA4xwAARw4AAIweAABRUgcAX/QBAPQJAgDtZAMAGOUCADHNAQD5og4AZJEKAFFSBwBf9AEAjg4OANkmAABf9AEA2RsLAC4cCwA9GAAAa5QAAMCUAABf9AEAD5EKAE76DAAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAhxwHAMnTDQAe1A0AMXcCAIZ3AgBf9AEA2cQMAGDwBACKvwsA378LADTACwBqiA0Av4gNAJmwCwD0CQIAxIoGAP+oAgCtSQkAD5EKAE76DAAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAJMVAgCRtg0A5rYNANnEDABSnw4AYUkAAH1/AwCooQsAKCsCAHQ0AgDgcgIAt0gAAF/0AQDmFAUAT64CANjDDgAtxA4AgsQOAI4ODgDZJgAAX/QBANnEDABSnw4AYUkAALT0AQDyrAsAc4sBAHOLAQDIiwEA09YAANZ9AQArfgEAUwACAF/0AQAPkQoATvoMAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABuPAAAoKwIASP8NACt+AQBTAAIAX/QBAE6mCwCjpgsA6AkOAFFSBwBziwEAfigEACt+AQBTAAIAX/QBAI4ODgDZJgAAX/QBANnEDABSnw4AYUkAAHTSDgDJ0g4AHtMOAHPTDgDI0w4AHdQOAHLUDgDH1A4AHNUOAHHVDgDG1Q4AG9YOAHDWDgA9FgIAkhYCAEz7DQDoCQ4AkhgAABFDAQAMSQAAYUkAAOBxAwBf9AEAD5EKAE76DAAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAjg4OAGTqBgC56gYADusGAGPrBgC46wYADewGAGLsBgAV3wsAat8LAL/fCwAU4AsAGOUCAAAAAAAAAAAAAAAAAF/0AQCpSwsAdCcPAMknDwAeKA8A2RsLAC4cCwDoCA8APQkPAJIJDwDnCQ8APAoPAJmwCwDPKQcAUVIHAO1kAwDNhwAASl4CAD0YAABf9AEAmbALAM8pBwBRUgcAWfEKAD0YAAB0Jw8AyScPAB4oDwDZGwsALhwLAOgIDwA9CQ8AkgkPAOcJDwA8Cg8AmbALAM8pBwBRUgcARw4AAId2AgDcdgIACe8HAF7vBwBTAAIAqvYJAOYYAQBf9AEA2RsLAC4cCwDoCA8APQkPAJIJDwDnCQ8APAoPAPQJAgBJCgIAfyUGAPyrAgBziwEAirwOANkbCwAuHAsA6AgPAD0JDwCSCQ8A5wkPAKgAAgBf9AEAUwACAKr2CQD/9gkAqUsLAHQnDwDJJw8AHigPANkbCwAuHAsA6AgPAD0JDwCSCQ8A5wkPADwKDwBVAAAAuEYBAA1HAQD/qAIA1n0BAFFSBwCcAA4AwJQAADlmCwCHdgIAYPAEAIq/CwDDOgIAXkIKAFMAAgDtZAMAGOUCAKz6AwAB+wMAVvsDAKv7AwDT1gAA1n0BAMaJBQAMSQAAX/QBAA+RCgBO+gwAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAPRYCAJIWAgDZxAwAlAkNAJsDDAAK7QgAX+0IAMCUAADjEQsAOBILAF/0AQBZ8QoArvEKAI66DABVAAAA5hgBAF/0AQAPkQoALhkOAIMZDgAAAAAA2BkOAG/YDQBaoQQAMx0FAOgJDgBRUgcAX/QBALT0AQAJ9QEAXvUBALP1AQDT1gAA1n0BAMaJBQAMSQAAX/QBAA+RCgBO+gwAo/oMAPj6DAAbigUA5hQFADsVBQDWGw4AtJULAAmWCwAJlgsAkwoNAP6qAQDYHgkALR8JAIIfCQAzvw0AiL8NAFUAAAC4RgEADUcBAHbTCwDL0wsAINQLAHXUCwBf9AEA5hQFADsVBQBv2A0AxNgNABnZDQBu2Q0Aw9kNABjaDQB+KAQA3RYMADIXDAB4LAYA7WQDAE6xAACjsQAAjWcLAOJnCwA3aAsAXUILALJCCwBrlAAAwJQAABbpAADfyAIAUwACAKgAAgDNhwAAUp8OAGFJAADgcQMANXIDAJmwCwDusAsAQ7ELANnEDAAuxQwAg8UMAK/uDAAJ9QEAXvUBABaJCwBriQsAlAkNAJsDDACHHAcAjB4AAGuUAADZxAwAUp8OAGFJAAC09AEA5bYOADq3DgCPtw4A5LcOAIccBwDJ0w0AHtQNADF3AgCGdwIAX/QBANnEDABg8AQAir8LAN+/CwAK7QgAX+0IAGqIDQAoKwIA4xELADgSCwBf9AEA5hgBADMdBQD/qAIArUkJAPKsCwAoKwIAX/QBAOYYAQA7GQEAKCsCAHQ0AgDZGwsALhwLANkmAADyrAsAKCsCAOYYAQAzHQUAwzoCAAOiBQDEigYAa5QAAHgsBgD5AAYAt0gAAAOiBQDEigYATv4IAF/0AQC09AEACfUBAF71AQCz9QEAtPQBAPKsCwAoKwIAX/QBANnEDADNhwAATrABAFKfDgBhSQAA4HEDADVyAwD99A0A/PUNAFH2DQCm9g0AtPQBAAn1AQBe9QEA/0gNAFRJDQBf9AEA2cQMAC7FDACDxQwAFegCAKAGBABaRQsAr0ULAARGCwBZRgsArkYLAANHCwBYRwsArUcLADnDAwCOwwMAb9gNAMTYDQAp1AIAftQCAIq8DgCjsAEAFIcPAGmHDwCHdgIA7WQDAO1kAwD8rAEA6bEPAMLXEABRUgcAFz4AAL6HDwATiA8A6bEPAINtDwBfSwAAVUQRAMLXEABRUgcAwtcQAMLXEABRUgcA6bEPAM7LEADC1xAAVUQRAFMAAgDhHgAA8A4BAFVEEQDwDgEAmawPAJmsDwBRUgcAnAAOAOAfAADwDgEA4scAAGRBBQAzaA8AM2gPAMLXEABkQQUAwtcQAIy8DABliw8AuosPAJIIEAAUhw8AaYcPAJ5REABVRBEATAkAAOmxDwBliw8AuosPAPAOAQBwgA8ARqkQAJupEAB8yQ8AUwACAJmsDwBAsA8AlbAPABSHDwBphw8ASlAQAOYYAQCkog4AmawPAGuFDwCZrA8ATv4IAJUEEQCSCBAA6bEPANRwEADC1xAATAkAAEwJAAAElw8AWZcPAK6XDwBVRBEARw4AAFFSBwD8pgcAUVIHAASXDwBZlw8AC+QQAPAOAQAElw8AWZcPAAvkEADhHgAAFIcPAGmHDwAaOQIAX/QBAExTCwDpsQ8AGOUCALdIAACZrA8AdIkCAFFSBwDpsQ8AfCwCAGWLDwC6iw8AmawPALuKDwAQiw8AZYsPAK+VEABliw8Ar5UQAE2iEACZrA8A/5sPAAOYDwBYmA8AcIAPAAOYDwAAAAAAX/QBAASXDwBZlw8ABJcPAFmXDwAElw8AWZcPAA+MDwCSCBAAwiwRABctEQDcIQIAu4oPAHCADwBliw8AuosPANwhAgBRUgcAX/QBAFVEEQBf9AEAay4RAF6SDwC7MxEA6bEPAOmxDwAKRwQACkcEAApHBAAY5QIACe8HACIlDgDfFwkAIiUOAKifDQConw0At0gAADgRDACkoBAAXvYAAEcOAABHDgAApaAPAFChDgBe9gAAmawPAEcOAABQoQ4AmawPAJmsDwCZrA8AmawPAJmsDwBwgA8AcIAPAJmsDwCZrA8AmawPAJmsDwCZrA8AmawPAHCADwBwgA8AcIAPAJmsDwCZrA8AmawPAHCADwBwgA8An6YPAHCADwBwgA8AmawPAF/0AQBf9AEAm6oPAE9PDABf9AEAVUQRACgrAgDYHgkAX/QBAEcOAABHDgAAmawPAJmsDwBziwEAuzMRAASXDwBZlw8AGOUCAOmxDwBVRBEARw4AAOyuDwBf9AEA+q0CAIweAADtZAMA8QUJAD0YAABRUgcAkbwHAFFSBwAjzBAA6bEPANoUEQC7MxEARw4AAKFcAgDT1gAA09YAANPWAABVRBEA09YAAMc2AgATNA4AVUQRAKFcAgBVRBEAAFMCABnWEAAqxRAAf8UQADq2DwBVRBEAvjARABMxEQCHywIA8A4BAFVEEQD1+w4ATAkAAFVEEQBVAAAAPRgAAJwADgCDbQ8A7WQDAAiSEABVAAAAGdYQAEwJAABMCQAATAkAAJpVEADpsQ8Ag20PAId2AgDtZAMAg8IPADTIAwCirwMA2GwQAJsFCgCqRBEAzykHAHCADwBGqRAAm6kQAHvKDwClrAMABJcPAFmXDwAL5BAAH9EPAHCADwBVRBEA4xcFAKarAwBBBBAAcIAPAJmsDwCZrA8ABJcPAFmXDwCZrA8AQLAPAJWwDwCcDgAA6bEPAINtDwBVRBEAX/QBAOmxDwC7MxEAQLAPAJWwDwBf9AEA5BYFAHB/EACtnQoAVUQRAKyjBQBVRBEA2XIJALTmDwDgHwAA6bEPAHvKDwDQyg8AOWEQAFVEEQCHdgIAirwOAOmxDwDOyxAAXvYAAHB/EACqRBEAmawPAECwDwCqRBEAys8QAEEEEACYsgoA97IAAPQJAgBwgA8ARqkQAJupEAAElw8AoaMQAEWuDADzURAAg20PAEcOAADwDgEAds8PAPdNEABMThAAOWEQALdIAABwgA8ARqkQAJupEAB7yg8A0MoPADlhEAC3SAAAOWEQALdIAADNeA8AvtwPAOmxDwDOyxAAkggQAOmxDwAoyA8AfcgPANLIDwD8SBAAX/QBAJsDDABf5g8A6bEPAJmsDwBAsA8AlbAPAAfpDwASPgUAg20PAJUEEQChUwsAqkQRAJmsDwCqRBEAmawPAE/2DwCk9g8A+fYPACjIDwB9yA8A0sgPACfJDwBCWBAAT/YPAKT2DwD59g8AzXgPAEW2BABwgA8ARqkQAJupEAB7yg8A0MoPAH8hCgBVRBEAh3YCAO1kAwBVRBEAcH8QAINtDwAKRwQApqsDAF5CCgCZrA8AQLAPAJWwDwCOYRAA4B8AAHCADwBGqRAAm6kQAFVEEQAY5QIAe8oPANDKDwCu8wgAOWEQALdIAACm9A8A+/QPAFD1DwB7yg8ArKMFAKb0DwCZrA8AOLcQAHCADwCqRBEAmawPAECwDwCqRBEAirwOAF/0AQC7MxEAQLAPAJWwDwA+EQYA6bEPAM7LEABVRBEA8a0LAOmxDwBVRBEAfNMFAMrPEABwgA8AqkQRAGWLDwC6iw8AUVIHAEdTEABP9g8ApPYPAPn2DwC7MxEAQLAPAJWwDwCDwg8Ah3YCAIq8DgDKzxAAVUQRAIq8DgBf9AEArpYQAFFSBwD/qAIAys8QAB/QEAB00BAAzXgPAPAOAQDpsQ8AVUQRAJQJDQCDbQ8AOWYLAHCADwDKzxAAcIAPAMrPEACqRBEAqkQRAKpEEQCZrA8AmawPAMrPEAAf0BAAdNAQAMnQEAC7MxEAQ60PAE9KEQDpsQ8Ae8oPAE9KEQCm9A8Ays8QAHCADwBGqRAAm6kQAHCADwBGqRAAm6kQAFVEEQBBrhAAdn4LAFVEEQCKvA4AVUQRAIQfBwCDbQ8AX/QBAGRBBQDwDgEA6bEPAO2sEABDrQ8AVUQRAAAAAABRUgcAAAAAAP9EEQDpsQ8A7awQAEOtDwBVRBEAAAAAAFFSBwAAAAAAVUQRAFVEEQCHdgIAVUQRAId2AgBVRBEAh3YCAKpEEQCZrA8AQLAPAJWwDwCKvA4AmawPAECwDwCVsA8A6bEPAAAAAADOyxAAmwMMAHCADwBGqRAAm6kQAIi9DwBVRBEAGdYQALdIAAA7XxAAoaMQAM8pBwBDrBAAmKwQAAvkEADtZAMAys8QAB/QEAB00BAA6bEPAOmxDwCZrA8AQLAPAJWwDwC+jggAAAAAAGwuEADBLhAAFi8QAJG8BwA4txAAjbcQAOK3EABVRBEAzXgPAHZ+CwBTqgIAirwOAOmxDwBVRBEACJIQAGuLCQDNeA8AVUQRAE7+CACSCBAABJcPAFmXDwBliw8AuosPAHCADwBGqRAAm6kQAAlJAwDpsQ8AVUQRAFGrAwCZrA8AmawPAECwDwCVsA8AUVIHAOAfAACZrA8A96IQAJmsDwBAsA8AlbAPAGQ1EQAAAAAAcIAPAEapEACbqRAA6bEPAHvKDwDQyg8Ag20PAOmxDwDwBgkAcH8QAINtDwCQGQEAAAAAAFVEEQBwfxAAg20PAJAZAQCzPBAAcIAPAEapEACbqRAA7awQAEOtDwBVRBEATv4IAJmsDwBAsA8AlbAPAFVEEQDtZAMAboEQAF/0AQBTRxAAmawPAF72AAAUjggAt0gAANoUEQDtZAMAZEEFAFVEEQDAlAAAWJcQAAlJAwDsAxAAX/QBAF/0AQDpsQ8AC+QQABA0EQDwDgEAkggQAF/0AQBKUBAAxokFAHvKDwDQyg8A7AMQACt+AQCzPBAACD0QAF09EABRUgcAAAAAAAAAAAAAAAAAVUQRAHB/EAAAAAAAAAAAAAAAAABKUBAA61kQALdIAABf9AEA8A4BAFVEEQAZ1hAAcH8QAFFSBwCZrA8AQQQQAEEEEACZrA8AQ60PAHnZAgBeOxEARqkQAJupEAB7yg8A0MoPAJUEEQC7MxEAQ60PAApHBABwgA8AxYAPAApHBABrlAAAt0gAACQqBwBVRBEAzYcAACQqBwCqRBEA5l4QAOwDEAAElw8AWZcPAA+MDwB7yg8A0MoPALdIAAC3SAAAtOYPAP6qAQA4txAAjbcQAOK3EAA5YRAAVUQRAO1kAwCZrA8AVUQRAFGrAwAhzhAAX/QBAJmsDwBAsA8AlbAPAIhnEADdZxAACkcEAApHBABVRBEAUasDAFGrAwDkFgUArpYQAINtDwAAAAAAVUQRAFVEEQBrlAAA6bEPAFGrAwBBrhAAX/QBAFVEEQDUcBAATAkAAJ9WCgBTAAIAJXUQAHp1EABVAAAAVQAAAKyjBQDpsQ8AX/QBAFVEEQBVRBEAPRgAAHCADwBGqRAAm6kQAJoAEADxrQsApawDAJmsDwBAsA8AlbAPAGqIDQAElw8AoaMQAASWEADUcBAATv4IANRwEADUcBAAUVIHAD0YAAAElw8AoaMQAFmXDwBwgA8A6bEPANRwEAApcRAAfnEQAJUEEQDJexAA86YQAJmsDwBRqwMA6bEPAIAhCQB5KAkAAAAAAENXEACYVxAAAAAAAAAAAADEMgkAS1kGAPGtCwDpsQ8AVUQRAFVEEQBYlxAAt0gAAOmxDwBVRBEApKIOAOmxDwDwDgEAX/QBAOmxDwDrrhAAPRgAAJmsDwBAsA8AlbAPAFVEEQBf9AEAVUQRAF/0AQBVRBEA8A4BAA6MEADwDgEAX/QBAFVEEQBMCQAADowQAEwJAABBrhAATv4IAA6MEAAY5QIAAAAAAO1kAwC4jBAA7WQDAFVEEQBBrhAAm1MRAOmxDwCbUxEAVUQRAJtTEQCZrA8AQLAPAJWwDwBVRBEApKIOAPAOAQCDbQ8ARw4AAEcOAACDbQ8AirwOAEGuEAAY5QIAcIAPAEapEACbqRAAmawPAECwDwCVsA8AX/QBAHQ0AgBVRBEAX/QBAFVEEQDpsQ8AxX8QAF/0AQBf9AEAZEEFAAJKCQCVBBEA6bEPAEwJAABVRBEADowQAF/0AQBliw8AuosPAMrQDwCkog4AyNYLAOmxDwC3SAAA/6gCALdIAAC7MxEAQLAPAJWwDwDpsQ8ApZ8QAFFSBwDtZAMAddQLABjlAgD1+RAAoaMQAPS0AQBf9AEARw4AAAAAAAA5ZgsAAAAAAK+VEAD8nRAAUZ4QAKaeEABVRBEAuzMRAECwDwCVsA8AX/QBAEwJAAAKRwQACkcEAJUEEQBf9AEAcIAPAF/0AQDpsQ8AGOUCAOmxDwCsUAMAGdYQABnWEABqiA0A6bEPAFVEEQBf9AEABJcPAFmXDwC7MxEAQLAPAJWwDwC7MxEAX/QBAFFSBwBVRBEAUVIHAPueEAB/dQsATv4IAEwJAACVBBEAX0cEANIcEQArHA4AXvYAAFVEEQBliw8AuosPAMLcCwD1+RAAgxwLAF/0AQCQtBAAX/QBAIMcCwAV2hAAOrUQAKP7CwAxzQEAcIAPAEapEACbqRAAX/QBAFVEEQBVRBEAuzMRAId2AgCHdgIAuzMRALszEQBRUgcAtZAPAAqRDwCKuhAAUp4PAHCADwCZrA8AQ60PAP0AAgCZsAsAp6wBAAOYDwBwgA8AdjEDADHNAQDkFgUAK8wIAMOLBgBTAAIAt0gAAHMyBQBRUgcAVUQRAIq8DgCo8RAA+q0CAGZCAgD6rQIAZkICABY9AgCtnQoAqkQRAFOqAgBVRBEATAkAAF/0AQCnng8AjB4AAHYxAwBrLhEAX/QBAFVEEQCVBBEAUkcRAF9HBABVRBEAGOUCABjlAgAY5QIAGOUCAOmxDwDpsQ8A7K0QAEOtDwCaqhAATAkAALdIAACHdgIAirwOAHCADwBGqRAAm6kQAJG8BwCZrA8AQLAPAJWwDwB7yg8A0MoPAJmsDwB52QIAFdoQADq1EAAJ6Q0ABJcPAFmXDwAJ6Q0Amq4MAASXDwConBAAuzMRAPeiEABVRBEAX/QBANkmAADZJgAAUwACAOYXAgAzaA8AG9QQAM56DADOyxAAX/QBAFVEEQBf9AEAXusLADG+EABFrgwAX/QBAF/0AQBf9AEAfMwMAB2MAQDyrAsAxigRAJmsDwBTAAIANMALAMYoEQAY5QIAxigRABjlAgDpsQ8AX/QBAF/0AQAV2hAAOrUQAFVEEQAElw8AWZcPAAvkEAA4EgsAX/QBAF/0AQBf9AEAytAPAF/0AQAd0hAA8asNAEcOAABY8AwAZYsPAOmxDwBwgA8ADJMLAIMcCwBkNREAAAAAAIMcCwAF7Q0AAO8QAATuDQBV7xAAkggQAPKnEAC7MxEAQ60PABXaEACcqw0AM2gPAJIIEAAA7xAAkggQAFXvEACSCBAAFdoQADq1EAA3uBAAVQAAAOdlCAC3SAAABpUPAEcOAABf9AEAgxwLADq1EABf9AEABJYQAFtNAgAH6BAAGioRAG8qEQDtZAMAOBILAFFSBwBf9AEAX/QBAF/0AQBVRBEAE+ELABPhCwAT4QsAE+ELAFMAAgBTAAIANBMOAF/0AQAElw8ATfcQABXaEABtLBEAX/QBABXaEADxqw0AX/QBAMLXEAAP4BAABJcPAGTgEABf9AEABukQAFvpEAB3IhEAsOkQAF/0AQBf9AEAFdoQAPGrDQDC1xAAD+AQAASXDwBk4BAAX/QBAORjDQBDAREABJcPAFmXDwC7MxEAQ60PAF/0AQD1+RAAlQQRAJUEEQBe9gAASaYQAJcCEQDzphAAhs0BABPhCwAT4QsAE+ELABPhCwBf9AEAB+gQADu1DwADmA8AVpoPADgSCwCpng0AGjkCAASXDwConBAAwtcQAOmxDwAG6RAA6bEPAJUEEQAY5QIAznoMAM56DABf9AEA8a0LAAbpEABb6RAAUVIHAFFSBwA6tw4ABJcPAFmXDwDxrQsABukQAFvpEABRUgcAUVIHADq3DgAc0xAAcdMQAASXDwChoxAATaIQAAAAAADpsQ8AVUQRAOmxDwB52QIAmawPABXaEADiug0ABJcPAKGjEADbExEAziARALszEQD3ohAAGOUCAFmXDwAL5BAAXkIKAFVEEQBzNQIAVQAAAMYoEQAV2hAA4roNALdIAACZrA8AUVIHAF/0AQAElw8AWZcPADq3DgAUiQ0AGOUCABjlAgD+qgEA/qoBAP6qAQD+qgEAGOUCAOmxDwD+qgEAX/QBAF/0AQBf9AEAAAAAAAAAAAAV2hAAbSwRAASXDwBZlw8AOrcOAOa2DQBVRBEAFdoQAF5CCgBVRBEAFdoQAGsuEQDpsQ8AX/QBAF/0AQDtZAMAPRgAAFFSBwBrlAAAX/QBAAfoEAAaKhEAbyoRAMQqEQAZKxEAbisRAMMrEQAY5QIABJcPAKGjEABs2BAAuzMRAECwDwC7ig8AkhYCABvUEAAVLxEAai8RAL8vEQAUMBEAuzMRAEOtDwC37AYAuzMRAOmxDwARMxEAGOUCAIq8DgBRUgcAmawPAJUEEQDwDgEAzssQAPAOAQDOyxAAZYsPAK+VEADwDgEAX/QBABXaEAA6tRAABJcPAFmXDwCSFgIAhRQRAIUUEQCSFgIAcIAPAHCADwBwgA8AT/YPAHCADwBwgA8AcIAPAHCADwBliw8Ar5UQAHCADwBP9g8AcIAPAEWqEABwgA8ARaoQAHCADwBFqhAAOLcQAEWqEABwgA8ARaoQAHCADwBFqhAAf8YPAEWqEABwgA8ARaoQACjIDwB9yA8ArpcPAF/0AQBf9AEAGOUCAOmxDwA9GAAAirwOAAOYDwDfuhAAqu8QAKrvEAADmA8AWJgPAAnvBwD+RREAGOUCABjlAgBHDgAARw4AAIu6DwDpsQ8Ahs0BAHCADwBVRBEAFIkNAFVEEQBwgA8Ag20PAFVEEQCDbQ8AcIAPAEapEACDbQ8A+EsRAE1MEQBwgA8AGOUCAJGzEADpsQ8AX/QBAF/0AQBf9AEAm1MRAF/0AQBf9AEAX/QBAJtTEQBf9AEAs+8HAJtTEQBVRBEAPAoPAF/0AQBf9AEAm1MRAOmxDwAoyA8AfcgPANLIDwBwgA8A/lUBAMLXEAAP4BAAX/QBALszEQBDrQ8ABJcPAFmXDwAL5BAAKxwOAF6WCwDZFREA0hwRAIq8DgD/mhAAr5UQAE2iEABFrgwAmawPAPeiEABFrgwAVUQRAAnvBwCIvQ8A664QABXaEAA6tRAABJcPAKGjEADbExEAVUQRAINtDwA0wAsAPRgAAFVEEQBO/ggABJcPAFmXDwAL5BAAKR8NAIi9DwB0JREABJcPAE33EAAV2hAAnKsNAFVEEQA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAAAAACAAwAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAABAAAAAAEAAIAAAwAAAAAEAACAAANIRCEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAABQQAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAgAAAAAAAAAAAAAAAgAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAggAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAQAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIABAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAkAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAQAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAABAAAAAAEAAIAAAwAAQAAEAACAAANIRKEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAABEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAASAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAIAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAiAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAIABAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABBAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARDEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAwAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAwAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAA"},"index":{"lists":[[11,12,94,96,97,98],[1,2,4,5,6,7,8,11,12,13,14,15,16,17,38,39,40,41,42,45,46,47,48,51,52,53,54,55,56,57,58,59,60,61,62,66,71,72,74,75,76,77,78,79,80,81,82,83,84,85,89,90,91,92,94,96,97,98,102,107,108,135,138,139,141,152,153,154,157,158,159,160,161,162,170,173,183,184,188,189,192,201,202,206,210,212,213,214,215,217,219,220,222,223,226,227,228,229,243],[1,2,4,5,6,7,8,11,12,13,14,15,16,17,38,39,40,41,42,44,45,46,47,48,51,52,53,54,55,56,57,58,59,60,61,62,66,67,71,72,74,75,76,77,78,79,80,81,82,83,84,85,88,89,90,91,92,94,96,97,98,102,107,108,114,135,138,139,141,152,153,154,157,158,159,160,161,162,170,173,183,184,185,188,189,192,201,202,206,210,212,213,214,215,217,219,220,222,223,226,227,228,229,232,233,234,243],[11,12,64,87,94,96,97,98,191,232,249],[11,12,94,96,97,98,126,127,128,235,236,237,238,239,240,241],[4,5,11,12,94,96,97,98],[11,12,63,65,94,96,97,98],[11,12,94,96,97,98,223,242],[8,11,12,76,94,96,97,98,107,108,133,134,223,228,229],[8,11,12,94,96,97,98,126,127,128],[8,11,12,62,69,74,77,81,82,94,96,97,98,118,126,127,128,129,146,161,162,164,168,176,178,184,186,187,188,189,200,207,208,209,216,243],[11,12,24,25,26,32,33,94,96,97,98,106,167,180,222],[11,12,94,96,97,98,130,255],[10,11,12,94,96,97,98],[1,8,11,12,17,94,96,97,98,126,127,128,155,156,169,210,214,215,243],[8,11,12,19,94,96,97,98,126,127,128,132,155,156,210,214,215,243],[8,11,12,15,16,41,94,96,97,98,126,127,128,155,156,192,210,214,215,227,243],[4,8,11,12,27,94,96,97,98,126,127,128,155,156,157,179,210,214,215,231,243],[0,2,7,8,9,11,12,13,15,30,31,34,35,91,94,96,97,98,126,127,128,149,155,156,157,163,166,192,194,210,211,214,215,218,221,224,243,244,247,250,251,254,256],[3,8,11,12,18,21,30,34,35,37,44,47,48,70,73,92,93,94,96,97,98,102,104,110,111,113,119,126,127,128,131,136,139,142,149,155,156,157,165,172,174,175,181,192,193,204,210,214,215,243,252,257],[8,11,12,94,96,97,98,126,127,128,155,156,210,214,215,243],[8,11,12,94,96,97,98,126,127,128,155,156,157,210,214,215,243],[8,11,12,14,94,96,97,98,126,127,128,155,156,210,214,215,243],[8,11,12,94,96,97,98,126,127,128,155,156,210,214,215,243,248],[8,11,12,90,94,96,97,98,126,127,128,155,156,157,210,214,215,233,243,245,246],[8,11,12,85,93,94,96,97,98,105,109,120,126,127,128,151,155,156,196,210,214,215,233,243],[8,11,12,20,44,94,96,97,98,104,112,126,127,128,141,142,155,156,171,210,214,215,243],[7,8,11,12,36,68,94,96,97,98,126,127,128,155,156,157,210,214,215,243],[8,11,12,13,20,50,94,96,97,98,126,127,128,141,155,156,210,214,215,243],[8,11,12,22,23,43,55,94,96,97,98,103,115,117,121,126,127,128,137,143,144,145,147,148,150,155,156,160,177,182,183,195,198,203,205,206,210,214,215,225,230,243],[8,11,12,16,17,58,94,95,96,97,98,126,127,128,155,156,210,214,215,243],[5,8,11,12,94,96,97,98,126,127,128,155,156,210,214,215,243],[8,11,12,20,94,96,97,98,126,127,128,155,156,210,214,215,243],[11,12,94,96,97,98,101,116,122,123,124,125,140,197,199,253],[11,12,66,94,96,97,98],[8,11,12,28,29,94,96,97,98,126,127,128,210,214,215,243],[11,12,38,94,96,97,98],[11,12,39,40,42,45,46,94,96,97,98],[11,12,49,53,54,56,94,96,97,98],[11,12,52,75,94,96,97,98],[11,12,52,94,96,97,98,99,100],[11,12,52,76,78,94,96,97,98],[11,12,52,94,96,97,98],[11,12,57,59,61,75,94,96,97,98,217],[11,12,60,94,96,97,98,159],[11,12,75,94,96,97,98,217],[11,12,76,78,84,94,96,97,98,234],[11,12,78,94,96,97,98],[11,12,83,89,94,96,97,98,217,234],[11,12,86,94,96,97,98,190],[11,12,94,96,97,98,158],[11,12,94,96,97,98,217],[11,12,94,96,97,98,234],[11,12,80,94,96,97,98,220],[11,12,80,94,96,97,98,220,232],[11,12,80,94,96,97,98,201,202,220],[4,5,11,12,80,94,96,97,98,220],[11,12,80,94,96,97,98,220,223],[8,11,12,76,80,94,96,97,98,107,108,220,223,228,229],[8,11,12,80,88,94,96,97,98,201,202,220],[8,11,12,62,67,71,72,74,77,79,80,81,82,94,96,97,98,161,162,173,184,185,188,189,201,202,220,243],[11,12,80,94,96,97,98,220,222],[1,6,8,11,12,17,80,94,96,97,98,201,202,210,212,213,214,215,220,226,243],[8,11,12,80,94,96,97,98,201,202,210,212,213,214,215,220,243],[8,11,12,15,16,41,80,94,96,97,98,192,201,202,210,212,213,214,215,220,227,243],[4,8,11,12,80,94,96,97,98,157,201,202,210,212,213,214,215,220,243],[2,7,8,11,12,13,15,80,91,94,96,97,98,157,192,201,202,210,212,213,214,215,219,220,243],[8,11,12,44,47,48,80,92,94,96,97,98,102,135,139,157,192,201,202,210,212,213,214,215,220,243],[8,11,12,80,94,96,97,98,170,201,202,210,212,213,214,215,220,243],[8,11,12,80,94,96,97,98,157,201,202,210,212,213,214,215,220,243],[8,11,12,14,80,94,96,97,98,114,201,202,210,212,213,214,215,220,243],[8,11,12,80,90,94,96,97,98,157,201,202,210,212,213,214,215,220,233,243],[8,11,12,80,85,94,96,97,98,201,202,210,212,213,214,215,220,233,243],[8,11,12,44,80,94,96,97,98,141,201,202,210,212,213,214,215,220,243],[7,8,11,12,80,94,96,97,98,157,201,202,210,212,213,214,215,220,243],[8,11,12,13,80,94,96,97,98,135,138,141,201,202,210,212,213,214,215,220,243],[8,11,12,55,80,94,96,97,98,135,160,183,201,202,206,210,212,213,214,215,220,243],[8,11,12,16,17,58,80,94,96,97,98,201,202,210,212,213,214,215,220,243],[5,8,11,12,80,94,96,97,98,201,202,210,212,213,214,215,220,243],[11,12,66,80,94,96,97,98,220],[8,11,12,80,94,96,97,98,201,202,210,214,215,220,243],[11,12,38,80,94,96,97,98,220],[11,12,39,40,42,45,46,80,94,96,97,98,220],[11,12,53,54,56,80,94,96,97,98,220],[11,12,51,52,75,80,94,96,97,98,220],[11,12,52,80,94,96,97,98,220],[11,12,52,76,78,80,94,96,97,98,220],[11,12,57,59,61,75,80,94,96,97,98,152,217,220],[11,12,60,80,94,96,97,98,159,220],[11,12,75,80,94,96,97,98,217,220],[11,12,76,78,80,84,94,96,97,98,154,220,234],[11,12,78,80,94,96,97,98,220],[11,12,80,83,89,94,96,97,98,217,220,234],[11,12,80,94,96,97,98,153,220],[11,12,80,94,96,97,98,154,220],[11,12,80,94,96,97,98,158,220],[11,12,80,94,96,97,98,217,220],[11,12,80,94,96,97,98,220,234]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,112,113,120,123],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,112,113,120,123],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,112,113,115,118,124],[5,6,12,13,65,67,68,69,75,118],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,119],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,114,117],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,116,122,124],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,121],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,112,113,123],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,120],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var ERROR_HEADLINE = /^(?:E {1,8})?(?:Caused by: |Error: |\s{0,8}Suppressed: |\s{0,8})?(?:[A-Za-z_$][\w$]{0,80}\.){0,8}(?:[A-Z][\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \[\w{1,40}\])?: \S|^\s{1,8}[\w-]{1,100}_test\.go:\d{1,6}: \S|^(?:FAIL|Error|error): \S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\d{1,6}:\d{1,6}: (?:fatal )?error|^\s{1,8}[\w-]{1,100}\.go:\d{1,6}: \S|^not ok \d|: Failure$|: FAILED:$|^\s*✘ |^\[ {2}FAILED {2}\] |^(?:FAILURES|ERRORS)!$|\b[1-9]\d{0,5} (?:tests?|specs?) failed\b|^\d{1,6} specs?, [1-9]\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread "|\((?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Error|Exception)\)\s*$|^\s{0,8}\*\* \([A-Z][\w.]{0,200}\)|^Unhandled exception\. |^Fatal error: |^\s{1,8}Error: \S|^(?:ERROR|FATAL): \S|\bERROR: \S|^\S{1,300}:\d{1,6}: (?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception): \S|^thread '[^']{1,300}'(?: \(\d{1,10}\))? panicked at|^\s{2,}(?:Caused by: )?[\w$.]{1,200}(?:Exception|Error) at [\w$]{1,200}\.(?:java|kt|scala|groovy):-?\d{1,6}\s*$/;
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
var CAUSED_BY = /^\s*Caused by: |^\s*---> [\w.]{1,200}(?:Exception|Error)|^\s*--- End of inner exception stack trace ---/;
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
    const confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut || unit.timeoutNoted || loggedBesideTimeout || likelyTeardown ? "ambiguous" : "high";
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
    const marker = this.reportMode ? void 0 : markerOf(line, this.dialectsSeen);
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
      if (link) linkChain(target, link, (f) => IO_ERROR.test(f.text));
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
      this.record({ ruleId: "error.unexplained", title: "An error no rule explains", kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: clip2(text) });
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
