import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  ALL_RULES,
  CONNECTING_WORDS,
  ENDPOINT_REFUSAL,
  EXPECTED_ANSWER_ERROR,
  EXPECTS_ERROR,
  NAMES_AN_ERROR,
  NO_ERROR_EXPECTED,
  NULL_DEREFERENCE,
  NULL_HANDLE,
  SERVER_ANSWER,
  assertionSides,
  matchRule
} from "./chunk-M4P4EAZD.js";
import {
  OUTSIDE_KEY,
  absorb,
  clip,
  count,
  decideVerdict,
  hasFindings,
  linkChain,
  newUnit,
  recount,
  settleChain,
  uncount
} from "./chunk-BPOXXBUC.js";
import {
  MATCH_WINDOW,
  normaliseLine
} from "./chunk-M5XEW74J.js";
import {
  SERVICE_WORDS,
  canonicalService,
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
} from "./chunk-TGAD2BWF.js";

// src/classify/interpret.ts
var OWN_SERVER = /\b(?:test|app|api|http|web|mock|stub|fake|dev|local|embedded) server\b|\bserver failed to start\b|\bfailed to (?:start|bind|listen)\b|address already in use|EADDRINUSE/i;
var LOCAL_ENDPOINT = /(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):(\d{2,5})(?!\d)|\(\s?'(?:localhost|127\.0\.0\.1|::1)',\s?(\d{2,5})\s?\)/;
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

// src/classify/dialects/jvm.ts
var SUREFIRE = {
  id: "surefire",
  markers: [
    // `[ERROR] testX(com.a.FooTest)  Time elapsed: 0.1 s  <<< ERROR!`; a class-level failure names the class alone.
    { event: "start", pattern: /^\[ERROR\] (?<name>\S[^\n]{0,400}?)(?: --)?\s+Time elapsed: [^\n]{0,60}<<< (?:FAILURE|ERROR)!$/ },
    { event: "end", pattern: /^\[INFO\]|^\[ERROR\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \[Help)|^\[WARNING\] Tests run:/ }
  ],
  reportedFailures: /^\[(?:ERROR|WARNING)\] Tests run: \d+, Failures: (\d+)/
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
    { event: "end", pattern: /^Test Suites: |^(?:PASS|FAIL) \S/ },
    { event: "outside", pattern: /^\s{0,6}● (?<name>Test suite failed to run)\s*$/ },
    { event: "start", pattern: /^\s{0,6}● (?<name>\S[^\n]{0,500})$/ }
  ],
  reportedFailures: /^Tests:\s+(\d{1,6}) failed\b/
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
    { event: "end", pattern: /^\s*⎯{3,}|^\s*Test Files\s/ }
  ],
  reportedFailures: /^\s*Tests\s+(\d{1,6}) failed\b/,
  groupsIdenticalFailures: true
};
var AVA = {
  id: "ava",
  markers: [
    { event: "start", pattern: /^\s{0,4}✘ \[fail\]: (?<name>\S[^\n]{0,500})$/ },
    { event: "end", pattern: /^\s{0,4}\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/ }
  ],
  reportedFailures: /^\s{0,4}(\d{1,6}) tests? failed$/
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
    { event: "start", pattern: /^\s*✖ (?!ERROR: )(?<name>\S[^\n]{0,500}?)(?: \([\d.]+m?s\))?$/, afterOutput: true },
    // TAP: `not ok 3 - name`, or without the dash (tape, node-tap's plain form).
    { event: "start", pattern: /^\s*not ok \d+(?: -)? (?<name>[^\n#]{1,500}?)(?: # [^\n]{0,200})?$/, afterOutput: true }
  ],
  reportedFailures: /^ℹ fail (\d{1,6})$|^# fail (\d{1,6})$/,
  uninformative: /^\s*(?:error: '(?:test failed|\d+ subtests? failed)'|failureType: '\w+'|code: 'ERR_TEST_FAILURE')\s*$/
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
  reportedFailures: /^=+ (?:.{0,40}, )?(\d{1,6}) (?:failed|errors?)\b/
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
  reportedFailures: /^FAILED \((?:failures|errors)=(\d{1,6})/,
  repeatsAreFailures: true
};

// src/classify/dialects/ruby.ts
var RSPEC = {
  id: "rspec",
  markers: [
    // Under `Failures:`, `  1) User does x`; `An error occurred while loading ./spec/x_spec.rb.` is outside any example.
    { event: "outside", pattern: /^An error occurred (?:while loading (?<name>\S{1,300})|in a `(?:before|after)\(:(?:suite|context|all)\)` hook)/ },
    // Pending examples are numbered like failures: none of them failed.
    { event: "passes", pattern: /^Pending: / },
    { event: "details", pattern: /^Failures:$/ },
    { event: "listed", pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>\S[^\n]{0,500})$/ },
    { event: "end", pattern: /^Finished in |^Failed examples:|^\d+ examples?, / }
  ],
  reportedFailures: /^\d+ examples?, (\d{1,6}) failures?/,
  // An example's description, however it reads (`raises ArgumentError`): the rerun list under
  // `Failed examples:` and the documentation formatter's `(FAILED - 3)` lines.
  uninformative: /^rspec \S{1,300}(?::\d{1,6}|\[[\d:,]{1,100}\]) # |\(FAILED - \d{1,6}\)\s*$/
};
var MINITEST = {
  id: "minitest",
  markers: [
    // `  1) Failure:` / `  2) Error:` then `TestUser#test_x [test/user_test.rb:12]:` on the next line.
    { event: "start", pattern: /^\s{0,4}(?<key>\d{1,5})\) (?<name>Failure):$/, asserts: true },
    { event: "start", pattern: /^\s{0,4}(?<key>\d{1,5})\) (?<name>Error):$/ },
    { event: "end", pattern: /^\d+ runs, \d+ assertions, / }
  ],
  reportedFailures: /^\d+ runs, \d+ assertions, (\d{1,6}) failures/
};
var TEST_UNIT = {
  id: "test-unit",
  markers: [
    { event: "start", pattern: /^Failure: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\))(?::|$| \[)/, asserts: true },
    { event: "start", pattern: /^Error: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\)): (?<reason>\S[^\n]{0,2000})$/ },
    { event: "end", pattern: /^={40,}$|^\d+ tests, \d+ assertions, / }
  ],
  reportedFailures: /^\d+ tests, \d+ assertions, (\d{1,6}) failures/
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
    // Numbering restarts in each section: a test is known by its name.
    { event: "start", pattern: /^\d{1,6}\) (?<name>[\w\\]{1,300}::\w{1,300})(?: with data set [^\n]{1,300})?$/, keyFromName: (name) => `phpunit:${name}` },
    // `There were 295 skipped tests:` numbers tests that did not fail (their reasons may read like failures).
    // Risky tests and warnings fail a run that sets failOnRisky/failOnWarning: their entries stay units.
    { event: "passes", pattern: /^There (?:was|were) \d{1,6} (?:skipped tests?|incomplete tests?):$/ },
    { event: "details", pattern: /^There (?:was|were) \d{1,6} (?:warnings?|risky tests?):$/ },
    { event: "end", pattern: /^(?:FAILURES|ERRORS)!$|^Tests: \d{1,9}, Assertions: \d{1,9}|^OK \(\d{1,9} tests?/ }
  ],
  reportedFailures: /^Tests: \d{1,9}, Assertions: \d{1,9}, (?:Errors|Failures): (\d{1,6})/
};
var TESTDOX = {
  id: "phpunit",
  markers: [
    { event: "start", pattern: /^\s{1,8}✘ (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/ },
    // A risky test (☢) or one with a warning (⚠) fails a run that sets failOnRisky/failOnWarning: a unit no rule explains.
    { event: "start", pattern: /^\s{1,8}(?:☢|⚠) (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/ },
    { event: "pass", pattern: /^\s{1,8}[✔↩] \S/ }
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

// src/classify/dialects/index.ts
var DIALECTS = [PHPT, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, JASMINE, EXUNIT, MOCHA, NODE_TEST, GOCHECK, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 230\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,45,47,196,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,336,338,339,340,341,342,343,344,347,348,349,351],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,10003,10004,8730,10006,8505,35,9762,9888,43,9654,65123,36],"words":6,"quiet":10494,"states":11772,"edges":"AAAAAAAAAAABAAAATwAAAAIAAAA3fgAAAwAAAEUNAAAEAAAAqccAAAUAAACGvQUABgAAAJYEAgAHAAAA7mIGAAgAAACr0QEACQAAAAGFAAAKAAAAlUMAAAsAAAAWugcADAAAAPGJAAANAAAAhxYAAA4AAAAxYwEADwAAAMqkAAAQAAAAGyQAABEAAADYbwEAEgAAAKQIAAATAAAAU8UBABQAAAAs5gkAFQAAACXxAQAWAAAAEgUBABcAAADH3AEAGAAAALDyAQAZAAAAuuUBABoAAADy+wEAGwAAAIt5AgAcAAAAZ5gCAB0AAAAAAAAAHgAAACMWCwAfAAAA0PsAACAAAABfJAIAIQAAAAAAAAAiAAAAQa0BACMAAAD65AAAJAAAAAC0AwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAKY0BACkAAADmnAEAKgAAAGYsCQArAAAA67AKACwAAAAAAAAALQAAAHXYAQAuAAAAAAAAAC8AAACxKAIAMAAAAJqNAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAC70gkAPAAAADndCQA9AAAApbwKAD4AAAAAAAAAPwAAAEO9CgBAAAAAAAAAAEEAAADw0QoAQgAAAD/SCgBDAAAA1uMKAEQAAAAl5AoARQAAAHTkCgBGAAAAvPUKAEcAAABw+QoASAAAAFMHCwBJAAAACl4LAEoAAABZXgsASwAAAFDwCwBMAAAAyEEMAE0AAAAXQgwATgAAAGZCDABRAAAAngAAAFIAAABPZQMAVAAAAPUrCABVAAAAqC8BAFgAAADRkwAAWgAAAOOxCABbAAAAORYHAGMAAAAo9QEAZgAAAP1gAwBsAAAAtTkAAKEAAADtAAAAqwAAAEa7AgDwAAAAYqYMAEEBAACLAQAAkQEAANoBAADhAQAAKQIAADECAAB4AgAAegIAAMcCAADQAgAAFgMAACADAABlAwAAcAMAALQDAADAAwAAAwQAABAEAABSBAAAXAQAAKEEAACvBAAA8AQAAP8EAAA/BQAAQQUAAI4FAACYBQAA3QUAAOsFAAAsBgAAMQYAAHsGAACIBgAAygYAANIGAAAZBwAAKQcAAGgHAABqBwAAtwcAAMUHAAAGCAAAFwgAALGmDABcCAAAAKcMAKYIAAAV6QoArAgAAPMIAAC9CAAAw+QKAMAIAACTGQkA+ggAAEIJAABHCQAAkQkAAJ0JAADgCQAA4wkAAC8KAAA3CgAAfgoAAIsKAADNCgAA0goAABwLAAAmCwAAawsAAHMLAAC6CwAAxgsAAAkMAADJCwAAre4BABwMAABYDAAAZgwAAKcMAACqDAAA9gwAAAANAABPpwwARw0AALNrAABIDQAAtI4BAEoNAACUDQAATg0AAHYUCgBPDQAAo0oCAFANAABu6QEAUQ0AAGQcAABTDQAAcGgBAFQNAABdLQAAWQ0AAI59AgBiDQAA/kcDAGUNAADoSgsAmg0AAOMNAACjDQAAeVEHAOkNAAAyDgAARg4AAIEOAACWDgAA0A4AANgOAAAfDwAAKQ8AAG4PAABzDwAAvQ8AAMIPAAAMEAAAFBAAAFsQAABxEAAAqhAAAKwQAAD5EAAABhEAAEgRAABcEQAAlxEAAJ8RAADmEQAA9REAADUSAABGEgAAhBIAAJISAADTEgAA3xIAACITAAAvEwAAcRMAAHsTAADAEwAAwxMAAA8UAAAXFAAAXhQAAGAUAACtFAAAvhQAAPwUAAACFQAASxUAAFcVAACaFQAAnBUAAOkVAADwFQAAOBYAAEwWAACepwwAiBYAAPxsDACJFgAA7hACAIwWAADWFgAAkBYAABrIAQCVFgAAEt8CANgWAACjvwAA2RYAANbgBgDdFgAAfOAIAN4WAAAlFwAA4BYAAEMsAQDhFgAAmakGAOMWAADJ/AUA5RYAAAF4CQDnFgAAqNAFAOwWAADLFgIA7xYAAK9wBQAmFwAAdBcAACgXAADEPQUAKxcAAGucCQCLFwAAwxcAANsXAAASGAAAHRgAAGEYAAB6GAAAsBgAALIYAAD/GAAAGRkAAE4ZAABdGQAAnRkAAKIZAADsGQAA+RkAADsaAABLGgAAihoAAJIaAADZGgAA5RoAACgbAAA1GwAAdxsAAIEbAADGGwAAzBsAABUcAAApHAAA7acMAGocAACzHAAAbhwAAImxCgB7HAAAO6sJAM4cAAACHQAADh0AAFEdAABXHQAAoB0AAKMdAABkDAUAqB0AAO8dAADyHQAAQCsFAPYdAAA+HgAA+h0AAEGdBgD9HQAAixcDAEMeAACNHgAAmR4AANweAADfHgAAKx8AADMfAAB6HwAAhx8AAMkfAADOHwAAGCAAACIgAABnIAAAbyAAALYgAAC5IAAABSEAAA4hAABUIQAAVSEAAKMhAACkIQAA8iEAAPchAABBIgAARyIAAJAiAACaIgAA3yIAAOciAAAuIwAAMSMAAH0jAACAIwAAzCMAAN0jAAA8qAwAHSQAAH6VAQAgJAAAQukJACQkAACrAAwAJyQAAGokAAApJAAAQTsHAIIkAAC5JAAAvCQAAAglAAAUJQAAVyUAAGQlAACmJQAArSUAAPUlAAD3JQAARCYAAE0mAACTJgAAnSYAAOImAADtJgAAMScAAE0nAACAJwAAiCcAAIuoDADUJwAAHigAACYoAABtKAAAbigAALwoAAC+KAAACykAAA4pAABaKQAAXSkAANqoDACuKQAA+CkAAP4pAABHKgAATioAAJYqAACeKgAA5SoAAOgqAAA0KwAAPSsAAIMrAACEKwAA0isAANMrAAAhLAAAMiwAAHAsAAB+LAAAvywAAMssAAAOLQAAFS0AACmpDABjLQAArC0AAK4tAAD7LQAAES4AAEouAABSLgAAmS4AAJsuAADoLgAA8S4AADcvAABBLwAAhi8AAJEvAADVLwAA4S8AACQwAAAxMAAAczAAAH0wAADCMAAA0DAAABExAAAgMQAAYDEAAGIxAACvMQAAuTEAAP4xAAAMMgAATTIAAFIyAACcMgAAqTIAAOsyAADzMgAAOjMAAEAzAACJMwAAlTMAANgzAAD1MwAAJzQAADA0AAB2NAAAhDQAAMU0AADLNAAAFDUAACA1AABjNQAAZjUAALI1AAC6NQAAATYAABI2AABQNgAAXjYAAJ82AAC4NgAA7jYAAO82AAA9NwAAWjcAAHipDACRNwAA2zcAAOE3AAAqOAAAMjgAAHk4AACCOAAAyDgAAMs4AAAXOQAAIzkAAGY5AABsOQAAFqoMANE5AAAEOgAADDoAAGWqDABWOgAAojoAALM6AADxOgAA+ToAAEA7AABOOwAAjzsAAJI7AADeOwAA5jsAAC08AAA6PAAAfDwAAIE8AADLPAAA1TwAABo9AAAiPQAAaT0AAHU9AAC4PQAAxT0AAAc+AAAJPgAAVj4AAG8+AAClPgAAtj4AAPQ+AAAAPwAAQz8AAEo/AACSPwAAmj8AAOE/AADmPwAAMEAAAD1AAAB/QAAAh0AAAM5AAADYQAAAHUEAAChBAABsQQAAeEEAALtBAADDQQAAtKoMABZCAABZQgAAX0IAAKhCAADDQgAA90IAAANDAABGQwAATEMAAAOrDACaQwAAbQICAJtDAAAWVQQAnEMAANxKBgCgQwAA5EMAAKFDAAA61wgAo0MAAMvdBACpQwAAEQsCAPBDAAAzRAAAOUQAACpUCwA7RAAAUqsMAI5EAADRRAAA10QAACBFAAA7RQAAb0UAAHtFAAC+RQAAxEUAAA1GAAAVRgAAXEYAAGJGAACrRgAAt0YAAPpGAAAXRwAASUcAAFJHAACYRwAApEcAAOdHAADqRwAANkgAAEBIAACFSAAAkUgAANRIAADbSAAAI0kAACtJAABySQAAc0kAAGtaAAB1SQAAwUkAANBJAAAQSgAAFkoAAF9KAABhSgAArkoAAMRKAAD9SgAAG0sAAExLAABlSwAAm0sAAJ1LAADqSwAA7UsAADlMAABFTAAAiEwAAI9MAADXTAAA30wAACZNAAAoTQAAdU0AAH5NAADETQAAzk0AABNOAAAeTgAAYk4AAG5OAACxTgAAvk4AAABPAAAKTwAAT08AAF1PAACeTwAArU8AAO1PAADvTwAAPFAAAEZQAACLUAAAmVAAANpQAADfUAAAKVEAADZRAAB4UQAAjVEAAMdRAADPUQAAFlIAAC9SAABlUgAAblIAALRSAAC+UgAAA1MAAAtTAABSUwAAX1MAAKFTAACmUwAA8FMAAPhTAAA/VAAAQFQAAI5UAACQVAAA3VQAAOBUAAAsVQAAL1UAAKGrDACAVQAAylUAANBVAAAZVgAAIFYAAGhWAABwVgAAt1YAALtWAAAGVwAACFcAAFVXAABYVwAApFcAAKxXAADzVwAA9FcAAEJYAABIWAAAkVgAAJZYAADgWAAA+1gAAC9ZAAA9WQAAflkAAIVZAADNWQAA2VkAABxaAAAjWgAA8KsMAG1aAAC6WgAAvVoAAAlbAAAMWwAAP6wMAF1bAACnWwAArVsAAPZbAAD9WwAARVwAAGNcAACUXAAArVwAAONcAADlXAAAMl0AADVdAACBXQAAjV0AANBdAADXXQAAH14AACdeAABuXgAAcF4AAL1eAADGXgAADF8AABZfAABbXwAAZl8AAKpfAAC2XwAA+V8AAAZgAABIYAAAUmAAAJdgAAClYAAA5mAAAPVgAAA1YQAAN2EAAIRhAACOYQAA02EAAOFhAAAiYgAAJ2IAAHFiAAB+YgAAwGIAANViAAAPYwAAF2MAAF5jAAB3YwAArWMAALZjAAD8YwAABmQAAEtkAABTZAAAmmQAAKdkAADpZAAA7mQAADhlAABAZQAAh2UAAIhlAADWZQAA2GUAACVmAAAoZgAAdGYAAHdmAACOrAwAyGYAABJnAAAYZwAAYWcAAGhnAACwZwAAuGcAAP9nAAADaAAATmgAAFBoAACdaAAAoGgAAOxoAAD0aAAAO2kAADxpAACKaQAAkGkAANlpAADeaQAAKGoAAENqAAB3agAAhWoAAMZqAADNagAAFWsAACFrAABkawAAa2sAAN2sDAC2awAAAmwAABNsAABRbAAAWWwAABp5AQBtbAAAoGwAAKhsAAAsrQwA/mwAAD5tAABEbQAAjW0AAI9tAADcbQAA8m0AACtuAABJbgAAem4AAH1uAADJbgAA1W4AABhvAAAebwAAZ28AAIJvAAC2bwAAwm8AAAVwAAALcAAAVHAAAHJwAACjcAAAs3AAAPJwAAAAcQAAQXEAAEdxAACQcQAAk3EAAN9xAADpcQAALnIAAExyAAB9cgAAk3IAAMxyAADYcgAAG3MAAB5zAABqcwAAbXMAALlzAAC7cwAACHQAAB90AABXdAAAY3QAAKZ0AADCdAAA9XQAAP10AAB7rQwAVXUAAJN1AAChdQAA4nUAAO51AAAxdgAAPnYAAIB2AACKdgAAz3YAANd2AAAedwAAH3cAAG13AABvdwAAvHcAAL93AAALeAAADngAAMqtDABfeAAAqXgAAK94AAD4eAAA/3gAAEd5AABPeQAAlnkAAKx5AADleQAA7nkAADR6AAA3egAAg3oAAI16AADSegAA2noAACF7AAA6ewAAcHsAAHx7AAC/ewAAx3sAABmuDAAWfAAAXXwAAGB8AACsfAAAtnwAAPt8AAABfQAASn0AAFh9AACZfQAApn0AAOh9AAD/fQAAaK4MADh+AADviAsAOn4AABmSAQA9fgAAHDQCAD5+AABIPQYAP34AACckBQBAfgAAKLkAAEF+AAAXEwIARH4AADZkCwBGfgAAhn4AAEh+AABZvQYATX4AAPZLBQBOfgAAZJoKAJB+AACWkgcAlX4AANV+AADhfgAAJH8AACV/AAAPKgMAJ38AAHN/AAB2fwAAwn8AAMl/AABNbgEAyn8AABGAAADafwAArBoBABiAAABggAAAbIAAAK+AAAC8gAAA/oAAAAyBAABNgQAAWYEAAJyBAACjgQAA64EAAPOBAAA6ggAASoIAAImCAACOggAA2IIAAN6CAAAngwAAL4MAAHaDAAB/gwAAxYMAAMiDAAAUhAAAIIQAAGOEAABphAAAt64MANGEAAAGrwwADoUAAFCFAABShQAAA/EAAFOFAAA0VAIAV4UAAIt/CgBbhQAAqNMJAFyFAAAIsAEAX4UAAMvNCQBphQAAoS0CAHCFAACfhQAArIUAAO6FAADzhQAAPYYAAEGGAACMhgAAmYYAANuGAADjhgAAKocAAOaGAAB6wwgAMYcAAHmHAABAhwAA8iQEAHuHAADIhwAA0ocAABeIAAAZiAAAZogAAH+IAAC1iAAAt4gAAASJAAAHiQAAU4kAAF+JAACiiQAAqokAAFWvDAD3iQAAQIoAAPmJAACZEQ4AAIoAABhfBQACigAAG7IFAASKAACxOwEADYoAABWaCgBGigAAotgAAFiKAACPigAAkYoAAN6KAACcigAAAJ4AAKiKAABskAAA7YoAAC2LAAA8iwAAfIsAAIiLAADLiwAAzosAABqMAAAdjAAAaYwAAIGMAAC4jAAAv4wAAAeNAAATjQAAVo0AAGONAACljQAAs40AAPSNAAAAjgAAQ44AAEqOAACSjgAAqo4AAOGOAADtjgAAMI8AADaPAAB/jwAAhY8AAM6PAADTjwAAHZAAACOQAADzrwwAbpAAALuQAADCkAAACpEAACKRAABZkQAAYJEAAKiRAADBkQAA95EAAA+SAABGkgAAUpIAAJWSAACbkgAA5JIAAOqSAAAzkwAAOJMAAIKTAACIkwAAQrAMAOqTAAAglAAAMZQAAG+UAAB9lAAAvpQAAM2UAAANlQAAFZUAAFyVAAB8lQAAq5UAALeVAAD6lQAADpYAAEmWAABRlgAAmJYAAJ6WAADnlgAA85YAADaXAABAlwAAhZcAAIuXAADUlwAA4pcAACOYAAAvmAAAcpgAAI2YAADBmAAAw5gAABCZAAAhmQAAX5kAAGeZAACumQAAvJkAAP2ZAAAAmgAATJoAAFSaAACbmgAAqJoAAOqaAADvmgAAOZsAAEObAACImwAAkJsAANebAADZmwAAJpwAADecAAB1nAAAhpwAAMScAADJnAAAE50AABedAABinQAAbp0AALGdAAC4nQAAkbAMAAWeAABPngAAWZ4AAJ6eAAC2ngAA7Z4AAPCeAAA8nwAARZ8AAIufAACMnwAA2p8AANufAAApoAAALqAAAHigAAB+oAAAx6AAANGgAAAWoQAAIqEAAGWhAABsoQAAtKEAAMyhAAADogAABaIAAFKiAABbogAAoaIAAKuiAADwogAA+6IAAD+jAABXowAAjqMAAKSjAADdowAA4qMAACykAAAzpAAAe6QAAIekAADgsAwAzKQAALqDAgDPpAAAsKMBANOkAACrNgUA26QAABmlAAAbpQAAXj0CACelAABopQAAdKUAALelAAB3pQAAzO0GAMSlAAAGpgAAEKYAAFWmAABWpgAAA1wMAF2mAACkpgAAq6YAAPOmAAC/pgAAvoEBAPimAABCpwAATqcAAJGnAACUpwAA4KcAAOinAAAvqAAAPKgAAH6oAACDqAAAzagAANeoAAAcqQAAJKkAAGupAABuqQAAuqkAAMOpAAAJqgAACqoAAFiqAABZqgAAp6oAAKyqAAD2qgAA/KoAAEWrAABPqwAAlKsAAJyrAADjqwAA5asAADKsAAA7rAAAgawAAIusAADQrAAA26wAAB+tAAArrQAAbq0AAHutAAC9rQAAx60AAAyuAAAargAAW64AAGquAACqrgAArK4AAPmuAAADrwAASK8AAFavAACXrwAAnK8AAOavAADzrwAANbAAAD2wAACEsAAAhbAAANOwAADZsAAAIrEAACexAABxsQAAe7EAAMCxAADFsQAAD7IAAB6yAABesgAAY7IAAK2yAAC+sgAA/LIAAASzAABLswAAUbMAAJqzAACmswAA6bMAAAa0AAA4tAAAQbQAAIe0AACTtAAA1rQAANm0AAAltQAAL7UAAHS1AACAtQAAw7UAAMq1AAAStgAAGrYAAGG2AAB6tgAAsLYAAMS2AAD/tgAAB7cAAE63AABRtwAAnbcAAKm3AADstwAA8rcAADu4AABWuAAAirgAAJa4AADZuAAA37gAAC+xDAAyuQAAd7kAAIK5AADGuQAAzrkAACHKAADSuQAAFboAACK6AABkugAAbroAALO6AADBugAAArsAABG7AABRuwAAU7sAAKC7AACquwAA77sAAP27AAA+vAAAQ7wAAI28AACavAAA3LwAAOS8AAArvQAALL0AAHq9AAAvvQAAh1IBADu9AAC1dQEAi70AAMm9AADSvQAAGL4AAC++AABnvgAAdb4AALa+AADDvgAABb8AAA2/AABUvwAAc78AAH6xDACsvwAA8r8AAPy/AABBwAAATMAAAM2xDACSwAAA38AAAOjAAAAuwQAAOMEAAH3BAACIwQAAzMEAANjBAAAbwgAAKMIAAGrCAAB0wgAAucIAAMfCAAAIwwAAF8MAAFfDAABZwwAApsMAALDDAAD1wwAAA8QAAETEAABJxAAAk8QAAKDEAADixAAA6sQAADHFAAA3xQAAgMUAAIzFAADPxQAA7MUAAB7GAAAnxgAAbcYAAHvGAAC8xgAAwsYAAAvHAAAXxwAAWscAAGHHAAAcsgwAq8cAAIfwAQCvxwAA+McAAP3HAABHyAAABsgAAEjFAwBUyAAAlsgAAK3IAADlyAAA5sgAADTJAAA2yQAAg8kAAIbJAADSyQAA1ckAAGuyDABCygAAcMoAAHHKAAC/ygAAwcoAAA7LAAARywAAXcsAAGDLAAC6sgwAscsAAPvLAAABzAAASswAAFHMAACZzAAAu8wAAOjMAADwzAAAN80AAEbNAACGzQAAiM0AANXNAADmzQAAJM4AADXOAABzzgAAf84AAMLOAADJzgAAEc8AABnPAABgzwAAZM8AAK/PAAC9zwAA/s8AAAjQAABN0AAAWNAAAJzQAACh0AAA69AAAPTQAAA60QAARNEAAInRAACR0QAA2NEAANrRAAAn0gAANNIAAHbSAACK0gAAxdIAAM3SAAAU0wAAFdMAAGPTAABl0wAAstMAALXTAAAB1AAABNQAAAmzDABV1AAAn9QAAKXUAADu1AAA9dQAAD3VAABF1QAAjNUAAJvVAADb1QAA4NUAACrWAAA31gAAedYAAInWAADI1gAA1tYAABfXAAAu1wAAZtcAAG/XAAC11wAAu9cAAATYAAAQ2AAAU9gAAFrYAABYswwAp9gAAFJ8AgCq2AAA8dgAAK/YAAAZDQgAANkAAEDZAABR2QAAj9kAAJ3ZAADe2QAA6tkAAC3aAAA62gAAfNoAAIbaAADL2gAA09oAABrbAAAd2wAAadsAAHXbAAC42wAAxdsAAAfcAAAR3AAAVtwAAF7cAACl3AAAp9wAAPTcAAD93AAAQ90AAE3dAACS3QAAnd0AAOHdAAD23QAAMN4AADjeAAB/3gAAmN4AAM7eAADX3gAAHd8AACffAABs3wAAdN8AALvfAADI3wAACuAAAA/gAABZ4AAAYeAAAKjgAACp4AAA9+AAAPngAABG4QAASeEAAJXhAACY4QAAp7MMAOnhAAAz4gAAOeIAAILiAACJ4gAA0eIAANniAAAg4wAALuMAAG/jAABy4wAAvuMAAMbjAAAN5AAAEOQAAFzkAABo5AAAq+QAALXkAAD2swwA/OQAAEnlAAD95AAAve8JAAXlAACAKgQACeUAAAPeAQAK5QAAOKcJAB7lAAB5wwEAUuUAAJjlAACi5QAA5+UAAPLlAAA25gAAQuYAAIXmAACS5gAA1OYAAN7mAAAj5wAAMecAAHLnAACB5wAAwecAAMPnAAAQ6AAAGugAAF/oAABt6AAArugAALPoAAD96AAACukAAEzpAABc6QAAm+kAAJ3pAADq6QAA+OkAADnqAABK6gAARbQMAI/qAACUtAwA3+oAAOO0DAAv6wAAdesAAH/rAADE6wAAz+sAABPsAAAf7AAAYuwAAG/sAACx7AAAu+wAAADtAAAO7QAAT+0AAF7tAACe7QAAoO0AAO3tAAD37QAAPO4AAEruAACL7gAAkO4AANruAADn7gAAKe8AADHvAAB47wAAiO8AAMfvAADJ7wAAFvAAACTwAABl8AAAdvAAADK1DAC78AAAgbUMABzxAABS8QAAY/EAAKHxAACt8QAA8PEAAPjxAADQtQwARPIAAI7yAACW8gAA3fIAAN/yAAAs8wAA4vIAAAY0BgDs8gAAmhgEADXzAAB78wAAO/MAAMpbCACF8wAAyvMAANXzAAAZ9AAAJfQAAGj0AAB19AAAt/QAAMH0AAAG9QAAFPUAAFX1AABk9QAApPUAAKb1AADz9QAA/fUAAEL2AABO9gAAkfYAAJn2AAAftgwA4/YAAC/3AAA99wAAfvcAAIv3AADN9wAA5PcAABz4AAAk+AAAa/gAAIH4AAC6+AAAxvgAAAn5AAAY+QAAWPkAAGP5AACn+QAAqfkAAPb5AAAD+gAARfoAAFP6AACU+gAAl/oAAOP6AAD5+gAAMvsAADr7AACB+wAAk/sAAG62DADd+wAAq3UKAN/7AAAf/AAAJPwAAG78AAB1/AAAvfwAAMn8AAAM/QAAGf0AAFv9AABd/QAAqv0AAMD9AAD5/QAABf4AAEj+AABn/gAAl/4AALP+AADm/gAA7v4AAL22DAA3/wAAhP8AAI3/AADT/wAA3f8AACIAAQAtAAEAcQABAH0AAQDAAAEAzQABAA8BAQAZAQEAXgEBAGwBAQCtAQEAvAEBAPwBAQD+AQEASwIBAFUCAQCaAgEAqAIBAOkCAQDuAgEAOAMBAEUDAQCHAwEAlwMBANYDAQDYAwEAJQQBADMEAQB0BAEAhQQBAAy3DADKBAEAW7cMABQFAQB0aQQAFwUBAGEFAQAbBQEAAqgBAB4FAQDObAYAIAUBAOeDAQAmBQEA8e4DAGgFAQC7NAkAbgUBALAFAQDHBQEA/wUBAAQGAQBOBgEAUQYBAJ0GAQBYBgEAzBMFAGoGAQCsHQUAogYBAG0YBQCpBgEA7AYBAPIGAQBXEgEA+wYBADsHAQBEBwEAigcBAJAHAQDZBwEA5wcBACgIAQAyCAEAdwgBAIsIAQDGCAEA0ggBABUJAQAoCQEAZAkBAHMJAQCzCQEAvwkBAAIKAQADCgEAUQoBAFsKAQCgCgEArgoBAO8KAQD0CgEAPgsBAEsLAQD5twwAoAsBANwLAQDrCwEAKwwBADcMAQB6DAEAewwBAMkMAQDTDAEAGA0BACYNAQBnDQEAbA0BALYNAQDDDQEA5rgMAAcOAQBUDgEAXQ4BAKMOAQCtDgEA8g4BAP0OAQBBDwEATQ8BAJAPAQCdDwEA3w8BAOkPAQAuEAEAPBABAH0QAQCMEAEAzBABAM4QAQAbEQEAJREBAGoRAQB4EQEAuREBAMYRAQAIEgEAHxIBADW5DAByEgEAphIBALISAQD1EgEA+xIBAEQTAQBQEwEAkxMBAJkTAQDiEwEA6BMBADEUAQA2FAEAgBQBAIYUAQCEuQwA2BQBAB4VAQAoFQEAbRUBAHgVAQC8FQEAyBUBAAsWAQAYFgEAWhYBAGQWAQCpFgEAtxYBAPgWAQAHFwEARxcBAEkXAQCWFwEAoBcBAOUXAQDzFwEANBgBADkYAQCDGAEAkBgBANIYAQDaGAEAIRkBADEZAQBwGQEAchkBAL8ZAQDNGQEADhoBAB8aAQBxugwAZBoBAMC6DACyGgEA+xoBAAcbAQBKGwEAWhsBAJkbAQCiGwEA6BsBAOsbAQA3HAEAQxwBAIYcAQCNHAEA1RwBAN0cAQAkHQEAQh0BAHMdAQB7HQEAwh0BANMdAQARHgEAFh4BAGAeAQB3HgEArx4BAL0eAQD+HgEACx8BAE0fAQBVHwEAnB8BAKAfAQDrHwEA7R8BADogAQA9IAEAiSABAJEgAQDYIAEA3iABACchAQAzIQEAdiEBAIYhAQDFIQEAziEBABQiAQAXIgEAYyIBAG8iAQCyIgEAuSIBAA+7DAAKIwEAUCMBAFMjAQCfIwEArSMBAO4jAQD7IwEAPSQBAFQkAQCMJAEAlCQBANskAQDdJAEAKiUBADMlAQB5JQEAgyUBAMglAQDTJQEAFyYBACMmAQBmJgEAcyYBALUmAQC/JgEABCcBABInAQBTJwEAYicBAKInAQCkJwEA8ScBAPsnAQBAKAEATigBAI8oAQCUKAEA3igBAOsoAQAtKQEANSkBAHwpAQCSKQEAyykBANcpAQAaKgEAKSoBAGkqAQB0KgEAuCoBALoqAQAHKwEAFCsBAFYrAQBkKwEApSsBAKgrAQD0KwEACiwBAF67DABLLAEA4+cBAFEsAQCTTwIAWywBAJIsAQCULAEA4SwBAPIsAQAwLQEAQS0BAH8tAQCELQEAzi0BANItAQAdLgEAKS4BAGwuAQBzLgEAuy4BAMMuAQAKLwEAKC8BAFkvAQBhLwEArbsMAK0vAQD3LwEA+C8BAB/cCgAGMAEAXQ0KABAwAQBGMAEASDABAJUwAQCuMAEA5DABAPUwAQAzMQEAPzEBAIIxAQCEMQEA0TEBANoxAQAgMgEA4DEBAF83AQAqMgEAbzIBAHoyAQC+MgEAyjIBAA0zAQAaMwEAXDMBAGYzAQCrMwEAuTMBAPozAQAJNAEASTQBAEs0AQCYNAEAojQBAOc0AQD1NAEANjUBADs1AQCFNQEAkjUBANQ1AQDgNQEAIzYBACk2AQByNgEAeDYBAME2AQDGNgEAEDcBABY3AQD8uwwAbjcBAK43AQC6NwEA/TcBAAA4AQBMOAEATzgBAJs4AQCiOAEA6jgBAPY4AQA5OQEARjkBAIg5AQCWOQEA1zkBAOM5AQAmOgEALToBAEu8DAB7OgEAxDoBAMo6AQATOwEAGDsBAGI7AQBoOwEAmrwMALI7AQA20wEAuzsBAO2RCQC9OwEAB5YMAL87AQAkEAoAwDsBAAA8AQAMPAEATzwBAFA8AQCePAEAWzwBAPQeCgCoPAEA7TwBAPs8AQA8PQEAQT0BAIs9AQCYPQEA6bwMANw9AQD92wkA6D0BAKXPCQD9PQEAKT4BAE4+AQB4PgEAnj4BAMc+AQDuPgEAFj8BADo/AQBlPwEAbT8BADi9DADAPwEAA0ABAAVAAQBSQAEAVUABAKFAAQCmQAEA8EABAP1AAQA/QQEAW0EBAI5BAQCWQQEAh70MAOZBAQAsQgEA6kEBAG5LAQAvQgEAe0IBAIdCAQDKQgEA0EIBABlDAQAmQwEAaEMBAGpDAQC3QwEAzUMBAAZEAQASRAEAVUQBAF1EAQDWvQwAqkQBAPNEAQD7RAEAQkUBAENFAQCRRQEAk0UBAOBFAQDjRQEAL0YBADJGAQAlvgwAg0YBAM1GAQDTRgEAHEcBACNHAQBrRwEAc0cBALpHAQDHRwEACUgBAA5IAQBYSAEAYkgBAKdIAQCvSAEA9kgBAPhIAQBFSQEAVkkBAJRJAQClSQEA40kBAOhJAQAySgEANkoBAIFKAQCNSgEA0EoBANdKAQAfSwEAMUsBAHS+DABzSwEAvUsBAMVLAQAMTAEADkwBAFtMAQBqTAEAqkwBALlMAQD5TAEABU0BAEhNAQBLTQEAl00BAJpNAQDmTQEA7k0BADVOAQA/TgEAhE4BAIlOAQDTTgEA204BACJPAQAsTwEAcU8BAHxPAQDATwEAzk8BAA9QAQASUAEAXlABAGZQAQCtUAEAyFABAPxQAQAHUQEAS1EBAFBRAQCaUQEAnVEBAOlRAQDzUQEAOFIBAEpSAQDDvgwAlVIBANZSAQDgUgEAJVMBADBTAQB0UwEAfFMBAMNTAQDJUwEAElQBABRUAQBhVAEAelQBALBUAQDJVAEA/1QBAA1VAQBOVQEAWFUBAJ1VAQCzVQEA7FUBAAlWAQA7VgEAQ1YBAIpWAQCaVgEA2VYBANtWAQAoVwEANlcBAHdXAQCIVwEAEr8MAM1XAQBhvwwAFlgBAGRYAQB1WAEAs1gBAL9YAQACWQEABFkBAFFZAQBUWQEAoFkBAKxZAQDvWQEA91kBAP+/DABJWgEAjVoBAJlaAQDcWgEA61oBACtbAQBLWwEAelsBAIJbAQDJWwEA3VsBABhcAQAdXAEAZ1wBAHBcAQC2XAEAvFwBAAVdAQANXQEAVF0BAGNdAQCjXQEAqF0BAPJdAQD/XQEAQV4BAE5eAQCQXgEAnF4BAN9eAQDuXgEALl8BADhfAQB9XwEAi18BAMxfAQDRXwEAG2ABAChgAQBqYAEAcmABALlgAQC8YAEACGEBABRhAQBXYQEAYWEBAKZhAQCwYQEA9WEBAANiAQBEYgEAUWIBAJNiAQCqYgEA4mIBAOViAQBOwAwANGMBAB4+AwA7YwEARMcEAD5jAQCAYwEAQWMBAFFMCgBCYwEAOlwCAEdjAQCskgMAh2MBAIgmAgCPYwEAj1cLAJtjAQDPYwEA0WMBAB5kAQAvZAEAbWQBAHtkAQC8ZAEAw2QBAAtlAQANZQEAWmUBABBlAQD/QQIAE2UBAEZ/AQBpZQEAqWUBALhlAQD4ZQEABGYBAEdmAQBKZgEAlmYBAJlmAQDlZgEABWcBADRnAQBAZwEAg2cBAJdnAQDSZwEA4GcBACFoAQAoaAEAncAMAIdoAQC/aAEAwWgBAMmwCQDCaAEA3K8JAMxoAQAOaQEAEGkBAF1pAQBnaQEArGkBAG5pAQAutAkAtWkBAPtpAQABagEASmoBAFZqAQCZagEAoGoBAOhqAQDtagEAN2sBAENrAQCGawEAiWsBANVrAQDiawEAJGwBAClsAQBzbAEAfWwBAMJsAQDYbAEAEW0BABNtAQBgbQEAam0BAK9tAQC+bQEA/m0BAAluAQDswAwAWW4BAJxuAQCpbgEA624BAPluAQA6bwEARm8BAIlvAQCQbwEAO8EMAN1vAQAncAEA5G8BACYHDADmbwEAnJcDAClwAQCVCgMALHABANTsCAA+cAEAdnABAIRwAQDFcAEA0nABABRxAQAccQEAY3EBAG1xAQC0LwYAc3EBALJxAQC0cQEAAXIBAA9yAQBQcgEAYXIBAIrBDACmcgEA2cEMAPNyAQA9cwEAQ3MBAIxzAQCUcwEA23MBAORzAQAqdAEALXQBAHl0AQCFdAEAyHQBAM50AQAXdQEAH3UBAGZ1AQCFdQEAd8IMALd1AQAEdgEAEnYBAFN2AQBkdgEAxsIMAKl2AQAVwwwA9nYBAEB3AQBGdwEAj3cBAJd3AQDedwEA53cBAC14AQAweAEAfHgBAIh4AQDLeAEA0XgBALPDDAAceQEAaXkBAHJ5AQC4eQEAwnkBAAd6AQASegEAVnoBAGJ6AQClegEAsnoBAPR6AQD+egEAQ3sBAFF7AQCSewEAoXsBAOF7AQDjewEAMHwBADp8AQB/fAEAjXwBAM58AQDTfAEAHX0BACp9AQBsfQEAdH0BALt9AQDLfQEACn4BAAx+AQBZfgEAZ34BAKh+AQC5fgEAAsQMAP5+AQBRxAwAT38BAJV/AQCYfwEA5H8BAPB/AQAzgAEAOYABAIKAAQCPgAEA0YABANOAAQAggQEANoEBAG+BAQB7gQEAoMQMAMqBAQANggEAE4IBAFyCAQBfggEAq4IBALmCAQD6ggEA/4IBAEmDAQBWgwEAmIMBAKCDAQDvxAwA9IMBADaEAQBEhAEAhYQBAJuEAQDUhAEA3YQBACOFAQA5hQEAcoUBAHqFAQDBhQEAxIUBABCGAQAZhgEAX4YBAGCGAQCuhgEAr4YBAP2GAQAChwEATIcBAFKHAQCbhwEApYcBAOqHAQD2hwEAOYgBAECIAQCIiAEAkIgBANeIAQDZiAEAJokBACeJAQB1iQEAg4kBAMSJAQDMiQEAE4oBAC6KAQBiigEAbooBALGKAQC3igEAAIsBAAOLAQBPiwEAXYsBAJ6LAQCjiwEA7YsBAPqLAQA8jAEARIwBAIuMAQCZjAEA2owBAN2MAQA+xQwALI0BAHiNAQAtjQEAWuAHADWNAQA70QcAN40BANodCwA8jQEAg0cLAHuNAQDHjQEA2I0BABaOAQAyjgEAZY4BAG2OAQCNxQwAxY4BAAOPAQALjwEAUo8BAFiPAQChjwEApo8BAPCPAQD5jwEAP5ABAEmQAQCOkAEAnJABAN2QAQDqkAEALJEBADiRAQB7kQEAfpEBAMqRAQDmkQEA3MUMABySAQBokgEALZIBAMN8AwB0kgEAt5IBAL2SAQAGkwEAEJMBACvGDABakwEApJMBALGTAQDzkwEA+5MBAPXMDAD/kwEAQpQBAAOUAQBumgEASJQBAJGUAQCXlAEA4JQBAOWUAQAvlQEANZUBAHrGDACIlQEAtrEJAIyVAQDNlQEA3pUBAMnGDAAjlgEAGMcMAHOWAQBnxwwAyJYBAAmXAQAQlwEAWJcBAGCXAQCnlwEAtJcBAPaXAQD7lwEARZgBAE+YAQCUmAEAnJgBAOOYAQDpmAEAMpkBADSZAQCBmQEAj5kBANCZAQDTmQEAH5oBACuaAQC2xwwAcJoBAL2aAQDLmgEADJsBAB2bAQAFyAwAYpsBAFTIDACwmwEA+ZsBAP+bAQBInAEATZwBAJecAQCdnAEAo8gMAOicAQA1nQEA8pwBAHmKBABQnQEAhJ0BAIadAQDTnQEA7Z0BACKeAQAvngEADuQHADOeAQBxngEAc54BAMCeAQDNngEAD58BACafAQBenwEAeJ8BAK2fAQCvnwEA/J8BAP+fAQBLoAEATqABAJqgAQCmoAEA6aABAO+gAQA4oQEAQqEBAPLIDACMoQEA1qEBAOOhAQAlogEAMaIBAHSiAQB6ogEAw6IBAMmiAQASowEAF6MBAGGjAQBnowEAQckMALejAQDgdAsAuaMBAGc2AwC9owEA53ACAMGjAQDorAoAxqMBAP+jAQAApAEATqQBABWkAQADBwQAUKQBAJ2kAQBcpAEAqogCAKOkAQDspAEA+qQBADulAQA+pQEAiqUBAI+lAQDZpQEA5qUBACimAQA4pgEAd6YBAHmmAQDGpgEA1KYBABWnAQAmpwEAkMkMAGqnAQCzpwEAv6cBAN/JDAATqAEAUagBAFuoAQCgqAEArqgBAO+oAQDwqAEAPqkBAE+pAQCNqQEAmakBANypAQDsqQEAK6oBAC2qAQB6qgEAiKoBAMmqAQDaqgEALsoMAB6rAQBnqwEAc6sBAH3KDADCqwEABawBAAusAQBUrAEAWqwBAKOsAQCorAEA8qwBAPisAQDMygwASa0BAJCtAQCarQEAUTkLAKmtAQDfrQEA6K0BAC6uAQA4rgEAfa4BAIWuAQDMrgEA0K4BABuvAQAdrwEAaq8BAG2vAQC5rwEA1a8BABvLDAAbsAEAV7ABAFiwAQCmsAEAsrABAPWwAQAEsQEARLEBAE6xAQCTsQEAn7EBAOKxAQDpsQEAassMADeyAQCXQAoARLIBAICyAQCPsgEAz7IBANuyAQAeswEAH7MBAG2zAQB3swEAvLMBAMqzAQALtAEAELQBAFq0AQBntAEACMwMALG0AQD4tAEABLUBAEe1AQBatQEAlrUBAJe1AQDltQEA8bUBADS2AQBDtgEAg7YBAI22AQDStgEA3rYBACG3AQAotwEAV8wMAIG3AQC/twEAy7cBAA64AQAeuAEAXbgBAGe4AQCsuAEAtLgBAPu4AQAmuQEASrkBACe5AQCcvQEAdbkBAJm5AQChuQEA6LkBAO65AQA3ugEARboBAIa6AQCdugEA1boBAOC6AQAkuwEALrsBAHO7AQCduwEAwrsBAMq7AQARvAEAIbwBAGC8AQBivAEAr7wBAL28AQD+vAEAD70BAETNDABUvQEAk80MAMe9AQDrvQEA870BADq+AQBAvgEAib4BAJe+AQDYvgEA774BACe/AQAyvwEAdr8BAIC/AQDFvwEA778BABTAAQAcwAEAY8ABAHPAAQCywAEAtMABAAHBAQAPwQEAUMEBAGHBAQDizQwApsEBADHODADwwQEAPcIBAEvCAQCMwgEAncIBAIDODADiwgEAz84MADLDAQAezwwAgcMBAG3PDADKwwEAF8QBACXEAQBmxAEAd8QBALzPDAC7xAEABMUBABDFAQAL0AwAXMUBAKLFAQCvxQEA8cUBAP/FAQBAxgEASsYBAI/GAQCpxgEA3sYBAOHGAQAtxwEANMcBAHzHAQCcxwEAy8cBAOXHAQBa0AwAJ8gBAGnIAQAryAEA4RkCADDIAQBZawIAd8gBALjIAQDCyAEAB8kBACHJAQBWyQEAZskBAKXJAQCryQEA9MkBAPbJAQBDygEAWcoBAJLKAQCeygEA4coBAOXKAQAwywEANcsBAH/LAQCFywEAzssBAO7LAQAdzAEAN8wBAGzMAQBuzAEAu8wBAL7MAQAKzQEADc0BAFnNAQBlzQEAqM0BAK7NAQD3zQEAAc4BAKnQDABLzgEAlc4BAKLOAQDkzgEA8M4BADPPAQBGzwEAgs8BAJHPAQDRzwEA3c8BACDQAQAh0AEAb9ABAHnQAQC+0AEAzNABAA3RAQAS0QEAXNEBAGnRAQD40AwArNEBAOfYCQCt0QEAp+wJAK7RAQDbFwoAsdEBAGmlBwCy0QEAJt4JALXRAQBAuQoAttEBAMfiCQC30QEArCAJALjRAQANiAkAudEBAJ1bCQC60QEAvWEEALvRAQD60QEAw9EBALXNDQDH0QEATewLAOnRAQD0vAoA/NEBAEnSAQBX0gEAmNIBAKnSAQBH0QwA7tIBAJbRDABC0wEAhdMBAJTTAQDU0wEA3tMBACPUAQAv1AEActQBAHnUAQA00gwAw9QBABDVAQAh1QEAX9UBAGjVAQCu1QEAutUBAP3VAQAA1gEATNYBAFTWAQCb1gEApdYBAOrWAQDv1gEAOdcBAEHXAQCI1wEAodcBANfXAQDj1wEAJtgBAC7YAQDS0gwAfdgBACHTDADH2AEAE9kBABbZAQBi2QEAbtkBALHZAQC32QEAANoBAAraAQBw0wwAVNoBAJ7aAQCr2gEA7doBAPXaAQC/0wwAQtsBAIvbAQCR2wEA2tsBAN/bAQAp3AEAL9wBAA7UDACA3AEAXdQMAMncAQA30wgAzNwBABbdAQDT3AEA3pAIACDdAQBl3QEAJd0BAE2tBgBt3QEAEkcKAIHdAQC03QEAvN0BAKzUDAAI3gEAUt4BAGjeAQCh3gEAot4BAPDeAQDy3gEAP98BAEXfAQCO3wEAmt8BAN3fAQDk3wEALOABADTgAQB74AEAhOABAMrgAQDN4AEAGeEBACfhAQBo4QEAdeEBALfhAQDO4QEABuIBAA7iAQBV4gEAYeIBAELjAQCA4gEApOIBAM/iAQDz4gEAF+MBAPvUDABf4wEAkeMBAJrjAQB+5AEAouMBAODjAQAO5AEAL+QBAFPkAQBK1QwAgOQBAM3kAQDe5AEAHOUBAErlAQBr5QEAj+UBAJnVDADA5QEANVEFAMPlAQAJ5gEAxuUBAAx7CwAT5gEAWOYBABbmAQCdWAUAF+YBAI06CwBg5gEAp+YBAKvmAQD25gEA+OYBAEXnAQBI5wEAlOcBALDnAQDo1QwA6OcBACfFCQDt5wEAUjMKAO/nAQAy6AEA8+cBAFcYCQBP6AEAgegBAIroAQDQ6AEA0ugBAB/pAQAw6QEAN9YMAHPpAQC96QEAxukBAAzqAQAd6gEAW+oBAGLqAQCq6gEAsuoBAPnqAQDE6gEAhgkCAAbrAQCX6wEACOsBANPsAQAS6wEASOsBAFTrAQCG1gwAnOsBAObrAQDw6wEANewBAD3sAQDV1gwAkOwBACTXDADY7AEAIu0BAC/tAQBx7QEAe+0BAMDtAQDC7QEAD+4BAB3uAQBe7gEAa+4BAHPXDACy7gEA/O4BAAnvAQBL7wEAVe8BAJrvAQCc7wEA6e8BAPfvAQA48AEARfABAMLXDACU8AEA1vABAODwAQAR2AwALfEBAHTxAQB28QEA9FoLAIvxAQDD8QEAyPEBABLyAQAc8gEAYfIBAGnyAQBg2AwAuvIBAP/yAQAL8wEATvMBAFHzAQCd8wEAp/MBAOzzAQAG9AEAO/QBAFL0AQCK9AEAj/QBANn0AQD19AEAr9gMADL1AQB39QEAOfUBAAyLBgCD9QEAxvUBAMn1AQAV9gEAH/YBAGT2AQB+9gEAs/YBALn2AQAC9wEABPcBAFH3AQBf9wEAoPcBAKP3AQDv9wEA+/cBAD74AQBB+AEAjfgBALD4AQD+2AwA3vgBACv5AQA5+QEAevkBAH35AQDJ+QEA1fkBABj6AQAb+gEATdkMAHL6AQC2+gEAvPoBAAX7AQAK+wEAVPsBAFj7AQCj+wEApvsBAJzZDADz+wEAGJ4KAPX7AQBB3AsA+PsBAEH8AQD7+wEAd9ULAPz7AQCTAAIA/vsBAJHDCwAA/AEAeLwLAAH8AQC9yQsAAvwBAOXkCwAJ/AEAicQJAAz8AQDhDAsATfwBAJD8AQC5/AEA3/wBAOv8AQAu/QEAPf0BAH39AQCH/QEAzP0BAM/9AQAb/gEANf4BAGr+AQB0/gEAuf4BAL7+AQAI/wEAEv8BAFf/AQBi/wEApv8BAKz/AQD1/wEA+v8BAEQAAgBIAAIA69kMAJgAAgDiAAIAoQACADjQCwDsAAIAMQECADwBAgCAAQIAhgECAM8BAgDUAQIAHgICACICAgA62gwAdQICAGs6CgB3AgIAwkwLAIcCAgC8AgIAxgICAAsDAgAWAwIAWgMCAGADAgCpAwIArgMCAPgDAgD8AwIARwQCAGoEAgCJ2gwAmAQCAOUEAgCZBAIA/KUJAJsEAgBefAcAnwQCAFtSCQCiBAIAOg0CAKQEAgCLCgwA8gQCAPMxAgDzBAIANAUCADcFAgCDBQIAjwUCANIFAgDqBQIAIQYCAC0GAgBwBgIAdgYCAL8GAgDFBgIADgcCABMHAgBdBwIAYwcCANjaDAC2BwIA+wcCAAYIAgBKCAIAUAgCAJkIAgCeCAIA6AgCAOwIAgA3CQIAOgkCACfbDACQCQIA1QkCAOAJAgAkCgIAKgoCAHMKAgB4CgIAwgoCAMYKAgB22wwAEgsCAGALAgBsCwIArwsCALsLAgD+CwIABAwCAE0MAgBTDAIAnAwCAKEMAgDrDAIA8QwCAMXbDABBDQIAlnwEAEkNAgA+RwIASg0CAIkNAgCVDQIA2A0CAN4NAgAnDgIAMw4CAHYOAgCDDgIAxQ4CANQOAgAUDwIAIA8CAGMPAgBvDwIAsg8CALgPAgABEAIABxACAFAQAgBVEAIAnxACAKUQAgAU3AwA+BACALrVBgAEEQIAPRECAAcRAgAzrAcASRECAIwRAgCUEQIAU38NAJgRAgDbEQIA4RECACoSAgAwEgIAeRICAH4SAgDIEgIAzhICAGPcDAAfEwIAecwNACETAgBmEwIAbBMCALUTAgByEwIAJsUCAMMTAgAEFAIAHRQCAFMUAgBcFAIAohQCAKwUAgDxFAIA/RQCAEAVAgBMFQIAjxUCAJUVAgDeFQIA5BUCAC0WAgAyFgIAfBYCAIIWAgCy3AwA1xYCABoXAgAkFwIAaRcCAHQXAgC4FwIAvRcCAAcYAgAOGAIAVhgCAGIYAgClGAIAqxgCAPQYAgD6GAIAQxkCAEgZAgCSGQIAmBkCAAHdDADyGQIAMBoCADEaAgB/GgIANhoCACAfAgCEGgIAzhoCANwaAgAdGwIAKhsCAGwbAgB2GwIAuxsCAMcbAgAKHAIAEBwCAFkcAgBlHAIAqBwCALscAgD3HAIABh0CAEYdAgBSHQIAlR0CAJYdAgDkHQIA7h0CADMeAgBBHgIAgh4CAIceAgDRHgIA3h4CAFDdDAAsHwIAbx8CAH8fAgC+HwIAyh8CAA0gAgATIAIAXCACAGggAgCrIAIAuCACAPogAgAJIQIASSECAFUhAgCYIQIApCECAOchAgD6IQIANiICAEUiAgCFIgIAkSICANQiAgDVIgIAIyMCAC0jAgByIwIAgCMCAMEjAgDGIwIAECQCAB0kAgCf3QwAYSQCAFB1BQBrJAIAriQCAGwkAgBsRwgAbSQCAFe2CQDCJAIA/SQCAAklAgBMJQIAUiUCAJslAgChJQIA6iUCAO8lAgA5JgIAPyYCAO7dDACUJgIA1yYCAOQmAgBVgAIA6iYCACYnAgArJwIAgTcCAC4nAgDnvwIAMicCAHUnAgB7JwIAxCcCAMonAgATKAIAGCgCAGIoAgBoKAIAPd4MAL0oAgAAKQIABikCAE8pAgBUKQIAnikCAKUpAgDtKQIA+ykCADwqAgBXKgIAiyoCAJkqAgDaKgIA3SoCACkrAgA3KwIAeCsCAH0rAgDHKwIA1CsCABYsAgAiLAIAZSwCAGssAgC0LAIAuiwCAAMtAgAILQIAUi0CAFgtAgCM3gwApi0CAPAtAgD5LQIAPy4CAEwuAgCOLgIAlS4CAN0uAgDuLgIALC8CADEvAgB7LwIAii8CAMovAgDMLwIAGTACACowAgBoMAIAdDACALcwAgC9MAIABjECAAwxAgBVMQIAWjECAKQxAgCqMQIA294MAAoyAgBCMgIATjICAJEyAgCdMgIA4DICAOYyAgAvMwIANTMCAH4zAgCDMwIAzTMCANMzAgAq3wwAIjQCAARjAgAzNAIAazQCAHQ0AgC6NAIA0DQCAAk1AgAVNQIAWDUCAGU1AgCnNQIAsTUCAPY1AgACNgIARTYCAEs2AgCUNgIAmjYCAOM2AgDoNgIAMjcCADg3AgB53wwAijcCANA3AgDaNwIAHzgCACQ4AgBuOAIAfjgCAL04AgDWOAIADDkCABE5AgBbOQIAZDkCAKo5AgC3OQIA+TkCAAA6AgBIOgIASzoCAJc6AgCjOgIA5joCAPk6AgA1OwIARDsCAIQ7AgCQOwIA0zsCANQ7AgAiPAIALDwCAHE8AgB/PAIAwDwCAMU8AgAPPQIAHD0CAMjfDABhPQIArT0CALA9AgD8PQIACT4CABFzCQALPgIASz4CAE0+AgCaPgIAnT4CAOk+AgDzPgIAOD8CAEQ/AgCHPwIAmj8CANY/AgDlPwIAJUACADFAAgB0QAIAdUACAMNAAgDNQAIAEkECACBBAgBhQQIAZkECALBBAgC9QQIAF+AMAABCAgBOQgIAWkICAJ1CAgCjQgIA7EICAO5CAgA7QwIARUMCAIpDAgCYQwIA2UMCAN5DAgAoRAIANUQCAHdEAgCDRAIAxkQCANlEAgAVRQIAJEUCAGRFAgBwRQIAs0UCALRFAgACRgIADEYCAFFGAgBfRgIAoEYCAKVGAgDvRgIA/EYCAGbgDABHRwIAjUcCAEpHAgCEQQoAk0cCANxHAgDfRwIAK0gCADlIAgB6SAIAf0gCAMlIAgDWSAIAGEkCACRJAgBnSQIAbUkCALZJAgC8SQIABUoCAApKAgBUSgIAWkoCALXgDAClSgIA8koCAKpKAgCLzgoAAUsCAEFLAgBhSwIAkEsCAJVLAgDfSwIA+ksCAC5MAgA6TAIAfUwCAINMAgDMTAIA3EwCABtNAgAsTQIAak0CAG9NAgC5TQIAvU0CAAhOAgAUTgIAV04CAF1OAgCmTgIArE4CAPVOAgD6TgIARE8CAEpPAgAE4QwAqU8CAOJPAgDjTwIAMVACAEJQAgCAUAIAjFACAM9QAgDlUAIAHlECACpRAgBtUQIAelECALxRAgDGUQIAC1ICABdSAgBaUgIAYVICAKlSAgC1UgIA+FICAP5SAgBHUwIATVMCAJZTAgCbUwIA5VMCAOtTAgBT4QwANlQCAOmACwA9VAIAg1QCAIRUAgDSVAIA01QCACFVAgAmVQIAcFUCAHZVAgC/VQIAyVUCAA5WAgAaVgIAXVYCAGRWAgCsVgIAsVYCAPtWAgD8VgIASlcCAFZXAgCZVwIAn1cCAOhXAgDqVwIAN1gCAEFYAgCGWAIAlFgCANVYAgDaWAIAJFkCADFZAgBzWQIAf1kCAMJZAgDVWQIAEVoCACBaAgBgWgIAbFoCAK9aAgCwWgIA/loCAAhbAgBNWwIAW1sCAJxbAgChWwIA61sCAPhbAgCi4QwAS1wCAIlcAgCVXAIA2FwCAO9cAgAnXQIAKV0CAHZdAgCHXQIAxV0CAMddAgAUXgIAGl4CAGNeAgB6XgIAsl4CALteAgABXwIAF18CAFBfAgBcXwIAn18CAKxfAgDuXwIA+F8CAD1gAgBJYAIAjGACAJ9gAgDbYAIA6mACACphAgA2YQIAeWECAHphAgDIYQIA0mECABdiAgAlYgIAZmICAGtiAgC1YgIAwmICAPHhDAAGYwIAU2MCAGdjAgCiYwIAsGMCAPFjAgD+YwIAQGQCAEdkAgCPZAIAm2QCAN5kAgDxZAIALWUCADJlAgB8ZQIAhWUCAMtlAgDVZQIAGmYCAB9mAgBpZgIAeWYCALhmAgDRZgIAB2cCAAxnAgBWZwIAX2cCAKVnAgCyZwIA9GcCAPtnAgBDaAIARmgCAJJoAgCeaAIA4WgCAPRoAgAwaQIAP2kCAH9pAgCLaQIAzmkCAM9pAgAdagIAJ2oCAGxqAgB6agIAu2oCAMBqAgAKawIAF2sCAEDiDAByawIAqGsCALRrAgD3awIA/WsCAEZsAgBWbAIAlWwCAJpsAgDkbAIA6mwCADNtAgBJbQIAgm0CAIRtAgDRbQIA220CACBuAgAsbgIAb24CAIJuAgC+bgIAzW4CAA1vAgAZbwIAXG8CAF1vAgCrbwIAtW8CAPpvAgAIcAIASXACAE5wAgCYcAIApXACAI/iDADqcAIAbL8KAPFwAgDYngsA83ACAK4BCAD0cAIAzSADAPZwAgA2cQIAP3ECAIVxAgCLcQIA1HECANpxAgAjcgIAL3ICAHJyAgB/cgIAwXICAMtyAgAQcwIAJnMCAF9zAgBkcwIArnMCALVzAgD9cwIAC3QCAEx0AgBcdAIAm3QCAKl0AgDqdAIA+XQCADl1AgA7dQIAiHUCAJJ1AgDXdQIA5XUCACZ2AgArdgIAdXYCAIJ2AgDEdgIA0HYCABN3AgAmdwIAYncCAHF3AgCxdwIAvXcCAAB4AgABeAIAT3gCAFl4AgCeeAIArHgCAO14AgDyeAIAPHkCAEl5AgDe4gwAjXkCANp5AgCXeQIA9/kHAOt5AgApegIAMnoCAHh6AgCEegIAx3oCANN6AgAWewIAHHsCAGV7AgBrewIAtHsCALl7AgADfAIACXwCAC3jDABYfAIAfOMMAK18AgDL4wwA83wCAGnkDABCfQIAuOQMAER9AgDWygMAkX0CAMOoCQCbfQIA3X0CAOd9AgAsfgIALn4CAHt+AgCOfgIAyn4CANZ+AgAZfwIAH38CAGh/AgBufwIAt38CALx/AgAGgAIADIACAAflDABfgAIApIACAKaAAgDzgAIA/YACAEKBAgBQgQIAkYECAJaBAgDggQIA7YECAC+CAgA7ggIAfoICAISCAgDNggIA04ICAByDAgAhgwIAa4MCAHGDAgBW5QwAw4MCAD8ODADHgwIACYQCAMuDAgCFigkAFoQCAFiEAgAohAIA7uoDAF2EAgCnhAIAsYQCAPaEAgD+hAIARYUCAA2FAgDBtAsAS4UCAMhnCgBThQIAl48KAFSFAgAHCAcAVYUCAJSFAgBWhQIAcVUJAKKFAgDjhQIA8IUCADKGAgA5hgIAgYYCAImGAgDQhgIA0YYCAClECQDThgIAH4cCAOaGAgBPQgkAM4cCAG6HAgCEhwIAvYcCANaHAgAMiAIAEYgCAFuIAgBsiAIApeUMALuIAgD5iAIA+4gCAEiJAgBSiQIAl4kCAKWJAgDmiQIA64kCADWKAgBCigIAhIoCAIyKAgDTigIA34oCACKLAgDjigIAXowCACiLAgBxiwIAd4sCAMCLAgDFiwIAD4wCABWMAgD05QwAYIwCAK2MAgC7jAIA/IwCAA2NAgBD5gwAUo0CAJLmDACijQIA6Y0CAPeNAgA4jgIA+I0CACiTAgBFjgIAh44CAJaOAgDWjgIA244CACWPAgA7jwIAdI8CAHWPAgDDjwIAxY8CABKQAgAckAIAYZACAG+QAgCwkAIAyZACAP+QAgAQkQIATpECAFqRAgCdkQIApZECAH/nDAAAkgIAO5ICADySAgCKkgIAlpICANmSAgDckgIAzucMACqTAgB3kwIAhJMCAMaTAgDTkwIAFZQCABqUAgBklAIAbpQCALOUAgC7lAIAApUCABKVAgBRlQIAX5UCAKCVAgCtlQIA75UCAPaVAgA+lgIARpYCAI2WAgCQlgIA3JYCAPCWAgArlwIAQZcCAHqXAgCTlwIAyZcCAM6XAgAYmAIAKZgCAB3oDABvmAIAbOgMAHOYAgBrEQgAg5gCAOgRDgDDmAIABZkCAAyZAgBUmQIAYJkCAKOZAgCzmQIA8pkCAACaAgBBmgIATpoCAJCaAgCcmgIA35oCAOaaAgC76AwAMJsCAH2bAgAzmwIA03cDAIqbAgDMmwIA2ZsCABucAgAgnAIAapwCAHScAgC5nAIAwZwCAAidAgARnQIAV50CAFqdAgCmnQIAsp0CAArpDAD6nQIARJ4CAAGeAgDHpggASZ4CAJOeAgCbngIA4p4CAPieAgAxnwIAM58CAICfAgCNnwIAz58CAOOfAgBZ6QwAI6ACAG2gAgB1oAIAEJ8IAHegAgC8oAIAxKACAAuhAgAXoQIAWqECAGehAgCpoQIArqECAPihAgABogIAR6ICAF6iAgCWogIAoaICAKjpDADzogIANKMCADejAgCDowIAhqMCANKjAgDgowIAIaQCAC6kAgBwpAIAh6QCAL+kAgDHpAIADqUCABSlAgBdpQIAaaUCAKylAgC2pQIA+6UCAASmAgBKpgIAUKYCAJmmAgCmpgIA9+kMAPSmAgA3pwIA9qYCABmrCABGpwIAhqcCAJenAgDVpwIA16cCACSoAgAqqAIAc6gCAH+oAgDCqAIAyagCABGpAgAZqQIAYKkCAGKpAgCvqQIAvKkCAP6pAgAFqgIATaoCAFWqAgCcqgIAqaoCAOuqAgDwqgIAOqsCAESrAgCJqwIAkasCANirAgDhqwIAJ6wCACqsAgB2rAIAgqwCAMWsAgDMrAIARuoMACGtAgBjrQIAKq0CAASyAgBKrQIAHK8IAH6tAgCyrQIAtK0CAAGuAgASrgIAUK4CAF6uAgCfrgIApq4CAO6uAgD2rgIAPa8CAEKvAgCMrwIAja8CANuvAgDnrwIAKrACADCwAgB5sAIAe7ACAMiwAgDSsAIAF7ECACWxAgBmsQIAa7ECALWxAgDCsQIAleoMAAWyAgBTsgIAWLICAKKyAgCosgIA8bICAPuyAgBAswIATLMCAI+zAgCWswIA3rMCAOazAgAttAIAL7QCAHy0AgCJtAIAy7QCANK0AgAatQIAIrUCAGm1AgB2tQIAuLUCAL21AgAHtgIAEbYCAFa2AgBetgIApbYCAK62AgD0tgIA97YCAEO3AgBPtwIAkrcCAJm3AgDk6gwA7bcCANehCAD1twIAMLgCAD24AgB/uAIAibgCAM64AgDQuAIAHbkCADC5AgBsuQIAdLkCALu5AgDHuQIACroCABC6AgBZugIAX7oCAKi6AgCtugIA97oCAP26AgAz6wwAVLsCAJW7AgCkuwIA5LsCAAC8AgAzvAIABLwCAI3lAgA7vAIAgusMAIu8AgDRvAIA3rwCACC9AgAqvQIAb70CAH29AgC+vQIA1L0CAA2+AgAZvgIAXL4CAGS+AgDR6wwAsb4CAPq+AgAAvwIASb8CAE6/AgCYvwIAnr8CACDsDADsvwIANsACAD/AAgCFwAIAj8ACANTAAgDcwAIAI8ECACjBAgBywQIAgsECAMHBAgDJwQIAEMICABbCAgDqwwIAKcICAF/CAgBkwgIArsICALfCAgD9wgIACsMCAEzDAgBTwwIAm8MCAJ7DAgBv7AwA7MMCADnEAgBGxAIAiMQCAJ/EAgDXxAIA48QCAL7sDAA8xQIAdcUCAHbFAgDExQIAzsUCABPGAgAbxgIAYsYCAGzGAgCxxgIAtsYCAADHAgAIxwIAT8cCAFHHAgCexwIAUscCAI7MAgBWxwIAhNkCAGXHAgAJ0wIApccCAO3HAgD0xwIAPMgCAETIAgCLyAIAj8gCANrIAgDoyAIAKckCADPJAgB4yQIAg8kCAMfJAgDPyQIAFsoCABvKAgBlygIAgMoCALTKAgDAygIAA8sCAAnLAgBSywIAYssCAKHLAgCyywIA8MsCAPXLAgA/zAIAQ8wCAA3tDACXzAIA3cwCAPbMAgAszQIANs0CAHvNAgCBzQIAys0CAMzNAgAZzgIAKM4CAGjOAgByzgIAt84CAL/OAgAGzwIACs8CAFXPAgBjzwIApM8CAK7PAgDzzwIA/s8CAELQAgBK0AIAkdACAJbQAgDg0AIA+9ACAC/RAgA70QIAftECAITRAgDN0QIA3dECABzSAgAt0gIAa9ICAHDSAgC60gIAvtICAFztDAAS0wIAWNMCAGnTAgCn0wIAsdMCAPbTAgAE1AIARdQCAEbUAgCU1AIApdQCAOPUAgD31AIAMtUCADrVAgCB1QIAhdUCANDVAgDe1QIAH9YCACnWAgBu1gIAedYCAL3WAgDF1gIADNcCABHXAgBb1wIAdtcCAKrXAgC21wIA+dcCAP/XAgBI2AIAWNgCAJfYAgCo2AIA5tgCAOvYAgA12QIAOdkCAKvtDACS2QIA09kCAO7ZAgAi2gIAMNoCAHHaAgB42gIAwNoCAMzaAgAP2wIAF9sCAPrtDABs2wIArdsCALfbAgD82wIAB9wCAEvcAgBT3AIAmtwCAJ/cAgDp3AIABN0CADjdAgBE3QIAh90CAI3dAgDW3QIA5t0CACXeAgA23gIAdN4CAHneAgDD3gIAx94CAEnuDAAj3wIAYd8CAGnfAgCw3wIAsd8CAP/fAgAE4AIATuACAFzgAgCd4AIAquACAOzgAgD24AIAO+ECAEfhAgCK4QIAkOECANnhAgDh4QIAKOICAC/iAgB34gIAg+ICAMbiAgDM4gIAFeMCACHjAgBk4wIAdOMCALPjAgC/4wIAAuQCAAjkAgBR5AIAXeQCAKDkAgCt5AIA7+QCAP7kAgA+5QIASuUCAJjuDACZ5QIA3OUCAOPlAgAr5gIAM+YCAHrmAgB85gIAyeYCANPmAgAY5wIAIOcCAOfuDAB15wIAXfQCAHbnAgC25wIAuOcCAAXoAgAW6AIAVOgCAGXoAgCj6AIAr+gCAPLoAgD56AIAQekCAEnpAgCQ6QIAuukCAN/pAgDk6QIALuoCAC/qAgB96gIAh+oCAMzqAgDa6gIAG+sCACDrAgBq6wIAd+sCALnrAgDV6wIACOwCACTsAgA27wwAZOwCAKbsAgCq7AIA9ewCAPvsAgBE7QIARu0CAJPtAgCU7QIA4u0CAAXuAgAx7gIAVe4CAIDuAgCq7gIAz+4CANfuAgAe7wIAI+8CAG3vAgB67wIAvO8CAMTvAgAL8AIADfACAFrwAgBi8AIAqfACANPwAgD48AIABfECAEfxAgBM8QIAlvECAKPxAgDl8QIA8fECADTyAgBe8gIAg/ICAIvyAgDS8gIA7fICACHzAgAj8wIAcPMCAIHzAgC/8wIAyPMCAA70AgAa9AIAhe8MAGr0AgCs9AIAs/QCAPv0AgAH9QIASvUCAF31AgCZ9QIAofUCAOj1AgDt9QIAN/YCAED2AgCG9gIAkPYCANX2AgDd9gIAJPcCACn3AgBz9wIAg/cCAML3AgDK9wIAEfgCACr4AgBg+AIAZfgCAK/4AgC4+AIA/vgCAAv5AgBN+QIAVPkCAJz5AgCf+QIA1O8MAO35AgA6+gIARPoCAIn6AgCL+gIA2PoCAPH6AgAn+wIAKfsCAHb7AgB5+wIAxfsCANH7AgAU/AIAHPwCACPwDAB3/AIAsvwCALX8AgAB/QIAC/0CAFD9AgBc/QIAn/0CALX9AgDu/QIA9v0CAD3+AgBL/gIAjP4CAI/+AgDb/gIA4/4CACr/AgAt/wIAef8CADj/AgD0BQMAg/8CAMj/AgCE/wIAjwIDAMr/AgAXAAMAHQADAGYAAwBwAAMAtQADAMMAAwAEAQMAEQEDAFMBAwBqAQMAogEDAKoBAwDxAQMA+gEDAEACAwBBAgMAcvAMAJgCAwDeAgMA6AIDAC0DAwA3AwMAfAMDAIoDAwDLAwMA2AMDABoEAwAxBAMAaQQDAHEEAwC4BAMAvwQDAAcFAwAMBQMAVgUDAFoFAwClBQMAsgUDAMHwDAABBgMAQwYDAEsGAwCSBgMAmAYDAOEGAwDtBgMAMAcDAD8HAwB/BwMAhAcDAM4HAwDpBwMAHQgDACkIAwBsCAMAcggDALsIAwDPCAMACgkDABIJAwBZCQMAbwkDAKgJAwCtCQMA9wkDAP4JAwBGCgMAUgoDABDxDACcCgMA5AoDAPIKAwAzCwMAQAsDAIILAwCZCwMA0QsDANkLAwAgDAMAJgwDAG8MAwB7DAMAvgwDAMUMAwANDQMAGw0DAFwNAwBfDQMAqw0DALMNAwD6DQMACA4DAEkOAwBMDgMAmA4DAKAOAwDnDgMA+A4DADYPAwA7DwMAhQ8DAIcPAwDUDwMA2w8DACMQAwAxEAMAchADAH8QAwDBEAMA2BADABARAwAYEQMAXxEDAGkRAwCuEQMAuREDAP0RAwAJEgMATBIDAFQSAwBf8QwAnRIDAOoSAwD0EgMAORMDADsTAwCIEwMAixMDANcTAwDjEwMAJhQDADAUAwB1FAMAfRQDAMQUAwDSFAMAExUDACAVAwBiFQMAahUDALEVAwDHFQMAABYDAAwWAwBPFgMAZRYDAJ4WAwCjFgMA7RYDAPMWAwA8FwMAUBcDAK7xDACOFwMA2hcDAOIXAwApGAMANxgDAHgYAwA/GAMAK5oGAIUYAwDHGAMAzxgDABYZAwAgGQMAZRkDAHAZAwC0GQMAwBkDAAMaAwALGgMA/fEMAFgaAwChGgMAphoDAPAaAwD/GgMAPxsDAEsbAwCOGwMAkRsDAN0bAwDgGwMALBwDADQcAwB7HAMAgBwDAMocAwDaHAMAGR0DACEdAwBoHQMAax0DALcdAwDBHQMABh4DAAgeAwBVHgMAWx4DAKQeAwCuHgMA8x4DAAEfAwBCHwMATx8DAJEfAwCoHwMA4B8DAOgfAwAvIAMAOCADAH4gAwB/IAMATPIMANkgAwAcIQMAHyEDALEFCAArIQMAayEDAC8hAwCS9gcAdSEDALohAwDCIQMAlo8DAMYhAwBgnAsAyCEDAAkiAwDWIQMATfwGAA4iAwBYIgMAFiIDADJgBABlIgMApyIDAKoiAwACcggArSIDACXOBwCvIgMA9iIDALEiAwDAAwUAsyIDAOfoBAD8IgMALmIFAAAjAwBFIwMABCMDAMU6CABKIwMAlCMDAFEjAwAZuwMAnCMDAOMjAwDmIwMAMiQDAD4kAwCBJAMAhyQDANAkAwDrJAMAHyUDACslAwBuJQMAdCUDAL0lAwDFJQMADCYDAA4mAwBbJgMAESYDAPkmAwBlJgMAqiYDALImAwCb8gwABicDAEgnAwBQJwMAlycDAJonAwDmJwMA6ycDADUoAwBEKAMAhCgDAKQoAwDTKAMA3ygDACIpAwAsKQMAcSkDAHkpAwDAKQMA0ikDADnzDAAZKgMAXioDAGwqAwCtKgMAuioDAPwqAwATKwMASysDAFMrAwCaKwMAqSsDAOkrAwDuKwMAOCwDAEUsAwCHLAMAlCwDANYsAwDiLAMAJS0DADQtAwB0LQMAfi0DAMMtAwDRLQMAEi4DABcuAwBhLgMAbi4DALAuAwCzLgMA/y4DAAcvAwBOLwMAUy8DAJ0vAwCqLwMA7C8DAPQvAwA7MAMARDADAIowAwCXMAMA2TADAOcwAwAoMQMAOzEDAHcxAwB/MQMAxjEDAM0xAwAVMgMAGjIDAGQyAwB6MgMAszIDALUyAwACMwMAEDMDAFEzAwBeMwMAoDMDAKgzAwDvMwMA8jMDAD40AwBDNAMAjTQDAJw0AwDcNAMA/DQDACs1AwA3NQMAejUDAIQ1AwDJNQMA0TUDABg2AwAqNgMAiPMMAHg2AwC2NgMAvTYDAAU3AwANNwMAVDcDAGE3AwCjNwMAqDcDAPI3AwD8NwMAQTgDAEk4AwCQOAMAkjgDAHCBCACaOAMAgpkIAJ84AwDfOAMAoDgDAKVXBwDkOAMALjkDADs5AwB9OQMAijkDAMw5AwDYOQMAGzoDACo6AwBqOgMAdDoDALk6AwDBOgMACDsDABI7AwBXOwMAXDsDAKY7AwCuOwMA1/MMAAE8AwBEPAMASjwDAJM8AwCuPAMA4jwDAO48AwAxPQMANz0DAIA9AwCcPQMAzz0DANc9AwAm9AwAJj4DAG0+AwB3PgMAvD4DAMc+AwALPwMAFz8DAFo/AwBiPwMAdfQMALU/AwD4PwMA/j8DAEdAAwBiQAMAlkADAKJAAwDlQAMA60ADADRBAwA8QQMAg0EDAIlBAwDSQQMA20EDACFCAwAuQgMAcEIDAH1CAwC/QgMAzUIDAA5DAwAbQwMAXUMDAHRDAwCsQwMAtEMDAPtDAwAARAMASkQDAAxEAwAkRgMAV0QDAJlEAwChRAMA6EQDAPNEAwA3RQMAPEUDAIZFAwCJRQMA1UUDAN9FAwDE9AwAKUYDAHNGAwCCRgMAwkYDAMRGAwARRwMAIkcDAGBHAwBxRwMAr0cDAMNHAwAT9QwAD0gDAE1IAwBQSAMAnEgDAFVIAwA0VwYAWkgDAKaQCwCmSAMA60gDAO1IAwA6SQMAREkDAIlJAwCVSQMA2EkDAABKAwAnSgMAMkoDAFn2AwBNSgMAdkoDAKdKAwDFSgMA60oDABRLAwA6SwMAY0sDAJVLAwCySwMA4ksDAAFMAwAJTAMAUEwDAHhMAwCfTAMA0kwDAO5MAwAeTQMAPU0DAEVNAwCMTQMAm00DANtNAwDgTQMAKk4DADNOAwB5TgMAN04DAJJVAwCKTgMAyE4DAM9OAwAXTwMAH08DAGZPAwBzTwMAtU8DALpPAwAEUAMADlADAFNQAwBbUAMAolADAKxQAwC+WwMAsVADAPFQAwD2UAMAQFEDAE1RAwCPUQMAnFEDAN5RAwDqUQMALVIDADxSAwB8UgMAhlIDAMtSAwDTUgMAGlMDACRTAwBpUwMAblMDALhTAwDAUwMAYvUMABNUAwBWVAMAXFQDAKVUAwDAVAMA9FQDAABVAwBDVQMASVUDALH1DACfVQMA4VUDAO1VAwAwVgMAP1YDAH9WAwCJVgMAzlYDANxWAwAdVwMAIlcDAGxXAwB5VwMAu1cDAMNXAwAKWAMAFFgDAFlYAwBeWAMAqFgDALBYAwD3WAMA+lgDAEZZAwBSWQMAlVkDAJtZAwDkWQMA/1kDADNaAwA/WgMAgloDAIhaAwDRWgMA2VoDACBbAwAiWwMAb1sDAHlbAwAA9gwAxFsDAA1cAwAPXAMAXFwDAGlcAwCrXAMArlwDAPpcAwALXQMASV0DAEtdAwCYXQMAol0DAOddAwDzXQMANl4DAD5eAwBP9gwAil4DANReAwDXXgMAI18DAC1fAwByXwMAel8DAMFfAwDOXwMAEGADABJgAwBfYAMAdWADAK5gAwC6YAMAnvYMABlhAwBMYQMAaGEDAO32DACgYQMA6mEDAPdhAwA5YgMARmIDAIhiAwCUYgMA12IDAOZiAwAmYwMAMGMDAHVjAwCDYwMAxGMDAMljAwATZAMAIGQDAGJkAwB7ZAMAsWQDALNkAwAAZQMAB2UDADz3DABsZQMAnmUDAK9lAwDtZQMA+WUDADxmAwBPZgMAi2YDAJpmAwDaZgMA5mYDAClnAwAqZwMAeGcDAIJnAwDHZwMA1WcDABZoAwAbaAMAZWgDAHJoAwCL9wwAuWgDAANpAwAQaQMAUmkDAF9pAwChaQMArWkDAPBpAwD/aQMAP2oDAElqAwCOagMAnGoDAN1qAwDiagMALGsDADlrAwB7awMAg2sDAMprAwDUawMAGWwDAB5sAwBobAMAcGwDAHj4DAC5bAMABm0DABRtAwBVbQMAZm0DAMf4DACrbQMAFvkMAPhtAwBCbgMASm4DAJFuAwCgbgMA4G4DAOVuAwAvbwMAPG8DAH5vAwCLbwMAzW8DANlvAwAccAMAK3ADAGtwAwB1cAMAtPkMAMBwAwA/5QkAzXADAAlxAwAYcQMAWHEDAGRxAwCncQMAqHEDAPZxAwAAcgMARXIDAFNyAwCUcgMAmXIDAONyAwDwcgMAA/oMADZzAwCBcwMAjHMDANBzAwDecwMAH3QDADB0AwBudAMAenQDAL10AwDFdAMAUvoMABF1AwBbdQMAaHUDAKp1AwC3dQMA+XUDAAV2AwBIdgMAV3YDAJd2AwChdgMA5nYDAPR2AwA1dwMAQncDAIR3AwCbdwMAofoMAOB3AwAieAMAL3gDAHF4AwB9eAMAwHgDAM94AwAPeQMAGXkDAF55AwBseQMArXkDAHp5AwCaGwgAsnkDAPx5AwAJegMAS3oDAFN6AwCaegMAoHoDAOl6AwD1egMAOHsDAEh7AwCHewMAkHsDANZ7AwDZewMAJXwDADF8AwB0fAMAe3wDAPD6DADQfAMAEn0DACF9AwBhfQMAYn0DALB9AwDHfQMA/30DABl+AwBOfgMAWn4DAJ1+AwCwfgMA7H4DAPt+AwA7fwMAR38DAIp/AwCLfwMA2X8DAON/AwAogAMANoADAHeAAwB8gAMAxoADANOAAwA/+wwAL4EDAGSBAwBzgQMAs4EDALWBAwACggMAuIEDAN+HAwAPggMAUYIDAF6CAwCgggMApYIDAO+CAwD5ggMAPoMDAE2DAwCNgwMAkoMDANyDAwDpgwMAK4QDADiEAwB6hAMAhoQDAMmEAwDYhAMAGIUDACKFAwBnhQMAdIUDALaFAwC7hQMABYYDAAmGAwBUhgMAYIYDAKOGAwCphgMA8oYDAPiGAwBBhwMARocDAJCHAwCWhwMAjvsMAOyHAwAuiAMAO4gDAH2IAwCJiAMAzIgDANuIAwAbiQMAJYkDAGqJAwB4iQMAuYkDAL6JAwAIigMAFYoDAFeKAwBeigMApooDAKuKAwD1igMAAYsDAESLAwBHiwMAk4sDAKCLAwDiiwMA54sDADGMAwA7jAMAgIwDAIyMAwDPjAMA4owDAB6NAwAsjQMAbY0DAHCNAwC8jQMAxo0DAAuOAwAXjgMAWo4DAGCOAwCpjgMAr44DAPiOAwD9jgMAR48DAE2PAwDd+wwAoI8DAO2OBQCijwMAEUoHAKWPAwDljwMA548DADSQAwBFkAMAg5ADAJSQAwDSkAMA2pADACGRAwAxkQMAcJEDAHKRAwC/kQMAzZEDAA6SAwAfkgMALPwMAGSSAwB7/AwArZIDAPuSAwAAkwMASpMDAFCTAwCZkwMAo5MDAOiTAwD0kwMAN5QDAD2UAwCGlAMAjJQDANWUAwDalAMAJJUDACqVAwDK/AwAgZUDAMKVAwDblQMAEZYDABKWAwBglgMAfZYDAK+WAwDJlgMA/pYDAAGXAwBNlwMAUpcDALf9DAC1lwMA65cDAPGXAwA6mAMAAZgDAO0DBAA8mAMAiZgDAI+YAwDYmAMA7JgDACeZAwAvmQMAdpkDAIOZAwDFmQMAypkDABSaAwAemgMAY5oDAGuaAwCymgMAw5oDAAGbAwAGmwMAUJsDAFKbAwCfmwMAppsDAO6bAwD6mwMAPZwDAEScAwCMnAMAqJwDANucAwDjnAMABv4MAC+dAwB5nQMAe50DAMidAwDPnQMAF54DACWeAwBmngMAc54DALWeAwDMngMABJ8DAAyfAwBTnwMAXZ8DAKKfAwBpnwMA6v8DAK2fAwDxnwMA/Z8DAECgAwBIoAMAVf4MAJCgAwDeoAMA46ADAC2hAwAwoQMAfKEDAIahAwDLoQMA4qEDABqiAwAgogMAaaIDAHWiAwC4ogMAu6IDAAejAwAkowMAVqMDAGejAwClowMAxKMDAPSjAwD8owMAQ6QDAEWkAwCSpAMAoaQDAOGkAwDrpAMAMKUDAD6lAwB/pQMAmqUDAM6lAwDapQMAHaYDACWmAwCk/gwAeKYDALumAwDKpgMACqcDAA+nAwBZpwMAX6cDAKinAwCvpwMA96cDAP+nAwBGqAMASKgDAJWoAwCcqAMA5KgDAOaoAwAzqQMANKkDAIKpAwCMqQMA0akDAN2pAwAgqgMAJqoDAG+qAwCJqgMAvqoDAMaqAwANqwMAI6sDAFyrAwBqqwMAq6sDAK6rAwD6qwMA/asDAEmsAwBXrAMAmKwDAKWsAwDnrAMA/qwDADatAwA+rQMAha0DAIetAwDUrQMA3K0DACOuAwA6rgMAcq4DAH6uAwDBrgMA164DABCvAwAYrwMAX68DAG2vAwCurwMAuK8DAP2vAwAFsAMATLADAFOwAwCbsAMAp7ADAOqwAwDrsAMAObEDAEWxAwCIsQMAlbEDANexAwDesQMAJrIDACmyAwB1sgMAfbIDAMSyAwDJsgMAE7MDACCzAwBiswMAkLMDALGzAwC5swMA8/4MAAi0AwDILg0AHLQDAE+0AwBXtAMAQv8MAKy0AwDttAMA77QDADy1AwBNtQMAi7UDAJO1AwDatQMA5rUDACm2AwAvtgMAeLYDAH62AwDHtgMAzLYDABa3AwActwMAkf8MAGq3AwC0twMAcbcDAFSfCgC8twMAA7gDAAi4AwD2YQgACbgDAMpICQAPuAMAXgcJABK4AwBSuAMAFLgDAFJGCQBXuAMAobgDAFi4AwCBdgcArrgDAPC4AwD9uAMAP7kDAEu5AwCOuQMAnbkDAN25AwDnuQMAzQANADa6AwB7ugMAgLoDAMq6AwDSugMAHAENAB+7AwBouwMAfrsDALe7AwDFuwMABrwDABO8AwBVvAMAV7wDAKS8AwCuvAMA87wDAP+8AwBCvQMASb0DAJG9AwCZvQMA4L0DAOe9AwAvvgMAOL4DAH6+AwCKvgMAzb4DANW+AwC6AQ0AIb8DAGu/AwBzvwMAur8DAMm/AwAJwAMADsADAFjAAwBlwAMAp8ADALTAAwD2wAMAAsEDAEXBAwBUwQMAlMEDAJ7BAwDjwQMA8cEDADLCAwA3wgMAgcIDAI7CAwDQwgMA2MIDAB/DAwApwwMAbsMDAHzDAwC9wwMA08MDAAzEAwAYxAMAW8QDAGDEAwCqxAMAs8QDAPnEAwADxQMACQINAFLFAwCXxQMAo8UDAObFAwDuxQMAWAINADrGAwCExgMAkcYDANPGAwDgxgMAIscDAC7HAwBxxwMAgMcDAMDHAwDKxwMAD8gDACfIAwBeyAMAaMgDAK3IAwC7yAMA/MgDABLJAwBLyQMAV8kDAJrJAwCfyQMA6ckDAPLJAwA4ygMAQsoDAIfKAwCPygMApwINAOPKAwAlywMA7MoDAHRvDAAyywMAdMsDAIDLAwDDywMA0ssDABLMAwAczAMAYcwDAG/MAwCwzAMAvcwDAP/MAwAWzQMATs0DAFbNAwCdzQMAp80DAOzNAwDxzQMAO84DAEPOAwD2Ag0Als4DANnOAwDfzgMAKM8DAEPPAwB3zwMAg88DAMbPAwDMzwMAFdADADHQAwBk0AMAbNADAEUDDQC40AMAAtEDAA/RAwBR0QMAXtEDAKDRAwCs0QMA79EDAP7RAwA+0gMASNIDAI3SAwCb0gMA3NIDAOHSAwAr0wMAONMDAHrTAwCC0wMAydMDAM/TAwAY1AMA09MDAPLVAwAk1AMAZ9QDAHfUAwC21AMAv9QDAAXVAwAI1QMAVNUDAGDVAwCj1QMAqtUDAJQDDQAA1gMAQdYDAFfWAwCQ1gMAnNYDAN/WAwDm1gMALtcDADbXAwB91wMAgtcDAMzXAwDV1wMAG9gDACXYAwDjAw0Ab9gDALnYAwB22AMAvNwDAMHYAwAI2QMADtkDAFfZAwBc2QMAptkDAK/ZAwD12QMA/9kDAETaAwBQ2gMAk9oDAJvaAwAyBA0A59oDADHbAwA52wMAgNsDAIvbAwDP2wMA1NsDAB7cAwAh3AMAbdwDAHfcAwCBBA0AxtwDAAvdAwAP3QMAWt0DAF/dAwCp3QMAr90DAPjdAwAY3gMAR94DAE/eAwCW3gMApN4DAOXeAwDo3gMANN8DADzfAwCD3wMAjN8DANLfAwDf3wMAIeADACfgAwBw4AMAfOADAL/gAwDB4AMADuEDAB3hAwBd4QMAaOEDAKzhAwCu4QMA++EDABTiAwBK4gMAW+IDAJniAwCl4gMA0AQNAPDiAwA34wMAV+MDAIbjAwCU4wMA1eMDAOLjAwAk5AMAK+QDAHPkAwCP5AMAwuQDAMrkAwAfBQ0AFuUDAGDlAwBt5QMAr+UDALzlAwD+5QMACuYDAE3mAwBc5gMAnOYDAKbmAwDr5gMAAOcDADrnAwBC5wMAiecDAJjnAwDY5wMA2ucDACfoAwAw6AMAdugDAHnoAwDF6AMA0egDABTpAwAw6QMAY+kDAGvpAwBuBQ0At+kDAAHqAwAX6gMAUOoDAFzqAwCf6gMAwuoDAL0FDQD46gMAPesDAEXrAwCM6wMAkusDAH7BBwCb6wMA2+sDAODrAwAq7AMAN+wDAHnsAwCG7AMAyOwDANTsAwAX7QMAJu0DAGbtAwBw7QMAte0DAL3tAwAE7gMADu4DAFPuAwBY7gMAou4DAKruAwAMBg0A9O4DAEDvAwBd7wMAj+8DAKDvAwDe7wMA7O8DAHk7BAAT8AMALfADAEnwAwB88AMAmPADAFsGDQDR8AMAGvEDACDxAwBp8QMAbvEDALjxAwC+8QMAqgYNAAzyAwBW8gMAY/IDAKXyAwCy8gMA9PIDAADzAwBD8wMAUvMDAJLzAwCc8wMA4fMDAO/zAwAw9AMANfQDAH/0AwCM9AMAzvQDANr0AwAd9QMAI/UDAGz1AwBy9QMAu/UDAMD1AwAK9gMAEPYDAJcHDQBt9gMAqPYDAM72AwD39gMAHfcDAEb3AwBs9wMAlfcDAMX3AwDk9wMA7PcDADP4AwBb+AMAgvgDALf4AwDR+AMA9/gDACD5AwBG+QMAb/kDAKT5AwC++QMA7vkDAA36AwAV+gMAXPoDAGH6AwCITwQAa/oDAKv6AwCw+gMA+voDAAf7AwBJ+wMAVvsDAJj7AwCk+wMA5/sDAPb7AwA2/AMAQPwDAIX8AwCT/AMA1PwDANn8AwAj/QMAMP0DAHL9AwB6/QMAwf0DAMf9AwAQ/gMAy/0DABBNBAAc/gMAX/4DAG/+AwCu/gMAt/4DAP3+AwAA/wMATP8DAFj/AwCb/wMAov8DAOYHDQD+/wMAOQAEADwABACIAAQApQAEANcABADoAAQAJgEEAC0BBAB1AQQAjgEEAMQBBADMAQQAEwIEACkCBABiAgQAZwIEALECBAC4AgQAAAMEAAkDBABPAwQAYAMEAJ4DBACqAwQANQgNAAEEBAA8BAQAPwQEAIsEBACoBAQA2gQEAOsEBAApBQQAOAUEAHgFBACJBQQAxwUEANUFBAAWBgQAIgYEAGUGBAByBgQAtAYEAL4GBACECA0ADAcEAFIHBABfBwQAoQcEAK8HBADwBwQA/wcEAD8IBABBCAQAjggEAJgIBADdCAQA6wgEACwJBAAxCQQAewkEAIgJBADKCQQAzQkEABkKBAAlCgQAaAoEAHsKBAC3CgQAxgoEAAYLBAASCwQAVQsEAFYLBACkCwQArgsEAPMLBAABDAQAQgwEAEcMBACRDAQAngwEANMIDQDlDAQALw0EAEUNBAB+DQQAlA0EAM0NBADWDQQAHA4EACkOBABrDgQAeQ4EALoOBADJDgQACQ8EAAsPBABYDwQAYg8EAKcPBAC1DwQA9g8EAPsPBABFEAQAUhAEAJQQBACXEAQA4xAEAOsQBAAyEQQAQxEEAIERBACPEQQA0BEEAN0RBAAfEgQAPxIEAG4SBAB2EgQAvRIEAM0SBAAMEwQADhMEAFsTBABpEwQAqhMEALsTBADACQ0A/xMEAEgUBABUFAQADwoNAJ4UBADmFAQApBQEAO+rBQDtFAQANRUEADsVBACEFQQAkBUEANMVBADWFQQAIhYEACUWBABxFgQAnBYEAMAWBADjFgQADxcEABoXBABeFwQAYxcEAK0XBACwFwQA/BcEAAYYBABLGAQAdhgEAF4KDQCfGAQA6RgEAPYYBAA4GQQARRkEAIcZBACTGQQA1hkEAOUZBAAlGgQALxoEAHQaBAB8GgQAwxoEAM0aBAASGwQAFxsEAGEbBABpGwQArQoNAL0bBAD/GwQAExwEAE4cBABWHAQAnRwEAKIcBADsHAQA/BwEADsdBABDHQQAih0EAJQdBADZHQQA5B0EACgeBAA0HgQAdx4EAH8eBAD8Cg0Axx4EABUfBAAhHwQAZB8EAHMfBACzHwQAwR8EAAIgBAASIAQAUSAEAF8gBACgIAQArCAEAO8gBAD2IAQAPiEEAEYhBACNIQQAoyEEANwhBADwIQQAKyIEAC4iBAB6IgQAlyIEAMkiBADaIgQAGCMEACAjBABnIwQAciMEALYjBAC7IwQABSQEAAgkBABUJAQAXiQEAKMkBACmJAQASwsNAAYlBABBJQQARCUEAJAlBACtJQQA3yUEAPAlBAAuJgQANiYEAH0mBACAJgQAzCYEANgmBAAbJwQAIScEAGonBACFJwQAuScEAMUnBAAIKAQADigEAFcoBABfKAQApigEALEoBAD1KAQA+igEAEQpBABHKQQAkykEAJ0pBADiKQQA6ikEADEqBABQKgQAmgsNAJQqBADPKgQA9SoEAB4rBABEKwQAbSsEAJMrBAC8KwQA8isEAAssBABALAQAWiwEAIAsBACpLAQAzywEAPgsBAAtLQQARy0EAGstBACWLQQAsi0EAOUtBADtLQQA6QsNADkuBACDLgQAkC4EANIuBADfLgQAIS8EAC0vBABwLwQAfy8EAL8vBADJLwQADjAEABwwBABdMAQAYjAEAKwwBAC5MAQA+zAEAAMxBABKMQQAUDEEAJkxBABUMQQAczMEAKUxBADoMQQA+DEEADcyBABAMgQAhjIEAIkyBADVMgQA4TIEACQzBAArMwQAOAwNAIEzBADCMwQA2DMEABE0BAAdNAQAYDQEAGc0BACvNAQAtzQEAP40BAADNQQATTUEAFY1BACcNQQApjUEAIcMDQDsNQQAOjYEAEY2BACJNgQAjzYEANg2BADaNgQAJzcEADE3BAB2NwQAhDcEAMU3BADKNwQAFDgEACE4BABjOAQAazgEALI4BAC8OAQAATkEAA85BABQOQQAZjkEAJ85BACrOQQA7jkEAPU5BAA9OgQARToEAIw6BACROgQA2zoEAOQ6BAAqOwQANDsEANYMDQCROwQAyDsEAMs7BAAXPAQANDwEAGY8BAB3PAQAtTwEAM08BAAEPQQAED0EAFM9BABmPQQAoj0EALE9BADxPQQA/T0EAEA+BABBPgQAjz4EAJk+BADePgQA7D4EAC0/BAAyPwQAfD8EAIk/BAAlDQ0A0D8EABpABAAnQAQAaUAEAHZABAC4QAQAxEAEAAdBBAAWQQQAVkEEAGBBBAClQQQAs0EEAPRBBAD5QQQAQ0IEAFBCBACSQgQAmkIEAOFCBADnQgQAMEMEAOtCBAAKRQQAPEMEAH9DBACPQwQAzkMEANdDBAAdRAQAIEQEAGxEBAB4RAQAu0QEAMJEBAASDg0AGEUEAFlFBABvRQQAqEUEALRFBAD3RQQA/kUEAEZGBABORgQAlUYEAJpGBADkRgQA7UYEADNHBAA9RwQAYQ4NAINHBADRRwQA3UcEACBIBAAmSAQAb0gEAHFIBAC+SAQAyEgEAA1JBAAbSQQAXEkEAGFJBACrSQQAuEkEAPpJBAACSgQASUoEAFNKBACYSgQApkoEAOdKBAD9SgQANksEAEJLBACFSwQAjEsEANRLBADcSwQAI0wEAChMBAByTAQAe0wEAMFMBADLTAQAsA4NAB5NBABfTQQAdU0EAK5NBAC6TQQA/U0EAAROBABMTgQAVE4EAJtOBACgTgQA6k4EAPNOBAA5TwQAQ08EAP8ODQCJTwQA108EAONPBAAmUAQALFAEAHVQBAB3UAQAxFAEAM5QBAATUQQAIVEEAGJRBABnUQQAsVEEAL5RBAAAUgQACFIEAE9SBABZUgQAnlIEAKxSBADtUgQAA1MEADxTBABIUwQAi1MEAJJTBADaUwQA4lMEAClUBAAuVAQAeFQEAIFUBADHVAQA0VQEAE4PDQAYVQQAivoJACRVBABlVQQAdlUEALRVBAC5VQQAA1YEABpWBABSVgQAZlYEAKFWBAC5VgQA8FYEAP9WBAA/VwQARFcEAI5XBACbVwQA3VcEAOpXBAAsWAQAOFgEAHtYBACKWAQAylgEANRYBAAZWQQAIVkEAGhZBACGWQQAt1kEAL9ZBAAGWgQAD1oEAFVaBABiWgQApFoEAKZaBADzWgQADFsEAEJbBABTWwQAkVsEAJ1bBADgWwQA6FsEAJ0PDQA0XAQAflwEAIZcBADNXAQA3FwEABxdBAAhXQQAa10EAHhdBAC6XQQAx10EAAleBAAVXgQAWF4EAGdeBACnXgQAsV4EAPZeBAD+XgQARV8EAE9fBACUXwQAmV8EAONfBADrXwQA7A8NAElgBACBYAQAiWAEANBgBADaYAQAH2EEACRhBABuYQQAdmEEADsQDQDCYQQADGIEABViBAAwggkAGWIEAFtiBAAiYgQAdzcLAGhiBACqYgQAtmIEAPliBAAIYwQASGMEAFJjBACXYwQAn2MEAGoXCQClYwQA5mMEAPNjBAA1ZAQATGQEAIRkBACMZAQA02QEAN1kBAAiZQQAJ2UEAHFlBAB5ZQQAihANAM1lBAAPZgQAHWYEAF5mBABxZgQArWYEALVmBAD8ZgQA/2YEAEtnBABQZwQAmmcEAKlnBADpZwQACWgEADhoBABEaAQAh2gEAJFoBADWaAQA8mgEACVpBAAtaQQA2RANAIdpBADDaQQAyWkEABJqBAAeagQAYWoEAGtqBACwagQAtmoEAP9qBAANawQATmsEAFprBACdawQAoGsEAOxrBADtawQAO2wEAEdsBACKbAQAkGwEANlsBADfbAQAKG0EADRtBAB3bQQAlG0EAMZtBADPbQQAFW4EACFuBABkbgQAZ24EALNuBAC9bgQAAm8EAA5vBABRbwQAV28EAKBvBACmbwQA728EAPRvBAA+cAQARHAEACgRDQCZcAQA3HAEAN5wBAArcQQAOnEEAHpxBACFcQQAyXEEANVxBAAYcgQAH3IEAGdyBABvcgQAtnIEAMByBAAFcwQAEHMEAFRzBABgcwQAo3MEAKtzBAAVEg0A9HMEAEF0BABUdAQAkHQEAJh0BADfdAQA5XQEAC51BAA6dQQAfXUEAId1BADMdQQA0nUEABt2BAApdgQAanYEAHZ2BAC5dgQAvHYEAAh3BAAQdwQAV3cEAFh3BACmdwQAsncEAPV3BAD7dwQARHgEAEx4BACTeAQAmXgEAOJ4BADueAQAMXkEAE55BACAeQQAiXkEAM95BADbeQQAHnoEACF6BABtegQAd3oEALx6BADEegQAC3sEABx7BABaewQAaHsEAKl7BAC/ewQA+HsEAAZ8BABHfAQAUXwEAGQSDQCkfAQA5XwEAOh8BAA0fQQAPH0EABTWBABAfQQAp60EAEN9BAARgwQAUH0EAIN9BACffQQAsxINANR9BAAhfgQALn4EAHB+BAB9fgQAv34EAMR+BAAOfwQAGH8EAF1/BABsfwQArH8EALF/BAD7fwQACIAEAEqABABXgAQAmYAEAKWABADogAQA94AEADeBBABBgQQAhoEEAJKBBADVgQQA24EEACSCBAAqggQAc4IEAHiCBADCggQAyIIEAAITDQAWgwQAx6MEACKDBABggwQAboMEAK+DBAC7gwQA/oMEAAuEBABNhAQAV4QEAJyEBAC4hAQA64QEAAeFBABREw0APIUEAImFBACWhQQA2IUEAOWFBAAnhgQALIYEAHaGBACAhgQAxYYEANSGBAAUhwQAGYcEAGOHBABwhwQAsocEAL+HBAABiAQADYgEAFCIBABfiAQAn4gEAKmIBADuiAQA+ogEAD2JBABDiQQAjIkEAJKJBADbiQQA4IkEACqKBAAwigQAoBMNAICKBADIigQA1ooEABeLBAAaiwQAZosEAHWLBAC1iwQAuosEAASMBAARjAQAU4wEAGCMBACijAQArowEAPGMBAAAjQQAQI0EAEqNBACPjQQAnY0EAN6NBADjjQQALY4EADqOBAB8jgQAiI4EAMuOBADejgQAGo8EACmPBABpjwQAdY8EALiPBAC5jwQAB5AEABGQBABWkAQAZJAEAKWQBACqkAQA9JAEAAGRBADvEw0ASJEEAJKRBACbkQQA4ZEEAPKRBAAwkgQAN5IEAH+SBACHkgQAzpIEANuSBAAdkwQAIpMEAGyTBAB2kwQAu5MEAMOTBAAKlAQAIZQEAFmUBABllAQAqJQEALKUBAD3lAQA/5QEAEaVBABIlQQAlZUEAJ2VBADklQQA6pUEADOWBAA/lgQAgpYEAIWWBADRlgQA1pYEACCXBAAplwQAb5cEAHWXBAC+lwQAzZcEAA2YBAAZmAQA3BQNAF6YBACrmAQAuZgEAPqYBAALmQQAKxUNAFCZBAB6FQ0AnZkEAOeZBADvmQQANpoEAEWaBACFmgQAipoEANSaBADhmgQAI5sEADCbBABymwQAfpsEAMGbBADQmwQAEJwEABqcBAAYFg0AYZwEAK6cBADJnAQA/ZwEAP+cBABMnQQAZp0EAJudBAConQQA6p0EAPadBAA5ngQAQ54EAIieBACingQA154EAOaeBAAmnwQAK58EAHWfBACCnwQAxJ8EANGfBAAToAQAH6AEAGKgBABxoAQAsaAEALugBAAAoQQADKEEAE+hBABioQQAnqEEAK2hBADtoQQA+aEEADyiBAA9ogQAi6IEAJWiBADaogQA6KIEACmjBAAuowQAeKMEAIWjBABnFg0A1KMEABakBAAjpAQAZaQEAHGkBAC0pAQAw6QEAAOlBAANpQQAUqUEAGClBAChpQQApqUEAPClBAD9pQQAP6YEAEumBACOpgQAoaYEAN2mBADspgQALKcEADinBAB7pwQAfKcEAMqnBADUpwQAGagEACeoBABoqAQAbagEALeoBADEqAQAthYNABOpBABVqQQAV6kEAKSpBAC9qQQA86kEAASqBABCqgQATqoEAJGqBACZqgQAoxcNAOWqBAAvqwQAN6sEAH6rBACNqwQAzasEANKrBAAcrAQAKawEAGusBAB4rAQAuqwEAMasBAAJrQQAGK0EAFitBABirQQA8hcNALqtBAD2rQQABa4EAEWuBABRrgQAlK4EAJWuBADjrgQA7a4EADKvBABArwQAga8EAIavBADQrwQA3a8EAEEYDQAksAQAbrAEAHuwBAC9sAQAyrAEAAyxBAAYsQQAW7EEAGqxBACqsQQAtLEEAPmxBAAHsgQASLIEAE2yBACXsgQApLIEAOayBADusgQANbMEADuzBACEswQAP7MEALr7BACQswQA07MEAOOzBAAitAQAK7QEAHG0BAB0tAQAwLQEAMy0BAAPtQQAFrUEAC4ZDQBptQQArbUEAK61BAD8tQQAFLYEAEu2BABYtgQAmrYEAKa2BADptgQA87YEADi3BAA8twQAh7cEAIy3BADWtwQA3LcEACW4BABFuAQAdLgEAIy4BADDuAQA2rgEABK5BAAeuQQAYbkEAGu5BACwuQQAsrkEAP+5BAAGugQATroEAFW6BACdugQAo7oEAOy6BAD4ugQAO7sEAD67BACKuwQAjbsEANm7BADluwQAKLwEACu8BAB9GQ0AfLwEAMa8BADOvAQAFb0EABu9BABkvQQAab0EALO9BAC8vQQAAr4EAAy+BABRvgQAXb4EAKC+BACovgQAzBkNAPS+BAA+vwQARr8EAI2/BACYvwQA3L8EAOG/BAArwAQALsAEAHrABACEwAQAGxoNANXABAAYwQQAH8EEAGfBBAB1wQQAtsEEALnBBAAFwgQADcIEAFTCBABXwgQAo8IEAK/CBADywgQA+MIEAEHDBABcwwQAkMMEAJzDBADfwwQA5cMEAC7EBAA2xAQAfcQEAIHEBADMxAQA2MQEABvFBAAoxQQAasUEAHTFBAC5xQQAwcUEAAjGBAAKxgQAV8YEAFvGBACmxgQAqMYEAPXGBAAJxwQAahoNAEzHBACTxwQAl8cEAOLHBADkxwQAMcgEADTIBACAyAQAiMgEAM/IBADcyAQAHskEACPJBABtyQQAd8kEALzJBADEyQQAC8oEAAzKBABaygQAX8oEAKnKBACsygQA+MoEAPvKBABHywQAVcsEAJbLBACvywQA5csEAPbLBAA0zAQAQMwEAIPMBACLzAQAuRoNANfMBAAhzQQAKc0EAHDNBAB/zQQAv80EAMTNBAAOzgQAG84EAF3OBABqzgQArM4EALjOBAD7zgQACs8EAErPBABUzwQAmc8EAKHPBADozwQA8s8EADfQBAA80AQAhtAEAI7QBAAIGw0A4NAEACTRBAAw0QQAc9EEAHvRBABXGw0AztEEABHSBAAY0gQAYNIEAG7SBACv0gQAstIEAP7SBAAG0wQATdMEAFDTBACc0wQAqNMEAOvTBADx0wQAOtQEAFXUBACJ1AQAldQEANjUBADe1AQAJ9UEAErVBAB21QQAedUEAMXVBADp1QQAphsNACPWBABj1gQAaNYEALLWBAC/1gQAAdcEAA7XBABQ1wQAXNcEAJ/XBACu1wQA7tcEAPjXBAA92AQAS9gEAIzYBACR2AQA29gEAOjYBAAq2QQAMtkEAPUbDQCG2QQAyNkEANDZBAAX2gQAMNoEAGbaBABs2gQAtdoEALraBAAE2wQAJNsEAFPbBABf2wQAotsEAK/bBADx2wQA+dsEAEDcBABD3AQAj9wEAJncBADe3AQA4NwEAC3dBAA33QQAfN0EAIjdBABEHA0A4d0EABreBAAm3gQAad4EAG7eBAC43gQAcd4EAFXrDQDB3gQAB98EABHfBABW3wQAXt8EAHFoCABi3wQApd8EAHnfBABlWAgAq98EAPTfBAC43wQAni8KAPrfBABD4AQASOAEAJLgBACY4AQAkxwNAO/gBAAw4QQARuEEAH/hBACL4QQAzuEEANPhBAAd4gQAJuIEAGziBAB24gQAu+IEAMPiBAAK4wQAGeMEAFnjBABe4wQAqOMEALXjBAD34wQABOQEAEbkBABS5AQAleQEAKTkBADk5AQA7uQEADPlBABB5QQAguUEAI/lBADR5QQA6OUEACDmBAAo5gQAb+YEAHnmBAC+5gQAw+YEAA3nBAAV5wQAgB0NAGjnBACr5wQAsecEAPrnBAAV6AQASegEAFXoBACY6AQAnugEAM8dDQD66AQANukEAEXpBACF6QQAkekEANTpBADV6QQAI+oEAC3qBABy6gQAgOoEAMHqBADG6gQAEOsEAB3rBAAeHg0AZOsEAK7rBAC26wQA/esEAADsBABM7AQAVewEAJvsBACq7AQA6uwEAPXsBAA57QQAQe0EAIjtBACY7QQA1+0EAOXtBAAm7gQAN+4EAHXuBACB7gQAxO4EAMzuBAALHw0AGe8EAGLvBABq7wQAse8EALjvBAAA8AQADvAEAE/wBABV8AQAnvAEAKrwBADt8AQA/PAEADzxBABG8QQAi/EEAJDxBADa8QQA4PEEACnyBAA98gQAePIEAIDyBADH8gQA7/IEABbzBAAf8wQAZfMEAHLzBAC08wQAwvMEAAP0BAAW9AQAUvQEAG70BABaHw0ApvQEAPD0BAD99AQAP/UEAEz1BACO9QQAmvUEAN31BADs9QQALPYEADb2BAB79gQAifYEAMr2BADP9gQAGfcEACb3BABo9wQAcPcEALf3BAC99wQABvgEABL4BABV+AQAZfgEAKT4BACt+AQA8/gEAPb4BABC+QQATvkEAJH5BACY+QQAqR8NAAj6BAAv+gQAOPoEAH76BACL+gQAzfoEANv6BAAc+wQAL/sEAGv7BACH+wQA+B8NAMj7BAAJ/AQAH/wEAFj8BABk/AQAp/wEAK78BAD2/AQA/vwEAEX9BABK/QQAlP0EAJ39BADj/QQA7f0EAEcgDQAz/gQAgf4EAI3+BADQ/gQA1v4EAB//BAAh/wQAbv8EAHj/BAC9/wQAy/8EAAwABQARAAUAWwAFAGgABQCqAAUAsgAFAPkABQADAQUASAEFAFYBBQCXAQUArQEFAOYBBQDyAQUANQIFADwCBQCEAgUAjAIFANMCBQDYAgUAIgMFACsDBQBxAwUAewMFAJYgDQDOAwUADwQFACUEBQBeBAUAagQFAK0EBQCyBAUA/AQFAAUFBQBLBQUAVQUFAJoFBQCmBQUA6QUFAO8FBQA4BgUAPgYFAIcGBQCMBgUA1gYFANwGBQDlIA0AKgcFAHQHBQCBBwUAwwcFANAHBQASCAUAHggFAGEIBQBwCAUAsAgFALoIBQD/CAUADQkFAE4JBQBTCQUAnQkFAKoJBQDsCQUA9AkFADsKBQBFCgUAigoFAJgKBQDZCgUA7woFACgLBQA0CwUAdwsFAHwLBQDGCwUAzwsFABUMBQAfDAUA0iENAHAMBQCzDAUAxAwFAAINBQAODQUAUQ0FAGANBQCgDQUAqg0FAO8NBQD9DQUAPg4FAEMOBQCNDgUAmg4FANwOBQDmDgUAKw8FAOgOBQCQEgUAOQ8FAHoPBQCQDwUAyQ8FANUPBQAYEAUAHRAFAGcQBQBwEAUAthAFAMAQBQAFEQUAEREFAFQRBQBaEQUAoxEFAKkRBQDyEQUA9xEFAEESBQBHEgUAISINAJYSBQDfEgUA5RIFAC4TBQAzEwUAfRMFAIMTBQBwIg0A2hMFABsUBQAxFAUAahQFAHYUBQC5FAUAvhQFAAgVBQARFQUAVxUFAGEVBQCmFQUAshUFAPUVBQAIFgUARBYFAFMWBQCTFgUAnxYFAOIWBQDjFgUAMRcFADsXBQCAFwUAjhcFAM8XBQDUFwUAHhgFACsYBQC/Ig0AfBgFALwYBQDcGAUACxkFABcZBQBaGQUAZBkFAKkZBQCuGQUA+BkFAPkZBQBHGgUAUxoFAJYaBQCjGgUA5RoFAPEaBQA0GwUARxsFAIMbBQCSGwUA0hsFAN4bBQAhHAUAIhwFAHAcBQB6HAUAvxwFAM0cBQAOHQUAEx0FAF0dBQBqHQUADiMNAMgdBQBdIw0AAR4FAEoeBQBQHgUAmR4FAJ4eBQDoHgUA7h4FAKwjDQA8HwUAhh8FAIkfBQDVHwUA4R8FACQgBQAqIAUAcyAFAI4gBQDCIAUAziAFABEhBQAXIQUAYCEFAGIhBQCvIQUAyiEFAP4hBQAAIgUATSIFAFsiBQCcIgUArSIFAOsiBQDtIgUAOiMFAFMjBQCJIwUAmiMFANgjBQDkIwUAmSQNADEkBQB2JAUAhCQFAMUkBQDbJAUAFCUFACAlBQBjJQUAaCUFALIlBQC7JQUAASYFAAsmBQBQJgUAWCYFAJ8mBQCkJgUA7iYFAP0mBQA9JwUATCcFAIwnBQCVJwUA2ycFAOEnBQAqKAUAMCgFAHkoBQCFKAUAyCgFAM8oBQAXKQUAHykFAGYpBQBoKQUAtSkFAMUpBQAEKgUADioFAFMqBQBfKgUAoioFAKgqBQDxKgUA+SoFAOgkDQBMKwUAjysFAKArBQDeKwUA6isFAC0sBQA8LAUAfCwFAIYsBQDLLAUA2SwFABotBQAfLQUAaS0FAHYtBQC4LQUAwC0FAAcuBQARLgUA8EMFABMuBQBWLgUAXC4FAKUuBQCrLgUA9C4FAPkuBQBDLwUASS8FADclDQCeLwUA4S8FAOcvBQAwMAUASzAFAH8wBQCLMAUAzjAFANQwBQAdMQUAJTEFAGwxBQBvMQUAuzEFAMcxBQAKMgUAGzIFAFkyBQBlMgUAqDIFALcyBQD3MgUAATMFAEYzBQBUMwUAlTMFAJozBQDkMwUA8TMFADM0BQA7NAUAgjQFAIw0BQDRNAUA3zQFACA1BQA2NQUAbzUFAHs1BQC+NQUAwzUFAA02BQAWNgUAXDYFAGY2BQAkJg0AsTYFAPo2BQAANwUASTcFAFU3BQCYNwUApTcFAOc3BQDxNwUANjgFAD44BQCFOAUAjzgFANQ4BQDZOAUAIzkFACQ5BQByOQUAdzkFAME5BQDSOQUAEDoFABU6BQBfOgUAdjoFAK46BQDCOgUA/ToFABk7BQBMOwUAVDsFAHMmDQCjOwUA6jsFAPQ7BQA5PAUATTwFAIg8BQCJPAUA1zwFAOM8BQAmPQUAQj0FAHU9BQB9PQUAwiYNAM09BQATPgUAIT4FAGI+BQAiPgUAM+gIAGw+BQCxPgUAsz4FAAA/BQAZPwUATz8FAGA/BQCePwUAqj8FAO0/BQD1PwUAEScNAEhABQCLQAUAkUAFANpABQD1QAUAKUEFADVBBQB4QQUAfkEFAMdBBQDKQQUAFkIFAB5CBQBlQgUAdUIFALRCBQC5QgUAA0MFAAxDBQBSQwUAX0MFAKFDBQCoQwUAYCcNAP5DBQA/RAUAVUQFAI5EBQCaRAUA3UQFAOJEBQAsRQUANUUFAHtFBQCFRQUAykUFAOZFBQAZRgUAIUYFAK8nDQBtRgUAt0YFAL9GBQAGRwUACEcFAFVHBQBwRwUApEcFAKZHBQDzRwUAAUgFAEJIBQBTSAUAkUgFAJNIBQDgSAUA+UgFAC9JBQBASQUAfkkFAIpJBQDNSQUA1UkFAP4nDQAoSgUAa0oFAHFKBQC6SgUA1UoFAAlLBQAVSwUAWEsFAF5LBQCnSwUAqksFAE0oDQATTAUARUwFAEZMBQCUTAUAo0wFAONMBQDoTAUAMk0FAD9NBQCBTQUAjk0FANBNBQDcTQUAH04FAC5OBQBuTgUAeE4FAL1OBQDLTgUADE8FABFPBQBbTwUAaE8FAKpPBQC2TwUA+U8FAP9PBQBIUAUADFAFAAhkBQBOUAUAl1AFAJxQBQDmUAUA7FAFAJwoDQA6UQUAhFEFAKRRBQDTUQUA31EFACJSBQAoUgUAcVIFAHlSBQBGggUAelIFAMBSBQDNUgUAD1MFABVTBQBeUwUAalMFAK1TBQCvUwUA/FMFAAtUBQBLVAUAVlQFAJpUBQCcVAUA6VQFAAJVBQA4VQUASVUFAIdVBQCTVQUA1lUFAOJVBQAlVgUAOFYFAHRWBQCDVgUAw1YFAM9WBQASVwUAE1cFAGFXBQBrVwUAsFcFAL5XBQD/VwUABFgFAE5YBQBbWAUA6ygNAKpYBQDsWAUAAFkFADtZBQBXWQUAilkFAKZZBQA6KQ0A6FkFAChaBQApWgUAd1oFAIZaBQDGWgUAy1oFABVbBQAiWwUAZFsFAHFbBQCzWwUAv1sFAAJcBQARXAUAUVwFAFtcBQCgXAUArlwFAO9cBQD0XAUAPl0FAEtdBQCNXQUAnV0FANxdBQDeXQUAK14FADleBQB6XgUAi14FAIkpDQDQXgUA2CkNAB1fBQBnXwUAdF8FALZfBQDDXwUABWAFAAtgBQBUYAUAYGAFAKNgBQCzYAUA8mAFAPtgBQBBYQUARGEFAJBhBQCcYQUA32EFAOZhBQAnKg0AOmIFAH1iBQCNYgUAzGIFANViBQAbYwUAHmMFAGpjBQB2YwUAuWMFAMBjBQB2Kg0AF2QFAFdkBQBjZAUApmQFAKdkBQD1ZAUA/2QFAERlBQBSZQUAk2UFAJhlBQDiZQUA72UFAMUqDQA2ZgUAgGYFAI9mBQDPZgUA72YFAB5nBQAqZwUAbWcFAHdnBQC8ZwUAxGcFAAtoBQAXaAUAWmgFAGBoBQCpaAUAr2gFAPhoBQD9aAUAR2kFAE1pBQCyKw0Am2kFAOVpBQDuaQUANGoFAEVqBQCDagUAimoFANJqBQDaagUAIWsFAC5rBQBwawUAdWsFAL9rBQDJawUADmwFABZsBQBdbAUAbGwFAKxsBQCxbAUA+2wFAAhtBQBKbQUAV20FAJltBQClbQUA6G0FAPdtBQA3bgUAQW4FAIZuBQCObgUA1W4FAN9uBQAkbwUAKW8FAHNvBQB7bwUAnywNAMdvBQARcAUAFHAFAGBwBQBqcAUA7iwNALVwBQD+cAUAA3EFAE1xBQBtcQUAnHEFAKhxBQDrcQUA8XEFADpyBQA9cgUAiXIFAItyBQDYcgUA83IFACdzBQApcwUAdnMFAIRzBQDFcwUA1nMFABR0BQAWdAUAY3QFAHx0BQCydAUAw3QFAAF1BQANdQUAPS0NAGB1BQCfdQUAv3UFAO51BQDwdQUAPXYFAEl2BQDomQsATHYFAHiQBQBZdgUA0JwFAGZ2BQCMdgUAj3YFANt2BQDodgUAfHsFAOp2BQAqdwUAL3cFAHl3BQCGdwUAyHcFANV3BQAXeAUAI3gFAGZ4BQB1eAUAtXgFAL94BQAEeQUAEnkFAFN5BQBYeQUAonkFAK95BQDxeQUA/XkFAEB6BQBGegUAj3oFAJV6BQDeegUA43oFAC17BQAzewUAjC0NAIV7BQDLewUA4XsFABp8BQAzfAUAaXwFAHV8BQC4fAUAvnwFAAd9BQAMfQUAVn0FAGZ9BQClfQUAq30FAPR9BQAAfgUAQ34FAE1+BQCSfgUAmH4FAOF+BQDvfgUAMH8FADx/BQB/fwUAgn8FAM5/BQDafwUAHYAFADCABQBsgAUAe4AFALuABQDHgAUACoEFABaBBQBZgQUAYIEFAKiBBQC0gQUA94EFAP6BBQDbLQ0AXIIFAJWCBQCXggUA5IIFAPiCBQAzgwUAO4MFAIKDBQCPgwUA0YMFANaDBQAghAUAKoQFAG+EBQB3hAUAvoQFANeEBQANhQUAGYUFAFyFBQBkhQUAKi4NAMaFBQD6hQUA/IUFAEmGBQBXhgUAmIYFAKmGBQDnhgUA6YYFADaHBQBPhwUAhYcFAJaHBQDUhwUA4IcFAHkuDQAoiAUAcogFAHuIBQDBiAUA0ogFABCJBQAXiQUAX4kFAGeJBQCuiQUAu4kFAP2JBQACigUATIoFAFaKBQCbigUAo4oFAOqKBQADiwUAOYsFAEWLBQCIiwUAkIsFABcvDQDaiwUAJowFADCMBQB1jAUAd4wFAMSMBQDdjAUAE40FACSNBQBijQUAcI0FALGNBQC0jQUAAI4FAAuOBQBPjgUAW44FAJ6OBQCljgUAZi8NAPKOBQA8jwUARI8FAIuPBQCZjwUA2o8FANuPBQApkAUARJAFALUvDQB9kAUAx5AFANSQBQAWkQUAI5EFAGWRBQBxkQUAtJEFAMORBQADkgUADZIFAFKSBQBgkgUAoZIFAKaSBQDwkgUA/ZIFAD+TBQBLkwUAjpMFAJSTBQDdkwUA45MFACyUBQAxlAUAe5QFAIGUBQAEMA0A15QFABmVBQAblQUAaJUFAIGVBQC3lQUAyJUFAAaWBQASlgUAVZYFAF2WBQDxMA0AqZYFAPOWBQD7lgUAQpcFAFuXBQCRlwUAlpcFAOCXBQDllwUAL5gFADmYBQB+mAUAgZgFAM2YBQDXmAUAHJkFACKZBQBrmQUAbZkFALqZBQC7mQUACZoFABGaBQBYmgUAaJoFAKeaBQCtmgUA9poFAPuaBQBFmwUAW5sFAJSbBQCcmwUA45sFAAucBQAynAUAVZwFAIGcBQCgnAUAQDENANicBQCPMQ0AMJ0FAG6dBQB8nQUAvZ0FAMmdBQAMngUAGZ4FAFueBQBlngUAqp4FALKeBQD5ngUABJ8FAEifBQBKnwUAl58FAJqfBQDmnwUA7p8FADWgBQA7oAUAhKAFAI2gBQDToAUA4KAFACKhBQAqoQUAcaEFAHahBQDAoQUAyaEFAA+iBQAZogUAXqIFAGaiBQCtogUAsqIFAPyiBQAMowUAS6MFAFOjBQCaowUAnKMFAOmjBQAEpAUAOKQFADqkBQCHpAUAlaQFANakBQDnpAUAJaUFACelBQB0pQUAjaUFAMOlBQDUpQUAEqYFAB6mBQBhpgUAaaYFAN4xDQC2pgUA/6YFAASnBQBOpwUAbqcFAJ2nBQCppwUA7KcFAPKnBQA7qAUAPqgFAIqoBQCSqAUA2agFAOOoBQAoqQUALakFAHepBQB/qQUAxqkFANCpBQAVqgUAF6oFAGSqBQB1qgUAs6oFANOqBQACqwUACqsFAFGrBQBbqwUAoKsFAKWrBQAtMg0AA6wFAD6sBQBGrAUAjawFAJKsBQDcrAUA7KwFACutBQAzrQUAeq0FAIStBQDJrQUA1K0FABiuBQAkrgUAZ64FAG+uBQB8Mg0Awq4FAAWvBQARrwUAVK8FAFuvBQCjrwUAq68FAPKvBQALsAUAQbAFAEewBQCQsAUAlbAFAN+wBQD/sAUALrEFADqxBQB9sQUAg7EFAMyxBQDPsQUAyzINAB2yBQBqsgUAKbIFAJN+DABtsgUAubIFAMOyBQAIswUAFrMFAFezBQBmswUAprMFAKmzBQD1swUAvrMFACPXBQDCswUA8cgFAAG0BQBEtAUARrQFAJO0BQCZtAUA4rQFAPG0BQAxtQUAPLUFAIC1BQCItQUAARMGAJq1BQDPtQUA27UFAB62BQAxtgUAbbYFAHy2BQC8tgUAyLYFAAu3BQAMtwUAWrcFAGS3BQCptwUAt7cFAPi3BQD9twUAR7gFAFS4BQAaMw0AsLgFAOW4BQD0uAUANLkFADm5BQCDuQUAkLkFANK5BQDfuQUAIboFAC26BQBwugUAf7oFAL+6BQDJugUADrsFABy7BQBduwUAYrsFAKy7BQC5uwUA+7sFAAe8BQBKvAUAULwFAJm8BQCfvAUA6LwFAO28BQA3vQUAPb0FAGkzDQCHvQUA1b0FAI+9BQCXyAcAk70FAHW1BwCmvQUAIfkKAOG9BQAkvgUAKr4FAEEoCAAxvgUAc74FAHa+BQDCvgUAzr4FABG/BQATvwUAYL8FAGa/BQCvvwUAvr8FAP6/BQAJwAUATcAFAE7ABQCcwAUAsMAFAOvABQAFwQUAOsEFAEbBBQCJwQUAnMEFANjBBQDnwQUAJ8IFADPCBQB2wgUAd8IFAMXCBQDPwgUAFMMFACLDBQBjwwUAaMMFALLDBQC/wwUAuDMNABvEBQBQxAUAX8QFAJ/EBQCkxAUA7sQFAPvEBQA9xQUASsUFAIzFBQCYxQUA28UFAOrFBQAqxgUANMYFAHnGBQCHxgUAyMYFAM3GBQAXxwUAJMcFAGbHBQByxwUAtccFALvHBQAEyAUACsgFAFPIBQBYyAUAosgFAKjIBQAHNA0ADckFAFY0DQBGyQUAj8kFAJHJBQDeyQUA68kFAC3KBQAwygUAfMoFAH3KBQDLygUA0MoFABrLBQAgywUAacsFAHPLBQC4ywUA1MsFAAfMBQAjzAUApTQNAFzMBQClzAUAp8wFAPTMBQABzQUAQ80FAEbNBQCSzQUAk80FAOHNBQDmzQUAMM4FADbOBQB/zgUAic4FAM7OBQDqzgUAHc8FADnPBQD0NA0Acs8FALvPBQDBzwUACtAFAA/QBQBZ0AUAX9AFAEM1DQC20AUA99AFABLRBQBG0QUAVNEFAJXRBQCi0QUA5NEFAPvRBQAz0gUAQtIFAILSBQCH0gUA0dIFAN7SBQAg0wUALdMFAG/TBQB70wUAvtMFAM3TBQAN1AUAF9QFAFzUBQBq1AUAq9QFALDUBQD61AUAB9UFAEnVBQBM1QUAmNUFAKTVBQDn1QUA7dUFADbWBQA81gUAhdYFAIrWBQDU1gUA2tYFAJI1DQAt1wUActcFAHjXBQDB1wUAw9cFABDYBQAd2AUAX9gFAGLYBQCu2AUAr9gFAP3YBQAC2QUATNkFAFLZBQCb2QUApdkFAOrZBQAE2gUAOdoFAEjaBQCI2gUAjdoFANfaBQDk2gUAJtsFADPbBQB12wUAgdsFAMTbBQDT2wUAE9wFAB3cBQBi3AUAcNwFALHcBQC23AUAAN0FAA3dBQBP3QUAWd0FAJHmBQBb3QUAnt0FAKTdBQDt3QUA890FADzeBQBB3gUAi94FAJHeBQDhNQ0A394FACnfBQA23wUAeN8FAIXfBQDH3wUA098FABbgBQAl4AUAZeAFAG/gBQC04AUAwuAFAAPhBQAI4QUAUuEFAF/hBQCh4QUAqeEFAPDhBQD84QUAP+IFAEXiBQCO4gUAlOIFAN3iBQDi4gUALOMFADLjBQDONg0AfeMFAMrjBQDT4wUAGeQFABzkBQBo5AUAdOQFALfkBQC+5AUABuUFAA7lBQBV5QUAbuUFAKTlBQC45QUA8+UFAA/mBQBC5gUASuYFAGw3DQCf5gUA4OYFAPbmBQAv5wUAO+cFAH7nBQCD5wUAzecFANbnBQAc6AUAJugFAGvoBQCH6AUAuugFAMLoBQC7Nw0ADukFAFjpBQBl6QUAp+kFALTpBQD26QUAAuoFAEXqBQBU6gUAlOoFAJ7qBQDj6gUA8eoFADLrBQA36wUAgesFAI7rBQDQ6wUA2OsFAB/sBQAp7AUAbuwFAHzsBQC97AUA0+wFAAztBQAY7QUAW+0FAGDtBQCq7QUAs+0FAPntBQAD7gUASO4FAFDuBQCX7gUApu4FAObuBQDo7gUANe8FAD7vBQCE7wUAh+8FANPvBQDf7wUAIvAFACnwBQBx8AUAefAFAMDwBQDZ8AUAD/EFACPxBQBe8QUAevEFAK3xBQC18QUACjgNAAHyBQBL8gUAWPIFAJryBQCn8gUA6fIFAPXyBQA48wUAR/MFAIfzBQCR8wUA1vMFAODzBQAl9AUAM/QFAHT0BQCK9AUAw/QFAM/0BQAS9QUAF/UFAGH1BQBq9QUAsPUFALr1BQD/9QUAC/YFAE72BQBU9gUAnfYFAKP2BQDs9gUA8fYFADv3BQBB9wUAWTgNAJb3BQDZ9wUA3fcFACj4BQA3+AUAd/gFAHz4BQDG+AUA0/gFABX5BQAi+QUAZPkFAHD5BQCz+QUAwvkFAAL6BQAM+gUAUfoFAF/6BQCg+gUApfoFAO/6BQD8+gUAPvsFAEr7BQCN+wUAk/sFANz7BQDi+wUAK/wFADD8BQB6/AUAgPwFAKg4DQDO/AUAGP0FAB/9BQBn/QUAc/0FALb9BQC4/QUABf4FALn9BQBEAwYAIP4FAFT+BQBW/gUAo/4FALH+BQDy/gUAA/8FAEH/BQBD/wUAkP8FAKn/BQDf/wUA8P8FAC4ABgA6AAYAfQAGAIkABgDMAAYA3wAGABsBBgAqAQYAagEGAHYBBgC5AQYAugEGAAgCBgASAgYAVwIGAGUCBgCmAgYAqwIGAPUCBgACAwYA9zgNAEYDBgCTAwYArgMGAOIDBgDkAwYAMQQGAD8EBgCABAYAkQQGAM8EBgDRBAYAHgUGADcFBgBtBQYAfgUGALwFBgDIBQYACwYGABcGBgBaBgYAbQYGAKkGBgC4BgYA+AYGAAQHBgBHBwYASAcGAJYHBgCgBwYA5QcGAPMHBgA0CAYAOQgGAIMIBgCQCAYA5DkNANcIBgAhCQYAKQkGAHAJBgByCQYAvwkGANAJBgAOCgYAHAoGAF0KBgB4CgYArAoGALgKBgD7CgYAAwsGANE6DQBPCwYAmQsGAKALBgDoCwYA9AsGADcMBgA6DAYAhgwGAI4MBgDVDAYA5QwGACQNBgApDQYAcw0GAHwNBgDCDQYAzw0GABEOBgAYDgYAYA4GAGgOBgAgOw0AvA4GAP4OBgAGDwYATQ8GAGEPBgCcDwYAoQ8GAOsPBgD0DwYAOhAGAEAQBgCJEAYAkRAGANgQBgDnEAYAJxEGADgRBgB2EQYAfxEGAMURBgDIEQYAFBIGAB4SBgBjEgYAbxIGALISBgC4EgYAbzsNAA4TBgBQEwYAVRMGAJ8TBgCmEwYA7hMGAPoTBgA9FAYARRQGAL47DQCnFAYA2xQGAN0UBgAqFQYAOBUGAHkVBgCKFQYAyBUGAMoVBgAXFgYAMBYGAGYWBgB3FgYAtRYGAMEWBgANPA0AExcGAFMXBgBiFwYAohcGAKsXBgDxFwYA9xcGAEAYBgBGGAYAjxgGAJsYBgDeGAYA5RgGAC0ZBgA1GQYAfBkGAIAZBgDLGQYA1hkGABoaBgAoGgYAaRoGAHoaBgC4GgYAxBoGAAcbBgAPGwYAXDwNAFkbBgClGwYArxsGAPQbBgD2GwYAQxwGAFwcBgCSHAYAoxwGAOEcBgDvHAYAMB0GADMdBgB/HQYAih0GAM4dBgDcHQYAHR4GACoeBgBsHgYAgx4GALseBgDDHgYACh8GAAwfBgBZHwYAYR8GAKgfBgC3HwYA9x8GAPwfBgBGIAYAUyAGAJUgBgCiIAYA5CAGAPAgBgAzIQYAQiEGAIIhBgCMIQYA0SEGAN8hBgAgIgYAJSIGAG8iBgB8IgYAviIGAMYiBgANIwYAFyMGAFwjBgBhIwYAqyMGALMjBgD6IwYA/SMGAEkkBgBmJAYAmCQGAKkkBgDnJAYA7yQGADYlBgA5JQYAhSUGAJElBgDUJQYA2iUGACMmBgA+JgYAciYGAH4mBgDBJgYAxyYGAKs8DQAfJwYAXycGAGAnBgCuJwYA5CcGAP0nBgALKAYATCgGAE0oBgCbKAYAoygGAOooBgD5KAYAOSkGAD4pBgCIKQYAlSkGANcpBgDkKQYAJioGADIqBgB1KgYAhCoGAMQqBgDOKgYAEysGACErBgBiKwYAZysGALErBgC+KwYAACwGAAgsBgBPLAYAWSwGAJ4sBgCjLAYA7SwGAPUsBgA8LQYARi0GAIstBgCWLQYA2i0GAOYtBgApLgYAMS4GAPo8DQB9LgYAxy4GAMouBgAWLwYAIC8GAGUvBgBtLwYAST0NAMIvBgADMAYAGTAGAFIwBgBeMAYAoTAGAKYwBgDwMAYA+TAGAD8xBgBJMQYAjjEGAJYxBgDdMQYA6TEGACwyBgA/MgYAezIGAHwyBgDKMgYA2DIGABkzBgAfMwYAaDMGAHQzBgC3MwYAvjMGAJg9DQAHNAYAVTQGAGE0BgCkNAYAsTQGAPM0BgD7NAYAQjUGAEw1BgCRNQYAoDUGAOA1BgDhNQYALzYGADc2BgB+NgYAjTYGAM02BgDSNgYAHDcGACk3BgBrNwYAeDcGALo3BgDGNwYACTgGABg4BgBYOAYAYjgGAKc4BgC1OAYA9jgGAPs4BgBFOQYAUjkGAJQ5BgCcOQYA4zkGAOc5BgAyOgYAQDoGAIE6BgCLOgYA0DoGANs6BgAfOwYAJzsGAG47BgB5OwYAvTsGAMI7BgAMPAYADzwGAFs8BgBlPAYAqjwGALI8BgD5PAYAGD0GAOc9DQBKPQYAlz0GAJg9BgDmPQYA8D0GADU+BgBDPgYAhD4GAJ8+BgDTPgYA3z4GACI/BgAqPwYANj4NAH0/BgDAPwYAxj8GAA9ABgAqQAYAXkAGAGpABgCtQAYAs0AGAPxABgAEQQYAS0EGAFlBBgCaQQYAnUEGAOlBBgDxQQYAOEIGAEFCBgCHQgYAlEIGANZCBgDYQgYAJUMGAEBDBgB0QwYAdkMGAMNDBgDRQwYAEkQGACNEBgBhRAYAY0QGALBEBgDJRAYA/0QGABBFBgBORQYAWkUGAJ1FBgClRQYAhT4NAPJFBgA7RgYAQ0YGAIpGBgCRRgYA2UYGAN5GBgAoRwYANEcGAHdHBgB6RwYAxkcGAM5HBgAVSAYAIkgGAGRIBgBpSAYAs0gGAL1IBgACSQYACkkGAFFJBgBdSQYAoEkGALNJBgDvSQYA/UkGAD5KBgBBSgYAjUoGAJdKBgDUPg0A30oGACtLBgAzSwYAeksGAH1LBgDJSwYA1UsGABhMBgAeTAYAZ0wGAIJMBgC2TAYAwkwGAAVNBgALTQYAVE0GAFxNBgCjTQYAsU0GAPJNBgD1TQYAQU4GAElOBgCQTgYAmU4GAN9OBgDsTgYALk8GADBPBgB9TwYAmE8GAMxPBgDOTwYAG1AGAClQBgBqUAYAe1AGALlQBgC7UAYACFEGACFRBgBXUQYAaFEGAKZRBgCyUQYA9VEGAP1RBgAjPw0ASlIGAJNSBgCbUgYA4lIGAOlSBgAxUwYANlMGAIBTBgCMUwYAz1MGANJTBgAeVAYAJlQGAG1UBgB6VAYAvFQGAMFUBgALVQYAFVUGAFpVBgBiVQYAqVUGALVVBgD4VQYAC1YGAEdWBgBVVgYAllYGAJlWBgDlVgYA71YGAHI/DQA3VwYAg1cGAI9XBgDSVwYA2FcGACFYBgA8WAYAcFgGAHxYBgC/WAYAxVgGAA5ZBgAWWQYAXVkGAGtZBgCsWQYAr1kGAPtZBgADWgYASloGAFNaBgCZWgYAploGAOhaBgDqWgYAN1sGAFJbBgCGWwYAiFsGANVbBgDjWwYAJFwGADVcBgBzXAYAdVwGAMJcBgDbXAYAEV0GACJdBgBgXQYAbF0GAK9dBgC3XQYAwT8NAAReBgBNXgYAVV4GAJxeBgCjXgYA614GAPBeBgA6XwYARl8GAIlfBgCMXwYA2F8GAOBfBgAnYAYANGAGAHZgBgB7YAYAxWAGAM9gBgAUYQYAHGEGAGNhBgBvYQYAsmEGAMVhBgABYgYAD2IGAFBiBgBTYgYAn2IGAKliBgAQQA0A8GIGAD1jBgDzYgYAcSwHAPdiBgBqLQwA/GIGAN+KBwBHYwYAzqsLAE5jBgCMYwYAnWMGANtjBgDpYwYAKmQGAEZkBgB5ZAYAlWQGAF9ADQDWZAYAF2UGACRlBgBmZQYAfWUGALVlBgDBZQYABGYGAApmBgBTZgYAWWYGAKJmBgCnZgYA8WYGAPdmBgCuQA0ARWcGAI9nBgCXZwYA3mcGAOFnBgAtaAYAOWgGAHxoBgCCaAYAy2gGAOZoBgAaaQYAJmkGAGlpBgBvaQYAuGkGAMBpBgAHagYACWoGAFZqBgBxagYApWoGAKdqBgD0agYAAmsGAENrBgBUawYAkmsGAJRrBgDhawYA+msGADBsBgBBbAYAf2wGAItsBgCbQQ0A5GwGAB1tBgAsbQYAbG0GAEZtBgANcgYAbm0GALttBgDKbQYACm4GABVuBgBZbgYAZW4GAKhuBgCrbgYA924GAK9uBgAAewYAxG4GACN1BgADbwYARm8GAExvBgCVbwYAsG8GAORvBgDwbwYAM3AGADlwBgCCcAYAjnAGANFwBgDXcAYAIHEGACZxBgBvcQYAdHEGAL5xBgDEcQYA6kENABByBgBccgYAeHIGAKtyBgCzcgYA10INAAZzBgBJcwYAT3MGAJhzBgCzcwYA53MGAPNzBgA2dAYAPHQGAIV0BgCNdAYA1HQGAPV0BgAmQw0AK3UGAHVDDQB3dQYAwXUGAM51BgAQdgYAHXYGAF92BgBrdgYArnYGAL12BgD9dgYAB3cGAEx3BgBUdwYAm3cGAKV3BgDqdwYA+HcGADl4BgBPeAYAiHgGAJR4BgDXeAYA3HgGACZ5BgAveQYAdXkGAH95BgDEeQYAzHkGABN6BgAdegYAYnoGAGd6BgCxegYAuXoGAMRDDQAMewYAT3sGAGJ7BgCeewYArXsGAO17BgD5ewYAPHwGAD18BgCLfAYAlXwGANp8BgDofAYAKX0GAC59BgB4fQYAhX0GABNEDQDSfQYAFn4GACJ+BgBlfgYAa34GALR+BgDAfgYAA38GAAt/BgAARQ0AVX8GAKF/BgCpfwYA8H8GAP1/BgA/gAYARIAGAI6ABgCWgAYA3YAGAN+ABgAsgQYAR4EGAHuBBgB9gQYAyoEGANiBBgAZggYAKoIGAGiCBgBqggYAt4IGANCCBgAGgwYAF4MGAFWDBgBhgwYApIMGAKyDBgBPRQ0A+IMGAEKEBgBPhAYAkYQGAJ6EBgDghAYA7IQGAC+FBgA+hQYAfoUGAIiFBgDNhQYA24UGAByGBgAhhgYAa4YGAHiGBgC6hgYAwoYGAAmHBgALhwYAWIcGAGKHBgCnhwYAr4cGAJ5FDQABiAYARYgGAFOIBgCUiAYAl4gGAOOIBgDriAYAMokGAEiJBgCBiQYAhokGANCJBgDmiQYAH4oGACuKBgBuigYAe4oGAL2KBgDHigYA7UUNABqLBgBbiwYAdIsGAKqLBgDAiwYA+YsGAAiMBgBIjAYAYowGAJeMBgCajAYAOJEGAKKMBgDZlQYApowGAOaMBgDrjAYANY0GAEKNBgCEjQYAkY0GANONBgDfjQYAIo4GADGOBgBxjgYAe44GAMCOBgDOjgYAD48GABSPBgBejwYAa48GAK2PBgC5jwYA/I8GAAKQBgBLkAYAUZAGAJqQBgCfkAYA6ZAGAO+QBgA8Rg0ARJEGAIeRBgCNkQYA1pEGAPGRBgAlkgYAMZIGAHSSBgB6kgYAw5IGAMqSBgASkwYAF5MGAJ2UBgAekwYAYZMGAGOTBgCwkwYAt5MGAP+TBgAblAYATpQGAFaUBgApRw0AoZQGAOyUBgD5lAYAO5UGAFeVBgCKlQYAkpUGAHhHDQDelQYAKJYGACuWBgB3lgYAgZYGAMaWBgDXlgYAFZcGABqXBgBklwYAaZcGALOXBgDTlwYAApgGAAuYBgBRmAYAUpgGAKCYBgCsmAYA75gGAPWYBgA+mQYARJkGAI2ZBgCSmQYA3JkGAOKZBgDHRw0ALZoGAHqaBgCAmgYAyZoGAOmaBgAYmwYAJJsGAGebBgBumwYAtpsGAL6bBgAFnAYADJwGAFScBgBgnAYAo5wGAKWcBgDynAYA+ZwGALRIDQBDnQYAkJ0GAJOdBgDfnQYA550GAC6eBgA+ngYAfZ4GAH+eBgDMngYA2p4GABufBgAsnwYAA0kNAHGfBgBSSQ0Axp8GAAigBgAPoAYAV6AGAF+gBgCmoAYAtKAGAPWgBgD4oAYARKEGAEyhBgCToQYAmqEGAOKhBgDwoQYAMaIGADSiBgCAogYAgqIGAM+iBgDoogYAHqMGAC+jBgBtowYAeaMGALyjBgDDowYAC6QGABOkBgBapAYAY6QGAKmkBgC2pAYA+KQGAAKlBgBHpQYAVaUGAJalBgCnpQYA5aUGAO2lBgA0pgYAPqYGAIOmBgCRpgYA0qYGAOimBgAhpwYALacGAHCnBgB3pwYAv6cGAMenBgAOqAYAFKgGAF2oBgBpqAYArKgGALaoBgD7qAYAAakGAEqpBgBeqQYA8EkNAJ6pBgDoqQYA66kGADeqBgBBqgYAhqoGAIiqBgDVqgYA8KoGACSrBgAmqwYAc6sGAIGrBgDCqwYA06sGABGsBgATrAYAYKwGAHmsBgCvrAYAwKwGAP6sBgAKrQYAP0oNAGqtBgCcrQYAra0GAOutBgAHrgYAOq4GAEKuBgCOSg0Ajq4GANiuBgDgrgYAJ68GADKvBgB2rwYAe68GAMWvBgDIrwYAFLAGAB6wBgBjsAYAZrAGALKwBgC6sAYAAbEGAAOxBgBQsQYAa7EGAJ+xBgChsQYA7rEGAPyxBgA9sgYATrIGAIyyBgCOsgYA27IGAPSyBgAqswYAO7MGAHmzBgCFswYAyLMGANCzBgDdSg0AJLQGAGa0BgButAYAtbQGAL+0BgAEtQYAD7UGAFO1BgBftQYAorUGAKq1BgAsSw0A9rUGAEC2BgBFtgYAj7YGAKC2BgB7Sw0A67YGAC23BgAvtwYAfLcGAJW3BgDLtwYA3LcGABq4BgAmuAYAabgGAHG4BgDKSw0AvbgGAAe5BgAPuQYAVrkGAGW5BgCluQYAq7kGAPS5BgAAugYAQ7oGAEW6BgCSugYAnLoGAOG6BgDtugYAMLsGADi7BgAZTA0Ai7sGAM67BgDRuwYAHbwGACC8BgBsvAYAerwGALu8BgDAvAYACr0GABe9BgBoTA0Aar0GAKi9BgCwvQYA970GALW9BgCbxgYAAr4GAEa+BgBLvgYAlb4GAJi+BgDkvgYA7r4GADO/BgBWvwYAgr8GAIW/BgDRvwYA9b8GACDABgAowAYAt0wNAHXABgC+wAYAzMAGAA3BBgAZwQYAXMEGAGPBBgCrwQYAs8EGAPrBBgAKwgYAScIGAE7CBgCYwgYAnsIGAOfCBgDvwgYANsMGAFPDBgCFwwYAjsMGANTDBgDgwwYAI8QGACnEBgByxAYAhsQGAMHEBgDJxAYAEMUGACDFBgBfxQYAYcUGAK7FBgC8xQYA/cUGAA7GBgAGTQ0AU8YGAFVNDQCgxgYA6sYGAPHGBgA5xwYARccGAIjHBgCLxwYA18cGAOfHBgAmyAYAKMgGAHXIBgCDyAYAxMgGANXIBgCkTQ0AGskGAPNNDQB1yQYAsckGAMDJBgAAygYADMoGAE/KBgBQygYAnsoGAKjKBgDtygYA+8oGADzLBgBBywYAi8sGAJjLBgBCTg0A38sGACnMBgAyzAYAeMwGAInMBgDHzAYAzswGABbNBgAezQYAZc0GAHLNBgC0zQYAuc0GAAPOBgANzgYAUs4GAFrOBgChzgYAp84GAPDOBgD8zgYAP88GAEHPBgCOzwYAnc8GAN3PBgDozwYALNAGADTQBgB70AYAfdAGAMrQBgDX0AYAGdEGAC3RBgBo0QYAcNEGALfRBgDG0QYABtIGAAvSBgBV0gYAYtIGAKTSBgCu0gYA89IGAPXSBgBC0wYAUdMGAJHTBgCb0wYA4NMGAOjTBgAv1AYAMNQGAH7UBgCD1AYAzdQGANvUBgAc1QYAKdUGAGvVBgB11QYAL08NAL3VBgAJ1gYAFdYGADvkBgAl1gYAWNYGAGDWBgB+Tw0ArNYGAPbWBgD+1gYARdcGAEjXBgCU1wYAoNcGAOPXBgDp1wYAMtgGAE3YBgCB2AYAjdgGANDYBgDW2AYAH9kGACLZBgBu2QYAdtkGAL3ZBgC/2QYADNoGACfaBgBb2gYAXdoGAKraBgC42gYA+doGAArbBgBI2wYAStsGAJfbBgCw2wYA5tsGAPfbBgA13AYAQdwGAITcBgCM3AYAzU8NANjcBgAi3QYAKN0GAHHdBgB53QYAwN0GAM/dBgAP3gYAFN4GAF7eBgBr3gYArd4GALreBgD83gYACN8GAEvfBgBa3wYAmt8GAKTfBgDp3wYA998GADjgBgA94AYAh+AGAJTgBgAcUA0A4uAGACXhBgAr4QYAdOEGAI/hBgDD4QYAz+EGABLiBgAY4gYAYeIGAGTiBgCw4gYAvOIGAP/iBgAF4wYATuMGAFTjBgCd4wYAouMGAOzjBgDy4wYAa1ANAEHkBgCK5AYAkOQGANnkBgDe5AYAKOUGAC7lBgC6UA0AfOUGAMblBgDT5QYAFeYGACLmBgBk5gYAcOYGALPmBgDC5gYAAucGAAznBgBR5wYAX+cGAKDnBgCl5wYA7+cGAPznBgA+6AYAVugGAI3oBgCT6AYA3OgGAOjoBgAr6QYAO+kGAHrpBgCD6QYAyekGAMzpBgAY6gYAJOoGAGfqBgBu6gYAp1ENALjqBgAF6wYAD+sGAFTrBgBX6wYAo+sGAKvrBgDy6wYA9esGAEHsBgBN7AYAkOwGAJbsBgDf7AYA+uwGAC7tBgA67QYAfe0GAIPtBgD2UQ0A7O0GABvuBgAm7gYAau4GAG/uBgC57gYAwu4GAAjvBgAL7wYAV+8GAGPvBgCm7wYAsu8GANX5BgC+7wYA9e8GAPzvBgBE8AYASvAGAJPwBgCh8AYA4vAGAP3wBgAx8QYAPfEGAIDxBgCG8QYAz/EGAOnxBgAe8gYAKvIGAG3yBgBz8gYAvPIGAMLyBgAL8wYAEPMGAFrzBgBg8wYARVINAMPzBgD48wYABfQGAEf0BgBT9AYAlvQGAKD0BgDl9AYA6fQGADT1BgA59QYAg/UGAIn1BgDS9QYA8vUGACH2BgAt9gYAcPYGAHb2BgC/9gYAxfYGAA73BgAT9wYAXfcGAGP3BgCUUg0AsfcGAPv3BgAC+AYASvgGAFb4BgCZ+AYAtfgGAOj4BgDw+AYAgVMNAG75BgCG+QYArPkGANBTDQDo+QYAJPoGADP6BgBz+gYAf/oGAML6BgDD+gYAEfsGABv7BgBg+wYAbvsGAK/7BgC0+wYA/vsGAAv8BgAfVA0AVfwGAAxVDQCh/AYA6/wGAPj8BgA6/QYAR/0GAIn9BgCV/QYA2P0GAOf9BgAn/gYAMf4GAHb+BgCE/gYAxf4GAMr+BgAU/wYAIf8GAGP/BgBr/wYAsv8GALj/BgABAAcADQAHAFAABwBgAAcAnwAHAKgABwDuAAcA8QAHAD0BBwBJAQcAjAEHAJMBBwBbVQ0A5gEHACoCBwA2AgcAeQIHAIECBwCqVQ0A1QIHABcDBwAeAwcAZgMHAGcDBwC1AwcAugMHAAQEBwASBAcAUwQHAGAEBwCiBAcArAQHAPEEBwD5BAcAQAUHAEkFBwCPBQcAlQUHAN4FBwDvBQcALQYHAEkGBwB8BgcAhAYHAPlVDQDWBgcAGgcHACQHBwBpBwcAcwcHALgHBwC5BwcASFYNAAwIBwBWCAcAYwgHAKUIBwCyCAcA9AgHAAAJBwBDCQcAUgkHAJIJBwCcCQcA4QkHAOkJBwAwCgcAOgoHAH8KBwCECgcAzgoHANYKBwCXVg0AKAsHAGwLBwB4CwcAuwsHAMMLBwDmVg0ADwwHAFkMBwBoDAcAqAwHAMgMBwD3DAcAAw0HAEYNBwBMDQcAlQ0HAJ0NBwDkDQcA6w0HADMOBwA1DgcAgg4HAI4OBwDRDgcA5w4HACAPBwAlDwcAbw8HAHwPBwA1Vw0Aww8HAA0QBwAcEAcAXBAHAHwQBwCrEAcAtxAHAPoQBwAAEQcASREHAFERBwCYEQcAnxEHAOcRBwDpEQcANhIHAEISBwCFEgcAmxIHANQSBwDZEgcAIxMHADATBwByEwcAehMHAMETBwDHEwcAEBQHABkUBwBfFAcAbBQHAK4UBwC7FAcA/RQHAAsVBwBMFQcAWRUHAJsVBwCyFQcA6hUHABgWBwCEVw0APxYHAIgWBwBGFgcAiGgLAJ4WBwDXFgcA5RYHACYXBwApFwcAdRcHAHgXBwDEFwcA0hcHABMYBwAYGAcAYhgHAG8YBwCxGAcAuRgHAAAZBwAHGQcATxkHAFsZBwCeGQcAqxkHAO0ZBwD7GQcAPBoHAEgaBwCLGgcAkhoHANoaBwDiGgcAKRsHAC0bBwB4GwcAgxsHAMcbBwDVGwcAFhwHACccBwBlHAcAcRwHALQcBwC8HAcA01cNAAkdBwBSHQcAZh0HAKEdBwCvHQcA8B0HAP0dBwA/HgcAVh4HAI4eBwCWHgcA3R4HAOceBwAsHwcAMR8HAHsfBwCDHwcAyh8HANkfBwAZIAcAHiAHAGggBwB1IAcAtyAHAMQgBwAGIQcAEiEHAFUhBwBkIQcApCEHAK4hBwDzIQcA+yEHAEIiBwBMIgcAkSIHAJYiBwDgIgcA6CIHACJYDQA6IwcAfiMHAIojBwDNIwcA1SMHAHFYDQAhJAcAayQHAHokBwC6JAcA2iQHAAklBwAVJQcAWCUHAF4lBwCnJQcAryUHAPYlBwD9JQcARSYHAEcmBwCUJgcAoCYHAOMmBwD5JgcAMicHADcnBwCBJwcAjicHAMBYDQDZJwcAHygHACUoBwBuKAcAfCgHAL0oBwDKKAcADCkHACMpBwBbKQcAYykHAKopBwC5KQcA+SkHAP4pBwBIKgcAVSoHAJcqBwCkKgcA5ioHAPIqBwA1KwcARCsHAIQrBwCOKwcA0ysHAO8rBwAiLAcAKiwHAA9ZDQCALAcAwCwHAMosBwDj2goA4CwHAA8tBwAbLQcAXi0HAGQtBwCtLQcAtS0HAMdqBwC5LQcA/C0HAMctBwBpVgcADy4HAEsuBwBaLgcAmi4HAKYuBwDpLgcA6i4HADgvBwBCLwcAhy8HAJUvBwDWLwcA2y8HACUwBwAyMAcAXlkNAHowBwDDMAcAyTAHABIxBwAXMQcAYTEHAGcxBwBLWg0AuzEHAP8xBwANMgcATjIHAF8yBwCdMgcAqTIHAOwyBwD0MgcA6VoNAEczBwCKMwcAlDMHANkzBwDoMwcAKDQHADM0BwB3NAcAhTQHAMY0BwDTNAcAFTUHACw1BwBkNQcAbDUHALM1BwC2NQcAAjYHAA42BwBRNgcAVzYHAKA2BwC7NgcA7zYHAPs2BwA+NwcARDcHAI03BwCVNwcA3DcHAN43BwArOAcALDgHAHo4BwCIOAcAyTgHANE4BwAYOQcAMzkHAGc5BwBzOQcAtjkHALw5BwAFOgcACDoHAFQ6BwBiOgcAozoHAKg6BwDyOgcA/zoHADhbDQBOOwcAHNgKAFI7BwCQOwcAVDsHADANCwCcOwcA3zsHAOw7BwAuPAcAMzwHAH08BwCHPAcAzDwHANw8BwAbPQcAID0HAGo9BwBzPQcAuT0HAMY9BwAIPgcADz4HAFc+BwBjPgcApj4HAKw+BwD1PgcA+z4HAEQ/BwBJPwcAkz8HAJk/BwCHWw0A7j8HADFABwA3QAcAgEAHAIZABwDPQAcA3EAHAB5BBwAjQQcAbUEHAHVBBwC8QQcA8UEHAAtCBwA7QgcAWkIHAGJCBwCpQgcAtkIHAPhCBwD9QgcAR0MHAE9DBwCWQwcAmUMHAOVDBwDuQwcANEQHAENEBwCDRAcAjkQHANJEBwDaRAcAIUUHADFFBwBwRQcAfkUHAL9FBwDQRQcADkYHABpGBwBdRgcAZUYHAHRcDQCyRgcA+0YHAANHBwBKRwcAUUcHAJlHBwCnRwcA6EcHAO5HBwA3SAcAQ0gHAIZIBwCVSAcA1UgHAN9IBwAkSQcAKUkHAHNJBwB5SQcAwkkHANZJBwDDXA0AHkoHAGBKBwAgSgcAyYcHAGVKBwCvSgcAu0oHAP5KBwALSwcATUsHAFdLBwASXQ0At0sHAOtLBwDtSwcAOkwHAEBMBwCJTAcAv0wHANhMBwDeTAcAJ00HADBNBwB2TQcAg00HAMVNBwD7TQcAFE4HABtOBwBjTgcAaE4HALJOBwDBTgcAAU8HACFPBwBQTwcAXE8HAJ9PBwClTwcA7k8HAAhQBwA9UAcAQFAHAIxQBwCRUAcA21AHAOpQBwAqUQcASlEHALBdDQCZUQcAyFEHANRRBwAXUgcAIVIHAGZSBwByUgcAj/IHAHNSBwC1UgcAulIHAARTBwAOUwcAU1MHAGNTBwCiUwcAp1MHAPFTBwD6UwcAQFQHAE1UBwCPVAcAllQHAN5UBwDqVAcALVUHADNVBwB8VQcAglUHAMtVBwDQVQcAGlYHACBWBwD/XQ0AbFYHALhWBwC9VgcAB1cHABZXBwBWVwcAdlcHAJ1eDQCzVwcA9FcHAAFYBwBDWAcASlgHAJJYBwCaWAcA4VgHAONYBwAwWQcA6FgHAN2WCQD4WAcAYVoJADZZBwBAfQkAOFkHAH9ZBwCDWQcA52AHAJpZBwDOWQcA0FkHAB1aBwAuWgcAbFoHAHpaBwC7WgcAwloHAApbBwASWwcAWVsHAGBbBwCoWwcArVsHAPdbBwAGXAcARlwHAGZcBwCVXAcAoVwHAORcBwDqXAcAM10HADtdBwCCXQcAjl0HANFdBwDeXQcAIF4HADteBwBvXgcAfV4HAL5eBwDEXgcADV8HABJfBwBcXwcAaV8HAKtfBwDBXwcA+l8HAAZgBwBJYAcAVmAHAJhgBwCiYAcA7F4NAOxgBwA2YQcAPGEHAIVhBwClYQcA1GEHAOJhBwAjYgcAMGIHAHJiBwCJYgcAwWIHAMliBwAQYwcAH2MHAF9jBwBkYwcArmMHALtjBwD9YwcAB2QHAExkBwBOZAcAm2QHAKlkBwDqZAcA92QHADllBwBFZQcAiGUHAI5lBwDXZQcA32UHACZmBwAsZgcAdWYHAH5mBwDEZgcA0WYHABNnBwAdZwcAYmcHAHBnBwCxZwcAx2cHAABoBwAMaAcAT2gHAFdoBwA7Xw0AqGgHAO1oBwDzaAcAPGkHAD5pBwCLaQcAlWkHANppBwDmaQcAKWoHAEBqBwB4agcAjGoHAIpfDQDVagcAFmsHABlrBwBlawcAbWsHALRrBwDAawcAA2wHABFsBwBSbAcAXGwHAKFsBwCsbAcA8GwHAPxsBwA/bQcARW0HAI5tBwCWbQcA3W0HAOptBwAsbgcAMW4HAHtuBwCFbgcAym4HANJuBwAZbwcAH28HAGhvBwBxbwcAt28HAMRvBwAGcAcAE3AHAFVwBwBjcAcApHAHALFwBwDzcAcACnEHAEJxBwBKcQcAkXEHAJZxBwDgcQcA5nEHAC9yBwA3cgcAfnIHAJRyBwDNcgcA23IHABxzBwAfcwcAa3MHAHpzBwC6cwcAv3MHAAl0BwAWdAcAWHQHAGh0BwCndAcAtXQHAPZ0BwANdQcARXUHAE51BwCUdQcAmnUHAON1BwDvdQcAMnYHADl2BwDZXw0AjXYHANB2BwDSdgcAH3cHACl3BwBudwcAencHAL13BwDFdwcAKGANABF4BwBbeAcAangHAKp4BwDKeAcA+XgHAAV5BwBIeQcATnkHAJd5BwCfeQcA5nkHAOd5BwA1egcAO3oHAIR6BwCJegcA03oHAO56BwAiewcAMHsHAHF7BwB4ewcAwHsHAMx7BwAPfAcAFXwHAHdgDQBjfAcArXwHALd8BwD8fAcADX0HAEt9BwBXfQcAmn0HAJ19BwDpfQcA7H0HADh+BwBAfgcAh34HAI5+BwDWfgcA234HACV/BwA0fwcAdH8HAJR/BwDDfwcAz38HABKABwAYgAcAYYAHAGmABwCwgAcAvYAHAP+ABwAEgQcAToEHAFiBBwCdgQcApYEHAOyBBwD8gQcAO4IHAECCBwCKggcAk4IHANmCBwDmggcAKIMHAC+DBwDGYA0AfIMHAMaDBwDVgwcAFYQHADWEBwBkhAcAcIQHALOEBwC5hAcAAoUHAAqFBwBRhQcAXYUHAKCFBwCthQcA74UHAPaFBwA+hgcAP4YHAI2GBwCShgcA3IYHAOqGBwArhwcAOIcHAHqHBwCEhwcAFWENAM6HBwAYiAcAJYgHAGeIBwB0iAcAtogHALyIBwAFiQcAEYkHAFSJBwBkiQcAo4kHAKyJBwDyiQcA9YkHAEGKBwBNigcAkIoHAJeKBwBkYQ0A4YoHAC6LBwDmigcAek4KAO+KBwAjAwwAP4sHAH2LBwCFiwcAzIsHANaLBwAbjAcAKowHAGqMBwBrjAcAuYwHAMGMBwACYg0AEI0HAFFiDQB2jQcA72INAMSNBwD1jQcAyY0HACrvBwDOjQcAQ6cHAP2NBwBEjgcAU44HAJOOBwCYjgcA4o4HAO+OBwAxjwcAPo8HAICPBwCMjwcAz48HAN6PBwAekAcAKJAHAG2QBwCQkAcAvJAHAPGQBwALkQcAL5EHAFqRBwBikQcAPmMNAK6RBwD4kQcA/pEHAEeSBwBPkgcAjWMNAKSSBwDlkgcAAJMHADSTBwBAkwcAg5MHAJSTBwDSkwcA5pMHACGUBwAplAcAcJQHAHaUBwC/lAcAy5QHAA6VBwAelQcAXZUHAGaVBwCslQcAr5UHAPuVBwAHlgcASpYHAFGWBwDcYw0Ap5YHAOiWBwDylgcAK2QNADyXBwCGlwcAk5cHANWXBwDilwcAJJgHADCYBwBzmAcAgpgHAMKYBwDMmAcAEZkHAB+ZBwBgmQcAZZkHAK+ZBwC8mQcA/pkHAAaaBwBNmgcAU5oHAJyaBwComgcA65oHAPuaBwA6mwcAQ5sHAImbBwCMmwcA2JsHAOSbBwAnnAcALpwHAHpkDQCFnAcAxZwHAMqcBwAUnQcAIZ0HAGOdBwBwnQcAsp0HALidBwABngcADZ4HAFCeBwBgngcAn54HAKieBwDungcA8Z4HAD2fBwBJnwcAjJ8HAJOfBwDJZA0A4J8HACqgBwA3oAcAeaAHAJegBwDIoAcA1KAHABehBwAqoQcAZqEHAHShBwC1oQcAuKEHAASiBwAOogcAU6IHAGGiBwCiogcAr6IHAPGiBwAIowcAQKMHAEijBwCPowcAlqMHAN6jBwDjowcALaQHAEOkBwB8pAcAfqQHAMukBwDZpAcAGqUHACelBwAYZQ0AdaUHALilBwDIpQcAB6YHABCmBwBWpgcAWaYHAKWmBwCxpgcA9KYHAPumBwBnZQ0ATKcHAFmqBwBNpwcAkqcHAKGnBwDhpwcAo6cHAB2pBwDipwcAMKgHAEyoBwB/qAcAtagHAM6oBwAEqQcAtmUNACCpBwBsqQcAiKkHALupBwDxqQcACqoHAECqBwAFZg0AZqoHAKiqBwC2qgcA96oHAAqrBwBGqwcAYqsHAJWrBwDLqwcA5KsHABqsBwBUZg0ARKwHAIKsBwCOrAcA0awHANmsBwCjZg0AJa0HAG+tBwB3rQcAvq0HAM2tBwANrgcAEq4HAFyuBwBprgcAq64HALiuBwD6rgcABq8HAEmvBwBYrwcAmK8HAKKvBwDnrwcA768HADawBwBAsAcAhbAHAIqwBwDUsAcA3LAHAPJmDQAysQcAcrEHADSxBwCusgcAc7EHAMGxBwDdsQcAELIHAEayBwBfsgcAlbIHAEFnDQCxsgcA/bIHABmzBwBMswcAgrMHAJuzBwDRswcAkGcNAO2zBwA5tAcASrQHAIi0BwCktAcA17QHAA21BwAmtQcAXLUHAN9nDQCCtQcAxLUHANC1BwATtgcAIrYHAGK2BwBstgcAsbYHAL+2BwAAtwcABbcHAE+3BwBctwcAnrcHAKa3BwDttwcA87cHADy4BwD9twcA0BQIAEi4BwCLuAcAm7gHANq4BwDjuAcAKbkHACy5BwB4uQcAhLkHAMe5BwDOuQcALmgNABu6BwC1GQoAILoHAGW6BwAiugcAk7cJAG+6BwC0ugcAtboHAAO7BwASuwcAUrsHAFe7BwChuwcArrsHAPC7BwD9uwcAP7wHAEu8BwCOvAcAnbwHAN28BwDnvAcALL0HADq9BwB7vQcAgL0HAMq9BwDXvQcAGb4HABq+BwBovgcAbb4HALe+BwC8vgcABr8HABe/BwBVvwcAeL8HAKS/BwCvvwcA878HAPi/BwBCwAcARcAHAJHABwCbwAcA4MAHAAvBBwAvwQcATsEHAH1oDQCKwQcAzcEHAM/BBwAcwgcAK8IHAGvCBwB2wgcAusIHAMLCBwAJwwcAEMMHAFjDBwBawwcAp8MHALHDBwD2wwcA+MMHAEXEBwBexAcAlMQHAJbEBwDjxAcA5sQHADLFBwA+xQcAgcUHAInFBwDMaA0A3MUHAB/GBwAlxgcAbsYHAInGBwC9xgcAycYHAAzHBwASxwcAW8cHAGPHBwCqxwcArMcHAPnHBwADyAcASMgHAFDIBwAbaQ0AqMgHAObIBwDtyAcANckHAD3JBwCEyQcAkckHANPJBwDYyQcAIsoHACzKBwBxygcAecoHAMDKBwDPygcAD8sHABTLBwBeywcAa8sHAK3LBwC6ywcA/MsHAAjMBwBLzAcAWswHAJrMBwCkzAcA6cwHAPHMBwA4zQcAQs0HAIfNBwCMzQcA1s0HAN7NBwBqaQ0AMc4HAHTOBwCEzgcAw84HAMzOBwASzwcAFc8HAGHPBwBtzwcAsM8HALfPBwC5aQ0ABdAHAE7QBwBU0AcAndAHAKLQBwDs0AcA8tAHAAhqDQBB0QcAitEHAJDRBwDZ0QcA3tEHABYfCwDm0QcAKNIHAC3SBwB30gcAf9IHAMbSBwD40gcA39kHAP3SBwAV0wcATNMHAGTTBwCb0wcAs9MHAOPTBwAC1AcACtQHAFHUBwBg1AcAoNQHAKXUBwDv1AcA/NQHAD7VBwBL1QcAjdUHAJnVBwDc1QcA69UHACvWBwA11gcAetYHAIjWBwDJ1gcAztYHABjXBwAl1wcAZ9cHAG/XBwC21wcAvNcHAAXYBwAR2AcAVNgHAGTYBwCj2AcArNgHAPLYBwD12AcAQdkHAE3ZBwCQ2QcAl9kHAFdqDQAW2gcALtoHAF7aBwB92gcAhdoHAMzaBwDb2gcAG9sHACDbBwBq2wcAd9sHALnbBwDG2wcACNwHABTcBwBX3AcAZtwHAKbcBwCw3AcA9dwHAAPdBwBE3QcASd0HAJPdBwCg3QcA4t0HAOrdBwAx3gcAN94HAIDeBwCM3gcAz94HAN/eBwAe3wcAJ98HAG3fBwBw3wcAvN8HAMjfBwAL4AcAEuAHAKZqDQBc4AcANS4LAGjgBwCp4AcAtuAHAPjgBwAE4QcAR+EHAE3hBwCW4QcAnOEHAOXhBwDq4QcANOIHADriBwD1ag0AqeIHANLiBwD44gcAIeMHAFPjBwBw4wcAp+MHAL/jBwDv4wcAk2sNABrkBwBd5AcAHOQHADnwCABn5AcArOQHAMbkBwD75AcACuUHAErlBwBP5QcAmeUHAKblBwDo5QcA9eUHADfmBwBD5gcAhuYHAJXmBwDV5gcA3+YHACTnBwAw5wcAc+cHAIbnBwDC5wcA0ecHABHoBwAd6AcAYOgHAGHoBwCv6AcAuegHAP7oBwAM6QcATekHAFLpBwCc6QcAqekHAOJrDQDw6QcAOuoHAEfqBwCJ6gcAluoHANjqBwDk6gcAJ+sHADbrBwB26wcAgOsHAMXrBwDT6wcAFOwHABnsBwBj7AcAcOwHALLsBwC67AcAAe0HAAftBwBQ7QcAXO0HAJ/tBwCv7QcA7u0HAPftBwA97gcAQO4HAIzuBwCY7gcA2+4HAOLuBwDPbA0AL+8HAHnvBwB87wcAyO8HANDvBwAX8AcAI/AHAGbwBwBs8AcAtfAHALvwBwAE8QcACfEHAFPxBwBZ8QcAHm0NANnxBwDx8QcAKPIHAEDyBwBk8gcAvG0NAJXyBwBxBgkAovIHAN7yBwDt8gcALfMHADnzBwB88wcAffMHAMvzBwDV8wcAGvQHACj0BwBp9AcAbvQHALj0BwDF9AcAC24NACr1BwBW9QcAjfUHAKX1BwDc9QcA9PUHACv2BwBD9gcAZ/YHAFpuDQCg9gcA4fYHAOb2BwAw9wcAPfcHAH/3BwCH9wcAzvcHANT3BwAd+AcAKfgHAGz4BwB8+AcAu/gHAMT4BwAK+QcADfkHAFn5BwCR+QcAqPkHALT5BwCpbg0A/fkHAEb6BwBf+gcAlfoHAKP6BwDk+gcA8foHADP7BwA6+wcAgvsHAIv7BwDR+wcA3vsHACD8BwA3/AcAb/wHAHL8BwC+/AcAwPwHAA39BwAW/QcAXP0HAGz9BwCr/QcAxP0HAPr9BwD8/QcASf4HAFL+BwCY/gcAoP4HAOf+BwDp/gcANv8HAE//BwCF/wcAnP8HANT/BwDg/wcAIwAIADQACAByAAgAfgAIAMEACADMAAgAEAEIAB0BCABfAQgAaQEIAPhuDQDBAQgA/QEIAAsCCABMAggANwIIAAMKCACFAggAmwIIAKgCCADqAggA8gIIADkDCAA/AwgAiAMIAJQDCADXAwgA4gMIACYECAAvBAgAdQQIAHgECADEBAgAxgQIABMFCAAaBQgAYgUIAGQFCABHbw0AtAUIAAAGCAAOBggATwYIAFQGCACeBggAqwYIAO0GCAD5BggAPAcIAEQHCACWbw0AmQcIANoHCADqBwgAKQgIADcICAB4CAgAgQgIAMcICADRCAgAFgkIABgJCABlCQgAbwkIALQJCAC2CQgA5W8NAAgKCABSCggAWgoIAKEKCACnCggA8AoIAPwKCAA/CwgATgsIAI4LCACXCwgA3QsIAOALCAAsDAgALgwIAHsMCACCDAgAygwIAMwMCAA0cA0AHg0IAGgNCACEDQgAtw0IANMNCACDcA0AEw4IADciCQAVDggAVQ4IAFoOCACkDggAsQ4IAPMOCAAADwgAQg8IAEgPCACRDwgAnQ8IAOAPCADwDwgALxAIADgQCAB+EAgAgRAIAM0QCADZEAgAHBEIACMRCADScA0AehEIALoRCAC/EQgACRIIABYSCABYEggAZRIIAKcSCACtEggA9hIIAAITCABFEwgAVRMIAJQTCACdEwgA4xMIAOYTCAAyFAgAPhQIAIEUCACIFAgAIXENANIUCAAfFQgALRUIAG4VCAB/FQgAcHENAMQVCAC/cQ0AFBYIAA5yDQBgFggAqhYIALcWCAD5FggABhcIAEgXCABUFwgAlxcIAKYXCADmFwgA8BcIADUYCABDGAgAhBgIAIkYCADTGAgA4BgIACIZCAAqGQgAcRkIAHcZCADAGQgAzBkIAA8aCAAfGggAXhoIAGcaCACtGggAsBoIAPwaCAAIGwgASxsIAFIbCABdcg0AohsIAKxyDQDuGwgAOBwIAEAcCACHHAgAihwIANYcCADfHAgAJR0IADQdCAB0HQgAfx0IAMMdCADLHQgAEh4IACIeCABhHggAbx4IALAeCADBHggA/x4IAAsfCABOHwgAVh8IAPtyDQCjHwgA7B8IAPQfCAA7IAgAQiAIAIogCACYIAgA2SAIAN8gCAAoIQgANCEIAHchCACGIQgAxiEIANAhCAAVIggAGiIIAGQiCABqIggAsyIIAMciCABKcw0AByMIAFEjCABeIwgAoCMIAK0jCADvIwgA+yMIAD4kCABNJAgAjSQIAJckCADcJAgA6iQIACslCAAwJQgAeiUIAIclCADJJQgA0SUIABgmCAAeJggAZyYIAHMmCAC2JggAxiYIAAUnCAAOJwgAVCcIAFcnCACjJwgArycIAPInCAD5JwgAmXMNAEMoCACQKAgAmigIAN8oCADtKAgALikIADMpCAB9KQgAiikIAMwpCADOKQgAGyoIACwqCABqKggAdioIALkqCAC/KggACCsIAA4rCABXKwgAXCsIAKYrCACsKwgA6HMNAPorCABELAgAVSwIAJMsCACbLAgA4iwIAJ8sCACbUQgAoSwIAASlCwDsLAgAMS0IAD8tCACALQgAli0IAM8tCADbLQgAHi4IACUuCABtLggAdS4IALwuCADBLggACy8IABQvCABaLwgAZC8IAKkvCACxLwgA+C8IAPwvCABHMAgAUjAIAJYwCACkMAgA5TAIAPYwCAA0MQgAQDEIAIMxCACLMQgAN3QNANQxCAAhMggALzIIAHAyCAB6MggAvzIIAM0yCAAOMwgAGzMIAF0zCAB0MwgArDMIALQzCAD7MwgACzQIAEo0CABPNAgAmTQIAJ80CADoNAgA8DQIADc1CAA5NQgAhjUIAJM1CADVNQgA3TUIACQ2CAApNggAczYIAHQ2CADCNggAzjYIABE3CAAeNwgAYDcIAGg3CACvNwgAvjcIAP43CAADOAgATTgIAFo4CACcOAgAqTgIAOs4CAD3OAgAOjkIAEk5CACJOQgAkzkIANg5CADmOQgAJzoIACw6CAB2OggAgzoIAIZ0DQDIOggAFDsIABw7CABjOwgAcDsIALI7CAC3OwgAATwIAAs8CABQPAgAWDwIAJ88CAChPAgA7jwIAAk9CAA9PQgAPz0IAIw9CACaPQgA2z0IAOw9CAAqPggALD4IAHk+CACSPggAyD4IANk+CAAXPwgAIz8IAGY/CAB7PwgAtT8IAL0/CAAEQAgACkAIAFNACABfQAgAokAIAL9ACADxQAgA+kAIAEBBCABMQQgAj0EIAJJBCADeQQgA6EEIAC1CCAA1QggAfEIIAIZCCADLQggA2UIIABpDCAAwQwgAaUMIAHVDCAC4QwgAv0MIAAdECAAPRAgAVkQIAFtECAClRAgArkQIAPRECAD+RAgAQ0UIAEtFCACSRQgAlEUIAOFFCADxRQgAMEYIADpGCAB/RggAi0YIAM5GCADURggAHUcIACVHCADVdA0AeEcIALtHCADORwgACkgIACZICABZSAgAYUgIACR1DQC2SAgA90gIAA1JCABGSQgAUkkIAJVJCACaSQgA5EkIAO1JCAAzSggAPUoIAIJKCACKSggA0UoIANNKCAAgSwgAL0sIAG9LCACMSwgAvksIAMdLCAANTAgAG0wIAFxMCABiTAgAq0wIALlMCAD6TAgAB00IAElNCABgTQgAmE0IAKBNCADnTQgA6U0IADZOCAA+TggAhU4IAJROCADUTggA2U4IACNPCAAwTwgAck8IAH9PCADBTwgAzU8IABBQCAAfUAgAX1AIAGlQCACuUAgAvFAIAP1QCAACUQgATFEIAFlRCABzdQ0AoVEIAOpRCADwUQgAOVIIAD5SCACIUggAjlIIAMJ1DQDlUggAJlMIADxTCAB1UwgAgVMIAMRTCADJUwgAE1QIABxUCABiVAgAbFQIALFUCADUVAgAAFUIAARVCABPVQgAD1UIAItWCABRVQgAnlUIAKxVCADtVQgA91UIADxWCABgVggAr3YNAJFWCADaVggA5lYIAClXCAArVwgAeFcIAIJXCADHVwgA01cIABZYCAA6WAgA/nYNAGlYCAC0WAgAdFgIAPBZCAC2WAgAA1kIABFZCABSWQgAXFkIAKFZCADFWQgATXcNAPZZCAA/WggAS1oIAI5aCACQWggA3VoIAOdaCAAsWwgAOFsIAHtbCACfWwgAnHcNAOdbCAAZXAgAIlwIAGhcCAB2XAgAt1wIAL1cCAAGXQgAEl0IAFVdCABdXQgA63cNAKtdCADzXQgADF4IAEJeCABRXggAkV4IAJleCADgXggA714IAC9fCAA0XwgAfl8IAItfCADNXwgA2l8IABxgCAAoYAgAa2AIAHpgCAC6YAgAxGAIAAlhCAAXYQgAWGEIAF1hCACnYQgAtGEIADp4DQD3YQgAvMwIAA9iCABFYggAT2IIAJRiCACWYggA42IIAPFiCAAyYwgAP2MIAIFjCACJYwgA0GMIAPljCAAfZAgAJmQIAG5kCACHZAgAvWQIAMxkCAAMZQgAFGUIAFtlCABqZQgAqmUIAK9lCAD5ZQgABmYIAEhmCABVZggAl2YIAKNmCADmZggA9WYIADVnCAA/ZwgAhGcIAJJnCADTZwgA2GcIACJoCAAvaAgAiXgNAHZoCABWHgoAfWgIAMBoCACZaAgANfUNANNoCAAPaQgAHmkIAF5pCABqaQgArWkIALlpCAD8aQgAA2oIAEtqCABXaggAmmoIAKFqCADpaggA8WoIADhrCAA8awgAh2sIAJJrCADWawgA4msIACVsCAAybAgAdGwIAHxsCADDbAgAzWwIABJtCAAYbQgAYW0IAHVtCACwbQgAvm0IAP9tCAAMbggATm4IAGVuCACdbggApW4IAOxuCAD2bggAO28IAEBvCACKbwgAkm8IANlvCADobwgAKHAIAC1wCAB3cAgAhHAIAMZwCADTcAgAFXEIACFxCABkcQgAc3EIALNxCAC9cQgA2HgNAApyCABRcggAYHIIAKByCAClcggA73IIAPhyCAA+cwgAT3MIAI1zCACUcwgA3HMIAORzCAArdAgAOHQIAHp0CAB/dAgAyXQIANN0CAAYdQgAIHUIAGd1CACAdQgAtnUIAMJ1CAAFdggADXYIACd5DQBjdggAo3YIAMB2CADydggA+3YIAEF3CABPdwgAkHcIAJZ3CADfdwgA63cIAC54CAA1eAgAfXgIAIV4CADMeAgA3HgIABt5CAAheQgAankIAG95CAC5eQgAz3kIAAh6CAAQeggAV3oIAGF6CACmeggAsXoIAPV6CAABewgARHsIAEx7CAB2eQ0AoHsIAOJ7CADpewgAMXwIAD18CACAfAgAhnwIAM98CADgfAgAHn0IADJ9CABtfQgAe30IALx9CADJfQgAC34IACJ+CABafggAYn4IAKl+CACwfggA+H4IAPp+CABHfwgAUX8IAJZ/CACYfwgA5X8IAP5/CAA0gAgANoAIAIOACACGgAgA0oAIAN6ACAAhgQgATYEIAMV5DQB/gQgAv4EIANyBCAAOgggAF4IIAF2CCABrgggArIIIALKCCAD7gggAB4MIAEqDCABSgwgAFHoNAKGDCADogwgA7oMIADeECABDhAgAhoQIAImECADVhAgA2oQIACSFCAAthQgAc4UIAHmFCADChQgA0YUIABGGCAAdhggAYIYIAGiGCABjeg0AtYYIAP6GCAADhwgATYcIAGOHCACchwgApIcIAOuHCAD5hwgAOogIAESICACJiAgAjIgIANiICADgiAgAJ4kIACiJCAB2iQgAfIkIAMWJCADTiQgAFIoIACqKCABjiggAZYoIALKKCAC4iggAAYsIABWLCABQiwgAWIsIAJ+LCACviwgA7osIAPCLCAA9jAgATIwIAIyMCACWjAgA24wIAOCMCAAqjQgAMI0IAHmNCACNjQgAyI0IANCNCAAXjggAHI4IAGaOCABsjggAtY4IAL2OCAAEjwgAB48IAFOPCABYjwgAoo8IAKuPCADxjwgA948IAECQCABPkAgAj5AIAJuQCACyeg0A6JAIAC2RCAAvkQgAfJEIAIORCADLkQgA0pEIABqSCAAgkggAaZIIAHeSCAC4kggAxZIIAAeTCAAXkwgAVpMIAFuTCAClkwgArZMIAPSTCADBkwgApPsIAACUCABDlAgARZQIAAqXCABQlAgAkpQIAJeUCADhlAgA65QIADCVCABAlQgAf5UIAISVCADOlQgA15UIAB2WCAAqlggAbJYIAHOWCAC7lggAw5YIAAF7DQAYlwgAWZcIAHGXCAColwgAqpcIAPeXCAAOmAgARpgIAEiYCACVmAgAo5gIAOSYCADxmAgAM5kIADuZCABQew0AiJkIANGZCADTmQgAIJoIAC2aCABvmggAcpoIAL6aCADPmggADZsIAA+bCABcmwgAZpsIAKubCAC3mwgA+psIAAKcCACfew0ATpwIAJicCACbnAgA55wIAPGcCAA2nQgAPp0IAIWdCACSnQgA1J0IANadCAAjnggAOZ4IAHKeCAB+nggAwZ4IAMmeCADuew0AE58IAF+fCABonwgArp8IALyfCAAuxwgAvZ8IAP2fCAAIoAgATKAIAFSgCACboAgApqAIAOqgCADvoAgAOaEIADyhCACIoQgAkqEIAIx8DQDdoQgAJqIIAEGiCAB1oggAgaIIAMSiCADKoggAE6MIABujCABiowgAeKMIALGjCAC/owgAAKQIAAOkCABPpAgAaKQIAJ6kCACqpAgA7aQIAPikCAA8pQgAPqUIAIulCACmpQgA2qUIAOilCAAppggANqYIAHimCACPpggA23wNAN2mCAAWpwgAF6cIAGWnCABqpwgAtKcIALqnCAADqAgABagIAFKoCABYqAgAoagIALWoCADwqAgA+KgIAD+pCABPqQgAjqkIAJCpCADdqQgA66kIACyqCAA9qggAKn0NAIGqCADKqggA1qoIAHl9DQAbqwgAaKsIAHmrCAC3qwgAv6sIAAasCAAPrAgAVawIAFysCACkrAgApawIAMh9DQD/rAgAQq0IAEStCACRrQgAmK0IAOCtCADorQgAL64IADiuCAB+rggAha4IAM2uCADOrggAF34NACGvCABrrwgAc68IALqvCADErwgACbAIABewCABYsAgAbrAIAKewCACzsAgA9rAIAPuwCABFsQgATrEIAJSxCACesQgAZn4NAOSxCAAysggAOrIIAJ/HCQBKsggAgbIIAI6yCADQsggA3LIIAB+zCAApswgAbrMIAHKzCAC9swgAwrMIAAy0CAAStAgAW7QIAHu0CACqtAgAwrQIAPm0CAAQtQgASLUIAFS1CACXtQgAobUIAOa1CADotQgANbYIADy2CACEtggAi7YIANO2CADZtggAIrcIAC63CABxtwgAdLcIAMC3CADDtwgAD7gIABu4CABeuAgAYbgIAK24CADJuAgA/LgIAAS5CAC1fg0AV7kIAJq5CACkuQgA6bkIAOu5CAA4uggAP7oIAIe6CACOuggA1roIANy6CAAluwgAM7sIAHS7CACBuwgAw7sIANO7CAASvAgAF7wIAGG8CABpvAgAsLwIAMC8CAD/vAgABL0IAE69CABUvQgAnb0IAKW9CAAEfw0A8r0IADu+CABDvggAir4IAI2+CADZvggA5b4IACi/CAAuvwgAd78IAJK/CADGvwgA1L8IABXACAAkwAgAZMAIAHDACACzwAgAu8AIAKJ/DQAHwQgAUcEIAFvBCACgwQgAqMEIAO/BCAAPwggAPsIIAEvCCACNwggAksIIANzCCADgwggAK8MIADjDCADxfw0Af8MIAMnDCADMwwgAGMQIACLECABnxAgAc8QIALbECADJxAgABcUIABTFCABUxQgAYMUIAKPFCACkxQgA8sUIAPzFCABBxggAT8YIAJDGCACVxggA38YIAOzGCABAgA0AOMcIAH3HCAB/xwgAzMcIAOXHCAAbyAgALMgIAGrICAB2yAgAucgIAMHICAAtgQ0AD8kIAFfJCABeyQgApskIAKzJCAD1yQgAAcoIAETKCABHyggAk8oIAJbKCADiyggA6soIADHLCABBywgAgMsIAIXLCADPywgA2MsIAB7MCAArzAgAbcwIAHTMCAB8gQ0AyMwIAAvNCAAYzQgAWs0IAGLNCACpzQgAs80IAPjNCAAHzggAR84IAEjOCACWzggAns4IAOXOCAD0zggANM8IADnPCACDzwgAkM8IANLPCADfzwgAIdAIAC3QCABw0AgAf9AIAL/QCADJ0AgADtEIABzRCABd0QgAYtEIAKzRCAC50QgA+9EIAAPSCABK0ggAVNIIAJnSCACe0ggA6NIIAPDSCADLgQ0ARdMIAIbTCACS0wgA1dMIANvTCAAk1AgAKtQIAHPUCAB41AgAwtQIAMjUCAAagg0AHdUIAGDVCABm1QgAr9UIALXVCAD+1QgAC9YIAE3WCABS1ggAnNYIAKTWCADr1ggACdcIAAeDDQA81wgA27UKAD3XCACVIwoAQNcIAIO8CQBQ1wgAidcIAIrXCADY1wgA3dcIACfYCAAt2AgAdtgIAHjYCADF2AgAy9gIABTZCAAo2QgAY9kIAGvZCACy2QgAwtkIAAHaCAAD2ggAUNoIAF7aCACf2ggAsNoIAFaDDQD02ggAPdsIAEnbCAClgw0AmdsIANvbCADj2wgAKtwIADfcCAB53AgAe9wIAMjcCADe3AgAF90IACPdCABm3QgAbt0IAEOEDQDB3QgABN4IAAfeCABT3ggAWN4IAKLeCACz3ggA8d4IAPreCABA3wgASt8IAI/fCACd3wgA3t8IAOPfCAAt4AgAOuAIAJKEDQCI4AgAy+AIANjgCAAa4QgAHOEIAGnhCAB/4QgAuOEIAMThCAAH4ggAD+IIAOGEDQBb4ggApeIIAKviCAD04ggA/OIIAEPjCABG4wgAkuMIAJ7jCADh4wgA5+MIADDkCABL5AgAf+QIAIzkCADO5AgA0OQIAB3lCAAz5QgAbOUIAHjlCAC75QgAw+UIADCFDQAQ5ggAWeYIAF7mCACo5ggAw+YIAPfmCAAF5wgARucIAE3nCACV5wgAoecIAOTnCADr5wgAf4UNAD7oCACC6AgAiugIANHoCADc6AgAIOkIACXpCABv6QgAcukIAL7pCADI6QgADeoIABXqCABc6ggAauoIAKvqCACu6ggA+uoIAALrCABJ6wgAaesIAJjrCACl6wgA5+sIAOzrCAA27AgAOuwIAIXsCACS7AgAzoUNAPTsCAAj7QgALO0IAHLtCABz7QgAwe0IAMntCAAQ7ggAIO4IAF/uCABh7ggAru4IALzuCAD97ggADu8IAB2GDQBS7wgAm+8IAKfvCABshg0A8e8IALuGDQA+8AgAiPAIAKLwCADX8AgA5vAIACbxCAAx8QgAdfEIAHfxCADE8QgA0fEIABPyCAAg8ggAYvIIAG7yCACx8ggAwvIIAADzCAAD8wgAT/MIAGnzCACe8wgAp/MIAO3zCAD68wgAPPQIAEL0CACL9AgAl/QIANr0CADd9AgAKfUIAC71CAB49QgAifUIAMf1CADi9QgAFvYIACL2CABl9ggAbPYIALT2CAC29ggAA/cIAAr3CABS9wgAWfcIAKH3CACn9wgA8PcIAPz3CAA/+AgAQvgIAI74CACR+AgA3fgIAOn4CAAs+QgAP/kIAHv5CACK+QgAyvkIANb5CAAZ+ggAGvoIAGj6CABy+ggAt/oIAMX6CAAG+wgAC/sIAFX7CABi+wgACocNAKz7CABZhw0A9fsIAEL8CABY/AgAkfwIAJ38CADg/AgA6PwIAKiHDQA1/QgAfv0IAIb9CADN/QgA0P0IABz+CAAo/ggAa/4IAHH+CAC6/ggA1f4IAAn/CAAX/wgAWP8IAGf/CACn/wgAs/8IAPb/CAD+/wgA94cNAEoACQCUAAkAngAJAOMACQDrAAkAMgEJAFIBCQCBAQkAjgEJANABCQDVAQkAHwIJACMCCQBuAgkAewIJAEaIDQDgAgkADAMJAA8DCQBbAwkAYAMJAKoDCQC5AwkA+QMJABkECQBIBAkAVAQJAJcECQChBAkA5gQJAPIECQA1BQkAOwUJAIQFCQCKBQkA0wUJANgFCQAiBgkAKAYJAJWIDQB3BgkAwAYJAMUGCQAPBwkAFQcJADOJDQBhBwkArQcJALcHCQD8BwkA/gcJAEsICQBkCAkAmggJAKsICQDpCAkA9wgJADgJCQA7CQkAhwkJAJIJCQDWCQkA3gkJACUKCQAnCgkAdAoJAHwKCQDDCgkA0AoJABILCQAeCwkAYQsJAGULCQCwCwkAuAsJAP8LCQAODAkATgwJAFMMCQCdDAkAqgwJAOwMCQD5DAkAOw0JAEcNCQCKDQkAmQ0JANkNCQDjDQkAKA4JADYOCQB3DgkAfA4JAMYOCQDTDgkAgokNAB0PCQDRiQ0AaA8JAGcTCQBwDwkAsw8JALkPCQACEAkACBAJAFEQCQBeEAkAoBAJAKUQCQDvEAkA9xAJAD4RCQBwEQkAKxIJAHURCQCNEQkAsxEJAHoSCQDEEQkA3BEJABMSCQAgig0AYhIJAG+KDQCgEgkAyRIJAPsSCQAYEwkATxMJAL6KDQB1EwkAthMJAMMTCQAFFAkAERQJAFQUCQBaFAkAoxQJAKkUCQDyFAkA9xQJAEEVCQBHFQkADYsNALYVCQB9FgkAxxUJAN8VCQAWFgkAq4sNAGUWCQD6iw0AoxYJAMwWCQD+FgkAGxcJAFIXCQBJjA0AdBcJALkXCQC+FwkACBgJABAYCQCYjA0AXBgJAKYYCQCvGAkA9RgJAAIZCQBEGQkASxkJAOeMDQCbGQkANo0NAPUZCQAxGgkAPRoJAIAaCQCPGgkAzxoJANgaCQAeGwkAKBsJAG0bCQBvGwkAvBsJANUbCQALHAkAHBwJAFocCQBmHAkAqRwJALEcCQCFjQ0ABh0JAEcdCQBYHQkAlh0JAKIdCQDlHQkA7R0JANSNDQA5HgkAgx4JAI0eCQDSHgkA2h4JACEfCQAxHwkAcB8JAHUfCQC/HwkAyB8JAA4gCQAbIAkAXSAJAGQgCQAjjg0AuSAJAPsgCQC/IAkAi2wLAAAhCQBKIQkAViEJAJkhCQCmIQkA6CEJAPIhCQByjg0APCIJAIYiCQCSIgkA1SIJAOIiCQAkIwkALiMJAHMjCQCPIwkAwiMJAMojCQDBjg0AFiQJAGAkCQBoJAkAryQJALIkCQD+JAkAByUJAE0lCQBcJQkAnCUJAKclCQDrJQkA8yUJADomCQBKJgkAiSYJAJcmCQDYJgkA6SYJACcnCQAzJwkAdicJAH4nCQAQjw0AyycJABQoCQAcKAkAYygJAGooCQCyKAkAwCgJAAEpCQAHKQkAUCkJAFwpCQCfKQkArikJAO4pCQD4KQkAPSoJAEIqCQCMKgkAkioJANsqCQDvKgkAKisJADIrCQB5KwkAlysJAMgrCQDQKwkAX48NAB8sCQCujw0AbiwJALUsCQDOLAkABC0JAA0tCQBTLQkAYy0JAKItCQCyLQkA8S0JAP0tCQBALgkARi4JAI8uCQCdLgkA3i4JAOsuCQAtLwkARC8JAHwvCQCELwkAyy8JANUvCQAaMAkAKDAJAGkwCQB/MAkAuDAJAMQwCQAHMQkADjEJAFYxCQBeMQkApTEJAKoxCQD0MQkA/TEJAEMyCQBNMgkAkjIJAJoyCQDhMgkA4zIJADAzCQBAMwkAfzMJAIkzCQDOMwkA2jMJAB00CQAjNAkAbDQJAHQ0CQBMkA0AxDQJAAo1CQAbNQkAWTUJAGU1CQCoNQkAtTUJAPc1CQD8NQkARjYJAFA2CQCVNgkApTYJAOQ2CQDpNgkAMzcJADw3CQCCNwkAjzcJANE3CQDYNwkAIDgJACw4CQBvOAkAdTgJAL44CQDEOAkADTkJABI5CQBcOQkAYjkJAJuQDQCwOQkA+jkJAAI6CQBJOgkAXzoJAJg6CQCdOgkA5zoJAO46CQA2OwkAPzsJAIU7CQCWOwkA1DsJAOA7CQAjPAkAKzwJAIiRDQB0PAkAwTwJANc8CQAQPQkAHD0JAF89CQBmPQkArj0JALY9CQDXkQ0AAj4JAEw+CQBUPgkAmz4JALE+CQDqPgkA7z4JADk/CQBAPwkAiD8JAJE/CQDXPwkA6D8JACZACQAyQAkAdUAJAH1ACQAmkg0AxkAJABNBCQApQQkAYkEJAG5BCQCxQQkAuEEJAABCCQAIQgkAdZINAFRCCQCeQgkApUIJAO1CCQD2QgkAPEMJAE1DCQCLQwkAl0MJANpDCQDiQwkAxJINACtECQB4RAkAh0QJAMdECQDnRAkAFkUJABhFCQBlRQkAfEUJALRFCQDARQkAA0YJAAtGCQBikw0AV0YJAKFGCQCjRgkA8EYJAPdGCQA/RwkAR0cJAI5HCQCXRwkA3UcJAONHCQAsSAkAPUgJAHtICQCDSAkAAJQNANZICQAZSQkAHEkJAGhJCQBtSQkAt0kJAMhJCQAGSgkAIUoJAFVKCQBhSgkApEoJAKxKCQBPlA0ACUsJAEJLCQBDSwkAkUsJAJZLCQDgSwkA5ksJAC9MCQA5TAkAfkwJAIZMCQDNTAkA30wJAJ6UDQApTQkAa00JAHVNCQC6TQkAwE0JAAlOCQAdTgkAWE4JAGBOCQCnTgkAt04JAPZOCQD7TgkARU8JAEtPCQCUTwkAnE8JAONPCQDkTwkAMlAJADRQCQCBUAkAkFAJANBQCQDwUAkAH1EJACFRCQBuUQkAhVEJAL1RCQDJUQkADFIJABRSCQDtlA0AaFIJAKpSCQC0UgkA+VIJAAdTCQBIUwkAXlMJAJdTCQCjUwkA5lMJAPJTCQA1VAkAO1QJAIRUCQCKVAkA01QJANhUCQAiVQkAKFUJAIuVDQB2VQkAwFUJAMJVCQAPVgkAFlYJAF5WCQBmVgkArVYJALBWCQD8VgkABVcJAEtXCQBaVwkAmlcJAKVXCQDpVwkA8VcJADhYCQBIWAkAh1gJAJVYCQDWWAkA51gJACVZCQAxWQkAdFkJAHxZCQB4lg0A4VkJABJaCQAaWgkAx5YNAG1aCQCwWgkAxloJAP9aCQAHWwkATlsJAG1bCQAWlw0AoFsJABaUCQCqWwkA7FsJAO9bCQBvTgwA9FsJADtcCQA9XAkAilwJAEVcCQD1ZwkATFwJAHphCQCXXAkA2VwJAO1cCQAoXQkAMF0JAHddCQB8XQkAxl0JANZdCQAVXgkAHV4JAGReCQBuXgkAs14JAL5eCQACXwkADl8JAFFfCQBZXwkAZZcNAKVfCQDvXwkA+F8JAD5gCQBEYAkAjWAJAJxgCQDcYAkA6GAJACthCQAuYQkAtJcNAH9hCQDJYQkA2GEJABhiCQAaYgkAZ2IJAHhiCQC2YgkAx2IJAAVjCQAZYwkAVGMJAFxjCQCjYwkAsWMJAPJjCQD/YwkAQWQJAERkCQCQZAkAmmQJAN9kCQDhZAkALmUJAD9lCQB9ZQkAjmUJAMxlCQDYZQkAG2YJACJmCQBqZgkAcmYJALlmCQDQZgkACGcJABRnCQBXZwkAbWcJAKZnCQCpZwkAA5gNAABoCQBEaAkAUGgJAJNoCQCbaAkAUpgNAO5oCQAxaQkAR2kJAIBpCQCDaQkAz2kJANdpCQAeagkAIGoJAG1qCQCIagkAvGoJAL5qCQALawkAGWsJAFprCQBrawkAqWsJAKtrCQD4awkAEWwJAEdsCQBYbAkAlmwJAKJsCQChmA0A62wJADRtCQBCbQkAg20JAJ5tCQDSbQkA3m0JACFuCQAnbgkAcG4JAHhuCQC/bgkAz24JAA5vCQATbwkAXW8JAGZvCQCsbwkAuW8JAPtvCQACcAkASnAJAFJwCQDwmA0AnnAJAOhwCQDucAkAN3EJAD9xCQCGcQkAr3EJANVxCQDccQkAJHIJAD1yCQBzcgkAgnIJAMJyCQDecgkAP5kNABZzCQBgcwkAanMJAK9zCQC/cwkA/nMJAAN0CQBNdAkAVnQJAJx0CQCpdAkA63QJAPJ0CQA6dQkARnUJAIl1CQCcdQkA2HUJAOd1CQAndgkAM3YJAHZ2CQB3dgkAxXYJAM92CQAUdwkAIncJAGN3CQBodwkAsncJAL93CQCOmQ0AEngJAFB4CQBSeAkAn3gJAKJ4CQDueAkA8XgJAD15CQBEeQkAjHkJAJh5CQDbeQkA63kJACp6CQA6egkAeXoJAH56CQDIegkA0XoJABd7CQAkewkAZnsJAG17CQC1ewkAwXsJAAR8CQAKfAkAU3wJAFl8CQCifAkAp3wJAPF8CQD3fAkAe5oNAEp9CQCPfQkAnX0JAN59CQDufQkALX4JAC9+CQB8fgkAi34JAMt+CQDVfgkAGn8JACJ/CQBomw0Ab38JALh/CQDEfwkAt5sNAAyACQBWgAkAXoAJAKWACQC1gAkA9IAJAAKBCQBDgQkAUIEJAJKBCQCZgQkA4YEJAOmBCQBVnA0AQYIJAH+CCQCGggkAzoIJANaCCQAdgwkAKoMJAGyDCQBxgwkAu4MJAMWDCQAKhAkAEoQJAFmECQByhAkAqIQJALSECQD3hAkA/4QJAKScDQBShQkAlYUJAJiFCQDkhQkA6YUJADOGCQBEhgkAgoYJAJ2GCQDRhgkA3YYJACCHCQAnhwkAb4cJAIuHCQC+hwkAxocJAPOcDQASiAkAXIgJAGaICQCriAkAs4gJAPqICQAKiQkASYkJAE6JCQCYiQkAoYkJAOeJCQD0iQkANooJAD2KCQBCnQ0AlooJANSKCQDcigkAI4sJAOCKCQAshAoALYsJAHKLCQB3iwkAwYsJAMmLCQAQjAkAGYwJAF+MCQBsjAkArowJALWMCQD9jAkACY0JAEyNCQBcjQkAm40JAKmNCQDqjQkA940JADmOCQBFjgkAiI4JAI+OCQDXjgkA344JACaPCQA2jwkAdY8JAH6PCQDEjwkA0Y8JABOQCQAikAkAYpAJAGyQCQCxkAkAv5AJAACRCQAFkQkAT5EJAFyRCQCekQkAppEJAJGdDQD5kQkAPJIJAEmSCQCLkgkAjpIJANqSCQDokgkAKZMJAC6TCQB4kwkAhZMJAMeTCQDPkwkA4J0NAB6UCQBllAkAa5QJALSUCQBslAkAfuoJAMCUCQADlQkAIJUJAFKVCQBblQkAoZUJAK+VCQDwlQkA9pUJAD+WCQBLlgkAjpYJAJWWCQAvng0A45YJACyXCQA6lwkAe5cJAJaXCQDKlwkA1pcJABmYCQAfmAkAfp4NAIuYCQC3mAkAxpgJAAaZCQALmQkAVZkJAGKZCQCkmQkAsZkJAPOZCQD/mQkAQpoJAFGaCQCRmgkAm5oJAOCaCQDumgkAL5sJADSbCQB+mwkAi5sJAM2bCQDpmwkAHJwJACScCQDNng0Ad5wJALqcCQDXnAkACZ0JABKdCQBYnQkAZp0JAKedCQCtnQkA9p0JAAKeCQBFngkATJ4JAJSeCQCcngkA454JAPmeCQAynwkAN58JAIGfCQCInwkA0J8JANmfCQAfoAkAMKAJAG6gCQB6oAkAvaAJAMWgCQBrnw0AEqEJAFuhCQBgoQkAqqEJAMWhCQD5oQkAB6IJAEiiCQBPogkAl6IJAKOiCQDmogkA6aIJADWjCQA9owkAhKMJAIWjCQDTowkA1aMJACKkCQAxpAkAcaQJAJGkCQDApAkAwqQJAA+lCQAmpQkAXqUJAGqlCQCtpQkAtaUJALqfDQD9pQkAS6YJAFemCQCapgkAqaYJAOmmCQDxpgkACaANADqnCQCHpwkAlacJANanCQDnpwkAWKANACyoCQCnoA0AfKgJAEWhDQDNqAkAEqkJAB6pCQBhqQkAd6kJALCpCQC8qQkA/6kJABKqCQBOqgkAXKoJAJ2qCQCnqgkAlKENAPSqCQDjoQ0AUasJAIqrCQCWqwkA2asJAOarCQAorAkAMqwJAHesCQB5rAkAxqwJANCsCQAVrQkAI60JAGStCQBprQkAs60JAMCtCQACrgkACq4JAFGuCQBhrgkAoK4JAKKuCQDvrgkA+K4JAD6vCQBPrwkAja8JAJevCQAyog0A6K8JACuwCQBCsAkAerAJAJWwCQCBog0A4rAJABixCQAesQkAZ7EJAHGxCQDQog0AuLEJAAWyCQAWsgkAVLIJAFyyCQCjsgkAcLIJAJjYCQCvsgkA8rIJAPiyCQBBswkAR7MJAJCzCQCVswkA37MJAOWzCQAfow0ASrQJAH20CQCFtAkADKQNANq0CQAbtQkALLUJAGq1CQB7tQkAubUJAMW1CQAItgkAD7YJAFukDQBotgkAprYJALe2CQD1tgkAAbcJAES3CQBLtwkAqqQNAJW3CQDitwkA47cJADG4CQA5uAkAgLgJAIW4CQDPuAkA2LgJAB65CQAouQkAbbkJAHW5CQC8uQkAwbkJAAu6CQAbugkAWroJAGK6CQCpugkAv7oJAPi6CQAEuwkAR7sJAF27CQCWuwkAm7sJAOW7CQDruwkANLwJAEi8CQD5pA0AmbwJANK8CQDgvAkAIb0JAC69CQBwvQkAcr0JAL+9CQDJvQkADr4JABq+CQBdvgkAZL4JAKy+CQC0vgkA+74JABS/CQBKvwkAXr8JAJm/CQChvwkA6L8JAOq/CQA3wAkARMAJAIbACQCLwAkA1cAJAN/ACQAkwQkAL8EJAHPBCQB/wQkAwsEJAMjBCQARwgkAGcIJAGDCCQBhwgkAr8IJALXCCQD+wgkAA8MJAE3DCQBcwwkAnMMJAKjDCQDrwwkA7sMJADrECQA9xAkASKUNAI7ECQDYxAkA9MQJAJelDQBHxQkAdsUJAH7FCQDmpQ0Ay8UJABTGCQAgxgkANaYNAH/GCQCE9Q0Aj8YJACKnDQDexgkAcacNAAfHCQBQxwkAXMcJAMCnDQCgxwkABMsJAK/HCQDuxwkA8McJAD3ICQBHyAkAjMgJAI7ICQDbyAkA7MgJACrJCQAyyQkAeckJAIXJCQDIyQkAzskJABfKCQAdygkAZsoJAGvKCQC1ygkAu8oJAA+oDQAGywkAU8sJAFnLCQCiywkApcsJAPHLCQD9ywkAQMwJAEjMCQD8qA0AlcwJAN7MCQDkzAkALc0JADLNCQB8zQkAgs0JAEupDQDNzQkAGs4JACPOCQBpzgkAgM4JALjOCQDDzgkAB88JABHPCQBWzwkAXs8JADiqDQCyzwkA9M8JAPzPCQBD0AkATdAJAJLQCQCd0AkA4dAJAOfQCQAw0QkAPNEJAH/RCQCB0QkAztEJANXRCQAd0gkAJdIJAGzSCQB+0gkAh6oNAPbSCQAK0wkAEtMJAFnTCQB80wkAdKsNAKrTCQD30wkABNQJAEbUCQBN1AkAldQJAKbUCQDk1AkA8NQJADPVCQA61QkAgtUJAIPVCQCt9AkAitUJAMOrDQDk1QkAINYJAC/WCQBv1gkAe9YJAL7WCQC/1gkADdcJABfXCQBc1wkAatcJAKvXCQCw1wkA+tcJAAfYCQASrA0AUdgJAGGsDQCg2AkAsKwNAOnYCQA22QkA89gJADH0CgA52QkAEa8KAEPZCQCF2QkAk9kJANTZCQDj2QkAI9oJAEPaCQBy2gkAftoJAMHaCQDI2gkAENsJABjbCQBf2wkAYdsJAK7bCQC42wkAna0NAAfcCQBM3AkAVNwJAOytDQCl3AkA6twJAPLcCQA7rg0Add0JAIjdCQCQ3QkA190JAPXdCQCKrg0ANN4JAHXeCQCF3gkAxN4JANTeCQAT3wkAH98JAGLfCQBo3wkAsd8JAM3fCQAA4AkACOAJANmuDQBj4AkAnuAJAKjgCQDt4AkA+eAJADzhCQBE4QkAKK8NAJbhCQDa4QkA3OEJACniCQAv4gkAeOIJAIDiCQB3rw0AyeIJABbjCQAZ4wkAZeMJAG3jCQC04wkAxOMJAAPkCQAF5AkAUuQJAGDkCQCh5AkAsuQJAMavDQD35AkAFbANAEXlCQCO5QkAk+UJAN3lCQDj5QkAZLANADnmCQB75gkAheYJAMrmCQDM5gkAGecJACznCQBo5wkAcOcJALfnCQDD5wkABugJAAzoCQBV6AkAW+gJAKToCQCp6AkA8+gJAPnoCQBRsQ0AS+kJAJHpCQCe6QkA4OkJAOfpCQAv6gkAN+oJAKCxDQCK6gkAzeoJANfqCQAc6wkAKOsJAGvrCQB66wkAuusJAMTrCQAJ7AkAFewJAFjsCQBf7AkA77ENAKrsCQBvYQsArewJAPbsCQAC7QkARe0JAE3tCQA+sg0AoO0JAOPtCQDt7QkAMu4JAD7uCQCB7gkAkO4JANDuCQDa7gkAH+8JACvvCQBu7wkAde8JAI2yDQDL7wkADPAJACPwCQBb8AkAaPAJAKrwCQCs8AkA+fAJAArxCQBI8QkAZPEJAJfxCQCf8QkA3LINAP/xCQA18gkASfIJAITyCQCM8gkA0/IJANbyCQAi8wkAMPMJAHHzCQCI8wkAwPMJAM3zCQAP9AkAEfQJAF70CQBv9AkAK7MNALP0CQD89AkAAfUJAEv1CQBh9QkAmvUJAKj1CQDp9QkA7PUJADj2CQBE9gkAh/YJAI32CQDW9gkA4vYJACX3CQBO9wkAdPcJAID3CQDD9wkA0vcJABL4CQAc+AkAYfgJAG/4CQCw+AkAtfgJAP/4CQAM+QkAerMNAFD5CQCd+QkAq/kJAOz5CQD5+QkAO/oJAE36CQDJsw0AmfoJANn6CQDl+gkAKPsJAEH7CQB3+wkAefsJAMb7CQDV+wkAFfwJADX8CQBk/AkAbPwJALP8CQDW/AkAAv0JABj9CQBR/QkAVv0JAKD9CQCj/QkA7/0JAPn9CQA+/gkARv4JAI3+CQCT/gkA3P4JAOj+CQAr/wkAOv8JAHr/CQCG/wkAyf8JANb/CQAYAAoAIgAKAGcACgBvAAoAtgAKAMUACgAFAQoABwEKAFQBCgBlAQoAowEKALQBCgDyAQoA+gEKAEECCgBSAgoAkAIKAJICCgDfAgoA4gIKAC4DCgA4AwoAfQMKAKEDCgDMAwoA6AMKABi0DQAhBAoAagQKAG8ECgC5BAoAyAQKAAgFCgAUBQoAVwUKAFoFCgCmBQoAqQUKAPUFCgD9BQoARAYKAFMGCgCTBgoAmAYKAOIGCgD4BgoAMQcKADIHCgCABwoAkQcKAM8HCgDbBwoAHggKACgICgBtCAoAeQgKALwICgDDCAoAZ7QNAA8JCgBaCQoAaAkKAKkJCgCzCQoA+AkKAAMKCgBHCgoATwoKAJYKCgCiCgoA5QoKAPgKCgA0CwoAQgsKAIMLCgCNCwoA0gsKANoLCgAhDAoAMAwKAHAMCgB1DAoAvwwKAMYMCgAODQoAGg0KALa0DQBpDQoArA0KAK8NCgD7DQoA/g0KAEoOCgBkDgoAmQ4KAKUOCgDoDgoA+w4KADcPCgBFDwoAhg8KAJAPCgDVDwoA+A8KAAW1DQAuEAoAcxAKAH8QCgDCEAoAyRAKABERCgAZEQoAYBEKAGQRCgCvEQoAvREKAP4RCgAIEgoATRIKAFgSCgCcEgoApBIKAOsSCgD6EgoAOhMKAD8TCgCJEwoAkBMKANgTCgDkEwoAJxQKAC8UCgBUtQ0AjBQKAKlFCwCPFAoAxRQKAM8UCgAUFQoAIBUKAGMVCgBmFQoAshUKALwVCgABFgoABBYKAFAWCgBgFgoAnxYKAKEWCgDuFgoA/BYKAD0XCgBOFwoAo7UNAJMXCgDytQ0A5BcKACoYCgDlFwoAJTMLAPsXCgDz1QoAQxgKAHkYCgCDGAoAyBgKANQYCgAXGQoAGhkKAGYZCgBwGQoAQbYNALoZCgAEGgoAJBoKAFMaCgBbGgoAkLYNALAaCgDxGgoABxsKAEAbCgBMGwoAjxsKAJYbCgDeGwoA5hsKAC0cCgAyHAoAfBwKAIUcCgDLHAoA1RwKABodCgAiHQoAaR0KAHcdCgC4HQoAxR0KAAceCgAPHgoA37YNAGYeCgClHgoArR4KAC63DQD7HgoAQx8KAE8fCgCSHwoAmR8KAOEfCgDpHwoAMCAKADogCgB/IAoAjSAKAM4gCgDkIAoAHSEKACkhCgBsIQoAcSEKALshCgDEIQoACiIKABQiCgBZIgoAYSIKAKgiCgCtIgoA9yIKAAcjCgBGIwoATiMKAH23DQCfIwoA5CMKAOcjCgDMoQoA7CMKAMy3DQBBJAoAgiQKAJgkCgDRJAoA3SQKACAlCgAnJQoAbyUKAHclCgC+JQoAwyUKAA0mCgAWJgoAXCYKAGYmCgCrJgoAsyYKAPomCgD8JgoAxzEKAAgnCgBJJwoAVicKAJgnCgCgJwoAG7gNAPMnCgA2KAoAOSgKAIUoCgCPKAoAargNAOIoCgAjKQoAOSkKAHIpCgB+KQoAwSkKAMgpCgAQKgoAGCoKAF8qCgBkKgoArioKALcqCgD9KgoABysKAEwrCgBUKwoAmysKAJ0rCgDqKwoA+isKADksCgBDLAoAiCwKAJQsCgDXLAoA3SwKAAi5DQA0LQoAdS0KAIstCgDELQoA0C0KABMuCgAYLgoAYi4KAGsuCgCxLgoAuy4KAAAvCgAILwoATy8KAHEvCgBXuQ0ArS8KAO0vCgD5LwoAPDAKAD0wCgCLMAoAlTAKANowCgDoMAoAKTEKAC4xCgB4MQoAhTEKAKa5DQDXMQoAFjIKACAyCgBlMgoAcTIKALQyCgC6MgoAAzMKAAszCgCTug0AVzMKAKEzCgCpMwoA8DMKAPwzCgAyPQoACTQKAD80CgBLNAoAjjQKAJY0CgDiug0A6jQKACw1CgA0NQoAezUKAIk1CgDKNQoA1zUKABk2CgAcNgoAaDYKAHI2CgC3NgoAuTYKAAY3CgATNwoAVTcKAGQ3CgCkNwoAsDcKAPM3CgD7NwoAMbsNAFI4CgCROAoAmTgKAOA4CgDsOAoALzkKADU5CgB+OQoAhDkKAM05CgDSOQoAHDoKACI6CgCAuw0AeDoKALo6CgC/OgoACTsKABM7CgBYOwoAYDsKAKc7CgCzOwoA9jsKAAk8CgBFPAoAUzwKAJQ8CgCXPAoA4zwKAO08CgDPuw0ART0KAIE9CgCPPQoA0D0KANM9CgAfPgoAKT4KAB68DQBzPgoAvT4KAHw+CgAhWwoAxT4KAAw/CgAYPwoAWz8KAGE/CgCqPwoAbj8KAPhYCgCwPwoA+T8KAP4/CgBIQAoATkAKAG28DQCdQAoA5kAKAOtACgA1QQoAO0EKALy8DQCSQQoA00EKAO5BCgAiQgoALkIKAHFCCgB4QgoAC70NAMlCCgAPQwoAHEMKAF5DCgBqQwoArUMKAMBDCgD8QwoA/UMKAEtECgBXRAoAmkQKAKlECgDpRAoA80QKADhFCgBERQoAh0UKAI5FCgBavQ0A3EUKACVGCgArRgoAdEYKAHlGCgDDRgoAyUYKAPi9DQAbRwoAYUcKAG5HCgCwRwoAtEcKAP9HCgABSAoATkgKAFtICgCdSAoAp0gKAEe+DQDzSAoAO0kKAENJCgCKSQoAlkkKANlJCgDsSQoAKEoKADdKCgB3SgoAg0oKAMZKCgDHSgoAFUsKAB9LCgBkSwoAcksKALNLCgC4SwoAAkwKAA9MCgCWvg0AXUwKAKBMCgCmTAoA70wKAPVMCgA+TQoAQ00KAI1NCgCTTQoA5b4NAOFNCgArTgoANU4KAIO/DQCCTgoAyU4KANZOCgAYTwoAHU8KAGdPCgBxTwoAtk8KAL5PCgAFUAoAEVAKAFRQCgBnUAoAo1AKAKRQCgDyUAoA/lAKAEFRCgBQUQoAkFEKAJpRCgDfUQoA51EKAC5SCgAwUgoA0r8NAIZSCgDMUgoA21IKABtTCgAqUwoAalMKAHZTCgC5UwoAvFMKAAhUCgALVAoAIcANAFlUCgCmVAoAqVQKAPVUCgD9VAoARFUKAFFVCgCTVQoAmFUKAOJVCgDsVQoAMVYKADlWCgCAVgoAjFYKAM9WCgDiVgoAHlcKAB9XCgBtVwoAeVcKALxXCgDLVwoAC1gKABVYCgBaWAoAZlgKAKlYCgCwWAoAcMANAAdZCgBHWQoAU1kKAJZZCgCXWQoA5VkKAO9ZCgA0WgoAQloKAINaCgCIWgoA0loKAN9aCgC/wA0AMlsKAA7BDQB9WwoAv1sKAM1bCgAOXAoAH1wKAF1cCgB/XAoAXcENALFcCgD7XAoAslwKAK2SCgADXQoASl0KAEtdCgBNYQoATV0KADpiCgBPXQoAYGAKAFBdCgB2YwoAUV0KAHNfCgBZXQoAmV0KAGNdCgA9ZgoAnl0KAOhdCgD1XQoAN14KAEReCgCGXgoAkl4KANVeCgDkXgoAJF8KAC5fCgCswQ0AgV8KAMJfCgDEXwoAEWAKACJgCgD7wQ0AYWAKAK9gCgC7YAoA/mAKAAthCgBKwg0AW2EKAJxhCgCpYQoA62EKAAJiCgCZwg0AQ2IKALJkCgBEYgoAiWIKAItiCgDYYgoA3mIKACdjCgAxYwoA6MINAIJjCgDFYwoAx2MKABRkCgAjZAoAY2QKAG5kCgA3ww0AwWQKAAFlCgAQZQoAUGUKAFxlCgCfZQoAq2UKAO5lCgD1ZQoAhsMNAElmCgCMZgoAlGYKANXDDQD0ZgoAKmcKADtnCgB5ZwoAhWcKACTEDQDUZwoAF2gKABloCgBmaAoAbWgKALVoCgC9aAoABGkKAAVpCgBTaQoAWWkKAKJpCgCnaQoA8WkKAPJpCgBAagoATGoKAI9qCgCVagoA3moKAOhqCgAtawoAO2sKAB1wCgBBawoAfGsKAIRrCgBzxA0A22sKABpsCgAibAoAaWwKAHJsCgC4bAoAdmwKADBvCgDFbAoAB20KAA5tCgBWbQoAYm0KAKVtCgC1bQoA9G0KAAJuCgBDbgoAUG4KAJJuCgCebgoA4W4KAOhuCgDCxA0AOW8KAH9vCgCQbwoAzm8KAN9vCgARxQ0AKXAKAGxwCgBvcAoAu3AKAMNwCgAKcQoAD3EKAFlxCgBpcQoAqHEKALBxCgD3cQoAAHIKAEZyCgAEcgoAvnQKAFNyCgCVcgoAnHIKAORyCgDwcgoAM3MKAENzCgCCcwoAkHMKANFzCgDecwoAIHQKACx0CgBvdAoAdnQKAGDFDQDHdAoADXUKAB51CgBcdQoAbXUKAK/FDQCwdQoA+nUKAAd2CgBJdgoAVXYKAJh2CgCidgoA53YKAPt2CgA2dwoAN3cKAIV3CgCRdwoA1HcKAPN3CgAjeAoAK3gKAHJ4CgB3eAoAwXgKANp4CgAQeQoAOXkKAF95CgBreQoArnkKAL15CgD9eQoAB3oKAEx6CgBUegoAm3oKAKZ6CgDqegoA7HoKADl7CgA8ewoAiHsKAJB7CgDXewoA5HsKACZ8CgArfAoAdXwKAH18CgDEfAoAxnwKABN9CgAdfQoAYn0KAGx9CgCxfQoAt30KAAB+CgAOfgoAT34KAGh+CgCefgoAp34KAO1+CgD3fgoAPH8KAEh/CgD+xQ0Al38KANp/CgDqfwoAKYAKADeACgB4gAoAhYAKAMeACgDTgAoAFoEKAB2BCgBlgQoAbYEKALSBCgDKgQoAA4IKAA+CCgBSggoAXIIKAKGCCgCsggoA8IIKAPWCCgA/gwoARoMKAI6DCgCWgwoA3YMKAAeECgBNxg0AM4QKAHuECgCDhAoAyoQKAPSECgAZhQoAHoUKAGiFCgBphQoAt4UKAMGFCgAGhgoAFIYKAFWGCgBahgoApIYKALGGCgDzhgoAD4cKAEKHCgBehwoAnMYNAJ6HCgDghwoA5IcKAC+ICgA1iAoAfogKAICICgDNiAoAzogKAByJCgA/iQoAa4kKAI+JCgC6iQoA5IkKAAmKCgARigoAWIoKAF2KCgCnigoAtIoKAPaKCgD+igoARYsKAEeLCgCUiwoAnIsKAOOLCgANjAoAMowKAD+MCgCBjAoAhowKANCMCgDdjAoAH40KACuNCgBujQoAmI0KAL2NCgDFjQoADI4KACeOCgBbjgoAXY4KAKqOCgC7jgoA+Y4KAAKPCgBIjwoAVI8KAOvGDQCkjwoA5o8KAAGQCgA1kAoAOpAKAISQCgCkkAoA05AKAN+QCgAikQoAKpEKADrHDQB/kQoAwJEKAMqRCgAPkgoAGpIKAF6SCgBmkgoA2McNALaSCgD8kgoABpMKAEuTCgBWkwoAmpMKAK6TCgDpkwoA/pMKADiUCgBAlAoAh5QKAJ6UCgDWlAoA25QKACWVCgAvlQoAdJUKAHyVCgAnyA0AxZUKABKWCgAjlgoAYZYKAGSWCgCwlgoAvJYKAHbIDQANlwoATpcKAF+XCgDFyA0AoJcKAOyXCgDvlwoAO5gKAEeYCgCKmAoAkJgKANmYCgDjmAoAFMkNADWZCgB3mQoAjpkKAMaZCgDOmQoAY8kNAB2aCgCyyQ0Ae5oKALOaCgC5mgoAApsKAA6bCgBRmwoAaJsKAKCbCgCimwoA75sKAPmbCgA+nAoASpwKAI2cCgCZnAoA3JwKAOKcCgArnQoAMZ0KAHqdCgB/nQoAyZ0KAM+dCgAByg0AG54KAJPgCwAjngoAZ54KAGieCgC2ngoAwJ4KAAWfCgA1nwoAUMoNAFefCgCjnwoArZ8KAJ/KDQD7nwoAQaAKAFegCgCQoAoApqAKAN+gCgDhoAoALqEKADShCgB9oQoAkaEKAD3LDQDUoQoAG6IKACuiCgBqogoANKIKABZuCwBsogoAuaIKAMeiCgAIowoAGaMKAIzLDQBeowoA28sNAK+jCgA6TwsAsqMKAPWjCgD4owoARKQKAE2kCgCTpAoApKQKAOKkCgDspAoAMaUKADmlCgCApQoATaUKAFpFCwCDpQoAz6UKANilCgAepgoANKYKAG2mCgCDpgoAvKYKAL6mCgALpwoAEacKAFqnCgBupwoAKswNALWnCgD4pwoAAqgKAEeoCgBQqAoAlqgKAJeoCgDlqAoA7agKADSpCgA5qQoAg6kKAJOpCgDIzA0A3qkKACGqCgAjqgoAcKoKAHaqCgC/qgoAxqoKAA6rCgATqwoAXasKAGGrCgCsqwoAuasKAPurCgADrAoASqwKAE+sCgCZrAoAqawKABfNDQD5rAoAN60KAEOtCgCGrQoAla0KANWtCgDfrQoAJK4KADKuCgBzrgoAgK4KAMKuCgDZrgoAZs0NABSvCgAEzg0AY68KAK+vCgBnrwoAvtkNALevCgD+rwoAKbAKAE2wCgB4sAoAnLAKAMewCgBTzg0AFrEKADqxCgBlsQoAos4NAJKxCgDYsQoA2bEKACeyCgA2sgoAdrIKAD2yCgABtAoAh7IKAMWyCgDHsgoAFLMKABezCgBjswoAZrMKALKzCgC6swoAj88NAAa0CgBQtAoAV7QKAJ+0CgCotAoA7rQKAP+0CgA9tQoASbUKAIy1CgCUtQoA3s8NAOG1CgAqtgoAMbYKAHm2CgB+tgoAyLYKAMy2CgAXtwoAJLcKAGa3CgB1twoAtbcKAMa3CgAEuAoABrgKAFO4CgBWuAoAorgKAKW4CgDxuAoA+bgKAC3QDQBFuQoAftcKAEu5CgCc7AsATLkKAI+5CgCSuQoA3rkKAOi5CgB80A0ANroKAHy6CgCLugoAy7oKANq6CgAauwoAJrsKAGm7CgBsuwoAuLsKALu7CgDL0A0ACrwKAFa8CgCBvAoAGtENAK28CgBp0Q0A/LwKALjRDQBLvQoAB9INAJe9CgDhvQoA7r0KADC+CgAzvgoAf74KAIS+CgDOvgoA374KAB2/CgApvwoAVtINAHG/CgC7vwoAzL8KAArACgAWwAoAWcAKAHPACgCowAoArMAKAILCCgCvwAoAq8QKALLACgDnxQoAtMAKAG/DCgC2wAoAlcEKALnACgD3wAoA/MAKAEbBCgBdwQoApdINAKLBCgDkwQoA9MEKADPCCgA4wgoA9NINAITCCgDRwgoA18IKACDDCgAtwwoAQ9MNAHXDCgC+wwoAxMMKAA3ECgASxAoAXMQKAGLECgCS0w0At8QKAPrECgATxQoAScUKAFLFCgCYxQoAr8UKAOHTDQDtxQoANsYKADjGCgCFxgoAlMYKANTGCgDgxgoAMNQNACzHCgByxwoAgMcKAMHHCgDLxwoAEMgKABzICgBfyAoAYsgKAK7ICgDKyAoA/cgKAAXJCgB/1A0AWMkKAJvJCgCeyQoA6skKAPTJCgBs1Q0AQsoKAIjKCgCWygoA18oKAOHKCgAmywoAMssKAHXLCgB9ywoACtYNAMbLCgATzAoAIcwKAGLMCgBzzAoAWdYNALjMCgCo1g0ABc0KAE/NCgBXzQoAns0KAKTNCgDtzQoA9s0KADzOCgBJzgoARtcNAJDOCgDazgoAl84KAGXQCgDjzgoAKc8KADPPCgB4zwoAgM8KAMfPCgAH0AoAFtAKAB7QCgCV1w0Aa9AKALTQCgC60AoAA9EKAAvRCgBS0QoAktEKAKHRCgCp0QoA5NcNAPjRCgAz2A0AgdIKAI7SCgDQ0goAgtgNAOvSCgAs0woAPdMKAHvTCgCH0woAytMKAM3TCgDR2A0AKdQKAGjUCgBq1AoAt9QKAMXUCgAG1QoAF9UKACDZDQBx1QoApNUKAKzVCgBv2Q0AAdYKAELWCgBD1goAkdYKAJLWCgDg1goA7NYKAC/XCgA21woADdoNAIXXCgDN1woA0tcKAFzaDQAq2AoAa9gKAG7YCgC62AoAxdgKAAnZCgAV2QoAWNkKAF/ZCgCn2QoAr9kKAPbZCgAE2goARdoKAFLaCgCU2goAnNoKAKvaDQDv2goAMtsKADXbCgCB2woAi9sKANDbCgDY2woA+toNACvcCgBu3AoAdNwKAL3cCgDH3AoADN0KACDdCgBb3QoAY90KAEnbDQC33QoA+d0KAAHeCgBI3goAS94KAJfeCgCj3goA5t4KAPDeCgA13woAPt8KAITfCgCF3woA098KAOvfCgAi4AoAJOAKAHHgCgCC4AoAwOAKANHgCgAP4QoAF+EKAF7hCgBt4QoAreEKAK/hCgD84QoADeIKAEviCgBc4goAmuIKALPiCgDp4goA6+IKADjjCgBH4woAh+MKAKfjCgDn2w0A3uMKADbcDQAt5AoAhdwNAHzkCgDU3A0Az+QKABLlCgAi5QoAYeUKAGblCgCw5QoAtuUKAP/lCgAL5goATuYKAFbmCgAj3Q0AruYKAOzmCgD95goAO+cKAE3nCgCK5woAkucKANnnCgDk5woAKOgKAC3oCgB36AoAfOgKAMboCgDm6AoAct0NACXpCgBk6QoAbukKALPpCgC/6QoAAuoKAAjqCgBR6goAWeoKAKDqCgCi6goA7+oKAKzqCgAu8AoAAOsKAD7rCgBP6woAjesKAJ/rCgDc6woA5OsKACvsCgA27AoAeuwKAH/sCgDJ7AoAzuwKABjtCgA47QoAwd0NAGntCgC27QoAxe0KAAXuCgAQ7goAVO4KAGbuCgCj7goAq+4KAPLuCgD97goAQe8KAEbvCgCQ7woAle8KAN/vCgD/7woAEN4NADDwCgB98AoAjPAKAMzwCgDX8AoAG/EKAC3xCgBq8QoAcvEKALnxCgDE8QoACPIKAA3yCgBX8goAXPIKAKbyCgDG8goAX94NAALzCgBE8woAW/MKAK7eDQCg8woA4vMKAPnzCgD93g0APvQKAID0CgCH9AoAz/QKAN30CgAe9QoAK/UKAG31CgCE9QoATN8NAMT1CgCb3w0ADfYKAFr2CgBo9goAqfYKALr2CgDq3w0ABfcKAEf3CgBe9woAOeANAKD3CgDl9woA8fcKADT4CgA3+AoAg/gKAI34CgCI4A0A7vgKANfgDQAp+QoAJuENAHj5CgC/+QoAwPkKACT9CgDC+QoASvsKAMb5CgDuAwsAyfkKAA76CgDO+QoA/v4KAM/5CgAR/goAE/oKAFADCwAa+goAXfoKAGD6CgCs+goAtvoKAHXhDQAD+woAxOENAFP7CgCZ+woAavsKAMUBCwCn+woA6PsKAPL7CgA3/AoAQ/wKAIb8CgCJ/AoA1fwKAN38CgAT4g0AJv0KAHP9CgB2/QoAwv0KAMX9CgBi4g0AE/4KAGD+CgBu/goAr/4KAMD+CgAA4w0AAP8KAE3/CgBa/woAnP8KAKv/CgDr/woA9/8KADoACwBLAAsAiQALAJoACwDYAAsA5AALACcBCwAuAQsAdgELAH4BCwCe4w0A0wELABQCCwAVAgsAYwILAGQCCwCyAgsAvgILAAEDCwAIAwsA7eMNAFcDCwCfAwsApAMLAIvkDQD3AwsAPQQLAEMECwCMBAsAjgQLANsECwDlBAsAKgULADgFCwB5BQsAfgULAMgFCwDVBQsAFwYLAC8GCwBmBgsAfAYLALUGCwC4BgsABAcLAAwHCwAp5Q0AWwcLAKIHCwCbBwsAencMAKMHCwAtCQsApQcLAAcLCwCsBwsA8QcLALIHCwAaCgsA/QcLAEAICwBDCAsAjwgLAJkICwB45Q0A5ggLAMflDQAvCQsAfAkLAH8JCwDLCQsAzgkLABbmDQAcCgsAaQoLAHcKCwC4CgsAyQoLALTmDQAQCwsAVgsLAGQLCwClCwsAbwsLAD1ADACvCwsA9AsLAAAMCwBDDAsARgwLAJIMCwCaDAsAUucNAPsMCwCh5w0AOg0LAH8NCwCIDQsAzg0LANQNCwAdDgsAKQ4LAGwOCwCKDgsAuw4LALwOCwAKDwsADA8LAFkPCwBmDwsAqA8LALYPCwD3DwsABhALAEYQCwBiEAsAlRALAJ0QCwDw5w0A9xALADMRCwA0EQsAghELAI4RCwDREQsA4BELACASCwAqEgsAbxILAHsSCwC+EgsAxRILAD/oDQAVEwsAjugNAGITCwCrEwsAaRMLADYVCwBrEwsASRQLALQTCwD6EwsABxQLAN3oDQBOFAsAmBQLAKUUCwDnFAsA8RQLACzpDQA4FQsAhRULAJsVCwDUFQsA4BULAHvpDQArFgsA2O0LAEEWCwByFgsAkBYLAMEWCwDJFgsAEBcLAOMWCwC3EAwAERcLAJsYCwATFwsA1xkLABwXCwAGEQwAIBcLAF8XCwBhFwsArhcLALwXCwD9FwsADhgLAMrpDQBUGAsAGeoNAJ0YCwDqGAsA7RgLADkZCwA8GQsAaOoNAJAZCwC36g0A4RkLAERCCwD3GQsAJhoLADQaCwB1GgsAdhoLAMQaCwDgGgsAExsLABsbCwAG6w0AcxsLALEbCwCzGwsAABwLAAEcCwBPHAsAUhwLAJ4cCwCqHAsA7RwLAPQcCwA8HQsAWB0LAIsdCwCTHQsApOsNAOcdCwApHgsAOR4LAHgeCwB9HgsAxx4LAPceCwDz6w0AHB8LAELsDQBtHwsAtB8LALUfCwD2KAsAuh8LAGONDAC+HwsAAyALAMAfCwBVJAsAxB8LAHsiCwDSHwsADCwLAAggCwBKhgwADiALAKmBDAAPIAsAUiALAFUgCwChIAsAqyALAJHsDQD4IAsAPyELAEUhCwCOIQsAlyELAN0hCwDqIQsALCILAEgiCwDg7A0AfSILAMoiCwCAIgsAyJAMANgiCwAZIwsAKiMLAC/tDQBuIwsAtyMLAMMjCwB+7Q0AIiQLAM3tDQBbJAsApCQLAKokCwDzJAsA+CQLAEIlCwBIJQsAHO4NAK0lCwBr7g0A5yULALruDQA0JgsAfiYLAIYmCwDNJgsA2SYLABwnCwAvJwsAaycLAHcnCwC6JwsAyScLAAkoCwASKAsAWCgLAGIoCwCnKAsAsygLAFjvDQAHKQsARSkLAFEpCwCUKQsAlikLAOMpCwDmKQsAMioLAD4qCwCBKgsAiSoLAKfvDQDcKgsAHysLAC8rCwBuKwsAeisLAL0rCwDDKwsA9u8NAC4sCwBbLAsAYywLAKosCwDSLAsA+SwLAAQtCwBILQsAVC0LAJctCwCoLQsA5i0LAOctCwBF8A0AOy4LAIQuCwCRLgsA0y4LAOEuCwAiLwsALy8LAHEvCwCILwsAwC8LAPAvCwAPMAsAFzALAF4wCwBoMAsArTALALkwCwD8MAsA/zALAEsxCwBVMQsAlPANAKIxCwDpMQsA7zELADgyCwBBMgsAhzILAJQyCwDWMgsA8jILAOPwDQAnMwsAdDMLACwzCwDMPwsAgTMLAMMzCwDKMwsAEjQLABQ0CwBhNAsAZzQLALA0CwC3NAsA/zQLABc1CwBONQsAUzULAJ01CwBaNQsAOzYLAKY1CwDsNQsA9jULADLxDQBBNgsAijYLAJA2CwDZNgsA3jYLACg3CwAuNwsAgfENAHg3CwDGNwsA1zcLABU4CwAhOAsAZDgLAG44CwCzOAsAvzgLAAI5CwAJOQsA0PENAFM5CwCgOQsAXDkLAOSbDACjOQsA7zkLAA86CwA+OgsARjoLAB/yDQCeOgsA3DoLAOM6CwArOwsAMzsLAHo7CwB9OwsABT0LAIo7CwDJOwsAyzsLABg8CwAmPAsAZzwLAHg8CwBu8g0AvTwLAL3yDQAOPQsAVD0LAGM9CwCjPQsAsj0LAPI9CwD+PQsAQT4LAEQ+CwCQPgsAkz4LAN8+CwDvPgsALj8LADc/CwB9PwsAjj8LAAzzDQDRPwsAG0ALACRACwBqQAsAdEALALlACwDBQAsACEELACZBCwBXQQsAdUELAKZBCwDEQQsA9UELABNCCwBb8w0AS0ILAJNCCwCYQgsA4kILAJ9CCwDPQwsA60ILADFDCwA7QwsAgEMLAJxDCwCq8w0A1UMLAB5ECwAkRAsAbUQLAIlECwD58w0A5EQLAJf0DQAzRQsA5vQNAGJFCwDT9Q0Av0ULAPhFCwD6RQsAR0YLAE1GCwCWRgsAqkYLAOVGCwDtRgsANEcLAFxHCwAi9g0AjEcLANJHCwDfRwsAIUgLAC9ICwBwSAsAekgLAL9ICwDZSAsADkkLABtJCwBdSQsAaUkLAKxJCwC2SQsA+0kLAANKCwBx9g0AUUoLAJlKCwChSgsAwPYNAMVKCwCt9w0A9koLADdLCwA4SwsAhksLAIdLCwDVSwsA4UsLACRMCwArTAsAc0wLAHtMCwAP9w0AxEwLABFNCwAiTQsAYE0LAGhNCwCvTQsAuU0LAP5NCwAKTgsATU4LAFBOCwCcTgsApk4LAPz3DQAHTwsAS/gNAEdPCwCJTwsAkU8LANhPCwDbTwsAY1ELAOhPCwAnUAsAKVALAHZQCwCEUAsAxVALANZQCwCa+A0AG1ELAOn4DQBsUQsAslELAMFRCwABUgsAEFILAFBSCwBcUgsAn1ILAKJSCwDuUgsA8VILAD1TCwBNUwsAjFMLAJVTCwDbUwsA7FMLADj5DQA2VAsAeVQLAIFUCwCH+Q0AylQLABdVCwDUVAsAtVULABpVCwBmVQsAblULANb5DQC7VQsABFYLABBWCwBTVgsAW1YLACX6DQCuVgsA8VYLAPRWCwBAVwsASlcLAHT6DQCUVwsA3lcLAPRXCwAtWAsALlgLAHxYCwCNWAsAy1gLANdYCwAaWQsAJFkLAGlZCwB1WQsAuFkLAMBZCwDD+g0AE1oLAFZaCwBZWgsApVoLAK9aCwAS+w0A91oLAENbCwBGWwsAklsLAJ5bCwDhWwsA51sLADBcCwA6XAsAYfsNAIRcCwDOXAsA21wLAB1dCwAgXQsAbF0LAIhdCwC7XQsAw10LALD7DQASXgsA//sNAGFeCwBO/A0Aql4LAPdeCwAFXwsARl8LAFdfCwCd/A0Am18LAORfCwDwXwsA7PwNADlgCwCCYAsAiGALANFgCwDWYAsAIGELACZhCwCK/Q0AcmELAL5hCwDKYQsADWILABNiCwBcYgsAZmILACj+DQCwYgsA+mILAAdjCwBJYwsATGMLAJhjCwCtYwsA52MLAO9jCwB3/g0APmQLAIVkCwCRZAsA1GQLANpkCwAjZQsAKWULAHJlCwB3ZQsAwWULAMdlCwBRAA4AH2YLAF9mCwBuZgsArmYLALdmCwD9ZgsAA2cLAExnCwBSZwsAm2cLAKdnCwDqZwsA8WcLADloCwBBaAsA7wAOAI9oCwDXaAsA5WgLACZpCwAzaQsAdWkLAIxpCwDEaQsA4GkLABNqCwAbagsAPgEOAHVqCwCxagsAs2oLAABrCwAWawsAT2sLAFBrCwCeawsAr2sLAO1rCwD5awsAjQEOAFhsCwDcAQ4AjWwLANpsCwDwbAsAKW0LACptCwB4bQsAiW0LAMdtCwDTbQsAKwIOABtuCwBlbgsAa24LALRuCwDUbgsAA28LAA9vCwBSbwsAWW8LAHoCDgCtbwsAynELALFvCwDwbwsA8m8LAD9wCwBNcAsAjnALAJ9wCwDJAg4A43ALACxxCwA4cQsAGAMOAKZxCwBnAw4A0HELABlyCwAfcgsAaHILAG1yCwC3cgsAvXILALYDDgAxcwsABQQOAGlzCwCkcwsApXMLAPNzCwD/cwsAQnQLAF50CwCRdAsAmXQLAKMEDgDsdAsAL3ULAEt1CwB+dQsAhnULAEEFDgDZdQsAHHYLACJ2CwBrdgsAcXYLALp2CwDSdgsACXcLABN3CwBYdwsAZHcLAKd3CwCqdwsA9ncLAAB4CwBFeAsAXXgLAJR4CwCkeAsA43gLAOV4CwAyeQsAQHkLAIF5CwCSeQsAkAUOANZ5CwAfegsAK3oLAN8FDgB2egsAfQYOAMV6CwBqBw4ADnsLAFt7CwBoewsAqnsLALl7CwD5ewsA/3sLAEh8CwBUfAsAl3wLAJl8CwDmfAsA8HwLADV9CwBDfQsAhH0LAIl9CwDTfQsA4H0LACJ+CwAufgsAcX4LAIR+CwDAfgsAz34LAA9/CwAbfwsAXn8LAF9/CwCtfwsAt38LAPx/CwAKgAsAS4ALAFCACwCagAsAp4ALALkHDgDzgAsAOIELAEaBCwCHgQsAioELANaBCwDmgQsAJYILADOCCwB0ggsAgIILAMOCCwDKggsAEoMLABmDCwBhgwsAbYMLALCDCwCxgwsA/4MLAAuECwBOhAsAW4QLAJ2ECwCkhAsA7IQLAPiECwA7hQsASIULAIqFCwCZhQsA2YULAO2FCwAohgsANIYLAHeGCwCKhgsAxoYLANWGCwAVhwsAIYcLAGSHCwBlhwsAs4cLAL2HCwACiAsAEIgLAFGICwBWiAsAoIgLAK2ICwAICA4A8IgLAD6JCwBPiQsAjYkLAJuJCwDciQsA64kLACuKCwAtigsAeooLAISKCwDJigsA14oLABiLCwAdiwsAZ4sLAHSLCwC2iwsAxYsLAAWMCwAKjAsAVIwLAGGMCwCjjAsArYwLAPKMCwD+jAsAQY0LAFSNCwCQjQsAmo0LAN+NCwDrjQsALo4LAEGOCwB9jgsAjI4LAMyOCwDYjgsAG48LAByPCwBqjwsAdI8LALmPCwDHjwsACJALAA2QCwBXkAsAZJALAFcIDgCrkAsA9ZALAAKRCwBEkQsATpELAJORCwCZkQsA4pELAOSRCwAxkgsAPpILAICSCwCDkgsAz5ILAN2SCwAekwsAKpMLAG2TCwB6kwsAvJMLAMaTCwALlAsAGpQLAFqUCwBflAsAqZQLALaUCwD4lAsABZULAEeVCwBTlQsAlpULAKWVCwDllQsA75ULADSWCwBClgsAg5YLAIiWCwDSlgsA35YLACGXCwAtlwsAcJcLAIOXCwC/lwsAzpcLAA6YCwAamAsAXZgLAF6YCwCsmAsAtpgLAPuYCwAJmQsASpkLAE+ZCwCZmQsAppkLAKYIDgD7mQsAN5oLAEaaCwCGmgsAkpoLANWaCwDWmgsAJJsLAC6bCwBzmwsAgZsLAMKbCwDHmwsAEZwLAB6cCwD1CA4Ac5wLAK+cCwC+nAsA/pwLAAqdCwBNnQsATp0LAJydCwCmnQsA650LAPmdCwA6ngsAP54LAImeCwCWngsARAkOANqeCwAnnwsANZ8LAHafCwCDnwsAxZ8LANGfCwAUoAsAGqALAGOgCwB0oAsAsqALALSgCwABoQsACqELAFChCwBdoQsAn6ELAK6hCwDuoQsA+aELAD2iCwBJogsAjKILAJ+iCwDbogsA6qILACqjCwA2owsAeaMLAHqjCwDIowsA0qMLABekCwAlpAsAZqQLAGukCwC1pAsAwqQLAJMJDgARpQsAU6ULAGGlCwCipQsArKULAPGlCwD/pQsAQKYLAEKmCwCPpgsAoKYLAN6mCwDspgsALacLAFynCwB8pwsAfqcLAMunCwDVpwsAGqgLACioCwBpqAsAbqgLALioCwDFqAsAB6kLABOpCwBWqQsAaakLAKWpCwC0qQsA9KkLAACqCwBDqgsARKoLAJKqCwCcqgsA4aoLAO+qCwAwqwsANasLAH+rCwCMqwsA4gkOANCrCwAdrAsAH6wLAGysCwB7rAsAu6wLAMqsCwAKrQsAFq0LAFmtCwBcrQsAqK0LAKutCwD3rQsA/a0LAEauCwBSrgsAla4LAJiuCwDkrgsA6a4LADOvCwA8rwsAgq8LAIivCwDRrwsA4K8LACCwCwAssAsAb7ALAH+wCwC+sAsAwLALAA2xCwAbsQsAXLELAG2xCwAxCg4AsbELAPqxCwAGsgsAgAoOAFyyCwCYsgsAp7ILAOeyCwDzsgsANrMLADezCwCFswsAj7MLANSzCwDiswsAI7QLACi0CwBytAsAf7QLAM8KDgDNtAsAELULABq1CwBftQsAiLULAK61CwC1tQsA/bULABa2CwBMtgsAW7YLAJu2CwCqtgsA6rYLAO+2CwA5twsARrcLAIi3CwCVtwsA17cLAOO3CwAmuAsANbgLAHW4CwB/uAsAxLgLANK4CwATuQsAGLkLAGK5CwBvuQsAsbkLAL25CwAAugsAE7oLAE+6CwBeugsAnroLAKq6CwDtugsA7roLADy7CwBGuwsAi7sLAJm7CwDauwsA37sLACm8CwA2vAsAHgsOAIm8CwDHvAsA2LwLABa9CwAivQsAZb0LAHy9CwC0vQsAtr0LAAO+CwAUvgsAUr4LAFW+CwChvgsAq74LAPC+CwDyvgsAP78LAEm/CwCOvwsAmr8LAN2/CwDpvwsALMALAD/ACwB7wAsAisALAMrACwDWwAsAGcELABrBCwBowQsAcsELALfBCwDFwQsABsILAAvCCwBVwgsAYsILAG0LDgCmwgsA88ILAP3CCwBCwwsASsMLALwLDgCkwwsA4MMLAOzDCwAvxAsAPsQLAH7ECwCHxAsAzcQLANfECwAcxQsAKsULAGvFCwBwxQsAusULAMfFCwAJxgsAFcYLAFjGCwBrxgsAp8YLALbGCwD2xgsAAscLAEXHCwBGxwsAlMcLAJ7HCwDjxwsA8ccLADLICwA3yAsAgcgLAI7ICwALDA4A0sgLAB/JCwApyQsAbskLAHbJCwBaDA4AwskLAAzKCwAiygsAW8oLAFzKCwCqygsAu8oLAPnKCwAFywsASMsLAFLLCwCXywsApcsLAObLCwDrywsANcwLAELMCwCEzAsAkMwLANPMCwDmzAsAIs0LADHNCwBxzQsAfc0LAMDNCwDBzQsAD84LABnOCwBezgsAbM4LAK3OCwCyzgsA/M4LAAnPCwCpDA4ATc8LAJrPCwCkzwsA6c8LAPHPCwD4DA4ATtALAIfQCwCT0AsA1tALANvQCwAl0QsALtELAHTRCwB+0QsAw9ELAM/RCwAS0gsAJdILAGHSCwBw0gsAsNILALzSCwD/0gsAANMLAE7TCwBY0wsAndMLAKvTCwDs0wsA8dMLADvUCwBI1AsARw0OAIzUCwDZ1AsA49QLACjVCwAw1QsAlg0OAITVCwDG1QsA1dULABXWCwAg1gsAZNYLAHDWCwCz1gsAwtYLAALXCwAi1wsAUdcLAF3XCwCg1wsAp9cLAO/XCwD91wsAPtgLAEPYCwCN2AsAmdgLANzYCwDv2AsAK9kLADrZCwB62QsAhtkLAMnZCwDK2QsAGNoLACLaCwBn2gsAddoLALbaCwC72gsABdsLABLbCwDlDQ4AVtsLAKPbCwCt2wsA8tsLAPrbCwA0Dg4AXtwLAJDcCwCh3AsA39wLAOvcCwAu3QsAQd0LAH3dCwCM3QsAzN0LANjdCwAb3gsAHN4LAGreCwB03gsAud4LAMfeCwAI3wsADd8LAFffCwBk3wsAgw4OAKjfCwD13wsA/98LAETgCwBM4AsA0g4OALDgCwDi4AsA8+ALADHhCwA94QsAgOELAJPhCwDP4QsA3uELAB7iCwAq4gsAbeILAG7iCwC84gsAxuILAAvjCwAZ4wsAWuMLAF/jCwCp4wsAtuMLACEPDgD64wsAR+QLAFHkCwCW5AsAnuQLAHAPDgD25AsANOULAEjlCwCD5QsAh+ULANLlCwDU5QsAIeYLADXmCwBw5gsAc+YLAL/mCwDc5gsADucLAB/nCwBd5wsAaecLAKznCwC/5wsA++cLAAroCwBK6AsAVugLAJnoCwCa6AsA6OgLAPLoCwA36QsARekLAIbpCwCL6QsA1ekLAOLpCwC/Dw4AJuoLAHPqCwB96gsAwuoLAMrqCwAOEA4AE+sLAGDrCwBu6wsAr+sLAMDrCwBdEA4ABewLAKwQDgBV7AsANxIOAKLsCwDr7AsA8OwLADrtCwA+7QsAie0LAJbtCwCGEg4A2+0LABfzCwDk7QsAJ+4LADruCwB27gsAd+4LAMXuCwDR7gsAFO8LACPvCwBj7wsAbe8LALLvCwC+7wsAAfALAAjwCwDVEg4AWPALAJ/wCwCh8AsAu/sLAKLwCwBA9QsApfALAO7wCwCr8AsAafcLAKzwCwCeWAwA+vALAD3xCwBM8QsAjPELAJjxCwDb8QsA6fELACryCwBF8gsAefILAIXyCwDI8gsAz/ILACQTDgAk8wsAZvMLAGjzCwC18wsAtvMLAAT0CwAH9AsAU/QLAF70CwCi9AsAp/QLAPH0CwD79AsAcxMOAE31CwCP9QsAkfULAN71CwDf9QsALfYLADD2CwB89gsAh/YLAMv2CwDQ9gsAGvcLACT3CwDCEw4AfPcLALj3CwC59wsAB/gLABP4CwBW+AsAZfgLAKX4CwCv+AsA9PgLAAD5CwBD+QsASvkLABEUDgCa+QsA4fkLAOP5CwAw+gsAP/oLAH/6CwCJ+gsAzvoLANf6CwAd+wsAH/sLAGz7CwB9+wsArxQOAMr7CwAK/AsAFPwLAFn8CwBi/AsAqPwLAKr8CwD3/AsACP0LAEb9CwBO/QsAlf0LALP9CwDk/QsA7P0LADP+CwA//gsAgv4LAJX+CwDR/gsA0v4LACD/CwAs/wsAb/8LAH7/CwC+/wsAyP8LAA0ADAAZAAwAXAAMAGMADAD+FA4AvAAMAPoADAALAQwASQEMAFEBDACYAQwAnwEMAOcBDAD1AQwANgIMAEYCDACFAgwAlQIMANQCDADwAgwATRUOADMDDAByAwwAfgMMAMEDDADHAwwAEAQMAB4EDABfBAwAbAQMAK4EDADFBAwA/QQMAAUFDABMBQwAWgUMAJsFDAClBQwA6gUMAPYFDAA5BgwATwYMAIgGDACLBgwA1wYMAPMGDACcFQ4ANgcMAHUHDAB/BwwAxAcMAMwHDAATCAwAIggMAGIIDABnCAwAsQgMAL4IDAAACQwACgkMAE8JDABRCQwAngkMAKwJDADtCQwA+gkMADwKDAA/CgwA6xUOAKIKDADaCgwA5QoMACkLDAAzCwwAeAsMAIALDADHCwwA1gsMABYMDAAbDAwAZQwMAHIMDAC0DAwAvgwMAAMNDAAFDQwAUg0MAGANDAChDQwArg0MAPANDADzDQwAOhYOAEIODACODgwAmg4MAN0ODADkDgwALA8MADQPDAB7DwwAlA8MAMoPDADeDwwAGRAMADUQDABoEAwAcBAMANgWDgC/EAwAJxcOABMRDABVEQwAXBEMAKQRDACsEQwA8xEMAPgRDABCEgwAUhIMAJESDACZEgwA4BIMAO4SDAAvEwwAPBMMAH4TDACLEwwAzRMMANkTDAAcFAwAIhQMAGsUDABzFAwAuhQMAMYUDAAJFQwAHBUMAFgVDABnFQwApxUMALMVDAD2FQwA9xUMAEUWDABPFgwAlBYMAKIWDADjFgwA6BYMADIXDAA/FwwAdhcOAIQXDADQFwwA2hcMAB8YDAAhGAwAbhgMAH0YDAC9GAwA3RgMAAwZDAAUGQwAWxkMAGUZDACqGQwAsBkMAPkZDAD7GQwASBoMAFcaDACXGgwAoxoMAOYaDADuGgwAxRcOAFMbDACEGwwAohsMABQYDgDsGwwAIhwMACccDABxHAwAjBwMAMAcDADMHAwADx0MABcdDABjGA4AcR0MAK0dDAC8HQwA/B0MAAgeDABLHgwATB4MAJoeDACkHgwA6R4MAPceDAA4HwwAPR8MAIcfDACUHwwAshgOANofDAAlIAwAJyAMAHQgDAB3IAwAwyAMAMsgDAASIQwAHCEMAGEhDABsIQwAsCEMALwhDAD/IQwAByIMAAEZDgBcIgwAnSIMAKMiDADsIgwA+CIMADsjDABKIwwAiiMMAJQjDADZIwwA4SMMACgkDAA3JAwAdyQMAHkkDADGJAwAzyQMABUlDAAYJQwAZCUMAHAlDACzJQwAuyUMAFAZDgASJgwAUSYMAFkmDACgJgwAqiYMAO8mDAD6JgwAPicMAEonDACNJwwAlScMAJ8ZDgDhJwwAKygMADwoDAB6KAwAiygMAMkoDADOKAwAGCkMABwpDABnKQwAdSkMALYpDADDKQwABSoMABwqDABUKgwAXCoMAKMqDACvKgwA8ioMAAUrDABBKwwAUCsMAJArDACcKwwA3ysMAOArDAAuLAwAOCwMAH0sDACLLAwAzCwMANEsDAAbLQwAKC0MAO4ZDgBwLQwAuS0MAMctDAAILgwAFS4MAFcuDABuLgwApi4MAK4uDAD1LgwAAC8MAEQvDABGLwwAky8MAKAvDADiLwwA6S8MADEwDABCMAwAgDAMAI4wDADPMAwA3DAMAB4xDAA1MQwAbTEMAHUxDAC8MQwAwTEMAAsyDAAbMgwAWjIMAGIyDACpMgwAszIMAPgyDAADMwwARzMMAFMzDACWMwwAnjMMAIwaDgD+MwwANDQMADk0DACDNAwAnjQMANI0DADeNAwAITUMACk1DADbGg4AgzUMAL81DADONQwADjYMABo2DABdNgwAXjYMAKw2DAC2NgwA+zYMAAk3DABKNwwATzcMAJk3DACmNwwAKhsOAPA3DAA3OAwAOTgMAIY4DACTOAwA1TgMANo4DAAkOQwALjkMAHM5DAB+OQwAwjkMAM45DAAROgwAFzoMAGA6DABoOgwArzoMALs6DAD+OgwAETsMAE07DABcOwwAnDsMAKg7DADrOwwA7DsMADo8DABEPAwAiTwMAJc8DADYPAwA3TwMACc9DAA0PQwAeRsOAHs9DADFPQwA1D0MABQ+DAAjPgwAYz4MAGw+DACyPgwAuD4MAAE/DAAHPwwAUD8MAFw/DACfPwwApj8MAO4/DAAKQAwAyBsOAEdADACMQAwAmEAMANtADADeQAwAKkEMADRBDAAXHA4AgUEMAGYcDgDQQQwAtRwOAB9CDAAEHQ4AbkIMALVCDAC2QgwAzkkMAMJCDAAEQwwAyUIMAFZHDADMQgwA+k8MAM5CDABfUwwABUMMAFNDDABpQwwAokMMAKpDDADxQwwA80MMAGlGDAD/QwwAQEQMAEhEDABTHQ4ATUQMAI9EDACSRAwA3kQMAOhEDAAtRQwAL0UMAHxFDACNRQwAy0UMANxFDAAaRgwAIkYMAKIdDgBwRgwAuEYMAL9GDAAHRwwAD0cMAPEdDgBYRwwApUcMAKtHDAD0RwwAAUgMAENIDABLSAwAkkgMAJRIDADhSAwA6EgMADBJDAA3SQwAf0kMAIdJDABAHg4A20kMAB1KDAAeSgwAbEoMAIJKDAC7SgwAw0oMAApLDAAMSwwAgk0MABhLDABZSwwAYUsMAI8eDgBmSwwAqEsMAKtLDAD3SwwAAUwMAEZMDABITAwAlUwMAKZMDADkTAwA9UwMADNNDAA7TQwA3h4OAIlNDADRTQwA2E0MACBODAAoTgwALR8OAHlODAC+TgwAwE4MAA1PDAAeTwwAXE8MAG1PDACrTwwAs08MAHwfDgD/TwwAE1cMAAZQDABJUAwAX1AMAJhQDACgUAwA51AMAPVQDAA2UQwAQ1EMAIVRDACIUQwA1FEMAN5RDAAjUgwAJVIMAHJSDACDUgwAwVIMANJSDAAQUwwAGFMMAMsfDgBoUwwArlMMALtTDAD9UwwABFQMAExUDABdVAwAm1QMAKdUDADqVAwA8lQMABogDgBGVQwAiFUMAItVDADXVQwA4VUMACZWDAAoVgwAdVYMAIZWDADEVgwA1VYMAGkgDgAbVwwAYlcMAHlXDACxVwwAvVcMAABYDAAKWAwAT1gMAFdYDAC4IA4An1gMAO1YDAADWQwAPFkMAERZDACLWQwAmVkMANpZDADiWQwAByEOAOdZDAApWgwALFoMAHhaDACCWgwAx1oMAMlaDAAWWwwAJ1sMAGVbDAB2WwwAtFsMALxbDABWIQ4ACVwMAFJcDABXXAwAoVwMALxcDADwXAwA/lwMAD9dDABGXQwAjl0MAJpdDADdXQwA410MACxeDAAvXgwAe14MAIVeDADKXgwA0F4MABlfDAAbXwwAaF8MAHJfDAC3XwwAw18MAAZgDAAdYAwAVWAMAGlgDACkYAwAwGAMAPNgDAD7YAwApSEOAERhDACRYQwAn2EMAOBhDADxYQwA9CEOADZiDABDIg4AjGIMAM1iDADXYgwAHGMMACdjDABrYwwAc2MMALpjDADGYwwACWQMABxkDABYZAwAZ2QMAKdkDACzZAwA9mQMAPdkDABFZQwAT2UMAJRlDACiZQwA42UMAOhlDAAyZgwAP2YMAOEiDgCNZgwA0GYMANNmDAAfZwwAKWcMAH8jDgBwZwwAvWcMAMtnDAAMaAwAHWgMAB0kDgBiaAwAbCQOALJoDAD5aAwAA2kMAEhpDABNaQwAl2kMAJ9pDADmaQwA7GkMADVqDABBagwAhGoMAIpqDADTagwA3GoMACJrDAAvawwAcWsMAHlrDADAawwAwWsMAA9sDAARbAwAXmwMAGFsDACtbAwAsGwMALskDgASbQwAS20MAFNtDACabQwApm0MAOltDADvbQwAOG4MAD5uDACHbgwAjG4MACVvDACzbgwA1m4MAN5uDABZJQ4AK28MAKglDgCKbwwAw28MAMVvDAAScAwAH3AMAGFwDABocAwAsHAMALhwDAD/cAwAD3EMAE5xDABQcQwAnXEMAKtxDADscQwA/XEMAEYmDgBCcgwAlSYOAJhyDADZcgwA43IMAChzDAAzcwwAd3MMAH9zDADGcwwA0nMMABV0DAAodAwAZHQMAHJ0DACzdAwAvXQMAAJ1DAAKdQwAUXUMAGB1DACgdQwApXUMAO91DAD2dQwAPnYMAEp2DAAzJw4AyHYMANx2DAAXdwwAK3cMADN3DACCJw4AoncMAMl3DADVdwwAGHgMAB54DABneAwAbXgMALZ4DAC7eAwABXkMAAt5DADRJw4AVXkMAKN5DACpeQwA8nkMAPd5DABBegwAUHoMAJB6DACcegwA33oMAOJ6DAAuewwAMXsMAH17DACFewwAzHsMANt7DAAbfAwAIHwMAGp8DACAfAwAuXwMALp8DAAIfQwAGX0MAFd9DABjfQwApn0MALB9DAD1fQwAAX4MAER+DABLfgwAICgOAKN+DADifgwA7n4MADF/DABAfwwAgH8MAJR/DADPfwwA3n8MAB6ADAAvgAwAbYAMAHmADABvKA4AwYAMAAuBDAANgQwAWoEMAGuBDAANKQ4AtYEMAPiBDAD+gQwAR4IMAFOCDACWggwAnoIMAFwpDgDrggwANIMMAECDDACDgwwAi4MMAKspDgDegwwAIYQMACSEDABwhAwAeoQMAPopDgDBhAwADoUMAByFDABdhQwAboUMAJgqDgCyhQwA+4UMAAeGDADnKg4AUoYMAJmGDACchgwA6IYMAPSGDAA3hwwAQ4cMAIaHDACOhwwAhSsOAOCHDAAkiAwAMIgMAHOIDAB7iAwA1CsOAMuIDAARiQwAIokMAGCJDABxiQwAr4kMALeJDAD+iQwAAYoMAE2KDABXigwAnIoMAJ6KDADrigwA+ooMADqLDABaiwwAiYsMAJGLDADYiwwA4osMACeMDAAtjAwAdowMAHiMDADFjAwA1IwMABSNDAAgjQwAIywOAG+NDACyjQwA0I0MAAGODAAHjgwAUI4MAFmODACfjgwArI4MAO6ODAD2jgwAPY8MAFOPDACMjwwAjo8MANuPDAD2jwwAKpAMADaQDAB5kAwAhpAMAHIsDgDOkAwAF5EMAB+RDABmkQwAfJEMALWRDAC6kQwABJIMAAqSDABTkgwAX5IMAKKSDACqkgwAwSwOAP6SDABAkwwAUJMMAI+TDACUkwwA3pMMAOSTDAAtlAwAQ5QMAHyUDAB+lAwAy5QMANWUDAAalQwAKJUMAGmVDABulQwAuJUMAMWVDAAQLQ4AFpYMAFaWDABflgwApZYMAK+WDAD0lgwAApcMAEOXDABIlwwAkpcMAJ+XDADhlwwA6ZcMADCYDABAmAwAf5gMAIGYDADOmAwA3JgMAB2ZDAAumQwAXy0OAHOZDACuLQ4AwJkMAAqaDAAQmgwAWZoMAGGaDAComgwAspoMAPeaDAD5mgwARpsMAEmbDACVmwwAtZsMAEwuDgDwmwwAM5wMADmcDACCnAwAjpwMANGcDADZnAwAmy4OACydDABvnQwAdZ0MAL6dDADKnQwADZ4MABWeDADqLg4AXp4MAKueDAC5ngwA+p4MAAufDAA5Lw4AVp8MAJifDACvnwwAiC8OAPGfDAA2oAwAQqAMAIWgDACIoAwA1KAMAN6gDADXLw4AKKEMAHKhDAB7oQwAwaEMANKhDAAQogwAF6IMAF+iDABnogwArqIMALuiDAD9ogwAAqMMAEyjDABWowwAm6MMAKOjDADqowwA+aMMADmkDAA+pAwAiKQMAJ6kDADXpAwA2KQMACalDAA0pQwAdaUMAIalDADEpQwA0KUMABOmDAAbpgwAdTAOAGamDAA8AQAAaqYMAM7UDQBupgwASkoLAL2mDABVCAAACKcMAMepDACYqAwAzycAAN6oDACpKQAA16kMAIw3AABoqgwAUzoAALeqDAAKQgAAVKsMANMbDABVqwwAgkQAAFmrDADr+QIAXKsMABAnBgClqwwAe1UAAEOsDABYWwAAkqwMAMNmAAAvrQwA72wAAIqtDABEdQAAzq0MAFp4AAAbrgwADnwAAL+uDACyhAAAdK8MAKSvDADVsQwAkMAAAL6yDACsywAADbMMAFDUAACrswwA5OEAAFG0DACI6gAAuLQMANfqAADltAwAJusAAD61DAC08AAA2rUMAD/yAAAotgwA4PYAANy2DAA1/wAAGLcMAMMEAQB6twwAqrcMABW4DABIuAwAULgMAJe4DACjuAwAjQsBAO64DAAFDgEAoLkMANO5DADbuQwAIroMACS6DADPFAEAfboMAF0aAQAXuwwAASMBAFe8DAB1OgEA8bwMANo9AQAFvQwA/6wNAA29DAAlqw0APr0MALQ/AQCZvQwA3UEBANu9DACkRAEAKb4MAH5GAQAevwwAxlcBAHu/DACwvwwAuL8MABVYAQAOwAwAPloBAJbBDACfcgEA4cEMACjCDAA4wgwA7nIBANLCDACidgEAHcMMAGTDDAB0wwwA8XYBAA7EDAD3fgEAMcYMANz4AQA1xgwAZ/oBADnGDABVkwEARcYMAKwHAgDRxgwAHdUNANLGDABpfwkA1cYMAByWAQDlxgwA7KoJACDHDAB+AA0ANMcMAGuWAQBExwwAXvcNAG7HDAC6lgEAcccMACYtCgARyAwAW5sBAGDIDACqmwEAAMkMAIehAQCZyQwAZKcBADfKDAAYqwEAgMoMALarAQByywwAucsMALzLDAAtugoAxcsMADGyAQAdzAwAqbQBAHjMDACmzAwA+cwMAHGRCgAFzQwA7sEBAB/NDABwtwEAUM0MAE29AQDuzQwAn8EBAIzODADbwgEA684MACrDAQB9zwwAyMMBAMXPDAC1xAEAt9AMAEbOAQBQ0QwAAccJAFPRDADn0gEAVdEMAPXyCgCw0QwA5dEMADzSDACD0gwAUNIMAHjcAQCG0gwAfVIKAI3SDACsXAoAkNIMAG4+CgCe0gwAwdQBAKTSDABwWwoAI9MMAMTYAQBJ0wwAGdQKAH7TDABP2gEAy9MMADzbAQDu1gwAhOwBAH/jDACyxgkAhOMMABrkDACY4wwA4eYMAKDjDADWqg0ApOMMAKF8AgAc5AwAm9wJAB7kDABXVAoAH+QMAAQXBgAh5AwA0CcHACTkDADwfAIAKeQMAD99AgAr5AwAKp0DAE7kDADo4gMAT+YMAEuNAgDp5gwAMOcMADHnDAAbBAoAOucMAIFmDAA/5wwAI6EMAE/nDABUBA4AiecMAOyRAgBv6AwA4bcCAHLoDADzrAgAc+gMAOimAgB16AwAtpgCAHboDAD1nQIAeOgMALpwAwB56AwAHqACAHroDAAUrQIAe+gMAC6bAgB86AwAt2wDAILoDADlogIAp+gMAI12DACI6wwAgrwCAIzrDADnJwoA3esMAKu+AgD+7QwAXtsCAAbvDABn5wIAP+8MAFfsAgAm8AwAY/wCAGbxDACbEgMA/vEMAFIaAwCt8gwA6vIMANnzDACXFAQA2vMMAPU7AwDh8wwA2wEHAHj0DACpPwMAfPQMAL4PBwBl9QwAB1QDAFr2DACFXgMA/PYMAJthAwCn9wwA2vcMAOL3DAAp+AwAOPgMALRoAwDQ+AwAxcUJANP4DACkbQMAHvkMAGX5DAAy+QwAhKYNAG/5DADzbQMAC/oMADJzAwBh+gwADHUDAEL7DAAVgQMAOPwMAF2SAwCD/AwAoGINAOb8DAAZ/QwAIf0MAGj9DAB1/QwA/T0JAHn9DABzlQMAdP4MAI+gAwCq/gwAbKYDAEn/DACetAMATv8MAHacBwBP/wwA258HAFH/DAA3lwcArf8MAOD/DADo/wwALwANAIAADQCdlwoAhgANANOmDQCIAA0AZbcDAIoADQBiagsAoQANAKFvCwDVAA0ALLoDAEYBDQBrAQ0AxAENABy/AwBnAg0ANcYDAPkCDQCKzgMAUgMNAGrYAwBUAw0As9ADADwEDQDi2gMALgUNABHlAwBxBQ0AsukDAGcGDQDL8AMAxgYNAPkGDQAVBw0ASAcNAFcHDQAH8gMA7wgNACIJDQAqCQ0AcQkNAIAJDQDgDAQAyQkNAPkTBACvCg0AsBsEALoKDQC26gYA/woNAMYeBADuCw0A6zUEAPgLDQA0LgQAQQ0NAHQNDQB8DQ0Aww0NAMgNDQCCRwQA0g0NAMs/BACnDw0AL1wEAJMQDQDAZQQARBENAHcRDQB/EQ0AxhENAMwRDQCNcAQAKxINAPJzBADCEg0A0n0EAGATDQA6hQQACxQNAD4UDQBGFA0AjRQNAJwUDQBDkQQAnRQNAFyYBAC2FA0AX5wEADcVDQBJmQQAghUNAMkVDQDTFQ0AmJkEANIWDQAFFw0ADRcNAFQXDQBdFw0ABqkEAK0XDQDgqgQAXRgNAJAYDQCYGA0A3xgNAOAYDQBetQQA5BgNADL+BADlGA0AycAEAOwYDQB3vAQA7hgNAB+wBADWGQ0A774EAMMaDQDSzAQAEhsNANXQBABdGw0AwtEEAAMcDQB52QQArxwNAOIcDQDqHA0AMR0NADsdDQDh4AQAgx0NAFznBAA6Hg0AbR4NAHUeDQC8Hg0AyR4NAF/rBADLHg0AofQEABAfDQAT7wQAsR8NAOD5BAABIQ0ANCENADwhDQCDIQ0AkiENACUHBQBpIw0A+x0FAMgjDQD7Iw0AFyQNAEokDQBXJA0ANx8FAFMlDQCGJQ0AjiUNANUlDQDYJQ0Aki8FAKcmDQCbOwUAFCcNADxABQAYJw0A5WwJALwnDQBoRgUAASgNABxKBQBEKQ0A2VkFAJUpDQDJXgUAfioNAKaNBwCSKg0ACI0HAOEqDQAUKw0AHCsNAGMrDQBmKw0AMWYFAM4rDQABLA0ACSwNAFAsDQBfLA0AlmkFAKosDQDCbwUALC4NAKuFBQDULg0AM2ALANcuDQAjiAUA2C4NAKheCwAjLw0A14sFACAwDQBTMA0AWzANAKIwDQCrMA0AypQFAPswDQCklgUAnjENAB+dBQD3MQ0AsKYFAH8yDQC2rgUAHTMNAJa4BQC7Mw0AAcQFAGA0DQBAyQUArzQNAFbMBQAANQ0AbM8FAP01DQAwNg0AODYNAH82DQCONg0A2t4FANY2DQAdNw0ALDcNAHvjBQDKNw0ACekFABc4DQCK9wUAGTgNAPzxBQATOQ0ARjkNAE45DQCVOQ0AADoNADM6DQA7Og0AgjoNAI86DQDSCAYA3joNAEoLBgAuOw0Arw4GAMA7DQCMFAYAaDwNAFYbBgAFPQ0AeC4GADk+DQBxPwYAij4NAOxFBgAoPw0ARFIGAMY/DQD+XQYAZUANAMhkBgDKQA0A/UANAAVBDQBMQQ0AWUENAEBnBgAGQg0AOUINAEFCDQCIQg0A2kINAPpyBgCEQw0AcnUGAC9EDQBiRA0AakQNALFEDQC7RA0Ax30GAA5FDQBSfwYAXkUNAPODBgCoRQ0A9ocGAFhGDQCLRg0Ak0YNANpGDQDjRw0AFkgNAB5IDQBlSA0AD0kNAGqfBgBaSQ0AoUkNAKNJDQC5nwYAl0oNAN62BgCbSg0Aia4GAOtKDQAXtAYALUsNAPG1BgDUSw0AuLgGABxMDQB/uwYAwUwNAG/ABgASTQ0ATMYGALBNDQATyQYA/00NAGLJBgBeTg0AkU4NAJlODQDgTg0A704NANrLBgCLTw0Ap9YGAN1PDQDT3AYA1lANAAlRDQARUQ0AWFENAGdRDQB35QYASFINAKnzBgCwUg0A41INAOtSDQAyUw0AQVMNAKz3BgC2Uw0AN/kGADtUDQBuVA0AdlQNAL1UDQAbVQ0AnPwGALZVDQDIAgcAC1YNAMsGBwCeVg0Ad4MHAKFWDQAdCwcA7VYNAAoMBwDdVw0AAx0HACxYDQAvIwcAeFgNABwkBwB6WQ0ArVkNALVZDQD8WQ0ACFoNAHQwBwBTWg0AmloNAJ5aDQCwMQcA+VoNADszBwCjWw0A1lsNAN5bDQAlXA0ATVwNAOI/BwB5XA0ArEYHAN9cDQAXLAkAGl0NAGFdDQCXXQ0AnEsHACJeDQBOXg0APl8NAJ5oBwAvYA0ADHgHAGxhDQCzYQ0Aw2INAFeNBwBOYw0AqZEHAORjDQCZlgcArWYNACCtBwD1Zg0A6rMHAPxmDQAjsQcAz2gNANDFBwDFaQ0A/88HAP1qDQBEaw0Ae2sNAIPiBwD+aw0AMWwNADlsDQCAbA0Aj2wNAOvpBwAmbQ0AbW0NAKRtDQCi8QcAE24NAAf1BwCcbw0AiwcIAI9wDQAGDggAfHENAL0VCADbcQ0ADBYIAB1yDQBbFggAuXINAOkbCAC7cg0AAiMIAABzDQCdHwgAO3QNANIxCAAudQ0AqEgIAN51DQARdg0AGXYNAGB2DQBqdg0A11IIABR4DQCkXQgAKXkNAFR2CAB/eQ0Ak3sIABZ6DQCZgwgAc3oNAK+GCACqew0ASZwIAAB8DQA9fA0AM30NAHuqCADMfg0AS7kIAFh/DQDsvQgAr38NAALBCABcgA0Aj4ANAJeADQDegA0AL4ENAAjJCAA2gg0AaYINAHGCDQC4gg0A4IINABHVCABfgw0A7toIAK2DDQD0gw0AAoQNAIzbCABJhA0Atd0IAO6EDQBW4ggAMYUNAArmCAAmhg0ATO8IACmGDQDq7wgAZocNAPP7CACthw0AL/0IAASIDQBFAAkATogNAL0CCQC5iA0A5IgNAJ6JDQAVDwkA+YkNAGQPCQAViw0AXIsNAI6LDQAuFgkAk4sNAJAVCQBCjQ0A4hkJAJWNDQD4HAkA4Y0NADQeCQDOjg0AESQJABWPDQDFJwkAzY8NAP2PDQC3kA0A6pANAPKQDQA5kQ0ARpENAKs5CQCVkQ0AcjwJADOSDQDEQAkA45INABOTDQB0kw0AHJ8NAIGTDQCxkw0AW5QNABxNCQBdlA0A80oJAP+UDQA8lQ0Ap5UNANqVDQDilQ0AKZYNAJaWDQDDWQkAaJcNAKBfCQBpmA0A4mgJAACZDQCZcAkAqpkNAN2ZDQDlmQ0ALJoNAJeaDQDKmg0A0poNABmbDQC6mw0AY8YJAL+bDQAGnA0AwZsNAFVzCwDTmw0A8c4NABCcDQAHgAkAqpwNAEaFCQCGng0AaJgJAGyfDQAMoQkAZKANACWoCQCvoA0A9qANABShDQB0qAkAiaINALxECwDYog0AC0ULADujDQBuow0AdqMNAL2jDQAspA0AzLQJALKkDQDm8QkAPaYNAJjbDQArqA0AXqgNAGaoDQCtqA0ACKkNAI/MCQBnqQ0AmqkNAKKpDQDpqQ0AnaoNAE75CQDPqw0A0dUJACysDQBJ2AkAB60NAE6tDQClrQ0AiRYOAOiuDQCL4QkA8q4NAE/gCQDSrw0A8OQJAICwDQCzsA0Au7ANAAKxDQBFsg0AlO0JAG+0DQALCQoAr7UNAIwXCgCatg0AohoKAM+3DQAjxwoA0rcNAKajCgDWtw0AMyQKANy3DQDd0goAcrgNALm4DQDDuA0A1CgKAMK5DQD1uQ0A/bkNAES6DQDkug0A3TQKADa7DQBCOAoAE70NAMBCCgBivQ0Aqb0NALW9DQDWRQoAU74NAOxICgDtvg0ANL8NAEu/DQDcTQoA18MNANtmCgB4xA0Ay2sKAKXGDQCRhwoATMcNAInHDQA0yA0A/5YKADfIDQDDlQoAIskNACiZCgCnyg0A7soNAPHKDQDynwoAmMsNAFejCgB8zA0AqacKAIPMDQDSqQoAEM4NAGCvCgASzg0Ak/MKAKrODQBcEwsAzc4NAMb+DQD5zg0AQM8NANfQDQAHvAoAEdINAEzJCgAW0g0Akr0KACnVDQDkEAsARdUNAEj0DQB01Q0Au9UNAL7VDQA5ygoAGtYNAMTLCgBl1g0AscwKALDWDQD31g0AAdcNAADNCgBQ2Q0AVdUKANPZDQBuegsAndsNAKrdCgAl3Q0AneYKAC/dDQBn7QoAq98NAAv2CgD43w0A+PYKAEHgDQCW9woAi+ANANL4CgB44Q0A+/oKAGriDQCx4g0ACOMNAE/jDQD14w0APOQNAJPkDQDa5A0Ae+UNAN4ICwAe5g0AZeYNALzmDQAD5w0AW+gNAA0TCwDm6Q0ATBgLAITqDQCIGQsAYesNAGIbCwBy7A0AZR8LAJTsDQDwIAsA6OwNAMwGDgA47Q0AaCMLADvtDQDgJQsAge0NAAYkCwAf7g0AkSULAMLuDQAJ7w0AE+8NAC8mCwBg7w0AvigOAK3vDQDQKgsAl/ANAJoxCwDr8A0AGwcOAOXxDQC9egsAevINALY8CwDj9Q0AEesLABn3DQCiVgsA//cNAOtOCwCm+A0AFFELAIv5DQDIVAsAzfoNAAdaCwBv+w0Af1wLAKb8DQCVXwsACP0NADv9DQCm/Q0A2f0NADb+DQCrYgsA8f4NABX/DQBA/w0AZP8NAI//DQCz/w0A3v8NAAIADgBZAA4AoAAOAKUADgAQZgsAkAEOADxsCwDSAg4A3XALABsDDgB7cQsAuQMOAAZzCwDCBA4A8gQOAGAFDgDNdQsAmQUOANB5CwD+BQ4ALgYOADoKDgCrsQsAjAoOAEmyCwB1Cw4ApMILABMMDgDQyAsAsQwOAEvPCwBPDQ4AitQLAO0NDgBU2wsAiw4OAKbfCwApDw4A+OMLAMcPDgAk6gsAaRAOAP7rCwDGEA4A+xAOAAMRDgBKEQ4AGRQOAGAUDgB+FA4AkvkLAH4XDgCBFwwA4xcOADUbDABvGA4AXh0MALoYDgDWHwwACBkOAE4iDABVGQ4AAiYMAK8ZDgDcJwwAChoOAD0aDgCOGg4A5TMMAOcaDgBwNQwAPxsOAOg3DACBGw4Adj0MADMcDgB5QQwAKCAOADlVDAC1IQ4AQmEMAAAiDgAvYgwASyIOAJIiDgCWIg4AfmIMAOkiDgAwIw4AhyMOAM4jDgDeIw4AbmcMACkkDgBbaAwAgSQOAKpoDADDJA4ACiUOALAlDgD3JQ4AUiYOADtyDACdJg4A5CYOAOgmDgCKcgwAASgOAFR5DADVKA4AvIAMAF4pDgDlggwAtSkOANKDDAACKg4ASSoOAFkqDgC/hAwAoSoOAKyFDADqKg4ANisOAI8rDgDVhwwA5CsOAMKIDADPLA4A8ZIMAGstDgBsmQwAti0OAP0tDgANLg4Au5kMAJ8uDgAgnQwA+i4OAFyeDABHLw4ASZ8MAJAvDgDnnwwA2i8OACYwDgA=","fail":"AAAAAAAAAAA3fgAAGZIBAKnHAACGvQUAlgQCAO5iBgCr0QEAp+wJACi5AAB3uQAAxrkAABW6AABkugAAs7oAAAK7AABRuwAAoLsAAO+7AAA+vAAAjbwAANy8AAArvQAAtXUBAAR2AQBTdgEAonYBAAAAAACr0QEAJt4JAHEsBwDxiQAARQ0AAKvRAQANiAkAXIgJAKuICQD6iAkAMugBAItsCwAkEAoAHj4DAAAAAACGvQUAlgQCAJYEAgAs5gkAJfEBAHTxAQBAuQoAftcKAIa9BQCr0QEAEgUBAHRpBAA2ZAsALOYJAKvRAQC9YQQAGaUAAGilAAC3pQAABqYAAFWmAABFDQAAq9EBAKfsCQBZvQYAlgQCADoNAgA3fgAASD0GAAAAAACGvQUAq9EBAOfYCQD9YAMAsPIBABa6BwC65QEAN34AAPL7AQC9yQsADMoLAOdwAgAbJAAAq9EBAKwgCQD7IAkAlUMAABZVBADxiQAAQIoAAIt5AgD3+QcARvoHAKvRAQAm3gkAcSwHAPGJAABFDQAAq9EBAA2ICQBciAkAq4gJAPqICQDbFwoAKhgKAE8AAABPAAAA9SsIAJYEAgCVQwAAq9EBANsXCgC0jgEAAAAAAPGJAACw8gEARQ0AAGQcAACHFgAA7mIGAD1jBgAouQAAd7kAAMa5AABnmAIAHqACAG2gAgAQnwgAdBcAADbZCQARrwoAPAEAAIsBAADaAQAAKQIAAHgCAADbFwoAKhgKAE8AAABPAAAA2G8BAJyXAwDxiQAAyqQAAJYEAgDlBAIA9ksFAKvRAQCn7AkAKLkAAHe5AADGuQAAFboAAGS6AACzugAAArsAAFG7AACguwAA77sAAD68AACNvAAA3LwAACu9AABppQcAuKUHAAAAAAABhQAAMWMBAJYEAgA6DQIARQ0AAKvRAQDYbwEAnJcDAOuXAwBPAAAA8XYBAEB3AQCPdwEA3ncBAC14AQB8eAEAy3gBAAAAAABnmAIA4bcCALSOAQADjwEAUo8BAJ1bCQAWlAkAZZQJAA2ICQBciAkAq4gJAPqICQAy6AEA+yAJAO4QAgAzrAcAgqwHANGsBwDuYgYAq9EBAIa9BQB1tQcAq9EBAEC5CgCc7AsAM0QAAIJEAADRRAAAIEUAAG9FAAC+RQAAAAAAABa6BwCTtwkA2xcKAGQcAACzHAAAAh0AAFEdAACgHQAA7x0AAGmlBwC4pQcAAAAAAAGFAADxiQAARQ0AAKNKAgA61wgA7mIGAKvRAQDbFwoAXS0AAKwtAAD7LQAASi4AACMWCwC65QEAN34AABmSAQBkHAAA7mIGAKvRAQCn7AkAKLkAAHe5AADGuQAAFboAAGS6AACzugAAArsAAFG7AACguwAA77sAAD68AACNvAAA3LwAACXxAQB08QEAuuUBAAnmAQBY5gEAp+YBAA2ICQBciAkAJRcAAHQXAAA22QkAEa8KADwBAACLAQAA2gEAACkCAAB4AgAAqccAAIfwAQAZkgEAq9EBAOfYCQCoLwEA9y8BAIt5AgAxYwEA7mIGAPGJAADn2AkANtkJABGvCgA8AQAAiwEAANoBAAApAgAAIxYLALrlAQA3fgAAGZIBAGQcAADuYgYAq9EBAKfsCQAouQAAd7kAAMa5AAAVugAAZLoAALO6AAACuwAAUbsAAKC7AADvuwAAPrwAAI28AADcvAAAJfEBAHTxAQC65QEACeYBAFjmAQCn5gEADYgJAFyICQAlFwAAdBcAADbZCQARrwoAPAEAAIsBAADaAQAAKQIAAHgCAACpxwAAh/ABABmSAQCr0QEA59gJAKgvAQD3LwEAi3kCADFjAQDuYgYA8YkAADd+AAAZkgEA2G8BAGeYAgDhtwIAXS0AAKwtAAD7LQAASi4AACMWCwBFDQAAZBwAALMcAAACHQAAUR0AAKAdAAAjFgsAGyQAAEE7BwCWBAIA/KUJAKNKAgAjFgsAEgUBAM5sBgBFDQAAtI4BALNrAABkmgoA3pAIABWaCgAumwIAGaUAAGilAAC3pQAABqYAAFWmAACkpgAA59gJADbZCQARrwoAPAEAAIsBAADaAQAAKQIAAHgCAAASBQEAAqgBAEUNAACjSgIAq9EBALrlAQAMewsAp+wJACckBQDbFwoAJTMLABZVBABlVQQAgGMBAAAAAADKpAAAyqQAAPGJAABFDQAAtI4BAKvRAQAm3gkA8YkAAIcWAAAS3wIA8YkAAO5iBgCr0QEA+tEBAELpCQCWBAIAq9EBAAGFAABFDQAAZBwAAKvRAQAAAAAAhxYAAF8kAgBsRwgA1hYAAKnHAACHFgAAq9EBACbeCQA9YwYAzqsLAB2sCwC65QEAN34AABmSAQBkHAAAAAAAAJYEAgCw8gEAN34AAIZ+AADVfgAAJH8AAHN/AADCfwAArBoBAO5iBgDxiQAAhxYAABLfAgDxiQAA7mIGALDyAQDxiQAAQIoAAKLYAABSfAIAuuUBADd+AABIPQYAsPIBAO5iBgC65QEAsPIBAPGJAABAigAAotgAAFJ8AgABhQAAuuUBANhvAQCclwMAyqQAAKvRAQBfJAIAriQCAP0kAgCr0QEAaaUHALilBwCVQwAAFlUEAGVVBADxiQAAi3kCANp5AgApegIAq9EBAJ1bCQAWlAkAZZQJAA2ICQBciAkAq4gJAPqICQCn7AkAWb0GAKi9BgAncAEAqccAAPGJAACHFgAA1hYAAEMsAQCSLAEARQ0AAHYUCgBPAAAATwAAAPUrCACWBAIAlUMAADrXCADuYgYAsPIBADd+AAAouQAAd7kAAMa5AACw8gEAEgUBAGEFAQC7NAkAAAAAANhvAQCclwMA8YkAAIcWAACVQwAAq9EBACbeCQBxLAcA8YkAAEUNAACr0QEADYgJAFyICQCriAkA+ogJANsXCgAqGAoATwAAAE8AAAD1KwgAlgQCAJVDAACr0QEAp+wJACi5AAB3uQAAxrkAABW6AABkugAAs7oAAAK7AABRuwAAoLsAAO+7AAA+vAAAjbwAANy8AAArvQAAer0AAKgvAQD3LwEAlUMAAG0CAgDKpAAAsKMBAOisCgCr0QEAaaUHALilBwAAAAAAAYUAAPGJAABFDQAAo0oCADrXCADuYgYAq9EBALrlAQAs5gkAq9EBANsXCgBkHAAAsxwAAAIdAABRHQAAAYUAAJVDAADkQwAAM0QAAIcWAACVQwAAy90EAMqkAAC6gwIAFxMCAMvdBACGvQUAdbUHAKvRAQDn2AkA2G8BAAGFAADH3AEAMWMBAIBjAQCr0QEAN34AACi5AAB3uQAAIcoAAKfsCQAouQAAd7kAAMa5AAAVugAAZLoAALO6AAACuwAAUbsAAKC7AADvuwAAPrwAAI28AADcvAAAK70AAGmlBwC4pQcAAAAAAAGFAAAxYwEAlgQCADoNAgAAAAAAlgQCAF58BwB1tQcAx9wBAE8AAACeAAAA7QAAAKvRAQAAAAAATwAAAJ4AAADtAAAAPAEAAIsBAADaAQAAKQIAAEGtAQCQrQEAvWEEALqDAgCFigkA1IoJACyECgB7hAoAyoQKAKnHAAAxYwEARMcEAORDAAC1GQoAl8gHAJVDAACr0QEAp+wJADZkCwAs5gkAq9EBAOfYCQA22QkAEa8KADwBAACLAQAA2gEAACkCAAB4AgAAvWEEAAxiBABbYgQAGyQAAEE7BwDH3AEAAYUAAJYEAgA6DQIAlgQCAKvRAQC9YQQAGaUAAGilAAC3pQAABqYAAFWmAACkpgAA2xcKAGQcAACHFgAAlUMAAKvRAQCn7AkAKLkAAHe5AADGuQAAJfEBAHTxAQC65QEACeYBAFjmAQCn5gEADYgJAFyICQAlFwAAdBcAADbZCQARrwoAPAEAAIsBAADaAQAAKQIAAHgCAACdWwkAFpQJAGWUCQDbFwoAZBwAAAAAAAA3fgAAKLkAAHe5AADGuQAAFboAAGS6AACzugAAArsAAFG7AACguwAA77sAAD68AACNvAAA3LwAABskAAB+lQEAzZUBAByWAQAAtAMAp+wJACi5AAB3uQAAxrkAABW6AABkugAAs7oAAAK7AABRuwAAoLsAAO+7AAA+vAAAjbwAANy8AAArvQAAtXUBAAR2AQBTdgEAonYBAO4QAgAzrAcAgqwHANGsBwAgrQcAb60HAL6tBwCn7AkAKLkAAHe5AADGuQAAFboAAGS6AACzugAAArsAAFG7AACguwAA77sAADrXCAABhQAARQ0AAHBoAQCAYwEAx9wBAKvRAQASBQEAzmwGABhfBQAWugcAN34AADZkCwAS3wIAHj4DABIFAQCr0QEAAAAAAMqkAACwowEA4HQLAC91CwCHFgAA7hACAD0RAgCMEQIA0PsAAGeYAgDQ+wAAN34AACi5AAB3uQAAxrkAABW6AABkugAAs7oAAAK7AABRuwAAoLsAAO+7AAA+vAAAjbwAANy8AAAbJAAAfpUBAM2VAQAclgEAAAAAAIa9BQB1tQcAx9wBABbdAQBFDQAAZBwAABhfBQCrNgUA+jYFAIsKDABExwQAEQsCAPGJAACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAunADAAlxAwBYcQMAp3EDAPZxAwBFcgMAlHIDAONyAwAycwMA/dsJACi5AAB3uQAAxrkAABW6AABkugAAs7oAAAK7AABRuwAAoLsAAO+7AAA+vAAAgGMBALMcAAACHQAAUR0AAKAdAAA6DQIAQIoAAKLYAABSfAIAp+wJACi5AAB3uQAAxrkAABW6AABkugAAs7oAAAK7AABRuwAAoLsAAO+7AAA+vAAAjbwAANy8AAArvQAAtXUBAAR2AQBTdgEAonYBALDyAQCWBAIAOg0CAIkNAgCrAAwARQ0AAGQcAADuYgYAq9EBACMWCwDY7QsA2G8BACdwAQB2cAEAxXABABRxAQBjcQEAqccAAIfwAQAZkgEAq9EBAGmlBwC4pQcAB6YHAFamBwClpgcA9KYHAKvRAQABhQAARQ0AAHBoAQCAYwEAx9wBAKvRAQCn7AkAKLkAAHe5AADGuQAAFboAAGS6AACzugAAArsAAFG7AACguwAA77sAAD68AACNvAAA3LwAACu9AAASBQEAzmwGABhfBQAWugcAN34AADZkCwAS3wIAHj4DAJVDAACw8gEAN34AAFm9BgCovQYAJ3ABAKnHAADxiQAA7mIGAKvRAQAjFgsAlgQCAF58BwC65QEAN34AALrlAQDYbwEAJgcMADd+AAAouQAAd7kAAMa5AAAVugAAZLoAALO6AAACuwAAUbsAAKC7AADvuwAAPrwAAI28AADcvAAA8YkAAECKAACi2AAAUnwCAIZ+AADVfgAAJH8AAHN/AADCfwAATW4BAJxuAQDrbgEAOm8BAIlvAQDxiQAAQIoAAKLYAABSfAIAU8UBAMqkAADxiQAATwAAAJVDAADL3QQAhr0FAKvRAQD65AAAAAAAAAAAAAAAAAAAALQDAGmlBwC4pQcAN34AABmSAQCUDQAAdbUHAGeYAgCkCAAAAYUAAEUNAABkHAAAsxwAAIcWAADuEAIAPRECAIwRAgDsvQgAO74IAIq+CADn2AkANtkJABGvCgA8AQAAiwEAANoBAAApAgAAeAIAAA2ICQBciAkAq4gJAPqICQCn7AkAWb0GAKi9BgAncAEAqccAAPGJAADuYgYAhxYAANYWAAAlFwAAp+wJAIZ+AADVfgAAJH8AAHN/AADCfwAAEYAAAEC5CgB+1woAazoKAEC5CgCc7AsAMWMBAB4+AwBtPgMAi3kCABa6BwC1GQoARQ0AAKNKAgCpxwAAMWMBAETHBADkQwAAq9EBAGmlBwDlBAIAuuUBALrlAQAxYwEARMcEABIFAQAAAAAAq9EBAPrRAQBJ0gEAmNIBAOfSAQCr0QEA59gJANhvAQAmBwwAN34AABmSAQBkHAAAvWEEABa6BwCTtwkAGF8FAF8kAgCr0QEALOYJAIa9BQCXyAcAlgQCAKvRAQC9YQQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQA5mMEAFgiAwCnIgMA9iIDANsXCgBkHAAAibEKAJVDAADL3QQAgGMBAMfcAQAAAAAAhxYAAIt5AgDaeQIAKXoCAJyXAwDuYgYAPWMGAIZ+AADVfgAAJH8AAHN/AADCfwAA6EoLAK4kAgD9JAIAMWMBADFjAQDH3AEAhxYAAO4QAgC61QYAAYUAAJYEAgA6DQIAlnwEAHEsBwDxiQAARQ0AAIcWAADWFgAAQywBABIFAQB0aQQAFxMCAMqkAADuYgYA8YkAAIcWAAAS3wIA8YkAAAAAAACGvQUAx9wBADFjAQCAYwEAq9EBAPrRAQBJ0gEAmNIBAOfSAQD60QEAQukJAJYEAgCr0QEAAYUAAEUNAABkHAAAsxwAAKvRAQD60QEASdIBAJjSAQDn0gEA+tEBAELpCQCWBAIAq9EBAAGFAABFDQAAZBwAAKvRAQCn7AkAKLkAAHe5AADGuQAAFboAAGS6AACzugAAArsAAFG7AACguwAA77sAAD68AACNvAAA3LwAACu9AAC1dQEABHYBAFN2AQCidgEAq9EBAAGFAABFDQAAZBwAALMcAACHFgAA7hACAD0RAgCLeQIA9/kHAEb6BwD8pQkAcGgBAIa9BQB1tQcAMWMBAIBjAQAS3wIArJIDAAKoAQASBQEAq9EBANsXCgAqGAoATwAAAE8AAAD1KwgAlgQCAJVDAAA61wgA7mIGAKvRAQCn7AkA74gLADFjAQCr0QEAi3kCAPf5BwBG+gcA/KUJAHBoAQCGvQUAdbUHAKvRAQCdWwkAAAAAAEUNAAC0jgEAA48BAGeYAgBFDQAA2G8BAKvRAQBppQcAXnwHAJfIBwCVQwAAy90EAIBjAQDxiQAARQ0AAEUNAAC0jgEAZBwAALMcAADL3QQAhr0FAHW1BwDxiQAAQIoAAKLYAABSfAIAN34AADFjAQAmBwwAZ5gCAOimAgAZqwgAek4KAMlOCgAYTwoAZ08KALZPCgAFUAoAaaUHAOUEAgA0BQIAgwUCABskAAB+lQEAzZUBAByWAQDxiQAAQIoAAKLYAABSfAIAAAAAADd+AACLeQIA2nkCAPL7AQDYbwEAN34AADZkCwDH3AEA8vsBADd+AAAZkgEAaJIBALeSAQAGkwEAVZMBAKSTAQDzkwEAQpQBAJGUAQDglAEAL5UBAIa9BQASBQEATwAAAJ4AAAAcNAIAiwoMAB4+AwCUDQAAdbUHABskAAB+lQEAzZUBAGl/CQC4fwkAAYUAANhvAQCVQwAAy90EAE8AAADYbwEAJgcMAHUHDAB+lQEAzZUBAGl/CQC4fwkAY8YJAGQcAACzHAAAotgAAFJ8AgAAAAAAq9EBALrlAQAJ5gEAWOYBAKfmAQD25gEARecBAJTnAQDxiQAAsTsBADbTAQCF0wEA1NMBACPUAQBy1AEArCAJAItsCwAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQAl8QEAdPEBAKwgCQCLbAsANtMBAIXTAQDU0wEAI9QBAHLUAQBmLAkA2G8BACYHDAB1BwwAxAcMABMIDADrsAoAOrEKAKvRAQBppQcAiwoMANoKDAApCwwAeAsMAGYsCQC1LAkA+tEBAEnSAQCY0gEA59IBAAAAAADrsAoAq9EBAGmlBwCLCgwA2goMACkLDAB4CwwAZiwJALUsCQD60QEASdIBAJjSAQDn0gEA+tEBAEnSAQCY0gEA59IBAGuWAQAAtAMAqF4LAPdeCwBGXwsAlV8LAORfCwAAAAAAAYUAAFCFAAAS3wIARMcEAPL7AQBB3AsA7mIGAF8kAgABhQAAUIUAABLfAgBExwQA8vsBAOXkCwCWBAIA5QQCAPZLBQDObAYAqccAAIa9BQCWBAIAXyQCAPL7AQA3fgAAGZIBAGiSAQC3kgEABpMBAFWTAQCkkwEA85MBAEKUAQCxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAAAAAABskAAB+lQEAzZUBAByWAQBPAAAAORYHABhfBQCVQwAAOtcIAIt5AgDaeQIAKXoCAHh6AgDHegIARQ0AAKvRAQBAuQoAftcKAGs6CgC65QEADHsLAAAAAACn7AkAb2ELAL5hCwANYgsAXGILAKtiCwD6YgsASWMLAKwgCQBAigAAotgAAFJ8AgBnmAIAAAAAAIa9BQCVQwAAZ5gCAMqkAACwowEA/6MBAE6kAQCdpAEA7KQBADoNAgCWfAQAq9EBAAGFAABFDQAAcGgBAIBjAQDH3AEAq9EBAOuwCgA6sQoArCAJAAAAAADYbwEAAAAAAAGFAAA3fgAAWb0GAAAAAAAAAAAAAYUAAJVDAACr0QEAqccAAIfwAQAZkgEAq9EBAKwgCQAAAAAAAYUAADd+AAAWugcAtRkKAJfIBwDmyAcANckHAITJBwC65QEA08kHACLKBwBxygcAuuUBAL1hBAAMYgQAW2IEANieCwAnnwsAdp8LAL1hBAAMYgQAW2IEANieCwAnnwsAdp8LADd+AAA2ZAsAAAAAAKvRAQDH3AEAFt0BAGXdAQAAAAAAlUMAADrXCACVIwoA5CMKAPL7AQCJxAkA2MQJACzmCQCVQwAAOtcIAJUjCgDkIwoA8vsBAEH8AQDlBAIANAUCAIMFAgDSBQIARQ0AABZVBACK+gkANAUCAIMFAgDSBQIAlUMAAORDAACWBAIAXnwHAKnHAAAAAAAAlgQCADoNAgDmnAEAeYoEABhfBQCVQwAARQ0AAPL7AQCTAAIA4gACADEBAgCAAQIAzwECAB4CAgCVQwAAbQICAMJMCwDkQwAAlgQCAF58BwCGvQUA8vsBAJMAAgDkQwAAlgQCAF58BwCpxwAAAAAAADd+AAAxYwEAHj4DAGQcAACw8gEA8YkAAECKAACi2AAAUnwCAPL7AQCTAAIA5EMAAJYEAgBefAcAqccAAPL7AQCTAAIA5EMAAJYEAgBefAcALOYJAE8AAAA5FgcA8YkAAECKAACi2AAAUnwCAPGJAAAbJAAAaiQAAECKAAA6DQIAhxYAAMqkAADxiQAA8YkAAECKAACi2AAAUnwCADd+AAD2SwUAzmwGAPGJAABAigAAotgAAFJ8AgCVQwAAlUMAABZVBABlVQQAuuUBAAnmAQBY5gEAOtcIAPGJAABAigAAotgAAFJ8AgASBQEAzmwGAJVDAADkQwAAtRkKAO5iBgDxiQAAQIoAAKLYAABSfAIA2G8BANhvAQBPAAAA9SsIADFjAQCAYwEAlUMAADrXCACDvAkAOg0CALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQCWBAIAOg0CAIkNAgDYDQIAJw4CAHYOAgDFDgIAFA8CAGMPAgCyDwIAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAAAAAADxiQAALOYJAPGJAABAigAAotgAAFJ8AgDuYgYA8YkAALE7AQAHlgwAQIoAAKLYAABSfAIAAAAAAPGJAABAigAAXnwHAO5iBgDfigcAi3kCADFjAQAePgMAcGgBAIa9BQB1tQcA8YkAAECKAACi2AAAUnwCALrlAQCGvQUAl8gHAFCFAACLfwoA2G8BACdwAQDKpAAAuoMCAIWKCQAmBwwAQIoAAKLYAABSfAIANmQLAMfcAQDekAgA8YkAAECKAACi2AAAUnwCAJYEAgDH3AEAAYUAABIFAQDObAYAhxYAAJVDAAA61wgAg7wJAKLYAABSfAIAhr0FAJfIBwCVQwAAbQICABskAAC65QEAhr0FAJfIBwBQhQAAi38KAEUNAABkHAAAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BADd+AAAZkgEAaJIBAF0tAAC6gwIAGZIBAKNKAgA61wgAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAHEsBwDVvQUAJL4FAEEoCACQKAgA3ygIAC4pCAB9KQgAzCkIAPGJAACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAGF8FAKs2BQD6NgUA/KUJAHBoAQCGvQUAdbUHAPGJAABAigAAotgAAFJ8AgCVQwAAN34AAIZ+AABfJAIAhr0FAIt5AgD3+QcARvoHABskAADYbwEAJ3ABAKnHAADxiQAAQIoAAKLYAABSfAIAy90EABreBAD7kgMA2G8BACYHDAASBQEAzmwGAIcWAACVQwAAOtcIAO5iBgDxiQAAQIoAAKLYAABSfAIARQ0AAHYUCgBPAAAATwAAAPUrCACWBAIAlUMAADrXCADuYgYAcSwHANW9BQAkvgUAQSgIAJAoCADfKAgALikIAH0pCADMKQgA8YkAALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQDYbwEA2G8BACYHDADH3AEAN9MIAFm9BgA3fgAAHDQCAGs0AgC6NAIACTUCAFg1AgCnNQIA9jUCAEU2AgCxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAlgQCAOUEAgAs5gkAMWMBAIBjAQCIJgIA1yYCACYnAgCBNwIA0DcCAB84AgBuOAIAvTgCAAw5AgBbOQIAqjkCAPk5AgBIOgIAlzoCAOY6AgA1OwIAhDsCANM7AgAiPAIAcTwCAMA8AgAPPQIAEgUBALrlAQAMewsAQIoAABskAABC6QkAlgQCABIFAQB0aQQAFxMCADrXCACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAdbUHAMqkAACrNgUA+jYFAEk3BQCYNwUA5zcFADY4BQASBQEAYQUBALs0CQDfigcAIwMMAEE7BwDKpAAAuoMCABcTAgDL3QQAhr0FAHW1BwDxiQAAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAAAAAAA3fgAAWb0GAAGFAADxiQAA8YkAAECKAACi2AAAUnwCAF58BwApjQEAQLkKAL1hBAAs5gkAe+YJAMrmCQAZ5wkAaOcJAPGJAABAigAAotgAAFJ8AgCHFgAAlUMAADd+AAAXEwIAy90EAIa9BQB1tQcA8YkAAECKAACi2AAAUnwCADd+AAA2ZAsAhxYAANYWAABDLAEA4+cBAFcYCQBBOwcAHNgKAIgmAgCr0QEA2xcKAI59AgASBQEAuuUBAIa9BQAxYwEAOlwCADd+AAAXEwIAy90EAIa9BQB1tQcAq9EBAKwgCQBAigAAotgAAFJ8AgD60QEASdIBAJjSAQDn0gEAAAAAAKvRAQCdWwkA7FsJAI9XCwDeVwsALVgLAHxYCwCdpAEAFxMCAMvdBAC65QEA2G8BACYHDABAuQoAEQsCAGALAgCvCwIAvWEEALqDAgAJhAIAWIQCAKeEAgD2hAIARYUCAJSFAgDjhQIAMoYCAIGGAgDQhgIAH4cCAG6HAgC9hwIADIgCAFuIAgAAAAAAAYUAAFCFAACLfwoA2n8KACmACgB4gAoAx4AKABaBCgC9YQQAuoMCAAmEAgBYhAIAp4QCAPaEAgBFhQIAAYUAAEUNAABAuQoAftcKAIa9BQCr0QEAEgUBAHRpBAA2ZAsADYgJAFyICQCriAkA+ogJADLoAQD7IAkASiEJAJfIBwDH3AEAEgUBAOeDAQAePgMAtI4BAHBoAQCAYwEAx9wBAKvRAQBppQcAuKUHAJVDAAABhQAAlgQCACbeCQDxiQAAGF8FABmlAABePQIAHDQCADoNAgCWfAQAq9EBAKfsCQA2ZAsA7mIGAKvRAQANiAkAXIgJAKuICQD6iAkAAYUAAEUNAABkHAAAnVsJAOxbCQDPYwEAHmQBAG1kAQC8ZAEAC2UBAEZ/AQCGvQUA1b0FACS+BQBBKAgAkCgIAN8oCAAuKQgAfSkIAKySAwD7kgMASpMDAJmTAwDokwMAN5QDAO5iBgCr0QEAp+wJADZkCwDuYgYAq9EBAA2ICQBciAkAq4gJAPqICQABhQAARQ0AAGQcAADbFwoAjn0CAN19AgAsfgIAe34CAMp+AgC35wkABugJAFXoCQCk6AkA8+gJADZkCwAS3wIAyqQAAGeYAgDzrAgAW1IJAKpSCQD5UgkASFMJAJdTCQDmUwkAYhsLAECKAACi2AAAUnwCAKvRAQCGvQUAl8gHAJVDAACr0QEAhr0FABskAACr0QEAuuUBAIa9BQCXyAcAUIUAAIt/CgBppQcA5QQCAPMxAgBCMgIAOtcIAInXCADY1wgAlUMAAKvRAQBAuQoAftcKAGs6CgCn7AkASD0GAO5iBgCr0QEAqccAADFjAQBExwQA5EMAAKvRAQCGvQUAi3kCAPf5BwBG+gcAGyQAANhvAQAncAEA2xcKACoYCgB5GAoAyBgKABZVBACK+gkA2foJAJaSBwCr0QEAqccAADFjAQBExwQA5EMAAKvRAQCGvQUAi3kCAPf5BwBG+gcAGyQAANhvAQAncAEAEgUBAAKoAQBRqAEAoKgBAO+oAQA+qQEAjakBACzmCQCr0QEAqccAADFjAQBExwQA5EMAAKvRAQCGvQUAi3kCAPf5BwBG+gcAGyQAANhvAQAncAEAJt4JAHXeCQCLeQIAMWMBAO5iBgDxiQAAqccAADFjAQBExwQA5EMAAKvRAQCGvQUAi3kCAPf5BwBG+gcAGyQAANhvAQAncAEAMWMBADpcAgCr0QEA59gJAPUrCAAxYwEAgGMBAJVDAAA61wgAg7wJAKvRAQAm3gkA8YkAAECKAAA6DQIAiQ0CANgNAgAnDgIAdg4CAMUOAgAUDwIAXyQCAK4kAgDuYgYAq9EBAKfsCQAXEwIA0PsAAB/8AAC6gwIAhYoJANSKCQAshAoAe4QKAMqECgAZhQoAaIUKALeFCgAGhgoAVYYKAKSGCgDzhgoAQocKAJGHCgDghwoAL4gKAH6ICgDNiAoAHIkKAGuJCgC6iQoACYoKAFiKCgCnigoA9ooKAEWLCgCUiwoA44sKADKMCgCBjAoA0IwKAB+NCgBujQoAvY0KAAyOCgBbjgoAqo4KAPmOCgBIjwoAMWMBAIBjAQCIJgIA1yYCACYnAgDnvwIANsACAIXAAgDUwAIAI8ECAHLBAgDBwQIAEMICAF/CAgCuwgIA/cICAEzDAgCbwwIAJt4JAD1jBgDOqwsAHawLALrlAQA3fgAAGZIBAGQcAADbFwoAjn0CAMOoCQASqQkAYakJALCpCQCr0QEAnVsJABaUCQBllAkA2xcKACUzCwB0MwsAHDQCAJVDAADL3QQAgGMBAMfcAQCr0QEAAYUAAG7pAQABhQAAlUMAAJVDAADL3QQAgGMBAMfcAQCr0QEAJt4JAHEsBwCpxwAAnVsJAOxbCQA7XAkAaaUHALilBwA+RwIAZ18FAIt5AgD3+QcARvoHACzmCQCr0QEAEgUBAGEFAQC7NAkAN34AAEg9BgDfigcAgGMBAMfcAQCr0QEAaaUHALilBwCWfAQA5XwEADR9BAAU1gQAnVsJABaUCQBllAkA2G8BACdwAQCVCgMA5AoDADMLAwCCCwMA0QsDACAMAwBAuQoAnOwLADNEAADr+QIAOvoCAIn6AgDY+gIAGZIBAGQcAACJsQoAq9EBAJ1bCQDsWwkAO1wJABIFAQDObAYAHW0GAGEFAQCWBAIAnVsJABaUCQBllAkAnVsJAOxbCQA7XAkA9WcJAERoCQCTaAkA59gJAKgvAQD3LwEAXQ0KAKwNCgD7DQoASg4KAKvRAQCGvQUAGyQAAKvRAQDbFwoAJTMLAHQzCwAcNAIAlUMAAMvdBACAYwEAx9wBAKvRAQABhQAAxLUHABO2BwBitgcAsbYHAAC3BwBPtwcAnrcHAO23BwBAuQoAftcKAGs6CgDbFwoAZBwAALMcAAACHQAAUR0AAKAdAADvHQAAp+wJABcTAgCGvQUAdbUHAKvRAQDbFwoAlA0AAHlRBwDIUQcAF1IHAGZSBwCr0QEATwAAAJVDAADL3QQAgGMBAMfcAQCr0QEAvWEEAAxiBABbYgQAqmIEAPliBABIYwQAl2MEAOZjBABYIgMApyIDAAJyCABRcggAhr0FAHW1BwCr0QEAAYUAAFCFAAAS3wIAU8UBAKvRAQAm3gkAcSwHABIFAQB0aQQAMWMBAIBjAQCr0QEA2xcKAJQNAAB5UQcAyFEHABdSBwBmUgcAq9EBAJfIBwDmyAcANckHAITJBwDTyQcAIsoHAHHKBwDAygcAD8sHAF7LBwCtywcA/MsHAEvMBwCazAcA6cwHADjNBwCHzQcA1s0HANsXCgBkHAAAsxwAAAIdAABRHQAAoB0AAGeYAgBFDQAAq9EBAEC5CgCc7AsAM0QAAIJEAADRRAAAIEUAAG9FAAC+RQAADUYAAFxGAACrRgAAW1IJAKpSCQCHFgAAEt8CAIBjAQDH3AEAq9EBAIa9BQB1tQcAq9EBAMfiCQC1GQoARQ0AANhvAQAncAEAyqQAALqDAgCFigkA1IoJAAAAAADYbwEARQ0AAKNKAgDySgIAFxMCADrXCAApjQEAAAAAAAAAAAAAAAAAAAAAAAAAAACajQIA6Y0CACmNAQAAAAAAmo0CAOmNAgAokwIADGIEADCCCQB/ggkAzoIJAB2DCQBsgwkAu4MJAAqECQBZhAkA3zgDAC45AwB9OQMAzDkDABs6AwBqOgMAuToDAAg7AwBXOwMApjsDAPU7AwBEPAMAkzwDAOI8AwAxPQMAW2IEAKpiBAD5YgQASGMEAJdjBADmYwQAWCIDAKciAwD2IgMARSMDAJQjAwDjIwMAMiQDAIEkAwDQJAMAHyUDAG4lAwC9JQMADCYDAFsmAwCCmQgA0ZkIACCaCABvmggAvpoIAA2bCABcmwgAq5sIAPqbCABJnAgAmJwIAOecCAA2nQgAhZ0IANSdCAAjnggAcp4IAMfcAQBnmAIAyqQAALCjAQDncAIAzSADABwhAwBrIQMAuiEDAAkiAwBYIgMApyIDALrlAQA3fgAARQ0AAP5HAwBNSAMAJgcMALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQAumwIA03cDACJ4AwBxeAMAwHgDAA95AwBeeQMArXkDAPx5AwBLegMAmnoDAEUjAwCUIwMA+tEBAEnSAQCY0gEA59IBAGW3AwC0twMAA7gDAFK4AwChuAMA8LgDAD+5AwCOuQMA3bkDAKwgCQCLbAsAADwBAE88AQCePAEA7TwBADw9AQCLPQEA2j0BAKnHAAAWugcAMWMBADpcAgAmBwwAvWEEAAxiBABbYgQAqmIEAPliBABIYwQAl2MEAOZjBAA1ZAQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQA5mMEAFgiAwCnIgMA9iIDAC5iBQB9YgUAzGIFABtjBQBqYwUAuWMFAI59AgDdfQIAyqQAAE8AAAD9YAMA8vsBAJHDCwDgwwsAADwBAE88AQCePAEA7TwBADw9AQCLPQEARQ0AAPL7AQC9yQsAuoMCAAmEAgBYhAIAp4QCAPaEAgDKpAAAsKMBAOdwAgDNIAMAHCEDAGshAwC6IQMAhxYAANYWAACpxwAA8YkAAECKAACi2AAAUnwCAAzKCwDncAIAzSADABwhAwBrIQMAuiEDAAkiAwBYIgMApyIDAO5iBgBxLAcA8YkAAEUNAACHFgAA1hYAAEMsAQA61wgAsTsBACQQCgAePgMAo0oCADrXCACDvAkAotgAAFJ8AgCr0QEAvWEEALqDAgCFigkA1IoJACOLCQD60QEASdIBAJjSAQDn0gEAEgUBAE8AAAD1KwgAlgQCAJVDAAA61wgAg7wJAKLYAABSfAIA2G8BAJyXAwDrlwMATwAAALU5AADy+wEAQdwLADFjAQC65QEANVEFAOUEAgAcNAIALOYJAKvRAQANiAkAXIgJAKuICQD6iAkA2G8BACdwAQCVCgMA5AoDAPGJAADuYgYAZ5gCANhvAQAncAEAlQoDAOQKAwAzCwMAggsDANELAwAgDAMAQLkKAJzsCwAzRAAA0PsAAE8AAAD1KwgARQ0AAKNKAgDH3AEAlgQCADoNAgBFDQAA/kcDAE1IAwDQ+wAAq9EBAKfsCQCGfgAAlpIHAOWSBwA0kwcAg5MHAGmlBwC4pQcAPkcCAGdfBQCWBAIA7mIGAKvRAQCn7AkASD0GAJc9BgDmPQYANT4GADrXCACDvAkA8vsBAKvRAQASBQEA54MBAB4+AwC0jgEAcGgBAIBjAQDH3AEAq9EBAKfsCQAnJAUAx9wBAN6QCAASBQEAq9EBAJ1bCQBExwQAk8cEACbeCQDxiQAATwAAADkWBwCIaAsA12gLAEUNAACr0QEAhr0FAHW1BwAAAAAAAAAAAGeYAgDopgIAGasIAGirCAC3qwgABqwIAKwgCQBAigAAotgAAFJ8AgBAuQoAftcKAGs6CgC9YQQADGIEAFtiBACqYgQA+WIEAEhjBABqFwkAuRcJAAgYCQCPuQoAg7wJANK8CQAhvQkAcL0JAL+9CQAOvgkAXb4JAKy+CQD7vgkAJt4JAGotDADxiQAAQLkKAH7XCgBrOgoAvWEEAAxiBABbYgQAqmIEAPliBABIYwQAl2MEAOZjBABYIgMApyIDAPYiAwBFIwMAy90EABreBABp3gQAuN4EAAffBACLCgwARMcEADrXCAC9YQQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQAsPIBAP/yAQDL3QQAGt4EAGneBAC43gQAB98EAFbfBAAMYgQAW2IEAKpiBAD5YgQASGMEAJdjBADmYwQANWQEAIRkBADTZAQAImUEAHFlBADbFwoAZBwAALMcAAACHQAAUR0AAKAdAABnmAIALpsCANN3AwAieAMAcXgDAMB4AwAPeQMAXnkDAK15AwD8eQMAS3oDAJp6AwDpegMAOHsDAId7AwDWewMAJXwDAHR8AwBFIwMAy90EABreBABp3gQA7mIGAKvRAQCGvQUAl8gHAB6gAgBtoAIAEJ8IAGucCQBefAcAl8gHAJVDAAA61wgAQLkKAH7XCgBrOgoAx+IJALUZCgBFDQAA8YkAAJVDAACpxwAAhr0FAJYEAgBfJAIAq9EBAJ1bCQAWlAkAZZQJAAGFAABQhQAAlgQCADoNAgA3fgAAhn4AABa6BwA3fgAAuuUBANhvAQAAAAAAq9EBAF8kAgBXtgkAgGMBAIgmAgBnmAIALpsCANN3AwAieAMAcXgDAMB4AwAPeQMAXnkDACXxAQB08QEAvWEEALqDAgA/DgwAjg4MAN0ODAAVmgoA4bcCAJQNAAASBQEAzmwGAND7AACVQwAAq9EBAL1hBAAMYgQAW2IEAKpiBAD5YgQASGMEAJdjBABqFwkAuRcJAAgYCQAs5gkARQ0AAP5HAwBNSAMAAAAAAGeYAgBrEQgAQIoAAKLYAABSfAIAyqQAALCjAQDncAIAzSADABwhAwBrIQMAuiEDAAkiAwBYIgMApyIDAOfoBABAigAAotgAAFJ8AgAWugcALOYJAAAAAAAAAAAAAAAAAJqNAgDpjQIAKY0BAAAAAAAAAAAAAAAAAAAAAACajQIA6Y0CACiTAgAMYgQAW2IEAKpiBAD5YgQASGMEAJdjBADmYwQAWCIDAKciAwD2IgMALmIFAH1iBQDMYgUAG2MFAGpjBQC5YwUAEgUBAPHuAwBA7wMAj+8DAN7vAwDuYgYAuuUBAKvRAQASBQEAYQUBALs0CQAKNQkAWTUJABIFAQDx7gMAQO8DAI/vAwDe7wMAyqQAABmlAABopQAAt6UAAAamAAASBQEAAqgBAFCFAAAS3wIAyqQAALqDAgAXEwIAy90EAIa9BQB1tQcARQ0AAGQcAACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEALpsCANN3AwB3NwsAAwcEAFIHBAChBwQA8AcEAD8IBACOCAQA3QgEACwJBAB7CQQAygkEABkKBACr0QEA2G8BAJyXAwCAYwEAXyQCAKvRAQD60QEASdIBAJjSAQABxwkAUMcJAKfsCQBIPQYA7mIGAJYEAgA6DQIARQ0AALSOAQDrsAoA+uQAAIAqBAC1GQoARQ0AAKNKAgANrgcAXK4HAKuuBwD6rgcASa8HAJivBwDnrwcANrAHAIWwBwDUsAcAp+wJADZkCwAs5gkAq9EBAIa9BQAbJAAAq9EBAEC5CgCc7AsAM0QAAIJEAABPAAAAORYHABhfBQAxYwEAUUwKAEE7BwDxiQAA7mIGAKvRAQASBQEA8e4DAEDvAwCP7wMA3u8DADRXBgDH4gkAtRkKAEUNAACjSgIAEgUBAPHuAwBA7wMAj+8DAN7vAwA0VwYAg1cGANJXBgAhWAYAcFgGAL9YBgAOWQYAXVkGAEGdBgC1GQoARQ0AAKNKAgCr0QEAFroHACzmCQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0AwBPtAMAN5cHAIaXBwDVlwcAJJgHAHOYBwDCmAcAEZkHAGCZBwCvmQcA/pkHAE2aBwCcmgcA65oHADqbBwCJmwcA2JsHACecBwBFIwMAy90EABreBABp3gQA7mIGAKvRAQCGvQUAl8gHAIa9BQDVvQUAJL4FAEEoCACQKAgA3ygIAC4pCAB9KQgAzCkIAKvRAQBAuQoAy90EABreBABp3gQA7mIGAKvRAQCGvQUAl8gHAJyXAwCw8gEARQ0AAP5HAwBNSAMAsPIBAPGJAACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEALpsCANN3AwAieAMAcXgDAMB4AwAPeQMAXnkDAK15AwD8eQMAS3oDAJp6AwDpegMAOHsDAId7AwDWewMAJXwDAHR8AwBFIwMAy90EABreBABp3gQA7mIGAKvRAQCGvQUAl8gHAIa9BQDVvQUAJL4FAEEoCACQKAgA3ygIAC4pCAB9KQgAzCkIAKvRAQBAuQoAy90EABreBABp3gQA7mIGAKvRAQCGvQUAl8gHAEUjAwDL3QQAGt4EAGneBADuYgYAq9EBAIa9BQCXyAcAhr0FANW9BQAkvgUAQSgIAJAoCADfKAgALikIAH0pCADMKQgAq9EBAEC5CgDL3QQAGt4EAGneBADuYgYAq9EBAIa9BQCXyAcAlgQCAIsKDAA6XAIAJ3ABAHZwAQAs5gkAsPIBAMqkAACwowEA53ACAM0gAwAcIQMAayEDALohAwCWjwMAIxYLANjtCwABhQAAUIUAAAPxAABS8QAAofEAAPDxAAA/8gAAjvIAAN3yAACaGAQA6RgEADgZBACHGQQA1hkEACUaBAB0GgQAwxoEABIbBABhGwQAgGMBAMfcAQCr0QEAQLkKAH7XCgDKpAAAsKMBAOdwAgDNIAMAHCEDAGshAwC6IQMACSIDADJgBACBYAQA0GAEAB9hBABuYQQAAYUAAFCFAAAS3wIAU8UBAKvRAQDbFwoAlA0AAHlRBwDIUQcAF1IHAGZSBwBnmAIAN34AAFPFAQCWBAIAOg0CAJVDAAAWVQQAZVUEAPGJAABFDQAATwAAADkWBwCIFgcAotgAADoNAgAAAAAAAYUAAPGJAABFDQAAo0oCADrXCACDvAkAotgAAFJ8AgDzrAgAQq0IAJGtCACGfgAAFroHAJO3CQDuYgYAq9EBAEC5CgCc7AsAM0QAABIFAQB0aQQAw2kEAKvRAQBppQcAuKUHAJVDAAAWVQQAZVUEAPGJAABFDQAAq9EBAOfYCQAx9AoAiBYHAKvRAQBppQcAuKUHAAAAAAABhQAA8YkAAEUNAACjSgIAq9EBANhvAQCclwMArJIDAOeDAQDuYgYA34oHAB4+AwBnmAIAyqQAALqDAgAJhAIAWIQCAKeEAgD2hAIAyqQAALCjAQDncAIAzSADABwhAwBrIQMAuiEDAGCcCwCDvAkAotgAAFJ8AgBdLQAAGaUAAGilAAC3pQAABqYAAFWmAABnmAIAyqQAALqDAgAJhAIAWIQCAKeEAgD2hAIAyqQAALCjAQDncAIAzSADABwhAwBrIQMAuiEDAGCcCwCDvAkAotgAAFJ8AgDxiQAA7mIGAN+KBwAePgMAXS0AALCjAQDncAIAzSADABwhAwBrIQMAuiEDAAkiAwBYIgMApyIDAOfoBAA26QQAhekEANTpBAAj6gQAcuoEAMHqBAAQ6wQAofQEAPD0BAAwggkAf4IJAM6CCQAdgwkAbIMJALuDCQAKhAkAWYQJAMfcAQDekAgALZEIAKvRAQCn7AkAJyQFAGmlBwC4pQcARQ0AAJQNAACXyAcAlgQCAMqkAAC3bAMABm0DAFVtAwCkbQMA820DAEJuAwCRbgMA4G4DAC9vAwB+bwMAzW8DABxwAwBrcAMA5pwBADWdAQCEnQEA050BACKeAQAO5AcAXeQHAKzkBwD75AcASuUHAJnlBwDo5QcAN+YHAIbmBwDV5gcAJOcHAHPnBwDC5wcAEegHAGDoBwCv6AcA/ugHAE3pBwCc6QcAsKMBAOdwAgDNIAMAHCEDAGshAwC6IQMACSIDAFgiAwCnIgMA5+gEADbpBACF6QQA1OkEACPqBABy6gQAweoEABDrBAC2mAIABZkCAAPxAABS8QAAofEAAPDxAAA/8gAAjvIAAN3yAACaGAQA6RgEADgZBACHGQQA1hkEACUaBABkHAAAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAC6bAgDTdwMAIngDAHF4AwDAeAMAD3kDAF55AwCteQMA/HkDAEt6AwCaegMA6XoDADh7AwCHewMA1nsDACV8AwB0fAMA59gJAOOxCAAysggAgbIIANCyCAAfswgAbrMIAL2zCAAMtAgAW7QIAKq0CAD5tAgASLUIAJe1CADmtQgANbYIAIS2CADTtggAIrcIAHG3CADAtwgAD7gIAF64CAAeoAIAbaACABCfCABrnAkAXnwHAJfIBwCVQwAAOtcIAEC5CgB+1woAazoKAMfiCQC1GQoARQ0AAPOsCABCrQgAlnwEAOV8BAA0fQQAFNYEANsXCgBkHAAAsxwAAAIdAABRHQAAoB0AAO8dAACpxwAA8YkAAIcWAACVQwAAq9EBAKfsCQCpxwAAh/ABAJVDAACr0QEAqccAAIfwAQAZkgEAq9EBAA2ICQBciAkAq4gJAPqICQDn2AkA9SsIAEUNAAC0jgEAcGgBALrlAQDYbwEAJgcMAEC5CgB+1woAazoKAL1hBAAMYgQAW2IEAKpiBAD5YgQASGMEAJdjBABqFwkAuRcJAAgYCQBAuQoAnOwLADNEAABppQcAuKUHAJZ8BADlfAQANH0EABTWBADbFwoAZBwAALMcAAACHQAAUR0AAKAdAAD65AAAve8JAG0+AwC9YQQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQA5mMEAFgiAwCnIgMAxToIAOxbCQA7XAkAuuUBADVRBQCEUQUA01EFACJSBQCHFgAAq9EBANsXCgAlMwsAdDMLABcTAgAxYwEArJIDAM5sBgCGvQUAl8gHAJVDAAA61wgAg7wJAKLYAABSfAIAgWYMAMvdBAAa3gQAad4EALjeBAAH3wQAVt8EAHFoCAC9YQQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQA5mMEADVkBACEZAQA02QEACJlBABxZQQA2xcKAGQcAACzHAAAAh0AAFEdAADxiQAAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAB6gAgBtoAIAEJ8IAF+fCACunwgA/Z8IAEygCACboAgA+tEBAEE7BwCQOwcA3zsHAIa9BQCWBAIAq9EBACbeCQB13gkAlgQCADoNAgA+RwIAlUMAAG0CAgCWBAIALOYJAKvRAQApjQEAAYUAAFCFAAAS3wIAU8UBAC6bAgDTdwMAIngDAHF4AwDAeAMAD3kDAF55AwCteQMA/HkDAEt6AwCaegMA6XoDADh7AwCHewMA1nsDACV8AwB0fAMApo0HAEOnBwBZqgcAqKoHAPeqBwBGqwcARSMDAMvdBAAa3gQAad4EAO5iBgCr0QEAhr0FAJfIBwCGvQUA1b0FACS+BQBBKAgAkCgIAN8oCAAuKQgAfSkIAMwpCACr0QEAQLkKAMvdBAAa3gQAad4EAO5iBgCr0QEAhr0FAJfIBwCVQwAAy90EABreBABp3gQAuN4EAAffBABW3wQApd8EAPTfBABD4AQAkuAEACOhDAByoQwAIngDAHF4AwDAeAMAD3kDAF55AwCteQMA/HkDAEt6AwCaegMARSMDAMvdBAAa3gQAad4EALjeBAAH3wQA/KUJAGQcAAAbsgUAJgcMABhfBQCVQwAAy90EAIa9BQB1tQcAlUMAAMvdBAAa3gQAad4EALjeBAAH3wQAVt8EAKXfBAD03wQAQ+AEAJLgBADxiQAAQIoAAKLYAABSfAIAZd0BAMvdBAAa3gQAad4EALjeBAAH3wQAVt8EAKXfBACeLwoA7S8KADwwCgCLMAoA2jAKACkxCgB4MQoAlA0AAHlRBwDIUQcAF1IHAGZSBwBtAgIA1b0FACS+BQBzvgUA8YkAALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQBnmAIAaxEIAECKAACi2AAAUnwCAIcWAADWFgAA1uAGACXhBgB04QYAw+EGABLiBgBh4gYA5QQCAIt5AgDaeQIAMWMBADpcAgA3fgAAuuUBANhvAQCr0QEAQLkKAMvdBAAa3gQAad4EALjeBAAH3wQAVt8EAHFoCABWHgoAyqQAAMqkAACrNgUA+jYFAEk3BQCYNwUAlnwEAKvRAQCn7AkAGyQAAJVDAAA61wgAg7wJANsXCgBkHAAAG7IFACYHDAAYXwUAlUMAAMvdBACGvQUAdbUHAKvRAQCsIAkAQIoAAKLYAABSfAIA4bcCANehCAAmoggAdaIIAMSiCAATowgAYqMIAEArBQCPKwUA3isFAC0sBQB8LAUAyywFABotBQBpLQUAuC0FAAcuBQDwQwUAP0QFAI5EBQDdRAUALEUFAHtFBQABhQAAlgQCAJYEAgA6DQIAhxYAAJVDAACr0QEAQLkKAH7XCgDVvQUA9SsIANhvAQAncAEAdnABACzmCQBnmAIAAAAAAKvRAQBAuQoAEQsCAGALAgCvCwIAFZoKANsXCgAqGAoAMWMBAETHBAA3fgAAuuUBANhvAQAmBwwA2xcKAGQcAACzHAAAAh0AAFEdAACgHQAAZAwFAKvRAQD60QEAQukJAJHpCQDg6QkAQLkKAMvdBAAa3gQAad4EALjeBAAH3wQAVt8EAGeYAgAeoAIAbaACABCfCACn7AkAi3kCANp5AgAxYwEAOlwCADd+AAC65QEA2G8BACYHDADbFwoAZBwAALMcAAACHQAAUR0AAKAdAAASBQEAAAAAAE8AAADKpAAAsKMBAOdwAgDNIAMAHCEDAGshAwC6IQMACSIDAFgiAwCnIgMA5+gEAECKAACi2AAAUnwCAJYEAgBefAcAIfkKAK4kAgBAigAAW1IJAKpSCQCWBAIAOg0CADd+AACGfgAAFroHADd+AAC65QEA2G8BACYHDADxiQAAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAFCFAACHFgAALOYJAGeYAgCVQwAAyqQAAE8AAADKpAAAsKMBAOdwAgDNIAMAHCEDAGshAwC6IQMACSIDAFgiAwCnIgMAGyQAAH6VAQDNlQEAHJYBAMqkAACwowEA53ACAM0gAwCWBAIAOg0CAIkNAgCrAAwARQ0AAGQcAAA8uAcAi7gHANq4BwApuQcAeLkHAMe5BwA26QQAhekEANTpBAAj6gQAcuoEAMHqBAAQ6wQA4bcCAJQNAAB5UQcAyFEHABdSBwBmUgcAq9EBAKwgCQBAigAAotgAAFJ8AgAjoQwAcqEMAMGhDAAQogwAX6IMAK6iDAD9ogwATKMMAJujDADqowwAOaQMAIikDAB9OQMAzDkDABs6AwBqOgMAuToDAAg7AwBXOwMApjsDAMfiCQC1GQoARQ0AALrlAQA1UQUAhFEFANNRBQAiUgUAcVIFAPylCQCzawAAi3kCANp5AgAxYwEAOlwCADd+AAC65QEA2G8BADd+AAAbJAAAXyQCAFB1BQDmnAEARQ0AAF0tAACwowEA53ACAM0gAwAcIQMAayEDALohAwAJIgMAWCIDAKciAwDn6AQAQIoAAKLYAABSfAIAhxYAABrIAQBZawIAqGsCAPdrAgBGbAIAXnwHABskAACWBAIAOg0CAJVDAAAWVQQAZVUEAPGJAABFDQAAZBwAALE7AQAAPAEATzwBAPQeCgBDHwoAkh8KAKvRAQASBQEAdGkEACzmCQCr0QEADYgJAFyICQCriAkA+ogJALrlAQAMewsAp+wJAIt5AgDaeQIAMWMBADpcAgA3fgAAuuUBANhvAQC9YQQADGIEADCCCQB/ggkAzoIJAB2DCQBsgwkAu4MJAAqECQBZhAkAqIQJAPeECQCsIAkARQ0AAKNKAgDySgIAuuUBANhvAQCclwMAHj4DAG7pAQCTtwkAQLkKAH7XCgBrOgoAnVsJAE8AAACGfgAAsKMBAOdwAgDNIAMAHCEDAGshAwC6IQMACSIDAFgiAwCnIgMA5+gEAECKAACi2AAAUnwCALaYAgAFmQIAA/EAAFLxAACh8QAA8PEAAD/yAACO8gAA3fIAALrlAQCGvQUAhr0FAJVDAABFDQAAo0oCABZVBACK+gkA74gLAKvRAQD60QEAlgQCAF58BwASBQEAq9EBACmNAQD65AAAZ5gCAC6bAgAZpQAAaKUAALelAAAGpgAAVaYAAKSmAADH4gkAFuMJAGXjCQC04wkAaaUHAFtSCQCqUgkAq9EBAIa9BQCXyAcAlUMAAKvRAQCGvQUAGyQAAKvRAQCn7AkAi3kCANp5AgAxYwEAOlwCADd+AAC65QEA2G8BACYHDAC65QEANVEFAIRRBQDTUQUAIlIFAHFSBQD8pQkAq9EBAEC5CgB+1woAazoKAEC5CgA3fgAAWb0GAF8kAgCr0QEAQLkKADZkCwAs5gkAq9EBAIa9BQAbJAAAq9EBAEC5CgCc7AsAM0QAAIJEAADRRAAA8YkAAO5iBgCr0QEAuuUBADVRBQCEUQUA01EFACJSBQBxUgUA2G8BADd+AAAZkgEAo0oCAMvdBADKpAAARQ0AAGQcAAA3fgAAHDQCAMqkAAAWugcA8vsBAJHDCwDgwwsAADwBAE88AQCePAEA7TwBADw9AQCLPQEARQ0AAPL7AQC9yQsADMoLAOdwAgDNIAMAHCEDAGshAwC6IQMACSIDAFgiAwCnIgMA5+gEAECKAACi2AAAUnwCAAAAAABPAAAAORYHAIhoCwBFDQAAZBwAADd+AAAcNAIAyqQAABa6BwBPAAAAKPUBAPL7AQCRwwsA4MMLAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAEUNAADy+wEAvckLAAzKCwDncAIAzSADABwhAwBrIQMAuiEDAAkiAwBYIgMApyIDAOfoBABAigAAotgAAFJ8AgBnmAIAlUMAABZVBACK+gkA8zECAEUNAABPAAAA9SsIAJYEAgCVQwAAZ5gCAJVDAAAWVQQAivoJAPMxAgBFDQAATwAAAPUrCACWBAIAlUMAAGeYAgBrEQgAQIoAAKLYAABSfAIA2G8BAJyXAwCLeQIAMWMBAIBjAQDH3AEAyqQAALCjAQDncAIAzSADABwhAwBrIQMAuiEDAAkiAwBYIgMApyIDAAJyCABkHAAAsxwAAKLYAABSfAIAsPIBAP/yAQAWVQQAivoJAPMxAgBFDQAATwAAAPUrCACWBAIAlUMAAPL7AQC9yQsADMoLAOdwAgDNIAMAHCEDAGshAwC6IQMACSIDAFgiAwCnIgMA5+gEAECKAACi2AAAUnwCACOhDAByoQwAIngDAHF4AwDAeAMAD3kDAF55AwCteQMA/HkDAEt6AwCaegMArCAJAECKAACi2AAAUnwCAD99AgC6gwIAPw4MAI4ODADdDgwALA8MAHsPDADKDwwAGRAMAGgQDADAAwUADwQFAF4EBQCtBAUA/AQFAEsFBQCaBQUAZ5gCAC6bAgDTdwMAIngDAHF4AwDAeAMAD3kDAF55AwCteQMA/HkDAEt6AwCaegMARSMDAMvdBAAa3gQAad4EALjeBAAH3wQAVt8EAHFoCAC9YQQAuoMCAD8ODACODgwA3Q4MACwPDAB7DwwAyg8MABkQDABoEAwALpsCANN3AwAieAMAcXgDAMB4AwAPeQMAXnkDAJVDAADL3QQAGt4EAGneBAC43gQAB98EAFbfBACl3wQA9N8EAEPgBACS4AQAHqACAPGJAACpxwAAyqQAALCjAQDncAIAzSADABwhAwBrIQMAuiEDAAkiAwBYIgMApyIDAOfoBABAigAAotgAAFJ8AgB1tQcA1hYAAHzgCADL4AgAN34AAIt5AgDaeQIAMWMBADpcAgA3fgAAuuUBANhvAQAmBwwA8YkAALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQBFDQAAs2sAAIt5AgDaeQIAMWMBADpcAgA3fgAAuuUBANhvAQAmBwwA8YkAALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQAeoAIAbaACABCfCACn7AkAWb0GAJyXAwCLeQIA9/kHAA2ICQBciAkAfOAIAMvgCABFDQAAq9EBAPrRAQBC6QkAkekJAODpCQAv6gkAnVsJAOxbCQA7XAkALOYJAIa9BQCXyAcAlgQCAKvRAQC9YQQAGaUAAAGFAABFDQAAo0oCADrXCACr0QEADYgJAFyICQB84AgAy+AIAKfsCQCLeQIA2nkCADFjAQA6XAIAN34AALrlAQDYbwEAhr0FAMqkAADKpAAAqzYFAPo2BQBJNwUAmDcFAJZ8BACr0QEAqccAABa6BwAxYwEAOlwCACYHDACsIAkARQ0AAKNKAgDySgIAuuUBANhvAQCclwMAHj4DAG7pAQAxYwEAgGMBAMfcAQCr0QEAp+wJACckBQC9YQQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQA5mMEAFgiAwCnIgMA9iIDAEUjAwCUIwMA4yMDADIkAwD+RwMATUgDADRXBgCDVwYA0lcGACFYBgBwWAYAv1gGAEC5CgDKpAAATwAAAAAAAAAxYwEATwAAAKvRAQC9YQQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQA5mMEAFgiAwCnIgMA9iIDAEUjAwCUIwMA4yMDAEC5CgCc7AsAM0QAAMfiCQC1GQoARQ0AAKNKAgBAuQoAy90EABreBABp3gQAuN4EAAffBABW3wQAcWgIAMBoCAAPaQgANtMBADFjAQCWBAIAOg0CAIa9BQDVvQUAJL4FAHO+BQCr0QEAQLkKAMqkAABPAAAAq9EBAL1hBAAMYgQAW2IEAKpiBAD5YgQASGMEAJdjBADmYwQAWCIDAKciAwD2IgMAqccAADFjAQBExwQA5EMAAKvRAQDH4gkAtRkKAEUNAACjSgIAq9EBAO5iBgA9YwYA74gLAJVDAADL3QQAi3kCAPf5BwDbFwoAZBwAALMcAAACHQAAUR0AAKAdAADvHQAAixcDANoXAwApGAMAAYUAAFCFAAAD8QAAi3kCANp5AgAxYwEAOlwCADd+AAC65QEA2G8BACYHDACGvQUAlgQCAKvRAQAm3gkAcSwHAPGJAABFDQAAq9EBAA2ICQBciAkAq4gJAPqICQAy6AEAi2wLACQQCgAePgMA7mIGAEUNAACr0QEA2xcKAGQcAACzHAAAAh0AAFEdAACgHQAA7x0AAIsXAwDaFwMAKRgDAAGFAABQhQAAA/EAAIt5AgDaeQIAMWMBADpcAgA3fgAAuuUBANhvAQAmBwwAhr0FAJYEAgCr0QEAJt4JAHEsBwDxiQAARQ0AAKvRAQANiAkAXIgJAKuICQD6iAkAMugBAItsCwAkEAoAHj4DAKvRAQDbFwoAZBwAALMcAAACHQAAUR0AAKAdAADvHQAAixcDANoXAwApGAMAAYUAAFCFAAAD8QAAi3kCANp5AgAxYwEAOlwCADd+AAC65QEA2G8BACYHDACGvQUAlgQCAKvRAQAm3gkAcSwHAPGJAABFDQAAq9EBAA2ICQBciAkAq4gJAPqICQAy6AEAi2wLACQQCgAePgMAAAAAADd+AABZvQYAqL0GAJyXAwBnmAIAlgQCAIsKDACAYwEAx9wBAN6QCABAigAAotgAAFJ8AgAeoAIAbaACABCfCABfnwgAZBwAALMcAAACHQAAUR0AAKAdAADvHQAAp+wJAIt5AgDaeQIAMWMBADpcAgA3fgAAuuUBANhvAQDxiQAAEgUBAMqkAAC6gwIAhn4AABa6BwCTtwkARQ0AAGQcAACzHAAAAh0AAFEdAACgHQAAOg0CAECKAACi2AAAUnwCAOacAQBFDQAAZ5gCAOG3AgDXoQgAJqIIAHWiCADEoggAE6MIAGKjCAAVmgoALpsCANN3AwAieAMAcXgDAMB4AwAPeQMAXnkDAGoXCQC5FwkAy90EABreBABp3gQAuN4EAAffBABW3wQAcWgIAEC5CgB+1woA7mIGAPGJAACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEA9Z0CAJzsCwAzRAAAKlQLAHlUCwCdWwkAFpQJAGWUCQANiAkAXIgJACUXAACn7AkAi3kCANp5AgAxYwEAOlwCADd+AAC65QEA2G8BACYHDAC9YQQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQA5mMEAFgiAwCnIgMA9iIDAKfsCQAXEwIA0qkKAJzsCwAxYwEAHj4DAG0+AwASBQEAYQUBABIFAQDObAYAhxYAANhvAQCclwMA65cDAO0DBADKpAAA8vsBAL3JCwAMygsA53ACAM0gAwAcIQMAayEDALohAwAJIgMAWCIDAKciAwDn6AQAQIoAAKLYAABSfAIAQdwLAGQcAACzHAAAAh0AAFEdAACgHQAA7mIGAPGJAAA3fgAASD0GAGeYAgBxLAcAqccAAIcWAABnmAIAFroHALUZCgBFDQAAo0oCANhvAQAncAEA1OwIACPtCABy7QgAwe0IADkWBwCIFgcAotgAAFJ8AgASBQEAdGkEABw0AgBfJAIAriQCAO5iBgCr0QEAJt4JAPGJAAA3fgAAx+IJABbjCQBl4wkAtOMJAAPkCQBS5AkAoeQJAPDkCQCdlwoANmQLAO5iBgCr0QEAnVsJABaUCQBllAkAfuoJAHXeCQAePgMAs2sAALrlAQDYbwEAJgcMAO5iBgCr0QEAAYUAAFCFAACVQwAAy90EADpcAgCr0QEAQLkKAMvdBAAa3gQAad4EAO5iBgCr0QEAaaUHALilBwCVQwAAFlUEABa6BwC1GQoARQ0AAKNKAgDySgIAi3kCANp5AgAxYwEAOlwCADd+AAC65QEA2G8BAMqkAAAAAAAA2G8BAGeYAgAeoAIAbaACABCfCADH4gkAtRkKAEUNAACjSgIARQ0AAKvRAQCn7AkAi3kCANp5AgAxYwEAOlwCADd+AAC65QEA2G8BACYHDACdWwkA7FsJADtcCQD1ZwkARGgJAJNoCQDn2AkA9SsIAEQsCAC2mAIABZkCAAPxAABS8QAAofEAAPDxAAA/8gAAjvIAAN3yAACaGAQAlgQCADoNAgA3fgAAFxMCADrXCADbFwoAZBwAAEUNAAC0jgEAcGgBAIa9BQDYbwEA2G8BAKvRAQDH4gkAtRkKAEUNAACjSgIA+uQAAL3vCQAAtAMAQLkKABZVBABlVQQA8YkAAO5iBgCr0QEA+tEBAELpCQCWBAIAq9EBAAAAAAABhQAA8YkAAECKAAAs5gkAq9EBAPrRAQBJ0gEAmNIBAOfSAQCHFgAA1hYAAHzgCADL4AgARQ0AABskAAB+lQEAzZUBAByWAQDxiQAAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAC6bAgDTdwMAMIIJAH+CCQDOggkAHYMJAGyDCQC7gwkACoQJAFmECQBppQcAuKUHADd+AACGfgAAFroHAKvRAQCn7AkANmQLACzmCQCr0QEAvWEEAAxiBABbYgQA2J4LACefCwCGfgAAlpIHAKvRAQDn2AkA9SsIADFjAQCAYwEAFxMCAEUNAABnmAIAHqACAG2gAgAQnwgAX58IAGQcAACzHAAAAh0AAFEdAACgHQAAZAwFAKvRAQCn7AkAi3kCANp5AgAxYwEAOlwCADd+AAC65QEA2G8BACYHDAD60QEAQukJAJYEAgCr0QEAvWEEAAxiBABbYgQAqmIEAPliBABIYwQAl2MEAOZjBABYIgMARQ0AAGQcAACzHAAAAh0AAFEdAACgHQAAZAwFALMMBQCzHAAAotgAAFJ8AgBkHAAAsxwAAKLYAABSfAIAI6EMAHKhDAAieAMAcXgDAMB4AwAPeQMAXnkDAK15AwD8eQMAS3oDALDyAQCWBAIAOg0CAIkNAgCrAAwARQ0AAGQcAAC6OgoA7hACALrVBgAJ1gYAq9EBANsXCgBkHAAAsxwAAAIdAABRHQAAyqQAAF8kAgAWugcAtRkKAJfIBwBFDQAAZBwAALDyAQDuYgYAlgQCAIsKDACLeQIA9/kHAEb6BwDy+wEAkcMLAECKAACi2AAAUnwCALLGCQDy+wEAhxYAAPGJAACVQwAAqccAAIa9BQCWBAIAXyQCAK4kAgBAigAAotgAAFJ8AgAjoQwAcqEMAOB0CwAvdQsAfnULAAAAAAAAAAAA8YkAALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQBnmAIALpsCANN3AwAieAMAcXgDAMB4AwAPeQMAXnkDAK15AwD8eQMAS3oDAJp6AwDpegMAOHsDAId7AwDWewMAJXwDAHR8AwBAuQoAnOwLADNEAACsIAkA+yAJAO5iBgBPAAAA9SsIADFjAQCAYwEAlUMAAKvRAQABhQAAlgQCANhvAQBnmAIApAgAABa6BwBlugcAtLoHAL1hBAAMYgQAW2IEAKpiBAD5YgQASGMEAJdjBABqFwkAuRcJAAgYCQBAuQoAnOwLADNEAADr+QIAcSwHAMAsBwAPLQcAXi0HAK0tBwDHagcAJt4JAD1jBgDxiQAAEgUBAGEFAQDr+QIAcSwHAMAsBwAPLQcAXi0HAK0tBwDHagcAJt4JAD1jBgDxiQAAEgUBAGEFAQCwBQEAq9EBAGmlBwBbUgkAqlIJAIcWAAAS3wIAgGMBAMfcAQDxiQAAQIoAABIFAQDngwEAHj4DALSOAQBwaAEAhr0FAHW1BwCr0QEAJt4JAPGJAACHFgAAEt8CAPGJAADuYgYAq9EBAKnHAAAWugcAMWMBADpcAgAmBwwAQLkKABZVBAAs5gkAMWMBAIBjAQDH3AEAq9EBAEC5CgB+1woAazoKAL1hBAAMYgQAW2IEAKpiBAD5YgQASGMEAJdjBABqFwkAuRcJAAgYCQBAuQoAnOwLADNEAADr+QIAcSwHAMAsBwAPLQcAXi0HAK0tBwDHagcAJt4JAD1jBgDxiQAAEgUBAGEFAQAm3gkAai0MALktDAAILgwAVy4MAKYuDAD1LgwAvWEEAAxiBABbYgQAqmIEAPliBABIYwQAl2MEAE38BgCGvQUAyqQAAF8kAgCuJAIAQIoAADoNAgCxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAunADAD/lCQCO5QkA3eUJAFdUCgAWugcAMWMBADpcAgAmBwwA+tEBAGokAACVQwAAyqQAABa6BwAxYwEAgGMBAMfcAQCr0QEA2xcKAGQcAACzHAAAAh0AAFEdAACgHQAA7x0AAKfsCQDviAsAMWMBAKvRAQCLeQIA9/kHAEb6BwD8pQkAcGgBAIa9BQAxYwEAOlwCACYHDACHFgAA1hYAAEMsAQAbJAAAQukJAJHpCQDg6QkAL+oJANp/CgBAigAAotgAAFJ8AgApjQEAO9EHAIrRBwDZ0QcAKNIHAHfSBwDG0gcAAAAAAJqNAgDpjQIADYgJAFyICQAlFwAAxD0FABM+BQAz6AgAgugIANHoCAD60QEAQTsHAJA7BwDfOwcAhr0FAJYEAgCr0QEAJt4JAHXeCQCWBAIAOg0CAD5HAgCVQwAAbQICAJYEAgCsIAkA+yAJAEohCQCZIQkA6CEJAAAAAACLeQIA2nkCABw0AgAAAAAAlgQCAFtSCQCqUgkAAAAAAO5iBgBxLAcAwCwHAA8tBwBeLQcArS0HAGlWBwC4VgcAB1cHAFZXBwDKpAAAXyQCAK4kAgCVQwAAhxYAANYWAABDLAEAGyQAAELpCQCR6QkA4OkJAC/qCQDafwoAQIoAAKLYAABSfAIA8vsBAEHcCwCUDQAAeVEHAEmJCQBBOwcAHNgKAIgmAgCr0QEAp+wJACckBQCLeQIA2nkCACl6AgCclwMA7mIGAKvRAQAm3gkAcSwHAMAsBwAPLQcAXi0HAK0tBwDHagcArCAJAPsgCQCLeQIAMWMBAJYEAgBefAcAdbUHABIFAQDObAYAhxYAAKnHAACGvQUAlgQCAF8kAgBXtgkAgGMBAMfcAQCr0QEAvWEEAAxiBABbYgQA2J4LACefCwB2nwsAxZ8LABSgCwBjoAsAq9EBAGmlBwBbUgkAqlIJAPlSCQBIUwkAl1MJAOZTCQDbFwoAJTMLABZVBACK+gkAFxMCADrXCADH3AEAq9EBAJ1bCQAWlAkAZZQJAKwgCQAxYwEARMcEAORDAAAzRAAAKlQLAKvRAQANiAkAXIgJAKuICQD6iAkAaaUHAFtSCQCqUgkAhxYAABLfAgCAYwEAx9wBAKvRAQCGvQUAlgQCAKvRAQASBQEA54MBAB4+AwBdLQAAsKMBAOdwAgAbJAAAQTsHAMfcAQABhQAAlgQCADoNAgCWBAIAOg0CADd+AAAXEwIAOtcIACbeCQBxLAcAwCwHAA8tBwBeLQcArS0HAMdqBwDn2AkAqC8BAPcvAQCLeQIAMWMBAO5iBgDxiQAAhr0FAIa9BQCVQwAA2G8BACYHDABFDQAAtI4BAKvRAQAm3gkAcSwHAMAsBwAPLQcAXi0HAK0tBwDHagcADYgJAFyICQCriAkA+ogJAEmJCQCYiQkA54kJADaKCQAm3gkAcSwHAMAsBwAPLQcAXi0HAK0tBwDHagcArCAJAPsgCQDuYgYATwAAAPUrCAAxYwEAgGMBABhfBQBnXwUAtl8FAAVgBQBUYAUAo2AFAPJgBQBBYQUAkGEFAN9hBQAxYwEAN34AAFm9BgCr0QEAQLkKAMqkAABPAAAAZ5gCAKFvCwCr0QEAIxYLANjtCwC9YQQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQA+uQAAAAAAAAAtAMAqF4LAELpCQCWBAIAlUMAAMvdBACLeQIA9/kHABuyBQAs5gkAq9EBAGmlBwC4pQcAB6YHAFamBwClpgcA9KYHAKvRAQCdWwkALpsCANN3AwAieAMAcXgDAMB4AwAPeQMAXnkDAK15AwD8eQMAS3oDAJp6AwDpegMAOHsDAId7AwDWewMAJXwDAHR8AwC6cAMAGF8FAGdfBQC2XwUABWAFAFRgBQCjYAUA8mAFAEFhBQCQYQUA32EFAB6gAgBtoAIAyfwFACMWCwDxiQAAsTsBACQQCgAePgMAo0oCAMvdBACAYwEAx9wBAKvRAQAm3gkAcSwHABIFAQB0aQQAMWMBAJYEAgA6DQIAiQ0CAKsADABFDQAAZBwAACmNAQCVQwAAyqQAAE8AAABnmAIAAAAAANhvAQBFDQAAZ5gCAAAAAAABhQAAUIUAABLfAgBTxQEAZ5gCAAAAAAC65QEA2G8BACYHDABAuQoAftcKAGs6CgC9YQQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQAahcJALkXCQAIGAkAQLkKAMqkAABPAAAAZ5gCAAAAAADYbwEARQ0AAGeYAgAAAAAA2xcKALSOAQADjwEAZ5gCAAAAAACHFgAAhxYAAPGJAAAYXwUAlUMAAMvdBACGvQUAdbUHAKvRAQBppQcAuKUHAAemBwBWpgcApaYHAPSmBwAAAAAAlUMAAJVDAABPAAAAyqQAALCjAQDncAIAzSADABwhAwBrIQMAuiEDAAkiAwBYIgMApyIDAPxsDAD1KwgARCwIAJMsCAD65AAAgCoEALUZCgBFDQAAo0oCAOuwCgBppQcAuKUHADd+AACGfgAAFroHAKvRAQAm3gkAPWMGAM6rCwAdrAsAuuUBADd+AAAZkgEAZBwAANsXCgBkHAAAsxwAAAIdAABRHQAAoB0AAO8dAACn7AkAFxMCAAGFAADYbwEA7mIGAKvRAQANiAkAXIgJAKuICQD6iAkAvWEEAAxiBABbYgQAqmIEAPliBABIYwQAl2MEAGoXCQC5FwkACBgJAJYEAgA6DQIAiQ0CAKsADABFDQAAZBwAAPGJAABAigAAotgAAFJ8AgDxiQAAQIoAAKLYAAAZDQgAaA0IACUXAAAAAAAAAAAAAAAAAACajQIA6Y0CACiTAgAMYgQAW2IEAKpiBAD5YgQASGMEAJdjBADmYwQAWCIDAKciAwD2IgMALmIFAH1iBQDMYgUAG2MFAGpjBQC5YwUAAAAAAAAAAACajQIA6Y0CACiTAgAMYgQAW2IEAKpiBAD5YgQASGMEAJdjBADmYwQAWCIDAKciAwD2IgMALmIFAH1iBQDMYgUAG2MFAGpjBQC5YwUAqccAADFjAQCAYwEA8YkAAECKAACi2AAAUnwCAAAAAAAAAAAAAAAAAAAAAAAAAAAAhxYAAPGJAACVQwAA8vsBAL3JCwAMygsA53ACAM0gAwAcIQMAayEDALohAwBgnAsAr5wLAP6cCwBNnQsAnJ0LAOudCwA6ngsAiZ4LAC6bAgDTdwMAIngDAHF4AwDAeAMAD3kDAF55AwCteQMA/HkDAEt6AwCaegMA6XoDADh7AwCHewMA1nsDACV8AwB0fAMA+uQAAIa9BQBFDQAAq9EBAKwgCQBAigAAotgAAFJ8AgAAAAAAAAAAAAAAAAA61wgAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BANo9AQApPgEAAAAAAAAAAAAAAAAAsTsBACQQCgCGvQUAdbUHAKvRAQBppQcAuKUHAAemBwBWpgcApaYHAAAAAADxiQAAQIoAALrlAQAxYwEAgGMBAIgmAgBqLQwAUIUAAMfcAQBFDQAAs2sAACi5AAAbJAAAuuUBADd+AAAouQAAq9EBAKfsCQC65QEAx9wBAN6QCAAbsgUAJgcMABa6BwCHFgAA8YkAALE7AQAkEAoAAAAAAIcWAACr0QEAaaUHALilBwAWugcAAYUAAEUNAACzawAASD0GAEUNAAC0jgEAcGgBAIa9BQB1tQcA8YkAAGmlBwCLCgwAUUwKAEE7BwABhQAAlUMAADd+AAAXEwIAAAAAAIa9BQCr0QEAaaUHALilBwA+RwIAjUcCAEUNAACzawAASD0GAIcWAADWFgAAZ5gCAGsRCAC6EQgACRIIAFgSCACnEggA9hIIAEUTCACUEwgA4xMIADIUCACBFAgA8YkAABhfBQBnXwUAtl8FAAVgBQBUYAUAo2AFAPJgBQBBYQUAkGEFAN9hBQD60QEASdIBAJjSAQDn0gEAa5YBAC6bAgDTdwMAIngDAHF4AwDAeAMAD3kDAF55AwCteQMA/HkDAEt6AwCaegMA6XoDADh7AwCHewMA1nsDACV8AwB0fAMATfwGAB6gAgBtoAIAEJ8IAF+fCACunwgA/Z8IAEygCACboAgA+tEBAEE7BwCQOwcA3zsHAIa9BQCWBAIAq9EBACbeCQB13gkAlgQCADoNAgA+RwIAlUMAAG0CAgCWBAIAnPwGAOv8BgA6/QYAif0GANj9BgAn/gYAdv4GAMX+BgAU/wYAY/8GALL/BgABAAcAUAAHAJ8ABwDuAAcAPQEHAIwBBwCIFgcA5QQCABcTAgDL3QQAhr0FAHW1BwDuEAIAWb0GACYHDABAigAAotgAAFJ8AgCGvQUAhr0FANhvAQCr0QEAQLkKAMvdBAAa3gQAad4EAO5iBgCr0QEAhr0FAJfIBwCVQwAAq9EBAKnHAAAWugcAMWMBADpcAgAmBwwAqccAAIfwAQAxYwEARMcEAMvdBACAYwEAx9wBAKvRAQD60QEAQukJAJYEAgCr0QEAp+wJADZkCwCFZAsAhr0FANW9BQAkvgUAc74FAKvRAQC9YQQADGIEAFtiBACqYgQA+WIEAEhjBACXYwQA5mMEAFgiAwCdWwkAFpQJAGWUCQANiAkAXIgJAKuICQD6iAkAp+wJAIt5AgDaeQIAMWMBADpcAgA3fgAAuuUBANhvAQAmBwwAJfEBAHTxAQBppQcAuKUHAAAAAAABhQAA8YkAAEUNAACjSgIAq9EBAEC5CgDL3QQAGt4EAGneBADuYgYAq9EBAIa9BQCXyAcAlUMAAKvRAQCn7AkAGyQAAJVDAAA61wgAg7wJAIcWAADxiQAAsTsBAGeYAgD1nQIAy90EABreBABp3gQAuN4EAAffBABW3wQAcWgIAKfsCQCGfgAAAAAAAAGFAAAxYwEAlgQCAIsKDACAYwEAx9wBAKvRAQCn7AkAJyQFAL1hBAAMYgQAW2IEAKpiBAD5YgQASGMEAJdjBADmYwQAWCIDACYHDABAigAAotgAAFJ8AgCBZgwAy90EABreBABp3gQAuN4EAAffBABW3wQAZVgIALRYCAADWQgAUlkIAKFZCADwWQgAP1oIAI5aCADdWggALFsIAHtbCAD65AAAqccAAIfwAQAxYwEARMcEAAPeAQCWBAIAOg0CADd+AAAXEwIAOtcIAIZ+AAAAAAAAAYUAADFjAQCWBAIAOg0CAOacAQDuYgYAuuUBAMqkAACr0QEAvWEEAAxiBABbYgQAqmIEAPliBABIYwQAl2MEAOZjBABYIgMAhr0FALrlAQCVQwAAN34AADFjAQCAYwEAq9EBAOacAQDuYgYAuuUBAMqkAACr0QEAvWEEAAxiBABbYgQAqmIEAPliBABIYwQAl2MEAOZjBABYIgMAq9EBAKwgCQCLbAsAADwBAE88AQD0HgoAQx8KAJIfCgDhHwoAMCAKAKnHAAAWugcAk7cJAIcWAACr0QEAQLkKABZVBAAs5gkAMWMBAIBjAQDH3AEAq9EBAEC5CgB+1woAazoKAL1hBAAMYgQAW2IEAKpiBAD5YgQASGMEAEUNAACr0QEAvWEEAAxiBAAwggkAf4IJAM6CCQAdgwkAbIMJALuDCQAKhAkAWYQJAKiECQD3hAkAp+wJAIZ+AAAAAAAAAYUAADFjAQCWBAIAOg0CAJZ8BACr0QEA+tEBAJYEAgBefAcAEgUBAKvRAQBAuQoAnOwLADNEAAABhQAAUIUAAIt/CgDafwoAQIoAANhvAQAs5gkAMWMBAIBjAQDH3AEAq9EBACbeCQA9YwYAzqsLAB2sCwC65QEAN34AABmSAQBkHAAAp+wJAIZ+AAAAAAAAAYUAADFjAQCWBAIAOg0CAKfsCQAnJAUAaaUHALilBwBFDQAAlA0AAJfIBwCWBAIAyqQAAPGJAAD60QEAlgQCAF58BwASBQEAq9EBAJ1bCQBExwQARQ0AAKvRAQDn2AkAqC8BAIsKDACskgMAdGkEABw0AgAs5gkAq9EBAPrRAQBJ0gEAhn4AAJaSBwBtAgIAlgQCACzmCQCr0QEAhr0FAJYEAgCr0QEA2xcKAJQNAACXyAcAlgQCAMqkAADxiQAAlUMAADd+AABIPQYA7mIGAJYEAgCLCgwAgGMBABskAABC6QkAq9EBAKwgCQD7IAkASiEJAEMsAQAbJAAAQukJAJHpCQDg6QkAL+oJADd+AAAxYwEAsPIBADd+AABkmgoAN9MIAIbTCACAYwEAUjMKABZVBACK+gkA8zECAEUNAADYbwEAN34AABcTAgA61wgAx+IJALUZCgBFDQAAo0oCAKvRAQANiAkA7hACAD0RAgCMEQIAJRcAAMQ9BQATPgUAM+gIAILoCADR6AgAIOkIAG/pCAC+6QgAZBwAALMcAAACHQAAUR0AAKAdAADvHQAAEgUBAOeDAQAePgMAuuUBAAx7CwAWugcAN34AAIt5AgAxYwEAgGMBAI+5CgCJ1wgA2NcIACfYCAB22AgAxdgIABTZCABj2QgAstkIAAHaCABQ2ggAn9oIAO7aCAA92wgAdd4JAC6LBwB9iwcAzIsHAAGFAADuYgYAaaUHALilBwA3fgAASD0GAKvRAQABhQAA7mIGAAAAAACGvQUAq9EBAEC5CgDL3QQAGt4EAGneBAC43gQAB98EABa6BwBPAAAAsPIBAIcWAADxiQAAlUMAAKnHAACGvQUAlgQCAF8kAgCw8gEAx9wBAN6QCAAtkQgAfJEIAMuRCAAakggAaZIIADoNAgBFDQAAtI4BAGQcAABFDQAAZ5gCAMfcAQDekAgALZEIAHyRCADLkQgAGpIIAGmSCAC4kggAB5MIAFaTCAClkwgA9JMIAPrRAQBC6QkAlgQCAIa9BQCWBAIAq9EBANsXCgBkHAAAsxwAAAIdAAAxYwEAyqQAAPGJAAANiAkAXIgJAKuICQD6iAkAXyQCAGxHCADWFgAAqccAABa6BwC1GQoARQ0AAKNKAgA61wgAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAGI+BQCxPgUAAD8FAE8/BQCePwUA7T8FAKfsCQBIPQYA7mIGAJYEAgA6DQIARQ0AALSOAQCr0QEA+tEBAELpCQCR6QkA4OkJANW9BQAkvgUAc74FAKvRAQBAuQoAyqQAAE8AAACr0QEAvWEEAAxiBABbYgQAqmIEAPliBABIYwQAl2MEAOZjBABYIgMApyIDAPYiAwBFIwMAlCMDADd+AAAxYwEA8YkAAECKAACi2AAAUnwCACmNAQA70QcAitEHANnRBwAo0gcAd9IHAMbSBwDxiQAAEgUBAE8AAAD1KwgAlgQCAOUEAgAcNAIALOYJAKvRAQD60QEASdIBAJjSAQABxwkAUMcJAJ1bCQDsWwkAO1wJAA2ICQDuEAIAPRECAIwRAgBppQcAuKUHAEUNAACUDQAA2G8BAAGFAACVQwAAy90EAIa9BQDuYgYA8YkAAIcWAADuEAIAPRECAIwRAgANiAkAXIgJAJYEAgCr0QEA2xcKAGQcAACzHAAAAh0AAIcWAADuEAIAPRECAIwRAgDn2AkAqC8BAPcvAQCLeQIAMWMBAO5iBgDxiQAAyqQAABa6BwCr0QEAx+IJALUZCgBFDQAAo0oCAKvRAQCdWwkAFpQJAGWUCQBfJAIAbEcIANYWAACpxwAAhr0FACH5CgABhQAATwAAAKvRAQD60QEASdIBAJjSAQABxwkAUMcJAOfSAQAS3wIAhr0FAPL7AQC9yQsAFroHADd+AAA2ZAsAhxYAAPGJAAAbsgUARQ0AAPL7AQB31QsAxtULAJYEAgA6DQIARQ0AAJQNAADYbwEAi3kCAPf5BwDuYgYAPWMGAEg9BgDuYgYAlgQCADoNAgBFDQAAtI4BAGQcAACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAZ5gCAB6gAgDuEAIAPRECAIwRAgDsvQgAO74IAIq+CADZvggAKL8IAHe/CADGvwgAFcAIAGTACACzwAgAAsEIAFHBCACgwQgA78EIAD7CCACNwggA3MIIACvDCACr0QEA+uQAAL3vCQCUDQAAeVEHAMhRBwAXUgcAZlIHAI/yBwBxBgkAwAYJAA8HCQCDvAkAotgAAFJ8AgCsIAkARQ0AAKNKAgDySgIAuuUBANhvAQCclwMAHj4DAG7pAQCr0QEAp+wJACckBQANiAkA8YkAAKnHAACr0QEAvWEEAAxiBABbYgQAqmIEAPliBABIYwQAl2MEAOZjBABYIgMAZ5gCACmNAQA70QcAitEHANnRBwAo0gcAd9IHAMbSBwAV0wcAZNMHAN/ZBwAAAAAAAAAAAAAAAABa4AcAqeAHAPjgBwBH4QcAluEHAOXhBwA04gcAg+IHAAAAAAAAAAAA0uIHACHjBwBw4wcAlo8DAO2OBQA8jwUA+tEBAELpCQCR6QkA4OkJAGeYAgC6cAMACXEDAAeWDABWlgwApZYMAPSWDAA3fgAAuuUBANhvAQAmBwwA+tEBAEE7BwCQOwcA3zsHAA2ICQBciAkAq4gJAPqICQBJiQkAmIkJAOeJCQA2igkA8YkAAIcWAADWFgAA8YkAAIcWAACHFgAA1hYAAPGJAACHFgAAlUMAAGeYAgAeoAIAbaACABCfCABfnwgArp8IAP2fCABMoAgAm6AIAPrRAQBBOwcAkDsHAN87BwCGvQUAlgQCAKvRAQAm3gkAdd4JAJYEAgA6DQIAPkcCAJVDAABtAgIAlgQCACzmCQCr0QEAIxYLAGeYAgAAAAAAq9EBALrlAQAJ5gEAGyQAABskAABqJAAAQIoAAIsKDACAYwEAx9wBAKvRAQBAuQoAy90EABreBABp3gQA7mIGAKvRAQCGvQUAl8gHAJVDAACr0QEAp+wJABskAACVQwAAOtcIAIO8CQDuYgYAai0MANhvAQAmBwwAhxYAANYWAABDLAEAGyQAAELpCQCR6QkA4OkJAC/qCQDafwoAQIoAAKLYAABSfAIAHqACAG2gAgAQnwgAEgUBAGEFAQC7NAkACjUJAFk1CQCoNQkADYgJAO4QAgA9EQIAjBECAO5iBgAeoAIAbaACABCfCAASBQEAYQUBALs0CQAKNQkAWTUJAKg1CQANiAkA7hACAD0RAgCMEQIA7mIGABIFAQBhBQEAuzQJAAo1CQBZNQkAqDUJAOfYCQA22QkAhn4AAF8kAgBQdQUAZJoKAN6QCADYbwEAJ3ABAJUKAwDkCgMAq9EBAAGFAACWBAIA2G8BAGmlBwC4pQcARQ0AAJQNAADYbwEAi3kCAPf5BwCdWwkArJIDAPuSAwBKkwMAmZMDAOiTAwCr0QEArCAJAPsgCQCVQwAAFlUEACzmCQCr0QEA+tEBAELpCQCWBAIAq9EBAOfYCQA22QkAhn4AAF8kAgBQdQUAZJoKAN6QCAABhQAAUIUAAJVDAADL3QQAGt4EAGneBADxiQAAQIoAAKLYAABSfAIA2G8BACdwAQCVCgMA5AoDAKvRAQDbFwoAKhgKAMqkAAAWugcAq9EBAPrRAQBBOwcAkDsHAN87BwAjFgsAchYLAMfcAQDekAgAEgUBAKvRAQAxYwEAgGMBAKvRAQCn7AkANmQLACzmCQCr0QEAhr0FABskAACr0QEAQLkKAJzsCwAzRAAAgkQAAJQNAACXyAcAlgQCAMqkAADxiQAA2G8BACdwAQDKpAAAuoMCAIWKCQDUigkALOYJAKvRAQCdWwkA7FsJAG9ODAC+TgwADU8MAFxPDACrTwwAJgcMAO5iBgCr0QEAx9wBAN6QCAASBQEAQLkKAJzsCwAzRAAAx9wBAN6QCAASBQEARQ0AAKvRAQCn7AkAi3kCANp5AgAxYwEAOlwCADd+AAC65QEA2G8BACbeCQCWBAIAiwoMAIt5AgD3+QcARvoHAKvRAQD60QEAQukJAJHpCQDg6QkAL+oJAPrRAQBC6QkAlgQCAKvRAQDmnAEA7mIGALrlAQDKpAAAhxYAANYWAABDLAEAGyQAAELpCQCR6QkA4OkJAC/qCQDafwoAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAMqkAAAZpQAAXj0CAK09AgD8PQIA7mIGAPGJAAAbJAAAGyQAAELpCQCR6QkA4OkJAC/qCQDafwoAQIoAAKLYAABSfAIA9uwJAJVDAADL3QQAUUwKAH6VAQCGfgAAlpIHAAGFAACWBAIAQLkKAH7XCgBrOgoA+tEBAEE7BwAc2AoAiCYCAGc2AwC2NgMABTcDAFQ3AwCjNwMA8jcDAEE4AwCQOAMAuuUBAAx7CwBppQcAuKUHAEUNAACUDQAA2G8BAIt5AgD3+QcA7mIGAGeYAgCHFgAA1hYAAEMsAQDj5wEAVxgJAKYYCQD1GAkARBkJAFm9BgCovQYA970GAEC5CgB+1woAazoKAAGFAABQhQAAi38KANp/CgApgAoAeIAKAMeACgAWgQoAZYEKALSBCgD60QEAqwAMAFCFAADLzQkAlUMAAMvdBACGvQUAdbUHAJVDAAA61wgAhxYAAEUNAABwaAEAhr0FAHW1BwAePgMAbT4DAGmlBwC4pQcAAAAAAAGFAAAxYwEAlgQCADoNAgAm3gkAlgQCAIsKDACLeQIA9/kHAKvRAQD65AAAA94BAFLeAQDncAIAzSADABwhAwBrIQMAuiEDAAkiAwBYIgMApyIDAGeYAgBppQcAuKUHAAAAAAABhQAAMWMBAJYEAgA6DQIAlnwEAKvRAQASBQEAYQUBALs0CQAKNQkAWTUJAKg1CQDn2AkAqC8BAPcvAQCLeQIAMWMBAO5iBgDxiQAARQ0AAKvRAQDn2AkANtkJAIZ+AABfJAIAUHUFAGSaCgDekAgARQ0AAE8AAAA5FgcAGF8FABskAAB+lQEAzZUBAByWAQAjFgsARQ0AAKNKAgA61wgAidcIAM5sBgCxOwEAJBAKAGeYAgDH3AEAEgUBAM5sBgCHFgAAlUMAADd+AAAXEwIAy90EAIa9BQB1tQcAq9EBAPrRAQBJ0gEAKLkAANhvAQBFDQAAZBwAADurCQA30wgAuuUBADVRBQAXEwIAN34AAFm9BgCr0QEArCAJAECKAACi2AAAUnwCAFm9BgBnmAIAXyQCAFe2CQCmtgkA9bYJAES3CQAxYwEAOlwCAIlcAgDYXAIA8YkAADd+AADviAsAq9EBAIa9BQCXyAcAlUMAAKvRAQCGvQUAGyQAAKvRAQASBQEAzmwGAB1tBgBhBQEAlgQCAECKAAASBQEA54MBADaEAQDuEAIAutUGADrXCADuYgYAq9EBALrlAQAs5gkAq9EBAKfsCQA2ZAsA1hYAAEMsAQDkQwAAM0QAACpUCwCr0QEA59gJAKgvAQD3LwEAXQ0KAKwNCgD7DQoAx9wBABbdAQCGvQUAIfkKAAHHCQBQxwkARQ0AAPylCQBpfwkAuH8JAKvRAQD60QEASdIBALaxCQAFsgkAVLIJAKOyCQDysgkAQbMJAJCzCQDfswkA59gJADbZCQAcNAIA/KUJAGQcAACsIAkAQIoAAKLYAABSfAIAyqQAALqDAgA/DgwAx9wBABa6BwBlugcAnVsJAOxbCQA7XAkA9WcJAERoCQDr7AsAOg0CADd+AABIPQYAq9EBAAAAAAC70gkAq9EBABa6BwA3fgAANmQLAO5iBgDYbwEAJgcMAO5iBgCsIAkAi2wLAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAPL7AQBnmAIATwAAAJ4AAABGuwIAlbsCAOS7AgCN5QIA3OUCACvmAgB65gIAyeYCAKfsCQAXEwIAp+wJABcTAgAAAAAAOd0JAKvRAQDuYgYA34oHACMDDAByAwwAwQMMABAEDABnmAIAuuUBACzmCQCVQwAAOtcIAC6bAgAWugcAN34AABw0AgAWugcAN34AABmSAQCr0QEA+tEBAEnSAQCY0gEA59IBAECKAACi2AAAUnwCAAAAAACHFgAAlUMAADd+AABTxQEAq9EBAKwgCQBAigAAotgAAFJ8AgCGvQUAl8gHAFCFAACLfwoAJt4JAPGJAACVQwAAOtcIABhfBQCVQwAAOtcIADd+AAAcNAIAOg0CACbeCQDxiQAAlUMAADrXCAAYXwUAlUMAADrXCABFDQAAcGgBAL9oAQAOaQEAXWkBAC60CQB9tAkAq9EBALrlAQAs5gkAq9EBANsXCgBwaAEAv2gBAA5pAQBdaQEATwAAAKgvAQD3LwEAEgUBAOeDAQAePgMAZBwAALMcAAA6DQIA5pwBAHmKBAAYXwUAlUMAAMvdBACGvQUAEgUBAHRpBAAxYwEAgGMBAOUEAgCGfgAA8YkAALrlAQA3fgAAhn4AAF8kAgCr0QEA+uQAABIFAQBhBQEARQ0AAKNKAgCr0QEAaaUHALilBwA+RwIAhEEKAIcWAACVQwAAq9EBAL1hBAC6gwIAhYoJANSKCQAjiwkA2G8BADd+AAAZkgEAo0oCAAC0AwDn2AkAqC8BAPcvAQBdDQoArA0KAPsNCgBKDgoAq9EBAL1hBAAMYgQAdzcLAMY3CwAVOAsAZDgLALM4CwACOQsAq9EBAKnHAAAxYwEARMcEAORDAACr0QEArCAJAItsCwAkEAoAcxAKAJPHBAC9YQQADGIEAOB0CwDKpAAA8YkAAEUNAAC0jgEA8vsBAJHDCwDgwwsAJBAKAHMQCgAxYwEARMcEADrXCADuYgYAq9EBAKnHAAAxYwEARMcEAORDAACr0QEAvWEEAAxiBADgdAsAL3ULAAGFAAC65QEAlUMAADrXCACVIwoA5CMKAMyhCgAbJAAAfpUBAM2VAQAclgEARQ0AAHYUCgDFFAoAFBUKAGMVCgCyFQoAhr0FAIa9BQAh+QoAQLkKAMvdBAAa3gQAad4EAO5iBgCr0QEAhr0FAJfIBwCVQwAAq9EBAJ1bCQDsWwkAhr0FABskAADxiQAA7mIGAPGJAADuYgYAq9EBAEC5CgDL3QQAGt4EAGneBAC43gQAB98EAFbfBABxaAgAVh4KAKUeCgBFDQAAo0oCAEC5CgDL3QQAGt4EAGneBADuYgYAq9EBAIa9BQCXyAcAlUMAAKvRAQCdWwkA7FsJAPWdAgDHpggA3rkKADMkCgCCJAoA0SQKACAlCgBvJQoAviUKAA0mCgBcJgoAqyYKAPomCgDHMQoAFjIKAGUyCgC0MgoA9Z0CAMvdBAAa3gQAad4EALjeBAAH3wQAVt8EAHFoCACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAp+wJABskAACVQwAAOtcIAIO8CQBAuQoAftcKAGs6CgC65QEADHsLAKfsCQA2ZAsAhWQLAJ1bCQDsWwkAb04MAL5ODAANTwwANmQLAMqkAADxiQAAhr0FABskAACr0QEArCAJAECKAACi2AAAUnwCAKvRAQANiAkAXIgJAKuICQD6iAkAMugBAItsCwAkEAoAHj4DAKwgCQCLbAsAJBAKAB4+AwANiAkAXIgJACUXAACsIAkAQIoAAKLYAABSfAIAQIoAAKLYAABSfAIA8YkAADFjAQCLeQIA9/kHAKvRAQABhQAAUIUAAAiwAQBXsAEAprABAPWwAQBEsQEAk7EBAOKxAQAxsgEAl0AKAOZACgA1QQoAq9EBAAGFAABQhQAAqccAAIfwAQDW8AEAOtcIAO5iBgCr0QEArCAJAItsCwAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQAbJAAAaiQAAECKAACi2AAAUnwCAMfcAQAW3QEA7mIGAKvRAQANiAkAXIgJAKuICQD6iAkAMugBAItsCwA20wEAhdMBANTTAQAj1AEAq9EBANsXCgAqGAoAyqQAAMqkAADxiQAARQ0AAKnHAACH8AEAGZIBAKvRAQANiAkAXIgJAKuICQD6iAkAMugBAItsCwA20wEAhdMBANTTAQAj1AEActQBAItsCwAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQAS3wIAAAAAAIcWAAAS3wIAYd8CAEC5CgB+1woAazoKAL1hBAAMYgQAW2IEAKpiBAD5YgQASGMEACbeCQB13gkALosHAIa9BQDVvQUAJL4FAOfYCQAxYwEAgGMBANsXCgAlMwsAdDMLABw0AgBppQcAuKUHADd+AACGfgAAKhgKAMqkAADKpAAA8YkAAPGJAAC65QEADHsLAKfsCQC65QEA2G8BAGmlBwC4pQcAN34AAEg9BgCr0QEA59gJAKgvAQD3LwEAH9wKAG7cCgC93AoADN0KAFvdCgCGvQUAGyQAAKvRAQABhQAAUIUAAIt/CgDafwoAKYAKAHiACgDHgAoAFoEKAA2ICQAayAEA4RkCAMvdBADxiQAARQ0AAKvRAQCGvQUAGyQAAKvRAQABhQAAUIUAAIt/CgDafwoAKYAKAHiACgDHgAoAFoEKAA2ICQAayAEA4RkCAIcWAADWFgAAyfwFAPGJAACVQwAAEQsCAGALAgCvCwIA0PsAAKvRAQCGvQUAuuUBAOacAQB5igQAGF8FAJVDAACr0QEAx+IJABbjCQBl4wkAtOMJAA2ICQBciAkAJRcAAKfsCQAXEwIAZhMCALUTAgAEFAIAUxQCAKIUAgDxFAIA7mIGAPGJAAAbJAAAQTsHABzYCgDxiQAA7mIGAKvRAQASBQEAzmwGAJVDAADkQwAAtRkKAO5iBgCr0QEAJgcMAO5iBgCr0QEAZiwJAIa9BQDVvQUAlUMAAMvdBACGvQUAdbUHAGeYAgABhQAAUIUAAKnHAAD4xwAA5QQCAO+ICwD65AAAecMBAGYsCQC1LAkAhr0FAHW1BwCr0QEAp+wJACckBQBmLAkAhxYAANYWAADJ/AUA8YkAAGYsCQC1LAkAi3kCANp5AgApegIAeHoCAJ1bCQDsWwkAz2MBAIa9BQAh+QoAriQCAKnHAAAxYwEARMcEAORDAAAWVQQAW1IJAJVDAADkQwAALOYJACXxAQB08QEAw/EBABLyAQBh8gEA+tEBAEnSAQBZvQYARQ0AAA2ICQAS3wIAp+wJAG9hCwC+YQsADWILAFxiCwCrYgsAgGMBAMfcAQBnmAIAx9wBAMfcAQCWBAIAOg0CAMfcAQA30wgAFxMCADrXCADxiQAAQIoAAKLYAABSfAIATwAAAOOxCAAysggAlUMAAI+5CgDeuQoAI8cKAHLHCgCpRQsA+EULAEdGCwCWRgsARQ0AAKvRAQD60QEASdIBAJjSAQDn0gEAaaUHALilBwBFDQAAdhQKANhvAQCVQwAAq9EBANsXCgAqGAoAqUULAPhFCwBHRgsAlkYLANsXCgBkHAAAibEKANixCgAnsgoAq9EBAIa9BQBAuQoAj7kKANu1CgAqtgoAebYKAMi2CgAXtwoAZrcKAKvRAQCGvQUA2G8BANhvAQAmBwwAGF8FAJVDAADL3QQAgGMBAO0AAABKSgsARQ0AAKvRAQDrsAoAOrEKAAAAAADrsAoAlUMAAAGFAABPAAAAyqQAABmlAABePQIArT0CAPw9AgASBQEAYQUBALs0CQAKNQkAWTUJAKg1CQA3fgAAHDQCAO5iBgBxLAcAqccAAIcWAADKpAAAGaUAAF49AgCtPQIA/D0CAJVDAAA61wgAlSMKAH1SCgDMUgoAG1MKAGpTCgC5UwoACFQKAGQcAABFDQAAAAAAAAAAAAAAAAAAvWEEAAxiBABbYgQAbL8KALu/CgAKwAoARQ0AAJQNAADYbwEAJgcMAPL7AQDYbwEAJ3ABAHi8CwCAYwEAGyQAAKnHAACH8AEAHDQCAJHDCwBAigAAotgAAFJ8AgDuYgYA8YkAALrlAQAJ5gEAkwACABZVBACK+gkA2foJANsXCgAqGAoAMWMBAETHBAA61wgAlSMKAGeYAgBAuQoAj7kKAN65CgAjxwoAcscKAMHHCgAQyAoAX8gKAPrRAQBJ0gEAmNIBAOfSAQBltwMAtLcDAAO4AwDKSAkAW1IJANxKBgBxLAcAl8gHAJVDAACr0QEAAAAAAPGJAABAigAAotgAAPHYAAAAAAAAAAAAAAAAAAA/0goA+tEBAEE7BwCQOwcA3zsHACmNAQAbJAAAfpUBAM2VAQCajQIAZ5gCAOhKCwA3SwsAhksLANVLCwAkTAsAbQICAO5iBgCAYwEAEt8CAB4+AwBu6QEAk7cJAO5iBgCr0QEAnVsJAOxbCQCVQwAAOtcIAJUjCgDkIwoA1b0FACS+BQBBKAgAlUMAABELAgCGvQUAdbUHAKvRAQDbFwoAZBwAAImxCgDYsQoAJ7IKALDyAQA3fgAAWb0GAKi9BgD3vQYAvWEEALqDAgCFigkA1IoJALrlAQA3fgAAhn4AAAAAAAAAAAAAAAAAALrlAQAMewsAGyQAAELpCQCWBAIAOg0CAKfsCQBZvQYAqL0GAKQIAADzCAAAx+IJALUZCgAEGgoAN34AABskAACVQwAAOtcIAIO8CQCr0QEAp+wJAFm9BgCovQYApAgAAPMIAADH4gkAtRkKAAQaCgCsIAkAN34AAIZ+AAAWugcApAgAAPMIAADH4gkAtRkKAAQaCgCsIAkAN34AAIZ+AAAWugcApAgAAPMIAADH4gkAtRkKAAQaCgCclwMAgGMBAHBoAQCAYwEAORYHAIhoCwDXaAsAJmkLAHVpCwAAAAAA+tEBAEnSAQCY0gEA9fIKAETzCgCr0QEAQLkKAI+5CgDeuQoAzKEKAF8kAgAAAAAAq9EBAEC5CgCPuQoA3rkKAMyhCgDbFwoAKhgKADFjAQBExwQAOtcIAJUjCgDn2AkANtkJABGvCgD60QEASdIBAJjSAQC9YQQAuoMCAAmEAgDKpAAA8YkAABuyBQDYbwEAJgcMAO5iBgDz1QoAQtYKAJHWCgDg1goAL9cKAH7XCgDN1woAJt4JAGotDAC5LQwA5QQCABcTAgDL3QQAhr0FAHW1BwCw8gEAEgUBAEUNAAAAAAAAq9EBAEC5CgCPuQoA3rkKAMyhCgDn2AkANtkJABGvCgD60QEASdIBAJjSAQDbFwoAKhgKADFjAQBExwQAOtcIAJUjCgDy+wEAU8UBAJVDAAABhQAAlgQCADoNAgAjFgsATwAAAJ4AAABGuwIAlbsCAOS7AgAzvAIArCAJAItsCwA20wEAhdMBANTTAQAj1AEActQBAHjcAQCr0QEAaaUHAFtSCQC9YQQADGIEAFtiBAANiAkA7hACAD0RAgAAAAAAIxYLAHIWCwDY7QsA+tEBAEnSAQCY0gEA7KoJAOfYCQA22QkAEa8KAGeYAgAX8wsA89UKAELWCgCR1goAZ5gCAKwgCQAbsgUAarIFAO+ICwBPZQMAZBwAAO5iBgBnmAIAMWMBAIBjAQAbJAAAQukJAFJ8AgCajQIA6Y0CAEC5CgCPuQoA3rkKAMyhCgAbogoAaaUHAFtSCQCqUgkA+tEBAEnSAQCY0gEAAccJAFDHCQBjxgkArCAJAECKAACi2AAAUnwCALLGCQDn0gEAZbcDALS3AwADuAMAXgcJAItsCwAHlgwAVpYMAKWWDAD0lgwA59gJANhvAQAmBwwAN34AABmSAQBkHAAAaaUHALilBwAHpgcA2A0CACMWCwBBrQEAkK0BACmNAQAWugcAk7cJABuyBQCH8AEAHDQCAIcWAAAS3wIAgGMBAMfcAQCajQIA6Y0CAEC5CgCPuQoA3rkKAMyhCgAbogoAaaUHAFtSCQCqUgkAo0oCAPJKAgA2ZAsA7mIGAD1jBgAcNAIA7mIGALDyAQCGvQUAl8gHAPGJAABAigAAotgAAFJ8AgD/owEATqQBANhvAQAmBwwAlUMAADrXCABAuQoAN34AABmSAQDoSgsAMWMBADpcAgDuYgYAq9EBAPrRAQBJ0gEAmNIBAOfSAQDbFwoAKhgKAMqkAADKpAAA8YkAAEUNAAC0jgEAGyQAAKsADACLzgoA2s4KACnPCgB4zwoAx88KACMWCwByFgsAwRYLACUzCwDMPwsAG0ALAGpACwC5QAsAZdAKALTQCgAD0QoAq9EBAKvRAQBnmAIAEgUBABIFAQB0aQQAHDQCACzmCQCr0QEAU8UBAKLFAQDxxQEAQMYBAI/GAQDexgEAhxYAAPGJAACVQwAAt5IBAO5iBgBfJAIAV7YJAE8AAABPAAAAORYHAO5iBgCVQwAAN34AAFm9BgCr0QEAQLkKAI+5CgDeuQoAzKEKAFtSCQCqUgkAq9EBAPrRAQBJ0gEAmNIBAOfSAQDbFwoAKhgKAMqkAADKpAAA8YkAAEUNAAC0jgEAGyQAAKsADABAigAAOg0CAKnHAACH8AEAGZIBAPGJAABAigAAOg0CAEC5CgCPuQoA3rkKAMqkAACwowEA/6MBAE6kAQDYbwEAJgcMAJVDAAA61wgAQLkKAI+5CgDeuQoAp+wJAG9hCwC+YQsADWILAFxiCwCrYgsA+mILAEljCwCYYwsAZ5gCAAAAAAAAAAAA+tEBAEnSAQCY0gEAAccJAFDHCQCsIAkAQIoAAKLYAABSfAIAGZIBAGiSAQC3kgEABpMBAFWTAQCkkwEA85MBAEUNAAAl8QEAhxYAAKvRAQCsIAkAQIoAAKLYAABSfAIABBcGAFMXBgCiFwYA8RcGAEAYBgCPGAYA3hgGAC0ZBgCHFgAA7mIGAN+KBwCAYwEAx9wBAGeYAgCsIAkAi2wLANpsCwApbQsAeG0LAMdtCwBFDQAAsTsBADd+AAD2SwUATwAAANhvAQC65QEAhr0FAJYEAgBfJAIAriQCAPrkAAA4pwkAh6cJANanCQBpfwkAuH8JAGPGCQDxiQAAQIoAAKLYAABSfAIAssYJAJVDAAARCwIAYAsCAK8LAgAVmgoA7mIGAPGJAAAVmgoA0PsAAPGJAABAigAAotgAALDyAQD/8gEATvMBAJ3zAQDs8wEAsPIBABskAAB+lQEAzZUBAGl/CQC4fwkAJfEBACXxAQDxiQAAN34AADZkCwDKpAAAlgQCADoNAgA3fgAAFxMCAMvdBACGvQUAdbUHAPGJAACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAs2sAABcTAgDL3QQAHj4DABskAABBOwcA8YkAAO5iBgDuYgYA8YkAAE8AAAA5FgcAiGgLANdoCwDxiQAAhxYAAMqkAAAs5gkA8YkAALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQBPAAAATwAAANhvAQCclwMAyqQAALqDAgAXEwIAy90EAIa9BQB1tQcAyqQAALCjAQDncAIA2J4LADrXCACxOwEA7ZEJADySCQCxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAhxYAANYWAADJ/AUAlUMAABZVBACK+gkA8zECAEUNAABwaAEA8YkAAIcWAACVQwAAyqQAALCjAQDncAIAzSADABwhAwBrIQMAuiEDAAkiAwBYIgMApyIDAOfoBAA26QQAhekEANTpBAAj6gQAcuoEAMHqBAAQ6wQA8YkAALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQA61wgAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAJVDAAA3fgAAMWMBAIBjAQDxiQAAQIoAANhvAQA3fgAAKLkAAFCFAADLzQkAFroHAJO3CQCxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAnJcDAIBjAQAS3wIARMcEAMvdBAA3fgAAWb0GAJyXAwCxKAIAN34AABcTAgDL3QQAhr0FAHW1BwDxiQAAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BABcTAgA3fgAAN34AAIZ+AADVfgAAJH8AAHN/AADCfwAAlgQCADoNAgBFDQAAlA0AAJfIBwCWBAIAyqQAAPGJAAAbJAAAfpUBAM2VAQBpfwkAuH8JAPGJAACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEAx9wBAN6QCAAtkQgA5pwBAO5iBgC65QEAyqQAAMqkAACwowEA53ACAM0gAwAcIQMAayEDALohAwAJIgMAWCIDAKciAwDn6AQANukEAIXpBADU6QQAI+oEAHLqBADB6gQAEOsEADFjAQA6XAIAiVwCANhcAgAnXQIAdl0CAMVdAgBFDQAAo0oCAPJKAgAXEwIAOtcIAPGJAACxOwEAADwBAE88AQCePAEA7TwBADw9AQCLPQEA2j0BAP3bCQBM3AkA8YkAALE7AQAHlgwAVpYMAKWWDAD0lgwAQ5cMAJKXDADhlwwA8YkAALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQDaPQEA/dsJAEzcCQDKpAAAsKMBAP+jAQBOpAEA2G8BACYHDACVQwAAy90EAIa9BQB1tQcA8YkAALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQDaPQEA/dsJAEzcCQDL3QQAGt4EAGneBAC43gQAB98EAFbfBACl3wQAni8KAO0vCgA8MAoAizAKANowCgApMQoAeDEKANo9AQD92wkATNwJAAGFAABQhQAAy80JABa6BwCTtwkAGF8FAF8kAgCuJAIA7mIGAN+KBwCGvQUA8YkAALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQDaPQEA/dsJAEzcCQBFDQAA/kcDAE1IAwAmBwwAsTsBAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BANo9AQD92wkATNwJAE9lAwCeZQMA7WUDADxmAwCLZgMA2mYDAClnAwB4ZwMAx2cDABZoAwBlaAMA2j0BAP3bCQBM3AkAGyQAANhvAQAs5gkAqccAAIfwAQAs5gkARQ0AAP5HAwBNSAMAJgcMALE7AQAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQDaPQEA/dsJAEzcCQC3bAMABm0DAFVtAwCkbQMAZ5gCAORDAACWBAIAXnwHAKnHAACr0QEArCAJAItsCwA20wEAhdMBANTTAQAj1AEActQBAAAAAACr0QEAaaUHALilBwA+RwIAhEEKANNBCgAiQgoAcUIKANsXCgCHFgAA7hACAO+ICwBPZQMAbukBAL3pAQDbFwoAhxYAAO4QAgDviAsAT2UDAG7pAQC96QEArCAJAItsCwA20wEAhdMBANTTAQAj1AEActQBACMWCwDY7QsAp+wJAIZ+AACWkgcAAYUAADd+AACn7AkAhn4AAJaSBwABhQAAN34AAFm9BgCr0QEAIxYLANjtCwAn7gsAdu4LAMXuCwAU7wsAY+8LALLvCwAB8AsAAYUAANhvAQDYbwEAq9EBACbeCQB13gkAxN4JABPfCQBRTAoAGyQAAGokAABAigAAiwoMAIBjAQDH3AEAq9EBAJ1bCQBExwQAOtcIAInXCABFDQAA8YkAABskAACVQwAAq9EBAL1hBAAMYgQAW2IEANieCwAnnwsAdp8LAMWfCwAxYwEAx9wBABa6BwBlugcAq9EBAL1hBAAMYgQAW2IEANieCwAnnwsAdp8LAMWfCwAouQAARQ0AAGQcAADuYgYAq9EBALrlAQAs5gkAZ5gCAEGtAQAn7gsA+yAJAO5iBgCr0QEAhr0FABskAACr0QEAnVsJAOxbCQCHFgAA8YkAAECKAACr0QEArCAJAItsCwAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQDaPQEA2xcKACUzCwB0MwsAQUsCAJBLAgCr0QEAQLkKABZVBACK+gkA2foJACj7CQAjFgsAchYLAKfsCQC65QEAhr0FAIt5AgD3+QcArCAJAItsCwAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQDaPQEAqccAAIfwAQAZkgEAq9EBAEC5CgCc7AsAM0QAAOv5AgB13gkAlgQCADoNAgA+RwIAlUMAAKvRAQC9YQQAuoMCAD8ODACODgwA3Q4MAIa9BQAbJAAAq9EBAEC5CgCc7AsAM0QAAPrRAQBC6QkA2G8BANhvAQAncAEAqccAADFjAQCAYwEAx9wBAKvRAQCsIAkAi2wLAAA8AQBPPAEAnjwBAO08AQA8PQEAiz0BAAGFAACWBAIAiwoMAIBjAQDH3AEAq9EBAMfiCQAW4wkANmQLAO5iBgDYbwEAnJcDAIBjAQDH3AEAq9EBAIa9BQAbJAAAq9EBAEC5CgCc7AsAM0QAANMbDAAiHAwAcRwMAMAcDAAPHQwAXh0MAK0dDAD8HQwASx4MAJoeDADpHgwAOB8MAIcfDAAl8QEAdPEBAPRaCwA2ZAsA1hYAAEMsAQDkQwAAM0QAACpUCwCr0QEArCAJAItsCwAAPAEATzwBAJ48AQDtPAEAPD0BAIs9AQDaPQEAhr0FAMqkAADKpAAAqzYFAPo2BQBJNwUAmDcFAJZ8BAB5GAoAyBgKABcZCgBmGQoAZ5gCAAAAAAAAAAAAAAAAAKvRAQANiAkA/GwMAEttDACabQwAnVsJAOxbCQBvTgwAvk4MAA1PDABcTwwAq08MAKfsCQBIPQYA7mIGACzmCQA3fgAAHDQCAIcWAACr0QEAp+wJAEg9BgDuYgYA59gJAIcWAAD8bAwAS20MAJptDACdWwkA7FsJAG9ODAC+TgwADU8MAFxPDACrTwwAp+wJAEg9BgDuYgYARQ0AAKNKAgDySgIAWb0GAKi9BgDH3AEA3pAIABIFAQCr0QEAnVsJAOxbCQBvTgwAvk4MAA1PDABcTwwAq08MALrlAQAJ5gEAnVgFAIt/CgDYbwEAJgcMAJ1bCQDsWwkAb04MAL5ODAANTwwAXE8MABbdAQCr0QEAx9wBAN6QCAAtkQgADYgJAPxsDABLbQwAmm0MAJ1bCQDsWwkAb04MAL5ODAANTwwAXE8MAKtPDABPAAAAqC8BAPcvAQCLeQIAMWMBAO5iBgDxiQAAQIoAAPylCQCjSgIAFlUEAIr6CQAXEwIAOtcIAMfcAQAs5gkAZ5gCALdsAwAGbQMAVW0DAKRtAwCpxwAAMWMBAETHBADkQwAAq9EBAKwgCQCLbAsAADwBAE88AQCePAEA7TwBADw9AQCLPQEA9Z0CAMemCADeuQoA3dIKAEnSAQCY0gEA59IBACXxAQB08QEAQLkKAH7XCgBrOgoAaaUHALilBwBAigAAW1IJAKpSCQCr0QEA59gJADbZCQARrwoATwAAABIFAQCr0QEArCAJAECKAACi2AAAAAAAAFJ8AgB3NwsAAwcEAHRpBAA2ZAsA7mIGAKvRAQD60QEASdIBAJjSAQDn0gEAqccAADFjAQBExwQA5EMAAKvRAQCsIAkAi2wLACQQCgBzEAoAk8cEAL1hBAAMYgQA4HQLALvSCQAK0wkACtMJAFMHCwApjQEAO9EHAIrRBwDZ0QcAFh8LAGUfCwBPAAAAqC8BAPcvAQBdDQoArA0KAPsNCgBKDgoAq9EBAL1hBAAMYgQAdzcLAMY3CwAVOAsAZDgLALM4CwACOQsAnJcDAFFMCgCgTAoAGF8FACzmCQDKpAAAGaUAAMfcAQAW3QEAN34AAJzsCwAzRAAAKlQLAHlUCwCn7AkA9uwJAEXtCQBAuQoAj7kKAN65CgDd0goASdIBAJjSAQABxwkAUMcJAH7XCgBrOgoA2xcKAGQcAADxiQAAQLkKAJzsCwAzRAAA+tEBAKsADAD6AAwASQEMAJgBDADbFwoAJTMLAHQzCwBBSwIAkEsCAKvRAQBAuQoAFlUEAIr6CQDZ+gkAaaUHALilBwAjFgsAlgQCAFtSCQCqUgkAq9EBABIFAQB0aQQAi3kCAPf5BwBC6QkAlgQCAKvRAQASBQEAYQUBAJYEAgA6DQIAnVsJAOxbCQAbJAAAQukJAJYEAgASBQEAdGkEABcTAgDL3QQAhr0FAPGJAAAYXwUAqzYFAJVDAADL3QQAhr0FAHW1BwCr0QEA+tEBAEnSAQCY0gEA59IBAPrRAQBC6QkAlgQCAKvRAQBAuQoAN34AABmSAQCc7AsAM0QAACpUCwB5VAsAyFQLALVVCwAEVgsAU1YLAPrRAQBJ0gEAmNIBAPXyCgBE8woAq9EBAEC5CgCPuQoA3rkKAC6bAgDTdwMAMIIJAH+CCQDOggkAHYMJAGyDCQC7gwkACoQJAFmECQDfOAMALjkDAHc3CwDGNwsAqogCAPmIAgAmBwwAaJIBAMbCDAAVwwwAo0oCACzmCQAs5gkAA48BAGzoDAAEzg0A7mIGALU5AABkwwwAs8MMAGzoDABSqwwADUYAAJkRDgAEzg0A7mIGAATODQAEzg0A7mIGAGzoDACyyQ0ABM4NAJkRDgDH3AEAsxwAAND7AACZEQ4A0PsAAHzjDAB84wwA7mIGAPGJAACgHQAA0PsAAMa5AACWfAQAYqYMAGKmDAAEzg0AlnwEAATODQCJsQoAycYMABjHDADILg0AxsIMABXDDACjZg0AmREOAKQIAABs6AwAycYMABjHDADQ+wAA6bwMAP+sDQBOrQ0AA/oMAMfcAQB84wwA4eYMADDnDADGwgwAFcMMAGdlDQASBQEA2O0LAHzjDAA7wQwAfOMMAHW1BwDILg0AbOgMAFN/DQAEzg0ApAgAAKQIAABH0QwAltEMAOXRDACZEQ4ARQ0AAO5iBgAWugcA7mIGAEfRDACW0QwAfgANAND7AABH0QwAltEMAH4ADQCzHAAAxsIMABXDDACMEQIAq9EBABaUCQBs6AwAZ5gCAJVDAAB84wwAOlwCAO5iBgBs6AwA0gUCAMnGDAAYxwwAfOMMACvGDAB6xgwAycYMALebDQDJxgwAt5sNAHzjDADo1QwANNIMAIPSDADpvAwANNIMAAAAAACr0QEAR9EMAJbRDABH0QwAltEMAEfRDACW0QwAZ8cMAMguDQCd/A0A7PwNAPL7AQArxgwA6bwMAMnGDAAYxwwA8vsBAO5iBgCr0QEAmREOAKvRAQAo/g0A9cwMAHzjDABs6AwAbOgMAAC0AwAAtAMAALQDAGeYAgBZvQYADHsLAMDKBwAMewsAxZ8LAMWfCwCVQwAAEkcKAJelDQD65AAARQ0AAEUNAAA62gwAqccAAPrkAAB84wwARQ0AAKnHAAB84wwAfOMMAHzjDAB84wwAfOMMAOm8DADpvAwAfOMMAHzjDAB84wwAfOMMAHzjDAB84wwA6bwMAOm8DADpvAwAfOMMAHzjDAB84wwA6bwMAOm8DADI3wwA6bwMAOm8DAB84wwAlgQCADvRBwCr0QEARQ0AAEUNAAB84wwAfOMMANhvAQB84wwAR9EMAJbRDABnmAIAbOgMAJkRDgBFDQAApeUMAKvRAQBlgQoAZBwAACzmCQAWugcAhxYAAO5iBgDMKQgA7mIGAFGxDQBs6AwAVesNAHzjDABFDQAAkTICAKnHAACpxwAAqccAAJkRDgCpxwAAYw8CAHnMDQCcxg0A68YNAG/sDACZEQ4ATwAAAIcWAADxiQAAUqsMACzmCQBSmA0ATwAAAHnMDQCkCAAApAgAAKQIAABqaQ0AbOgMAFKrDACjSgIALOYJANfzDACAPQMAqiYDAJ97DQDBnggA6BEOAEg9BgDpvAwA/6wNAE6tDQDjIwMAR9EMAJbRDAB+AA0AzQANAOm8DACZEQ4AhGQEAHYqDQDpvAwAfOMMAHzjDABH0QwAltEMAHzjDADh5gwAMOcMAJQNAABs6AwAUqsMAJkRDgCr0QEAbOgMAHzjDADh5gwAMOcMAKvRAQCXYwQAmIwNAGYsCQCZEQ4AVt8EAJkRDgBxaAgAihANAGzoDADw+gwAlUMAAJkRDgCjSgIAJgcMAGzoDACyyQ0A+uQAAJiMDQDoEQ4AfOMMAOHmDADoEQ4AfOMMAHYqDQCoNQkAVaYAAOm8DAD/rA0ATq0NAEfRDADApw0A67AKAPJmDQBSqwwARQ0AAND7AABC/wwAemQNAJVDAACVQwAA6bwMAP+sDQBOrQ0A8PoMAJVDAACVQwAAlUMAAJVDAADQtQwArQoNAGs6CgA7EA0AbOgMAHzjDADh5gwAMOcMAFKrDABExwQA6BEOAHzjDADoEQ4AfOMMAB4eDQBtHg0AvB4NAPGJAADH+AwAFvkMAGX5DAC0+QwA4msNAB4eDQBtHg0AvB4NANC1DAB0GgQA6bwMAP+sDQBOrQ0A8PoMAK24CACZEQ4Ao0oCACzmCQCZEQ4AmIwNAFKrDAAAtAMA9iIDADrXCAB84wwA4eYMADDnDACKEA0AoB0AAOm8DAD/rA0ATq0NAJkRDgBnmAIA8PoMAJWrBwCVQwAAlUMAAJMcDQDiHA0AMR0NAFbfBACTHA0AfOMMAKa5DQDpvAwA6BEOAHzjDADh5gwA6BEOACYHDACr0QEAfOMMAOHmDAAw5wwAykUFAGzoDACyyQ0AmREOAC/qCQBs6AwAmREOAGQMBQB84wwA6bwMAOgRDgDJxgwAGMcMAO5iBgAuaA0AHh4NAG0eDQC8Hg0AfOMMAOHmDAAw5wwA1/MMAKNKAgAmBwwAfOMMAOEfCgCZEQ4AJgcMAKvRAQCknA0A7mIGAIt5AgB84wwA4eYMADDnDADQtQwA0PsAAGzoDACZEQ4AftcKAFKrDAD8pQkA6bwMAHzjDADpvAwAfOMMAOgRDgDoEQ4A6BEOAHzjDAB84wwAfOMMAOHmDAAw5wwAfOMMABrkDADYFg4AbOgMANgWDgCTHA0AfOMMAOm8DAD/rA0ATq0NAOm8DAD/rA0ATq0NAJkRDgCgsQ0Ag7wJAJkRDgAmBwwAmREOAA5ZBgBSqwwAq9EBAJZ8BADQ+wAAmREOAJkRDgCjSgIAmREOAKNKAgCZEQ4Ao0oCAOgRDgB84wwA4eYMADDnDAAmBwwAfOMMAOHmDAAw5wwAbOgMAAAAAACyyQ0AazoKAOm8DAD/rA0ATq0NAIf5DQCZEQ4AecwNAJVDAAB84wwA4eYMADDnDABs6AwAbOgMAHzjDADh5gwAMOcMAEg9BgDGrw0AFbANAH4ADQAs5gkAJgcMAGzoDACZEQ4AUpgNAJMsCADQtQwAmREOAHW1BwDILg0AR9EMAJbRDADJxgwAGMcMAOm8DAD/rA0ATq0NAJVDAABs6AwAmREOAKciAwB84wwAfOMMAOHmDAAw5wwA7mIGAKAdAAB84wwAfOMMAOHmDAAw5wwAQQUOAAAAAADpvAwA/6wNAE6tDQBs6AwA8PoMAFKrDABs6AwAA7sHAJiMDQBSqwwAsAUBAAAAAACZEQ4AmIwNAFKrDACwBQEADFUNAOm8DAD/rA0ATq0NAGSwDQAa5AwAmREOAHW1BwB84wwA4eYMADDnDACZEQ4ALOYJAHKODQCr0QEAnV4NAHzjDAD65AAAyFEHAJVDAABV6w0ALOYJAJZ8BACZEQ4AQIoAAEKdDQCVQwAAJyoNAKvRAQCr0QEAbOgMAH4ADQDQ+wAAyC4NAKvRAQBnZQ0ARMcEAPD6DAAnKg0AgGMBAO5iBgAAAAAAAAAAAAAAAACZEQ4AmIwNAAAAAAAAAAAAAAAAAGdlDQDQ+wAAmREOAHnMDQCYjA0A7mIGAHzjDAB2Kg0AdioNAHzjDAAa5AwAmo0CAEQJDgD/rA0ATq0NAPD6DAB84wwAGuQMAAC0AwDpvAwAALQDAPGJAACVQwAAlz0GAJkRDgA3fgAAlz0GAOgRDgAhcQ0AJyoNAEfRDACW0QwAZ8cMAPD6DAAMVQ0AmREOACzmCQBbVQ0AfOMMAJkRDgCnIgMAq9EBAGzoDACnIgMAfOMMAOHmDAAw5wwATXcNAJx3DQAAtAMAALQDAJkRDgCnIgMApyIDAJdjBACknA0AUqsMAAAAAACZEQ4AmREOAPGJAACgsQ0Aq9EBAJkRDgBTfw0ApAgAAA3qCADH3AEAVoMNAKWDDQBPAAAATwAAAFbfBABs6AwAq9EBAJkRDgCZEQ4AhxYAAOm8DAD/rA0ATq0NABEnDQAv6gkA4yMDAHzjDADh5gwAMOcMACMWCwBH0QwAwKcNAAacDQBTfw0AdbUHAFN/DQBTfw0A7mIGAIcWAABH0QwAwKcNAJbRDADpvAwAbOgMAFN/DQCifw0A8X8NADOJDQDWqg0AfOMMAKciAwBs6AwAs9MHAC7aBwAAAAAA9WoNAERrDQAAAAAAAAAAAL/jBwCLjwUAL+oJAGzoDACZEQ4AmREOAEKdDQCVQwAAbOgMAJkRDgDY7QsAbOgMAND7AACr0QEAfOMMAOHmDAAw5wwAmREOAKvRAQCZEQ4Aq9EBAJkRDgDQ+wAAmREOAND7AACr0QEAmREOAKQIAACZEQ4ApAgAAHzjDADh5gwAMOcMAJkRDgDY7QsA0PsAAFKrDABFDQAARQ0AAFKrDAAmBwwAoLENAGeYAgDpvAwA/6wNAE6tDQB84wwA4eYMADDnDACr0QEAOg0CAJkRDgCr0QEAmREOAGzoDADnjA0Aq9EBAKvRAQCWfAQARvoHAGzoDACkCAAAmREOAJkRDgCr0QEAycYMABjHDAB+AA0A2O0LAHMQCgBs6AwAlUMAAIt5AgCVQwAAfOMMAOHmDAAw5wwAbOgMAKqkDQDuYgYALOYJAEoOCgBnmAIAJuENAMCnDQBrlgEAq9EBAAAAAAAAAAAAt5sNAB+jDQBuow0AvaMNAJkRDgB84wwA4eYMADDnDACr0QEApAgAAAC0AwAAtAMA+uQAAKvRAQDpvAwAq9EBAGzoDABnmAIAbOgMABjnAgB5zA0AecwNACMWCwBs6AwAmREOAKvRAQBH0QwAltEMAHzjDADh5gwAMOcMAHzjDACr0QEA7mIGAJkRDgDuYgYADKQNAC60CQB1tQcApAgAAE+0AwDQ8Q0AL3ULAPrkAACZEQ4AycYMABjHDAABFgoAJuENADtcCQCr0QEALrcNAKvRAQA7XAkAfNANAMy3DQADMwoAQa0BAOm8DAD/rA0ATq0NAKvRAQCZEQ4AmREOAHzjDACjSgIAo0oCAHzjDAB84wwA7mIGAGrLDAC5ywwAvLwNABHYDADpvAwAfOMMABrkDABl3QEAp+wJALSOAQA00gwA6bwMAGHfAgBBrQEAl2MEAH2LBwBzvgUAx9wBAJVDAAAWugcA7mIGAJkRDgAmBwwASdsNAGWBCgAwGgIAZYEKADAaAgBAFQIAZiwJAOgRDgDHegIAmREOAKQIAACr0QEAYNgMAGQcAABh3wIAKP4NAKvRAQBs6AwAfOMMAJqNAgB80A0AzLcNAOVGCwBH0QwAltEMAOVGCwCr0QEAGyQAABskAADH3AEAsPIBAGKmDACizg0AOrEKABWaCgCyyQ0Aq9EBAJkRDgCr0QEA5CMKACHADQDrsAoAq9EBAKvRAQCr0QEAWcAKAHZwAQBC6QkAhxYAAHzjDADH3AEAKPsJAGzoDACr0QEAq9EBAHzQDQDMtw0AmREOAEfRDACW0QwAfgANAKpSCQCr0QEAq9EBAKvRAQCO0goARQ0AAMnGDABs6AwAmUoLAHNMCwBxLAcAO1wJAMy3DQCr0QEABpwNAF8kAgCr0QEAq9EBAKvRAQCZEQ4AUxoKAFMaCgBTGgoAUxoKAMfcAQDH3AEAxGkLAKvRAQBH0QwArt4NAHzQDQBnmAIAq9EBAHzQDQAbogoAq9EBAATODQDO1A0AR9EMAB3VDQCr0QEADdoNAA/3DQBc2g0Aq9EBAKvRAQB80A0AG6IKAATODQDO1A0AR9EMAB3VDQCr0QEA4QwLAILrDAA00gwAXdQMAKpSCQDYngsAjBECAEfRDADjoQ0ABM4NAGzoDABs6AwAmREOAGzoDACajQIAfOMMAHzQDQBnmAIAR9EMAMCnDQCE9Q0AfOMMAGeYAgCW0QwAfgANADrXCACZEQ4AJw4CAE8AAAB80A0AZ5gCAJVDAAB84wwA7mIGAKvRAQBH0QwAltEMAPoADADBFgsAZ5gCAGeYAgApjQEAKY0BACmNAQApjQEAZ5gCAGzoDAApjQEAq9EBAKvRAQCr0QEAAAAAAAAAAAB80A0AZ5gCAEfRDACW0QwA+gAMAJkRDgCr0QEAmREOAHzQDQCZEQ4AfNANACj+DQBs6AwAq9EBAKvRAQBH0QwAwKcNAPHODQB84wwA4eYMACvGDAB08QEAos4NAMb+DQAV/w0AZP8NALP/DQB84wwAGuQMAHwZBgBs6AwAKwIOAGeYAgAmBwwA7mIGAFigDQC3mw0A67AKAHzjDADrsAoA0PsAALLJDQDQ+wAAsskNAMnGDAC3mw0A0PsAAHTxAQBs6AwAbOgMAHTxAQDpvAwA6bwMAOm8DAAeHg0A6bwMAOm8DADpvAwA6bwMAMnGDAC3mw0A6bwMAB4eDQDpvAwA7K0NAOm8DADsrQ0A6bwMAOytDQCmuQ0A7K0NAOm8DADsrQ0A6bwMAOytDQCL9wwA7K0NAOm8DADsrQ0Ax/gMABb5DADl0QwAq9EBAKvRAQBnmAIAbOgMAIcWAAA00gwAC70NAJVDAACVQwAANNIMAIPSDABZvQYA1RIOAGeYAgBnmAIARQ0AAEUNAADn7gwAbOgMAJCtAQDpvAwAmREOAMEWCwCZEQ4A6bwMAFKrDACZEQ4AUqsMAOm8DAD/rA0AUqsMAGMYDgCyGA4A6bwMAGeYAgBBtg0AbOgMAKvRAQCr0QEAq9EBAHwfDgCr0QEAq9EBAKvRAQB8Hw4Aq9EBAPe9BgB8Hw4AmREOAKtPDACr0QEAq9EBAHwfDgBs6AwAx/gMABb5DABl+QwA6bwMANo9AQB80A0AzLcNAEfRDACW0QwABM4NAM7UDQCr0QEAfOMMABrkDABH0QwAltEMAH4ADQAvdQsAWdMJAELsDQDQ8Q0AJgcMAJkRDgBZvQYAh/kNAD6yDQB80A0AzLcNAEfRDADApw0AY8YJAJkRDgBSqwwAKPsJAIcWAACZEQ4AdbUHAEfRDACW0QwAfgANAOhKCwCH+Q0AJfoNAEfRDACu3g0AfNANAMyhCgCZEQ4A","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAMAAIADAAAAAwAAgAMAAAABAACAAwAAgAMAAAABAAAAAAAAgAMAAIAAAACAAwAAgAAAAIABAACAAwAAgAAAAIAAAACAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAgAEAAIACAACAAQAAAAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAAAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAMAAAABAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAEAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgCAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACABAAAAACAAAACAAAAABQBwAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAgAAAAAAAAQAAAAAIAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACACAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAACAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAIAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAIAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAQAAAAAJAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAACAAAgAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAABAAAAAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAAiAAAAABABwAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAIAABABwAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAgAAAAAAAAAABAACAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAABAACAAAAAAAABABAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAARAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAGAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAgAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAB"},"index":{"lists":[[],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,44,45,47,48,49,50,51,52,53,54,58,59,63,64,82,85,86,88,99,100,101,102,103,112,121,122,125,128,132,133,140,142,143,144,145,147,149,150,151,154,155,156,157,171],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,44,45,47,48,49,50,51,52,53,54,57,58,59,63,64,82,85,86,88,99,100,101,102,103,112,121,122,125,128,132,133,140,142,143,144,145,147,149,150,151,154,155,156,157,160,161,162,171],[56,127,160,177],[73,74,75,163,164,165,166,167,168,169],[151,170],[63,64,80,81,151,156,157],[73,74,75],[41,42,50,51,73,74,75,76,93,102,103,104,108,115,117,122,123,124,125,131,137,138,139,146,171],[18,19,62,107,118],[77,183],[6],[1,7,73,74,75,109,140,144,145,171],[9,73,74,75,79,140,144,145,171],[27,73,74,75,128,140,144,145,155,171],[73,74,75,140,144,145,159,171],[0,2,4,5,16,17,20,21,73,74,75,96,106,128,140,141,144,145,148,152,171,172,175,178,179,182,184],[3,8,11,16,20,21,23,29,32,33,43,46,60,66,67,73,74,75,78,83,86,89,96,105,111,113,114,119,128,135,140,144,145,171,180,185],[73,74,75,140,144,145,171],[73,74,75,140,144,145,171,176],[59,73,74,75,140,144,145,161,171,173,174],[54,61,65,73,74,75,98,129,140,144,145,161,171],[10,29,60,68,73,74,75,88,89,110,140,144,145,171],[4,22,73,74,75,140,144,145,171],[10,35,73,74,75,88,140,144,145,171],[12,13,28,39,73,74,75,84,90,91,92,94,95,97,116,120,121,134,136,140,144,145,153,158,171],[7,73,74,75,140,144,145,171],[10,73,74,75,140,144,145,171],[69,70,71,72,87,130,181],[14,15,73,74,75,140,144,145,171],[24],[25,26,30,31],[34,38],[37],[37,47],[40,147],[47,53,162],[47],[52,58,147,162],[55,126],[147],[162],[49,150],[49,150,160],[49,132,133,150],[49,150,151],[49,63,64,150,151,156,157],[49,57,132,133,150],[41,44,45,48,49,50,51,102,103,112,122,125,132,133,150,171],[1,7,49,132,133,140,142,143,144,145,150,154,171],[49,132,133,140,142,143,144,145,150,171],[27,49,128,132,133,140,142,143,144,145,150,155,171],[2,4,49,128,132,133,140,142,143,144,145,149,150,171],[32,33,49,82,86,128,132,133,140,142,143,144,145,150,171],[49,59,132,133,140,142,143,144,145,150,161,171],[49,54,132,133,140,142,143,144,145,150,161,171],[49,88,132,133,140,142,143,144,145,150,171],[4,49,132,133,140,142,143,144,145,150,171],[49,82,85,88,132,133,140,142,143,144,145,150,171],[39,49,82,121,132,133,140,142,143,144,145,150,171],[7,49,132,133,140,142,143,144,145,150,171],[49,132,133,140,144,145,150,171],[24,49,150],[25,26,30,31,49,150],[38,49,150],[36,37,49,150],[37,49,150],[37,47,49,150],[40,49,99,147,150],[47,49,53,101,150,162],[47,49,150],[49,52,58,147,150,162],[49,100,150],[49,101,150],[49,147,150],[49,150,162]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,5,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,0,9,10,0,11,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,28,0,0,0,29,0,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,30],[9679,31],[9135,32],[215,33],[10095,33],[10003,34],[8595,33],[10008,35],[10004,36],[8730,37],[10006,38],[8505,39],[9762,0],[9888,0],[8617,0],[10007,40],[10060,40],[9654,41],[65123,41]],"plainDefault":0,"spaced":[42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,42,43,44,42,42,42,42,42,42,45,42,46,47,42,48,48,48,48,48,48,48,48,48,48,42,42,42,42,42,42,42,49,50,51,50,52,53,50,50,50,50,50,50,50,54,55,56,50,57,58,59,60,50,50,50,50,50,42,42,42,42,61,42,49,50,51,50,52,53,50,50,50,50,50,50,50,54,55,56,50,57,58,59,60,50,50,50,50,50,42,42,42,42,42],"spacedOther":[[160,42],[5760,42],[8192,42],[8193,42],[8194,42],[8195,42],[8196,42],[8197,42],[8198,42],[8199,42],[8200,42],[8201,42],[8202,42],[8232,42],[8233,42],[8239,42],[8287,42],[12288,42],[65279,42],[9676,62],[9679,63],[9135,64],[215,65],[10095,66],[10003,67],[8595,66],[10008,68],[10004,69],[8730,70],[10006,71],[8505,42],[9762,72],[9888,72],[8617,73],[10007,74],[10060,74],[9654,75],[65123,75]],"spacedDefault":42,"blank":42}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[],[15,16,17,19,20,21,22,24,25,26,27,28,30,31,33,34,35,36,37,38,39,41,42,46,47,59,60,61,62,68,69,70,71,72,80],[15,16,17,19,20,21,22,24,25,26,27,28,30,31,33,34,35,36,37,38,39,40,41,42,46,47,59,60,61,62,68,69,70,71,72,80],[40],[53,54,55],[46,47,57,58],[28,29,36,37,53,54,55,56,64,71,72,73,76,81],[9,10,45,76],[56],[53,54,55,77],[1,53,54,55,56],[7,8,11,12,53,54,55,67,75],[0,3,7,11,12,14,18,21,22,29,32,43,49,50,53,54,55,56,61,62,67,74,79,81],[44,53,54,55,67],[2,18,43,50,53,54,55,62,78],[13,53,54,55],[2,53,54,55,62],[4,18,26,53,54,55,62,63,65,66,67],[2,53,54,55],[51,52,61],[5,6,53,54,55],[17,53,54,55],[53,54,55,60],[42,53,54,55],[39,48,53,54,55],[23,53,54,55],[15],[16,17,19,20],[22,26],[25],[25,33],[27],[33,39],[33],[38,41],[35],[35,40],[35,46,47],[28,30,31,34,35,36,37,71,72,80],[21,22,35,59,61,62],[35,62],[35,59,60,62],[26,35,59,62],[35,61],[17,35],[35,60],[35,42],[35,39],[15,35],[16,17,19,20,35],[22,26,35],[24,25,35],[25,35],[25,33,35],[27,35,68],[33,35,39,70],[33,35],[35,38,41],[35,69],[35,70]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,0,0,5,4,0,6,6,6,6,6,6,6,6,6,6,0,0,0,7,8,0,0,9,10,4,4,11,12,4,4,4,4,4,4,4,4,13,14,4,15,16,17,4,4,4,18,4,4,19,0,0,0,20,0,4,4,21,4,4,22,4,4,4,4,4,4,4,23,24,4,4,4,25,22,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,26],[9679,27],[9135,28],[215,29],[10095,29],[10003,30],[8595,29],[10008,31],[10004,32],[8730,33],[10006,34],[8505,3],[9762,0],[9888,0],[8617,0]],"plainDefault":0,"spaced":[35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,36,35,35,35,35,35,35,35,35,35,37,36,35,38,38,38,38,38,38,38,38,38,38,35,35,35,35,35,35,35,35,35,35,35,35,39,35,35,35,35,35,35,35,35,35,40,35,35,41,42,35,35,35,35,35,35,43,35,35,35,35,35,35,35,44,35,35,45,35,35,35,35,35,35,35,46,47,35,35,35,35,45,35,35,35,35,35,35,35,35,35,35,35],"spacedOther":[[160,35],[5760,35],[8192,35],[8193,35],[8194,35],[8195,35],[8196,35],[8197,35],[8198,35],[8199,35],[8200,35],[8201,35],[8202,35],[8232,35],[8233,35],[8239,35],[8287,35],[12288,35],[65279,35],[9676,48],[9679,49],[9135,50],[215,51],[10095,52],[10003,53],[8595,52],[10008,54],[10004,55],[8730,56],[10006,57],[8505,36],[9762,58],[9888,58],[8617,59]],"spacedDefault":35,"blank":35}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,5,8],[9],[5,6,7,8,12,16,17,18],[1],[2,14],[10],[0,3,4,15],[11],[13],[5,8],[4]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,6,0,0,0,0,7,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,10,10,10,10,10,10,10,10,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[9],[1,3,6,8,9,10],[6,9],[3,9],[6,7,9],[3,6,9],[5,6,9],[0,6,9],[0,4,6,9],[6,8,9],[2,6,9],[6,9,10],[9,10],[3,6,9,10],[1,6,9,10],[6,8,9,10]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,9,9,2,2,2,2,2,2,2,2,2,2,2,2,2,10,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,11,0,0,0,0,0,0,2,0,3,12,0,11,11,11,11,11,11,11,11,11,11,0,0,0,0,2,0,0,11,11,13,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,2,0,0,0,11,0,14,11,15,11,15,15,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
  ascii;
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
      this.ascii = classOf.slice(0, 128);
      return;
    }
    const words = Math.ceil(tagCount / 32);
    this.words = words;
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
    const tagged = new Int32Array(chars * words);
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
        tagged[s * words + (t >> 5)] = tagged[s * words + (t >> 5)] | 1 << (t & 31);
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
        for (let w = 0; w < words; w++) tagged[next * words + w] = tagged[next * words + w] | tagged[f * words + w];
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
    const tagWords = new Int32Array((states - quiet) * words);
    for (let n = quiet; n < states; n++) {
      const st = order[n];
      outputs[n - quiet] = out[st];
      for (let w = 0; w < words; w++) tagWords[(n - quiet) * words + w] = tagged[st * words + w];
    }
    this.delta = table;
    this.failOffset = failOffset;
    this.tagWords = tagWords;
    this.firstOutput = quiet * width;
    this.out = outputs;
    this.ascii = this.classOf.slice(0, 128);
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
  /**
   * The bits of every anchor `line` holds; with `tags`, the tags of those anchors (the array is
   * cleared first, `words` long).
   */
  scan(line, tags) {
    const { ascii, delta, out, width, firstOutput, words, tagWords } = this;
    if (tags) tags.fill(0);
    let s = 0;
    let found = 0;
    for (let i = 0, n = line.length; i < n; i++) {
      const c = line.charCodeAt(i);
      const cls = c < 128 ? ascii[c] : this.classOf_(c);
      const next = delta[s + cls];
      s = next >= 0 ? next : this.follow(s, cls);
      if (s >= firstOutput) {
        const k = (s - firstOutput) / width;
        const o = out[k];
        found |= o;
        if (tags && (o & TAGGED) !== 0) for (let w = 0; w < words; w++) tags[w] = tags[w] | tagWords[k * words + w];
      }
    }
    return found;
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
function markerOf(line) {
  index ??= lineStartIndex("markers", MARKER_PATTERNS);
  for (const n of index.candidates(line)) {
    const { dialect, marker } = ALL_MARKERS[n];
    const found = marker.pattern.exec(line);
    if (!found) continue;
    const groups = found.groups ?? {};
    const name = (groups.name ?? groups.name2 ?? "").trim();
    const key = groups.key !== void 0 ? `#${groups.key}` : marker.keyFromName ? marker.keyFromName(name) : `${dialect.id}:${name}`;
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, asserts: marker.asserts === true, ...groups.reason ? { reason: groups.reason } : {} };
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
function isWrapperHeadline(line) {
  if (INSTALL_HINT.test(line)) return true;
  if (line.includes("Failed to import test module")) return true;
  const named = HEADLINE_CLASS.exec(line);
  if (named) return WRAPPER_CLASS.test(named[1]) && CONNECTION_WORDS.test(line);
  return WRAPPER_MESSAGE.test(line);
}
var UNINFORMATIVE = /^\$ npm (?:i|install|add) |^\$ yarn add |^\$ pnpm (?:i|install|add) |^\$ pip3? install |^\$ gem install |^\$ bundle install|^\$ go get |^\+ npm (?:i|install) |^\s*\w{1,80}ClientProviderStrategy: failed with exception (?![^\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\[\d+\])?: \*\*\* |^##\[error\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \((?:failures|errors)=|^\[ERROR\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \d+ previous error|^FAIL\s*$/;
var ASSERTION_CONTEXT = /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|\bto (?:equal|match|include|contain|throw|be)\b|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/;
var RETRY_CONTEXT = /(?<!un)\bcaught (?:an? )?exception\b|\[ioredis\] Unhandled error event\b|^\s{0,8}(?:\[?(?:WARN(?:ING)?|[Ww]arn(?:ing)?)\]?:? |\(node:\d{1,10}\) Warning: )|\bretrying (?:in |after |the |connection|\.\.\.|…)|\bretrying\s*$|\bwill retry\b|\bretry(?:ing)? in \d|\breconnecting\b|\battempt \d{1,4}\s?(?:\/|of)\s?\d|\bcontinuing without\b|\bfalling back\b|\bfall(?:ing)? back to\b|\(continuing\b|\bignoring\b|\bskipping\b/i;
var CAUSED_BY = /^\s*Caused by: |^\s*---> [\w.]{1,200}(?:Exception|Error)|^\s*--- End of inner exception stack trace ---/;
var DIRECT_CAUSE = /^The above exception was the direct cause of the following exception:/;
var DURING_HANDLING = /^During handling of the above exception, another exception occurred:/;
var IO_ERROR = /\b(?:OSError|IOError|FileNotFoundError|ConnectionError|ConnectionResetError|BrokenPipeError|ProtocolError|TimeoutError|timeout|gaierror|herror|SSLError|MaxRetryError|NewConnectionError|ConnectTimeout(?:Error)?|ReadTimeout(?:Error)?|RemoteDisconnected|IncompleteRead)\b/;
var TEST_TIMEOUT = /Hook timed out in \d+ ?ms|Timeout of \d+ ?ms exceeded|Exceeded timeout of \d+ ?ms|Test timed out in \d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \d/;
var FAILURE_SHAPE = /^@@ -\d{1,9}(?:,\d{1,9})? \+\d{1,9}(?:,\d{1,9})? @@|^\S{1,300} \S{1,300} differ: (?:byte|char) \d|\bcheck .{1,300} has failed\b|^\S{1,300}:\d{1,6}: error: \S|^\S{1,300}\(\d{1,6}\): (?:fatal )?error\b|\b[Ss]yntax error\b|^Found [1-9]\d{0,5} errors? in \d{1,6} files?|\bAssertion [`'"].{1,300}['"`] failed|^\*\*\* [1-9]\d{0,5} failures? (?:is|are) detected|\(signal: \d{1,2}, SIG[A-Z]{2,6}|\bsignal: (?:\d{1,2}|SIG[A-Z]{2,6})\b|\bkilled by signal\b/;
var FAILURE_SHAPE_AT_START = /^\d{1,9}(?:,\d{1,9})?[acd]\d{1,9}(?:,\d{1,9})?\s*$|^\s{0,8}[✗✘✖❌] \S|^E\s{1,40}(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z][\w$]{1,120}(?::\s.*|\s*)$|^\s{2,12}error: ['"]\S|^\s{4}\S[^\n]{0,500} thrown$/;
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
  const words = scanner.words;
  const splits = /* @__PURE__ */ new Map();
  const splitOf = (list) => {
    let split = splits.get(list);
    if (split === void 0) {
      const gatedBits = new Int32Array(words);
      for (const n of list) if (gated[n] === true) gatedBits[n >> 5] = gatedBits[n >> 5] | 1 << (n & 31);
      split = { open: list.filter((n) => gated[n] !== true), gatedBits };
      splits.set(list, split);
    }
    return split;
  };
  const matchesAt = (n, line, at) => {
    const pattern = sticky[n];
    pattern.lastIndex = at;
    return pattern.test(line);
  };
  const lineStartAt = (line, at, lineTags) => {
    const { open, gatedBits } = splitOf(index3.candidates(line, at));
    for (let k = 0; k < open.length; k++) if (matchesAt(open[k], line, at)) return true;
    for (let w = 0; w < words; w++) {
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
    if (lineStartAt(raw, at, lastTags)) return true;
    const bar = raw.indexOf("| ", at);
    if (bar > at && bar <= at + 101 || raw.startsWith("##[", at)) {
      PREFIX.lastIndex = at;
      if (PREFIX.test(raw) && lineStartAt(raw, PREFIX.lastIndex, lastTags)) return true;
    }
    return false;
  };
  let lastLine2;
  let lastBits = 0;
  const lastTags = new Int32Array(scanner.words);
  const scan = (line) => {
    if (line !== lastLine2) {
      lastBits = scanner.scan(line, lastTags);
      lastLine2 = line;
    }
    return lastBits;
  };
  const interesting = (raw) => {
    if (!safe) return true;
    const bits = scan(raw);
    if ((bits & ANCHOR) !== 0 || raw.includes("\x1B") || raw.startsWith('{"')) return true;
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
      return (bits & ANCHOR) !== 0 || lineStartAt(line, 0, lastTags);
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
var masks = /* @__PURE__ */ new Map();
var lastLine;
var lastMask = 0;
function mayMatch(line, n) {
  if (line !== lastLine) {
    index2 ??= lineStartIndex("signs", SIGN_PATTERNS);
    const list = index2.candidates(line);
    let mask = masks.get(list);
    if (mask === void 0) {
      mask = 0;
      for (const k of list) mask |= 1 << k;
      masks.set(list, mask);
    }
    lastMask = mask;
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
function sameVendor(expected, actual) {
  const root = (name) => /^[\s"'`]*([A-Za-z_][\w$]{0,100})\\/.exec(name)?.[1] ?? "";
  const a = root(actual);
  return a !== "" && a === root(expected) && phpClientNamespace(`${a}\\x`) !== void 0;
}
var TAP_DEPTH_MAX = 64;
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
var LogClassifier = class {
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
  /** The last failing test's marker, for a runner that prints one error for several tests. */
  lastStart;
  /** The last line a finding naming a service was recorded in a logging block. */
  loggedRefusalLine = 0;
  /** Feed one line of the log (without its newline); `lineNumber` sets its number explicitly. */
  push(rawLine, lineNumber) {
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
    return this.lineNumber + this.batch.length;
  }
  result(end) {
    this.flush();
    this.settleHeader();
    this.settlePreceding(void 0);
    for (const unit of this.units.values()) this.conclude(unit);
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && !interesting(lines[i])) continue;
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
      this.onMarker({ dialect: GO, event: "run", name: jsonTest, key: `go:${jsonTest}`, afterOutput: false, asserts: false });
    }
    if (this.jsonPackage !== void 0 && this.current?.runner === "go" && !this.unitPackage.has(this.current)) this.unitPackage.set(this.current, this.jsonPackage);
    const line = normaliseLine(rawLine);
    if (line === "") return;
    if (line.includes("ok ") || line.includes("# Subtest: ")) this.trackTap(line);
    if (line.includes("\u25B6 ") || line.includes("\u2716 ") || line.includes("\u2714 ") || line.includes("\uFE63 ")) this.trackSpec(line);
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
    const marker = this.reportMode ? void 0 : markerOf(line);
    if (marker) {
      this.handledLine = this.lineNumber;
      this.onMarker(marker);
      if (marker.asserts && this.current) this.record({ ruleId: "code.assertion", title: "Assertion failed", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: `${marker.dialect.id} reports this as a failed assertion` });
    }
    for (const n of knowledge().reported.candidates(line)) {
      const found = REPORTED_OF_DIALECTS[n].exec(line);
      if (found) this.reportedFailures = Math.max(this.reportedFailures, Number(found.slice(1).find((g) => g !== void 0)));
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
    if (unit && !marker) {
      if (PARENT_MARKER.test(line)) unit.parent = true;
      if (TEST_TIMEOUT.test(line)) {
        unit.timedOut = true;
        if (HOOK_TIMEOUT.test(line)) unit.hookTimedOut = true;
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
    if (FAILURE_SHAPE.test(text) || FAILURE_SHAPE_AT_START.test(text)) {
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
  onMarker(marker) {
    this.markerRunner = marker.dialect.id;
    this.afterTests = marker.event === "end" ? marker.dialect.ownLinesAfterTests : void 0;
    this.logScope = marker.event === "quiet" && marker.name !== "" ? this.loggedFor(marker.name) : void 0;
    this.logScopeLine = this.lineNumber;
    try {
      this.handleMarker(marker);
    } finally {
      this.precedingAfter = hasFindings(this.preceding) ? this.precedingAfter : marker.dialect.id;
      this.markerRunner = void 0;
    }
  }
  /** The last marker was an inner runner's end (gocheck's `OOPS:`) inside a go test. */
  innerRunnerEnded = false;
  handleMarker(marker) {
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
        if (marker.afterOutput) this.settlePreceding(unit);
        this.current = this.detailsDialect !== void 0 ? unit : void 0;
        this.quiet = false;
        return;
      }
      default: {
        const scope = marker.event === "outside" ? "outside" : "test";
        const state = marker.event === "run" ? "pending" : "failing";
        const known2 = this.units.get(marker.key);
        const again = known2 !== void 0 && marker.dialect.repeatsAreFailures === true && marker.event === "start" && known2.state === "failing";
        const unit = known2 && !again ? known2 : this.openUnit(again ? `${marker.key}@${this.lineNumber}` : marker.key, marker.name || marker.dialect.id, runner, scope, state);
        if (state === "failing") unit.state = "failing";
        if (this.tapParentAt === this.lineNumber) unit.parent = true;
        if (marker.event === "fail" && marker.dialect === GO && afterInnerRunner) unit.parent = true;
        const above = this.lastStart;
        if (marker.dialect.groupsIdenticalFailures && above && above.line === this.lineNumber - 1 && above.unit !== unit && !hasFindings(above.unit)) above.unit.sharesDetailsOf = unit;
        this.lastStart = marker.event === "start" ? { unit, line: this.lineNumber } : void 0;
        if (marker.afterOutput) this.settlePreceding(unit);
        this.current = unit;
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
    if (scope?.failedInside) this.tapParentAt = this.lineNumber;
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
    if (unit) count(unit, finding);
    else if (this.logScope && this.quiet) this.noteLogged(finding);
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
    const sides = codeRule && infraHere && ASSERTED.has(codeRule.id) ? assertionSides(line) : void 0;
    const wantedAnswer = sides !== void 0 && !CONNECTING_WORDS.test(sides.expected) && (EXPECTED_ANSWER_ERROR.test(sides.expected) && sameVendor(sides.expected, sides.actual) || SERVER_ANSWER.test(sides.expected));
    if (sides !== void 0 && (!EXPECTS_ERROR.test(line) || wantedAnswer)) {
      const actualIsRefusal = this.infraIn(sides.actual);
      const bare = (side) => side.replace(/^.{0,300}?\b(?:expected|want(?:ed)?)\b:?\s*/i, "").trim().replace(/^["'`]|["'`,.;:]+$/g, "");
      const expectedRefusal = this.infraIn(sides.expected);
      const sameRefusal = expectedRefusal && bare(sides.expected) === bare(sides.actual);
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
      const nullHandle = !infra && NULL_DEREFERENCE.test(line) && NULL_HANDLE.test(line);
      if (target2 && target2.lastInfraLine > 0 && nullHandle) {
        target2.consequences++;
        return true;
      }
      const note = infra ? `also matched ${infra.rule.id}` : void 0;
      this.record({ ...this.finding(codeRule, line, "code"), ...note ? { note } : {}, ...nullHandle ? { nullHandle } : {} });
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
    const interpreted = reraised ? { kind: "infrastructure", confidence: "high", service: reraised } : read;
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

export {
  LogClassifier,
  classifyText,
  lastShown
};
