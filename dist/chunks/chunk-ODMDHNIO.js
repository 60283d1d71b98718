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
} from "./chunk-SNNXFY4J.js";
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
var DERIVED = `{"prefilter":{"key":"rules 274\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"\\\\[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>[\\\\w.:-]{1,255}) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:Connection refused|[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,43,52,54,57,58,152,161,195,207,208,233,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,437,439,440,441,442,443,444,445,448,449,450,452],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,123,50,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12339,"states":13924,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAABV+QYABgAAABc8AgAHAAAAb94HAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAAC/jAkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADcdQMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAAB/YCAB0AAAAAAAAAHgAAANkYDgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAA2ZBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAtD4NACkAAAAAAAAAKgAAAEK8AQArAAAAaOoCACwAAAAxzQEALQAAAHskCwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAABblQ8AMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAACDGwwAPwAAACMmDABAAAAAYjkPAEEAAADvWA0AQgAAAAAAAABDAAAAmVkNAEQAAAAAAAAARQAAAHd7DQBGAAAAcoANAEcAAAAMjREASAAAAAKbDQBJAAAAS6cNAEoAAAApyQ0ASwAAAH7JDQBMAAAA08kNAE0AAABr3A0ATgAAAGfgDQBPAAAAOA8OAFAAAAANjw4AUQAAAGKPDgBSAAAACJQOAFMAAACxlA8AVAAAAAaVDwBXAAAAqgAAAFgAAAD4AwQAWgAAAI8RCgBbAAAAuEYBAF4AAAALnwAAYAAAAP+gCgBhAAAAI9QIAGkAAAB9KwIAbAAAAFL/AwByAAAAFz4AAK0AAAD/AAAAtwAAAIwbAwC5AAAAznsLAAIBAADvABAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAARAEQAP4IAACZARAATgkAAM7ODQBUCQAAoQkAAGEJAABIVwsAZQkAACjKDQBoCQAAOhALAKgJAAD2CQAArgkAADZpCwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAADuARAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAOhgDABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAl7ANAFUOAAC/lAEAVg4AAM8wAABYDgAAqlIDAFsOAAAi2wIAZA4AAG3kAwBnDgAAmK8NAKIOAADxDgAAqw4AAI0UCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAAQwIQAD4YAADawA8APxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAABBCAwCUGAAAMc4AAJUYAABcmwgAmRgAACLTCgCaGAAA5xgAAJwYAAARQwEAnRgAAO1fCACfGAAA+FUHAKEYAAA0wAsAoxgAAJ4FBwCoGAAArk8CAKsYAAD2rQYA6BgAADwZAADqGAAALXcGAO0YAAC94QsAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAJgCEACSHgAA4R4AAJYeAAD7TA0Aox4AAK3xCwD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAADUIGAOgfAAA1IAAAOCAAAEFjBgA8IAAAiiAAAEAgAABGCgUAQyAAAEywAwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAA7QIQANsmAAA5xQEA3iYAAMEyDADiJgAA+0oPAOUmAAAuJwAA5yYAAKX8CABGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAABCAxAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAACXAxAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAADsAxAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AABBBBAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAOsEEAAzPgAAbD4AAHQ+AABABRAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAJUFEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAADqBRAAvEgAAMQ5AgC9SAAAazoFAL5IAAA4wAcAwkgAAAxJAADDSAAALMkKAMVIAADnEgYAy0gAABBDAgASSQAAvDQPABhJAABhSQAAZ0kAAM+CAwBpSQAAPwYQAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAJQGEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAA6QYQAEthAACeYQAAoWEAAPNhAAD2YQAAPgcQAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAACTBxAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAOgHEADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AAA9CBAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AACSCBAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAOcIEACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAADwJEACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAAkQkQAM6HAADUxw4A0IcAAJLBAQDThwAAOW8CANSHAACcsQcA1YcAAJ5bBgDWhwAAOMcAANeHAACySwIA2ocAAFOeDgDchwAAIogAAN6HAAAtdQgA44cAAHOGBgDkhwAAbTANACyIAABHWgkAMYgAAHeIAACDiAAAzIgAAM2IAAA4xAMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAA5gkQAOWOAAA7ChAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAghwMAHyPAAAd4QEAf48AADMWDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAADsswoAdZEAAMORAAB9kQAAfIADAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAAJAKEABxlAAAwJQAAHOUAACt6xEAepQAAAmbBgB8lAAADO0GAH6UAACrUwEAh5QAAJ0ADQDGlAAAFukAANiUAAAVlQAAF5UAAGqVAAAilQAAAKoAAC6VAABkmwAAeZUAAL+VAADOlQAAFJYAACCWAABplgAAbJYAAL6WAADBlgAAE5cAACuXAABolwAAb5cAAL2XAADJlwAAEpgAAB+YAABnmAAAdZgAALyYAADImAAAEZkAABiZAABmmQAAfpkAALuZAADHmQAAEJoAABaaAABlmgAAa5oAALqaAAC/mgAAD5sAABWbAAA6CxAAZpsAALmbAADAmwAADpwAACacAABjnAAAapwAALicAADRnAAADZ0AACWdAABinQAAbp0AALedAAC9nQAADJ4AABKeAABhngAAZp4AALaeAAC8ngAAjwsQACSfAABgnwAAcZ8AALWfAADDnwAACqAAABmgAABfoAAAZ6AAALSgAADUoAAACaEAABWhAABeoQAAcqEAALOhAAC7oQAACKIAAA6iAABdogAAaaIAALKiAAC8ogAAB6MAAA2jAABcowAAaqMAALGjAAC9owAABqQAACGkAABbpAAAXaQAALCkAADBpAAABaUAAA2lAABapQAAaKUAAK+lAACypQAABKYAAAymAABZpgAAZqYAAK6mAACzpgAAA6cAAA2nAABYpwAAYKcAAK2nAACvpwAAAqgAABOoAABXqAAAaKgAAKyoAACxqAAAAakAAAWpAABWqQAAYqkAAKupAACyqQAA5AsQAAWqAABVqgAAX6oAAKqqAADCqgAA/6oAAAKrAABUqwAAXasAAKmrAACqqwAA/qsAAP+rAABTrAAAWKwAAKisAACurAAA/awAAAetAABSrQAAXq0AAKetAACurQAA/K0AABSuAABRrgAAU64AAKauAACvrgAA+64AAAWvAABQrwAAW68AAKWvAAC9rwAA+q8AABCwAABPsAAAVLAAAKSwAACrsAAA+bAAAAWxAAA5DBAAULEAAD6/AgBTsQAAzYYBAFexAACKbwYAWbEAACAtCABfsQAAo7EAAKWxAAAveQIAsbEAAPixAAAEsgAATbIAAAeyAABOqQgAWrIAAKKyAACssgAA97IAAPiyAADqsA8A/7IAAEyzAABTswAAobMAAGezAAD5rwEAprMAAPazAAACtAAAS7QAAE60AACgtAAAqLQAAPW0AAACtQAASrUAAE+1AACftQAAqbUAAPS1AAD8tQAASbYAAEy2AACetgAAp7YAAPO2AAD0tgAASLcAAEm3AACdtwAAorcAAPK3AAD4twAAR7gAAFG4AACcuAAApLgAAPG4AADzuAAARrkAAE+5AACbuQAApbkAAPC5AAD7uQAARboAAFG6AACaugAAp7oAAO+6AAD5ugAARLsAAFK7AACZuwAAqLsAAO67AADwuwAAQ7wAAE28AACYvAAAprwAAO28AADyvAAAQr0AAE+9AACXvQAAn70AAOy9AADtvQAAQb4AAEe+AACWvgAAm74AAOu+AAD1vgAAQL8AAEW/AACVvwAApL8AAOq/AADvvwAAP8AAAFDAAACUwAAAnMAAAOnAAADvwAAAPsEAAErBAACTwQAAsMEAAOjBAADxwQAAPcIAAEnCAACSwgAAlcIAAOfCAADxwgAAPMMAAEjDAACRwwAAmMMAAObDAADuwwAAO8QAAFTEAACQxAAApMQAAOXEAADtxAAAOsUAAD3FAACPxQAAm8UAAOTFAADqxQAAOcYAAFTGAACOxgAAmsYAAOPGAADpxgAAjgwQAELHAACNxwAAmMcAAOLHAADqxwAAe9kAAO7HAAA3yAAARMgAAIzIAACWyAAA4cgAAO/IAAA2yQAARckAAIvJAACNyQAA4MkAAOrJAAA1ygAAQ8oAAIrKAACPygAA38oAAOzKAAA0ywAAPMsAAInLAABEywAA1n0BAIrLAADeywAAjcsAAOhrAQCZywAABqMBAO/LAAAzzAAAPMwAAIjMAACfzAAA3cwAAOvMAAAyzQAAP80AAIfNAACPzQAA3M0AAPvNAADjDBAAOs4AAIbOAACQzgAA284AAObOAAA4DRAAMs8AAIXPAACOzwAA2s8AAOTPAAAv0AAAOtAAAITQAACQ0AAA2dAAAObQAAAu0QAAONEAAIPRAACR0QAA2NEAAOfRAAAt0gAAL9IAAILSAACM0gAA19IAAOXSAAAs0wAAMdMAAIHTAACO0wAA1tMAAN7TAAAr1AAAMdQAAIDUAACM1AAA1dQAAPLUAAAq1QAAM9UAAH/VAACN1QAA1NUAANrVAAAp1gAANdYAAH7WAACF1gAAjQ0QANXWAACCJgIA2dYAACjXAAAt1wAAfdcAADbXAAClqwQAitcAANLXAADp1wAAJ9gAACjYAAB82AAAftgAANHYAADU2AAAJtkAACnZAADiDRAAnNkAANDZAADR2QAAJdoAACfaAAB62gAAfdoAAM/aAADS2gAANw4QACnbAAB52wAAf9sAAM7bAADV2wAAI9wAAEXcAAB43AAAgNwAAM3cAADc3AAAIt0AACTdAAB33QAAiN0AAMzdAADd3QAAId4AAC3eAAB23gAAfd4AAMveAADT3gAAIN8AACTfAAB13wAAg98AAMrfAADU3wAAH+AAACrgAAB04AAAeeAAAMngAADS4AAAHuEAACjhAABz4QAAe+EAAMjhAADK4QAAHeIAACriAABy4gAAhuIAAMfiAADP4gAAHOMAAB3jAABx4wAAc+MAAMbjAADJ4wAAG+QAAB7kAACMDhAAdeQAAMXkAADL5AAAGuUAACHlAABv5QAAd+UAAMTlAADT5QAAGeYAAB7mAABu5gAAe+YAAMPmAADT5gAAGOcAACbnAABt5wAAhOcAAMLnAADL5wAAF+gAAB3oAABs6AAAeOgAAMHoAADI6AAA4Q4QABvpAADO2QIAHukAAGvpAAAj6QAAEeUJAHrpAADA6QAA0ekAABXqAAAj6gAAauoAAHbqAAC/6gAAzOoAABTrAAAe6wAAaesAAHHrAAC+6wAAwesAABPsAAAf7AAAaOwAAHXsAAC97AAAx+wAABLtAAAa7QAAZ+0AAGntAAC87QAAxe0AABHuAAAb7gAAZu4AAHHuAAC77gAA0O4AABDvAAAY7wAAZe8AAH7vAAC67wAAw+8AAA/wAAAZ8AAAZPAAAGzwAAC58AAAxvAAAA7xAAAT8QAAY/EAAGvxAAC48QAAufEAAA3yAAAP8gAAYvIAAGXyAAC38gAAuvIAADYPEAAR8wAAYfMAAGfzAAC28wAAvfMAAAv0AAAT9AAAYPQAAG70AAC19AAAuPQAAAr1AAAS9QAAX/UAAGL1AAC09QAAwPUAAAn2AAAT9gAAiw8QAF/2AACkow0AYPYAALP2AABh9gAAujkMAGj2AAD3pQ0AafYAAO8LBQBt9gAAlhICAG72AABc7QsAgvYAAAj2AQC89gAACPcAABL3AABd9wAAaPcAALL3AAC+9wAAB/gAABT4AABc+AAAZvgAALH4AAC/+AAABvkAABX5AABb+QAAXfkAALD5AAC6+QAABfoAABP6AABa+gAAX/oAAK/6AAC8+gAABPsAABT7AABZ+wAAW/sAAK77AAC8+wAAA/wAABT8AADgDxAAX/wAADUQEAC1/AAAihAQAAv9AABX/QAAYf0AAKz9AAC3/QAAAf4AAA3+AABW/gAAY/4AAKv+AAC1/gAAAP8AAA7/AABV/wAAZP8AAKr/AACs/wAA//8AAAkAAQBUAAEAYgABAKkAAQCuAAEA/gABAAsBAQBTAQEAWwEBAKgBAQC4AQEA/QEBAP8BAQBSAgEAYAIBAKcCAQC4AgEA3xAQAAMDAQA0ERAAagMBAKYDAQC3AwEA+wMBAAcEAQBQBAEAWAQBAIkREACqBAEA+gQBAAIFAQBPBQEAUQUBAKQFAQBUBQEAEpEHAF4FAQD+/AQArQUBAPkFAQCzBQEAvDkKAAMGAQBOBgEAWQYBAKMGAQCvBgEA+AYBAAUHAQBNBwEAVwcBAKIHAQCwBwEA9wcBAAYIAQBMCAEATggBAKEIAQCrCAEA9ggBAAIJAQBLCQEAUwkBAN4REACjCQEA9QkBAAMKAQBKCgEAVwoBAJ8KAQC2CgEA9AoBAPwKAQBJCwEAXwsBAJ4LAQCqCwEA8wsBAAIMAQBIDAEAUwwBAJ0MAQCfDAEA8gwBAP8MAQBHDQEAVQ0BAJwNAQCfDQEA8Q0BAAcOAQBGDgEATg4BAJsOAQCtDgEAMxIQAPgOAQADTgQA/Q4BAIDIDAD/DgEARQ8BAEoPAQCaDwEAoQ8BAO8PAQD7DwEARBABAFEQAQCZEAEAmxABAO4QAQAEEQEAQxEBAE8RAQCYEQEAtxEBAO0RAQAJEgEAQhIBAEoSAQCIEhAAmRIBAOwSAQD1EgEAQRMBAEsTAQCWEwEAoRMBAOsTAQD3EwEAQBQBAE0UAQCVFAEAnxQBAOoUAQD4FAEAPxUBAE4VAQCUFQEAlhUBAOkVAQDzFQEAPhYBAEwWAQCTFgEAmBYBAOgWAQD1FgEAPRcBAE0XAQCSFwEAlBcBAOcXAQD1FwEAPBgBAE0YAQDdEhAAmBgBADITEADoGAEAF44FAOsYAQA7GQEA7xgBANDYAQDyGAEAFeMHAPQYAQBMsgEA+hgBAN0dBQBCGQEAZzgLAEgZAQCQGQEApxkBAOUZAQDqGQEAOhoBAD0aAQCPGgEARBoBAAVKBgBWGgEApVQGAJQaAQAATwYAmxoBAOQaAQDqGgEALScBAPMaAQA5GwEAQhsBAI4bAQCUGwEA4xsBAPEbAQA4HAEAQhwBAI0cAQChHAEA4hwBAO4cAQA3HQEASh0BAIwdAQCbHQEA4R0BAO0dAQA2HgEANx4BAIseAQCVHgEA4B4BAO4eAQA1HwEAOh8BAIofAQCXHwEA3BMQAPIfAQA0IAEAQyABAIkgAQCVIAEA3iABAN8gAQAzIQEAPSEBAIghAQCWIQEA3SEBAOIhAQAyIgEAPyIBANsUEACJIgEA3CIBAOUiAQAxIwEAOyMBAIYjAQCRIwEA2yMBAOcjAQAwJAEAPSQBAIUkAQCPJAEA2iQBAOgkAQAvJQEAPiUBAIQlAQCGJQEA2SUBAOMlAQAuJgEAPCYBAIMmAQCQJgEA2CYBAO8mAQAwFRAASCcBAIInAQCOJwEA1ycBAN0nAQAsKAEAOCgBAIEoAQCHKAEA1igBANwoAQArKQEAMCkBAIApAQCGKQEAhRUQAN4pAQAqKgEANCoBAH8qAQCKKgEA1CoBAOAqAQApKwEANisBAH4rAQCIKwEA0ysBAOErAQAoLAEANywBAH0sAQB/LAEA0iwBANwsAQAnLQEANS0BAHwtAQCBLQEA0S0BAN4tAQAmLgEALi4BAHsuAQCLLgEA0C4BANIuAQAlLwEAMy8BAHovAQCLLwEAhBYQANYvAQDZFhAAKjABAHkwAQCFMAEAzjABAN4wAQAjMQEALDEBAHgxAQB7MQEAzTEBANkxAQAiMgEAKTIBAHcyAQB/MgEAzDIBAOoyAQAhMwEAKTMBAHYzAQCHMwEAyzMBANAzAQAgNAEANzQBAHU0AQCDNAEAyjQBANc0AQAfNQEAJzUBAHQ1AQB4NQEAyTUBAMs1AQAeNgEAITYBAHM2AQB7NgEAyDYBAM42AQAdNwEAKTcBAHI3AQCCNwEAxzcBANA3AQAcOAEAHzgBAHE4AQB9OAEAxjgBAM04AQAuFxAAJDkBAHA5AQBzOQEAxTkBANM5AQAaOgEAJzoBAG86AQCGOgEAxDoBAMw6AQAZOwEAGzsBAG47AQB3OwEAwzsBAM07AQAYPAEAIzwBAG08AQB5PAEAwjwBAM88AQAXPQEAIT0BAGw9AQB6PQEAwT0BANA9AQAWPgEAGD4BAGs+AQB1PgEAwD4BAM4+AQAVPwEAGj8BAGo/AQB3PwEAvz8BAMc/AQAUQAEAKkABAGlAAQB1QAEAvkABAM1AAQATQQEAHkEBAGhBAQBqQQEAvUEBAMpBAQASQgEAIEIBAGdCAQBqQgEAvEIBANJCAQCDFxAAGUMBADYdAgAfQwEAxowCAClDAQBmQwEAaEMBALtDAQDMQwEAEEQBACFEAQBlRAEAakQBALpEAQC+RAEAD0UBABtFAQBkRQEAa0UBALlFAQDBRQEADkYBACxGAQBjRgEAa0YBANgXEAC9RgEADUcBAA5HAQCNug0AHEcBAEVZDAAmRwEAYkcBAGRHAQC3RwEA0EcBAAxIAQAdSAEAYUgBAG1IAQC2SAEAuEgBAAtJAQAUSQEAYEkBABpJAQAFTwEAakkBALVJAQDASQEACkoBABZKAQBfSgEAbEoBALRKAQC+SgEACUsBABdLAQBeSwEAbUsBALNLAQC1SwEACEwBABJMAQBdTAEAa0wBALJMAQC3TAEAB00BABRNAQBcTQEAaE0BALFNAQC3TQEABk4BAAxOAQBbTgEAYE4BALBOAQC2TgEALRgQABRPAQBaTwEAZk8BAK9PAQCyTwEABFABAAdQAQBZUAEAYFABAK5QAQC6UAEAA1EBABBRAQBYUQEAZlEBAK1RAQC5UQEAAlIBAAlSAQCCGBAAXVIBAKxSAQCyUgEAAVMBAAZTAQBWUwEAXFMBANcYEACsUwEA9wYCALVTAQDI1gsAt1MBAADwDwC5UwEAQlwMALpTAQAAVAEADFQBAFVUAQBWVAEAqlQBAGFUAQDdawwAtFQBAP9UAQANVQEAVFUBAFlVAQCpVQEAtlUBACwZEAAAVgEAzyQMAAxWAQAxGAwAIVYBAIEZEAB5VgEAqFYBAM9WAQD9VgEAIVcBAFJXAQBaVwEA1hkQALNXAQD8VwEA/lcBAFFYAQBUWAEAplgBAKtYAQD7WAEACFkBAFBZAQBsWQEApVkBAK1ZAQArGhAAA1oBAE9aAQAHWgEARWQBAFJaAQCkWgEAsFoBAPlaAQD/WgEATlsBAFtbAQCjWwEApVsBAPhbAQAOXAEATVwBAFlcAQCiXAEAqlwBAIAaEAD9XAEATF0BAFRdAQChXQEAol0BAPZdAQD4XQEAS14BAE5eAQCgXgEAo14BANUaEAD6XgEASl8BAFBfAQCfXwEApl8BAPRfAQD8XwEASWABAFZgAQCeYAEAo2ABAPNgAQD9YAEASGEBAFBhAQCdYQEAn2EBAPJhAQADYgEAR2IBAFhiAQCcYgEAoWIBAPFiAQD1YgEARmMBAFJjAQCbYwEAomMBAPBjAQACZAEAKhsQAEpkAQCaZAEAomQBAO9kAQDxZAEARGUBAFNlAQCZZQEAqGUBAO5lAQD6ZQEAQ2YBAEZmAQCYZgEAm2YBAO1mAQD1ZgEAQmcBAExnAQCXZwEAnGcBAOxnAQD0ZwEAQWgBAEtoAQCWaAEAoWgBAOtoAQD5aAEAQGkBAENpAQCVaQEAnWkBAOppAQAFagEAP2oBAEpqAQCUagEAmWoBAOlqAQDsagEAPmsBAEhrAQCTawEApWsBAH8bEAD2awEAPWwBAEdsAQCSbAEAnWwBAOdsAQDvbAEAPG0BAEJtAQCRbQEAk20BAOZtAQD/bQEAO24BAFRuAQCQbgEAnm4BAOVuAQDvbgEAOm8BAFBvAQCPbwEArG8BAORvAQDsbwEAOXABAElwAQCOcAEAkHABAONwAQDxcAEAOHEBAElxAQDUGxAAlHEBACkcEADjcQEAN3IBAEhyAQCMcgEAmHIBAOFyAQDjcgEANnMBADlzAQCLcwEAl3MBAOBzAQDocwEA0xwQAEB0AQCKdAEAlnQBAN90AQDudAEANHUBAFR1AQCJdQEAkXUBAN51AQDydQEAM3YBADh2AQCIdgEAkXYBAN12AQDjdgEAMncBADp3AQCHdwEAlncBANx3AQDhdwEAMXgBAD54AQCGeAEAk3gBANt4AQDneAEAMHkBAD95AQCFeQEAj3kBANp5AQDoeQEAL3oBADR6AQCEegEAkXoBANl6AQDhegEALnsBADF7AQCDewEAj3sBANh7AQDiewEALXwBADd8AQCCfAEAkHwBANd8AQDkfAEALH0BAEN9AQCBfQEAhH0BACgdEADYfQEAK34BADl+AQCAfgEAkX4BAH0dEADcfgEA0h0QAEl/AQB/fwEAj38BANR/AQDWfwEAKYABADeAAQB+gAEAj4ABACceEADagAEAfB4QAC2BAQB9gQEAhYEBANKBAQDUgQEAJ4IBADCCAQB8ggEAhoIBANGCAQDcggEAJoMBADKDAQB7gwEAiIMBANCDAQDagwEAJYQBADOEAQB6hAEAiYQBAM+EAQDRhAEAJIUBAC6FAQB5hQEAhYUBAM6FAQDWhQEAJh8QACiGAQB4hgEAgIYBAHsfEADUhgEAIocBANaGAQCA0QMA2oYBAKKwAgDehgEAqkgNAOOGAQB/1AEALocBAHeHAQCThwEAQbAOAJ+HAQDMhwEA8ocBACGIAQBKiAEAdogBAJyIAQDLiAEA8YgBACCJAQAoiQEAdYkBAJ+JAQDKiQEA44kBAB+KAQAhigEAdIoBAHuKAQDJigEA0YoBAB6LAQAtiwEAc4sBAHmLAQDIiwEA1IsBAB2MAQAkjAEAcowBAH6MAQDHjAEA1IwBAByNAQAmjQEAcY0BAH+NAQDGjQEAyI0BABuOAQAsjgEAcI4BAHOOAQDFjgEA8I4BANAfEAAdjwEAzdkDACSPAQCq+gUAJ48BAG+PAQAqjwEArJwMACuPAQBjmgIAMI8BAB00BAB2jwEAnWACAHmPAQD4WQMAfo8BAGmIDgCKjwEAxI8BAMaPAQAZkAEAKpABAG6QAQB8kAEAw5ABAMqQAQAYkQEAGpEBAG2RAQAdkQEAKn4CACCRAQBRrQEAfJEBAMKRAQDRkQEAF5IBACOSAQBskgEAb5IBAMGSAQDEkgEAFpMBADaTAQBrkwEAd5MBAMCTAQDUkwEAFZQBACOUAQBqlAEAcZQBACUgEADWlAEAFJUBABaVAQCn9wsAF5UBAKj2CwAhlQEAaZUBAGuVAQC+lQEAyJUBABOWAQDPlQEATvsLAByWAQBolgEAbpYBAL2WAQDJlgEAEpcBABmXAQBnlwEAbJcBALyXAQDIlwEAEZgBABSYAQBmmAEAc5gBALuYAQDAmAEAEJkBABqZAQBlmQEAe5kBALqZAQC8mQEAD5oBABmaAQBkmgEAc5oBALmaAQDEmgEAeiAQABqbAQBjmwEAcJsBALibAQDGmwEADZwBABmcAQBinAEAaZwBAM8gEAC8nAEADJ0BAMOcAQCgUA8AxZwBAG05BAAOnQEAWqIDABGdAQBq4AoAG50BAHItCwAjnQEAYZ0BAG+dAQC2nQEAw50BAAueAQATngEAYJ4BAGqeAQBsjAcAcJ4BALWeAQC3ngEACp8BABifAQBfnwEAcJ8BACQhEAC7nwEAeSEQAA6gAQBeoAEAZKABALOgAQC7oAEACKEBABGhAQBdoQEAYKEBALKhAQC+oQEAB6IBAA2iAQBcogEAZKIBALGiAQDQogEAIyIQAAijAQBbowEAaaMBALCjAQDBowEAeCIQAAykAQDNIhAAX6QBAK+kAQC1pAEABKUBAAylAQBZpQEAYqUBAK6lAQCxpQEAA6YBAA+mAQBYpgEAXqYBAHcjEACvpgEAAqcBAAunAQBXpwEAYacBAKynAQC3pwEAAagBAA2oAQBWqAEAY6gBAKuoAQC1qAEAAKkBAA6pAQBVqQEAZKkBAKqpAQCsqQEA/6kBAAmqAQBUqgEAYqoBAKmqAQCuqgEA/qoBAAurAQBTqwEAW6sBAKirAQC4qwEA/asBAP+rAQBSrAEAYKwBAKesAQC4rAEAzCMQAAOtAQAhJBAAWq0BAKatAQCprQEA+60BAAeuAQBQrgEAVq4BAKWuAQCyrgEA+q4BAPyuAQBPrwEAZa8BAKSvAQCwrwEAdiQQAAWwAQBOsAEAVLABAKOwAQCmsAEA+LABAAaxAQBNsQEAUrEBAKKxAQCvsQEA97EBAP+xAQDLJBAAWbIBAKGyAQCvsgEA9rIBAAyzAQBLswEAVLMBAKCzAQC2swEA9bMBAP2zAQBKtAEATbQBAJ+0AQCotAEA9LQBAPW0AQBJtQEASrUBAJ61AQCjtQEA87UBAPm1AQBItgEAUrYBAJ22AQCptgEA8rYBAPm2AQBHtwEAT7cBAJy3AQCetwEA8bcBAPK3AQBGuAEAVLgBAJu4AQCjuAEA8LgBAAu5AQBFuQEAUbkBAJq5AQCguQEA77kBAPK5AQBEugEAUroBAJm6AQCeugEA7roBAPu6AQBDuwEAS7sBAJi7AQCmuwEA7bsBAPC7AQAgJRAARbwBAJe8AQBGvAEA67UJAE68AQCmpQkAULwBAE5ODgBVvAEAInoOAJq8AQDsvAEA/bwBAEG9AQBdvQEAlr0BAJ69AQB1JRAA/L0BAEC+AQBIvgEAlb4BAJu+AQDqvgEA774BAD+/AQBIvwEAlL8BAJ6/AQDpvwEA978BAD7AAQBLwAEAk8ABAJ/AAQDowAEA68ABAD3BAQBZwQEAyiUQAJXBAQDnwQEApsEBAIocBADzwQEAPMIBAELCAQCRwgEAm8IBAB8mEADrwgEAO8MBAEjDAQCQwwEAmMMBAMItEACcwwEA5cMBAKDDAQCJygEArMMBAEgADQDrwwEAOsQBAEDEAQCPxAEAlMQBAOTEAQDqxAEAdCYQAEPFAQCm+AsAR8UBAI7FAQCfxQEAySYQAOrFAQAeJxAAQMYBAHMnEACbxgEA4sYBAOnGAQA3xwEAP8cBAIzHAQCZxwEA4ccBAObHAQA2yAEAQMgBAIvIAQCTyAEA4MgBAObIAQA1yQEAN8kBAIrJAQCYyQEA38kBAOLJAQA0ygEAQMoBAMgnEACLygEA3soBAOzKAQAzywEARMsBAB0oEACPywEAcigQAOPLAQAyzAEAOMwBAIfMAQCMzAEA3MwBAOLMAQDHKBAAM80BAIbNAQA6zQEAfh4OAD3NAQA5wQUAoc0BANvNAQDdzQEAMM4BAErOAQCFzgEAks4BAOe5CQCWzgEA2s4BANzOAQAvzwEAPM8BAITPAQCbzwEA2c8BAPPPAQAu0AEAMNABAIPQAQA00AEAjRANAIbQAQDY0AEA29ABAC3RAQA50QEAgtEBAIjRAQDX0QEA4dEBABwpEAAx0gEAgdIBAI7SAQDW0gEA4tIBACvTAQAx0wEAgNMBAIbTAQDV0wEA2tMBACrUAQAw1AEAcSkQAIDUAQDU1AEAldQBABHqBADW1AEAKdUBAOLUAQAY5QIAL9UBAH7VAQCM1QEA09UBANbVAQAo1gEALdYBAH3WAQCK1gEA0tYBAOLWAQAn1wEAKdcBAHzXAQCK1wEA0dcBAOLXAQDGKRAALNgBAHvYAQCH2AEAGyoQAOHYAQAl2QEAL9kBAHrZAQCI2QEAz9kBANDZAQAk2gEANdoBAHnaAQCF2gEAztoBAN7aAQAj2wEAJdsBAHjbAQCG2wEAzdsBAN7bAQBwKhAAKNwBAHfcAQCD3AEAxSoQANLcAQAh3QEAJ90BAHbdAQB73QEAy90BANHdAQBvKxAAKN4BAHXeAQB/3gEA3GoOAI7eAQDK3gEA094BAB/fAQAp3wEAdN8BAHzfAQDJ3wEAzd8BAB7gAQAg4AEAc+ABAHbgAQDI4AEA5OABAMQrEAAw4QEAcuEBAHPhAQDH4QEA0+EBABziAQAr4gEAceIBAHviAQDG4gEA0uIBABvjAQAi4wEAGSwQAHbjAQAOkAwAg+MBAMXjAQDU4wEAGuQBACbkAQBv5AEAcOQBAMTkAQDO5AEAGeUBACflAQBu5QEAc+UBAMPlAQDQ5QEAwywQACDmAQBt5gEAeeYBAMLmAQDV5gEAF+cBABjnAQBs5wEAeOcBAMHnAQDQ5wEAFugBACDoAQBr6AEAd+gBAMDoAQDH6AEAGC0QACbpAQBq6QEAdukBAL/pAQDP6QEAFOoBAB7qAQBp6gEAceoBAL7qAQDm6gEAE+sBAOzqAQC57wEAO+sBAGjrAQBw6wEAvesBAMPrAQAS7AEAIOwBAGfsAQB+7AEAvOwBAMfsAQAR7QEAG+0BAGbtAQCT7QEAu+0BAMPtAQAQ7gEAIO4BAGXuAQBn7gEAuu4BAMjuAQAP7wEAIO8BABcuEABr7wEAbC4QAOHvAQAO8AEAFvABAGPwAQBp8AEAuPABAMbwAQAN8QEAJPEBAGLxAQBt8QEAt/EBAMHxAQAM8gEAOfIBAGHyAQBp8gEAtvIBAMbyAQAL8wEADfMBAGDzAQBu8wEAtfMBAMbzAQDBLhAAEfQBABYvEABh9AEAtPQBAML0AQAJ9QEAGvUBAGsvEABl9QEAwC8QALv1AQAVMBAAEPYBAGowEABf9gEAsvYBAMD2AQAH9wEAGPcBAL8wEABi9wEAsfcBAL33AQAUMRAAD/gBAFv4AQBo+AEAsPgBAL74AQAF+QEAD/kBAFr5AQB0+QEAr/kBALL5AQAE+gEAC/oBAFn6AQB5+gEArvoBAMj6AQBpMRAAEPsBAFj7AQAU+wEAAFMCABn7AQCoqgIAZvsBAK37AQC3+wEAAvwBABz8AQBX/AEAZ/wBAKz8AQCy/AEAAf0BAAP9AQBW/QEAbP0BAKv9AQC3/QEAAP4BAAT+AQBV/gEAWv4BAKr+AQCw/gEA//4BAB//AQBU/wEAbv8BAKn/AQCr/wEA/v8BAAEAAgBTAAIAVgACAKgAAgC0AAIA/QACAAMBAgBSAQIAXAECAL4xEACsAQIA/AECAAkCAgBRAgIAXQICAKYCAgC5AgIA+wICAAoDAgBQAwIAXAMCAKUDAgCmAwIA+gMCAAQEAgBPBAIAXQQCAKQEAgCpBAIA+QQCAAYFAgATMhAATwUCACh3CwBQBQIAaDYMAFEFAgBUpAcAUwUCAPmiDgBUBQIA2HMJAFUFAgAiJwwAWAUCAEhVDQBZBQIAHSwMAFoFAgDdFwsAWwUCAHjRCwBcBQIAqKELAF0FAgDKhQUAXgUCAKMFAgBmBQIAcnwRAGgFAgCo9A0AagUCABMzDwBxBQIAmqkRAHYFAgCcAA4AkAUCAERZDQCVBQIArJcRAKUFAgD4BQIAtAUCANrCDQAGBgIATQYCAF4GAgBoMhAAqQYCAL0yEAADBwIATAcCAFsHAgChBwIAqwcCAPYHAgACCAIASwgCABkIAgCVsg0AUggCAGczEACiCAIA9QgCAAYJAgBKCQIAUwkCAJ8JAgCrCQIA9AkCAPcJAgBJCgIAUQoCAJ4KAgCoCgIA8woCAPgKAgBICwIAUAsCAJ0LAgC2CwIA8gsCAP4LAgBHDAIATwwCABE0EACkDAIAZjQQAPQMAgBGDQIASQ0CAJsNAgCnDQIA8A0CAPYNAgBFDgIATw4CALs0EACfDgIA7w4CAPwOAgBEDwIATA8CABA1EACfDwIA7g8CAPQPAgBDEAIASBACAJgQAgCeEAIAZTUQAPUQAgC6NRAARBECANvECgBHEQIAlxECAE4RAgB4fQoAoRECAOwRAgCmEQIA6WMIAPQRAgAHlwwACBICAEESAgBJEgIADzYQAJsSAgDrEgIAARMCAEATAgBBEwIAlRMCAJcTAgDqEwIA8BMCAD8UAgBLFAIAlBQCAJsUAgDpFAIA8RQCAD4VAgBHFQIAkxUCAJYVAgDoFQIA9hUCAD0WAgBKFgIAkhYCAKkWAgDnFgIA7xYCADwXAgBIFwIAOxgCAGQXAgCRFwIAuRcCAOYXAgAKGAIAZDYQAFgYAgCQGAIAmRgCAI8ZAgChGAIA5RgCABUZAgA6GQIAXhkCALk2EACRGQIA5BkCAPUZAgA5GgIAaRoCAI4aAgCyGgIADjcQAOkaAgAYjAYA7BoCADgbAgDvGgIA47gOAEIbAgCNGwIARRsCABCUBgBGGwIAMGwOAJUbAgDiGwIA5hsCADccAgA5HAIAjBwCAI8cAgDhHAIA/RwCAGM3EAA7HQIAkQ0MAEAdAgDHgQwAQh0CAIsdAgBGHQIA5g4LAKgdAgDgHQIA6R0CADUeAgA3HgIAih4CAJseAgC4NxAA5B4CADQfAgA9HwIAiR8CAJofAgDeHwIA5R8CADMgAgA7IAIAiCACAE0gAgBnQQIAlSACADIhAgCXIAIAhiICAKEgAgDdIAIA6SACAA04EAA3IQIAhyECAJEhAgDcIQIA5CECAGI4EAA9IgIAtzgQAIsiAgDbIgIA6CICADAjAgA6IwIAhSMCAIcjAgDaIwIA6CMCAC8kAgA8JAIADDkQAIkkAgDZJAIA5iQCAC4lAgA4JQIAgyUCAIUlAgDYJQIA5iUCAC0mAgA6JgIAYTkQAIUmAgAARw4AiCYCALaQDgCPJgIA1yYCAOEmAgC2ORAANCcCAIEnAgCDJwIAu4sOAI4nAgA4bQUAmCcCANYnAgCaJwIAyYgDANsnAgArKAIANSgCAIAoAgCIKAIACzoQAN8oAgAqKQIANikCAH8pAgCCKQIA1CkCAN4pAgApKgIAQyoCAH4qAgCVKgIA0yoCANgqAgAoKwIARCsCAGA6EACHKwIA0isCAI4rAgCNFQgA3isCACcsAgAqLAIAfCwCAIYsAgDRLAIA6ywCACYtAgAsLQIAey0CAH0tAgDQLQIA3i0CACUuAgAoLgIAei4CAIYuAgDPLgIA0i4CACQvAgBHLwIAtToQAHsvAgDOLwIA3C8CACMwAgAmMAIAeDACAIQwAgDNMAIA0DACAAo7EAAtMQIAdzECAH0xAgDMMQIA0TECACEyAgAlMgIAdjICAHkyAgBfOxAAzDICAGk0DQDOMgIAeiEPANEyAgAgMwIA1DICACwaDwDVMgIAxjcCANcyAgDqBg8A2TICAEf/DgDaMgIAjg0PANsyAgDGKg8A4jICAOcMDADlMgIAU/QNACwzAgB1MwIAoTMCAMozAgDWMwIAHzQCAC40AgB0NAIAfjQCAMk0AgDMNAIAHjUCADg1AgBzNQIAfTUCAMg1AgDNNQIAHTYCACc2AgByNgIAfTYCAMc2AgDNNgIAHDcCACE3AgBxNwIAdTcCALQ7EADLNwIAGzgCANQ3AgCHFA8AJTgCAHA4AgB7OAIAxTgCAMs4AgAaOQIAHzkCAG85AgBzOQIACTwQAMk5AgAxzAIAyzkCAEKwDQDMOQIAaokMAM45AgDIfg4A3jkCABk6AgAjOgIAbjoCAHk6AgDDOgIAyToCABg7AgAdOwIAbTsCAHE7AgDCOwIA5TsCAF48EAAZPAIAbDwCABo8AgAI7AsAHDwCALRCCQAgPAIAspcLACM8AgBjRQIAJTwCALePDgB5PAIA5mwCAHo8AgDBPAIAxDwCABY9AgAiPQIAaz0CAIM9AgDAPQIAzD0CABU+AgAbPgIAaj4CAHA+AgC/PgIAxD4CABQ/AgAaPwIAszwQAHM/AgC+PwIAyT8CABNAAgAZQAIAaEACAG1AAgC9QAIAwUACABJBAgAVQQIACD0QAHFBAgC8QQIAx0ECABFCAgAXQgIAZkICAGtCAgC7QgIAv0ICAF09EAARQwIAZUMCAHFDAgC6QwIAxkMCAA9EAgAVRAIAZEQCAGpEAgC5RAIAvkQCAA5FAgAURQIAsj0QAGVFAgCtogUAakUCAEiyBQByRQIAz4MCAHNFAgC4RQIAxEUCAA1GAgATRgIAYkYCAG5GAgC3RgIAxEYCAAxHAgAbRwIAYUcCAG1HAgC2RwIAwkcCAAtIAgARSAIAYEgCAGZIAgC1SAIAukgCAApJAgAQSQIABz4QAGlJAgBojwgAdUkCALRJAgB4SQIAJnsJAMBJAgAJSgIAEUoCAIUUEQAVSgIAXkoCAGRKAgCzSgIAuUoCAAhLAgANSwIAXUsCAGNLAgBcPhAAuksCAB57EQC8SwIAB0wCAA1MAgBcTAIAE0wCACwmAwBqTAIAsUwCAMpMAgAGTQIAD00CAFtNAgBlTQIAsE0CALxNAgAFTgIAEU4CAFpOAgBgTgIAr04CALVOAgAETwIACU8CAFlPAgBfTwIAsT4QALpPAgADUAIADVACAFhQAgBjUAIArVACALJQAgACUQIACVECAFdRAgBjUQIArFECALJRAgABUgIAB1ICAFZSAgBbUgIAq1ICALFSAgAGPxAAEVMCAFVTAgBWUwIAqlMCAFtTAgClWAIAr1MCAP9TAgANVAIAVFQCAGFUAgCpVAIAs1QCAP5UAgAKVQIAU1UCAFlVAgCoVQIAtFUCAP1VAgAQVgIAUlYCAGFWAgCnVgIAs1YCAPxWAgD9VgIAUVcCAFtXAgCmVwIAtFcCAPtXAgAAWAIAUFgCAF1YAgBbPxAAsVgCAPpYAgAKWQIAT1kCAFtZAgCkWQIAqlkCAPlZAgAFWgIATloCAFtaAgCjWgIAsloCAPhaAgAEWwIATVsCAFlbAgCiWwIAtVsCAPdbAgAGXAIATFwCAFhcAgChXAIAolwCAPZcAgAAXQIAS10CAFldAgCgXQIApV0CAPVdAgACXgIAsD8QAExeAgDxsgYAVl4CAJ9eAgBXXgIAg3IKAFheAgCh/QsAs14CAPReAgAAXwIASV8CAE9fAgCeXwIApF8CAPNfAgD4XwIASGACAE5gAgAFQBAAqWACAPJgAgD/YAIAH94CAAVhAgBHYQIATGECAOByAgBPYQIAhyADAFNhAgCcYQIAomECAPFhAgD3YQIARmICAEtiAgCbYgIAoWICAFpAEAD8YgIARWMCAEtjAgCaYwIAn2MCAO9jAgD2YwIARGQCAFJkAgCZZAIAtGQCAO5kAgD8ZAIAQ2UCAEZlAgCYZQIApmUCAO1lAgDyZQIAQmYCAE9mAgCXZgIAo2YCAOxmAgDyZgIAQWcCAEdnAgCWZwIAm2cCAOtnAgDxZwIAr0AQAEVoAgCVaAIAnmgCAOpoAgD3aAIAP2kCAEZpAgCUaQIApWkCAOlpAgDuaQIAPmoCAE1qAgCTagIAlWoCAOhqAgD5agIAPWsCAElrAgCSawIAmGsCAOdrAgDtawIAPGwCAEFsAgCRbAIAl2wCAARBEAD9bAIAO20CAEdtAgCQbQIAnG0CAOVtAgDrbQIAOm4CAEBuAgCPbgIAlG4CAORuAgDqbgIAWUEQAD9vAgCxoQIAUG8CAI5vAgCXbwIA428CAPlvAgA4cAIARHACAI1wAgCacAIA4nACAOxwAgA3cQIAQ3ECAIxxAgCScQIA4XECAOdxAgA2cgIAO3ICAItyAgCRcgIArkEQAOlyAgA1cwIAP3MCAIpzAgCPcwIA33MCAO9zAgA0dAIATXQCAIl0AgCOdAIA3nQCAOd0AgAzdQIAQHUCAIh1AgCPdQIA3XUCAOB1AgAydgIAPnYCAId2AgCadgIA3HYCAOt2AgAxdwIAPXcCAIZ3AgCHdwIA23cCAOV3AgAweAIAPngCAIV4AgCKeAIA2ngCAOd4AgADQhAAMnkCAIR5AgCHeQIA2XkCAOZ5AgDkugsA6HkCAC56AgAwegIAg3oCAIZ6AgDYegIA4noCAC17AgA5ewIAgnsCAJV7AgDXewIA5nsCACx8AgA4fAIAgXwCAIJ8AgDWfAIA4HwCACt9AgA5fQIAgH0CAIV9AgDVfQIA4n0CAFhCEAArfgIAf34CAIt+AgDUfgIA2n4CACl/AgArfwIAfn8CAIh/AgDTfwIA4X8CACiAAgAtgAIAfYACAIqAAgDSgAIA3oACACeBAgA6gQIAfIECAIuBAgDRgQIA3YECACaCAgAnggIAe4ICAIWCAgDQggIA3oICACWDAgAqgwIAeoMCAIeDAgCtQhAA2IMCACSEAgDbgwIADZEMACqEAgB5hAIAfIQCAM6EAgDchAIAI4UCACiFAgB4hQIAhYUCAM2FAgDZhQIAIoYCACiGAgB3hgIAfYYCAMyGAgDRhgIAIYcCACeHAgACQxAAeIcCAMuHAgB9hwIA0HcNANqHAgAgiAIAQIgCAHWIAgB6iAIAyogCAOWIAgAfiQIAK4kCAHSJAgB6iQIAyYkCANmJAgAeigIAL4oCAHOKAgB4igIAyIoCAMyKAgAdiwIAKYsCAHKLAgB4iwIAx4sCAM2LAgAcjAIAIYwCAHGMAgB3jAIAV0MQANWMAgCzkw4A3IwCABuNAgAcjQIAcI0CAIGNAgDFjQIA0Y0CABqOAgAwjgIAb44CAHuOAgDEjgIA0Y4CABmPAgAjjwIAbo8CAHqPAgDDjwIAyo8CABiQAgAkkAIAbZACAHOQAgDCkAIAyJACABeRAgAckQIAbJECAHKRAgCsQxAAw5ECADK/DgDKkQIAFpICABeSAgBrkgIAbJICAMCSAgDFkgIAFZMCABuTAgBqkwIAdJMCAL+TAgDLkwIAFJQCABuUAgBplAIAbpQCAL6UAgC/lAIAE5UCAB+VAgBolQIAbpUCAL2VAgC/lQIAEpYCAByWAgBnlgIAdZYCALyWAgDBlgIAEZcCAB6XAgBmlwIAcpcCALuXAgDOlwIAEJgCAB+YAgBlmAIAcZgCALqYAgC7mAIAD5kCABmZAgBkmQIAcpkCALmZAgC+mQIADpoCABuaAgABRBAAdJoCALiaAgDEmgIADZsCACSbAgBimwIAZJsCALebAgDImwIADJwCAA6cAgBhnAIAZ5wCALacAgDNnAIAC50CABSdAgBgnQIAdp0CALWdAgDBnQIACp4CABeeAgBfngIAaZ4CALSeAgDAngIACZ8CAByfAgBenwIAbZ8CALOfAgC/nwIACKACAAmgAgBdoAIAZ6ACALKgAgDAoAIAB6ECAAyhAgBcoQIAaaECAFZEEACzoQIABqICABqiAgBbogIAaaICALCiAgC9ogIABaMCAAyjAgBaowIAZqMCAK+jAgDCowIABKQCAAmkAgBZpAIAYqQCAK6kAgC4pAIAA6UCAAilAgBYpQIAaKUCAK2lAgDGpQIAAqYCAAemAgBXpgIAYKYCAKymAgC5pgIAAacCAAinAgBWpwIAWacCAKunAgC3pwIAAKgCABOoAgBVqAIAZKgCAKqoAgC2qAIA/6gCAACpAgBUqQIAXqkCAKmpAgC3qQIA/qkCAAOqAgBTqgIAYKoCAKtEEADBqgIA/aoCAAmrAgBSqwIAWKsCAKerAgC3qwIA/KsCAAGsAgBRrAIAV6wCAKasAgC8rAIA+6wCAP2sAgBQrQIAWq0CAKWtAgCxrQIA+q0CAA2uAgBPrgIAXq4CAKSuAgCwrgIA+a4CAPquAgBOrwIAWK8CAKOvAgCxrwIA+K8CAP2vAgBNsAIAWrACAABFEAClsAIA7FsNAKywAgBn3w4ArrACAMjYCQCvsAIAQroDALGwAgD3sAIAALECAEyxAgBSsQIAobECAKexAgD2sQIAArICAEuyAgBYsgIAoLICAKqyAgD1sgIAC7MCAEqzAgBPswIAn7MCAKazAgD0swIAArQCAEm0AgBZtAIAnrQCAKy0AgDztAIAArUCAEi1AgBKtQIAnbUCAKe1AgDytQIAALYCAEe2AgBMtgIAnLYCAKm2AgDxtgIA/bYCAEa3AgBZtwIAm7cCAKq3AgDwtwIA/LcCAEW4AgBGuAIAmrgCAKS4AgDvuAIA/bgCAES5AgBJuQIAmbkCAKa5AgBVRRAA8LkCAEO6AgD6uQIAe9AJAFS6AgCYugIAoboCAO26AgD5ugIAQrsCAEq7AgCBbREATrsCAJe7AgCduwIA7LsCAPK7AgBBvAIARrwCAJa8AgCcvAIAqkUQAPe8AgBAvQIAUL0CAJW9AgCjvQIA6r0CAPe9AgA/vgIAS74CAJS+AgCbvgIA6b4CAPG+AgD/RRAAR78CAO5XDwBLvwIAKNUCAE+/AgCTvwIApL8CAOi/AgDwvwIAPcACAPS/AgBz1QwAR8ACAJLAAgCXwAIA58ACAO/AAgA8wQIAPsECAJHBAgBFwQIANscCAJnBAgDmwQIA/MECADvCAgBHwgIAkMICAKbCAgDlwgIA/sICADrDAgBGwwIAj8MCAJXDAgDkwwIA7MMCADnEAgBJxAIAjsQCAJfEAgDjxAIA8MQCADjFAgBHxQIAjcUCAJfFAgDixQIA8MUCADfGAgA8xgIAjMYCAJnGAgDhxgIA6cYCAFRGEABDxwIAi8cCAJLHAgDgxwIA7McCADXIAgBFyAIAisgCAJjIAgDfyAIA7MgCADTJAgBAyQIAickCAJDJAgDeyQIA5skCAKlGEAA/ygIAiMoCAJLKAgDdygIA6MoCADLLAgA3ywIAh8sCAI7LAgDcywIA5MsCAP5GEAA5zAIAhswCAJbMAgDbzAIA58wCADDNAgA0zQIAhc0CAI3NAgDazQIA3M0CAC/OAgA1zgIAhM4CAJvOAgDZzgIA4s4CAC7PAgBEzwIAg88CAI/PAgDYzwIA5c8CAC3QAgA30AIAgtACAIXQAgDX0AIA39ACACzRAgA20QIAgdECAIbRAgDW0QIA3tECACvSAgA70gIAgNICAInSAgDV0gIA4tICACrTAgA50wIAf9MCAInTAgDU0wIA4tMCACnUAgAu1AIAftQCAIvUAgDT1AIA29QCAFNHEAA11QIAfdUCAEfVAgDadgQAgtUCANLVAgDc1QIAJ9YCAC/WAgB81gIAPtYCAPr2DgCC1gIA0dYCAIrWAgC84QwAi9YCAN3ECACM1gIAxuECAI3WAgAEmwsA3dYCACbXAgAo1wIAOboMAC3XAgB71wIAh9cCANDXAgDf1wIAJdgCADbYAgB62AIAfNgCAM/YAgDV2AIAJNkCADDZAgB52QIAgdkCAKhHEADU2QIA/UcQAC/aAgBSSBAAe9oCAPxIEADQ2gIAUUkQANLaAgCfsQQAJdsCAAXvCwAv2wIAd9sCAIHbAgDM2wIAztsCACHcAgA03AIAdtwCAH7cAgDyAA0AgtwCAMvcAgDR3AIAIN0CACbdAgB13QIAet0CAMrdAgDQ3QIApkkQACneAgB03gIAdt4CAMneAgDT3gIAHt8CACzfAgBz3wIAeN8CAMjfAgDV3wIAHeACACngAgBy4AIAeOACAMfgAgDN4AIAHOECACHhAgBx4QIAd+ECAPtJEADU4QIAG+ICACjiAgBw4gIAd+ICAMXiAgDN4gIAGuMCABvjAgACSAsAHeMCAG/jAgAw4wIABEYLAIPjAgDE4wIA2uMCABnkAgAy5AIAbuQCAHPkAgDD5AIA1OQCAFBKEAAp5QIAbeUCAG/lAgDC5QIAzOUCABfmAgAl5gIAbOYCAHHmAgDB5gIAzuYCABbnAgAe5wIAa+cCAHfnAgDA5wIAe+cCABTpAgDG5wIAFegCABvoAgBq6AIAb+gCAL/oAgDF6AIApUoQABbpAgBp6QIAd+kCAL7pAgDP6QIA+koQABrqAgBPSxAAcOoCAL3qAgBy6gIACJsHAK/qAgDsrBEAy+oCABLrAgDM6gIAYvACAB/rAgBn6wIAdusCALzrAgDB6wIAEewCACfsAgBm7AIAZ+wCALvsAgC97AIAEO0CABrtAgBl7QIAc+0CALrtAgDT7QIAD+4CACDuAgBk7gIAcO4CALnuAgDB7gIATkwQACLvAgBj7wIAZO8CALjvAgDE7wIADfACABDwAgCjTBAAZPACALfwAgDE8AIADPECABnxAgBh8QIAZvECALbxAgDA8QIAC/ICABPyAgBg8gIAcPICALXyAgDD8gIACvMCABfzAgBf8wIAZvMCALTzAgC88wIACfQCAAz0AgBe9AIAcvQCALP0AgDJ9AIACPUCACH1AgBd9QIAYvUCALL1AgDD9QIA+EwQAA/2AgBNTRAAE/YCALfpCQAj9gIAAuwRAGn2AgCx9gIAuPYCAAb3AgAS9wIAW/cCAGv3AgCw9wIAvvcCAAX4AgAS+AIAWvgCAGb4AgCv+AIAtvgCAKJNEAAG+QIAWfkCAAn5AgCPFwQAZvkCAK75AgC7+QIAA/oCAAj6AgBY+gIAYvoCAK36AgC1+gIAAvsCAAf7AgBnPwQAC/sCAFf7AgBa+wIArPsCALj7AgD3TRAABvwCAFb8AgAN/AIAC5UKAFv8AgCr/AIAs/wCAAD9AgAW/QIAVf0CAFf9AgCq/QIAt/0CAP/9AgAT/gIATE4QAFn+AgCp/gIAsf4CAL6MCgCz/gIA/v4CAAb/AgBT/wIAX/8CAKj/AgC1/wIA/f8CAAIAAwBSAAMAWwADAKcAAwC+AAMA/AADAAcBAwChThAAXwEDAKYBAwCpAQMA+wEDAP4BAwBQAgMAXgIDAKUCAwCyAgMA+gIDABEDAwBPAwMAVwMDAKQDAwCqAwMA+QMDAAUEAwBOBAMAWAQDAKMEAwCsBAMA+AQDAP4EAwBNBQMAWgUDAPZOEACuBQMA9wUDALAFAwCxmQoABgYDAEwGAwBdBgMAoQYDAKMGAwD2BgMA/AYDAEsHAwBXBwMAoAcDAKcHAwD1BwMA/QcDAEoIAwBMCAMAnwgDAKwIAwD0CAMA+wgDAEkJAwBRCQMAngkDAKsJAwDzCQMA+AkDAEgKAwBSCgMAnQoDAKUKAwDyCgMA+woDAEcLAwBKCwMAnAsDAKgLAwDxCwMA+AsDAEtPEABTDAMAmwwDAFwMAwCWEQMAfgwDAAKeCgC2DAMA8AwDAPIMAwBFDQMAVg0DAJoNAwCoDQMA7w0DAPYNAwBEDgMATA4DAJkOAwCeDgMA7g4DAO8OAwBDDwMATw8DAJgPAwCeDwMA7Q8DAO8PAwBCEAMATBADAJcQAwClEAMA7BADAPEQAwBBEQMAThEDAKBPEACXEQMA6xEDAPARAwBAEgMARhIDAJUSAwCfEgMA6hIDAPYSAwA/EwMARhMDAJQTAwCcEwMA6RMDAOsTAwA+FAMASxQDAJMUAwCaFAMA6BQDAPAUAwA9FQMAShUDAJIVAwCXFQMA5xUDAPEVAwA8FgMARBYDAJEWAwCaFgMA5hYDAOkWAwA7FwMARxcDAJAXAwCXFwMA9U8QAPEXAwC7jwoA+RcDADoYAwBHGAMAjxgDAJkYAwDkGAMA5hgDADkZAwBMGQMAjhkDAJYZAwDjGQMA7xkDADgaAwA+GgMAjRoDAJMaAwDiGgMA5xoDADcbAwA9GwMASlAQAJobAwDhGwMA8BsDADYcAwBSHAMAixwDAFYcAwDyXwMAkxwDAJ9QEADpHAMANR0DAEIdAwCKHQMAlB0DAN8dAwDtHQMANB4DAEoeAwCJHgMAlR4DAN4eAwDmHgMA9FAQADkfAwCIHwMAjh8DAN0fAwDiHwMAMiADADggAwBJURAAjCADANwgAwDlIAMAMSEDADshAwCGIQMAjiEDANshAwDgIQMAMCIDAEAiAwCFIgMAjSIDANoiAwDgIgMA2CQDAPMiAwAvIwMANCMDAIQjAwCNIwMA2SMDAOYjAwAuJAMANSQDAIMkAwCGJAMAnlEQANokAwAtJQMAOiUDAIIlAwCZJQMA1yUDAOMlAwDzURAAQiYDAIEmAwCCJgMA1iYDAOAmAwArJwMAMycDAIAnAwCKJwMA1ScDANonAwAqKAMAMigDAH8oAwCBKAMA1CgDAIIoAwAkLgMAhigDABY8AwCVKAMAHTUDANsoAwApKQMAMCkDAH4pAwCGKQMA0ykDANcpAwAoKgMANioDAH0qAwCHKgMA0ioDAN0qAwAnKwMALysDAHwrAwCBKwMA0SsDAOwrAwAmLAMAMiwDAHssAwCBLAMA0CwDAOAsAwAlLQMANi0DAHotAwB/LQMAzy0DANMtAwBIUhAALS4DAHkuAwCSLgMAzi4DANguAwAjLwMAKS8DAHgvAwB6LwMAzS8DANwvAwAiMAMALDADAHcwAwB/MAMAzDADANAwAwAhMQMALzEDAHYxAwCAMQMAyzEDANYxAwAgMgMAKDIDAHUyAwB6MgMAyjIDAOUyAwAfMwMAKzMDAHQzAwB6MwMAyTMDANkzAwAeNAMALzQDAHM0AwB4NAMAyDQDAMw0AwCdUhAAJjUDAHI1AwCDNQMAxzUDANE1AwAcNgMAKjYDAHE2AwByNgMAxjYDANc2AwAbNwMALzcDAHA3AwB4NwMAxTcDAMk3AwAaOAMAKDgDAG84AwB5OAMAxDgDAM84AwAZOQMAITkDAG45AwBzOQMAwzkDAN45AwAYOgMAJDoDAG06AwBzOgMAwjoDANI6AwAXOwMAKDsDAGw7AwBxOwMAwTsDAMU7AwDyUhAAJDwDAGs8AwCGPAMAwDwDAM48AwAVPQMAHD0DAGo9AwB2PQMAvz0DAMc9AwBHUxAAIj4DAGk+AwBzPgMAvj4DAMk+AwATPwMAGz8DAGg/AwBtPwMAvT8DANg/AwASQAMAHkADAGdAAwBtQAMAvEADAMxAAwARQQMAIkEDAGZBAwBrQQMAu0EDAL9BAwCcUxAAIUIDAGVCAwBtQgMAukIDALtCAwAPQwMAFEMDAGRDAwByQwMAuUMDAMZDAwAORAMAGEQDAGNEAwBvRAMAuEQDAL5EAwANRQMAFUUDAGJFAwBpRQMAt0UDAMNFAwAMRgMAEkYDAGFGAwBtRgMAtkYDAMZGAwALRwMAF0cDAGBHAwBmRwMAtUcDAMFHAwAKSAMAF0gDAF9IAwBuSAMAtEgDAMBIAwDxUxAADEkDAF5JAwBhSQMAs0kDAMFJAwAISgMAH0oDAF1KAwBqSgMAskoDAMhKAwAHSwMAE0sDAFxLAwBpSwMAsUsDALtLAwAGTAMADkwDAFtMAwBlTAMAsEwDALVMAwAFTQMADU0DAFpNAwBmTQMAr00DALxNAwAETgMADk4DAFlOAwBfTgMArk4DAMJOAwADTwMAC08DAFhPAwBmTwMArU8DALpPAwACUAMAClADAFdQAwBkUAMArFADALpQAwABUQMAElEDAFZRAwBeUQMAq1EDAMFRAwAAUgMAAlIDAFVSAwBWUgMARlQQALhSAwD/UgMADlMDAFRTAwBgUwMAqVMDALFTAwCbVBAAA1QDAFNUAwBcVAMAqFQDALVUAwD9VAMABFUDAFJVAwBVVQMAp1UDAK9VAwD8VQMAAVYDAFFWAwBaVgMAplYDALBWAwD7VgMAA1cDAFBXAwBVVwMApVcDALVXAwD6VwMAAlgDAE9YAwBVWAMApFgDAKZYAwD5WAMABlkDAE5ZAwBlWQMAo1kDAK9ZAwDwVBAABFoDAE1aAwBkWgMAoloDAK5aAwD3WgMA/VoDAExbAwBUWwMAoVsDAKhbAwD2WwMABFwDAEtcAwBmXAMAoFwDAK5cAwD1XAMA/FwDAEpdAwBWXQMAn10DAKddAwBFVRAACF4DAEleAwBRXgMAnl4DAM9eAwDzXgMA/14DAEhfAwBOXwMAnV8DAKJfAwCaVRAA/l8DAEdgAwBOYAMAnGADAKRgAwDxYAMA82ADAEZhAwBQYQMAm2EDAKNhAwDvVRAA/mEDAOJvAwD/YQMARWIDAEdiAwCaYgMAq2IDAO9iAwAAYwMARGMDAFBjAwCZYwMAoGMDAO5jAwD2YwMAQ2QDAHBkAwCYZAMAnWQDAO1kAwDuZAMAQmUDAExlAwCXZQMApWUDAOxlAwDxZQMAQWYDAE5mAwCWZgMAsmYDAOtmAwAHZwMARFYQAE1nAwCVZwMAmWcDAOpnAwDwZwMAP2gDAEFoAwCUaAMAlWgDAOloAwAMaQMAPmkDAGJpAwCTaQMAwGkDAOhpAwDwaQMAPWoDAEJqAwCSagMAn2oDAOdqAwDvagMAPGsDAD5rAwCRawMAmWsDAOZrAwATbAMAO2wDAEhsAwCQbAMAlWwDAOVsAwDybAMAOm0DAEZtAwCPbQMAvG0DAORtAwDsbQMAOW4DAFRuAwCObgMAkG4DAONuAwD0bgMAOG8DAEFvAwCNbwMAmW8DAJlWEADvbwMAN3ADAD5wAwCMcAMAmHADAOFwAwD0cAMANnEDAD5xAwCLcQMAkHEDAOBxAwDpcQMANXIDAD9yAwCKcgMAknIDAN9yAwDkcgMANHMDAERzAwCJcwMAkXMDAN5zAwD3cwMAM3QDADh0AwCIdAMAkXQDAN10AwDqdAMAMnUDADl1AwCHdQMAinUDAO5WEADhdQMAMXYDAOl1AwDELwwAOnYDAIZ2AwCOdgMA23YDAOZ2AwAwdwMAMncDAIV3AwCgdwMA2ncDAOZ3AwAveAMAN3gDAENXEACReAMA2XgDAOF4AwAueQMAOnkDAIN5AwCJeQMA2HkDAN55AwAtegMAMnoDAIJ6AwCIegMAmFcQAOR6AwAsewMANHsDAIF7AwCVewMA1nsDANt7AwArfAMANHwDAIB8AwCGfAMA1XwDAN18AwAqfQMALX0DAH99AwCcfQMA1H0DAOV9AwApfgMAMX4DAH5+AwCBfgMA034DAOd+AwAofwMANX8DAH1/AwCHfwMA0n8DANR/AwAngAMAOoADAEJYEACBgAMA0YADAOKAAwAmgQMAL4EDAHuBAwCRgQMA0IEDAN2BAwAlggMALYIDAHqCAwCZggMAl1gQANuCAwAkgwMALIMDAOxYEAB8gwMAzoMDANaDAwAjhAMAMIQDAHiEAwB9hAMAzYQDANWEAwAihQMAI4UDAHeFAwB5hQMAzIUDANKFAwAhhgMAI4YDAHaGAwCMhgMAy4YDANeGAwAghwMAKocDAHWHAwCBhwMAyocDANCHAwAfiAMAJ4gDAHSIAwCmiAMAQVkQANKIAwAeiQMAKIkDAHOJAwB7iQMAyIkDAMmJAwAdigMAI4oDAHKKAwB+igMAx4oDAMiKAwAciwMAHosDAHGLAwB3iwMAxosDANKLAwAbjAMAIowDAHCMAwB4jAMAxYwDAMiMAwAajQMAJI0DAG+NAwBxjQMAxI0DAM6NAwAZjgMAJY4DAG6OAwCEjgMAw44DAM+OAwAYjwMAJY8DAG2PAwB3jwMAwo8DAMqPAwAXkAMAKZADAJZZEABukAMAwZADAMuQAwAWkQMAGJEDAGuRAwCEkQMAwJEDAMKRAwAVkgMAGJIDAGqSAwB2kgMAv5IDAMeSAwDrWRAAKJMDAGmTAwBskwMAvpMDAMiTAwATlAMAH5QDAGiUAwB+lAMAvZQDAMWUAwASlQMAIJUDAGeVAwBqlQMAvJUDAMSVAwARlgMAFJYDAGaWAwAflgMAX50DAHCWAwC7lgMAcZYDALiZAwC9lgMAEJcDABaXAwBllwMAb5cDALqXAwDIlwMAD5gDAByYAwBkmAMAe5gDALmYAwDBmAMADpkDABeZAwBjmQMAZJkDAEBaEADBmQMADZoDABeaAwBimgMAbJoDALeaAwDFmgMADJsDABmbAwBhmwMAeJsDALabAwC+mwMAC5wDABKcAwBgnAMAZZwDALWcAwC5nAMACp0DABedAwCVWhAAbJ0DALSdAwC8nQMACZ4DAA+eAwBengMAap4DALOeAwDCngMACJ8DAA2fAwBdnwMAeJ8DALKfAwC+nwMAB6ADAA2gAwBcoAMAcKADALGgAwC5oAMABqEDAByhAwBboQMAYKEDALChAwC3oQMABaIDABGiAwDqWhAAYaIDAK+iAwC9ogMABKMDABGjAwBZowMAcKMDAK6jAwC2owMAA6QDAAmkAwBYpAMAZKQDAK2kAwC0pAMAAqUDABClAwBXpQMAWqUDAKylAwC0pQMAAaYDAA+mAwBWpgMAWaYDAKumAwCzpgMAAKcDABGnAwBVpwMAWqcDAKqnAwCspwMA/6cDAAaoAwBUqAMAYqgDAKmoAwC2qAMA/qgDABWpAwBTqQMAW6kDAKipAwCyqQMA/akDAAiqAwBSqgMAXqoDAKeqAwCvqgMAP1sQAP6qAwBRqwMAW6sDAKarAwCoqwMA+6sDAP6rAwBQrAMAXKwDAKWsAwCvrAMA+qwDAAKtAwBPrQMAXa0DAKStAwCxrQMA+a0DAAGuAwBOrgMAZK4DAKOuAwCvrgMA+K4DAA6vAwBNrwMAUq8DAKKvAwCorwMA968DAAuwAwCUWxAAT7ADAKGwAwCpsAMA9rADAASxAwBLsQMADLEDAEgFCABYsQMAoLEDAKixAwD1sQMA/7EDAEqyAwBVsgMAn7IDAKuyAwD0sgMA/LIDAOlbEABPswMAnrMDAKOzAwDzswMAArQDAEi0AwBUtAMAnbQDAKC0AwDytAMA9bQDAEe1AwBPtQMAnLUDAKG1AwDxtQMAAbYDAEa2AwBOtgMAm7YDAJ62AwDwtgMA+rYDAEW3AwBHtwMAmrcDAKC3AwDvtwMA+bcDAES4AwBSuAMAmbgDAKa4AwDuuAMABbkDAEO5AwBLuQMAmLkDAKG5AwDtuQMA7rkDAD5cEABOugMAl7oDAJq6AwAZ3QkAproDAOy6AwCqugMA1MwJAPa6AwBBuwMASbsDAMswBABNuwMAv9wOAE+7AwCWuwMAXbsDAJS4CACbuwMA67sDAKO7AwAhhAUA+LsDAEC8AwBDvAMAT1EKAEa8AwBUogkASLwDAJW8AwBKvAMAOmwEAEy8AwDbHgYAmLwDAM0qCACbvAMAW54GAJ+8AwDqvAMAo7wDAH8hCgClvAMAnwMIAO+8AwA/vQMA9rwDALCgBAD4vAMAVPcJAEe9AwCUvQMAl70DAOm9AwD1vQMAPr4DAES+AwCTvgMArr4DAOi+AwD0vgMAPb8DAEO/AwCSvwMAmr8DAOe/AwDpvwMAPMADAOy/AwDmwAMARsADAJHAAwCZwAMAk1wQAPPAAwA7wQMAQ8EDAJDBAwCTwQMA5cEDAOrBAwA6wgMAScIDAI/CAwCvwgMA5MIDAPDCAwA5wwMAQ8MDAI7DAwCWwwMA48MDAPXDAwA9XRAAQsQDAI3EAwCbxAMA4sQDAO/EAwA3xQMATsUDAIzFAwCUxQMA4cUDAPDFAwA2xgMAO8YDAIvGAwCYxgMA4MYDAO3GAwA1xwMAQccDAIrHAwCZxwMA38cDAOnHAwA0yAMAQsgDAInIAwCOyAMA3sgDAOvIAwAzyQMANskDAIjJAwCQyQMA3ckDAOLJAwAyygMAP8oDAIfKAwCPygMA3MoDAOXKAwAxywMAPssDAIbLAwCUywMA28sDAO7LAwAwzAMAOMwDAIXMAwCMzAMA2swDAN/MAwAvzQMARc0DAITNAwCGzQMA2c0DAOfNAwAuzgMAO84DAIPOAwCLzgMA2M4DANvOAwAtzwMAMs8DAILPAwCRzwMA188DAPfPAwAs0AMAONADAIHQAwCL0AMA1tADAN7QAwAr0QMAPdEDAJJdEACR0QMA1dEDANzRAwAq0gMAMtIDAH/SAwCM0gMA1NIDANnSAwAp0wMAM9MDAH7TAwCG0wMA09MDANXTAwDpYQoA2NMDANIlCADd0wMAxIYKAOLTAwAo1AMA49MDADEbCQAt1AMAfdQDAIrUAwDS1AMA39QDACfVAwAz1QMAfNUDAIvVAwDR1QMA29UDACbWAwAu1gMAe9YDAIXWAwDQ1gMA1dYDACXXAwAt1wMA510QAIbXAwDP1wMA1dcDACTYAwA/2AMAedgDAIXYAwDO2AMA1NgDACPZAwA/2QMAeNkDAIDZAwA8XhAA1dkDACLaAwAs2gMAd9oDAILaAwDM2gMA2NoDACHbAwAp2wMAkV4QAILbAwDL2wMA0dsDACDcAwA73AMAddwDAIHcAwDK3AMA0NwDAB/dAwAn3QMAdN0DAHrdAwDJ3QMA0t0DAB7eAwAr3gMAc94DAIDeAwDI3gMA1t4DAB3fAwAq3wMAct8DAInfAwDH3wMAz98DABzgAwAh4AMAceADAC3gAwBv4gMAfuADAMbgAwDO4AMAG+EDACbhAwBw4QMAdeEDAMXhAwDI4QMAGuIDACTiAwDmXhAAdOIDAMTiAwDT4gMAGeMDABvjAwBu4wMAf+MDAMPjAwDU4wMAGOQDACzkAwA7XxAAfuQDAMLkAwDF5AMAF+UDAMrkAwCAzQcAz+QDACHQDgAh5QMAbOUDAG7lAwDB5QMAy+UDABbmAwAi5gMAa+YDAJXmAwDA5gMAy+YDAHrWBADm5gMAFecDAEjnAwBq5wMAkOcDAL/nAwDl5wMAFOgDAEjoAwBp6AMAlOgDAL7oAwDG6AMAE+kDAD3pAwBo6QMAnekDAL3pAwDo6QMAEuoDABrqAwBn6gMAduoDALzqAwDB6gMAEesDABrrAwBm6wMAHusDAAnzAwB36wMAu+sDAMLrAwAQ7AMAGOwDAGXsAwBy7AMAuuwDAL/sAwAP7QMAGe0DAGTtAwBs7QMAue0DAMPtAwCt+QMAyO0DAA7uAwAT7gMAY+4DAHDuAwC47gMAxe4DAA3vAwAZ7wMAYu8DAHHvAwC37wMAwe8DAAzwAwAU8AMAYfADAGvwAwC28AMAu/ADAAvxAwAT8QMAkF8QAGzxAwC18QMAu/EDAAryAwAl8gMAX/IDAGvyAwC08gMAuvIDAOVfEAAW8wMAXvMDAGrzAwCz8wMAwvMDAAj0AwAS9AMAXfQDAGv0AwCy9AMAt/QDAAf1AwAU9QMAXPUDAGT1AwCx9QMAu/UDAAb2AwAL9gMAW/YDAGP2AwCw9gMAs/YDAAX3AwAR9wMAWvcDAGD3AwCv9wMAyvcDAAT4AwAQ+AMAWfgDAF/4AwCu+AMAtvgDAAP5AwAF+QMAWPkDAGL5AwA6YBAAs/kDAAL6AwAE+gMAV/oDAGT6AwCs+gMAr/oDAAH7AwAS+wMAVvsDAFj7AwCr+wMAtfsDAAD8AwAM/AMAVfwDAF38AwCPYBAAr/wDAP/8AwAC/QMAVP0DAF79AwCp/QMAsf0DAP79AwAL/gMAU/4DAFX+AwCo/gMAvv4DAP3+AwAJ/wMA5GAQAG7/AwCn/wMAw/8DADlhEAABAAQAUQAEAF4ABACmAAQAswAEAPsABAAHAQQAUAEEAF8BBAClAQQArwEEAPoBBAAIAgQATwIEAFQCBACkAgQAsQIEAPkCBAASAwQATgMEAFADBACjAwQAqgMEAI5hEAAVBAQATQQEAF4EBACiBAQArgQEAPcEBAAKBQQATAUEAFsFBAChBQQArQUEAPYFBAD3BQQASwYEAFUGBACgBgQArgYEAPUGBAD6BgQASgcEAFcHBADjYRAApAcEAPQHBAABCAQASQgEAFYIBACeCAQAqggEAPMIBAACCQQASAkEAFIJBACdCQQAqwkEAPIJBAD3CQQARwoEAFQKBACcCgQApAoEAOJiEAD2CgQARgsEAE4LBAA3YxAAnQsEAPALBAD+CwQARQwEAFYMBACMYxAAoQwEAOFjEAD0DAQARA0EAEwNBACZDQQAqA0EAO4NBADzDQQAQw4EAFAOBACYDgQApQ4EAO0OBAD5DgQAQg8EAFEPBACXDwQAoQ8EAItkEADuDwQA6wYOAPIPBADFLgwA/w8EAEEQBABQEAQAlhAEAKIQBADrEAQA7BAEAEARBABKEQQAlREEAKMRBADqEQQA7xEEAD8SBABMEgQA4GQQAJgSBADpEgQA9BIEAD4TBABMEwQAkxMEAKQTBADoEwQA9BMEAD0UBABFFAQANWUQAJcUBADnFAQA9BQEADwVBABJFQQAkRUEAJ0VBADmFQQA9RUEADsWBABFFgQAkBYEAJ4WBADlFgQA8hYEADoXBABRFwQAimUQAJwXBADkFwQA8RcEADkYBABFGAQAjhgEAJ0YBADjGAQA7RgEADgZBABGGQQAjRkEAFQZBAAzbgkAkhkEAOIZBADvGQQANxoEAD8aBADfZRAAmBoEAOEaBADxGgQANhsEAD8bBACLGwQAjhsEAOAbBADsGwQANRwEADwcBAA0ZhAAlxwEAN8cBADuHAQANB0EADUdBACJHQQAoB0EAN4dBAD4HQQAMx4EAD8eBACIHgQAmx4EAN0eBADsHgQAMh8EAD4fBACHHwQAiB8EANwfBADmHwQAMSAEAD8gBACGIAQAiyAEANsgBADoIAQAiWYQAEohBACFIQQAlCEEANohBADcIQQALyIEAN8hBAB+KAQAPCIEAIQiBACRIgQA2SIEAN4iBAAuIwQAOCMEAIMjBACSIwQA2CMEAN0jBAAtJAQAOiQEAIIkBACPJAQA1yQEAOMkBAAsJQQAOyUEAIElBACLJQQA1iUEAOMlBAArJgQAMCYEAIAmBACEJgQA1SYEAOEmBAAqJwQAMCcEAH8nBACFJwQA1CcEANknBAApKAQALygEAN5mEACLKAQA0ygEAOAoBAAoKQQANCkEAH0pBACMKQQA0ikEANwpBAAnKgQANSoEAHwqBACBKgQA0SoEAN4qBAAmKwQALSsEAHsrBACAKwQA0CsEANwrBAAlLAQAKCwEAHosBACHLAQAzywEANQsBAAkLQQALi0EAHktBACFLQQAzi0EAOEtBAAjLgQAMS4EAHguBAB7LgQAzS4EANcuBAAiLwQALi8EAHcvBAB9LwQAzC8EANIvBAAhMAQAJjAEAHYwBAB8MAQAM2cQANUwBAAyxwYA1zAEAJUMCQDaMAQAIDEEACIxBAB1MQQAhjEEAMoxBADbMQQAHzIEACcyBAB0MgQAhDIEAMkyBADLMgQAHjMEACwzBABzMwQAhDMEAIhnEADPMwQA3WcQAB40BAByNAQAdzQEAMc0BAB4NAQARmAEAM00BAAcNQQAJjUEAHE1BAB9NQQAxjUEAMw1BAAbNgQAITYEAHA2BAB1NgQAxTYEAMs2BAAyaBAAKDcEAG83BACINwQAxDcEAMU3BAAZOAQANjgEAG44BAB2OAQAoVoEAIg4BADDOAQAxjgEABg5BAAdOQQAMWkQAIY5BADCOQQAyDkEABc6BADYOQQAFuUEABk6BABsOgQAcjoEAME6BADVOgQAFjsEAB47BABrOwQAeDsEAMA7BADFOwQAFTwEAB88BABqPAQAcjwEAL88BADQPAQAFD0EABk9BABpPQQAaz0EAL49BADFPQQAEz4EAB8+BABoPgQAbz4EAL0+BADZPgQAEj8EABo/BACGaRAAaD8EALw/BADIPwQAEUAEAB5ABABmQAQAbkAEALtABAC+QAQAEEEEABtBBABlQQQAZ0EEALpBBADAQQQAD0IEABtCBABkQgQAa0IEALlCBADBQgQADkMEABNDBABjQwQAfEMEALhDBADkQwQADUQEABlEBABiRAQAcUQEALdEBADBRAQADEUEABRFBABhRQQAcUUEALZFBADERQQAC0YEABxGBABgRgQAbEYEANtpEAC6RgQACkcEABJHBABfRwQAYEcEALRHBAB1RwQAXUILANFHBAAJSAQAEUgEAF5IBABiSAQAs0gEALlIBAAISQQACkkEAF1JBABeSQQAskkEALNJBAAHSgQAE0oEAFxKBABiSgQAsUoEALlKBAAGSwQACEsEAFtLBAB2SwQAsEsEALJLBAAFTAQAE0wEAFpMBABrTAQAr0wEALFMBAAETQQAHU0EAFlNBABqTQQArk0EALpNBAAwahAAEU4EAFhOBAAfTgQAHtoHAG5OBACtTgQArk4EAAJPBAATTwQAV08EAGNPBACsTwQAwk8EAAFQBAANUAQAVlAEAGNQBACrUAQAtVAEAABRBAACUQQAVVEEAF9RBACqUQQAuFEEAP9RBAAEUgQAVFIEAGFSBACpUgQAxVIEAP5SBAAGUwQAhWoQAGFTBACoUwQAwVMEAP1TBAD+UwQAUlQEAG9UBACnVAQAr1QEAPxUBAANVQQAUVUEAF9VBACmVQQAv1UEAPtVBAABVgQAUFYEAFJWBAClVgQAq1YEAPpWBAAOVwQAT1cEAFdXBACkVwQAsVcEAPlXBAD+VwQATlgEAFhYBACjWAQAq1gEAPhYBAAIWQQATVkEAFJZBACiWQQAq1kEAPdZBAAEWgQATFoEAFNaBADaahAAsloEAPZaBAAEWwQAS1sEAGRbBACgWwQAplsEAPVbBAD3WwQASlwEAFBcBACfXAQAs1wEAPRcBAD8XAQASV0EAFZdBACeXQQAo10EAPNdBAD9XQQASF4EAFBeBACdXgQArV4EAPJeBAD3XgQAR18EAFBfBACcXwQAqV8EAPFfBAD4XwQAL2sQAEtgBACbYAQAnGAEAPBgBAD8YAQARWEEAEthBACaYQQAq2EEAO9hBAADYgQARGIEAFNiBACZYgQAnmIEAO5iBAD7YgQAQ2MEAFNjBACYYwQApmMEAO1jBAAEZAQAQmQEAEtkBACXZAQAnWQEAOxkBAD4ZAQAQWUEAEhlBACWZQQAsmUEAOtlBADzZQQAhGsQAEZmBACVZgQAm2YEAOpmBADvZgQAP2cEAEVnBADZaxAAmWcEAOlnBADrZwQAPmgEAEVoBACTaAQAoWgEAOhoBAD1aAQAPWkEAFRpBACSaQQAmmkEAOdpBADoaQQAPGoEAD9qBACRagQApWoEAOZqBAD1agQAO2sEAEBrBACQawQAkWsEAOVrBAD8awQAg2wQAEhsBACPbAQApWwEAORsBADwbAQAOW0EAD5tBACObQQAl20EAONtBADtbQQAOG4EAERuBABpOwYAVG4EAI1uBACVbgQA2GwQAOduBAA3bwQARG8EAIxvBACZbwQA4W8EAO1vBAA2cAQARXAEAItwBACVcAQA4HAEAO5wBAA1cQQAOnEEAIpxBACXcQQA33EEAOdxBAAtbRAAQnIEAIlyBACfcgQA3nIEAOpyBAAzcwQAOHMEAIhzBACRcwQA3XMEAOdzBAAydAQAOnQEAId0BACTdAQA3HQEAO90BAAxdQQAMnUEAIZ1BACUdQQA23UEAOF1BAAwdgQAPHYEAIV2BACMdgQAgm0QAOR2BAAvdwQAN3cEAIR3BACKdwQAt5QJAJN3BADZdwQA3ncEAH3TBADfdwQALngEADp4BACDeAQAhXgEANh4BADieAQALXkEADl5BACCeQQAinkEANdtEADfeQQALHoEADt6BACBegQAhnoEANZ6BADjegQAK3sEADh7BACAewQAjHsEANV7BADkewQAKnwEADR8BAB/fAQAjXwEANR8BADZfAQAKX0EADZ9BAB+fQQAhn0EANN9BADdfQQAKH4EAC1+BAB9fgQAhX4EANJ+BADdfgQAJ38EACx/BAB8fwQAf38EANF/BADbfwQAJoAEAC6ABAAsbhAAgIAEANCABADSgAQAJYEEACyBBAB6gQQAiIEEAM+BBADcgQQAJIIEADuCBAB5ggQAgYIEAM6CBADYggQAI4MEAOSCBADF4AQALoMEAHiDBACEgwQAzYMEANWDBACBbhAAI4QEAHeEBAAshAQAoVkFADiEBABfRgUAfIQEAMyEBADPhAQAIYUEACuFBAB2hQQAjYUEAMuFBADRhQQAIIYEACyGBAB1hgQAeIYEAMqGBADnhgQAH4cEADCHBAB0hwQAk4cEAMmHBADRhwQAHogEACCIBABziAQAgogEAMiIBADSiAQAHYkEACuJBAByiQQAjYkEAMeJBADTiQQAHIoEACSKBADWbhAAfYoEAMaKBADVigQAG4sEACCLBABwiwQAdosEAMWLBADMiwQAGowEACKMBABvjAQAcYwEAMSMBADLjAQAGY0EABuNBABujQQAb40EAMONBADNjQQAGI4EACSOBABtjgQAc44EAMKOBADcjgQAF48EAB+PBABsjwQAgo8EAMGPBADPjwQAFpAEABmQBABrkAQAbpAEAMCQBADOkAQAFZEEACKRBABqkQQAgZEEAL+RBADHkQQAFJIEABaSBABpkgQAcZIEAL6SBADVkgQAE5MEAB+TBABokwQAfpMEAL2TBADFkwQAEpQEACCUBABnlAQAcZQEALyUBADElAQAEZUEABiVBABmlQQAcpUEALuVBAC8lQQAEJYEAByWBABllgQAcpYEALqWBADBlgQAD5cEABKXBABklwQAbJcEALmXBAC+lwQADpgEABuYBABjmAQAk5gEALiYBADAmAQAK28QABWZBABHqBAAKZkEAGKZBABqmQQAgG8QAMWZBAAMmgQADpoEAGGaBABymgQAtpoEAL6aBAALmwQAF5sEAGCbBABmmwQAtZsEALubBAAKnAQAD5wEAF+cBABlnAQA1W8QALmcBAAJnQQAwJwEAL01DQARnQQAXp0EAGOdBABgQAoAZJ0EAP1MCwBqnQQAo/wKAG2dBACznQQAb50EAFVKCwC4nQQACJ4EALmdBABlPAkAFZ4EAF2eBABqngQAsp4EAL6eBAAHnwQAFp8EAFyfBABmnwQAKXEQALufBAAGoAQAC6AEAFugBABjoAQAfnEQALagBAAFoQQAG6EEAFqhBABooQQAr6EEALyhBAAEogQABqIEAFmiBABjogQArqIEALqiBAADowQACqMEAFijBABgowQAraMEALSjBAACpAQAC6QEAFekBABjpAQArKQEALSkBAAochAABqUEAFalBABepQQAq6UEALqlBAAApgQABaYEAFWmBABipgQAqqYEALemBAD/pgQAC6cEAFSnBABjpwQAqacEALOnBAD+pwQADKgEAFOoBABYqAQAqKgEALWoBAD9qAQABakEAFKpBABcqQQAp6kEALWpBAD8qQQAEqoEAFGqBABdqgQApqoEAKuqBAD7qgQABKsEAFCrBABaqwQAfXIQAK+rBAD6qwQABqwEAE+sBABXrAQA0nIQAKmsBAD5rAQABq0EAE6tBABbrQQAo60EAK+tBAD4rQQAB64EAE2uBABXrgQAoq4EALquBAD3rgQAAa8EAEyvBABarwQAoa8EALevBAD2rwQAArAEAEuwBABQsAQAoLAEAKmwBAD1sAQA/7AEAEqxBABSsQQAJ3MQAKyxBAD0sQQAtbEEAILDDwABsgQASbIEAFWyBACesgQArbIEAPOyBAD9sgQASLMEAFazBACdswQAqrMEAPKzBAAJtAQAR7QEAE+0BACctAQAprQEAPG0BAD2tAQARrUEAE61BAB8cxAAp7UEAPC1BAD2tQQARbYEAGC2BACatgQAprYEAO+2BAD1tgQA0XMQAEy3BAAmdBAAnrcEAO63BAD7twQAQ7gEAFC4BACYuAQApLgEAO24BAD8uAQAQrkEAEy5BACXuQQApbkEAOy5BADxuQQAQboEAE66BACWugQAnroEAHt0EAD3ugQAQLsEAFC7BACVuwQAnrsEAOq7BADtuwQAP7wEAEu8BACUvAQAm7wEANB0EAD3vAQAPr0EAFS9BACTvQQAn70EAOi9BADvvQQAPb4EAEW+BACSvgQAl74EAOe+BADwvgQAPL8EAEa/BAAldRAAlr8EAOa/BACdvwQAN8QEAO6/BAA7wAQAQcAEAJDABACVwAQA5cAEAO7ABAA6wQQARMEEAI/BBACbwQQA5MEEAOzBBAB6dRAAPsIEAI7CBACWwgQA48IEAO7CBAA4wwQAPcMEAI3DBACQwwQA4sMEAOzDBADPdRAAQcQEAIzEBACQxAQA4cQEAObEBAA2xQQAPMUEAIvFBACrxQQA4MUEAOjFBAA1xgQAQ8YEAIrGBACNxgQA38YEAOfGBAA0xwQAPccEAInHBACWxwQA3scEAOTHBAAzyAQAP8gEAIjIBACKyAQA3cgEAOzIBAAyyQQAPckEAIfJBACJyQQA3MkEAPXJBAAxygQAQsoEAIbKBACSygQAJHYQAOPKBAAwywQAUMsEAIXLBACTywQA2ssEAOfLBAAvzAQANswEAITMBACgzAQA2cwEAOHMBAB5dhAAM80EAIPNBACQzQQA2M0EAOXNBAAtzgQAOc4EAILOBACRzgQA184EAOHOBAAszwQAQc8EAIHPBACJzwQA1s8EAOXPBAAr0AQALdAEAIDQBACJ0AQA1dAEANjQBAAq0QQANtEEAH/RBACb0QQA1NEEANzRBADOdhAALtIEAH7SBACU0gQA09IEAN/SBAAo0wQAS9MEACN3EACK0wQA0tMEAN/TBAAn1AQAM9QEAHzUBACL1AQA0dQEANvUBAAm1QQALtUEAHvVBACF1QQA0NUEANXVBAAl1gQALdYEAHh3EACO1gQAz9YEAPXWBAAk1wQAStcEAHnXBACf1wQAztcEAPnXBAAj2AQAK9gEAHjYBACi2AQAzdgEAATZBAAi2QQASNkEAHfZBACd2QQAzNkEAAPaBAAh2gQATNoEAHbaBAB+2gQAy9oEANDaBABxNAUA2toEACDbBAAl2wQAddsEAILbBADK2wQA19sEAB/cBAAr3AQAdNwEAIPcBADJ3AQA09wEAB7dBAAs3QQAc90EAHjdBADI3QQA1d0EAB3eBAAl3gQAct4EAHjeBADH3gQAfN4EAMkxBQDT3gQAHN8EACzfBABx3wQAet8EAMbfBADJ3wQAG+AEACfgBABw4AQAd+AEAM13EADZ4AQAGuEEAB3hBABv4QQAjOEEAMThBADV4QQAGeIEACDiBABu4gQAh+IEAMPiBADL4gQAGOMEAC7jBABt4wQAcuMEAMLjBADJ4wQAF+QEACDkBABs5AQAfeQEAMHkBADN5AQAIngQABjlBABo6AQAKuUEAGvlBABu5QQAwOUEAN3lBAAV5gQAJuYEAGrmBAB55gQAv+YEANDmBAAU5wQAIucEAGnnBAB15wQAvucEAMvnBAAT6AQAHegEAHd4EABu6AQAvegEAMvoBAAS6QQAFOkEAGfpBABu6QQAvOkEANXpBADMeBAAGuoEAGbqBABz6gQAu+oEAMnqBAAQ6wQAH+sEAGXrBABn6wQAuusEAMTrBAAP7AQAHewEAGTsBABp7AQAuewEAMbsBAAO7QQAEe0EAGPtBABv7QQAuO0EAMvtBAAN7gQAHO4EAGLuBABu7gQAt+4EALjuBAAM7wQAFu8EAGHvBABv7wQAtu8EALvvBAAL8AQAGPAEACF5EABl8AQAtfAEAMvwBAAK8QQAIPEEAF/xBABo8QQAtPEEAMHxBAAJ8gQAF/IEAF7yBABt8gQAs/IEALXyBAAI8wQAEvMEAF3zBABr8wQAsvMEALfzBAAH9AQAFPQEAFz0BABf9AQAsfQEALn0BAAG9QQAF/UEAFv1BABp9QQAsPUEAL31BAAF9gQAJfYEAFr2BABi9gQAr/YEAL/2BAAE9wQABvcEAFn3BABn9wQArvcEAL/3BAAgehAACfgEAFj4BABk+AQAdXoQALT4BAAC+QQAuvgEAGjmBgAJ+QQAV/kEAF35BACs+QQAuPkEAAH6BAAE+gQAVvoEAFn6BACr+gQA0/oEAAD7BAAj+wQAVfsEAGD7BACq+wQAr/sEAP/7BAAC/AQAVPwEAF78BACp/AQA0fwEAMp6EAAD/QQAU/0EAGD9BACo/QQAtf0EAP39BAAJ/gQAUv4EAGH+BACn/gQAsf4EAPz+BAAE/wQAUf8EAFv/BACm/wQAq/8EAPv/BAADAAUAH3sQAF0ABQClAAUAuQAFAPoABQACAQUATwEFAFQBBQCkAQUAtAEFAPkBBQABAgUATgIFAFgCBQCjAgUArgIFAPgCBQAEAwUATQMFAFUDBQB0exAAowMFAPcDBQADBAUATAQFAFsEBQChBAUArwQFAPYEBQAGBQUASwUFAFkFBQCgBQUArAUFAPUFBQD8BQUASgYFAFIGBQCfBgUAtQYFAPQGBQAIBwUASQcFAEwHBQCeBwUAuwcFAPMHBQAECAUASAgFAFAIBQCdCAUAqAgFAPIIBQD3CAUARwkFAEoJBQCcCQUApgkFAPEJBQD0CQUAyXsQAEgKBQCaCAgASwoFAJsKBQCeCgUA8AoFAPoKBQBFCwUATQsFAJoLBQC5CwUAHnwQAAMMBQBEDAUAagwFAJkMBQC/DAUA7gwFABQNBQBDDQUAew0FAJgNBQDPDQUA7Q0FABMOBQBCDgUAaA4FAJcOBQDODgUA7A4FABAPBQBBDwUAXQ8FAJYPBQCeDwUAc3wQAPAPBQBAEAUATRAFAJUQBQCiEAUA6hAFAPYQBQA/EQUAThEFAJQRBQCeEQUA6REFAPcRBQA+EgUAQxIFAJMSBQCgEgUA6BIFAPASBQDIfBAASRMFAJITBQCiEwUA5xMFAPATBQA8FAUAPxQFAJEUBQCdFAUA5hQFAO0UBQAdfRAASRUFAJAVBQCmFQUA5RUFAPEVBQA6FgUAQRYFAI8WBQCXFgUA5BYFAOkWBQA5FwUAQhcFAI4XBQCYFwUAcn0QAOQXBQA4GAUARBgFAI0YBQCTGAUA4hgFAOQYBQA3GQUAQRkFAIwZBQCaGQUA4RkFAOYZBQA2GgUAQxoFAIsaBQCTGgUA4BoFAOoaBQA1GwUAQxsFAIobBQCgGwUA3xsFAOsbBQA0HAUAOxwFAIkcBQCRHAUA3hwFAOMcBQAzHQUAPB0FAIgdBQCSHQUAx30QAOAdBQAyHgUATx4FAIceBQCYHgUA3B4FAOoeBQAxHwUASR8FAIYfBQCJHwUA2x8FAPgfBQAwIAUAQSAFAIUgBQCdIAUA2iAFAOYgBQAvIQUAQiEFAIQhBQCTIQUA2SEFAOUhBQAuIgUALyIFAIMiBQCNIgUA2CIFAOYiBQAtIwUAMiMFAIIjBQCPIwUAHH4QANwjBQAsJAUAOSQFAIEkBQCOJAUA1iQFAOIkBQArJQUAOiUFAIAlBQCKJQUA1SUFAOMlBQAqJgUALyYFAH8mBQCMJgUA1CYFANwmBQAbfxAANScFAH4nBQCOJwUA0ycFANwnBQAoKAUAKygFAH0oBQCJKAUA0igFANkoBQBwfxAANSkFAHwpBQCSKQUA0SkFAN0pBQAmKgUALSoFAHsqBQCDKgUA0CoFANUqBQAlKwUALisFAHorBQCEKwUAxX8QANArBQAkLAUAMCwFAHksBQB/LAUAziwFANAsBQAjLQUALS0FAHgtBQCGLQUAzS0FANItBQAiLgUALy4FAHcuBQB/LgUAzC4FANYuBQAhLwUALy8FAHYvBQCMLwUAyy8FANcvBQAgMAUAJzAFAHUwBQB9MAUAyjAFAM8wBQAfMQUAKDEFAHQxBQB+MQUAGoAQANcxBQAeMgUANDIFAHMyBQB/MgUAyDIFAM8yBQAdMwUAJTMFAHIzBQB3MwUAxzMFANAzBQAcNAUAJjQFAG+AEAByNAUAxjQFANI0BQAbNQUAITUFAHA1BQByNQUAxTUFAM81BQAaNgUAKDYFAG82BQB0NgUAxDYFANE2BQAZNwUAITcFAG43BQB4NwUAwzcFANE3BQAYOAUALjgFAG04BQB5OAUAwjgFAMk4BQAXOQUAHzkFAGw5BQBxOQUAwTkFAMo5BQAWOgUAIDoFAMSAEABtOgUAWUUMAHk6BQDAOgUA0ToFABU7BQAaOwUAajsFAIE7BQC/OwUA0zsFABQ8BQAsPAUAaTwFAHg8BQC+PAUAwzwFABM9BQAgPQUAaD0FAHU9BQC9PQUAyT0FABI+BQAhPgUAZz4FAHE+BQC8PgUAxD4FABE/BQAvPwUAZj8FAG4/BQC7PwUAxD8FABBABQAdQAUAZUAFAGdABQC6QAUA00AFAA9BBQAgQQUAZEEFAHBBBQC5QQUAwUEFABmBEAATQgUAY0IFAGtCBQC4QgUAx0IFAA1DBQASQwUAYkMFAG9DBQC3QwUAxEMFAAxEBQAYRAUAYUQFAHBEBQC2RAUAwEQFAAtFBQATRQUAYEUFAGpFBQC1RQUAukUFAApGBQASRgUAboEQAHNGBQC0RgUAt0YFAAlHBQAmRwUAXkcFAG9HBQCzRwUA6kcFAAhIBQAnSAUAXUgFAGVIBQCySAUAtEgFAAdJBQAWSQUAXEkFAGZJBQCxSQUAv0kFAAZKBQAhSgUAW0oFAGdKBQCwSgUAuEoFAMOBEAARSwUAWksFAGlLBQCvSwUAtEsFAARMBQAKTAUAWUwFAGBMBQCuTAUAtkwFAANNBQAFTQUAWE0FAF9NBQCtTQUAr00FAAJOBQADTgUAV04FAGFOBQCsTgUAuE4FAAFPBQAHTwUAVk8FAHBPBQCrTwUAs08FAABQBQAWUAUAVVAFAGNQBQCqUAUArVAFAP9QBQACUQUAVFEFAGJRBQCpUQUAtlEFAP5RBQAVUgUAU1IFAFtSBQCoUgUAqlIFAP1SBQAFUwUAUlMFAGlTBQCnUwUAs1MFAPxTBQASVAUAUVQFAFlUBQCmVAUAtFQFAPtUBQAFVQUAUFUFAFhVBQClVQUArFUFAPpVBQAGVgUAT1YFAFBWBQCkVgUAsFYFAPlWBQAGVwUATlcFAFVXBQCjVwUAplcFAPhXBQAAWAUATVgFAFJYBQCiWAUAr1gFAPdYBQAnWQUATFkFAFRZBQAYghAAp1kFAPZZBQAEWgUAS1oFAFxaBQCgWgUApVoFAPVaBQAMWwUASlsFAF5bBQCfWwUAvlsFAPRbBQD8WwUASVwFAEtcBQCeXAUArVwFAPNcBQD9XAUASF0FAFZdBQCdXQUAuF0FAPJdBQD+XQUAR14FAE9eBQBtghAAqF4FAPFeBQAAXwUARl8FAEtfBQCbXwUAoV8FAPBfBQD3XwUARWAFAE1gBQCaYAUAnGAFAO9gBQD2YAUARGEFAEZhBQCZYQUAmmEFAO5hBQD4YQUAQ2IFAE9iBQCYYgUAnmIFAO1iBQAHYwUAQmMFAEpjBQCXYwUArWMFAOxjBQD6YwUAQWQFAERkBQCWZAUAmWQFAOtkBQD5ZAUAQGUFAE1lBQCVZQUArGUFAOplBQDyZQUAP2YFAEFmBQCUZgUAnGYFAOlmBQAAZwUAPmcFAEpnBQCTZwUAqWcFAOhnBQDwZwUAPWgFAEtoBQCSaAUAnGgFAOdoBQDvaAUAPGkFAENpBQCRaQUAnWkFAOZpBQDnaQUAO2oFAEdqBQCQagUAnWoFAOVqBQDsagUAOmsFAD1rBQCPawUAl2sFAORrBQDpawUAOWwFAEZsBQCObAUAvmwFAONsBQDrbAUAwoIQAD1tBQCNbQUAqW0FAOJtBQDqbQUAF4MQAHBuBQCMbgUAsm4FAOFuBQAKbwUANm8FAG1vBQCLbwUAoG8FAOBvBQDobwUANXAFADhwBQCKcAUAp3AFAN9wBQDwcAUANHEFADdxBQCJcQUAk3EFAN5xBQDgcQUAM3IFAD1yBQCIcgUAlHIFAN1yBQD5cgUAMnMFADpzBQBsgxAAunMFANxzBQDfcwUAMXQFAFd0BQCGdAUAr3QFANt0BQD/dAUAMHUFADh1BQDBgxAAinUFANp1BQDndQUAL3YFADx2BQCEdgUAkHYFANl2BQDodgUALncFADh3BQCDdwUAkXcFANh3BQDddwUALXgFADp4BQCCeAUAingFANd4BQDheAUALHkFADp5BQCBeQUAl3kFANZ5BQDieQUAK3oFADB6BQCAegUAiXoFANV6BQDfegUAKnsFAEZ7BQB/ewUAh3sFABaEEADWewUAKXwFADd8BQB+fAUAj3wFAGuEEADafAUAwIQQAC19BQB9fQUAhX0FANJ9BQDhfQUAJ34FAC1+BQB8fgUAiH4FANF+BQDTfgUAJn8FADB/BQB7fwUAh38FANB/BQDYfwUAaoUQACqABQB6gAUAiYAFAM+ABQDvgAUAJIEFADCBBQB5gQUAg4EFAM6BBQDWgQUAI4IFACWCBQB4ggUAiIIFAM2CBQDXggUAIoMFAC6DBQB3gwUAfYMFAMyDBQDUgwUAv4UQADiEBQB2hAUAfoQFAMuEBQDVhAUAIIUFACWFBQB1hQUAfYUFABSGEADPhQUAH4YFACiGBQApywsALIYFAHSGBQA1hgUA3mgOAH6GBQAYLw4AgYYFAMmGBQDVhgUAHocFAC2HBQBzhwUAfYcFAMiHBQDQhwUA5w0LANaHBQAdiAUAKogFAHKIBQCJiAUAx4gFAM+IBQAciQUAJokFAHGJBQB2iQUAxokFAM6JBQBphhAAKIoFAHCKBQB+igUAxYoFANiKBQAaiwUAIosFAG+LBQByiwUAxIsFAMmLBQAZjAUAKIwFAG6MBQCOjAUAw4wFAM+MBQAYjQUAIo0FAG2NBQCJjQUAwo0FAMqNBQC+hhAAKo4FAGyOBQByjgUAwY4FAM2OBQAWjwUAII8FAGuPBQBxjwUAwI8FAM6PBQAVkAUAIZAFAGqQBQBtkAUAv5AFAMCQBQAUkQUAIJEFAGmRBQBvkQUAvpEFAMSRBQATkgUAH5IFAGiSBQCFkgUAvZIFAMaSBQASkwUAHpMFAGeTBQBqkwUAvJMFAMaTBQARlAUAHZQFAGaUBQBslAUAu5QFAMGUBQAQlQUAFZUFAGWVBQBrlQUAE4cQAMaVBQAPlgUAEZYFAGSWBQBzlgUAuZYFAMSWBQAOlwUAGpcFAGOXBQBqlwUAuJcFAMCXBQANmAUAF5gFAGKYBQBtmAUAt5gFAMOYBQAMmQUAFJkFABKIEABjmQUAtpkFAMmZBQALmgUAE5oFAGCaBQBmmgUAtZoFAMGaBQAKmwUAFJsFAF+bBQBlmwUAtJsFAMKbBQAJnAUAFZwFAF6cBQBhnAUAs5wFALucBQAInQUACZ0FAF2dBQBpnQUAsp0FALidBQAHngUAD54FAFyeBQBingUAsZ4FAL2eBQAGnwUAI58FAFufBQBknwUAsJ8FALyfBQAFoAUACKAFAFqgBQBkoAUAr6AFALegBQAEoQUAFaEFAFmhBQBnoQUArqEFAMShBQADogUAEaIFAFiiBQBiogUAZ4gQALyiBQACowUADaMFAFejBQBjowUArKMFALOjBQABpAUACaQFAFakBQBgpAUAq6QFALakBQAApQUADKUFAFWlBQBdpQUAvIgQAKylBQD/pQUAEqYFAFSmBQBcpgUAqaYFAK+mBQD+pgUACqcFAFOnBQBdpwUAqKcFAK6nBQD9pwUAC6gFAFKoBQBeqAUAp6gFAKqoBQD8qAUABKkFAFGpBQBSqQUApqkFALKpBQD7qQUAAaoFAFCqBQBYqgUApaoFAKuqBQD6qgUABqsFAE+rBQBsqwUApKsFAK2rBQD5qwUABawFAE6sBQBRrAUAo6wFAK2sBQD4rAUAAK0FAE2tBQBerQUAoq0FALCtBQD3rQUADa4FAEyuBQBargUAoa4FAKuuBQD2rgUA/q4FAEuvBQBurwUAEYkQAKuvBQD1rwUAA7AFAEqwBQBZsAUAn7AFAKqwBQD0sAUA/LAFAEmxBQBXsQUAnrEFAKGxBQDzsQUA+7EFAGaJEABWsgUAnbIFAKCyBQDysgUA+rIFAJoKBgD+sgUAcN8FAAGzBQBBuQUADrMFAEezBQBjswUAu4kQAJ6zBQDxswUA/rMFAEa0BQBTtAUAm7QFAKC0BQDwtAUA+rQFAEW1BQBUtQUAmrUFAJ+1BQDvtQUA/LUFAES2BQBRtgUAmbYFAKW2BQDutgUA/bYFAEO3BQBNtwUAmLcFAKS3BQDttwUA87cFAEK4BQBIuAUAl7gFAJy4BQDsuAUA8rgFABCKEABGuQUA0NQFAFK5BQCWuQUApLkFAOu5BQD3uQUAQLoFAE26BQCVugUAn7oFAOq6BQAGuwUAP7sFAFu7BQBlihAAlrsFAOm7BQD2uwUAPrwFAEu8BQCTvAUAmLwFAOi8BQDyvAUAPb0FAEy9BQCSvQUAl70FAOe9BQD0vQUAPL4FAEm+BQCRvgUAnb4FAOa+BQD1vgUAO78FAEW/BQCQvwUAnL8FAOW/BQDrvwUAOsAFAEDABQCPwAUAlMAFAOTABQDqwAUAuooQAEDBBQCOwQUAnMEFAOPBBQDmwQUAOMIFAEfCBQCNwgUAksIFAOLCBQDvwgUAN8MFAETDBQCMwwUAmMMFAOHDBQDwwwUANsQFAEDEBQCLxAUAmcQFAODEBQDlxAUANcUFAELFBQCKxQUAlsUFAN/FBQDyxQUANMYFAEPGBQCJxgUAlcYFAN7GBQDfxgUAM8cFAD3HBQCIxwUAlscFAN3HBQDixwUAMsgFAD/IBQAPixAAicgFANzIBQDqyAUAMckFAELJBQAOjBAAjckFAGOMEADgyQUAMMoFADjKBQCFygUAlMoFANrKBQDfygUAL8sFADzLBQCEywUAkcsFANnLBQDlywUALswFAD3MBQCDzAUAjcwFAA2NEADazAUALc0FAEjNBQCCzQUAhM0FANfNBQDxzQUALM4FADnOBQCBzgUAjc4FANbOBQDgzgUAK88FAEXPBQCAzwUAj88FANXPBQDazwUAKtAFADfQBQB/0AUAjNAFANTQBQDg0AUAKdEFADjRBQB+0QUAiNEFANPRBQDf0QUAKNIFADvSBQB90gUAjNIFANLSBQDe0gUAJ9MFACjTBQB80wUAhtMFANHTBQDf0wUAJtQFACvUBQB71AUAiNQFAGKNEADd1AUAJdUFADLVBQB61QUAhtUFAM/VBQDe1QUAJNYFAC7WBQB51gUAh9YFAM7WBQDT1gUAI9cFADDXBQB41wUAhNcFAM3XBQDg1wUAItgFADHYBQB32AUAg9gFAMzYBQDN2AUAIdkFACvZBQB22QUAhNkFAMvZBQDQ2QUAINoFAC3aBQC3jRAAgtoFAMraBQDM2gUAH9sFADjbBQB02wUAhdsFAMnbBQDV2wUAHtwFACbcBQC2jhAAeNwFAMjcBQDQ3AUAHd0FACzdBQBy3QUAd90FAMfdBQDU3QUAHN4FACneBQBx3gUAfd4FAMbeBQDV3gUAG98FACXfBQALjxAAg98FAMXfBQDU3wUAGuAFACbgBQBv4AUAcOAFAMTgBQDO4AUAGeEFACfhBQBu4QUAc+EFAMPhBQDQ4QUAYI8QAB3iBQBt4gUAeuIFAMLiBQDP4gUAF+MFACPjBQBs4wUAe+MFAMHjBQDL4wUAFuQFACTkBQBr5AUAcOQFAMDkBQDN5AUAFeUFAB3lBQBfkBAAduUFAL/lBQDP5QUAFOYFAB3mBQBp5gUAbOYFAL7mBQDK5gUAE+cFABrnBQC0kBAAc+cFAL3nBQC+5wUAEugFACroBQBn6AUAdOgFALzoBQDI6AUAEekFABvpBQBm6QUAaukFALvpBQDA6QUAEOoFABbqBQBl6gUAheoFALrqBQDS6gUAD+sFACbrBQBk6wUAcOsFALnrBQDD6wUADuwFABDsBQBj7AUAauwFALjsBQC/7AUADe0FABPtBQBi7QUAbu0FALftBQC67QUADO4FAA/uBQBh7gUAbe4FALbuBQC57gUACZEQABDvBQBg7wUAaO8FALXvBQC77wUACvAFAA/wBQBf8AUAaPAFALTwBQC+8AUACfEFABXxBQBe8QUAZvEFAF6REAC48QUACPIFABDyBQBd8gUAaPIFALLyBQC38gUAB/MFAArzBQBc8wUAZvMFALOREAC98wUABvQFAA30BQBb9AUAafQFALD0BQCz9AUABfUFAA31BQBa9QUAXfUFAK/1BQC79QUABPYFAAr2BQBZ9gUAdPYFAK72BQC69gUAA/cFAAn3BQBY9wUAYPcFAK33BQCx9wUAAvgFAA74BQBX+AUAZPgFAKz4BQC2+AUAAfkFAAn5BQBW+QUAWPkFAKv5BQCv+QUAAPoFAAL6BQBV+gUAafoFAAiSEACy+gUA//oFAAP7BQBU+wUAVvsFAKn7BQCs+wUA/vsFAAb8BQBT/AUAYPwFAKj8BQCt/AUA/fwFAAf9BQBS/QUAWv0FAKf9BQCo/QUA/P0FAAH+BQBR/gUAVP4FAKb+BQCp/gUA+/4FAAn/BQBQ/wUAaf8FAKX/BQC2/wUA+v8FAAYABgBPAAYAVwAGAF2SEACpAAYA+QAGAAEBBgBOAQYAXQEGAKMBBgCoAQYA+AEGAAUCBgBNAgYAWgIGAKICBgCuAgYA9wIGAAYDBgBMAwYAVgMGAKEDBgCpAwYA9gMGAAAEBgBLBAYAUAQGAKAEBgCoBAYAspIQAAAFBgBKBQYAVgUGAJ8FBgCnBQYAB5MQAAAGBgBJBgYAUAYGAJ4GBgCsBgYA8wYGAPYGBgBIBwYAUAcGAJ0HBgCgBwYA8gcGAP4HBgBHCAYATQgGAJwIBgC3CAYA8QgGAP0IBgBGCQYATAkGAJsJBgC+CQYA8AkGAPMJBgBFCgYAaQoGAFyTEACpCgYA7woGAPQKBgBECwYAUQsGAJkLBgCmCwYA7gsGAPoLBgBDDAYAUgwGAJgMBgCiDAYA7QwGAPsMBgBCDQYARw0GAJcNBgCkDQYA7A0GAPQNBgCxkxAATg4GAJYOBgCeDgYA6w4GAAQPBgBADwYARg8GAJUPBgCaDwYA6g8GAAoQBgA/EAYASxAGAJQQBgChEAYA6RAGAPEQBgA+EQYAQREGAJMRBgCdEQYA6BEGAOoRBgA9EgYARxIGAJISBgCeEgYABpQQAP0SBgA8EwYASBMGAJETBgCWEwYA5hMGAJkTBgDfuREA7xMGADsUBgBFFAYAkBQGAJgUBgCn+QkAnBQGAOUUBgCzFAYAFTYKAOsUBgA6FQYA+BQGAMt9DABAFQYAjxUGAJQVBgDkFQYA6hUGAFuUEABHFgYAjhYGAKQWBgDjFgYA7xYGADgXBgA9FwYAjRcGAJYXBgDiFwYA7BcGADcYBgA/GAYAjBgGAJsYBgDhGAYA5hgGADYZBgBDGQYAixkGAJgZBgDgGQYA7BkGADUaBgBEGgYAihoGAJQaBgDfGgYA7RoGADQbBgBBGwYAiRsGAKAbBgDeGwYA5hsGADMcBgA9HAYAiBwGAI0cBgDdHAYA5RwGAFqVEAA+HQYAhx0GAI0dBgDcHQYA9x0GADEeBgA9HgYAhh4GAIweBgCvlRAA4R4GAH4fDQDuHgYAMB8GAD8fBgCFHwYAkR8GANofBgDbHwYALyAGADkgBgCEIAYAkiAGANkgBgDeIAYALiEGADshBgAElhAAiCEGANghBgDgIQYALSIGADAiBgCCIgYAiyIGANciBgDmIgYALCMGADcjBgCBIwYAiSMGANYjBgDmIwYAKyQGADkkBgCAJAYAkSQGANUkBgDhJAYAKiUGADIlBgADlxAAhSUGANQlBgDcJQYAKSYGADAmBgB+JgYAjCYGANMmBgDZJgYAKCcGADQnBgB9JwYAjCcGANInBgDcJwYAJygGACwoBgB8KAYAgigGANEoBgDlKAYAJikGAC4pBgB7KQYApSkGANApBgDZKQYAJSoGADIqBgB6KgYAiCoGAM8qBgDiKgYAJCsGAEArBgBYlxAAfisGAM4rBgDbKwYAIywGADAsBgB4LAYAhCwGAM0sBgDcLAYAIi0GACwtBgB3LQYAhS0GAMwtBgDRLQYAIS4GAC4uBgB2LgYAfi4GAK2XEADXLgYAIC8GADAvBgB1LwYAfi8GAMovBgDNLwYAHzAGACswBgB0MAYAezAGAAKYEADzMAYAHjEGACcxBgBzMQYAgDEGAMgxBgDWMQYAHTIGADAyBgByMgYAjjIGAFeYEADVMgYAHDMGADIzBgBxMwYAfTMGAMYzBgDNMwYAGzQGACM0BgBwNAYAdTQGAMU0BgDONAYAGjUGACQ1BgCsmBAAcDUGAMQ1BgDQNQYAGTYGAB82BgBuNgYAcDYGAMM2BgDNNgYAGDcGACY3BgBtNwYAcjcGAMI3BgDPNwYAFzgGAB84BgBsOAYAdjgGAME4BgDPOAYAFjkGACw5BgBrOQYAdzkGAMA5BgDHOQYAFToGAB06BgBqOgYAbzoGAL86BgDIOgYAFDsGAB47BgABmRAAbzsGAL47BgDEOwYAEzwGABg8BgBoPAYAbjwGAFaZEADCPAYAEj0GAB89BgBnPQYAdD0GALw9BgDIPQYAET4GACA+BgBmPgYAcD4GALs+BgDJPgYAED8GABU/BgBlPwYAcj8GALo/BgDCPwYAVZoQAB1ABgBkQAYAekAGALlABgDFQAYADkEGABNBBgBjQQYAbEEGALhBBgDCQQYAqpoQABlCBgBiQgYAc0IGALdCBgDDQgYADEMGABtDBgBhQwYAa0MGALZDBgDEQwYAC0QGABBEBgBgRAYAbUQGALVEBgC/RAYACkUGAMFEBgCxSAYAGEUGAF9FBgB1RQYAtEUGAMBFBgAJRgYADkYGAF5GBgBnRgYAs0YGAL1GBgAIRwYAFEcGAF1HBgBjRwYAskcGALhHBgAHSAYADEgGAFxIBgBiSAYA/5oQALdIBgAGSQYADEkGAFtJBgBgSQYAsEkGALZJBgBUmxAAE0oGAFpKBgBwSgYAr0oGALtKBgAESwYACUsGAFlLBgBiSwYArksGALhLBgADTAYAD0wGAFhMBgBrTAYArUwGALxMBgACTQYADk0GAFdNBgBYTQYArE0GALZNBgABTgYAD04GAFZOBgBbTgYAq04GALhOBgCpmxAAD08GAFVPBgB1TwYAqk8GALZPBgD/TwYACVAGAFRQBgBZUAYAqVAGAKpQBgD+UAYAClEGAFNRBgBgUQYAqFEGALRRBgD9UQYAEFIGAFJSBgBhUgYAp1IGALNSBgD8UgYA/VIGAFFTBgBbUwYAplMGALRTBgD7UwYAAFQGAFBUBgBdVAYA/psQAMFUBgBTnBAAAFUGAE9VBgBVVQYApFUGAKlVBgD5VQYA/1UGAKicEABTVgYAo1YGAKZWBgD4VgYABFcGAE1XBgBTVwYAolcGAL1XBgD3VwYAA1gGAExYBgBSWAYAoVgGAKNYBgD2WAYAEVkGAEtZBgBNWQYAoFkGAK5ZBgD1WQYABloGAEpaBgBMWgYAn1oGALhaBgD0WgYABVsGAElbBgBVWwYAp50QAKhbBgDzWwYAAVwGAEhcBgBeXAYAnVwGAKlcBgDyXAYA91wGAEddBgBQXQYAnF0GAKZdBgDxXQYA+V0GAEZeBgBLXgYAm14GAKpeBgDwXgYA/14GAEVfBgBOXwYAml8GAKBfBgDvXwYA9V8GAERgBgBQYAYAmWAGAKBgBgDuYAYA9mAGAENhBgBFYQYAmGEGAKhhBgDtYQYA92EGAEJiBgBOYgYAl2IGAJ1iBgDsYgYA9GIGAPydEABNYwYAlmMGAKdjBgDrYwYA92MGAEBkBgBPZAYAlWQGAJ9kBgDqZAYA+GQGAD9lBgBEZQYAlGUGAKFlBgDpZQYA8WUGAD5mBgBIZgYA0X0GAEpmBgCTZgYAmWYGAOhmBgDuZgYAPWcGAEJnBgCSZwYAmGcGAFGeEADzZwYAPGgGAEJoBgCRaAYArGgGAOZoBgDyaAYAO2kGAEFpBgCQaQYAmGkGAOVpBgDoaQYAOmoGAEZqBgCPagYAoGoGAORqBgDwagYAOWsGAEhrBgCOawYAmGsGAONrBgDxawYAOGwGAD1sBgCNbAYAmmwGAOJsBgDqbAYAN20GAEFtBgCMbQYAmm0GAOFtBgD3bQYANm4GAEJuBgCLbgYAkG4GAOBuBgDpbgYANW8GAD9vBgBQnxAAkG8GAN9vBgDlbwYANHAGAEBwBgCJcAYAlnAGAN5wBgDocAYAM3EGADtxBgCIcQYAknEGAN1xBgDicQYAMnIGADNyBgCHcgYAjHIGANxyBgDtcgYAMXMGADZzBgCGcwYAnXMGANtzBgDvcwYAMHQGAEx0BgCFdAYAjXQGAKWfEADidAYAL3UGADl1BgCEdQYAmHUGANl1BgDadQYALnYGADp2BgCDdgYAn3YGANh2BgDgdgYA+p8QADZ3BgCCdwYAkHcGANd3BgCRdwYAb9sKAOF3BgAseAYALngGAIF4BgCaeAYA1ngGAOd4BgAreQYAN3kGAIB5BgCIeQYAT6AQAOF5BgAqegYAMHoGAH96BgCaegYA1HoGAOB6BgApewYAL3sGAH57BgCBewYA03sGANt7BgAofAYAOHwGAH18BgCCfAYA0nwGANt8BgAnfQYANH0GAHx9BgCDfQYApKAQAN99BgAmfgYAPH4GAHt+BgCHfgYA0H4GANV+BgAlfwYALn8GAHp/BgCEfwYAz38GAOt/BgAkgAYALIAGAPmgEAB+gAYAzoAGANaABgAjgQYAJYEGAHiBBgCTgQYAzYEGAM+BBgAiggYAMIIGAHeCBgCIggYAzIIGAM6CBgAhgwYAOoMGAHaDBgCHgwYAy4MGANeDBgAghAYAKIQGAE6hEACBhAYAyoQGANCEBgAfhQYAOoUGAHSFBgCAhQYAyYUGAM+FBgAehgYAIYYGAKOhEACQhgYAyIYGAMmGBgAdhwYALIcGAHKHBgB3hwYAx4cGANSHBgAciAYAKYgGAHGIBgB9iAYAxogGANWIBgAbiQYAJYkGAHCJBgB+iQYAxYkGAMqJBgAaigYAJ4oGAG+KBgB7igYAxIoGAMqKBgAZiwYA14oGAFmgBgAfiwYAbosGAHOLBgDDiwYAyYsGAPihEAAdjAYAbYwGAI2MBgDCjAYAzowGABeNBgAdjQYAbI0GAHSNBgCVuQYAdY0GAMGNBgDOjQYAFo4GAByOBgBrjgYAd44GAMCOBgDCjgYAFY8GACSPBgBqjwYAdY8GAL+PBgDBjwYAFJAGAC2QBgBpkAYAepAGAL6QBgDKkAYAE5EGAB+RBgBokQYAe5EGAL2RBgDMkQYAEpIGAB6SBgBnkgYAaJIGALySBgDGkgYAEZMGAB+TBgBmkwYAa5MGALuTBgDIkwYATaIQAB2UBgBllAYAeZQGALqUBgDWlAYAD5UGACuVBgCiohAAc5UGALmVBgC6lQYADpYGAB2WBgBjlgYAaJYGALiWBgDFlgYADZcGABqXBgBilwYAbpcGALeXBgDGlwYADJgGABaYBgBhmAYAb5gGALaYBgC7mAYAC5kGABiZBgBgmQYAcJkGALWZBgC3mQYACpoGABiaBgBfmgYAcJoGAPeiEAC7mgYATKMQAA6bBgBemwYAa5sGALObBgDAmwYACJwGAA6cBgBdnAYAaZwGALKcBgDCnAYAB50GABCdBgBcnQYAX50GALGdBgC9nQYABp4GAA2eBgChoxAAZ54GALCeBgDAngYABZ8GAA6fBgBanwYAXZ8GAK+fBgC7nwYABKAGAAugBgD2oxAAaKAGAK6gBgC6oAYAA6EGAAShBgBYoQYAYqEGAK2hBgC7oQYAAqIGAAeiBgBXogYAZKIGAEukEACxogYAAaMGABCjBgBWowYAdqMGAKujBgC3owYAAKQGAAqkBgBVpAYAXaQGAKqkBgC2pAYA/6QGAAWlBgBUpQYAWqUGAKmlBgCupQYA/qUGAASmBgBKpRAAWKYGAKimBgCxpgYA/aYGAA6nBgBSpwYAWacGAKenBgCvpwYA/KcGAAmoBgBRqAYAVqgGAKaoBgCwqAYA+6gGAAOpBgBQqQYAX6kGAKWpBgCqqQYA+qkGAAeqBgBPqgYAXKoGAKSqBgCwqgYA+aoGAAirBgBOqwYAWKsGAKOrBgCrqwYA+KsGAAKsBgBNrAYAUqwGAKKsBgCqrAYASaYQAPysBgBMrQYAT60GAKGtBgCrrQYAnqYQAPytBgBLrgYAUK4GAKCuBgDArgYA9a4GAAGvBgBKrwYAUK8GAJ+vBgCirwYA9K8GAPavBgBJsAYAZLAGAJ6wBgCgsAYA87AGAAGxBgBIsQYAWbEGAJ2xBgCfsQYA8rEGAAuyBgBHsgYAWLIGAJyyBgCosgYA86YQAAGzBgBGswYAZrMGAJuzBgCdswYA8LMGAPyzBgAX2g4A/7MGANvIBgAMtAYAI9YGABy0BgBFtAYASLQGAJq0BgCptAYA77QGAPS0BgBEtQYAUbUGAJm1BgCmtQYA7rUGAPq1BgBDtgYAUrYGAJi2BgCitgYA7bYGAPu2BgBCtwYAR7cGAJe3BgCktwYA7LcGAPi3BgBBuAYAR7gGAJa4BgCcuAYA67gGAPC4BgBAuQYARrkGAEinEACruQYA6rkGAOy5BgA/ugYAU7oGAJS6BgCcugYA6boGAPa6BgA+uwYAQ7sGAJO7BgCduwYA6LsGAPC7BgA9vAYAVrwGAJK8BgCevAYA57wGAO+8BgCdpxAAV70GAJG9BgCTvQYA5r0GAPS9BgA7vgYATL4GAJC+BgCSvgYA5b4GAP6+BgA6vwYAS78GAI+/BgCbvwYA8qcQAOm/BgA5wAYAQsAGAI7ABgCfwAYA48AGAOrABgA4wQYAQMEGAI3BBgCawQYA4sEGAOfBBgA3wgYAQcIGAIzCBgCUwgYA4cIGAPrCBgA2wwYAQsMGAIvDBgCTwwYAnKgQAOPDBgA1xAYAP8QGAIrEBgCMxAYA38QGAPjEBgA0xQYARcUGAInFBgCXxQYA3sUGAOHFBgAzxgYAPsYGAIjGBgCUxgYA3cYGAOTGBgDxqBAAN8cGAIfHBgCPxwYA3McGAOrHBgAxyAYAMsgGAIbIBgChyAYARqkQAODIBgAwyQYAPckGAIXJBgCSyQYA2skGAObJBgAvygYAPsoGAITKBgCOygYA2coGAOfKBgAuywYAM8sGAIPLBgCQywYA2MsGAOTLBgAtzAYAM8wGAILMBgCIzAYA18wGANzMBgAszQYAMs0GAJupEACOzQYA1s0GANjNBgArzgYARM4GAIDOBgCRzgYA1c4GAOHOBgAqzwYAMs8GAJqqEACEzwYA1M8GANzPBgAp0AYAQtAGAH7QBgCD0AYA09AGANjQBgAo0QYAMtEGAH3RBgCA0QYA0tEGANzRBgAn0gYALdIGAHzSBgB+0gYA0dIGANLSBgAm0wYALtMGAHvTBgCL0wYA0NMGANbTBgAl1AYAKtQGAHrUBgCQ1AYAz9QGANfUBgAk1QYATtUGAHnVBgCc1QYAztUGAO3VBgDvqhAAK9YGAESrEACJ1gYAzdYGANvWBgAi1wYALtcGAHfXBgCE1wYAzNcGANbXBgAh2AYAKdgGAHbYBgCB2AYAy9gGAM3YBgAg2QYAI9kGAHXZBgB92QYAytkGANDZBgAf2gYAKNoGAHTaBgCB2gYAydoGANHaBgAe2wYAI9sGAHPbBgB82wYAyNsGANLbBgAd3AYAJdwGAHLcBgB33AYAx9wGANfcBgAc3QYAJN0GAHHdBgBz3QYAxt0GAOHdBgAb3gYAHd4GAHDeBgB+3gYAxd4GANbeBgAa3wYAHN8GAG/fBgCI3wYAxN8GANXfBgAZ4AYAJeAGAG7gBgB24AYAmasQAMngBgAY4QYAHeEGAG3hBgCN4QYAwuEGAM7hBgAX4gYAHeIGAGziBgBv4gYAweIGAMniBgAW4wYAIOMGAGvjBgBw4wYAwOMGAMjjBgAV5AYAH+QGAGrkBgBs5AYAv+QGANDkBgAU5QYANOUGAGnlBgBx5QYAvuUGAMjlBgAT5gYAGOYGAO6rEAB85gYAveYGAMXmBgAS5wYAF+cGAGfnBgB35wYAvOcGAMTnBgAR6AYAG+gGAGboBgBx6AYAu+gGAMfoBgAQ6QYAGOkGAEOsEABx6QYAuukGAMbpBgAP6gYAFuoGAGTqBgBs6gYAueoGANLqBgAO6wYAFOsGAGPrBgBo6wYAuOsGANjrBgAN7AYAGewGAGLsBgBo7AYAt+wGALrsBgCYrBAADu0GAGHtBgAa7QYAx9MPAGTtBgC27QYAwO0GAAvuBgAZ7gYAYO4GAG/uBgC17gYAuO4GAArvBgDN7gYAIC4HANHuBgCXDAcAFu8GAF/vBgBh7wYAtO8GALrvBgAJ8AYAGPAGAF7wBgBp8AYAs/AGALvwBgDgbQcAzfAGAAjxBgAU8QYAXfEGAHDxBgCy8QYAwfEGAAfyBgAT8gYAXPIGAF3yBgCx8gYAu/IGAAbzBgAU8wYAW/MGAGDzBgCw8wYAvfMGAO2sEAAf9AYAWvQGAGn0BgCv9AYAtPQGAAT1BgAR9QYAWfUGAGb1BgCu9QYAuvUGAAP2BgAS9gYAWPYGAGL2BgCt9gYAu/YGAAL3BgAH9wYAV/cGAGT3BgCs9wYAuPcGAAH4BgAH+AYAVvgGAFz4BgCr+AYAsPgGAAD5BgAG+QYAQq0QAFb5BgCq+QYAXvkGAFqcCQBi+QYAHIUJAGT5BgAxcgcAdfkGABLgDQC2+QYA//kGAAX6BgAMQQgADPoGAFT6BgBX+gYAqfoGALX6BgD++gYAAPsGAFP7BgBZ+wYAqPsGALf7BgD9+wYACPwGAFL8BgBT/AYAp/wGALv8BgD8/AYAFv0GAFH9BgBd/QYApv0GALn9BgD7/QYACv4GAFD+BgBc/gYApf4GAKb+BgD6/gYABP8GAE//BgBd/wYApP8GAKn/BgD5/wYABgAHAJetEABoAAcAowAHALIABwD4AAcA/QAHAE0BBwBaAQcAogEHAK8BBwD3AQcAAwIHAEwCBwBbAgcAoQIHAKsCBwD2AgcABAMHAEsDBwBQAwcAoAMHAK0DBwD1AwcAAQQHAEoEBwBQBAcAnwQHAKUEBwD0BAcA+QQHAEkFBwBPBQcA7K0QAKwFBwDzBQcADgYHAEgGBwBWBgcAnQYHAKoGBwDyBgcACQcHAEcHBwBWBwcAnAcHAKEHBwDxBwcA/gcHAEYIBwBTCAcAmwgHAKcIBwDwCAcA/wgHAEUJBwBPCQcAmgkHAKgJBwDvCQcA9AkHAEQKBwBRCgcAmQoHAJwKBwDuCgcA+goHAEMLBwBJCwcAmAsHAJ4LBwDtCwcA8gsHAEIMBwBIDAcAQa4QALMMBwCWrhAA8gwHAEENBwBDDQcAlg0HAKMNBwDrDQcA7g0HAEAOBwBBDgcAlQ4HAJoOBwDqDgcA8A4HAD8PBwBJDwcAlA8HALAPBwDpDwcABRAHAOuuEABEEAcAkxAHAJUQBwDoEAcA9RAHAD0RBwBAEQcAkhEHAJMRBwDnEQcA7BEHADwSBwBCEgcAkRIHAJsSBwDmEgcAAhMHADsTBwBXEwcAQK8QAJYTBwDlEwcA6xMHADoUBwA/FAcAjxQHAJUUBwCVrxAA5hQHADkVBwBHFQcAjhUHAJ8VBwCUsBAA6hUHAOmwEAA9FgcAjRYHAJUWBwDiFgcA5xYHADcXBwDxFgcAIysHADgXBwCMFwcAmBcHAOEXBwDuFwcANhgHAD4YBwCLGAcAlRgHAOAYBwDvGAcANRkHADYZBwCKGQcAkhkHAN8ZBwDuGQcANBoHADkaBwCJGgcAlhoHAN4aBwDrGgcAMxsHAD8bBwCIGwcAlxsHAN0bBwDnGwcAMhwHAEAcBwCHHAcAjBwHANwcBwDpHAcAMR0HADkdBwCGHQcAkB0HANsdBwDgHQcAMB4HADgeBwCTsRAAih4HANoeBwDjHgcA1SMHAOceBwAvHwcAPB8HAIQfBwCQHwcA2R8HAOgfBwAuIAcAOCAHAIMgBwCRIAcA2CAHAN0gBwAtIQcAOiEHAIIhBwCKIQcA6LEQAOMhBwAsIgcAPCIHAIEiBwCKIgcA1iIHANkiBwArIwcANyMHAIAjBwCHIwcAPbIQAOYjBwAqJAcAMSQHAH8kBwCMJAcA1CQHAPMkBwApJQcAMyUHAH4lBwCGJQcA0yUHAOIlBwAoJgcALSYHAH0mBwCKJgcA0iYHAN8mBwAnJwcAMycHAHwnBwCLJwcA0ScHANsnBwAmKAcALigHAHsoBwCFKAcA0CgHANUoBwAlKQcALSkHAJKyEACGKQcAzykHANUpBwAkKgcAPyoHAHkqBwCFKgcAzioHANQqBwDnshAAKCsHAHgrBwCFKwcAzSsHANorBwAiLAcALiwHAHcsBwCGLAcAzCwHANYsBwA8sxAAKy0HAHYtBwB7LQcAyy0HANMtBwCRsxAAKi4HAHUuBwB7LgcAyi4HAMwuBwAfLwcALC8HAHQvBwB3LwcAyS8HAMovBwAeMAcAIzAHAHMwBwB5MAcAyDAHANIwBwAdMQcANzEHAHIxBwCBMQcAxzEHAMwxBwAcMgcAKTIHAHEyBwB+MgcAxjIHANIyBwAbMwcAKjMHAHAzBwB6MwcAxTMHANMzBwAaNAcAHzQHAG80BwB8NAcAxDQHAM40BwBlPgcA0DQHABk1BwAfNQcAbjUHAHQ1BwDDNQcAyDUHABg2BwAeNgcA5rMQAHI2BwDCNgcAzzYHABc3BwAkNwcAbDcHAHg3BwDBNwcA0DcHABY4BwAgOAcAazgHAHk4BwDAOAcAxTgHABU5BwAiOQcAajkHAHI5BwDltBAAxTkHABQ6BwAaOgcAaToHAG46BwC+OgcAxDoHADq1EAAVOwcAaDsHAHE7BwC9OwcAwDsHABI8BwAePAcAZzwHAG48BwC8PAcAxDwHABE9BwAqPQcAZj0HAHo9BwC7PQcA1z0HABA+BwAYPgcA5LUQAHM+BwC6PgcA0D4HAA8/BwAbPwcAZD8HAGk/BwC5PwcAwj8HAA5ABwAYQAcAY0AHAH9ABwC4QAcAwEAHADm2EAASQQcAYkEHAG9BBwC3QQcAxEEHAAxCBwAYQgcAYUIHAHBCBwC2QgcAwEIHAAtDBwAZQwcAYEMHAGVDBwC1QwcAwkMHAApEBwASRAcAjrYQAG1EBwC0RAcAykQHAAlFBwAVRQcAXkUHAGNFBwCzRQcAvEUHAAhGBwASRgcAXUYHAGVGBwCyRgcAwUYHAAdHBwAJRwcAXEcHAGVHBwCxRwcAtEcHAAZIBwASSAcAW0gHAGJIBwCwSAcAuEgHAAVJBwAeSQcAWkkHAG5JBwCvSQcAy0kHAARKBwAMSgcA47YQAF5KBwCuSgcAu0oHAANLBwAQSwcAWEsHAGRLBwCtSwcAvEsHAAJMBwAMTAcAV0wHAGFMBwCsTAcAukwHAAFNBwAXTQcAVk0HAGJNBwCrTQcAsE0HAABOBwAJTgcAVU4HAF9OBwCqTgcAtk4HAP9OBwAFTwcAVE8HAFpPBwCpTwcArk8HAP5PBwAEUAcAOLcQAF9QBwCoUAcArFAHAP1QBwAMUQcAUlEHAFdRBwCnUQcAtFEHAPxRBwAJUgcAUVIHAF1SBwCmUgcAtVIHAPtSBwAFUwcAUFMHAF5TBwClUwcAqlMHAPpTBwAHVAcAT1QHAFtUBwCkVAcAqlQHAPlUBwD/VAcATlUHAFNVBwCjVQcAqVUHAI23EAD9VQcATVYHAFRWBwCiVgcArlYHAPdWBwD5VgcATFcHAPpWBwDxXAcAZ1cHAKFXBwCjVwcA9lcHAARYBwBLWAcAXFgHAKBYBwCiWAcA9VgHAA5ZBwBKWQcAW1kHAJ9ZBwCrWQcA9FkHAABaBwBJWgcAXFoHAJ5aBwCtWgcA81oHAP9aBwBIWwcASVsHAJ1bBwCnWwcA8lsHAABcBwBHXAcATFwHAJxcBwCpXAcA4rcQAPNcBwBGXQcAYV0HAJtdBwCdXQcA8F0HAP5dBwBFXgcAVl4HAJpeBwCcXgcA714HAAhfBwBEXwcAVV8HAJlfBwClXwcA7l8HAPpfBwBDYAcAVmAHAJhgBwCnYAcA7WAHAPlgBwBCYQcAQ2EHAJdhBwChYQcA7GEHAPphBwBBYgcARmIHAJZiBwCjYgcA4bgQAPBiBwBAYwcASGMHAJVjBwCXYwcA6mMHAPtjBwA/ZAcATWQHAJRkBwCvZAcA6WQHAPVkBwA+ZQcARmUHAOC5EACYZQcA6GUHAO9lBwA9ZgcASWYHAJJmBwCVZgcA52YHAO9mBwA8ZwcATGcHAJFnBwCWZwcA5mcHAO9nBwA7aAcASGgHAJBoBwCXaAcA5WgHAO1oBwA1uhAAR2kHAI9pBwCXaQcA5GkHAPhpBwA5agcAPmoHAI5qBwCXagcA42oHAOlqBwA4awcAQGsHAI1rBwCcawcA4msHAPNrBwA3bAcAQGwHAIxsBwCPbAcA4WwHAOtsBwA2bQcAQm0HAIttBwCRbQcAiroQAO1tBwA1bgcAOm4HAIpuBwCRbgcA324HAOtuBwA0bwcAPG8HAN+6EACkbwcA3m8HAOBvBwAzcAcAQXAHAIhwBwCZcAcA3XAHAN9wBwAycQcAS3EHAIdxBwCYcQcA3HEHAOhxBwA0uxAAQHIHAIZyBwCPcgcA23IHAOFyBwAwcwcANnMHAIVzBwCRcwcA2nMHAOFzBwAvdAcAN3QHAIR0BwCIdAcA2XQHAOR0BwAudQcAPHUHAIN1BwCUdQcA2HUHAOR1BwAtdgcANXYHAIm7EACFdgcA13YHAOF2BwAsdwcALncHAIF3BwCadwcA1ncHAOd3BwAreAcAOXgHAIB4BwCDeAcA1XgHAOB4BwAqeQcAOHkHAH95BwCMeQcA1HkHAOt5BwApegcAMXoHAH56BwCAegcA03oHANt6BwAoewcAN3sHAH17BwCCewcA0nsHAN97BwAnfAcANHwHAHx8BwCIfAcA0XwHAOB8BwAmfQcAMH0HAHt9BwCJfQcA0H0HANV9BwAlfgcAMn4HAHp+BwCCfgcAz34HANl+BwAkfwcAKX8HAHl/BwCBfwcAzn8HANF/BwAjgAcAQIAHAHiABwCJgAcAzYAHANWABwAigQcAJYEHAHeBBwCDgQcAzIEHANKBBwAhggcAPIIHAHaCBwCCggcAy4IHANGCBwDeuxAAL4MHAHWDBwB2gwcAyoMHAAKEBwAfhAcALYQHAHSEBwB1hAcAyYQHANGEBwAehQcALYUHAHOFBwB4hQcAyIUHANWFBwAdhgcAKoYHAHKGBwB+hgcAx4YHANaGBwAchwcAJocHAHGHBwB/hwcAxocHAMuHBwAbiAcAKIgHAHCIBwB4iAcAxYgHAM+IBwAaiQcAH4kHAG+JBwB3iQcAxIkHAM6JBwAZigcAJIoHAG6KBwB6igcAw4oHAMuKBwAzvBAAHYsHAG2LBwBwiwcAwosHAMyLBwAXjAcAH4wHAIi8EAB6jAcAwYwHANeMBwAWjQcAIo0HAGuNBwBwjQcAwI0HAMmNBwAVjgcAH44HAGqOBwByjgcAv44HAMuOBwAUjwcAJ48HAGmPBwBqjwcAvo8HAMyPBwATkAcAGZAHAGiQBwB0kAcAvZAHAMSQBwDdvBAAE5EHAGeRBwBzkQcAvJEHAMmRBwARkgcAGZIHAGaSBwBwkgcAu5IHAMqSBwAQkwcAEZMHAGWTBwBtkwcAupMHAMmTBwAPlAcAFJQHAGSUBwBxlAcAuZQHAMaUBwAOlQcAGpUHAGOVBwBylQcAuJUHAMKVBwANlgcAG5YHAGKWBwBnlgcAt5YHAMSWBwAMlwcAFJcHAGGXBwBllwcAtpcHAMSXBwALmAcAFZgHAGCYBwBrmAcAtZgHAL2YBwAKmQcAFZkHAF+ZBwBkmQcAtJkHALeZBwAJmgcAE5oHAF6aBwBmmgcAs5oHANKaBwAyvRAAF5sHAF2bBwBemwcAspsHALqbBwAHnAcACJwHAFycBwBinAcAsZwHALacBwAGnQcAIZ0HAFudBwBpnQcAsJ0HALedBwAFngcAEZ4HAFqeBwBgngcAr54HAMueBwAEnwcADJ8HAIe9EABfnwcArp8HALSfBwADoAcACKAHAFigBwBeoAcA3L0QALKgBwACoQcACaEHAFehBwBjoQcArKEHALShBwCGvhAAFKIHAFaiBwCNogcAq6IHAK2iBwCqowcA4KIHAACjBwAlowcAVaMHAFyjBwAwvxAAj6MHANu+EAC6owcA/6MHADmkBwCFvxAAXaQHAI9kDABepAcAOGQOAHGkBwCppAcAdKQHAK+YDQC6pAcA/qQHAAalBwBTpQcAVqUHAKilBwC0pQcA/aUHAAOmBwBSpgcAbaYHAKemBwCzpgcA/KYHAAKnBwBRpwcAWacHAKanBwDCpwcA+6cHAAOoBwDavxAAX6gHAKWoBwCmqAcA+qgHAAKpBwBPqQcAUKkHAKSpBwCqqQcA+akHAP6pBwBOqgcAaaoHAKOqBwCxqgcA+KoHAP+qBwBNqwcAWasHAKKrBwCoqwcA96sHABOsBwBMrAcAVKwHAC/AEACnrAcA9qwHAPysBwBLrQcAUK0HAKCtBwCmrQcAhMAQAPqtBwBKrgcAUa4HAJ+uBwCrrgcA9K4HAPyuBwAuwRAAXK8HAJ6vBwDVrwcA868HAPWvBwDysAcAKLAHAEiwBwBtsAcAnbAHAKSwBwDYwRAA17AHAIPBEAACsQcAR7EHAIGxBwAtwhAAnrEHAPGxBwDysQcARrIHAFCyBwCbsgcAqbIHAPCyBwALswcARbMHAFGzBwCaswcAorMHAILCEAD7swcARLQHAEq0BwCZtAcAtLQHAO60BwD6tAcAQ7UHAEm1BwCYtQcAoLUHAO21BwD7tQcAQrYHAEW2BwCXtgcAn7YHAOy2BwD1tgcAQbcHAE63BwCWtwcAmLcHAOu3BwAGuAcAQLgHAEK4BwCVuAcAo7gHAOq4BwD7uAcAP7kHAEG5BwCUuQcArbkHAOm5BwD6uQcAProHAEq6BwCTugcAm7oHANfCEADuugcAPbsHAEW7BwCSuwcAmbsHAOe7BwDsuwcAPLwHAEi8BwCRvAcAlLwHAOa8BwDuvAcAO70HAEi9BwCQvQcAlb0HAOW9BwDvvQcAOr4HAEK+BwCPvgcAm74HAOS+BwD3vgcAOb8HAEe/BwCOvwcAkb8HAOO/BwDtvwcALMMQADvABwCNwAcAlcAHAOLABwDlwAcAN8EHAEPBBwCMwQcAksEHAOHBBwD8wQcANsIHAELCBwCLwgcAkcIHAODCBwDowgcANcMHAEPDBwCKwwcAjcMHAN/DBwDnwwcANMQHAD3EBwCJxAcAlsQHAN7EBwDgxAcAM8UHAE7FBwCIxQcAisUHAN3FBwDrxQcAMsYHAEPGBwCHxgcAicYHANzGBwD1xgcAMccHAELHBwCGxwcAkscHANvHBwDjxwcAgcMQADbIBwCFyAcAjcgHANrIBwDhyAcAL8kHADTJBwCEyQcAkMkHANnJBwDcyQcALsoHADbKBwCDygcAkMoHANjKBwDdygcALcsHADfLBwCCywcAissHANfLBwDjywcALMwHAD/MBwCBzAcAj8wHANbMBwDZzAcAK80HADXNBwDWwxAAg80HANXNBwDhzQcAKs4HADDOBwB/zgcAms4HANTOBwDgzgcAKc8HAC/PBwB+zwcAhs8HANPPBwDhzwcAKNAHACvQBwB90AcAhdAHANLQBwDb0AcAJ9EHADTRBwB80QcAftEHANHRBwDs0QcAJtIHACjSBwB70gcAidIHANDSBwDh0gcAJdMHACfTBwB60wcAk9MHAM/TBwDg0wcAJNQHADDUBwB51AcAgdQHACvEEADU1AcAI9UHACvVBwB41QcAf9UHAM3VBwDS1QcAItYHAC7WBwB31gcAetYHAMzWBwDU1gcAIdcHAC7XBwB21wcAe9cHAMvXBwDV1wcAINgHACjYBwB12AcAgdgHAMrYBwDd2AcAH9kHAC3ZBwB02QcAd9kHAMnZBwDT2QcAgMQQACbaBwDVxBAAgdoHAMjaBwDZ2gcAHdsHACnbBwBy2wcAetsHACrFEADM2wcAHNwHACbcBwBx3AcAedwHAMbcBwDW3AcAG90HACDdBwBw3QcAed0HAMXdBwDS3QcAGt4HACHeBwB/xRAAcd4HAMTeBwB03gcAC+wIAHjeBwDHfg8Ae94HAAuRDgB93gcAT1IJAM7eBwBZ7Q4A1d4HABnfBwAq3wcAbt8HAHzfBwDD3wcA398HABjgBwA04AcA1MUQAHvgBwDC4AcAz+AHABfhBwAu4QcAbOEHAHjhBwDB4QcAx+EHABbiBwAc4gcAa+IHAHDiBwDA4gcAxuIHACnGEAAr4wcAauMHAHnjBwC/4wcAluMHALroBwDB4wcAFOQHACPkBwBp5AcAdOQHAL7kBwDK5AcAE+UHABblBwBo5QcAGuUHAFvyBwAv5QcADOwHAHTlBwC95QcAw+UHABLmBwAt5gcAZ+YHAHPmBwC85gcAwuYHABHnBwAd5wcAZucHAGznBwC75wcAwecHABDoBwAV6AcAZegHAGvoBwB+xhAAvegHAA/pBwAr6QcAZOkHAGzpBwB9xxAAxekHAA7qBwAU6gcAY+oHAH7qBwC46gcAxOoHAA3rBwAT6wcAYusHAGrrBwC36wcA2OsHANLHEAAU7AcAJ8gQAGbsBwC27AcAw+wHAAvtBwAY7QcAYO0HAGztBwC17QcAxO0HAAruBwAU7gcAX+4HAGfuBwC07gcAvu4HAAnvBwAX7wcAXu8HAHTvBwCz7wcAv+8HAAjwBwAN8AcAXfAHAGbwBwCy8AcAvPAHAAfxBwAP8QcAXPEHAGbxBwCx8QcAtvEHAAbyBwAO8gcAfMgQAGfyBwCw8gcAw/IHAAXzBwAU8wcAWvMHAGbzBwCv8wcAsPMHAAT0BwAO9AcAWfQHAGf0BwCu9AcAs/QHAAP1BwAQ9QcA0cgQAGP1BwCt9QcAufUHAAL2BwAI9gcAV/YHAGP2BwCs9gcAtPYHANDJEAAE9wcAVvcHAF73BwCr9wcAuPcHAAD4BwAF+AcAVfgHAF34BwCq+AcArPgHAP/4BwAa+QcAVPkHAFb5BwCp+QcAt/kHAP75BwAP+gcAU/oHAFX6BwCo+gcAwfoHAP36BwAO+wcAUvsHAF77BwCn+wcAr/sHACXKEAAB/AcAUfwHAF78BwCm/AcAs/wHAPv8BwAH/QcAUP0HAF/9BwCl/QcAr/0HAPr9BwAI/gcAT/4HAFT+BwCk/gcAsf4HAPn+BwAB/wcATv8HAFD/BwCj/wcArf8HAPj/BwAAAAgAesoQAFgACACiAAgAsAAIAPcACAD6AAgATAEIAFQBCAChAQgAtwEIAPYBCAD7AQgASwIIAGECCACgAggArAIIAPUCCAACAwgASgMIAFQDCADPyhAAoQMIAPQDCAACBAgASQQIAFoECAAkyxAApAQIAPMECAD/BAgAecsQAEoFCACdBQgAowUIAPIFCAASBggARwYIAFMGCACcBggAowYIAPEGCAD5BggARgcIAE0HCACbBwgApwcIAPAHCADyBwgARQgIAEwICADOyxAAnQgIAO8ICAD3CAgARAkIAFQJCACZCQgAmwkIAO4JCAD8CQgAQwoIAFQKCAAjzBAAnwoIAHjMEAD6CggAQgsIAEkLCACXCwgAnwsIAOwLCAD6CwgAQQwIAEQMCACWDAgAngwIAOsMCADyDAgAQA0IAE4NCACVDQgAmA0IAOoNCADsDQgAPw4IAFgOCACUDggApQ4IAOkOCAD1DggAPg8IAEUPCACTDwgAmw8IAOgPCADxDwgAPRAIAEoQCACSEAgAnBAIAOcQCAD1EAgAPBEIAE0RCACREQgAmREIAOYRCADwEQgAOxIIAEkSCACQEggAphIIAOUSCADxEggAOhMIAEETCACPEwgAlxMIAOQTCADqEwgAORQIAEUUCACOFAgAmBQIAOMUCADpFAgAOBUIAEwVCAAizRAAmxUIAOIVCAD7FQgANxYIAE0WCACMFggAmxYIAOEWCAD7FggANhcIADkXCAAxHAgAQRcIACwhCABFFwgAixcIAJAXCADgFwgA7RcIADUYCABCGAgAihgIAJYYCADfGAgA7hgIADQZCAA+GQgAiRkIAJcZCADeGQgA4xkIADMaCABAGggAiBoIAJQaCADdGggA4xoIADIbCAA4GwgAhxsIAIwbCADcGwgA4hsIAHfNEAA9HAgAhhwIAIwcCADbHAgA9hwIADAdCAA8HQgAhR0IAIsdCADaHQgA4R0IAC8eCAA0HggA2B8IADseCACEHggAhh4IANkeCADgHggALh8IAEofCACDHwgAix8IAHbOEADcHwgALSAIADogCACCIAgAniAIANcgCADfIAgAy84QADEhCACBIQgAhCEIANYhCADgIQgAKyIIADwiCACAIggAhSIIANUiCADaIggAKiMIAEojCAB/IwgAiCMIANQjCADVIwgAKSQIADUkCAB+JAgAhCQIANMkCADZJAgAKCUIAC0lCAB9JQgAgyUIACDPEADTJQgAJyYIADMmCAB8JggAiSYIANEmCADZJggAJicIAC8nCAB7JwgAiCcIANAnCADeJwgAJSgIADgoCAB6KAgAgigIAM8oCADSKAgAJCkIACkpCAB5KQgAiCkIAM4pCADuKQgAIyoIAC8qCAB4KggAgioIAB/QEADXKggAIisIACQrCAB3KwgAgSsIAMwrCADVKwgAISwIACQsCAB2LAgAfiwIAMssCAABLQgAdNAQACwtCAB1LQgAhC0IAMotCADqLQgAHy4IACsuCAB0LggAey4IAMkuCADOLggAHi8IAB8vCABzLwgAfy8IAMgvCADOLwgAHTAIAB8wCAByMAgAfDAIAMcwCADVMAgAHDEIACExCABxMQgAfjEIAMYxCADQMQgAGzIIACkyCABwMggAhjIIAMUyCADRMggAGjMIAB8zCABvMwgAeDMIAMQzCADOMwgAGTQIACU0CABuNAgAgTQIAMM0CADSNAgAGDUIACQ1CABtNQgAbjUIAMI1CADMNQgAFzYIACU2CABsNggAcTYIAME2CADONggAydAQACQ3CABrNwgAgTcIAMA3CADMNwgAFTgIABw4CABqOAgAcjgIAL84CADEOAgAFDkIAB05CABpOQgAczkIAL45CADGOQgAEzoIABc6CABoOggAajoIAL06CADLOggAEjsIABw7CABnOwgAdTsIALw7CADJOwgAETwIACg8CABmPAgAbjwIALs8CADLPAgAED0IABU9CABlPQgAaz0IALo9CADCPQgADz4IABQ+CABkPggAZT4IALk+CADFPggADj8IABQ/CABjPwgAZT8IALg/CADCPwgADUAIABtACABiQAgAZ0AIALdACADEQAgAyNEQAA5BCABhQQgAa0EIALZBCADEQQgAC0IIABBCCABgQggAbUIIALVCCAC3QggAkQ8KAL9CCAAKQwgAGEMIAF9DCAB1QwgAtEMIAMBDCAAJRAgADkQIAF5ECABnRAgAs0QIAL1ECAAIRQgAFEUIAF1FCABwRQgAskUIAMFFCAAHRggAE0YIAFxGCABdRggAsUYIALtGCAAGRwgAFEcIAFtHCABgRwgAsEcIAL1HCAAd0hAADkgIAFpICABkSAgAr0gIALFICAAESQgADkkIAFlJCABlSQgArkkIALZJCAAc0xAABEoIAFhKCABkSggArUoIALNKCAACSwgABEsIAFdLCABhSwgArEsIALpLCAABTAgABkwIAFZMCABjTAgAq0wIALNMCAAATQgACk0IAFVNCABjTQgAqk0IAMBNCAD/TQgAC04IAFROCABbTggAqU4IALFOCAD+TggAA08IAFNPCABcTwgAqE8IALJPCAD9TwgAElAIAFJQCABbUAgAp1AIALRQCAD8UAgA/lAIAFFRCABqUQgAplEIALdRCAD7UQgAB1IIAFBSCABYUggAcdMQAKpSCAD6UggAAlMIAE9TCABlUwgApFMIAKlTCAD5UwgAAFQIAE5UCABcVAgAo1QIALNUCAD4VAgADFUIAE1VCABVVQgAolUIALFVCAD3VQgA/FUIAExWCABVVggAoVYIAK5WCAD2VggAAFcIAEtXCABXVwgAoFcIAKZXCADG0xAAA1gIAEpYCABgWAgAn1gIAKtYCAD0WAgA+VgIAElZCABSWQgAnlkIAKhZCADzWQgA+1kIAEhaCABMWggAnVoIAJ9aCADyWggAAFsIAEdbCABRWwgAnFsIAKpbCADxWwgA/lsIAEZcCABdXAgAm1wIAKNcCADwXAgAAF0IAEVdCABKXQgAml0IAKBdCADvXQgA910IAEReCABfXggAmV4IAJteCADuXggA/14IAENfCABMXwgAmF8IAKRfCAAb1BAA8l8IAEJgCABFYAgAl2AIAKFgCADsYAgA7mAIAEFhCABcYQgAlmEIAJhhCADrYQgA+WEIAEBiCABRYggAlWIIAJdiCADqYggAA2MIAD9jCABQYwgAlGMIAKBjCABw1BAABmQIAD5kCABPZAgAk2QIAK9kCADoZAgA8GQIAMXUEABCZQgAkmUIAJplCADnZQgA8mUIADxmCABBZggAkWYIAJRmCADmZggA8GYIADtnCAA+ZwgAkGcIAJhnCADlZwgA52cIADpoCABVaAgAj2gIAJFoCADkaAgA8mgIADlpCABKaQgAjmkIAJBpCADjaQgA/GkIADhqCABJaggAjWoIAJlqCADiaggA6moIABrVEABEawgAjGsIAJRrCADhawgA62sIADZsCABBbAgAi2wIAJdsCADgbAgA6GwIAG/VEAA6bQgAim0IAI9tCADfbQgA8G0IAMTVEABBbggAiW4IAItuCADebggA924IADNvCABEbwgAiG8IAJRvCADdbwgA5W8IABnWEAA3cAgAh3AIAI9wCADccAgA63AIADFxCAA3cQgAhnEIAJJxCADbcQgA3XEIADByCAA6cggAhXIIAJFyCADacggA4nIIAG7WEAA7cwgAhHMIAIdzCADZcwgA3HMIAC50CAA8dAgAg3QIAIh0CADYdAgA5XQIAMPWEAA+dQgAgnUIAIp1CADXdQgAj3UIACN/CADidQgALHYIADF2CACBdggAhHYIANZ2CADgdggAK3cIAE53CACAdwgAg3cIANV3CAD5dwgAKngIADJ4CAAY1xAAhXgIANR4CADieAgAKXkIADV5CAB+eQgAhXkIANN5CADbeQgAKHoIADh6CAB9eggAgnoIANJ6CADYeggAJ3sIAC97CAB8ewgAmXsIANF7CADaewgAJnwIADJ8CAB7fAgAgXwIANB8CADkfAgAJX0IAC19CAB6fQgAin0IAM99CADRfQgAJH4IADJ+CAB5fggAin4IAG3XEADVfggAwtcQACh/CAB4fwgAf38IAM1/CADZfwgAIoAIACWACAB3gAgAh4AIAMyACADOgAgAIYEIAC+BCAB2gQgAh4EIABfYEADSgQgAbNgQADOCCAB1gggAhIIIAMqCCADWgggAH4MIACCDCAB0gwgAfoMIAMmDCADXgwgAHoQIACOECABzhAgAgIQIAMHYEADNhAgAHYUIACaFCAByhQgAg4UIAMeFCADOhQgAHIYIACSGCABxhggAfoYIAMaGCADLhggAG4cIACWHCABwhwgAeIcIAMWHCADLhwgAGogIACaICABviAgAcYgIAMSICADTiAgAGYkIACSJCABuiQgAdokIAMOJCADFiQgAGIoIACWKCABtiggAgYoIAMKKCADKiggAF4sIACaLCABsiwgAcYsIAMGLCADOiwgAFowIACCMCABrjAgAbYwIAMCMCADPjAgAFY0IAB+NCABqjQgAco0IAL+NCADAjQgAFI4IABmOCABpjggAd44IAL6OCADLjggAE48IAB2PCADA2RAAa48IAL2PCADJjwgAA58IANmPCAASkAgAGpAIABXaEABskAgAvJAIAMSQCAARkQgAFJEIAGaRCABykQgAu5EIAMGRCAAQkggAK5IIAGWSCABxkggAupIIAMCSCAAPkwgAEpMIAGSTCABskwgAuZMIALuTCAAOlAgAKZQIAGOUCABllAgAuJQIAMaUCAANlQgAHpUIAGKVCABklQgAt5UIANCVCAAMlggAHZYIAGGWCABtlggAtpYIAL6WCABq2hAAEJcIAGCXCABmlwgAtZcIAL2XCAAKmAgAGZgIAF+YCABkmAgAtJgIAMGYCAAJmQgAFpkIAF6ZCABqmQgAs5kIAMKZCAAImggAEpoIAF2aCABrmggAspoIALeaCAAHmwgAFJsIAL/aEABomwgAsZsIALebCAAGnAgAIZwIAFucCABnnAgAsJwIALacCAAFnQgACJ0IAFqdCABmnQgAr50IALWdCAAEnggACp4IAFmeCABenggArp4IALSeCAAU2xAACZ8IAFifCABenwgArZ8IALKfCAACoAgACKAIAGnbEABcoAgArKAIALmgCAABoQgADqEIAFahCABioQgAq6EIALqhCAAAoggACqIIAFWiCABjoggAqqIIAK+iCAD/oggADKMIAFSjCABsowgAqaMIAK+jCAD+owgACqQIAFOkCABjpAgAqKQIALGkCAD9pAgAAKUIAFKlCABepQgAp6UIAK6lCABo3BAA/qUIAFGmCABbpggApqYIAKmmCAD7pggAA6cIAFCnCABTpwgApacIALGnCAD6pwgAAKgIAE+oCABqqAgApKgIALCoCAD5qAgA/6gIAL3cEABuqQgAo6kIAK6pCAD4qQgA/akIAE2qCABWqggAoqoIAKWqCAD3qggAA6sIAEyrCABYqwgA7LUIAGSrCAChqwgAqKsIAParCAD8qwgAS6wIAFmsCACgrAgAu6wIAPWsCAABrQgASq0IAFCtCACfrQgAua0IAPStCAAArggASa4IAE+uCACerggApK4IAPOuCAD4rggASK8IAE6vCAAS3RAAqq8IAPKvCAD+rwgAR7AIAFGwCACcsAgAoLAIAPGwCAD2sAgARrEIAEyxCACbsQgAu7EIAPCxCAD8sQgARbIIAEuyCACasggAoLIIAO+yCAD0sggARLMIAEqzCAC83RAAnrMIAO6zCAD1swgAQ7QIAE+0CACYtAgAtLQIAO20CAD1tAgAu94QAGu1CACXtQgAvbUIABDfEAD/tQgAQbYIAFC2CACWtggAorYIAOu2CADstggAQLcIAEq3CACVtwgAo7cIAOq3CADvtwgAP7gIAEy4CABl3xAAnLgIAGTgEADuuAgAPrkIAEu5CACTuQgAoLkIAOi5CAD0uQgAPboIAEy6CACSuggAnLoIAOe6CAD1uggAPLsIAEG7CACRuwgAnrsIAOa7CADuuwgAueAQAEe8CACQvAgAoLwIAOW8CADuvAgAOr0IAD29CACPvQgAm70IAOS9CADrvQgADuEQAES+CACOvggAmr4IAOO+CADrvggAY+EQAEW/CACNvwgAlL8IAOK/CADjvwgAN8AIADzACACMwAgAmsAIAOHACADuwAgANsEIAEDBCACLwQgAk8EIAODBCADpwQgANcIIADvCCACKwggAm8IIAN/CCAD7wggANMMIADzDCAC44RAAlMMIAN7DCADowwgAM8QIAD3ECACIxAgAicQIAA3iEADixAgAMsUIAD/FCACHxQgAlMUIANzFCADoxQgAMcYIAEDGCACGxggAkMYIANvGCADjxggAMMcIADrHCACFxwgAiscIANrHCADixwgAYuIQADrICACEyAgAkMgIANnICADhyAgAt+IQADPJCACDyQgAkskIANjJCAD4yQgALcoIADnKCACCyggAiMoIANfKCADfyggALMsIADPLCACBywgAg8sIANbLCADiywgAK8wIAEHMCACAzAgAhcwIANXMCADizAgADOMQAC/NCAB/zQgAjs0IANTNCAD0zQgAKc4IADXOCAB+zggAhM4IANPOCADbzggAKM8IAC/PCAB9zwgAf88IANLPCADezwgAJ9AIAD3QCAB80AgAgdAIANHQCADe0AgAJtEIAC7RCAB70QgAgdEIANDRCADZ0QgAJdIIADLSCAB60ggAh9IIAM/SCADd0ggAJNMIADHTCAB50wgAkNMIAM7TCAD+0wgAYeMQACnUCAB41AgAMNQIAEumDgCO1AgAzdQIANvUCAAi1QgAJdUIAHfVCAB61QgAzNUIANrVCAAh1ggAJtYIAHbWCACD1ggAy9YIANPWCAAg1wgAJ9cIAHXXCACB1wgAytcIANfXCAAf2AgALdgIAHTYCACA2AgAydgIANDYCAAe2QgAJtkIAHPZCAB32QgAyNkIANPZCAAd2ggAK9oIAHLaCACD2ggAx9oIANPaCAAc2wgAJNsIALbjEAB32wgAxtsIANrbCAAb3AgAKdwIAHDcCAB93AgAxdwIANzcCAAa3QgAIt0IAG/dCAB53QgAxN0IAMndCAAZ3ggAId4IAG7eCAB93ggAw94IAMjeCAAY3wgAJd8IAG3fCAB63wgAwt8IAM7fCAAX4AgAJuAIAGzgCAB24AgAweAIAMngCAAW4QgAIOEIAGvhCABw4QgAwOEIAMjhCAAL5BAAIOIIAGriCAB24ggAv+IIAMfiCABg5BAAGeMIAGnjCAB44wgAvuMIAN7jCAAT5AgAH+QIAGjkCABu5AgAveQIAMXkCAAS5QgAGeUIAGflCABp5QgAvOUIAMjlCAAR5ggAJ+YIAGbmCABr5ggAu+YIAMjmCAC15BAAGecIAGXnCABr5wgAuucIAMjnCAAP6AgAHOgIAGToCAB76AgAuegIAMHoCAAO6QgAHekIAGPpCABo6QgAuOkIAMXpCAAN6ggAGuoIAGLqCABu6ggAt+oIAMbqCAAM6wgAFusIAGHrCAB96wgAtusIAL7rCAAK5RAAGOwIAFtCDQAa7AgAYOwIAGrsCAA5uQ0AgOwIALXsCADB7AgACu0IABDtCABf7QgAZ+0IAMcvCQBr7QgAtO0IAHntCADdGQkAx+0IAAnuCAAY7ggAXu4IAGruCACz7ggAtO4IAAjvCAAS7wgAXe8IAGvvCACy7wgAt+8IAAfwCAAU8AgAX+UQAGLwCACx8AgAt/AIAAbxCAAL8QgAW/EIAGHxCABe5hAAu/EIAAXyCAAT8ggAWvIIAGvyCACv8ggAu/IIAATzCAAM8wgACOcQAGXzCACu8wgAuPMIAAP0CAAS9AgAWPQIAGP0CACt9AgAu/QIAAL1CAAP9QgAV/UIAG71CACs9QgAtPUIAAH2CAAE9ggAVvYIAGL2CACr9ggAsfYIAAD3CAAb9wgAVfcIAGH3CACq9wgAsPcIAP/3CAAH+AgAVPgIAFb4CACp+AgAqvgIAP74CAAM+QgAU/kIAFv5CACo+QgAw/kIAP35CAAJ+ggAUvoIAFj6CACn+ggAqvoIAPz6CAAK+wgAUfsIAFb7CACm+wgAs/sIAPv7CAAX/AgAUPwIAFj8CABd5xAAsvwIADy2DQC2/AgA+vwIALj8CACNDw4ABv0IAE/9CABc/QgApP0IAKn9CAD5/QgAA/4IAE7+CABe/ggAo/4IAKj+CAD4/ggAAf8IAE3/CABa/wgAov8IAKn/CAD3/wgAAwAJAEwACQBSAAkAoQAJAKcACQD2AAkA+wAJAEsBCQBRAQkAsucQAKwBCQD1AQkA+wEJAEoCCQBQAgkAnwIJAKwCCQD0AgkA+QIJAEkDCQBRAwkAngMJANUDCQDzAwkAHgQJAEgECQBQBAkAnQQJAKoECQDyBAkA9wQJAEcFCQBPBQkAnAUJAJ8FCQDxBQkA+gUJAEYGCQBVBgkAmwYJAKYGCQDwBgkA+AYJAEUHCQBVBwkAmgcJAKgHCQDvBwkAAAgJAEQICQBQCAkAmQgJAKEICQCx6BAA9AgJAEMJCQBLCQkAmAkJAJ8JCQDtCQkA+wkJAEIKCQBICgkAlwoJAKMKCQDsCgkA+woJAEELCQBLCwkAlgsJAJsLCQDrCwkA8QsJAEAMCQBUDAkABukQAJ8MCQBsigkAogwJAOoMCQCkDAkA/U4JAO8MCQA/DQkASw0JAJQNCQChDQkA6Q0JAPMNCQBb6RAAWQ4JAJMOCQCVDgkA6A4JAO4OCQA9DwkAdQ8JAJIPCQCYDwkA5w8JAPAPCQA8EAkASRAJAJEQCQDJEAkA5hAJAO0QCQA7EQkAQBEJAJARCQCfEQkA5REJAAUSCQA6EgkARhIJAI8SCQCVEgkA5BIJAP4SCQA5EwkAPBMJAI4TCQCTEwkA4xMJAPITCQA4FAkAWBQJAAXqEACtFAkA4hQJAO4UCQA3FQkAQRUJAIwVCQCYFQkA2MgJAJkVCQDhFQkA5hUJADYWCQBAFgkAixYJAJsWCQDgFgkA5RYJADUXCQA+FwkAihcJAJcXCQDfFwkA5hcJADQYCQBAGAkAiRgJAI8YCQDeGAkA5BgJADMZCQA4GQkAiBkJAI4ZCQBa6hAA4BkJADIaCQA3GgkAhxoJAJYaCQDcGgkA/BoJAATrEAA/GwkAhhsJAJMbCQDbGwkA4hsJADAcCQA4HAkAhRwJAIccCQDaHAkAjBwJABjcCwCcHAkAVKALAOAcCQDZxQsA4hwJAC8dCQAzHQkAJyUJAEUdCQA+YQsASh0JAIQdCQCGHQkA2R0JAOodCQAuHgkAPB4JAIMeCQCKHgkA2B4JAOAeCQAtHwkANB8JAIIfCQCHHwkA1x8JAOYfCQAsIAkATCAJAIEgCQCNIAkA1iAJANwgCQArIQkAMyEJAIAhCQCMIQkA1SEJAOIhCQAqIgkARSIJAH8iCQCNIgkA1CIJANoiCQApIwkALiMJAH4jCQCLIwkA0yMJAOkjCQAoJAkANCQJAH0kCQCKJAkA0iQJANwkCQBZ6xAALCUJAHwlCQCCJQkA0SUJAPElCQAmJgkANCYJAHsmCQCIJgkA0CYJAOcmCQAlJwkALScJAHonCQCJJwkAzycJANQnCQAkKAkAMSgJAHkoCQCDKAkAzigJANAoCQAjKQkAMSkJAHgpCQCFKQkAzSkJANkpCQAiKgkAKCoJAHcqCQB/KgkAzCoJANIqCQAhKwkAKisJAHYrCQCDKwkAyysJANUrCQAgLAkALiwJAHUsCQCLLAkAyiwJANYsCQAfLQkAJy0JAK7rEAB+LQkAyS0JAM8tCQAeLgkAIC4JAHMuCQB9LgkAyC4JANQuCQAdLwkANC8JAHIvCQCGLwkAA+wQANUvCQAcMAkAHzAJAHEwCQB5MAkAxjAJANIwCQAbMQkAKTEJAHAxCQB6MQkAxTEJANAxCQAaMgkAJjIJAG8yCQB1MgkAxDIJAMwyCQAZMwkAJjMJAG4zCQBzMwkAwzMJAM0zCQAYNAkAIDQJAG00CQBzNAkAwjQJAMs0CQAXNQkAJDUJAGw1CQB5NQkAwTUJAM81CQAWNgkAIzYJAGs2CQCCNgkAwDYJAMg2CQAVNwkAGjcJAGo3CQBwNwkAvzcJAMc3CQAUOAkAKjgJAGk4CQB3OAkAvjgJAME4CQATOQkAIjkJAGg5CQBtOQkAvTkJAMo5CQASOgkAIjoJAGc6CQB1OgkAvDoJANM6CQAROwkAGjsJAGY7CQBsOwkAuzsJAMc7CQAQPAkAFzwJAFjsEABxPAkAujwJALw8CQAPPQkAGT0JAGQ9CQBwPQkAuT0JAME9CQCt7BAAEz4JAGM+CQByPgkAuD4JANg+CQANPwkAGT8JAGI/CQBoPwkAtz8JAL8/CQAMQAkADUAJAGFACQBnQAkAtkAJALtACQALQQkAJkEJAGBBCQBuQQkAtUEJALxBCQAKQgkAFkIJAF9CCQBlQgkAAu0QALlCCQAJQwkAE0MJAF5DCQBvQwkAs0MJAL9DCQAIRAkAC0QJAF1ECQBgRAkAskQJALpECQAHRQkADkUJAFxFCQBhRQkAsUUJAMBFCQAGRgkAJkYJAFtGCQBnRgkAsEYJALZGCQAFRwkADUcJAFpHCQBnRwkAr0cJALRHCQAESAkADkgJAFlICQBhSAkArkgJAL5ICQADSQkACEkJAFhJCQBhSQkArUkJALpJCQACSgkACUoJAFftEABcSgkArEoJALtKCQABSwkAIUsJAFZLCQBiSwkAq0sJALFLCQAATAkACEwJAFVMCQBhTAkAqkwJALdMCQD/TAkABk0JAFRNCQBVTQkAqU0JAK5NCQD+TQkADE4JAFNOCQBgTgkAqE4JALJOCQCs7RAAAk8JAFJPCQBfTwkAp08JALRPCQD8TwkAAlAJAFFQCQBdUAkAplAJALZQCQD7UAkABFEJAFBRCQBTUQkApVEJALFRCQD6UQkAAVIJAAHuEABRUgkApFIJAFZSCQD/ngwAX1IJAAbtDAC1UgkA+VIJAAFTCQBOUwkAWFMJAKNTCQCyUwkA+FMJAPlTCQBNVAkAVVQJAKvuEACqVAkAAO8QABVVCQBMVQkAGlUJAJz9EAAhVQkA1nUJAFRVCQChVQkAsFUJAPZVCQD7VQkAS1YJAFhWCQCgVgkArVYJAPVWCQABVwkASlcJAFlXCQCfVwkAqVcJAPRXCQAXWAkASVgJAIBYCQCeWAkAwlgJAPNYCQD7WAkAVPAQAE1ZCQCdWQkAo1kJAPJZCQD6WQkAqfAQAFVaCQCcWgkAt1oJAPFaCQD9WgkARlsJAFdbCQCbWwkAr1sJAPBbCQD4WwkARVwJAEtcCQCaXAkAplwJAO9cCQD/XAkARF0JAE1dCQCZXQkAnF0JAO5dCQD6XQkAQ14JAEpeCQD+8BAApl4JAO1eCQD3XgkAU/EQAEdfCQCXXwkApF8JAOxfCQD5XwkAQWAJAE1gCQCWYAkApWAJAOtgCQD1YAkAQGEJAE5hCQCVYQkAmmEJAOphCQD3YQkAP2IJAEdiCQCo8RAAoGIJAOliCQD5YgkAPmMJAEdjCQCTYwkAlmMJAOhjCQD0YwkAPWQJAERkCQD98RAAoWQJAOdkCQDsZAkAPGUJAEllCQCRZQkAnmUJAOZlCQDsZQkAO2YJAEdmCQCQZgkAoGYJAOVmCQDuZgkAOmcJAD1nCQCPZwkAm2cJAORnCQDrZwkAUvIQAD5oCQCOaAkAm2gJAONoCQABaQkAOGkJAERpCQCNaQkAoGkJAOJpCQDwaQkAN2oJADpqCQCMagkAlmoJAOFqCQDvagkANmsJAENrCQCLawkAomsJAOBrCQDoawkANWwJADxsCQCKbAkAj2wJAN9sCQD1bAkANG0JADZtCQCJbQkAl20JAN5tCQDrbQkAp/IQADtuCQD88hAAjW4JAN1uCQDqbgkAMm8JAD9vCQCHbwkAk28JANxvCQDrbwkAMXAJADtwCQCGcAkAlHAJANtwCQDgcAkAMHEJAD1xCQCFcQkAjXEJAFHzEADmcQkAL3IJAD9yCQCEcgkAjXIJANlyCQDccgkALnMJADpzCQCDcwkAinMJAKbzEADkcwkALXQJAD10CQCCdAkAQ3QJAF2VDQCLdAkA13QJANp0CQAsdQkAOHUJAIF1CQCIdQkA+/MQAN91CQAoeQkA4HUJACt2CQA6dgkAgHYJADx2CQDUdwkAgXYJANV2CQDxdgkAKncJAGJ3CQB/dwkAt3cJAFD0EADXdwkAKXgJAEV4CQB+eAkAtngJANN4CQALeQkApfQQADV5CQB9eQkAi3kJANJ5CQDleQkAJ3oJAEN6CQB8egkAtHoJANF6CQAJewkA+vQQADd7CQB7ewkAh3sJANB7CQDYewkAT/UQACp8CQB6fAkAgnwJAM98CQDefAkAJH0JACl9CQB5fQkAhn0JAM59CQDbfQkAI34JAC9+CQB4fgkAh34JAM1+CQDXfgkAIn8JACp/CQB3fwkAgX8JAMx/CQDRfwkAIYAJACmACQCk9RAAhYAJAMuACQCHgAkAH4IJAMyACQAggQkAPIEJAHWBCQCtgQkAyoEJAAKCCQD59RAAIoIJAHSCCQCQggkAyYIJAAGDCQAegwkAVoMJAE72EAB2gwkAyIMJANmDCQAdhAkAOYQJAHKECQCqhAkAx4QJAP+ECQCj9hAAKYUJAHGFCQB9hQkAxoUJANWFCQAbhgkAJYYJAHCGCQB4hgkAV/QJAH6GCQDFhgkAyoYJABqHCQAnhwkAb4cJAHeHCQDEhwkAyocJABmICQDUhwkAXu0JACWICQBuiAkAfogJAMOICQDMiAkAGIkJABuJCQBtiQkAeYkJAMKJCQDJiQkA+PYQADqKCQBN9xAAeooJAMGKCQDXigkAFosJACKLCQBriwkAcosJAMCLCQDFiwkAFYwJAB6MCQBqjAkAdIwJAKL3EADEjAkAOGYMAMmMCQAUjQkAy4wJAPX+CwAejQkAaY0JAGqNCQC+jQkAzY0JABOOCQAYjgkAaI4JAHWOCQC9jgkAyo4JABKPCQAejwkAZ48JAHaPCQC8jwkAxo8JABGQCQAfkAkAZpAJAGuQCQC7kAkAyJAJABCRCQARkQkAZZEJAGqRCQC6kQkAv5EJAA+SCQAgkgkAZJIJAIeSCQC5kgkAxJIJAA6TCQATkwkAY5MJAGaTCQC4kwkAwpMJAA2UCQA1lAkAYpQJAIGUCQBM+BAAw5QJAAyVCQAOlQkAYZUJAHCVCQC2lQkAwZUJAAuWCQATlgkAYJYJAGeWCQC1lgkAt5YJAAqXCQAUlwkAX5cJAGGXCQC0lwkAzZcJAAmYCQALmAkAXpgJAGGYCQCzmAkAv5gJAAiZCQAQmQkAofgQAGmZCQCymQkAuJkJAAeaCQAimgkAXJoJAGiaCQCxmgkAt5oJAAabCQAOmwkAW5sJAF2bCQCwmwkAupsJAAWcCQANnAkA9vgQAGucCQCvnAkAtpwJAASdCQAMnQkAWZ0JAGadCQCunQkAs50JAAOeCQANngkAWJ4JAGCeCQCtngkAvJ4JAAKfCQAHnwkAV58JAGSfCQCsnwkAuZ8JAAGgCQANoAkAVqAJAGWgCQCroAkAtaAJAAChCQAIoQkAVaEJAF+hCQCqoQkAr6EJAP+hCQAHogkAS/kQAGCiCQCpogkAuaIJAP6iCQAHowkAU6MJAFajCQCoowkAtKMJAP2jCQAEpAkAoPkQAFikCQCnpAkAraQJAPykCQABpQkAUaUJAFelCQD1+RAArKUJAPulCQABpgkAUKYJAFWmCQCiTw4AXaYJAKWmCQCqpgkA+qYJAAKnCQBPpwkAeKcJAKSnCQCDpwkA8q4JAM2nCQD5pwkAIqgJAE6oCQB5qAkAo6gJAKuoCQD4qAkAB6kJAE2pCQBSqQkAoqkJAK+pCQD3qQkABKoJAEyqCQBYqgkAoaoJALCqCQD2qgkAAKsJAEurCQBZqwkAoKsJAKWrCQD1qwkAAqwJAEqsCQBSrAkAn6wJAKWsCQD0rAkAAK0JAEmtCQBZrQkAnq0JAKetCQDzrQkA9q0JAEiuCQBUrgkAna4JAKSuCQBK+hAAG68JAEevCQByrwkAnK8JAKSvCQDxrwkAALAJAEawCQBLsAkAm7AJAKiwCQDwsAkA/bAJAEWxCQBRsQkAmrEJAKmxCQDvsQkA+bEJAESyCQBSsgkAmbIJAJ6yCQDusgkA+7IJAEOzCQBLswkAmLMJAJ6zCQDtswkA+bMJAEK0CQBStAkAl7QJAKC0CQDstAkA77QJAEG1CQBNtQkAlrUJAJ21CQCf+hAA7bUJAD1fDgD5tQkAQLYJAE22CQCVtgkAobYJAOq2CQDwtgkAP7cJAEW3CQCUtwkAmbcJAOm3CQDvtwkA9PoQAGS4CQCTuAkAubgJAOi4CQAcuQkAPbkJAGa5CQCSuQkAvbkJAJ77EADzuQkAPLoJAPW5CQAR5AoARroJAJG6CQCrugkA5roJAOm6CQBN/gkA9boJADu7CQBAuwkAkLsJAJ27CQDluwkA8rsJADq8CQBGvAkAj7wJAJ68CQDkvAkA7rwJADm9CQBFvQkAjr0JAKG9CQDjvQkA8r0JADi+CQBEvgkAjb4JAI6+CQDivgkA7L4JADe/CQBFvwkAjL8JAJG/CQDhvwkA7r8JAPP7EAA7wAkAi8AJAJjACQDgwAkA7cAJADXBCQBBwQkAisEJAJnBCQDfwQkA6cEJADTCCQBCwgkAicIJAI7CCQDewgkA68IJADPDCQA7wwkA8vwQAJTDCQDdwwkA7cMJADLECQA7xAkAh8QJAIrECQDcxAkA6MQJADHFCQA4xQkAR/0QAInFCQDbxQkA48UJADDGCQA8xgkAhcYJAIvGCQDaxgkA4MYJAC/HCQA0xwkAhMcJAIrHCQDx/RAAAsgJAC7ICQBXyAkAg8gJAKfICQCb/hAA3sgJAKT7CgDryAkALckJADzJCQCCyQkAjskJANfJCQDYyQkALMoJADbKCQCBygkAj8oJANbKCQDbygkAK8sJADjLCQDw/hAAo8sJAEX/EAD+ywkAKswJAFPMCQB/zAkAo8wJAJr/EADizAkAKc0JAC7NCQB+zQkAi80JANPNCQDbzQkAKM4JAC7OCQB9zgkAic4JANLOCQDizgkAJ88JADDPCQB8zwkAf88JANHPCQAM0AkAJtAJADLQCQDv/xAAgdAJANDQCQDp0AkAJdEJADPRCQB60QkAh9EJAM/RCQDW0QkAJNIJAC3SCQB50gkAhtIJAM7SCQDl0gkAI9MJACbTCQB40wkAetMJAM3TCQDW0wkAItQJADLUCQB31AkAkNQJAMzUCQDO1AkAIdUJACrVCQB21QkAftUJAMvVCQDN1QkAINYJADnWCQB11gkAjNYJAMrWCQDW1gkAH9cJADDXCQB01wkAgNcJAMnXCQDU1wkAHtgJACvYCQBz2AkAfdgJAEQAEQDb2AkAHdkJACvZCQBy2QkAWtkJAL/hCQCu2QkAx9kJANTZCQAc2gkAJNoJAHHaCQB32gkAxtoJANLaCQAb2wkAJtsJAHDbCQB52wkAxdsJAMjbCQAa3AkAHNwJAG/cCQB23AkAxNwJAMbcCQCZABEAHN0JAG7dCQB83QkAw90JAMjdCQAY3gkAJd4JAG3eCQB53gkAwt4JAMreCQDuABEAJd8JAGzfCQB83wkAwd8JAM/fCQAW4AkAH+AJAGvgCQB14AkAwOAJAMLgCQAV4QkAH+EJAGrhCQBs4QkAQwERAMThCQAU4gkAHOIJAGniCQBv4gkAvuIJAMriCQAT4wkAIuMJAGjjCQBx4wkAveMJAMDjCQAS5AkAFOQJAGfkCQBu5AkAvOQJAL7kCQCYAREAFuUJAGblCQCC5QkAu+UJANflCQDtAREAHeYJAIYZCwAf5gkAZeYJAGrmCQC65gkAx+YJAA/nCQAc5wkAZOcJAGrnCQC55wkAxecJAA7oCQAe6AkAY+gJAGzoCQC46AkAu+gJAA3pCQAZ6QkAYukJAGnpCQBCAhEAxukJAAzqCQAR6gkAYeoJAG7qCQC26gkAw+oJAAvrCQAR6wkAYOsJAGzrCQC16wkAxesJAArsCQAT7AkAX+wJAGLsCQC07AkAwOwJAAntCQAQ7QkAlwIRAGDtCQCz7QkAwe0JAAjuCQAZ7gkA7AIRAGTuCQBBAxEAuu4JAJYDEQAM7wkAXO8JAGnvCQCx7wkAvu8JAAbwCQAS8AkAW/AJAGrwCQCw8AkAuvAJAAXxCQAT8QkAWvEJAF/xCQCv8QkAvPEJAATyCQAM8gkA6wMRAGXyCQCu8gkAvvIJAAPzCQAM8wkAWPMJAFvzCQCt8wkAufMJAAL0CQAJ9AkAQAQRAGH0CQCs9AkAuvQJAAH1CQAX9QkAVvUJAGL1CQCr9QkAsvUJAAD2CQAI9gkAVfYJAFr2CQCq9gkAs/YJAP/2CQAJ9wkAlQQRAGr3CQCp9wkAtfcJAP73CQAF+AkAU/gJAFv4CQCo+AkArfgJAP34CQAG+QkAUvkJAFz5CQDqBBEArPkJADNrDACz+QkAWUcKALb5CQD8+QkA0fkJAH7FEQAB+gkAUfoJAF76CQCm+gkAs/oJAPv6CQAH+wkAUPsJAF/7CQCl+wkAr/sJAPr7CQAI/AkAT/wJAFz8CQCk/AkAu/wJAPn8CQAB/QkATv0JAFj9CQCj/QkAqP0JAPj9CQAA/gkAPwURAFL+CQCi/gkAsf4JAPf+CQAX/wkATP8JAFj/CQCh/wkAq/8JAPb/CQAAAAoASwAKAFkACgCgAAoAtgAKAPUACgABAQoASgEKAE8BCgCfAQoAqAEKAPQBCgD+AQoASQIKAFUCCgCeAgoAsQIKAPMCCgACAwoASAMKAFQDCgCdAwoAngMKAPIDCgD8AwoARwQKAFUECgCcBAoAoQQKAPEECgD+BAoA6QURAFQFCgCbBQoAsQUKAPAFCgD8BQoARQYKAEwGCgCaBgoAogYKAO8GCgD0BgoARAcKAE0HCgCZBwoAowcKAOgGEQDzBwoAQwgKAEsICgCYCAoAmwgKAO0ICgD2CAoAQgkKAFEJCgCXCQoAogkKAOwJCgD0CQoAQQoKAFEKCgCWCgoApAoKAOsKCgD8CgoAQAsKAEwLCgCVCwoAnQsKAD0HEQDwCwoAPwwKAEcMCgCUDAoAmwwKAOkMCgD3DAoAPg0KAEQNCgCTDQoAnw0KAOgNCgD3DQoAPQ4KAEcOCgCSDgoAlw4KAOcOCgDtDgoAPA8KAFAPCgCSBxEAog8KAOYPCgDyDwoAOxAKAEEQCgCQEAoAlhAKAOUQCgDqEAoAOhEKAEARCgDnBxEAlBEKAOQRCgD1EQoAORIKAEESCgCOEgoARRIKAMcuCgBHEgoAC+YOAJgSCgDjEgoA8RIKADgTCgBOEwoAjRMKAJkTCgDiEwoA6RMKADcUCgA/FAoAjBQKAJEUCgDhFAoA6hQKADYVCgBAFQoAixUKAJMVCgDgFQoA5BUKADUWCgBAFgoAihYKAJgWCgDfFgoA8BYKADQXCgBAFwoAiRcKAJEXCgA8CBEA4BcKADMYCgBBGAoAiBgKAJIYCgDdGAoA6xgKADIZCgA/GQoAhxkKAJ4ZCgDcGQoA5BkKADEaCgBBGgoAhhoKAIsaCgDbGgoA4RoKADAbCgA4GwoAhRsKAIcbCgDaGwoA5xsKAC8cCgA3HAoAhBwKAIkcCgDZHAoA2hwKAC4dCgA6HQoAgx0KAJAdCgDYHQoA4B0KAC0eCgA8HgoAgh4KAIceCgDXHgoA5B4KACwfCgA5HwoAgR8KAI0fCgDWHwoA5R8KACsgCgA1IAoAgCAKAI4gCgDVIAoA2iAKACohCgA3IQoAkQgRAIIhCgDUIQoA3CEKACkiCgA2IgoAfiIKAIMiCgDTIgoA3SIKACgjCgAwIwoAfSMKAH8jCgDSIwoA7SMKACckCgApJAoAfCQKAIokCgDRJAoA4iQKACYlCgAoJQoAeyUKAJQlCgDQJQoA4SUKACUmCgAxJgoA5ggRAIImCgDPJgoA1SYKACQnCgAwJwoAeScKAJYnCgDOJwoA1ycKACMoCgAvKAoAeCgKAHsoCgDNKAoA1ygKACIpCgAqKQoAdykKAIEpCgDMKQoA2ikKACEqCgA3KgoAdioKAIIqCgDLKgoA0ioKACArCgAoKwoAdSsKAHorCgDKKwoA0ysKAB8sCgApLAoAdCwKAHwsCgDJLAoAyywKAB4tCgAuLQoAcy0KAH0tCgDILQoA1C0KAB0uCgAjLgoAci4KAHouCgA7CREAzS4KABwvCgAiLwoAcS8KAHYvCgDGLwoAzC8KAJAJEQApMAoAcDAKAIYwCgDFMAoA0TAKABoxCgAfMQoAbzEKAHgxCgDEMQoAzjEKABkyCgA8MgoAbjIKAHIyCgDDMgoAfTIKABc0CgDFMgoAGDMKACYzCgBtMwoAdzMKAMIzCgDmMwoAjwoRAB00CgBsNAoAeDQKAME0CgDDNAoAFjUKACA1CgBrNQoAdzUKAMA1CgDkNQoA5AoRABk2CgBqNgoAJDYKAL43CgBsNgoAvzYKAM02CgAUNwoAHjcKAGk3CgCNNwoAOQsRAMQ3CgATOAoAHzgKAGg4CgBqOAoAvTgKAMc4CgASOQoAHjkKAGc5CgCLOQoAjgsRANk5CgAROgoAGjoKAGY6CgB0OgoAuzoKAME6CgAQOwoAHDsKAGU7CgBtOwoA4wsRAME7CgAPPAoAKDwKAGQ8CgBzPAoAuTwKAME8CgAOPQoAHT0KAGM9CgBoPQoAuD0KAMU9CgANPgoAGj4KAGI+CgBuPgoAtz4KAMY+CgAMPwoAFj8KAGE/CgBvPwoAtj8KALs/CgALQAoAGEAKADgMEQBhQAoA4r0KAHlACgC1QAoAv0AKAApBCgAMQQoAX0EKAG1BCgC0QQoAwUEKAAlCCgARQgoAXkIKAIpCCgCzQgoAukIKAAhDCgAhQwoAXUMKAGxDCgCyQwoAukMKAAdECgAWRAoAXEQKAGFECgCxRAoAvkQKAAZFCgATRQoAW0UKAGdFCgCwRQoAv0UKAAVGCgAPRgoAWkYKAGhGCgCvRgoAtEYKAARHCgARRwoAjQwRAGxHCgCuRwoAvUcKAANICgAPSAoAWEgKAGRICgCtSAoAtEgKAAJJCgAOSQoAV0kKAF5JCgCsSQoAtEkKAAFKCgAFSgoAVkoKAGFKCgCrSgoAt0oKAABLCgANSwoAVUsKAF1LCgCqSwoAtEsKAP9LCgAFTAoAVEwKAGhMCgCpTAoAt0wKAP5MCgALTQoAU00KAGpNCgCoTQoAsE0KAP1NCgAHTgoAUk4KAFdOCgCnTgoAr04KAPxOCgALTwoAUU8KAFZPCgCmTwoAs08KAPtPCgAIUAoAUFAKAFxQCgClUAoAtFAKAPpQCgAEUQoA4gwRAFdRCgCkUQoAs1EKAPlRCgD+UQoATlIKAFdSCgCjUgoAtFIKAPhSCgD/UgoATVMKAFVTCgCiUwoAr1MKAPdTCgD8UwoATFQKAFZUCgChVAoAqVQKAPZUCgAPVQoAS1UKAFdVCgCgVQoAqFUKADcNEQAEVgoASlYKAGdWCgCfVgoAqFYKAPRWCgACVwoASVcKAE9XCgCeVwoAqlcKAPNXCgD6VwoASFgKAFBYCgCdWAoArVgKAPJYCgD4WAoAR1kKAExZCgCcWQoAslkKAPFZCgD5WQoARloKAFBaCgCbWgoAploKAPBaCgD8WgoARVsKAE1bCgCMDREAp1sKAO9bCgD2WwoARFwKAFBcCgCZXAoAn1wKAO5cCgD/XAoAQ10KAFddCgCYXQoApl0KAO1dCgD6XQoAQl4KAFleCgCXXgoAn14KAOxeCgDzXgoAQV8KAENfCgCWXwoAoF8KAOtfCgDtXwoAQGAKAFlgCgCVYAoAl2AKAOpgCgDtYAoAP2EKAEthCgCUYQoAwmEKAOENEQD4YQoAPmIKAFtiCgCTYgoAnGIKAOhiCgD2YgoAPWMKAENjCgCSYwoAnmMKAOdjCgDvYwoANg4RAERkCgCRZAoAl2QKAOZkCgDyZAoAO2UKAD5lCgCQZQoAlWUKAOVlCgDuZQoAOmYKAEBmCgCPZgoAnmYKAORmCgDwZgoAOWcKAEFnCgCLDhEAlGcKAONnCgDoZwoAOGgKAE5oCgCNaAoAlWgKAOJoCgDwaAoAN2kKAEFpCgCMaQoAj2kKAOFpCgDpaQoANmoKADdqCgCLagoAkWoKAOBqCgDuagoANWsKAEtrCgCKawoAjGsKAN9rCgDlawoANGwKAEhsCgCJbAoAkWwKAN5sCgDubAoAM20KADVtCgCIbQoAl20KAN1tCgDnbQoAMm4KADduCgCHbgoAjW4KANxuCgDwbgoAMW8KADlvCgCGbwoAi28KANtvCgDhbwoAMHAKADhwCgCFcAoAiHAKANpwCgDfcAoAL3EKADhxCgCEcQoAinEKANlxCgDocQoALnIKADpyCgDgDhEAj3IKANhyCgDrcgoALXMKAElzCgCCcwoAinMKADUPEQDlcwoALHQKAEJ0CgCBdAoAjXQKANZ0CgDbdAoAK3UKADR1CgCAdQoAinUKANV1CgDddQoAKnYKACx2CgB/dgoAjnYKANR2CgDxdgoAKXcKADJ3CgB+dwoAjHcKANN3CgDZdwoAKHgKADZ4CgB9eAoAingKANJ4CgDpeAoAJ3kKAC95CgB8eQoAfnkKANF5CgDZeQoAJnoKADV6CgB7egoAgHoKANB6CgDdegoAJXsKADJ7CgB6ewoAhnsKAM97CgDeewoAJHwKAC58CgB5fAoAh3wKAM58CgDTfAoAI30KADB9CgCKDxEAgn0KAM19CgDPfQoAIn4KACl+CgB3fgoAfn4KAMx+CgDSfgoAIX8KAC9/CgB2fwoAg38KAMt/CgDbfwoAIIAKACWACgB1gAoAfYAKAMqACgCRgAoAWvAKANaACgAfgQoAIYEKAByECgAsgQoAdIEKAHmBCgDJgQoA04EKAB6CCgAuggoAc4IKAHiCCgDIggoA0YIKAB2DCgAqgwoAcoMKAHmDCgDHgwoAz4MKAN8PEQAqhAoAcYQKAImECgDGhAoAyIQKABuFCgAyhQoAcIUKAHKFCgDFhQoA04UKABqGCgAnhgoAb4YKAHeGCgA0EBEAyoYKABmHCgAbhwoAbocKAHuHCgDDhwoAxocKABiICgApiAoAbYgKAG+ICgDCiAoAzIgKABeJCgAjiQoAbIkKAHSJCgCJEBEAxokKABaKCgAZigoAa4oKAHWKCgDAigoAyIoKABWLCgAiiwoAaosKAGyLCgC/iwoA1YsKABSMCgAgjAoAaYwKAHGMCgDeEBEAwYwKABONCgAcjQoAaI0KAHaNCgDotwoAd40KAL2NCgDIjQoAEo4KABqOCgBnjgoAco4KALyOCgDBjgoAEY8KABSPCgBmjwoAcI8KAIgREQDBjwoAEJAKAMWPCgBGAQ4AK5AKAGWQCgBxkAoAupAKAMCQCgAPkQoAF5EKAGSRCgB6kQoAuZEKAMeRCgAOkgoAEZIKAGOSCgB8kgoAuJIKAMSSCgANkwoAGJMKAGKTCgBkkwoAt5MKANKTCgAMlAoAGpQKAGGUCgBulAoAtpQKAM2UCgDdEREADZUKAJkDDgAhlQoAYJUKAGGVCgC1lQoAupUKAAqWCgAQlgoAX5YKAGGWCgC0lgoAupYKAAmXCgAdlwoAXpcKAGaXCgCzlwoAw5cKAAiYCgAKmAoAXZgKAGuYCgCymAoAw5gKADISEQANmQoAXJkKAGiZCgCHEhEAs5kKAAaaCgAXmgoAW5oKAGOaCgCwmgoAuZoKAAWbCgAMmwoAWpsKAFubCgDcEhEAu5sKAAScCgAGnAoAWZwKAGCcCgCunAoAtpwKAAOdCgAMnQoAWJ0KAF+dCgCtnQoArp0KADETEQAHngoAV54KAF+eCgCsngoAtp4KAAGfCgAPnwoAVp8KAGyfCgCrnwoAt58KAACgCgAFoAoAVaAKAF6gCgCqoAoAtKAKAIYTEQAAoQoAVKEKAFyhCgCPDwwAbKEKAKmhCgC2oQoA/qEKAAqiCgBTogoAXaIKAKiiCgCsogoA/aIKAAKjCgBSowoAWKMKAKejCgDHowoA/KMKABSkCgBRpAoAaKQKAKakCgCypAoA+6QKAAWlCgBQpQoAUqUKAKWlCgCspQoA+qUKAAGmCgBPpgoAVaYKAKSmCgCwpgoA+aYKAPymCgBOpwoAUacKAKOnCgCvpwoA+KcKAPunCgBNqAoAaagKAKKoCgCqqAoA2xMRAAOpCgBMqQoAVqkKAKGpCgCjqQoA9qkKAP2pCgBLqgoAUqoKAKCqCgCmqgoA9aoKAAOrCgBKqwoAV6sKAJ+rCgCvqwoA9KsKAPmrCgBJrAoAUawKAJ6sCgCurAoA86wKAPisCgBIrQoATq0KAJ2tCgClrQoAMBQRAPitCgBHrgoAT64KAJyuCgCfrgoA8a4KAP2uCgBGrwoATK8KAJuvCgC2rwoA8K8KAP6vCgBFsAoAVLAKAJqwCgCmsAoA77AKAPewCgDaFBEASbEKAJmxCgCjsQoA7rEKAPaxCgBDsgoAY7IKAJiyCgClsgoA7bIKAPKyCgBCswoARrMKAJezCgCkswoALxURAPGzCgBBtAoARLQKAJa0CgCgtAoA67QKAPe0CgBAtQoAU7UKAJW1CgCktQoA6rUKAPa1CgA/tgoAQLYKAJS2CgCetgoA6bYKAPe2CgA+twoAQ7cKAJO3CgCgtwoAhBURAPK3CgA9uAoAP7gKAJK4CgCruAoA57gKAPi4CgA8uQoASLkKAJG5CgCZuQoAgxYRAO25CgA7ugoAQroKAJC6CgCWugoA5boKAPG6CgA6uwoAPbsKAI+7CgCSuwoA5LsKAOy7CgA5vAoASbwKAI68CgCTvAoA47wKAOy8CgA4vQoARb0KAI29CgCUvQoA2BYRAO69CgA3vgoARL4KAIy+CgCUvgoA4b4KAOu+CgA2vwoARb8KAIu/CgCMvwoA4L8KAOi/CgA1wAoARMAKAIrACgCPwAoA38AKAOzACgA0wQoAQcEKAInBCgCVwQoA3sEKAO3BCgAzwgoAPcIKAIjCCgCWwgoA3cIKAOLCCgAywwoAP8MKAIfDCgCPwwoA3MMKAObDCgAxxAoANsQKAIbECgCOxAoALRcRAOnECgAwxQoAPMUKAIXFCgCLxQoA2sUKAODFCgAvxgoANMYKAITGCgCKxgoAghcRAOXGCgAuxwoANMcKAIPHCgCJxwoA2McKAOXHCgAtyAoAMsgKAILICgCKyAoA18gKAPXICgCBGBEALskKAKFRDQAvyQoA2HAMADLJCgBFBAwAQskKAIHJCgCCyQoA1skKANvJCgArygoAMcoKAIDKCgCCygoA1coKANvKCgAqywoAPssKAH/LCgCHywoA1MsKAOTLCgApzAoAK8wKAH7MCgCMzAoA08wKAOTMCgDWGBEALs0KAH3NCgCJzQoAKxkRAN/NCgAnzgoAL84KAHzOCgCJzgoA0c4KANPOCgAmzwoAPM8KAHvPCgCHzwoA0M8KANjPCgDVGREAMdAKAHrQCgB90AoAz9AKANTQCgAk0QoANdEKAHnRCgCC0QoAztEKANjRCgAj0goAMdIKAHjSCgB90goAzdIKANrSCgAqGhEALtMKAHfTCgCE0woAzNMKAM7TCgAh1AoAN9QKAHbUCgCC1AoAy9QKANPUCgB/GhEAJdUKAHXVCgB71QoAytUKANLVCgAf1goAItYKAHTWCgCA1goAydYKAM/WCgAe1woAOdcKAHPXCgCA1woAyNcKAMrXCgAd2AoAM9gKAHLYCgB+2AoAx9gKAM/YCgDUGhEAItkKAHHZCgB22QoAxtkKAOHZCgAb2goAKdoKAHDaCgB32goAxdoKANHaCgAa2woAIdsKACkbEQB62woAxNsKAMzbCgAZ3AoAJNwKAG7cCgBz3AoAw9wKAMbcCgAY3QoAIt0KAG3dCgB13QoAwt0KANDdCgAX3goAGt4KAGzeCgB03goAwd4KAOHeCgAW3woAI98KAGvfCgBw3woAwN8KAMTfCgAV4AoAIuAKAH4bEQCK4AoAv+AKAMjgCgAU4QoAFeEKAGnhCgBx4QoAvuEKAM7hCgAT4goAFeIKAGjiCgB24goAveIKAM7iCgDTGxEAGOMKAGfjCgBz4woAKBwRAMPjCgB9HBEAFuQKAGbkCgCA5AoAu+QKAMrkCgAQ5QoAG+UKAGXlCgBn5QoAuuUKAMflCgAP5goAHOYKAGTmCgBw5goAueYKAMrmCgAO5woAEecKAGPnCgB95woAuOcKAMHnCgAN6AoAGugKAGLoCgBo6AoAt+gKAMPoCgAM6QoAD+kKAGHpCgBm6QoAtukKAMfpCgAL6goAJuoKAGDqCgBs6goAteoKALzqCgAK6woADOsKAF/rCgBm6woAtOsKALvrCgAJ7AoAD+wKAF7sCgBq7AoAs+wKALbsCgAI7QoAC+0KAF3tCgBp7QoAsu0KAMXtCgAH7goAFu4KAFzuCgBo7goAse4KALLuCgAG7woAEO8KAFvvCgBp7woAsO8KALXvCgAF8AoAEvAKANIcEQBi8AoAJx0RALHwCgAE8QoAGvEKAFnxCgBl8QoArvEKALbxCgB8HREACfIKAFjyCgBg8goArfIKALDyCgAC8woADvMKAFfzCgBd8woArPMKAMfzCgAB9AoAD/QKAFb0CgBl9AoAq/QKALf0CgAA9QoACPUKANEdEQBa9QoAqvUKALT1CgD/9QoAB/YKAFT2CgB09goAqfYKALb2CgD+9goAA/cKAFP3CgBX9woAqPcKALX3CgAmHhEAIPgKAHseEQBX+AoAp/gKALb4CgD8+AoAHPkKAFH5CgBd+QoApvkKALD5CgD7+QoAB/oKAFD6CgBW+goApfoKAKv6CgD6+goA//oKAE/7CgBV+woA0B4RAKr7CgD5+woA/vsKAE78CgBU/AoAeh8RAKb8CgD4/AoAAv0KAE39CgBP/QoAov0KALv9CgD3/QoACP4KAEz+CgBa/goAof4KAKT+CgD2/goAAf8KAEv/CgBT/woAoP8KAKL/CgD1/woA/f8KAEoACwBXAAsAnwALAKsACwD0AAsA+AALAEkBCwBRAQsAngELAK0BCwDzAQsA+AELAEgCCwBVAgsAnQILAKoCCwDyAgsA/gILAEcDCwBWAwsAnAMLAKYDCwDxAwsA/wMLAEYECwBLBAsAmwQLAKgECwDPHxEA+AQLACQgEQBJBQsAlgkLAFEFCwCaBQsAoAULAO8FCwD1BQsARAYLAFEGCwCZBgsAngYLAO4GCwD2BgsAQwcLAGwHCwCYBwsAdwcLAEIICwC+BwsAlwgLAMEHCwDtBwsAFggLAHkgEQBrCAsAziARAL0ICwDsCAsAIAkLAEEJCwBqCQsAIyERAKQJCwDrCQsA+AkLAEAKCwBMCgsAlQoLAJsKCwDqCgsA8AoLAD8LCwBECwsAlAsLAJoLCwB4IREADwwLAOgMCwASDAsAPgwLAGcMCwAiIhEAvAwLAHciEQAODQsAPQ0LAHENCwCSDQsAuw0LAMwiEQDxDQsAPA4LAEEOCwCRDgsAmQ4LACEjEQDrDgsAOw8LAEQPCwCQDwsAnQ8LAOUPCwDsDwsAdiMRAEIQCwDLIxEAohALAOQQCwDwEAsAORELAEgRCwCOEQsAlxELAOMRCwDtEQsAOBILADoSCwCNEgsAphILAOISCwDzEgsANxMLAEMTCwCMEwsAlBMLACAkEQDvEwsANhQLAEcUCwCLFAsAlxQLAOAUCwDoFAsAdSQRADoVCwCKFQsAlBULAN8VCwDnFQsANBYLAEQWCwCJFgsAjhYLAN4WCwDnFgsAMxcLAEAXCwCIFwsAjxcLAMokEQDjFwsAma0OAOoXCwAyGAsA8BcLAL2KDQA3GAsAhxgLAJMYCwDcGAsA6RgLADEZCwA7GQsAHyURAIsZCwDbGQsA5xkLADAaCwA9GgsAhRoLAI8aCwDaGgsA9hoLAC8bCwA3GwsAdCURAIkbCwDZGwsA4RsLAC4cCwAxHAsAgxwLAIwcCwDYHAsA5xwLAC0dCwA4HQsAgh0LAIodCwDXHQsA5x0LACweCwA6HgsAgR4LAJIeCwDWHgsA4h4LACsfCwAzHwsAySURAIYfCwDVHwsA3R8LACogCwAxIAsAfyALAI0gCwDUIAsA2iALACkhCwA1IQsAfiELAI0hCwDTIQsA3SELACgiCwAtIgsAfSILAIMiCwDSIgsA5iILACcjCwAvIwsAfCMLAJojCwDRIwsA2SMLAB4mEQAuJAsAcyYRAIMkCwDQJAsA6SQLACUlCwAuJQsAeiULAIolCwDPJQsA3yULACQmCwAwJgsAeSYLAH8mCwDOJgsA3CYLACMnCwAwJwsAeCcLAI8nCwDNJwsA1ScLACIoCwAsKAsAdygLAIUoCwDMKAsA4igLACEpCwAtKQsAdikLAH0pCwDLKQsA0ykLACAqCwAlKgsAdSoLAH4qCwDKKgsA1CoLAB8rCwAnKwsAdCsLAHYrCwDJKwsA2SsLAB4sCwAoLAsAcywLAH8sCwDILAsAziwLAB0tCwAlLQsAHScRAHQtCwDHLQsA2C0LABwuCwA4LgsAcS4LAHkuCwByJxEA1y4LABsvCwAsLwsAcC8LAHgvCwDFLwsA3i8LABowCwAgMAsAbzALAHQwCwDEMAsA5DALABkxCwAlMQsAbjELAHQxCwDDMQsAyzELABgyCwAnMgsAbTILAHIyCwDCMgsAzzILABczCwAkMwsAbDMLAHgzCwDBMwsA0DMLABY0CwAgNAsAazQLAHk0CwDANAsAxTQLABU1CwAiNQsAajULAG01CwC/NQsAxzULABQ2CwAWNgsAaTYLAG82CwC+NgsAyjYLABM3CwAbNwsAxycRAG03CwC9NwsAwTcLABI4CwAfOAsAHCgRAHA4CwC8OAsAzTgLABE5CwAdOQsAZjkLAHM5CwC7OQsAwDkLABA6CwAaOgsAZToLAHU6CwC6OgsAvzoLAA87CwAYOwsAZDsLAHE7CwC5OwsAwDsLAA48CwAaPAsAYzwLAGk8CwC4PAsAvjwLAA09CwASPQsAYj0LAGg9CwBxKBEAvD0LAAw+CwAUPgsAYT4LAHc+CwC2PgsAuz4LAAs/CwASPwsAYD8LAGk/CwC1PwsAxj8LAApACwAWQAsAX0ALAGdACwBwKREAtkALAAlBCwAfQQsAXkELAGpBCwCzQQsAukELAAhCCwAQQgsAxSkRAGJCCwCyQgsAuUILAAdDCwAQQwsAXEMLAG1DCwCxQwsAvUMLAAZECwAORAsAGioRAF1ECwCwRAsAxkQLAAVFCwARRQsAWkULAGFFCwCvRQsAt0ULAG8qEQAJRgsAWUYLAGBGCwCuRgsAt0YLAANHCwAURwsAWEcLAGRHCwCtRwsAtUcLAMQqEQAESAsAV0gLAGZICwCsSAsAzEgLAAFJCwADSQsAVkkLAG1JCwCrSQsAt0kLAABKCwAISgsAbisRAFpKCwCqSgsArEoLAP9KCwAGSwsAVEsLAFxLCwCpSwsAsksLAP5LCwAETAsAU0wLAGRMCwCoTAsAsEwLABgsEQAJTQsAUk0LAFVNCwCnTQsArE0LAPxNCwANTgsAUU4LAGxOCwCmTgsAsk4LAPtOCwADTwsAbSwRAGZPCwClTwsApk8LAPpPCwD/TwsAT1ALAFVQCwCkUAsArlALAPlQCwABUQsATlELAGBRCwDCLBEAsFELAPhRCwACUgsATVILAFNSCwCiUgsAtlILAPdSCwD/UgsATFMLAFxTCwChUwsAplMLAPZTCwD8UwsAS1QLAFNUCwCgVAsAoVQLAPVUCwD3VAsASlULAFlVCwCfVQsAv1ULAPRVCwD2VQsASVYLAGBWCwCeVgsAqlYLAPNWCwD7VgsAFy0RAFBXCwCdVwsAtlcLAPJXCwD7VwsAR1gLAFFYCwCcWAsApFgLAPFYCwABWQsARlkLAEtZCwCbWQsApFkLAPBZCwD9WQsARVoLAExaCwCaWgsAoloLAMEtEQD5WgsARFsLAExbCwCZWwsAp1sLAO5bCwD7WwsAQ1wLAEtcCwCYXAsAmlwLAO1cCwD1XAsAQl0LAENdCwCXXQsAmV0LAOxdCwD7XQsAQV4LAGFeCwCWXgsAmF4LAOteCwACXwsAQF8LAExfCwCVXwsAr18LAOpfCwAWYAsAP2ALAEJgCwCUYAsAmWALAOlgCwD2YAsAFi4RAEBhCwCTYQsAnWELAOhhCwD3YQsAPWILAEhiCwCSYgsAoGILAOdiCwD0YgsAPGMLAFNjCwCRYwsAmWMLAOZjCwDnYwsAO2QLAD1kCwCQZAsAn2QLAOVkCwAFZQsAOmULADxlCwCPZQsApmULAORlCwDwZQsAOWYLAEFmCwBrLhEAk2YLAONmCwDpZgsAOGcLAEBnCwCNZwsArGcLAOJnCwDvZwsAN2gLADhoCwCMaAsAomgLAOFoCwD9aAsAwC4RADtpCwCLaQsAlWkLAOBpCwDoaQsANWoLADZqCwCKagsAN2oLAIFzCwCQagsA32oLAOtqCwA0awsARGsLAIlrCwCXawsA3msLAPFrCwAzbAsAP2wLAIhsCwCPbAsA3WwLAOVsCwAybQsANm0LAIdtCwCVbQsA3G0LAOZtCwAxbgsAPG4LAIZuCwCObgsA224LABNvCwAwbwsAOG8LAIVvCwCKbwsA2m8LAOBvCwAvcAsAN3ALAIRwCwCecAsA2XALABFxCwAucQsANnELAINxCwCIcQsA2HELAN5xCwAtcgsANXILAIJyCwCccgsA13ILAPFyCwAscwsAZHMLABUvEQCJcwsA1nMLAN1zCwArdAsAN3QLAIB0CwCBdAsA1XQLAOF0CwAqdQsAN3ULAH91CwCGdQsA1HULAOB1CwApdgsANnYLAH52CwCNdgsA03YLAOd2CwBqLxEAKncLAH13CwA0dwsAwtoNAIB3CwD9Sg0AincLACciDACMdwsA0ncLAPJ3CwAneAsAKXgLAHx4CwCTeAsA0XgLAN14CwAmeQsALnkLAL8vEQB9eQsA0HkLAN15CwAlegsALnoLAHp6CwB8egsAz3oLAOB6CwAkewsANXsLAHl7CwCNewsAFDARAO57CwAjfAsAJXwLAHh8CwCPfAsAzXwLANl8CwAifQsAKn0LAGkwEQB5fQsAzH0LAM99CwAhfgsAKX4LAHZ+CwCDfgsAy34LANB+CwAgfwsAKn8LAHV/CwB9fwsAyn8LAON/CwAfgAsAK4ALAHSACwCAgAsAyYALANaACwAegQsAJoELAHOBCwCDgQsAyIELAM2BCwAdggsAJoILAHKCCwB/ggsAx4ILAM6CCwAcgwsAJIMLAL4wEQB+gwsAxoMLAMmDCwAbhAsAJYQLAHCECwByhAsAxYQLANaECwAahQsAK4ULAG+FCwB7hQsAxIULAMuFCwAZhgsAM4YLAG6GCwB2hgsAw4YLAMSGCwBkkAsAzYYLABiHCwAehwsAbYcLAIGHCwDChwsAyocLABeICwAhiAsAbIgLAHGICwDBiAsAyYgLABaJCwAkiQsAa4kLAHiJCwDAiQsAw4kLABWKCwAfigsAaooLAGyKCwC/igsA0IoLABSLCwAliwsAaYsLAHGLCwATMREAyIsLABOMCwAvjAsAaIwLAHCMCwBoMREAvowLABKNCwAojQsAZ40LAG+NCwC8jQsAyo0LABGOCwAejgsAZo4LAGmOCwC7jgsAxY4LABCPCwASjwsAZY8LAHaPCwC6jwsAy48LAA+QCwAXkAsAvTERAHWQCwC5kAsAxZALAA6RCwAQkQsAY5ELAGaRCwC4kQsAxJELAA2SCwAVkgsAEjIRAGuSCwC3kgsAxJILAAyTCwAUkwsAYZMLAHOTCwC2kwsAw5MLAAuUCwAMlAsAYJQLAHaUCwC1lAsAvZQLAAqVCwAYlQsAX5ULAGyVCwC0lQsAt5ULAAmWCwATlgsAXpYLAGCWCwCzlgsAxJYLAAiXCwAZlwsAXZcLAGWXCwBnMhEAv5cLAAeYCwARmAsAXJgLAGqYCwCxmAsAx5gLAAaZCwASmQsAW5kLAGeZCwCwmQsAtpkLAAWaCwALmgsAWpoLAF+aCwCvmgsAtZoLALwyEQAJmwsAWZsLAFubCwCumwsAtZsLAAOcCwALnAsAWJwLAFucCwCtnAsAtpwLAAKdCwARnQsAV50LAGKdCwCsnQsAtJ0LAAGeCwARngsAVp4LAGSeCwCrngsAvJ4LAACfCwAMnwsAVZ8LAF2fCwC7MxEAyJ8LAP+fCwAHoAsAEDQRAGCgCwCpoAsAv6ALAP6gCwAGoQsAU6ELAHKhCwBlNBEAq6ELABvZCwC1oQsA/aELAACiCwBOog8ABaILAFKiCwAHogsAgcYNAFSiCwCnogsAXKILAPCuCwBjogsA96cLALSiCwD8ogsAEKMLAFGjCwBZowsApqMLAKujCwD7owsAC6QLAFCkCwBYpAsApaQLAK+kCwD6pAsABaULAE+lCwBbpQsApKULAKylCwC6NBEA/qULAE6mCwBXpgsAo6YLAKmmCwD4pgsAB6cLAE2nCwBZpwsAoqcLAKWnCwAPNREA/KcLAEyoCwBbqAsAoagLAKOoCwD2qAsAB6kLAEupCwBcqQsAoKkLALSpCwD1qQsA/akLAEqqCwBYqgsAn6oLAKyqCwD0qgsA96oLAEmrCwBTqwsAnqsLAKCrCwDzqwsABKwLAEisCwBZrAsAnawLAKmsCwDyrAsA+awLAEetCwBPrQsAnK0LALOtCwDxrQsA/a0LAEauCwBcrgsAm64LAJ6uCwBkNREA+64LAEWvCwBRrwsAmq8LAKKvCwC5NREA+68LAESwCwBasAsAmbALAJywCwDusAsA9rALAEOxCwBFsQsAmLELALOxCwDtsQsA77ELAEKyCwBQsgsAl7ILAKiyCwDssgsA7rILAEGzCwBaswsAlrMLAKezCwDrswsA97MLAA42EQBGtAsAlbQLAKO0CwDqtAsABbULAD+1CwBLtQsAlLULAJq1CwDptQsA8bULAD62CwBOtgsAk7YLAJi2CwDotgsA8bYLAD23CwBKtwsAkrcLAJm3CwDntwsA77cLAGM2EQBBuAsAkbgLAJe4CwDmuAsA7rgLADu5CwBnuQsAkLkLAJe5CwDluQsA/rkLADq6CwBJugsAj7oLAKu6CwC4NhEA6boLADm7CwBDuwsAjrsLAJ67CwDjuwsA6LsLADi8CwBBvAsAjbwLAJq8CwDivAsA6bwLADe9CwBDvQsAjL0LAJ+9CwDhvQsA8L0LADa+CwBCvgsAi74LAIy+CwDgvgsA6r4LADW/CwBDvwsAir8LAI+/CwDfvwsA7L8LAA03EQBFwAsAicALAIvACwDewAsA4cALADPBCwA2wQsAiMELAI/BCwDdwQsA6cELADLCCwBCwgsAh8ILAJfCCwDcwgsA4cILADHDCwA6wwsAhsMLAJPDCwDbwwsA4sMLADDECwA8xAsAhcQLAIvECwDaxAsA4MQLAC/FCwA0xQsAhMULAIrFCwAMOBEA48ULAC7GCwA8xgsAg8YLAJPGCwDYxgsA2sYLAC3HCwA8xwsAgscLAIzHCwDXxwsA38cLAAs5EQAyyAsAgcgLAI3ICwBgOREA28gLACvJCwAzyQsAgMkLAJDJCwDVyQsA48kLACrKCwA3ygsAf8oLAIbKCwDUygsA3MoLAAo6EQA6ywsAfssLAIXLCwDTywsA28sLACjMCwA1zAsAfcwLAILMCwDSzAsA3MwLACfNCwAvzQsAfM0LAJXNCwDRzQsA3c0LACbOCwAuzgsAXzoRAIfOCwDQzgsA084LACXPCwAqzwsAes8LAIvPCwDPzwsA6s8LACTQCwAw0AsAedALAIDQCwDO0AsA6tALACPRCwAr0QsAtDoRAH3RCwDN0QsA19ELACLSCwAq0gsAd9ILAHnSCwDlDQ0Ah9ILAMzSCwDR0gsAIdMLACrTCwB20wsAg9MLAMvTCwDS0wsACTsRACnUCwB11AsAgtQLAMrUCwDZ1AsAH9ULACnVCwB01QsAgtULAMnVCwDO1QsAHtYLACvWCwBz1gsAe9YLAF47EQDU1gsAHdcLACrXCwBy1wsAddcLAMfXCwDV1wsAHNgLACHYCwBx2AsAftgLAMbYCwDO2AsAszsRACPZCwBw2QsAdtkLAMXZCwB32QsAFTQMANHZCwAa2gsAN9oLAG/aCwB42gsAxNoLANLaCwAZ2wsAH9sLAG7bCwB62wsAw9sLAMrbCwAIPBEAHtwLAG3cCwB73AsAwtwLAN3cCwAX3QsAI90LAGzdCwBy3QsAXTwRAOTdCwCyPBEAG94LAGveCwB43gsAwN4LAM3eCwAV3wsAId8LAGrfCwB53wsAv98LAMnfCwAU4AsAIuALAGngCwBu4AsAvuALAMvgCwAT4QsAL+ELAGjhCwBw4QsABz0RAMnhCwAS4gsAL+ILAGfiCwBw4gsAvOILAMriCwAR4wsAF+MLAGbjCwBy4wsAu+MLAMLjCwAQ5AsAGOQLAGXkCwB75AsAuuQLAL/kCwAP5QsAFuULAGTlCwBt5QsAueULAMrlCwAO5gsAGuYLAGPmCwBr5gsAsT0RAL7mCwAN5wsAEucLAGLnCwB95wsAt+cLAMXnCwAM6AsAE+gLAGHoCwBt6AsAtugLALnoCwAL6QsAE+kLAGDpCwBh6QsAtekLALfpCwAK6gsAGeoLAF/qCwB/6gsAtOoLALbqCwAJ6wsAIOsLAF7rCwBq6wsAs+sLALvrCwAGPhEACewLAF3sCwBp7AsAsuwLAMHsCwAH7QsAD+0LAFs+EQBe7QsAse0LAL/tCwAG7gsAF+4LALA+EQBi7gsABT8RALjuCwCvPxEAD+8LAFrvCwBm7wsAr+8LAMXvCwAE8AsAEPALAFnwCwBs8AsArvALALzwCwAD8QsADfELAARAEQBg8QsAWUARAMPxCwAC8gsADvILAFfyCwBk8gsArPILALbyCwAB8wsAA/MLAFbzCwBg8wsAq/MLALnzCwAA9AsABfQLAFX0CwBi9AsAqvQLALL0CwD/9AsAD/ULAFT1CwBW9QsAqfULALL1CwD+9QsAD/YLAFP2CwBd9gsArkARALT2CwD99gsAFPcLAFL3CwBt9wsAA0ERAMD3CwD89wsAAvgLAFH4CwBb+AsAWEERAKj4CwD7+AsADPkLAFD5CwBY+QsApfkLAGz5CwDSIQwAsfkLAPr5CwAA+gsAT/oLAFX6CwCk+gsAqfoLAPn6CwD/+gsArUERAGr7CwCj+wsAq/sLAKxCEQAG/AsATfwLAF78CwCi/AsAs/wLAPf8CwAD/QsATP0LAFP9CwABQxEAsv0LAPb9CwAH/gsAS/4LAFf+CwCg/gsAp/4LAFZDEQD3/gsASv8LAEv/CwCf/wsAp/8LAPT/CwD5/wsASQAMAFIADACeAAwAqAAMAPMADAD7AAwASAEMAE0BDACdAQwArQEMAPIBDAD6AQwARwIMAF0CDACcAgwAqAIMAPECDAAHAwwARgMMAEsDDACbAwwAoQMMAPADDAAEBAwAq0MRAFsEDACaBAwAqAQMAO8EDAD8BAwARAUMAEYFDACZBQwAowUMAO4FDAD6BQwAQwYMAEoGDACYBgwAoAYMAO0GDAAGBwwAQgcMAFYHDACXBwwAnwcMAOwHDADuBwwAQQgMAE4IDACWCAwAmwgMAOsIDAD1CAwAQAkMAEsJDACVCQwAoQkMAOoJDADwCQwAPwoMAEcKDACUCgwAlQoMAOkKDADvCgwAPgsMAEMLDACTCwwAogsMAOgLDAD0CwwAPQwMAEAMDACSDAwAlQwMAABEEQDsDAwAPA0MAFgNDABVRBEAsQ0MAOYNDADuDQwAqkQRAEEODACQDgwAnA4MAP9EEQDrDgwAOg8MAEYPDABSRxEAkA8MADYTDACfDwwA5A8MAOYPDAA5EAwAQxAMAI4QDACQEAwA4xAMAPQQDAA4EQwAQBEMAI0RDACZEQwA4hEMAOgRDAA3EgwAPRIMAIwSDACREgwA4RIMAOcSDACnRxEAOBMMAIsTDACREwwA4BMMAOMTDAA1FAwAQRQMAIoUDACSFAwApkgRAOUUDAA0FQwAOhUMAIkVDACOFQwA3hUMAOQVDAD7SBEANRYMAIgWDACRFgwA3RYMAPQWDAAyFwwAPRcMAIcXDACRFwwA3BcMAOQXDAD6SREAPhgMAIYYDACOGAwA2xgMAOUYDAAwGQwAOxkMAIUZDACLGQwA2hkMAOYZDAAvGgwAMRoMAIQaDACLGgwA2RoMAOEaDAAuGwwAQBsMAE9KEQDBGwwA2BsMAOAbDAAtHAwAUBwMAE5LEQCEHAwA1xwMAOQcDAAsHQwAMx0MAIEdDACSHQwA1h0MAOIdDAArHgwAMh4MAIAeDACBHgwACj8MAIgeDACjSxEA6B4MACofDAA5HwwAfx8MAIsfDADUHwwA1R8MACkgDAAzIAwAfiAMAIwgDADTIAwA2CAMACghDAA1IQwA+EsRAIUhDABNTBEA2iEMAKJMEQA1IgwAfCIMAIsiDADRIgwA8SIMACYjDAAyIwwAeyMMAIIjDADQIwwA2CMMACUkDAAnJAwAeiQMAIQkDAChTREA2SQMACQlDAAsJQwA9k0RAIMlDADOJQwA1iUMAEtOEQBiJgwAeCYMAIAmDADNJgwA6yYMAKBOEQAwJwwAdycMAH4nDADZww0AhycMAMwnDADcJwwAISgMAC0oDAB2KAwAfCgMAMsoDADnKAwAICkMACgpDAD1ThEAiSkMAMopDADUKQwAHyoMACsqDAB0KgwAfCoMAEpPEQDUKgwAHisMACArDABzKwwAeSsMAMgrDADQKwwAn08RAB8sDAByLAwAdSwMAMcsDADPLAwAHC0MACwtDABxLQwAcy0MAMYtDADULQwAGy4MACwuDAD0TxEAdy4MAElQEQDLLgwAGi8MAB8vDABvLwwAdS8MAJ5QEQDOLwwAGTAMABswDABuMAwAgTAMAMMwDADLMAwAGDEMACQxDABtMQwAczEMAMIxDADIMQwAFzIMABwyDABsMgwAcjIMAJ1REQDKMgwAFjMMACMzDABrMwwAcjMMAMAzDADIMwwA8lERACE0DABqNAwAdDQMAL80DADLNAwAFDUMACM1DABpNQwAczUMAL41DADKNQwAEzYMABo2DABHUhEAazYMAFabDgBuNgwAvTYMAHc2DACTtA0AyTYMABI3DAAaNwwAnFIRAHM3DAC8NwwAxjcMABE4DAAdOAwAZjgMAHU4DAC7OAwAxTgMABA5DAAcOQwAZTkMAGw5DADxUhEAyDkMAA86DADaOQwA+KQNACY6DABkOgwAcToMALk6DAC7OgwADjsMAB87DABjOwwAfzsMALg7DADAOwwARlMRACY8DABiPAwAdjwMALc8DAC/PAwADD0MAA89DABhPQwAbz0MALY9DADNPQwACz4MABg+DABgPgwAYj4MALU+DADGPgwAm1MRABA/DABfPwwAZD8MALQ/DADKPwwACUAMABdADABeQAwAYUAMALNADAC/QAwACEEMAA5BDABdQQwAaUEMALJBDADeQQwAB0IMABNCDABcQgwAa0IMALFCDAC7QgwABkMMABRDDABbQwwAYEMMALBDDAC9QwwA8FMRAAdEDABaRAwAaEQMAK9EDAC8RAwABEUMABZFDABFVBEAaEUMAK5FDAC6RQwAA0YMABxGDABYRgwAWkYMAK1GDAC8RgwAAkcMACJHDABXRwwAX0cMAKxHDADPRwwAmlQRAAZIDABWSAwAWUgMAKtIDAC1SAwAAEkMAAhJDABVSQwAW0kMAKpJDAC2SQwA/0kMAA5KDABUSgwAYEoMAKlKDAC2SgwA/koMAAhLDABTSwwAW0sMAKhLDAC3SwwA/UsMAP9LDABSTAwAY0wMAKdMDAC4TAwA/EwMAARNDABRTQwAYk0MAKZNDACoTQwA+00MAP5NDABQTgwAWk4MAKVODADJTgwA+k4MABZPDADvVBEAVU8MAKRPDACpTwwA+U8MAAhQDABOUAwAWlAMAKNQDACmUAwA+FAMAPtQDABNUQwAVVEMAKJRDACxUQwA91EMAPxRDABMUgwAYlIMAKFSDACiUgwA9lIMAAdTDABLUwwAV1MMAKBTDACqUwwA9VMMAAFUDABKVAwAUVQMAERVEQCjVAwA9FQMAAJVDABJVQwAU1UMAJ5VDACpVQwA81UMAPtVDABIVgwAVFYMAJ1WDACwVgwA8lYMAABXDABHVwwAUVcMAJxXDACkVwwA8VcMAABYDABGWAwAS1gMAJtYDACiWAwA8FgMAPxYDACZVREAUVkMAJpZDACdWQwA71kMAPJZDABEWgwAXloMAJlaDAClWgwA7loMAAFbDABDWwwAUVsMAJhbDACiWwwA7VsMABBcDADuVREATFwMAJdcDACjXAwA7FwMAPNcDABBXQwASV0MAJZdDACaXQwA610MAPldDABAXgwASl4MAJVeDACgXgwA6l4MAPJeDAA/XwwATl8MAJRfDACZXwwA6V8MAPBfDAA+YAwASmAMAJNgDACbYAwAQ1YRAP5gDAAkeA4AAWEMAD1hDABHYQwAkmEMAJ5hDADnYQwA6mEMADxiDABGYgwAkWIMAJRiDADmYgwA9mIMADtjDAA9YwwAkGMMAJ5jDADlYwwA9mMMAJhWEQBBZAwA7VYRAKhkDADkZAwA7mQMADllDABFZQwAjmUMAJFlDADjZQwA7WUMAEJXEQA9ZgwAjWYMAK1mDADiZgwA6mYMAJdXEQBFZwwAjGcMAKJnDADhZwwA7WcMADZoDAA9aAwAi2gMAJNoDADgaAwA5WgMADVpDAA+aQwAimkMAJRpDADfaQwA52kMADRqDABCagwAiWoMAJZqDADeagwA5moMAOxXEQBDawwAiGsMAJBrDABBWBEA5GsMADJsDAA+bAwAh2wMAI5sDADcbAwA5GwMADFtDAA7bQwAhm0MAJRtDADbbQwA8W0MADBuDAA8bgwAhW4MAIpuDADabgwA424MAC9vDAA5bwwAhG8MAIxvDADZbwwA3m8MAC5wDAA+cAwAg3AMAItwDACWWBEA4nAMAC1xDAAwcQwAZTgNADVxDADrWBEAkHEMANdxDADtcQwALHIMADhyDACBcgwAiHIMANZyDADecgwAK3MMADBzDACAcwwAiXMMANVzDADfcwwAKnQMADJ0DAB/dAwAgXQMAB6ADACNdAwA1HQMAOF0DAApdQwAMXUMAEBZEQCKdQwA03UMANZ1DAAodgwAMnYMAJVZEQCLdgwA0nYMAOh2DAAndwwAM3cMAHx3DACDdwwA0XcMANl3DAAmeAwAK3gMAHt4DACEeAwA0HgMANp4DAAleQwALXkMAHp5DAB8eQwAz3kMAN95DAAkegwALnoMAHl6DACFegwAznoMANR6DAA/WhEAMXsMAHh7DACOewwAzXsMANl7DAAifAwAJ3wMAHd8DACAfAwAzHwMANZ8DAAhfQwAKX0MAHZ9DACYfQwAlFoRANp9DAAgfgwALH4MAHV+DAB2fgwAyn4MANR+DAAffwwALX8MAHR/DAB5fwwAyX8MANZ/DADpWhEALoAMAHOADAB9gAwAyIAMANSADAAdgQwAI4EMAHKBDAB6gQwA6FsRAMyBDAAcggwAJIIMAHGCDAB9ggwAZ4wMAIqCDADGggwA0oIMABuDDAAjgwwAPVwRAH2DDADFgwwAzYMMABqEDAAohAwAb4QMAHyEDADEhAwAx4QMABmFDAAjhQwAboUMAHCFDADDhQwA0IUMABiGDAAnhgwAbYYMAHmGDADChgwAyoYMAJJcEQAnhwwAbIcMAHSHDADBhwwAzYcMABaIDAAciAwAa4gMAHGIDADAiAwAxYgMABWJDAAbiQwA51wRAHeJDAC/iQwAxIkMABSKDAAeigwAaYoMAHGKDAC+igwAyooMABOLDAAmiwwAaIsMAHaLDAC9iwwAwIsMABKMDAAcjAwAPF0RAHqMDAC8jAwAyowMABGNDAAUjQwAZo0MAHCNDACRXREAwI0MABCODADJjQwAnKwMABiODABljgwAcY4MALqODADAjgwAD48MAM2ODABJqgwAFY8MAGSPDABpjwwAuY8MAL+PDADmXREAFJAMAGOQDABokAwAuJAMAL6QDAA7XhEAG5EMAGKRDAB9kQwAt5EMAMORDAAMkgwAE5IMAJBeEQBqkgwAtpIMAMOSDAALkwwAF5MMAGCTDABzkwwAtZMMALaTDAAKlAwAFpQMAF+UDABulAwAtJQMAL6UDAAJlQwAFZUMAF6VDABllQwA5V4RALmVDAAIlgwADpYMAF2WDABilgwAspYMALiWDACPXxEAEJcMAFyXDABplwwAsZcMALWXDAAGmAwACJgMAFuYDABomAwAsJgMALqYDADkXxEADJkMAFqZDABimQwAr5kMALuZDAAEmgwAF5oMAFmaDABomgwArpoMALqaDAADmwwABJsMAFibDABimwwArZsMALubDAACnAwAB5wMAFecDABknAwAOWARALicDAABnQwAB50MAFadDABcnQwAq50MALCdDAAAngwABp4MAI5gEQBangwAqp4MALSeDAA4YREAB58MAFSfDABhnwwAqZ8MAK6fDAD+nwwACKAMAFOgDABboAwAqKAMALSgDAD9oAwAEKEMAFKhDABToQwAp6EMALOhDAD8oQwAC6IMAFGiDABbogwApqIMAK6iDAD7ogwA/aIMAI1hEQBZowwApaMMALSjDAD6owwACaQMAE+kDABbpAwApKQMAKekDAD5pAwA/KQMAOJhEQBQpQwAo6UMAKalDAD4pQwAAKYMAE2mDABapgwAoqYMAKemDAD3pgwAAacMAEynDABUpwwAoacMAK2nDAD2pwwACagMAEuoDABMqAwAoKgMAKyoDAD1qAwABKkMAEqpDABUqQwAn6kMAKupDAD0qQwA+6kMADdiEQBYqgwAnqoMAKqqDADzqgwA9KoMAEirDABSqwwAnasMAKurDADyqwwA96sMAEesDABUrAwAjGIRAK2sDADhYhEA/qwMAEatDABUrQwAm60MAKytDADwrQwAEq4MADZjEQBKrgwAmq4MAEuuDAAO5QwAoq4MAO+uDADwrgwAQLMMAPKuDAA/tAwA9K4MAEGyDAD1rgwAk7UMAPauDABCsQwA/q4MAESvDAAIrwwAkLgMAEmvDACZrwwApq8MAO6vDAD7rwwAQ7AMAE+wDACYsAwAp7AMAO2wDAD3sAwAi2MRAFCxDACXsQwAmbEMAOyxDAD9sQwA4GMRAEKyDACWsgwAorIMAOuyDAD4sgwANWQRAE6zDACVswwAorMMAOqzDAABtAwAimQRAEi0DADntgwASbQMAJS0DACWtAwA6bQMAO+0DAA+tQwASLUMAN9kEQCftQwA6LUMAOq1DAA9tgwATLYMAJK2DACdtgwANGURAPa2DAA8twwAS7cMAJG3DACdtwwA5rcMAPK3DAA7uAwAQrgMAIllEQCcuAwA5bgMAO24DADeZREAU7kMAI+5DACguQwA5LkMAPC5DAAzZhEAQLoMAI66DACWugwA47oMAOS6DAA4uwwAPrsMAI27DACSuwwA4rsMAOO7DAA3vAwAQ7wMAIy8DACSvAwA4bwMAOu8DAA2vQwARL0MAIbCDABKvQwAi70MAJO9DACIZhEA8L0MADW+DAA9vgwAir4MAJO+DADfvgwAl74MAIfBDADsvgwANL8MADu/DACJvwwAlb8MAN6/DADuvwwAM8AMAEHADACIwAwAlcAMAN3ADADpwAwAMsEMADnBDADdZhEAkMEMANzBDADtwQwAMcIMAELCDAAyZxEAksIMANvCDADewgwAMMMMADjDDACFwwwAisMMANrDDADqwwwAL8QMADfEDACExAwAjcQMANnEDACRxAwAgccMAObEDAAuxQwANcUMAIPFDACPxQwA2MUMAOjFDAAtxgwAO8YMAILGDACPxgwA18YMAOPGDAAsxwwAM8cMAIdnEQCKxwwA1scMAOfHDAAryAwAPMgMANxnEQCFyAwA1cgMAOLIDAAqyQwANskMAH/JDACJyQwA1MkMAOjJDAApygwAKsoMAH7KDACKygwA08oMAPLKDAAoywwAMMsMAH3LDACCywwA0ssMAOvLDAAnzAwAU8wMAHzMDACIzAwA0cwMAODMDAAmzQwAMM0MAHvNDACDzQwA0M0MANvNDAAlzgwAJ84MAHrODAB9zgwAz84MANfODAAkzwwAMc8MAHnPDAB+zwwAzs8MANbPDAAj0AwAJdAMAHjQDACC0AwAzdAMANfQDAAi0QwAKNEMAHfRDACF0QwAzNEMAOXRDAAh0gwAKtIMAHbSDACA0gwAy9IMANfSDAAxaBEALNMMAHXTDAB/0wwAytMMANXTDAAf1AwAJNQMAHTUDAB71AwAydQMANHUDAAe1QwAS9UMAIZoEQB61QwAyNUMANDVDAAd1gwAStYMAHLWDAB31gwAx9YMAMjWDAAc1wwAJtcMAHHXDAB/1wwAxtcMAMvXDAAb2AwAKNgMAHDYDACM2AwAxdgMAOHYDADbaBEAJ9kMAG/ZDABz2QwAxNkMAMrZDAAZ2gwAG9oMAG7aDABv2gwAw9oMAObaDAAY2wwAPNsMAG3bDACa2wwAwtsMAMrbDAAX3AwAHNwMAGzcDAB53AwAwdwMAMncDAAW3QwAGN0MAGvdDABz3QwAwN0MAO3dDAAV3gwAIt4MAGreDABv3gwAv94MAMzeDAAU3wwAIN8MAGnfDACW3wwAvt8MAMbfDAAT4AwALuAMAGjgDABq4AwAveAMAM7gDAAS4QwAG+EMAGfhDABz4QwAMGkRAMnhDAAR4gwALOIMAGbiDABr4gwAu+IMANviDAAQ4wwAHOMMAGXjDABt4wwAhWkRAMjjDAAP5AwAGeQMAGTkDABv5AwAueQMAMHkDAAvahEAF+UMAGPlDABt5QwAuOUMAMPlDAAN5gwAIeYMAGLmDAB35gwAt+YMAL/mDAAM5wwAI+cMAGHnDABm5wwAtucMAMDnDAAL6AwAE+gMAIRqEQBi6AwAtegMAMboDAAK6QwADekMAF/pDABr6QwA2WoRAMLpDAAJ6gwAGuoMAC5rEQBh6gwAs+oMALbqDAAI6wwAFOsMAF3rDABj6wwAsusMALzrDACDaxEAFOwMAFzsDABz7AwAsewMALnsDADYaxEAFu0MAFvtDABn7QwAsO0MALbtDAAF7gwAEe4MAFruDAAT7gwAo00PAGfuDACv7gwAvu4MAATvDAAQ7wwAWe8MAGHvDAAtbBEAtu8MAAPwDAAF8AwAWPAMAGfwDACt8AwAt/AMAALxDAAL8QwAV/EMAFnxDACs8QwAvfEMAAHyDAAW8gwAVvIMAF7yDACr8gwA6/IMAADzDAAI8wwAVfMMAGHzDACq8wwAvfMMAP/zDAAA9AwAVPQMAGD0DACp9AwAuPQMAP70DAAI9QwAU/UMAF/1DACo9QwAr/UMANdsEQAZ9gwALG0RAFX2DACn9gwAr/YMAPz2DAAJ9wwAUfcMAFb3DACm9wwAsPcMAPv3DAAD+AwAUPgMAFr4DACh/AwAYPgMAJ/+DAB9+AwApfgMAK/4DAD6+AwAtfgMAKP6DAAA+QwAT/kMAFj5DACk+QwAsPkMAPn5DAAm+gwATvoMAGr6DADWbREApfoMAPj6DAAJ+wwATfsMAFD7DACi+wwArvsMAPf7DAAk/AwATPwMAGj8DAArbhEAp/wMAPb8DAD//AwAS/0MAFX9DACg/QwAq/0MAPX9DAAJ/gwASv4MAGb+DACAbhEAof4MAPT+DAAF/wwASf8MAEz/DACe/wwAsv8MAPP/DAAPAA0A1W4RAFAADQAqbxEApQANAH9vEQD+AA0ARwENAE0BDQCcAQ0AogENAPEBDQD2AQ0ARgINAEwCDQDUbxEApQINAPACDQD4Ag0AfnARAEsDDQCaAw0AogMNAO8DDQD8Aw0ARAQNAFAEDQCZBA0AmwQNAO4EDQD0BA0AQwUNAEsFDQCYBQ0AqgUNANNwEQD6BQ0AQgYNAEkGDQCXBg0AnwYNAOwGDQDxBg0AQQcNAFEHDQCWBw0AngcNAOsHDQD5Bw0AQAgNAE0IDQCVCA0AlggNAOoIDQDzCA0APwkNAEkJDQAocREAmQkNAOkJDQD1CQ0APgoNAEEKDQCTCg0AmwoNAOgKDQD1Cg0APQsNAEILDQCSCw0AnAsNAOcLDQDvCw0APAwNAEgMDQCRDA0ApAwNAOYMDQD0DA0AOw0NAD4NDQCQDQ0Amg0NAH1xEQAADg0AOg4NADwODQCPDg0AnQ4NAOQODQD1Dg0AOQ8NADsPDQCODw0Apw8NAOMPDQD0Dw0AOBANAEQQDQDScREAlhANAOIQDQDvEA0ANxENAEERDQCMEQ0AmhENAOERDQD3EQ0ANhINAEISDQCLEg0AlxINAOASDQDzEg0ANRMNAEQTDQCKEw0AlhMNAN8TDQDgEw0ANBQNAD4UDQCJFA0AlxQNAN4UDQDjFA0AMxUNAEAVDQAnchEAlhUNAN0VDQDzFQ0AMhYNAD4WDQCHFg0AjhYNANwWDQDkFg0AMRcNADYXDQCGFw0AjxcNANsXDQDlFw0AMBgNADgYDQCFGA0AiRgNANoYDQDcGA0ALxkNAD0ZDQCEGQ0AjhkNANkZDQDnGQ0ALhoNADsaDQCDGg0AmhoNANgaDQDgGg0ALRsNAD0bDQCCGw0AhxsNANcbDQDdGw0ALBwNADQcDQCBHA0AhhwNANYcDQDXHA0AKx0NADcdDQCAHQ0Ahh0NANUdDQDXHQ0AKh4NADQeDQB/Hg0AjR4NANQeDQDZHg0AKR8NADYfDQAmcxEAhB8NANMfDQDYHw0AKCANAC4gDQB7cxEAgiANANIgDQDfIA0AJyENADQhDQB8IQ0AiCENANEhDQDgIQ0AJiINADAiDQB7Ig0AiSINANAiDQDVIg0AJSMNADIjDQB6Iw0AgiMNAHp0EQDbIw0AJCQNADQkDQB5JA0AgiQNAM4kDQDRJA0AIyUNAC8lDQB4JQ0AfyUNAM90EQDSJQ0AIiYNAC8mDQB3Jg0AhCYNAMwmDQDYJg0AIScNADAnDQB2Jw0AgCcNAMsnDQDZJw0AICgNACUoDQB1KA0AgigNAMooDQDSKA0AJHURACspDQB0KQ0AhCkNAMkpDQDSKQ0AHioNACEqDQBzKg0AfyoNAMgqDQDPKg0AeXURACIrDQByKw0AeysNAPT7DwB/Kw0AxysNANQrDQAcLA0AKCwNAHEsDQCALA0AxiwNANAsDQAbLQ0AKS0NAHAtDQB1LQ0AxS0NANItDQAaLg0AIi4NAM51EQB7Lg0AxC4NANQuDQAZLw0AIi8NAG4vDQBxLw0Awy8NAM8vDQAYMA0AHzANACN2EQCEMA0AwjANAMgwDQAXMQ0AIzENAGwxDQCDMQ0AwTENAMMxDQAWMg0AIDINAGsyDQB3Mg0AwDINAMwyDQAVMw0AGzMNAGozDQBwMw0AvzMNAMQzDQAUNA0AGjQNAHh2EQBsNA0AICYPAHQ0DQC+NA0AvzQNABM1DQAdNQ0AaDUNAJM1DQDNdhEAwDUNABI2DQAcNg0AIncRAHA2DQC8Ng0A0jYNABE3DQAnNw0AZjcNAGg3DQC7Nw0AwTcNABA4DQAkOA0AzHcRAG04DQC6OA0AgTgNAHLREQDAOA0AUkoOAMo4DQAPOQ0A0zgNAPCrDgAROQ0AZDkNAHI5DQC5OQ0AyjkNACF4EQAVOg0AdngRAGw6DQBzKQ4AbzoNALg6DQC7Og0ADTsNABY7DQBiOw0AczsNALc7DQDBOw0ADDwNABQ8DQBhPA0AKDwNAM93DgBkPA0AtjwNAL88DQALPQ0AIT0NAGA9DQB2PQ0AtT0NALc9DQAKPg0AED4NAF8+DQBzPg0Ay3gRANw+DQAJPw0AMT8NACB5EQBkPw0AMRYOAGo/DQAHQQ0Aaz8NANoXDgBtPw0A2xYOAG4/DQCzPw0AtT8NAAhADQAWQA0AXUANAG5ADQB1eREAukANAMp5EQANQQ0AXEENAGJBDQCxQQ0AtkENAAZCDQAMQg0AH3oRAGdCDQCwQg0AuEINAMl6EQARQw0AWkMNAGRDDQCvQw0AuEMNAAREDQAFRA0AWUQNAGFEDQCuRA0As0QNAANFDQATRQ0Ac3sRAGRFDQCtRQ0Ar0UNAAJGDQAIRg0AV0YNAF5GDQCsRg0AsUYNAAFHDQAFRw0AVkcNAGNHDQCrRw0As0cNAABIDQAFSA0AVUgNAGVIDQDIexEAu0gNAP9IDQALSQ0AVEkNAGNJDQCpSQ0As0kNAP5JDQAMSg0AU0oNAGBKDQCoSg0Av0oNAB18EQAASw0Ax3wRAFVLDQCnSw0AWUsNALaNEQCvSw0A/EsNACRMDQBRTA0AeUwNAKZMDQDOTA0AHH0RAARNDQBQTQ0AUU0NAKVNDQC0TQ0A+k0NALtNDQCjTw0AC04NAE9ODQBRTg0ApE4NAKdODQD5Tg0A/E4NAE5PDQBWTw0AG34RAKhPDQD4Tw0A/08NAE1QDQBWUA0AolANALNQDQD3UA0AA1ENAExRDQBUUQ0AcH4RAKdRDQD2UQ0A/VENAEtSDQBQUg0AoFINAKRSDQD1Ug0AAlMNAEpTDQBZUw0An1MNALBTDQD0Uw0A9lMNAElUDQBMVA0AnlQNAKFUDQDzVA0A+1QNAMV+EQBNVQ0AA5oNAFNVDQBoMw8AVFUNAJ1VDQCgVQ0A8lUNAPxVDQAafxEAUFYNAJxWDQCrVg0A8VYNAABXDQBGVw0AUlcNAJtXDQCeVw0A8FcNAPNXDQBvfxEASFgNAJpYDQDCWA0AxH8RAPdYDQAZgBEATFkNAG6AEQChWQ0Aw4ARAPNZDQBDWg0AUFoNAJhaDQCbWg0A7VoNAPJaDQBCWw0AU1sNAJdbDQCjWw0AGIERAPFbDQBBXA0AUlwNAJZcDQCiXA0A61wNAAVdDQBAXQ0ARF0NAD5fDQBHXQ0AkWENAEpdDQDlYg0ATF0NAD1gDQBOXQ0AP14NAFFdDQCVXQ0Aml0NAOpdDQABXg0AbYERAExeDQCUXg0ApF4NAOleDQDuXg0AwoERAEBfDQCTXw0AmV8NAOhfDQD1Xw0AF4IRAENgDQCSYA0AmGANAOdgDQDsYA0APGENAEJhDQBsghEAnWENAOZhDQD/YQ0AO2INAERiDQCQYg0Ap2INAMGCEQDrYg0AOmMNADxjDQCPYw0AnmMNAORjDQDwYw0AFoMRADtkDQCOZA0An2QNAONkDQDxZA0AOGUNAD9lDQCNZQ0Aj2UNAOJlDQDsZQ0AN2YNAEVmDQCMZg0AkWYNAOFmDQDuZg0ANmcNAD5nDQCLZw0Aj2cNAOBnDQDiZw0ANWgNADtoDQCKaA0Al2gNAGuDEQDsaA0ANGkNAEtpDQCJaQ0ApWkNAMCDEQDqaQ0AM2oNADRqDQCIag0AjmoNAN1qDQDpag0AMmsNAEFrDQCHaw0AiWsNANxrDQDmaw0AMWwNAD9sDQCGbA0Ai2wNANtsDQDobA0AMG0NADhtDQCFbQ0AiW0NANptDQDcbQ0AL24NADVuDQCEbg0AkW4NABWEEQDmbg0ALm8NAEVvDQCDbw0An28NAGqEEQDhbw0ALXANADtwDQCCcA0AjHANANdwDQDjcA0ALHENAC9xDQCBcQ0AnXENANZxDQDecQ0Av4QRADdyDQCAcg0Ag3INANVyDQDfcg0AvoURADNzDQB/cw0AjXMNANRzDQDecw0AKXQNADV0DQB+dA0AhnQNAGiGEQDVdA0AKHUNADZ1DQB9dQ0AjnUNAL2GEQDZdQ0AEocRACx2DQB8dg0AhHYNANF2DQDXdg0AJncNAC93DQB7dw0AiHcNALyHEQDVdw0AJXgNANx3DQDOeQ0ALngNAHp4DQCEeA0Az3gNANd4DQAkeQ0AaHkNAHl5DQCBeQ0AEYgRANR5DQAjeg0AKXoNAHh6DQCAeg0AzXoNABF7DQAiew0AKnsNAGaIEQB/ew0Au4gRANV7DQAhfA0AL3wNAHZ8DQCAfA0Ay3wNANd8DQAgfQ0AI30NAHV9DQB9fQ0AZYkRANZ9DQAffg0AIn4NAHR+DQB+fg0AuokRANF+DQAPihEALH8NAHN/DQCEfw0AyH8NANR/DQAdgA0AIIANAGSKEQC4gA0Ax4ANAA2BDQC5ihEALIENAHGBDQBzgQ0AxoENANSBDQAbgg0ALIINAA6LEQCMgg0AxYINAM2CDQBjixEAIIMNAPv2DQAtgw0Ab4MNAH6DDQDEgw0A0IMNABmEDQAahA0AboQNAHiEDQDDhA0A0YQNABiFDQAdhQ0AbYUNAHqFDQC4ixEA0IUNABeGDQAkhg0AbIYNAHSGDQANjBEAzYYNABaHDQBChw0Aa4cNAHeHDQDAhw0Az4cNABWIDQAfiA0AaogNAHiIDQC/iA0AxIgNABSJDQAhiQ0AaYkNAHGJDQC+iQ0AzIkNABOKDQAgig0AaIoNAHCKDQBijBEAv4oNAJyqDgDLig0AEosNAByLDQBniw0Ac4sNALyLDQDDiw0AEYwNABmMDQBmjA0AaowNALuMDQDJjA0AEI0NABqNDQBljQ0AcI0NALqNDQDCjQ0AD44NABGODQBkjg0AbI4NALmODQDGjg0ADo8NABOPDQBjjw0AcI8NALiPDQDWjw0ADZANAD6QDQBikA0AbpANALeQDQC9kA0ADJENABGRDQBhkQ0AaZENALaRDQDCkQ0AC5INAB6SDQBgkg0AbpINALWSDQC/kg0ACpMNABKTDQBfkw0AbpMNALSTDQC5kw0ACZQNABCUDQBelA0AapQNALOUDQDPlA0ACJUNABCVDQC3jBEAX5UNALKVDQDAlQ0AB5YNABSWDQBclg0AapYNALGWDQC+lg0ABpcNAB2XDQBblw0AY5cNALCXDQC+lw0ABZgNABKYDQBamA0AYpgNAGGNEQC9mA0ABJkNAAWZDQALjhEAZZkNAK6ZDQC1mQ0AYI4RAAqaDQBYmg0AXZoNALWOEQC1mg0ACo8RAAqbDQBXmw0ASpsNACTMDwBYmw0AV/ANAFqbDQBV8g0AYJsNAKybDQBhmw0AA+8NAGebDQBW8Q0AdZsNAIpmDwC5mw0AAZwNAAycDQBWnA0AWJwNAKucDQC4nA0AAJ0NAAedDQBVnQ0AZp0NAKqdDQC2nQ0A/50NAAaeDQBUng0AXJ4NAF+PEQCvng0A/p4NAASfDQBTnw0AWJ8NAKifDQCunw0AtI8RAAmgDQBSoA0AXKANAKegDQCroA0A/KANAAihDQBRoQ0AXaENAKahDQCzoQ0A+6ENAAOiDQBQog0AWqINAKWiDQCxog0A+qINAP2iDQBPow0AWaMNAF6QEQCmow0A+aMNAPyjDQBOpA0AUaQNAAiREQCrpA0AXZERAAalDQBNpQ0ATqUNALKREQCqpQ0AB5IRAPylDQBMpg0AU6YNAKGmDQCmpg0AXJIRAP6mDQCxkhEAU6cNAKCnDQCqpw0A9acNAACoDQBKqA0AWKgNAJ+oDQCiqA0A9KgNAPyoDQBJqQ0AU6kNAJ6pDQCqqQ0A86kNAPapDQBIqg0AUqoNAAaTEQCrqg0A8qoNAAirDQBHqw0AU6sNAJyrDQCjqw0A8asNAPmrDQBGrA0AS6wNAJusDQCkrA0A8KwNAPqsDQBFrQ0ATa0NAJqtDQCcrQ0A760NAP+tDQBErg0ATq4NAJmuDQClrg0A7q4NAPSuDQBDrw0AS68NALCTEQCmrw0A7a8NAO6vDQAFlBEAR7ANAFqUEQCZsA0A7LANAO2wDQBBsQ0ARLENAJaxDQChsQ0A67ENAPCxDQBAsg0ASrINAK+UEQC5sg0A6rINAPKyDQAElREAQbMNAJSzDQClsw0A6bMNAPqzDQA+tA0AQbQNAFmVEQCZtA0A6LQNAO20DQA9tQ0AQLUNAJK1DQCVtQ0A57UNAO+1DQCulREASrYNAJG2DQCUtg0A5rYNAPG2DQA7tw0AR7cNAJC3DQCXtw0A5bcNAO23DQA6uA0ASLgNAI+4DQCcuA0A5LgNAOy4DQADlhEARbkNAI65DQCRuQ0A47kNAO25DQA4ug0AQLoNAFiWEQCZug0A4roNAOi6DQA3uw0AQbsNAIy7DQCguw0A4bsNAOm7DQCtlhEAQ7wNAIu8DQCTvA0A4LwNAOO8DQA1vQ0AQb0NAIq9DQCUvQ0A370NAOi9DQA0vg0ANb4NAIm+DQChvg0A3r4NAOC+DQAzvw0ARL8NAIi/DQCZvw0A3b8NAOW/DQAywA0AQcANAIfADQCJwA0A3MANAO3ADQAxwQ0AQsENAIbBDQCfwQ0A28ENAN3BDQAwwg0AP8INAIXCDQClwg0AV5cRANzCDQAvww0AT8MNAITDDQCYww0Aq5gRAOHDDQAuxA0AO8QNAIPEDQCIxA0A2MQNAOLEDQAtxQ0ANcUNAILFDQCIxQ0A18UNAODFDQAsxg0AOcYNAACZEQCNxg0A1sYNANzGDQArxw0AMccNAIDHDQCJxw0A1ccNANbHDQAqyA0ANMgNAH/IDQCLyA0A1MgNANvIDQBVmREAMckNAKqZEQCGyQ0A/5kRANvJDQBUmhEANMoNAH3KDQCNyg0A0soNANfKDQAnyw0ALcsNAHzLDQCIyw0A0csNANnLDQCpmhEAN8wNAHvMDQCMzA0A0MwNAOLMDQAlzQ0ALc0NAHrNDQCFzQ0Az80NANTNDQAkzg0AKc4NAHnODQCZzg0A/poRAN7ODQAjzw0ALc8NAHjPDQCEzw0Azc8NANPPDQAi0A0AKtANAHfQDQB50A0AzNANAIPQDQBx1g0A3dANACHRDQAy0Q0AdtENAIjRDQDL0Q0A09ENACDSDQAr0g0AddINAHrSDQDK0g0Az9INAB/TDQA/0w0AU5sRAHbTDQDJ0w0A2NMNAB7UDQAp1A0Ac9QNAIXUDQDI1A0A0NQNAB3VDQAo1Q0ActUNAHfVDQDH1Q0AzNUNABzWDQA81g0AqJsRAHPWDQDG1g0A1dYNABvXDQAm1w0AcNcNAILXDQDF1w0AzdcNABrYDQAl2A0Ab9gNAHTYDQDE2A0AydgNABnZDQA52Q0A/ZsRAHvZDQDD2Q0A2tkNAFKcEQAl2g0AbdoNAITaDQCnnBEAz9oNABfbDQAe2w0AbNsNAHrbDQDB2w0AztsNABbcDQAt3A0A/JwRAHPcDQBRnREAwtwNABXdDQAj3Q0Aat0NAHvdDQCmnREAzN0NABTeDQAr3g0A+50RAHPeDQC+3g0Ayt4NABPfDQAW3w0AaN8NAHLfDQBQnhEA2d8NAKWeEQAa4A0A+p4RAG/gDQC84A0AveANAGPkDQC/4A0AZeINAMPgDQBc6w0AxuANABHhDQDL4A0AYeYNAMzgDQBi5Q0AFuENALLqDQAd4Q0AZuENAGnhDQC74Q0AxeENAE+fEQAY4g0ApJ8RAG7iDQC64g0AheINAF7pDQDI4g0AD+MNABnjDQBk4w0AcOMNALnjDQC84w0ADuQNABbkDQD5nxEAZeQNALjkDQC75A0ADeUNABDlDQBOoBEAZOUNALflDQDF5Q0ADOYNAB3mDQD4oBEAY+YNALbmDQDD5g0AC+cNABrnDQBg5w0AbOcNALXnDQDG5w0ACugNABvoDQBf6A0Aa+gNALToDQC76A0ACekNABHpDQCioREAbOkNALPpDQC06Q0A96ERABTqDQBd6g0AZOoNAEyiEQC56g0AB+sNAAzrDQD2ohEAZesNALHrDQC36w0ABuwNAAjsDQBb7A0AZewNALDsDQC+7A0ABe0NAArtDQBa7Q0AZ+0NAK/tDQDH7Q0ABO4NABruDQBZ7g0AXO4NAK7uDQC27g0AoKMRAA/vDQBY7w0AW+8NAK3vDQC37w0A9aMRAArwDQBKpBEAWfANAKzwDQCv8A0AAfENAATxDQCfpBEAWPENAKvxDQC58Q0AAPINABHyDQBJpREAXvINAKryDQC48g0A//INAMPyDQAIkw8ACfMNAFTzDQBg8w0AqfMNAKzzDQD+8w0ABvQNAPOlEQBt9A0ASKYRAML0DQD99A0AF/UNAJ2mEQBX9Q0ATvkNAGD1DQD4+Q0AYvUNAKf1DQCp9Q0A/PUNAAr2DQBR9g0AYvYNAPKmEQCt9g0AR6cRAAH3DQBQ9w0AVfcNAKX3DQCr9w0AnKcRAAD4DQBP+A0AVPgNAKT4DQC6+A0A+fgNAAH5DQBGqBEAbvkNAKP5DQCr+Q0Am6gRAA/6DQBN+g0AWvoNAKL6DQCn+g0A9/oNAP36DQBM+w0AWPsNAKH7DQCo+w0A9vsNAP77DQBL/A0AbvwNAEWpEQCt/A0A9fwNAAT9DQBK/Q0ATP0NAJ/9DQCo/Q0A9P0NAAv+DQBJ/g0AVP4NAJ7+DQCo/g0A8/4NAPv+DQDvqREATv8NAJ3/DQCj/w0A8v8NAPf/DQBHAA4ATQAOAESqEQC+AA4A8QAOAPkADgDuqhEATwEOAJsBDgCcAQ4A8AEOAPgBDgBFAg4AUAIOAJoCDgCfAg4A7wIOAPQCDgBEAw4AZAMOAEOrEQCfAw4A7gMOAPUDDgBDBA4ASAQOAJgEDgCcBA4A7QQOAPoEDgBCBQ4ASgUOAJcFDgCiBQ4A7AUOAPEFDgBBBg4ARgYOAJYGDgC2Bg4AmKsRAPoGDgBABw4ASwcOAJUHDgCdBw4A6gcOAO0HDgA/CA4A9AcOADwLDgBLCA4AlAgOAJ4IDgDpCA4A8ggOAD4JDgA/CQ4AkwkOAJsJDgDoCQ4A8wkOAD0KDgBCCg4AkgoOAJcKDgDnCg4ABwsOAO2rEQBICw4AkQsOAJMLDgDmCw4A7AsOADsMDgBCDA4AkAwOAJUMDgDlDA4A6QwOADoNDgBHDQ4Ajw0OAJcNDgDkDQ4A7w0OADkODgA+Dg4Ajg4OAJMODgDjDg4AAw8OAEKsEQBADw4Al6wRAJcPDgDiDw4A6w8OADcQDgA9EA4AjBAOAJgQDgDhEA4A/xAOADYRDgA3EQ4AixEOAI0RDgDgEQ4A7REOADUSDgBDEg4AihIOAJkSDgDfEg4A+xIOADQTDgA8Ew4AQa0RAJwTDgDeEw4A3xMOADMUDgA/FA4AiBQOAJcUDgDdFA4A5xQOADIVDgA+FQ4AhxUOAI4VDgCWrREA5BUOAOutEQA6Fg4AhhYOAJMWDgBArhEA4BYOADAXDgA9Fw4AhRcOAI8XDgCVrhEA3BcOAC8YDgBFGA4AhBgOAJAYDgDqrhEA4RgOALo2DwD3GA4ALhkOADYZDgBdlA4ATBkOAIMZDgCLGQ4A2BkOAKUZDgCWWg8A2RkOAIEbDgDbGQ4A1RwOAOQZDgDrWg8A6BkOAC0aDgAvGg4AghoOAJAaDgDXGg4A6BoOAD+vEQA0Gw4AlK8RAIMbDgDWGw4A2RsOACscDgAuHA4A6a8RAIgcDgA+sBEA3xwOAH10DgD1HA4AKh0OADgdDgB/HQ4AgB0OAJOwEQDcHQ4A6LARAEweDgA9sREAix4OANMeDgDhHg4AKB8OADIfDgB9Hw4AhR8OANIfDgDTHw4AzSQOAO0fDgB6Ig4A/h8OACcgDgAwIA4AfCAOAH0gDgDRIA4A3yAOACYhDgAwIQ4AeyEOAIchDgDQIQ4A1iEOACUiDgBBIg4AkrERAIgiDgDPIg4A3CIOACQjDgAuIw4AeSMOAHsjDgDOIw4A5SMOACMkDgAvJA4AeCQOAJQkDgDnsREA3iQOACIlDgAkJQ4AdyUOAIElDgDMJQ4A3CUOACEmDgAmJg4AdiYOAHwmDgDLJg4A4SYOACAnDgAoJw4AdScOAHgnDgDKJw4A0ycOAB8oDgAtKA4AdCgOAH4oDgDJKA4A1SgOAB4pDgA6KQ4APLIRAIApDgDIKQ4A0CkOAB0qDgAgKg4Ab4IOAC0qDgByKg4AdCoOAHCBDgCAKg4AxyoOANQqDgAcKw4AKisOAHErDgB0Kw4AxisOANErDgAbLA4AJywOAHAsDgB3LA4AxSwOAM0sDgAaLQ4AHC0OAG8tDgB/LQ4AxC0OAM4tDgAZLg4AJS4OAG4uDgB0Lg4Awy4OAMsuDgCRshEAGi8OAG0vDgB7Lw4Awi8OAM8vDgAXMA4AIzAOAGwwDgByMA4AwTAOAMQwDgAWMQ4AHjEOAGsxDgBtMQ4AZjYOAG4xDgAUMw4AezEOAMAxDgDCMQ4ADDsOAMUxDgAVMg4AHjIOAGoyDgB3Mg4AvzIOAMYyDgDmshEAHTMOAGQ4DgAeMw4AvTQOADQzDgBpMw4AdzMOAL4zDgC/Mw4AO7MRAB80DgBoNA4AbzQOAJCzEQC/NA4AEjUOABg1DgBnNQ4AcTUOALw1DgDINQ4AETYOABg2DgDlsxEAfzYOALs2DgDANg4AEDcOABY3DgBlNw4AbzcOALo3DgDGNw4ADzgOABY4DgA6tBEAczgOALk4DgDIOA4ADjkOABo5DgBjOQ4AZjkOALg5DgC7OQ4ADToOAB06DgBiOg4AazoOALc6DgDIOg4Aj7QRABo7DgBhOw4AcjsOAOS0EQC9Ow4AObURABM8DgBgPA4AYjwOAFtBDgBjPA4ACT4OAHA8DgC1PA4AtzwOAAFGDgC6PA4ACj0OABM9DgBfPQ4AbD0OALQ9DgC7PQ4AjrURABI+DgBZQw4AEz4OALI/DgApPg4AXj4OAGw+DgCzPg4AtD4OAOO1EQAUPw4AXT8OAGQ/DgA4thEAtD8OAAdADgANQA4AXEAOAGZADgCxQA4AvUAOAAZBDgANQQ4AjbYRAHRBDgCwQQ4AtUEOAAVCDgALQg4AWkIOAGRCDgCvQg4Au0IOAARDDgALQw4A4rYRAGhDDgCuQw4AvUMOAANEDgAPRA4AWEQOAFtEDgCtRA4AsEQOAAJFDgASRQ4AV0UOAGBFDgCsRQ4AvUUOADe3EQAPRg4AVkYOAGdGDgCMtxEAskYOAOG3EQAIRw4AVUcOAH5HDgCqRw4AskcOAP9HDgAPSA4AVEgOAFZIDgCpSA4At0gOAP5IDgAPSQ4ANrgRAFlJDgCoSQ4AtEkOAIu4EQArSg4ANbkRAFtKDgCnSg4AtEoOAPxKDgAYSw4AUUsOAFlLDgCKuREAt0sOAPtLDgD9Sw4AUEwOAFFMDgClTA4AqEwOAPpMDgAGTQ4AT00OAFZNDgCkTQ4AwE0OAPlNDgABTg4ANLoRAFtODgCjTg4As04OAPhODgD9Tg4ATU8OAHhPDgCJuhEAqE8OAN66EQD/Tw4ATFAOAE1QDgCYWQ4AUlAOALTmDwBWUA4AoVAOAFhQDgDyVA4AXFAOAElTDgBqUA4A6lwOAKZQDgAR3w8ArFAOABbaDwCtUA4A9lAOAPlQDgBLUQ4AVVEOADO7EQCoUQ4A9VEOAPtRDgBKUg4AU1IOAJ9SDgCsUg4A9FIOABBTDgCIuxEAS1MOAJ5TDgBOUw4AW+oPAKxTDgDzUw4ABFQOAN27EQBOVA4AnVQOAKlUDgAyvBEA+FQOAEdVDgBNVQ4AnFUOAKFVDgDxVQ4A91UOADG9EQBNVg4AML4RAKBWDgDwVg4A+FYOAEVXDgBRVw4AmlcOAK1XDgDvVw4A+1cOAERYDgBTWA4AmVgOAKJYDgDuWA4A+FgOAENZDgBPWQ4A2r4RAKlZDgDtWQ4A+VkOAEJaDgBEWg4Al1oOAJpaDgDsWg4A+FoOAEFbDgBJWw4AL78RAKJbDgDrWw4A+1sOAEBcDgBMXA4AlVwOAJtcDgCEvxEADF0OAD9dDgBHXQ4AlF0OAL5dDgDpXQ4A9F0OAD5eDgBKXg4Ak14OAKReDgDoXg4A6V4OANm/EQBDXw4Akl8OAJ9fDgAuwBEA9F8OADxgDgBTYA4AkWAOALxgDgDmYA4A7mAOADthDgBFYQ4AkGEOAJxhDgDlYQ4A6GEOADpiDgBEYg4Ag8ARAJdiDgDkYg4A6mIOADljDgBCYw4AjmMOAJtjDgDjYw4A/2MOANjAEQA6ZA4AjWQOAD9kDgDVcQ4AmmQOAOJkDgDpZA4AN2UOADllDgCMZQ4AkmUOAOFlDgDoZQ4ANmYOAE5mDgCLZg4AkGYOAOBmDgCXZg4AimcOAOlmDgA1Zw4AP2cOAC3BEQCQZw4A32cOAOVnDgA0aA4AOWgOAIloDgCPaA4AgsERAN9oDgAzaQ4ARGkOAIhpDgCUaQ4A3WkOAOdpDgAyag4APmoOAIdqDgCOag4A18ERAN5qDgAxaw4A52oOAE/2DwA0aw4AhmsOAKZrDgDbaw4A42sOACzCEQBBbA4AhWwOAIxsDgDabA4A4mwOAC9tDgAybQ4A2G4OAD9tDgCEbQ4Ahm0OANltDgDnbQ4ALm4OAD9uDgCBwhEAim4OANbCEQDhbg4ALW8OADxvDgCCbw4AkW8OANdvDgDjbw4ALHAOAC9wDgCBcA4AhHAOANZwDgDmcA4AK3EOADRxDgCAcQ4AkXEOACvDEQDacQ4AKnIOADNyDgB/cg4AiXIOANRyDgDccg4AKXMOAEdzDgB+cw4AnHMOANNzDgDxcw4AKHQOAEZ0DgCAwxEAhHQOANJ0DgDXdA4AJ3UOAN50DgAmdg4AMHUOAHx1DgCGdQ4A0XUOAO11DgDVwxEALHYOAHt2DgCBdg4A0HYOAOx2DgAqxBEAT3cOANTEEQCkdw4AKcURANd3DgAoxhEAOngOAHl4DgB7eA4AzngOANR4DgAjeQ4AN3kOAHh5DgCAeQ4AzXkOAPd5DgB9xhEAK3oOAHd6DgCEeg4AzHoOANp6DgAhew4AK3sOAHZ7DgCQew4Ay3sOANh7DgAgfA4ALHwOAHV8DgB/fA4AynwOANJ8DgDSxhEAJn0OAHR9DgB8fQ4AJ8cRAKJ9DgAmyBEA1X0OAB5+DgAlfg4Ac34OAHt+DgB8xxEAyn4OAB1/DgAufw4Acn8OAHp/DgDHfw4A0X8OAByADgAogA4AcYAOAHSADgDGgA4A0IAOAHvIEQA3gQ4A0MgRAH6BDgDFgQ4A1oEOACXJEQAhgg4AeskRAHiCDgDEgg4A04IOABmDDgAogw4AboMOAHqDDgDDgw4AxoMOABiEDgAbhA4AbYQOAH2EDgDChA4Ay4QOABeFDgAohQ4Az8kRAG6FDgDBhQ4AeIUOAGuGDgDEhQ4AFoYOAB6GDgAkyhEAcYYOAMCGDgDMhg4AFYcOAB2HDgB5yhEAdocOAL+HDgDChw4AFIgOAB6IDgDOyhEAbogOAL6IDgDUiA4AE4kOABSJDgBoiQ4AeYkOAL2JDgDJiQ4AEooOAByKDgBnig4Ac4oOACPLEQDIig4AEYsOABSLDgBmiw4AcIsOAM3LEQC+iw4AEIwOABOMDgBljA4AcYwOALqMDgDAjA4AD40OABmNDgAizBEAaY0OALmNDgDGjQ4ADo4OABGODgBjjg4Af44OALiODgDAjg4Ad8wRABWPDgDMzBEAao8OACHNEQC6jw4ADJAOAM6PDgBHVA8ALJAOAGGQDgB1kA4Ads0RAMOQDgDLzREADJEOAGCRDgBmkQ4AtZEOAMGRDgAKkg4AGZIOAF+SDgBhkg4AtJIOAL6SDgAJkw4AFZMOAF6TDgBlkw4AIM4RAL+TDgB1zhEAEJQOAMrOEQBglA4AW5YOAG2UDgCylA4AtJQOAAeVDgAVlQ4AXJUOAG2VDgDH0REAuJUOABzSEQAOlg4AcdIRAHuWDgCwlg4AvpYOAAWXDgAGlw4AxtIRAGaXDgCvlw4AtpcOABvTEQAMmA4AcNMRAFuYDgCumA4AvJgOAAOZDgAUmQ4AxdMRAF6ZDgCtmQ4AuZkOABrUEQAImg4AV5oOAF2aDgCsmg4AsZoOAAGbDgAHmw4AxNQRAFmbDgCrmw4At5sOAACcDgAGnA4AVZwOAF+cDgBu1REAr5wOAP+cDgAMnQ4AVJ0OAFedDgCpnQ4Avp0OAP6dDgAGng4Aw9URAFueDgCong4AtJ4OAP2eDgADnw4AUp8OAFifDgCnnw4ArJ8OAPyfDgACoA4AwdcRAGCgDgCmoA4AtaAOAPugDgAEoQ4AUKEOAFahDgCloQ4Aq6EOAPqhDgAGog4AT6IOAFaiDgCkog4ArKIOAGvYEQADow4ATqMOAFmjDgCjow4Ar6MOAPijDgD+ow4ATaQOAFWkDgCipA4ArqQOAPekDgD9pA4ATKUOAFKlDgChpQ4ApqUOAPalDgD8pQ4AwNgRAFKmDgCgpg4ArqYOAPWmDgACpw4ASqcOAGGnDgCfpw4Au6cOAPSnDgD8pw4AFdkRAFyoDgCeqA4AoKgOAPOoDgAJqQ4ASKkOAEmpDgCdqQ4ArqkOAPKpDgD+qQ4AatkRAGOqDgC/2REAsqoOAPGqDgDyqg4ARqsOAFerDgCbqw4Ap6sOABTaEQD1qw4ARawOAEusDgCarA4AuqwOAO+sDgD7rA4ARK0OAEutDgBp2hEAn60OAO6tDgDzrQ4AQ64OAEmuDgC+2hEArK4OAO2uDgDurg4AQq8OAE6vDgCXrw4As68OAOyvDgD0rw4AvdsRAEmwDgBn3BEAorAOAOuwDgDxsA4AQLEOAEaxDgCVsQ4ArbEOAOqxDgD0sQ4AP7IOAEuyDgCUsg4Al7IOAOmyDgDzsg4APrMOAFazDgCTsw4Ao7MOAOizDgDqsw4APbQOAEu0DgCStA4Ao7QOALzcEQDttA4APLUOAEi1DgAR3REAmbUOALvdEQDytQ4AO7YOAD62DgCQtg4AmrYOABDeEQDntg4AOrcOAEi3DgCPtw4AoLcOALreEQDrtw4AD98RAEG4DgBk3xEAlrgOAGPgEQDluA4AOLkOAEW5DgCNuQ4AnLkOAOK5DgDouQ4AN7oOAEO6DgCMug4AjroOAOG6DgDrug4ANrsOAES7DgCLuw4AkLsOAOC7DgDtuw4ANbwOAEG8DgCKvA4AnbwOAN+8DgDuvA4ANL0OAEC9DgCJvQ4Air0OAN69DgDovQ4AM74OAEG+DgCIvg4Ajb4OAN2+DgDqvg4AuOARADy/DgCHvw4Alb8OANy/DgDfvw4AMcAOAEHADgCGwA4AlMAOANvADgDnwA4AMMEOADfBDgCFwQ4AjMEOANrBDgDmwQ4AL8IOADDCDgCEwg4AkMIOANnCDgDmwg4ALsMOADXDDgCDww4Aj8MOANjDDgDlww4ALcQOADzEDgCCxA4AlsQOANfEDgDjxA4ALMUOAD/FDgCBxQ4AkMUOANbFDgDixQ4AK8YOACzGDgCAxg4AisYOANXGDgDjxg4AKscOAC/HDgB/xw4AjMcOAA3hEQDVxw4AKcgOADrIDgB+yA4AjMgOANPIDgDiyA4AKMkOACrJDgB9yQ4Ah8kOANLJDgDgyQ4AJ8oOACzKDgB8yg4AicoOANHKDgDgyg4AJssOACvLDgB7yw4AiMsOANDLDgDayw4AJcwOADHMDgB6zA4AjcwOAM/MDgDZzA4AJM0OADDNDgB5zQ4AjM0OAM7NDgDdzQ4AI84OAC/ODgB4zg4Aec4OAM3ODgDXzg4AIs8OADDPDgB3zw4AfM8OAMzPDgDZzw4AYuERACbQDgB20A4Ag9AOAMvQDgDV0A4AINEOACbRDgB10Q4Ad9EOAMrRDgDX0Q4AH9IOACLSDgB00g4AgtIOAMnSDgDV0g4AHtMOACvTDgBz0w4AfdMOAMjTDgDX0w4AHdQOACLUDgBy1A4Af9QOAMfUDgDU1A4AHNUOACjVDgBx1Q4AgNUOAMbVDgDQ1Q4AG9YOACnWDgBw1g4AddYOAMXWDgDS1g4AGtcOACbXDgBv1w4AgtcOAMTXDgDT1w4AGdgOACXYDgBu2A4Ab9gOAMPYDgDN2A4AGNkOACbZDgBt2Q4ActkOAMLZDgDP2Q4At+ERACraDgBs2g4Ae9oOAMHaDgDN2g4AFtsOABfbDgBr2w4AddsOAMDbDgDO2w4AFdwOABrcDgBq3A4Ad9wOAAziEQDS3A4AFN0OACPdDgBp3Q4Add0OAL7dDgC/3Q4AE94OAB3eDgBo3g4Adt4OAL3eDgDC3g4AEt8OAB/fDgBh4hEAad8OALzfDgDK3w4AEeAOAB7gDgBm4A4AcuAOALvgDgDB4A4AEOEOACHhDgBl4Q4AZ+EOALrhDgDD4Q4AD+IOABziDgBk4g4Ac+IOALniDgDE4g4ADuMOABrjDgBj4w4AduMOALjjDgDH4w4ADeQOABnkDgBi5A4AY+QOALfkDgDB5A4ADOUOABrlDgBh5Q4AZuUOALblDgDD5Q4AtuIRABjmDgBg5g4AbuYOALXmDgC/5g4ACucOABjnDgBf5w4AYecOALTnDgDF5w4ACegOABfoDgBe6A4Aj+gOALPoDgC16A4ACOkOABLpDgBd6Q4Aa+kOALLpDgC36Q4AB+oOABTqDgBc6g4AaOoOALHqDgDE6g4ABusOABXrDgBb6w4AZ+sOALDrDgCx6w4ABewOAA/sDgBa7A4AaOwOAK/sDgC07A4ABO0OABHtDgAL4xEAW+0OAK7tDgCw7Q4AA+4OABLuDgBY7g4AZ+4OAK3uDgC57g4AAu8OAAXvDgBX7w4AWu8OAKzvDgCy7w4AAfAOAA3wDgBW8A4AWfAOAKvwDgCw8A4AAPEOAAnxDgBV8Q4AW/EOAKrxDgC58Q4A//EOAAvyDgBU8g4AZPIOAKnyDgCr8g4A/vIOAAzzDgBT8w4AZPMOAGDjEQCu8w4A/fMOAAn0DgC14xEAZfQOAKf0DgC29A4A/PQOAAj1DgBR9Q4AUvUOAKb1DgCw9Q4A+/UOAAn2DgBQ9g4AVfYOAKX2DgCy9g4ACuQRAAb3DgBP9w4AWfcOAKT3DgDQ9w4A+fcOAAD4DgBO+A4AZ/gOAKP4DgCy+A4A+PgOAAf5DgBN+Q4AUvkOAKL5DgCv+Q4A9/kOAAT6DgBM+g4AWPoOAKH6DgCw+g4A9voOAAD7DgBL+w4AWfsOAKD7DgCl+w4A9fsOAAL8DgBK/A4AVvwOAJ/8DgCy/A4A9PwOAAP9DgBJ/Q4AVf0OAJ79DgCf/Q4A8/0OAP39DgBI/g4AVv4OAJ3+DgCi/g4A8v4OAP/+DgBf5BEAWP8OAJz/DgCt/w4A8f8OAP3/DgBGAA8AXQAPAJsADwCdAA8A8AAPAAEBDwBFAQ8ASAEPAJoBDwCkAQ8A7wEPAPEBDwBEAg8ATgIPAJkCDwClAg8A7gIPAPoCDwBDAw8AVgMPAJgDDwCnAw8A7QMPAPkDDwBCBA8AQwQPAJcEDwChBA8A7AQPAPoEDwBBBQ8ARgUPAJYFDwCjBQ8AtOQRAO0FDwBABg8ASgYPAJUGDwCdBg8ACeURAP0GDwA/Bw8ASwcPAJQHDwCjBw8A6QcPAPIHDwA+CA8ASAgPAJMIDwChCA8A6AgPAO0IDwA9CQ8ASgkPAJIJDwCeCQ8A5wkPAPoJDwA8Cg8ASwoPAJEKDwCdCg8A5goPAOcKDwA7Cw8ARQsPAJALDwCeCw8A5QsPAOoLDwA6DA8ARwwPAF7lEQCRDA8A5AwPAO4MDwA5DQ8AQQ0PALPlEQCTDQ8A4w0PAPkNDwA4Dg8AOQ4PAI0ODwCeDg8A4g4PAO4ODwA3Dw8AQQ8PAIwPDwCaDw8A4Q8PAOYPDwA2EA8AQxAPAIsQDwCXEA8A4BAPAPMQDwA1EQ8ARBEPAIoRDwCWEQ8A3xEPAOARDwA0Eg8APhIPAIkSDwCXEg8A3hIPAOMSDwAzEw8AQBMPAAjmEQCKEw8A3RMPAOcTDwAyFA8AOhQPAF3mEQCdFA8A3BQPAOgUDwAxFQ8ANhUPAIYVDwCPFQ8A2xUPAOUVDwAwFg8APBYPAIUWDwCYFg8A2hYPAOkWDwAvFw8AOxcPAIQXDwCFFw8A2RcPAOMXDwAuGA8APBgPAIMYDwCIGA8A2BgPAOUYDwCy5hEALxkPAIIZDwCMGQ8A1xkPAN8ZDwAH5xEAORoPAIEaDwCQGg8A1hoPAOEaDwArGw8ANxsPAIAbDwCPGw8A1RsPAPUbDwAqHA8ANhwPAH8cDwCGHA8A1BwPAOIcDwApHQ8ALh0PAH4dDwCKHQ8A0x0PAOYdDwAoHg8ANx4PAH0eDwCJHg8A0h4PANMeDwAnHw8AMR8PAHwfDwCKHw8A0R8PANYfDwAmIA8AMyAPAFznEQB9IA8A0CAPANogDwAlIQ8ALSEPALHnEQCXIQ8AzyEPAOAhDwAkIg8AMCIPAHkiDwCMIg8AziIPAN0iDwAjIw8ALyMPAHgjDwB5Iw8AzSMPANcjDwAiJA8AMCQPAHckDwB8JA8AzCQPANkkDwAG6BEAIyUPAHYlDwCAJQ8AyyUPANMlDwBb6BEAPSYPAHUmDwCGJg8AyiYPANYmDwAfJw8AMicPAHQnDwCDJw8AyScPANUnDwAeKA8AHygPAHMoDwB9KA8AyCgPANYoDwAdKQ8AIikPAHIpDwB/KQ8AsOgRAMkpDwAcKg8AJioPAHEqDwB5Kg8ABekRANcqDwAbKw8ALysPAHArDwB0Kw8AxSsPAMcrDwAaLA8ALiwPAG8sDwByLA8AxCwPAOEsDwAZLQ8AKi0PAG4tDwB6LQ8Awy0PANYtDwAYLg8AJy4PAG0uDwB5Lg8Awi4PAMMuDwAXLw8AIS8PAGwvDwB6Lw8AwS8PAMYvDwAWMA8AIzAPAFrpEQBtMA8AwDAPAMowDwAVMQ8AHTEPAK/pEQBsMQ8AvzEPAM0xDwAUMg8AJTIPAATqEQBwMg8AWeoRAOEyDwBY6xEAGzMPAFfsEQBuMw8AvTMPAMIzDwASNA8AFjQPAGc0DwB0NA8ArOwRAME0DwARNQ8AFTUPAGY1DwBoNQ8AuzUPANQ1DwAQNg8AITYPAGU2DwBxNg8AAe0RAL02DwBfPA8AxjYPAA83DwAiNw8AZDcPAGU3DwC5Nw8AxTcPAA44DwAdOA8AYzgPAG04DwC4OA8AxDgPAA05DwAUOQ8AVu0RAGo5DwC3OQ8AuTkPAKtFDwC6OQ8Asj4PAL05DwAMOg8AwzkPAAVBDwDEOQ8AQ60PABg6DwBhOg8AcDoPALY6DwDCOg8ACzsPABk7DwBgOw8AezsPALU7DwDBOw8ACjwPABE8DwCr7REAbDwPALQ8DwC2PA8ACT0PAAo9DwBePQ8AYT0PALM9DwC+PQ8ACD4PAA0+DwBdPg8AZz4PAADuEQC/Pg8ABz8PAAk/DwBcPw8AXT8PALE/DwC0Pw8ABkAPABFADwBbQA8AYEAPALBADwC6QA8AVe4RABhBDwBaQQ8AW0EPAK9BDwC7QQ8ABEIPABNCDwBZQg8AY0IPAK5CDwC6Qg8AA0MPAApDDwCq7hEAYEMPAK1DDwCvQw8AAkQPABFEDwBXRA8AYUQPAKxEDwC1RA8AAUUPAANFDwBWRQ8AZ0UPAFTvEQC6RQ8AAEYPAApGDwBVRg8AXkYPAKpGDwCsRg8A/0YPABBHDwBURw8AXEcPAKlHDwDHRw8A/kcPAAZIDwBTSA8AX0gPAKhIDwC7SA8A/UgPAP5IDwBSSQ8AXkkPAKdJDwC2SQ8A/EkPAAZKDwBRSg8AXUoPAKZKDwCtSg8Aqe8RAAxLDwBQSw8AYUsPAKVLDwCtSw8A+ksPAAFMDwBPTA8AXUwPAKRMDwC0TA8A+UwPAAlNDwBOTQ8Aak0PAP7vEQCwTQ8A+E0PAA9ODwBNTg8AVU4PAKJODwCwTg8A904PAAFPDwBMTw8AWE8PAKFPDwC3Tw8A9k8PAPlPDwBLUA8AZ1APAFPwEQCwUA8A9VAPAP9QDwBKUQ8AUlEPAJ9RDwCuUQ8A9FEPAPlRDwBJUg8AVlIPAJ5SDwCoUg8A81IPAPVSDwBIUw8AVlMPAJ1TDwCqUw8A8lMPAPVTDwCo8BEAUlQPAJxUDwCmVA8A8VQPAPlUDwBGVQ8AVVUPAJtVDwCgVQ8A8FUPAP1VDwBFVg8AT1YPAJpWDwCcVg8A71YPAP1WDwBEVw8AUVcPAJlXDwCcVw8A/fARAPFXDwBDWA8AT1gPAJhYDwCfWA8A7VgPAPVYDwBCWQ8AW1kPAJdZDwCrWQ8A7FkPAAhaDwBBWg8ASVoPAKfxEQCeWg8A/PERAPhaDwBAWw8AR1sPAJVbDwCdWw8A6lsPAO9bDwA/XA8AT1wPAJRcDwCcXA8A6VwPAPdcDwA+XQ8AS10PAJNdDwCgXQ8A6F0PAPRdDwA9Xg8AQ14PAJJeDwCaXg8A514PAPNeDwA8Xw8AT18PAJFfDwCgXw8A5l8PAPJfDwA7YA8APGAPAJBgDwCaYA8A5WAPAPNgDwA6YQ8AP2EPAI9hDwCcYQ8AUfIRAOdhDwA5Yg8AQ2IPAI5iDwCQYg8A42IPAPJiDwA4Yw8AWGMPAI1jDwCVYw8A4mMPAOxjDwA3ZA8APWQPAIxkDwCOZA8A4WQPAPBkDwA2ZQ8AQmUPAItlDwCTZQ8ApvIRAP5lDwA1Zg8AU2YPAPvyEQCoZg8A32YPAP1mDwA0Zw8APGcPAIlnDwCYZw8A3mcPAOBnDwAzaA8APGgPAIhoDwCLaA8A3WgPAOloDwAyaQ8AOWkPAIdpDwCPaQ8A3GkPAPVpDwAxag8ARWoPAIZqDwCiag8A22oPAONqDwBQ8xEATmsPAIVrDwCjaw8ApfMRAPNrDwAvbA8ANGwPAIRsDwCfbA8A2WwPAOVsDwAubQ8ANm0PAPrzEQCWbQ8A2G0PAOdtDwAtbg8AOW4PAIJuDwCDbg8A124PAOFuDwAsbw8AOm8PAIFvDwCGbw8A1m8PAONvDwBP9BEAL3APAIBwDwCCcA8A1XAPANhwDwAqcQ8AMnEPAH9xDwCJcQ8A1HEPAN9xDwApcg8ANXIPAH5yDwCGcg8ApPQRAOFyDwAocw8ALnMPAH1zDwCJcw8A0nMPAOFzDwAndA8AMXQPAHx0DwCEdA8A0XQPAOB0DwAmdQ8AKHUPAHt1DwCEdQ8A0HUPANN1DwAldg8AMXYPAHp2DwCCdg8A+fQRAN92DwAkdw8ALHcPAHl3DwCDdw8AzncPANl3DwAjeA8AL3gPAHh4DwCAeA8ATvURANJ4DwAieQ8AM3kPAHd5DwCIeQ8AzHkPANF5DwAheg8AJXoPAHZ6DwCEeg8Ay3oPANh6DwAgew8AN3sPAHV7DwB9ew8AynsPANZ7DwAffA8AMnwPAHR8DwCDfA8AyXwPANV8DwAefQ8AH30PAHN9DwB9fQ8AyH0PANZ9DwAdfg8AIn4PAHJ+DwB/fg8Ao/URAM1+DwAcfw8AKn8PAHF/DwB+fw8Axn8PAN1/DwAbgA8AI4APAHCADwB7gA8AxYAPAMeADwAagQ8AJ4EPAG+BDwB2gQ8AxIEPANWBDwAZgg8AJ4IPAG6CDwB7gg8Aw4IPANqCDwAYgw8AIIMPAG2DDwBygw8AwoMPANKDDwAXhA8AH4QPAGyEDwB2hA8AwYQPAMyEDwAWhQ8AIoUPAGuFDwBzhQ8ATfYRANmFDwAVhg8AGoYPAGqGDwCFhg8Av4YPAMuGDwAUhw8AHIcPAKL2EQB8hw8AvocPAM2HDwATiA8AH4gPAGiIDwBpiA8AvYgPAMeIDwASiQ8AIIkPAGeJDwBsiQ8AvIkPAMmJDwD39hEAGYoPAGaKDwBoig8Au4oPAMiKDwAQiw8AFYsPAGWLDwBviw8AuosPAMWLDwAPjA8AG4wPAGSMDwBqjA8AuYwPAMGMDwAOjQ8AGo0PAGONDwB2jQ8AuI0PAMeNDwANjg8AGY4PAGKODwBjjg8At44PAMGODwAMjw8AGo8PAGGPDwBmjw8Ato8PAMOPDwBM9xEAEJAPAGCQDwBvkA8AtZAPAMSQDwAKkQ8AE5EPAF+RDwBlkQ8AtJEPALqRDwAJkg8AFZIPAF6SDwBlkg8As5IPAM+SDwCh9xEAEpMPAF2TDwBpkw8AspMPALWTDwAHlA8AEZQPAPb3EQBklA8AS/gRALmUDwCg+BEADpUPAPX4EQBjlQ8AsJUPALGVDwBTnQ8AvZUPAAWWDwDElQ8Aq5oPAMeVDwD3ow8AyZUPAJ6nDwAGlg8AWpYPAHCWDwCvlg8At5YPAASXDwAGlw8ArJkPABKXDwBZlw8AYZcPAEr5EQBmlw8ArpcPALGXDwADmA8ADZgPAFiYDwBamA8ArZgPAL6YDwACmQ8AE5kPAFeZDwBfmQ8An/kRALOZDwABmg8ACJoPAFaaDwBemg8A9PkRAK2aDwAAmw8ABpsPAFWbDwBimw8AqpsPALKbDwD/mw8AAZwPAFScDwBbnA8AqZwPALCcDwD+nA8ABp0PAEn6EQBgnQ8AqJ0PAKmdDwD9nQ8AE54PAFKeDwBang8Ap54PAKmeDwBPoQ8AtZ4PAPyeDwAEnw8AnvoRAAmfDwBRnw8AVJ8PAKafDwCwnw8A+58PAP2fDwBQoA8AYaAPAKWgDwC2oA8A+qAPAAKhDwDz+hEAVqEPAKShDwCroQ8A+aEPAAGiDwBI+xEAWKIPAKOiDwClog8A+KIPAAmjDwBNow8AXqMPAKKjDwCqow8AnfsRAPyjDwCaqw8AA6QPAEykDwBipA8AoaQPAKmkDwD2pA8ABKUPAEulDwBYpQ8AoKUPAKOlDwD1pQ8A/6UPAEqmDwBMpg8An6YPALCmDwD0pg8ABacPAEmnDwBRpw8A8vsRAKenDwDzpw8AAKgPAEioDwBPqA8AnagPAK6oDwDyqA8A/qgPAEepDwBPqQ8AR/wRAKmpDwDxqQ8A9KkPAEaqDwBQqg8Am6oPAJ2qDwDwqg8AAasPAEWrDwBWqw8AnPwRAKKrDwDvqw8ABqwPAESsDwBQrA8AmawPAKOsDwDurA8A9qwPAPH8EQBErQ8AmK0PAK6tDwDtrQ8A9a0PAEKuDwBQrg8Al64PAJ+uDwBG/REApK4PAOyuDwDvrg8AQa8PAEuvDwCWrw8AmK8PAOuvDwD8rw8AQLAPAFGwDwCVsA8AnbAPAJv9EQDwsA8AP7EPAESxDwCUsQ8Ar7EPAOmxDwD3sQ8APrIPAEWyDwCTsg8An7IPAOiyDwDusg8APbMPAECzDwCSsw8AnLMPAOezDwDtsw8APLQPAD60DwCRtA8Am7QPAOa0DwDytA8AO7UPAFK1DwCQtQ8ApLUPAOW1DwABtg8AOrYPAEK2DwDw/REAkbYPAOS2DwDytg8AObcPAEq3DwBF/hEAlbcPAJr+EQDxtw8AOLgPAEK4DwCNuA8AmLgPAOK4DwDquA8AN7kPAEO5DwCMuQ8An7kPAOG5DwDwuQ8ANroPAEK6DwCLug8AjLoPAOC6DwDqug8ANbsPAEO7DwCKuw8Aj7sPAN+7DwDsuw8ARP8RADy8DwCJvA8Ak7wPAN68DwDjvA8AM70PADu9DwCIvQ8Ajr0PAN29DwDpvQ8AMr4PADi+DwCHvg8AkL4PANy+DwDpvg8AMb8PADm/DwCGvw8Ah78PANu/DwDdvw8AMMAPADPADwCFwA8AiMAPAO7/EQDwwA8AL8EPADfBDwCEwQ8AkMEPANnBDwDfwQ8ALsIPADTCDwCDwg8AiMIPAC3DDwCxwg8A2MIPAODCDwCYABIAM8MPAO0AEgCYww8A18MPANnDDwAsxA8AOcQPAIHEDwCIxA8A1sQPAN7EDwArxQ8AO8UPAIDFDwCCxQ8A1cUPAOPFDwAqxg8AO8YPAJcBEgCGxg8A7AESAOLGDwApxw8AM8cPAH7HDwCJxw8A08cPANvHDwAoyA8ANMgPAH3IDwCQyA8A0sgPAODIDwAnyQ8AMckPAHzJDwCEyQ8A0ckPAODJDwAmyg8AK8oPAHvKDwCCyg8A0MoPANzKDwCWAhIAY8sPAHrLDwC4yw8Az8sPANfLDwDrAhIATswPAHnMDwCFzA8AzswPANTMDwAjzQ8AKc0PAHjNDwB9zQ8Azc0PANPNDwBAAxIAI84PAHfODwB9zg8AzM4PANHODwAhzw8AMM8PAHbPDwCCzw8Ay88PAM7PDwAg0A8AI9APAHXQDwB90A8AytAPANnQDwAf0Q8AJNEPAHTRDwCK0Q8AydEPAMrRDwAe0g8AL9IPAHPSDwB/0g8AyNIPANLSDwAd0w8AKdMPAHLTDwB50w8AlQMSANfTDwAc1A8AKNQPAHHUDwCA1A8AxtQPANrUDwAb1Q8AKtUPAHDVDwCB1Q8AxdUPANHVDwDqAxIAHNYPAG/WDwB91g8AxNYPANXWDwA/BBIAH9cPAG7XDwB61w8AlAQSAMnXDwAY2A8AHtgPAG3YDwBy2A8AwtgPAMjYDwCTBRIAHNkPAGzZDwBu2Q8AwdkPANLZDwDnBhIAItoPAGvaDwBx2g8AwNoPAMzaDwAV2w8AHdsPADwHEgBw2w8Av9sPAMvbDwAU3A8AHNwPAJEHEgB13A8AvtwPAMHcDwAT3Q8AHd0PAOYHEgBq3Q8Avd0PAMvdDwAS3g8AI94PAJAIEgBt3g8AvN4PAMjeDwDlCBIAGd8PAGbfDwBp3w8Au98PAMffDwAQ4A8AHOAPAGXgDwBt4A8AjwkSAMXgDwAP4Q8AG+EPAGThDwBs4Q8A5AkSAMLhDwAO4g8AH+IPAGPiDwB04g8AuOIPAMDiDwAN4w8AEOMPAGLjDwBs4w8At+MPALnjDwAM5A8AG+QPAGHkDwCB5A8AtuQPAL7kDwAL5Q8AFeUPAGDlDwBm5Q8AteUPALflDwAK5g8AGeYPAF/mDwBr5g8AOQoSAMDmDwAJ5w8AJ+cPAF7nDwBk5w8As+cPALznDwAI6A8AFegPAF3oDwBl6A8AsugPAMjoDwAH6Q8ACekPAFzpDwB36Q8AsekPAL3pDwAG6g8AE+oPAI4KEgBh6g8AsOoPALjqDwAF6w8AG+sPAFrrDwBf6w8Ar+sPALXrDwAE7A8AEOwPAFnsDwBh7A8A4woSALvsDwAD7Q8AE+0PAFjtDwBd7Q8Are0PALPtDwAC7g8AGO4PAFfuDwBZ7g8ArO4PALbuDwAB7w8AD+8PAFbvDwBb7w8Aq+8PALjvDwA4CxIAD/APAFXwDwBe8A8AqvAPALTwDwD/8A8ADfEPAFTxDwBZ8Q8AqfEPALbxDwD+8Q8ABvIPAFPyDwBj8g8AqPIPAKryDwD98g8AC/MPAFLzDwBj8w8AjQsSAK7zDwDiCxIAAfQPAFH0DwBX9A8ApvQPAK70DwD79A8ABfUPAFD1DwBS9Q8ApfUPAKj1DwD69Q8AGvYPAIwMEgBb9g8ApPYPAKr2DwD59g8ABfcPAE73DwBW9w8A4QwSAK/3DwD49w8A/vcPAE34DwBZ+A8AovgPAKr4DwA2DRIA+fgPAEz5DwBa+Q8AofkPALL5DwCLDRIAA/oPAEv6DwBi+g8A4A0SAKr6DwD1+g8AAfsPAEr7DwBN+w8An/sPAKn7DwA1DhIABfwPAEn8DwBQ/A8AnvwPAKb8DwDz/A8AAP0PAEj9DwBN/Q8Anf0PAKf9DwDy/Q8A+v0PAEf+DwBW/g8AnP4PAKH+DwDx/g8AB/8PAEb/DwBH/w8Am/8PAKn/DwDw/w8AAQAQAEUAEABRABAAmgAQAKIAEADfDhIA8wAQAFQBAAD3ABAAFIURAPsAEAAffQ4AUAEQAPcIAAChARAAlgQQAE8DEADVKgAAmwMQANMsAACmBBAAxDsAAEMFEADBPgAAmAUQAA5HAABBBhAA2msPAEIGEAC2SQAARgYQAGyQAwBJBhAAIIMHAJgGEAD5WwAAQgcQAEhiAACXBxAAkW4AAEAIEAA1dQAAoQgQACx+AADrCBAAfoEAAD4JEAB6hQAA7gkQAMaOAACvChAA5QoQAEANEAAwzwAAOw4QACTbAACQDhAAcOQAADoPEAAM8wAA7A8QAFj8AABZEBAArfwAAIwQEAAC/QAA6xAQAPwCAQCTERAApQQBAOcREACgCQEApxIQAJcSAQDpEhAAkRgBAFETEACHExAA+BMQADEUEAA5FBAAhhQQAJIUEADfHwEA4xQQAIciAQChFRAA2hUQAOIVEAAvFhAAMRYQANUpAQCQFhAAzy8BADYXEAAbOQEAjhgQAFdSAQA0GRAA/lUBAEgZEAD3TBEAUBkQAPlKEQCmGRAAU1YBANwZEACnVwEAPRoQAPpZAQCFGhAA91wBANkaEAD1XgEA4BsQAI1xAQBDHBAAfhwQAIYcEADicQEA4hwQADV0AQCJHRAA1X4BAPUdEAAqfwEAMx4QANOAAQCEHhAA0R4QANseEAAogQEAMB8QACOGAQAwIRAAtJ8BAIEhEADOIRAA3iEQAAmgAQCEIhAABaQBANUiEAAiIxAAMiMQAFqkAQDYIxAA/KwBACUmEAB5LwIAKSYQACIxAgAtJhAA5sIBADkmEABpPwIA0SYQAGmFEQDSJhAALMgLANUmEADjxQEA5SYQAFjxCwAmJxAA1HAQADonEAA4xgEATCcQANHHEQB6JxAAjcYBAH0nEAAjewwAKSgQAIjLAQB+KBAA3csBACopEAAs0gEAzykQACbYAQB5KhAAItwBAMgqEAAaKxAAJisQAMzcAQAhLBAAbiwQAHEsEABHVg0AeiwQAHDjAQDYLBAAGOYBADktEABtLRAAxi0QALrjDADSLRAAX/QBAO8tEAAV6QEAIy4QAGTvAQDNLhAACvQBAHcvEABe9QEA3C8QALP1AQB6MBAAXfYBAMgwEABc9wEAzDEQAKcBAgBxMhAA5Q4MAHQyEACiBgIAdjIQAG7ZDQDFMhAAEIkRANcyEAASMxAAbzMQALwzEACDMxAA7RACAL8zEABQowwAxjMQAEWuDADJMxAAu40MANczEACgCAIA3TMQAPGsDABoNBAA8QwCAJA0EAAcgQ0AyTQQAJoOAgAcNRAAmQ8CAHs4EAAxIgIAFUYQACDTDAC5RhAAINQLAL9GEAAzygIAAEgQAKhGEQAFSBAAp0gQABlIEACkSxAAIUgQAKRKEQAnSBAAI9oCAKlIEAB5JQwAq0gQAE6lDACuSBAAEOcIALFIEAB42gIAtkgQAM3aAgC4SBAAe4AEAN1IEADbygQABksQABPqAgCsSxAA+UsQAPpLEABPTwwAA0wQAOa1DgAITBAAHSsNABhMEABo2xEAWEwQAA7vAgBQTRAA5RcDAFNNEACvmwoAVE0QAKIFAwBWTRAAXPYCAFdNEAAB/AIAWU0QAOwPBABaTRAAVP4CAFtNEABGDAMAXE0QAAT5AgBdTRAAmwsEAGNNEABRAQMAi00QACXLDwChUBAACUkDAKVQEADgHAMAqVAQAH51DAAAURAAMx8DAEtTEAAUPgMAtFQQAP5TAwBeVRAA9F0DAA5WEADwYQMATVYQAEBnAwBFVxAAhHgDAKBXEADtVxAA+1cQANd6AwDwWBAAbIUOAPpYEAB5gwMA7lkQABSTAwBGWxAA/KoDAOpbEABJswMApVwQAOhcEADpXRAArfgEAOpdEAB61wMA8V0QADm+CACUXhAAdtsDAJheEAAqzQgAk18QAGDxAwCaYBAAqvwDAEhhEAD8/wMA/2EQADhiEABAYhAAjWIQAJxiEACfBwQA7GIQAPEKBACVYxAAOw4MAJhjEACaDAQA6WMQADZkEAD9YxAAVEURAEBkEADvDAQA6GQQAJQSBABEZRAAkhQEAOVlEACMGgQAPGYQABeKCQCMZhAAMCEEAJRnEADIMwQA5WcQAFXvEABOaBAAh2gQAI9oEADcaBAA6WgQALVGBADtaBAAGjcEAJZqEABTUwQAkGsQAEBmBADhaxAALmwQAD9sEACUZwQA52wQAOJuBAA3bRAANHIEANltEADXeQQAoG4QACKEBADcbhAAcYoEAIdvEAC3mQQAjG8QAJJkCQCNbxAAOWgJAI9vEABCXwkA8W8QACpwEAAycBAAf3AQANZwEABe6gwA3HAQAKlFEQDecBAAtJwEAOBwEABJqA4A93AQABPbEQAYcRAAkbUOADFxEACxnwQAq3EQANNxEAAychAAAaUEAOFyEACkrAQAf3MQAJu1BADtcxAARLcEADN0EACRvwQANXQQAJm3BACBdBAA67oEAIV0EADpvAQAhHUQADnCBACIdhAALs0EANF2EAAp0gQAPXkQAHZ5EAB+eRAAy3kQANp5EABg8AQAKXoQAAP4BAAhexAAUAAFACx7EAD8pQgAd3sQAKIDBQB4fBAA4xcFAIJ8EADrDwUAznwQAD0TBQDSfBAAOxUFADh+EABxfhAAeX4QAMZ+EADLfhAAzysFANV+EADXIwUAIX8QACknBQAlfxAAJykFACOBEAAOQgUAyYEQAAVLBQBzghAAnF4FADyDEAA3bgUAkoMQAIdzBQDQgxAAhXUFACaEEADUewUAd4QQANN8BQDIhBAAFYUQAB+FEAAofQUAbYUQACWABQByhhAAG4oFAC+HEABohxAAcIcQAL2HEADDhxAAupUFACiIEABhmQUA0ogQAKqlBQAViRAAoK8FAMqJEACcswUAdIoQAJS7BQArixAAZIsQAGyLEAC5ixAAyYsQAIfIBQDlixAA2MwFABqMEACGyQUAa4wQALiMEADCjBAA28kFANONEAAMjhAAFI4QAGGOEABqjhAAddoFAMCOEABz3AUAfI8QALWPEAC9jxAACpAQAAuQEABo5wUAD5AQAG81BgAQkBAAsfMFABeQEAAL7wUAGZAQABjiBQBlkBAAauUFAGmQEADHMgYAaJEQALPxBQBnkhAApAAGALySEAD1BAYADZMQAPQFBgC/kxAAQQ4GAHeUEACwlBAAuJQQAAWVEAAPlRAAORYGAF2VEAAyHQYAIJYQAFmWEABhlhAArpYQALuWEACDIQYAvZYQAHkrBgAIlxAAfyUGALOXEADLLgYACpgQAMkwBgBymRAAq5kQALOZEAAAmhAAD5oQAL08BgBfmhAAD0AGAF+cEAD6VAYAxJwQAP2cEAAZnRAAUp0QAF+dEABOVgYAbZ4QAKaeEACunhAA+54QAP6eEADnZwYA258QANp0BgBSoBAA1XkGAFagEABAtAsABqEQAHmABgBRoRAAdYQGAKyiEABklQYAA6MQALSaBgD+oxAA91QJABKkEACiVAkAZ6QQAKCkEACopBAA9aQQAPikEACsogYAZqUQAJ+lEACnpRAA9KUQAAOmEABTpgYAVKYQAPesBgCfpxAAPL0GAE6oEACUCQ0AU6gQAAKaDgBWqBAA5L8GAFeoEABZmA4AqKgQAODDBgC3qRAA8KkQAPipEABFqhAATqoQAIHNBgCkqhAAf88GAFOrEAB41gYAsqsQAMPgBgBGrBAAZekGAPCsEAAF9AYAmq0QAE4ABwCgrhAA7AwHAPWuEAA+EAcATK8QAJATBwCxrxAA6q8QAPKvEAA/sBAATrAQAIUeBwBPsBAA5BQHAKCwEADjFQcA8bAQAD6xEABIsRAAOBYHAO6xEADXIQcAlbIQAHopBwBEsxAAIS0HAAK0EAA7tBAAQ7QQAJC0EACftBAAbTYHAPG0EAC/OQcAQrUQAI+1EACetRAAEzsHAEi2EAANQQcAmLYQAF9EBwDwthAAU1AHAPK2EABZSgcA/rcQADe4EAA/uBAAjLgQAP24EAA2uRAAPrkQAIu5EACYuRAA62IHAO25EACTZQcAQ7oQADppBwDhuhAAiW8HAJW7EACCdgcAPrwQABiLBwCTvRAAWZ8HAOS9EAAxvhAAQL4QAK2gBwCsvhAAAaIHAOS/EABQqAcAO8AQAKGsBwCMwBAA2cAQAOjAEAD1rQcAVMEQAEmvBwCFwhAA77MHANzCEADougcAhsMQADDIBwAwxBAAztQHAOXEEABz2gcAN8UQAMfbBwDaxRAAbeAHAJrGEADTxhAA28YQACjHEACAxxAAuekHADbIEABh7AcA7cgQACbJEAAuyRAAe8kQAIXJEABY9QcA3skQAAH3BwA0yhAA/PsHAITKEABNAAgALcsQAJ4ECAAvzBAAmAoIAIDMEADNzBAAz8wQAO0KCACTzRAAzM0QANTNEAAhzhAAPM8QAHXPEAB9zxAAys8QAOXQEAAe0RAAJtEQAHPREAB90RAAFjcIADnSEABy0hAAetIQAMfSEADR0hAA9VcIAN3SEAAFSAgAIdMQAANKCAB70xAApVIIAM7UEAA0bggA0tQQAD1lCAAo1RAAN2sIAHDVEAA1bQgAI9YQADJwCABx1hAAL3MIACLXEAB/eAgAedcQAM5+CAAj2BAAy4EIAHjYEAAggggA3dgQABbZEAAe2RAAa9kQAHrZEADIhAgAItoQAGeQCAB62hAAC5cIAIXbEAC+2xAAxtsQABPcEAAi3BAAV6AIABXdEABn3RAAgd0QAJ2vCADY3RAAEd4QABneEABm3hAAdd4QAJmzCADy3hAAQrUIAIHfEAC63xAAwt8QAA/gEABz4BAA6bgIAL/gEAA7vAgAb+EQADi/CADK4RAAicMIAGniEABXSgkAbOIQAC/ICAC+4hAALskIAMDjEABx2wgAFeQQABXiCABn5BAAFOMIAHvlEAC05RAAvOUQAAnmEAAV5hAAXPAIAGbmEACz5hAAt+YQALDxCAAY5xAAWfMIAM7nEAAH6BAAD+gQAFzoEACG6BAAoAEJALboEADuCAkAIukQACYkCwBj6RAAsOkQAOjpEAA+DgkAfeoQAK/qEACx6xAAdC0JALTsEAAOPgkACe4QAFbuEAB47xAAqu8QAMnvEAD/7xAAZPAQAEhZCQAG8RAAmF4JAK7xEACUYgkACfMQAO4HCgAL8xAAiG4JAFfzEADacQkAWfUQACV8CQCn9RAAc4MJAK71EAB2gAkAqvcQAPf3EACk+BAAXZkJAKz5EABSpAkA/PoQAEn7EABy+xAAPrgJAA/8EABI/BAAUPwQAJ38EACs/BAANsAJAPj8EACIwwkA/PwQAEYFCgCh/RAAhsUJAPn9EABG/hAAb/4QANnHCQD4/hAAgMsJAG7/EADVywkA9AARABffCQD5AREAEOYJAPgCEQBd7gkAXQMRALLuCQClAxEAB+8JAPEDEQBZ8gkAaQURAJQFEQAFBhEAPgYRAEYGEQCTBhEAQgcRAOoLCgBACBEA3hcKAPsIEQB6JgoArAkRAOUJEQDtCREAOgoRAEQKEQAbMAoADwwRALo7CgA5DREA9VUKAJUNEQCaWwoAOA4RADxkCgCbDhEAjmcKAD8PEQDXcwoAlBARAMGJCgDwEBEAMxERADsSEQAHmQoA8hMRAPeoCgCKFBEA8q0KAOcUEQBEsQoAoBURANkVEQDhFREALhYRAIUWEQDmuQoAnhcRANcXEQDfFxEALBgRAFYYEQDZxgoA3xgRACjNCgAzGREAgBkRAI4ZEQDSzQoA2xkRACXQCgCMGhEAINUKANUaEQAc2QoA3BsRABLjCgDfGxEAvOMKADQdEQCv8AoAgR0RAAPyCgDeHREAVfUKAC4eEQD99woAfh4RAFL4CgD0HhEAJR8RAOsfEQDwBAsATiARAEUFCwCAIREAzSERAPYhEQDpCwsAASIRAJMMCwDXIxEAjxALADAkEQDhEwsAgiQRADUVCwCBJREAhBsLAM4lEQCAHwsAkiYRAMgmEQB0JxEAxi4LAM4nEQBoNwsAjSgRAMYoEQDOKBEAGykRACgpEQC3PQsAfSkRALRACwAnKhEAW0QLAOMqEQAZKxEAgCsRAFw9EQCNKxEAwysRAHksEQCjUQsAeywRAFBPCwApLREAbC0RAM8tEQDvWgsAey4RAI5mCwDVLxEAe3kLAHQwEQB3fQsAzDARAHGDCwAhMREAvosLAHUxEQC9jAsAGDIRAGKSCwDYMhEAETMRABkzEQBmMxEA2TMRAKqfCwC9NBEA+aULANA1EQDvrwsAczYRADy4CwApNxEAYjcRAGo3EQC3NxEAKDgRAGE4EQBpOBEAtjgRAGM5EQD+RREAaDkRALU5EQBqOREAmK4OAHw5EQBxfREAvzkRANbICwBlOhEAe84LAGU8EQDB3QsAwTwRABbeCwCyPREAuOYLALw+EQBb7gsA1D4RAK2aDQANPxEAWj8RAHg/EQCw7gsAC0ERACV3DgBgQREAencOAMlBEQACQhEACkIRAFdCEQDMQhEA+PsLAF5DEQANPAwAB0URAAKXEQAGRhEAKR4OABpGEQDTxREALEYRAFNGEQBbRhEAvjIPAIFGEQD9SQ4A1kYRAP1GEQBVRxEA4LgRAMNHEQD8RxEABEgRAFFIEQCySBEA3xQMABdJEQBQSREAWEkRAKVJEQAGShEAGoMNAGVKEQAFRAwAqUsRAMGGDQCvSxEA1R4MABJMEQB9IQwA/0wRAExNEQBbTREAzSUNAKlNEQBS8REABE8RAMkqDAAOTxEAdSkMAABQEQBwLgwAulARAPNQEQD7UBEASFERAKNSEQBnNwwAsFQRAAFIDABMVREAn1QMAKRWEQA6ZAwAoVcRADdnDADuWBEA2G8NAPFYEQBjOg0A9VgRAIJxDAD7WBEAHn8NAJ1ZEQDqWREA9FkRAH12DAAFWxEAPlsRAEZbEQCTWxEAP1wRAHCDDACXXBEAF4cMAJheEQBhkgwA7V4RADpfEQBGXxEAs5UMAPBfEQAFmQwAlmARAONgEQD6YBEAVZ4MAOBlEQA6uQwAjWYRAOC9DADkaBEAGtkMAJdpEQDaaREAkWoRALTpDACUahEAYOgMAJFrEQAH7AwAUGwRAIJsEQCgbBEAru8MAPtsEQD99QwAj20RAFL2DADcbxEAKXARACtwEQCbAg0Ag3ARAEUDDQCKcBEA7QUNAENyEQB8chEAhHIRANFyEQDbchEAiBUNAJdzEQDQcxEA2HMRACV0EQA0dBEAfSANAIB0EQDPIw0AKnURAB8pDQDUdREAby4NACp3EQB3dxEAencRAGc2DQAteBEADjoNACh5EQBePw0ASHkRABjWEQCReREAskANACJ6EQB0ehEAIXsRAAVDDQAoexEAWEUNANN8EQBSSw0A1XwRABjaDQB5fREAxn0RAB1/EQALPA4Ae38RAEVYDQDKgBEA3mkNAM2AEQArcg0A0oARAO5ZDQDegBEAOWQNAHmDEQDfaA0AI4QRANluDQB1hREAiRMOAJOFEQB/xBEAxoURABOGEQAWhhEAKnMNAHiGEQDTdA0AyYYRANJ1DQAahxEAZ4cRAHGHEQAndg0AE4kRAMx7DQAaiREAyn0NAL2JEQDJfg0AOYsRAHCCDQDAixEAwoUNAFONEQAfzxEAy40RADm4DgAMjhEAWZkNAGuPEQCpng0AvI8RAAmQEQAikBEA/Z8NAGGQEQCzkBEALJERAKOkDQDWkREAoqUNAICSEQD2pg0ADpMRAFuTEQBlkxEAnaoNAAaUEQDJfQ4AE5URAD+zDQAHlxEANrwNAPOXEQABmBEASJgRAFaYEQCrmhEAJswNALWaEQB00w0AYZ0RAMDcDQC0nREAv90NAAOeEQBp3g0AU54RAL3fDQBSnxEAEOINAFagEQCjoBEAAKERAE2hEQD4oREACOoNAFSiEQChohEA/qIRAEujEQD4oxEAAvANAKekEQD0pBEAUaURAJ6lEQClphEAUvUNAP6mEQCm9g0ApKcRAPGnEQABqBEA+vcNAL6oEQDwqBEAo6kRAKD8DQD7qREASP8NAGiqEQCZqhEAsq0RANwVDgBbrxEALBsOAAWwEQCAHA4Ar7ARANQdDgA8sxEAEzQOAPC0EQC2Ow4A5LURAAg/DgCYtxEAq0YOAD+4EQBTSQ4A67kRAKZLDgAJuxEA908OADa7EQCgUQ4AkLsRALnfEQDmuxEASFQOAOm7EQBGVg4ANbwRAIe8EQCjvBEA3LwRADS9EQCGvREAor0RANu9EQA4vhEAhb4RAI++EQCbVg4A4r4RAJIGEgA1vxEAllsOADzAEQDnXw4AhsARAI9iDgDgwBEADuARAOzBEQCOuA4AjcIRAINuDgA4xhEAajEPAIbHEQBqhw4AfsgRABuBDgAxyREAGoIOACvLEQB4yxEAgssRALyKDgAwzBEAZI0OAGbPEQB0zxEAu88RAMnPEQAQ0BEAHtARAGXQEQBz0BEAutARAMjQEQAP0REAHdERANPREQCxlQ4AONIRAAaWDgDH0hEAWpcOADfTEQAEmA4AztMRAFiZDgA21BEAb9QRAODUEQAZ1REAfNURAKqcDgBA1hEAbdYRAJXWEQDC1hEA6tYRABfXEQA/1xEAbNcRAMnXEQAW2BEAG9gRAFGgDgBt2REAR6oOAB/bEQDD1w8AI9sRABrWDwDc2xEAEtwRAIbcEQCWsA4AxdwRAOe0DgAw3REAZt0RABjeEQBl3hEAdd4RAOW2DgDG3hEA5LcOACTfEQA0vA8AaeMRAKjzDgDB4xEAUvQOALzkEQDrBQ8AZuURAI8MDwAQ5hEAiBMPALrmEQAtGQ8AZOcRAHsgDwAO6BEAISUPALjoEQDHKQ8AYukRAGswDwAQ6hEAaTIPAHPqEQCu6hEAtuoRAAPrEQCy7hEA/+4RAB3vEQBYQw8AWfIRAORhDwDE8hEA4GUPAG7zEQAwaw8ABvQRAINtDwBX9BEAK3APAKv0EQDTcg8A/vQRAM92DwBe9REAzXgPAL/1EQD49REAT/YRAMCFDwCu9hEAaYcPAAz3EQARig8AVPcRAAuQDwAS+BEAXJQPAFX8EQCcqQ8AAP4RAI+2DwBR/hEAjrcPAKL+EQDv/hEA8/4RAOO3DwBM/xEAmf8RAPb/EQBDABIA9QASAEIBEgCjARIAf8YPAPQBEgBBAhIARQISANTGDwBrAxIAIs4PAEgEEgAZ1w8AlwQSAOkEEgARBRIAPgUSAJYFEgDoBRIAEAYSAD0GEgCpBhIAF9kPAD4HEgBq2w8AmwcSAGncDwDuBxIAOwgSAEsIEgBo3Q8AmQgSAGfeDwDoCBIAOgkSAJkJEgC64A8A9AkSALnhDwDxChIAruwPAJkLEgCn8w8A6gsSADcMEgBHDBIA/PMPAOUMEgCj9w8ARg0SAPf4DwCZDRIA9vkPAOgNEgCg+g8AOA4SAIoOEgA=","fail":"AAAAAAAAAADNhwAAksEBANPWAABV+QYAFzwCAG/eBwBOBQIAaDYMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAIicMAAvsCABrlAAARw4AAE4FAgB40QsAzdELACLSCwB30gsAix0CAL2KDQASiw0AzdkDAAAAAABV+QYAFzwCABc8AgDcdQMALCcCAIEnAgBIVQ0AA5oNADHMAgCGzAIA5hgBABeOBQBTng4A3HUDAE4FAgDKhQUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCAGg2DAAtdQgAFzwCAGNFAgCtogUAnLEHAAAAAABV+QYATgUCACh3CwBS/wMA1SgCAL+MCQDjGgIAzYcAAMsyAgCODQ8A4w0PAKKwAgDZJgAATgUCAN0XCwAyGAsAt0gAAGs6BQBrlAAAwJQAAO65AgB70AkA0NAJAE4FAgAiJwwAC+wIAGuUAABHDgAATgUCAHjRCwDN0QsAItILAHfSCwBUpAcAj2QMAFUAAABVAAAAjxEKABc8AgC3SAAATgUCAFSkBwDrvQEAAAAAAGuUAADVKAIARw4AAIweAAA9GAAAb94HAMTeBwA4xwAAjccAAOLHAAAH9gIAVP4CAKn+AgC+jAoAPBkAAH13CwD9Sg0AVAEAAKkBAAD+AQAAUwIAAKgCAABUpAcAj2QMAFUAAABVAAAAt5wBAG05BABrlAAATrEAABc8AgBsPAIAc4YGAE4FAgBoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADYcwkALXQJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAbTkEAMI5BABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAAH9gIA5RcDAOu9AQBAvgEAlb4BAKihCwAb2QsAcNkLAHjRCwDN0QsAItILAHfSCwCLHQIAMhgLAF9JAgAmewkAe3sJANB7CQBv3gcATgUCAPmiDgAchQkATgUCAEhVDQBoMw8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAL+MCQD1/gsAVKQHAIweAADhHgAANh8AAIsfAADgHwAANSAAANhzCQAtdAkAAAAAABuPAABrlAAARw4AAHaHAgAsyQoAb94HAE4FAgBUpAcAzzAAACQxAAB5MQAAzjEAANkYDgDjGgIAzYcAAJLBAQCMHgAAb94HAE4FAgBoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAyYgDAB6JAwBziQMAyIkDAHjRCwDN0QsA5xgAADwZAAB9dwsA/UoNAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgAARw4AVUcOACh3CwC4RgEADUcBAO65AgAajwEAb94HAAuRDgAodwsAfXcLAP1KDQBUAQAAqQEAAP4BAABTAgAA2RgOAOMaAgDNhwAAksEBAIweAABv3gcATgUCAGg2DAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDJiAMAHokDAHOJAwDIiQMAeNELAM3RCwDnGAAAPBkAAH13CwD9Sg0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAABHDgBVRw4AKHcLALhGAQANRwEA7rkCABqPAQBv3gcAC5EOAM2HAACSwQEAqlIDAAf2AgDlFwMAzzAAACQxAAB5MQAAzjEAANkYDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAADZGA4A2SYAAKX8CAAXPAIACOwLAHaHAgDZGA4A5hgBABXjBwBHDgAA670BAOFzAABtMA0AeH0KAJ0ADQAE+QIAo7EAAPixAABNsgAAorIAAPeyAABMswAAKHcLAH13CwD9Sg0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgDjuA4AaDYMAJ5bBgBUpAcAOGQOAGs6BQDAOgUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgAiJwwAC5EOAD0YAAAQQgMAa5QAAG/eBwBOBQIAowUCAMEyDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgCDcgoAkhgAANPWAAA9GAAATgUCACInDADE3gcAWe0OAK7tDgDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAG/eBwALkQ4APRgAABBCAwBrlAAAb94HANUoAgBrlAAAwJQAABbpAADO2QIA4xoCAM2HAACcsQcA1SgCAG/eBwDjGgIA1SgCAGuUAADAlAAAFukAAM7ZAgAbjwAA4xoCALecAQBtOQQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIA2HMJAC10CQC3SAAAazoFAMA6BQBrlAAA7rkCAEO6AgCYugIATgUCAKihCwAb2QsAcNkLAHjRCwDN0QsAItILAHfSCwDlDQ0ALXUIAIJ1CAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAOhgDABVAAAAVQAAAI8RCgAXPAIAt0gAACzJCgBv3gcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQBnOAsAAAAAALecAQBtOQQAa5QAAD0YAAC3SAAATgUCACInDAAL7AgAa5QAAEcOAABOBQIAeNELAM3RCwAi0gsAd9ILAFSkBwCPZAwAVQAAAFUAAACPEQoAFzwCALdIAABOBQIAaDYMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgAxcgcAzYYBAKpIDQBOBQIA2HMJAC10CQAAAAAAG48AAGuUAABHDgAAdocCACzJCgBv3gcATgUCAOMaAgDcdQMATgUCAFSkBwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAA5xIGAE6xAAA+vwIAsksCAOcSBgBV+QYAHIUJAE4FAgAodwsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAAGg2DAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAANhzCQAtdAkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCALRCCQAchQkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAyoUFAD6/AgCTvwIA6L8CAHPVDADI1QwAHdYMANPWAAAajwEAqvoFAAxJAAA4ZgwAWpwJALdIAABOBQIAaDYMAFOeDgDcdQMATgUCACh3CwB9dwsA/UoNAFQBAACpAQAA/gEAAFMCAACoAgAAyoUFAB+GBQB0hgUA2SYAAKX8CABCEQIAG48AABc8AgBjRQIAFzwCAE4FAgDKhQUAo7EAAPixAABNsgAAorIAAPeyAABMswAAVKQHAIweAAA9GAAAt0gAAE4FAgBoNgwAOMcAAI3HAADixwAALCcCAIEnAgDJiAMAHokDAHOJAwDIiQMAeNELAM3RCwDnGAAAPBkAAH13CwD9Sg0AVAEAAKkBAAD+AQAAUwIAAKgCAACooQsAG9kLAHDZCwBUpAcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQANmQQAaDYMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgAmewkAe3sJANB7CQAlfAkAenwJAM98CQBoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAACzJCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEAFeMHAAmbBgAgLQgAzYcAAFOeDgAQQgMAzdkDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAAf2AgDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAAFX5BgAchQkAQhECAJcRAgBHDgAAjB4AAAmbBgCKbwYA328GALePDgCq+gUAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA7A8EAEEQBACWEAQA6xAEAEARBACVEQQA6hEEAD8SBACUEgQAzyQMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADO2QIAaDYMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgD7Sg8ARw4AAIweAABv3gcATgUCANkYDgC6Ng8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgAARw4AVUcOANhzCQAtdAkAgnQJANd0CQAsdQkAgXUJAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgBoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEAFeMHAAmbBgAgLQgAzYcAAFOeDgAQQgMAzdkDALdIAADVKAIAzYcAAC11CACCdQgADJ0BANPWAABrlAAAb94HAE4FAgDZGA4AFzwCALRCCQDjGgIAzYcAAOMaAgC3nAEAoFAPAM2HAAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAztkCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQALkQ4AwJQAABbpAADO2QIABvgBAE6xAABrlAAAVQAAALdIAADnEgYAVfkGAE4FAgAAAAAAAAAAAAAAAAANmQQA2HMJAC10CQCtogUAksEBAJwOAAAchQkAB/YCAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAPKtCgBHrgoAnK4KACh3CwB9dwsA/UoNAFQBAACpAQAA/gEAAFMCAACoAgAAeNELAM3RCwAi0gsAd9ILAOUNDQAtdQgAgnUIAAydAQDT1gAAa5QAAG/eBwA9GAAAkhgAAOcYAABoNgwAk7QNAHeIAADMiAAAIYkAAHaJAADLiQAASFUNAAOaDQBqiQwASFUNAGgzDwAajwEAzdkDACLaAwDuuQIAv4wJADhmDABHDgAAdocCANPWAAAajwEAqvoFAAxJAABOBQIA2HMJAGw8AgDjGgIA4xoCABqPAQCq+gUA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgAodwsAt5wBAKBQDwDNhwAAksEBAIweAADKhQUAIC0IAHUtCADKLQgAHy4IAE4FAgDcdQMAMXYDAIZ2AwAXPAIATgUCAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwCVvAMAzSoIAIweAAD7TA0At0gAAOcSBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQC0nAQACZ0EAF6dBABoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAACzJCgBIVQ0AA5oNAFX5BgBv3gcAC5EOALQ+DQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAJyxBwBOBQIAyoUFABc8AgBjRQIASLIFAAuRDgA9GAAAt0gAAOcSBgDNhwAALXUIAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAG05BABv3gcAxN4HACKIAAB3iAAAzIgAACGJAAB2iQAAmK8NAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgBojwgAG48AABc8AgBjRQIASLIFAAvsCABrlAAARw4AAJewDQCSGAAAEUMBAOYYAQAXjgUAsksCAE6xAABv3gcAC5EOAD0YAAAQQgMAa5QAAAAAAABV+QYAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAwTIMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAMEyDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgBoNgwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIAe9AJANDQCQAI7AsAv5QBAFX5BgAchQkAGo8BAG+PAQAQQgMAHTQEANDYAQDmGAEATgUCAFSkBwCPZAwAVQAAAFUAAACPEQoAFzwCALdIAAAsyQoAb94HAE4FAgBoNgwA1McOABqPAQBOBQIA7rkCAHvQCQDQ0AkACOwLAL+UAQBV+QYAHIUJAE4FAgCooQsAAAAAAEcOAADrvQEAQL4BAAf2AgBHDgAAqlIDAE4FAgDYcwkAtEIJAFqcCQC3SAAA5xIGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAADnEgYAVfkGAByFCQBrlAAAwJQAABbpAADO2QIAzYcAABqPAQCgUA8AB/YCAKIFAwCxmQoA2cMNAC7EDQCDxA0A2MQNAC3FDQCCxQ0A18UNAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQALkQ4AwJQAABbpAADO2QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAFOeDgBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgC3jw4ADJAOAJwOAAAchQkA2SYAADnFAQCOxQEALMgLAIHICwAbjwAAt5wBALdIAADnEgYAVQAAALecAQCgUA8A9VAPADnFAQCOxQEALMgLAIHICwCMHgAA4R4AABbpAADO2QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAN0XCwC9ig0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgDdFwsAvYoNAPcGAgBMBwIAoQcCAPYHAgBLCAIAeyQLALecAQCgUA8A9VAPAEpRDwCfUQ8AnAAOAAk/DQBOBQIA2HMJALePDgBHVA8AnFQPAPFUDwB7JAsA0CQLAKMFAgD4BQIATQYCAKIGAgAAAAAAtD4NAE4FAgDYcwkAt48OAEdUDwCcVA8A8VQPAHskCwDQJAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEADZkEAFmYDgCumA4AA5kOAFiZDgCtmQ4AAAAAABuPAABwjwAAEEIDAKr6BQDLMgIAeiEPAG/eBwBKXgIAG48AAHCPAAAQQgMAqvoFAMsyAgDGKg8AFzwCAGw8AgBzhgYAFeMHANPWAABV+QYAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAACPUCAAJmwYAt0gAACzJCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIASFUNAAOaDQBqiQwA4xoCAOO4DgAAAAAAaDYMAFabDgCrmw4AAJwOAFWcDgCqnA4A/5wOAFSdDgDdFwsAma0OAO6tDgBDrg4AB/YCAAAAAABV+QYAt0gAAAf2AgBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIASLIFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgCcAA4ACT8NAN0XCwAAAAAAt5wBAAAAAAAbjwAAzYcAAC11CAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIAAEcOAE4FAgDdFwsAAAAAABuPAADNhwAAv4wJADhmDABanAkAr5wJAASdCQBZnQkA4xoCAK6dCQADngkAWJ4JAOMaAgDKhQUAH4YFAHSGBQAYLw4AbS8OAMIvDgDKhQUAH4YFAHSGBQAYLw4AbS8OAMIvDgDNhwAAU54OAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAAsyQoA2HAMAC1xDADLMgIA5wwMADwNDADcdQMAt0gAACzJCgDYcAwALXEMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAABrOgUAWUUMAME8AgAWPQIAaz0CALdIAAAMSQAAvDQPABE1DwBmNQ8AAAAAABc8AgBjRQIAMc0BADnBBQAJmwYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgDIfg4ADEkAALw0DwARNQ8AVfkGAMsyAgDGNwIADEkAALw0DwARNQ8AZjUPAAAAAADNhwAAGo8BAM3ZAwCMHgAA1SgCAGuUAADAlAAAFukAAM7ZAgDLMgIAxjcCAAxJAAC8NA8AETUPAGY1DwDLMgIAxjcCAAxJAAC8NA8AETUPANx1AwBVAAAAI9QIAGuUAADAlAAAFukAAM7ZAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAM7ZAgDNhwAAc4YGABXjBwBrlAAAwJQAABbpAADO2QIAt0gAALdIAABrOgUAwDoFAOMaAgA4GwIAjRsCACzJCgBrlAAAwJQAABbpAADO2QIA5hgBABXjBwC3SAAADEkAADhmDABv3gcAC5EOAMCUAAAW6QAAztkCALecAQC3nAEAVQAAAI8RCgAajwEAb48BAPhZAwBNWgMARQQMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANx1AwBrlAAAwJQAABbpAADO2QIAb94HAAuRDgCrUwEAAPAPAMCUAAAW6QAAztkCAAAAAABrlAAAwJQAALRCCQBv3gcAT1IJAO65AgAajwEAzdkDAL+UAQBV+QYAHIUJAGuUAADAlAAAFukAAM7ZAgDjGgIAVfkGAFqcCQBwjwAA67wCALecAQAMnQEAci0LAMctCwAcLgsAoFAPAMCUAAAW6QAAztkCAFOeDgBCEQIAeH0KAGuUAADAlAAAFukAAM7ZAgAXPAIAQhECABuPAADmGAEAFeMHAD0YAAC3SAAALMkKAEUEDAAW6QAAztkCAFX5BgBanAkAt0gAAMQ5AgDZJgAA4xoCAFX5BgBanAkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIALMkKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAL7AgAqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIALVCCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAmbBgCKbwYA328GAAjsCwC/lAEAVfkGAByFCQBrlAAAwJQAABbpAADO2QIAt0gAAM2HAAAiiAAASl4CAFX5BgDuuQIAe9AJANDQCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAztkCAOcSBgA8EwYAcjQEALecAQCgUA8A5hgBABXjBwA9GAAAt0gAACzJCgBv3gcAC5EOAMCUAAAW6QAAztkCAEcOAADoYAwAVQAAAFUAAACPEQoAFzwCALdIAAAsyQoAb94HAAvsCACq+QYA//kGAAxBCABhQQgAtkEIAAtCCABgQggAtUIIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQCgUA8AQhECANvECgAtdQgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA3HUDABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIA47gOAMCUAADZJgAAwTIMABc8AgDmGAEAF44FALJLAgAsyQoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAByFCQBOsQAAim8GAN9vBgA0cAYAiXAGAN5wBgAzcQYA5hgBADsZAQBnOAsAT1IJAAbtDACl/AgATrEAAD6/AgCySwIA5xIGAFX5BgAchQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAC11CAAbjwAAa5QAAGuUAADAlAAAFukAAM7ZAgBv3gcAC5EOANkmAACl/AgAPLYNAGuUAABv3gcAzYcAAC11CACCdQgA13UIAEhVDQADmg0AaokMAGg2DACeWwYA5hgBABXjBwBq4wcA4xoCAOO4DgDAlAAATgUCAKMFAgD7Sg8AcI8AADMWDAC3SAAA5xIGAFX5BgAchQkAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAINMMAHXTDADK0wwAH9QMAHTUDADJ1AwAVfkGAE4FAgCjBQIALicAANPWAABOBQIAaDYMAL02DACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAEhVDQADmg0AaokMAKMFAgD7Sg8AcI8AADMWDAC3SAAA5xIGAFX5BgAchQkAU54OAD0YAACSGAAAEUMBADYdAgDYcwkALXQJAEiyBQALkQ4ACZsGAKOxAAAveQIAOW8CAGNFAgC0QgkAQrwBAEhVDQDKhQUA3HUDAMQvDAAZMAwAbjAMAMMwDABrlAAAwJQAABbpAADO2QIAPRgAALdIAADNhwAAsksCAOcSBgBV+QYAHIUJAGuUAADAlAAAFukAAM7ZAgDmDgsApfwIADy2DQCdYAIATgUCAFSkBwAi2wIA5hgBAOMaAgBV+QYAGo8BAGOaAgDNhwAAsksCAOcSBgBV+QYAHIUJAE4FAgDdFwsAma0OAO6tDgBDrg4AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAqKELAP2hCwBpiA4AvogOABOJDgBoiQ4AKdUBALJLAgDnEgYA4xoCALecAQCgUA8ASFUNABBDAgBlQwIAukMCAMqFBQA+vwIAKNUCAH3VAgDS1QIAJ9YCAHzWAgDG4QIAG+ICAHDiAgDF4gIAGuMCAG/jAgDE4wIAGeQCAG7kAgDD5AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAyoUFAD6/AgAo1QIAfdUCANLVAgAn1gIAfNYCABuPAABHDgAASFUNAAOaDQAxzAIAhswCAOYYAQAXjgUAU54OAHjRCwDN0QsAItILAHfSCwCLHQIAMhgLAIcYCwBanAkAQhECAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIA2HMJAC10CQC3SAAAG48AABc8AgAiJwwAC5EOAAmbBgCjsQAAL3kCADlvAgBjRQIASLIFAE4FAgBoNgwAU54OAG/eBwBOBQIAeNELAM3RCwAi0gsAd9ILABuPAABHDgAAjB4AAKihCwD9oQsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEA+aIOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCAAdNAQAcjQEAMc0BAAcNQQAcTUEAMY1BABv3gcATgUCAGg2DABTng4Ab94HAE4FAgB40QsAzdELACLSCwB30gsAG48AAEcOAACMHgAAVKQHACLbAgB32wIAzNsCACHcAgB23AIA8gANAEcBDQCcAQ0A8QENAEYCDQBTng4AEEIDAE6xAAAH9gIAr5sKALKXCwAHmAsAXJgLALGYCwAGmQsAW5kLAKZLDgCZrQ4A7q0OAEOuDgBOBQIA+aIOAFqcCQC3SAAATgUCAPmiDgDZJgAATgUCAOMaAgBV+QYAWpwJAHCPAADrvAIA2HMJAGw8AgDmbAIAO20CACzJCgCByQoA1skKALdIAABOBQIASFUNAAOaDQBqiQwAaDYMAJyxBwBv3gcATgUCANPWAAAajwEAqvoFAAxJAABOBQIA+aIOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BAFSkBwCPZAwA5GQMADllDABrOgUAWUUMAK5FDABHWgkATgUCANPWAAAajwEAqvoFAAxJAABOBQIA+aIOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDcdQMATgUCANPWAAAajwEAqvoFAAxJAABOBQIA+aIOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BACInDAB3JwwA7rkCABqPAQBv3gcAC5EOANPWAAAajwEAqvoFAAxJAABOBQIA+aIOAO65AgB70AkA0NAJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCACh3CwCPEQoAGo8BAG+PAQD4WQMATVoDAEUEDABOBQIAIicMAAuRDgDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCAGg2DABWmw4Aq5sOAL+UAQAUlQEAaZUBAOYYAQAV4wcAPRgAALdIAABOBQIASFUNAAOaDQBqiQwA3RcLADIYCwC3SAAAazoFANx1AwBOBQIAqKELAP2hCwBSogsAeNELABBCAwBlQgMAukIDAOYYAQAXjgUAt5wBAG05BABOsQAAa5QAAOMaAgBV+QYAWpwJAHCPAADrvAIARw4AAE4FAgD5og4AWpwJALdIAABOBQIA+aIOANkmAABOBQIA2HMJAGw8AgDmbAIAO20CALdIAAAsyQoAQhECAHh9CgDAlAAATgUCACInDAB3JwwA7rkCABqPAQBv3gcAC5EOAOMaAgDcdQMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAb94HAE4FAgBoNgwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAc9UMAMjVDAAd1gwActYMAMfWDAAc1wwAcdcMAMbXDAAb2AwAcNgMAMXYDAAa2QwAb9kMAMTZDAAZ2gwAbtoMAMPaDAAY2wwAbdsMAMLbDAAX3AwAbNwMAMHcDAAW3QwAa90MAMDdDAAV3gwAat4MAL/eDAAU3wwAad8MAL7fDAAT4AwAaOAMAL3gDAAS4QwAZ+EMABqPAQBvjwEAnWACAPJgAgBHYQIAhyADANwgAwAxIQMAhiEDANshAwAwIgMAhSIDANoiAwAvIwMAhCMDANkjAwAuJAMAgyQDAAAAAABV+QYAWpwJAE4FAgAdLAwAciwMAO65AgB70AkAaDYMAFOeDgCong4A/Z4OAFKfDgCnnw4A/J8OAKihCwD9oQsAUqILANx1AwAxdgMAhnYDABc8AgBOBQIAVKQHAKmkBwD+pAcAU6UHAKilBwAi2wIAd9sCAMzbAgAh3AIAyoUFAB+GBQCqSA0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAqKELABvZCwBw2QsAeNELAM3RCwDnGAAAPBkAAH13CwA5bwIAbDwCAHOGBgAV4wcAt0gAACzJCgBFBAwATgUCAOMaAgA4GwIAjRsCAOIbAgAodwsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIASLIFAE4FAgBUpAcAOGQOAI1kDgCySwIALMkKAIHJCgAV4wcAPRgAALdIAABOBQIAIicMAMTeBwBZ7Q4Aru0OAOMaAgDNhwAAksEBAIweAABUpAcAItsCAAXvCwBa7wsAr+8LAATwCwBOBQIAqKELABvZCwBw2QsAVKQHADhkDgCNZA4AOW8CALdIAADnEgYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAADnEgYAb48BAEIRAgBOBQIAIicMAAvsCADT1gAAqKELAP2hCwBSogsA2HMJAC10CQDPgwIAXpsGAO65AgB70AkA0NAJANx1AwBOBQIA5hgBADsZAQBnOAsAzYcAAJyxBwBPUgkAb48BAEIRAgBOBQIA2HMJAC10CQBIsgUAnbIFAPKyBQCaCgYAqKELABvZCwBw2QsAt5wBAAydAQBaogMAr6IDAASjAwBZowMArqMDAAOkAwBIVQ0AaDMPAGFJAABskAMAwZADABaRAwBrkQMAksEBAIweAAD7TA0ATgUCAKihCwD9oQsAUqILAOYYAQAV4wcAauMHADsZAQAXPAIAqKELABvZCwBw2QsAqKELAP2hCwBSogsA8K4LAEWvCwCarwsAKHcLALhGAQANRwEARVkMAJpZDADvWQwARFoMAE4FAgD5og4A2SYAAE4FAgBUpAcAOGQOAI1kDgA5bwIAt0gAAOcSBgBvjwEAQhECAE4FAgAbjwAAcYUJAMaFCQAbhgkAcIYJAMWGCQAahwkAb4cJAMSHCQBIVQ0AA5oNAGqJDABUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAaDYMALJLAgD5og4AHIUJAE4FAgBUpAcAnA4AAI0UCQDiFAkANxUJAIwVCQBOBQIAVQAAALdIAADnEgYAb48BAEIRAgBOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAE9RCgCkUQoA+aIOAByFCQBOBQIAG48AAHCPAAAQQgMABvgBAE4FAgAiJwwAC+wIAOYYAQAXjgUAGo8BAG+PAQBOBQIAVKQHAJwOAACNFAkA4hQJADcVCQCMFQkATgUCAFqcCQCvnAkABJ0JAFmdCQCunQkAA54JAFieCQCtngkAAp8JAFefCQCsnwkAAaAJAFagCQCroAkAAKEJAFWhCQCqoQkA/6EJAFSkBwCMHgAA4R4AADYfAACLHwAA4B8AAAf2AgBHDgAATgUCAEhVDQBoMw8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAspcLAAeYCwA9GAAAEEIDAG+PAQBCEQIATgUCAPmiDgAchQkATgUCAB0sDAA4ZgwARw4AALecAQAMnQEAci0LAMctCwAcLgsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCACzJCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABo6gIAveoCAEK8AQAAAAAAaOoCAL3qAgBi8AIAH4YFACnLCwB+ywsA08sLACjMCwB9zAsA0swLACfNCwB8zQsAKNQDAH3UAwDS1AMAJ9UDAHzVAwDR1QMAJtYDAHvWAwDQ1gMAJdcDAHrXAwDP1wMAJNgDAHnYAwDO2AMAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwCVvAMA6rwDAD+9AwCUvQMA6b0DAD6+AwCTvgMA6L4DAD2/AwCSvwMA578DADzAAwDEhgoAGYcKAG6HCgDDhwoAGIgKAG2ICgDCiAoAF4kKAGyJCgDBiQoAFooKAGuKCgDAigoAFYsKAGqLCgC/iwoAFIwKAEIRAgAH9gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAOMaAgDNhwAARw4AAG3kAwDC5AMAoFAPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNJQ0AIiYNAHcmDQDMJg0AIScNAHYnDQDLJw0AICgNAHUoDQDKKA0A6rwDAD+9AwCjBQIA+AUCAE0GAgCiBgIAyn0NAAmdBABenQQAs50EAAieBABdngQAsp4EAAefBABcnwQA3RcLAL2KDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAL+MCQAajwEAY5oCAKBQDwDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAHKIBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgAi2wIAd9sCAE6xAABVAAAAUv8DAMsyAgDqBg8APwcPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAjg0PAD6/AgAo1QIAfdUCANLVAgAn1gIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAM7ZAgDjDQ8AorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwBv3gcAC+wIAGuUAABHDgAAl7ANAJIYAAARQwEALMkKAKtTAQBCXAwAzdkDAHaHAgAsyQoARQQMABbpAADO2QIAV/QJAMqFBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAjxEKABc8AgC3SAAALMkKAEUEDAAW6QAAztkCALecAQBtOQQAwjkEAFUAAAAXPgAAyzICAHohDwAajwEA4xoCABiMBgBsPAIAOW8CANx1AwBOBQIAeNELAM3RCwAi0gsAd9ILALecAQAMnQEAWqIDAK+iAwALkQ4Ab94HAAf2AgCRDQwAqvkGAP/5BgBU+gYATgUCAFSkBwDfHgIAzYcAADlvAgBjRQIASLIFAE4FAgD5og4A4xoCADHNAQA5wQUACZsGALdIAABOBQIAowUCAKX8CAD6/AgAVP4CAKn+AgC+jAoAPBkAABc+AABOBQIA09YAACjXAABsPAIA1McOACnIDgAj1AgAeNQIAE4FAgBoNgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgCooQsAHTQEAHI0BAC3nAEAoFAPAOYYAQAV4wcAPRgAALdIAADNhwAAsksCAOcSBgBV+QYAHIUJAAf2AgC3nAEAbTkEAMI5BABVAAAAFz4AAE4FAgC3nAEAbTkEAMI5BAAXOgQAbDoEAME6BAAWOwQAazsEAMA7BAAVPAQAajwEAL88BADM0gsAIdMLAHbTCwDL0wsATgUCALecAQBtOQQAwjkEABc6BABsOgQAwToEABY7BABrOwQAwDsEABU8BABqPAQAvzwEAMzSCwAh0wsAdtMLAMvTCwC4RgEADUcBAI26DQDiug0AN7sNALecAQDcdQMATrEAAM2GAQCisAIA2SYAAKX8CABCEQIAG48AABc8AgBjRQIASLIFAAf2AgDsDwQAxS4MABovDABvLwwAe4AEANCABAAlgQQAeoEEAM+BBAAkggQAeYIEAM6CBAAodwsA+AMEACLbAgBOsQAAzYYBAKr5BgC3SAAA5xIGADwTBgCREwYA5hMGADsUBgCQFAYAB/YCAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBADqvAMAVPcJAKn3CQD+9wkA5hMGADsUBgCQFAYAp/kJAFlHCgCuRwoA9wYCABqPAQAXPAIAY0UCAPAOAQC3SAAATgUCAMqFBQAXPAIAY0UCAK2iBQCySwIALMkKAGg2DACeWwYAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwAdLAwAOGYMAEcOAAB2hwIAt5wBAAydAQBaogMAr6IDAASjAwBZowMArqMDAAOkAwBIVQ0AaDMPAGFJAADwDgEAVQAAAI8RCgBHDgAAdocCAEIRAgAXPAIAY0UCAEcOAABt5AMAwuQDAPAOAQADTgQAaDYMAJO0DQBHWgkAnFoJAPFaCQBGWwkA2HMJAC10CQDPgwIAXpsGABc8AgBv3gcATgUCAGg2DACcsQcA8bEHAEayBwCbsgcALMkKAEUEDADLMgIATgUCAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIAaDYMAJ5bBgBCEQIAeH0KAOYYAQBOBQIAqKELAKr6BQD/+gUAIicMAAuRDgBgkQ4AI9QIAEumDgCgpg4ARw4AAE4FAgD5og4AHIUJAAAAAAAAAAAAB/YCAKIFAwCxmQoABpoKAFuaCgCwmgoA3RcLAJmtDgDurQ4AQ64OAEhVDQADmg0AaokMAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAOcNCwA8DgsAkQ4LAJ1VDQBFBAwAmgQMAO8EDABEBQwAmQUMAO4FDABDBgwAmAYMAO0GDAAiJwwAx34PAGuUAABIVQ0AA5oNAGqJDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwBAvAMAlbwDAOq8AwBU9wkAqfcJAP73CQDmEwYAOxQGALePDgCq+gUALMkKAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQDVKAIAKikCAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQByiAUAx4gFAByJBQBxiQUAxokFAFSkBwCMHgAA4R4AADYfAACLHwAAB/YCAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQA4BsEADUcBADqvAMAVPcJAKn3CQD+9wkAU/gJAKj4CQD9+AkAUvkJAFT+AgCp/gIAvowKAL3hCwC0QgkAWpwJALdIAAAsyQoASFUNAAOaDQBqiQwAHSwMADhmDABHDgAAa5QAALdIAADT1gAAVfkGABc8AgBKXgIATgUCAKihCwAb2QsAcNkLABuPAABwjwAAFzwCAGNFAgCtogUAAqMFAFejBQDNhwAA4xoCALecAQAAAAAATgUCAEpeAgCh/QsAb48BAJ1gAgAH9gIABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEACwnAgCBJwIAyoUFAD6/AgDuVw8AQ1gPAJhYDwCdAA0A5RcDAJwOAADmGAEAFeMHAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAOcNCwA8DgsAkQ4LAL+MCQDcdQMAAAAAAAAAAAAAAAAAaOoCAL3qAgBCvAEAAAAAAAAAAAAAAAAAAAAAAGjqAgC96gIAYvACAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgDmGAEA3R0FADIeBQCHHgUA3B4FAG/eBwDjGgIATgUCAOYYAQA7GQEAZzgLALw4CwAROQsA5hgBAN0dBQAyHgUAhx4FANweBQBOsQAAo7EAAPixAABNsgAAorIAABeOBQA5bwIAt48OAM2HAACcsQcA5hgBANDYAQBwjwAAEEIDAE6xAAA+vwIAsksCAOcSBgBV+QYAHIUJAEcOAACMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAM0lDQAiJg0A3mgOABHqBABm6gQAu+oEABDrBABl6wQAuusEAA/sBABk7AQAuewEAA7tBABj7QQATgUCALecAQBtOQQAb48BAEpeAgBOBQIAowUCAPgFAgBNBgIA5Q4MADoPDABoNgwAnLEHAG/eBwAXPAIAY0UCAEcOAADrvQEAtD4NAF72AADvCwUAOGYMAEcOAAB2hwIAJH0JAHl9CQDOfQkAI34JAHh+CQDNfgkAIn8JAHd/CQDMfwkAIYAJAGg2DABTng4A3HUDAE4FAgD5og4A2SYAAE4FAgBIVQ0AaDMPAGFJAAC2SQAAVQAAACPUCAAJmwYAGo8BAKycDACl/AgAa5QAAG/eBwBOBQIA5hgBAN0dBQAyHgUAhx4FANweBQCAzQcAHSwMADhmDABHDgAAdocCAB0sDAA4ZgwARw4AAHaHAgBOBQIAv4wJANx1AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2ZBABimQQAQl8JAJdfCQDsXwkAQWAJAJZgCQDrYAkAQGEJAJVhCQDqYQkAP2IJAJRiCQDpYgkAPmMJAJNjCQDoYwkAPWQJAOq8AwBU9wkAqfcJAP73CQBT+AkAqPgJAP34CQBS+QkA+aIOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCAC1QggATgUCAEhVDQDnEgYAPBMGAJETBgBv3gcATgUCAPmiDgBanAkA3HUDAEcOAABt5AMAwuQDAG05BADVKAIARw4AAG3kAwDC5AMA1SgCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAzSUNACImDQB3Jg0AzCYNACEnDQB2Jw0AyycNACAoDQB1KA0AyigNAB8pDQB0KQ0AySkNAB4qDQBzKg0AyCoNAOq8AwBU9wkAqfcJAP73CQBT+AkAqPgJAP34CQBS+QkA+aIOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCAC1QggATgUCAEhVDQDnEgYAPBMGAJETBgBv3gcATgUCAPmiDgBanAkA6rwDAFT3CQCp9wkA/vcJAFP4CQCo+AkA/fgJAFL5CQD5og4AqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIALVCCABOBQIASFUNAOcSBgA8EwYAkRMGAG/eBwBOBQIA+aIOAFqcCQAXPAIAt48OAGOaAgAMnQEAYZ0BANx1AwDVKAIATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAMswBADZGA4AujYPABuPAABwjwAAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAP78BABT/QQAqP0EAP39BABS/gQAp/4EAPz+BABR/wQApv8EAPv/BADmGAEA3R0FADIeBQCHHgUA3B4FAAAAAADwDgEAA04EAGg2DACTtA0AR1oJAJxaCQDxWgkARlsJANhzCQAtdAkAz4MCAF6bBgAXPAIAb94HAE4FAgBoNgwAnLEHAPGxBwBGsgcAm7IHACzJCgBFBAwAyzICAE4FAgDmGAEATLIBAM3ZAwDrvQEAv5QBAG+PAQBCEQIATgUCAGg2DACeWwYAQhECAHh9CgDmGAEATgUCAKihCwCq+gUA//oFACInDAALkQ4AYJEOACPUCABLpg4AoKYOAEcOAABOBQIA+aIOAByFCQAAAAAAt0gAAGs6BQDAOgUAFTsFAGo7BQC/OwUAFDwFAPAOAQADTgQAaDYMAJO0DQBHWgkAnFoJAPFaCQBGWwkA2HMJAC10CQDPgwIAXpsGABc8AgBv3gcATgUCAGg2DACcsQcA8bEHAEayBwCbsgcALMkKAEUEDADLMgIATgUCAOYYAQBMsgEAzdkDAOu9AQC/lAEAb48BAEIRAgBOBQIAaDYMAJ5bBgBCEQIAeH0KAOYYAQBOBQIAqKELAKr6BQD/+gUAIicMAAuRDgBgkQ4AI9QIAEumDgCgpg4ARw4AAE4FAgD5og4AHIUJAAAAAAB40QsAzdELAAf2AgAAAAAAAAAAAAAAAAAAAAAAAAAAACwnAgCBJwIAVKQHAKmkBwD+pAcAF+UDAGzlAwDB5QMAFuYDAGvmAwCdAA0AAAAAAAAAAABHDgAAAAAAAAAAAAANmQQA5L8GADnABgB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAVPcJAKn3CQD+9wkA5hMGADsUBgCQFAYAB/YCAJsLBADwCwQARQwEAJoMBADvDAQARA0EAJkNBADuDQQAZTwJALo8CQAPPQkAZD0JALk9CQBUpAcAnA4AAI0UCQDiFAkANxUJAIwVCQBOBQIAaDYMANkmAAC3SAAALMkKAEUEDABvjwEAQhECAE4FAgBIVQ0AA5oNAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMAIYQFAHaEBQDLhAUAIIUFAHWFBQAbjwAAcI8AABBCAwAG+AEATgUCAFSkBwCcDgAAjRQJAOIUCQA3FQkAjBUJAAf2AgDNhwAABvgBABc8AgBjRQIAt0gAAGs6BQDAOgUAa5QAAEcOAABVAAAAI9QIAHjUCAAW6QAAY0UCAAAAAAAbjwAAa5QAAEcOAAB2hwIALMkKAEUEDAAW6QAAztkCAK+bCgAEnAoAWZwKAAKjBQBXowUArKMFAAGkBQBWpAUAq6QFAAClBQBVpQUAqqUFAP+lBQBUpgUAqaYFAP6mBQBTpwUAqKcFAP2nBQBSqAUAp6gFAPyoBQBRqQUApqkFAPupBQBQqgUApaoFAPqqBQBPqwUApKsFAPmrBQBOrAUAo6wFAPisBQBNrQUAoq0FAPetBQBMrgUAoa4FAM2HAAAiiAAAIC0IAHUtCABv3gcATgUCAEhVDQBoMw8AYUkAAOYYAQAXjgUAbI4FAE4FAgDYcwkALXQJALdIAABrOgUAwDoFAGuUAABHDgAATgUCACh3CwDC2g0AeNQIAE4FAgDYcwkALXQJAAAAAAAbjwAAa5QAAEcOAAB2hwIATgUCALecAQBtOQQAHTQEAEyyAQCq+gUA//oFANPWAAC/jAkAGo8BAE6xAAAgLQgATgUCAKihCwAb2QsAb94HAE9SCQDN2QMAB/YCAE6xAAA+vwIAKNUCAH3VAgDS1QIAJ9YCAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwC/3A4ARQQMABbpAADO2QIAzzAAAKOxAAD4sQAATbIAAKKyAAD3sgAAB/YCAE6xAAA+vwIAKNUCAH3VAgDS1QIAJ9YCAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwC/3A4ARQQMABbpAADO2QIAa5QAAG/eBwBPUgkAzdkDAM8wAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDbHgYAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGAJsLBADwCwQARQwEAJoMBADvDAQARA0EAJkNBADuDQQAQw4EAJgOBADtDgQAQg8EAJcPBAAxzQEAhs0BANvNAQAwzgEAhc4BAOe5CQA8ugkAkboJAOa6CQA7uwkAkLsJAOW7CQA6vAkAj7wJAOS8CQA5vQkAjr0JAOO9CQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQDNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDbHgYAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGAFz2AgCx9gIAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAP78BABT/QQAqP0EAP39BABS/gQAp/4EAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAzSUNACImDQB3Jg0AzCYNACEnDQB2Jw0AyycNACAoDQB1KA0AyigNAB8pDQB0KQ0AySkNAB4qDQBzKg0AyCoNACh3CwD/oAoAVKEKAKmhCgD+oQoAU6IKAKiiCgD9ogoAUqMKAKejCgD8owoAUaQKAKakCgD7pAoAUKUKAKWlCgD6pQoAT6YKAKSmCgD5pgoATqcKAKOnCgD4pwoAVP4CAKn+AgC+jAoAveELALRCCQBanAkAt0gAACzJCgBIVQ0AA5oNAGqJDAAdLAwAOGYMAEcOAACvmwoABJwKAEiyBQCdsgUA8rIFAJoKBgBUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA09YAAGuUAAA9GAAAt0gAAE4FAgBoNgwA09YAAIImAgC3SAAATgUCANPWAACCJgIAAEcOAFVHDgB40QsAzdELACLSCwB30gsAKHcLAI8RCgBHDgAA670BAL+UAQDjGgIAt5wBAKBQDwBIVQ0AA5oNAGqJDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA5w0LADwOCwCRDgsASFUNAGgzDwBhSQAA2HMJAC10CQBIsgUAnbIFAPKyBQCaCgYAVKQHAIweAADhHgAANh8AAIsfAADgHwAAXvYAALo5DAAi2gMAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAH8hCgD9oQsAUqILAOMaAgAYjAYAbYwGAMKMBgAXjQYAPRgAAE4FAgBUpAcAOGQOAI1kDgCySwIAGo8BAB00BAAV4wcAVfkGAFqcCQC3SAAALMkKAEUEDAAW6QAAztkCAOa1DgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCn+QkA/PkJAFH6CQCm+gkA+/oJAFD7CQCl+wkA+vsJAE/8CQCk/AkA+fwJAE79CQCj/QkA+P0JAFSkBwCMHgAA4R4AADYfAACLHwAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBU/gIAqf4CAL6MCgATjQoAaI0KAL2NCgASjgoAZ44KAKMFAgCl/AgA+vwIAE/9CAD5og4AFzwCAE4FAgAiJwwAdycMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANx1AwBOBQIAQrwBABuPAABwjwAAEEIDAAb4AQDNJQ0AIiYNAHcmDQDMJg0AIScNAHYnDQDLJw0AICgNAHUoDQDKKA0AHykNAHQpDQDJKQ0AHioNAHMqDQDIKg0AF4oJANZ1CQAoeQkAfXkJANJ5CQAnegkA6rwDAFT3CQCp9wkA/vcJAFP4CQCo+AkA/fgJAFL5CQD5og4AqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIALVCCABOBQIASFUNAOcSBgA8EwYAkRMGAG/eBwBOBQIA+aIOAFqcCQDlFAYAOhUGAI8VBgDkFQYAHSsNAHIrDQDHKw0AHCwNAHEsDQDGLA0AGy0NAHAtDQDFLQ0AGi4NAOq8AwBU9wkAqfcJAP73CQDmEwYAOxQGAAjsCwCMHgAADO0GAKBQDwAJmwYAt0gAAOcSBgBV+QYAHIUJALdIAADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAOhUGAI8VBgDkFQYAa5QAAMCUAAAW6QAAztkCAOwRAgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAy30MACB+DAB1fgwAyn4MAB9/DAB0fwwAyX8MAJwOAACNFAkA4hQJADcVCQCMFQkAxDkCAKr5BgD/+QYAVPoGAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAB/YCALfpCQDAlAAAFukAAM7ZAgA9GAAAkhgAAFybCACxmwgABpwIAFucCACwnAgABZ0IAGw8AgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEATgUCAEhVDQDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCn+QkAM2sMADFyBwCGcgcA23IHADBzBwCFcwcA2nMHAC90BwCEdAcAaDYMANkmAAC3SAAALMkKAEUEDABUpAcAjB4AAAztBgCgUA8ACZsGALdIAADnEgYAVfkGAByFCQBOBQIA3RcLAJmtDgDurQ4AQ64OAOUXAwC7jwoAEJAKAGWQCgC6kAoAD5EKAGSRCgBBYwYAlmMGAOtjBgBAZAYAlWQGAOpkBgA/ZQYAlGUGAOllBgA+ZgYA0X0GACZ+BgB7fgYA0H4GACV/BgB6fwYAG48AABc8AgAXPAIAY0UCAD0YAAC3SAAATgUCAEhVDQADmg0AqvkGAI8RCgC3nAEADJ0BAGGdAQDcdQMAB/YCAAAAAABOBQIASFUNABBDAgBlQwIAukMCAJ0ADQBUpAcAj2QMABqPAQCq+gUAzYcAAOMaAgC3nAEAoFAPAFSkBwCMHgAA4R4AADYfAACLHwAA4B8AAA1CBgBOBQIAowUCAMEyDAAWMwwAazMMAEhVDQDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgAH9gIAVP4CAKn+AgC+jAoAaDYMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCgUA8AVKQHAIweAADhHgAANh8AAIsfAADgHwAA5hgBAAAAAABVAAAATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgB+Hw0A0x8NACggDQAXPAIAtEIJABLgDQCfXgIAwJQAALKXCwAHmAsAFzwCAGNFAgCtogUAAqMFAFejBQDNhwAA4xoCALecAQCgUA8Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBwjwAAPRgAANx1AwAH9gIAt0gAAE6xAABVAAAATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANkmAAA5xQEAjsUBAOPFAQBOsQAAzYYBAKKwAgBCugMAFzwCAGNFAgC4RQIA+0oPAEcOAACMHgAAGYgJAG6ICQDDiAkAGIkJAG2JCQDCiQkAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGAOUXAwCcDgAAjRQJAOIUCQA3FQkAjBUJAE4FAgDdFwsAma0OAO6tDgBDrg4AHSsNAHIrDQD0+w8ASfwPAJ78DwDz/A8ASP0PAJ39DwDy/Q8AR/4PAJz+DwDx/g8A0tQDACfVAwB81QMA0dUDACbWAwB71gMA0NYDACXXAwAdLAwAOGYMAEcOAADjGgIAGIwGAG2MBgDCjAYAF40GAGyNBgAI7AsA4XMAAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDNhwAA2SYAAEpeAgDxsgYAMc0BAEcOAADPMAAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAH4fDQDTHw0AKCANAE4FAgDmGAEAF44FANx1AwBOBQIAeNELAM3RCwAi0gsAd9ILAOMaAgDjuA4AaDYMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDKhQUAH4YFACnLCwB+ywsA08sLACjMCwB9zAsA0swLACfNCwB8zQsA0c0LACbOCwDdFwsARw4AAHaHAgDLhwIA4xoCALecAQBtOQQAzdkDAN8eAgD1/gsArPQJAAOaDQBqiQwAqKELAFUAAAAiiAAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAH4fDQDTHw0AKCANAFz2AgCx9gIAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOMaAgBV+QYAVfkGALdIAABHDgAAdocCAGs6BQBZRQwA1McOAE4FAgCjBQIAFzwCALRCCQDmGAEATgUCAEK8AQBe9gAAB/YCAAT5AgCjsQAA+LEAAE2yAACisgAA97IAAEyzAAAdLAwAciwMAMcsDAAcLQwA2HMJALKXCwAHmAsATgUCAPmiDgBanAkAt0gAAE4FAgD5og4A2SYAAE4FAgBoNgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAKBQDwDjGgIAGIwGAG2MBgDCjAYAF40GAGyNBgAI7AsATgUCAEhVDQADmg0AaokMAEhVDQDNhwAALXUIAEpeAgBOBQIASFUNAFOeDgDcdQMATgUCAPmiDgDZJgAATgUCAEhVDQBoMw8AYUkAALZJAAALSgAAa5QAAG/eBwBOBQIA4xoCABiMBgBtjAYAwowGABeNBgBsjQYAt5wBAM2HAACSwQEAdocCAOcSBgBOsQAARw4AAIweAADNhwAAOW8CAE6xAAAgLQgAyzICAOoGDwA/Bw8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgCODQ8A4w0PAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAH4fDQDTHw0AKCANAAAAAABVAAAAI9QIAEumDgBHDgAAjB4AAM2HAAA5bwIATrEAACAtCABVAAAAfSsCAMsyAgDqBg8APwcPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAjg0PAOMNDwCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgB+Hw0A0x8NACggDQC3nAEAbTkEAO65AgAajwEAb48BAEIRAgBOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMAT1EKAIweAADhHgAAFukAAM7ZAgAH9gIAt0gAAGs6BQBZRQwA5mwCAEcOAABVAAAAjxEKABc8AgC3SAAAB/YCALdIAABrOgUAWUUMAOZsAgBHDgAAVQAAAI8RCgAXPAIAt0gAAAf2AgC36QkAwJQAABbpAADO2QIAmwsEAPALBABFDAQAmgwEAO8MBABEDQQAmQ0EAGBACgDivQoAN74KAIy+CgDhvgoANr8KAIu/CgDgvwoANcAKAIrACgDfwAoANMEKAInBCgDewQoAM8IKAIjCCgDdwgoAMsMKAIfDCgDcwwoAMcQKAIbECgAdKw0AcisNAMcrDQAcLA0AcSwNAMYsDQAbLQ0AcC0NAMUtDQAaLg0Aby4NAMQuDQAZLw0Abi8NAMMvDQAYMA0A9PsPAEn8DwCe/A8APRgAAPAOAQC3SAAATgUCAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQDnDQsAPA4LAJEOCwBUpAcAjB4AAOEeAAA2HwAAix8AAO4NBABDDgQAmA4EAO0OBABCDwQAlw8EALGfBAAGoAQAW6AEANUoAgAqKQIAazoFAFlFDADmbAIARw4AAFUAAACPEQoAFzwCALdIAADLMgIAjg0PAOMNDwCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgB+Hw0A0x8NACggDQB9IA0A0iANACchDQB8IQ0A0SENACYiDQB7Ig0A0CINACUjDQB6Iw0A3RcLAJmtDgDurQ4AQ64OAM3aAgA+vwIA7lcPAENYDwCYWA8A7VgPAEJZDwCXWQ8A7FkPAEFaDwA6bAQAj2wEAORsBAA5bQQAjm0EAONtBAA4bgQAjW4EAOJuBAA3bwQAjG8EAOFvBAA2cAQAi3AEAOBwBAA1cQQAinEEAN9xBAA0cgQAiXIEAN5yBAAzcwQAiHMEAN1zBAAydAQAh3QEAPz5CQA+vwIA7lcPAENYDwCYWA8A7VgPAEJZDwCXWQ8A7FkPAEFaDwAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAt0gAAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAOUUBgA6FQYAjxUGAOQVBgBU/gIAa5QAANPWAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAH4fDQDTHw0AKCANAByFCQCSGAAAItMKAHfTCgDNhwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAKBQDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAKBQDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAFT+AgCp/gIAvowKAGg2DAAtdQgAbTkEAO65AgB70AkAeNELAM3RCwAi0woAd9MKAEcOAABOBQIAowUCAMEyDAAWMwwAazMMAMAzDACooQsA/aELAFKiCwDcdQMAMXYDAIZ2AwAXPAIATgUCAMqFBQCjsQAAG48AAEcOAAB2hwIALMkKAE4FAgB40QsAzdELACLTCgB30woAaDYMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOsQAATrEAAIpvBgDfbwYANHAGAIlwBgBIsgUATgUCANPWAAC/jAkAGo8BAGOaAgCgUA8A3RcLAEcOAAB2hwIAy4cCAOMaAgC3nAEAbTkEAM3ZAwDfHgIAGo8BAG+PAQBCEQIATgUCAGg2DACeWwYAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwDpvQMAqaQHAP6kBwBTpQcAqKUHAP2lBwBSpgcAp6YHAPymBwBIVQ0ATrEAAFUAAAAAAAAAGo8BAFUAAABOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwDqvAMAP70DAJS9AwBIVQ0AaDMPAGFJAAAdLAwAOGYMAEcOAAB2hwIASFUNAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAKf5CQBZRwoArkcKAPcGAgAajwEAFzwCAGNFAgD5og4AqvkGAP/5BgBU+gYATgUCAEhVDQBOsQAAVQAAAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwBAvAMAlbwDANPWAAAajwEAqvoFAAxJAABOBQIAHSwMADhmDABHDgAAdocCAE4FAgC3SAAATrEAAFUAAABOBQIAKHcLALhGAQANRwEA7rkCABqPAQBv3gcAC5EOAMCUAAAH9gIA7A8EAMUuDAAaLwwAby8MAM3aAgCfsQQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAARw4AAG3kAwDC5AMAgM0HANXNBwAqzgcAf84HANTOBwApzwcAfs8HANPPBwATMw8AAfwCAE6xAABVAAAATgUCACh3CwC4RgEADUcBAO65AgAajwEAb94HAAuRDgDAlAAAB/YCAOwPBADFLgwAGi8MAG8vDADN2gIAn7EEACKHAQB3hwEAAAAAAAb4AQAAAAAAAAAAAAAAAADNhwAA2SYAAG/eBwDE3gcA1McOALdIAADnEgYA7rkCAHvQCQBUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAATLADAKGwAwD2sAMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAKBQDwD5og4AFzwCAE4FAgAiJwwAC+wIAGuUAABHDgAATgUCAHjRCwDN0QsAItILAHfSCwCLHQIAvYoNABKLDQDN2QMAb94HAEcOAABOBQIAVKQHAIweAADhHgAANh8AAIsfAADgHwAANSAAAEywAwChsAMA9rADABuPAABwjwAAUQMBAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCgUA8A+aIOABc8AgBOBQIAIicMAAvsCABrlAAARw4AAE4FAgB40QsAzdELACLSCwB30gsAix0CAL2KDQASiw0AzdkDAE4FAgBUpAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAATLADAKGwAwD2sAMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAKBQDwD5og4AFzwCAE4FAgAiJwwAC+wIAGuUAABHDgAATgUCAHjRCwDN0QsAItILAHfSCwCLHQIAvYoNABKLDQDN2QMAEzMPAJsLBACl/AgA+vwIAE/9CAB40QsAzdELACLSCwB30gsAzNILACHTCwB20wsAy9MLAAAAAADNhwAALXUIAIJ1CABtOQQAB/YCABc8AgC3jw4Ab48BAEIRAgB4fQoAwJQAABbpAADO2QIAa5QAAOYYAQBOsQAAPr8CACKIAAAgLQgAdS0IAEcOAACMHgAA4R4AADYfAACLHwAA4B8AAGNFAgDAlAAAFukAAM7ZAgAxzQEARw4AAAf2AgDlFwMAu48KABCQCgBlkAoAupAKAA+RCgBkkQoAnQANAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBADnDQsAPA4LAAH1CQBW9QkAq/UJAOYTBgA7FAYAkBQGAKf5CQBIVQ0AA5oNAG/eBwALkQ4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAH8AgBoMw8AYUkAAM+CAwAkgwMAeYMDAM6DAwAjhAMAeIQDAM2EAwAihQMAaDYMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCgUA8AyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBoNgwAsksCAFhFDQBoMw8AGo8BAM3ZAwAi2gMA5hgBADsZAQDmGAEAFeMHAD0YAABe7QkAs+0JAAjuCQDlDgwAOg8MAOYYAQAXjgUAOW8CAEpeAgCfXgIAb94HAE4FAgAiJwwAC5EOAM2HAAByLAwAxywMABwtDABxLQwAxi0MABsuDABwLgwAXuoMAFOeDgBv3gcATgUCAKihCwAb2QsAcNkLABU0DAB3JwwAzdkDAOFzAADjGgIAt5wBAKBQDwBv3gcATgUCABuPAABwjwAAt0gAAOcSBgBjmgIATgUCAEhVDQDnEgYAPBMGAJETBgBv3gcATgUCANhzCQAtdAkAt0gAAGs6BQC3nAEAbTkEAMI5BAAW5QQATrEAAMsyAgCODQ8A4w0PAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2x4GAH4fDQDTHw0AKCANAHohDwCMHgAA4R4AADYfAACLHwAA4B8AAG/eBwALkQ4AzYcAAJyxBwAH9gIAC+wIANPWAAA9GAAAB/YCAL+MCQA4ZgwARw4AAHaHAgC3nAEADJ0BAGrgCgC/4AoAFOEKAGnhCgAj1AgAeNQIABbpAADO2QIAkQ0MAKr5BgD/+QYAVPoGAE4FAgAbjwAAcI8AABBCAwAG+AEATgUCAFSkBwCcDgAAjRQJAOIUCQA3FQkAVKQHADhkDgCNZA4AsksCABuPAABHDgAATgUCAL+MCQD1/gsACZsGAEpeAgCfXgIAb94HAAvsCACq+QYA//kGAAxBCABhQQgAtkEIAAtCCABgQggAtUIIAApDCABfQwgAtEMIAAlECABeRAgAs0QIAAhFCABdRQgAskUIAAdGCABcRggAsUYIAAZHCABbRwgAsEcIAPVXCABKWAgAn1gIAPRYCABv3gcATgUCAPmiDgBanAkAt0gAAE4FAgDT1gAAgiYCABqPAQCq+gUA5xIGAG+PAQBCEQIATgUCAKMFAgDBMgwAFzwCAE4FAgD5og4AqvkGAP/5BgAMQQgAYUEIALZBCAALQggAYEIIAHjUCABsPAIAsksCAOcSBgBV+QYAHIUJALdIAADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAy30MACB+DAB1fgwAyn4MAB9/DAB0fwwAyX8MAFEBAwDQ2AEAt0gAAM2HAACySwIALMkKAPmiDgCq+QYA//kGAAxBCABhQQgAtkEIAAtCCABgQggAtUIIAE4FAgBIVQ0A5xIGADwTBgCREwYAb94HAE4FAgD5og4AWpwJALdIAAAsJwIAG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA5hgBADsZAQBnOAsAT1IJAAbtDADcdQMATgUCAMqFBQAfhgUAKcsLAHCPAAC3SAAALMkKAAH8AgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCn+QkA09YAAIImAgAajwEAqvoFAOcSBgBvjwEAQhECAE4FAgCjBQIAwTIMABc8AgBOBQIA7rkCAEO6AgCYugIA7boCAL+MCQA4ZgwARw4AAHaHAgDLhwIA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADFyBwAAAAAAt5wBAAf2AgBU/gIAqf4CAL6MCgAdLAwAOGYMAEcOAAB2hwIARw4AAE4FAgBoNgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAKBQDwCooQsA/aELAFKiCwDwrgsARa8LAJqvCwAodwsAjxEKAOQRCgBc9gIAsfYCAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQD+/AQAFzwCAGNFAgCtogUAsksCACzJCgBUpAcAjB4AAEcOAADrvQEAv5QBAFX5BgC3nAEAt5wBAE4FAgAdLAwAOGYMAEcOAAB2hwIAXvYAALo5DAANmQQASFUNAGs6BQDAOgUAa5QAAG/eBwBOBQIAowUCAMEyDAAXPAIATgUCAAAAAAAbjwAAa5QAAMCUAADcdQMATgUCAKMFAgD4BQIATQYCAKIGAgA9GAAAkhgAACLTCgB30woARw4AANkmAAA5xQEAjsUBAOPFAQALkQ4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAM0lDQAiJg0AKcsLAH7LCwDTywsAKMwLAH3MCwDSzAsAJ80LAHzNCwDYcwkALXQJAK2iBQACowUAV6MFAE4FAgBoNgwAU54OANx1AwBOBQIAyoUFAB+GBQB0hgUAGC8OAG0vDgAiiAAAR1oJAE4FAgAodwsAjxEKABqPAQBvjwEAsksCAEcOAAAH9gIAVP4CAKn+AgC+jAoAE40KAIweAADhHgAANh8AAIsfAADgHwAADUIGAE4FAgBoNgwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAKBQDwCjBQIAwTIMABc8AgBOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMARw4AAIweAADhHgAANh8AAIsfAADgHwAADUIGAGJCBgDhHgAAFukAAM7ZAgCMHgAA4R4AABbpAADO2QIAHSsNAHIrDQDHKw0AHCwNAHEsDQDGLA0AGy0NAHAtDQDFLQ0AGi4NANUoAgAXPAIAY0UCALhFAgD7Sg8ARw4AAIweAAC/iQwAX0kCAGiPCAC9jwgATgUCAFSkBwCMHgAA4R4AADYfAACLHwAATrEAAEpeAgC/jAkAOGYMAFqcCQBHDgAAjB4AANUoAgBv3gcAFzwCALePDgDuuQIAe9AJANDQCQDLMgIA6gYPAMCUAAAW6QAAztkCAMsyAgA9GAAAa5QAALdIAADT1gAAVfkGABc8AgBKXgIAn14CAMCUAAAW6QAAztkCAB0rDQByKw0AIocBAHeHAQBBsA4AAAAAAAAAAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAf2AgAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQASFUNAGgzDwBhSQAA3RcLADIYCwBv3gcAVQAAAI8RCgAajwEAb48BAPhZAwBOBQIAG48AABc8AgC3nAEAB/YCAEwJAAC/jAkAFI0JAGmNCQDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA5w0LADwOCwCRDgsASFUNAGgzDwBhSQAAbJADAAvsCABg7AgAtewIAArtCABf7QgAxy8JACInDADE3gcAa5QAAOYYAQA7GQEAbJADAAvsCABg7AgAtewIAArtCABf7QgAxy8JACInDADE3gcAa5QAAOYYAQA7GQEAkBkBAE4FAgDYcwkAspcLAAeYCwA9GAAAEEIDAG+PAQBCEQIAa5QAAMCUAADmGAEATLIBAM3ZAwDrvQEAv5QBAFX5BgAchQkATgUCACInDAALkQ4APRgAABBCAwBrlAAAb94HAE4FAgDT1gAAv4wJABqPAQBjmgIAoFAPAEhVDQBrOgUA3HUDABqPAQBvjwEAQhECAE4FAgBIVQ0AA5oNAGqJDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA5w0LADwOCwCRDgsASFUNAGgzDwBhSQAAbJADAAvsCABg7AgAtewIAArtCABf7QgAxy8JACInDADE3gcAa5QAAOYYAQA7GQEAIicMAMd+DwAcfw8AcX8PAMZ/DwAbgA8AcIAPAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQCUuAgAVfkGADFyBwBKXgIAn14CAMCUAABjRQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOwPBADFLgwAGi8MAG8vDABOpQwAv4wJABqPAQBjmgIAoFAPAKMFAgAuJwAAt0gAAE6xAAAgLQgAGo8BAG+PAQBCEQIATgUCAFSkBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABoNgwA1McOABqPAQBOBQIA7rkCAHvQCQDQ0AkACOwLAL+UAQBV+QYAHIUJAAf2AgAajwEAY5oCAKBQDwA9GAAAkhgAABFDAQDZJgAAwTIMABYzDABrMwwAwDMMAEC9AgDAlAAAFukAAM7ZAgBCvAEApqUJAPulCQBQpgkApaYJAPqmCQBPpwkAAAAAAGjqAgC96gIAeNELAM3RCwDnGAAALXcGAIJ3BgBv2woAxNsKABncCgCjBQIApfwIAPr8CABP/QgA+aIOABc8AgBOBQIAIicMAHcnDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgDdFwsAMhgLAIcYCwDcGAsAMRkLAAAAAADuuQIAQ7oCADlvAgAAAAAAFzwCALKXCwAHmAsAAAAAAG/eBwAL7AgAYOwIALXsCAAK7QgAX+0IAN0ZCQAyGgkAhxoJANwaCQAxcgcASl4CAJ9eAgC3SAAAPRgAAJIYAAARQwEA2SYAAMEyDAAWMwwAazMMAMAzDABAvQIAwJQAABbpAADO2QIAyzICAHohDwCcDgAAjRQJAMzSCwCl/AgAPLYNAJ1gAgBOBQIAaDYMAJ5bBgDuuQIAQ7oCAJi6AgBtOQQAb94HAE4FAgAiJwwAC+wIAGDsCAC17AgACu0IAF/tCADHLwkA3RcLADIYCwDuuQIAGo8BABc8AgC0QgkAHIUJAOYYAQAV4wcAPRgAANPWAABV+QYAFzwCAEpeAgCh/QsAb48BAEIRAgBOBQIAyoUFAB+GBQB0hgUAGC8OAG0vDgDCLw4AFzAOAGwwDgDBMA4ATgUCANhzCQCylwsAB5gLAFyYCwCxmAsABpkLAFuZCwBUpAcAOGQOAGs6BQBZRQwAsksCACzJCgBCEQIATgUCAKihCwAb2QsAcNkLAN0XCwAajwEAqvoFAAxJAABhSQAAz4IDAE4FAgB40QsAzdELACLSCwB30gsA2HMJALKXCwAHmAsAPRgAABBCAwBvjwEAQhECAE4FAgD5og4AFzwCAE4FAgDmGAEATLIBAM3ZAwDPMAAAzYYBAKKwAgDZJgAApfwIAEIRAgAbjwAAFzwCAGNFAgAXPAIAY0UCAK2iBQCySwIALMkKACInDAAL7AgAYOwIALXsCAAK7QgAX+0IAMcvCQAodwsAuEYBAA1HAQDuuQIAGo8BAG/eBwALkQ4AVfkGAFX5BgC3SAAAt5wBAKBQDwBHDgAA670BAE4FAgAiJwwAC+wIAGDsCAC17AgACu0IAF/tCADHLwkAeNELAM3RCwAi0gsAd9ILAMzSCwAh0wsAdtMLAMvTCwAiJwwAC+wIAGDsCAC17AgACu0IAF/tCADHLwkA3RcLADIYCwBv3gcAVQAAAI8RCgAajwEAb48BAAmbBgBemwYAs5sGAAicBgBdnAYAspwGAAedBgBcnQYAsZ0GAAaeBgAajwEAzYcAAC11CABOBQIASFUNAE6xAABVAAAAB/YCAE4FAgDZGA4AujYPAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQBe9gAAAAAAAA2ZBABZmA4AwTIMABc8AgC3SAAA5xIGAO65AgB70AkADO0GANx1AwBOBQIA2HMJAC10CQCCdAkA13QJACx1CQCBdQkATgUCAKihCwAE+QIAjxcEAOQXBAA5GAQAjhgEAOMYBAA4GQQAjRkEAOIZBAA3GgQAjBoEAOEaBAA2GwQAixsEAOAbBAA1HAQA7A8EAAmbBgBemwYAs5sGAAicBgBdnAYAspwGAAedBgBcnQYAsZ0GAAaeBgBU/gIAqf4CAPhVBwDZGA4Aa5QAAKtTAQBCXAwAzdkDAHaHAgDnEgYAb48BAEIRAgBOBQIAIicMAAvsCADmGAEAF44FABqPAQCUuAgA6bgIAD65CACTuQgA6LkIAD26CACSuggA57oIADy7CACRuwgA5rsIADu8CACQvAgA5bwIADq9CACPvQgA5L0IABc8AgBjRQIAuEUCAPtKDwBHDgAAjB4AAEK8AQC3SAAATrEAAFUAAAAH9gIAAAAAALecAQBHDgAAB/YCAAAAAAAbjwAAcI8AABBCAwAG+AEAB/YCAAAAAADjGgIAt5wBAKBQDwBIVQ0AA5oNAGqJDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA5w0LADwOCwCRDgsASFUNAE6xAABVAAAAB/YCAAAAAAC3nAEARw4AAAf2AgAAAAAAVKQHAOu9AQBAvgEAB/YCAAAAAAA9GAAAPRgAAGuUAAAJmwYAt0gAAOcSBgBV+QYAHIUJAE4FAgDYcwkALXQJAIJ0CQDXdAkALHUJAIF1CQD3VAkAt0gAAOcSBgA8EwYAkRMGAG/eBwAL7AgAWpwJAAAAAAC3SAAAt0gAAFUAAABOsQAAzYYBAKKwAgBCugMAl7oDAOy6AwBBuwMAlrsDAOu7AwBAvAMA2sAPAI8RCgDkEQoAORIKAF72AADvCwUAOGYMAEcOAAB2hwIAtD4NANhzCQAtdAkAraIFAAKjBQBXowUATgUCACInDADE3gcAWe0OAK7tDgDjGgIAzYcAAJLBAQCMHgAAVKQHAIweAADhHgAANh8AAIsfAADgHwAANSAAAGg2DACySwIAG48AALecAQBv3gcATgUCAHjRCwDN0QsAItILAHfSCwDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUA5w0LADwOCwCRDgsAFzwCAGNFAgC4RQIA+0oPAEcOAACMHgAAC5EOAMCUAAAW6QAAztkCAGuUAADAlAAAFukAABHlCQBm5QkA5xgAAAAAAAAAAAAAAAAAAGjqAgC96gIAYvACAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgAAAAAAAAAAAGjqAgC96gIAYvACAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAQLwDAJW8AwBbngYAsJ4GAAWfBgBanwYAr58GAASgBgDT1gAAGo8BAG+PAQBrlAAAwJQAABbpAADO2QIAAAAAAAAAAAAAAAAAAAAAAAAAAAA9GAAAa5QAALdIAADLMgIAjg0PAOMNDwCisAIAQroDAJe6AwDsugMAQbsDAL/cDgAU3Q4Aad0OAL7dDgAT3g4AaN4OAL3eDgAS3w4AzSUNACImDQB3Jg0AzCYNACEnDQB2Jw0AyycNACAoDQB1KA0AyigNAB8pDQB0KQ0AySkNAB4qDQBzKg0AyCoNAFX5BgBHDgAATgUCAN0XCwCZrQ4A7q0OAEOuDgAAAAAAAAAAAAAAAAAsyQoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAAAAAAAAAAAAAAACrUwEAQlwMAFX5BgAchQkATgUCANhzCQAtdAkAgnQJANd0CQAsdQkAAAAAAGuUAADAlAAA4xoCABqPAQBvjwEAnWACAMd+DwBwjwAAQhECAEcOAADhcwAAOMcAANkmAADjGgIAzYcAADjHAABOBQIAaDYMAOMaAgBCEQIAeH0KAAztBgCgUA8Av4wJAD0YAABrlAAAq1MBAEJcDAAAAAAAPRgAAE4FAgDYcwkALXQJAL+MCQAbjwAARw4AAOFzAACcsQcARw4AAOu9AQC/lAEAVfkGAByFCQBrlAAA2HMJALePDgCsnAwApfwIABuPAAC3SAAAzYcAALJLAgAAAAAAVfkGAE4FAgDYcwkALXQJAM+DAgAkhAIARw4AAOFzAACcsQcAPRgAAJIYAAAH9gIAt+kJAAzqCQBh6gkAtuoJAAvrCQBg6wkAtesJAArsCQBf7AkAtOwJAAntCQBrlAAACZsGAF6bBgCzmwYACJwGAF2cBgCynAYAB50GAFydBgCxnQYABp4GAKMFAgD4BQIATQYCAKIGAgA4xgEABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAE4FAgBIVQ0A5xIGADwTBgCREwYAb94HAE4FAgD5og4AWpwJAOcSBgA8EwYAkRMGAG/eBwBOBQIA+aIOAFqcCQBOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQByiAUAx4gFAByJBQBxiQUAxokFAHohDwCcDgAAjRQJAOIUCQA3FQkAjBUJALdIAADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAy30MACB+DAB1fgwAyn4MAB9/DAB0fwwAyX8MAOq8AwBU9wkAqfcJAP73CQBT+AkAqPgJAP34CQBS+QkAVP4CAKn+AgC+jAoAE40KAGiNCgC9jQoAEo4KAGeOCgCjBQIApfwIAPr8CABP/QgA+aIOABc8AgBOBQIAIicMAHcnDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgBfSQIALXUIAKBQDwDAlAAAFukAAM7ZAgBV+QYAVfkGALecAQBOBQIASFUNAOcSBgA8EwYAkRMGAG/eBwBOBQIA+aIOAFqcCQC3SAAATgUCANPWAAC/jAkAGo8BAGOaAgCgUA8A09YAAIImAgAajwEAqvoFAOcSBgBvjwEAQhECAE4FAgCjBQIAwTIMABc8AgBOBQIAaDYMAFOeDgCong4A+aIOAKr5BgD/+QYAVPoGAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwCooQsAG9kLAHDZCwB40QsAzdELACLSCwB30gsA5Q0NADoODQCPDg0A5A4NADkPDQCODw0A4w8NADgQDQAsJwIAgScCANhzCQAtdAkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIASFUNAOcSBgA8EwYAkRMGAG/eBwBOBQIA+aIOAFqcCQC3SAAATgUCAGg2DADZJgAAt0gAACzJCgBFBAwAoFAPAMCUAAAW6QAAztkCAOa1DgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgAVNgoAajYKAL82CgAUNwoAaTcKAL43CgATOAoAaDgKAL04CgASOQoAZzkKAF72AADT1gAAgiYCABqPAQCq+gUAlhICABc8AgBjRQIAraIFALJLAgAsyQoAk7QNAAAAAAAbjwAAGo8BABc8AgBjRQIAMc0BAG/eBwDjGgIATrEAAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwD5og4A4xoCALdIAADNhwAAGo8BAG+PAQBOBQIAMc0BAG/eBwDjGgIATrEAAE4FAgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwDdFwsAvYoNAABUAQBVVAEA3WsMADJsDACHbAwA3GwMADFtDADT1gAAv4wJAPX+CwA9GAAATgUCAEhVDQBrOgUA3HUDABqPAQBvjwEAQhECAE4FAgBIVQ0AA5oNAGqJDADKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQBHDgAATgUCAMqFBQAfhgUAKcsLAH7LCwDTywsAKMwLAH3MCwDSzAsAJ80LAHzNCwDRzQsAJs4LAGg2DACTtA0AAAAAABuPAAAajwEAFzwCAGNFAgBIsgUATgUCAKMFAgAXPAIAtEIJAOYYAQBOBQIASFUNAGgzDwBhSQAAG48AAHCPAADrvAIAQL0CAMCUAAC3nAEA3HUDABqPAQBvjwEAQhECAE4FAgAiJwwAxN4HAFntDgCu7Q4A4xoCAM2HAACSwQEAjB4AAOUNDQCTtA0AAAAAABuPAAAajwEAFzwCAGNFAgBoNgwAnlsGANhzCQAtdAkARw4AAJwOAABanAkAFzwCAE6xAABrlAAAowUCABc8AgC0QgkA5hgBAE4FAgCooQsAqvoFAEcOAABOBQIAKHcLALhGAQC3jw4AHTQEABeOBQA5bwIA3HUDAE4FAgCjBQIA+AUCACKIAABHWgkAxDkCABc8AgDcdQMATgUCAPmiDgAXPAIATgUCAFSkBwCcDgAAWpwJABc8AgBOsQAAPRgAAGuUAACrUwEAB/YCAAH8AgDnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgCn+QkAaDYMAJO0DQAAAAAAG48AABqPAQAXPAIAt48OAG+PAQBCEQIATgUCAGg2DACeWwYAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAa5QAALdIAADNhwAAnLEHAG/eBwAXPAIAt48OAG+PAQDZJgAAwTIMAE4FAgDdFwsAMhgLAIcYCwARQwEA2SYAAMEyDAAWMwwAazMMAMAzDADNhwAAGo8BANUoAgDNhwAAbTANANvECgAwxQoAb48BAMeBDABrOgUAWUUMAOZsAgBHDgAAqlIDAM2HAACySwIALMkKAB0sDAA4ZgwARw4AAHaHAgBOBQIAeNELAF9JAgC0SQIACUoCAOcYAAAtdwYAgncGAG/bCgDE2woAGdwKAG7cCgDD3AoAGN0KAIweAADhHgAANh8AAIsfAADgHwAANSAAAOYYAQBMsgEAzdkDAOMaAgDjuA4Av4wJAM2HAADuuQIAGo8BAG+PAQCdVQ0AgckKANbJCgArygoAgMoKANXKCgAqywoAf8sKANTLCgApzAoAfswKANPMCgAozQoAfc0KAHcnDACkUgkA+VIJAE5TCQAbjwAAb94HANhzCQAtdAkAraIFAJyxBwBOBQIAG48AAG/eBwAAAAAAVfkGAE4FAgBIVQ0A5xIGADwTBgCREwYA5hMGADsUBgC/jAkAVQAAANUoAgA9GAAAa5QAALdIAADT1gAAVfkGABc8AgBKXgIA1SgCAEIRAgB4fQoAzX0KACJ+CgB3fgoAzH4KACF/CgBjRQIARw4AAOu9AQCMHgAARw4AAAf2AgBCEQIAeH0KAM19CgAifgoAd34KAMx+CgAhfwoAdn8KAMt/CgAggAoAdYAKAMqACgCjBQIAwTIMABc8AgD5og4AFzwCAE4FAgBUpAcAjB4AAOEeAAA2HwAAGo8BAE6xAABrlAAAeNELAM3RCwAi0gsAd9ILAEpeAgCDcgoAkhgAANPWAAC/jAkAOGYMAEcOAAB2hwIALMkKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDXdwYALHgGAIF4BgDWeAYAK3kGAIB5BgBoNgwAnLEHAG/eBwAXPAIAY0UCAEcOAADrvQEATgUCAKMFAgDBMgwAFjMMAGszDACq+QYA//kGAFT6BgBOBQIASFUNAE6xAABVAAAATgUCAMqFBQAfhgUAdIYFAMmGBQAehwUAc4cFAMiHBQAdiAUA67sDAEC8AwCVvAMA6rwDAD+9AwDNhwAAGo8BAGuUAADAlAAAFukAAM7ZAgBCvAEApqUJAPulCQBQpgkApaYJAPqmCQBPpwkAa5QAAOYYAQBVAAAAjxEKABc8AgBsPAIAOW8CANx1AwBOBQIAowUCAPgFAgBNBgIA5Q4MADoPDACooQsA/aELAFKiCwB40QsAX0kCALRJAgAJSgIA2HMJAC10CQBHDgAAnA4AALecAQAbjwAAt0gAAOcSBgBV+QYAb94HAAuRDgA9GAAAX0kCALRJAgAJSgIAeNELAM3RCwAXPAIATgUCAFSkBwCMHgAA4R4AADYfAAA9GAAAX0kCALRJAgAJSgIAKHcLALhGAQANRwEA7rkCABqPAQBv3gcAC5EOAE6xAAAgLQgATgUCAB0sDAA4ZgwARw4AAHaHAgBOBQIAqKELABvZCwBw2QsASl4CAINyCgCSGAAA09YAAFX5BgAS4A0AG48AAFUAAABOBQIAowUCAPgFAgBNBgIA5Q4MADoPDACiBgIAEEIDAFX5BgDLMgIAjg0PACAtCADNhwAAU54OAD0YAABrlAAADO0GAEcOAADLMgIALBoPAIEaDwAXPAIAY0UCAEcOAACcDgAAt5wBAO65AgB70AkAb94HAMTeBwCcsQcAb94HABc8AgBjRQIARw4AAOu9AQCMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAf2AgBU/gIAX0kCALRJAgAJSgIA8q0KAEeuCgCcrgoA8a4KAEavCgCbrwoA8K8KAEWwCgCasAoA77AKAESxCgCZsQoA7rEKAEOyCgCYsgoA7bIKAEKzCgCXswoATgUCALo5DACcDgAAjRQJAOIUCQA3FQkAjBUJANjICQCk+woA+fsKAE78CgBFBAwAFukAAM7ZAgDdFwsARw4AAHaHAgDLhwIA4xoCALecAQBtOQQAzdkDAN8eAgBOBQIAaDYMAJ5bBgB40QsAa5QAANPWAABOBQIAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAyIcFAB2IBQDruwMAB/YCAEK8AQCmpQkA+6UJAFCmCQClpgkA+qYJAE+nCQCkpwkA+acJAPKuCQAAAAAAAAAAAAAAAADrtQkAQLYJAJW2CQDqtgkAP7cJAJS3CQDptwkAPrgJAAAAAAAAAAAAk7gJAOi4CQA9uQkAyzAEADLHBgCHxwYAowUCAMEyDAAWMwwAazMMAAf2AgDsDwQAQRAEAADwDwBV8A8AqvAPAP/wDwDNhwAA4xoCALecAQCgUA8AowUCAKX8CAD6/AgAT/0IAHjRCwDN0QsAItILAHfSCwDM0gsAIdMLAHbTCwDL0wsAa5QAAD0YAACSGAAAa5QAAD0YAAA9GAAAkhgAAGuUAAA9GAAAt0gAAAf2AgBU/gIAqf4CAL6MCgATjQoAaI0KAL2NCgASjgoAZ44KAKMFAgCl/AgA+vwIAE/9CAD5og4AFzwCAE4FAgAiJwwAdycMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANx1AwBOBQIA2RgOAAf2AgAAAAAATgUCAOMaAgA4GwIA2SYAANkmAAAuJwAAwJQAALePDgBvjwEAQhECAE4FAgBIVQ0A5xIGADwTBgCREwYAb94HAE4FAgD5og4AWpwJALdIAABOBQIAaDYMANkmAAC3SAAALMkKAEUEDAAxcgcAPr8CAJO/AgAH9gIAaDYMAC11CACCdQgA13UIAOMaAgAYjAYAbYwGAMKMBgAXjQYAbI0GAJW5BgDKhQUAH4YFAHSGBQDJhgUAHocFAHOHBQDIhwUAHYgFAOu7AwBAvAMAT1EKAKRRCgBoNgwAvTYMABI3DABnNwwAC+wIANPWAABv3gcAx34PALecAQCgUA8APRgAAJIYAAARQwEA2SYAAMEyDAAWMwwAazMMAMAzDABAvQIAwJQAABbpAADO2QIAVP4CAKn+AgC+jAoA5hgBADsZAQBnOAsAvDgLABE5CwBmOQsAeNELAF9JAgC0SQIACUoCAG/eBwDmGAEAOxkBAGc4CwC8OAsAETkLAGY5CwB40QsAX0kCALRJAgAJSgIAb94HAOYYAQA7GQEAZzgLALw4CwAROQsAZjkLACh3CwB9dwsA0ncLACd4CwB8eAsA0XgLACZ5CwC3nAEADJ0BAFqiAwCvogMATgUCABuPAAAXPAIAt5wBANhzCQAtdAkARw4AAJwOAAC3nAEA7rkCAHvQCQCooQsAHTQEAHI0BADHNAQAHDUEAHE1BABOBQIA3RcLADIYCwC3SAAAazoFANx1AwBOBQIAowUCAMEyDAAXPAIATgUCACh3CwB9dwsA0ncLACd4CwB8eAsA0XgLACZ5CwAsJwIAgScCAMmIAwAeiQMAc4kDAMiJAwCjBQIAwTIMABYzDABrMwwAwDMMAKihCwCq+gUA//oFAKihCwD9oQsAUqILAKeiCwCeWwYAKHcLAH13CwDSdwsAJ3gLAHx4CwDReAsAJnkLAMsyAgAxzQEARw4AAJwOAADmGAEAF44FALJLAgBOsQAAIC0IABqPAQBvjwEAQhECAE4FAgAodwsAfXcLANJ3CwAneAsAfHgLANF4CwAmeQsAowUCAMEyDAAXPAIATgUCAPAOAQCAyAwA2sAPAC/BDwB40QsAzdELACLSCwB30gsAKHcLALhGAQBjRQIAuEUCAKX8CACNDw4Aa5QAAG/eBwBOBQIA09YAABqPAQCq+gUADEkAAE4FAgAAAAAATgUCAPmiDgAXPAIATgUCAKj0DQAAAAAATgUCAPmiDgAXPAIATgUCAKj0DQD99A0A5Q0NAJ5bBgAiJwwAC5EOAGCRDgAj1AgAS6YOAKCmDgALkQ4APRgAAE6xAABVAAAAqgAAAM57CwAjfAsAeHwLAM18CwAifQsA5hgBABeOBQBTng4AA/sBAM2HAAAtdQgAgnUIACKIAABKXgIA8bIGAG0wDQB4fQoAHSwMAHIsDADHLAwAHC0MAHjRCwDN0QsAItILAHfSCwDjGgIA47gOAGuUAAA9GAAATgUCAKMFAgDBMgwAFjMMAGszDADAMwwAqKELAP2hCwBOog8Ao6IPAPiiDwBNow8AoqMPAKBQDwBv3gcAyzICAE4FAgBIVQ0AazoFANx1AwBOBQIASFUNAAOaDQBqiQwAqKELAP2hCwBOog8Ao6IPAPiiDwBNow8AoqMPAKihCwCq+gUAB/YCAFT+AgDawA8AL8EPAITBDwCooQsA/aELAE6iDwCjog8A+KIPAE2jDwCiow8AKHcLALecAQCgUA8AzYcAAJLBAQCMHgAA2HMJALKXCwAHmAsATgUCAEwJAAA9GAAA2sAPAC/BDwCEwQ8AqKELAP2hCwBOog8Ao6IPAPiiDwBNow8AoqMPABuPAABwjwAAt0gAAOcSBgA8EwYAkRMGAGuUAADAlAAAFukAAM7ZAgC3nAEADJ0BAFqiAwCvogMATgUCAFSkBwCPZAwATrEAACAtCABOBQIAowUCAKX8CAD6/AgAT/0IANkYDgAuGQ4AQhECAHh9CgDmGAEATgUCABqPAQBvjwEATgUCAGg2DABTng4A3HUDAE4FAgD5og4A2SYAAE4FAgBIVQ0AaDMPAGFJAAC2SQAAnA4AAFqcCQAXPAIATrEAAGuUAAC3nAEADJ0BAHItCwDHLQsAHC4LAOi/AgDcdQMATgUCAKihCwD9oQsATqIPAKOiDwD4og8ATaMPAKKjDwCgUA8Ab94HAE4FAgBCEQIAeH0KAOYYAQBIVQ0AaDMPAGFJAABCEQIAeH0KAOYYAQBHDgAATgUCAGg2DADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAIicMABc8AgC3jw4A7rkCAHvQCQDQ0AkATgUCAKMFAgDBMgwAFjMMAGszDADAMwwAowUCAMEyDAAXPAIATgUCADHNAQBv3gcA4xoCAE6xAACXsA0AkhgAABFDAQDZJgAAwTIMABYzDABrMwwAwDMMAEC9AgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAMXIHAKOxAAAveQIAhHkCANl5AgBv3gcAC5EOANkmAADZJgAAwTIMABYzDABrMwwAwDMMAEC9AgDAlAAAFukAAM7ZAgC9NgwAt0gAAOcSBgCsnAwAOcUBACKIAABHWgkAG48AABc8AgBIVQ0AA5oNAGqJDACjBQIApfwIADy2DQCdYAIAgNEDANXRAwAq0gMAf9IDANTSAwAp0wMAftMDANPTAwDjGgIA47gOANhzCQAtdAkARw4AAJwOAAC3nAEA7rkCAHvQCQBv3gcAB/YCAD0YAACSGAAAEUMBADYdAgDmDgsAOw8LAJAPCwDlDwsAowUCAPtKDwBwjwAAMxYMALdIAADnEgYAVfkGAByFCQC3SAAALMkKAD0YAABHDgAAv5QBAFX5BgAchQkAzdkDACLaAwDYcwkALXQJAAAAAAAbjwAAGo8BABc8AgBjRQIAIicMABc8AgC3jw4A7rkCAHvQCQBOBQIAlhICAOsSAgCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDAAf2AgDYcwkALXQJAAAAAAAbjwAAGo8BABc8AgBjRQIASLIFAE4FAgDmGAEAOxkBAGc4CwC8OAsAETkLAGY5CwAodwsAuEYBAA1HAQDuuQIAGo8BAG/eBwALkQ4ARw4AAE4FAgAodwsAfXcLANJ3CwAneAsAfHgLANF4CwAmeQsARw4AAFUAAAAj1AgACZsGANkmAAA5xQEAjsUBAOPFAQDZGA4ARw4AAHaHAgAsyQoAgckKABXjBwCrUwEAQlwMAAf2AgBCEQIA5hgBABXjBwA9GAAAt0gAAM2HAACySwIA5xIGAFX5BgAchQkATgUCAKMFAgD4BQIAOMcAALecAQBHDgAAjB4AAK3xCwDbxAoA4xoCABiMBgCySwIAzYcAAC11CABOBQIA3RcLAJmtDgDurQ4AQ64OAC11CAAH9gIASl4CAKH9CwD2/QsAS/4LAKD+CwAajwEAY5oCALiaAgANmwIAa5QAAM2HAADUxw4ATgUCAPmiDgBanAkAt0gAAE4FAgD5og4A2SYAAE4FAgDmGAEAFeMHAGrjBwA7GQEAFzwCAMCUAADmGAEATLIBAKGyAQBfSQIAaI8IACzJCgBv3gcATgUCAOMaAgDcdQMATgUCAGg2DABTng4AkhgAABFDAQAMSQAAYUkAAM+CAwBOBQIAKHcLALhGAQANRwEARVkMAJpZDADvWQwAQhECAJcRAgD5og4AEuANAOUODAA6DwwALMgLAIHICwBOBQIAowUCAPgFAgCm+AsA+/gLAFD5CwCl+QsA+vkLAE/6CwCk+gsA+foLACh3CwB9dwsAOW8CAAjsCwCMHgAA3RcLAJmtDgDurQ4AQ64OAE6xAAA+vwIA7lcPAEIRAgC/jAkAFI0JAKihCwD9oQsAUqILAPCuCwBFrwsAvTMPAGNFAgCtogUAnLEHAE4FAgAAAAAAgxsMAE4FAgC/jAkAzYcAAFOeDgBv3gcAt5wBAKBQDwBv3gcA3RcLAL2KDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDLMgIAB/YCAIwbAwDhGwMANhwDAPJfAwBHYAMAnGADAPFgAwBGYQMAaDYMALJLAgBoNgwAsksCAAAAAAAjJgwATgUCAG/eBwBPUgkABu0MAFvtDACw7QwABe4MAAf2AgDjGgIA3HUDALdIAAAsyQoABPkCACAtCADNhwAAOW8CAL+MCQDNhwAAksEBAE4FAgCjBQIA+AUCAE0GAgCiBgIAma0OAO6tDgBDrg4APRgAALdIAADNhwAABvgBAE4FAgDdFwsAma0OAO6tDgBDrg4AVfkGAFqcCQBwjwAA67wCACInDAALkQ4At0gAACzJCgAJmwYAt0gAACzJCgDNhwAAOW8CAGNFAgAiJwwAC5EOALdIAAAsyQoACZsGALdIAAAsyQoARw4AAL+UAQAUlQEAaZUBAL6VAQBO+wsAo/sLAE4FAgDjGgIA3HUDAE4FAgBUpAcAv5QBABSVAQBplQEAvpUBAFUAAAC4RgEADUcBAOYYAQBMsgEAzdkDAIweAADhHgAAY0UCADHNAQA5wQUACZsGALdIAADnEgYAVfkGAOYYAQAXjgUAGo8BAG+PAQBsPAIAIogAAGuUAADjGgIAzYcAACKIAABKXgIATgUCAOYYAQA7GQEARw4AAHaHAgBOBQIA2HMJAC10CQDPgwIADZEMAD0YAAC3SAAATgUCAMqFBQA+vwIAk78CAOi/AgA9wAIAt5wBAM2HAACSwQEAdocCAA2ZBAAodwsAuEYBAA1HAQBFWQwAmlkMAO9ZDABEWgwATgUCAMqFBQAfhgUA3mgOADNpDgCIaQ4A3WkOADJqDgCHag4ATgUCANPWAAAajwEAqvoFAAxJAABOBQIA3RcLAL2KDQASiw0AZ4sNAP/6BQDKhQUAH4YFACKHAQAxcgcAa5QAAEcOAADrvQEAyzICAOoGDwA/Bw8AQlwMAJdcDAAajwEAqvoFACzJCgBv3gcATgUCANPWAAAajwEAqvoFAAxJAABOBQIAyoUFAB+GBQAihwEAd4cBABuPAADjGgIAt0gAACzJCgDYcAwALXEMAGU4DQDZJgAAOcUBAI7FAQDjxQEA6GAMAD1hDACSYQwA52EMADxiDABV+QYAVfkGABLgDQBIVQ0A5xIGADwTBgCREwYAb94HAE4FAgD5og4AWpwJALdIAABOBQIAqKELAP2hCwD5og4A2SYAAGuUAABv3gcAC5EOAG/eBwBOBQIASFUNAOcSBgA8EwYAkRMGAOYTBgA7FAYAkBQGAKf5CQAzawwAiGsMAEcOAAB2hwIASFUNAOcSBgA8EwYAkRMGAG/eBwBOBQIA+aIOAFqcCQC3SAAATgUCAKihCwD9oQsAAfwCAAuVCgDyVQ0AgnEMANdxDAAscgwAgXIMANZyDAArcwwAgHMMANVzDAAqdAwAf3QMAB6ADABzgAwAyIAMAB2BDAAB/AIA5xIGADwTBgCREwYA5hMGADsUBgCQFAYAp/kJAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBoNgwA2SYAALdIAAAsyQoARQQMAEhVDQADmg0AaokMAOMaAgDjuA4AaDYMAFOeDgCong4AqKELAP2hCwBOog8Ao6IPAPiiDwBTng4ATrEAAGuUAAD5og4A2SYAAE4FAgDdFwsAma0OAO6tDgBDrg4ATgUCAHjRCwDN0QsAItILAHfSCwCLHQIAvYoNABKLDQDN2QMA3RcLAL2KDQASiw0AzdkDAHjRCwDN0QsA5xgAAN0XCwCZrQ4A7q0OAEOuDgCZrQ4A7q0OAEOuDgBrlAAAGo8BAO65AgB70AkATgUCABuPAABwjwAAHeEBAHLhAQDH4QEAHOIBAHHiAQDG4gEAG+MBAHDjAQAOkAwAY5AMALiQDABOBQIAG48AAHCPAADT1gAAgiYCANcmAgAsyQoAb94HAE4FAgDdFwsAvYoNAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANkmAAAuJwAAwJQAABbpAADO2QIAQhECAJcRAgBv3gcATgUCAHjRCwDN0QsAItILAHfSCwCLHQIAvYoNAPcGAgBMBwIAoQcCAPYHAgBOBQIAVKQHAI9kDABOsQAATrEAAGuUAABHDgAA09YAAIImAgAARw4AVUcOAHjRCwDN0QsAItILAHfSCwCLHQIAvYoNAPcGAgBMBwIAoQcCAPYHAgBLCAIAvYoNAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABBCAwAAAAAAPRgAABBCAwBlQgMASFUNAAOaDQBqiQwAyoUFAB+GBQB0hgUAyYYFAB6HBQBzhwUAIicMAHcnDACkUgkA+aIOAKr5BgD/+QYAKHcLABqPAQBvjwEAVKQHADhkDgCNZA4AOW8CANhzCQAtdAkAraIFAAKjBQCPZAwATrEAAE6xAABrlAAAa5QAAOMaAgDjuA4AaDYMAOMaAgC3nAEAraIFAJyxBwBOBQIAKHcLALhGAQANRwEAjboNAOK6DQA3uw0AjLsNAOG7DQD5og4A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAHjRCwAD+wEAAFMCAOcSBgBrlAAARw4AAE4FAgD5og4A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAHjRCwAD+wEAAFMCAD0YAACSGAAA+FUHAGuUAAC3SAAAEEMCAGVDAgC6QwIA8A4BAANOBAD5og4A4xoCADHNAQA5wQUACZsGALdIAABOBQIAHSwMAHIsDADHLAwAHC0MAHjRCwDN0QsA5xgAAGg2DACySwIAB0wCAFxMAgCxTAIABk0CAFtNAgCwTQIA5hgBABXjBwC3SAAADEkAADhmDABv3gcATgUCAKBQDwBv3gcATgUCAHskCwBV+QYAqvkGALdIAADnEgYAVfkGAByFCQAH9gIAG48AAHCPAADT1gAAKNcAAGw8AgDUxw4AXvYAAAj2AQB7JAsA0CQLAPmiDgAchQkATgUCAGg2DACeWwYAeyQLAD0YAACSGAAA+FUHAGuUAAB7JAsA0CQLAO65AgBDugIAmLoCAO26AgCooQsA/aELAMSPAQBV+QYAEuANAJ9eAgDT1gAAGo8BAKr6BQAMSQAAazoFALKXCwC3SAAADEkAANx1AwAsJwIAgScCANYnAgArKAIAgCgCAKMFAgD4BQIALXUIAEcOAAB40QsAEEIDAGg2DABWmw4Aq5sOAACcDgBVnA4AqpwOAG+PAQBCEQIArJwMANkmAAAuJwAAwJQAAGNFAgA9GAAATrEAAGuUAADZGA4AujYPAGg2DACTtA0AR1oJABuPAADNhwAALXUIACwnAgCBJwIAYjkPALc5DwAFQQ8AWkEPAK9BDwAEQg8AWUIPAK5CDwADQw8ADZkEAKihCwAb2QsAcNkLAHjRCwDN0QsAItILAHfSCwB7JAsAt0gAAGs6BQCylwsAa5QAAHskCwDZJgAAOcUBAC11CABHDgAAjB4AAHskCwDHgQwAazoFALKXCwC3SAAADEkAANx1AwDM0gsA+AUCAC11CABHDgAAItsCAAf2AgAH9gIAGDEMAG0xDADCMQwAFzIMAGwyDAB5JQwAziUMAPmiDgAXPAIATgUCAHjRCwBrlAAAzYcAADlvAgBOBQIA3RcLADIYCwBv3gcATgUCAPmiDgDZJgAATgUCAKihCwD9oQsA2sAPAAufAAAiJwwAC+wIAGuUAABHDgAATgUCAHjRCwDN0QsAItILAHfSCwCLHQIAvYoNABKLDQDN2QMAaDYMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAgMwIAspcLAAeYCwBcmAsAsZgLAAaZCwBbmQsAsJkLAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAB/AIA5xIGADwTBgCREwYAb94HAE4FAgD5og4AWpwJALdIAABOBQIA09YAAIImAgAajwEAqvoFAOcSBgBvjwEAQhECAE4FAgCjBQIAwTIMABc8AgBOBQIA+aIOAKr5BgD/+QYADEEIAGFBCAC2QQgAC0IIAGBCCADAlAAAFukAAM7ZAgAdKw0AcisNAMcrDQAcLA0AcSwNAMYsDQAbLQ0AcC0NAMUtDQAaLg0Aby4NAMQuDQAZLw0Abi8NAMMvDQAYMA0ABPkCAI8XBADkFwQAORgEAI4YBADjGAQAOBkEAI0ZBADiGQQANxoEAIwaBADhGgQANhsEAIsbBADgGwQANRwEAAT5AgCPFwQA5BcEADkYBACOGAQA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQA4BsEADUcBABCEQIAQhECABc8AgBjRQIAQhECANvECgCySwIALMkKAGuUAADAlAAAFukAAM7ZAgBVAAAA/6AKAFShCgC3SAAAnVUNAPJVDQDYbw0ALXANACR4DgB5eA4AzngOACN5DgBHDgAATgUCAKMFAgD4BQIATQYCAKIGAgDYcwkALXQJAEcOAADoYAwAt5wBALdIAABOBQIAVKQHAI9kDAAkeA4AeXgOAM54DgAjeQ4AAAAAALQ+DQBOBQIAowUCAPgFAgBNBgIAWPELAN0XCwCZrQ4A7q0OAEOuDgAchQkAa5QAAFSkBwCMHgAA+0wNAFBNDQClTQ0ATgUCAPmiDgBIVQ0AnVUNAKFRDQD2UQ0AS1INAKBSDQD1Ug0ASlMNAE4FAgD5og4At5wBALecAQCgUA8ACZsGALdIAADnEgYAb48BAP8AAAAffQ4ARw4AAE4FAgCcAA4ACT8NALdIAAAbjwAAVQAAAE6xAACjsQAAL3kCAIR5AgDZeQIA5hgBADsZAQBnOAsAvDgLABE5CwBmOQsAzYcAADlvAgBv3gcAC+wIANPWAAA9GAAATrEAAKOxAAAveQIAhHkCANl5AgC3SAAALMkKANhwDABQowwApaMMAPqjDABPpAwApKQMAPmkDACMHgAARw4AAAAAAAAAAAAAAAAAAMqFBQAfhgUAdIYFAOxbDQBBXA0AllwNAEcOAACcDgAAt5wBAKBQDwDLMgIAt5wBAAydAQBH/w4Ab48BANkmAADT1gAAgiYCALaQDgDqBg8AwJQAABbpAADO2QIAb94HAAuRDgDjGgIAOBsCAMY3AgBrOgUAWUUMAK5FDADuuQIAQ7oCAJi6AgBtOQQAb94HAMTeBwBZ7Q4A5xIGAFX5BgAchQkATgUCANPWAACCJgIAtpAOABBCAwBvjwEAQhECACInDAALkQ4AYJEOALWRDgAKkg4AX5IOALSSDgAJkw4A5xIGAFX5BgAchQkATgUCANPWAACCJgIAtpAOABBCAwBvjwEAQhECAFSkBwCPZAwAGo8BAKr6BQAsyQoA2HAMAAf2AgBIVQ0AnVUNAPJVDQDYbw0ALXANAIJwDQDXcA0ALHENAKMFAgD4BQIATQYCAKIGAgDKfQ0ACZ0EAF6dBAD9TAsAspcLADjABwAL7AgAWpwJALdIAABOBQIAAAAAAAuRDgDAlAAAFukAAGvpAAAAAAAAAAAAAFSkBwCPZAwAGo8BAKr6BQAsyQoA2HAMALScBAC9NQ0AEjYNAAs8DgCjBQIApfwIAPr8CABP/QgAAAAAAHKADQBCvAEA2SYAADnFAQCOxQEAaOoCAAf2AgDdFwsAvYoNAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAxGAwAhhgMANhzCQAtdAkAMc0BADnBBQAJmwYAt0gAAOcSBgBV+QYAHIUJAE4FAgCooQsA/aELAKtTAQBCXAwAl1wMAOxcDABBXQwAll0MAOtdDABAXgwAlV4MAOpeDAA/XwwAaDYMAJ5bBgB40QsAzdELAPhVBwDZGA4A8GICAEVjAgCaYwIA72MCAE4FAgDdFwsAvYoNABKLDQBniw0A//oFAMqFBQAfhgUAIocBAHeHAQBBsA4A5hgBABeOBQAajwEAb48BABBCAwBvjwEAQhECAE4FAgCooQsA/aELAJivDQDtrw0AyX0OAB5+DgDEOQIAQrANAA2ZBAAAAAAATgUCABuPAABwjwAAghwMANccDAAsHQwAgR0MANYdDAArHgwAgB4MANUeDACZrQ4A7q0OAEOuDgDjGgIA47gOALdIAADT1gAAa5QAAGuUAAA9GAAATgUCAEhVDQCdVQ0A8lUNAFUAAACqAAAA/wAAAA2ZBACYrw0A7a8NAA2ZBAC3SAAAxDkCAEKwDQANmQQAAAAAAE4FAgBIVQ0AaDMPABqPAQDN2QMAItoDAHfaAwCdVQ0A8lUNAIJxDADXcQwALHIMAIFyDADWcgwAK3MMAIBzDADVcwwAKnQMAH90DAAegAwAc4AMAMiADAAdgQwAcoEMAEpeAgCh/QsAb94HAD0YAABfSQIA1McOAPgDBADfHgIANB8CAF72AAAI9gEA5L8GAD6/AgCTvwIA6L8CACKIAAAXPAIAtEIJAEcOAADrvQEAb48BABBCAwDN2QMA3x4CAPX+CwBv3gcATgUCAKihCwD9oQsAt0gAACzJCgDYcAwALXEMAKr5BgD/+QYADEEIALdIAAAQQwIA+aIOAByFCQBOBQIAVKQHAIweAAD7TA0AUE0NAKVNDQDVKAIAzYcAAC11CACCdQgA13UIAMqFBQA+vwIAk78CAOi/AgDjGgIAzYcAACKIAAC3nAEAzYcAAEpeAgD/ngwAVJ8MAKmfDAD+nwwAU6AMAKigDADYcwkAspcLAPhZAwBNWgMARQQMABbpAACylwsAVQAAALdIAAAsyQoAAAAAAAAAAAAAAAAA4xoCAOO4DgDZJgAAwTIMABc8AgBjRQIAaDYMAC11CACCdQgATAkAAKEJAAAdLAwAOGYMAI1mDADNhwAA2SYAALdIAAAsyQoARQQMAE4FAgBoNgwALXUIAIJ1CABMCQAAoQkAAB0sDAA4ZgwAjWYMAN0XCwDNhwAAIogAACAtCABMCQAAoQkAAB0sDAA4ZgwAjWYMAN0XCwDNhwAAIogAACAtCABMCQAAoQkAAB0sDAA4ZgwAjWYMAG05BABvjwEAv5QBAG+PAQAj1AgAS6YOAKCmDgD1pg4ASqcOAAAAAACjBQIA+AUCAE0GAgBu2Q0Aw9kNAE4FAgBIVQ0AnVUNAPJVDQALPA4ASl4CAAAAAABOBQIASFUNAJ1VDQDyVQ0ACzwOAFSkBwCPZAwAGo8BAKr6BQAsyQoA2HAMACh3CwB9dwsA/UoNAKMFAgD4BQIATQYCAMqFBQA+vwIAKNUCAE6xAABrlAAADO0GALecAQCgUA8Ab94HAK+YDQAEmQ0AWZkNAK6ZDQADmg0AWJoNACInDADHfg8AHH8PAGw8AgCySwIA5xIGAFX5BgAchQkA1SgCAOYYAQBHDgAASFUNAJ1VDQDyVQ0ACzwOACh3CwB9dwsA/UoNAKMFAgD4BQIATQYCAFSkBwCPZAwAGo8BAKr6BQAsyQoA2HAMAMsyAgDLMgIAU/QNAE4FAgCjBQIA+AUCAE0GAgCiBgIAma0OAO6tDgBDrg4AowUCABc8AgC0QgkA5hgBAPmiDgAS4A0AqKELAEIRAgA9GAAAkhgAABc8AgBjRQIASLIFAE4FAgAbjwAAcI8AADMWDACIFgwA3RYMADIXDACHFwwA3BcMABqDDQD79g0AUPcNAKX3DQC0Pg0AIN4BAPtMDQBQTQ0ApU0NAE4FAgAdLAwAOGYMAI1mDAChUQ0A9lENAEtSDQCgUg0A9VINAEpTDQBOBQIAHSwMADhmDACNZgwAzYcAACKIAAAgLQgATgUCAFSkBwCMHgAA+0wNAFBNDQClTQ0ATgUCAB0sDAA4ZgwAjWYMAEhVDQCdVQ0AoVENAPZRDQBLUg0AoFINAPVSDQBKUw0ATgUCAB0sDAA4ZgwAjWYMAAAAAAAG+AEAt0gAABuPAAAXPAIAY0UCANkYDgBVAAAAqgAAAIwbAwDhGwMANhwDAIscAwDdFwsAvYoNAPcGAgBMBwIAoQcCAPYHAgBLCAIA7RACANhzCQCylwsAyoUFAB+GBQB0hgUAeNELAF9JAgC0SQIAAAAAANkYDgAuGQ4AXZQOALKUDgAHlQ4AXJUOAFjxCwAodwsAfXcLAP1KDQAH9gIAW5YOALCWDgAFlw4AB/YCAE4FAgAbjwAAcI8AABBCAwCq+gUA//oFADHNAQB+Hg4AVQAAABqPAQCq+gUALMkKAEUEDADuuQIAGo8BAG+PAQD4WQMAzYcAAG0wDQB4fQoAKHcLALecAQDNhwAAsksCANkmAADBMgwAFzwCAOYYAQBOBQIAVKQHAI9kDAAajwEAqvoFACzJCgCylwsAB5gLAE4FAgCjBQIApfwIADy2DQCRtg0A5rYNADu3DQCQtw0A5bcNADq4DQBoNgwA2SYAALdIAAAsyQoARQQMAGffDgC83w4AEeAOAGbgDgC74A4AEOEOAAjsCwBOBQIAowUCAMEyDAAWMwwAazMMAFSkBwCvmA0ABJkNAFmZDQCumQ0AOGQOAI1kDgA5bwIAt0gAACzJCgBoNgwA4xoCAFX5BgAXPAIAt0gAACzJCgCPZAwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAA+0oPAPgFAgBNBgIAogYCAGU4DQC6OA0ADzkNAMEyDAAWMwwAazMMAFSkBwCvmA0ABJkNAFmZDQCumQ0AOGQOAI1kDgA5bwIAt0gAACzJCgBoNgwA4xoCAFX5BgAXPAIAt0gAACzJCgCPZAwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAA+0oPAGQ5DQC5OQ0ADjoNAJLBAQBOBQIAAAAAAE4FAgCjBQIA+AUCAE0GAgDlDgwAOg8MAAAAAADYcwkAspcLAAeYCwAH9gIA3RcLAAztBgBh7QYA1McOAPgDBACMHgAAb94HAAf2AgAajwEAb48BANkmAADBMgwAztkCAGjqAgC96gIASFUNAJ1VDQDyVQ0ACzwOAGA8DgBSSg4Ap0oOAPxKDgCjBQIA+AUCAE0GAgDlDgwAOg8MAN0XCwCZrQ4A7q0OAEOuDgCiBgIAyn0NAAmdBABenQQAo/wKAL2KDQAA8A8AVfAPAKrwDwD/8A8AKHcLALecAQCgUA8AzYcAAJLBAQCMHgAA2HMJAC10CQCCdAkADUYCANkYDgAg3gEAdd4BAEK8AQC/jAkA9f4LAAztBgCCJgIAtpAOABBCAwBvjwEAQhECAGjqAgC96gIASFUNAJ1VDQDyVQ0ACzwOAGA8DgBSSg4Ap0oOAPxKDgB2hwIAy4cCAFOeDgBv3gcAxN4HADlvAgBv3gcA1SgCAFX5BgBanAkAa5QAAMCUAAAW6QAAztkCAH/UAQDU1AEAt5wBAKBQDwC3SAAALMkKAEhVDQDNhwAAksEBAJivDQAajwEAY5oCAG/eBwBOBQIAowUCAPgFAgBNBgIAogYCAFSkBwCPZAwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAA+0oPANB3DQAleA0AengNAM94DQAkeQ0A2RgOAC4ZDgCDGQ4AOGQOANVxDgAqcg4Af3IOANRyDgDOeQ0AI3oNAHh6DQBOBQIATgUCAAf2AgDmGAEA5hgBABeOBQA5bwIA3HUDAE4FAgAG+AEAW/gBALD4AQAF+QEAWvkBAK/5AQA9GAAAa5QAALdIAAA8wgEAb94HAFUAAAAj1AgAb94HALdIAADNhwAALXUIAE4FAgBIVQ0AnVUNAPJVDQALPA4A+AUCAE0GAgCiBgIAVKQHAI9kDABOsQAATrEAAGuUAABHDgAA670BANkmAAD7Sg8A09YAAIImAgAARw4Aa5QAAMCUAABjRQIASFUNAJ1VDQDyVQ0ATrEAAM2GAQB/1AEA1NQBALecAQCgUA8At0gAAEhVDQCdVQ0A8lUNAGg2DABWmw4Aq5sOAACcDgBVnA4AqpwOAP+cDgBUnQ4AqZ0OAAf2AgAAAAAAAAAAABqPAQDN2QMAmK8NADlvAgBrlAAAVQAAALhGAQBjRQIAz4MCAD6/AgCySwIALMkKAE6xAAAAAAAAujYPAKMFAgD4BQIATQYCAKIGAgA4xgEAXzwPAK+YDQAEmQ0AWZkNAK6ZDQAH9gIAowUCAPgFAgBNBgIA5Q4MADoPDADdFwsAma0OAO6tDgBDrg4AksEBAOfBAQA8wgEAkcIBAObCAQA7wwEAkMMBAEcOAAAsJwIAPRgAAE4FAgDdFwsAma0OAO6tDgBDrg4A+aIOADFyBwCGcgcA23IHADBzBwCFcwcA2nMHAC90BwBV+QYAt0gAAAxJAABhSQAAz4IDAE4FAgDdFwsAma0OAO6tDgBDrg4APRgAAG/eBwBPUgkAb48BAEIRAgAH9gIA3RcLAL2KDQCcqg4A8aoOAEarDgCbqw4ARw4AAM2HAABzhgYAVQAAALecAQDjGgIAVfkGABc8AgBKXgIAn14CAMCUAAAW6QAAztkCALdIAAAQQwIAZUMCALpDAgCdAA0AnQANAPAOAQBrlAAAwJQAABbpAADVKAIAKikCAH8pAgDUKQIAKSoCANUoAgDZJgAAOcUBAI7FAQAsyAsAgcgLAAAAAAAB/AIAC5UKAPJVDQAefw0A+AUCAE0GAgCiBgIALCcCACwnAgBrlAAAzYcAAFOeDgBOsQAAFzwCAGNFAgCtogUAsksCAOcSBgBV+QYAHIUJAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4XMAALJLAgDnEgYAzdkDANkmAACl/AgAa5QAAG/eBwBv3gcAC5EOAGCRDgAj1AgAS6YOAKCmDgALkQ4APRgAAE6xAADcdQMAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBVAAAAVQAAALecAQBtOQQATrEAAD6/AgCySwIA5xIGAFX5BgAchQkATrEAAM2GAQCisAIAZ98OACzJCgCrUwEAyNYLAB3XCwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAPRgAAJIYAAD4VQcAt0gAAGs6BQBZRQwA5mwCAEcOAAC/lAEAa5QAAD0YAAC3SAAATrEAAM2GAQCisAIAQroDAJe6AwDsugMAQbsDAJa7AwDruwMAQLwDANseBgAwHwYAhR8GANofBgAvIAYAhCAGANkgBgAuIQYAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAsyQoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALdIAADNhwAAGo8BAG+PAQBrlAAAwJQAALecAQDNhwAAOMcAAHCPAAAzFgwAIC0IAHUtCACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAbTkEAG+PAQAQQgMAqvoFAOcSBgDNhwAALXUIAG05BADwYgIAzYcAALJLAgDnEgYAVfkGAByFCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALJLAgDNhwAAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAFzwCAGNFAgBHDgAAnA4AAFqcCQAXPAIATrEAAGuUAADZJgAAOcUBAI7FAQAsyAsAgcgLAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAQhECAHh9CgDNfQoAMc0BAG/eBwDjGgIATrEAAE6xAADNhgEAorACAEK6AwCXugMA7LoDAEG7AwCWuwMA67sDAEC8AwDbHgYAMB8GAIUfBgDaHwYALyAGAIQgBgDZIAYALiEGABqPAQBjmgIAuJoCAA2bAgBimwIAt5sCAAycAgBHDgAAdocCAMuHAgCySwIALMkKAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAM8kDAAkJQwAa5QAAKtTAQAA8A8AVfAPAKrwDwD/8A8AVPEPAKnxDwD+8Q8Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAzyQMACQlDABOsQAAzYYBAH/UAQDU1AEAt5wBAKBQDwC3SAAA5xIGAFX5BgAchQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAzyQMACQlDADnEgYAPBMGAJETBgDmEwYAOxQGAJAUBgDlFAYAy30MACB+DAB1fgwAyn4MAB9/DAB0fwwAyX8MAP5VAQDPJAwAJCUMABuPAABwjwAAMxYMACAtCAB1LQgAyi0IAB8uCAB0LggAyS4IAE9SCQBV+QYAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAzyQMACQlDABHDgAAbeQDAMLkAwCgUA8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDPJAwAJCUMAPgDBABNBAQAogQEAPcEBABMBQQAoQUEAPYFBABLBgQAoAYEAPUGBABKBwQA/lUBAM8kDAAkJQwA2SYAALecAQDcdQMA09YAAIImAgDcdQMARw4AAG3kAwDC5AMAoFAPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAzyQMACQlDACbCwQA8AsEAEUMBACaDAQATgUCAAf2AgAMSQAAvDQPABE1DwBmNQ8AFzwCALRCCQDT1gAAgiYCAOMaAgC3nAEATgUCAN0XCwC9ig0A9wYCAEwHAgChBwIA9gcCAEsIAgAAAAAATgUCANhzCQAtdAkAz4MCAA2RDABikQwAt5EMAAySDABUpAcAl7ANAOywDQBBsQ0AlrENAOuxDQBAsg0AVKQHAJewDQDssA0AQbENAJaxDQDrsQ0AQLINAN0XCwC9ig0A9wYCAEwHAgChBwIA9gcCAEsIAgDZGA4AujYPAGg2DACTtA0AR1oJABuPAADNhwAAaDYMAJO0DQBHWgkAG48AAM2HAAAtdQgATgUCANkYDgC6Ng8ADzcPAGQ3DwC5Nw8ADjgPAGM4DwC4OA8ADTkPABuPAAC3nAEAt5wBAE4FAgAiJwwAdycMAMwnDAAhKAwAt48OAG+PAQBCEQIATgUCAKihCwCq+gUALMkKAIHJCgBHDgAAa5QAANkmAAC3SAAATgUCAMqFBQAfhgUAdIYFABgvDgBtLw4Awi8OABcwDgBCEQIAv4wJABSNCQBOBQIAyoUFAB+GBQB0hgUAGC8OAG0vDgDCLw4AFzAOADjHAABHDgAAjB4AAG/eBwBOBQIA4xoCANx1AwAH9gIAIN4BAA83DwAyGAsAb94HAE4FAgD5og4A2SYAAE4FAgCooQsA/aELAD0YAABrlAAAwJQAAE4FAgDdFwsAvYoNAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQBUpAcAOGQOAI1kDgAgiAIAdYgCAE4FAgBIVQ0AazoFAFlFDACuRQwAA0YMANkYDgAuGQ4A2RgOAC4ZDgCDGQ4A2BkOAMqFBQA+vwIA7lcPAENYDwCYWA8A7VgPAEJZDwCXWQ8A7FkPAEFaDwDZGA4ALhkOAGg2DADjGgIAVfkGAO65AgB70AkA3RcLAL2KDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAIImAgAARw4AVUcOAEhVDQBoMw8AYUkAAGyQAwB3JwwAFzwCAGNFAgDPgwIAt0gAAE4FAgDKhQUAPr8CAO5XDwBDWA8AmFgPAPmiDgDZJgAATgUCAEhVDQBoMw8AYUkAAKMFAgDBMgwAt5wBALecAQAMnQEA09YAABqPAQBvjwEAQhECAE4FAgDdFwsAvYoNAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABuPAAAXPAIAt48OAG+PAQBCEQIATgUCAB0sDAByLAwAU54OAG/eBwC3nAEAbTkEAG+PAQBCEQIATgUCAPmiDgDZJgAATgUCAEhVDQBoMw8AYUkAANprDwAvbA8AhGwPANlsDwAubQ8Ag20PANhtDwAtbg8Agm4PANduDwAsbw8AgW8PANZvDwAsJwIAgScCALuLDgBTng4AkhgAABFDAQAMSQAAYUkAAM+CAwBOBQIA3RcLAL2KDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA+aIOADFyBwCGcgcA23IHADBzBwCFcwcA2nMHAC90BwDkZAwAOWUMAI5lDADjZQwAB/YCAAAAAAAAAAAAAAAAAE4FAgB40QsA2sAPAC/BDwCEwQ8AqKELAP2hCwBOog8Ao6IPAPiiDwBNow8AoqMPAGg2DACcsQcAb94HANx1AwDNhwAAOW8CAD0YAABOBQIAaDYMAJyxBwBv3gcAKHcLAD0YAADawA8AL8EPAITBDwCooQsA/aELAE6iDwCjog8A+KIPAE2jDwCiow8AaDYMAJyxBwBv3gcARw4AAHaHAgDLhwIALXUIAIJ1CABCEQIAeH0KAOYYAQBOBQIAqKELAP2hCwBOog8Ao6IPAPiiDwBNow8AoqMPAOMaAgA4GwIAEJQGAOu8AgC3nAEAoFAPAKihCwD9oQsATqIPAKOiDwD4og8ATaMPAJcRAgBOBQIAQhECAHh9CgDNfQoAeNELANrADwAvwQ8AhMEPAKihCwD9oQsATqIPAKOiDwD4og8ATaMPAKKjDwBVAAAAuEYBAA1HAQDuuQIAGo8BAG/eBwALkQ4AwJQAAAjsCwB2hwIAazoFAFlFDACySwIALMkKAEIRAgDcdQMAB/YCAJsLBADwCwQARQwEAJoMBADT1gAAGo8BAKr6BQAMSQAATgUCAN0XCwC9ig0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgBIVQ0AA5oNAGqJDADYcwkALXQJAMCUAACylwsAB5gLAE4FAgAodwsAfXcLAP1KDQBVAAAA5hgBAE4FAgDdFwsAma0OAO6tDgAAAAAAQ64OAN5oDgAR6gQAF44FAFOeDgBv3gcATgUCAKMFAgD4BQIATQYCAKIGAgDT1gAAGo8BAKr6BQAMSQAATgUCAN0XCwC9ig0AEosNAGeLDQD/+gUAyoUFAB+GBQAihwEAgxsMANgbDADYGwwAApsNAEK8AQCmpQkA+6UJAFCmCQCiTw4A908OAFUAAAC4RgEADUcBAEVZDACaWQwA71kMAERaDABOBQIAyoUFAB+GBQDeaA4AM2kOAIhpDgDdaQ4AMmoOAIdqDgBtOQQArJwMAAGdDAAJmwYA3HUDAE6xAACjsQAAXO0LALHtCwAG7gsALMgLAIHICwBrlAAAwJQAABbpAADO2QIAQhECAJcRAgDNhwAAaDMPAGFJAADPggMAJIMDAGg2DAC9NgwAEjcMAEhVDQCdVQ0A8lUNAB5/DQD4BQIATQYCAOUODAA6DwwAA5oNAGqJDABUpAcAjB4AAGuUAABIVQ0AaDMPAGFJAACjBQIA+0oPAFBLDwClSw8A+ksPAFSkBwA4ZA4AjWQOACCIAgB1iAIATgUCAEhVDQBrOgUAWUUMAK5FDADYcwkALXQJANkYDgAXPAIAspcLAAeYCwBOBQIA5hgBABeOBQDuuQIAe9AJAMEyDAAXPAIATgUCAOYYAQA7GQEAFzwCAGNFAgCooQsA/aELANkmAADBMgwAFzwCAOYYAQAXjgUAsksCAOcSBgBV+QYAa5QAAAmbBgCKbwYAt0gAAOcSBgBV+QYAHIUJAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAMEyDAAXPAIATgUCAEhVDQDNhwAAksEBAGgzDwBhSQAAz4IDACSDAwBshQ4Aa4YOAMCGDgAVhw4AowUCAPgFAgBNBgIAbtkNAMPZDQBOBQIASFUNAJ1VDQDyVQ0AKcsLAH7LCwDTywsAKMwLAH3MCwDSzAsAJ80LAHzNCwAo1AMAfdQDAN5oDgAzaQ4AGOUCAG3lAgCgUA8A58EBAHgiEADNIhAAdocCANx1AwDcdQMAQL4BAE1NEADHfBEAb94HABc+AAAiIxAAdyMQAE1NEAA/BhAAX0sAAK3rEQDHfBEAb94HAMd8EQDHfBEAb94HAE1NEAB/bxEAx3wRAK3rEQBCEQIA4R4AAPAOAQCt6xEA8A4BAP1HEAD9RxAAb94HAAuRDgDgHwAA8A4BAOLHAABIsgUA7wAQAO8AEADHfBEASLIFAMd8EQD7TA0AfR0QANIdEABHqBAAeCIQAM0iEABP9RAAresRAEwJAABNTRAAfR0QANIdEADwDgEALBkQAPdMEQBMTREA4GQQAEIRAgD9RxAApEsQAPlLEAB4IhAAzSIQAPvzEADmGAEAujYPAP1HEADPIBAA/UcQAByFCQCaqREAR6gQAE1NEACFFBEAx3wRAEwJAABMCQAAaDIQAL0yEAASMxAAresRAEcOAADJJhAAHicQAMkmEAAeJxAA1HAQAK3rEQBqiQwAaOoCAG/eBwAgLQgAb94HAGgyEAC9MhAAEIkRAPAOAQBoMhAAvTIQABCJEQDhHgAAeCIQAM0iEAAJSgIATgUCABvZCwBNTRAAB/YCALdIAAD9RxAAY5oCAG/eBwBNTRAAaz0CAMkmEAAeJxAA/UcQAB8mEAB0JhAAySYQAGA5EQDJJhAAYDkRAP5FEQD9RxAAYzcQAGczEAC8MxAALBkQAGczEAAAAAAATgUCAGgyEAC9MhAAaDIQAL0yEABoMhAAvTIQAHMnEABHqBAAxdMRABrUEQDLMgIAHyYQACwZEADJJhAAHicQAMsyAgBv3gcATgUCAK3rEQBOBQIAbtURAMItEAC+2hEATU0QAE1NEAANmQQADZkEAA2ZBAAH9gIALXUIAOO4DgCtngkA47gOABcwDgAXMA4At0gAAAeXDABVRBEAXvYAAEcOAABHDgAACTwQAGY1DwBe9gAA/UcQAEcOAABmNQ8A/UcQAP1HEAD9RxAA/UcQAP1HEAAsGRAALBkQAP1HEAD9RxAA/UcQAP1HEAD9RxAA/UcQACwZEAAsGRAALBkQAP1HEAD9RxAA/UcQACwZEAAsGRAAA0IQACwZEAAsGRAA/UcQAE4FAgBOBQIA/0UQAB7VDABOBQIAresRABc8AgCmpQkATgUCAEcOAABHDgAA/UcQAP1HEAC3nAEAvtoRAGgyEAC9MhAAB/YCAE1NEACt6xEARw4AAFBKEABOBQIA6b4CAIweAADcdQMAv4wJAD0YAABv3gcAtUIIAG/eBwDUbxEATU0QAN+5EQC+2hEARw4AAJBtAgDT1gAA09YAANPWAACt6xEA09YAALZHAgDUxw4AresRAJBtAgCt6xEA72MCAB57EQDbaBEAMGkRAJ5REACt6xEAwdcRABbYEQB23AIA8A4BAK3rEQBblQ8ATAkAAK3rEQBVAAAAPRgAAAuRDgA/BhAA3HUDALk1EQBVAAAAHnsRAEwJAABMCQAATAkAAEv5EABNTRAAPwYQAHaHAgDcdQMA510QACPZAwCRwAMAiRARAGmMCgAC7BEAnLEHACwZEAD3TBEATE0RACR1EQCUvQMAaDIQAL0yEAAQiREAKXEQACwZEACt6xEAx4gFAJW8AwD2oxAALBkQAP1HEAD9RxAAaDIQAL0yEAD9RxAApEsQAPlLEACcDgAATU0QAE/9CACgUA8ATU0QAAk7EQAJOxEATU0QAJ5QEQCnSBAAUv8DAE1NEADfZRAASLIFAK3rEQBOBQIAPwYQAK3rEQBOBQIATU0QAL7aEQCkSxAA+UsQAE4FAgDIhwUAISMRAHskCwCt6xEAkBQGAK3rEQCn+QkAaYYQAOAfAABNTRAA32UQADRmEADqBBEAresRAHaHAgCgUA8ATU0QAH9vEQBe9gAAISMRAPajEABmOQsA97IAAOMaAgAsGRAA90wRAExNEQBoMhAAUkcRALQ+DQCk9RAAPwYQAEcOAADwDgEAgG8QAKjxEAD98RAA6gQRALdIAAAsGRAA90wRAExNEQAkdREAeXURAOoEEQC3SAAA6gQRALdIAACJERAAH3sQAK3rEQBOBQIAresRAE4FAgBNTRAAf28RAEeoEABNTRAAjGMQAOFjEAA2ZBAArewQAE4FAgBqiQwAFIYQAE1NEAD9RxAApEsQAPlLEAC8iBAA9q4FAD8GEACaqREAcNkLAALsEQD9RxAAAuwRAP1HEAAElhAAWZYQAK6WEACMYxAA4WMQADZkEACLZBAA8/sQAASWEABZlhAArpYQAIkREAD8/gQALBkQAPdMEQBMTREAJHURAHl1EQBNqAoAresRAHaHAgDcdQMAresRACEjEQA/BhAADZkEAJW8AwAsyQoA/UcQAKRLEAD5SxAAPwURAOAfAAAsGRAA90wRAExNEQCt6xEAB/YCACR1EQB5dREAfHoJAOoEEQC3SAAAW5QQALCUEAAFlRAAznURAJAUBgBblBAA/UcQAOlaEQAsGRAAAuwRAP1HEACkSxAAAuwRAKBQDwBOBQIAvtoRAKRLEAD5SxAAz38GAE1NEAB/bxEAresRAMAzDABNTRAAresRAA1CBgB7cxEALBkQAALsEQDJJhAAHicQAG/eBwD49hAABJYQAFmWEACulhAAvtoRAKRLEAD5SxAA510QAHaHAgCgUA8Ae3MRAK3rEQCgUA8ATgUCAF86EQBv3gcA7rkCAHtzEQDQcxEAJXQRAIkREADwDgEATU0QAK3rEQADmg0APwYQAAjsCwAsGRAAe3MRACwZEAB7cxEA/UcQAALsEQAC7BEAAuwRAP1HEACkSxAA+UsQAIxjEADhYxAANmQQAC0XEQDOdREAI3YRACEjEQDgHwAAi2QQAH5xEAB7cxEA0HMRACV0EQB6dBEAvtoRAKdIEACn8REA2GwQAC1tEACn8REAW5QQAHtzEQAsGRAA90wRAExNEQAsGRAA90wRAExNEQCt6xEA8lERAEUEDACt6xEAoFAPAK3rEQBRpwcAPwYQAE4FAgBIsgUA8A4BAE1NEACeUBEAp0gQAK3rEQAAAAAAb94HAAAAAABX7BEATU0QAJ5QEQCnSBAAresRAAAAAABv3gcAAAAAAK3rEQCt6xEAdocCAK3rEQB2hwIAresRAHaHAgBX7BEAresRAAk7EQAC7BEA/UcQAP1HEACkSxAA+UsQAE1NEAAAAAAAf28RAGqJDAAsGRAA90wRAExNEQDsWBAAresRAB57EQC3SAAA7AIRAFJHEQCcsQcA9E8RAElQEQAQiREA3HUDAHtzEQDQcxEAJXQRAE1NEABNTRAA/UcQAKRLEAD5SxAAjBUJAAAAAAAd0hAActIQAMfSEAC1QggA6VoRAD5bEQCTWxEAresRAIkREABFBAwAQrsCAKBQDwBNTRAAresRALk1EQA5EgoAiREQAK3rEQAchQkAR6gQAGgyEAC9MhAAySYQAB4nEAAsGRAA90wRAExNEQD4WQMATU0QAK3rEQBAvAMA/UcQAP1HEACkSxAA+UsQAG/eBwDgHwAA/UcQAKhGEQD9RxAApEsQAPlLEABn3BEAAAAAACwZEAD3TBEATE0RAE1NEADfZRAANGYQAD8GEABNTRAAvo0JACEjEQA/BhAAkBkBAAAAAACt6xEAISMRAD8GEACQGQEAZOAQACwZEAD3TBEATE0RAJ5QEQCnSBAAresRAE1NEAD9RxAApEsQAPlLEACt6xEA3HUDAB8lEQBOBQIABOsQAP1HEABe9gAA4hQJALdIAADfuREA3HUDAEiyBQCt6xEAwJQAAAk7EQD4WQMAoaMQAE4FAgBOBQIATU0QABCJEQAT2xEA8A4BAEeoEABOBQIA+/MQAKr6BQDfZRAANGYQAKGjEABvjwEAZOAQALngEAAO4RAAb94HAAAAAAAAAAAAAAAAAK3rEQAhIxEAAAAAAAAAAAAAAAAA+/MQAJz9EAC3SAAATgUCAPAOAQCt6xEAHnsRACEjEQBv3gcA/UcQAPajEAD2oxAA/UcQAKdIEABo6gIAYeIRAPdMEQBMTREAJHURAHl1EQCaqREAvtoRAKdIEAANmQQALBkQAIEZEAANmQQAa5QAALdIAADxsQcAresRAM2HAADxsQcAAuwRAJcCEQChoxAAaDIQAL0yEABzJxAA32UQADRmEAC3SAAAt0gAAGmGEABCvAEA6VoRAD5bEQCTWxEA6gQRAK3rEQDcdQMA/UcQAK3rEQBAvAMA0nERAE4FAgD9RxAApEsQAPlLEAA5CxEAjgsRAA2ZBAANmQQAresRAEC8AwBAvAMAyIcFAF86EQA/BhAAAAAAAK3rEQCt6xEAa5QAAE1NEABAvAMA8lERAE4FAgCt6xEAhRQRAEwJAABt3QoAQhECANYYEQArGREAVQAAAFUAAACQFAYATU0QAE4FAgCt6xEAresRAD0YAAAsGRAA90wRAExNEQBPoBAAwDMMAJS9AwD9RxAApEsQAPlLEADZGA4AaDIQAFJHEQC1OREAhRQRAByFCQCFFBEAhRQRAG/eBwA9GAAAaDIQAFJHEQC9MhAALBkQAE1NEACFFBEA2hQRAC8VEQCaqREAeh8RAKRKEQD9RxAAQLwDAE1NEABOqAkAR68JAAAAAAD0+hAASfsQAAAAAAAAAAAAkrkJANzHBgDAMwwATU0QAK3rEQCt6xEACTsRALdIAABNTRAAresRALo2DwBNTRAA8A4BAE4FAgBNTRAAnFIRAD0YAAD9RxAApEsQAPlLEACt6xEATgUCAK3rEQBOBQIAresRAPAOAQC/LxEA8A4BAE4FAgCt6xEATAkAAL8vEQBMCQAA8lERAByFCQC/LxEAB/YCAAAAAADcdQMAaTARANx1AwCt6xEA8lERAJ37EQBNTRAAnfsRAK3rEQCd+xEA/UcQAKRLEAD5SxAAresRAF2UDgDwDgEAPwYQAEcOAABHDgAAPwYQAKBQDwDyUREAB/YCACwZEAD3TBEATE0RAP1HEACkSxAA+UsQAE4FAgBjRQIAresRAE4FAgCt6xEATU0QAHYjEQBOBQIATgUCAEiyBQDQ0AkAmqkRAE1NEABMCQAAresRAL8vEQBOBQIAySYQAB4nEADUcBAAujYPAJdcDABNTRAAt0gAAO65AgC3SAAAvtoRAKRLEAD5SxAATU0QAFZDEQBv3gcA3HUDAERaDAAH9gIA+p4RAFJHEQA4xgEATgUCAEcOAAAAAAAACOwLAAAAAABgOREArUERAAJCEQBXQhEAresRAL7aEQCkSxAA+UsQAE4FAgBMCQAADZkEAA2ZBACaqREATgUCACwZEABOBQIATU0QAAf2AgBNTRAAm2EDAB57EQAeexEA2RgOAE1NEACt6xEATgUCAGgyEAC9MhAAvtoRAKRLEAD5SxAAvtoRAE4FAgBv3gcAresRAG/eBwCsQhEATvsLAByFCQBMCQAAmqkRAGKZBADXwREAd4cBAF72AACt6xEAySYQAB4nEACRYgwA+p4RAFKiCwBOBQIAQVgRAE4FAgBSogsAGn8RAOtYEQBygQwAIN4BACwZEAD3TBEATE0RAE4FAgCt6xEAresRAL7aEQB2hwIAdocCAL7aEQC+2hEAb94HABksEABuLBAAO14RALY5EAAsGRAA/UcQAKdIEADsEQIAaDYMAOu9AQBnMxAALBkQAGVCAwAg3gEAyIcFAPlSCQBU+gYAQhECALdIAABXowUAb94HAK3rEQCgUA8ArZYRAOm+AgBVUwIA6b4CAFVTAgAFTgIAeyQLAALsEQBCuwIAresRAEwJAABOBQIACzoQAIweAABlQgMAbtURAE4FAgCt6xEAmqkRAKruEQBimQQAresRAAf2AgAH9gIAB/YCAAf2AgBNTRAATU0QAJ1REQCnSBAAS04RAEwJAAC3SAAAdocCAKBQDwAsGRAA90wRAExNEQC1QggA/UcQAKRLEAD5SxAAznURACN2EQDfZRAANGYQAN9lEAA0ZhAA/UcQAGjqAgAafxEA61gRAHh5DgBoMhAAvTIQAHh5DgAJPw0AaDIQAFlAEQC+2hEAqEYRAK3rEQBOBQIA2SYAANkmAABCEQIA1SgCAO8AEAAgeREAnQANAH9vEQBOBQIAresRAE4FAgAtcQwA4mERALQ+DQBOBQIATgUCAE4FAgDrXA0AYZ0BAMEyDADLzREA/UcQAEIRAgADRgwAy80RAAf2AgDLzREAB/YCAE1NEABOBQIATgUCABp/EQDrWBEAresRAGgyEAC9MhAAEIkRAAeYCwBOBQIATgUCAE4FAgDUcBAATgUCACJ3EQBgPA4ARw4AAMeADQDJJhAATU0QACwZEADbGAwAUqILAGfcEQAAAAAAUqILAHR9DgAFlBEAc34OAFqUEQBHqBAAo0sRAL7aEQCnSBAAGn8RAAs8DgDvABAAR6gQAAWUEQBHqBAAWpQRAEeoEAAafxEA61gRAOhbEQBVAAAAC+wIALdIAABqMBAARw4AAE4FAgBSogsA61gRAE4FAgC1OREASl4CAAyNEQAfzxEAdM8RANx1AwAHmAsAb94HAE4FAgBOBQIATgUCAK3rEQDiZgwA4mYMAOJmDADiZgwAQhECAEIRAgCfpw4ATgUCAGgyEABSnBEAGn8RAHLREQBOBQIAGn8RAGA8DgBOBQIAx3wRABSFEQBoMhAAaYURAE4FAgALjhEAYI4RAHzHEQC1jhEATgUCAE4FAgAafxEAYDwOAMd8EQAUhREAaDIQAGmFEQBOBQIAU/QNAEimEQBoMhAAvTIQAL7aEQCnSBAATgUCAPqeEQCaqREAmqkRAF72AAD6SREAnKcRAKRKEQB13gEA4mYMAOJmDADiZgwA4mYMAE4FAgAMjREAn1AQAGczEAC6NRAAB5gLABgvDgAJSgIAx9ERAFlAEQDHfBEATU0QAMbSEQBNTRAAmqkRAAf2AgCdAA0AnQANAE4FAgDAMwwAC44RAGCOEQBv3gcAb94HAFBLDwBoMhAAvTIQAMAzDAALjhEAYI4RAG/eBwBv3gcAUEsPACF4EQB2eBEAaDIQAFJHEQD+RREAAAAAAE1NEACt6xEATU0QAGjqAgD9RxAAGn8RAFFLDgBoMhAAUkcRAOC4EQDTxREAvtoRAKhGEQAH9gIAvTIQABCJEQAsyQoAresRAGJGAgBVAAAAy80RABp/EQBRSw4At0gAAP1HEABv3gcATgUCAGgyEAC9MhAAUEsPAIMZDgAH9gIAB/YCAEK8AQBCvAEAQrwBAEK8AQAH9gIATU0QAEK8AQBOBQIATgUCAE4FAgAAAAAAAAAAABp/EQBy0REAaDIQAL0yEABQSw8AVUcOAK3rEQAafxEALMkKAK3rEQAafxEAbtURAE1NEABOBQIATgUCANx1AwA9GAAAb94HAGuUAABOBQIADI0RAB/PEQB0zxEAyc8RAB7QEQBz0BEAyNARAAf2AgBoMhAAvTIQAHMnEAALjhEAYI4RAE1NEABoMhAAUkcRAHF9EQC+2hEApEsQAB8mEACBJwIAIHkRABjWEQBt1hEAwtYRABfXEQC+2hEAp0gQAIR0BwC+2hEATU0QABTaEQAH9gIAoFAPAG/eBwD9RxAAmqkRAPAOAQB/bxEA8A4BAH9vEQDJJhAAYDkRAPAOAQBOBQIAGn8RAOtYEQBoMhAAvTIQAIEnAgCKuREAirkRAIEnAgAsGRAALBkQACwZEAAElhAALBkQACwZEAAsGRAALBkQAMkmEABgOREALBkQAASWEAAsGRAA9k0RACwZEAD2TREALBkQAPZNEQDpWhEA9k0RACwZEAD2TREALBkQAPZNEQDjYRAA9k0RACwZEAD2TREAjGMQAOFjEAASMxAATgUCAJqpEQBOBQIAB/YCAE1NEAA9GAAAoFAPAGczEACQXhEAr5QRAK+UEQBnMxAAvDMQAC11CABW7REAB/YCAAf2AgBHDgAARw4AAO9VEABNTRAAdd4BACwZEACt6xEAgxkOAKfxEQCDGQ4AresRACwZEAA/BhAAresRAD8GEAAsGRAA90wRAD8GEAD68xEAT/QRACwZEAAH9gIAQlcRAE1NEABOBQIATgUCAE4FAgCd+xEATgUCAE4FAgBOBQIAnfsRAE4FAgDXdQgAnfsRAK3rEQCiow8ATgUCAE4FAgCd+xEATU0QAIxjEADhYxAANmQQACwZEAD+VQEAx3wRABSFEQBOBQIAvtoRAKdIEABoMhAAvTIQABCJEQB3hwEALRwMAN66EQDXwREAoFAPALA+EQBgOREA/kURALQ+DQD9RxAAqEYRALQ+DQCt6xEALXUIAOxYEACcUhEAGn8RAOtYEQBoMhAAUkcRAOC4EQCt6xEAPwYQAANGDAA9GAAAresRAByFCQBoMhAAvTIQABCJEQCYrw0A7FgQAHnKEQBoMhAAUpwRABp/EQALPA4AresRAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAAMAAAQAAIAAAIB0BAIQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAACAAAAAACAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAQMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAANAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAANAAAQAAIAAAIB0BAoQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAEQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQABIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAADAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAA"},"index":{"lists":[[12,13,96,98,99,100],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,73,74,76,77,78,79,80,81,82,83,84,85,86,87,91,92,93,94,96,98,99,100,104,109,110,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,251],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,46,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,69,73,74,76,77,78,79,80,81,82,83,84,85,86,87,90,91,92,93,94,96,98,99,100,104,109,110,116,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,191,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,240,241,242,251],[4,12,13,18,66,89,96,98,99,100,197,237,240,257],[12,13,18,96,98,99,100,128,129,130,243,244,245,246,247,248,249],[5,6,12,13,96,98,99,100],[12,13,65,67,96,98,99,100],[12,13,96,98,99,100,230,250],[9,12,13,78,96,98,99,100,109,110,135,136,163,164,230,235,236],[9,12,13,96,98,99,100,128,129,130],[9,12,13,64,71,76,79,83,84,96,98,99,100,120,128,129,130,131,148,167,168,170,174,182,184,190,192,193,194,195,206,214,215,216,223,251],[12,13,26,27,28,34,35,96,98,99,100,108,173,186,229],[12,13,96,98,99,100,132,263],[11,12,13,96,98,99,100],[1,9,12,13,18,19,96,98,99,100,128,129,130,157,158,175,217,221,222,251],[9,12,13,18,21,96,98,99,100,128,129,130,134,157,158,217,221,222,251],[9,12,13,16,17,18,43,96,98,99,100,128,129,130,157,158,198,217,221,222,234,251],[5,9,12,13,18,29,96,98,99,100,128,129,130,157,158,159,185,217,221,222,239,251],[0,2,8,9,10,12,13,14,16,18,32,33,36,37,93,96,98,99,100,128,129,130,151,157,158,159,169,172,198,200,217,218,221,222,225,228,231,251,252,255,258,259,262,264],[3,4,9,12,13,18,20,23,32,36,37,39,46,49,50,72,75,94,95,96,98,99,100,104,106,112,113,115,121,128,129,130,133,138,141,144,151,157,158,159,166,171,178,180,181,187,198,199,210,213,217,221,222,251,260,265],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,15,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251,256],[9,12,13,18,92,96,98,99,100,128,129,130,157,158,159,165,217,221,222,241,251,253,254],[9,12,13,18,87,95,96,98,99,100,107,111,122,128,129,130,153,157,158,166,202,217,221,222,241,251],[9,12,13,18,22,46,96,98,99,100,106,114,128,129,130,143,144,157,158,177,217,221,222,251],[8,9,12,13,18,38,70,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,14,18,22,52,96,98,99,100,128,129,130,143,157,158,217,221,222,251],[9,12,13,18,24,25,45,57,96,98,99,100,105,117,119,123,128,129,130,139,145,146,147,149,150,152,157,158,162,183,188,189,201,204,209,211,212,217,221,222,232,238,251],[9,12,13,17,18,19,60,96,97,98,99,100,128,129,130,157,158,217,221,222,251],[6,9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,22,96,98,99,100,128,129,130,157,158,217,221,222,251],[12,13,96,98,99,100,103,118,124,125,126,127,142,203,205,261],[12,13,68,96,98,99,100],[9,12,13,18,30,31,96,98,99,100,128,129,130,217,221,222,251],[12,13,40,96,98,99,100],[12,13,41,42,44,47,48,96,98,99,100],[12,13,51,55,56,58,96,98,99,100],[12,13,54,77,96,98,99,100],[12,13,54,96,98,99,100,101,102],[12,13,54,78,80,96,98,99,100],[12,13,54,96,98,99,100],[12,13,59,61,63,77,96,98,99,100,224],[12,13,62,96,98,99,100,161],[12,13,77,96,98,99,100,224],[12,13,78,80,86,96,98,99,100,242],[12,13,80,96,98,99,100],[12,13,85,91,96,98,99,100,224,242],[12,13,88,96,98,99,100,196],[12,13,96,98,99,100,160],[12,13,96,98,99,100,224],[12,13,96,98,99,100,242],[12,13,82,96,98,99,100,227],[4,12,13,18,82,96,98,99,100,227,237,240],[12,13,18,82,96,98,99,100,207,208,227],[5,6,12,13,82,96,98,99,100,227],[12,13,82,96,98,99,100,227,230],[9,12,13,78,82,96,98,99,100,109,110,227,230,235,236],[9,12,13,82,90,96,98,99,100,207,208,227],[9,12,13,64,69,73,74,76,79,81,82,83,84,96,98,99,100,167,168,179,190,191,194,195,207,208,227,251],[12,13,82,96,98,99,100,227,229],[1,7,9,12,13,18,19,82,96,98,99,100,207,208,217,219,220,221,222,227,233,251],[9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[9,12,13,16,17,18,43,82,96,98,99,100,198,207,208,217,219,220,221,222,227,234,251],[5,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[2,8,9,12,13,14,16,18,82,93,96,98,99,100,159,198,207,208,217,219,220,221,222,226,227,251],[4,9,12,13,18,46,49,50,82,94,96,98,99,100,104,137,141,159,198,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,176,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,15,18,82,96,98,99,100,116,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,92,96,98,99,100,159,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,82,87,96,98,99,100,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,46,82,96,98,99,100,143,207,208,217,219,220,221,222,227,251],[8,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,14,18,82,96,98,99,100,137,140,143,207,208,217,219,220,221,222,227,251],[9,12,13,18,57,82,96,98,99,100,137,162,189,207,208,212,217,219,220,221,222,227,251],[9,12,13,17,18,19,60,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[6,9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[12,13,68,82,96,98,99,100,227],[9,12,13,18,82,96,98,99,100,207,208,217,221,222,227,251],[12,13,40,82,96,98,99,100,227],[12,13,41,42,44,47,48,82,96,98,99,100,227],[12,13,55,56,58,82,96,98,99,100,227],[12,13,53,54,77,82,96,98,99,100,227],[12,13,54,82,96,98,99,100,227],[12,13,54,78,80,82,96,98,99,100,227],[12,13,59,61,63,77,82,96,98,99,100,154,224,227],[12,13,62,82,96,98,99,100,161,227],[12,13,77,82,96,98,99,100,224,227],[12,13,78,80,82,86,96,98,99,100,156,227,242],[12,13,80,82,96,98,99,100,227],[12,13,82,85,91,96,98,99,100,224,227,242],[12,13,82,96,98,99,100,155,227],[12,13,82,96,98,99,100,156,227],[12,13,82,96,98,99,100,160,227],[12,13,82,96,98,99,100,224,227],[12,13,82,96,98,99,100,227,242]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94,112,113],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,116,117,119,122,128],[5,6,12,13,65,67,68,69,75,122],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,123],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,118,121],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,115,120,126,128],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108,115],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,125],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91,114],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,116,117,127],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,124],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,25,26,27],[2],[1],[3,13,21,24],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,0,0,0,0,3,0,4,0,0,5,5,5,5,5,5,5,5,5,5,0,0,0,0,3,0,0,3,3,2,6,7,3,3,3,3,3,3,3,3,3,3,3,3,3,3,8,3,3,3,3,3,3,3,0,0,0,3,0,3,3,9,3,10,9,3,3,3,3,3,3,3,3,3,3,3,3,3,11,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,3,0,4,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,3,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,3,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
