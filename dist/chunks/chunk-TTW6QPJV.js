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
} from "./chunk-IQFUFF6U.js";
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
} from "./chunk-H3GD6XE7.js";
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
var DERIVED = `{"prefilter":{"key":"rules 252\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,30,31,32,41,50,52,55,56,147,212,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,410,412,413,414,415,416,417,418,421,422,423,425],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,36,56,54,55,123,50,47,49,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":8,"quiet":11680,"states":13160,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAAB/XgYABgAAABgeAgAHAAAARwwHAAgAAACZ6AEACQAAAL2LAAAKAAAAAUcAAAsAAAAItAgADAAAAO2QAAANAAAAqxcAAA4AAADadAEADwAAACKtAAAQAAAA7yUAABEAAAAlggEAEgAAABQJAAATAAAAodsBABQAAAB7UAMAFQAAAKsJAgAWAAAAShIBABcAAABF9AEAGAAAAEoLAgAZAAAArP0BABoAAAAEFQIAGwAAAPmYAgAcAAAAqNMCAB0AAAAAAAAAHgAAAGH2DAAfAAAAkAgBACAAAAB9PwIAIQAAAAAAAAAiAAAAV8IBACMAAACS8AAAJAAAAOwtBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA8qABACkAAAB7sQEAKgAAAFcwCgArAAAAXiEMACwAAAAAAAAALQAAALvvAQAuAAAAAAAAAC8AAAAHRAIAMAAAAE/IAgAxAAAALmEOADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAANUXCwA9AAAANSILAD4AAACPDA4APwAAAPs6DABAAAAAAAAAAEEAAAChOwwAQgAAAAAAAABDAAAAs1wMAEQAAACQYQwARQAAAIsuEABGAAAAgHsMAEcAAAB/hwwASAAAAJGoDABJAAAA5KgMAEoAAAA3qQwASwAAAF+7DABMAAAAQ78MAE0AAAD67AwATgAAAM1pDQBPAAAAIGoNAFAAAACqbg0AUQAAAIhgDgBSAAAA22AOAFUAAACmAAAAVgAAAD/bAwBYAAAAPSMJAFkAAAAIPwEAXAAAAE2bAABeAAAA868JAF8AAABcAggAZwAAAOINAgBqAAAAtdYDAHAAAAChPAAAqQAAAPkAAACzAAAAS/gCALUAAADiewoA/AAAAODKDgBRAQAAnwEAAKUBAADyAQAA+QEAAEUCAABNAgAAmAIAAJoCAADrAgAA9AIAAD4DAABIAwAAkQMAAJwDAADkAwAA8AMAADcEAABEBAAAigQAAJQEAADdBAAA6wQAADAFAAA/BQAAgwUAAIUFAADWBQAA4AUAACkGAAA3BgAAfAYAAIEGAADPBgAA3AYAACIHAAAqBwAAdQcAAIUHAADIBwAAygcAABsIAAApCAAAbggAAH8IAAAzyw4AyAgAAIbLDgAWCQAAFK4MABwJAABnCQAAKQkAADhYCgAtCQAAiqkMADAJAACQHAoAbgkAALoJAAB0CQAAumkKAL8JAAANCgAAGQoAAGAKAABjCgAAswoAALsKAAAGCwAAEwsAAFkLAABeCwAArAsAALYLAAD/CwAABwwAAFIMAABeDAAApQwAAGEMAAATBwIAuAwAAPgMAAAGDQAASw0AAE4NAACeDQAAqA0AANnLDgDzDQAAJ3EAAPQNAACRogEA9g0AAEQOAAD6DQAAmFsLAPsNAACxZwIA/A0AAJABAgD9DQAA1B0AAP4NAACTkAwA/w0AAF16AQAADgAAqS8AAAIOAAAdLgMABQ4AAGW5AgAODgAAcrwDABEOAACajwwASg4AAJcOAABTDgAAnEAIAJ0OAADqDgAA/g4AAD0PAABSDwAAkA8AAJgPAADjDwAA7Q8AADYQAAA7EAAAiRAAAI4QAADcEAAA5BAAAC8RAABFEQAAghEAAIQRAADVEQAA4hEAACgSAAA8EgAAexIAAIMSAADOEgAA3RIAACETAAAyEwAAdBMAAIITAADHEwAA0xMAABoUAAAnFAAAbRQAAHcUAADAFAAAwxQAABMVAAAbFQAAZhUAAGgVAAC5FQAAyhUAAAwWAAASFgAAXxYAAGsWAACyFgAAtBYAAAUXAAAMFwAAWBcAAGwXAAAszA4ArBcAAKeLDgCtFwAAECsCALAXAAD+FwAAtBcAAIzeAQC5FwAA5x0DAAAYAABXyQAAARgAAJjKBwAFGAAA6OAJAAYYAABRGAAACBgAAHc7AQAJGAAAj5AHAAsYAAD2oAYADRgAAKy+CgAPGAAAmXIGABQYAAA5MQIAFxgAAMQNBgBSGAAApBgAAFQYAABF2AUAVxgAAGvfCgC7GAAA9xgAAA8ZAABKGQAAVRkAAJ0ZAAC2GQAA8BkAAPIZAABDGgAAXRoAAJYaAAClGgAA6RoAAO4aAAA8GwAASRsAAI8bAACfGwAA4hsAAOobAAA1HAAAQRwAAIgcAACVHAAA2xwAAOUcAAAuHQAANB0AAIEdAACVHQAAf8wOANodAAAnHgAA3h0AAE8vDADrHQAA++4KAEIeAAB6HgAAhh4AAM0eAADTHgAAIB8AACMfAABlpAUAKB8AAHMfAAB2HwAA0cQFAHofAADGHwAAfh8AADWmBACBHwAAi4kDAMsfAAAZIAAAJSAAAGwgAABvIAAAvyAAAMcgAAASIQAAHyEAAGUhAABqIQAAuCEAAMIhAAALIgAAEyIAAF4iAABhIgAAsSIAALoiAAAEIwAABSMAAFcjAABYIwAAqiMAAK8jAAD9IwAAAyQAAFAkAABaJAAAoyQAAKskAAD2JAAA+SQAAEklAABMJQAAnCUAAK0lAADSzA4A8SUAALOpAQD0JQAAhy4LAPglAAC+HQ4A+yUAAEImAAD9JQAARCkIAFomAACVJgAAmCYAAOgmAAD0JgAAOycAAEgnAACOJwAAlScAAOEnAADjJwAANCgAAD0oAACHKAAAkSgAANooAADlKAAALSkAAEkpAACAKQAAiCkAACXNDgDYKQAAJioAAC4qAAB5KgAAeioAAMwqAADOKgAAHysAACIrAAByKwAAdSsAAHjNDgDKKwAAGCwAAB4sAABrLAAAciwAAL4sAADGLAAAES0AABQtAABkLQAAbS0AALctAAC4LQAACi4AAAsuAABdLgAAbi4AALAuAAC+LgAAAy8AAA8vAABWLwAAXS8AAMvNDgCvLwAA/C8AAP4vAABPMAAAZTAAAKIwAACqMAAA9TAAAPcwAABIMQAAUTEAAJsxAAClMQAA7jEAAPkxAABBMgAATTIAAJQyAAChMgAA5zIAAPEyAAA6MwAASDMAAI0zAACcMwAA4DMAAOIzAAAzNAAAPTQAAIY0AACUNAAA2TQAAN40AAAsNQAAOTUAAH81AACHNQAA0jUAANg1AAAlNgAAMTYAAHg2AACVNgAAyzYAANQ2AAAeNwAALDcAAHE3AAB3NwAAxDcAANA3AAAXOAAAGjgAAGo4AAByOAAAvTgAAM44AAAQOQAAHjkAAGM5AAB8OQAAtjkAALc5AAAJOgAAJjoAAB7ODgBhOgAArzoAALU6AAACOwAACjsAAFU7AABeOwAAqDsAAKs7AAD7OwAABzwAAE48AABUPAAAxM4OAL08AAD0PAAA/DwAABfPDgBKPQAAmj0AAKs9AADtPQAA9T0AAEA+AABOPgAAkz4AAJY+AADmPgAA7j4AADk/AABGPwAAjD8AAJE/AADfPwAA6T8AADJAAAA6QAAAhUAAAJFAAADYQAAA5UAAACtBAAAtQQAAfkEAAJdBAADRQQAA4kEAACRCAAAwQgAAd0IAAH5CAADKQgAA0kIAAB1DAAAiQwAAcEMAAH1DAADDQwAAy0MAABZEAAAgRAAAaUQAAHREAAC8RAAAyEQAAA9FAAAXRQAAas8OAG5FAAC1RQAAu0UAAAhGAAAjRgAAW0YAAGdGAACuRgAAtEYAAL3PDgAGRwAA0xsCAAdHAACS1AQACEcAAP3yBgAMRwAAVEcAAA1HAAAu1wkAD0cAAHBzBQAVRwAA5yQCAFpHAAAFCA4AYEcAAKdHAACtRwAAIF0DAK9HAAAQ0A4ABkgAAE1IAABTSAAAoEgAALtIAADzSAAA/0gAAEZJAABMSQAAmUkAAKFJAADsSQAA8kkAAD9KAABLSgAAkkoAAK9KAADlSgAA7koAADhLAABESwAAi0sAAI5LAADeSwAA6EsAADFMAAA9TAAAhEwAAItMAADXTAAA30wAACpNAAArTQAA/14AAC1NAAB9TQAAjE0AANBNAADWTQAAI04AACVOAAB2TgAAjE4AAMlOAADnTgAAHE8AADVPAABvTwAAcU8AAMJPAADFTwAAFVAAACFQAABoUAAAb1AAALtQAADDUAAADlEAABBRAABhUQAAalEAALRRAAC+UQAAB1IAABJSAABaUgAAZlIAAK1SAAC6UgAAAFMAAApTAABTUwAAYVMAAKZTAAC1UwAA+VMAAPtTAABMVAAAVlQAAJ9UAACtVAAA8lQAAPdUAABFVQAAUlUAAJhVAACtVQAA61UAAPNVAAA+VgAAV1YAAJFWAACaVgAA5FYAAO5WAAA3VwAAP1cAAIpXAACXVwAA3VcAAOJXAAAwWAAAOFgAAINYAACEWAAA1lgAANhYAAApWQAALFkAAHxZAAB/WQAAY9AOANRZAAAiWgAAKFoAAHVaAAB8WgAAyFoAANBaAAAbWwAAH1sAAG5bAABwWwAAwVsAAMRbAAAUXAAAHFwAAGdcAABoXAAAulwAAMBcAAANXQAAEl0AAGBdAAB7XQAAs10AAMFdAAAGXgAADV4AAFleAABlXgAArF4AALNeAAC20A4AAV8AAFJfAABVXwAApV8AAKhfAAAJ0Q4A/V8AAEtgAABRYAAAnmAAAKVgAADxYAAAD2EAAERhAABdYQAAl2EAAJlhAADqYQAA7WEAAD1iAABJYgAAkGIAAJdiAADjYgAA62IAADZjAAA4YwAAiWMAAJJjAADcYwAA5mMAAC9kAAA6ZAAAgmQAAI5kAADVZAAA4mQAAChlAAAyZQAAe2UAAIllAADOZQAA3WUAACFmAAAjZgAAdGYAAH5mAADHZgAA1WYAABpnAAAfZwAAbWcAAHpnAADAZwAA1WcAABNoAAAbaAAAZmgAAH9oAAC5aAAAwmgAAAxpAAAWaQAAX2kAAGdpAACyaQAAv2kAAAVqAAAKagAAWGoAAGBqAACragAArGoAAP5qAAAAawAAUWsAAFRrAACkawAAp2sAAFzRDgD8awAASmwAAFBsAACdbAAApGwAAPBsAAD4bAAAQ20AAEdtAACWbQAAmG0AAOltAADsbQAAPG4AAERuAACPbgAAkG4AAOJuAADobgAANW8AADpvAACIbwAAo28AANtvAADpbwAALnAAADVwAACBcAAAjXAAANRwAADbcAAAr9EOACpxAAB6cQAAi3EAAM1xAADVcQAA34sBAOlxAAAgcgAAKHIAAALSDgCCcgAAxnIAAMxyAAAZcwAAG3MAAGxzAACCcwAAv3MAAN1zAAASdAAAFXQAAGV0AABxdAAAuHQAAL50AAALdQAAJnUAAF51AABqdQAAsXUAALd1AAAEdgAAInYAAFd2AABndgAAqnYAALh2AAD9dgAAA3cAAFB3AABTdwAAo3cAAK13AAD2dwAAFHgAAEl4AABfeAAAnHgAAKh4AADveAAA8ngAAEJ5AABFeQAAlXkAAJd5AADoeQAA/3kAADt6AABHegAAjnoAAKp6AADhegAA6XoAAFXSDgBFewAAh3sAAJV7AADaewAA5nsAAC18AAA6fAAAgHwAAIp8AADTfAAA23wAACZ9AAAnfQAAeX0AAHt9AADMfQAAz30AAB9+AAAifgAAqNIOAHd+AADFfgAAy34AABh/AAAffwAAa38AAHN/AAC+fwAA1H8AABGAAAAagAAAZIAAAGeAAAC3gAAAwYAAAAqBAAASgQAAXYEAAHaBAACwgQAAvIEAAAOCAAALggAA+9IOAF6CAACpggAArIIAAPyCAAAGgwAAT4MAAFWDAACigwAAsIMAAPWDAAAChAAASIQAAF+EAABO0w4AnIQAAACeDQCehAAAIqYBAKGEAAAGUAIAooQAALnkBgCjhAAAXL0FAKSEAACIwgAApYQAAFUtAgCohAAA03QNAKqEAADuhAAArIQAAE+lBwCxhAAAL+cFALKEAABtEwwA+IQAALKECAD9hAAAQYUAAE2FAACUhQAAlYUAAP+cAwCXhQAA54UAAOqFAAA6hgAAQYYAAIaAAQBChgAAjYYAAFKGAAD8KAEAlIYAAOCGAADshgAAM4cAAECHAACGhwAAlIcAANmHAADlhwAALIgAADOIAAB/iAAAh4gAANKIAADiiAAAJYkAACqJAAB4iQAAfokAAMuJAADTiQAAHooAACeKAABxigAAdIoAAMSKAADQigAAF4sAAB2LAACh0w4AiYsAAPTTDgDKiwAAEIwAABKMAAA3/QAAE4wAAL5xAgAXjAAA5JsCABuMAADOGAsAHIwAAELFAQAfjAAApRILACmMAAA3SQIAMIwAAGOMAABwjAAAtowAALuMAAAJjQAADY0AAFyNAABpjQAAr40AALeNAAACjgAAuo0AAG7CCQAJjgAAVY4AABGOAADbWgMAV44AAKiOAACyjgAA+44AAP2OAABOjwAAZ48AAKGPAACjjwAA9I8AAPePAABHkAAAU5AAAJqQAACikAAAR9QOAPOQAABAkQAA9ZAAAK2IEAD8kAAASfsFAP6QAACAUgYAAJEAAK1LAQAJkQAA3vcLAEaRAACa4wAAWJEAAJORAACVkQAA5pEAAKCRAAAApgAArJEAALyXAAD1kQAAOZIAAEiSAACMkgAAmJIAAN+SAADikgAAMpMAADWTAACFkwAAnZMAANiTAADfkwAAK5QAADeUAAB+lAAAi5QAANGUAADflAAAJJUAADCVAAB3lQAAfpUAAMqVAADilQAAHZYAACmWAABwlgAAdpYAAMOWAADJlgAAFpcAABuXAABplwAAb5cAAO3UDgC+lwAAD5gAABaYAABimAAAepgAALWYAAC8mAAACJkAACGZAABbmQAAc5kAAK6ZAAC6mQAAAZoAAAeaAABUmgAAWpoAAKeaAACsmgAA+poAAACbAABA1Q4AZpsAAKCbAACxmwAA85sAAAGcAABGnAAAVZwAAJmcAAChnAAA7JwAAAydAAA/nQAAS50AAJKdAACmnQAA5Z0AAO2dAAA4ngAAPp4AAIueAACXngAA3p4AAOieAAAxnwAAN58AAISfAACSnwAA158AAOOfAAAqoAAARaAAAH2gAAB/oAAA0KAAAOGgAAAjoQAAK6EAAHahAACEoQAAyaEAAMyhAAAcogAAJKIAAG+iAAB8ogAAwqIAAMeiAAAVowAAH6MAAGijAABwowAAu6MAAL2jAAAOpAAAH6QAAGGkAABypAAAtKQAALmkAAAHpQAAC6UAAFqlAABmpQAAraUAALSlAACT1Q4ABaYAAFOmAABdpgAApqYAAL6mAAD5pgAA/KYAAEynAABVpwAAn6cAAKCnAADypwAA86cAAEWoAABKqAAAmKgAAJ6oAADrqAAA9agAAD6pAABKqQAAkakAAJipAADkqQAA/KkAADeqAAA5qgAAiqoAAJOqAADdqgAA56oAADCrAAA7qwAAg6sAAJurAADWqwAA7KsAACmsAAAurAAAfKwAAIOsAADPrAAA26wAAObVDgAkrQAAKZ4CACetAACduAEAK60AANDQBQAtrQAA9F4HADOtAAB1rQAAd60AAMBZAgCDrQAAyK0AANStAAAbrgAA160AADbYBwAorgAAbq4AAHiuAADBrgAAwq4AABd8DgDJrgAAFK8AABuvAABnrwAAL68AAPOUAQBsrwAAuq8AAMavAAANsAAAELAAAGCwAABosAAAs7AAAMCwAAAGsQAAC7EAAFmxAABjsQAArLEAALSxAAD/sQAAArIAAFKyAABbsgAApbIAAKayAAD4sgAA+bIAAEuzAABQswAAnrMAAKSzAADxswAA+7MAAES0AABMtAAAl7QAAJm0AADqtAAA87QAAD21AABHtQAAkLUAAJu1AADjtQAA77UAADa2AABDtgAAibYAAJO2AADctgAA6rYAAC+3AAA+twAAgrcAAIS3AADVtwAA37cAACi4AAA2uAAAe7gAAIC4AADOuAAA27gAACG5AAApuQAAdLkAAHW5AADHuQAAzbkAABq6AAAfugAAbboAAHe6AADAugAAxboAABO7AAAiuwAAZrsAAGu7AAC5uwAAyrsAAAy8AAAUvAAAX7wAAGW8AACyvAAAvrwAAAW9AAAivQAAWL0AAGG9AACrvQAAt70AAP69AAABvgAAUb4AAFu+AACkvgAAsL4AAPe+AAD+vgAASr8AAFK/AACdvwAAtr8AAPC/AAAEwAAAQ8AAAEvAAACWwAAAmcAAAOnAAAD1wAAAPMEAAELBAACPwQAAqsEAAOLBAADuwQAANcIAADvCAAA51g4AksIAANvCAADmwgAALsMAADbDAABd1AAAOsMAAIHDAACOwwAA1MMAAN7DAAAnxAAANcQAAHrEAACJxAAAzcQAAM/EAAAgxQAAKsUAAHPFAACBxQAAxsUAAMvFAAAZxgAAJsYAAGzGAAB0xgAAv8YAAMDGAAASxwAAw8YAAFhjAQDPxgAATogBACPHAABlxwAAbscAALjHAADPxwAAC8gAABnIAABeyAAAa8gAALHIAAC5yAAABMkAACPJAACM1g4AYMkAAKrJAAC0yQAA/ckAAAjKAADf1g4AUsoAAKPKAACsygAA9soAAADLAABJywAAVMsAAJzLAACoywAA78sAAPzLAABCzAAATMwAAJXMAACjzAAA6MwAAPfMAAA7zQAAPc0AAI7NAACYzQAA4c0AAO/NAAA0zgAAOc4AAIfOAACUzgAA2s4AAOLOAAAtzwAAM88AAIDPAACMzwAA088AAPDPAAAm0AAAL9AAAHnQAACH0AAAzNAAANLQAAAf0QAAK9EAAHLRAAB50QAAMtcOAMfRAAAFCQIAy9EAABjSAAAd0gAAa9IAACbSAAAUQAQAeNIAAL7SAADV0gAAEdMAABLTAABk0wAAZtMAALfTAAC60wAACtQAAA3UAACF1w4AftQAALDUAACx1AAAA9UAAAXVAABW1QAAWdUAAKnVAACs1QAA2NcOAAHWAABP1gAAVdYAAKLWAACp1gAA9dYAABfXAABI1wAAUNcAAJvXAACq1wAA7tcAAPDXAABB2AAAUtgAAJTYAACl2AAA59gAAPPYAAA62QAAQdkAAI3ZAACV2QAA4NkAAOTZAAAz2gAAQdoAAIbaAACQ2gAA2doAAOTaAAAs2wAAMdsAAH/bAACI2wAA0tsAANzbAAAl3AAALdwAAHjcAAB63AAAy9wAANjcAAAe3QAAMt0AAHHdAAB53QAAxN0AAMXdAAAX3gAAGd4AAGreAABt3gAAvd4AAMDeAAAr2A4AFd8AAGPfAABp3wAAtt8AAL3fAAAJ4AAAEeAAAFzgAABr4AAAr+AAALTgAAAC4QAAD+EAAFXhAABl4QAAqOEAALbhAAD74QAAEuIAAE7iAABX4gAAoeIAAKfiAAD04gAAAOMAAEfjAABO4wAAftgOAJ/jAAAZuAIAouMAAO3jAACn4wAAmQoJAPzjAABA5AAAUeQAAJPkAACh5AAA5uQAAPLkAAA55QAARuUAAIzlAACW5QAA3+UAAOflAAAy5gAANeYAAIXmAACR5gAA2OYAAOXmAAAr5wAANecAAH7nAACG5wAA0ecAANPnAAAk6AAALegAAHfoAACB6AAAyugAANXoAAAd6QAAMukAAHDpAAB46QAAw+kAANzpAAAW6gAAH+oAAGnqAABz6gAAvOoAAMTqAAAP6wAAHOsAAGLrAABn6wAAtesAAL3rAAAI7AAACewAAFvsAABd7AAAruwAALHsAAAB7QAABO0AANHYDgBZ7QAAp+0AAK3tAAD67QAAAe4AAE3uAABV7gAAoO4AAK7uAADz7gAA9u4AAEbvAABO7wAAme8AAJzvAADs7wAA+O8AAD/wAABJ8AAAJNkOAJPwAADugwwAlPAAAOXwAACV8AAAVjULAJzwAAAzhgwAnfAAANSnBACh8AAAkfUBAKLwAADE6goAtvAAAK/ZAQDu8AAAOPEAAELxAACL8QAAlvEAAN7xAADq8QAAMfIAAD7yAACE8gAAjvIAANfyAADl8gAAKvMAADnzAAB98wAAf/MAANDzAADa8wAAI/QAADH0AAB29AAAe/QAAMn0AADW9AAAHPUAACz1AABv9QAAcfUAAML1AADQ9QAAFfYAACb2AAB32Q4Ab/YAAMrZDgDD9gAAHdoOABf3AABh9wAAa/cAALT3AAC/9wAAB/gAABP4AABa+AAAZ/gAAK34AAC3+AAAAPkAAA75AABT+QAAYvkAAKb5AACo+QAA+fkAAAP6AABM+gAAWvoAAJ/6AACk+gAA8voAAP/6AABF+wAATfsAAJj7AACo+wAA6/sAAO37AAA+/AAATPwAAJH8AACi/AAAcNoOAOv8AADD2g4AUP0AAIr9AACb/QAA3f0AAOn9AAAw/gAAOP4AABbbDgCI/gAA1v4AAN7+AAAp/wAAK/8AAHz/AAAu/wAA/9oGADj/AAA9mQQAhf8AAM//AACL/wAAflUJANn/AAAiAAEALQABAHUAAQCBAAEAyAABANUAAQAbAQEAJQEBAG4BAQB8AQEAwQEBANABAQAUAgEAFgIBAGcCAQBxAgEAugIBAMYCAQANAwEAFQMBAGnbDgBjAwEAswMBAMEDAQAGBAEAEwQBAFkEAQBwBAEArAQBALQEAQD/BAEAFQUBAFIFAQBeBQEApQUBALQFAQD4BQEAAwYBAEsGAQBNBgEAngYBAKsGAQDxBgEA/wYBAEQHAQBHBwEAlwcBAK0HAQDqBwEA8gcBAD0IAQBPCAEAvNsOAJ0IAQATwQsAnwgBAOMIAQDoCAEANgkBAD0JAQCJCQEAlQkBANwJAQDpCQEALwoBADEKAQCCCgEAmAoBANUKAQDhCgEAKAsBAEcLAQB7CwEAlwsBAM4LAQDWCwEAD9wOACMMAQB0DAEAfQwBAMcMAQDRDAEAGg0BACUNAQBtDQEAeQ0BAMANAQDNDQEAEw4BAB0OAQBmDgEAdA4BALkOAQDIDgEADA8BAA4PAQBfDwEAaQ8BALIPAQDADwEABRABAAoQAQBYEAEAZRABAKsQAQC7EAEA/hABAAARAQBREQEAXxEBAKQRAQC1EQEAYtwOAP4RAQC13A4ATBIBAPjpBABPEgEAnRIBAFMSAQAnvQEAVhIBAKcWBwBYEgEAOJcBAF4SAQDZawQApBIBABg5CgCqEgEA8BIBAAcTAQBDEwEASBMBAJYTAQCZEwEA6RMBAKATAQAtrAUAshMBAI22BQDuEwEACrEFAPUTAQA8FAEAQhQBADsgAQBLFAEAjxQBAJgUAQDiFAEA6BQBADUVAQBDFQEAiBUBAJIVAQDbFQEA7xUBAC4WAQA6FgEAgRYBAJQWAQDUFgEA4xYBACcXAQAzFwEAehcBAHsXAQDNFwEA1xcBACAYAQAuGAEAcxgBAHgYAQDGGAEA0xgBAFvdDgAsGQEAbBkBAHsZAQC/GQEAyxkBABIaAQATGgEAZRoBAG8aAQC4GgEAxhoBAAsbAQAQGwEAXhsBAGsbAQBU3g4AsxsBAAQcAQANHAEAVxwBAGEcAQCqHAEAtRwBAP0cAQAJHQEAUB0BAF0dAQCjHQEArR0BAPYdAQAEHgEASR4BAFgeAQCcHgEAnh4BAO8eAQD5HgEAQh8BAFAfAQCVHwEAoh8BAOgfAQD/HwEAp94OAFYgAQCOIAEAmiABAOEgAQDnIAEANCEBAEAhAQCHIQEAjSEBANohAQDgIQEALSIBADIiAQCAIgEAhiIBAPreDgDcIgEAJiMBADAjAQB5IwEAhCMBAMwjAQDYIwEAHyQBACwkAQByJAEAfCQBAMUkAQDTJAEAGCUBACclAQBrJQEAbSUBAL4lAQDIJQEAESYBAB8mAQBkJgEAaSYBALcmAQDEJgEACicBABInAQBdJwEAbScBALAnAQCyJwEAAygBABEoAQBWKAEAZygBAPPfDgCwKAEARuAOAAIpAQBPKQEAWykBAKIpAQCyKQEA9SkBAP4pAQBIKgEASyoBAJsqAQCnKgEA7ioBAPUqAQBBKwEASSsBAJQrAQCyKwEA5ysBAO8rAQA6LAEASywBAI0sAQCSLAEA4CwBAPcsAQAzLQEAQS0BAIYtAQCTLQEA2S0BAOEtAQAsLgEAMC4BAH8uAQCBLgEA0i4BANUuAQAlLwEALS8BAHgvAQB+LwEAyy8BANcvAQAeMAEALjABAHEwAQB6MAEAxDABAMcwAQAXMQEAIzEBAGoxAQBxMQEAmeAOAMYxAQAQMgEAEzIBAGMyAQBxMgEAtjIBAMMyAQAJMwEAIDMBAFwzAQBkMwEArzMBALEzAQACNAEACzQBAFU0AQBfNAEAqDQBALM0AQD7NAEABzUBAE41AQBbNQEAoTUBAKs1AQD0NQEAAjYBAEc2AQBWNgEAmjYBAJw2AQDtNgEA9zYBAEA3AQBONwEAkzcBAJg3AQDmNwEA8zcBADk4AQBBOAEAjDgBAKI4AQDfOAEA6zgBADI5AQBBOQEAhTkBAJA5AQDYOQEA2jkBACs6AQA4OgEAfjoBAIw6AQDROgEA1DoBACQ7AQA6OwEA7OAOAH87AQDx/wEAhTsBAOFsAgCPOwEAyjsBAMw7AQAdPAEALjwBAHA8AQCBPAEAwzwBAMg8AQAWPQEAGj0BAGk9AQB1PQEAvD0BAMM9AQAPPgEAFz4BAGI+AQCAPgEAtT4BAL0+AQA/4Q4ADT8BAFs/AQBcPwEATZoMAGo/AQAjVAsAdD8BAK4/AQCwPwEAAUABABpAAQBUQAEAZUABAKdAAQCzQAEA+kABAPxAAQBNQQEAVkEBAKBBAQBcQQEAI0cBAKpBAQDzQQEA/kEBAEZCAQBSQgEAmUIBAKZCAQDsQgEA9kIBAD9DAQBNQwEAkkMBAKFDAQDlQwEA50MBADhEAQBCRAEAi0QBAJlEAQDeRAEA40QBADFFAQA+RQEAhEUBAJBFAQDXRQEA3UUBACpGAQAwRgEAfUYBAIJGAQDQRgEA1kYBAJLhDgAyRwEAdkcBAIJHAQDJRwEAzEcBABxIAQAfSAEAb0gBAHZIAQDCSAEAzkgBABVJAQAiSQEAaEkBAHZJAQC7SQEAx0kBAA5KAQAVSgEA5eEOAGdKAQC0SgEAukoBAAdLAQAMSwEAWksBAGBLAQA44g4ArksBADjqAQC3SwEAuNQKALlLAQCxuQ4Au0sBAA5XCwC8SwEAAEwBAAxMAQBTTAEAVEwBAKZMAQBfTAEAnmYLALBMAQD5TAEAB00BAExNAQBRTQEAn00BAKxNAQCL4g4A9E0BAOkgCwAATgEAlxQLABVOAQDe4g4Aa04BAJhOAQC/TgEA604BAA9PAQA+TwEARk8BADHjDgCdTwEA5E8BAOZPAQA3UAEAOlABAIpQAQCPUAEA3VABAOpQAQAwUQEATFEBAINRAQCLUQEAhOMOAN9RAQApUgEA41EBAONbAQAsUgEAfFIBAIhSAQDPUgEA1VIBACJTAQAvUwEAdVMBAHdTAQDIUwEA3lMBABtUAQAnVAEAblQBAHZUAQDX4w4Ax1QBABRVAQAcVQEAZ1UBAGhVAQC6VQEAvFUBAA1WAQAQVgEAYFYBAGNWAQAq5A4AuFYBAAZXAQAMVwEAWVcBAGBXAQCsVwEAtFcBAP9XAQAMWAEAUlgBAFdYAQClWAEAr1gBAPhYAQAAWQEAS1kBAE1ZAQCeWQEAr1kBAPFZAQACWgEARFoBAElaAQCXWgEAm1oBAOpaAQD2WgEAPVsBAERbAQCQWwEAolsBAH3kDgDoWwEANlwBAD5cAQCJXAEAi1wBANxcAQDrXAEAL10BAD5dAQCCXQEAjl0BANVdAQDYXQEAKF4BACteAQB7XgEAg14BAM5eAQDYXgEAIV8BACZfAQB0XwEAfF8BAMdfAQDRXwEAGmABACVgAQBtYAEAe2ABAMBgAQDDYAEAE2EBABthAQBmYQEAgWEBALlhAQDEYQEADGIBABFiAQBfYgEAYmIBALJiAQC8YgEABWMBABdjAQDQ5A4AZmMBAKtjAQC1YwEA/mMBAAlkAQBRZAEAWWQBAKRkAQCqZAEA92QBAPlkAQBKZQEAY2UBAJ1lAQC2ZQEA8GUBAP5lAQBDZgEATWYBAJZmAQCsZgEA6WYBAAZnAQA8ZwEARGcBAI9nAQCfZwEA4mcBAORnAQA1aAEAQ2gBAIhoAQCZaAEAI+UOAOJoAQB25Q4AL2kBAIFpAQCSaQEA1GkBAOBpAQAnagEAKWoBAHpqAQB9agEAzWoBANlqAQAgawEAKGsBABzmDgB+awEAxmsBANJrAQAZbAEAKGwBAGxsAQCMbAEAv2wBAMdsAQASbQEAJm0BAGVtAQBqbQEAuG0BAMFtAQALbgEAEW4BAF5uAQBmbgEAsW4BAMBuAQAEbwEACW8BAFdvAQBkbwEAqm8BALdvAQD9bwEACXABAFBwAQBfcAEAo3ABAK1wAQD2cAEABHEBAElxAQBOcQEAnHEBAKlxAQDvcQEA93EBAEJyAQBFcgEAlXIBAKFyAQDocgEA8nIBADtzAQBFcwEAjnMBAJxzAQDhcwEA7nMBADR0AQBLdAEAh3QBAIp0AQBv5g4A3XQBABKyAwDkdAEAxVsFAOd0AQAtdQEA6nQBAEeWCwDrdAEALHoCAPB0AQDoCgQANHUBAMJBAgA3dQEAPzUDADx1AQBRYw0ASHUBAIB1AQCCdQEA03UBAOR1AQAmdgEANHYBAHl2AQCAdgEAzHYBAM52AQAfdwEA0XYBAJ1eAgDUdgEAW5IBAC53AQBydwEAgXcBAMV3AQDRdwEAGHgBABt4AQBreAEAbngBAL54AQDeeAEAEXkBAB15AQBkeQEAeHkBALd5AQDFeQEACnoBABF6AQDC5g4AdHoBALB6AQCyegEA0fQKALN6AQDY8woAvXoBAAN7AQAFewEAVnsBAGB7AQCpewEAZ3sBAGL4CgCyewEA/HsBAAJ8AQBPfAEAW3wBAKJ8AQCpfAEA9XwBAPp8AQBIfQEAVH0BAJt9AQCefQEA7n0BAPt9AQBBfgEARn4BAJR+AQCefgEA534BAP1+AQA6fwEAPH8BAI1/AQCXfwEA4H8BAO9/AQAzgAEAPoABABXnDgCSgAEA2YABAOaAAQAsgQEAOoEBAH+BAQCLgQEA0oEBANmBAQBo5w4AKoIBAHiCAQAxggEAQSMOADOCAQAYEAQAeoIBAO17AwB9ggEA4O0JAI+CAQDLggEA2YIBAB6DAQArgwEAcYMBAHmDAQDEgwEAzoMBAHXWBgDUgwEAF4QBABmEAQBqhAEAeIQBAL2EAQDOhAEAu+cOABeFAQAO6A4AaIUBALaFAQC8hQEACYYBABGGAQBchgEAZYYBAK+GAQCyhgEAAocBAA6HAQBVhwEAW4cBAKiHAQCwhwEA+4cBABqIAQC06A4AUIgBAKGIAQCviAEA9IgBAAWJAQAH6Q4ATokBAFrpDgCfiQEA7YkBAPOJAQBAigEASIoBAJOKAQCcigEA5ooBAOmKAQA5iwEARYsBAIyLAQCSiwEAAOoOAOGLAQAyjAEAO4wBAIWMAQCPjAEA2IwBAOOMAQArjQEAN40BAH6NAQCLjQEA0Y0BANuNAQAkjgEAMo4BAHeOAQCGjgEAyo4BAMyOAQAdjwEAJ48BAHCPAQB+jwEAw48BAMiPAQAWkAEAI5ABAGmQAQBxkAEAvJABAMyQAQAPkQEAEZEBAGKRAQBwkQEAtZEBAMaRAQBT6g4AD5IBAKbqDgBkkgEArpIBALGSAQABkwEADZMBAFSTAQBakwEAp5MBALSTAQD6kwEA/JMBAE2UAQBjlAEAoJQBAKyUAQD56g4A/5QBAEaVAQBMlQEAmZUBAJyVAQDslQEA+pUBAD+WAQBElgEAkpYBAJ+WAQDllgEA7ZYBAEzrDgBFlwEAi5cBAJmXAQDelwEA9JcBADGYAQA6mAEAhJgBAJqYAQDXmAEA35gBACqZAQAtmQEAfZkBAIaZAQDQmQEA0ZkBACOaAQAkmgEAdpoBAHuaAQDJmgEAz5oBABybAQAmmwEAb5sBAHubAQDCmwEAyZsBABWcAQAdnAEAaJwBAGqcAQC7nAEAvJwBAA6dAQAcnQEAYZ0BAGmdAQC0nQEAz50BAAeeAQATngEAWp4BAGCeAQCtngEAsJ4BAACfAQAOnwEAU58BAFifAQCmnwEAs58BAPmfAQABoAEATKABAFqgAQCfoAEAoqABAJ/rDgD1oAEARaEBAPagAQA83AgA/qABAFnMCAAAoQEAlCoNAAWhAQBgVQ0ASKEBAJihAQCpoQEA66EBAAeiAQA+ogEARqIBAPLrDgCiogEA5KIBAOyiAQA3owEAPaMBAIqjAQCPowEA3aMBAOajAQAwpAEAOqQBAIOkAQCRpAEA1qQBAOOkAQAppQEANaUBAHylAQB/pQEAz6UBAOulAQBF7A4AJaYBAHWmAQA2pgEA4/MDAIGmAQDIpgEAzqYBABunAQAlpwEAmOwOAHOnAQDBpwEAzqcBABSoAQAcqAEADfQOACCoAQBnqAEAJKgBAOOuAQAwqAEAi/cLAG2oAQC6qAEAwKgBAA2pAQASqQEAYKkBAGapAQDr7A4AvakBAMr1CgDBqQEABqoBABeqAQA+7Q4AYKoBAJHtDgC0qgEA5O0OAA2rAQBSqwEAWasBAKWrAQCtqwEA+KsBAAWsAQBLrAEAUKwBAJ6sAQCorAEA8awBAPmsAQBErQEASq0BAJetAQCZrQEA6q0BAPitAQA9rgEAQK4BAJCuAQCcrgEAN+4OAOWuAQA2rwEARK8BAImvAQCarwEAiu4OAOOvAQDd7g4ANbABAIKwAQCIsAEA1bABANqwAQAosQEALrEBADDvDgB9sQEAzrEBAISxAQDk+wwAh7EBAOYbBQDpsQEAIbIBACOyAQB0sgEAjrIBAMeyAQDUsgEAIOAIANiyAQAaswEAHLMBAG2zAQB6swEAwLMBANezAQATtAEALbQBAGa0AQBotAEAubQBAGy0AQDWBAwAvLQBAAy1AQAPtQEAX7UBAGu1AQCytQEAuLUBAAW2AQAPtgEAg+8OAF22AQCrtgEAuLYBAP62AQAKtwEAUbcBAFe3AQCktwEAqrcBAPe3AQD8twEASrgBAFC4AQDW7w4ApLgBAFWGDQCmuAEA96kDAKq4AQDljwIArrgBABgrDACzuAEA8LgBAPG4AQBDuQEABrkBAMKGBABFuQEAlrkBAFG5AQAfwwIAnLkBAOm5AQD3uQEAPLoBAD+6AQCPugEAlLoBAOK6AQDvugEANbsBAEW7AQCIuwEAirsBANu7AQDpuwEALrwBAD+8AQAp8A4Ah7wBANS8AQDgvAEAfPAOADi9AQB6vQEAhL0BAM29AQDbvQEAIL4BACG+AQBzvgEAhL4BAMa+AQDSvgEAGb8BACm/AQBsvwEAbr8BAL+/AQDNvwEAEsABACPAAQDP8A4Aa8ABALjAAQDEwAEAIvEOABHBAQBewQEAZMEBALHBAQC2wQEABMIBAArCAQDI8Q4AX8IBAKrCAQC0wgEAdkYNAMPCAQD9wgEABsMBAFDDAQBawwEAo8MBAKvDAQD2wwEA+sMBAEnEAQBLxAEAnMQBAJ/EAQDvxAEAC8UBABvyDgBVxQEAlcUBAJbFAQDoxQEA9MUBADvGAQBKxgEAjsYBAJjGAQDhxgEA7cYBADTHAQA7xwEAbvIOAI3HAQD1iQsAmscBANrHAQDpxwEALcgBADnIAQCAyAEAgcgBANPIAQDdyAEAJskBADTJAQB5yQEAfskBAMzJAQDZyQEAFPMOACfKAQByygEAfsoBAMXKAQDYygEAGMsBABnLAQBrywEAd8sBAL7LAQDNywEAEcwBABvMAQBkzAEAcMwBALfMAQC+zAEAZ/MOABvNAQBdzQEAac0BALDNAQDAzQEAA84BAA3OAQBWzgEAXs4BAKnOAQDUzgEA/M4BANXOAQCG0wEAJ88BAE/PAQBXzwEAos8BAKjPAQD1zwEAA9ABAEjQAQBf0AEAm9ABAKbQAQDu0AEA+NABAEHRAQBr0QEAlNEBAJzRAQDn0QEA99EBADrSAQA80gEAjdIBAJvSAQDg0gEA8dIBAGD0DgA60wEAs/QOALHTAQDZ0wEA4dMBACzUAQAy1AEAf9QBAI3UAQDS1AEA6dQBACXVAQAw1QEAeNUBAILVAQDL1QEA9dUBAB7WAQAm1gEAcdYBAIHWAQDE1gEAxtYBABfXAQAl1wEAatcBAHvXAQAG9Q4AxNcBAFn1DgAS2AEAY9gBAHHYAQC22AEAx9gBAKz1DgAQ2QEA//UOAGTZAQBS9g4At9kBAKX2DgAE2gEAVdoBAGPaAQCo2gEAudoBAPj2DgAB2wEATtsBAFrbAQBL9w4AqtsBAPTbAQAB3AEAR9wBAFXcAQCa3AEApNwBAO3cAQAH3QEAQN0BAEPdAQCT3QEAmt0BAObdAQAG3gEAOd4BAFPeAQCe9w4Amd4BAN/eAQCd3gEAdzQCAKLeAQAPigIA7d4BADLfAQA83wEAhd8BAJ/fAQDY3wEA6N8BACvgAQAx4AEAfuABAIDgAQDR4AEA5+ABACThAQAw4QEAd+EBAHvhAQDK4QEAz+EBAB3iAQAj4gEAcOIBAJDiAQDD4gEA3eIBABbjAQAY4wEAaeMBAGzjAQC84wEAv+MBAA/kAQAb5AEAYuQBAGjkAQC15AEAv+QBAPH3DgAN5QEAW+UBAGjlAQCu5QEAuuUBAAHmAQAU5gEAVOYBAGPmAQCn5gEAs+YBAPrmAQD75gEATecBAFfnAQCg5wEArucBAPPnAQD45wEARugBAFPoAQBE+A4AmugBAFh3CgCb6AEAGDILAJzoAQApXwsAnugBAF15DQCf6AEAT54IAKDoAQAuIwsAo+gBAGo3DACk6AEACygLAKXoAQAFJAoApugBAIjPCgCn6AEA2KAKAKjoAQDd4QQAqegBAOzoAQCx6AEAVR4QALPoAQAK0wwAtegBAGYGDgC86AEAbUoQAMToAQC23gwA2egBAE47DADe6AEA6zgQAO7oAQA/6QEA/egBAGiiDABN6QEAkukBAKPpAQCX+A4A7OkBAOr4DgBE6gEAi+oBAJrqAQDe6gEA6OoBADHrAQA96wEAhOsBAFTrAQCFkgwAi+sBAJD5DgDZ6wEAKuwBADvsAQB97AEAhuwBANDsAQDc7AEAI+0BACbtAQB27QEAfu0BAMntAQDT7QEAHO4BACHuAQBv7gEAd+4BAMLuAQDb7gEAFe8BACHvAQBo7wEAcO8BADb6DgDD7wEAifoOABHwAQBh8AEAZPABALTwAQDA8AEAB/EBAA3xAQBa8QEAZPEBANz6DgCy8QEAAPIBAA3yAQBT8gEAW/IBAC/7DgCs8gEA+fIBAP/yAQBM8wEAUfMBAJ/zAQCl8wEAgvsOAPrzAQDV+w4AR/QBAPfSCQBK9AEAmPQBAFH0AQBCjQkAovQBAOv0AQCn9AEAc5QHAPP0AQDEkAsAB/UBAD71AQBG9QEAKPwOAJb1AQDk9QEA+vUBADf2AQA49gEAivYBAIz2AQDd9gEA4/YBADD3AQA89wEAg/cBAIr3AQDW9wEA3vcBACn4AQAy+AEAfPgBAH/4AQDP+AEA3fgBACL5AQAv+QEAdfkBAIz5AQDI+QEA0PkBABv6AQAn+gEAFPsBAEb6AQBu+gEAmfoBAMH6AQDl+gEAe/wOADH7AQBn+wEAcPsBAGD8AQB4+wEAuvsBAOj7AQAN/AEAMfwBAM78DgBi/AEAs/wBAMT8AQAG/QEANP0BAFn9AQB9/QEAIf0OALL9AQCy7AUAtf0BAP/9AQC4/QEAaY8NAAn+AQBS/gEADP4BAHr0BQAN/gEAwkcNAFr+AQCl/gEAqf4BAPj+AQD6/gEAS/8BAE7/AQCe/wEAuv8BAHT9DgD2/wEANwoLAPv/AQAEfAsA/f8BAEQAAgABAAIARBsKAGEAAgCXAAIAoAACAOoAAgDsAAIAPQECAE4BAgDH/Q4AlQECAOMBAgDsAQIANgICAEcCAgCJAgIAkAICANwCAgDkAgIALwMCAPYCAgBIIwIAPAMCANUDAgA+AwIAIQUCAEgDAgCCAwIAjgMCABr+DgDaAwIAKAQCADIEAgB7BAIAgwQCAG3+DgDaBAIAwP4OACYFAgB0BQIAgQUCAMcFAgDRBQIAGgYCABwGAgBtBgIAewYCAMAGAgDNBgIAE/8OABgHAgBmBwIAcwcCALkHAgDDBwIADAgCAA4IAgBfCAIAbQgCALIIAgC/CAIAZv8OAAgJAgByIw0ACwkCAGxrDQASCQIAWAkCAGIJAgC5/w4AswkCAP4JAgAACgIAj2YNABUKAgBRCgIAFwoCAPZiAwBWCgIApAoCAK4KAgD3CgIA/woCAAwADwBUCwIAnQsCAKkLAgDwCwIA8wsCAEMMAgBNDAIAlgwCALAMAgDpDAIAAA0CADwNAgBBDQIAjw0CAKsNAgBfAA8A7A0CADUOAgDzDQIA70cHAEEOAgCIDgIAiw4CANsOAgDlDgIALg8CAEgPAgCBDwIAhw8CANQPAgDWDwIAJxACADUQAgB6EAIAfRACAM0QAgDZEAIAIBECACMRAgBzEQIAlhECALIADwDIEQIAGRICACcSAgBsEgIAbxICAL8SAgDLEgIAEhMCABUTAgAFAQ8AcBMCALgTAgC+EwIACxQCABAUAgBeFAIAYhQCALEUAgC0FAIAWAEPAAUVAgBRFwwABxUCAIr1DQAKFQIAVxUCAA0VAgBo7g0ADhUCAOEZAgAQFQIAmtsNABIVAgAl1A0AExUCABbiDQAUFQIAnv4NABsVAgCRCQsAHhUCALfSDABjFQIAqhUCANMVAgD9FQIACRYCAFAWAgBfFgIAoxYCAK0WAgD2FgIA+RYCAEkXAgBjFwIAnBcCAKYXAgDvFwIA9BcCAEIYAgBMGAIAlRgCAKAYAgDoGAIA7hgCADsZAgBAGQIAjhkCAJIZAgCrAQ8A5hkCADQaAgDvGQIA5egNAD4aAgCHGgIAkhoCANoaAgDgGgIALRsCADIbAgCAGwIAhBsCAP4BDwDYGwIAzqoCANobAgBAkAwA2xsCAHmDCwDdGwIA6lkNAO0bAgAmHAIAMBwCAHkcAgCEHAIAzBwCANIcAgAfHQIAJB0CAHIdAgB2HQIAxR0CAOgdAgBRAg8AGh4CAGseAgAbHgIAeOkKAB0eAgCtbQgAIR4CAB6XCgAkHgIALCcCACYeAgBzag0AeB4CAMFNAgB5HgIAvh4CAMEeAgARHwIAHR8CAGQfAgB8HwIAtx8CAMMfAgAKIAIAECACAF0gAgBjIAIAsCACALUgAgADIQIACSECAKQCDwBgIQIAqSECALQhAgD8IQIAAiICAE8iAgBUIgIAoiICAKYiAgD1IgIA+CICAPcCDwBSIwIAmyMCAKYjAgDuIwIA9CMCAEEkAgBGJAIAlCQCAJgkAgBKAw8A6CQCADolAgBGJQIAjSUCAJklAgDgJQIA5iUCADMmAgA5JgIAhiYCAIsmAgDZJgIA3yYCAJ0DDwAuJwIAEv4EADMnAgBPDQUAOycCACBkAgA8JwIAfycCAIsnAgDSJwIA2CcCACUoAgAxKAIAeCgCAIUoAgDLKAIA2igCAB4pAgAqKQIAcSkCAH0pAgDEKQIAyikCABcqAgAdKgIAaioCAG8qAgC9KgIAwyoCAPADDwAaKwIA7L4HACYrAgBjKwIAKSsCAHGlCABvKwIAtisCAL4rAgARvQ8AwisCAAksAgAPLAIAXCwCAGIsAgCvLAIAtCwCAAItAgAILQIAQwQPAF0tAgAJHRAAXy0CAKgtAgCuLQIA+y0CALQtAgCrAgMACS4CAE4uAgBnLgIAoS4CAKouAgD0LgIA/i4CAEcvAgBTLwIAmi8CAKYvAgDtLwIA8y8CAEAwAgBGMAIAkzACAJgwAgDmMAIA7DACAJYEDwBFMQIAjDECAJYxAgDfMQIA6jECADIyAgA3MgIAhTICAIwyAgDYMgIA5DICACszAgAxMwIAfjMCAIQzAgDRMwIA1jMCACQ0AgAqNAIA6QQPAIg0AgDKNAIAyzQCAB01AgDQNAIA+jkCACI1AgBwNQIAfjUCAMM1AgDQNQIAFjYCACA2AgBpNgIAdTYCALw2AgDCNgIADzcCABs3AgBiNwIAdTcCALU3AgDENwIACDgCABQ4AgBbOAIAXDgCAK44AgC4OAIAATkCAA85AgBUOQIAWTkCAKc5AgC0OQIAPAUPAAY6AgBNOgIAXToCAKA6AgCsOgIA8zoCAPk6AgBGOwIAUjsCAJk7AgCmOwIA7DsCAPs7AgA/PAIASzwCAJI8AgCePAIA5TwCAPg8AgA4PQIARz0CAIs9AgCXPQIA3j0CAN89AgAxPgIAOz4CAIQ+AgCSPgIA1z4CANw+AgAqPwIANz8CAI8FDwB/PwIAoRIGAIk/AgDQPwIAij8CABhACQCLPwIAp/oKAOQ/AgAjQAIAL0ACAHZAAgB8QAIAyUACAM9AAgAcQQIAIUECAG9BAgB1QQIA4gUPAM5BAgAVQgIAIkICAFC8AgAoQgIAaEICAG1CAgCXUwIAcEICACj9AgB0QgIAu0ICAMFCAgAOQwIAFEMCAGFDAgBmQwIAtEMCALpDAgA1Bg8AE0QCAFpEAgBgRAIArUQCALJEAgAARQIAB0UCAFNFAgBhRQIApkUCAMFFAgD5RQIAB0YCAExGAgBPRgIAn0YCAK1GAgDyRgIA90YCAEVHAgBSRwIAmEcCAKRHAgDrRwIA8UcCAD5IAgBESAIAkUgCAJZIAgDkSAIA6kgCAIgGDwA8SQIAikkCAJNJAgDdSQIA6kkCADBKAgA3SgIAg0oCAJRKAgDWSgIA20oCAClLAgA4SwIAfEsCAH5LAgDPSwIA4EsCACJMAgAuTAIAdUwCAHtMAgDITAIAzkwCABtNAgAgTQIAbk0CAHRNAgDbBg8A2E0CABROAgAgTgIAZ04CAHNOAgC6TgIAwE4CAA1PAgATTwIAYE8CAGVPAgCzTwIAuU8CAC4HDwAMUAIAToECAB1QAgBZUAIAYlACAKxQAgDCUAIA/1ACAAtRAgBSUQIAX1ECAKVRAgCvUQIA+FECAARSAgBLUgIAUVICAJ5SAgCkUgIA8VICAPZSAgBEUwIASlMCAIEHDwCgUwIA6lMCAPRTAgA9VAIAQlQCAJBUAgCgVAIA41QCAPxUAgA2VQIAO1UCAIlVAgCSVQIA3FUCAOlVAgAvVgIANlYCAIJWAgCFVgIA1VYCAOFWAgAoVwIAO1cCAHtXAgCKVwIAzlcCANpXAgAhWAIAIlgCAHRYAgB+WAIAx1gCANVYAgAaWQIAH1kCAG1ZAgB6WQIA1AcPAMNZAgATWgIAFloCAGZaAgBzWgIAfLkKAHVaAgC5WgIAu1oCAAxbAgAPWwIAX1sCAGlbAgCyWwIAvlsCAAVcAgAYXAIAWFwCAGdcAgCrXAIAt1wCAP5cAgD/XAIAUV0CAFtdAgCkXQIAsl0CAPddAgD8XQIASl4CAFdeAgAnCA8Anl4CAPBeAgD8XgIAQ18CAElfAgCWXwIAmF8CAOlfAgDzXwIAPGACAEpgAgCPYAIAlGACAOJgAgDvYAIANWECAEFhAgCIYQIAm2ECANthAgDqYQIALmICADpiAgCBYgIAgmICANRiAgDeYgIAJ2MCADVjAgB6YwIAf2MCAM1jAgDaYwIAeggPAClkAgBzZAIALGQCAO6KCwB5ZAIAxmQCAMlkAgAZZQIAJ2UCAGxlAgBxZQIAv2UCAMxlAgASZgIAHmYCAGVmAgBrZgIAuGYCAL5mAgALZwIAEGcCAF5nAgBkZwIAzQgPALNnAgAEaAIAuGcCACJZDAATaAIAV2gCAHdoAgCqaAIAr2gCAP1oAgAYaQIAUGkCAFxpAgCjaQIAqWkCAPZpAgAGagIASWoCAFpqAgCcagIAoWoCAO9qAgDzagIAQmsCAE5rAgCVawIAm2sCAOhrAgDuawIAO2wCAEBsAgCObAIAlGwCACAJDwDwbAIAV24NAPdsAgA0bQIANW0CAIdtAgCYbQIA2m0CAOZtAgAtbgIAQ24CAIBuAgCMbgIA024CAOBuAgAmbwIAMG8CAHlvAgCFbwIAzG8CANNvAgAfcAIAK3ACAHJwAgB4cAIAxXACAMtwAgAYcQIAHXECAGtxAgBxcQIAcwkPAMBxAgCSlQ0Ax3ECABFyAgAScgIAZHICAGVyAgC3cgIAvHICAApzAgAQcwIAXXMCAGdzAgCwcwIAvHMCAAN0AgAKdAIAVnQCAFt0AgCpdAIAqnQCAPx0AgAIdQIAT3UCAFV1AgCidQIApHUCAPV1AgD/dQIASHYCAFZ2AgCbdgIAoHYCAO52AgD7dgIAQXcCAE13AgCUdwIAp3cCAOd3AgD2dwIAOngCAEZ4AgCNeAIAjngCAOB4AgDqeAIAM3kCAEF5AgCGeQIAi3kCANl5AgDmeQIAxgkPAD16AgB/egIAi3oCANJ6AgDpegIAJXsCACd7AgB4ewIAiXsCAMt7AgDNewIAHnwCACR8AgBxfAIAiHwCAMR8AgDNfAIAF30CAC19AgBqfQIAdn0CAL19AgDKfQIAEH4CABp+AgBjfgIAb34CALZ+AgDJfgIACX8CABh/AgBcfwIAaH8CAK9/AgCwfwIAAoACAAyAAgBVgAIAY4ACAKiAAgCtgAIA+4ACAAiBAgAZCg8AUIECAKGBAgC1gQIA9IECAAKCAgBHggIAVIICAJqCAgChggIA7YICAPmCAgBAgwIAU4MCAJODAgCYgwIA5oMCAO+DAgA5hAIAQ4QCAIyEAgCRhAIA34QCAO+EAgAyhQIAS4UCAIWFAgCKhQIA2IUCAOGFAgArhgIAOIYCAH6GAgCFhgIA0YYCANSGAgAkhwIAMIcCAHeHAgCKhwIAyocCANmHAgAdiAIAKYgCAHCIAgBxiAIAw4gCAM2IAgAWiQIAJIkCAGmJAgBuiQIAvIkCAMmJAgBsCg8AKIoCAGKKAgBuigIAtYoCALuKAgAIiwIAGIsCAFuLAgBgiwIArosCALSLAgABjAIAF4wCAFSMAgBWjAIAp4wCALGMAgD6jAIABo0CAE2NAgBgjQIAoI0CAK+NAgDzjQIA/40CAEaOAgBHjgIAmY4CAKOOAgDsjgIA+o4CAD+PAgBEjwIAko8CAJ+PAgC/Cg8A6I8CAOY9DADvjwIABbUNAPGPAgCa/ggA8o8CAEWTAwD0jwIAOJACAEGQAgCLkAIAkZACAN6QAgDkkAIAMZECAD2RAgCEkQIAkZECANeRAgDhkQIAKpICAECSAgB9kgIAgpICANCSAgDXkgIAI5MCADGTAgB2kwIAhpMCAMmTAgDXkwIAHJQCACuUAgBvlAIAcZQCAMKUAgDMlAIAFZUCACOVAgBolQIAbZUCALuVAgDIlQIADpYCABqWAgBhlgIAdJYCALSWAgDDlgIAB5cCABOXAgBalwIAW5cCAK2XAgC3lwIAAJgCAA6YAgBTmAIAWJgCAKaYAgCzmAIAEgsPAPuYAgBMmQIABZkCAH/2CABdmQIAn5kCAKiZAgDymQIA/pkCAEWaAgBNmgIA/BIQAFGaAgCYmgIAnpoCAOuaAgDxmgIAPpsCAEObAgCRmwIAl5sCAGULDwDwmwIAN5wCAEecAgCKnAIAmJwCAN2cAgDqnAIAMJ0CADydAgCDnQIAip0CANadAgDenQIAuAsPADKeAgBjKg4ANp4CAI+zAgA6ngIAfJ4CAI2eAgDPngIA154CACKfAgDbngIAuM0LACyfAgB1nwIAep8CAMifAgDQnwIAG6ACAB2gAgBuoAIAJKACAPGlAgB2oAIAwaACANegAgAUoQIAIKECAGehAgB9oQIAuqECANOhAgANogIAGaICAGCiAgBmogIAs6ICALuiAgAGowIAFqMCAFmjAgBiowIArKMCALmjAgD/owIADqQCAFKkAgBcpAIApaQCALOkAgD4pAIA/aQCAEulAgBYpQIAnqUCAKalAgALDA8A/qUCAESmAgBLpgIAl6YCAKOmAgDqpgIA+qYCAD2nAgBLpwIAkKcCAJ2nAgDjpwIA76cCADaoAgA9qAIAiagCAJGoAgBeDA8A6KgCAC+pAgA5qQIAgqkCAI2pAgDVqQIA2qkCACiqAgAvqgIAe6oCAIOqAgCxDA8A1qoCACGrAgAxqwIAdKsCAICrAgDHqwIAy6sCABqsAgAirAIAbawCAG+sAgDArAIAxqwCABOtAgAqrQIAZq0CAG+tAgC5rQIAz60CAAyuAgAYrgIAX64CAGyuAgCyrgIAvK4CAAWvAgAIrwIAWK8CAGCvAgCrrwIAta8CAP6vAgADsAIAUbACAFmwAgCksAIAtLACAPewAgAAsQIASrECAFexAgCdsQIArLECAPCxAgD6sQIAQ7ICAFGyAgCWsgIAm7ICAOmyAgD2sgIAPLMCAESzAgAEDQ8AnLMCAOKzAgCuswIAomcEAOezAgA1tAIAP7QCAIi0AgCQtAIA27QCAJ+0AgAKzA0A4bQCAC61AgDptAIAt9kLAOq0AgBy8wcA67QCAOG/AgDstAIAXJoKADq1AgCBtQIAg7UCACKzCwCItQIA1LUCAOC1AgAntgIANrYCAHq2AgCLtgIAzbYCAM+2AgAgtwIAJrcCAHO3AgB/twIAxrcCAM63AgBXDQ8AH7gCAKoNDwB4uAIA/Q0PAMK4AgCjDg8AFbkCAPYODwAXuQIA6kUEAGi5AgBj7AoAcrkCALi5AgDCuQIAC7oCAA26AgBeugIAcboCALG6AgC5ugIAMfgLAL26AgAEuwIACrsCAFe7AgBduwIAqrsCAK+7AgD9uwIAA7wCAEkPDwBavAIAo7wCAKW8AgD2vAIAAL0CAEm9AgBXvQIAnL0CAKG9AgDvvQIA/L0CAEK+AgBOvgIAlb4CAJu+AgDovgIA7r4CADu/AgBAvwIAjr8CAJS/AgCcDw8A778CADTAAgBBwAIAh8ACAI7AAgDawAIA4sACAC3BAgAuwQIATkkKADDBAgCAwQIAQ8ECAFxHCgCUwQIA08ECAOnBAgAmwgIAP8ICAHnCAgB+wgIAzMICAN3CAgDvDw8AMMMCAHLDAgB0wwIAxcMCAM/DAgAYxAIAJsQCAGvEAgBwxAIAvsQCAMvEAgARxQIAGcUCAGTFAgBwxQIAt8UCAHTFAgADxwIAvcUCAArGAgAQxgIAXcYCAGLGAgCwxgIAtsYCAEIQDwAFxwIAVscCAGTHAgCpxwIAuscCAJUQDwADyAIA6BAPAFfIAgCiyAIAlMgCAKtNEACwyAIA9cgCALHIAgAlzgIAAskCAEjJAgBXyQIAm8kCAKDJAgDuyQIABMoCAEHKAgBCygIAlMoCAJbKAgDnygIA8coCADrLAgBIywIAjcsCAKbLAgDgywIA8csCADPMAgA/zAIAhswCAI7MAgDhEQ8A7cwCACzNAgAtzQIAf80CAIvNAgDSzQIA1c0CADQSDwAnzgIAeM4CAIXOAgDLzgIA2M4CAB7PAgAjzwIAcc8CAHvPAgDEzwIAzM8CABfQAgAn0AIAatACAHjQAgC90AIAytACABDRAgAX0QIAY9ECAGvRAgC20QIAudECAAnSAgAd0gIAXNICAHLSAgCv0gIAyNICAALTAgAH0wIAVdMCAGbTAgCHEg8AsNMCANoSDwC00wIAIw8JAMTTAgAAiRAACNQCAE7UAgBV1AIAodQCAK3UAgD01AIABNUCAEfVAgBV1QIAmtUCAKfVAgDt1QIA+dUCAEDWAgBH1gIALRMPAJXWAgDm1gIAmNYCALPuAwDz1gIAOdcCAEbXAgCM1wIAkdcCAN/XAgDp1wIAMtgCADrYAgCF2AIAjtgCANjYAgDb2AIAK9kCADfZAgCAEw8Ag9kCANHZAgCK2QIAR6QJANbZAgAk2gIALNoCAHfaAgCN2gIAytoCAMzaAgAd2wIAKtsCAHDbAgCE2wIA0xMPAMjbAgAW3AIAHtwCACycCQAg3AIAadwCAHHcAgC83AIAyNwCAA/dAgAc3QIAYt0CAGfdAgC13QIAvt0CAAjeAgAf3gIAW94CAGbeAgAmFA8AvN4CAAHfAgAE3wIAVN8CAFffAgCn3wIAtd8CAPrfAgAH4AIATeACAGTgAgCg4AIAqOACAPPgAgD54AIARuECAFLhAgCZ4QIAo+ECAOzhAgD14QIAP+ICAEXiAgCS4gIAn+ICAHkUDwDx4gIAOOMCAPPiAgDRqAkAR+MCAIvjAgCc4wIA3uMCAODjAgAx5AIAN+QCAITkAgCQ5AIA1+QCAN7kAgAq5QIAMuUCAH3lAgB/5QIA0OUCAN3lAgAj5gIAKuYCAHbmAgB+5gIAyeYCANbmAgAc5wIAIecCAG/nAgB55wIAwucCAMrnAgAV6AIAHugCAGjoAgBr6AIAu+gCAMfoAgAO6QIAFekCAMwUDwBu6QIAtOkCAHfpAgCR7gIAmOkCAAitCQDP6QIAB+oCAAnqAgBa6gIAa+oCAK3qAgC76gIAAOsCAAfrAgBT6wIAW+sCAKbrAgCr6wIA+esCAPrrAgBM7AIAWOwCAJ/sAgCl7AIA8uwCAPTsAgBF7QIAT+0CAJjtAgCm7QIA6+0CAPDtAgA+7gIAS+4CAB8VDwCS7gIA5O4CAOnuAgA37wIAPe8CAIrvAgCU7wIA3e8CAOnvAgAw8AIAN/ACAIPwAgCL8AIA1vACANjwAgAp8QIANvECAHzxAgCD8QIAz/ECANfxAgAi8gIAL/ICAHXyAgB68gIAyPICANLyAgAb8wIAI/MCAG7zAgB38wIAwfMCAMTzAgAU9AIAIPQCAGf0AgBu9AIAchUPAMb0AgAXnwkAzvQCAA31AgAa9QIAYPUCAGr1AgCz9QIAtfUCAAb2AgAZ9gIAWfYCAGH2AgCs9gIAuPYCAP/2AgAF9wIAUvcCAFj3AgCl9wIAqvcCAPj3AgD+9wIAxRUPAFn4AgCe+AIArfgCAPH4AgAN+QIARPkCABH5AgAVOwMATPkCABgWDwCg+QIA6vkCAPf5AgA9+gIAR/oCAJD6AgCe+gIA4/oCAPn6AgA2+wIAQvsCAIn7AgCR+wIAaxYPAOL7AgAv/AIANfwCAIL8AgCH/AIA1fwCANv8AgC+Fg8ALf0CAHv9AgCE/QIAzv0CANj9AgAh/gIAKf4CAHT+AgB5/gIAx/4CANf+AgAa/wIAIv8CAG3/AgBz/wIAXwEDAIb/AgDA/wIAxf8CABMAAwAcAAMAZgADAHMAAwC5AAMAwAADAAwBAwAPAQMAERcPAGEBAwCyAQMAvwEDAAUCAwAcAgMAWAIDAGQCAwBkFw8AwQIDAP4CAwD/AgMAUQMDAFsDAwCkAwMArAMDAPcDAwABBAMASgQDAE8EAwCdBAMApQQDAPAEAwDyBAMAQwUDAPMEAwBzCgMA9wQDABEYAwAGBQMAQhEDAEoFAwCWBQMAnQUDAOkFAwDxBQMAPAYDAEAGAwCPBgMAnQYDAOIGAwDsBgMANQcDAEAHAwCIBwMAkAcDANsHAwDgBwMALggDAEkIAwCBCAMAjQgDANQIAwDaCAMAJwkDADcJAwB6CQMAiwkDAM0JAwDSCQMAIAoDACQKAwC3Fw8AfAoDAMYKAwDfCgMAGQsDACMLAwBsCwMAcgsDAL8LAwDBCwMAEgwDACEMAwBlDAMAbwwDALgMAwDADAMACw0DAA8NAwBeDQMAbA0DALENAwC7DQMABA4DAA8OAwBXDgMAXw4DAKoOAwCvDgMA/Q4DABgPAwBQDwMAXA8DAKMPAwCpDwMA9g8DAAYQAwBJEAMAWhADAJwQAwChEAMA7xADAPMQAwAKGA8ASxEDAJURAwCmEQMA6BEDAPIRAwA7EgMASRIDAI4SAwCPEgMA4RIDAPISAwA0EwMASBMDAIcTAwCPEwMA2hMDAN4TAwAtFAMAOxQDAIAUAwCKFAMA0xQDAN4UAwAmFQMALhUDAHkVAwB+FQMAzBUDAOcVAwAfFgMAKxYDAHIWAwB4FgMAxRYDANUWAwAYFwMAKRcDAGsXAwBwFwMAvhcDAMIXAwBdGA8AHxgDAGQYAwB/GAMAtxgDAMUYAwAKGQMAERkDAF0ZAwBpGQMAsBkDALgZAwCwGA8AERoDAFYaAwBgGgMAqRoDALQaAwD8GgMABBsDAE8bAwBUGwMAohsDAL0bAwD1GwMAARwDAEgcAwBOHAMAmxwDAKscAwDuHAMA/xwDAEEdAwBGHQMAlB0DAJgdAwADGQ8A+B0DADoeAwBCHgMAjR4DAI4eAwDgHgMA5R4DADMfAwBBHwMAhh8DAJMfAwDZHwMA4x8DACwgAwA4IAMAfyADAIUgAwDSIAMA2iADACUhAwAsIQMAeCEDAIQhAwDLIQMA0SEDAB4iAwAqIgMAcSIDAIEiAwDEIgMA0CIDABcjAwAdIwMAaiMDAHYjAwC9IwMAyiMDABAkAwAfJAMAYyQDAG8kAwBWGQ8AuSQDAAklAwAMJQMAXCUDAGolAwCvJQMAxiUDAAImAwAPJgMAVSYDAGsmAwCoJgMAtCYDAPsmAwAIJwMATicDAFgnAwChJwMAqScDAPQnAwD+JwMARygDAEwoAwCaKAMAoigDAO0oAwD5KAMAQCkDAE0pAwCTKQMAnSkDAOYpAwDsKQMAOSoDAE0qAwCMKgMAlCoDAN8qAwDtKgMAMisDAD8rAwCFKwMAjSsDANgrAwDlKwMAKywDADksAwB+LAMAjywDANEsAwDZLAMAJC0DADotAwB3LQMAeS0DAMotAwDLLQMAqRkPACsuAwBwLgMAfy4DAMMuAwDPLgMAFi8DAB4vAwD8GQ8Abi8DALwvAwDFLwMADzADABwwAwBiMAMAaTADALUwAwC4MAMACDEDABAxAwBbMQMAYDEDAK4xAwC3MQMAATIDAAsyAwBUMgMAXDIDAKcyAwCsMgMA+jIDAAozAwBNMwMAVTMDAKAzAwCmMwMA8zMDAPUzAwBGNAMAUzQDAJk0AwCwNAMA7DQDAPg0AwBPGg8ASzUDAJI1AwCpNQMA5TUDAPE1AwA4NgMAPjYDAIs2AwCTNgMA3jYDAOU2AwAxNwMAPzcDAIQ3AwCfNwMA1zcDAOU3AwAqOAMAMTgDAH04AwCJOAMA0DgDANg4AwCiGg8ANzkDAHY5AwB+OQMAyTkDAPg5AwAcOgMAKDoDAG86AwB1OgMAwjoDAMc6AwD1Gg8AITsDAGg7AwBvOwMAuzsDAMM7AwAOPAMAEDwDAGE8AwBrPAMAtDwDALw8AwBIGw8AFT0DAKVKAwAWPQMAWj0DAFw9AwCtPQMAvj0DAAA+AwARPgMAUz4DAF8+AwCmPgMArT4DAPk+AwABPwMATD8DAHY/AwCfPwMApD8DAPI/AwDzPwMARUADAE9AAwCYQAMApkADAOtAAwDwQAMAPkEDAEtBAwCRQQMArUEDAORBAwAAQgMAmxsPAERCAwCKQgMAjkIDAN1CAwDjQgMAMEMDADJDAwCDQwMAhEMDANZDAwD5QwMAKUQDAE1EAwB8RAMApkQDAM9EAwDXRAMAIkUDACdFAwB1RQMAgkUDAMhFAwDQRQMAG0YDAB1GAwBuRgMAdkYDAMFGAwDrRgMAFEcDACFHAwBnRwMAbEcDALpHAwDHRwMADUgDABlIAwBgSAMAikgDALNIAwC7SAMABkkDACFJAwBZSQMAW0kDAKxJAwC9SQMA/0kDAAhKAwBSSgMAXkoDAO4bDwCySgMA+EoDAP9KAwBLSwMAV0sDAJ5LAwCxSwMA8UsDAPlLAwBETAMASUwDAJdMAwCgTAMA6kwDAPRMAwA9TQMARU0DAJBNAwCVTQMA400DAPNNAwA2TgMAPk4DAIlOAwCiTgMA3E4DAOFOAwAvTwMAOE8DAIJPAwCPTwMA1U8DANxPAwAoUAMAK1ADAEEcDwCAUAMAzlADAIhQAwCcKwsA11ADACFRAwApUQMAdFEDAH9RAwDHUQMAyVEDABpSAwA1UgMAbVIDAHlSAwDAUgMAyFIDAJQcDwAgUwMAZlMDAG5TAwC5UwMAxVMDAAxUAwASVAMAX1QDAGVUAwCyVAMAt1QDAAVVAwALVQMA5xwPAGVVAwCrVQMAs1UDAP5VAwASVgMAUVYDAFZWAwCkVgMArVYDAPdWAwD9VgMASlcDAFJXAwCdVwMAoFcDAPBXAwANWAMAQ1gDAFRYAwCWWAMAnlgDAOlYAwDsWAMAPFkDAFBZAwCPWQMAnFkDAOJZAwDsWQMANVoDADdaAwCIWgMAm1oDAI0dDwDgWgMALlsDAD9bAwCBWwMAilsDANRbAwDqWwMAJ1wDADRcAwB6XAMAglwDAM1cAwDsXAMA4B0PACxdAwBzXQMAe10DADMeDwDJXQMAGV4DACFeAwBsXgMAeV4DAL9eAwDEXgMAEl8DABpfAwBlXwMAZl8DALhfAwC6XwMAC2ADABFgAwBeYAMAYGADALFgAwDHYAMABGEDABBhAwBXYQMAYWEDAKphAwC2YQMA/WEDAANiAwBQYgMAWGIDAKNiAwDUYgMAhh4PAP9iAwBJYwMAU2MDAJxjAwCkYwMA72MDAPBjAwBCZAMASGQDAJVkAwChZAMA6GQDAOlkAwA7ZQMAPWUDAI5lAwCUZQMA4WUDAO1lAwA0ZgMAO2YDAIdmAwCPZgMA2mYDAN1mAwAtZwMAN2cDAIBnAwCCZwMA02cDAN1nAwAmaAMAMmgDAHloAwCPaAMAzGgDANhoAwAfaQMALGkDAHJpAwB8aQMAxWkDAM1pAwAYagMAKmoDANkeDwBtagMAvmoDAMhqAwARawMAE2sDAGRrAwB9awMAt2sDALlrAwAKbAMADWwDAF1sAwBpbAMAsGwDALhsAwAsHw8AF20DAFZtAwBZbQMAqW0DALNtAwD8bQMACG4DAE9uAwBlbgMAom4DAKpuAwD1bgMAA28DAEhvAwBLbwMAm28DAKNvAwDubwMA8W8DAEFwAwD8bwMAEHcDAEtwAwCUcAMATHADAH9zAwCWcAMA53ADAO1wAwA6cQMARHEDAI1xAwCbcQMA4HEDAO1xAwAzcgMASnIDAIZyAwCOcgMA2XIDAOJyAwAscwMALXMDAH8fDwCIcwMA0nMDANxzAwAldAMAL3QDAHh0AwCGdAMAy3QDANh0AwAedQMANXUDAHF1AwB5dQMAxHUDAMt1AwAXdgMAHHYDAGp2AwBudgMAvXYDAMp2AwDSHw8AHXcDAGN3AwBrdwMAtncDALx3AwAJeAMAFXgDAFx4AwBreAMAr3gDALR4AwACeQMAHXkDAFV5AwBheQMAqHkDAK55AwD7eQMAD3oDAE56AwBWegMAoXoDALd6AwD0egMA+XoDAEd7AwBOewMAmnsDAKZ7AwAlIA8A9HsDAEB8AwBOfAMAk3wDAKB8AwDmfAMA/XwDADl9AwBBfQMAjH0DAJJ9AwDffQMA630DADJ+AwA5fgMAhX4DAJN+AwDYfgMA234DACt/AwAzfwMAfn8DAIx/AwDRfwMA1H8DACSAAwAsgAMAd4ADAIiAAwDKgAMAz4ADAB2BAwAfgQMAcIEDAHeBAwDDgQMA0YEDABaCAwAjggMAaYIDAICCAwC8ggMAxIIDAA+DAwAZgwMAYoMDAG2DAwC1gwMAwYMDAAiEAwAQhAMAeCAPAF2EAwCuhAMAuIQDAAGFAwADhQMAVIUDAFeFAwCnhQMAs4UDAPqFAwAEhgMATYYDAFWGAwCghgMAroYDAPOGAwAAhwMARocDAE6HAwCZhwMAr4cDAOyHAwD4hwMAP4gDAFWIAwCSiAMAl4gDAOWIAwDriAMAOIkDAEyJAwDLIA8AjokDAN6JAwDmiQMAMYoDAD+KAwCEigMAR4oDAAw4BwCRigMA14oDAN+KAwAqiwMANIsDAH2LAwCIiwMA0IsDANyLAwAjjAMAK4wDAB4hDwB8jAMAyYwDAM6MAwAcjQMAK40DAG+NAwB7jQMAwo0DAMWNAwAVjgMAGI4DAGiOAwBwjgMAu44DAMCOAwAOjwMAHo8DAGGPAwBpjwMAtI8DALePAwAHkAMAEZADAFqQAwBckAMArZADALOQAwAAkQMACpEDAFORAwBhkQMAppEDALORAwD5kQMAEJIDAEySAwBUkgMAn5IDAKiSAwDykgMA85IDAHEhDwBRkwMAmJMDAJuTAwDRAgkAp5MDAOuTAwCrkwMA7vIIAPWTAwA+lAMARpQDAKoHBABKlAMAbbINAEyUAwCRlAMAWpQDACDnBwCWlAMA5JQDAJ6UAwA+4AQA8ZQDADeVAwA6lQMA1mwJAD2VAwAbyQgAP5UDAIqVAwBBlQMAUZsFAEOVAwAcfwUAjZUDAK9cBwCQlQMAh/4FAJSVAwDdlQMAmJUDAM0yCQCalQMAbTYHAOKVAwAwlgMA6ZUDAGE1BAA4lgMAg5YDAIaWAwDWlgMA4pYDACmXAwAvlwMAfJcDAJeXAwDPlwMA25cDACKYAwAomAMAdZgDAH2YAwDImAMAypgDABuZAwDNmAMAwZkDACWZAwBumQMAdpkDAMQhDwDOmQMAFJoDAByaAwBnmgMAapoDALqaAwC/mgMADZsDABybAwBgmwMAgJsDALObAwC/mwMABpwDABCcAwBZnAMAYZwDAKycAwC+nAMAaiIPAAmdAwBSnQMAYJ0DAKWdAwCynQMA+J0DAA+eAwBLngMAU54DAJ6eAwCtngMA8Z4DAPaeAwBEnwMAUZ8DAJefAwCknwMA6p8DAPafAwA9oAMATKADAJCgAwCaoAMA46ADAPGgAwA2oQMAO6EDAImhAwCWoQMA3KEDAN+hAwAvogMAN6IDAIKiAwCHogMA1aIDAOKiAwAoowMAMKMDAHujAwCEowMAzqMDANujAwAhpAMAL6QDAHSkAwCHpAMAx6QDAM+kAwAapQMAIaUDAG2lAwBypQMAwKUDANalAwATpgMAFaYDAGamAwB0pgMAuaYDAMamAwAMpwMAFKcDAF+nAwBipwMAsqcDALenAwAFqAMAFKgDAFioAwB4qAMAq6gDALeoAwD+qAMACKkDAFGpAwBZqQMApKkDALapAwC9Ig8ACKoDAEqqAwBRqgMAnaoDAKWqAwDwqgMA/aoDAEOrAwBIqwMAlqsDAKCrAwDpqwMA8asDADysAwA+rAMADH0JAEGsAwDSVwcARqwDAFaWCQBLrAMAj6wDAEysAwAYRwgAlKwDAOKsAwDvrAMANa0DAEKtAwCIrQMAlK0DANutAwDqrQMALq4DADiuAwCBrgMAia4DANSuAwDergMAJ68DACyvAwB6rwMAgq8DABAjDwDZrwMAILADACawAwBzsAMAjrADAMawAwDSsAMAGbEDAB+xAwBssQMAiLEDAL+xAwDHsQMAYyMPABqyAwBlsgMAb7IDALiyAwDDsgMAC7MDABezAwBeswMAZrMDALYjDwC9swMABLQDAAq0AwBXtAMAcrQDAKq0AwC2tAMA/bQDAAO1AwBQtQMAWLUDAKO1AwCptQMA9rUDAP+1AwBJtgMAVrYDAJy2AwCptgMA77YDAP22AwBCtwMAT7cDAJW3AwCstwMA6LcDAPC3AwA7uAMAQLgDAI64AwBMuAMAgLoDAJu4AwDhuAMA6bgDADS5AwA/uQMAh7kDAIy5AwDauQMA3bkDAC26AwA3ugMACSQPAIW6AwDTugMA4roDACa7AwAouwMAebsDAIq7AwDMuwMA3bsDAB+8AwAzvAMAXCQPAIO8AwDFvAMAyLwDABi9AwDNvAMA9f8GANK8AwAbpg0AIr0DAGu9AwBtvQMAvr0DAMi9AwARvgMAHb4DAGS+AwCMvgMAt74DAMK+AwChcwQA3b4DAAq/AwA8vwMAXb8DAIO/AwCwvwMA1r8DAAPAAwA2wAMAVsADAIbAAwCpwAMAscADAPzAAwAkwQMAT8EDAIPBAwCiwQMA0sEDAPXBAwD9wQMASMIDAFfCAwCbwgMAoMIDAO7CAwD3wgMAQcMDAPvCAwC2ygMAUsMDAJTDAwCbwwMA58MDAO/DAwA6xAMAR8QDAI3EAwCSxAMA4MQDAOrEAwAzxQMAO8UDAIbFAwCQxQMAMtEDAJXFAwDZxQMA3sUDACzGAwA5xgMAf8YDAIzGAwDSxgMA3sYDACXHAwA0xwMAeMcDAILHAwDLxwMA08cDAB7IAwAoyAMAccgDAHbIAwDEyAMAzMgDAK8kDwAjyQMAaskDAHDJAwC9yQMA2MkDABDKAwAcygMAY8oDAGnKAwACJQ8Aw8oDAAnLAwAVywMAXMsDAGvLAwCvywMAucsDAALMAwAQzAMAVcwDAFrMAwCozAMAtcwDAPvMAwADzQMATs0DAFjNAwChzQMAps0DAPTNAwD8zQMAR84DAErOAwCazgMAps4DAO3OAwDzzgMAQM8DAFvPAwCTzwMAn88DAObPAwDszwMAOdADAEHQAwCM0AMAjtADAN/QAwDp0AMAVSUPADjRAwCF0QMAh9EDANjRAwDl0QMAK9IDAC7SAwB+0gMAj9IDANHSAwDT0gMAJNMDAC7TAwB30wMAg9MDAMrTAwDS0wMAqCUPACLUAwBw1AMAc9QDAMPUAwDN1AMAFtUDAB7VAwBp1QMAdtUDALzVAwC+1QMAD9YDACXWAwBi1gMAbtYDAPslDwDR1gMACNcDACTXAwBOJg8AYNcDAK7XAwC71wMAAdgDAA7YAwBU2AMAYNgDAKfYAwC22AMA+tgDAATZAwBN2QMAW9kDAKDZAwCl2QMA89kDAADaAwBG2gMAX9oDAJnaAwCb2gMA7NoDAPPaAwChJg8AXNsDAJLbAwCj2wMA5dsDAPHbAwA43AMAS9wDAIvcAwCa3AMA3twDAOrcAwAx3QMAMt0DAITdAwCO3QMA190DAOXdAwAq3gMAL94DAH3eAwCK3gMA9CYPANXeAwAj3wMAMN8DAHbfAwCD3wMAyd8DANXfAwAc4AMAK+ADAG/gAwB54AMAwuADANDgAwAV4QMAGuEDAGjhAwB14QMAu+EDAMPhAwAO4gMAGOIDAGHiAwBm4gMAtOIDALziAwDtJw8ACeMDAFrjAwBo4wMAreMDAL7jAwBAKA8AB+QDAJMoDwBY5AMApuQDAK7kAwD55AMACOUDAEzlAwBR5QMAn+UDAKzlAwDy5QMA/+UDAEXmAwBR5gMAmOYDAKfmAwDr5gMA9eYDADkpDwBA5wMA3+QMAETnAwCjKgsAUecDAJHnAwCg5wMA5OcDAPDnAwA36AMAOOgDAIroAwCU6AMA3egDAOvoAwAw6QMANekDAIPpAwCQ6QMAjCkPANrpAwAp6gMANOoDAHzqAwCK6gMAz+oDAODqAwAi6wMALusDAHXrAwB96wMA3ykPAM3rAwAb7AMAKOwDAG7sAwB77AMAwewDAM3sAwAU7QMAI+0DAGftAwBx7QMAuu0DAMjtAwAN7gMAGu4DAGDuAwB37gMAMioPAMDuAwAG7wMAE+8DAFnvAwBl7wMArO8DALvvAwD/7wMACfADAFLwAwBg8AMApfADAG7wAwB5mAgAqvADAPjwAwAF8QMAS/EDAFPxAwCe8QMApPEDAPHxAwD98QMARPIDAFTyAwCX8gMAoPIDAOryAwDt8gMAPfMDAEnzAwCQ8wMAl/MDAIUqDwDw8wMANvQDAEX0AwCJ9AMAivQDANz0AwDz9AMAL/UDAEn1AwCC9QMAjvUDANX1AwDo9QMAKPYDADf2AwB79gMAh/YDAM72AwDP9gMAIfcDACv3AwB09wMAgvcDAMf3AwDM9wMAGvgDACf4AwDYKg8Ah/gDAMD4AwDP+AMAE/kDABX5AwBm+QMAGPkDAI//AwBz+QMAufkDAMb5AwAM+gMAEfoDAF/6AwBp+gMAsvoDAMH6AwAF+wMACvsDAFj7AwBl+wMAq/sDALj7AwD++wMACvwDAFH8AwBg/AMApPwDAK78AwD3/AMABP0DAEr9AwBP/QMAnf0DAKH9AwDw/QMA/P0DAEP+AwBJ/gMAlv4DAJz+AwDp/gMA7v4DADz/AwBC/wMAKysPAJz/AwDi/wMA7/8DADUABABBAAQAiAAEAJcABADbAAQA5QAEAC4BBAA8AQQAgQEEAIYBBADUAQQA4QEEACcCBAAuAgQAegIEAH8CBADNAgQA2QIEACADBAAjAwQAcwMEAIADBADGAwQAywMEABkEBAAjBAQAbAQEAHgEBAC/BAQA0gQEABIFBAAgBQQAZQUEAGgFBAC4BQQAwgUEAAsGBAAXBgQAXgYEAGQGBACxBgQAtwYEAAQHBAAJBwQAVwcEAF0HBAB+Kw8AtAcEAIotBgC2BwQA1DgIALkHBAD9BwQA/wcEAFAIBABhCAQAowgEALQIBAD2CAQA/ggEAEkJBABZCQQAnAkEAJ4JBADvCQQA/QkEAEIKBABTCgQA0SsPAJwKBAAkLA8A6QoEADsLBABACwQAjgsEAJQLBADhCwQA6wsEADQMBABADAQAhwwEAI0MBADaDAQA4AwEAC0NBAAyDQQAgA0EAIYNBAB3LA8A4Q0EACYOBAA/DgQAeQ4EAHoOBADMDgQA6Q4EAB8PBAA5DwQAcg8EAHUPBADFDwQAyg8EAHAtDwAxEAQAaxAEAHEQBAC+EAQAgRAEAOWBBADAEAQAEREEABcRBABkEQQAeBEEALcRBAC/EQQAChIEABcSBABdEgQAYhIEALASBAC6EgQAAxMEAAsTBABWEwQAZxMEAKkTBACuEwQA/BMEAP4TBABPFAQAVhQEAKIUBACuFAQA9RQEAPwUBABIFQQAZBUEAJsVBACjFQQAwy0PAPMVBABBFgQAQxYEAJQWBACbFgQA5xYEAPUWBAA6FwQARxcEAI0XBACkFwQA4BcEAOgXBAAzGAQAPRgEAIYYBABJGAQArn0EAJEYBADZGAQA5RgEACwZBAA0GQQAFi4PAIAZBADSGQQA1xkEACUaBAAoGgQAeBoEAIIaBADLGgQA4hoEAB4bBAAkGwQAcRsEAH0bBADEGwQAxxsEABccBAA0HAQAahwEAHscBAC9HAQA3BwEABAdBAAYHQQAYx0EAGUdBAC2HQQAxR0EAAkeBAATHgQAXB4EAGoeBACvHgQAyh4EAAIfBAAOHwQAVR8EAF0fBABpLg8AtB8EAPsfBAAKIAQATiAEAFMgBAChIAQApyAEAPQgBAD7IAQARyEEAE8hBACaIQQAnCEEAO0hBAD0IQQAQCIEAEIiBACTIgQAlCIEAOYiBADwIgQAOSMEAEUjBACMIwQAkiMEAN8jBAD5IwQAMiQEADokBACFJAQAmyQEANgkBADmJAQAKyUEAC4lBAB+JQQAgSUEANElBADfJQQAJCYEADEmBAB3JgQAjiYEAMomBADSJgQAHScEAB8nBABwJwQAeCcEAMMnBADaJwQAFigEACIoBABpKAQAfygEALwoBADEKAQADykEAB0pBABiKQQAbCkEALUpBAC9KQQACCoEAA8qBABbKgQAZyoEAK4qBACvKgQAASsEAA0rBABUKwQAYSsEAKcrBACuKwQA+isEAP0rBABNLAQAVSwEAKAsBAClLAQA8ywEAAAtBABGLQQAdC0EAJktBAChLQQAvC4PAPQtBABJYg8ACC4EAD8uBABHLgQADy8PAKAuBADlLgQA5y4EADgvBABJLwQAiy8EAJMvBADeLwQA6i8EADEwBAA3MAQAhDAEAIowBADXMAQA3DAEACoxBAAwMQQAYi8PAIIxBADQMQQAiTEEAJ0YDADYMQQAIzIEACgyBAD6WwkAKTIEACtOCgAvMgQAbwkKADIyBAB2MgQANDIEAJNLCgB7MgQAyTIEAHwyBACEZwgA1jIEABwzBAApMwQAbzMEAHszBADCMwQA0TMEABU0BAAfNAQArjAPAHI0BAC7NAQAwDQEAA41BAAWNQQAATEPAGc1BAC0NQQAyjUEAAc2BAAVNgQAWjYEAGc2BACtNgQArzYEAAA3BAAKNwQAUzcEAF83BACmNwQArTcEAPk3BAABOAQATDgEAFM4BACfOAQAqDgEAPI4BAD+OAQARTkEAE05BACnMQ8AnTkEAOs5BADzOQQAPjoEAE06BACROgQAljoEAOQ6BADxOgQANzsEAEQ7BACKOwQAljsEAN07BADsOwQAMDwEADo8BACDPAQAkTwEANY8BADbPAQAKT0EADY9BAB8PQQAhD0EAM89BADZPQQAIj4EADA+BAB1PgQAiz4EAMg+BADUPgQAGz8EACA/BABuPwQAdz8EAME/BADLPwQA+jEPAB5ABABnQAQAc0AEALpABADCQAQATTIPABJBBABgQQQAbUEEALNBBADAQQQABkIEABJCBABZQgQAaEIEAKxCBAC2QgQA/0IEABdDBABSQwQAXEMEAKVDBACzQwQA+EMEAA5EBABLRAQAV0QEAJ5EBACjRAQA8UQEAPpEBABERQQATkUEAJdFBACfRQQAoDIPAPdFBAA9RgQAAEYEAD+ODgBKRgQAkEYEAJxGBADjRgQA8kYEADZHBABARwQAiUcEAJdHBADcRwQA6UcEAC9IBABGSAQAgkgEAIpIBADVSAQA30gEAChJBAAtSQQAe0kEAINJBADzMg8A2kkEACFKBAAnSgQAdEoEAI9KBADHSgQA00oEABpLBAAgSwQAbUsEAIlLBADASwQAyEsEAEYzDwAYTAQAZkwEAHNMBAC5TAQAxkwEAAxNBAAYTQQAX00EAG5NBACyTQQAvE0EAAVOBAATTgQAWE4EAF1OBACrTgQAuE4EAP5OBAAGTwQAUU8EAFdPBACkTwQAW08EAJZRBACwTwQA908EAAdQBABKUAQAU1AEAJ1QBACgUAQA8FAEAPxQBABDUQQASlEEAJkzDwCkUQQA6VEEAP9RBAA8UgQASFIEAI9SBACWUgQA4lIEAOpSBAA1UwQAOlMEAIhTBACRUwQA21MEAOVTBADsMw8AM1QEAIFUBAA6VAQAuFgEAIlUBADUVAQA2lQEACdVBAAsVQQAelUEAINVBADNVQQA11UEACBWBAAsVgQAc1YEAHtWBAA/NA8Ay1YEABlXBAAhVwQAbFcEAHdXBAC/VwQAxFcEABJYBAAVWAQAZVgEAG9YBACSNA8AwlgEAAtZBAAPWQQAXlkEAGNZBACxWQQAt1kEAARaBAAkWgQAV1oEAF9aBACqWgQAuFoEAP1aBAAAWwQAUFsEAFhbBACjWwQArFsEAPZbBAADXAQASVwEAE9cBACcXAQAqFwEAO9cBADxXAQAQl0EAFFdBACVXQQAoF0EAOhdBADqXQQAO14EAFReBACOXgQAn14EAOFeBADtXgQA5TQPADxfBACHXwQAp18EANpfBADoXwQALWAEADpgBACAYAQAh2AEANNgBADvYAQAJmEEAC5hBAA4NQ8AfmEEAMxhBADZYQQAH2IEACxiBAByYgQAfmIEAMViBADUYgQAGGMEACJjBABrYwQAgGMEAL5jBADGYwQAEWQEACBkBABkZAQAZmQEALdkBADAZAQACmUEAA1lBABdZQQAaWUEALBlBADMZQQAA2YEAAtmBACLNQ8AW2YEAKlmBAC/ZgQA/GYEAAhnBABPZwQAcmcEAN41DwCsZwQA9WcEAP1nBABIaAQATmgEANC7CABXaAQAm2gEAKBoBADuaAQA+2gEAEFpBABOaQQAlGkEAKBpBADnaQQA9mkEADpqBABEagQAjWoEAJVqBADgagQA6moEADNrBAA4awQAhmsEAI5rBAAxNg8A3GsEACxsBABJbAQAf2wEAJBsBADSbAQA4GwEAKm5BAAIbQQAJW0EAEFtBAB4bQQAlG0EAIQ2DwDRbQQAHm4EACRuBABxbgQAdm4EAMRuBADKbgQA1zYPABxvBABqbwQAd28EAL1vBADKbwQAEHAEABxwBABjcAQAcnAEALZwBADAcAQACXEEABdxBABccQQAYXEEAK9xBAC8cQQAAnIEAA5yBABVcgQAW3IEAKhyBACucgQA+3IEAABzBABOcwQAVHMEANA3DwC1cwQA9HMEABp0BABHdAQAbXQEAJp0BADAdAQA7XQEAB11BABAdQQASHUEAJN1BAC7dQQA5nUEABx2BAA5dgQAX3YEAIx2BACydgQA33YEABV3BAAydwQAYncEAIV3BACNdwQA2HcEAN13BAC8zgQA53cEACt4BAAweAQAfngEAIt4BADReAQA3ngEACR5BAAweQQAd3kEAIZ5BADKeQQA1HkEAB16BAAregQAcHoEAHV6BADDegQA0HoEABZ7BAAeewQAaXsEAG97BAC8ewQAc3sEACTMBADIewQAD3wEAB98BABifAQAa3wEALV8BAC4fAQACH0EABR9BABbfQQAYn0EACM4DwDCfQQAAX4EAAR+BABUfgQAcX4EAKd+BAC4fgQA+n4EAAF/BABNfwQAZn8EAKB/BACofwQA838EAAmABABGgAQAS4AEAJmABACggAQA7IAEAPWABAA/gQQAUIEEAJKBBACegQQAdjgPAOeBBAAjhQQA+YEEADiCBAA7ggQAi4IEAKiCBADeggQA74IEADGDBABAgwQAhIMEAJWDBADXgwQA5YMEACqEBAA2hAQAfYQEAIqEBADQhAQA2oQEAMk4DwAphQQAdoUEAISFBADJhQQAy4UEAByGBAAjhgQAb4YEAIiGBAAcOQ8Ay4YEABWHBAAihwQAaIcEAHaHBAC7hwQAyocEAA6IBAAQiAQAYYgEAGuIBAC0iAQAwogEAAeJBAAMiQQAWokEAGeJBACtiQQAsIkEAACKBAAMigQAU4oEAGaKBACmigQAtYoEAPmKBAAFiwQATIsEAE2LBACfiwQAqYsEAPKLBAAAjAQARYwEAEqMBACYjAQApYwEAG85DwDwjAQAPo0EAFSNBACRjQQAp40EAOSNBADtjQQAN44EAESOBACKjgQAmI4EAN2OBADsjgQAMI8EADKPBACDjwQAjY8EANaPBADkjwQAKZAEAC6QBAB8kAQAiZAEAM+QBADSkAQAIpEEACqRBAB1kQQAhpEEAMiRBADWkQQAG5IEACiSBABukgQAjpIEAMGSBADJkgQAFJMEACSTBABnkwQAaZMEALqTBADIkwQADZQEAB6UBABoOg8AZpQEALOUBAC/lAQAuzoPAA2VBABZlQQAE5UEAARMBgBglQQArJUEALKVBAD/lQQAC5YEAFKWBABVlgQApZYEAKiWBAD4lgQAI5cEAEuXBABulwQAnpcEAKmXBADxlwQA9pcEAESYBABHmAQAl5gEAKGYBADqmAQAFZkEAA47DwBCmQQAkJkEAJ2ZBADjmQQA8JkEADaaBABCmgQAiZoEAJiaBADcmgQA5poEAC+bBAA3mwQAgpsEAIybBADVmwQA2psEACicBAAwnAQAYTsPAIicBADOnAQA4pwEACGdBAApnQQAdJ0EAHmdBADHnQQA150EABqeBAAingQAbZ4EAHeeBADAngQAy54EABOfBAAfnwQAZp8EAG6fBAC0Ow8Aup8EAAygBAAYoAQAX6AEAG6gBACyoAQAwKAEAAWhBAAVoQQAWKEEAGahBACroQQAt6EEAP6hBAAFogQAUaIEAFmiBACkogQAuqIEAPeiBAALowQASqMEAE2jBACdowQAuqMEAPCjBAABpAQAQ6QEAEukBACWpAQAoaQEAOmkBADupAQAPKUEAD+lBACPpQQAmaUEAOKlBADlpQQABzwPADemBABKOwcAOqYEAIimBACLpgQA26YEAOWmBAAupwQANqcEAIGnBACgpwQAWjwPAOinBAAnqAQATagEAHqoBACgqAQAzagEAPOoBAAgqQQAV6kEAHOpBACpqQQAxqkEAOypBAAZqgQAP6oEAGyqBACiqgQAv6oEAOOqBAASqwQALqsEAGWrBABtqwQArTwPAL2rBAALrAQAGKwEAF6sBABrrAQAsawEAL2sBAAErQQAE60EAFetBABhrQQAqq0EALitBAD9rQQAAq4EAFCuBABdrgQAo64EAKuuBAD2rgQA/K4EAEmvBAAArwQAO7EEAFWvBACcrwQArK8EAO+vBAD4rwQAQrAEAEWwBACVsAQAobAEAOiwBADvsAQAAD0PAEmxBACOsQQApLEEAOGxBADtsQQANLIEADuyBACHsgQAj7IEANqyBADfsgQALbMEADazBACAswQAirMEAFM9DwDUswQAJrQEADK0BAB5tAQAf7QEAMy0BADOtAQAH7UEACm1BABytQQAgLUEAMW1BADKtQQAGLYEACW2BABrtgQAc7YEAL62BADItgQAEbcEAB+3BABktwQAercEALe3BADDtwQACrgEABG4BABduAQAZbgEALC4BAC1uAQAA7kEAAy5BABWuQQAYLkEAKY9DwDBuQQA/LkEAP+5BABPugQAbLoEAKK6BACzugQA9boEAA27BABIuwQAVLsEAJu7BACuuwQA7rsEAP27BABBvAQATbwEAJS8BACVvAQA57wEAPG8BAA6vQQASL0EAI29BACSvQQA4L0EAO29BAD5PQ8AOL4EAIa+BACTvgQA2b4EAOa+BAAsvwQAOL8EAH+/BACOvwQA0r8EANy/BAAlwAQAM8AEAHjABAB9wAQAy8AEANjABAAewQQAJsEEAHHBBAB3wQQAxMEEAHvBBAC2wwQA0MEEABfCBAAnwgQAasIEAHPCBAC9wgQAwMIEABDDBAAcwwQAY8MEAGrDBADyPg8AxMMEAAnEBAAfxAQAXMQEAGjEBACvxAQAtsQEAALFBAAKxQQAVcUEAFrFBACoxQQAscUEAPvFBAAFxgQART8PAE/GBAChxgQArcYEAPTGBAD6xgQAR8cEAEnHBACaxwQApMcEAO3HBAD7xwQAQMgEAEXIBACTyAQAoMgEAObIBADuyAQAOckEAEPJBACMyQQAmskEAN/JBAD1yQQAMsoEAD7KBACFygQAjMoEANjKBADgygQAK8sEADDLBAB+ywQAh8sEANHLBADbywQAmD8PADLMBAB3zAQAjcwEAMrMBADWzAQAHc0EACTNBABwzQQAeM0EAMPNBADIzQQAFs4EAB/OBABpzgQAc84EAOs/DwC9zgQAD88EABvPBABizwQAaM8EALXPBAC3zwQACNAEABLQBABb0AQAadAEAK7QBACz0AQAAdEEAA7RBABU0QQAXNEEAKfRBACx0QQA+tEEAAjSBABN0gQAY9IEAKDSBACs0gQA89IEAPrSBABG0wQATtMEAJnTBACe0wQA7NMEAPXTBAA/1AQASdQEAD5ADwCU1AQAr0ALAKDUBADl1AQA9tQEADjVBAA91QQAi9UEAKLVBADe1QQA8tUEADHWBABJ1gQAhNYEAJPWBADX1gQA3NYEACrXBAA31wQAfdcEAIrXBADQ1wQA3NcEACPYBAAy2AQAdtgEAIDYBADJ2AQA0dgEABzZBAA62QQAb9kEAHfZBADC2QQAy9kEABXaBAAi2gQAaNoEAGraBAC72gQA1NoEAA7bBAAf2wQAYdsEAG3bBAC02wQAvNsEAJFADwAM3AQAWtwEAGLcBACt3AQAvNwEAADdBAAF3QQAU90EAGDdBACm3QQAs90EAPndBAAF3gQATN4EAFveBACf3gQAqd4EAPLeBAD63gQARd8EAE/fBACY3wQAnd8EAOvfBADz3wQA5EAPAFXgBACR4AQAmeAEAOTgBADu4AQAN+EEADzhBACK4QQAkuEEADdBDwDi4QQAMOIEADniBABfyQoAPeIEAIPiBABG4gQAhEQNAI3iBAAaDA0AkOIEANbiBADi4gQAKeMEADjjBAB84wQAhuMEAM/jBADX4wQASxoKAN3jBAAi5AQAL+QEAHXkBACM5AQAyOQEANDkBAAb5QQAJeUEAG7lBABz5QQAweUEAMnlBACKQQ8AIeYEAGfmBAB15gQAuuYEAM3mBAAN5wQAFecEAGDnBABj5wQAs+cEALjnBAAG6AQAFegEAFnoBAB56AQArOgEALjoBAD/6AQACekEAFLpBABu6QQApekEAK3pBADdQQ8AC+oEAEvqBABR6gQAnuoEAKrqBADx6gQA++oEAETrBABK6wQAl+sEAKXrBADq6wQA9usEAD3sBABA7AQAkOwEAJHsBADj7AQA7+wEADbtBAA87QQAie0EAI/tBADc7QQA6O0EAC/uBABM7gQAgu4EAIvuBADV7gQA4e4EACjvBAAr7wQAe+8EAIXvBADO7wQA2u8EACHwBAAn8AQAdPAEAHrwBADH8AQAzPAEABrxBAAg8QQAMEIPAHnxBADA8QQAwvEEABPyBAAi8gQAZvIEAHHyBAC58gQAxfIEAAzzBAAT8wQAX/MEAGfzBACy8wQAvPMEAAX0BAAQ9AQAWPQEAGT0BACr9AQAs/QEAClDDwAA9QQAUfUEAGT1BACk9QQArPUEAPf1BAD99QQASvYEAFb2BACd9gQAp/YEAPD2BAD29gQAQ/cEAFH3BACW9wQAovcEAOn3BADs9wQAPPgEAET4BACP+AQAkPgEAOL4BADu+AQANfkEADv5BACI+QQAkPkEANv5BADh+QQALvoEADr6BACB+gQAnvoEANT6BADd+gQAJ/sEADP7BAB6+wQAffsEAM37BADX+wQAIPwEACj8BABz/AQAhPwEAMb8BADU/AQAGf0EAC/9BABs/QQAev0EAL/9BADJ/QQAfEMPACH+BABl/gQAcP4EALj+BADE/gQAC/8EABL/BABe/wQAZv8EALH/BAC7/wQABAAFAA8ABQBXAAUAYwAFAKoABQCyAAUAz0MPAP8ABQBQAQUAYwEFAKMBBQCrAQUA9gEFAPwBBQBJAgUAVQIFAJwCBQCmAgUA7wIFAPUCBQBCAwUAUAMFAJUDBQChAwUA6AMFAOsDBQA7BAUAQwQFAI4EBQCPBAUA4QQFAO0EBQA0BQUAOgUFAIcFBQCPBQUA2gUFAOAFBQAtBgUAOQYFAIAGBQCdBgUA0wYFANwGBQAmBwUAMgcFAHkHBQB8BwUAzAcFANYHBQAfCAUAJwgFAHIIBQCDCAUAxQgFANMIBQAYCQUALgkFAGsJBQB5CQUAvgkFAMgJBQARCgUAGQoFAGQKBQCHCgUAIkQPAMIKBQAKCwUAGAsFAF0LBQBsCwUAsAsFALsLBQADDAUACwwFAFYMBQBkDAUAqQwFAKwMBQD8DAUABA0FAHVEDwBdDQUAog0FAKUNBQD1DQUA/Q0FAFVrBQABDgUA3EAFAAQOBQAeFAUAEQ4FAEgOBQBkDgUAyEQPAJ0OBQDuDgUA+w4FAEEPBQBODwUAlA8FAJkPBQDnDwUA8Q8FADoQBQBJEAUAjRAFAJIQBQDgEAUA7RAFADMRBQBAEQUAhhEFAJIRBQDZEQUA6BEFACwSBQA2EgUAfxIFAIsSBQDSEgUA2BIFACUTBQArEwUAeBMFAH0TBQDLEwUA0RMFABtFDwAjFAUAfDYFAC8UBQBxFAUAfxQFAMQUBQDQFAUAFxUFACQVBQBqFQUAdBUFAL0VBQDZFQUAEBYFACwWBQBuRQ8AZRYFALYWBQDDFgUACRcFABYXBQBcFwUAYRcFAK8XBQC5FwUAAhgFABEYBQBVGAUAWhgFAKgYBQC1GAUA+xgFAAgZBQBOGQUAWhkFAKEZBQCwGQUA9BkFAP4ZBQBHGgUAUxoFAJoaBQCgGgUA7RoFAPMaBQBAGwUARRsFAJMbBQCZGwUAwUUPAO0bBQA5HAUARxwFAIwcBQCPHAUA3xwFAO4cBQAyHQUANx0FAIUdBQCSHQUA2B0FAOUdBQArHgUANx4FAH4eBQCNHgUA0R4FANseBQAkHwUAMh8FAHcfBQB8HwUAyh8FANcfBQAdIAUAKSAFAHAgBQCDIAUAwyAFANIgBQAWIQUAIiEFAGkhBQBqIQUAvCEFAMYhBQAPIgUAHSIFAGIiBQBnIgUAtSIFAMIiBQAURg8ADSMFAFsjBQBkIwUAriMFAL8jBQABJAUACCQFAFQkBQBcJAUApyQFALQkBQD6JAUA/yQFAE0lBQBXJQUAoCUFAKglBQDzJQUACiYFAEYmBQBSJgUAmSYFAKMmBQDsJgUA9CYFAD8nBQBBJwUAkicFAJonBQDlJwUA6ycFADgoBQBEKAUAiygFAI4oBQDeKAUA4ygFADEpBQA6KQUAhCkFAIopBQDXKQUA5ikFACoqBQA2KgUADUcPAH8qBQDQKgUA3ioFACMrBQA0KwUAYEcPAH0rBQCzRw8AzisFABwsBQAkLAUAbywFAH4sBQDCLAUAxywFABUtBQAiLQUAaC0FAHUtBQC7LQUAxy0FAA4uBQAdLgUAYS4FAGsuBQBZSA8Ati4FAAcvBQAiLwUAWi8FAFwvBQCtLwUAxy8FAAAwBQANMAUAUzAFAF8wBQCmMAUAsDAFAPkwBQATMQUATDEFAFsxBQCfMQUApDEFAPIxBQD/MQUARTIFAFIyBQCYMgUApDIFAOsyBQD6MgUAPjMFAEgzBQCRMwUAnTMFAOQzBQD3MwUANzQFAEY0BQCKNAUAljQFAN00BQDeNAUAMDUFADo1BQCDNQUAkTUFANY1BQDbNQUAKTYFADY2BQCsSA8AiTYFAM82BQDcNgUAIjcFAC43BQB1NwUAhDcFAMg3BQDSNwUAGzgFACk4BQBuOAUAczgFAME4BQDOOAUAFDkFACA5BQBnOQUAejkFALo5BQDJOQUADToFABk6BQBgOgUAYToFALM6BQC9OgUABjsFABQ7BQBZOwUAXjsFAKw7BQC5OwUA/0gPAAw8BQBSPAUAVDwFAKU8BQC+PAUA+DwFAAk9BQBLPQUAVz0FAJ49BQCmPQUA+EkPAPY9BQBEPgUATD4FAJc+BQCmPgUA6j4FAO8+BQA9PwUASj8FAJA/BQCdPwUA4z8FAO8/BQA2QAUARUAFAIlABQCTQAUAS0oPAO9ABQAvQQUAPkEFAIJBBQCOQQUA1UEFANZBBQAoQgUAMkIFAHtCBQCJQgUAzkIFANNCBQAhQwUALkMFAJ5KDwB5QwUAx0MFANRDBQAaRAUAJ0QFAG1EBQB5RAUAwEQFAM9EBQATRQUAHUUFAGZFBQB0RQUAuUUFAL5FBQAMRgUAGUYFAF9GBQBnRgUAskYFALhGBQAFRwUAvEYFAOOSBQARRwUAWEcFAGhHBQCrRwUAtEcFAP5HBQABSAUAUUgFAF1IBQCkSAUAq0gFAJdLDwACSQUASkkFAEtJBQCdSQUAtUkFAPBJBQD9SQUAQ0oFAE9KBQCWSgUAoEoFAOlKBQDtSgUAPEsFAEFLBQCPSwUAlUsFAOJLBQACTAUANUwFAE1MBQCITAUAn0wFANtMBQDnTAUALk0FADhNBQCBTQUAg00FANRNBQDbTQUAJ04FAC5OBQB6TgUAgE4FAM1OBQDZTgUAIE8FACNPBQBzTwUAdk8FAMZPBQDSTwUAGVAFABxQBQDqSw8AcVAFAL9QBQDHUAUAElEFABhRBQBlUQUAalEFALhRBQDBUQUAC1IFABVSBQBeUgUAalIFALFSBQC5UgUAPUwPAAlTBQBXUwUAX1MFAKpTBQC1UwUA/VMFAAJUBQBQVAUAU1QFAKNUBQCtVAUAkEwPAAJVBQBJVQUAUFUFAJxVBQCqVQUA71UFAPJVBQBCVgUASlYFAJVWBQCYVgUA6FYFAPRWBQA7VwUAQVcFAI5XBQCpVwUA4VcFAO1XBQA0WAUAOlgFAIdYBQCPWAUA2lgFAN5YBQAtWQUAOVkFAIBZBQCNWQUA01kFAN1ZBQAmWgUALloFAHlaBQB7WgUAzFoFANBaBQAfWwUAIVsFAHJbBQCGWwUA40wPAM1bBQAYXAUAHFwFAGtcBQBtXAUAvlwFAMFcBQARXQUAGV0FAGRdBQBxXQUAt10FALxdBQAKXgUAFF4FAF1eBQBlXgUAsF4FALFeBQADXwUACF8FAFZfBQBZXwUAqV8FAKxfBQD8XwUACmAFAE9gBQBoYAUAomAFALNgBQD1YAUAAWEFAEhhBQBQYQUANk0PAKBhBQDuYQUA9mEFAEFiBQBQYgUAlGIFAJliBQDnYgUA9GIFADpjBQBHYwUAjWMFAJljBQDgYwUA72MFADNkBQA9ZAUAhmQFAI5kBQDZZAUA42QFACxlBQAxZQUAf2UFAIdlBQCJTQ8A3WUFACVmBQAxZgUAeGYFAIBmBQDcTQ8A12YFAB5nBQAlZwUAcWcFAH9nBQDEZwUAx2cFABdoBQAfaAUAamgFAG1oBQC9aAUAyWgFABBpBQAWaQUAY2kFAH5pBQC2aQUAwmkFAAlqBQAPagUAXGoFAH9qBQCvagUAsmoFAAJrBQAmawUAL04PAGRrBQCoawUArWsFAPtrBQAIbAUATmwFAFtsBQChbAUArWwFAPRsBQADbQUAR20FAFFtBQCabQUAqG0FAO1tBQDybQUAQG4FAE1uBQCTbgUAm24FAIJODwDzbgUAOW8FAEFvBQCMbwUApW8FAN9vBQDlbwUAMnAFADdwBQCFcAUApXAFANhwBQDkcAUAK3EFADhxBQB+cQUAhnEFANFxBQDUcQUAJHIFAC5yBQB3cgUAeXIFAMpyBQDUcgUAHXMFAClzBQDVTg8AhnMFAMNzBQDPcwUAFnQFABt0BQBpdAUAHnQFAFBaEABydAUAvHQFAMZ0BQAPdQUAF3UFAMliCQAbdQUAYnUFADJ1BQDtUQkAaHUFALV1BQB1dQUAIHgLALt1BQAIdgUADXYFAFt2BQBhdgUAKE8PALx2BQABdwUAF3cFAFR3BQBgdwUAp3cFAKx3BQD6dwUAA3gFAE14BQBXeAUAoHgFAKh4BQDzeAUAAnkFAEZ5BQBLeQUAmXkFAKZ5BQDseQUA+XkFAD96BQBLegUAknoFAKF6BQDlegUA73oFADh7BQBGewUAi3sFAJh7BQDeewUA9XsFADF8BQA5fAUAhHwFAI58BQDXfAUA3HwFACp9BQAyfQUAIVAPAIl9BQDQfQUA1n0FACN+BQA+fgUAdn4FAIJ+BQDJfgUAz34FAHRQDwAvfwUAb38FAH5/BQDCfwUAzn8FABWABQAWgAUAaIAFAHKABQC7gAUAyYAFAA6BBQATgQUAYYEFAG6BBQDHUA8AuYEFAAeCBQAPggUAWoIFAF2CBQCtggUAtoIFAACDBQAPgwUAU4MFAF6DBQCmgwUAroMFAPmDBQAJhAUATIQFAFqEBQCfhAUAsIQFAPKEBQD+hAUARYUFAE2FBQDAUQ8AnoUFAOuFBQDzhQUAPoYFAEWGBQCRhgUAn4YFAOSGBQDqhgUAN4cFAEOHBQCKhwUAmYcFAN2HBQDnhwUAMIgFADWIBQCDiAUAiYgFANaIBQDqiAUAKYkFADGJBQB8iQUApIkFAM+JBQDYiQUAIooFAC+KBQB1igUAg4oFAMiKBQDbigUAG4sFADeLBQATUg8Ac4sFAMGLBQDOiwUAFIwFACGMBQBnjAUAc4wFALqMBQDJjAUADY0FABeNBQBgjQUAbo0FALONBQC4jQUABo4FABOOBQBZjgUAYY4FAKyOBQCyjgUA/44FAAuPBQBSjwUAYo8FAKWPBQCujwUA+I8FAPuPBQBLkAUAV5AFAJ6QBQClkAUAZlIPABmRBQBEkQUATZEFAJeRBQCkkQUA6pEFAPiRBQA9kgUAUJIFAJCSBQCskgUAuVIPAPGSBQA2kwUATJMFAImTBQCVkwUA3JMFAOOTBQAvlAUAN5QFAIKUBQCHlAUA1ZQFAN6UBQAolQUAMpUFAAxTDwB8lQUAzpUFANqVBQAhlgUAJ5YFAHSWBQB2lgUAx5YFANGWBQAalwUAKJcFAG2XBQBylwUAwJcFAM2XBQATmAUAG5gFAGaYBQBwmAUAuZgFAMeYBQAMmQUAIpkFAF+ZBQBrmQUAspkFALmZBQAFmgUADZoFAFiaBQBdmgUAq5oFALSaBQD+mgUACJsFAF9TDwBfmwUApJsFALqbBQD3mwUAA5wFAEqcBQBPnAUAnZwFAKacBQDwnAUA+pwFAEOdBQBPnQUAlp0FAJydBQDpnQUA750FADyeBQBBngUAj54FAJWeBQCyUw8A554FADWfBQBCnwUAiJ8FAJWfBQDbnwUA558FAC6gBQA9oAUAgaAFAIugBQDUoAUA4qAFACehBQAsoQUAeqEFAIehBQDNoQUA1aEFACCiBQAqogUAc6IFAIGiBQDGogUA3KIFABmjBQAlowUAbKMFAHGjBQC/owUAyKMFABKkBQAcpAUAq1QPAHGkBQC4pAUAyaQFAAulBQAXpQUAXqUFAG2lBQCxpQUAu6UFAASmBQASpgUAV6YFAFymBQCqpgUAt6YFAP2mBQAHpwUAUKcFAAmnBQDhqgUAXqcFAKOnBQC5pwUA9qcFAAKoBQBJqAUATqgFAJyoBQClqAUA76gFAPmoBQBCqQUATqkFAJWpBQCbqQUA6KkFAO6pBQA7qgUAQKoFAI6qBQCUqgUA/lQPAOeqBQA0qwUAOqsFAIerBQCMqwUA2qsFAOCrBQBRVQ8AO6wFAICsBQCWrAUA06wFAN+sBQAmrQUAK60FAHmtBQCCrQUAzK0FANatBQAfrgUAK64FAHKuBQCFrgUAxa4FANSuBQAYrwUAJK8FAGuvBQBsrwUAvq8FAMivBQARsAUAH7AFAGSwBQBpsAUAt7AFAMSwBQCkVQ8AGbEFAF2xBQB9sQUAsLEFALyxBQADsgUADbIFAFayBQBbsgUAqbIFAKqyBQD8sgUACLMFAE+zBQBcswUAorMFAK6zBQD1swUACLQFAEi0BQBXtAUAm7QFAKe0BQDutAUA77QFAEG1BQBLtQUAlLUFAKK1BQDntQUA7LUFADq2BQBHtgUA91UPAKm2BQBKVg8A5rYFADO3BQA5twUAhrcFAIu3BQDZtwUA37cFAJ1WDwAxuAUAf7gFAIK4BQDSuAUA3rgFACW5BQAruQUAeLkFAJO5BQDLuQUA17kFAB66BQAkugUAcboFAHO6BQDEugUA37oFABe7BQAZuwUAarsFAHi7BQC9uwUAzrsFABC8BQASvAUAY7wFAHy8BQC2vAUAx7wFAAm9BQAVvQUAllcPAGa9BQCvvQUAvb0FAAK+BQAYvgUAVb4FAGG+BQCovgUArb4FAPu+BQAEvwUATr8FAFi/BQChvwUAqb8FAPS/BQD5vwUAR8AFAFbABQCawAUAqcAFAO3ABQD2wAUAQMEFAEbBBQCTwQUAmcEFAObBBQDywQUAOcIFAEDCBQCMwgUAlMIFAN/CBQDhwgUAMsMFAELDBQCFwwUAj8MFANjDBQDkwwUAK8QFADHEBQB+xAUAhsQFAOlXDwDdxAUAJMUFADXFBQB3xQUAg8UFAMrFBQDZxQUAHcYFACfGBQBwxgUAfsYFAMPGBQDIxgUAFscFACPHBQBpxwUAcccFALzHBQDGxwUAwd4FAMjHBQAPyAUAFcgFAGLIBQBoyAUAtcgFALrIBQAIyQUADskFADxYDwBnyQUArskFALTJBQABygUAHMoFAFTKBQBgygUAp8oFAK3KBQD6ygUAAssFAE3LBQBQywUAoMsFAKzLBQDzywUABMwFAEbMBQBSzAUAmcwFAKjMBQDszAUA9swFAD/NBQBNzQUAks0FAJfNBQDlzQUA8s0FADjOBQBAzgUAi84FAJXOBQDezgUA7M4FADHPBQBHzwUAhM8FAJDPBQDXzwUA3M8FACrQBQAz0AUAfdAFAIfQBQA1WQ8A1tAFACPRBQAp0QUAdtEFAILRBQDJ0QUA1tEFABzSBQAm0gUAb9IFAHfSBQDC0gUAzNIFABXTBQAa0wUAaNMFAGnTBQC70wUAwNMFAA7UBQAf1AUAYdQFAGbUBQC01AUAy9QFAAfVBQAb1QUAWtUFAHbVBQCt1QUAtdUFAIhZDwAI1gUAU9YFAF3WBQCm1gUAutYFAPnWBQD61gUATNcFAFjXBQCf1wUAu9cFAPLXBQD61wUA21kPAE7YBQCY2AUAptgFAOvYBQCn2AUAA+kJAPXYBQA+2QUAQNkFAJHZBQCq2QUA5NkFAPXZBQA32gUAQ9oFAIraBQCS2gUALloPAOnaBQAw2wUANtsFAIPbBQCe2wUA1tsFAOLbBQAp3AUAL9wFAHzcBQB/3AUAz9wFANfcBQAi3QUAMt0FAHXdBQB63QUAyN0FANHdBQAb3gUAKN4FAG7eBQB13gUAgVoPAM/eBQAU3wUAKt8FAGffBQBz3wUAut8FAL/fBQAN4AUAFuAFAGDgBQBq4AUAs+AFAM/gBQAG4QUADuEFANRaDwBe4QUArOEFALThBQD/4QUAAeIFAFLiBQBt4gUApeIFAKfiBQD44gUABuMFAEvjBQBc4wUAnuMFAKDjBQDx4wUACuQFAETkBQBV5AUAl+QFAKPkBQDq5AUA8uQFACdbDwBJ5QUAkOUFAJblBQDj5QUA/uUFADbmBQBC5gUAieYFAI/mBQDc5gUA3+YFAHpbDwBM5wUAgucFAIPnBQDV5wUA5OcFACjoBQAt6AUAe+gFAIjoBQDO6AUA2+gFACHpBQAt6QUAdOkFAIPpBQDH6QUA0ekFABrqBQAo6gUAbeoFAHLqBQDA6gUAzeoFABPrBQAf6wUAZusFAGzrBQC56wUAeesFAHkABgC/6wUADOwFABHsBQBf7AUAZewFAM1bDwC37AUABe0FACXtBQBY7QUAZO0FAKvtBQCx7QUA/u0FAAbuBQA/IAYAB+4FAFHuBQBe7gUApO4FAKruBQD37gUAA+8FAErvBQBM7wUAne8FAKzvBQDw7wUA++8FAEPwBQBF8AUAlvAFAK/wBQDp8AUA+vAFADzxBQBI8QUAj/EFAJvxBQDi8QUA9fEFADXyBQBE8gUAiPIFAJTyBQDb8gUA3PIFAC7zBQA48wUAgfMFAI/zBQDU8wUA2fMFACf0BQA09AUAIFwPAIf0BQDN9AUA4fQFACD1BQA89QUAc/UFAI/1BQBzXA8A1fUFABn2BQAa9gUAbPYFAHv2BQC/9gUAxPYFABL3BQAf9wUAZfcFAHL3BQC49wUAxPcFAAv4BQAa+AUAXvgFAGj4BQCx+AUAv/gFAAT5BQAJ+QUAV/kFAGT5BQCq+QUAuvkFAP35BQD/+QUAUPoFAF76BQCj+gUAtPoFAMZcDwD9+gUAGV0PAE77BQCc+wUAqfsFAO/7BQD8+wUAQvwFAEj8BQCV/AUAofwFAOj8BQD4/AUAO/0FAET9BQCO/QUAkf0FAOH9BQDt/QUANP4FADv+BQBsXQ8Ak/4FANr+BQDq/gUALf8FADb/BQCA/wUAg/8FANP/BQDf/wUAJgAGAC0ABgC/XQ8AiAAGAMwABgDYAAYAHwEGACABBgByAQYAfAEGAMUBBgDTAQYAGAIGAB0CBgBrAgYAeAIGABJeDwDDAgYAEQMGACADBgBkAwYAhAMGALcDBgDDAwYACgQGABQEBgBdBAYAZQQGALAEBgC8BAYAAwUGAAkFBgBWBQYAXAUGAKkFBgCuBQYA/AUGAAIGBgALXw8AVAYGAKIGBgCrBgYA9QYGAAYHBgBIBwYATwcGAJsHBgCjBwYA7gcGAPsHBgBBCAYARggGAJQIBgCeCAYA5wgGAO8IBgA6CQYASQkGAI0JBgCSCQYA4AkGAO0JBgAzCgYAQAoGAIYKBgCSCgYA2QoGAOgKBgAsCwYANgsGAH8LBgCHCwYA0gsGANwLBgAlDAYAKgwGAHgMBgCADAYABGAPANAMBgAeDQYAIQ0GAHENBgB7DQYAV2APAMoNBgAXDgYAHA4GAGoOBgCKDgYAvQ4GAMkOBgAQDwYAFg8GAGMPBgBmDwYAtg8GALgPBgAJEAYAJBAGAFwQBgBeEAYArxAGAL0QBgACEQYAExEGAFURBgBXEQYAqBEGAMERBgD7EQYADBIGAE4SBgBaEgYAqmAPALESBgD0EgYAFBMGAEcTBgBJEwYAmhMGAKYTBgDVrw0AqRMGACkvBgC2EwYAITwGAMMTBgDtEwYA8BMGAEAUBgBNFAYAHRkGAE8UBgCTFAYAmBQGAOYUBgDzFAYAORUGAEYVBgCMFQYAmBUGAN8VBgDuFQYAMhYGADwWBgCFFgYAkxYGANgWBgDdFgYAKxcGADgXBgB+FwYAihcGANEXBgDXFwYAJBgGACoYBgB3GAYAfBgGAMoYBgDQGAYA/WAPACYZBgBwGQYAhhkGAMMZBgDcGQYAFhoGACIaBgBpGgYAbxoGALwaBgDBGgYADxsGAB8bBgBiGwYAaBsGALUbBgDBGwYACBwGABIcBgBbHAYAYRwGAK4cBgC8HAYAAR0GAA0dBgBUHQYAVx0GAKcdBgCzHQYA+h0GAA0eBgBNHgYAXB4GAKAeBgCsHgYA8x4GAP8eBgBGHwYATR8GAJkfBgClHwYA7B8GAPMfBgBQYQ8AVSAGAJIgBgCUIAYA5SAGAPkgBgA4IQYAQCEGAIshBgCYIQYA3iEGAOMhBgAxIgYAOyIGAIQiBgCMIgYA1yIGAPAiBgAqIwYANiMGAH0jBgCFIwYAo2EPAOsjBgAjJAYAJSQGAHYkBgCEJAYAySQGANokBgAcJQYAHiUGAG8lBgCIJQYAwiUGANMlBgAVJgYAISYGAPZhDwBtJgYAuyYGAMQmBgAOJwYAHycGAGEnBgBoJwYAtCcGALwnBgAHKAYAFCgGAFooBgBfKAYArSgGALcoBgAAKQYACCkGAFMpBgBsKQYApikGALIpBgD5KQYAASoGAJxiDwBPKgYAnyoGAKkqBgDyKgYA9CoGAEUrBgBeKwYAmCsGAKkrBgDrKwYA+SsGAD4sBgBBLAYAkSwGAJwsBgDkLAYA8CwGADctBgA+LQYA72IPAI8tBgDdLQYA5S0GADAuBgA+LgYAgy4GAIQuBgDWLgYA8S4GAEJjDwAuLwYAfC8GAIkvBgDPLwYA3C8GACIwBgAuMAYAdTAGAIQwBgDIMAYA0jAGABsxBgApMQYAbjEGAHMxBgDBMQYAzjEGABQyBgAgMgYAZzIGAG0yBgC6MgYAwDIGAA0zBgASMwYAYDMGAGYzBgCVYw8AwDMGAAY0BgAINAYAWTQGAHI0BgCsNAYAvTQGAP80BgALNQYAUjUGAFo1BgCOZA8AqjUGAPg1BgAANgYASzYGAGQ2BgCeNgYAozYGAPE2BgD2NgYARDcGAE43BgCXNwYAmjcGAOo3BgD0NwYAPTgGAEM4BgCQOAYAkjgGAOM4BgDkOAYANjkGAD45BgCJOQYAmTkGANw5BgDiOQYALzoGADQ6BgCCOgYAmDoGANU6BgDdOgYAKDsGAFA7BgB7OwYAnjsGAM47BgDtOwYA4WQPACk8BgA0ZQ8AhTwGAMc8BgDVPAYAGj0GACY9BgBtPQYAej0GAMA9BgDKPQYAEz4GABs+BgBmPgYAcT4GALk+BgC7PgYADD8GAA8/BgBfPwYAZz8GALI/BgC4PwYABUAGAA5ABgBYQAYAZUAGAKtABgCzQAYA/kAGAANBBgBRQQYAWkEGAKRBBgCuQQYA90EGAP9BBgBKQgYAT0IGAJ1CBgCtQgYA8EIGAPhCBgBDQwYARUMGAJZDBgCxQwYA6UMGAOtDBgA8RAYASkQGAI9EBgCgRAYA4kQGAOREBgA1RQYATkUGAIhFBgCZRQYA20UGAOdFBgAuRgYANkYGAIdlDwCHRgYA1EYGANlGBgAnRwYAR0cGAHpHBgCGRwYAzUcGANNHBgAgSAYAI0gGAHNIBgB7SAYAxkgGANBIBgAZSQYAHkkGAGxJBgB0SQYAv0kGAMlJBgASSgYAFEoGAGVKBgB2SgYAuEoGANhKBgALSwYAE0sGAF5LBgBoSwYAsUsGALZLBgDaZQ8AGEwGAFdMBgBfTAYAqkwGAK9MBgD9TAYADU0GAFBNBgBYTQYAo00GAK1NBgD2TQYAAU4GAElOBgBVTgYAnE4GAKROBgAtZg8A+04GAEJPBgBOTwYAlU8GAJxPBgDoTwYA8E8GADtQBgBUUAYAjlAGAJRQBgDhUAYA5lAGADRRBgBUUQYAh1EGAJNRBgDaUQYA4FEGAC1SBgAwUgYAgGYPAIJSBgDTUgYAjlIGACKeDgDWUgYAJlMGADBTBgB5UwYAh1MGAMxTBgDbUwYAH1QGACJUBgByVAYAN1QGAGh5BgA7VAYAfmoGAH5UBgDFVAYAx1QGABhVBgAeVQYAa1UGAHpVBgC+VQYAyVUGABFWBgAZVgYATrgGACtWBgBkVgYAcFYGALdWBgDKVgYAClcGABlXBgBdVwYAaVcGALBXBgCxVwYAA1gGAA1YBgBWWAYAZFgGAKlYBgCuWAYA/FgGAAlZBgDTZg8AaVkGAKJZBgCxWQYA9VkGAPpZBgBIWgYAVVoGAJtaBgCoWgYA7loGAPpaBgBBWwYAUFsGAJRbBgCeWwYA51sGAPVbBgA6XAYAP1wGAI1cBgCaXAYA4FwGAOxcBgAzXQYAOV0GAIZdBgCMXQYA2V0GAN5dBgAsXgYAMl4GACZnDwCAXgYA0l4GAIheBgBFwwgAjF4GACuvCACfXgYA8L4MAN5eBgAlXwYAK18GAGhyBwAyXwYAeF8GAHtfBgDLXwYA118GAB5gBgAgYAYAcWAGAHdgBgDEYAYA02AGABdhBgAiYQYAamEGAGthBgC9YQYA0WEGABBiBgAqYgYAY2IGAG9iBgC2YgYAyWIGAAljBgAYYwYAXGMGAGhjBgCvYwYAsGMGAAJkBgAMZAYAVWQGAGNkBgCoZAYArWQGAPtkBgAIZQYAeWcPAGhlBgChZQYAsGUGAPRlBgD5ZQYAR2YGAFRmBgCaZgYAp2YGAO1mBgD5ZgYAQGcGAE9nBgCTZwYAnWcGAOZnBgD0ZwYAOWgGAD5oBgCMaAYAmWgGAN9oBgDraAYAMmkGADhpBgCFaQYAi2kGANhpBgDdaQYAK2oGADFqBgDMZw8AmmoGAB9oDwDXagYAJGsGACZrBgB3awYAhGsGAMprBgDNawYAHWwGAB5sBgBwbAYAdWwGAMNsBgDJbAYAFm0GACBtBgBpbQYAhW0GALxtBgDYbQYAcmgPABVuBgBibgYAZG4GALVuBgDCbgYACG8GAAtvBgBbbwYAXG8GAK5vBgCzbwYAAXAGAAdwBgBUcAYAXnAGAKdwBgDDcAYA+nAGABZxBgDFaA8AU3EGAKBxBgCmcQYA83EGAPhxBgBGcgYATHIGABhpDwCncgYA7HIGAAdzBgA/cwYATXMGAJJzBgCfcwYA5XMGAPxzBgA4dAYAR3QGAIt0BgCQdAYA3nQGAOt0BgAxdQYAPnUGAIR1BgCQdQYA13UGAOZ1BgAqdgYANHYGAH12BgCLdgYA0HYGANV2BgAjdwYAMHcGAHZ3BgB5dwYAyXcGANV3BgAceAYAIngGAG94BgB1eAYAwngGAMd4BgAVeQYAG3kGAGtpDwByeQYAu3kGAMF5BgAOegYAEHoGAGF6BgBuegYAtHoGALd6BgAHewYACHsGAFp7BgBfewYArXsGALN7BgAAfAYACnwGAFN8BgBtfAYApnwGALV8BgD5fAYA/nwGAEx9BgBZfQYAn30GAKx9BgDyfQYA/n0GAEV+BgBUfgYAmH4GAKJ+BgDrfgYA+X4GAD5/BgBDfwYAkX8GAJ5/BgDkfwYA7n8GAJ6JBgDwfwYAN4AGAD2ABgCKgAYAkIAGAN2ABgDigAYAMIEGADaBBgC+aQ8AiIEGANaBBgDjgQYAKYIGADaCBgB8ggYAiIIGAM+CBgDeggYAIoMGACyDBgB1gwYAg4MGAMiDBgDNgwYAG4QGACiEBgBuhAYAdoQGAMGEBgDNhAYAFIUGABqFBgBnhQYAbYUGALqFBgC/hQYADYYGABOGBgC3ag8AYoYGALOGBgC8hgYABocGAAmHBgBZhwYAZYcGAKyHBgCzhwYA/4cGAAeIBgBSiAYAa4gGAKWIBgC5iAYA+IgGABSJBgBLiQYAU4kGAF1rDwCsiQYA8YkGAAeKBgBEigYAUIoGAJeKBgCcigYA6ooGAPOKBgA9iwYAR4sGAJCLBgCsiwYA44sGAOuLBgCwaw8AO4wGAImMBgCWjAYA3IwGAOmMBgAvjQYAO40GAIKNBgCRjQYA1Y0GAN+NBgAojgYANo4GAHuOBgCAjgYAzo4GANuOBgAhjwYAKY8GAHSPBgB+jwYAx48GANWPBgAakAYAMJAGAG2QBgB5kAYAwJAGAMWQBgATkQYAHJEGAGaRBgBwkQYAuZEGAMGRBgAMkgYAG5IGAF+SBgBhkgYAspIGALuSBgAFkwYACJMGAFiTBgBkkwYAq5MGALKTBgD+kwYABpQGAFGUBgBqlAYApJQGALiUBgD3lAYAE5UGAEqVBgBSlQYAA2wPAKKVBgDwlQYA/ZUGAEOWBgBQlgYAlpYGAKKWBgDplgYA+JYGADyXBgBGlwYAj5cGAJmXBgDilwYA8JcGADWYBgBLmAYAiJgGAJSYBgDbmAYA4JgGAC6ZBgA3mQYAgZkGAIuZBgDUmQYA4JkGACeaBgAtmgYAepoGAICaBgDNmgYA0poGACCbBgAmmwYAVmwPAH+bBgDGmwYAypsGABmcBgAonAYAbJwGAHGcBgC/nAYAzJwGABKdBgAfnQYAZZ0GAHGdBgC4nQYAx50GAAueBgAVngYAXp4GAGyeBgCxngYAtp4GAASfBgARnwYAV58GAGOfBgCqnwYAsJ8GAP2fBgADoAYAUKAGAFWgBgCjoAYAqaAGAKlsDwD7oAYASaEGAFChBgCcoQYAqKEGAO+hBgDxoQYAQqIGAPKhBgDFpwYAXaIGAJWiBgCXogYA6KIGAPaiBgA7owYATKMGAI6jBgCQowYA4aMGAPqjBgA0pAYARaQGAIekBgCTpAYA2qQGAOakBgAtpQYAQKUGAIClBgCPpQYA06UGAN+lBgAmpgYAJ6YGAHmmBgCDpgYAzKYGANqmBgAfpwYAJKcGAHKnBgB/pwYA/GwPAMenBgAYqAYAM6gGAGuoBgBtqAYAvqgGAMyoBgARqQYAIqkGAGSpBgBmqQYAt6kGANCpBgAKqgYAG6oGAF2qBgBpqgYAsKoGALyqBgADqwYAFqsGAFarBgBlqwYAqasGALWrBgD8qwYA/asGAE+sBgBZrAYAoqwGALCsBgD1rAYA+qwGAEitBgBVrQYA9W0PAKCtBgDurQYA9q0GAEGuBgBDrgYAlK4GAKWuBgDnrgYA9a4GADqvBgBVrwYAja8GAJmvBgDgrwYA6K8GAO5uDwA4sAYAhrAGAI2wBgDZsAYA5bAGACyxBgAvsQYAf7EGAIexBgDSsQYA4rEGACWyBgAqsgYAeLIGAIGyBgDLsgYA2LIGAB6zBgAlswYAcbMGAHmzBgBBbw8A0bMGABe0BgAftAYAarQGAH60BgC9tAYAwrQGABC1BgAZtQYAY7UGAGm1BgC2tQYAvrUGAAm2BgAYtgYAXLYGAG22BgCvtgYAuLYGAAK3BgAFtwYAVbcGAF+3BgCotwYAtLcGAPu3BgABuAYAlG8PAFu4BgChuAYAprgGAPS4BgD7uAYAR7kGAFO5BgCauQYAorkGAOdvDwAIugYAQLoGAEK6BgCTugYAoboGAOa6BgD3ugYAObsGADu7BgCMuwYApbsGAN+7BgDwuwYAMrwGAD68BgA6cA8AlLwGANi8BgDnvAYAK70GADS9BgB+vQYAhL0GANG9BgDXvQYAJL4GADC+BgB3vgYAfr4GAMq+BgDSvgYAHb8GACG/BgBwvwYAe78GAMO/BgDRvwYAFsAGACfABgBpwAYAdcAGALzABgDEwAYAjXAPABLBBgBiwQYAbMEGALXBBgC3wQYACMIGACHCBgBbwgYAbMIGAK7CBgC8wgYAAcMGAATDBgBUwwYAX8MGAKfDBgC1wwYA+sMGAAfEBgBNxAYAZMQGAKDEBgCoxAYA88QGAPXEBgBGxQYATsUGAJnFBgCoxQYA7MUGAPHFBgA/xgYATMYGAJLGBgCfxgYA5cYGAPHGBgA4xwYAR8cGAIvHBgCVxwYA3scGAOzHBgAxyAYANsgGAITIBgCRyAYA18gGAN/IBgAqyQYANMkGAH3JBgCCyQYA0MkGANjJBgAjygYAJsoGAHbKBgCTygYAycoGANrKBgAcywYAJMsGAG/LBgByywYAwssGAM7LBgAVzAYAG8wGAGjMBgCDzAYAu8wGAMfMBgAOzQYAFM0GAOBwDwBwzQYAtM0GALXNBgAHzgYAPs4GAFrOBgBozgYArc4GAK7OBgAAzwYACM8GAFPPBgBizwYAps8GAKvPBgD5zwYABtAGAEzQBgBZ0AYAn9AGAKvQBgDy0AYAAdEGAEXRBgBP0QYAmNEGAKbRBgDr0QYA8NEGAD7SBgBL0gYAkdIGAJnSBgDk0gYA7tIGADfTBgA80wYAitMGAJLTBgDd0wYA59MGADDUBgA71AYAg9QGAI/UBgDW1AYA3tQGADNxDwAu1QYAfNUGAH/VBgDP1QYA2dUGACLWBgAq1gYAhnEPAIPWBgDI1gYA3tYGABvXBgAn1wYAbtcGAHPXBgDB1wYAytcGABTYBgAe2AYAZ9gGAG/YBgC62AYAxtgGAA3ZBgAg2QYAYNkGAGHZBgCz2QYAwdkGAAbaBgAM2gYAWdoGAGXaBgCs2gYAs9oGANlxDwAA2wYAUtsGAF7bBgCl2wYAstsGAPjbBgAA3AYAS9wGAFXcBgCe3AYArdwGAPHcBgDy3AYARN0GAEzdBgCX3QYApt0GAOrdBgDv3QYAPd4GAEreBgCQ3gYAnd4GAOPeBgDv3gYANt8GAEXfBgCJ3wYAk98GANzfBgDq3wYAL+AGADTgBgCC4AYAj+AGANXgBgDd4AYAKOEGACzhBgB74QYAieEGAM7hBgDY4QYAIeIGACziBgB04gYAfOIGAMfiBgDS4gYAGuMGAB/jBgBt4wYAcOMGAMDjBgDK4wYAE+QGABvkBgBm5AYAheQGACxyDwC75AYADOUGAA3lBgBf5QYAaeUGALLlBgDA5QYABeYGACDmBgBY5gYAZOYGAKvmBgCz5gYAf3IPAArnBgBR5wYAV+cGAKTnBgC/5wYA9+cGAAPoBgBK6AYAUOgGAJ3oBgCl6AYA8OgGAP7oBgBD6QYARukGAJbpBgCe6QYA6ekGAPLpBgA86gYASeoGAI/qBgCR6gYA4uoGAP3qBgA16wYAN+sGAIjrBgCW6wYA2+sGAOzrBgAu7AYAMOwGAIHsBgCa7AYA1OwGAOXsBgAn7QYAM+0GAHrtBgCC7QYA0nIPANPtBgAg7gYAKO4GAHPuBgB67gYAxu4GAMvuBgAZ7wYAJe8GAGzvBgBv7wYAv+8GAMfvBgAS8AYAH/AGAGXwBgBq8AYAuPAGAMLwBgAL8QYAE/EGAF7xBgBq8QYAsfEGAMTxBgAE8gYAEvIGAFfyBgBa8gYAqvIGALTyBgAlcw8AAPMGAFDzBgBY8wYAo/MGAKbzBgD28wYAAvQGAEn0BgBP9AYAnPQGALf0BgDv9AYA+/QGAEL1BgBI9QYAlfUGAJ31BgDo9QYA9vUGADv2BgA+9gYAjvYGAJb2BgDh9gYA6vYGADT3BgBB9wYAh/cGAIn3BgDa9wYA9fcGAC34BgAv+AYAgPgGAI74BgDT+AYA5PgGACb5BgAo+QYAefkGAJL5BgDM+QYA3fkGAB/6BgAr+gYAcvoGAHr6BgB4cw8Ay/oGABj7BgAg+wYAa/sGAHL7BgC++wYAw/sGABH8BgAd/AYAZPwGAGf8BgC3/AYAv/wGAAr9BgAX/QYAXf0GAGL9BgCw/QYAuv0GAAP+BgAL/gYAVv4GAGL+BgCp/gYAvP4GAPz+BgAK/wYAT/8GAFL/BgCi/wYArP8GAMtzDwD4/wYASAAHAFQABwCbAAcAoQAHAO4ABwAJAQcAQQEHAE0BBwCUAQcAmgEHAOcBBwDvAQcAOgIHAEgCBwCNAgcAkAIHAOACBwDoAgcAMwMHADwDBwCGAwcAkwMHANkDBwDbAwcALAQHAEcEBwB/BAcAgQQHANIEBwDgBAcAJQUHADYFBwB4BQcAegUHAMsFBwDkBQcAHgYHAC8GBwBxBgcAfQYHAMQGBwDMBgcAHnQPAB0HBwBqBwcAcgcHAL0HBwDEBwcAEAgHABUIBwBjCAcAbwgHALYIBwC5CAcACQkHABEJBwBcCQcAaQkHAK8JBwC0CQcAAgoHAAwKBwBVCgcAXQoHAKgKBwC0CgcA+woHAA4LBwBOCwcAXAsHAKELBwCkCwcA9AsHAP4LBwBxdA8ASQwHAJoMBwBMDAcAtBkIAFAMBwAiSw4AUwwHAL9rDQBVDAcA6nwIAKQMBwCjwg0AqwwHAO0MBwD+DAcAQA0HAE4NBwCTDQcArw0HAOYNBwACDgcAxHQPAEcOBwCMDgcAmQ4HAN8OBwD2DgcAMg8HAD4PBwCFDwcAiw8HANgPBwDeDwcAKxAHADAQBwB+EAcAhBAHABd1DwDWEAcAJBEHACwRBwB3EQcAehEHAMoRBwDWEQcAHRIHACMSBwBwEgcAixIHAMMSBwDPEgcAFhMHABwTBwBpEwcAcRMHALwTBwC+EwcADxQHACoUBwBiFAcAZBQHALUUBwDDFAcACBUHABkVBwBbFQcAXRUHAK4VBwDHFQcAARYHABIWBwBUFgcAYBYHABB2DwC9FgcA+hYHAAkXBwBNFwcAIxcHACocBwBPFwcAoBcHAK8XBwDzFwcA/hcHAEYYBwBSGAcAmRgHAJwYBwDsGAcAoBgHAJElBwC1GAcAaB8HAPgYBwA/GQcARRkHAJIZBwCtGQcA5RkHAPEZBwA4GgcAPhoHAIsaBwCXGgcA3hoHAOQaBwAxGwcANxsHAIQbBwCJGwcA1xsHAN0bBwBjdg8ALRwHAH0cBwCZHAcA0BwHANgcBwBcdw8ALx0HAHYdBwB8HQcAyR0HAOQdBwAcHgcAKB4HAG8eBwB1HgcAwh4HAMoeBwAVHwcANh8HAK93DwBwHwcAAngPAMAfBwAOIAcAGyAHAGEgBwBuIAcAtCAHAMAgBwAHIQcAFiEHAFohBwBkIQcArSEHALUhBwAAIgcACiIHAFMiBwBhIgcApiIHALwiBwD5IgcABSMHAEwjBwBRIwcAnyMHAKgjBwDyIwcA/CMHAEUkBwBNJAcAmCQHAKIkBwDrJAcA8CQHAD4lBwBGJQcAVXgPAJ0lBwDkJQcA9yUHADcmBwBGJgcAiiYHAJYmBwDdJgcA3iYHADAnBwA6JwcAgycHAJEnBwDWJwcA2ycHACkoBwA2KAcAqHgPAIcoBwDPKAcA2ygHACIpBwAoKQcAdSkHAIEpBwDIKQcA0CkHAKF5DwAeKgcAbioHAHYqBwDBKgcAzioHABQrBwAZKwcAZysHAG8rBwC6KwcAvCsHAA0sBwAoLAcAYCwHAGIsBwCzLAcAwSwHAAYtBwAXLQcAWS0HAFstBwCsLQcAxS0HAP8tBwAQLgcAUi4HAF4uBwClLgcArS4HAPR5DwD9LgcASy8HAFgvBwCeLwcAqy8HAPEvBwD9LwcARDAHAFMwBwCXMAcAoTAHAOowBwD4MAcAPTEHAEIxBwCQMQcAnTEHAOMxBwDrMQcANjIHADgyBwCJMgcAkzIHANwyBwDkMgcAR3oPADozBwCCMwcAkDMHANUzBwDYMwcAKDQHADA0BwB7NAcAkTQHAM40BwDTNAcAITUHADc1BwB0NQcAgDUHAMc1BwDUNQcAGjYHACQ2BwCaeg8AbzYHAMA2BwDONgcAEzcHACQ3BwDteg8AbDcHALk3BwDFNwcAQHsPAA44BwBfOAcAZTgHALI4BwDSOAcABTkHABE5BwBYOQcAXzkHAKs5BwCzOQcA/jkHAAU6BwBROgcAXToHAKQ6BwCmOgcA9zoHAP46BwCTew8ATTsHAJ07BwClOwcA8DsHAAA8BwBDPAcARTwHAJY8BwCkPAcA6TwHAPo8BwDmew8AQz0HADl8DwCcPQcA4j0HAOk9BwA1PgcAPT4HAIg+BwCWPgcA2z4HAN4+BwAuPwcANj8HAIE/BwCIPwcA1D8HAOI/BwAnQAcAKkAHAHpABwB8QAcAzUAHAOZABwAgQQcAMUEHAHNBBwB/QQcAxkEHAM1BBwAZQgcAIUIHAGxCBwB1QgcAv0IHAMxCBwASQwcAHEMHAGVDBwBzQwcAuEMHAMlDBwALRAcAE0QHAF5EBwBoRAcAsUQHAL9EBwAERQcAGkUHAFdFBwBjRQcAqkUHALFFBwD9RQcABUYHAFBGBwBWRgcAo0YHAK9GBwD2RgcAAEcHAElHBwBPRwcAnEcHALBHBwDffA8A/UcHAEJIBwBbSAcAlUgHAKtIBwDoSAcA90gHADtJBwBVSQcAjkkHAJFJBwBrTgcAmUkHAEhTBwCdSQcA4UkHAOZJBwA0SgcAQUoHAIdKBwCUSgcA2koHAOZKBwAtSwcAPEsHAIBLBwCKSwcA00sHAOFLBwAmTAcAK0wHAHlMBwCGTAcAzEwHANhMBwAfTQcAJU0HAHJNBwB4TQcAxU0HAMpNBwAYTgcAHk4HADJ9DwB3TgcAvk4HAMROBwARTwcALE8HAGRPBwBwTwcAt08HAL1PBwAKUAcAEVAHAF1QBwBiUAcA/FEHAGlQBwCwUAcAslAHAANRBwAKUQcAVlEHAHJRBwCpUQcAsVEHACt+DwAAUgcAT1IHAFxSBwCiUgcAvlIHAPVSBwD9UgcAfn4PAE1TBwCbUwcAnlMHAO5TBwD4UwcAQVQHAFJUBwCUVAcAmVQHAOdUBwDsVAcAOlUHAFpVBwCNVQcAllUHAOBVBwDhVQcAM1YHAD9WBwCGVgcAjFYHANlWBwDfVgcALFcHADFXBwB/VwcAhVcHANF+DwDTVwcAJVgHADFYBwB4WAcAhVgHAMtYBwDTWAcAHlkHACdZBwBxWQcAflkHAMRZBwDSWQcAF1oHACpaBwBqWgcAcloHAL1aBwDAWgcAEFsHABVbBwBjWwcAclsHALZbBwDWWwcACVwHABVcBwBcXAcAZlwHAMp/DwC5XAcAAl0HAARdBwBVXQcAX10HAKhdBwCxXQcA+10HAP5dBwBOXgcAVl4HAKFeBwDWXgcAHYAPAABfBwBHXwcAVl8HAJpfBwC6XwcA7V8HAPlfBwBAYAcAR2AHAJNgBwCYYAcA5mAHAOdgBwA5YQcARWEHAIxhBwCSYQcA32EHAOFhBwAyYgcAPGIHAIViBwCTYgcA2GIHAN1iBwArYwcAOGMHAH5jBwCIYwcA0WMHAN9jBwAkZAcAOmQHAHdkBwCDZAcAymQHAM9kBwAdZQcAJmUHAHBlBwB6ZQcAw2UHAM9lBwAWZgcAKWYHAGlmBwB4ZgcAvGYHAMhmBwAPZwcAEGcHAGJnBwBsZwcAtWcHAMNnBwAIaAcADWgHAFtoBwBoaAcAcIAPALxoBwABaQcAF2kHAFRpBwBgaQcAp2kHAK5pBwD6aQcAAmoHAE1qBwBSagcAoGoHAKlqBwDzagcA/WoHAEZrBwBOawcAmWsHAJ1rBwDsawcA7msHAD9sBwBNbAcAkmwHAJxsBwDlbAcA82wHADhtBwBFbQcAi20HAKJtBwDebQcA5m0HADFuBwBBbgcAhG4HAIluBwDXbgcA3W4HACpvBwAybwcAfW8HAIJvBwDQbwcA0W8HACNwBwAvcAcAdnAHAHxwBwDJcAcAy3AHABxxBwAmcQcAb3EHAH1xBwDCcQcAx3EHABVyBwAicgcAaYEPAGpyBwC7cgcAxXIHAA5zBwAccwcAYXMHAGZzBwC0cwcAwXMHAAd0BwAJdAcASyEJABF0BwBadAcAaHQHAK10BwDDdAcAAHUHAAx1BwBTdQcAWHUHAKZ1BwCvdQcA+XUHAAN2BwBMdgcAWHYHAJ92BwCydgcA8nYHAAF3BwBFdwcAUXcHAJh3BwCZdwcA63cHAPV3BwA+eAcATHgHAJF4BwCWeAcA5HgHAPF4BwC8gQ8AQHkHAIp5BwCUeQcA3XkHAN95BwAwegcAOnoHAIN6BwCPegcA1noHAN56BwC1gg8AKnsHAHx7BwCIewcAz3sHANV7BwAifAcAJHwHAHV8BwB/fAcAyHwHANZ8BwAbfQcAIH0HAG59BwB7fQcAwX0HAMl9BwAUfgcAHn4HAGd+BwB1fgcAun4HANB+BwANfwcAGX8HAGB/BwBnfwcAs38HALt/BwAGgAcAC4AHAFmABwBigAcArIAHALaABwD/gAcAFIEHAFKBBwBbgQcApYEHALKBBwD4gQcA+oEHAEuCBwBkggcAnoIHAK+CBwDxggcA/YIHAESDBwBMgwcACIMPAJyDBwDqgwcA8oMHAD2EBwBThAcAkIQHAJWEBwDjhAcA6oQHADaFBwBEhQcAiYUHAJmFBwDchQcA8IUHAC+GBwA3hgcAgoYHAJGGBwDVhgcA2oYHACiHBwAxhwcAe4cHAIiHBwDOhwcA2IcHACGIBwAtiAcAdIgHAHqIBwBbgw8A1YgHABqJBwAwiQcAbYkHAHmJBwDAiQcAxYkHABOKBwAcigcAZooHAHCKBwC5igcAwYoHAAyLBwAQiwcAX4sHAGGLBwCyiwcAwIsHAAWMBwAPjAcAWIwHAGaMBwCrjAcAuIwHAP6MBwAVjQcAUY0HAFmNBwCkjQcAtI0HAPeNBwD8jQcASo4HAFCOBwCdjgcApY4HAPCOBwALjwcAQ48HAEWPBwCWjwcAp48HAOmPBwDyjwcAPJAHAEiQBwCugw8AlJAHAOKQBwDlkAcANZEHAD+RBwCIkQcAipEHANuRBwD2kQcALpIHADCSBwCBkgcAj5IHANSSBwDlkgcAJ5MHACmTBwB6kwcAk5MHAM2TBwDekwcAIJQHACyUBwABhA8AkJQHAMaUBwDXlAcAGZUHADWVBwBslQcAdJUHAFSEDwDElQcAEpYHABqWBwBllgcAcJYHALiWBwC9lgcAC5cHAA6XBwBelwcAaJcHALGXBwC0lwcABJgHAAyYBwBXmAcAWZgHAKqYBwDFmAcA/ZgHAP+YBwBQmQcAXpkHAKOZBwC0mQcA9pkHAPiZBwBJmgcAYpoHAJyaBwCtmgcA75oHAPuaBwBCmwcASpsHAKeEDwCimwcA6JsHAPCbBwA7nAcARZwHAI6cBwCZnAcA4ZwHAO2cBwA0nQcAPJ0HAPqEDwCMnQcA2p0HAN+dBwAtngcAPp4HAE2FDwCNngcA054HANWeBwAmnwcAP58HAHmfBwCKnwcAzJ8HANifBwAfoAcAJ6AHAKCFDwB3oAcAxaAHAM2gBwAYoQcAJ6EHAGuhBwBxoQcAvqEHAMqhBwARogcAE6IHAGSiBwBuogcAt6IHAMOiBwAKowcAEqMHAPOFDwBpowcAsKMHALOjBwADpAcABqQHAFakBwBkpAcAqaQHAK6kBwD8pAcACaUHAEaGDwBgpQcAoqUHAKqlBwD1pQcAr6UHAAmvBwAApgcASKYHAE2mBwCbpgcAnqYHAO6mBwD4pgcAQacHAGSnBwCUpwcAl6cHAOenBwALqAcAOqgHAEKoBwCZhg8Ak6gHAOCoBwDuqAcAM6kHAD+pBwCGqQcAjakHANmpBwDhqQcALKoHADyqBwB/qgcAhKoHANKqBwDYqgcAJasHAC2rBwB4qwcAlasHAMurBwDUqwcAHqwHACqsBwBxrAcAd6wHAMSsBwDYrAcAF60HAB+tBwBqrQcAeq0HAL2tBwC/rQcAEK4HAB6uBwBjrgcAdK4HAOyGDwC9rgcAP4cPAA6vBwBcrwcAY68HAK+vBwC7rwcAArAHAAWwBwBVsAcAZbAHAKiwBwCqsAcA+7AHAAmxBwBOsQcAX7EHAJKHDwCosQcA5YcPAAeyBwBHsgcAVrIHAJqyBwCmsgcA7bIHAO6yBwBAswcASrMHAJOzBwChswcA5rMHAOuzBwA5tAcARrQHADiIDwCRtAcA37QHAOi0BwAytQcAQ7UHAIW1BwCMtQcA2LUHAOC1BwArtgcAOLYHAH62BwCDtgcA0bYHANu2BwAktwcALLcHAHe3BwB9twcAyrcHANa3BwAduAcAH7gHAHC4BwB/uAcAw7gHAM64BwAWuQcAHrkHAGm5BwBruQcAvLkHAMm5BwAPugcAI7oHAGK6BwBqugcAtboHAMS6BwAIuwcADbsHAFu7BwBouwcArrsHALi7BwABvAcAA7wHAFS8BwBjvAcAp7wHALG8BwD6vAcAAr0HAE29BwBOvQcAoL0HAKW9BwDzvQcAAb4HAEa+BwBTvgcAmb4HAKO+BwAxiQ8A774HAD+/BwBLvwcAKc4HAFu/BwCSvwcAmr8HAISJDwDqvwcAOMAHAEDABwCLwAcAjsAHAN7ABwDqwAcAMcEHADfBBwCEwQcAn8EHANfBBwDjwQcAKsIHADDCBwB9wgcAgMIHANDCBwDYwgcAI8MHACXDBwB2wwcAkcMHAMnDBwDLwwcAHMQHACrEBwBvxAcAgMQHAMLEBwDExAcAFcUHAC7FBwBoxQcAecUHALvFBwDHxQcADsYHABbGBwDXiQ8AZsYHALTGBwC6xgcAB8cHAA/HBwBaxwcAaccHAK3HBwCyxwcAAMgHAA3IBwBTyAcAYMgHAKbIBwCyyAcA+cgHAAjJBwBMyQcAVskHAJ/JBwCtyQcA8skHAPfJBwBFygcAUsoHACqKDwCkygcA68oHAPHKBwA+ywcAWcsHAJHLBwCdywcA5MsHAOrLBwA3zAcAOswHAIrMBwCWzAcA3cwHAOPMBwAwzQcANs0HAIPNBwCIzQcA1s0HANzNBwB9ig8AL84HAHzOBwCCzgcAz84HANTOBwAizwcAKM8HANCKDwB6zwcAyM8HANXPBwAb0AcAKNAHAG7QBwB60AcAwdAHANDQBwAU0QcAHtEHAGfRBwB10QcAutEHAL/RBwAN0gcAGtIHAGDSBwB40gcAs9IHALnSBwAG0wcAEtMHAFnTBwBp0wcArNMHALXTBwD/0wcAAtQHAFLUBwBe1AcApdQHAKzUBwDJiw8A+tQHAEvVBwBV1QcAntUHAKHVBwDx1QcA+dUHAETWBwBH1gcAl9YHAKPWBwDq1gcA8NYHAD3XBwBY1wcAkNcHAJzXBwDj1wcA6dcHAByMDwBW2AcAidgHAJTYBwDc2AcA4dgHAC/ZBwA42QcAgtkHAIXZBwDV2QcA4dkHACjaBwA02gcAiOQHAEDaBwB72gcAgtoHAM7aBwDU2gcAIdsHAC/bBwB02wcAj9sHAMfbBwDT2wcAGtwHACDcBwBt3AcAh9wHAMDcBwDM3AcAE90HABndBwBm3QcAbN0HALndBwC+3QcADN4HABLeBwBvjA8AbN4HALLeBwC+3gcABd8HAA/fBwBY3wcAXN8HAKvfBwCw3wcA/t8HAATgBwBR4AcAceAHAKTgBwCw4AcA9+AHAP3gBwBK4QcAUOEHAJ3hBwCi4QcA8OEHAPbhBwAVjQ8ASOIHAJbiBwCd4gcA6eIHAPXiBwA84wcAWOMHAI/jBwCX4wcADo4PABrkBwA15AcAW+QHAGGODwCb5AcA2+QHAOrkBwAu5QcAOuUHAIHlBwCC5QcA1OUHAN7lBwAn5gcANeYHAHrmBwB/5gcAzeYHANrmBwC0jg8AKOcHAK2PDwB45wcAxucHANPnBwAZ6AcAJugHAGzoBwB46AcAv+gHAM7oBwAS6QcAHOkHAGXpBwBz6QcAuOkHAL3pBwAL6gcAGOoHAF7qBwBm6gcAseoHALfqBwAE6wcAEOsHAFfrBwBn6wcAqusHALPrBwD96wcAAOwHAFDsBwBc7AcAo+wHAKrsBwAAkA8AAe0HAEntBwBV7QcAnO0HAKTtBwBTkA8A/O0HAELuBwBJ7gcAle4HAJbuBwDo7gcA7e4HADvvBwBJ7wcAju8HAJvvBwDh7wcA6+8HADTwBwA88AcAh/AHAJDwBwDa8AcA4PAHAC3xBwA+8QcAgPEHAJzxBwDT8QcA2/EHAKaQDwAx8gcAefIHAIPyBwDM8gcA1vIHAB/zBwAg8wcA+ZAPAHfzBwDF8wcA0vMHABj0BwAl9AcAa/QHAHf0BwC+9AcAzfQHABH1BwAb9QcAZPUHAGz1BwC39QcAwfUHAAr2BwAP9gcAXfYHAGX2BwBMkQ8Au/YHAAP3BwAP9wcAVvcHAF73BwCfkQ8ArvcHAPz3BwAL+AcAT/gHAG/4BwCi+AcArvgHAPX4BwD7+AcASPkHAFD5BwCb+QcAovkHAO75BwDw+QcAQfoHAE36BwCU+gcAqvoHAOf6BwDs+gcAOvsHAEf7BwDykQ8AkvsHAOD7BwDv+wcAM/wHAFP8BwCG/AcAkvwHANn8BwDf/AcALP0HADT9BwB//QcAhv0HANL9BwDU/QcAJf4HADH+BwB4/gcAjv4HAMv+BwDQ/gcAHv8HACv/BwBx/wcAef8HAMT/BwDK/wcAFwAIACAACABqAAgAdwAIAL0ACADKAAgAEAEIAB4BCABjAQgAcAEIALYBCADNAQgACQIIADcCCABFkg8AYgIIAK8CCABpAggAm3wNAMUCCAACAwgAEAMIAFUDCABYAwgAqAMIAKsDCAD7AwgACQQIAE4ECABTBAgAoQQIAK4ECAD0BAgA/AQIAEcFCABOBQgAmgUIAKYFCADtBQgA+gUIAEAGCABOBggAkwYIAJ8GCADmBggA7QYIADkHCABBBwgAjAcIAJAHCADfBwgA6gcIADIICABACAgAhQgIAJYICADYCAgA5AgIACsJCAAzCQgAmJIPAIQJCADRCQgA5QkIACQKCAAyCggAdwoIAIQKCADKCggA4QoIAB0LCAAlCwgAcAsIAHoLCADDCwgAyAsIABYMCAAeDAgAaQwIAHgMCAC8DAgAwQwIAA8NCAAcDQgAYg0IAG8NCAC1DQgAwQ0IAAgOCAAXDggAWw4IAGUOCACuDggAtg4IAAEPCAALDwgAVA8IAFkPCACnDwgArw8IAOuSDwAFEAgATRAIAFkQCACgEAgAqBAIAD6TDwD4EAgARhEIAFURCACZEQgAuREIAOwRCAD4EQgAPxIIAEUSCACSEggAmhIIAOUSCADsEggAOBMIADoTCACLEwgAlxMIAN4TCAD0EwgAMRQIADYUCACEFAgAkRQIAJGTDwDgFAgAKhUIADAVCAB9FQgAixUIANAVCADdFQgAIxYIADoWCAB2FggAfhYIAMkWCADYFggAHBcIACEXCABvFwgAfBcIAMIXCADPFwgAFRgIACEYCABoGAgAdxgIALsYCADFGAgADhkIACoZCABhGQgAaRkIAOSTDwDBGQgA7yQMAMMZCAAHGggAERoIAAGZDAAnGggAWhoIAGYaCACtGggAsxoIAAAbCAAIGwgAMlsIAAwbCABTGwgAGhsIAMxFCABmGwgAphsIALUbCAD5GwgABRwIAEwcCABNHAgAnxwIAKkcCADyHAgAAB0IAEUdCABKHQgAmB0IAKUdCAA3lA8A8R0IAD4eCABEHggAkR4IAJYeCADkHggA6h4IADCVDwBCHwgAih8IAJgfCADdHwgA7h8IADAgCAA8IAgAgyAIAIsgCADWlQ8A4iAIACkhCAAzIQgAfCEIAIshCADPIQgA2iEIACIiCAAwIggAdSIIAIIiCADIIggA3yIIABsjCAAjIwgAbiMIAHEjCADBIwgAzSMIABQkCAAaJAgAZyQIAIIkCAC6JAgAxiQIAA0lCAATJQgAYCUIAGglCACzJQgAtSUIAAYmCAAHJggAWSYIAGcmCACsJggAtCYIAP8mCAAaJwgAUicIAF4nCAClJwgAqycIAPgnCAD7JwgASygIAFkoCACeKAgAoygIAPEoCAD+KAgAKZYPAFEpCAAWlgwAVSkIAJcpCABXKQgATe0MAKMpCADqKQgA9ykIAD0qCABCKggAkCoIAJoqCADjKggA8yoIADYrCAA7KwgAiSsIAJIrCADcKwgA6SsIAC8sCAA2LAgAgiwIAI4sCADVLAgA2ywIACgtCAAuLQgAey0IAIAtCADOLQgA1C0IAHyWDwAtLggAdC4IAHouCADHLggAzS4IABovCAAnLwgAbS8IAHIvCADALwgAyC8IABMwCABJMAgAZjAIAJYwCAC5MAgAwTAIAAwxCAAZMQgAXzEIAGQxCACyMQgAujEIAAUyCAAIMggAWDIIAGEyCACrMggAujIIAP4yCAAJMwgAUTMIAFkzCACkMwgAtDMIAPczCAAFNAgASjQIAFs0CACdNAgAqTQIAPA0CAD4NAgAdZcPAEk1CACWNQgAnjUIAOk1CADwNQgAPDYIAEo2CACPNggAlTYIAOI2CADuNggANTcIAEQ3CACINwgAkjcIANs3CADgNwgALjgIADQ4CACBOAgAlTgIAMiXDwDhOAgAJzkIAOM4CACseQgALDkIAHo5CACGOQgAzTkIANo5CAAgOggAKjoIABuYDwCOOggAxjoIAMg6CAAZOwgAHzsIAGw7CACjOwgAvzsIAMU7CAASPAgAGzwIAGU8CAByPAgAuDwIAO88CAALPQgAEj0IAF49CABjPQgAsT0IAMA9CAAEPggAJD4IAFc+CABjPggAqj4IALA+CAD9PggAFz8IAFA/CABTPwgAoz8IAKg/CAD2PwgABUAIAElACABpQAgAwZgPALxACADvQAgA+0AIAEJBCABMQQgAlUEIAKFBCAAK7wgAokEIAOhBCADtQQgAO0IIAEVCCACOQggAnkIIAOFCCADmQggANEMIAD1DCACHQwgAlEMIANpDCADhQwgALUQIADlECACARAgAhkQIANNECADZRAgAJkUIACtFCAB5RQgAf0UIABSZDwDPRQgAH0YIACRGCAByRggAgUYIAMVGCADlRggAupkPACZHCABrRwgAeEcIAL5HCADFRwgAEUgIABlICABkSAgAZkgIALdICABrSAgA6NkKAHtICACMnwoAvUgIAC/ECgC/SAgACkkIAA5JCADSUAgAIEkIAPJhCgAlSQgAXUkIAF9JCACwSQgAwUkIAANKCAARSggAVkoIAF1KCACpSggAsUoIAPxKCAADSwgAT0sIAFRLCACiSwgAsUsIAPVLCAAVTAgASEwIAFRMCACbTAgAoUwIAO5MCAD2TAgAQU0IAE1NCACUTQgAoU0IAOdNCAACTggAOk4IAEhOCACNTggAk04IAOBOCADlTggAM08IAEBPCACGTwgAnE8IANlPCADlTwgALFAIADlQCAB/UAgAiVAIAA2aDwDXUAgAJVEIACtRCAB4UQgAmFEIAMtRCADZUQgAHlIIACtSCABxUggAiFIIAMRSCADMUggAF1MIACZTCABqUwgAb1MIAL1TCADKUwgAEFQIABpUCABjVAgAZVQIALZUCADEVAgACVUIABZVCABcVQgAaFUIAK9VCAC1VQgAAlYIAApWCABVVggAW1YIAKhWCACxVggA+1YIAAhXCABOVwgAWFcIAKFXCACvVwgA9FcIAApYCABHWAgAU1gIAJpYCACiWAgAYJoPAPdYCABAWQgARlkIAJNZCACVWQgA5lkIAPBZCAA5WggARVoIAIxaCACjWggA31oIAPNaCACzmg8AQFsIAIVbCACIWwgA2FsIAOBbCAArXAgAN1wIAH5cCACMXAgA0VwIANtcCAAkXQgAL10IAHddCACDXQgAyl0IANBdCAAdXggAJV4IAHBeCAB9XggAw14IAMheCAAWXwgAIF8IAGlfCABxXwgAvF8IAMJfCAAPYAgAGGAIAGJgCABvYAgAtWAIAMJgCAAIYQgAFmEIAFthCABoYQgArmEIAMVhCAABYggACWIIAFRiCABZYggAp2IIAK1iCAD6YggAAmMIAE1jCABjYwgAoGMIAK5jCADzYwgA9mMIAEZkCABVZAgAmWQIAJ5kCADsZAgA+WQIAD9lCABPZQgAkmUIAKBlCADlZQgA/GUIADhmCABBZggAi2YIAJFmCADeZggA6mYIADFnCAA4ZwgABpsPAJBnCADXZwgA2WcIACpoCAA0aAgAfWgIAIloCADQaAgA2GgIAFmbDwAoaQgAdmkIAIVpCADJaQgA6WkIABxqCAAoaggAb2oIAHVqCADCaggAymoIABVrCAAWawgAaGsIAG5rCAC7awgAwGsIAA5sCAApbAgAYWwIAG9sCAC0bAgAu2wIAAdtCAATbQgAWm0IAGBtCACsmw8Asm0IAABuCAAKbggAU24IAGRuCACmbggAsm4IAPluCAD8bggATG8IAE9vCACfbwgAp28IAPJvCAD5bwgARXAIAEpwCACYcAgAp3AIAOtwCAALcQgAPnEIAEpxCACRcQgAl3EIAORxCADscQgAN3IIAERyCACKcggAj3IIAN1yCADncggAMHMIADhzCACDcwgAk3MIANZzCADbcwgAKXQIADJ0CAB8dAgAiXQIAM90CADWdAgA/5sPACd1CAB1dQgAhHUIAMh1CADodQgAG3YIACd2CABudggAdHYIAMF2CADJdggAFHcIACB3CABndwgAdHcIALp3CADBdwgADXgIAA54CABgeAgAZXgIALN4CADBeAgABnkIABN5CABZeQgAY3kIAFKcDwCxeQgA/3kIAAx6CABSeggAX3oIAKV6CACreggA+HoIAAR7CABLewgAW3sIAJ57CACnewgA8XsIAPR7CABEfAgAUHwIAJd8CACefAgApZwPAOx8CAA9fQgA8XwIAIyYCwD6fAgAveQLAE59CACQfQgAmH0IAON9CADtfQgANn4IAEV+CACJfggAin4IANx+CADkfggAS50PADd/CACenQ8AoH8IANV/CAClfwgA8KkPAKp/CABBoAgA3X8IACiACAA3gAgAe4AIAICACADOgAgA24AIACGBCAAugQgAdIEIAICBCADHgQgA1oEIABqCCAAkgggAbYIIAJCCCADAgggA9oIIABODCAA3gwgAZoMIAG6DCADqng8AvoMIAAyECAAShAgAX4QIAGeECAA9nw8AwIQIAAWFCAAghQgAWIUIAGSFCACrhQgAvIUIAP6FCAAShggAUYYIAFmGCACkhggAqoYIAPeGCAADhwgASocIAFqHCACdhwgApocIAPCHCADzhwgAQ4gIAE+ICACWiAgAnYgIAJCfDwD3iAgAPIkIAEaJCADjnw8AlIkIAOKJCADviQgANYoIAEKKCACIiggAlIoIANuKCADqiggALosIADiLCACBiwgAj4sIANSLCADZiwgAJ4wIADSMCAB6jAgAgowIAM2MCADTjAgAII0IACyNCABzjQgAg40IAMaNCADPjQgAGY4IAByOCABsjggAeI4IAL+OCADGjggANqAPACGPCABljwgAao8IALiPCADFjwgAC5AIABiQCABekAgAZJAIALGQCAC9kAgABJEIABSRCABXkQgAYJEIAKqRCACtkQgA/ZEIAAmSCABQkggAV5IIAImgDwCokggA9pIIAAOTCABJkwgAZ5MIAJyTCACokwgA75MIAAKUCABClAgAUJQIAJWUCACYlAgA6JQIAPKUCAA7lQgASZUIAI6VCACblQgA4ZUIAPiVCAA0lggAPJYIAIeWCACOlggA2pYIAN+WCAAtlwgAQ5cIAICXCACClwgA05cIAOGXCAAmmAgAM5gIANygDwCBmAgAL6EPANGYCAAfmQgALJkIAHKZCAB/mQgAxZkIANGZCAAYmggAJ5oIAGuaCAB1mggAvpoIAMyaCAARmwgAFpsIAGSbCABxmwgAt5sIAL+bCAAKnAgAEJwIAF2cCABpnAgAsJwIAMCcCAADnQgADJ0IAFadCABZnQgAqZ0IALWdCAD8nQgAA54IAIKhDwBbnggAop4IALKeCAD1nggAuJ4IAP11DAD+nggASJ8IAEufCACbnwgAp58IAO6fCAD1nwgA1aEPAEqgCAB/owgAS6AIAJSgCACjoAgA56AIAKWgCAAzoggA6KAIADqhCABWoQgAjaEIAMShCADgoQgAF6IIACiiDwA2oggAhqIIAKKiCADZoggAEKMIACyjCABjowgAe6IPAIyjCADSowgA4KMIACWkCAA4pAgAeKQIAJSkCADLpAgAAqUIAB6lCABVpQgAzqIPAIKlCADEpQgA0KUIABemCAAfpggAIaMPAG+mCAC9pggAxaYIABCnCAAfpwgAY6cIAGinCAC2pwgAw6cIAAmoCAAWqAgAXKgIAGioCACvqAgAvqgIAAKpCAAMqQgAVakIAF2pCACoqQgAsqkIAPupCAAAqggATqoIAFaqCAB0ow8AsKoIAPSqCACyqggAQKwIAPWqCABHqwgAY6sIAJqrCADRqwgA7asIACSsCADHow8AQ6wIAJOsCACvrAgA5qwIAB2tCAA5rQgAcK0IABqkDwCPrQgA360IAPCtCAAyrggATq4IAIWuCAC8rggA2K4IAA+vCABtpA8AOK8IAH6vCACKrwgA0a8IAOCvCAAksAgALrAIAHewCACFsAgAyrAIAM+wCAAdsQgAKrEIAHCxCAB4sQgAw7EIAMmxCAAWsggA07EIALQSCQAisggAabIIAHmyCAC8sggAxbIIAA+zCAASswgAYrMIAG6zCAC1swgAvLMIAMCkDwANtAgAG2ELABK0CABbtAgAFLQIAPP7CgBltAgArrQIAK+0CAABtQgAELUIAFS1CABZtQgAp7UIALS1CAD6tQgAB7YIAE22CABZtggAoLYIAK+2CADztggA/bYIAEa3CABUtwgAmbcIAJ63CADstwgA+bcIAD+4CABAuAgAkrgIAJe4CADluAgA6rgIADi5CABJuQgAi7kIAK65CADeuQgA6bkIADG6CAA2uggAhLoIAIe6CADXuggA4boIACq7CABVuwgAfbsIAJy7CAATpQ8A3LsIACO8CAAlvAgAdrwIAIW8CADJvAgA1LwIABy9CAAkvQgAb70IAHa9CADCvQgAxL0IABW+CAAfvggAaL4IAGq+CAC7vggA1L4IAA6/CAAQvwgAYb8IAGS/CAC0vwgAwL8IAAfACAAPwAgAZqUPAGbACACtwAgAs8AIAADBCAAbwQgAU8EIAF/BCACmwQgArMEIAPnBCAABwggATMIIAE7CCACfwggAqcIIAPLCCAD6wggAuaUPAFbDCACYwwgAn8MIAOvDCADzwwgAPsQIAEvECACRxAgAlsQIAOTECADuxAgAN8UIAD/FCACKxQgAmcUIAN3FCADixQgAMMYIAD3GCACDxggAkMYIANbGCADixggAKccIADjHCAB8xwgAhscIAM/HCADXxwgAIsgIACzICAB1yAgAesgIAMjICADQyAgADKYPACfJCABuyQgAfskIAMHJCADKyQgAFMoIABfKCABnyggAc8oIALrKCADByggAX6YPABPLCABgywgAZssIALPLCAC4ywgABswIAAzMCACypg8AX8wIAKzMCACyzAgA/8wIAATNCADgKw0ADM0IAFLNCABXzQgApc0IAK3NCAD4zQgAK84IAG3VCAAwzggAS84IAIPOCACezggA1s4IAPHOCAAhzwgARM8IAEzPCACXzwgAps8IAOrPCADvzwgAPdAIAErQCACQ0AgAndAIAOPQCADv0AgANtEIAEXRCACJ0QgAk9EIANzRCADq0QgAL9IIADTSCACC0ggAj9IIANXSCADd0ggAKNMIAC7TCAB70wgAh9MIAM7TCADe0wgAIdQIACrUCAB01AgAd9QIAMfUCADT1AgAGtUIACHVCAAFpw8ApdUIAMDVCADw1QgAE9YIABvWCABm1ggAddYIALnWCAC+1ggADNcIABnXCABf1wgAbNcIALLXCAC+1wgABdgIABTYCABY2AgAYtgIAKvYCAC52AgA/tgIAAPZCABR2QgAXtkIAKTZCACs2QgA99kIAP3ZCABK2ggAVtoIAJ3aCACt2ggA8NoIAPnaCABD2wgARtsIAJbbCACi2wgA6dsIAPDbCABYpw8APtwIAB07DQBK3AgAj9wIAJzcCADi3AgA7twIADXdCAA73QgAiN0IAI7dCADb3QgA4N0IAC7eCAA03ggAq6cPAKfeCADU3ggA+t4IACffCABa3wgAet8IALLfCADN3wgA/d8IAFGoDwAs4AgAc+AIAC7gCABx8QkAfeAIAMbgCADg4AgAGeEIACjhCABs4QgAceEIAL/hCADM4QgAEuIIAB/iCABl4ggAceIIALjiCADH4ggAC+MIABXjCABe4wgAauMIALHjCADE4wgABOQIABPkCABX5AgAY+QIAKrkCACr5AgA/eQIAAflCABQ5QgAXuUIAKPlCACo5QgA9uUIAAPmCACkqA8ATuYIAJzmCACp5ggA7+YIAPzmCABC5wgATucIAJXnCACk5wgA6OcIAPLnCAA76AgASegIAI7oCACT6AgA4egIAO7oCAA06QgAPOkIAIfpCACN6QgA2ukIAObpCAAt6ggAPeoIAIDqCACJ6ggA0+oIANbqCAAm6wgAMusIAHnrCACA6wgAnakPAM/rCAAf7AgAJ+wIAHLsCAB+7AgAxewIAMvsCAAY7QgAHu0IAGvtCABw7QgAvu0IAMTtCABDqg8ASe4IAGTuCACc7ggAt+4IANvuCADpqg8AEO8IAHYICgAd7wgAXe8IAGzvCACw7wgAvO8IAAPwCAAE8AgAVvAIAGDwCACp8AgAt/AIAPzwCAAB8QgAT/EIAFzxCAA8qw8AxfEIAI+rDwAt8ggASPIIAIDyCACb8ggAv/IIAOKrDwD88ggAQfMIAEbzCACU8wgAofMIAOfzCADv8wgAOvQIAED0CACN9AgAmfQIAOD0CADw9AgAM/UIADz1CACG9QgAifUIANn1CAAS9ggALPYIADj2CAA1rA8AhfYIANL2CADr9ggAJfcIADP3CAB49wgAhfcIAMv3CADS9wgAHvgIACf4CABx+AgAfvgIAMT4CADb+AgAF/kIABr5CABq+QgAbPkIAL35CADG+QgAEPoIACD6CABj+ggAfPoIALb6CAC4+ggACfsIABL7CABc+wgAZPsIAK/7CACx+wgAAvwIABv8CABV/AgAbPwIAKj8CAC0/AgA+/wIAAz9CABO/QgAWv0IAKH9CACs/QgA9P0IAAH+CABH/ggAUf4IAIisDwCt/ggA7f4IAPv+CABA/wgAKP8IAFsHCQB6/wgAk/8IAKD/CADm/wgA7v8IADkACQA/AAkAjAAJAJgACQDfAAkA6gAJADIBCQA7AQkAhQEJAIgBCQDYAQkA2gEJACsCCQAyAgkAfgIJAIACCQDbrA8A1AIJACQDCQAyAwkAdwMJAHwDCQDKAwkA1wMJAB0ECQApBAkAcAQJAHgECQAurQ8A0QQJABYFCQAmBQkAaQUJAHcFCQC8BQkAxQUJAA8GCQAZBgkAYgYJAGQGCQC1BgkAvwYJAAgHCQAKBwkAga0PAGAHCQCuBwkAtgcJAAEICQAHCAkAVAgJAGAICQCnCAkAtggJAPoICQADCQkATQkJAFAJCQCgCQkAogkJAPMJCQD6CQkARgoJAEgKCQDUrQ8AngoJAOwKCQAICwkAPwsJAFsLCQAnrg8AnwsJAKQlCgChCwkA5QsJAOoLCQA4DAkARQwJAIsMCQCYDAkA3gwJAOQMCQAxDQkAPQ0JAIQNCQCUDQkA1w0JAOANCQAqDgkALQ4JAH0OCQCJDgkA0A4JANcOCQB6rg8AMg8JAHYPCQB7DwkAyQ8JANYPCQAcEAkAKRAJAG8QCQB1EAkAwhAJAM4QCQAVEQkAJREJAGgRCQBxEQkAuxEJAL4RCQAOEgkAGhIJAGESCQBoEgkAza4PALYSCQAHEwkAFRMJAFoTCQBrEwkAIK8PALQTCQBzrw8ACBQJAMavDwBYFAkAphQJALMUCQD5FAkABhUJAEwVCQBYFQkAnxUJAK4VCQDyFQkA/BUJAEUWCQBTFgkAmBYJAJ0WCQDrFgkA+BYJAD4XCQBGFwkAkRcJAJcXCQDkFwkA8BcJADcYCQBHGAkAihgJAJMYCQDdGAkA4BgJADAZCQA8GQkAgxkJAIoZCQAZsA8A2xkJACkaCQAxGgkAfBoJAH8aCQDPGgkA2BoJACIbCQAxGwkAdRsJAIAbCQDIGwkA0BsJABscCQArHAkAbhwJAHwcCQDBHAkA0hwJABQdCQAgHQkAZx0JAG8dCQBssA8AwB0JAA0eCQAVHgkAYB4JAGceCQCzHgkAwR4JAAYfCQAMHwkAWR8JAGUfCQCsHwkAux8JAP8fCQAJIAkAUiAJAFcgCQClIAkAqyAJAPggCQAMIQkAv7APAFwhCQCeIQkAqiEJAPEhCQD3IQkARCIJAEoiCQCXIgkAnCIJAOoiCQDwIgkAErEPAEIjCQCQIwkAoSMJAOMjCQDrIwkANiQJAO8jCQDLSgkA8SMJAIG7DQBAJAkAiSQJAJckCQDcJAkA8iQJAC8lCQA7JQkAgiUJAIklCQDVJQkA3SUJACgmCQAtJgkAeyYJAIQmCQDOJgkA2CYJACEnCQApJwkAdCcJAHgnCQDHJwkA0icJABooCQAoKAkAbSgJAH4oCQDAKAkAzCgJABMpCQAbKQkAZbEPAGgpCQC5KQkAxykJAAwqCQAWKgkAXyoJAG0qCQCyKgkAvyoJAAUrCQAcKwkAWCsJAGArCQCrKwkAuysJAP4rCQADLAkAUSwJAFcsCQCkLAkArCwJAPcsCQD5LAkASi0JAFctCQCdLQkApS0JAPAtCQD1LQkAQy4JAEQuCQCWLgkAoi4JAOkuCQD2LgkAPC8JAEQvCQCPLwkAni8JAOIvCQDnLwkANTAJAEIwCQCIMAkAlTAJANswCQDnMAkALjEJAD0xCQCBMQkAizEJANQxCQDiMQkAJzIJACwyCQB6MgkAhzIJALixDwDQMgkAIDMJACgzCQBzMwkAgDMJAMYzCQDLMwkAGTQJACM0CQBsNAkAdDQJAL80CQDBNAkAEjUJAC01CQBlNQkAZzUJALg1CQDGNQkACzYJABw2CQBeNgkAYDYJALE2CQDKNgkABDcJABU3CQBXNwkAYzcJAKo3CQC/NwkA/TcJAAU4CQBQOAkAVjgJAKM4CQCvOAkA9jgJABM5CQBJOQkAUjkJAJw5CQCoOQkA7zkJAPI5CQBCOgkATDoJAJU6CQCdOgkA6DoJAPI6CQA7OwkASTsJAI47CQCkOwkA4TsJAO07CQA0PAkAOzwJAIc8CQCPPAkA2jwJAN88CQAtPQkANj0JAIA9CQCKPQkA0z0JANs9CQAmPgkAKD4JAHk+CQCJPgkAzD4JANY+CQAfPwkAKz8JAHI/CQB4PwkAxT8JAM0/CQALsg8AJEAJAGtACQB+QAkAvkAJANpACQARQQkAGUEJAF6yDwByQQkAt0EJAM1BCQAKQgkAFkIJAF1CCQBiQgkAsEIJALlCCQADQwkADUMJAFZDCQBeQwkAqUMJAKtDCQD8QwkAC0QJAE9ECQBsRAkAokQJAKtECQD1RAkAA0UJAEhFCQBORQkAm0UJAKlFCQDuRQkA+0UJAEFGCQBYRgkAlEYJAJxGCQDnRgkA6UYJADpHCQBCRwkAjUcJAJxHCQDgRwkA5UcJADNICQBASAkAhkgJAJNICQDZSAkA5UgJACxJCQA7SQkAf0kJAIlJCQDSSQkA4EkJACVKCQAqSgkAeEoJAIVKCQCxsg8A0UoJAB5LCQAkSwkAcUsJAHZLCQDESwkAyksJAASzDwAlTAkAakwJAIBMCQC9TAkAyUwJABBNCQAVTQkAY00JAGxNCQC2TQkAwE0JAAlOCQAsTgkAXE4JAGBOCQCvTgkAa04JAPtPCQCxTgkAAk8JABBPCQBVTwkAX08JAKhPCQDMTwkA/bMPAAFQCQBOUAkAWlAJAKFQCQCjUAkA9FAJAP5QCQBHUQkAU1EJAJpRCQC+UQkAULQPAPFRCQBAUgkA/FEJAIxTCQBCUgkAk1IJAKFSCQDmUgkA8FIJADlTCQBdUwkAo7QPAJJTCQDfUwkA61MJADJUCQA0VAkAhVQJAI9UCQDYVAkA5FQJACtVCQBPVQkA9rQPAJtVCQDRVQkA2lUJACRWCQAyVgkAd1YJAH1WCQDKVgkA1lYJAB1XCQAlVwkASbUPAHdXCQDDVwkA3FcJABZYCQAlWAkAaVgJAHFYCQC8WAkAy1gJAA9ZCQAUWQkAYlkJAG9ZCQC1WQkAwlkJAAhaCQAUWgkAW1oJAGpaCQCuWgkAuFoJAAFbCQAPWwkAVFsJAFlbCQCnWwkAtFsJAJy1DwD7WwkAKMwJABNcCQBNXAkAV1wJAKBcCQCiXAkA81wJAAFdCQBGXQkAU10JAJldCQChXQkA7F0JABVeCQA/XgkARl4JAJJeCQCrXgkA5V4JAPReCQA4XwkAQF8JAItfCQCaXwkA3l8JAONfCQAxYAkAPmAJAIRgCQCRYAkA12AJAONgCQAqYQkAOWEJAH1hCQCHYQkA0GEJAN5hCQAjYgkAKGIJAHZiCQCDYgkA77UPAM5iCQD4ZQsA1WIJABxjCQDxYgkAqWUQAC9jCQBvYwkAfmMJAMJjCQDOYwkAFWQJACFkCQBoZAkAb2QJALtkCQDHZAkADmUJABVlCQBhZQkAaWUJALRlCQC4ZQkAB2YJABJmCQBaZgkAZmYJAK1mCQC6ZgkAAGcJAAhnCQBTZwkAXWcJAKZnCQCsZwkA+WcJAA1oCQBMaAkAWmgJAJ9oCQCsaAkA8mgJAAlpCQBFaQkATWkJAJhpCQCiaQkA62kJAPBpCQA+agkARmoJAJFqCQCgagkA5GoJAOlqCQA3awkARGsJAIprCQCXawkA3WsJAOlrCQAwbAkAP2wJAINsCQCNbAkAQrYPAN5sCQApbQkAOG0JAHxtCQCBbQkAz20JANhtCQAibgkAM24JAHVuCQB8bgkAyG4JANBuCQAbbwkAKG8JAG5vCQBzbwkAwW8JAMtvCQAUcAkAHHAJAGdwCQCAcAkAunAJAMZwCQANcQkAFXEJAJW2DwBvcQkAs3EJANBxCQAGcgkAD3IJAFlyCQBncgkArHIJALJyCQD/cgkAC3MJAFJzCQBZcwkApXMJAK1zCQD4cwkACHQJAEt0CQBRdAkAnnQJAKN0CQDxdAkAB3UJAER1CQBMdQkAl3UJAKF1CQDqdQkA9XUJAD12CQBJdgkAkHYJAJh2CQDotg8A8HYJADZ3CQA9dwkAiXcJAJV3CQDcdwkA4ncJAC94CQBAeAkAgngJAJZ4CQDVeAkA43gJACh5CQA1eQkAe3kJAJJ5CQDOeQkA1nkJACF6CQAoegkAdHoJAHZ6CQDHegkA0XoJABp7CQAcewkAbXsJAIZ7CQDAewkAwnsJABN8CQAWfAkAZnwJAHJ8CQC5fAkA5XwJADu3DwAbfQkAX30JAHx9CQCyfQkAu30JAAV+CQATfgkAWH4JAF5+CQCrfgkAt34JAP5+CQAGfwkAjrcPAFl/CQCkfwkAqn8JAPd/CQADgAkASoAJAE2ACQCdgAkAooAJAPCACQD5gAkAQ4EJAEmBCQCWgQkApYEJAOmBCQD1gQkAPIIJAESCCQDhtw8AlYIJAOKCCQDnggkANYMJAEuDCQCIgwkAkIMJANuDCQDpgwkALoQJADiECQCBhAkAhIQJANSECQDchAkAJ4UJACiFCQB6hQkAgIUJAM2FCQDbhQkAIIYJADaGCQBzhgkAdYYJAMaGCQDMhgkAGYcJAC2HCQBshwkAdIcJAL+HCQDPhwkAEogJABSICQBliAkAdIgJALiICQDCiAkAC4kJABCJCQBeiQkAZIkJALGJCQDFiQkABIoJAAyKCQBXigkAXIoJAKqKCQCwigkA/YoJAAWLCQBQiwkAU4sJAKOLCQCoiwkA9osJAP+LCQBJjAkAT4wJAJyMCQCrjAkA74wJAPuMCQA0uA8ATI0JAJWNCQCXjQkA6I0JAO+NCQA7jgkAQo4JAI6OCQCUjgkA4Y4JAO+OCQA0jwkAQY8JAIePCQCXjwkA2o8JAN+PCQAtkAkANZAJAICQCQBJkAkAcP0JAIyQCQDTkAkA1ZAJAL6TCQDgkAkAJpEJACuRCQB5kQkAg5EJAMyRCQDckQkAH5IJACSSCQBykgkAe5IJAMWSCQDSkgkAGJMJAB+TCQBrkwkAc5MJAIe4DwDMkwkAEZQJACmUCQBklAkAZpQJALeUCQDOlAkACpUJAAyVCQBdlQkAa5UJALCVCQC9lQkAA5YJAAuWCQDauA8AXJYJAKmWCQCrlgkA/JYJAAmXCQBPlwkAUpcJAKKXCQCzlwkA9ZcJAPeXCQBImAkAUpgJAJuYCQCnmAkA7pgJAPaYCQAtuQ8ARpkJAJSZCQCXmQkA55kJAPGZCQA6mgkAQpoJAI2aCQCamgkA4JoJAOKaCQAzmwkASZsJAIabCQCSmwkA2ZsJAOGbCQCAuQ8AL5wJAH+cCQCInAkA0pwJAOCcCQBSxgkA4ZwJACWdCQAwnQkAeJ0JAICdCQDLnQkA1p0JAB6eCQAjngkAcZ4JAHSeCQDEngkAzp4JACa6DwAdnwkAap8JACGfCQBc3wwAhZ8JAL2fCQDJnwkAEKAJABagCQBjoAkAa6AJALagCQDMoAkACaEJABehCQBcoQkAX6EJAK+hCQDIoQkAAqIJAA6iCQBVogkAYKIJAKiiCQCqogkA+6IJABajCQBOowkAXKMJAKGjCQCuowkA9KMJAAukCQB5ug8ASaQJAKHhDABdpAkAmqQJAJukCQDtpAkA8qQJAEClCQBGpQkAk6UJAJWlCQDmpQkA7KUJADmmCQBNpgkAjKYJAJSmCQDfpgkA76YJADKnCQA0pwkAhacJAJOnCQDYpwkA6acJAMy6DwAxqAkAfqgJAIqoCQAfuw8A06gJACSpCQA1qQkAd6kJAH+pCQDKqQkA06kJAB2qCQAkqgkAcKoJAHGqCQByuw8Az6oJABarCQAYqwkAaasJAHCrCQC8qwkAxKsJAA+sCQAYrAkAYqwJAGmsCQC1rAkAtqwJAMW7DwANrQkAW60JAGOtCQCurQkAuK0JAAGuCQAPrgkAVK4JAGquCQCnrgkAs64JAPquCQD/rgkATa8JAFavCQCgrwkAqq8JABi8DwD0rwkARrAJAE6wCQApDAsAXrAJAJmwCQCmsAkA7LAJAPiwCQA/sQkASbEJAJKxCQCWsQkA5bEJAOqxCQA4sgkAPrIJAIuyCQCrsgkA3rIJAPayCQAxswkASLMJAISzCQCQswkA17MJAOGzCQAqtAkALLQJAH20CQCEtAkA0LQJANe0CQAjtQkAKbUJAHa1CQCCtQkAybUJAMy1CQActgkAH7YJAG+2CQB7tgkAwrYJAMW2CQAVtwkAMbcJAGi3CQBwtwkAa7wPAMe3CQAOuAkAGLgJAGG4CQBjuAkAtLgJALu4CQAHuQkADrkJAFq5CQBguQkArbkJALu5CQAAugkADboJAFO6CQBjugkAproJAKu6CQD5ugkAAbsJAEy7CQBcuwkAn7sJAKS7CQDyuwkA+LsJAEW8CQBNvAkAvrwPAJ68CQDrvAkA87wJAD69CQBBvQkAkb0JAJ29CQDkvQkA6r0JADe+CQBSvgkAir4JAJi+CQDdvgkA7L4JADC/CQA8vwkAg78JAIu/CQBkvQ8A278JACnACQAzwAkAfMAJAITACQDPwAkA78AJACLBCQAvwQkAdcEJAHrBCQDIwQkAzMEJABvCCQAowgkAt70PAHPCCQDBwgkAxMIJABTDCQAewwkAZ8MJAHPDCQC6wwkAzcMJAA3ECQAcxAkAYMQJAGzECQCzxAkAtMQJAAbFCQAQxQkAWcUJAGfFCQCsxQkAscUJAP/FCQAMxgkACr4PAFzGCQClxgkAp8YJAPjGCQARxwkAS8cJAFzHCQCexwkAqscJAPHHCQD5xwkAA78PAEvICQCXyAkAnsgJAOrICQDwyAkAPckJAEnJCQCQyQkAk8kJAOPJCQDmyQkANsoJAD7KCQCJygkAmcoJANzKCQDhygkAL8sJADjLCQCCywkAj8sJANXLCQDcywkAVr8PADTMCQB7zAkAiMwJAM7MCQDWzAkAIc0JACvNCQB0zQkAg80JAMfNCQDIzQkAGs4JACLOCQBtzgkAfM4JAMDOCQDFzgkAE88JACDPCQBmzwkAc88JALnPCQDFzwkADNAJABvQCQBf0AkAadAJALLQCQDA0AkABdEJAArRCQBY0QkAZdEJAKvRCQCz0QkA/tEJAAjSCQBR0gkAVtIJAKTSCQCs0gkAqb8PAAXTCQBK0wkAVtMJAJ3TCQCj0wkA8NMJAPbTCQBD1AkASNQJAJbUCQCc1AkA/L8PAPXUCQA81QkAQtUJAI/VCQCV1QkA4tUJAO/VCQA11gkAOtYJAIjWCQCQ1gkA29YJAPnWCQD1wA8AMNcJANkzDAAx1wkAe2sLADTXCQAjAQsARNcJAIHXCQCC1wkA1NcJANnXCQAn2AkALdgJAHrYCQB82AkAzdgJANPYCQAg2QkANNkJAHPZCQB72QkAxtkJANbZCQAZ2gkAG9oJAGzaCQB62gkAv9oJANDaCQBIwQ8AGNsJAGXbCQBx2wkAm8EPAMXbCQAL3AkAE9wJAF7cCQBr3AkAsdwJALPcCQAE3QkAGt0JAFfdCQBj3QkAqt0JALLdCQBBwg8ACd4JAFDeCQBT3gkAo94JAKjeCQD23gkAB98JAEnfCQBS3wkAnN8JAKbfCQDv3wkA/d8JAELgCQBH4AkAleAJAKLgCQCUwg8A9OAJADvhCQBI4QkAjuEJAJDhCQDh4QkA9+EJADTiCQBA4gkAh+IJAI/iCQDnwg8A3+IJAC3jCQAz4wkAgOMJAIjjCQDT4wkA1uMJACbkCQAy5AkAeeQJAH/kCQDM5AkA5+QJAB/lCQAs5QkAcuUJAHTlCQDF5QkA2+UJABjmCQAk5gkAa+YJAHPmCQA6ww8AxOYJABHnCQAW5wkAZOcJAH/nCQC35wkAxecJAAroCQAR6AkAXegJAGnoCQCw6AkAt+gJAI3DDwAO6QkAVukJAF7pCQCp6QkAtOkJAPzpCQAB6gkAT+oJAFLqCQCi6gkArOoJAPXqCQD96gkASOsJAFbrCQCb6wkAnusJAO7rCQD26wkAQewJAGHsCQCU7AkAoewJAOfsCQDs7AkAOu0JAD7tCQCN7QkAmu0JAODDDwAA7gkAM+4JADzuCQCG7gkAh+4JANnuCQDh7gkALO8JADzvCQB/7wkAge8JANLvCQDg7wkAJfAJADbwCQAzxA8AfvAJAMvwCQDX8AkAhsQPACXxCQDZxA8AdvEJAMTxCQDe8QkAF/IJACbyCQBq8gkAdfIJAL3yCQC/8gkAEPMJAB3zCQBj8wkAcPMJALbzCQDC8wkACfQJABr0CQBc9AkAX/QJAK/0CQDJ9AkAAvUJAAv1CQBV9QkAYvUJAKj1CQCu9QkA+/UJAAf2CQBO9gkAUfYJAKH2CQCm9gkA9PYJAAX3CQBH9wkAYvcJAJr3CQCm9wkA7fcJAPT3CQBA+AkAQvgJAJP4CQCa+AkA5vgJAO34CQA5+QkAP/kJAIz5CQCY+QkA3/kJAOL5CQAy+gkANfoJAIX6CQCR+gkA2PoJAOv6CQAr+wkAOvsJAH77CQCK+wkA0fsJANL7CQAk/AkALvwJAHf8CQCF/AkAyvwJAM/8CQAd/QkAKv0JACzFDwB4/QkAf8UPAMX9CQAW/gkALP4JAGn+CQB1/gkAvP4JAMT+CQDSxQ8AFf8JAGL/CQBq/wkAtf8JALj/CQAIAAoAFAAKAFsACgBhAAoArgAKAMkACgABAQoADwEKAFQBCgBjAQoApwEKALMBCgD6AQoAAgIKACXGDwBSAgoAoAIKAKoCCgDzAgoA+wIKAEYDCgBmAwoAmQMKAKYDCgDsAwoA8QMKAD8ECgBDBAoAkgQKAJ8ECgB4xg8ACAUKAMvGDwA9BQoAiwUKAJoFCgDeBQoA/gUKADEGCgA9BgoAhAYKAI4GCgDXBgoA4wYKACoHCgAwBwoAfQcKAIMHCgDQBwoA1QcKACMICgApCAoAHscPAHwICgDJCAoAzggKABwJCgAiCQoAxMcPAHIJCgDCCQoAzAkKABUKCgAXCgoAaAoKAIEKCgC7CgoAzAoKAA4LCgAcCwoAYQsKAGQLCgC0CwoAvwsKAAcMCgAPDAoAWgwKAFwMCgCtDAoAtQwKAAANCgANDQoAUw0KAF8NCgCmDQoAqg0KAPkNCgABDgoATA4KAFsOCgCfDgoApA4KAPIOCgD/DgoARQ8KAFIPCgCYDwoApA8KAOsPCgD6DwoAPhAKAEgQCgCREAoAnxAKAOQQCgDpEAoANxEKAEQRCgAXyA8AkhEKAGrIDwDhEQoAFBYKAOkRCgAwEgoANhIKAIMSCgCJEgoA1hIKAOMSCgApEwoALhMKAHwTCgCEEwoAzxMKAAIUCgDIFAoABxQKACIUCgBIFAoAGxUKAFoUCgB1FAoArRQKAL3IDwAAFQoAEMkPAEEVCgBuFQoAoRUKAMEVCgD5FQoAY8kPACIWCgBnFgoAdBYKALoWCgDGFgoADRcKABMXCgBgFwoAZhcKALMXCgC4FwoABhgKAAwYCgC2yQ8AfxgKAFIZCgCRGAoArBgKAOQYCgBcyg8ANxkKAK/KDwB4GQoApRkKANgZCgD4GQoAMBoKAALLDwBVGgoAnhoKAKMaCgDxGgoA+RoKAFXLDwBJGwoAlxsKAKAbCgDqGwoA9xsKAD0cCgBEHAoAqMsPAJgcCgD7yw8A9hwKADYdCgBCHQoAiR0KAJgdCgDcHQoA5R0KAC8eCgA5HgoAgh4KAIQeCgDVHgoA7h4KACgfCgA5HwoAex8KAIcfCgDOHwoA1h8KAE7MDwAvIAoAdCAKAIUgCgDHIAoA0yAKABohCgAiIQoAocwPAHIhCgDAIQoAyiEKABMiCgAbIgoAZiIKAHYiCgC5IgoAviIKAAwjCgAVIwoAXyMKAGwjCgCyIwoAuSMKAPTMDwALJAoAvYMNABIkCgBYJAoAGCQKAJ1rDABdJAoAqyQKALckCgD+JAoACyUKAFElCgBbJQoAR80PAKklCgD3JQoAAyYKAEomCgBXJgoAnSYKAKcmCgDwJgoADCcKAEMnCgBLJwoAms0PAJsnCgDpJwoA8ScKADwoCgA/KAoAjygKAJgoCgDiKAoA8SgKADUpCgBAKQoAiCkKAJApCgDbKQoA6ykKAC4qCgA8KgoAgSoKAJIqCgDUKgoA4CoKACcrCgAvKwoA7c0PAIArCgDNKwoA1SsKACAsCgAnLAoAcywKAIEsCgDGLAoAzCwKABktCgAlLQoAbC0KAHstCgC/LQoAyS0KABIuCgAXLgoAZS4KAGsuCgC4LgoAzC4KAAsvCgATLwoAXi8KAHwvCgCxLwoAuS8KAEDODwAMMAoAk84PAF8wCgCqMAoAwzAKAP0wCgAGMQoAUDEKAGAxCgCjMQoAszEKAPYxCgACMgoASTIKAE8yCgCcMgoAqjIKAO8yCgD8MgoAQjMKAFkzCgCVMwoAnTMKAOgzCgDyMwoAOzQKAEk0CgCONAoApDQKAOE0CgDtNAoANDUKADs1CgCHNQoAjzUKANo1CgDfNQoALTYKADY2CgCANgoAijYKANM2CgDbNgoAJjcKACg3CgB5NwoAiTcKAMw3CgDWNwoAHzgKACs4CgByOAoAeDgKAMU4CgDNOAoAOc8PACE5CgBrOQoAfDkKAL45CgDKOQoAEToKAB46CgBkOgoAaToKALc6CgDBOgoACjsKABo7CgBdOwoAYjsKALA7CgC5OwoAAzwKABA8CgBWPAoAXTwKAKk8CgC1PAoA/DwKAAI9CgBPPQoAVT0KAKI9CgCnPQoA9T0KAPs9CgCMzw8ATT4KAJs+CgCjPgoA7j4KAAQ/CgBBPwoARj8KAJQ/CgCbPwoA5z8KAPA/CgA6QAoAS0AKAI1ACgCZQAoA4EAKAOhACgCF0A8ANUEKAIZBCgCcQQoA2UEKAOVBCgAsQgoAM0IKAH9CCgCHQgoA2NAPANdCCgAlQwoALUMKAHhDCgCOQwoAy0MKANBDCgAeRAoAJUQKAHFECgB6RAoAxEQKANVECgAXRQoAI0UKAGpFCgByRQoAK9EPAL9FCgAQRgoAJkYKAGNGCgBvRgoAtkYKAL1GCgAJRwoAEUcKAH7RDwBhRwoAr0cKALZHCgACSAoAC0gKAFVICgBmSAoAqEgKALRICgD7SAoAA0kKANHRDwBQSQoAoUkKALBJCgD0SQoAFEoKAEdKCgBJSgoAmkoKALFKCgDtSgoA+UoKAEBLCgBISwoAd9IPAJhLCgDmSwoA6EsKADlMCgBATAoAjEwKAJRMCgDfTAoA6EwKADJNCgA4TQoAhU0KAJZNCgDYTQoA4E0KAB3TDwA3TgoAfk4KAIFOCgDRTgoA1k4KACRPCgA1TwoAd08KAJJPCgDKTwoA1k8KAB1QCgAlUAoAcNMPAIZQCgDDUAoAxFAKABZRCgAbUQoAaVEKAG9RCgC8UQoAxlEKAA9SCgAXUgoAYlIKAHRSCgDD0w8AwlIKAAhTCgASUwoAW1MKAGFTCgCuUwoAwlMKAAFUCgAJVAoAVFQKAGRUCgCnVAoArFQKAPpUCgAAVQoATVUKAFVVCgCgVQoAoVUKAPNVCgD1VQoARlYKAFVWCgCZVgoAuVYKAOxWCgDuVgoAP1cKAFZXCgCSVwoAnlcKAOVXCgDtVwoAFtQPAEBYCgCLWAoApFgKAN5YCgDnWAoAMVkKADtZCgCEWQoAjFkKANdZCgDnWQoAKloKAC9aCgB9WgoAhloKANBaCgDdWgoAI1sKACpbCgB2WwoAflsKALzUDwDTWwoAHFwKACRcCgBvXAoAfVwKAMJcCgDPXAoAFV0KAB1dCgBoXQoAal0KALtdCgDDXQoADl4KAA9eCgBhXgoAY14KALReCgDDXgoAB18KACdfCgBaXwoAXF8KAK1fCgDEXwoAAGAKAAxgCgBTYAoAbWAKAKZgCgDPYAoA+WAKAPxgCgBMYQoAUWEKAJ9hCgCsYQoAD9UPAPRhCgBFYgoAT2IKAJhiCgCnYgoA62IKAPZiCgA+YwoATGMKAJFjCgCeYwoA5GMKAPtjCgA3ZAoAP2QKAIpkCgCLZAoA3WQKAN9kCgAwZQoAP2UKAINlCgCjZQoA1mUKANhlCgApZgoAQGYKAHxmCgCIZgoAz2YKANdmCgBi1Q8AJ2cKAHVnCgB7ZwoAyGcKANBnCgAbaAoAOmgKAG5oCgB7aAoAwWgKAMJoCgAUaQoAKmkKAGdpCgCDaQoAtdUPAL9pCgANagoAF2oKAGBqCgBoagoAs2oKALRqCgAGawoAtWoKAMdzCgAMawoAWWsKAGVrCgCsawoAvGsKAP9rCgANbAoAUmwKAGVsCgClbAoAsWwKAPhsCgD/bAoAS20KAFNtCgCebQoAom0KAPFtCgD/bQoARG4KAE5uCgCXbgoAom4KAOpuCgDybgoAPW8KAHRvCgCQbwoAmG8KAONvCgDobwoANnAKADxwCgCJcAoAkXAKANxwCgD2cAoAL3EKAGZxCgCCcQoAinEKANVxCgDacQoAKHIKAC5yCgB7cgoAg3IKAM5yCgDocgoAIXMKADtzCgB0cwoAq3MKAAjWDwDPcwoAGnQKACF0CgBtdAoAeXQKAMB0CgDBdAoAE3UKAB91CgBmdQoAc3UKALl1CgDAdQoADHYKABh2CgBfdgoAbHYKALJ2CgDBdgoABXcKABl3CgBb1g8AWncKAKt3CgBkdwoAwLkMAK53CgBdLQwAuHcKAFEeCwC6dwoA/ncKAB54CgBReAoAU3gKAKR4CgC7eAoA93gKAAN5CgBKeQoAUnkKAK7WDwCfeQoA8HkKAP15CgBDegoATHoKAJZ6CgCYegoA6XoKAPp6CgA8ewoATXsKAI97CgCjewoAAdcPAAJ8CgA1fAoAN3wKAIh8CgCffAoA23wKAOd8CgAufQoANn0KAFTXDwCDfQoA1H0KANd9CgAnfgoAL34KAHp+CgCHfgoAzX4KANJ+CgAgfwoAKn8KAHN/CgB7fwoAxn8KAN9/CgAZgAoAJYAKAGyACgB4gAoAv4AKAMyACgASgQoAGoEKAGWBCgB1gQoAuIEKAL2BCgALggoAFIIKAF6CCgBrggoAsYIKALiCCgAEgwoADIMKAKfXDwBkgwoAqoMKAK2DCgD9gwoAB4QKAFCECgBShAoAo4QKALSECgD2hAoAB4UKAEmFCgBVhQoAnIUKAKOFCgDvhQoACYYKAEKGCgBKhgoAlYYKAJaGCgD8jwoAn4YKAOiGCgDuhgoAO4cKAE+HCgCOhwoAlocKAOGHCgDrhwoANIgKADmICgCHiAoAj4gKANqICgDoiAoALYkKADqJCgCAiQoAg4kKANOJCgDdiQoAJooKACiKCgB5igoAiooKAMyKCgDdigoAH4sKACeLCgD61w8AfIsKAMWLCgDhiwoAGIwKACCMCgBN2A8AbIwKAL6MCgDUjAoAEY0KABmNCgBkjQoAco0KALeNCgDEjQoACo4KAA2OCgBdjgoAZ44KALCOCgCyjgoAA48KABSPCgBWjwoAZ48KAKmPCgCxjwoAoNgPAA2QCgBPkAoAW5AKAKKQCgCkkAoA9ZAKAPiQCgBIkQoAVJEKAJuRCgCjkQoA89gPAPeRCgBBkgoATpIKAJSSCgCckgoA55IKAPmSCgA6kwoAR5MKAI2TCgCOkwoA4JMKAPaTCgAzlAoAO5QKAIaUCgCUlAoA2ZQKAOaUCgAslQoAL5UKAH+VCgCJlQoA0pUKANSVCgAllgoANpYKAHiWCgCJlgoAy5YKANOWCgBG2Q8AK5cKAHGXCgB7lwoAxJcKANKXCgAXmAoALZgKAGqYCgB2mAoAvZgKAMmYCgAQmQoAFpkKAGOZCgBpmQoAtpkKALuZCgAJmgoAD5oKAJnZDwBhmgoAr5oKALGaCgACmwoACZsKAFWbCgBdmwoAqJsKAKubCgD7mwoABJwKAE6cCgBdnAoAoZwKAKycCgD0nAoA/JwKAEedCgBXnQoAmp0KAKidCgDtnQoA/p0KAECeCgBMngoAk54KAJueCgCS2g8ABJ8KADmfCgBBnwoA5doPAJifCgDfnwoA9Z8KADKgCgA6oAoAhaAKAKSgCgA42w8A26AKAP3WCgDloAoAK6EKAC6hCgDTbQ4AM6EKAH6hCgA1oQoA+aUMAIChCgDRoQoAiKEKANCtCgCPoQoAAacKAN6hCgAkogoAOKIKAHeiCgB/ogoAyqIKAM+iCgAdowoALaMKAHCjCgB4owoAw6MKAM2jCgAWpAoAIaQKAGmkCgB1pAoAvKQKAMSkCgCL2w8AFKUKAGKlCgBrpQoAtaUKALulCgAIpgoAF6YKAFumCgBnpgoArqYKALGmCgDe2w8ABqcKAFSnCgBjpwoAp6cKAKmnCgD6pwoAC6gKAE2oCgBeqAoAoKgKALSoCgDzqAoA+6gKAEapCgBUqQoAmakKAKapCgDsqQoA76kKAD+qCgBJqgoAkqoKAJSqCgDlqgoA9qoKADirCgBJqwoAi6sKAJerCgDeqwoA5asKADGsCgA5rAoAhKwKAJusCgDXrAoA46wKACqtCgBArQoAfa0KAICtCgAx3A8A260KACOuCgAvrgoAdq4KAH6uCgCE3A8A1a4KAByvCgAyrwoAb68KAHKvCgDCrwoAyq8KABWwCgAXsAoAaLAKAIOwCgC7sAoAvbAKAA6xCgAcsQoAYbEKAHKxCgC0sQoAtrEKAAeyCgAgsgoAWrIKAGuyCgCtsgoAubIKANfcDwAGswoAU7MKAGGzCgCmswoAwbMKAPmzCgAFtAoATLQKAFK0CgCftAoAp7QKAPK0CgACtQoARbUKAEq1CgCYtQoAobUKAOu1CgD4tQoAPrYKAEW2CgCRtgoAmbYKACrdDwDptgoAN7cKAD23CgCKtwoAkrcKAN23CgAGuAoAMLgKADe4CgCDuAoAnLgKANa4CgDluAoAKbkKAEW5CgB93Q8AgbkKAM+5CgDZuQoAIroKADK6CgB1ugoAeroKAMi6CgDRugoAG7sKACi7CgBuuwoAdbsKAMG7CgDNuwoAFLwKACe8CgBnvAoAdrwKALq8CgDGvAoADb0KAA69CgBgvQoAar0KALO9CgDBvQoABr4KAAu+CgBZvgoAZr4KANDdDwC9vgoA/74KAAG/CgBSvwoAVb8KAKW/CgCovwoA+L8KAP+/CgBLwAoAV8AKAJ7ACgCuwAoA8cAKAAHBCgBEwQoAScEKAJfBCgCgwQoA6sEKAPfBCgA9wgoARMIKAJDCCgCcwgoA48IKAOnCCgA2wwoAPMMKAInDCgCOwwoA3MMKAOLDCgDJ3g8AOcQKAILECgCQxAoA1cQKAOXECgAoxQoAKsUKAHvFCgCKxQoAzsUKANjFCgAhxgoAKcYKAMLfDwB6xgoAx8YKANPGCgAV4A8AH8cKAG3HCgB1xwoAwMcKANDHCgATyAoAIcgKAGbICgBzyAoAucgKAMDICgAMyQoAFMkKALvgDwBwyQoAsskKALnJCgAFygoADcoKAFjKCgBlygoAq8oKALDKCgD+ygoACMsKAFHLCgBZywoApMsKAL3LCgD3ywoAA8wKAErMCgBSzAoADuEPAKnMCgDwzAoA88wKAEPNCgBIzQoAls0KAKfNCgDpzQoABM4KADzOCgBIzgoAj84KAJbOCgDizgoA/s4KADXPCgA9zwoAYeEPAI3PCgDbzwoA5c8KAC7QCgA20AoAgdAKAJHQCgDU0AoA2dAKACfRCgAw0QoAetEKAIfRCgDN0QoA1NEKALThDwAp0goAc9IKAIDSCgDG0goA1dIKABnTCgAj0woAbNMKAHrTCgC/0woAxNMKABLUCgAf1AoAZdQKAG3UCgAH4g8AxNQKAAvVCgAY1QoAXtUKAGHVCgCx1QoAv9UKAATWCgAJ1goAV9YKAGTWCgCq1goAstYKAFriDwAF1woAUNcKAFbXCgCj1woAV9cKANMvCwCv1woA9tcKABPYCgBJ2AoAUtgKAJzYCgCq2AoA79gKAPXYCgBC2QoATtkKAJXZCgCc2QoAreIPAO7ZCgA72goASdoKAI7aCgCp2goA4doKAO3aCgA02woAOtsKAADjDwCq2woAU+MPAN/bCgAt3AoAOtwKAIDcCgCN3AoA09wKAN/cCgAm3QoANd0KAHndCgCD3QoAzN0KANrdCgAf3goAJN4KAHLeCgB/3goAxd4KAOHeCgAY3woAIN8KAKbjDwB33woAvt8KANvfCgAR4AoAGuAKAGTgCgBy4AoAt+AKAL3gCgAK4QoAFuEKAF3hCgBk4QoAsOEKALjhCgAD4goAGeIKAFbiCgBb4goAqeIKALDiCgD84goABeMKAE/jCgBg4woAouMKAK7jCgD14woA/eMKAEzkDwBO5AoAm+QKAKDkCgDu5AoACeUKAEHlCgBP5QoAlOUKAJvlCgDn5QoA8+UKADrmCgA95goAjeYKAJXmCgDg5goA4eYKADPnCgA15woAhucKAJXnCgDZ5woA+ecKACzoCgAu6AoAf+gKAJboCgDS6AoA3ugKACXpCgAt6QoAn+QPAHnpCgDL6QoA1+kKAB7qCgAt6goAceoKAHnqCgDy5A8AxuoKABfrCgAl6woAausKAHvrCgBF5Q8AxOsKAJjlDwAY7AoAPuYPAG3sCgC27AoAwuwKAAntCgAf7QoAXO0KAGjtCgCv7QoAwu0KAALuCgAQ7goAVe4KAF/uCgCR5g8AsO4KAOTmDwAR7woATu8KAFrvCgCh7woAru8KAPTvCgD+7woAR/AKAEnwCgCa8AoApPAKAO3wCgD78AoAQPEKAEXxCgCT8QoAoPEKAObxCgDu8QoAOfIKAEnyCgCM8goAjvIKAN/yCgDo8goAMvMKAEPzCgCF8woAj/MKADfnDwDk8woAK/QKAEL0CgB+9AoAmfQKAIrnDwDq9AoAJPUKACr1CgB39QoAgfUKAN3nDwDM9QoAHfYKAC72CgBw9goAePYKAMP2CgCM9goA/h0LAM/2CgAW9woAHPcKAGn3CgBv9woAvPcKAMH3CgAP+AoAFfgKADDoDwB++AoAtfgKAL34CgAp6Q8AFvkKAFv5CgBs+QoArvkKAL/5CgAB+goADfoKAFT6CgBb+goAfOkPALj6CgD6+goAC/sKAE37CgBZ+woAoPsKAKf7CgDP6Q8A9fsKAEb8CgBH/AoAmfwKAKH8CgDs/AoA8fwKAD/9CgBI/QoAkv0KAJz9CgDl/QoA7f0KADj+CgA9/goAi/4KAJv+CgDe/goA5v4KADH/CgBH/woAhP8KAJD/CgDX/woA7f8KACoACwAvAAsAfQALAIMACwDQAAsA5AALACLqDwA5AQsAdgELAIQBCwDJAQsA1gELABwCCwAeAgsAbwILAHkCCwDCAgsAzgILABUDCwAcAwsAaAMLAHADCwC7AwsA1AMLAA4ECwAiBAsAYQQLAGkECwC0BAsAtgQLAAcFCwAUBQsAWgULAF8FCwCtBQsAtwULAAAGCwALBgsAUwYLAF8GCwCmBgsArAYLAPkGCwABBwsATAcLAE0HCwCfBwsApQcLAPIHCwD3BwsARQgLAFQICwCYCAsApAgLAOsICwDuCAsAPgkLAEEJCwB16g8AlgkLAOQJCwAACgsAyOoPAFcKCwCKCgsAkgoLABvrDwDjCgsAMAsLADwLCwBu6w8AiQsLANYLCwDiCwsAs+0PACoMCwC6DwsAOQwLAHwMCwB+DAsAzwwLANkMCwAiDQsAJA0LAHUNCwCGDQsAyA0LANANCwAbDgsAJw4LAG4OCwB0DgsAwQ4LAMcOCwAUDwsAGQ8LAGcPCwBtDwsABu4PALwPCwANEAsAExALAGAQCwBjEAsAsxALAL8QCwAGEQsADhELAP/uDwBfEQsArBELALIRCwD/EQsABBILAFISCwBYEgsAUu8PAKcSCwD4EgsAARMLAEsTCwBiEwsAnhMLAKkTCwDxEwsA+xMLAEQUCwBMFAsAS/APAKQUCwDqFAsA8hQLAD0VCwBHFQsAkBULAJsVCwDjFQsA6RULADYWCwBCFgsAiRYLAIsWCwDcFgsA4xYLAC8XCwA3FwsAghcLAJQXCwCe8A8AERgLACgYCwAwGAsAexgLAJ4YCwCX8Q8A0BgLACEZCwAuGQsAdBkLAHsZCwDHGQsA2BkLABoaCwAmGgsAbRoLAHQaCwDAGgsAwRoLAIY6CwDIGgsA6vEPACYbCwBmGwsAdRsLALkbCwDFGwsADBwLAA0cCwBfHAsAaRwLALIcCwDAHAsABR0LAAodCwBYHQsAZR0LAD3yDwCzHQsAkPIPAAYeCwDj8g8AXx4LAKQeCwCzHgsA9x4LABcfCwBKHwsAVh8LAJ0fCwCkHwsA8B8LAPgfCwBDIAsARSALAJYgCwCgIAsA3PMPAPMgCwA8IQsARCELAC/0DwCZIQsA4iELAOohCwCC9A8AciILAIgiCwCQIgsA2yILAPkiCwDV9A8APCMLAIEjCwCIIwsAYaMMAJEjCwDUIwsA5CMLACckCwAzJAsAeiQLAIAkCwDNJAsA6SQLACAlCwAoJQsAKPUPAIclCwDGJQsA0CULABkmCwAlJgsAbCYLAHQmCwB79Q8AyiYLABInCwAUJwsAZScLAGsnCwC4JwsAwCcLAM71DwANKAsAXigLAGEoCwCxKAsAuSgLAAQpCwAUKQsAVykLAFkpCwCqKQsAuCkLAP0pCwAOKgsAIfYPAFcqCwB09g8AqSoLAPYqCwD7KgsASSsLAE8rCwDH9g8ApisLAO8rCwDxKwsAQiwLAFUsCwCVLAsAnSwLAOgsCwD0LAsAOy0LAEEtCwCOLQsAlC0LAOEtCwDmLQsANC4LADouCwDA9w8AkC4LANouCwDnLgsALS8LADQvCwCALwsAiC8LABP4DwDfLwsAJjALADAwCwB5MAsAhTALAMwwCwDbMAsAHzELACkxCwByMQsAfjELAMUxCwDMMQsAZvgPABsyCwDocQ0AHjILAGsyCwAnMgsAd5QMAHcyCwC+MgsAxjILALn4DwAdMwsAZDMLAG4zCwC3MwsAwzMLAAo0CwAZNAsAXTQLAGc0CwCwNAsAvDQLAAM1CwAKNQsADPkPAGQ1CwCpNQsAdjULADqFDADANQsA/DULAAk2CwBPNgsAUTYLAKI2CwCzNgsA9TYLABE3CwBINwsAUDcLAF/5DwC0NwsA7jcLAAI4CwBBOAsASTgLAJQ4CwCXOAsA5zgLAPU4CwA6OQsAUTkLAI05CwCaOQsA4DkLAOI5CwAzOgsARDoLALL5DwCMOgsA2ToLAN46CwAsOwsAQjsLAH87CwCNOwsA0jsLANU7CwAlPAsAMTwLAHg8CwB+PAsAyzwLANc8CwAePQsARz0LAHE9CwB9PQsAxD0LANM9CwAXPgsAIT4LAGo+CwB4PgsAvT4LAMI+CwAQPwsAHT8LAAX6DwBlPwsAtj8LAMQ/CwAJQAsAFkALAFxACwBuQAsAWPoPAL5ACwACQQsADkELAFVBCwBuQQsAqEELAKpBCwD7QQsACkILAE5CCwBuQgsAoUILAKlCCwD0QgsAF0MLAKv6DwBMQwsAmkMLAJ1DCwDtQwsA90MLAEBECwBIRAsAk0QLAJlECwDmRAsA8kQLADlFCwBIRQsAjEULAJhFCwDfRQsA7EULADJGCwA8RgsAhUYLAI1GCwDYRgsA50YLACtHCwAtRwsAfkcLAI9HCwDRRwsA4kcLACRICwAsSAsAd0gLAIhICwDKSAsAzEgLAB1JCwAgSQsAcEkLAHpJCwDDSQsA50kLABZKCwAySgsA/voPAG9KCwC8SgsAwUoLAA9LCwAeSwsAYksLAG5LCwC1SwsAuEsLAAhMCwALTAsAW0wLAGNMCwCuTAsAvUwLAAFNCwAGTQsAVE0LAGpNCwCnTQsAqE0LAPpNCwALTgsATU4LAFlOCwCgTgsAqk4LAPNOCwD/TgsARk8LAE1PCwBR+w8AnU8LAOxPCwD6TwsAP1ALAElQCwCSUAsAnVALAOVQCwDtUAsAOFELAERRCwCLUQsAnlELAN5RCwDsUQsAMVILADtSCwCEUgsAjFILANdSCwDmUgsAKlMLAC9TCwB9UwsAhFMLANBTCwDcUwsApPsPAC9UCwB2VAsAeVQLAMlUCwDMVAsAHFULADZVCwBvVQsAe1ULAMJVCwDVVQsAFVYLACNWCwBoVgsAclYLALtWCwDeVgsA9/sPABhXCwBhVwsAbVcLALRXCwC7VwsAB1gLAA9YCwBaWAsAXlgLAK1YCwC7WAsAAFkLAApZCwBTWQsAXlkLAKZZCwCuWQsA+VkLAAhaCwBMWgsAUVoLAJ9aCwCmWgsA8loLAP5aCwBFWwsATVsLAEr8DwCuWwsAblMNALFbCwDrWwsA9VsLAD5cCwBKXAsAkVwLAJRcCwDkXAsA7lwLADddCwA6XQsAil0LAJpdCwDdXQsA310LADBeCwA+XgsAg14LAJReCwCd/A8A3V4LAPD8DwAyXwsAfF8LADNfCwD6Pw0ASV8LADt5DACVXwsAz18LANlfCwAiYAsALmALAHVgCwB4YAsAyGALANJgCwBD/Q8AIGELAG5hCwCOYQsAwWELAMlhCwCW/Q8AImILAGdiCwB9YgsAumILAMZiCwANYwsAFGMLAGBjCwBoYwsAs2MLALhjCwAGZAsAD2QLAFlkCwBjZAsArGQLALRkCwD/ZAsADWULAFJlCwBfZQsApWULAK1lCwDp/Q8ACGYLAEtmCwBTZgsAPP4PAKVmCwDxZgsA/WYLAERnCwBLZwsAl2cLAJ9nCwDqZwsA9GcLAD1oCwBLaAsAkGgLAKZoCwDjaAsA72gLADZpCwA7aQsAiWkLAJJpCwDcaQsA5mkLAC9qCwA3agsAgmoLAIdqCwDVagsA5WoLAChrCwAwawsAj/4PAIVrCwDOawsA0WsLADUbDADWawsA4v4PAC9sCwB0bAsAimwLAMdsCwDTbAsAGm0LACFtCwBtbQsAdW0LAMBtCwDFbQsAE24LABxuCwBmbgsAcG4LALluCwDBbgsADG8LAA5vCwBlegsAGm8LAF9vCwBsbwsAsm8LALpvCwA1/w8AEXALAFhwCwBbcAsAq3ALALVwCwCI/w8ADHELAFFxCwBncQsApHELALBxCwD3cQsA/nELAEpyCwBScgsAnXILAKJyCwDwcgsA+XILAENzCwBNcwsAlnMLAJ5zCwDpcwsA63MLADx0CwBMdAsAj3QLAJl0CwDidAsA7nQLADV1CwA7dQsALgAQAJZ1CwDbdQsA8XULAC52CwA6dgsAgXYLAIZ2CwDUdgsA3XYLACd3CwAxdwsAencLAIJ3CwDNdwsA73cLAIEAEAAveAsAc3gLAH94CwDGeAsAx3gLABl5CwAjeQsAbHkLAHp5CwC/eQsAxHkLABJ6CwAfegsA1AAQAHV6CwC4egsAwnoLAAt7CwAXewsAXnsLAGR7CwCxewsAuXsLAM0BEAAJfAsAV3wLAF98CwCqfAsAtnwLAGSGCwDDfAsA/XwLAAl9CwBQfQsAWH0LACACEACwfQsA9n0LAP59CwBJfgsAV34LAJx+CwCpfgsA734LAPJ+CwBCfwsATH8LAJV/CwCXfwsA6H8LAPV/CwA7gAsASoALAI6ACwCagAsA4YALAOmACwBzAhAARIELAIeBCwCPgQsA2oELAOaBCwAtggsAM4ILAICCCwCGggsA04ILANiCCwAmgwsALIMLAMYCEACGgwsAzIMLANGDCwAfhAsAKYQLAHKECwB6hAsAxYQLANGECwAYhQsAK4ULAGuFCwB5hQsAvoULAMGFCwARhgsAG4YLABkDEAB3hgsAt4YLAMWGCwAKhwsADYcLAF2HCwBnhwsAbAMQALWHCwADiAsAvocLANelCwALiAsAVogLAGKICwCpiAsAr4gLAPyICwC8iAsAkqMLAAKJCwBPiQsAVIkLAKKJCwCoiQsAvwMQAPuJCwBIigsATYoLAJuKCwChigsAEgQQAPyKCwBBiwsAXIsLAJSLCwCgiwsA54sLAO6LCwBlBBAAQ4wLAI2MCwCajAsA4IwLAOyMCwAzjQsARo0LAIaNCwCHjQsA2Y0LAOWNCwAsjgsAO44LAH+OCwCJjgsA0o4LAN6OCwAljwsALI8LALgEEAB+jwsAy48LANGPCwAekAsAI5ALAHGQCwB3kAsAXgUQAM2QCwAXkQsAJJELAGqRCwBukQsAvZELAL+RCwAQkgsAHZILAGOSCwBtkgsAsQUQAL2SCwAJkwsAEZMLAFyTCwBokwsAr5MLAMKTCwAClAsAEZQLAFWUCwBhlAsAqJQLAKmUCwD7lAsABZULAE6VCwBclQsAoZULAKaVCwD0lQsAAZYLAAQGEABTlgsAmpYLAKCWCwDtlgsA85YLAECXCwBFlwsAk5cLAJmXCwBXBhAA65cLADmYCwBDmAsA/QYQAJSYCwDfmAsA7JgLADKZCwA3mQsAhZkLAI+ZCwDYmQsA4JkLACuaCwA3mgsAfpoLAJGaCwDRmgsA0poLACSbCwAwmwsAd5sLAIabCwDKmwsA1JsLAB2cCwAlnAsAcJwLAHKcCwBQBxAAzJwLABadCwAlnQsAaZ0LAHidCwC8nQsAyJ0LAA+eCwASngsAYp4LAGWeCwCjBxAAt54LAAifCwALnwsAW58LAGOfCwCunwsAu58LAAGgCwAGoAsAVKALAF6gCwCnoAsAr6ALAPqgCwAGoQsATaELAGChCwCgoQsAoaELAPOhCwD/oQsARqILAFWiCwCZogsAo6ILAOyiCwD4ogsAP6MLAEajCwD2BxAAoaMLAOWjCwDxowsAOKQLADmkCwCLpAsAlaQLAN6kCwDspAsAMaULADalCwCEpQsAkaULAEkIEADopQsAnAgQADemCwB9pgsAi6YLANCmCwDhpgsAI6cLAEWnCwDvCBAAe6cLAMmnCwB8pwsA9dwLANGnCwAcqAsAHagLAFOsCwAfqAsATK0LACGoCwBaqwsAIqgLAJiuCwAjqAsAYaoLACuoCwBvqAsANagLAIOxCwB0qAsAwqgLAM+oCwAVqQsAIqkLAGipCwB0qQsAu6kLAMqpCwAOqgsAGKoLAEIJEABvqgsAtKoLALaqCwAHqwsAGKsLAJUJEABbqwsArasLALmrCwAArAsADawLAOgJEABhrAsApqwLALOsCwD5rAsAEK0LADsKEABVrQsA5K8LAFatCwCfrQsAoa0LAPKtCwD4rQsARa4LAE+uCwCOChAApK4LAOuuCwDtrgsAPq8LAE2vCwCRrwsAnK8LAOEKEADzrwsAN7ALAEawCwCKsAsAlrALAN2wCwDpsAsAMLELADexCwA0CxAAj7ELANaxCwDesQsAhwsQAEKyCwB8sgsAjbILAM+yCwDbsgsA2gsQACmzCwB1swsAfbMLAMizCwDJswsAG7QLACG0CwButAsAc7QLAMG0CwDCtAsAFLULACC1CwBntQsAbbULALq1CwDEtQsADbYLABu2CwA9uwsAIbYLAGC2CwBotgsALQwQAMO2CwAGtwsADrcLAFm3CwBitwsArLcLAGa3CwBEugsAubcLAP+3CwAGuAsAUrgLAF64CwCluAsAtbgLAPi4CwAGuQsAS7kLAFi5CwCeuQsAqrkLAPG5CwD4uQsAgAwQAE26CwCXugsAqLoLAOq6CwD7ugsA0wwQAEm7CwCQuwsAk7sLAOO7CwDruwsANrwLADu8CwCJvAsAmbwLANy8CwDkvAsAL70LADi9CwCCvQsAPL0LABrACwCPvQsA1b0LANy9CwAovgsANL4LAHu+CwCLvgsAzr4LANy+CwAhvwsALr8LAHS/CwCAvwsAx78LAM6/CwAmDRAAI8ALAG3ACwB+wAsAwMALANHACwB5DRAAGMELAGbBCwBzwQsAucELAMXBCwAMwgsAFsILAF/CCwBzwgsAssILALPCCwAFwwsAEcMLAFjDCwB3wwsAq8MLALPDCwD+wwsAA8QLAFHECwBqxAsApMQLAM3ECwD3xAsAA8ULAErFCwBZxQsAncULAKfFCwDwxQsA+MULAEPGCwBOxgsAlsYLAJjGCwDpxgsA7MYLADzHCwBExwsAj8cLAJzHCwDixwsA58cLADXICwA9yAsAiMgLAIrICwDbyAsA5cgLAC7JCwA4yQsAgckLAIfJCwDUyQsA4skLACfKCwBAygsAesoLAIPKCwDNygsA18oLACDLCwAsywsAzA0QAH/LCwDGywsA0MsLABnMCwAkzAsAbMwLAHHMCwC/zAsAxswLABLNCwAazQsAZc0LAI/NCwAfDhAAv80LAAvOCwATzgsAXs4LAIjOCwCxzgsAts4LAATPCwAFzwsAV88LAGHPCwCqzwsAuM8LAP3PCwAC0AsAUNALAF3QCwCj0AsAv9ALAPbQCwAS0QsAcg4QAFbRCwCc0QsAoNELAO/RCwD10QsAQtILAETSCwCV0gsAltILAOjSCwAL0wsAO9MLAF/TCwCO0wsAuNMLAOHTCwDp0wsANNQLADnUCwCH1AsAlNQLANrUCwDi1AsALdULAC/VCwCA1QsAiNULANPVCwD91QsAJtYLADPWCwB51gsAftYLAMzWCwDZ1gsAH9cLACvXCwBy1wsAnNcLAMXXCwDN1wsAGNgLADPYCwBr2AsAbdgLAL7YCwDP2AsAEdkLABrZCwBk2QsAcNkLAMUOEADE2QsACtoLACXaCwBd2gsAYtoLALDaCwDQ2gsAA9sLAA/bCwBW2wsAXtsLABgPEAC32wsA/NsLAAbcCwBP3AsAWtwLAKLcCwCq3AsAvg8QAP7cCwBI3QsAUt0LAJvdCwCm3QsA7t0LAALeCwBB3gsAVt4LAJTeCwCc3gsA594LAP7eCwA63wsAP98LAI3fCwCX3wsA4N8LAOjfCwAREBAANeALAIbgCwCX4AsA2eALANzgCwAs4QsAOOELAGQQEACN4QsA0uELAOPhCwC3EBAAKOILAHjiCwB74gsAy+ILANfiCwAe4wsAJOMLAHHjCwB74wsAChEQANHjCwAX5AsALuQLAGrkCwBy5AsAXREQAM3kCwAQ5QsAHOULAGPlCwBp5QsAtuULAMLlCwAJ5gsAxOULAFYgDgAW5gsAXOYLAGvmCwCv5gsAu+YLAALnCwAK5wsAsBEQAF3nCwCo5wsAqucLAPvnCwAK6AsATugLAFjoCwCh6AsAqugLAPToCwD26AsAR+kLAFjpCwCa6QsAr+kLAO3pCwD16QsAQOoLAH7qCwCT6gsAm+oLAObqCwDy6gsAOesLAEzrCwCM6wsAjesLAN/rCwDr6wsAMuwLAEHsCwCF7AsAj+wLANjsCwDk7AsAK+0LADLtCwBWEhAAmu0LAKkSEADU7QsAJO4LACzuCwB37gsAhO4LAMruCwDP7gsAHe8LACfvCwBw7wsAeO8LAMPvCwDN7wsA+vMLANPvCwDs9QsA7e8LABbwCwAg8AsAafALACbwCwAI8gsAb/ALALzwCwDF8AsAD/ELABvxCwBi8QsAjPELALXxCwDR8QsATxMQAAryCwBb8gsAbPILAK7yCwCx8gsAAfMLAA3zCwBU8wsAfvMLAKfzCwDD8wsAohMQAAD0CwBN9AsAVvQLAKD0CwCq9AsA8/QLAP70CwBG9QsAWvULAJn1CwC19QsA9RMQAO71CwA/9gsAUPYLAJL2CwCV9gsA5fYLAPn2CwA49wsAVPcLAEgUEACT9wsAmxQQAOb3CwDuFBAAPfgLAIT4CwCK+AsA1/gLAN34CwAq+QsAL/kLAH35CwCD+QsAQRUQANr5CwAj+gsAK/oLAOcVEAB8+gsAyfoLANH6CwAc+wsAKfsLAG/7CwB7+wsAwvsLAMT7CwAV/AsAG/wLAGj8CwBw/AsAu/wLAM38CwA6FhAAG/0LAGH9CwBo/QsAtP0LALz9CwAH/gsADP4LAFr+CwBq/gsArf4LALX+CwAA/wsADv8LAFP/CwBg/wsApv8LAKf/CwD5/wsAAgAMAEwADABWAAwAjRYQAKQADADyAAwA/gAMAEUBDABIAQwAmAEMAKABDADrAQwA+AEMAD4CDABDAgwAkQIMAJsCDADkAgwA7AIMADcDDABDAwwAigMMAJ0DDADdAwwA6wMMADAEDAAzBAwAgwQMAI0EDADgFhAA3wQMACkFDAA2BQwAfAUMAIYFDADPBQwA3QUMACIGDAA4BgwAdQYMAIEGDADIBgwA1AYMABsHDAAuBwwAbgcMAH0HDADBBwwAzQcMABQIDAAVCAwAZwgMAHEIDAC6CAwAyAgMAA0JDAASCQwAYAkMAG0JDAAzFxAAwQkMAAYKDAAcCgwAWQoMAGUKDACsCgwAswoMAP8KDAAHCwwAUgsMAFcLDAClCwwArgsMAPgLDAACDAwASwwMAFMMDACeDAwAogwMAPEMDADzDAwARA0MAFINDACXDQwAoQ0MAOoNDAD4DQwAPQ4MAEoODACQDgwApw4MAOMODADrDgwANg8MAEYPDACJDwwAjg8MANwPDADiDwwALxAMADcQDACCEAwAhxAMANUQDADWEAwAKBEMADQRDAB7EQwAgREMAM4RDADQEQwAIRIMACsSDAB0EgwAghIMAMcSDADMEgwAGhMMACcTDAAsGBAAhBMMAMATDADGEwwAExQMAB8UDABmFAwAfRQMALkUDAC7FAwADBUMABYVDABfFQwAaxUMALIVDAC+FQwABRYMAAsWDABYFgwAXhYMAKsWDACwFgwA/hYMAAQXDAB/GBAAVBcMABT6DQBcFwwApBcMAKUXDAD3FwwAARgMAEoYDAB6GAwA0hgQAKAYDADwGAwA+hgMACUZEABMGQwAlhkMAKwZDADpGQwA/xkMADwaDAA+GgwAjxoMAJUaDADiGgwA9hoMAMsZEAA9GwwAiBsMAFEbDABVcRAAjhsMALAmDQCYGwwA2xsMAKEbDAAegg0A3RsMAC4cDAA8HAwAgRwMAJIcDAAeGhAA2xwMAHEaEAAwHQwAlwYNADMdDAB6HQwAfR0MAM0dDADWHQwAIB4MADEeDABzHgwAfR4MAMYeDADOHgwAGR8MAOIeDAAbUw0AHB8MAGwfDAB1HwwAvx8MANUfDAASIAwAKCAMAGUgDABnIAwAuCAMAL4gDAALIQwAHyEMAMQaEACJIQwAsSEMANwhDAAXGxAACiIMAMnzDAAQIgwAoyMMABEiDABo9QwAEyIMAG/0DAAUIgwAVyIMAFkiDACqIgwAuCIMAP0iDAAOIwwAahsQAFgjDAC9GxAAqSMMAPYjDAD8IwwASSQMAE4kDACcJAwAoiQMABAcEAD7JAwAQiUMAEolDAC2HBAAoSUMAOglDADyJQwAOyYMAEQmDACOJgwAjyYMAOEmDADpJgwANCcMADknDACHJwwAlycMAFwdEADmJwwALSgMAC8oDACAKAwAhigMANMoDADaKAwAJikMACspDAB5KQwAfSkMAMwpDADZKQwAHyoMACcqDAByKgwAdyoMAMUqDADVKgwArx0QACkrDABrKwwAdysMAL4rDADNKwwAESwMABssDABkLAwAciwMALcsDADELAwACi0MACEtDAACHhAAYC0MAKgeEACzLQwAAy4MALctDAAxLxAACy4MAFYuDACBLgwAqS4MANQuDAD8LgwAJy8MAPseEABYLwwAoi8MAKMvDAD1LwwABDAMAEgwDAALMAwA5zEMAFkwDACbMAwAnTAMAO4wDADxMAwAQTEMAEQxDACUMQwAnDEMAPQfEADsMQwAOjIMAEEyDACNMgwAljIMAOAyDADxMgwAMzMMAD8zDACGMwwAjjMMAEcgEADfMwwALDQMADM0DAB/NAwAhDQMANI0DADWNAwAJTUMADI1DAB4NQwAhzUMAMs1DADcNQwAHjYMACA2DABxNgwAdDYMAMQ2DADHNgwAFzcMAB83DACaIBAAbzcMAId6DAB1NwwAuQYOAHY3DAC9NwwAwDcMABA4DAAaOAwA7SAQAGw4DAC2OAwAxTgMAAk5DAAYOQwAXDkMAGg5DACvOQwAsjkMAAI6DAAFOgwAQCEQAFg6DACoOgwA0zoMAJMhEAADOwwA5iEQAFY7DAA5IhAAqTsMAIwiEAD5OwwARzwMAFQ8DACaPAwAnTwMAO08DADyPAwAQD0MAFE9DACTPQwAnz0MAN8iEADrPQwAOT4MAEo+DACMPgwAmD4MAN8+DAD5PgwAMj8MADY/DAAkQQwAOT8MAGlDDAA8PwwAtUQMAD4/DAAdQgwAQD8MACtADABDPwwAhT8MAIo/DADYPwwA7z8MADIjEAA4QAwAfkAMAI5ADADRQAwA1kAMAIUjEAAmQQwAd0EMAH1BDADKQQwA10EMANgjEAAjQgwAcEIMAHZCDADDQgwAyEIMABZDDAAcQwwAKyQQAHVDDAC8QwwA1UMMAA9EDAAYRAwAYkQMAHlEDAB+JBAAu0QMAAhFDAAKRQwAW0UMAGpFDACuRQwAukUMANEkEAADRgwAVEYMAGVGDACnRgwAtUYMAPpGDAABRwwATUcMAE9HDACgRwwAqkcMAPNHDAABSAwARkgMAEtIDACZSAwApkgMAOxIDAD0SAwAP0kMAENJDACSSQwAlEkMAOVJDADrSQwAOEoMAEVKDAAkJRAAmEoMAN5KDAD1SgwAMUsMAE1LDAB3JRAAkEsMANdLDADYSwwAKkwMADBMDAB9TAwAiUwMANBMDADfTAwAI00MACVNDAB2TQwAgE0MAMlNDADXTQwAHE4MACFODABvTgwAfE4MAMJODADKTgwAFU8MABlPDABoTwwAak8MALtPDADBTwwADlAMABtQDADKJRAAblAMALRQDADLUAwAB1EMACNRDAAdJhAAY1EMAK1RDAC7UQwAAFIMAApSDABTUgwAX1IMAKZSDACpUgwA+VIMABVTDABMUwwAVFMMAHAmEACrUwwA8lMMAPVTDABFVAwAT1QMAGknEAChVAwA61QMAPlUDAA+VQwASFUMAJFVDACdVQwA5FUMAOxVDAAPKBAAOVYMAIpWDACYVgwA3VYMAO5WDABiKBAAN1cMALUoEACIVwwA1lcMAN5XDAApWAwAL1gMAHxYDACFWAwAz1gMANxYDABbKRAAJ1kMAHVZDAAuWQwAFFsMAH5ZDADIWQwA0lkMABtaDAAjWgwAbloMALBaDADBWgwAyVoMAK4pEAAaWwwAZ1sMAG1bDAC6WwwAwlsMAA1cDABPXAwAYFwMAGhcDAABKhAAu1wMAFQqEAAPXQwAWV0MAGddDACsXQwAtl0MAP9dDAALXgwAUl4MAFVeDAClXgwArV4MAPoqEAAEXwwAS18MAE5fDACeXwwAqF8MAE0rEAD5XwwAoCsQAFJgDACXYAwAqGAMAOpgDAD2YAwAPWEMAEBhDADzKxAA1GEMAONhDAAnYgwARiwQAEZiDACJYgwAi2IMANxiDADqYgwAL2MMAEBjDACZLBAAnmMMANVjDADdYwwA7CwQAC5kDABP1QwAO2QMAHtkDACKZAwAzmQMANpkDAAhZQwAImUMAHRlDAB+ZQwAx2UMANVlDAAaZgwAH2YMAG1mDAB6ZgwAPy0QAM5mDAATZwwAIGcMAGZnDABuZwwAki0QAMVnDAAMaAwANWgMAF9oDABraAwAsmgMAMFoDAAFaQwAD2kMAFhpDABmaQwAq2kMALBpDAD+aQwAC2oMAFFqDABZagwApGoMALJqDAD3agwABGsMAEprDABSawwA5S0QAJ9rDADSgA0Aq2sMAPBrDAD6awwAQ2wMAE9sDACWbAwAnWwMAOlsDADxbAwAPG0MAEBtDACPbQwAnW0MAOJtDADsbQwANW4MAEBuDACIbgwAkG4MANtuDADdbgwALm8MADZvDACBbwwAjm8MANRvDADZbwwAJ3AMADRwDAB6cAwAmHAMAM1wDAD8cAwAIHEMACxxDABzcQwAeXEMAMZxDADLcQwAGXIMACFyDABscgwAeHIMAL9yDADScgwAEnMMACBzDABlcwwAb3MMALhzDADAcwwAC3QMABp0DABedAwAY3QMALF0DAC4dAwABHUMABB1DABXdQwAc3UMAKp1DACydQwAOC4QAP91DABQdgwAXnYMAKN2DACwdgwA9nYMAAR3DABJdwwAVncMAJx3DACzdwwA73cMAPd3DABCeAwAUHgMAJV4DACieAwA6HgMAPB4DADeLhAASXkMAI55DACPeQwAhC8QAO15DAA0egwAO3oMANcvEACOegwA2noMAN96DAAqMBAANXsMAH0wEACIewwA03sMAMZ7DACtlg4A1HsMANPODADWewwAxdAMANx7DAAmfAwA3XsMAIfNDADjewwAzM8MADN8DAB5fAwAhHwMAMx8DADOfAwAH30MACx9DAByfQwAeX0MAMV9DADWfQwAGH4MACR+DABrfgwAcn4MAL5+DADGfgwA0DAQABd/DABkfwwAan8MALd/DAC8fwwACoAMABCADAAjMRAAaYAMALCADAC6gAwAA4EMAAeBDABWgQwAYoEMAKmBDAC1gQwA/IEMAAmCDABPggwAV4IMAKKCDACsggwA9YIMAAGDDABIgwwAS4MMAJuDDAClgwwAyTEQAPCDDABBhAwARIQMAJSEDACXhAwAbzIQAO+EDADCMhAASIUMAI2FDACOhQwAFTMQAOiFDABoMxAAOIYMAIaGDACNhgwA2YYMAN6GDAC7MxAANIcMAA40EACHhwwA0ocMANyHDAAliAwAMIgMAHiIDACGiAwAy4gMAM6IDAAeiQwAJokMAHGJDAB7iQwAxIkMANCJDAAXigwAGooMAGqKDAB0igwAYTQQAMuKDAAQiwwAJosMAGOLDABviwwAtosMAL2LDAAJjAwAEYwMAFyMDABhjAwAr4wMALiMDAACjQwADI0MAFWNDABdjQwAqI0MAKqNDAD7jQwAC44MAE6ODABYjgwAoY4MAK2ODAD0jgwA+o4MAEePDABPjwwABzUQAKiPDADtjwwA7o8MAFo1EABFkAwArTUQAJWQDADmkAwA55AMADmRDAA8kQwAjJEMAJeRDADfkQwA5JEMADKSDAA8kgwAADYQAKmSDADYkgwA4JIMAFM2EAAtkwwAfpMMAI+TDADRkwwA4pMMACSUDAAnlAwApjYQAH2UDADKlAwAz5QMAB2VDAAglQwAcJUMAHOVDADDlQwAy5UMAPk2EAAklgwAaZYMAGyWDAC8lgwAx5YMAA+XDAAblwwAYpcMAGmXDAC1lwwAvZcMAAiYDAAWmAwAW5gMAGiYDACumAwAtpgMAEw3EAANmQwAVJkMAFeZDACnmQwAsZkMAPqZDAACmgwAnzcQAFmaDACgmgwAppoMAPOaDAD9mgwARpsMAFqbDACZmwwAoZsMAPI3EAD5mwwAP5wMAEecDACSnAwAlZwMAOWcDADxnAwAOJ0MAEKdDACLnQwAlJ0MAN6dDADfnQwAMZ4MAEmeDACEngwAhp4MANeeDADongwAKp8MADufDAB9nwwAhZ8MANCfDADfnwwAI6AMACWgDAB2oAwAh6AMAMmgDADaoAwAHKEMADWhDABvoQwAcaEMAMKhDADRoQwAFaIMADWiDACYOBAAaqIMALuiDADbogwADqMMACKjDADkORAAaaMMALSjDADBowwAB6QMAAykDABapAwAZKQMAK2kDAC1pAwAAKUMAAalDABTpQwAXKUMAKalDACzpQwANzoQAAWmDABMpgwAUqYMAJ+mDAClpgwA8qYMAPumDABFpwwARqcMAJinDACipwwA66cMAPenDAA+qAwARagMAIo6EACZqAwA3ToQAOyoDAAwOxAAP6kMAIM7EACWqQwA3akMAO2pDAAwqgwANaoMAIOqDACJqgwA1qoMAOKqDAApqwwAMasMANY7EACNqwwAz6sMAOCrDAAirAwANKwMAHWsDAB9rAwAyKwMANOsDAAbrQwAIK0MAG6tDABzrQwAwa0MAOGtDAApPBAAJK4MAGeuDABxrgwAuq4MAMauDAANrwwAE68MAGCvDABorwwAs68MALWvDAAGsAwAv68MAIm1DAAXsAwAWbAMAGqwDACssAwAvrAMAP+wDAAHsQwAUrEMAF2xDAClsQwAqrEMAPixDAD9sQwAS7IMAGuyDAB8PBAAoLIMAPGyDAAAswwARLMMAE+zDACXswwAqbMMAOqzDADyswwAPbQMAEi0DACQtAwAlbQMAOO0DADotAwANrUMAFa1DADPPBAAi7UMANy1DADrtQwAL7YMADq2DACCtgwAlLYMANW2DADdtgwAKLcMADO3DAB7twwAgLcMAM63DADTtwwAIbgMAEG4DAAiPRAAgbgMAMe4DADeuAwAdT0QACe5DABtuQwAhLkMAMg9EADNuQwAE7oMABq6DABmugwAdLoMALm6DADGugwADLsMACO7DAAbPhAAZ7sMAG4+EAC0uwwABbwMABO8DABYvAwAabwMAME+EAC4vAwA/rwMABW9DAAUPxAAW70MAKS9DACwvQwA970MAPq9DABKvgwAVL4MAGc/EAC5vgwAuj8QAPi+DAANQBAAS78MAJa/DACXvwwAJ8MMAJm/DAA1wQwAnb8MAPbJDACgvwwA6b8MAKW/DAAZxQwApr8MACDEDADuvwwAUMkMAPW/DAA8wAwAP8AMAI/ADACZwAwAYEAQAOrADACzQBAAPsEMAIjBDABVwQwABMgMAJbBDADbwQwA5cEMAC7CDAA6wgwAgcIMAITCDADUwgwA3MIMAAZBEAApwwwAesMMAH3DDADNwwwA0MMMAFlBEAAixAwAc8QMAIHEDADGxAwA18QMAP9BEAAbxQwAbMUMAHnFDAC/xQwAzsUMABLGDAAexgwAZcYMAHbGDAC4xgwAycYMAAvHDAAXxwwAXscMAGXHDACxxwwAuccMAKVCEAASyAwAV8gMAFjIDAD4QhAAtsgMAP3IDAAEyQwAS0MQAFfJDACjyQwAqMkMAPFDEAD/yQwAScoMAE/KDACcygwAnsoMAO/KDAD5ygwAQssMAFDLDACVywwAmssMAOjLDAD1ywwAO8wMAFPMDACOzAwApMwMAOHMDADkzAwANM0MADzNDACXRBAAk80MANrNDADdzQwALc4MADfODADqRBAAiM4MAD1FEADVzgwAJs8MACnPDAB5zwwAfM8MAJBFEADOzwwAH9AMAC3QDABy0AwAg9AMADZGEADO0AwAGNEMACbRDABr0QwAMdEMAOleDgB10QwAvtEMAMrRDAAR0gwAFNIMAGTSDABs0gwA3EYQANHSDAAvRxAAJNMMAF3TDAB30wwAgkcQALXTDACU1wwAvtMMADrYDADA0wwAA9QMAAXUDABW1AwAZNQMAKnUDAC61AwA1UcQAAPVDAAoSBAAVdUMAKLVDACn1QwA9dUMAPvVDAB7SBAATtYMAJvWDACg1gwA7tYMAATXDABB1wwASdcMACFJEAC01wwA59cMAO/XDAB0SRAAUdgMAI3YDACa2AwA4NgMAOXYDAAz2QwAOdkMAIbZDACS2QwA2dkMAODZDAAs2gwANNoMAH/aDACi2gwAGkoQAN/aDAAl2wwANNsMAHjbDAB62wwAy9sMANTbDAAe3AwANdwMAHHcDAB83AwAxNwMAM7cDAAX3QwAH90MAMBKEABw3QwAvd0MAMPdDAAQ3gwAFd4MAGPeDABp3gwAE0sQANjeDAAJ3wwAEd8MALlLEABl3wwAr98MALDfDAAC4AwACuAMAFXgDABg4AwAqOAMAK3gDAD74AwAAOEMAE7hDABu4QwADEwQAKfhDAD04QwA++EMAEfiDABM4gwAmuIMAJ7iDADt4gwA+uIMAEDjDABI4wwAk+MMAJ7jDADm4wwA6+MMADnkDAA+5AwAjOQMAKzkDABfTBAA7uQMADLlDAA95QwAheUMAI3lDADY5QwA2+UMACvmDADi5QwAFukMADfmDAB+5gwAiOYMANHmDADa5gwAJOcMACXnDAB35wwAf+cMAMrnDADV5wwAHegMACLoDABw6AwAdegMAMPoDADj6AwAskwQACLpDABp6QwAa+kMALzpDADC6QwAD+oMABbqDABi6gwAZ+oMALXqDAC56gwACOsMABXrDABb6wwAY+sMAK7rDAC56wwAAewMAAbsDABU7AwAWewMAKfsDADH7AwABU0QAALtDABYTRAAV+0MAKDtDACp7QwA8+0MAPntDABG7gwAUu4MAJnuDAC37gwA7O4MAO3uDAA/7wwAQe8MAJLvDACf7wwA5e8MAPPvDAA48AwAR/AMAIvwDACn8AwA3vAMAObwDAD+TRAARPEMAITxDACF8QwA1/EMAOPxDAAq8gwAOfIMAH3yDACH8gwA0PIMANzyDAAj8wwAKvMMAFFOEAB+8wwApE4QANLzDAAc9AwAKfQMAPdOEAB09AwAwvQMAM/0DAAV9QwAH/UMAEpPEABq9QwAu/UMANH1DAAO9gwAGvYMAJ1PEABp9gwA9wkOAH/2DAC09gwA0vYMAAf3DAAP9wwAWvcMACn3DAD7LA4AW/cMAPn4DABd9wwARfoMAGb3DABOLQ4AavcMAK33DACv9wwAAPgMAA74DABT+AwAZPgMAPBPEACu+AwAQ1AQAPv4DABM+QwAT/kMAJ/5DACi+QwAllAQAPr5DADpUBAAT/oMAN1PDQBl+gwAmPoMAKb6DADr+gwA7PoMADxREABG+wwAj1EQALT7DADiURAA8fsMADf8DABF/AwAivwMAJT8DADd/AwA5fwMADD9DAAx/QwADQINAEv9DADI/wwAWf0MAIP9DACM/QwA1v0MANf9DAAp/gwAN/4MAHz+DACG/gwAz/4MANv+DAAi/wwAKP8MAHX/DACR/wwANVIQANb/DAAbAA0AKAANAG4ADQB4AA0AwQANAMMADQAUAQ0AKwENAGcBDQBzAQ0AugENANYBDQCIUhAAHgINAGACDQBiAg0AswINAL0CDQAGAw0AFgMNAFkDDQBeAw0ArAMNALIDDQD/Aw0AFQQNAFIEDQBaBA0ApQQNAKgEDQD4BA0AAQUNAEsFDQBZBQ0AngUNAKgFDQDxBQ0A/QUNAEQGDQBgBg0A21IQAKQGDQDqBg0A8gYNAD0HDQBABw0Ae10NAE0HDQCQBw0AkgcNAIJcDQCeBw0A4wcNAPAHDQA2CA0ARAgNAIkIDQCMCA0A3AgNAOcIDQAvCQ0AOwkNAIIJDQCJCQ0A1QkNAN0JDQAoCg0AKgoNAHsKDQCLCg0AzgoNANgKDQAhCw0ALQsNAHQLDQB6Cw0AxwsNAM8LDQAuUxAAHAwNAG0MDQB7DA0AwAwNAM0MDQATDQ0AHw0NAGYNDQBsDQ0AuQ0NALwNDQAMDg0AFA4NAF8ODQBhDg0APBMNAGIODQD+Dw0Abw4NALIODQC0Dg0AxhcNALcODQAFDw0ADg8NAFgPDQBlDw0Aqw8NALIPDQCBUxAABxANAC4VDQAIEA0AnRENAB4QDQBREA0AXxANAKQQDQClEA0A1FMQAAMRDQBKEQ0AURENACdUEACfEQ0A8BENAPYRDQBDEg0ATRINAJYSDQCiEg0A6RINAPASDQB6VBAAVRMNAI8TDQCUEw0A4hMNAOgTDQA1FA0APxQNAIgUDQCUFA0A2xQNAOIUDQDNVBAAPRUNAIEVDQCQFQ0A1BUNAOAVDQAnFg0AKhYNAHoWDQB9Fg0AzRYNAN0WDQAgFw0AKRcNAHMXDQCEFw0AIFUQANQXDQAZGA0AKhgNAHNVEABzGA0AxlUQAMcYDQASGQ0AFBkNAO8dDQAVGQ0AsRoNACIZDQBlGQ0AZxkNAHkiDQBqGQ0AuBkNAMEZDQALGg0AGBoNAF4aDQBlGg0AGVYQALoaDQDhHw0AuxoNAFAcDQDRGg0ABBsNABIbDQBXGw0AWBsNAGxWEAC2Gw0A/RsNAAQcDQC/VhAAUhwNAKMcDQCpHA0A9hwNAAAdDQBJHQ0AVR0NAJwdDQCjHQ0AElcQAAgeDQBCHg0ARx4NAJUeDQCbHg0A6B4NAPIeDQA7Hw0ARx8NAI4fDQCVHw0AZVcQAPAfDQA0IA0AQyANAIcgDQCTIA0A2iANAN0gDQAtIQ0AMCENAIAhDQCQIQ0A0yENANwhDQAmIg0ANyINALhXEACHIg0AzCINAN0iDQALWBAAJiMNAF5YEAB6Iw0AxSMNAP0jDQAYJA0AICQNAGskDQB7JA0AviQNAMAkDQARJQ0AHyUNAGQlDQB1JQ0AsVgQAL0lDQAKJg0AFiYNAARZEACJJg0AqlkQALkmDQADJw0AECcNAFYnDQByJw0AqScNALEnDQD9WRAADSgNAE8oDQBRKA0AoigNAKMoDQD1KA0A+CgNAEgpDQBUKQ0AmykNAKIpDQDuKQ0ACioNAEEqDQBJKg0Ao1oQAKEqDQDnKg0A9yoNADorDQA/Kw0AjSsNAL0rDQD2WhAA5isNAElbEAA7LA0AhiwNAIcsDQCaNQ0AjCwNAJ2wDgCQLA0A2SwNAJIsDQAQMQ0AliwNAHEvDQCkLA0A2DgNAN4sDQAoqQ4A5CwNAEukDgDlLA0ALC0NAC8tDQB/LQ0AiS0NAJxbEADaLQ0AJS4NACsuDQB4Lg0AgS4NAMsuDQDYLg0AHi8NADovDQDvWxAAcy8NAMQvDQB2Lw0ALrQOANIvDQAXMA0AKDANAEJcEABwMA0AvTANAMkwDQCVXBAAFjENAGMxDQBpMQ0AtjENALsxDQAJMg0ADzINAI5dEABjMg0Ah14QALQyDQACMw0ACjMNAFUzDQBhMw0AqDMNALszDQD7Mw0ABzQNAE40DQBdNA0AoTQNAKo0DQD0NA0A/jQNAEc1DQBTNQ0ALV8QAKs1DQDtNQ0A+TUNAEA2DQBCNg0AkzYNAJY2DQDmNg0A8jYNADk3DQBBNw0AgF8QAJg3DQDfNw0A7zcNADI4DQA+OA0AhTgNAIs4DQDTXxAA+jgNACs5DQAzOQ0AfjkNAKY5DQDROQ0A3DkNACQ6DQAwOg0AdzoNAIg6DQDKOg0AyzoNACZgEAAjOw0AcDsNAH07DQB5YBAA0DsNABY8DQAtPA0AaTwNAJk8DQC8PA0AxDwNAA89DQAZPQ0AYj0NAG49DQC1PQ0AuD0NAAg+DQASPg0AzGAQAGM+DQCuPg0AtD4NAAE/DQAKPw0AVD8NAGE/DQCnPw0Awz8NAB9hEAD8Pw0ATUANAAFADQBFTQ0AWkANAKBADQCnQA0A80ANAPVADQBGQQ0ATEENAJlBDQCgQQ0A7EENAARCDQA/Qg0AREINAJJCDQBLQg0AOEMNAJtCDQDlQg0A70INAHJhEAA+Qw0Ai0MNAJFDDQDeQw0A40MNADFEDQA3RA0AxWEQAIVEDQDXRA0A6EQNACpFDQA2RQ0AfUUNAIdFDQDQRQ0A3EUNACNGDQAqRg0AGGIQAHhGDQDJRg0AgUYNANq/DgDMRg0AHEcNADxHDQBvRw0Ad0cNAGtiEADTRw0AFUgNABxIDQBoSA0AcEgNALtIDQC+SA0AWkoNAMtIDQAOSQ0AEEkNAGFJDQBvSQ0AtEkNAMVJDQC+YhAADkoNABFjEABjSg0ArUoNALxKDQAASw0AD0sNAFNLDQBfSw0ApksNAKlLDQD5Sw0A/EsNAExMDQBcTA0An0wNAKhMDQDyTA0AA00NAGRjEABKTQ0AmE0NAKFNDQDrTQ0A9U0NAD5ODQBGTg0AkU4NAK9ODQDkTg0AAk8NADdPDQBVTw0Aik8NAKhPDQC3YxAA5E8NADBQDQA1UA0Ag1ANADxQDQB8UQ0AjFANANZQDQDgUA0AKVENAEVRDQAKZBAAglENAM9RDQDVUQ0AIlINAD5SDQBdZBAAnVINAANlEADwUg0AVmUQACNTDQBPZhAAhFMNAMFTDQDDUw0AFFQNABpUDQBnVA0Ae1QNALpUDQDCVA0ADVUNADVVDQCiZhAAaVUNALNVDQDAVQ0ABlYNABRWDQBZVg0AY1YNAKxWDQDGVg0A/1YNAAxXDQBSVw0AXlcNAKVXDQCvVw0A+FcNAABYDQD1ZhAAUlgNAJ5YDQCmWA0ASGcQAMpYDQBBaBAA/VgNAERZDQBLWQ0Al1kNAJ9ZDQCbZxAA7FkNAD1aDQBOWg0AkFoNAJhaDQDjWg0A7VoNADZbDQBCWw0AiVsNAIxbDQDcWw0A5lsNAJRoEABLXA0A52gQAJBcDQDVXA0A5lwNADppEAAvXQ0AjWkQAIRdDQDOXQ0A3V0NACFeDQAwXg0AdF4NAIBeDQDHXg0Ayl4NABpfDQAdXw0AbV8NAH1fDQDAXw0AyV8NABNgDQAkYA0A4GkQAGhgDQC5YA0AcmANAF9hDQC8YA0ADGENABRhDQAzahAAZWENALJhDQC+YQ0ABWINAA1iDQCGahAAZGINAKtiDQCuYg0A/mINAAhjDQDZahAAVmMNAKRjDQC6Yw0A92MNAPhjDQBKZA0AW2QNAJ1kDQCpZA0A8GQNAPpkDQBDZQ0AT2UNACxrEACiZQ0A6WUNAOxlDQA8Zg0ARmYNANJrEACSZg0A4mYNAOVmDQA1Zw0AQWcNAIhnDQCOZw0A22cNAOVnDQAlbBAAM2gNAIFoDQCOaA0A1GgNANdoDQAnaQ0AQ2kNAHppDQCCaQ0AeGwQANVpDQDLbBAAKGoNAB5tEAB2ag0AxmoNAIpqDQDSJg4A5moNABlrDQAtaw0AcW0QAHlrDQDEbRAAwGsNABJsDQAYbA0AZWwNAHFsDQC4bA0Ax2wNAAttDQANbQ0AXm0NAGhtDQCxbQ0AvW0NAARuDQALbg0AF24QAGNuDQBqbhAAsm4NAL1uEAD/bg0AUG8NAF5vDQCjbw0AtG8NAKhxEAD8bw0ASXANAFVwDQD7cRAAonANAO9wDQD1cA0AQnENAEdxDQCVcQ0Am3ENAKFyEADrcQ0AO3INAEdyDQCOcg0AlHINAOFyDQDrcg0AR3MQADlzDQCHcw0AlHMNANpzDQDdcw0ALXQNAEJ0DQCAdA0AiHQNAJpzEADbdA0AJnUNADJ1DQB5dQ0Af3UNAMx1DQDSdQ0AH3YNACR2DQBydg0AeHYNAIx1EADUdg0AGHcNACd3DQBrdw0AdHcNAL53DQDEdw0AEXgNABd4DQBkeA0AcHgNALd4DQC+eA0ACnkNABJ5DQAydhAAZ3kNALB5DQC7eQ0AA3oNAA96DQBWeg0AXHoNAKl6DQCxeg0A/HoNAAh7DQBPew0AVXsNAKJ7DQCoew0A9XsNAPp7DQBIfA0ATnwNAIV2EACifA0A7nwNAPx8DQBBfQ0ATn0NAJR9DQCrfQ0A530NAAN+DQA6fg0AQn4NANh2EACgfg0A4H4NAOJ+DQAzfw0ASX8NAIZ/DQCHfw0A2X8NAOp/DQAsgA0AOIANACt3EACbgA0AfncQAOiADQAlgQ0AJoENAHiBDQCJgQ0Ay4ENANeBDQDRdxAAI4INAHGCDQB3gg0AxIINAOSCDQAXgw0AI4MNAGqDDQBxgw0AJHgQAMODDQAQhA0AFYQNAGOEDQBphA0Ad3gQAMqEDQAJhQ0ACoUNAFyFDQBohQ0Ar4UNAMuFDQAChg0ACoYNAHB5EABhhg0AqIYNAMSGDQD7hg0AA4cNABZ6EABahw0AoYcNAKeHDQD0hw0A+ocNAEeIDQBfiA0AmogNAKSIDQDtiA0A+YgNAECJDQBDiQ0Ak4kNAJ2JDQDmiQ0A/okNADmKDQBJig0AjIoNAI6KDQDfig0A7YoNADKLDQBDiw0AaXoQAIuLDQDYiw0A5IsNALx6EAAzjA0AYnsQAIqMDQDRjA0A1IwNACSNDQAujQ0AtXsQAHmNDQDKjQ0A2I0NAB2ODQAujg0AW3wQAHeODQCufBAAy44NAAF9EAAejw0A+n0QAGuPDQC8jw0AyY8NAA+QDQAekA0AYpANAGiQDQC1kA0AwZANAAiRDQAKkQ0AW5ENAGWRDQCukQ0AvJENAAGSDQAGkg0AVJINAGGSDQCnkg0As5INAPqSDQANkw0ATZMNAFyTDQCgkw0ArJMNAPOTDQD0kw0ARpQNAFCUDQCZlA0Ap5QNAOyUDQDxlA0AP5UNAEyVDQBNfhAAnJUNAOWVDQDzlQ0AOJYNADuWDQCLlg0Am5YNAN6WDQDslg0AMZcNAD2XDQCElw0Ai5cNANeXDQDelw0AKpgNADaYDQB9mA0AfpgNANCYDQDcmA0AI5kNADCZDQB2mQ0AfZkNAMmZDQDVmQ0AHJoNACmaDQBvmg0AfpoNAMKaDQDWmg0AFZsNACGbDQBomw0Ae5sNALubDQDKmw0ADpwNABqcDQBhnA0AYpwNALScDQC+nA0AB50NABWdDQBanQ0AX50NAK2dDQC6nQ0AoH4QAAGeDQBTng0AZJ4NAKaeDQC0ng0A+Z4NAAifDQBMnw0ATp8NAJ+fDQCpnw0A8p8NAACgDQBFoA0ASqANAJigDQCloA0A66ANAPqgDQA+oQ0AQ6ENAJGhDQCeoQ0A5KENAO6hDQA3og0AQ6INAIqiDQCdog0A3aINAOeiDQAwow0APKMNAIOjDQCWow0A1qMNAOWjDQAppA0ANaQNAHykDQB9pA0Az6QNANmkDQAipQ0AMKUNAHWlDQB6pQ0AyKUNANWlDQDzfhAAIKYNAG6mDQB7pg0AwaYNAMumDQAUpw0AGqcNAGenDQBppw0AuqcNAMenDQANqA0AEKgNAGCoDQBuqA0As6gNAL+oDQAGqQ0AE6kNAFmpDQBjqQ0ArKkNALupDQD/qQ0ABKoNAFKqDQBfqg0ApaoNALKqDQD4qg0ABKsNAEurDQBaqw0AnqsNAKirDQDxqw0A/6sNAESsDQBJrA0Al6wNAKSsDQDqrA0A9qwNAD2tDQBQrQ0AkK0NAJ+tDQDjrQ0A760NADauDQA3rg0Aia4NAJOuDQDcrg0A6q4NAC+vDQA0rw0Agq8NAI+vDQBGfxAA6K8NACiwDQA3sA0Ae7ANAIewDQDOsA0Az7ANACGxDQArsQ0AdLENAIKxDQDHsQ0AzLENABqyDQAnsg0AmX8QAICyDQDAsg0Az7INABOzDQAfsw0AZrMNAGezDQC5sw0Aw7MNAAy0DQAatA0AX7QNAGS0DQCytA0Av7QNAOx/EAAHtQ0AWLUNAGa1DQCrtQ0AuLUNAP61DQAKtg0AUbYNAFe2DQCktg0AtbYNAPe2DQD5tg0ASrcNAFO3DQCdtw0AqrcNAPC3DQD/tw0AQ7gNAE64DQCWuA0AorgNAOm4DQD8uA0APLkNAEu5DQCPuQ0Am7kNAOK5DQDjuQ0ANboNAD+6DQCIug0AlroNANu6DQDgug0ALrsNADu7DQA/gBAAjrsNANS7DQDiuw0AJ7wNADG8DQB6vA0AiLwNAM28DQDPvA0AIL0NADG9DQBzvQ0Agb0NAMa9DQD1vQ0AGb4NABu+DQBsvg0Adr4NAL++DQDNvg0AEr8NABe/DQBlvw0Acr8NALi/DQDEvw0AC8ANAB7ADQBewA0AbcANALHADQC9wA0ABMENAAXBDQBXwQ0AYcENAKrBDQC4wQ0A/cENAALCDQBQwg0AXcINAJKAEAClwg0A9sINAPjCDQBJww0AWMMNAJzDDQCrww0A78MNAPvDDQBCxA0ARcQNAJXEDQCYxA0A6MQNAO7EDQA7xQ0AR8UNAI7FDQCRxQ0A4cUNAObFDQA0xg0APcYNAIfGDQCNxg0A2sYNAOnGDQAtxw0AOccNAIDHDQCQxw0A08cNANXHDQAmyA0ANMgNAHnIDQCKyA0A5YAQANLIDQAfyQ0AK8kNADiBEACFyQ0AxckNANTJDQAYyg0AJMoNAGvKDQBsyg0AvsoNAMjKDQARyw0AH8sNAGTLDQBpyw0At8sNAMTLDQCLgRAAFswNAF3MDQBnzA0AsMwNANnMDQADzQ0ACs0NAFbNDQBvzQ0Aqc0NALjNDQD8zQ0AC84NAE/ODQBUzg0Aos4NAK/ODQD1zg0AAs8NAEjPDQBUzw0Am88NAKrPDQDuzw0A+M8NAEHQDQBP0A0AlNANAJnQDQDn0A0A9NANADrRDQBG0Q0AjdENAKDRDQDg0Q0A79ENADPSDQA/0g0AhtINAIfSDQDZ0g0A49INACzTDQA60w0Af9MNAITTDQDS0w0A39MNAN6BEAA21A0AeNQNAInUDQDL1A0A19QNAB7VDQA11Q0AcdUNAHPVDQDE1Q0A1dUNABfWDQAa1g0AatYNAHTWDQC91g0Av9YNABDXDQAa1w0AY9cNAG/XDQC21w0AwtcNAAnYDQAc2A0AXNgNAGvYDQCv2A0Au9gNAALZDQAD2Q0AVdkNAF/ZDQCo2Q0AttkNAPvZDQAA2g0ATtoNAFvaDQAxghAAo9oNAPTaDQD+2g0AR9sNAE/bDQCEghAArdsNAO3bDQD52w0AQNwNAE/cDQCT3A0AnNwNAObcDQDw3A0AOd0NAEfdDQCM3Q0Akd0NAN/dDQDs3Q0AMt4NAD7eDQCF3g0AmN4NANjeDQDn3g0AK98NADffDQB+3w0Af98NANHfDQDb3w0AJOANADLgDQB34A0AfOANAMrgDQDX4A0A14IQAB/hDQBw4Q0AeuENAMPhDQDL4Q0AKoMQABviDQBp4g0Af+INALziDQC94g0AD+MNACDjDQBi4w0AbuMNALXjDQC/4w0ACOQNABbkDQBb5A0AYOQNAK7kDQC75A0AAeUNAA3lDQBU5Q0AZ+UNAKflDQC25Q0A+uUNAAbmDQBN5g0ATuYNAKDmDQCq5g0A8+YNAAHnDQBG5w0AS+cNAJnnDQCm5w0AfYMQAO7nDQA/6A0ASegNAJLoDQCa6A0A0IMQAPvoDQA46Q0AROkNAIvpDQCQ6Q0A3ukNAOfpDQAx6g0AO+oNAITqDQCQ6g0A1+oNAOrqDQAq6w0AOesNAH3rDQCJ6w0A0OsNANHrDQAj7A0ALewNAHbsDQCE7A0AyewNAM7sDQAc7Q0AKe0NACOEEABx7Q0Awu0NAMztDQAV7g0AHe4NAHaEEAB17g0Au+4NAMruDQAO7w0AGe8NAGHvDQBt7w0AtO8NAMPvDQAH8A0AJ/ANAFrwDQBm8A0ArfANALTwDQAA8Q0ADvENAFPxDQBY8Q0ApvENALLxDQD58Q0ADPINAEzyDQBb8g0An/INAKvyDQDy8g0A8/INAEXzDQBP8w0AmPMNAKbzDQDr8w0A8PMNAD70DQBL9A0AyYQQAJP0DQDk9A0A7vQNADf1DQA/9Q0AHIUQAKf1DQDd9Q0A7vUNADD2DQA89g0Ag/YNAJb2DQDW9g0A5fYNACn3DQA19w0AfPcNAH33DQDP9w0A2fcNACL4DQAw+A0AdfgNAHr4DQDI+A0A1fgNAG+FEAAd+Q0AbvkNAHj5DQDB+Q0AyfkNAMKFEAAx+g0AZ/oNAHj6DQC6+g0AxvoNAA37DQAg+w0AYPsNAG/7DQCz+w0Av/sNAAb8DQAH/A0AWfwNAGP8DQCs/A0AuvwNAP/8DQAE/Q0AUv0NAF/9DQAVhhAAp/0NAPj9DQAC/g0AS/4NAFP+DQBohhAAr/4NAPH+DQAF/w0ARP8NAEj/DQCX/w0Amf8NAOr/DQD+/w0APQAOAEAADgCQAA4ArQAOAOMADgD0AA4ANgEOAEIBDgCJAQ4AnAEOANwBDgDrAQ4ALwIOADsCDgCCAg4AgwIOANUCDgDfAg4AKAMOADYDDgB7Aw4AgAMOAM4DDgDbAw4Au4YQACMEDgB0BA4AfgQOAMcEDgDPBA4ADocQABwFDgBtBQ4AewUOAMAFDgDRBQ4AYYcQABoGDgC0hxAAbgYOAFOJEAC/Bg4ADAcOABEHDgBfBw4AYwcOALIHDgC/Bw4ApokQAAoIDgBYCA4AXAgOAKsIDgCtCA4A/ggOABcJDgBRCQ4AYgkOAKQJDgCwCQ4A+YkQAPoJDgB6Dw4AAwoOAEoKDgBdCg4AnQoOAJ4KDgDwCg4A/AoOAEMLDgBSCw4AlgsOAKALDgDpCw4A9QsOADwMDgBDDA4ATIoQAJcMDgDiDA4A5AwOAI4YDgDlDA4AvxEOAOgMDgA1DQ4A7gwOAAQUDgDvDA4AhngOAEENDgCIDQ4Alw0OANsNDgDnDQ4ALg4OADwODgCBDg4AnA4OANQODgDgDg4AJw8OAC4PDgCfihAAhw8OAM0PDgDPDw4AIBAOACEQDgBzEA4AdhAOAMYQDgDREA4AGREOAB4RDgBsEQ4AdhEOAPKKEADMEQ4AEhIOABQSDgBlEg4AZhIOALgSDgC7Eg4ACxMOABYTDgBeEw4AYxMOALETDgC7Ew4ARYsQABcUDgBXFA4AWBQOAKoUDgC2FA4A/RQOAAwVDgBQFQ4AWhUOAKMVDgCvFQ4A9hUOAP0VDgCYixAAURYOAJwWDgCeFg4A7xYOAP4WDgBCFw4ATBcOAJUXDgCeFw4A6BcOAOoXDgA7GA4ATBgOAD6MEACdGA4A4RgOAOsYDgA0GQ4APRkOAIcZDgCJGQ4A2hkOAOsZDgAtGg4ANRoOAIAaDgCeGg4A0xoOANsaDgAmGw4AMhsOAHkbDgCMGw4AzBsOAM0bDgAfHA4AKxwOAHIcDgCBHA4AxRwOAM8cDgAYHQ4AJB0OAGsdDgByHQ4AkYwQAM8dDgARHg4AIh4OAGQeDgBsHg4Atx4OAL4eDgAKHw4AGB8OAF0fDgBtHw4AsB8OAMAfDgADIA4AHyAOAOSMEABjIA4AqSAOAMAgDgD8IA4ABCEOAE8hDgBdIQ4AoiEOAKwhDgD1IQ4AASIOAEgiDgBeIg4AmyIOAJ4iDgDuIg4ACiMOADeNEABRIw4AlCMOAJ4jDgDnIw4A7yMOADokDgBJJA4AjSQOAJIkDgDgJA4A7SQOADMlDgA9JQ4AhiUOAIglDgDZJQ4A5yUOACwmDgA5Jg4AfyYOAIImDgCKjRAA3SYOACUnDgAvJw4AeCcOAIAnDgDLJw4A2icOAB4oDgAjKA4AcSgOAH4oDgDEKA4AzigOABcpDgAZKQ4AaikOAHgpDgC9KQ4AyikOABAqDgATKg4A3Y0QAGYqDgC2Kg4AwioOAAkrDgAQKw4AXCsOAGQrDgCvKw4AyCsOAAIsDgAWLA4AVSwOAHEsDgCoLA4AsCwOAIOOEAADLQ4A1o4QAFstDgChLQ4AqC0OAPQtDgD8LQ4ARy4OAEwuDgCaLg4Aqi4OAO0uDgD1Lg4AQC8OAE4vDgCTLw4AoC8OAOYvDgDzLw4AOTAOAEUwDgCMMA4AkjAOAN8wDgDnMA4AMjEOAD4xDgCFMQ4AmDEOANgxDgDnMQ4AKzIOADcyDgB+Mg4AfzIOANEyDgDbMg4AJDMOADIzDgB3Mw4AfDMOAMozDgDXMw4AKY8QACA0DgBwNA4AejQOAMM0DgDFNA4AFjUOACU1DgBpNQ4AiTUOALw1DgDENQ4ADzYOABk2DgBiNg4AaDYOALU2DgC3Ng4ACDcOABc3DgBbNw4AZzcOAK43DgC2Nw4AfI8QAB84DgBUOA4AcjgOAM+PEADAOA4A+jgOAP84DgBNOQ4AaDkOAKA5DgCsOQ4A8zkOAPs5DgAikBAAWToOAJk6DgCoOg4A7DoOAPg6DgA/Ow4AQDsOAJI7DgCcOw4A5TsOAPM7DgA4PA4APTwOAIs8DgCYPA4AdZAQAOI8DgAxPQ4AMz0OAIQ9DgCHPQ4A1z0OAN89DgAqPg4AND4OAH0+DgCIPg4A0D4OANw+DgAjPw4AKz8OAMiQEACEPw4AyT8OAM8/DgAcQA4AKEAOAG9ADgB+QA4AwkAOAMxADgAVQQ4AHUEOAGhBDgB3QQ4Au0EOAL1BDgAOQg4AF0IOAGFCDgBkQg4AtEIOAMBCDgAHQw4AD0MOABuREABqQw4ArUMOALVDDgAARA4ACkQOAFNEDgBeRA4ApkQOALJEDgD5RA4AAUUOAG6REABRRQ4An0UOALBFDgDyRQ4AA0YOAEVGDgBKRg4AmEYOAJxGDgDrRg4A+UYOAD5HDgBLRw4AkUcOAKhHDgDkRw4A7EcOADdIDgBDSA4AikgOAJ1IDgDdSA4A7EgOADBJDgA8SQ4Ag0kOAIRJDgDWSQ4A4EkOAClKDgA3Sg4AfEoOAIFKDgDPSg4A3EoOAMGREAAoSw4AdUsOAINLDgDISw4A1UsOABtMDgAyTA4AbkwOAHZMDgDBTA4AzEwOABRNDgAWTQ4AZ00OAHRNDgC6TQ4AwU0OAA1ODgAeTg4AYE4OAG5ODgCzTg4AwE4OAAZPDgAdTw4AWU8OAGFPDgCsTw4AsU8OAP9PDgAPUA4AUlAOAFpQDgClUA4Ar1AOAPhQDgADUQ4AS1EOAFdRDgCeUQ4AplEOAGeSEAAKUg4ARFIOAElSDgCXUg4AslIOAOpSDgD2Ug4APVMOAEVTDgC6khAAo1MOAONTDgDyUw4ANlQOAEJUDgCJVA4AilQOANxUDgDmVA4AL1UOAD1VDgCCVQ4Ah1UOANVVDgDiVQ4ADZMQADBWDgB7Vg4AfVYOAM5WDgDbVg4AIVcOACZXDgB0Vw4AflcOAMdXDgDSVw4AGlgOACZYDgBtWA4Ac1gOAMBYDgDIWA4AE1kOAB9ZDgBmWQ4AeVkOALlZDgDIWQ4ADFoOABhaDgBfWg4AYFoOALJaDgC8Wg4ABVsOABNbDgBYWw4AXVsOAKtbDgC4Ww4AYJMQAANcDgBRXA4AYFwOAKRcDgCzXA4A91wOAABdDgBKXQ4AUF0OAJ1dDgCjXQ4A8F0OAPxdDgBDXg4ASl4OAJZeDgCyXg4As5MQAPNeDgA8Xw4ASF8OAI9fDgCSXw4A4l8OAOxfDgAGlBAAPWAOAFmUEACQYA4ArJQQAONgDgD/lBAANmEOAIFhDgCCYQ4A9mgOAI5hDgDUYQ4AlWEOAF5mDgCYYQ4Acm8OAJphDgADcw4A1WEOACdiDgA9Yg4AemIOAIJiDgDNYg4Az2IOAGVlDgDbYg4AIGMOAChjDgBSlRAALWMOAHNjDgB2Yw4AxmMOANBjDgAZZA4AG2QOAGxkDgB9ZA4Av2QOANBkDgASZQ4AGmUOAKWVEABsZQ4AuGUOAL9lDgALZg4AE2YOAPiVEABgZg4AsWYOALdmDgAEZw4AEWcOAFdnDgBfZw4AqmcOAKxnDgD9Zw4ABGgOAFBoDgBXaA4Ao2gOAKtoDgBLlhAAA2kOAElpDgBKaQ4AnGkOALJpDgDvaQ4A92kOAEJqDgBEag4A2mwOAFBqDgCVag4AnWoOAJ6WEACiag4A6GoOAOtqDgA7aw4ARWsOAI5rDgCQaw4A4WsOAPJrDgA0bA4ARWwOAIdsDgCPbA4A8ZYQAOFsDgAtbQ4ANG0OAIBtDgCIbQ4ARJcQAN1tDgAmbg4AKG4OAHluDgCKbg4AzG4OAN1uDgAfbw4AJ28OAJeXEAB3bw4A53YOAH5vDgDFbw4A228OABhwDgAgcA4Aa3AOAHlwDgC+cA4Ay3AOABFxDgAUcQ4AZHEOAG5xDgC3cQ4AuXEOAApyDgAbcg4AXXIOAG5yDgCwcg4AuHIOAOqXEAAMcw4AVnMOAGNzDgCpcw4AsHMOAPxzDgANdA4AT3QOAFt0DgCidA4AqnQOAD2YEAACdQ4ASHUOAEt1DgCbdQ4ApXUOAO51DgDwdQ4AQXYOAFJ2DgCUdg4ApXYOAJCYEADvdg4AOncOAFF3DgCNdw4AmXcOAOB3DgDqdw4AM3gOADt4DgDjmBAAh3gOANl4DgDveA4ALHkOADR5DgB/eQ4AjXkOANJ5DgDaeQ4ANpkQAN95DgAleg4AKHoOAHh6DgCCeg4Ay3oOAM16DgAeew4AL3sOAHF7DgCCew4AxHsOAMx7DgCJmRAAHXwOAGp8DgBvfA4AvXwOANh8DgAQfQ4AHn0OAGN9DgBqfQ4Atn0OAMJ9DgAJfg4AD34OAFx+DgBffg4Ar34OALl+DgACfw4ACH8OAFV/DgBXfw4AqH8OALJ/DgD7fw4AB4AOAE6ADgBlgA4AoYAOALWADgD0gA4AEIEOAEeBDgBPgQ4A3JkQAJyBDgDtgQ4A+4EOAECCDgBRgg4AL5oQAJqCDgCCmhAA9IIOADmDDgBDgw4AjIMOAJeDDgDfgw4A54MOADKEDgA+hA4AhYQOAJiEDgDYhA4A54QOACuFDgA3hQ4AfoUOAH+FDgDRhQ4A24UOACSGDgAyhg4Ad4YOAHyGDgDKhg4A14YOACibEAAlhw4AcIcOAHqHDgDDhw4AyIcOABaIDgAeiA4AaYgOAG+IDgC8iA4AyIgOAA+JDgAViQ4AYokOAGuJDgC1iQ4AwokOAAiKDgAQig4AW4oOAFyKDgCuig4AsIoOAAGLDgAEiw4AVIsOAFeLDgDOmxAAvYsOAPqLDgACjA4ATYwOAFmMDgCgjA4ApowOAPOMDgD5jA4ARo0OAEuNDgDsjQ4Aco0OAJmNDgChjQ4AdJwQAPKNDgDHnBAAVY4OAJKODgCUjg4A5Y4OAPKODgA4jw4AP48OAIuPDgCTjw4A3o8OAO6PDgAxkA4AM5AOAISQDgCSkA4A15AOAOiQDgBtnRAAMZEOAMCdEACLkQ4A0JEOANqRDgAjkg4ALpIOAHaSDgB+kg4AyZIOANWSDgAckw4AL5MOAG+TDgB9kw4AwpMOAMyTDgAVlA4AHZQOAGiUDgB3lA4Au5QOAMCUDgAOlQ4AFZUOAGGVDgBtlQ4AZp4QAPCVDgAHlg4AQ5YOAFqWDgBilg4AuZ4QANWWDgAAlw4ADJcOAFOXDgBZlw4AppcOAKyXDgD5lw4A/pcOAEyYDgBSmA4ADJ8QAKCYDgDymA4A+JgOAEWZDgBKmQ4AmJkOAKeZDgDrmQ4A95kOAD6aDgBBmg4AkZoOAJSaDgDkmg4A7JoOADebDgBGmw4AipsOAI+bDgDdmw4A85sOADCcDgAxnA4Ag5wOAJScDgDWnA4A4pwOACmdDgAznQ4AfJ0OAIidDgDPnQ4A1p0OAF+fEAAyng4AdZ4OAIGeDgDIng4A154OABufDgAvnw4Abp8OAH2fDgDBnw4A0p8OABSgDgAgoA4Asp8QAGmgDgC6oA4AyKAOAA2hDgAeoQ4ABaAQAGahDgCzoQ4Av6EOAFigEAAMog4AWaIOAF+iDgCsog4AsaIOAP+iDgAFow4AUaEQAFejDgClow4Ap6MOAPijDgAJpA4AnaIQAFekDgCepA4ApKQOAPGkDgD9pA4ARKUOAEylDgDwohAAnaUOAOqlDgD2pQ4APaYOAEWmDgBDoxAAnKYOAOOmDgDmpg4ANqcOAECnDgCWoxAAi6cOANynDgDqpw4AL6gOAECoDgA8pBAAiKgOANWoDgDhqA4Aj6QQADCpDgB7qQ4AfqkOAM6pDgDaqQ4AIaoOAC2qDgB0qg4AfKoOADWlEADSqg4AGqsOACarDgBtqw4AdasOAIilEADJqw4AE6wOACSsDgBmrA4Ad6wOALmsDgDBrA4ADK0OAA+tDgBfrQ4Aaa0OALKtDgC0rQ4ABa4OABSuDgBYrg4AeK4OAKuuDgCzrg4A/q4OAAivDgBRrw4AV68OAKSvDgCmrw4A968OAAawDgBKsA4AVrAOANulEACpsA4A8LAOAA6xDgBDsQ4ASbEOAJaxDgCfsQ4A6bEOAPaxDgA8sg4ARLIOAI+yDgClsg4A4rIOAOSyDgA1sw4AULMOAIizDgCUsw4A27MOAOizDgAuphAANLQOAIG0DgCJtA4A1LQOAOq0DgAntQ4ALLUOAHq1DgCAtQ4AzbUOANm1DgAgtg4AKLYOAIGmEACAtg4AxrYOANa2DgAZtw4AHrcOAGy3DgBytw4Av7cOANW3DgASuA4AFLgOAGW4DgBvuA4AuLgOAMa4DgALuQ4AELkOAF65DgBruQ4A1KYQAMC5DgAEug4ADboOAFe6DgBhug4AqroOALi6DgD9ug4AArsOAFC7DgBduw4Ao7sOAKu7DgD2uw4ABrwOAEm8DgBLvA4AnLwOAKq8DgDvvA4AAL0OACenEABJvQ4AeqcQAJq9DgDovQ4A7r0OADu+DgBDvg4Ajr4OAJi+DgDhvg4A474OADS/DgA3vw4Ah78OAKe/DgAgqBAA5r8OAC3ADgAzwA4AgMAOAIzADgDTwA4A28AOAHOoEAAywQ4AecEOAH/BDgDMwQ4A2MEOAB/CDgAnwg4AxqgQAHTCDgDFwg4A08IOABjDDgApww4AGakQAHjDDgC+ww4A1cMOAGypEAAbxA4AZMQOAHDEDgC3xA4AusQOAArFDgAUxQ4Av6kQAGLFDgCwxQ4AucUOAAPGDgAUxg4AVsYOAF3GDgCpxg4AscYOAPzGDgAJxw4AT8cOAFTHDgCixw4ArMcOAPXHDgD9xw4ASMgOAFfIDgCbyA4AoMgOAO7IDgAEyQ4AQckOAELJDgCUyQ4AoskOAOfJDgD4yQ4AOsoOAEbKDgCNyg4AlcoOAGWqEADkyg4ATAEAAOjKDgDDJhAA7MoOAEtYDQA/yw4AwQgAAI7LDgBxzg4AMs0OANMpAAB8zQ4AxSsAAIHODgBcOgAAGs8OAEc9AABtzw4AYkUAABLQDgCnOA4AE9AOAPpHAAAX0A4Aa2oDABrQDgBhzQYAZ9AOAM9ZAAAN0Q4A+F8AAGDRDgD3awAABdIOAHNyAABk0g4ANHsAAKzSDgByfgAA/dIOAFaCAACp0w4AaosAAGbUDgCa1A4A59YOAFDKAADc1w4A/NUAAC/YDgAQ3wAA1dgOAFTtAACD2Q4AaPYAAO7ZDgC79gAAH9oOAA73AAB82g4A5PwAACDbDgCD/gAActsOAGADAQAu3A4AIQwBAG7cDgD3EQEA1NwOAAjdDgB33Q4Art0OALbdDgAB3g4ADd4OABkZAQBc3g4AsRsBABbfDgBN3w4AVd8OAKDfDgCi3w4A0yIBAP/fDgCpKAEAoeAOAL0xAQDx4Q4AYUoBAJPiDgDyTQEAp+IOADbzDwCv4g4ARPEPAAPjDgBFTgEAN+MOAJFPAQCW4w4A1lEBANzjDgDBVAEALuQOALNWAQAv5Q4A22gBAJDlDgDJ5Q4A0eUOAC5pAQAr5g4Ac2sBAMfnDgAQhQEAFugOAGHoDgBx6A4AY4UBABPpDgBHiQEAYukOAK3pDgC96Q4AmokBAF/qDgAIkgEAnuwOAMYRAgCi7A4AZRMCAKbsDgBupwEAsuwOAFYhAgBG7Q4AFicQAEftDgB0xgoASu0OAFmqAQBa7Q4AqO4KAJntDgBbMA8Are0OAKyqAQC97Q4A7mcQAOvtDgD/qgEA7u0OAIh1CwCW7g4A3K8BAOnuDgAvsAEAke8OAFi2AQAy8A4AgbwBANjwDgBlwAEAJfEOAHXxDgCB8Q4AC8EBAHbyDgDB8g4AxPIOAGM4DADN8g4Ah8cBACnzDgAfygEAiPMOALrzDgAR9A4AqdsLAB30DgAQ2AEAN/QOAArNAQBs9A4AM9MBABL1DgC91wEAuPUOAAnZAQAb9g4AXNkBALX2DgAC2gEAAfcOAPvaAQD/9w4ACOUBAKD4DgCDCwsAo/gOAOXpAQCl+A4AdLgMAPL4DgCnKhAABPkOAD35DgCY+Q4A4/kOAKz5DgDy8wEA5vkOAMOcCwDt+Q4AdqcLAPD5DgCwhwsA/vkOANfrAQAE+g4AKqYLAIv6DgAO8AEAsfoOADZiDADq+g4ArfEBADv7DgCm8gEAhv4OAM4EAgDOCw8Ac8sLAG4MDwAg0goAdAwPANyoAgCtDQ8ADe0PALINDwBQDg8Axg0PADsRDwDODQ8A8fAPANINDwBsuAIAUg4PAI8hCwBUDg8AtZ4LAFUODwCFvAYAVw4PANcUCABaDg8Av7gCAF8ODwASuQIAYQ4PAO4VBACFDg8ANF8EAKEQDwD8xwIAQxEPAI4RDwCPEQ8AaUoLAJgRDwB+jA0AnREPAF3FDgCtEQ8AHXkQAOsRDwDZzAIA3RIPALr0AgDgEg8Aw6oJAOESDwDl4gIA4xIPAPvTAgDkEg8AftkCAOYSDwA+5wMA5xIPAMPbAgDoEg8AYekCAOkSDwCT1gIA6hIPAAfjAwDwEg8Art4CABYTDwC0lQ4AGhYPALYkAwAeFg8Al/kCACIWDwAFcAsAdxYPANz7AgC0GA8AAxoDABUaDwBpLwMAuxoPACM5AwBnGw8ABz0DAKQbDwA3QgMAlhwPABNTAwDvHA8AOh0PAEgdDwBYVQMANx4PAGZgDQBBHg8Axl0DAC8fDwADbQMAfyAPAFuEAwAfIQ8AdowDANYhDwAXIg8AEiMPAAaVBAATIw8Aza8DABojDwD27AcAuSMPALGzAwC9Iw8AjfsHALIkDwAXyQMAsyUPAB3UAwBdJg8AW9cDABAnDwBHJw8ATycPAJonDwCpJw8A0N4DAEkoDwDdCgsATCgPAADkAwCbKA8A5igPAK8oDwDB6w8A8CgPAFPkAwCUKQ8A1ukDAO4pDwDI6wMA2yoPAG34AwDdKw8AlQoEACwsDwDxnQ8AkywPAMosDwDSLA8AHS0PACotDwDSQgoALi0PANMNBAA1Lg8AfxkEAG8uDwCoHwQAFi8PAJIuBAAbLw8AEo8IABwvDwCjkggAHi8PAI+JCAB+Lw8AtS8PAL0vDwAIMA8AXTAPACXiCwBjMA8AFOwPAGUwDwB9MQQAZzAPAI1+DQB+MA8AyngQAJ0wDwArjA0AtjAPAGg0BAArMQ8AVDEPALExDwCYOQQAXDIPAA1BBAD2Mg8AzkkEAFMzDwAuVAQAVTMPABNMBABJNA8AxlYEAEc1DwB5YQQAjjUPAFZmBACQNg8Ay20EAPM2DwAqNw8ARjcPAH03DwCMNw8AF28EAIs5DwDCOQ8AyjkPABU6DwAkOg8A64wEAHE6DwBglAQAYzsPAHucBABuOw8A+NQHALc7DwC5nwQAsjwPANOzBAC8PA8AuKsEABU+DwBMPg8AVD4PAJ8+DwCkPg8ATsYEAK4+DwAzvgQAm0APAAfcBACTQQ8AFOYEAExCDwCDQg8Ai0IPANZCDwDcQg8AbfEEAD9DDwD+9AQA5UMPAP0ABQAmRA8AtwoFANdEDwCbDgUAfUUPAGMWBQAwRg8AZ0YPAG9GDwC6Rg8AyUYPAAgjBQDKRg8AfSoFAONGDwC0LgUAbEcPAHYrBQC7Rw8ABkgPABBIDwDJKwUAG0kPAFJJDwBaSQ8ApUkPAK5JDwD/OwUAAkoPAPE9BQC6Sg8A8UoPAPlKDwBESw8ARUsPAPdIBQBJSw8Ae5UFAEpLDwD2VAUAUUsPAGxQBQBTSw8AdEMFAEdMDwAEUwUAQE0PAJthBQCTTQ8A0mUFAOJNDwDLZgUAkE4PAOZuBQBETw8Ae08PAINPDwDOTw8A2E8PAK52BQAkUA8AfX0FAONQDwAaUQ8AIlEPAG1RDwB6UQ8AtIEFAHxRDwBuiwUAxVEPAJiFBQBuUg8A8ZAFAM5TDwAFVA8ADVQPAFhUDwBnVA8A4p4FAFZWDwDgtgUAuVYPAPBWDwAMVw8AQ1cPAFBXDwAsuAUAWFgPAI9YDwCXWA8A4lgPAOVYDwBbyQUAvVkPAADWBQAxWg8A3doFADVaDwAAswoA4VoPAFnhBQAqWw8APeUFAH1cDwDG9QUA0lwPAPb6BQDHXQ8Agn8IANtdDwAvfwgALl4PAGVeDwBtXg8AuF4PALteDwC+AgYAJ18PAF5fDwBmXw8AsV8PAMBfDwBPBgYAD2APAMsMBgClYQ8A0CMGAFBiDwCfAAwAVWIPAJxwDQBYYg8AaCYGAFliDwD9bg0AqGIPAEwqBgCxYw8A6GMPAPBjDwA7ZA8ARGQPALMzBgCYZA8ApTUGAENlDwB0PAYAoGUPAIFGBgAwZg8A704GANZmDwBPWQYAfGcPAE5lBgApaA8A0WoGAHxoDwAPbgYA0WgPAE1xBgDaaQ8AEWoPABlqDwBkag8Ac2oPAIOBBgC/ag8ACmsPABlrDwBghgYAv2sPADaMBgAQbA8Ac5sGABJsDwCdlQYAGG0PAE9tDwBXbQ8Aom0PABFuDwBIbg8AUG4PAJtuDwCobg8Am60GAPtuDwAzsAYAT28PAMSzBgDpbw8A7bkGAJlwDwAPwQYAPnEPACnVBgCCcg8A/uYGANdyDwDN7QYAfXMPAMX6BgAjdA8AFwcHAMp0DwA5DgcAM3UPAGp1DwBydQ8AvXUPAMp1DwDREAcAf3YPALZ2DwC+dg8ACXcPAF93DwAjHQcAEXgPALsfBwDEeA8A+3gPAAN5DwBOeQ8AWHkPAHwoBwCveQ8AGyoHAAN6DwD4LgcAUXoPAC8zBwD2eg8AZjcHAPJ7DwA8PQcAQXwPAIx8DwCOfA8Ajz0HAE59DwCFfQ8AjX0PANh9DwDtfg8AJH8PACx/DwB3fw8AjIAPAMOADwDLgA8AFoEPACCBDwCuaAcA2IEPAA+CDwAXgg8AYoIPAGyCDwDHiAcAeIIPADd5BwC6gg8AKXsHABKDDwCXgwcAXYQPAICeBwBhhA8Av5UHALWEDwCVmwcA+4QPAIedBwCqhQ8AcqAHAPaFDwBdowcAo4YPAI2oBwD4hg8Atq4HAJ6HDwChsQcA8YcPAPSxBwBUiA8Ai4gPAJOIDwDeiA8A7YgPAIy0BwCRiQ8A5b8HAOeJDwBhxgcA7IoPACOLDwAriw8AdosPAIWLDwB1zwcAcowPAMKMDwDcjA8AX94HADGNDwBojQ8AcI0PALuNDwDKjQ8AQ+IHAESODwDi4wcA0I4PAAePDwAPjw8AWo8PALyPDwBz5wcAX5APAO/tBwC4kA8AJvIHAFORDwAidQgAVpEPALD2BwCmkQ8AqfcHAKKSDwB+CQgA9ZIPAPoPCABFkw8A8xAIAFOUDwCKlA8AkpQPAN2UDwDplA8A6x0IADiVDwCDlQ8Ah5UPADcfCADmlQ8A1iAIAJiWDwDPlg8A15YPACKXDwBKlw8AIS4IAHqXDwBDNQgA5JcPAAQwCgAjmA8AbpgPAKWYDwBzOggAN5kPAGeZDwBjmg8A7VgIAGCbDwAjaQgArZwPAPicDwAUng8ARJ4PAGOeDwCXng8A+p4PALmDCACYnw8A6YgIADyhDwDWGQkAPqEPAMyYCAArow8AaqYIAHejDwCMrQgAfqMPAKGqCABppQ8AWsAIAGumDwANywgAs6cPAP6nDwA2qA8Agd4IAMCoDwD3qA8A/6gPAEqpDwBZqQ8ASeYIAPWpDwDM6wgAS6oPAJaqDwDOqg8AEe4IAESrDwCi8QgAx6sPAPXxCAA0rQ8AwwQJADOuDwCSCwkALK8PAK0TCQCPrw8AABQJANWvDwBTFAkAcbAPALodCQBpsQ8AZikJAGiyDwBkQQkAILMPAFezDwBfsw8AqrMPALSzDwAXTAkAcrUPAHBXCQCXtg8AYHEJAPG2DwDjdgkAkLcPAFF/CQDxtw8Aj4IJADi5DwBBmQkAkrkPANO5DwDVug8AK6gJAIK8DwC7twkAFr0PAJi8CQBxvQ8A1r8JACa+DwBdvg8AZb4PALC+DwAFvw8ARMgJABjADwBPwA8AV8APAKLADwDKwA8A6dQJAFHBDwAS2wkAo8EPAO7BDwD8wQ8AuNsJAEfCDwD93QkA9MIPANriCQA7ww8AvuYJADzEDwB48AkAP8QPAB7xCQCMxQ8Aw/0JANfFDwAP/wkAMsYPAE0CCgCAxg8A5QQKAM7GDwA4BQoAQscPAHHHDwAzyA8AihEKAJLIDwDdEQoAvskPAAnKDwA8yg8A/xgKAEHKDwBZGAoAB8wPAOMcCgBezA8AISAKAK7MDwBtIQoAp80PAJYnCgDyzQ8AeisKALLODwDmzg8AqM8PAN/PDwDnzw8AMtAPAD/QDwBIPgoAktAPADNBCgA40Q8AvUUKAPDRDwAk0g8AidIPAPnjDwCW0g8AytIPAHzTDwC1UgoAftMPAHBQCgAo1A8AadQPAMrUDwDJWwoActUPACJnCgDE1g8AnXkKAF/XDwCBfQoAtdcPAFeDCgAI2A8AcosKAFrYDwBrjAoA+dgPAO6RCgC12Q8A7NkPAPTZDwA/2g8AsNoPAOaeCgCO2w8AD6UKAJvcDwDJrgoAOt0PAOS2CgDs3Q8AI94PACveDwB23g8A5d4PABzfDwAk3w8Ab98PABjgDwBn7A8AHeAPAGjgDwAf4A8AtoQNADHgDwBOHxAAcuAPABrHCgAU4Q8AncwKAAjjDwCH2woAYuMPANrbCgBN5A8ASOQKAFHlDwC96woAaeUPAC17DACg5Q8A6+UPAAnmDwAQ7AoAkucPAHVSDQDl5w8AyFINAEzoDwCD6A8Ai+gPANboDwBJ6Q8ACPkKANfpDwCbNwsAdusPAEU4EABv7A8AkfsMAIPsDwD8ZRAAk+wPALrsDwDm7A8AXSYNADntDwBg7Q8Atu0PAFdZEAAi7g8AWe4PAGHuDwCs7g8AC+8PAFkRCwBu7w8Ape8PAK3vDwD47w8AV/APAChkDAC08A8AYz8LAPDxDwC5ZwwA9vEPABMbCwBX8g8Aqx0LAD7zDwCJ8w8A5PMPADCOEAA39Q8AvyYLAEH1DwBzJQsALfYPAFAqCwDj9g8AGvcPACL3DwBt9w8AwPgPABEzCwDB+g8AR0MLAFn7DwCZTwsAqfwPANZeCwCg/Q8AFGILAOX+DwBaUQwA6P4PACcdDADs/g8AIWwLAPL+DwBEYAwAkP8PANv/DwDl/w8A/nALAPAAEAAnARAALwEQAHoBEAAiAhAAo30LAHgCEAA0gQsAbQQQADqMCwDABBAACwUQABcFEAB4jwsAvQUQALaSCwBfBhAAqgYQAMEGEADmlwsAiQsQACmyCwAyDBAAs7YLAHsOEABJ0QsAKg8QAGsPEAAeEBAAf+ELACEQEAAz4AsAGBEQAMTjCwDTERAAAxIQACESEABV5wsAehIQAH7tCwAKExAA0e0LAEkVEACUFRAAlhUQAND5CwDsFRAAdvoLAPMVEAAO/QsATxcQAIYXEACOFxAA2RcQAOMXEACzCQwALRkQAHgZEAB7GRAAQxkMACoaEADUHAwAHxsQAAQiDABCGxAA7XMQAIYbEABQIwwAExwQAGMcEAAMHRAAlSUMABMdEADaJwwAtB4QALAtDAC2HhAAGrkMAFYfEAChHxAA8CAQAL8YDQBMIRAAVToMAJMiEACESwwAliIQAJ9TDACbIhAA9DsMAKciEAABRgwAMiUQAItKDADYJRAAYVAMACInEAAx8QwAPicQALBkEABxJxAAvCcQAL8nEACYVAwAHygQADdWDABuKBAAMFcMAL0oEAAIKRAAEikQAINXDACqKhAABl0MALEqEAD4XgwAUCsQAPFfDADJLBAAgmMMAEctEADAZgwA0C4QABBvEABGLxAAw44NAIUvEADheQwA3DAQABF/DAArMRAAdjEQAI8xEABdgAwAzDEQABwyEACTMhAA54QMADkzEADghQwA3zMQACyHDABpNBAAtDQQAL40EAC9igwAWzUQAPFYDQBiNhAAK5MMAEo4EADsmwwAMDkQAD45EACDORAAkTkQANg7EAB8qwwA4jsQAJ6yDAB+PhAAsrsMAM8+EACrvAwAHD8QAFG9DABqPxAAnb4MAGNAEADiwAwAYUEQAKxBEAAHQhAAUkIQAPlCEACqyAwAU0MQAJ5DEAD5QxAAREQQAO1EEACAzgwAmEUQAONFEAA+RhAAiUYQAIpHEACw0wwA4UcQAPzUDACDSBAAzkgQAN5IEABI1gwAl0kQAMdJEAB2ShAA0toMAMxKEABq3QwAN0sQAGZLEABtThAAdvMMAAxQEACm+AwAslAQAPL5DABYURAAPvsMANVTEAD3EA0Af1UQAGwYDQBtVhAAqhsNABdYEAAfIw0AulgQALclDQBcWhAA/CcNAHlbEAAzLA0An1sQANItDQD3WxAAVH0QAEtcEABqMA0ATlwQAFwyDQCYXBAA6FwQAARdEAA7XRAAkV0QAOFdEAD9XRAANF4QAI9eEADaXhAA5F4QAK8yDQA1XxAASqIQAIZfEACMNw0Ah2AQAMM7DQDPYBAAWz4NACdhEACnfRAALWIQABaPDQDKYhAAB0oNAF9mEAAaBQ4ApWcQAFhiDQCXaBAAL1wNAEZpEAAoXQ0ANGsQAH9rEACJaxAAlmUNADNsEAAuaA0AVW8QAGNvEACobxAAtm8QAPtvEAAJcBAATnAQAFxwEAChcBAAr3AQAPRwEAACcRAAsXEQAPZvDQAXchAATnIQAL1yEAD0chAAVXMQADRzDQAYdBAAQHQQAGt0EACTdBAAvnQQAOZ0EAARdRAAOXUQAJR1EADfdRAA5HUQAMV2DQAudxAAf4ANANZ4EAAGog4A2ngQAGegDgCPeRAAw3kQADV6EABOhw0AcnoQAIWLDQDbehAAD3sQAL17EAAIfBAAGHwQAHeNDQBnfBAAcI4NAMN8EAAdhw4A7oAQAMzIDQBEgRAAcskNADmCEACh2g0A34IQAB3hDQCFgxAA7OcNACuEEABv7Q0A0YQQAJH0DQB3hRAAG/kNAB2GEACl/Q0Aw4YQACEEDgBthxAAEwYOAM6HEAAHiBAAD4gQAFqIEACgixAA64sQAAmMEABJFg4AMY8QAB00DgCajxAAATgOAC6QEABGOg4AfZAQAN48DgDPkBAAdj8OACCREABaQw4AfpEQAExFDgDdkRAAFJIQAGmSEADxUQ4AxpIQAJBTDgAikxAAKFYOAGiTEAD+Ww4AIpQQADVgDgBLmBAA9XQOAOyZEACagQ4AO5oQAJOCDgCKmhAA1ZoQANmaEADmgg4AMJsQAHubEADWmxAAIZwQAM+cEAAanRAAeZ0QACqRDgDInRAAE54QABeeEAB9kQ4APJ8QAJ+YDgAOoBAAYKEOAFugEACroBAA1qAQAP6gEABUoRAApKEQAM+hEAD3oRAAYaIQAFKjDgDyohAAl6UOAE2jEACQpg4AnqMQAOmjEAD5oxAAiacOAEWkEACCqA4AkqQQAOKkEAA/pRAAx6oOAJilEADAqw4Aj6YQAHO2DgAzpxAAQr0OAIKnEADNpxAA3acQAJW9DgB3qBAAJsEOANaoEABywg4AJ6kQAGvDDgB0qRAAEcQOAMKpEAASqhAA","fail":"AAAAAAAAAACbhAAAIqYBAMXRAAB/XgYAGB4CAEcMBwCZ6AEAGDILAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAAAAAACZ6AEALiMLALQZCADtkAAA8Q0AAJnoAQCIzwoA288KAC7QCgCB0AoARAACAJ1rDADwawwAErIDAAAAAAB/XgYAGB4CABgeAgB7UAMAqwkCAP4JAgBqNwwAh3oMAM6qAgAhqwIAShIBAPjpBADTdA0Ae1ADAJnoAQDd4QQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAAmegBABgyCwBPpQcAGB4CACwnAgAS/gQAueQGAAAAAAB/XgYAmegBAFh3CgC11gMASgsCAAi0CACs/QEAm4QAAAQVAgAW4g0AaeINAOWPAgDvJQAAmegBAAUkCgBYJAoAAUcAAJLUBADtkAAAQJEAAPmYAgB/9ggA0vYIAJnoAQAuIwsAtBkIAO2QAADxDQAAmegBAIjPCgDbzwoALtAKAIHQCgApXwsAfF8LAFMAAABTAAAAPSMJABgeAgABRwAAmegBAClfCwCRogEAAAAAAO2QAABKCwIA8Q0AANQdAACrFwAARwwHAJoMBwCIwgAA28IAAC7DAACo0wIAw9sCABbcAgAsnAkApBgAAKt3CgBdLQwATAEAAJ8BAADyAQAARQIAAJgCAAApXwsAfF8LAFMAAABTAAAAJYIBABgQBADtkAAAIq0AABgeAgBrHgIAL+cFAJnoAQAYMgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABPnggAop4IAAAAAAC9iwAA2nQBABgeAgAsJwIA8Q0AAJnoAQAlggEAGBAEAGsQBABTAAAAmokBAO2JAQBAigEAk4oBAOaKAQA5iwEAjIsBAAAAAACo0wIAuvQCAJGiAQDkogEAN6MBANigCgD91goAUNcKAIjPCgDbzwoALtAKAIHQCgBEAAIAWCQKABArAgBxpQgAxKUIABemCABHDAcAmegBAF15DQArrwgAmegBAGo3DAC5Bg4Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAAi0CADz+woAKV8LANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAE+eCACinggAAAAAAL2LAADtkAAA8Q0AALFnAgAu1wkARwwHAJnoAQApXwsAqS8AAPwvAABPMAAAojAAAGH2DACs/QEAm4QAACKmAQDUHQAARwwHAJnoAQAYMgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAKsJAgD+CQIA9mIDAEljAwCcYwMA72MDAIjPCgDbzwoAURgAAKQYAACrdwoAXS0MAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAAUJAgByIw0AxSMNAFh3CgAIPwEAWz8BAPmYAgDadAEARwwHAL9rDQBYdwoAq3cKAF0tDABMAQAAnwEAAPIBAABFAgAAYfYMAKz9AQCbhAAAIqYBANQdAABHDAcAmegBABgyCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAqwkCAP4JAgD2YgMASWMDAJxjAwDvYwMAiM8KANvPCgBRGAAApBgAAKt3CgBdLQwATAEAAJ8BAADyAQAARQIAAJgCAADF0QAABQkCAHIjDQDFIw0AWHcKAAg/AQBbPwEA+ZgCANp0AQBHDAcAv2sNAJuEAAAipgEAHS4DAKjTAgC69AIAqS8AAPwvAABPMAAAojAAAGH2DADxDQAA1B0AACceAAB6HgAAzR4AACAfAABh9gwA7yUAAEQpCAAYHgIAeOkKALFnAgBh9gwAShIBAKcWBwDxDQAAkaIBACdxAABtEwwAQo0JAN73CwCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAWHcKAKt3CgBdLQwATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAJ70BAPENAACxZwIAmegBAKz9AQBpjw0AGDILAFy9BQApXwsA+j8NAJLUBADl1AQALXUBAAAAAAAirQAAIq0AAO2QAADxDQAAkaIBAJnoAQAuIwsAv2sNAKsXAADnHQMA7ZAAAEcMBwCZ6AEA7OgBAIcuCwAYHgIAmegBAL2LAADxDQAA1B0AAJnoAQAAAAAAqxcAAH0/AgAYQAkA/hcAAMXRAACrFwAAmegBAC4jCwCaDAcAo8INAPbCDQCs/QEAm4QAACKmAQDUHQAAAAAAABgeAgBKCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAEcMBwC/aw0AqxcAAOcdAwDtkAAARwwHAEoLAgDtkAAAQJEAAJrjAAAZuAIArP0BAJuEAAC55AYASgsCAEcMBwCs/QEASgsCAO2QAABAkQAAmuMAABm4AgC9iwAArP0BACWCAQAYEAQAIq0AAJnoAQB9PwIA0D8CACNAAgCZ6AEAT54IAKKeCAABRwAAktQEAOXUBADtkAAA+ZgCAEyZAgCfmQIAmegBANigCgD91goAUNcKAIjPCgDbzwoALtAKAIHQCgAYMgsAT6UHAKKlBwB4ggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAJhbCwBTAAAAUwAAAD0jCQAYHgIAAUcAAC7XCQBHDAcASgsCAJuEAACIwgAA28IAAC7DAABKCwIAShIBAJ0SAQAYOQoAAAAAACWCAQAYEAQA7ZAAAKsXAAABRwAAmegBAC4jCwC0GQgA7ZAAAPENAACZ6AEAiM8KANvPCgAu0AoAgdAKAClfCwB8XwsAUwAAAFMAAAA9IwkAGB4CAAFHAACZ6AEAGDILAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAANMbAgAirQAAnbgBABgrDACZ6AEAT54IAKKeCAAAAAAAvYsAAO2QAADxDQAAsWcCAC7XCQBHDAcAmegBAKz9AQB7UAMAmegBAClfCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAcHMFACKtAAApngIAVS0CAHBzBQB/XgYAK68IAJnoAQBYdwoAJYIBAL2LAABF9AEA2nQBAC11AQCZ6AEAm4QAAIjCAADbwgAAXdQAABgyCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAE+eCACinggAAAAAAL2LAADadAEAGB4CACwnAgAAAAAAGB4CAK1tCAArrwgARfQBAFMAAACmAAAA+QAAAJnoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAFfCAQCqwgEA3eEEACmeAgB8ngIAz54CALjNCwALzgsAXs4LAMXRAADadAEAxVsFAFRHAAAbYQsARcMIAAFHAACZ6AEAGDILANN0DQB7UAMAmegBAFh3CgCrdwoAXS0MAEwBAACfAQAA8gEAAEUCAACYAgAA3eEEADDiBACD4gQA7yUAAEQpCABF9AEAvYsAABgeAgAsJwIAGB4CAJnoAQDd4QQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAKV8LANQdAACrFwAAAUcAAJnoAQAYMgsAiMIAANvCAAAuwwAAqwkCAP4JAgD2YgMASWMDAJxjAwDvYwMAiM8KANvPCgBRGAAApBgAAKt3CgBdLQwATAEAAJ8BAADyAQAARQIAAJgCAADYoAoA/dYKAFDXCgApXwsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAACzqQEABqoBAFmqAQDsLQQAGDILAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBABArAgBxpQgAxKUIABemCABqpggAvaYIABCnCAAYMgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAC7XCQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQBKEgEApxYHAEn7BQD0XgcAm4QAANN0DQDnHQMAErIDAEoSAQCZ6AEAAAAAACKtAACduAEAVYYNAKiGDQCrFwAAECsCAGMrAgC2KwIAkAgBAKjTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAAs6kBAAaqAQBZqgEAAAAAAH9eBgArrwgARfQBAJj0AQDxDQAA1B0AAEn7BQDQ0AUAI9EFAHNqDQDFWwUA5yQCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAPucDAJHnAwDk5wMAN+gDAIroAwDd6AMAMOkDAIPpAwDW6QMA6SALAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAALXUBACceAAB6HgAAzR4AACAfAAAsJwIAQJEAAJrjAAAZuAIAGDILAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAEoLAgAYHgIALCcCAH8nAgC+HQ4A8Q0AANQdAABHDAcAmegBAGH2DAD3CQ4AJYIBAHiCAQDLggEAHoMBAHGDAQDEgwEAxdEAAAUJAgByIw0AxSMNAE+eCACinggA9Z4IAEifCACbnwgA7p8IAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQAYMgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEApxYHAEn7BQD0XgcAm4QAANN0DQDnHQMAErIDAAFHAABKCwIAm4QAAE+lBwCipQcAeIIBAMXRAADtkAAARwwHAJnoAQBh9gwAGB4CAK1tCACs/QEAm4QAAKz9AQAlggEAQSMOAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAGbgCAO6EAABBhQAAlIUAAOeFAAA6hgAAhoABANmAAQAsgQEAf4EBANKBAQC/aw0AQJEAAJrjAAAZuAIAodsBACKtAADtkAAAUwAAAAFHAABwcwUAf14GAJnoAQAAAAAAAAAAAAAAAADsLQQAT54IAKKeCAAS/gQAIqYBAEQOAAArrwgAqNMCABQJAAC9iwAA8Q0AANQdAAAnHgAAqxcAABArAgBjKwIAtisCAJi8CQDrvAkAPr0JAFh3CgCrdwoAXS0MAEwBAACfAQAA8gEAAEUCAACYAgAAiM8KANvPCgAu0AoAgdAKABgyCwBPpQcAoqUHAHiCAQDF0QAA7ZAAAEcMBwCrFwAA/hcAAFEYAAAYMgsAd5QMAEGFAACUhQAA54UAADqGAACNhgAAajcMAId6DAB5gwsAajcMALkGDgDadAEAErIDAGWyAwD5mAIACLQIABthCwDxDQAAsWcCAMXRAADadAEAxVsFAFRHAACZ6AEAT54IAGseAgCs/QEArP0BANp0AQDFWwUAShIBAAAAAACZ6AEA7OgBAD/pAQCS6QEA5ekBAJnoAQBYdwoAJYIBAEEjDgCbhAAAIqYBANQdAADd4QQA9F4HAEdfBwCaXwcA7V8HAJnoAQB7UAMAzlADACFRAwAYHgIAmegBAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDADeVAwCKlQMAr1wHANQdAABPLwwAAUcAAHBzBQAtdQEARfQBAAAAAACrFwAA+ZgCAEyZAgCfmQIAGBAEAEcMBwCaDAcA7oQAAEGFAACUhQAA54UAADqGAACajwwA0D8CACNAAgDadAEA2nQBAEX0AQCrFwAAECsCAOy+BwC9iwAAGB4CACwnAgBPDQUAtBkIAO2QAADxDQAAk5AMAP4XAAB3OwEAShIBAPjpBABVLQIAIq0AAEcMBwC/aw0AqxcAAOcdAwDtkAAAAAAAAH9eBgBF9AEA2nQBAC11AQCZ6AEA7OgBAD/pAQCS6QEA5ekBAOzoAQCHLgsAGB4CAJnoAQC9iwAA8Q0AANQdAAAnHgAAmegBAOzoAQA/6QEAkukBAOXpAQDs6AEAhy4LABgeAgCZ6AEAvYsAAPENAADUHQAAmegBABgyCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAE6IAQChiAEA9IgBAEeJAQCZ6AEAvYsAAPENAADUHQAAJx4AAKsXAAAQKwIAYysCAPmYAgB/9ggA0vYIAHjpCgBdegEAf14GACuvCADadAEALXUBAOcdAwDoCgQAJ70BAEoSAQCZ6AEAKV8LAHxfCwBTAAAAUwAAAD0jCQAYHgIAAUcAAC7XCQBHDAcAmegBABgyCwAAng0A2nQBAJnoAQD5mAIAf/YIANL2CAB46QoAXXoBAH9eBgArrwgAmegBANigCgAAAAAA8Q0AAJGiAQDkogEAqNMCAPENAAAdLgMAmegBAE+eCACtbQgARcMIAAFHAABwcwUALXUBAO2QAADxDQAA8Q0AAJGiAQDUHQAAJx4AAHBzBQB/XgYAK68IAO2QAABAkQAAmuMAABm4AgCbhAAA2nQBAEEjDgCo0wIA5eICANGoCQBhowwAtKMMAAekDABapAwAraQMAAClDABTpQwAax4CAL4eAgARHwIA7yUAALOpAQAGqgEAWaoBAL9rDQBAkQAAmuMAABm4AgAAAAAAm4QAAPmYAgBMmQIABBUCACWCAQCbhAAA03QNAEX0AQAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAf14GAEoSAQBTAAAApgAAAAZQAgBzag0AxmoNAEQOAAArrwgA7yUAALOpAQAGqgEAdMYKAMfGCgC9iwAAJYIBAAFHAABwcwUAUwAAACWCAQBBIw4AlCMOALOpAQAGqgEAdMYKAMfGCgDUHQAAJx4AAJrjAAAZuAIAAAAAAJnoAQCs/QEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA7ZAAAK1LAQA46gEAi+oBAN7qAQAx6wEAhOsBAAUkCgCdawwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqwkCAP4JAgAFJAoAnWsMADjqAQCL6gEA3uoBADHrAQCE6wEAVzAKACWCAQBBIw4AlCMOAOcjDgA6JA4Att4MALEhDACZ6AEAT54IAHNqDQDSJg4AJScOAHgnDgBXMAoAqjAKAOzoAQA/6QEAkukBAOXpAQAAAAAAXiEMAJnoAQBPnggAc2oNANImDgAlJw4AeCcOAFcwCgCqMAoA7OgBAD/pAQCS6QEA5ekBAOzoAQA/6QEAkukBAOXpAQCsqgEA7C0EAP1uDQBQbw0Ao28NAPZvDQBJcA0AAAAAAL2LAAAQjAAA5x0DAMVbBQAEFQIAivUNAEcMBwB9PwIAvYsAABCMAADnHQMAxVsFAAQVAgCe/g0AGB4CAGseAgAv5wUApxYHAMXRAAB/XgYAGB4CAH0/AgAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAAAAADvJQAAs6kBAAaqAQBZqgEAUwAAAFwCCABJ+wUAAUcAAC7XCQD5mAIATJkCAJ+ZAgDymQIARZoCAPENAACZ6AEAajcMAId6DAB5gwsArP0BAGmPDQAAAAAAGDILAOhxDQA7cg0AjnINAOFyDQA0cw0Ah3MNANpzDQAFJAoAvYMNABCEDQBjhA0AqNMCAAAAAAB/XgYAAUcAAKjTAgAirQAAnbgBAPC4AQBDuQEAlrkBAOm5AQAsJwIATw0FAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQC23gwAsSEMAAUkCgAAAAAAJYIBAAAAAAC9iwAAm4QAAE+lBwAAAAAAAAAAAL2LAAABRwAAmegBAMXRAAAFCQIAciMNAJnoAQAFJAoAAAAAAL2LAACbhAAACLQIABthCwBFwwgAmMMIAOvDCAA+xAgArP0BAJHECADkxAgAN8UIAKz9AQDd4QQAMOIEAIPiBAAaDA0AbQwNAMAMDQDd4QQAMOIEAIPiBAAaDA0AbQwNAMAMDQCbhAAA03QNAAAAAACZ6AEARfQBAJj0AQDr9AEAAAAAAAFHAAAu1wkAe2sLAM5rCwAEFQIAkQkLAOQJCwB7UAMAAUcAAC7XCQB7awsAzmsLAAQVAgBXFQIAax4CAL4eAgARHwIAZB8CAPENAACS1AQAr0ALAL4eAgARHwIAZB8CAAFHAABURwAABQgOAFgIDgCrCA4AAAAAABgeAgAsJwIAe7EBAOYbBQBJ+wUAAUcAAPENAAAEFQIA4RkCADQaAgCHGgIA2hoCAC0bAgCAGwIAAUcAANMbAgDqWQ0AVEcAAAUIDgBYCA4Af14GAAQVAgDhGQIAVEcAAAUIDgBYCA4AqwgOAAAAAACbhAAA2nQBABKyAwDUHQAASgsCAO2QAABAkQAAmuMAABm4AgAEFQIA4RkCAFRHAAAFCA4AWAgOAKsIDgAEFQIA4RkCAFRHAAAFCA4AWAgOAHtQAwBTAAAAXAIIAO2QAABAkQAAmuMAABm4AgDtkAAA7yUAAEImAABAkQAALCcCAKsXAAAirQAA7ZAAAO2QAABAkQAAmuMAABm4AgCbhAAAL+cFAKcWBwDtkAAAQJEAAJrjAAAZuAIAAUcAAAFHAACS1AQA5dQEAKz9AQD//QEAUv4BAC7XCQDtkAAAQJEAAJrjAAAZuAIAShIBAKcWBwABRwAAVEcAABthCwBHDAcAv2sNAECRAACa4wAAGbgCACWCAQAlggEAUwAAAD0jCQDadAEALXUBAD81AwCSNQMAIwELACwnAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAGB4CACwnAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7ZAAAHtQAwDtkAAAQJEAAJrjAAAZuAIARwwHAL9rDQCtSwEAsbkOAECRAACa4wAAGbgCAAAAAADtkAAAQJEAAK1tCABHDAcA6nwIAPmYAgDadAEAErIDAF16AQB/XgYAK68IAO2QAABAkQAAmuMAABm4AgCs/QEAf14GAEXDCAAQjAAA5JsCACWCAQB4ggEAIq0AACmeAgB8ngIAQSMOAECRAACa4wAAGbgCANN0DQBF9AEAQo0JAO2QAABAkQAAmuMAABm4AgAYHgIARfQBAL2LAABKEgEApxYHAKsXAAABRwAALtcJACMBCwCa4wAAGbgCAH9eBgBFwwgAAUcAANMbAgDvJQAArP0BAH9eBgBFwwgAEIwAAOSbAgDxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCbhAAAIqYBAHWmAQCpLwAAKZ4CACKmAQCxZwIALtcJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQC0GQgA0l4GACVfBgBocgcAu3IHAA5zBwBhcwcAtHMHAAd0BwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAEn7BQDQ0AUAI9EFAHjpCgBdegEAf14GACuvCADtkAAAQJEAAJrjAAAZuAIAAUcAAJuEAADuhAAAfT8CAH9eBgD5mAIAf/YIANL2CADvJQAAJYIBAHiCAQDF0QAA7ZAAAECRAACa4wAAGbgCAHBzBQDDcwUAOwsEACWCAQBBIw4AShIBAKcWBwCrFwAAAUcAAC7XCQBHDAcAv2sNAECRAACa4wAAGbgCAPENAACYWwsAUwAAAFMAAAA9IwkAGB4CAAFHAAAu1wkARwwHALQZCADSXgYAJV8GAGhyBwC7cgcADnMHAGFzBwC0cwcAB3QHAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJYIBACWCAQBBIw4ARfQBAPfSCQBPpQcAm4QAAAZQAgBZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABgeAgBrHgIAe1ADANp0AQAtdQEAwkECABVCAgBoQgIAl1MCAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAEoSAQCs/QEAaY8NAECRAADvJQAAhy4LABgeAgBKEgEA+OkEAFUtAgAu1wkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACuvCAAirQAA0NAFACPRBQB20QUAydEFABzSBQBv0gUAShIBAJ0SAQAYOQoA6nwIAL3kCwBEKQgAIq0AACmeAgBVLQIAcHMFAH9eBgArrwgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAAm4QAAE+lBwC9iwAA7ZAAAO2QAABAkQAAmuMAABm4AgBHDAcAv2sNAO8lAABEKQgAFpYMAO2QAABHDAcAm4QAAE+lBwCipQcA9aUHAGo3DACHegwAeYMLABgyCwBcvQUAShIBAKcWBwD6FgcArP0BAGmPDQBAkQAAmegBAOzoAQC+HQ4AEIwAAKUSCwABRwAAcHMFAH9eBgArrwgAvYsAABCMAADkmwIAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAc8sLAMbLCwAZzAsAbMwLAL/MCwASzQsAf14GAJnoAQDs6AEAQiYAAMXRAACZ6AEAGDILAGsyCwBZUAIArFACAP9QAgBSUQIApVECAPhRAgDxDQAAmegBAGo3DACHegwAeYMLAOzoAQC+HQ4AEIwAAKUSCwABRwAAcHMFAH9eBgArrwgA03QNAKsXAAD+FwAAdzsBAPH/AQBPnggAop4IAE8NBQC/aw0ASfsFAHWtAADAWQIABlACACwnAgCtbQgA8qABAGo3DADd4QQAe1ADAJwrCwDvKwsAQiwLAJUsCwDtkAAAQJEAAJrjAAAZuAIAqxcAAAFHAACbhAAAVS0CAHBzBQB/XgYAK68IAO2QAABAkQAAmuMAABm4AgBEGwoARCkIABaWDADCQQIAmegBAClfCwBluQIAShIBAKz9AQB/XgYA2nQBACx6AgCbhAAAVS0CAHBzBQB/XgYAK68IAJnoAQAFJAoAvYMNABCEDQBjhA0A7OgBAD/pAQCS6QEA5ekBAAAAAACZ6AEA2KAKACuhCgBRYw0ApGMNAPdjDQBKZA0AlrkBAFUtAgBwcwUArP0BACWCAQBBIw4AajcMAOckAgA6JQIAjSUCAN3hBAApngIAj7MCAOKzAgA1tAIAiLQCANu0AgDhvwIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAAAAAAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIA3eEEACmeAgCPswIA4rMCADW0AgCItAIA27QCAL2LAADxDQAAajcMAId6DADOqgIAIasCAEoSAQD46QQA03QNAIjPCgDbzwoALtAKAIHQCgBEAAIAWCQKAKskCgBFwwgARfQBAEoSAQA4lwEAErIDAJGiAQBdegEALXUBAEX0AQCZ6AEAT54IAKKeCAABRwAAvYsAABgeAgAuIwsAv2sNAEn7BQB1rQAAwFkCAAZQAgAsJwIATw0FAJnoAQAYMgsA03QNAEcMBwCZ6AEAiM8KANvPCgAu0AoAgdAKAL2LAADxDQAA1B0AANigCgAroQoAgHUBANN1AQAmdgEAeXYBAMx2AQBbkgEAXXkNANJeBgAlXwYAaHIHALtyBwAOcwcAYXMHALRzBwDoCgQAOwsEAI4LBADhCwQANAwEAIcMBABHDAcAmegBABgyCwDTdA0ARwwHAJnoAQCIzwoA288KAC7QCgCB0AoAvYsAAPENAADUHQAAKV8LAGW5AgC4uQIAC7oCAF66AgCxugIAMfgLAIT4CwDX+AsAKvkLAH35CwDTdA0A5x0DACKtAACo0wIAw6oJAB6XCgBxlwoAxJcKABeYCgBqmAoAvZgKAPwnDQC9gw0AEIQNAGOEDQCZ6AEAXXkNAEXDCAABRwAAmegBAF15DQDvJQAAmegBAKz9AQB/XgYARcMIABCMAADkmwIAT54IAGseAgDBTQIAFE4CAC7XCQCB1wkA1NcJAAFHAACZ6AEAajcMAId6DAB5gwsAGDILALnkBgBHDAcAmegBAMXRAADadAEAxVsFAFRHAACZ6AEAXXkNAPmYAgB/9ggA0vYIAO8lAAAlggEAeIIBAClfCwB8XwsAz18LACJgCwCS1AQAr0ALAAJBCwCyhAgAmegBAMXRAADadAEAxVsFAFRHAACZ6AEAXXkNAPmYAgB/9ggA0vYIAO8lAAAlggEAeIIBAEoSAQAnvQEAer0BAM29AQAgvgEAc74BAMa+AQB7UAMAmegBAMXRAADadAEAxVsFAFRHAACZ6AEAXXkNAPmYAgB/9ggA0vYIAO8lAAAlggEAeIIBAC4jCwCBIwsA+ZgCANp0AQBHDAcAv2sNAMXRAADadAEAxVsFAFRHAACZ6AEAXXkNAPmYAgB/9ggA0vYIAO8lAAAlggEAeIIBANp0AQAsegIAmegBAFh3CgA9IwkA2nQBAC11AQA/NQMAkjUDACMBCwCZ6AEALiMLAL9rDQBAkQAALCcCAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCABgyCwDocQ0AO3INAF16AQCwegEAA3sBAEoSAQCnFgcAqxcAAAFHAACZ6AEAajcMAId6DAB5gwsABSQKAFgkCgABRwAAktQEAHtQAwCZ6AEA2KAKACuhCgB+oQoAiM8KAOcdAwA6HgMAjR4DAEoSAQD46QQAJYIBABgQBAAirQAA7ZAAAKz9AQB/XgYARcMIABCMAADkmwIA8Q0AAJnoAQBdeQ0ARcMIAAFHAACZ6AEAXXkNAO8lAACZ6AEAT54IAGseAgDBTQIAFE4CAAFHAAAu1wkARfQBAEKNCQBAkQAAmegBAC4jCwCBIwsA+ZgCANp0AQBHDAcAv2sNAKz9AQB7UAMAmegBAAdEAgBaRAIArUQCAH0/AgDQPwIARwwHAJnoAQAYMgsAVS0CAJAIAQDjCAEAKZ4CAHyeAgDPngIAuM0LAAvOCwBezgsAsc4LAATPCwBXzwsAqs8LAP3PCwBQ0AsAo9ALAPbQCwBJ0QsAnNELAO/RCwBC0gsAldILAOjSCwA70wsAjtMLAOHTCwA01AsAh9QLANrUCwAt1QsAgNULANPVCwAm1gsAedYLAMzWCwAf1wsActcLAMXXCwAY2AsAa9gLAL7YCwAR2QsAZNkLANp0AQAtdQEAwkECABVCAgBoQgIAKP0CAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAAAAAAB/XgYARcMIAJnoAQALKAsAXigLAPmYAgB/9ggAGDILANN0DQAmdQ0AeXUNAMx1DQAfdg0AcnYNANigCgAroQoAfqEKAHtQAwDOUAMAIVEDABgeAgCZ6AEAKV8LAHK8AwDFvAMA9f8GAEgABwBluQIAuLkCAAu6AgBeugIA3eEEADDiBAAYKwwAvYsAAEoSAQCrFwAAmegBAECRAAAsJwIA2KAKAP3WCgBQ1woAiM8KANvPCgBRGAAApBgAAKt3CgAGUAIAax4CAC/nBQCnFgcAAUcAAC7XCQAjAQsAmegBAKz9AQD//QEAUv4BAKX+AQBYdwoACD8BACwnAgBTAAAApgAAAAZQAgAsJwIATw0FAJnoAQApXwsA+j8NAE1ADQBVLQIALtcJAIHXCQCnFgcAqxcAAAFHAACZ6AEALiMLAJoMBwCjwg0A9sINAKz9AQCbhAAAIqYBANQdAAApXwsAZbkCAGPsCgC27AoACe0KAFztCgCZ6AEA2KAKAP3WCgBQ1woAKV8LAPo/DQBNQA0ABlACAAFHAABwcwUALXUBAEX0AQCZ6AEAvYsAAJABAgC9iwAAAUcAAAFHAABwcwUALXUBAEX0AQCZ6AEALiMLALQZCADF0QAA2KAKACuhCgB+oQoAT54IAKKeCAAgZAIAnPsFAPmYAgB/9ggA0vYIAHtQAwCZ6AEAShIBAJ0SAQAYOQoAm4QAALnkBgDqfAgALXUBAEX0AQCZ6AEAT54IAKKeCABPDQUAog0FAPUNBQBVawUA2KAKAP3WCgBQ1woAJYIBAHiCAQDtewMAQHwDAJN8AwDmfAMAOX0DAIx9AwBqNwwAuQYOAKdHAABragMAvmoDABFrAwBkawMAIqYBANQdAABPLwwAmegBANigCgAroQoAfqEKAEoSAQCnFgcA+hYHAJ0SAQAYHgIA2KAKAP3WCgBQ1woA2KAKACuhCgB+oQoA0K0KACOuCgB2rgoAWHcKAAg/AQBbPwEAI1QLAHZUCwDJVAsAHFULAJnoAQBdeQ0A7yUAAJnoAQApXwsA+j8NAE1ADQAGUAIAAUcAAHBzBQAtdQEARfQBAJnoAQC9iwAAfq8IANGvCAAksAgAd7AIAMqwCAAdsQgAcLEIAMOxCABqNwwAh3oMAHmDCwApXwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAGDILAFUtAgBdeQ0AK68IAJnoAQApXwsARA4AAJxACADvQAgAQkEIAJVBCACZ6AEAUwAAAAFHAABwcwUALXUBAEX0AQCZ6AEA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMAN5UDANZsCQApbQkAXXkNACuvCACZ6AEAvYsAABCMAADnHQMAodsBAJnoAQAuIwsAtBkIAEoSAQD46QQA2nQBAC11AQCZ6AEAKV8LAEQOAACcQAgA70AIAEJBCACVQQgAmegBAEXDCACYwwgA68MIAD7ECACRxAgA5MQIADfFCACKxQgA3cUIADDGCACDxggA1sYIACnHCAB8xwgAz8cIACLICAB1yAgAyMgIAClfCwDUHQAAJx4AAHoeAADNHgAAIB8AAKjTAgDxDQAAmegBAGo3DAC5Bg4Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAmUkAAOxJAAA/SgAAHpcKAHGXCgCrFwAA5x0DAC11AQBF9AEAmegBAF15DQArrwgAmegBAAsoCwAbYQsA8Q0AACWCAQB4ggEAIq0AACmeAgB8ngIAz54CAAAAAAAlggEA8Q0AALFnAgAEaAIAVS0CAC7XCQDyoAEAAAAAAAAAAAAAAAAAAAAAAAAAAABPyAIAosgCAPKgAQAAAAAAT8gCAKLIAgAlzgIAMOIEAF/JCgCyyQoABcoKAFjKCgCrygoA/soKAFHLCgCkywoAj6wDAOKsAwA1rQMAiK0DANutAwAurgMAga4DANSuAwAnrwMAeq8DAM2vAwAgsAMAc7ADAMawAwAZsQMAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDADeVAwCKlQMA3ZUDADCWAwCDlgMA1pYDACmXAwB8lwMAz5cDACKYAwB1mAMAyJgDABuZAwBWlgkAqZYJAPyWCQBPlwkAopcJAPWXCQBImAkAm5gJAO6YCQBBmQkAlJkJAOeZCQA6mgkAjZoJAOCaCQAzmwkAhpsJAEX0AQCo0wIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKz9AQCbhAAA8Q0AAHK8AwDFvAMAQSMOAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAs+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAN2VAwAwlgMA7OgBAD/pAQCS6QEA5ekBAPheDADQMQQAIzIEAHYyBADJMgQAHDMEAG8zBADCMwQAFTQEAAUkCgCdawwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAMXRAAAItAgA2nQBACx6AgBBIw4A3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBAB15AQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwA3lQMAipUDAIf+BQDa/gUALf8FAID/BQDT/wUAJgAGAGW5AgC4uQIAIq0AAFMAAAC11gMABBUCAJrbDQDt2w0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAAQVAgAW4g0AKZ4CAI+zAgDiswIANbQCAIi0AgAirQAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAqxcAAP4XAADF0QAA7ZAAAECRAACa4wAAGbgCAGniDQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAEcMBwC0GQgA7ZAAAPENAACTkAwA/hcAAHc7AQAu1wkArUsBAA5XCwASsgMAsWcCAC7XCQAjAQsAmuMAABm4AgCZ6AEA3eEEACmeAgB8ngIAz54CACKfAgDs6AEAP+kBAJLpAQDl6QEAShIBAFMAAAA9IwkAGB4CAAFHAAAu1wkAIwELAJrjAAAZuAIAJYIBABgQBABrEAQAUwAAAKE8AAAEFQIAivUNANp0AQCs/QEAsuwFAGseAgAGUAIAe1ADAJnoAQCIzwoA288KAC7QCgCB0AoAJYIBAHiCAQDtewMAQHwDAL9rDQBHDAcAqNMCACWCAQB4ggEA7XsDAEB8AwCTfAMA5nwDADl9AwCMfQMAajcMALkGDgCnRwAAkAgBAFMAAAA9IwkA8Q0AALFnAgBF9AEAGB4CACwnAgDxDQAAcrwDAMW8AwCQCAEAmegBABgyCwB3lAwAsoQIAAWFCABYhQgAq4UIAE+eCACinggAIGQCAJz7BQAYHgIARwwHAJnoAQAYMgsAueQGAAzlBgBf5QYAsuUGAC7XCQAjAQsABBUCAJnoAQBKEgEAOJcBABKyAwCRogEAXXoBAC11AQBF9AEAmegBABgyCwBcvQUARfQBAEKNCQBKEgEAmegBANigCgDFWwUAGFwFAC4jCwC/aw0AEmwNAFwCCACbfA0A7nwNAPENAACZ6AEAXXkNACuvCAAAAAAAAAAAAKjTAgDl4gIA0agJACSpCQB3qQkAyqkJAAUkCgC9gw0AEIQNAGOEDQBqNwwAh3oMAHmDCwDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBABLGgoAnhoKAPEaCgC9NwwAIwELAHYBCwDJAQsAHAILAG8CCwDCAgsAFQMLAGgDCwC7AwsALiMLACJLDgDtkAAAajcMAId6DAB5gwsA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMAN5UDAIqVAwDdlQMAcHMFAMNzBQAWdAUAaXQFALx0BQBzag0AxVsFAC7XCQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQASgsCAJ0LAgBwcwUAw3MFABZ0BQBpdAUAvHQFAA91BQAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQAdeQEAMjkBAAb5QQAbuUEAMHlBAApXwsA1B0AACceAAB6HgAAzR4AACAfAACo0wIAk9YCALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKXwAwD48AMAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAPfMDAJDzAwDdlQMAcHMFAMNzBQAWdAUARwwHAJnoAQBdeQ0ARcMIAMPbAgAW3AIALJwJAGvfCgCtbQgARcMIAAFHAAAu1wkAajcMAId6DAB5gwsACygLABthCwDxDQAA7ZAAAAFHAADF0QAAf14GABgeAgB9PwIAmegBANigCgD91goAUNcKAL2LAAAQjAAAGB4CACwnAgAS/gQAZf4EALj+BACbhAAArP0BACWCAQAAAAAAmegBAH0/AgCn+goALXUBAMJBAgCo0wIAk9YCALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKsJAgD+CQIA3eEEACmeAgBjKg4AtioOAAkrDgDe9wsAuvQCAEQOAABKEgEApxYHAJAIAQABRwAAmegBAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBABLGgoAnhoKAPEaCgB7UAMA8Q0AAHK8AwDFvAMAAAAAAKjTAgAjDwkAQJEAAJrjAAAZuAIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDABx/BQBAkQAAmuMAABm4AgAItAgAe1ADAAAAAAAAAAAAAAAAAE/IAgCiyAIA8qABAAAAAAAAAAAAAAAAAAAAAABPyAIAosgCACXOAgAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDADeVAwCKlQMAh/4FANr+BQAt/wUAgP8FANP/BQAmAAYAShIBANlrBAAsbAQAf2wEANJsBABHDAcArP0BAJnoAQBKEgEAnRIBABg5CgBrOQoAvjkKAEoSAQDZawQALGwEAH9sBADSbAQAIq0AAHWtAADIrQAAG64AAG6uAAD46QQABlACAHNqDQCbhAAAueQGAEoSAQAnvQEAEIwAAOcdAwAirQAAKZ4CAFUtAgBwcwUAf14GACuvCADxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAs+4DAIREDQDChgQAFYcEAGiHBAC7hwQADogEAGGIBAC0iAQAB4kEAFqJBACtiQQAAIoEAJnoAQAlggEAGBAEAC11AQB9PwIAmegBAOzoAQA/6QEAkukBAIMLCwDWCwsAGDILALnkBgBHDAcAGB4CACwnAgDxDQAAkaIBAF4hDACS8AAA1KcEABthCwDxDQAAsWcCAGOnCAC2pwgACagIAFyoCACvqAgAAqkIAFWpCACoqQgA+6kIAE6qCAAYMgsA03QNAHtQAwCZ6AEAXXkNAO8lAACZ6AEAajcMALkGDgCnRwAA+kcAAFMAAABcAggASfsFANp0AQBHlgsARCkIAO2QAABHDAcAmegBAEoSAQDZawQALGwEAH9sBADSbAQA9f8GAAsoCwAbYQsA8Q0AALFnAgALKAsAG2ELAPENAACxZwIAmegBAAi0CAB7UAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADsLQQAPy4EAI+JCADiiQgANYoIAIiKCADbiggALosIAIGLCADUiwgAJ4wIAHqMCADNjAgAII0IAHONCADGjQgAGY4IAGyOCAC/jggA3ZUDAHBzBQDDcwUAFnQFAEcMBwCZ6AEAXXkNAEXDCABdeQ0A0l4GACVfBgBocgcAu3IHAA5zBwBhcwcAtHMHAAd0BwCZ6AEAajcMAHBzBQDDcwUAFnQFAEcMBwCZ6AEAXXkNAEXDCAAYEAQASgsCAPENAAByvAMAxbwDAEoLAgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJPWAgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA8fEDAETyAwCX8gMA6vIDAD3zAwCQ8wMA3ZUDAHBzBQDDcwUAFnQFAEcMBwCZ6AEAXXkNAEXDCABdeQ0A0l4GACVfBgBocgcAu3IHAA5zBwBhcwcAtHMHAAd0BwCZ6AEAajcMAHBzBQDDcwUAFnQFAEcMBwCZ6AEAXXkNAEXDCADdlQMAcHMFAMNzBQAWdAUARwwHAJnoAQBdeQ0ARcMIAF15DQDSXgYAJV8GAGhyBwC7cgcADnMHAGFzBwC0cwcAB3QHAJnoAQBqNwwAcHMFAMNzBQAWdAUARwwHAJnoAQBdeQ0ARcMIABgeAgBzag0ALHoCAHiCAQDLggEAe1ADAEoLAgAirQAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAqgcEAGH2DAD3CQ4AvYsAABCMAAA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAPZkEAJCZBADjmQQANpoEAImaBADcmgQAL5sEAIKbBADVmwQAKJwEAC11AQBF9AEAmegBAGo3DACHegwAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwA+4AQAkeAEAOTgBAA34QQAiuEEAL2LAAAQjAAA5x0DAKHbAQCZ6AEAKV8LAEQOAACcQAgA70AIAEJBCACVQQgAqNMCAJuEAACh2wEAGB4CACwnAgABRwAAktQEAOXUBADtkAAA8Q0AAFMAAABcAggArwIIAJrjAAAsJwIAAAAAAL2LAADtkAAA8Q0AALFnAgAu1wkAIwELAJrjAAAZuAIAw6oJABarCQBpqwkAZf4EALj+BAAL/wQAXv8EALH/BAAEAAUAVwAFAKoABQD9AAUAUAEFAKMBBQD2AQUASQIFAJwCBQDvAgUAQgMFAJUDBQDoAwUAOwQFAI4EBQDhBAUANAUFAIcFBQDaBQUALQYFAIAGBQDTBgUAJgcFAHkHBQDMBwUAHwgFAHIIBQDFCAUAGAkFAGsJBQC+CQUAm4QAAO6EAAD0XgcAR18HAEcMBwCZ6AEAajcMALkGDgCnRwAAShIBAPjpBABL6gQAmegBAE+eCACinggAAUcAAJLUBADl1AQA7ZAAAPENAACZ6AEAWHcKAMC5DACvAggAmegBAE+eCACinggAAAAAAL2LAADtkAAA8Q0AALFnAgCZ6AEAJYIBABgQBADoCgQAOJcBAMVbBQAYXAUAxdEAAAi0CADadAEAIq0AAPReBwCZ6AEA2KAKAP3WCgBHDAcA6nwIABKyAwCo0wIAIq0AACmeAgCPswIA4rMCADW0AgCItAIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAG2yDQAjAQsAmuMAABm4AgCpLwAAda0AAMitAAAbrgAAbq4AAMGuAACo0wIAIq0AACmeAgCPswIA4rMCADW0AgCItAIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAG2yDQAjAQsAmuMAABm4AgDtkAAARwwHAOp8CAASsgMAqS8AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDABx/BQBvfwUAwn8FABWABQBogAUAu4AFAA6BBQBhgQUAbosFAMGLBQBfyQoAsskKAAXKCgBYygoAq8oKAP7KCgBRywoApMsKAEX0AQBCjQkAlY0JAJnoAQAYMgsAXL0FAE+eCACinggA8Q0AAEQOAABFwwgAGB4CACKtAAAH4wMAWuMDAK3jAwAA5AMAU+QDAKbkAwD55AMATOUDAJ/lAwDy5QMAReYDAJjmAwDr5gMAe7EBAM6xAQAhsgEAdLIBAMeyAQAg4AgAc+AIAMbgCAAZ4QgAbOEIAL/hCAAS4ggAZeIIALjiCAAL4wgAXuMIALHjCAAE5AgAV+QIAKrkCAD95AgAUOUIAKPlCAD25QgAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAHH8FAG9/BQDCfwUAFYAFAGiABQC7gAUADoEFAGGBBQD70wIATtQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AAA9mQQAkJkEAOOZBAA2mgQAiZoEANyaBADUHQAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJPWAgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA8fEDAETyAwCX8gMA6vIDAD3zAwCQ8wMAWHcKAPOvCQBGsAkAmbAJAOywCQA/sQkAkrEJAOWxCQA4sgkAi7IJAN6yCQAxswkAhLMJANezCQAqtAkAfbQJANC0CQAjtQkAdrUJAMm1CQActgkAb7YJAMK2CQDD2wIAFtwCACycCQBr3woArW0IAEXDCAABRwAALtcJAGo3DACHegwAeYMLAAsoCwAbYQsA8Q0AAMOqCQAWqwkATw0FAKINBQD1DQUAVWsFAClfCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADF0QAA7ZAAAKsXAAABRwAAmegBABgyCwDF0QAABQkCAAFHAACZ6AEAxdEAAAUJAgByIw0AxSMNAIjPCgDbzwoALtAKAIHQCgBYdwoAPSMJAPENAACRogEAXXoBAKz9AQAlggEAQSMOAGo3DACHegwAeYMLAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBABLGgoAnhoKAPEaCgBqNwwAuQYOAKdHAABPnggAop4IAE8NBQCiDQUA9Q0FAFVrBQApXwsA1B0AACceAAB6HgAAzR4AACAfAACS8AAAVjULAGWyAwDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwA3lQMAzTIJACuhCgB+oQoArP0BALLsBQAF7QUAWO0FAKvtBQCrFwAAmegBAClfCwD6Pw0ATUANAFUtAgDadAEA6AoEAKcWBwB/XgYARcMIAAFHAAAu1wkAIwELAJrjAAAZuAIAfowNAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAMliCQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAHXkBADI5AQAG+UEAG7lBADB5QQAKV8LANQdAAAnHgAAeh4AAM0eAADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAMPbAgAW3AIALJwJAH+cCQDSnAkAJZ0JAHidCQDLnQkA7OgBAEQpCACXKQgA6ikIAF15DQAYHgIAmegBAC4jCwCBIwsAGB4CACwnAgAgZAIAAUcAANMbAgAYHgIAe1ADAJnoAQDyoAEAvYsAABCMAADnHQMAodsBAJPWAgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA8fEDAETyAwCX8gMA6vIDAD3zAwCQ8wMAgn8IAEGgCAB/owgA0qMIACWkCAB4pAgA3ZUDAHBzBQDDcwUAFnQFAEcMBwCZ6AEAXXkNAEXDCABdeQ0A0l4GACVfBgBocgcAu3IHAA5zBwBhcwcAtHMHAAd0BwCZ6AEAajcMAHBzBQDDcwUAFnQFAEcMBwCZ6AEAXXkNAEXDCAABRwAAcHMFAMNzBQAWdAUAaXQFALx0BQAPdQUAYnUFALV1BQAIdgUAW3YFAF3FDgCwxQ4ABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA3ZUDAHBzBQDDcwUAFnQFAGl0BQC8dAUAeOkKANQdAACAUgYAQSMOAEn7BQABRwAAcHMFAH9eBgArrwgAAUcAAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAGJ1BQC1dQUACHYFAFt2BQDtkAAAQJEAAJrjAAAZuAIA6/QBAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAGJ1BQAgeAsAc3gLAMZ4CwAZeQsAbHkLAL95CwASegsARA4AAJxACADvQAgAQkEIAJVBCADTGwIA0l4GACVfBgB4XwYA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCo0wIAIw8JAECRAACa4wAAGbgCAKsXAAD+FwAAmMoHAOvKBwA+ywcAkcsHAOTLBwA3zAcAax4CAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCZ6AEAajcMAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAMliCQD4ZQsAIq0AACKtAADQ0AUAI9EFAHbRBQDJ0QUATw0FAJnoAQAYMgsA7yUAAAFHAAAu1wkAIwELAClfCwDUHQAAgFIGAEEjDgBJ+wUAAUcAAHBzBQB/XgYAK68IAJnoAQAFJAoAvYMNABCEDQBjhA0AuvQCABefCQBqnwkAvZ8JABCgCQBjoAkAtqAJANHEBQAkxQUAd8UFAMrFBQAdxgUAcMYFAMPGBQAWxwUAaccFALzHBQDB3gUAFN8FAGffBQC63wUADeAFAGDgBQC9iwAAGB4CABgeAgAsJwIAqxcAAAFHAACZ6AEAajcMAId6DADSXgYAPSMJACWCAQB4ggEAy4IBAHtQAwCo0wIAAAAAAJnoAQBqNwwA5yQCADolAgCNJQIA3vcLAClfCwB8XwsA2nQBAMVbBQCbhAAArP0BACWCAQBBIw4AKV8LANQdAAAnHgAAeh4AAM0eAAAgHwAAZaQFAJnoAQDs6AEAhy4LANouCwAtLwsAajcMAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAKjTAgDD2wIAFtwCACycCQAYMgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAEEjDgApXwsA1B0AACceAAB6HgAAzR4AACAfAABKEgEAAAAAAFMAAAAirQAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAHH8FAECRAACa4wAAGbgCABgeAgCtbQgA8L4MANA/AgBAkQAAHpcKAHGXCgAYHgIALCcCABL+BABl/gQAuP4EAJuEAACs/QEAJYIBAEEjDgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABCMAACrFwAAe1ADAKjTAgABRwAAIq0AAFMAAAAirQAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMA7yUAALOpAQAGqgEAWaoBACKtAACduAEA5Y8CAEWTAwAYHgIALCcCAH8nAgC+HQ4A8Q0AANQdAAAWsggAabIIALyyCAAPswgAYrMIALWzCABvfwUAwn8FABWABQBogAUAu4AFAA6BBQBhgQUAuvQCAEQOAACcQAgA70AIAEJBCACVQQgAmegBAAUkCgC9gw0AEIQNAGOEDQBdxQ4AsMUOAAPGDgBWxg4AqcYOAPzGDgBPxw4AoscOAPXHDgBIyA4Am8gOAO7IDgA1rQMAiK0DANutAwAurgMAga4DANSuAwAnrwMAeq8DAAsoCwAbYQsA8Q0AAKz9AQCy7AUABe0FAFjtBQCr7QUA/u0FAHjpCgAncQAA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAJuEAADvJQAAfT8CAKESBgB7sQEA8Q0AAKkvAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwAcfwUAQJEAAJrjAAAZuAIAk5AMAIzeAQAPigIAYooCALWKAgAIiwIArW0IAO8lAAAYHgIALCcCAAFHAACS1AQA5dQEAO2QAADxDQAA1B0AAK1LAQAATAEAU0wBAJ5mCwDxZgsARGcLAJnoAQBKEgEA+OkEAHtQAwCZ6AEAiM8KANvPCgAu0AoAgdAKAKz9AQBpjw0AGDILAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDd4QQAMOIEAF/JCgCyyQoABcoKAFjKCgCrygoA/soKAFHLCgCkywoA98sKAErMCgAFJAoA8Q0AALFnAgAEaAIArP0BACWCAQAYEAQAErIDAJABAgDz+woAajcMAId6DAB5gwsA2KAKAFMAAADuhAAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAHH8FAECRAACa4wAAGbgCAPvTAgBO1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAKz9AQB/XgYAf14GAAFHAADxDQAAsWcCAJLUBACvQAsAAJ4NAJnoAQDs6AEAGB4CAK1tCABKEgEAmegBAPKgAQCS8AAAqNMCAJPWAgB1rQAAyK0AABuuAABurgAAwa4AABSvAAALKAsAXigLALEoCwAEKQsAT54IAB6XCgBxlwoAmegBAF15DQBFwwgAAUcAAJnoAQBdeQ0A7yUAAJnoAQAYMgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAEEjDgCs/QEAsuwFAAXtBQBY7QUAq+0FAP7tBQB46QoAmegBAGo3DACHegwAeYMLAGo3DACbhAAAT6UHAH0/AgCZ6AEAajcMANN0DQB7UAMAmegBAF15DQDvJQAAmegBAGo3DAC5Bg4Ap0cAAPpHAABNSAAA7ZAAAEcMBwCZ6AEArP0BALLsBQAF7QUAWO0FAKvtBQD+7QUAJYIBAJuEAAAipgEAsWcCAHBzBQAirQAA8Q0AANQdAACbhAAABlACACKtAAD0XgcABBUCAJrbDQDt2w0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAAQVAgAW4g0AaeINAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAHH8FAECRAACa4wAAGbgCAAAAAABTAAAAXAIIAJt8DQDxDQAA1B0AAJuEAAAGUAIAIq0AAPReBwBTAAAA4g0CAAQVAgCa2w0A7dsNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAEFQIAFuINAGniDQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDABx/BQBAkQAAmuMAABm4AgCo0wIAAUcAAJLUBACvQAsAwU0CAPENAABTAAAAPSMJABgeAgABRwAAqNMCAAFHAACS1AQAr0ALAMFNAgDxDQAAUwAAAD0jCQAYHgIAAUcAAKjTAgAjDwkAQJEAAJrjAAAZuAIAJYIBABgQBAD5mAIA2nQBAC11AQBF9AEAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDANZsCQDUHQAAJx4AAJrjAAAZuAIASgsCAJ0LAgCS1AQAr0ALAMFNAgDxDQAAUwAAAD0jCQAYHgIAAUcAAAQVAgAW4g0AaeINAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAHH8FAECRAACa4wAAGbgCAF3FDgCwxQ4ABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMABSQKAL2DDQAQhA0AY4QNABK5AgApngIAYyoOALYqDgAJKw4AXCsOAK8rDgACLA4AVSwOAKgsDgBRmwUApJsFAPebBQBKnAUAnZwFAPCcBQBDnQUAqNMCAJPWAgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA3ZUDAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAMliCQDd4QQAKZ4CAGMqDgC2Kg4ACSsOAFwrDgCvKw4AAiwOAFUsDgCoLA4Ak9YCALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAAFHAABwcwUAw3MFABZ0BQBpdAUAvHQFAA91BQBidQUAtXUFAAh2BQBbdgUAw9sCAO2QAADF0QAAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDABx/BQBAkQAAmuMAABm4AgArrwgA/hcAAOjgCQA74QkAm4QAAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBBIw4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAJ3EAAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBBIw4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDD2wIAFtwCACycCQAYMgsAT6UHABgQBAD5mAIAf/YIAIjPCgDbzwoA6OAJADvhCQDxDQAAmegBAOzoAQCHLgsA2i4LAC0vCwCALwsA2KAKACuhCgB+oQoAe1ADAM5QAwAhUQMAGB4CAJnoAQDd4QQAda0AAL2LAADxDQAAsWcCAC7XCQCZ6AEAiM8KANvPCgDo4AkAO+EJABgyCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAXXkNACKtAAAirQAA0NAFACPRBQB20QUAydEFAE8NBQCZ6AEAxdEAAAi0CADadAEALHoCAEEjDgAFJAoA8Q0AALFnAgAEaAIArP0BACWCAQAYEAQAErIDAJABAgDadAEALXUBAEX0AQCZ6AEAGDILAFy9BQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwA3lQMAipUDAN2VAwAwlgMAg5YDANaWAwByvAMAxbwDAPX/BgBIAAcAmwAHAO4ABwBBAQcAlAEHAGo3DAAirQAAUwAAAAAAAADadAEAUwAAAJnoAQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwA3lQMAipUDAN2VAwAwlgMAg5YDAGo3DAC5Bg4Ap0cAAAsoCwAbYQsA8Q0AALFnAgBqNwwAcHMFAMNzBQAWdAUAaXQFALx0BQAPdQUAyWIJABxjCQBvYwkAOOoBANp0AQAYHgIALCcCAF15DQDSXgYAJV8GAHhfBgCZ6AEAajcMACKtAABTAAAAmegBAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDADeVAwCKlQMAxdEAANp0AQDFWwUAVEcAAJnoAQALKAsAG2ELAPENAACxZwIAmegBAEcMBwCaDAcAAJ4NAAFHAABwcwUA+ZgCAH/2CAApXwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAi4kDAN6JAwAxigMAvYsAABCMAAA3/QAA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAEEjDgBdeQ0AGB4CAJnoAQAuIwsAtBkIAO2QAADxDQAAmegBAIjPCgDbzwoALtAKAIHQCgBEAAIAnWsMAPBrDAASsgMARwwHAPENAACZ6AEAKV8LANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAIuJAwDeiQMAMYoDAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBBIw4AXXkNABgeAgCZ6AEALiMLALQZCADtkAAA8Q0AAJnoAQCIzwoA288KAC7QCgCB0AoARAACAJ1rDADwawwAErIDAJnoAQApXwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAi4kDAN6JAwAxigMAvYsAABCMAAA3/QAA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAEEjDgBdeQ0AGB4CAJnoAQAuIwsAtBkIAO2QAADxDQAAmegBAIjPCgDbzwoALtAKAIHQCgBEAAIAnWsMAPBrDAASsgMAAAAAAJuEAABPpQcAoqUHABgQBACo0wIAGB4CAHNqDQAtdQEARfQBAEKNCQBAkQAAmuMAABm4AgDD2wIAFtwCACycCQB/nAkA1B0AACceAAB6HgAAzR4AACAfAABzHwAAGDILAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDtkAAAShIBACKtAAApngIA7oQAAPReBwBHXwcA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAALCcCAECRAACa4wAAGbgCAHuxAQDxDQAAqNMCALr0AgAXnwkAap8JAL2fCQAQoAkAY6AJALagCQDe9wsAk9YCALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAEsaCgCeGgoAcHMFAMNzBQAWdAUAaXQFALx0BQAPdQUAyWIJAGo3DACHegwARwwHAL9rDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAftkCALkGDgCnRwAAIF0DAHNdAwDGXQMAGV4DAGxeAwC/XgMAEl8DAGVfAwAYMgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAEEjDgDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwA3lQMAipUDABgyCwBVLQIA2icMALkGDgDadAEAErIDAGWyAwBKEgEAnRIBAEoSAQCnFgcAqxcAALQSCQAHEwkAWhMJAIMLCwDWCwsAShIBAPjpBAAGUAIAfT8CANA/AgBHDAcAmegBAC4jCwC/aw0Am4QAAF4oCwCxKAsABCkLAFcpCwCqKQsA/SkLAFAqCwAl4gsA03QNAEcMBwCZ6AEA2KAKAP3WCgBQ1woA0y8LAIEjCwASsgMAJ3EAAKz9AQAlggEAQSMOAEcMBwCZ6AEAvYsAABCMAAABRwAAcHMFACx6AgCZ6AEAajcMAHBzBQDDcwUAFnQFAEcMBwCZ6AEAT54IAKKeCAABRwAAktQEACWCAQAYEAQAaxAEAOWBBAAirQAABBUCABbiDQBp4g0A5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwAcfwUAQJEAAJrjAAAZuAIAivUNANQdAAAnHgAAeh4AAM0eAAAgHwAARwwHAL9rDQCbhAAAueQGAKjTAgC0GQgAxdEAAKsXAACo0wIACLQIABthCwDxDQAAsWcCACWCAQB4ggEA4O0JADPuCQCG7gkA2e4JAFwCCACvAggAmuMAABm4AgA3CgsA0l4GACVfBgB4XwYAmegBAL2LAAAQjAAA5x0DAKHbAQCZ6AEAKV8LAEQOAACcQAgA70AIAEJBCAApXwsA+j8NAE1ADQBVLQIAvYsAAPENAACZ6AEACLQIAPP7CgBJ+wUAfT8CANA/AgBHDAcAtBkIANJeBgAlXwYAaHIHALtyBwAOcwcAYXMHALRzBwAHdAcAWnQHAK10BwAAdQcAU3UHAKZ1BwD5dQcATHYHAJ92BwDydgcARXcHAJh3BwDrdwcAPngHAJF4BwDkeAcAx4gHABqJBwBtiQcAwIkHAEcMBwCZ6AEAXXkNAEXDCAABRwAAmegBAMXRAAAFCQIA2nQBAMVbBQBwcwUALXUBAEX0AQCZ6AEA7OgBAIcuCwAYHgIAmegBAF15DQDSXgYAJV8GAGhyBwC7cgcADnMHAGFzBwC0cwcArwIIAGseAgBVLQIAcHMFAH9eBgArrwgAAUcAAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAGJ1BQAgeAsAc3gLAMZ4CwAZeQsAbHkLAL95CwASegsArt4CACe9AQABRwAAm4QAAFUtAgAu1wkAXXkNANJeBgAlXwYAaHIHALtyBwAOcwcAYXMHALRzBwAHdAcAmegBAGo3DABwcwUAw3MFABZ0BQBHDAcAmegBAF15DQBFwwgAAUcAAKsJAgC9iwAAEIwAADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AABKEgEAnRIBABg5CgDqfAgAveQLAHtQAwCZ6AEA3eEEADDiBABfyQoAEIwAAAFHAAAu1wkAftkCAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAMliCQDF0QAABQkCANp0AQDFWwUAcHMFAC11AQBF9AEAmegBAOzoAQCHLgsAGB4CAJnoAQD5mAIATJkCAJ+ZAgDymQIACLQIABthCwDxDQAAsWcCAARoAgD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAIq0AAAAAAAAlggEAqNMCAMPbAgAW3AIALJwJAAsoCwAbYQsA8Q0AALFnAgDxDQAAmegBABgyCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAQSMOANigCgAroQoAfqEKANCtCgAjrgoAdq4KAFh3CgA9IwkAkCMJAPvTAgBO1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAD2ZBAAYHgIALCcCABL+BABVLQIALtcJAClfCwDUHQAA8Q0AAJGiAQBdegEAf14GACWCAQAlggEAmegBAAsoCwAbYQsA8Q0AALFnAgCS8AAAVjULAOwtBABqNwwAktQEAOXUBADtkAAARwwHAJnoAQDs6AEAhy4LABgeAgCZ6AEAAAAAAL2LAADtkAAAQJEAAHtQAwCZ6AEA7OgBAD/pAQCS6QEA5ekBAKsXAAD+FwAA6OAJADvhCQDxDQAA7yUAALOpAQAGqgEAWaoBAL9rDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCALPuAwBfyQoAsskKAAXKCgBYygoAq8oKAP7KCgBRywoApMsKAE+eCACinggAEv4EAGX+BAC4/gQAmegBABgyCwDTdA0Ae1ADAJnoAQDd4QQAMOIEAIPiBAAaDA0AbQwNAO6EAACyhAgAmegBAFh3CgA9IwkA2nQBAC11AQBVLQIA8Q0AAKjTAgDD2wIAFtwCACycCQB/nAkA1B0AACceAAB6HgAAzR4AACAfAABlpAUAmegBABgyCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAQSMOAOzoAQCHLgsAGB4CAJnoAQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwDxDQAA1B0AACceAAB6HgAAzR4AACAfAABlpAUAuKQFACceAACa4wAAGbgCANQdAAAnHgAAmuMAABm4AgBdxQ4AsMUOAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMASgsCABgeAgAsJwIAfycCAL4dDgDxDQAA1B0AAMyDCwAQKwIA7L4HAD+/BwCZ6AEAKV8LANQdAAAnHgAAeh4AAM0eAAAirQAAfT8CAAi0CAAbYQsARcMIAPENAADUHQAASgsCAEcMBwAYHgIAc2oNAPmYAgB/9ggA0vYIAAQVAgCa2w0AQJEAAJrjAAAZuAIABBUCAKsXAADtkAAAAUcAAMXRAAB/XgYAGB4CAH0/AgDQPwIAQJEAAJrjAAAZuAIAXcUOALDFDgBVhg0AqIYNAPuGDQAAAAAAAAAAAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqNMCAJPWAgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA8fEDAETyAwCX8gMA6vIDAD3zAwCQ8wMAajcMALkGDgCnRwAABSQKAFgkCgBHDAcAUwAAAD0jCQDadAEALXUBAD81AwCZ6AEAvYsAABgeAgAlggEAqNMCABQJAAAItAgAW7QIAK60CADd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQASxoKAJ4aCgDxGgoAajcMALkGDgCnRwAAa2oDALQZCAAHGggAWhoIAK0aCAAAGwgAMlsIAC4jCwCaDAcA7ZAAAEoSAQCdEgEAa2oDALQZCAAHGggAWhoIAK0aCAAAGwgAMlsIAC4jCwCaDAcA7ZAAAEoSAQCdEgEA8BIBAJnoAQBPnggAHpcKAHGXCgCrFwAA5x0DAC11AQBF9AEA7ZAAAECRAABKEgEAOJcBABKyAwCRogEAXXoBAH9eBgArrwgAmegBAC4jCwC/aw0AqxcAAOcdAwDtkAAARwwHAJnoAQDF0QAACLQIANp0AQAsegIAQSMOAGo3DACS1AQAe1ADANp0AQAtdQEARfQBAJnoAQBqNwwAh3oMAHmDCwDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQASxoKAJ4aCgDxGgoAajcMALkGDgCnRwAAa2oDALQZCAAHGggAWhoIAK0aCAAAGwgAMlsIAC4jCwCaDAcA7ZAAAEoSAQCdEgEALiMLACJLDgB1Sw4AyEsOABtMDgBuTA4AwUwOAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAg5wcAf14GACKtAAB9PwIA0D8CAECRAAAsJwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAD7nAwCjKgsA9ioLAEkrCwC1ngsACLQIANp0AQAsegIAQSMOAOzoAQBCJgAAAUcAACKtAAD0XgcA2nQBAC11AQBF9AEAmegBAClfCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAYMgsAAJ4NANp0AQCZ6AEA+ZgCAH/2CADS9ggAeOkKAF16AQB/XgYA2nQBACx6AgBBIw4AqxcAAP4XAAB3OwEA7yUAAIcuCwDaLgsALS8LAIAvCwA3nAIAQJEAAJrjAAAZuAIA8qABAFnMCACszAgA/8wIAFLNCAClzQgA+M0IAAAAAABPyAIAosgCAIjPCgDbzwoAURgAAEXYBQCY2AUAA+kJAFbpCQCp6QkA7OgBAEQpCACXKQgA6ikIAF15DQAYHgIAmegBAC4jCwCBIwsAGB4CACwnAgAgZAIAAUcAANMbAgAYHgIABSQKAFgkCgCrJAoA/iQKAFElCgAAAAAA+ZgCAEyZAgAGUAIAAAAAABgeAgAelwoAcZcKAAAAAABHDAcAtBkIAAcaCABaGggArRoIAAAbCADMRQgAH0YIAHJGCADFRggAIq0AAH0/AgDQPwIAAUcAAKsXAAD+FwAAdzsBAO8lAACHLgsA2i4LAC0vCwCALwsAN5wCAECRAACa4wAAGbgCAAQVAgCK9Q0ARA4AAJxACADU0AoARCkIABaWDADCQQIAmegBABgyCwBcvQUA+ZgCAEyZAgCfmQIAGBAEAEcMBwCZ6AEALiMLALQZCAAHGggAWhoIAK0aCAAAGwgAMlsIAAUkCgBYJAoA+ZgCANp0AQAYHgIArW0IACuvCABKEgEApxYHAKsXAADF0QAAf14GABgeAgB9PwIAp/oKAC11AQBF9AEAmegBAN3hBAAw4gQAg+IEABoMDQBtDA0AwAwNABMNDQBmDQ0AuQ0NAJnoAQBPnggAHpcKAHGXCgDElwoAF5gKAGqYCgC9mAoAKV8LAPo/DQCS1AQAr0ALAFUtAgAu1wkARfQBAJnoAQDYoAoA/dYKAFDXCgAFJAoA2nQBAMVbBQBURwAAp0cAACBdAwCZ6AEAiM8KANvPCgAu0AoAgdAKAE+eCAAelwoAcZcKAKsXAADnHQMALXUBAEX0AQCZ6AEAXXkNABgeAgCZ6AEAShIBADiXAQASsgMAqS8AAJ24AQDljwIA7yUAAEQpCABF9AEAvYsAABgeAgAsJwIAGB4CACwnAgAS/gQAVS0CAC7XCQAuIwsAtBkIAAcaCABaGggArRoIAAAbCAAyWwgAWHcKAAg/AQBbPwEA+ZgCANp0AQBHDAcAv2sNAH9eBgB/XgYAAUcAACWCAQBBIw4A8Q0AAJGiAQCZ6AEALiMLALQZCAAHGggAWhoIAK0aCAAAGwgAMlsIAIjPCgDbzwoALtAKAIHQCgDU0AoAJ9EKAHrRCgDN0QoALiMLALQZCAAHGggAWhoIAK0aCAAAGwgAMlsIAAUkCgBYJAoARwwHAFMAAAA9IwkA2nQBAC11AQBJ+wUAnPsFAO/7BQBC/AUAlfwFAOj8BQA7/QUAjv0FAOH9BQA0/gUA2nQBAJuEAABPpQcAmegBAGo3DAAirQAAUwAAAKjTAgCZ6AEAYfYMAPcJDgDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAkvAAAAAAAADsLQQA/W4NAIcuCwAYHgIAAUcAAHBzBQD5mAIAf/YIAIBSBgB7UAMAmegBAE+eCACinggA9Z4IAEifCACbnwgA7p8IAJnoAQDYoAoAk9YCALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKXwAwD48AMAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAPfMDAJDzAwA+5wMASfsFAJz7BQDv+wUAQvwFAJX8BQDo/AUAO/0FAI79BQDh/QUANP4FAMPbAgAW3AIA9qAGAGH2DADtkAAArUsBAA5XCwASsgMAsWcCAHBzBQAtdQEARfQBAJnoAQAuIwsAtBkIAEoSAQD46QQA2nQBACDnBwBz5wcAxucHABnoBwBs6AcAv+gHABLpBwBl6QcAuOkHAAvqBwBe6gcAseoHAATrBwBX6wcAqusHAP3rBwBQ7AcAo+wHABgeAgAsJwIAfycCAL4dDgDxDQAA1B0AAPKgAQABRwAAIq0AAFMAAACo0wIAAAAAACWCAQDxDQAAqNMCAAAAAAC9iwAAEIwAAOcdAwCh2wEAqNMCAAAAAACs/QEAJYIBAEEjDgBqNwwAh3oMAHmDCwDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQASxoKAJ4aCgDxGgoAajcMACKtAABTAAAAqNMCAAAAAAAlggEA8Q0AAKjTAgAAAAAAKV8LAJGiAQDkogEAqNMCAAAAAACrFwAAqxcAAO2QAABJ+wUAAUcAAHBzBQB/XgYAK68IAJnoAQBPnggAop4IAPWeCABInwgAm58IAO6fCAAAAAAAAUcAAAFHAABTAAAAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKeLDgA9IwkAkCMJAOMjCQCS8AAA1KcEABthCwDxDQAAsWcCAF4hDABPnggAop4IABL+BABl/gQAuP4EAJnoAQAuIwsAmgwHAKPCDQD2wg0ArP0BAJuEAAAipgEA1B0AAClfCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAYMgsAVS0CAL2LAAAlggEARwwHAJnoAQCIzwoA288KAC7QCgCB0AoA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEAEsaCgCeGgoA8RoKABgeAgAsJwIAfycCAL4dDgDxDQAA1B0AAL9rDQBAkQAAmuMAABm4AgDtkAAAQJEAAJrjAACZCgkA7AoJAFEYAAAAAAAAAAAAAAAAAABPyAIAosgCACXOAgAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDADeVAwCKlQMAh/4FANr+BQAt/wUAgP8FANP/BQAmAAYAAAAAAAAAAABPyAIAosgCACXOAgAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDADeVAwCKlQMAh/4FANr+BQAt/wUAgP8FANP/BQAmAAYAxdEAANp0AQAtdQEA7ZAAAECRAACa4wAAGbgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAqxcAAO2QAAABRwAABBUCABbiDQBp4g0A5Y8CAEWTAwCYkwMA65MDAD6UAwBtsg0AwLINABOzDQBmsw0AubMNAAy0DQBftA0AsrQNAJPWAgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA8fEDAETyAwCX8gMA6vIDAD3zAwCQ8wMAf14GAPENAACZ6AEABSQKAL2DDQAQhA0AY4QNAAAAAAAAAAAAAAAAAC7XCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAAAAAAAAAAAAAAAAAK1LAQAOVwsAf14GACuvCACZ6AEAT54IAKKeCAD1nggASJ8IAJufCAAAAAAA7ZAAAECRAACs/QEA2nQBAC11AQDCQQIAIksOABCMAABF9AEA8Q0AACdxAACIwgAA7yUAAKz9AQCbhAAAiMIAAJnoAQAYMgsArP0BAEX0AQBCjQkAgFIGAEEjDgAItAgAqxcAAO2QAACtSwEADlcLAAAAAACrFwAAmegBAE+eCACinggACLQIAL2LAADxDQAAJ3EAALnkBgDxDQAAkaIBAF16AQB/XgYAK68IAO2QAABPnggAc2oNAEeWCwBEKQgAvYsAAAFHAACbhAAAVS0CAAAAAAB/XgYAmegBAE+eCACinggAIGQCAHNkAgDxDQAAJ3EAALnkBgCrFwAA/hcAAKjTAgAjDwkAdg8JAMkPCQAcEAkAbxAJAMIQCQAVEQkAaBEJALsRCQAOEgkAYRIJAO2QAABJ+wUAnPsFAO/7BQBC/AUAlfwFAOj8BQA7/QUAjv0FAOH9BQA0/gUA7OgBAD/pAQCS6QEA5ekBAKyqAQCT1gIAs+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAPHxAwBE8gMAl/IDAOryAwA98wMAkPMDAMPbAgAW3AIALJwJAH+cCQDSnAkAJZ0JAHidCQDLnQkA7OgBAEQpCACXKQgA6ikIAF15DQAYHgIAmegBAC4jCwCBIwsAGB4CACwnAgAgZAIAAUcAANMbAgAYHgIAECsCAE+lBwBBIw4AQJEAAJrjAAAZuAIAf14GAH9eBgAlggEAmegBAGo3DABwcwUAw3MFABZ0BQBHDAcAmegBAF15DQBFwwgAAUcAAJnoAQDF0QAACLQIANp0AQAsegIAQSMOAMXRAAAFCQIA2nQBAMVbBQBwcwUALXUBAEX0AQCZ6AEA7OgBAIcuCwAYHgIAmegBABgyCwDTdA0AJnUNAF15DQDSXgYAJV8GAHhfBgCZ6AEA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMA2KAKAP3WCgBQ1woAiM8KANvPCgAu0AoAgdAKABgyCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAQSMOAKsJAgD+CQIAT54IAKKeCAAAAAAAvYsAAO2QAADxDQAAsWcCAJnoAQBqNwwAcHMFAMNzBQAWdAUARwwHAJnoAQBdeQ0ARcMIAAFHAACZ6AEAGDILAO8lAAABRwAALtcJACMBCwCrFwAA7ZAAAK1LAQCo0wIAftkCAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAMliCQAYMgsAd5QMAAAAAAC9iwAA2nQBABgeAgBzag0ALXUBAEX0AQCZ6AEAGDILAFy9BQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwBBIw4AQJEAAJrjAAAZuAIAfowNAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAO1RCQBAUgkAk1IJAOZSCQA5UwkAjFMJAN9TCQAyVAkAhVQJANhUCQArVQkAkvAAAMXRAAAFCQIA2nQBAMVbBQCR9QEAGB4CACwnAgAS/gQAVS0CAC7XCQB3lAwAAAAAAL2LAADadAEAGB4CACwnAgB7sQEARwwHAKz9AQAirQAAmegBAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDAF15DQCs/QEAAUcAAJuEAADadAEALXUBAJnoAQB7sQEARwwHAKz9AQAirQAAmegBAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDAJnoAQAFJAoAnWsMAABMAQBTTAEAnmYLAPFmCwBEZwsAl2cLAOpnCwDF0QAACLQIAPP7CgCrFwAAmegBAGo3DACS1AQAe1ADANp0AQAtdQEARfQBAJnoAQBqNwwAh3oMAHmDCwDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADxDQAAmegBAN3hBAAw4gQAX8kKALLJCgAFygoAWMoKAKvKCgD+ygoAUcsKAKTLCgD3ywoASswKABgyCwB3lAwAAAAAAL2LAADadAEAGB4CACwnAgBPDQUAmegBAOzoAQAYHgIArW0IAEoSAQCZ6AEAajcMALkGDgCnRwAAvYsAABCMAADkmwIAN5wCAECRAAAlggEAe1ADANp0AQAtdQEARfQBAJnoAQAuIwsAmgwHAKPCDQD2wg0ArP0BAJuEAAAipgEA1B0AABgyCwB3lAwAAAAAAL2LAADadAEAGB4CACwnAgAYMgsAXL0FAE+eCACinggA8Q0AAEQOAABFwwgAGB4CACKtAADtkAAA7OgBABgeAgCtbQgAShIBAJnoAQDYoAoAxVsFAPENAACZ6AEAWHcKAAg/AQBzag0A6AoEAPjpBAAGUAIAe1ADAJnoAQDs6AEAP+kBAO6EAACyhAgA0xsCABgeAgB7UAMAmegBAF15DQAYHgIAmegBAClfCwBEDgAARcMIABgeAgAirQAA7ZAAAAFHAACbhAAAueQGAEcMBwAYHgIAc2oNAC11AQDvJQAAhy4LAJnoAQAFJAoAWCQKAKskCgB3OwEA7yUAAIcuCwDaLgsALS8LAIAvCwCbhAAA2nQBAEoLAgCbhAAAbRMMAPfSCQBK0wkALXUBAAR8CwCS1AQAr0ALAMFNAgDxDQAAHS4DAJuEAABVLQIALtcJAAsoCwAbYQsA8Q0AALFnAgCZ6AEAiM8KABArAgBjKwIAtisCAFEYAABF2AUAmNgFAAPpCQBW6QkAqekJAPzpCQBP6gkAouoJANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAEoSAQA4lwEAErIDAKz9AQBpjw0ACLQIAJuEAAD5mAIA2nQBAC11AQC9NwwAgdcJANTXCQAn2AkAetgJAM3YCQAg2QkAc9kJAMbZCQAZ2gkAbNoJAL/aCQAS2wkAZdsJAIEjCwA9fQgAkH0IAON9CAC9iwAARwwHAE+eCACinggAEv4EALnkBgCZ6AEAvYsAAEcMBwAAAAAAf14GAJnoAQBqNwwAcHMFAMNzBQAWdAUAaXQFALx0BQAItAgAUwAAAEoLAgCrFwAA7ZAAAAFHAADF0QAAf14GABgeAgB9PwIASgsCAEX0AQBCjQkAlY0JAOiNCQA7jgkAjo4JAOGOCQAsJwIA8Q0AAJGiAQDUHQAA8Q0AAKjTAgBF9AEAQo0JAJWNCQDojQkAO44JAI6OCQDhjgkANI8JAIePCQDajwkALZAJAICQCQDs6AEAhy4LABgeAgBdeQ0AGB4CAJnoAQApXwsA1B0AACceAAB6HgAA2nQBACKtAADtkAAAiM8KANvPCgAu0AoAgdAKAH0/AgAYQAkA/hcAAMXRAAAItAgAG2ELAPENAACxZwIALtcJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDr2AUAPtkFAJHZBQDk2QUAN9oFAIraBQAYMgsAueQGAEcMBwAYHgIALCcCAPENAACRogEAmegBAOzoAQCHLgsA2i4LAC0vCwDSXgYAJV8GAHhfBgCZ6AEAajcMACKtAABTAAAAmegBAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDADeVAwCKlQMA3ZUDADCWAwCbhAAA2nQBAO2QAABAkQAAmuMAABm4AgDyoAEAWcwIAKzMCAD/zAgAUs0IAKXNCAD4zQgA7ZAAAEoSAQBTAAAAPSMJABgeAgBrHgIABlACAHtQAwCZ6AEA7OgBAD/pAQCS6QEAgwsLANYLCwDYoAoAK6EKAH6hCgCIzwoAECsCAGMrAgC2KwIAT54IAKKeCADxDQAARA4AACWCAQC9iwAAAUcAAHBzBQB/XgYARwwHAL9rDQCrFwAAECsCAGMrAgC2KwIAiM8KANvPCgAYHgIAmegBAClfCwDUHQAAJx4AAHoeAACrFwAAECsCAGMrAgC2KwIAWHcKAAg/AQBbPwEA+ZgCANp0AQBHDAcAv2sNACKtAAD0XgcAmegBAAsoCwAbYQsA8Q0AALFnAgCZ6AEA2KAKAP3WCgBQ1woAfT8CABhACQD+FwAAxdEAAH9eBgDwvgwAvYsAAFMAAACZ6AEA7OgBAD/pAQCS6QEAgwsLANYLCwDl6QEA5x0DAH9eBgAEFQIAFuINAPReBwCbhAAA03QNAKsXAADtkAAAgFIGAPENAAAEFQIAaO4NALvuDQAYHgIALCcCAPENAABEDgAAJYIBAPmYAgB/9ggARwwHAJoMBwC55AYARwwHABgeAgAsJwIA8Q0AAJGiAQDUHQAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKjTAgDD2wIAECsCAGMrAgC2KwIAmLwJAOu8CQA+vQkAkb0JAOS9CQA3vgkAir4JAN2+CQAwvwkAg78JANa/CQApwAkAfMAJAM/ACQAiwQkAdcEJAMjBCQAbwgkAmegBAFY1CwBEDgAAnEAIAO9ACABCQQgAlUEIAArvCAB2CAoAyQgKABwJCgAjAQsAmuMAABm4AgAFJAoA8Q0AALFnAgAEaAIArP0BACWCAQAYEAQAErIDAJABAgCZ6AEAGDILAFy9BQCIzwoA7ZAAAMXRAACZ6AEA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMAqNMCAPKgAQBZzAgArMwIAP/MCABSzQgApc0IAPjNCABLzggAns4IAG3VCAAAAAAAAAAAAAAAAAA83AgAj9wIAOLcCAA13QgAiN0IANvdCAAu3ggAgd4IAAAAAAAAAAAA1N4IACffCAB63wgAqgcEAIotBgDdLQYA7OgBAIcuCwDaLgsALS8LAKjTAgA+5wMAkecDALG5DgAEug4AV7oOAKq6DgCbhAAArP0BACWCAQBBIw4A7OgBAEQpCACXKQgA6ikIAIjPCgDbzwoALtAKAIHQCgDU0AoAJ9EKAHrRCgDN0QoA7ZAAAKsXAAD+FwAA7ZAAAKsXAACrFwAA/hcAAO2QAACrFwAAAUcAAKjTAgDD2wIAFtwCACycCQB/nAkA0pwJACWdCQB4nQkAy50JAOzoAQBEKQgAlykIAOopCABdeQ0AGB4CAJnoAQAuIwsAgSMLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CAHtQAwCZ6AEAYfYMAKjTAgAAAAAAmegBAKz9AQD//QEA7yUAAO8lAABCJgAAQJEAAHNqDQAtdQEARfQBAJnoAQBqNwwAcHMFAMNzBQAWdAUARwwHAJnoAQBdeQ0ARcMIAAFHAACZ6AEAGDILAO8lAAABRwAALtcJACMBCwBHDAcAIksOACWCAQBBIw4AqxcAAP4XAAB3OwEA7yUAAIcuCwDaLgsALS8LAIAvCwA3nAIAQJEAAJrjAAAZuAIAw9sCABbcAgAsnAkAShIBAJ0SAQAYOQoAazkKAL45CgAROgoAiM8KABArAgBjKwIAtisCAEcMBwDD2wIAFtwCACycCQBKEgEAnRIBABg5CgBrOQoAvjkKABE6CgCIzwoAECsCAGMrAgC2KwIARwwHAEoSAQCdEgEAGDkKAGs5CgC+OQoAEToKAFh3CgCrdwoA/ncKAFF4CgCkeAoA93gKAEp5CgAlggEAeIIBAO17AwBAfAMAmegBAL2LAAAYHgIAJYIBAE+eCACinggA8Q0AAEQOAAAlggEA+ZgCAH/2CADYoAoA6AoEADsLBACOCwQA4QsEADQMBACZ6AEABSQKAFgkCgABRwAAktQEAHtQAwCZ6AEA7OgBAIcuCwAYHgIAmegBAFh3CgCrdwoA/ncKAFF4CgCkeAoA93gKAEp5CgCrCQIA/gkCAPZiAwBJYwMAnGMDAO9jAwDs6AEAhy4LANouCwAtLwsAgC8LANigCgDFWwUAGFwFANigCgAroQoAfqEKANGhCgBcvQUAWHcKAKt3CgD+dwoAUXgKAKR4CgD3eAoASnkKAAQVAgB7sQEA8Q0AAEQOAABKEgEA+OkEAFUtAgAirQAA9F4HANp0AQAtdQEARfQBAJnoAQBYdwoAq3cKAP53CgBReAoApHgKAPd4CgBKeQoA7OgBAIcuCwAYHgIAmegBAJAIAQATwQsAp4sOAPqLDgCIzwoA288KAC7QCgCB0AoAWHcKAAg/AQAsJwIAfycCAEQpCABN7QwA7ZAAAEcMBwCZ6AEAxdEAANp0AQDFWwUAVEcAAJnoAQAAAAAAmegBAF15DQAYHgIAmegBAArTDAAAAAAAmegBAF15DQAYHgIAmegBAArTDABd0wwAGDILAFy9BQAuIwsAv2sNABJsDQBcAggAm3wNAO58DQC/aw0AqxcAACKtAABTAAAApgAAAOJ7CgA1fAoAiHwKANt8CgAufQoAShIBAPjpBADTdA0AjN4BAJuEAABPpQcAoqUHAO6EAAB9PwIAoRIGAG0TDABCjQkACygLAF4oCwCxKAsABCkLAIjPCgDbzwoALtAKAIHQCgCs/QEAaY8NAO2QAACrFwAAmegBAOzoAQCHLgsA2i4LAC0vCwCALwsA2KAKACuhCgDTbQ4AJm4OAHluDgDMbg4AH28OAEEjDgBHDAcABBUCAJnoAQBqNwwAktQEAHtQAwCZ6AEAajcMAId6DAB5gwsA2KAKACuhCgDTbQ4AJm4OAHluDgDMbg4AH28OANigCgDFWwUAqNMCAMPbAgCniw4A+osOAE2MDgDYoAoAK6EKANNtDgAmbg4AeW4OAMxuDgAfbw4AWHcKACWCAQBBIw4Am4QAACKmAQDUHQAAT54IAB6XCgBxlwoAmegBABQJAACrFwAAp4sOAPqLDgBNjA4A2KAKACuhCgDTbQ4AJm4OAHluDgDMbg4AH28OAL2LAAAQjAAAAUcAAHBzBQDDcwUAFnQFAO2QAABAkQAAmuMAABm4AgAlggEAeIIBAO17AwBAfAMAmegBAClfCwB8XwsAIq0AAPReBwCZ6AEA7OgBAEQpCACXKQgA6ikIAGH2DAC09gwARfQBAEKNCQBKEgEAmegBANp0AQAtdQEAmegBABgyCwDTdA0Ae1ADAJnoAQBdeQ0A7yUAAJnoAQBqNwwAuQYOAKdHAAD6RwAARA4AAEXDCAAYHgIAIq0AAO2QAAAlggEAeIIBACKtAAApngIAfJ4CAM+eAgB7UAMAmegBANigCgAroQoA020OACZuDgB5bg4AzG4OAB9vDgBBIw4ARwwHAJnoAQBF9AEAQo0JAEoSAQBqNwwAuQYOAKdHAABF9AEAQo0JAEoSAQDxDQAAmegBABgyCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEALiMLABgeAgBzag0A+ZgCAH/2CADS9ggAmegBAOzoAQCHLgsA2i4LAC0vCwCALwsA7OgBAIcuCwAYHgIAmegBAHuxAQBHDAcArP0BACKtAACTkAwA/hcAAHc7AQDvJQAAhy4LANouCwAtLwsAgC8LADecAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAIq0AAHWtAADAWQIAE1oCAGZaAgBHDAcAv2sNAO8lAADvJQAAhy4LANouCwAtLwsAgC8LADecAgBAkQAAmuMAABm4AgBrMgsAAUcAAHBzBQBHlgsAs6kBAO6EAACyhAgAvYsAABgeAgBqNwwAh3oMAHmDCwDs6AEARCkIABaWDADCQQIA96kDAEqqAwCdqgMA8KoDAEOrAwCWqwMA6asDADysAwCs/QEAaY8NAE+eCACinggA8Q0AAEQOAAAlggEA+ZgCAH/2CABHDAcAqNMCAKsXAAD+FwAAdzsBAPH/AQBEGwoAlxsKAOobCgA9HAoA7OgBAL4dDgAQjAAApRILAAFHAABwcwUAf14GACuvCAABRwAALtcJAKsXAADxDQAAXXoBAH9eBgArrwgAErIDAGWyAwBPnggAop4IAAAAAAC9iwAA2nQBABgeAgAsJwIALiMLABgeAgBzag0A+ZgCAH/2CACZ6AEAkfUBAOT1AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKjTAgBPnggAop4IAAAAAAC9iwAA2nQBABgeAgAsJwIATw0FAJnoAQBKEgEAnRIBABg5CgBrOQoAvjkKABE6CgBYdwoACD8BAFs/AQD5mAIA2nQBAEcMBwC/aw0A8Q0AAJnoAQBYdwoAq3cKAP53CgBReAoApHgKAPd4CgBKeQoA8Q0AAFMAAABcAggASfsFAO8lAACzqQEABqoBAFmqAQBh9gwA8Q0AALFnAgAu1wkAgdcJAKcWBwCtSwEADlcLAKjTAgBF9AEAShIBAKcWBwCrFwAAAUcAAJuEAABVLQIAcHMFAH9eBgArrwgAmegBAOzoAQA/6QEAiMIAACWCAQDxDQAA1B0AAPvuCgD30gkArP0BALLsBQBVLQIAm4QAAE+lBwCZ6AEABSQKAL2DDQAQhA0AY4QNAE+lBwCo0wIAfT8CAKf6CgD6+goATfsKAKD7CgDadAEALHoCAH96AgDSegIA7ZAAAJuEAAAAng0AmegBAF15DQBFwwgAAUcAAJnoAQBdeQ0A7yUAAJnoAQBKEgEApxYHAPoWBwCdEgEAGB4CAECRAABKEgEAOJcBAIuXAQAQKwIA7L4HAC7XCQBHDAcAmegBAKz9AQB7UAMAmegBABgyCwDTdA0A/hcAAHc7AQBURwAAp0cAACBdAwCZ6AEAWHcKAAg/AQBbPwEAI1QLAHZUCwDJVAsARfQBAJj0AQBdeQ0A8L4MAIMLCwDWCwsAdMYKAMfGCgCZ6AEA7OgBAD/pAQDK9QoAHfYKAHD2CgDD9goAFvcKAGn3CgC89woAD/gKAFh3CgCrdwoABlACAHjpCgDUHQAABSQKAL2DDQAQhA0AY4QNACKtAAApngIAYyoOAEX0AQAItAgAW7QIANigCgAroQoAfqEKANCtCgAjrgoADAcOACwnAgAS/gQAueQGAJnoAQAAAAAA1RcLAJnoAQAItAgAm4QAANN0DQBHDAcAJYIBAEEjDgBHDAcABSQKAJ1rDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAEFQIAqNMCAEv4AgCe+AIA8fgCABU7AwBoOwMAuzsDAA48AwBhPAMAGDILAFUtAgAYMgsAVS0CAAAAAAA1IgsAmegBAEcMBwDqfAgAveQLABDlCwBj5QsAtuULAKjTAgCs/QEAe1ADAAFHAAAu1wkAk9YCAPReBwCbhAAABlACAAi0CACbhAAAIqYBAJnoAQDs6AEAP+kBAJLpAQDl6QEAvYMNABCEDQBjhA0AqxcAAAFHAACbhAAAodsBAJnoAQAFJAoAvYMNABCEDQBjhA0Af14GAEXDCAAQjAAA5JsCAC4jCwC/aw0AAUcAAC7XCQBJ+wUAAUcAAC7XCQCbhAAABlACACwnAgAuIwsAv2sNAAFHAAAu1wkASfsFAAFHAAAu1wkA8Q0AAF16AQCwegEAA3sBAFZ7AQBi+AoAtfgKAJnoAQCs/QEAe1ADAJnoAQApXwsAXXoBALB6AQADewEAVnsBAFMAAAAIPwEAWz8BAEoSAQA4lwEAErIDANQdAAAnHgAALCcCAHuxAQDmGwUASfsFAAFHAABwcwUAf14GAEoSAQD46QQA2nQBAC11AQBrHgIA7oQAAO2QAACs/QEAm4QAAO6EAAB9PwIAmegBAEoSAQCdEgEA8Q0AALFnAgCZ6AEAT54IAKKeCAAgZAIA7ooLAKsXAAABRwAAmegBAN3hBAApngIAfJ4CAM+eAgAinwIAJYIBAJuEAAAipgEAsWcCAOwtBABYdwoACD8BAFs/AQAjVAsAdlQLAMlUCwAcVQsAmegBAN3hBAAw4gQAhEQNANdEDQAqRQ0AfUUNANBFDQAjRg0AmegBAMXRAADadAEAxVsFAFRHAACZ6AEABSQKAJ1rDADwawwAQ2wMABhcBQDd4QQAMOIEAFWGDQAirQAA7ZAAAPENAACRogEABBUCAJrbDQDt2w0ADlcLAGFXCwDadAEAxVsFAC7XCQBHDAcAmegBAMXRAADadAEAxVsFAFRHAACZ6AEA3eEEADDiBABVhg0AqIYNAL2LAACs/QEAAUcAAC7XCQB7awsAzmsLADUbDADvJQAAs6kBAAaqAQBZqgEA8Q0AAJhbCwDrWwsAPlwLAJFcCwDkXAsAf14GAH9eBgDwvgwAajcMAHBzBQDDcwUAFnQFAEcMBwCZ6AEAXXkNAEXDCAABRwAAmegBANigCgAroQoAXXkNAO8lAADtkAAARwwHAL9rDQBHDAcAmegBAGo3DABwcwUAw3MFABZ0BQBpdAUAvHQFAA91BQDJYgkA+GULAEtmCwDxDQAAsWcCAGo3DABwcwUAw3MFABZ0BQBHDAcAmegBAF15DQBFwwgAAUcAAJnoAQDYoAoAK6EKAH7ZAgBHpAkAEDgMACFsCwB0bAsAx2wLABptCwBtbQsAwG0LABNuCwBmbgsAuW4LAAxvCwBlegsAuHoLAAt7CwBeewsAftkCAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAMliCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAGDILAO8lAAABRwAALtcJACMBCwBqNwwAh3oMAHmDCwCs/QEAaY8NABgyCwDTdA0AJnUNANigCgAroQoA020OACZuDgB5bg4A03QNACKtAADtkAAAXXkNAO8lAACZ6AEABSQKAL2DDQAQhA0AY4QNAJnoAQCIzwoA288KAC7QCgCB0AoARAACAJ1rDADwawwAErIDAAUkCgCdawwA8GsMABKyAwCIzwoA288KAFEYAAAFJAoAvYMNABCEDQBjhA0AvYMNABCEDQBjhA0A7ZAAANp0AQD5mAIAf/YIAJnoAQC9iwAAEIwAAELFAQCVxQEA6MUBADvGAQCOxgEA4cYBADTHAQCHxwEA9YkLAEiKCwCbigsAmegBAL2LAAAQjAAAxdEAAAUJAgBYCQIALtcJAEcMBwCZ6AEABSQKAJ1rDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDvJQAAQiYAAECRAACa4wAAGbgCAEX0AQCY9AEARwwHAJnoAQCIzwoA288KAC7QCgCB0AoARAACAJ1rDAA46gEAi+oBAN7qAQAx6wEAmegBAClfCwB8XwsAIq0AACKtAADtkAAA8Q0AAMXRAAAFCQIAciMNAMUjDQCIzwoA288KAC7QCgCB0AoARAACAJ1rDAA46gEAi+oBAN7qAQAx6wEAhOsBAJ1rDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDnHQMAAAAAAKsXAADnHQMAOh4DAGo3DACHegwAeYMLAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAC4jCwCBIwsAPX0IAF15DQDSXgYAJV8GAFh3CgDadAEALXUBAClfCwD6Pw0ATUANAAZQAgBPnggAop4IABL+BABl/gQAfF8LACKtAAAirQAA7ZAAAO2QAACs/QEAaY8NABgyCwCs/QEAJYIBABL+BAC55AYAmegBAFh3CgAIPwEAWz8BAE2aDACgmgwA85oMAEabDACZmwwAXXkNAO8lAACZ6AEAvYsAABCMAADkmwIAN5wCAIqcAgDdnAIAMJ0CAIOdAgCIzwoAjN4BAHc0AgBwcwUA7ZAAAPENAACZ6AEAXXkNAO8lAACZ6AEAvYsAABCMAADkmwIAN5wCAIqcAgDdnAIAMJ0CAIOdAgCIzwoAjN4BAHc0AgCrFwAA/hcAAPagBgDtkAAAAUcAAOckAgA6JQIAjSUCAJAIAQCZ6AEAXXkNAKz9AQB7sQEA5hsFAEn7BQABRwAAmegBAAsoCwBeKAsAsSgLAAQpCwCIzwoA288KAFEYAAAYMgsAVS0CAKgtAgD7LQIATi4CAKEuAgD0LgIARy8CAEoSAQCnFgcAAUcAAFRHAAAbYQsARwwHAJnoAQBBIw4ARwwHAJnoAQBXMAoAf14GANJeBgABRwAAcHMFAH9eBgArrwgAqNMCAL2LAAAQjAAAxdEAABjSAABrHgIAAJ4NAJLwAACv2QEAVzAKAKowCgBdeQ0AK68IAJnoAQAYMgsAXL0FAFcwCgCrFwAA/hcAAPagBgDtkAAAVzAKAKowCgD5mAIATJkCAJ+ZAgDymQIA2KAKACuhCgCAdQEAf14GAPC+DADQPwIAxdEAANp0AQDFWwUAVEcAAJLUBAAelwoAAUcAAFRHAAB7UAMAqwkCAP4JAgBRCgIApAoCAPcKAgDs6AEAP+kBAE+lBwDxDQAAiM8KAOcdAwAYMgsA6HENADtyDQCOcg0A4XINADRzDQAtdQEARfQBAEeWCwDvJQAAQiYAAECRAAAsJwIAqxcAACKtAADtkAAAYfYMAPcJDgAYMgsAd5QMALKECAC9iwAAm4QAAE+lBwCrCQIA/gkCAI8MDgDiDA4ABBQOAFcUDgCqFA4A/RQOAFAVDgCjFQ4A9hUOAOwtBADYoAoA/dYKAFDXCgCIzwoA288KAC7QCgCB0AoAVzAKAAFHAACS1AQAHpcKAO2QAABXMAoA7yUAALOpAQBPpQcA8Q0AANQdAABXMAoABHwLAJLUBAAelwoAAUcAAFRHAAB7UAMA1NAKAD/pAQBPpQcA8Q0AAGW5AgCo0wIAqNMCAOgsCwA7LQsAji0LAOEtCwA0LgsAjyELAOIhCwBdeQ0AGB4CAJnoAQCIzwoA7ZAAAJuEAAAGUAIAmegBAAUkCgBYJAoARwwHAJnoAQBdeQ0A7yUAAJnoAQDYoAoAK6EKAKeLDgBNmwAALiMLALQZCADtkAAA8Q0AAJnoAQCIzwoA288KAC7QCgCB0AoARAACAJ1rDADwawwAErIDAFcVAgAelwoAcZcKAMSXCgAXmAoAapgKAL2YCgAQmQoArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAH7ZAgBwcwUAw3MFABZ0BQBHDAcAmegBAF15DQBFwwgAAUcAAJnoAQDF0QAABQkCANp0AQDFWwUAcHMFAC11AQBF9AEAmegBAOzoAQCHLgsAGB4CAJnoAQBdeQ0A0l4GACVfBgBocgcAu3IHAA5zBwBhcwcAtHMHAEX0AQBF9AEAGB4CACwnAgBF9AEA99IJAFUtAgAu1wkA7ZAAAECRAACa4wAAGbgCAFMAAADzrwkARrAJAAFHAAC9NwwAEDgMAFpRDACtUQwAblMNAMFTDQAUVA0AZ1QNAPENAACZ6AEA7OgBAD/pAQCS6QEA5ekBAE+eCACinggA8Q0AAJhbCwAlggEAAUcAAJnoAQApXwsAfF8LAG5TDQDBUw0AFFQNAGdUDQAAAAAAXiEMAJnoAQDs6AEAP+kBAJLpAQCo7goABSQKAL2DDQAQhA0AY4QNACuvCADtkAAAKV8LANQdAABPLwwAoi8MAPUvDACZ6AEAXXkNAGo3DAC9NwwA2TMMACw0DAB/NAwA0jQMACU1DAB4NQwAmegBAF15DQAlggEAJYIBAEEjDgBJ+wUAAUcAAHBzBQAtdQEA+QAAAEtYDQDxDQAAmegBALbeDACxIQwAAUcAAL2LAABTAAAAIq0AAHWtAADAWQIAE1oCAGZaAgBKEgEAnRIBABg5CgBrOQoAvjkKABE6CgCbhAAABlACAEcMBwC0GQgAxdEAAKsXAAAirQAAda0AAMBZAgATWgIAZloCAAFHAAAu1wkAe2sLAMOcCwAWnQsAaZ0LALydCwAPngsAYp4LANQdAADxDQAAAAAAAAAAAAAAAAAA3eEEADDiBACD4gQA5j0MADk+DACMPgwA8Q0AAEQOAAAlggEAQSMOAAQVAgAlggEAeIIBACXUDQAtdQEA7yUAAMXRAAAFCQIAbGsNAJrbDQBAkQAAmuMAABm4AgBHDAcAv2sNAKz9AQD//QEA4RkCAJLUBACvQAsAAkELAPmYAgBMmQIAn5kCABgQBABHDAcAmgwHAKPCDQBwcwUAf14GACuvCACZ6AEAxdEAAAUJAgBsaw0A5x0DAC11AQBF9AEALiMLAL9rDQASbA0AZWwNALhsDQALbQ0AXm0NALFtDQBwcwUAf14GACuvCACZ6AEAxdEAAAUJAgBsaw0A5x0DAC11AQBF9AEAKV8LAHxfCwDadAEAxVsFAC7XCQB7awsAqNMCAGo3DAC9NwwAEDgMAFpRDACtUQwAAFIMAFNSDACmUgwA7OgBAD/pAQCS6QEA5ekBAPheDADQMQQAIzIEACtOCgAelwoA/fIGALQZCABFwwgAAUcAAJnoAQAAAAAAv2sNAECRAACa4wAA7eMAAAAAAAAAAAAAKV8LAHxfCwDadAEAxVsFAC7XCQB7awsAfTEEAJ0YDADwGAwAvxgNAOzoAQBEKQgAlykIAOopCAAAAAAAkGEMAPKgAQDvJQAAs6kBAAaqAQBPyAIAqNMCAAUkCgCdawwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAJcUCwDqFAsAT54IAKKeCAB7sQEA5hsFAEn7BQABRwAAcHMFAH9eBgArrwgAmegBANigCgAroQoArUsBAA5XCwBhVwsAtFcLAAdYCwBaWAsArVgLAABZCwBTWQsAplkLAPlZCwAYMgsAXL0FAIjPCgDbzwoA9qAGAGH2DAAHRAIAWkQCAK1EAgAARQIAmegBAAUkCgCdawwA8GsMAENsDAAYXAUA3eEEADDiBABVhg0AqIYNAPuGDQBKEgEA+OkEANp0AQAtdQEA5x0DAC11AQBF9AEAmegBANigCgAroQoAmo8MAO2PDADxWA0ARFkNANMbAgBAkAwA7C0EAAAAAACZ6AEAvYsAABCMAADOGAsAIRkLAHQZCwDHGQsAGhoLAG0aCwDAGgsAExsLAL2DDQAQhA0AY4QNAKz9AQBpjw0AAUcAAMXRAADtkAAA7ZAAAKsXAACZ6AEAajcMAL03DAAQOAwAUwAAAKYAAAD5AAAA7C0EAJqPDADtjwwA7C0EAAFHAADTGwIAQJAMAOwtBAAAAAAAmegBAGo3DAC5Bg4A2nQBABKyAwBlsgMAuLIDAL03DAAQOAwAIWwLAHRsCwDHbAsAGm0LAG1tCwDAbQsAE24LAGZuCwC5bgsADG8LAGV6CwC4egsAC3sLAF57CwCxewsAfT8CAKf6CgBHDAcAqxcAABArAgAAng0AP9sDAJABAgDjAQIAkvAAAK/ZAQBoJgYAKZ4CAHyeAgDPngIA7oQAABgeAgCtbQgA8Q0AAJGiAQAtdQEA5x0DABKyAwCQAQIA8/sKAEcMBwCZ6AEA2KAKACuhCgABRwAALtcJAHtrCwDOawsA0l4GACVfBgBocgcAAUcAAOckAgBdeQ0AK68IAJnoAQApXwsA1B0AAE8vDACiLwwA9S8MAEoLAgCbhAAAT6UHAKKlBwD1pQcA3eEEACmeAgB8ngIAz54CAKz9AQCbhAAA7oQAACWCAQCbhAAAfT8CAIyYCwDfmAsAMpkLAIWZCwDYmQsAK5oLAE+eCAAelwoAPzUDAJI1AwAjAQsAmuMAAB6XCgBTAAAAAUcAAC7XCQAAAAAAAAAAAAAAAACs/QEAaY8NAO8lAACHLgsAGB4CACwnAgAYMgsAT6UHAKKlBwAUCQAAZwkAAAsoCwAbYQsAbmELAJuEAADvJQAAAUcAAC7XCQAjAQsAmegBABgyCwBPpQcAoqUHABQJAABnCQAACygLABthCwBuYQsABSQKAJuEAADuhAAA9F4HABQJAABnCQAACygLABthCwBuYQsABSQKAJuEAADuhAAA9F4HABQJAABnCQAACygLABthCwBuYQsAGBAEAC11AQBdegEALXUBAFwCCACbfA0A7nwNAEF9DQCUfQ0AAAAAAOzoAQA/6QEAkukBAHS4DADHuAwAmegBAGo3DAC9NwwAEDgMAL8YDQB9PwIAAAAAAJnoAQBqNwwAvTcMABA4DAC/GA0AKV8LAHxfCwDadAEAxVsFAC7XCQB7awsAWHcKAKt3CgBdLQwA7OgBAD/pAQCS6QEA3eEEACmeAgCPswIAIq0AAO2QAACAUgYAJYIBAEEjDgBHDAcAO3kMAI55DADheQwANHoMAId6DADaegwALiMLACJLDgB1Sw4Aax4CAFUtAgBwcwUAf14GACuvCABKCwIAShIBAPENAABqNwwAvTcMABA4DAC/GA0AWHcKAKt3CgBdLQwA7OgBAD/pAQCS6QEAKV8LAHxfCwDadAEAxVsFAC7XCQB7awsABBUCAAQVAgC30gwAmegBAOzoAQA/6QEAkukBAOXpAQC9gw0AEIQNAGOEDQDs6AEAGB4CAK1tCABKEgEAXXkNAPC+DADYoAoARfQBAKsXAAD+FwAAGB4CACwnAgBPDQUAmegBAL2LAAAQjAAApRILAPgSCwBLEwsAnhMLAPETCwBEFAsAKGQMAE/VDACi1QwA9dUMAF4hDABXwgEATy8MAKIvDAD1LwwAmegBAAsoCwAbYQsAbmELANkzDAAsNAwAfzQMANI0DAAlNQwAeDUMAJnoAQALKAsAG2ELAG5hCwCbhAAA7oQAAPReBwCZ6AEAKV8LANQdAABPLwwAoi8MAPUvDACZ6AEACygLABthCwBuYQsAajcMAL03DADZMwwALDQMAH80DADSNAwAJTUMAHg1DACZ6AEACygLABthCwBuYQsAAAAAAKHbAQABRwAAvYsAABgeAgAsJwIAYfYMAFMAAACmAAAAS/gCAJ74AgDx+AIARPkCAAUkCgCdawwAOOoBAIvqAQDe6gEAMesBAITrAQDy8wEAT54IAB6XCgDd4QQAMOIEAIPiBACIzwoAECsCAGMrAgAAAAAAYfYMALT2DAD3CQ4A7OgBAD/pAQCS6QEAqO4KAFh3CgCrdwoAXS0MAKjTAgB6Dw4AO3kMAI55DACo0wIAmegBAL2LAAAQjAAA5x0DAMVbBQAYXAUAe7EBAOT7DABTAAAA2nQBAMVbBQAu1wkAIwELAPmYAgDadAEALXUBAD81AwCbhAAAbRMMAEKNCQBYdwoAJYIBAJuEAABVLQIA7yUAAIcuCwAYHgIAShIBAJnoAQApXwsAfF8LANp0AQDFWwUALtcJAB6XCgBxlwoAmegBAOzoAQBEKQgAFpYMAGmWDAC8lgwAD5cMAGKXDAC1lwwACJgMABgyCwDvJQAAAUcAAC7XCQAjAQsABbUNAFi1DQCrtQ0A/rUNAFG2DQCktg0AeOkKAJnoAQDs6AEAhy4LANouCwAtLwsAKV8LADt5DACOeQwA4XkMADR6DAD6Pw0ATUANAAZQAgABRwAALtcJABgyCwCs/QEAf14GABgeAgABRwAALtcJAHxfCwAirQAAIq0AAO2QAADxDQAAkaIBAO8lAAC+HQ4AP+kBAJLpAQDl6QEANRsMAIgbDADbGwwAhy4LANouCwAtLwsAKV8LADt5DACOeQwA4XkMADR6DAD6Pw0ATUANAAZQAgABRwAALtcJABgyCwCs/QEAf14GABgeAgABRwAALtcJAHxfCwAirQAAIq0AAO2QAADxDQAAkaIBAO8lAAC+HQ4ALhwMAIEcDADUHAwAIqYBAJnoAQAAAAAAmegBAOzoAQA/6QEAkukBAIMLCwDWCwsAAAAAAE+eCAAelwoAcZcKAKjTAgAFJAoAgFIGANNSBgAAng0AP9sDANQdAABHDAcAqNMCANp0AQAtdQEA7yUAAIcuCwAZuAIAT8gCAKLIAgBqNwwAvTcMABA4DAC/GA0AEhkNALAmDQADJw0AVicNAOzoAQA/6QEAkukBAIMLCwDWCwsABSQKAL2DDQAQhA0AY4QNAOXpAQD4XgwA0DEEACMyBABvCQoAnWsMALG5DgAEug4AV7oOAKq6DgBYdwoAJYIBAEEjDgCbhAAAIqYBANQdAABPnggAop4IAPWeCADSJwIAYfYMAFfCAQCqwgEA8qABAAi0CADz+woAgFIGAAUJAgBsaw0A5x0DAC11AQBF9AEAT8gCAKLIAgBqNwwAvTcMABA4DAC/GA0AEhkNALAmDQADJw0AVicNALFnAgAEaAIA03QNAEcMBwCaDAcABlACAEcMBwBKCwIAf14GAEXDCADtkAAAQJEAAJrjAAAZuAIA8LgBAEO5AQAlggEAQSMOAAFHAAAu1wkAajcMAJuEAAAipgEAmo8MANp0AQAsegIARwwHAJnoAQDs6AEAP+kBAJLpAQDl6QEAKV8LAHxfCwAirQAAIq0AAO2QAADxDQAAkaIBAO8lAAC+HQ4AIlkMAHVZDADIWQwAG1oMAG5aDABh9gwAtPYMAAf3DAD6Pw0ARU0NAJhNDQDrTQ0APk4NABRbDABnWwwAulsMAJnoAQCZ6AEAqNMCAEoSAQBKEgEA+OkEAAZQAgB7UAMAmegBAKHbAQD02wEAR9wBAJrcAQDt3AEAQN0BAKsXAADtkAAAAUcAAMimAQBHDAcAUwAAAFwCCABHDAcAAUcAAJuEAABPpQcAmegBAGo3DAC9NwwAEDgMAL8YDQA/6QEAkukBAOXpAQApXwsAfF8LACKtAAAirQAA7ZAAAPENAACRogEA7yUAAL4dDgDF0QAABQkCAHIjDQDtkAAAQJEAACwnAgBqNwwAvTcMABA4DAAirQAAnbgBAPC4AQBDuQEAJYIBAEEjDgABRwAAajcMAL03DAAQOAwAGDILAOhxDQA7cg0AjnINAOFyDQA0cw0Ah3MNANpzDQAtdA0AqNMCAAAAAAAAAAAA2nQBABKyAwCajwwABlACAO2QAABTAAAACD8BACwnAgAgZAIAKZ4CAFUtAgAu1wkAIq0AAAAAAADs6AEAP+kBAJLpAQCDCwsA1gsLAAUkCgC9gw0AEIQNAGOEDQAipgEAdaYBAMimAQAbpwEAbqcBAMGnAQAUqAEA8Q0AAKsJAgCrFwAAmegBAAUkCgC9gw0AEIQNAGOEDQCFvAYA2LwGACu9BgB+vQYA0b0GACS+BgB3vgYAyr4GAH9eBgABRwAAVEcAAKdHAAAgXQMAmegBAAUkCgC9gw0AEIQNAGOEDQCrFwAARwwHAOp8CAAtdQEARfQBAKjTAgAFJAoAnWsMANKADQAlgQ0AeIENAMuBDQDxDQAAm4QAAC/nBQBTAAAAJYIBAKz9AQB/XgYAGB4CAH0/AgDQPwIAQJEAAJrjAAAZuAIAAUcAAOckAgA6JQIAjSUCAN73CwBHDAcAv2sNAN73CwCQCAEA7ZAAAECRAACa4wAASgsCAJ0LAgDwCwIAQwwCAJYMAgBKCwIA7yUAALOpAQAGqgEAdMYKAMfGCgAAAAAAftkCAEekCQAQOAwARGAMAD/pAQCS6QEA5ekBAKsJAgCrCQIA7ZAAAJuEAADTdA0AIq0AABgeAgAsJwIAEv4EAFUtAgBwcwUAf14GACuvCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACdxAABVLQIAcHMFABKyAwDvJQAARCkIAO2QAABHDAcARwwHAL9rDQASbA0AXAIIAJt8DQDufA0Av2sNAKsXAAAirQAAe1ADAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAUwAAAFMAAAAlggEAGBAEACKtAAApngIAVS0CAHBzBQB/XgYAK68IACKtAACduAEA5Y8CAAW1DQAu1wkArUsBALjUCgAL1QoArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKsXAAD+FwAA9qAGAAFHAACS1AQAr0ALAMFNAgDxDQAAXXoBAO2QAACrFwAAAUcAACKtAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwAcfwUAb38FAMJ/BQAVgAUAaIAFALuABQAOgQUAYYEFAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEALtcJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQABRwAAm4QAANp0AQAtdQEA7ZAAAECRAAAlggEAm4QAAIjCAAAQjAAApRILAPReBwBHXwcArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABgQBAAtdQEA5x0DAMVbBQBwcwUAm4QAAE+lBwAYEAQAB0QCAJuEAABVLQIAcHMFAH9eBgArrwgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBVLQIAm4QAAJuEAADuhAAAQYUAAJSFAADnhQAAOoYAABgeAgAsJwIA8Q0AAEQOAABFwwgAGB4CACKtAADtkAAA7yUAALOpAQAGqgEAdMYKAMfGCgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAEX0AQBCjQkAlY0JAHuxAQBHDAcArP0BACKtAAAirQAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAHH8FAG9/BQDCfwUAFYAFAGiABQC7gAUADoEFAGGBBQDadAEALHoCAH96AgDSegIAJXsCAHh7AgDLewIA8Q0AALFnAgAEaAIAVS0CAC7XCQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDpIAsAPCELAO2QAACtSwEAsbkOAAS6DgBXug4AqroOAP26DgBQuw4Ao7sOAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAOkgCwA8IQsAIq0AAJ24AQDwuAEAQ7kBACWCAQBBIw4AAUcAAHBzBQB/XgYAK68IAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAOkgCwA8IQsAcHMFAMNzBQAWdAUAaXQFALx0BQAPdQUAYnUFACB4CwBzeAsAxngLABl5CwBseQsAv3kLABJ6CwDyTQEA6SALADwhCwC9iwAAEIwAAKUSCwD0XgcAR18HAJpfBwDtXwcAQGAHAJNgBwDqfAgAf14GAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAOkgCwA8IQsA8Q0AAHK8AwDFvAMAQSMOAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA6SALADwhCwA/2wMAktsDAOXbAwA43AMAi9wDAN7cAwAx3QMAhN0DANfdAwAq3gMAfd4DAPJNAQDpIAsAPCELAO8lAAAlggEAe1ADAMXRAAAFCQIAe1ADAPENAAByvAMAxbwDAEEjDgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAOkgCwA8IQsAB+MDAFrjAwCt4wMAAOQDAKjTAgBURwAABQgOAFgIDgCrCA4AGB4CAK1tCADF0QAABQkCAKz9AQAlggEAmegBAAUkCgCdawwAOOoBAIvqAQDe6gEAMesBAITrAQAAAAAAmegBAE+eCACinggAIGQCAO6KCwBBiwsAlIsLAOeLCwApXwsAk5AMAOaQDAA5kQwAjJEMAN+RDAAykgwAKV8LAJOQDADmkAwAOZEMAIyRDADfkQwAMpIMAAUkCgCdawwAOOoBAIvqAQDe6gEAMesBAITrAQBh9gwA9wkOABgyCwB3lAwAsoQIAL2LAACbhAAAGDILAHeUDACyhAgAvYsAAJuEAABPpQcAmegBAGH2DAD3CQ4ASgoOAJ0KDgDwCg4AQwsOAJYLDgDpCw4APAwOAL2LAAAlggEAJYIBAJnoAQAuIwsAgSMLANQjCwAnJAsAc2oNAC11AQBF9AEAmegBANigCgDFWwUALtcJAIHXCQDxDQAA7ZAAAO8lAAABRwAAmegBAN3hBAAw4gQAg+IEABoMDQBtDA0AwAwNABMNDQBF9AEACLQIAFu0CACZ6AEA3eEEADDiBACD4gQAGgwNAG0MDQDADA0AEw0NAIjCAADxDQAA1B0AAEcMBwCZ6AEArP0BAHtQAwCo0wIAV8IBAEoKDgBYJAoARwwHAJnoAQBdeQ0A7yUAAJnoAQDYoAoAK6EKAKsXAADtkAAAQJEAAJnoAQAFJAoAnWsMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQApXwsA+j8NAE1ADQBXaAIAqmgCAJnoAQBqNwwAktQEAK9ACwACQQsAVUELAGH2DAC09gwAGDILAKz9AQB/XgYA+ZgCAH/2CAAFJAoAnWsMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDF0QAABQkCAHIjDQDFIw0AajcMALkGDgCnRwAAa2oDAIEjCwAYHgIALCcCACBkAgABRwAAmegBAN3hBAApngIAYyoOALYqDgAJKw4AXXkNAO8lAACZ6AEAajcMALkGDgCnRwAA7OgBAIcuCwAlggEAJYIBAHiCAQDF0QAA2nQBAC11AQBF9AEAmegBAAUkCgCdawwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAvYsAABgeAgBzag0ALXUBAEX0AQCZ6AEACygLAF4oCwDTdA0ARwwHACWCAQAYEAQALXUBAEX0AQCZ6AEAXXkNAO8lAACZ6AEAajcMALkGDgCnRwAApzgOAPo4DgBNOQ4AoDkOAPM5DgBGOg4AmToOAOw6DgA/Ow4AkjsOAOU7DgA4PA4AizwOAKsJAgD+CQIAj2YNANN0DQD+FwAAdzsBAFRHAACnRwAAIF0DAJnoAQAFJAoAnWsMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQBdeQ0AIq0AACKtAADQ0AUAI9EFAHbRBQDJ0QUATw0FAM9fCwAiYAsAdWALAMhgCwCo0wIAAAAAAAAAAAAAAAAAmegBAIjPCgCniw4A+osOAE2MDgDYoAoAK6EKANNtDgAmbg4AeW4OAMxuDgAfbw4AGDILALnkBgBHDAcAe1ADAJuEAAAGUAIAqxcAAJnoAQAYMgsAueQGAEcMBwBYdwoAqxcAAKeLDgD6iw4ATYwOANigCgAroQoA020OACZuDgB5bg4AzG4OAB9vDgAYMgsAueQGAEcMBwDxDQAAsWcCAARoAgBPpQcAoqUHAEX0AQBCjQkAShIBAJnoAQDYoAoAK6EKANNtDgAmbg4AeW4OAMxuDgAfbw4ArP0BAP/9AQB69AUA5JsCACWCAQBBIw4A2KAKACuhCgDTbQ4AJm4OAHluDgDMbg4AmPQBAJnoAQBF9AEAQo0JAJWNCQCIzwoAp4sOAPqLDgBNjA4A2KAKACuhCgDTbQ4AJm4OAHluDgDMbg4AH28OAFMAAAAIPwEAWz8BAPmYAgDadAEARwwHAL9rDQBAkQAAeOkKALFnAgCS1AQAr0ALAFUtAgAu1wkARfQBAHtQAwCo0wIAB+MDAFrjAwCt4wMAAOQDAMXRAADadAEAxVsFAFRHAACZ6AEABSQKAJ1rDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrCQIA/gkCAGo3DACHegwAeYMLAE+eCACinggAQJEAAB6XCgBxlwoAmegBAFh3CgCrdwoAXS0MAFMAAABKEgEAmegBAAUkCgC9gw0AEIQNAAAAAABjhA0AhEQNAMKGBAD46QQA03QNAEcMBwCZ6AEA7OgBAD/pAQCS6QEA5ekBAMXRAADadAEAxVsFAFRHAACZ6AEABSQKAJ1rDADwawwAQ2wMABhcBQDd4QQAMOIEAFWGDQDVFwsAKBgLACgYCwCAewwA8qABAFnMCACszAgA/8wIAOArDQAzLA0AUwAAAAg/AQBbPwEAI1QLAHZUCwDJVAsAHFULAJnoAQDd4QQAMOIEAIREDQDXRA0AKkUNAH1FDQDQRQ0AI0YNABgQBABHlgsAmpYLAEn7BQB7UAMAIq0AAHWtAADE6goAF+sKAGrrCgB0xgoAx8YKAO2QAABAkQAAmuMAABm4AgBF9AEAmPQBAJuEAAC5Bg4Ap0cAACBdAwBzXQMAGDILAGsyCwC+MgsAajcMAL03DAAQOAwARGAMAD/pAQCS6QEAgwsLANYLCwCHegwAeYMLAClfCwDUHQAA7ZAAAGo3DAC5Bg4Ap0cAAOzoAQC+HQ4AER4OAGQeDgC3Hg4AKV8LAPo/DQBNQA0AV2gCAKpoAgCZ6AEAajcMAJLUBACvQAsAAkELAE+eCACinggAYfYMABgeAgAelwoAcZcKAJnoAQBKEgEA+OkEAPmYAgB/9ggAhy4LABgeAgCZ6AEAShIBAJ0SAQAYHgIALCcCANigCgAroQoA7yUAAIcuCwAYHgIAShIBAPjpBABVLQIAcHMFAH9eBgDtkAAASfsFANDQBQABRwAAcHMFAH9eBgArrwgAmegBAOzoAQA/6QEAkukBAOXpAQDs6AEAhy4LABgeAgCZ6AEAajcMAJuEAAAipgEAuQYOAKdHAAAgXQMAc10DAGZgDQBfYQ0AsmENAAViDQDs6AEAP+kBAJLpAQB0uAwAx7gMAJnoAQBqNwwAvTcMABA4DACT1gIAs+4DAF/JCgCyyQoABcoKAFjKCgCrygoA/soKAFHLCgCkywoAj6wDAOKsAwCERA0A10QNAB/DAgBywwIAQSMOAHWmAQAH6Q4AWukOALFnAgB7UAMAe1ADAOSiAQDaEg8AqB4QAEcMBwChPAAArekOAADqDgDaEg8AENAOAJlJAACtiBAAqB4QAEcMBwCoHhAAqB4QAEcMBwDaEg8A7hQQAKgeEACtiBAARfQBACceAACQCAEArYgQAJAIAQCqDQ8Aqg0PAEcMBwC/aw0AIB8AAJAIAQAuwwAATw0FAODKDgDgyg4AqB4QAE8NBQCoHhAATy8MAD7tDgCR7Q4ASWIPAAfpDgBa6Q4AIaMPAK2IEAAUCQAA2hIPAD7tDgCR7Q4AkAgBAIviDgA28w8AifMPAIwpDwBF9AEAqg0PADsRDwCOEQ8AB+kOAFrpDgDVoQ8AShIBAPcJDgCqDQ8AaOcOAKoNDwArrwgAbUoQAEliDwDaEg8AEb0PAKgeEAAUCQAAFAkAAJf4DgDq+A4APfkOAK2IEADxDQAARwwHAPReBwBHDAcAl/gOAOr4DgCnKhAAkAgBAJf4DgDq+A4ApyoQACceAAAH6Q4AWukOALYrAgCZ6AEA/dYKANoSDwCo0wIAAUcAAKoNDwAsegIARwwHANoSDwBkHwIAPu0OAJHtDgCqDQ8AmOwOAOvsDgA+7Q4AFeAPAD7tDgAV4A8AZ+wPAKoNDwB0/Q4AkPkOAOP5DgCL4g4AkPkOAAAAAACZ6AEAl/gOAOr4DgCX+A4A6vgOAJf4DgDq+A4A5O0OAEliDwCocRAA+3EQAAQVAgCY7A4Ai+IOAD7tDgCR7Q4ABBUCAEcMBwCZ6AEArYgQAJnoAQBHcxAADfQOAHd4EADaEg8A2hIPAOwtBADsLQQA7C0EAKjTAgBPpQcAaY8NAIrFCABpjw0AEw0NABMNDQABRwAAxJALAMjqDwCS8AAA8Q0AAPENAAD+AQ8AqwgOAJLwAACqDQ8A8Q0AAKsIDgCqDQ8Aqg0PAKoNDwCqDQ8Aqg0PAIviDgCL4g4Aqg0PAKoNDwCqDQ8Aqg0PAKoNDwCqDQ8Ai+IOAIviDgCL4g4Aqg0PAKoNDwCqDQ8Ai+IOAIviDgDUBw8Ai+IOAIviDgCqDQ8AmegBAJnoAQC4Cw8AZc0LAJnoAQCtiBAAGB4CAFnMCACZ6AEA8Q0AAPENAACqDQ8Aqg0PACWCAQB3eBAAl/gOAOr4DgCo0wIA2hIPAK2IEADxDQAA7w8PAJnoAQDWnQIA1B0AAHtQAwAItAgAqxcAAEcMBwAHdAcARwwHAEEVEADaEg8AUFoQAHd4EADxDQAAZ04CAMXRAADF0QAAxdEAAK2IEADF0QAAcSkCAACeDQCtiBAAZ04CAK2IEAAARQIACR0QAHIOEADFDhAAERcPAK2IEACMdRAA33UQALG6AgCQCAEArYgQAC5hDgAUCQAArYgQAFMAAACrFwAAv2sNABDQDgB7UAMAhNwPAFMAAAAJHRAAFAkAABQJAAAUCQAADKYPANoSDwAQ0A4AsWcCAHtQAwAQIw8AbLEDAG6ZAwAtuQ8A2ZsJAACJEAC55AYAi+IOADbzDwCJ8w8Ag5YDAJf4DgDq+A4ApyoQAK4wDwCL4g4ArYgQAMjkBAC/XQ8Ai+IOAKoNDwCqDQ8Al/gOAOr4DgCqDQ8AOxEPAI4RDwBEDgAA2hIPABDQDgCtiBAAmegBANoSDwB3eBAAOxEPAI4RDwCZ6AEAz+MEAFXLDwBXMAoArYgQAA91BQCtiBAAyWIJAIpBDwDaEg8AhSoPAAFHAACtiBAAsWcCAEEjDgDaEg8A7hQQAJLwAABVyw8AAIkQAKoNDwA7EQ8AAIkQAKoNDwC/XQ8AEToKAMGuAACs/QEAi+IOADbzDwCJ8w8Al/gOALPtDwBeIQwAdKMPABDQDgDxDQAAkAgBAA8vDwA2oA8AAUcAAAFHAACL4g4ANvMPAInzDwCFKg8AAUcAAAFHAAABRwAAAUcAABbbDgBhOw8AeYMLADdBDwDaEg8Aqg0PADsRDwCOEQ8Az0MPABEKBQAQ0A4AbUoQAFDXCgAAiRAAqg0PAACJEACqDQ8Ax1APABpRDwBtUQ8A7ZAAAEAoDwCTKA8A5igPADkpDwCkqA8Ax1APABpRDwBtUQ8AFtsOAC+bBACL4g4ANvMPAInzDwCFKg8AFbcJAK2IEACxZwIAe1ADAK2IEABVyw8AENAOAOwtBACKlQMALtcJAKoNDwA7EQ8AjhEPAIpBDwAgHwAAi+IOADbzDwCJ8w8ArYgQAKjTAgCFKg8Ay6QIAAFHAAABRwAAKE8PAHtPDwDOTw8AD3UFAChPDwCqDQ8A1AAQAIviDgAAiRAAqg0PADsRDwAAiRAAQSMOAJnoAQB3eBAAOxEPAI4RDwCz4AUA2hIPAO4UEACtiBAAgC8LANoSDwCtiBAAZaQFAKoNDwCL4g4AAIkQAD7tDgCR7Q4ARwwHAMCkDwDHUA8AGlEPAG1RDwB3eBAAOxEPAI4RDwAQIw8AsWcCAEEjDgCqDQ8Al2cLAK2IEABBIw4AmegBAA7hDwBHDAcA+ZgCAKoNDwA7EQ8AjhEPABbbDgCQCAEA2hIPAK2IEACHegwAENAOAHjpCgCL4g4Aqg0PAIviDgCqDQ8AAIkQAACJEAAAiRAAqg0PAKoNDwCqDQ8AOxEPAI4RDwB3eBAAUA4PAIOOEADaEg8Ag44QAChPDwCqDQ8Ai+IOADbzDwCJ8w8Ai+IOADbzDwCJ8w8ArYgQABP4DwAjAQsArYgQAEEjDgCtiBAA5wEHABDQDgCZ6AEATw0FAJAIAQCtiBAArYgQALFnAgCtiBAAsWcCAK2IEACxZwIAAIkQAKoNDwA7EQ8AjhEPAEEjDgCqDQ8AOxEPAI4RDwDaEg8AAAAAAO4UEAB5gwsAi+IOADbzDwCJ8w8AMx4PAK2IEAAJHRAAAUcAACCvDwCz7Q8AueQGACH2DwB09g8ApyoQAHtQAwCqDQ8AOxEPAI4RDwDaEg8A2hIPAKoNDwA7EQ8AjhEPAJVBCAAAAAAAvIEPAA+CDwBigg8AB3QHANQAEAAnARAAegEQAK2IEAAW2w4AIwELAEWaAgBBIw4A2hIPAK2IEACE3A8A4yMJABbbDgCtiBAAK68IAEliDwCX+A4A6vgOAD7tDgCR7Q4Ai+IOADbzDwCJ8w8APzUDANoSDwCtiBAAN5UDAKoNDwCqDQ8AOxEPAI4RDwBHDAcAIB8AAKoNDwAN7Q8Aqg0PADsRDwCOEQ8AFnoQAAAAAACL4g4ANvMPAInzDwDaEg8AhSoPABDQDgDaEg8AAbUIAFXLDwAQ0A4A8BIBAAAAAACtiBAAVcsPABDQDgDwEgEArY8PAIviDgA28w8AifMPAMf2DwBQDg8ArYgQACuvCACqDQ8AOxEPAI4RDwCtiBAAe1ADAEfNDwCZ6AEAupkPAKoNDwCS8AAA70AIAAFHAABQWhAAe1ADAE8NBQCtiBAAQJEAALThDwA/NQMAbF0PAJnoAQCZ6AEA2hIPAKcqEADKeBAAkAgBAEliDwCZ6AEA1aEPAMVbBQCFKg8AbF0PAC11AQCtjw8AAJAPAEcMBwAAAAAAAAAAAAAAAACtiBAAVcsPAAAAAAAAAAAAAAAAANWhDwCQCAEArYgQAAkdEABVyw8ARwwHAKoNDwC/XQ8Av10PAKoNDwBQDg8AT8gCAOx/EAA28w8AifMPAIUqDwBtShAAd3gQAFAODwDsLQQAi+IOAN7iDgDsLQQA7ZAAAAFHAAAM5QYArYgQAJuEAAAM5QYAAIkQAM2uDwBsXQ8Al/gOAOr4DgDk7Q4AhSoPAK2IEAB7UAMAqg0PAK2IEAA3lQMAmegBANoSDwA3lQMAqg0PADsRDwCOEQ8Ao7QPAPa0DwDsLQQA7C0EAK2IEAA3lQMAN5UDAM/jBAAO4Q8AENAOAAAAAACtiBAArYgQAO2QAAAT+A8AmegBAK2IEAARvQ8AFAkAAPXqCQBF9AEASMEPAJvBDwBTAAAAUwAAAA91BQDaEg8AmegBAK2IEACtiBAAqxcAAIviDgA28w8AifMPAC5aDwCALwsAg5YDAKoNDwA7EQ8AjhEPAGH2DACX+A4As+0PAGjgDwARvQ8AK68IABG9DwARvQ8ARwwHAKsXAACX+A4As+0PAOr4DgCL4g4A2hIPABG9DwBkvQ8At70PAG1KEADExw8A8fAPAKoNDwA3lQMA2hIPAPHOCADA1QgAAAAAAKunDwD+pw8AAAAAAAAAAADN3wgAMC4GAIAvCwDaEg8ArYgQAK2IEAC04Q8AAUcAANoSDwCtiBAA9wkOANoSDwCQCAEAmegBAKoNDwA7EQ8AjhEPAK2IEACZ6AEArYgQAJnoAQCtiBAAkAgBAK7WDwCQCAEAmegBAK2IEAAUCQAArtYPABQJAAAT+A8AK68IAK7WDwCo0wIAAAAAAHtQAwBU1w8Ae1ADAK2IEAAT+A8Al5cQANoSDwCXlxAArYgQAJeXEACqDQ8AOxEPAI4RDwCtiBAA9wkOAJAIAQAQ0A4A8Q0AAPENAAAQ0A4AQSMOABP4DwCo0wIAi+IOADbzDwCJ8w8Aqg0PADsRDwCOEQ8AmegBACwnAgCtiBAAmegBAK2IEADaEg8AqMsPAJnoAQCZ6AEATw0FANL2CABtShAA2hIPABQJAACtiBAArtYPAJnoAQA+7Q4Ake0OAFswDwD3CQ4AYVcLANoSDwABRwAA+ZgCAAFHAAB3eBAAOxEPAI4RDwDaEg8Az+kPAEcMBwB7UAMAHFULAKjTAgANQBAAs+0PAKyqAQCZ6AEA8Q0AAAAAAAB46QoAAAAAABXgDwAw6A8Ag+gPANboDwCtiBAAd3gQADsRDwCOEQ8AmegBABQJAADsLQQA7C0EAG1KEACZ6AEAi+IOAJnoAQDaEg8AqNMCANoSDwC0PAMACR0QAAkdEABh9gwA2hIPAK2IEACZ6AEAl/gOAOr4DgB3eBAAOxEPAI4RDwB3eBAAmegBAEcMBwCtiBAARwwHACnpDwBi+AoAK68IABQJAABtShAAPy4EABhiEACohg0AkvAAAK2IEAA+7Q4Ake0OADddCwANQBAAfqEKAJnoAQA8/g8AmegBAH6hCgDtIBAA4v4PALF7CwBXwgEAi+IOADbzDwCJ8w8AmegBAK2IEACtiBAAd3gQALFnAgCxZwIAd3gQAHd4EABHDAcAbvIOAMHyDgASBBAAuf8OAIviDgCqDQ8AUA4PAOv0AQAYMgsAkaIBAJD5DgCL4g4AOh4DAFfCAQDP4wQAkH0IAHhfBgBF9AEAAUcAALj+BABHDAcArYgQAEEjDgDyNxAA1p0CAMo0AgDWnQIAyjQCAJovAgBXMAoAAIkQAEWaAgCtiBAAFAkAAJnoAQAMAA8A1B0AADoeAwBHcxAAmegBAK2IEABtShAAmIsQAD8uBACtiBAAqNMCAKjTAgCo0wIAqNMCANoSDwDaEg8AwPcPAFAODwCC9A8AFAkAAAFHAACxZwIAi+IOADbzDwCJ8w8AB3QHAKoNDwBPyAIA7SAQAOL+DwC6VA0Al/gOAOr4DgC6VA0AsSEMAJf4DgDk5g8Ad3gQAA3tDwCtiBAAmegBAO8lAADvJQAARfQBAEoLAgDgyg4AFxsQAN73CwDuFBAAmegBAK2IEACZ6AEAzmsLAKMHEABeIQwAmegBAJnoAQCZ6AEA3z4MAMuCAQCHLgsAxG0QAKoNDwBF9AEAVUELAMRtEACo0wIAxG0QAKjTAgDaEg8AmegBAJnoAQDtIBAA4v4PAK2IEACX+A4A6vgOAKcqEABxlwoAmegBAJnoAQCZ6AEAWzAPAJnoAQAlGRAAEhkNAPENAADjYQwAPu0OANoSDwCL4g4APRULAH6hCgAWehAAAAAAAH6hCgCeWA0AWjUQAJdZDQCtNRAASWIPAOrxDwB3eBAAUA4PAO0gEAC/GA0A4MoOAEliDwBaNRAASWIPAK01EABJYg8A7SAQAOL+DwDNARAAUwAAALQZCAABRwAApfYOAPENAACZ6AEAfqEKAOL+DwCZ6AEAaOAPAH0/AgCLLhAAEG8QAGNvEAB7UAMAcZcKAEcMBwCZ6AEAmegBAJnoAQCtiBAAwWELAMFhCwDBYQsAwWELAEX0AQBF9AEA530NAJnoAQCX+A4AdT0QAO0gEABVcRAAmegBAO0gEAASGQ0AmegBAKgeEADDJhAAl/gOABYnEACZ6AEAhC8QANcvEACbZxAAKjAQAJnoAQCZ6AEA7SAQABIZDQCoHhAAwyYQAJf4DgAWJxAAmegBALfSDAAvRxAAl/gOAOr4DgB3eBAAUA4PAJnoAQANQBAAbUoQAG1KEACS8AAAS/APAHtIEADx8A8AqsIBAMFhCwDBYQsAwWELAMFhCwCZ6AEAiy4QABgWDwCQ+Q4A1fsOAHGXCgAaDA0AtisCAJf4DgDk5g8AqB4QANoSDwCELxAA2hIPAG1KEACo0wIA3vcLAN73CwCZ6AEAgC8LAIQvEADXLxAARwwHAEcMBwARHg4Al/gOAOr4DgCALwsAhC8QANcvEABHDAcARwwHABEeDgAeGhAAcRoQAJf4DgCz7Q8AZ+wPAAAAAADaEg8ArYgQANoSDwBPyAIAqg0PAO0gEACpJw0Al/gOALPtDwBXWRAA/GUQAHd4EAAN7Q8AqNMCAOr4DgCnKhAALtcJAK2IEAAlKAIAUwAAAMRtEADtIBAAqScNAAFHAACqDQ8ARwwHAJnoAQCX+A4A6vgOABEeDgAH9wwAqNMCAKjTAgDyoAEA8qABAPKgAQDyoAEAqNMCANoSDwDyoAEAmegBAJnoAQCZ6AEAAAAAAAAAAADtIBAAVXEQAJf4DgDq+A4AER4OAMUjDQCtiBAA7SAQAC7XCQCtiBAA7SAQAEdzEADaEg8AmegBAJnoAQB7UAMAqxcAAEcMBwDtkAAAmegBAIsuEAAQbxAAY28QALZvEAAJcBAAXHAQAK9wEACo0wIAl/gOALPtDwBOHxAAd3gQADsRDwCY7A4A/gkCABcbEADtcxAAQHQQAJN0EADmdBAAd3gQAFAODwAdvwYAd3gQANoSDwDRdxAAqNMCAEEjDgBHDAcAqg0PAG1KEACQCAEA7hQQAJAIAQDuFBAAPu0OABXgDwCQCAEAmegBAO0gEADi/g8Al/gOAOr4DgD+CQIA/VkQAP1ZEAD+CQIAi+IOAIviDgCL4g4Ax1APAIviDgCL4g4Ai+IOAIviDgA+7Q4AFeAPAIviDgDHUA8Ai+IOAC/0DwCL4g4AL/QPAIviDgAv9A8A1AAQAC/0DwCL4g4AL/QPAIviDgAv9A8A9CYPAC/0DwCL4g4AL/QPAEAoDwCTKA8APfkOAJnoAQCZ6AEAqNMCANoSDwCrFwAAQSMOAJD5DgBlBBAAADYQAAA2EACQ+Q4A4/kOAE+lBwBMihAAqNMCAKjTAgDxDQAA8Q0AAEgbDwDaEg8AqsIBAIviDgCtiBAAB/cMAK2IEACL4g4AENAOAK2IEAAQ0A4Ai+IOADbzDwAQ0A4AIpAQAHWQEACL4g4AqNMCAEP9DwDaEg8AmegBAJnoAQCZ6AEAl5cQAJnoAQCZ6AEAmegBAJeXEACZ6AEA9aUHAJeXEACtiBAAH28OAJnoAQCZ6AEAl5cQANoSDwBAKA8AkygPAOYoDwCL4g4A8k0BAKgeEADDJhAAmegBAHd4EABQDg8Al/gOAOr4DgCnKhAAqIYNAHsYCwBJWxAAGGIQAEEjDgBF5Q8AFeAPAGfsDwBeIQwAqg0PAA3tDwBeIQwArYgQAE+lBwAzHg8AufgPAO0gEADi/g8Al/gOALPtDwBXWRAArYgQABDQDgBVQQsAqxcAAK2IEAArrwgAl/gOAOr4DgCnKhAAmo8MADMeDwCGahAAl/gOAHU9EADtIBAAvxgNAK2IEAA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAAAAACAAwAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAgAMAAIADAACAAwAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIAAAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAAAAIADAACAAQAAAAAAAIABAACAAAAAgAEAAAABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAAEAAA6AgEIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAABAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAABAAAOgIBCAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAAEAAA6AgEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAAEAAA6AgEIAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAABAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAACBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQDAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAABAAAOgIBCAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAABAAAOgIBCAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAABAAAOgIBCAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAABAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAAEAAA6AgEIAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAABAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQDAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAwAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAACBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAACBAQAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAABAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQDAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAwAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAgAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAIAAAAAAgABAAAGAAAIAAAAAQAQDoCAQgAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAKCAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAwAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAQAAAAAAAAAAAAAAAQAAAAQAAAAAgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQDAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAAEAAA6AgEIAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAARQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAgAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAACAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAgAAIAAAAAEAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAIGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAMAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQDAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAACAAAAAAAAAAAAgAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAACIAAAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAACAAAAAAIAAQAABgAAiAAAAAEAEA6AgUIAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAQAAAAAAAAAgQEAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQDAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACACAAAEAAA6AgEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgACAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEACAAAAAAAAAAEAAAAAAAAAAAACAAIAAAAAAAAAIAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAAIAAAAAAAAAIAAAABEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAwAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAwAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAACAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAQAADqCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAABiAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAAEAAA6AgEIAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQDAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAQAADoCAQgAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEACAAAAAAAAAAEAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACA="},"index":{"lists":[[11,12,91,93,94,95],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,68,69,71,72,73,74,75,76,77,78,79,80,81,82,86,87,88,89,91,93,94,95,99,104,105,132,135,136,138,149,150,151,154,155,156,157,158,159,167,170,180,181,185,186,189,198,199,203,207,209,210,211,212,214,216,217,219,220,223,224,225,226,240],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,41,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,64,68,69,71,72,73,74,75,76,77,78,79,80,81,82,85,86,87,88,89,91,93,94,95,99,104,105,111,132,135,136,138,149,150,151,154,155,156,157,158,159,167,170,180,181,182,185,186,189,198,199,203,207,209,210,211,212,214,216,217,219,220,223,224,225,226,229,230,231,240],[11,12,61,84,91,93,94,95,188,229,246],[11,12,91,93,94,95,123,124,125,232,233,234,235,236,237,238],[4,5,11,12,91,93,94,95],[11,12,60,62,91,93,94,95],[11,12,91,93,94,95,220,239],[8,11,12,73,91,93,94,95,104,105,130,131,220,225,226],[8,11,12,91,93,94,95,123,124,125],[8,11,12,59,66,71,74,78,79,91,93,94,95,115,123,124,125,126,143,158,159,161,165,173,175,181,183,184,185,186,197,204,205,206,213,240],[11,12,21,22,23,29,30,91,93,94,95,103,164,177,219],[11,12,91,93,94,95,127,252],[10,11,12,91,93,94,95],[1,8,11,12,14,91,93,94,95,123,124,125,152,153,166,207,211,212,240],[8,11,12,16,91,93,94,95,123,124,125,129,152,153,207,211,212,240],[8,11,12,38,91,93,94,95,123,124,125,152,153,189,207,211,212,224,240],[4,8,11,12,24,91,93,94,95,123,124,125,152,153,154,176,207,211,212,228,240],[0,2,7,8,9,11,12,27,28,31,32,88,91,93,94,95,123,124,125,146,152,153,154,160,163,189,191,207,208,211,212,215,218,221,240,241,244,247,248,251,253],[3,8,11,12,15,18,27,31,32,34,41,44,45,67,70,89,90,91,93,94,95,99,101,107,108,110,116,123,124,125,128,133,136,139,146,152,153,154,162,169,171,172,178,189,190,201,207,211,212,240,249,254],[8,11,12,91,93,94,95,123,124,125,152,153,207,211,212,240],[8,11,12,91,93,94,95,123,124,125,152,153,154,207,211,212,240],[8,11,12,13,91,93,94,95,123,124,125,152,153,207,211,212,240],[8,11,12,91,93,94,95,123,124,125,152,153,207,211,212,240,245],[8,11,12,87,91,93,94,95,123,124,125,152,153,154,207,211,212,230,240,242,243],[8,11,12,82,90,91,93,94,95,102,106,117,123,124,125,148,152,153,193,207,211,212,230,240],[8,11,12,17,41,91,93,94,95,101,109,123,124,125,138,139,152,153,168,207,211,212,240],[7,8,11,12,33,65,91,93,94,95,123,124,125,152,153,154,207,211,212,240],[8,11,12,17,47,91,93,94,95,123,124,125,138,152,153,207,211,212,240],[8,11,12,19,20,40,52,91,93,94,95,100,112,114,118,123,124,125,134,140,141,142,144,145,147,152,153,157,174,179,180,192,195,200,202,203,207,211,212,222,227,240],[8,11,12,14,55,91,92,93,94,95,123,124,125,152,153,207,211,212,240],[5,8,11,12,91,93,94,95,123,124,125,152,153,207,211,212,240],[8,11,12,17,91,93,94,95,123,124,125,152,153,207,211,212,240],[11,12,91,93,94,95,98,113,119,120,121,122,137,194,196,250],[11,12,63,91,93,94,95],[8,11,12,25,26,91,93,94,95,123,124,125,207,211,212,240],[11,12,35,91,93,94,95],[11,12,36,37,39,42,43,91,93,94,95],[11,12,46,50,51,53,91,93,94,95],[11,12,49,72,91,93,94,95],[11,12,49,91,93,94,95,96,97],[11,12,49,73,75,91,93,94,95],[11,12,49,91,93,94,95],[11,12,54,56,58,72,91,93,94,95,214],[11,12,57,91,93,94,95,156],[11,12,72,91,93,94,95,214],[11,12,73,75,81,91,93,94,95,231],[11,12,75,91,93,94,95],[11,12,80,86,91,93,94,95,214,231],[11,12,83,91,93,94,95,187],[11,12,91,93,94,95,155],[11,12,91,93,94,95,214],[11,12,91,93,94,95,231],[11,12,77,91,93,94,95,217],[11,12,77,91,93,94,95,217,229],[11,12,77,91,93,94,95,198,199,217],[4,5,11,12,77,91,93,94,95,217],[11,12,77,91,93,94,95,217,220],[8,11,12,73,77,91,93,94,95,104,105,217,220,225,226],[8,11,12,77,85,91,93,94,95,198,199,217],[8,11,12,59,64,68,69,71,74,76,77,78,79,91,93,94,95,158,159,170,181,182,185,186,198,199,217,240],[11,12,77,91,93,94,95,217,219],[1,6,8,11,12,14,77,91,93,94,95,198,199,207,209,210,211,212,217,223,240],[8,11,12,77,91,93,94,95,198,199,207,209,210,211,212,217,240],[8,11,12,38,77,91,93,94,95,189,198,199,207,209,210,211,212,217,224,240],[4,8,11,12,77,91,93,94,95,154,198,199,207,209,210,211,212,217,240],[2,7,8,11,12,77,88,91,93,94,95,154,189,198,199,207,209,210,211,212,216,217,240],[8,11,12,41,44,45,77,89,91,93,94,95,99,132,136,154,189,198,199,207,209,210,211,212,217,240],[8,11,12,77,91,93,94,95,167,198,199,207,209,210,211,212,217,240],[8,11,12,77,91,93,94,95,154,198,199,207,209,210,211,212,217,240],[8,11,12,13,77,91,93,94,95,111,198,199,207,209,210,211,212,217,240],[8,11,12,77,87,91,93,94,95,154,198,199,207,209,210,211,212,217,230,240],[8,11,12,77,82,91,93,94,95,198,199,207,209,210,211,212,217,230,240],[8,11,12,41,77,91,93,94,95,138,198,199,207,209,210,211,212,217,240],[7,8,11,12,77,91,93,94,95,154,198,199,207,209,210,211,212,217,240],[8,11,12,77,91,93,94,95,132,135,138,198,199,207,209,210,211,212,217,240],[8,11,12,52,77,91,93,94,95,132,157,180,198,199,203,207,209,210,211,212,217,240],[8,11,12,14,55,77,91,93,94,95,198,199,207,209,210,211,212,217,240],[5,8,11,12,77,91,93,94,95,198,199,207,209,210,211,212,217,240],[11,12,63,77,91,93,94,95,217],[8,11,12,77,91,93,94,95,198,199,207,211,212,217,240],[11,12,35,77,91,93,94,95,217],[11,12,36,37,39,42,43,77,91,93,94,95,217],[11,12,50,51,53,77,91,93,94,95,217],[11,12,48,49,72,77,91,93,94,95,217],[11,12,49,77,91,93,94,95,217],[11,12,49,73,75,77,91,93,94,95,217],[11,12,54,56,58,72,77,91,93,94,95,149,214,217],[11,12,57,77,91,93,94,95,156,217],[11,12,72,77,91,93,94,95,214,217],[11,12,73,75,77,81,91,93,94,95,151,217,231],[11,12,75,77,91,93,94,95,217],[11,12,77,80,86,91,93,94,95,214,217,231],[11,12,77,91,93,94,95,150,217],[11,12,77,91,93,94,95,151,217],[11,12,77,91,93,94,95,155,217],[11,12,77,91,93,94,95,214,217],[11,12,77,91,93,94,95,217,231]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,112,113,120,123],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,112,113,120,123],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,112,113,115,118,124],[5,6,12,13,65,67,68,69,75,118],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,119],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,114,117],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,116,122,124],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,121],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,112,113,123],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,120],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
function isWrapperHeadline(line) {
  if (INSTALL_HINT.test(line)) return true;
  if (line.includes("Failed to import test module")) return true;
  if (CARRIES_TRACEBACK.test(line)) return true;
  const named = HEADLINE_CLASS.exec(line);
  if (named) return WRAPPER_CLASS.test(named[1]) && CONNECTION_WORDS.test(line);
  return WRAPPER_MESSAGE.test(line);
}
var UNINFORMATIVE = /^\$ npm (?:i|install|add) |^\$ yarn add |^\$ pnpm (?:i|install|add) |^\$ pip3? install |^\$ gem install |^\$ bundle install|^\$ go get |^\+ npm (?:i|install) |^\s*\w{1,80}ClientProviderStrategy: failed with exception (?![^\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\[\d+\])?: \*\*\* |^##\[error\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \((?:failures|errors)=|^\[ERROR\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \d+ previous error|^FAIL\s*$/;
var ASSERTION_CONTEXT = /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|\bto (?:equal|match|include|contain|throw|be)\b(?! up to date\b)|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/;
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
