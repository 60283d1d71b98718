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
} from "./chunk-WIDSQAXX.js";
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
} from "./chunk-GRBRWZKJ.js";
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
var DERIVED = `{"prefilter":{"key":"rules 272\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>[\\\\w.:-]{1,255}) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:Connection refused|[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,42,51,53,56,57,151,160,194,206,231,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,430,432,433,434,435,436,437,438,441,442,443,445],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,123,50,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12296,"states":13870,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAABV+QYABgAAABc8AgAHAAAAb94HAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAAC/jAkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADcdQMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAAB/YCAB0AAAAAAAAAHgAAADkODgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAA2ZBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAFDQNACkAAAAAAAAAKgAAAEK8AQArAAAAaOoCACwAAAAxzQEALQAAAHskCwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAABqhg8AMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAACDGwwAPwAAACMmDABAAAAAcSoPAEEAAABPTg0AQgAAAAAAAABDAAAA+U4NAEQAAAAAAAAARQAAANdwDQBGAAAA0nUNAEcAAABxfREASAAAAGKQDQBJAAAAq5wNAEoAAACJvg0ASwAAAN6+DQBMAAAAM78NAE0AAADL0Q0ATgAAAMfVDQBPAAAAmAQOAFAAAABthA4AUQAAAMKEDgBSAAAAaIkOAFMAAADAhQ8AVAAAABWGDwBXAAAAqgAAAFgAAAD4AwQAWgAAAI8RCgBbAAAAuEYBAF4AAAALnwAAYAAAAP+gCgBhAAAAI9QIAGkAAAB9KwIAbAAAAFL/AwByAAAAFz4AAK0AAAD/AAAAtwAAAIwbAwC5AAAAznsLAAIBAACo8g8AWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAA/fIPAP4IAABS8w8ATgkAAC7EDQBUCQAAoQkAAGEJAABIVwsAZQkAAIi/DQBoCQAAOhALAKgJAAD2CQAArgkAADZpCwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAACn8w8ASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAOhgDABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAA96UNAFUOAAC/lAEAVg4AAM8wAABYDgAAqlIDAFsOAAAi2wIAZA4AAG3kAwBnDgAA+KQNAKIOAADxDgAAqw4AAI0UCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAA/PMPAD4YAADpsQ8APxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAABBCAwCUGAAAMc4AAJUYAABcmwgAmRgAACLTCgCaGAAA5xgAAJwYAAARQwEAnRgAAO1fCACfGAAA+FUHAKEYAAA0wAsAoxgAAJ4FBwCoGAAArk8CAKsYAAD2rQYA6BgAADwZAADqGAAALXcGAO0YAAC94QsAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAFH0DwCSHgAA4R4AAJYeAABbQg0Aox4AAK3xCwD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAADUIGAOgfAAA1IAAAOCAAAEFjBgA8IAAAiiAAAEAgAABGCgUAQyAAAEywAwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAApvQPANsmAAA5xQEA3iYAAMEyDADiJgAACjwPAOUmAAAuJwAA5yYAAKX8CABGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAAD79A8A2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAABQ9Q8A2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAACl9Q8A1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AAD69Q8AyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAKT2DwAzPgAAbD4AAHQ+AAD59g8AxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAE73DwAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAACj9w8AvEgAAMQ5AgC9SAAAazoFAL5IAAA4wAcAwkgAAAxJAADDSAAALMkKAMVIAADnEgYAy0gAABBDAgASSQAAyyUPABhJAABhSQAAZ0kAAM+CAwBpSQAA+PcPAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAE34DwD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAAovgPAEthAACeYQAAoWEAAPNhAAD2YQAA9/gPAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAABM+Q8Alm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAKH5DwDkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AAD2+Q8ARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AABL+g8APX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAKD6DwCDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAPX6DwCChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAASvsPAM6HAAA4uQ4A0IcAAJLBAQDThwAAOW8CANSHAACcsQcA1YcAAJ5bBgDWhwAAOMcAANeHAACySwIA2ocAALePDgDchwAAIogAAN6HAAAtdQgA44cAAHOGBgDkhwAAzSUNACyIAABHWgkAMYgAAHeIAACDiAAAzIgAAM2IAAA4xAMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAn/sPAOWOAAD0+w8AKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAghwMAHyPAAAd4QEAf48AADMWDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAADsswoAdZEAAMORAAB9kQAAfIADAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAAEn8DwBxlAAAwJQAAHOUAAC/2REAepQAAAmbBgB8lAAADO0GAH6UAACrUwEAh5QAAJ0ADQDGlAAAFukAANiUAAAVlQAAF5UAAGqVAAAilQAAAKoAAC6VAABkmwAAeZUAAL+VAADOlQAAFJYAACCWAABplgAAbJYAAL6WAADBlgAAE5cAACuXAABolwAAb5cAAL2XAADJlwAAEpgAAB+YAABnmAAAdZgAALyYAADImAAAEZkAABiZAABmmQAAfpkAALuZAADHmQAAEJoAABaaAABlmgAAa5oAALqaAAC/mgAAD5sAABWbAADz/A8AZpsAALmbAADAmwAADpwAACacAABjnAAAapwAALicAADRnAAADZ0AACWdAABinQAAbp0AALedAAC9nQAADJ4AABKeAABhngAAZp4AALaeAAC8ngAASP0PACSfAABgnwAAcZ8AALWfAADDnwAACqAAABmgAABfoAAAZ6AAALSgAADUoAAACaEAABWhAABeoQAAcqEAALOhAAC7oQAACKIAAA6iAABdogAAaaIAALKiAAC8ogAAB6MAAA2jAABcowAAaqMAALGjAAC9owAABqQAACGkAABbpAAAXaQAALCkAADBpAAABaUAAA2lAABapQAAaKUAAK+lAACypQAABKYAAAymAABZpgAAZqYAAK6mAACzpgAAA6cAAA2nAABYpwAAYKcAAK2nAACvpwAAAqgAABOoAABXqAAAaKgAAKyoAACxqAAAAakAAAWpAABWqQAAYqkAAKupAACyqQAAnf0PAAWqAABVqgAAX6oAAKqqAADCqgAA/6oAAAKrAABUqwAAXasAAKmrAACqqwAA/qsAAP+rAABTrAAAWKwAAKisAACurAAA/awAAAetAABSrQAAXq0AAKetAACurQAA/K0AABSuAABRrgAAU64AAKauAACvrgAA+64AAAWvAABQrwAAW68AAKWvAAC9rwAA+q8AABCwAABPsAAAVLAAAKSwAACrsAAA+bAAAAWxAADy/Q8AULEAAD6/AgBTsQAAzYYBAFexAACKbwYAWbEAACAtCABfsQAAo7EAAKWxAAAveQIAsbEAAPixAAAEsgAATbIAAAeyAABOqQgAWrIAAKKyAACssgAA97IAAPiyAAD5oQ8A/7IAAEyzAABTswAAobMAAGezAAD5rwEAprMAAPazAAACtAAAS7QAAE60AACgtAAAqLQAAPW0AAACtQAASrUAAE+1AACftQAAqbUAAPS1AAD8tQAASbYAAEy2AACetgAAp7YAAPO2AAD0tgAASLcAAEm3AACdtwAAorcAAPK3AAD4twAAR7gAAFG4AACcuAAApLgAAPG4AADzuAAARrkAAE+5AACbuQAApbkAAPC5AAD7uQAARboAAFG6AACaugAAp7oAAO+6AAD5ugAARLsAAFK7AACZuwAAqLsAAO67AADwuwAAQ7wAAE28AACYvAAAprwAAO28AADyvAAAQr0AAE+9AACXvQAAn70AAOy9AADtvQAAQb4AAEe+AACWvgAAm74AAOu+AAD1vgAAQL8AAEW/AACVvwAApL8AAOq/AADvvwAAP8AAAFDAAACUwAAAnMAAAOnAAADvwAAAPsEAAErBAACTwQAAsMEAAOjBAADxwQAAPcIAAEnCAACSwgAAlcIAAOfCAADxwgAAPMMAAEjDAACRwwAAmMMAAObDAADuwwAAO8QAAFTEAACQxAAApMQAAOXEAADtxAAAOsUAAD3FAACPxQAAm8UAAOTFAADqxQAAOcYAAFTGAACOxgAAmsYAAOPGAADpxgAAR/4PAELHAACNxwAAmMcAAOLHAADqxwAAe9kAAO7HAAA3yAAARMgAAIzIAACWyAAA4cgAAO/IAAA2yQAARckAAIvJAACNyQAA4MkAAOrJAAA1ygAAQ8oAAIrKAACPygAA38oAAOzKAAA0ywAAPMsAAInLAABEywAA1n0BAIrLAADeywAAjcsAAOhrAQCZywAABqMBAO/LAAAzzAAAPMwAAIjMAACfzAAA3cwAAOvMAAAyzQAAP80AAIfNAACPzQAA3M0AAPvNAACc/g8AOs4AAIbOAACQzgAA284AAObOAADx/g8AMs8AAIXPAACOzwAA2s8AAOTPAAAv0AAAOtAAAITQAACQ0AAA2dAAAObQAAAu0QAAONEAAIPRAACR0QAA2NEAAOfRAAAt0gAAL9IAAILSAACM0gAA19IAAOXSAAAs0wAAMdMAAIHTAACO0wAA1tMAAN7TAAAr1AAAMdQAAIDUAACM1AAA1dQAAPLUAAAq1QAAM9UAAH/VAACN1QAA1NUAANrVAAAp1gAANdYAAH7WAACF1gAARv8PANXWAACCJgIA2dYAACjXAAAt1wAAfdcAADbXAAClqwQAitcAANLXAADp1wAAJ9gAACjYAAB82AAAftgAANHYAADU2AAAJtkAACnZAACb/w8AnNkAANDZAADR2QAAJdoAACfaAAB62gAAfdoAAM/aAADS2gAA8P8PACnbAAB52wAAf9sAAM7bAADV2wAAI9wAAEXcAAB43AAAgNwAAM3cAADc3AAAIt0AACTdAAB33QAAiN0AAMzdAADd3QAAId4AAC3eAAB23gAAfd4AAMveAADT3gAAIN8AACTfAAB13wAAg98AAMrfAADU3wAAH+AAACrgAAB04AAAeeAAAMngAADS4AAAHuEAACjhAABz4QAAe+EAAMjhAADK4QAAHeIAACriAABy4gAAhuIAAMfiAADP4gAAHOMAAB3jAABx4wAAc+MAAMbjAADJ4wAAG+QAAB7kAABFABAAdeQAAMXkAADL5AAAGuUAACHlAABv5QAAd+UAAMTlAADT5QAAGeYAAB7mAABu5gAAe+YAAMPmAADT5gAAGOcAACbnAABt5wAAhOcAAMLnAADL5wAAF+gAAB3oAABs6AAAeOgAAMHoAADI6AAAmgAQABvpAADO2QIAHukAAGvpAAAj6QAAEeUJAHrpAADA6QAA0ekAABXqAAAj6gAAauoAAHbqAAC/6gAAzOoAABTrAAAe6wAAaesAAHHrAAC+6wAAwesAABPsAAAf7AAAaOwAAHXsAAC97AAAx+wAABLtAAAa7QAAZ+0AAGntAAC87QAAxe0AABHuAAAb7gAAZu4AAHHuAAC77gAA0O4AABDvAAAY7wAAZe8AAH7vAAC67wAAw+8AAA/wAAAZ8AAAZPAAAGzwAAC58AAAxvAAAA7xAAAT8QAAY/EAAGvxAAC48QAAufEAAA3yAAAP8gAAYvIAAGXyAAC38gAAuvIAAO8AEAAR8wAAYfMAAGfzAAC28wAAvfMAAAv0AAAT9AAAYPQAAG70AAC19AAAuPQAAAr1AAAS9QAAX/UAAGL1AAC09QAAwPUAAAn2AAAT9gAARAEQAF/2AAAEmQ0AYPYAALP2AABh9gAAujkMAGj2AABXmw0AafYAAO8LBQBt9gAAlhICAG72AABc7QsAgvYAAAj2AQC89gAACPcAABL3AABd9wAAaPcAALL3AAC+9wAAB/gAABT4AABc+AAAZvgAALH4AAC/+AAABvkAABX5AABb+QAAXfkAALD5AAC6+QAABfoAABP6AABa+gAAX/oAAK/6AAC8+gAABPsAABT7AABZ+wAAW/sAAK77AAC8+wAAA/wAABT8AACZARAAX/wAAO4BEAC1/AAAQwIQAAv9AABX/QAAYf0AAKz9AAC3/QAAAf4AAA3+AABW/gAAY/4AAKv+AAC1/gAAAP8AAA7/AABV/wAAZP8AAKr/AACs/wAA//8AAAkAAQBUAAEAYgABAKkAAQCuAAEA/gABAAsBAQBTAQEAWwEBAKgBAQC4AQEA/QEBAP8BAQBSAgEAYAIBAKcCAQC4AgEAmAIQAAMDAQDtAhAAagMBAKYDAQC3AwEA+wMBAAcEAQBQBAEAWAQBAEIDEACqBAEA+gQBAAIFAQBPBQEAUQUBAKQFAQBUBQEAEpEHAF4FAQD+/AQArQUBAPkFAQCzBQEAvDkKAAMGAQBOBgEAWQYBAKMGAQCvBgEA+AYBAAUHAQBNBwEAVwcBAKIHAQCwBwEA9wcBAAYIAQBMCAEATggBAKEIAQCrCAEA9ggBAAIJAQBLCQEAUwkBAJcDEACjCQEA9QkBAAMKAQBKCgEAVwoBAJ8KAQC2CgEA9AoBAPwKAQBJCwEAXwsBAJ4LAQCqCwEA8wsBAAIMAQBIDAEAUwwBAJ0MAQCfDAEA8gwBAP8MAQBHDQEAVQ0BAJwNAQCfDQEA8Q0BAAcOAQBGDgEATg4BAJsOAQCtDgEA7AMQAPgOAQADTgQA/Q4BAIDIDAD/DgEARQ8BAEoPAQCaDwEAoQ8BAO8PAQD7DwEARBABAFEQAQCZEAEAmxABAO4QAQAEEQEAQxEBAE8RAQCYEQEAtxEBAO0RAQAJEgEAQhIBAEoSAQBBBBAAmRIBAOwSAQD1EgEAQRMBAEsTAQCWEwEAoRMBAOsTAQD3EwEAQBQBAE0UAQCVFAEAnxQBAOoUAQD4FAEAPxUBAE4VAQCUFQEAlhUBAOkVAQDzFQEAPhYBAEwWAQCTFgEAmBYBAOgWAQD1FgEAPRcBAE0XAQCSFwEAlBcBAOcXAQD1FwEAPBgBAE0YAQCWBBAAmBgBAOsEEADoGAEAF44FAOsYAQA7GQEA7xgBANDYAQDyGAEAFeMHAPQYAQBMsgEA+hgBAN0dBQBCGQEAZzgLAEgZAQCQGQEApxkBAOUZAQDqGQEAOhoBAD0aAQCPGgEARBoBAAVKBgBWGgEApVQGAJQaAQAATwYAmxoBAOQaAQDqGgEALScBAPMaAQA5GwEAQhsBAI4bAQCUGwEA4xsBAPEbAQA4HAEAQhwBAI0cAQChHAEA4hwBAO4cAQA3HQEASh0BAIwdAQCbHQEA4R0BAO0dAQA2HgEANx4BAIseAQCVHgEA4B4BAO4eAQA1HwEAOh8BAIofAQCXHwEAlQUQAPIfAQA0IAEAQyABAIkgAQCVIAEA3iABAN8gAQAzIQEAPSEBAIghAQCWIQEA3SEBAOIhAQAyIgEAPyIBAJQGEACJIgEA3CIBAOUiAQAxIwEAOyMBAIYjAQCRIwEA2yMBAOcjAQAwJAEAPSQBAIUkAQCPJAEA2iQBAOgkAQAvJQEAPiUBAIQlAQCGJQEA2SUBAOMlAQAuJgEAPCYBAIMmAQCQJgEA2CYBAO8mAQDpBhAASCcBAIInAQCOJwEA1ycBAN0nAQAsKAEAOCgBAIEoAQCHKAEA1igBANwoAQArKQEAMCkBAIApAQCGKQEAPgcQAN4pAQAqKgEANCoBAH8qAQCKKgEA1CoBAOAqAQApKwEANisBAH4rAQCIKwEA0ysBAOErAQAoLAEANywBAH0sAQB/LAEA0iwBANwsAQAnLQEANS0BAHwtAQCBLQEA0S0BAN4tAQAmLgEALi4BAHsuAQCLLgEA0C4BANIuAQAlLwEAMy8BAHovAQCLLwEAPQgQANYvAQCSCBAAKjABAHkwAQCFMAEAzjABAN4wAQAjMQEALDEBAHgxAQB7MQEAzTEBANkxAQAiMgEAKTIBAHcyAQB/MgEAzDIBAOoyAQAhMwEAKTMBAHYzAQCHMwEAyzMBANAzAQAgNAEANzQBAHU0AQCDNAEAyjQBANc0AQAfNQEAJzUBAHQ1AQB4NQEAyTUBAMs1AQAeNgEAITYBAHM2AQB7NgEAyDYBAM42AQAdNwEAKTcBAHI3AQCCNwEAxzcBANA3AQAcOAEAHzgBAHE4AQB9OAEAxjgBAM04AQDnCBAAJDkBAHA5AQBzOQEAxTkBANM5AQAaOgEAJzoBAG86AQCGOgEAxDoBAMw6AQAZOwEAGzsBAG47AQB3OwEAwzsBAM07AQAYPAEAIzwBAG08AQB5PAEAwjwBAM88AQAXPQEAIT0BAGw9AQB6PQEAwT0BANA9AQAWPgEAGD4BAGs+AQB1PgEAwD4BAM4+AQAVPwEAGj8BAGo/AQB3PwEAvz8BAMc/AQAUQAEAKkABAGlAAQB1QAEAvkABAM1AAQATQQEAHkEBAGhBAQBqQQEAvUEBAMpBAQASQgEAIEIBAGdCAQBqQgEAvEIBANJCAQA8CRAAGUMBADYdAgAfQwEAxowCAClDAQBmQwEAaEMBALtDAQDMQwEAEEQBACFEAQBlRAEAakQBALpEAQC+RAEAD0UBABtFAQBkRQEAa0UBALlFAQDBRQEADkYBACxGAQBjRgEAa0YBAJEJEAC9RgEADUcBAA5HAQDtrw0AHEcBAEVZDAAmRwEAYkcBAGRHAQC3RwEA0EcBAAxIAQAdSAEAYUgBAG1IAQC2SAEAuEgBAAtJAQAUSQEAYEkBABpJAQAFTwEAakkBALVJAQDASQEACkoBABZKAQBfSgEAbEoBALRKAQC+SgEACUsBABdLAQBeSwEAbUsBALNLAQC1SwEACEwBABJMAQBdTAEAa0wBALJMAQC3TAEAB00BABRNAQBcTQEAaE0BALFNAQC3TQEABk4BAAxOAQBbTgEAYE4BALBOAQC2TgEA5gkQABRPAQBaTwEAZk8BAK9PAQCyTwEABFABAAdQAQBZUAEAYFABAK5QAQC6UAEAA1EBABBRAQBYUQEAZlEBAK1RAQC5UQEAAlIBAAlSAQA7ChAAXVIBAKxSAQCyUgEAAVMBAAZTAQBWUwEAXFMBAJAKEACsUwEA9wYCALVTAQDI1gsAt1MBAA/hDwC5UwEAQlwMALpTAQAAVAEADFQBAFVUAQBWVAEAqlQBAGFUAQDdawwAtFQBAP9UAQANVQEAVFUBAFlVAQCpVQEAtlUBAOUKEAAAVgEAzyQMAAxWAQAxGAwAIVYBADoLEAB5VgEAqFYBAM9WAQD9VgEAIVcBAFJXAQBaVwEAjwsQALNXAQD8VwEA/lcBAFFYAQBUWAEAplgBAKtYAQD7WAEACFkBAFBZAQBsWQEApVkBAK1ZAQDkCxAAA1oBAE9aAQAHWgEARWQBAFJaAQCkWgEAsFoBAPlaAQD/WgEATlsBAFtbAQCjWwEApVsBAPhbAQAOXAEATVwBAFlcAQCiXAEAqlwBADkMEAD9XAEATF0BAFRdAQChXQEAol0BAPZdAQD4XQEAS14BAE5eAQCgXgEAo14BAI4MEAD6XgEASl8BAFBfAQCfXwEApl8BAPRfAQD8XwEASWABAFZgAQCeYAEAo2ABAPNgAQD9YAEASGEBAFBhAQCdYQEAn2EBAPJhAQADYgEAR2IBAFhiAQCcYgEAoWIBAPFiAQD1YgEARmMBAFJjAQCbYwEAomMBAPBjAQACZAEA4wwQAEpkAQCaZAEAomQBAO9kAQDxZAEARGUBAFNlAQCZZQEAqGUBAO5lAQD6ZQEAQ2YBAEZmAQCYZgEAm2YBAO1mAQD1ZgEAQmcBAExnAQCXZwEAnGcBAOxnAQD0ZwEAQWgBAEtoAQCWaAEAoWgBAOtoAQD5aAEAQGkBAENpAQCVaQEAnWkBAOppAQAFagEAP2oBAEpqAQCUagEAmWoBAOlqAQDsagEAPmsBAEhrAQCTawEApWsBADgNEAD2awEAPWwBAEdsAQCSbAEAnWwBAOdsAQDvbAEAPG0BAEJtAQCRbQEAk20BAOZtAQD/bQEAO24BAFRuAQCQbgEAnm4BAOVuAQDvbgEAOm8BAFBvAQCPbwEArG8BAORvAQDsbwEAOXABAElwAQCOcAEAkHABAONwAQDxcAEAOHEBAElxAQCNDRAAlHEBAOINEADjcQEAN3IBAEhyAQCMcgEAmHIBAOFyAQDjcgEANnMBADlzAQCLcwEAl3MBAOBzAQDocwEAjA4QAEB0AQCKdAEAlnQBAN90AQDudAEANHUBAFR1AQCJdQEAkXUBAN51AQDydQEAM3YBADh2AQCIdgEAkXYBAN12AQDjdgEAMncBADp3AQCHdwEAlncBANx3AQDhdwEAMXgBAD54AQCGeAEAk3gBANt4AQDneAEAMHkBAD95AQCFeQEAj3kBANp5AQDoeQEAL3oBADR6AQCEegEAkXoBANl6AQDhegEALnsBADF7AQCDewEAj3sBANh7AQDiewEALXwBADd8AQCCfAEAkHwBANd8AQDkfAEALH0BAEN9AQCBfQEAhH0BAOEOEADYfQEAK34BADl+AQCAfgEAkX4BADYPEADcfgEAiw8QAEl/AQB/fwEAj38BANR/AQDWfwEAKYABADeAAQB+gAEAj4ABAOAPEADagAEANRAQAC2BAQB9gQEAhYEBANKBAQDUgQEAJ4IBADCCAQB8ggEAhoIBANGCAQDcggEAJoMBADKDAQB7gwEAiIMBANCDAQDagwEAJYQBADOEAQB6hAEAiYQBAM+EAQDRhAEAJIUBAC6FAQB5hQEAhYUBAM6FAQDWhQEA3xAQACiGAQB4hgEAgIYBADQREADUhgEAIocBANaGAQCA0QMA2oYBAKKwAgDehgEACj4NAOOGAQB/1AEALocBAHeHAQCThwEApaEOAJ+HAQDMhwEA8ocBACGIAQBKiAEAdogBAJyIAQDLiAEA8YgBACCJAQAoiQEAdYkBAJ+JAQDKiQEA44kBAB+KAQAhigEAdIoBAHuKAQDJigEA0YoBAB6LAQAtiwEAc4sBAHmLAQDIiwEA1IsBAB2MAQAkjAEAcowBAH6MAQDHjAEA1IwBAByNAQAmjQEAcY0BAH+NAQDGjQEAyI0BABuOAQAsjgEAcI4BAHOOAQDFjgEA8I4BAIkREAAdjwEAzdkDACSPAQCq+gUAJ48BAG+PAQAqjwEArJwMACuPAQBjmgIAMI8BAB00BAB2jwEAnWACAHmPAQD4WQMAfo8BAMl9DgCKjwEAxI8BAMaPAQAZkAEAKpABAG6QAQB8kAEAw5ABAMqQAQAYkQEAGpEBAG2RAQAdkQEAKn4CACCRAQBRrQEAfJEBAMKRAQDRkQEAF5IBACOSAQBskgEAb5IBAMGSAQDEkgEAFpMBADaTAQBrkwEAd5MBAMCTAQDUkwEAFZQBACOUAQBqlAEAcZQBAN4READWlAEAFJUBABaVAQCn9wsAF5UBAKj2CwAhlQEAaZUBAGuVAQC+lQEAyJUBABOWAQDPlQEATvsLAByWAQBolgEAbpYBAL2WAQDJlgEAEpcBABmXAQBnlwEAbJcBALyXAQDIlwEAEZgBABSYAQBmmAEAc5gBALuYAQDAmAEAEJkBABqZAQBlmQEAe5kBALqZAQC8mQEAD5oBABmaAQBkmgEAc5oBALmaAQDEmgEAMxIQABqbAQBjmwEAcJsBALibAQDGmwEADZwBABmcAQBinAEAaZwBAIgSEAC8nAEADJ0BAMOcAQCvQQ8AxZwBAG05BAAOnQEAWqIDABGdAQBq4AoAG50BAHItCwAjnQEAYZ0BAG+dAQC2nQEAw50BAAueAQATngEAYJ4BAGqeAQBsjAcAcJ4BALWeAQC3ngEACp8BABifAQBfnwEAcJ8BAN0SEAC7nwEAMhMQAA6gAQBeoAEAZKABALOgAQC7oAEACKEBABGhAQBdoQEAYKEBALKhAQC+oQEAB6IBAA2iAQBcogEAZKIBALGiAQDQogEA3BMQAAijAQBbowEAaaMBALCjAQDBowEAMRQQAAykAQCGFBAAX6QBAK+kAQC1pAEABKUBAAylAQBZpQEAYqUBAK6lAQCxpQEAA6YBAA+mAQBYpgEAXqYBADAVEACvpgEAAqcBAAunAQBXpwEAYacBAKynAQC3pwEAAagBAA2oAQBWqAEAY6gBAKuoAQC1qAEAAKkBAA6pAQBVqQEAZKkBAKqpAQCsqQEA/6kBAAmqAQBUqgEAYqoBAKmqAQCuqgEA/qoBAAurAQBTqwEAW6sBAKirAQC4qwEA/asBAP+rAQBSrAEAYKwBAKesAQC4rAEAhRUQAAOtAQDaFRAAWq0BAKatAQCprQEA+60BAAeuAQBQrgEAVq4BAKWuAQCyrgEA+q4BAPyuAQBPrwEAZa8BAKSvAQCwrwEALxYQAAWwAQBOsAEAVLABAKOwAQCmsAEA+LABAAaxAQBNsQEAUrEBAKKxAQCvsQEA97EBAP+xAQCEFhAAWbIBAKGyAQCvsgEA9rIBAAyzAQBLswEAVLMBAKCzAQC2swEA9bMBAP2zAQBKtAEATbQBAJ+0AQCotAEA9LQBAPW0AQBJtQEASrUBAJ61AQCjtQEA87UBAPm1AQBItgEAUrYBAJ22AQCptgEA8rYBAPm2AQBHtwEAT7cBAJy3AQCetwEA8bcBAPK3AQBGuAEAVLgBAJu4AQCjuAEA8LgBAAu5AQBFuQEAUbkBAJq5AQCguQEA77kBAPK5AQBEugEAUroBAJm6AQCeugEA7roBAPu6AQBDuwEAS7sBAJi7AQCmuwEA7bsBAPC7AQDZFhAARbwBAJe8AQBGvAEA67UJAE68AQCmpQkAULwBAK5DDgBVvAEAgm8OAJq8AQDsvAEA/bwBAEG9AQBdvQEAlr0BAJ69AQAuFxAA/L0BAEC+AQBIvgEAlb4BAJu+AQDqvgEA774BAD+/AQBIvwEAlL8BAJ6/AQDpvwEA978BAD7AAQBLwAEAk8ABAJ/AAQDowAEA68ABAD3BAQBZwQEAgxcQAJXBAQDnwQEApsEBAIocBADzwQEAPMIBAELCAQCRwgEAm8IBANgXEADrwgEAO8MBAEjDAQCQwwEAmMMBAHsfEACcwwEA5cMBAKDDAQCJygEArMMBAEgADQDrwwEAOsQBAEDEAQCPxAEAlMQBAOTEAQDqxAEALRgQAEPFAQCm+AsAR8UBAI7FAQCfxQEAghgQAOrFAQDXGBAAQMYBACwZEACbxgEA4sYBAOnGAQA3xwEAP8cBAIzHAQCZxwEA4ccBAObHAQA2yAEAQMgBAIvIAQCTyAEA4MgBAObIAQA1yQEAN8kBAIrJAQCYyQEA38kBAOLJAQA0ygEAQMoBAIEZEACLygEA3soBAOzKAQAzywEARMsBANYZEACPywEAKxoQAOPLAQAyzAEAOMwBAIfMAQCMzAEA3MwBAOLMAQCAGhAAM80BAIbNAQA6zQEA3hMOAD3NAQA5wQUAoc0BANvNAQDdzQEAMM4BAErOAQCFzgEAks4BAOe5CQCWzgEA2s4BANzOAQAvzwEAPM8BAITPAQCbzwEA2c8BAPPPAQAu0AEAMNABAIPQAQA00AEAjRANAIbQAQDY0AEA29ABAC3RAQA50QEAgtEBAIjRAQDX0QEA4dEBANUaEAAx0gEAgdIBAI7SAQDW0gEA4tIBACvTAQAx0wEAgNMBAIbTAQDV0wEA2tMBACrUAQAw1AEAKhsQAIDUAQDU1AEAldQBABHqBADW1AEAKdUBAOLUAQAY5QIAL9UBAH7VAQCM1QEA09UBANbVAQAo1gEALdYBAH3WAQCK1gEA0tYBAOLWAQAn1wEAKdcBAHzXAQCK1wEA0dcBAOLXAQB/GxAALNgBAHvYAQCH2AEA1BsQAOHYAQAl2QEAL9kBAHrZAQCI2QEAz9kBANDZAQAk2gEANdoBAHnaAQCF2gEAztoBAN7aAQAj2wEAJdsBAHjbAQCG2wEAzdsBAN7bAQApHBAAKNwBAHfcAQCD3AEAfhwQANLcAQAh3QEAJ90BAHbdAQB73QEAy90BANHdAQAoHRAAKN4BAHXeAQB/3gEAPGAOAI7eAQDK3gEA094BAB/fAQAp3wEAdN8BAHzfAQDJ3wEAzd8BAB7gAQAg4AEAc+ABAHbgAQDI4AEA5OABAH0dEAAw4QEAcuEBAHPhAQDH4QEA0+EBABziAQAr4gEAceIBAHviAQDG4gEA0uIBABvjAQAi4wEA0h0QAHbjAQAOkAwAg+MBAMXjAQDU4wEAGuQBACbkAQBv5AEAcOQBAMTkAQDO5AEAGeUBACflAQBu5QEAc+UBAMPlAQDQ5QEAfB4QACDmAQBt5gEAeeYBAMLmAQDV5gEAF+cBABjnAQBs5wEAeOcBAMHnAQDQ5wEAFugBACDoAQBr6AEAd+gBAMDoAQDH6AEA0R4QACbpAQBq6QEAdukBAL/pAQDP6QEAFOoBAB7qAQBp6gEAceoBAL7qAQDm6gEAE+sBAOzqAQC57wEAO+sBAGjrAQBw6wEAvesBAMPrAQAS7AEAIOwBAGfsAQB+7AEAvOwBAMfsAQAR7QEAG+0BAGbtAQCT7QEAu+0BAMPtAQAQ7gEAIO4BAGXuAQBn7gEAuu4BAMjuAQAP7wEAIO8BANAfEABr7wEAJSAQAOHvAQAO8AEAFvABAGPwAQBp8AEAuPABAMbwAQAN8QEAJPEBAGLxAQBt8QEAt/EBAMHxAQAM8gEAOfIBAGHyAQBp8gEAtvIBAMbyAQAL8wEADfMBAGDzAQBu8wEAtfMBAMbzAQB6IBAAEfQBAM8gEABh9AEAtPQBAML0AQAJ9QEAGvUBACQhEABl9QEAeSEQALv1AQDOIRAAEPYBACMiEABf9gEAsvYBAMD2AQAH9wEAGPcBAHgiEABi9wEAsfcBAL33AQDNIhAAD/gBAFv4AQBo+AEAsPgBAL74AQAF+QEAD/kBAFr5AQB0+QEAr/kBALL5AQAE+gEAC/oBAFn6AQB5+gEArvoBAMj6AQAiIxAAEPsBAFj7AQAU+wEAAFMCABn7AQCoqgIAZvsBAK37AQC3+wEAAvwBABz8AQBX/AEAZ/wBAKz8AQCy/AEAAf0BAAP9AQBW/QEAbP0BAKv9AQC3/QEAAP4BAAT+AQBV/gEAWv4BAKr+AQCw/gEA//4BAB//AQBU/wEAbv8BAKn/AQCr/wEA/v8BAAEAAgBTAAIAVgACAKgAAgC0AAIA/QACAAMBAgBSAQIAXAECAHcjEACsAQIA/AECAAkCAgBRAgIAXQICAKYCAgC5AgIA+wICAAoDAgBQAwIAXAMCAKUDAgCmAwIA+gMCAAQEAgBPBAIAXQQCAKQEAgCpBAIA+QQCAAYFAgDMIxAATwUCACh3CwBQBQIAaDYMAFEFAgBUpAcAUwUCAF2UDgBUBQIA2HMJAFUFAgAiJwwAWAUCAKhKDQBZBQIAHSwMAFoFAgDdFwsAWwUCAHjRCwBcBQIAqKELAF0FAgDKhQUAXgUCAKMFAgBmBQIA12wRAGgFAgAI6g0AagUCACIkDwBxBQIA/5kRAHYFAgD89Q0AkAUCAKRODQCVBQIAEYgRAKUFAgD4BQIAtAUCADq4DQAGBgIATQYCAF4GAgAhJBAAqQYCAHYkEAADBwIATAcCAFsHAgChBwIAqwcCAPYHAgACCAIASwgCABkIAgD1pw0AUggCACAlEACiCAIA9QgCAAYJAgBKCQIAUwkCAJ8JAgCrCQIA9AkCAPcJAgBJCgIAUQoCAJ4KAgCoCgIA8woCAPgKAgBICwIAUAsCAJ0LAgC2CwIA8gsCAP4LAgBHDAIATwwCAMolEACkDAIAHyYQAPQMAgBGDQIASQ0CAJsNAgCnDQIA8A0CAPYNAgBFDgIATw4CAHQmEACfDgIA7w4CAPwOAgBEDwIATA8CAMkmEACfDwIA7g8CAPQPAgBDEAIASBACAJgQAgCeEAIAHicQAPUQAgBzJxAARBECANvECgBHEQIAlxECAE4RAgB4fQoAoRECAOwRAgCmEQIA6WMIAPQRAgAHlwwACBICAEESAgBJEgIAyCcQAJsSAgDrEgIAARMCAEATAgBBEwIAlRMCAJcTAgDqEwIA8BMCAD8UAgBLFAIAlBQCAJsUAgDpFAIA8RQCAD4VAgBHFQIAkxUCAJYVAgDoFQIA9hUCAD0WAgBKFgIAkhYCAKkWAgDnFgIA7xYCADwXAgBIFwIAOxgCAGQXAgCRFwIAuRcCAOYXAgAKGAIAHSgQAFgYAgCQGAIAmRgCAI8ZAgChGAIA5RgCABUZAgA6GQIAXhkCAHIoEACRGQIA5BkCAPUZAgA5GgIAaRoCAI4aAgCyGgIAxygQAOkaAgAYjAYA7BoCADgbAgDvGgIAR6oOAEIbAgCNGwIARRsCABCUBgBGGwIAkGEOAJUbAgDiGwIA5hsCADccAgA5HAIAjBwCAI8cAgDhHAIA/RwCABwpEAA7HQIAkQ0MAEAdAgDHgQwAQh0CAIsdAgBGHQIA5g4LAKgdAgDgHQIA6R0CADUeAgA3HgIAih4CAJseAgBxKRAA5B4CADQfAgA9HwIAiR8CAJofAgDeHwIA5R8CADMgAgA7IAIAiCACAE0gAgBnQQIAlSACADIhAgCXIAIAhiICAKEgAgDdIAIA6SACAMYpEAA3IQIAhyECAJEhAgDcIQIA5CECABsqEAA9IgIAcCoQAIsiAgDbIgIA6CICADAjAgA6IwIAhSMCAIcjAgDaIwIA6CMCAC8kAgA8JAIAxSoQAIkkAgDZJAIA5iQCAC4lAgA4JQIAgyUCAIUlAgDYJQIA5iUCAC0mAgA6JgIAGisQAIUmAgBgPA4AiCYCABaGDgCPJgIA1yYCAOEmAgBvKxAANCcCAIEnAgCDJwIAG4EOAI4nAgA4bQUAmCcCANYnAgCaJwIAyYgDANsnAgArKAIANSgCAIAoAgCIKAIAxCsQAN8oAgAqKQIANikCAH8pAgCCKQIA1CkCAN4pAgApKgIAQyoCAH4qAgCVKgIA0yoCANgqAgAoKwIARCsCABksEACHKwIA0isCAI4rAgCNFQgA3isCACcsAgAqLAIAfCwCAIYsAgDRLAIA6ywCACYtAgAsLQIAey0CAH0tAgDQLQIA3i0CACUuAgAoLgIAei4CAIYuAgDPLgIA0i4CACQvAgBHLwIAbiwQAHsvAgDOLwIA3C8CACMwAgAmMAIAeDACAIQwAgDNMAIA0DACAMMsEAAtMQIAdzECAH0xAgDMMQIA0TECACEyAgAlMgIAdjICAHkyAgAYLRAAzDICAMkpDQDOMgIA3hIPANEyAgAgMwIA1DICAJALDwDVMgIAxjcCANcyAgBO+A4A2TICAKvwDgDaMgIA8v4OANsyAgAqHA8A4jICAOcMDADlMgIAs+kNACwzAgB1MwIAoTMCAMozAgDWMwIAHzQCAC40AgB0NAIAfjQCAMk0AgDMNAIAHjUCADg1AgBzNQIAfTUCAMg1AgDNNQIAHTYCACc2AgByNgIAfTYCAMc2AgDNNgIAHDcCACE3AgBxNwIAdTcCAG0tEADLNwIAGzgCANQ3AgDrBQ8AJTgCAHA4AgB7OAIAxTgCAMs4AgAaOQIAHzkCAG85AgBzOQIAwi0QAMk5AgAxzAIAyzkCAKKlDQDMOQIAaokMAM45AgAodA4A3jkCABk6AgAjOgIAbjoCAHk6AgDDOgIAyToCABg7AgAdOwIAbTsCAHE7AgDCOwIA5TsCABcuEAAZPAIAbDwCABo8AgAI7AsAHDwCALRCCQAgPAIAspcLACM8AgBjRQIAJTwCABeFDgB5PAIA5mwCAHo8AgDBPAIAxDwCABY9AgAiPQIAaz0CAIM9AgDAPQIAzD0CABU+AgAbPgIAaj4CAHA+AgC/PgIAxD4CABQ/AgAaPwIAbC4QAHM/AgC+PwIAyT8CABNAAgAZQAIAaEACAG1AAgC9QAIAwUACABJBAgAVQQIAwS4QAHFBAgC8QQIAx0ECABFCAgAXQgIAZkICAGtCAgC7QgIAv0ICABYvEAARQwIAZUMCAHFDAgC6QwIAxkMCAA9EAgAVRAIAZEQCAGpEAgC5RAIAvkQCAA5FAgAURQIAay8QAGVFAgCtogUAakUCAEiyBQByRQIAz4MCAHNFAgC4RQIAxEUCAA1GAgATRgIAYkYCAG5GAgC3RgIAxEYCAAxHAgAbRwIAYUcCAG1HAgC2RwIAwkcCAAtIAgARSAIAYEgCAGZIAgC1SAIAukgCAApJAgAQSQIAwC8QAGlJAgBojwgAdUkCALRJAgB4SQIAJnsJAMBJAgAJSgIAEUoCAD4GEQAVSgIAXkoCAGRKAgCzSgIAuUoCAAhLAgANSwIAXUsCAGNLAgAVMBAAuksCAINrEQC8SwIAB0wCAA1MAgBcTAIAE0wCACwmAwBqTAIAsUwCAMpMAgAGTQIAD00CAFtNAgBlTQIAsE0CALxNAgAFTgIAEU4CAFpOAgBgTgIAr04CALVOAgAETwIACU8CAFlPAgBfTwIAajAQALpPAgADUAIADVACAFhQAgBjUAIArVACALJQAgACUQIACVECAFdRAgBjUQIArFECALJRAgABUgIAB1ICAFZSAgBbUgIAq1ICALFSAgC/MBAAEVMCAFVTAgBWUwIAqlMCAFtTAgClWAIAr1MCAP9TAgANVAIAVFQCAGFUAgCpVAIAs1QCAP5UAgAKVQIAU1UCAFlVAgCoVQIAtFUCAP1VAgAQVgIAUlYCAGFWAgCnVgIAs1YCAPxWAgD9VgIAUVcCAFtXAgCmVwIAtFcCAPtXAgAAWAIAUFgCAF1YAgAUMRAAsVgCAPpYAgAKWQIAT1kCAFtZAgCkWQIAqlkCAPlZAgAFWgIATloCAFtaAgCjWgIAsloCAPhaAgAEWwIATVsCAFlbAgCiWwIAtVsCAPdbAgAGXAIATFwCAFhcAgChXAIAolwCAPZcAgAAXQIAS10CAFldAgCgXQIApV0CAPVdAgACXgIAaTEQAExeAgDxsgYAVl4CAJ9eAgBXXgIAg3IKAFheAgCh/QsAs14CAPReAgAAXwIASV8CAE9fAgCeXwIApF8CAPNfAgD4XwIASGACAE5gAgC+MRAAqWACAPJgAgD/YAIAH94CAAVhAgBHYQIATGECAOByAgBPYQIAhyADAFNhAgCcYQIAomECAPFhAgD3YQIARmICAEtiAgCbYgIAoWICABMyEAD8YgIARWMCAEtjAgCaYwIAn2MCAO9jAgD2YwIARGQCAFJkAgCZZAIAtGQCAO5kAgD8ZAIAQ2UCAEZlAgCYZQIApmUCAO1lAgDyZQIAQmYCAE9mAgCXZgIAo2YCAOxmAgDyZgIAQWcCAEdnAgCWZwIAm2cCAOtnAgDxZwIAaDIQAEVoAgCVaAIAnmgCAOpoAgD3aAIAP2kCAEZpAgCUaQIApWkCAOlpAgDuaQIAPmoCAE1qAgCTagIAlWoCAOhqAgD5agIAPWsCAElrAgCSawIAmGsCAOdrAgDtawIAPGwCAEFsAgCRbAIAl2wCAL0yEAD9bAIAO20CAEdtAgCQbQIAnG0CAOVtAgDrbQIAOm4CAEBuAgCPbgIAlG4CAORuAgDqbgIAEjMQAD9vAgCxoQIAUG8CAI5vAgCXbwIA428CAPlvAgA4cAIARHACAI1wAgCacAIA4nACAOxwAgA3cQIAQ3ECAIxxAgCScQIA4XECAOdxAgA2cgIAO3ICAItyAgCRcgIAZzMQAOlyAgA1cwIAP3MCAIpzAgCPcwIA33MCAO9zAgA0dAIATXQCAIl0AgCOdAIA3nQCAOd0AgAzdQIAQHUCAIh1AgCPdQIA3XUCAOB1AgAydgIAPnYCAId2AgCadgIA3HYCAOt2AgAxdwIAPXcCAIZ3AgCHdwIA23cCAOV3AgAweAIAPngCAIV4AgCKeAIA2ngCAOd4AgC8MxAAMnkCAIR5AgCHeQIA2XkCAOZ5AgDkugsA6HkCAC56AgAwegIAg3oCAIZ6AgDYegIA4noCAC17AgA5ewIAgnsCAJV7AgDXewIA5nsCACx8AgA4fAIAgXwCAIJ8AgDWfAIA4HwCACt9AgA5fQIAgH0CAIV9AgDVfQIA4n0CABE0EAArfgIAf34CAIt+AgDUfgIA2n4CACl/AgArfwIAfn8CAIh/AgDTfwIA4X8CACiAAgAtgAIAfYACAIqAAgDSgAIA3oACACeBAgA6gQIAfIECAIuBAgDRgQIA3YECACaCAgAnggIAe4ICAIWCAgDQggIA3oICACWDAgAqgwIAeoMCAIeDAgBmNBAA2IMCACSEAgDbgwIADZEMACqEAgB5hAIAfIQCAM6EAgDchAIAI4UCACiFAgB4hQIAhYUCAM2FAgDZhQIAIoYCACiGAgB3hgIAfYYCAMyGAgDRhgIAIYcCACeHAgC7NBAAeIcCAMuHAgB9hwIAMG0NANqHAgAgiAIAQIgCAHWIAgB6iAIAyogCAOWIAgAfiQIAK4kCAHSJAgB6iQIAyYkCANmJAgAeigIAL4oCAHOKAgB4igIAyIoCAMyKAgAdiwIAKYsCAHKLAgB4iwIAx4sCAM2LAgAcjAIAIYwCAHGMAgB3jAIAEDUQANWMAgATiQ4A3IwCABuNAgAcjQIAcI0CAIGNAgDFjQIA0Y0CABqOAgAwjgIAb44CAHuOAgDEjgIA0Y4CABmPAgAjjwIAbo8CAHqPAgDDjwIAyo8CABiQAgAkkAIAbZACAHOQAgDCkAIAyJACABeRAgAckQIAbJECAHKRAgBlNRAAw5ECAJawDgDKkQIAFpICABeSAgBrkgIAbJICAMCSAgDFkgIAFZMCABuTAgBqkwIAdJMCAL+TAgDLkwIAFJQCABuUAgBplAIAbpQCAL6UAgC/lAIAE5UCAB+VAgBolQIAbpUCAL2VAgC/lQIAEpYCAByWAgBnlgIAdZYCALyWAgDBlgIAEZcCAB6XAgBmlwIAcpcCALuXAgDOlwIAEJgCAB+YAgBlmAIAcZgCALqYAgC7mAIAD5kCABmZAgBkmQIAcpkCALmZAgC+mQIADpoCABuaAgC6NRAAdJoCALiaAgDEmgIADZsCACSbAgBimwIAZJsCALebAgDImwIADJwCAA6cAgBhnAIAZ5wCALacAgDNnAIAC50CABSdAgBgnQIAdp0CALWdAgDBnQIACp4CABeeAgBfngIAaZ4CALSeAgDAngIACZ8CAByfAgBenwIAbZ8CALOfAgC/nwIACKACAAmgAgBdoAIAZ6ACALKgAgDAoAIAB6ECAAyhAgBcoQIAaaECAA82EACzoQIABqICABqiAgBbogIAaaICALCiAgC9ogIABaMCAAyjAgBaowIAZqMCAK+jAgDCowIABKQCAAmkAgBZpAIAYqQCAK6kAgC4pAIAA6UCAAilAgBYpQIAaKUCAK2lAgDGpQIAAqYCAAemAgBXpgIAYKYCAKymAgC5pgIAAacCAAinAgBWpwIAWacCAKunAgC3pwIAAKgCABOoAgBVqAIAZKgCAKqoAgC2qAIA/6gCAACpAgBUqQIAXqkCAKmpAgC3qQIA/qkCAAOqAgBTqgIAYKoCAGQ2EADBqgIA/aoCAAmrAgBSqwIAWKsCAKerAgC3qwIA/KsCAAGsAgBRrAIAV6wCAKasAgC8rAIA+6wCAP2sAgBQrQIAWq0CAKWtAgCxrQIA+q0CAA2uAgBPrgIAXq4CAKSuAgCwrgIA+a4CAPquAgBOrwIAWK8CAKOvAgCxrwIA+K8CAP2vAgBNsAIAWrACALk2EAClsAIATFENAKywAgDL0A4ArrACAMjYCQCvsAIAQroDALGwAgD3sAIAALECAEyxAgBSsQIAobECAKexAgD2sQIAArICAEuyAgBYsgIAoLICAKqyAgD1sgIAC7MCAEqzAgBPswIAn7MCAKazAgD0swIAArQCAEm0AgBZtAIAnrQCAKy0AgDztAIAArUCAEi1AgBKtQIAnbUCAKe1AgDytQIAALYCAEe2AgBMtgIAnLYCAKm2AgDxtgIA/bYCAEa3AgBZtwIAm7cCAKq3AgDwtwIA/LcCAEW4AgBGuAIAmrgCAKS4AgDvuAIA/bgCAES5AgBJuQIAmbkCAKa5AgAONxAA8LkCAEO6AgD6uQIAe9AJAFS6AgCYugIAoboCAO26AgD5ugIAQrsCAEq7AgA6XxEATrsCAJe7AgCduwIA7LsCAPK7AgBBvAIARrwCAJa8AgCcvAIAYzcQAPe8AgBAvQIAUL0CAJW9AgCjvQIA6r0CAPe9AgA/vgIAS74CAJS+AgCbvgIA6b4CAPG+AgC4NxAAR78CAP1IDwBLvwIAKNUCAE+/AgCTvwIApL8CAOi/AgDwvwIAPcACAPS/AgBz1QwAR8ACAJLAAgCXwAIA58ACAO/AAgA8wQIAPsECAJHBAgBFwQIANscCAJnBAgDmwQIA/MECADvCAgBHwgIAkMICAKbCAgDlwgIA/sICADrDAgBGwwIAj8MCAJXDAgDkwwIA7MMCADnEAgBJxAIAjsQCAJfEAgDjxAIA8MQCADjFAgBHxQIAjcUCAJfFAgDixQIA8MUCADfGAgA8xgIAjMYCAJnGAgDhxgIA6cYCAA04EABDxwIAi8cCAJLHAgDgxwIA7McCADXIAgBFyAIAisgCAJjIAgDfyAIA7MgCADTJAgBAyQIAickCAJDJAgDeyQIA5skCAGI4EAA/ygIAiMoCAJLKAgDdygIA6MoCADLLAgA3ywIAh8sCAI7LAgDcywIA5MsCALc4EAA5zAIAhswCAJbMAgDbzAIA58wCADDNAgA0zQIAhc0CAI3NAgDazQIA3M0CAC/OAgA1zgIAhM4CAJvOAgDZzgIA4s4CAC7PAgBEzwIAg88CAI/PAgDYzwIA5c8CAC3QAgA30AIAgtACAIXQAgDX0AIA39ACACzRAgA20QIAgdECAIbRAgDW0QIA3tECACvSAgA70gIAgNICAInSAgDV0gIA4tICACrTAgA50wIAf9MCAInTAgDU0wIA4tMCACnUAgAu1AIAftQCAIvUAgDT1AIA29QCAAw5EAA11QIAfdUCAEfVAgDadgQAgtUCANLVAgDc1QIAJ9YCAC/WAgB81gIAPtYCAF7oDgCC1gIA0dYCAIrWAgC84QwAi9YCAN3ECACM1gIAxuECAI3WAgAEmwsA3dYCACbXAgAo1wIAOboMAC3XAgB71wIAh9cCANDXAgDf1wIAJdgCADbYAgB62AIAfNgCAM/YAgDV2AIAJNkCADDZAgB52QIAgdkCAGE5EADU2QIAtjkQAC/aAgALOhAAe9oCALU6EADQ2gIACjsQANLaAgCfsQQAJdsCAAXvCwAv2wIAd9sCAIHbAgDM2wIAztsCACHcAgA03AIAdtwCAH7cAgDyAA0AgtwCAMvcAgDR3AIAIN0CACbdAgB13QIAet0CAMrdAgDQ3QIAXzsQACneAgB03gIAdt4CAMneAgDT3gIAHt8CACzfAgBz3wIAeN8CAMjfAgDV3wIAHeACACngAgBy4AIAeOACAMfgAgDN4AIAHOECACHhAgBx4QIAd+ECALQ7EADU4QIAG+ICACjiAgBw4gIAd+ICAMXiAgDN4gIAGuMCABvjAgACSAsAHeMCAG/jAgAw4wIABEYLAIPjAgDE4wIA2uMCABnkAgAy5AIAbuQCAHPkAgDD5AIA1OQCAAk8EAAp5QIAbeUCAG/lAgDC5QIAzOUCABfmAgAl5gIAbOYCAHHmAgDB5gIAzuYCABbnAgAe5wIAa+cCAHfnAgDA5wIAe+cCABTpAgDG5wIAFegCABvoAgBq6AIAb+gCAL/oAgDF6AIAXjwQABbpAgBp6QIAd+kCAL7pAgDP6QIAszwQABrqAgAIPRAAcOoCAL3qAgBy6gIACJsHAK/qAgBRnREAy+oCABLrAgDM6gIAYvACAB/rAgBn6wIAdusCALzrAgDB6wIAEewCACfsAgBm7AIAZ+wCALvsAgC97AIAEO0CABrtAgBl7QIAc+0CALrtAgDT7QIAD+4CACDuAgBk7gIAcO4CALnuAgDB7gIABz4QACLvAgBj7wIAZO8CALjvAgDE7wIADfACABDwAgBcPhAAZPACALfwAgDE8AIADPECABnxAgBh8QIAZvECALbxAgDA8QIAC/ICABPyAgBg8gIAcPICALXyAgDD8gIACvMCABfzAgBf8wIAZvMCALTzAgC88wIACfQCAAz0AgBe9AIAcvQCALP0AgDJ9AIACPUCACH1AgBd9QIAYvUCALL1AgDD9QIAsT4QAA/2AgAGPxAAE/YCALfpCQAj9gIAFNoRAGn2AgCx9gIAuPYCAAb3AgAS9wIAW/cCAGv3AgCw9wIAvvcCAAX4AgAS+AIAWvgCAGb4AgCv+AIAtvgCAFs/EAAG+QIAWfkCAAn5AgCPFwQAZvkCAK75AgC7+QIAA/oCAAj6AgBY+gIAYvoCAK36AgC1+gIAAvsCAAf7AgBnPwQAC/sCAFf7AgBa+wIArPsCALj7AgCwPxAABvwCAFb8AgAN/AIAC5UKAFv8AgCr/AIAs/wCAAD9AgAW/QIAVf0CAFf9AgCq/QIAt/0CAP/9AgAT/gIABUAQAFn+AgCp/gIAsf4CAL6MCgCz/gIA/v4CAAb/AgBT/wIAX/8CAKj/AgC1/wIA/f8CAAIAAwBSAAMAWwADAKcAAwC+AAMA/AADAAcBAwBaQBAAXwEDAKYBAwCpAQMA+wEDAP4BAwBQAgMAXgIDAKUCAwCyAgMA+gIDABEDAwBPAwMAVwMDAKQDAwCqAwMA+QMDAAUEAwBOBAMAWAQDAKMEAwCsBAMA+AQDAP4EAwBNBQMAWgUDAK9AEACuBQMA9wUDALAFAwCxmQoABgYDAEwGAwBdBgMAoQYDAKMGAwD2BgMA/AYDAEsHAwBXBwMAoAcDAKcHAwD1BwMA/QcDAEoIAwBMCAMAnwgDAKwIAwD0CAMA+wgDAEkJAwBRCQMAngkDAKsJAwDzCQMA+AkDAEgKAwBSCgMAnQoDAKUKAwDyCgMA+woDAEcLAwBKCwMAnAsDAKgLAwDxCwMA+AsDAARBEABTDAMAmwwDAFwMAwCWEQMAfgwDAAKeCgC2DAMA8AwDAPIMAwBFDQMAVg0DAJoNAwCoDQMA7w0DAPYNAwBEDgMATA4DAJkOAwCeDgMA7g4DAO8OAwBDDwMATw8DAJgPAwCeDwMA7Q8DAO8PAwBCEAMATBADAJcQAwClEAMA7BADAPEQAwBBEQMAThEDAFlBEACXEQMA6xEDAPARAwBAEgMARhIDAJUSAwCfEgMA6hIDAPYSAwA/EwMARhMDAJQTAwCcEwMA6RMDAOsTAwA+FAMASxQDAJMUAwCaFAMA6BQDAPAUAwA9FQMAShUDAJIVAwCXFQMA5xUDAPEVAwA8FgMARBYDAJEWAwCaFgMA5hYDAOkWAwA7FwMARxcDAJAXAwCXFwMArkEQAPEXAwC7jwoA+RcDADoYAwBHGAMAjxgDAJkYAwDkGAMA5hgDADkZAwBMGQMAjhkDAJYZAwDjGQMA7xkDADgaAwA+GgMAjRoDAJMaAwDiGgMA5xoDADcbAwA9GwMAA0IQAJobAwDhGwMA8BsDADYcAwBSHAMAixwDAFYcAwDyXwMAkxwDAFhCEADpHAMANR0DAEIdAwCKHQMAlB0DAN8dAwDtHQMANB4DAEoeAwCJHgMAlR4DAN4eAwDmHgMArUIQADkfAwCIHwMAjh8DAN0fAwDiHwMAMiADADggAwACQxAAjCADANwgAwDlIAMAMSEDADshAwCGIQMAjiEDANshAwDgIQMAMCIDAEAiAwCFIgMAjSIDANoiAwDgIgMA2CQDAPMiAwAvIwMANCMDAIQjAwCNIwMA2SMDAOYjAwAuJAMANSQDAIMkAwCGJAMAV0MQANokAwAtJQMAOiUDAIIlAwCZJQMA1yUDAOMlAwCsQxAAQiYDAIEmAwCCJgMA1iYDAOAmAwArJwMAMycDAIAnAwCKJwMA1ScDANonAwAqKAMAMigDAH8oAwCBKAMA1CgDAIIoAwAkLgMAhigDABY8AwCVKAMAHTUDANsoAwApKQMAMCkDAH4pAwCGKQMA0ykDANcpAwAoKgMANioDAH0qAwCHKgMA0ioDAN0qAwAnKwMALysDAHwrAwCBKwMA0SsDAOwrAwAmLAMAMiwDAHssAwCBLAMA0CwDAOAsAwAlLQMANi0DAHotAwB/LQMAzy0DANMtAwABRBAALS4DAHkuAwCSLgMAzi4DANguAwAjLwMAKS8DAHgvAwB6LwMAzS8DANwvAwAiMAMALDADAHcwAwB/MAMAzDADANAwAwAhMQMALzEDAHYxAwCAMQMAyzEDANYxAwAgMgMAKDIDAHUyAwB6MgMAyjIDAOUyAwAfMwMAKzMDAHQzAwB6MwMAyTMDANkzAwAeNAMALzQDAHM0AwB4NAMAyDQDAMw0AwBWRBAAJjUDAHI1AwCDNQMAxzUDANE1AwAcNgMAKjYDAHE2AwByNgMAxjYDANc2AwAbNwMALzcDAHA3AwB4NwMAxTcDAMk3AwAaOAMAKDgDAG84AwB5OAMAxDgDAM84AwAZOQMAITkDAG45AwBzOQMAwzkDAN45AwAYOgMAJDoDAG06AwBzOgMAwjoDANI6AwAXOwMAKDsDAGw7AwBxOwMAwTsDAMU7AwCrRBAAJDwDAGs8AwCGPAMAwDwDAM48AwAVPQMAHD0DAGo9AwB2PQMAvz0DAMc9AwAARRAAIj4DAGk+AwBzPgMAvj4DAMk+AwATPwMAGz8DAGg/AwBtPwMAvT8DANg/AwASQAMAHkADAGdAAwBtQAMAvEADAMxAAwARQQMAIkEDAGZBAwBrQQMAu0EDAL9BAwBVRRAAIUIDAGVCAwBtQgMAukIDALtCAwAPQwMAFEMDAGRDAwByQwMAuUMDAMZDAwAORAMAGEQDAGNEAwBvRAMAuEQDAL5EAwANRQMAFUUDAGJFAwBpRQMAt0UDAMNFAwAMRgMAEkYDAGFGAwBtRgMAtkYDAMZGAwALRwMAF0cDAGBHAwBmRwMAtUcDAMFHAwAKSAMAF0gDAF9IAwBuSAMAtEgDAMBIAwCqRRAADEkDAF5JAwBhSQMAs0kDAMFJAwAISgMAH0oDAF1KAwBqSgMAskoDAMhKAwAHSwMAE0sDAFxLAwBpSwMAsUsDALtLAwAGTAMADkwDAFtMAwBlTAMAsEwDALVMAwAFTQMADU0DAFpNAwBmTQMAr00DALxNAwAETgMADk4DAFlOAwBfTgMArk4DAMJOAwADTwMAC08DAFhPAwBmTwMArU8DALpPAwACUAMAClADAFdQAwBkUAMArFADALpQAwABUQMAElEDAFZRAwBeUQMAq1EDAMFRAwAAUgMAAlIDAFVSAwBWUgMA/0UQALhSAwD/UgMADlMDAFRTAwBgUwMAqVMDALFTAwBURhAAA1QDAFNUAwBcVAMAqFQDALVUAwD9VAMABFUDAFJVAwBVVQMAp1UDAK9VAwD8VQMAAVYDAFFWAwBaVgMAplYDALBWAwD7VgMAA1cDAFBXAwBVVwMApVcDALVXAwD6VwMAAlgDAE9YAwBVWAMApFgDAKZYAwD5WAMABlkDAE5ZAwBlWQMAo1kDAK9ZAwCpRhAABFoDAE1aAwBkWgMAoloDAK5aAwD3WgMA/VoDAExbAwBUWwMAoVsDAKhbAwD2WwMABFwDAEtcAwBmXAMAoFwDAK5cAwD1XAMA/FwDAEpdAwBWXQMAn10DAKddAwD+RhAACF4DAEleAwBRXgMAnl4DAM9eAwDzXgMA/14DAEhfAwBOXwMAnV8DAKJfAwBTRxAA/l8DAEdgAwBOYAMAnGADAKRgAwDxYAMA82ADAEZhAwBQYQMAm2EDAKNhAwCoRxAA/mEDAOJvAwD/YQMARWIDAEdiAwCaYgMAq2IDAO9iAwAAYwMARGMDAFBjAwCZYwMAoGMDAO5jAwD2YwMAQ2QDAHBkAwCYZAMAnWQDAO1kAwDuZAMAQmUDAExlAwCXZQMApWUDAOxlAwDxZQMAQWYDAE5mAwCWZgMAsmYDAOtmAwAHZwMA/UcQAE1nAwCVZwMAmWcDAOpnAwDwZwMAP2gDAEFoAwCUaAMAlWgDAOloAwAMaQMAPmkDAGJpAwCTaQMAwGkDAOhpAwDwaQMAPWoDAEJqAwCSagMAn2oDAOdqAwDvagMAPGsDAD5rAwCRawMAmWsDAOZrAwATbAMAO2wDAEhsAwCQbAMAlWwDAOVsAwDybAMAOm0DAEZtAwCPbQMAvG0DAORtAwDsbQMAOW4DAFRuAwCObgMAkG4DAONuAwD0bgMAOG8DAEFvAwCNbwMAmW8DAFJIEADvbwMAN3ADAD5wAwCMcAMAmHADAOFwAwD0cAMANnEDAD5xAwCLcQMAkHEDAOBxAwDpcQMANXIDAD9yAwCKcgMAknIDAN9yAwDkcgMANHMDAERzAwCJcwMAkXMDAN5zAwD3cwMAM3QDADh0AwCIdAMAkXQDAN10AwDqdAMAMnUDADl1AwCHdQMAinUDAKdIEADhdQMAMXYDAOl1AwDELwwAOnYDAIZ2AwCOdgMA23YDAOZ2AwAwdwMAMncDAIV3AwCgdwMA2ncDAOZ3AwAveAMAN3gDAPxIEACReAMA2XgDAOF4AwAueQMAOnkDAIN5AwCJeQMA2HkDAN55AwAtegMAMnoDAIJ6AwCIegMAUUkQAOR6AwAsewMANHsDAIF7AwCVewMA1nsDANt7AwArfAMANHwDAIB8AwCGfAMA1XwDAN18AwAqfQMALX0DAH99AwCcfQMA1H0DAOV9AwApfgMAMX4DAH5+AwCBfgMA034DAOd+AwAofwMANX8DAH1/AwCHfwMA0n8DANR/AwAngAMAOoADAPtJEACBgAMA0YADAOKAAwAmgQMAL4EDAHuBAwCRgQMA0IEDAN2BAwAlggMALYIDAHqCAwCZggMAUEoQANuCAwAkgwMALIMDAKVKEAB8gwMAzoMDANaDAwAjhAMAMIQDAHiEAwB9hAMAzYQDANWEAwAihQMAI4UDAHeFAwB5hQMAzIUDANKFAwAhhgMAI4YDAHaGAwCMhgMAy4YDANeGAwAghwMAKocDAHWHAwCBhwMAyocDANCHAwAfiAMAJ4gDAHSIAwCmiAMA+koQANKIAwAeiQMAKIkDAHOJAwB7iQMAyIkDAMmJAwAdigMAI4oDAHKKAwB+igMAx4oDAMiKAwAciwMAHosDAHGLAwB3iwMAxosDANKLAwAbjAMAIowDAHCMAwB4jAMAxYwDAMiMAwAajQMAJI0DAG+NAwBxjQMAxI0DAM6NAwAZjgMAJY4DAG6OAwCEjgMAw44DAM+OAwAYjwMAJY8DAG2PAwB3jwMAwo8DAMqPAwAXkAMAKZADAE9LEABukAMAwZADAMuQAwAWkQMAGJEDAGuRAwCEkQMAwJEDAMKRAwAVkgMAGJIDAGqSAwB2kgMAv5IDAMeSAwCkSxAAKJMDAGmTAwBskwMAvpMDAMiTAwATlAMAH5QDAGiUAwB+lAMAvZQDAMWUAwASlQMAIJUDAGeVAwBqlQMAvJUDAMSVAwARlgMAFJYDAGaWAwAflgMAX50DAHCWAwC7lgMAcZYDALiZAwC9lgMAEJcDABaXAwBllwMAb5cDALqXAwDIlwMAD5gDAByYAwBkmAMAe5gDALmYAwDBmAMADpkDABeZAwBjmQMAZJkDAPlLEADBmQMADZoDABeaAwBimgMAbJoDALeaAwDFmgMADJsDABmbAwBhmwMAeJsDALabAwC+mwMAC5wDABKcAwBgnAMAZZwDALWcAwC5nAMACp0DABedAwBOTBAAbJ0DALSdAwC8nQMACZ4DAA+eAwBengMAap4DALOeAwDCngMACJ8DAA2fAwBdnwMAeJ8DALKfAwC+nwMAB6ADAA2gAwBcoAMAcKADALGgAwC5oAMABqEDAByhAwBboQMAYKEDALChAwC3oQMABaIDABGiAwCjTBAAYaIDAK+iAwC9ogMABKMDABGjAwBZowMAcKMDAK6jAwC2owMAA6QDAAmkAwBYpAMAZKQDAK2kAwC0pAMAAqUDABClAwBXpQMAWqUDAKylAwC0pQMAAaYDAA+mAwBWpgMAWaYDAKumAwCzpgMAAKcDABGnAwBVpwMAWqcDAKqnAwCspwMA/6cDAAaoAwBUqAMAYqgDAKmoAwC2qAMA/qgDABWpAwBTqQMAW6kDAKipAwCyqQMA/akDAAiqAwBSqgMAXqoDAKeqAwCvqgMA+EwQAP6qAwBRqwMAW6sDAKarAwCoqwMA+6sDAP6rAwBQrAMAXKwDAKWsAwCvrAMA+qwDAAKtAwBPrQMAXa0DAKStAwCxrQMA+a0DAAGuAwBOrgMAZK4DAKOuAwCvrgMA+K4DAA6vAwBNrwMAUq8DAKKvAwCorwMA968DAAuwAwBNTRAAT7ADAKGwAwCpsAMA9rADAASxAwBLsQMADLEDAEgFCABYsQMAoLEDAKixAwD1sQMA/7EDAEqyAwBVsgMAn7IDAKuyAwD0sgMA/LIDAKJNEABPswMAnrMDAKOzAwDzswMAArQDAEi0AwBUtAMAnbQDAKC0AwDytAMA9bQDAEe1AwBPtQMAnLUDAKG1AwDxtQMAAbYDAEa2AwBOtgMAm7YDAJ62AwDwtgMA+rYDAEW3AwBHtwMAmrcDAKC3AwDvtwMA+bcDAES4AwBSuAMAmbgDAKa4AwDuuAMABbkDAEO5AwBLuQMAmLkDAKG5AwDtuQMA7rkDAPdNEABOugMAl7oDAJq6AwAZ3QkAproDAOy6AwCqugMA1MwJAPa6AwBBuwMASbsDAMswBABNuwMAI84OAE+7AwCWuwMAXbsDAJS4CACbuwMA67sDAKO7AwAhhAUA+LsDAEC8AwBDvAMAT1EKAEa8AwBUogkASLwDAJW8AwBKvAMAOmwEAEy8AwDbHgYAmLwDAM0qCACbvAMAW54GAJ+8AwDqvAMAo7wDAH8hCgClvAMAnwMIAO+8AwA/vQMA9rwDALCgBAD4vAMAVPcJAEe9AwCUvQMAl70DAOm9AwD1vQMAPr4DAES+AwCTvgMArr4DAOi+AwD0vgMAPb8DAEO/AwCSvwMAmr8DAOe/AwDpvwMAPMADAOy/AwDmwAMARsADAJHAAwCZwAMATE4QAPPAAwA7wQMAQ8EDAJDBAwCTwQMA5cEDAOrBAwA6wgMAScIDAI/CAwCvwgMA5MIDAPDCAwA5wwMAQ8MDAI7DAwCWwwMA48MDAPXDAwD2ThAAQsQDAI3EAwCbxAMA4sQDAO/EAwA3xQMATsUDAIzFAwCUxQMA4cUDAPDFAwA2xgMAO8YDAIvGAwCYxgMA4MYDAO3GAwA1xwMAQccDAIrHAwCZxwMA38cDAOnHAwA0yAMAQsgDAInIAwCOyAMA3sgDAOvIAwAzyQMANskDAIjJAwCQyQMA3ckDAOLJAwAyygMAP8oDAIfKAwCPygMA3MoDAOXKAwAxywMAPssDAIbLAwCUywMA28sDAO7LAwAwzAMAOMwDAIXMAwCMzAMA2swDAN/MAwAvzQMARc0DAITNAwCGzQMA2c0DAOfNAwAuzgMAO84DAIPOAwCLzgMA2M4DANvOAwAtzwMAMs8DAILPAwCRzwMA188DAPfPAwAs0AMAONADAIHQAwCL0AMA1tADAN7QAwAr0QMAPdEDAEtPEACR0QMA1dEDANzRAwAq0gMAMtIDAH/SAwCM0gMA1NIDANnSAwAp0wMAM9MDAH7TAwCG0wMA09MDANXTAwDpYQoA2NMDANIlCADd0wMAxIYKAOLTAwAo1AMA49MDADEbCQAt1AMAfdQDAIrUAwDS1AMA39QDACfVAwAz1QMAfNUDAIvVAwDR1QMA29UDACbWAwAu1gMAe9YDAIXWAwDQ1gMA1dYDACXXAwAt1wMAoE8QAIbXAwDP1wMA1dcDACTYAwA/2AMAedgDAIXYAwDO2AMA1NgDACPZAwA/2QMAeNkDAIDZAwD1TxAA1dkDACLaAwAs2gMAd9oDAILaAwDM2gMA2NoDACHbAwAp2wMASlAQAILbAwDL2wMA0dsDACDcAwA73AMAddwDAIHcAwDK3AMA0NwDAB/dAwAn3QMAdN0DAHrdAwDJ3QMA0t0DAB7eAwAr3gMAc94DAIDeAwDI3gMA1t4DAB3fAwAq3wMAct8DAInfAwDH3wMAz98DABzgAwAh4AMAceADAC3gAwBv4gMAfuADAMbgAwDO4AMAG+EDACbhAwBw4QMAdeEDAMXhAwDI4QMAGuIDACTiAwCfUBAAdOIDAMTiAwDT4gMAGeMDABvjAwBu4wMAf+MDAMPjAwDU4wMAGOQDACzkAwD0UBAAfuQDAMLkAwDF5AMAF+UDAMrkAwCAzQcAz+QDAIXBDgAh5QMAbOUDAG7lAwDB5QMAy+UDABbmAwAi5gMAa+YDAJXmAwDA5gMAy+YDAHrWBADm5gMAFecDAEjnAwBq5wMAkOcDAL/nAwDl5wMAFOgDAEjoAwBp6AMAlOgDAL7oAwDG6AMAE+kDAD3pAwBo6QMAnekDAL3pAwDo6QMAEuoDABrqAwBn6gMAduoDALzqAwDB6gMAEesDABrrAwBm6wMAHusDAAnzAwB36wMAu+sDAMLrAwAQ7AMAGOwDAGXsAwBy7AMAuuwDAL/sAwAP7QMAGe0DAGTtAwBs7QMAue0DAMPtAwCt+QMAyO0DAA7uAwAT7gMAY+4DAHDuAwC47gMAxe4DAA3vAwAZ7wMAYu8DAHHvAwC37wMAwe8DAAzwAwAU8AMAYfADAGvwAwC28AMAu/ADAAvxAwAT8QMASVEQAGzxAwC18QMAu/EDAAryAwAl8gMAX/IDAGvyAwC08gMAuvIDAJ5REAAW8wMAXvMDAGrzAwCz8wMAwvMDAAj0AwAS9AMAXfQDAGv0AwCy9AMAt/QDAAf1AwAU9QMAXPUDAGT1AwCx9QMAu/UDAAb2AwAL9gMAW/YDAGP2AwCw9gMAs/YDAAX3AwAR9wMAWvcDAGD3AwCv9wMAyvcDAAT4AwAQ+AMAWfgDAF/4AwCu+AMAtvgDAAP5AwAF+QMAWPkDAGL5AwDzURAAs/kDAAL6AwAE+gMAV/oDAGT6AwCs+gMAr/oDAAH7AwAS+wMAVvsDAFj7AwCr+wMAtfsDAAD8AwAM/AMAVfwDAF38AwBIUhAAr/wDAP/8AwAC/QMAVP0DAF79AwCp/QMAsf0DAP79AwAL/gMAU/4DAFX+AwCo/gMAvv4DAP3+AwAJ/wMAnVIQAG7/AwCn/wMAw/8DAPJSEAABAAQAUQAEAF4ABACmAAQAswAEAPsABAAHAQQAUAEEAF8BBAClAQQArwEEAPoBBAAIAgQATwIEAFQCBACkAgQAsQIEAPkCBAASAwQATgMEAFADBACjAwQAqgMEAEdTEAAVBAQATQQEAF4EBACiBAQArgQEAPcEBAAKBQQATAUEAFsFBAChBQQArQUEAPYFBAD3BQQASwYEAFUGBACgBgQArgYEAPUGBAD6BgQASgcEAFcHBACcUxAApAcEAPQHBAABCAQASQgEAFYIBACeCAQAqggEAPMIBAACCQQASAkEAFIJBACdCQQAqwkEAPIJBAD3CQQARwoEAFQKBACcCgQApAoEAJtUEAD2CgQARgsEAE4LBADwVBAAnQsEAPALBAD+CwQARQwEAFYMBABFVRAAoQwEAJpVEAD0DAQARA0EAEwNBACZDQQAqA0EAO4NBADzDQQAQw4EAFAOBACYDgQApQ4EAO0OBAD5DgQAQg8EAFEPBACXDwQAoQ8EAERWEADuDwQAS/wNAPIPBADFLgwA/w8EAEEQBABQEAQAlhAEAKIQBADrEAQA7BAEAEARBABKEQQAlREEAKMRBADqEQQA7xEEAD8SBABMEgQAmVYQAJgSBADpEgQA9BIEAD4TBABMEwQAkxMEAKQTBADoEwQA9BMEAD0UBABFFAQA7lYQAJcUBADnFAQA9BQEADwVBABJFQQAkRUEAJ0VBADmFQQA9RUEADsWBABFFgQAkBYEAJ4WBADlFgQA8hYEADoXBABRFwQAQ1cQAJwXBADkFwQA8RcEADkYBABFGAQAjhgEAJ0YBADjGAQA7RgEADgZBABGGQQAjRkEAFQZBAAzbgkAkhkEAOIZBADvGQQANxoEAD8aBACYVxAAmBoEAOEaBADxGgQANhsEAD8bBACLGwQAjhsEAOAbBADsGwQANRwEADwcBADtVxAAlxwEAN8cBADuHAQANB0EADUdBACJHQQAoB0EAN4dBAD4HQQAMx4EAD8eBACIHgQAmx4EAN0eBADsHgQAMh8EAD4fBACHHwQAiB8EANwfBADmHwQAMSAEAD8gBACGIAQAiyAEANsgBADoIAQAQlgQAEohBACFIQQAlCEEANohBADcIQQALyIEAN8hBAB+KAQAPCIEAIQiBACRIgQA2SIEAN4iBAAuIwQAOCMEAIMjBACSIwQA2CMEAN0jBAAtJAQAOiQEAIIkBACPJAQA1yQEAOMkBAAsJQQAOyUEAIElBACLJQQA1iUEAOMlBAArJgQAMCYEAIAmBACEJgQA1SYEAOEmBAAqJwQAMCcEAH8nBACFJwQA1CcEANknBAApKAQALygEAJdYEACLKAQA0ygEAOAoBAAoKQQANCkEAH0pBACMKQQA0ikEANwpBAAnKgQANSoEAHwqBACBKgQA0SoEAN4qBAAmKwQALSsEAHsrBACAKwQA0CsEANwrBAAlLAQAKCwEAHosBACHLAQAzywEANQsBAAkLQQALi0EAHktBACFLQQAzi0EAOEtBAAjLgQAMS4EAHguBAB7LgQAzS4EANcuBAAiLwQALi8EAHcvBAB9LwQAzC8EANIvBAAhMAQAJjAEAHYwBAB8MAQA7FgQANUwBAAyxwYA1zAEAJUMCQDaMAQAIDEEACIxBAB1MQQAhjEEAMoxBADbMQQAHzIEACcyBAB0MgQAhDIEAMkyBADLMgQAHjMEACwzBABzMwQAhDMEAEFZEADPMwQAllkQAB40BAByNAQAdzQEAMc0BAB4NAQARmAEAM00BAAcNQQAJjUEAHE1BAB9NQQAxjUEAMw1BAAbNgQAITYEAHA2BAB1NgQAxTYEAMs2BADrWRAAKDcEAG83BACINwQAxDcEAMU3BAAZOAQANjgEAG44BAB2OAQAoVoEAIg4BADDOAQAxjgEABg5BAAdOQQA6loQAIY5BADCOQQAyDkEABc6BADYOQQAFuUEABk6BABsOgQAcjoEAME6BADVOgQAFjsEAB47BABrOwQAeDsEAMA7BADFOwQAFTwEAB88BABqPAQAcjwEAL88BADQPAQAFD0EABk9BABpPQQAaz0EAL49BADFPQQAEz4EAB8+BABoPgQAbz4EAL0+BADZPgQAEj8EABo/BAA/WxAAaD8EALw/BADIPwQAEUAEAB5ABABmQAQAbkAEALtABAC+QAQAEEEEABtBBABlQQQAZ0EEALpBBADAQQQAD0IEABtCBABkQgQAa0IEALlCBADBQgQADkMEABNDBABjQwQAfEMEALhDBADkQwQADUQEABlEBABiRAQAcUQEALdEBADBRAQADEUEABRFBABhRQQAcUUEALZFBADERQQAC0YEABxGBABgRgQAbEYEAJRbEAC6RgQACkcEABJHBABfRwQAYEcEALRHBAB1RwQAXUILANFHBAAJSAQAEUgEAF5IBABiSAQAs0gEALlIBAAISQQACkkEAF1JBABeSQQAskkEALNJBAAHSgQAE0oEAFxKBABiSgQAsUoEALlKBAAGSwQACEsEAFtLBAB2SwQAsEsEALJLBAAFTAQAE0wEAFpMBABrTAQAr0wEALFMBAAETQQAHU0EAFlNBABqTQQArk0EALpNBADpWxAAEU4EAFhOBAAfTgQAHtoHAG5OBACtTgQArk4EAAJPBAATTwQAV08EAGNPBACsTwQAwk8EAAFQBAANUAQAVlAEAGNQBACrUAQAtVAEAABRBAACUQQAVVEEAF9RBACqUQQAuFEEAP9RBAAEUgQAVFIEAGFSBACpUgQAxVIEAP5SBAAGUwQAPlwQAGFTBACoUwQAwVMEAP1TBAD+UwQAUlQEAG9UBACnVAQAr1QEAPxUBAANVQQAUVUEAF9VBACmVQQAv1UEAPtVBAABVgQAUFYEAFJWBAClVgQAq1YEAPpWBAAOVwQAT1cEAFdXBACkVwQAsVcEAPlXBAD+VwQATlgEAFhYBACjWAQAq1gEAPhYBAAIWQQATVkEAFJZBACiWQQAq1kEAPdZBAAEWgQATFoEAFNaBACTXBAAsloEAPZaBAAEWwQAS1sEAGRbBACgWwQAplsEAPVbBAD3WwQASlwEAFBcBACfXAQAs1wEAPRcBAD8XAQASV0EAFZdBACeXQQAo10EAPNdBAD9XQQASF4EAFBeBACdXgQArV4EAPJeBAD3XgQAR18EAFBfBACcXwQAqV8EAPFfBAD4XwQA6FwQAEtgBACbYAQAnGAEAPBgBAD8YAQARWEEAEthBACaYQQAq2EEAO9hBAADYgQARGIEAFNiBACZYgQAnmIEAO5iBAD7YgQAQ2MEAFNjBACYYwQApmMEAO1jBAAEZAQAQmQEAEtkBACXZAQAnWQEAOxkBAD4ZAQAQWUEAEhlBACWZQQAsmUEAOtlBADzZQQAPV0QAEZmBACVZgQAm2YEAOpmBADvZgQAP2cEAEVnBACSXRAAmWcEAOlnBADrZwQAPmgEAEVoBACTaAQAoWgEAOhoBAD1aAQAPWkEAFRpBACSaQQAmmkEAOdpBADoaQQAPGoEAD9qBACRagQApWoEAOZqBAD1agQAO2sEAEBrBACQawQAkWsEAOVrBAD8awQAPF4QAEhsBACPbAQApWwEAORsBADwbAQAOW0EAD5tBACObQQAl20EAONtBADtbQQAOG4EAERuBABpOwYAVG4EAI1uBACVbgQAkV4QAOduBAA3bwQARG8EAIxvBACZbwQA4W8EAO1vBAA2cAQARXAEAItwBACVcAQA4HAEAO5wBAA1cQQAOnEEAIpxBACXcQQA33EEAOdxBADmXhAAQnIEAIlyBACfcgQA3nIEAOpyBAAzcwQAOHMEAIhzBACRcwQA3XMEAOdzBAAydAQAOnQEAId0BACTdAQA3HQEAO90BAAxdQQAMnUEAIZ1BACUdQQA23UEAOF1BAAwdgQAPHYEAIV2BACMdgQAO18QAOR2BAAvdwQAN3cEAIR3BACKdwQAt5QJAJN3BADZdwQA3ncEAH3TBADfdwQALngEADp4BACDeAQAhXgEANh4BADieAQALXkEADl5BACCeQQAinkEAJBfEADfeQQALHoEADt6BACBegQAhnoEANZ6BADjegQAK3sEADh7BACAewQAjHsEANV7BADkewQAKnwEADR8BAB/fAQAjXwEANR8BADZfAQAKX0EADZ9BAB+fQQAhn0EANN9BADdfQQAKH4EAC1+BAB9fgQAhX4EANJ+BADdfgQAJ38EACx/BAB8fwQAf38EANF/BADbfwQAJoAEAC6ABADlXxAAgIAEANCABADSgAQAJYEEACyBBAB6gQQAiIEEAM+BBADcgQQAJIIEADuCBAB5ggQAgYIEAM6CBADYggQAI4MEAOSCBADF4AQALoMEAHiDBACEgwQAzYMEANWDBAA6YBAAI4QEAHeEBAAshAQAoVkFADiEBABfRgUAfIQEAMyEBADPhAQAIYUEACuFBAB2hQQAjYUEAMuFBADRhQQAIIYEACyGBAB1hgQAeIYEAMqGBADnhgQAH4cEADCHBAB0hwQAk4cEAMmHBADRhwQAHogEACCIBABziAQAgogEAMiIBADSiAQAHYkEACuJBAByiQQAjYkEAMeJBADTiQQAHIoEACSKBACPYBAAfYoEAMaKBADVigQAG4sEACCLBABwiwQAdosEAMWLBADMiwQAGowEACKMBABvjAQAcYwEAMSMBADLjAQAGY0EABuNBABujQQAb40EAMONBADNjQQAGI4EACSOBABtjgQAc44EAMKOBADcjgQAF48EAB+PBABsjwQAgo8EAMGPBADPjwQAFpAEABmQBABrkAQAbpAEAMCQBADOkAQAFZEEACKRBABqkQQAgZEEAL+RBADHkQQAFJIEABaSBABpkgQAcZIEAL6SBADVkgQAE5MEAB+TBABokwQAfpMEAL2TBADFkwQAEpQEACCUBABnlAQAcZQEALyUBADElAQAEZUEABiVBABmlQQAcpUEALuVBAC8lQQAEJYEAByWBABllgQAcpYEALqWBADBlgQAD5cEABKXBABklwQAbJcEALmXBAC+lwQADpgEABuYBABjmAQAk5gEALiYBADAmAQA5GAQABWZBAAAmhAAKZkEAGKZBABqmQQAOWEQAMWZBAAMmgQADpoEAGGaBABymgQAtpoEAL6aBAALmwQAF5sEAGCbBABmmwQAtZsEALubBAAKnAQAD5wEAF+cBABlnAQAjmEQALmcBAAJnQQAwJwEAB0rDQARnQQAXp0EAGOdBABgQAoAZJ0EAP1MCwBqnQQAo/wKAG2dBACznQQAb50EAFVKCwC4nQQACJ4EALmdBABlPAkAFZ4EAF2eBABqngQAsp4EAL6eBAAHnwQAFp8EAFyfBABmnwQA4mIQALufBAAGoAQAC6AEAFugBABjoAQAN2MQALagBAAFoQQAG6EEAFqhBABooQQAr6EEALyhBAAEogQABqIEAFmiBABjogQArqIEALqiBAADowQACqMEAFijBABgowQAraMEALSjBAACpAQAC6QEAFekBABjpAQArKQEALSkBADhYxAABqUEAFalBABepQQAq6UEALqlBAAApgQABaYEAFWmBABipgQAqqYEALemBAD/pgQAC6cEAFSnBABjpwQAqacEALOnBAD+pwQADKgEAFOoBABYqAQAqKgEALWoBAD9qAQABakEAFKpBABcqQQAp6kEALWpBAD8qQQAEqoEAFGqBABdqgQApqoEAKuqBAD7qgQABKsEAFCrBABaqwQANmQQAK+rBAD6qwQABqwEAE+sBABXrAQAi2QQAKmsBAD5rAQABq0EAE6tBABbrQQAo60EAK+tBAD4rQQAB64EAE2uBABXrgQAoq4EALquBAD3rgQAAa8EAEyvBABarwQAoa8EALevBAD2rwQAArAEAEuwBABQsAQAoLAEAKmwBAD1sAQA/7AEAEqxBABSsQQA4GQQAKyxBAD0sQQAtbEEAJG0DwABsgQASbIEAFWyBACesgQArbIEAPOyBAD9sgQASLMEAFazBACdswQAqrMEAPKzBAAJtAQAR7QEAE+0BACctAQAprQEAPG0BAD2tAQARrUEAE61BAA1ZRAAp7UEAPC1BAD2tQQARbYEAGC2BACatgQAprYEAO+2BAD1tgQAimUQAEy3BADfZRAAnrcEAO63BAD7twQAQ7gEAFC4BACYuAQApLgEAO24BAD8uAQAQrkEAEy5BACXuQQApbkEAOy5BADxuQQAQboEAE66BACWugQAnroEADRmEAD3ugQAQLsEAFC7BACVuwQAnrsEAOq7BADtuwQAP7wEAEu8BACUvAQAm7wEAIlmEAD3vAQAPr0EAFS9BACTvQQAn70EAOi9BADvvQQAPb4EAEW+BACSvgQAl74EAOe+BADwvgQAPL8EAEa/BADeZhAAlr8EAOa/BACdvwQAN8QEAO6/BAA7wAQAQcAEAJDABACVwAQA5cAEAO7ABAA6wQQARMEEAI/BBACbwQQA5MEEAOzBBAAzZxAAPsIEAI7CBACWwgQA48IEAO7CBAA4wwQAPcMEAI3DBACQwwQA4sMEAOzDBACIZxAAQcQEAIzEBACQxAQA4cQEAObEBAA2xQQAPMUEAIvFBACrxQQA4MUEAOjFBAA1xgQAQ8YEAIrGBACNxgQA38YEAOfGBAA0xwQAPccEAInHBACWxwQA3scEAOTHBAAzyAQAP8gEAIjIBACKyAQA3cgEAOzIBAAyyQQAPckEAIfJBACJyQQA3MkEAPXJBAAxygQAQsoEAIbKBACSygQA3WcQAOPKBAAwywQAUMsEAIXLBACTywQA2ssEAOfLBAAvzAQANswEAITMBACgzAQA2cwEAOHMBAAyaBAAM80EAIPNBACQzQQA2M0EAOXNBAAtzgQAOc4EAILOBACRzgQA184EAOHOBAAszwQAQc8EAIHPBACJzwQA1s8EAOXPBAAr0AQALdAEAIDQBACJ0AQA1dAEANjQBAAq0QQANtEEAH/RBACb0QQA1NEEANzRBACHaBAALtIEAH7SBACU0gQA09IEAN/SBAAo0wQAS9MEANxoEACK0wQA0tMEAN/TBAAn1AQAM9QEAHzUBACL1AQA0dQEANvUBAAm1QQALtUEAHvVBACF1QQA0NUEANXVBAAl1gQALdYEADFpEACO1gQAz9YEAPXWBAAk1wQAStcEAHnXBACf1wQAztcEAPnXBAAj2AQAK9gEAHjYBACi2AQAzdgEAATZBAAi2QQASNkEAHfZBACd2QQAzNkEAAPaBAAh2gQATNoEAHbaBAB+2gQAy9oEANDaBABxNAUA2toEACDbBAAl2wQAddsEAILbBADK2wQA19sEAB/cBAAr3AQAdNwEAIPcBADJ3AQA09wEAB7dBAAs3QQAc90EAHjdBADI3QQA1d0EAB3eBAAl3gQAct4EAHjeBADH3gQAfN4EAMkxBQDT3gQAHN8EACzfBABx3wQAet8EAMbfBADJ3wQAG+AEACfgBABw4AQAd+AEAIZpEADZ4AQAGuEEAB3hBABv4QQAjOEEAMThBADV4QQAGeIEACDiBABu4gQAh+IEAMPiBADL4gQAGOMEAC7jBABt4wQAcuMEAMLjBADJ4wQAF+QEACDkBABs5AQAfeQEAMHkBADN5AQA22kQABjlBABo6AQAKuUEAGvlBABu5QQAwOUEAN3lBAAV5gQAJuYEAGrmBAB55gQAv+YEANDmBAAU5wQAIucEAGnnBAB15wQAvucEAMvnBAAT6AQAHegEADBqEABu6AQAvegEAMvoBAAS6QQAFOkEAGfpBABu6QQAvOkEANXpBACFahAAGuoEAGbqBABz6gQAu+oEAMnqBAAQ6wQAH+sEAGXrBABn6wQAuusEAMTrBAAP7AQAHewEAGTsBABp7AQAuewEAMbsBAAO7QQAEe0EAGPtBABv7QQAuO0EAMvtBAAN7gQAHO4EAGLuBABu7gQAt+4EALjuBAAM7wQAFu8EAGHvBABv7wQAtu8EALvvBAAL8AQAGPAEANpqEABl8AQAtfAEAMvwBAAK8QQAIPEEAF/xBABo8QQAtPEEAMHxBAAJ8gQAF/IEAF7yBABt8gQAs/IEALXyBAAI8wQAEvMEAF3zBABr8wQAsvMEALfzBAAH9AQAFPQEAFz0BABf9AQAsfQEALn0BAAG9QQAF/UEAFv1BABp9QQAsPUEAL31BAAF9gQAJfYEAFr2BABi9gQAr/YEAL/2BAAE9wQABvcEAFn3BABn9wQArvcEAL/3BADZaxAACfgEAFj4BABk+AQALmwQALT4BAAC+QQAuvgEAGjmBgAJ+QQAV/kEAF35BACs+QQAuPkEAAH6BAAE+gQAVvoEAFn6BACr+gQA0/oEAAD7BAAj+wQAVfsEAGD7BACq+wQAr/sEAP/7BAAC/AQAVPwEAF78BACp/AQA0fwEAINsEAAD/QQAU/0EAGD9BACo/QQAtf0EAP39BAAJ/gQAUv4EAGH+BACn/gQAsf4EAPz+BAAE/wQAUf8EAFv/BACm/wQAq/8EAPv/BAADAAUA2GwQAF0ABQClAAUAuQAFAPoABQACAQUATwEFAFQBBQCkAQUAtAEFAPkBBQABAgUATgIFAFgCBQCjAgUArgIFAPgCBQAEAwUATQMFAFUDBQAtbRAAowMFAPcDBQADBAUATAQFAFsEBQChBAUArwQFAPYEBQAGBQUASwUFAFkFBQCgBQUArAUFAPUFBQD8BQUASgYFAFIGBQCfBgUAtQYFAPQGBQAIBwUASQcFAEwHBQCeBwUAuwcFAPMHBQAECAUASAgFAFAIBQCdCAUAqAgFAPIIBQD3CAUARwkFAEoJBQCcCQUApgkFAPEJBQD0CQUAgm0QAEgKBQCaCAgASwoFAJsKBQCeCgUA8AoFAPoKBQBFCwUATQsFAJoLBQC5CwUA120QAAMMBQBEDAUAagwFAJkMBQC/DAUA7gwFABQNBQBDDQUAew0FAJgNBQDPDQUA7Q0FABMOBQBCDgUAaA4FAJcOBQDODgUA7A4FABAPBQBBDwUAXQ8FAJYPBQCeDwUALG4QAPAPBQBAEAUATRAFAJUQBQCiEAUA6hAFAPYQBQA/EQUAThEFAJQRBQCeEQUA6REFAPcRBQA+EgUAQxIFAJMSBQCgEgUA6BIFAPASBQCBbhAASRMFAJITBQCiEwUA5xMFAPATBQA8FAUAPxQFAJEUBQCdFAUA5hQFAO0UBQDWbhAASRUFAJAVBQCmFQUA5RUFAPEVBQA6FgUAQRYFAI8WBQCXFgUA5BYFAOkWBQA5FwUAQhcFAI4XBQCYFwUAK28QAOQXBQA4GAUARBgFAI0YBQCTGAUA4hgFAOQYBQA3GQUAQRkFAIwZBQCaGQUA4RkFAOYZBQA2GgUAQxoFAIsaBQCTGgUA4BoFAOoaBQA1GwUAQxsFAIobBQCgGwUA3xsFAOsbBQA0HAUAOxwFAIkcBQCRHAUA3hwFAOMcBQAzHQUAPB0FAIgdBQCSHQUAgG8QAOAdBQAyHgUATx4FAIceBQCYHgUA3B4FAOoeBQAxHwUASR8FAIYfBQCJHwUA2x8FAPgfBQAwIAUAQSAFAIUgBQCdIAUA2iAFAOYgBQAvIQUAQiEFAIQhBQCTIQUA2SEFAOUhBQAuIgUALyIFAIMiBQCNIgUA2CIFAOYiBQAtIwUAMiMFAIIjBQCPIwUA1W8QANwjBQAsJAUAOSQFAIEkBQCOJAUA1iQFAOIkBQArJQUAOiUFAIAlBQCKJQUA1SUFAOMlBQAqJgUALyYFAH8mBQCMJgUA1CYFANwmBQDUcBAANScFAH4nBQCOJwUA0ycFANwnBQAoKAUAKygFAH0oBQCJKAUA0igFANkoBQApcRAANSkFAHwpBQCSKQUA0SkFAN0pBQAmKgUALSoFAHsqBQCDKgUA0CoFANUqBQAlKwUALisFAHorBQCEKwUAfnEQANArBQAkLAUAMCwFAHksBQB/LAUAziwFANAsBQAjLQUALS0FAHgtBQCGLQUAzS0FANItBQAiLgUALy4FAHcuBQB/LgUAzC4FANYuBQAhLwUALy8FAHYvBQCMLwUAyy8FANcvBQAgMAUAJzAFAHUwBQB9MAUAyjAFAM8wBQAfMQUAKDEFAHQxBQB+MQUA03EQANcxBQAeMgUANDIFAHMyBQB/MgUAyDIFAM8yBQAdMwUAJTMFAHIzBQB3MwUAxzMFANAzBQAcNAUAJjQFAChyEAByNAUAxjQFANI0BQAbNQUAITUFAHA1BQByNQUAxTUFAM81BQAaNgUAKDYFAG82BQB0NgUAxDYFANE2BQAZNwUAITcFAG43BQB4NwUAwzcFANE3BQAYOAUALjgFAG04BQB5OAUAwjgFAMk4BQAXOQUAHzkFAGw5BQBxOQUAwTkFAMo5BQAWOgUAIDoFAH1yEABtOgUAWUUMAHk6BQDAOgUA0ToFABU7BQAaOwUAajsFAIE7BQC/OwUA0zsFABQ8BQAsPAUAaTwFAHg8BQC+PAUAwzwFABM9BQAgPQUAaD0FAHU9BQC9PQUAyT0FABI+BQAhPgUAZz4FAHE+BQC8PgUAxD4FABE/BQAvPwUAZj8FAG4/BQC7PwUAxD8FABBABQAdQAUAZUAFAGdABQC6QAUA00AFAA9BBQAgQQUAZEEFAHBBBQC5QQUAwUEFANJyEAATQgUAY0IFAGtCBQC4QgUAx0IFAA1DBQASQwUAYkMFAG9DBQC3QwUAxEMFAAxEBQAYRAUAYUQFAHBEBQC2RAUAwEQFAAtFBQATRQUAYEUFAGpFBQC1RQUAukUFAApGBQASRgUAJ3MQAHNGBQC0RgUAt0YFAAlHBQAmRwUAXkcFAG9HBQCzRwUA6kcFAAhIBQAnSAUAXUgFAGVIBQCySAUAtEgFAAdJBQAWSQUAXEkFAGZJBQCxSQUAv0kFAAZKBQAhSgUAW0oFAGdKBQCwSgUAuEoFAHxzEAARSwUAWksFAGlLBQCvSwUAtEsFAARMBQAKTAUAWUwFAGBMBQCuTAUAtkwFAANNBQAFTQUAWE0FAF9NBQCtTQUAr00FAAJOBQADTgUAV04FAGFOBQCsTgUAuE4FAAFPBQAHTwUAVk8FAHBPBQCrTwUAs08FAABQBQAWUAUAVVAFAGNQBQCqUAUArVAFAP9QBQACUQUAVFEFAGJRBQCpUQUAtlEFAP5RBQAVUgUAU1IFAFtSBQCoUgUAqlIFAP1SBQAFUwUAUlMFAGlTBQCnUwUAs1MFAPxTBQASVAUAUVQFAFlUBQCmVAUAtFQFAPtUBQAFVQUAUFUFAFhVBQClVQUArFUFAPpVBQAGVgUAT1YFAFBWBQCkVgUAsFYFAPlWBQAGVwUATlcFAFVXBQCjVwUAplcFAPhXBQAAWAUATVgFAFJYBQCiWAUAr1gFAPdYBQAnWQUATFkFAFRZBQDRcxAAp1kFAPZZBQAEWgUAS1oFAFxaBQCgWgUApVoFAPVaBQAMWwUASlsFAF5bBQCfWwUAvlsFAPRbBQD8WwUASVwFAEtcBQCeXAUArVwFAPNcBQD9XAUASF0FAFZdBQCdXQUAuF0FAPJdBQD+XQUAR14FAE9eBQAmdBAAqF4FAPFeBQAAXwUARl8FAEtfBQCbXwUAoV8FAPBfBQD3XwUARWAFAE1gBQCaYAUAnGAFAO9gBQD2YAUARGEFAEZhBQCZYQUAmmEFAO5hBQD4YQUAQ2IFAE9iBQCYYgUAnmIFAO1iBQAHYwUAQmMFAEpjBQCXYwUArWMFAOxjBQD6YwUAQWQFAERkBQCWZAUAmWQFAOtkBQD5ZAUAQGUFAE1lBQCVZQUArGUFAOplBQDyZQUAP2YFAEFmBQCUZgUAnGYFAOlmBQAAZwUAPmcFAEpnBQCTZwUAqWcFAOhnBQDwZwUAPWgFAEtoBQCSaAUAnGgFAOdoBQDvaAUAPGkFAENpBQCRaQUAnWkFAOZpBQDnaQUAO2oFAEdqBQCQagUAnWoFAOVqBQDsagUAOmsFAD1rBQCPawUAl2sFAORrBQDpawUAOWwFAEZsBQCObAUAvmwFAONsBQDrbAUAe3QQAD1tBQCNbQUAqW0FAOJtBQDqbQUA0HQQAHBuBQCMbgUAsm4FAOFuBQAKbwUANm8FAG1vBQCLbwUAoG8FAOBvBQDobwUANXAFADhwBQCKcAUAp3AFAN9wBQDwcAUANHEFADdxBQCJcQUAk3EFAN5xBQDgcQUAM3IFAD1yBQCIcgUAlHIFAN1yBQD5cgUAMnMFADpzBQAldRAAunMFANxzBQDfcwUAMXQFAFd0BQCGdAUAr3QFANt0BQD/dAUAMHUFADh1BQB6dRAAinUFANp1BQDndQUAL3YFADx2BQCEdgUAkHYFANl2BQDodgUALncFADh3BQCDdwUAkXcFANh3BQDddwUALXgFADp4BQCCeAUAingFANd4BQDheAUALHkFADp5BQCBeQUAl3kFANZ5BQDieQUAK3oFADB6BQCAegUAiXoFANV6BQDfegUAKnsFAEZ7BQB/ewUAh3sFAM91EADWewUAKXwFADd8BQB+fAUAj3wFACR2EADafAUAeXYQAC19BQB9fQUAhX0FANJ9BQDhfQUAJ34FAC1+BQB8fgUAiH4FANF+BQDTfgUAJn8FADB/BQB7fwUAh38FANB/BQDYfwUAI3cQACqABQB6gAUAiYAFAM+ABQDvgAUAJIEFADCBBQB5gQUAg4EFAM6BBQDWgQUAI4IFACWCBQB4ggUAiIIFAM2CBQDXggUAIoMFAC6DBQB3gwUAfYMFAMyDBQDUgwUAeHcQADiEBQB2hAUAfoQFAMuEBQDVhAUAIIUFACWFBQB1hQUAfYUFAM13EADPhQUAH4YFACiGBQApywsALIYFAHSGBQA1hgUAPl4OAH6GBQB4JA4AgYYFAMmGBQDVhgUAHocFAC2HBQBzhwUAfYcFAMiHBQDQhwUA5w0LANaHBQAdiAUAKogFAHKIBQCJiAUAx4gFAM+IBQAciQUAJokFAHGJBQB2iQUAxokFAM6JBQAieBAAKIoFAHCKBQB+igUAxYoFANiKBQAaiwUAIosFAG+LBQByiwUAxIsFAMmLBQAZjAUAKIwFAG6MBQCOjAUAw4wFAM+MBQAYjQUAIo0FAG2NBQCJjQUAwo0FAMqNBQB3eBAAKo4FAGyOBQByjgUAwY4FAM2OBQAWjwUAII8FAGuPBQBxjwUAwI8FAM6PBQAVkAUAIZAFAGqQBQBtkAUAv5AFAMCQBQAUkQUAIJEFAGmRBQBvkQUAvpEFAMSRBQATkgUAH5IFAGiSBQCFkgUAvZIFAMaSBQASkwUAHpMFAGeTBQBqkwUAvJMFAMaTBQARlAUAHZQFAGaUBQBslAUAu5QFAMGUBQAQlQUAFZUFAGWVBQBrlQUAzHgQAMaVBQAPlgUAEZYFAGSWBQBzlgUAuZYFAMSWBQAOlwUAGpcFAGOXBQBqlwUAuJcFAMCXBQANmAUAF5gFAGKYBQBtmAUAt5gFAMOYBQAMmQUAFJkFAMt5EABjmQUAtpkFAMmZBQALmgUAE5oFAGCaBQBmmgUAtZoFAMGaBQAKmwUAFJsFAF+bBQBlmwUAtJsFAMKbBQAJnAUAFZwFAF6cBQBhnAUAs5wFALucBQAInQUACZ0FAF2dBQBpnQUAsp0FALidBQAHngUAD54FAFyeBQBingUAsZ4FAL2eBQAGnwUAI58FAFufBQBknwUAsJ8FALyfBQAFoAUACKAFAFqgBQBkoAUAr6AFALegBQAEoQUAFaEFAFmhBQBnoQUArqEFAMShBQADogUAEaIFAFiiBQBiogUAIHoQALyiBQACowUADaMFAFejBQBjowUArKMFALOjBQABpAUACaQFAFakBQBgpAUAq6QFALakBQAApQUADKUFAFWlBQBdpQUAdXoQAKylBQD/pQUAEqYFAFSmBQBcpgUAqaYFAK+mBQD+pgUACqcFAFOnBQBdpwUAqKcFAK6nBQD9pwUAC6gFAFKoBQBeqAUAp6gFAKqoBQD8qAUABKkFAFGpBQBSqQUApqkFALKpBQD7qQUAAaoFAFCqBQBYqgUApaoFAKuqBQD6qgUABqsFAE+rBQBsqwUApKsFAK2rBQD5qwUABawFAE6sBQBRrAUAo6wFAK2sBQD4rAUAAK0FAE2tBQBerQUAoq0FALCtBQD3rQUADa4FAEyuBQBargUAoa4FAKuuBQD2rgUA/q4FAEuvBQBurwUAynoQAKuvBQD1rwUAA7AFAEqwBQBZsAUAn7AFAKqwBQD0sAUA/LAFAEmxBQBXsQUAnrEFAKGxBQDzsQUA+7EFAB97EABWsgUAnbIFAKCyBQDysgUA+rIFAJoKBgD+sgUAcN8FAAGzBQBBuQUADrMFAEezBQBjswUAdHsQAJ6zBQDxswUA/rMFAEa0BQBTtAUAm7QFAKC0BQDwtAUA+rQFAEW1BQBUtQUAmrUFAJ+1BQDvtQUA/LUFAES2BQBRtgUAmbYFAKW2BQDutgUA/bYFAEO3BQBNtwUAmLcFAKS3BQDttwUA87cFAEK4BQBIuAUAl7gFAJy4BQDsuAUA8rgFAMl7EABGuQUA0NQFAFK5BQCWuQUApLkFAOu5BQD3uQUAQLoFAE26BQCVugUAn7oFAOq6BQAGuwUAP7sFAFu7BQAefBAAlrsFAOm7BQD2uwUAPrwFAEu8BQCTvAUAmLwFAOi8BQDyvAUAPb0FAEy9BQCSvQUAl70FAOe9BQD0vQUAPL4FAEm+BQCRvgUAnb4FAOa+BQD1vgUAO78FAEW/BQCQvwUAnL8FAOW/BQDrvwUAOsAFAEDABQCPwAUAlMAFAOTABQDqwAUAc3wQAEDBBQCOwQUAnMEFAOPBBQDmwQUAOMIFAEfCBQCNwgUAksIFAOLCBQDvwgUAN8MFAETDBQCMwwUAmMMFAOHDBQDwwwUANsQFAEDEBQCLxAUAmcQFAODEBQDlxAUANcUFAELFBQCKxQUAlsUFAN/FBQDyxQUANMYFAEPGBQCJxgUAlcYFAN7GBQDfxgUAM8cFAD3HBQCIxwUAlscFAN3HBQDixwUAMsgFAD/IBQDIfBAAicgFANzIBQDqyAUAMckFAELJBQDHfRAAjckFABx+EADgyQUAMMoFADjKBQCFygUAlMoFANrKBQDfygUAL8sFADzLBQCEywUAkcsFANnLBQDlywUALswFAD3MBQCDzAUAjcwFAMZ+EADazAUALc0FAEjNBQCCzQUAhM0FANfNBQDxzQUALM4FADnOBQCBzgUAjc4FANbOBQDgzgUAK88FAEXPBQCAzwUAj88FANXPBQDazwUAKtAFADfQBQB/0AUAjNAFANTQBQDg0AUAKdEFADjRBQB+0QUAiNEFANPRBQDf0QUAKNIFADvSBQB90gUAjNIFANLSBQDe0gUAJ9MFACjTBQB80wUAhtMFANHTBQDf0wUAJtQFACvUBQB71AUAiNQFABt/EADd1AUAJdUFADLVBQB61QUAhtUFAM/VBQDe1QUAJNYFAC7WBQB51gUAh9YFAM7WBQDT1gUAI9cFADDXBQB41wUAhNcFAM3XBQDg1wUAItgFADHYBQB32AUAg9gFAMzYBQDN2AUAIdkFACvZBQB22QUAhNkFAMvZBQDQ2QUAINoFAC3aBQBwfxAAgtoFAMraBQDM2gUAH9sFADjbBQB02wUAhdsFAMnbBQDV2wUAHtwFACbcBQBvgBAAeNwFAMjcBQDQ3AUAHd0FACzdBQBy3QUAd90FAMfdBQDU3QUAHN4FACneBQBx3gUAfd4FAMbeBQDV3gUAG98FACXfBQDEgBAAg98FAMXfBQDU3wUAGuAFACbgBQBv4AUAcOAFAMTgBQDO4AUAGeEFACfhBQBu4QUAc+EFAMPhBQDQ4QUAGYEQAB3iBQBt4gUAeuIFAMLiBQDP4gUAF+MFACPjBQBs4wUAe+MFAMHjBQDL4wUAFuQFACTkBQBr5AUAcOQFAMDkBQDN5AUAFeUFAB3lBQAYghAAduUFAL/lBQDP5QUAFOYFAB3mBQBp5gUAbOYFAL7mBQDK5gUAE+cFABrnBQBtghAAc+cFAL3nBQC+5wUAEugFACroBQBn6AUAdOgFALzoBQDI6AUAEekFABvpBQBm6QUAaukFALvpBQDA6QUAEOoFABbqBQBl6gUAheoFALrqBQDS6gUAD+sFACbrBQBk6wUAcOsFALnrBQDD6wUADuwFABDsBQBj7AUAauwFALjsBQC/7AUADe0FABPtBQBi7QUAbu0FALftBQC67QUADO4FAA/uBQBh7gUAbe4FALbuBQC57gUAwoIQABDvBQBg7wUAaO8FALXvBQC77wUACvAFAA/wBQBf8AUAaPAFALTwBQC+8AUACfEFABXxBQBe8QUAZvEFABeDEAC48QUACPIFABDyBQBd8gUAaPIFALLyBQC38gUAB/MFAArzBQBc8wUAZvMFAGyDEAC98wUABvQFAA30BQBb9AUAafQFALD0BQCz9AUABfUFAA31BQBa9QUAXfUFAK/1BQC79QUABPYFAAr2BQBZ9gUAdPYFAK72BQC69gUAA/cFAAn3BQBY9wUAYPcFAK33BQCx9wUAAvgFAA74BQBX+AUAZPgFAKz4BQC2+AUAAfkFAAn5BQBW+QUAWPkFAKv5BQCv+QUAAPoFAAL6BQBV+gUAafoFAMGDEACy+gUA//oFAAP7BQBU+wUAVvsFAKn7BQCs+wUA/vsFAAb8BQBT/AUAYPwFAKj8BQCt/AUA/fwFAAf9BQBS/QUAWv0FAKf9BQCo/QUA/P0FAAH+BQBR/gUAVP4FAKb+BQCp/gUA+/4FAAn/BQBQ/wUAaf8FAKX/BQC2/wUA+v8FAAYABgBPAAYAVwAGABaEEACpAAYA+QAGAAEBBgBOAQYAXQEGAKMBBgCoAQYA+AEGAAUCBgBNAgYAWgIGAKICBgCuAgYA9wIGAAYDBgBMAwYAVgMGAKEDBgCpAwYA9gMGAAAEBgBLBAYAUAQGAKAEBgCoBAYAa4QQAAAFBgBKBQYAVgUGAJ8FBgCnBQYAwIQQAAAGBgBJBgYAUAYGAJ4GBgCsBgYA8wYGAPYGBgBIBwYAUAcGAJ0HBgCgBwYA8gcGAP4HBgBHCAYATQgGAJwIBgC3CAYA8QgGAP0IBgBGCQYATAkGAJsJBgC+CQYA8AkGAPMJBgBFCgYAaQoGABWFEACpCgYA7woGAPQKBgBECwYAUQsGAJkLBgCmCwYA7gsGAPoLBgBDDAYAUgwGAJgMBgCiDAYA7QwGAPsMBgBCDQYARw0GAJcNBgCkDQYA7A0GAPQNBgBqhRAATg4GAJYOBgCeDgYA6w4GAAQPBgBADwYARg8GAJUPBgCaDwYA6g8GAAoQBgA/EAYASxAGAJQQBgChEAYA6RAGAPEQBgA+EQYAQREGAJMRBgCdEQYA6BEGAOoRBgA9EgYARxIGAJISBgCeEgYAv4UQAP0SBgA8EwYASBMGAJETBgCWEwYA5hMGAJkTBgBEqhEA7xMGADsUBgBFFAYAkBQGAJgUBgCn+QkAnBQGAOUUBgCzFAYAFTYKAOsUBgA6FQYA+BQGAMt9DABAFQYAjxUGAJQVBgDkFQYA6hUGABSGEABHFgYAjhYGAKQWBgDjFgYA7xYGADgXBgA9FwYAjRcGAJYXBgDiFwYA7BcGADcYBgA/GAYAjBgGAJsYBgDhGAYA5hgGADYZBgBDGQYAixkGAJgZBgDgGQYA7BkGADUaBgBEGgYAihoGAJQaBgDfGgYA7RoGADQbBgBBGwYAiRsGAKAbBgDeGwYA5hsGADMcBgA9HAYAiBwGAI0cBgDdHAYA5RwGABOHEAA+HQYAhx0GAI0dBgDcHQYA9x0GADEeBgA9HgYAhh4GAIweBgBohxAA4R4GAH4fDQDuHgYAMB8GAD8fBgCFHwYAkR8GANofBgDbHwYALyAGADkgBgCEIAYAkiAGANkgBgDeIAYALiEGADshBgC9hxAAiCEGANghBgDgIQYALSIGADAiBgCCIgYAiyIGANciBgDmIgYALCMGADcjBgCBIwYAiSMGANYjBgDmIwYAKyQGADkkBgCAJAYAkSQGANUkBgDhJAYAKiUGADIlBgC8iBAAhSUGANQlBgDcJQYAKSYGADAmBgB+JgYAjCYGANMmBgDZJgYAKCcGADQnBgB9JwYAjCcGANInBgDcJwYAJygGACwoBgB8KAYAgigGANEoBgDlKAYAJikGAC4pBgB7KQYApSkGANApBgDZKQYAJSoGADIqBgB6KgYAiCoGAM8qBgDiKgYAJCsGAEArBgARiRAAfisGAM4rBgDbKwYAIywGADAsBgB4LAYAhCwGAM0sBgDcLAYAIi0GACwtBgB3LQYAhS0GAMwtBgDRLQYAIS4GAC4uBgB2LgYAfi4GAGaJEADXLgYAIC8GADAvBgB1LwYAfi8GAMovBgDNLwYAHzAGACswBgB0MAYAezAGALuJEADzMAYAHjEGACcxBgBzMQYAgDEGAMgxBgDWMQYAHTIGADAyBgByMgYAjjIGABCKEADVMgYAHDMGADIzBgBxMwYAfTMGAMYzBgDNMwYAGzQGACM0BgBwNAYAdTQGAMU0BgDONAYAGjUGACQ1BgBlihAAcDUGAMQ1BgDQNQYAGTYGAB82BgBuNgYAcDYGAMM2BgDNNgYAGDcGACY3BgBtNwYAcjcGAMI3BgDPNwYAFzgGAB84BgBsOAYAdjgGAME4BgDPOAYAFjkGACw5BgBrOQYAdzkGAMA5BgDHOQYAFToGAB06BgBqOgYAbzoGAL86BgDIOgYAFDsGAB47BgC6ihAAbzsGAL47BgDEOwYAEzwGABg8BgBoPAYAbjwGAA+LEADCPAYAEj0GAB89BgBnPQYAdD0GALw9BgDIPQYAET4GACA+BgBmPgYAcD4GALs+BgDJPgYAED8GABU/BgBlPwYAcj8GALo/BgDCPwYADowQAB1ABgBkQAYAekAGALlABgDFQAYADkEGABNBBgBjQQYAbEEGALhBBgDCQQYAY4wQABlCBgBiQgYAc0IGALdCBgDDQgYADEMGABtDBgBhQwYAa0MGALZDBgDEQwYAC0QGABBEBgBgRAYAbUQGALVEBgC/RAYACkUGAMFEBgCxSAYAGEUGAF9FBgB1RQYAtEUGAMBFBgAJRgYADkYGAF5GBgBnRgYAs0YGAL1GBgAIRwYAFEcGAF1HBgBjRwYAskcGALhHBgAHSAYADEgGAFxIBgBiSAYAuIwQALdIBgAGSQYADEkGAFtJBgBgSQYAsEkGALZJBgANjRAAE0oGAFpKBgBwSgYAr0oGALtKBgAESwYACUsGAFlLBgBiSwYArksGALhLBgADTAYAD0wGAFhMBgBrTAYArUwGALxMBgACTQYADk0GAFdNBgBYTQYArE0GALZNBgABTgYAD04GAFZOBgBbTgYAq04GALhOBgBijRAAD08GAFVPBgB1TwYAqk8GALZPBgD/TwYACVAGAFRQBgBZUAYAqVAGAKpQBgD+UAYAClEGAFNRBgBgUQYAqFEGALRRBgD9UQYAEFIGAFJSBgBhUgYAp1IGALNSBgD8UgYA/VIGAFFTBgBbUwYAplMGALRTBgD7UwYAAFQGAFBUBgBdVAYAt40QAMFUBgAMjhAAAFUGAE9VBgBVVQYApFUGAKlVBgD5VQYA/1UGAGGOEABTVgYAo1YGAKZWBgD4VgYABFcGAE1XBgBTVwYAolcGAL1XBgD3VwYAA1gGAExYBgBSWAYAoVgGAKNYBgD2WAYAEVkGAEtZBgBNWQYAoFkGAK5ZBgD1WQYABloGAEpaBgBMWgYAn1oGALhaBgD0WgYABVsGAElbBgBVWwYAYI8QAKhbBgDzWwYAAVwGAEhcBgBeXAYAnVwGAKlcBgDyXAYA91wGAEddBgBQXQYAnF0GAKZdBgDxXQYA+V0GAEZeBgBLXgYAm14GAKpeBgDwXgYA/14GAEVfBgBOXwYAml8GAKBfBgDvXwYA9V8GAERgBgBQYAYAmWAGAKBgBgDuYAYA9mAGAENhBgBFYQYAmGEGAKhhBgDtYQYA92EGAEJiBgBOYgYAl2IGAJ1iBgDsYgYA9GIGALWPEABNYwYAlmMGAKdjBgDrYwYA92MGAEBkBgBPZAYAlWQGAJ9kBgDqZAYA+GQGAD9lBgBEZQYAlGUGAKFlBgDpZQYA8WUGAD5mBgBIZgYA0X0GAEpmBgCTZgYAmWYGAOhmBgDuZgYAPWcGAEJnBgCSZwYAmGcGAAqQEADzZwYAPGgGAEJoBgCRaAYArGgGAOZoBgDyaAYAO2kGAEFpBgCQaQYAmGkGAOVpBgDoaQYAOmoGAEZqBgCPagYAoGoGAORqBgDwagYAOWsGAEhrBgCOawYAmGsGAONrBgDxawYAOGwGAD1sBgCNbAYAmmwGAOJsBgDqbAYAN20GAEFtBgCMbQYAmm0GAOFtBgD3bQYANm4GAEJuBgCLbgYAkG4GAOBuBgDpbgYANW8GAD9vBgAJkRAAkG8GAN9vBgDlbwYANHAGAEBwBgCJcAYAlnAGAN5wBgDocAYAM3EGADtxBgCIcQYAknEGAN1xBgDicQYAMnIGADNyBgCHcgYAjHIGANxyBgDtcgYAMXMGADZzBgCGcwYAnXMGANtzBgDvcwYAMHQGAEx0BgCFdAYAjXQGAF6READidAYAL3UGADl1BgCEdQYAmHUGANl1BgDadQYALnYGADp2BgCDdgYAn3YGANh2BgDgdgYAs5EQADZ3BgCCdwYAkHcGANd3BgCRdwYAb9sKAOF3BgAseAYALngGAIF4BgCaeAYA1ngGAOd4BgAreQYAN3kGAIB5BgCIeQYACJIQAOF5BgAqegYAMHoGAH96BgCaegYA1HoGAOB6BgApewYAL3sGAH57BgCBewYA03sGANt7BgAofAYAOHwGAH18BgCCfAYA0nwGANt8BgAnfQYANH0GAHx9BgCDfQYAXZIQAN99BgAmfgYAPH4GAHt+BgCHfgYA0H4GANV+BgAlfwYALn8GAHp/BgCEfwYAz38GAOt/BgAkgAYALIAGALKSEAB+gAYAzoAGANaABgAjgQYAJYEGAHiBBgCTgQYAzYEGAM+BBgAiggYAMIIGAHeCBgCIggYAzIIGAM6CBgAhgwYAOoMGAHaDBgCHgwYAy4MGANeDBgAghAYAKIQGAAeTEACBhAYAyoQGANCEBgAfhQYAOoUGAHSFBgCAhQYAyYUGAM+FBgAehgYAIYYGAFyTEACQhgYAyIYGAMmGBgAdhwYALIcGAHKHBgB3hwYAx4cGANSHBgAciAYAKYgGAHGIBgB9iAYAxogGANWIBgAbiQYAJYkGAHCJBgB+iQYAxYkGAMqJBgAaigYAJ4oGAG+KBgB7igYAxIoGAMqKBgAZiwYA14oGAFmgBgAfiwYAbosGAHOLBgDDiwYAyYsGALGTEAAdjAYAbYwGAI2MBgDCjAYAzowGABeNBgAdjQYAbI0GAHSNBgCVuQYAdY0GAMGNBgDOjQYAFo4GAByOBgBrjgYAd44GAMCOBgDCjgYAFY8GACSPBgBqjwYAdY8GAL+PBgDBjwYAFJAGAC2QBgBpkAYAepAGAL6QBgDKkAYAE5EGAB+RBgBokQYAe5EGAL2RBgDMkQYAEpIGAB6SBgBnkgYAaJIGALySBgDGkgYAEZMGAB+TBgBmkwYAa5MGALuTBgDIkwYABpQQAB2UBgBllAYAeZQGALqUBgDWlAYAD5UGACuVBgBblBAAc5UGALmVBgC6lQYADpYGAB2WBgBjlgYAaJYGALiWBgDFlgYADZcGABqXBgBilwYAbpcGALeXBgDGlwYADJgGABaYBgBhmAYAb5gGALaYBgC7mAYAC5kGABiZBgBgmQYAcJkGALWZBgC3mQYACpoGABiaBgBfmgYAcJoGALCUEAC7mgYABZUQAA6bBgBemwYAa5sGALObBgDAmwYACJwGAA6cBgBdnAYAaZwGALKcBgDCnAYAB50GABCdBgBcnQYAX50GALGdBgC9nQYABp4GAA2eBgBalRAAZ54GALCeBgDAngYABZ8GAA6fBgBanwYAXZ8GAK+fBgC7nwYABKAGAAugBgCvlRAAaKAGAK6gBgC6oAYAA6EGAAShBgBYoQYAYqEGAK2hBgC7oQYAAqIGAAeiBgBXogYAZKIGAASWEACxogYAAaMGABCjBgBWowYAdqMGAKujBgC3owYAAKQGAAqkBgBVpAYAXaQGAKqkBgC2pAYA/6QGAAWlBgBUpQYAWqUGAKmlBgCupQYA/qUGAASmBgADlxAAWKYGAKimBgCxpgYA/aYGAA6nBgBSpwYAWacGAKenBgCvpwYA/KcGAAmoBgBRqAYAVqgGAKaoBgCwqAYA+6gGAAOpBgBQqQYAX6kGAKWpBgCqqQYA+qkGAAeqBgBPqgYAXKoGAKSqBgCwqgYA+aoGAAirBgBOqwYAWKsGAKOrBgCrqwYA+KsGAAKsBgBNrAYAUqwGAKKsBgCqrAYAApgQAPysBgBMrQYAT60GAKGtBgCrrQYAV5gQAPytBgBLrgYAUK4GAKCuBgDArgYA9a4GAAGvBgBKrwYAUK8GAJ+vBgCirwYA9K8GAPavBgBJsAYAZLAGAJ6wBgCgsAYA87AGAAGxBgBIsQYAWbEGAJ2xBgCfsQYA8rEGAAuyBgBHsgYAWLIGAJyyBgCosgYArJgQAAGzBgBGswYAZrMGAJuzBgCdswYA8LMGAPyzBgB7yw4A/7MGANvIBgAMtAYAI9YGABy0BgBFtAYASLQGAJq0BgCptAYA77QGAPS0BgBEtQYAUbUGAJm1BgCmtQYA7rUGAPq1BgBDtgYAUrYGAJi2BgCitgYA7bYGAPu2BgBCtwYAR7cGAJe3BgCktwYA7LcGAPi3BgBBuAYAR7gGAJa4BgCcuAYA67gGAPC4BgBAuQYARrkGAAGZEACruQYA6rkGAOy5BgA/ugYAU7oGAJS6BgCcugYA6boGAPa6BgA+uwYAQ7sGAJO7BgCduwYA6LsGAPC7BgA9vAYAVrwGAJK8BgCevAYA57wGAO+8BgBWmRAAV70GAJG9BgCTvQYA5r0GAPS9BgA7vgYATL4GAJC+BgCSvgYA5b4GAP6+BgA6vwYAS78GAI+/BgCbvwYAq5kQAOm/BgA5wAYAQsAGAI7ABgCfwAYA48AGAOrABgA4wQYAQMEGAI3BBgCawQYA4sEGAOfBBgA3wgYAQcIGAIzCBgCUwgYA4cIGAPrCBgA2wwYAQsMGAIvDBgCTwwYAVZoQAOPDBgA1xAYAP8QGAIrEBgCMxAYA38QGAPjEBgA0xQYARcUGAInFBgCXxQYA3sUGAOHFBgAzxgYAPsYGAIjGBgCUxgYA3cYGAOTGBgCqmhAAN8cGAIfHBgCPxwYA3McGAOrHBgAxyAYAMsgGAIbIBgChyAYA/5oQAODIBgAwyQYAPckGAIXJBgCSyQYA2skGAObJBgAvygYAPsoGAITKBgCOygYA2coGAOfKBgAuywYAM8sGAIPLBgCQywYA2MsGAOTLBgAtzAYAM8wGAILMBgCIzAYA18wGANzMBgAszQYAMs0GAFSbEACOzQYA1s0GANjNBgArzgYARM4GAIDOBgCRzgYA1c4GAOHOBgAqzwYAMs8GAFOcEACEzwYA1M8GANzPBgAp0AYAQtAGAH7QBgCD0AYA09AGANjQBgAo0QYAMtEGAH3RBgCA0QYA0tEGANzRBgAn0gYALdIGAHzSBgB+0gYA0dIGANLSBgAm0wYALtMGAHvTBgCL0wYA0NMGANbTBgAl1AYAKtQGAHrUBgCQ1AYAz9QGANfUBgAk1QYATtUGAHnVBgCc1QYAztUGAO3VBgConBAAK9YGAP2cEACJ1gYAzdYGANvWBgAi1wYALtcGAHfXBgCE1wYAzNcGANbXBgAh2AYAKdgGAHbYBgCB2AYAy9gGAM3YBgAg2QYAI9kGAHXZBgB92QYAytkGANDZBgAf2gYAKNoGAHTaBgCB2gYAydoGANHaBgAe2wYAI9sGAHPbBgB82wYAyNsGANLbBgAd3AYAJdwGAHLcBgB33AYAx9wGANfcBgAc3QYAJN0GAHHdBgBz3QYAxt0GAOHdBgAb3gYAHd4GAHDeBgB+3gYAxd4GANbeBgAa3wYAHN8GAG/fBgCI3wYAxN8GANXfBgAZ4AYAJeAGAG7gBgB24AYAUp0QAMngBgAY4QYAHeEGAG3hBgCN4QYAwuEGAM7hBgAX4gYAHeIGAGziBgBv4gYAweIGAMniBgAW4wYAIOMGAGvjBgBw4wYAwOMGAMjjBgAV5AYAH+QGAGrkBgBs5AYAv+QGANDkBgAU5QYANOUGAGnlBgBx5QYAvuUGAMjlBgAT5gYAGOYGAKedEAB85gYAveYGAMXmBgAS5wYAF+cGAGfnBgB35wYAvOcGAMTnBgAR6AYAG+gGAGboBgBx6AYAu+gGAMfoBgAQ6QYAGOkGAPydEABx6QYAuukGAMbpBgAP6gYAFuoGAGTqBgBs6gYAueoGANLqBgAO6wYAFOsGAGPrBgBo6wYAuOsGANjrBgAN7AYAGewGAGLsBgBo7AYAt+wGALrsBgBRnhAADu0GAGHtBgAa7QYA1sQPAGTtBgC27QYAwO0GAAvuBgAZ7gYAYO4GAG/uBgC17gYAuO4GAArvBgDN7gYAIC4HANHuBgCXDAcAFu8GAF/vBgBh7wYAtO8GALrvBgAJ8AYAGPAGAF7wBgBp8AYAs/AGALvwBgDgbQcAzfAGAAjxBgAU8QYAXfEGAHDxBgCy8QYAwfEGAAfyBgAT8gYAXPIGAF3yBgCx8gYAu/IGAAbzBgAU8wYAW/MGAGDzBgCw8wYAvfMGAKaeEAAf9AYAWvQGAGn0BgCv9AYAtPQGAAT1BgAR9QYAWfUGAGb1BgCu9QYAuvUGAAP2BgAS9gYAWPYGAGL2BgCt9gYAu/YGAAL3BgAH9wYAV/cGAGT3BgCs9wYAuPcGAAH4BgAH+AYAVvgGAFz4BgCr+AYAsPgGAAD5BgAG+QYA+54QAFb5BgCq+QYAXvkGAFqcCQBi+QYAHIUJAGT5BgAxcgcAdfkGAHLVDQC2+QYA//kGAAX6BgAMQQgADPoGAFT6BgBX+gYAqfoGALX6BgD++gYAAPsGAFP7BgBZ+wYAqPsGALf7BgD9+wYACPwGAFL8BgBT/AYAp/wGALv8BgD8/AYAFv0GAFH9BgBd/QYApv0GALn9BgD7/QYACv4GAFD+BgBc/gYApf4GAKb+BgD6/gYABP8GAE//BgBd/wYApP8GAKn/BgD5/wYABgAHAFCfEABoAAcAowAHALIABwD4AAcA/QAHAE0BBwBaAQcAogEHAK8BBwD3AQcAAwIHAEwCBwBbAgcAoQIHAKsCBwD2AgcABAMHAEsDBwBQAwcAoAMHAK0DBwD1AwcAAQQHAEoEBwBQBAcAnwQHAKUEBwD0BAcA+QQHAEkFBwBPBQcApZ8QAKwFBwDzBQcADgYHAEgGBwBWBgcAnQYHAKoGBwDyBgcACQcHAEcHBwBWBwcAnAcHAKEHBwDxBwcA/gcHAEYIBwBTCAcAmwgHAKcIBwDwCAcA/wgHAEUJBwBPCQcAmgkHAKgJBwDvCQcA9AkHAEQKBwBRCgcAmQoHAJwKBwDuCgcA+goHAEMLBwBJCwcAmAsHAJ4LBwDtCwcA8gsHAEIMBwBIDAcA+p8QALMMBwBPoBAA8gwHAEENBwBDDQcAlg0HAKMNBwDrDQcA7g0HAEAOBwBBDgcAlQ4HAJoOBwDqDgcA8A4HAD8PBwBJDwcAlA8HALAPBwDpDwcABRAHAKSgEABEEAcAkxAHAJUQBwDoEAcA9RAHAD0RBwBAEQcAkhEHAJMRBwDnEQcA7BEHADwSBwBCEgcAkRIHAJsSBwDmEgcAAhMHADsTBwBXEwcA+aAQAJYTBwDlEwcA6xMHADoUBwA/FAcAjxQHAJUUBwBOoRAA5hQHADkVBwBHFQcAjhUHAJ8VBwBNohAA6hUHAKKiEAA9FgcAjRYHAJUWBwDiFgcA5xYHADcXBwDxFgcAIysHADgXBwCMFwcAmBcHAOEXBwDuFwcANhgHAD4YBwCLGAcAlRgHAOAYBwDvGAcANRkHADYZBwCKGQcAkhkHAN8ZBwDuGQcANBoHADkaBwCJGgcAlhoHAN4aBwDrGgcAMxsHAD8bBwCIGwcAlxsHAN0bBwDnGwcAMhwHAEAcBwCHHAcAjBwHANwcBwDpHAcAMR0HADkdBwCGHQcAkB0HANsdBwDgHQcAMB4HADgeBwBMoxAAih4HANoeBwDjHgcA1SMHAOceBwAvHwcAPB8HAIQfBwCQHwcA2R8HAOgfBwAuIAcAOCAHAIMgBwCRIAcA2CAHAN0gBwAtIQcAOiEHAIIhBwCKIQcAoaMQAOMhBwAsIgcAPCIHAIEiBwCKIgcA1iIHANkiBwArIwcANyMHAIAjBwCHIwcA9qMQAOYjBwAqJAcAMSQHAH8kBwCMJAcA1CQHAPMkBwApJQcAMyUHAH4lBwCGJQcA0yUHAOIlBwAoJgcALSYHAH0mBwCKJgcA0iYHAN8mBwAnJwcAMycHAHwnBwCLJwcA0ScHANsnBwAmKAcALigHAHsoBwCFKAcA0CgHANUoBwAlKQcALSkHAEukEACGKQcAzykHANUpBwAkKgcAPyoHAHkqBwCFKgcAzioHANQqBwCgpBAAKCsHAHgrBwCFKwcAzSsHANorBwAiLAcALiwHAHcsBwCGLAcAzCwHANYsBwD1pBAAKy0HAHYtBwB7LQcAyy0HANMtBwBKpRAAKi4HAHUuBwB7LgcAyi4HAMwuBwAfLwcALC8HAHQvBwB3LwcAyS8HAMovBwAeMAcAIzAHAHMwBwB5MAcAyDAHANIwBwAdMQcANzEHAHIxBwCBMQcAxzEHAMwxBwAcMgcAKTIHAHEyBwB+MgcAxjIHANIyBwAbMwcAKjMHAHAzBwB6MwcAxTMHANMzBwAaNAcAHzQHAG80BwB8NAcAxDQHAM40BwBlPgcA0DQHABk1BwAfNQcAbjUHAHQ1BwDDNQcAyDUHABg2BwAeNgcAn6UQAHI2BwDCNgcAzzYHABc3BwAkNwcAbDcHAHg3BwDBNwcA0DcHABY4BwAgOAcAazgHAHk4BwDAOAcAxTgHABU5BwAiOQcAajkHAHI5BwCephAAxTkHABQ6BwAaOgcAaToHAG46BwC+OgcAxDoHAPOmEAAVOwcAaDsHAHE7BwC9OwcAwDsHABI8BwAePAcAZzwHAG48BwC8PAcAxDwHABE9BwAqPQcAZj0HAHo9BwC7PQcA1z0HABA+BwAYPgcAnacQAHM+BwC6PgcA0D4HAA8/BwAbPwcAZD8HAGk/BwC5PwcAwj8HAA5ABwAYQAcAY0AHAH9ABwC4QAcAwEAHAPKnEAASQQcAYkEHAG9BBwC3QQcAxEEHAAxCBwAYQgcAYUIHAHBCBwC2QgcAwEIHAAtDBwAZQwcAYEMHAGVDBwC1QwcAwkMHAApEBwASRAcAR6gQAG1EBwC0RAcAykQHAAlFBwAVRQcAXkUHAGNFBwCzRQcAvEUHAAhGBwASRgcAXUYHAGVGBwCyRgcAwUYHAAdHBwAJRwcAXEcHAGVHBwCxRwcAtEcHAAZIBwASSAcAW0gHAGJIBwCwSAcAuEgHAAVJBwAeSQcAWkkHAG5JBwCvSQcAy0kHAARKBwAMSgcAnKgQAF5KBwCuSgcAu0oHAANLBwAQSwcAWEsHAGRLBwCtSwcAvEsHAAJMBwAMTAcAV0wHAGFMBwCsTAcAukwHAAFNBwAXTQcAVk0HAGJNBwCrTQcAsE0HAABOBwAJTgcAVU4HAF9OBwCqTgcAtk4HAP9OBwAFTwcAVE8HAFpPBwCpTwcArk8HAP5PBwAEUAcA8agQAF9QBwCoUAcArFAHAP1QBwAMUQcAUlEHAFdRBwCnUQcAtFEHAPxRBwAJUgcAUVIHAF1SBwCmUgcAtVIHAPtSBwAFUwcAUFMHAF5TBwClUwcAqlMHAPpTBwAHVAcAT1QHAFtUBwCkVAcAqlQHAPlUBwD/VAcATlUHAFNVBwCjVQcAqVUHAEapEAD9VQcATVYHAFRWBwCiVgcArlYHAPdWBwD5VgcATFcHAPpWBwDxXAcAZ1cHAKFXBwCjVwcA9lcHAARYBwBLWAcAXFgHAKBYBwCiWAcA9VgHAA5ZBwBKWQcAW1kHAJ9ZBwCrWQcA9FkHAABaBwBJWgcAXFoHAJ5aBwCtWgcA81oHAP9aBwBIWwcASVsHAJ1bBwCnWwcA8lsHAABcBwBHXAcATFwHAJxcBwCpXAcAm6kQAPNcBwBGXQcAYV0HAJtdBwCdXQcA8F0HAP5dBwBFXgcAVl4HAJpeBwCcXgcA714HAAhfBwBEXwcAVV8HAJlfBwClXwcA7l8HAPpfBwBDYAcAVmAHAJhgBwCnYAcA7WAHAPlgBwBCYQcAQ2EHAJdhBwChYQcA7GEHAPphBwBBYgcARmIHAJZiBwCjYgcAmqoQAPBiBwBAYwcASGMHAJVjBwCXYwcA6mMHAPtjBwA/ZAcATWQHAJRkBwCvZAcA6WQHAPVkBwA+ZQcARmUHAJmrEACYZQcA6GUHAO9lBwA9ZgcASWYHAJJmBwCVZgcA52YHAO9mBwA8ZwcATGcHAJFnBwCWZwcA5mcHAO9nBwA7aAcASGgHAJBoBwCXaAcA5WgHAO1oBwDuqxAAR2kHAI9pBwCXaQcA5GkHAPhpBwA5agcAPmoHAI5qBwCXagcA42oHAOlqBwA4awcAQGsHAI1rBwCcawcA4msHAPNrBwA3bAcAQGwHAIxsBwCPbAcA4WwHAOtsBwA2bQcAQm0HAIttBwCRbQcAQ6wQAO1tBwA1bgcAOm4HAIpuBwCRbgcA324HAOtuBwA0bwcAPG8HAJisEACkbwcA3m8HAOBvBwAzcAcAQXAHAIhwBwCZcAcA3XAHAN9wBwAycQcAS3EHAIdxBwCYcQcA3HEHAOhxBwDtrBAAQHIHAIZyBwCPcgcA23IHAOFyBwAwcwcANnMHAIVzBwCRcwcA2nMHAOFzBwAvdAcAN3QHAIR0BwCIdAcA2XQHAOR0BwAudQcAPHUHAIN1BwCUdQcA2HUHAOR1BwAtdgcANXYHAEKtEACFdgcA13YHAOF2BwAsdwcALncHAIF3BwCadwcA1ncHAOd3BwAreAcAOXgHAIB4BwCDeAcA1XgHAOB4BwAqeQcAOHkHAH95BwCMeQcA1HkHAOt5BwApegcAMXoHAH56BwCAegcA03oHANt6BwAoewcAN3sHAH17BwCCewcA0nsHAN97BwAnfAcANHwHAHx8BwCIfAcA0XwHAOB8BwAmfQcAMH0HAHt9BwCJfQcA0H0HANV9BwAlfgcAMn4HAHp+BwCCfgcAz34HANl+BwAkfwcAKX8HAHl/BwCBfwcAzn8HANF/BwAjgAcAQIAHAHiABwCJgAcAzYAHANWABwAigQcAJYEHAHeBBwCDgQcAzIEHANKBBwAhggcAPIIHAHaCBwCCggcAy4IHANGCBwCXrRAAL4MHAHWDBwB2gwcAyoMHAAKEBwAfhAcALYQHAHSEBwB1hAcAyYQHANGEBwAehQcALYUHAHOFBwB4hQcAyIUHANWFBwAdhgcAKoYHAHKGBwB+hgcAx4YHANaGBwAchwcAJocHAHGHBwB/hwcAxocHAMuHBwAbiAcAKIgHAHCIBwB4iAcAxYgHAM+IBwAaiQcAH4kHAG+JBwB3iQcAxIkHAM6JBwAZigcAJIoHAG6KBwB6igcAw4oHAMuKBwDsrRAAHYsHAG2LBwBwiwcAwosHAMyLBwAXjAcAH4wHAEGuEAB6jAcAwYwHANeMBwAWjQcAIo0HAGuNBwBwjQcAwI0HAMmNBwAVjgcAH44HAGqOBwByjgcAv44HAMuOBwAUjwcAJ48HAGmPBwBqjwcAvo8HAMyPBwATkAcAGZAHAGiQBwB0kAcAvZAHAMSQBwCWrhAAE5EHAGeRBwBzkQcAvJEHAMmRBwARkgcAGZIHAGaSBwBwkgcAu5IHAMqSBwAQkwcAEZMHAGWTBwBtkwcAupMHAMmTBwAPlAcAFJQHAGSUBwBxlAcAuZQHAMaUBwAOlQcAGpUHAGOVBwBylQcAuJUHAMKVBwANlgcAG5YHAGKWBwBnlgcAt5YHAMSWBwAMlwcAFJcHAGGXBwBllwcAtpcHAMSXBwALmAcAFZgHAGCYBwBrmAcAtZgHAL2YBwAKmQcAFZkHAF+ZBwBkmQcAtJkHALeZBwAJmgcAE5oHAF6aBwBmmgcAs5oHANKaBwDrrhAAF5sHAF2bBwBemwcAspsHALqbBwAHnAcACJwHAFycBwBinAcAsZwHALacBwAGnQcAIZ0HAFudBwBpnQcAsJ0HALedBwAFngcAEZ4HAFqeBwBgngcAr54HAMueBwAEnwcADJ8HAECvEABfnwcArp8HALSfBwADoAcACKAHAFigBwBeoAcAla8QALKgBwACoQcACaEHAFehBwBjoQcArKEHALShBwA/sBAAFKIHAFaiBwCNogcAq6IHAK2iBwCqowcA4KIHAACjBwAlowcAVaMHAFyjBwDpsBAAj6MHAJSwEAC6owcA/6MHADmkBwA+sRAAXaQHAI9kDABepAcAmFkOAHGkBwCppAcAdKQHAA+ODQC6pAcA/qQHAAalBwBTpQcAVqUHAKilBwC0pQcA/aUHAAOmBwBSpgcAbaYHAKemBwCzpgcA/KYHAAKnBwBRpwcAWacHAKanBwDCpwcA+6cHAAOoBwCTsRAAX6gHAKWoBwCmqAcA+qgHAAKpBwBPqQcAUKkHAKSpBwCqqQcA+akHAP6pBwBOqgcAaaoHAKOqBwCxqgcA+KoHAP+qBwBNqwcAWasHAKKrBwCoqwcA96sHABOsBwBMrAcAVKwHAOixEACnrAcA9qwHAPysBwBLrQcAUK0HAKCtBwCmrQcAPbIQAPqtBwBKrgcAUa4HAJ+uBwCrrgcA9K4HAPyuBwDnshAAXK8HAJ6vBwDVrwcA868HAPWvBwDysAcAKLAHAEiwBwBtsAcAnbAHAKSwBwCRsxAA17AHADyzEAACsQcAR7EHAIGxBwDmsxAAnrEHAPGxBwDysQcARrIHAFCyBwCbsgcAqbIHAPCyBwALswcARbMHAFGzBwCaswcAorMHADu0EAD7swcARLQHAEq0BwCZtAcAtLQHAO60BwD6tAcAQ7UHAEm1BwCYtQcAoLUHAO21BwD7tQcAQrYHAEW2BwCXtgcAn7YHAOy2BwD1tgcAQbcHAE63BwCWtwcAmLcHAOu3BwAGuAcAQLgHAEK4BwCVuAcAo7gHAOq4BwD7uAcAP7kHAEG5BwCUuQcArbkHAOm5BwD6uQcAProHAEq6BwCTugcAm7oHAJC0EADuugcAPbsHAEW7BwCSuwcAmbsHAOe7BwDsuwcAPLwHAEi8BwCRvAcAlLwHAOa8BwDuvAcAO70HAEi9BwCQvQcAlb0HAOW9BwDvvQcAOr4HAEK+BwCPvgcAm74HAOS+BwD3vgcAOb8HAEe/BwCOvwcAkb8HAOO/BwDtvwcA5bQQADvABwCNwAcAlcAHAOLABwDlwAcAN8EHAEPBBwCMwQcAksEHAOHBBwD8wQcANsIHAELCBwCLwgcAkcIHAODCBwDowgcANcMHAEPDBwCKwwcAjcMHAN/DBwDnwwcANMQHAD3EBwCJxAcAlsQHAN7EBwDgxAcAM8UHAE7FBwCIxQcAisUHAN3FBwDrxQcAMsYHAEPGBwCHxgcAicYHANzGBwD1xgcAMccHAELHBwCGxwcAkscHANvHBwDjxwcAOrUQADbIBwCFyAcAjcgHANrIBwDhyAcAL8kHADTJBwCEyQcAkMkHANnJBwDcyQcALsoHADbKBwCDygcAkMoHANjKBwDdygcALcsHADfLBwCCywcAissHANfLBwDjywcALMwHAD/MBwCBzAcAj8wHANbMBwDZzAcAK80HADXNBwCPtRAAg80HANXNBwDhzQcAKs4HADDOBwB/zgcAms4HANTOBwDgzgcAKc8HAC/PBwB+zwcAhs8HANPPBwDhzwcAKNAHACvQBwB90AcAhdAHANLQBwDb0AcAJ9EHADTRBwB80QcAftEHANHRBwDs0QcAJtIHACjSBwB70gcAidIHANDSBwDh0gcAJdMHACfTBwB60wcAk9MHAM/TBwDg0wcAJNQHADDUBwB51AcAgdQHAOS1EADU1AcAI9UHACvVBwB41QcAf9UHAM3VBwDS1QcAItYHAC7WBwB31gcAetYHAMzWBwDU1gcAIdcHAC7XBwB21wcAe9cHAMvXBwDV1wcAINgHACjYBwB12AcAgdgHAMrYBwDd2AcAH9kHAC3ZBwB02QcAd9kHAMnZBwDT2QcAObYQACbaBwCOthAAgdoHAMjaBwDZ2gcAHdsHACnbBwBy2wcAetsHAOO2EADM2wcAHNwHACbcBwBx3AcAedwHAMbcBwDW3AcAG90HACDdBwBw3QcAed0HAMXdBwDS3QcAGt4HACHeBwA4txAAcd4HAMTeBwB03gcAC+wIAHjeBwDWbw8Ae94HAGuGDgB93gcAT1IJAM7eBwC93g4A1d4HABnfBwAq3wcAbt8HAHzfBwDD3wcA398HABjgBwA04AcAjbcQAHvgBwDC4AcAz+AHABfhBwAu4QcAbOEHAHjhBwDB4QcAx+EHABbiBwAc4gcAa+IHAHDiBwDA4gcAxuIHAOK3EAAr4wcAauMHAHnjBwC/4wcAluMHALroBwDB4wcAFOQHACPkBwBp5AcAdOQHAL7kBwDK5AcAE+UHABblBwBo5QcAGuUHAFvyBwAv5QcADOwHAHTlBwC95QcAw+UHABLmBwAt5gcAZ+YHAHPmBwC85gcAwuYHABHnBwAd5wcAZucHAGznBwC75wcAwecHABDoBwAV6AcAZegHAGvoBwA3uBAAvegHAA/pBwAr6QcAZOkHAGzpBwA2uRAAxekHAA7qBwAU6gcAY+oHAH7qBwC46gcAxOoHAA3rBwAT6wcAYusHAGrrBwC36wcA2OsHAIu5EAAU7AcA4LkQAGbsBwC27AcAw+wHAAvtBwAY7QcAYO0HAGztBwC17QcAxO0HAAruBwAU7gcAX+4HAGfuBwC07gcAvu4HAAnvBwAX7wcAXu8HAHTvBwCz7wcAv+8HAAjwBwAN8AcAXfAHAGbwBwCy8AcAvPAHAAfxBwAP8QcAXPEHAGbxBwCx8QcAtvEHAAbyBwAO8gcANboQAGfyBwCw8gcAw/IHAAXzBwAU8wcAWvMHAGbzBwCv8wcAsPMHAAT0BwAO9AcAWfQHAGf0BwCu9AcAs/QHAAP1BwAQ9QcAiroQAGP1BwCt9QcAufUHAAL2BwAI9gcAV/YHAGP2BwCs9gcAtPYHAIm7EAAE9wcAVvcHAF73BwCr9wcAuPcHAAD4BwAF+AcAVfgHAF34BwCq+AcArPgHAP/4BwAa+QcAVPkHAFb5BwCp+QcAt/kHAP75BwAP+gcAU/oHAFX6BwCo+gcAwfoHAP36BwAO+wcAUvsHAF77BwCn+wcAr/sHAN67EAAB/AcAUfwHAF78BwCm/AcAs/wHAPv8BwAH/QcAUP0HAF/9BwCl/QcAr/0HAPr9BwAI/gcAT/4HAFT+BwCk/gcAsf4HAPn+BwAB/wcATv8HAFD/BwCj/wcArf8HAPj/BwAAAAgAM7wQAFgACACiAAgAsAAIAPcACAD6AAgATAEIAFQBCAChAQgAtwEIAPYBCAD7AQgASwIIAGECCACgAggArAIIAPUCCAACAwgASgMIAFQDCACIvBAAoQMIAPQDCAACBAgASQQIAFoECADdvBAApAQIAPMECAD/BAgAMr0QAEoFCACdBQgAowUIAPIFCAASBggARwYIAFMGCACcBggAowYIAPEGCAD5BggARgcIAE0HCACbBwgApwcIAPAHCADyBwgARQgIAEwICACHvRAAnQgIAO8ICAD3CAgARAkIAFQJCACZCQgAmwkIAO4JCAD8CQgAQwoIAFQKCADcvRAAnwoIADG+EAD6CggAQgsIAEkLCACXCwgAnwsIAOwLCAD6CwgAQQwIAEQMCACWDAgAngwIAOsMCADyDAgAQA0IAE4NCACVDQgAmA0IAOoNCADsDQgAPw4IAFgOCACUDggApQ4IAOkOCAD1DggAPg8IAEUPCACTDwgAmw8IAOgPCADxDwgAPRAIAEoQCACSEAgAnBAIAOcQCAD1EAgAPBEIAE0RCACREQgAmREIAOYRCADwEQgAOxIIAEkSCACQEggAphIIAOUSCADxEggAOhMIAEETCACPEwgAlxMIAOQTCADqEwgAORQIAEUUCACOFAgAmBQIAOMUCADpFAgAOBUIAEwVCADbvhAAmxUIAOIVCAD7FQgANxYIAE0WCACMFggAmxYIAOEWCAD7FggANhcIADkXCAAxHAgAQRcIACwhCABFFwgAixcIAJAXCADgFwgA7RcIADUYCABCGAgAihgIAJYYCADfGAgA7hgIADQZCAA+GQgAiRkIAJcZCADeGQgA4xkIADMaCABAGggAiBoIAJQaCADdGggA4xoIADIbCAA4GwgAhxsIAIwbCADcGwgA4hsIADC/EAA9HAgAhhwIAIwcCADbHAgA9hwIADAdCAA8HQgAhR0IAIsdCADaHQgA4R0IAC8eCAA0HggA2B8IADseCACEHggAhh4IANkeCADgHggALh8IAEofCACDHwgAix8IAC/AEADcHwgALSAIADogCACCIAgAniAIANcgCADfIAgAhMAQADEhCACBIQgAhCEIANYhCADgIQgAKyIIADwiCACAIggAhSIIANUiCADaIggAKiMIAEojCAB/IwgAiCMIANQjCADVIwgAKSQIADUkCAB+JAgAhCQIANMkCADZJAgAKCUIAC0lCAB9JQgAgyUIANnAEADTJQgAJyYIADMmCAB8JggAiSYIANEmCADZJggAJicIAC8nCAB7JwgAiCcIANAnCADeJwgAJSgIADgoCAB6KAgAgigIAM8oCADSKAgAJCkIACkpCAB5KQgAiCkIAM4pCADuKQgAIyoIAC8qCAB4KggAgioIANjBEADXKggAIisIACQrCAB3KwgAgSsIAMwrCADVKwgAISwIACQsCAB2LAgAfiwIAMssCAABLQgALcIQACwtCAB1LQgAhC0IAMotCADqLQgAHy4IACsuCAB0LggAey4IAMkuCADOLggAHi8IAB8vCABzLwgAfy8IAMgvCADOLwgAHTAIAB8wCAByMAgAfDAIAMcwCADVMAgAHDEIACExCABxMQgAfjEIAMYxCADQMQgAGzIIACkyCABwMggAhjIIAMUyCADRMggAGjMIAB8zCABvMwgAeDMIAMQzCADOMwgAGTQIACU0CABuNAgAgTQIAMM0CADSNAgAGDUIACQ1CABtNQgAbjUIAMI1CADMNQgAFzYIACU2CABsNggAcTYIAME2CADONggAgsIQACQ3CABrNwgAgTcIAMA3CADMNwgAFTgIABw4CABqOAgAcjgIAL84CADEOAgAFDkIAB05CABpOQgAczkIAL45CADGOQgAEzoIABc6CABoOggAajoIAL06CADLOggAEjsIABw7CABnOwgAdTsIALw7CADJOwgAETwIACg8CABmPAgAbjwIALs8CADLPAgAED0IABU9CABlPQgAaz0IALo9CADCPQgADz4IABQ+CABkPggAZT4IALk+CADFPggADj8IABQ/CABjPwgAZT8IALg/CADCPwgADUAIABtACABiQAgAZ0AIALdACADEQAgAgcMQAA5BCABhQQgAa0EIALZBCADEQQgAC0IIABBCCABgQggAbUIIALVCCAC3QggAkQ8KAL9CCAAKQwgAGEMIAF9DCAB1QwgAtEMIAMBDCAAJRAgADkQIAF5ECABnRAgAs0QIAL1ECAAIRQgAFEUIAF1FCABwRQgAskUIAMFFCAAHRggAE0YIAFxGCABdRggAsUYIALtGCAAGRwgAFEcIAFtHCABgRwgAsEcIAL1HCADWwxAADkgIAFpICABkSAgAr0gIALFICAAESQgADkkIAFlJCABlSQgArkkIALZJCADVxBAABEoIAFhKCABkSggArUoIALNKCAACSwgABEsIAFdLCABhSwgArEsIALpLCAABTAgABkwIAFZMCABjTAgAq0wIALNMCAAATQgACk0IAFVNCABjTQgAqk0IAMBNCAD/TQgAC04IAFROCABbTggAqU4IALFOCAD+TggAA08IAFNPCABcTwgAqE8IALJPCAD9TwgAElAIAFJQCABbUAgAp1AIALRQCAD8UAgA/lAIAFFRCABqUQgAplEIALdRCAD7UQgAB1IIAFBSCABYUggAKsUQAKpSCAD6UggAAlMIAE9TCABlUwgApFMIAKlTCAD5UwgAAFQIAE5UCABcVAgAo1QIALNUCAD4VAgADFUIAE1VCABVVQgAolUIALFVCAD3VQgA/FUIAExWCABVVggAoVYIAK5WCAD2VggAAFcIAEtXCABXVwgAoFcIAKZXCAB/xRAAA1gIAEpYCABgWAgAn1gIAKtYCAD0WAgA+VgIAElZCABSWQgAnlkIAKhZCADzWQgA+1kIAEhaCABMWggAnVoIAJ9aCADyWggAAFsIAEdbCABRWwgAnFsIAKpbCADxWwgA/lsIAEZcCABdXAgAm1wIAKNcCADwXAgAAF0IAEVdCABKXQgAml0IAKBdCADvXQgA910IAEReCABfXggAmV4IAJteCADuXggA/14IAENfCABMXwgAmF8IAKRfCADUxRAA8l8IAEJgCABFYAgAl2AIAKFgCADsYAgA7mAIAEFhCABcYQgAlmEIAJhhCADrYQgA+WEIAEBiCABRYggAlWIIAJdiCADqYggAA2MIAD9jCABQYwgAlGMIAKBjCAApxhAABmQIAD5kCABPZAgAk2QIAK9kCADoZAgA8GQIAH7GEABCZQgAkmUIAJplCADnZQgA8mUIADxmCABBZggAkWYIAJRmCADmZggA8GYIADtnCAA+ZwgAkGcIAJhnCADlZwgA52cIADpoCABVaAgAj2gIAJFoCADkaAgA8mgIADlpCABKaQgAjmkIAJBpCADjaQgA/GkIADhqCABJaggAjWoIAJlqCADiaggA6moIANPGEABEawgAjGsIAJRrCADhawgA62sIADZsCABBbAgAi2wIAJdsCADgbAgA6GwIACjHEAA6bQgAim0IAI9tCADfbQgA8G0IAH3HEABBbggAiW4IAItuCADebggA924IADNvCABEbwgAiG8IAJRvCADdbwgA5W8IANLHEAA3cAgAh3AIAI9wCADccAgA63AIADFxCAA3cQgAhnEIAJJxCADbcQgA3XEIADByCAA6cggAhXIIAJFyCADacggA4nIIACfIEAA7cwgAhHMIAIdzCADZcwgA3HMIAC50CAA8dAgAg3QIAIh0CADYdAgA5XQIAHzIEAA+dQgAgnUIAIp1CADXdQgAj3UIACN/CADidQgALHYIADF2CACBdggAhHYIANZ2CADgdggAK3cIAE53CACAdwgAg3cIANV3CAD5dwgAKngIADJ4CADRyBAAhXgIANR4CADieAgAKXkIADV5CAB+eQgAhXkIANN5CADbeQgAKHoIADh6CAB9eggAgnoIANJ6CADYeggAJ3sIAC97CAB8ewgAmXsIANF7CADaewgAJnwIADJ8CAB7fAgAgXwIANB8CADkfAgAJX0IAC19CAB6fQgAin0IAM99CADRfQgAJH4IADJ+CAB5fggAin4IACbJEADVfggAe8kQACh/CAB4fwgAf38IAM1/CADZfwgAIoAIACWACAB3gAgAh4AIAMyACADOgAgAIYEIAC+BCAB2gQgAh4EIANDJEADSgQgAJcoQADOCCAB1gggAhIIIAMqCCADWgggAH4MIACCDCAB0gwgAfoMIAMmDCADXgwgAHoQIACOECABzhAgAgIQIAHrKEADNhAgAHYUIACaFCAByhQgAg4UIAMeFCADOhQgAHIYIACSGCABxhggAfoYIAMaGCADLhggAG4cIACWHCABwhwgAeIcIAMWHCADLhwgAGogIACaICABviAgAcYgIAMSICADTiAgAGYkIACSJCABuiQgAdokIAMOJCADFiQgAGIoIACWKCABtiggAgYoIAMKKCADKiggAF4sIACaLCABsiwgAcYsIAMGLCADOiwgAFowIACCMCABrjAgAbYwIAMCMCADPjAgAFY0IAB+NCABqjQgAco0IAL+NCADAjQgAFI4IABmOCABpjggAd44IAL6OCADLjggAE48IAB2PCAB5yxAAa48IAL2PCADJjwgAA58IANmPCAASkAgAGpAIAM7LEABskAgAvJAIAMSQCAARkQgAFJEIAGaRCABykQgAu5EIAMGRCAAQkggAK5IIAGWSCABxkggAupIIAMCSCAAPkwgAEpMIAGSTCABskwgAuZMIALuTCAAOlAgAKZQIAGOUCABllAgAuJQIAMaUCAANlQgAHpUIAGKVCABklQgAt5UIANCVCAAMlggAHZYIAGGWCABtlggAtpYIAL6WCAAjzBAAEJcIAGCXCABmlwgAtZcIAL2XCAAKmAgAGZgIAF+YCABkmAgAtJgIAMGYCAAJmQgAFpkIAF6ZCABqmQgAs5kIAMKZCAAImggAEpoIAF2aCABrmggAspoIALeaCAAHmwgAFJsIAHjMEABomwgAsZsIALebCAAGnAgAIZwIAFucCABnnAgAsJwIALacCAAFnQgACJ0IAFqdCABmnQgAr50IALWdCAAEnggACp4IAFmeCABenggArp4IALSeCADNzBAACZ8IAFifCABenwgArZ8IALKfCAACoAgACKAIACLNEABcoAgArKAIALmgCAABoQgADqEIAFahCABioQgAq6EIALqhCAAAoggACqIIAFWiCABjoggAqqIIAK+iCAD/oggADKMIAFSjCABsowgAqaMIAK+jCAD+owgACqQIAFOkCABjpAgAqKQIALGkCAD9pAgAAKUIAFKlCABepQgAp6UIAK6lCAAhzhAA/qUIAFGmCABbpggApqYIAKmmCAD7pggAA6cIAFCnCABTpwgApacIALGnCAD6pwgAAKgIAE+oCABqqAgApKgIALCoCAD5qAgA/6gIAHbOEABuqQgAo6kIAK6pCAD4qQgA/akIAE2qCABWqggAoqoIAKWqCAD3qggAA6sIAEyrCABYqwgA7LUIAGSrCAChqwgAqKsIAParCAD8qwgAS6wIAFmsCACgrAgAu6wIAPWsCAABrQgASq0IAFCtCACfrQgAua0IAPStCAAArggASa4IAE+uCACerggApK4IAPOuCAD4rggASK8IAE6vCADLzhAAqq8IAPKvCAD+rwgAR7AIAFGwCACcsAgAoLAIAPGwCAD2sAgARrEIAEyxCACbsQgAu7EIAPCxCAD8sQgARbIIAEuyCACasggAoLIIAO+yCAD0sggARLMIAEqzCAB1zxAAnrMIAO6zCAD1swgAQ7QIAE+0CACYtAgAtLQIAO20CAD1tAgAdNAQAGu1CACXtQgAvbUIAMnQEAD/tQgAQbYIAFC2CACWtggAorYIAOu2CADstggAQLcIAEq3CACVtwgAo7cIAOq3CADvtwgAP7gIAEy4CAAe0RAAnLgIAB3SEADuuAgAPrkIAEu5CACTuQgAoLkIAOi5CAD0uQgAPboIAEy6CACSuggAnLoIAOe6CAD1uggAPLsIAEG7CACRuwgAnrsIAOa7CADuuwgActIQAEe8CACQvAgAoLwIAOW8CADuvAgAOr0IAD29CACPvQgAm70IAOS9CADrvQgAx9IQAES+CACOvggAmr4IAOO+CADrvggAHNMQAEW/CACNvwgAlL8IAOK/CADjvwgAN8AIADzACACMwAgAmsAIAOHACADuwAgANsEIAEDBCACLwQgAk8EIAODBCADpwQgANcIIADvCCACKwggAm8IIAN/CCAD7wggANMMIADzDCABx0xAAlMMIAN7DCADowwgAM8QIAD3ECACIxAgAicQIAMbTEADixAgAMsUIAD/FCACHxQgAlMUIANzFCADoxQgAMcYIAEDGCACGxggAkMYIANvGCADjxggAMMcIADrHCACFxwgAiscIANrHCADixwgAG9QQADrICACEyAgAkMgIANnICADhyAgAcNQQADPJCACDyQgAkskIANjJCAD4yQgALcoIADnKCACCyggAiMoIANfKCADfyggALMsIADPLCACBywgAg8sIANbLCADiywgAK8wIAEHMCACAzAgAhcwIANXMCADizAgAxdQQAC/NCAB/zQgAjs0IANTNCAD0zQgAKc4IADXOCAB+zggAhM4IANPOCADbzggAKM8IAC/PCAB9zwgAf88IANLPCADezwgAJ9AIAD3QCAB80AgAgdAIANHQCADe0AgAJtEIAC7RCAB70QgAgdEIANDRCADZ0QgAJdIIADLSCAB60ggAh9IIAM/SCADd0ggAJNMIADHTCAB50wgAkNMIAM7TCAD+0wgAGtUQACnUCAB41AgAMNQIAK+XDgCO1AgAzdQIANvUCAAi1QgAJdUIAHfVCAB61QgAzNUIANrVCAAh1ggAJtYIAHbWCACD1ggAy9YIANPWCAAg1wgAJ9cIAHXXCACB1wgAytcIANfXCAAf2AgALdgIAHTYCACA2AgAydgIANDYCAAe2QgAJtkIAHPZCAB32QgAyNkIANPZCAAd2ggAK9oIAHLaCACD2ggAx9oIANPaCAAc2wgAJNsIAG/VEAB32wgAxtsIANrbCAAb3AgAKdwIAHDcCAB93AgAxdwIANzcCAAa3QgAIt0IAG/dCAB53QgAxN0IAMndCAAZ3ggAId4IAG7eCAB93ggAw94IAMjeCAAY3wgAJd8IAG3fCAB63wgAwt8IAM7fCAAX4AgAJuAIAGzgCAB24AgAweAIAMngCAAW4QgAIOEIAGvhCABw4QgAwOEIAMjhCADE1RAAIOIIAGriCAB24ggAv+IIAMfiCAAZ1hAAGeMIAGnjCAB44wgAvuMIAN7jCAAT5AgAH+QIAGjkCABu5AgAveQIAMXkCAAS5QgAGeUIAGflCABp5QgAvOUIAMjlCAAR5ggAJ+YIAGbmCABr5ggAu+YIAMjmCABu1hAAGecIAGXnCABr5wgAuucIAMjnCAAP6AgAHOgIAGToCAB76AgAuegIAMHoCAAO6QgAHekIAGPpCABo6QgAuOkIAMXpCAAN6ggAGuoIAGLqCABu6ggAt+oIAMbqCAAM6wgAFusIAGHrCAB96wgAtusIAL7rCADD1hAAGOwIALs3DQAa7AgAYOwIAGrsCACZrg0AgOwIALXsCADB7AgACu0IABDtCABf7QgAZ+0IAMcvCQBr7QgAtO0IAHntCADdGQkAx+0IAAnuCAAY7ggAXu4IAGruCACz7ggAtO4IAAjvCAAS7wgAXe8IAGvvCACy7wgAt+8IAAfwCAAU8AgAGNcQAGLwCACx8AgAt/AIAAbxCAAL8QgAW/EIAGHxCAAX2BAAu/EIAAXyCAAT8ggAWvIIAGvyCACv8ggAu/IIAATzCAAM8wgAwdgQAGXzCACu8wgAuPMIAAP0CAAS9AgAWPQIAGP0CACt9AgAu/QIAAL1CAAP9QgAV/UIAG71CACs9QgAtPUIAAH2CAAE9ggAVvYIAGL2CACr9ggAsfYIAAD3CAAb9wgAVfcIAGH3CACq9wgAsPcIAP/3CAAH+AgAVPgIAFb4CACp+AgAqvgIAP74CAAM+QgAU/kIAFv5CACo+QgAw/kIAP35CAAJ+ggAUvoIAFj6CACn+ggAqvoIAPz6CAAK+wgAUfsIAFb7CACm+wgAs/sIAPv7CAAX/AgAUPwIAFj8CAAW2RAAsvwIAJyrDQC2/AgA+vwIALj8CADtBA4ABv0IAE/9CABc/QgApP0IAKn9CAD5/QgAA/4IAE7+CABe/ggAo/4IAKj+CAD4/ggAAf8IAE3/CABa/wgAov8IAKn/CAD3/wgAAwAJAEwACQBSAAkAoQAJAKcACQD2AAkA+wAJAEsBCQBRAQkAa9kQAKwBCQD1AQkA+wEJAEoCCQBQAgkAnwIJAKwCCQD0AgkA+QIJAEkDCQBRAwkAngMJANUDCQDzAwkAHgQJAEgECQBQBAkAnQQJAKoECQDyBAkA9wQJAEcFCQBPBQkAnAUJAJ8FCQDxBQkA+gUJAEYGCQBVBgkAmwYJAKYGCQDwBgkA+AYJAEUHCQBVBwkAmgcJAKgHCQDvBwkAAAgJAEQICQBQCAkAmQgJAKEICQBq2hAA9AgJAEMJCQBLCQkAmAkJAJ8JCQDtCQkA+wkJAEIKCQBICgkAlwoJAKMKCQDsCgkA+woJAEELCQBLCwkAlgsJAJsLCQDrCwkA8QsJAEAMCQBUDAkAv9oQAJ8MCQBsigkAogwJAOoMCQCkDAkA/U4JAO8MCQA/DQkASw0JAJQNCQChDQkA6Q0JAPMNCQAU2xAAWQ4JAJMOCQCVDgkA6A4JAO4OCQA9DwkAdQ8JAJIPCQCYDwkA5w8JAPAPCQA8EAkASRAJAJEQCQDJEAkA5hAJAO0QCQA7EQkAQBEJAJARCQCfEQkA5REJAAUSCQA6EgkARhIJAI8SCQCVEgkA5BIJAP4SCQA5EwkAPBMJAI4TCQCTEwkA4xMJAPITCQA4FAkAWBQJAL7bEACtFAkA4hQJAO4UCQA3FQkAQRUJAIwVCQCYFQkA2MgJAJkVCQDhFQkA5hUJADYWCQBAFgkAixYJAJsWCQDgFgkA5RYJADUXCQA+FwkAihcJAJcXCQDfFwkA5hcJADQYCQBAGAkAiRgJAI8YCQDeGAkA5BgJADMZCQA4GQkAiBkJAI4ZCQAT3BAA4BkJADIaCQA3GgkAhxoJAJYaCQDcGgkA/BoJAL3cEAA/GwkAhhsJAJMbCQDbGwkA4hsJADAcCQA4HAkAhRwJAIccCQDaHAkAjBwJABjcCwCcHAkAVKALAOAcCQDZxQsA4hwJAC8dCQAzHQkAJyUJAEUdCQA+YQsASh0JAIQdCQCGHQkA2R0JAOodCQAuHgkAPB4JAIMeCQCKHgkA2B4JAOAeCQAtHwkANB8JAIIfCQCHHwkA1x8JAOYfCQAsIAkATCAJAIEgCQCNIAkA1iAJANwgCQArIQkAMyEJAIAhCQCMIQkA1SEJAOIhCQAqIgkARSIJAH8iCQCNIgkA1CIJANoiCQApIwkALiMJAH4jCQCLIwkA0yMJAOkjCQAoJAkANCQJAH0kCQCKJAkA0iQJANwkCQAS3RAALCUJAHwlCQCCJQkA0SUJAPElCQAmJgkANCYJAHsmCQCIJgkA0CYJAOcmCQAlJwkALScJAHonCQCJJwkAzycJANQnCQAkKAkAMSgJAHkoCQCDKAkAzigJANAoCQAjKQkAMSkJAHgpCQCFKQkAzSkJANkpCQAiKgkAKCoJAHcqCQB/KgkAzCoJANIqCQAhKwkAKisJAHYrCQCDKwkAyysJANUrCQAgLAkALiwJAHUsCQCLLAkAyiwJANYsCQAfLQkAJy0JAGfdEAB+LQkAyS0JAM8tCQAeLgkAIC4JAHMuCQB9LgkAyC4JANQuCQAdLwkANC8JAHIvCQCGLwkAvN0QANUvCQAcMAkAHzAJAHEwCQB5MAkAxjAJANIwCQAbMQkAKTEJAHAxCQB6MQkAxTEJANAxCQAaMgkAJjIJAG8yCQB1MgkAxDIJAMwyCQAZMwkAJjMJAG4zCQBzMwkAwzMJAM0zCQAYNAkAIDQJAG00CQBzNAkAwjQJAMs0CQAXNQkAJDUJAGw1CQB5NQkAwTUJAM81CQAWNgkAIzYJAGs2CQCCNgkAwDYJAMg2CQAVNwkAGjcJAGo3CQBwNwkAvzcJAMc3CQAUOAkAKjgJAGk4CQB3OAkAvjgJAME4CQATOQkAIjkJAGg5CQBtOQkAvTkJAMo5CQASOgkAIjoJAGc6CQB1OgkAvDoJANM6CQAROwkAGjsJAGY7CQBsOwkAuzsJAMc7CQAQPAkAFzwJABHeEABxPAkAujwJALw8CQAPPQkAGT0JAGQ9CQBwPQkAuT0JAME9CQBm3hAAEz4JAGM+CQByPgkAuD4JANg+CQANPwkAGT8JAGI/CQBoPwkAtz8JAL8/CQAMQAkADUAJAGFACQBnQAkAtkAJALtACQALQQkAJkEJAGBBCQBuQQkAtUEJALxBCQAKQgkAFkIJAF9CCQBlQgkAu94QALlCCQAJQwkAE0MJAF5DCQBvQwkAs0MJAL9DCQAIRAkAC0QJAF1ECQBgRAkAskQJALpECQAHRQkADkUJAFxFCQBhRQkAsUUJAMBFCQAGRgkAJkYJAFtGCQBnRgkAsEYJALZGCQAFRwkADUcJAFpHCQBnRwkAr0cJALRHCQAESAkADkgJAFlICQBhSAkArkgJAL5ICQADSQkACEkJAFhJCQBhSQkArUkJALpJCQACSgkACUoJABDfEABcSgkArEoJALtKCQABSwkAIUsJAFZLCQBiSwkAq0sJALFLCQAATAkACEwJAFVMCQBhTAkAqkwJALdMCQD/TAkABk0JAFRNCQBVTQkAqU0JAK5NCQD+TQkADE4JAFNOCQBgTgkAqE4JALJOCQBl3xAAAk8JAFJPCQBfTwkAp08JALRPCQD8TwkAAlAJAFFQCQBdUAkAplAJALZQCQD7UAkABFEJAFBRCQBTUQkApVEJALFRCQD6UQkAAVIJALrfEABRUgkApFIJAFZSCQD/ngwAX1IJAAbtDAC1UgkA+VIJAAFTCQBOUwkAWFMJAKNTCQCyUwkA+FMJAPlTCQBNVAkAVVQJAGTgEACqVAkAueAQABVVCQBMVQkAGlUJAFXvEAAhVQkA1nUJAFRVCQChVQkAsFUJAPZVCQD7VQkAS1YJAFhWCQCgVgkArVYJAPVWCQABVwkASlcJAFlXCQCfVwkAqVcJAPRXCQAXWAkASVgJAIBYCQCeWAkAwlgJAPNYCQD7WAkADeIQAE1ZCQCdWQkAo1kJAPJZCQD6WQkAYuIQAFVaCQCcWgkAt1oJAPFaCQD9WgkARlsJAFdbCQCbWwkAr1sJAPBbCQD4WwkARVwJAEtcCQCaXAkAplwJAO9cCQD/XAkARF0JAE1dCQCZXQkAnF0JAO5dCQD6XQkAQ14JAEpeCQC34hAApl4JAO1eCQD3XgkADOMQAEdfCQCXXwkApF8JAOxfCQD5XwkAQWAJAE1gCQCWYAkApWAJAOtgCQD1YAkAQGEJAE5hCQCVYQkAmmEJAOphCQD3YQkAP2IJAEdiCQBh4xAAoGIJAOliCQD5YgkAPmMJAEdjCQCTYwkAlmMJAOhjCQD0YwkAPWQJAERkCQC24xAAoWQJAOdkCQDsZAkAPGUJAEllCQCRZQkAnmUJAOZlCQDsZQkAO2YJAEdmCQCQZgkAoGYJAOVmCQDuZgkAOmcJAD1nCQCPZwkAm2cJAORnCQDrZwkAC+QQAD5oCQCOaAkAm2gJAONoCQABaQkAOGkJAERpCQCNaQkAoGkJAOJpCQDwaQkAN2oJADpqCQCMagkAlmoJAOFqCQDvagkANmsJAENrCQCLawkAomsJAOBrCQDoawkANWwJADxsCQCKbAkAj2wJAN9sCQD1bAkANG0JADZtCQCJbQkAl20JAN5tCQDrbQkAYOQQADtuCQC15BAAjW4JAN1uCQDqbgkAMm8JAD9vCQCHbwkAk28JANxvCQDrbwkAMXAJADtwCQCGcAkAlHAJANtwCQDgcAkAMHEJAD1xCQCFcQkAjXEJAArlEADmcQkAL3IJAD9yCQCEcgkAjXIJANlyCQDccgkALnMJADpzCQCDcwkAinMJAF/lEADkcwkALXQJAD10CQCCdAkAQ3QJAL2KDQCLdAkA13QJANp0CQAsdQkAOHUJAIF1CQCIdQkAtOUQAN91CQAoeQkA4HUJACt2CQA6dgkAgHYJADx2CQDUdwkAgXYJANV2CQDxdgkAKncJAGJ3CQB/dwkAt3cJAAnmEADXdwkAKXgJAEV4CQB+eAkAtngJANN4CQALeQkAXuYQADV5CQB9eQkAi3kJANJ5CQDleQkAJ3oJAEN6CQB8egkAtHoJANF6CQAJewkAs+YQADd7CQB7ewkAh3sJANB7CQDYewkACOcQACp8CQB6fAkAgnwJAM98CQDefAkAJH0JACl9CQB5fQkAhn0JAM59CQDbfQkAI34JAC9+CQB4fgkAh34JAM1+CQDXfgkAIn8JACp/CQB3fwkAgX8JAMx/CQDRfwkAIYAJACmACQBd5xAAhYAJAMuACQCHgAkAH4IJAMyACQAggQkAPIEJAHWBCQCtgQkAyoEJAAKCCQCy5xAAIoIJAHSCCQCQggkAyYIJAAGDCQAegwkAVoMJAAfoEAB2gwkAyIMJANmDCQAdhAkAOYQJAHKECQCqhAkAx4QJAP+ECQBc6BAAKYUJAHGFCQB9hQkAxoUJANWFCQAbhgkAJYYJAHCGCQB4hgkAV/QJAH6GCQDFhgkAyoYJABqHCQAnhwkAb4cJAHeHCQDEhwkAyocJABmICQDUhwkAXu0JACWICQBuiAkAfogJAMOICQDMiAkAGIkJABuJCQBtiQkAeYkJAMKJCQDJiQkAsegQADqKCQAG6RAAeooJAMGKCQDXigkAFosJACKLCQBriwkAcosJAMCLCQDFiwkAFYwJAB6MCQBqjAkAdIwJAFvpEADEjAkAOGYMAMmMCQAUjQkAy4wJAPX+CwAejQkAaY0JAGqNCQC+jQkAzY0JABOOCQAYjgkAaI4JAHWOCQC9jgkAyo4JABKPCQAejwkAZ48JAHaPCQC8jwkAxo8JABGQCQAfkAkAZpAJAGuQCQC7kAkAyJAJABCRCQARkQkAZZEJAGqRCQC6kQkAv5EJAA+SCQAgkgkAZJIJAIeSCQC5kgkAxJIJAA6TCQATkwkAY5MJAGaTCQC4kwkAwpMJAA2UCQA1lAkAYpQJAIGUCQAF6hAAw5QJAAyVCQAOlQkAYZUJAHCVCQC2lQkAwZUJAAuWCQATlgkAYJYJAGeWCQC1lgkAt5YJAAqXCQAUlwkAX5cJAGGXCQC0lwkAzZcJAAmYCQALmAkAXpgJAGGYCQCzmAkAv5gJAAiZCQAQmQkAWuoQAGmZCQCymQkAuJkJAAeaCQAimgkAXJoJAGiaCQCxmgkAt5oJAAabCQAOmwkAW5sJAF2bCQCwmwkAupsJAAWcCQANnAkAr+oQAGucCQCvnAkAtpwJAASdCQAMnQkAWZ0JAGadCQCunQkAs50JAAOeCQANngkAWJ4JAGCeCQCtngkAvJ4JAAKfCQAHnwkAV58JAGSfCQCsnwkAuZ8JAAGgCQANoAkAVqAJAGWgCQCroAkAtaAJAAChCQAIoQkAVaEJAF+hCQCqoQkAr6EJAP+hCQAHogkABOsQAGCiCQCpogkAuaIJAP6iCQAHowkAU6MJAFajCQCoowkAtKMJAP2jCQAEpAkAWesQAFikCQCnpAkAraQJAPykCQABpQkAUaUJAFelCQCu6xAArKUJAPulCQABpgkAUKYJAFWmCQACRQ4AXaYJAKWmCQCqpgkA+qYJAAKnCQBPpwkAeKcJAKSnCQCDpwkA8q4JAM2nCQD5pwkAIqgJAE6oCQB5qAkAo6gJAKuoCQD4qAkAB6kJAE2pCQBSqQkAoqkJAK+pCQD3qQkABKoJAEyqCQBYqgkAoaoJALCqCQD2qgkAAKsJAEurCQBZqwkAoKsJAKWrCQD1qwkAAqwJAEqsCQBSrAkAn6wJAKWsCQD0rAkAAK0JAEmtCQBZrQkAnq0JAKetCQDzrQkA9q0JAEiuCQBUrgkAna4JAKSuCQAD7BAAG68JAEevCQByrwkAnK8JAKSvCQDxrwkAALAJAEawCQBLsAkAm7AJAKiwCQDwsAkA/bAJAEWxCQBRsQkAmrEJAKmxCQDvsQkA+bEJAESyCQBSsgkAmbIJAJ6yCQDusgkA+7IJAEOzCQBLswkAmLMJAJ6zCQDtswkA+bMJAEK0CQBStAkAl7QJAKC0CQDstAkA77QJAEG1CQBNtQkAlrUJAJ21CQBY7BAA7bUJAJ1UDgD5tQkAQLYJAE22CQCVtgkAobYJAOq2CQDwtgkAP7cJAEW3CQCUtwkAmbcJAOm3CQDvtwkArewQAGS4CQCTuAkAubgJAOi4CQAcuQkAPbkJAGa5CQCSuQkAvbkJAFftEADzuQkAPLoJAPW5CQAR5AoARroJAJG6CQCrugkA5roJAOm6CQBN/gkA9boJADu7CQBAuwkAkLsJAJ27CQDluwkA8rsJADq8CQBGvAkAj7wJAJ68CQDkvAkA7rwJADm9CQBFvQkAjr0JAKG9CQDjvQkA8r0JADi+CQBEvgkAjb4JAI6+CQDivgkA7L4JADe/CQBFvwkAjL8JAJG/CQDhvwkA7r8JAKztEAA7wAkAi8AJAJjACQDgwAkA7cAJADXBCQBBwQkAisEJAJnBCQDfwQkA6cEJADTCCQBCwgkAicIJAI7CCQDewgkA68IJADPDCQA7wwkAq+4QAJTDCQDdwwkA7cMJADLECQA7xAkAh8QJAIrECQDcxAkA6MQJADHFCQA4xQkAAO8QAInFCQDbxQkA48UJADDGCQA8xgkAhcYJAIvGCQDaxgkA4MYJAC/HCQA0xwkAhMcJAIrHCQCq7xAAAsgJAC7ICQBXyAkAg8gJAKfICQBU8BAA3sgJAKT7CgDryAkALckJADzJCQCCyQkAjskJANfJCQDYyQkALMoJADbKCQCBygkAj8oJANbKCQDbygkAK8sJADjLCQCp8BAAo8sJAP7wEAD+ywkAKswJAFPMCQB/zAkAo8wJAFPxEADizAkAKc0JAC7NCQB+zQkAi80JANPNCQDbzQkAKM4JAC7OCQB9zgkAic4JANLOCQDizgkAJ88JADDPCQB8zwkAf88JANHPCQAM0AkAJtAJADLQCQCo8RAAgdAJANDQCQDp0AkAJdEJADPRCQB60QkAh9EJAM/RCQDW0QkAJNIJAC3SCQB50gkAhtIJAM7SCQDl0gkAI9MJACbTCQB40wkAetMJAM3TCQDW0wkAItQJADLUCQB31AkAkNQJAMzUCQDO1AkAIdUJACrVCQB21QkAftUJAMvVCQDN1QkAINYJADnWCQB11gkAjNYJAMrWCQDW1gkAH9cJADDXCQB01wkAgNcJAMnXCQDU1wkAHtgJACvYCQBz2AkAfdgJAP3xEADb2AkAHdkJACvZCQBy2QkAWtkJAL/hCQCu2QkAx9kJANTZCQAc2gkAJNoJAHHaCQB32gkAxtoJANLaCQAb2wkAJtsJAHDbCQB52wkAxdsJAMjbCQAa3AkAHNwJAG/cCQB23AkAxNwJAMbcCQBS8hAAHN0JAG7dCQB83QkAw90JAMjdCQAY3gkAJd4JAG3eCQB53gkAwt4JAMreCQCn8hAAJd8JAGzfCQB83wkAwd8JAM/fCQAW4AkAH+AJAGvgCQB14AkAwOAJAMLgCQAV4QkAH+EJAGrhCQBs4QkA/PIQAMThCQAU4gkAHOIJAGniCQBv4gkAvuIJAMriCQAT4wkAIuMJAGjjCQBx4wkAveMJAMDjCQAS5AkAFOQJAGfkCQBu5AkAvOQJAL7kCQBR8xAAFuUJAGblCQCC5QkAu+UJANflCQCm8xAAHeYJAIYZCwAf5gkAZeYJAGrmCQC65gkAx+YJAA/nCQAc5wkAZOcJAGrnCQC55wkAxecJAA7oCQAe6AkAY+gJAGzoCQC46AkAu+gJAA3pCQAZ6QkAYukJAGnpCQD78xAAxukJAAzqCQAR6gkAYeoJAG7qCQC26gkAw+oJAAvrCQAR6wkAYOsJAGzrCQC16wkAxesJAArsCQAT7AkAX+wJAGLsCQC07AkAwOwJAAntCQAQ7QkAUPQQAGDtCQCz7QkAwe0JAAjuCQAZ7gkApfQQAGTuCQD69BAAuu4JAE/1EAAM7wkAXO8JAGnvCQCx7wkAvu8JAAbwCQAS8AkAW/AJAGrwCQCw8AkAuvAJAAXxCQAT8QkAWvEJAF/xCQCv8QkAvPEJAATyCQAM8gkApPUQAGXyCQCu8gkAvvIJAAPzCQAM8wkAWPMJAFvzCQCt8wkAufMJAAL0CQAJ9AkA+fUQAGH0CQCs9AkAuvQJAAH1CQAX9QkAVvUJAGL1CQCr9QkAsvUJAAD2CQAI9gkAVfYJAFr2CQCq9gkAs/YJAP/2CQAJ9wkATvYQAGr3CQCp9wkAtfcJAP73CQAF+AkAU/gJAFv4CQCo+AkArfgJAP34CQAG+QkAUvkJAFz5CQCj9hAArPkJADNrDACz+QkAWUcKALb5CQD8+QkA0fkJAOO1EQAB+gkAUfoJAF76CQCm+gkAs/oJAPv6CQAH+wkAUPsJAF/7CQCl+wkAr/sJAPr7CQAI/AkAT/wJAFz8CQCk/AkAu/wJAPn8CQAB/QkATv0JAFj9CQCj/QkAqP0JAPj9CQAA/gkA+PYQAFL+CQCi/gkAsf4JAPf+CQAX/wkATP8JAFj/CQCh/wkAq/8JAPb/CQAAAAoASwAKAFkACgCgAAoAtgAKAPUACgABAQoASgEKAE8BCgCfAQoAqAEKAPQBCgD+AQoASQIKAFUCCgCeAgoAsQIKAPMCCgACAwoASAMKAFQDCgCdAwoAngMKAPIDCgD8AwoARwQKAFUECgCcBAoAoQQKAPEECgD+BAoAovcQAFQFCgCbBQoAsQUKAPAFCgD8BQoARQYKAEwGCgCaBgoAogYKAO8GCgD0BgoARAcKAE0HCgCZBwoAowcKAKH4EADzBwoAQwgKAEsICgCYCAoAmwgKAO0ICgD2CAoAQgkKAFEJCgCXCQoAogkKAOwJCgD0CQoAQQoKAFEKCgCWCgoApAoKAOsKCgD8CgoAQAsKAEwLCgCVCwoAnQsKAPb4EADwCwoAPwwKAEcMCgCUDAoAmwwKAOkMCgD3DAoAPg0KAEQNCgCTDQoAnw0KAOgNCgD3DQoAPQ4KAEcOCgCSDgoAlw4KAOcOCgDtDgoAPA8KAFAPCgBL+RAAog8KAOYPCgDyDwoAOxAKAEEQCgCQEAoAlhAKAOUQCgDqEAoAOhEKAEARCgCg+RAAlBEKAOQRCgD1EQoAORIKAEESCgCOEgoARRIKAMcuCgBHEgoAb9cOAJgSCgDjEgoA8RIKADgTCgBOEwoAjRMKAJkTCgDiEwoA6RMKADcUCgA/FAoAjBQKAJEUCgDhFAoA6hQKADYVCgBAFQoAixUKAJMVCgDgFQoA5BUKADUWCgBAFgoAihYKAJgWCgDfFgoA8BYKADQXCgBAFwoAiRcKAJEXCgD1+RAA4BcKADMYCgBBGAoAiBgKAJIYCgDdGAoA6xgKADIZCgA/GQoAhxkKAJ4ZCgDcGQoA5BkKADEaCgBBGgoAhhoKAIsaCgDbGgoA4RoKADAbCgA4GwoAhRsKAIcbCgDaGwoA5xsKAC8cCgA3HAoAhBwKAIkcCgDZHAoA2hwKAC4dCgA6HQoAgx0KAJAdCgDYHQoA4B0KAC0eCgA8HgoAgh4KAIceCgDXHgoA5B4KACwfCgA5HwoAgR8KAI0fCgDWHwoA5R8KACsgCgA1IAoAgCAKAI4gCgDVIAoA2iAKACohCgA3IQoASvoQAIIhCgDUIQoA3CEKACkiCgA2IgoAfiIKAIMiCgDTIgoA3SIKACgjCgAwIwoAfSMKAH8jCgDSIwoA7SMKACckCgApJAoAfCQKAIokCgDRJAoA4iQKACYlCgAoJQoAeyUKAJQlCgDQJQoA4SUKACUmCgAxJgoAn/oQAIImCgDPJgoA1SYKACQnCgAwJwoAeScKAJYnCgDOJwoA1ycKACMoCgAvKAoAeCgKAHsoCgDNKAoA1ygKACIpCgAqKQoAdykKAIEpCgDMKQoA2ikKACEqCgA3KgoAdioKAIIqCgDLKgoA0ioKACArCgAoKwoAdSsKAHorCgDKKwoA0ysKAB8sCgApLAoAdCwKAHwsCgDJLAoAyywKAB4tCgAuLQoAcy0KAH0tCgDILQoA1C0KAB0uCgAjLgoAci4KAHouCgD0+hAAzS4KABwvCgAiLwoAcS8KAHYvCgDGLwoAzC8KAEn7EAApMAoAcDAKAIYwCgDFMAoA0TAKABoxCgAfMQoAbzEKAHgxCgDEMQoAzjEKABkyCgA8MgoAbjIKAHIyCgDDMgoAfTIKABc0CgDFMgoAGDMKACYzCgBtMwoAdzMKAMIzCgDmMwoASPwQAB00CgBsNAoAeDQKAME0CgDDNAoAFjUKACA1CgBrNQoAdzUKAMA1CgDkNQoAnfwQABk2CgBqNgoAJDYKAL43CgBsNgoAvzYKAM02CgAUNwoAHjcKAGk3CgCNNwoA8vwQAMQ3CgATOAoAHzgKAGg4CgBqOAoAvTgKAMc4CgASOQoAHjkKAGc5CgCLOQoAR/0QANk5CgAROgoAGjoKAGY6CgB0OgoAuzoKAME6CgAQOwoAHDsKAGU7CgBtOwoAnP0QAME7CgAPPAoAKDwKAGQ8CgBzPAoAuTwKAME8CgAOPQoAHT0KAGM9CgBoPQoAuD0KAMU9CgANPgoAGj4KAGI+CgBuPgoAtz4KAMY+CgAMPwoAFj8KAGE/CgBvPwoAtj8KALs/CgALQAoAGEAKAPH9EABhQAoA4r0KAHlACgC1QAoAv0AKAApBCgAMQQoAX0EKAG1BCgC0QQoAwUEKAAlCCgARQgoAXkIKAIpCCgCzQgoAukIKAAhDCgAhQwoAXUMKAGxDCgCyQwoAukMKAAdECgAWRAoAXEQKAGFECgCxRAoAvkQKAAZFCgATRQoAW0UKAGdFCgCwRQoAv0UKAAVGCgAPRgoAWkYKAGhGCgCvRgoAtEYKAARHCgARRwoARv4QAGxHCgCuRwoAvUcKAANICgAPSAoAWEgKAGRICgCtSAoAtEgKAAJJCgAOSQoAV0kKAF5JCgCsSQoAtEkKAAFKCgAFSgoAVkoKAGFKCgCrSgoAt0oKAABLCgANSwoAVUsKAF1LCgCqSwoAtEsKAP9LCgAFTAoAVEwKAGhMCgCpTAoAt0wKAP5MCgALTQoAU00KAGpNCgCoTQoAsE0KAP1NCgAHTgoAUk4KAFdOCgCnTgoAr04KAPxOCgALTwoAUU8KAFZPCgCmTwoAs08KAPtPCgAIUAoAUFAKAFxQCgClUAoAtFAKAPpQCgAEUQoAm/4QAFdRCgCkUQoAs1EKAPlRCgD+UQoATlIKAFdSCgCjUgoAtFIKAPhSCgD/UgoATVMKAFVTCgCiUwoAr1MKAPdTCgD8UwoATFQKAFZUCgChVAoAqVQKAPZUCgAPVQoAS1UKAFdVCgCgVQoAqFUKAPD+EAAEVgoASlYKAGdWCgCfVgoAqFYKAPRWCgACVwoASVcKAE9XCgCeVwoAqlcKAPNXCgD6VwoASFgKAFBYCgCdWAoArVgKAPJYCgD4WAoAR1kKAExZCgCcWQoAslkKAPFZCgD5WQoARloKAFBaCgCbWgoAploKAPBaCgD8WgoARVsKAE1bCgBF/xAAp1sKAO9bCgD2WwoARFwKAFBcCgCZXAoAn1wKAO5cCgD/XAoAQ10KAFddCgCYXQoApl0KAO1dCgD6XQoAQl4KAFleCgCXXgoAn14KAOxeCgDzXgoAQV8KAENfCgCWXwoAoF8KAOtfCgDtXwoAQGAKAFlgCgCVYAoAl2AKAOpgCgDtYAoAP2EKAEthCgCUYQoAwmEKAJr/EAD4YQoAPmIKAFtiCgCTYgoAnGIKAOhiCgD2YgoAPWMKAENjCgCSYwoAnmMKAOdjCgDvYwoA7/8QAERkCgCRZAoAl2QKAOZkCgDyZAoAO2UKAD5lCgCQZQoAlWUKAOVlCgDuZQoAOmYKAEBmCgCPZgoAnmYKAORmCgDwZgoAOWcKAEFnCgBEABEAlGcKAONnCgDoZwoAOGgKAE5oCgCNaAoAlWgKAOJoCgDwaAoAN2kKAEFpCgCMaQoAj2kKAOFpCgDpaQoANmoKADdqCgCLagoAkWoKAOBqCgDuagoANWsKAEtrCgCKawoAjGsKAN9rCgDlawoANGwKAEhsCgCJbAoAkWwKAN5sCgDubAoAM20KADVtCgCIbQoAl20KAN1tCgDnbQoAMm4KADduCgCHbgoAjW4KANxuCgDwbgoAMW8KADlvCgCGbwoAi28KANtvCgDhbwoAMHAKADhwCgCFcAoAiHAKANpwCgDfcAoAL3EKADhxCgCEcQoAinEKANlxCgDocQoALnIKADpyCgCZABEAj3IKANhyCgDrcgoALXMKAElzCgCCcwoAinMKAO4AEQDlcwoALHQKAEJ0CgCBdAoAjXQKANZ0CgDbdAoAK3UKADR1CgCAdQoAinUKANV1CgDddQoAKnYKACx2CgB/dgoAjnYKANR2CgDxdgoAKXcKADJ3CgB+dwoAjHcKANN3CgDZdwoAKHgKADZ4CgB9eAoAingKANJ4CgDpeAoAJ3kKAC95CgB8eQoAfnkKANF5CgDZeQoAJnoKADV6CgB7egoAgHoKANB6CgDdegoAJXsKADJ7CgB6ewoAhnsKAM97CgDeewoAJHwKAC58CgB5fAoAh3wKAM58CgDTfAoAI30KADB9CgBDAREAgn0KAM19CgDPfQoAIn4KACl+CgB3fgoAfn4KAMx+CgDSfgoAIX8KAC9/CgB2fwoAg38KAMt/CgDbfwoAIIAKACWACgB1gAoAfYAKAMqACgCRgAoAWvAKANaACgAfgQoAIYEKAByECgAsgQoAdIEKAHmBCgDJgQoA04EKAB6CCgAuggoAc4IKAHiCCgDIggoA0YIKAB2DCgAqgwoAcoMKAHmDCgDHgwoAz4MKAJgBEQAqhAoAcYQKAImECgDGhAoAyIQKABuFCgAyhQoAcIUKAHKFCgDFhQoA04UKABqGCgAnhgoAb4YKAHeGCgDtAREAyoYKABmHCgAbhwoAbocKAHuHCgDDhwoAxocKABiICgApiAoAbYgKAG+ICgDCiAoAzIgKABeJCgAjiQoAbIkKAHSJCgBCAhEAxokKABaKCgAZigoAa4oKAHWKCgDAigoAyIoKABWLCgAiiwoAaosKAGyLCgC/iwoA1YsKABSMCgAgjAoAaYwKAHGMCgCXAhEAwYwKABONCgAcjQoAaI0KAHaNCgDotwoAd40KAL2NCgDIjQoAEo4KABqOCgBnjgoAco4KALyOCgDBjgoAEY8KABSPCgBmjwoAcI8KAEEDEQDBjwoAEJAKAMWPCgCm9g0AK5AKAGWQCgBxkAoAupAKAMCQCgAPkQoAF5EKAGSRCgB6kQoAuZEKAMeRCgAOkgoAEZIKAGOSCgB8kgoAuJIKAMSSCgANkwoAGJMKAGKTCgBkkwoAt5MKANKTCgAMlAoAGpQKAGGUCgBulAoAtpQKAM2UCgCWAxEADZUKAPn4DQAhlQoAYJUKAGGVCgC1lQoAupUKAAqWCgAQlgoAX5YKAGGWCgC0lgoAupYKAAmXCgAdlwoAXpcKAGaXCgCzlwoAw5cKAAiYCgAKmAoAXZgKAGuYCgCymAoAw5gKAOsDEQANmQoAXJkKAGiZCgBABBEAs5kKAAaaCgAXmgoAW5oKAGOaCgCwmgoAuZoKAAWbCgAMmwoAWpsKAFubCgCVBBEAu5sKAAScCgAGnAoAWZwKAGCcCgCunAoAtpwKAAOdCgAMnQoAWJ0KAF+dCgCtnQoArp0KAOoEEQAHngoAV54KAF+eCgCsngoAtp4KAAGfCgAPnwoAVp8KAGyfCgCrnwoAt58KAACgCgAFoAoAVaAKAF6gCgCqoAoAtKAKAD8FEQAAoQoAVKEKAFyhCgCPDwwAbKEKAKmhCgC2oQoA/qEKAAqiCgBTogoAXaIKAKiiCgCsogoA/aIKAAKjCgBSowoAWKMKAKejCgDHowoA/KMKABSkCgBRpAoAaKQKAKakCgCypAoA+6QKAAWlCgBQpQoAUqUKAKWlCgCspQoA+qUKAAGmCgBPpgoAVaYKAKSmCgCwpgoA+aYKAPymCgBOpwoAUacKAKOnCgCvpwoA+KcKAPunCgBNqAoAaagKAKKoCgCqqAoAlAURAAOpCgBMqQoAVqkKAKGpCgCjqQoA9qkKAP2pCgBLqgoAUqoKAKCqCgCmqgoA9aoKAAOrCgBKqwoAV6sKAJ+rCgCvqwoA9KsKAPmrCgBJrAoAUawKAJ6sCgCurAoA86wKAPisCgBIrQoATq0KAJ2tCgClrQoA6QURAPitCgBHrgoAT64KAJyuCgCfrgoA8a4KAP2uCgBGrwoATK8KAJuvCgC2rwoA8K8KAP6vCgBFsAoAVLAKAJqwCgCmsAoA77AKAPewCgCTBhEASbEKAJmxCgCjsQoA7rEKAPaxCgBDsgoAY7IKAJiyCgClsgoA7bIKAPKyCgBCswoARrMKAJezCgCkswoA6AYRAPGzCgBBtAoARLQKAJa0CgCgtAoA67QKAPe0CgBAtQoAU7UKAJW1CgCktQoA6rUKAPa1CgA/tgoAQLYKAJS2CgCetgoA6bYKAPe2CgA+twoAQ7cKAJO3CgCgtwoAPQcRAPK3CgA9uAoAP7gKAJK4CgCruAoA57gKAPi4CgA8uQoASLkKAJG5CgCZuQoAPAgRAO25CgA7ugoAQroKAJC6CgCWugoA5boKAPG6CgA6uwoAPbsKAI+7CgCSuwoA5LsKAOy7CgA5vAoASbwKAI68CgCTvAoA47wKAOy8CgA4vQoARb0KAI29CgCUvQoAkQgRAO69CgA3vgoARL4KAIy+CgCUvgoA4b4KAOu+CgA2vwoARb8KAIu/CgCMvwoA4L8KAOi/CgA1wAoARMAKAIrACgCPwAoA38AKAOzACgA0wQoAQcEKAInBCgCVwQoA3sEKAO3BCgAzwgoAPcIKAIjCCgCWwgoA3cIKAOLCCgAywwoAP8MKAIfDCgCPwwoA3MMKAObDCgAxxAoANsQKAIbECgCOxAoA5ggRAOnECgAwxQoAPMUKAIXFCgCLxQoA2sUKAODFCgAvxgoANMYKAITGCgCKxgoAOwkRAOXGCgAuxwoANMcKAIPHCgCJxwoA2McKAOXHCgAtyAoAMsgKAILICgCKyAoA18gKAPXICgA6ChEALskKAAFHDQAvyQoA2HAMADLJCgBFBAwAQskKAIHJCgCCyQoA1skKANvJCgArygoAMcoKAIDKCgCCygoA1coKANvKCgAqywoAPssKAH/LCgCHywoA1MsKAOTLCgApzAoAK8wKAH7MCgCMzAoA08wKAOTMCgCPChEALs0KAH3NCgCJzQoA5AoRAN/NCgAnzgoAL84KAHzOCgCJzgoA0c4KANPOCgAmzwoAPM8KAHvPCgCHzwoA0M8KANjPCgCOCxEAMdAKAHrQCgB90AoAz9AKANTQCgAk0QoANdEKAHnRCgCC0QoAztEKANjRCgAj0goAMdIKAHjSCgB90goAzdIKANrSCgDjCxEALtMKAHfTCgCE0woAzNMKAM7TCgAh1AoAN9QKAHbUCgCC1AoAy9QKANPUCgA4DBEAJdUKAHXVCgB71QoAytUKANLVCgAf1goAItYKAHTWCgCA1goAydYKAM/WCgAe1woAOdcKAHPXCgCA1woAyNcKAMrXCgAd2AoAM9gKAHLYCgB+2AoAx9gKAM/YCgCNDBEAItkKAHHZCgB22QoAxtkKAOHZCgAb2goAKdoKAHDaCgB32goAxdoKANHaCgAa2woAIdsKAOIMEQB62woAxNsKAMzbCgAZ3AoAJNwKAG7cCgBz3AoAw9wKAMbcCgAY3QoAIt0KAG3dCgB13QoAwt0KANDdCgAX3goAGt4KAGzeCgB03goAwd4KAOHeCgAW3woAI98KAGvfCgBw3woAwN8KAMTfCgAV4AoAIuAKADcNEQCK4AoAv+AKAMjgCgAU4QoAFeEKAGnhCgBx4QoAvuEKAM7hCgAT4goAFeIKAGjiCgB24goAveIKAM7iCgCMDREAGOMKAGfjCgBz4woA4Q0RAMPjCgA2DhEAFuQKAGbkCgCA5AoAu+QKAMrkCgAQ5QoAG+UKAGXlCgBn5QoAuuUKAMflCgAP5goAHOYKAGTmCgBw5goAueYKAMrmCgAO5woAEecKAGPnCgB95woAuOcKAMHnCgAN6AoAGugKAGLoCgBo6AoAt+gKAMPoCgAM6QoAD+kKAGHpCgBm6QoAtukKAMfpCgAL6goAJuoKAGDqCgBs6goAteoKALzqCgAK6woADOsKAF/rCgBm6woAtOsKALvrCgAJ7AoAD+wKAF7sCgBq7AoAs+wKALbsCgAI7QoAC+0KAF3tCgBp7QoAsu0KAMXtCgAH7goAFu4KAFzuCgBo7goAse4KALLuCgAG7woAEO8KAFvvCgBp7woAsO8KALXvCgAF8AoAEvAKAIsOEQBi8AoA4A4RALHwCgAE8QoAGvEKAFnxCgBl8QoArvEKALbxCgA1DxEACfIKAFjyCgBg8goArfIKALDyCgAC8woADvMKAFfzCgBd8woArPMKAMfzCgAB9AoAD/QKAFb0CgBl9AoAq/QKALf0CgAA9QoACPUKAIoPEQBa9QoAqvUKALT1CgD/9QoAB/YKAFT2CgB09goAqfYKALb2CgD+9goAA/cKAFP3CgBX9woAqPcKALX3CgDfDxEAIPgKADQQEQBX+AoAp/gKALb4CgD8+AoAHPkKAFH5CgBd+QoApvkKALD5CgD7+QoAB/oKAFD6CgBW+goApfoKAKv6CgD6+goA//oKAE/7CgBV+woAiRARAKr7CgD5+woA/vsKAE78CgBU/AoAMxERAKb8CgD4/AoAAv0KAE39CgBP/QoAov0KALv9CgD3/QoACP4KAEz+CgBa/goAof4KAKT+CgD2/goAAf8KAEv/CgBT/woAoP8KAKL/CgD1/woA/f8KAEoACwBXAAsAnwALAKsACwD0AAsA+AALAEkBCwBRAQsAngELAK0BCwDzAQsA+AELAEgCCwBVAgsAnQILAKoCCwDyAgsA/gILAEcDCwBWAwsAnAMLAKYDCwDxAwsA/wMLAEYECwBLBAsAmwQLAKgECwCIEREA+AQLAN0REQBJBQsAlgkLAFEFCwCaBQsAoAULAO8FCwD1BQsARAYLAFEGCwCZBgsAngYLAO4GCwD2BgsAQwcLAGwHCwCYBwsAdwcLAEIICwC+BwsAlwgLAMEHCwDtBwsAFggLADISEQBrCAsAhxIRAL0ICwDsCAsAIAkLAEEJCwBqCQsA3BIRAKQJCwDrCQsA+AkLAEAKCwBMCgsAlQoLAJsKCwDqCgsA8AoLAD8LCwBECwsAlAsLAJoLCwAxExEADwwLAOgMCwASDAsAPgwLAGcMCwDbExEAvAwLADAUEQAODQsAPQ0LAHENCwCSDQsAuw0LAIUUEQDxDQsAPA4LAEEOCwCRDgsAmQ4LANoUEQDrDgsAOw8LAEQPCwCQDwsAnQ8LAOUPCwDsDwsALxURAEIQCwCEFREAohALAOQQCwDwEAsAORELAEgRCwCOEQsAlxELAOMRCwDtEQsAOBILADoSCwCNEgsAphILAOISCwDzEgsANxMLAEMTCwCMEwsAlBMLANkVEQDvEwsANhQLAEcUCwCLFAsAlxQLAOAUCwDoFAsALhYRADoVCwCKFQsAlBULAN8VCwDnFQsANBYLAEQWCwCJFgsAjhYLAN4WCwDnFgsAMxcLAEAXCwCIFwsAjxcLAIMWEQDjFwsA/Z4OAOoXCwAyGAsA8BcLAB2ADQA3GAsAhxgLAJMYCwDcGAsA6RgLADEZCwA7GQsA2BYRAIsZCwDbGQsA5xkLADAaCwA9GgsAhRoLAI8aCwDaGgsA9hoLAC8bCwA3GwsALRcRAIkbCwDZGwsA4RsLAC4cCwAxHAsAgxwLAIwcCwDYHAsA5xwLAC0dCwA4HQsAgh0LAIodCwDXHQsA5x0LACweCwA6HgsAgR4LAJIeCwDWHgsA4h4LACsfCwAzHwsAghcRAIYfCwDVHwsA3R8LACogCwAxIAsAfyALAI0gCwDUIAsA2iALACkhCwA1IQsAfiELAI0hCwDTIQsA3SELACgiCwAtIgsAfSILAIMiCwDSIgsA5iILACcjCwAvIwsAfCMLAJojCwDRIwsA2SMLANcXEQAuJAsALBgRAIMkCwDQJAsA6SQLACUlCwAuJQsAeiULAIolCwDPJQsA3yULACQmCwAwJgsAeSYLAH8mCwDOJgsA3CYLACMnCwAwJwsAeCcLAI8nCwDNJwsA1ScLACIoCwAsKAsAdygLAIUoCwDMKAsA4igLACEpCwAtKQsAdikLAH0pCwDLKQsA0ykLACAqCwAlKgsAdSoLAH4qCwDKKgsA1CoLAB8rCwAnKwsAdCsLAHYrCwDJKwsA2SsLAB4sCwAoLAsAcywLAH8sCwDILAsAziwLAB0tCwAlLQsA1hgRAHQtCwDHLQsA2C0LABwuCwA4LgsAcS4LAHkuCwArGREA1y4LABsvCwAsLwsAcC8LAHgvCwDFLwsA3i8LABowCwAgMAsAbzALAHQwCwDEMAsA5DALABkxCwAlMQsAbjELAHQxCwDDMQsAyzELABgyCwAnMgsAbTILAHIyCwDCMgsAzzILABczCwAkMwsAbDMLAHgzCwDBMwsA0DMLABY0CwAgNAsAazQLAHk0CwDANAsAxTQLABU1CwAiNQsAajULAG01CwC/NQsAxzULABQ2CwAWNgsAaTYLAG82CwC+NgsAyjYLABM3CwAbNwsAgBkRAG03CwC9NwsAwTcLABI4CwAfOAsA1RkRAHA4CwC8OAsAzTgLABE5CwAdOQsAZjkLAHM5CwC7OQsAwDkLABA6CwAaOgsAZToLAHU6CwC6OgsAvzoLAA87CwAYOwsAZDsLAHE7CwC5OwsAwDsLAA48CwAaPAsAYzwLAGk8CwC4PAsAvjwLAA09CwASPQsAYj0LAGg9CwAqGhEAvD0LAAw+CwAUPgsAYT4LAHc+CwC2PgsAuz4LAAs/CwASPwsAYD8LAGk/CwC1PwsAxj8LAApACwAWQAsAX0ALAGdACwApGxEAtkALAAlBCwAfQQsAXkELAGpBCwCzQQsAukELAAhCCwAQQgsAfhsRAGJCCwCyQgsAuUILAAdDCwAQQwsAXEMLAG1DCwCxQwsAvUMLAAZECwAORAsA0xsRAF1ECwCwRAsAxkQLAAVFCwARRQsAWkULAGFFCwCvRQsAt0ULACgcEQAJRgsAWUYLAGBGCwCuRgsAt0YLAANHCwAURwsAWEcLAGRHCwCtRwsAtUcLAH0cEQAESAsAV0gLAGZICwCsSAsAzEgLAAFJCwADSQsAVkkLAG1JCwCrSQsAt0kLAABKCwAISgsAJx0RAFpKCwCqSgsArEoLAP9KCwAGSwsAVEsLAFxLCwCpSwsAsksLAP5LCwAETAsAU0wLAGRMCwCoTAsAsEwLANEdEQAJTQsAUk0LAFVNCwCnTQsArE0LAPxNCwANTgsAUU4LAGxOCwCmTgsAsk4LAPtOCwADTwsAJh4RAGZPCwClTwsApk8LAPpPCwD/TwsAT1ALAFVQCwCkUAsArlALAPlQCwABUQsATlELAGBRCwB7HhEAsFELAPhRCwACUgsATVILAFNSCwCiUgsAtlILAPdSCwD/UgsATFMLAFxTCwChUwsAplMLAPZTCwD8UwsAS1QLAFNUCwCgVAsAoVQLAPVUCwD3VAsASlULAFlVCwCfVQsAv1ULAPRVCwD2VQsASVYLAGBWCwCeVgsAqlYLAPNWCwD7VgsA0B4RAFBXCwCdVwsAtlcLAPJXCwD7VwsAR1gLAFFYCwCcWAsApFgLAPFYCwABWQsARlkLAEtZCwCbWQsApFkLAPBZCwD9WQsARVoLAExaCwCaWgsAoloLAHofEQD5WgsARFsLAExbCwCZWwsAp1sLAO5bCwD7WwsAQ1wLAEtcCwCYXAsAmlwLAO1cCwD1XAsAQl0LAENdCwCXXQsAmV0LAOxdCwD7XQsAQV4LAGFeCwCWXgsAmF4LAOteCwACXwsAQF8LAExfCwCVXwsAr18LAOpfCwAWYAsAP2ALAEJgCwCUYAsAmWALAOlgCwD2YAsAzx8RAEBhCwCTYQsAnWELAOhhCwD3YQsAPWILAEhiCwCSYgsAoGILAOdiCwD0YgsAPGMLAFNjCwCRYwsAmWMLAOZjCwDnYwsAO2QLAD1kCwCQZAsAn2QLAOVkCwAFZQsAOmULADxlCwCPZQsApmULAORlCwDwZQsAOWYLAEFmCwAkIBEAk2YLAONmCwDpZgsAOGcLAEBnCwCNZwsArGcLAOJnCwDvZwsAN2gLADhoCwCMaAsAomgLAOFoCwD9aAsAeSARADtpCwCLaQsAlWkLAOBpCwDoaQsANWoLADZqCwCKagsAN2oLAIFzCwCQagsA32oLAOtqCwA0awsARGsLAIlrCwCXawsA3msLAPFrCwAzbAsAP2wLAIhsCwCPbAsA3WwLAOVsCwAybQsANm0LAIdtCwCVbQsA3G0LAOZtCwAxbgsAPG4LAIZuCwCObgsA224LABNvCwAwbwsAOG8LAIVvCwCKbwsA2m8LAOBvCwAvcAsAN3ALAIRwCwCecAsA2XALABFxCwAucQsANnELAINxCwCIcQsA2HELAN5xCwAtcgsANXILAIJyCwCccgsA13ILAPFyCwAscwsAZHMLAM4gEQCJcwsA1nMLAN1zCwArdAsAN3QLAIB0CwCBdAsA1XQLAOF0CwAqdQsAN3ULAH91CwCGdQsA1HULAOB1CwApdgsANnYLAH52CwCNdgsA03YLAOd2CwAjIREAKncLAH13CwA0dwsAItANAIB3CwBdQA0AincLACciDACMdwsA0ncLAPJ3CwAneAsAKXgLAHx4CwCTeAsA0XgLAN14CwAmeQsALnkLAHghEQB9eQsA0HkLAN15CwAlegsALnoLAHp6CwB8egsAz3oLAOB6CwAkewsANXsLAHl7CwCNewsAzSERAO57CwAjfAsAJXwLAHh8CwCPfAsAzXwLANl8CwAifQsAKn0LACIiEQB5fQsAzH0LAM99CwAhfgsAKX4LAHZ+CwCDfgsAy34LANB+CwAgfwsAKn8LAHV/CwB9fwsAyn8LAON/CwAfgAsAK4ALAHSACwCAgAsAyYALANaACwAegQsAJoELAHOBCwCDgQsAyIELAM2BCwAdggsAJoILAHKCCwB/ggsAx4ILAM6CCwAcgwsAJIMLAHciEQB+gwsAxoMLAMmDCwAbhAsAJYQLAHCECwByhAsAxYQLANaECwAahQsAK4ULAG+FCwB7hQsAxIULAMuFCwAZhgsAM4YLAG6GCwB2hgsAw4YLAMSGCwBkkAsAzYYLABiHCwAehwsAbYcLAIGHCwDChwsAyocLABeICwAhiAsAbIgLAHGICwDBiAsAyYgLABaJCwAkiQsAa4kLAHiJCwDAiQsAw4kLABWKCwAfigsAaooLAGyKCwC/igsA0IoLABSLCwAliwsAaYsLAHGLCwDMIhEAyIsLABOMCwAvjAsAaIwLAHCMCwAhIxEAvowLABKNCwAojQsAZ40LAG+NCwC8jQsAyo0LABGOCwAejgsAZo4LAGmOCwC7jgsAxY4LABCPCwASjwsAZY8LAHaPCwC6jwsAy48LAA+QCwAXkAsAdiMRAHWQCwC5kAsAxZALAA6RCwAQkQsAY5ELAGaRCwC4kQsAxJELAA2SCwAVkgsAyyMRAGuSCwC3kgsAxJILAAyTCwAUkwsAYZMLAHOTCwC2kwsAw5MLAAuUCwAMlAsAYJQLAHaUCwC1lAsAvZQLAAqVCwAYlQsAX5ULAGyVCwC0lQsAt5ULAAmWCwATlgsAXpYLAGCWCwCzlgsAxJYLAAiXCwAZlwsAXZcLAGWXCwAgJBEAv5cLAAeYCwARmAsAXJgLAGqYCwCxmAsAx5gLAAaZCwASmQsAW5kLAGeZCwCwmQsAtpkLAAWaCwALmgsAWpoLAF+aCwCvmgsAtZoLAHUkEQAJmwsAWZsLAFubCwCumwsAtZsLAAOcCwALnAsAWJwLAFucCwCtnAsAtpwLAAKdCwARnQsAV50LAGKdCwCsnQsAtJ0LAAGeCwARngsAVp4LAGSeCwCrngsAvJ4LAACfCwAMnwsAVZ8LAF2fCwB0JREAyJ8LAP+fCwAHoAsAySURAGCgCwCpoAsAv6ALAP6gCwAGoQsAU6ELAHKhCwAeJhEAq6ELABvZCwC1oQsA/aELAACiCwBdkw8ABaILAFKiCwAHogsA4bsNAFSiCwCnogsAXKILAPCuCwBjogsA96cLALSiCwD8ogsAEKMLAFGjCwBZowsApqMLAKujCwD7owsAC6QLAFCkCwBYpAsApaQLAK+kCwD6pAsABaULAE+lCwBbpQsApKULAKylCwBzJhEA/qULAE6mCwBXpgsAo6YLAKmmCwD4pgsAB6cLAE2nCwBZpwsAoqcLAKWnCwDIJhEA/KcLAEyoCwBbqAsAoagLAKOoCwD2qAsAB6kLAEupCwBcqQsAoKkLALSpCwD1qQsA/akLAEqqCwBYqgsAn6oLAKyqCwD0qgsA96oLAEmrCwBTqwsAnqsLAKCrCwDzqwsABKwLAEisCwBZrAsAnawLAKmsCwDyrAsA+awLAEetCwBPrQsAnK0LALOtCwDxrQsA/a0LAEauCwBcrgsAm64LAJ6uCwAdJxEA+64LAEWvCwBRrwsAmq8LAKKvCwByJxEA+68LAESwCwBasAsAmbALAJywCwDusAsA9rALAEOxCwBFsQsAmLELALOxCwDtsQsA77ELAEKyCwBQsgsAl7ILAKiyCwDssgsA7rILAEGzCwBaswsAlrMLAKezCwDrswsA97MLAMcnEQBGtAsAlbQLAKO0CwDqtAsABbULAD+1CwBLtQsAlLULAJq1CwDptQsA8bULAD62CwBOtgsAk7YLAJi2CwDotgsA8bYLAD23CwBKtwsAkrcLAJm3CwDntwsA77cLABwoEQBBuAsAkbgLAJe4CwDmuAsA7rgLADu5CwBnuQsAkLkLAJe5CwDluQsA/rkLADq6CwBJugsAj7oLAKu6CwBxKBEA6boLADm7CwBDuwsAjrsLAJ67CwDjuwsA6LsLADi8CwBBvAsAjbwLAJq8CwDivAsA6bwLADe9CwBDvQsAjL0LAJ+9CwDhvQsA8L0LADa+CwBCvgsAi74LAIy+CwDgvgsA6r4LADW/CwBDvwsAir8LAI+/CwDfvwsA7L8LAMYoEQBFwAsAicALAIvACwDewAsA4cALADPBCwA2wQsAiMELAI/BCwDdwQsA6cELADLCCwBCwgsAh8ILAJfCCwDcwgsA4cILADHDCwA6wwsAhsMLAJPDCwDbwwsA4sMLADDECwA8xAsAhcQLAIvECwDaxAsA4MQLAC/FCwA0xQsAhMULAIrFCwDFKREA48ULAC7GCwA8xgsAg8YLAJPGCwDYxgsA2sYLAC3HCwA8xwsAgscLAIzHCwDXxwsA38cLAMQqEQAyyAsAgcgLAI3ICwAZKxEA28gLACvJCwAzyQsAgMkLAJDJCwDVyQsA48kLACrKCwA3ygsAf8oLAIbKCwDUygsA3MoLAMMrEQA6ywsAfssLAIXLCwDTywsA28sLACjMCwA1zAsAfcwLAILMCwDSzAsA3MwLACfNCwAvzQsAfM0LAJXNCwDRzQsA3c0LACbOCwAuzgsAGCwRAIfOCwDQzgsA084LACXPCwAqzwsAes8LAIvPCwDPzwsA6s8LACTQCwAw0AsAedALAIDQCwDO0AsA6tALACPRCwAr0QsAbSwRAH3RCwDN0QsA19ELACLSCwAq0gsAd9ILAHnSCwDlDQ0Ah9ILAMzSCwDR0gsAIdMLACrTCwB20wsAg9MLAMvTCwDS0wsAwiwRACnUCwB11AsAgtQLAMrUCwDZ1AsAH9ULACnVCwB01QsAgtULAMnVCwDO1QsAHtYLACvWCwBz1gsAe9YLABctEQDU1gsAHdcLACrXCwBy1wsAddcLAMfXCwDV1wsAHNgLACHYCwBx2AsAftgLAMbYCwDO2AsAbC0RACPZCwBw2QsAdtkLAMXZCwB32QsAFTQMANHZCwAa2gsAN9oLAG/aCwB42gsAxNoLANLaCwAZ2wsAH9sLAG7bCwB62wsAw9sLAMrbCwDBLREAHtwLAG3cCwB73AsAwtwLAN3cCwAX3QsAI90LAGzdCwBy3QsAFi4RAOTdCwBrLhEAG94LAGveCwB43gsAwN4LAM3eCwAV3wsAId8LAGrfCwB53wsAv98LAMnfCwAU4AsAIuALAGngCwBu4AsAvuALAMvgCwAT4QsAL+ELAGjhCwBw4QsAwC4RAMnhCwAS4gsAL+ILAGfiCwBw4gsAvOILAMriCwAR4wsAF+MLAGbjCwBy4wsAu+MLAMLjCwAQ5AsAGOQLAGXkCwB75AsAuuQLAL/kCwAP5QsAFuULAGTlCwBt5QsAueULAMrlCwAO5gsAGuYLAGPmCwBr5gsAai8RAL7mCwAN5wsAEucLAGLnCwB95wsAt+cLAMXnCwAM6AsAE+gLAGHoCwBt6AsAtugLALnoCwAL6QsAE+kLAGDpCwBh6QsAtekLALfpCwAK6gsAGeoLAF/qCwB/6gsAtOoLALbqCwAJ6wsAIOsLAF7rCwBq6wsAs+sLALvrCwC/LxEACewLAF3sCwBp7AsAsuwLAMHsCwAH7QsAD+0LABQwEQBe7QsAse0LAL/tCwAG7gsAF+4LAGkwEQBi7gsAvjARALjuCwBoMREAD+8LAFrvCwBm7wsAr+8LAMXvCwAE8AsAEPALAFnwCwBs8AsArvALALzwCwAD8QsADfELAL0xEQBg8QsAEjIRAMPxCwAC8gsADvILAFfyCwBk8gsArPILALbyCwAB8wsAA/MLAFbzCwBg8wsAq/MLALnzCwAA9AsABfQLAFX0CwBi9AsAqvQLALL0CwD/9AsAD/ULAFT1CwBW9QsAqfULALL1CwD+9QsAD/YLAFP2CwBd9gsAZzIRALT2CwD99gsAFPcLAFL3CwBt9wsAvDIRAMD3CwD89wsAAvgLAFH4CwBb+AsAETMRAKj4CwD7+AsADPkLAFD5CwBY+QsApfkLAGz5CwDSIQwAsfkLAPr5CwAA+gsAT/oLAFX6CwCk+gsAqfoLAPn6CwD/+gsAZjMRAGr7CwCj+wsAq/sLAGU0EQAG/AsATfwLAF78CwCi/AsAs/wLAPf8CwAD/QsATP0LAFP9CwC6NBEAsv0LAPb9CwAH/gsAS/4LAFf+CwCg/gsAp/4LAA81EQD3/gsASv8LAEv/CwCf/wsAp/8LAPT/CwD5/wsASQAMAFIADACeAAwAqAAMAPMADAD7AAwASAEMAE0BDACdAQwArQEMAPIBDAD6AQwARwIMAF0CDACcAgwAqAIMAPECDAAHAwwARgMMAEsDDACbAwwAoQMMAPADDAAEBAwAZDURAFsEDACaBAwAqAQMAO8EDAD8BAwARAUMAEYFDACZBQwAowUMAO4FDAD6BQwAQwYMAEoGDACYBgwAoAYMAO0GDAAGBwwAQgcMAFYHDACXBwwAnwcMAOwHDADuBwwAQQgMAE4IDACWCAwAmwgMAOsIDAD1CAwAQAkMAEsJDACVCQwAoQkMAOoJDADwCQwAPwoMAEcKDACUCgwAlQoMAOkKDADvCgwAPgsMAEMLDACTCwwAogsMAOgLDAD0CwwAPQwMAEAMDACSDAwAlQwMALk1EQDsDAwAPA0MAFgNDAAONhEAsQ0MAOYNDADuDQwAYzYRAEEODACQDgwAnA4MALg2EQDrDgwAOg8MAEYPDAALOREAkA8MADYTDACfDwwA5A8MAOYPDAA5EAwAQxAMAI4QDACQEAwA4xAMAPQQDAA4EQwAQBEMAI0RDACZEQwA4hEMAOgRDAA3EgwAPRIMAIwSDACREgwA4RIMAOcSDABgOREAOBMMAIsTDACREwwA4BMMAOMTDAA1FAwAQRQMAIoUDACSFAwAXzoRAOUUDAA0FQwAOhUMAIkVDACOFQwA3hUMAOQVDAC0OhEANRYMAIgWDACRFgwA3RYMAPQWDAAyFwwAPRcMAIcXDACRFwwA3BcMAOQXDACzOxEAPhgMAIYYDACOGAwA2xgMAOUYDAAwGQwAOxkMAIUZDACLGQwA2hkMAOYZDAAvGgwAMRoMAIQaDACLGgwA2RoMAOEaDAAuGwwAQBsMAAg8EQDBGwwA2BsMAOAbDAAtHAwAUBwMAAc9EQCEHAwA1xwMAOQcDAAsHQwAMx0MAIEdDACSHQwA1h0MAOIdDAArHgwAMh4MAIAeDACBHgwACj8MAIgeDABcPREA6B4MACofDAA5HwwAfx8MAIsfDADUHwwA1R8MACkgDAAzIAwAfiAMAIwgDADTIAwA2CAMACghDAA1IQwAsT0RAIUhDAAGPhEA2iEMAFs+EQA1IgwAfCIMAIsiDADRIgwA8SIMACYjDAAyIwwAeyMMAIIjDADQIwwA2CMMACUkDAAnJAwAeiQMAIQkDABaPxEA2SQMACQlDAAsJQwArz8RAIMlDADOJQwA1iUMAARAEQBiJgwAeCYMAIAmDADNJgwA6yYMAFlAEQAwJwwAdycMAH4nDAA5uQ0AhycMAMwnDADcJwwAISgMAC0oDAB2KAwAfCgMAMsoDADnKAwAICkMACgpDACuQBEAiSkMAMopDADUKQwAHyoMACsqDAB0KgwAfCoMAANBEQDUKgwAHisMACArDABzKwwAeSsMAMgrDADQKwwAWEERAB8sDAByLAwAdSwMAMcsDADPLAwAHC0MACwtDABxLQwAcy0MAMYtDADULQwAGy4MACwuDACtQREAdy4MAAJCEQDLLgwAGi8MAB8vDABvLwwAdS8MAFdCEQDOLwwAGTAMABswDABuMAwAgTAMAMMwDADLMAwAGDEMACQxDABtMQwAczEMAMIxDADIMQwAFzIMABwyDABsMgwAcjIMAFZDEQDKMgwAFjMMACMzDABrMwwAcjMMAMAzDADIMwwAq0MRACE0DABqNAwAdDQMAL80DADLNAwAFDUMACM1DABpNQwAczUMAL41DADKNQwAEzYMABo2DAAARBEAazYMALqMDgBuNgwAvTYMAHc2DADzqQ0AyTYMABI3DAAaNwwAVUQRAHM3DAC8NwwAxjcMABE4DAAdOAwAZjgMAHU4DAC7OAwAxTgMABA5DAAcOQwAZTkMAGw5DACqRBEAyDkMAA86DADaOQwAWJoNACY6DABkOgwAcToMALk6DAC7OgwADjsMAB87DABjOwwAfzsMALg7DADAOwwA/0QRACY8DABiPAwAdjwMALc8DAC/PAwADD0MAA89DABhPQwAbz0MALY9DADNPQwACz4MABg+DABgPgwAYj4MALU+DADGPgwAVEURABA/DABfPwwAZD8MALQ/DADKPwwACUAMABdADABeQAwAYUAMALNADAC/QAwACEEMAA5BDABdQQwAaUEMALJBDADeQQwAB0IMABNCDABcQgwAa0IMALFCDAC7QgwABkMMABRDDABbQwwAYEMMALBDDAC9QwwAqUURAAdEDABaRAwAaEQMAK9EDAC8RAwABEUMABZFDAD+RREAaEUMAK5FDAC6RQwAA0YMABxGDABYRgwAWkYMAK1GDAC8RgwAAkcMACJHDABXRwwAX0cMAKxHDADPRwwAU0YRAAZIDABWSAwAWUgMAKtIDAC1SAwAAEkMAAhJDABVSQwAW0kMAKpJDAC2SQwA/0kMAA5KDABUSgwAYEoMAKlKDAC2SgwA/koMAAhLDABTSwwAW0sMAKhLDAC3SwwA/UsMAP9LDABSTAwAY0wMAKdMDAC4TAwA/EwMAARNDABRTQwAYk0MAKZNDACoTQwA+00MAP5NDABQTgwAWk4MAKVODADJTgwA+k4MABZPDACoRhEAVU8MAKRPDACpTwwA+U8MAAhQDABOUAwAWlAMAKNQDACmUAwA+FAMAPtQDABNUQwAVVEMAKJRDACxUQwA91EMAPxRDABMUgwAYlIMAKFSDACiUgwA9lIMAAdTDABLUwwAV1MMAKBTDACqUwwA9VMMAAFUDABKVAwAUVQMAP1GEQCjVAwA9FQMAAJVDABJVQwAU1UMAJ5VDACpVQwA81UMAPtVDABIVgwAVFYMAJ1WDACwVgwA8lYMAABXDABHVwwAUVcMAJxXDACkVwwA8VcMAABYDABGWAwAS1gMAJtYDACiWAwA8FgMAPxYDABSRxEAUVkMAJpZDACdWQwA71kMAPJZDABEWgwAXloMAJlaDAClWgwA7loMAAFbDABDWwwAUVsMAJhbDACiWwwA7VsMABBcDACnRxEATFwMAJdcDACjXAwA7FwMAPNcDABBXQwASV0MAJZdDACaXQwA610MAPldDABAXgwASl4MAJVeDACgXgwA6l4MAPJeDAA/XwwATl8MAJRfDACZXwwA6V8MAPBfDAA+YAwASmAMAJNgDACbYAwA/EcRAP5gDACEbQ4AAWEMAD1hDABHYQwAkmEMAJ5hDADnYQwA6mEMADxiDABGYgwAkWIMAJRiDADmYgwA9mIMADtjDAA9YwwAkGMMAJ5jDADlYwwA9mMMAFFIEQBBZAwApkgRAKhkDADkZAwA7mQMADllDABFZQwAjmUMAJFlDADjZQwA7WUMAPtIEQA9ZgwAjWYMAK1mDADiZgwA6mYMAFBJEQBFZwwAjGcMAKJnDADhZwwA7WcMADZoDAA9aAwAi2gMAJNoDADgaAwA5WgMADVpDAA+aQwAimkMAJRpDADfaQwA52kMADRqDABCagwAiWoMAJZqDADeagwA5moMAKVJEQBDawwAiGsMAJBrDAD6SREA5GsMADJsDAA+bAwAh2wMAI5sDADcbAwA5GwMADFtDAA7bQwAhm0MAJRtDADbbQwA8W0MADBuDAA8bgwAhW4MAIpuDADabgwA424MAC9vDAA5bwwAhG8MAIxvDADZbwwA3m8MAC5wDAA+cAwAg3AMAItwDABPShEA4nAMAC1xDAAwcQwAxS0NADVxDACkShEAkHEMANdxDADtcQwALHIMADhyDACBcgwAiHIMANZyDADecgwAK3MMADBzDACAcwwAiXMMANVzDADfcwwAKnQMADJ0DAB/dAwAgXQMAB6ADACNdAwA1HQMAOF0DAApdQwAMXUMAPlKEQCKdQwA03UMANZ1DAAodgwAMnYMAE5LEQCLdgwA0nYMAOh2DAAndwwAM3cMAHx3DACDdwwA0XcMANl3DAAmeAwAK3gMAHt4DACEeAwA0HgMANp4DAAleQwALXkMAHp5DAB8eQwAz3kMAN95DAAkegwALnoMAHl6DACFegwAznoMANR6DAD4SxEAMXsMAHh7DACOewwAzXsMANl7DAAifAwAJ3wMAHd8DACAfAwAzHwMANZ8DAAhfQwAKX0MAHZ9DACYfQwATUwRANp9DAAgfgwALH4MAHV+DAB2fgwAyn4MANR+DAAffwwALX8MAHR/DAB5fwwAyX8MANZ/DACiTBEALoAMAHOADAB9gAwAyIAMANSADAAdgQwAI4EMAHKBDAB6gQwAoU0RAMyBDAAcggwAJIIMAHGCDAB9ggwAZ4wMAIqCDADGggwA0oIMABuDDAAjgwwA9k0RAH2DDADFgwwAzYMMABqEDAAohAwAb4QMAHyEDADEhAwAx4QMABmFDAAjhQwAboUMAHCFDADDhQwA0IUMABiGDAAnhgwAbYYMAHmGDADChgwAyoYMAEtOEQAnhwwAbIcMAHSHDADBhwwAzYcMABaIDAAciAwAa4gMAHGIDADAiAwAxYgMABWJDAAbiQwAoE4RAHeJDAC/iQwAxIkMABSKDAAeigwAaYoMAHGKDAC+igwAyooMABOLDAAmiwwAaIsMAHaLDAC9iwwAwIsMABKMDAAcjAwA9U4RAHqMDAC8jAwAyowMABGNDAAUjQwAZo0MAHCNDABKTxEAwI0MABCODADJjQwAnKwMABiODABljgwAcY4MALqODADAjgwAD48MAM2ODABJqgwAFY8MAGSPDABpjwwAuY8MAL+PDACfTxEAFJAMAGOQDABokAwAuJAMAL6QDAD0TxEAG5EMAGKRDAB9kQwAt5EMAMORDAAMkgwAE5IMAElQEQBqkgwAtpIMAMOSDAALkwwAF5MMAGCTDABzkwwAtZMMALaTDAAKlAwAFpQMAF+UDABulAwAtJQMAL6UDAAJlQwAFZUMAF6VDABllQwAnlARALmVDAAIlgwADpYMAF2WDABilgwAspYMALiWDABIUREAEJcMAFyXDABplwwAsZcMALWXDAAGmAwACJgMAFuYDABomAwAsJgMALqYDACdUREADJkMAFqZDABimQwAr5kMALuZDAAEmgwAF5oMAFmaDABomgwArpoMALqaDAADmwwABJsMAFibDABimwwArZsMALubDAACnAwAB5wMAFecDABknAwA8lERALicDAABnQwAB50MAFadDABcnQwAq50MALCdDAAAngwABp4MAEdSEQBangwAqp4MALSeDADxUhEAB58MAFSfDABhnwwAqZ8MAK6fDAD+nwwACKAMAFOgDABboAwAqKAMALSgDAD9oAwAEKEMAFKhDABToQwAp6EMALOhDAD8oQwAC6IMAFGiDABbogwApqIMAK6iDAD7ogwA/aIMAEZTEQBZowwApaMMALSjDAD6owwACaQMAE+kDABbpAwApKQMAKekDAD5pAwA/KQMAJtTEQBQpQwAo6UMAKalDAD4pQwAAKYMAE2mDABapgwAoqYMAKemDAD3pgwAAacMAEynDABUpwwAoacMAK2nDAD2pwwACagMAEuoDABMqAwAoKgMAKyoDAD1qAwABKkMAEqpDABUqQwAn6kMAKupDAD0qQwA+6kMAPBTEQBYqgwAnqoMAKqqDADzqgwA9KoMAEirDABSqwwAnasMAKurDADyqwwA96sMAEesDABUrAwARVQRAK2sDACaVBEA/qwMAEatDABUrQwAm60MAKytDADwrQwAEq4MAO9UEQBKrgwAmq4MAEuuDAAO5QwAoq4MAO+uDADwrgwAQLMMAPKuDAA/tAwA9K4MAEGyDAD1rgwAk7UMAPauDABCsQwA/q4MAESvDAAIrwwAkLgMAEmvDACZrwwApq8MAO6vDAD7rwwAQ7AMAE+wDACYsAwAp7AMAO2wDAD3sAwARFURAFCxDACXsQwAmbEMAOyxDAD9sQwAmVURAEKyDACWsgwAorIMAOuyDAD4sgwA7lURAE6zDACVswwAorMMAOqzDAABtAwAQ1YRAEi0DADntgwASbQMAJS0DACWtAwA6bQMAO+0DAA+tQwASLUMAJhWEQCftQwA6LUMAOq1DAA9tgwATLYMAJK2DACdtgwA7VYRAPa2DAA8twwAS7cMAJG3DACdtwwA5rcMAPK3DAA7uAwAQrgMAEJXEQCcuAwA5bgMAO24DACXVxEAU7kMAI+5DACguQwA5LkMAPC5DADsVxEAQLoMAI66DACWugwA47oMAOS6DAA4uwwAPrsMAI27DACSuwwA4rsMAOO7DAA3vAwAQ7wMAIy8DACSvAwA4bwMAOu8DAA2vQwARL0MAIbCDABKvQwAi70MAJO9DABBWBEA8L0MADW+DAA9vgwAir4MAJO+DADfvgwAl74MAIfBDADsvgwANL8MADu/DACJvwwAlb8MAN6/DADuvwwAM8AMAEHADACIwAwAlcAMAN3ADADpwAwAMsEMADnBDACWWBEAkMEMANzBDADtwQwAMcIMAELCDADrWBEAksIMANvCDADewgwAMMMMADjDDACFwwwAisMMANrDDADqwwwAL8QMADfEDACExAwAjcQMANnEDACRxAwAgccMAObEDAAuxQwANcUMAIPFDACPxQwA2MUMAOjFDAAtxgwAO8YMAILGDACPxgwA18YMAOPGDAAsxwwAM8cMAEBZEQCKxwwA1scMAOfHDAAryAwAPMgMAJVZEQCFyAwA1cgMAOLIDAAqyQwANskMAH/JDACJyQwA1MkMAOjJDAApygwAKsoMAH7KDACKygwA08oMAPLKDAAoywwAMMsMAH3LDACCywwA0ssMAOvLDAAnzAwAU8wMAHzMDACIzAwA0cwMAODMDAAmzQwAMM0MAHvNDACDzQwA0M0MANvNDAAlzgwAJ84MAHrODAB9zgwAz84MANfODAAkzwwAMc8MAHnPDAB+zwwAzs8MANbPDAAj0AwAJdAMAHjQDACC0AwAzdAMANfQDAAi0QwAKNEMAHfRDACF0QwAzNEMAOXRDAAh0gwAKtIMAHbSDACA0gwAy9IMANfSDADqWREALNMMAHXTDAB/0wwAytMMANXTDAAf1AwAJNQMAHTUDAB71AwAydQMANHUDAAe1QwAS9UMAD9aEQB61QwAyNUMANDVDAAd1gwAStYMAHLWDAB31gwAx9YMAMjWDAAc1wwAJtcMAHHXDAB/1wwAxtcMAMvXDAAb2AwAKNgMAHDYDACM2AwAxdgMAOHYDACUWhEAJ9kMAG/ZDABz2QwAxNkMAMrZDAAZ2gwAG9oMAG7aDABv2gwAw9oMAObaDAAY2wwAPNsMAG3bDACa2wwAwtsMAMrbDAAX3AwAHNwMAGzcDAB53AwAwdwMAMncDAAW3QwAGN0MAGvdDABz3QwAwN0MAO3dDAAV3gwAIt4MAGreDABv3gwAv94MAMzeDAAU3wwAIN8MAGnfDACW3wwAvt8MAMbfDAAT4AwALuAMAGjgDABq4AwAveAMAM7gDAAS4QwAG+EMAGfhDABz4QwA6VoRAMnhDAAR4gwALOIMAGbiDABr4gwAu+IMANviDAAQ4wwAHOMMAGXjDABt4wwAPlsRAMjjDAAP5AwAGeQMAGTkDABv5AwAueQMAMHkDADoWxEAF+UMAGPlDABt5QwAuOUMAMPlDAAN5gwAIeYMAGLmDAB35gwAt+YMAL/mDAAM5wwAI+cMAGHnDABm5wwAtucMAMDnDAAL6AwAE+gMAD1cEQBi6AwAtegMAMboDAAK6QwADekMAF/pDABr6QwAklwRAMLpDAAJ6gwAGuoMAOdcEQBh6gwAs+oMALbqDAAI6wwAFOsMAF3rDABj6wwAsusMALzrDAA8XREAFOwMAFzsDABz7AwAsewMALnsDACRXREAFu0MAFvtDABn7QwAsO0MALbtDAAF7gwAEe4MAFruDAAT7gwAsj4PAGfuDACv7gwAvu4MAATvDAAQ7wwAWe8MAGHvDADmXREAtu8MAAPwDAAF8AwAWPAMAGfwDACt8AwAt/AMAALxDAAL8QwAV/EMAFnxDACs8QwAvfEMAAHyDAAW8gwAVvIMAF7yDACr8gwA6/IMAADzDAAI8wwAVfMMAGHzDACq8wwAvfMMAP/zDAAA9AwAVPQMAGD0DACp9AwAuPQMAP70DAAI9QwAU/UMAF/1DACo9QwAr/UMAJBeEQAZ9gwA5V4RAFX2DACn9gwAr/YMAPz2DAAJ9wwAUfcMAFb3DACm9wwAsPcMAPv3DAAD+AwAUPgMAFr4DACh/AwAYPgMAJ/+DAB9+AwApfgMAK/4DAD6+AwAtfgMAKP6DAAA+QwAT/kMAFj5DACk+QwAsPkMAPn5DAAm+gwATvoMAGr6DACPXxEApfoMAPj6DAAJ+wwATfsMAFD7DACi+wwArvsMAPf7DAAk/AwATPwMAGj8DADkXxEAp/wMAPb8DAD//AwAS/0MAFX9DACg/QwAq/0MAPX9DAAJ/gwASv4MAGb+DAA5YBEAof4MAPT+DAAF/wwASf8MAEz/DACe/wwAsv8MAPP/DAAPAA0AjmARAFAADQDjYBEApQANADhhEQD+AA0ARwENAE0BDQCcAQ0AogENAPEBDQD2AQ0ARgINAEwCDQCNYREApQINAPACDQD4Ag0AN2IRAEsDDQCaAw0AogMNAO8DDQD8Aw0ARAQNAFAEDQCZBA0AmwQNAO4EDQD0BA0AQwUNAEsFDQCYBQ0AqgUNAIxiEQD6BQ0AQgYNAEkGDQCXBg0AnwYNAOwGDQDxBg0AQQcNAFEHDQCWBw0AngcNAOsHDQD5Bw0AQAgNAE0IDQCVCA0AlggNAOoIDQDzCA0APwkNAEkJDQDhYhEAmQkNAOkJDQD1CQ0APgoNAEEKDQCTCg0AmwoNAOgKDQD1Cg0APQsNAEILDQCSCw0AnAsNAOcLDQDvCw0APAwNAEgMDQCRDA0ApAwNAOYMDQD0DA0AOw0NAD4NDQCQDQ0Amg0NADZjEQAADg0AOg4NADwODQCPDg0AnQ4NAOQODQD1Dg0AOQ8NADsPDQCODw0Apw8NAOMPDQD0Dw0AOBANAEQQDQCLYxEAlhANAOIQDQDvEA0ANxENAEERDQCMEQ0AmhENAOERDQD3EQ0ANhINAEISDQCLEg0AlxINAOASDQDzEg0ANRMNAEQTDQCKEw0AlhMNAN8TDQDgEw0ANBQNAD4UDQCJFA0AlxQNAN4UDQDjFA0AMxUNAEAVDQDgYxEAlhUNAN0VDQDzFQ0AMhYNAD4WDQCHFg0AjhYNANwWDQDkFg0AMRcNADYXDQCGFw0AjxcNANsXDQDlFw0AMBgNADgYDQCFGA0AiRgNANoYDQDcGA0ALxkNAD0ZDQCEGQ0AjhkNANkZDQDnGQ0ALhoNADsaDQCDGg0AmhoNANgaDQDgGg0ALRsNAD0bDQCCGw0AhxsNANcbDQDdGw0ALBwNADQcDQCBHA0AhhwNANYcDQDXHA0AKx0NADcdDQCAHQ0Ahh0NANUdDQDXHQ0AKh4NADQeDQB/Hg0AjR4NANQeDQDZHg0AKR8NADYfDQDfZBEAhB8NANMfDQDYHw0AKCANAC4gDQA0ZREAgiANANIgDQDfIA0AJyENADQhDQB8IQ0AiCENANEhDQDgIQ0AJiINADAiDQB7Ig0AiSINANAiDQDVIg0AJSMNADIjDQB6Iw0AgiMNADNmEQDbIw0AJCQNADQkDQB5JA0AgiQNAM4kDQDRJA0AIyUNAC8lDQB4JQ0AfyUNAIhmEQDkJQ0AIiYNACgmDQB3Jg0AgyYNAMwmDQDjJg0AIScNACMnDQB2Jw0AgCcNAMsnDQDXJw0AICgNACwoDQB1KA0AeygNAMooDQDQKA0AHykNACQpDQB0KQ0AeikNAN1mEQDMKQ0AhBcPANQpDQAeKg0AHyoNAHMqDQB9Kg0AyCoNAPMqDQAyZxEAICsNAHIrDQB8Kw0Ah2cRANArDQAcLA0AMiwNAHEsDQCHLA0AxiwNAMgsDQAbLQ0AIS0NAHAtDQCELQ0AMWgRAM0tDQAaLg0A4S0NANfBEQAgLg0Asj8OACouDQBvLg0AMy4NAFSdDgBxLg0AxC4NANIuDQAZLw0AKi8NAIZoEQB1Lw0A22gRAMwvDQDTHg4Azy8NABgwDQAbMA0AbTANAHYwDQDCMA0A0zANABcxDQAhMQ0AbDENAHQxDQDBMQ0AiDENAC9tDgDEMQ0AFjINAB8yDQBrMg0AgTINAMAyDQDWMg0AFTMNABczDQBqMw0AcDMNAL8zDQDTMw0AMGkRADw0DQBpNA0AkTQNAIVpEQDENA0AkQsOAMo0DQBnNg0AyzQNADoNDgDNNA0AOwwOAM40DQATNQ0AFTUNAGg1DQB2NQ0AvTUNAM41DQDaaREAGjYNAC9qEQBtNg0AvDYNAMI2DQARNw0AFjcNAGY3DQBsNw0AhGoRAMc3DQAQOA0AGDgNAC5rEQBxOA0AujgNAMQ4DQAPOQ0AGDkNAGQ5DQBlOQ0AuTkNAME5DQAOOg0AEzoNAGM6DQBzOg0A2GsRAMQ6DQANOw0ADzsNAGI7DQBoOw0AtzsNAL47DQAMPA0AETwNAGE8DQBlPA0AtjwNAMM8DQALPQ0AEz0NAGA9DQBlPQ0AtT0NAMU9DQAtbBEAGz4NAF8+DQBrPg0AtD4NAMM+DQAJPw0AEz8NAF4/DQBsPw0Asz8NAMA/DQAIQA0AH0ANAIJsEQBgQA0ALG0RALVADQAHQQ0AuUANABt+EQAPQQ0AXEENAIRBDQCxQQ0A2UENAAZCDQAuQg0AgW0RAGRCDQCwQg0AsUINAAVDDQAUQw0AWkMNABtDDQADRQ0Aa0MNAK9DDQCxQw0ABEQNAAdEDQBZRA0AXEQNAK5EDQC2RA0AgG4RAAhFDQBYRQ0AX0UNAK1FDQC2RQ0AAkYNABNGDQBXRg0AY0YNAKxGDQC0Rg0A1W4RAAdHDQBWRw0AXUcNAKtHDQCwRw0AAEgNAARIDQBVSA0AYkgNAKpIDQC5SA0A/0gNABBJDQBUSQ0AVkkNAKlJDQCsSQ0A/kkNAAFKDQBTSg0AW0oNACpvEQCtSg0AY48NALNKDQB3JA8AtEoNAP1KDQAASw0AUksNAFxLDQB/bxEAsEsNAPxLDQALTA0AUUwNAGBMDQCmTA0AskwNAPtMDQD+TA0AUE0NAFNNDQDUbxEAqE0NAPpNDQAiTg0AKXARAFdODQB+cBEArE4NANNwEQABTw0AKHERAFNPDQCjTw0AsE8NAPhPDQD7Tw0ATVANAFJQDQCiUA0As1ANAPdQDQADUQ0AfXERAFFRDQChUQ0AslENAPZRDQACUg0AS1INAGVSDQCgUg0ApFINAJ5UDQCnUg0A8VYNAKpSDQBFWA0ArFINAJ1VDQCuUg0An1MNALFSDQD1Ug0A+lINAEpTDQBhUw0A0nERAKxTDQD0Uw0ABFQNAElUDQBOVA0AJ3IRAKBUDQDzVA0A+VQNAEhVDQBVVQ0AfHIRAKNVDQDyVQ0A+FUNAEdWDQBMVg0AnFYNAKJWDQDRchEA/VYNAEZXDQBfVw0Am1cNAKRXDQDwVw0AB1gNACZzEQBLWA0AmlgNAJxYDQDvWA0A/lgNAERZDQBQWQ0Ae3MRAJtZDQDuWQ0A/1kNAENaDQBRWg0AmFoNAJ9aDQDtWg0A71oNAEJbDQBMWw0Al1sNAKVbDQDsWw0A8VsNAEFcDQBOXA0AllwNAJ5cDQDrXA0A71wNAEBdDQBCXQ0AlV0NAJtdDQDqXQ0A910NANBzEQBMXg0AlF4NAKteDQDpXg0ABV8NACV0EQBKXw0Ak18NAJRfDQDoXw0A7l8NAD1gDQBJYA0AkmANAKFgDQDnYA0A6WANADxhDQBGYQ0AkWENAJ9hDQDmYQ0A62ENADtiDQBIYg0AkGINAJhiDQDlYg0A6WINADpjDQA8Yw0Aj2MNAJVjDQDkYw0A8WMNAHp0EQBGZA0AjmQNAKVkDQDjZA0A/2QNAM90EQBBZQ0AjWUNAJtlDQDiZQ0A7GUNADdmDQBDZg0AjGYNAI9mDQDhZg0A/WYNADZnDQA+Zw0AJHURAJdnDQDgZw0A42cNADVoDQA/aA0AI3YRAJNoDQDfaA0A7WgNADRpDQA+aQ0AiWkNAJVpDQDeaQ0A5mkNAM12EQA1ag0AiGoNAJZqDQDdag0A7moNACJ3EQA5aw0Ad3cRAIxrDQDcaw0A5GsNADFsDQA3bA0AhmwNAI9sDQDbbA0A6GwNACF4EQA1bQ0AhW0NADxtDQAubw0Ajm0NANptDQDkbQ0AL24NADduDQCEbg0AyG4NANluDQDhbg0AdngRADRvDQCDbw0AiW8NANhvDQDgbw0ALXANAHFwDQCCcA0AinANAMt4EQDfcA0AIHkRADVxDQCBcQ0Aj3ENANZxDQDgcQ0AK3INADdyDQCAcg0Ag3INANVyDQDdcg0AynkRADZzDQB/cw0AgnMNANRzDQDecw0AH3oRADF0DQB0ehEAjHQNANN0DQDkdA0AKHUNADR1DQB9dQ0AgHUNAMl6EQAYdg0AJ3YNAG12DQAeexEAjHYNANF2DQDTdg0AJncNADR3DQB7dw0AjHcNAHN7EQDsdw0AJXgNAC14DQDIexEAgHgNAFvsDQCNeA0Az3gNAN54DQAkeQ0AMHkNAHl5DQB6eQ0AznkNANh5DQAjeg0AMXoNAHh6DQB9eg0AzXoNANp6DQAdfBEAMHsNAHd7DQCEew0AzHsNANR7DQByfBEALXwNAHZ8DQCifA0Ay3wNANd8DQAgfQ0AL30NAHV9DQB/fQ0Ayn0NANh9DQAffg0AJH4NAHR+DQCBfg0AyX4NANF+DQAefw0ALH8NAHN/DQCAfw0AyH8NANB/DQDHfBEAH4ANAACcDgArgA0AcoANAHyADQDHgA0A04ANAByBDQAjgQ0AcYENAHmBDQDGgQ0AyoENABuCDQApgg0AcIINAHqCDQDFgg0A0IINABqDDQAigw0Ab4MNAHGDDQDEgw0AzIMNABmEDQAmhA0AboQNAHOEDQDDhA0A0IQNABiFDQA2hQ0AbYUNAJ6FDQDChQ0AzoUNABeGDQAdhg0AbIYNAHGGDQDBhg0AyYYNABaHDQAihw0Aa4cNAH6HDQDAhw0AzocNABWIDQAfiA0AaogNAHKIDQC/iA0AzogNABSJDQAZiQ0AaYkNAHCJDQC+iQ0AyokNABOKDQAvig0AaIoNAHCKDQAcfREAv4oNABKLDQAgiw0AZ4sNAHSLDQC8iw0AyosNABGMDQAejA0AZowNAH2MDQC7jA0Aw4wNABCNDQAejQ0AZY0NAHKNDQC6jQ0Awo0NAMZ9EQAdjg0AZI4NAGWODQBwfhEAxY4NAA6PDQAVjw0AxX4RAGqPDQC4jw0AvY8NABp/EQAVkA0Ab38RAGqQDQC3kA0AqpANADO9DwC4kA0At+UNALqQDQC15w0AwJANAAyRDQDBkA0AY+QNAMeQDQC25g0A1ZANAJlXDwAZkQ0AYZENAGyRDQC2kQ0AuJENAAuSDQAYkg0AYJINAGeSDQC1kg0AxpINAAqTDQAWkw0AX5MNAGaTDQC0kw0AvJMNAMR/EQAPlA0AXpQNAGSUDQCzlA0AuJQNAAiVDQAOlQ0AGYARAGmVDQCylQ0AvJUNAAeWDQALlg0AXJYNAGiWDQCxlg0AvZYNAAaXDQATlw0AW5cNAGOXDQCwlw0AupcNAAWYDQARmA0AWpgNAF2YDQCvmA0AuZgNAMOAEQAGmQ0AWZkNAFyZDQCumQ0AsZkNAG2BEQALmg0AwoERAGaaDQCtmg0ArpoNABeCEQAKmw0AbIIRAFybDQCsmw0As5sNAAGcDQAGnA0AwYIRAF6cDQAWgxEAs5wNAACdDQAKnQ0AVZ0NAGCdDQCqnQ0AuJ0NAP+dDQACng0AVJ4NAFyeDQCpng0As54NAP6eDQAKnw0AU58NAFafDQConw0Asp8NAGuDEQALoA0AUqANAGigDQCnoA0As6ANAPygDQADoQ0AUaENAFmhDQCmoQ0Aq6ENAPuhDQAEog0AUKINAFqiDQClog0AraINAPqiDQD8og0AT6MNAF+jDQCkow0ArqMNAPmjDQAFpA0ATqQNAFSkDQCjpA0Aq6QNABWEEQAGpQ0ATaUNAE6lDQBqhBEAp6UNAL+EEQD5pQ0ATKYNAE2mDQChpg0ApKYNAPamDQABpw0AS6cNAFCnDQCgpw0AqqcNABSFEQAZqA0ASqgNAFKoDQBphREAoagNAPSoDQAFqQ0ASakNAFqpDQCeqQ0AoakNAL6FEQD5qQ0ASKoNAE2qDQCdqg0AoKoNAPKqDQD1qg0AR6sNAE+rDQAThhEAqqsNAPGrDQD0qw0ARqwNAFGsDQCbrA0Ap6wNAPCsDQD3rA0ARa0NAE2tDQCarQ0AqK0NAO+tDQD8rQ0ARK4NAEyuDQBohhEApa4NAO6uDQDxrg0AQ68NAE2vDQCYrw0AoK8NAL2GEQD5rw0AQrANAEiwDQCXsA0AobANAOywDQAAsQ0AQbENAEmxDQAShxEAo7ENAOuxDQDzsQ0AQLINAEOyDQCVsg0AobINAOqyDQD0sg0AP7MNAEizDQCUsw0AlbMNAOmzDQABtA0APrQNAEC0DQCTtA0ApLQNAOi0DQD5tA0APbUNAEW1DQCStQ0AobUNAOe1DQDptQ0APLYNAE22DQCRtg0AorYNAOa2DQD/tg0AO7cNAD23DQCQtw0An7cNAOW3DQAFuA0AvIcRADy4DQCPuA0Ar7gNAOS4DQD4uA0AEIkRAEG5DQCOuQ0Am7kNAOO5DQDouQ0AOLoNAEK6DQCNug0AlboNAOK6DQDoug0AN7sNAEC7DQCMuw0AmbsNAGWJEQDtuw0ANrwNADy8DQCLvA0AkbwNAOC8DQDpvA0ANb0NADa9DQCKvQ0AlL0NAN+9DQDrvQ0ANL4NADu+DQC6iREAkb4NAA+KEQDmvg0AZIoRADu/DQC5ihEAlL8NAN2/DQDtvw0AMsANADfADQCHwA0AjcANANzADQDowA0AMcENADnBDQAOixEAl8ENANvBDQDswQ0AMMINAELCDQCFwg0AjcINANrCDQDlwg0AL8MNADTDDQCEww0AicMNANnDDQD5ww0AY4sRAD7EDQCDxA0AjcQNANjEDQDkxA0ALcUNADPFDQCCxQ0AisUNANfFDQDZxQ0ALMYNAOPFDQDRyw0APcYNAIHGDQCSxg0A1sYNAOjGDQArxw0AM8cNAIDHDQCLxw0A1ccNANrHDQAqyA0AL8gNAH/IDQCfyA0AuIsRANbIDQApyQ0AOMkNAH7JDQCJyQ0A08kNAOXJDQAoyg0AMMoNAH3KDQCIyg0A0soNANfKDQAnyw0ALMsNAHzLDQCcyw0ADYwRANPLDQAmzA0ANcwNAHvMDQCGzA0A0MwNAOLMDQAlzQ0ALc0NAHrNDQCFzQ0Az80NANTNDQAkzg0AKc4NAHnODQCZzg0AYowRANvODQAjzw0AOs8NALeMEQCFzw0Azc8NAOTPDQAMjREAL9ANAHfQDQB+0A0AzNANANrQDQAh0Q0ALtENAHbRDQCN0Q0AYY0RANPRDQC2jREAItINAHXSDQCD0g0AytINANvSDQALjhEALNMNAHTTDQCL0w0AYI4RANPTDQAe1A0AKtQNAHPUDQB21A0AyNQNANLUDQC1jhEAOdUNAAqPEQB61Q0AX48RAM/VDQAc1g0AHdYNAMPZDQAf1g0AxdcNACPWDQC84A0AJtYNAHHWDQAr1g0AwdsNACzWDQDC2g0AdtYNABLgDQB91g0AxtYNAMnWDQAb1w0AJdcNALSPEQB41w0ACZARAM7XDQAa2A0A5dcNAL7eDQAo2A0Ab9gNAHnYDQDE2A0A0NgNABnZDQAc2Q0AbtkNAHbZDQBekBEAxdkNABjaDQAb2g0AbdoNAHDaDQCzkBEAxNoNABfbDQAl2w0AbNsNAH3bDQBdkREAw9sNABbcDQAj3A0Aa9wNAHrcDQDA3A0AzNwNABXdDQAm3Q0Aat0NAHvdDQC/3Q0Ay90NABTeDQAb3g0Aad4NAHHeDQAHkhEAzN4NABPfDQAU3w0AXJIRAHTfDQC93w0AxN8NALGSEQAZ4A0AZ+ANAGzgDQBbkxEAxeANABHhDQAX4Q0AZuENAGjhDQC74Q0AxeENABDiDQAe4g0AZeINAGriDQC64g0Ax+INAA/jDQAn4w0AZOMNAHrjDQC54w0AvOMNAA7kDQAW5A0ABZQRAG/kDQC45A0Au+QNAA3lDQAX5Q0AWpQRAGrlDQCvlBEAueUNAAzmDQAP5g0AYeYNAGTmDQAElREAuOYNAAvnDQAZ5w0AYOcNAHHnDQCulREAvucNAAroDQAY6A0AX+gNACPoDQAXhA8AaegNALToDQDA6A0ACekNAAzpDQBe6Q0AZukNAFiWEQDN6Q0ArZYRACLqDQBd6g0Ad+oNAAKXEQC36g0Aru4NAMDqDQBY7w0AwuoNAAfrDQAJ6w0AXOsNAGrrDQCx6w0AwusNAFeXEQAN7A0ArJcRAGHsDQCw7A0AtewNAAXtDQAL7Q0AAZgRAGDtDQCv7Q0AtO0NAATuDQAa7g0AWe4NAGHuDQCrmBEAzu4NAAPvDQAL7w0AAJkRAG/vDQCt7w0Auu8NAALwDQAH8A0AV/ANAF3wDQCs8A0AuPANAAHxDQAI8Q0AVvENAF7xDQCr8Q0AzvENAKqZEQAN8g0AVfINAGTyDQCq8g0ArPINAP/yDQAI8w0AVPMNAGvzDQCp8w0AtPMNAP7zDQAI9A0AU/QNAFv0DQBUmhEArvQNAP30DQAD9Q0AUvUNAFf1DQCn9Q0ArfUNAKmaEQAe9g0AUfYNAFn2DQBTmxEAr/YNAPv2DQD89g0AUPcNAFj3DQCl9w0AsPcNAPr3DQD/9w0AT/gNAFT4DQCk+A0AxPgNAKibEQD/+A0ATvkNAFX5DQCj+Q0AqPkNAPj5DQD8+Q0ATfoNAFr6DQCi+g0AqvoNAPf6DQAC+w0ATPsNAFH7DQCh+w0ApvsNAPb7DQAW/A0A/ZsRAFr8DQCg/A0Aq/wNAPX8DQD9/A0ASv0NAE39DQCf/Q0AVP0NAJwADgCr/Q0A9P0NAP79DQBJ/g0AUv4NAJ7+DQCf/g0A8/4NAPv+DQBI/w0AU/8NAJ3/DQCi/w0A8v8NAPf/DQBHAA4AZwAOAFKcEQCoAA4A8QAOAPMADgBGAQ4ATAEOAJsBDgCiAQ4A8AEOAPUBDgBFAg4ASQIOAJoCDgCnAg4A7wIOAPcCDgBEAw4ATwMOAJkDDgCeAw4A7gMOAPMDDgBDBA4AYwQOAKecEQCgBA4A/JwRAPcEDgBCBQ4ASwUOAJcFDgCdBQ4A7AUOAPgFDgBBBg4AXwYOAJYGDgCXBg4A6wYOAO0GDgBABw4ATQcOAJUHDgCjBw4A6gcOAPkHDgA/CA4AWwgOAJQIDgCcCA4App0RAPwIDgA+CQ4APwkOAJMJDgCfCQ4A6AkOAPcJDgA9Cg4ARwoOAJIKDgCeCg4A5woOAO4KDgD7nREARAsOAFCeEQCaCw4A5gsOAPMLDgClnhEAQAwOAJAMDgCdDA4A5QwOAO8MDgD6nhEAPA0OAI8NDgClDQ4A5A0OAPANDgBPnxEAQQ4OAMknDwBXDg4Ajg4OAKwODgDjDg4A6w4OADgPDgAFDw4ApUsPADkPDgDhEA4AOw8OADUSDgBEDw4A+ksPAEgPDgCNDw4Ajw8OAOIPDgDwDw4ANxAOAEgQDgCknxEAlBAOAPmfEQDjEA4ANhEOADkRDgCLEQ4AjhEOAE6gEQDoEQ4Ao6ARAD8SDgDdaQ4AVRIOAIoSDgCYEg4A3xIOAOASDgD4oBEAPBMOAE2hEQCsEw4AoqERAOsTDgAzFA4AQRQOAIgUDgCSFA4A3RQOAOUUDgAyFQ4AMxUOAC0aDgBNFQ4A2hcOAF4VDgCHFQ4AkBUOANwVDgDdFQ4AMRYOAD8WDgCGFg4AkBYOANsWDgDnFg4AMBcOADYXDgCFFw4AoRcOAPehEQDoFw4ALxgOADwYDgCEGA4AjhgOANkYDgDbGA4ALhkOAEUZDgCDGQ4AjxkOANgZDgD0GQ4ATKIRAD4aDgCCGg4AhBoOANcaDgDhGg4ALBsOADwbDgCBGw4AhhsOANYbDgDcGw4AKxwOAEEcDgCAHA4AiBwOANUcDgDYHA4AKh0OADMdDgB/HQ4AjR0OANQdDgDeHQ4AKR4OADUeDgB+Hg4Amh4OAKGiEQDgHg4AKB8OADAfDgB9Hw4AgB8OAM93DgCNHw4A0h8OANQfDgDQdg4A4B8OACcgDgA0IA4AfCAOAIogDgDRIA4A1CAOACYhDgAxIQ4AeyEOAIchDgDQIQ4A1yEOACUiDgAtIg4AeiIOAHwiDgDPIg4A3yIOACQjDgAuIw4AeSMOAIUjDgDOIw4A1CMOACMkDgArJA4A9qIRAHokDgDNJA4A2yQOACIlDgAvJQ4AdyUOAIMlDgDMJQ4A0iUOACEmDgAkJg4AdiYOAH4mDgDLJg4AzSYOAMYrDgDOJg4AdCgOANsmDgAgJw4AIicOAGwwDgAlJw4AdScOAH4nDgDKJw4A1ycOAB8oDgAmKA4AS6MRAH0oDgDELQ4AfigOAB0qDgCUKA4AySgOANcoDgAeKQ4AHykOAKCjEQB/KQ4AyCkOAM8pDgD1oxEAHyoOAHIqDgB4Kg4AxyoOANEqDgAcKw4AKCsOAHErDgB4Kw4ASqQRAN8rDgAbLA4AICwOAHAsDgB2LA4AxSwOAM8sDgAaLQ4AJi0OAG8tDgB2LQ4An6QRANMtDgAZLg4AKC4OAG4uDgB6Lg4Awy4OAMYuDgAYLw4AGy8OAG0vDgB9Lw4Awi8OAMsvDgAXMA4AKDAOAPSkEQB6MA4AwTAOANIwDgBJpREAHTEOAJ6lEQBzMQ4AwDEOAMIxDgC7Ng4AwzEOAGkzDgDQMQ4AFTIOABcyDgBhOw4AGjIOAGoyDgBzMg4AvzIOAMwyDgAUMw4AGzMOAPOlEQByMw4AuTgOAHMzDgASNQ4AiTMOAL4zDgDMMw4AEzQOABQ0DgBIphEAdDQOAL00DgDENA4AnaYRABQ1DgBnNQ4AbTUOALw1DgDGNQ4AETYOAB02DgBmNg4AbTYOAPKmEQDUNg4AEDcOABU3DgBlNw4AazcOALo3DgDENw4ADzgOABs4DgBkOA4AazgOAEenEQDIOA4ADjkOAB05DgBjOQ4AbzkOALg5DgC7OQ4ADToOABA6DgBiOg4AcjoOALc6DgDAOg4ADDsOAB07DgCcpxEAbzsOALY7DgDHOw4A8acRABI8DgBGqBEAaDwOALU8DgDePA4ACj0OABI9DgBfPQ4Abz0OALQ9DgC2PQ4ACT4OABc+DgBePg4Abz4OAJuoEQC5Pg4ACD8OABQ/DgDwqBEAiz8OAJqpEQC7Pw4AB0AOABRADgBcQA4AeEAOALFADgC5QA4A76kRABdBDgBbQQ4AXUEOALBBDgCxQQ4ABUIOAAhCDgBaQg4AZkIOAK9CDgC2Qg4ABEMOACBDDgBZQw4AYUMOAJmqEQC7Qw4AA0QOABNEDgBYRA4AXUQOAK1EDgDYRA4A7qoRAAhFDgBDqxEAX0UOAKxFDgCtRQ4A+E4OALJFDgDD1w8AtkUOAAFGDgC4RQ4AUkoOALxFDgCpSA4AykUOAEpSDgAGRg4AINAPAAxGDgAlyw8ADUYOAFZGDgBZRg4Aq0YOALVGDgCYqxEACEcOAFVHDgBbRw4AqkcOALNHDgD/Rw4ADEgOAFRIDgBwSA4A7asRAKtIDgD+SA4ArkgOAGrbDwAMSQ4AU0kOAGRJDgBCrBEArkkOAP1JDgAJSg4Al6wRAFhKDgCnSg4ArUoOAPxKDgABSw4AUUsOAFdLDgCWrREArUsOAJWuEQAATA4AUEwOAFhMDgClTA4AsUwOAPpMDgANTQ4AT00OAFtNDgCkTQ4As00OAPlNDgACTg4ATk4OAFhODgCjTg4Ar04OAD+vEQAJTw4ATU8OAFlPDgCiTw4ApE8OAPdPDgD6Tw4ATFAOAFhQDgChUA4AqVAOAJSvEQACUQ4AS1EOAFtRDgCgUQ4ArFEOAPVRDgD7UQ4A6a8RAGxSDgCfUg4Ap1IOAPRSDgAeUw4ASVMOAFRTDgCeUw4AqlMOAPNTDgAEVA4ASFQOAElUDgA+sBEAo1QOAPJUDgD/VA4Ak7ARAFRVDgCcVQ4As1UOAPFVDgAcVg4ARlYOAE5WDgCbVg4ApVYOAPBWDgD8Vg4ARVcOAEhXDgCaVw4ApFcOAOiwEQD3Vw4ARFgOAEpYDgCZWA4AolgOAO5YDgD7WA4AQ1kOAF9ZDgA9sREAmlkOAO1ZDgCfWQ4ANWcOAPpZDgBCWg4ASVoOAJdaDgCZWg4A7FoOAPJaDgBBWw4ASFsOAJZbDgCuWw4A61sOAPBbDgBAXA4A91sOAOpcDgBJXA4AlVwOAJ9cDgCSsREA8FwOAD9dDgBFXQ4AlF0OAJldDgDpXQ4A710OAOexEQA/Xg4Ak14OAKReDgDoXg4A9F4OAD1fDgBHXw4Akl8OAJ5fDgDnXw4A7l8OADyyEQA+YA4AkWAOAEdgDgBe5w8AlGAOAOZgDgAGYQ4AO2EOAENhDgCRshEAoWEOAOVhDgDsYQ4AOmIOAEJiDgCPYg4AkmIOADhkDgCfYg4A5GIOAOZiDgA5Yw4AR2MOAI5jDgCfYw4A5rIRAOpjDgA7sxEAQWQOAI1kDgCcZA4A4mQOAPFkDgA3ZQ4AQ2UOAIxlDgCPZQ4A4WUOAORlDgA2Zg4ARmYOAItmDgCUZg4A4GYOAPFmDgCQsxEAOmcOAIpnDgCTZw4A32cOAOlnDgA0aA4APGgOAIloDgCnaA4A3mgOAPxoDgAzaQ4AUWkOAIhpDgCmaQ4A5bMRAORpDgAyag4AN2oOAIdqDgA+ag4AhmsOAJBqDgDcag4A5moOADFrDgBNaw4AOrQRAIxrDgDbaw4A4WsOADBsDgBMbA4Aj7QRAK9sDgA5tREABG0OAI61EQA3bQ4AjbYRAJptDgDZbQ4A220OAC5uDgA0bg4Ag24OAJduDgDYbg4A4G4OAC1vDgBXbw4A4rYRAItvDgDXbw4A5G8OACxwDgA6cA4AgXAOAItwDgDWcA4A8HAOACtxDgA4cQ4AgHEOAIxxDgDVcQ4A33EOACpyDgAycg4AN7cRAIZyDgDUcg4A3HIOAIy3EQACcw4Ai7gRADVzDgB+cw4AhXMOANNzDgDbcw4A4bcRACp0DgB9dA4AjnQOANJ0DgDadA4AJ3UOADF1DgB8dQ4AiHUOANF1DgDUdQ4AJnYOADB2DgDguBEAl3YOADW5EQDedg4AJXcOADZ3DgCKuREAgXcOAN+5EQDYdw4AJHgOADN4DgB5eA4AiHgOAM54DgDaeA4AI3kOACZ5DgB4eQ4Ae3kOAM15DgDdeQ4AInoOACt6DgB3eg4AiHoOADS6EQDOeg4AIXsOANh6DgDLew4AJHsOAHZ7DgB+ew4AiboRANF7DgAgfA4ALHwOAHV8DgB9fA4A3roRANZ8DgAffQ4AIn0OAHR9DgB+fQ4AM7sRAM59DgAefg4ANH4OAHN+DgB0fg4AyH4OANl+DgAdfw4AKX8OAHJ/DgB8fw4Ax38OANN/DgCIuxEAKIAOAHGADgB0gA4AxoAOANCADgAyvBEAHoEOAHCBDgBzgQ4AxYEOANGBDgAagg4AIIIOAG+CDgB5gg4Ah7wRAMmCDgAZgw4AJoMOAG6DDgBxgw4Aw4MOAN+DDgAYhA4AIIQOANy8EQB1hA4AMb0RAMqEDgCGvREAGoUOAGyFDgAuhQ4AVkUPAIyFDgDBhQ4A1YUOANu9EQAjhg4AML4RAGyGDgDAhg4AxoYOABWHDgAhhw4AaocOAHmHDgC/hw4AwYcOABSIDgAeiA4AaYgOAHWIDgC+iA4AxYgOAIW+EQAfiQ4A2r4RAHCJDgAvvxEAv4kOABKKDgAgig4AZ4oOAHiKDgAswhEAwooOABGLDgAdiw4AgcIRAGyLDgC7iw4AwYsOABCMDgAVjA4AZYwOAGuMDgArwxEAvYwOAA+NDgAbjQ4AZI0OAGqNDgC5jQ4Aw40OANXDEQATjg4AY44OAHCODgC4jg4Au44OAA2PDgAijw4AYo8OAGqPDgAqxBEAv48OAAyQDgAYkA4AYZAOAGeQDgC2kA4AvJAOAAuRDgAQkQ4AYJEOAGaRDgAoxhEAxJEOAAqSDgAZkg4AX5IOAGiSDgC0kg4AupIOAAmTDgAPkw4AXpMOAGqTDgCzkw4AupMOAAiUDgAQlA4A0sYRAGeUDgCylA4AvZQOAAeVDgATlQ4AXJUOAGKVDgCxlQ4AuZUOAAaWDgASlg4AW5YOAGGWDgCwlg4AtpYOAAWXDgAKlw4AWpcOAGCXDgAnxxEAtpcOAASYDgASmA4AWZgOAGaYDgCumA4AxZgOAAOZDgAfmQ4AWJkOAGCZDgB8xxEAwJkOAAKaDgAEmg4AV5oOAG2aDgCsmg4ArZoOAAGbDgASmw4AVpsOAGKbDgDRxxEAx5sOACbIEQAWnA4AVZwOAFacDgCqnA4Au5wOAP+cDgALnQ4Ae8gRAFmdDgCpnQ4Ar50OAP6dDgAeng4AU54OAF+eDgCong4Ar54OANDIEQADnw4AUp8OAFefDgCnnw4ArZ8OACXJEQAQoA4AUaAOAFKgDgCmoA4AsqAOAPugDgAXoQ4AUKEOAFihDgAkyhEAraEOAM7KEQAGog4AT6IOAFWiDgCkog4AqqIOAPmiDgARow4ATqMOAFijDgCjow4Ar6MOAPijDgD7ow4ATaQOAFekDgCipA4AuqQOAPekDgAHpQ4ATKUOAE6lDgChpQ4Ar6UOAPalDgAHpg4AI8sRAFGmDgCgpg4ArKYOAHjLEQD9pg4AIswRAFanDgCfpw4AoqcOAPSnDgD+pw4Ad8wRAEuoDgCeqA4ArKgOAPOoDgAEqQ4AIc0RAE+pDgB2zREApakOAMvNEQD6qQ4Ays4RAEmqDgCcqg4AqaoOAPGqDgAAqw4ARqsOAEyrDgCbqw4Ap6sOAPCrDgDyqw4ARawOAE+sDgCarA4AqKwOAO+sDgD0rA4ARK0OAFGtDgCZrQ4Apa0OAO6tDgABrg4AQ64OAFKuDgCYrg4ApK4OAO2uDgDurg4AQq8OAEyvDgCXrw4Apa8OAOyvDgDxrw4AQbAOAE6wDgAfzxEAoLAOAOuwDgD5sA4AQLEOAEOxDgCVsQ4ApbEOAOqxDgD4sQ4AP7IOAEuyDgCUsg4Am7IOAOmyDgDwsg4APrMOAEqzDgCTsw4AlLMOAOizDgD0sw4APbQOAEq0DgCStA4AmbQOAOe0DgDztA4APLUOAEm1DgCRtQ4AoLUOAOa1DgD6tQ4AO7YOAEe2DgCQtg4Ao7YOAOW2DgD0tg4AOrcOAEa3DgCPtw4AkLcOAOS3DgDutw4AObgOAEe4DgCOuA4Ak7gOAOO4DgDwuA4AdM8RADm5DgCNuQ4AnrkOAOK5DgDwuQ4AN7oOAEa6DgCMug4AjroOAOG6DgDrug4ANrsOAES7DgCLuw4AkLsOAOC7DgDtuw4ANbwOAES8DgCKvA4Aj7wOAN+8DgDsvA4ANL0OAD69DgCJvQ4Alb0OAN69DgDxvQ4AM74OAD2+DgCIvg4AlL4OAN2+DgDwvg4AMr8OAEG/DgCHvw4Ak78OANy/DgDdvw4AMcAOADvADgCGwA4AlMAOANvADgDgwA4AMMEOAD3BDgDJzxEAisEOANrBDgDnwQ4AL8IOADnCDgCEwg4AisIOANnCDgDbwg4ALsMOADvDDgCDww4AhsMOANjDDgDmww4ALcQOADnEDgCCxA4Aj8QOANfEDgDhxA4ALMUOADvFDgCBxQ4AhsUOANbFDgDjxQ4AK8YOADjGDgCAxg4AjMYOANXGDgDkxg4AKscOADTHDgB/xw4AjccOANTHDgDZxw4AKcgOADbIDgB+yA4AisgOANPIDgDmyA4AKMkOADfJDgB9yQ4AickOANLJDgDTyQ4AJ8oOADHKDgB8yg4AisoOANHKDgDWyg4AJssOADPLDgAe0BEAjssOANDLDgDfyw4AJcwOADHMDgB6zA4Ae8wOAM/MDgDZzA4AJM0OADLNDgB5zQ4Afs0OAM7NDgDbzQ4Ac9ARADbODgB4zg4Ah84OAM3ODgDZzg4AIs8OACPPDgB3zw4Agc8OAMzPDgDazw4AIdAOACbQDgB20A4Ag9AOAMjQEQDN0A4AINEOAC7RDgB10Q4AgtEOAMrRDgDW0Q4AH9IOACXSDgB00g4AhdIOAMnSDgDL0g4AHtMOACfTDgBz0w4AgNMOAMjTDgDX0w4AHdQOACjUDgBy1A4AftQOAMfUDgDa1A4AHNUOACvVDgBx1Q4AfdUOAMbVDgDH1Q4AG9YOACXWDgBw1g4AftYOAMXWDgDK1g4AGtcOACfXDgAd0REAfNcOAMTXDgDS1w4AGdgOACPYDgBu2A4AfNgOAMPYDgDF2A4AGNkOACnZDgBt2Q4Ae9kOAMLZDgDz2Q4AF9oOABnaDgBs2g4AdtoOAMHaDgDP2g4AFtsOABvbDgBr2w4AeNsOAMDbDgDM2w4AFdwOACjcDgBq3A4AedwOAL/cDgDL3A4AFN0OABXdDgBp3Q4Ac90OAL7dDgDM3Q4AE94OABjeDgBo3g4Add4OAHLREQC/3g4AEt8OABTfDgBn3w4Adt8OALzfDgDL3w4AEeAOAB3gDgBm4A4AaeAOALvgDgC+4A4AEOEOABbhDgBl4Q4AceEOALrhDgC94Q4AD+IOABTiDgBk4g4AbeIOALniDgC/4g4ADuMOAB3jDgBj4w4Ab+MOALjjDgDI4w4ADeQOAA/kDgBi5A4AcOQOALfkDgDI5A4Ax9ERABLlDgBh5Q4AbeUOABzSEQDJ5Q4AC+YOABrmDgBg5g4AbOYOALXmDgC25g4ACucOABTnDgBf5w4AbecOALTnDgC55w4ACegOABboDgBx0hEAaugOALPoDgC96A4ACOkOADTpDgBd6Q4AZOkOALLpDgDL6Q4AB+oOABbqDgBc6g4Aa+oOALHqDgC26g4ABusOABPrDgBb6w4AaOsOALDrDgC86w4ABewOABTsDgBa7A4AZOwOAK/sDgC97A4ABO0OAAntDgBZ7Q4AZu0OAK7tDgC67Q4AA+4OABbuDgBY7g4AZ+4OAK3uDgC57g4AAu8OAAPvDgBX7w4AYe8OAKzvDgC67w4AAfAOAAbwDgBW8A4AY/AOAMbSEQC88A4AAPEOABHxDgBV8Q4AYfEOAKrxDgDB8Q4A//EOAAHyDgBU8g4AZfIOAKnyDgCs8g4A/vIOAAjzDgBT8w4AVfMOAKjzDgCy8w4A/fMOAAn0DgBS9A4AXvQOAKf0DgC69A4A/PQOAAv1DgBR9Q4AXfUOAKb1DgCn9Q4A+/UOAAX2DgBQ9g4AXvYOAKX2DgCq9g4A+vYOAAf3DgAb0xEAUfcOAKT3DgCu9w4A+fcOAAH4DgBw0xEAYfgOAKP4DgCv+A4A+PgOAAf5DgBN+Q4AVvkOAKL5DgCs+Q4A9/kOAAX6DgBM+g4AUfoOAKH6DgCu+g4A9voOAAL7DgBL+w4AXvsOAKD7DgCv+w4A9fsOAAH8DgBK/A4AS/wOAJ/8DgCp/A4A9PwOAAL9DgBJ/Q4ATv0OAJ79DgCr/Q4AxdMRAPX9DgBI/g4AUv4OAJ3+DgCl/g4AGtQRAPf+DgBH/w4AXf8OAJz/DgCd/w4A8f8OAAIADwBGAA8AUgAPAJsADwClAA8A8AAPAP4ADwBFAQ8ASgEPAJoBDwCnAQ8A7wEPAPsBDwBEAg8AVwIPAJkCDwCoAg8A7gIPAPoCDwBDAw8ARAMPAJgDDwCiAw8A7QMPAPsDDwBCBA8ARwQPAJcEDwCkBA8Ab9QRAO4EDwBBBQ8ASwUPAJYFDwCeBQ8AxNQRAAEGDwBABg8ATAYPAJUGDwCaBg8A6gYPAPMGDwA/Bw8ASQcPAJQHDwCgBw8A6QcPAPwHDwA+CA8ATQgPAJMIDwCfCA8A6AgPAOkIDwA9CQ8ARwkPAJIJDwCgCQ8A5wkPAOwJDwA8Cg8ASQoPABnVEQCTCg8A5goPAPAKDwA7Cw8AQwsPAG7VEQCdCw8A5QsPAPQLDwA6DA8ARQwPAI8MDwCbDA8A5AwPAPMMDwA5DQ8AWQ0PAI4NDwCaDQ8A4w0PAOoNDwA4Dg8ARg4PAI0ODwCSDg8A4g4PAO4ODwA3Dw8ASg8PAIwPDwCbDw8A4Q8PAO0PDwA2EA8ANxAPAIsQDwCVEA8A4BAPAO4QDwA1EQ8AOhEPAIoRDwCXEQ8Aw9URAOERDwA0Eg8APhIPAIkSDwCREg8AGNYRAPsSDwAzEw8ARBMPAIgTDwCUEw8A3RMPAPATDwAyFA8AQRQPAIcUDwCTFA8A3BQPAN0UDwAxFQ8AOxUPAIYVDwCUFQ8A2xUPAOAVDwAwFg8APRYPAG3WEQCHFg8A2hYPAOQWDwAvFw8ANxcPAMLWEQChFw8A2RcPAOoXDwAuGA8AOhgPAIMYDwCWGA8A2BgPAOcYDwAtGQ8AORkPAIIZDwCDGQ8A1xkPAOEZDwAsGg8AOhoPAIEaDwCGGg8A1hoPAOMaDwAX1xEALRsPAIAbDwCKGw8A1RsPAN0bDwBs1xEAOxwPAH8cDwCTHA8A1BwPANgcDwApHQ8AKx0PAH4dDwCSHQ8A0x0PANYdDwAoHg8ARR4PAH0eDwCOHg8A0h4PAN4eDwAnHw8AOh8PAHwfDwCLHw8A0R8PAN0fDwAmIA8AJyAPAHsgDwCFIA8A0CAPAN4gDwAlIQ8AKiEPAHohDwCHIQ8AwdcRANEhDwAkIg8ALiIPAHkiDwCBIg8AFtgRANAiDwAjIw8AMSMPAHgjDwCJIw8Aa9gRANQjDwDA2BEAKiQPAGnaEQB9JA8AzCQPANEkDwAhJQ8AJSUPAHYlDwCDJQ8AvtoRANAlDwAgJg8AJCYPAHUmDwB3Jg8AyiYPAOMmDwAfJw8AMCcPAHQnDwCAJw8AE9sRAMwnDwBuLQ8A1ScPAB4oDwAxKA8AcygPAHQoDwDIKA8A1CgPAB0pDwAsKQ8AcikPAHwpDwDHKQ8A0ykPABwqDwAjKg8AaNsRAHkqDwDGKg8AyCoPALo2DwDJKg8AwS8PAMwqDwAbKw8A0ioPABQyDwDTKg8AUp4PACcrDwBwKw8AfysPAMUrDwDRKw8AGiwPACgsDwBvLA8AiiwPAMQsDwDQLA8AGS0PACAtDwC92xEAey0PAMMtDwDFLQ8AGC4PABkuDwBtLg8AcC4PAMIuDwDNLg8AFy8PABwvDwBsLw8Adi8PABLcEQDOLw8AFjAPABgwDwBrMA8AbDAPAMAwDwDDMA8AFTEPACAxDwBqMQ8AbzEPAL8xDwDJMQ8AZ9wRACcyDwBpMg8AajIPAL4yDwDKMg8AEzMPACIzDwBoMw8AcjMPAL0zDwDJMw8AEjQPABk0DwC83BEAbzQPALw0DwC+NA8AETUPACA1DwBmNQ8AcDUPALs1DwDENQ8AEDYPABI2DwBlNg8AdjYPAGbdEQDJNg8ADzcPABk3DwBkNw8AbTcPALk3DwC7Nw8ADjgPAB84DwBjOA8AazgPALg4DwDWOA8ADTkPABU5DwBiOQ8AbjkPALc5DwDKOQ8ADDoPAA06DwBhOg8AbToPALY6DwDFOg8ACzsPABU7DwBgOw8AbDsPALU7DwC8Ow8Au90RABs8DwBfPA8AcDwPALQ8DwC8PA8ACT0PABA9DwBePQ8AbD0PALM9DwDDPQ8ACD4PABg+DwBdPg8AeT4PABDeEQC/Pg8ABz8PAB4/DwBcPw8AZD8PALE/DwC/Pw8ABkAPABBADwBbQA8AZ0APALBADwDGQA8ABUEPAAhBDwBaQQ8AdkEPAGXeEQC/QQ8ABEIPAA5CDwBZQg8AYUIPAK5CDwC9Qg8AA0MPAAhDDwBYQw8AZUMPAK1DDwC3Qw8AAkQPAAREDwBXRA8AZUQPAKxEDwC5RA8AAUUPAARFDwC63hEAYUUPAKtFDwC1RQ8AAEYPAAhGDwBVRg8AZEYPAKpGDwCvRg8A/0YPAAxHDwBURw8AXkcPAKlHDwCrRw8A/kcPAAxIDwBTSA8AYEgPAKhIDwCrSA8AD98RAABJDwBSSQ8AXkkPAKdJDwCuSQ8A/EkPAARKDwBRSg8AakoPAKZKDwC6Sg8A+0oPABdLDwBQSw8AWEsPALnfEQCtSw8ADuARAAdMDwBPTA8AVkwPAKRMDwCsTA8A+UwPAP5MDwBOTQ8AXk0PAKNNDwCrTQ8A+E0PAAZODwBNTg8AWk4PAKJODwCvTg8A904PAANPDwBMTw8AUk8PAKFPDwCpTw8A9k8PAAJQDwBLUA8AXlAPAKBQDwCvUA8A9VAPAAFRDwBKUQ8AS1EPAJ9RDwCpUQ8A9FEPAAJSDwBJUg8ATlIPAJ5SDwCrUg8AY+ARAPZSDwBIUw8AUlMPAJ1TDwCfUw8A8lMPAAFUDwBHVA8AZ1QPAJxUDwCkVA8A8VQPAPtUDwBGVQ8ATFUPAJtVDwCdVQ8A8FUPAP9VDwBFVg8AUVYPAJpWDwCiVg8AuOARAA1XDwBEVw8AYlcPAA3hEQC3Vw8A7lcPAAxYDwBDWA8AS1gPAJhYDwCnWA8A7VgPAO9YDwBCWQ8AS1kPAJdZDwCaWQ8A7FkPAPhZDwBBWg8ASFoPAJZaDwCeWg8A61oPAARbDwBAWw8AVFsPAJVbDwCxWw8A6lsPAPJbDwBi4REAXVwPAJRcDwCyXA8At+ERAAJdDwA+XQ8AQ10PAJNdDwCuXQ8A6F0PAPRdDwA9Xg8ARV4PAAziEQClXg8A514PAPZeDwA8Xw8ASF8PAJFfDwCSXw8A5l8PAPBfDwA7YA8ASWAPAJBgDwCVYA8A5WAPAPJgDwBh4hEAPmEPAI9hDwCRYQ8A5GEPAOdhDwA5Yg8AQWIPAI5iDwCYYg8A42IPAO5iDwA4Yw8ARGMPAI1jDwCVYw8AtuIRAPBjDwA3ZA8APWQPAIxkDwCYZA8A4WQPAPBkDwA2ZQ8AQGUPAItlDwCTZQ8A4GUPAO9lDwA1Zg8AN2YPAIpmDwCTZg8A32YPAOJmDwA0Zw8AQGcPAIlnDwCRZw8AC+MRAO5nDwAzaA8AO2gPAIhoDwCSaA8A3WgPAOhoDwAyaQ8APmkPAIdpDwCPaQ8AYOMRAOFpDwAxag8AQmoPAIZqDwCXag8A22oPAOBqDwAwaw8ANGsPAIVrDwCTaw8A2msPAOdrDwAvbA8ARmwPAIRsDwCMbA8A2WwPAOVsDwAubQ8AQW0PAINtDwCSbQ8A2G0PAORtDwAtbg8ALm4PAIJuDwCMbg8A124PAOVuDwAsbw8AMW8PAIFvDwCObw8AteMRANxvDwArcA8AOXAPAIBwDwCNcA8A1XAPAOxwDwAqcQ8AMnEPAH9xDwCKcQ8A1HEPANZxDwApcg8ANnIPAH5yDwCFcg8A03IPAORyDwAocw8ANnMPAH1zDwCKcw8A0nMPAOlzDwAndA8AL3QPAHx0DwCBdA8A0XQPAOF0DwAmdQ8ALnUPAHt1DwCFdQ8A0HUPANt1DwAldg8AMXYPAHp2DwCCdg8AX+QRAOh2DwAkdw8AKXcPAHl3DwCUdw8AzncPANp3DwAjeA8AK3gPALTkEQCLeA8AzXgPANx4DwAieQ8ALnkPAHd5DwB4eQ8AzHkPANZ5DwAheg8AL3oPAHZ6DwB7eg8Ay3oPANh6DwAJ5REAKHsPAHV7DwB3ew8AynsPANd7DwAffA8AJHwPAHR8DwB+fA8AyXwPANR8DwAefQ8AKn0PAHN9DwB5fQ8AyH0PANB9DwAdfg8AKX4PAHJ+DwCFfg8Ax34PANZ+DwAcfw8AKH8PAHF/DwByfw8Axn8PANB/DwAbgA8AKYAPAHCADwB1gA8AxYAPANKADwBe5REAH4EPAG+BDwB+gQ8AxIEPANOBDwAZgg8AIoIPAG6CDwB0gg8Aw4IPAMmCDwAYgw8AJIMPAG2DDwB0gw8AwoMPAN6DDwCz5REAIYQPAGyEDwB4hA8AwYQPAMSEDwAWhQ8AIIUPAAjmEQBzhQ8AXeYRAMiFDwCy5hEAHYYPAAfnEQByhg8Av4YPAMCGDwBijg8AzIYPABSHDwDThg8AuosPANaGDwAGlQ8A2IYPAK2YDwAVhw8AaYcPAH+HDwC+hw8AxocPABOIDwAViA8Au4oPACGIDwBoiA8AcIgPAFznEQB1iA8AvYgPAMCIDwASiQ8AHIkPAGeJDwBpiQ8AvIkPAM2JDwARig8AIooPAGaKDwBuig8AsecRAMKKDwAQiw8AF4sPAGWLDwBtiw8ABugRALyLDwAPjA8AFYwPAGSMDwBxjA8AuYwPAMGMDwAOjQ8AEI0PAGONDwBqjQ8AuI0PAL+NDwANjg8AFY4PAFvoEQBvjg8At44PALiODwAMjw8AIo8PAGGPDwBpjw8Ato8PALiPDwBekg8AxI8PAAuQDwATkA8AsOgRABiQDwBgkA8AY5APALWQDwC/kA8ACpEPAAyRDwBfkQ8AcJEPALSRDwDFkQ8ACZIPABGSDwAF6REAZZIPALOSDwC6kg8ACJMPABCTDwBa6REAZ5MPALKTDwC0kw8AB5QPABiUDwBclA8AbZQPALGUDwC5lA8Ar+kRAAuVDwCpnA8AEpUPAFuVDwBxlQ8AsJUPALiVDwAFlg8AE5YPAFqWDwBnlg8Ar5YPALKWDwAElw8ADpcPAFmXDwBblw8ArpcPAL+XDwADmA8AFJgPAFiYDwBgmA8ABOoRALaYDwACmQ8AD5kPAFeZDwBemQ8ArJkPAL2ZDwABmg8ADZoPAFaaDwBemg8AWeoRALiaDwAAmw8AA5sPAFWbDwBfmw8AqpsPAKybDwD/mw8AEJwPAFScDwBlnA8AruoRALGcDwD+nA8AFZ0PAFOdDwBfnQ8AqJ0PALKdDwD9nQ8ABZ4PAAPrEQBTng8Ap54PAL2eDwD8ng8ABJ8PAFGfDwBfnw8App8PAK6fDwBY6xEAs58PAPufDwD+nw8AUKAPAFqgDwCloA8Ap6APAPqgDwALoQ8AT6EPAGChDwCkoQ8ArKEPAK3rEQD/oQ8ATqIPAFOiDwCjog8AvqIPAPiiDwAGow8ATaMPAFSjDwCiow8ArqMPAPejDwD9ow8ATKQPAE+kDwChpA8Aq6QPAPakDwD8pA8AS6UPAE2lDwCgpQ8AqqUPAPWlDwABpg8ASqYPAGGmDwCfpg8As6YPAPSmDwAQpw8ASacPAFGnDwAC7BEAoKcPAPOnDwABqA8ASKgPAFmoDwBX7BEApKgPAKzsEQAAqQ8AR6kPAFGpDwCcqQ8Ap6kPAPGpDwD5qQ8ARqoPAFKqDwCbqg8ArqoPAPCqDwD/qg8ARasPAFGrDwCaqw8Am6sPAO+rDwD5qw8ARKwPAFKsDwCZrA8AnqwPAO6sDwD7rA8AVu0RAEutDwCYrQ8Aoq0PAO2tDwDyrQ8AQq4PAEquDwCXrg8Ana4PAOyuDwD4rg8AQa8PAEevDwCWrw8An68PAOuvDwD4rw8AQLAPAEiwDwCVsA8AlrAPAOqwDwDssA8AP7EPAEKxDwCUsQ8Al7EPAADuEQD/sQ8APrIPAEayDwCTsg8An7IPAOiyDwDusg8APbMPAEOzDwCSsw8Al7MPADy0DwDAsw8A57MPAO+zDwCq7hEAQrQPAP/uEQCntA8A5rQPAOi0DwA7tQ8ASLUPAJC1DwCXtQ8A5bUPAO21DwA6tg8ASrYPAI+2DwCRtg8A5LYPAPK2DwA5tw8ASrcPAKnvEQCVtw8A/u8RAPG3DwA4uA8AQrgPAI24DwCYuA8A4rgPAOq4DwA3uQ8AQ7kPAIy5DwCfuQ8A4bkPAO+5DwA2ug8AQLoPAIu6DwCTug8A4LoPAO+6DwA1uw8AOrsPAIq7DwCRuw8A37sPAOu7DwCo8BEAcrwPAIm8DwDHvA8A3rwPAOa8DwD98BEAXb0PAIi9DwCUvQ8A3b0PAOO9DwAyvg8AOL4PAIe+DwCMvg8A3L4PAOK+DwBS8REAMr8PAIa/DwCMvw8A278PAOC/DwAwwA8AP8APAIXADwCRwA8A2sAPAN3ADwAvwQ8AMsEPAITBDwCMwQ8A2cEPAOjBDwAuwg8AM8IPAIPCDwCZwg8A2MIPANnCDwAtww8APsMPAILDDwCOww8A18MPAOHDDwAsxA8AOMQPAIHEDwCIxA8Ap/ERAObEDwArxQ8AN8UPAIDFDwCPxQ8A1cUPAOnFDwAqxg8AOcYPAH/GDwCQxg8A1MYPAODGDwD88REAK8cPAH7HDwCMxw8A08cPAOTHDwBR8hEALsgPAH3IDwCJyA8ApvIRANjIDwAnyQ8ALckPAHzJDwCByQ8A0ckPANfJDwCl8xEAK8oPAHvKDwB9yg8A0MoPAOHKDwD59BEAMcsPAHrLDwCAyw8Az8sPANvLDwAkzA8ALMwPAE71EQB/zA8AzswPANrMDwAjzQ8AK80PAKP1EQCEzQ8Azc0PANDNDwAizg8ALM4PAPj1EQB5zg8AzM4PANrODwAhzw8AMs8PAKL2EQB8zw8Ay88PANfPDwD39hEAKNAPAHXQDwB40A8AytAPANbQDwAf0Q8AK9EPAHTRDwB80Q8AofcRANTRDwAe0g8AKtIPAHPSDwB70g8A9vcRANHSDwAd0w8ALtMPAHLTDwCD0w8Ax9MPAM/TDwAc1A8AH9QPAHHUDwB71A8AxtQPAMjUDwAb1Q8AKtUPAHDVDwCQ1Q8AxdUPAM3VDwAa1g8AJNYPAG/WDwB11g8AxNYPAMbWDwAZ1w8AKNcPAG7XDwB61w8AS/gRAM/XDwAY2A8ANtgPAG3YDwBz2A8AwtgPAMvYDwAX2Q8AJNkPAGzZDwB02Q8AwdkPANfZDwAW2g8AGNoPAGvaDwCG2g8AwNoPAMzaDwAV2w8AItsPAKD4EQBw2w8Av9sPAMfbDwAU3A8AKtwPAGncDwBu3A8AvtwPAMTcDwAT3Q8AH90PAGjdDwBw3Q8A9fgRAMrdDwAS3g8AIt4PAGfeDwBs3g8AvN4PAMLeDwAR3w8AJ98PAGbfDwBo3w8Au98PAMXfDwAQ4A8AHuAPAGXgDwBq4A8AuuAPAMfgDwBK+REAHuEPAGThDwBt4Q8AueEPAMPhDwAO4g8AHOIPAGPiDwBo4g8AuOIPAMXiDwAN4w8AFeMPAGLjDwBy4w8At+MPALnjDwAM5A8AGuQPAGHkDwBy5A8An/kRAL3kDwD0+REAEOUPAGDlDwBm5Q8AteUPAL3lDwAK5g8AFOYPAF/mDwBh5g8AtOYPALfmDwAJ5w8AKecPAJ76EQBq5w8As+cPALnnDwAI6A8AFOgPAF3oDwBl6A8A8/oRAL7oDwAH6Q8ADekPAFzpDwBo6Q8AsekPALnpDwBI+xEACOoPAFvqDwBp6g8AsOoPAMHqDwCd+xEAEusPAFrrDwBx6w8A8vsRALnrDwAE7A8AEOwPAFnsDwBc7A8AruwPALjsDwBH/BEACO0PAFjtDwBh7Q8Are0PAL7tDwAC7g8ACe4PAFfuDwBf7g8ArO4PALnuDwAB7w8ABu8PAFbvDwBg7w8Aq+8PALPvDwAA8A8AD/APAFXwDwBa8A8AqvAPAMDwDwD/8A8AAPEPAFTxDwBi8Q8AqfEPALrxDwD+8Q8ACvIPAFPyDwBb8g8A8fwRAKzyDwBUAQAAsPIPAHl1EQC08g8Af3IOAAnzDwD3CAAAWvMPAE/2DwAI9Q8A1SoAAFT1DwDTLAAAX/YPAMQ7AAD89g8AwT4AAFH3DwAORwAA+vcPAOlcDwD79w8AtkkAAP/3DwBskAMAAvgPACCDBwBR+A8A+VsAAPv4DwBIYgAAUPkPAJFuAAD5+Q8ANXUAAFr6DwAsfgAApPoPAH6BAAD3+g8AeoUAAKf7DwDGjgAAaPwPAJ78DwD5/g8AMM8AAPT/DwAk2wAASQAQAHDkAADzABAADPMAAKUBEABY/AAAEgIQAK38AABFAhAAAv0AAKQCEAD8AgEATAMQAKUEAQCgAxAAoAkBAGAEEACXEgEAogQQAJEYAQAKBRAAQAUQALEFEADqBRAA8gUQAD8GEABLBhAA3x8BAJwGEACHIgEAWgcQAJMHEACbBxAA6AcQAOoHEADVKQEASQgQAM8vAQDvCBAAGzkBAEcKEABXUgEA7QoQAP5VAQABCxAAsD4RAAkLEACyPBEAXwsQAFNWAQCVCxAAp1cBAPYLEAD6WQEAPgwQAPdcAQCSDBAA9V4BAJkNEACNcQEA/A0QADcOEAA/DhAA4nEBAJsOEAA1dAEAQg8QANV+AQCuDxAAKn8BAOwPEADTgAEAPRAQAIoQEACUEBAAKIEBAOkQEAAjhgEA6RIQALSfAQA6ExAAhxMQAJcTEAAJoAEAPRQQAAWkAQCOFBAA2xQQAOsUEABapAEAkRUQAPysAQDeFxAAeS8CAOIXEAAiMQIA5hcQAObCAQDyFxAAaT8CAIoYEADOdREAixgQACzICwCOGBAA48UBAJ4YEABY8QsA3xgQAI1iEADzGBAAOMYBAAUZEAA2uBEAMxkQAI3GAQA2GRAAI3sMAOIZEACIywEANxoQAN3LAQDjGhAALNIBAIgbEAAm2AEAMhwQACLcAQCBHBAA0xwQAN8cEADM3AEA2h0QACceEAAqHhAAp0sNADMeEABw4wEAkR4QABjmAQDyHhAAJh8QAH8fEAC64wwAix8QAF/0AQCoHxAAFekBANwfEABk7wEAhiAQAAr0AQAwIRAAXvUBAJUhEACz9QEAMyIQAF32AQCBIhAAXPcBAIUjEACnAQIAKiQQAOUODAAtJBAAogYCAC8kEADOzg0AfiQQAHV5EQCQJBAAyyQQACglEAB1JRAAPCUQAO0QAgB4JRAAUKMMAH8lEABFrgwAgiUQALuNDACQJRAAoAgCAJYlEADxrAwAISYQAPEMAgBJJhAAfHYNAIImEACaDgIA1SYQAJkPAgA0KhAAMSICAM43EAAg0wwAcjgQACDUCwB4OBAAM8oCALk5EABhOBEAvjkQAGA6EADSORAAXT0QANo5EABdPBEA4DkQACPaAgBiOhAAeSUMAGQ6EABOpQwAZzoQABDnCABqOhAAeNoCAG86EADN2gIAcToQAHuABACWOhAA28oEAL88EAAT6gIAZT0QALI9EACzPRAAT08MALw9EABKpw4AwT0QAAPtDwDRPRAAz8kRABE+EAAO7wIACT8QAOUXAwAMPxAAr5sKAA0/EACiBQMADz8QAFz2AgAQPxAAAfwCABI/EADsDwQAEz8QAFT+AgAUPxAARgwDABU/EAAE+QIAFj8QAJsLBAAcPxAAUQEDAEQ/EAA0vA8AWkIQAAlJAwBeQhAA4BwDAGJCEAB+dQwAuUIQADMfAwAERRAAFD4DAG1GEAD+UwMAF0cQAPRdAwDHRxAA8GEDAAZIEABAZwMA/kgQAIR4AwBZSRAApkkQALRJEADXegMAqUoQAMx6DgCzShAAeYMDAKdLEAAUkwMA/0wQAPyqAwCjTRAASbMDAF5OEAChThAAok8QAK34BACjTxAAetcDAKpPEAA5vggATVAQAHbbAwBRUBAAKs0IAExREABg8QMAU1IQAKr8AwABUxAA/P8DALhTEADxUxAA+VMQAEZUEABVVBAAnwcEAKVUEADxCgQATlUQADsODABRVRAAmgwEAKJVEADvVRAAtlUQAA03EQD5VRAA7wwEAKFWEACUEgQA/VYQAJIUBACeVxAAjBoEAPVXEAAXigkARVgQADAhBABNWRAAyDMEAJ5ZEAAO4RAAB1oQAEBaEABIWhAAlVoQAKJaEAC1RgQAploQABo3BABPXBAAU1MEAEldEABAZgQAml0QAOddEAD4XRAAlGcEAKBeEADibgQA8F4QADRyBACSXxAA13kEAFlgEAAihAQAlWAQAHGKBABAYRAAt5kEAEVhEACSZAkARmEQADloCQBIYRAAQl8JAKphEADjYRAA62EQADhiEACPYhAAXuoMAJViEABiNxEAl2IQALScBACZYhAArZkOALBiEAB6yREA0WIQAPWmDgDqYhAAsZ8EAGRjEACMYxAA62MQAAGlBACaZBAApKwEADhlEACbtQQApmUQAES3BADsZRAAkb8EAO5lEACZtwQAOmYQAOu6BAA+ZhAA6bwEAD1nEAA5wgQAQWgQAC7NBACKaBAAKdIEAPZqEAAvaxAAN2sQAIRrEACTaxAAYPAEAOJrEAAD+AQA2mwQAFAABQDlbBAA/KUIADBtEACiAwUAMW4QAOMXBQA7bhAA6w8FAIduEAA9EwUAi24QADsVBQDxbxAAKnAQADJwEAB/cBAAhHAQAM8rBQCOcBAA1yMFANpwEAApJwUA3nAQACcpBQDcchAADkIFAIJzEAAFSwUALHQQAJxeBQD1dBAAN24FAEt1EACHcwUAiXUQAIV1BQDfdRAA1HsFADB2EADTfAUAgXYQAM52EADYdhAAKH0FACZ3EAAlgAUAK3gQABuKBQDoeBAAIXkQACl5EAB2eRAAfHkQALqVBQDheRAAYZkFAIt6EACqpQUAznoQAKCvBQCDexAAnLMFAC18EACUuwUA5HwQAB19EAAlfRAAcn0QAIJ9EACHyAUAnn0QANjMBQDTfRAAhskFACR+EABxfhAAe34QANvJBQCMfxAAxX8QAM1/EAAagBAAI4AQAHXaBQB5gBAAc9wFADWBEABugRAAdoEQAMOBEADEgRAAaOcFAMiBEABvNQYAyYEQALHzBQDQgRAAC+8FANKBEAAY4gUAHoIQAGrlBQAighAAxzIGACGDEACz8QUAIIQQAKQABgB1hBAA9QQGAMaEEAD0BQYAeIUQAEEOBgAwhhAAaYYQAHGGEAC+hhAAyIYQADkWBgAWhxAAMh0GANmHEAASiBAAGogQAGeIEAB0iBAAgyEGAHaIEAB5KwYAwYgQAH8lBgBsiRAAyy4GAMOJEADJMAYAK4sQAGSLEABsixAAuYsQAMiLEAC9PAYAGIwQAA9ABgAYjhAA+lQGAH2OEAC2jhAA0o4QAAuPEAAYjxAATlYGACaQEABfkBAAZ5AQALSQEAC3kBAA52cGAJSREADadAYAC5IQANV5BgAPkhAAQLQLAL+SEAB5gAYACpMQAHWEBgBllBAAZJUGALyUEAC0mgYAt5UQAPdUCQDLlRAAolQJACCWEABZlhAAYZYQAK6WEACxlhAArKIGAB+XEABYlxAAYJcQAK2XEAC8lxAAU6YGAA2YEAD3rAYAWJkQADy9BgAHmhAAlAkNAAyaEABmiw4AD5oQAOS/BgAQmhAAvYkOAGGaEADgwwYAcJsQAKmbEACxmxAA/psQAAecEACBzQYAXZwQAH/PBgAMnRAAeNYGAGudEADD4AYA/50QAGXpBgCpnhAABfQGAFOfEABOAAcAWaAQAOwMBwCuoBAAPhAHAAWhEACQEwcAaqEQAKOhEACroRAA+KEQAAeiEACFHgcACKIQAOQUBwBZohAA4xUHAKqiEAD3ohAAAaMQADgWBwCnoxAA1yEHAE6kEAB6KQcA/aQQACEtBwC7pRAA9KUQAPylEABJphAAWKYQAG02BwCqphAAvzkHAPumEABIpxAAV6cQABM7BwABqBAADUEHAFGoEABfRAcAqagQAFNQBwCrqBAAWUoHALepEADwqRAA+KkQAEWqEAC2qhAA76oQAPeqEABEqxAAUasQAOtiBwCmqxAAk2UHAPyrEAA6aQcAmqwQAIlvBwBOrRAAgnYHAPetEAAYiwcATK8QAFmfBwCdrxAA6q8QAPmvEACtoAcAZbAQAAGiBwCdsRAAUKgHAPSxEAChrAcARbIQAJKyEAChshAA9a0HAA2zEABJrwcAPrQQAO+zBwCVtBAA6LoHAD+1EAAwyAcA6bUQAM7UBwCethAAc9oHAPC2EADH2wcAk7cQAG3gBwBTuBAAjLgQAJS4EADhuBAAObkQALnpBwDvuRAAYewHAKa6EADfuhAA57oQADS7EAA+uxAAWPUHAJe7EAAB9wcA7bsQAPz7BwA9vBAATQAIAOa8EACeBAgA6L0QAJgKCAA5vhAAhr4QAIi+EADtCggATL8QAIW/EACNvxAA2r8QAPXAEAAuwRAANsEQAIPBEACewhAA18IQAN/CEAAswxAANsMQABY3CADywxAAK8QQADPEEACAxBAAisQQAPVXCACWxBAABUgIANrEEAADSggANMUQAKVSCACHxhAANG4IAIvGEAA9ZQgA4cYQADdrCAApxxAANW0IANzHEAAycAgAKsgQAC9zCADbyBAAf3gIADLJEADOfggA3MkQAMuBCAAxyhAAIIIIAJbKEADPyhAA18oQACTLEAAzyxAAyIQIANvLEABnkAgAM8wQAAuXCAA+zRAAd80QAH/NEADMzRAA280QAFegCADOzhAAIM8QADrPEACdrwgAkc8QAMrPEADSzxAAH9AQAC7QEACZswgAq9AQAEK1CAA60RAAc9EQAHvREADI0RAALNIQAOm4CAB40hAAO7wIACjTEAA4vwgAg9MQAInDCAAi1BAAV0oJACXUEAAvyAgAd9QQAC7JCAB51RAAcdsIAM7VEAAV4ggAINYQABTjCAA01xAAbdcQAHXXEADC1xAAztcQAFzwCAAf2BAAbNgQAHDYEACw8QgA0dgQAFnzCACH2RAAwNkQAMjZEAAV2hAAP9oQAKABCQBv2hAA7ggJANvaEAAmJAsAHNsQAGnbEACh2xAAPg4JADbcEABo3BAAat0QAHQtCQBt3hAADj4JAMLfEAAP4BAAMeEQAGPhEACC4RAAuOEQAB3iEABIWQkAv+IQAJheCQBn4xAAlGIJAMLkEADuBwoAxOQQAIhuCQAQ5RAA2nEJABLnEAAlfAkAYOcQAHODCQBn5xAAdoAJAGPpEACw6RAAXeoQAF2ZCQBl6xAAUqQJALXsEAAC7RAAK+0QAD64CQDI7RAAAe4QAAnuEABW7hAAZe4QADbACQCx7hAAiMMJALXuEABGBQoAWu8QAIbFCQCy7xAA/+8QACjwEADZxwkAsfAQAIDLCQAn8RAA1csJAK3yEAAX3wkAsvMQABDmCQCx9BAAXe4JABb1EACy7gkAXvUQAAfvCQCq9RAAWfIJACL3EABN9xAAvvcQAPf3EAD/9xAATPgQAPv4EADqCwoA+fkQAN4XCgC0+hAAeiYKAGX7EACe+xAApvsQAPP7EAD9+xAAGzAKAMj9EAC6OwoA8v4QAPVVCgBO/xAAmlsKAPH/EAA8ZAoAVAARAI5nCgD4ABEA13MKAE0CEQDBiQoAqQIRAOwCEQD0AxEAB5kKAKsFEQD3qAoAQwYRAPKtCgCgBhEARLEKAFkHEQCSBxEAmgcRAOcHEQA+CBEA5rkKAFcJEQCQCREAmAkRAOUJEQAPChEA2cYKAJgKEQAozQoA7AoRADkLEQBHCxEA0s0KAJQLEQAl0AoARQwRACDVCgCODBEAHNkKAJUNEQAS4woAmA0RALzjCgDtDhEAr/AKADoPEQAD8goAlw8RAFX1CgDnDxEA/fcKADcQEQBS+AoArRARAN4QEQCkEREA8AQLAAcSEQBFBQsAORMRAIYTEQCvExEA6QsLALoTEQCTDAsAkBURAI8QCwDpFREA4RMLADsWEQA1FQsAOhcRAIQbCwCHFxEAgB8LAEsYEQCBGBEALRkRAMYuCwCHGREAaDcLAEYaEQB/GhEAhxoRANQaEQDhGhEAtz0LADYbEQC0QAsA4BsRAFtECwCcHBEA0hwRADkdEQAVLxEARh0RAHwdEQAyHhEAo1ELADQeEQBQTwsA4h4RACUfEQCIHxEA71oLADQgEQCOZgsAjiERAHt5CwAtIhEAd30LAIUiEQBxgwsA2iIRAL6LCwAuIxEAvYwLANEjEQBikgsAkSQRAMokEQDSJBEAHyURAJIlEQCqnwsAdiYRAPmlCwCJJxEA768LACwoEQA8uAsA4igRABspEQAjKREAcCkRAOEpEQAaKhEAIioRAG8qEQAcKxEAtzcRACErEQBuKxEAIysRAPyfDgA1KxEA1m0RAHgrEQDWyAsAHiwRAHvOCwAeLhEAwd0LAHouEQAW3gsAay8RALjmCwB1MBEAW+4LAI0wEQANkA0AxjARABMxEQAxMREAsO4LAMQyEQCFbA4AGTMRANpsDgCCMxEAuzMRAMMzEQAQNBEAhTQRAPj7CwAXNREADTwMAMA2EQBnhxEAvzcRAIkTDgDTNxEAOLYRAOU3EQAMOBEAOjgRAF0/DgCPOBEAtjgRAA45EQBFqREAfDkRALU5EQC9OREACjoRAGs6EQDfFAwA0DoRAAk7EQAROxEAXjsRAL87EQB6eA0AHjwRAAVEDABiPREAIXwNAGg9EQDVHgwAyz0RAH0hDAC4PhEABT8RAGI/EQBk3xEAvUARAMkqDADHQBEAdSkMALlBEQBwLgwAc0IRAKxCEQC0QhEAAUMRAFxEEQBnNwwAaUYRAAFIDAAFRxEAn1QMAF1IEQA6ZAwAWkkRADdnDACnShEAOGUNAKpKEQDDLw0ArkoRAIJxDAC0ShEAfnQNAFZLEQCjSxEArUsRAH12DAC+TBEA90wRAP9MEQBMTREA+E0RAHCDDABQThEAF4cMAFFQEQBhkgwAplARAPNQEQD/UBEAs5UMAKlREQAFmQwAT1IRAJxSEQCzUhEAVZ4MAJlXEQA6uQwARlgRAOC9DACdWhEAGtkMAFBbEQCTWxEASlwRALTpDABNXBEAYOgMAEpdEQAH7AwACV4RADteEQBZXhEAru8MALReEQD99QwASF8RAFL2DACVYREA4mERAORhEQCbAg0APGIRAEUDDQBDYhEA7QUNAPxjEQA1ZBEAPWQRAIpkEQCUZBEAiBUNAFBlEQCJZREAkWURAN5lEQDtZREAfSANADlmEQDPIw0Aj2cRANxnEQDfZxEAxysNAJJoEQBuLw0AjWkRAL40DQCtaREAf8QRAPZpEQASNg0Ah2oRANlqEQCGaxEAZTgNAI1rEQC4Og0AOG0RALJADQA6bREAeM8NAN5tEQArbhEAgm8RAGsxDgDgbxEApU0NAC9xEQA+Xw0AMnERAItnDQA3cREATk8NAENxEQCZWQ0A3nMRAD9eDQCIdBEAOWQNANp1EQDpCA4A+HURAOS0EQArdhEAeHYRAHt2EQCKaA0A3XYRADNqDQAudxEAMmsNAH93EQDMdxEA1ncRAIdrDQB4eREALHENAH95EQAqcw0AInoRACl0DQCeexEA0HcNACV8EQAiew0AuH0RAIS/EQAwfhEAnakOAHF+EQC5jg0A0H8RAAmUDQAhgBEAboARAIeAEQBdlQ0AxoARABiBEQCRgREAA5oNADuCEQACmw0A5YIRAFacDQBzgxEAwIMRAMqDEQD9nw0Aa4QRAClzDgB4hREAn6gNAGyHEQCWsQ0AWIgRAGaIEQCtiBEAu4gRABCLEQCGwQ0AGosRANTIDQDGjREAININABmOEQAf0w0AaI4RAMnTDQC4jhEAHdUNALePEQBw1w0Au5ARAAiREQBlkREAspERAF2SEQBo3w0AuZIRAAaTEQBjkxEAsJMRAF2UEQBi5Q0ADJURAFmVEQC2lREAA5YRAAqXEQCy6g0AY5cRAAbsDQAJmBEAVpgRAGaYEQBa7Q0AI5kRAFWZEQAImhEAAPINAGCaEQCo9A0AzZoRAP6aEQAXnhEAPAsOAMCfEQCMEA4AaqARAOARDgAUoREANBMOAKGjEQBzKQ4AVaURABYxDgBJphEAaDQOAP2nEQALPA4ApKgRALM+DgBQqhEABkEOAG6rEQBXRQ4Am6sRAABHDgD1qxEAIM4RAEusEQCoSQ4ATqwRAKZLDgCarBEA7KwRAAitEQBBrREAma0RAOutEQAHrhEAQK4RAJ2uEQDqrhEA9K4RAPtLDgBHrxEApPQRAJqvEQD2UA4AobARAEdVDgDrsBEA71cOAEWxEQB1zhEAUbIRAPKpDgDyshEA42MOAJ22EQDOIg8A67cRAMp8DgDjuBEAe3YOAJa5EQB6dw4AkLsRAN27EQDnuxEAHIAOAJW8EQDEgg4Ay78RANm/EQAgwBEALsARAHXAEQCDwBEAysARANjAEQAfwREALcERAHTBEQCCwREANcIRALyKDgCdwhEA1sIRAEfDEQCAwxEA48MRAA6ODgCnxBEA1MQRAPzEEQApxREAUcURAH7FEQCmxREA08URADDGEQB9xhEAgsYRALWRDgDUxxEAq5sOAIbJEQDSyA8AiskRACnHDwBDyhEAecoRAO3KEQD6oQ4ALMsRAEumDgCXyxEAzcsRAH/MEQDMzBEA3MwRAEmoDgAtzREASKkOAIvNEQBDrQ8A0NERAAzlDgAo0hEAtuUOACPTEQBP9w4AzdMRAPP9DgB31BEA7AQPACHVEQCRCg8Ay9URAN8RDwB11hEAhRYPAB/XEQArGw8AydcRAM8hDwB32BEAzSMPANrYEQAV2REAHdkRAGrZEQDE3BEAEd0RAC/dEQBnNA8Aa+ARAPNSDwDW4BEA71YPAIDhEQA/XA8AGOIRAJJeDwBp4hEAOmEPAL3iEQDiYw8AEOMRAN5nDwBw4xEA3GkPANHjEQAK5BEAYeQRAM92DwDA5BEAeHgPAB7lEQAgew8AZuURABqBDwAk5hEAa4UPAGfqEQCrmg8AEuwRAJ6nDwBj7BEAnagPALTsEQAB7REABe0RAPKoDwBe7REAq+0RAAjuEQBV7hEAB+8RAFTvEQC17xEAjrcPAAbwEQBT8BEAV/ARAOO3DwB98REAMb8PAFryEQAoyA8AqfIRAPvyEQAj8xEAUPMRAKjzEQD68xEAIvQRAE/0EQC79BEAJsoPAFD1EQB5zA8ArfURAHjNDwAA9hEATfYRAF32EQB3zg8Aq/YRAHbPDwD69hEATPcRAKv3EQDJ0Q8ABvgRAMjSDwAD+REAvd0PAKv5EQC25A8A/PkRAEn6EQBZ+hEAC+UPAPf6EQCy6A8AWPsRAAbqDwCr+xEABesPAPr7EQCv6w8ASvwRAJz8EQA=","fail":"AAAAAAAAAADNhwAAksEBANPWAABV+QYAFzwCAG/eBwBOBQIAaDYMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAIicMAAvsCABrlAAARw4AAE4FAgB40QsAzdELACLSCwB30gsAix0CAB2ADQBygA0AzdkDAAAAAABV+QYAFzwCABc8AgDcdQMALCcCAIEnAgCoSg0AY48NADHMAgCGzAIA5hgBABeOBQC3jw4A3HUDAE4FAgDKhQUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCAGg2DAAtdQgAFzwCAGNFAgCtogUAnLEHAAAAAABV+QYATgUCACh3CwBS/wMA1SgCAL+MCQDjGgIAzYcAAMsyAgDy/g4AR/8OAKKwAgDZJgAATgUCAN0XCwAyGAsAt0gAAGs6BQBrlAAAwJQAAO65AgB70AkA0NAJAE4FAgAiJwwAC+wIAGuUAABHDgAATgUCAHjRCwDN0QsAItILAHfSCwBUpAcAj2QMAFUAAABVAAAAjxEKABc8AgC3SAAATgUCAFSkBwDrvQEAAAAAAGuUAADVKAIARw4AAIweAAA9GAAAb94HAMTeBwA4xwAAjccAAOLHAAAH9gIAVP4CAKn+AgC+jAoAPBkAAH13CwBdQA0AVAEAAKkBAAD+AQAAUwIAAKgCAABUpAcAj2QMAFUAAABVAAAAt5wBAG05BABrlAAATrEAABc8AgBsPAIAc4YGAE4FAgBoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADYcwkALXQJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAbTkEAMI5BABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAAH9gIA5RcDAOu9AQBAvgEAlb4BAKihCwAb2QsAcNkLAHjRCwDN0QsAItILAHfSCwCLHQIAMhgLAF9JAgAmewkAe3sJANB7CQBv3gcATgUCAF2UDgAchQkATgUCAKhKDQB3JA8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAL+MCQD1/gsAVKQHAIweAADhHgAANh8AAIsfAADgHwAANSAAANhzCQAtdAkAAAAAABuPAABrlAAARw4AAHaHAgAsyQoAb94HAE4FAgBUpAcAzzAAACQxAAB5MQAAzjEAADkODgDjGgIAzYcAAJLBAQCMHgAAb94HAE4FAgBoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAyYgDAB6JAwBziQMAyIkDAHjRCwDN0QsA5xgAADwZAAB9dwsAXUANAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgBgPA4AtTwOACh3CwC4RgEADUcBAO65AgAajwEAb94HAGuGDgAodwsAfXcLAF1ADQBUAQAAqQEAAP4BAABTAgAAOQ4OAOMaAgDNhwAAksEBAIweAABv3gcATgUCAGg2DAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDJiAMAHokDAHOJAwDIiQMAeNELAM3RCwDnGAAAPBkAAH13CwBdQA0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAGA8DgC1PA4AKHcLALhGAQANRwEA7rkCABqPAQBv3gcAa4YOAM2HAACSwQEAqlIDAAf2AgDlFwMAzzAAACQxAAB5MQAAzjEAADkODgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAAA5Dg4A2SYAAKX8CAAXPAIACOwLAHaHAgA5Dg4A5hgBABXjBwBHDgAA670BAOFzAADNJQ0AeH0KAJ0ADQAE+QIAo7EAAPixAABNsgAAorIAAPeyAABMswAAKHcLAH13CwBdQA0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgBHqg4AaDYMAJ5bBgBUpAcAmFkOAGs6BQDAOgUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgAiJwwAa4YOAD0YAAAQQgMAa5QAAG/eBwBOBQIAowUCAMEyDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgCDcgoAkhgAANPWAAA9GAAATgUCACInDADE3gcAvd4OABLfDgDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAG/eBwBrhg4APRgAABBCAwBrlAAAb94HANUoAgBrlAAAwJQAABbpAADO2QIA4xoCAM2HAACcsQcA1SgCAG/eBwDjGgIA1SgCAGuUAADAlAAAFukAAM7ZAgAbjwAA4xoCALecAQBtOQQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIA2HMJAC10CQC3SAAAazoFAMA6BQBrlAAA7rkCAEO6AgCYugIATgUCAKihCwAb2QsAcNkLAHjRCwDN0QsAItILAHfSCwDlDQ0ALXUIAIJ1CAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAOhgDABVAAAAVQAAAI8RCgAXPAIAt0gAACzJCgBv3gcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQBnOAsAAAAAALecAQBtOQQAa5QAAD0YAAC3SAAATgUCACInDAAL7AgAa5QAAEcOAABOBQIAeNELAM3RCwAi0gsAd9ILAFSkBwCPZAwAVQAAAFUAAACPEQoAFzwCALdIAABOBQIAaDYMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgAxcgcAzYYBAAo+DQBOBQIA2HMJAC10CQAAAAAAG48AAGuUAABHDgAAdocCACzJCgBv3gcATgUCAOMaAgDcdQMATgUCAFSkBwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAA5xIGAE6xAAA+vwIAsksCAOcSBgBV+QYAHIUJAE4FAgAodwsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAAGg2DAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAANhzCQAtdAkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCALRCCQAchQkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAyoUFAD6/AgCTvwIA6L8CAHPVDADI1QwAHdYMANPWAAAajwEAqvoFAAxJAAA4ZgwAWpwJALdIAABOBQIAaDYMALePDgDcdQMATgUCACh3CwB9dwsAXUANAFQBAACpAQAA/gEAAFMCAACoAgAAyoUFAB+GBQB0hgUA2SYAAKX8CABCEQIAG48AABc8AgBjRQIAFzwCAE4FAgDKhQUAo7EAAPixAABNsgAAorIAAPeyAABMswAAVKQHAIweAAA9GAAAt0gAAE4FAgBoNgwAOMcAAI3HAADixwAALCcCAIEnAgDJiAMAHokDAHOJAwDIiQMAeNELAM3RCwDnGAAAPBkAAH13CwBdQA0AVAEAAKkBAAD+AQAAUwIAAKgCAACooQsAG9kLAHDZCwBUpAcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQANmQQAaDYMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgAmewkAe3sJANB7CQAlfAkAenwJAM98CQBoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAACzJCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEAFeMHAAmbBgAgLQgAzYcAALePDgAQQgMAzdkDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAAf2AgDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAAFX5BgAchQkAQhECAJcRAgBHDgAAjB4AAAmbBgCKbwYA328GABeFDgCq+gUAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA7A8EAEEQBACWEAQA6xAEAEARBACVEQQA6hEEAD8SBACUEgQAzyQMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADO2QIAaDYMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgAKPA8ARw4AAIweAABv3gcATgUCADkODgDJJw8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgBgPA4AtTwOANhzCQAtdAkAgnQJANd0CQAsdQkAgXUJAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgBoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEAFeMHAAmbBgAgLQgAzYcAALePDgAQQgMAzdkDALdIAADVKAIAzYcAAC11CACCdQgADJ0BANPWAABrlAAAb94HAE4FAgA5Dg4AFzwCALRCCQDjGgIAzYcAAOMaAgC3nAEAr0EPAM2HAAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAztkCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQBrhg4AwJQAABbpAADO2QIABvgBAE6xAABrlAAAVQAAALdIAADnEgYAVfkGAE4FAgAAAAAAAAAAAAAAAAANmQQA2HMJAC10CQCtogUAksEBAJwOAAAchQkAB/YCAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAPKtCgBHrgoAnK4KACh3CwB9dwsAXUANAFQBAACpAQAA/gEAAFMCAACoAgAAeNELAM3RCwAi0gsAd9ILAOUNDQAtdQgAgnUIAAydAQDT1gAAa5QAAG/eBwA9GAAAkhgAAOcYAABoNgwA86kNAHeIAADMiAAAIYkAAHaJAADLiQAAqEoNAGOPDQBqiQwAqEoNAHckDwAajwEAzdkDACLaAwDuuQIAv4wJADhmDABHDgAAdocCANPWAAAajwEAqvoFAAxJAABOBQIA2HMJAGw8AgDjGgIA4xoCABqPAQCq+gUA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgAodwsAt5wBAK9BDwDNhwAAksEBAIweAADKhQUAIC0IAHUtCADKLQgAHy4IAE4FAgDcdQMAMXYDAIZ2AwAXPAIATgUCAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwCVvAMAzSoIAIweAABbQg0At0gAAOcSBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQC0nAQACZ0EAF6dBABoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAACzJCgCoSg0AY48NAFX5BgBv3gcAa4YOABQ0DQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAJyxBwBOBQIAyoUFABc8AgBjRQIASLIFAGuGDgA9GAAAt0gAAOcSBgDNhwAALXUIAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAG05BABv3gcAxN4HACKIAAB3iAAAzIgAACGJAAB2iQAA+KQNAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgBojwgAG48AABc8AgBjRQIASLIFAAvsCABrlAAARw4AAPelDQCSGAAAEUMBAOYYAQAXjgUAsksCAE6xAABv3gcAa4YOAD0YAAAQQgMAa5QAAAAAAABV+QYAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAwTIMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAMEyDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgBoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIAe9AJANDQCQAI7AsAv5QBAFX5BgAchQkAGo8BAG+PAQAQQgMAHTQEANDYAQDmGAEATgUCAFSkBwCPZAwAVQAAAFUAAACPEQoAFzwCALdIAAAsyQoAb94HAE4FAgBoNgwAOLkOABqPAQBOBQIA7rkCAHvQCQDQ0AkACOwLAL+UAQBV+QYAHIUJAE4FAgCooQsAAAAAAEcOAADrvQEAQL4BAAf2AgBHDgAAqlIDAE4FAgDYcwkAtEIJAFqcCQC3SAAA5xIGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAADnEgYAVfkGAByFCQBrlAAAwJQAABbpAADO2QIAzYcAABqPAQCvQQ8AB/YCAKIFAwCxmQoAObkNAI65DQDjuQ0AOLoNAI26DQDiug0AN7sNAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQBrhg4AwJQAABbpAADO2QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAALePDgBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgAXhQ4AbIUOAJwOAAAchQkA2SYAADnFAQCOxQEALMgLAIHICwAbjwAAt5wBALdIAADnEgYAVQAAALecAQCvQQ8ABEIPADnFAQCOxQEALMgLAIHICwCMHgAA4R4AABbpAADO2QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAN0XCwAdgA0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgDdFwsAHYANAPcGAgBMBwIAoQcCAPYHAgBLCAIAeyQLALecAQCvQQ8ABEIPAFlCDwCuQg8A/PUNAGk0DQBOBQIA2HMJABeFDgBWRQ8Aq0UPAABGDwB7JAsA0CQLAKMFAgD4BQIATQYCAKIGAgAAAAAAFDQNAE4FAgDYcwkAF4UOAFZFDwCrRQ8AAEYPAHskCwDQJAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEADZkEAL2JDgASig4AZ4oOALyKDgARiw4AAAAAABuPAABwjwAAEEIDAKr6BQDLMgIA3hIPAG/eBwBKXgIAG48AAHCPAAAQQgMAqvoFAMsyAgAqHA8AFzwCAGw8AgBzhgYAFeMHANPWAABV+QYAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAACPUCAAJmwYAt0gAACzJCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIAqEoNAGOPDQBqiQwA4xoCAEeqDgAAAAAAaDYMALqMDgAPjQ4AZI0OALmNDgAOjg4AY44OALiODgDdFwsA/Z4OAFKfDgCnnw4AB/YCAAAAAABV+QYAt0gAAAf2AgBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIASLIFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgD89Q0AaTQNAN0XCwAAAAAAt5wBAAAAAAAbjwAAzYcAAC11CAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIAYDwOAE4FAgDdFwsAAAAAABuPAADNhwAAv4wJADhmDABanAkAr5wJAASdCQBZnQkA4xoCAK6dCQADngkAWJ4JAOMaAgDKhQUAH4YFAHSGBQB4JA4AzSQOACIlDgDKhQUAH4YFAHSGBQB4JA4AzSQOACIlDgDNhwAAt48OAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAAsyQoA2HAMAC1xDADLMgIA5wwMADwNDADcdQMAt0gAACzJCgDYcAwALXEMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAABrOgUAWUUMAME8AgAWPQIAaz0CALdIAAAMSQAAyyUPACAmDwB1Jg8AAAAAABc8AgBjRQIAMc0BADnBBQAJmwYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgAodA4ADEkAAMslDwAgJg8AVfkGAMsyAgDGNwIADEkAAMslDwAgJg8AdSYPAAAAAADNhwAAGo8BAM3ZAwCMHgAA1SgCAGuUAADAlAAAFukAAM7ZAgDLMgIAxjcCAAxJAADLJQ8AICYPAHUmDwDLMgIAxjcCAAxJAADLJQ8AICYPANx1AwBVAAAAI9QIAGuUAADAlAAAFukAAM7ZAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAM7ZAgDNhwAAc4YGABXjBwBrlAAAwJQAABbpAADO2QIAt0gAALdIAABrOgUAwDoFAOMaAgA4GwIAjRsCACzJCgBrlAAAwJQAABbpAADO2QIA5hgBABXjBwC3SAAADEkAADhmDABv3gcAa4YOAMCUAAAW6QAAztkCALecAQC3nAEAVQAAAI8RCgAajwEAb48BAPhZAwBNWgMARQQMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANx1AwBrlAAAwJQAABbpAADO2QIAb94HAGuGDgCrUwEAD+EPAMCUAAAW6QAAztkCAAAAAABrlAAAwJQAALRCCQBv3gcAT1IJAO65AgAajwEAzdkDAL+UAQBV+QYAHIUJAGuUAADAlAAAFukAAM7ZAgDjGgIAVfkGAFqcCQBwjwAA67wCALecAQAMnQEAci0LAMctCwAcLgsAr0EPAMCUAAAW6QAAztkCALePDgBCEQIAeH0KAGuUAADAlAAAFukAAM7ZAgAXPAIAQhECABuPAADmGAEAFeMHAD0YAAC3SAAALMkKAEUEDAAW6QAAztkCAFX5BgBanAkAt0gAAMQ5AgDZJgAA4xoCAFX5BgBanAkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIALMkKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAL7AgAqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIALVCCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAmbBgCKbwYA328GAAjsCwC/lAEAVfkGAByFCQBrlAAAwJQAABbpAADO2QIAt0gAAM2HAAAiiAAASl4CAFX5BgDuuQIAe9AJANDQCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAztkCAOcSBgA8EwYAcjQEALecAQCvQQ8A5hgBABXjBwA9GAAAt0gAACzJCgBv3gcAa4YOAMCUAAAW6QAAztkCAEcOAADoYAwAVQAAAFUAAACPEQoAFzwCALdIAAAsyQoAb94HAAvsCACq+QYA//kGAAxBCABhQQgAtkEIAAtCCABgQggAtUIIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQCvQQ8AQhECANvECgAtdQgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA3HUDABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAR6oOAMCUAADZJgAAwTIMABc8AgDmGAEAF44FALJLAgAsyQoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAByFCQBOsQAAim8GAN9vBgA0cAYAiXAGAN5wBgAzcQYA5hgBADsZAQBnOAsAT1IJAAbtDACl/AgATrEAAD6/AgCySwIA5xIGAFX5BgAchQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAC11CAAbjwAAa5QAAGuUAADAlAAAFukAAM7ZAgBv3gcAa4YOANkmAACl/AgAnKsNAGuUAABv3gcAzYcAAC11CACCdQgA13UIAKhKDQBjjw0AaokMAGg2DACeWwYA5hgBABXjBwBq4wcA4xoCAEeqDgDAlAAATgUCAKMFAgAKPA8AcI8AADMWDAC3SAAA5xIGAFX5BgAchQkAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAINMMAHXTDADK0wwAH9QMAHTUDADJ1AwAVfkGAE4FAgCjBQIALicAANPWAABOBQIAaDYMAL02DACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAKhKDQBjjw0AaokMAKMFAgAKPA8AcI8AADMWDAC3SAAA5xIGAFX5BgAchQkAt48OAD0YAACSGAAAEUMBADYdAgDYcwkALXQJAEiyBQBrhg4ACZsGAKOxAAAveQIAOW8CAGNFAgC0QgkAQrwBAKhKDQDKhQUA3HUDAMQvDAAZMAwAbjAMAMMwDABrlAAAwJQAABbpAADO2QIAPRgAALdIAADNhwAAsksCAOcSBgBV+QYAHIUJAGuUAADAlAAAFukAAM7ZAgDmDgsApfwIAJyrDQCdYAIATgUCAFSkBwAi2wIA5hgBAOMaAgBV+QYAGo8BAGOaAgDNhwAAsksCAOcSBgBV+QYAHIUJAE4FAgDdFwsA/Z4OAFKfDgCnnw4AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAqKELAP2hCwDJfQ4AHn4OAHN+DgDIfg4AKdUBALJLAgDnEgYA4xoCALecAQCvQQ8AqEoNABBDAgBlQwIAukMCAMqFBQA+vwIAKNUCAH3VAgDS1QIAJ9YCAHzWAgDG4QIAG+ICAHDiAgDF4gIAGuMCAG/jAgDE4wIAGeQCAG7kAgDD5AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAyoUFAD6/AgAo1QIAfdUCANLVAgAn1gIAfNYCABuPAABHDgAAqEoNAGOPDQAxzAIAhswCAOYYAQAXjgUAt48OAHjRCwDN0QsAItILAHfSCwCLHQIAMhgLAIcYCwBanAkAQhECAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIA2HMJAC10CQC3SAAAG48AABc8AgAiJwwAa4YOAAmbBgCjsQAAL3kCADlvAgBjRQIASLIFAE4FAgBoNgwAt48OAG/eBwBOBQIAeNELAM3RCwAi0gsAd9ILABuPAABHDgAAjB4AAKihCwD9oQsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEAXZQOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCAAdNAQAcjQEAMc0BAAcNQQAcTUEAMY1BABv3gcATgUCAGg2DAC3jw4Ab94HAE4FAgB40QsAzdELACLSCwB30gsAG48AAEcOAACMHgAAVKQHACLbAgB32wIAzNsCACHcAgB23AIA8gANAEcBDQCcAQ0A8QENAEYCDQC3jw4AEEIDAE6xAAAH9gIAr5sKALKXCwAHmAsAXJgLALGYCwAGmQsAW5kLAAZBDgD9ng4AUp8OAKefDgBOBQIAXZQOAFqcCQC3SAAATgUCAF2UDgDZJgAATgUCAOMaAgBV+QYAWpwJAHCPAADrvAIA2HMJAGw8AgDmbAIAO20CACzJCgCByQoA1skKALdIAABOBQIAqEoNAGOPDQBqiQwAaDYMAJyxBwBv3gcATgUCANPWAAAajwEAqvoFAAxJAABOBQIAXZQOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BAFSkBwCPZAwA5GQMADllDABrOgUAWUUMAK5FDABHWgkATgUCANPWAAAajwEAqvoFAAxJAABOBQIAXZQOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDcdQMATgUCANPWAAAajwEAqvoFAAxJAABOBQIAXZQOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BACInDAB3JwwA7rkCABqPAQBv3gcAa4YOANPWAAAajwEAqvoFAAxJAABOBQIAXZQOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCACh3CwCPEQoAGo8BAG+PAQD4WQMATVoDAEUEDABOBQIAIicMAGuGDgDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCAGg2DAC6jA4AD40OAL+UAQAUlQEAaZUBAOYYAQAV4wcAPRgAALdIAABOBQIAqEoNAGOPDQBqiQwA3RcLADIYCwC3SAAAazoFANx1AwBOBQIAqKELAP2hCwBSogsAeNELABBCAwBlQgMAukIDAOYYAQAXjgUAt5wBAG05BABOsQAAa5QAAOMaAgBV+QYAWpwJAHCPAADrvAIARw4AAE4FAgBdlA4AWpwJALdIAABOBQIAXZQOANkmAABOBQIA2HMJAGw8AgDmbAIAO20CALdIAAAsyQoAQhECAHh9CgDAlAAATgUCACInDAB3JwwA7rkCABqPAQBv3gcAa4YOAOMaAgDcdQMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAb94HAE4FAgBoNgwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAc9UMAMjVDAAd1gwActYMAMfWDAAc1wwAcdcMAMbXDAAb2AwAcNgMAMXYDAAa2QwAb9kMAMTZDAAZ2gwAbtoMAMPaDAAY2wwAbdsMAMLbDAAX3AwAbNwMAMHcDAAW3QwAa90MAMDdDAAV3gwAat4MAL/eDAAU3wwAad8MAL7fDAAT4AwAaOAMAL3gDAAS4QwAZ+EMABqPAQBvjwEAnWACAPJgAgBHYQIAhyADANwgAwAxIQMAhiEDANshAwAwIgMAhSIDANoiAwAvIwMAhCMDANkjAwAuJAMAgyQDAAAAAABV+QYAWpwJAE4FAgAdLAwAciwMAO65AgB70AkAaDYMALePDgAMkA4AYZAOALaQDgALkQ4AYJEOAKihCwD9oQsAUqILANx1AwAxdgMAhnYDABc8AgBOBQIAVKQHAKmkBwD+pAcAU6UHAKilBwAi2wIAd9sCAMzbAgAh3AIAyoUFAB+GBQAKPg0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAqKELABvZCwBw2QsAeNELAM3RCwDnGAAAPBkAAH13CwA5bwIAbDwCAHOGBgAV4wcAt0gAACzJCgBFBAwATgUCAOMaAgA4GwIAjRsCAOIbAgAodwsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIASLIFAE4FAgBUpAcAmFkOAO1ZDgCySwIALMkKAIHJCgAV4wcAPRgAALdIAABOBQIAIicMAMTeBwC93g4AEt8OAOMaAgDNhwAAksEBAIweAABUpAcAItsCAAXvCwBa7wsAr+8LAATwCwBOBQIAqKELABvZCwBw2QsAVKQHAJhZDgDtWQ4AOW8CALdIAADnEgYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAADnEgYAb48BAEIRAgBOBQIAIicMAAvsCADT1gAAqKELAP2hCwBSogsA2HMJAC10CQDPgwIAXpsGAO65AgB70AkA0NAJANx1AwBOBQIA5hgBADsZAQBnOAsAzYcAAJyxBwBPUgkAb48BAEIRAgBOBQIA2HMJAC10CQBIsgUAnbIFAPKyBQCaCgYAqKELABvZCwBw2QsAt5wBAAydAQBaogMAr6IDAASjAwBZowMArqMDAAOkAwCoSg0AdyQPAGFJAABskAMAwZADABaRAwBrkQMAksEBAIweAABbQg0ATgUCAKihCwD9oQsAUqILAOYYAQAV4wcAauMHADsZAQAXPAIAqKELABvZCwBw2QsAqKELAP2hCwBSogsA8K4LAEWvCwCarwsAKHcLALhGAQANRwEARVkMAJpZDADvWQwARFoMAE4FAgBdlA4A2SYAAE4FAgBUpAcAmFkOAO1ZDgA5bwIAt0gAAOcSBgBvjwEAQhECAE4FAgAbjwAAcYUJAMaFCQAbhgkAcIYJAMWGCQAahwkAb4cJAMSHCQCoSg0AY48NAGqJDABUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAaDYMALJLAgBdlA4AHIUJAE4FAgBUpAcAnA4AAI0UCQDiFAkANxUJAIwVCQBOBQIAVQAAALdIAADnEgYAb48BAEIRAgBOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAE9RCgCkUQoAXZQOAByFCQBOBQIAG48AAHCPAAAQQgMABvgBAE4FAgAiJwwAC+wIAOYYAQAXjgUAGo8BAG+PAQBOBQIAVKQHAJwOAACNFAkA4hQJADcVCQCMFQkATgUCAFqcCQCvnAkABJ0JAFmdCQCunQkAA54JAFieCQCtngkAAp8JAFefCQCsnwkAAaAJAFagCQCroAkAAKEJAFWhCQCqoQkA/6EJAFSkBwCMHgAA4R4AADYfAACLHwAA4B8AAAf2AgBHDgAATgUCAKhKDQB3JA8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAspcLAAeYCwA9GAAAEEIDAG+PAQBCEQIATgUCAF2UDgAchQkATgUCAB0sDAA4ZgwARw4AALecAQAMnQEAci0LAMctCwAcLgsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCACzJCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABo6gIAveoCAEK8AQAAAAAAaOoCAL3qAgBi8AIAH4YFACnLCwB+ywsA08sLACjMCwB9zAsA0swLACfNCwB8zQsAKNQDAH3UAwDS1AMAJ9UDAHzVAwDR1QMAJtYDAHvWAwDQ1gMAJdcDAHrXAwDP1wMAJNgDAHnYAwDO2AMAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwCVvAMA6rwDAD+9AwCUvQMA6b0DAD6+AwCTvgMA6L4DAD2/AwCSvwMA578DADzAAwDEhgoAGYcKAG6HCgDDhwoAGIgKAG2ICgDCiAoAF4kKAGyJCgDBiQoAFooKAGuKCgDAigoAFYsKAGqLCgC/iwoAFIwKAEIRAgAH9gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAOMaAgDNhwAARw4AAG3kAwDC5AMAr0EPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQA6rwDAD+9AwCjBQIA+AUCAE0GAgCiBgIAKnMNAAmdBABenQQAs50EAAieBABdngQAsp4EAAefBABcnwQA3RcLAB2ADQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAL+MCQAajwEAY5oCAK9BDwDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAHKIBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgAi2wIAd9sCAE6xAABVAAAAUv8DAMsyAgBO+A4Ao/gOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIA8v4OAD6/AgAo1QIAfdUCANLVAgAn1gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAM7ZAgBH/w4AorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwBv3gcAC+wIAGuUAABHDgAA96UNAJIYAAARQwEALMkKAKtTAQBCXAwAzdkDAHaHAgAsyQoARQQMABbpAADO2QIAV/QJAMqFBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAjxEKABc8AgC3SAAALMkKAEUEDAAW6QAAztkCALecAQBtOQQAwjkEAFUAAAAXPgAAyzICAN4SDwAajwEA4xoCABiMBgBsPAIAOW8CANx1AwBOBQIAeNELAM3RCwAi0gsAd9ILALecAQAMnQEAWqIDAK+iAwBrhg4Ab94HAAf2AgCRDQwAqvkGAP/5BgBU+gYATgUCAFSkBwDfHgIAzYcAADlvAgBjRQIASLIFAE4FAgBdlA4A4xoCADHNAQA5wQUACZsGALdIAABOBQIAowUCAKX8CAD6/AgAVP4CAKn+AgC+jAoAPBkAABc+AABOBQIA09YAACjXAABsPAIAOLkOAI25DgAj1AgAeNQIAE4FAgBoNgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgCooQsAHTQEAHI0BAC3nAEAr0EPAOYYAQAV4wcAPRgAALdIAADNhwAAsksCAOcSBgBV+QYAHIUJAAf2AgC3nAEAbTkEAMI5BABVAAAAFz4AAE4FAgC3nAEAbTkEAMI5BAAXOgQAbDoEAME6BAAWOwQAazsEAMA7BAAVPAQAajwEAL88BADM0gsAIdMLAHbTCwDL0wsATgUCALecAQBtOQQAwjkEABc6BABsOgQAwToEABY7BABrOwQAwDsEABU8BABqPAQAvzwEAMzSCwAh0wsAdtMLAMvTCwC4RgEADUcBAO2vDQBCsA0Al7ANALecAQDcdQMATrEAAM2GAQCisAIA2SYAAKX8CABCEQIAG48AABc8AgBjRQIASLIFAAf2AgDsDwQAxS4MABovDABvLwwAe4AEANCABAAlgQQAeoEEAM+BBAAkggQAeYIEAM6CBAAodwsA+AMEACLbAgBOsQAAzYYBAKr5BgC3SAAA5xIGADwTBgCREwYA5hMGADsUBgCQFAYAB/YCAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBADqvAMAVPcJAKn3CQD+9wkA5hMGADsUBgCQFAYAp/kJAFlHCgCuRwoA9wYCABqPAQAXPAIAY0UCAPAOAQC3SAAATgUCAMqFBQAXPAIAY0UCAK2iBQCySwIALMkKAGg2DACeWwYAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwAdLAwAOGYMAEcOAAB2hwIAt5wBAAydAQBaogMAr6IDAASjAwBZowMArqMDAAOkAwCoSg0AdyQPAGFJAADwDgEAVQAAAI8RCgBHDgAAdocCAEIRAgAXPAIAY0UCAEcOAABt5AMAwuQDAPAOAQADTgQAaDYMAPOpDQBHWgkAnFoJAPFaCQBGWwkA2HMJAC10CQDPgwIAXpsGABc8AgBv3gcATgUCAGg2DACcsQcA8bEHAEayBwCbsgcALMkKAEUEDADLMgIATgUCAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIAaDYMAJ5bBgBCEQIAeH0KAOYYAQBOBQIAqKELAKr6BQD/+gUAIicMAGuGDgDAhg4AI9QIAK+XDgAEmA4ARw4AAE4FAgBdlA4AHIUJAAAAAAAAAAAAB/YCAKIFAwCxmQoABpoKAFuaCgCwmgoA3RcLAP2eDgBSnw4Ap58OAKhKDQBjjw0AaokMAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAOcNCwA8DgsAkQ4LAP1KDQBFBAwAmgQMAO8EDABEBQwAmQUMAO4FDABDBgwAmAYMAO0GDAAiJwwA1m8PAGuUAACoSg0AY48NAGqJDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwBAvAMAlbwDAOq8AwBU9wkAqfcJAP73CQDmEwYAOxQGABeFDgCq+gUALMkKAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQDVKAIAKikCAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQByiAUAx4gFAByJBQBxiQUAxokFAFSkBwCMHgAA4R4AADYfAACLHwAAB/YCAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQA4BsEADUcBADqvAMAVPcJAKn3CQD+9wkAU/gJAKj4CQD9+AkAUvkJAFT+AgCp/gIAvowKAL3hCwC0QgkAWpwJALdIAAAsyQoAqEoNAGOPDQBqiQwAHSwMADhmDABHDgAAa5QAALdIAADT1gAAVfkGABc8AgBKXgIATgUCAKihCwAb2QsAcNkLABuPAABwjwAAFzwCAGNFAgCtogUAAqMFAFejBQDNhwAA4xoCALecAQAAAAAATgUCAEpeAgCh/QsAb48BAJ1gAgAH9gIABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEACwnAgCBJwIAyoUFAD6/AgD9SA8AUkkPAKdJDwCdAA0A5RcDAJwOAADmGAEAFeMHAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAOcNCwA8DgsAkQ4LAL+MCQDcdQMAAAAAAAAAAAAAAAAAaOoCAL3qAgBCvAEAAAAAAAAAAAAAAAAAAAAAAGjqAgC96gIAYvACAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgDmGAEA3R0FADIeBQCHHgUA3B4FAG/eBwDjGgIATgUCAOYYAQA7GQEAZzgLALw4CwAROQsA5hgBAN0dBQAyHgUAhx4FANweBQBOsQAAo7EAAPixAABNsgAAorIAABeOBQA5bwIAF4UOAM2HAACcsQcA5hgBANDYAQBwjwAAEEIDAE6xAAA+vwIAsksCAOcSBgBV+QYAHIUJAEcOAACMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAT5AgCPFwQAPl4OABHqBABm6gQAu+oEABDrBABl6wQAuusEAA/sBABk7AQAuewEAA7tBABj7QQATgUCALecAQBtOQQAb48BAEpeAgBOBQIAowUCAPgFAgBNBgIA5Q4MADoPDABoNgwAnLEHAG/eBwAXPAIAY0UCAEcOAADrvQEAFDQNAF72AADvCwUAOGYMAEcOAAB2hwIAJH0JAHl9CQDOfQkAI34JAHh+CQDNfgkAIn8JAHd/CQDMfwkAIYAJAGg2DAC3jw4A3HUDAE4FAgBdlA4A2SYAAE4FAgCoSg0AdyQPAGFJAAC2SQAAVQAAACPUCAAJmwYAGo8BAKycDACl/AgAa5QAAG/eBwBOBQIA5hgBAN0dBQAyHgUAhx4FANweBQCAzQcAHSwMADhmDABHDgAAdocCAB0sDAA4ZgwARw4AAHaHAgBOBQIAv4wJANx1AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2ZBABimQQAQl8JAJdfCQDsXwkAQWAJAJZgCQDrYAkAQGEJAJVhCQDqYQkAP2IJAJRiCQDpYgkAPmMJAJNjCQDoYwkAPWQJAOq8AwBU9wkAqfcJAP73CQBT+AkAqPgJAP34CQBS+QkAXZQOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCAC1QggATgUCAKhKDQDnEgYAPBMGAJETBgBv3gcATgUCAF2UDgBanAkA3HUDAEcOAABt5AMAwuQDAG05BADVKAIARw4AAG3kAwDC5AMA1SgCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAOq8AwBU9wkAqfcJAP73CQBT+AkAqPgJAP34CQBS+QkAXZQOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCAC1QggATgUCAKhKDQDnEgYAPBMGAJETBgBv3gcATgUCAF2UDgBanAkA6rwDAFT3CQCp9wkA/vcJAFP4CQCo+AkA/fgJAFL5CQBdlA4AqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIALVCCABOBQIAqEoNAOcSBgA8EwYAkRMGAG/eBwBOBQIAXZQOAFqcCQAXPAIAF4UOAGOaAgAMnQEAYZ0BANx1AwDVKAIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAMswBAA5Dg4AyScPABuPAABwjwAAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAP78BABT/QQAqP0EAP39BABS/gQAp/4EAPz+BABR/wQApv8EAPv/BADmGAEA3R0FADIeBQCHHgUA3B4FAAAAAADwDgEAA04EAGg2DADzqQ0AR1oJAJxaCQDxWgkARlsJANhzCQAtdAkAz4MCAF6bBgAXPAIAb94HAE4FAgBoNgwAnLEHAPGxBwBGsgcAm7IHACzJCgBFBAwAyzICAE4FAgDmGAEATLIBAM3ZAwDrvQEAv5QBAG+PAQBCEQIATgUCAGg2DACeWwYAQhECAHh9CgDmGAEATgUCAKihCwCq+gUA//oFACInDABrhg4AwIYOACPUCACvlw4ABJgOAEcOAABOBQIAXZQOAByFCQAAAAAAt0gAAGs6BQDAOgUAFTsFAGo7BQC/OwUAFDwFAPAOAQADTgQAaDYMAPOpDQBHWgkAnFoJAPFaCQBGWwkA2HMJAC10CQDPgwIAXpsGABc8AgBv3gcATgUCAGg2DACcsQcA8bEHAEayBwCbsgcALMkKAEUEDADLMgIATgUCAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIAaDYMAJ5bBgBCEQIAeH0KAOYYAQBOBQIAqKELAKr6BQD/+gUAIicMAGuGDgDAhg4AI9QIAK+XDgAEmA4ARw4AAE4FAgBdlA4AHIUJAAAAAAB40QsAzdELAAf2AgAAAAAAAAAAAAAAAAAAAAAAAAAAACwnAgCBJwIAVKQHAKmkBwD+pAcAF+UDAGzlAwDB5QMAFuYDAGvmAwCdAA0AAAAAAAAAAABHDgAAAAAAAAAAAAANmQQA5L8GADnABgB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAVPcJAKn3CQD+9wkA5hMGADsUBgCQFAYAB/YCAJsLBADwCwQARQwEAJoMBADvDAQARA0EAJkNBADuDQQAZTwJALo8CQAPPQkAZD0JALk9CQBUpAcAnA4AAI0UCQDiFAkANxUJAIwVCQBOBQIAaDYMANkmAAC3SAAALMkKAEUEDABvjwEAQhECAE4FAgCoSg0AY48NAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMAIYQFAHaEBQDLhAUAIIUFAHWFBQAbjwAAcI8AABBCAwAG+AEATgUCAFSkBwCcDgAAjRQJAOIUCQA3FQkAjBUJAAf2AgDNhwAABvgBABc8AgBjRQIAt0gAAGs6BQDAOgUAa5QAAEcOAABVAAAAI9QIAHjUCAAW6QAAY0UCAAAAAAAbjwAAa5QAAEcOAAB2hwIALMkKAEUEDAAW6QAAztkCAK+bCgAEnAoAWZwKAAKjBQBXowUArKMFAAGkBQBWpAUAq6QFAAClBQBVpQUAqqUFAP+lBQBUpgUAqaYFAP6mBQBTpwUAqKcFAP2nBQBSqAUAp6gFAPyoBQBRqQUApqkFAPupBQBQqgUApaoFAPqqBQBPqwUApKsFAPmrBQBOrAUAo6wFAPisBQBNrQUAoq0FAPetBQBMrgUAoa4FAM2HAAAiiAAAIC0IAHUtCABv3gcATgUCAKhKDQB3JA8AYUkAAOYYAQAXjgUAbI4FAE4FAgDYcwkALXQJALdIAABrOgUAwDoFAGuUAABHDgAATgUCACh3CwAi0A0AeNQIAE4FAgDYcwkALXQJAAAAAAAbjwAAa5QAAEcOAAB2hwIATgUCALecAQBtOQQAHTQEAEyyAQCq+gUA//oFANPWAAC/jAkAGo8BAE6xAAAgLQgATgUCAKihCwAb2QsAb94HAE9SCQDN2QMAB/YCAE6xAAA+vwIAKNUCAH3VAgDS1QIAJ9YCAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwAjzg4ARQQMABbpAADO2QIAzzAAAKOxAAD4sQAATbIAAKKyAAD3sgAAB/YCAE6xAAA+vwIAKNUCAH3VAgDS1QIAJ9YCAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwAjzg4ARQQMABbpAADO2QIAa5QAAG/eBwBPUgkAzdkDAM8wAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDbHgYAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGAJsLBADwCwQARQwEAJoMBADvDAQARA0EAJkNBADuDQQAQw4EAJgOBADtDgQAQg8EAJcPBAAxzQEAhs0BANvNAQAwzgEAhc4BAOe5CQA8ugkAkboJAOa6CQA7uwkAkLsJAOW7CQA6vAkAj7wJAOS8CQA5vQkAjr0JAOO9CQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQDNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDbHgYAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGAFz2AgCx9gIAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAP78BABT/QQAqP0EAP39BABS/gQAp/4EAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEACh3CwD/oAoAVKEKAKmhCgD+oQoAU6IKAKiiCgD9ogoAUqMKAKejCgD8owoAUaQKAKakCgD7pAoAUKUKAKWlCgD6pQoAT6YKAKSmCgD5pgoATqcKAKOnCgD4pwoAVP4CAKn+AgC+jAoAveELALRCCQBanAkAt0gAACzJCgCoSg0AY48NAGqJDAAdLAwAOGYMAEcOAACvmwoABJwKAEiyBQCdsgUA8rIFAJoKBgBUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA09YAAGuUAAA9GAAAt0gAAE4FAgBoNgwA09YAAIImAgC3SAAATgUCANPWAACCJgIAYDwOALU8DgB40QsAzdELACLSCwB30gsAKHcLAI8RCgBHDgAA670BAL+UAQDjGgIAt5wBAK9BDwCoSg0AY48NAGqJDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA5w0LADwOCwCRDgsAqEoNAHckDwBhSQAA2HMJAC10CQBIsgUAnbIFAPKyBQCaCgYAVKQHAIweAADhHgAANh8AAIsfAADgHwAAXvYAALo5DAAi2gMAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAH8hCgD9oQsAUqILAOMaAgAYjAYAbYwGAMKMBgAXjQYAPRgAAE4FAgBUpAcAmFkOAO1ZDgCySwIAGo8BAB00BAAV4wcAVfkGAFqcCQC3SAAALMkKAEUEDAAW6QAAztkCAEqnDgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCn+QkA/PkJAFH6CQCm+gkA+/oJAFD7CQCl+wkA+vsJAE/8CQCk/AkA+fwJAE79CQCj/QkA+P0JAFSkBwCMHgAA4R4AADYfAACLHwAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBU/gIAqf4CAL6MCgATjQoAaI0KAL2NCgASjgoAZ44KAKMFAgCl/AgA+vwIAE/9CABdlA4AFzwCAE4FAgAiJwwAdycMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANx1AwBOBQIAQrwBABuPAABwjwAAEEIDAAb4AQAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQAF4oJANZ1CQAoeQkAfXkJANJ5CQAnegkA6rwDAFT3CQCp9wkA/vcJAFP4CQCo+AkA/fgJAFL5CQBdlA4AqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIALVCCABOBQIAqEoNAOcSBgA8EwYAkRMGAG/eBwBOBQIAXZQOAFqcCQDlFAYAOhUGAI8VBgDkFQYAA+0PAFjtDwDkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAOq8AwBU9wkAqfcJAP73CQDmEwYAOxQGAAjsCwCMHgAADO0GAK9BDwAJmwYAt0gAAOcSBgBV+QYAHIUJALdIAADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAOhUGAI8VBgDkFQYAa5QAAMCUAAAW6QAAztkCAOwRAgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAy30MACB+DAB1fgwAyn4MAB9/DAB0fwwAyX8MAJwOAACNFAkA4hQJADcVCQCMFQkAxDkCAKr5BgD/+QYAVPoGAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAB/YCALfpCQDAlAAAFukAAM7ZAgA9GAAAkhgAAFybCACxmwgABpwIAFucCACwnAgABZ0IAGw8AgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEATgUCAKhKDQDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCn+QkAM2sMADFyBwCGcgcA23IHADBzBwCFcwcA2nMHAC90BwCEdAcAaDYMANkmAAC3SAAALMkKAEUEDABUpAcAjB4AAAztBgCvQQ8ACZsGALdIAADnEgYAVfkGAByFCQBOBQIA3RcLAP2eDgBSnw4Ap58OAOUXAwC7jwoAEJAKAGWQCgC6kAoAD5EKAGSRCgBBYwYAlmMGAOtjBgBAZAYAlWQGAOpkBgA/ZQYAlGUGAOllBgA+ZgYA0X0GACZ+BgB7fgYA0H4GACV/BgB6fwYAG48AABc8AgAXPAIAY0UCAD0YAAC3SAAATgUCAKhKDQBjjw0AqvkGAI8RCgC3nAEADJ0BAGGdAQDcdQMAB/YCAAAAAABOBQIAqEoNABBDAgBlQwIAukMCAJ0ADQBUpAcAj2QMABqPAQCq+gUAzYcAAOMaAgC3nAEAr0EPAFSkBwCMHgAA4R4AADYfAACLHwAA4B8AAA1CBgBOBQIAowUCAMEyDAAWMwwAazMMAKhKDQDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgAH9gIAVP4CAKn+AgC+jAoAaDYMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCvQQ8AVKQHAIweAADhHgAANh8AAIsfAADgHwAA5hgBAAAAAABVAAAATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgB+Hw0A0x8NACggDQAXPAIAtEIJAHLVDQCfXgIAwJQAALKXCwAHmAsAFzwCAGNFAgCtogUAAqMFAFejBQDNhwAA4xoCALecAQCvQQ8Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBwjwAAPRgAANx1AwAH9gIAt0gAAE6xAABVAAAATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANkmAAA5xQEAjsUBAOPFAQBOsQAAzYYBAKKwAgBCugMAFzwCAGNFAgC4RQIACjwPAEcOAACMHgAAGYgJAG6ICQDDiAkAGIkJAG2JCQDCiQkAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGAOUXAwCcDgAAjRQJAOIUCQA3FQkAjBUJAE4FAgDdFwsA/Z4OAFKfDgCnnw4AA+0PAFjtDwCt7Q8AAu4PAFfuDwCs7g8AAe8PAFbvDwCr7w8AAPAPAFXwDwCq8A8A0tQDACfVAwB81QMA0dUDACbWAwB71gMA0NYDACXXAwAdLAwAOGYMAEcOAADjGgIAGIwGAG2MBgDCjAYAF40GAGyNBgAI7AsA4XMAAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDNhwAA2SYAAEpeAgDxsgYAMc0BAEcOAADPMAAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAH4fDQDTHw0AKCANAE4FAgDmGAEAF44FANx1AwBOBQIAeNELAM3RCwAi0gsAd9ILAOMaAgBHqg4AaDYMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDKhQUAH4YFACnLCwB+ywsA08sLACjMCwB9zAsA0swLACfNCwB8zQsA0c0LACbOCwDdFwsARw4AAHaHAgDLhwIA4xoCALecAQBtOQQAzdkDAN8eAgD1/gsArPQJAGOPDQBqiQwAqKELAFUAAAAiiAAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAH4fDQDTHw0AKCANAFz2AgCx9gIAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOMaAgBV+QYAVfkGALdIAABHDgAAdocCAGs6BQBZRQwAOLkOAE4FAgCjBQIAFzwCALRCCQDmGAEATgUCAEK8AQBe9gAAB/YCAAT5AgCjsQAA+LEAAE2yAACisgAA97IAAEyzAAAdLAwAciwMAMcsDAAcLQwA2HMJALKXCwAHmAsATgUCAF2UDgBanAkAt0gAAE4FAgBdlA4A2SYAAE4FAgBoNgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAK9BDwDjGgIAGIwGAG2MBgDCjAYAF40GAGyNBgAI7AsATgUCAKhKDQBjjw0AaokMAKhKDQDNhwAALXUIAEpeAgBOBQIAqEoNALePDgDcdQMATgUCAF2UDgDZJgAATgUCAKhKDQB3JA8AYUkAALZJAAALSgAAa5QAAG/eBwBOBQIA4xoCABiMBgBtjAYAwowGABeNBgBsjQYAt5wBAM2HAACSwQEAdocCAOcSBgBOsQAARw4AAIweAADNhwAAOW8CAE6xAAAgLQgAyzICAE74DgCj+A4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgDy/g4AR/8OAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAH4fDQDTHw0AKCANAAAAAABVAAAAI9QIAK+XDgBHDgAAjB4AAM2HAAA5bwIATrEAACAtCABVAAAAfSsCAMsyAgBO+A4Ao/gOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIA8v4OAEf/DgCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgB+Hw0A0x8NACggDQC3nAEAbTkEAO65AgAajwEAb48BAEIRAgBOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAT1EKAIweAADhHgAAFukAAM7ZAgAH9gIAt0gAAGs6BQBZRQwA5mwCAEcOAABVAAAAjxEKABc8AgC3SAAAB/YCALdIAABrOgUAWUUMAOZsAgBHDgAAVQAAAI8RCgAXPAIAt0gAAAf2AgC36QkAwJQAABbpAADO2QIAmwsEAPALBABFDAQAmgwEAO8MBABEDQQAmQ0EAGBACgDivQoAN74KAIy+CgDhvgoANr8KAIu/CgDgvwoANcAKAIrACgDfwAoANMEKAInBCgDewQoAM8IKAIjCCgDdwgoAMsMKAIfDCgDcwwoAMcQKAIbECgAD7Q8AWO0PAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQAre0PAALuDwBX7g8APRgAAPAOAQC3SAAATgUCAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQDnDQsAPA4LAJEOCwBUpAcAjB4AAOEeAAA2HwAAix8AAO4NBABDDgQAmA4EAO0OBABCDwQAlw8EALGfBAAGoAQAW6AEANUoAgAqKQIAazoFAFlFDADmbAIARw4AAFUAAACPEQoAFzwCALdIAADLMgIA8v4OAEf/DgCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgB+Hw0A0x8NACggDQB9IA0A0iANACchDQB8IQ0A0SENACYiDQB7Ig0A0CINACUjDQB6Iw0A3RcLAP2eDgBSnw4Ap58OAM3aAgA+vwIA/UgPAFJJDwCnSQ8A/EkPAFFKDwCmSg8A+0oPAFBLDwA6bAQAj2wEAORsBAA5bQQAjm0EAONtBAA4bgQAjW4EAOJuBAA3bwQAjG8EAOFvBAA2cAQAi3AEAOBwBAA1cQQAinEEAN9xBAA0cgQAiXIEAN5yBAAzcwQAiHMEAN1zBAAydAQAh3QEAPz5CQA+vwIA/UgPAFJJDwCnSQ8A/EkPAFFKDwCmSg8A+0oPAFBLDwAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAt0gAAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAOUUBgA6FQYAjxUGAOQVBgBU/gIAa5QAANPWAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAH4fDQDTHw0AKCANAByFCQCSGAAAItMKAHfTCgDNhwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAK9BDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAK9BDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAFT+AgCp/gIAvowKAGg2DAAtdQgAbTkEAO65AgB70AkAeNELAM3RCwAi0woAd9MKAEcOAABOBQIAowUCAMEyDAAWMwwAazMMAMAzDACooQsA/aELAFKiCwDcdQMAMXYDAIZ2AwAXPAIATgUCAMqFBQCjsQAAG48AAEcOAAB2hwIALMkKAE4FAgB40QsAzdELACLTCgB30woAaDYMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOsQAATrEAAIpvBgDfbwYANHAGAIlwBgBIsgUATgUCANPWAAC/jAkAGo8BAGOaAgCvQQ8A3RcLAEcOAAB2hwIAy4cCAOMaAgC3nAEAbTkEAM3ZAwDfHgIAGo8BAG+PAQBCEQIATgUCAGg2DACeWwYAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwDpvQMAqaQHAP6kBwBTpQcAqKUHAP2lBwBSpgcAp6YHAPymBwCoSg0ATrEAAFUAAAAAAAAAGo8BAFUAAABOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwCoSg0AdyQPAGFJAAAdLAwAOGYMAEcOAAB2hwIAqEoNAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAKf5CQBZRwoArkcKAPcGAgAajwEAFzwCAGNFAgBdlA4AqvkGAP/5BgBU+gYATgUCAKhKDQBOsQAAVQAAAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwBAvAMAlbwDANPWAAAajwEAqvoFAAxJAABOBQIAHSwMADhmDABHDgAAdocCAE4FAgC3SAAATrEAAFUAAABOBQIAKHcLALhGAQANRwEA7rkCABqPAQBv3gcAa4YOAMCUAAAH9gIA7A8EAMUuDAAaLwwAby8MAM3aAgCfsQQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAARw4AAG3kAwDC5AMAgM0HANXNBwAqzgcAf84HANTOBwApzwcAfs8HANPPBwAiJA8AAfwCAE6xAABVAAAATgUCACh3CwC4RgEADUcBAO65AgAajwEAb94HAGuGDgDAlAAAB/YCAOwPBADFLgwAGi8MAG8vDADN2gIAn7EEACKHAQB3hwEAAAAAAAb4AQAAAAAAAAAAAAAAAADNhwAA2SYAAG/eBwDE3gcAOLkOALdIAADnEgYA7rkCAHvQCQBUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAATLADAKGwAwD2sAMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAK9BDwBdlA4AFzwCAE4FAgAiJwwAC+wIAGuUAABHDgAATgUCAHjRCwDN0QsAItILAHfSCwCLHQIAHYANAHKADQDN2QMAb94HAEcOAABOBQIAVKQHAIweAADhHgAANh8AAIsfAADgHwAANSAAAEywAwChsAMA9rADABuPAABwjwAAUQMBAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCvQQ8AXZQOABc8AgBOBQIAIicMAAvsCABrlAAARw4AAE4FAgB40QsAzdELACLSCwB30gsAix0CAB2ADQBygA0AzdkDAE4FAgBUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAATLADAKGwAwD2sAMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAK9BDwBdlA4AFzwCAE4FAgAiJwwAC+wIAGuUAABHDgAATgUCAHjRCwDN0QsAItILAHfSCwCLHQIAHYANAHKADQDN2QMAIiQPAJsLBACl/AgA+vwIAE/9CAB40QsAzdELACLSCwB30gsAzNILACHTCwB20wsAy9MLAAAAAADNhwAALXUIAIJ1CABtOQQAB/YCABc8AgAXhQ4Ab48BAEIRAgB4fQoAwJQAABbpAADO2QIAa5QAAOYYAQBOsQAAPr8CACKIAAAgLQgAdS0IAEcOAACMHgAA4R4AADYfAACLHwAA4B8AAGNFAgDAlAAAFukAAM7ZAgAxzQEARw4AAAf2AgDlFwMAu48KABCQCgBlkAoAupAKAA+RCgBkkQoAnQANAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBADnDQsAPA4LAAH1CQBW9QkAq/UJAOYTBgA7FAYAkBQGAKf5CQCoSg0AY48NAG/eBwBrhg4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAH8AgB3JA8AYUkAAM+CAwAkgwMAeYMDAM6DAwAjhAMAeIQDAM2EAwAihQMAaDYMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCvQQ8AyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBoNgwAsksCALg6DQB3JA8AGo8BAM3ZAwAi2gMA5hgBADsZAQDmGAEAFeMHAD0YAABe7QkAs+0JAAjuCQDlDgwAOg8MAOYYAQAXjgUAOW8CAEpeAgCfXgIAb94HAE4FAgAiJwwAa4YOAM2HAAByLAwAxywMABwtDABxLQwAxi0MABsuDABwLgwAXuoMALePDgBv3gcATgUCAKihCwAb2QsAcNkLABU0DAB3JwwAzdkDAOFzAADjGgIAt5wBAK9BDwBv3gcATgUCABuPAABwjwAAt0gAAOcSBgBjmgIATgUCAKhKDQDnEgYAPBMGAJETBgBv3gcATgUCANhzCQAtdAkAt0gAAGs6BQC3nAEAbTkEAMI5BAAW5QQATrEAAMsyAgDy/g4AR/8OAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAH4fDQDTHw0AKCANAN4SDwCMHgAA4R4AADYfAACLHwAA4B8AAG/eBwBrhg4AzYcAAJyxBwAH9gIAC+wIANPWAAA9GAAAB/YCAL+MCQA4ZgwARw4AAHaHAgC3nAEADJ0BAGrgCgC/4AoAFOEKAGnhCgAj1AgAeNQIABbpAADO2QIAkQ0MAKr5BgD/+QYAVPoGAE4FAgAbjwAAcI8AABBCAwAG+AEATgUCAFSkBwCcDgAAjRQJAOIUCQA3FQkAVKQHAJhZDgDtWQ4AsksCABuPAABHDgAATgUCAL+MCQD1/gsACZsGAEpeAgCfXgIAb94HAAvsCACq+QYA//kGAAxBCABhQQgAtkEIAAtCCABgQggAtUIIAApDCABfQwgAtEMIAAlECABeRAgAs0QIAAhFCABdRQgAskUIAAdGCABcRggAsUYIAAZHCABbRwgAsEcIAPVXCABKWAgAn1gIAPRYCABv3gcATgUCAF2UDgBanAkAt0gAAE4FAgDT1gAAgiYCABqPAQCq+gUA5xIGAG+PAQBCEQIATgUCAKMFAgDBMgwAFzwCAE4FAgBdlA4AqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIAHjUCABsPAIAsksCAOcSBgBV+QYAHIUJALdIAADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAy30MACB+DAB1fgwAyn4MAB9/DAB0fwwAyX8MAFEBAwDQ2AEAt0gAAM2HAACySwIALMkKAF2UDgCq+QYA//kGAAxBCABhQQgAtkEIAAtCCABgQggAtUIIAE4FAgCoSg0A5xIGADwTBgCREwYAb94HAE4FAgBdlA4AWpwJALdIAAAsJwIAG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA5hgBADsZAQBnOAsAT1IJAAbtDADcdQMATgUCAMqFBQAfhgUAKcsLAHCPAAC3SAAALMkKAAH8AgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCn+QkA09YAAIImAgAajwEAqvoFAOcSBgBvjwEAQhECAE4FAgCjBQIAwTIMABc8AgBOBQIA7rkCAEO6AgCYugIA7boCAL+MCQA4ZgwARw4AAHaHAgDLhwIA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADFyBwAAAAAAt5wBAAf2AgBU/gIAqf4CAL6MCgAdLAwAOGYMAEcOAAB2hwIARw4AAE4FAgBoNgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAK9BDwCooQsA/aELAFKiCwDwrgsARa8LAJqvCwAodwsAjxEKAOQRCgBc9gIAsfYCAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQD+/AQAFzwCAGNFAgCtogUAsksCACzJCgBUpAcAjB4AAEcOAADrvQEAv5QBAFX5BgC3nAEAt5wBAE4FAgAdLAwAOGYMAEcOAAB2hwIAXvYAALo5DAANmQQAqEoNAGs6BQDAOgUAa5QAAG/eBwBOBQIAowUCAMEyDAAXPAIATgUCAAAAAAAbjwAAa5QAAMCUAADcdQMATgUCAKMFAgD4BQIATQYCAKIGAgA9GAAAkhgAACLTCgB30woARw4AANkmAAA5xQEAjsUBAOPFAQBrhg4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAT5AgCPFwQAKcsLAH7LCwDTywsAKMwLAH3MCwDSzAsAJ80LAHzNCwDYcwkALXQJAK2iBQACowUAV6MFAE4FAgBoNgwAt48OANx1AwBOBQIAyoUFAB+GBQB0hgUAeCQOAM0kDgAiiAAAR1oJAE4FAgAodwsAjxEKABqPAQBvjwEAsksCAEcOAAAH9gIAVP4CAKn+AgC+jAoAE40KAIweAADhHgAANh8AAIsfAADgHwAADUIGAE4FAgBoNgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAK9BDwCjBQIAwTIMABc8AgBOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMARw4AAIweAADhHgAANh8AAIsfAADgHwAADUIGAGJCBgDhHgAAFukAAM7ZAgCMHgAA4R4AABbpAADO2QIAA+0PAFjtDwDkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEANUoAgAXPAIAY0UCALhFAgAKPA8ARw4AAIweAAC/iQwAX0kCAGiPCAC9jwgATgUCAFSkBwCMHgAA4R4AADYfAACLHwAATrEAAEpeAgC/jAkAOGYMAFqcCQBHDgAAjB4AANUoAgBv3gcAFzwCABeFDgDuuQIAe9AJANDQCQDLMgIATvgOAMCUAAAW6QAAztkCAMsyAgA9GAAAa5QAALdIAADT1gAAVfkGABc8AgBKXgIAn14CAMCUAAAW6QAAztkCAAPtDwBY7Q8AIocBAHeHAQCloQ4AAAAAAAAAAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAf2AgAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQAqEoNAHckDwBhSQAA3RcLADIYCwBv3gcAVQAAAI8RCgAajwEAb48BAPhZAwBOBQIAG48AABc8AgC3nAEAB/YCAEwJAAC/jAkAFI0JAGmNCQDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA5w0LADwOCwCRDgsAqEoNAHckDwBhSQAAbJADAAvsCABg7AgAtewIAArtCABf7QgAxy8JACInDADE3gcAa5QAAOYYAQA7GQEAbJADAAvsCABg7AgAtewIAArtCABf7QgAxy8JACInDADE3gcAa5QAAOYYAQA7GQEAkBkBAE4FAgDYcwkAspcLAAeYCwA9GAAAEEIDAG+PAQBCEQIAa5QAAMCUAADmGAEATLIBAM3ZAwDrvQEAv5QBAFX5BgAchQkATgUCACInDABrhg4APRgAABBCAwBrlAAAb94HAE4FAgDT1gAAv4wJABqPAQBjmgIAr0EPAKhKDQBrOgUA3HUDABqPAQBvjwEAQhECAE4FAgCoSg0AY48NAGqJDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA5w0LADwOCwCRDgsAqEoNAHckDwBhSQAAbJADAAvsCABg7AgAtewIAArtCABf7QgAxy8JACInDADE3gcAa5QAAOYYAQA7GQEAIicMANZvDwArcA8AgHAPANVwDwAqcQ8Af3EPAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQCUuAgAVfkGADFyBwBKXgIAn14CAMCUAABjRQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOwPBADFLgwAGi8MAG8vDABOpQwAv4wJABqPAQBjmgIAr0EPAKMFAgAuJwAAt0gAAE6xAAAgLQgAGo8BAG+PAQBCEQIATgUCAFSkBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABoNgwAOLkOABqPAQBOBQIA7rkCAHvQCQDQ0AkACOwLAL+UAQBV+QYAHIUJAAf2AgAajwEAY5oCAK9BDwA9GAAAkhgAABFDAQDZJgAAwTIMABYzDABrMwwAwDMMAEC9AgDAlAAAFukAAM7ZAgBCvAEApqUJAPulCQBQpgkApaYJAPqmCQBPpwkAAAAAAGjqAgC96gIAeNELAM3RCwDnGAAALXcGAIJ3BgBv2woAxNsKABncCgCjBQIApfwIAPr8CABP/QgAXZQOABc8AgBOBQIAIicMAHcnDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgDdFwsAMhgLAIcYCwDcGAsAMRkLAAAAAADuuQIAQ7oCADlvAgAAAAAAFzwCALKXCwAHmAsAAAAAAG/eBwAL7AgAYOwIALXsCAAK7QgAX+0IAN0ZCQAyGgkAhxoJANwaCQAxcgcASl4CAJ9eAgC3SAAAPRgAAJIYAAARQwEA2SYAAMEyDAAWMwwAazMMAMAzDABAvQIAwJQAABbpAADO2QIAyzICAN4SDwCcDgAAjRQJAMzSCwCl/AgAnKsNAJ1gAgBOBQIAaDYMAJ5bBgDuuQIAQ7oCAJi6AgBtOQQAb94HAE4FAgAiJwwAC+wIAGDsCAC17AgACu0IAF/tCADHLwkA3RcLADIYCwDuuQIAGo8BABc8AgC0QgkAHIUJAOYYAQAV4wcAPRgAANPWAABV+QYAFzwCAEpeAgCh/QsAb48BAEIRAgBOBQIAyoUFAB+GBQB0hgUAeCQOAM0kDgAiJQ4AdyUOAMwlDgAhJg4ATgUCANhzCQCylwsAB5gLAFyYCwCxmAsABpkLAFuZCwBUpAcAmFkOAGs6BQBZRQwAsksCACzJCgBCEQIATgUCAKihCwAb2QsAcNkLAN0XCwAajwEAqvoFAAxJAABhSQAAz4IDAE4FAgB40QsAzdELACLSCwB30gsA2HMJALKXCwAHmAsAPRgAABBCAwBvjwEAQhECAE4FAgBdlA4AFzwCAE4FAgDmGAEATLIBAM3ZAwDPMAAAzYYBAKKwAgDZJgAApfwIAEIRAgAbjwAAFzwCAGNFAgAXPAIAY0UCAK2iBQCySwIALMkKACInDAAL7AgAYOwIALXsCAAK7QgAX+0IAMcvCQAodwsAuEYBAA1HAQDuuQIAGo8BAG/eBwBrhg4AVfkGAFX5BgC3SAAAt5wBAK9BDwBHDgAA670BAE4FAgAiJwwAC+wIAGDsCAC17AgACu0IAF/tCADHLwkAeNELAM3RCwAi0gsAd9ILAMzSCwAh0wsAdtMLAMvTCwAiJwwAC+wIAGDsCAC17AgACu0IAF/tCADHLwkA3RcLADIYCwBv3gcAVQAAAI8RCgAajwEAb48BAAmbBgBemwYAs5sGAAicBgBdnAYAspwGAAedBgBcnQYAsZ0GAAaeBgAajwEAzYcAAC11CABOBQIAqEoNAE6xAABVAAAAB/YCAE4FAgA5Dg4AyScPAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQBe9gAAAAAAAA2ZBAC9iQ4AwTIMABc8AgC3SAAA5xIGAO65AgB70AkADO0GANx1AwBOBQIA2HMJAC10CQCCdAkA13QJACx1CQCBdQkATgUCAKihCwAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQA7A8EAAmbBgBemwYAs5sGAAicBgBdnAYAspwGAAedBgBcnQYAsZ0GAAaeBgBU/gIAqf4CAPhVBwA5Dg4Aa5QAAKtTAQBCXAwAzdkDAHaHAgDnEgYAb48BAEIRAgBOBQIAIicMAAvsCADmGAEAF44FABqPAQCUuAgA6bgIAD65CACTuQgA6LkIAD26CACSuggA57oIADy7CACRuwgA5rsIADu8CACQvAgA5bwIADq9CACPvQgA5L0IABc8AgBjRQIAuEUCAAo8DwBHDgAAjB4AAEK8AQC3SAAATrEAAFUAAAAH9gIAAAAAALecAQBHDgAAB/YCAAAAAAAbjwAAcI8AABBCAwAG+AEAB/YCAAAAAADjGgIAt5wBAK9BDwCoSg0AY48NAGqJDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA5w0LADwOCwCRDgsAqEoNAE6xAABVAAAAB/YCAAAAAAC3nAEARw4AAAf2AgAAAAAAVKQHAOu9AQBAvgEAB/YCAAAAAAA9GAAAPRgAAGuUAAAJmwYAt0gAAOcSBgBV+QYAHIUJAE4FAgDYcwkALXQJAIJ0CQDXdAkALHUJAIF1CQD3VAkAt0gAAOcSBgA8EwYAkRMGAG/eBwAL7AgAWpwJAAAAAAC3SAAAt0gAAFUAAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA6bEPAI8RCgDkEQoAORIKAF72AADvCwUAOGYMAEcOAAB2hwIAFDQNANhzCQAtdAkAraIFAAKjBQBXowUATgUCACInDADE3gcAvd4OABLfDgDjGgIAzYcAAJLBAQCMHgAAVKQHAIweAADhHgAANh8AAIsfAADgHwAANSAAAGg2DACySwIAG48AALecAQBv3gcATgUCAHjRCwDN0QsAItILAHfSCwDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA5w0LADwOCwCRDgsAFzwCAGNFAgC4RQIACjwPAEcOAACMHgAAa4YOAMCUAAAW6QAAztkCAGuUAADAlAAAFukAABHlCQBm5QkA5xgAAAAAAAAAAAAAAAAAAGjqAgC96gIAYvACAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgAAAAAAAAAAAGjqAgC96gIAYvACAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgDT1gAAGo8BAG+PAQBrlAAAwJQAABbpAADO2QIAAAAAAAAAAAAAAAAAAAAAAAAAAAA9GAAAa5QAALdIAADLMgIA8v4OAEf/DgCisAIAQroDAJe6AwDsugMAQbsDACPODgB4zg4Azc4OACLPDgB3zw4AzM8OACHQDgB20A4ABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAFX5BgBHDgAATgUCAN0XCwD9ng4AUp8OAKefDgAAAAAAAAAAAAAAAAAsyQoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAAAAAAAAAAAAAAACrUwEAQlwMAFX5BgAchQkATgUCANhzCQAtdAkAgnQJANd0CQAsdQkAAAAAAGuUAADAlAAA4xoCABqPAQBvjwEAnWACANZvDwBwjwAAQhECAEcOAADhcwAAOMcAANkmAADjGgIAzYcAADjHAABOBQIAaDYMAOMaAgBCEQIAeH0KAAztBgCvQQ8Av4wJAD0YAABrlAAAq1MBAEJcDAAAAAAAPRgAAE4FAgDYcwkALXQJAL+MCQAbjwAARw4AAOFzAACcsQcARw4AAOu9AQC/lAEAVfkGAByFCQBrlAAA2HMJABeFDgCsnAwApfwIABuPAAC3SAAAzYcAALJLAgAAAAAAVfkGAE4FAgDYcwkALXQJAM+DAgAkhAIARw4AAOFzAACcsQcAPRgAAJIYAAAH9gIAt+kJAAzqCQBh6gkAtuoJAAvrCQBg6wkAtesJAArsCQBf7AkAtOwJAAntCQBrlAAACZsGAF6bBgCzmwYACJwGAF2cBgCynAYAB50GAFydBgCxnQYABp4GAKMFAgD4BQIATQYCAKIGAgA4xgEABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAE4FAgCoSg0A5xIGADwTBgCREwYAb94HAE4FAgBdlA4AWpwJAOcSBgA8EwYAkRMGAG/eBwBOBQIAXZQOAFqcCQBOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQByiAUAx4gFAByJBQBxiQUAxokFAN4SDwCcDgAAjRQJAOIUCQA3FQkAjBUJALdIAADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAy30MACB+DAB1fgwAyn4MAB9/DAB0fwwAyX8MAOq8AwBU9wkAqfcJAP73CQBT+AkAqPgJAP34CQBS+QkAVP4CAKn+AgC+jAoAE40KAGiNCgC9jQoAEo4KAGeOCgCjBQIApfwIAPr8CABP/QgAXZQOABc8AgBOBQIAIicMAHcnDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgBfSQIALXUIAK9BDwDAlAAAFukAAM7ZAgBV+QYAVfkGALecAQBOBQIAqEoNAOcSBgA8EwYAkRMGAG/eBwBOBQIAXZQOAFqcCQC3SAAATgUCANPWAAC/jAkAGo8BAGOaAgCvQQ8A09YAAIImAgAajwEAqvoFAOcSBgBvjwEAQhECAE4FAgCjBQIAwTIMABc8AgBOBQIAaDYMALePDgAMkA4AXZQOAKr5BgD/+QYAVPoGAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwCooQsAG9kLAHDZCwB40QsAzdELACLSCwB30gsA5Q0NADoODQCPDg0A5A4NADkPDQCODw0A4w8NADgQDQAsJwIAgScCANhzCQAtdAkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAqEoNAOcSBgA8EwYAkRMGAG/eBwBOBQIAXZQOAFqcCQC3SAAATgUCAGg2DADZJgAAt0gAACzJCgBFBAwAr0EPAMCUAAAW6QAAztkCAEqnDgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgAVNgoAajYKAL82CgAUNwoAaTcKAL43CgATOAoAaDgKAL04CgASOQoAZzkKAF72AADT1gAAgiYCABqPAQCq+gUAlhICABc8AgBjRQIAraIFALJLAgAsyQoA86kNAAAAAAAbjwAAGo8BABc8AgBjRQIAMc0BAG/eBwDjGgIATrEAAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwBdlA4A4xoCALdIAADNhwAAGo8BAG+PAQBOBQIAMc0BAG/eBwDjGgIATrEAAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwDdFwsAHYANAABUAQBVVAEA3WsMADJsDACHbAwA3GwMADFtDADT1gAAv4wJAPX+CwA9GAAATgUCAKhKDQBrOgUA3HUDABqPAQBvjwEAQhECAE4FAgCoSg0AY48NAGqJDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQBHDgAATgUCAMqFBQAfhgUAKcsLAH7LCwDTywsAKMwLAH3MCwDSzAsAJ80LAHzNCwDRzQsAJs4LAGg2DADzqQ0AAAAAABuPAAAajwEAFzwCAGNFAgBIsgUATgUCAKMFAgAXPAIAtEIJAOYYAQBOBQIAqEoNAHckDwBhSQAAG48AAHCPAADrvAIAQL0CAMCUAAC3nAEA3HUDABqPAQBvjwEAQhECAE4FAgAiJwwAxN4HAL3eDgAS3w4A4xoCAM2HAACSwQEAjB4AAOUNDQDzqQ0AAAAAABuPAAAajwEAFzwCAGNFAgBoNgwAnlsGANhzCQAtdAkARw4AAJwOAABanAkAFzwCAE6xAABrlAAAowUCABc8AgC0QgkA5hgBAE4FAgCooQsAqvoFAEcOAABOBQIAKHcLALhGAQAXhQ4AHTQEABeOBQA5bwIA3HUDAE4FAgCjBQIA+AUCACKIAABHWgkAxDkCABc8AgDcdQMATgUCAF2UDgAXPAIATgUCAFSkBwCcDgAAWpwJABc8AgBOsQAAPRgAAGuUAACrUwEAB/YCAAH8AgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCn+QkAaDYMAPOpDQAAAAAAG48AABqPAQAXPAIAF4UOAG+PAQBCEQIATgUCAGg2DACeWwYAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAa5QAALdIAADNhwAAnLEHAG/eBwAXPAIAF4UOAG+PAQDZJgAAwTIMAE4FAgDdFwsAMhgLAIcYCwARQwEA2SYAAMEyDAAWMwwAazMMAMAzDADNhwAAGo8BANUoAgDNhwAAzSUNANvECgAwxQoAb48BAMeBDABrOgUAWUUMAOZsAgBHDgAAqlIDAM2HAACySwIALMkKAB0sDAA4ZgwARw4AAHaHAgBOBQIAeNELAF9JAgC0SQIACUoCAOcYAAAtdwYAgncGAG/bCgDE2woAGdwKAG7cCgDD3AoAGN0KAIweAADhHgAANh8AAIsfAADgHwAANSAAAOYYAQBMsgEAzdkDAOMaAgBHqg4Av4wJAM2HAADuuQIAGo8BAG+PAQD9Sg0AgckKANbJCgArygoAgMoKANXKCgAqywoAf8sKANTLCgApzAoAfswKANPMCgAozQoAfc0KAHcnDACkUgkA+VIJAE5TCQAbjwAAb94HANhzCQAtdAkAraIFAJyxBwBOBQIAG48AAG/eBwAAAAAAVfkGAE4FAgCoSg0A5xIGADwTBgCREwYA5hMGADsUBgC/jAkAVQAAANUoAgA9GAAAa5QAALdIAADT1gAAVfkGABc8AgBKXgIA1SgCAEIRAgB4fQoAzX0KACJ+CgB3fgoAzH4KACF/CgBjRQIARw4AAOu9AQCMHgAARw4AAAf2AgBCEQIAeH0KAM19CgAifgoAd34KAMx+CgAhfwoAdn8KAMt/CgAggAoAdYAKAMqACgCjBQIAwTIMABc8AgBdlA4AFzwCAE4FAgBUpAcAjB4AAOEeAAA2HwAAGo8BAE6xAABrlAAAeNELAM3RCwAi0gsAd9ILAEpeAgCDcgoAkhgAANPWAAC/jAkAOGYMAEcOAAB2hwIALMkKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDXdwYALHgGAIF4BgDWeAYAK3kGAIB5BgBoNgwAnLEHAG/eBwAXPAIAY0UCAEcOAADrvQEATgUCAKMFAgDBMgwAFjMMAGszDACq+QYA//kGAFT6BgBOBQIAqEoNAE6xAABVAAAATgUCAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwCVvAMA6rwDAD+9AwDNhwAAGo8BAGuUAADAlAAAFukAAM7ZAgBCvAEApqUJAPulCQBQpgkApaYJAPqmCQBPpwkAa5QAAOYYAQBVAAAAjxEKABc8AgBsPAIAOW8CANx1AwBOBQIAowUCAPgFAgBNBgIA5Q4MADoPDACooQsA/aELAFKiCwB40QsAX0kCALRJAgAJSgIA2HMJAC10CQBHDgAAnA4AALecAQAbjwAAt0gAAOcSBgBV+QYAb94HAGuGDgA9GAAAX0kCALRJAgAJSgIAeNELAM3RCwAXPAIATgUCAFSkBwCMHgAA4R4AADYfAAA9GAAAX0kCALRJAgAJSgIAKHcLALhGAQANRwEA7rkCABqPAQBv3gcAa4YOAE6xAAAgLQgATgUCAB0sDAA4ZgwARw4AAHaHAgBOBQIAqKELABvZCwBw2QsASl4CAINyCgCSGAAA09YAAFX5BgBy1Q0AG48AAFUAAABOBQIAowUCAPgFAgBNBgIA5Q4MADoPDACiBgIAEEIDAFX5BgDLMgIA8v4OACAtCADNhwAAt48OAD0YAABrlAAADO0GAEcOAADLMgIAkAsPAOULDwAXPAIAY0UCAEcOAACcDgAAt5wBAO65AgB70AkAb94HAMTeBwCcsQcAb94HABc8AgBjRQIARw4AAOu9AQCMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAf2AgBU/gIAX0kCALRJAgAJSgIA8q0KAEeuCgCcrgoA8a4KAEavCgCbrwoA8K8KAEWwCgCasAoA77AKAESxCgCZsQoA7rEKAEOyCgCYsgoA7bIKAEKzCgCXswoATgUCALo5DACcDgAAjRQJAOIUCQA3FQkAjBUJANjICQCk+woA+fsKAE78CgBFBAwAFukAAM7ZAgDdFwsARw4AAHaHAgDLhwIA4xoCALecAQBtOQQAzdkDAN8eAgBOBQIAaDYMAJ5bBgB40QsAa5QAANPWAABOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAB/YCAEK8AQCmpQkA+6UJAFCmCQClpgkA+qYJAE+nCQCkpwkA+acJAPKuCQAAAAAAAAAAAAAAAADrtQkAQLYJAJW2CQDqtgkAP7cJAJS3CQDptwkAPrgJAAAAAAAAAAAAk7gJAOi4CQA9uQkAyzAEADLHBgCHxwYAowUCAMEyDAAWMwwAazMMAAf2AgDsDwQAQRAEAA/hDwBk4Q8AueEPAA7iDwDNhwAA4xoCALecAQCvQQ8AowUCAKX8CAD6/AgAT/0IAHjRCwDN0QsAItILAHfSCwDM0gsAIdMLAHbTCwDL0wsAa5QAAD0YAACSGAAAa5QAAD0YAAA9GAAAkhgAAGuUAAA9GAAAt0gAAAf2AgBU/gIAqf4CAL6MCgATjQoAaI0KAL2NCgASjgoAZ44KAKMFAgCl/AgA+vwIAE/9CABdlA4AFzwCAE4FAgAiJwwAdycMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANx1AwBOBQIAOQ4OAAf2AgAAAAAATgUCAOMaAgA4GwIA2SYAANkmAAAuJwAAwJQAABeFDgBvjwEAQhECAE4FAgCoSg0A5xIGADwTBgCREwYAb94HAE4FAgBdlA4AWpwJALdIAABOBQIAaDYMANkmAAC3SAAALMkKAEUEDAAxcgcAPr8CAJO/AgAH9gIAaDYMAC11CACCdQgA13UIAOMaAgAYjAYAbYwGAMKMBgAXjQYAbI0GAJW5BgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwBAvAMAT1EKAKRRCgBoNgwAvTYMABI3DABnNwwAC+wIANPWAABv3gcA1m8PALecAQCvQQ8APRgAAJIYAAARQwEA2SYAAMEyDAAWMwwAazMMAMAzDABAvQIAwJQAABbpAADO2QIAVP4CAKn+AgC+jAoA5hgBADsZAQBnOAsAvDgLABE5CwBmOQsAeNELAF9JAgC0SQIACUoCAG/eBwDmGAEAOxkBAGc4CwC8OAsAETkLAGY5CwB40QsAX0kCALRJAgAJSgIAb94HAOYYAQA7GQEAZzgLALw4CwAROQsAZjkLACh3CwB9dwsA0ncLACd4CwB8eAsA0XgLACZ5CwC3nAEADJ0BAFqiAwCvogMATgUCABuPAAAXPAIAt5wBANhzCQAtdAkARw4AAJwOAAC3nAEA7rkCAHvQCQCooQsAHTQEAHI0BADHNAQAHDUEAHE1BABOBQIA3RcLADIYCwC3SAAAazoFANx1AwBOBQIAowUCAMEyDAAXPAIATgUCACh3CwB9dwsA0ncLACd4CwB8eAsA0XgLACZ5CwAsJwIAgScCAMmIAwAeiQMAc4kDAMiJAwCjBQIAwTIMABYzDABrMwwAwDMMAKihCwCq+gUA//oFAKihCwD9oQsAUqILAKeiCwCeWwYAKHcLAH13CwDSdwsAJ3gLAHx4CwDReAsAJnkLAMsyAgAxzQEARw4AAJwOAADmGAEAF44FALJLAgBOsQAAIC0IABqPAQBvjwEAQhECAE4FAgAodwsAfXcLANJ3CwAneAsAfHgLANF4CwAmeQsAowUCAMEyDAAXPAIATgUCAPAOAQCAyAwA6bEPAD6yDwB40QsAzdELACLSCwB30gsAKHcLALhGAQBjRQIAuEUCAKX8CADtBA4Aa5QAAG/eBwBOBQIA09YAABqPAQCq+gUADEkAAE4FAgAAAAAATgUCAF2UDgAXPAIATgUCAAjqDQAAAAAATgUCAF2UDgAXPAIATgUCAAjqDQBd6g0A5Q0NAJ5bBgAiJwwAa4YOAMCGDgAj1AgAr5cOAASYDgBrhg4APRgAAE6xAABVAAAAqgAAAM57CwAjfAsAeHwLAM18CwAifQsA5hgBABeOBQC3jw4AA/sBAM2HAAAtdQgAgnUIACKIAABKXgIA8bIGAM0lDQB4fQoAHSwMAHIsDADHLAwAHC0MAHjRCwDN0QsAItILAHfSCwDjGgIAR6oOAGuUAAA9GAAATgUCAKMFAgDBMgwAFjMMAGszDADAMwwAqKELAP2hCwBdkw8AspMPAAeUDwBclA8AsZQPAK9BDwBv3gcAyzICAE4FAgCoSg0AazoFANx1AwBOBQIAqEoNAGOPDQBqiQwAqKELAP2hCwBdkw8AspMPAAeUDwBclA8AsZQPAKihCwCq+gUAB/YCAFT+AgDpsQ8APrIPAJOyDwCooQsA/aELAF2TDwCykw8AB5QPAFyUDwCxlA8AKHcLALecAQCvQQ8AzYcAAJLBAQCMHgAA2HMJALKXCwAHmAsATgUCAEwJAAA9GAAA6bEPAD6yDwCTsg8AqKELAP2hCwBdkw8AspMPAAeUDwBclA8AsZQPABuPAABwjwAAt0gAAOcSBgA8EwYAkRMGAGuUAADAlAAAFukAAM7ZAgC3nAEADJ0BAFqiAwCvogMATgUCAFSkBwCPZAwATrEAACAtCABOBQIAowUCAKX8CAD6/AgAT/0IADkODgCODg4AQhECAHh9CgDmGAEATgUCABqPAQBvjwEATgUCAGg2DAC3jw4A3HUDAE4FAgBdlA4A2SYAAE4FAgCoSg0AdyQPAGFJAAC2SQAAnA4AAFqcCQAXPAIATrEAAGuUAAC3nAEADJ0BAHItCwDHLQsAHC4LAOi/AgDcdQMATgUCAKihCwD9oQsAXZMPALKTDwAHlA8AXJQPALGUDwCvQQ8Ab94HAE4FAgBCEQIAeH0KAOYYAQCoSg0AdyQPAGFJAABCEQIAeH0KAOYYAQBHDgAATgUCAGg2DADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAIicMABc8AgAXhQ4A7rkCAHvQCQDQ0AkATgUCAKMFAgDBMgwAFjMMAGszDADAMwwAowUCAMEyDAAXPAIATgUCADHNAQBv3gcA4xoCAE6xAAD3pQ0AkhgAABFDAQDZJgAAwTIMABYzDABrMwwAwDMMAEC9AgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAMXIHAKOxAAAveQIAhHkCANl5AgBv3gcAa4YOANkmAADZJgAAwTIMABYzDABrMwwAwDMMAEC9AgDAlAAAFukAAM7ZAgC9NgwAt0gAAOcSBgCsnAwAOcUBACKIAABHWgkAG48AABc8AgCoSg0AY48NAGqJDACjBQIApfwIAJyrDQCdYAIAgNEDANXRAwAq0gMAf9IDANTSAwAp0wMAftMDANPTAwDjGgIAR6oOANhzCQAtdAkARw4AAJwOAAC3nAEA7rkCAHvQCQBv3gcAB/YCAD0YAACSGAAAEUMBADYdAgDmDgsAOw8LAJAPCwDlDwsAowUCAAo8DwBwjwAAMxYMALdIAADnEgYAVfkGAByFCQC3SAAALMkKAD0YAABHDgAAv5QBAFX5BgAchQkAzdkDACLaAwDYcwkALXQJAAAAAAAbjwAAGo8BABc8AgBjRQIAIicMABc8AgAXhQ4A7rkCAHvQCQBOBQIAlhICAOsSAgCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAAf2AgDYcwkALXQJAAAAAAAbjwAAGo8BABc8AgBjRQIASLIFAE4FAgDmGAEAOxkBAGc4CwC8OAsAETkLAGY5CwAodwsAuEYBAA1HAQDuuQIAGo8BAG/eBwBrhg4ARw4AAE4FAgAodwsAfXcLANJ3CwAneAsAfHgLANF4CwAmeQsARw4AAFUAAAAj1AgACZsGANkmAAA5xQEAjsUBAOPFAQA5Dg4ARw4AAHaHAgAsyQoAgckKABXjBwCrUwEAQlwMAAf2AgBCEQIA5hgBABXjBwA9GAAAt0gAAM2HAACySwIA5xIGAFX5BgAchQkATgUCAKMFAgD4BQIAOMcAALecAQBHDgAAjB4AAK3xCwDbxAoA4xoCABiMBgCySwIAzYcAAC11CABOBQIA3RcLAP2eDgBSnw4Ap58OAC11CAAH9gIASl4CAKH9CwD2/QsAS/4LAKD+CwAajwEAY5oCALiaAgANmwIAa5QAAM2HAAA4uQ4ATgUCAF2UDgBanAkAt0gAAE4FAgBdlA4A2SYAAE4FAgDmGAEAFeMHAGrjBwA7GQEAFzwCAMCUAADmGAEATLIBAKGyAQBfSQIAaI8IACzJCgBv3gcATgUCAOMaAgDcdQMATgUCAGg2DAC3jw4AkhgAABFDAQAMSQAAYUkAAM+CAwBOBQIAKHcLALhGAQANRwEARVkMAJpZDADvWQwAQhECAJcRAgBdlA4ActUNAOUODAA6DwwALMgLAIHICwBOBQIAowUCAPgFAgCm+AsA+/gLAFD5CwCl+QsA+vkLAE/6CwCk+gsA+foLACh3CwB9dwsAOW8CAAjsCwCMHgAA3RcLAP2eDgBSnw4Ap58OAE6xAAA+vwIA/UgPAEIRAgC/jAkAFI0JAKihCwD9oQsAUqILAPCuCwBFrwsAzCQPAGNFAgCtogUAnLEHAE4FAgAAAAAAgxsMAE4FAgC/jAkAzYcAALePDgBv3gcAt5wBAK9BDwBv3gcA3RcLAB2ADQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDLMgIAB/YCAIwbAwDhGwMANhwDAPJfAwBHYAMAnGADAPFgAwBGYQMAaDYMALJLAgBoNgwAsksCAAAAAAAjJgwATgUCAG/eBwBPUgkABu0MAFvtDACw7QwABe4MAAf2AgDjGgIA3HUDALdIAAAsyQoABPkCACAtCADNhwAAOW8CAL+MCQDNhwAAksEBAE4FAgCjBQIA+AUCAE0GAgCiBgIA/Z4OAFKfDgCnnw4APRgAALdIAADNhwAABvgBAE4FAgDdFwsA/Z4OAFKfDgCnnw4AVfkGAFqcCQBwjwAA67wCACInDABrhg4At0gAACzJCgAJmwYAt0gAACzJCgDNhwAAOW8CAGNFAgAiJwwAa4YOALdIAAAsyQoACZsGALdIAAAsyQoARw4AAL+UAQAUlQEAaZUBAL6VAQBO+wsAo/sLAE4FAgDjGgIA3HUDAE4FAgBUpAcAv5QBABSVAQBplQEAvpUBAFUAAAC4RgEADUcBAOYYAQBMsgEAzdkDAIweAADhHgAAY0UCADHNAQA5wQUACZsGALdIAADnEgYAVfkGAOYYAQAXjgUAGo8BAG+PAQBsPAIAIogAAGuUAADjGgIAzYcAACKIAABKXgIATgUCAOYYAQA7GQEARw4AAHaHAgBOBQIA2HMJAC10CQDPgwIADZEMAD0YAAC3SAAATgUCAMqFBQA+vwIAk78CAOi/AgA9wAIAt5wBAM2HAACSwQEAdocCAA2ZBAAodwsAuEYBAA1HAQBFWQwAmlkMAO9ZDABEWgwATgUCAMqFBQAfhgUAPl4OAJNeDgDoXg4APV8OAJJfDgDnXw4ATgUCANPWAAAajwEAqvoFAAxJAABOBQIA3RcLAB2ADQBygA0Ax4ANAP/6BQDKhQUAH4YFACKHAQAxcgcAa5QAAEcOAADrvQEAyzICAE74DgCj+A4AQlwMAJdcDAAajwEAqvoFACzJCgBv3gcATgUCANPWAAAajwEAqvoFAAxJAABOBQIAyoUFAB+GBQAihwEAd4cBABuPAADjGgIAt0gAACzJCgDYcAwALXEMAMUtDQDZJgAAOcUBAI7FAQDjxQEA6GAMAD1hDACSYQwA52EMADxiDABV+QYAVfkGAHLVDQCoSg0A5xIGADwTBgCREwYAb94HAE4FAgBdlA4AWpwJALdIAABOBQIAqKELAP2hCwBdlA4A2SYAAGuUAABv3gcAa4YOAG/eBwBOBQIAqEoNAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAKf5CQAzawwAiGsMAEcOAAB2hwIAqEoNAOcSBgA8EwYAkRMGAG/eBwBOBQIAXZQOAFqcCQC3SAAATgUCAKihCwD9oQsAAfwCAAuVCgBSSw0AgnEMANdxDAAscgwAgXIMANZyDAArcwwAgHMMANVzDAAqdAwAf3QMAB6ADABzgAwAyIAMAB2BDAAB/AIA5xIGADwTBgCREwYA5hMGADsUBgCQFAYAp/kJAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBoNgwA2SYAALdIAAAsyQoARQQMAKhKDQBjjw0AaokMAOMaAgBHqg4AaDYMALePDgAMkA4AqKELAP2hCwBdkw8AspMPAAeUDwC3jw4ATrEAAGuUAABdlA4A2SYAAE4FAgDdFwsA/Z4OAFKfDgCnnw4ATgUCAHjRCwDN0QsAItILAHfSCwCLHQIAHYANAHKADQDN2QMA3RcLAB2ADQBygA0AzdkDAHjRCwDN0QsA5xgAAN0XCwD9ng4AUp8OAKefDgD9ng4AUp8OAKefDgBrlAAAGo8BAO65AgB70AkATgUCABuPAABwjwAAHeEBAHLhAQDH4QEAHOIBAHHiAQDG4gEAG+MBAHDjAQAOkAwAY5AMALiQDABOBQIAG48AAHCPAADT1gAAgiYCANcmAgAsyQoAb94HAE4FAgDdFwsAHYANAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANkmAAAuJwAAwJQAABbpAADO2QIAQhECAJcRAgBv3gcATgUCAHjRCwDN0QsAItILAHfSCwCLHQIAHYANAPcGAgBMBwIAoQcCAPYHAgBOBQIAVKQHAI9kDABOsQAATrEAAGuUAABHDgAA09YAAIImAgBgPA4AtTwOAHjRCwDN0QsAItILAHfSCwCLHQIAHYANAPcGAgBMBwIAoQcCAPYHAgBLCAIAHYANAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABBCAwAAAAAAPRgAABBCAwBlQgMAqEoNAGOPDQBqiQwAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAIicMAHcnDACkUgkAXZQOAKr5BgD/+QYAKHcLABqPAQBvjwEAVKQHAJhZDgDtWQ4AOW8CANhzCQAtdAkAraIFAAKjBQCPZAwATrEAAE6xAABrlAAAa5QAAOMaAgBHqg4AaDYMAOMaAgC3nAEAraIFAJyxBwBOBQIAKHcLALhGAQANRwEA7a8NAEKwDQCXsA0A7LANAEGxDQBdlA4A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAHjRCwAD+wEAAFMCAOcSBgBrlAAARw4AAE4FAgBdlA4A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAHjRCwAD+wEAAFMCAD0YAACSGAAA+FUHAGuUAAC3SAAAEEMCAGVDAgC6QwIA8A4BAANOBABdlA4A4xoCADHNAQA5wQUACZsGALdIAABOBQIAHSwMAHIsDADHLAwAHC0MAHjRCwDN0QsA5xgAAGg2DACySwIAB0wCAFxMAgCxTAIABk0CAFtNAgCwTQIA5hgBABXjBwC3SAAADEkAADhmDABv3gcATgUCAK9BDwBv3gcATgUCAHskCwBV+QYAqvkGALdIAADnEgYAVfkGAByFCQAH9gIAG48AAHCPAADT1gAAKNcAAGw8AgA4uQ4AXvYAAAj2AQB7JAsA0CQLAF2UDgAchQkATgUCAGg2DACeWwYAeyQLAD0YAACSGAAA+FUHAGuUAAB7JAsA0CQLAO65AgBDugIAmLoCAO26AgCooQsA/aELAMSPAQBV+QYActUNAJ9eAgDT1gAAGo8BAKr6BQAMSQAAazoFALKXCwC3SAAADEkAANx1AwAsJwIAgScCANYnAgArKAIAgCgCAKMFAgD4BQIALXUIAEcOAAB40QsAEEIDAGg2DAC6jA4AD40OAGSNDgC5jQ4ADo4OAG+PAQBCEQIArJwMANkmAAAuJwAAwJQAAGNFAgA9GAAATrEAAGuUAAA5Dg4AyScPAGg2DADzqQ0AR1oJABuPAADNhwAALXUIACwnAgCBJwIAcSoPAMYqDwAUMg8AaTIPAL4yDwATMw8AaDMPAL0zDwASNA8ADZkEAKihCwAb2QsAcNkLAHjRCwDN0QsAItILAHfSCwB7JAsAt0gAAGs6BQCylwsAa5QAAHskCwDZJgAAOcUBAC11CABHDgAAjB4AAHskCwDHgQwAazoFALKXCwC3SAAADEkAANx1AwDM0gsA+AUCAC11CABHDgAAItsCAAf2AgAH9gIAGDEMAG0xDADCMQwAFzIMAGwyDAB5JQwAziUMAF2UDgAXPAIATgUCAHjRCwBrlAAAzYcAADlvAgBOBQIA3RcLADIYCwBv3gcATgUCAF2UDgDZJgAATgUCAKihCwD9oQsA6bEPAAufAAAiJwwAC+wIAGuUAABHDgAATgUCAHjRCwDN0QsAItILAHfSCwCLHQIAHYANAHKADQDN2QMAaDYMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAgMwIAspcLAAeYCwBcmAsAsZgLAAaZCwBbmQsAsJkLAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAB/AIA5xIGADwTBgCREwYAb94HAE4FAgBdlA4AWpwJALdIAABOBQIA09YAAIImAgAajwEAqvoFAOcSBgBvjwEAQhECAE4FAgCjBQIAwTIMABc8AgBOBQIAXZQOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCADAlAAAFukAAM7ZAgAD7Q8AWO0PAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQAQhECAEIRAgAXPAIAY0UCAEIRAgDbxAoAsksCACzJCgBrlAAAwJQAABbpAADO2QIAVQAAAP+gCgBUoQoAt0gAAP1KDQBSSw0AOGUNAI1lDQCEbQ4A2W0OAC5uDgCDbg4ARw4AAE4FAgCjBQIA+AUCAE0GAgCiBgIA2HMJAC10CQBHDgAA6GAMALecAQC3SAAATgUCAFSkBwCPZAwAhG0OANltDgAubg4Ag24OAAAAAAAUNA0ATgUCAKMFAgD4BQIATQYCAFjxCwDdFwsA/Z4OAFKfDgCnnw4AHIUJAGuUAABUpAcAjB4AAFtCDQCwQg0ABUMNAE4FAgBdlA4AqEoNAP1KDQABRw0AVkcNAKtHDQAASA0AVUgNAKpIDQBOBQIAXZQOALecAQC3nAEAr0EPAAmbBgC3SAAA5xIGAG+PAQD/AAAAf3IOAEcOAABOBQIA/PUNAGk0DQC3SAAAG48AAFUAAABOsQAAo7EAAC95AgCEeQIA2XkCAOYYAQA7GQEAZzgLALw4CwAROQsAZjkLAM2HAAA5bwIAb94HAAvsCADT1gAAPRgAAE6xAACjsQAAL3kCAIR5AgDZeQIAt0gAACzJCgDYcAwAUKMMAKWjDAD6owwAT6QMAKSkDAD5pAwAjB4AAEcOAAAAAAAAAAAAAAAAAADKhQUAH4YFAHSGBQBMUQ0AoVENAPZRDQBHDgAAnA4AALecAQCvQQ8AyzICALecAQAMnQEAq/AOAG+PAQDZJgAA09YAAIImAgAWhg4ATvgOAMCUAAAW6QAAztkCAG/eBwBrhg4A4xoCADgbAgDGNwIAazoFAFlFDACuRQwA7rkCAEO6AgCYugIAbTkEAG/eBwDE3gcAvd4OAOcSBgBV+QYAHIUJAE4FAgDT1gAAgiYCABaGDgAQQgMAb48BAEIRAgAiJwwAa4YOAMCGDgAVhw4AaocOAL+HDgAUiA4AaYgOAOcSBgBV+QYAHIUJAE4FAgDT1gAAgiYCABaGDgAQQgMAb48BAEIRAgBUpAcAj2QMABqPAQCq+gUALMkKANhwDAAH9gIAqEoNAP1KDQBSSw0AOGUNAI1lDQDiZQ0AN2YNAIxmDQCjBQIA+AUCAE0GAgCiBgIAKnMNAAmdBABenQQA/UwLALKXCwA4wAcAC+wIAFqcCQC3SAAATgUCAAAAAABrhg4AwJQAABbpAABr6QAAAAAAAAAAAABUpAcAj2QMABqPAQCq+gUALMkKANhwDAC0nAQAHSsNAHIrDQBrMQ4AowUCAKX8CAD6/AgAT/0IAAAAAADSdQ0AQrwBANkmAAA5xQEAjsUBAGjqAgAH9gIA3RcLAB2ADQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAMRgMAIYYDADYcwkALXQJADHNAQA5wQUACZsGALdIAADnEgYAVfkGAByFCQBOBQIAqKELAP2hCwCrUwEAQlwMAJdcDADsXAwAQV0MAJZdDADrXQwAQF4MAJVeDADqXgwAP18MAGg2DACeWwYAeNELAM3RCwD4VQcAOQ4OAPBiAgBFYwIAmmMCAO9jAgBOBQIA3RcLAB2ADQBygA0Ax4ANAP/6BQDKhQUAH4YFACKHAQB3hwEApaEOAOYYAQAXjgUAGo8BAG+PAQAQQgMAb48BAEIRAgBOBQIAqKELAP2hCwD4pA0ATaUNAClzDgB+cw4AxDkCAKKlDQANmQQAAAAAAE4FAgAbjwAAcI8AAIIcDADXHAwALB0MAIEdDADWHQwAKx4MAIAeDADVHgwA/Z4OAFKfDgCnnw4A4xoCAEeqDgC3SAAA09YAAGuUAABrlAAAPRgAAE4FAgCoSg0A/UoNAFJLDQBVAAAAqgAAAP8AAAANmQQA+KQNAE2lDQANmQQAt0gAAMQ5AgCipQ0ADZkEAAAAAABOBQIAqEoNAHckDwAajwEAzdkDACLaAwB32gMA/UoNAFJLDQCCcQwA13EMACxyDACBcgwA1nIMACtzDACAcwwA1XMMACp0DAB/dAwAHoAMAHOADADIgAwAHYEMAHKBDABKXgIAof0LAG/eBwA9GAAAX0kCADi5DgD4AwQA3x4CADQfAgBe9gAACPYBAOS/BgA+vwIAk78CAOi/AgAiiAAAFzwCALRCCQBHDgAA670BAG+PAQAQQgMAzdkDAN8eAgD1/gsAb94HAE4FAgCooQsA/aELALdIAAAsyQoA2HAMAC1xDACq+QYA//kGAAxBCAC3SAAAEEMCAF2UDgAchQkATgUCAFSkBwCMHgAAW0INALBCDQAFQw0A1SgCAM2HAAAtdQgAgnUIANd1CADKhQUAPr8CAJO/AgDovwIA4xoCAM2HAAAiiAAAt5wBAM2HAABKXgIA/54MAFSfDACpnwwA/p8MAFOgDACooAwA2HMJALKXCwD4WQMATVoDAEUEDAAW6QAAspcLAFUAAAC3SAAALMkKAAAAAAAAAAAAAAAAAOMaAgBHqg4A2SYAAMEyDAAXPAIAY0UCAGg2DAAtdQgAgnUIAEwJAAChCQAAHSwMADhmDACNZgwAzYcAANkmAAC3SAAALMkKAEUEDABOBQIAaDYMAC11CACCdQgATAkAAKEJAAAdLAwAOGYMAI1mDADdFwsAzYcAACKIAAAgLQgATAkAAKEJAAAdLAwAOGYMAI1mDADdFwsAzYcAACKIAAAgLQgATAkAAKEJAAAdLAwAOGYMAI1mDABtOQQAb48BAL+UAQBvjwEAI9QIAK+XDgAEmA4AWZgOAK6YDgAAAAAAowUCAPgFAgBNBgIAzs4NACPPDQBOBQIAqEoNAP1KDQBSSw0AazEOAEpeAgAAAAAATgUCAKhKDQD9Sg0AUksNAGsxDgBUpAcAj2QMABqPAQCq+gUALMkKANhwDAAodwsAfXcLAF1ADQCjBQIA+AUCAE0GAgDKhQUAPr8CACjVAgBOsQAAa5QAAAztBgC3nAEAr0EPAG/eBwAPjg0AZI4NALmODQAOjw0AY48NALiPDQAiJwwA1m8PACtwDwBsPAIAsksCAOcSBgBV+QYAHIUJANUoAgDmGAEARw4AAKhKDQD9Sg0AUksNAGsxDgAodwsAfXcLAF1ADQCjBQIA+AUCAE0GAgBUpAcAj2QMABqPAQCq+gUALMkKANhwDADLMgIAyzICALPpDQBOBQIAowUCAPgFAgBNBgIAogYCAP2eDgBSnw4Ap58OAKMFAgAXPAIAtEIJAOYYAQBdlA4ActUNAKihCwBCEQIAPRgAAJIYAAAXPAIAY0UCAEiyBQBOBQIAG48AAHCPAAAzFgwAiBYMAN0WDAAyFwwAhxcMANwXDAB6eA0AW+wNALDsDQAF7Q0AFDQNACDeAQBbQg0AsEINAAVDDQBOBQIAHSwMADhmDACNZgwAAUcNAFZHDQCrRw0AAEgNAFVIDQCqSA0ATgUCAB0sDAA4ZgwAjWYMAM2HAAAiiAAAIC0IAE4FAgBUpAcAjB4AAFtCDQCwQg0ABUMNAE4FAgAdLAwAOGYMAI1mDACoSg0A/UoNAAFHDQBWRw0Aq0cNAABIDQBVSA0AqkgNAE4FAgAdLAwAOGYMAI1mDAAAAAAABvgBALdIAAAbjwAAFzwCAGNFAgA5Dg4AVQAAAKoAAACMGwMA4RsDADYcAwCLHAMA3RcLAB2ADQD3BgIATAcCAKEHAgD2BwIASwgCAO0QAgDYcwkAspcLAMqFBQAfhgUAdIYFAHjRCwBfSQIAtEkCAAAAAAA5Dg4Ajg4OAMknDwCjBQIA+AUCAE0GAgBY8QsAKHcLAH13CwBdQA0AB/YCAG4tDwAPjg0AZI4NAAf2AgBOBQIAG48AAHCPAAAQQgMAqvoFAP/6BQAxzQEA3hMOAFUAAAAajwEAqvoFACzJCgBFBAwA7rkCABqPAQBvjwEA+FkDAM2HAADNJQ0AeH0KACh3CwC3nAEAzYcAALJLAgDZJgAAwTIMABc8AgDmGAEATgUCAFSkBwCPZAwAGo8BAKr6BQAsyQoAspcLAAeYCwBOBQIAowUCAKX8CACcqw0A8asNAEasDQCbrA0A8KwNAEWtDQCarQ0AaDYMANkmAAC3SAAALMkKAEUEDADL0A4AINEOAHXRDgDK0Q4AH9IOAHTSDgAI7AsATgUCAKMFAgDBMgwAFjMMAGszDABUpAcAD44NAGSODQC5jg0ADo8NAJhZDgDtWQ4AOW8CALdIAAAsyQoAaDYMAOMaAgBV+QYAFzwCALdIAAAsyQoAj2QMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAAo8DwD4BQIATQYCAKIGAgDFLQ0AGi4NAG8uDQDBMgwAFjMMAGszDABUpAcAD44NAGSODQC5jg0ADo8NAJhZDgDtWQ4AOW8CALdIAAAsyQoAaDYMAOMaAgBV+QYAFzwCALdIAAAsyQoAj2QMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAAo8DwDELg0AGS8NAG4vDQCSwQEATgUCAAAAAABOBQIAowUCAPgFAgBNBgIA5Q4MADoPDAAAAAAA2HMJALKXCwAHmAsAB/YCAN0XCwAM7QYAYe0GADi5DgD4AwQAjB4AAG/eBwAH9gIAGo8BAG+PAQDZJgAAwTIMAM7ZAgBo6gIAveoCAKhKDQD9Sg0AUksNAGsxDgDAMQ4Asj8OAAdADgBcQA4AowUCAPgFAgBNBgIA5Q4MADoPDADdFwsA/Z4OAFKfDgCnnw4AogYCACpzDQAJnQQAXp0EAKP8CgAdgA0AD+EPAGThDwC54Q8ADuIPACh3CwC3nAEAr0EPAM2HAACSwQEAjB4AANhzCQAtdAkAgnQJAA1GAgA5Dg4AIN4BAHXeAQBCvAEAv4wJAPX+CwAM7QYAgiYCABaGDgAQQgMAb48BAEIRAgBo6gIAveoCAKhKDQD9Sg0AUksNAGsxDgDAMQ4Asj8OAAdADgBcQA4AdocCAMuHAgC3jw4Ab94HAMTeBwA5bwIAb94HANUoAgBV+QYAWpwJAGuUAADAlAAAFukAAM7ZAgB/1AEA1NQBALecAQCvQQ8At0gAACzJCgCoSg0AzYcAAJLBAQD4pA0AGo8BAGOaAgBv3gcATgUCAKMFAgD4BQIATQYCAKIGAgBUpAcAj2QMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAAo8DwAwbQ0AhW0NANptDQAvbg0AhG4NADkODgCODg4A4w4OAJhZDgA1Zw4AimcOAN9nDgA0aA4ALm8NAINvDQDYbw0ATgUCAE4FAgAH9gIA5hgBAOYYAQAXjgUAOW8CANx1AwBOBQIABvgBAFv4AQCw+AEABfkBAFr5AQCv+QEAPRgAAGuUAAC3SAAAPMIBAG/eBwBVAAAAI9QIAG/eBwC3SAAAzYcAAC11CABOBQIAqEoNAP1KDQBSSw0AazEOAPgFAgBNBgIAogYCAFSkBwCPZAwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAACjwPANPWAACCJgIAYDwOAGuUAADAlAAAY0UCAKhKDQD9Sg0AUksNAE6xAADNhgEAf9QBANTUAQC3nAEAr0EPALdIAACoSg0A/UoNAFJLDQBoNgwAuowOAA+NDgBkjQ4AuY0OAA6ODgBjjg4AuI4OAA2PDgAH9gIAAAAAAAAAAAAajwEAzdkDAPikDQA5bwIAa5QAAFUAAAC4RgEAY0UCAM+DAgA+vwIAsksCACzJCgBOsQAAAAAAAKMFAgD4BQIATQYCAOUODAA6DwwA3RcLAP2eDgBSnw4Ap58OAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQBHDgAALCcCAD0YAABOBQIA3RcLAP2eDgBSnw4Ap58OAF2UDgAxcgcAhnIHANtyBwAwcwcAhXMHANpzBwAvdAcAVfkGALdIAAAMSQAAYUkAAM+CAwBOBQIA3RcLAP2eDgBSnw4Ap58OAD0YAABv3gcAT1IJAG+PAQBCEQIAB/YCAN0XCwAdgA0AAJwOAFWcDgCqnA4A/5wOAEcOAADNhwAAc4YGAFUAAAC3nAEA4xoCAFX5BgAXPAIASl4CAJ9eAgDAlAAAFukAAM7ZAgC3SAAAEEMCAGVDAgC6QwIAnQANAJ0ADQDwDgEAa5QAAMCUAAAW6QAA1SgCACopAgB/KQIA1CkCACkqAgDVKAIA2SYAADnFAQCOxQEALMgLAIHICwAAAAAAAfwCAAuVCgBSSw0AfnQNAPgFAgBNBgIAogYCACwnAgAsJwIAa5QAAM2HAAC3jw4ATrEAABc8AgBjRQIAraIFALJLAgDnEgYAVfkGAByFCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOFzAACySwIA5xIGAM3ZAwDZJgAApfwIAGuUAABv3gcAb94HAGuGDgDAhg4AI9QIAK+XDgAEmA4Aa4YOAD0YAABOsQAA3HUDAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAVQAAAFUAAAC3nAEAbTkEAE6xAAA+vwIAsksCAOcSBgBV+QYAHIUJAE6xAADNhgEAorACAMvQDgAsyQoAq1MBAMjWCwAd1wsAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAD0YAACSGAAA+FUHALdIAABrOgUAWUUMAOZsAgBHDgAAv5QBAGuUAAA9GAAAt0gAAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDbHgYAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALMkKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQC3SAAAzYcAABqPAQBvjwEAa5QAAMCUAAC3nAEAzYcAADjHAABwjwAAMxYMACAtCAB1LQgAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAG05BABvjwEAEEIDAKr6BQDnEgYAzYcAAC11CABtOQQA8GICAM2HAACySwIA5xIGAFX5BgAchQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCySwIAzYcAAM2HAAAiiAAAd4gAAMyIAAAhiQAAdokAABc8AgBjRQIARw4AAJwOAABanAkAFzwCAE6xAABrlAAA2SYAADnFAQCOxQEALMgLAIHICwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEIRAgB4fQoAzX0KADHNAQBv3gcA4xoCAE6xAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GADAfBgCFHwYA2h8GAC8gBgCEIAYA2SAGAC4hBgAajwEAY5oCALiaAgANmwIAYpsCALebAgAMnAIARw4AAHaHAgDLhwIAsksCACzJCgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDPJAwAJCUMAGuUAACrUwEAD+EPAGThDwC54Q8ADuIPAGPiDwC44g8ADeMPAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAM8kDAAkJQwATrEAAM2GAQB/1AEA1NQBALecAQCvQQ8At0gAAOcSBgBV+QYAHIUJAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAM8kDAAkJQwA5xIGADwTBgCREwYA5hMGADsUBgCQFAYA5RQGAMt9DAAgfgwAdX4MAMp+DAAffwwAdH8MAMl/DAD+VQEAzyQMACQlDAAbjwAAcI8AADMWDAAgLQgAdS0IAMotCAAfLggAdC4IAMkuCABPUgkAVfkGAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAM8kDAAkJQwARw4AAG3kAwDC5AMAr0EPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAzyQMACQlDAD4AwQATQQEAKIEBAD3BAQATAUEAKEFBAD2BQQASwYEAKAGBAD1BgQASgcEAP5VAQDPJAwAJCUMANkmAAC3nAEA3HUDANPWAACCJgIA3HUDAEcOAABt5AMAwuQDAK9BDwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAM8kDAAkJQwAmwsEAPALBABFDAQAmgwEAAf2AgAMSQAAyyUPACAmDwB1Jg8AFzwCALRCCQDT1gAAgiYCAOMaAgC3nAEATgUCAN0XCwAdgA0A9wYCAEwHAgChBwIA9gcCAEsIAgAAAAAATgUCANhzCQAtdAkAz4MCAA2RDABikQwAt5EMAAySDABUpAcA96UNAEymDQChpg0A9qYNAEunDQCgpw0AVKQHAPelDQBMpg0AoaYNAPamDQBLpw0AoKcNAN0XCwAdgA0A9wYCAEwHAgChBwIA9gcCAEsIAgA5Dg4AyScPAGg2DADzqQ0AR1oJABuPAADNhwAAaDYMAPOpDQBHWgkAG48AAM2HAAAtdQgATgUCADkODgDJJw8AHigPAHMoDwDIKA8AHSkPAHIpDwDHKQ8AHCoPABuPAAC3nAEAt5wBAE4FAgAiJwwAdycMAMwnDAAhKAwAF4UOAG+PAQBCEQIATgUCAKihCwCq+gUALMkKAIHJCgBHDgAAa5QAANkmAAC3SAAATgUCAMqFBQAfhgUAdIYFAHgkDgDNJA4AIiUOAHclDgBCEQIAv4wJABSNCQBOBQIAyoUFAB+GBQB0hgUAeCQOAM0kDgAiJQ4AdyUOADjHAABHDgAAjB4AAG/eBwBOBQIA4xoCANx1AwAH9gIAIN4BAB4oDwAyGAsAb94HAE4FAgBdlA4A2SYAAE4FAgCooQsA/aELAD0YAABrlAAAwJQAAE4FAgDdFwsAHYANAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQBUpAcAmFkOAO1ZDgAgiAIAdYgCAE4FAgCoSg0AazoFAFlFDACuRQwAA0YMADkODgCODg4AOQ4OAI4ODgDjDg4AOA8OAMqFBQA+vwIA/UgPAFJJDwCnSQ8A/EkPAFFKDwCmSg8A+0oPAFBLDwA5Dg4Ajg4OAGg2DADjGgIAVfkGAO65AgB70AkA3RcLAB2ADQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAIImAgBgPA4AtTwOAKhKDQB3JA8AYUkAAGyQAwB3JwwAFzwCAGNFAgDPgwIAt0gAAE4FAgDKhQUAPr8CAP1IDwBSSQ8Ap0kPAF2UDgDZJgAATgUCAKhKDQB3JA8AYUkAAKMFAgDBMgwAt5wBALecAQAMnQEA09YAABqPAQBvjwEAQhECAE4FAgDdFwsAHYANAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABuPAAAXPAIAF4UOAG+PAQBCEQIATgUCAB0sDAByLAwAt48OAG/eBwC3nAEAbTkEAG+PAQBCEQIATgUCAF2UDgDZJgAATgUCAKhKDQB3JA8AYUkAAOlcDwA+XQ8Ak10PAOhdDwA9Xg8Akl4PAOdeDwA8Xw8AkV8PAOZfDwA7YA8AkGAPAOVgDwAsJwIAgScCABuBDgC3jw4AkhgAABFDAQAMSQAAYUkAAM+CAwBOBQIA3RcLAB2ADQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAXZQOADFyBwCGcgcA23IHADBzBwCFcwcA2nMHAC90BwDkZAwAOWUMAI5lDADjZQwAB/YCAAAAAAAAAAAAAAAAAE4FAgB40QsA6bEPAD6yDwCTsg8AqKELAP2hCwBdkw8AspMPAAeUDwBclA8AsZQPAGg2DACcsQcAb94HANx1AwDNhwAAOW8CAD0YAABOBQIAaDYMAJyxBwBv3gcAKHcLAD0YAADpsQ8APrIPAJOyDwCooQsA/aELAF2TDwCykw8AB5QPAFyUDwCxlA8AaDYMAJyxBwBv3gcARw4AAHaHAgDLhwIALXUIAIJ1CABCEQIAeH0KAOYYAQBOBQIAqKELAP2hCwBdkw8AspMPAAeUDwBclA8AsZQPAOMaAgA4GwIAEJQGAOu8AgC3nAEAr0EPAKihCwD9oQsAXZMPALKTDwAHlA8AXJQPAJcRAgBOBQIAQhECAHh9CgDNfQoAeNELAOmxDwA+sg8Ak7IPAKihCwD9oQsAXZMPALKTDwAHlA8AXJQPALGUDwBVAAAAuEYBAA1HAQDuuQIAGo8BAG/eBwBrhg4AwJQAAAjsCwB2hwIAazoFAFlFDACySwIALMkKAEIRAgDcdQMAB/YCAJsLBADwCwQARQwEAJoMBADT1gAAGo8BAKr6BQAMSQAATgUCAN0XCwAdgA0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgCoSg0AY48NAGqJDADYcwkALXQJAMCUAACylwsAB5gLAE4FAgAodwsAfXcLAF1ADQBVAAAA5hgBAE4FAgDdFwsA/Z4OAFKfDgAAAAAAp58OAD5eDgAR6gQAF44FALePDgBv3gcATgUCAKMFAgD4BQIATQYCAKIGAgDT1gAAGo8BAKr6BQAMSQAATgUCAN0XCwAdgA0AcoANAMeADQD/+gUAyoUFAB+GBQAihwEAgxsMANgbDADYGwwAYpANAEK8AQCmpQkA+6UJAFCmCQACRQ4AV0UOAFUAAAC4RgEADUcBAEVZDACaWQwA71kMAERaDABOBQIAyoUFAB+GBQA+Xg4Ak14OAOheDgA9Xw4Akl8OAOdfDgBtOQQArJwMAAGdDAAJmwYA3HUDAE6xAACjsQAAXO0LALHtCwAG7gsALMgLAIHICwBrlAAAwJQAABbpAADO2QIAQhECAJcRAgDNhwAAdyQPAGFJAADPggMAJIMDAGg2DAC9NgwAEjcMAKhKDQD9Sg0AUksNAH50DQD4BQIATQYCAOUODAA6DwwAY48NAGqJDABUpAcAjB4AAGuUAACoSg0AdyQPAGFJAACjBQIACjwPAF88DwC0PA8ACT0PAFSkBwCYWQ4A7VkOACCIAgB1iAIATgUCAKhKDQBrOgUAWUUMAK5FDADYcwkALXQJADkODgAXPAIAspcLAAeYCwBOBQIA5hgBABeOBQDuuQIAe9AJAMEyDAAXPAIATgUCAOYYAQA7GQEAFzwCAGNFAgCooQsA/aELANkmAADBMgwAFzwCAOYYAQAXjgUAsksCAOcSBgBV+QYAa5QAAAmbBgCKbwYAt0gAAOcSBgBV+QYAHIUJAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAMEyDAAXPAIATgUCAKhKDQDNhwAAksEBAHckDwBhSQAAz4IDACSDAwDMeg4Ay3sOACB8DgB1fA4AowUCAPgFAgBNBgIAzs4NACPPDQBOBQIAqEoNAP1KDQBSSw0ABPkCAI8XBAApywsAfssLANPLCwAozAsAfcwLANLMCwAnzQsAfM0LACjUAwB91AMAPl4OAJNeDgAY5QIAbeUCAK9BDwDnwQEAMRQQAIYUEAB2hwIA3HUDANx1AwBAvgEABj8QACxtEQBv3gcAFz4AANsUEAAwFRAABj8QAPj3DwBfSwAAv9kRACxtEQBv3gcALG0RACxtEQBv3gcABj8QADhhEQAsbREAv9kRAEIRAgDhHgAA8A4BAL/ZEQDwDgEAtjkQALY5EABv3gcAa4YOAOAfAADwDgEA4scAAEiyBQCo8g8AqPIPACxtEQBIsgUALG0RAFtCDQA2DxAAiw8QAACaEAAxFBAAhhQQAAjnEAC/2REATAkAAAY/EAA2DxAAiw8QAPAOAQDlChAAsD4RAAU/EQCZVhAAQhECALY5EABdPRAAsj0QADEUEACGFBAAtOUQAOYYAQDJJw8AtjkQAIgSEAC2ORAAHIUJAP+ZEQAAmhAABj8QAD4GEQAsbREATAkAAEwJAAAhJBAAdiQQAMskEAC/2REARw4AAIIYEADXGBAAghgQANcYEACNYhAAv9kRAGqJDABo6gIAb94HACAtCABv3gcAISQQAHYkEAB1eREA8A4BACEkEAB2JBAAdXkRAOEeAAAxFBAAhhQQAAlKAgBOBQIAG9kLAAY/EAAH9gIAt0gAALY5EABjmgIAb94HAAY/EABrPQIAghgQANcYEAC2ORAA2BcQAC0YEACCGBAAGSsRAIIYEAAZKxEAtzcRALY5EAAcKRAAICUQAHUlEADlChAAICUQAAAAAABOBQIAISQQAHYkEAAhJBAAdiQQACEkEAB2JBAALBkQAACaEAAswhEAgcIRAMsyAgDYFxAA5QoQAIIYEADXGBAAyzICAG/eBwBOBQIAv9kRAE4FAgDVwxEAex8QACXJEQAGPxAABj8QAA2ZBAANmQQADZkEAAf2AgAtdQgAR6oOAK2eCQBHqg4AdyUOAHclDgC3SAAAB5cMAA42EQBe9gAARw4AAEcOAADCLRAAdSYPAF72AAC2ORAARw4AAHUmDwC2ORAAtjkQALY5EAC2ORAAtjkQAOUKEADlChAAtjkQALY5EAC2ORAAtjkQALY5EAC2ORAA5QoQAOUKEADlChAAtjkQALY5EAC2ORAA5QoQAOUKEAC8MxAA5QoQAOUKEAC2ORAATgUCAE4FAgC4NxAAHtUMAE4FAgC/2REAFzwCAKalCQBOBQIARw4AAEcOAAC2ORAAtjkQALecAQAlyREAISQQAHYkEAAH9gIABj8QAL/ZEQBHDgAACTwQAE4FAgDpvgIAjB4AANx1AwC/jAkAPRgAAG/eBwC1QggAb94HAI1hEQAGPxAARKoRACXJEQBHDgAAkG0CANPWAADT1gAA09YAAL/ZEQDT1gAAtkcCADi5DgC/2REAkG0CAL/ZEQDvYwIAg2sRAJRaEQDpWhEAV0MQAL/ZEQAoxhEAfcYRAHbcAgDwDgEAv9kRAGqGDwBMCQAAv9kRAFUAAAA9GAAAa4YOAPj3DwDcdQMAcicRAFUAAACDaxEATAkAAEwJAABMCQAABOsQAAY/EAD49w8AdocCANx1AwCgTxAAI9kDAJHAAwBCAhEAaYwKABTaEQCcsQcA5QoQALA+EQAFPxEAmFcQAJS9AwAhJBAAdiQQAHV5EQDiYhAA5QoQAL/ZEQDHiAUAlbwDAK+VEADlChAAtjkQALY5EAAhJBAAdiQQALY5EABdPRAAsj0QAJwOAAAGPxAAT/0IAK9BDwAGPxAAwiwRAMIsEQAGPxAAV0IRAGA6EABS/wMABj8QAJhXEABIsgUAv9kRAE4FAgD49w8Av9kRAE4FAgAGPxAAJckRAF09EACyPRAATgUCAMiHBQDaFBEAeyQLAL/ZEQCQFAYAv9kRAKf5CQAieBAA4B8AAAY/EACYVxAA7VcQAKP2EAC/2REAdocCAK9BDwAGPxAAOGERAF72AADaFBEAr5UQAGY5CwD3sgAA4xoCAOUKEACwPhEABT8RACEkEAALOREAFDQNAF3nEAD49w8ARw4AAPAOAQA5YRAAYeMQALbjEACj9hAAt0gAAOUKEACwPhEABT8RAJhXEADtVxAAo/YQALdIAACj9hAAt0gAAEIDEADYbBAAv9kRAE4FAgC/2REATgUCAAY/EAA4YREAAJoQAAY/EABFVRAAmlUQAO9VEABm3hAATgUCAGqJDADNdxAABj8QALY5EABdPRAAsj0QAHV6EAD2rgUA+PcPAP+ZEQBw2QsAFNoRALY5EAAU2hEAtjkQAL2HEAASiBAAZ4gQAEVVEACaVRAA71UQAERWEACs7RAAvYcQABKIEABniBAAQgMQAPz+BADlChAAsD4RAAU/EQCYVxAA7VcQAE2oCgC/2REAdocCANx1AwC/2REA2hQRAPj3DwANmQQAlbwDACzJCgC2ORAAXT0QALI9EAD49hAA4B8AAOUKEACwPhEABT8RAL/ZEQAH9gIAmFcQAO1XEAB8egkAo/YQALdIAAAUhhAAaYYQAL6GEACYVxAAkBQGABSGEAC2ORAAokwRAOUKEAAU2hEAtjkQAF09EAAU2hEAr0EPAE4FAgAlyREAXT0QALI9EADPfwYABj8QADhhEQC/2REAwDMMAAY/EAC/2READUIGADRlEQDlChAAFNoRAIIYEADXGBAAb94HALHoEAC9hxAAEogQAGeIEAAlyREAXT0QALI9EACgTxAAdocCAK9BDwA0ZREAv9kRAK9BDwBOBQIAGCwRAG/eBwDuuQIANGURAIllEQDeZREAQgMQAPAOAQAGPxAAv9kRAGOPDQD49w8ACOwLAOUKEAA0ZREA5QoQADRlEQC2ORAAFNoRABTaEQAU2hEAtjkQAF09EACyPRAARVUQAJpVEADvVRAA5ggRAJhXEADtVxAA2hQRAOAfAABEVhAAN2MQADRlEQCJZREA3mURADNmEQAlyREAYDoQALnfEQCRXhAA5l4QALnfEQAUhhAANGURAOUKEACwPhEABT8RAOUKEACwPhEABT8RAL/ZEQCrQxEARQQMAL/ZEQCvQQ8Av9kRAFGnBwD49w8ATgUCAEiyBQDwDgEABj8QAFdCEQBgOhAAv9kRAAAAAABv3gcAAAAAAGnaEQAGPxAAV0IRAGA6EAC/2REAAAAAAG/eBwAAAAAAv9kRAL/ZEQB2hwIAv9kRAHaHAgC/2REAdocCAGnaEQC/2REAwiwRABTaEQC2ORAAtjkQAF09EACyPRAABj8QAAAAAAA4YREAaokMAOUKEACwPhEABT8RAKVKEAC/2REAg2sRALdIAACl9BAACzkRAJyxBwCtQREAAkIRAHV5EQDcdQMANGURAIllEQDeZREABj8QAAY/EAC2ORAAXT0QALI9EACMFQkAAAAAANbDEAArxBAAgMQQALVCCACiTBEA90wRAExNEQC/2REAQgMQAEUEDABCuwIAr0EPAAY/EAC/2REAcicRADkSCgBCAxAAv9kRAByFCQAAmhAAISQQAHYkEACCGBAA1xgQAOUKEACwPhEABT8RAPhZAwAGPxAAv9kRAEC8AwC2ORAAtjkQAF09EACyPRAAb94HAOAfAAC2ORAAYTgRALY5EABdPRAAsj0QAM7KEQAAAAAA5QoQALA+EQAFPxEABj8QAJhXEADtVxAA+PcPAAY/EAC+jQkA2hQRAPj3DwCQGQEAAAAAAL/ZEQDaFBEA+PcPAJAZAQAd0hAA5QoQALA+EQAFPxEAV0IRAGA6EAC/2REABj8QALY5EABdPRAAsj0QAL/ZEQDcdQMA2BYRAE4FAgC93BAAtjkQAF72AADiFAkAt0gAAESqEQDcdQMASLIFAL/ZEQDAlAAAwiwRAPhZAwBalRAATgUCAE4FAgAGPxAAdXkRAHrJEQDwDgEAAJoQAE4FAgC05RAAqvoFAJhXEADtVxAAWpUQAG+PAQAd0hAActIQAMfSEABv3gcAAAAAAAAAAAAAAAAAv9kRANoUEQAAAAAAAAAAAAAAAAC05RAAVe8QALdIAABOBQIA8A4BAL/ZEQCDaxEA2hQRAG/eBwC2ORAAr5UQAK+VEAC2ORAAYDoQAGjqAgDI0BEAsD4RAAU/EQCYVxAA7VcQAP+ZEQAlyREAYDoQAA2ZBADlChAAOgsQAA2ZBABrlAAAt0gAAPGxBwC/2REAzYcAAPGxBwAU2hEAUPQQAFqVEAAhJBAAdiQQACwZEACYVxAA7VcQALdIAAC3SAAAIngQAEK8AQCiTBEA90wRAExNEQCj9hAAv9kRANx1AwC2ORAAv9kRAEC8AwCLYxEATgUCALY5EABdPRAAsj0QAPL8EABH/RAADZkEAA2ZBAC/2REAQLwDAEC8AwDIhwUAGCwRAPj3DwAAAAAAv9kRAL/ZEQBrlAAABj8QAEC8AwCrQxEATgUCAL/ZEQA+BhEATAkAAG3dCgBCEQIAjwoRAOQKEQBVAAAAVQAAAJAUBgAGPxAATgUCAL/ZEQC/2REAPRgAAOUKEACwPhEABT8RAAiSEADAMwwAlL0DALY5EABdPRAAsj0QADkODgAhJBAACzkRAG4rEQA+BhEAHIUJAD4GEQA+BhEAb94HAD0YAAAhJBAACzkRAHYkEADlChAABj8QAD4GEQCTBhEA6AYRAP+ZEQAzEREAXTwRALY5EABAvAMABj8QAE6oCQBHrwkAAAAAAK3sEAAC7RAAAAAAAAAAAACSuQkA3McGAMAzDAAGPxAAv9kRAL/ZEQDCLBEAt0gAAAY/EAC/2REAyScPAAY/EADwDgEATgUCAAY/EABVRBEAPRgAALY5EABdPRAAsj0QAL/ZEQBOBQIAv9kRAE4FAgC/2REA8A4BAHghEQDwDgEATgUCAL/ZEQBMCQAAeCERAEwJAACrQxEAHIUJAHghEQAH9gIAAAAAANx1AwAiIhEA3HUDAL/ZEQCrQxEAr+kRAAY/EACv6REAv9kRAK/pEQC2ORAAXT0QALI9EAC/2REAyScPAPAOAQD49w8ARw4AAEcOAAD49w8Ar0EPAKtDEQAH9gIA5QoQALA+EQAFPxEAtjkQAF09EACyPRAATgUCAGNFAgC/2REATgUCAL/ZEQAGPxAALxURAE4FAgBOBQIASLIFANDQCQD/mREABj8QAEwJAAC/2REAeCERAE4FAgCCGBAA1xgQAI1iEADJJw8Al1wMAAY/EAC3SAAA7rkCALdIAAAlyREAXT0QALI9EAAGPxAADzURAG/eBwDcdQMARFoMAAf2AgBfjxEACzkRADjGAQBOBQIARw4AAAAAAAAI7AsAAAAAABkrEQBmMxEAuzMRABA0EQC/2REAJckRAF09EACyPRAATgUCAEwJAAANmQQADZkEAP+ZEQBOBQIA5QoQAE4FAgAGPxAAB/YCAAY/EACbYQMAg2sRAINrEQA5Dg4ABj8QAL/ZEQBOBQIAISQQAHYkEAAlyREAXT0QALI9EAAlyREATgUCAG/eBwC/2REAb94HAGU0EQBO+wsAHIUJAEwJAAD/mREAYpkEADyyEQB3hwEAXvYAAL/ZEQCCGBAA1xgQAJFiDABfjxEAUqILAE4FAgD6SREATgUCAFKiCwB/bxEApEoRAHKBDAAg3gEA5QoQALA+EQAFPxEATgUCAL/ZEQC/2REAJckRAHaHAgB2hwIAJckRACXJEQBv3gcA0h0QACceEAD0TxEAbysQAOUKEAC2ORAAYDoQAOwRAgBoNgwA670BACAlEADlChAAZUIDACDeAQDIhwUA+VIJAFT6BgBCEQIAt0gAAFejBQBv3gcAv9kRAK9BDwAShxEA6b4CAFVTAgDpvgIAVVMCAAVOAgB7JAsAFNoRAEK7AgC/2REATAkAAE4FAgDEKxAAjB4AAGVCAwDVwxEATgUCAL/ZEQD/mREAvNwRAGKZBAC/2REAB/YCAAf2AgAH9gIAB/YCAAY/EAAGPxAAVkMRAGA6EAAEQBEATAkAALdIAAB2hwIAr0EPAOUKEACwPhEABT8RALVCCAC2ORAAXT0QALI9EACYVxAA7VcQALY5EABo6gIAf28RAKRKEQDYbg4AISQQAHYkEADYbg4AaTQNACEkEAASMhEAJckRAGE4EQC/2REATgUCANkmAADZJgAAQhECANUoAgCo8g8AhWkRAJ0ADQA4YREATgUCAL/ZEQBOBQIALXEMAJtTEQAUNA0ATgUCAE4FAgBOBQIAS1INAGGdAQDBMgwAML4RALY5EABCEQIAA0YMADC+EQAH9gIAML4RAAf2AgAGPxAATgUCAE4FAgB/bxEApEoRAL/ZEQAhJBAAdiQQAHV5EQAHmAsATgUCAE4FAgBOBQIAjWIQAE4FAgCHZxEAwDEOAEcOAAAndg0AghgQAAY/EADlChAA2xgMAFKiCwDOyhEAAAAAAFKiCwDUcg4AaoQRANNzDgC/hBEAAJoQAFw9EQAlyREAYDoQAH9vEQBrMQ4AqPIPAACaEABqhBEAAJoQAL+EEQAAmhAAf28RAKRKEQChTREAVQAAAAvsCAC3SAAAIyIQAEcOAABOBQIAUqILAKRKEQBOBQIAbisRAEpeAgBxfREAhL8RANm/EQDcdQMAB5gLAG/eBwBOBQIATgUCAE4FAgC/2REA4mYMAOJmDADiZgwA4mYMAEIRAgBCEQIAA5kOAE4FAgAhJBAAt4wRAH9vEQDXwREATgUCAH9vEQDAMQ4ATgUCACxtEQB5dREAISQQAM51EQBOBQIAcH4RAMV+EQDhtxEAGn8RAE4FAgBOBQIAf28RAMAxDgAsbREAeXURACEkEADOdREATgUCALPpDQCtlhEAISQQAHYkEAAlyREAYDoQAE4FAgBfjxEA/5kRAP+ZEQBe9gAAszsRAAGYEQBdPBEAdd4BAOJmDADiZgwA4mYMAOJmDABOBQIAcX0RAFhCEAAgJRAAcycQAAeYCwB4JA4ACUoCACEkEAASMhEALG0RAAY/EABwfhEABj8QAP+ZEQAH9gIAnQANAJ0ADQBOBQIAwDMMAHB+EQDFfhEAb94HAG/eBwBfPA8AISQQAHYkEADAMwwAcH4RAMV+EQBv3gcAb94HAF88DwCGaBEA22gRACEkEAALOREAtzcRAAAAAAAGPxAAv9kRAAY/EABo6gIAtjkQAH9vEQCxQA4AISQQAAs5EQBFqREAOLYRACXJEQBhOBEAB/YCAHYkEAB1eREALMkKAL/ZEQBiRgIAVQAAADC+EQB/bxEAsUAOALdIAAC2ORAAb94HAE4FAgAhJBAAdiQQAF88DwDjDg4AB/YCAAf2AgBCvAEAQrwBAEK8AQBCvAEAB/YCAAY/EABCvAEATgUCAE4FAgBOBQIAAAAAAAAAAAB/bxEA18ERACEkEAB2JBAAXzwPALU8DgC/2REAf28RACzJCgC/2REAf28RANXDEQAGPxAATgUCAE4FAgDcdQMAPRgAAG/eBwBrlAAATgUCAHF9EQCEvxEA2b8RAC7AEQCDwBEA2MARAC3BEQAH9gIAISQQAAs5EQDWbREAJckRAF09EADYFxAAgScCAIVpEQB/xBEA1MQRACnFEQB+xREAJckRAGA6EACEdAcAJckRAAY/EAB7yBEAB/YCAK9BDwBv3gcAtjkQAP+ZEQDwDgEAOGERAPAOAQA4YREAghgQABkrEQDwDgEATgUCAH9vEQCkShEAISQQAHYkEACBJwIA76kRAO+pEQCBJwIA5QoQAOUKEADlChAAvYcQAOUKEADlChAA5QoQAOUKEACCGBAAGSsRAOUKEAC9hxAA5QoQAK8/EQDlChAArz8RAOUKEACvPxEAokwRAK8/EQDlChAArz8RAOUKEACvPxEAnFMQAK8/EQDlChAArz8RAEVVEACaVRAAyyQQAE4FAgBOBQIAB/YCAAY/EAA9GAAAr0EPACAlEABJUBEAFIURABSFEQAgJRAAdSUQAC11CABo2xEAB/YCAAf2AgBHDgAARw4AAKhHEAAGPxAAdd4BAOUKEAC/2REA4w4OALnfEQDjDg4Av9kRAOUKEAD49w8Av9kRAPj3DwDlChAAsD4RAPj3DwAM4hEAYeIRAOUKEAAH9gIA+0gRAAY/EABOBQIATgUCAE4FAgCv6REATgUCAE4FAgBOBQIAr+kRAE4FAgDXdQgAr+kRAL/ZEQCxlA8ATgUCAE4FAgCv6REABj8QAEVVEACaVRAA71UQAOUKEAD+VQEALG0RAHl1EQBOBQIAJckRAGA6EAAhJBAAdiQQAHV5EQB3hwEALRwMAEOrEQA8shEAr0EPAGkwEQAZKxEAtzcRABQ0DQC2ORAAYTgRABQ0DQC/2REALXUIAKVKEABVRBEAf28RAKRKEQAhJBAACzkRAEWpEQC/2REA+PcPAANGDAA9GAAAv9kRAByFCQAhJBAAdiQQAHV5EQD4pA0ApUoQAN66EQAhJBAAt4wRAH9vEQBrMQ4Av9kRAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAABAAAAAAEAAIAAAwAAAAAEAACAAANIRCEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAABQQAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAgAAAAAAAAAAAAAAAgAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAggAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAQAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIABAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAkAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAQAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAABAAAAAAEAAIAAAwAAQAAEAACAAANIRKEAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAABEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAASAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAIAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAiAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAIABAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABBAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARDEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAwAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAwAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAEAAIAAAwAAAAAEAACAAANARCEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAQAIAAAAAMAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAA"},"index":{"lists":[[11,12,94,96,97,98],[1,2,4,5,6,7,8,11,12,13,14,15,16,17,38,39,40,41,42,45,46,47,48,51,52,53,54,55,56,57,58,59,60,61,62,66,71,72,74,75,76,77,78,79,80,81,82,83,84,85,89,90,91,92,94,96,97,98,102,107,108,135,138,139,141,152,153,154,157,158,159,160,161,162,170,173,183,184,188,189,192,201,202,206,210,212,213,214,215,217,219,220,222,223,226,227,228,229,230,244],[1,2,4,5,6,7,8,11,12,13,14,15,16,17,38,39,40,41,42,44,45,46,47,48,51,52,53,54,55,56,57,58,59,60,61,62,66,67,71,72,74,75,76,77,78,79,80,81,82,83,84,85,88,89,90,91,92,94,96,97,98,102,107,108,114,135,138,139,141,152,153,154,157,158,159,160,161,162,170,173,183,184,185,188,189,192,201,202,206,210,212,213,214,215,217,219,220,222,223,226,227,228,229,230,233,234,235,244],[11,12,64,87,94,96,97,98,191,230,233,250],[11,12,94,96,97,98,126,127,128,236,237,238,239,240,241,242],[4,5,11,12,94,96,97,98],[11,12,63,65,94,96,97,98],[11,12,94,96,97,98,223,243],[8,11,12,76,94,96,97,98,107,108,133,134,223,228,229],[8,11,12,94,96,97,98,126,127,128],[8,11,12,62,69,74,77,81,82,94,96,97,98,118,126,127,128,129,146,161,162,164,168,176,178,184,186,187,188,189,200,207,208,209,216,244],[11,12,24,25,26,32,33,94,96,97,98,106,167,180,222],[11,12,94,96,97,98,130,256],[10,11,12,94,96,97,98],[1,8,11,12,17,94,96,97,98,126,127,128,155,156,169,210,214,215,244],[8,11,12,19,94,96,97,98,126,127,128,132,155,156,210,214,215,244],[8,11,12,15,16,41,94,96,97,98,126,127,128,155,156,192,210,214,215,227,244],[4,8,11,12,27,94,96,97,98,126,127,128,155,156,157,179,210,214,215,232,244],[0,2,7,8,9,11,12,13,15,30,31,34,35,91,94,96,97,98,126,127,128,149,155,156,157,163,166,192,194,210,211,214,215,218,221,224,244,245,248,251,252,255,257],[3,8,11,12,18,21,30,34,35,37,44,47,48,70,73,92,93,94,96,97,98,102,104,110,111,113,119,126,127,128,131,136,139,142,149,155,156,157,165,172,174,175,181,192,193,204,210,214,215,244,253,258],[8,11,12,94,96,97,98,126,127,128,155,156,210,214,215,244],[8,11,12,94,96,97,98,126,127,128,155,156,157,210,214,215,244],[8,11,12,14,94,96,97,98,126,127,128,155,156,210,214,215,244],[8,11,12,94,96,97,98,126,127,128,155,156,210,214,215,244,249],[8,11,12,90,94,96,97,98,126,127,128,155,156,157,210,214,215,234,244,246,247],[8,11,12,85,93,94,96,97,98,105,109,120,126,127,128,151,155,156,196,210,214,215,234,244],[8,11,12,20,44,94,96,97,98,104,112,126,127,128,141,142,155,156,171,210,214,215,244],[7,8,11,12,36,68,94,96,97,98,126,127,128,155,156,157,210,214,215,244],[8,11,12,13,20,50,94,96,97,98,126,127,128,141,155,156,210,214,215,244],[8,11,12,22,23,43,55,94,96,97,98,103,115,117,121,126,127,128,137,143,144,145,147,148,150,155,156,160,177,182,183,195,198,203,205,206,210,214,215,225,231,244],[8,11,12,16,17,58,94,95,96,97,98,126,127,128,155,156,210,214,215,244],[5,8,11,12,94,96,97,98,126,127,128,155,156,210,214,215,244],[8,11,12,20,94,96,97,98,126,127,128,155,156,210,214,215,244],[11,12,94,96,97,98,101,116,122,123,124,125,140,197,199,254],[11,12,66,94,96,97,98],[8,11,12,28,29,94,96,97,98,126,127,128,210,214,215,244],[11,12,38,94,96,97,98],[11,12,39,40,42,45,46,94,96,97,98],[11,12,49,53,54,56,94,96,97,98],[11,12,52,75,94,96,97,98],[11,12,52,94,96,97,98,99,100],[11,12,52,76,78,94,96,97,98],[11,12,52,94,96,97,98],[11,12,57,59,61,75,94,96,97,98,217],[11,12,60,94,96,97,98,159],[11,12,75,94,96,97,98,217],[11,12,76,78,84,94,96,97,98,235],[11,12,78,94,96,97,98],[11,12,83,89,94,96,97,98,217,235],[11,12,86,94,96,97,98,190],[11,12,94,96,97,98,158],[11,12,94,96,97,98,217],[11,12,94,96,97,98,235],[11,12,80,94,96,97,98,220],[11,12,80,94,96,97,98,220,230,233],[11,12,80,94,96,97,98,201,202,220],[4,5,11,12,80,94,96,97,98,220],[11,12,80,94,96,97,98,220,223],[8,11,12,76,80,94,96,97,98,107,108,220,223,228,229],[8,11,12,80,88,94,96,97,98,201,202,220],[8,11,12,62,67,71,72,74,77,79,80,81,82,94,96,97,98,161,162,173,184,185,188,189,201,202,220,244],[11,12,80,94,96,97,98,220,222],[1,6,8,11,12,17,80,94,96,97,98,201,202,210,212,213,214,215,220,226,244],[8,11,12,80,94,96,97,98,201,202,210,212,213,214,215,220,244],[8,11,12,15,16,41,80,94,96,97,98,192,201,202,210,212,213,214,215,220,227,244],[4,8,11,12,80,94,96,97,98,157,201,202,210,212,213,214,215,220,244],[2,7,8,11,12,13,15,80,91,94,96,97,98,157,192,201,202,210,212,213,214,215,219,220,244],[8,11,12,44,47,48,80,92,94,96,97,98,102,135,139,157,192,201,202,210,212,213,214,215,220,244],[8,11,12,80,94,96,97,98,170,201,202,210,212,213,214,215,220,244],[8,11,12,80,94,96,97,98,157,201,202,210,212,213,214,215,220,244],[8,11,12,14,80,94,96,97,98,114,201,202,210,212,213,214,215,220,244],[8,11,12,80,90,94,96,97,98,157,201,202,210,212,213,214,215,220,234,244],[8,11,12,80,85,94,96,97,98,201,202,210,212,213,214,215,220,234,244],[8,11,12,44,80,94,96,97,98,141,201,202,210,212,213,214,215,220,244],[7,8,11,12,80,94,96,97,98,157,201,202,210,212,213,214,215,220,244],[8,11,12,13,80,94,96,97,98,135,138,141,201,202,210,212,213,214,215,220,244],[8,11,12,55,80,94,96,97,98,135,160,183,201,202,206,210,212,213,214,215,220,244],[8,11,12,16,17,58,80,94,96,97,98,201,202,210,212,213,214,215,220,244],[5,8,11,12,80,94,96,97,98,201,202,210,212,213,214,215,220,244],[11,12,66,80,94,96,97,98,220],[8,11,12,80,94,96,97,98,201,202,210,214,215,220,244],[11,12,38,80,94,96,97,98,220],[11,12,39,40,42,45,46,80,94,96,97,98,220],[11,12,53,54,56,80,94,96,97,98,220],[11,12,51,52,75,80,94,96,97,98,220],[11,12,52,80,94,96,97,98,220],[11,12,52,76,78,80,94,96,97,98,220],[11,12,57,59,61,75,80,94,96,97,98,152,217,220],[11,12,60,80,94,96,97,98,159,220],[11,12,75,80,94,96,97,98,217,220],[11,12,76,78,80,84,94,96,97,98,154,220,235],[11,12,78,80,94,96,97,98,220],[11,12,80,83,89,94,96,97,98,217,220,235],[11,12,80,94,96,97,98,153,220],[11,12,80,94,96,97,98,154,220],[11,12,80,94,96,97,98,158,220],[11,12,80,94,96,97,98,217,220],[11,12,80,94,96,97,98,220,235]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,112,113,120,123],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,112,113,120,123],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,112,113,115,118,124],[5,6,12,13,65,67,68,69,75,118],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,119],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,114,117],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,116,122,124],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,121],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,112,113,123],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,120],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,0,0,0,0,3,0,4,0,0,5,5,5,5,5,5,5,5,5,5,0,0,0,0,3,0,0,3,3,2,6,7,3,3,3,3,3,3,3,3,3,3,3,3,3,3,8,3,3,3,3,3,3,3,0,0,0,3,0,3,3,9,3,10,9,3,3,3,3,3,3,3,3,3,3,3,3,3,11,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,3,0,4,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,3,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,3,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
