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
} from "./chunk-SPE2252G.js";
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
} from "./chunk-PNYMQ4I7.js";
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
var DERIVED = `{"prefilter":{"key":"rules 257\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,30,31,32,41,50,52,55,56,141,150,184,196,217,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,415,417,418,419,420,421,422,423,426,427,428,430],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,36,56,54,55,123,50,47,53,49,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":11746,"states":13259,"edges":"AAAAAAAAAAABAAAAVAAAAAIAAAA0hgAAAwAAABwOAAAEAAAATNQAAAUAAADwfgYABgAAAKAkAgAHAAAAKC4HAAgAAAB87gEACQAAAGyNAAAKAAAA3EcAAAsAAACo3AgADAAAAKySAAANAAAA9BcAAA4AAABYeQEADwAAADivAAAQAAAAZCYAABEAAADMhgEAEgAAADAJAAATAAAAXOEBABQAAAC0WgMAFQAAAPQPAgAWAAAAmBUBABcAAABM+gEAGAAAAJgRAgAZAAAA0AMCABoAAABwGwIAGwAAAPygAgAcAAAAYNwCAB0AAAAAAAAAHgAAAAQ0DQAfAAAAwAsBACAAAABsRgIAIQAAAAAAAAAiAAAAxMcBACMAAAB48wAAJAAAACg6BAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA+KUBACkAAAC0tgEAKgAAAJBcCgArAAAAcFwMACwAAAAAAAAALQAAALT1AQAuAAAAAAAAAC8AAAAESwIAMAAAAOTQAgAxAAAAMKMOADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAA2EYLAD4AAABYUQsAPwAAAIxNDgBAAAAAXHYMAEEAAAAAAAAAQgAAAAR3DABDAAAAAAAAAEQAAAB8mAwARQAAAGidDABGAAAA8IAQAEcAAACotwwASAAAAMzDDABJAAAAROUMAEoAAACY5QwASwAAAOzlDABMAAAATPgMAE0AAAA8/AwATgAAAIAqDQBPAAAA1KgNAFAAAAAoqQ0AUQAAAMCtDQBSAAAAiKIOAFMAAADcog4AVgAAAKgAAABXAAAAJOcDAFkAAACMTAkAWgAAAOBCAQBdAAAALJ0AAF8AAACg2gkAYAAAAOAmCABoAAAAOBQCAGsAAACM4gMAcQAAAFw9AACrAAAA/AAAALUAAAB0AQMAtwAAAASpCgD/AAAAKA4PAFUBAACkAQAAqgEAAPgBAAD/AQAATAIAAFQCAACgAgAAogIAAPQCAAD9AgAASAMAAFIDAACcAwAApwMAAPADAAD8AwAARAQAAFEEAACYBAAAogQAAOwEAAD6BAAAQAUAAE8FAACUBQAAlgUAAOgFAADyBQAAPAYAAEoGAACQBgAAlQYAAOQGAADxBgAAOAcAAEAHAACMBwAAnAcAAOAHAADiBwAANAgAAEIIAACICAAAmQgAAHwODwDjCAAA0A4PADIJAADY6gwAOAkAAIQJAABFCQAA7IQKAEkJAABA5gwATAkAAIxICgCLCQAA2AkAAJEJAACklgoA3QkAACwKAAA4CgAAgAoAAIMKAADUCgAA3AoAACgLAAA1CwAAfAsAAIELAADQCwAA2gsAACQMAAAsDAAAeAwAAIQMAADMDAAAhwwAAFQNAgDfDAAAIA0AAC4NAAB0DQAAdw0AAMgNAADSDQAAJA8PAB4OAACEcgAAHw4AAJynAQAhDgAAcA4AACUOAABsiwsAJg4AABxvAgAnDgAAwAcCACgOAAAwHgAAKQ4AAPzMDAAqDgAA7H4BACsOAAA8MAAALQ4AAOw3AwAwDgAAzMECADkOAAD4xwMAPA4AAADMDAB2DgAAxA4AAH8OAADgZQgAyg4AABgPAAAsDwAAbA8AAIEPAADADwAAyA8AABQQAAAeEAAAaBAAAG0QAAC8EAAAwRAAABARAAAYEQAAZBEAAHoRAAC4EQAAuhEAAAwSAAAZEgAAYBIAAHQSAAC0EgAAvBIAAAgTAAAXEwAAXBMAAG0TAACwEwAAvhMAAAQUAAAQFAAAWBQAAGUUAACsFAAAthQAAAAVAAADFQAAVBUAAFwVAACoFQAAqhUAAPwVAAANFgAAUBYAAFYWAACkFgAAsBYAAPgWAAD6FgAATBcAAFMXAACgFwAAtBcAAHgPDwD1FwAALM4OAPYXAADAMQIA+RcAAEgYAAD9FwAAUOQBAAIYAACEJwMAShgAAMTLAABLGAAAxO4HAE8YAAAsDAoAUBgAAJwYAABSGAAARD8BAFMYAAAItAcAVRgAAIzBBgBXGAAAnOwKAFkYAABIkwYAXhgAAPw3AgBhGAAAdDQGAJ0YAADwGAAAnxgAAFD+BQCiGAAAwA0LAAcZAABEGQAAXBkAAJgZAACjGQAA7BkAAAUaAABAGgAAQhoAAJQaAACuGgAA6BoAAPcaAAA8GwAAQRsAAJAbAACdGwAA5BsAAPQbAAA4HAAAQBwAAIwcAACYHAAA4BwAAO0cAAA0HQAAPh0AAIgdAACOHQAA3B0AAPAdAADMDw8ANh4AAIQeAAA6HgAAjGoMAEceAACAHQsAnx4AANgeAADkHgAALB8AADIfAACAHwAAgx8AANDJBQCIHwAA1B8AANcfAACg6gUA2x8AACggAADfHwAAkLMEAOIfAAB0lAMALSAAAHwgAACIIAAA0CAAANMgAAAkIQAALCEAAHghAACFIQAAzCEAANEhAAAgIgAAKiIAAHQiAAB8IgAAyCIAAMsiAAAcIwAAJSMAAHAjAABxIwAAxCMAAMUjAAAYJAAAHSQAAGwkAAByJAAAwCQAAMokAAAUJQAAHCUAAGglAABrJQAAvCUAAL8lAAAQJgAAISYAACAQDwBmJgAA1K4BAGkmAADQXQsAbSYAAPBeDgBwJgAAuCYAAHImAABATggA0CYAAAwnAAAPJwAAYCcAAGwnAAC0JwAAwScAAAgoAAAPKAAAXCgAAF4oAACwKAAAuSgAAAQpAAAOKQAAWCkAAGMpAACsKQAAyCkAAAAqAAAIKgAAdBAPAFkqAACoKgAAsCoAAPwqAAD9KgAAUCsAAFIrAACkKwAApysAAPgrAAD7KwAAyBAPAFEsAACgLAAApiwAAPQsAAD7LAAASC0AAFAtAACcLQAAny0AAPAtAAD5LQAARC4AAEUuAACYLgAAmS4AAOwuAAD9LgAAQC8AAE4vAACULwAAoC8AAOgvAADvLwAAHBEPAEIwAACQMAAAkjAAAOQwAAD6MAAAODEAAEAxAACMMQAAjjEAAOAxAADpMQAANDIAAD4yAACIMgAAkzIAANwyAADoMgAAMDMAAD0zAACEMwAAjjMAANgzAADmMwAALDQAADs0AACANAAAgjQAANQ0AADeNAAAKDUAADY1AAB8NQAAgTUAANA1AADdNQAAJDYAACw2AAB4NgAAfjYAAMw2AADYNgAAIDcAAD03AAB0NwAAfTcAAMg3AADWNwAAHDgAACI4AABwOAAAfDgAAMQ4AADHOAAAGDkAACA5AABsOQAAfTkAAMA5AADOOQAAFDoAAC06AABoOgAAaToAALw6AADZOgAAcBEPABU7AABkOwAAajsAALg7AADAOwAADDwAABU8AABgPAAAYzwAALQ8AADAPAAACD0AAA49AAAYEg8AeD0AALA9AAC4PQAAbBIPAAc+AABYPgAAaT4AAKw+AAC0PgAAAD8AAA4/AABUPwAAVz8AAKg/AACwPwAA/D8AAAlAAABQQAAAVUAAAKRAAACuQAAA+EAAAABBAABMQQAAWEEAAKBBAACtQQAA9EEAAPZBAABIQgAAYUIAAJxCAACtQgAA8EIAAPxCAABEQwAAS0MAAJhDAACgQwAA7EMAAPFDAABARAAATUQAAJREAACcRAAA6EQAAPJEAAA8RQAAR0UAAJBFAACcRQAA5EUAAOxFAADAEg8AREYAAIxGAACSRgAA4EYAAPtGAAA0RwAAQEcAAIhHAACORwAAFBMPAOFHAABUIgIA4kcAANThBADjRwAAkBQHAOdHAAAwSAAA6EcAAFQCCgDqRwAA7JgFAPBHAACEKwIANkgAAPRIDgA8SAAAhEgAAIpIAACAZwMAjEgAAGgTDwDkSAAALEkAADJJAACASQAAm0kAANRJAADgSQAAKEoAAC5KAAB8SgAAhEoAANBKAADWSgAAJEsAADBLAAB4SwAAlUsAAMxLAADVSwAAIEwAACxMAAB0TAAAd0wAAMhMAADSTAAAHE0AAChNAABwTQAAd00AAMRNAADMTQAAGE4AABlOAAAkYAAAG04AAGxOAAB7TgAAwE4AAMZOAAAUTwAAFk8AAGhPAAB+TwAAvE8AANpPAAAQUAAAKVAAAGRQAABmUAAAuFAAALtQAAAMUQAAGFEAAGBRAABnUQAAtFEAALxRAAAIUgAAClIAAFxSAABlUgAAsFIAALpSAAAEUwAAD1MAAFhTAABkUwAArFMAALlTAAAAVAAAClQAAFRUAABiVAAAqFQAALdUAAD8VAAA/lQAAFBVAABaVQAApFUAALJVAAD4VQAA/VUAAExWAABZVgAAoFYAALVWAAD0VgAA/FYAAEhXAABhVwAAnFcAAKVXAADwVwAA+lcAAERYAABMWAAAmFgAAKVYAADsWAAA8VgAAEBZAABIWQAAlFkAAJVZAADoWQAA6lkAADxaAAA/WgAAkFoAAJNaAAC8Ew8A6VoAADhbAAA+WwAAjFsAAJNbAADgWwAA6FsAADRcAAA4XAAAiFwAAIpcAADcXAAA31wAADBdAAA4XQAAhF0AAIVdAADYXQAA3l0AACxeAAAxXgAAgF4AAJteAADUXgAA4l4AAChfAAAvXwAAfF8AAIhfAADQXwAA118AABAUDwAmYAAAeGAAAHtgAADMYAAAz2AAAGQUDwAlYQAAdGEAAHphAADIYQAAz2EAABxiAAA6YgAAcGIAAIliAADEYgAAxmIAABhjAAAbYwAAbGMAAHhjAADAYwAAx2MAABRkAAAcZAAAaGQAAGpkAAC8ZAAAxWQAABBlAAAaZQAAZGUAAG9lAAC4ZQAAxGUAAAxmAAAZZgAAYGYAAGpmAAC0ZgAAwmYAAAhnAAAXZwAAXGcAAF5nAACwZwAAumcAAARoAAASaAAAWGgAAF1oAACsaAAAuWgAAABpAAAVaQAAVGkAAFxpAACoaQAAwWkAAPxpAAAFagAAUGoAAFpqAACkagAArGoAAPhqAAAFawAATGsAAFFrAACgawAAqGsAAPRrAAD1awAASGwAAEpsAACcbAAAn2wAAPBsAADzbAAAuBQPAEltAACYbQAAnm0AAOxtAADzbQAAQG4AAEhuAACUbgAAmG4AAOhuAADqbgAAPG8AAD9vAACQbwAAmG8AAORvAADlbwAAOHAAAD5wAACMcAAAkXAAAOBwAAD7cAAANHEAAEJxAACIcQAAj3EAANxxAADocQAAMHIAADdyAAAMFQ8Ah3IAANhyAADpcgAALHMAADRzAACkkAEASHMAAIBzAACIcwAAYBUPAONzAAAodAAALnQAAHx0AAB+dAAA0HQAAOZ0AAAkdQAAQnUAAHh1AAB7dQAAzHUAANh1AAAgdgAAJnYAAHR2AACPdgAAyHYAANR2AAAcdwAAIncAAHB3AACOdwAAxHcAANR3AAAYeAAAJngAAGx4AAByeAAAwHgAAMN4AAAUeQAAHnkAAGh5AACGeQAAvHkAANJ5AAAQegAAHHoAAGR6AABnegAAuHoAALt6AAAMewAADnsAAGB7AAB3ewAAtHsAAMB7AAAIfAAAJHwAAFx8AABkfAAAtBUPAMF8AAAEfQAAEn0AAFh9AABkfQAArH0AALl9AAAAfgAACn4AAFR+AABcfgAAqH4AAKl+AAD8fgAA/n4AAFB/AABTfwAApH8AAKd/AAAIFg8A/X8AAEyAAABSgAAAoIAAAKeAAAD0gAAA/IAAAEiBAABegQAAnIEAAKWBAADwgQAA84EAAESCAABOggAAmIIAAKCCAADsggAABYMAAECDAABMgwAAlIMAAJyDAABcFg8A8IMAADyEAAA/hAAAkIQAAJqEAADkhAAA6oQAADiFAABGhQAAjIUAAJmFAADghQAA94UAALAWDwA1hgAAqN0NADeGAAA4qwEAOoYAAChXAgA7hgAAIAYHADyGAAAU4wUAPYYAAODEAAA+hgAADDQCAEGGAAD8sw0AQ4YAAIiGAABFhgAACMkHAEqGAABoDQYAS4YAAFRODACShgAAyKoIAJeGAADchgAA6IYAADCHAAAxhwAAJKgDADOHAACEhwAAh4cAANiHAADfhwAAKIUBAOCHAAAsiAAA8IcAAJAsAQAziAAAgIgAAIyIAADUiAAA4YgAACiJAAA2iQAAfIkAAIiJAADQiQAA14kAACSKAAAsigAAeIoAAIiKAADMigAA0YoAACCLAAAmiwAAdIsAAHyLAADIiwAA0YsAAByMAAAfjAAAcIwAAHyMAADEjAAAyowAAAQXDwA3jQAAWBcPAHmNAADAjQAAwo0AAEQAAQDDjQAASHkCAMeNAADwowIAy40AANRHCwDMjQAAuMoBAM+NAACYQQsA2Y0AAERQAgDgjQAAFI4AACGOAABojgAAbY4AALyOAADAjgAAEI8AAB2PAABkjwAAbI8AALiPAABvjwAAVO0JAL+PAAAMkAAAx48AADRlAwAOkAAAYJAAAGqQAAC0kAAAtpAAAAiRAAAhkQAAXJEAAF6RAACwkQAAs5EAAASSAAAQkgAAWJIAAGCSAACsFw8AspIAAACTAAC0kgAAKNwQALuSAADAIQYAvZIAAMxyBgC/kgAArE8BAMiSAACUKQwABpMAAFjmAAAYkwAAVJMAAFaTAACokwAAYZMAAACoAABtkwAAkJkAALeTAAD8kwAAC5QAAFCUAABclAAApJQAAKeUAAD4lAAA+5QAAEyVAABklQAAoJUAAKeVAAD0lQAAAJYAAEiWAABVlgAAnJYAAKqWAADwlgAA/JYAAESXAABLlwAAmJcAALCXAADslwAA+JcAAECYAABGmAAAlJgAAJqYAADomAAA7ZgAADyZAABCmQAAVBgPAJKZAADkmQAA65kAADiaAABQmgAAjJoAAJOaAADgmgAA+ZoAADSbAABMmwAAiJsAAJSbAADcmwAA4psAADCcAAA2nAAAhJwAAImcAADYnAAA3pwAAKgYDwBFnQAAgJ0AAJGdAADUnQAA4p0AACieAAA3ngAAfJ4AAISeAADQngAA8J4AACSfAAAwnwAAeJ8AAIyfAADMnwAA1J8AACCgAAAmoAAAdKAAAICgAADIoAAA0qAAAByhAAAioQAAcKEAAH6hAADEoQAA0KEAABiiAAAzogAAbKIAAG6iAADAogAA0aIAABSjAAAcowAAaKMAAHajAAC8owAAv6MAABCkAAAYpAAAZKQAAHGkAAC4pAAAvaQAAAylAAAWpQAAYKUAAGilAAC0pQAAtqUAAAimAAAZpgAAXKYAAG2mAACwpgAAtaYAAASnAAAIpwAAWKcAAGSnAACspwAAs6cAAPwYDwAFqAAAVKgAAF6oAACoqAAAwKgAAPyoAAD/qAAAUKkAAFmpAACkqQAApakAAPipAAD5qQAATKoAAFGqAACgqgAApqoAAPSqAAD+qgAASKsAAFSrAACcqwAAo6sAAPCrAAAIrAAARKwAAEasAACYrAAAoawAAOysAAD2rAAAQK0AAEutAACUrQAArK0AAOitAAD+rQAAPK4AAEGuAACQrgAAl64AAOSuAADwrgAAUBkPADqvAAA8pgIAPa8AAOy9AQBBrwAAxPYFAEOvAADUgQcASa8AAIyvAACOrwAAAGECAJqvAADgrwAA7K8AADSwAADvrwAAjPwHAEGwAACIsAAAkrAAANywAADdsAAAbL4OAOSwAAAwsQAAN7EAAISxAABLsQAA1JkBAImxAADYsQAA5LEAACyyAAAvsgAAgLIAAIiyAADUsgAA4bIAACizAAAtswAAfLMAAIazAADQswAA2LMAACS0AAAntAAAeLQAAIG0AADMtAAAzbQAACC1AAAhtQAAdLUAAHm1AADItQAAzrUAABy2AAAmtgAAcLYAAHi2AADEtgAAxrYAABi3AAAhtwAAbLcAAHa3AADAtwAAy7cAABS4AAAguAAAaLgAAHW4AAC8uAAAxrgAABC5AAAeuQAAZLkAAHO5AAC4uQAAurkAAAy6AAAWugAAYLoAAG66AAC0ugAAuboAAAi7AAAVuwAAXLsAAGS7AACwuwAAsbsAAAS8AAAKvAAAWLwAAF28AACsvAAAtrwAAAC9AAAFvQAAVL0AAGO9AACovQAArb0AAPy9AAANvgAAUL4AAFi+AACkvgAAqr4AAPi+AAAEvwAATL8AAGm/AACgvwAAqb8AAPS/AAAAwAAASMAAAEvAAACcwAAApsAAAPDAAAD8wAAARMEAAEvBAACYwQAAoMEAAOzBAAAFwgAAQMIAAFTCAACUwgAAnMIAAOjCAADrwgAAPMMAAEjDAACQwwAAlsMAAOTDAAD/wwAAOMQAAETEAACMxAAAksQAAKQZDwDqxAAANMUAAD/FAACIxQAAkMUAAOzWAACUxQAA3MUAAOnFAAAwxgAAOsYAAITGAACSxgAA2MYAAOfGAAAsxwAALscAAIDHAACKxwAA1McAAOLHAAAoyAAALcgAAHzIAACJyAAA0MgAANjIAAAkyQAAJckAAHjJAAAoyQAAoGcBADTJAAAIjQEAickAAMzJAADVyQAAIMoAADfKAAB0ygAAgsoAAMjKAADVygAAHMsAACTLAABwywAAj8sAAPgZDwDNywAAGMwAACLMAABszAAAd8wAAEwaDwDCzAAAFM0AAB3NAABozQAAcs0AALzNAADHzQAAEM4AABzOAABkzgAAcc4AALjOAADCzgAADM8AABrPAABgzwAAb88AALTPAAC2zwAACNAAABLQAABc0AAAatAAALDQAAC10AAABNEAABHRAABY0QAAYNEAAKzRAACy0QAAANIAAAzSAABU0gAAcdIAAKjSAACx0gAA/NIAAArTAABQ0wAAVtMAAKTTAACw0wAA+NMAAP/TAACgGg8ATtQAAEwPAgBS1AAAoNQAAKXUAAD01AAArtQAAIhMBAAB1QAASNUAAF/VAACc1QAAndUAAPDVAADy1QAARNYAAEfWAACY1gAAm9YAAPQaDwAN1wAAQNcAAEHXAACU1wAAltcAAOjXAADr1wAAPNgAAD/YAABIGw8AldgAAOTYAADq2AAAONkAAD/ZAACM2QAArtkAAODZAADo2QAANNoAAEPaAACI2gAAitoAANzaAADt2gAAMNsAAEHbAACE2wAAkNsAANjbAADf2wAALNwAADTcAACA3AAAhNwAANTcAADi3AAAKN0AADLdAAB83QAAh90AANDdAADV3QAAJN4AAC3eAAB43gAAgt4AAMzeAADU3gAAIN8AACLfAAB03wAAgd8AAMjfAADc3wAAHOAAACTgAABw4AAAceAAAMTgAADG4AAAGOEAABvhAABs4QAAb+EAAJwbDwDF4QAAFOIAABriAABo4gAAb+IAALziAADE4gAAEOMAAB/jAABk4wAAaeMAALjjAADF4wAADOQAABzkAABg5AAAbuQAALTkAADL5AAACOUAABHlAABc5QAAYuUAALDlAAC85QAABOYAAAvmAADwGw8AXeYAAHzAAgBg5gAArOYAAGXmAADwMwkAu+YAAADnAAAR5wAAVOcAAGLnAACo5wAAtOcAAPznAAAJ6AAAUOgAAFroAACk6AAArOgAAPjoAAD76AAATOkAAFjpAACg6QAArekAAPTpAAD+6QAASOoAAFDqAACc6gAAnuoAAPDqAAD56gAAROsAAE7rAACY6wAAo+sAAOzrAAAB7AAAQOwAAEjsAACU7AAArewAAOjsAADx7AAAPO0AAEbtAACQ7QAAmO0AAOTtAADx7QAAOO4AAD3uAACM7gAAlO4AAODuAADh7gAANO8AADbvAACI7wAAi+8AANzvAADf7wAARBwPADXwAACE8AAAivAAANjwAADf8AAALPEAADTxAACA8QAAjvEAANTxAADX8QAAKPIAADDyAAB88gAAf/IAANDyAADc8gAAJPMAAC7zAACYHA8AefMAADDADAB68wAAzPMAAHvzAAC0ZAsAgvMAAHzCDACD8wAANLUEAIfzAACc+wEAiPMAADwZCwCc8wAAZN8BANXzAAAg9AAAKvQAAHT0AAB/9AAAyPQAANT0AAAc9QAAKfUAAHD1AAB69QAAxPUAANL1AAAY9gAAJ/YAAGz2AABu9gAAwPYAAMr2AAAU9wAAIvcAAGj3AABt9wAAvPcAAMn3AAAQ+AAAIPgAAGT4AABm+AAAuPgAAMb4AAAM+QAAHfkAAOwcDwBn+QAAQB0PALz5AACUHQ8AEfoAAFz6AABm+gAAsPoAALv6AAAE+wAAEPsAAFj7AABl+wAArPsAALb7AAAA/AAADvwAAFT8AABj/AAAqPwAAKr8AAD8/AAABv0AAFD9AABe/QAApP0AAKn9AAD4/QAABf4AAEz+AABU/gAAoP4AALD+AAD0/gAA9v4AAEj/AABW/wAAnP8AAK3/AADoHQ8A9/8AADweDwBdAAEAmAABAKkAAQDsAAEA+AABAEABAQBIAQEAkB4PAJkBAQDoAQEA8AEBADwCAQA+AgEAkAIBAEECAQBI/AYASwIBAHCmBACZAgEA5AIBAJ8CAQBAdAkA7gIBADgDAQBDAwEAjAMBAJgDAQDgAwEA7QMBADQEAQA+BAEAiAQBAJYEAQDcBAEA6wQBADAFAQAyBQEAhAUBAI4FAQDYBQEA5AUBACwGAQA0BgEA5B4PAIMGAQDUBgEA4gYBACgHAQA1BwEAfAcBAJMHAQDQBwEA2AcBACQIAQA6CAEAeAgBAIQIAQDMCAEA2wgBACAJAQArCQEAdAkBAHYJAQDICQEA1QkBABwKAQAqCgEAcAoBAHMKAQDECgEA2goBABgLAQAgCwEAbAsBAH4LAQA4Hw8AzQsBACDyCwDPCwEAFAwBABkMAQBoDAEAbwwBALwMAQDIDAEAEA0BAB0NAQBkDQEAZg0BALgNAQDODQEADA4BABgOAQBgDgEAfw4BALQOAQDQDgEACA8BABAPAQCMHw8AXg8BALAPAQC5DwEABBABAA4QAQBYEAEAYxABAKwQAQC4EAEAABEBAA0RAQBUEQEAXhEBAKgRAQC2EQEA/BEBAAsSAQBQEgEAUhIBAKQSAQCuEgEA+BIBAAYTAQBMEwEAURMBAKATAQCtEwEA9BMBAAQUAQBIFAEAShQBAJwUAQCqFAEA8BQBAAEVAQDgHw8ASxUBADQgDwCaFQEAIA4FAJ0VAQDsFQEAoRUBAITCAQCkFQEAqDgHAKYVAQAgnAEArBUBAIB4BADzFQEAbGUKAPkVAQBAFgEAVxYBAJQWAQCZFgEA6BYBAOsWAQA8FwEA8hYBALDRBQAEFwEAMNwFAEEXAQCc1gUASBcBAJAXAQCWFwEAtCMBAJ8XAQDkFwEA7RcBADgYAQA+GAEAjBgBAJoYAQDgGAEA6hgBADQZAQBIGQEAiBkBAJQZAQDcGQEA7xkBADAaAQA/GgEAhBoBAJAaAQDYGgEA2RoBACwbAQA2GwEAgBsBAI4bAQDUGwEA2RsBACgcAQA1HAEA3CAPAI8cAQDQHAEA3xwBACQdAQAwHQEAeB0BAHkdAQDMHQEA1h0BACAeAQAuHgEAdB4BAHkeAQDIHgEA1R4BANghDwAeHwEAcB8BAHkfAQDEHwEAzh8BABggAQAjIAEAbCABAHggAQDAIAEAzSABABQhAQAeIQEAaCEBAHYhAQC8IQEAyyEBABAiAQASIgEAZCIBAG4iAQC4IgEAxiIBAAwjAQAZIwEAYCMBAHcjAQAsIg8AzyMBAAgkAQAUJAEAXCQBAGIkAQCwJAEAvCQBAAQlAQAKJQEAWCUBAF4lAQCsJQEAsSUBAAAmAQAGJgEAgCIPAF0mAQCoJgEAsiYBAPwmAQAHJwEAUCcBAFwnAQCkJwEAsScBAPgnAQACKAEATCgBAFooAQCgKAEArygBAPQoAQD2KAEASCkBAFIpAQCcKQEAqikBAPApAQD1KQEARCoBAFEqAQCYKgEAoCoBAOwqAQD8KgEAQCsBAEIrAQCUKwEAoisBAOgrAQD5KwEAfCMPAEMsAQDQIw8AliwBAOQsAQDwLAEAOC0BAEgtAQCMLQEAlS0BAOAtAQDjLQEANC4BAEAuAQCILgEAjy4BANwuAQDkLgEAMC8BAE4vAQCELwEAjC8BANgvAQDpLwEALDABADEwAQCAMAEAlzABANQwAQDiMAEAKDEBADUxAQB8MQEAhDEBANAxAQDUMQEAJDIBACYyAQB4MgEAezIBAMwyAQDUMgEAIDMBACYzAQB0MwEAgDMBAMgzAQDYMwEAHDQBACU0AQBwNAEAczQBAMQ0AQDQNAEAGDUBAB81AQAkJA8AdTUBAMA1AQDDNQEAFDYBACI2AQBoNgEAdTYBALw2AQDTNgEAEDcBABg3AQBkNwEAZjcBALg3AQDBNwEADDgBABY4AQBgOAEAazgBALQ4AQDAOAEACDkBABU5AQBcOQEAZjkBALA5AQC+OQEABDoBABM6AQBYOgEAWjoBAKw6AQC2OgEAADsBAA47AQBUOwEAWTsBAKg7AQC1OwEA/DsBAAQ8AQBQPAEAZjwBAKQ8AQCwPAEA+DwBAAc9AQBMPQEAVz0BAKA9AQCiPQEA9D0BAAE+AQBIPgEAVj4BAJw+AQCfPgEA8D4BAAY/AQB4JA8ATD8BABwGAgBSPwEAXHQCAFw/AQCYPwEAmj8BAOw/AQD9PwEAQEABAFFAAQCUQAEAmUABAOhAAQDsQAEAPEEBAEhBAQCQQQEAl0EBAORBAQDsQQEAOEIBAFZCAQCMQgEAlEIBAMwkDwDlQgEANEMBADVDAQDU1gwAQ0MBAOCDCwBNQwEAiEMBAIpDAQDcQwEA9UMBADBEAQBBRAEAhEQBAJBEAQDYRAEA2kQBACxFAQA1RQEAgEUBADtFAQAUSwEAikUBANRFAQDfRQEAKEYBADRGAQB8RgEAiUYBANBGAQDaRgEAJEcBADJHAQB4RwEAh0cBAMxHAQDORwEAIEgBACpIAQB0SAEAgkgBAMhIAQDNSAEAHEkBAClJAQBwSQEAfEkBAMRJAQDKSQEAGEoBAB5KAQBsSgEAcUoBAMBKAQDGSgEAICUPACNLAQBoSwEAdEsBALxLAQC/SwEAEEwBABNMAQBkTAEAa0wBALhMAQDETAEADE0BABlNAQBgTQEAbk0BALRNAQDATQEACE4BAA9OAQB0JQ8AYk4BALBOAQC2TgEABE8BAAlPAQBYTwEAXk8BAMglDwCtTwEAIPABALZPAQDsAgsAuE8BAMT8DgC6TwEA1IYLALtPAQAAUAEADFABAFRQAQBVUAEAqFABAGBQAQCUlgsAslABAPxQAQAKUQEAUFEBAFVRAQCkUQEAsVEBABwmDwD6UQEACFALAAZSAQCQQwsAG1IBAHAmDwByUgEAoFIBAMdSAQD0UgEAGFMBAEhTAQBQUwEAxCYPAKhTAQDwUwEA8lMBAERUAQBHVAEAmFQBAJ1UAQDsVAEA+VQBAEBVAQBcVQEAlFUBAJxVAQAYJw8A8VUBADxWAQD1VQEAFGABAD9WAQCQVgEAnFYBAORWAQDqVgEAOFcBAEVXAQCMVwEAjlcBAOBXAQD2VwEANFgBAEBYAQCIWAEAkFgBAGwnDwDiWAEAMFkBADhZAQCEWQEAhVkBANhZAQDaWQEALFoBAC9aAQCAWgEAg1oBAMAnDwDZWgEAKFsBAC5bAQB8WwEAg1sBANBbAQDYWwEAJFwBADFcAQB4XAEAfVwBAMxcAQDWXAEAIF0BAChdAQB0XQEAdl0BAMhdAQDZXQEAHF4BAC1eAQBwXgEAdV4BAMReAQDIXgEAGF8BACRfAQBsXwEAc18BAMBfAQDSXwEAFCgPABlgAQBoYAEAcGABALxgAQC+YAEAEGEBAB9hAQBkYQEAc2EBALhhAQDEYQEADGIBAA9iAQBgYgEAY2IBALRiAQC8YgEACGMBABJjAQBcYwEAYWMBALBjAQC4YwEABGQBAA5kAQBYZAEAY2QBAKxkAQC6ZAEAAGUBAANlAQBUZQEAXGUBAKhlAQDDZQEA/GUBAAdmAQBQZgEAVWYBAKRmAQCnZgEA+GYBAAJnAQBMZwEAXmcBAGgoDwCuZwEA9GcBAP5nAQBIaAEAU2gBAJxoAQCkaAEA8GgBAPZoAQBEaQEARmkBAJhpAQCxaQEA7GkBAAVqAQBAagEATmoBAJRqAQCeagEA6GoBAP5qAQA8awEAWWsBAJBrAQCYawEA5GsBAPRrAQA4bAEAOmwBAIxsAQCabAEA4GwBAPFsAQC8KA8AO20BABApDwCJbQEA3G0BAO1tAQAwbgEAPG4BAIRuAQCGbgEA2G4BANtuAQAsbwEAOG8BAIBvAQCIbwEAuCkPAN9vAQAocAEANHABAHxwAQCLcAEA0HABAPBwAQAkcQEALHEBAHhxAQCMcQEAzHEBANFxAQAgcgEAKXIBAHRyAQB6cgEAyHIBANByAQAccwEAK3MBAHBzAQB1cwEAxHMBANFzAQAYdAEAJXQBAGx0AQB4dAEAwHQBAM90AQAUdQEAHnUBAGh1AQB2dQEAvHUBAMF1AQAQdgEAHXYBAGR2AQBsdgEAuHYBALt2AQAMdwEAGHcBAGB3AQBqdwEAtHcBAL53AQAIeAEAFngBAFx4AQBpeAEAsHgBAMd4AQAEeQEAB3kBAAwqDwBbeQEAeL0DAGJ5AQD4gAUAZXkBAKx5AQBoeQEA0MYLAGl5AQDQgQIAbnkBALgWBACzeQEAuEgCALZ5AQAkPwMAu3kBAESiDQDHeQEAAHoBAAJ6AQBUegEAZXoBAKh6AQC2egEA/HoBAAN7AQBQewEAUnsBAKR7AQBVewEA7GUCAFh7AQA0lwEAs3sBAPh7AQAHfAEATHwBAFh8AQCgfAEAo3wBAPR8AQD3fAEASH0BAGh9AQCcfQEAqH0BAPB9AQAEfgEARH4BAFJ+AQCYfgEAn34BAGAqDwADfwEAQH8BAEJ/AQBoIwsAQ38BAGwiCwBNfwEAlH8BAJZ/AQDofwEA8n8BADyAAQD5fwEABCcLAEWAAQCQgAEAloABAOSAAQDwgAEAOIEBAD+BAQCMgQEAkYEBAOCBAQDsgQEANIIBADeCAQCIggEAlYIBANyCAQDhggEAMIMBADqDAQCEgwEAmoMBANiDAQDagwEALIQBADaEAQCAhAEAj4QBANSEAQDfhAEAtCoPADSFAQB8hQEAiYUBANCFAQDehQEAJIYBADCGAQB4hgEAf4YBAAgrDwDRhgEAIIcBANiGAQCEZA4A2oYBAPgbBAAihwEArIYDACWHAQBMGQoAN4cBAHSHAQCChwEAyIcBANWHAQAciAEAJIgBAHCIAQB6iAEAsPcGAICIAQDEiAEAxogBABiJAQAmiQEAbIkBAH2JAQBcKw8Ax4kBALArDwAZigEAaIoBAG6KAQC8igEAxIoBABCLAQAZiwEAZIsBAGeLAQC4iwEAxIsBAAyMAQASjAEAYIwBAGiMAQC0jAEA04wBAFgsDwAKjQEAXI0BAGqNAQCwjQEAwY0BAKwsDwALjgEAAC0PAF2OAQCsjgEAso4BAACPAQAIjwEAVI8BAF2PAQCojwEAq48BAPyPAQAIkAEAUJABAFaQAQCoLQ8AppABAPiQAQABkQEATJEBAFaRAQCgkQEAq5EBAPSRAQAAkgEASJIBAFWSAQCckgEAppIBAPCSAQD+kgEARJMBAFOTAQCYkwEAmpMBAOyTAQD2kwEAQJQBAE6UAQCUlAEAmZQBAOiUAQD1lAEAPJUBAESVAQCQlQEAoJUBAOSVAQDmlQEAOJYBAEaWAQCMlgEAnZYBAPwtDwDnlgEAUC4PAD2XAQCIlwEAi5cBANyXAQDolwEAMJgBADaYAQCEmAEAkZgBANiYAQDamAEALJkBAEKZAQCAmQEAjJkBAKQuDwDgmQEAKJoBAC6aAQB8mgEAf5oBANCaAQDemgEAJJsBACmbAQB4mwEAhZsBAMybAQDUmwEA+C4PAC2cAQB0nAEAgpwBAMicAQDenAEAHJ0BACWdAQBwnQEAhp0BAMSdAQDMnQEAGJ4BABueAQBsngEAdZ4BAMCeAQDBngEAFJ8BABWfAQBonwEAbZ8BALyfAQDCnwEAEKABABqgAQBkoAEAcKABALigAQC/oAEADKEBABShAQBgoQEAYqEBALShAQC1oQEACKIBABaiAQBcogEAZKIBALCiAQDLogEABKMBABCjAQBYowEAXqMBAKyjAQCvowEAAKQBAA6kAQBUpAEAWaQBAKikAQC1pAEA/KQBAASlAQBQpQEAXqUBAKSlAQCnpQEATC8PAPulAQBMpgEA/KUBAFgFCQAEpgEARPUIAAamAQDYaA0AC6YBACiUDQBPpgEAoKYBALGmAQD0pgEAEKcBAEinAQBQpwEAoC8PAK2nAQDwpwEA+KcBAESoAQBKqAEAmKgBAJ2oAQDsqAEA9agBAECpAQBKqQEAlKkBAKKpAQDoqQEA9akBADyqAQBIqgEAkKoBAJOqAQDkqgEAAKsBAPQvDwA7qwEAjKsBAEyrAQBs/wMAmKsBAOCrAQDmqwEANKwBAD6sAQBIMA8AjawBANysAQDprAEAMK0BADitAQDUNw8APK0BAIStAQBArQEAFLQBAEytAQBAKQwAiq0BANitAQDerQEALK4BADGuAQCArgEAhq4BAJwwDwDergEAZCQLAOKuAQAorwEAOa8BAPAwDwCDrwEARDEPANivAQCYMQ8AMrABAHiwAQB/sAEAzLABANSwAQAgsQEALbEBAHSxAQB5sQEAyLEBANKxAQAcsgEAJLIBAHCyAQB2sgEAxLIBAMayAQAYswEAJrMBAGyzAQBvswEAwLMBAMyzAQDsMQ8AFrQBAGi0AQB2tAEAvLQBAM20AQBAMg8AF7UBAJQyDwBqtQEAuLUBAL61AQAMtgEAEbYBAGC2AQBmtgEA6DIPALa2AQAItwEAvbYBAJg5DQDAtgEAqEAFACO3AQBctwEAXrcBALC3AQDKtwEABLgBABG4AQBICQkAFbgBAFi4AQBauAEArLgBALm4AQAAuQEAF7kBAFS5AQBuuQEAqLkBAKq5AQD8uQEArrkBAFQ5DAD/uQEAULoBAFO6AQCkugEAsLoBAPi6AQD+ugEATLsBAFa7AQA8Mw8ApbsBAPS7AQABvAEASLwBAFS8AQCcvAEAorwBAPC8AQD2vAEARL0BAEm9AQCYvQEAnr0BAJAzDwDzvQEAtMUNAPW9AQBEtQMA+b0BAMyXAgD9vQEASGYMAAK+AQBAvgEAQb4BAJS+AQBWvgEAvJMEAJa+AQDovgEAor4BAKTLAgDuvgEAPL8BAEq/AQCQvwEAk78BAOS/AQDpvwEAOMABAEXAAQCMwAEAnMABAODAAQDiwAEANMEBAELBAQCIwQEAmcEBAOQzDwDiwQEAMMIBADzCAQA4NA8AlcIBANjCAQDiwgEALMMBADrDAQCAwwEAgcMBANTDAQDlwwEAKMQBADTEAQB8xAEAjMQBANDEAQDSxAEAJMUBADLFAQB4xQEAicUBAIw0DwDSxQEAIMYBACzGAQDgNA8AesYBAMjGAQDOxgEAHMcBACHHAQBwxwEAdscBAIg1DwDMxwEAGMgBACLIAQAQhQ0AMcgBAGzIAQB1yAEAwMgBAMrIAQAUyQEAHMkBAGjJAQBsyQEAvMkBAL7JAQAQygEAE8oBAGTKAQCAygEA3DUPAMvKAQAMywEADcsBAGDLAQBsywEAtMsBAMPLAQAIzAEAEswBAFzMAQBozAEAsMwBALfMAQAwNg8ACs0BAFi6CwAXzQEAWM0BAGfNAQCszQEAuM0BAADOAQABzgEAVM4BAF7OAQCozgEAts4BAPzOAQABzwEAUM8BAF3PAQDYNg8ArM8BAPjPAQAE0AEATNABAF/QAQCg0AEAodABAPTQAQAA0QEASNEBAFfRAQCc0QEAptEBAPDRAQD80QEARNIBAEvSAQAsNw8AqdIBAOzSAQD40gEAQNMBAFDTAQCU0wEAntMBAOjTAQDw0wEAPNQBAGfUAQCQ1AEAaNQBACjZAQC71AEA5NQBAOzUAQA41QEAPtUBAIzVAQCa1QEA4NUBAPfVAQA01gEAP9YBAIjWAQCS1gEA3NYBAAbXAQAw1wEAONcBAITXAQCU1wEA2NcBANrXAQAs2AEAOtgBAIDYAQCR2AEAKDgPANvYAQB8OA8AU9kBAHzZAQCE2QEA0NkBANbZAQAk2gEAMtoBAHjaAQCP2gEAzNoBANfaAQAg2wEAKtsBAHTbAQCe2wEAyNsBANDbAQAc3AEALNwBAHDcAQBy3AEAxNwBANLcAQAY3QEAKd0BANA4DwBz3QEAJDkPAMLdAQAU3gEAIt4BAGjeAQB53gEAeDkPAMPeAQDMOQ8AGN8BACA6DwBs3wEAdDoPALrfAQAM4AEAGuABAGDgAQBx4AEAyDoPALrgAQAI4QEAFOEBABw7DwBl4QEAsOEBAL3hAQAE4gEAEuIBAFjiAQBi4gEArOIBAMbiAQAA4wEAA+MBAFTjAQBb4wEAqOMBAMjjAQD84wEAFuQBAHA7DwBd5AEApOQBAGHkAQBEOwIAZuQBAOSRAgCy5AEA+OQBAALlAQBM5QEAZuUBAKDlAQCw5QEA9OUBAPrlAQBI5gEASuYBAJzmAQCy5gEA8OYBAPzmAQBE5wEASOcBAJjnAQCd5wEA7OcBAPLnAQBA6AEAYOgBAJToAQCu6AEA6OgBAOroAQA86QEAP+kBAJDpAQCT6QEA5OkBAPDpAQA46gEAPuoBAIzqAQCW6gEAxDsPAOXqAQA06wEAQesBAIjrAQCU6wEA3OsBAO/rAQAw7AEAP+wBAITsAQCQ7AEA2OwBANnsAQAs7QEANu0BAIDtAQCO7QEA1O0BANntAQAo7gEANe4BABg8DwB97gEAbKQKAH7uAQBsYQsAf+4BAAiPCwCB7gEAlLgNAILuAQAMxAgAg+4BAFRSCwCG7gEAwHIMAIfuAQBAVwsAiO4BABhQCgCJ7gEArP0KAIruAQBszgoAi+4BAOwFBQCM7gEA0O4BAJTuAQCIcBAAlu4BAEAQDQCY7gEAUEcOAJ/uAQAonRAAp+4BABAcDQC97gEAsHYMAMLuAQBwixAA0u4BACTvAQDh7gEACN8MADLvAQB47wEAie8BAGw8DwDT7wEAwDwPACzwAQB08AEAg/ABAMjwAQDS8AEAHPEBACjxAQBw8QEAP/EBAPTODAB38QEAaD0PAMbxAQAY8gEAKfIBAGzyAQB18gEAwPIBAMzyAQAU8wEAF/MBAGjzAQBw8wEAvPMBAMbzAQAQ9AEAFfQBAGT0AQBs9AEAuPQBANH0AQAM9QEAGPUBAGD1AQBo9QEAED4PALz1AQBkPg8AC/YBAFz2AQBf9gEAsPYBALz2AQAE9wEACvcBAFj3AQBi9wEAuD4PALH3AQAA+AEADfgBAFT4AQBc+AEADD8PAK74AQD8+AEAAvkBAFD5AQBV+QEApPkBAKr5AQBgPw8AAPoBALQ/DwBO+gEAEP4JAFH6AQCg+gEAWPoBAIS3CQCq+gEA9PoBAK/6AQD4twcA/PoBADzBCwAQ+wEASPsBAFD7AQAIQA8AofsBAPD7AQAG/AEARPwBAEX8AQCY/AEAmvwBAOz8AQDy/AEAQP0BAEz9AQCU/QEAm/0BAOj9AQDw/QEAPP4BAEX+AQCQ/gEAk/4BAOT+AQDy/gEAOP8BAEX/AQCM/wEAo/8BAOD/AQDo/wEANAACAEAAAgAwAQIAXwACAIgAAgCzAAIA3AACAAABAgBcQA8ATQECAIQBAgCNAQIAgAICAJUBAgDYAQIABgICACwCAgBQAgIAsEAPAIICAgDUAgIA5QICACgDAgBWAwIAfAMCAKADAgAEQQ8A1gMCAPwSBgDZAwIAJAQCANwDAgDkzg0ALgQCAHgEAgAxBAIA3BoGADIEAgBghg0AgAQCAMwEAgDQBAIAIAUCACIFAgB0BQIAdwUCAMgFAgDkBQIAWEEPACEGAgAQOQsAJgYCADysCwAoBgIAcAYCACwGAgA8RwoAjQYCAMQGAgDNBgIAGAcCABoHAgBsBwIAfQcCAKxBDwDFBwIAFAgCAB0IAgBoCAIAeQgCALwIAgDDCAIAEAkCABgJAgBkCQIAKgkCAOApAgBxCQIADAoCAHMJAgBcCwIAfQkCALgJAgDECQIAAEIPABEKAgBgCgIAagoCALQKAgC8CgIAVEIPABQLAgCoQg8AYQsCALALAgC9CwIABAwCAA4MAgBYDAIAWgwCAKwMAgC6DAIAAA0CAA0NAgD8Qg8AWQ0CAKgNAgC1DQIA/A0CAAYOAgBQDgIAUg4CAKQOAgCyDgIA+A4CAAUPAgBQQw8ATw8CAKBhDQBSDwIAeKoNAFkPAgCgDwIAqg8CAKRDDwD8DwIASBACAEoQAgCMpQ0AVRACAKTtBABfEAIAnBACAGEQAgBobQMAoRACAPAQAgD6EAIARBECAEwRAgD4Qw8AohECAOwRAgD4EQIAQBICAEMSAgCUEgIAnhICAOgSAgACEwIAPBMCAFMTAgCQEwIAlRMCAOQTAgAAFAIATEQPAEIUAgCMFAIASRQCAIhqBwCYFAIA4BQCAOMUAgA0FQIAPhUCAIgVAgCiFQIA3BUCAOIVAgAwFgIAMhYCAIQWAgCSFgIA2BYCANsWAgAsFwIAOBcCAIAXAgCDFwIA1BcCAPcXAgCgRA8AKhgCAHwYAgCKGAIA0BgCANMYAgAkGQIAMBkCAHgZAgB7GQIA9EQPANcZAgAgGgIAJhoCAHQaAgB5GgIAyBoCAMwaAgAcGwIAHxsCAEhFDwBxGwIARFIMAHMbAgBANg4AdhsCAMQbAgB5GwIACC8OAHobAgBcIAIAfBsCAAAcDgB+GwIAdBQOAH8bAgCQIg4AgBsCAHA/DgCHGwIAaDgLAIobAgDsDw0A0BsCABgcAgBBHAIAbBwCAHgcAgDAHAIAzxwCABQdAgAeHQIAaB0CAGsdAgC8HQIA1h0CABAeAgAaHgIAZB4CAGkeAgC4HgIAwh4CAAwfAgAXHwIAYB8CAGYfAgC0HwIAuR8CAAggAgAMIAIAnEUPAGEgAgCwIAIAaiACAHQpDgC6IAIABCECAA8hAgBYIQIAXiECAKwhAgCxIQIAACICAAQiAgDwRQ8AWSICAAizAgBbIgIAqMwMAFwiAgDIswsAXiICAMCYDQBuIgIAqCICALIiAgD8IgIAByMCAFAjAgBWIwIApCMCAKkjAgD4IwIA/CMCAEwkAgBvJAIAREYPAKIkAgD0JAIAoyQCAOwXCwClJAIAfJMIAKkkAgCUxAoArCQCANAtAgCuJAIAfKkNAAElAgDcVAIAAiUCAEglAgBLJQIAnCUCAKglAgDwJQIACCYCAEQmAgBQJgIAmCYCAJ4mAgDsJgIA8iYCAEAnAgBFJwIAlCcCAJonAgCYRg8A8icCADwoAgBHKAIAkCgCAJYoAgDkKAIA6SgCADgpAgA8KQIAjCkCAI8pAgDsRg8A6ikCADQqAgA/KgIAiCoCAI4qAgDcKgIA4SoCADArAgA0KwIAQEcPAIUrAgDYKwIA5CsCACwsAgA4LAIAgCwCAIYsAgDULAIA2iwCACgtAgAtLQIAfC0CAIItAgCURw8A0i0CAHgiBQDXLQIA5DEFAN8tAgCAawIA4C0CACQuAgAwLgIAeC4CAH4uAgDMLgIA2C4CACAvAgAtLwIAdC8CAIMvAgDILwIA1C8CABwwAgAoMAIAcDACAHYwAgDEMAIAyjACABgxAgAdMQIAbDECAHIxAgDoRw8AyjECAPTiBwDWMQIAFDICANkxAgBEywgAIDICAGgyAgBwMgIAIAwQAHQyAgC8MgIAwjICABAzAgAWMwIAZDMCAGkzAgC4MwIAvjMCADxIDwAUNAIAOG8QABY0AgBgNAIAZjQCALQ0AgBsNAIA9AsDAMI0AgAINQIAITUCAFw1AgBlNQIAsDUCALo1AgAENgIAEDYCAFg2AgBkNgIArDYCALI2AgAANwIABjcCAFQ3AgBZNwIAqDcCAK43AgCQSA8ACDgCAFA4AgBaOAIApDgCAK84AgD4OAIA/TgCAEw5AgBTOQIAoDkCAKw5AgD0OQIA+jkCAEg6AgBOOgIAnDoCAKE6AgDwOgIA9joCAORIDwBVOwIAmDsCAJk7AgDsOwIAnjsCANhAAgDxOwIAQDwCAE48AgCUPAIAoTwCAOg8AgDyPAIAPD0CAEg9AgCQPQIAlj0CAOQ9AgDwPQIAOD4CAEs+AgCMPgIAmz4CAOA+AgDsPgIAND8CADU/AgCIPwIAkj8CANw/AgDqPwIAMEACADVAAgCEQAIAkUACADhJDwDkQAIALEECADxBAgCAQQIAjEECANRBAgDaQQIAKEICADRCAgB8QgIAiUICANBCAgDfQgIAJEMCADBDAgB4QwIAhEMCAMxDAgDfQwIAIEQCAC9EAgB0RAIAgEQCAMhEAgDJRAIAHEUCACZFAgBwRQIAfkUCAMRFAgDJRQIAGEYCACVGAgCMSQ8AbkYCAGA5BgB4RgIAwEYCAHlGAgCwrAkAekYCAFApCwDURgIAFEcCACBHAgBoRwIAbkcCALxHAgDCRwIAEEgCABVIAgBkSAIAakgCAOBJDwDESAIADEkCABlJAgDAxAIAH0kCAGBJAgBlSQIAxFoCAGhJAgBgBgMAbEkCALRJAgC6SQIACEoCAA5KAgBcSgIAYUoCALBKAgC2SgIANEoPABBLAgBYSwIAXksCAKxLAgCxSwIAAEwCAAdMAgBUTAIAYkwCAKhMAgDDTAIA/EwCAApNAgBQTQIAU00CAKRNAgCyTQIA+E0CAP1NAgBMTgIAWU4CAKBOAgCsTgIA9E4CAPpOAgBITwIATk8CAJxPAgChTwIA8E8CAPZPAgCISg8ASVACAJhQAgChUAIA7FACAPlQAgBAUQIAR1ECAJRRAgClUQIA6FECAO1RAgA8UgIAS1ICAJBSAgCSUgIA5FICAPVSAgA4UwIARFMCAIxTAgCSUwIA4FMCAOZTAgA0VAIAOVQCAIhUAgCOVAIA3EoPAPNUAgAwVQIAPFUCAIRVAgCQVQIA2FUCAN5VAgAsVgIAMlYCAIBWAgCFVgIA1FYCANpWAgAwSw8ALlcCAAiJAgA/VwIAfFcCAIVXAgDQVwIA5lcCACRYAgAwWAIAeFgCAIVYAgDMWAIA1lgCACBZAgAsWQIAdFkCAHpZAgDIWQIAzlkCABxaAgAhWgIAcFoCAHZaAgCESw8AzVoCABhbAgAiWwIAbFsCAHFbAgDAWwIA0FsCABRcAgAtXAIAaFwCAG1cAgC8XAIAxVwCABBdAgAdXQIAZF0CAGtdAgC4XQIAu10CAAxeAgAYXgIAYF4CAHNeAgC0XgIAw14CAAhfAgAUXwIAXF8CAF1fAgCwXwIAul8CAARgAgASYAIAWGACAF1gAgCsYAIAuWACANhLDwADYQIAVGECAFdhAgCoYQIAtWECAFznCgC3YQIA/GECAP5hAgBQYgIAU2ICAKRiAgCuYgIA+GICAARjAgBMYwIAX2MCAKBjAgCvYwIA9GMCAABkAgBIZAIASWQCAJxkAgCmZAIA8GQCAP5kAgBEZQIASWUCAJhlAgClZQIALEwPAO1lAgBAZgIATGYCAJRmAgCaZgIA6GYCAOpmAgA8ZwIARmcCAJBnAgCeZwIA5GcCAOlnAgA4aAIARWgCAIxoAgCYaAIA4GgCAPNoAgA0aQIAQ2kCAIhpAgCUaQIA3GkCAN1pAgAwagIAOmoCAIRqAgCSagIA2GoCAN1qAgAsawIAOWsCAIBMDwCJawIA1GsCAIxrAgBUuwsA2msCAChsAgArbAIAfGwCAIpsAgDQbAIA1WwCACRtAgAxbQIAeG0CAIRtAgDMbQIA0m0CACBuAgAmbgIAdG4CAHluAgDIbgIAzm4CANRMDwAebwIAcG8CACNvAgDglAwAf28CAMRvAgDkbwIAGHACAB1wAgBscAIAh3ACAMBwAgDMcAIAFHECABpxAgBocQIAeHECALxxAgDNcQIAEHICABVyAgBkcgIAaHICALhyAgDEcgIADHMCABJzAgBgcwIAZnMCALRzAgC5cwIACHQCAA50AgAoTQ8Aa3QCAGytDQBydAIAsHQCALF0AgAEdQIAFXUCAFh1AgBkdQIArHUCAMJ1AgAAdgIADHYCAFR2AgBhdgIAqHYCALJ2AgD8dgIACHcCAFB3AgBXdwIApHcCALB3AgD4dwIA/ncCAEx4AgBSeAIAoHgCAKV4AgD0eAIA+ngCAHxNDwBKeQIAINUNAFF5AgCceQIAnXkCAPB5AgDxeQIARHoCAEl6AgCYegIAnnoCAOx6AgD2egIAQHsCAEx7AgCUewIAm3sCAOh7AgDtewIAPHwCAD18AgCQfAIAnHwCAOR8AgDqfAIAOH0CADp9AgCMfQIAln0CAOB9AgDufQIANH4CADl+AgCIfgIAlX4CANx+AgDofgIAMH8CAEN/AgCEfwIAk38CANh/AgDkfwIALIACAC2AAgCAgAIAioACANSAAgDigAIAKIECAC2BAgB8gQIAiYECANBNDwDhgQIAJIICADCCAgB4ggIAj4ICAMyCAgDOggIAIIMCADGDAgB0gwIAdoMCAMiDAgDOgwIAHIQCADOEAgBwhAIAeYQCAMSEAgDahAIAGIUCACSFAgBshQIAeYUCAMCFAgDKhQIAFIYCACCGAgBohgIAe4YCALyGAgDLhgIAEIcCAByHAgBkhwIAZYcCALiHAgDChwIADIgCABqIAgBgiAIAZYgCALSIAgDBiAIAJE4PAAqJAgBciQIAcIkCALCJAgC+iQIABIoCABGKAgBYigIAX4oCAKyKAgC4igIAAIsCABOLAgBUiwIAWYsCAKiLAgCxiwIA/IsCAAaMAgBQjAIAVYwCAKSMAgC0jAIA+IwCABGNAgBMjQIAUY0CAKCNAgCpjQIA9I0CAAGOAgBIjgIAT44CAJyOAgCfjgIA8I4CAPyOAgBEjwIAV48CAJiPAgCnjwIA7I8CAPiPAgBAkAIAQZACAJSQAgCekAIA6JACAPaQAgA8kQIAQZECAJCRAgCdkQIAeE4PAP2RAgA4kgIARJICAIySAgCSkgIA4JICAPCSAgA0kwIAOZMCAIiTAgCOkwIA3JMCAPKTAgAwlAIAMpQCAISUAgCOlAIA2JQCAOSUAgAslQIAP5UCAICVAgCPlQIA1JUCAOCVAgAolgIAKZYCAHyWAgCGlgIA0JYCAN6WAgAklwIAKZcCAHiXAgCFlwIAzE4PAM+XAgBQeQwA1pcCAPT0DQDYlwIAzCcJANmXAgBMngMA25cCACCYAgApmAIAdJgCAHqYAgDImAIAzpgCAByZAgAomQIAcJkCAH2ZAgDEmQIAzpkCABiaAgAumgIAbJoCAHGaAgDAmgIAx5oCABSbAgAimwIAaJsCAHibAgC8mwIAypsCABCcAgAfnAIAZJwCAGacAgC4nAIAwpwCAAydAgAanQIAYJ0CAGWdAgC0nQIAwZ0CAAieAgAUngIAXJ4CAG+eAgCwngIAv54CAASfAgAQnwIAWJ8CAFmfAgCsnwIAtp8CAACgAgAOoAIAVKACAFmgAgCooAIAtaACACBPDwD+oAIAUKECAAihAgCYHwkAYaECAKShAgCtoQIA+KECAASiAgBMogIAVKICABRjEABYogIAoKICAKaiAgD0ogIA+qICAEijAgBNowIAnKMCAKKjAgB0Tw8A/KMCAESkAgBUpAIAmKQCAKakAgDspAIA+aQCAEClAgBMpQIAlKUCAJulAgDopQIA8KUCAMhPDwBFpgIAvGsOAEmmAgDkuwIATaYCAJCmAgChpgIA5KYCAOymAgA4pwIA8KYCAOz+CwBCpwIAjKcCAJGnAgDgpwIA6KcCADSoAgA2qAIAiKgCAD2oAgAcrgIAkKgCANyoAgDyqAIAMKkCADypAgCEqQIAmqkCANipAgDxqQIALKoCADiqAgCAqgIAhqoCANSqAgDcqgIAKKsCADirAgB8qwIAhasCANCrAgDdqwIAJKwCADOsAgB4rAIAgqwCAMysAgDarAIAIK0CACWtAgB0rQIAga0CAMitAgDQrQIAHFAPACmuAgBwrgIAd64CAMSuAgDQrgIAGK8CACivAgBsrwIAeq8CAMCvAgDNrwIAFLACACCwAgBosAIAb7ACALywAgDEsAIAcFAPAByxAgBksQIAbrECALixAgDDsQIADLICABGyAgBgsgIAZ7ICALSyAgC8sgIAxFAPABCzAgBcswIAbLMCALCzAgC8swIABLQCAAi0AgBYtAIAYLQCAKy0AgCutAIAALUCAAa1AgBUtQIAa7UCAKi1AgCxtQIA/LUCABK2AgBQtgIAXLYCAKS2AgCxtgIA+LYCAAK3AgBMtwIAT7cCAKC3AgCotwIA9LcCAP63AgBIuAIATbgCAJy4AgCkuAIA8LgCAAC5AgBEuQIATbkCAJi5AgCluQIA7LkCAPu5AgBAugIASroCAJS6AgCiugIA6LoCAO26AgA8uwIASbsCAJC7AgCYuwIAGFEPAPG7AgA4vAIAA7wCADx0BAA9vAIAjLwCAJa8AgDgvAIA6LwCADS9AgD3vAIAQAwOADq9AgCIvQIAQr0CABALDABDvQIAyBcIAES9AgBcyAIARb0CANzHCgCUvQIA3L0CAN69AgAE5AsA470CADC+AgA8vgIAhL4CAJO+AgDYvgIA6b4CACy/AgAuvwIAgL8CAIa/AgDUvwIA4L8CACjAAgAwwAIAbFEPAILAAgDAUQ8A3MACABRSDwAnwQIAvFIPAHvBAgAQUw8AfcECAHBSBADPwQIA4BoLANnBAgAgwgIAKsICAHTCAgB2wgIAyMICANvCAgAcwwIAJMMCAOgpDAAowwIAcMMCAHbDAgDEwwIAysMCABjEAgAdxAIAbMQCAHLEAgBkUw8AysQCABTFAgAWxQIAaMUCAHLFAgC8xQIAysUCABDGAgAVxgIAZMYCAHHGAgC4xgIAxMYCAAzHAgASxwIAYMcCAGbHAgC0xwIAuccCAAjIAgAOyAIAuFMPAGrIAgCwyAIAvcgCAATJAgALyQIAWMkCAGDJAgCsyQIArckCANR1CgCvyQIAAMoCAMLJAgDccwoAFMoCAFTKAgBqygIAqMoCAMHKAgD8ygIAAcsCAFDLAgBhywIADFQPALXLAgD4ywIA+ssCAEzMAgBWzAIAoMwCAK7MAgD0zAIA+cwCAEjNAgBVzQIAnM0CAKTNAgDwzQIA/M0CAETOAgAAzgIAlM8CAErOAgCYzgIAns4CAOzOAgDxzgIAQM8CAEbPAgBgVA8Als8CAOjPAgD2zwIAPNACAE3QAgC0VA8Al9ACAAhVDwDs0AIAONECACrRAgBwoBAARtECAIzRAgBH0QIAzNYCAJnRAgDg0QIA79ECADTSAgA50gIAiNICAJ7SAgDc0gIA3dICADDTAgAy0wIAhNMCAI7TAgDY0wIA5tMCACzUAgBF1AIAgNQCAJHUAgDU1AIA4NQCACjVAgAw1QIABFYPAJDVAgDQ1QIA0dUCACTWAgAw1gIAeNYCAHvWAgBYVg8AztYCACDXAgAt1wIAdNcCAIHXAgDI1wIAzdcCABzYAgAm2AIAcNgCAHjYAgDE2AIA1NgCABjZAgAm2QIAbNkCAHnZAgDA2QIAx9kCABTaAgAc2gIAaNoCAGvaAgC82gIA0NoCABDbAgAm2wIAZNsCAH3bAgC42wIAvdsCAAzcAgAd3AIArFYPAGjcAgAAVw8AbNwCAIg4CQB83AIAfNwQAMHcAgAI3QIAD90CAFzdAgBo3QIAsN0CAMDdAgAE3gIAEt4CAFjeAgBl3gIArN4CALjeAgAA3wIAB98CAFRXDwBW3wIAqN8CAFnfAgCA+gMAtd8CAPzfAgAJ4AIAUOACAFXgAgCk4AIAruACAPjgAgAA4QIATOECAFXhAgCg4QIAo+ECAPThAgAA4gIAqFcPAE3iAgCc4gIAVOICANDOCQCh4gIA8OICAPjiAgBE4wIAWuMCAJjjAgCa4wIA7OMCAPnjAgBA5AIAVOQCAPxXDwCZ5AIA6OQCAPDkAgCcxgkA8uQCADzlAgBE5QIAkOUCAJzlAgDk5QIA8eUCADjmAgA95gIAjOYCAJXmAgDg5gIA9+YCADTnAgA/5wIAUFgPAJbnAgDc5wIA3+cCADDoAgAz6AIAhOgCAJLoAgDY6AIA5egCACzpAgBD6QIAgOkCAIjpAgDU6QIA2ukCACjqAgA06gIAfOoCAIbqAgDQ6gIA2eoCACTrAgAq6wIAeOsCAIXrAgCkWA8A2OsCACDsAgDa6wIAaNMJAC/sAgB07AIAhewCAMjsAgDK7AIAHO0CACLtAgBw7QIAfO0CAMTtAgDL7QIAGO4CACDuAgBs7gIAbu4CAMDuAgDN7gIAFO8CABvvAgBo7wIAcO8CALzvAgDJ7wIAEPACABXwAgBk8AIAbvACALjwAgDA8AIADPECABXxAgBg8QIAY/ECALTxAgDA8QIACPICAA/yAgD4WA8AafICALDyAgBy8gIAnPcCAJPyAgCs1wkAy/ICAATzAgAG8wIAWPMCAGnzAgCs8wIAuvMCAAD0AgAH9AIAVPQCAFz0AgCo9AIArfQCAPz0AgD99AIAUPUCAFz1AgCk9QIAqvUCAPj1AgD69QIATPYCAFb2AgCg9gIArvYCAPT2AgD59gIASPcCAFX3AgBMWQ8AnfcCAPD3AgD19wIARPgCAEr4AgCY+AIAovgCAOz4AgD4+AIAQPkCAEf5AgCU+QIAnPkCAOj5AgDq+QIAPPoCAEn6AgCQ+gIAl/oCAOT6AgDs+gIAOPsCAEX7AgCM+wIAkfsCAOD7AgDq+wIANPwCADz8AgCI/AIAkfwCANz8AgDf/AIAMP0CADz9AgCE/QIAi/0CAKBZDwDk/QIAkMkJAOz9AgAs/gIAOf4CAID+AgCK/gIA1P4CANb+AgAo/wIAO/8CAHz/AgCE/wIA0P8CANz/AgAkAAMAKgADAHgAAwB+AAMAzAADANEAAwAgAQMAJgEDAPRZDwCCAQMAyAEDANcBAwAcAgMAOAIDAHACAwA8AgMADEUDAHgCAwBIWg8AzQIDABgDAwAlAwMAbAMDAHYDAwDAAwMAzgMDABQEAwAqBAMAaAQDAHQEAwC8BAMAxAQDAJxaDwAWBQMAZAUDAGoFAwC4BQMAvQUDAAwGAwASBgMA8FoPAGUGAwC0BgMAvQYDAAgHAwASBwMAXAcDAGQHAwCwBwMAtQcDAAQIAwAUCAMAWAgDAGAIAwCsCAMAsggDAKQKAwDFCAMAAAkDAAUJAwBUCQMAXQkDAKgJAwC1CQMA/AkDAAMKAwBQCgMAUwoDAERbDwCmCgMA+AoDAAULAwBMCwMAYwsDAKALAwCsCwMAmFsPAAoMAwBIDAMASQwDAJwMAwCmDAMA8AwDAPgMAwBEDQMATg0DAJgNAwCdDQMA7A0DAPQNAwBADgMAQg4DAJQOAwBDDgMA1BMDAEcOAwCcIQMAVg4DALgaAwCbDgMA6A4DAO8OAwA8DwMARA8DAJAPAwCUDwMA5A8DAPIPAwA4EAMAQhADAIwQAwCXEAMA4BADAOgQAwA0EQMAOREDAIgRAwCjEQMA3BEDAOgRAwAwEgMANhIDAIQSAwCUEgMA2BIDAOkSAwAsEwMAMRMDAIATAwCEEwMA7FsPAN0TAwAoFAMAQRQDAHwUAwCGFAMA0BQDANYUAwAkFQMAJhUDAHgVAwCHFQMAzBUDANYVAwAgFgMAKBYDAHQWAwB4FgMAyBYDANYWAwAcFwMAJhcDAHAXAwB7FwMAxBcDAMwXAwAYGAMAHRgDAGwYAwCHGAMAwBgDAMwYAwAUGQMAGhkDAGgZAwB4GQMAvBkDAM0ZAwAQGgMAFRoDAGQaAwBoGgMAQFwPAMEaAwAMGwMAHRsDAGAbAwBqGwMAtBsDAMIbAwAIHAMACRwDAFwcAwBtHAMAsBwDAMQcAwAEHQMADB0DAFgdAwBcHQMArB0DALodAwAAHgMACh4DAFQeAwBfHgMAqB4DALAeAwD8HgMAAR8DAFAfAwBrHwMApB8DALAfAwD4HwMA/h8DAEwgAwBcIAMAoCADALEgAwD0IAMA+SADAEghAwBMIQMAlFwPAKohAwDwIQMACyIDAEQiAwBSIgMAmCIDAJ8iAwDsIgMA+CIDAEAjAwBIIwMA6FwPAKIjAwDoIwMA8iMDADwkAwBHJAMAkCQDAJgkAwDkJAMA6SQDADglAwBTJQMAjCUDAJglAwDgJQMA5iUDADQmAwBEJgMAiCYDAJkmAwDcJgMA4SYDADAnAwA0JwMAPF0PAJUnAwDYJwMA4CcDACwoAwAtKAMAgCgDAIUoAwDUKAMA4igDACgpAwA1KQMAfCkDAIYpAwDQKQMA3CkDACQqAwAqKgMAeCoDAIAqAwDMKgMA0yoDACArAwAsKwMAdCsDAHorAwDIKwMA1CsDABwsAwAsLAMAcCwDAHwsAwDELAMAyiwDABgtAwAkLQMAbC0DAHktAwDALQMAzy0DABQuAwAgLgMAkF0PAGsuAwC8LgMAvy4DABAvAwAeLwMAZC8DAHsvAwC4LwMAxS8DAAwwAwAiMAMAYDADAGwwAwC0MAMAwTADAAgxAwASMQMAXDEDAGQxAwCwMQMAujEDAAQyAwAJMgMAWDIDAGAyAwCsMgMAuDIDAAAzAwANMwMAVDMDAF4zAwCoMwMArjMDAPwzAwAQNAMAUDQDAFg0AwCkNAMAsjQDAPg0AwAFNQMATDUDAFQ1AwCgNQMArTUDAPQ1AwACNgMASDYDAFk2AwCcNgMApDYDAPA2AwAGNwMARDcDAEY3AwCYNwMAmTcDAORdDwD6NwMAQDgDAE84AwCUOAMAoDgDAOg4AwDwOAMAOF4PAEE5AwCQOQMAmTkDAOQ5AwDxOQMAODoDAD86AwCMOgMAjzoDAOA6AwDoOgMANDsDADk7AwCIOwMAkTsDANw7AwDmOwMAMDwDADg8AwCEPAMAiTwDANg8AwDoPAMALD0DADQ9AwCAPQMAhj0DANQ9AwDWPQMAKD4DADU+AwB8PgMAkz4DANA+AwDcPgMAjF4PADA/AwB4PwMAjz8DAMw/AwDYPwMAIEADACZAAwB0QAMAfEADAMhAAwDPQAMAHEEDACpBAwBwQQMAi0EDAMRBAwDSQQMAGEIDAB9CAwBsQgMAeEIDAMBCAwDIQgMA4F4PAChDAwBoQwMAcEMDALxDAwDrQwMAEEQDABxEAwBkRAMAakQDALhEAwC9RAMANF8PABhFAwBgRQMAZ0UDALRFAwC8RQMACEYDAApGAwBcRgMAZkYDALBGAwC4RgMAiF8PABJHAwDMVAMAE0cDAFhHAwBaRwMArEcDAL1HAwAASAMAEUgDAFRIAwBgSAMAqEgDAK9IAwD8SAMABEkDAFBJAwB6SQMApEkDAKlJAwD4SQMA+UkDAExKAwBWSgMAoEoDAK5KAwD0SgMA+UoDAEhLAwBVSwMAnEsDALhLAwDwSwMADEwDANxfDwBRTAMAmEwDAJxMAwDsTAMA8kwDAEBNAwBCTQMAlE0DAJVNAwDoTQMAC04DADxOAwBgTgMAkE4DALpOAwDkTgMA7E4DADhPAwA9TwMAjE8DAJlPAwDgTwMA6E8DADRQAwA2UAMAiFADAJBQAwDcUAMABlEDADBRAwA9UQMAhFEDAIlRAwDYUQMA5VEDACxSAwA4UgMAgFIDAKpSAwDUUgMA3FIDAChTAwBDUwMAfFMDAH5TAwDQUwMA4VMDACRUAwAtVAMAeFQDAIRUAwAwYA8A2VQDACBVAwAnVQMAdFUDAIBVAwDIVQMA21UDABxWAwAkVgMAcFYDAHVWAwDEVgMAzVYDABhXAwAiVwMAbFcDAHRXAwDAVwMAxVcDABRYAwAkWAMAaFgDAHBYAwC8WAMA1VgDABBZAwAVWQMAZFkDAG1ZAwC4WQMAxVkDAAxaAwATWgMAYFoDAGNaAwCEYA8AuVoDAAhbAwDBWgMA3FoLABFbAwBcWwMAZFsDALBbAwC7WwMABFwDAAZcAwBYXAMAc1wDAKxcAwC4XAMAAF0DAAhdAwDYYA8AYV0DAKhdAwCwXQMA/F0DAAheAwBQXgMAVl4DAKReAwCqXgMA+F4DAP1eAwBMXwMAUl8DACxhDwCtXwMA9F8DAPxfAwBIYAMAXGADAJxgAwChYAMA8GADAPlgAwBEYQMASmEDAJhhAwCgYQMA7GEDAO9hAwBAYgMAXWIDAJRiAwClYgMA6GIDAPBiAwA8YwMAP2MDAJBjAwCkYwMA5GMDAPFjAwA4ZAMAQmQDAIxkAwCOZAMA4GQDAPNkAwDUYQ8AOWUDAIhlAwCZZQMA3GUDAOVlAwAwZgMARmYDAIRmAwCRZgMA2GYDAOBmAwAsZwMAS2cDAChiDwCMZwMA1GcDANxnAwB8Yg8AK2gDAHxoAwCEaAMA0GgDAN1oAwAkaQMAKWkDAHhpAwCAaQMAzGkDAM1pAwAgagMAImoDAHRqAwB6agMAyGoDAMpqAwAcawMAMmsDAHBrAwB8awMAxGsDAM5rAwAYbAMAJGwDAGxsAwBybAMAwGwDAMhsAwAUbQMARW0DANBiDwBxbQMAvG0DAMZtAwAQbgMAGG4DAGRuAwBlbgMAuG4DAL5uAwAMbwMAGG8DAGBvAwBhbwMAtG8DALZvAwAIcAMADnADAFxwAwBocAMAsHADALdwAwAEcQMADHEDAFhxAwBbcQMArHEDALZxAwAAcgMAAnIDAFRyAwBecgMAqHIDALRyAwD8cgMAEnMDAFBzAwBccwMApHMDALFzAwD4cwMAAnQDAEx0AwBUdAMAoHQDALJ0AwAkYw8A9nQDAEh1AwBSdQMAnHUDAJ51AwDwdQMACXYDAER2AwBGdgMAmHYDAJt2AwDsdgMA+HYDAEB3AwBIdwMAeGMPAKh3AwDodwMA63cDADx4AwBGeAMAkHgDAJx4AwDkeAMA+ngDADh5AwBAeQMAjHkDAJp5AwDgeQMA43kDADR6AwA8egMAiHoDAIt6AwDcegMAlnoDAMCBAwDmegMAMHsDAOd6AwAkfgMAMnsDAIR7AwCKewMA2HsDAOJ7AwAsfAMAOnwDAIB8AwCNfAMA1HwDAOt8AwAofQMAMH0DAHx9AwCFfQMA0H0DANF9AwDMYw8ALX4DAHh+AwCCfgMAzH4DANZ+AwAgfwMALn8DAHR/AwCBfwMAyH8DAN9/AwAcgAMAJIADAHCAAwB3gAMAxIADAMmAAwAYgQMAHIEDAGyBAwB5gQMAIGQPAM2BAwAUggMAHIIDAGiCAwBuggMAvIIDAMiCAwAQgwMAH4MDAGSDAwBpgwMAuIMDANODAwAMhAMAGIQDAGCEAwBmhAMAtIQDAMiEAwAIhQMAEIUDAFyFAwByhQMAsIUDALWFAwAEhgMAC4YDAFiGAwBkhgMAdGQPALOGAwAAhwMADocDAFSHAwBhhwMAqIcDAL+HAwD8hwMABIgDAFCIAwBWiAMApIgDALCIAwD4iAMA/4gDAEyJAwBaiQMAoIkDAKOJAwD0iQMA/IkDAEiKAwBWigMAnIoDAJ+KAwDwigMA+IoDAESLAwBViwMAmIsDAJ2LAwDsiwMA7osDAECMAwBHjAMAlIwDAKKMAwDojAMA9YwDADyNAwBTjQMAkI0DAJiNAwDkjQMA7o0DADiOAwBDjgMAjI4DAJiOAwDgjgMA6I4DAMhkDwA2jwMAiI8DAJKPAwDcjwMA3o8DADCQAwAzkAMAhJADAJCQAwDYkAMA4pADACyRAwA0kQMAgJEDAI6RAwDUkQMA4ZEDACiSAwAwkgMAfJIDAJKSAwDQkgMA3JIDACSTAwA6kwMAeJMDAH2TAwDMkwMA0pMDACCUAwA0lAMAHGUPAHeUAwDIlAMA0JQDAByVAwAqlQMAcJUDADKVAwB0WgcAfZUDAMSVAwDMlQMAGJYDACKWAwBslgMAd5YDAMCWAwDMlgMAFJcDAByXAwBwZQ8AbpcDALyXAwDBlwMAEJgDAB+YAwBkmAMAcJgDALiYAwC7mAMADJkDAA+ZAwBgmQMAaJkDALSZAwC5mQMACJoDABiaAwBcmgMAZJoDALCaAwCzmgMABJsDAA6bAwBYmwMAWpsDAKybAwCymwMAAJwDAAqcAwBUnAMAYpwDAKicAwC1nAMA/JwDABOdAwBQnQMAWJ0DAKSdAwCtnQMA+J0DAPmdAwDEZQ8AWJ4DAKCeAwCjngMAECwJAK+eAwD0ngMAs54DAPwbCQD+ngMASJ8DAFCfAwBwEwQAVJ8DAFTyDQBWnwMAnJ8DAGSfAwCkCwgAoZ8DAPCfAwCpnwMASAQFAP2fAwBEoAMAR6ADAOCLCQBKoAMA/PEIAEygAwCYoAMATqADAPTABQBQoAMAvKQFAJugAwCIfwcAnqADAAglBgCioAMA7KADAKagAwBMXAkAqKADANBYBwDxoAMAQKEDAPigAwC0QQQASKEDAJShAwCXoQMA6KEDAPShAwA8ogMAQqIDAJCiAwCrogMA5KIDAPCiAwA4owMAPqMDAIyjAwCUowMA4KMDAOKjAwA0pAMA5aMDANykAwA+pAMAiKQDAJCkAwAYZg8A6aQDADClAwA4pQMAhKUDAIelAwDYpQMA3aUDACymAwA7pgMAgKYDAKCmAwDUpgMA4KYDACinAwAypwMAfKcDAISnAwDQpwMA4qcDAMBmDwAuqAMAeKgDAIaoAwDMqAMA2agDACCpAwA3qQMAdKkDAHypAwDIqQMA16kDAByqAwAhqgMAcKoDAH2qAwDEqgMA0aoDABirAwAkqwMAbKsDAHurAwDAqwMAyqsDABSsAwAirAMAaKwDAG2sAwC8rAMAyawDABCtAwATrQMAZK0DAGytAwC4rQMAva0DAAyuAwAZrgMAYK4DAGiuAwC0rgMAva4DAAivAwAVrwMAXK8DAGqvAwCwrwMAw68DAASwAwAMsAMAWLADAF+wAwCssAMAsbADAACxAwAWsQMAVLEDAFaxAwCosQMAtrEDAPyxAwAJsgMAULIDAFiyAwCksgMAp7IDAPiyAwD9sgMATLMDAFuzAwCgswMAwLMDAPSzAwAAtAMASLQDAFK0AwCctAMApLQDAPC0AwACtQMAFGcPAFW1AwCYtQMAn7UDAOy1AwD0tQMAQLYDAE22AwCUtgMAmbYDAOi2AwDytgMAPLcDAES3AwCQtwMAkrcDAEicCQCVtwMAnHoHAJq3AwC0wAkAn7cDAOS3AwCgtwMAcGwIAOm3AwA4uAMARbgDAIy4AwCZuAMA4LgDAOy4AwA0uQMAQ7kDAIi5AwCSuQMA3LkDAOS5AwAwugMAOroDAIS6AwCJugMA2LoDAOC6AwBoZw8AOLsDAIC7AwCGuwMA1LsDAO+7AwAovAMANLwDAHy8AwCCvAMA0LwDAOy8AwAkvQMALL0DALxnDwCAvQMAzL0DANa9AwAgvgMAK74DAHS+AwCAvgMAyL4DANC+AwAQaA8AKL8DAHC/AwB2vwMAxL8DAN+/AwAYwAMAJMADAGzAAwBywAMAwMADAMjAAwAUwQMAGsEDAGjBAwBxwQMAvMEDAMnBAwAQwgMAHcIDAGTCAwBywgMAuMIDAMXCAwAMwwMAI8MDAGDDAwBowwMAtMMDALnDAwAIxAMAxcMDAADGAwAVxAMAXMQDAGTEAwCwxAMAu8QDAATFAwAJxQMAWMUDAFvFAwCsxQMAtsUDAGRoDwAFxgMAVMYDAGPGAwCoxgMAqsYDAPzGAwANxwMAUMcDAGHHAwCkxwMAuMcDALhoDwAJyAMATMgDAE/IAwCgyAMAVMgDALAhBwBZyAMA3OUNAKrIAwD0yAMA9sgDAEjJAwBSyQMAnMkDAKjJAwDwyQMAGMoDAETKAwBPygMAYIAEAGrKAwCYygMAysoDAOzKAwASywMAQMsDAGbLAwCUywMAx8sDAOjLAwAYzAMAPMwDAETMAwCQzAMAuMwDAOTMAwAYzQMAOM0DAGjNAwCMzQMAlM0DAODNAwDvzQMANM4DADnOAwCIzgMAkc4DANzOAwCVzgMAaNYDAO3OAwAwzwMAN88DAITPAwCMzwMA2M8DAOXPAwAs0AMAMdADAIDQAwCK0AMA1NADANzQAwAo0QMAMtEDAPjcAwA30QMAfNEDAIHRAwDQ0QMA3dEDACTSAwAx0gMAeNIDAITSAwDM0gMA29IDACDTAwAq0wMAdNMDAHzTAwDI0wMA0tMDABzUAwAh1AMAcNQDAHjUAwAMaQ8A0NQDABjVAwAe1QMAbNUDAIfVAwDA1QMAzNUDABTWAwAa1gMAYGkPAHXWAwC81gMAyNYDABDXAwAf1wMAZNcDAG7XAwC41wMAxtcDAAzYAwAR2AMAYNgDAG3YAwC02AMAvNgDAAjZAwAS2QMAXNkDAGHZAwCw2QMAuNkDAATaAwAH2gMAWNoDAGTaAwCs2gMAstoDAADbAwAb2wMAVNsDAGDbAwCo2wMArtsDAPzbAwAE3AMAUNwDAFLcAwCk3AMArtwDALRpDwD+3AMATN0DAE7dAwCg3QMArd0DAPTdAwD33QMASN4DAFneAwCc3gMAnt4DAPDeAwD63gMARN8DAFDfAwCY3wMAoN8DAAhqDwDx3wMAQOADAEPgAwCU4AMAnuADAOjgAwDw4AMAPOEDAEnhAwCQ4QMAkuEDAOThAwD64QMAOOIDAETiAwBcag8AqOIDAODiAwD84gMAsGoPADnjAwCI4wMAleMDANzjAwDp4wMAMOQDADzkAwCE5AMAk+QDANjkAwDi5AMALOUDADrlAwCA5QMAheUDANTlAwDh5QMAKOYDAEHmAwB85gMAfuYDANDmAwDX5gMABGsPAEHnAwB45wMAiecDAMznAwDY5wMAIOgDADPoAwB06AMAg+gDAMjoAwDU6AMAHOkDAB3pAwBw6QMAeukDAMTpAwDS6QMAGOoDAB3qAwBs6gMAeeoDAFhrDwDF6gMAFOsDACHrAwBo6wMAdesDALzrAwDI6wMAEOwDAB/sAwBk7AMAbuwDALjsAwDG7AMADO0DABHtAwBg7QMAbe0DALTtAwC87QMAVGwPAA3uAwBc7gMAZO4DAKhsDwCy7gMABO8DABLvAwBY7wMAae8DAPxsDwCz7wMAUG0PAAXwAwBU8AMAXPADAKjwAwC38AMA/PADAAHxAwBQ8QMAXfEDAKTxAwCx8QMA+PEDAATyAwBM8gMAW/IDAKDyAwCq8gMA+G0PAPbyAwBMIg0A+vIDAOBZCwAH8wMASPMDAFfzAwCc8wMAqPMDAPDzAwDx8wMARPQDAE70AwCY9AMApvQDAOz0AwDx9AMAQPUDAE31AwBMbg8AmPUDAOj1AwDz9QMAPPYDAEr2AwCQ9gMAofYDAOT2AwDw9gMAOPcDAED3AwCgbg8AkfcDAOD3AwDt9wMANPgDAEH4AwCI+AMAlPgDANz4AwDr+AMAMPkDADr5AwCE+QMAkvkDANj5AwDl+QMALPoDAEP6AwD0bg8AjfoDANT6AwDh+gMAKPsDADT7AwB8+wMAi/sDAND7AwDa+wMAJPwDADL8AwB4/AMAQPwDAHi+CAB9/AMAzPwDANn8AwAg/QMAKP0DAEhvDwCA/QMAyP0DANj9AwAc/gMAJf4DAHD+AwBz/gMAxP4DAND+AwAY/wMAH/8DAJxvDwB5/wMAwP8DAM//AwAUAAQAFQAEAGgABAB/AAQAvAAEANYABAAQAQQAHAEEAGQBBAB3AQQAuAEEAMcBBAAMAgQAGAIEAGACBABhAgQAtAIEAL4CBAAIAwQAFgMEAFwDBABhAwQAsAMEAL0DBADwbw8AHgQEAFgEBABnBAQArAQEAK4EBAAABQQAsQQEADwLBAANBQQAVAUEAGEFBACoBQQArQUEAPwFBAAGBgQAUAYEAF8GBACkBgQAqQYEAPgGBAAFBwQATAcEAFkHBACgBwQArAcEAPQHBAADCAQASAgEAFIIBACcCAQAqQgEAPAIBAD1CAQARAkEAEgJBACYCQQApAkEAOwJBADyCQQAQAoEAEYKBACUCgQAmQoEAOgKBADuCgQARHAPAEkLBACQCwQAnQsEAOQLBADwCwQAOAwEAEcMBACMDAQAlgwEAOAMBADuDAQANA0EADkNBACIDQQAlQ0EANwNBADjDQQAMA4EADUOBACEDgQAkA4EANgOBADbDgQALA8EADkPBACADwQAhQ8EANQPBADeDwQAKBAEADQQBAB8EAQAjxAEANAQBADeEAQAJBEEACcRBAB4EQQAghEEAMwRBADYEQQAIBIEACYSBAB0EgQAehIEAMgSBADNEgQAHBMEACITBACYcA8AehMEAGRNBgB8EwQAAF4IAH8TBADEEwQAxhMEABgUBAApFAQAbBQEAH0UBADAFAQAyBQEABQVBAAkFQQAaBUEAGoVBAC8FQQAyhUEABAWBAAhFgQA7HAPAGsWBABAcQ8AuRYEAAwXBAARFwQAYBcEAGYXBAC0FwQAvhcEAAgYBAAUGAQAXBgEAGIYBACwGAQAthgEAAQZBAAJGQQAWBkEAF4ZBACUcQ8AuhkEAAAaBAAZGgQAVBoEAFUaBACoGgQAxRoEAPwaBAAWGwQAUBsEAFMbBACkGwQAqRsEAJByDwARHAQATBwEAFIcBACgHAQAYhwEANCOBACiHAQA9BwEAPocBABIHQQAXB0EAJwdBACkHQQA8B0EAP0dBABEHgQASR4EAJgeBACiHgQA7B4EAPQeBABAHwQAUR8EAJQfBACZHwQA6B8EAOofBAA8IAQAQyAEAJAgBACcIAQA5CAEAOsgBAA4IQQAVCEEAIwhBACUIQQA5HIPAOUhBAA0IgQANiIEAIgiBACPIgQA3CIEAOoiBAAwIwQAPSMEAIQjBACbIwQA2CMEAOAjBAAsJAQANiQEAIAkBABCJAQAjIoEAIskBADUJAQA4CQEACglBAAwJQQAOHMPAH0lBADQJQQA1SUEACQmBAAnJgQAeCYEAIImBADMJgQA4yYEACAnBAAmJwQAdCcEAIAnBADIJwQAyycEABwoBAA5KAQAcCgEAIEoBADEKAQA4ygEABgpBAAgKQQAbCkEAG4pBADAKQQAzykEABQqBAAeKgQAaCoEAHYqBAC8KgQA1yoEABArBAAcKwQAZCsEAGwrBACMcw8AxCsEAAwsBAAbLAQAYCwEAGUsBAC0LAQAuiwEAAgtBAAPLQQAXC0EAGQtBACwLQQAsi0EAAQuBAALLgQAWC4EAFouBACsLgQArS4EAAAvBAAKLwQAVC8EAGAvBACoLwQAri8EAPwvBAAWMAQAUDAEAFgwBACkMAQAujAEAPgwBAAGMQQATDEEAE8xBACgMQQAozEEAPQxBAACMgQASDIEAFUyBACcMgQAszIEAPAyBAD4MgQARDMEAEYzBACYMwQAoDMEAOwzBAADNAQAQDQEAEw0BACUNAQAqjQEAOg0BADwNAQAPDUEAEo1BACQNQQAmjUEAOQ1BADsNQQAODYEAD82BACMNgQAmDYEAOA2BADhNgQANDcEAEA3BACINwQAlTcEANw3BADjNwQAMDgEADM4BACEOAQAjDgEANg4BADdOAQALDkEADk5BACAOQQArjkEANQ5BADcOQQA4HMPADA6BACkrA8ARDoEAHw6BACEOgQANHQPAN46BAAkOwQAJjsEAHg7BACJOwQAzDsEANQ7BAAgPAQALDwEAHQ8BAB6PAQAyDwEAM48BAAcPQQAIT0EAHA9BAB2PQQAiHQPAMk9BAAYPgQA0D0EAJRTDAAgPgQAbD4EAHE+BADQegkAcj4EAMB6CgB4PgQAMDUKAHs+BADAPgQAfT4EACB4CgDFPgQAFD8EAMY+BABAjQgAIT8EAGg/BAB1PwQAvD8EAMg/BAAQQAQAH0AEAGRABABuQAQA2HUPAMJABAAMQQQAEUEEAGBBBABoQQQALHYPALpBBAAIQgQAHkIEAFxCBABqQgQAsEIEAL1CBAAEQwQABkMEAFhDBABiQwQArEMEALhDBAAARAQAB0QEAFREBABcRAQAqEQEAK9EBAD8RAQABUUEAFBFBABcRQQApEUEAKxFBADUdg8A/UUEAExGBABURgQAoEYEAK9GBAD0RgQA+UYEAEhHBABVRwQAnEcEAKlHBADwRwQA/EcEAERIBABTSAQAmEgEAKJIBADsSAQA+kgEAEBJBABFSQQAlEkEAKFJBADoSQQA8EkEADxKBABGSgQAkEoEAJ5KBADkSgQA+koEADhLBABESwQAjEsEAJFLBADgSwQA6UsEADRMBAA+TAQAKHcPAJJMBADcTAQA6EwEADBNBAA4TQQAfHcPAIlNBADYTQQA5U0EACxOBAA5TgQAgE4EAIxOBADUTgQA404EAChPBAAyTwQAfE8EAJRPBADQTwQA2k8EACRQBAAyUAQAeFAEAI5QBADMUAQA2FAEACBRBAAlUQQAdFEEAH1RBADIUQQA0lEEABxSBAAkUgQA0HcPAH1SBADEUgQAhlIEAMzQDgDRUgQAGFMEACRTBABsUwQAe1MEAMBTBADKUwQAFFQEACJUBABoVAQAdVQEALxUBADTVAQAEFUEABhVBABkVQQAblUEALhVBAC9VQQADFYEABRWBAAkeA8AbFYEALRWBAC6VgQACFcEACNXBABcVwQAaFcEALBXBAC2VwQABFgEACBYBABYWAQAYFgEAHh4DwCxWAQAAFkEAA1ZBABUWQQAYVkEAKhZBAC0WQQA/FkEAAtaBABQWgQAWloEAKRaBACyWgQA+FoEAP1aBABMWwQAWVsEAKBbBACoWwQAzHgPAABcBABIXAQAWFwEAJxcBAClXAQA8FwEAPNcBABEXQQAUF0EAJhdBACfXQQAIHkPAPpdBABAXgQAVl4EAJReBACgXgQA6F4EAO9eBAA8XwQARF8EAJBfBACVXwQA5F8EAO1fBAA4YAQAQmAEAHR5DwCRYAQA4GAEAJhgBAAkZQQA6GAEADRhBAA6YQQAiGEEAI1hBADcYQQA5WEEADBiBAA6YgQAhGIEAJBiBADYYgQA4GIEAMh5DwAxYwQAgGMEAIhjBADUYwQA32MEAChkBAAtZAQAfGQEAH9kBADQZAQA2mQEABx6DwAuZQQAeGUEAHxlBADMZQQA0WUEACBmBAAmZgQAdGYEAJRmBADIZgQA0GYEABxnBAAqZwQAcGcEAHNnBADEZwQAzGcEABhoBAAhaAQAbGgEAHloBADAaAQAxmgEABRpBAAgaQQAaGkEAGppBAC8aQQAy2kEABBqBAAbagQAZGoEAGZqBAC4agQA0WoEAAxrBAAdawQAYGsEAGxrBABweg8AvGsEAAhsBAAobAQAXGwEAGpsBACwbAQAvWwEAARtBAALbQQAWG0EAHRtBACsbQQAtG0EAMR6DwAFbgQAVG4EAGFuBACobgQAtW4EAPxuBAAIbwQAUG8EAF9vBACkbwQArm8EAPhvBAANcAQATHAEAFRwBACgcAQAr3AEAPRwBAD2cAQASHEEAFFxBACccQQAn3EEAPBxBAD8cQQARHIEAGByBACYcgQAoHIEABh7DwDxcgQAQHMEAFZzBACUcwQAoHMEAOhzBAALdAQAbHsPAEZ0BACQdAQAmHQEAOR0BADqdAQAiOQIAPN0BAA4dQQAPXUEAIx1BACZdQQA4HUEAO11BAA0dgQAQHYEAIh2BACXdgQA3HYEAOZ2BAAwdwQAOHcEAIR3BACOdwQA2HcEAN13BAAseAQANHgEAMB7DwCDeAQA1HgEAPF4BAAoeQQAOXkEAHx5BACKeQQA7MYEALJ5BADQeQQA7HkEACR6BABAegQAFHwPAH56BADMegQA0noEACB7BAAlewQAdHsEAHp7BABofA8AzXsEABx8BAApfAQAcHwEAH18BADEfAQA0HwEABh9BAAnfQQAbH0EAHZ9BADAfQQAzn0EABR+BAAZfgQAaH4EAHV+BAC8fgQAyH4EABB/BAAWfwQAZH8EAGp/BAC4fwQAvX8EAAyABAASgAQAZH0PAHSABAC0gAQA2oAEAAiBBAAugQQAXIEEAIKBBACwgQQA4IEEAASCBAAMggQAWIIEAICCBACsggQA4oIEAACDBAAmgwQAVIMEAHqDBACogwQA3oMEAPyDBAAshAQAUIQEAFiEBACkhAQAqYQEAOzbBACzhAQA+IQEAP2EBABMhQQAWYUEAKCFBACthQQA9IUEAACGBABIhgQAV4YEAJyGBACmhgQA8IYEAP6GBABEhwQASYcEAJiHBAClhwQA7IcEAPSHBABAiAQARogEAJSIBABKiAQATNkEAKCIBADoiAQA+IgEADyJBABFiQQAkIkEAJOJBADkiQQA8IkEADiKBAA/igQAuH0PAKCKBADgigQA44oEADSLBABRiwQAiIsEAJmLBADciwQA44sEADCMBABJjAQAhIwEAIyMBADYjAQA7owEACyNBAAxjQQAgI0EAIeNBADUjQQA3Y0EACiOBAA5jgQAfI4EAIiOBAAMfg8A0o4EABiSBADkjgQAJI8EACePBAB4jwQAlY8EAMyPBADdjwQAIJAEAC+QBAB0kAQAhZAEAMiQBADWkAQAHJEEACiRBABwkQQAfZEEAMSRBADOkQQAYH4PAB6SBABskgQAepIEAMCSBADCkgQAFJMEABuTBABokwQAgZMEALR+DwDFkwQAEJQEAB2UBABklAQAcpQEALiUBADHlAQADJUEAA6VBABglQQAapUEALSVBADClQQACJYEAA2WBABclgQAaZYEALCWBACzlgQABJcEABCXBABYlwQAa5cEAKyXBAC7lwQAAJgEAAyYBABUmAQAVZgEAKiYBACymAQA/JgEAAqZBABQmQQAVZkEAKSZBACxmQQACH8PAP2ZBABMmgQAYpoEAKCaBAC2mgQA9JoEAP2aBABImwQAVZsEAJybBACqmwQA8JsEAP+bBABEnAQARpwEAJicBACinAQA7JwEAPqcBABAnQQARZ0EAJSdBAChnQQA6J0EAOudBAA8ngQARJ4EAJCeBAChngQA5J4EAPKeBAA4nwQARZ8EAIyfBACsnwQA4J8EAOifBAA0oAQARKAEAIigBACKoAQA3KAEAOqgBAAwoQQAQaEEAASADwCKoQQA2KEEAOShBABYgA8AM6IEAICiBAA5ogQAPGwGAIeiBADUogQA2qIEACijBAA0owQAfKMEAH+jBADQowQA06MEACSkBABPpAQAeKQEAJukBADMpAQA16QEACClBAAlpQQAdKUEAHelBADIpQQA0qUEABymBABHpgQArIAPAHWmBADEpgQA0aYEABinBAAlpwQAbKcEAHinBADApwQAz6cEABSoBAAeqAQAaKgEAHCoBAC8qAQAxqgEABCpBAAVqQQAZKkEAGypBAAAgQ8AxakEAAyqBAAgqgQAYKoEAGiqBAC0qgQAuaoEAAirBAAYqwQAXKsEAGSrBACwqwQAuqsEAASsBAAPrAQAWKwEAGSsBACsrAQAtKwEAFSBDwABrQQAVK0EAGCtBACorQQAt60EAPytBAAKrgQAUK4EAGCuBACkrgQAsq4EAPiuBAAErwQATK8EAFOvBACgrwQAqK8EAPSvBAAKsAQASLAEAFywBACcsAQAn7AEAPCwBAANsQQARLEEAFWxBACYsQQAoLEEAOyxBAD3sQQAQLIEAEWyBACUsgQAl7IEAOiyBADysgQAPLMEAD+zBACogQ8AkrMEALxdBwCVswQA5LMEAOezBAA4tAQAQrQEAIy0BACUtAQA4LQEAP+0BAD8gQ8ASLUEAIi1BACutQQA3LUEAAK2BAAwtgQAVrYEAIS2BAC7tgQA2LYEAA63BAAstwQAUrcEAIC3BACmtwQA1LcEAAq4BAAouAQATLgEAHy4BACYuAQA0LgEANi4BABQgg8AKbkEAHi5BACFuQQAzLkEANm5BAAgugQALLoEAHS6BACDugQAyLoEANK6BAAcuwQAKrsEAHC7BAB1uwQAxLsEANG7BAAYvAQAILwEAKSCDwB4vAQAwLwEANC8BAAUvQQAHb0EAGi9BABrvQQAvL0EAMi9BAAQvgQAF74EAPiCDwByvgQAuL4EAM6+BAAMvwQAGL8EAGC/BABnvwQAtL8EALy/BAAIwAQADcAEAFzABABlwAQAsMAEALrABABMgw8ABcEEAFjBBABkwQQArMEEALLBBAAAwgQAAsIEAFTCBABewgQAqMIEALbCBAD8wgQAAcMEAFDDBABdwwQApMMEAKzDBAD4wwQAAsQEAEzEBABaxAQAoMQEALbEBAD0xAQAAMUEAEjFBABPxQQAnMUEAKTFBADwxQQA9cUEAETGBABNxgQAmMYEAKLGBACggw8ABMcEAEDHBABDxwQAlMcEALHHBADoxwQA+ccEADzIBABUyAQAkMgEAJzIBADkyAQA98gEADjJBABHyQQAjMkEAJjJBADgyQQA4ckEADTKBAA+ygQAiMoEAJbKBADcygQA4coEADDLBAA9ywQA9IMPAInLBADYywQA5csEACzMBAA5zAQAgMwEAIzMBADUzAQA48wEACjNBAAyzQQAfM0EAIrNBADQzQQA1c0EACTOBAAxzgQAeM4EAIDOBADwhA8A2M4EACDPBAAwzwQAdM8EAH3PBADIzwQAy88EABzQBAAo0AQAcNAEAHfQBABEhQ8A0tAEABjRBAAu0QQAbNEEAHjRBADA0QQAx9EEABTSBAAc0gQAaNIEAG3SBAC80gQAxdIEABDTBAAa0wQAmIUPAGXTBAC40wQAxNMEAAzUBAAS1AQAYNQEAGLUBAC01AQAvtQEAAjVBAAW1QQAXNUEAGHVBACw1QQAvdUEAATWBAAM1gQAWNYEAGLWBACs1gQAutYEAADXBAAW1wQAVNcEAGDXBACo1wQAr9cEAPzXBAAE2AQAUNgEAFXYBACk2AQArdgEAPjYBAAC2QQA7IUPAFrZBACg2QQAttkEAPTZBAAA2gQASNoEAE/aBACc2gQApNoEAPDaBAD12gQARNsEAE3bBACY2wQAotsEAECGDwDt2wQAQNwEAEzcBACU3AQAmtwEAOjcBADq3AQAPN0EAEbdBACQ3QQAnt0EAOTdBADp3QQAON4EAEXeBACM3gQAlN4EAODeBADq3gQANN8EAELfBACI3wQAnt8EANzfBADo3wQAMOAEADfgBACE4AQAjOAEANjgBADd4AQALOEEADXhBACA4QQAiuEEAJSGDwDW4QQAMHALAOLhBAAo4gQAOeIEAHziBACB4gQA0OIEAOfiBAAk4wQAOOMEAHjjBACQ4wQAzOMEANvjBAAg5AQAJeQEAHTkBACB5AQAyOQEANXkBAAc5QQAKOUEAHDlBAB/5QQAxOUEAM7lBAAY5gQAIOYEAGzmBACK5gQAwOYEAMjmBAAU5wQAHecEAGjnBAB15wQAvOcEAL7nBAAQ6AQAKegEAGToBAB16AQAuOgEAMToBAAM6QQAFOkEAOiGDwBl6QQAtOkEALzpBAAI6gQAF+oEAFzqBABh6gQAsOoEAL3qBAAE6wQAEesEAFjrBABk6wQArOsEALvrBAAA7AQACuwEAFTsBABc7AQAqOwEALLsBAD87AQAAe0EAFDtBABY7QQAPIcPAKntBAD47QQAFO4EAEzuBABU7gQAkIcPANjuBAD07gQAGu8EAEjvBACB7wQAnO8EANLvBADw7wQABfAEAETwBABM8AQAmPAEAJvwBADs8AQACfEEAEDxBABR8QQAlPEEAJfxBADo8QQA8vEEADzyBAA+8gQAkPIEAJryBADk8gQA8PIEADjzBABU8wQAjPMEAJTzBADkhw8AEvQEADT0BAA39AQAiPQEAK70BADc9AQAFfUEADD1BABU9QQAhPUEAIz1BAA4iA8A3fUEACz2BAA59gQAgPYEAI32BADU9gQA4PYEACj3BAA39wQAfPcEAIb3BADQ9wQA3vcEACT4BAAp+AQAePgEAIX4BADM+AQA1PgEACD5BAAq+QQAdPkEAIL5BADI+QQA3vkEABz6BAAo+gQAcPoEAHX6BADE+gQAzfoEABj7BAAi+wQAbPsEAIj7BADA+wQAyPsEAIyIDwAW/AQAaPwEAHb8BAC8/AQAzfwEAOCIDwAX/QQANIkPAGn9BAC4/QQAwP0EAAz+BAAb/gQAYP4EAGb+BAC0/gQAwP4EAAj/BAAK/wQAXP8EAGb/BACw/wQAvP8EAAQABQAMAAUA3IkPAF0ABQCsAAUAuwAFAAABBQAgAQUAVAEFAGABBQCoAQUAsgEFAPwBBQAEAgUAUAIFAFICBQCkAgUAtAIFAPgCBQACAwUATAMFAFgDBQCgAwUApgMFAPQDBQD8AwUAMIoPAF8EBQCcBAUApAQFAPAEBQD6BAUARAUFAEkFBQCYBQUAoAUFAISKDwDxBQUAQAYFAEkGBQBw9woATQYFAJQGBQBWBgUAGIMNAJ4GBQAASg0AoQYFAOgGBQD0BgUAPAcFAEsHBQCQBwUAmgcFAOQHBQDsBwUAQEYKAPIHBQA4CAUARQgFAIwIBQCjCAUA4AgFAOgIBQA0CQUAPgkFAIgJBQCNCQUA3AkFAOQJBQDYig8APQoFAIQKBQCSCgUA2AoFAOsKBQAsCwUANAsFAIALBQCDCwUA1AsFANkLBQAoDAUANwwFAHwMBQCcDAUA0AwFANwMBQAkDQUALg0FAHgNBQCUDQUAzA0FANQNBQAsiw8AMw4FAHQOBQB6DgUAyA4FANQOBQAcDwUAJg8FAHAPBQB2DwUAxA8FANIPBQAYEAUAJBAFAGwQBQBvEAUAwBAFAMEQBQAUEQUAIBEFAGgRBQBuEQUAvBEFAMIRBQAQEgUAHBIFAGQSBQCBEgUAuBIFAMESBQAMEwUAGBMFAGATBQBjEwUAtBMFAL4TBQAIFAUAFBQFAFwUBQBiFAUAsBQFALYUBQAEFQUACRUFAFgVBQBeFQUAgIsPALgVBQAAFgUAAhYFAFQWBQBjFgUAqBYFALMWBQD8FgUACBcFAFAXBQBXFwUApBcFAKwXBQD4FwUAAhgFAEwYBQBXGAUAoBgFAKwYBQD0GAUA/BgFAHyMDwBKGQUAnBkFAK8ZBQDwGQUA+BkFAEQaBQBKGgUAmBoFAKQaBQDsGgUA9hoFAEAbBQBGGwUAlBsFAKIbBQDoGwUA9BsFADwcBQA/HAUAkBwFAJgcBQDkHAUA5RwFADgdBQBEHQUAjB0FAJIdBQDgHQUA6B0FADQeBQA6HgUAiB4FAJQeBQDcHgUA+R4FADAfBQA5HwUAhB8FAJAfBQDYHwUA2x8FACwgBQA2IAUAgCAFAIggBQDUIAUA5SAFACghBQA2IQUAfCEFAJIhBQDQIQUA3iEFACQiBQAuIgUA0IwPAIciBQDMIgUA1yIFACAjBQAsIwUAdCMFAHsjBQDIIwUA0CMFABwkBQAmJAUAcCQFAHskBQDEJAUA0CQFABglBQAgJQUAJI0PAG4lBQDAJQUA0yUFABQmBQAcJgUAaCYFAG4mBQC8JgUAyCYFABAnBQAaJwUAZCcFAGonBQC4JwUAxicFAAwoBQAYKAUAYCgFAGMoBQC0KAUAvCgFAAgpBQAJKQUAXCkFAGgpBQCwKQUAtikFAAQqBQAMKgUAWCoFAF4qBQCsKgUAuCoFAAArBQAdKwUAVCsFAF0rBQCoKwUAtCsFAPwrBQD/KwUAUCwFAFosBQCkLAUArCwFAPgsBQAJLQUATC0FAFotBQCgLQUAti0FAPQtBQACLgUASC4FAFIuBQCcLgUApC4FAPAuBQATLwUAeI0PAE8vBQCYLwUApi8FAOwvBQD7LwUAQDAFAEswBQCUMAUAnDAFAOgwBQD2MAUAPDEFAD8xBQCQMQUAmDEFAMyNDwDyMQUAODIFADsyBQCMMgUAlDIFALiQBQCYMgUAEGYFAJsyBQDIOAUAqDIFAOAyBQD8MgUAII4PADYzBQCIMwUAlTMFANwzBQDpMwUAMDQFADU0BQCENAUAjjQFANg0BQDnNAUALDUFADE1BQCANQUAjTUFANQ1BQDhNQUAKDYFADQ2BQB8NgUAizYFANA2BQDaNgUAJDcFADA3BQB4NwUAfjcFAMw3BQDSNwUAIDgFACU4BQB0OAUAejgFAHSODwDNOAUAkFsFANk4BQAcOQUAKjkFAHA5BQB8OQUAxDkFANE5BQAYOgUAIjoFAGw6BQCIOgUAwDoFANw6BQDIjg8AFjsFAGg7BQB1OwUAvDsFAMk7BQAQPAUAFTwFAGQ8BQBuPAUAuDwFAMc8BQAMPQUAET0FAGA9BQBtPQUAtD0FAME9BQAIPgUAFD4FAFw+BQBrPgUAsD4FALo+BQAEPwUAED8FAFg/BQBePwUArD8FALI/BQAAQAUABUAFAFRABQBaQAUAHI8PAK9ABQD8QAUACkEFAFBBBQBTQQUApEEFALNBBQD4QQUA/UEFAExCBQBZQgUAoEIFAK1CBQD0QgUAAEMFAEhDBQBXQwUAnEMFAKZDBQDwQwUA/kMFAEREBQBJRAUAmEQFAKVEBQDsRAUA+EQFAEBFBQBTRQUAlEUFAKNFBQDoRQUA9EUFADxGBQA9RgUAkEYFAJpGBQDkRgUA8kYFADhHBQA9RwUAjEcFAJlHBQBwjw8A5UcFADRIBQA9SAUAiEgFAJlIBQDcSAUA40gFADBJBQA4SQUAhEkFAJFJBQDYSQUA3UkFACxKBQA2SgUAgEoFAIhKBQDUSgUA60oFAChLBQA0SwUAfEsFAIZLBQDQSwUA2EsFACRMBQAmTAUAeEwFAIBMBQDMTAUA0kwFACBNBQAsTQUAdE0FAHdNBQDITQUAzU0FABxOBQAlTgUAcE4FAHZOBQDETgUA004FABhPBQAkTwUAbJAPAG5PBQDATwUAzk8FABRQBQAlUAUAwJAPAG9QBQAUkQ8AwVAFABBRBQAYUQUAZFEFAHNRBQC4UQUAvVEFAAxSBQAZUgUAYFIFAG1SBQC0UgUAwFIFAAhTBQAXUwUAXFMFAGZTBQC8kQ8AslMFAARUBQAfVAUAWFQFAFpUBQCsVAUAxlQFAABVBQANVQUAVFUFAGBVBQCoVQUAslUFAPxVBQAWVgUAUFYFAF9WBQCkVgUAqVYFAPhWBQAFVwUATFcFAFlXBQCgVwUArFcFAPRXBQADWAUASFgFAFJYBQCcWAUAqFgFAPBYBQADWQUARFkFAFNZBQCYWQUApFkFAOxZBQDtWQUAQFoFAEpaBQCUWgUAoloFAOhaBQDtWgUAPFsFAElbBQAQkg8AnVsFAORbBQDxWwUAOFwFAERcBQCMXAUAm1wFAOBcBQDqXAUANF0FAEJdBQCIXQUAjV0FANxdBQDpXQUAMF4FADxeBQCEXgUAl14FANheBQDnXgUALF8FADhfBQCAXwUAgV8FANRfBQDeXwUAKGAFADZgBQB8YAUAgWAFANBgBQDdYAUAZJIPADFhBQB4YQUAemEFAMxhBQDlYQUAIGIFADFiBQB0YgUAgGIFAMhiBQDQYgUAYJMPACFjBQBwYwUAeGMFAMRjBQDTYwUAGGQFAB1kBQBsZAUAeWQFAMBkBQDNZAUAFGUFACBlBQBoZQUAd2UFALxlBQDGZQUAtJMPACNmBQBkZgUAc2YFALhmBQDEZgUADGcFAA1nBQBgZwUAamcFALRnBQDCZwUACGgFAA1oBQBcaAUAaWgFAAiUDwC1aAUABGkFABFpBQBYaQUAZWkFAKxpBQC4aQUAAGoFAA9qBQBUagUAXmoFAKhqBQC2agUA/GoFAAFrBQBQawUAXWsFAKRrBQCsawUABJUPAARsBQBMbAUAXGwFAKBsBQCpbAUA9GwFAPdsBQBIbQUAVG0FAJxtBQCjbQUAWJUPAPttBQBEbgUARW4FAJhuBQCwbgUA7G4FAPluBQBAbwUATG8FAJRvBQCebwUA6G8FAOxvBQA8cAUAQXAFAJBwBQCWcAUA5HAFAARxBQA4cQUAUHEFAIxxBQCjcQUA4HEFAOxxBQA0cgUAPnIFAIhyBQCKcgUA3HIFAONyBQAwcwUAN3MFAIRzBQCKcwUA2HMFAORzBQAsdAUAL3QFAIB0BQCDdAUA1HQFAOB0BQAodQUAK3UFAKyVDwCBdQUA0HUFANh1BQAkdgUAKnYFAHh2BQB9dgUAzHYFANV2BQAgdwUAKncFAHR3BQCAdwUAyHcFANB3BQAAlg8AIXgFAHB4BQB4eAUAxHgFAM94BQAYeQUAHXkFAGx5BQBveQUAwHkFAMp5BQBUlg8AIHoFAGh6BQBvegUAvHoFAMp6BQAQewUAE3sFAGR7BQBsewUAuHsFALt7BQAMfAUAGHwFAGB8BQBmfAUAtHwFAM98BQAIfQUAFH0FAFx9BQBifQUAsH0FALh9BQAEfgUACH4FAFh+BQBkfgUArH4FALl+BQAAfwUACn8FAFR/BQBcfwUAqH8FAKp/BQD8fwUAAIAFAFCABQBSgAUApIAFALiABQColg8AAIEFAEyBBQBQgQUAoIEFAKKBBQD0gQUA94EFAEiCBQBQggUAnIIFAKmCBQDwggUA9YIFAESDBQBOgwUAmIMFAKCDBQDsgwUA7YMFAECEBQBFhAUAlIQFAJeEBQDohAUA64QFADyFBQBKhQUAkIUFAKmFBQDkhQUA9YUFADiGBQBEhgUAjIYFAJSGBQD8lg8A5YYFADSHBQA8hwUAiIcFAJeHBQDchwUA4YcFADCIBQA9iAUAhIgFAJGIBQDYiAUA5IgFACyJBQA7iQUAgIkFAIqJBQDUiQUA3IkFACiKBQAyigUAfIoFAIGKBQDQigUA2IoFAFCXDwAviwUAeIsFAISLBQDMiwUA1IsFAKSXDwAsjAUAdIwFAHuMBQDIjAUA1owFAByNBQAfjQUAcI0FAHiNBQDEjQUAx40FABiOBQAkjgUAbI4FAHKOBQDAjgUA244FABSPBQAgjwUAaI8FAG6PBQC8jwUA348FABCQBQATkAUAZJAFAIiQBQD4lw8Ax5AFAAyRBQARkQUAYJEFAG2RBQC0kQUAwZEFAAiSBQAUkgUAXJIFAGuSBQCwkgUAupIFAASTBQASkwUAWJMFAF2TBQCskwUAuZMFAACUBQAIlAUATJgPAGGUBQColAUAsJQFAPyUBQAVlQUAUJUFAFaVBQCklQUAqZUFAPiVBQAYlgUATJYFAFiWBQCglgUArZYFAPSWBQD8lgUASJcFAEuXBQCclwUAppcFAPCXBQDylwUARJgFAE6YBQCYmAUApJgFAKCYDwACmQUAQJkFAEyZBQCUmQUAmZkFAOiZBQCcmQUAPK0QAPGZBQA8mgUARpoFAJCaBQCYmgUAtIEJAJyaBQDkmgUAs5oFAKRwCQDqmgUAOJsFAPeaBQBMqAsAPpsFAIybBQCRmwUA4JsFAOabBQD0mA8AQpwFAIicBQCenAUA3JwFAOicBQAwnQUANZ0FAISdBQCNnQUA2J0FAOKdBQAsngUANJ4FAICeBQCPngUA1J4FANmeBQAonwUANZ8FAHyfBQCJnwUA0J8FANyfBQAkoAUAM6AFAHigBQCCoAUAzKAFANqgBQAgoQUALaEFAHShBQCLoQUAyKEFANChBQAcogUAJqIFAHCiBQB1ogUAxKIFAMyiBQDwmQ8AJKMFAGyjBQByowUAwKMFANujBQAUpAUAIKQFAGikBQBupAUARJoPAMKkBQAYSAwAz6QFABClBQAfpQUAZKUFAHClBQC4pQUAuaUFAAymBQAWpgUAYKYFAG6mBQC0pgUAuaYFAAinBQAVpwUAmJoPAGGnBQCwpwUAuKcFAASoBQAHqAUAWKgFAGGoBQCsqAUAu6gFAACpBQALqQUAVKkFAFypBQCoqQUAuKkFAPypBQAKqgUAUKoFAGGqBQCkqgUAsKoFAPiqBQAAqwUAlJsPAFKrBQCgqwUAqKsFAPSrBQD7qwUASKwFAFasBQCcrAUAoqwFAPCsBQD8rAUARK0FAFOtBQCYrQUAoq0FAOytBQDxrQUAQK4FAEauBQCUrgUAqK4FAOiuBQDwrgUAPK8FAGSvBQCQrwUAma8FAOSvBQDxrwUAOLAFAEawBQCMsAUAn7AFAOCwBQD8sAUA6JsPADmxBQCIsQUAlbEFANyxBQDpsQUAMLIFADyyBQCEsgUAk7IFANiyBQDisgUALLMFADqzBQCAswUAhbMFANSzBQDhswUAKLQFADC0BQA8nA8AiLQFANC0BQDgtAUAJLUFAC21BQB4tQUAe7UFAMy1BQDYtQUAILYFACe2BQCQnA8AnLYFAMi2BQDRtgUAHLcFACm3BQBwtwUAfrcFAMS3BQDXtwUAGLgFADS4BQDknA8AergFAMC4BQDWuAUAFLkFACC5BQBouQUAb7kFALy5BQDEuQUAELoFABW6BQBkugUAbboFALi6BQDCugUAOJ0PAA27BQBguwUAbLsFALS7BQC6uwUACLwFAAq8BQBcvAUAZrwFALC8BQC+vAUABL0FAAm9BQBYvQUAZb0FAKy9BQC0vQUAAL4FAAq+BQBUvgUAYr4FAKi+BQC+vgUA/L4FAAi/BQBQvwUAV78FAKS/BQCsvwUA+L8FAP2/BQBMwAUAVcAFAKDABQCqwAUAjJ0PAALBBQBIwQUAXsEFAJzBBQCowQUA8MEFAPXBBQBEwgUATcIFAJjCBQCiwgUA7MIFAPjCBQBAwwUARsMFAJTDBQCawwUA6MMFAO3DBQA8xAUAQsQFAOCdDwCVxAUA5MQFAPHEBQA4xQUARcUFAIzFBQCYxQUA4MUFAO/FBQA0xgUAPsYFAIjGBQCWxgUA3MYFAOHGBQAwxwUAPccFAITHBQCMxwUA3J4PAObHBQAsyAUAQsgFAIDIBQCMyAUA1MgFANnIBQAoyQUAMckFAHzJBQCGyQUAMJ8PANzJBQAkygUANcoFAHjKBQCEygUAzMoFANvKBQAgywUAKssFAHTLBQCCywUAyMsFAM3LBQAczAUAKcwFAHDMBQB6zAUAxMwFAHzMBQBg0AUA0swFABjNBQAuzQUAbM0FAHjNBQDAzQUAxc0FABTOBQAdzgUAaM4FAHLOBQC8zgUAyM4FABDPBQAWzwUAZM8FAGrPBQC4zwUAvc8FAAzQBQAS0AUAhJ8PAGbQBQC00AUAutAFAAjRBQAN0QUAXNEFAGLRBQDYnw8AvtEFAATSBQAa0gUAWNIFAGTSBQCs0gUAsdIFAADTBQAJ0wUAVNMFAF7TBQCo0wUAtNMFAPzTBQAP1AUAUNQFAF/UBQCk1AUAsNQFAPjUBQD51AUATNUFAFbVBQCg1QUArtUFAPTVBQD51QUASNYFAFXWBQAsoA8Aq9YFAPDWBQAQ1wUARNcFAFDXBQCY1wUAotcFAOzXBQDx1wUAQNgFAEHYBQCU2AUAoNgFAOjYBQD12AUAPNkFAEjZBQCQ2QUAo9kFAOTZBQDz2QUAONoFAETaBQCM2gUAjdoFAODaBQDq2gUANNsFAELbBQCI2wUAjdsFANzbBQDp2wUAgKAPAEzcBQDUoA8AitwFANjcBQDe3AUALN0FADHdBQCA3QUAht0FACihDwDZ3QUAKN4FACveBQB83gUAiN4FANDeBQDW3gUAJN8FAD/fBQB43wUAhN8FAMzfBQDS3wUAIOAFACLgBQB04AUAj+AFAMjgBQDK4AUAHOEFACrhBQBw4QUAgeEFAMThBQDG4QUAGOIFADHiBQBs4gUAfeIFAMDiBQDM4gUAJKIPAB7jBQBo4wUAduMFALzjBQDS4wUAEOQFABzkBQBk5AUAaeQFALjkBQDB5AUADOUFABblBQBg5QUAaOUFALTlBQC55QUACOYFABfmBQBc5gUAa+YFALDmBQC55gUABOcFAArnBQBY5wUAXucFAKznBQC45wUAAOgFAAfoBQBU6AUAXOgFAKjoBQCq6AUA/OgFAAzpBQBQ6QUAWukFAKTpBQCw6QUA+OkFAP7pBQBM6gUAVOoFAHiiDwCs6gUA9OoFAAXrBQBI6wUAVOsFAJzrBQCr6wUA8OsFAPrrBQBE7AUAUuwFAJjsBQCd7AUA7OwFAPnsBQBA7QUASO0FAJTtBQCe7QUA4AQGAKDtBQDo7QUA7u0FADzuBQBC7gUAkO4FAJXuBQDk7gUA6u4FAMyiDwBE7wUAjO8FAJLvBQDg7wUA++8FADTwBQBA8AUAiPAFAI7wBQDc8AUA5PAFADDxBQAz8QUAhPEFAJDxBQDY8QUA6fEFACzyBQA48gUAgPIFAI/yBQDU8gUA3vIFACjzBQA28wUAfPMFAIHzBQDQ8wUA3fMFACT0BQAs9AUAePQFAIL0BQDM9AUA2vQFACD1BQA29QUAdPUFAID1BQDI9QUAzfUFABz2BQAl9gUAcPYFAHr2BQDIow8AyvYFABj3BQAe9wUAbPcFAHj3BQDA9wUAzfcFABT4BQAe+AUAaPgFAHD4BQC8+AUAxvgFABD5BQAV+QUAZPkFAGX5BQC4+QUAvfkFAAz6BQAd+gUAYPoFAGX6BQC0+gUAy/oFAAj7BQAc+wUAXPsFAHj7BQCw+wUAuPsFABykDwAM/AUAWPwFAGL8BQCs/AUAwPwFAAD9BQAB/QUAVP0FAGD9BQCo/QUAxP0FAPz9BQAE/gUAcKQPAFn+BQCk/gUAsv4FAPj+BQCz/gUAYBQKAAL/BQBM/wUATv8FAKD/BQC5/wUA9P8FAAUABgBIAAYAVAAGAJwABgCkAAYAxKQPAPwABgBEAQYASgEGAJgBBgCzAQYA7AEGAPgBBgBAAgYARgIGAJQCBgCXAgYA6AIGAPACBgA8AwYATAMGAJADBgCVAwYA5AMGAO0DBgA4BAYARQQGAIwEBgCTBAYAGKUPAO4EBgA0BQYASgUGAIgFBgCUBQYA3AUGAOEFBgAwBgYAOQYGAIQGBgCOBgYA2AYGAPQGBgAsBwYANAcGAGylDwCFBwYA1AcGANwHBgAoCAYAKggGAHwIBgCXCAYA0AgGANIIBgAkCQYAMgkGAHgJBgCJCQYAzAkGAM4JBgAgCgYAOQoGAHQKBgCFCgYAyAoGANQKBgAcCwYAJAsGAMClDwB8CwYAxAsGAMoLBgAYDAYAMwwGAGwMBgB4DAYAwAwGAMYMBgAUDQYAFw0GABSmDwCFDQYAvA0GAL0NBgAQDgYAHw4GAGQOBgBpDgYAuA4GAMUOBgAMDwYAGQ8GAGAPBgBsDwYAtA8GAMMPBgAIEAYAEhAGAFwQBgBqEAYAsBAGALUQBgAEEQYAEREGAFgRBgBkEQYArBEGALIRBgAAEgYAvxEGAAAnBgAGEgYAVBIGAFkSBgCoEgYArhIGAGimDwABEwYAUBMGAHATBgCkEwYAsBMGAPgTBgD+EwYATBQGAFQUBgDwPwYAVRQGAKAUBgCtFAYA9BQGAPoUBgBIFQYAVBUGAJwVBgCeFQYA8BUGAP8VBgBEFgYATxYGAJgWBgCaFgYA7BYGAAUXBgBAFwYAURcGAJQXBgCgFwYA6BcGAPQXBgA8GAYATxgGAJAYBgCfGAYA5BgGAPAYBgA4GQYAORkGAIwZBgCWGQYA4BkGAO4ZBgA0GgYAORoGAIgaBgCVGgYAvKYPAOkaBgAwGwYARBsGAIQbBgCgGwYA2BsGAPQbBgAQpw8AOxwGAIAcBgCBHAYA1BwGAOMcBgAoHQYALR0GAHwdBgCJHQYA0B0GAN0dBgAkHgYAMB4GAHgeBgCHHgYAzB4GANYeBgAgHwYALh8GAHQfBgB5HwYAyB8GANUfBgAcIAYALCAGAHAgBgByIAYAxCAGANIgBgAYIQYAKSEGAGSnDwBzIQYAuKcPAMUhBgAUIgYAISIGAGgiBgB1IgYAvCIGAMIiBgAQIwYAHCMGAGQjBgB0IwYAuCMGAMEjBgAMJAYADyQGAGAkBgBsJAYAtCQGALskBgAMqA8AFCUGAFwlBgBsJQYAsCUGALklBgAEJgYAByYGAFgmBgBkJgYArCYGALMmBgBgqA8ADycGAFQnBgBgJwYAqCcGAKknBgD8JwYABigGAFAoBgBeKAYApCgGAKkoBgD4KAYABSkGALSoDwBRKQYAoCkGAK8pBgD0KQYAFCoGAEgqBgBUKgYAnCoGAKYqBgDwKgYA+CoGAEQrBgBQKwYAmCsGAJ4rBgDsKwYA8isGAEAsBgBFLAYAlCwGAJosBgCwqQ8A7SwGADwtBgBFLQYAkC0GAKEtBgDkLQYA6y0GADguBgBALgYAjC4GAJkuBgDgLgYA5S4GADQvBgA+LwYAiC8GAJAvBgDcLwYA6y8GADAwBgA1MAYAhDAGAJEwBgDYMAYA5TAGACwxBgA4MQYAgDEGAI8xBgDUMQYA3jEGACgyBgAwMgYAfDIGAIYyBgDQMgYA1TIGACQzBgAsMwYArKoPAH0zBgDMMwYAzzMGACA0BgAqNAYAAKsPAHo0BgDINAYAzTQGABw1BgA8NQYAcDUGAHw1BgDENQYAyjUGABg2BgAbNgYAbDYGAG42BgDANgYA2zYGABQ3BgAWNwYAaDcGAHY3BgC8NwYAzTcGABA4BgASOAYAZDgGAH04BgC4OAYAyTgGAAw5BgAYOQYAVKsPAHA5BgC0OQYA1DkGAAg6BgAKOgYAXDoGAGg6BgC07w0AazoGAAhPBgB4OgYAKFwGAIU6BgCwOgYAszoGAAQ7BgATOwYAWDsGAF07BgCsOwYAuTsGAAA8BgANPAYAVDwGAGA8BgCoPAYAtzwGAPw8BgAGPQYAUD0GAF49BgCkPQYAqT0GAPg9BgAFPgYATD4GAFg+BgCgPgYApj4GAPQ+BgD6PgYASD8GAE0/BgCcPwYAoj8GAKirDwAGQAYAREAGAEZABgCYQAYArEAGAOxABgD0QAYAQEEGAE1BBgCUQQYAmUEGAOhBBgDyQQYAPEIGAERCBgCQQgYAqUIGAORCBgDwQgYAOEMGAEBDBgD8qw8Ap0MGAOBDBgDiQwYANEQGAEJEBgCIRAYAmUQGANxEBgDeRAYAMEUGAElFBgCERQYAlUUGANhFBgDkRQYAUKwPADFGBgCARgYAiUYGANRGBgDlRgYAKEcGAC9HBgB8RwYAhEcGANBHBgDdRwYAJEgGAClIBgB4SAYAgkgGAMxIBgDUSAYAIEkGADlJBgB0SQYAgEkGAMhJBgDQSQYA+KwPAB9KBgBwSgYAekoGAMRKBgDGSgYAGEsGADFLBgBsSwYAfUsGAMBLBgDOSwYAFEwGABdMBgBoTAYAc0wGALxMBgDITAYAEE0GABdNBgBMrQ8AaU0GALhNBgDATQYADE4GABpOBgBgTgYAYU4GALROBgDPTgYAoK0PAA1PBgBcTwYAaU8GALBPBgC9TwYABFAGABBQBgBYUAYAZ1AGAKxQBgC2UAYAAFEGAA5RBgBUUQYAWVEGAKhRBgC1UQYA/FEGAAhSBgBQUgYAVlIGAKRSBgCqUgYA+FIGAP1SBgBMUwYAUlMGAPStDwCtUwYA9FMGAPZTBgBIVAYAYVQGAJxUBgCtVAYA8FQGAPxUBgBEVQYATFUGAPCuDwCdVQYA7FUGAPRVBgBAVgYAWVYGAJRWBgCZVgYA6FYGAO1WBgA8VwYARlcGAJBXBgCTVwYA5FcGAO5XBgA4WAYAPlgGAIxYBgCOWAYA4FgGAOFYBgA0WQYAPFkGAIhZBgCYWQYA3FkGAOJZBgAwWgYANVoGAIRaBgCaWgYA2FoGAOBaBgAsWwYAVFsGAIBbBgCjWwYA1FsGAPNbBgBErw8AMFwGAJivDwCNXAYA0FwGAN5cBgAkXQYAMF0GAHhdBgCFXQYAzF0GANZdBgAgXgYAKF4GAHReBgB/XgYAyF4GAMpeBgAcXwYAH18GAHBfBgB4XwYAxF8GAMpfBgAYYAYAIWAGAGxgBgB5YAYAwGAGAMhgBgAUYQYAGWEGAGhhBgBxYQYAvGEGAMZhBgAQYgYAGGIGAGRiBgBpYgYAuGIGAMhiBgAMYwYAFGMGAGBjBgBiYwYAtGMGAM9jBgAIZAYACmQGAFxkBgBqZAYAsGQGAMFkBgAEZQYABmUGAFhlBgBxZQYArGUGAL1lBgAAZgYADGYGAFRmBgBcZgYA7K8PAK5mBgD8ZgYAAWcGAFBnBgBwZwYApGcGALBnBgD4ZwYA/mcGAExoBgBPaAYAoGgGAKhoBgD0aAYA/mgGAEhpBgBNaQYAnGkGAKRpBgDwaQYA+mkGAERqBgBGagYAmGoGAKlqBgDsagYADGsGAEBrBgBIawYAlGsGAJ5rBgDoawYA7WsGAECwDwBQbAYAkGwGAJhsBgDkbAYA6WwGADhtBgBIbQYAjG0GAJRtBgDgbQYA6m0GADRuBgA/bgYAiG4GAJRuBgDcbgYA5G4GAJSwDwA8bwYAhG8GAJBvBgDYbwYA328GACxwBgA0cAYAgHAGAJlwBgDUcAYA2nAGAChxBgAtcQYAfHEGAJxxBgDQcQYA3HEGACRyBgAqcgYAeHIGAHtyBgDosA8AznIGACBzBgDacgYA4OAOACNzBgB0cwYAfnMGAMhzBgDWcwYAHHQGACt0BgBwdAYAc3QGAMR0BgCIdAYALJoGAIx0BgAUiwYA0HQGABh1BgAadQYAbHUGAHJ1BgDAdQYAz3UGABR2BgAfdgYAaHYGAHB2BgAs2QYAgnYGALx2BgDIdgYAEHcGACN3BgBkdwYAc3cGALh3BgDEdwYADHgGAA14BgBgeAYAangGALR4BgDCeAYACHkGAA15BgBceQYAaXkGADyxDwDKeQYABHoGABN6BgBYegYAXXoGAKx6BgC5egYAAHsGAA17BgBUewYAYHsGAKh7BgC3ewYA/HsGAAZ8BgBQfAYAXnwGAKR8BgCpfAYA+HwGAAV9BgBMfQYAWH0GAKB9BgCmfQYA9H0GAPp9BgBIfgYATX4GAJx+BgCifgYAkLEPAPF+BgBEfwYA+X4GABTsCAD9fgYAHNUIABB/BgDo+wwAUH8GAJh/BgCefwYAhJUHAKV/BgDsfwYA738GAECABgBMgAYAlIAGAJaABgDogAYA7oAGADyBBgBLgQYAkIEGAJuBBgDkgQYA5YEGADiCBgBMggYAjIIGAKaCBgDgggYA7IIGADSDBgBHgwYAiIMGAJeDBgDcgwYA6IMGADCEBgAxhAYAhIQGAI6EBgDYhAYA5oQGACyFBgAxhQYAgIUGAI2FBgDksQ8A7oUGACiGBgA3hgYAfIYGAIGGBgDQhgYA3YYGACSHBgAxhwYAeIcGAISHBgDMhwYA24cGACCIBgAqiAYAdIgGAIKIBgDIiAYAzYgGAByJBgApiQYAcIkGAHyJBgDEiQYAyokGABiKBgAeigYAbIoGAHGKBgDAigYAxooGADiyDwAwiwYAjLIPAG6LBgC8iwYAvosGABCMBgAdjAYAZIwGAGeMBgC4jAYAuYwGAAyNBgARjQYAYI0GAGaNBgC0jQYAvo0GAAiOBgAkjgYAXI4GAHiOBgDgsg8Ato4GAASPBgAGjwYAWI8GAGWPBgCsjwYAr48GAACQBgABkAYAVJAGAFmQBgCokAYArpAGAPyQBgAGkQYAUJEGAGyRBgCkkQYAwJEGADSzDwD+kQYATJIGAFKSBgCgkgYApZIGAPSSBgD6kgYAiLMPAFaTBgCckwYAt5MGAPCTBgD+kwYARJQGAFGUBgCYlAYAr5QGAOyUBgD7lAYAQJUGAEWVBgCUlQYAoZUGAOiVBgD1lQYAPJYGAEiWBgCQlgYAn5YGAOSWBgDulgYAOJcGAEaXBgCMlwYAkZcGAOCXBgDtlwYANJgGADeYBgCImAYAlJgGANyYBgDimAYAMJkGADaZBgCEmQYAiZkGANiZBgDemQYA3LMPADaaBgCAmgYAhpoGANSaBgDWmgYAKJsGADWbBgB8mwYAf5sGANCbBgDRmwYAJJwGACmcBgB4nAYAfpwGAMycBgDWnAYAIJ0GADqdBgB0nQYAg50GAMidBgDNnQYAHJ4GACmeBgBwngYAfZ4GAMSeBgDQngYAGJ8GACefBgBsnwYAdp8GAMCfBgDOnwYAFKAGABmgBgBooAYAdaAGALygBgDGoAYAQKoGAMigBgAQoQYAFqEGAGShBgBqoQYAuKEGAL2hBgAMogYAEqIGADC0DwBlogYAtKIGAMGiBgAIowYAFaMGAFyjBgBoowYAsKMGAL+jBgAEpAYADqQGAFikBgBmpAYArKQGALGkBgAApQYADaUGAFSlBgBcpQYALLUPAK6lBgD8pQYAAqYGAFCmBgBVpgYApKYGAKqmBgCAtQ8A+qYGAEynBgBVpwYAoKcGAKOnBgD0pwYAAKgGAEioBgBPqAYAnKgGAKSoBgDwqAYACakGAESpBgBYqQYAmKkGALSpBgDsqQYA9KkGACi2DwBOqgYAlKoGAKqqBgDoqgYA9KoGADyrBgBBqwYAkKsGAJmrBgDkqwYA7qsGADisBgBUrAYAjKwGAJSsBgB8tg8A5awGADStBgBBrQYAiK0GAJWtBgDcrQYA6K0GADCuBgA/rgYAhK4GAI6uBgDYrgYA5q4GACyvBgAxrwYAgK8GAI2vBgDUrwYA3K8GANC2DwA2sAYAfLAGAJKwBgDQsAYA3LAGACSxBgApsQYAeLEGAIGxBgDMsQYA1rEGACCyBgAosgYAdLIGAIOyBgDIsgYAyrIGAByzBgAlswYAcLMGAHOzBgDEswYA0LMGABi0BgAftAYAbLQGAHS0BgDAtAYA2bQGABS1BgAotQYAaLUGAIS1BgC8tQYAxLUGACS3DwAVtgYAZLYGAHG2BgC4tgYAxbYGAAy3BgAYtwYAYLcGAG+3BgC0twYAvrcGAAi4BgASuAYAXLgGAGq4BgCwuAYAxrgGAAS5BgAQuQYAWLkGAF25BgCsuQYAtbkGAAC6BgAKugYAVLoGAGC6BgCougYArroGAPy6BgACuwYAULsGAFW7BgCkuwYAqrsGAHi3DwAEvAYATLwGAFC8BgCgvAYAr7wGAPS8BgD5vAYASL0GAFW9BgCcvQYAqb0GAPC9BgD8vQYARL4GAFO+BgCYvgYAor4GAOy+BgD6vgYAQL8GAEW/BgCUvwYAob8GAOi/BgD0vwYAPMAGAELABgCQwAYAlsAGAOTABgDpwAYAOMEGAD7BBgDMtw8AkcEGAODBBgDnwQYANMIGAEDCBgCIwgYAisIGANzCBgCLwgYAcMgGAPfCBgAwwwYAMsMGAITDBgCSwwYA2MMGAOnDBgAsxAYALsQGAIDEBgCZxAYA1MQGAOXEBgAoxQYANMUGAHzFBgCIxQYA0MUGAOPFBgAkxgYAM8YGAHjGBgCExgYAzMYGAM3GBgAgxwYAKscGAHTHBgCCxwYAyMcGAM3HBgAcyAYAKcgGACC4DwByyAYAxMgGAN/IBgAYyQYAGskGAGzJBgB6yQYAwMkGANHJBgAUygYAFsoGAGjKBgCBygYAvMoGAM3KBgAQywYAHMsGAGTLBgBwywYAuMsGAMvLBgAMzAYAG8wGAGDMBgBszAYAtMwGALXMBgAIzQYAEs0GAFzNBgBqzQYAsM0GALXNBgAEzgYAEc4GABy5DwBdzgYArM4GALTOBgAAzwYAAs8GAFTPBgBlzwYAqM8GALbPBgD8zwYAF9AGAFDQBgBc0AYApNAGAKzQBgAYug8A/dAGAEzRBgBT0QYAoNEGAKzRBgD00QYA99EGAEjSBgBQ0gYAnNIGAKzSBgDw0gYA9dIGAETTBgBN0wYAmNMGAKXTBgDs0wYA89MGAEDUBgBI1AYAbLoPAKHUBgDo1AYA8NQGADzVBgBQ1QYAkNUGAJXVBgDk1QYA7dUGADjWBgA+1gYAjNYGAJTWBgDg1gYA79YGADTXBgBF1wYAiNcGAJHXBgDc1wYA39cGADDYBgA62AYAhNgGAJDYBgDY2AYA3tgGAMC6DwA52QYAgNkGAIXZBgDU2QYA29kGACjaBgA02gYAfNoGAITaBgAUuw8A69oGACTbBgAm2wYAeNsGAIbbBgDM2wYA3dsGACDcBgAi3AYAdNwGAI3cBgDI3AYA2dwGABzdBgAo3QYAaLsPAH/dBgDE3QYA090GABjeBgAh3gYAbN4GAHLeBgDA3gYAxt4GABTfBgAg3wYAaN8GAG/fBgC83wYAxN8GABDgBgAU4AYAZOAGAG/gBgC44AYAxuAGAAzhBgAd4QYAYOEGAGzhBgC04QYAvOEGALy7DwAL4gYAXOIGAGbiBgCw4gYAsuIGAATjBgAd4wYAWOMGAGnjBgCs4wYAuuMGAADkBgAD5AYAVOQGAF/kBgCo5AYAtuQGAPzkBgAJ5QYAUOUGAGflBgCk5QYArOUGAPjlBgD65QYATOYGAFTmBgCg5gYAr+YGAPTmBgD55gYASOcGAFXnBgCc5wYAqecGAPDnBgD85wYAROgGAFPoBgCY6AYAougGAOzoBgD66AYAQOkGAEXpBgCU6QYAoekGAOjpBgDw6QYAPOoGAEbqBgCQ6gYAleoGAOTqBgDs6gYAOOsGADvrBgCM6wYAqesGAODrBgDx6wYANOwGADzsBgCI7AYAi+wGANzsBgDo7AYAMO0GADbtBgCE7QYAn+0GANjtBgDk7QYALO4GADLuBgAQvA8Aj+4GANTuBgDV7gYAKO8GAF/vBgB87wYAiu8GANDvBgDR7wYAJPAGACzwBgB48AYAh/AGAMzwBgDR8AYAIPEGAC3xBgB08QYAgfEGAMjxBgDU8QYAHPIGACvyBgBw8gYAevIGAMTyBgDS8gYAGPMGAB3zBgBs8wYAefMGAMDzBgDI8wYAFPQGAB70BgBo9AYAbfQGALz0BgDE9AYAEPUGABr1BgBk9QYAb/UGALj1BgDE9QYADPYGABT2BgBkvA8AZfYGALT2BgC39gYACPcGABL3BgBc9wYAZPcGALi8DwC+9wYABPgGABr4BgBY+AYAZPgGAKz4BgCx+AYAAPkGAAn5BgBU+QYAXvkGAKj5BgCw+QYA/PkGAAj6BgBQ+gYAY/oGAKT6BgCl+gYA+PoGAAb7BgBM+wYAUvsGAKD7BgCs+wYA9PsGAPv7BgAMvQ8ASfwGAJz8BgCo/AYA8PwGAP38BgBE/QYATP0GAJj9BgCi/QYA7P0GAPv9BgBA/gYAQf4GAJT+BgCc/gYA6P4GAPf+BgA8/wYAQf8GAJD/BgCd/wYA5P8GAPH/BgA4AAcARAAHAIwABwCbAAcA4AAHAOoABwA0AQcAQgEHAIgBBwCNAQcA3AEHAOkBBwAwAgcAOAIHAIQCBwCIAgcA2AIHAOYCBwAsAwcANgMHAIADBwCLAwcA1AMHANwDBwAoBAcAMwQHAHwEBwCBBAcA0AQHANMEBwAkBQcALgUHAHgFBwCABQcAzAUHAOsFBwBgvQ8AIgYHAHQGBwB1BgcAyAYHANIGBwAcBwcAKgcHAHAHBwCLBwcAxAcHANAHBwAYCAcAIAgHALS9DwB4CAcAwAgHAMYIBwAUCQcALwkHAGgJBwB0CQcAvAkHAMIJBwAQCgcAGAoHAGQKBwByCgcAuAoHALsKBwAMCwcAFAsHAGALBwBpCwcAtAsHAMELBwAIDAcACgwHAFwMBwB3DAcAsAwHALIMBwAEDQcAEg0HAFgNBwBpDQcArA0HAK4NBwAADgcAGQ4HAFQOBwBlDgcAqA4HALQOBwD8DgcABA8HAAi+DwBWDwcApA8HAKwPBwD4DwcA/w8HAEwQBwBREAcAoBAHAKwQBwD0EAcA9xAHAEgRBwBQEQcAnBEHAKkRBwDwEQcA9REHAEQSBwBOEgcAmBIHAKASBwDsEgcA+BIHAEATBwBTEwcAlBMHAKITBwDoEwcA6xMHADwUBwBGFAcAXL4PAJMUBwDkFAcA7BQHADgVBwA7FQcAjBUHAJgVBwDgFQcA5hUHADQWBwBPFgcAiBYHAJQWBwDcFgcA4hYHADAXBwA4FwcAhBcHAJIXBwDYFwcA2xcHACwYBwA0GAcAgBgHAIkYBwDUGAcA4RgHACgZBwAqGQcAfBkHAJcZBwDQGQcA0hkHACQaBwAyGgcAeBoHAIkaBwDMGgcAzhoHACAbBwA5GwcAdBsHAIUbBwDIGwcA1BsHABwcBwAkHAcAsL4PAHYcBwDEHAcAzBwHABgdBwAfHQcAbB0HAHEdBwDAHQcAzB0HABQeBwAXHgcAaB4HAHAeBwC8HgcAyR4HABAfBwAVHwcAZB8HAG4fBwC4HwcAwB8HAAwgBwAYIAcAYCAHAHMgBwC0IAcAwiAHAAghBwALIQcAXCEHAGYhBwAEvw8AsyEHAAQiBwAQIgcAWCIHAF4iBwCsIgcAxyIHAAAjBwAMIwcAVCMHAFojBwCoIwcAsCMHAPwjBwAKJAcAUCQHAFMkBwCkJAcArCQHAPgkBwABJQcATCUHAFklBwCgJQcAoiUHAPQlBwAPJgcASCYHAEomBwCcJgcAqiYHAPAmBwABJwcARCcHAEYnBwCYJwcAsScHAOwnBwD9JwcAQCgHAEwoBwCUKAcAnCgHAFi/DwDuKAcAPCkHAEQpBwCQKQcAlykHAOQpBwDpKQcAOCoHAEQqBwCMKgcAjyoHAOAqBwDoKgcANCsHAEErBwCIKwcAjSsHANwrBwDmKwcAMCwHADgsBwCELAcAkCwHANgsBwDrLAcALC0HADotBwCALQcAgy0HANQtBwDeLQcArL8PACouBwB8LgcALS4HAIA+CAAxLgcA4IwOADQuBwDMqg0ANi4HAOiiCACGLgcAvAIOAI0uBwDQLgcA4S4HACQvBwAyLwcAeC8HAJQvBwDMLwcA6C8HAADADwAuMAcAdDAHAIEwBwDIMAcA3zAHABwxBwAoMQcAcDEHAHYxBwDEMQcAyjEHABgyBwAdMgcAbDIHAHIyBwBUwA8AxTIHABQzBwAcMwcAaDMHAGszBwC8MwcAyDMHABA0BwAWNAcAZDQHAH80BwC4NAcAxDQHAAw1BwASNQcAYDUHAGg1BwC0NQcAtjUHAAg2BwAjNgcAXDYHAF42BwCwNgcAvjYHAAQ3BwAVNwcAWDcHAFo3BwCsNwcAxTcHAAA4BwAROAcAVDgHAGA4BwBQwQ8AvjgHAPw4BwALOQcAUDkHACU5BwA8PgcAUjkHAKQ5BwCzOQcA+DkHAAM6BwBMOgcAWDoHAKA6BwCjOgcA9DoHAKc6BwDARwcAvDoHAIRBBwAAOwcASDsHAE47BwCcOwcAtzsHAPA7BwD8OwcARDwHAEo8BwCYPAcApDwHAOw8BwDyPAcAQD0HAEY9BwCUPQcAmT0HAOg9BwDuPQcApMEPAD8+BwCQPgcArD4HAOQ+BwDsPgcAoMIPAEQ/BwCMPwcAkj8HAOA/BwD7PwcANEAHAEBABwCIQAcAjkAHANxABwDkQAcAMEEHAFFBBwD0wg8AjEEHAEjDDwDdQQcALEIHADlCBwCAQgcAjUIHANRCBwDgQgcAKEMHADdDBwB8QwcAhkMHANBDBwDYQwcAJEQHAC5EBwB4RAcAhkQHAMxEBwDiRAcAIEUHACxFBwB0RQcAeUUHAMhFBwDRRQcAHEYHACZGBwBwRgcAeEYHAMRGBwDORgcAGEcHAB1HBwBsRwcAdEcHAJzDDwDMRwcAFEgHACdIBwBoSAcAd0gHALxIBwDISAcAEEkHABFJBwBkSQcAbkkHALhJBwDGSQcADEoHABFKBwBgSgcAbUoHAPDDDwC/SgcACEsHABRLBwBcSwcAYksHALBLBwC8SwcABEwHAAxMBwDsxA8AW0wHAKxMBwC0TAcAAE0HAA1NBwBUTQcAWU0HAKhNBwCwTQcA/E0HAP5NBwBQTgcAa04HAKROBwCmTgcA+E4HAAZPBwBMTwcAXU8HAKBPBwCiTwcA9E8HAA1QBwBIUAcAWVAHAJxQBwCoUAcA8FAHAPhQBwBAxQ8ASVEHAJhRBwClUQcA7FEHAPlRBwBAUgcATFIHAJRSBwCjUgcA6FIHAPJSBwA8UwcASlMHAJBTBwCVUwcA5FMHAPFTBwA4VAcAQFQHAIxUBwCOVAcA4FQHAOpUBwA0VQcAPFUHAJTFDwCTVQcA3FUHAOpVBwAwVgcAM1YHAIRWBwCMVgcA2FYHAO5WBwAsVwcAMVcHAIBXBwCWVwcA1FcHAOBXBwAoWAcANVgHAHxYBwCGWAcA6MUPANJYBwAkWQcAMlkHAHhZBwCJWQcAPMYPANJZBwAgWgcALFoHAJDGDwB2WgcAyFoHAM5aBwAcWwcAPFsHAHBbBwB8WwcAxFsHAMtbBwAYXAcAIFwHAGxcBwBzXAcAwFwHAMxcBwAUXQcAFl0HAGhdBwBvXQcA5MYPAL9dBwAQXgcAGF4HAGReBwB0XgcAuF4HALpeBwAMXwcAGl8HAGBfBwBxXwcAOMcPALtfBwCMxw8AFWAHAFxgBwBjYAcAsGAHALhgBwAEYQcAEmEHAFhhBwBbYQcArGEHALRhBwAAYgcAB2IHAFRiBwBiYgcAqGIHAKtiBwD8YgcA/mIHAFBjBwBpYwcApGMHALVjBwD4YwcABGQHAExkBwBTZAcAoGQHAKhkBwD0ZAcA/WQHAEhlBwBVZQcAnGUHAKZlBwDwZQcA/mUHAERmBwBVZgcAmGYHAKBmBwDsZgcA9mYHAEBnBwBOZwcAlGcHAKpnBwDoZwcA9GcHADxoBwBDaAcAkGgHAJhoBwDkaAcA6mgHADhpBwBEaQcAjGkHAJZpBwDgaQcA5mkHADRqBwBIagcANMgPAJZqBwDcagcA9WoHADBrBwBGawcAhGsHAJNrBwDYawcA8msHACxsBwAvbAcAGHEHADdsBwAEdgcAO2wHAIBsBwCFbAcA1GwHAOFsBwAobQcANW0HAHxtBwCIbQcA0G0HAN9tBwAkbgcALm4HAHhuBwCGbgcAzG4HANFuBwAgbwcALW8HAHRvBwCAbwcAyG8HAM5vBwAccAcAInAHAHBwBwB1cAcAxHAHAMpwBwCIyA8AJHEHAGxxBwBycQcAwHEHANtxBwAUcgcAIHIHAGhyBwBucgcAvHIHAMNyBwAQcwcAFXMHALR0BwAccwcAZHMHAGZzBwC4cwcAv3MHAAx0BwAodAcAYHQHAGh0BwCEyQ8AuHQHAAh1BwAVdQcAXHUHAHh1BwCwdQcAuHUHANjJDwAJdgcAWHYHAFt2BwCsdgcAtnYHAAB3BwARdwcAVHcHAFl3BwCodwcArXcHAPx3BwAceAcAUHgHAFl4BwCkeAcApXgHAPh4BwAEeQcATHkHAFJ5BwCgeQcApnkHAPR5BwD5eQcASHoHAE56BwAsyg8AnXoHAPB6BwD8egcARHsHAFF7BwCYewcAoHsHAOx7BwD1ewcAQHwHAE18BwCUfAcAonwHAOh8BwD7fAcAPH0HAER9BwCQfQcAk30HAOR9BwDpfQcAOH4HAEd+BwCMfgcArH4HAOB+BwDsfgcANH8HAD5/BwAoyw8Akn8HANx/BwDefwcAMIAHADqABwCEgAcAjYAHANiABwDbgAcALIEHADSBBwCAgQcAtYEHAHzLDwDggQcAKIIHADeCBwB8ggcAnIIHANCCBwDcggcAJIMHACuDBwB4gwcAfYMHAMyDBwDNgwcAIIQHACyEBwB0hAcAeoQHAMiEBwDKhAcAHIUHACaFBwBwhQcAfoUHAMSFBwDJhQcAGIYHACWGBwBshgcAdoYHAMCGBwDOhgcAFIcHACqHBwBohwcAdIcHALyHBwDBhwcAEIgHABmIBwBkiAcAbogHALiIBwDEiAcADIkHAB+JBwBgiQcAb4kHALSJBwDAiQcACIoHAAmKBwBcigcAZooHALCKBwC+igcABIsHAAmLBwBYiwcAZYsHANDLDwC6iwcAAIwHABaMBwBUjAcAYIwHAKiMBwCvjAcA/IwHAASNBwBQjQcAVY0HAKSNBwCtjQcA+I0HAAKOBwBMjgcAVI4HAKCOBwCkjgcA9I4HAPaOBwBIjwcAVo8HAJyPBwCmjwcA8I8HAP6PBwBEkAcAUZAHAJiQBwCvkAcA7JAHAPSQBwBAkQcAUJEHAJSRBwCZkQcA6JEHAO6RBwA8kgcARJIHAJCSBwCVkgcA5JIHAOWSBwA4kwcARJMHAIyTBwCSkwcA4JMHAOKTBwA0lAcAPpQHAIiUBwCWlAcA3JQHAOGUBwAwlQcAPZUHAMzMDwCGlQcA2JUHAOKVBwAslgcAOpYHAICWBwCFlgcA1JYHAOGWBwAolwcAKpcHAJRKCQAylwcAfJcHAIqXBwDQlwcA5pcHACSYBwAwmAcAeJgHAH2YBwDMmAcA1ZgHACCZBwAqmQcAdJkHAICZBwDImQcA25kHAByaBwArmgcAcJoHAHyaBwDEmgcAxZoHABibBwAimwcAbJsHAHqbBwDAmwcAxZsHABScBwAhnAcAIM0PAHGcBwC8nAcAxpwHABCdBwASnQcAZJ0HAG6dBwC4nQcAxJ0HAAyeBwAUngcAHM4PAGGeBwC0ngcAwJ4HAAifBwAOnwcAXJ8HAF6fBwCwnwcAup8HAASgBwASoAcAWKAHAF2gBwCsoAcAuaAHAAChBwAIoQcAVKEHAF6hBwCooQcAtqEHAPyhBwASogcAUKIHAFyiBwCkogcAq6IHAPiiBwAAowcATKMHAFGjBwCgowcAqaMHAPSjBwD+owcASKQHAF2kBwCcpAcApaQHAPCkBwD9pAcARKUHAEalBwCYpQcAsaUHAOylBwD9pQcAQKYHAEymBwCUpgcAnKYHAHDODwDtpgcAPKcHAESnBwCQpwcApqcHAOSnBwDppwcAOKgHAD+oBwCMqAcAmqgHAOCoBwDwqAcANKkHAEipBwCIqQcAkKkHANypBwDrqQcAMKoHADWqBwCEqgcAjaoHANiqBwDlqgcALKsHADarBwCAqwcAjKsHANSrBwDaqwcAxM4PADasBwB8rAcAkqwHANCsBwDcrAcAJK0HACmtBwB4rQcAga0HAMytBwDWrQcAIK4HACiuBwB0rgcAeK4HAMiuBwDKrgcAHK8HACqvBwBwrwcAeq8HAMSvBwDSrwcAGLAHACWwBwBssAcAg7AHAMCwBwDIsAcAFLEHACSxBwBosQcAbbEHALyxBwDCsQcAELIHABiyBwBksgcAf7IHALiyBwC6sgcADLMHAB2zBwBgswcAabMHALSzBwDAswcAGM8PAA20BwBctAcAX7QHALC0BwC6tAcABLUHAAa1BwBYtQcAc7UHAKy1BwCutQcAALYHAA62BwBUtgcAZbYHAKi2BwCqtgcA/LYHABW3BwBQtwcAYbcHAKS3BwCwtwcAbM8PABW4BwBMuAcAXbgHAKC4BwC8uAcA9LgHAPy4BwDAzw8ATbkHAJy5BwCkuQcA8LkHAPu5BwBEugcASboHAJi6BwCbugcA7LoHAPa6BwBAuwcAQ7sHAJS7BwCcuwcA6LsHAOq7BwA8vAcAV7wHAJC8BwCSvAcA5LwHAPK8BwA4vQcASb0HAIy9BwCOvQcA4L0HAPm9BwA0vgcARb4HAIi+BwCUvgcA3L4HAOS+BwAU0A8APb8HAIS/BwCMvwcA2L8HAOK/BwAswAcAN8AHAIDABwCMwAcA1MAHANzABwBo0A8ALcEHAHzBBwCBwQcA0MEHAOHBBwC80A8AMcIHAHjCBwB6wgcAzMIHAOXCBwAgwwcAMcMHAHTDBwCAwwcAyMMHANDDBwAQ0Q8AIcQHAHDEBwB4xAcAxMQHANPEBwAYxQcAHsUHAGzFBwB4xQcAwMUHAMLFBwAUxgcAHsYHAGjGBwB0xgcAvMYHAMTGBwBk0Q8AHMcHAGTHBwBnxwcAuMcHALvHBwAMyAcAGsgHAGDIBwBlyAcAtMgHAMHIBwC40Q8AGckHAFzJBwBkyQcAsMkHAGnJBwDg0gcAu8kHAATKBwAJygcAWMoHAFvKBwCsygcAtsoHAADLBwAjywcAVMsHAFfLBwCoywcAzMsHAPzLBwAEzAcADNIPAFbMBwCkzAcAsswHAPjMBwAEzQcATM0HAFPNBwCgzQcAqM0HAPTNBwAEzgcASM4HAE3OBwCczgcAos4HAPDOBwD4zgcARM8HAGHPBwCYzwcAoc8HAOzPBwD4zwcAQNAHAEbQBwCU0AcAqNAHAOjQBwDw0AcAPNEHAEzRBwCQ0QcAktEHAOTRBwDy0QcAONIHAEnSBwBg0g8Ak9IHALTSDwDl0gcANNMHADvTBwCI0wcAlNMHANzTBwDf0wcAMNQHAEDUBwCE1AcAhtQHANjUBwDm1AcALNUHAD3VBwAI0w8Ah9UHAFzTDwDn1QcAKNYHADfWBwB81gcAiNYHANDWBwDR1gcAJNcHAC7XBwB41wcAhtcHAMzXBwDR1wcAINgHAC3YBwCw0w8AedgHAMjYBwDR2AcAHNkHAC3ZBwBw2QcAd9kHAMTZBwDM2QcAGNoHACXaBwBs2gcAcdoHAMDaBwDK2gcAFNsHABzbBwBo2wcAbtsHALzbBwDI2wcAENwHABLcBwBk3AcAc9wHALjcBwDD3AcADN0HABTdBwBg3QcAYt0HALTdBwDB3QcACN4HABzeBwBc3gcAZN4HALDeBwC/3gcABN8HAAnfBwBY3wcAZd8HAKzfBwC23wcAAOAHAALgBwBU4AcAY+AHAKjgBwCy4AcA/OAHAAThBwBQ4QcAUeEHAKThBwCp4QcA+OEHAAbiBwBM4gcAWeIHAKDiBwCq4gcArNQPAPfiBwBI4wcAVOMHAGDyBwBk4wcAnOMHAKTjBwAA1Q8A9eMHAETkBwBM5AcAmOQHAJvkBwDs5AcA+OQHAEDlBwBG5QcAlOUHAK/lBwDo5QcA9OUHADzmBwBC5gcAkOYHAJPmBwDk5gcA7OYHADjnBwA65wcAjOcHAKfnBwDg5wcA4ucHADToBwBC6AcAiOgHAJnoBwDc6AcA3ugHADDpBwBJ6QcAhOkHAJXpBwDY6QcA5OkHACzqBwA06gcAVNUPAIXqBwDU6gcA2uoHACjrBwAw6wcAfOsHAIvrBwDQ6wcA1esHACTsBwAx7AcAeOwHAIXsBwDM7AcA2OwHACDtBwAv7QcAdO0HAH7tBwDI7QcA1u0HABzuBwAh7gcAcO4HAH3uBwCo1Q8A0O4HABjvBwAe7wcAbO8HAIfvBwDA7wcAzO8HABTwBwAa8AcAaPAHAGvwBwC88AcAyPAHABDxBwAW8QcAZPEHAGrxBwC48QcAvfEHAAzyBwAS8gcA/NUPAGbyBwC08gcAuvIHAAjzBwAN8wcAXPMHAGLzBwBQ1g8AtfMHAAT0BwAR9AcAWPQHAGX0BwCs9AcAuPQHAAD1BwAP9QcAVPUHAF71BwCo9QcAtvUHAPz1BwAB9gcAUPYHAF32BwCk9gcAvPYHAPj2BwD+9gcATPcHAFj3BwCg9wcAsPcHAPT3BwD99wcASPgHAEv4BwCc+AcAqPgHAPD4BwD3+AcATNcPAEb5BwCY+QcAovkHAOz5BwDv+QcAQPoHAEj6BwCU+gcAl/oHAOj6BwD0+gcAPPsHAEL7BwCQ+wcAq/sHAOT7BwDw+wcAOPwHAD78BwCg1w8ArPwHAOD8BwDr/AcANP0HADn9BwCI/QcAkf0HANz9BwDf/QcAMP4HADz+BwCE/gcAkP4HAAQJCACc/gcA2P4HAN/+BwAs/wcAMv8HAID/BwCO/wcA1P8HAO//BwAoAAgANAAIAHwACACCAAgA0AAIAOoACAAkAQgAMAEIAHgBCAB+AQgAzAEIANIBCAAgAggAJQIIAHQCCAB6AggA9NcPANUCCAAcAwgAKAMIAHADCAB6AwgAxAMIAMgDCAAYBAgAHQQIAGwECAByBAgAwAQIAOAECAAUBQgAIAUIAGgFCABuBQgAvAUIAMIFCAAQBggAFQYIAGQGCABqBggAnNgPAL0GCAAMBwgAEwcIAGAHCABsBwgAtAcIANAHCAAICAgAEAgIAJjZDwCVCAgAsAgIANYICADs2Q8AFwkIAFgJCABnCQgArAkIALgJCAAACggAAQoIAFQKCABeCggAqAoIALYKCAD8CggAAQsIAFALCABdCwgAQNoPAKwLCAA82w8A/QsIAEwMCABZDAgAoAwIAK0MCAD0DAgAAA0IAEgNCABXDQgAnA0IAKYNCADwDQgA/g0IAEQOCABJDggAmA4IAKUOCADsDggA9A4IAJDbDwBMDwgAlA8IAKQPCADoDwgA8Q8IADwQCAA/EAgAkBAIAJwQCADkEAgA6xAIAOTbDwBDEQgAjBEIAJgRCADgEQgA6BEIADjcDwBBEggAiBIIAI8SCADcEggA3RIIADATCAA1EwgAhBMIAJITCADYEwgA5RMIACwUCAA2FAgAgBQIAIgUCADUFAgA3RQIACgVCAAuFQgAfBUIAI0VCADQFQgA7BUIACQWCAAsFggAjNwPAIMWCADMFggA1hYIACAXCAAqFwgAdBcIAHUXCADg3A8AzRcIABwYCAApGAgAcBgIAH0YCADEGAgA0BgIABgZCAAnGQgAbBkIAHYZCADAGQgAyBkIABQaCAAeGggAaBoIAG0aCAC8GggAxBoIADTdDwAbGwgAZBsIAHAbCAC4GwgAwBsIAIjdDwARHAgAYBwIAG8cCAC0HAgA1BwIAAgdCAAUHQgAXB0IAGIdCACwHQgAuB0IAAQeCAALHggAWB4IAFoeCACsHggAuB4IAAAfCAAWHwgAVB8IAFkfCACoHwgAtR8IANzdDwABIAgAUCAIAF8gCACkIAgAxCAIAPggCAAEIQgATCEIAFIhCACgIQgAqCEIAPQhCAD7IQgASCIIAEoiCACcIggAqCIIAPAiCAAGIwgARCMIAEkjCACYIwgApSMIAOwjCAD0IwgAQCQIAEYkCACUJAgAnSQIAOgkCAD1JAgAPCUIAEklCACQJQgAniUIAOQlCADxJQgAOCYIAE8mCACMJggAuiYIADDeDwDmJggANCcIAO0mCADcuw0ASicIAIgnCACWJwgA3CcIAN8nCAAwKAgAMygIAIQoCACSKAgA2CgIAN0oCAAsKQgAOSkIAIApCACIKQgA1CkIANspCAAoKggANCoIAHwqCACJKggA0CoIAN4qCAAkKwgAMCsIAHgrCAB/KwgAzCsIANQrCAAgLAgAJCwIAHQsCAB/LAgAyCwIANYsCAAcLQgALS0IAHAtCAB8LQgAxC0IAMwtCACE3g8AHi4IAGwuCACALggAwC4IAM4uCAAULwgAIS8IAGgvCAB/LwgAvC8IAMQvCAAQMAgAGjAIAGQwCABpMAgAuDAIAMAwCAAMMQgAGzEIAGAxCABlMQgAtDEIAMExCAAIMggAFTIIAFwyCABoMggAsDIIAL8yCAAEMwgADjMIAFgzCABgMwgArDMIALYzCAAANAgABTQIAFQ0CABcNAgA2N4PALM0CAD8NAgACDUIAFA1CABYNQgALN8PAKk1CAD4NQgABzYIAEw2CABsNggAoDYIAKw2CAD0NggA+jYIAEg3CABQNwgAnDcIAKM3CADwNwgA8jcIAEQ4CABQOAgAmDgIAK44CADsOAgA8TgIAEA5CABNOQgAgN8PAJ05CADoOQgA7jkIADw6CABKOggAkDoIAJ06CADkOggA+zoIADg7CABAOwgAjDsIAJs7CADgOwgA5TsIADQ8CABBPAgAiDwIAJU8CADcPAgA6DwIADA9CAA/PQgAhD0IAI49CADYPQgA9D0IACw+CAA0PggA1N8PAI0+CAAMYAwAjz4IANQ+CADePggAhNUMAPQ+CAAoPwgAND8IAHw/CACCPwgA0D8IANg/CADIgAgA3D8IACRACADqPwgAIGsIADdACAB4QAgAh0AIAMxACADYQAgAIEEIACFBCAB0QQgAfkEIAMhBCADWQQgAHEIIACFCCABwQggAfUIIACjgDwDKQggAGEMIAB5DCABsQwgAcUMIAMBDCADGQwgAJOEPAB9ECABoRAgAdkQIALxECADNRAgAEEUIABxFCABkRQgAbEUIAMzhDwDERQgADEYIABZGCABgRggAb0YIALRGCAC/RggACEcIABZHCABcRwgAaUcIALBHCADHRwgABEgIAAxICABYSAgAW0gIAKxICAC4SAgAAEkIAAZJCABUSQgAb0kIAKhJCAC0SQgA/EkIAAJKCABQSggAWEoIAKRKCACmSggA+EoIAPlKCABMSwgAWksIAKBLCACoSwgA9EsIAA9MCABITAgAVEwIAJxMCACiTAgA8EwIAPNMCABETQgAUk0IAJhNCACdTQgA7E0IAPlNCAAg4g8ATU4IAJDSDABRTggAlE4IAFNOCADUKg0AoE4IAOhOCAD1TggAPE8IAEFPCACQTwgAmk8IAORPCAD0TwgAOFAIAD1QCACMUAgAlVAIAOBQCADtUAgANFEIADtRCACIUQgAlFEIANxRCADiUQgAMFIIADZSCACEUggAiVIIANhSCADeUggAdOIPADhTCACAUwgAhlMIANRTCADaUwgAKFQIADVUCAB8VAgAgVQIANBUCADYVAgAJFUIAFpVCAB4VQgAqFUIAMxVCADUVQgAIFYIAC1WCAB0VggAeVYIAMhWCADQVggAHFcIAB9XCABwVwgAeVcIAMRXCADTVwgAGFgIACNYCABsWAgAdFgIAMBYCADQWAgAFFkIACJZCABoWQgAeVkIALxZCADIWQgAEFoIABhaCABw4w8AaloIALhaCADAWggADFsIABNbCABgWwgAblsIALRbCAC6WwgACFwIABRcCABcXAgAa1wIALBcCAC6XAgABF0IAAldCABYXQgAXl0IAKxdCADAXQgAxOMPAApeCABc2ggADV4IAFReCAAPXggAoJ8IAFleCACoXggAtF4IAPxeCAAJXwgAUF8IAFpfCAAY5A8Av18IAPhfCAD6XwgATGAIAFJgCACgYAgA12AIAPRgCAD6YAgASGEIAFFhCACcYQgAqWEIAPBhCAAnYggARGIIAEtiCACYYggAnWIIAOxiCAD7YggAQGMIAGBjCACUYwgAoGMIAOhjCADuYwgAPGQIAFZkCACQZAgAk2QIAORkCADpZAgAOGUIAEdlCACMZQgArGUIAMDkDwAAZggANGYIAEBmCACIZggAkmYIANxmCADoZggADBgJAOlmCAAwZwgANWcIAIRnCACOZwgA2GcIAOhnCAAsaAgAMWgIAIBoCACJaAgA1GgIAOFoCAAoaQgAL2kIAHxpCACIaQgA0GkIANZpCAAkaggAKmoIAHhqCAB9aggAzGoIANJqCAAU5Q8AI2sIAHRrCAB5awgAyGsIANdrCAAcbAgAPGwIALzlDwB+bAgAxGwIANFsCAAYbQgAH20IAGxtCAB0bQgAwG0IAMJtCAAUbggAx20IACwICwDXbQgAHM0KABpuCAAw8goAHG4IAGhuCABsbggASHYIAH5uCADEjgoAg24IALxuCAC+bggAEG8IACFvCABkbwgAcm8IALhvCAC/bwgADHAIABRwCABgcAgAZ3AIALRwCAC5cAgACHEIABdxCABccQgAfHEIALBxCAC8cQgABHIIAApyCABYcggAYHIIAKxyCAC4cggAAHMIAA1zCABUcwgAb3MIAKhzCAC2cwgA/HMIAAJ0CABQdAgAVXQIAKR0CACxdAgA+HQIAA51CABMdQgAWHUIAKB1CACtdQgA9HUIAP51CAAQ5g8ATXYIAJx2CACidggA8HYIABB3CABEdwgAUncIAJh3CACldwgA7HcIAAN4CABAeAgASHgIAJR4CACjeAgA6HgIAO14CAA8eQgASXkIAJB5CACaeQgA5HkIAOZ5CAA4eggARnoIAIx6CACZeggA4HoIAOx6CAA0ewgAOnsIAIh7CACQewgA3HsIAOJ7CAAwfAgAOXwIAIR8CACRfAgA2HwIAOJ8CAAsfQgAOn0IAIB9CACWfQgA1H0IAOB9CAAofggAMH4IAGTmDwCGfggA0H4IANZ+CAAkfwgAJn8IAHh/CACCfwgAzH8IANh/CAAggAgAN4AIAHSACACIgAgAuOYPANaACAAcgQgAH4EIAHCBCAB4gQgAxIEIANCBCAAYgggAJoIIAGyCCAB2gggAwIIIAMuCCAAUgwgAIIMIAGiDCABugwgAvIMIAMSDCAAQhAgAHYQIAGSECABphAgAuIQIAMKECAAMhQgAFIUIAGCFCABmhQgAtIUIAL2FCAAIhggAFYYIAFyGCABphggAsIYIAL6GCAAEhwgAEYcIAFiHCABvhwgArIcIALSHCAAAiAgABYgIAFSICABaiAgAqIgIALCICAD8iAgAEokIAFCJCABeiQgApIkIAKeJCAD4iQgAB4oIAEyKCABRiggAoIoIAK2KCAD0iggABIsIAEiLCABWiwgAnIsIALOLCADwiwgA+YsIAESMCABKjAgAmIwIAKSMCADsjAgA84wIAAznDwBMjQgAlI0IAJaNCADojQgA8o0IADyOCABIjggAkI4IAJiOCABg5w8A6Y4IADiPCABHjwgAjI8IAKyPCADgjwgA7I8IADSQCAA6kAgAiJAIAJCQCADckAgA3ZAIADCRCAA2kQgAhJEIAImRCADYkQgA85EIACySCAA6kggAgJIIAIeSCADUkggA4JIIACiTCAAukwgAtOcPAIGTCADQkwgA2pMIACSUCAA1lAgAeJQIAISUCADMlAgAz5QIACCVCAAjlQgAdJUIAHyVCADIlQgAz5UIAByWCAAhlggAcJYIAH+WCADElggA5JYIABiXCAAklwgAbJcIAHKXCADAlwgAyJcIABSYCAAhmAgAaJgIAG2YCAC8mAgAxpgIABCZCAAYmQgAZJkIAHSZCAC4mQgAvZkIAAyaCAAVmggAYJoIAG2aCAC0mggAu5oIAAjoDwANmwgAXJsIAGubCACwmwgA0JsIAAScCAAQnAgAWJwIAF6cCACsnAgAtJwIAACdCAAMnQgAVJ0IAGGdCAConQgAr50IAPydCAD9nQgAUJ4IAFWeCACknggAsp4IAPieCAAFnwgATJ8IAFafCABc6A8ApZ8IAPSfCAABoAgASKAIAFWgCACcoAgAoqAIAPCgCAD8oAgARKEIAFShCACYoQgAoaEIAOyhCADvoQgAQKIIAEyiCACUoggAm6IIALDoDwDqoggAPKMIAO+iCAAcyQsA+KIIADgWDABNowgAkKMIAJijCADkowgA7qMIADikCABHpAgAjKQIAI2kCADgpAgA6KQIAFjpDwA8pQgArOkPAKalCADcpQgAq6UIABz4DwCwpQgABMYIAOSlCAAwpggAP6YIAISmCACJpggA2KYIAOWmCAAspwgAOacIAICnCACMpwgA1KcIAOOnCAAoqAgAMqgIAHyoCACfqAgA0KgIAAapCAAkqQgASKkIAHipCACAqQgA/OoPANGpCAAgqggAJqoIAHSqCAB8qggAUOsPANaqCAAcqwgAN6sIAHCrCAB8qwgAxKsIANWrCAAYrAgALKwIAGysCAB0rAgAwKwIAMasCAAUrQgAIK0IAGitCAB4rQgAvK0IAMWtCAAQrggAE64IAGSuCABwrggAuK4IAL+uCACk6w8AGq8IAGCvCABqrwgA+OsPALmvCAAIsAgAFbAIAFywCABpsAgAsLAIALywCAAEsQgAE7EIAFixCABisQgArLEIALqxCAAAsggABbIIAFSyCABhsggAqLIIALCyCABM7A8ACLMIAFCzCABgswgApLMIAK2zCAD4swgA+7MIAEy0CABYtAgAoLQIAKe0CACg7A8AA7UIAEi1CABNtQgAnLUIAKm1CADwtQgA/bUIAES2CABKtggAmLYIAKS2CADstggA/LYIAEC3CABJtwgAlLcIAJe3CADotwgA9LcIADy4CABDuAgA9OwPAJW4CADkuAgA8bgIADi5CABWuQgAjLkIAJi5CADguQgA87kIADS6CABCuggAiLoIAIu6CADcuggA5roIADC7CAA+uwgAhLsIAJG7CADYuwgA77sIACy8CAA0vAgAgLwIAIe8CADUvAgA2bwIACi9CAA+vQgAfL0IAH69CADQvQgA3r0IACS+CAAxvggASO0PAIC+CACc7Q8A0b4IACC/CAAtvwgAdL8IAIG/CADIvwgA1L8IABzACAArwAgAcMAIAHrACADEwAgA0sAIABjBCAAdwQgAbMEIAHnBCADAwQgAyMEIAPDtDwAgwggAaMIIAHjCCAC8wggAxcIIABDDCAATwwgAZMMIAHDDCAC4wwgAv8MIAETuDwAYxAgAYMQIAHDECAC0xAgAdsQIABSyDAC9xAgACMUIAAvFCABcxQgAaMUIALDFCAC3xQgAmO4PAA3GCABMyQgADsYIAFjGCABnxggArMYIAGnGCAD8xwgArcYIAADHCAAcxwgAVMcIAIvHCACoxwgA38cIAOzuDwD/xwgAUMgIAGzICACkyAgA28gIAPjICAAvyQgAQO8PAFnJCACgyQgArskIAPTJCAAHyggASMoIAGTKCACcyggA08oIAPDKCAAnywgAlO8PAFXLCACYywgApMsIAOzLCAD0ywgA6O8PAEXMCACUzAgAnMwIAOjMCAD3zAgAPM0IAEHNCACQzQgAnc0IAOTNCADxzQgAOM4IAETOCACMzggAm84IAODOCADqzggANM8IADzPCACIzwgAks8IANzPCADhzwgAMNAIADjQCAA88A8Ak9AIANjQCACV0AgAKNIIANnQCAAs0QgASNEIAIDRCAC30QgA1NEIAAvSCACQ8A8AK9IIAHzSCACY0ggA0NIIAAfTCAAk0wgAW9MIAOTwDwB70wgAzNMIAN3TCAAg1AgAPNQIAHTUCACr1AgAyNQIAP/UCAA48Q8AKdUIAHDVCAB81QgAxNUIANPVCAAY1ggAItYIAGzWCAB61ggAwNYIAMXWCAAU1wgAIdcIAGjXCABw1wgAvNcIAMLXCAAQ2AgAzNcIACQ8CQAc2AgAZNgIAHTYCAC42AgAwdgIAAzZCAAP2QgAYNkIAGzZCAC02QgAu9kIAIzxDwAr2ggA4PEPAGraCACw2ggAxtoIAATbCAAQ2wgAWNsIAF/bCACs2wgAsdsIAADcCAAJ3AgAVNwIAF7cCAA08g8ArdwIAACRCwCy3AgA/NwIALTcCACgKgsABt0IAFDdCABR3QgApN0IALPdCAD43QgA/d0IAEzeCABZ3ggAoN4IAK3eCAD03ggAAN8IAEjfCABX3wgAnN8IAKbfCADw3wgA/t8IAETgCABJ4AgAmOAIAKXgCADs4AgA7eAIAEDhCABF4QgAlOEIAJnhCADo4QgA+eEIADziCABf4ggAkOIIAJviCADk4ggA6eIIADjjCAA74wgAjOMIAJbjCADg4wgAC+QIADTkCABT5AgA3PIPAJTkCADc5AgA3uQIADDlCAA/5QgAhOUIAI/lCADY5QgA4OUIACzmCAAz5ggAgOYIAILmCADU5ggA3uYIACjnCAAq5wgAfOcIAJXnCADQ5wgA0ucIACToCAAn6AgAeOgIAIToCADM6AgA1OgIADDzDwAs6QgAdOkIAHrpCADI6QgA4+kIABzqCAAo6ggAcOoIAHbqCADE6ggAzOoIABjrCAAa6wgAbOsIAHbrCADA6wgAyOsIAITzDwAl7AgAaOwIAG/sCAC87AgAxOwIABDtCAAd7QgAZO0IAGntCAC47QgAwu0IAAzuCAAU7ggAYO4IAG/uCAC07ggAue4IAAjvCAAV7wgAXO8IAGnvCACw7wgAvO8IAATwCAAT8AgAWPAIAGLwCACs8AgAtPAIAADxCAAK8QgAVPEIAFnxCACo8QgAsPEIANjzDwAI8ggAUPIIAGDyCACk8ggArfIIAPjyCAD78ggATPMIAFjzCACg8wgAp/MIACz0DwD68wgASPQIAE70CACc9AgAofQIAPD0CAD29AgAgPQPAEr1CACY9QgAnvUIAOz1CADx9QgAKGoNAPn1CABA9ggARfYIAJT2CACc9ggA6PYIABv3CAB0/ggAIfcIADz3CAB19wgAkPcIAMn3CADk9wgAFPgIADj4CABA+AgAjPgIAJv4CADg+AgA5fgIADT5CABB+QgAiPkIAJX5CADc+QgA6PkIADD6CAA/+ggAhPoIAI76CADY+ggA5voIACz7CAAx+wgAgPsIAI37CADU+wgA3PsIACj8CAAu/AgAfPwIAIj8CADQ/AgA4PwIACT9CAAt/QgAeP0IAHv9CADM/QgA2P0IACD+CAAn/ggA1PQPAK3+CADI/ggA+P4IABz/CAAk/wgAcP8IAH//CADE/wgAyf8IABgACQAlAAkAbAAJAHkACQDAAAkAzAAJABQBCQAjAQkAaAEJAHIBCQC8AQkAygEJABACCQAVAgkAZAIJAHECCQC4AgkAwAIJAAwDCQASAwkAYAMJAGwDCQC0AwkAxAMJAAgECQARBAkAXAQJAF8ECQCwBAkAvAQJAAQFCQALBQkAKPUPAFoFCQCUeQ0AZgUJAKwFCQC5BQkAAAYJAAwGCQBUBgkAWgYJAKgGCQCuBgkA/AYJAAEHCQBQBwkAVgcJAHz1DwDKBwkA+AcJAB4ICQBMCAkAfwgJAKAICQDZCAkA9AgJACQJCQAk9g8AVAkJAJwJCQBWCQkA6BwKAKYJCQDwCQkACgoJAEQKCQBTCgkAmAoJAJ0KCQDsCgkA+QoJAEALCQBNCwkAlAsJAKALCQDoCwkA9wsJADwMCQBGDAkAkAwJAJwMCQDkDAkA9wwJADgNCQBHDQkAjA0JAJgNCQDgDQkA4Q0JADQOCQA+DgkAiA4JAJYOCQDcDgkA4Q4JADAPCQA9DwkAePYPAIkPCQDYDwkA5Q8JACwQCQA5EAkAgBAJAIwQCQDUEAkA4xAJACgRCQAyEQkAfBEJAIoRCQDQEQkA1REJACQSCQAxEgkAeBIJAIASCQB09w8A2BIJACATCQAwEwkAdBMJAH0TCQDIEwkAyxMJABwUCQAoFAkAcBQJAHcUCQDI9w8AxxQJABgVCQAgFQkAbBUJAHgVCQDAFQkAxhUJABQWCQAaFgkAaBYJAG0WCQC8FgkAwhYJAHD4DwBJFwkAZBcJAJ0XCQC4FwkA3BcJABj5DwASGAkANDQKAB8YCQBgGAkAbxgJALQYCQDAGAkACBkJAAkZCQBcGQkAZhkJALAZCQC+GQkABBoJAAkaCQBYGgkAZRoJAGz5DwDPGgkAwPkPADkbCQBUGwkAjRsJAKgbCQDMGwkAFPoPAAocCQBQHAkAVRwJAKQcCQCxHAkA+BwJAAAdCQBMHQkAUh0JAKAdCQCsHQkA9B0JAAQeCQBIHgkAUR4JAJweCQCfHgkA8B4JACofCQBEHwkAUB8JAGj6DwCeHwkA7B8JAAUgCQBAIAkATiAJAJQgCQChIAkA6CAJAO8gCQA8IQkARSEJAJAhCQCdIQkA5CEJAPshCQA4IgkAOyIJAIwiCQCOIgkA4CIJAOkiCQA0IwkARCMJAIgjCQChIwkA3CMJAN4jCQAwJAkAOSQJAIQkCQCMJAkA2CQJANokCQAsJQkARSUJAIAlCQCXJQkA1CUJAOAlCQAoJgkAOSYJAHwmCQCIJgkA0CYJANsmCQAkJwkAMScJAHgnCQCCJwkAvPoPAN8nCQAgKAkALigJAHQoCQBcKAkAqDAJAK8oCQDIKAkA1SgJABwpCQAkKQkAcCkJAHYpCQDEKQkA0CkJABgqCQAjKgkAbCoJAHUqCQDAKgkAwyoJABQrCQAWKwkAaCsJAG8rCQC8KwkAvisJABD7DwATLAkAZCwJAHIsCQC4LAkAvSwJAAwtCQAZLQkAYC0JAGwtCQC0LQkAvC0JAGT7DwAWLgkAXC4JAGwuCQCwLgkAvi4JAAQvCQANLwkAWC8JAGIvCQCsLwkAri8JAAAwCQAKMAkAVDAJAFYwCQC4+w8ArTAJAPwwCQAEMQkAUDEJAFYxCQCkMQkAsDEJAPgxCQAHMgkATDIJAFUyCQCgMgkAozIJAPQyCQD2MgkASDMJAE8zCQCcMwkAnjMJAAz8DwD1MwkARDQJAGA0CQCYNAkAtDQJAGD8DwD5NAkAvFEKAPs0CQBANQkARTUJAJQ1CQChNQkA6DUJAPU1CQA8NgkAQjYJAJA2CQCcNgkA5DYJAPQ2CQA4NwkAQTcJAIw3CQCPNwkA4DcJAOw3CQA0OAkAOzgJALT8DwCXOAkA3DgJAOE4CQAwOQkAPTkJAIQ5CQCROQkA2DkJAN45CQAsOgkAODoJAIA6CQCQOgkA1DoJAN06CQAoOwkAKzsJAHw7CQCIOwkA0DsJANc7CQAI/Q8AJjwJAHg8CQCGPAkAzDwJAN08CQBc/Q8AJz0JALD9DwB8PQkABP4PAM09CQAcPgkAKT4JAHA+CQB9PgkAxD4JANA+CQAYPwkAJz8JAGw/CQB2PwkAwD8JAM4/CQAUQAkAGUAJAGhACQB1QAkAvEAJAMRACQBY/g8AHEEJAGRBCQB0QQkAuEEJAMFBCQAMQgkAD0IJAGBCCQBsQgkAtEIJALtCCQCs/g8ADUMJAFxDCQBkQwkAsEMJALNDCQAERAkADUQJAFhECQBnRAkArEQJALdECQAARQkACEUJAFRFCQBkRQkAqEUJALZFCQD8RQkADUYJAFBGCQBcRgkApEYJAKxGCQAA/w8A/kYJAExHCQBURwkAoEcJAKdHCQD0RwkAAkgJAEhICQBOSAkAnEgJAKhICQDwSAkA/0gJAERJCQBOSQkAmEkJAJ1JCQDsSQkA8kkJAEBKCQBUSgkAVP8PAKVKCQDoSgkA9EoJADxLCQBCSwkAkEsJAJZLCQDkSwkA6UsJADhMCQA+TAkAqP8PAJFMCQDgTAkA8UwJADRNCQA8TQkAiE0JAEBNCQBsaQkAQk0JAIT7DQCSTQkA3E0JAOpNCQAwTgkARk4JAIROCQCQTgkA2E4JAN9OCQAsTwkANE8JAIBPCQCFTwkA1E8JAN1PCQAoUAkAMlAJAHxQCQCEUAkA0FAJANRQCQAkUQkAL1EJAHhRCQCGUQkAzFEJAN1RCQAgUgkALFIJAHRSCQB8UgkA/P8PAMpSCQAcUwkAKlMJAHBTCQB6UwkAxFMJANJTCQAYVAkAJVQJAGxUCQCDVAkAwFQJAMhUCQAUVQkAJFUJAGhVCQBtVQkAvFUJAMJVCQAQVgkAGFYJAGRWCQBmVgkAuFYJAMVWCQAMVwkAFFcJAGBXCQBlVwkAtFcJALVXCQAIWAkAFFgJAFxYCQBpWAkAsFgJALhYCQAEWQkAE1kJAFhZCQBdWQkArFkJALlZCQAAWgkADVoJAFRaCQBgWgkAqFoJALdaCQD8WgkABlsJAFBbCQBeWwkApFsJAKlbCQD4WwkABVwJAFAAEABPXAkAoFwJAKhcCQD0XAkAAV0JAEhdCQBNXQkAnF0JAKZdCQDwXQkA+F0JAEReCQBGXgkAmF4JALNeCQDsXgkA7l4JAEBfCQBOXwkAlF8JAKVfCQDoXwkA6l8JADxgCQBVYAkAkGAJAKFgCQDkYAkA8GAJAKQAEABAYQkAjGEJAJJhCQDgYQkA7GEJADRiCQBRYgkAiGIJAJFiCQDcYgkA6GIJADBjCQAzYwkAhGMJAI5jCQDYYwkA4GMJACxkCQA2ZAkAgGQJAI5kCQDUZAkA6mQJAChlCQA0ZQkAfGUJAINlCQDQZQkA2GUJACRmCQApZgkAeGYJAIFmCQDMZgkA1mYJACBnCQAoZwkAdGcJAHZnCQDIZwkA2GcJABxoCQAmaAkAcGgJAHxoCQDEaAkAymgJABhpCQAgaQkA+AAQAHJpCQDAaQkAxmkJABRqCQAZagkAaGoJAG5qCQBMARAAymoJABBrCQAmawkAZGsJAHBrCQC4awkAvWsJAAxsCQAVbAkAYGwJAGpsCQC0bAkA12wJAAhtCQAMbQkAXG0JABdtCQCsbgkAXm0JALBtCQC+bQkABG4JAA5uCQBYbgkAfG4JAEgCEACybgkAAG8JAAxvCQBUbwkAVm8JAKhvCQCybwkA/G8JAAhwCQBQcAkAdHAJAJwCEACocAkA+HAJALNwCQBIcgkA+nAJAExxCQBacQkAoHEJAKpxCQD0cQkAGHIJAPACEABOcgkAnHIJAKhyCQDwcgkA8nIJAERzCQBOcwkAmHMJAKRzCQDscwkAEHQJAEQDEABddAkAlHQJAJ10CQDodAkA9nQJADx1CQBCdQkAkHUJAJx1CQDkdQkA7HUJAJgDEAA/dgkAjHYJAKV2CQDgdgkA73YJADR3CQA8dwkAiHcJAJd3CQDcdwkA4XcJADB4CQA9eAkAhHgJAJF4CQDYeAkA5HgJACx5CQA7eQkAgHkJAIp5CQDUeQkA4nkJACh6CQAtegkAfHoJAIl6CQDsAxAA0XoJACz3CQDpegkAJHsJAC57CQB4ewkAensJAMx7CQDaewkAIHwJAC18CQB0fAkAfHwJAMh8CQDxfAkAHH0JACN9CQBwfQkAiX0JAMR9CQDTfQkAGH4JACB+CQBsfgkAe34JAMB+CQDFfgkAFH8JACF/CQBofwkAdX8JALx/CQDIfwkAEIAJAB+ACQBkgAkAboAJALiACQDGgAkADIEJABGBCQBggQkAbYEJAEAEEAC5gQkA7JULAMCBCQAIggkA3IEJALi4EAAbggkAXIIJAGuCCQCwggkAvIIJAASDCQAQgwkAWIMJAF+DCQCsgwkAuIMJAACECQAHhAkAVIQJAFyECQCohAkArIQJAPyECQAHhQkAUIUJAFyFCQCkhQkAsYUJAPiFCQAAhgkATIYJAFaGCQCghgkApoYJAPSGCQAIhwkASIcJAFaHCQCchwkAqYcJAPCHCQAHiAkARIgJAEyICQCYiAkAoogJAOyICQDxiAkAQIkJAEiJCQCUiQkAo4kJAOiJCQDtiQkAPIoJAEmKCQCQigkAnYoJAOSKCQDwigkAOIsJAEeLCQCMiwkAlosJAJQEEADoiwkANIwJAEOMCQCIjAkAjYwJANyMCQDljAkAMI0JAEGNCQCEjQkAi40JANiNCQDgjQkALI4JADmOCQCAjgkAhY4JANSOCQDejgkAKI8JADCPCQB8jwkAlY8JANCPCQDcjwkAJJAJACyQCQDoBBAAh5AJAMyQCQDpkAkAIJEJACmRCQB0kQkAgpEJAMiRCQDOkQkAHJIJACiSCQBwkgkAd5IJAMSSCQDMkgkAGJMJACiTCQBskwkAcpMJAMCTCQDFkwkAFJQJACqUCQBolAkAcJQJALyUCQDGlAkAEJUJABuVCQBklQkAcJUJALiVCQDAlQkAPAUQABmWCQBglgkAZ5YJALSWCQDAlgkACJcJAA6XCQBclwkAbZcJALCXCQDElwkABJgJABKYCQBYmAkAZZgJAKyYCQDDmAkAAJkJAAiZCQBUmQkAW5kJAKiZCQCqmQkA/JkJAAaaCQBQmgkAUpoJAKSaCQC9mgkA+JoJAPqaCQBMmwkAT5sJAKCbCQCsmwkA9JsJACCcCQCQBRAAV5wJAJycCQC5nAkA8JwJAPmcCQBEnQkAUp0JAJidCQCenQkA7J0JAPidCQBAngkASJ4JAOQFEACcngkA6J4JAO6eCQA8nwkASJ8JAJCfCQCTnwkA5J8JAOmfCQA4oAkAQaAJAIygCQCSoAkA4KAJAO+gCQA0oQkAQKEJAIihCQCQoQkAOAYQAOKhCQAwogkANaIJAISiCQCaogkA2KIJAOCiCQAsowkAOqMJAICjCQCKowkA1KMJANejCQAopAkAMKQJAHykCQB9pAkA0KQJANakCQAkpQkAMqUJAHilCQCOpQkAzKUJAM6lCQAgpgkAJqYJAHSmCQCIpgkAyKYJANCmCQAcpwkALKcJAHCnCQBypwkAxKcJANOnCQAYqAkAIqgJAGyoCQBxqAkAwKgJAMaoCQAUqQkAKKkJAGipCQBwqQkAvKkJAMGpCQAQqgkAFqoJAGSqCQBsqgkAuKoJALuqCQAMqwkAEasJAGCrCQBpqwkAtKsJALqrCQAIrAkAF6wJAFysCQBorAkAjAYQALysCQAErQkAF60JAFitCQB0rQkArK0JALStCQDgBhAADq4JAFSuCQBqrgkAqK4JALSuCQD8rgkAAa8JAFCvCQBZrwkApK8JAK6vCQD4rwkAALAJAEywCQBOsAkAoLAJAK+wCQD0sAkAEbEJAEixCQBRsQkAnLEJAKqxCQDwsQkA9rEJAESyCQBSsgkAmLIJAKWyCQDssgkAA7MJAECzCQBIswkAlLMJAJazCQDoswkA8LMJADy0CQBLtAkAkLQJAJW0CQDktAkA8bQJADi1CQBFtQkAjLUJAJi1CQDgtQkA77UJADS2CQA+tgkAiLYJAJa2CQDctgkA4bYJADC3CQA9twkANAcQAI63CQDYtwkA2rcJACy4CQAzuAkAgLgJAIe4CQDUuAkA2rgJACi5CQA2uQkAfLkJAIm5CQDQuQkA4LkJACS6CQApugkAeLoJAIC6CQDMugkAlLoJAAwpCgDYugkAILsJACK7CQAUvgkALbsJAHS7CQB5uwkAyLsJANK7CQAcvAkALLwJAHC8CQB1vAkAxLwJAM28CQAYvQkAJb0JAGy9CQBzvQkAwL0JAMi9CQCIBxAAIr4JAGi+CQCAvgkAvL4JAL6+CQAQvwkAJ78JAGS/CQBmvwkAuL8JAMa/CQAMwAkAGcAJAGDACQBowAkA3AcQALrACQAIwQkACsEJAFzBCQBpwQkAsMEJALPBCQAEwgkAFcIJAFjCCQBawgkArMIJALbCCQAAwwkADMMJAFTDCQBcwwkAMAgQAK3DCQD8wwkA/8MJAFDECQBaxAkApMQJAKzECQD4xAkABcUJAEzFCQBOxQkAoMUJALbFCQD0xQkAAMYJAEjGCQBQxgkAhAgQAJ/GCQDwxgkA+cYJAETHCQBSxwkARPEJAFPHCQCYxwkAo8cJAOzHCQD0xwkAQMgJAEvICQCUyAkAmcgJAOjICQDryAkAPMkJAEbJCQAsCRAAlskJAOTJCQCayQkAuBwNAP/JCQA4ygkARMoJAIzKCQCSygkA4MoJAOjKCQA0ywkASssJAIjLCQCWywkA3MsJAN/LCQAwzAkAScwJAITMCQCQzAkA2MwJAOPMCQAszQkALs0JAIDNCQCbzQkA1M0JAOLNCQAozgkANc4JAHzOCQCTzgkAgAkQANLOCQAEHw0A5s4JACTPCQAlzwkAeM8JAH3PCQDMzwkA0s8JACDQCQAi0AkAdNAJAHrQCQDI0AkA3NAJABzRCQAk0QkAcNEJAIDRCQDE0QkAxtEJABjSCQAm0gkAbNIJAH3SCQDUCRAAxtIJABTTCQAg0wkAKAoQAGrTCQC80wkAzdMJABDUCQAY1AkAZNQJAG3UCQC41AkAv9QJAAzVCQAN1QkAfAoQAGzVCQC01QkAttUJAAjWCQAP1gkAXNYJAGTWCQCw1gkAudYJAATXCQAL1wkAWNcJAFnXCQDQChAAsdcJAADYCQAI2AkAVNgJAF7YCQCo2AkAttgJAPzYCQAS2QkAUNkJAFzZCQCk2QkAqdkJAPjZCQAB2gkATNoJAFbaCQAkCxAAodoJAPTaCQD82gkACDsLAAzbCQBI2wkAVdsJAJzbCQCo2wkA8NsJAPrbCQBE3AkASNwJAJjcCQCd3AkA7NwJAPLcCQBA3QkAYN0JAJTdCQCs3QkA6N0JAP/dCQA83gkASN4JAJDeCQCa3gkA5N4JAObeCQA43wkAP98JAIzfCQCT3wkA4N8JAObfCQA04AkAQOAJAIjgCQCL4AkA3OAJAN/gCQAw4QkAPOEJAIThCQCH4QkA2OEJAPThCQAs4gkANOIJAHgLEACM4gkA1OIJAN7iCQAo4wkAKuMJAHzjCQCD4wkA0OMJANfjCQAk5AkAKuQJAHjkCQCG5AkAzOQJANnkCQAg5QkAMOUJAHTlCQB55QkAyOUJANDlCQAc5gkALOYJAHDmCQB15gkAxOYJAMrmCQAY5wkAIOcJAMwLEABy5wkAwOcJAMjnCQAU6AkAF+gJAGjoCQB06AkAvOgJAMLoCQAQ6QkAK+kJAGTpCQBy6QkAuOkJAMfpCQAM6gkAGOoJAGDqCQBo6gkAdAwQALnqCQAI6wkAEusJAFzrCQBk6wkAsOsJANDrCQAE7AkAEewJAFjsCQBd7AkArOwJALDsCQAA7QkADe0JAMgMEABZ7QkAqO0JAKvtCQD87QkABu4JAFDuCQBc7gkApO4JALfuCQD47gkAB+8JAEzvCQBY7wkAoO8JAKHvCQD07wkA/u8JAEjwCQBW8AkAnPAJAKHwCQDw8AkA/fAJABwNEABO8QkAmPEJAJrxCQDs8QkABfIJAEDyCQBR8gkAlPIJAKDyCQDo8gkA8PIJABgOEABD8wkAkPMJAJfzCQDk8wkA6vMJADj0CQBE9AkAjPQJAI/0CQDg9AkA4/QJADT1CQA89QkAiPUJAJj1CQDc9QkA4fUJADD2CQA59gkAhPYJAJH2CQDY9gkA3/YJAGwOEAA49wkAgPcJAI33CQDU9wkA3PcJACj4CQAy+AkAfPgJAIv4CQDQ+AkA0fgJACT5CQAs+QkAePkJAIf5CQDM+QkA0fkJACD6CQAt+gkAdPoJAIH6CQDI+gkA1PoJABz7CQAr+wkAcPsJAHr7CQDE+wkA0vsJABj8CQAd/AkAbPwJAHn8CQDA/AkAyPwJABT9CQAe/QkAaP0JAG39CQC8/QkAxP0JAMAOEAAe/gkAZP4JAHD+CQC4/gkAvv4JAAz/CQAS/wkAYP8JAGX/CQC0/wkAuv8JABQPEAAUAAoAXAAKAGIACgCwAAoAtgAKAAQBCgARAQoAWAEKAF0BCgCsAQoAtAEKAAACCgAeAgoAEBAQAFYCCgAkbwwAVwIKAICbCwBaAgoA4C8LAGoCCgCoAgoAqQIKAPwCCgABAwoAUAMKAFYDCgCkAwoApgMKAPgDCgD+AwoATAQKAGAECgCgBAoAqAQKAPQECgAEBQoASAUKAEoFCgCcBQoAqgUKAPAFCgABBgoAZBAQAEoGCgCYBgoApAYKALgQEAD5BgoAQAcKAEgHCgCUBwoAoQcKAOgHCgDqBwoAPAgKAFIICgCQCAoAnAgKAOQICgDsCAoAYBEQAEQJCgCMCQoAjwkKAOAJCgDlCQoANAoKAEUKCgCICgoAkQoKANwKCgDmCgoAMAsKAD4LCgCECwoAiQsKANgLCgDlCwoAtBEQADgMCgCADAoAjQwKANQMCgDWDAoAKA0KAD4NCgB8DQoAiA0KANANCgDYDQoACBIQACkOCgB4DgoAfg4KAMwOCgDUDgoAIA8KACMPCgB0DwoAgA8KAMgPCgDODwoAHBAKADcQCgBwEAoAfRAKAMQQCgDGEAoAGBEKAC4RCgBsEQoAeBEKAMARCgDIEQoAXBIQABoSCgBoEgoAbRIKALwSCgDXEgoAEBMKAB4TCgBkEwoAaxMKALgTCgDEEwoADBQKABMUCgCwEhAAaxQKALQUCgC8FAoACBUKABMVCgBcFQoAYRUKALAVCgCzFQoABBYKAA4WCgBYFgoAYBYKAKwWCgC6FgoAABcKAAMXCgBUFwoAXBcKAKgXCgDIFwoA/BcKAAkYCgBQGAoAVRgKAKQYCgCoGAoA+BgKAAUZCgAEExAAbBkKAKAZCgCpGQoA9BkKAPUZCgBIGgoAUBoKAJwaCgCsGgoA8BoKAPIaCgBEGwoAUhsKAJgbCgCpGwoAWBMQAPIbCgBAHAoATBwKAKwTEACbHAoAABQQAO0cCgA8HQoAVh0KAJAdCgCfHQoA5B0KAO8dCgA4HgoAOh4KAIweCgCZHgoA4B4KAO0eCgA0HwoAQB8KAIgfCgCZHwoA3B8KAN8fCgAwIAoASiAKAIQgCgCNIAoA2CAKAOUgCgAsIQoAMiEKAIAhCgCMIQoA1CEKANchCgAoIgoALSIKAHwiCgCNIgoA0CIKAOsiCgAkIwoAMCMKAHgjCgB/IwoAzCMKAM4jCgAgJAoAJyQKAHQkCgB7JAoAyCQKAM4kCgAcJQoAKCUKAHAlCgBzJQoAxCUKAMclCgAYJgoAJCYKAGwmCgB/JgoAwCYKAM8mCgAUJwoAICcKAGgnCgBpJwoAvCcKAMYnCgAQKAoAHigKAGQoCgBpKAoAuCgKAMUoCgBUFBAAFCkKAKgUEABiKQoAtCkKAMopCgAIKgoAFCoKAFwqCgBkKgoA/BQQALYqCgAEKwoADCsKAFgrCgBbKwoArCsKALgrCgAALAoABiwKAFQsCgBvLAoAqCwKALYsCgD8LAoACy0KAFAtCgBcLQoApC0KAKwtCgBQFRAA/S0KAEwuCgBWLgoAoC4KAKguCgD0LgoAFC8KAEgvCgBVLwoAnC8KAKEvCgDwLwoA9C8KAEQwCgBRMAoApBUQALswCgD4FRAA8TAKAEAxCgBPMQoAlDEKALQxCgDoMQoA9DEKADwyCgBGMgoAkDIKAJwyCgDkMgoA6jIKADgzCgA+MwoAjDMKAJEzCgDgMwoA5jMKAEwWEAA6NAoAiDQKAI00CgDcNAoA4jQKAPQWEAAzNQoAhDUKAI41CgDYNQoA2jUKACw2CgBFNgoAgDYKAJE2CgDUNgoA4jYKACg3CgArNwoAfDcKAIc3CgDQNwoA2DcKACQ4CgAmOAoAeDgKAIA4CgDMOAoA2TgKACA5CgAsOQoAdDkKAHg5CgDIOQoA0DkKABw6CgArOgoAcDoKAHU6CgDEOgoA0ToKABg7CgAlOwoAbDsKAHg7CgDAOwoAzzsKABQ8CgAePAoAaDwKAHY8CgC8PAoAwTwKABA9CgAdPQoASBcQAGw9CgCcFxAAvD0KAPxBCgDEPQoADD4KABI+CgBgPgoAZj4KALQ+CgDBPgoACD8KAA0/CgBcPwoAZD8KALA/CgDjPwoArEAKAOk/CgAEQAoAKkAKAABBCgA9QAoAWEAKAJFACgDwFxAA5UAKAEQYEAAmQQoAVEEKAIdBCgCoQQoA4UEKAJgYEAAKQgoAUEIKAF1CCgCkQgoAsEIKAPhCCgD+QgoATEMKAFJDCgCgQwoApUMKAPRDCgD6QwoA7BgQAG5ECgBERQoAgUQKAJxECgDVRAoAlBkQAClFCgDoGRAAakUKAJhFCgDLRQoA7EUKACVGCgA8GhAASkYKAJRGCgCZRgoA6EYKAPBGCgCQGhAAQUcKAJBHCgCZRwoA5EcKAPFHCgA4SAoAP0gKAOQaEACUSAoAOBsQAPNICgA0SQoAQEkKAIhJCgCXSQoA3EkKAOVJCgAwSgoAOkoKAIRKCgCGSgoA2EoKAPFKCgAsSwoAPUsKAIBLCgCMSwoA1EsKANxLCgCMGxAANkwKAHxMCgCNTAoA0EwKANxMCgAkTQoALE0KAOAbEAB9TQoAzE0KANZNCgAgTgoAKE4KAHROCgCETgoAyE4KAM1OCgAcTwoAJU8KAHBPCgB9TwoAxE8KAMtPCgA0HBAAHlAKABTDDQAlUAoAbFAKACtQCgCUpwwAcVAKAMBQCgDMUAoAFFEKACFRCgBoUQoAclEKAIgcEADBUQoAEFIKABxSCgBkUgoAcVIKALhSCgDCUgoADFMKAChTCgBgUwoAaFMKANwcEAC5UwoACFQKABBUCgBcVAoAX1QKALBUCgC5VAoABFUKABNVCgBYVQoAY1UKAKxVCgC0VQoAAFYKABBWCgBUVgoAYlYKAKhWCgC5VgoA/FYKAAhXCgBQVwoAWFcKADAdEACqVwoA+FcKAABYCgBMWAoAU1gKAKBYCgCuWAoA9FgKAPpYCgBIWQoAVFkKAJxZCgCrWQoA8FkKAPpZCgBEWgoASVoKAJhaCgCeWgoA7FoKAABbCgBAWwoASFsKAJRbCgCyWwoA6FsKAPBbCgCEHRAARFwKANgdEACYXAoA5FwKAP1cCgA4XQoAQV0KAIxdCgCcXQoA4F0KAPBdCgA0XgoAQF4KAIheCgCOXgoA3F4KAOpeCgAwXwoAPV8KAIRfCgCbXwoA2F8KAOBfCgAsYAoANmAKAIBgCgCOYAoA1GAKAOpgCgAoYQoANGEKAHxhCgCDYQoA0GEKANhhCgAkYgoAKWIKAHhiCgCBYgoAzGIKANZiCgAgYwoAKGMKAHRjCgB2YwoAyGMKANhjCgAcZAoAJmQKAHBkCgB8ZAoAxGQKAMpkCgAYZQoAIGUKAIAeEAB1ZQoAwGUKANFlCgAUZgoAIGYKAGhmCgB1ZgoAvGYKAMFmCgAQZwoAGmcKAGRnCgB0ZwoAuGcKAL1nCgAMaAoAFWgKAGBoCgBtaAoAtGgKALtoCgAIaQoAFGkKAFxpCgBiaQoAsGkKALZpCgAEagoACWoKAFhqCgBeagoA1B4QALFqCgAAawoACGsKAFRrCgBqawoAqGsKAK1rCgD8awoAA2wKAFBsCgBZbAoApGwKALVsCgD4bAoABG0KAExtCgBUbQoA0B8QAKJtCgD0bQoACm4KAEhuCgBUbgoAnG4KAKNuCgDwbgoA+G4KACQgEABJbwoAmG8KAKBvCgDsbwoAAnAKAEBwCgBFcAoAlHAKAJtwCgDocAoA8XAKADxxCgBNcQoAkHEKAJxxCgDkcQoA7HEKAHggEAA6cgoAjHIKAKJyCgDgcgoA7HIKADRzCgA7cwoAiHMKAJBzCgDMIBAA4XMKADB0CgA3dAoAhHQKAI10CgDYdAoA6XQKACx1CgA4dQoAgHUKAIh1CgAgIRAA1nUKACh2CgA3dgoAfHYKAJx2CgDQdgoA0nYKACR3CgA7dwoAeHcKAIR3CgDMdwoA1HcKAMghEAAleAoAdHgKAHZ4CgDIeAoAz3gKABx5CgAkeQoAcHkKAHl5CgDEeQoAynkKABh6CgApegoAbHoKAHR6CgBwIhAAzHoKABR7CgAXewoAaHsKAG17CgC8ewoAzXsKABB8CgArfAoAZHwKAHB8CgC4fAoAwHwKAMQiEAAifQoAYH0KAGF9CgC0fQoAuX0KAAh+CgAOfgoAXH4KAGZ+CgCwfgoAuH4KAAR/CgAWfwoAGCMQAGV/CgCsfwoAtn8KAACACgAGgAoAVIAKAGiACgCogAoAsIAKAPyACgAMgQoAUIEKAFWBCgCkgQoAqoEKAPiBCgAAggoATIIKAE2CCgCgggoAooIKAPSCCgADgwoASIMKAGiDCgCcgwoAnoMKAPCDCgAHhAoARIQKAFCECgCYhAoAoIQKAGwjEAD0hAoAQIUKAFmFCgCUhQoAnYUKAOiFCgDyhQoAPIYKAESGCgCQhgoAoIYKAOSGCgDphgoAOIcKAEGHCgCMhwoAmYcKAOCHCgDnhwoANIgKADyICgAUJBAAkogKANyICgDkiAoAMIkKAD6JCgCEiQoAkYkKANiJCgDgiQoALIoKAC6KCgCAigoAiIoKANSKCgDVigoAKIsKACqLCgB8iwoAi4sKANCLCgDwiwoAJIwKACaMCgB4jAoAj4wKAMyMCgDYjAoAII0KADqNCgB0jQoAnY0KAMiNCgDLjQoAHI4KACGOCgBwjgoAfY4KAGgkEADGjgoAGI8KACKPCgBsjwoAe48KAMCPCgDLjwoAFJAKACKQCgBokAoAdZAKALyQCgDTkAoAEJEKABiRCgBkkQoAZZEKALiRCgC6kQoADJIKABuSCgBgkgoAgJIKALSSCgC2kgoACJMKAB+TCgBckwoAaJMKALCTCgC4kwoAvCQQAAmUCgBYlAoAXpQKAKyUCgC0lAoAAJUKAB+VCgBUlQoAYZUKAKiVCgCplQoA/JUKABKWCgBQlgoAbJYKABAlEACplgoA+JYKAAKXCgBMlwoAVJcKAKCXCgChlwoA9JcKAKKXCgDQoAoA+pcKAEiYCgBUmAoAnJgKAKyYCgDwmAoA/pgKAESZCgBXmQoAmJkKAKSZCgDsmQoA85kKAECaCgBImgoAlJoKAJiaCgDomgoA9poKADybCgBGmwoAkJsKAJubCgDkmwoA7JsKADicCgBvnAoAjJwKAJScCgDgnAoA5ZwKADSdCgA6nQoAiJ0KAJCdCgDcnQoA9p0KADCeCgBnngoAhJ4KAIyeCgDYngoA3Z4KACyfCgAynwoAgJ8KAIifCgDUnwoA7p8KACigCgBCoAoAfKAKALOgCgBkJRAA2KAKACShCgAroQoAeKEKAIShCgDMoQoAzaEKACCiCgAsogoAdKIKAIGiCgDIogoAz6IKAByjCgAoowoAcKMKAH2jCgDEowoA06MKABikCgAspAoAuCUQAG6kCgDApAoAeKQKAKj2DADDpAoAlGgMAM2kCgBoTQsAz6QKABSlCgA0pQoAaKUKAGqlCgC8pQoA06UKABCmCgAcpgoAZKYKAGymCgAMJhAAuqYKAAynCgAZpwoAYKcKAGmnCgC0pwoAtqcKAAioCgAZqAoAXKgKAG2oCgCwqAoAxKgKAGAmEAAkqQoAWKkKAFqpCgCsqQoAw6kKAACqCgAMqgoAVKoKAFyqCgC0JhAAqqoKAPyqCgD/qgoAUKsKAFirCgCkqwoAsasKAPirCgD9qwoATKwKAFasCgCgrAoAqKwKAPSsCgANrQoASK0KAFStCgCcrQoAqK0KAPCtCgD9rQoARK4KAEyuCgCYrgoAqK4KAOyuCgDxrgoAQK8KAEmvCgCUrwoAoa8KAOivCgDvrwoAPLAKAESwCgAIJxAAnbAKAOSwCgDnsAoAOLEKAEKxCgCMsQoAjrEKAOCxCgDxsQoANLIKAEWyCgCIsgoAlLIKANyyCgDjsgoAMLMKAEqzCgCEswoAjLMKANizCgDZswoAXL0KAOKzCgAstAoAMrQKAIC0CgCUtAoA1LQKANy0CgAotQoAMrUKAHy1CgCBtQoA0LUKANi1CgAktgoAMrYKAHi2CgCFtgoAzLYKAM+2CgAgtwoAKrcKAHS3CgB2twoAyLcKANm3CgAcuAoALbgKAHC4CgB4uAoAXCcQAM64CgAYuQoANLkKAGy5CgB0uQoAsCcQAMG5CgAUugoAKroKAGi6CgBwugoAvLoKAMq6CgAQuwoAHbsKAGS7CgBnuwoAuLsKAMK7CgAMvAoADrwKAGC8CgBxvAoAtLwKAMW8CgAIvQoAEL0KAAQoEABtvQoAsL0KALy9CgAEvgoABr4KAFi+CgBbvgoArL4KALi+CgAAvwoACL8KAFgoEABdvwoAqL8KALW/CgD8vwoABMAKAFDACgBiwAoApMAKALHACgD4wAoA+cAKAEzBCgBiwQoAoMEKAKjBCgD0wQoAAsIKAEjCCgBVwgoAnMIKAJ/CCgDwwgoA+sIKAETDCgBGwwoAmMMKAKnDCgDswwoA/cMKAEDECgBIxAoArCgQAKHECgDoxAoA8sQKADzFCgBKxQoAkMUKAKbFCgDkxQoA8MUKADjGCgBExgoAjMYKAJLGCgDgxgoA5sYKADTHCgA5xwoAiMcKAI7HCgAAKRAA4ccKADDICgAyyAoAhMgKAIvICgDYyAoA4MgKACzJCgAvyQoAgMkKAInJCgDUyQoA48kKACjKCgAzygoAfMoKAITKCgDQygoA4MoKACTLCgAyywoAeMsKAInLCgDMywoA2MsKACDMCgAozAoA/CkQAJLMCgDIzAoA0MwKAFAqEAAozQoAcM0KAIbNCgDEzQoAzM0KABjOCgA3zgoApCoQAG/OCgA4BQsAec4KAMDOCgDDzgoA/K8OAMjOCgAUzwoAys4KAKTiDAAWzwoAaM8KAB7PCgCM2woAJc8KAKjUCgB1zwoAvM8KANDPCgAQ0AoAGNAKAGTQCgBp0AoAuNAKAMjQCgAM0QoAFNEKAGDRCgBq0QoAtNEKAL/RCgAI0goAFNIKAFzSCgBk0goA+CoQALXSCgAE0woADdMKAFjTCgBe0woArNMKALvTCgAA1AoADNQKAFTUCgBX1AoATCsQAK3UCgD81AoAC9UKAFDVCgBS1QoApNUKALXVCgD41QoACdYKAEzWCgBg1goAoNYKAKjWCgD01goAAtcKAEjXCgBV1woAnNcKAJ/XCgDw1woA+tcKAETYCgBG2AoAmNgKAKnYCgDs2AoA/dgKAEDZCgBM2QoAlNkKAJvZCgDo2QoA8NkKADzaCgBT2goAkNoKAJzaCgDk2goA+toKADjbCgA72woAoCsQAJfbCgDg2woA7NsKADTcCgA83AoA9CsQAJTcCgDc3AoA8twKADDdCgAz3QoAhN0KAIzdCgDY3QoA2t0KACzeCgBH3goAgN4KAILeCgDU3goA4t4KACjfCgA53woAfN8KAH7fCgDQ3woA6d8KACTgCgA14AoAeOAKAITgCgBILBAA0uAKACDhCgAu4QoAdOEKAI/hCgDI4QoA1OEKABziCgAi4goAcOIKAHjiCgDE4goA1OIKABjjCgAd4woAbOMKAHXjCgDA4woAzeMKABTkCgAb5AoAaOQKAHDkCgCcLBAAweQKABDlCgAW5QoAZOUKAGzlCgC45QoA4eUKAAzmCgAT5goAYOYKAHnmCgC05goAw+YKAAjnCgAk5woA8CwQAGHnCgCw5woAuucKAAToCgAU6AoAWOgKAF3oCgCs6AoAtegKAADpCgAN6QoAVOkKAFvpCgCo6QoAtOkKAPzpCgAP6goAUOoKAF/qCgCk6goAsOoKAPjqCgD56goATOsKAFbrCgCg6woArusKAPTrCgD56woASOwKAFXsCgBELRAArewKAPDsCgDy7AoARO0KAEftCgCY7QoAm+0KAOztCgDz7QoAQO4KAEzuCgCU7goApO4KAOjuCgD47goAPO8KAEHvCgCQ7woAme8KAOTvCgDx7woAOPAKAD/wCgCM8AoAmPAKAODwCgDm8AoANPEKADrxCgCI8QoAjfEKANzxCgDi8QoAQC4QADryCgCE8goAkvIKANjyCgDo8goALPMKAC7zCgCA8woAj/MKANTzCgDe8woAKPQKADD0CgA8LxAAgvQKAND0CgDc9AoAkC8QACn1CgB49QoAgPUKAMz1CgDc9QoAIPYKAC72CgB09goAgfYKAMj2CgDP9goAHPcKACT3CgA4MBAAgfcKAMT3CgDL9woAGPgKACD4CgBs+AoAefgKAMD4CgDF+AoAFPkKAB75CgBo+QoAcPkKALz5CgDV+QoAEPoKABz6CgBk+goAbPoKAIwwEADE+goADPsKAA/7CgBg+woAZfsKALT7CgDF+woACPwKACP8CgBc/AoAaPwKALD8CgC3/AoABP0KACD9CgBY/QoAYP0KAOAwEACx/QoAAP4KAAr+CgBU/goAXP4KAKj+CgCq/goAtDYMALj+CgD8/goAAf8KAFD/CgBZ/woApP8KALH/CgD4/woA//8KADQxEABVAAsAoAALAK0ACwD0AAsAAwELAEgBCwBSAQsAnAELAKoBCwDwAQsA9QELAEQCCwBRAgsAmAILAKACCwCIMRAA+AILAEADCwBNAwsAlAMLAJcDCwDoAwsA9gMLADwECwBBBAsAkAQLAJ0ECwDkBAsA7AQLANwxEABABQsAjAULAJIFCwDgBQsAkwULACBfCwDsBQsANAYLAFEGCwCIBgsAkQYLANwGCwDqBgsAMAcLADYHCwCEBwsAkAcLANgHCwDfBwsAMDIQADIICwCACAsAjggLANQICwDvCAsAKAkLADQJCwB8CQsAggkLAIQyEADzCQsA2DIQACkKCwB4CgsAhQoLAMwKCwDZCgsAIAsLACwLCwB0CwsAgwsLAMgLCwDSCwsAHAwLACoMCwBwDAsAdQwLAMQMCwDRDAsAGA0LADQNCwBsDQsAdA0LACwzEADMDQsAFA4LADEOCwBoDgsAcQ4LALwOCwDKDgsAEA8LABYPCwBkDwsAcA8LALgPCwC/DwsADBALABQQCwBgEAsAdhALALQQCwC5EAsACBELAA8RCwBcEQsAZRELALARCwDBEQsABBILABASCwBYEgsAYBILANQzEACyEgsAABMLAAUTCwBUEwsAbxMLAKgTCwC2EwsA/BMLAAMUCwBQFAsAXBQLAKQUCwCnFAsA+BQLAAAVCwBMFQsATRULAKAVCwCiFQsA9BULAAMWCwBIFgsAaBYLAJwWCwCeFgsA8BYLAAcXCwBEFwsAUBcLAJgXCwCgFwsAKDQQAO0XCwBAGAsATBgLAJQYCwCjGAsA6BgLAPAYCwB8NBAAPhkLAJAZCwCeGQsA5BkLAPUZCwDQNBAAPxoLACQ1EACUGgsAzDUQAOoaCwA0GwsAQBsLAIgbCwCeGwsA3BsLAOgbCwAwHAsAQxwLAIQcCwCSHAsA2BwLAOIcCwAgNhAANB0LAHQ2EACWHQsA1B0LAOAdCwAoHgsANR4LAHweCwCGHgsA0B4LANIeCwAkHwsALh8LAHgfCwCGHwsAzB8LANEfCwAgIAsALSALAHQgCwB8IAsAyCALANggCwAcIQsAHiELAHAhCwB5IQsAxCELANUhCwAYIgsAIiILAMg2EAB4IgsAwCILANciCwAUIwsALyMLABw3EACBIwsAvCMLAMIjCwAQJAsAGiQLAHA3EABmJAsAuCQLAMkkCwAMJQsAFCULAGAlCwAoJQsAFE0LAGwlCwC0JQsAuiULAAgmCwAOJgsAXCYLAGEmCwCwJgsAtiYLAMQ3EAAgJwsAWCcLAGAnCwDAOBAAuicLAAAoCwARKAsAVCgLAGUoCwCoKAsAtCgLAPwoCwADKQsAFDkQAGEpCwCkKQsAtSkLAPgpCwAEKgsATCoLAFMqCwBoORAAoioLAPQqCwD1KgsASCsLAFArCwCcKwsAoSsLAPArCwD5KwsARCwLAE4sCwCYLAsAoCwLAOwsCwDxLAsAQC0LAFAtCwCULQsAnC0LAOgtCwD+LQsAPC4LAEguCwCQLgsApi4LAOQuCwDpLgsAOC8LAD4vCwCMLwsAoC8LALw5EAD2LwsANDALAEIwCwCIMAsAlTALANwwCwDeMAsAMDELADoxCwCEMQsAkDELANgxCwDfMQsALDILADQyCwCAMgsAmTILANQyCwDoMgsAKDMLADAzCwB8MwsAfjMLANAzCwDdMwsAJDQLACk0CwB4NAsAgjQLAMw0CwDXNAsAIDULACw1CwB0NQsAejULAMg1CwDQNQsAHDYLAB02CwBwNgsAdjYLAMQ2CwDJNgsAGDcLACc3CwBsNwsAeDcLAMA3CwDDNwsAFDgLABc4CwAQOhAAbTgLALw4CwDYOAsAZDoQADA5CwBkOQsAbDkLALg6EAC+OQsADDoLABg6CwAMOxAAZjoLALQ6CwDAOgsAWD0QAAk7CwCkPgsAGDsLAFw7CwBeOwsAsDsLALo7CwAEPAsABjwLAFg8CwBpPAsArDwLALQ8CwAAPQsADD0LAFQ9CwBaPQsAqD0LAK49CwD8PQsAAT4LAFA+CwBWPgsArD0QAKY+CwD4PgsA/j4LAEw/CwBPPwsAoD8LAKw/CwD0PwsA/D8LAKg+EABOQAsAnEALAKJACwDwQAsA9UALAERBCwBKQQsA/D4QAJpBCwDsQQsA9UELAEBCCwBXQgsAlEILAJ9CCwDoQgsA8kILADxDCwBEQwsA+D8QAJ1DCwDkQwsA7EMLADhECwBCRAsAjEQLAJdECwDgRAsA5kQLADRFCwBARQsAiEULAIpFCwDcRQsA40ULADBGCwA4RgsAhEYLAJZGCwBMQBAAFUcLACxHCwA0RwsAgEcLAKNHCwBIQRAA1kcLAChICwA1SAsAfEgLAINICwDQSAsA4UgLACRJCwAwSQsAeEkLAH9JCwDMSQsAzUkLAPRpCwDUSQsAnEEQADNKCwB0SgsAg0oLAMhKCwDUSgsAHEsLAB1LCwBwSwsAeksLAMRLCwDSSwsAGEwLAB1MCwBsTAsAeUwLAPBBEADITAsAREIQABxNCwCYQhAAdk0LALxNCwDLTQsAEE4LADBOCwBkTgsAcE4LALhOCwC/TgsADE8LABRPCwBgTwsAYk8LALRPCwC+TwsAlEMQABJQCwBcUAsAZFALAOhDEAC6UAsABFELAAxRCwA8RBAAllELAKxRCwC0UQsAAFILAB5SCwCQRBAAYlILAKhSCwCvUgsABOAMALhSCwD8UgsADFMLAFBTCwBcUwsApFMLAKpTCwD4UwsAFFQLAExUCwBUVAsA5EQQALRUCwD0VAsA/lQLAEhVCwBUVQsAnFULAKRVCwA4RRAA+1ULAERWCwBGVgsAmFYLAJ5WCwDsVgsA9FYLAIxFEABCVwsAlFcLAJdXCwDoVwsA8FcLADxYCwBMWAsAkFgLAJJYCwDkWAsA8lgLADhZCwBJWQsA4EUQAJNZCwA0RhAA5lkLADRaCwA5WgsAiFoLAI5aCwCIRhAA5loLADBbCwAyWwsAhFsLAJdbCwDYWwsA4FsLACxcCwA4XAsAgFwLAIZcCwDUXAsA2lwLAChdCwAtXQsAfF0LAIJdCwCERxAA2V0LACReCwAxXgsAeF4LAH9eCwDMXgsA1F4LANhHEAAsXwsAdF8LAH5fCwDIXwsA1F8LABxgCwArYAsAcGALAHpgCwDEYAsA0GALABhhCwAfYQsALEgQAG9hCwAIsQ0AcmELAMBhCwB7YQsA7NAMAMxhCwAUYgsAHGILAIBIEAB0YgsAvGILAMZiCwAQYwsAHGMLAGRjCwBzYwsAuGMLAMJjCwAMZAsAGGQLAGBkCwBnZAsA1EgQAMJkCwAIZQsA1GQLAIDBDAAfZQsAXGULAGllCwCwZQsAsmULAARmCwAVZgsAWGYLAHRmCwCsZgsAtGYLAChJEAAZZwsAVGcLAGhnCwCoZwsAsGcLAPxnCwD/ZwsAUGgLAF5oCwCkaAsAu2gLAPhoCwAFaQsATGkLAE5pCwCgaQsAsWkLAHxJEAD6aQsASGoLAE1qCwCcagsAsmoLAPBqCwD+agsARGsLAEdrCwCYawsApGsLAOxrCwDyawsAQGwLAExsCwCUbAsAvWwLAOhsCwD0bAsAPG0LAEttCwCQbQsAmm0LAORtCwDybQsAOG4LAD1uCwCMbgsAmW4LANBJEADibgsANG8LAEJvCwCIbwsAlW8LANxvCwDubwsAJEoQAD9wCwCEcAsAkHALANhwCwDxcAsALHELAC5xCwCAcQsAj3ELANRxCwD0cQsAKHILADByCwB8cgsAn3ILAHhKEADVcgsAJHMLACdzCwB4cwsAgnMLAMxzCwDUcwsAIHQLACZ0CwB0dAsAgHQLAMh0CwDXdAsAHHULACh1CwBwdQsAfXULAMR1CwDOdQsAGHYLACB2CwBsdgsAe3YLAMB2CwDCdgsAFHcLACV3CwBodwsAeXcLALx3CwDEdwsAEHgLACF4CwBkeAsAZngLALh4CwC7eAsADHkLABZ5CwBgeQsAhHkLALR5CwDQeQsAzEoQAA56CwBcegsAYXoLALB6CwC/egsABHsLABB7CwBYewsAW3sLAKx7CwCvewsAAHwLAAh8CwBUfAsAY3wLAKh8CwCtfAsA/HwLABJ9CwBQfQsAUX0LAKR9CwC1fQsA+H0LAAR+CwBMfgsAVn4LAKB+CwCsfgsA9H4LAPt+CwAgSxAATH8LAJx/CwCqfwsA8H8LAPp/CwBEgAsAT4ALAJiACwCggAsA7IALAPiACwBAgQsAU4ELAJSBCwCigQsA6IELAPKBCwA8ggsARIILAJCCCwCfggsA5IILAOmCCwA4gwsAP4MLAIyDCwCYgwsAdEsQAOyDCwA0hAsAN4QLAIiECwCLhAsA3IQLAPaECwAwhQsAPIULAISFCwCXhQsA2IULAOaFCwAshgsANoYLAICGCwCjhgsAyEsQAN6GCwAohwsANIcLAHyHCwCDhwsA0IcLANiHCwAkiAsAKIgLAHiICwCGiAsAzIgLANaICwAgiQsAK4kLAHSJCwB8iQsAyIkLANeJCwAcigsAIYoLAHCKCwB3igsAxIoLANCKCwAYiwsAIIsLABxMEACCiwsAMJINAIWLCwDAiwsAyosLABSMCwAgjAsAaIwLAGuMCwC8jAsAxowLABCNCwATjQsAZI0LAHSNCwC4jQsAuo0LAAyOCwAajgsAYI4LAHGOCwBwTBAAu44LAMRMEAARjwsAXI8LABKPCwCAfg0AKI8LAFy1DAB1jwsAsI8LALqPCwAEkAsAEJALAFiQCwBbkAsArJALALaQCwAYTRAABZELAFSRCwB0kQsAqJELALCRCwBsTRAACpILAFCSCwBmkgsApJILALCSCwD4kgsA/5ILAEyTCwBUkwsAoJMLAKWTCwD0kwsA/ZMLAEiUCwBSlAsAnJQLAKSUCwDwlAsA/pQLAESVCwBRlQsAmJULAKCVCwDATRAA/JULAECWCwBIlgsAFE4QAJuWCwDolgsA9JYLADyXCwBDlwsAkJcLAJiXCwDklwsA7pcLADiYCwBGmAsAjJgLAKKYCwDgmAsA7JgLADSZCwA5mQsAiJkLAJGZCwDcmQsA5pkLADCaCwA4mgsAhJoLAImaCwDYmgsA6JoLACybCwA0mwsAaE4QAIqbCwDUmwsA15sLADRWDADcmwsAvE4QADacCwB8nAsAkpwLANCcCwDcnAsAJJ0LACudCwB4nQsAgJ0LAMydCwDRnQsAIJ4LACmeCwB0ngsAfp4LAMieCwDQngsAHJ8LAB6fCwCYqgsAKp8LAHCfCwB9nwsAxJ8LAMyfCwAQTxAAJKALAGygCwBvoAsAwKALAMqgCwBkTxAAIqELAGihCwB+oQsAvKELAMihCwAQogsAF6ILAGSiCwBsogsAuKILAL2iCwAMowsAFaMLAGCjCwBqowsAtKMLALyjCwAIpAsACqQLAFykCwBspAsAsKQLALqkCwAEpQsAEKULAFilCwBepQsADFAQALqlCwAApgsAFqYLAFSmCwBgpgsAqKYLAK2mCwD8pgsABacLAFCnCwBapwsApKcLAKynCwD4pwsAGqgLAGBQEABbqAsAoKgLAKyoCwD0qAsA9agLAEipCwBSqQsAnKkLAKqpCwDwqQsA9akLAESqCwBRqgsAtFAQAKiqCwDsqgsA9qoLAECrCwBMqwsAlKsLAJqrCwDoqwsA8KsLALBREABBrAsAkKwLAJisCwDkrAsA8KwLALy2CwD9rAsAOK0LAEStCwCMrQsAlK0LAARSEADtrQsANK4LADyuCwCIrgsAlq4LANyuCwDprgsAMK8LADOvCwCErwsAjq8LANivCwDarwsALLALADmwCwCAsAsAj7ALANSwCwDgsAsAKLELADCxCwBYUhAAjLELANCxCwDYsQsAJLILADCyCwB4sgsAfrILAMyyCwDSsgsAILMLACWzCwB0swsAerMLAKxSEADVswsAHLQLACG0CwBwtAsAerQLAMS0CwDMtAsAGLULACS1CwBstQsAf7ULAMC1CwDOtQsAFLYLABe2CwBotgsAcrYLAABTEADPtgsAELcLAB63CwBktwsAZ7cLALi3CwDCtwsAVFMQABG4CwBguAsAGrgLAJDWCwBouAsAtLgLAMC4CwAIuQsADrkLAFy5CwAbuQsARNQLAGK5CwCwuQsAtbkLAAS6CwAKugsAqFMQAF66CwCsugsAsboLAAC7CwAGuwsA/FMQAGK7CwCouwsAw7sLAPy7CwAIvAsAULwLAFe8CwBQVBAArbwLAPi8CwAFvQsATL0LAFi9CwCgvQsAs70LAPS9CwD1vQsASL4LAFS+CwCcvgsAq74LAPC+CwD6vgsARL8LAFC/CwCYvwsAn78LAKRUEADyvwsAQMALAEbACwCUwAsAmcALAOjACwDuwAsATFUQAEXBCwCQwQsAncELAOTBCwDowQsAOMILADrCCwCMwgsAmcILAODCCwDqwgsAoFUQADvDCwCIwwsAkMMLANzDCwDowwsAMMQLAEPECwCExAsAk8QLANjECwDkxAsALMULAC3FCwCAxQsAisULANTFCwDixQsAKMYLAC3GCwB8xgsAicYLAPRVEADcxgsAJMcLACrHCwB4xwsAfscLAMzHCwDRxwsAIMgLACbICwBIVhAAecgLAMjICwDSyAsA8FYQACTJCwBwyQsAfckLAMTJCwDJyQsAGMoLACLKCwBsygsAdMoLAMDKCwDMygsAFMsLACfLCwBoywsAacsLALzLCwDIywsAEMwLAB/MCwBkzAsAbswLALjMCwDAzAsADM0LAA7NCwBEVxAAac0LALTNCwDDzQsACM4LABfOCwBczgsAaM4LALDOCwCzzgsABM8LAAfPCwCYVxAAWs8LAKzPCwCvzwsAANALAAjQCwBU0AsAYdALAKjQCwCt0AsA/NALAAbRCwBQ0QsAWNELAKTRCwCw0QsA+NELAAvSCwBM0gsATdILAKDSCwCs0gsA9NILAAPTCwBI0wsAUtMLAJzTCwCo0wsA8NMLAPfTCwDsVxAAU9QLAJjUCwCk1AsA7NQLAO3UCwBA1QsAStULAJTVCwCi1QsA6NULAO3VCwA81gsASdYLAEBYEACh1gsAlFgQAPHWCwA41wsARtcLAIzXCwCd1wsA4NcLAALYCwDoWBAAOdgLAIjYCwA62AsAWA4MAJDYCwDc2AsA3dgLACDdCwDf2AsAHN4LAOHYCwAk3AsA4tgLAGzfCwDj2AsAKNsLAOvYCwAw2QsA9dgLAGDiCwA12QsAhNkLAJHZCwDY2QsA5dkLACzaCwA42gsAgNoLAI/aCwDU2gsA3toLADxZEAA22wsAfNsLAH7bCwDQ2wsA4dsLAJBZEAAl3AsAeNwLAITcCwDM3AsA2dwLAORZEAAu3QsAdN0LAIHdCwDI3QsA390LADhaEAAl3gsAvOALACbeCwBw3gsAct4LAMTeCwDK3gsAGN8LACLfCwCMWhAAeN8LAMDfCwDC3wsAFOALACPgCwBo4AsAc+ALAOBaEADL4AsAEOELAB/hCwBk4QsAcOELALjhCwDE4QsADOILABPiCwA0WxAAbOILALTiCwC84gsAiFsQACHjCwBc4wsAbeMLALDjCwC84wsA3FsQAAvkCwBY5AsAYOQLAKzkCwCt5AsAAOULAAblCwBU5QsAWeULAKjlCwCp5QsA/OULAAjmCwBQ5gsAVuYLAKTmCwCu5gsA+OYLAAbnCwA47AsADOcLAEznCwBU5wsAMFwQALDnCwD05wsA/OcLAEjoCwBR6AsAnOgLAFXoCwA86wsAqegLAPDoCwD36AsAROkLAFDpCwCY6QsAqOkLAOzpCwD66QsAQOoLAE3qCwCU6gsAoOoLAOjqCwDv6gsAhFwQAEXrCwCQ6wsAoesLAOTrCwD16wsA2FwQAETsCwCM7AsAj+wLAODsCwDo7AsANO0LADntCwCI7QsAmO0LANztCwDk7QsAMO4LADnuCwCE7gsAPe4LACTxCwCR7gsA2O4LAN/uCwAs7wsAOO8LAIDvCwCQ7wsA1O8LAOLvCwAo8AsANfALAHzwCwCI8AsA0PALANfwCwAsXRAALfELAHjxCwCJ8QsAzPELAN3xCwCAXRAAJfILAHTyCwCB8gsAyPILANTyCwAc8wsAJvMLAHDzCwCE8wsAxPMLAMXzCwAY9AsAJPQLAGz0CwCL9AsAwPQLAMj0CwAU9QsAGfULAGj1CwCB9QsAvPULAOX1CwAQ9gsAHPYLAGT2CwBz9gsAuPYLAML2CwAM9wsAFPcLAGD3CwBr9wsAtPcLALb3CwAI+AsAC/gLAFz4CwBk+AsAsPgLAL34CwAE+QsACfkLAFj5CwBg+QsArPkLAK75CwAA+gsACvoLAFT6CwBe+gsAqPoLAK76CwD8+gsACvsLAFD7CwBp+wsApPsLAK37CwD4+wsAAvwLAEz8CwBY/AsA1F0QAKz8CwD0/AsA/vwLAEj9CwBT/QsAnP0LAKH9CwDw/QsA9/0LAET+CwBM/gsAmP4LAML+CwAoXhAA8/4LAED/CwBI/wsAlP8LAL7/CwDo/wsA7f8LADwADAA9AAwAkAAMAJoADADkAAwA8gAMADgBDAA9AQwAjAEMAJkBDADgAQwA/AEMADQCDABQAgwAfF4QAJUCDADcAgwA4AIMADADDAA2AwwAhAMMAIYDDADYAwwA2QMMACwEDABPBAwAgAQMAKQEDADUBAwA/gQMACgFDAAwBQwAfAUMAIEFDADQBQwA3QUMACQGDAAsBgwAeAYMAHoGDADMBgwA1AYMACAHDABKBwwAdAcMAIEHDADIBwwAzQcMABwIDAApCAwAcAgMAHwIDADECAwA7ggMABgJDAAgCQwAbAkMAIcJDADACQwAwgkMABQKDAAlCgwAaAoMAHEKDAC8CgwAyAoMANBeEAAdCwwAZAsMAH8LDAC4CwwAvQsMAAwMDAAsDAwAYAwMAGwMDAC0DAwAvAwMACRfEAAWDQwAXA0MAGYNDACwDQwAuw0MAAQODAAMDgwAzF8QAGEODACsDgwAtg4MAAAPDAALDwwAVA8MAGgPDACoDwwAvQ8MAPwPDAAEEAwAUBAMAGcQDACkEAwAqRAMAPgQDAACEQwATBEMAFQRDAAgYBAAohEMAPQRDAAFEgwASBIMAEsSDACcEgwAqBIMAHRgEAD+EgwARBMMAFUTDADIYBAAmxMMAOwTDADvEwwAQBQMAEwUDACUFAwAmhQMAOgUDADyFAwAHGEQAEkVDACQFQwApxUMAOQVDADsFQwAcGEQAEgWDACMFgwAmBYMAOAWDADmFgwANBcMAEAXDACIFwwAQhcMAJBhDgCVFwwA3BcMAOsXDAAwGAwAPBgMAIQYDACMGAwAxGEQAOAYDAAsGQwALhkMAIAZDACPGQwA1BkMAN4ZDAAoGgwAMRoMAHwaDAB+GgwA0BoMAOEaDAAkGwwAORsMAHgbDACAGwwAzBsMAAscDAAgHAwAKBwMAHQcDACAHAwAyBwMANscDAAcHQwAHR0MAHAdDAB8HQwAxB0MANMdDAAYHgwAIh4MAGweDAB4HgwAwB4MAMceDABsYhAAMB8MAMBiEABrHwwAvB8MAMQfDAAQIAwAHSAMAGQgDABpIAwAuCAMAMIgDAAMIQwAFCEMAGAhDABqIQwApCUMAHAhDACcJwwAiiEMALQhDAC+IQwACCIMAMQhDACsIwwADiIMAFwiDABlIgwAsCIMALwiDAAEIwwALiMMAFgjDAB0IwwAaGMQAK4jDAAAJAwAESQMAFQkDABXJAwAqCQMALQkDAD8JAwAJiUMAFAlDABsJQwAvGMQAKolDAD4JQwAASYMAEwmDABWJgwAoCYMAKsmDAD0JgwACCcMAEgnDABkJwwAEGQQAJ4nDADwJwwAASgMAEQoDABHKAwAmCgMAKwoDADsKAwACCkMAGRkEABIKQwAuGQQAJwpDAAMZRAA9CkMADwqDABCKgwAkCoMAJYqDADkKgwA6SoMADgrDAA+KwwAYGUQAJYrDADgKwwA6CsMAAhmEAA6LAwAiCwMAJAsDADcLAwA6SwMADAtDAA8LQwAhC0MAIYtDADYLQwA3i0MACwuDAA0LgwAgC4MAJIuDABcZhAA4S4MACgvDAAvLwwAfC8MAIQvDADQLwwA1S8MACQwDAA0MAwAeDAMAIAwDADMMAwA2jAMACAxDAAtMQwAdDEMAHUxDADIMQwA0TEMABwyDAAmMgwAsGYQAHUyDADEMgwA0DIMABgzDAAbMwwAbDMMAHQzDADAMwwAzTMMABQ0DAAZNAwAaDQMAHI0DAC8NAwAxDQMABA1DAAcNQwAZDUMAHc1DAC4NQwAxjUMAAw2DAAPNgwAYDYMAGo2DAAEZxAAzzYMAAg3DAAKNwwAXDcMAGo3DACwNwwAwTcMAAQ4DAAGOAwAWDgMAHE4DACsOAwAvTgMAAA5DAAMOQwAWGcQAF05DACoOQwAtTkMAPw5DAAGOgwAUDoMAF46DACkOgwAujoMAPg6DAAEOwwATDsMAFg7DACgOwwAszsMAPQ7DAADPAwASDwMAFQ8DACcPAwAnTwMAPA8DAD6PAwARD0MAFI9DACYPQwAnT0MAOw9DAD5PQwArGcQAE4+DACUPgwAqj4MAOg+DAD0PgwAPD8MAEM/DACQPwwAmD8MAOQ/DADpPwwAOEAMAEFADACMQAwAlkAMAOBADADoQAwANEEMADhBDACIQQwAikEMANxBDADqQQwAMEIMADpCDACEQgwAkkIMANhCDADlQgwALEMMAENDDACAQwwAiEMMANRDDADkQwwAKEQMAC1EDAB8RAwAgkQMANBEDADYRAwAJEUMAClFDAB4RQwAeUUMAMxFDADYRQwAIEYMACZGDAB0RgwAdkYMAMhGDADSRgwAHEcMACpHDABwRwwAdUcMAMRHDADRRwwAqGgQAB5IDABsSAwAcUgMAMBIDADGSAwA/GgQABlJDABoSQwAdUkMALxJDADJSQwAEEoMABxKDABkSgwAc0oMALhKDADCSgwADEsMABpLDABgSwwAZUsMALRLDADBSwwACEwMABBMDAD4aRAAaEwMALBMDADATAwABE0MAA1NDABYTQwAW00MAKxNDAC4TQwAAE4MAAdODABMahAAa04MAKhODACuTgwA/E4MAAhPDABQTwwAZ08MAKRPDACmTwwA+E8MAAJQDABMUAwAWFAMAKBQDACsUAwA9FAMAPpQDABIUQwATlEMAJxRDAChUQwA8FEMAPZRDACgahAAR1IMANg6DgBPUgwAmFIMAJlSDADsUgwA9lIMAEBTDABwUwwA9GoQAJdTDADoUwwA8lMMAEhrEABFVAwAkFQMAKZUDADkVAwA+lQMADhVDAA6VQwAjFUMAJJVDADgVQwA9FUMAPBrEAA8VgwAiFYMAFBWDACIxBAAjlYMAOhkDQCYVgwA3FYMAKFWDABwwQ0A3lYMADBXDAA+VwwAhFcMAJVXDABEbBAA31cMAJhsEAA1WAwAbEQNADhYDACAWAwAg1gMANRYDADdWAwAKFkMADlZDAB8WQwAhlkMANBZDADYWQwAJFoMAOxZDADckQ0AJ1oMAHhaDACBWgwAzFoMAOJaDAAgWwwANlsMAHRbDAB2WwwAyFsMAM5bDAAcXAwAMFwMAOxsEACbXAwAxFwMAO9cDABAbRAAHl0MAGQxDQAkXQwAvF4MACVdDAAIMw0AJ10MAAwyDQAoXQwAbF0MAG5dDADAXQwAzl0MABReDAAlXgwAlG0QAHBeDADobRAAwl4MABBfDAAWXwwAZF8MAGlfDAC4XwwAvl8MADxuEAAYYAwAYGAMAGhgDADkbhAAwGAMAAhhDAASYQwAXGEMAGVhDACwYQwAsWEMAARiDAAMYgwAWGIMAF1iDACsYgwAvGIMAIxvEAAMYwwAVGMMAFZjDACoYwwArmMMAPxjDAADZAwAUGQMAFVkDACkZAwAqGQMAPhkDAAFZQwATGUMAFRlDACgZQwApWUMAPRlDAAEZgwA4G8QAFlmDACcZgwAqGYMAPBmDAD/ZgwARGcMAE5nDACYZwwApmcMAOxnDAD5ZwwAQGgMAFdoDAA0cBAAl2gMANxwEADraAwAPGkMAO9oDACYgRAARGkMAJBpDAC7aQwA5GkMAA9qDAA4agwAY2oMADBxEACVagwA4GoMAOFqDAA0awwAQ2sMAIhrDABKawwALG0MAJlrDADcawwA3msMADBsDAAzbAwAhGwMAIdsDADYbAwA4GwMACxyEAAxbQwAgG0MAIdtDADUbQwA3W0MAChuDAA5bgwAfG4MAIhuDADQbgwA2G4MAIByEAAqbwwAeG8MAH9vDADMbwwA0W8MACBwDAAkcAwAdHAMAIFwDADIcAwA13AMABxxDAAtcQwAcHEMAHJxDADEcQwAx3EMABhyDAAbcgwAbHIMAHRyDADUchAAxXIMAKy2DADLcgwApEcOAMxyDAAUcwwAF3MMAGhzDABycwwAKHMQAMVzDAAQdAwAH3QMAGR0DABzdAwAuHQMAMR0DAAMdQwAD3UMAGB1DABjdQwAfHMQALd1DAAIdgwAM3YMANBzEABkdgwAJHQQALh2DAB4dBAADHcMAMx0EABddwwArHcMALl3DAAAeAwAA3gMAFR4DABZeAwAqHgMALl4DAD8eAwACHkMACB1EABVeQwApHkMALV5DAD4eQwABHoMAEx6DABmegwAoHoMAKR6DACYfAwAp3oMAOR+DACqegwANIAMAKx6DACUfQwArnoMAJx7DACxegwA9HoMAPl6DABIewwAX3sMAHR1EACpewwA8HsMAAB8DABEfAwASXwMAMh1EACafAwA7HwMAPJ8DABAfQwATX0MABx2EACafQwA6H0MAO59DAA8fgwAQX4MAJB+DACWfgwAcHYQAPB+DAA4fwwAUX8MAIx/DACVfwwA4H8MAPd/DADEdhAAOoAMAIiADACKgAwA3IAMAOuADAAwgQwAPIEMABh3EACGgQwA2IEMAOmBDAAsggwAOoIMAICCDACHggwA1IIMANaCDAAogwwAMoMMAHyDDACKgwwA0IMMANWDDAAkhAwAMYQMAHiEDACAhAwAzIQMANCEDAAghQwAIoUMAHSFDAB6hQwAyIUMANWFDABsdxAAKYYMAHCGDACHhgwAxIYMAOCGDADAdxAAJIcMAGyHDABthwwAwIcMAMaHDAAUiAwAIIgMAGiIDAB3iAwAvIgMAL6IDAAQiQwAGokMAGSJDAByiQwAuIkMAL2JDAAMigwAGYoMAGCKDABoigwAtIoMALiKDAAIiwwACosMAFyLDABiiwwAsIsMAL2LDAAUeBAAEYwMAFiMDABvjAwArIwMAMiMDABoeBAACY0MAFSNDABijQwAqI0MALKNDAD8jQwACI4MAFCODABTjgwApI4MAMCODAD4jgwAAI8MALx4EABYjwwAoI8MAKOPDAD0jwwA/o8MALh5EABRkAwAnJAMAKqQDADwkAwA+pAMAESRDABQkQwAmJEMAKCRDABgehAA7pEMAECSDABOkgwAlJIMAKWSDAC0ehAA75IMAAh7EABBkwwAkJMMAJiTDADkkwwA6pMMADiUDABBlAwAjJQMAJmUDACwexAA5ZQMADSVDADslAwA2JYMAD2VDACIlQwAkpUMANyVDADklQwAMJYMAHOWDACElgwAjJYMAAR8EADelgwALJcMADKXDACAlwwAiJcMANSXDAAXmAwAKJgMADCYDABYfBAAhJgMAKx8EADZmAwAJJkMADKZDAB4mQwAgpkMAMyZDADYmQwAIJoMACOaDAB0mgwAfJoMAFR9EADUmgwAHJsMAB+bDABwmwwAepsMAKh9EADMmwwA/H0QACacDABsnAwAfZwMAMCcDADMnAwAFJ0MABedDABQfhAArZ0MALydDAABngwApH4QACCeDABkngwAZp4MALieDADGngwADJ8MAB2fDAD4fhAAfJ8MALSfDAC8nwwATH8QAA6gDACMEg0AG6AMAFygDABroAwAsKAMALygDAAEoQwABaEMAFihDABioQwArKEMALqhDAAAogwABaIMAFSiDABhogwAoH8QALaiDAD8ogwACaMMAFCjDABYowwA9H8QALCjDAD4owwAIaQMAEykDABYpAwAoKQMAK+kDAD0pAwA/qQMAEilDABWpQwAnKUMAKGlDADwpQwA/aUMAESmDABMpgwAmKYMAKamDADspgwA+aYMAECnDABIpwwASIAQAJanDAAgwA0AoqcMAOinDADypwwAPKgMAEioDACQqAwAl6gMAOSoDADsqAwAOKkMADypDACMqQwAmqkMAOCpDADqqQwANKoMAD+qDACIqgwAkKoMANyqDADeqgwAMKsMADirDACEqwwAkasMANirDADdqwwALKwMADmsDACArAwAnqwMANSsDAADrQwAKK0MADStDAB8rQwAgq0MANCtDADVrQwAJK4MACyuDAB4rgwAhK4MAMyuDADfrgwAIK8MAC6vDAB0rwwAfq8MAMivDADQrwwAHLAMACuwDABwsAwAdbAMAMSwDADLsAwAGLEMACSxDABssQwAiLEMAMCxDADIsQwAnIAQABayDABosgwAdrIMALyyDADJsgwAELMMAB6zDABkswwAcbMMALizDADPswwADLQMABS0DABgtAwAbrQMALS0DADBtAwACLUMABC1DABEgRAAarUMALC1DACxtQwA7IEQABC2DABYtgwAX7YMAECCEACztgwAALcMAAW3DACUghAAXLcMAOiCEACwtwwA/LcMAO+3DABU2Q4A/bcMAPwLDQD/twwA9A0NAAW4DABQuAwABrgMAKwKDQAMuAwA+AwNAF24DACkuAwAr7gMAPi4DAD6uAwATLkMAFm5DACguQwAp7kMAPS5DAAFugwASLoMAFS6DACcugwAo7oMAPC6DAD4ugwAPIMQAEq7DACYuwwAnrsMAOy7DADxuwwAQLwMAEa8DACQgxAAoLwMAOi8DADyvAwAPL0MAEC9DACQvQwAnL0MAOS9DADwvQwAOL4MAEW+DACMvgwAlL4MAOC+DADqvgwANL8MAEC/DACIvwwAi78MANy/DADmvwwAOIQQADLADACEwAwAh8AMANjADADbwAwA4IQQADTBDAA0hRAAjsEMANTBDADVwQwAiIUQADDCDADchRAAgcIMANDCDADXwgwAJMMMACnDDAAwhhAAgMMMAISGEADUwwwAIMQMACrEDAB0xAwAf8QMAMjEDADWxAwAHMUMAB/FDABwxQwAeMUMAMTFDADOxQwAGMYMACTGDABsxgwAb8YMAMDGDADKxgwA2IYQACLHDABoxwwAfscMALzHDADIxwwAEMgMABfIDABkyAwAbMgMALjIDAC9yAwADMkMABXJDABgyQwAaskMALTJDAC8yQwACMoMAArKDABcygwAbMoMALDKDAC6ygwABMsMABDLDABYywwAXssMAKzLDAC0ywwAgIcQAA7MDABUzAwAVcwMANSHEACtzAwAKIgQAP7MDABQzQwAUc0MAKTNDACnzQwA+M0MAAPODABMzgwAUc4MAKDODACqzgwAfIgQABjPDABIzwwAUM8MANCIEACezwwA8M8MAAHQDABE0AwAVdAMAJjQDACb0AwAJIkQAPLQDABA0QwARdEMAJTRDACX0QwA6NEMAOvRDAA80gwARNIMAHiJEACe0gwA5NIMAOfSDAA40wwAQ9MMAIzTDACY0wwA4NMMAOfTDAA01AwAPNQMAIjUDACW1AwA3NQMAOnUDAAw1QwAONUMAMyJEACQ1QwA2NUMANvVDAAs1gwANtYMAIDWDACI1gwAIIoQAODWDAAo1wwALtcMAHzXDACG1wwA0NcMAOTXDAAk2AwALNgMAHSKEACF2AwAzNgMANTYDAAg2QwAI9kMAHTZDACA2QwAyNkMANLZDAAc2gwAJdoMAHDaDABx2gwAxNoMANzaDAAY2wwAGtsMAGzbDAB92wwAwNsMANHbDAAU3AwAHNwMAGjcDAB33AwAvNwMAL7cDAAQ3QwAId0MAGTdDAB13QwAuN0MANHdDAAM3gwADt4MAGDeDABv3gwAtN4MANTeDAAcixAACt8MAFzfDAB83wwAsN8MAMTfDABsjBAADOAMAFjgDABl4AwArOAMALHgDAAA4QwACuEMAFThDABc4QwAqOEMAK7hDAD84QwABeIMAFDiDABd4gwAwIwQALDiDAD44gwA/uIMAEzjDABS4wwAoOMMAKnjDAD04wwA9eMMAEjkDABS5AwAnOQMAKjkDADw5AwA9+QMABSNEABM5QwAaI0QAKDlDAC8jRAA9OUMABCOEABM5gwAlOYMAKTmDADo5gwA7eYMADznDABC5wwAkOcMAJznDADk5wwA7OcMAGSOEABJ6AwAjOgMAJ3oDADg6AwA8ugMADTpDAA86QwAiOkMAJPpDADc6QwA4ekMADDqDAA16gwAhOoMAKTqDAC4jhAA6OoMACzrDAA26wwAgOsMAIzrDADU6wwA2usMACjsDAAw7AwAfOwMAH7sDADQ7AwAiOwMAGTyDADh7AwAJO0MADXtDAB47QwAiu0MAMztDADU7QwAIO4MACvuDAB07gwAee4MAMjuDADN7gwAHO8MADzvDAAMjxAAcu8MAMTvDADT7wwAGPAMACPwDABs8AwAfvAMAMDwDADI8AwAFPEMAB/xDABo8QwAbfEMALzxDADB8QwAEPIMADDyDABgjxAAZvIMALjyDADH8gwADPMMABfzDABg8wwAcvMMALTzDAC88wwACPQMABP0DABc9AwAYfQMALD0DAC19AwABPUMACT1DAC0jxAAZfUMAKz1DADD9QwACJAQAA32DABU9gwAa/YMAFyQEAC19gwA/PYMAAP3DABQ9wwAXvcMAKT3DACx9wwA+PcMAA/4DACwkBAAVPgMAASREACi+AwA9PgMAAL5DABI+QwAWfkMAFiREACp+QwA8PkMAAf6DACskRAATvoMAJj6DACk+gwA7PoMAO/6DABA+wwASvsMAACSEACw+wwAVJIQAPD7DACokhAARPwMAJD8DACR/AwALAANAJP8DAA0/gwAl/wMABAHDQCa/AwA5PwMAJ/8DAAkAg0AoPwMACgBDQDp/AwAaAYNAPD8DAA4/QwAO/0MAIz9DACW/QwA/JIQAOj9DABQkxAAPf4MAIj+DABU/gwAGAUNAJb+DADc/gwA5v4MADD/DAA8/wwAhP8MAIf/DADY/wwA4P8MAKSTEAAuAA0AgAANAIMADQDUAA0A1wANAPiTEAAqAQ0AfAENAIoBDQDQAQ0A4QENAKCUEAAmAg0AeAINAIUCDQDMAg0A2wINACADDQAsAw0AdAMNAIUDDQDIAw0A2QMNABwEDQAoBA0AcAQNAHcEDQDEBA0AzAQNAEiVEAAmBQ0AbAUNAG0FDQCclRAAzAUNABQGDQAbBg0A8JUQAG8GDQC8Bg0AwQYNAJiWEAAZBw0AZAcNAGoHDQC4Bw0AugcNAAwIDQAWCA0AYAgNAG4IDQC0CA0AuQgNAAgJDQAVCQ0AXAkNAHQJDQCwCQ0AxgkNAAQKDQAHCg0AWAoNAGAKDQBAlxAAuAoNAAALDQADCw0AVAsNAF4LDQCUlxAAsAsNAOiXEAD+Cw0AUAwNAFMMDQCkDA0ApwwNADyYEAD6DA0ATA0NAFoNDQCgDQ0AsQ0NAOSYEAD9DQ0ASA4NAFYODQCcDg0AYQ4NAOSgDgCmDg0A8A4NAPwODQBEDw0ARw8NAJgPDQCgDw0AjJkQAAYQDQDgmRAAWhANAJQQDQCuEA0ANJoQAO0QDQDYFA0A9hANAIAVDQD4EA0APBENAD4RDQCQEQ0AnhENAOQRDQD1EQ0AiJoQAD8SDQDcmhAAkhINAOASDQDlEg0ANBMNADoTDQAwmxAAjhMNANwTDQDhEw0AMBQNAEYUDQCEFA0AjBQNANibEAD4FA0ALBUNADQVDQAsnBAAlxUNANQVDQDhFQ0AKBYNAC0WDQB8Fg0AghYNANAWDQDcFg0AJBcNACsXDQB4Fw0AgBcNAMwXDQDvFw0A1JwQAC0YDQB0GA0AgxgNAMgYDQDKGA0AHBkNACUZDQBwGQ0AhxkNAMQZDQDPGQ0AGBoNACIaDQBsGg0AdBoNAHydEADGGg0AFBsNABobDQBoGw0AbRsNALwbDQDCGw0A0J0QADIcDQBkHA0AbBwNAHieEADBHA0ADB0NAA0dDQBgHQ0AaB0NALQdDQC/HQ0ACB4NAA0eDQBcHg0AYR4NALAeDQDQHg0AzJ4QAAofDQBYHw0AXx8NAKwfDQCxHw0AACANAAQgDQBUIA0AYSANAKggDQCwIA0A/CANAAchDQBQIQ0AVSENAKQhDQCpIQ0A+CENABgiDQAgnxAAWyINAKAiDQCrIg0A9CINAPwiDQBIIw0ASyMNAJwjDQBSIw0AkCYNAKgjDQDwIw0A+iMNAEQkDQBNJA0AmCQNAJkkDQDsJA0A9CQNAEAlDQBLJQ0AlCUNAJklDQDoJQ0A7SUNADwmDQBcJg0AdJ8QAJwmDQDkJg0A5iYNADgnDQA+Jw0AjCcNAJMnDQDgJw0A5ScNADQoDQA4KA0AiCgNAJUoDQDcKA0A5CgNADApDQA7KQ0AhCkNAIkpDQDYKQ0A3SkNACwqDQBMKg0AyJ8QAIgqDQAcoBAA3ioNACgrDQAxKw0AfCsNAIIrDQDQKw0A3CsNACQsDQBCLA0AeCwNAHksDQDMLA0AziwNACAtDQAtLQ0AdC0NAIItDQDILQ0A1y0NABwuDQA4Lg0AcC4NAHguDQDEoBAA1y4NABgvDQAZLw0AbC8NAHgvDQDALw0Azy8NABQwDQAeMA0AaDANAHQwDQC8MA0AwzANABihEAAYMQ0AbKEQAG0xDQC4MQ0AxTENAMChEAARMg0AYDINAG0yDQC0Mg0AvjINABSiEAAKMw0AXDMNAHIzDQCwMw0AvDMNAGiiEAAMNA0A7EoOACI0DQBYNA0AdjQNAKw0DQC0NA0AADUNAM40DQBcbg4AATUNAKQ2DQADNQ0A9DcNAAw1DQCwbg4AEDUNAFQ1DQBWNQ0AqDUNALY1DQD8NQ0ADTYNALyiEABYNg0AEKMQAKY2DQD4Ng0A+zYNAEw3DQBPNw0AZKMQAKg3DQC4oxAA/jcNAJSODQAUOA0ASDgNAFY4DQCcOA0AnTgNAAykEAD4OA0AYKQQAGc5DQC0pBAApTkNAOw5DQD6OQ0AQDoNAEo6DQCUOg0AnDoNAOg6DQDpOg0A1D8NAAM7DQCIPQ0AETsNADw7DQBFOw0AkDsNAJE7DQDkOw0A8jsNADg8DQBCPA0AjDwNAJg8DQDgPA0A5jwNADQ9DQBQPQ0ACKUQAJY9DQDcPQ0A6T0NADA+DQA6Pg0AhD4NAIY+DQDYPg0A7z4NACw/DQA4Pw0AgD8NAJw/DQBcpRAA5T8NAChADQAqQA0AfEANAIZADQDQQA0A4EANACRBDQApQQ0AeEENAH5BDQDMQQ0A4kENACBCDQAoQg0AdEINAHdCDQDIQg0A0UINABxDDQAqQw0AcEMNAHpDDQDEQw0A0EMNABhEDQA0RA0AsKUQAHlEDQDARA0AyEQNABRFDQAXRQ0AXJwNACRFDQBoRQ0AakUNAGCbDQB2RQ0AvEUNAMlFDQAQRg0AHkYNAGRGDQBnRg0AuEYNAMNGDQAMRw0AGEcNAGBHDQBnRw0AtEcNALxHDQAISA0ACkgNAFxIDQBsSA0AsEgNALpIDQAESQ0AEEkNAFhJDQBeSQ0ArEkNALRJDQAEphAAAkoNAFRKDQBiSg0AqEoNALVKDQD8Sg0ACEsNAFBLDQBWSw0ApEsNAKdLDQD4Sw0AAEwNAExMDQBOTA0AOFENAE9MDQDwTQ0AXEwNAKBMDQCiTA0A0FUNAKVMDQD0TA0A/UwNAEhNDQBVTQ0AnE0NAKNNDQBYphAA+U0NADBTDQD6TQ0AlE8NABBODQBETg0AUk4NAJhODQCZTg0ArKYQAPhODQBATw0AR08NAACnEACWTw0A6E8NAO5PDQA8UA0ARlANAJBQDQCcUA0A5FANAOtQDQBUpxAAUVENAIxRDQCRUQ0A4FENAOZRDQA0Ug0APlINAIhSDQCUUg0A3FINAONSDQCopxAAP1MNAIRTDQCTUw0A2FMNAORTDQAsVA0AL1QNAIBUDQCDVA0A1FQNAORUDQAoVQ0AMVUNAHxVDQCNVQ0A/KcQAN5VDQAkVg0ANVYNAFCoEAB/Vg0ApKgQANRWDQAgVw0AIlcNAAxcDQAjVw0AxFgNADBXDQB0Vw0AdlcNAKRgDQB5Vw0AyFcNANFXDQAcWA0AKVgNAHBYDQB3WA0A+KgQAM1YDQAEXg0AzlgNAGhaDQDkWA0AGFkNACZZDQBsWQ0AbVkNAEypEADMWQ0AFFoNABtaDQCgqRAAaloNALxaDQDCWg0AEFsNABpbDQBkWw0AcFsNALhbDQC/Ww0A9KkQACVcDQBgXA0AZVwNALRcDQC6XA0ACF0NABJdDQBcXQ0AaF0NALBdDQC3XQ0ASKoQABNeDQBYXg0AZ14NAKxeDQC4Xg0AAF8NAANfDQBUXw0AV18NAKhfDQC4Xw0A/F8NAAVgDQBQYA0AYWANAJyqEACyYA0A+GANAAlhDQDwqhAAU2ENAESrEACoYQ0A9GENAC1iDQBIYg0AUGINAJxiDQCsYg0A8GINAPJiDQBEYw0AUmMNAJhjDQCpYw0AmKsQAPJjDQBAZA0ATGQNAOyrEADAZA0AlKwQAPFkDQA8ZQ0ASWUNAJBlDQCsZQ0A5GUNAOxlDQDorBAASWYNAIxmDQCOZg0A4GYNAOFmDQA0Zw0AN2cNAIhnDQCUZw0A3GcNAONnDQAwaA0ATGgNAIRoDQCMaA0AkK0QAOVoDQAsaQ0APGkNAIBpDQCFaQ0A1GkNAARqDQDkrRAALmoNADiuEACEag0A0GoNANFqDQAAdA0A1moNAJTzDgDaag0AJGsNANxqDQBobw0A4GoNAMRtDQDuag0ASHcNAClrDQAI7A4AL2sNABznDgAwaw0AeGsNAHtrDQDMaw0A1msNAIyuEAAobA0AdGwNAHpsDQDIbA0A0WwNABxtDQApbQ0AcG0NAIxtDQDgrhAAxm0NABhuDQDJbQ0AMPcOACZuDQBsbg0AfW4NADSvEADGbg0AFG8NACBvDQCIrxAAbm8NALxvDQDCbw0AEHANABVwDQBkcA0AanANAISwEAC/cA0AgLEQABFxDQBgcQ0AaHENALRxDQDAcQ0ACHINABtyDQBccg0AaHINALByDQC/cg0ABHMNAA1zDQBYcw0AYnMNAKxzDQC4cw0AKLIQABF0DQBUdA0AYHQNAKh0DQCqdA0A/HQNAP90DQBQdQ0AXHUNAKR1DQCsdQ0AfLIQAAR2DQBMdg0AXHYNAKB2DQCsdg0A9HYNAPp2DQDQshAAancNAJx3DQCkdw0A8HcNABh4DQBEeA0AT3gNAJh4DQCkeA0A7HgNAP14DQBAeQ0AQXkNACSzEACaeQ0A6HkNAPV5DQB4sxAASXoNAJB6DQCneg0A5HoNABR7DQA4ew0AQHsNAIx7DQCWew0A4HsNAOx7DQA0fA0AN3wNAIh8DQCSfA0AzLMQAOR8DQAwfQ0ANn0NAIR9DQCNfQ0A2H0NAOV9DQAsfg0ASH4NACC0EACCfg0A1H4NAId+DQD0iw0A4X4NACh/DQAvfw0AfH8NAH5/DQDQfw0A1n8NACSADQArgA0AeIANAJCADQDMgA0A0YANACCBDQDYgA0AyIENACmBDQB0gQ0AfoENAHS0EADOgQ0AHIINACKCDQBwgg0AdYINAMSCDQDKgg0AyLQQABmDDQBsgw0AfYMNAMCDDQDMgw0AFIQNAB6EDQBohA0AdIQNALyEDQDDhA0AHLUQABKFDQBkhQ0AG4UNAAADDwBnhQ0AuIUNANiFDQAMhg0AFIYNAHC1EABxhg0AtIYNALuGDQAIhw0AEIcNAFyHDQBfhw0AAIkNAGyHDQCwhw0AsocNAASIDQASiA0AWIgNAGmIDQDEtRAAs4gNABi2EAAJiQ0AVIkNAGOJDQCoiQ0At4kNAPyJDQAIig0AUIoNAFOKDQCkig0Ap4oNAPiKDQAIiw0ATIsNAFWLDQCgiw0AsYsNAGy2EAD5iw0ASIwNAFGMDQCcjA0ApowNAPCMDQD4jA0ARI0NAGKNDQCYjQ0Ato0NAOyNDQAKjg0AQI4NAF6ODQDAthAAm44NAOiODQDtjg0API8NAPSODQA4kA0ARY8NAJCPDQCajw0A5I8NAACQDQAUtxAAPpANAIyQDQCSkA0A4JANAPyQDQBotxAAXJENABC4EACwkQ0AZLgQAOSRDQBguRAARpINAISSDQCGkg0A2JINAN6SDQAskw0AQJMNAICTDQCIkw0A1JMNAPyTDQC0uRAAMZQNAHyUDQCJlA0A0JQNAN6UDQAklQ0ALpUNAHiVDQCSlQ0AzJUNANmVDQAglg0ALJYNAHSWDQB+lg0AyJYNANCWDQAIuhAAI5cNAHCXDQB4lw0AXLoQAJyXDQBYuxAA0JcNABiYDQAfmA0AbJgNAHSYDQCwuhAAwpgNABSZDQAlmQ0AaJkNAHCZDQC8mQ0AxpkNABCaDQAcmg0AZJoNAGeaDQC4mg0AwpoNAKy7EAAomw0AALwQAG6bDQC0mw0AxZsNAFS8EAAPnA0AqLwQAGWcDQCwnA0Av5wNAASdDQATnQ0AWJ0NAGSdDQCsnQ0Ar50NAACeDQADng0AVJ4NAGSeDQCong0AsZ4NAPyeDQANnw0A/LwQAFKfDQCknw0AXJ8NAEygDQCnnw0A+J8NAACgDQBQvRAAUqANAKCgDQCsoA0A9KANAPygDQCkvRAAVKENAJyhDQCfoQ0A8KENAPqhDQD4vRAASaINAJiiDQCuog0A7KINAO2iDQBAow0AUaMNAJSjDQCgow0A6KMNAPKjDQA8pA0ASKQNAEy+EACcpA0A5KQNAOekDQA4pQ0AQqUNAPS+EACPpQ0A4KUNAOOlDQA0pg0AQKYNAIimDQCOpg0A3KYNAOamDQBIvxAANacNAISnDQCRpw0A2KcNANunDQAsqA0ASKgNAICoDQCIqA0AnL8QANyoDQDwvxAAMKkNAETAEAB/qQ0A0KkNAJOpDQAgaA4A8KkNACSqDQA4qg0AmMAQAIWqDQDswBAAzaoNACCrDQAmqw0AdKsNAICrDQDIqw0A16sNABysDQAerA0AcKwNAHqsDQDErA0A0KwNABitDQAfrQ0AQMEQAHitDQCUwRAAyK0NAOjBEAAWrg0AaK4NAHauDQC8rg0Aza4NANzEEAAWrw0AZK8NAHCvDQAwxRAAvq8NAAywDQASsA0AYLANAGWwDQC0sA0AurANANjFEAALsQ0AXLENAGixDQCwsQ0AtrENAASyDQAOsg0AgMYQAF2yDQCssg0AubINAACzDQADsw0AVLMNAGmzDQCosw0AsLMNANTGEAAEtA0AULQNAFy0DQCktA0AqrQNAPi0DQD+tA0ATLUNAFG1DQCgtQ0AprUNAMzIEAADtg0ASLYNAFe2DQCctg0ApbYNAPC2DQD2tg0ARLcNAEq3DQCYtw0ApLcNAOy3DQDztw0AQLgNAEi4DQB0yRAAnrgNAOi4DQDzuA0APLkNAEi5DQCQuQ0AlrkNAOS5DQDsuQ0AOLoNAES6DQCMug0AkroNAOC6DQDmug0ANLsNADm7DQCIuw0AjrsNAMjJEADjuw0AMLwNAD68DQCEvA0AkbwNANi8DQDvvA0ALL0NAEi9DQCAvQ0AiL0NABzKEADnvQ0AKL4NACq+DQB8vg0Akr4NANC+DQDRvg0AJL8NADW/DQB4vw0AhL8NAHDKEADovw0AxMoQADbADQB0wA0AdcANAMjADQDZwA0AHMENACjBDQAYyxAAdcENAMTBDQDKwQ0AGMINADjCDQBswg0AeMINAMDCDQDHwg0AbMsQABrDDQBoww0AbcMNALzDDQDCww0AwMsQACTEDQBkxA0AZcQNALjEDQDExA0ADMUNACjFDQBgxQ0AaMUNALzMEADAxQ0ACMYNACTGDQBcxg0AZMYNAGTNEAC8xg0ABMcNAArHDQBYxw0AXscNAKzHDQDExw0AAMgNAArIDQBUyA0AYMgNAKjIDQCryA0A/MgNAAbJDQBQyQ0AaMkNAKTJDQC0yQ0A+MkNAPrJDQBMyg0AWsoNAKDKDQCxyg0AuM0QAPrKDQBIyw0AVMsNAAzOEACkyw0AtM4QAPzLDQBEzA0AR8wNAJjMDQCizA0ACM8QAO7MDQBAzQ0ATs0NAJTNDQClzQ0AsM8QAO/NDQAE0BAARM4NAFjQEACYzg0AVNEQAObODQA4zw0ARc8NAIzPDQCbzw0A4M8NAObPDQA00A0AQNANAIjQDQCK0A0A3NANAObQDQAw0Q0APtENAITRDQCJ0Q0A2NENAOXRDQAs0g0AONINAIDSDQCT0g0A1NINAOPSDQAo0w0ANNMNAHzTDQB90w0A0NMNANrTDQAk1A0AMtQNAHjUDQB91A0AzNQNANnUDQCo0RAAKtUNAHTVDQCC1Q0AyNUNAMvVDQAc1g0ALNYNAHDWDQB+1g0AxNYNANDWDQAY1w0AH9cNAGzXDQBz1w0AwNcNAMzXDQAU2A0AFdgNAGjYDQB02A0AvNgNAMnYDQAQ2Q0AF9kNAGTZDQBw2Q0AuNkNAMXZDQAM2g0AG9oNAGDaDQB02g0AtNoNAMDaDQAI2w0AG9sNAFzbDQBr2w0AsNsNALzbDQAE3A0ABdwNAFjcDQBi3A0ArNwNALrcDQAA3Q0ABd0NAFTdDQBh3Q0A/NEQAKndDQD83Q0ADd4NAFDeDQBe3g0ApN4NALPeDQD43g0A+t4NAEzfDQBW3w0AoN8NAK7fDQD03w0A+d8NAEjgDQBV4A0AnOANAKvgDQDw4A0A9eANAEThDQBR4Q0AmOENAKLhDQDs4Q0A+OENAEDiDQBT4g0AlOINAJ7iDQDo4g0A9OINADzjDQBP4w0AkOMNAJ/jDQDk4w0A8OMNADjkDQA55A0AjOQNAJbkDQDg5A0A7uQNADTlDQA55Q0AiOUNAJXlDQBQ0hAA4eUNADDmDQA95g0AhOYNAI7mDQDY5g0A3uYNACznDQAu5w0AgOcNAI3nDQDU5w0A1+cNACjoDQA26A0AfOgNAIjoDQDQ6A0A3egNACTpDQAu6Q0AeOkNAIfpDQDM6Q0A0ekNACDqDQAt6g0AdOoNAIHqDQDI6g0A1OoNABzrDQAr6w0AcOsNAHrrDQDE6w0A0usNABjsDQAd7A0AbOwNAHnsDQDA7A0AzOwNABTtDQAn7Q0AaO0NAHftDQC87Q0AyO0NABDuDQAR7g0AZO4NAG7uDQC47g0Axu4NAAzvDQAR7w0AYO8NAG3vDQCk0hAAx+8NAAjwDQAX8A0AXPANAGjwDQCw8A0AsfANAATxDQAO8Q0AWPENAGbxDQCs8Q0AsfENAADyDQAN8g0A+NIQAGfyDQCo8g0At/INAPzyDQAI8w0AUPMNAFHzDQCk8w0ArvMNAPjzDQAG9A0ATPQNAFH0DQCg9A0ArfQNAEzTEAD29A0ASPUNAFb1DQCc9Q0AqfUNAPD1DQD89Q0ARPYNAEr2DQCY9g0AqfYNAOz2DQDu9g0AQPcNAEn3DQCU9w0AofcNAOj3DQD39w0APPgNAEf4DQCQ+A0AnPgNAOT4DQD3+A0AOPkNAEf5DQCM+Q0AmPkNAOD5DQDh+Q0ANPoNAD76DQCI+g0AlvoNANz6DQDh+g0AMPsNAD37DQCg0xAAkfsNANj7DQDm+w0ALPwNADb8DQCA/A0AjvwNANT8DQDW/A0AKP0NADn9DQB8/Q0Aiv0NAND9DQD//Q0AJP4NACb+DQB4/g0Agv4NAMz+DQDa/g0AIP8NACX/DQB0/w0Agf8NAMj/DQDU/w0AHAAOAC8ADgBwAA4AfwAOAMQADgDQAA4AGAEOABkBDgBsAQ4AdgEOAMABDgDOAQ4AFAIOABkCDgBoAg4AdQIOAPTTEAC+Ag4AEAMOABIDDgBkAw4AcwMOALgDDgDHAw4ADAQOABgEDgBgBA4AYwQOALQEDgC3BA4ACAUOAA4FDgBcBQ4AaAUOALAFDgCzBQ4ABAYOAAkGDgBYBg4AYQYOAKwGDgCyBg4AAAcOAA8HDgBUBw4AYAcOAKgHDgC4Bw4A/AcOAP4HDgBQCA4AXggOAKQIDgC1CA4ASNQQAP4IDgBMCQ4AWAkOAJzUEACzCQ4A9AkOAAMKDgBICg4AVAoOAJwKDgCdCg4A8AoOAPoKDgBECw4AUgsOAJgLDgCdCw4A7AsOAPkLDgDw1BAATAwOAJQMDgCeDA4A6AwOABENDgA8DQ4AQw0OAJANDgCpDQ4A5A0OAPMNDgA4Dg4ARw4OAIwODgCRDg4A4A4OAO0ODgA0Dw4AQQ8OAIgPDgCUDw4A3A8OAOsPDgAwEA4AOhAOAIQQDgCSEA4A2BAOAN0QDgAsEQ4AOREOAIARDgCMEQ4A1BEOAOcRDgAoEg4ANxIOAHwSDgCIEg4A0BIOANESDgAkEw4ALhMOAHgTDgCGEw4AzBMOANETDgAgFA4ALRQOAETVEACFFA4AyBQOANkUDgAcFQ4AKBUOAHAVDgCHFQ4AxBUOAMYVDgAYFg4AKRYOAGwWDgBvFg4AwBYOAMoWDgAUFw4AFhcOAGgXDgByFw4AvBcOAMgXDgAQGA4AHBgOAGQYDgB3GA4AuBgOAMcYDgAMGQ4AGBkOAGAZDgBhGQ4AtBkOAL4ZDgAIGg4AFhoOAFwaDgBhGg4AsBoOAL0aDgCY1RAABhsOAFgbDgBiGw4ArBsOALQbDgDs1RAAExwOAFQcDgBgHA4AqBwOALccDgD8HA4ABR0OAFAdDgBaHQ4ApB0OALIdDgD4HQ4A/R0OAEweDgBZHg4AoB4OAKweDgD0Hg4ABx8OAEgfDgBXHw4AnB8OAKgfDgDwHw4A8R8OAEQgDgBOIA4AmCAOAKYgDgDsIA4A8SAOAEAhDgBNIQ4AQNYQAJYhDgDoIQ4A8iEOADwiDgBEIg4AlNYQAJUiDgDkIg4A+iIOADgjDgA5Iw4AjCMOAJ0jDgDgIw4A7CMOADQkDgA+JA4AiCQOAJYkDgDcJA4A4SQOADAlDgA9JQ4AhCUOAJAlDgDYJQ4A6yUOACwmDgA7Jg4AgCYOAIwmDgDUJg4A1SYOACgnDgAyJw4AfCcOAIonDgDQJw4A1ScOACQoDgAxKA4A6NYQAHooDgDMKA4A1igOACApDgAoKQ4APNcQAIopDgDIKQ4A1CkOABwqDgAhKg4AcCoOAHkqDgDEKg4AzioOABgrDgAkKw4AbCsOAH8rDgDAKw4AzysOABQsDgAgLA4AaCwOAGksDgC8LA4AxiwOABAtDgAeLQ4AZC0OAGktDgC4LQ4AxS0OAJDXEAAOLg4AYC4OAGouDgC0Lg4AvC4OAOTXEAAVLw4AXC8OAGsvDgCwLw4Auy8OAAQwDgAQMA4AWDAOAGcwDgCsMA4AzDAOAAAxDgAMMQ4AVDEOAFsxDgCoMQ4AtjEOAPwxDgABMg4AUDIOAFwyDgCkMg4AtzIOAPgyDgAHMw4ATDMOAFgzDgCgMw4AoTMOAPQzDgD+Mw4ASDQOAFY0DgCcNA4AoTQOAPA0DgD9NA4AONgQAEY1DgCYNQ4AojUOAOw1DgD0NQ4AjNgQAF02DgCUNg4ApTYOAOg2DgD0Ng4APDcOAE83DgCQNw4AnzcOAOQ3DgDwNw4AODgOADk4DgCMOA4AljgOAOA4DgDuOA4ANDkOADk5DgCIOQ4AlTkOAODYEADeOQ4AMDoOADo6DgCEOg4AjDoOADTZEAD1Og4ALDsOAD07DgCAOw4AjDsOANQ7DgDnOw4AKDwOADc8DgB8PA4AiDwOANA8DgDRPA4AJD0OAC49DgB4PQ4Ahj0OAMw9DgDRPQ4AID4OAC0+DgCI2RAAdj4OAMg+DgDSPg4AHD8OACQ/DgDc2RAAgT8OAMQ/DgDYPw4AGEAOABxADgBsQA4AbkAOAMBADgDUQA4AFEEOABdBDgBoQQ4AhUEOALxBDgDNQQ4AEEIOABxCDgBkQg4Ad0IOALhCDgDHQg4ADEMOABhDDgBgQw4AYUMOALRDDgC+Qw4ACEQOABZEDgBcRA4AYUQOALBEDgC9RA4AMNoQAAZFDgBYRQ4AYkUOAKxFDgC0RQ4AhNoQAAJGDgBURg4AYkYOAKhGDgC5Rg4A2NoQAANHDgAs2xAAWEcOANDcEACqRw4A+EcOAP1HDgBMSA4AUEgOAKBIDgCtSA4AJN0QAPlIDgBISQ4ATEkOAJxJDgCeSQ4A8EkOAAlKDgBESg4AVUoOAJhKDgCkSg4AeN0QAO9KDgCAUA4A+EoOAEBLDgBTSw4AlEsOAJVLDgDoSw4A9EsOADxMDgBLTA4AkEwOAJpMDgDkTA4A8EwOADhNDgA/TQ4AzN0QAJRNDgDgTQ4A4k0OALBZDgDjTQ4AzFIOAOZNDgA0Tg4A7E0OABhVDgDtTQ4A0LoOAEBODgCITg4Al04OANxODgDoTg4AME8OAD5PDgCETw4An08OANhPDgDkTw4ALFAOADNQDgAg3hAAjVAOANRQDgDWUA4AKFEOAClRDgB8UQ4Af1EOANBRDgDbUQ4AJFIOAClSDgB4Ug4AglIOAHTeEADZUg4AIFMOACJTDgB0Uw4AdVMOAMhTDgDLUw4AHFQOACdUDgBwVA4AdVQOAMRUDgDOVA4AyN4QACtVDgBsVQ4AbVUOAMBVDgDMVQ4AFFYOACNWDgBoVg4AclYOALxWDgDIVg4AEFcOABdXDgAc3xAAbFcOALhXDgC6Vw4ADFgOABtYDgBgWA4AalgOALRYDgC9WA4ACFkOAApZDgBcWQ4AbVkOAMTfEAC/WQ4ABFoOAA5aDgBYWg4AYVoOAKxaDgCuWg4AAFsOABFbDgBUWw4AXFsOAKhbDgDGWw4A/FsOAARcDgBQXA4AXFwOAKRcDgC3XA4A+FwOAPlcDgBMXQ4AWF0OAKBdDgCvXQ4A9F0OAP5dDgBIXg4AVF4OAJxeDgCjXg4AGOAQAAFfDgBEXw4AVV8OAJhfDgCgXw4A7F8OAPNfDgBAYA4ATmAOAJRgDgCkYA4A6GAOAPhgDgA8YQ4AWGEOAGzgEACdYQ4A5GEOAPthDgA4Yg4AQGIOAIxiDgCaYg4A4GIOAOpiDgA0Yw4AQGMOAIhjDgCeYw4A3GMOAN9jDgAwZA4ATGQOAMDgEACUZA4A2GQOAOJkDgAsZQ4ANGUOAIBlDgCPZQ4A1GUOANllDgAoZg4ANWYOAHxmDgCGZg4A0GYOANJmDgAkZw4AMmcOAHhnDgCFZw4AzGcOAM9nDgAU4RAAK2gOAHRoDgB+aA4AyGgOANBoDgAcaQ4AK2kOAHBpDgB1aQ4AxGkOANFpDgAYag4AImoOAGxqDgBuag4AwGoOAM5qDgAUaw4AIWsOAGhrDgBraw4AaOEQAL9rDgAQbA4AHGwOAGRsDgBrbA4AuGwOAMBsDgAMbQ4AJW0OAGBtDgB0bQ4AtG0OANBtDgAIbg4AEG4OABDiEABkbg4AZOIQAL1uDgAEbw4AC28OAFhvDgBgbw4ArG8OALFvDgAAcA4AEHAOAFRwDgBccA4AqHAOALZwDgD8cA4ACXEOAFBxDgBdcQ4ApHEOALBxDgD4cQ4A/nEOAExyDgBUcg4AoHIOAKxyDgD0cg4AB3MOAEhzDgBXcw4AnHMOAKhzDgDwcw4A8XMOAER0DgBOdA4AmHQOAKZ0DgDsdA4A8XQOAEB1DgBNdQ4AuOIQAJd1DgDodQ4A8nUOADx2DgA+dg4AkHYOAJ92DgDkdg4ABHcOADh3DgBAdw4AjHcOAJZ3DgDgdw4A5ncOADR4DgA2eA4AiHgOAJd4DgDceA4A6HgOADB5DgA4eQ4ADOMQAKJ5DgDYeQ4A9nkOAGDjEABFeg4AgHoOAIV6DgDUeg4A73oOACh7DgA0ew4AfHsOAIR7DgC04xAA43sOACR8DgAzfA4AeHwOAIR8DgDMfA4AzXwOACB9DgAqfQ4AdH0OAIJ9DgDIfQ4AzX0OABx+DgApfg4ACOQQAHR+DgDEfg4Axn4OABh/DgAbfw4AbH8OAHR/DgDAfw4Ayn8OABSADgAfgA4AaIAOAHSADgC8gA4AxIAOAFzkEAAegQ4AZIEOAGqBDgC4gQ4AxIEOAAyCDgAbgg4AYIIOAGqCDgC0gg4AvIIOAAiDDgAXgw4AXIMOAF6DDgCwgw4AuYMOAASEDgAHhA4AWIQOAGSEDgCshA4AtIQOALDkEAAQhQ4AVIUOAFyFDgCohQ4AsoUOAPyFDgAHhg4AUIYOAFyGDgCkhg4ArIYOAATlEAD9hg4ATIcOAF2HDgCghw4AsYcOAPSHDgD5hw4ASIgOAEyIDgCciA4AqogOAPCIDgD9iA4ARIkOAFuJDgCYiQ4AoIkOAOyJDgD4iQ4AQIoOAFOKDgCUig4Ao4oOAOiKDgD0ig4APIsOAD2LDgCQiw4AmosOAOSLDgDyiw4AOIwOAD2MDgCMjA4AmYwOAFjlEADmjA4ANI0OAEKNDgCIjQ4AlY0OANyNDgDzjQ4AMI4OADiODgCEjg4Aj44OANiODgDajg4ALI8OADmPDgCAjw4Ah48OANSPDgDljw4AKJAOADaQDgB8kA4AiZAOANCQDgDnkA4AJJEOACyRDgB4kQ4AfZEOAMyRDgDckQ4AIJIOACiSDgB0kg4AfpIOAMiSDgDTkg4AHJMOACiTDgBwkw4AeJMOAADmEADdkw4AGJQOAB2UDgBslA4Ah5QOAMCUDgDMlA4AFJUOAByVDgBU5hAAe5UOALyVDgDLlQ4AEJYOAByWDgBklg4AZZYOALiWDgDClg4ADJcOABqXDgBglw4AZZcOALSXDgDBlw4AqOYQABCYDgBcmA4AXpgOALCYDgC9mA4ABJkOAAmZDgBYmQ4AYpkOAKyZDgC3mQ4AAJoOAAyaDgBUmg4AWpoOAKiaDgCwmg4A/JoOAAibDgBQmw4AY5sOAKSbDgCzmw4A+JsOAAScDgBMnA4ATZwOAKCcDgCqnA4A9JwOAAKdDgBInQ4ATZ0OAJydDgCpnQ4A/OYQAPWdDgBEng4AU54OAJieDgCnng4A7J4OAPWeDgBAnw4ARp8OAJSfDgCanw4A6J8OAPSfDgA8oA4AQ6AOAJCgDgCsoA4AUOcQAO6gDgA4oQ4ARKEOAIyhDgCPoQ4A4KEOAOqhDgCk5xAAPKIOAPjnEACQog4ATOgQAOSiDgCg6BAAOKMOAISjDgCFow4AEKsOAJGjDgDYow4AmKMOAHCoDgCbow4AoLEOAJ2jDgA8tQ4A2aMOACykDgBCpA4AgKQOAIikDgDUpA4A1qQOAHSnDgDipA4AKKUOADClDgD06BAANaUOAHylDgB/pQ4A0KUOANqlDgAkpg4AJqYOAHimDgCJpg4AzKYOAN2mDgAgpw4AKKcOAEjpEAB7pw4AyKcOAM+nDgAcqA4AJKgOAJzpEAByqA4AxKgOAMqoDgAYqQ4AJakOAGypDgB0qQ4AwKkOAMKpDgAUqg4AG6oOAGiqDgBvqg4AvKoOAMSqDgDw6RAAHasOAGSrDgBlqw4AuKsOAM6rDgAMrA4AFKwOAGCsDgBirA4AAK8OAG6sDgC0rA4AvKwOAETqEADBrA4ACK0OAAutDgBcrQ4AZq0OALCtDgCyrQ4ABK4OABWuDgBYrg4Aaa4OAKyuDgC0rg4AmOoQAAevDgBUrw4AW68OAKivDgCwrw4A7OoQAAawDgBQsA4AUrAOAKSwDgC1sA4A+LAOAAmxDgBMsQ4AVLEOAEDrEAClsQ4ALLkOAKyxDgD0sQ4ACrIOAEiyDgBQsg4AnLIOAKqyDgDwsg4A/bIOAESzDgBHsw4AmLMOAKKzDgDssw4A7rMOAEC0DgBRtA4AlLQOAKW0DgDotA4A8LQOAJTrEABFtQ4AkLUOAJ21DgDktQ4A67UOADi2DgBJtg4AjLYOAJi2DgDgtg4A6LYOAOjrEABBtw4AiLcOAIu3DgDctw4A5rcOADC4DgAyuA4AhLgOAJW4DgDYuA4A6bgOADzsEAA0uQ4AgLkOAJe5DgDUuQ4A4LkOACi6DgAyug4AfLoOAIS6DgCQ7BAA0boOACS7DgA6uw4AeLsOAIC7DgDMuw4A2rsOACC8DgAovA4A5OwQAC28DgB0vA4Ad7wOAMi8DgDSvA4AHL0OAB69DgBwvQ4Agb0OAMS9DgDVvQ4AGL4OACC+DgA47RAAcr4OAMC+DgDFvg4AFL8OAC+/DgBovw4Adr8OALy/DgDDvw4AEMAOABzADgBkwA4AasAOALjADgC7wA4ADMEOABbBDgBgwQ4AZsEOALTBDgC2wQ4ACMIOABLCDgBcwg4AaMIOALDCDgDHwg4ABMMOABjDDgBYww4AdMMOAKzDDgC0ww4AjO0QAALEDgBUxA4AYsQOAKjEDgC5xA4A4O0QAAPFDgA07hAAXsUOAKTFDgCuxQ4A+MUOAAPGDgBMxg4AVMYOAKDGDgCsxg4A9MYOAAfHDgBIxw4AV8cOAJzHDgCoxw4A8McOAPHHDgBEyA4ATsgOAJjIDgCmyA4A7MgOAPHIDgBAyQ4ATckOANzuEACcyQ4A6MkOAPLJDgA8yg4AQcoOAJDKDgCYyg4A5MoOAOrKDgA4yw4ARMsOAIzLDgCSyw4A4MsOAOnLDgA0zA4AQcwOAIjMDgCQzA4A3MwOAN3MDgAwzQ4AMs0OAITNDgCHzQ4A2M0OANvNDgCE7xAAQs4OAIDODgCIzg4A1M4OAODODgAozw4ALs8OAHzPDgCCzw4A0M8OANXPDgB40A4A/M8OACTQDgAs0A4ALPAQAH7QDgCA8BAA4tAOACDRDgAi0Q4AdNEOAIHRDgDI0Q4Az9EOABzSDgAk0g4AcNIOAIDSDgDE0g4AxtIOABjTDgAm0w4AbNMOAH3TDgAo8RAAx9MOAHzxEAAi1A4AaNQOAHLUDgC81A4Ax9QOABDVDgAY1Q4AZNUOAHDVDgC41Q4Ay9UOAAzWDgAa1g4AYNYOAGrWDgC01g4AvNYOAAjXDgAX1w4AXNcOAGHXDgCw1w4At9cOAATYDgAQ2A4AJPIQAJXYDgCs2A4A6dgOAADZDgAI2Q4AePIQAHzZDgCo2Q4AtNkOAPzZDgAC2g4AUNoOAFbaDgCk2g4AqdoOAPjaDgD+2g4AzPIQAE3bDgCg2w4AptsOAPTbDgD52w4ASNwOAFfcDgCc3A4AqNwOAPDcDgDz3A4ARN0OAEfdDgCY3Q4AoN0OAOzdDgD73Q4AQN4OAEXeDgCU3g4Aqt4OAOjeDgDp3g4APN8OAE3fDgCQ3w4AnN8OAOTfDgDu3w4AOOAOAETgDgCM4A4Ak+AOACDzEADw4A4ANOEOAEDhDgCI4Q4Al+EOANzhDgDw4Q4AMOIOAD/iDgCE4g4AleIOANjiDgDk4g4AdPMQAC7jDgCA4w4AjuMOANTjDgDl4w4AyPMQAC7kDgB85A4AiOQOABz0EADW5A4AJOUOACrlDgB45Q4AfeUOAMzlDgDS5Q4AGPUQACXmDgB05g4AduYOAMjmDgDZ5g4AaPYQACjnDgBw5w4AducOAMTnDgDQ5w4AGOgOACDoDgC89hAAcugOAMDoDgDM6A4AFOkOABzpDgAQ9xAAdOkOALzpDgC/6Q4AEOoOABrqDgBk9xAAZuoOALjqDgDG6g4ADOsOAB3rDgAM+BAAZusOALTrDgDA6w4AYPgQABDsDgBc7A4AX+wOALDsDgC87A4ABO0OABDtDgBY7Q4AYO0OAAj5EAC37Q4AAO4OAAzuDgBU7g4AXO4OAFz5EACx7g4A/O4OAA3vDgBQ7w4AYe8OAKTvDgCs7w4A+O8OAPvvDgBM8A4AVvAOAKDwDgCi8A4A9PAOAAPxDgBI8Q4AaPEOAJzxDgCk8Q4A8PEOAPrxDgBE8g4ASvIOAJjyDgCa8g4A7PIOAPvyDgBA8w4ATPMOALD5EACg8w4A6PMOAAb0DgA89A4AQvQOAJD0DgCZ9A4A5PQOAPH0DgA49Q4AQPUOAIz1DgCi9Q4A4PUOAOL1DgA09g4AT/YOAIj2DgCU9g4A3PYOAOn2DgAE+hAANvcOAIT3DgCM9w4A2PcOAO73DgAs+A4AMfgOAID4DgCG+A4A1PgOAOD4DgAo+Q4AMPkOAFj6EACJ+Q4A0PkOAOD5DgAk+g4AKfoOAHj6DgB++g4AzPoOAOL6DgAg+w4AIvsOAHT7DgB++w4AyPsOANb7DgAc/A4AIfwOAHD8DgB9/A4ArPoQANP8DgAY/Q4AIf0OAGz9DgB2/Q4AwP0OAM79DgAU/g4AGf4OAGj+DgB1/g4AvP4OAMT+DgAQ/w4AIP8OAGT/DgBm/w4AuP8OAMb/DgAMAA8AHQAPAAD7EABnAA8AVPsQALkADwAIAQ8ADgEPAFwBDwBkAQ8AsAEPALoBDwAEAg8ABgIPAFgCDwBbAg8ArAIPAMwCDwD8+xAADAMPAFQDDwBaAw8AqAMPALQDDwD8Aw8ABAQPAFD8EABcBA8ApAQPAKoEDwD4BA8ABAUPAEwFDwBUBQ8ApPwQAKIFDwD0BQ8AAgYPAEgGDwBZBg8A+PwQAKkGDwDwBg8ABwcPAEz9EABOBw8AmAcPAKQHDwDsBw8A7wcPAEAIDwBKCA8AoP0QAJkIDwDoCA8A8QgPADwJDwBNCQ8AkAkPAJcJDwDkCQ8A7AkPADgKDwBFCg8AjAoPAJEKDwDgCg8A6goPADQLDwA8Cw8AiAsPAJcLDwDcCw8A4QsPADAMDwBGDA8AhAwPAIUMDwDYDA8A5gwPACwNDwA9DQ8AgA0PAIwNDwDUDQ8A3A0PAEj+EAAsDg8AUAEAADAODwAQeRAANA4PAByXDQCIDg8A3AgAANgODwDEEQ8AgRAPAFQqAADMEA8ATCwAANQRDwAQOwAAbxIPAAQ+AADDEg8AOEYAAGoTDwAseg4AaxMPANhIAABvEw8A9HQDAHITDwCA7gYAwBMPAORaAABoFA8AIGEAALwUDwBEbQAAYxUPANRzAADDFQ8AsHwAAAwWDwD4fwAAXhYPAOiDAAAMFw8AGI0AAMsXDwAAGA8AVBoPAMDMAABMGw8AkNgAAKAbDwDA4QAASBwPADDwAAD4HA8AYPkAAGQdDwC0+QAAlh0PAAj6AAD0HQ8A8P8AAJoeDwCUAQEA7R4PAIAGAQCrHw8AXA8BAOwfDwBEFQEAUyAPAIggDwD4IA8AMCEPADghDwCEIQ8AkCEPAHwcAQDgIQ8AHB8BAJwiDwDUIg8A3CIPACgjDwAqIw8AVCYBAIgjDwA8LAEALCQPAGw1AQCAJQ8AXE4BACQmDwD4UQEAOCYPAOxCEABAJg8A9EAQAJUmDwBMUgEAyiYPAJxTAQAqJw8A6FUBAHEnDwDcWAEAxCcPANRaAQDIKA8ANG0BACopDwBkKQ8AbCkPAIhtAQDHKQ8A1G8BAGgrDwDAiQEAuCsPAAQsDwAULA8AFIoBALgsDwAEjgEACC0PAFQtDwBkLQ8AWI4BAAguDwDglgEATjAPACgYAgBSMA8AzBkCAFYwDwCIrAEAYjAPAOgnAgD4MA8AZHkQAPkwDwB89AoA/DAPAHyvAQAMMQ8ALB0LAEwxDwCEdQ8AYDEPANCvAQBwMQ8ABLsQAJ8xDwAksAEAojEPAKylCwBMMg8AELUBAKAyDwBktQEASjMPAKC7AQDtMw8A3MEBAJU0DwDMxQEA4zQPADQ1DwBANQ8AdMYBADg2DwCENg8AhzYPALxzDACQNg8ABM0BAO02DwCkzwEATTcPAIA3DwDYNw8ACA0MAOQ3DwDA3QEA/jcPAJjSAQA0OA8A1NgBANw4DwBs3QEAhDkPALzeAQDoOQ8AEN8BAIQ6DwC43wEA0ToPALTgAQDSOw8A4OoBAHU8DwBgOgsAeDwPAMzvAQB6PA8AWPUMAMg8DwAAfRAA2jwPABQ9DwBwPQ8AvD0PAIQ9DwD4+QEAvz0PAGDNCwDGPQ8ANNgLAMk9DwAMuAsA1z0PAMTxAQDdPQ8A5NYLAGY+DwAI9gEAjD4PABCeDADGPg8ArPcBABg/DwCo+AEAbUIPAAgLAgDeTw8AoPwLAIBQDwBMAAsAhlAPABCxAgDDUQ8AsDwQAMhRDwBoUg8A3FEPAFxVDwDkUQ8AoEAQAOhRDwDQwAIAalIPALBQCwBsUg8AWM8LAG1SDwBw3QYAb1IPAJQ5CAByUg8AJMECAHdSDwB4wQIAeVIPAOAhBACdUg8AtGsEAMBUDwCQ0AIAZFUPALBVDwCxVQ8ACHoLALpVDwDwyw0Av1UPAJQIDwDPVQ8AaMwQAA5WDwB81QIAA1cPANj9AgAGVw8AYNUJAAdXDwDM6wIACVcPALTcAgAKVw8ASOICAAxXDwD08gMADVcPAJTkAgAOVw8AXPICAA9XDwBU3wIAEFcPALDuAwAWVw8AiOcCAD1XDwBY2A4ASloPAGguAwBOWg8AxAIDAFJaDwAYoAsAqFoPABAFAwDsXA8AlCMDAFFeDwA8OQMA+V4PABRDAwCnXw8ABEcDAOVfDwBETAMA2mAPAFRdAwA0YQ8AgGEPAI5hDwCgXwMAgGIPAFCfDQCKYg8AKGgDAHtjDwCUdwMAz2QPADSPAwBxZQ8AaJcDACpmDwBsZg8AamcPACyiBABrZw8ALLsDAHJnDwA4EQgAE2gPABy/AwAXaA8A/B8IAA9pDwDE1AMAE2oPAOzfAwC/ag8ANOMDAHRrDwCsaw8AtGsPAABsDwAPbA8AwOoDAF5sDwAI7gMABW0PALg5CwAIbQ8ArO8DAFhtDwCkbQ8AbG0PAGA7EACubQ8AAPADAFRuDwCU9QMAr24PAIz3AwBObw8AdP0DAKRvDwAI2ggA828PAAQEBAD4cA8AZBYEAEhxDwAA6g8AsHEPAOhxDwDwcQ8APHIPAElyDwBEbwoATXIPAKwZBABXcw8AfCUEAJJzDwC4KwQAO3QPANA6BABAdA8A9LQIAEF0DwCQuAgAQ3QPALSvCACkdA8A3HQPAOR0DwAwdQ8AhnUPAJgTDACMdQ8AtDsQAI51DwDEPQQAkHUPANS9DQCndQ8AFMwQAMd1DwCcyw0A4HUPALhABABWdg8AgHYPAN52DwD4RQQAi3cPAIRNBAAneA8AYFYEAIV4DwCMYAQAh3gPAKxYBADSeA8A9FsEANZ4DwDsXQQA0nkPACxjBADTeg8AAG4EABt7DwDscgQAIHwPAHh6BACEfA8AvHwPANh8DwAQfQ8AH30PAMh7BAAkfw8AXH8PAGR/DwCwfw8Av38PAPiZBAANgA8AhKEEAAKBDwC4qQQADYEPAET5BwBXgQ8AAK0EAFWCDwAEwQQAX4IPACS5BACqgg8AbLwEAK6CDwBkvgQAEIQPAEiEDwBQhA8AnIQPAKGEDwBk0wQAq4QPAITLBAD2hA8AzM4EAPqEDwDE0AQA8oYPAGDpBAC1hw8AoO4EAAqIDwDg8wQAR4gPANj1BACciA8AFPwEAOyIDwAQ/QQAPIkPAIiJDwCSiQ8AZP0EAN+JDwBYAAUA4YoPADAKBQCciw8A1IsPANyLDwAojA8ALowPAKwVBQCSjA8ASBkFADqNDwBsJQUAfI0PAEQvBQAvjg8ANDMFANeODwAUOwUAjI8PAMSPDwDMjw8AGJAPACeQDwDgRwUAKJAPAGxPBQBBkA8AsFMFAMyQDwBoUAUAHJEPAGiRDwBykQ8AvFAFAICSDwC4kg8AwJIPAAyTDwAVkw8AJGEFAGqTDwAcYwUAJJQPAFyUDwBklA8AsJQPALGUDwDwbQUAtZQPAAy7BQC2lA8AFHoFAL2UDwB8dQUAv5QPALBoBQAKlQ8A+GsFAA6VDwBsuAUACpYPABx4BQAGlw8A4IYFAFqXDwAkiwUAqpcPACCMBQBamA8AVJQFABCZDwBImQ8AUJkPAJyZDwCmmQ8ANJwFAPOZDwAYowUAtJoPAOyaDwD0mg8AQJsPAE2bDwBcpwUAT5sPADSxBQCZmw8ATKsFAEKcDwB8tAUAmJwPAHS2BQD8nQ8ANJ4PADyeDwCIng8Al54PAJDEBQDmng8A2McFAOCgDwCE3AUARKEPAHyhDwCYoQ8A0KEPAN2hDwDU3QUA6KIPACCjDwAoow8AdKMPAHejDwA47wUAUaQPAAT8BQDHpA8A8AAGAMukDwDM4AoAeaUPAIAHBgDDpQ8AcAsGABqnDwAsHAYAcKcPAGwhBgBoqA8AiKUIAHyoDwA0pQgA0KgPAAipDwAQqQ8AXKkPAF+pDwBMKQYAzKkPAASqDwAMqg8AWKoPAGeqDwDoLAYAt6oPAHgzBgD+qw8AjEMGAKusDwBwMgwAsKwPALivDQCzrA8ALEYGALSsDwAUrg0ABK0PABxKBgAQrg8ASK4PAFCuDwCcrg8Apa4PAKBTBgD6rg8AmFUGAKevDwB8XAYABbAPAKhmBgCXsA8AMG8GAD+xDwCweQYA57EPANSFBgCWsg8AaIsGAOqyDwCwjgYAQLMPAPiRBgBMtA8AhLQPAIy0DwDYtA8A57QPAGCiBgA4tQ8AqKUGAIi1DwDUtQ8A47UPAPimBgCLtg8A4KwGANq2DwAosAYAMbcPAPi7BgAztw8AELYGADy4DwB0uA8AfLgPAMi4DwA4uQ8AcLkPAHi5DwDEuQ8A0bkPAFjOBgAlug8A+NAGAHq6DwCU1AYAFrsPANDaBgDIuw8ACOIGAG+8DwBg9gYAt70PAGwIBwANvg8AUA8HALW+DwBwHAcAXb8PAOgoBwAGwA8AIDAHAHDADwCowA8AsMAPAPzADwAJwQ8AwDIHAMDBDwD4wQ8AAMIPAEzCDwCjwg8AOD8HAFfDDwDYQQcADMQPAETEDwBMxA8AmMQPAKLEDwC0SgcA+sQPAFhMBwBPxQ8ARFEHAJ7FDwCIVQcARcYPAMxZBwBExw8AtF8HAJTHDwDgxw8A4scPAAhgBwCkyA8A3MgPAOTIDwAwyQ8ASMoPAIDKDwCIyg8A1MoPAOzLDwAkzA8ALMwPAHjMDwCCzA8ArIsHADzNDwB0zQ8AfM0PAMjNDwDSzQ8AKKwHAN7NDwBonAcAIc4PAGCeBwB6zg8A6KYHAMnPDwAkwgcAzc8PAEi5BwAi0A8AML8HAGnQDwAowQcAGtEPABzEBwBn0Q8AEMcHABbSDwBQzAcAbNIPAIzSBwAU0w8AgNUHAGjTDwDU1QcAzNMPAATUDwAM1A8AWNQPAGfUDwB02AcADdUPAPDjBwBk1Q8AgOoHAGzWDwCk1g8ArNYPAPjWDwAH1w8AsPMHAPfXDwBI2A8AYtgPAMgCCAC42A8A8NgPAPjYDwBE2Q8AU9kPALgGCADO2Q8AXAgIAFzaDwCU2g8AnNoPAOjaDwBL2w8A+AsIAJbbDwBADwgARNwPADQSCACe3A8AeBYIADvdDwAImwgAPt0PABAbCACP3Q8ADBwIAI7eDwAYLggA4t4PAKg0CAAz3w8ApDUIAETgDwB84A8AhOAPANDgDwDc4A8AxEIIACzhDwB44Q8AfOEPABRECADc4Q8AuEUIAJDiDwDI4g8A0OIPABzjDwBE4w8ALFMIAHXjDwBkWggA4OMPADxcCgAg5A8AbOQPAKPkDwCkXwgAN+UPAGjlDwBn5g8AfH4IAGfnDwDkjggAuOgPAATpDwAj6g8AVOoPAHPqDwCo6g8ADOsPAMypCACs6w8ADK8IAFLsDwD8sggAqe0PAAhDCQCr7Q8AzL4IAPbtDwAUwggA8u8PAEDMCAA/8A8AeNMIAEbwDwCE0AgAPPIPAIjyDwAz8w8AIOkIADj0DwD08wgAhPUPAND1DwAJ9g8ApAcJAJT2DwDM9g8A1PYPACD3DwAv9w8AhA8JAHr3DwDMEgkAIfgPAMQUCQB4+A8AxPgPAP34DwAQFwkAdPkPAKwaCQD5+Q8AABsJAGr7DwAILgkAbPwPAOw0CQBo/Q8AID0JAMz9DwB0PQkAE/4PAMg9CQBe/g8AEEEJAAX/DwD4RgkAAAAQAMhSCQC5ABAAOGEJAGgBEACgARAAqAEQAPQBEAD+ARAAvGoJAMEDEAA4dgkA6gQQAHiQCQBFBRAADJYJAOYFEACUngkASAYQANyhCQDqBhAAAK4JADsIEACowwkAlggQANgIEADdCRAAwNIJAI8LEACA4gkAJQwQAGznCQCBDBAAtOoJADgNEABwDRAAeA0QAMQNEAAaDhAAPPMJADAPEABoDxAAcA8QALwPEADkDxAACAAKAG0QEABEBgoAwBAQAAwREAAaERAA7AYKAGYREAA4CQoAFRIQACQOCgBdEhAAFBIKAGETEADsGwoAZBMQAJQcCgC1FBAAYCkKAAEVEACwKgoAXRUQAPgtCgCsFRAAmDAKAPsVEADsMAoAcBYQAKAWEABkFxAAZD0KAMQXEAC4PQoA9BgQAEAZEABzGRAA8EQKAHkZEABIRAoARBsQAOBICgCcGxAAKEwKAO0bEAB4TQoA6RwQALRTCgA1HRAApFcKAPcdEAAsHhAA8B4QACgfEAAwHxAAfB8QAIkfEACsagoA3R8QAKBtCgCFIBAAOHIKAD8hEAB0IRAA2iEQAIAzEADnIRAAHCIQANAiEABYfwoA0iIQAAx9CgB+IxAAwCMQACIkEACIiAoAzCQQAASUCgAiJhAAuKYKAL8mEACoqgoAFicQAJCwCgBqJxAAxLgKAL0nEADAuQoAXigQAFS/CgAcKRAAVCkQAFwpEACoKRAAGioQAHTMCgD7KhAAsNIKAAssEACI3AoArCwQALzkCgBgLRAAmC0QAKAtEADsLRAAXC4QAJQuEACcLhAA6C4QAJMvEAAIPBAAmC8QAOQvEACaLxAAEMQNAKwvEACEcRAA7i8QACT1CgCSMBAAuPoKAIwyEADQCQsA5zIQACQKCwDVMxAArBILANw0EAA4GgsA9DQQAFS3DAAsNRAAeDUQAJY1EACMGgsAJDcQADSRDQB4NxAAiJENAOA3EAAYOBAAIDgQAGw4EADgOBAArCcLAHA5EAAAZwsAFDsQAMiKEAAQPBAARDkNACQ8EAAMuRAANDwQAFw8EACIPBAAlGQNANw8EAAEPRAAWz0QAECsEADIPRAAAD4QAAg+EABUPhAAtD4QAEhACwAYPxAAUD8QAFg/EACkPxAABEAQAAigDABiQBAA4G4LAKJBEACkowwAqEEQACBKCwAKQhAAwEwLAPRCEABAQxAAnEMQALzhEADzRBAA8FULAP1EEACgVAsA7EUQAIxZCwCkRhAA3EYQAORGEAAwRxAAh0gQAGhiCwCOShAA0HILAChLEABIfwsAfEwQALSOCwB2TRAA/JELAL9OEAAAjQwAwk4QACxYDADGThAAKJwLAMxOEAAYnAwAbE8QALhPEADCTxAAFKELANBQEAAIURAAEFEQAFxREAAGUhAA4K0LAF1SEAB8sQsAWFQQAKS8CwCsVBAA+FQQAARVEADsvwsArFUQADTDCwBQVhAAnFYQALNWEAB0yAsAilsQAAjjCwA1XBAAoOcLAIVeEACIAgwANl8QAHhfEAAtYBAA8BIMADBgEACgEQwAKmEQADwVDADnYRAAGGIQADZiEADYGAwAkGIQABQfDAAiYxAAaB8MAGhlEAC0ZRAAtmUQAIwrDAANZhAANCwMABRmEADULgwAyGcQAABoEAAIaBAAVGgQAF5oEABAPgwAGGkQAFBpEABYaRAApGkQALNpEAAUSQwA/mkQAFxMDABQaxAAnGsQAJ9rEAA8VAwAUGwQANhXDABIbRAAGF0MAGttEAAoxxAAsG0QAGheDAA/bhAAkG4QADtvEAC0YAwAQm8QAABjDADocBAA6GgMAOpwEAAA9gwAjHEQANhxEAArcxAAzFYNAIhzEAC0dQwA03QQABiHDADWdBAATI8MANt0EABYdwwA53QQAISBDAB6dxAAHIYMACJ4EAAEjAwAcHkQAMQuDQCMeRAAvLcQAMB5EAAMehAAD3oQAEiQDABwehAA7JEMAMB6EADokgwAEHsQAFx7EABmexAAPJMMAAN9EADQmAwACn0QAMiaDACrfRAAxJsMACh/EABgnwwAqH8QAKiiDAA2gRAAPMIQAK2BEAA8zg0A7YEQAAS2DABIgxAARLsMAJiDEADkgxAA/YMQAJS8DAA7hBAAjIQQAASFEAAswQwArIUQACjCDABUhhAAeMMMAOCGEAAshxAANocQABTHDADVhxAAxJcNAN+IEACczwwAzYoQAHjYDAC2ixAAxIsQAAqMEAAYjBAAZo4QADjoDABwjhAAcO8MABSREACg+AwAZpEQAJz5DAC0kRAARPoMAAOSEACU+wwA/5IQAOD9DAAAlBAATJQQAKiUEAD0lBAAnZUQAMAFDQD4lRAARJYQAKCWEADslhAAl5cQAKgLDQBEmBAAkJgQAOyYEAA4mRAAPJoQAOgQDQCUmhAAOBINADibEACEmxAAlJsQAIgTDQBPnBAAgJwQADGdEAAgGA0AiJ0QAMAaDQD0nRAAJJ4QADShEAAQMQ0A2KIQAFA2DQCAoxAAoDcNACikEADwOA0AraYQAOxODQBcqBAAeFYNAE2pEADAWQ0A/KoQAExhDQChqxAA7GMNAEitEAA4Zg0AaK4QAHxqDQCPrhAAIGwNAOiuEACs0BAAPa8QAMBuDQBArxAAuHANAIuvEADcrxAA+K8QADCwEACHsBAA2LAQAPSwEAAssRAAiLEQANSxEADesRAADHENADCyEAAU9hAAgrIQAPh1DQCGsxAAPHoNAM+zEADcfA0AKLQQAADREAAxtRAAkM4NANC1EACsiA0AcLkQAABGDgC6uhAASKENAK+7EAAMmw0AYLwQAAicDQBUvhAAoL4QAKq+EACQpA0AVr8QADCnDQCCwhAAkMIQANbCEADkwhAAKsMQADjDEAB+wxAAjMMQANLDEADgwxAAJsQQADTEEADlxBAAEK8NAEzFEACExRAA9MUQACzGEACOxhAAWLINAFPHEAB8xxAAp8cQANDHEAD7xxAAJMgQAE/IEAB4yBAA1MgQACDJEAAlyRAA9LUNAHPKEADMvw0AIMwQANDkDgAkzBAALOMOANvMEAAQzRAAg80QALDGDQDBzRAA9MoNACvOEABgzhAAEM8QAFzPEABszxAA7MwNALzPEADozQ0AGdAQAJTJDgBR1BAA+AgOAKjUEACgCQ4AoNUQAAQbDgBI1hAAlCEOAPDWEAB4KA4AmNcQAAwuDgBA2BAARDUOAOjYEADcOQ4AkNkQAHQ+DgA42hAABEUOAOTaEAD8Rg4ARtsQAIDbEACI2xAA1NsQACTfEABw3xAAjt8QAGRXDgDA4hAAlHUOACrjEACEeQ4AwOMQANB7DgAQ5BAAcH4OAGPkEAAQgQ4AteQQAACFDgAU5RAA+IYOAHTlEACs5RAAAuYQAMSTDgBg5hAAaJUOAL3mEAAImA4ABOcQAPCdDgDA5xAANKIOAPbrEAA0tw4AnO0QAADEDgDs7RAA/MQOADzuEACI7hAAjO4QAFDFDgDk7hAAMO8QAIzvEADY7xAAiPAQANTwEAA08RAAwNMOAITxEADQ8RAA1PEQABTUDgD88hAATNsOANHzEAAo5A4AH/QQAHD0EACb9BAAxPQQABv1EABs9RAAl/UQAMD1EAAr9hAAIOYOAL72EABs6A4AGvcQAGjpDgBs9xAAuPcQAMj3EABk6g4AFfgQAGDrDgBj+BAAtPgQABL5EACs7Q4AbPkQAKjuDgBm+hAAfPkOAAz7EABgAA8AXPsQAKj7EAC4+xAAtAAPAFT8EABQBA8AtPwQAKAFDwAG/RAAnAYPAFT9EABEBw8Ao/0QAPT9EAA=","fail":"AAAAAAAAAAA0hgAAOKsBAEzUAADwfgYAoCQCACguBwB87gEAbGELAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAAfMgAANDIAAAkyQAACI0BAFyNAQCwjQEABI4BAAAAAAB87gEAVFILAIA+CACskgAAHA4AAHzuAQCs/QoAAP4KAFT+CgCo/goAcAYCAJSnDADopwwAeL0DAAAAAADwfgYAoCQCAKAkAgC0WgMA9A8CAEgQAgDAcgwArLYMAAizAgBcswIAmBUBACAOBQD8sw0AtFoDAHzuAQDsBQUAjK8AAOCvAAA0sAAAiLAAANywAAAcDgAAfO4BAGxhCwAIyQcAoCQCANAtAgB4IgUAIAYHAAAAAADwfgYAfO4BAGykCgCM4gMAmBECAKjcCADQAwIANIYAAHAbAgCQIg4A5CIOAMyXAgBkJgAAfO4BABhQCgBsUAoA3EcAANThBACskgAAAJMAAPygAgCYHwkA7B8JAHzuAQBUUgsAgD4IAKySAAAcDgAAfO4BAKz9CgAA/goAVP4KAKj+CgAIjwsAXI8LAFQAAABUAAAAjEwJAKAkAgDcRwAAfO4BAAiPCwCcpwEAAAAAAKySAACYEQIAHA4AADAeAAD0FwAAKC4HAHwuBwDgxAAANMUAAIjFAABg3AIAlOQCAOjkAgCcxgkA8BgAAMCkCgCUaAwAUAEAAKQBAAD4AQAATAIAAKACAAAIjwsAXI8LAFQAAABUAAAAzIYBAPgbBACskgAAOK8AAKAkAgD0JAIAaA0GAHzuAQBsYQsA4MQAADTFAACIxQAA3MUAADDGAACExgAA2MYAACzHAACAxwAA1McAACjIAAB8yAAA0MgAACTJAAAMxAgAYMQIAAAAAABsjQAAWHkBAKAkAgDQLQIAHA4AAHzuAQDMhgEA+BsEAEwcBABUAAAAWI4BAKyOAQAAjwEAVI8BAKiPAQD8jwEAUJABAAAAAABg3AIA2P0CAJynAQDwpwEARKgBAGzOCgA4BQsAjAULAKz9CgAA/goAVP4KAKj+CgBwBgIAbFAKAMAxAgBEywgAmMsIAOzLCAAoLgcAfO4BAJS4DQAc1QgAfO4BAMByDACkRw4AhEgAANhIAAAsSQAAgEkAANRJAAAoSgAAAAAAAKjcCACgKgsACI8LADAeAACEHgAA2B4AACwfAACAHwAA1B8AAAzECABgxAgAAAAAAGyNAACskgAAHA4AABxvAgBUAgoAKC4HAHzuAQAIjwsAPDAAAJAwAADkMAAAODEAAAQ0DQDQAwIANIYAADirAQAwHgAAKC4HAHzuAQBsYQsA4MQAADTFAACIxQAA3MUAADDGAACExgAA2MYAACzHAACAxwAA1McAACjIAAB8yAAA0MgAAPQPAgBIEAIAaG0DALxtAwAQbgMAZG4DAKz9CgAA/goAnBgAAPAYAADApAoAlGgMAFABAACkAQAA+AEAAEwCAACgAgAATNQAAEwPAgCgYQ0A9GENAGykCgDgQgEANEMBAPygAgBYeQEAKC4HAMyqDQBspAoAwKQKAJRoDABQAQAApAEAAPgBAABMAgAABDQNANADAgA0hgAAOKsBADAeAAAoLgcAfO4BAGxhCwDgxAAANMUAAIjFAADcxQAAMMYAAITGAADYxgAALMcAAIDHAADUxwAAKMgAAHzIAADQyAAA9A8CAEgQAgBobQMAvG0DABBuAwBkbgMArP0KAAD+CgCcGAAA8BgAAMCkCgCUaAwAUAEAAKQBAAD4AQAATAIAAKACAABM1AAATA8CAKBhDQD0YQ0AbKQKAOBCAQA0QwEA/KACAFh5AQAoLgcAzKoNADSGAAA4qwEA7DcDAGDcAgDY/QIAPDAAAJAwAADkMAAAODEAAAQ0DQAcDgAAMB4AAIQeAADYHgAALB8AAIAfAAAENA0AZCYAAEBOCACgJAIA7BcLABxvAgAENA0AmBUBAKg4BwAcDgAAnKcBAIRyAABUTgwAhLcJAJQpDABU3wIAjK8AAOCvAAA0sAAAiLAAANywAAAwsQAAbKQKAMCkCgCUaAwAUAEAAKQBAAD4AQAATAIAAKACAACYFQEAhMIBABwOAAAcbwIAfO4BANADAgDkzg0AbGELABTjBQAIjwsAgH4NANThBAAo4gQArHkBAAAAAAA4rwAAOK8AAKySAAAcDgAAnKcBAHzuAQBUUgsAzKoNAPQXAACEJwMArJIAACguBwB87gEA0O4BANBdCwCgJAIAfO4BAGyNAAAcDgAAMB4AAHzuAQAAAAAA9BcAAGxGAgCwrAkASBgAAEzUAAD0FwAAfO4BAFRSCwB8LgcAvAIOABADDgDQAwIANIYAADirAQAwHgAAAAAAAKAkAgCYEQIANIYAAIiGAADchgAAMIcAAISHAADYhwAAkCwBACguBwDMqg0A9BcAAIQnAwCskgAAKC4HAJgRAgCskgAAAJMAAFjmAAB8wAIA0AMCADSGAAAgBgcAmBECACguBwDQAwIAmBECAKySAAAAkwAAWOYAAHzAAgBsjQAA0AMCAMyGAQD4GwQAOK8AAHzuAQBsRgIAwEYCABRHAgB87gEADMQIAGDECADcRwAA1OEEACjiBACskgAA/KACAFChAgCkoQIAfO4BAGzOCgA4BQsAjAULAKz9CgAA/goAVP4KAKj+CgC0NgwACMkHAFzJBwAghwEATNQAAKySAAD0FwAASBgAAEQ/AQCYPwEAHA4AAGyLCwBUAAAAVAAAAIxMCQCgJAIA3EcAAFQCCgAoLgcAmBECADSGAADgxAAANMUAAIjFAACYEQIAmBUBAOwVAQBsZQoAAAAAAMyGAQD4GwQArJIAAPQXAADcRwAAfO4BAFRSCwCAPggArJIAABwOAAB87gEArP0KAAD+CgBU/goAqP4KAAiPCwBcjwsAVAAAAFQAAACMTAkAoCQCANxHAAB87gEAbGELAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAAfMgAANDIAAAkyQAAeMkAAOBCAQA0QwEA3EcAAFQiAgA4rwAA7L0BAEhmDAB87gEADMQIAGDECAAAAAAAbI0AAKySAAAcDgAAHG8CAFQCCgAoLgcAfO4BANADAgC0WgMAfO4BAAiPCwAwHgAAhB4AANgeAAAsHwAAbI0AANxHAAAwSAAAhEgAAPQXAADcRwAA7JgFADivAAA8pgIADDQCAOyYBQDwfgYAHNUIAHzuAQBspAoAzIYBAGyNAABM+gEAWHkBAKx5AQB87gEANIYAAODEAAA0xQAA7NYAAGxhCwDgxAAANMUAAIjFAADcxQAAMMYAAITGAADYxgAALMcAAIDHAADUxwAAKMgAAHzIAADQyAAAJMkAAAzECABgxAgAAAAAAGyNAABYeQEAoCQCANAtAgAAAAAAoCQCAHyTCAAc1QgATPoBAFQAAACoAAAA/AAAAHzuAQAAAAAAVAAAAKgAAAD8AAAAUAEAAKQBAAD4AQAATAIAAMTHAQAYyAEA7AUFADymAgCQpgIA5KYCAOz+CwBA/wsAlP8LAEzUAABYeQEA+IAFADBIAAAAkQsAFOwIANxHAAB87gEAbGELAPyzDQC0WgMAfO4BAGykCgDApAoAlGgMAFABAACkAQAA+AEAAEwCAACgAgAA7AUFAEAGBQCUBgUAZCYAAEBOCABM+gEAbI0AAKAkAgDQLQIAoCQCAHzuAQDsBQUAjK8AAOCvAAA0sAAAiLAAANywAAAwsQAACI8LADAeAAD0FwAA3EcAAHzuAQBsYQsA4MQAADTFAACIxQAA9A8CAEgQAgBobQMAvG0DABBuAwBkbgMArP0KAAD+CgCcGAAA8BgAAMCkCgCUaAwAUAEAAKQBAAD4AQAATAIAAKACAABszgoAOAULAIwFCwAIjwsAMB4AAAAAAAA0hgAA4MQAADTFAACIxQAA3MUAADDGAACExgAA2MYAACzHAACAxwAA1McAACjIAAB8yAAA0MgAAGQmAADUrgEAKK8BAHyvAQAoOgQAbGELAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAAfMgAANDIAAAkyQAACI0BAFyNAQCwjQEABI4BAMAxAgBEywgAmMsIAOzLCABAzAgAlMwIAOjMCABsYQsA4MQAADTFAACIxQAA3MUAADDGAACExgAA2MYAACzHAACAxwAA1McAAFQCCgBsjQAAHA4AAOx+AQCseQEATPoBAHzuAQCYFQEAqDgHAMAhBgDUgQcANIYAAPyzDQCEJwMAeL0DAJgVAQB87gEAAAAAADivAADsvQEAtMUNAAjGDQD0FwAAwDECABQyAgBoMgIAwAsBAGDcAgDACwEANIYAAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAAfMgAANDIAABkJgAA1K4BACivAQB8rwEAAAAAAPB+BgAc1QgATPoBAKD6AQAcDgAAMB4AAMAhBgDE9gUAGPcFAHypDQD4gAUAhCsCAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA9PIDAEjzAwCc8wMA8PMDAET0AwCY9AMA7PQDAED1AwCU9QMACFALAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAArHkBAIQeAADYHgAALB8AAIAfAADQLQIAAJMAAFjmAAB8wAIAbGELAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAAfMgAANDIAAAkyQAACI0BAFyNAQCwjQEABI4BAJgRAgCgJAIA0C0CACQuAgDwXg4AHA4AADAeAAAoLgcAfO4BAAQ0DQDsSg4AzIYBACCHAQB0hwEAyIcBAByIAQBwiAEATNQAAEwPAgCgYQ0A9GENAAzECABgxAgAtMQIAAjFCABcxQgAsMUIAHzuAQBsjQAAHA4AAOx+AQCseQEATPoBAHzuAQBsYQsA4MQAADTFAACIxQAA3MUAADDGAACExgAA2MYAACzHAACAxwAA1McAACjIAAB8yAAA0MgAACTJAACYFQEAqDgHAMAhBgDUgQcANIYAAPyzDQCEJwMAeL0DANxHAACYEQIANIYAAAjJBwBcyQcAIIcBAEzUAACskgAAKC4HAHzuAQAENA0AoCQCAHyTCADQAwIANIYAANADAgDMhgEAhGQOADSGAADgxAAANMUAAIjFAADcxQAAMMYAAITGAADYxgAALMcAAIDHAADUxwAAKMgAAHzIAADQyAAArJIAAACTAABY5gAAfMACAIiGAADchgAAMIcAAISHAADYhwAAKIUBAHyFAQDQhQEAJIYBAHiGAQDMqg0AAJMAAFjmAAB8wAIAXOEBADivAACskgAAVAAAANxHAADsmAUA8H4GAHzuAQAAAAAAAAAAAAAAAAAoOgQADMQIAGDECAB4IgUAOKsBAHAOAAAc1QgAYNwCADAJAABsjQAAHA4AADAeAACEHgAA9BcAAMAxAgAUMgIAaDICAGznCQDA5wkAFOgJAGykCgDApAoAlGgMAFABAACkAQAA+AEAAEwCAACgAgAArP0KAAD+CgBU/goAqP4KALQ2DAAIyQcAXMkHACCHAQBM1AAArJIAACguBwD0FwAASBgAAJwYAABsYQsA7NAMANyGAAAwhwAAhIcAANiHAAAsiAAAwHIMAKy2DADIswsAwHIMAKRHDgBYeQEAeL0DAMy9AwD8oAIAqNwIAACRCwAcDgAAHG8CAEzUAABYeQEA+IAFADBIAAB87gEADMQIAPQkAgDQAwIA0AMCAFh5AQD4gAUAmBUBAAAAAAB87gEA0O4BACTvAQB47wEAzO8BAHzuAQBspAoAzIYBAIRkDgA0hgAAOKsBADAeAADsBQUA1IEHACiCBwB8ggcA0IIHAHzuAQC0WgMACFsDAFxbAwCgJAIAfO4BAOwFBQBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAESgAwCYoAMAiH8HADAeAACMagwA3EcAAOyYBQCseQEATPoBAAAAAAD0FwAA/KACAFChAgCkoQIA+BsEACguBwB8LgcAiIYAANyGAAAwhwAAhIcAANiHAAAAzAwAwEYCABRHAgBYeQEAWHkBAEz6AQD0FwAAwDECAPTiBwBsjQAAoCQCANAtAgDkMQUAgD4IAKySAAAcDgAA/MwMAEgYAABEPwEAmBUBACAOBQAMNAIAOK8AACguBwDMqg0A9BcAAIQnAwCskgAAAAAAAPB+BgBM+gEAWHkBAKx5AQB87gEA0O4BACTvAQB47wEAzO8BANDuAQDQXQsAoCQCAHzuAQBsjQAAHA4AADAeAACEHgAAfO4BANDuAQAk7wEAeO8BAMzvAQDQ7gEA0F0LAKAkAgB87gEAbI0AABwOAAAwHgAAfO4BAGxhCwDgxAAANMUAAIjFAADcxQAAMMYAAITGAADYxgAALMcAAIDHAADUxwAAKMgAAHzIAADQyAAAJMkAAAiNAQBcjQEAsI0BAASOAQB87gEAbI0AABwOAAAwHgAAhB4AAPQXAADAMQIAFDICAPygAgCYHwkA7B8JAOwXCwDsfgEA8H4GABzVCABYeQEArHkBAIQnAwC4FgQAhMIBAJgVAQB87gEACI8LAFyPCwBUAAAAVAAAAIxMCQCgJAIA3EcAAFQCCgAoLgcAfO4BAGxhCwCo3Q0AWHkBAHzuAQD8oAIAmB8JAOwfCQDsFwsA7H4BAPB+BgAc1QgAfO4BAGzOCgAAAAAAHA4AAJynAQDwpwEAYNwCABwOAADsNwMAfO4BAAzECAB8kwgAFOwIANxHAADsmAUArHkBAKySAAAcDgAAHA4AAJynAQAwHgAAhB4AAOyYBQDwfgYAHNUIAKySAAAAkwAAWOYAAHzAAgA0hgAAWHkBAIRkDgBg3AIAzOsCAGjTCQAE4AwAWOAMAKzgDAAA4QwAVOEMAKjhDAD84QwA9CQCAEglAgCcJQIAZCYAANSuAQAorwEAfK8BAMyqDQAAkwAAWOYAAHzAAgAAAAAANIYAAPygAgBQoQIAcBsCAMyGAQA0hgAA/LMNAEz6AQBwGwIANIYAADirAQCMqwEA4KsBADSsAQCIrAEA3KwBADCtAQCErQEA2K0BACyuAQCArgEA8H4GAJgVAQBUAAAAqAAAAChXAgB8qQ0A0KkNAHAOAAAc1QgAZCYAANSuAQAorwEAfPQKAND0CgBsjQAAzIYBANxHAADsmAUAVAAAAMyGAQCEZA4A2GQOANSuAQAorwEAfPQKAND0CgAwHgAAhB4AAFjmAAB8wAIAAAAAAHzuAQDQAwIAJAQCAHgEAgDMBAIAIAUCAHQFAgDIBQIArJIAAKxPAQAg8AEAdPABAMjwAQAc8QEAcPEBABhQCgCUpwwAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA9A8CAEgQAgAYUAoAlKcMACDwAQB08AEAyPABABzxAQBw8QEAkFwKAMyGAQCEZA4A2GQOACxlDgCAZQ4AEBwNAMRcDAB87gEADMQIAHypDQAgaA4AdGgOAMhoDgCQXAoA5FwKANDuAQAk7wEAeO8BAMzvAQAAAAAAcFwMAHzuAQAMxAgAfKkNACBoDgB0aA4AyGgOAJBcCgDkXAoA0O4BACTvAQB47wEAzO8BANDuAQAk7wEAeO8BAMzvAQDQrwEAKDoEABSuDQBorg0AvK4NABCvDQBkrw0AAAAAAGyNAADAjQAAhCcDAPiABQBwGwIAQDYOACguBwBsRgIAbI0AAMCNAACEJwMA+IAFAHAbAgBwPw4AoCQCAPQkAgBoDQYAqDgHAEzUAADwfgYAoCQCAGxGAgBwGwIANIYAADirAQCMqwEA4KsBADSsAQCIrAEA3KwBADCtAQCErQEArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAAAAAABkJgAA1K4BACivAQB8rwEAVAAAAOAmCADAIQYA3EcAAFQCCgD8oAIAUKECAKShAgD4oQIATKICABwOAAB87gEAwHIMAKy2DADIswsA0AMCAOTODQAAAAAAbGELAAixDQBcsQ0AsLENAASyDQBYsg0ArLINAACzDQAYUAoAFMMNAGjDDQC8ww0AYNwCAAAAAADwfgYA3EcAAGDcAgA4rwAA7L0BAEC+AQCUvgEA6L4BADy/AQDQLQIA5DEFAHzuAQBsjQAAHA4AAOx+AQCseQEATPoBAHzuAQAQHA0AxFwMABhQCgAAAAAAzIYBAAAAAABsjQAANIYAAAjJBwAAAAAAAAAAAGyNAADcRwAAfO4BAEzUAABMDwIAoGENAHzuAQAYUAoAAAAAAGyNAAA0hgAAqNwIAACRCwAU7AgAaOwIALzsCAAQ7QgA0AMCAGTtCAC47QgADO4IANADAgDsBQUAQAYFAJQGBQAASg0AVEoNAKhKDQDsBQUAQAYFAJQGBQAASg0AVEoNAKhKDQA0hgAA/LMNAAAAAAB87gEATPoBAKD6AQD0+gEAAAAAANxHAABUAgoAgJsLANSbCwBwGwIAaDgLALw4CwC0WgMA3EcAAFQCCgCAmwsA1JsLAHAbAgDEGwIA9CQCAEglAgCcJQIA8CUCABwOAADU4QQAMHALAEglAgCcJQIA8CUCANxHAAAwSAAA9EgOAEhJDgCcSQ4AAAAAAKAkAgDQLQIAtLYBAKhABQDAIQYA3EcAABwOAABwGwIAXCACALAgAgAEIQIAWCECAKwhAgAAIgIA3EcAAFQiAgDAmA0AMEgAAPRIDgBISQ4A8H4GAHAbAgBcIAIAMEgAAPRIDgBISQ4AnEkOAAAAAAA0hgAAWHkBAHi9AwAwHgAAmBECAKySAAAAkwAAWOYAAHzAAgBwGwIAXCACADBIAAD0SA4ASEkOAJxJDgBwGwIAXCACADBIAAD0SA4ASEkOALRaAwBUAAAA4CYIAKySAAAAkwAAWOYAAHzAAgCskgAAZCYAALgmAAAAkwAA0C0CAPQXAAA4rwAArJIAAKySAAAAkwAAWOYAAHzAAgA0hgAAaA0GAKg4BwCskgAAAJMAAFjmAAB8wAIA3EcAANxHAADU4QQAKOIEANADAgAkBAIAeAQCAFQCCgCskgAAAJMAAFjmAAB8wAIAmBUBAKg4BwDcRwAAMEgAAACRCwAoLgcAzKoNAACTAABY5gAAfMACAMyGAQDMhgEAVAAAAIxMCQBYeQEArHkBACQ/AwB4PwMA4C8LANAtAgCsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAoCQCANAtAgAkLgIAeC4CAMwuAgAgLwIAdC8CAMgvAgAcMAIAcDACAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQAAAAAArJIAALRaAwCskgAAAJMAAFjmAAB8wAIAKC4HAMyqDQCsTwEAxPwOAACTAABY5gAAfMACAAAAAACskgAAAJMAAHyTCAAoLgcA6KIIAPygAgBYeQEAeL0DAOx+AQDwfgYAHNUIAKySAAAAkwAAWOYAAHzAAgDQAwIA8H4GABTsCADAjQAA8KMCAMyGAQAghwEAOK8AADymAgCQpgIAhGQOAACTAABY5gAAfMACAPyzDQBM+gEAhLcJAKySAAAAkwAAWOYAAHzAAgCgJAIATPoBAGyNAACYFQEAqDgHAPQXAADcRwAAVAIKAOAvCwBY5gAAfMACAPB+BgAU7AgA3EcAAFQiAgBkJgAA0AMCAPB+BgAU7AgAwI0AAPCjAgAcDgAAMB4AAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQA0hgAAOKsBAIyrAQA8MAAAPKYCADirAQAcbwIAVAIKAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQCAPggARH8GAJh/BgCElQcA2JUHACyWBwCAlgcA1JYHACiXBwCskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAMAhBgDE9gUAGPcFAOwXCwDsfgEA8H4GABzVCACskgAAAJMAAFjmAAB8wAIA3EcAADSGAACIhgAAbEYCAPB+BgD8oAIAmB8JAOwfCQBkJgAAzIYBACCHAQBM1AAArJIAAACTAABY5gAAfMACAOyYBQBAmQUADBcEAMyGAQCEZA4AmBUBAKg4BwD0FwAA3EcAAFQCCgAoLgcAzKoNAACTAABY5gAAfMACABwOAABsiwsAVAAAAFQAAACMTAkAoCQCANxHAABUAgoAKC4HAIA+CABEfwYAmH8GAISVBwDYlQcALJYHAICWBwDUlgcAKJcHAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAzIYBAMyGAQCEZA4ATPoBABD+CQAIyQcANIYAAChXAgB8VwIA0FcCACRYAgB4WAIAzFgCACBZAgB0WQIArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAKAkAgD0JAIAtFoDAFh5AQCseQEAuEgCAAxJAgBgSQIAxFoCABhbAgBsWwIAwFsCABRcAgBoXAIAvFwCABBdAgBkXQIAuF0CAAxeAgBgXgIAtF4CAAhfAgBcXwIAsF8CAARgAgBYYAIArGACAJgVAQDQAwIA5M4NAACTAABkJgAA0F0LAKAkAgCYFQEAIA4FAAw0AgBUAgoArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBABzVCAA4rwAAxPYFABj3BQBs9wUAwPcFABT4BQBo+AUAmBUBAOwVAQBsZQoA6KIIADgWDABATggAOK8AADymAgAMNAIA7JgFAPB+BgAc1QgArJIAAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQAAAAAANIYAAAjJBwBsjQAArJIAAKySAAAAkwAAWOYAAHzAAgAoLgcAzKoNAGQmAABATggAkNIMAKySAAAoLgcANIYAAAjJBwBcyQcAsMkHAMByDACstgwAyLMLAGxhCwAU4wUAmBUBAKg4BwD8OAcA0AMCAOTODQAAkwAAfO4BANDuAQDwXg4AwI0AAJhBCwDcRwAA7JgFAPB+BgAc1QgAbI0AAMCNAADwowIARKQCAJikAgDspAIAQKUCAJSlAgDopQIAoPwLAPT8CwBI/QsAnP0LAPD9CwBE/gsA8H4GAHzuAQDQ7gEAuCYAAEzUAAB87gEAbGELAMBhCwB8VwIA0FcCACRYAgB4WAIAzFgCACBZAgAcDgAAfO4BAMByDACstgwAyLMLANDuAQDwXg4AwI0AAJhBCwDcRwAA7JgFAPB+BgAc1QgA/LMNAPQXAABIGAAARD8BABwGAgAMxAgAYMQIAOQxBQDMqg0AwCEGAIyvAAAAYQIAKFcCANAtAgB8kwgA+KUBAMByDADsBQUAtFoDANxaCwAwWwsAhFsLANhbCwCskgAAAJMAAFjmAAB8wAIA9BcAANxHAAA0hgAADDQCAOyYBQDwfgYAHNUIAKySAAAAkwAAWOYAAHzAAgA8RwoAQE4IAJDSDAC4SAIAfO4BAAiPCwDMwQIAmBUBANADAgDwfgYAWHkBANCBAgA0hgAADDQCAOyYBQDwfgYAHNUIAHzuAQAYUAoAFMMNAGjDDQC8ww0A0O4BACTvAQB47wEAzO8BAAAAAAB87gEAbM4KAMDOCgBEog0AmKINAOyiDQBAow0A6L4BAAw0AgDsmAUA0AMCAMyGAQCEZA4AwHIMAIQrAgDYKwIALCwCAOwFBQA8pgIA5LsCADi8AgCMvAIA4LwCADS9AgBcyAIAsMgCAATJAgBYyQIArMkCAADKAgBUygIAqMoCAPzKAgBQywIAAAAAAGyNAADAjQAA8KMCAESkAgCYpAIA7KQCAEClAgCUpQIA7AUFADymAgDkuwIAOLwCAIy8AgDgvAIANL0CAGyNAAAcDgAAwHIMAKy2DAAIswIAXLMCAJgVAQAgDgUA/LMNAKz9CgAA/goAVP4KAKj+CgBwBgIAbFAKAMBQCgAU7AgATPoBAJgVAQAgnAEAeL0DAJynAQDsfgEArHkBAEz6AQB87gEADMQIAGDECADcRwAAbI0AAKAkAgBUUgsAzKoNAMAhBgCMrwAAAGECAChXAgDQLQIA5DEFAHzuAQBsYQsA/LMNACguBwB87gEArP0KAAD+CgBU/goAqP4KAGyNAAAcDgAAMB4AAGzOCgDAzgoAAHoBAFR6AQCoegEA/HoBAFB7AQA0lwEAlLgNAER/BgCYfwYAhJUHANiVBwAslgcAgJYHANSWBwC4FgQADBcEAGAXBAC0FwQACBgEAFwYBAAoLgcAfO4BAGxhCwD8sw0AKC4HAHzuAQCs/QoAAP4KAFT+CgCo/goAbI0AABwOAAAwHgAACI8LAMzBAgAgwgIAdMICAMjCAgAcwwIA6CkMADwqDACQKgwA5CoMADgrDAD8sw0AhCcDADivAABg3AIAYNUJAJTECgDoxAoAPMUKAJDFCgDkxQoAOMYKADhmDQAUww0AaMMNALzDDQB87gEAlLgNABTsCADcRwAAfO4BAJS4DQBkJgAAfO4BANADAgDwfgYAFOwIAMCNAADwowIADMQIAPQkAgDcVAIAMFUCAFQCCgCoAgoA/AIKANxHAAB87gEAwHIMAKy2DADIswsAbGELACAGBwAoLgcAfO4BAEzUAABYeQEA+IAFADBIAAB87gEAlLgNAPygAgCYHwkA7B8JAGQmAADMhgEAIIcBAAiPCwBcjwsAsI8LAASQCwDU4QQAMHALAIRwCwDIqggAfO4BAEzUAABYeQEA+IAFADBIAAB87gEAlLgNAPygAgCYHwkA7B8JAGQmAADMhgEAIIcBAJgVAQCEwgEA2MIBACzDAQCAwwEA1MMBACjEAQC0WgMAfO4BAEzUAABYeQEA+IAFADBIAAB87gEAlLgNAPygAgCYHwkA7B8JAGQmAADMhgEAIIcBAFRSCwCoUgsA/KACAFh5AQAoLgcAzKoNAEzUAABYeQEA+IAFADBIAAB87gEAlLgNAPygAgCYHwkA7B8JAGQmAADMhgEAIIcBAFh5AQDQgQIAfO4BAGykCgCMTAkAWHkBAKx5AQAkPwMAeD8DAOAvCwB87gEAVFILAMyqDQAAkwAA0C0CACQuAgB4LgIAzC4CACAvAgB0LwIAyC8CAGxhCwAIsQ0AXLENAOx+AQBAfwEAlH8BAJgVAQCoOAcA9BcAANxHAAB87gEAwHIMAKy2DADIswsAGFAKAGxQCgDcRwAA1OEEALRaAwB87gEAbM4KAMDOCgAUzwoArP0KAIQnAwDYJwMALCgDAJgVAQAgDgUAzIYBAPgbBAA4rwAArJIAANADAgDwfgYAFOwIAMCNAADwowIAHA4AAHzuAQCUuA0AFOwIANxHAAB87gEAlLgNAGQmAAB87gEADMQIAPQkAgDcVAIAMFUCANxHAABUAgoATPoBAIS3CQAAkwAAfO4BAFRSCwCoUgsA/KACAFh5AQAoLgcAzKoNANADAgC0WgMAfO4BAARLAgBYSwIArEsCAGxGAgDARgIAKC4HAHzuAQBsYQsADDQCAMALAQAUDAEAPKYCAJCmAgDkpgIA7P4LAED/CwCU/wsA6P8LADwADACQAAwA5AAMADgBDACMAQwA4AEMADQCDACIAgwA3AIMADADDACEAwwA2AMMACwEDACABAwA1AQMACgFDAB8BQwA0AUMACQGDAB4BgwAzAYMACAHDAB0BwwAyAcMABwIDABwCAwAxAgMABgJDABsCQwAwAkMABQKDABoCgwAvAoMAFh5AQCseQEAuEgCAAxJAgBgSQIAYAYDALQGAwAIBwMAXAcDALAHAwAECAMAWAgDAKwIAwAACQMAVAkDAKgJAwD8CQMAUAoDAAAAAADwfgYAFOwIAHzuAQBAVwsAlFcLAPygAgCYHwkAbGELAPyzDQBQtA0ApLQNAPi0DQBMtQ0AoLUNAGzOCgDAzgoAFM8KALRaAwAIWwMAXFsDAKAkAgB87gEACI8LAPjHAwBMyAMAsCEHAAQiBwDMwQIAIMICAHTCAgDIwgIA7AUFAEAGBQBIZgwAbI0AAJgVAQD0FwAAfO4BAACTAADQLQIAbM4KADgFCwCMBQsArP0KAAD+CgCcGAAA8BgAAMCkCgAoVwIA9CQCAGgNBgCoOAcA3EcAAFQCCgDgLwsAfO4BANADAgAkBAIAeAQCAMwEAgBspAoA4EIBANAtAgBUAAAAqAAAAChXAgDQLQIA5DEFAHzuAQAIjwsAgH4NANR+DQAMNAIAVAIKAKgCCgCoOAcA9BcAANxHAAB87gEAVFILAHwuBwC8Ag4AEAMOANADAgA0hgAAOKsBADAeAAAIjwsAzMECAOAaCwA0GwsAiBsLANwbCwB87gEAbM4KADgFCwCMBQsACI8LAIB+DQDUfg0AKFcCANxHAADsmAUArHkBAEz6AQB87gEAbI0AAMAHAgBsjQAA3EcAANxHAADsmAUArHkBAEz6AQB87gEAVFILAIA+CABM1AAAbM4KAMDOCgAUzwoADMQIAGDECACAawIAFCIGAPygAgCYHwkA7B8JALRaAwB87gEAmBUBAOwVAQBsZQoANIYAACAGBwDooggArHkBAEz6AQB87gEADMQIAGDECADkMQUAODIFAIwyBQC4kAUAbM4KADgFCwCMBQsAzIYBACCHAQCshgMAAIcDAFSHAwCohwMA/IcDAFCIAwDAcgwApEcOAIRIAAD0dAMASHUDAJx1AwDwdQMAOKsBADAeAACMagwAfO4BAGzOCgDAzgoAFM8KAJgVAQCoOAcA/DgHAOwVAQCgJAIAbM4KADgFCwCMBQsAbM4KAMDOCgAUzwoAjNsKAODbCgA03AoAbKQKAOBCAQA0QwEA4IMLADSECwCIhAsA3IQLAHzuAQCUuA0AZCYAAHzuAQAIjwsAgH4NANR+DQAoVwIA3EcAAOyYBQCseQEATPoBAHzuAQBsjQAAcNUIAMTVCAAY1ggAbNYIAMDWCAAU1wgAaNcIALzXCADAcgwArLYMAMizCwAIjwsAMB4AAIQeAADYHgAALB8AAIAfAADUHwAAbGELAAw0AgCUuA0AHNUIAHzuAQAIjwsAcA4AAOBlCAA0ZggAiGYIANxmCAB87gEAVAAAANxHAADsmAUArHkBAEz6AQB87gEA7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUA5AcFADgIBQDwnwMARKADAOCLCQA0jAkAlLgNABzVCAB87gEAbI0AAMCNAACEJwMAXOEBAHzuAQBUUgsAgD4IAJgVAQAgDgUAWHkBAKx5AQB87gEACI8LAHAOAADgZQgANGYIAIhmCADcZggAfO4BABTsCABo7AgAvOwIABDtCABk7QgAuO0IAAzuCABg7ggAtO4IAAjvCABc7wgAsO8IAATwCABY8AgArPAIAADxCABU8QgAqPEIAAiPCwAwHgAAhB4AANgeAAAsHwAAgB8AAGDcAgAcDgAAfO4BAMByDACkRw4AhEgAANhIAAAsSQAAgEkAANRJAAAoSgAAfEoAANBKAAAkSwAAlMQKAOjECgD0FwAAhCcDAKx5AQBM+gEAfO4BAJS4DQAc1QgAfO4BAEBXCwAAkQsAHA4AAMyGAQAghwEAOK8AADymAgCQpgIA5KYCAAAAAADMhgEAHA4AABxvAgBwbwIADDQCAFQCCgD4pQEAAAAAAAAAAAAAAAAAAAAAAAAAAADk0AIAONECAPilAQAAAAAA5NACADjRAgDM1gIAQAYFAHD3CgDE9woAGPgKAGz4CgDA+AoAFPkKAGj5CgC8+QoA5LcDADi4AwCMuAMA4LgDADS5AwCIuQMA3LkDADC6AwCEugMA2LoDACy7AwCAuwMA1LsDACi8AwB8vAMAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAESgAwCYoAMA7KADAEChAwCUoQMA6KEDADyiAwCQogMA5KIDADijAwCMowMA4KMDADSkAwC0wAkACMEJAFzBCQCwwQkABMIJAFjCCQCswgkAAMMJAFTDCQCowwkA/MMJAFDECQCkxAkA+MQJAEzFCQCgxQkA9MUJAEz6AQBg3AIAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADANADAgA0hgAAHA4AAPjHAwBMyAMAhGQOAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBU3wIAgPoDANT6AwAo+wMAfPsDAND7AwAk/AMAePwDAMz8AwAg/QMA7KADAEChAwDQ7gEAJO8BAHjvAQDM7wEAyJoMABg+BABsPgQAwD4EABQ/BABoPwQAvD8EABBABABkQAQAGFAKAJSnDAAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQD4UQEATNQAAKjcCABYeQEA0IECAIRkDgDsBQUAQAYFAJQGBQDoBgUAPAcFAJAHBQDkBwUAOAgFAIwIBQBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAESgAwAIJQYAXCUGALAlBgAEJgYAWCYGAKwmBgDMwQIAIMICADivAABUAAAAjOIDAHAbAgAAHA4AVBwOAABQAQBUUAEAqFABAPxQAQBQUQEApFEBABwOAABwGwIAkCIOADymAgDkuwIAOLwCAIy8AgDgvAIAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAPQXAABIGAAATNQAAKySAAAAkwAAWOYAAHzAAgDkIg4AzJcCAEyeAwCgngMA9J4DAEifAwCcnwMA8J8DAESgAwAoLgcAgD4IAKySAAAcDgAA/MwMAEgYAABEPwEAVAIKAKxPAQDUhgsAeL0DABxvAgBUAgoA4C8LAFjmAAB8wAIAfO4BAOwFBQA8pgIAkKYCAOSmAgA4pwIA0O4BACTvAQB47wEAzO8BAJgVAQBUAAAAjEwJAKAkAgDcRwAAVAIKAOAvCwBY5gAAfMACAMyGAQD4GwQATBwEAFQAAABcPQAAcBsCAEA2DgBYeQEA0AMCAPwSBgD0JAIAKFcCALRaAwB87gEArP0KAAD+CgBU/goAqP4KAMyGAQAghwEArIYDAACHAwDMqg0AKC4HAGDcAgDMhgEAIIcBAKyGAwAAhwMAVIcDAKiHAwD8hwMAUIgDAMByDACkRw4AhEgAAMALAQBUAAAAjEwJABwOAAAcbwIATPoBAKAkAgDQLQIAHA4AAPjHAwBMyAMAwAsBAHzuAQBsYQsA7NAMAMiqCAAcqwgAcKsIAMSrCAAMxAgAYMQIAIBrAgAUIgYAoCQCACguBwB87gEAbGELACAGBwB0BgcAyAYHABwHBwBUAgoA4C8LAHAbAgB87gEAmBUBACCcAQB4vQMAnKcBAOx+AQCseQEATPoBAHzuAQBsYQsAFOMFAEz6AQCEtwkAmBUBAHzuAQBszgoA+IAFAEyBBQBUUgsAzKoNACCrDQDgJggA3LsNADC8DQAcDgAAfO4BAJS4DQAc1QgAAAAAAAAAAABg3AIAzOsCAGjTCQC80wkAENQJAGTUCQAYUAoAFMMNAGjDDQC8ww0AwHIMAKy2DADIswsA7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUAQEYKAJRGCgDoRgoAFHMMAOAvCwA0MAsAiDALANwwCwAwMQsAhDELANgxCwAsMgsAgDILAFRSCwDgjA4ArJIAAMByDACstgwAyLMLAOwFBQBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAESgAwCYoAMA7KADAOyYBQBAmQUAlJkFAOiZBQA8mgUAfKkNAPiABQBUAgoA7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUA5AcFAJgRAgDsEQIA7JgFAECZBQCUmQUA6JkFADyaBQCQmgUAQAYFAJQGBQDoBgUAPAcFAJAHBQDkBwUAOAgFAIwIBQDgCAUANAkFAIgJBQDcCQUACI8LADAeAACEHgAA2B4AACwfAACAHwAAYNwCAFTfAgCA+gMA1PoDACj7AwB8+wMA0PsDACT8AwB4/AMAzPwDACD9AwB0/QMAyP0DABz+AwBw/gMAxP4DABj/AwDsoAMA7JgFAECZBQCUmQUAKC4HAHzuAQCUuA0AFOwIAJTkAgDo5AIAnMYJAMANCwB8kwgAFOwIANxHAABUAgoAwHIMAKy2DADIswsAQFcLAACRCwAcDgAArJIAANxHAABM1AAA8H4GAKAkAgBsRgIAfO4BAGzOCgA4BQsAjAULAGyNAADAjQAAoCQCANAtAgB4IgUAzCIFACAjBQA0hgAA0AMCAMyGAQAAAAAAfO4BAGxGAgBQKQsArHkBALhIAgBg3AIAVN8CAID6AwDU+gMAKPsDAHz7AwDQ+wMAJPwDAPQPAgBIEAIA7AUFADymAgC8aw4AEGwOAGRsDgCUKQwA2P0CAHAOAACYFQEAqDgHAMALAQDcRwAAfO4BAOwFBQBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQBARgoAlEYKAOhGCgC0WgMAHA4AAPjHAwBMyAMAAAAAAGDcAgCIOAkAAJMAAFjmAAB8wAIAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADALykBQAYSAwAbEgMAMBIDACo3AgAtFoDAAAAAAAAAAAAAAAAAOTQAgA40QIA+KUBAAAAAAAAAAAAAAAAAAAAAADk0AIAONECAMzWAgBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAESgAwCYoAMACCUGAFwlBgCwJQYABCYGAFgmBgCsJgYAmBUBAIB4BADUeAQAKHkEAHx5BAAoLgcA0AMCAHzuAQCYFQEA7BUBAGxlCgDAZQoAFGYKAJgVAQCAeAQA1HgEACh5BAB8eQQAOK8AAIyvAADgrwAANLAAAIiwAAAgDgUAKFcCAHypDQA0hgAAIAYHAJgVAQCEwgEAwI0AAIQnAwA4rwAAPKYCAAw0AgDsmAUA8H4GABzVCAAcDgAAMB4AAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBU3wIAgPoDABiDDQC8kwQAEJQEAGSUBAC4lAQADJUEAGCVBAC0lQQACJYEAFyWBACwlgQABJcEAHzuAQDMhgEA+BsEAKx5AQBsRgIAfO4BANDuAQAk7wEAeO8BAGA6CwC0OgsAbGELACAGBwAoLgcAoCQCANAtAgAcDgAAnKcBAHBcDAB48wAANLUEAACRCwAcDgAAHG8CADzNCACQzQgA5M0IADjOCACMzggA4M4IADTPCACIzwgA3M8IADDQCABsYQsA/LMNALRaAwB87gEAlLgNAGQmAAB87gEAwHIMAKRHDgCESAAA2EgAAFQAAADgJggAwCEGAFh5AQDQxgsAQE4IAKySAAAoLgcAfO4BAJgVAQCAeAQA1HgEACh5BAB8eQQAsCEHAEBXCwAAkQsAHA4AABxvAgBAVwsAAJELABwOAAAcbwIAfO4BAKjcCAC0WgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoOgQAfDoEALSvCAAIsAgAXLAIALCwCAAEsQgAWLEIAKyxCAAAsggAVLIIAKiyCAD8sggAULMIAKSzCAD4swgATLQIAKC0CADsoAMA7JgFAECZBQCUmQUAKC4HAHzuAQCUuA0AFOwIAJS4DQBEfwYAmH8GAISVBwDYlQcALJYHAICWBwDUlgcAKJcHAHzuAQDAcgwA7JgFAECZBQCUmQUAKC4HAHzuAQCUuA0AFOwIAPgbBACYEQIAHA4AAPjHAwBMyAMAmBECAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAVN8CAID6AwDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAHT9AwDI/QMAHP4DAHD+AwDE/gMAGP8DAOygAwDsmAUAQJkFAJSZBQAoLgcAfO4BAJS4DQAU7AgAlLgNAER/BgCYfwYAhJUHANiVBwAslgcAgJYHANSWBwAolwcAfO4BAMByDADsmAUAQJkFAJSZBQAoLgcAfO4BAJS4DQAU7AgA7KADAOyYBQBAmQUAlJkFACguBwB87gEAlLgNABTsCACUuA0ARH8GAJh/BgCElQcA2JUHACyWBwCAlgcA1JYHACiXBwB87gEAwHIMAOyYBQBAmQUAlJkFACguBwB87gEAlLgNABTsCACgJAIAfKkNANCBAgAghwEAdIcBALRaAwCYEQIAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAHATBAAENA0A7EoOAGyNAADAjQAARAABAJgAAQDsAAEAQAEBAJQBAQDoAQEAPAIBAHCmBADEpgQAGKcEAGynBADApwQAFKgEAGioBAC8qAQAEKkEAGSpBACs/QoAAP4KAGDcAgAAAAAAAAAAAAAAAAAAAAAAAAAAAPQPAgBIEAIACI8LAPjHAwBMyAMAoMgDAPTIAwBIyQMAnMkDAPDJAwCUKQwAAAAAAAAAAAAcDgAAAAAAAAAAAAAoOgQALEYGAIBGBgCUBgUA6AYFADwHBQCQBwUA5AcFADgIBQDwnwMARKADAJigAwDsoAMA7JgFAECZBQCUmQUA6JkFADyaBQCQmgUAYNwCALDuAwAE7wMAWO8DAKzvAwAA8AMAVPADAKjwAwD88AMAQI0IAJSNCADojQgAPI4IAJCOCAAIjwsAcA4AAOBlCAA0ZggAiGYIANxmCAB87gEAbGELAGQmAADcRwAAVAIKAOAvCwCseQEATPoBAHzuAQDAcgwArLYMADivAADsvQEAzJcCAEyeAwCgngMA9J4DAEifAwCcnwMASAQFAJwEBQDwBAUARAUFAJgFBQBsjQAAwI0AAIQnAwBc4QEAfO4BAAiPCwBwDgAA4GUIADRmCACIZggA3GYIAGDcAgA0hgAAXOEBAKAkAgDQLQIA3EcAANThBAAo4gQArJIAABwOAABUAAAA4CYIADQnCABY5gAA0C0CAAAAAABsjQAArJIAABwOAAAcbwIAVAIKAOAvCwBY5gAAfMACAGDVCQC01QkACNYJAMwiBQAgIwUAdCMFAMgjBQAcJAUAcCQFAMQkBQAYJQUAbCUFAMAlBQAUJgUAaCYFALwmBQAQJwUAZCcFALgnBQAMKAUAYCgFALQoBQAIKQUAXCkFALApBQAEKgUAWCoFAKwqBQAAKwUAVCsFAKgrBQD8KwUAUCwFAKQsBQD4LAUATC0FAKAtBQD0LQUASC4FADSGAACIhgAA1IEHACiCBwAoLgcAfO4BAMByDACkRw4AhEgAAJgVAQAgDgUAdA4FAHzuAQAMxAgAYMQIANxHAADU4QQAKOIEAKySAAAcDgAAfO4BAGykCgCo9gwANCcIAHzuAQAMxAgAYMQIAAAAAABsjQAArJIAABwOAAAcbwIAfO4BAMyGAQD4GwQAuBYEACCcAQD4gAUATIEFAEzUAACo3AgAWHkBADivAADUgQcAfO4BAGzOCgA4BQsAKC4HAOiiCAB4vQMAYNwCADivAAA8pgIA5LsCADi8AgCMvAIA4LwCADivAADsvQEAzJcCAEyeAwCgngMA9J4DAEifAwBU8g0A4C8LAFjmAAB8wAIAPDAAAIyvAADgrwAANLAAAIiwAADcsAAAYNwCADivAAA8pgIA5LsCADi8AgCMvAIA4LwCADivAADsvQEAzJcCAEyeAwCgngMA9J4DAEifAwBU8g0A4C8LAFjmAAB8wAIArJIAACguBwDooggAeL0DADwwAADsvQEAzJcCAEyeAwCgngMA9J4DAEifAwCcnwMA8J8DAESgAwC8pAUAEKUFAGSlBQC4pQUADKYFAGCmBQC0pgUACKcFADSxBQCIsQUAcPcKAMT3CgAY+AoAbPgKAMD4CgAU+QoAaPkKALz5CgBM+gEAhLcJANi3CQB87gEAbGELABTjBQAMxAgAYMQIABwOAABwDgAAFOwIAKAkAgA4rwAAsO4DAATvAwBY7wMArO8DAADwAwBU8AMAqPADAPzwAwBQ8QMApPEDAPjxAwBM8gMAoPIDALS2AQAItwEAXLcBALC3AQAEuAEASAkJAJwJCQDwCQkARAoJAJgKCQDsCgkAQAsJAJQLCQDoCwkAPAwJAJAMCQDkDAkAOA0JAIwNCQDgDQkANA4JAIgOCQDcDgkAMA8JAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADALykBQAQpQUAZKUFALilBQAMpgUAYKYFALSmBQAIpwUAtNwCAAjdAgBEAAEAmAABAOwAAQBAAQEAlAEBAOgBAQA8AgEAcKYEAMSmBAAYpwQAbKcEAMCnBAAUqAQAMB4AAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBU3wIAgPoDANT6AwAo+wMAfPsDAND7AwAk/AMAePwDAMz8AwAg/QMAdP0DAMj9AwAc/gMAcP4DAMT+AwAY/wMAbKQKAKDaCQD02gkASNsJAJzbCQDw2wkARNwJAJjcCQDs3AkAQN0JAJTdCQDo3QkAPN4JAJDeCQDk3gkAON8JAIzfCQDg3wkANOAJAIjgCQDc4AkAMOEJAIThCQCU5AIA6OQCAJzGCQDADQsAfJMIABTsCADcRwAAVAIKAMByDACstgwAyLMLAEBXCwAAkQsAHA4AAGDVCQC01QkA5DEFADgyBQCMMgUAuJAFAAiPCwAwHgAAhB4AANgeAAAsHwAAgB8AANQfAABM1AAArJIAAPQXAADcRwAAfO4BAGxhCwBM1AAATA8CANxHAAB87gEATNQAAEwPAgCgYQ0A9GENAKz9CgAA/goAVP4KAKj+CgBspAoAjEwJABwOAACcpwEA7H4BANADAgDMhgEAhGQOAMByDACstgwAyLMLAOwFBQBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQBARgoAlEYKAOhGCgDAcgwApEcOAIRIAAAMxAgAYMQIAOQxBQA4MgUAjDIFALiQBQAIjwsAMB4AAIQeAADYHgAALB8AAIAfAAB48wAAtGQLAMy9AwDsBQUAQAYFAJQGBQDoBgUAPAcFAJAHBQDkBwUAOAgFAPCfAwBEoAMATFwJAMDOCgAUzwoA0AMCAPwSBgBQEwYApBMGAPgTBgD0FwAAfO4BAAiPCwCAfg0A1H4NAAw0AgBYeQEAuBYEAKg4BwDwfgYAFOwIANxHAABUAgoA4C8LAFjmAAB8wAIA8MsNAOyYBQBAmQUAlJkFAOiZBQA8mgUAkJoFALSBCQDsBQUAQAYFAJQGBQDoBgUAPAcFAJAHBQDkBwUAOAgFAIwIBQDgCAUANAkFAIgJBQDcCQUACI8LADAeAACEHgAA2B4AACwfAACskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAJTkAgDo5AIAnMYJAPDGCQBExwkAmMcJAOzHCQBAyAkA0O4BAEBOCACUTggA6E4IAJS4DQCgJAIAfO4BAFRSCwCoUgsAoCQCANAtAgCAawIA3EcAAFQiAgCgJAIAtFoDAHzuAQD4pQEAbI0AAMCNAACEJwMAXOEBAFTfAgCA+gMA1PoDACj7AwB8+wMA0PsDACT8AwB4/AMAzPwDACD9AwB0/QMAyP0DABz+AwBw/gMAxP4DABj/AwAI2ggABMYIAEzJCACgyQgA9MkIAEjKCADsoAMA7JgFAECZBQCUmQUAKC4HAHzuAQCUuA0AFOwIAJS4DQBEfwYAmH8GAISVBwDYlQcALJYHAICWBwDUlgcAKJcHAHzuAQDAcgwA7JgFAECZBQCUmQUAKC4HAHzuAQCUuA0AFOwIANxHAADsmAUAQJkFAJSZBQDomQUAPJoFAJCaBQDkmgUAOJsFAIybBQDgmwUAlAgPAOgIDwDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAOygAwDsmAUAQJkFAJSZBQDomQUAPJoFAOwXCwAwHgAAzHIGAIRkDgDAIQYA3EcAAOyYBQDwfgYAHNUIANxHAADsmAUAQJkFAJSZBQDomQUAPJoFAJCaBQDkmgUAOJsFAIybBQDgmwUArJIAAACTAABY5gAAfMACAPT6AQDsmAUAQJkFAJSZBQDomQUAPJoFAJCaBQDkmgUATKgLAKCoCwD0qAsASKkLAJypCwDwqQsARKoLAHAOAADgZQgANGYIAIhmCADcZggAVCICAER/BgCYfwYA7H8GAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAYNwCAIg4CQAAkwAAWOYAAHzAAgD0FwAASBgAAMTuBwAY7wcAbO8HAMDvBwAU8AcAaPAHAPQkAgD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEAfO4BAMByDADsmAUAQJkFAJSZBQDomQUAPJoFAJCaBQC0gQkA7JULADivAAA4rwAAxPYFABj3BQBs9wUAwPcFAOQxBQB87gEAbGELAGQmAADcRwAAVAIKAOAvCwAIjwsAMB4AAMxyBgCEZA4AwCEGANxHAADsmAUA8H4GABzVCAB87gEAGFAKABTDDQBoww0AvMMNANj9AgCQyQkA5MkJADjKCQCMygkA4MoJADTLCQCg6gUA9OoFAEjrBQCc6wUA8OsFAETsBQCY7AUA7OwFAEDtBQCU7QUA4AQGADQFBgCIBQYA3AUGADAGBgCEBgYAbI0AAKAkAgCgJAIA0C0CAPQXAADcRwAAfO4BAMByDACstgwARH8GAIxMCQDMhgEAIIcBAHSHAQC0WgMAYNwCAAAAAAB87gEAwHIMAIQrAgDYKwIALCwCAJQpDAAIjwsAXI8LAFh5AQD4gAUANIYAANADAgDMhgEAhGQOAAiPCwAwHgAAhB4AANgeAAAsHwAAgB8AANDJBQB87gEA0O4BANBdCwAkXgsAeF4LAMByDADsmAUAQJkFAJSZBQDomQUAPJoFAJCaBQBg3AIAlOQCAOjkAgCcxgkAbGELAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCEZA4ACI8LADAeAACEHgAA2B4AACwfAACAHwAAmBUBAAAAAABUAAAAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADALykBQAYSAwAbEgMAMBIDACgJAIAfJMIAOj7DADARgIAAJMAAJTECgDoxAoAoCQCANAtAgB4IgUAzCIFACAjBQA0hgAA0AMCAMyGAQCEZA4ArJIAAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQDAjQAA9BcAALRaAwBg3AIA3EcAADivAABUAAAAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADAGQmAADUrgEAKK8BAHyvAQA4rwAA7L0BAMyXAgBMngMAoCQCANAtAgAkLgIA8F4OABwOAAAwHgAAENgIAGTYCAC42AgADNkIAGDZCAC02QgAEKUFAGSlBQC4pQUADKYFAGCmBQC0pgUACKcFANj9AgBwDgAA4GUIADRmCACIZggA3GYIAHzuAQAYUAoAFMMNAGjDDQC8ww0AlAgPAOgIDwA8CQ8AkAkPAOQJDwA4Cg8AjAoPAOAKDwA0Cw8AiAsPANwLDwAwDA8AjLgDAOC4AwA0uQMAiLkDANy5AwAwugMAhLoDANi6AwBAVwsAAJELABwOAADQAwIA/BIGAFATBgCkEwYA+BMGAEwUBgDsFwsAhHIAAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQA0hgAAZCYAAGxGAgBgOQYAtLYBABwOAAA8MAAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAvKQFABhIDABsSAwAwEgMAHzuAQCYFQEAIA4FALRaAwB87gEArP0KAAD+CgBU/goAqP4KANADAgDkzg0AbGELAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQDsBQUAQAYFAHD3CgDE9woAGPgKAGz4CgDA+AoAFPkKAGj5CgC8+QoAEPoKAGT6CgAYUAoAHA4AABxvAgBwbwIA0AMCAMyGAQD4GwQAeL0DAMAHAgCgKgsAwHIMAKy2DADIswsAbM4KAFQAAACIhgAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAvKQFABhIDABsSAwAwEgMALTcAgAI3QIARAABAJgAAQDsAAEAQAEBAJQBAQDoAQEAPAIBANADAgDwfgYA8H4GANxHAAAcDgAAHG8CANThBAAwcAsAqN0NAHzuAQDQ7gEAoCQCAHyTCACYFQEAfO4BAPilAQB48wAAYNwCAFTfAgCMrwAA4K8AADSwAACIsAAA3LAAADCxAABAVwsAlFcLAOhXCwA8WAsADMQIAJTECgDoxAoAfO4BAJS4DQAU7AgA3EcAAHzuAQCUuA0AZCYAAHzuAQBsYQsA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBAIRkDgDQAwIA/BIGAFATBgCkEwYA+BMGAEwUBgDsFwsAfO4BAMByDACstgwAyLMLAMByDAA0hgAACMkHAGxGAgB87gEAwHIMAPyzDQC0WgMAfO4BAJS4DQBkJgAAfO4BAMByDACkRw4AhEgAANhIAAAsSQAArJIAACguBwB87gEA0AMCAPwSBgBQEwYApBMGAPgTBgBMFAYAzIYBADSGAAA4qwEAHG8CAOyYBQA4rwAAHA4AADAeAAA0hgAAKFcCADivAADUgQcAcBsCAAAcDgBUHA4AAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAHA4AAHAbAgCQIg4A5CIOAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAvKQFABhIDABsSAwAwEgMAAAAAABUAAAA4CYIANy7DQAcDgAAMB4AADSGAAAoVwIAOK8AANSBBwBUAAAAOBQCAHAbAgAAHA4AVBwOAABQAQBUUAEAqFABAPxQAQBQUQEApFEBABwOAABwGwIAkCIOAOQiDgDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADALykBQAYSAwAbEgMAMBIDABg3AIA3EcAANThBAAwcAsA3FQCABwOAABUAAAAjEwJAKAkAgDcRwAAYNwCANxHAADU4QQAMHALANxUAgAcDgAAVAAAAIxMCQCgJAIA3EcAAGDcAgCIOAkAAJMAAFjmAAB8wAIAzIYBAPgbBAD8oAIAWHkBAKx5AQBM+gEAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADAOCLCQAwHgAAhB4AAFjmAAB8wAIAmBECAOwRAgDU4QQAMHALANxUAgAcDgAAVAAAAIxMCQCgJAIA3EcAAHAbAgCQIg4A5CIOAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAvKQFABhIDABsSAwAwEgMABRJDABoSQwAvEkMABBKDABkSgwAuEoMAAxLDABgSwwAtEsMAAhMDAAYUAoAFMMNAGjDDQC8ww0AeMECADymAgC8aw4AEGwOAGRsDgC4bA4ADG0OAGBtDgC0bQ4ACG4OAPTABQBIwQUAnMEFAPDBBQBEwgUAmMIFAOzCBQBg3AIAVN8CAID6AwDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAOygAwDsmAUAQJkFAJSZBQDomQUAPJoFAJCaBQC0gQkA7AUFADymAgC8aw4AEGwOAGRsDgC4bA4ADG0OAGBtDgC0bQ4ACG4OAFTfAgCA+gMA1PoDACj7AwB8+wMA0PsDACT8AwDcRwAA7JgFAECZBQCUmQUA6JkFADyaBQCQmgUA5JoFADibBQCMmwUA4JsFAJTkAgCskgAATNQAADivAADsvQEAzJcCAEyeAwCgngMA9J4DAEifAwCcnwMA8J8DAESgAwC8pAUAGEgMAGxIDADASAwAHNUIAEgYAAAsDAoAgAwKADSGAAD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEAhGQOAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAHA4AAIRyAAD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEAhGQOAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAlOQCAOjkAgCcxgkAbGELAAjJBwD4GwQA/KACAJgfCQCs/QoAAP4KACwMCgCADAoAHA4AAHzuAQDQ7gEA0F0LACReCwB4XgsAzF4LAGzOCgDAzgoAFM8KALRaAwAIWwMAXFsDAKAkAgB87gEA7AUFAIyvAABsjQAAHA4AABxvAgBUAgoAfO4BAKz9CgAA/goALAwKAIAMCgBsYQsA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBAJS4DQA4rwAAOK8AAMT2BQAY9wUAbPcFAMD3BQDkMQUAfO4BAEzUAACo3AgAWHkBANCBAgCEZA4AGFAKABwOAAAcbwIAcG8CANADAgDMhgEA+BsEAHi9AwDABwIAWHkBAKx5AQBM+gEAfO4BAGxhCwAU4wUA7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUA5AcFADgIBQDwnwMARKADAJigAwDsoAMAQKEDAJShAwDooQMA+McDAEzIAwCwIQcABCIHAFgiBwCsIgcAACMHAFQjBwDAcgwAOK8AAFQAAAAAAAAAWHkBAFQAAAB87gEA7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUA5AcFADgIBQDwnwMARKADAJigAwDsoAMAQKEDAJShAwDAcgwApEcOAIRIAABAVwsAAJELABwOAAAcbwIAwHIMAOyYBQBAmQUAlJkFAOiZBQA8mgUAkJoFALSBCQAIggkAXIIJACDwAQBYeQEAoCQCANAtAgCUuA0ARH8GAJh/BgDsfwYAfO4BAMByDAA4rwAAVAAAAHzuAQDsBQUAQAYFAJQGBQDoBgUAPAcFAJAHBQDkBwUAOAgFAPCfAwBEoAMAmKADAEzUAABYeQEA+IAFADBIAAB87gEAQFcLAACRCwAcDgAAHG8CAHzuAQAoLgcAfC4HAKjdDQDcRwAA7JgFAPygAgCYHwkACI8LADAeAACEHgAA2B4AACwfAACAHwAA1B8AAHSUAwDIlAMAHJUDAGyNAADAjQAARAABAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCEZA4AlLgNAKAkAgB87gEAVFILAIA+CACskgAAHA4AAHzuAQCs/QoAAP4KAFT+CgCo/goAcAYCAJSnDADopwwAeL0DACguBwAcDgAAfO4BAAiPCwAwHgAAhB4AANgeAAAsHwAAgB8AANQfAAB0lAMAyJQDAByVAwBsjQAAwI0AAEQAAQD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEAhGQOAJS4DQCgJAIAfO4BAFRSCwCAPggArJIAABwOAAB87gEArP0KAAD+CgBU/goAqP4KAHAGAgCUpwwA6KcMAHi9AwB87gEACI8LADAeAACEHgAA2B4AACwfAACAHwAA1B8AAHSUAwDIlAMAHJUDAGyNAADAjQAARAABAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCEZA4AlLgNAKAkAgB87gEAVFILAIA+CACskgAAHA4AAHzuAQCs/QoAAP4KAFT+CgCo/goAcAYCAJSnDADopwwAeL0DAAAAAAA0hgAACMkHAFzJBwD4GwQAYNwCAKAkAgB8qQ0ArHkBAEz6AQCEtwkAAJMAAFjmAAB8wAIAlOQCAOjkAgCcxgkA8MYJADAeAACEHgAA2B4AACwfAACAHwAA1B8AAGxhCwD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEArJIAAJgVAQA4rwAAPKYCAIiGAADUgQcAKIIHABwOAAAwHgAAhB4AANgeAAAsHwAAgB8AANAtAgAAkwAAWOYAAHzAAgC0tgEAHA4AAGDcAgDY/QIAkMkJAOTJCQA4ygkAjMoJAODKCQA0ywkAlCkMAFTfAgCA+gMA1PoDACj7AwB8+wMA0PsDACT8AwBARgoAlEYKAOyYBQBAmQUAlJkFAOiZBQA8mgUAkJoFALSBCQDAcgwArLYMACguBwDMqg0ArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAEjiAgCkRw4AhEgAAIBnAwDUZwMAKGgDAHxoAwDQaAMAJGkDAHhpAwDMaQMAbGELAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCEZA4A7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUA5AcFADgIBQDwnwMARKADAJigAwBsYQsADDQCAABjDACkRw4AWHkBAHi9AwDMvQMAmBUBAOwVAQCYFQEAqDgHAPQXAAAkPAkAeDwJAMw8CQBgOgsAtDoLAJgVAQAgDgUAKFcCAGxGAgDARgIAKC4HAHzuAQBUUgsAzKoNADSGAACUVwsA6FcLADxYCwCQWAsA5FgLADhZCwCMWQsAmBMMAPyzDQAoLgcAfO4BAGzOCgA4BQsAjAULACBfCwCoUgsAeL0DAIRyAADQAwIAzIYBAIRkDgAoLgcAfO4BAGyNAADAjQAA3EcAAOyYBQDQgQIAfO4BAMByDADsmAUAQJkFAJSZBQAoLgcAfO4BAAzECABgxAgA3EcAANThBADMhgEA+BsEAEwcBADQjgQAOK8AAHAbAgCQIg4A5CIOAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAvKQFABhIDABsSAwAwEgMAEA2DgAwHgAAhB4AANgeAAAsHwAAgB8AACguBwDMqg0ANIYAACAGBwBg3AIAgD4IAEzUAAD0FwAAYNwCAKjcCAAAkQsAHA4AABxvAgDMhgEAIIcBAEwZCgCgGQoA9BkKAEgaCgDgJggANCcIAFjmAAB8wAIAEDkLAER/BgCYfwYA7H8GAHzuAQBsjQAAwI0AAIQnAwBc4QEAfO4BAAiPCwBwDgAA4GUIADRmCACIZggACI8LAIB+DQDUfg0ADDQCAGyNAAAcDgAAfO4BAKjcCACgKgsAwCEGAGxGAgDARgIAKC4HAIA+CABEfwYAmH8GAISVBwDYlQcALJYHAICWBwDUlgcAKJcHAHyXBwDQlwcAJJgHAHiYBwDMmAcAIJkHAHSZBwDImQcAHJoHAHCaBwDEmgcAGJsHAGybBwDAmwcAFJwHACisBwB8rAcA0KwHACStBwAoLgcAfO4BAJS4DQAU7AgA3EcAAHzuAQBM1AAATA8CAFh5AQD4gAUA7JgFAKx5AQBM+gEAfO4BANDuAQDQXQsAoCQCAHzuAQCUuA0ARH8GAJh/BgCElQcA2JUHACyWBwCAlgcA1JYHADQnCAD0JAIADDQCAOyYBQDwfgYAHNUIANxHAADsmAUAQJkFAJSZBQDomQUAPJoFAJCaBQDkmgUATKgLAKCoCwD0qAsASKkLAJypCwDwqQsARKoLAIjnAgCEwgEA3EcAADSGAAAMNAIAVAIKAJS4DQBEfwYAmH8GAISVBwDYlQcALJYHAICWBwDUlgcAKJcHAHzuAQDAcgwA7JgFAECZBQCUmQUAKC4HAHzuAQCUuA0AFOwIANxHAAD0DwIAbI0AAMCNAABEAAEAmAABAOwAAQBAAQEAlAEBAOgBAQA8AgEAmBUBAOwVAQBsZQoA6KIIADgWDAC0WgMAfO4BAOwFBQBABgUAcPcKAMCNAADcRwAAVAIKAEjiAgDsmAUAQJkFAJSZBQDomQUAPJoFAJCaBQC0gQkATNQAAEwPAgBYeQEA+IAFAOyYBQCseQEATPoBAHzuAQDQ7gEA0F0LAKAkAgB87gEA/KACAFChAgCkoQIA+KECAKjcCAAAkQsAHA4AABxvAgBwbwIA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBADivAAAAAAAAzIYBAGDcAgCU5AIA6OQCAJzGCQBAVwsAAJELABwOAAAcbwIAHA4AAHzuAQBsYQsA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBAIRkDgBszgoAwM4KABTPCgCM2woA4NsKADTcCgBspAoAjEwJAOBMCQC03AIACN0CAEQAAQCYAAEA7AABAEABAQCUAQEA6AEBADwCAQBwpgQAoCQCANAtAgB4IgUADDQCAFQCCgAIjwsAMB4AABwOAACcpwEA7H4BAPB+BgDMhgEAzIYBAHzuAQBAVwsAAJELABwOAAAcbwIAePMAALRkCwAoOgQAwHIMANThBAAo4gQArJIAACguBwB87gEA0O4BANBdCwCgJAIAfO4BAAAAAABsjQAArJIAAACTAAC0WgMAfO4BANDuAQAk7wEAeO8BAMzvAQD0FwAASBgAACwMCgCADAoAHA4AAGQmAADUrgEAKK8BAHyvAQDMqg0ArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAFTfAgCA+gMAcPcKAMT3CgAY+AoAbPgKAMD4CgAU+QoAaPkKALz5CgAMxAgAYMQIAHgiBQDMIgUAICMFAHzuAQBsYQsA/LMNALRaAwB87gEA7AUFAEAGBQCUBgUAAEoNAFRKDQCIhgAAyKoIAHzuAQBspAoAjEwJAFh5AQCseQEADDQCABwOAABg3AIAlOQCAOjkAgCcxgkA8MYJADAeAACEHgAA2B4AACwfAACAHwAA0MkFAHzuAQBsYQsA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBAIRkDgDQ7gEA0F0LAKAkAgB87gEA7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUA5AcFADgIBQDwnwMAHA4AADAeAACEHgAA2B4AACwfAACAHwAA0MkFACTKBQCEHgAAWOYAAHzAAgAwHgAAhB4AAFjmAAB8wAIAlAgPAOgIDwDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAJgRAgCgJAIA0C0CACQuAgDwXg4AHA4AADAeAAActAsAwDECAPTiBwBI4wcAfO4BAAiPCwAwHgAAhB4AANgeAAAsHwAAOK8AAGxGAgCo3AgAAJELABTsCAAcDgAAMB4AAJgRAgAoLgcAoCQCAHypDQD8oAIAmB8JAOwfCQBwGwIAABwOAACTAABY5gAAfMACAHAbAgD0FwAArJIAANxHAABM1AAA8H4GAKAkAgBsRgIAwEYCAACTAABY5gAAfMACAJQIDwDoCA8AtMUNAAjGDQBcxg0AAAAAAAAAAACskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAGDcAgBU3wIAgPoDANT6AwAo+wMAfPsDAND7AwAk/AMAePwDAMz8AwAg/QMAdP0DAMj9AwAc/gMAcP4DAMT+AwAY/wMAwHIMAKRHDgCESAAAGFAKAGxQCgAoLgcAVAAAAIxMCQBYeQEArHkBACQ/AwB87gEAbI0AAKAkAgDMhgEAYNwCADAJAACo3AgA/NwIAFDdCADsBQUAQAYFAJQGBQDoBgUAPAcFAJAHBQDkBwUAQEYKAJRGCgDoRgoAwHIMAKRHDgCESAAA9HQDAIA+CADUPggAKD8IAHw/CADQPwgAyIAIAFRSCwB8LgcArJIAAJgVAQDsFQEA9HQDAIA+CADUPggAKD8IAHw/CADQPwgAyIAIAFRSCwB8LgcArJIAAJgVAQDsFQEAQBYBAHzuAQAMxAgAlMQKAOjECgD0FwAAhCcDAKx5AQBM+gEArJIAAACTAACYFQEAIJwBAHi9AwCcpwEA7H4BAPB+BgAc1QgAfO4BAFRSCwDMqg0A9BcAAIQnAwCskgAAKC4HAHzuAQBM1AAAqNwIAFh5AQDQgQIAhGQOAMByDADU4QQAtFoDAFh5AQCseQEATPoBAHzuAQDAcgwArLYMAMizCwDsBQUAQAYFAJQGBQDoBgUAPAcFAJAHBQDkBwUAQEYKAJRGCgDoRgoAwHIMAKRHDgCESAAA9HQDAIA+CADUPggAKD8IAHw/CADQPwgAyIAIAFRSCwB8LgcArJIAAJgVAQDsFQEAVFILAOCMDgA0jQ4AiI0OANyNDgAwjg4AhI4OAOwFBQBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQCkCwgA8H4GADivAABsRgIAwEYCAACTAADQLQIArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPTyAwDgWQsANFoLAIhaCwBYzwsAqNwIAFh5AQDQgQIAhGQOANDuAQC4JgAA3EcAADivAADUgQcAWHkBAKx5AQBM+gEAfO4BAAiPCwAwHgAAhB4AANgeAAAsHwAAgB8AANQfAABsYQsAqN0NAFh5AQB87gEA/KACAJgfCQDsHwkA7BcLAOx+AQDwfgYAWHkBANCBAgCEZA4A9BcAAEgYAABEPwEAZCYAANBdCwAkXgsAeF4LAMxeCwBEpAIAAJMAAFjmAAB8wAIA+KUBAET1CACY9QgA7PUIAED2CACU9ggA6PYIAAAAAADk0AIAONECAKz9CgAA/goAnBgAAFD+BQCk/gUAYBQKALQUCgAIFQoA0O4BAEBOCACUTggA6E4IAJS4DQCgJAIAfO4BAFRSCwCoUgsAoCQCANAtAgCAawIA3EcAAFQiAgCgJAIAGFAKAGxQCgDAUAoAFFEKAGhRCgAAAAAA/KACAFChAgAoVwIAAAAAAKAkAgCUxAoA6MQKAAAAAAAoLgcAgD4IANQ+CAAoPwgAfD8IANA/CAAgawgAdGsIAMhrCAAcbAgAOK8AAGxGAgDARgIA3EcAAPQXAABIGAAARD8BAGQmAADQXQsAJF4LAHheCwDMXgsARKQCAACTAABY5gAAfMACAHAbAgBANg4AcA4AAOBlCAD8/goAQE4IAJDSDAC4SAIAfO4BAGxhCwAU4wUA/KACAFChAgCkoQIA+BsEACguBwB87gEAVFILAIA+CADUPggAKD8IAHw/CADQPwgAyIAIABhQCgBsUAoA/KACAFh5AQCgJAIAfJMIABzVCACYFQEAqDgHAPQXAABM1AAA8H4GAKAkAgBsRgIAUCkLAKx5AQBM+gEAfO4BAOwFBQBABgUAlAYFAABKDQBUSg0AqEoNAPxKDQBQSw0ApEsNAHzuAQAMxAgAlMQKAOjECgA8xQoAkMUKAOTFCgA4xgoACI8LAIB+DQDU4QQAMHALAAw0AgBUAgoATPoBAHzuAQBszgoAOAULAIwFCwAYUAoAWHkBAPiABQAwSAAAhEgAAIBnAwB87gEArP0KAAD+CgBU/goAqP4KAAzECACUxAoA6MQKAPQXAACEJwMArHkBAEz6AQB87gEAlLgNAKAkAgB87gEAmBUBACCcAQB4vQMAPDAAAOy9AQDMlwIAZCYAAEBOCABM+gEAbI0AAKAkAgDQLQIAoCQCANAtAgB4IgUADDQCAFQCCgBUUgsAgD4IANQ+CAAoPwgAfD8IANA/CADIgAgAbKQKAOBCAQA0QwEA/KACAFh5AQAoLgcAzKoNAPB+BgDwfgYA3EcAAMyGAQCEZA4AHA4AAJynAQB87gEAVFILAIA+CADUPggAKD8IAHw/CADQPwgAyIAIAKz9CgAA/goAVP4KAKj+CgD8/goAUP8KAKT/CgD4/woAVFILAIA+CADUPggAKD8IAHw/CADQPwgAyIAIABhQCgBsUAoAKC4HAFQAAACMTAkAWHkBAKx5AQDAIQYAFCIGAGgiBgC8IgYAECMGAGQjBgC4IwYADCQGAGAkBgC0JAYAWHkBADSGAAAIyQcAfO4BAMByDAA4rwAAVAAAAGDcAgB87gEABDQNAOxKDgDsBQUAQAYFAJQGBQDoBgUAPAcFAJAHBQDkBwUAePMAAAAAAAAoOgQAFK4NANBdCwCgJAIA3EcAAOyYBQD8oAIAmB8JAMxyBgC0WgMAfO4BAAzECABgxAgAtMQIAAjFCABcxQgAsMUIAHzuAQBszgoAVN8CAID6AwDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAHT9AwDI/QMAHP4DAHD+AwDE/gMAGP8DAPTyAwDAIQYAFCIGAGgiBgC8IgYAECMGAGQjBgC4IwYADCQGAGAkBgC0JAYAlOQCAOjkAgCMwQYABDQNAKySAACsTwEA1IYLAHi9AwAcbwIA7JgFAKx5AQBM+gEAfO4BAFRSCwCAPggAmBUBACAOBQBYeQEApAsIAPgLCABMDAgAoAwIAPQMCABIDQgAnA0IAPANCABEDggAmA4IAOwOCABADwgAlA8IAOgPCAA8EAgAkBAIAOQQCACgJAIA0C0CACQuAgDwXg4AHA4AADAeAAD4pQEA3EcAADivAABUAAAAYNwCAAAAAADMhgEAHA4AAGDcAgAAAAAAbI0AAMCNAACEJwMAXOEBAGDcAgAAAAAA0AMCAMyGAQCEZA4AwHIMAKy2DADIswsA7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUA5AcFAEBGCgCURgoA6EYKAMByDAA4rwAAVAAAAGDcAgAAAAAAzIYBABwOAABg3AIAAAAAAAiPCwCcpwEA8KcBAGDcAgAAAAAA9BcAAPQXAACskgAAwCEGANxHAADsmAUA8H4GABzVCAB87gEADMQIAGDECAC0xAgACMUIAFzFCACwxQgAiKUIANxHAADsmAUAQJkFAJSZBQAoLgcAgD4IABTsCAAAAAAA3EcAANxHAABUAAAAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADACzODgCMTAkA4EwJADRNCQB48wAANLUEAACRCwAcDgAAHG8CAHBcDAAMxAgAYMQIAHgiBQDMIgUAICMFAHzuAQBUUgsAfC4HALwCDgAQAw4A0AMCADSGAAA4qwEAMB4AAAiPCwAwHgAAhB4AANgeAAAsHwAAgB8AANQfAABsYQsADDQCAGyNAADMhgEAKC4HAHzuAQCs/QoAAP4KAFT+CgCo/goA7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUA5AcFAEBGCgCURgoA6EYKAKAkAgDQLQIAJC4CAPBeDgAcDgAAMB4AAMyqDQAAkwAAWOYAAHzAAgCskgAAAJMAAFjmAADwMwkARDQJAJwYAAAAAAAAAAAAAAAAAADk0AIAONECAMzWAgBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAESgAwCYoAMACCUGAFwlBgCwJQYABCYGAFgmBgCsJgYAAAAAAAAAAADk0AIAONECAMzWAgBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAESgAwCYoAMACCUGAFwlBgCwJQYABCYGAFgmBgCsJgYATNQAAFh5AQCseQEArJIAAACTAABY5gAAfMACAAAAAAAAAAAAAAAAAAAAAAAAAAAA9BcAAKySAADcRwAAcBsCAJAiDgDkIg4AzJcCAEyeAwCgngMA9J4DAEifAwBU8g0AqPINAPzyDQBQ8w0ApPMNAPjzDQBM9A0AoPQNAFTfAgCA+gMA1PoDACj7AwB8+wMA0PsDACT8AwB4/AMAzPwDACD9AwB0/QMAyP0DABz+AwBw/gMAxP4DABj/AwDwfgYAHA4AAHzuAQAYUAoAFMMNAGjDDQC8ww0AAAAAAAAAAAAAAAAAVAIKAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQD4UQEAAAAAAAAAAAAAAAAArE8BANSGCwDwfgYAHNUIAHzuAQAMxAgAYMQIALTECAAIxQgAXMUIAAAAAACskgAAAJMAANADAgBYeQEArHkBALhIAgDgjA4AwI0AAEz6AQAcDgAAhHIAAODEAABkJgAA0AMCADSGAADgxAAAfO4BAGxhCwDQAwIATPoBAIS3CQDMcgYAhGQOAKjcCAD0FwAArJIAAKxPAQDUhgsAAAAAAPQXAAB87gEADMQIAGDECACo3AgAbI0AABwOAACEcgAAIAYHABwOAACcpwEA7H4BAPB+BgAc1QgArJIAAAzECAB8qQ0A0MYLAEBOCABsjQAA3EcAADSGAAAMNAIAAAAAAPB+BgB87gEADMQIAGDECACAawIA1GsCABwOAACEcgAAIAYHAPQXAABIGAAAYNwCAIg4CQDcOAkAMDkJAIQ5CQDYOQkALDoJAIA6CQDUOgkAKDsJAHw7CQDQOwkArJIAAMAhBgAUIgYAaCIGALwiBgAQIwYAZCMGALgjBgAMJAYAYCQGALQkBgDQ7gEAJO8BAHjvAQDM7wEA0K8BAFTfAgCA+gMA1PoDACj7AwB8+wMA0PsDACT8AwB4/AMAzPwDACD9AwB0/QMAyP0DABz+AwBw/gMAxP4DABj/AwCU5AIA6OQCAJzGCQDwxgkARMcJAJjHCQDsxwkAQMgJANDuAQBATggAlE4IAOhOCACUuA0AoCQCAHzuAQBUUgsAqFILAKAkAgDQLQIAgGsCANxHAABUIgIAoCQCAMAxAgAIyQcAhGQOAACTAABY5gAAfMACAPB+BgDwfgYAzIYBAHzuAQDAcgwA7JgFAECZBQCUmQUAKC4HAHzuAQCUuA0AFOwIANxHAAB87gEATNQAAKjcCABYeQEA0IECAIRkDgBM1AAATA8CAFh5AQD4gAUA7JgFAKx5AQBM+gEAfO4BANDuAQDQXQsAoCQCAHzuAQBsYQsA/LMNAFC0DQCUuA0ARH8GAJh/BgDsfwYAfO4BAOwFBQBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAGzOCgA4BQsAjAULAKz9CgAA/goAVP4KAKj+CgC0NgwACDcMAFw3DACwNwwABDgMAFg4DACsOAwAADkMAPQPAgBIEAIADMQIAGDECAAAAAAAbI0AAKySAAAcDgAAHG8CAHzuAQDAcgwA7JgFAECZBQCUmQUAKC4HAHzuAQCUuA0AFOwIANxHAAB87gEAbGELAGQmAADcRwAAVAIKAOAvCwCEZA4AAJMAAFjmAAB8wAIA8MsNAOyYBQBAmQUAlJkFAOiZBQA8mgUAkJoFAKRwCQD4cAkATHEJAKBxCQD0cQkASHIJAJxyCQDwcgkARHMJAJhzCQDscwkAePMAAEzUAABMDwIAWHkBAPiABQCc+wEAoCQCANAtAgB4IgUADDQCAFQCCgDs0AwAAAAAAGyNAABYeQEAoCQCANAtAgC0tgEAKC4HANADAgA4rwAAfO4BAOwFBQBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAJS4DQDQAwIA3EcAADSGAABYeQEArHkBAHzuAQC0tgEAKC4HANADAgA4rwAAfO4BAOwFBQBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAHzuAQAYUAoAlKcMAABQAQBUUAEAlJYLAOiWCwA8lwsAkJcLAOSXCwBM1AAAqNwIAKAqCwD0FwAAfO4BAMByDADU4QQAtFoDAFh5AQCseQEATPoBAHzuAQDAcgwArLYMAMizCwDsBQUAQAYFAJQGBQDoBgUAPAcFAJAHBQAcDgAAfO4BAOwFBQBABgUAcPcKAMT3CgAY+AoAbPgKAMD4CgAU+QoAaPkKALz5CgAQ+goAZPoKAGxhCwDs0AwAAAAAAGyNAABYeQEAoCQCANAtAgDkMQUAfO4BANDuAQCgJAIAfJMIAJgVAQB87gEAwHIMAKRHDgCESAAAbI0AAMCNAADwowIARKQCAACTAADMhgEAtFoDAFh5AQCseQEATPoBAHzuAQBUUgsAfC4HALwCDgAQAw4A0AMCADSGAAA4qwEAMB4AALQ2DADs0AwAAAAAAGyNAABYeQEAoCQCANAtAgBsYQsAFOMFAAzECABgxAgAHA4AAHAOAAAU7AgAoCQCADivAACskgAA0O4BAKAkAgB8kwgAmBUBAHzuAQBszgoA+IAFABwOAAB87gEAbKQKAOBCAQB8qQ0AuBYEACAOBQAoVwIAtFoDAHzuAQDQ7gEAJO8BAIiGAADIqggAVCICAKAkAgC0WgMAfO4BAJS4DQCgJAIAfO4BAAiPCwBwDgAAFOwIAKAkAgA4rwAA9BcAAKySAACsTwEAYNwCAEjiAgDsmAUAQJkFAJSZBQDomQUAPJoFAJCaBQC0gQkAbGELAOzQDAAAAAAAbI0AAFh5AQCgJAIAfKkNAKx5AQBM+gEAfO4BAGxhCwAU4wUA7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUA5AcFADgIBQDwnwMArJIAANxHAAA0hgAAIAYHACguBwCgJAIAfKkNAKx5AQBkJgAA0F0LAHzuAQAYUAoAbFAKAMBQCgBEPwEAZCYAANBdCwAkXgsAeF4LAMxeCwA0hgAAWHkBAJgRAgA0hgAAVE4MABD+CQBk/gkArHkBADysCwDU4QQAMHALANxUAgAcDgAA7DcDADSGAAAMNAIAVAIKAEBXCwAAkQsAHA4AABxvAgB87gEArP0KAMAxAgAUMgIAaDICAJwYAABQ/gUApP4FAGAUCgC0FAoACBUKAFwVCgCwFQoABBYKADAeAACEHgAA2B4AACwfAACAHwAA1B8AAJgVAQAgnAEAeL0DANADAgDkzg0AqNwIADSGAAD8oAIAWHkBAKx5AQAUcwwAqAIKAPwCCgBQAwoApAMKAPgDCgBMBAoAoAQKAPQECgBIBQoAnAUKAPAFCgBEBgoAmAYKAKhSCwA8owgAkKMIAOSjCABsjQAAKC4HAAzECABgxAgAeCIFACAGBwB87gEAbI0AACguBwAAAAAA8H4GAHzuAQDAcgwA7JgFAECZBQCUmQUA6JkFADyaBQCo3AgAVAAAAJgRAgD0FwAArJIAANxHAABM1AAA8H4GAKAkAgBsRgIAmBECAEz6AQCEtwkA2LcJACy4CQCAuAkA1LgJACi5CQDQLQIAHA4AAJynAQAwHgAAHA4AAGDcAgBM+gEAhLcJANi3CQAsuAkAgLgJANS4CQAouQkAfLkJANC5CQAkugkAeLoJAMy6CQDQ7gEA0F0LAKAkAgCUuA0AoCQCAHzuAQAIjwsAMB4AAIQeAADYHgAAWHkBADivAACskgAArP0KAAD+CgBU/goAqP4KAGxGAgCwrAkASBgAAEzUAACo3AgAAJELABwOAAAcbwIAVAIKAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQD4/gUATP8FAKD/BQD0/wUASAAGAJwABgBsYQsAIAYHACguBwCgJAIA0C0CABwOAACcpwEAfO4BANDuAQDQXQsAJF4LAHheCwBEfwYAmH8GAOx/BgB87gEAwHIMADivAABUAAAAfO4BAOwFBQBABgUAlAYFAOgGBQA8BwUAkAcFAOQHBQA4CAUA8J8DAESgAwCYoAMA7KADAEChAwA0hgAAWHkBAKySAAAAkwAAWOYAAHzAAgD4pQEARPUIAJj1CADs9QgAQPYIAJT2CADo9ggArJIAAJgVAQBUAAAAjEwJAKAkAgD0JAIAKFcCALRaAwB87gEA0O4BACTvAQB47wEAYDoLALQ6CwBszgoAwM4KABTPCgCs/QoAwDECABQyAgBoMgIADMQIAGDECAAcDgAAcA4AAMyGAQBsjQAA3EcAAOyYBQDwfgYAKC4HAMyqDQD0FwAAwDECABQyAgBoMgIArP0KAAD+CgCgJAIAfO4BAAiPCwAwHgAAhB4AANgeAAD0FwAAwDECABQyAgBoMgIAbKQKAOBCAQA0QwEA/KACAFh5AQAoLgcAzKoNADivAADUgQcAfO4BAEBXCwAAkQsAHA4AABxvAgB87gEAbM4KADgFCwCMBQsAbEYCALCsCQBIGAAATNQAAPB+BgDo+wwAbI0AAFQAAAB87gEA0O4BACTvAQB47wEAYDoLALQ6CwDM7wEAhCcDAPB+BgBwGwIAkCIOANSBBwA0hgAA/LMNAPQXAACskgAAzHIGABwOAABwGwIACC8OAFwvDgCgJAIA0C0CABwOAABwDgAAzIYBAPygAgCYHwkAKC4HAHwuBwAgBgcAKC4HAKAkAgDQLQIAHA4AAJynAQAwHgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAGDcAgCU5AIAwDECABQyAgBoMgIAbOcJAMDnCQAU6AkAaOgJALzoCQAQ6QkAZOkJALjpCQAM6gkAYOoJALTqCQAI6wkAXOsJALDrCQAE7AkAWOwJAKzsCQAA7QkAfO4BALRkCwBwDgAA4GUIADRmCACIZggA3GYIAAwYCQA0NAoAiDQKANw0CgDgLwsAWOYAAHzAAgAYUAoAHA4AABxvAgBwbwIA0AMCAMyGAQD4GwQAeL0DAMAHAgB87gEAbGELABTjBQCs/QoArJIAAEzUAAB87gEA7AUFAEAGBQCUBgUA6AYFADwHBQCQBwUA5AcFADgIBQDwnwMAYNwCAPilAQBE9QgAmPUIAOz1CABA9ggAlPYIAOj2CAA89wgAkPcIAHT+CAAAAAAAAAAAAAAAAABYBQkArAUJAAAGCQBUBgkAqAYJAPwGCQBQBwkApAcJAAAAAAAAAAAA+AcJAEwICQCgCAkAcBMEAGRNBgC4TQYA0O4BANBdCwAkXgsAeF4LAGDcAgD08gMASPMDAMT8DgAY/Q4AbP0OAMD9DgA0hgAA0AMCAMyGAQCEZA4A0O4BAEBOCACUTggA6E4IAKz9CgAA/goAVP4KAKj+CgD8/goAUP8KAKT/CgD4/woArJIAAPQXAABIGAAArJIAAPQXAAD0FwAASBgAAKySAAD0FwAA3EcAAGDcAgCU5AIA6OQCAJzGCQDwxgkARMcJAJjHCQDsxwkAQMgJANDuAQBATggAlE4IAOhOCACUuA0AoCQCAHzuAQBUUgsAqFILAKAkAgDQLQIAgGsCANxHAABUIgIAoCQCALRaAwB87gEABDQNAGDcAgAAAAAAfO4BANADAgAkBAIAZCYAAGQmAAC4JgAAAJMAAHypDQCseQEATPoBAHzuAQDAcgwA7JgFAECZBQCUmQUAKC4HAHzuAQCUuA0AFOwIANxHAAB87gEAbGELAGQmAADcRwAAVAIKAOAvCwAoLgcA4IwOAMyGAQCEZA4A9BcAAEgYAABEPwEAZCYAANBdCwAkXgsAeF4LAMxeCwBEpAIAAJMAAFjmAAB8wAIAlOQCAOjkAgCcxgkAmBUBAOwVAQBsZQoAwGUKABRmCgBoZgoArP0KAMAxAgAUMgIAaDICACguBwCU5AIA6OQCAJzGCQCYFQEA7BUBAGxlCgDAZQoAFGYKAGhmCgCs/QoAwDECABQyAgBoMgIAKC4HAJgVAQDsFQEAbGUKAMBlCgAUZgoAaGYKAGykCgDApAoAFKUKAGilCgC8pQoAEKYKAGSmCgDMhgEAIIcBAKyGAwAAhwMAfO4BAGyNAACgJAIAzIYBAAzECABgxAgAHA4AAHAOAADMhgEA/KACAJgfCQBszgoAuBYEAAwXBABgFwQAtBcEAAgYBAB87gEAGFAKAGxQCgDcRwAA1OEEALRaAwB87gEA0O4BANBdCwCgJAIAfO4BAGykCgDApAoAFKUKAGilCgC8pQoAEKYKAGSmCgD0DwIASBACAGhtAwC8bQMAEG4DAGRuAwDQ7gEA0F0LACReCwB4XgsAzF4LAGzOCgD4gAUATIEFAGzOCgDAzgoAFM8KAGjPCgAU4wUAbKQKAMCkCgAUpQoAaKUKALylCgAQpgoAZKYKAHAbAgC0tgEAHA4AAHAOAACYFQEAIA4FAAw0AgA4rwAA1IEHAFh5AQCseQEATPoBAHzuAQBspAoAwKQKABSlCgBopQoAvKUKABCmCgBkpgoA0O4BANBdCwCgJAIAfO4BAMALAQAg8gsALM4OAIDODgCs/QoAAP4KAFT+CgCo/goAbKQKAOBCAQDQLQIAJC4CAEBOCADUKg0ArJIAACguBwB87gEATNQAAFh5AQD4gAUAMEgAAHzuAQAAAAAAfO4BAJS4DQCgJAIAfO4BAEAQDQAAAAAAfO4BAJS4DQCgJAIAfO4BAEAQDQCUEA0AtDYMABTjBQBUUgsAzKoNACCrDQDgJggA3LsNADC8DQDMqg0A9BcAADivAABUAAAAqAAAAASpCgBYqQoArKkKAACqCgBUqgoAmBUBACAOBQD8sw0AUOQBADSGAAAIyQcAXMkHAIiGAABsRgIAYDkGAFRODACEtwkAQFcLAJRXCwDoVwsAPFgLAKz9CgAA/goAVP4KAKj+CgDQAwIA5M4NAKySAAD0FwAAfO4BANDuAQDQXQsAJF4LAHheCwDMXgsAbM4KAMDOCgD8rw4AULAOAKSwDgD4sA4ATLEOAIRkDgAoLgcAcBsCAHzuAQDAcgwA1OEEALRaAwB87gEAwHIMAKy2DADIswsAbM4KAMDOCgD8rw4AULAOAKSwDgD4sA4ATLEOAGzOCgD4gAUAYNwCAJTkAgAszg4AgM4OANTODgBszgoAwM4KAPyvDgBQsA4ApLAOAPiwDgBMsQ4AbKQKAMyGAQCEZA4ANIYAADirAQAwHgAADMQIAJTECgDoxAoAfO4BADAJAAD0FwAALM4OAIDODgDUzg4AbM4KAMDOCgD8rw4AULAOAKSwDgD4sA4ATLEOAGyNAADAjQAA3EcAAOyYBQBAmQUAlJkFAKySAAAAkwAAWOYAAHzAAgDMhgEAIIcBAKyGAwAAhwMAfO4BAAiPCwBcjwsAOK8AANSBBwB87gEA0O4BAEBOCACUTggA6E4IAAQ0DQBYNA0ATPoBAIS3CQCYFQEAfO4BAFh5AQCseQEAfO4BAGxhCwD8sw0AtFoDAHzuAQCUuA0AZCYAAHzuAQDAcgwApEcOAIRIAADYSAAAcA4AABTsCACgJAIAOK8AAKySAADMhgEAIIcBADivAAA8pgIAkKYCAOSmAgC0WgMAfO4BAGzOCgDAzgoA/K8OAFCwDgCksA4A+LAOAEyxDgCEZA4AKC4HAHzuAQBM+gEAhLcJAJgVAQDAcgwApEcOAIRIAABM+gEAhLcJAJgVAQAcDgAAfO4BAGxhCwD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEAVFILAKAkAgB8qQ0A/KACAJgfCQDsHwkAfO4BANDuAQDQXQsAJF4LAHheCwDMXgsA0O4BANBdCwCgJAIAfO4BALS2AQAoLgcA0AMCADivAAD8zAwASBgAAEQ/AQBkJgAA0F0LACReCwB4XgsAzF4LAESkAgCsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAOK8AAIyvAAAAYQIAVGECAKhhAgAoLgcAzKoNAGQmAABkJgAA0F0LACReCwB4XgsAzF4LAESkAgAAkwAAWOYAAHzAAgDAYQsA3EcAAOyYBQDQxgsA1K4BAIiGAADIqggAbI0AAKAkAgDAcgwArLYMAMizCwDQ7gEAQE4IAJDSDAC4SAIARLUDAJi1AwDstQMAQLYDAJS2AwDotgMAPLcDAJC3AwDQAwIA5M4NAAzECABgxAgAHA4AAHAOAADMhgEA/KACAJgfCQAoLgcAYNwCAPQXAABIGAAARD8BABwGAgA8RwoAkEcKAORHCgA4SAoA0O4BAPBeDgDAjQAAmEELANxHAADsmAUA8H4GABzVCADcRwAAVAIKAPQXAAAcDgAA7H4BAPB+BgAc1QgAeL0DAMy9AwAMxAgAYMQIAAAAAABsjQAAWHkBAKAkAgDQLQIAVFILAKAkAgB8qQ0A/KACAJgfCQB87gEAnPsBAPD7AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADAGDcAgAMxAgAYMQIAAAAAABsjQAAWHkBAKAkAgDQLQIA5DEFAHzuAQCYFQEA7BUBAGxlCgDAZQoAFGYKAGhmCgBspAoA4EIBADRDAQD8oAIAWHkBACguBwDMqg0AHA4AAHzuAQBspAoAwKQKABSlCgBopQoAvKUKABCmCgBkpgoAHA4AAFQAAADgJggAwCEGAGQmAADUrgEAKK8BAHyvAQAENA0AHA4AABxvAgBUAgoAqAIKAKg4BwCsTwEA1IYLAGDcAgBM+gEAmBUBAKg4BwD0FwAA3EcAADSGAAAMNAIA7JgFAPB+BgAc1QgAfO4BANDuAQAk7wEA4MQAAMyGAQAcDgAAMB4AAIAdCwAQ/gkA0AMCAPwSBgAMNAIANIYAAAjJBwB87gEAGFAKABTDDQBoww0AvMMNAAjJBwBg3AIAbEYCAFApCwCkKQsA+CkLAEwqCwBYeQEA0IECACSCAgB4ggIArJIAADSGAACo3Q0AfO4BAJS4DQAU7AgA3EcAAHzuAQCUuA0AZCYAAHzuAQCYFQEAqDgHAPw4BwDsFQEAoCQCAACTAACYFQEAIJwBAHScAQDAMQIA9OIHAFQCCgAoLgcAfO4BANADAgC0WgMAfO4BAGxhCwD8sw0ASBgAAEQ/AQAwSAAAhEgAAIBnAwB87gEAbKQKAOBCAQA0QwEA4IMLADSECwCIhAsATPoBAKD6AQCUuA0A6PsMAGA6CwC0OgsAfPQKAND0CgB87gEA0O4BACTvAQBkJAsAuCQLAAwlCwBgJQsAtCULAAgmCwBcJgsAsCYLAGykCgDApAoAKFcCAOwXCwAwHgAAGFAKABTDDQBoww0AvMMNADivAAA8pgIAvGsOAEz6AQCo3AgA/NwIAGzOCgDAzgoAFM8KAIzbCgDg2woA+EcOANAtAgB4IgUAIAYHAHzuAQAAAAAA2EYLAHzuAQCo3AgANIYAAPyzDQAoLgcAzIYBAIRkDgAoLgcAGFAKAJSnDAAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBwGwIAYNwCAHQBAwDIAQMAHAIDAAxFAwBgRQMAtEUDAAhGAwBcRgMAbGELAAw0AgBsYQsADDQCAAAAAABYUQsAfO4BACguBwDooggAOBYMAIwWDADgFgwANBcMAGDcAgDQAwIAtFoDANxHAABUAgoAVN8CANSBBwA0hgAAKFcCAKjcCAA0hgAAOKsBAHzuAQDQ7gEAJO8BAHjvAQDM7wEAFMMNAGjDDQC8ww0A9BcAANxHAAA0hgAAXOEBAHzuAQAYUAoAFMMNAGjDDQC8ww0A8H4GABTsCADAjQAA8KMCAFRSCwDMqg0A3EcAAFQCCgDAIQYA3EcAAFQCCgA0hgAAKFcCANAtAgBUUgsAzKoNANxHAABUAgoAwCEGANxHAABUAgoAHA4AAOx+AQBAfwEAlH8BAOh/AQAEJwsAWCcLAHzuAQDQAwIAtFoDAHzuAQAIjwsA7H4BAEB/AQCUfwEA6H8BAFQAAADgQgEANEMBAJgVAQAgnAEAeL0DADAeAACEHgAA0C0CALS2AQCoQAUAwCEGANxHAADsmAUA8H4GAJgVAQAgDgUAWHkBAKx5AQD0JAIAiIYAAKySAADQAwIANIYAAIiGAABsRgIAfO4BAJgVAQDsFQEAHA4AABxvAgB87gEADMQIAGDECACAawIAVLsLAPQXAADcRwAAfO4BAOwFBQA8pgIAkKYCAOSmAgA4pwIAzIYBADSGAAA4qwEAHG8CACg6BABspAoA4EIBADRDAQDggwsANIQLAIiECwDchAsAfO4BAOwFBQBABgUAGIMNAGyDDQDAgw0AFIQNAGiEDQC8hA0AfO4BAEzUAABYeQEA+IAFADBIAAB87gEAGFAKAJSnDADopwwAPKgMAEyBBQDsBQUAQAYFALTFDQA4rwAArJIAABwOAACcpwEAcBsCAAAcDgBUHA4A1IYLACiHCwBYeQEA+IAFAFQCCgAoLgcAfO4BAEzUAABYeQEA+IAFADBIAAB87gEA7AUFAEAGBQC0xQ0ACMYNAGyNAADQAwIA3EcAAFQCCgCAmwsA1JsLADRWDABkJgAA1K4BACivAQB8rwEAHA4AAGyLCwDAiwsAFIwLAGiMCwC8jAsA8H4GAPB+BgDo+wwAwHIMAOyYBQBAmQUAlJkFACguBwB87gEAlLgNABTsCADcRwAAfO4BAGzOCgDAzgoAlLgNAGQmAACskgAAKC4HAMyqDQAoLgcAfO4BAMByDADsmAUAQJkFAJSZBQDomQUAPJoFAJCaBQC0gQkA7JULAECWCwAcDgAAHG8CAMByDADsmAUAQJkFAJSZBQAoLgcAfO4BAJS4DQAU7AgA3EcAAHzuAQBszgoAwM4KAEjiAgDQzgkAaHMMACicCwB8nAsA0JwLACSdCwB4nQsAzJ0LACCeCwB0ngsAyJ4LAByfCwCYqgsA7KoLAECrCwCUqwsASOICAOyYBQBAmQUAlJkFAOiZBQA8mgUAkJoFALSBCQCsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAbGELAGQmAADcRwAAVAIKAOAvCwDAcgwArLYMAMizCwDQAwIA5M4NAGxhCwD8sw0AULQNAGzOCgDAzgoA/K8OAFCwDgCksA4A/LMNADivAACskgAAlLgNAGQmAAB87gEAGFAKABTDDQBoww0AvMMNAHzuAQCs/QoAAP4KAFT+CgCo/goAcAYCAJSnDADopwwAeL0DABhQCgCUpwwA6KcMAHi9AwCs/QoAAP4KAJwYAAAYUAoAFMMNAGjDDQC8ww0AFMMNAGjDDQC8ww0ArJIAAFh5AQD8oAIAmB8JAHzuAQBsjQAAwI0AALjKAQAMywEAYMsBALTLAQAIzAEAXMwBALDMAQAEzQEAWLoLAKy6CwAAuwsAfO4BAGyNAADAjQAATNQAAEwPAgCgDwIAVAIKACguBwB87gEAGFAKAJSnDAAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBkJgAAuCYAAACTAABY5gAAfMACAEz6AQCg+gEAKC4HAHzuAQCs/QoAAP4KAFT+CgCo/goAcAYCAJSnDAAg8AEAdPABAMjwAQAc8QEAfO4BAAiPCwBcjwsAOK8AADivAACskgAAHA4AAEzUAABMDwIAoGENAPRhDQCs/QoAAP4KAFT+CgCo/goAcAYCAJSnDAAg8AEAdPABAMjwAQAc8QEAcPEBAJSnDAAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQCEJwMAAAAAAPQXAACEJwMA2CcDAMByDACstgwAyLMLAOwFBQBABgUAlAYFAOgGBQA8BwUAkAcFAFRSCwCoUgsAPKMIAJS4DQBEfwYAmH8GAGykCgBYeQEArHkBAAiPCwCAfg0A1H4NAChXAgAMxAgAYMQIAHgiBQDMIgUAXI8LADivAAA4rwAArJIAAKySAADQAwIA5M4NAGxhCwDQAwIAzIYBAHgiBQAgBgcAfO4BAGykCgDgQgEANEMBANTWDAAo1wwAfNcMANDXDAAk2AwAlLgNAGQmAAB87gEAbI0AAMCNAADwowIARKQCAJikAgDspAIAQKUCAJSlAgCs/QoAUOQBAEQ7AgDsmAUArJIAABwOAAB87gEAlLgNAGQmAAB87gEAbI0AAMCNAADwowIARKQCAJikAgDspAIAQKUCAJSlAgCs/QoAUOQBAEQ7AgD0FwAASBgAAIzBBgCskgAA3EcAAIQrAgDYKwIALCwCAMALAQB87gEAlLgNANADAgC0tgEAqEAFAMAhBgDcRwAAfO4BAEBXCwCUVwsA6FcLADxYCwCs/QoAAP4KAJwYAABsYQsADDQCAGA0AgC0NAIACDUCAFw1AgCwNQIABDYCAJgVAQCoOAcA3EcAADBIAAAAkQsAKC4HAHzuAQCEZA4AKC4HAHzuAQCQXAoA8H4GAER/BgDcRwAA7JgFAPB+BgAc1QgAYNwCAGyNAADAjQAATNQAAKDUAAD0JAIAqN0NAHjzAABk3wEAkFwKAORcCgCUuA0AHNUIAHzuAQBsYQsAFOMFAJBcCgD0FwAASBgAAIzBBgCskgAAkFwKAORcCgD8oAIAUKECAKShAgD4oQIAbM4KAMDOCgAAegEA8H4GAOj7DADARgIATNQAAFh5AQD4gAUAMEgAANThBACUxAoA3EcAADBIAAC0WgMA9A8CAEgQAgCcEAIA8BACAEQRAgDQ7gEAJO8BAAjJBwAcDgAArP0KAIQnAwBsYQsACLENAFyxDQCwsQ0ABLINAFiyDQCseQEATPoBANDGCwBkJgAAuCYAAACTAADQLQIA9BcAADivAACskgAABDQNAOxKDgBsYQsA7NAMAMiqCABsjQAANIYAAAjJBwD0DwIASBACAIxNDgDgTQ4AGFUOAGxVDgDAVQ4AFFYOAGhWDgC8Vg4AEFcOACg6BABszgoAOAULAIwFCwCs/QoAAP4KAFT+CgCo/goAkFwKANxHAADU4QQAlMQKAKySAACQXAoAZCYAANSuAQAIyQcAHA4AADAeAACQXAoAPKwLANThBACUxAoA3EcAADBIAAC0WgMA/P4KACTvAQAIyQcAHA4AAMzBAgBg3AIAYNwCACxcCwCAXAsA1FwLAChdCwB8XQsAsFALAARRCwCUuA0AoCQCAHzuAQCs/QoArJIAADSGAAAoVwIAfO4BABhQCgBsUAoAKC4HAHzuAQCUuA0AZCYAAHzuAQBszgoAwM4KACzODgAsnQAAVFILAIA+CACskgAAHA4AAHzuAQCs/QoAAP4KAFT+CgCo/goAcAYCAJSnDADopwwAeL0DAGxhCwD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEAxBsCAJTECgDoxAoAPMUKAJDFCgDkxQoAOMYKAIzGCgCsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEASOICAOyYBQBAmQUAlJkFACguBwB87gEAlLgNABTsCADcRwAAfO4BAEzUAABMDwIAWHkBAPiABQDsmAUArHkBAEz6AQB87gEA0O4BANBdCwCgJAIAfO4BAJS4DQBEfwYAmH8GAISVBwDYlQcALJYHAICWBwDUlgcAAJMAAFjmAAB8wAIAlAgPAOgIDwDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAHT9AwDI/QMAHP4DAHD+AwDE/gMAGP8DAEz6AQBM+gEAoCQCANAtAgBM+gEAEP4JAAw0AgBUAgoArJIAAACTAABY5gAAfMACAFQAAACg2gkA9NoJANxHAAAUcwwAaHMMAACNDABUjQwAMJINAISSDQDYkg0ALJMNABwOAAB87gEA0O4BACTvAQB47wEAzO8BAAzECABgxAgAHA4AAGyLCwDMhgEA3EcAAHzuAQAIjwsAXI8LADCSDQCEkg0A2JINACyTDQAAAAAAcFwMAHzuAQDQ7gEAJO8BAHjvAQAsHQsAGFAKABTDDQBoww0AvMMNABzVCACskgAACI8LADAeAACMagwA4GoMADRrDAB87gEAlLgNAMByDAAUcwwAJG8MAHhvDADMbwwAIHAMAHRwDADIcAwAfO4BAJS4DQDMhgEAzIYBAIRkDgDAIQYA3EcAAOyYBQCseQEA/AAAAByXDQAcDgAAfO4BABAcDQDEXAwA3EcAAGyNAABUAAAAOK8AAIyvAAAAYQIAVGECAKhhAgCYFQEA7BUBAGxlCgDAZQoAFGYKAGhmCgA0hgAAKFcCACguBwCAPggATNQAAPQXAAA4rwAAjK8AAABhAgBUYQIAqGECANxHAABUAgoAgJsLAGDNCwC0zQsACM4LAFzOCwCwzgsABM8LADAeAAAcDgAAAAAAAAAAAAAAAAAA7AUFAEAGBQCUBgUAUHkMAKR5DAD4eQwAHA4AAHAOAADMhgEAhGQOAHAbAgDMhgEAIIcBAHQUDgCseQEAZCYAAEzUAABMDwIAeKoNAAAcDgAAkwAAWOYAAHzAAgAoLgcAzKoNANADAgAkBAIAXCACANThBAAwcAsAhHALAPygAgBQoQIApKECAPgbBAAoLgcAfC4HALwCDgDsmAUA8H4GABzVCAB87gEATNQAAEwPAgB4qg0AhCcDAKx5AQBM+gEAVFILAMyqDQAgqw0AdKsNAMirDQAcrA0AcKwNAMSsDQDsmAUA8H4GABzVCAB87gEATNQAAEwPAgB4qg0AhCcDAKx5AQBM+gEACI8LAFyPCwBYeQEA+IAFAFQCCgCAmwsAYNwCAMByDAAUcwwAaHMMAACNDABUjQwAqI0MAPyNDABQjgwA0O4BACTvAQB47wEAzO8BAMiaDAAYPgQAbD4EAMB6CgCUxAoAkBQHAIA+CAAU7AgA3EcAAHzuAQAAAAAAzKoNAACTAABY5gAArOYAAAAAAAAAAAAACI8LAFyPCwBYeQEA+IAFAFQCCgCAmwsAxD0EAJRTDADoUwwAzFYNANDuAQBATggAlE4IAOhOCAAAAAAAaJ0MAPilAQBkJgAA1K4BACivAQDk0AIAYNwCABhQCgCUpwwAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA+FEBAJBDCwDkQwsADMQIAGDECAC0tgEAqEAFAMAhBgDcRwAA7JgFAPB+BgAc1QgAfO4BAGzOCgDAzgoArE8BANSGCwAohwsAfIcLANCHCwAkiAsAeIgLAMyICwAgiQsAdIkLAMiJCwBsYQsAFOMFAKz9CgAA/goAjMEGAAQ0DQAESwIAWEsCAKxLAgAATAIAfO4BABhQCgCUpwwA6KcMADyoDABMgQUA7AUFAEAGBQC0xQ0ACMYNAFzGDQCYFQEAIA4FAFh5AQCseQEAhCcDAKx5AQBM+gEAfO4BAGzOCgDAzgoAAMwMAFTMDADElw0AGJgNAFQiAgCozAwAKDoEAAAAAAB87gEAbI0AAMCNAADURwsAKEgLAHxICwDQSAsAJEkLAHhJCwDMSQsAIEoLABTDDQBoww0AvMMNANADAgDkzg0A3EcAAEzUAACskgAArJIAAPQXAAB87gEAwHIMABRzDABocwwAVAAAAKgAAAD8AAAAKDoEAADMDABUzAwAKDoEANxHAABUIgIAqMwMACg6BAAAAAAAfO4BAMByDACkRw4AWHkBAHi9AwDMvQMAIL4DABRzDABocwwAKJwLAHycCwDQnAsAJJ0LAHidCwDMnQsAIJ4LAHSeCwDIngsAHJ8LAJiqCwDsqgsAQKsLAJSrCwDoqwsAbEYCAFApCwAoLgcA9BcAAMAxAgCo3Q0AJOcDAMAHAgAUCAIAePMAAGTfAQAsRgYAPKYCAJCmAgDkpgIAiIYAAKAkAgB8kwgAHA4AAJynAQCseQEAhCcDAHi9AwDABwIAoCoLACguBwB87gEAbM4KAMDOCgDcRwAAVAIKAICbCwDUmwsARH8GAJh/BgCElQcA3EcAAIQrAgCUuA0AHNUIAHzuAQAIjwsAMB4AAIxqDADgagwANGsMAJgRAgA0hgAACMkHAFzJBwCwyQcA7AUFADymAgCQpgIA5KYCANADAgA0hgAAiIYAAMyGAQA0hgAAbEYCABzJCwBwyQsAxMkLABjKCwBsygsAwMoLAAzECACUxAoAJD8DAHg/AwDgLwsAWOYAAJTECgBUAAAA3EcAAFQCCgAAAAAAAAAAAAAAAADQAwIA5M4NAGQmAADQXQsAoCQCANAtAgBsYQsACMkHAFzJBwAwCQAAhAkAAEBXCwAAkQsAVJELADSGAABkJgAA3EcAAFQCCgDgLwsAfO4BAGxhCwAIyQcAXMkHADAJAACECQAAQFcLAACRCwBUkQsAGFAKADSGAACIhgAA1IEHADAJAACECQAAQFcLAACRCwBUkQsAGFAKADSGAACIhgAA1IEHADAJAACECQAAQFcLAACRCwBUkQsA+BsEAKx5AQDsfgEArHkBAOAmCADcuw0AMLwNAIS8DQDYvA0AAAAAANDuAQAk7wEAeO8BAFj1DACs9QwAfO4BAMByDAAUcwwAaHMMAMxWDQBsRgIAAAAAAHzuAQDAcgwAFHMMAGhzDADMVg0ACI8LAFyPCwBYeQEA+IAFAFQCCgCAmwsAbKQKAMCkCgCUaAwA0O4BACTvAQB47wEA7AUFADymAgDkuwIAOK8AAKySAADMcgYAzIYBAIRkDgAoLgcAXLUMALC1DAAEtgwAWLYMAKy2DAAAtwwAVFILAOCMDgA0jQ4A9CQCAAw0AgDsmAUA8H4GABzVCACYEQIAmBUBABwOAADAcgwAFHMMAGhzDADMVg0AbKQKAMCkCgCUaAwA0O4BACTvAQB47wEACI8LAFyPCwBYeQEA+IAFAFQCCgCAmwsAcBsCAHAbAgDsDw0AfO4BANDuAQAk7wEAeO8BAMzvAQAUww0AaMMNALzDDQDQ7gEAoCQCAHyTCACYFQEAlLgNAOj7DABszgoATPoBAPQXAABIGAAAoCQCANAtAgDkMQUAfO4BAGyNAADAjQAAmEELAOxBCwBAQgsAlEILAOhCCwA8QwsACKAMAIwSDQDgEg0ANBMNAHBcDADExwEAjGoMAOBqDAA0awwAfO4BAEBXCwAAkQsAVJELACRvDAB4bwwAzG8MACBwDAB0cAwAyHAMAHzuAQBAVwsAAJELAFSRCwA0hgAAiIYAANSBBwB87gEACI8LADAeAACMagwA4GoMADRrDAB87gEAQFcLAACRCwBUkQsAwHIMABRzDAAkbwwAeG8MAMxvDAAgcAwAdHAMAMhwDAB87gEAQFcLAACRCwBUkQsAAAAAAFzhAQDcRwAAbI0AAKAkAgDQLQIABDQNAFQAAACoAAAAdAEDAMgBAwAcAgMAcAIDABhQCgCUpwwAIPABAHTwAQDI8AEAHPEBAHDxAQD4+QEADMQIAJTECgDsBQUAQAYFAJQGBQCs/QoAwDECABQyAgAAAAAABDQNAFg0DQDsSg4A0O4BACTvAQB47wEALB0LAGykCgDApAoAlGgMAGDcAgCAUA4AXLUMALC1DABg3AIAfO4BAGyNAADAjQAAhCcDAPiABQBMgQUAtLYBAJg5DQBUAAAAWHkBAPiABQBUAgoA4C8LAPygAgBYeQEArHkBACQ/AwA0hgAAVE4MAIS3CQBspAoAzIYBADSGAAAMNAIAZCYAANBdCwCgJAIAmBUBAHzuAQAIjwsAXI8LAFh5AQD4gAUAVAIKAJTECgDoxAoAfO4BANDuAQBATggAkNIMAOTSDAA40wwAjNMMAODTDAA01AwAiNQMAGxhCwBkJgAA3EcAAFQCCgDgLwsA9PQNAEj1DQCc9Q0A8PUNAET2DQCY9g0A7BcLAHzuAQDQ7gEA0F0LACReCwB4XgsACI8LAFy1DACwtQwABLYMAFi2DACAfg0A1H4NAChXAgDcRwAAVAIKAGxhCwDQAwIA8H4GAKAkAgDcRwAAVAIKAFyPCwA4rwAAOK8AAKySAAAcDgAAnKcBAGQmAADwXg4AJO8BAHjvAQDM7wEANFYMAIhWDADcVgwA0F0LACReCwB4XgsACI8LAFy1DACwtQwABLYMAFi2DACAfg0A1H4NAChXAgDcRwAAVAIKAGxhCwDQAwIA8H4GAKAkAgDcRwAAVAIKAFyPCwA4rwAAOK8AAKySAAAcDgAAnKcBAGQmAADwXg4AMFcMAIRXDADYVwwAOKsBAHzuAQAAAAAAfO4BANDuAQAk7wEAeO8BAGA6CwC0OgsAAAAAAAzECACUxAoA6MQKAGDcAgAYUAoAzHIGACBzBgCo3Q0AJOcDADAeAAAoLgcAYNwCAFh5AQCseQEAZCYAANBdCwB8wAIA5NACADjRAgDAcgwAFHMMAGhzDADMVg0AIFcNAOhkDQA8ZQ0AkGUNANDuAQAk7wEAeO8BAGA6CwC0OgsAGFAKABTDDQBoww0AvMMNAMzvAQDImgwAGD4EAGw+BAAwNQoAlKcMAMT8DgAY/Q4AbP0OAMD9DgBspAoAzIYBAIRkDgA0hgAAOKsBADAeAAAMxAgAYMQIALTECAB4LgIABDQNAMTHAQAYyAEA+KUBAKjcCACgKgsAzHIGAEwPAgB4qg0AhCcDAKx5AQBM+gEA5NACADjRAgDAcgwAFHMMAGhzDADMVg0AIFcNAOhkDQA8ZQ0AkGUNABxvAgBwbwIA/LMNACguBwB8LgcAKFcCACguBwCYEQIA8H4GABTsCACskgAAAJMAAFjmAAB8wAIAQL4BAJS+AQDMhgEAhGQOANxHAABUAgoAwHIMADSGAAA4qwEAAMwMAFh5AQDQgQIAKC4HAHzuAQDQ7gEAJO8BAHjvAQDM7wEACI8LAFyPCwA4rwAAOK8AAKySAAAcDgAAnKcBAGQmAADwXg4A4JQMADSVDACIlQwA3JUMADCWDAAENA0AWDQNAKw0DQCAfg0A9IsNAEiMDQCcjA0A8IwNANiWDAAslwwAgJcMAHzuAQB87gEAYNwCAJgVAQCYFQEAIA4FAChXAgC0WgMAfO4BAFzhAQCw4QEABOIBAFjiAQCs4gEAAOMBAPQXAACskgAA3EcAAOCrAQAoLgcAVAAAAOAmCAAoLgcA3EcAADSGAAAIyQcAfO4BAMByDAAUcwwAaHMMAMxWDQAk7wEAeO8BAMzvAQAIjwsAXI8LADivAAA4rwAArJIAABwOAACcpwEAZCYAAPBeDgBM1AAATA8CAKBhDQCskgAAAJMAANAtAgDAcgwAFHMMAGhzDAA4rwAA7L0BAEC+AQCUvgEAzIYBAIRkDgDcRwAAwHIMABRzDABocwwAbGELAAixDQBcsQ0AsLENAASyDQBYsg0ArLINAACzDQBUsw0AYNwCAAAAAAAAAAAAWHkBAHi9AwAAzAwAKFcCAKySAABUAAAA4EIBANAtAgCAawIAPKYCAAw0AgBUAgoAOK8AAAAAAADQ7gEAJO8BAHjvAQBgOgsAtDoLABhQCgAUww0AaMMNALzDDQA4qwEAjKsBAOCrAQA0rAEAiKwBANysAQAwrQEAHA4AAPQPAgD0FwAAfO4BABhQCgAUww0AaMMNALzDDQBw3QYAxN0GABjeBgBs3gYAwN4GABTfBgBo3wYAvN8GAPB+BgDcRwAAMEgAAIRIAACAZwMAfO4BABhQCgAUww0AaMMNALzDDQD0FwAAKC4HAOiiCACseQEATPoBAGDcAgAYUAoAlKcMACDADQB0wA0AyMANABzBDQAcDgAANIYAAGgNBgBUAAAAzIYBANADAgDwfgYAoCQCAGxGAgDARgIAAJMAAFjmAAB8wAIA3EcAAIQrAgDYKwIALCwCAJQpDAAoLgcAzKoNAJQpDADACwEArJIAAACTAABY5gAAmBECAOwRAgBAEgIAlBICAOgSAgCYEQIAZCYAANSuAQAorwEAfPQKAND0CgAAAAAASOICANDOCQBocwwAGJwMACTvAQB47wEAzO8BAPQPAgD0DwIArJIAADSGAAD8sw0AOK8AAKAkAgDQLQIAeCIFAAw0AgDsmAUA8H4GABzVCACskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAIRyAAAMNAIA7JgFAHi9AwBkJgAAQE4IAKySAAAoLgcAKC4HAMyqDQAgqw0A4CYIANy7DQAwvA0AzKoNAPQXAAA4rwAAtFoDAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAVAAAAFQAAADMhgEA+BsEADivAAA8pgIADDQCAOyYBQDwfgYAHNUIADivAADsvQEAzJcCAPT0DQBUAgoArE8BAOwCCwBAAwsArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPQXAABIGAAAjMEGANxHAADU4QQAMHALANxUAgAcDgAA7H4BAKySAAD0FwAA3EcAADivAADsvQEAzJcCAEyeAwCgngMA9J4DAEifAwCcnwMA8J8DAESgAwC8pAUAEKUFAGSlBQC4pQUADKYFAGCmBQC0pgUACKcFAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAVAIKAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQDcRwAANIYAAFh5AQCseQEArJIAAACTAADMhgEANIYAAODEAADAjQAAmEELANSBBwAoggcArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPgbBACseQEAhCcDAPiABQDsmAUANIYAAAjJBwD4GwQABEsCADSGAAAMNAIA7JgFAPB+BgAc1QgArJIAAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQAMNAIANIYAADSGAACIhgAA3IYAADCHAACEhwAA2IcAAKAkAgDQLQIAHA4AAHAOAAAU7AgAoCQCADivAACskgAAZCYAANSuAQAorwEAfPQKAND0CgCskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAEz6AQCEtwkA2LcJALS2AQAoLgcA0AMCADivAAA4rwAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAvKQFABClBQBkpQUAuKUFAAymBQBgpgUAtKYFAAinBQBYeQEA0IECACSCAgB4ggIAzIICACCDAgB0gwIAHA4AABxvAgBwbwIADDQCAFQCCgCskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPhRAQAIUAsAXFALAKySAACsTwEAxPwOABj9DgBs/Q4AwP0OABT+DgBo/g4AvP4OAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA+FEBAAhQCwBcUAsAOK8AAOy9AQBAvgEAlL4BAMyGAQCEZA4A3EcAAOyYBQDwfgYAHNUIAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA+FEBAAhQCwBcUAsA7JgFAECZBQCUmQUA6JkFADyaBQCQmgUA5JoFAEyoCwCgqAsA9KgLAEipCwCcqQsA8KkLAESqCwD4UQEACFALAFxQCwBsjQAAwI0AAJhBCwDUgQcAKIIHAHyCBwDQggcAJIMHAHiDBwDooggA8H4GAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA+FEBAAhQCwBcUAsAHA4AAPjHAwBMyAMAhGQOAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQD4UQEACFALAFxQCwAk5wMAeOcDAMznAwAg6AMAdOgDAMjoAwAc6QMAcOkDAMTpAwAY6gMAbOoDAPhRAQAIUAsAXFALAGQmAADMhgEAtFoDAEzUAABMDwIAtFoDABwOAAD4xwMATMgDAIRkDgCsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA+FEBAAhQCwBcUAsAsO4DAATvAwBY7wMArO8DAGDcAgAwSAAA9EgOAEhJDgCcSQ4AoCQCAHyTCABM1AAATA8CANADAgDMhgEAfO4BABhQCgCUpwwAIPABAHTwAQDI8AEAHPEBAHDxAQAAAAAAfO4BAAzECABgxAgAgGsCAFS7CwCouwsA/LsLAFC8CwAIjwsA/MwMAFDNDACkzQwA+M0MAEzODACgzgwACI8LAPzMDABQzQwApM0MAPjNDABMzgwAoM4MABhQCgCUpwwAIPABAHTwAQDI8AEAHPEBAHDxAQAENA0A7EoOAGxhCwDs0AwAyKoIAGyNAAA0hgAAbGELAOzQDADIqggAbI0AADSGAAAIyQcAfO4BAAQ0DQDsSg4AQEsOAJRLDgDoSw4APEwOAJBMDgDkTA4AOE0OAGyNAADMhgEAzIYBAHzuAQBUUgsAqFILAPxSCwBQUwsAfKkNAKx5AQBM+gEAfO4BAGzOCgD4gAUAVAIKAKgCCgAcDgAArJIAAGQmAADcRwAAfO4BAOwFBQBABgUAlAYFAABKDQBUSg0AqEoNAPxKDQBM+gEAqNwIAPzcCAB87gEA7AUFAEAGBQCUBgUAAEoNAFRKDQCoSg0A/EoNAODEAAAcDgAAMB4AACguBwB87gEA0AMCALRaAwBg3AIAxMcBAEBLDgBsUAoAKC4HAHzuAQCUuA0AZCYAAHzuAQBszgoAwM4KAPQXAACskgAAAJMAAHzuAQAYUAoAlKcMAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPhRAQAIjwsAgH4NANR+DQDEbwIAGHACAHzuAQDAcgwA1OEEADBwCwCEcAsA2HALAAQ0DQBYNA0AbGELANADAgDwfgYA/KACAJgfCQAYUAoAlKcMAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPhRAQBM1AAATA8CAKBhDQD0YQ0AwHIMAKRHDgCESAAA9HQDAKhSCwCgJAIA0C0CAIBrAgDcRwAAfO4BAOwFBQA8pgIAvGsOABBsDgBkbA4AlLgNAGQmAAB87gEAwHIMAKRHDgCESAAA0O4BANBdCwDMhgEAzIYBACCHAQBM1AAAWHkBAKx5AQBM+gEAfO4BABhQCgCUpwwAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAbI0AAKAkAgB8qQ0ArHkBAEz6AQB87gEAQFcLAJRXCwD8sw0AKC4HAMyGAQD4GwQArHkBAEz6AQB87gEAlLgNAGQmAAB87gEAwHIMAKRHDgCESAAALHoOAIB6DgDUeg4AKHsOAHx7DgDQew4AJHwOAHh8DgDMfA4AIH0OAHR9DgDIfQ4AHH4OAPQPAgBIEAIAjKUNAPyzDQBIGAAARD8BADBIAACESAAAgGcDAHzuAQAYUAoAlKcMAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPhRAQCUuA0AOK8AADivAADE9gUAGPcFAGz3BQDA9wUA5DEFALCPCwAEkAsAWJALAKyQCwBg3AIAAAAAAAAAAAAAAAAAfO4BAKz9CgAszg4AgM4OANTODgBszgoAwM4KAPyvDgBQsA4ApLAOAPiwDgBMsQ4AbGELACAGBwAoLgcAtFoDADSGAAAoVwIA9BcAAHzuAQBsYQsAIAYHACguBwBspAoA9BcAACzODgCAzg4A1M4OAGzOCgDAzgoA/K8OAFCwDgCksA4A+LAOAEyxDgBsYQsAIAYHACguBwAcDgAAHG8CAHBvAgAIyQcAXMkHAEz6AQCEtwkAmBUBAHzuAQBszgoAwM4KAPyvDgBQsA4ApLAOAPiwDgBMsQ4A0AMCACQEAgDcGgYA8KMCAMyGAQCEZA4AbM4KAMDOCgD8rw4AULAOAKSwDgD4sA4AoPoBAHzuAQBM+gEAhLcJANi3CQCs/QoALM4OAIDODgDUzg4AbM4KAMDOCgD8rw4AULAOAKSwDgD4sA4ATLEOAFQAAADgQgEANEMBAPygAgBYeQEAKC4HAMyqDQAAkwAA7BcLABxvAgDU4QQAMHALAAw0AgBUAgoATPoBALRaAwBg3AIAsO4DAATvAwBY7wMArO8DAEzUAABYeQEA+IAFADBIAAB87gEAGFAKAJSnDAAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQD0DwIASBACAMByDACstgwAyLMLAAzECABgxAgAAJMAAJTECgDoxAoAfO4BAGykCgDApAoAlGgMAFQAAACYFQEAfO4BABhQCgAUww0AaMMNAAAAAAC8ww0AGIMNALyTBAAgDgUA/LMNACguBwB87gEA0O4BACTvAQB47wEAzO8BAEzUAABYeQEA+IAFADBIAAB87gEAGFAKAJSnDADopwwAPKgMAEyBBQDsBQUAQAYFALTFDQDYRgsALEcLACxHCwCotwwA+KUBAET1CACY9QgA7PUIAChqDQB8ag0AVAAAAOBCAQA0QwEA4IMLADSECwCIhAsA3IQLAHzuAQDsBQUAQAYFABiDDQBsgw0AwIMNABSEDQBohA0AvIQNAPgbBADQxgsAJMcLAMAhBgC0WgMAOK8AAIyvAAA8GQsAkBkLAOQZCwB89AoA0PQKAKySAAAAkwAAWOYAAHzAAgBM+gEAoPoBADSGAACkRw4AhEgAAIBnAwDUZwMAbGELAMBhCwAUYgsAwHIMABRzDABocwwAGJwMACTvAQB47wEAYDoLALQ6CwCstgwAyLMLAAiPCwAwHgAArJIAAMByDACkRw4AhEgAANDuAQDwXg4ARF8OAJhfDgDsXw4ACI8LAIB+DQDUfg0AxG8CABhwAgB87gEAwHIMANThBAAwcAsAhHALAAzECABgxAgABDQNAKAkAgCUxAoA6MQKAHzuAQCYFQEAIA4FAPygAgCYHwkA0F0LAKAkAgB87gEAmBUBAOwVAQCgJAIA0C0CAGzOCgDAzgoAZCYAANBdCwCgJAIAmBUBACAOBQAMNAIA7JgFAPB+BgCskgAAwCEGAMT2BQDcRwAA7JgFAPB+BgAc1QgAfO4BANDuAQAk7wEAeO8BAMzvAQDQ7gEA0F0LAKAkAgB87gEAwHIMADSGAAA4qwEApEcOAIRIAACAZwMA1GcDAFCfDQBMoA0AoKANAPSgDQDQ7gEAJO8BAHjvAQBY9QwArPUMAHzuAQDAcgwAFHMMAGhzDABU3wIAgPoDAHD3CgDE9woAGPgKAGz4CgDA+AoAFPkKAGj5CgC8+QoA5LcDADi4AwAYgw0AbIMNAKTLAgD4ywIAhGQOAIyrAQCsLA8AAC0PABxvAgC0WgMAtFoDAPCnAQAAVw8A3HAQACguBwBcPQAAVC0PAKgtDwAAVw8AaBMPAHxKAAAo3BAA3HAQACguBwDccBAA3HAQACguBwAAVw8ADGUQANxwEAAo3BAATPoBAIQeAADACwEAKNwQAMALAQDAUQ8AwFEPACguBwDMqg0AgB8AAMALAQCIxQAA5DEFACgODwAoDg8A3HAQAOQxBQDccBAAjGoMAPAwDwBEMQ8ApKwPAKwsDwAALQ8A6O8PACjcEAAwCQAAAFcPAPAwDwBEMQ8AwAsBABwmDwDsQhAAQEMQAExuDwBM+gEAwFEPAFxVDwCwVQ8ArCwPAAAtDwCY7g8AmBUBAOxKDgDAUQ8ACCsPAMBRDwAc1QgAKJ0QAKSsDwAAVw8AIAwQANxwEAAwCQAAMAkAAGw8DwDAPA8AFD0PACjcEAAcDgAAKC4HANSBBwAoLgcAbDwPAMA8DwAAfRAAwAsBAGw8DwDAPA8AAH0QAIQeAACsLA8AAC0PAGgyAgB87gEAOAULAABXDwBg3AIA3EcAAMBRDwDQgQIAKC4HAABXDwDwJQIA8DAPAEQxDwDAUQ8ASDAPAJwwDwDwMA8AkC8QAPAwDwCQLxAACDwQAMBRDwBYQQ8AaD0PALw9DwAcJg8AaD0PAAAAAAB87gEAbDwPAMA8DwBsPA8AwDwPAGw8DwDAPA8AmDEPAKSsDwDcxBAAMMUQAHAbAgBIMA8AHCYPAPAwDwBEMQ8AcBsCACguBwB87gEAKNwQAHzuAQCAxhAA1DcPAMDLEAAAVw8AAFcPACg6BAAoOgQAKDoEAGDcAgAIyQcA5M4NAGDuCADkzg0A/EoNAPxKDQDcRwAAPMELAGQ6EAB48wAAHA4AABwOAADwRQ8AnEkOAHjzAADAUQ8AHA4AAJxJDgDAUQ8AwFEPAMBRDwDAUQ8AwFEPABwmDwAcJg8AwFEPAMBRDwDAUQ8AwFEPAMBRDwDAUQ8AHCYPABwmDwAcJg8AwFEPAMBRDwDAUQ8AHCYPABwmDwDYSw8AHCYPABwmDwDAUQ8AfO4BAHzuAQDITw8AmP4LAHzuAQAo3BAAoCQCAET1CAB87gEAHA4AABwOAADAUQ8AwFEPAMyGAQDAyxAAbDwPAMA8DwBg3AIAAFcPACjcEAAcDgAADFQPAHzuAQDopQIAMB4AALRaAwCo3AgA9BcAACguBwAolwcAKC4HAGBlEAAAVw8APK0QAMDLEAAcDgAAhFUCAEzUAABM1AAATNQAACjcEABM1AAAHDACAKjdDQAo3BAAhFUCACjcEAAATAIAOG8QAHxeEADQXhAARFsPACjcEADMyBAAIMkQABzDAgDACwEAKNwQADCjDgAwCQAAKNwQAFQAAAD0FwAAzKoNAGgTDwC0WgMA9CsQAFQAAAA4bxAAMAkAADAJAAAwCQAA2PMPAABXDwBoEw8AHG8CALRaAwBoZw8A0LwDAIikAwAwCBAASMYJAHzcEAAgBgcAHCYPAOxCEABAQxAASG8PAJShAwBsPA8AwDwPAAB9EADYdQ8AHCYPACjcEADgCAUAmKADAGCoDwAcJg8AwFEPAMBRDwBsPA8AwDwPAMBRDwBcVQ8AsFUPAHAOAAAAVw8AaBMPACjcEAB87gEAAFcPAMDLEABcVQ8AsFUPAHzuAQDkBwUAkBoQAJBcCgAo3BAAkJoFACjcEAC0gQkA2IoPAABXDwBIbw8AnG8PANxHAAAo3BAAHG8CAIRkDgAAVw8ADGUQAHjzAACQGhAAfNwQAMBRDwBcVQ8AfNwQAPxoEABgqA8AaGYKANywAADQAwIAHCYPAOxCEABAQxAAbDwPAFg9EABwXAwAPPAPAGgTDwAcDgAAwAsBADR0DwBM7A8AoOwPANxHAADcRwAAHCYPAOxCEABAQxAASG8PAJxvDwDcRwAA3EcAANxHAADcRwAAkB4PAACBDwAAVw8ADGUQAKSsDwAAVw8A/GwPAFBtDwCkbQ8AYOcPAHzuAQDIswsAhIoPAABXDwDAUQ8AXFUPALBVDwAkjQ8AnC4FAGgTDwAonRAAjAULAHzcEADAUQ8AfNwQAMBRDwCYmg8A7JoPAECbDwCskgAA/GwPAFBtDwCkbQ8A+G0PAHj2DwCYmg8A7JoPAECbDwCQHg8AaKgEABwmDwDsQhAAQEMQAEhvDwCcbw8A2OEJACjcEAAcbwIAtFoDACjcEACQGhAAaBMPACg6BACYoAMAVAIKAMBRDwBcVQ8AsFUPANiKDwCAHwAAHCYPAOxCEABAQxAAKNwQAGDcAgBIbw8AnG8PAJzKCADcRwAA3EcAAPSYDwBImQ8AnJkPAEhvDwCQmgUA9JgPAMBRDwC0UBAAHCYPAHzcEADAUQ8AXFUPAHzcEACEZA4AfO4BAMDLEABcVQ8AsFUPANgGBgAAVw8ADGUQACjcEADMXgsAAFcPACjcEADQyQUA/GgQABwmDwB83BAA8DAPAEQxDwAoLgcAjPEPAJiaDwDsmg8AQJsPAMDLEABcVQ8AsFUPAGhnDwAcbwIAhGQOAPxoEAAo3BAAhGQOAHzuAQCMMBAAKC4HAPygAgD8aBAAUGkQAKRpEACQHg8AwAsBAABXDwAo3BAArLYMAGgTDwDsFwsAHCYPAPxoEAAcJg8A/GgQAHzcEAB83BAAfNwQAMBRDwDAUQ8A/GgQAFBpEACkaRAA+GkQAMDLEABoUg8AEOIQAABXDwBIbw8AEOIQAPSYDwD8aBAAHCYPAOxCEABAQxAAHCYPAOxCEABAQxAAKNwQANhHEADgLwsAKNwQAIRkDgAo3BAAqCMHAGgTDwB87gEA5DEFAMALAQAo3BAAKNwQABxvAgAo3BAAHG8CACjcEAAcbwIAfNwQAMBRDwBcVQ8AsFUPAIRkDgDAUQ8AXFUPALBVDwAAVw8AAAAAAAxlEADIswsAHCYPAOxCEABAQxAAfGIPACjcEAA4bxAA3EcAAFz9DwBYPRAAIAYHAOBFEAA0RhAAAH0QALRaAwD8aBAAUGkQAKRpEAAAVw8AAFcPAMBRDwBcVQ8AsFUPANxmCAAAAAAAIM0PAHTNDwDIzQ8AKJcHALRQEAAIURAAXFEQACjcEACQHg8A4C8LAEyiAgCEZA4AAFcPACjcEAD0KxAANE0JAJAeDwAo3BAAHNUIAKSsDwBsPA8AwDwPAPAwDwBEMQ8AHCYPAOxCEABAQxAAJD8DAABXDwAo3BAARKADAMBRDwDAUQ8AXFUPALBVDwAoLgcAgB8AAMBRDwCwPBAAwFEPAFxVDwCwVQ8AZM0QAAAAAAAcJg8A7EIQAEBDEAAAVw8ASG8PAJxvDwBoEw8AAFcPAKTdCACQGhAAaBMPAEAWAQAAAAAAKNwQAJAaEABoEw8AQBYBADzbDwAcJg8A7EIQAEBDEACIRhAAaFIPACjcEAAc1QgAwFEPAFxVDwCwVQ8AKNwQALRaAwCIHBAAfO4BALzlDwDAUQ8AePMAADRmCADcRwAAPK0QALRaAwDkMQUAKNwQAACTAAA0MRAAJD8DAAyoDwB87gEAfO4BAABXDwAAfRAAFMwQAMALAQCkrA8AfO4BAJjuDwD4gAUASG8PAJxvDwAMqA8ArHkBADzbDwCQ2w8A5NsPACguBwAAAAAAAAAAAAAAAAAo3BAAkBoQAAAAAAAAAAAAAAAAAJjuDwAc+A8A3EcAAHzuAQDACwEAKNwQADhvEACQGhAAKC4HAMBRDwBgqA8AYKgPAMBRDwBoUg8A5NACAEzTEADsQhAAQEMQAEhvDwCcbw8AKJ0QAMDLEABoUg8AKDoEABwmDwBwJg8AKDoEAKySAADcRwAAdAYHACjcEAA0hgAAdAYHAHzcEAAI/Q8ADKgPAGw8DwDAPA8AmDEPAEhvDwCcbw8AKNwQALRaAwDAUQ8AKNwQAESgAwBYZxAAfO4BAMBRDwBcVQ8AsFUPAPACEABEAxAAKDoEACg6BAAo3BAARKADAESgAwDkBwUAjDAQAGgTDwAAAAAAKNwQACjcEACskgAAAFcPAESgAwDYRxAAfO4BACjcEAAgDBAAMAkAAFgWCgBM+gEAZBAQALgQEABUAAAAVAAAAJCaBQAAVw8AfO4BACjcEAAo3BAA9BcAABwmDwDsQhAAQEMQAMSkDwDMXgsAlKEDAMBRDwBcVQ8AsFUPAAQ0DQBsPA8AWD0QAOQvEAAgDBAAHNUIACAMEAAgDBAAKC4HAPQXAABsPA8AWD0QAMA8DwAcJg8AAFcPACAMEAB0DBAAyAwQACidEAD0FhAAoEAQAMBRDwBEoAMAAFcPAOT3CADI/ggAAAAAAHz1DwDQ9Q8AAAAAAAAAAAD0CAkADE4GAMxeCwAAVw8AKNwQACjcEAA0MRAA3EcAAABXDwAo3BAA7EoOAABXDwDACwEAfO4BAMBRDwBcVQ8AsFUPACjcEAB87gEAKNwQAHzuAQAo3BAAwAsBAAwmEADACwEAfO4BACjcEAAwCQAADCYQADAJAADYRxAAHNUIAAwmEABg3AIAAAAAALRaAwC0JhAAtFoDACjcEADYRxAAQOsQAABXDwBA6xAAKNwQAEDrEADAUQ8AXFUPALBVDwAo3BAA7EoOAMALAQBoEw8AHA4AABwOAABoEw8AhGQOANhHEABg3AIAHCYPAOxCEABAQxAAwFEPAFxVDwCwVQ8AfO4BANAtAgAo3BAAfO4BACjcEAAAVw8A5BoQAHzuAQB87gEA5DEFAOwfCQAonRAAAFcPADAJAAAo3BAADCYQAHzuAQDwMA8ARDEPAIR1DwDsSg4AKIcLAABXDwDcRwAA/KACANxHAADAyxAAXFUPALBVDwAAVw8AaDkQACguBwC0WgMA3IQLAGDcAgCokhAAWD0QANCvAQB87gEAHA4AAAAAAADsFwsAAAAAAJAvEADENxAAGDgQAGw4EAAo3BAAwMsQAFxVDwCwVQ8AfO4BADAJAAAoOgQAKDoEACidEAB87gEAHCYPAHzuAQAAVw8AYNwCAABXDwCwRgMAOG8QADhvEAAENA0AAFcPACjcEAB87gEAbDwPAMA8DwDAyxAAXFUPALBVDwDAyxAAfO4BACguBwAo3BAAKC4HAMA4EAAEJwsAHNUIADAJAAAonRAAfDoEABy1EAAIxg0AePMAACjcEADwMA8ARDEPABCNCwCokhAAFM8KAHzuAQAUThAAfO4BABTPCgAocxAAvE4QAOirCwDExwEAHCYPAOxCEABAQxAAfO4BACjcEAAo3BAAwMsQABxvAgAcbwIAwMsQAMDLEAAoLgcAMDYPAIQ2DwD8UxAApEMPABwmDwDAUQ8AaFIPAPT6AQBsYQsAnKcBAGg9DwAcJg8A2CcDAMTHAQDkBwUAkKMIAOx/BgBM+gEA3EcAACAjBQAoLgcAKNwQAIRkDgB0ihAA6KUCAJg7AgDopQIAmDsCAFg2AgCQXAoAfNwQAEyiAgAo3BAAMAkAAHzuAQD4Qw8AMB4AANgnAwCAxhAAfO4BACjcEAAonRAAHN8QAHw6BAAo3BAAYNwCAGDcAgBg3AIAYNwCAABXDwAAVw8AhEcQAGhSDwA8RBAAMAkAANxHAAAcbwIAhGQOABwmDwDsQhAAQEMQACiXBwDAUQ8AXFUPALBVDwBIbw8AnG8PAMBRDwDk0AIAKHMQALxOEACAkw0AbDwPAMA8DwCAkw0AxFwMAGw8DwB0NhAAwMsQALA8EAAo3BAAfO4BAGQmAABkJgAATPoBAJgRAgAoDg8AQG0QAJQpDAAMZRAAfO4BACjcEAB87gEA1JsLAJhXEABwXAwAfO4BAHzuAQB87gEATHoMAHSHAQDQXQsA7MAQAMBRDwBM+gEA2HALAOzAEABg3AIA7MAQAGDcAgAAVw8AfO4BAHzuAQAocxAAvE4QACjcEABsPA8AwDwPAAB9EADoxAoAfO4BAHzuAQB87gEAhHUPAHzuAQBIaxAAIFcNABwOAAC8nQwA8DAPAABXDwAcJg8AOEQLABTPCgBkzRAAAAAAABTPCgBwlw0A1IcQAGyYDQAoiBAApKwPAJxBEADAyxAAaFIPAChzEADMVg0AKA4PAKSsDwDUhxAApKwPACiIEACkrA8AKHMQALxOEACwURAAVAAAAIA+CADcRwAAdDoPABwOAAB87gEAFM8KALxOEAB87gEA5C8QAGxGAgDwgBAAPMIQAJDCEAC0WgMA6MQKACguBwB87gEAfO4BAHzuAQAo3BAAqJELAKiRCwCokQsAqJELAEz6AQBM+gEALL0NAHzuAQBsPA8ACJAQAChzEACIxBAAfO4BAChzEAAgVw0AfO4BANxwEAAQeRAAbDwPAGR5EAB87gEA7IEQAECCEACwuhAAlIIQAHzuAQB87gEAKHMQACBXDQDccBAAEHkQAGw8DwBkeRAAfO4BAOwPDQDgmRAAbDwPAMA8DwDAyxAAaFIPAHzuAQCokhAAKJ0QACidEAB48wAA+D8QADCbEACgQBAAGMgBAKiRCwCokQsAqJELAKiRCwB87gEA8IAQAEhaDwBoPQ8AtD8PAOjECgAASg0AaDICAGw8DwB0NhAA3HAQAABXDwDsgRAAAFcPACidEABg3AIAlCkMAJQpDAB87gEAzF4LAOyBEABAghAAKC4HACguBwBEXw4AbDwPAMA8DwDMXgsA7IEQAECCEAAoLgcAKC4HAERfDgBEbBAAmGwQAGw8DwBYPRAACDwQAAAAAAAAVw8AKNwQAABXDwDk0AIAwFEPAChzEADkZQ0AbDwPAFg9EABArBAADLkQAMDLEACwPBAAYNwCAMA8DwAAfRAAVAIKACjcEADMLgIAVAAAAOzAEAAocxAA5GUNANxHAADAUQ8AKC4HAHzuAQBsPA8AwDwPAERfDgCsNA0AYNwCAGDcAgD4pQEA+KUBAPilAQD4pQEAYNwCAABXDwD4pQEAfO4BAHzuAQB87gEAAAAAAAAAAAAocxAAiMQQAGw8DwDAPA8ARF8OAPRhDQAo3BAAKHMQAFQCCgAo3BAAKHMQAIDGEAAAVw8AfO4BAHzuAQC0WgMA9BcAACguBwCskgAAfO4BAPCAEAA8whAAkMIQAOTCEAA4wxAAjMMQAODDEABg3AIAbDwPAFg9EACEcRAAwMsQAFxVDwBIMA8ASBACAEBtEAAoxxAAfMcQANDHEAAkyBAAwMsQAGhSDwAQ4AYAwMsQAABXDwAYyxAAYNwCAIRkDgAoLgcAwFEPACidEADACwEADGUQAMALAQAMZRAA8DAPAJAvEADACwEAfO4BAChzEAC8ThAAbDwPAMA8DwBIEAIA6KwQAOisEABIEAIAHCYPABwmDwAcJg8AmJoPABwmDwAcJg8AHCYPABwmDwDwMA8AkC8QABwmDwCYmg8AHCYPAOhDEAAcJg8A6EMQABwmDwDoQxAAtFAQAOhDEAAcJg8A6EMQABwmDwDoQxAAWGsPAOhDEAAcJg8A6EMQAPxsDwBQbQ8AFD0PAHzuAQB87gEAYNwCAABXDwD0FwAAhGQOAGg9DwBQVBAAfIgQAHyIEABoPQ8AvD0PAAjJBwDM3RAAYNwCAGDcAgAcDgAAHA4AAIhfDwAAVw8AGMgBABwmDwAo3BAArDQNACjcEAAcJg8AaBMPACjcEABoEw8AHCYPAOxCEABoEw8AtOMQAAjkEAAcJg8AYNwCABhNEAAAVw8AfO4BAHzuAQB87gEAQOsQAHzuAQB87gEAfO4BAEDrEAB87gEAsMkHAEDrEAAo3BAATLEOAHzuAQB87gEAQOsQAABXDwD8bA8AUG0PAKRtDwAcJg8A+FEBANxwEAAQeRAAfO4BAMDLEABoUg8AbDwPAMA8DwAAfRAACMYNAIBHCwA4rhAAHLUQAIRkDgDQNBAAkC8QAAg8EABwXAwAwFEPALA8EABwXAwAKNwQAAjJBwB8Yg8AgEgQAChzEAC8ThAAbDwPAFg9EABArBAAKNwQAGgTDwDYcAsA9BcAACjcEAAc1QgAbDwPAMA8DwAAfRAAAMwMAHxiDwCkvRAAbDwPAAiQEAAocxAAzFYNACjcEAA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAAAAACAAwAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAAAAIADAACAAQAAAAAAAIABAACAAAAAgAEAAAABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAABAAAAAAEAAIAAAwAAAAAEAACAAANIRCEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAABQQAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAgAAAAAAAAAAAAAAAgAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAggAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAQAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIABAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAkAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAQAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAABAAAAAAEAAIAAAwAAQAAEAACAAANIRKEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAABEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAASAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAIAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAiAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAIABAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABBAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARDEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAwAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAwAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAA"},"index":{"lists":[[11,12,94,96,97,98],[1,2,4,5,6,7,8,11,12,13,14,15,16,17,38,39,40,41,42,45,46,47,48,51,52,53,54,55,56,57,58,59,60,61,62,66,71,72,74,75,76,77,78,79,80,81,82,83,84,85,89,90,91,92,94,96,97,98,102,107,108,135,138,139,141,152,153,154,157,158,159,160,161,162,170,173,183,184,188,189,192,201,202,206,210,212,213,214,215,217,219,220,222,223,226,227,228,229,243],[1,2,4,5,6,7,8,11,12,13,14,15,16,17,38,39,40,41,42,44,45,46,47,48,51,52,53,54,55,56,57,58,59,60,61,62,66,67,71,72,74,75,76,77,78,79,80,81,82,83,84,85,88,89,90,91,92,94,96,97,98,102,107,108,114,135,138,139,141,152,153,154,157,158,159,160,161,162,170,173,183,184,185,188,189,192,201,202,206,210,212,213,214,215,217,219,220,222,223,226,227,228,229,232,233,234,243],[11,12,64,87,94,96,97,98,191,232,249],[11,12,94,96,97,98,126,127,128,235,236,237,238,239,240,241],[4,5,11,12,94,96,97,98],[11,12,63,65,94,96,97,98],[11,12,94,96,97,98,223,242],[8,11,12,76,94,96,97,98,107,108,133,134,223,228,229],[8,11,12,94,96,97,98,126,127,128],[8,11,12,62,69,74,77,81,82,94,96,97,98,118,126,127,128,129,146,161,162,164,168,176,178,184,186,187,188,189,200,207,208,209,216,243],[11,12,24,25,26,32,33,94,96,97,98,106,167,180,222],[11,12,94,96,97,98,130,255],[10,11,12,94,96,97,98],[1,8,11,12,17,94,96,97,98,126,127,128,155,156,169,210,214,215,243],[8,11,12,19,94,96,97,98,126,127,128,132,155,156,210,214,215,243],[8,11,12,15,16,41,94,96,97,98,126,127,128,155,156,192,210,214,215,227,243],[4,8,11,12,27,94,96,97,98,126,127,128,155,156,157,179,210,214,215,231,243],[0,2,7,8,9,11,12,13,15,30,31,34,35,91,94,96,97,98,126,127,128,149,155,156,157,163,166,192,194,210,211,214,215,218,221,224,243,244,247,250,251,254,256],[3,8,11,12,18,21,30,34,35,37,44,47,48,70,73,92,93,94,96,97,98,102,104,110,111,113,119,126,127,128,131,136,139,142,149,155,156,157,165,172,174,175,181,192,193,204,210,214,215,243,252,257],[8,11,12,94,96,97,98,126,127,128,155,156,210,214,215,243],[8,11,12,94,96,97,98,126,127,128,155,156,157,210,214,215,243],[8,11,12,14,94,96,97,98,126,127,128,155,156,210,214,215,243],[8,11,12,94,96,97,98,126,127,128,155,156,210,214,215,243,248],[8,11,12,90,94,96,97,98,126,127,128,155,156,157,210,214,215,233,243,245,246],[8,11,12,85,93,94,96,97,98,105,109,120,126,127,128,151,155,156,196,210,214,215,233,243],[8,11,12,20,44,94,96,97,98,104,112,126,127,128,141,142,155,156,171,210,214,215,243],[7,8,11,12,36,68,94,96,97,98,126,127,128,155,156,157,210,214,215,243],[8,11,12,13,20,50,94,96,97,98,126,127,128,141,155,156,210,214,215,243],[8,11,12,22,23,43,55,94,96,97,98,103,115,117,121,126,127,128,137,143,144,145,147,148,150,155,156,160,177,182,183,195,198,203,205,206,210,214,215,225,230,243],[8,11,12,16,17,58,94,95,96,97,98,126,127,128,155,156,210,214,215,243],[5,8,11,12,94,96,97,98,126,127,128,155,156,210,214,215,243],[8,11,12,20,94,96,97,98,126,127,128,155,156,210,214,215,243],[11,12,94,96,97,98,101,116,122,123,124,125,140,197,199,253],[11,12,66,94,96,97,98],[8,11,12,28,29,94,96,97,98,126,127,128,210,214,215,243],[11,12,38,94,96,97,98],[11,12,39,40,42,45,46,94,96,97,98],[11,12,49,53,54,56,94,96,97,98],[11,12,52,75,94,96,97,98],[11,12,52,94,96,97,98,99,100],[11,12,52,76,78,94,96,97,98],[11,12,52,94,96,97,98],[11,12,57,59,61,75,94,96,97,98,217],[11,12,60,94,96,97,98,159],[11,12,75,94,96,97,98,217],[11,12,76,78,84,94,96,97,98,234],[11,12,78,94,96,97,98],[11,12,83,89,94,96,97,98,217,234],[11,12,86,94,96,97,98,190],[11,12,94,96,97,98,158],[11,12,94,96,97,98,217],[11,12,94,96,97,98,234],[11,12,80,94,96,97,98,220],[11,12,80,94,96,97,98,220,232],[11,12,80,94,96,97,98,201,202,220],[4,5,11,12,80,94,96,97,98,220],[11,12,80,94,96,97,98,220,223],[8,11,12,76,80,94,96,97,98,107,108,220,223,228,229],[8,11,12,80,88,94,96,97,98,201,202,220],[8,11,12,62,67,71,72,74,77,79,80,81,82,94,96,97,98,161,162,173,184,185,188,189,201,202,220,243],[11,12,80,94,96,97,98,220,222],[1,6,8,11,12,17,80,94,96,97,98,201,202,210,212,213,214,215,220,226,243],[8,11,12,80,94,96,97,98,201,202,210,212,213,214,215,220,243],[8,11,12,15,16,41,80,94,96,97,98,192,201,202,210,212,213,214,215,220,227,243],[4,8,11,12,80,94,96,97,98,157,201,202,210,212,213,214,215,220,243],[2,7,8,11,12,13,15,80,91,94,96,97,98,157,192,201,202,210,212,213,214,215,219,220,243],[8,11,12,44,47,48,80,92,94,96,97,98,102,135,139,157,192,201,202,210,212,213,214,215,220,243],[8,11,12,80,94,96,97,98,170,201,202,210,212,213,214,215,220,243],[8,11,12,80,94,96,97,98,157,201,202,210,212,213,214,215,220,243],[8,11,12,14,80,94,96,97,98,114,201,202,210,212,213,214,215,220,243],[8,11,12,80,90,94,96,97,98,157,201,202,210,212,213,214,215,220,233,243],[8,11,12,80,85,94,96,97,98,201,202,210,212,213,214,215,220,233,243],[8,11,12,44,80,94,96,97,98,141,201,202,210,212,213,214,215,220,243],[7,8,11,12,80,94,96,97,98,157,201,202,210,212,213,214,215,220,243],[8,11,12,13,80,94,96,97,98,135,138,141,201,202,210,212,213,214,215,220,243],[8,11,12,55,80,94,96,97,98,135,160,183,201,202,206,210,212,213,214,215,220,243],[8,11,12,16,17,58,80,94,96,97,98,201,202,210,212,213,214,215,220,243],[5,8,11,12,80,94,96,97,98,201,202,210,212,213,214,215,220,243],[11,12,66,80,94,96,97,98,220],[8,11,12,80,94,96,97,98,201,202,210,214,215,220,243],[11,12,38,80,94,96,97,98,220],[11,12,39,40,42,45,46,80,94,96,97,98,220],[11,12,53,54,56,80,94,96,97,98,220],[11,12,51,52,75,80,94,96,97,98,220],[11,12,52,80,94,96,97,98,220],[11,12,52,76,78,80,94,96,97,98,220],[11,12,57,59,61,75,80,94,96,97,98,152,217,220],[11,12,60,80,94,96,97,98,159,220],[11,12,75,80,94,96,97,98,217,220],[11,12,76,78,80,84,94,96,97,98,154,220,234],[11,12,78,80,94,96,97,98,220],[11,12,80,83,89,94,96,97,98,217,220,234],[11,12,80,94,96,97,98,153,220],[11,12,80,94,96,97,98,154,220],[11,12,80,94,96,97,98,158,220],[11,12,80,94,96,97,98,217,220],[11,12,80,94,96,97,98,220,234]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,112,113,120,123],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,112,113,120,123],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,112,113,115,118,124],[5,6,12,13,65,67,68,69,75,118],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,119],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,114,117],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,116,122,124],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,121],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,112,113,123],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,120],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
