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
} from "./chunk-ZIVUTHJE.js";
import {
  clip
} from "./chunk-3S6MWH67.js";
import {
  MATCH_WINDOW,
  normaliseLine
} from "./chunk-M5XEW74J.js";
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
} from "./chunk-KVV4JADU.js";
import {
  canonicalService
} from "./chunk-HLOXVYSR.js";

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
var DERIVED = `{"prefilter":{"key":"rules 230\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,45,47,196,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,336,338,339,340,341,342,343,344,348],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,10003,10004,8730,10006,8505,35,9762,9888,43,36],"words":6,"quiet":10487,"states":11761,"edges":"AAAAAAAAAAABAAAATQAAAAIAAAAFewAAAwAAAO8MAAAEAAAAm8IAAAUAAABSmAUABgAAAIL3AQAHAAAAijkGAAgAAADhxQEACQAAAKOBAAAKAAAA30EAAAsAAAACiAcADAAAAHOGAAANAAAA9RUAAA4AAAAzWgEADwAAAJ6gAAAQAAAAMSMAABEAAACIZgEAEgAAAGwIAAATAAAA2bkBABQAAAAEpgkAFQAAAI/kAQAWAAAAdv4AABcAAAC10AEAGAAAABDmAQAZAAAAbtkBABoAAAAW7wEAGwAAAIFpAgAcAAAAlYcCAB0AAAAAAAAAHgAAAEnOCgAfAAAAcPUAACAAAAB9FgIAIQAAAAAAAAAiAAAAY6IBACMAAAAu3wAAJAAAAACcAwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAG4MBACkAAABykgEAKgAAAPLwCAArAAAAoWsKACwAAAAAAAAALQAAAH/MAQAuAAAAAAAAAC8AAACzGgIAMAAAAA59AgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAARkwkAPAAAAEudCQA9AAAAD3cKAD4AAAAAAAAAPwAAAKl3CgBAAAAAAAAAAEEAAADQiwoAQgAAAB2MCgBDAAAAQp0KAEQAAACPnQoARQAAANydCgBGAAAAtK4KAEcAAABQsgoASAAAANm/CgBJAAAAXhQLAEoAAACrFAsASwAAAPCiCwBMAAAA1/ALAE8AAACaAAAAUAAAAE1PAwBSAAAA//YHAFMAAAD4JwEAVgAAABOQAABYAAAAiXkIAFkAAABL6AYAYQAAAHjoAQBkAAAAF0sDAGoAAAA/OAAAnQAAAOcAAACnAAAAkqkCAOoAAABLUgwAOQEAAIEBAACHAQAAzgEAANUBAAAbAgAAIwIAAGgCAABqAgAAtQIAAL4CAAACAwAADAMAAE8DAABaAwAAnAMAAKgDAADpAwAA9gMAADYEAABABAAAgwQAAJEEAADQBAAA3wQAAB0FAAAfBQAAagUAAHQFAAC3BQAAxQUAAAQGAAAJBgAAUQYAAF4GAACeBgAApgYAAOsGAAD7BgAAOAcAADoHAACFBwAAkwcAANIHAADjBwAAmFIMACYIAADlUgwAbggAAF+iCgB0CAAAuQgAAIUIAAApngoAiAgAAJneCADACAAABgkAAAsJAABTCQAAXwkAAKAJAACjCQAA7QkAAPUJAAA6CgAARwoAAIcKAACMCgAA1AoAAN4KAAAhCwAAKQsAAG4LAAB6CwAAuwsAAH0LAAAn4gEAzgsAAAgMAAAWDAAAVQwAAFgMAACiDAAArAwAADJTDADxDAAA+WgAAPIMAACchAEA9AwAADwNAAD4DAAAItMJAPkMAADJOwIA+gwAAArdAQD7DAAArBsAAP0MAABQXwEA/gwAADcsAAADDQAAam0CAAwNAAC6MgMADw0AALgBCwBCDQAAiQ0AAEsNAAALIgcAjw0AANYNAADqDQAAIw4AADgOAABwDgAAeA4AAL0OAADHDgAACg8AAA8PAABXDwAAXA8AAKQPAACsDwAA8Q8AAAcQAAA+EAAAQBAAAIsQAACYEAAA2BAAAOwQAAAlEQAALREAAHIRAACBEQAAvxEAANARAAAMEgAAGhIAAFkSAABlEgAAphIAALMSAADzEgAA/RIAAEATAABDEwAAjRMAAJUTAADaEwAA3BMAACcUAAA4FAAAdBQAAHoUAADBFAAAzRQAAA4VAAAQFQAAWxUAAGIVAACoFQAAvBUAAH9TDAD2FQAAWRoMAPcVAACKAwIA+hUAAEIWAAD+FQAAjrwBAAMWAAB2zAIARBYAAMm6AABFFgAAQrQGAEkWAAD0pggAShYAAI8WAABMFgAAqSQBAE0WAABrfgYATxYAAPvVBQBRFgAAozoJAFMWAAD4qgUAWBYAAEEJAgBbFgAAbU0FAJAWAADcFgAAkhYAAMwbBQCVFgAAIV4JAPMWAAApFwAAQRcAAHYXAACBFwAAwxcAANwXAAAQGAAAEhgAAF0YAAB3GAAAqhgAALkYAAD3GAAA/BgAAEQZAABRGQAAkRkAAKEZAADeGQAA5hkAACsaAAA3GgAAeBoAAIUaAADFGgAAzxoAABIbAAAYGwAAXxsAAHMbAADMUwwAshsAAPkbAAC2GwAAO2wKAMMbAACRbAkAFBwAAEYcAABSHAAAkxwAAJkcAADgHAAA4xwAAKzrBADoHAAALR0AADAdAADACQUANB0AAHodAAA4HQAAY3IGADsdAACBAwMAfx0AAMcdAADTHQAAFB4AABceAABhHgAAaR4AAK4eAAC7HgAA+x4AAAAfAABIHwAAUh8AAJUfAACdHwAA4h8AAOUfAAAvIAAAOCAAAHwgAAB9IAAAySAAAMogAAAWIQAAGyEAAGMhAABpIQAAsCEAALohAAD9IQAABSIAAEoiAABNIgAAlyIAAJoiAADkIgAA9SIAABlUDAAzIwAAOosBADYjAAAGqQkAOiMAAOGyCwA9IwAAfiMAAD8jAABjDAcAliMAAMsjAADOIwAAGCQAACQkAABlJAAAciQAALIkAAC5JAAA/yQAAAElAABMJQAAVSUAAJklAACjJQAA5iUAAPElAAAzJgAATyYAAIAmAACIJgAAZlQMANImAAAaJwAAIicAAGcnAABoJwAAtCcAALYnAAABKAAABCgAAE4oAABRKAAAs1QMAKAoAADoKAAA7igAADUpAAA8KQAAgikAAIopAADPKQAA0ikAABwqAAAlKgAAaSoAAGoqAAC2KgAAtyoAAAMrAAAUKwAAUCsAAF4rAACdKwAAqSsAAOorAADxKwAAAFUMAD0sAACELAAAhiwAANEsAADnLAAAHi0AACYtAABrLQAAbS0AALgtAADBLQAABS4AAA8uAABSLgAAXS4AAJ8uAACrLgAA7C4AAPkuAAA5LwAAQy8AAIYvAACULwAA0y8AAOIvAAAgMAAAIjAAAG0wAAB3MAAAujAAAMgwAAAHMQAADDEAAFQxAABhMQAAoTEAAKkxAADuMQAA9DEAADsyAABHMgAAiDIAAKUyAADVMgAA3jIAACIzAAAwMwAAbzMAAHUzAAC8MwAAyDMAAAk0AAAMNAAAVjQAAF40AACjNAAAtDQAAPA0AAD+NAAAPTUAAFY1AACKNQAAizUAANc1AAD0NQAATVUMACk2AABxNgAAdzYAAL42AADGNgAACzcAABQ3AABYNwAAWzcAAKU3AACxNwAA8jcAAPg3AADnVQwAWzgAAIw4AACUOAAANFYMANw4AAAmOQAANzkAAHM5AAB7OQAAwDkAAM45AAANOgAAEDoAAFo6AABiOgAApzoAALQ6AAD0OgAA+ToAAEE7AABLOwAAjjsAAJY7AADbOwAA5zsAACg8AAA1PAAAdTwAAHc8AADCPAAA2zwAAA89AAAgPQAAXD0AAGg9AACpPQAAsD0AAPY9AAD+PQAAQz4AAEg+AACQPgAAnT4AAN0+AADlPgAAKj8AADQ/AAB3PwAAgj8AAMQ/AADQPwAAEUAAABlAAACBVgwAakAAAKtAAACxQAAA+EAAABNBAABFQQAAUUEAAJJBAACYQQAAzlYMAORBAABn9QEA5UEAAAI5BADmQQAAFCIGAOpBAAAsQgAA60EAAO6dCADtQQAAQb4EAPNBAADT/QEAOEIAAHlCAAB/QgAAvgoLAIFCAAAbVwwA0kIAABNDAAAZQwAAYEMAAHtDAACtQwAAuUMAAPpDAAAARAAAR0QAAE9EAACURAAAmkQAAOFEAADtRAAALkUAAEtFAAB7RQAAhEUAAMhFAADURQAAFUYAABhGAABiRgAAbEYAAK9GAAC7RgAA/EYAAANHAABJRwAAUUcAAJZHAACXRwAAIVgAAJlHAADjRwAA8kcAADBIAAA2SAAAfUgAAH9IAADKSAAA4EgAABdJAAA1SQAAZEkAAH1JAACxSQAAs0kAAP5JAAABSgAAS0oAAFdKAACYSgAAn0oAAOVKAADtSgAAMksAADRLAAB/SwAAiEsAAMxLAADWSwAAGUwAACRMAABmTAAAckwAALNMAADATAAAAE0AAApNAABNTQAAW00AAJpNAACpTQAA500AAOlNAAA0TgAAPk4AAIFOAACPTgAAzk4AANNOAAAbTwAAKE8AAGhPAAB9TwAAtU8AAL1PAAACUAAAG1AAAE9QAABYUAAAnFAAAKZQAADpUAAA8VAAADZRAABDUQAAg1EAAIhRAADQUQAA2FEAAB1SAAAeUgAAalIAAGxSAAC3UgAAulIAAARTAAAHUwAAaFcMAFZTAACeUwAApFMAAOtTAADyUwAAOFQAAEBUAACFVAAAiVQAANJUAADUVAAAH1UAACJVAABsVQAAdFUAALlVAAC6VQAABlYAAAxWAABTVgAAWFYAAKBWAAC7VgAA7VYAAPtWAAA6VwAAQVcAAIdXAACTVwAA1FcAANtXAAC1VwwAI1gAAG5YAABxWAAAu1gAAL5YAAACWAwADVkAAFVZAABbWQAAolkAAKlZAADvWQAADVoAADxaAABVWgAAiVoAAItaAADWWgAA2VoAACNbAAAvWwAAcFsAAHdbAAC9WwAAxVsAAApcAAAMXAAAV1wAAGBcAACkXAAArlwAAPFcAAD8XAAAPl0AAEpdAACLXQAAmF0AANhdAADiXQAAJV4AADNeAAByXgAAgV4AAL9eAADBXgAADF8AABZfAABZXwAAZ18AAKZfAACrXwAA818AAABgAABAYAAAVWAAAI1gAACVYAAA2mAAAPNgAAAnYQAAMGEAAHRhAAB+YQAAwWEAAMlhAAAOYgAAG2IAAFtiAABgYgAAqGIAALBiAAD1YgAA9mIAAEJjAABEYwAAj2MAAJJjAADcYwAA32MAAE9YDAAuZAAAdmQAAHxkAADDZAAAymQAABBlAAAYZQAAXWUAAGFlAACqZQAArGUAAPdlAAD6ZQAARGYAAExmAACRZgAAkmYAAN5mAADkZgAAK2cAADBnAAB4ZwAAk2cAAMVnAADTZwAAEmgAABloAABfaAAAa2gAAKxoAACzaAAAnFgMAPxoAABGaQAAV2kAAJNpAACbaQAAjm8BAK9pAADgaQAA6GkAAOlYDAA8agAAemoAAIBqAADHagAAyWoAABRrAAAqawAAYWsAAH9rAACuawAAsWsAAPtrAAAHbAAASGwAAE5sAACVbAAAsGwAAOJsAADubAAAL20AADVtAAB8bQAAmm0AAMltAADZbQAAFm4AACRuAABjbgAAaW4AALBuAACzbgAA/W4AAAdvAABKbwAAaG8AAJdvAACtbwAA5G8AAPBvAAAxcAAANHAAAH5wAACBcAAAy3AAAM1wAAAYcQAAL3EAAGVxAABxcQAAsnEAAM5xAAD/cQAAB3IAADZZDABdcgAAmXIAAKdyAADmcgAA8nIAADNzAABAcwAAgHMAAIpzAADNcwAA1XMAABp0AAAbdAAAZ3QAAGl0AAC0dAAAt3QAAAF1AAAEdQAAg1kMAFN1AACbdQAAoXUAAOh1AADvdQAANXYAAD12AACCdgAAmHYAAM92AADYdgAAHHcAAB93AABpdwAAc3cAALZ3AAC+dwAAA3gAABx4AABQeAAAXHgAAJ14AACleAAA0FkMAPJ4AAA3eQAAOnkAAIR5AACOeQAA0XkAANd5AAAeegAALHoAAGt6AAB4egAAuHoAAM96AAAdWgwABnsAAC0+CwAIewAA64cBAAt7AADUJQIADHsAANgUBgANewAA1QIFAA57AAB4tAAAD3sAAKUFAgASewAAYhoLABR7AABSewAAFnsAAKuRBgAbewAAoikFABx7AACsVQoAXHsAAIJhBwBhewAAn3sAAKt7AADsewAA7XsAAI0VAwDvewAAOXwAADx8AACGfAAAjXwAAAdlAQCOfAAA03wAAJ58AACEEwEA2nwAACB9AAAsfQAAbX0AAHp9AAC6fQAAyH0AAAd+AAATfgAAVH4AAFt+AAChfgAAqX4AAO5+AAD+fgAAO38AAEB/AACIfwAAjn8AANV/AADdfwAAIoAAACuAAABvgAAAcoAAALyAAADIgAAACYEAAA+BAABqWgwAdYEAALdaDACwgQAA8IEAAPKBAADp6gAA84EAABxFAgD3gQAAgTsKAPuBAAD4kwkA/IEAABilAQD/gQAAQY4JAAmCAACDHwIAEIIAAD2CAABKggAAioIAAI+CAADXggAA24IAACSDAAAxgwAAcYMAAHmDAAC+gwAAfIMAAK6KCADFgwAAC4QAANSDAAAWCgQADYQAAFiEAABihAAApYQAAKeEAADyhAAAC4UAAD+FAABBhQAAjIUAAI+FAADZhQAA5YUAACaGAAAuhgAABFsMAHmGAADAhgAAe4YAAFC0DQCChgAASDwFAISGAAAxjQUAhoYAALMzAQCPhgAAX1UKAMaGAAAm0wAA2IYAAA2HAAAPhwAAWocAABqHAAAAmgAAJocAAMSMAABphwAAp4cAALaHAAD0hwAAAIgAAEGIAABEiAAAjogAAJGIAADbiAAA84gAACiJAAAviQAAdYkAAIGJAADCiQAAz4kAAA+KAAAdigAAXIoAAGiKAACpigAAsIoAAPaKAAAOiwAAQ4sAAE+LAACQiwAAlosAAN2LAADjiwAAKowAAC+MAAB3jAAAfYwAAJ5bDADGjAAAEY0AABiNAABejQAAdo0AAKuNAACyjQAA+I0AABGOAABFjgAAXY4AAJKOAACejgAA344AAOWOAAAsjwAAMo8AAHmPAAB+jwAAxo8AAMyPAADrWwwALJAAAGCQAABxkAAArZAAALuQAAD6kAAACZEAAEeRAABPkQAAlJEAALSRAADhkQAA7ZEAAC6SAABCkgAAe5IAAIOSAADIkgAAzpIAABWTAAAhkwAAYpMAAGyTAACvkwAAtZMAAPyTAAAKlAAASZQAAFWUAACWlAAAsZQAAOOUAADllAAAMJUAAEGVAAB9lQAAhZUAAMqVAADYlQAAF5YAABqWAABklgAAbJYAALGWAAC+lgAA/pYAAAOXAABLlwAAVZcAAJiXAACglwAA5ZcAAOeXAAAymAAAQ5gAAH+YAACQmAAAzJgAANGYAAAZmQAAHZkAAGaZAABymQAAs5kAALqZAAA4XAwABZoAAE2aAABXmgAAmpoAALKaAADnmgAA6poAADSbAAA9mwAAgZsAAIKbAADOmwAAz5sAABucAAAgnAAAaJwAAG6cAAC1nAAAv5wAAAKdAAAOnQAAT50AAFadAACcnQAAtJ0AAOmdAADrnQAANp4AAD+eAACDngAAjZ4AANCeAADbngAAHZ8AADWfAABqnwAAgJ8AALefAAC8nwAABKAAAAugAABRoAAAXaAAAIVcDACgoAAAbnMCAKOgAAAQmQEAp6AAAOEUBQCvoAAA66AAAO2gAADaLgIA+aAAADihAABEoQAAhaEAAEehAADkwAYAkqEAANKhAADcoQAAH6IAACCiAADOCQwAJ6IAAGyiAABzogAAuaIAAIeiAAD6dwEAvqIAAAajAAASowAAU6MAAFajAACgowAAqKMAAO2jAAD6owAAOqQAAD+kAACHpAAAkaQAANSkAADcpAAAIaUAACSlAABupQAAd6UAALulAAC8pQAACKYAAAmmAABVpgAAWqYAAKKmAACopgAA76YAAPmmAAA8pwAARKcAAImnAACLpwAA1qcAAN+nAAAjqAAALagAAHCoAAB7qAAAvagAAMmoAAAKqQAAF6kAAFepAABhqQAApKkAALKpAADxqQAAAKoAAD6qAABAqgAAi6oAAJWqAADYqgAA5qoAACWrAAAqqwAAcqsAAH+rAAC/qwAAx6sAAAysAAANrAAAWawAAF+sAACmrAAAq6wAAPOsAAD9rAAAQK0AAEWtAACNrQAAnK0AANqtAADfrQAAJ64AADiuAAB0rgAAfK4AAMGuAADHrgAADq8AABqvAABbrwAAeK8AAKivAACxrwAA9a8AAAGwAABCsAAARbAAAI+wAACZsAAA3LAAAOiwAAApsQAAMLEAAHaxAAB+sQAAw7EAANyxAAAQsgAAJLIAAF2yAABlsgAAqrIAAK2yAAD3sgAAA7MAAESzAABKswAAkbMAAKyzAADeswAA6rMAACu0AAAxtAAA0lwMAIK0AADFtAAA0LQAABK1AAAatQAAA8UAAB61AABftQAAbLUAAKy1AAC2tQAA+bUAAAe2AABGtgAAVbYAAJO2AACVtgAA4LYAAOq2AAAttwAAO7cAAHq3AAB/twAAx7cAANS3AAAUuAAAHLgAAGG4AABiuAAArrgAAGW4AAD1SQEAcbgAAD9sAQC/uAAA+7gAAAS5AABIuQAAX7kAAJW5AACjuQAA4rkAAO+5AAAvugAAN7oAAHy6AACbugAAH10MANK6AAAWuwAAILsAAGO7AABuuwAAbF0MALK7AAD9uwAABrwAAEq8AABUvAAAl7wAAKK8AADkvAAA8LwAADG9AAA+vQAAfr0AAIi9AADLvQAA2b0AABi+AAAnvgAAZb4AAGe+AACyvgAAvL4AAP++AAANvwAATL8AAFG/AACZvwAApr8AAOa/AADuvwAAM8AAADnAAACAwAAAjMAAAM3AAADqwAAAGsEAACPBAABnwQAAdcEAALTBAAC6wQAAAcIAAA3CAABOwgAAVcIAALldDACdwgAA9eMBAKHCAADowgAA7cIAADXDAAD2wgAA2KwDAELDAACCwwAAmcMAAM/DAADQwwAAHMQAAB7EAABpxAAAbMQAALbEAAC5xAAABl4MACTFAABQxQAAUcUAAJ3FAACfxQAA6sUAAO3FAAA3xgAAOsYAAFNeDACJxgAA0cYAANfGAAAexwAAJccAAGvHAACNxwAAuMcAAMDHAAAFyAAAFMgAAFLIAABUyAAAn8gAALDIAADsyAAA/cgAADnJAABFyQAAhskAAI3JAADTyQAA28kAACDKAAAkygAAbcoAAHvKAAC6ygAAxMoAAAfLAAASywAAVMsAAFnLAAChywAAqssAAO7LAAD4ywAAO8wAAEPMAACIzAAAiswAANXMAADizAAAIs0AADbNAABvzQAAd80AALzNAAC9zQAACc4AAAvOAABWzgAAWc4AAKPOAACmzgAAoF4MAPXOAAA9zwAAQ88AAIrPAACRzwAA188AAN/PAAAk0AAAM9AAAHHQAAB20AAAvtAAAMvQAAAL0QAAG9EAAFjRAABm0QAApdEAALzRAADy0QAA+9EAAD/SAABF0gAAjNIAAJjSAADZ0gAA4NIAAO1eDAAr0wAANmwCAC7TAABz0wAAM9MAAOvYBwCC0wAAwNMAANHTAAAN1AAAG9QAAFrUAABm1AAAp9QAALTUAAD01AAA/tQAAEHVAABJ1QAAjtUAAJHVAADb1QAA59UAACjWAAA11gAAddYAAH/WAADC1gAAytYAAA/XAAAR1wAAXNcAAGXXAACp1wAAs9cAAPbXAAAB2AAAQ9gAAFjYAACQ2AAAmNgAAN3YAAD22AAAKtkAADPZAAB32QAAgdkAAMTZAADM2QAAEdoAAB7aAABe2gAAY9oAAKvaAACz2gAA+NoAAPnaAABF2wAAR9sAAJLbAACV2wAA39sAAOLbAAA6XwwAMdwAAHncAAB/3AAAxtwAAM3cAAAT3QAAG90AAGDdAABu3QAArd0AALDdAAD63QAAAt4AAEfeAABK3gAAlN4AAKDeAADh3gAA694AAIdfDAAw3wAAe98AADHfAABXrwkAOd8AAIAPBAA93wAA6dEBAD7fAACoaAkAUt8AAAu4AQCE3wAAyN8AANLfAAAV4AAAIOAAAGLgAABu4AAAr+AAALzgAAD84AAABuEAAEnhAABX4QAAluEAAKXhAADj4QAA5eEAADDiAAA64gAAfeIAAIviAADK4gAAz+IAABfjAAAk4wAAZOMAAHTjAACx4wAAs+MAAP7jAAAM5AAAS+QAAFzkAADUXwwAn+QAACFgDADt5AAAbmAMADvlAAB/5QAAieUAAMzlAADX5QAAGeYAACXmAABm5gAAc+YAALPmAAC95gAAAOcAAA7nAABN5wAAXOcAAJrnAACc5wAA5+cAAPHnAAA06AAAQugAAIHoAACG6AAAzugAANvoAAAb6QAAI+kAAGjpAAB46QAAtekAALfpAAAC6gAAEOoAAE/qAABg6gAAu2AMAKPqAAAIYQwAAusAADbrAABH6wAAg+sAAI/rAADQ6wAA2OsAAFVhDAAi7AAAauwAAHLsAAC37AAAuewAAATtAAC87AAA0gsGAMbsAAAO/gMADe0AAFHtAAAT7QAAniUIAFvtAACe7QAAqe0AAOvtAAD37QAAOO4AAEXuAACF7gAAj+4AANLuAADg7gAAH+8AAC7vAABs7wAAbu8AALnvAADD7wAABvAAABLwAABT8AAAW/AAAKJhDACj8AAA7fAAAPvwAAA68QAAR/EAAIfxAACe8QAA1PEAANzxAAAh8gAAN/IAAG7yAAB68gAAu/IAAMryAAAI8wAAE/MAAFXzAABX8wAAovMAAK/zAADv8wAA/fMAADz0AAA/9AAAifQAAJ/0AADW9AAA3vQAACP1AAA19QAA72EMAH31AADhMQoAf/UAAL31AADC9QAACvYAABH2AABX9gAAY/YAAKT2AACx9gAA8fYAAPP2AAA+9wAAVPcAAIv3AACX9wAA2PcAAPf3AAAl+AAAQfgAAHL4AAB6+AAAPGIMAMH4AAAM+QAAFfkAAFn5AABj+QAApvkAALH5AADz+QAA//kAAED6AABN+gAAjfoAAJf6AADa+gAA6PoAACf7AAA2+wAAdPsAAHb7AADB+wAAy/sAAA78AAAc/AAAW/wAAGD8AACo/AAAtfwAAPX8AAAF/QAAQv0AAET9AACP/QAAnf0AANz9AADt/QAAiWIMADD+AADWYgwAeP4AANxMBAB7/gAAw/4AAH/+AABGnQEAgv4AACpDBgCE/gAAFXoBAIr+AABz1QMAyv4AABH5CADQ/gAAEP8AACf/AABd/wAAYv8AAKr/AACt/wAA9/8AALT/AADk8gQAxv8AAIT8BAD8/wAAZ/cEAAMAAQBEAAEASgABAGULAQBTAAEAkQABAJoAAQDeAAEA5AABACsBAQA5AQEAeAEBAIIBAQDFAQEA2QEBABICAQAeAgEAXwIBAHICAQCsAgEAuwIBAPkCAQAFAwEARgMBAEcDAQCTAwEAnQMBAOADAQDuAwEALQQBADIEAQB6BAEAhwQBAHBjDADaBAEAFAUBACMFAQBhBQEAbQUBAK4FAQCvBQEA+wUBAAUGAQBIBgEAVgYBAJUGAQCaBgEA4gYBAO8GAQBXZAwAMQcBAHwHAQCFBwEAyQcBANMHAQAWCAEAIQgBAGMIAQBvCAEAsAgBAL0IAQD9CAEABwkBAEoJAQBYCQEAlwkBAKYJAQDkCQEA5gkBADEKAQA7CgEAfgoBAIwKAQDLCgEA2AoBABgLAQAvCwEApGQMAIALAQCyCwEAvgsBAP8LAQAFDAEATAwBAFgMAQCZDAEAnwwBAOYMAQDsDAEAMw0BADgNAQCADQEAhg0BAPFkDADWDQEAGg4BACQOAQBnDgEAcg4BALQOAQDADgEAAQ8BAA4PAQBODwEAWA8BAJsPAQCpDwEA6A8BAPcPAQA1EAEANxABAIIQAQCMEAEAzxABAN0QAQAcEQEAIREBAGkRAQB2EQEAthEBAL4RAQADEgEAExIBAFASAQBSEgEAnRIBAKsSAQDqEgEA+xIBANhlDAA+EwEAJWYMAIoTAQDREwEA3RMBAB4UAQAuFAEAaxQBAHQUAQC4FAEAuxQBAAUVAQARFQEAUhUBAFkVAQCfFQEApxUBAOwVAQAKFgEAORYBAEEWAQCGFgEAlxYBANMWAQDYFgEAIBcBADcXAQBtFwEAexcBALoXAQDHFwEABxgBAA8YAQBUGAEAWBgBAKEYAQCjGAEA7hgBAPEYAQA7GQEAQxkBAIgZAQCOGQEA1RkBAOEZAQAiGgEAMhoBAG8aAQB4GgEAvBoBAL8aAQAJGwEAFRsBAFYbAQBdGwEAcmYMAKwbAQDwGwEA8xsBAD0cAQBLHAEAihwBAJccAQDXHAEA7hwBACQdAQAsHQEAcR0BAHMdAQC+HQEAxx0BAAseAQAVHgEAWB4BAGMeAQClHgEAsR4BAPIeAQD/HgEAPx8BAEkfAQCMHwEAmh8BANkfAQDoHwEAJiABACggAQBzIAEAfSABAMAgAQDOIAEADSEBABIhAQBaIQEAZyEBAKchAQCvIQEA9CEBAAoiAQBBIgEATSIBAI4iAQCdIgEA2yIBAOYiAQAoIwEAKiMBAHUjAQCCIwEAwiMBANAjAQAPJAEAEiQBAFwkAQByJAEAv2YMALEkAQCJ2wEAtyQBAJlAAgDBJAEA9iQBAPgkAQBDJQEAVCUBAJAlAQChJQEA3SUBAOIlAQAqJgEALiYBAHcmAQCDJgEAxCYBAMsmAQARJwEAGScBAF4nAQB8JwEAqycBALMnAQAMZwwA/ScBAEUoAQBGKAEAvZUKAFQoAQA3zAkAXigBAJIoAQCUKAEA3ygBAPgoAQAsKQEAPSkBAHkpAQCFKQEAxikBAMgpAQATKgEAHCoBAGAqAQAiKgEAfS8BAGoqAQCtKgEAuCoBAPoqAQAGKwEARysBAFQrAQCUKwEAnisBAOErAQDvKwEALiwBAD0sAQB7LAEAfSwBAMgsAQDSLAEAFS0BACMtAQBiLQEAZy0BAK8tAQC8LQEA/C0BAAguAQBJLgEATy4BAJYuAQCcLgEA4y4BAOguAQAwLwEANi8BAFlnDACMLwEAyi8BANYvAQAXMAEAGjABAGQwAQBnMAEAsTABALgwAQD+MAEACjEBAEsxAQBYMQEAmDEBAKYxAQDlMQEA8TEBADIyAQA5MgEApmcMAIUyAQDMMgEA0jIBABkzAQAeMwEAZjMBAGwzAQDzZwwAtDMBAGLHAQC9MwEA51MJAL8zAQBaQgwAwTMBAOzOCQDCMwEAADQBAAw0AQBNNAEATjQBAJo0AQBZNAEAXN0JAKQ0AQDnNAEA9TQBADQ1AQA5NQEAgTUBAI41AQBAaAwA0DUBABecCQDcNQEAD5AJAPE1AQAbNgEAQDYBAGg2AQCONgEAtTYBANw2AQACNwEAJjcBAE83AQBXNwEAjWgMAKg3AQDpNwEA6zcBADY4AQA5OAEAgzgBAIg4AQDQOAEA3TgBAB05AQA5OQEAajkBAHI5AQDaaAwAwDkBAAQ6AQDEOQEACkMBAAc6AQBROgEAXToBAJ46AQCkOgEA6zoBAPg6AQA4OwEAOjsBAIU7AQCbOwEA0jsBAN47AQAfPAEAJzwBACdpDAByPAEAuTwBAME8AQAGPQEABz0BAFM9AQBVPQEAoD0BAKM9AQDtPQEA8D0BAHRpDAA/PgEAhz4BAI0+AQDUPgEA2z4BACE/AQApPwEAbj8BAHs/AQC7PwEAwD8BAAhAAQASQAEAVUABAF1AAQCiQAEApEABAO9AAQAAQQEAPEEBAE1BAQCJQQEAjkEBANZBAQDaQQEAI0IBAC9CAQBwQgEAd0IBAL1CAQDPQgEAwWkMAA9DAQBXQwEAX0MBAKRDAQCmQwEA8UMBAABEAQA+RAEATUQBAItEAQCXRAEA2EQBANtEAQAlRQEAKEUBAHJFAQB6RQEAv0UBAMlFAQAMRgEAEUYBAFlGAQBhRgEApkYBALBGAQDzRgEA/kYBAEBHAQBORwEAjUcBAJBHAQDaRwEA4kcBACdIAQBCSAEAdEgBAH9IAQDBSAEAxkgBAA5JAQARSQEAW0kBAGVJAQCoSQEAukkBAA5qDAADSgEAQkoBAExKAQCPSgEAmkoBANxKAQDkSgEAKUsBAC9LAQB2SwEAeEsBAMNLAQDcSwEAEEwBAClMAQBdTAEAa0wBAKpMAQC0TAEA90wBAA1NAQBETQEAYU0BAJFNAQCZTQEA3k0BAO5NAQArTgEALU4BAHhOAQCGTgEAxU4BANZOAQBbagwAGU8BAKhqDABgTwEArE8BAL1PAQD5TwEABVABAEZQAQBIUAEAk1ABAJZQAQDgUAEA7FABAC1RAQA1UQEAQmsMAIVRAQDHUQEA01EBABRSAQAjUgEAYVIBAIFSAQCuUgEAtlIBAPtSAQAPUwEASFMBAE1TAQCVUwEAnlMBAOJTAQDoUwEAL1QBADdUAQB8VAEAi1QBAMlUAQDOVAEAFlUBACNVAQBjVQEAcFUBALBVAQC8VQEA/VUBAAxWAQBKVgEAVFYBAJdWAQClVgEA5FYBAOlWAQAxVwEAPlcBAH5XAQCGVwEAy1cBAM5XAQAYWAEAJFgBAGVYAQBvWAEAslgBALxYAQD/WAEADVkBAExZAQBZWQEAmVkBALBZAQDmWQEA6VkBAI9rDAA2WgEAGikDAD1aAQBMqAQAQFoBAIBaAQBDWgEAkwkKAERaAQDuTAIASVoBAIR7AwCHWgEAmBgCAI9aAQANDgsAm1oBAM1aAQDPWgEAGlsBACtbAQBnWwEAdVsBALRbAQC7WwEAAVwBAANcAQBOXAEABlwBAF0zAgAJXAEAknUBAF1cAQCbXAEAqlwBAOhcAQD0XAEANV0BADhdAQCCXQEAhV0BAM9dAQDvXQEAHF4BACheAQBpXgEAfV4BALZeAQDEXgEAA18BAApfAQDcawwAZ18BAJ1fAQCfXwEA+3EJAKBfAQAUcQkAql8BAOpfAQDsXwEAN2ABAEFgAQCEYAEASGABAEp1CQCNYAEA0WABANdgAQAeYQEAKmEBAGthAQByYQEAuGEBAL1hAQAFYgEAEWIBAFJiAQBVYgEAn2IBAKxiAQDsYgEA8WIBADljAQBDYwEAhmMBAJxjAQDTYwEA1WMBACBkAQAqZAEAbWQBAHxkAQC6ZAEAxWQBAClsDAATZQEAVGUBAGFlAQChZQEAr2UBAO5lAQD6ZQEAO2YBAEJmAQB2bAwAjWYBANVmAQCUZgEAMrkLAJZmAQBUgAMA12YBAN/2AgDaZgEA/LIIAOxmAQAiZwEAMGcBAG9nAQB8ZwEAvGcBAMRnAQAJaAEAE2gBAJwHBgAZaAEAVmgBAFhoAQCjaAEAsWgBAPBoAQABaQEAw2wMAERpAQAQbQwAj2kBANdpAQDdaQEAJGoBACxqAQBxagEAemoBAL5qAQDBagEAC2sBABdrAQBYawEAXmsBAKVrAQCtawEA8msBABFsAQCqbQwAQWwBAIxsAQCabAEA2WwBAOpsAQD3bQwALW0BAERuDAB4bQEAwG0BAMZtAQANbgEAFW4BAFpuAQBjbgEAp24BAKpuAQD0bgEAAG8BAEFvAQBHbwEA3m4MAJBvAQDbbwEA5G8BAChwAQAycAEAdXABAIBwAQDCcAEAznABAA9xAQAccQEAXHEBAGZxAQCpcQEAt3EBAPZxAQAFcgEAQ3IBAEVyAQCQcgEAmnIBAN1yAQDrcgEAKnMBAC9zAQB3cwEAhHMBAMRzAQDMcwEAEXQBACF0AQBedAEAYHQBAKt0AQC5dAEA+HQBAAl1AQArbwwATHUBAHhvDACbdQEA33UBAOJ1AQAsdgEAOHYBAHl2AQB/dgEAxnYBANN2AQATdwEAFXcBAGB3AQB2dwEArXcBALl3AQDFbwwABngBAEd4AQBNeAEAlHgBAJd4AQDheAEA73gBAC55AQAzeQEAe3kBAIh5AQDIeQEA0HkBABJwDAAiegEAYnoBAHB6AQCvegEAxXoBAPx6AQAFewEASXsBAF97AQCWewEAnnsBAON7AQDmewEAMHwBADl8AQB9fAEAfnwBAMp8AQDLfAEAF30BABx9AQBkfQEAan0BALF9AQC7fQEA/n0BAAp+AQBLfgEAUn4BAJh+AQCgfgEA5X4BAOd+AQAyfwEAM38BAH9/AQCNfwEAzH8BANR/AQAZgAEANIABAGaAAQBygAEAs4ABALmAAQAAgQEAA4EBAE2BAQBbgQEAmoEBAJ+BAQDngQEA9IEBADSCAQA8ggEAgYIBAI+CAQDOggEA0YIBAF9wDAAegwEAaIMBAB+DAQBOrQcAJ4MBAJGeBwApgwEAztUKAC6DAQBp/goAa4MBALWDAQDGgwEAAoQBAB6EAQBPhAEAV4QBAKxwDACthAEA6YQBAPGEAQA2hQEAPIUBAIOFAQCIhQEA0IUBANmFAQAdhgEAJ4YBAGqGAQB4hgEAt4YBAMSGAQAEhwEAEIcBAFGHAQBUhwEAnocBALqHAQD5cAwA7ocBADiIAQD/hwEAKWYDAESIAQCFiAEAi4gBANKIAQDciAEARnEMACSJAQBsiQEAeYkBALmJAQDBiQEA5HcMAMWJAQAGigEAyYkBAAqQAQAMigEAU4oBAFmKAQCgigEApYoBAO2KAQDzigEAk3EMAESLAQDicgkASIsBAIeLAQCYiwEA4HEMANuLAQAtcgwAKYwBAHpyDAB8jAEAu4wBAMKMAQAIjQEAEI0BAFWNAQBijQEAoo0BAKeNAQDvjQEA+Y0BADyOAQBEjgEAiY4BAI+OAQDWjgEA2I4BACOPAQAxjwEAcI8BAHOPAQC9jwEAyY8BAMdyDAAMkAEAV5ABAGWQAQCkkAEAtZABABRzDAD4kAEAYXMMAESRAQCLkQEAkZEBANiRAQDdkQEAJZIBACuSAQCucwwAdJIBAL+SAQB+kgEAC20EANqSAQAMkwEADpMBAFmTAQBzkwEAppMBALOTAQDqsAcAt5MBAPOTAQD1kwEAQJQBAE2UAQCNlAEApJQBANqUAQD0lAEAJ5UBACmVAQB0lQEAd5UBAMGVAQDElQEADpYBABqWAQBblgEAYZYBAKiWAQCylgEA+3MMAPqWAQBClwEAT5cBAI+XAQCblwEA3JcBAOKXAQApmAEAL5gBAHaYAQB7mAEAw5gBAMmYAQBIdAwAF5kBAKAqCwAZmQEAlSEDAB2ZAQAVYQIAIZkBALhnCgAmmQEAXZkBAF6ZAQCqmQEAc5kBAOnsAwCsmQEA95kBALiZAQA+eAIA/ZkBAESaAQBSmgEAkZoBAJSaAQDemgEA45oBACubAQA4mwEAeJsBAIibAQDFmwEAx5sBABKcAQAgnAEAX5wBAHCcAQCVdAwAspwBAPmcAQAFnQEA4nQMAFedAQCTnQEAnZ0BAOCdAQDunQEALZ4BAC6eAQB6ngEAi54BAMeeAQDTngEAFJ8BACSfAQBhnwEAY58BAK6fAQC8nwEA+58BAAygAQAvdQwATqABAJWgAQChoAEAfHUMAO6gAQAvoQEANaEBAHyhAQCCoQEAyaEBAM6hAQAWogEAHKIBAMl1DABrogEAsKIBALqiAQCT8AoAyaIBAP2iAQAGowEASqMBAFSjAQCXowEAn6MBAOSjAQDoowEAMaQBADOkAQB+pAEAgaQBAMukAQDnpAEAFnYMACulAQBlpQEAZqUBALKlAQC+pQEA/6UBAA6mAQBMpgEAVqYBAJmmAQClpgEA5qYBAO2mAQBjdgwAOacBACX+CQBGpwEAgKcBAI+nAQDNpwEA2acBABqoAQAbqAEAZ6gBAHGoAQC0qAEAwqgBAAGpAQAGqQEATqkBAFupAQD9dgwAo6kBAOipAQD0qQEANaoBAEiqAQCCqgEAg6oBAM+qAQDbqgEAHKsBACurAQBpqwEAc6sBALarAQDCqwEAA6wBAAqsAQBKdwwAYawBAJ2sAQCprAEA6qwBAPqsAQA3rQEAQa0BAIStAQCMrQEA0a0BAPytAQAergEA/a0BAFSyAQBJrgEAa64BAHOuAQC4rgEAvq4BAAWvAQATrwEAUq8BAGmvAQCfrwEAqq8BAOyvAQD2rwEAObABAGOwAQCGsAEAjrABANOwAQDjsAEAILEBACKxAQBtsQEAe7EBALqxAQDLsQEAMXgMAA6yAQB+eAwAf7IBAKGyAQCpsgEA7rIBAPSyAQA7swEASbMBAIizAQCfswEA1bMBAOCzAQAitAEALLQBAG+0AQCZtAEAvLQBAMS0AQAJtQEAGbUBAFa1AQBYtQEAo7UBALG1AQDwtQEAAbYBAMt4DABEtgEAGHkMAIy2AQDXtgEA5bYBACS3AQA1twEAZXkMAHi3AQCyeQwAxrcBAP95DAATuAEATHoMAFq4AQCluAEAs7gBAPK4AQADuQEAmXoMAEW5AQCMuQEAmLkBAOZ6DADiuQEAJroBADO6AQBzugEAgboBAMC6AQDKugEADbsBACe7AQBauwEAXbsBAKe7AQCuuwEA9LsBABS8AQBBvAEAW7wBADN7DACbvAEA27wBAJ+8AQBDDAIApLwBAKtbAgDpvAEAKL0BADK9AQB1vQEAj70BAMK9AQDSvQEAD74BABW+AQBcvgEAXr4BAKm+AQC/vgEA9r4BAAK/AQBDvwEAR78BAJC/AQCVvwEA3b8BAOO/AQAqwAEASsABAHfAAQCRwAEAxMABAMbAAQARwQEAFMEBAF7BAQBhwQEAq8EBALfBAQD4wQEA/sEBAEXCAQBPwgEAgHsMAJfCAQDfwgEA7MIBACzDAQA4wwEAecMBAIzDAQDGwwEA1cMBABPEAQAfxAEAYMQBAGHEAQCtxAEAt8QBAPrEAQAIxQEAR8UBAEzFAQCUxQEAocUBAM17DADixQEAFZkJAOPFAQBVrAkA5MUBAHHWCQDnxQEA23MHAOjFAQAyngkA68UBAMBzCgDsxQEAtaIJAO3FAQCE5QgA7sUBAEdKCQDvxQEA9x4JAPDFAQBXRQQA8cUBAC7GAQD5xQEAJHINAP3FAQAHnwsAH8YBAFx3CgAwxgEAe8YBAInGAQDIxgEA2cYBABp8DAAcxwEAZ3wMAG7HAQCvxwEAvscBAPzHAQAGyAEAScgBAFXIAQCWyAEAncgBAAF9DADlyAEAMMkBAEHJAQB9yQEAhskBAMrJAQDWyQEAF8oBABrKAQBkygEAbMoBALHKAQC7ygEA/soBAAPLAQBLywEAU8sBAJjLAQCxywEA5csBAPHLAQAyzAEAOswBAJt9DACHzAEA6H0MAM/MAQAZzQEAHM0BAGbNAQByzQEAs80BALnNAQAAzgEACs4BADV+DABSzgEAms4BAKfOAQDnzgEA784BAIJ+DAA6zwEAgc8BAIfPAQDOzwEA088BABvQAQAh0AEAz34MAHDQAQAcfwwAt9ABAAWaCAC60AEAAtEBAMHQAQBaWQgADNEBAE/RAQAR0QEAB4IGAFfRAQB2BAoAa9EBAJzRAQCk0QEAaX8MAO7RAQA20gEATNIBAIPSAQCE0gEA0NIBANLSAQAd0wEAI9MBAGrTAQB20wEAt9MBAL7TAQAE1AEADNQBAFHUAQBa1AEAntQBAKHUAQDr1AEA+dQBADjVAQBF1QEAhdUBAJzVAQDS1QEA2tUBAB/WAQAr1gEABtcBAErWAQBs1gEAl9YBALnWAQDd1gEAtn8MACPXAQBT1wEAXNcBADrYAQBk1wEAoNcBAM7XAQDt1wEAEdgBAAOADAA82AEAh9gBAJjYAQDU2AEAAtkBACHZAQBF2QEAUIAMAHTZAQC/LgUAd9kBALvZAQB62QEApDALAMXZAQAI2gEAyNkBAPc1BQDJ2QEAx/EKABDaAQBV2gEAWdoBAKLaAQCk2gEA79oBAPLaAQA82wEAWNsBAJ2ADACO2wEA1YUJAJPbAQA28QkAldsBANbbAQCZ2wEAZd0IAPPbAQAj3AEALNwBAHDcAQBy3AEAvdwBAM7cAQDqgAwAD90BAFfdAQBg3QEApN0BALXdAQDx3QEA+N0BAD7eAQBG3gEAi94BAFjeAQBS/AEAmN4BACXfAQCa3gEAWeABAKTeAQDY3gEA5N4BADeBDAAq3wEAct8BAHzfAQC/3wEAx98BAISBDAAY4AEA0YEMAF7gAQCm4AEAs+ABAPPgAQD94AEAQOEBAELhAQCN4QEAm+EBANrhAQDn4QEAHoIMACziAQB04gEAgeIBAMHiAQDL4gEADuMBABDjAQBb4wEAaeMBAKjjAQC14wEAa4IMAALkAQBC5AEATOQBALiCDACX5AEA3OQBAN7kAQBcEQsA8+QBACnlAQAu5QEAduUBAIDlAQDD5QEAy+UBAAWDDAAa5gEAXeYBAGnmAQCq5gEAreYBAPfmAQAB5wEAROcBAF7nAQCR5wEAqOcBAN7nAQDj5wEAK+gBAEfoAQBSgwwAgugBAMXoAQCJ6AEApGAGANHoAQAS6QEAFekBAF/pAQBp6QEArOkBAMbpAQD56QEA/+kBAEbqAQBI6gEAk+oBAKHqAQDg6gEA4+oBAC3rAQA56wEAeusBAH3rAQDH6wEA6usBAJ+DDAAW7AEAYewBAG/sAQCu7AEAsewBAPvsAQAH7QEASO0BAEvtAQDsgwwAoO0BAOLtAQDo7QEAL+4BADTuAQB87gEAgO4BAMnuAQDM7gEAOYQMABfvAQBIWQoAGe8BAGOPCwAc7wEAY+8BAB/vAQDFiAsAIO8BAJnzAQAi7wEAU3cLACTvAQBocAsAJe8BAFd9CwAm7wEAz5cLAC3vAQA7hQkAMO8BAEPFCgBv7wEAsO8BANnvAQD97wEACfABAErwAQBZ8AEAl/ABAKHwAQDk8AEA5/ABADHxAQBL8QEAfvEBAIjxAQDL8QEA0PEBABjyAQAi8gEAZfIBAHDyAQCy8gEAuPIBAP/yAQAE8wEATPMBAFDzAQCGhAwAnvMBAObzAQCn8wEAqIMLAPDzAQAz9AEAPvQBAID0AQCG9AEAzfQBANL0AQAa9QEAHvUBANOEDABv9QEAIfgJAHH1AQCGAwsAgfUBALT1AQC+9QEAAfYBAAz2AQBO9gEAVPYBAJv2AQCg9gEA6PYBAOz2AQA19wEAWPcBACCFDACE9wEAz/cBAIX3AQB0ZwkAh/cBANpLBwCL9wEA8RUJAI73AQDu/wEAkPcBAIG8CwDc9wEAuSMCAN33AQAc+AEAH/gBAGn4AQB1+AEAtvgBAM74AQAD+QEAD/kBAFD5AQBW+QEAnfkBAKP5AQDq+QEA7/kBADf6AQA9+gEAbYUMAI76AQDR+gEA3PoBAB77AQAk+wEAa/sBAHD7AQC4+wEAvPsBAAX8AQAI/AEAuoUMAFz8AQCf/AEAqvwBAOz8AQDy/AEAOf0BAD79AQCG/QEAiv0BAAeGDADU/QEAIP4BACz+AQBt/gEAef4BALr+AQDA/gEAB/8BAA3/AQBU/wEAWf8BAKH/AQCn/wEAVIYMAPX/AQCCXwQA/f8BAHo4AgD+/wEAOwACAEcAAgCIAAIAjgACANUAAgDhAAIAIgECAC8BAgBvAQIAfgECALwBAgDIAQIACQICABUCAgBWAgIAXAICAKMCAgCpAgIA8AICAPUCAgA9AwIAQwMCAKGGDACUAwIAbqkGAKADAgDXAwIAowMCAHl6BwDjAwIAJAQCACwEAgC+JQ0AMAQCAHEEAgB3BAIAvgQCAMQEAgALBQIAEAUCAFgFAgBeBQIA7oYMAK0FAgDwcA0ArwUCAPIFAgD4BQIAPwYCAP4FAgAyswIATQYCAIwGAgClBgIA2QYCAOIGAgAmBwIAMAcCAHMHAgB/BwIAwAcCAMwHAgANCAIAEwgCAFoIAgBgCAIApwgCAKwIAgD0CAIA+ggCADuHDABNCQIAjgkCAJgJAgDbCQIA5gkCACgKAgAtCgIAdQoCAHwKAgDCCgIAzgoCAA8LAgAVCwIAXAsCAGILAgCpCwIArgsCAPYLAgD8CwIAiIcMAFQMAgCQDAIAkQwCAN0MAgCWDAIAYBECAOIMAgAqDQIAOA0CAHcNAgCEDQIAxA0CAM4NAgARDgIAHQ4CAF4OAgBkDgIAqw4CALcOAgD4DgIACw8CAEUPAgBUDwIAkg8CAJ4PAgDfDwIA4A8CACwQAgA2EAIAeRACAIcQAgDGEAIAyxACABMRAgAgEQIA1YcMAGwRAgCtEQIAvRECAPoRAgAGEgIARxICAE0SAgCUEgIAoBICAOESAgDuEgIALhMCAD0TAgB7EwIAhxMCAMgTAgDUEwIAFRQCACgUAgBiFAIAcRQCAK8UAgC7FAIA/BQCAP0UAgBJFQIAUxUCAJYVAgCkFQIA4xUCAOgVAgAwFgIAPRYCACKIDAB/FgIA8FEFAIkWAgDKFgIAihYCAMQRCACLFgIAZXcJAN4WAgAXFwIAIxcCAGQXAgBqFwIAsRcCALcXAgD+FwIAAxgCAEsYAgBRGAIAb4gMAKQYAgDlGAIA8hgCAB9wAgD4GAIAMhkCADcZAgAjKQIAOhkCABWuAgA+GQIAfxkCAIUZAgDMGQIA0hkCABkaAgAeGgIAZhoCAGwaAgC8iAwAvxoCAAAbAgAGGwIATRsCAFIbAgCaGwIAoRsCAOcbAgD1GwIANBwCAE8cAgCBHAIAjxwCAM4cAgDRHAIAGx0CACkdAgBoHQIAbR0CALUdAgDCHQIAAh4CAA4eAgBPHgIAVR4CAJweAgCiHgIA6R4CAO4eAgA2HwIAPB8CAAmJDACIHwIA0B8CANkfAgAdIAIAKiACAGogAgBxIAIAtyACAMggAgAEIQIACSECAFEhAgBgIQIAniECAKAhAgDrIQIA/CECADgiAgBEIgIAhSICAIsiAgDSIgIA2CICAB8jAgAkIwIAbCMCAHIjAgBWiQwA0CMCAAYkAgASJAIAUyQCAF8kAgCgJAIApiQCAO0kAgDzJAIAOiUCAD8lAgCHJQIAjSUCAKOJDADaJQIAjFMCAOslAgAhJgIAKiYCAG4mAgCEJgIAuyYCAMcmAgAIJwIAFScCAFUnAgBfJwIAoicCAK4nAgDvJwIA9ScCADwoAgBCKAIAiSgCAI4oAgDWKAIA3CgCAPCJDAAsKQIAcCkCAHopAgC9KQIAwikCAAoqAgAaKgIAVyoCAHAqAgCkKgIAqSoCAPEqAgD6KgIAPisCAEsrAgCLKwIAkisCANgrAgDbKwIAJSwCADEsAgByLAIAhSwCAL8sAgDOLAIADC0CABgtAgBZLQIAWi0CAKYtAgCwLQIA8y0CAAEuAgBALgIARS4CAI0uAgCaLgIAPYoMAN0uAgAnLwIAKi8CAHQvAgCBLwIA0zUJAIMvAgDBLwIAwy8CAA4wAgARMAIAWzACAGUwAgCoMAIAtDACAPUwAgAIMQIAQjECAFExAgCPMQIAmzECANwxAgDdMQIAKTICADMyAgB2MgIAhDICAMMyAgDIMgIAEDMCAB0zAgCKigwAXjMCAKozAgC2MwIA9zMCAP0zAgBENAIARjQCAJE0AgCbNAIA3jQCAOw0AgArNQIAMDUCAHg1AgCFNQIAxTUCANE1AgASNgIAJTYCAF82AgBuNgIArDYCALg2AgD5NgIA+jYCAEY3AgBQNwIAkzcCAKE3AgDgNwIA5TcCAC04AgA6OAIA14oMAIM4AgDHOAIAhjgCAAz/CQDNOAIAFDkCABc5AgBhOQIAbzkCAK45AgCzOQIA+zkCAAg6AgBIOgIAVDoCAJU6AgCbOgIA4joCAOg6AgAvOwIANDsCAHw7AgCCOwIAJIsMAMs7AgAWPAIA0DsCAIGICgAlPAIAYzwCAIM8AgCwPAIAtTwCAP08AgAYPQIASj0CAFY9AgCXPQIAnT0CAOQ9AgD0PQIAMT4CAEI+AgB+PgIAgz4CAMs+AgDPPgIAGD8CACQ/AgBlPwIAaz8CALI/AgC4PwIA/z8CAARAAgBMQAIAUkACAHGLDACvQAIA5kACAOdAAgAzQQIAREECAIBBAgCMQQIAzUECAONBAgAaQgIAJkICAGdCAgB0QgIAtEICAL5CAgABQwIADUMCAE5DAgBVQwIAm0MCAKdDAgDoQwIA7kMCADVEAgA7RAIAgkQCAIdEAgDPRAIA1UQCAL6LDAAeRQIAWzYLACVFAgBpRQIAakUCALZFAgC3RQIAA0YCAAhGAgBQRgIAVkYCAJ1GAgCnRgIA6kYCAPZGAgA3RwIAPkcCAIRHAgCJRwIA0UcCANJHAgAeSAIAKkgCAGtIAgBxSAIAuEgCALpIAgAFSQIAD0kCAFJJAgBgSQIAn0kCAKRJAgDsSQIA+UkCADlKAgBFSgIAhkoCAJlKAgDTSgIA4koCACBLAgAsSwIAbUsCAG5LAgC6SwIAxEsCAAdMAgAVTAIAVEwCAFlMAgChTAIArkwCAAuMDAD/TAIAO00CAEdNAgCITQIAn00CANVNAgDXTQIAIk4CADNOAgBvTgIAcU4CALxOAgDCTgIACU8CACBPAgBWTwIAX08CAKNPAgC5TwIA8E8CAPxPAgA9UAIASlACAIpQAgCUUAIA11ACAONQAgAkUQIAN1ECAHFRAgCAUQIAvlECAMpRAgALUgIADFICAFhSAgBiUgIApVICALNSAgDyUgIA91ICAD9TAgBMUwIAWIwMAI5TAgDZUwIA7VMCACZUAgA0VAIAc1QCAIBUAgDAVAIAx1QCAA1VAgAZVQIAWlUCAG1VAgCnVQIArFUCAPRVAgD9VQIAQVYCAEtWAgCOVgIAk1YCANtWAgDrVgIAKFcCAEFXAgB1VwIAelcCAMJXAgDLVwIAD1gCABxYAgBcWAIAY1gCAKlYAgCsWAIA9lgCAAJZAgBDWQIAVlkCAJBZAgCfWQIA3VkCAOlZAgAqWgIAK1oCAHdaAgCBWgIAxFoCANJaAgARWwIAFlsCAF5bAgBrWwIApYwMAMRbAgD4WwIABFwCAEVcAgBLXAIAklwCAKJcAgDfXAIA5FwCACxdAgAyXQIAeV0CAI9dAgDGXQIAyF0CABNeAgAdXgIAYF4CAGxeAgCtXgIAwF4CAPpeAgAJXwIAR18CAFNfAgCUXwIAlV8CAOFfAgDrXwIALmACADxgAgB7YAIAgGACAMhgAgDVYAIA8owMABhhAgDEeQoAH2ECAIhTCwAhYQIAys0HACJhAgCHDAMAJGECAGJhAgBrYQIAr2ECALVhAgD8YQIAAmICAEliAgBVYgIAlmICAKNiAgDjYgIA7WICADBjAgBGYwIAfWMCAIJjAgDKYwIA0WMCABdkAgAlZAIAZGQCAHRkAgCxZAIAv2QCAP5kAgANZQIAS2UCAE1lAgCYZQIAomUCAOVlAgDzZQIAMmYCADdmAgB/ZgIAjGYCAMxmAgDYZgIAGWcCACxnAgBmZwIAdWcCALNnAgC/ZwIAAGgCAAFoAgBNaAIAV2gCAJpoAgCoaAIA52gCAOxoAgA0aQIAQWkCAD+NDACDaQIAzmkCAI1pAgBFxgcA32kCABtqAgAkagIAaGoCAHRqAgC1agIAwWoCAAJrAgAIawIAT2sCAFVrAgCcawIAoWsCAOlrAgDvawIAjI0MADxsAgDZjQwAj2wCACaODADTbAIAwI4MACBtAgANjwwAIm0CAEKyAwBtbQIAKWoJAHdtAgC3bQIAwW0CAARuAgAGbgIAUW4CAGRuAgCebgIAqm4CAOtuAgDxbgIAOG8CAD5vAgCFbwIAim8CANJvAgDYbwIAWo8MAClwAgBscAIAbnACALlwAgDDcAIABnECABRxAgBTcQIAWHECAKBxAgCtcQIA7XECAPlxAgA6cgIAQHICAIdyAgCNcgIA1HICANlyAgAhcwIAJ3MCAKePDAB3cwIAHcALAHtzAgC7cwIAf3MCAK9MCQDIcwIACHQCANpzAgCK0QMADXQCAFV0AgBfdAIAonQCAKp0AgDvdAIAuXQCAONoCwD1dAIAWCQKAP10AgAlSwoA/nQCAHXaBgD/dAIAPHUCAAB1AgDzGAkASnUCAIl1AgCWdQIA1nUCAN11AgAjdgIAK3YCAHB2AgBxdgIAGwgJAHN2AgC9dgIAhnYCAE0GCQDRdgIACncCACB3AgBXdwIAcHcCAKR3AgCpdwIA8XcCAAJ4AgD0jwwAT3gCAIt4AgCNeAIA2HgCAOJ4AgAleQIAM3kCAHJ5AgB3eQIAv3kCAMx5AgAMegIAFHoCAFl6AgBlegIApnoCAGl6AgDaewIArHoCAPN6AgD5egIAQHsCAEV7AgCNewIAk3sCAEGQDADcewIAJ3wCADV8AgB0fAIAhXwCAI6QDADIfAIA25AMABZ9AgBbfQIAaX0CAKh9AgBqfQIAeIICALV9AgD1fQIABH4CAEJ+AgBHfgIAj34CAKV+AgDcfgIA3X4CACl/AgArfwIAdn8CAIB/AgDDfwIA0X8CABCAAgApgAIAXYACAG6AAgCqgAIAtoACAPeAAgD/gAIAwpEMAFiBAgCRgQIAkoECAN6BAgDqgQIAK4ICAC6CAgAPkgwAeoICAMWCAgDSggIAEoMCAB+DAgBfgwIAZIMCAKyDAgC2gwIA+YMCAAGEAgBGhAIAVoQCAJOEAgChhAIA4IQCAO2EAgAthQIANIUCAHqFAgCChQIAx4UCAMqFAgAUhgIAKIYCAGGGAgB3hgIAroYCAMeGAgD7hgIAAIcCAEiHAgBZhwIAXJIMAJ2HAgCpkgwAoYcCACHdBwCxhwIAnbQNAO+HAgAviAIANogCAHyIAgCIiAIAyYgCANmIAgAWiQIAJIkCAGOJAgBwiQIAsIkCALyJAgD9iQIABIoCAPaSDABMigIAl4oCAE+KAgBZYQMApIoCAOSKAgDxigIAMYsCADaLAgB+iwIAiIsCAMuLAgDTiwIAGIwCACGMAgBljAIAaIwCALKMAgC+jAIAQ5MMAASNAgBMjQIAC40CALVuCABRjQIAmY0CAKGNAgDmjQIA/I0CADOOAgA1jgIAgI4CAI2OAgDNjgIA4Y4CAJCTDAAfjwIAZ48CAG+PAgAwZwgAcY8CALSPAgC8jwIAAZACAA2QAgBOkAIAW5ACAJuQAgCgkAIA6JACAPGQAgA1kQIATJECAIKRAgCNkQIA3ZMMAN2RAgAckgIAH5ICAGmSAgBskgIAtpICAMSSAgADkwIAEJMCAFCTAgBnkwIAnZMCAKWTAgDqkwIA8JMCADeUAgBDlAIAhJQCAI6UAgDRlAIA2pQCAB6VAgAklQIAa5UCAHiVAgAqlAwAxJUCAAWWAgDGlQIA63IIABSWAgBSlgIAY5YCAJ+WAgChlgIA7JYCAPKWAgA5lwIARZcCAIaXAgCNlwIA05cCANuXAgAgmAIAIpgCAG2YAgB6mAIAupgCAMGYAgAHmQIAD5kCAFSZAgBhmQIAoZkCAKaZAgDumQIA+JkCADuaAgBDmgIAiJoCAJGaAgDVmgIA2JoCACKbAgAumwIAb5sCAHabAgB3lAwAyZsCAAmcAgDSmwIAjKACAPKbAgDUdggAJJwCAFacAgBYnAIAo5wCALScAgDwnAIA/pwCAD2dAgBEnQIAip0CAJKdAgDXnQIA3J0CACSeAgAlngIAcZ4CAH2eAgC+ngIAxJ4CAAufAgANnwIAWJ8CAGKfAgClnwIAs58CAPKfAgD3nwIAP6ACAEygAgDElAwAjaACANmgAgDeoAIAJqECACyhAgBzoQIAfaECAMChAgDMoQIADaICABSiAgBaogIAYqICAKeiAgCpogIA9KICAAGjAgBBowIASKMCAI6jAgCWowIA26MCAOijAgAopAIALaQCAHWkAgB/pAIAwqQCAMqkAgAPpQIAGKUCAFylAgBfpQIAqaUCALWlAgD2pQIA/aUCABGVDABPpgIA5WkIAFemAgCQpgIAnaYCAN2mAgDnpgIAKqcCACynAgB3pwIAiqcCAMSnAgDMpwIAEagCAB2oAgBeqAIAZKgCAKuoAgCxqAIA+KgCAP2oAgBFqQIAS6kCAF6VDACgqQIA36kCAO6pAgAsqgIASKoCAHmqAgBMqgIAx9ICAIGqAgCrlQwAz6oCABOrAgAgqwIAYKsCAGqrAgCtqwIAu6sCAPqrAgAQrAIAR6wCAFOsAgCUrAIAnKwCAPiVDADnrAIALq0CADStAgB7rQIAgK0CAMitAgDOrQIARZYMABquAgBirgIAa64CAK+uAgC5rgIA/K4CAASvAgBJrwIATq8CAJavAgCmrwIA468CAOuvAgAwsAIANrACAP6xAgBJsAIAfbACAIKwAgDKsAIA07ACABexAgAksQIAZLECAGuxAgCxsQIAtLECAJKWDAAAsgIAS7ICAFiyAgCYsgIAr7ICAOWyAgDxsgIA35YMAEizAgB/swIAgLMCAMyzAgDWswIAGbQCACG0AgBmtAIAcLQCALO0AgC4tAIAALUCAAi1AgBNtQIAT7UCAJq1AgBQtQIAaroCAFS1AgAMxwIAY7UCALvAAgChtQIA57UCAO61AgA0tgIAPLYCAIG2AgCFtgIAzrYCANy2AgAbtwIAJbcCAGi3AgBztwIAtbcCAL23AgACuAIAB7gCAE+4AgBquAIAnLgCAKi4AgDpuAIA77gCADa5AgBGuQIAg7kCAJS5AgDQuQIA1bkCAB26AgAhugIALJcMAHO6AgC3ugIA0LoCAAS7AgAOuwIAUbsCAFe7AgCeuwIAoLsCAOu7AgD6uwIAOLwCAEK8AgCFvAIAjbwCANK8AgDWvAIAH70CAC29AgBsvQIAdr0CALm9AgDEvQIABr4CAA6+AgBTvgIAWL4CAKC+AgC7vgIA7b4CAPm+AgA6vwIAQL8CAIe/AgCXvwIA1L8CAOW/AgAhwAIAJsACAG7AAgBywAIAeZcMAMTAAgAIwQIAGcECAFXBAgBfwQIAosECALDBAgDvwQIA8MECADzCAgBNwgIAicICAJ3CAgDWwgIA3sICACPDAgAnwwIAcMMCAH7DAgC9wwIAx8MCAArEAgAVxAIAV8QCAF/EAgCkxAIAqcQCAPHEAgAMxQIAPsUCAErFAgCLxQIAkcUCANjFAgDoxQIAJcYCADbGAgByxgIAd8YCAL/GAgDDxgIAxpcMABrHAgBZxwIAdMcCAKbHAgC0xwIA88cCAPrHAgBAyAIATMgCAI3IAgCVyAIAE5gMAOjIAgAnyQIAMckCAHTJAgB/yQIAwckCAMnJAgAOygIAE8oCAFvKAgB2ygIAqMoCALTKAgD1ygIA+8oCAELLAgBSywIAj8sCAKDLAgDcywIA4csCACnMAgAtzAIAYJgMAIfMAgDDzAIAy8wCABDNAgARzQIAXc0CAGLNAgCqzQIAuM0CAPfNAgAEzgIARM4CAE7OAgCRzgIAnc4CAN7OAgDkzgIAK88CADPPAgB4zwIAf88CAMXPAgDRzwIAEtACABjQAgBf0AIAa9ACAKzQAgC80AIA+dACAAXRAgBG0QIATNECAJPRAgCf0QIA4NECAO3RAgAt0gIAPNICAHrSAgCG0gIArZgMANPSAgAU0wIAG9MCAGHTAgBp0wIArtMCALDTAgD70wIABdQCAEjUAgBQ1AIA+pgMAKPUAgA34QIApNQCAOLUAgDk1AIAL9UCAEDVAgB81QIAjdUCAMnVAgDV1QIAFtYCAB3WAgBj1gIAa9YCALDWAgDa1gIA/dYCAALXAgBK1wIAS9cCAJfXAgCh1wIA5NcCAPLXAgAx2AIANtgCAH7YAgCL2AIAy9gCAOfYAgAY2QIANNkCAEeZDABy2QIAstkCALbZAgD/2QIABdoCAEzaAgBO2gIAmdoCAJraAgDm2gIACdsCADPbAgBX2wIAgNsCAKrbAgDN2wIA1dsCABrcAgAf3AIAZ9wCAHTcAgC03AIAvNwCAAHdAgAD3QIATt0CAFbdAgCb3QIAxd0CAOjdAgD13QIANd4CADreAgCC3gIAj94CAM/eAgDb3gIAHN8CAEbfAgBp3wIAcd8CALbfAgDR3wIAA+ACAAXgAgBQ4AIAYeACAJ3gAgCm4AIA6uACAPbgAgCUmQwAROECAIThAgCL4QIA0eECAN3hAgAe4gIAMeICAGviAgBz4gIAuOICAL3iAgAF4wIADuMCAFLjAgBc4wIAn+MCAKfjAgDs4wIA8eMCADnkAgBJ5AIAhuQCAI7kAgDT5AIA7OQCACDlAgAl5QIAbeUCAHblAgC65QIAx+UCAAfmAgAO5gIAVOYCAFfmAgDhmQwAo+YCAO7mAgD45gIAO+cCAD3nAgCI5wIAoecCANXnAgDX5wIAIugCACXoAgBv6AIAe+gCALzoAgDE6AIALpoMAB3pAgBW6QIAWekCAKPpAgCt6QIA8OkCAPzpAgA96gIAU+oCAIrqAgCS6gIA1+oCAOXqAgAk6wIAJ+sCAHHrAgB56wIAvusCAMHrAgAL7AIAzOsCAFzyAgAV7AIAWOwCABbsAgAN7wIAWuwCAKXsAgCr7AIA8uwCAPzsAgA/7QIATe0CAIztAgCZ7QIA2e0CAPDtAgAm7gIALu4CAHPuAgB87gIAwO4CAMHuAgB7mgwAFu8CAFrvAgBk7wIAp+8CALHvAgD07wIAAvACAEHwAgBO8AIAjvACAKXwAgDb8AIA4/ACACjxAgAv8QIAdfECAHrxAgDC8QIAxvECAA/yAgAc8gIAyJoMAGnyAgCp8gIAsfICAPbyAgD88gIAQ/MCAE/zAgCQ8wIAn/MCAN3zAgDi8wIAKvQCAEX0AgB39AIAg/QCAMT0AgDK9AIAEfUCACX1AgBe9QIAZvUCAKv1AgDB9QIA+PUCAP31AgBF9gIATPYCAJL2AgCe9gIAFZsMAOb2AgAs9wIAOvcCAHn3AgCG9wIAxvcCAN33AgAT+AIAG/gCAGD4AgBm+AIArfgCALn4AgD6+AIAAfkCAEf5AgBV+QIAlPkCAJf5AgDh+QIA6fkCAC76AgA8+gIAe/oCAH76AgDI+gIA0PoCABX7AgAm+wIAYvsCAGf7AgCv+wIAsfsCAPz7AgAD/AIASfwCAFf8AgCW/AIAo/wCAOP8AgD6/AIAMP0CADj9AgB9/QIAh/0CAMr9AgDV/QIAF/4CACP+AgBk/gIAbP4CAGKbDACz/gIA/v4CAAj/AgBL/wIATf8CAJj/AgCb/wIA5f8CAPH/AgAyAAMAPAADAH8AAwCHAAMAzAADANoAAwAZAQMAJgEDAGYBAwBuAQMAswEDAMkBAwAAAgMADAIDAE0CAwBjAgMAmgIDAJ8CAwDnAgMA7QIDADQDAwBIAwMAr5sMAIQDAwDOAwMA1gMDABsEAwApBAMAaAQDADEEAwBhbwYAdQQDALUEAwC9BAMAAgUDAAwFAwBPBQMAWgUDAJwFAwCoBQMA6QUDAPEFAwD8mwwAPAYDAIMGAwCIBgMA0AYDAN8GAwAdBwMAKQcDAGoHAwBtBwMAtwcDALoHAwAECAMADAgDAFEIAwBWCAMAnggDAK4IAwDrCAMA8wgDADgJAwA7CQMAhQkDAI8JAwDSCQMA1AkDAB8KAwAlCgMAbAoDAHYKAwC5CgMAxwoDAAYLAwATCwMAUwsDAGoLAwCgCwMAqAsDAO0LAwD2CwMAOgwDADsMAwBJnAwAkwwDANQMAwDXDAMAs9EHAOMMAwAhDQMA5wwDAPbCBwArDQMAbg0DAHYNAwCCeAMAeg0DACBRCwB8DQMAuw0DAIoNAwAHzwYAwA0DAAgOAwDIDQMA1kMEABUOAwBVDgMAWA4DAEY7CABbDgMAj5sHAF0OAwCiDgMAXw4DAEDjBABhDgMAFckEAKgOAwBKPwUArA4DAO8OAwCwDgMAbwUIAPQOAwA8DwMA+w4DAOuiAwBEDwMAiQ8DAIwPAwDWDwMA4g8DACMQAwApEAMAcBADAIsQAwC9EAMAyRADAAoRAwAQEQMAVxEDAF8RAwCkEQMAphEDAPERAwCpEQMAixIDAPsRAwA+EgMARhIDAJacDACYEgMA2BIDAOASAwAlEwMAKBMDAHITAwB3EwMAvxMDAM4TAwAMFAMALBQDAFkUAwBlFAMAphQDALAUAwDzFAMA+xQDAEAVAwBSFQMAMJ0MAJcVAwDaFQMA6BUDACcWAwA0FgMAdBYDAIsWAwDBFgMAyRYDAA4XAwAdFwMAWxcDAGAXAwCoFwMAtRcDAPUXAwACGAMAQhgDAE4YAwCPGAMAnhgDANwYAwDmGAMAKRkDADcZAwB2GQMAexkDAMMZAwDQGQMAEBoDABMaAwBdGgMAZRoDAKoaAwCvGgMA9xoDAAQbAwBEGwMATBsDAJEbAwCaGwMA3hsDAOsbAwArHAMAORwDAHgcAwCLHAMAxRwDAM0cAwASHQMAGR0DAF8dAwBkHQMArB0DAMIdAwD5HQMA+x0DAEYeAwBUHgMAkx4DAKAeAwDgHgMA6B4DAC0fAwAwHwMAeh8DAH8fAwDHHwMA1h8DABQgAwA0IAMAYSADAG0gAwCuIAMAuCADAPsgAwADIQMASCEDAFohAwB9nQwApiEDAOIhAwDpIQMALyIDADciAwB8IgMAiSIDAMkiAwDOIgMAFiMDACAjAwBjIwMAayMDALAjAwCyIwMAUEoIALojAwDGYQgAvyMDAP0jAwDAIwMADygHAAIkAwBKJAMAVyQDAJckAwCkJAMA5CQDAPAkAwAxJQMAQCUDAH4lAwCIJQMAyyUDANMlAwAYJgMAIiYDAGUmAwBqJgMAsiYDALomAwDKnQwACycDAEwnAwBSJwMAmScDALQnAwDmJwMA8icDADMoAwA5KAMAgCgDAJwoAwDNKAMA1SgDABeeDAAiKQMAZykDAHEpAwC0KQMAvykDAAEqAwANKgMATioDAFYqAwBkngwApyoDAOgqAwDuKgMANSsDAFArAwCCKwMAjisDAM8rAwDVKwMAHCwDACQsAwBpLAMAbywDALYsAwC/LAMAAy0DABAtAwBQLQMAXS0DAJ0tAwCrLQMA6i0DAPctAwA3LgMATi4DAIQuAwCMLgMA0S4DANYuAwAeLwMA4i4DAOwwAwArLwMAay8DAHMvAwC4LwMAwy8DAAUwAwAKMAMAUjADAFUwAwCfMAMAqTADALGeDADxMAMAOTEDAEgxAwCGMQMAiDEDANMxAwDkMQMAIDIDADEyAwBtMgMAgTIDAP6eDADLMgMABzMDAAozAwBUMwMADzMDABwuBgAUMwMAskULAF4zAwChMwMAozMDAO4zAwD4MwMAOzQDAEc0AwCINAMAsDQDANU0AwDgNAMAq9wDAPs0AwAiNQMAUzUDAG81AwCVNQMAvDUDAOI1AwAJNgMAOzYDAFY2AwCGNgMAozYDAKs2AwDwNgMAGDcDAD03AwBwNwMAijcDALo3AwDXNwMA3zcDACQ4AwAzOAMAcTgDAHY4AwC+OAMAxzgDAAs5AwDLOAMA9j8DABw5AwBYOQMAXzkDAKU5AwCtOQMA8jkDAP85AwA/OgMARDoDAIw6AwCWOgMA2ToDAOE6AwAmOwMAMDsDAPpFAwA1OwMAczsDAHg7AwDAOwMAzTsDAA08AwAaPAMAWjwDAGY8AwCnPAMAtjwDAPQ8AwD+PAMAQT0DAEk9AwCOPQMAmD0DANs9AwDgPQMAKD4DADA+AwBLnwwAgT4DAMI+AwDIPgMADz8DACo/AwBcPwMAaD8DAKk/AwCvPwMAmJ8MAANAAwBDQAMAT0ADAJBAAwCfQAMA3UADAOdAAwAqQQMAOEEDAHdBAwB8QQMAxEEDANFBAwARQgMAGUIDAF5CAwBoQgMAq0IDALBCAwD4QgMAAEMDAEVDAwBIQwMAkkMDAJ5DAwDfQwMA5UMDACxEAwBHRAMAeUQDAIVEAwDGRAMAzEQDABNFAwAbRQMAYEUDAGJFAwCtRQMAt0UDAOWfDAAARgMAR0YDAElGAwCURgMAoUYDAOFGAwDkRgMALkcDAD9HAwB7RwMAfUcDAMhHAwDSRwMAFUgDACFIAwBiSAMAakgDADKgDAC0SAMA/EgDAP9IAwBJSQMAU0kDAJZJAwCeSQMA40kDAPBJAwAwSgMAMkoDAH1KAwCTSgMAykoDANZKAwB/oAwAM0sDAGRLAwCASwMAzKAMALZLAwD+SwMAC0wDAEtMAwBYTAMAmEwDAKRMAwDlTAMA9EwDADJNAwA8TQMAf00DAI1NAwDMTQMA0U0DABlOAwAmTgMAZk4DAH9OAwCzTgMAtU4DAABPAwAHTwMAGaEMAGpPAwCaTwMAq08DAOdPAwDzTwMANFADAEdQAwCBUAMAkFADAM5QAwDaUAMAG1EDABxRAwBoUQMAclEDALVRAwDDUQMAAlIDAAdSAwBPUgMAXFIDAGahDAChUgMA6VIDAPZSAwA2UwMAQ1MDAINTAwCPUwMA0FMDAN9TAwAdVAMAJ1QDAGpUAwB4VAMAt1QDALxUAwAEVQMAEVUDAFFVAwBZVQMAnlUDAKhVAwDrVQMA8FUDADhWAwBAVgMATaIMAIdWAwDSVgMA4FYDAB9XAwAwVwMAmqIMAHNXAwDnogwAvlcDAAZYAwAOWAMAU1gDAGJYAwCgWAMApVgDAO1YAwD6WAMAOlkDAEdZAwCHWQMAk1kDANRZAwDjWQMAIVoDACtaAwCBowwAdFoDAB2lCQCBWgMAu1oDAMpaAwAIWwMAFFsDAFVbAwBWWwMAolsDAKxbAwDvWwMA/VsDADxcAwBBXAMAiVwDAJZcAwDOowwA2lwDACNdAwAuXQMAcF0DAH5dAwC9XQMAzl0DAApeAwAWXgMAV14DAF9eAwAbpAwAqV4DAPFeAwD+XgMAPl8DAEtfAwCLXwMAl18DANhfAwDnXwMAJWADAC9gAwByYAMAgGADAL9gAwDMYAMADGEDACNhAwBopAwAZmEDAKZhAwCzYQMA82EDAP9hAwBAYgMAT2IDAI1iAwCXYgMA2mIDAOhiAwAnYwMA9mIDAA7nBwAsYwMAdGMDAIFjAwDBYwMAyWMDAA5kAwAUZAMAW2QDAGdkAwCoZAMAuGQDAPVkAwD+ZAMAQmUDAEVlAwCPZQMAm2UDANxlAwDjZQMAtaQMADZmAwB2ZgMAhWYDAMNmAwDEZgMAEGcDACdnAwBdZwMAd2cDAKpnAwC2ZwMA92cDAApoAwBEaAMAU2gDAJFoAwCdaAMA3mgDAN9oAwAraQMANWkDAHhpAwCGaQMAxWkDAMppAwASagMAH2oDAAKlDAB5agMArGoDALtqAwD5agMA+2oDAEZrAwD+agMA/XADAFNrAwCTawMAoGsDAOBrAwDlawMALWwDADdsAwB6bAMAiWwDAMdsAwDMbAMAFG0DACFtAwBhbQMAbm0DAK5tAwC6bQMA+20DAApuAwBIbgMAUm4DAJVuAwCibgMA4m4DAOduAwAvbwMAM28DAHxvAwCIbwMAyW8DAM9vAwAWcAMAHHADAGNwAwBocAMAsHADALZwAwBPpQwACnEDAEpxAwBXcQMAl3EDAKNxAwDkcQMA83EDADFyAwA7cgMAfnIDAIxyAwDLcgMA0HIDABhzAwAlcwMAZXMDAGxzAwCycwMAt3MDAP9zAwALdAMATHQDAE90AwCZdAMApnQDAOZ0AwDrdAMAM3UDAD11AwCAdQMAjHUDAM11AwDgdQMAGnYDACh2AwBndgMAanYDALR2AwC+dgMAAXcDAA13AwBOdwMAVHcDAJt3AwChdwMA6HcDAO13AwA1eAMAO3gDAJylDACMeAMA52oFAI54AwDTGgcAkXgDAM94AwDReAMAHHkDAC15AwBpeQMAenkDALZ5AwC+eQMAA3oDABN6AwBQegMAUnoDAJ16AwCregMA6noDAPt6AwDppQwAPnsDADamDACFewMA0XsDANZ7AwAefAMAJHwDAGt8AwB1fAMAuHwDAMR8AwAFfQMAC30DAFJ9AwBYfQMAn30DAKR9AwDsfQMA8n0DAIOmDABHfgMAhn4DAJ9+AwDTfgMA1H4DACB/AwA9fwMAbX8DAId/AwC6fwMAvX8DAAeAAwAMgAMAaqcMAG2AAwChgAMAp4ADAO6AAwC3gAMA5+kDAPCAAwA7gQMAQYEDAIiBAwCcgQMA1YEDAN2BAwAiggMAL4IDAG+CAwB0ggMAvIIDAMaCAwAJgwMAEYMDAFaDAwBngwMAo4MDAKiDAwDwgwMA8oMDAD2EAwBEhAMAioQDAJaEAwDXhAMA3oQDACSFAwBAhQMAcYUDAHmFAwC3pwwAw4UDAAuGAwANhgMAWIYDAF+GAwClhgMAs4YDAPKGAwD/hgMAP4cDAFaHAwCMhwMAlIcDANmHAwDjhwMAJogDAO+HAwD+5QMAMYgDAHOIAwB/iAMAwIgDAMiIAwAEqAwADokDAFqJAwBfiQMAp4kDAKqJAwD0iQMA/okDAEGKAwBYigMAjooDAJSKAwDbigMA54oDACiLAwAriwMAdYsDAJKLAwDCiwMA04sDAA+MAwAujAMAXIwDAGSMAwCpjAMAq4wDAPaMAwAFjQMAQ40DAE2NAwCQjQMAno0DAN2NAwD4jQMAKo4DADaOAwB3jgMAf44DAFGoDADQjgMAEY8DACCPAwBejwMAY48DAKuPAwCxjwMA+I8DAP+PAwBFkAMATZADAJKQAwCUkAMA35ADAOaQAwAskQMALpEDAHmRAwB6kQMAxpEDANCRAwATkgMAH5IDAGCSAwBmkgMArZIDAMeSAwD6kgMAApMDAEeTAwBdkwMAlJMDAKKTAwDhkwMA5JMDAC6UAwAxlAMAe5QDAImUAwDIlAMA1ZQDABWVAwAslQMAYpUDAGqVAwCvlQMAsZUDAPyVAwAElgMASZYDAGCWAwCWlgMAopYDAOOWAwD5lgMAMJcDADiXAwB9lwMAi5cDAMqXAwDUlwMAF5gDAB+YAwBkmAMAa5gDALGYAwC9mAMA/pgDAP+YAwBLmQMAV5kDAJiZAwClmQMA5ZkDAOyZAwAymgMANZoDAH+aAwCHmgMAzJoDANGaAwAZmwMAJpsDAGabAwCUmwMAs5sDALubAwCeqAwACJwDAD3XDAAcnAMATZwDAFWcAwDrqAwAqJwDAOecAwDpnAMANJ0DAEWdAwCBnQMAiZ0DAM6dAwDanQMAG54DACGeAwBongMAbp4DALWeAwC6ngMAAp8DAAifAwA4qQwAVJ8DAJyfAwBbnwMAfFoKAKSfAwDpnwMA7p8DAKIrCADvnwMAngwJAPWfAwDazAgA+J8DADagAwD6nwMANgoJADugAwCDoAMAPKADACNGBwCQoAMA0KADAN2gAwAdoQMAKaEDAGqhAwB5oQMAt6EDAMGhAwBsqgwADqIDAFGiAwBWogMAnqIDAKaiAwC5qgwA8aIDADijAwBOowMAhaMDAJOjAwDSowMA36MDAB+kAwAhpAMAbKQDAHakAwC5pAMAxaQDAAalAwANpQMAU6UDAFulAwCgpQMAp6UDAO2lAwD2pQMAOqYDAEamAwCHpgMAj6YDAFOrDADZpgMAIacDACmnAwBupwMAfacDALunAwDApwMACKgDABWoAwBVqAMAYqgDAKKoAwCuqAMA76gDAP6oAwA8qQMARqkDAImpAwCXqQMA1qkDANupAwAjqgMAMKoDAHCqAwB4qgMAvaoDAMeqAwAKqwMAGKsDAFerAwBtqwMApKsDALCrAwDxqwMA9qsDAD6sAwBHrAMAi6wDAJWsAwCgqwwA4qwDACWtAwAxrQMAcq0DAHqtAwDtqwwAxK0DAAyuAwAZrgMAWa4DAGauAwCmrgMAsq4DAPOuAwACrwMAQK8DAEqvAwCNrwMApa8DANqvAwDkrwMAJ7ADADWwAwB0sAMAirADAMGwAwDNsAMADrEDABOxAwBbsQMAZLEDAKixAwCysQMA9bEDAP2xAwA6rAwAT7IDAI+yAwBYsgMAwRwMAJyyAwDcsgMA6LIDACmzAwA4swMAdrMDAICzAwDDswMA0bMDABC0AwAdtAMAXbQDAHS0AwCqtAMAsrQDAPe0AwABtQMARLUDAEm1AwCRtQMAmbUDAIesDADqtQMAK7YDADG2AwB4tgMAk7YDAMW2AwDRtgMAErcDABi3AwBftwMAe7cDAKy3AwC0twMA1KwMAP63AwBGuAMAU7gDAJO4AwCguAMA4LgDAOy4AwAtuQMAPLkDAHq5AwCEuQMAx7kDANW5AwAUugMAGboDAGG6AwBuugMArroDALa6AwD7ugMAAbsDAEi7AwAFuwMAFr0DAFS7AwCVuwMApbsDAOK7AwDruwMAL7wDADK8AwB8vAMAiLwDAMm8AwDQvAMAIa0MACS9AwBjvQMAeb0DALC9AwC8vQMA/b0DAAS+AwBKvgMAUr4DAJe+AwCcvgMA5L4DAO2+AwAxvwMAO78DAG6tDACDvwMAy78DAIq/AwC0wwMA078DABjAAwAewAMAZcADAGrAAwCywAMAu8ADAP/AAwAJwQMATMEDAFjBAwCZwQMAocEDALutDADrwQMAM8IDADvCAwCAwgMAi8IDAM3CAwDSwgMAGsMDAB3DAwBnwwMAccMDAAiuDAC+wwMAAcQDAAXEAwBOxAMAU8QDAJvEAwChxAMA6MQDAAjFAwA1xQMAPcUDAILFAwCQxQMAz8UDANLFAwAcxgMAJMYDAGnGAwByxgMAtsYDAMPGAwADxwMACccDAFDHAwBcxwMAnccDAJ/HAwDqxwMA+ccDADfIAwBCyAMAhMgDAIbIAwDRyAMA6sgDAB7JAwAvyQMAa8kDAHfJAwBVrgwAwMkDAAXKAwAlygMAUsoDAGDKAwCfygMArMoDAOzKAwDzygMAOcsDAFXLAwCGywMAjssDAKKuDADYywMAIMwDAC3MAwBtzAMAeswDALrMAwDGzAMAB80DABbNAwBUzQMAXs0DAKHNAwC2zQMA7s0DAPbNAwA7zgMASs4DAIjOAwCKzgMA1c4DAN7OAwAizwMAJc8DAG/PAwB7zwMAvM8DANjPAwAJ0AMAEdADAO+uDABb0AMAo9ADALnQAwDw0AMA/NADAD3RAwBg0QMAPK8MAJTRAwDX0QMA39EDACTSAwAq0gMAOo8HADPSAwBx0gMAdtIDAL7SAwDL0gMAC9MDABjTAwBY0wMAZNMDAKXTAwC00wMA8tMDAPzTAwA/1AMAR9QDAIzUAwCW1AMA2dQDAN7UAwAm1QMALtUDAImvDAB21QMAwNUDAN3VAwAN1gMAHtYDAFrWAwBo1gMACyAEAI/WAwCn1gMAw9YDAPTWAwAQ1wMA1q8MAEfXAwCO1wMAlNcDANvXAwDg1wMAKNgDAC7YAwAjsAwAetgDAMLYAwDP2AMAD9kDABzZAwBc2QMAaNkDAKnZAwC42QMA9tkDAADaAwBD2gMAUdoDAJDaAwCV2gMA3doDAOraAwAq2wMANtsDAHfbAwB92wMAxNsDAMrbAwAR3AMAFtwDAF7cAwBk3AMACrEMAL/cAwD43AMAHt0DAEXdAwBr3QMAkt0DALjdAwDf3QMAD94DACzeAwA03gMAed4DAKHeAwDG3gMA+94DABPfAwA53wMAYN8DAIbfAwCt3wMA4t8DAPrfAwAq4AMAR+ADAE/gAwCU4AMAmeADAJgzBACj4AMA4eADAObgAwAu4QMAO+EDAHvhAwCI4QMAyOEDANThAwAV4gMAJOIDAGLiAwBs4gMAr+IDAL3iAwD84gMAAeMDAEnjAwBW4wMAluMDAJ7jAwDj4wMA6eMDADDkAwDt4wMAMDEEADzkAwB95AMAjeQDAMrkAwDT5AMAF+UDABrlAwBk5QMAcOUDALHlAwC45QMAV7EMABLmAwBL5gMATuYDAJjmAwC15gMA5eYDAPbmAwAy5wMAOecDAH/nAwCY5wMAzOcDANTnAwAZ6AMAL+gDAGboAwBr6AMAs+gDALroAwAA6QMACekDAE3pAwBe6QMAmukDAKbpAwCksQwA++kDADTqAwA36gMAgeoDAJ7qAwDO6gMA3+oDABvrAwAq6wMAaOsDAHnrAwC16wMAw+sDAALsAwAO7AMAT+wDAFzsAwCc7AMApuwDAPGxDADy7AMANu0DAEPtAwCD7QMAke0DANDtAwDf7QMAHe4DAB/uAwBq7gMAdO4DALfuAwDF7gMABO8DAAnvAwBR7wMAXu8DAJ7vAwCh7wMA6+8DAPfvAwA48AMAS/ADAIXwAwCU8AMA0vADAN7wAwAf8QMAIPEDAGzxAwB28QMAufEDAMfxAwAG8gMAC/IDAFPyAwBg8gMAPrIMAKXyAwDt8gMAA/MDADrzAwBQ8wMAh/MDAJDzAwDU8wMA4fMDACH0AwAv9AMAbvQDAH30AwC79AMAvfQDAAj1AwAS9QMAVfUDAGP1AwCi9QMAp/UDAO/1AwD89QMAPPYDAD/2AwCJ9gMAkfYDANb2AwDn9gMAI/cDADH3AwBw9wMAffcDAL33AwDd9wMACvgDABL4AwBX+AMAZ/gDAKT4AwCm+AMA8fgDAP/4AwA++QMAT/kDACWzDACR+QMA2PkDAOT5AwByswwALPoDAHL6AwAy+gMALYcFAHn6AwC/+gMAxfoDAAz7AwAY+wMAWfsDAFz7AwCm+wMAqfsDAPP7AwAe/AMAQPwDAGP8AwCN/AMAmPwDANr8AwDf/AMAJ/0DACr9AwB0/QMAfv0DAMH9AwDs/QMAv7MMABP+AwBb/gMAaP4DAKj+AwC1/gMA9f4DAAH/AwBC/wMAUf8DAI//AwCZ/wMA3P8DAOT/AwApAAQAMwAEAHYABAB7AAQAwwAEAMsABAAMtAwAHQEEAF0BBABxAQQAqgEEALIBBAD3AQQA/AEEAEQCBABUAgQAkQIEAJkCBADeAgQA6AIEACsDBAA2AwQAeAMEAIQDBADFAwQAzQMEAFm0DAATBAQAXwQEAGsEBACsBAQAuwQEAPkEBAAHBQQARgUEAFYFBACTBQQAoQUEAOAFBADsBQQALQYEADQGBAB6BgQAggYEAMcGBADdBgQAFAcEACgHBABhBwQAZAcEAK4HBADLBwQA+wcEAAwIBABICAQAUAgEAJUIBACgCAQA4ggEAOcIBAAvCQQAMgkEAHwJBACGCQQAyQkEAMwJBACmtAwAKgoEAGMKBABmCgQAsAoEAM0KBAD9CgQADgsEAEoLBABSCwQAlwsEAJoLBADkCwQA8AsEADEMBAA3DAQAfgwEAJkMBADLDAQA1wwEABgNBAAeDQQAZQ0EAG0NBACyDQQAvQ0EAP8NBAAEDgQATA4EAE8OBACZDgQAow4EAOYOBADuDgQAMw8EAFIPBADztAwAlA8EAM0PBADzDwQAGhAEAEAQBABnEAQAjRAEALQQBADqEAQAAREEADYRBABOEQQAdBEEAJsRBADBEQQA6BEEAB0SBAA1EgQAWRIEAIISBACeEgQAzxIEANcSBABAtQwAIRMEAGkTBAB2EwQAthMEAMMTBAADFAQADxQEAFAUBABfFAQAnRQEAKcUBADqFAQA+BQEADcVBAA8FQQAhBUEAJEVBADRFQQA2RUEAB4WBAAkFgQAaxYEACgWBAA5GAQAdxYEALgWBADIFgQABRcEAA4XBABSFwQAVRcEAJ8XBACrFwQA7BcEAPMXBACNtQwARxgEAIYYBACcGAQA0xgEAN8YBAAgGQQAJxkEAG0ZBAB1GQQAuhkEAL8ZBAAHGgQAEBoEAFQaBABeGgQA2rUMAKIaBADuGgQA+hoEADsbBABBGwQAiBsEAIobBADVGwQA3xsEACIcBAAwHAQAbxwEAHQcBAC8HAQAyRwEAAkdBAARHQQAVh0EAGAdBACjHQQAsR0EAPAdBAAGHgQAPR4EAEkeBACKHgQAkR4EANceBADfHgQAJB8EACkfBABxHwQAeh8EAL4fBADIHwQAJ7YMACMgBABYIAQAWyAEAKUgBADCIAQA8iAEAAMhBAA/IQQAVyEEAIwhBACYIQQA2SEEAOwhBAAmIgQANSIEAHMiBAB/IgQAwCIEAMEiBAANIwQAFyMEAFojBABoIwQApyMEAKwjBAD0IwQAASQEAHS2DABGJAQAjiQEAJskBADbJAQA6CQEACglBAA0JQQAdSUEAIQlBADCJQQAzCUEAA8mBAAdJgQAXCYEAGEmBACpJgQAtiYEAPYmBAD+JgQAQycEAEknBACQJwQATScEAF4pBACcJwQA3ScEAO0nBAAqKAQAMygEAHcoBAB6KAQAxCgEANAoBAARKQQAGCkEAFu3DABsKQQAqykEAMEpBAD4KQQABCoEAEUqBABMKgQAkioEAJoqBADfKgQA5CoEACwrBAA1KwQAeSsEAIMrBACotwwAxysEABMsBAAfLAQAYCwEAGYsBACtLAQArywEAPosBAAELQQARy0EAFUtBACULQQAmS0EAOEtBADuLQQALi4EADYuBAB7LgQAhS4EAMguBADWLgQAFS8EACsvBABiLwQAbi8EAK8vBAC2LwQA/C8EAAQwBABJMAQATjAEAJYwBACfMAQA4zAEAO0wBAD1twwAPjEEAH0xBACTMQQAyjEEANYxBAAXMgQAHjIEAGQyBABsMgQAsTIEALYyBAD+MgQABzMEAEszBABVMwQAQrgMAJkzBADlMwQA8TMEADI0BAA4NAQAfzQEAIE0BADMNAQA1jQEABk1BAAnNQQAZjUEAGs1BACzNQQAwDUEAAA2BAAINgQATTYEAFc2BACaNgQAqDYEAOc2BAD9NgQANDcEAEA3BACBNwQAiDcEAM43BADWNwQAGzgEACA4BABoOAQAcTgEALU4BAC/OAQAj7gMAAQ5BADeuQkAEDkEAE85BABgOQQAnDkEAKE5BADpOQQAADoEADY6BABKOgQAgzoEAJs6BADQOgQA3zoEAB07BAAiOwQAajsEAHc7BAC3OwQAxDsEAAQ8BAAQPAQAUTwEAGA8BACePAQAqDwEAOs8BADzPAQAOD0EAFY9BACFPQQAjT0EANI9BADbPQQAHz4EACw+BABsPgQAbj4EALk+BADSPgQABj8EABc/BABTPwQAXz8EAKA/BACoPwQA3LgMAPI/BAA6QAQAQkAEAIdABACWQAQA1EAEANlABAAhQQQALkEEAG5BBAB7QQQAu0EEAMdBBAAIQgQAF0IEAFVCBABfQgQAokIEAKpCBADvQgQA+UIEADxDBABBQwQAiUMEAJFDBAApuQwA7UMEACNEBAArRAQAcEQEAHpEBAC9RAQAwkQEAApFBAASRQQAdrkMAFxFBACkRQQArUUEAJBECQCxRQQA8UUEALpFBADF7goA/kUEAD5GBABKRgQAi0YEAJpGBADYRgQA4kYEACVHBAAtRwQAftwIADNHBAByRwQAf0cEAL9HBADWRwQADEgEABRIBABZSAQAY0gEAKZIBACrSAQA80gEAPtIBADDuQwATUkEAI1JBACbSQQA2kkEAO1JBAAnSgQAL0oEAHRKBAB3SgQAwUoEAMZKBAAOSwQAHUsEAFtLBAB7SwQAqEsEALRLBAD1SwQA/0sEAEJMBABeTAQAj0wEAJdMBAAQugwA70wEAClNBAAvTQQAdk0EAIJNBADDTQQAzU0EABBOBAAWTgQAXU4EAGtOBACqTgQAtk4EAPdOBAD6TgQARE8EAEVPBACRTwQAnU8EAN5PBADkTwQAK1AEADFQBAB4UAQAhFAEAMVQBADiUAQAElEEABtRBABfUQQAa1EEAKxRBACvUQQA+VEEAANSBABGUgQAUlIEAJNSBACZUgQA4FIEAOZSBAAtUwQAMlMEAHpTBACAUwQAXboMANNTBAAUVAQAFlQEAGFUBABwVAQArlQEALlUBAD7VAQAB1UEAEhVBABPVQQAlVUEAJ1VBADiVQQA7FUEAC9WBAA6VgQAfFYEAIhWBADJVgQA0VYEAES7DAAYVwQAY1cEAHZXBACwVwQAuFcEAP1XBAADWAQASlgEAFZYBACXWAQAoVgEAORYBADqWAQAMVkEAD9ZBAB+WQQAilkEAMtZBADOWQQAGFoEACBaBABlWgQAZloEALJaBAC+WgQA/1oEAAVbBABMWwQAVFsEAJlbBACfWwQA5lsEAPJbBAAzXAQAUFwEAIBcBACJXAQAzVwEANlcBAAaXQQAHV0EAGddBABxXQQAtF0EALxdBAABXgQAEl4EAE5eBABcXgQAm14EALFeBADoXgQA9l4EADVfBAA/XwQAkbsMAJBfBADPXwQA0l8EABxgBAAkYAQAvLYEAChgBABVjwQAK2AEANNlBAA4YAQAaWAEAIVgBADeuwwAuGAEAANhBAAQYQQAUGEEAF1hBACdYQQAomEEAOphBAD0YQQAN2IEAEZiBACEYgQAiWIEANFiBADeYgQAHmMEACtjBABrYwQAd2MEALhjBADHYwQABWQEAA9kBABSZAQAXmQEAJ9kBAClZAQA7GQEAPJkBAA5ZQQAPmUEAIZlBACMZQQAK7wMANhlBAC1hQQA5GUEACBmBAAuZgQAbWYEAHlmBAC6ZgQAx2YEAAdnBAARZwQAVGcEAHBnBAChZwQAvWcEAHi8DADwZwQAO2gEAEhoBACIaAQAlWgEANVoBADaaAQAImkEACxpBABvaQQAfmkEALxpBADBaQQACWoEABZqBABWagQAY2oEAKNqBACvagQA8GoEAP9qBAA9awQAR2sEAIprBACWawQA12sEAN1rBAAkbAQAKmwEAHFsBAB2bAQAvmwEAMRsBADFvAwAEm0EAFhtBABmbQQApW0EAKhtBADybQQAAW4EAD9uBABEbgQAjG4EAJluBADZbgQA5m4EACZvBAAybwQAc28EAIJvBADAbwQAym8EAA1wBAAbcAQAWnAEAF9wBACncAQAtHAEAPRwBAAAcQQAQXEEAFRxBACOcQQAnXEEANtxBADncQQAKHIEAClyBAB1cgQAf3IEAMJyBADQcgQAD3MEABRzBABccwQAaXMEABK9DACucwQA9nMEAP9zBABDdAQAVHQEAJB0BACXdAQA3XQEAOV0BAAqdQQAN3UEAHd1BAB8dQQAxHUEAM51BAARdgQAGXYEAF52BAB1dgQAq3YEALd2BAD4dgQAAncEAEV3BABNdwQAkncEAJR3BADfdwQA53cEACx4BAAyeAQAeXgEAIV4BADGeAQAyXgEABN5BAAYeQQAYHkEAGl5BACteQQAs3kEAPp5BAAJegQAR3oEAFN6BAD5vQwAlnoEAOF6BADvegQALnsEAD97BABGvgwAgnsEAJO+DADNewQAFXwEAB18BABifAQAcXwEAK98BAC0fAQA/HwEAAl9BABJfQQAVn0EAJZ9BACifQQA430EAPJ9BAAwfgQAOn4EAC2/DAB/fgQAyn4EAOV+BAAXfwQAGX8EAGR/BAB+fwQAsX8EAL5/BAD+fwQACoAEAEuABABVgAQAmIAEALKABADlgAQA9IAEADKBBAA3gQQAf4EEAIyBBADMgQQA2YEEABmCBAAlggQAZoIEAHWCBACzggQAvYIEAACDBAAMgwQATYMEAGCDBACagwQAqYMEAOeDBADzgwQANIQEADWEBACBhAQAi4QEAM6EBADchAQAG4UEACCFBABohQQAdYUEAHq/DADChQQAAoYEAA+GBABPhgQAW4YEAJyGBACrhgQA6YYEAPOGBAA2hwQARIcEAIOHBACIhwQA0IcEAN2HBAAdiAQAKYgEAGqIBAB9iAQAt4gEAMaIBAAEiQQAEIkEAFGJBABSiQQAnokEAKiJBADriQQA+YkEADiKBAA9igQAhYoEAJKKBADHvwwA34oEAB+LBAAhiwQAbIsEAIWLBAC5iwQAyosEAAaMBAASjAQAU4wEAFuMBACuwAwApYwEAO2MBAD1jAQAOo0EAEmNBACHjQQAjI0EANSNBADhjQQAIY4EAC6OBABujgQAeo4EALuOBADKjgQACI8EABKPBAD7wAwAaI8EAKKPBACxjwQA748EAPuPBAA8kAQAPZAEAImQBACTkAQA1pAEAOSQBAAjkQQAKJEEAHCRBAB9kQQASMEMAMKRBAAKkgQAF5IEAFeSBABkkgQApJIEALCSBADxkgQAAJMEAD6TBABIkwQAi5MEAJmTBADYkwQA3ZMEACWUBAAylAQAcpQEAHqUBAC/lAQAxZQEAAyVBADJlAQAbtsEABiVBABZlQQAaZUEAKaVBACvlQQA85UEAPaVBABAlgQATJYEAI2WBACUlgQAL8IMAOWWBAAnlwQAKJcEAHSXBACMlwQAwZcEAM6XBAAOmAQAGpgEAFuYBABlmAQAqJgEAKyYBAD1mAQA+pgEAEKZBABImQQAj5kEAK+ZBADcmQQA9JkEACmaBABAmgQAdpoEAIKaBADDmgQAzZoEABCbBAASmwQAXZsEAGSbBACqmwQAsZsEAPebBAD9mwQARJwEAFCcBACRnAQAlJwEAN6cBADhnAQAK50EADedBAB4nQQAe50EAHzCDADKnQQAEp4EABqeBABfngQAZZ4EAKyeBACxngQA+Z4EAAKfBABGnwQAUJ8EAJOfBACfnwQA4J8EAOifBADJwgwAMqAEAHqgBACCoAQAx6AEANKgBAAUoQQAGaEEAGGhBABkoQQArqEEALihBAAWwwwAB6IEAEiiBABPogQAlaIEAKOiBADiogQA5aIEAC+jBAA3owQAfKMEAH+jBADJowQA1aMEABakBAAcpAQAY6QEAH6kBACwpAQAvKQEAP2kBAADpQQASqUEAFKlBACXpQQAm6UEAOSlBADwpQQAMaYEAD6mBAB+pgQAiKYEAMumBADTpgQAGKcEABqnBABlpwQAaacEALKnBAC0pwQA/6cEABOoBABjwwwAVKgEAJmoBACdqAQA5qgEAOioBAAzqQQANqkEAICpBACIqQQAzakEANqpBAAaqgQAH6oEAGeqBABxqgQAtKoEALyqBAABqwQAAqsEAE6rBABTqwQAm6sEAJ6rBADoqwQA66sEADWsBABDrAQAgqwEAJusBADPrAQA4KwEABytBAAorQQAaa0EAHGtBACwwwwAu60EAAOuBAALrgQAUK4EAF+uBACdrgQAoq4EAOquBAD3rgQAN68EAESvBACErwQAkK8EANGvBADgrwQAHrAEACiwBABrsAQAc7AEALiwBADCsAQABbEEAAqxBABSsQQAWrEEAP3DDACqsQQA7LEEAPixBAA5sgQAQbIEAErEDACSsgQA07IEANqyBAAgswQALrMEAG2zBABwswQAurMEAMKzBAAHtAQACrQEAFS0BABgtAQAobQEAKe0BADutAQACbUEADu1BABHtQQAiLUEAI61BADVtQQA+LUEACK2BAAltgQAb7YEAJO2BACXxAwAy7YEAAm3BAAOtwQAVrcEAGO3BACjtwQAsLcEAPC3BAD8twQAPbgEAEy4BACKuAQAlLgEANe4BADluAQAJLkEACm5BABxuQQAfrkEAL65BADGuQQA5MQMABi6BABYugQAYLoEAKW6BAC+ugQA8roEAPi6BAA/uwQARLsEAIy7BACsuwQA2bsEAOW7BAAmvAQAM7wEAHO8BAB7vAQAwLwEAMO8BAANvQQAF70EAFq9BABcvQQAp70EALG9BAD0vQQAAL4EADHFDABXvgQAjr4EAJq+BADbvgQA4L4EACi/BADjvgQABI8NADG/BAB1vwQAf78EAMK/BADKvwQA8zEIAM6/BAAPwAQA5b8EAE8iCAAVwAQAXMAEACLABACa7QkAYsAEAKnABACuwAQA9sAEAPzABAB+xQwAUcEEAJDBBACmwQQA3cEEAOnBBAAqwgQAL8IEAHfCBACAwgQAxMIEAM7CBAARwwQAGcMEAF7DBABtwwQAq8MEALDDBAD4wwQABcQEAEXEBABSxAQAksQEAJ7EBADfxAQA7sQEACzFBAA2xQQAecUEAIfFBADGxQQA08UEABPGBAAqxgQAYMYEAGjGBACtxgQAt8YEAPrGBAD/xgQAR8cEAE/HBABlxgwAoMcEAOHHBADnxwQALsgEAEnIBAB7yAQAh8gEAMjIBADOyAQAssYMACjJBABiyQQAcckEAK/JBAC7yQQA/MkEAP3JBABJygQAU8oEAJbKBACkygQA48oEAOjKBAAwywQAPcsEAP/GDACCywQAyssEANLLBAAXzAQAGswEAGTMBABtzAQAscwEAMDMBAD+zAQACc0EAEvNBABTzQQAmM0EAKjNBADlzQQA880EADLOBABDzgQAf84EAIvOBADMzgQA1M4EAObHDAAfzwQAZs8EAG7PBACzzwQAus8EAADQBAAO0AQATdAEAFPQBACa0AQAptAEAOfQBAD20AQANNEEAD7RBACB0QQAhtEEAM7RBADU0QQAG9IEAC/SBABo0gQAcNIEALXSBADd0gQAAtMEAAvTBABP0wQAXNMEAJzTBACq0wQA6dMEAPzTBAA21AQAUtQEADPIDACI1AQA0NQEAN3UBAAd1QQAKtUEAGrVBAB21QQAt9UEAMbVBAAE1gQADtYEAFHWBABf1gQAntYEAKPWBADr1gQA+NYEADjXBABA1wQAhdcEAIvXBADS1wQA3tcEAB/YBAAv2AQAbNgEAHXYBAC52AQAvNgEAAbZBAAS2QQAU9kEAFrZBACAyAwAyNkEAO3ZBAD22QQAOtoEAEfaBACH2gQAldoEANTaBADn2gQAIdsEAD3bBADNyAwAfNsEALvbBADR2wQACNwEABTcBABV3AQAXNwEAKLcBACq3AQA79wEAPTcBAA83QQARd0EAIndBACT3QQAGskMANfdBAAj3gQAL94EAHDeBAB23gQAvd4EAL/eBAAK3wQAFN8EAFffBABl3wQApN8EAKnfBADx3wQA/t8EAD7gBABG4AQAi+AEAJXgBADY4AQA5uAEACXhBAA74QQAcuEEAH7hBAC/4QQAxuEEAAziBAAU4gQAWeIEAF7iBACm4gQAr+IEAPPiBAD94gQAZ8kMAE7jBACN4wQAo+MEANrjBADm4wQAJ+QEACzkBAB05AQAfeQEAMHkBADL5AQADuUEABrlBABb5QQAYeUEAKjlBACu5QQA9eUEAPrlBABC5gQASOYEALTJDACU5gQA3OYEAOnmBAAp5wQANucEAHbnBACC5wQAw+cEANLnBAAQ6AQAGugEAF3oBABr6AQAqugEAK/oBAD36AQABOkEAETpBABM6QQAkekEAJvpBADe6QQA7OkEACvqBABB6gQAeOoEAITqBADF6gQAyuoEABLrBAAb6wQAX+sEAGnrBACbygwAuOsEAPnrBAAK7AQARuwEAFLsBACT7AQAouwEAODsBADq7AQALe0EADvtBAB67QQAf+0EAMftBADU7QQAFO4EAB7uBABh7gQAIO4EALDxBABv7gQAru4EAMTuBAD77gQAB+8EAEjvBABN7wQAle8EAJ7vBADi7wQA7O8EAC/wBAA78AQAfPAEAILwBADJ8AQAz/AEABbxBAAb8QQAY/EEAGnxBADoygwAtvEEAP3xBAAD8gQASvIEAE/yBACX8gQAnfIEADXLDADy8gQAMfMEAEfzBAB+8wQAivMEAMvzBADQ8wQAGPQEACH0BABl9AQAb/QEALL0BAC+9AQA//QEABL1BABM9QQAW/UEAJn1BACl9QQA5vUEAOf1BAAz9gQAPfYEAID2BACO9gQAzfYEANL2BAAa9wQAJ/cEAILLDAB29wQAtPcEANT3BAAB+AQADfgEAE74BABY+AQAm/gEAKD4BADo+AQA6fgEADX5BABB+QQAgvkEAI/5BADP+QQA2/kEABz6BAAv+gQAafoEAHj6BAC2+gQAwvoEAAP7BAAE+wQAUPsEAFr7BACd+wQAq/sEAOr7BADv+wQAN/wEAET8BADPywwAoPwEABzMDADX/AQAHv0EACT9BABr/QQAcP0EALj9BAC+/QQAacwMAAr+BABS/gQAVf4EAJ/+BACr/gQA7P4EAPL+BAA5/wQAVP8EAIb/BACS/wQA0/8EANn/BAAgAAUAIgAFAG0ABQCIAAUAugAFALwABQAHAQUAFQEFAFQBBQBlAQUAoQEFAKMBBQDuAQUABwIFADsCBQBMAgUAiAIFAJQCBQBQzQwA3wIFACIDBQAwAwUAbwMFAIUDBQC8AwUAyAMFAAkEBQAOBAUAVgQFAF8EBQCjBAUArQQFAPAEBQD4BAUAPQUFAEIFBQCKBQUAmQUFANcFBQDmBQUAJAYFAC0GBQBxBgUAdwYFAL4GBQDEBgUACwcFABcHBQBYBwUAXwcFAKUHBQCtBwUA8gcFAPQHBQA/CAUATwgFAIwIBQCWCAUA2QgFAOUIBQAmCQUALAkFAHMJBQB7CQUAnc0MAMwJBQANCgUAHgoFAFoKBQBmCgUApwoFALYKBQD0CgUA/goFAEELBQBPCwUAjgsFAJMLBQDbCwUA6AsFACgMBQAwDAUAdQwFAH8MBQDQIQUAgQwFAMIMBQDIDAUADw0FABUNBQBcDQUAYQ0FAKkNBQCvDQUA6s0MAAIOBQBDDgUASQ4FAJAOBQCrDgUA3Q4FAOkOBQAqDwUAMA8FAHcPBQB/DwUAxA8FAMcPBQAREAUAHRAFAF4QBQBvEAUAqxAFALcQBQD4EAUABxEFAEURBQBPEQUAkhEFAKARBQDfEQUA5BEFACwSBQA5EgUAeRIFAIESBQDGEgUA0BIFABMTBQAhEwUAYBMFAHYTBQCtEwUAuRMFAPoTBQD/EwUARxQFAFAUBQCUFAUAnhQFANHODADnFAUALhUFADQVBQB7FQUAhxUFAMgVBQDVFQUAFRYFAB8WBQBiFgUAahYFAK8WBQC5FgUA/BYFAAEXBQBJFwUAShcFAJYXBQCbFwUA4xcFAPQXBQAwGAUANRgFAH0YBQCUGAUAyhgFAN4YBQAXGQUAMxkFAGQZBQBsGQUAHs8MALkZBQD+GQUACBoFAEsaBQBfGgUAmBoFAJkaBQDlGgUA8RoFADIbBQBOGwUAfxsFAIcbBQBrzwwA1RsFABkcBQAnHAUAZhwFACgcBQB5rggAcBwFALMcBQC1HAUAAB0FABkdBQBNHQUAXh0FAJodBQCmHQUA5x0FAO8dBQC4zwwAQB4FAIEeBQCHHgUAzh4FAOkeBQAbHwUAJx8FAGgfBQBuHwUAtR8FALgfBQACIAUACiAFAE8gBQBfIAUAnCAFAKEgBQDpIAUA8iAFADYhBQBDIQUAgyEFAIohBQAF0AwA3iEFAB0iBQAzIgUAaiIFAHYiBQC3IgUAvCIFAAQjBQANIwUAUSMFAFsjBQCeIwUAuiMFAOsjBQDzIwUAUtAMAD0kBQCFJAUAjSQFANIkBQDUJAUAHyUFADolBQBsJQUAbiUFALklBQDHJQUABiYFABcmBQBTJgUAVSYFAKAmBQC5JgUA7SYFAP4mBQA6JwUARicFAIcnBQCPJwUAn9AMAOAnBQAhKAUAJygFAG4oBQCJKAUAuygFAMcoBQAIKQUADikFAFUpBQBYKQUA7NAMAL8pBQDvKQUA8CkFADwqBQBLKgUAiSoFAI4qBQDWKgUA4yoFACMrBQAwKwUAcCsFAHwrBQC9KwUAzCsFAAosBQAULAUAVywFAGUsBQCkLAUAqSwFAPEsBQD+LAUAPi0FAEotBQCLLQUAkS0FANgtBQCeLQUAGEEFAN4tBQAlLgUAKi4FAHIuBQB4LgUAOdEMAMQuBQAMLwUALC8FAFkvBQBlLwUApi8FAKwvBQDzLwUA+y8FAJJeBQD8LwUAQDAFAE0wBQCNMAUAkzAFANowBQDmMAUAJzEFACkxBQB0MQUAgzEFAMExBQDMMQUADjIFABAyBQBbMgUAdDIFAKgyBQC5MgUA9TIFAAEzBQBCMwUATjMFAI8zBQCiMwUA3DMFAOszBQApNAUANTQFAHY0BQB3NAUAwzQFAM00BQAQNQUAHjUFAF01BQBiNQUAqjUFALc1BQCG0QwABDYFAEQ2BQBYNgUAkTYFAK02BQDeNgUA+jYFANPRDAA6NwUAeDcFAHk3BQDFNwUA1DcFABI4BQAXOAUAXzgFAGw4BQCsOAUAuTgFAPk4BQAFOQUARjkFAFU5BQCTOQUAnTkFAOA5BQDuOQUALToFADI6BQB6OgUAhzoFAMc6BQDXOgUAFDsFABY7BQBhOwUAbzsFAK47BQC/OwUAINIMAAI8BQBt0gwATTwFAJU8BQCiPAUA4jwFAO88BQAvPQUANT0FAHw9BQCIPQUAyT0FANk9BQAWPgUAHz4FAGM+BQBmPgUAsD4FALw+BQD9PgUABD8FALrSDABWPwUAlz8FAKc/BQDkPwUA7T8FADFABQA0QAUAfkAFAIpABQDLQAUA0kAFAAfTDAAnQQUAZUEFAHFBBQCyQQUAs0EFAP9BBQAJQgUATEIFAFpCBQCZQgUAnkIFAOZCBQDzQgUAVNMMADhDBQCAQwUAj0MFAM1DBQDtQwUAGkQFACZEBQBnRAUAcUQFALREBQC8RAUAAUUFAA1FBQBORQUAVEUFAJtFBQChRQUA6EUFAO1FBQA1RgUAO0YFADvUDACHRgUAz0YFANhGBQAcRwUALUcFAGlHBQBwRwUAtkcFAL5HBQADSAUAEEgFAFBIBQBVSAUAnUgFAKdIBQDqSAUA8kgFADdJBQBGSQUAhEkFAIlJBQDRSQUA3kkFAB5KBQArSgUAa0oFAHdKBQC4SgUAx0oFAAVLBQAPSwUAUksFAFpLBQCfSwUAqUsFAOxLBQDxSwUAOUwFAEFMBQAi1QwAi0wFANNMBQDWTAUAIE0FACpNBQBv1QwAc00FALpNBQC/TQUAB04FACdOBQBUTgUAYE4FAKFOBQCnTgUA7k4FAPFOBQA7TwUAPU8FAIhPBQCjTwUA1U8FANdPBQAiUAUAMFAFAG9QBQCAUAUAvFAFAL5QBQAJUQUAIlEFAFZRBQBnUQUAo1EFAK9RBQC81QwAAFIFAD1SBQBdUgUAilIFAIxSBQDXUgUA41IFALhOCwDmUgUAaGwFAPNSBQBweAUAAFMFACRTBQAnUwUAcVMFAH5TBQD0VwUAgFMFAL5TBQDDUwUAC1QFABhUBQBYVAUAZVQFAKVUBQCxVAUA8lQFAAFVBQA/VQUASVUFAIxVBQCaVQUA2VUFAN5VBQAmVgUAM1YFAHNWBQB/VgUAwFYFAMZWBQANVwUAE1cFAFpXBQBfVwUAp1cFAK1XBQAJ1gwA/VcFAEFYBQBXWAUAjlgFAKdYBQDbWAUA51gFAChZBQAuWQUAdVkFAHpZBQDCWQUA0lkFAA9aBQAVWgUAXFoFAGhaBQCpWgUAs1oFAPZaBQD8WgUAQ1sFAFFbBQCQWwUAnFsFAN1bBQDgWwUAKlwFADZcBQB3XAUAilwFAMRcBQDTXAUAEV0FAB1dBQBeXQUAal0FAKtdBQCyXQUA+F0FAAReBQBFXgUATF4FAFbWDACoXgUA314FAOFeBQAsXwUAQF8FAHlfBQCBXwUAxl8FANNfBQATYAUAGGAFAGBgBQBqYAUArWAFALVgBQD6YAUAE2EFAEdhBQBTYQUAlGEFAJxhBQCj1gwA/GEFAC5iBQAwYgUAe2IFAIliBQDIYgUA2WIFABVjBQAXYwUAYmMFAHtjBQCvYwUAwGMFAPxjBQAIZAUA8NYMAE5kBQCWZAUAn2QFAONkBQD0ZAUAMGUFADdlBQB9ZQUAhWUFAMplBQDXZQUAF2YFABxmBQBkZgUAbmYFALFmBQC5ZgUA/mYFABdnBQBLZwUAV2cFAJhnBQCgZwUAitcMAOhnBQAyaAUAPGgFAH9oBQCBaAUAzGgFAOVoBQAZaQUAKmkFAGZpBQB0aQUAs2kFALZpBQAAagUAC2oFAE1qBQBZagUAmmoFAKFqBQDX1wwA7GoFADRrBQA8awUAgWsFAI9rBQDOawUAz2sFABtsBQA2bAUAJNgMAG1sBQC1bAUAwmwFAAJtBQAPbQUAT20FAFttBQCcbQUAq20FAOltBQDzbQUANm4FAERuBQCDbgUAiG4FANBuBQDdbgUAHW8FAClvBQBqbwUAcG8FALdvBQC9bwUABHAFAAlwBQBRcAUAV3AFAHHYDACrcAUA63AFAO1wBQA4cQUAUXEFAIVxBQCWcQUA0nEFAN5xBQAfcgUAJ3IFAFjZDABxcgUAuXIFAMFyBQAGcwUAH3MFAFNzBQBYcwUAoHMFAKVzBQDtcwUA93MFADp0BQA9dAUAh3QFAJF0BQDUdAUA2nQFACF1BQAjdQUAbnUFAG91BQC7dQUAw3UFAAh2BQAYdgUAVXYFAFt2BQCidgUAp3YFAO92BQAFdwUAPHcFAER3BQCJdwUAsXcFANZ3BQD5dwUAI3gFAEJ4BQCl2QwAeHgFAPLZDADOeAUACnkFABh5BQBXeQUAY3kFAKR5BQCxeQUA8XkFAPt5BQA+egUARnoFAIt6BQCWegUA2HoFANp6BQAlewUAKHsFAHJ7BQB6ewUAv3sFAMV7BQAMfAUAFXwFAFl8BQBmfAUApnwFAK58BQDzfAUA+HwFAEB9BQBJfQUAjX0FAJd9BQDafQUA4n0FACd+BQAsfgUAdH4FAIR+BQDBfgUAyX4FAA5/BQAQfwUAW38FAHZ/BQCofwUAqn8FAPV/BQADgAUAQoAFAFOABQCPgAUAkYAFANyABQD1gAUAKYEFADqBBQB2gQUAgoEFAMOBBQDLgQUAP9oMABaCBQBdggUAYoIFAKqCBQDKggUA94IFAAODBQBEgwUASoMFAJGDBQCUgwUA3oMFAOaDBQArhAUANYQFAHiEBQB9hAUAxYQFAM2EBQAShQUAHIUFAF+FBQBhhQUArIUFAL2FBQD5hQUAGYYFAEaGBQBOhgUAk4YFAJ2GBQDghgUA5YYFAIzaDABBhwUAeocFAIKHBQDHhwUAzIcFABSIBQAkiAUAYYgFAGmIBQCuiAUAuIgFAPuIBQAGiQUASIkFAFSJBQCViQUAnYkFANnaDADuiQUAL4oFADuKBQB8igUAg4oFAMmKBQDRigUAFosFAC+LBQBjiwUAaYsFALCLBQC1iwUA/YsFAB2MBQBKjAUAVowFAJeMBQCdjAUA5IwFAOeMBQAm2wwAM40FAH6NBQA/jQUAfisMAIGNBQDLjQUA1Y0FABiOBQAmjgUAZY4FAHSOBQCyjgUAtY4FAP+OBQDKjgUASbEFAM6OBQBzowUAC48FAEyPBQBOjwUAmY8FAJ+PBQDmjwUA9Y8FADOQBQA+kAUAgJAFAIiQBQCj6wUAmpAFAM2QBQDZkAUAGpEFAC2RBQBnkQUAdpEFALSRBQDAkQUAAZIFAAKSBQBOkgUAWJIFAJuSBQCpkgUA6JIFAO2SBQA1kwUAQpMFAHPbDACckwUAz5MFAN6TBQAclAUAIZQFAGmUBQB2lAUAtpQFAMOUBQADlQUAD5UFAFCVBQBflQUAnZUFAKeVBQDqlQUA+JUFADeWBQA8lgUAhJYFAJGWBQDRlgUA3ZYFAB6XBQAklwUAa5cFAHGXBQC4lwUAvZcFAAWYBQALmAUAwNsMAFOYBQCfmAUAW5gFACWWBwBfmAUAf4MHAHKYBQADsgoAq5gFAOyYBQDymAUAY/MHAPmYBQA5mQUAPJkFAIaZBQCSmQUA05kFANWZBQAgmgUAJpoFAG2aBQB8mgUAupoFAMWaBQAHmwUACJsFAFSbBQBomwUAoZsFALubBQDumwUA+psFADucBQBOnAUAiJwFAJecBQDVnAUA4ZwFACKdBQAjnQUAb50FAHmdBQC8nQUAyp0FAAmeBQAOngUAVp4FAGOeBQAN3AwAvZ4FAPCeBQD/ngUAPZ8FAEKfBQCKnwUAl58FANefBQDknwUAJKAFADCgBQBxoAUAgKAFAL6gBQDIoAUAC6EFABmhBQBYoQUAXaEFAKWhBQCyoQUA8qEFAP6hBQA/ogUARaIFAIyiBQCSogUA2aIFAN6iBQAmowUALKMFAFrcDACPowUAp9wMAMajBQANpAUAD6QFAFqkBQBnpAUAp6QFAKqkBQD0pAUA9aQFAEGlBQBGpQUAjqUFAJSlBQDbpQUA5aUFACimBQBEpgUAdaYFAJGmBQD03AwAyKYFAA+nBQARpwUAXKcFAGmnBQCppwUArKcFAPanBQD3pwUAQ6gFAEioBQCQqAUAlqgFAN2oBQDnqAUAKqkFAEapBQB3qQUAk6kFAEHdDADKqQUAEaoFABeqBQBeqgUAY6oFAKuqBQCxqgUAjt0MAAarBQBFqwUAYKsFAJKrBQCgqwUA36sFAOyrBQAsrAUAQ6wFAHmsBQCIrAUAxqwFAMusBQATrQUAIK0FAGCtBQBtrQUAra0FALmtBQD6rQUACa4FAEeuBQBRrgUAlK4FAKKuBQDhrgUA5q4FAC6vBQA7rwUAe68FAH6vBQDIrwUA1K8FABWwBQAbsAUAYrAFAGiwBQCvsAUAtLAFAPywBQACsQUA290MAFOxBQCWsQUAnLEFAOOxBQDlsQUAMLIFAD2yBQB9sgUAgLIFAMqyBQDLsgUAF7MFAByzBQBkswUAarMFALGzBQC7swUA/rMFABi0BQBLtAUAWrQFAJi0BQCdtAUA5bQFAPK0BQAytQUAP7UFAH+1BQCLtQUAzLUFANu1BQAZtgUAI7YFAGa2BQB0tgUAs7YFALi2BQAAtwUADbcFAE23BQBXtwUAU8AFAFm3BQCatwUAoLcFAOe3BQDttwUANLgFADm4BQCBuAUAh7gFACjeDADTuAUAG7kFACi5BQBouQUAdbkFALW5BQDBuQUAAroFABG6BQBPugUAWboFAJy6BQCqugUA6boFAO66BQA2uwUAQ7sFAIO7BQCLuwUA0LsFANy7BQAdvAUAI7wFAGq8BQBwvAUAt7wFALy8BQAEvQUACr0FAA/fDABTvQUAnr0FAKe9BQDrvQUA7r0FADi+BQBEvgUAhb4FAIy+BQDSvgUA2r4FAB+/BQA4vwUAbL8FAIC/BQC5vwUA1b8FAAbABQAOwAUAqd8MAGHABQCgwAUAtsAFAO3ABQD5wAUAOsEFAD/BBQCHwQUAkMEFANTBBQDewQUAIcIFAD3CBQBuwgUAdsIFAPbfDADAwgUACMMFABXDBQBVwwUAYsMFAKLDBQCuwwUA78MFAP7DBQA8xAUARsQFAInEBQCXxAUA1sQFANvEBQAjxQUAMMUFAHDFBQB4xQUAvcUFAMfFBQAKxgUAGMYFAFfGBQBtxgUApMYFALDGBQDxxgUA9sYFAD7HBQBHxwUAi8cFAJXHBQDYxwUA4McFACXIBQA0yAUAcsgFAHTIBQC/yAUAyMgFAAzJBQAPyQUAWckFAGXJBQCmyQUArckFAPPJBQD7yQUAQMoFAFnKBQCNygUAocoFANrKBQD2ygUAJ8sFAC/LBQBD4AwAecsFAMHLBQDOywUADswFABvMBQBbzAUAZ8wFAKjMBQC3zAUA9cwFAP/MBQBCzQUATM0FAI/NBQCdzQUA3M0FAPLNBQApzgUANc4FAHbOBQB7zgUAw84FAMzOBQAQzwUAGs8FAF3PBQBpzwUAqs8FALDPBQD3zwUA/c8FAETQBQBJ0AUAkdAFAJfQBQCQ4AwA6tAFACvRBQAv0QUAeNEFAIfRBQDF0QUAytEFABLSBQAf0gUAX9IFAGzSBQCs0gUAuNIFAPnSBQAI0wUARtMFAFDTBQCT0wUAodMFAODTBQDl0wUALdQFADrUBQB61AUAhtQFAMfUBQDN1AUAFNUFABrVBQBh1QUAZtUFAK7VBQC01QUA3eAMAADWBQBI1gUAT9YFAJXWBQCh1gUA4tYFAOTWBQAv1wUA5dYFAEzcBQBK1wUAfNcFAH7XBQDJ1wUA19cFABbYBQAn2AUAY9gFAGXYBQCw2AUAydgFAP3YBQAO2QUAStkFAFbZBQCX2QUAo9kFAOTZBQD32QUAMdoFAEDaBQB+2gUAitoFAMvaBQDM2gUAGNsFACLbBQBl2wUAc9sFALLbBQC32wUA/9sFAAzcBQAq4QwATtwFAJncBQC03AUA5twFAOjcBQAz3QUAQd0FAIDdBQCR3QUAzd0FAM/dBQAa3gUAM94FAGfeBQB43gUAtN4FAMDeBQAB3wUADd8FAE7fBQBh3wUAm98FAKrfBQDo3wUA9N8FADXgBQA24AUAguAFAIzgBQDP4AUA3eAFABzhBQAh4QUAaeEFAHbhBQAR4gwAu+EFAAPiBQAL4gUAUOIFAFLiBQCd4gUAruIFAOriBQD44gUAN+MFAFLjBQCE4wUAkOMFANHjBQDZ4wUA+OIMACPkBQBr5AUAcuQFALjkBQDE5AUABeUFAAjlBQBS5QUAWuUFAJ/lBQCv5QUA7OUFAPHlBQA55gUAQuYFAIbmBQCT5gUA0+YFANrmBQAg5wUAKOcFAEXjDAB65wUAuucFAMLnBQAH6AUAG+gFAFToBQBZ6AUAoegFAKroBQDu6AUA9OgFADvpBQBD6QUAiOkFAJfpBQDV6QUA5ukFACLqBQAr6gUAb+oFAHLqBQC86gUAxuoFAAnrBQAV6wUAVusFAFzrBQCS4wwAsOsFAPDrBQD16wUAPewFAETsBQCK7AUAluwFANfsBQDf7AUA3+MMAD/tBQBx7QUAc+0FAL7tBQDM7QUAC+4FABzuBQBY7gUAWu4FAKXuBQC+7gUA8u4FAAPvBQA/7wUAS+8FACzkDACb7wUA2e8FAOjvBQAm8AUAL/AFAHPwBQB58AUAwPAFAMbwBQAN8QUAGfEFAFrxBQBh8QUAp/EFAK/xBQD08QUA+PEFAEHyBQBM8gUAjvIFAJzyBQDb8gUA7PIFACjzBQA08wUAdfMFAH3zBQB55AwAxfMFAA/0BQAZ9AUAXPQFAF70BQCp9AUAwvQFAPb0BQAH9QUAQ/UFAFH1BQCQ9QUAk/UFAN31BQDo9QUAKvYFADj2BQB39gUAhPYFAMT2BQDb9gUAEfcFABn3BQBe9wUAYPcFAKv3BQCz9wUA+PcFAAf4BQBF+AUASvgFAJL4BQCf+AUA3/gFAOz4BQAs+QUAOPkFAHn5BQCI+QUAxvkFAND5BQAT+gUAIfoFAGD6BQBl+gUArfoFALr6BQD6+gUAAvsFAEf7BQBR+wUAlPsFAJn7BQDh+wUA6fsFAC78BQAx/AUAe/wFAJj8BQDI/AUA2fwFABX9BQAd/QUAYv0FAGX9BQCv/QUAu/0FAPz9BQAC/gUASf4FAGT+BQCW/gUAov4FAOP+BQDp/gUAxuQMAD//BQB9/wUAfv8FAMr/BQAAAAYAFwAGACUABgBkAAYAZQAGALEABgC5AAYA/gAGAA0BBgBLAQYAUAEGAJgBBgClAQYA5QEGAPIBBgAyAgYAPgIGAH8CBgCOAgYAzAIGANYCBgAZAwYAJwMGAGYDBgBrAwYAswMGAMADBgAABAYACAQGAE0EBgBXBAYAmgQGAJ8EBgDnBAYA7wQGADQFBgA+BQYAgQUGAIwFBgDOBQYA2gUGABsGBgAjBgYAE+UMAG0GBgC1BgYAuAYGAAIHBgAMBwYATwcGAFcHBgBg5QwAqgcGAOkHBgD/BwYANggGAEIIBgCDCAYAiAgGANAIBgDZCAYAHQkGACcJBgBqCQYAcgkGALcJBgDDCQYABAoGABcKBgBRCgYAUgoGAJ4KBgCsCgYA6woGAPEKBgA4CwYARAsGAIULBgCMCwYAreUMANMLBgAfDAYAKwwGAGwMBgB5DAYAuQwGAMEMBgAGDQYAEA0GAFMNBgBiDQYAoA0GAKENBgDtDQYA9Q0GADoOBgBJDgYAhw4GAIwOBgDUDgYA4Q4GACEPBgAuDwYAbg8GAHoPBgC7DwYAyg8GAAgQBgASEAYAVRAGAGMQBgCiEAYApxAGAO8QBgD8EAYAPBEGAEQRBgCJEQYAjREGANYRBgDkEQYAIxIGAC0SBgBwEgYAexIGAL0SBgDFEgYAChMGABUTBgBXEwYAXBMGAKQTBgCnEwYA8RMGAPsTBgA+FAYARhQGAIsUBgCqFAYA+uUMANoUBgAlFQYAJhUGAHIVBgB8FQYAvxUGAM0VBgAMFgYAJxYGAFkWBgBlFgYAphYGAK4WBgBH5gwA/xYGAEAXBgBGFwYAjRcGAKgXBgDaFwYA5hcGACcYBgAtGAYAdBgGAHwYBgDBGAYAzxgGAA4ZBgARGQYAWxkGAGMZBgCoGQYAsRkGAPUZBgACGgYAQhoGAEQaBgCPGgYAqhoGANwaBgDeGgYAKRsGADcbBgB2GwYAhxsGAMMbBgDFGwYAEBwGACkcBgBdHAYAbhwGAKocBgC2HAYA9xwGAP8cBgCU5gwASh0GAJEdBgCZHQYA3h0GAOUdBgArHgYAMB4GAHgeBgCEHgYAxR4GAMgeBgASHwYAGh8GAF8fBgBsHwYArB8GALEfBgD5HwYAAyAGAEYgBgBOIAYAkyAGAJ8gBgDgIAYA8yAGAC0hBgA7IQYAeiEGAH0hBgDHIQYA0SEGAOHmDAAXIgYAYSIGAGkiBgCuIgYAsSIGAPsiBgAHIwYASCMGAE4jBgCVIwYAsCMGAOIjBgDuIwYALyQGADUkBgB8JAYAhCQGAMkkBgDXJAYAFiUGABklBgBjJQYAayUGALAlBgC5JQYA/SUGAAomBgBKJgYATCYGAJcmBgCyJgYA5CYGAOYmBgAxJwYAPycGAH4nBgCPJwYAyycGAM0nBgAYKAYAMSgGAGUoBgB2KAYAsigGAL4oBgD/KAYABykGAC7nDABSKQYAmSkGAKEpBgDmKQYA7SkGADMqBgA4KgYAgCoGAIwqBgDNKgYA0CoGABorBgAiKwYAZysGAHQrBgC0KwYAuSsGAAEsBgALLAYATiwGAFYsBgCbLAYApywGAOgsBgD7LAYANS0GAEMtBgCCLQYAhS0GAM8tBgDZLQYAe+cMAB8uBgBpLgYAdS4GALYuBgC8LgYAAy8GAB4vBgBQLwYAXC8GAJ0vBgCjLwYA6i8GAPIvBgA3MAYARTAGAIQwBgCHMAYA0TAGANkwBgAeMQYAJzEGAGsxBgB4MQYAuDEGALoxBgAFMgYAIDIGAFIyBgBUMgYAnzIGAK0yBgDsMgYA/TIGADkzBgA7MwYAhjMGAJ8zBgDTMwYA5DMGACA0BgAsNAYAbTQGAHU0BgDI5wwAwDQGAAc1BgAPNQYAVDUGAFs1BgChNQYApjUGAO41BgD6NQYAOzYGAD42BgCINgYAkDYGANU2BgDiNgYAIjcGACc3BgBvNwYAeTcGALw3BgDENwYACTgGABU4BgBWOAYAaTgGAKM4BgCxOAYA8DgGAPM4BgA9OQYARzkGABXoDACMOQYA1zkGAI85BgDz/QYAkzkGAH7eCwCYOQYA/VkHAOE5BgAqYAsA6DkGACQ6BgA1OgYAcToGAH86BgC+OgYA2joGAAs7BgAnOwYAYugMAGY7BgClOwYAsjsGAPI7BgAJPAYAPzwGAEs8BgCMPAYAkjwGANk8BgDfPAYAJj0GACs9BgBzPQYAeT0GAK/oDADFPQYADT4GABU+BgBaPgYAXT4GAKc+BgCzPgYA9D4GAPo+BgBBPwYAXD8GAI4/BgCaPwYA2z8GAOE/BgAoQAYAMEAGAHVABgB3QAYAwkAGAN1ABgAPQQYAEUEGAFxBBgBqQQYAqUEGALpBBgD2QQYA+EEGAENCBgBcQgYAkEIGAKFCBgDdQgYA6UIGAJbpDABAQwYAd0MGAIZDBgDEQwYAoEMGAEdIBgDGQwYAEUQGACBEBgBeRAYAaUQGAKtEBgC3RAYA+EQGAPtEBgBFRQYA/0QGAABRBgAURQYASUsGAFFFBgCSRQYAmEUGAN9FBgD6RQYALEYGADhGBgB5RgYAf0YGAMZGBgDSRgYAE0cGABlHBgBgRwYAZkcGAK1HBgCyRwYA+kcGAABIBgDj6QwASkgGAJRIBgCwSAYA4UgGAOlIBgDK6gwAOkkGAHtJBgCBSQYAyEkGAONJBgAVSgYAIUoGAGJKBgBoSgYAr0oGALdKBgD8SgYAHUsGABfrDABRSwYAZOsMAJtLBgDjSwYA8EsGADBMBgA9TAYAfUwGAIlMBgDKTAYA2UwGABdNBgAhTQYAZE0GAGxNBgCxTQYAu00GAP5NBgAMTgYAS04GAGFOBgCYTgYApE4GAOVOBgDqTgYAMk8GADtPBgB/TwYAiU8GAMxPBgDUTwYAGVAGACNQBgBmUAYAa1AGALNQBgC7UAYAsesMAAxRBgBNUQYAYFEGAJpRBgCpUQYA51EGAPNRBgA0UgYANVIGAIFSBgCLUgYAzlIGANxSBgAbUwYAIFMGAGhTBgB1UwYA/usMAMBTBgACVAYADlQGAE9UBgBVVAYAnFQGAKhUBgDpVAYA8VQGAOXsDAA5VQYAg1UGAItVBgDQVQYA3VUGAB1WBgAiVgYAalYGAHJWBgC3VgYAuVYGAARXBgAfVwYAUVcGAFNXBgCeVwYArFcGAOtXBgD8VwYAOFgGADpYBgCFWAYAnlgGANJYBgDjWAYAH1kGACtZBgBsWQYAdFkGADLtDAC+WQYABloGABNaBgBTWgYAYFoGAKBaBgCsWgYA7VoGAPxaBgA6WwYARFsGAIdbBgCVWwYA1FsGANlbBgAhXAYALlwGAG5cBgB2XAYAu1wGAL1cBgAIXQYAEl0GAFVdBgBdXQYAf+0MAK1dBgDvXQYA/V0GADxeBgA/XgYAiV4GAJFeBgDWXgYA7F4GACNfBgAoXwYAcF8GAIZfBgC9XwYAyV8GAApgBgAXYAYAV2AGAGFgBgDM7QwAsmAGAPFgBgAKYQYAPmEGAFRhBgCLYQYAmmEGANhhBgDyYQYAJWIGAChiBgCoZgYAMGIGACtrBgA0YgYAcmIGAHdiBgC/YgYAzGIGAAxjBgAZYwYAWWMGAGVjBgCmYwYAtWMGAPNjBgD9YwYAQGQGAE5kBgCNZAYAkmQGANpkBgDnZAYAJ2UGADNlBgB0ZQYAemUGAMFlBgDHZQYADmYGABNmBgBbZgYAYWYGABnuDAC0ZgYA9WYGAPtmBgBCZwYAXWcGAI9nBgCbZwYA3GcGAOJnBgApaAYAMGgGAHZoBgB7aAYA92kGAIJoBgDDaAYAxWgGABBpBgAXaQYAXWkGAHlpBgCqaQYAsmkGAADvDAD7aQYARGoGAFFqBgCRagYArWoGAN5qBgDmagYATe8MADBrBgB4awYAe2sGAMVrBgDPawYAEmwGACNsBgBfbAYAZGwGAKxsBgCxbAYA+WwGABltBgBGbQYAT20GAJNtBgCUbQYA4G0GAOxtBgAtbgYAM24GAHpuBgCAbgYAx24GAMxuBgAUbwYAGm8GAJrvDABjbwYArm8GALRvBgD7bwYAG3AGAEhwBgBUcAYAlXAGAJxwBgDicAYA6nAGAC9xBgA2cQYAfHEGAIhxBgDJcQYAy3EGABZyBgAdcgYAgfAMAGVyBgCwcgYAs3IGAP1yBgAFcwYASnMGAFpzBgCXcwYAmXMGAORzBgDycwYAMXQGAEJ0BgDO8AwAhXQGABvxDADYdAYAGHUGAB91BgBldQYAbXUGALJ1BgDAdQYA/3UGAAJ2BgBMdgYAVHYGAJl2BgCgdgYA5nYGAPR2BgAzdwYANncGAIB3BgCCdwYAzXcGAOZ3BgAaeAYAK3gGAGd4BgBzeAYAtHgGALt4BgABeQYACXkGAE55BgBXeQYAm3kGAKh5BgDoeQYA8nkGADV6BgBDegYAgnoGAJN6BgDPegYA13oGABx7BgAmewYAaXsGAHd7BgC2ewYAzHsGAAN8BgAPfAYAUHwGAFd8BgCdfAYApXwGAOp8BgDwfAYAN30GAEN9BgCEfQYAjn0GANF9BgDXfQYAHn4GADJ+BgC18QwAcH4GALh+BgC7fgYABX8GAA9/BgBSfwYAVH8GAJ9/BgC6fwYA7H8GAO5/BgA5gAYAR4AGAIaABgCXgAYA04AGANWABgAggQYAOYEGAG2BBgB+gQYAuoEGAMaBBgAC8gwAJIIGAFSCBgBlggYAoYIGAL2CBgDuggYA9oIGAE/yDABAgwYAiIMGAJCDBgDVgwYA4IMGACKEBgAnhAYAb4QGAHKEBgC8hAYAxoQGAAmFBgAMhQYAVoUGAF6FBgCjhQYApYUGAPCFBgALhgYAPYYGAD+GBgCKhgYAmIYGANeGBgDohgYAJIcGACaHBgBxhwYAiocGAL6HBgDPhwYAC4gGABeIBgBYiAYAYIgGAJzyDACyiAYA8ogGAPqIBgA/iQYASYkGAIyJBgCXiQYA2YkGAOWJBgAmigYALooGAOnyDAB4igYAwIoGAMWKBgANiwYAHosGADbzDABniwYAp4sGAKmLBgD0iwYADYwGAEGMBgBSjAYAjowGAJqMBgDbjAYA44wGAIPzDAAtjQYAdY0GAH2NBgDCjQYA0Y0GAA+OBgAVjgYAXI4GAGiOBgCpjgYAq44GAPaOBgAAjwYAQ48GAE+PBgCQjwYAmI8GANDzDADpjwYAKpAGAC2QBgB3kAYAepAGAMSQBgDSkAYAEZEGABaRBgBekQYAa5EGAB30DAC8kQYA+JEGAACSBgBFkgYABZIGALGaBgBQkgYAkpIGAJeSBgDfkgYA4pIGACyTBgA2kwYAeZMGAJyTBgDGkwYAyZMGABOUBgA3lAYAYJQGAGiUBgBq9AwAs5QGAPqUBgAIlQYAR5UGAFOVBgCUlQYAm5UGAOGVBgDplQYALpYGAD6WBgB7lgYAgJYGAMiWBgDOlgYAFZcGAB2XBgBilwYAf5cGAK+XBgC4lwYA/JcGAAiYBgBJmAYAT5gGAJaYBgCqmAYA45gGAOuYBgAwmQYAQJkGAH2ZBgB/mQYAypkGANiZBgAXmgYAKJoGALf0DABrmgYABPUMALaaBgD+mgYABZsGAEubBgBXmwYAmJsGAJubBgDlmwYA9ZsGADKcBgA0nAYAf5wGAI2cBgDMnAYA3ZwGAFH1DAAgnQYAnvUMAHmdBgCznQYAwp0GAACeBgAMngYATZ4GAE6eBgCangYApJ4GAOeeBgD1ngYANJ8GADmfBgCBnwYAjp8GAOv1DADTnwYAG6AGACSgBgBooAYAeaAGALWgBgC8oAYAAqEGAAqhBgBPoQYAXKEGAJyhBgChoQYA6aEGAPOhBgA2ogYAPqIGAIOiBgCJogYA0KIGANyiBgAdowYAH6MGAGqjBgB5owYAt6MGAMKjBgAEpAYADKQGAFGkBgBTpAYAnqQGAKukBgDrpAYA/6QGADilBgBApQYAhaUGAJSlBgDSpQYA16UGAB+mBgAspgYAbKYGAHamBgC5pgYAu6YGAAanBgAVpwYAU6cGAF2nBgCgpwYAqKcGAO2nBgDupwYAOqgGAD+oBgCHqAYAlagGANSoBgDhqAYAIakGACupBgDS9gwAcakGALupBgDHqQYAkbcGANepBgAIqgYAEKoGAB/3DABaqgYAoqoGAKqqBgDvqgYA8qoGADyrBgBIqwYAiasGAI+rBgDWqwYA8asGACOsBgAvrAYAcKwGAHasBgC9rAYAwKwGAAqtBgASrQYAV60GAFmtBgCkrQYAv60GAPGtBgDzrQYAPq4GAEyuBgCLrgYAnK4GANiuBgDargYAJa8GAD6vBgByrwYAg68GAL+vBgDLrwYADLAGABSwBgBs9wwAXrAGAKawBgCssAYA87AGAPuwBgBAsQYAT7EGAI2xBgCSsQYA2rEGAOexBgAnsgYANLIGAHSyBgCAsgYAwbIGANCyBgAOswYAGLMGAFuzBgBpswYAqLMGAK2zBgD1swYAArQGALn3DABOtAYAj7QGAJW0BgDctAYA97QGACm1BgA1tQYAdrUGAHy1BgDDtQYAxrUGABC2BgActgYAXbYGAGO2BgCqtgYAsLYGAPe2BgD8tgYARLcGAEq3BgAG+AwAl7cGAN63BgDktwYAK7gGADC4BgB4uAYAfrgGAFP4DADKuAYAErkGAB+5BgBfuQYAbLkGAKy5BgC4uQYA+bkGAAi6BgBGugYAULoGAJO6BgChugYA4LoGAOW6BgAtuwYAOrsGAHq7BgCSuwYAx7sGAM27BgAUvAYAILwGAGG8BgBxvAYArrwGALe8BgD7vAYA/rwGAEi9BgBUvQYAlb0GAJy9BgA6+QwA5L0GAC++BgA5vgYAfL4GAH++BgDJvgYA0b4GABa/BgAZvwYAY78GAG+/BgCwvwYAtr8GAP2/BgAYwAYASsAGAFbABgCXwAYAncAGAIf5DAAEwQYAMcEGADzBBgB+wQYAg8EGAMvBBgDUwQYAGMIGABvCBgBlwgYAccIGALLCBgC+wgYAn8wGAMrCBgD/wgYABsMGAEzDBgBSwwYAmcMGAKfDBgDmwwYAAcQGADPEBgA/xAYAgMQGAIbEBgDNxAYA58QGABrFBgAmxQYAZ8UGAG3FBgC0xQYAusUGAAHGBgAGxgYATsYGAFTGBgDU+QwAtcYGAOjGBgD1xgYANccGAEHHBgCCxwYAjMcGAM/HBgDTxwYAHMgGACHIBgBpyAYAb8gGALbIBgDWyAYAA8kGAA/JBgBQyQYAVskGAJ3JBgCjyQYA6skGAO/JBgA3ygYAPcoGACH6DACJygYA0coGANjKBgAeywYAKssGAGvLBgCHywYAuMsGAMDLBgAI+wwAPMwGAFLMBgB4zAYAVfsMALLMBgDszAYA+8wGADnNBgBFzQYAhs0GAIfNBgDTzQYA3c0GACDOBgAuzgYAbc4GAHLOBgC6zgYAx84GAKL7DAAPzwYAifwMAFnPBgChzwYArs8GAO7PBgD7zwYAO9AGAEfQBgCI0AYAl9AGANXQBgDf0AYAItEGADDRBgBv0QYAdNEGALzRBgDJ0QYACdIGABHSBgBW0gYAXNIGAKPSBgCv0gYA8NIGAADTBgA90wYARtMGAIrTBgCN0wYA19MGAOPTBgAk1AYAK9QGANb8DAB81AYAvtQGAMrUBgAL1QYAE9UGACP9DABl1QYApdUGAKzVBgDy1QYA89UGAD/WBgBE1gYAjNYGAJrWBgDZ1gYA5tYGACbXBgAw1wYAc9cGAHvXBgDA1wYAydcGAA3YBgAT2AYAWtgGAGvYBgCn2AYAw9gGAPTYBgD82AYAcP0MAEzZBgCO2QYAmNkGANvZBgDl2QYAKNoGACnaBgC9/QwAetoGAMLaBgDP2gYAD9sGABzbBgBc2wYAaNsGAKnbBgC42wYA9tsGAADcBgBD3AYAS9wGAJDcBgCa3AYA3dwGAOLcBgAq3QYAMt0GAAr+DACC3QYAxN0GANDdBgAR3gYAGd4GAFf+DABj3gYAq94GALreBgD43gYAGN8GAEXfBgBR3wYAkt8GAJjfBgDf3wYA598GACzgBgAz4AYAeeAGAHvgBgDG4AYA0uAGABPhBgAp4QYAYOEGAGXhBgCt4QYAuuEGAKT+DAD/4QYAR+IGAFbiBgCU4gYAtOIGAOHiBgDt4gYALuMGADTjBgB74wYAg+MGAMjjBgDP4wYAFeQGABfkBgBi5AYAbuQGAK/kBgDF5AYA/OQGAAHlBgBJ5QYAVuUGAJblBgCe5QYA4+UGAOnlBgAw5gYAOeYGAH3mBgCK5gYAyuYGANfmBgAX5wYAJecGAGTnBgBx5wYAsecGAMjnBgD+5wYALOgGAPH+DABR6AYAmOgGAFjoBgCYHgsArugGAOXoBgDz6AYAMukGADXpBgB/6QYAgukGAMzpBgDa6QYAGeoGAB7qBgBm6gYAc+oGALPqBgC76gYAAOsGAAfrBgBN6wYAWesGAJrrBgCn6wYA5+sGAPXrBgA07AYAQOwGAIHsBgCI7AYAzuwGANbsBgAb7QYAH+0GAGjtBgBz7QYAte0GAMPtBgAC7gYAE+4GAE/uBgBb7gYAnO4GAKTuBgA+/wwA7+4GADbvBgBK7wYAg+8GAJHvBgDQ7wYA3e8GAB3wBgA08AYAavAGAHLwBgC38AYAwfAGAATxBgAJ8QYAUfEGAFnxBgCe8QYArfEGAOvxBgDw8QYAOPIGAEXyBgCF8gYAkvIGANLyBgDe8gYAH/MGAC7zBgBs8wYAdvMGALnzBgDB8wYABvQGABD0BgBT9AYAWPQGAKD0BgCo9AYAi/8MAPj0BgA69QYARvUGAIf1BgCP9QYA2P8MANn1BgAh9gYAMPYGAG72BgCO9gYAu/YGAMf2BgAI9wYADvcGAFX3BgBd9wYAovcGAKn3BgDv9wYA8fcGADz4BgBI+AYAifgGAJ/4BgDW+AYA2/gGACP5BgAw+QYAJQANAHn5BgC9+QYAw/kGAAr6BgAY+gYAV/oGAGT6BgCk+gYAu/oGAPH6BgD5+gYAPvsGAE37BgCL+wYAkPsGANj7BgDl+wYAJfwGADL8BgBy/AYAfvwGAL/8BgDO/AYADP0GABb9BgBZ/QYAdf0GAKb9BgCu/QYAcgANAAL+BgBA/gYASv4GAImUCgBg/gYAjf4GAJn+BgDa/gYA4P4GACf/BgAv/wYAtToHADP/BgB0/wYAQf8GANsmBwCH/wYAwf8GAND/BgAOAAcAGgAHAFsABwBcAAcAqAAHALIABwD1AAcAAwEHAEIBBwBHAQcAjwEHAJwBBwC/AA0A4gEHACkCBwAvAgcAdgIHAHsCBwDDAgcAyQIHAKYBDQAbAwcAXQMHAGsDBwCqAwcAuwMHAPcDBwADBAcARAQHAEwEBwBAAg0AnQQHAN4EBwDoBAcAKwUHADoFBwB4BQcAgwUHAMUFBwDTBQcAEgYHAB8GBwBfBgcAdgYHAKwGBwC0BgcA+QYHAPwGBwBGBwcAUgcHAJMHBwCZBwcA4AcHAPsHBwAtCAcAOQgHAHoIBwCACAcAxwgHAM8IBwAUCQcAFgkHAGEJBwBiCQcArgkHALwJBwD7CQcAAwoHAEgKBwBjCgcAlQoHAKEKBwDiCgcA6AoHAC8LBwAyCwcAfAsHAIoLBwDJCwcAzgsHABYMBwAjDAcAjQINAHAMBwDUkQoAdAwHALAMBwB2DAcAkMUKALwMBwD9DAcACg0HAEoNBwBPDQcAlw0HAKENBwDkDQcA9A0HADEOBwA2DgcAfg4HAIcOBwDLDgcA2A4HABgPBwAfDwcAZQ8HAHEPBwCyDwcAuA8HAP8PBwAFEAcATBAHAFEQBwCZEAcAnxAHANoCDQDyEAcAMxEHADkRBwCAEQcAhhEHAM0RBwDaEQcAGhIHAB8SBwBnEgcAbxIHALQSBwDpEgcAARMHADETBwBOEwcAVhMHAJsTBwCoEwcA6BMHAO0TBwA1FAcAPRQHAIIUBwCFFAcAzxQHANgUBwAcFQcAKxUHAGkVBwB0FQcAthUHAL4VBwADFgcAExYHAFAWBwBeFgcAnRYHAK4WBwDqFgcA9hYHADcXBwA/FwcAwQMNAIoXBwDRFwcA2RcHAB4YBwAlGAcAaxgHAHkYBwC4GAcAvhgHAAUZBwARGQcAUhkHAGEZBwCfGQcAqRkHAOwZBwDxGQcAORoHAD8aBwCGGgcAmhoHAA4EDQDgGgcAIBsHAOIaBwD7VgcAJRsHAG0bBwB5GwcAuhsHAMcbBwAHHAcAERwHAFsEDQBvHAcAoRwHAKMcBwDuHAcA9BwHADsdBwBxHQcAiB0HAI4dBwDVHQcA3h0HACIeBwAvHgcAbx4HAKUeBwC8HgcAwx4HAAkfBwAOHwcAVh8HAGUfBwCjHwcAwx8HAPAfBwD8HwcAPSAHAEMgBwCKIAcApCAHANcgBwDaIAcAJCEHACkhBwBxIQcAgCEHAL4hBwDeIQcA9QQNACsiBwBYIgcAZCIHAKUiBwCvIgcA8iIHAP4iBwANvwcA/yIHAD8jBwBEIwcAjCMHAJYjBwDZIwcA6SMHACYkBwArJAcAcyQHAHwkBwDAJAcAzSQHAA0lBwAUJQcAWiUHAGYlBwCnJQcArSUHAPQlBwD6JQcAQSYHAEYmBwCOJgcAlCYHAEIFDQDeJgcAKCcHAC0nBwB1JwcAhCcHAMInBwDiJwcA3AUNAB0oBwBcKAcAaSgHAKkoBwCwKAcA9igHAP4oBwBDKQcARSkHAJApBwBKKQcAt1gJAFopBwDDHQkAlikHAMA/CQCYKQcA3SkHAOEpBwAVMQcA+CkHACoqBwAsKgcAdyoHAIgqBwDEKgcA0ioHABErBwAYKwcAXisHAGYrBwCrKwcAsisHAPgrBwD9KwcARSwHAFQsBwCSLAcAsiwHAN8sBwDrLAcALC0HADItBwB5LQcAgS0HAMYtBwDSLQcAEy4HACAuBwBgLgcAey4HAK0uBwC7LgcA+i4HAAAvBwBHLwcATC8HAJQvBwChLwcA4S8HAPcvBwAuMAcAOjAHAHswBwCIMAcAyDAHANIwBwApBg0AGjEHAGIxBwBoMQcArzEHAM8xBwD8MQcACjIHAEkyBwBWMgcAljIHAK0yBwDjMgcA6zIHADAzBwA/MwcAfTMHAIIzBwDKMwcA1zMHABc0BwAhNAcAZDQHAGY0BwCxNAcAvzQHAP40BwALNQcASzUHAFc1BwCYNQcAnjUHAOU1BwDtNQcAMjYHADg2BwB/NgcAiDYHAMw2BwDZNgcAGTcHACM3BwBmNwcAdDcHALM3BwDJNwcAADgHAAw4BwBNOAcAVTgHAHYGDQCkOAcA5zgHAO04BwA0OQcANjkHAIE5BwCLOQcAzjkHANo5BwAbOgcAMjoHAGg6BwB8OgcAwwYNAMM6BwACOwcABTsHAE87BwBXOwcAnDsHAKg7BwDpOwcA9zsHADY8BwBAPAcAgzwHAI48BwDQPAcA3DwHAB09BwAjPQcAaj0HAHI9BwC3PQcAxD0HAAQ+BwAJPgcAUT4HAFs+BwCePgcApj4HAOs+BwDxPgcAOD8HAEE/BwCFPwcAkj8HANI/BwDfPwcAH0AHAC1ABwBsQAcAeUAHALlABwDQQAcABkEHAA5BBwBTQQcAWEEHAKBBBwCmQQcA7UEHAPVBBwA6QgcAUEIHAIdCBwCVQgcA1EIHANdCBwAhQwcAMEMHAG5DBwBzQwcAu0MHAMhDBwAIRAcAGEQHAFVEBwBjRAcAokQHALlEBwDvRAcA+EQHADxFBwBCRQcAiUUHAJVFBwDWRQcA3UUHABAHDQAvRgcAcEYHAHJGBwC9RgcAx0YHAApHBwAWRwcAV0cHAF9HBwBdBw0AqUcHAPFHBwAASAcAPkgHAF5IBwCLSAcAl0gHANhIBwDeSAcAJUkHAC1JBwBySQcAc0kHAL9JBwDFSQcADEoHABFKBwBZSgcAdEoHAKZKBwC0SgcA80oHAPpKBwBASwcATEsHAI1LBwCTSwcAqgcNAN9LBwAnTAcAMUwHAHRMBwCFTAcAwUwHAM1MBwAOTQcAEU0HAFtNBwBeTQcAqE0HALBNBwD1TQcA/E0HAEJOBwBHTgcAj04HAJ5OBwDcTgcA/E4HAClPBwA1TwcAdk8HAHxPBwDDTwcAy08HABBQBwAdUAcAXVAHAGJQBwCqUAcAtFAHAPdQBwD/UAcARFEHAFRRBwCRUQcAllEHAN5RBwDnUQcAK1IHADhSBwB4UgcAf1IHAPcHDQDKUgcAElMHACFTBwBfUwcAf1MHAKxTBwC4UwcA+VMHAP9TBwBGVAcATlQHAJNUBwCfVAcA4FQHAO1UBwAtVQcANFUHAHpVBwB7VQcAx1UHAMxVBwAUVgcAIlYHAGFWBwBuVgcArlYHALhWBwBECA0AAFcHAEhXBwBVVwcAlVcHAKJXBwDiVwcA6FcHAC9YBwA7WAcAfFgHAIxYBwDJWAcA0lgHABZZBwAZWQcAY1kHAG9ZBwCwWQcAt1kHAJEIDQD/WQcASloHAARaBwCuCwoADVoHAEm1CwBbWgcAl1oHAJ9aBwDkWgcA7loHADFbBwBAWwcAflsHAH9bBwDLWwcA01sHACsJDQAgXAcAeAkNAIRcBwASCg0A0FwHAP9cBwDVXAcAvrsHANpcBwCpdQcAB10HAExdBwBbXQcAmV0HAJ5dBwDmXQcA810HADNeBwBAXgcAgF4HAIxeBwDNXgcA3F4HABpfBwAkXwcAZ18HAIpfBwC0XwcA6V8HAAFgBwAlYAcATmAHAFZgBwBfCg0AoGAHAOhgBwDuYAcANWEHAD1hBwCsCg0AkGEHAM9hBwDqYQcAHGIHAChiBwBpYgcAemIHALZiBwDKYgcAA2MHAAtjBwBQYwcAVmMHAJ1jBwCpYwcA6mMHAPpjBwA3ZAcAQGQHAIRkBwCHZAcA0WQHAN1kBwAeZQcAJWUHAPkKDQB5ZQcAuGUHAMJlBwBGCw0ACmYHAFJmBwBfZgcAn2YHAKxmBwDsZgcA+GYHADlnBwBIZwcAhmcHAJBnBwDTZwcA4WcHACBoBwAlaAcAbWgHAHpoBwC6aAcAwmgHAAdpBwANaQcAVGkHAGBpBwChaQcAsWkHAO5pBwD3aQcAO2oHAD5qBwCIagcAlGoHANVqBwDcagcAkwsNADFrBwBvawcAdGsHALxrBwDJawcACWwHABZsBwBWbAcAXGwHAKNsBwCvbAcA8GwHAABtBwA9bQcARm0HAIptBwCNbQcA120HAONtBwAkbgcAK24HAOALDQB2bgcAvm4HAMtuBwALbwcAKW8HAFhvBwBkbwcApW8HALhvBwDybwcAAHAHAD9wBwBCcAcAjHAHAJZwBwDZcAcA53AHACZxBwAzcQcAc3EHAIpxBwDAcQcAyHEHAA1yBwAUcgcAWnIHAF9yBwCncgcAvXIHAPRyBwD2cgcAQXMHAE9zBwCOcwcAm3MHAC0MDQDncwcAKHQHADh0BwB1dAcAfnQHAMJ0BwDFdAcAD3UHABt1BwBcdQcAY3UHAHoMDQCydQcAq3gHALN1BwD2dQcABXYHAEN2BwAHdgcAd3cHAER2BwCQdgcArHYHAN12BwATdwcAKncHAGB3BwDHDA0AencHAMR3BwDgdwcAEXgHAEd4BwBeeAcAlHgHABQNDQC4eAcA+HgHAAZ5BwBFeQcAWHkHAJJ5BwCueQcA33kHABV6BwAsegcAYnoHAGENDQCKegcAxnoHANJ6BwATewcAG3sHAK4NDQBlewcArXsHALV7BwD6ewcACXwHAEd8BwBMfAcAlHwHAKF8BwDhfAcA7nwHAC59BwA6fQcAe30HAIp9BwDIfQcA0n0HABV+BwAdfgcAYn4HAGx+BwCvfgcAtH4HAPx+BwAEfwcA+w0NAFh/BwCWfwcAWn8HAMqABwCXfwcA438HAP9/BwAwgAcAZoAHAH2ABwCzgAcASA4NAM2ABwAXgQcAM4EHAGSBBwCagQcAsYEHAOeBBwCVDg0AAYIHAEuCBwBcggcAmIIHALSCBwDlggcAG4MHADKDBwBogwcA4g4NAIyDBwDMgwcA2IMHABmEBwAohAcAZoQHAHCEBwCzhAcAwYQHAACFBwAFhQcATYUHAFqFBwCahQcAooUHAOeFBwDthQcANIYHAPeFBwBw4AcAQIYHAIGGBwCRhgcAzoYHANeGBwAbhwcAHocHAGiHBwB0hwcAtYcHALyHBwAvDw0AB4gHAD/YCQAMiAcAT4gHAA6IBwCZeAkAWYgHAJyIBwCdiAcA6YgHAPiIBwA2iQcAO4kHAIOJBwCQiQcA0IkHAN2JBwAdigcAKYoHAGqKBwB5igcAt4oHAMGKBwAEiwcAEosHAFGLBwBWiwcAnosHAKuLBwDriwcA7IsHADiMBwA9jAcAhYwHAIqMBwDSjAcA44wHAB+NBwBCjQcAbI0HAHeNBwC5jQcAvo0HAAaOBwAJjgcAU44HAF2OBwCgjgcAy44HAO2OBwAMjwcAfA8NAEaPBwCHjwcAiY8HANSPBwDjjwcAIZAHACyQBwBukAcAdpAHALuQBwDCkAcACJEHAAqRBwBVkQcAX5EHAKKRBwCkkQcA75EHAAiSBwA8kgcAPpIHAImSBwCMkgcA1pIHAOKSBwAjkwcAK5MHAMkPDQB8kwcAvZMHAMOTBwAKlAcAJZQHAFeUBwBjlAcApJQHAKqUBwDxlAcA+ZQHAD6VBwBAlQcAi5UHAJWVBwDYlQcA4JUHABYQDQA2lgcAcpYHAHmWBwC/lgcAx5YHAAyXBwAZlwcAWZcHAF6XBwCmlwcAsJcHAPOXBwD7lwcAQJgHAE+YBwCNmAcAkpgHANqYBwDnmAcAJ5kHADSZBwB0mQcAgJkHAMGZBwDQmQcADpoHABiaBwBbmgcAY5oHAKiaBwCymgcA9ZoHAPqaBwBCmwcASpsHAGMQDQCbmwcA3JsHAOybBwApnAcAMpwHAHacBwB5nAcAw5wHAM+cBwAQnQcAF50HALAQDQBjnQcAqp0HALCdBwD3nQcA/J0HAESeBwBKngcA/RANAJeeBwDengcA5J4HACufBwAwnwcAAtcKADifBwB4nwcAfZ8HAMWfBwDNnwcAEqAHAESgBwD9pgcASaAHAF+gBwCWoAcArKAHAOOgBwD5oAcAKaEHAEahBwBOoQcAk6EHAKKhBwDgoQcA5aEHAC2iBwA6ogcAeqIHAIeiBwDHogcA06IHABSjBwAjowcAYaMHAGujBwCuowcAvKMHAPujBwAApAcASKQHAFWkBwCVpAcAnaQHAOKkBwDopAcAL6UHADulBwB8pQcAjKUHAMmlBwDSpQcAFqYHABmmBwBjpgcAb6YHALCmBwC3pgcAShENADSnBwBKpwcAeqcHAJenBwCfpwcA5KcHAPOnBwAxqAcANqgHAH6oBwCLqAcAy6gHANioBwAYqQcAJKkHAGWpBwB0qQcAsqkHALypBwD/qQcADaoHAEyqBwBRqgcAmaoHAKaqBwDmqgcA7qoHADOrBwA5qwcAgKsHAIyrBwDNqwcA3asHABqsBwAjrAcAZ6wHAGqsBwC0rAcAwKwHAAGtBwAIrQcAlxENAFCtBwC/5QoAXK0HAJutBwCorQcA6K0HAPStBwA1rgcAO64HAIKuBwCIrgcAz64HANSuBwAcrwcAIq8HAOQRDQCPrwcAtq8HANyvBwADsAcANbAHAFCwBwCHsAcAnbAHAM2wBwB+Eg0A9rAHADexBwD4sAcAS7YIAEGxBwCEsQcAnrEHANGxBwDgsQcAHrIHACOyBwBrsgcAeLIHALiyBwDFsgcABbMHABGzBwBSswcAYbMHAJ+zBwCpswcA7LMHAPizBwA5tAcATLQHAIa0BwCVtAcA07QHAN+0BwAgtQcAIbUHAG21BwB3tQcAurUHAMi1BwAHtgcADLYHAFS2BwBhtgcAyxINAKa2BwDutgcA+7YHADu3BwBItwcAiLcHAJS3BwDVtwcA5LcHACK4BwAsuAcAb7gHAH24BwC8uAcAwbgHAAm5BwAWuQcAVrkHAF65BwCjuQcAqbkHAPC5BwD8uQcAPboHAE26BwCKugcAk7oHANe6BwDaugcAJLsHADC7BwBxuwcAeLsHALITDQDDuwcAC7wHAA68BwBYvAcAYLwHAKW8BwCxvAcA8rwHAPi8BwA/vQcARb0HAIy9BwCRvQcA2b0HAN+9BwD/Ew0AXb4HAHO+BwCqvgcAwL4HAOS+BwCZFA0AE78HAPPLCAAgvwcAWr8HAGm/BwCnvwcAs78HAPS/BwD1vwcAQcAHAEvABwCOwAcAnMAHANvABwDgwAcAKMEHADXBBwDmFA0AmMEHAMLBBwD5wQcAD8IHAEbCBwBcwgcAk8IHAKnCBwDNwgcAMxUNAATDBwBDwwcASMMHAJDDBwCdwwcA3cMHAOXDBwAqxAcAMMQHAHfEBwCDxAcAxMQHANTEBwARxQcAGsUHAF7FBwBhxQcAq8UHAOPFBwD4xQcABMYHAIAVDQBLxgcAksYHAKvGBwDfxgcA7cYHACzHBwA5xwcAeccHAIDHBwDGxwcAz8cHABPIBwAgyAcAYMgHAHfIBwCtyAcAsMgHAPrIBwD8yAcAR8kHAFDJBwCUyQcApMkHAOHJBwD6yQcALsoHADDKBwB7ygcAhMoHAMjKBwDQygcAFcsHABfLBwBiywcAe8sHAK/LBwDGywcA/MsHAAjMBwBJzAcAWswHAJbMBwCizAcA48wHAO7MBwAwzQcAPc0HAH3NBwCHzQcAzRUNAN3NBwAXzgcAJc4HAGTOBwBRzgcA6dUHAJ3OBwCxzgcAvs4HAP7OBwAGzwcAS88HAFHPBwCYzwcApM8HAOXPBwDwzwcAMtAHADvQBwB/0AcAgtAHAMzQBwDO0AcAGdEHACDRBwBm0QcAaNEHABoWDQC20QcAANIHAA7SBwBN0gcAUtIHAJrSBwCn0gcA59IHAPPSBwA00wcAPNMHAGcWDQCP0wcAztMHAN7TBwAb1AcAKdQHAGjUBwBx1AcAtdQHAL/UBwAC1QcABNUHAE/VBwBZ1QcAnNUHAJ7VBwC0Fg0A7tUHADbWBwA+1gcAg9YHAInWBwDQ1gcA3NYHAB3XBwAs1wcAatcHAHPXBwC31wcAutcHAATYBwAG2AcAUdgHAFjYBwCe2AcAoNgHAAEXDQDw2AcAONkHAFTZBwCF2QcAodkHAE4XDQDf2QcABecIAOHZBwAf2gcAJNoHAGzaBwB52gcAudoHAMbaBwAG2wcADNsHAFPbBwBf2wcAoNsHALDbBwDt2wcA9tsHADrcBwA93AcAh9wHAJPcBwDU3AcA29wHAJsXDQAw3QcAbt0HAHPdBwC73QcAyN0HAAjeBwAV3gcAVd4HAFveBwCi3gcArt4HAO/eBwD/3gcAPN8HAEXfBwCJ3wcAjN8HANbfBwDi3wcAI+AHACrgBwDoFw0AcuAHAL3gBwDL4AcACuEHABvhBwA1GA0AXuEHAIIYDQCs4QcAzxgNAPbhBwA+4gcAS+IHAIviBwCY4gcA2OIHAOTiBwAl4wcANOMHAHLjBwB84wcAv+MHAM3jBwAM5AcAEeQHAFnkBwBm5AcApuQHAK7kBwDz5AcA+eQHAEDlBwBM5QcAjeUHAJ3lBwDa5QcA4+UHACfmBwAq5gcAdOYHAIDmBwDB5gcAyOYHABwZDQAW5wcAaRkNAGDnBwCo5wcAsOcHAPXnBwD45wcAQugHAEvoBwCP6AcAnugHANzoBwDn6AcAKekHADHpBwB26QcAhukHAMPpBwDR6QcAEOoHACHqBwBd6gcAaeoHAKrqBwCy6gcAthkNAP3qBwBE6wcATOsHAJHrBwCY6wcA3usHAOzrBwAr7AcAMewHAHjsBwCE7AcAxewHANTsBwAS7QcAHO0HAF/tBwBk7QcArO0HALLtBwD57QcADe4HAAMaDQBL7gcAk+4HAKDuBwDg7gcA7e4HAC3vBwA57wcAeu8HAInvBwDH7wcA0e8HABTwBwAi8AcAYfAHAGbwBwCu8AcAu/AHAPvwBwAD8QcASPEHAE7xBwCV8QcAofEHAOLxBwDy8QcAL/IHADjyBwB88gcAf/IHAMnyBwDV8gcAFvMHAB3zBwBQGg0AZfMHALDzBwC68wcA/fMHAAv0BwBK9AcAT/QHAJf0BwCk9AcA5PQHAOb0BwAx9QcAQvUHAH71BwCK9QcAy/UHANH1BwAY9gcAHvYHAGX2BwBq9gcAsvYHALj2BwCdGg0ABPcHAEz3BwBd9wcAmfcHAKH3BwDm9wcApfcHALEbCACn9wcAjFkLAPD3BwAz+AcAQfgHAID4BwCW+AcAzfgHANn4BwAa+QcAIfkHAGf5BwBv+QcAtPkHALn5BwAB+gcACvoHAE76BwBY+gcAm/oHAKP6BwDo+gcA7PoHADX7BwBA+wcAgvsHAJD7BwDP+wcA4PsHABz8BwAo/AcAafwHAHH8BwDqGg0AuPwHAAP9BwAR/QcAUP0HAFr9BwCd/QcAq/0HAOr9BwD3/QcAN/4HAE7+BwCE/gcAjP4HANH+BwDh/gcAHv8HACP/BwBr/wcAcf8HALj/BwDA/wcABQAIAAcACABSAAgAXwAIAJ8ACACnAAgA7AAIAPEACAA5AQgAOgEIAIYBCACSAQgA0wEIAOABCAAgAggAKAIIAG0CCAB8AggAugIIAL8CCAAHAwgAFAMIAFQDCABhAwgAoQMIAK0DCADuAwgA/QMIADsECABFBAgAiAQIAJYECADVBAgA2gQIACIFCAAvBQgANxsNAHIFCAC8BQgAxAUIAAkGCAAWBggAVgYIAFsGCACjBggArQYIAPAGCAD4BggAPQcIAD8HCACKBwgApQcIANcHCADZBwgAJAgIADIICABxCAgAgggIAL4ICADACAgACwkIACQJCABYCQgAaQkIAKUJCACxCQgA8gkIAAcKCAA/CggARwoIAIwKCACSCggA2QoIAOUKCAAmCwgAQwsIAHMLCAB8CwgAwAsIAMwLCAANDAgAEAwIAFoMCABkDAgApwwIAK8MCAD0DAgA/gwIAEENCABPDQgAjg0IAKQNCADbDQgA5w0IACgOCAAvDggAdQ4IAH0OCADCDggAxw4IAA8PCAAYDwgAXA8IAGYPCACpDwgAsQ8IAPYPCAD4DwgAQxAIAFMQCACQEAgAmhAIAN0QCADpEAgAKhEIADARCAB3EQgAfxEIAIQbDQDQEQgAERIIACQSCABeEggAehIIAKsSCACzEggA0RsNAAYTCABFEwgAWxMIAJITCACeEwgA3xMIAOQTCAAsFAgANRQIAHkUCACDFAgAxhQIAM4UCAATFQgAFRUIAGAVCABvFQgArRUIAMoVCAD6FQgAAxYIAEcWCABVFggAlBYIAJoWCADhFggA7xYIAC4XCAA7FwgAexcIAJIXCADIFwgA0BcIABUYCAAXGAgAYhgIAGoYCACvGAgAvhgIAPwYCAABGQgASRkIAFYZCACWGQgAoxkIAOMZCADvGQgAMBoIAD8aCAB9GggAhxoIAMoaCADYGggAFxsIABwbCABkGwgAcRsIAB4cDQC3GwgA/hsIAAQcCABLHAgAUBwIAJgcCACeHAgAaxwNAPMcCAAyHQgASB0IAH8dCACLHQgAzB0IANEdCAAZHggAIh4IAGYeCABwHggAsx4IANYeCAAAHwgABB8IAE0fCAAPHwgAgSAIAE8fCACaHwgAqB8IAOcfCADxHwgANCAIAFggCABSHQ0AhyAIAM4gCADaIAgAGyEIAB0hCABoIQgAciEIALUhCADBIQgAAiIIACYiCACfHQ0AUyIIAJwiCABeIggA0CMIAJ4iCADpIggA9yIIADYjCABAIwgAgyMIAKcjCADsHQ0A1iMIAB0kCAApJAgAaiQIAGwkCAC3JAgAwSQIAAQlCAAQJQgAUSUIAHUlCAA5Hg0AuyUIAOslCAD0JQgAOCYIAEYmCACFJggAiyYIANImCADeJggAHycIACcnCACGHg0AcycIALknCADSJwgABigIABUoCABTKAgAWygIAKAoCACvKAgA7SgIAPIoCAA6KQgARykIAIcpCACUKQgA1CkIAOApCAAhKggAMCoIAG4qCAB4KggAuyoIAMkqCAAIKwgADSsIAFUrCABiKwgA0x4NAKMrCAC0kwgAuysIAO8rCAD5KwgAPCwIAD4sCACJLAgAlywIANYsCADjLAgAIy0IACstCABwLQgAmS0IAL0tCADELQgACi4IACMuCABXLggAZi4IAKQuCACsLggA8S4IAAAvCAA+LwgAQy8IAIsvCACYLwgA2C8IAOUvCAAlMAgAMTAIAHIwCACBMAgAvzAIAMkwCAAMMQgAGjEIAFkxCABeMQgApjEIALMxCAAgHw0A+DEIAMLcCQD/MQgAQDIIABsyCACkmA0AUzIIAI0yCACcMggA2jIIAOYyCAAnMwgAMzMIAHQzCAB7MwgAwTMIAM0zCAAONAgAFTQIAFs0CABjNAgAqDQIAKw0CAD1NAgAADUIAEI1CABONQgAjzUIAJw1CADcNQgA5DUIACk2CAAzNggAdjYIAHw2CADDNggA1zYIABA3CAAeNwgAXTcIAGo3CACqNwgAwTcIAPc3CAD/NwgARDgIAE44CACROAgAljgIAN44CADmOAgAKzkIADo5CAB4OQgAfTkIAMU5CADSOQgAEjoIAB86CABfOggAazoIAKw6CAC7OggA+ToIAAM7CABtHw0ATjsIAJM7CACiOwgA4DsIAOU7CAAtPAgANjwIAHo8CACLPAgAxzwIAM48CAAUPQgAHD0IAGE9CABuPQgArj0IALM9CAD7PQgABT4IAEg+CABQPggAlT4IAK4+CADiPggA7j4IAC8/CAA3PwgAuh8NAIs/CADJPwgA5j8IABZACAAfQAgAY0AIAHFACACwQAgAtkAIAP1ACAAJQQgASkEIAFFBCACXQQgAn0EIAORBCAD0QQgAMUIIADdCCAB+QggAg0IIAMtCCADhQggAGEMIACBDCABlQwgAb0MIALJDCAC9QwgA/0MIAAtECABMRAgAVEQIAAcgDQCmRAgA5kQIAO1ECAAzRQgAP0UIAIBFCACGRQgAzUUIAN5FCAAaRggALkYIAGdGCAB1RggAtEYIAMFGCAABRwgAGEcIAE5HCABWRwgAm0cIAKJHCADoRwgA6kcIADVICAA/SAgAgkgIAIRICADPSAgA6EgIABxJCAAeSQgAaUkIAGxJCAC2SQgAwkkIAANKCAAvSggAVCANAF9KCACdSggAukoIAOpKCADzSggAN0sIAEVLCACESwgAiksIANFLCADdSwgAHkwIACZMCAChIA0Ac0wIALhMCAC+TAgABU0IABFNCABSTQgAVU0IAJ9NCACkTQgA7E0IAPVNCAA5TggAP04IAIZOCACVTggA004IAN9OCAAgTwgAKE8IAO4gDQBzTwgAuk8IAL9PCAAHUAgAHVAIAFRQCABcUAgAoVAIAK9QCADuUAgA+FAIADtRCAA+UQgAiFEIAJBRCADVUQgA1lEIACJSCAAoUggAb1IIAH1SCAC8UggA0lIIAAlTCAALUwgAVlMIAFxTCACjUwgAt1MIAPBTCAD4UwgAPVQIAE1UCACKVAgAjFQIANdUCADmVAgAJFUIAC5VCABxVQgAdlUIAL5VCADEVQgAC1YIAB9WCABYVggAYFYIAKVWCACqVggA8lYIAPhWCAA/VwgAR1cIAIxXCACPVwgA2VcIAN5XCAAmWAgAL1gIAHNYCAB5WAgAwFgIAM9YCAANWQgAGVkIADshDQBkWQgAp1kIAKlZCAD0WQgA+1kIAEFaCABIWggAjloIAJRaCADbWggA6VoIAChbCAA1WwgAdVsIAIVbCADCWwgAx1sIAA9cCAAXXAgAXFwIACtcCABswQgAaFwIAKlcCACrXAgAXl8IALZcCAD2XAgA+1wIAENdCABNXQgAkF0IAKBdCADdXQgA4l0IACpeCAAzXggAd14IAIReCADEXggAy14IABFfCAAZXwgAiCENAGxfCACrXwgAw18IAPhfCAD6XwgARWAIAFxgCACSYAgAlGAIAN9gCADtYAgALGEIADlhCAB5YQgAgWEIANUhDQDMYQgAE2IIABViCABgYggAbWIIAK1iCACwYggA+mIIAAtjCABHYwgASWMIAJRjCACeYwgA4WMIAO1jCAAuZAgANmQIACIiDQCAZAgAyGQIAMtkCAAVZQgAH2UIAGJlCABqZQgAr2UIALxlCAD8ZQgA/mUIAElmCABfZggAlmYIAKJmCADjZggA62YIAG8iDQAzZwgAfWcIAIZnCADKZwgA2GcIAEqOCADZZwgAF2gIACJoCABkaAgAbGgIALFoCAC8aAgA/mgIAANpCABLaQgATmkIAJhpCACiaQgACSMNAOtpCAAyaggATWoIAH9qCACLaggAzGoIANJqCAAZawgAIWsIAGZrCAB8awgAs2sIAMFrCAAAbAgAA2wIAE1sCABmbAgAmmwIAKZsCADnbAgA8mwIADRtCAA2bQgAgW0IAJxtCADObQgA3G0IABtuCAAobggAaG4IAH9uCABWIw0Ay24IAAJvCAADbwgAT28IAFRvCACcbwgAom8IAOlvCADrbwgANnAIADxwCACDcAgAl3AIANBwCADYcAgAHXEIAC1xCABqcQgAbHEIALdxCADFcQgABHIIABVyCACjIw0AV3IIAJ5yCACqcggA8CMNAO1yCAA4cwgASXMIAIVzCACNcwgA0nMIANtzCAAfdAgAJnQIAGx0CABtdAgAPSQNAMV0CAAGdQgACHUIAFN1CABadQgAoHUIAKh1CADtdQgA9nUIADp2CABBdggAh3YIAIh2CACKJA0A2XYIACF3CAApdwgAbncIAHh3CAC7dwgAyXcIAAh4CAAeeAgAVXgIAGF4CACieAgAp3gIAO94CAD4eAgAPHkIAEZ5CADXJA0AinkIANZ5CADeeQgAPYgJAO55CAAjeggAMHoIAHB6CAB8eggAvXoIAMd6CAAKewgADnsIAFd7CABcewgApHsIAKp7CADxewgAEXwIAD58CABWfAgAi3wIAKJ8CADYfAgA5HwIACV9CAAvfQgAcn0IAHR9CAC/fQgAxn0IAAx+CAATfggAWX4IAF9+CACmfggAsn4IAPN+CAD2fggAQH8IAEN/CACNfwgAmX8IANp/CADdfwgAJ4AIAEOACAB0gAgAfIAIACQlDQDNgAgADoEIABiBCABbgQgAXYEIAKiBCACvgQgA9YEIAPyBCABCgggASIIIAI+CCACdgggA3IIIAOmCCAApgwgAOYMIAHaDCAB7gwgAw4MIAMuDCAAQhAgAIIQIAF2ECABihAgAqoQIALCECAD3hAgA/4QIAHElDQBKhQgAkYUIAJmFCADehQgA4YUIACuGCAA3hggAeIYIAH6GCADFhggA4IYIABKHCAAghwgAX4cIAG6HCACshwgAuIcIAPmHCAABiAgACyYNAEuICACTiAgAnYgIAOCICADoiAgALYkIAE2JCAB6iQgAh4kIAMeJCADMiQgAFIoIABiKCABhiggAbooIAFgmDQCziggA+4oIAP6KCABIiwgAUosIAJWLCAChiwgA4osIAPWLCAAvjAgAPowIAHyMCACIjAgAyYwIAMqMCAAWjQgAII0IAGONCABxjQgAsI0IALWNCAD9jQgACo4IAKUmDQBUjggAl44IAJmOCADkjggA/Y4IADGPCABCjwgAfo8IAIqPCADLjwgA048IAIwnDQAfkAgAZZAIAGyQCACykAgAuJAIAP+QCAALkQgATJEIAE+RCACZkQgAnJEIAOaRCADukQgAM5IIAEOSCACAkggAhZIIAM2SCADWkggAGpMIACeTCABnkwgAbpMIANknDQDAkwgAAZQIAA6UCABOlAgAVpQIAJuUCACllAgA6JQIAPeUCAA1lQgANpUIAIKVCACKlQgAz5UIAN6VCAAclggAIZYIAGmWCAB2lggAtpYIAMOWCAADlwgAD5cIAFCXCABflwgAnZcIAKeXCADqlwgA+JcIADeYCAA8mAgAhJgIAJGYCADRmAgA2ZgIAB6ZCAAomQgAa5kIAHCZCAC4mQgAwJkIACYoDQATmggAUpoIAF6aCACfmggApZoIAOyaCADymggAOZsIAD6bCACGmwgAjJsIAHMoDQDfmwgAIJwIACacCABtnAgAc5wIALqcCADHnAgAB50IAAydCABUnQgAXJ0IAKGdCAC/nQgAWikNAPCdCABxcAoA8Z0IAN/hCQD0nQgAaX0JAASeCAA7nggAPJ4IAIieCACNnggA1Z4IANueCAAinwgAJJ8IAG+fCAB1nwgAvJ8IANCfCAAJoAgAEaAIAFagCABmoAgAo6AIAKWgCADwoAgA/qAIAD2hCABOoQgApykNAJChCADXoQgA46EIAPQpDQAxoggAcaIIAHmiCAC+oggAy6IIAAujCAANowgAWKMIAG6jCAClowgAsaMIAPKjCAD6owgAjioNAEukCACMpAgAj6QIANmkCADepAgAJqUIADelCABzpQgAfKUIAMClCADKpQgADaYIABumCABapggAX6YIAKemCAC0pggA2yoNAACnCABBpwgATqcIAI6nCACQpwgA26cIAPGnCAAoqAgANKgIAHWoCAB9qAgAKCsNAMeoCAAPqQgAFakIAFypCABkqQgAqakIAKypCAD2qQgAAqoIAEOqCABJqggAkKoIAKuqCADdqggA6qoIACqrCAAsqwgAd6sIAI2rCADEqwgA0KsIABGsCAAZrAgAdSsNAGSsCACrrAgAsKwIAPisCAATrQgARa0IAFOtCACSrQgAma0IAN+tCADrrQgALK4IADOuCADCKw0AhK4IAMauCADOrggAE68IAB6vCABgrwgAZa8IAK2vCACwrwgA+q8IAASwCABHsAgAT7AIAJSwCACisAgA4bAIAOSwCAAusQgANrEIAHuxCACbsQgAyLEIANWxCAAVsggAGrIIAGKyCABmsggAr7IIALyyCAAPLA0AHLMIAEmzCABSswgAlrMIAJezCADjswgA67MIADC0CABAtAgAfbQIAH+0CADKtAgA2LQIABe1CAAotQgAXCwNAGq1CACxtQgAvbUIAKksDQAFtggA9iwNAFC2CACYtggAsrYIAOW2CAD0tggAMrcIAD23CAB/twgAgbcIAMy3CADZtwgAGbgIACa4CABmuAgAcrgIALO4CADEuAgAALkIAAO5CABNuQgAZ7kIAJq5CACjuQgA57kIAPS5CAA0uggAOroIAIG6CACNuggAzroIANG6CAAbuwgAILsIAGi7CAB5uwgAtbsIANC7CAACvAgADrwIAE+8CABWvAgAnLwIAJ68CADpvAgA8LwIADa9CAA9vQgAg70IAIm9CADQvQgA3L0IAB2+CAAgvggAar4IAG2+CAC3vggAw74IAAS/CAAXvwgAUb8IAGC/CACevwgAqr8IAOu/CADsvwgAOMAIAELACACFwAgAk8AIANLACADXwAgAH8EIACzBCABDLQ0AdMEIAJAtDQC7wQgABsIIABzCCABTwggAX8IIAKDCCACowggA3S0NAPPCCAA6wwgAQsMIAIfDCACKwwgA1MMIAODDCAAhxAgAJ8QIAG7ECACJxAgAu8QIAMnECAAIxQgAF8UIAFXFCABhxQgAosUIAKrFCAAqLg0A9MUIADzGCABGxggAicYIAJHGCADWxggA9sYIACPHCAAwxwgAcMcIAHXHCAC9xwgAwccIAArICAAXyAgAdy4NAHrICACkyAgAp8gIAPHICAD2yAgAPskIAE3JCACLyQgAq8kIANjJCADkyQgAJcoIAC/KCAByyggAfsoIAL/KCADFyggADMsIABLLCABZywgAXssIAKbLCACsywgAxC4NAPnLCABAzAgARcwIAI3MCACTzAgAXi8NAN3MCAAnzQgAMc0IAHTNCAB2zQgAwc0IANrNCAAOzggAH84IAFvOCABpzggAqM4IAKvOCAD1zggAAM8IAELPCABKzwgAj88IAJHPCADczwgA5M8IACnQCAA20AgAdtAIAILQCADD0AgAx9AIABDRCAAY0QgAXdEIAGzRCACq0QgAr9EIAPfRCAAE0ggARNIIAFHSCACR0ggAndIIAN7SCADt0ggAK9MIADXTCAB40wgAhtMIAMXTCADK0wgAEtQIAB/UCACrLw0AZ9QIAPgvDQCw1AgAldgIALjUCAD51AgA/9QIAEbVCABM1QgAk9UIAKDVCADg1QgA5dUIAC3WCAA11ggAetYIAKzWCABh1wgAsdYIAMfWCADt1ggArtcIAP7WCAAU1wgAS9cIAEUwDQCY1wgAkjANANTXCAD71wgALdgIAEjYCAB/2AgA3zANAKPYCADi2AgA79gIAC/ZCAA72QgAfNkIAILZCADJ2QgAz9kIABbaCAAb2ggAY9oIAGnaCAAsMQ0A1toIAJfbCADn2ggA/doIADTbCADGMQ0AgdsIABMyDQC92wgA5NsIABbcCAAx3AgAaNwIAGAyDQCI3AgAy9wIANDcCAAY3QgAIN0IAK0yDQBq3QgAst0IALvdCAD/3QgADN4IAEzeCABT3ggA+jINAKHeCABHMw0A+d4IADPfCAA/3wgAgN8IAI/fCADN3wgA1t8IABrgCAAk4AgAZ+AIAGngCAC04AgAzeAIAAHhCAAS4QgATuEIAFrhCACb4QgAo+EIAJQzDQD24QgANeIIAEbiCACC4ggAjuIIAM/iCADX4ggA4TMNACHjCABp4wgAc+MIALbjCAC+4wgAA+QIABPkCABQ5AgAVeQIAJ3kCACm5AgA6uQIAPfkCAA35QgAPuUIAC40DQCR5QgA0eUIAJflCACBIgsA1uUIAB7mCAAq5ggAa+YIAHjmCAC45ggAwuYIAHs0DQAK5wgAUucIAF7nCACf5wgArOcIAOznCAD25wgAOegIAFXoCACG6AgAjugIAMg0DQDY6AgAIOkIACjpCABt6QgAcOkIALrpCADD6QgAB+oIABbqCABU6ggAX+oIAKHqCACp6ggA7uoIAP7qCAA76wgASesIAIjrCACZ6wgA1esIAOHrCAAi7AgAKuwIABU1DQB17AgAvOwIAMTsCAAJ7QgAEO0IAFbtCABk7QgAo+0IAKntCADw7QgA/O0IAD3uCABM7ggAiu4IAJTuCADX7ggA3O4IACTvCAAq7wgAce8IAIXvCAC+7wgAxu8IAAvwCAAp8AgAWPAIAGDwCABiNQ0ArfAIAK81DQD68AgAP/EIAFjxCACM8QgAlfEIANnxCADp8QgAJvIIADbyCABz8ggAf/IIAMDyCADG8ggADfMIABvzCABa8wgAZ/MIAKfzCAC+8wgA9PMIAPzzCABB9AgAS/QIAI70CACc9AgA2/QIAPH0CAAo9QgANPUIAHX1CAB89QgAwvUIAMr1CAAP9ggAFPYIAFz2CABl9ggAqfYIALP2CAD29ggA/vYIAEP3CABF9wgAkPcIAKD3CADd9wgA5/cIACr4CAA2+AgAd/gIAH34CADE+AgAzPgIAEk2DQAa+QgAXvkIAG/5CACr+QgAt/kIAPj5CAAF+ggARfoIAEr6CACS+ggAnPoIAN/6CADv+ggALPsIADH7CAB5+wgAgvsIAMb7CADT+wgAE/wIABr8CABg/AgAbPwIAK38CACz/AgA+vwIAAD9CABH/QgATP0IAJT9CACa/QgAljYNAOb9CAAu/ggANv4IAHv+CACR/ggAyP4IAM3+CAAV/wgAHP8IAGL/CABr/wgAr/8IAMD/CAD8/wgACAAJAEkACQBRAAkAfTcNAJgACQDjAAkA+QAJADABCQA8AQkAfQEJAIQBCQDKAQkA0gEJAMo3DQAcAgkAZAIJAGwCCQCxAgkAxwIJAP4CCQADAwkASwMJAFIDCQCYAwkAoQMJAOUDCQD2AwkAMgQJAD4ECQB/BAkAhwQJABc4DQDOBAkAGQUJAC8FCQBmBQkAcgUJALMFCQC6BQkAAAYJAAgGCQBkOA0AUgYJAJoGCQChBgkA5wYJAPAGCQA0BwkARQcJAIEHCQCNBwkAzgcJANYHCQCxOA0AHQgJAGgICQB3CAkAtQgJANUICQACCQkABAkJAE8JCQBmCQkAnAkJAKgJCQDpCQkA8QkJAEs5DQA7CgkAgwoJAIUKCQDQCgkA1woJAB0LCQAlCwkAagsJAHMLCQC3CwkAvQsJAAQMCQAVDAkAUQwJAFkMCQDlOQ0AqgwJAOsMCQDuDAkAOA0JAD0NCQCFDQkAlg0JANINCQDtDQkAHw4JACsOCQBsDgkAdA4JADI6DQDPDgkABg8JAAcPCQBTDwkAWA8JAKAPCQCmDwkA7Q8JAPcPCQA6EAkAQhAJAIcQCQCZEAkAfzoNAOEQCQAhEQkAKxEJAG4RCQB0EQkAuxEJAM8RCQAIEgkAEBIJAFUSCQBlEgkAohIJAKcSCQDvEgkA9RIJADwTCQBEEwkAiRMJAIoTCQDWEwkA2BMJACMUCQAyFAkAcBQJAJAUCQC9FAkAvxQJAAoVCQAhFQkAVxUJAGMVCQCkFQkArBUJAMw6DQD+FQkAPhYJAEgWCQCLFgkAmRYJANgWCQDuFgkAJRcJADEXCQByFwkAfhcJAL8XCQDFFwkADBgJABIYCQBZGAkAXhgJAKYYCQCsGAkAZjsNAPgYCQBAGQkAQhkJAI0ZCQCUGQkA2hkJAOIZCQAnGgkAKhoJAHQaCQB9GgkAwRoJANAaCQAOGwkAGRsJAFsbCQBjGwkAqBsJALgbCQD1GwkAAxwJAEIcCQBTHAkAjxwJAJscCQDcHAkA5BwJAE08DQBHHQkAdh0JAH4dCQCaPA0Azx0JABAeCQAmHgkAXR4JAGUeCQCqHgkAyR4JAOc8DQD6HgkAAlYJAAQfCQBEHwkARx8JAJL8CwBMHwkAkR8JAJMfCQDeHwkAmx8JAP8qCQCiHwkAriQJAOsfCQArIAkAPyAJAHggCQCAIAkAxSAJAMogCQASIQkAIiEJAF8hCQBnIQkArCEJALYhCQD5IQkABCIJAEYiCQBSIgkAkyIJAJsiCQA0PQ0A5SIJAC0jCQA2IwkAeiMJAIAjCQDHIwkA1iMJABQkCQAgJAkAYSQJAGQkCQCBPQ0AsyQJAPskCQAKJQkASCUJAEolCQCVJQkApiUJAOIlCQDzJQkALyYJAEMmCQB8JgkAhCYJAMkmCQDXJgkAFicJACMnCQBjJwkAZicJALAnCQC6JwkA/ScJAP8nCQBKKAkAWygJAJcoCQCoKAkA5CgJAPAoCQAxKQkAOCkJAH4pCQCGKQkAyykJAOIpCQAYKgkAJCoJAGUqCQB7KgkAsioJALUqCQDOPQ0ACisJAEwrCQBYKwkAmSsJAKErCQAbPg0A8isJADMsCQBJLAkAgCwJAIMsCQDNLAkA1SwJABotCQAcLQkAZy0JAIItCQC0LQkAti0JAAEuCQAPLgkATi4JAF8uCQCbLgkAnS4JAOguCQABLwkANS8JAEYvCQCCLwkAji8JAGg+DQDVLwkAHDAJACowCQBpMAkAhDAJALYwCQDCMAkAAzEJAAkxCQBQMQkAWDEJAJ0xCQCtMQkA6jEJAO8xCQA3MgkAQDIJAIQyCQCRMgkA0TIJANgyCQAeMwkAJjMJALU+DQBwMwkAuDMJAL4zCQAFNAkADTQJAFI0CQB7NAkAnzQJAKY0CQDsNAkABTUJADk1CQBINQkAhjUJAKI1CQACPw0A2DUJACA2CQAqNgkAbTYJAH02CQC6NgkAvzYJAAc3CQAQNwkAVDcJAGE3CQChNwkAqDcJAO43CQD6NwkAOzgJAE44CQCIOAkAlzgJANU4CQDhOAkAIjkJACM5CQBvOQkAeTkJALw5CQDKOQkACToJAA46CQBWOgkAYzoJAE8/DQC0OgkA8DoJAPI6CQA9OwkAQDsJAIo7CQCNOwkA1zsJAN47CQAkPAkAMDwJAHE8CQCBPAkAvjwJAM48CQALPQkAED0JAFg9CQBhPQkApT0JALI9CQDyPQkA+T0JAD8+CQBLPgkAjD4JAJI+CQDZPgkA3z4JACY/CQArPwkAcz8JAHk/CQA2QA0Ayj8JAA1ACQAbQAkAWkAJAGpACQCnQAkAqUAJAPRACQADQQkAQUEJAEtBCQCOQQkAlkEJAB1BDQDhQQkAKEIJADRCCQBqQQ0AekIJAMJCCQDKQgkAD0MJAB9DCQBcQwkAakMJAKlDCQC2QwkA9kMJAP1DCQBDRAkAS0QJAARCDQChRAkA3UQJAORECQAqRQkAMkUJAHdFCQCERQkAxEUJAMlFCQARRgkAG0YJAF5GCQBmRgkAq0YJAMRGCQD4RgkABEcJAEVHCQBNRwkAUUINAJ5HCQDfRwkA4kcJACxICQAxSAkAeUgJAIpICQDGSAkA4UgJABNJCQAfSQkAYEkJAGdJCQCtSQkAyUkJAPpJCQACSgkAnkINAExKCQCUSgkAnkoJAOFKCQDpSgkALksJAD5LCQB7SwkAgEsJAMhLCQDRSwkAFUwJACJMCQBiTAkAaUwJAOtCDQDATAkA/EwJAARNCQBJTQkACE0JAARACgBTTQkAlk0JAJtNCQDjTQkA600JADBOCQA5TgkAfU4JAIpOCQDKTgkA0U4JABdPCQAjTwkAZE8JAHRPCQCxTwkAv08JAP5PCQALUAkAS1AJAFdQCQCYUAkAn1AJAOVQCQDtUAkAMlEJAEJRCQB/UQkAiFEJAMxRCQDZUQkAGVIJAChSCQBmUgkAcFIJALNSCQDBUgkAAFMJAAVTCQBNUwkAWlMJAJpTCQCiUwkAOEMNAPNTCQA0VAkAQVQJAIFUCQCEVAkAzlQJANxUCQAbVQkAIFUJAGhVCQB1VQkAtVUJAL1VCQCFQw0AClYJAE9WCQBVVgkAnFYJAFZWCQA6qgkAqFYJAOlWCQAGVwkANlcJAD9XCQCDVwkAkVcJANBXCQDWVwkAHVgJAClYCQBqWAkAcVgJANJDDQC9WAkABFkJABJZCQBRWQkAbFkJAJ5ZCQCqWQkA61kJAPFZCQAfRA0AW1oJAIVaCQCUWgkA0loJANdaCQAfWwkALFsJAGxbCQB5WwkAuVsJAMVbCQAGXAkAFVwJAFNcCQBdXAkAoFwJAK5cCQDtXAkA8lwJADpdCQBHXQkAh10JAKNdCQDUXQkA3F0JAGxEDQAtXgkAbl4JAIteCQC7XgkAxF4JAAhfCQAWXwkAVV8JAFtfCQCiXwkArl8JAO9fCQD2XwkAPGAJAERgCQCJYAkAn2AJANZgCQDbYAkAI2EJACphCQBwYQkAeWEJAL1hCQDOYQkACmIJABZiCQBXYgkAX2IJAAZFDQCqYgkA8WIJAPZiCQA+YwkAWWMJAItjCQCZYwkA2GMJAN9jCQAlZAkAMWQJAHJkCQB1ZAkAv2QJAMdkCQAMZQkADWUJAFllCQBbZQkApmUJALVlCQDzZQkAE2YJAEBmCQBCZgkAjWYJAKRmCQDaZgkA5mYJACdnCQAvZwkAU0UNAHVnCQDBZwkAzWcJAA5oCQAdaAkAW2gJAGNoCQCgRQ0AqmgJAPVoCQADaQkAQmkJAFNpCQDtRQ0AlmkJADpGDQDkaQkA1EYNADNqCQB2agkAgmoJAMNqCQDZagkAEGsJABxrCQBdawkAcGsJAKprCQC4awkA92sJAAFsCQAhRw0ATGwJAG5HDQCnbAkA3mwJAOpsCQArbQkAOG0JAHhtCQCCbQkAxW0JAMdtCQASbgkAHG4JAF9uCQBtbgkArG4JALFuCQD5bgkABm8JAEZvCQBObwkAk28JAKNvCQDgbwkA4m8JAC1wCQA2cAkAenAJAItwCQDHcAkA0XAJALtHDQAgcQkAYXEJAHhxCQCucQkAyXEJAAhIDQAUcgkASHIJAE5yCQCVcgkAn3IJAFVIDQDkcgkAL3MJAEBzCQB8cwkAhHMJAMlzCQCYcwkAyJgJANVzCQAWdAkAHHQJAGN0CQBpdAkAsHQJALV0CQD9dAkAA3UJAKJIDQBmdQkAl3UJAJ91CQCJSQ0A8nUJADF2CQBCdgkAfnYJAI92CQDLdgkA13YJABh3CQAfdwkA1kkNAHZ3CQCydwkAw3cJAP93CQALeAkATHgJAFN4CQAjSg0Am3gJAOZ4CQDneAkAM3kJADt5CQCAeQkAhXkJAM15CQDWeQkAGnoJACR6CQBnegkAb3oJALR6CQC5egkAAXsJABF7CQBOewkAVnsJAJt7CQCxewkA6HsJAPR7CQA1fAkAS3wJAIJ8CQCHfAkAz3wJANV8CQAcfQkAMH0JAHBKDQB/fQkAtn0JAMR9CQADfgkAEH4JAFB+CQBSfgkAnX4JAKd+CQDqfgkA9n4JADd/CQA+fwkAhH8JAIx/CQDRfwkA6n8JAB6ACQAygAkAa4AJAHOACQC4gAkAuoAJAAWBCQASgQkAUoEJAFeBCQCfgQkAqYEJAOyBCQD3gQkAOYIJAEWCCQCGggkAjIIJANOCCQDbggkAIIMJACGDCQBtgwkAc4MJALqDCQC/gwkAB4QJABaECQBUhAkAYIQJAKGECQCkhAkA7oQJAPGECQC9Sg0AQIUJAIiFCQCkhQkACksNAPWFCQAihgkAKoYJAFdLDQB1hgkAvIYJAMiGCQCkSw0AJYcJAPGYDQA1hwkAi0wNAIKHCQDYTA0AqYcJAPCHCQD8hwkAJU0NAD6ICQCMiwkATYgJAIqICQCMiAkA14gJAOGICQAkiQkAJokJAHGJCQCCiQkAvokJAMaJCQALigkAF4oJAFiKCQBeigkApYoJAKuKCQDyigkA94oJAD+LCQBFiwkAck0NAI6LCQDZiwkA34sJACaMCQApjAkAc4wJAH+MCQDAjAkAyIwJAFlODQATjQkAWo0JAGCNCQCnjQkArI0JAPSNCQD6jQkApk4NAEOOCQCOjgkAl44JANuOCQDyjgkAKI8JADOPCQB1jwkAf48JAMKPCQDKjwkAjU8NAByQCQBckAkAZJAJAKmQCQCzkAkA9pAJAAGRCQBDkQkASZEJAJCRCQCckQkA3ZEJAN+RCQAqkgkAMZIJAHeSCQB/kgkAxJIJANaSCQDaTw0ATJMJAF6TCQBmkwkAq5MJAM6TCQDBUA0A+pMJAEWUCQBSlAkAkpQJAJmUCQDflAkA8JQJACyVCQA4lQkAeZUJAICVCQDGlQkAx5UJACe0CQDOlQkADlENACaWCQBglgkAb5YJAK2WCQC5lgkA+pYJAPuWCQBHlwkAUZcJAJSXCQCilwkA4ZcJAOaXCQAumAkAO5gJAFtRDQCDmAkAqFENANCYCQD1UQ0AF5kJAGKZCQAhmQkAM60KAGWZCQDTaQoAb5kJAK+ZCQC9mQkA/JkJAAuaCQBJmgkAaZoJAJaaCQCimgkA45oJAOqaCQAwmwkAOJsJAH2bCQB/mwkAypsJANSbCQDcUg0AIZwJAGScCQBsnAkAKVMNALucCQD+nAkABp0JAHZTDQCHnQkAmJ0JAKCdCQDlnQkAA54JAMNTDQBAngkAf54JAI+eCQDMngkA3J4JABmfCQAlnwkAZp8JAGyfCQCznwkAz58JAACgCQAIoAkAEFQNAGGgCQCaoAkApKAJAOegCQDzoAkANKEJADyhCQBdVA0AjKEJAM6hCQDQoQkAG6IJACGiCQBoogkAcKIJAKpUDQC3ogkAAqMJAAWjCQBPowkAV6MJAJyjCQCsowkA6aMJAOujCQA2pAkARKQJAIOkCQCUpAkA91QNANekCQBEVQ0AI6UJAGqlCQBvpQkAt6UJAL2lCQCRVQ0AEaYJAFGmCQBbpgkAnqYJAKCmCQDrpgkA/qYJADinCQBApwkAhacJAJGnCQDSpwkA2KcJAB+oCQAlqAkAbKgJAHGoCQC5qAkAv6gJAHhWDQAPqQkAU6kJAGCpCQCgqQkAp6kJAO2pCQD1qQkAxVYNAEaqCQCHqgkAkaoJANSqCQDgqgkAIasJADCrCQBuqwkAeKsJALurCQDHqwkACKwJAA+sCQASVw0AWKwJAK0XCwBbrAkAoqwJAK6sCQDvrAkA96wJAF9XDQBIrQkAia0JAJOtCQDWrQkA4q0JACOuCQAyrgkAcK4JAHquCQC9rgkAya4JAAqvCQARrwkArFcNAGWvCQCkrwkAu68JAPGvCQD+rwkAPrAJAECwCQCLsAkAnLAJANiwCQD0sAkAJbEJAC2xCQD5Vw0Ai7EJAL+xCQDTsQkADLIJABSyCQBZsgkAXLIJAKayCQC0sgkA87IJAAqzCQBAswkATbMJAI2zCQCPswkA2rMJAOuzCQBGWA0ALbQJAHS0CQB5tAkAwbQJANe0CQAOtQkAHLUJAFu1CQBetQkAqLUJALS1CQD1tQkA+7UJAEK2CQBOtgkAj7YJALi2CQDctgkA6LYJACm3CQA4twkAdrcJAIC3CQDDtwkA0bcJABC4CQAVuAkAXbgJAGq4CQCTWA0ArLgJAPe4CQAFuQkARLkJAFG5CQCRuQkAo7kJAOBYDQDtuQkAK7oJADe6CQB4ugkAkboJAMW6CQDHugkAErsJACG7CQBfuwkAf7sJAKy7CQC0uwkA+bsJABy8CQBGvAkAXLwJAJO8CQCYvAkA4LwJAOO8CQAtvQkAN70JAHq9CQCCvQkAx70JAM29CQAUvgkAIL4JAGG+CQBwvgkArr4JALq+CQD7vgkACL8JAEi/CQBSvwkAlb8JAJ2/CQDivwkA8b8JAC/ACQAxwAkAfMAJAI3ACQDJwAkA2sAJABbBCQAewQkAY8EJAHTBCQCwwQkAssEJAP3BCQAAwgkASsIJAFTCCQCXwgkAu8IJAOTCCQAAwwkALVkNADfDCQB+wwkAg8MJAMvDCQDawwkAGMQJACTECQBlxAkAaMQJALLECQC1xAkA/8QJAAfFCQBMxQkAW8UJAJnFCQCexQkA5sUJAPzFCQAzxgkANMYJAIDGCQCRxgkAzcYJANnGCQAaxwkAJMcJAGfHCQBzxwkAtMcJALvHCQB6WQ0ABcgJAE7ICQBcyAkAm8gJAKXICQDoyAkA88gJADXJCQA9yQkAgskJAI7JCQDPyQkA4skJABzKCQAqygkAacoJAHPKCQC2ygkAvsoJAAPLCQASywkAUMsJAFXLCQCdywkApMsJAOrLCQD2ywkAx1kNAEPMCQCEzAkAh8wJANHMCQDUzAkAHs0JADjNCQBrzQkAd80JALjNCQDLzQkABc4JABPOCQBSzgkAXM4JAJ/OCQDCzgkAFFoNAPbOCQA5zwkARc8JAIbPCQCNzwkA088JANvPCQAg0AkAJNAJAG3QCQB70AkAutAJAMTQCQAH0QkAEtEJAFTRCQBc0QkAodEJALDRCQDu0QkA89EJADvSCQBC0gkAiNIJAJTSCQDV0gkA3dIJAGFaDQA40wkAm/wKADvTCQBv0wkAedMJALzTCQDI0wkACdQJAAzUCQBW1AkAYNQJAKPUCQCm1AkA8NQJAADVCQA91QkAP9UJAIrVCQCY1QkA19UJAOjVCQCuWg0AK9YJAPtaDQB61gkAvtYJAHvWCQCP6goAkdYJALmPCgDX1gkAC9cJABXXCQBY1wkAZNcJAKXXCQCo1wkA8tcJAPzXCQBIWw0ARNgJAIzYCQCs2AkA2dgJAOHYCQCVWw0ANNkJAHPZCQCJ2QkAwNkJAMzZCQAN2gkAFNoJAFraCQBi2gkAp9oJAKzaCQD02gkA/doJAEHbCQBL2wkAjtsJAJbbCQDb2wkA6dsJACjcCQA13AkAddwJAH3cCQDiWw0A0twJAA/dCQAX3QkAL1wNAGPdCQCp3QkAtd0JAPbdCQD93QkAQ94JAEveCQCQ3gkAmt4JAN3eCQDr3gkAKt8JAEDfCQB33wkAg98JAMTfCQDJ3wkAEeAJABrgCQBe4AkAaOAJAKvgCQCz4AkA+OAJAP3gCQBF4QkAVeEJAJLhCQCa4QkAfFwNAOnhCQAs4gkAL+IJAORcCgA04gkAyVwNAIfiCQDG4gkA3OIJABPjCQAf4wkAYOMJAGfjCQCt4wkAteMJAPrjCQD/4wkAR+QJAFDkCQCU5AkAnuQJAOHkCQDp5AkALuUJADDlCQC17wkAPOUJAHvlCQCI5QkAyOUJANDlCQAWXQ0AIeYJAGLmCQBl5gkAr+YJALnmCQBjXQ0ACucJAEnnCQBf5wkAlucJAKLnCQDj5wkA6ucJADDoCQA46AkAfegJAILoCQDK6AkA0+gJABfpCQAh6QkAZOkJAGzpCQCx6QkAs+kJAP7pCQAO6gkAS+oJAFXqCQCY6gkApOoJAOXqCQDr6gkA/V0NAEDrCQB/6wkAlesJAMzrCQDY6wkAGewJAB7sCQBm7AkAb+wJALPsCQC97AkAAO0JAAjtCQBN7QkAb+0JAEpeDQCp7QkA5+0JAPPtCQA07gkANe4JAIHuCQCL7gkAzu4JANzuCQAb7wkAIO8JAGjvCQB17wkAl14NAMXvCQAC8AkADPAJAE/wCQBb8AkAnPAJAKLwCQDp8AkA8fAJAH5fDQA78QkAg/EJAIvxCQDQ8QkA3PEJANb6CQDp8QkAHfIJACnyCQBq8gkAcvIJAMtfDQDE8gkABPMJAAzzCQBR8wkAX/MJAJ7zCQCr8wkA6/MJAO7zCQA49AkAQvQJAIX0CQCH9AkA0vQJAN/0CQAf9QkALvUJAGz1CQB49QkAufUJAMH1CQAYYA0AFvYJAFP2CQBb9gkAoPYJAKz2CQDt9gkA8/YJADr3CQBA9wkAh/cJAIz3CQDU9wkA2vcJAGVgDQAu+AkAbvgJAHP4CQC7+AkAxfgJAAj5CQAQ+QkAVfkJAGH5CQCi+QkAtfkJAO/5CQD9+QkAPPoJAD/6CQCJ+gkAk/oJALJgDQDp+gkAI/sJADH7CQBw+wkAc/sJAL37CQDH+wkA/2ANAA/8CQBX/AkAGPwJAAMYCgBf/AkApPwJALD8CQDx/AkA9/wJAD79CQAE/QkA6BUKAET9CQCL/QkAkP0JANj9CQDe/QkATGENACv+CQBy/gkAd/4JAL/+CQDF/gkAmWENABr/CQBZ/wkAdP8JAKb/CQCy/wkA8/8JAPr/CQDmYQ0ASQAKAI0ACgCaAAoA2gAKAOYACgAnAQoAOgEKAHQBCgB1AQoAwQEKAM0BCgAOAgoAHQIKAFsCCgBlAgoAqAIKALQCCgD1AgoA/AIKADNiDQBIAwoAjwMKAJUDCgDcAwoA4QMKACkECgAvBAoAzWINAH8ECgDDBAoA0AQKABAFCgAUBQoAXQUKAF8FCgCqBQoAtwUKAPcFCgABBgoAGmMNAEsGCgCRBgoAmQYKAN4GCgDqBgoAKwcKAD4HCgB4BwoAhwcKAMUHCgDRBwoAEggKABMICgBfCAoAaQgKAKwICgC6CAoA+QgKAP4ICgBGCQoAUwkKAGdjDQCfCQoA4AkKAOYJCgAtCgoAMwoKAHoKCgB/CgoAxwoKAM0KCgC0Yw0AGQsKAGELCgBrCwoATmQNALYLCgD7CwoACAwKAEgMCgBNDAoAlQwKAJ8MCgDiDAoA6gwKAC8NCgA7DQoAfA0KAI8NCgDJDQoAyg0KABYOCgAiDgoAYw4KAHIOCgCwDgoAug4KAP0OCgAFDwoASg8KAEwPCgCbZA0AoA8KAOQPCgDzDwoAMRAKAEAQCgB+EAoAihAKAMsQCgDOEAoAGBEKABsRCgDoZA0AZxEKALIRCgC1EQoA/xEKAAcSCgBMEgoAWRIKAJkSCgCeEgoA5hIKAPASCgAzEwoAOxMKAIATCgCMEwoAzRMKAOATCgAaFAoAGxQKAGcUCgBzFAoAtBQKAMMUCgABFQoACxUKAE4VCgBaFQoAmxUKAKIVCgA1ZQ0A9xUKADUWCgBBFgoAghYKAIMWCgDPFgoA2RYKABwXCgAqFwoAaRcKAG4XCgC2FwoAwxcKAIJlDQAUGAoAz2UNAF0YCgCdGAoAqxgKAOoYCgD7GAoANxkKAFkZCgAcZg0AiRkKANEZCgCKGQoAJ04KANkZCgAeGgoAHxoKAAceCgAhGgoA7h4KACMaCgAgHQoAJBoKACIgCgAlGgoAORwKAC0aCgBrGgoANxoKANciCgBwGgoAuBoKAMUaCgAFGwoAEhsKAFIbCgBeGwoAnxsKAK4bCgDsGwoA9hsKAGlmDQBHHAoAhhwKAIgcCgDTHAoA5BwKALZmDQAhHQoAbR0KAHkdCgC6HQoAxx0KAANnDQAVHgoAVB4KAGEeCgChHgoAuB4KAFBnDQD3HgoAViEKAPgeCgA7HwoAPR8KAIgfCgCOHwoA1R8KAN8fCgCdZw0ALiAKAG8gCgBxIAoAvCAKAMsgCgAJIQoAFCEKAOpnDQBlIQoAoyEKALIhCgDwIQoA/CEKAD0iCgBJIgoAiiIKAJEiCgA3aA0A4yIKACQjCgAsIwoAhGgNAIojCgC+IwoAzyMKAAskCgAXJAoA0WgNAGQkCgClJAoApyQKAPIkCgD5JAoAPyUKAEclCgCMJQoAjSUKANklCgDfJQoAJiYKACsmCgBzJgoAdCYKAMAmCgDMJgoADScKABMnCgBaJwoAZCcKAKcnCgC1JwoAdywKALsnCgD0JwoA/CcKAB5pDQBRKAoAjigKAJYoCgDbKAoA5CgKACgpCgDoKAoAkCsKADUpCgB1KQoAfCkKAMIpCgDOKQoADyoKAB8qCgBcKgoAaioKAKkqCgC2KgoA9ioKAAIrCgBDKwoASisKAGtpDQCZKwoA3SsKAO4rCgAqLAoAOywKALhpDQCDLAoAxCwKAMcsCgARLQoAGS0KAF4tCgBjLQoAqy0KALstCgD4LQoAAC4KAEUuCgBOLgoAki4KAFIuCgD6MAoAny4KAN8uCgDmLgoALC8KADgvCgB5LwoAiS8KAMYvCgDULwoAEzAKACAwCgBgMAoAbDAKAK0wCgC0MAoABWoNAAMxCgBHMQoAWDEKAJQxCgClMQoAUmoNAOYxCgAuMgoAOzIKAHsyCgCHMgoAyDIKANIyCgAVMwoAKTMKAGIzCgBjMwoArzMKALszCgD8MwoAGzQKAEk0CgBRNAoAljQKAJs0CgDjNAoA/DQKADA1CgBZNQoAfTUKAIk1CgDKNQoA2TUKABc2CgAhNgoAZDYKAGw2CgCxNgoAvDYKAP42CgAANwoASzcKAE43CgCYNwoAoDcKAOU3CgDyNwoAMjgKADc4CgB/OAoAhzgKAMw4CgDOOAoAGTkKACM5CgBmOQoAcDkKALM5CgC5OQoAADoKAA46CgBNOgoAZjoKAJo6CgCjOgoA5zoKAPE6CgA0OwoAQDsKAJ9qDQCNOwoAzjsKAN47CgAbPAoAKTwKAGg8CgB1PAoAtTwKAME8CgACPQoACT0KAE89CgBXPQoAnD0KALI9CgDpPQoA9T0KADY+CgBAPgoAgz4KAI4+CgDQPgoA1T4KAB0/CgAkPwoAaj8KAHI/CgC3PwoA4T8KAOxqDQALQAoAUUAKAFlACgCeQAoAyEAKAOtACgDwQAoAOEEKADlBCgCFQQoAj0EKANJBCgDgQQoAH0IKACRCCgBsQgoAeUIKALlCCgDVQgoABkMKACJDCgA5aw0AYEMKAKBDCgCkQwoA7UMKAPNDCgA6RAoAPEQKAIdECgCIRAoA1EQKAPdECgAhRQoARUUKAG5FCgCYRQoAu0UKAMNFCgAIRgoADUYKAFVGCgBiRgoAokYKAKpGCgDvRgoA8UYKADxHCgBERwoAiUcKALNHCgDWRwoA40cKACNICgAoSAoAcEgKAH1ICgC9SAoAyUgKAApJCgA0SQoAV0kKAF9JCgCkSQoAv0kKAPFJCgDzSQoAPkoKAE9KCgCLSgoAlEoKANhKCgDkSgoAhmsNADJLCgBySwoAjUsKAL9LCgDESwoADEwKACxMCgBZTAoAZUwKAKZMCgCuTAoA02sNAAFNCgBATQoASk0KAI1NCgCYTQoA2k0KAOJNCgBtbA0AME4KAHROCgB+TgoAwU4KAMxOCgAOTwoAIk8KAFtPCgBwTwoAqE8KALBPCgD1TwoADFAKAEJQCgBHUAoAj1AKAJlQCgDcUAoA5FAKALpsDQArUQoAdlEKAIdRCgDDUQoAxlEKABBSCgAcUgoAB20NAGtSCgCqUgoAu1IKAFRtDQD6UgoARFMKAEdTCgCRUwoAnVMKAN5TCgDkUwoAK1QKADVUCgChbQ0AhVQKAMVUCgDcVAoAElUKABpVCgDubQ0AZ1UKADtuDQDDVQoA+VUKAP9VCgBGVgoAUlYKAJNWCgCqVgoA4FYKAOJWCgAtVwoAN1cKAHpXCgCGVwoAx1cKANNXCgAUWAoAGlgKAGFYCgBnWAoArlgKALNYCgD7WAoAAVkKAIhuDQBLWQoAmZMLAFNZCgCVWQoAllkKAOJZCgDsWQoAL1oKAF9aCgDVbg0Af1oKAMlaCgDTWgoAIm8NAB9bCgBjWwoAeVsKALBbCgDGWwoA/VsKAP9bCgBKXAoAUFwKAJdcCgCrXAoAvG8NAOxcCgAxXQoAQV0KAH5dCgBKXQoAAiQLAIBdCgDLXQoA2V0KABheCgApXgoACXANAGxeCgBWcA0Au14KAO4FCwC+XgoA/14KAAJfCgBMXwoAVV8KAJlfCgCqXwoA5l8KAPBfCgAzYAoAO2AKAIBgCgBPYAoATvwKAINgCgDNYAoA1mAKABphCgAwYQoAZ2EKAH1hCgC0YQoAtmEKAAFiCgAHYgoATmIKAGJiCgCjcA0Ap2IKAOhiCgDyYgoANWMKAD5jCgCCYwoAg2MKAM9jCgDXYwoAHGQKACFkCgBpZAoAeWQKAD1xDQDCZAoAA2UKAAVlCgBQZQoAVmUKAJ1lCgCkZQoA6mUKAO9lCgA3ZgoAO2YKAIRmCgCRZgoA0WYKANlmCgAeZwoAI2cKAGtnCgB7ZwoAinENAMlnCgAFaAoAEWgKAFJoCgBhaAoAn2gKAKloCgDsaAoA+mgKADlpCgBGaQoAhmkKAJ1pCgDXcQ0A1mkKAHFyDQAjagoAbWoKACdqCgDffQ0AdWoKALpqCgDlagoAB2sKADJrCgBUawoAf2sKAL5yDQDMawoA7msKABlsCgALcw0ARGwKAIhsCgCJbAoA1WwKAORsCgAibQoA62wKAKNuCgAzbQoAb20KAHFtCgC8bQoAv20KAAluCgAMbgoAVm4KAF5uCgDycw0AqG4KAPBuCgD3bgoAPW8KAEZvCgCKbwoAm28KANdvCgDjbwoAJHAKACxwCgA/dA0Ad3AKAL5wCgDFcAoAC3EKABBxCgBYcQoAXHEKAKVxCgCycQoA8nEKAAFyCgA/cgoAUHIKAIxyCgCOcgoA2XIKANxyCgAmcwoAKXMKAHNzCgB7cwoAjHQNAMVzCgA6kQoAy3MKAFSfCwDMcwoADXQKABB0CgBadAoAZHQKANl0DQCwdAoA9HQKAAN1CgBBdQoAUHUKAI51CgCadQoA23UKAN51CgAodgoAK3YKACZ1DQB4dgoAwnYKAO12CgBzdQ0AF3cKAMB1DQBkdwoADXYNALF3CgBadg0A+3cKAEN4CgBQeAoAkHgKAJN4CgDdeAoA4ngKACp5CgA7eQoAd3kKAIN5CgCndg0AyXkKABF6CgAiegoAXnoKAGp6CgCregoAxXoKAPh6CgD8egoAxnwKAP96CgDhfgoAAnsKABWACgAEewoArX0KAAZ7CgDfewoACXsKAEV7CgBKewoAknsKAKl7CgD0dg0A7HsKACx8CgA8fAoAeXwKAH58CgBBdw0AyHwKABN9CgAZfQoAYH0KAG19CgCOdw0As30KAPp9CgAAfgoAR34KAEx+CgCUfgoAmn4KANt3DQDtfgoALn8KAEd/CgB7fwoAhH8KAMh/CgDffwoAKHgNABuACgBigAoAZIAKAK+ACgC+gAoA/IAKAAiBCgB1eA0AUoEKAJaBCgCkgQoA44EKAO2BCgAwggoAPIIKAH2CCgCAggoAyoIKAOaCCgAXgwoAH4MKAMJ4DQBwgwoAsYMKALSDCgD+gwoACIQKAKl5DQBUhAoAmIQKAKaECgDlhAoA74QKADKFCgA+hQoAf4UKAIeFCgBDeg0AzoUKABmGCgAnhgoAZoYKAHeGCgCQeg0AuoYKAN16DQAFhwoATYcKAFWHCgCahwoAoIcKAOeHCgDwhwoANIgKAEGICgB3ew0AhogKAM6ICgCNiAoAT4oKANeICgAbiQoAJYkKAGiJCgBwiQoAtYkKAPWJCgACigoACooKAMR7DQBVigoAnIoKAKKKCgDpigoA8YoKADaLCgB2iwoAg4sKAIuLCgARfA0A2IsKAF58DQBfjAoAaowKAKyMCgCrfA0AxYwKAASNCgAVjQoAUY0KAF2NCgCejQoAoY0KAPh8DQD7jQoAOI4KADqOCgCFjgoAk44KANKOCgDjjgoARX0NADuPCgBsjwoAdI8KAJJ9DQDHjwoABpAKAAeQCgBTkAoAVJAKAKCQCgCskAoA7ZAKAPSQCgAsfg0AQZEKAIeRCgCMkQoAeX4NAOKRCgAhkgoAJJIKAG6SCgB5kgoAu5IKAMeSCgAIkwoAD5MKAFWTCgBdkwoAopMKALCTCgDvkwoA/JMKADyUCgBElAoAxn4NAJWUCgDWlAoA2ZQKACOVCgAtlQoAcJUKAHiVCgATfw0AyZUKAAqWCgAQlgoAV5YKAGGWCgCklgoAuJYKAPGWCgD5lgoAYH8NAEuXCgCLlwoAk5cKANiXCgDblwoAJZgKADGYCgBymAoAfJgKAL+YCgDImAoADJkKAA2ZCgBZmQoAcZkKAKaZCgComQoA85kKAASaCgBAmgoAUZoKAI2aCgCVmgoA2poKAOmaCgAnmwoAKZsKAHSbCgCFmwoAwZsKANKbCgAOnAoAJ5wKAFucCgBdnAoAqJwKALecCgD1nAoAFZ0KAPp/DQBKnQoAR4ANAJedCgCUgA0A5J0KAOGADQA1ngoAdp4KAIaeCgDDngoAyJ4KABCfCgAWnwoAXZ8KAGmfCgCqnwoAsp8KAC6BDQAIoAoARKAKAFWgCgCRoAoAo6AKAN6gCgDmoAoAK6EKADahCgB4oQoAfaEKAMWhCgDKoQoAEqIKADKiCgB7gQ0Ab6IKAKyiCgC2ogoA+aIKAAWjCgBGowoATKMKAJOjCgCbowoA4KMKAOKjCgAtpAoA7KMKAEqpCgA+pAoAeqQKAIukCgDHpAoA2aQKABSlCgAcpQoAYaUKAGylCgCupQoAs6UKAPulCgAApgoASKYKAGimCgDIgQ0Al6YKAOKmCgDxpgoAL6cKADqnCgB8pwoAjqcKAMmnCgDRpwoAFqgKACGoCgBjqAoAaKgKALCoCgC1qAoA/agKAB2pCgAVgg0ATKkKAJepCgCmqQoA5KkKAO+pCgAxqgoAQ6oKAH6qCgCGqgoAy6oKANaqCgAYqwoAHasKAGWrCgBqqwoAsqsKANKrCgBigg0ADKwKAEysCgBjrAoAr4INAKasCgDmrAoA/awKAPyCDQBArQoAgK0KAIetCgDNrQoA260KABquCgAnrgoAZ64KAH6uCgBJgw0AvK4KAJaDDQADrwoATq8KAFyvCgCbrwoArK8KAOODDQD1rwoANbAKAEywCgAwhA0AjLAKAM+wCgDbsAoAHLEKAB+xCgBpsQoAc7EKAH2EDQDSsQoAyoQNAAuyCgAXhQ0AWLIKAJ2yCgCesgoA7LUKAKCyCgAetAoApLIKAIq8CgCnsgoA6rIKAKyyCgC6twoArbIKANO2CgDvsgoA8LsKAPayCgA3swoAOrMKAISzCgCOswoAZIUNANmzCgCxhQ0AJ7QKAGu0CgA+tAoAb7oKAHm0CgC4tAoAwrQKAAW1CgARtQoAUrUKAFW1CgCftQoAp7UKAP6FDQDutQoAObYKADy2CgCGtgoAibYKAEuGDQDVtgoAILcKAC63CgBttwoAfrcKAOWGDQC8twoAB7gKABS4CgBUuAoAY7gKAKG4CgCtuAoA7rgKAP+4CgA7uQoATLkKAIi5CgCUuQoA1bkKANy5CgAiugoAKroKAH+HDQB9ugoAvLoKAL26CgAJuwoACrsKAFa7CgBiuwoAo7sKAKq7CgDMhw0A97sKAD28CgBCvAoAZogNAJO8CgDXvAoA3bwKACS9CgAmvQoAcb0KAHu9CgC+vQoAzL0KAAu+CgAQvgoAWL4KAGW+CgClvgoAvb4KAPK+CgAIvwoAP78KAEK/CgCMvwoAlL8KAACJDQDhvwoAJsAKACHACgCTJAwAJ8AKAKfBCgApwAoAdcMKADDACgBzwAoANsAKAI7CCgB/wAoAwMAKAMPACgANwQoAF8EKAE2JDQBiwQoAmokNAKnBCgD0wQoA98EKAEHCCgBEwgoA54kNAJDCCgDbwgoA6cIKACjDCgA5wwoAgYoNAH7DCgDCwwoA0MMKAA/ECgAZxAoAXMQKAGjECgCpxAoArMQKAPbECgD+xAoAG4sNAF3FCgBoiw0AmsUKAN3FCgDmxQoAKsYKADDGCgB3xgoAg8YKAMTGCgDixgoAEccKABLHCgBexwoAYMcKAKvHCgC4xwoA+McKAAbICgBFyAoAVMgKAJLICgCuyAoA38gKAOfICgC1iw0AP8kKAHnJCgB6yQoAxskKANLJCgATygoAIsoKAGDKCgBqygoArcoKALnKCgD6ygoAAcsKAAKMDQBPywoAT4wNAJrLCgDhywoAocsKAGLNCgCjywoAe8wKAOrLCgAuzAoAO8wKAJyMDQCAzAoAyMwKANXMCgAVzQoAH80KAOmMDQBkzQoAr80KAMXNCgD8zQoACM4KADaNDQBRzgoAiKALAGfOCgCWzgoAtM4KAOPOCgDrzgoAMM8KAAXPCgCFwgsAMc8KALHQCgAzzwoA5dEKADzPCgDSwgsAQM8KAH3PCgB/zwoAys8KANjPCgAX0AoAKNAKAIONDQBs0AoA0I0NALPQCgD+0AoAAdEKAEvRCgBO0QoAHY4NAKDRCgBqjg0A79EKAEz5CgAF0goAMtIKAEDSCgB/0goAgNIKAMzSCgDo0goAGdMKACHTCgC3jg0Ad9MKALPTCgC10woAANQKAAHUCgBN1AoAUNQKAJrUCgCm1AoA59QKAO7UCgA01QoAUNUKAIHVCgCJ1QoAUY8NANvVCgAb1goAK9YKAGjWCgBt1goAtdYKAOXWCgCejw0ACNcKAOuPDQBX1woAnNcKAJ3XCgCi4AoAotcKAO45DACm1woA6dcKAKjXCgAf3AoArNcKAFHaCgC61woApOMKAO7XCgADMwwA9NcKAIAuDAD11woANtgKADnYCgCD2AoAjdgKADiQDQDY2AoAHdkKACPZCgBq2QoAc9kKALfZCgDE2QoABNoKACDaCgCFkA0AU9oKAJ7aCgBW2goAPT0MAKzaCgDr2goA/NoKANKQDQA+2woAhdsKAJHbCgAfkQ0A7tsKAGyRDQAl3AoAbNwKAHLcCgC53AoAvtwKAAbdCgAM3QoAuZENAG/dCgAGkg0Ap90KAFOSDQDy3QoAOt4KAELeCgCH3goAk94KANTeCgDn3goAId8KAC3fCgBu3woAfd8KALvfCgDE3woACOAKABLgCgBV4AoAYeAKAO2SDQCz4AoA7+AKAPvgCgA84QoAPuEKAInhCgCM4QoA1uEKAOLhCgAj4goAK+IKADqTDQB84goAveIKAM3iCgAK4woAFuMKAFfjCgBd4woAh5MNAMbjCgDx4woA+eMKAD7kCgBm5AoAi+QKAJbkCgDY5AoA5OQKACXlCgA25QoAcuUKAHPlCgDUkw0AxeUKAAzmCgAZ5goAWeYKAGfmCgCm5goAs+YKAPPmCgAK5woAQOcKAHDnCgCN5woAlecKANrnCgDk5woAJ+gKADPoCgB06AoAd+gKAMHoCgDL6AoAIZQNABbpCgBb6QoAYekKAKjpCgCx6QoA9ekKAALqCgBC6goAXuoKAG6UDQCR6goA3OoKAJbqCgDk9goA6eoKACnrCgAw6woAdusKAHjrCgDD6woAyesKABDsCgAX7AoAXewKAHXsCgCq7AoAr+wKAPfsCgC27AoAke0KAADtCgBE7QoATu0KALuUDQCX7QoA3u0KAOTtCgAr7goAMO4KAHjuCgB+7goACJUNAMbuCgAS7woAI+8KAF/vCgBr7woArO8KALbvCgD57woABfAKAEbwCgBN8AoAVZUNAJXwCgDg8AoAnvAKABFIDADj8AoALfEKAE3xCgB68QoAgvEKAKKVDQDY8QoAFPIKABvyCgBh8goAafIKAK7yCgCx8goAL/QKAL7yCgD78goA/fIKAEjzCgBW8woAlfMKAKbzCgDvlQ0A6fMKADyWDQA49AoAfPQKAIv0CgDJ9AoA2PQKABb1CgAi9QoAY/UKAGb1CgCw9QoAs/UKAP31CgAN9goASvYKAFP2CgCX9goAqPYKAImWDQDp9goAMfcKADr3CgB+9woAiPcKAMv3CgDT9woAGPgKADb4CgBl+AoAg/gKALL4CgDQ+AoA//gKAB35CgDWlg0AU/kKAJn5CgCe+QoA5vkKAKX5CgDN+goA7/kKADP6CgA9+goAgPoKAJz6CgAjlw0A0/oKABr7CgAg+woAZ/sKAIP7CgBwlw0A3PsKAAqYDQAp/AoAV5gNAFb8CgA+mQ0AsfwKAOj8CgDq/AoANf0KADv9CgCC/QoAlv0KAM/9CgDX/QoAHP4KAET+CgCLmQ0Acv4KALb+CgDD/goAA/8KABH/CgBQ/woAWv8KAJ3/CgC3/woA6v8KAPf/CgA3AAsAQwALAIQACwCOAAsA0QALANkACwDYmQ0AJQELAGsBCwBzAQsAJZoNAJcBCwAMmw0AxgELAAUCCwAGAgsAUgILAFMCCwCfAgsAqwILAOwCCwDzAgsAOQMLAEEDCwBymg0AiAMLANMDCwDkAwsAIAQLACgECwBtBAsAdwQLALoECwDGBAsABwULAAoFCwBUBQsAXgULAFmbDQC9BQsAppsNAPsFCwA7BgsAQwYLAIgGCwCLBgsACQgLAJgGCwDVBgsA1wYLACIHCwAwBwsAbwcLAIAHCwDzmw0AwwcLAECcDQASCAsAVggLAGUICwCjCAsAsggLAPAICwD8CAsAPQkLAEAJCwCKCQsAjQkLANcJCwDnCQsAJAoLAC0KCwBxCgsAggoLAI2cDQDKCgsACwsLABMLCwDanA0AWgsLAKULCwBkCwsAPwwLAKgLCwDyCwsA+gsLACedDQBFDAsAjAwLAJgMCwDZDAsA4QwLAHSdDQAyDQsAcw0LAHYNCwDADQsAyg0LAMGdDQASDgsAWg4LAHAOCwCnDgsAqA4LAPQOCwAFDwsAQQ8LAE0PCwCODwsAmA8LANsPCwDnDwsAKBALADAQCwAOng0AgRALAMIQCwDFEAsADxELABkRCwBbng0AXxELAKkRCwCsEQsA9hELAAISCwBDEgsASRILAJASCwCaEgsAqJ4NAOISCwAqEwsANxMLAHcTCwB6EwsAxBMLAOATCwARFAsAGRQLAPWeDQBmFAsAQp8NALMUCwCPnw0A+hQLAEUVCwBTFQsAkhULAKMVCwDcnw0A5RULACwWCwA4FgsAKaANAH8WCwDGFgsAzBYLABMXCwAYFwsAYBcLAGYXCwDDoA0AsBcLAPoXCwAGGAsARxgLAE0YCwCUGAsAnhgLAF2hDQDmGAsALhkLADsZCwB7GQsAfhkLAMgZCwDdGQsAFRoLAB0aCwCqoQ0AahoLAK8aCwC7GgsA/BoLAAIbCwBJGwsATxsLAJYbCwCbGwsA4xsLAOkbCwB4ow0APxwLAH0cCwCMHAsAyhwLANMcCwAXHQsAHR0LAGQdCwBqHQsAsR0LAL0dCwD+HQsABR4LAEseCwBTHgsAEqQNAJ8eCwDlHgsA8x4LADIfCwA/HwsAfx8LAJYfCwDMHwsA6B8LABkgCwAhIAsAX6QNAHkgCwCzIAsAtSALAAAhCwAWIQsATSELAE4hCwCaIQsAqyELAOchCwDzIQsArKQNAFAiCwD5pA0AgyILAM4iCwDkIgsAGyMLABwjCwBoIwsAeSMLALUjCwDBIwsARqUNAAckCwBPJAsAVSQLAJwkCwC8JAsA6SQLAPUkCwA2JQsAPSULAJOlDQCPJQsAnicLAJMlCwDQJQsA0iULAB0mCwArJgsAaiYLAHsmCwDgpQ0AvSYLAAQnCwAQJwsALaYNAHwnCwB6pg0ApCcLAOsnCwDxJwsAOCgLAD0oCwCFKAsAiygLAMemDQD9KAsAFKcNADMpCwBsKQsAbSkLALkpCwDFKQsABioLACIqCwBTKgsAWyoLAK6nDQCsKgsA7SoLAAkrCwA6KwsAQisLAEioDQCTKwsA1CsLANorCwAhLAsAJywLAG4sCwCGLAsAuywLAMUsCwAILQsAFC0LAFUtCwBYLQsAoi0LAKwtCwDvLQsABy4LADwuCwBMLgsAiS4LAIsuCwDWLgsA5C4LACMvCwA0LwsAlagNAHYvCwC9LwsAyS8LAOKoDQASMAsAfKkNAF8wCwBjqg0ApjALAPEwCwD+MAsAPjELAE0xCwCLMQsAkTELANgxCwDkMQsAJTILACcyCwByMgsAfDILAL8yCwDNMgsADDMLABEzCwBZMwsAZjMLAKYzCwCyMwsA8zMLAAY0CwBANAsATzQLAI00CwCZNAsA2jQLANs0CwAnNQsAMTULAHQ1CwCCNQsAwTULAMY1CwAONgsAGzYLALCqDQBlNgsAqDYLALY2CwD1NgsA+DYLAEI3CwBSNwsAjzcLAJ03CwDcNwsA6DcLACk4CwAwOAsAdjgLAH04CwDDOAsAzzgLABA5CwAROQsAXTkLAGk5CwCqOQsAtzkLAPc5CwD+OQsARDoLAFA6CwCROgsAnjoLAN46CwDtOgsAKzsLAD87CwB4OwsAhDsLAMU7CwDYOwsAEjwLACE8CwBfPAsAazwLAKw8CwCtPAsA+TwLAAM9CwBGPQsAVD0LAJM9CwCYPQsA4D0LAO09CwD9qg0ALj4LAHo+CwCLPgsAxz4LANU+CwAUPwsAIz8LAGE/CwBjPwsArj8LALg/CwD7PwsACUALAEhACwBNQAsAlUALAKJACwDiQAsA8UALAC9BCwA0QQsAfEELAIlBCwDJQQsA00ELABZCCwAiQgsAY0ILAHZCCwCwQgsAukILAP1CCwAJQwsASkMLAF1DCwCXQwsApkMLAORDCwDwQwsAMUQLADJECwB+RAsAiEQLAMtECwDZRAsAGEULAB1FCwBlRQsAckULAEqrDQC3RQsA/0ULAAxGCwBMRgsAVkYLAJlGCwCfRgsA5kYLAOhGCwAzRwsAQEcLAIBHCwCDRwsAzUcLANtHCwAaSAsAJkgLAGdICwB0SAsAtEgLAL5ICwABSQsAEEkLAE5JCwBTSQsAm0kLAKhJCwDoSQsA9UkLADVKCwBBSgsAgkoLAJFKCwDPSgsA2UoLABxLCwAqSwsAaUsLAG5LCwC2SwsAw0sLAANMCwAPTAsAUEwLAGNMCwCdTAsArEwLAOpMCwD2TAsAN00LADhNCwCETQsAjk0LANFNCwDfTQsAHk4LACNOCwBrTgsAeE4LAJerDQDLTgsABU8LABRPCwBSTwsAXk8LAJ9PCwCgTwsA7E8LAPZPCwA5UAsAR1ALAIZQCwCLUAsA01ALAOBQCwDkqw0AM1ELAG1RCwB8UQsAulELAMZRCwAHUgsACFILAFRSCwBeUgsAoVILAK9SCwDuUgsA81ILADtTCwBIUwsAMawNAIpTCwDVUwsA41MLACJUCwAvVAsAb1QLAHtUCwC8VAsAwlQLAAlVCwAaVQsAVlULAFhVCwCjVQsArFULAPBVCwD9VQsAPVYLAExWCwCKVgsAlVYLANdWCwDjVgsAJFcLADdXCwBxVwsAgFcLAL5XCwDKVwsAC1gLAAxYCwBYWAsAYlgLAKVYCwCzWAsA8lgLAPdYCwA/WQsATFkLAH6sDQCZWQsA2VkLAOdZCwAmWgsAMFoLAHNaCwCBWgsAwFoLAMJaCwANWwsAHlsLAFpbCwBoWwsAp1sLANZbCwD0WwsA9lsLAEFcCwBLXAsAjlwLAJxcCwDbXAsA4FwLAChdCwA1XQsAdV0LAIFdCwDCXQsA1V0LAA9eCwAeXgsAXF4LAGheCwCpXgsAql4LAPZeCwAAXwsAQ18LAFFfCwCQXwsAlV8LAN1fCwDqXwsAy6wNACxgCwB3YAsAeWALAMRgCwDTYAsAEWELACBhCwBeYQsAamELAKthCwCuYQsA+GELAPthCwBFYgsAS2ILAJJiCwCeYgsA32ILAOJiCwAsYwsAMWMLAHljCwCCYwsAxmMLAMxjCwATZAsAImQLAGBkCwBsZAsArWQLAL1kCwD6ZAsA/GQLAEdlCwBVZQsAlGULAKVlCwAYrQ0A52ULAC5mCwA6ZgsAZa0NAI5mCwDIZgsA12YLABVnCwAhZwsAYmcLAGNnCwCvZwsAuWcLAPxnCwAKaAsASWgLAE5oCwCWaAsAo2gLALKtDQDvaAsAMGkLADppCwB9aQsApmkLAMppCwDRaQsAF2oLADBqCwBkagsAc2oLALFqCwDAagsA/moLAANrCwBLawsAWGsLAJhrCwClawsA5WsLAPFrCwAybAsAQWwLAH9sCwCJbAsAzGwLANpsCwAZbQsAHm0LAGZtCwBzbQsAs20LAL9tCwAAbgsAE24LAE1uCwBcbgsAmm4LAKZuCwDnbgsA6G4LADRvCwA+bwsAgW8LAI9vCwDObwsA028LABtwCwAocAsA/60NAHlwCwC1cAsAxnALAAJxCwAOcQsAT3ELAGZxCwCccQsAnnELAOlxCwD6cQsANnILADlyCwCDcgsAjXILANByCwDScgsAHXMLACdzCwBqcwsAdnMLALdzCwDDcwsABHQLABd0CwBRdAsAYHQLAJ50CwCqdAsA63QLAOx0CwA4dQsAQnULAIV1CwCTdQsA0nULANd1CwAfdgsALHYLAEyuDQBudgsAuXYLAMN2CwAGdwsADncLAJmuDQBmdwsAoHcLAKx3CwDtdwsA/HcLADp4CwBDeAsAh3gLAJF4CwDUeAsA4ngLACF5CwAmeQsAbnkLAHt5CwC7eQsAx3kLAAh6CwAbegsAVXoLAGR6CwCiegsArnoLAO96CwDwegsAPHsLAEZ7CwCJewsAl3sLANZ7CwDbewsAI3wLADB8CwDmrg0AcnwLAL18CwDHfAsACn0LABJ9CwAzrw0AXH0LAKR9CwC6fQsA8X0LAPJ9CwA+fgsAT34LAIt+CwCXfgsA2H4LAOJ+CwAlfwsAM38LAHJ/CwB3fwsAv38LAMx/CwAMgAsAGIALAFmACwBsgAsApoALALWACwDzgAsA/4ALAECBCwBBgQsAjYELAJeBCwDagQsA6IELACeCCwAsggsAdIILAIGCCwCArw0Aw4ILAA6DCwAYgwsAW4MLAGODCwDNrw0AvoMLAPWDCwABhAsAQoQLAEeECwCPhAsAmIQLANyECwDmhAsAKYULADWFCwB2hQsAiYULAMOFCwDShQsAEIYLAByGCwBdhgsAXoYLAKqGCwC0hgsA94YLAAWHCwBEhwsASYcLAJGHCwCehwsAGrANAOCHCwAriAsANYgLAHiICwCAiAsAZ7ANANKICwASiQsAIYkLAF+JCwBqiQsArIkLALiJCwD5iQsACIoLAEaKCwBmigsAk4oLAJ+KCwDgigsA54oLAC2LCwA7iwsAeosLAH+LCwDHiwsA04sLABSMCwAnjAsAYYwLAHCMCwCujAsAuowLAPuMCwD8jAsASI0LAFKNCwCVjQsAo40LAOKNCwDnjQsAL44LADyOCwC0sA0Afo4LAMmOCwDTjgsAFo8LAB6PCwABsQ0AgI8LALCPCwDBjwsA/Y8LAAmQCwBKkAsAXZALAJeQCwCmkAsA5JALAPCQCwAxkQsAMpELAH6RCwCIkQsAy5ELANmRCwAYkgsAHZILAGWSCwBykgsATrENALSSCwD/kgsACZMLAEyTCwBUkwsAm7ENALaTCwDmkwsA95MLADOUCwA/lAsAgJQLAJOUCwDNlAsA3JQLABqVCwAmlQsAZ5ULAGiVCwC0lQsAvpULAAGWCwAPlgsATpYLAFOWCwCblgsAqJYLAOixDQDqlgsANZcLAD+XCwCClwsAipcLADWyDQDglwsAHJgLADCYCwBpmAsAbZgLALaYCwC4mAsAA5kLABeZCwBQmQsAU5kLAJ2ZCwC6mQsA6pkLAPuZCwA3mgsAQ5oLAISaCwCXmgsA0ZoLAOCaCwAemwsAKpsLAGubCwBsmwsAuJsLAMKbCwAFnAsAE5wLAFKcCwBXnAsAn5wLAKycCwCCsg0A7pwLADmdCwBDnQsAhp0LAI6dCwDPsg0A1Z0LACCeCwAungsAbZ4LAH6eCwAcsw0AwZ4LAGmzDQAPnwsA6rQNAFqfCwChnwsApp8LAO6fCwDynwsAO6ALAEigCwA3tQ0Ai6ALAKWlCwCUoAsA1aALAOigCwAioQsAI6ELAG+hCwB7oQsAvKELAMuhCwAJogsAE6ILAFaiCwBiogsAo6ILAKqiCwCEtQ0A+KILAD2jCwA/owsAEa4LAECjCwDApwsAQ6MLAIqjCwBJowsA26kLAEqjCwB/BgwAlqMLANejCwDmowsAJKQLADCkCwBxpAsAf6QLAL6kCwDZpAsAC6ULABelCwBYpQsAX6ULANG1DQCypQsA8qULAPSlCwA/pgsAQKYLAIymCwCPpgsA2aYLAOSmCwAmpwsAK6cLAHOnCwB9pwsAHrYNAM2nCwANqAsAD6gLAFqoCwBbqAsAp6gLAKqoCwD0qAsA/6gLAEGpCwBGqQsAjqkLAJipCwBrtg0A7qkLACiqCwApqgsAdaoLAIGqCwDCqgsA0aoLAA+rCwAZqwsAXKsLAGirCwCpqwsAsKsLALi2DQD+qwsAQ6wLAEWsCwCQrAsAn6wLAN2sCwDnrAsAKq0LADOtCwB3rQsAea0LAMStCwDVrQsAUrcNACCuCwBergsAaK4LAKuuCwC0rgsA+K4LAPquCwBFrwsAVq8LAJKvCwCarwsA368LAP2vCwAssAsANLALAHmwCwCFsAsAxrALANmwCwATsQsAFLELAGCxCwBssQsArbELALyxCwD6sQsABLILAEeyCwBTsgsAlLILAJuyCwCftw0A8rILAC6zCwA/swsAe7MLAIOzCwDIswsAz7MLABW0CwAjtAsAYrQLAHK0CwCvtAsAv7QLAPy0CwAYtQsA7LcNAFm1CwCWtQsAorULAOO1CwDptQsAMLYLAD62CwB9tgsAirYLAMq2CwDhtgsAF7cLAB+3CwBktwsAcrcLALG3CwC7twsA/rcLAAq4CwBLuAsAYbgLAJi4CwCbuAsA5bgLAAG5CwA5uA0AQrkLAH+5CwCJuQsAzLkLANS5CwAZugsAKLoLAGa6CwBrugsAs7oLAMC6CwAAuwsACrsLAE27CwBPuwsAmrsLAKi7CwDnuwsA9LsLADS8CwA3vAsAhrgNAJi8CwDOvAsA2bwLABu9CwAlvQsAaL0LAHC9CwC1vQsAxL0LAAK+CwAHvgsAT74LAFy+CwCcvgsApr4LAOm+CwDrvgsANr8LAES/CwCDvwsAkL8LANC/CwDTvwsA07gNACDACwBqwAsAdsALALfACwC+wAsABMELAAzBCwBRwQsAasELAJ7BCwCywQsA68ELAAfCCwA4wgsAQMILAG25DQCNwgsAurkNAN/CCwAfwwsAJsMLAGzDCwB0wwsAucMLAL7DCwAGxAsAFsQLAFPECwBbxAsAoMQLAK7ECwDtxAsA+sQLADrFCwBHxQsAh8ULAJPFCwDUxQsA2sULACHGCwApxgsAbsYLAHrGCwC7xgsAzsYLAAjHCwAXxwsAVccLAGHHCwCixwsAo8cLAO/HCwD5xwsAPMgLAErICwCJyAsAjsgLANbICwDjyAsAB7oNACbJCwBwyQsAeskLAL3JCwC/yQsACsoLABnKCwBXygsAd8oLAKTKCwCsygsA8coLAPvKCwA+ywsARMsLAIvLCwCNywsA2MsLAOfLCwAlzAsAMcwLAHLMCwB6zAsAVLoNAN3MCwAMzQsAKs0LAKG6DQByzQsAps0LAKvNCwDzzQsADs4LAEDOCwBMzgsAjc4LAJXOCwDuug0A7c4LACfPCwA2zwsAdM8LAIDPCwDBzwsAws8LAA7QCwAY0AsAW9ALAGnQCwCo0AsArdALAPXQCwAC0QsAO7sNAEbRCwCP0QsAkdELANzRCwDf0QsAKdILADHSCwB20gsAgNILAMPSCwDO0gsAENMLABzTCwBd0wsAZdMLAIi7DQC40wsA99MLAP3TCwBE1AsAUNQLAJHUCwCg1AsA3tQLAOjUCwAr1QsAM9ULAHjVCwCH1QsAxdULAMfVCwAS1gsAG9YLAF/WCwBi1gsArNYLALjWCwD51gsAAdcLANW7DQBW1wsAk9cLAJvXCwDg1wsA6tcLAC3YCwA42AsAetgLAIbYCwDH2AsAz9gLACK8DQAZ2QsAYdkLAHLZCwCu2QsAv9kLAPvZCwAA2gsASNoLAEzaCwCV2gsAo9oLAOLaCwDv2gsAL9sLAEbbCwB82wsAhNsLAMnbCwDV2wsAFtwLACncCwBj3AsActwLALDcCwC83AsA/dwLAP7cCwBK3QsAVN0LAJfdCwCl3QsA5N0LAOndCwAx3gsAPt4LAG+8DQCE3gsAy94LANneCwAY3wsAJd8LAGXfCwB83wsAst8LALrfCwD/3wsACuALAEzgCwBO4AsAmeALAKbgCwDm4AsA7eALADPhCwBE4QsAgOELAI7hCwDN4QsA2uELABriCwAx4gsAZ+ILAG/iCwC04gsAueILAAHjCwAR4wsATuMLAFbjCwCb4wsApeMLAOjjCwDz4wsANeQLAEHkCwCC5AsAiuQLAAm9DQDo5AsAHOULACHlCwBp5QsAhOULALblCwDC5QsAA+YLAAvmCwBWvQ0AY+YLAJ3mCwCs5gsA6uYLAPbmCwA35wsAOOcLAITnCwCO5wsA0ecLAN/nCwAe6AsAI+gLAGvoCwB46AsAo70NAMDoCwAF6QsAB+kLAFLpCwBf6QsAn+kLAKTpCwDs6QsA9ukLADnqCwBE6gsAhuoLAJLqCwDT6gsA2eoLACDrCwAo6wsAbesLAHnrCwC66wsAzesLAAfsCwAW7AsAVOwLAGDsCwCh7AsAouwLAO7sCwD47AsAO+0LAEntCwCI7QsAje0LANXtCwDi7QsA8L0NACfuCwBv7gsAfu4LALzuCwDL7gsACe8LABLvCwBW7wsAXO8LAKPvCwCp7wsA8O8LAPzvCwA98AsARPALAIrwCwCm8AsAPb4NAN/wCwAk8QsAJfELAA/4CwAx8QsAcfELADjxCwCn9QsAO/ELABP+CwA98QsAYgEMAHLxCwC+8QsA1PELAAvyCwAT8gsAWPILAFryCwDA9AsAZvILAKXyCwCt8gsAir4NALLyCwDy8gsA9fILAD/zCwBJ8wsAjPMLAI7zCwDZ8wsA6vMLACb0CwA39AsAc/QLAHv0CwDXvg0Ax/QLAA31CwAU9QsAWvULAGL1CwAkvw0AqfULAPT1CwD69QsAQfYLAE72CwCO9gsAlvYLANv2CwDd9gsAKPcLAC/3CwB19wsAfPcLAML3CwDK9wsAcb8NABz4CwBc+AsAXfgLAKn4CwC/+AsA9vgLAP74CwBD+QsARfkLAKv7CwBR+QsAkPkLAJj5CwC+vw0AnfkLAN35CwDg+QsAKvoLADT6CwB3+gsAefoLAMT6CwDV+gsAEfsLACL7CwBe+wsAZvsLAAvADQCy+wsA+PsLAP/7CwBF/AsATfwLAFjADQCc/AsA3/wLAOH8CwAs/QsAPf0LAHn9CwCK/QsAxv0LAM79CwClwA0AGP4LAP4EDAAf/gsAYP4LAHb+CwCt/gsAtf4LAPr+CwAI/wsAR/8LAFT/CwCU/wsAl/8LAOH/CwDr/wsALgAMADAADAB7AAwAjAAMAMgADADZAAwAFQEMAB0BDADywA0AawEMAK8BDAC8AQwA/AEMAAMCDABJAgwAWgIMAJYCDACiAgwA4wIMAOsCDAA/wQ0APQMMAH0DDACAAwwAygMMANQDDAAXBAwAGQQMAGQEDAB1BAwAsQQMAMIEDACMwQ0ABgUMAEsFDABiBQwAmAUMAKQFDADlBQwA7wUMADIGDAA6BgwA2cENAIAGDADMBgwA4gYMABkHDAAhBwwAZgcMAHQHDACzBwwAuwcMACbCDQDABwwAAAgMAAMIDABNCAwAVwgMAJoIDACcCAwA5wgMAPgIDAA0CQwARQkMAIEJDACJCQwAc8INANQJDAAbCgwAIAoMAGgKDACDCgwAtQoMAMMKDAACCwwACQsMAE8LDABbCwwAnAsMAKILDADpCwwA7AsMADYMDABADAwAgwwMAIkMDADQDAwA0gwMAB0NDAAnDQwAag0MAHYNDAC3DQwAzg0MAAQODAAYDgwAUQ4MAG0ODACeDgwApg4MAMDCDQDtDgwAOA8MAEYPDACFDwwAlg8MAA3DDQDZDwwAWsMNAC0QDABsEAwAdhAMALkQDADEEAwABhEMAA4RDABTEQwAXxEMAKARDACzEQwA7REMAPwRDAA6EgwARhIMAIcSDACIEgwA1BIMAN4SDAAhEwwALxMMAG4TDABzEwwAuxMMAMgTDAD0ww0AFBQMAFUUDABYFAwAohQMAKwUDACOxA0A8RQMADwVDABKFQwAiRUMAJoVDAAoxQ0A3RUMAHXFDQArFgwAcBYMAHoWDAC9FgwAwhYMAAoXDAASFwwAVxcMAF0XDACkFwwAsBcMAPEXDAD3FwwAPhgMAEcYDACLGAwAmBgMANgYDADgGAwAJRkMACYZDAByGQwAdBkMAL8ZDADCGQwADBoMAA8aDADCxQ0AbxoMAKYaDACuGgwA8xoMAP8aDABAGwwARhsMAI0bDACTGwwA2hsMAN8bDAB0HAwABhwMACccDAAvHAwAXMYNAHocDACpxg0A1xwMAA4dDAAQHQwAWx0MAGgdDACoHQwArx0MAPUdDAD9HQwAQh4MAFIeDACPHgwAkR4MANweDADqHgwAKR8MADofDABDxw0AfR8MAJDHDQDRHwwAECAMABogDABdIAwAaCAMAKogDACyIAwA9yAMAAMhDABEIQwAVyEMAJEhDACfIQwA3iEMAOghDAArIgwAMyIMAHgiDACHIgwAxSIMAMoiDAASIwwAGSMMAF8jDABrIwwAKsgNAOcjDAD5IwwANCQMAEYkDABOJAwAd8gNALskDADgJAwA7CQMAC0lDAAzJQwAeiUMAIAlDADHJQwAzCUMABQmDAAaJgwAxMgNAGImDACuJgwAtCYMAPsmDAAAJwwASCcMAFcnDACVJwwAoScMAOInDADlJwwALygMADIoDAB8KAwAhCgMAMkoDADYKAwAFikMABspDABjKQwAeSkMALApDACxKQwA/SkMAA4qDABKKgwAVioMAJcqDAChKgwA5CoMAPAqDAAxKwwAOCsMABHJDQCOKwwAyysMANcrDAAYLAwAJywMAGUsDAB5LAwAsiwMAMEsDAD/LAwAEC0MAEwtDABYLQwAXskNAJ4tDADmLQwA6C0MADMuDABELgwA+MkNAIwuDADNLgwA0y4MABovDAAmLwwAZy8MAG8vDABFyg0Aui8MAAEwDAANMAwATjAMAFYwDACSyg0ApzAMAOgwDADrMAwANTEMAD8xDADfyg0AhDEMAM8xDADdMQwAHDIMAC0yDAB5yw0AbzIMALYyDADCMgwAxssNAAszDABQMwwAUzMMAJ0zDACpMwwA6jMMAPYzDAA3NAwAPzQMAGDMDQCPNAwA0TQMAN00DAAeNQwAJjUMAK3MDQB0NQwAuDUMAMk1DAAFNgwAFjYMAFI2DABaNgwAnzYMAKI2DADsNgwA9jYMADk3DAA7NwwAhjcMAJU3DADTNwwA8zcMACA4DAAoOAwAbTgMAHc4DAC6OAwAwDgMAAc5DAAJOQwAVDkMAGM5DAChOQwArTkMAPrMDQD6OQwAOzoMAFk6DACIOgwAjjoMANU6DADeOgwAIjsMAC87DABvOwwAdzsMALw7DADSOwwACTwMAAs8DABWPAwAcTwMAKM8DACvPAwA8DwMAP08DABHzQ0AQz0MAIo9DACSPQwA1z0MAO09DAAkPgwAKT4MAHE+DAB3PgwAvj4MAMo+DAALPwwAEz8MAJTNDQBlPwwApT8MALU/DADyPwwA9z8MAD9ADABFQAwAjEAMAKJADADZQAwA20AMACZBDAAwQQwAc0EMAIFBDADAQQwAxUEMAA1CDAAaQgwA4c0NAGlCDACnQgwAsEIMAPRCDAD+QgwAQUMMAE9DDACOQwwAk0MMANtDDADoQwwAKEQMADBEDAB1RAwAhUQMAMJEDADERAwAD0UMAB1FDABcRQwAbUUMAC7ODQCwRQwAe84NAPtFDABDRgwASUYMAJBGDACYRgwA3UYMAOdGDAAqRwwALEcMAHdHDAB6RwwAxEcMAORHDAAVzw0AHUgMAF5IDABkSAwAq0gMALdIDAD4SAwAAEkMAGLPDQBRSQwAkkkMAJhJDADfSQwA60kMACxKDAA0SgwAr88NAHtKDADGSgwA1EoMABNLDAAkSwwA/M8NAG1LDACtSwwAxEsMAEnQDQAETAwAR0wMAFNMDACUTAwAl0wMAOFMDADrTAwAltANADNNDAB7TQwAhE0MAMhNDADZTQwAFU4MABxODABiTgwAak4MAK9ODAC8TgwA/E4MAAFPDABJTwwAU08MAJZPDACeTwwA408MAPJPDAAwUAwANVAMAH1QDACTUAwAylAMAMtQDAAXUQwAJVEMAGRRDAB1UQwAsVEMAL1RDAD+UQwABlIMADDRDQBPUgwANAEAAFNSDAAPeQ0AV1IMAB4BCwCkUgwAHwgAAO1SDACaVQwAc1QMAM0mAAC3VAwAmygAAKpVDAAkNgAAN1YMANk4AACEVgwAXkAAAB1XDABZzQsAHlcMAMZCAAAiVwwAoeYCACVXDAAw/wUAbFcMAFFTAAAGWAwACFkAAFNYDAApZAAA7FgMAC1qAABFWQwATHIAAIdZDABOdQAA0lkMAOp4AAByWgwAVoEAACNbDABRWwwAdF0MALC7AABXXgwAhMYAAKReDADwzgAAPl8MACzcAADgXwwAmOQAAEVgDADl5AAAcGAMADLlAADHYAwAnOoAAF9hDAAd7AAAq2EMAKDwAABbYgwAv/gAAJViDAAp/gAA9WIMACNjDACMYwwAvWMMAMVjDAAKZAwAFmQMAMcEAQBfZAwALwcBAA1lDAA+ZQwARmUMAItlDACNZQwAzQ0BAORlDAA3EwEAemYMAKMbAQCyZwwAfzIBAEhoDADONQEAXGgMAEJSDQBkaAwAdFANAJNoDACcNwEA7GgMALc5AQAsaQwAbDwBAHhpDAA6PgEAZ2oMABJPAQDCagwA9WoMAP1qDABfTwEAUWsMAHpRAQDPbAwAPWkBABhtDABdbQwAbW0MAIppAQADbgwAJm0BAExuDACRbgwAoW4MAHNtAQA3bwwARXUBAExxDAAU7AEAUHEMAJXtAQBUcQwAH4kBAGBxDACE+gEA6HEMAFx5DQDpcQwA20EJAOxxDADUiwEA/HEMAERsCQA1cgwAH6oMAElyDAAhjAEAWXIMAL+aDQCBcgwAbowBAIRyDAAy6wkAIHMMAPGQAQBtcwwAPpEBAAl0DAD1lgEAnnQMAKycAQA4dQwASKABAH91DADioAEAa3YMALB2DACzdgwAp3QKALx2DAAzpwEAEncMAJupAQBrdwwAl3cMAOh3DADzTAoA9HcMAIq2AQAOeAwAUKwBAD14DAAHsgEA13gMAD22AQBxeQwAcbcBAM55DAC+twEAXHoMAFi4AQCiegwAP7kBAI57DACSwgEAI3wMAKOHCQAmfAwAFccBACh8DAD/qwoAgXwMALR8DAAJfQwATn0MAB19DABo0AEAUX0MAJcPCgBYfQwAhBkKAFt9DAAK/AkAaX0MAOPIAQBvfQwAUBgKAOp9DADMzAEAEH4MAOuNCgBDfgwATc4BAI5+DAA0zwEAnYEMAAzgAQDcjQwAVocJAOGNDABzjgwA9Y0MACiRDAD9jQwAJ1ANAAGODACDbAIAdY4MALGcCQB3jgwAZREKAHiODACM7wUAeo4MAHD5BgB9jgwA0GwCAIKODAAdbQIAhI4MAL6FAwCnjgwAuMkDAJqQDADBfAIAMJEMAHWRDAB2kQwAMcMJAH+RDAAIFAwAhJEMAC5NDACUkQwAYacNAMyRDABEgQIArJIMAEOmAgCvkgwAuXQIALCSDAC4lQIAspIMAOKHAgCzkgwA/4wCALWSDABuWgMAtpIMABqPAgC3kgwAvJsCALiSDABKigIAuZIMAIVWAwC/kgwAz5ECAOSSDACsIwwAsZUMAMaqAgC1lQwAFeYJAASWDADhrAIAF5gMANrIAgAZmQwAldQCAFCZDABl2QIAMZoMAAnpAgBpmwwAsf4CAP2bDAA2BgMAqJwMAOOcDADMnQwAJfoDAM2dDAD/JgMA1J0MAHHUBgBnngwAmyoDAGueDAD64QYATp8MAHU+AwA9oAwAr0gDANugDACxSwMAgqEMALOhDAC7oQwAAKIMAA+iDACcUgMAo6IMAG+GCQCmogwAbFcDAO+iDAA0owwAA6MMAPFLDQA+owwAuVcDANajDADWXAMAKqQMAKReAwAFpQwAX2oDAPWlDAA3ewMAPqYMAMUJDQCfpgwA0KYMANimDAAdpwwAKqcMABcCCQAupwwAOX4DACOoDAANiQMAV6gMAMSOAwDyqAwAmpwDAPeoDAAiawcA+KgMAHFuBwD6qAwABWYHAFSpDACFqQwAjakMANKpDAAhqgwA91IKACeqDAA+TA0AKaoMAE+fAwArqgwAZiALAEKqDACDJQsAdKoMAASiAwDjqgwABqsMAF2rDADUpgMA/KsMAL+tAwCKrAwA3rUDAOGsDAB+vwMA46wMAPm3AwDFrQwA5sEDALGuDADTywMA8q4MAFbQAwDirwwAQdcDAD+wDABwsAwAjLAMAL2wDADMsAwAddgDAFqyDACLsgwAk7IMANiyDADnsgwAoPIDAC6zDACL+QMADrQMABABBAAZtAwA4r0GAFy0DAASBAQARbUMAKEaBABPtQwAHBMEAJC2DADBtgwAybYMAA63DAATtwwAxisEAB23DABBJAQA5rgMAO0/BADMuQwAQEkEAHm6DACqugwAsroMAPe6DAD9ugwAx1MEAFq7DAAWVwQA7bsMALZgBACHvAwA7mcEAC69DABfvQwAZ70MAKy9DAC7vQwAqXMEALy9DACUegQA1b0MAH1+BABSvgwAe3sEAJu+DADgvgwA6r4MAMh7BADjvwwAFMAMABzADABhwAwAasAMANKKBAC4wAwAoIwEAGTBDACVwQwAncEMAOLBDADjwQwA2pYEAOfBDADW3QQA6MEMAPuhBADvwQwAxZ0EAPHBDAC9kQQA08IMAC2gBAC6wwwAtq0EAAfEDACfsQQAUMQMAIayBADyxAwAC7oEAJrFDADLxQwA08UMABjGDAAixgwAQ8EEAGjGDACUxwQAG8cMAEzHDABUxwwAmccMAKbHDAB9ywQAqMcMAIPUBADrxwwAGc8EAIjIDACg2QQA0MkMAAHKDAAJygwATsoMAF3KDACP5gQAKMwMANH8BACFzAwAtswMANLMDAADzQwAEM0MAAX+BAAGzgwAN84MAD/ODACEzgwAh84MAPYNBQBSzwwAsRkFALvPDAA0HgUAv88MAM8vCQBf0AwAOCQFAKLQDADUJwUA3dEMACs3BQAs0gwA+zsFAA/TDACyXAcAI9MMABhcBwBw0wwAodMMAKnTDADu0wwA8dMMADNDBQBX1AwAiNQMAJDUDADV1AwA5NQMAIJGBQAt1QwAhkwFAKXWDADhYQUASdcMAHkWCwBM1wwASWQFAE3XDAD4FAsAltcMAOVnBQCN2AwAvtgMAMbYDAAL2QwAFNkMAJ5wBQBi2QwAbHIFAAHaDAC9eAUAWNoMABCCBQDc2gwA4okFAHbbDACCkwUAENwMAKOeBQCx3AwAwKMFAP7cDADCpgUATd0MAMSpBQBE3gwAdd4MAH3eDADC3gwA0d4MAM64BQAX3wwAXN8MAGvfDABRvQUABeAMALvCBQBQ4AwA3tAFAFLgDAB0ywUARuEMAHfhDAB/4QwAxOEMAC3iDABe4gwAZuIMAKviDAC44gwAtuEFAAXjDAAe5AUAU+MMAG3nBQDh4wwAJO0FAIXkDADC8wUAHuUMAGgGBgBK5gwA8xYGAJnmDABEHQYAM+cMAEwpBgDN5wwAujQGAGjoDABYOwYAy+gMAPzoDAAE6QwASekMAFbpDADAPQYA/+kMADDqDAA46gwAfeoMAM3qDAAuSQYAc+sMAJZLBgAa7AwAS+wMAFPsDACY7AwAouwMALVTBgDz7AwANlUGAEHtDAC5WQYAie0MAKJdBgA17gwAZu4MAG7uDACz7gwAtu8MAOfvDADv7wwANPAMANrwDAB+dAYAI/EMAGjxDABq8QwAy3QGAFjyDABaiwYAXPIMADuDBgCq8gwApYgGAOryDABzigYAjfMMACiNBgDT8wwA3Y8GAHT0DACtlAYAw/QMAGSaBgBd9QwAGZ0GAKr1DABmnQYAB/YMADj2DABA9gwAhfYMAJT2DADOnwYALPcMAFWqBgB89wwAWbAGAG/4DACg+AwAqPgMAO34DAD8+AwAxbgGANf5DACbxgYAPfoMAG76DAB2+gwAu/oMAMr6DACEygYAPfsMAAXMBgC++wwA7/sMAPf7DAA8/AwAmPwMAFTPBgAv/QwAWNUGAIL9DABB2QYAEf4MAMVSBwAU/gwAd90GAF7+DABe3gYASP8MAOnuBgCV/wwA7fQGAN//DADU9QYA2wANAAwBDQAUAQ0AWQENAGUBDQDcAQcArgENAPMBDQD3AQ0AEAMHAFACDQCRBAcA9gINACcDDQAvAw0AdAMNAJwDDQDmEAcAxgMNAIQXBwAqBA0ApfAIAGMEDQCoBA0A3gQNAFQcBwBlBQ0AjwUNAHkGDQCaOAcAZAcNAKRHBwCZCA0A3ggNAOgJDQBlXAcAbwoNAJtgBwABCw0Aa2UHALgNDQBgewcA/g0NAP6BBwAFDg0ASX8HAMwPDQBwkwcAvBANAF2dBwDsEQ0AMRINAGgSDQBprwcA5xINABgTDQAgEw0AZRMNAHQTDQChtgcABxQNAEwUDQCDFA0AJr4HAO4UDQB1wQcAbRYNAIHTBwBaFw0A0tkHAEEYDQBX4QcAnhgNAKThBwDeGA0A8eEHAHYZDQBb5wcAeBkNAEbuBwC7GQ0A9+oHAO4aDQC2/AcA2xsNAPgSCACHHA0AuBwNAMAcDQAFHQ0ADx0NAOUcCACvHg0AbCcIALwfDQB8PwgAECANAJlECACjIA0Aa0wIAP4gDQBtTwgALSINAHtkCACBIg0AvCINAKwjDQBRcggAOyUNAMGACADDJQ0ARIUIABgmDQBGiAgAwSYNAPImDQD6Jg0APycNAI4nDQAYkAgAjygNAMAoDQDIKA0ADSkNADUpDQDTmwgAsCkNAIqhCAD8KQ0AQSoNAE8qDQAkoggAlCoNAD+kCAA1Kw0AwqgIAHYrDQBerAgAZSwNAGS1CABoLA0A/rUIAJ0tDQC5wQgA4i0NAO3CCAA3Lg0A78UIAH8uDQBXyAgA6C4NABEvDQDHLw0AX9QIACAwDQCs1AgANDENAHkxDQCrMQ0AStsIALAxDQCw2ggAUzMNAObeCACkMw0A6OEIAO4zDQAc4wgA1TQNANPoCAAaNQ0Ab+wIAM41DQD8NQ0AsjYNAOM2DQDrNg0AMDcNAD03DQDh/QgAijcNAJYACQAkOA0AzAQJANA4DQD+OA0AXTkNALlEDQBqOQ0AmDkNAD46DQDUEAkAQDoNALkOCQDeOg0AGTsNAII7DQCzOw0AuzsNAAA8DQBrPA0AKR0JADc9DQDgIgkAMj4NAOYrCQDFPg0AazMJAGs/DQCcPw0ApD8NAOk/DQBSQA0Ag0ANAItADQDQQA0AbUENAAmHCQByQQ0At0ENAHRBDQAfKQsAhkENAFhzDQDBQQ0AdUIJAFdCDQCSRwkAJ0QNADhaCQAHRQ0ApGIJAPlFDQCPaQkAQkYNAIdGDQClRg0A3GkJABBIDQC0+woAXUgNAAH8CgC+SA0A70gNAPdIDQA8SQ0AqUkNAOR1CQArSg0AcrEJAKxLDQCtfw0Ajk0NAL9NDQDHTQ0ADE4NAGVODQANjQkAwk4NAPNODQD7Tg0AQE8NAPBPDQCquAkAGlENABOWCQB1UQ0Ae5gJAEpSDQCPUg0A5FINACC5DQAfVA0AgaEJAClUDQBNoAkAA1UNANCkCQCtVQ0A3lUNAOZVDQArVg0AZlcNADytCQCCWQ0AAcgJALpaDQAk1gkAn1sNACbZCQDMXA0ASYEKAM9cDQCyXgoA01wNAHniCQDZXA0At4wKAGtdDQCwXQ0Aul0NAPzmCQCzXg0A5F4NAOxeDQAxXw0AzV8NALfyCQAdYA0ABvYJAO5hDQBAAAoAO2INAIBiDQCMYg0AQgMKACZjDQBEBgoAvGMNAAFkDQAYZA0AFAsKAIZoDQBxIwoAI2kNAEEoCgBCaw0AU0MKAOVrDQAgbA0Ax2wNAF1SCgDKbA0AKVEKAK9tDQB4VAoAKm8NAG9vDQBybw0AFlsKABVwDQBlXgoA83ANAJtiCgD6cA0AtmQKAH1yDQAgagoAf3INAJmsCgATcw0AlMsKADZzDQD3oQ0AYHMNAKVzDQAydQ0AdXYKAGR2DQBkgwoAaXYNAPZ3CgBoeQ0ALMkKAIR5DQC9lw0AsXkNAPZ5DQD5eQ0AS4QKAFN6DQDMhQoAnHoNALOGCgDleg0AKnsNADR7DQAAhwoAdX0NAB+PCgD0fQ0ACjALALJ/DQA+lwoAMIENAPefCgA6gQ0AlaYKAKaDDQABrwoA8YMNAOivCgA4hA0AgrAKAICEDQC2sQoAZ4UNANGzCgBThg0AmIYNAO2GDQAyhw0A1IcNABmIDQBuiA0As4gNAFCJDQBawQoA74kNADSKDQCJig0AzooNAB6MDQBHywoAn40NAGTQCgA5jg0AmNEKABCPDQBm0woAG5ANAE/XCgA7kA0A0NgKAI2QDQDJqQ0A25ANADjbCgDekA0AoN0KACKRDQDS2woAvJENAFPdCgBbkg0AoJINAKqSDQDt3QoA9ZINAKvJDQBAkw0AcOIKACSUDQAO6QoAdpQNABaqDQBqlQ0AVzALAPuVDQDi8woATpkNANOdCwB8mg0AJg0LAFybDQChBQsA/5sNALwHCwDenA0AWAsLABieDQB1EAsAtp4NAN0SCwDlnw0A3xULAEWgDQB2oA0A36ANABChDQBroQ0A4RgLACKiDQBEog0Ab6INAJGiDQC8og0A3qINAAmjDQArow0AgKMNAMWjDQDKow0AMBwLAK+kDQA0IgsA6aUNALcmCwAwpg0AUScLAMqmDQDSKAsAzacNAPunDQBnqA0AhysLAJ6oDQBwLwsAAakNAC+pDQAhrQ0A4WULAHGtDQB7ZgsAVK4NAGx2CwDurg0AcHwLAIivDQDBggsAIrANAN6HCwC8sA0AfI4LAFaxDQCykgsA8LENAOiWCwCKsg0A7JwLACizDQC6ngsAg7MNALazDQC+sw0AA7QNAMC2DQAFtw0AI7cNAParCwAPug0AI8kLAHK6DQC/zAsA+roNANrOCwBDuw0AQtELAI+7DQCq0wsA2rsNAEbXCwAyvA0AFNkLAIu8DQC8vA0AC70NAM/kCwBivQ0AUOYLALi9DQC46AsA+L0NACLuCwBNwQ0AMAMMANDCDQDrDgwAGcMNANIPDABiww0Ap8MNAKvDDQAfEAwA/MMNAEHEDQCWxA0A28QNAOvEDQDvFAwANMUNANYVDACKxQ0AIxYMAMrFDQAPxg0AscYNAPbGDQBPxw0Adh8MAJjHDQDdxw0A4ccNAMMfDAD0yA0AYSYMAMLJDQCZLQwAR8oNALQvDACcyg0AmzAMAOfKDQAsyw0APMsNAIIxDACCyw0AaTIMAMnLDQATzA0AaswNAIQ0DAC9zA0AazUMAKLNDQBYPwwAOs4NAKlFDACDzg0AyM4NANjODQD2RQwAZs8NAEVJDAC/zw0AeUoMAArQDQBgSwwAUdANAPpLDACZ0A0A49ANAA==","fail":"AAAAAAAAAAAFewAA64cBAJvCAABSmAUAgvcBAIo5BgDhxQEAVawJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAAP2wBAIxsAQDZbAEAJm0BAAAAAADhxQEAMp4JAPP9BgBzhgAA7wwAAOHFAQBHSgkAlEoJAOFKCQAuSwkA1tsBAIEiCwDszgkAGikDAAAAAABSmAUAgvcBAIL3AQAEpgkAj+QBANzkAQDAcwoAOpEKAFKYBQDhxQEAdv4AANxMBABiGgsABKYJAOHFAQBXRQQA66AAADihAACFoQAA0qEAAB+iAADvDAAA4cUBAFWsCQCrkQYAgvcBAO7/AQAFewAA2BQGAAAAAABSmAUA4cUBABWZCQAXSwMAEOYBAAKIBwBu2QEABXsAABbvAQBXfQsApH0LABVhAgAxIwAA4cUBAITlCADR5QgA30EAAAI5BABzhgAAwIYAAIFpAgBFxgcAksYHAOHFAQAyngkA8/0GAHOGAADvDAAA4cUBAEdKCQCUSgkA4UoJAC5LCQBx1gkAvtYJAE0AAABNAAAA//YHAIL3AQDfQQAA4cUBAHHWCQCchAEAAAAAAHOGAAAQ5gEA7wwAAKwbAAD1FQAAijkGANc5BgB4tAAAxbQAABK1AACVhwIAGo8CAGePAgAwZwgA3BYAAGKZCQDTaQoANAEAAIEBAADOAQAAGwIAAGgCAABx1gkAvtYJAE0AAABNAAAAiGYBAFSAAwBzhgAAnqAAAIL3AQDP9wEAoikFAOHFAQBVrAkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAGG4AADbcwcAKHQHAAAAAACjgQAAM1oBAIL3AQDu/wEA7wwAAOHFAQCIZgEAVIADAKGAAwBNAAAAc20BAMBtAQANbgEAWm4BAKduAQD0bgEAQW8BAAAAAACVhwIAQ6YCAJyEAQDphAEANoUBAPceCQACVgkAT1YJAEdKCQCUSgkA4UoJAC5LCQDW2wEA0eUIAIoDAgB5egcAxnoHABN7BwCKOQYA4cUBAFKYBQB/gwcA4cUBAMBzCgBUnwsAeUIAAMZCAAATQwAAYEMAAK1DAAD6QwAAAAAAAAKIBwCZeAkAcdYJAKwbAAD5GwAARhwAAJMcAADgHAAALR0AANtzBwAodAcAAAAAAKOBAABzhgAA7wwAAMk7AgDunQgAijkGAOHFAQBx1gkANywAAIQsAADRLAAAHi0AAEnOCgBu2QEABXsAAOuHAQCsGwAAijkGAOHFAQBVrAkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAI/kAQDc5AEAbtkBALvZAQAI2gEAVdoBAEdKCQCUSgkAjxYAANwWAABimQkA02kKADQBAACBAQAAzgEAABsCAABoAgAAm8IAAPXjAQDrhwEA4cUBABWZCQD4JwEARSgBAIFpAgAzWgEAijkGAHOGAAAVmQkAYpkJANNpCgA0AQAAgQEAAM4BAAAbAgAASc4KAG7ZAQAFewAA64cBAKwbAACKOQYA4cUBAFWsCQB4tAAAxbQAABK1AABftQAArLUAAPm1AABGtgAAk7YAAOC2AAAttwAAercAAMe3AAAUuAAAj+QBANzkAQBu2QEAu9kBAAjaAQBV2gEAR0oJAJRKCQCPFgAA3BYAAGKZCQDTaQoANAEAAIEBAADOAQAAGwIAAGgCAACbwgAA9eMBAOuHAQDhxQEAFZkJAPgnAQBFKAEAgWkCADNaAQCKOQYAc4YAAAV7AADrhwEAiGYBAJWHAgBDpgIANywAAIQsAADRLAAAHi0AAEnOCgDvDAAArBsAAPkbAABGHAAAkxwAAOAcAABJzgoAMSMAAGMMBwCC9wEAdGcJAMk7AgBJzgoAdv4AACpDBgDvDAAAnIQBAPloAACsVQoAWlkIAF9VCgBKigIA66AAADihAACFoQAA0qEAAB+iAABsogAAFZkJAGKZCQDTaQoANAEAAIEBAADOAQAAGwIAAGgCAAB2/gAARp0BAO8MAADJOwIA4cUBAG7ZAQCkMAsAVawJANUCBQBx1gkAj+oKAAI5BABPOQQAgFoBAAAAAACeoAAAnqAAAHOGAADvDAAAnIQBAOHFAQAyngkAc4YAAPUVAAB2zAIAc4YAAIo5BgDhxQEALsYBAAapCQCC9wEA4cUBAKOBAADvDAAArBsAAOHFAQAAAAAA9RUAAH0WAgDEEQgAQhYAAJvCAAD1FQAA4cUBADKeCQDXOQYAKmALAHdgCwBu2QEABXsAAOuHAQCsGwAAAAAAAIL3AQAQ5gEABXsAAFJ7AACfewAA7HsAADl8AACGfAAAhBMBAIo5BgBzhgAA9RUAAHbMAgBzhgAAijkGABDmAQBzhgAAwIYAACbTAAA2bAIAbtkBAAV7AADYFAYAEOYBAIo5BgBu2QEAEOYBAHOGAADAhgAAJtMAADZsAgCjgQAAbtkBAIhmAQBUgAMAnqAAAOHFAQB9FgIAyhYCABcXAgDhxQEA23MHACh0BwDfQQAAAjkEAE85BABzhgAAgWkCAM5pAgAbagIA4cUBAPceCQACVgkAT1YJAEdKCQCUSgkA4UoJAC5LCQBVrAkAq5EGAPiRBgDVZgEAm8IAAHOGAAD1FQAAQhYAAKkkAQD2JAEA7wwAACLTCQBNAAAATQAAAP/2BwCC9wEA30EAAO6dCACKOQYAEOYBAAV7AAB4tAAAxbQAABK1AAAQ5gEAdv4AAMP+AAAR+QgAAAAAAIhmAQBUgAMAc4YAAPUVAADfQQAA4cUBADKeCQDz/QYAc4YAAO8MAADhxQEAR0oJAJRKCQDhSgkALksJAHHWCQC+1gkATQAAAE0AAAD/9gcAgvcBAN9BAADhxQEAVawJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAArrgAAPgnAQBFKAEA30EAAGf1AQCeoAAAEJkBALhnCgDhxQEA23MHACh0BwAAAAAAo4EAAHOGAADvDAAAyTsCAO6dCACKOQYA4cUBAG7ZAQAEpgkA4cUBAHHWCQCsGwAA+RsAAEYcAACTHAAAo4EAAN9BAAAsQgAAeUIAAPUVAADfQQAAQb4EAJ6gAABucwIApQUCAEG+BABSmAUAf4MHAOHFAQAVmQkAiGYBAKOBAAC10AEAM1oBAIBaAQDhxQEABXsAAHi0AADFtAAAA8UAAFWsCQB4tAAAxbQAABK1AABftQAArLUAAPm1AABGtgAAk7YAAOC2AAAttwAAercAAMe3AAAUuAAAYbgAANtzBwAodAcAAAAAAKOBAAAzWgEAgvcBAO7/AQAAAAAAgvcBANpLBwB/gwcAtdABAE0AAACaAAAA5wAAAOHFAQAAAAAATQAAAJoAAADnAAAANAEAAIEBAADOAQAAGwIAAGOiAQCwogEAV0UEAG5zAgCvTAkA/EwJAARACgBRQAoAnkAKAJvCAAAzWgEATKgEACxCAAA/2AkAJZYHAN9BAADhxQEAVawJAGIaCwAEpgkA4cUBABWZCQBimQkA02kKADQBAACBAQAAzgEAABsCAABoAgAAV0UEAKRFBADxRQQAMSMAAGMMBwC10AEAo4EAAIL3AQDu/wEAgvcBAOHFAQBXRQQA66AAADihAACFoQAA0qEAAB+iAABsogAAcdYJAKwbAAD1FQAA30EAAOHFAQBVrAkAeLQAAMW0AAAStQAAj+QBANzkAQBu2QEAu9kBAAjaAQBV2gEAR0oJAJRKCQCPFgAA3BYAAGKZCQDTaQoANAEAAIEBAADOAQAAGwIAAGgCAAD3HgkAAlYJAE9WCQBx1gkArBsAAAAAAAAFewAAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAADEjAAA6iwEAh4sBANSLAQAAnAMAVawJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAAP2wBAIxsAQDZbAEAJm0BAIoDAgB5egcAxnoHABN7BwBgewcArXsHAPp7BwBVrAkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAO6dCACjgQAA7wwAAFBfAQCAWgEAtdABAOHFAQB2/gAAKkMGAEg8BQACiAcABXsAAGIaCwB2zAIAGikDAHb+AADhxQEAAAAAAJ6gAAAQmQEAoCoLAO0qCwD1FQAAigMCANcDAgAkBAIAcPUAAJWHAgBw9QAABXsAAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AAAxIwAAOosBAIeLAQDUiwEAAAAAAFKYBQB/gwcAtdABAALRAQDvDAAArBsAAEg8BQDhFAUALhUFAIG8CwBMqAQA0/0BAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAbloDALtaAwAIWwMAVVsDAKJbAwDvWwMAPFwDAIlcAwDWXAMAF5wJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAgFoBAPkbAABGHAAAkxwAAOAcAADu/wEAwIYAACbTAAA2bAIAVawJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAAP2wBAIxsAQDZbAEAJm0BABDmAQCC9wEA7v8BADsAAgDhsgsA7wwAAKwbAACKOQYA4cUBAEnOCgCIoAsAiGYBANVmAQAiZwEAb2cBALxnAQAJaAEAm8IAAPXjAQDrhwEA4cUBANtzBwAodAcAdXQHAMJ0BwAPdQcAXHUHAOHFAQCjgQAA7wwAAFBfAQCAWgEAtdABAOHFAQBVrAkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAGG4AAB2/gAAKkMGAEg8BQACiAcABXsAAGIaCwB2zAIAGikDAN9BAAAQ5gEABXsAAKuRBgD4kQYA1WYBAJvCAABzhgAAijkGAOHFAQBJzgoAgvcBANpLBwBu2QEABXsAAG7ZAQCIZgEAMrkLAAV7AAB4tAAAxbQAABK1AABftQAArLUAAPm1AABGtgAAk7YAAOC2AAAttwAAercAAMe3AAAUuAAAc4YAAMCGAAAm0wAANmwCAFJ7AACfewAA7HsAADl8AACGfAAAB2UBAFRlAQChZQEA7mUBADtmAQBzhgAAwIYAACbTAAA2bAIA2bkBAJ6gAABzhgAATQAAAN9BAABBvgQAUpgFAOHFAQAu3wAAAAAAAAAAAAAAAAAAAJwDANtzBwAodAcABXsAAOuHAQA8DQAAf4MHAJWHAgBsCAAAo4EAAO8MAACsGwAA+RsAAPUVAACKAwIA1wMCACQEAgBEhQgAkYUIAN6FCAAVmQkAYpkJANNpCgA0AQAAgQEAAM4BAAAbAgAAaAIAAEdKCQCUSgkA4UoJAC5LCQBVrAkAq5EGAPiRBgDVZgEAm8IAAHOGAACKOQYA9RUAAEIWAACPFgAAVawJAFJ7AACfewAA7HsAADl8AACGfAAA03wAAMBzCgA6kQoAIfgJAMBzCgBUnwsAM1oBABopAwBnKQMAgWkCAAKIBwA/2AkA7wwAAMk7AgCbwgAAM1oBAEyoBAAsQgAA4cUBANtzBwDP9wEAbtkBAG7ZAQAzWgEATKgEAHb+AAAAAAAA4cUBAC7GAQB7xgEAyMYBABXHAQDhxQEAFZkJAIhmAQAyuQsABXsAAOuHAQCsGwAAV0UEAAKIBwCZeAkASDwFAH0WAgDhxQEABKYJAFKYBQAllgcAgvcBAOHFAQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAHHWCQCsGwAAO2wKAN9BAABBvgQAgFoBALXQAQAAAAAA9RUAAIFpAgDOaQIAG2oCAFSAAwCKOQYA1zkGAFJ7AACfewAA7HsAADl8AACGfAAAuAELAMoWAgAXFwIAM1oBADNaAQC10AEA9RUAAIoDAgBuqQYAo4EAAIL3AQDu/wEAgl8EAPP9BgBzhgAA7wwAAPUVAABCFgAAqSQBAHb+AADcTAQApQUCAJ6gAACKOQYAc4YAAPUVAAB2zAIAc4YAAAAAAABSmAUAtdABADNaAQCAWgEA4cUBAC7GAQB7xgEAyMYBABXHAQAuxgEABqkJAIL3AQDhxQEAo4EAAO8MAACsGwAA+RsAAOHFAQAuxgEAe8YBAMjGAQAVxwEALsYBAAapCQCC9wEA4cUBAKOBAADvDAAArBsAAOHFAQBVrAkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAGG4AAA/bAEAjGwBANlsAQAmbQEA4cUBAKOBAADvDAAArBsAAPkbAAD1FQAAigMCANcDAgCBaQIARcYHAJLGBwB0ZwkAUF8BAFKYBQB/gwcAM1oBAIBaAQB2zAIAhHsDAEadAQB2/gAA4cUBAHHWCQC+1gkATQAAAE0AAAD/9gcAgvcBAN9BAADunQgAijkGAOHFAQBVrAkALT4LADNaAQDhxQEAgWkCAEXGBwCSxgcAdGcJAFBfAQBSmAUAf4MHAOHFAQD3HgkAAAAAAO8MAACchAEA6YQBAJWHAgDvDAAAiGYBAOHFAQDbcwcA2ksHACWWBwDfQQAAQb4EAIBaAQBzhgAA7wwAAO8MAACchAEArBsAAPkbAABBvgQAUpgFAH+DBwBzhgAAwIYAACbTAAA2bAIABXsAADNaAQAyuQsAlYcCALiVAgDrcggArgsKAPsLCgBIDAoAlQwKAOIMCgAvDQoA23MHAM/3AQAc+AEAafgBADEjAAA6iwEAh4sBANSLAQBzhgAAwIYAACbTAAA2bAIAAAAAAAV7AACBaQIAzmkCABbvAQCIZgEABXsAAGIaCwC10AEAFu8BAAV7AADrhwEAOIgBAIWIAQDSiAEAH4kBAGyJAQC5iQEABooBAFOKAQCgigEA7YoBAFKYBQB2/gAATQAAAJoAAADUJQIAgbwLABopAwA8DQAAf4MHADEjAAA6iwEAh4sBANtBCQAoQgkAo4EAAIhmAQDfQQAAQb4EAE0AAACIZgEAMrkLAH+5CwA6iwEAh4sBANtBCQAoQgkACYcJAKwbAAD5GwAAJtMAADZsAgAAAAAA4cUBAG7ZAQC72QEACNoBAFXaAQCi2gEA79oBADzbAQBzhgAAszMBAGLHAQCvxwEA/McBAEnIAQCWyAEAhOUIAIEiCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCP5AEA3OQBAITlCACBIgsAYscBAK/HAQD8xwEAScgBAJbIAQDy8AgAiGYBADK5CwB/uQsAzLkLABm6CwChawoA7msKAOHFAQDbcwcAgbwLAM68CwAbvQsAaL0LAPLwCAA/8QgALsYBAHvGAQDIxgEAFccBAAAAAAChawoA4cUBANtzBwCBvAsAzrwLABu9CwBovQsA8vAIAD/xCAAuxgEAe8YBAMjGAQAVxwEALsYBAHvGAQDIxgEAFccBACGMAQAAnAMA+BQLAEUVCwCSFQsA3xULACwWCwAAAAAAo4EAAPCBAAB2zAIATKgEABbvAQBjjwsAijkGAH0WAgCjgQAA8IEAAHbMAgBMqAQAFu8BAM+XCwCC9wEAz/cBAKIpBQAqQwYAm8IAAFKYBQCC9wEAfRYCABbvAQAFewAA64cBADiIAQCFiAEA0ogBAB+JAQBsiQEAuYkBAAaKAQCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAAAAAADEjAAA6iwEAh4sBANSLAQBNAAAAS+gGAEg8BQDfQQAA7p0IAIFpAgDOaQIAG2oCAGhqAgC1agIA7wwAAOHFAQDAcwoAOpEKACH4CQBu2QEApDALAAAAAABVrAkArRcLAPoXCwBHGAsAlBgLAOEYCwAuGQsAexkLAITlCADAhgAAJtMAADZsAgCVhwIAAAAAAFKYBQDfQQAAlYcCAJ6gAAAQmQEAXZkBAKqZAQD3mQEARJoBAO7/AQCCXwQA4cUBAKOBAADvDAAAUF8BAIBaAQC10AEA4cUBAKFrCgDuawoAhOUIAAAAAACIZgEAAAAAAKOBAAAFewAAq5EGAAAAAAAAAAAAo4EAAN9BAADhxQEAm8IAAPXjAQDrhwEA4cUBAITlCAAAAAAAo4EAAAV7AAACiAcAP9gJACWWBwBylgcAv5YHAAyXBwBu2QEAWZcHAKaXBwDzlwcAbtkBAFdFBACkRQQA8UUEAIhTCwDVUwsAIlQLAFdFBACkRQQA8UUEAIhTCwDVUwsAIlQLAAV7AABiGgsAAAAAAOHFAQC10AEAAtEBAE/RAQAAAAAA30EAAO6dCADf4QkALOIJABbvAQA7hQkAiIUJAASmCQDfQQAA7p0IAN/hCQAs4gkAFu8BAGPvAQDP9wEAHPgBAGn4AQC2+AEA7wwAAAI5BADeuQkAHPgBAGn4AQC2+AEA30EAACxCAACC9wEA2ksHAJvCAAAAAAAAgvcBAO7/AQBykgEAC20EAEg8BQDfQQAA7wwAABbvAQCZ8wEA5vMBADP0AQCA9AEAzfQBABr1AQDfQQAAZ/UBAIYDCwAsQgAAgvcBANpLBwBSmAUAFu8BAJnzAQAsQgAAgvcBANpLBwCbwgAAAAAAAAV7AAAzWgEAGikDAKwbAAAQ5gEAc4YAAMCGAAAm0wAANmwCABbvAQCZ8wEALEIAAIL3AQDaSwcAm8IAABbvAQCZ8wEALEIAAIL3AQDaSwcABKYJAE0AAABL6AYAc4YAAMCGAAAm0wAANmwCAHOGAAAxIwAAfiMAAMCGAADu/wEA9RUAAJ6gAABzhgAAc4YAAMCGAAAm0wAANmwCAAV7AACiKQUAKkMGAHOGAADAhgAAJtMAADZsAgDfQQAA30EAAAI5BABPOQQAbtkBALvZAQAI2gEA7p0IAHOGAADAhgAAJtMAADZsAgB2/gAAKkMGAN9BAAAsQgAAP9gJAIo5BgBzhgAAwIYAACbTAAA2bAIAiGYBAIhmAQBNAAAA//YHADNaAQCAWgEA30EAAO6dCABpfQkA7v8BALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCC9wEA7v8BADsAAgCIAAIA1QACACIBAgBvAQIAvAECAAkCAgBWAgIAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAAAAAABzhgAABKYJAHOGAADAhgAAJtMAADZsAgCKOQYAc4YAALMzAQBaQgwAwIYAACbTAAA2bAIAAAAAAHOGAADAhgAA2ksHAIo5BgD9WQcAgWkCADNaAQAaKQMAUF8BAFKYBQB/gwcAc4YAAMCGAAAm0wAANmwCAG7ZAQBSmAUAJZYHAPCBAACBOwoAiGYBANVmAQCeoAAAbnMCAK9MCQAyuQsAwIYAACbTAAA2bAIAYhoLALXQAQBaWQgAc4YAAMCGAAAm0wAANmwCAIL3AQC10AEAo4EAAHb+AAAqQwYA9RUAAN9BAADunQgAaX0JACbTAAA2bAIAUpgFACWWBwDfQQAAZ/UBADEjAABu2QEAUpgFACWWBwDwgQAAgTsKAO8MAACsGwAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAAV7AADrhwEAOIgBADcsAABucwIA64cBAMk7AgDunQgAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAPP9BgCfmAUA7JgFAGPzBwCw8wcA/fMHAEr0BwCX9AcA5PQHAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEASDwFAOEUBQAuFQUAdGcJAFBfAQBSmAUAf4MHAHOGAADAhgAAJtMAADZsAgDfQQAABXsAAFJ7AAB9FgIAUpgFAIFpAgBFxgcAksYHADEjAACIZgEA1WYBAJvCAABzhgAAwIYAACbTAAA2bAIAQb4EAI6+BADRewMAiGYBADK5CwB2/gAAKkMGAPUVAADfQQAA7p0IAIo5BgBzhgAAwIYAACbTAAA2bAIA7wwAACLTCQBNAAAATQAAAP/2BwCC9wEA30EAAO6dCACKOQYA8/0GAJ+YBQDsmAUAY/MHALDzBwD98wcASvQHAJf0BwDk9AcAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCIZgEAiGYBADK5CwC10AEABZoIAKuRBgAFewAA1CUCACEmAgBuJgIAuyYCAAgnAgBVJwIAoicCAO8nAgCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAgvcBAM/3AQAEpgkAM1oBAIBaAQCYGAIA5RgCADIZAgAjKQIAcCkCAL0pAgAKKgIAVyoCAKQqAgDxKgIAPisCAIsrAgDYKwIAJSwCAHIsAgC/LAIADC0CAFktAgCmLQIA8y0CAEAuAgCNLgIAdv4AAG7ZAQCkMAsAwIYAADEjAAAGqQkAgvcBAHb+AADcTAQApQUCAO6dCACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAf4MHAJ6gAADhFAUALhUFAHsVBQDIFQUAFRYFAGIWBQB2/gAAw/4AABH5CAD9WQcASbULAGMMBwCeoAAAbnMCAKUFAgBBvgQAUpgFAH+DBwBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAAAAAAAFewAAq5EGAKOBAABzhgAAc4YAAMCGAAAm0wAANmwCANpLBwAbgwEAwHMKAFdFBAAEpgkAUaYJAJ6mCQDrpgkAOKcJAHOGAADAhgAAJtMAADZsAgD1FQAA30EAAAV7AAClBQIAQb4EAFKYBQB/gwcAc4YAAMCGAAAm0wAANmwCAAV7AABiGgsA9RUAAEIWAACpJAEAidsBAGXdCABjDAcA1JEKAJgYAgDhxQEAcdYJAGptAgB2/gAAbtkBAFKYBQAzWgEA7kwCAAV7AAClBQIAQb4EAFKYBQB/gwcA4cUBAITlCADAhgAAJtMAADZsAgAuxgEAe8YBAMjGAQAVxwEAAAAAAOHFAQD3HgkARB8JAA0OCwBaDgsApw4LAPQOCwD3mQEApQUCAEG+BABu2QEAiGYBADK5CwDAcwoA0/0BACD+AQBt/gEAV0UEAG5zAgC7cwIACHQCAFV0AgCidAIA73QCADx1AgCJdQIA1nUCACN2AgBwdgIAvXYCAAp3AgBXdwIApHcCAPF3AgAAAAAAo4EAAPCBAACBOwoAzjsKABs8CgBoPAoAtTwKAAI9CgBXRQQAbnMCALtzAgAIdAIAVXQCAKJ0AgDvdAIAo4EAAO8MAADAcwoAOpEKAFKYBQDhxQEAdv4AANxMBABiGgsAR0oJAJRKCQDhSgkALksJANbbAQDR5QgAHuYIACWWBwC10AEAdv4AABV6AQAaKQMAnIQBAFBfAQCAWgEAtdABAOHFAQDbcwcAKHQHAN9BAACjgQAAgvcBADKeCQBzhgAASDwFAOugAADaLgIA1CUCAO7/AQCCXwQA4cUBAFWsCQBiGgsAijkGAOHFAQBHSgkAlEoJAOFKCQAuSwkAo4EAAO8MAACsGwAA9x4JAEQfCQDNWgEAGlsBAGdbAQC0WwEAAVwBAJJ1AQBSmAUAn5gFAOyYBQBj8wcAsPMHAP3zBwBK9AcAl/QHAIR7AwDRewMAHnwDAGt8AwC4fAMABX0DAIo5BgDhxQEAVawJAGIaCwCKOQYA4cUBAEdKCQCUSgkA4UoJAC5LCQCjgQAA7wwAAKwbAABx1gkAam0CALdtAgAEbgIAUW4CAJ5uAgCFpwkA0qcJAB+oCQBsqAkAuagJAGIaCwB2zAIAnqAAAJWHAgC5dAgA8RUJAD4WCQCLFgkA2BYJACUXCQByFwkAZtMKAMCGAAAm0wAANmwCAOHFAQBSmAUAJZYHAN9BAADhxQEAUpgFADEjAADhxQEAbtkBAFKYBQAllgcA8IEAAIE7CgDbcwcAz/cBALkjAgAGJAIA7p0IADueCACInggA30EAAOHFAQDAcwoAOpEKACH4CQBVrAkA2BQGAIo5BgDhxQEAm8IAADNaAQBMqAQALEIAAOHFAQBSmAUAgWkCAEXGBwCSxgcAMSMAAIhmAQDVZgEAcdYJAL7WCQAL1wkAWNcJAAI5BADeuQkAK7oJAIJhBwDhxQEAm8IAADNaAQBMqAQALEIAAOHFAQBSmAUAgWkCAEXGBwCSxgcAMSMAAIhmAQDVZgEAdv4AAEadAQCTnQEA4J0BAC2eAQB6ngEAx54BAASmCQDhxQEAm8IAADNaAQBMqAQALEIAAOHFAQBSmAUAgWkCAEXGBwCSxgcAMSMAAIhmAQDVZgEAMp4JAH+eCQCBaQIAM1oBAIo5BgBzhgAAm8IAADNaAQBMqAQALEIAAOHFAQBSmAUAgWkCAEXGBwCSxgcAMSMAAIhmAQDVZgEAM1oBAO5MAgDhxQEAFZkJAP/2BwAzWgEAgFoBAN9BAADunQgAaX0JAOHFAQAyngkAc4YAAMCGAADu/wEAOwACAIgAAgDVAAIAIgECAG8BAgC8AQIAfRYCAMoWAgCKOQYA4cUBAFWsCQClBQIAcPUAAL31AABucwIAr0wJAPxMCQAEQAoAUUAKAJ5ACgDrQAoAOEEKAIVBCgDSQQoAH0IKAGxCCgC5QgoABkMKAFNDCgCgQwoA7UMKADpECgCHRAoA1EQKACFFCgBuRQoAu0UKAAhGCgBVRgoAokYKAO9GCgA8RwoAiUcKANZHCgAjSAoAcEgKAL1ICgAKSQoAV0kKAKRJCgDxSQoAPkoKAItKCgDYSgoAM1oBAIBaAQCYGAIA5RgCADIZAgAVrgIAYq4CAK+uAgD8rgIASa8CAJavAgDjrwIAMLACAH2wAgDKsAIAF7ECAGSxAgCxsQIAMp4JANc5BgAqYAsAd2ALAG7ZAQAFewAA64cBAKwbAABx1gkAam0CAClqCQB2agkAw2oJABBrCQDhxQEA9x4JAAJWCQBPVgkAcdYJAI/qCgDc6goA1CUCAN9BAABBvgQAgFoBALXQAQDhxQEAo4EAAArdAQCjgQAA30EAAN9BAABBvgQAgFoBALXQAQDhxQEAMp4JAPP9BgCbwgAA9x4JAEQfCQCRHwkA23MHACh0BwB6OAIAlTwFAIFpAgBFxgcAksYHAASmCQDhxQEAdv4AAMP+AAAR+QgABXsAANgUBgD9WQcAgFoBALXQAQDhxQEA23MHACh0BwCCXwQAz18EABxgBAC8tgQA9x4JAAJWCQBPVgkAiGYBANVmAQDf9gIALPcCAHn3AgDG9wIAE/gCAGD4AgDAcwoAVJ8LAHlCAACh5gIA7uYCADvnAgCI5wIA64cBAKwbAAA7bAoA4cUBAPceCQBEHwkAkR8JAHb+AAAqQwYAd0MGAMP+AACC9wEA9x4JAAJWCQBPVgkA9x4JAEQfCQCRHwkA/yoJAEwrCQCZKwkAFZkJAPgnAQBFKAEAN8wJAITMCQDRzAkAHs0JAOHFAQBSmAUAMSMAAOHFAQBx1gkAj+oKANzqCgDUJQIA30EAAEG+BACAWgEAtdABAOHFAQCjgQAAzIMHABmEBwBmhAcAs4QHAACFBwBNhQcAmoUHAOeFBwDAcwoAOpEKACH4CQBx1gkArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAVawJAKUFAgBSmAUAf4MHAOHFAQBx1gkAPA0AAAsiBwBYIgcApSIHAPIiBwDhxQEATQAAAN9BAABBvgQAgFoBALXQAQDhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAVQ4DAEY7CACTOwgAUpgFAH+DBwDhxQEAo4EAAPCBAAB2zAIA2bkBAOHFAQAyngkA8/0GAHb+AADcTAQAM1oBAIBaAQDhxQEAcdYJADwNAAALIgcAWCIHAKUiBwDyIgcA4cUBACWWBwBylgcAv5YHAAyXBwBZlwcAppcHAPOXBwBAmAcAjZgHANqYBwAnmQcAdJkHAMGZBwAOmgcAW5oHAKiaBwD1mgcAQpsHAHHWCQCsGwAA+RsAAEYcAACTHAAA4BwAAJWHAgDvDAAA4cUBAMBzCgBUnwsAeUIAAMZCAAATQwAAYEMAAK1DAAD6QwAAR0QAAJREAADhRAAA8RUJAD4WCQD1FQAAdswCAIBaAQC10AEA4cUBAFKYBQB/gwcA4cUBALWiCQA/2AkA7wwAAIhmAQDVZgEAnqAAAG5zAgCvTAkA/EwJAAAAAACIZgEA7wwAAMk7AgAWPAIApQUCAO6dCAAbgwEAAAAAAAAAAAAAAAAAAAAAAAAAAAAOfQIAW30CABuDAQAAAAAADn0CAFt9AgB4ggIApEUEAJBECQDdRAkAKkUJAHdFCQDERQkAEUYJAF5GCQCrRgkA/SMDAEokAwCXJAMA5CQDADElAwB+JQMAyyUDABgmAwBlJgMAsiYDAP8mAwBMJwMAmScDAOYnAwAzKAMA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMA7w4DADwPAwCJDwMA1g8DACMQAwBwEAMAvRADAAoRAwBXEQMApBEDAPERAwDGYQgAE2IIAGBiCACtYggA+mIIAEdjCACUYwgA4WMIAC5kCAB7ZAgAyGQIABVlCABiZQgAr2UIAPxlCABJZggAlmYIALXQAQCVhwIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAG7ZAQAFewAA7wwAALoyAwAHMwMAMrkLALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQBKigIAWWEDAKZhAwDzYQMAQGIDAI1iAwDaYgMAJ2MDAHRjAwDBYwMADmQDAO8OAwA8DwMALsYBAHvGAQDIxgEAFccBAE+fAwCcnwMA6Z8DADagAwCDoAMA0KADAB2hAwBqoQMAt6EDAITlCACBIgsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAzjUBAJvCAAACiAcAM1oBAO5MAgAyuQsAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAC/RwQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAEo/BQCXPwUA5D8FADFABQB+QAUAy0AFAGptAgC3bQIAnqAAAE0AAAAXSwMAFu8BAFN3CwCgdwsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA7wwAABbvAQBXfQsAbnMCALtzAgAIdAIAVXQCAKJ0AgCeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMA9RUAAEIWAACbwgAAc4YAAMCGAAAm0wAANmwCAKR9CwAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAIo5BgDz/QYAc4YAAO8MAAD1FQAAQhYAAKkkAQDunQgAszMBAOzOCQAaKQMAyTsCAO6dCABpfQkAJtMAADZsAgDhxQEAV0UEAG5zAgCvTAkA/EwJAElNCQAuxgEAe8YBAMjGAQAVxwEAdv4AAE0AAAD/9gcAgvcBAN9BAADunQgAaX0JACbTAAA2bAIAiGYBAFSAAwChgAMATQAAAD84AAAW7wEAY48LADNaAQBu2QEAvy4FAM/3AQDUJQIABKYJAOHFAQBHSgkAlEoJAOFKCQAuSwkAiGYBANVmAQDf9gIALPcCAHOGAACKOQYAlYcCAIhmAQDVZgEA3/YCACz3AgB59wIAxvcCABP4AgBg+AIAwHMKAFSfCwB5QgAAcPUAAE0AAAD/9gcA7wwAAMk7AgC10AEAgvcBAO7/AQDvDAAAujIDAAczAwBw9QAA4cUBAFWsCQBSewAAgmEHAM9hBwAcYgcAaWIHANtzBwAodAcAejgCAJU8BQCC9wEAijkGAOHFAQBVrAkA2BQGACUVBgByFQYAvxUGAO6dCABpfQkAFu8BAOHFAQB2/gAAFXoBABopAwCchAEAUF8BAIBaAQC10AEA4cUBAFWsCQDVAgUAtdABAFpZCAB2/gAA4cUBAPceCQBMqAQAmagEADKeCQBzhgAATQAAAEvoBgCYHgsA5R4LAO8MAADhxQEAUpgFAH+DBwAAAAAAAAAAAJWHAgC4lQIA63IIADhzCACFcwgA0nMIAITlCADAhgAAJtMAADZsAgDAcwoAOpEKACH4CQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAB+3AgAy9wIABjdCAANdAoAaX0JALZ9CQADfgkAUH4JAJ1+CQDqfgkAN38JAIR/CQDRfwkAMp4JAH7eCwBzhgAAwHMKADqRCgAh+AkAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAVQ4DAKIOAwDvDgMAQb4EAI6+BADbvgQAKL8EAHW/BACBvAsATKgEAO6dCABXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAEOYBAF3mAQBBvgQAjr4EANu+BAAovwQAdb8EAMK/BACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQAv0cEAAxIBABZSAQApkgEAPNIBABx1gkArBsAAPkbAABGHAAAkxwAAOAcAACVhwIASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwDvDgMAQb4EAI6+BADbvgQAijkGAOHFAQBSmAUAJZYHABqPAgBnjwIAMGcIACFeCQDaSwcAJZYHAN9BAADunQgAwHMKADqRCgAh+AkAtaIJAD/YCQDvDAAAc4YAAN9BAACbwgAAUpgFAIL3AQB9FgIA4cUBAPceCQACVgkAT1YJAKOBAADwgQAAgvcBAO7/AQAFewAAUnsAAAKIBwAFewAAbtkBAIhmAQAAAAAA4cUBAH0WAgBldwkAgFoBAJgYAgCVhwIASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDAI/kAQDc5AEAV0UEAG5zAgAdwAsAasALALfACwBfVQoAQ6YCADwNAAB2/gAAKkMGAHD1AADfQQAA4cUBAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAB+3AgAy9wIABjdCAAEpgkA7wwAALoyAwAHMwMAAAAAAJWHAgAh3QcAwIYAACbTAAA2bAIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBADAhgAAJtMAADZsAgACiAcABKYJAAAAAAAAAAAAAAAAAA59AgBbfQIAG4MBAAAAAAAAAAAAAAAAAAAAAAAOfQIAW30CAHiCAgCkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMASj8FAJc/BQDkPwUAMUAFAH5ABQDLQAUAdv4AAHPVAwDA1QMADdYDAFrWAwCKOQYAbtkBAOHFAQB2/gAAw/4AABH5CABe+QgAq/kIAHb+AABz1QMAwNUDAA3WAwBa1gMAnqAAAOugAAA4oQAAhaEAANKhAAB2/gAARp0BAPCBAAB2zAIAnqAAAG5zAgClBQIAQb4EAFKYBQB/gwcA7wwAAKwbAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEASooCAFlhAwDF7goA6ewDADbtAwCD7QMA0O0DAB3uAwBq7gMAt+4DAATvAwBR7wMAnu8DAOvvAwDhxQEAiGYBAFSAAwCAWgEAfRYCAOHFAQAuxgEAe8YBAMjGAQCjhwkA8IcJAFWsCQDYFAYAijkGAIL3AQDu/wEA7wwAAJyEAQChawoALt8AAIAPBAA/2AkA7wwAAMk7AgBHfAcAlHwHAOF8BwAufQcAe30HAMh9BwAVfgcAYn4HAK9+BwD8fgcAVawJAGIaCwAEpgkA4cUBAFKYBQAxIwAA4cUBAMBzCgBUnwsAeUIAAMZCAABNAAAAS+gGAEg8BQAzWgEAkwkKAGMMBwBzhgAAijkGAOHFAQB2/gAAc9UDAMDVAwAN1gMAWtYDABwuBgC1ogkAP9gJAO8MAADJOwIAdv4AAHPVAwDA1QMADdYDAFrWAwAcLgYAaS4GALYuBgADLwYAUC8GAJ0vBgDqLwYANzAGAGNyBgA/2AkA7wwAAMk7AgDhxQEAAogHAASmCQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcAwBNnAMABWYHAFJmBwCfZgcA7GYHADlnBwCGZwcA02cHACBoBwBtaAcAumgHAAdpBwBUaQcAoWkHAO5pBwA7agcAiGoHANVqBwDvDgMAQb4EAI6+BADbvgQAijkGAOHFAQBSmAUAJZYHAFKYBQCfmAUA7JgFAGPzBwCw8wcA/fMHAEr0BwCX9AcA5PQHAOHFAQDAcwoAQb4EAI6+BADbvgQAijkGAOHFAQBSmAUAJZYHAFSAAwAQ5gEA7wwAALoyAwAHMwMAEOYBAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwDvDgMAQb4EAI6+BADbvgQAijkGAOHFAQBSmAUAJZYHAFKYBQCfmAUA7JgFAGPzBwCw8wcA/fMHAEr0BwCX9AcA5PQHAOHFAQDAcwoAQb4EAI6+BADbvgQAijkGAOHFAQBSmAUAJZYHAO8OAwBBvgQAjr4EANu+BACKOQYA4cUBAFKYBQAllgcAUpgFAJ+YBQDsmAUAY/MHALDzBwD98wcASvQHAJf0BwDk9AcA4cUBAMBzCgBBvgQAjr4EANu+BACKOQYA4cUBAFKYBQAllgcAgvcBAIG8CwDuTAIA1WYBACJnAQAEpgkAEOYBAJ6gAAAQmQEAFWECAIcMAwDUDAMAIQ0DAG4NAwCCeAMASc4KAIigCwCjgQAA8IEAAOnqAAA26wAAg+sAANDrAAAd7AAAauwAALfsAAAO/gMAW/4DAKj+AwD1/gMAQv8DAI//AwDc/wMAKQAEAHYABADDAAQAgFoBALXQAQDhxQEAwHMKADqRCgCeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DANZDBAAjRAQAcEQEAL1EBAAKRQQAo4EAAPCBAAB2zAIA2bkBAOHFAQBx1gkAPA0AAAsiBwBYIgcApSIHAPIiBwCVhwIABXsAANm5AQCC9wEA7v8BAN9BAAACOQQATzkEAHOGAADvDAAATQAAAEvoBgCY6AYAJtMAAO7/AQAAAAAAo4EAAHOGAADvDAAAyTsCAO6dCABpfQkAJtMAADZsAgC5dAgABnUIAFN1CABSewAAAogHAJl4CQCKOQYA4cUBAMBzCgBUnwsAeUIAAHb+AADcTAQAKU0EAOHFAQDbcwcAKHQHAN9BAAACOQQATzkEAHOGAADvDAAA4cUBABWZCQAzrQoAmOgGAOHFAQDbcwcAKHQHAAAAAACjgQAAc4YAAO8MAADJOwIA4cUBAIhmAQBUgAMAhHsDABV6AQCKOQYA/VkHABopAwCVhwIAnqAAAG5zAgC7cwIACHQCAFV0AgCidAIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DACBRCwBpfQkAJtMAADZsAgA3LAAA66AAADihAACFoQAA0qEAAB+iAACVhwIAnqAAAG5zAgC7cwIACHQCAFV0AgCidAIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DACBRCwBpfQkAJtMAADZsAgBzhgAAijkGAP1ZBwAaKQMANywAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBABiyQQAr8kEAPzJBABJygQAlsoEAOPKBAAwywQAg9QEANDUBACQRAkA3UQJACpFCQB3RQkAxEUJABFGCQBeRgkAq0YJALXQAQBaWQgAp1kIAOHFAQBVrAkA1QIFANtzBwAodAcA7wwAADwNAAAllgcAgvcBAJ6gAACFVgMA0lYDAB9XAwBsVwMAuVcDAAZYAwBTWAMAoFgDAO1YAwA6WQMAh1kDANRZAwAhWgMAcpIBAL+SAQAMkwEAWZMBAKaTAQDqsAcAN7EHAISxBwDRsQcAHrIHAGuyBwC4sgcABbMHAFKzBwCfswcA7LMHADm0BwCGtAcA07QHACC1BwBttQcAurUHAAe2BwBUtgcAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAGLJBACvyQQA/MkEAEnKBACWygQA48oEADDLBADihwIAL4gCAOnqAAA26wAAg+sAANDrAAAd7AAAauwAALfsAAAO/gMAW/4DAKj+AwD1/gMAQv8DAI//AwCsGwAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMAFZkJAIl5CADWeQgAI3oIAHB6CAC9eggACnsIAFd7CACkewgA8XsIAD58CACLfAgA2HwIACV9CAByfQgAv30IAAx+CABZfggApn4IAPN+CABAfwgAjX8IANp/CAAajwIAZ48CADBnCAAhXgkA2ksHACWWBwDfQQAA7p0IAMBzCgA6kQoAIfgJALWiCQA/2AkA7wwAALl0CAAGdQgAgl8EAM9fBAAcYAQAvLYEAHHWCQCsGwAA+RsAAEYcAACTHAAA4BwAAC0dAACbwgAAc4YAAPUVAADfQQAA4cUBAFWsCQCbwgAA9eMBAN9BAADhxQEAm8IAAPXjAQDrhwEA4cUBAEdKCQCUSgkA4UoJAC5LCQAVmQkA//YHAO8MAACchAEAUF8BAG7ZAQCIZgEAMrkLAMBzCgA6kQoAIfgJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAB+3AgAy9wIABjdCADAcwoAVJ8LAHlCAADbcwcAKHQHAIJfBADPXwQAHGAEALy2BABx1gkArBsAAPkbAABGHAAAkxwAAOAcAAAu3wAAV68JAGcpAwBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAbwUIAEQfCQCRHwkAbtkBAL8uBQAMLwUAWS8FAKYvBQD1FQAA4cUBAHHWCQCP6goA3OoKAKUFAgAzWgEAhHsDACpDBgBSmAUAJZYHAN9BAADunQgAaX0JACbTAAA2bAIACBQMAEG+BACOvgQA274EACi/BAB1vwQAwr8EAPMxCABXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAL9HBAAMSAQAWUgEAKZIBADzSAQAcdYJAKwbAAD5GwAARhwAAJMcAABzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBABqPAgBnjwIAMGcIAH1nCADKZwgAF2gIAGRoCACxaAgALsYBAGMMBwCwDAcA/QwHAFKYBQCC9wEA4cUBADKeCQB/ngkAgvcBAO7/AQB6OAIA30EAAGf1AQCC9wEABKYJAOHFAQAbgwEAo4EAAPCBAAB2zAIA2bkBAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMAslwHAKl1BwCreAcA+HgHAEV5BwCSeQcA7w4DAEG+BACOvgQA274EAIo5BgDhxQEAUpgFACWWBwBSmAUAn5gFAOyYBQBj8wcAsPMHAP3zBwBK9AcAl/QHAOT0BwDhxQEAwHMKAEG+BACOvgQA274EAIo5BgDhxQEAUpgFACWWBwDfQQAAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAD8AEAFzABACpwAQA9sAEAC5NDAB7TQwApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMA7w4DAEG+BACOvgQA274EACi/BAB1vwQAdGcJAKwbAAAxjQUAMrkLAEg8BQDfQQAAQb4EAFKYBQB/gwcA30EAAEG+BACOvgQA274EACi/BAB1vwQAwr8EAA/ABABcwAQAqcAEAPbABABzhgAAwIYAACbTAAA2bAIAT9EBAEG+BACOvgQA274EACi/BAB1vwQAwr8EAA/ABACa7QkA5+0JADTuCQCB7gkAzu4JABvvCQBo7wkAPA0AAAsiBwBYIgcApSIHAPIiBwBn9QEAn5gFAOyYBQA5mQUAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCVhwIAId0HAMCGAAAm0wAANmwCAPUVAABCFgAAQrQGAI+0BgDctAYAKbUGAHa1BgDDtQYAz/cBAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQDhxQEAwHMKAEG+BACOvgQA274EACi/BAB1vwQAwr8EAPMxCADC3AkAnqAAAJ6gAADhFAUALhUFAHsVBQDIFQUAgl8EAOHFAQBVrAkAMSMAAN9BAADunQgAaX0JAHHWCQCsGwAAMY0FADK5CwBIPAUA30EAAEG+BABSmAUAf4MHAOHFAQCE5QgAwIYAACbTAAA2bAIAQ6YCAOVpCAAyaggAf2oIAMxqCAAZawgAZmsIAMAJBQANCgUAWgoFAKcKBQD0CgUAQQsFAI4LBQDbCwUAKAwFAHUMBQDQIQUAHSIFAGoiBQC3IgUABCMFAFEjBQCjgQAAgvcBAIL3AQDu/wEA9RUAAN9BAADhxQEAwHMKADqRCgCfmAUA//YHAIhmAQDVZgEAImcBAASmCQCVhwIAAAAAAOHFAQDAcwoA0/0BACD+AQBt/gEAX1UKAHHWCQC+1gkAM1oBAEyoBAAFewAAbtkBAIhmAQAyuQsAcdYJAKwbAAD5GwAARhwAAJMcAADgHAAArOsEAOHFAQAuxgEABqkJAFOpCQCgqQkAwHMKAEG+BACOvgQA274EACi/BAB1vwQAwr8EAJWHAgAajwIAZ48CADBnCABVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBADK5CwBx1gkArBsAAPkbAABGHAAAkxwAAOAcAAB2/gAAAAAAAE0AAACeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAIL3AQDaSwcAA7IKAMoWAgDAhgAA8RUJAD4WCQCC9wEA7v8BAAV7AABSewAAAogHAAV7AABu2QEAiGYBADK5CwBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAPCBAAD1FQAABKYJAJWHAgDfQQAAnqAAAE0AAACeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAMSMAADqLAQCHiwEA1IsBAJ6gAAAQmQEAFWECAIcMAwCC9wEA7v8BADsAAgDhsgsA7wwAAKwbAAA0hgcAgYYHAM6GBwAbhwcAaIcHALWHBwBiyQQAr8kEAPzJBABJygQAlsoEAOPKBAAwywQAQ6YCADwNAAALIgcAWCIHAKUiBwDyIgcA4cUBAITlCADAhgAAJtMAADZsAgAuTQwAe00MAMhNDAAVTgwAYk4MAK9ODAD8TgwASU8MAJZPDADjTwwAMFAMAH1QDACXJAMA5CQDADElAwB+JQMAyyUDABgmAwBlJgMAsiYDALWiCQA/2AkA7wwAAG7ZAQC/LgUADC8FAFkvBQCmLwUA8y8FAHRnCQD5aAAAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAAV7AAAxIwAAfRYCAPBRBQBykgEA7wwAADcsAAAQmQEAFWECAIcMAwDUDAMAIQ0DAG4NAwC7DQMACA4DAFUOAwAVyQQAwIYAACbTAAA2bAIA9RUAAI68AQCrWwIA+FsCAEVcAgCSXAIA2ksHADEjAACC9wEA7v8BAN9BAAACOQQATzkEAHOGAADvDAAArBsAALMzAQAANAEATTQBAFzdCQCp3QkA9t0JAOHFAQB2/gAA3EwEAASmCQDhxQEAR0oJAJRKCQDhSgkALksJAG7ZAQCkMAsAVawJAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQBXRQQApEUEAJBECQDdRAkAKkUJAHdFCQDERQkAEUYJAF5GCQCrRgkA+EYJAEVHCQCE5QgA7wwAAMk7AgAWPAIAbtkBAIhmAQBUgAMAGikDAArdAQCZeAkAwHMKADqRCgAh+AkA9x4JAE0AAABSewAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAOKHAgAviAIA6eoAADbrAACD6wAA0OsAAB3sAABq7AAAt+wAAG7ZAQBSmAUAUpgFAN9BAADvDAAAyTsCAAI5BADeuQkALT4LAOHFAQAuxgEAgvcBANpLBwB2/gAA4cUBABuDAQAu3wAAlYcCAEqKAgDroAAAOKEAAIWhAADSoQAAH6IAAGyiAAC1ogkAAqMJAE+jCQCcowkA23MHAPEVCQA+FgkA4cUBAFKYBQAllgcA30EAAOHFAQBSmAUAMSMAAOHFAQBVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBADK5CwBu2QEAvy4FAAwvBQBZLwUApi8FAPMvBQB0ZwkA4cUBAMBzCgA6kQoAIfgJAMBzCgAFewAAq5EGAH0WAgDhxQEAwHMKAGIaCwAEpgkA4cUBAFKYBQAxIwAA4cUBAMBzCgBUnwsAeUIAAMZCAAATQwAAc4YAAIo5BgDhxQEAbtkBAL8uBQAMLwUAWS8FAKYvBQDzLwUAiGYBAAV7AADrhwEAyTsCAEG+BACeoAAA7wwAAKwbAAAFewAA1CUCAJ6gAAACiAcAFu8BAFN3CwCgdwsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA7wwAABbvAQBXfQsApH0LABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAAAAAABNAAAAS+gGAJgeCwDvDAAArBsAAAV7AADUJQIAnqAAAAKIBwBNAAAAeOgBABbvAQBTdwsAoHcLAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAO8MAAAW7wEAV30LAKR9CwAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBADAhgAAJtMAADZsAgCVhwIA30EAAAI5BADeuQkAuSMCAO8MAABNAAAA//YHAIL3AQDfQQAAlYcCAN9BAAACOQQA3rkJALkjAgDvDAAATQAAAP/2BwCC9wEA30EAAJWHAgAh3QcAwIYAACbTAAA2bAIAiGYBAFSAAwCBaQIAM1oBAIBaAQC10AEAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAEY7CACsGwAA+RsAACbTAAA2bAIAEOYBAF3mAQACOQQA3rkJALkjAgDvDAAATQAAAP/2BwCC9wEA30EAABbvAQBXfQsApH0LABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAC5NDAB7TQwApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAhOUIAMCGAAAm0wAANmwCAB1tAgBucwIAHcALAGrACwC3wAsABMELAFHBCwCewQsA68ELADjCCwBA4wQAjeMEANrjBAAn5AQAdOQEAMHkBAAO5QQAlYcCAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMA7w4DAEG+BACOvgQA274EACi/BAB1vwQAwr8EAPMxCABXRQQAbnMCAB3ACwBqwAsAt8ALAATBCwBRwQsAnsELAOvBCwA4wgsASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDAN9BAABBvgQAjr4EANu+BAAovwQAdb8EAMK/BAAPwAQAXMAEAKnABAD2wAQAGo8CAHOGAACbwgAAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBADAhgAAJtMAADZsAgB/gwcAQhYAAPSmCABBpwgABXsAAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQAyuQsAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDvDAAA+WgAAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQAyuQsAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQAajwIAZ48CADBnCABVrAkAq5EGAFSAAwCBaQIARcYHAEdKCQCUSgkA9KYIAEGnCADvDAAA4cUBAC7GAQAGqQkAU6kJAKCpCQDtqQkA9x4JAEQfCQCRHwkABKYJAFKYBQAllgcAgvcBAOHFAQBXRQQA66AAAKOBAADvDAAAyTsCAO6dCADhxQEAR0oJAJRKCQD0pggAQacIAFWsCQCBaQIAzmkCADNaAQDuTAIABXsAAG7ZAQCIZgEAUpgFAJ6gAACeoAAA4RQFAC4VBQB7FQUAyBUFAIJfBADhxQEAm8IAAAKIBwAzWgEA7kwCADK5CwCE5QgA7wwAAMk7AgAWPAIAbtkBAIhmAQBUgAMAGikDAArdAQAzWgEAgFoBALXQAQDhxQEAVawJANUCBQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAO8OAwA8DwMAiQ8DANYPAwC6MgMABzMDABwuBgBpLgYAti4GAAMvBgBQLwYAnS8GAMBzCgCeoAAATQAAAAAAAAAzWgEATQAAAOHFAQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAO8OAwA8DwMAiQ8DAMBzCgBUnwsAeUIAALWiCQA/2AkA7wwAAMk7AgDAcwoAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQA8zEIAEAyCACNMggAYscBADNaAQCC9wEA7v8BAFKYBQCfmAUA7JgFADmZBQDhxQEAwHMKAJ6gAABNAAAA4cUBAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMAm8IAADNaAQBMqAQALEIAAOHFAQC1ogkAP9gJAO8MAADJOwIA4cUBAIo5BgDXOQYALT4LAN9BAABBvgQAgWkCAEXGBwBx1gkArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAgQMDAM4DAwAbBAMAo4EAAPCBAADp6gAAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBADK5CwBSmAUAgvcBAOHFAQAyngkA8/0GAHOGAADvDAAA4cUBAEdKCQCUSgkA4UoJAC5LCQDW2wEAgSILAOzOCQAaKQMAijkGAO8MAADhxQEAcdYJAKwbAAD5GwAARhwAAJMcAADgHAAALR0AAIEDAwDOAwMAGwQDAKOBAADwgQAA6eoAAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQAyuQsAUpgFAIL3AQDhxQEAMp4JAPP9BgBzhgAA7wwAAOHFAQBHSgkAlEoJAOFKCQAuSwkA1tsBAIEiCwDszgkAGikDAOHFAQBx1gkArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAgQMDAM4DAwAbBAMAo4EAAPCBAADp6gAAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBADK5CwBSmAUAgvcBAOHFAQAyngkA8/0GAHOGAADvDAAA4cUBAEdKCQCUSgkA4UoJAC5LCQDW2wEAgSILAOzOCQAaKQMAAAAAAAV7AACrkQYA+JEGAFSAAwCVhwIAgvcBAIG8CwCAWgEAtdABAFpZCADAhgAAJtMAADZsAgAajwIAZ48CADBnCAB9ZwgArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAVawJAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQBzhgAAdv4AAJ6gAABucwIAUnsAAAKIBwCZeAkA7wwAAKwbAAD5GwAARhwAAJMcAADgHAAA7v8BAMCGAAAm0wAANmwCAHKSAQDvDAAAlYcCAEOmAgDlaQgAMmoIAH9qCADMaggAGWsIAGZrCABfVQoASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDAH7cCADL3AgAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQA8zEIAMBzCgA6kQoAijkGAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA/4wCAFSfCwB5QgAAvgoLAAsLCwD3HgkAAlYJAE9WCQBHSgkAlEoJAI8WAABVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBADK5CwBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAFWsCQClBQIAtmQKAFSfCwAzWgEAGikDAGcpAwB2/gAAw/4AAHb+AAAqQwYA9RUAAIhmAQBUgAMAoYADAOfpAwCeoAAAFu8BAFd9CwCkfQsAFWECAIcMAwDUDAMAIQ0DAG4NAwC7DQMACA4DAFUOAwAVyQQAwIYAACbTAAA2bAIAY48LAKwbAAD5GwAARhwAAJMcAADgHAAAijkGAHOGAAAFewAA2BQGAJWHAgDz/QYAm8IAAPUVAACVhwIAAogHAD/YCQDvDAAAyTsCAIhmAQDVZgEA/LIIAEmzCACWswgA47MIAEvoBgCY6AYAJtMAADZsAgB2/gAA3EwEANQlAgB9FgIAyhYCAIo5BgDhxQEAMp4JAHOGAAAFewAAtaIJAAKjCQBPowkAnKMJAOmjCQA2pAkAg6QJANCkCQD3UgoAYhoLAIo5BgDhxQEA9x4JAAJWCQBPVgkAOqoJAH+eCQAaKQMA+WgAAG7ZAQCIZgEAMrkLAIo5BgDhxQEAo4EAAPCBAADfQQAAQb4EAO5MAgDhxQEAwHMKAEG+BACOvgQA274EAIo5BgDhxQEA23MHACh0BwDfQQAAAjkEAAKIBwA/2AkA7wwAAMk7AgAWPAIAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAJ6gAAAAAAAAiGYBAJWHAgAajwIAZ48CADBnCAC1ogkAP9gJAO8MAADJOwIA7wwAAOHFAQBVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBADK5CwD3HgkARB8JAJEfCQD/KgkATCsJAJkrCQAVmQkA//YHAEz3BwDihwIAL4gCAOnqAAA26wAAg+sAANDrAAAd7AAAauwAALfsAAAO/gMAgvcBAO7/AQAFewAApQUCAO6dCABx1gkArBsAAO8MAACchAEAUF8BAFKYBQCIZgEAiGYBAOHFAQC1ogkAP9gJAO8MAADJOwIALt8AAFevCQAAnAMAwHMKAAI5BABPOQQAc4YAAIo5BgDhxQEALsYBAAapCQCC9wEA4cUBAAAAAACjgQAAc4YAAMCGAAAEpgkA4cUBAC7GAQB7xgEAyMYBABXHAQD1FQAAQhYAAPSmCABBpwgA7wwAADEjAAA6iwEAh4sBANSLAQBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAEqKAgBZYQMAkEQJAN1ECQAqRQkAd0UJAMRFCQARRgkAXkYJAKtGCQDbcwcAKHQHAAV7AABSewAAAogHAOHFAQBVrAkAYhoLAASmCQDhxQEAV0UEAKRFBADxRQQAiFMLANVTCwBSewAAgmEHAOHFAQAVmQkA//YHADNaAQCAWgEApQUCAO8MAACVhwIAGo8CAGePAgAwZwgAfWcIAKwbAAD5GwAARhwAAJMcAADgHAAArOsEAOHFAQBVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBADK5CwAuxgEABqkJAIL3AQDhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMA7wwAAKwbAAD5GwAARhwAAJMcAADgHAAArOsEAPnrBAD5GwAAJtMAADZsAgCsGwAA+RsAACbTAAA2bAIALk0MAHtNDACmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDABDmAQCC9wEA7v8BADsAAgDhsgsA7wwAAKwbAABu+AkAigMCAG6pBgC7qQYA4cUBAHHWCQCsGwAA+RsAAEYcAACTHAAAnqAAAH0WAgACiAcAP9gJACWWBwDvDAAArBsAABDmAQCKOQYAgvcBAIG8CwCBaQIARcYHAJLGBwAW7wEAU3cLAMCGAAAm0wAANmwCAFaHCQAW7wEA9RUAAHOGAADfQQAAm8IAAFKYBQCC9wEAfRYCAMoWAgDAhgAAJtMAADZsAgAuTQwAe00MAKAqCwDtKgsAOisLAAAAAAAAAAAAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCVhwIASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwDAcwoAVJ8LAHlCAACE5QgA0eUIAIo5BgBNAAAA//YHADNaAQCAWgEA30EAAOHFAQCjgQAAgvcBAIhmAQCVhwIAbAgAAAKIBwBPiAcAnIgHAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAB+3AgAy9wIABjdCADAcwoAVJ8LAHlCAACh5gIA8/0GAED+BgCN/gYA2v4GACf/BgC1OgcAMp4JANc5BgBzhgAAdv4AAMP+AACh5gIA8/0GAED+BgCN/gYA2v4GACf/BgC1OgcAMp4JANc5BgBzhgAAdv4AAMP+AAAQ/wAA4cUBANtzBwDxFQkAPhYJAPUVAAB2zAIAgFoBALXQAQBzhgAAwIYAAHb+AAAVegEAGikDAJyEAQBQXwEAUpgFAH+DBwDhxQEAMp4JAHOGAAD1FQAAdswCAHOGAACKOQYA4cUBAJvCAAACiAcAM1oBAO5MAgAyuQsAwHMKAAI5BAAEpgkAM1oBAIBaAQC10AEA4cUBAMBzCgA6kQoAIfgJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAB+3AgAy9wIABjdCADAcwoAVJ8LAHlCAACh5gIA8/0GAED+BgCN/gYA2v4GACf/BgC1OgcAMp4JANc5BgBzhgAAdv4AAMP+AAAyngkAft4LAMveCwAY3wsAZd8LALLfCwD/3wsAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAAfPBgBSmAUAnqAAAH0WAgDKFgIAwIYAAO7/AQCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAbloDAB2lCQBqpQkAt6UJAGURCgACiAcAM1oBAO5MAgAyuQsALsYBAH4jAADfQQAAnqAAAAKIBwAzWgEAgFoBALXQAQDhxQEAcdYJAKwbAAD5GwAARhwAAJMcAADgHAAALR0AAFWsCQAtPgsAM1oBAOHFAQCBaQIARcYHAJLGBwB0ZwkAUF8BAFKYBQAzWgEA7kwCADK5CwD1FQAAQhYAAKkkAQAxIwAABqkJAFOpCQCgqQkA7akJAM47CgDAhgAAJtMAADZsAgAbgwEAkZ4HAN6eBwArnwcAeJ8HAMWfBwASoAcAAAAAAA59AgBbfQIAR0oJAJRKCQCPFgAAzBsFABkcBQB5rggAxq4IABOvCAAuxgEAYwwHALAMBwD9DAcAUpgFAIL3AQDhxQEAMp4JAH+eCQCC9wEA7v8BAHo4AgDfQQAAZ/UBAIL3AQCE5QgA0eUIAB7mCABr5ggAuOYIAAAAAACBaQIAzmkCANQlAgAAAAAAgvcBAPEVCQA+FgkAAAAAAIo5BgDz/QYAQP4GAI3+BgDa/gYAJ/8GANsmBwAoJwcAdScHAMInBwCeoAAAfRYCAMoWAgDfQQAA9RUAAEIWAACpJAEAMSMAAAapCQBTqQkAoKkJAO2pCQDOOwoAwIYAACbTAAA2bAIAFu8BAGOPCwA8DQAACyIHAHtLCQBjDAcA1JEKAJgYAgDhxQEAVawJANUCBQCBaQIAzmkCABtqAgBUgAMAijkGAOHFAQAyngkA8/0GAED+BgCN/gYA2v4GACf/BgC1OgcAhOUIANHlCACBaQIAM1oBAIL3AQDaSwcAf4MHAHb+AAAqQwYA9RUAAJvCAABSmAUAgvcBAH0WAgBldwkAgFoBALXQAQDhxQEAV0UEAKRFBADxRQQAiFMLANVTCwAiVAsAb1QLALxUCwAJVQsA4cUBANtzBwDxFQkAPhYJAIsWCQDYFgkAJRcJAHIXCQBx1gkAj+oKAAI5BADeuQkApQUCAO6dCAC10AEA4cUBAPceCQACVgkAT1YJAITlCAAzWgEATKgEACxCAAB5QgAAvgoLAOHFAQBHSgkAlEoJAOFKCQAuSwkA23MHAPEVCQA+FgkA9RUAAHbMAgCAWgEAtdABAOHFAQBSmAUAgvcBAOHFAQB2/gAAFXoBABopAwA3LAAAEJkBABVhAgAxIwAAYwwHALXQAQCjgQAAgvcBAO7/AQCC9wEA7v8BAAV7AAClBQIA7p0IADKeCQDz/QYAQP4GAI3+BgDa/gYAJ/8GALU6BwAVmQkA+CcBAEUoAQCBaQIAM1oBAIo5BgBzhgAAUpgFAFKYBQDfQQAAiGYBADK5CwDvDAAAnIQBAOHFAQAyngkA8/0GAED+BgCN/gYA2v4GACf/BgC1OgcAR0oJAJRKCQDhSgkALksJAHtLCQDISwkAFUwJAGJMCQAyngkA8/0GAED+BgCN/gYA2v4GACf/BgC1OgcAhOUIANHlCACKOQYATQAAAP/2BwAzWgEAgFoBAEg8BQCVPAUA4jwFAC89BQB8PQUAyT0FABY+BQBjPgUAsD4FAP0+BQAzWgEABXsAAKuRBgDhxQEAwHMKAJ6gAABNAAAAlYcCAIMlCwDhxQEASc4KAIigCwBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQALt8AAAAAAAAAnAMA+BQLAAapCQCC9wEA30EAAEG+BACBaQIARcYHADGNBQAEpgkA4cUBANtzBwAodAcAdXQHAMJ0BwAPdQcAXHUHAOHFAQD3HgkASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwBuWgMASDwFAJU8BQDiPAUALz0FAHw9BQDJPQUAFj4FAGM+BQCwPgUA/T4FABqPAgBnjwIA+9UFAEnOCgBzhgAAszMBAOzOCQAaKQMAyTsCAEG+BACAWgEAtdABAOHFAQAyngkA8/0GAHb+AADcTAQAM1oBAIL3AQDu/wEAOwACAOGyCwDvDAAArBsAABuDAQDfQQAAnqAAAE0AAACVhwIAAAAAAIhmAQDvDAAAlYcCAAAAAACjgQAA8IEAAHbMAgDZuQEAlYcCAAAAAABu2QEAiGYBADK5CwDAcwoAOpEKACH4CQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAftwIAMvcCAAY3QgAwHMKAJ6gAABNAAAAlYcCAAAAAACIZgEA7wwAAJWHAgAAAAAAcdYJAJyEAQDphAEAlYcCAAAAAAD1FQAA9RUAAHOGAABIPAUA30EAAEG+BABSmAUAf4MHAOHFAQDbcwcAKHQHAHV0BwDCdAcAD3UHAFx1BwAAAAAA30EAAN9BAABNAAAAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAFkaDAD/9gcATPcHAJn3BwAu3wAAgA8EAD/YCQDvDAAAyTsCAKFrCgDbcwcAKHQHAAV7AABSewAAAogHAOHFAQAyngkA1zkGACpgCwB3YAsAbtkBAAV7AADrhwEArBsAAHHWCQCsGwAA+RsAAEYcAACTHAAA4BwAAC0dAABVrAkApQUCAKOBAACIZgEAijkGAOHFAQBHSgkAlEoJAOFKCQAuSwkAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAH7cCADL3AgAGN0IAIL3AQDu/wEAOwACAOGyCwDvDAAArBsAAHOGAADAhgAAJtMAADZsAgBzhgAAwIYAACbTAADr2AcAONkHAI8WAAAAAAAAAAAAAAAAAAAOfQIAW30CAHiCAgCkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMASj8FAJc/BQDkPwUAMUAFAH5ABQDLQAUAAAAAAAAAAAAOfQIAW30CAHiCAgCkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMASj8FAJc/BQDkPwUAMUAFAH5ABQDLQAUAm8IAADNaAQCAWgEAc4YAAMCGAAAm0wAANmwCAAAAAAAAAAAAAAAAAAAAAAAAAAAA9RUAAHOGAADfQQAAFu8BAFd9CwCkfQsAFWECAIcMAwDUDAMAIQ0DAG4NAwAgUQsAbVELALpRCwAHUgsAVFILAKFSCwDuUgsAO1MLAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMALt8AAFKYBQDvDAAA4cUBAITlCADAhgAAJtMAADZsAgAAAAAAAAAAAAAAAADunQgAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAM41AQAbNgEAAAAAAAAAAAAAAAAAszMBAOzOCQBSmAUAf4MHAOHFAQDbcwcAKHQHAHV0BwDCdAcAD3UHAAAAAABzhgAAwIYAAG7ZAQAzWgEAgFoBAJgYAgB+3gsA8IEAALXQAQDvDAAA+WgAAHi0AAAxIwAAbtkBAAV7AAB4tAAA4cUBAFWsCQBu2QEAtdABAFpZCAAxjQUAMrkLAAKIBwD1FQAAc4YAALMzAQDszgkAAAAAAPUVAADhxQEA23MHACh0BwACiAcAo4EAAO8MAAD5aAAA2BQGAO8MAACchAEAUF8BAFKYBQB/gwcAc4YAANtzBwCBvAsAkwkKAGMMBwCjgQAA30EAAAV7AAClBQIAAAAAAFKYBQDhxQEA23MHACh0BwB6OAIAxzgCAO8MAAD5aAAA2BQGAPUVAABCFgAAlYcCACHdBwBu3QcAu90HAAjeBwBV3gcAot4HAO/eBwA83wcAid8HANbfBwAj4AcAc4YAAEg8BQCVPAUA4jwFAC89BQB8PQUAyT0FABY+BQBjPgUAsD4FAP0+BQAuxgEAe8YBAMjGAQAVxwEAIYwBAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMAB88GABqPAgBnjwIAMGcIAH1nCADKZwgAF2gIAGRoCACxaAgALsYBAGMMBwCwDAcA/QwHAFKYBQCC9wEA4cUBADKeCQB/ngkAgvcBAO7/AQB6OAIA30EAAGf1AQCC9wEAVM8GAKHPBgDuzwYAO9AGAIjQBgDV0AYAItEGAG/RBgC80QYACdIGAFbSBgCj0gYA8NIGAD3TBgCK0wYA19MGACTUBgCY6AYAz/cBAKUFAgBBvgQAUpgFAH+DBwCKAwIAq5EGADK5CwDAhgAAJtMAADZsAgBSmAUAUpgFAIhmAQDhxQEAwHMKAEG+BACOvgQA274EAIo5BgDhxQEAUpgFACWWBwDfQQAA4cUBAJvCAAACiAcAM1oBAO5MAgAyuQsAm8IAAPXjAQAzWgEATKgEAEG+BACAWgEAtdABAOHFAQAuxgEABqkJAIL3AQDhxQEAVawJAGIaCwCvGgsAUpgFAJ+YBQDsmAUAOZkFAOHFAQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwD3HgkAAlYJAE9WCQBHSgkAlEoJAOFKCQAuSwkAVawJAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQAyuQsAj+QBANzkAQDbcwcAKHQHAAAAAACjgQAAc4YAAO8MAADJOwIA4cUBAMBzCgBBvgQAjr4EANu+BACKOQYA4cUBAFKYBQAllgcA30EAAOHFAQBVrAkAMSMAAN9BAADunQgAaX0JAPUVAABzhgAAszMBAJWHAgD/jAIAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQA8zEIAFWsCQBSewAAAAAAAKOBAAAzWgEAgvcBAIG8CwCAWgEAtdABAOHFAQBVrAkA1QIFAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DADK5CwDAhgAAJtMAADZsAgAIFAwAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQATyIIAJwiCADpIggANiMIAIMjCADQIwgAHSQIAGokCAC3JAgABCUIAFElCAAu3wAAm8IAAPXjAQAzWgEATKgEAOnRAQCC9wEA7v8BAAV7AAClBQIA7p0IAFJ7AAAAAAAAo4EAADNaAQCC9wEA7v8BAHKSAQCKOQYAbtkBAJ6gAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAUpgFAG7ZAQDfQQAABXsAADNaAQCAWgEA4cUBAHKSAQCKOQYAbtkBAJ6gAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMA4cUBAITlCACBIgsAADQBAE00AQBc3QkAqd0JAPbdCQBD3gkAkN4JAJvCAAACiAcAmXgJAPUVAADhxQEAwHMKAAI5BAAEpgkAM1oBAIBaAQC10AEA4cUBAMBzCgA6kQoAIfgJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEAO8MAADhxQEAV0UEAKRFBACQRAkA3UQJACpFCQB3RQkAxEUJABFGCQBeRgkAq0YJAPhGCQBFRwkAVawJAFJ7AAAAAAAAo4EAADNaAQCC9wEA7v8BAIJfBADhxQEALsYBAIL3AQDaSwcAdv4AAOHFAQDAcwoAVJ8LAHlCAACjgQAA8IEAAIE7CgDOOwoAwIYAAIhmAQAEpgkAM1oBAIBaAQC10AEA4cUBADKeCQDXOQYAKmALAHdgCwBu2QEABXsAAOuHAQCsGwAAVawJAFJ7AAAAAAAAo4EAADNaAQCC9wEA7v8BAFWsCQDVAgUA23MHACh0BwDvDAAAPA0AACWWBwCC9wEAnqAAAHOGAAAuxgEAgvcBANpLBwB2/gAA4cUBAPceCQBMqAQA7wwAAOHFAQAVmQkA+CcBAIG8CwCEewMA3EwEANQlAgAEpgkA4cUBAC7GAQB7xgEAUnsAAIJhBwBn9QEAgvcBAASmCQDhxQEAUpgFAIL3AQDhxQEAcdYJADwNAAAllgcAgvcBAJ6gAABzhgAA30EAAAV7AADYFAYAijkGAIL3AQCBvAsAgFoBADEjAAAGqQkA4cUBAITlCADR5QgAHuYIAKkkAQAxIwAABqkJAFOpCQCgqQkA7akJAAV7AAAzWgEAEOYBAAV7AACsVQoABZoIAFKaCACAWgEANvEJAAI5BADeuQkAuSMCAO8MAACIZgEABXsAAKUFAgDunQgAtaIJAD/YCQDvDAAAyTsCAOHFAQBHSgkAigMCANcDAgAkBAIAjxYAAMwbBQAZHAUAea4IAMauCAATrwgAYK8IAK2vCAD6rwgArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAdv4AABV6AQAaKQMAbtkBAKQwCwACiAcABXsAAIFpAgAzWgEAgFoBAA10CgA7nggAiJ4IANWeCAAinwgAb58IALyfCAAJoAgAVqAIAKOgCADwoAgAPaEIAIqhCADXoQgAf54JAEpaBwCXWgcA5FoHAKOBAACKOQYA23MHACh0BwAFewAA2BQGAOHFAQCjgQAAijkGAAAAAABSmAUA4cUBAMBzCgBBvgQAjr4EANu+BAAovwQAdb8EAAKIBwBNAAAAEOYBAPUVAABzhgAA30EAAJvCAABSmAUAgvcBAH0WAgAQ5gEAtdABAFpZCACnWQgA9FkIAEFaCACOWggA21oIAO7/AQDvDAAAnIQBAKwbAADvDAAAlYcCALXQAQBaWQgAp1kIAPRZCABBWggAjloIANtaCAAoWwgAdVsIAMJbCAAPXAgAXFwIAC7GAQAGqQkAgvcBAFKYBQCC9wEA4cUBAHHWCQCsGwAA+RsAAEYcAAAzWgEAnqAAAHOGAABHSgkAlEoJAOFKCQAuSwkAfRYCAMQRCABCFgAAm8IAAAKIBwA/2AkA7wwAAMk7AgDunQgAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAGYcBQCzHAUAAB0FAE0dBQCaHQUA5x0FAFWsCQDYFAYAijkGAIL3AQDu/wEA7wwAAJyEAQDhxQEALsYBAAapCQBTqQkAoKkJAJ+YBQDsmAUAOZkFAOHFAQDAcwoAnqAAAE0AAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAVQ4DAKIOAwDvDgMAPA8DAAV7AAAzWgEAc4YAAMCGAAAm0wAANmwCABuDAQCRngcA3p4HACufBwB4nwcAxZ8HABKgBwBzhgAAdv4AAE0AAAD/9gcAgvcBAM/3AQDUJQIABKYJAOHFAQAuxgEAe8YBAMjGAQCjhwkA8IcJAPceCQBEHwkAkR8JAEdKCQCKAwIA1wMCACQEAgDbcwcAKHQHAO8MAAA8DQAAiGYBAKOBAADfQQAAQb4EAFKYBQCKOQYAc4YAAPUVAACKAwIA1wMCACQEAgBHSgkAlEoJAIL3AQDhxQEAcdYJAKwbAAD5GwAARhwAAPUVAACKAwIA1wMCACQEAgAVmQkA+CcBAEUoAQCBaQIAM1oBAIo5BgBzhgAAnqAAAAKIBwDhxQEAtaIJAD/YCQDvDAAAyTsCAOHFAQD3HgkAAlYJAE9WCQB9FgIAxBEIAEIWAACbwgAAUpgFAAOyCgCjgQAATQAAAOHFAQAuxgEAe8YBAMjGAQCjhwkA8IcJABXHAQB2zAIAUpgFABbvAQBXfQsAAogHAAV7AABiGgsA9RUAAHOGAAAxjQUA7wwAABbvAQDFiAsAEokLAIL3AQDu/wEA7wwAADwNAACIZgEAgWkCAEXGBwCKOQYA1zkGANgUBgCKOQYAgvcBAO7/AQDvDAAAnIQBAKwbAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAlYcCABqPAgCKAwIA1wMCACQEAgBEhQgAkYUIAN6FCAArhggAeIYIAMWGCAAShwgAX4cIAKyHCAD5hwgARogIAJOICADgiAgALYkIAHqJCADHiQgAFIoIAGGKCADhxQEALt8AAFevCQA8DQAACyIHAFgiBwClIgcA8iIHAA2/BwDzywgAQMwIAI3MCABpfQkAJtMAADZsAgCE5QgA7wwAAMk7AgAWPAIAbtkBAIhmAQBUgAMAGikDAArdAQDhxQEAVawJANUCBQBHSgkAc4YAAJvCAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAlYcCABuDAQCRngcA3p4HACufBwB4nwcAxZ8HABKgBwBfoAcArKAHAP2mBwAAAAAAAAAAAAAAAABOrQcAm60HAOitBwA1rgcAgq4HAM+uBwAcrwcAaa8HAAAAAAAAAAAAtq8HAAOwBwBQsAcAgngDAOdqBQA0awUALsYBAAapCQBTqQkAoKkJAJWHAgBuWgMAu1oDAFpCDACnQgwA9EIMAEFDDAAFewAAbtkBAIhmAQAyuQsALsYBAGMMBwCwDAcA/QwHAEdKCQCUSgkA4UoJAC5LCQB7SwkAyEsJABVMCQBiTAkAc4YAAPUVAABCFgAAc4YAAPUVAAD1FQAAQhYAAHOGAAD1FQAA30EAAJWHAgAajwIAZ48CADBnCAB9ZwgAymcIABdoCABkaAgAsWgIAC7GAQBjDAcAsAwHAP0MBwBSmAUAgvcBAOHFAQAyngkAf54JAIL3AQDu/wEAejgCAN9BAABn9QEAgvcBAASmCQDhxQEASc4KAJWHAgAAAAAA4cUBAG7ZAQC72QEAMSMAADEjAAB+IwAAwIYAAIG8CwCAWgEAtdABAOHFAQDAcwoAQb4EAI6+BADbvgQAijkGAOHFAQBSmAUAJZYHAN9BAADhxQEAVawJADEjAADfQQAA7p0IAGl9CQCKOQYAft4LAIhmAQAyuQsA9RUAAEIWAACpJAEAMSMAAAapCQBTqQkAoKkJAO2pCQDOOwoAwIYAACbTAAA2bAIAGo8CAGePAgAwZwgAdv4AAMP+AAAR+QgAXvkIAKv5CAD4+QgAR0oJAIoDAgDXAwIAJAQCAIo5BgAajwIAZ48CADBnCAB2/gAAw/4AABH5CABe+QgAq/kIAPj5CABHSgkAigMCANcDAgAkBAIAijkGAHb+AADD/gAAEfkIAF75CACr+QgA+PkIABWZCQBimQkAUnsAAH0WAgDwUQUArFUKAFpZCACIZgEA1WYBAN/2AgAs9wIA4cUBAKOBAACC9wEAiGYBANtzBwAodAcA7wwAADwNAACIZgEAgWkCAEXGBwD3HgkAhHsDANF7AwAefAMAa3wDALh8AwDhxQEAhOUIANHlCADfQQAAAjkEAASmCQDhxQEALsYBAAapCQCC9wEA4cUBABWZCQBimQkAUnsAAH0WAgDwUQUArFUKAFpZCACjgQAA8IEAAN9BAABBvgQAjr4EANu+BABzhgAAwIYAACbTAAA2bAIAiGYBANVmAQDf9gIALPcCAOHFAQBx1gkAvtYJAJ6gAAACiAcA4cUBAC7GAQBjDAcAsAwHAP0MBwBJzgoAls4KALXQAQBaWQgAdv4AAOHFAQAzWgEAgFoBAOHFAQBVrAkAYhoLAASmCQDhxQEAUpgFADEjAADhxQEAwHMKAFSfCwB5QgAAxkIAADwNAAAllgcAgvcBAJ6gAABzhgAAiGYBANVmAQCeoAAAbnMCAK9MCQD8TAkABKYJAOHFAQD3HgkARB8JAJL8CwDf/AsALP0LAHn9CwDG/QsAMrkLAIo5BgDhxQEAtdABAFpZCAB2/gAAwHMKAFSfCwB5QgAAtdABAFpZCAB2/gAA7wwAAOHFAQBVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBADKeCQCC9wEAgbwLAIFpAgBFxgcAksYHAOHFAQAuxgEABqkJAFOpCQCgqQkA7akJAC7GAQAGqQkAgvcBAOHFAQBykgEAijkGAG7ZAQCeoAAA9RUAAEIWAACpJAEAMSMAAAapCQBTqQkAoKkJAO2pCQDOOwoAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAJ6gAADroAAA2i4CACcvAgB0LwIAijkGAHOGAAAxIwAAMSMAAAapCQBTqQkAoKkJAO2pCQDOOwoAwIYAACbTAAA2bAIAoqwJAN9BAABBvgQAkwkKADqLAQBSewAAgmEHAKOBAACC9wEAwHMKADqRCgAh+AkALsYBAGMMBwDUkQoAmBgCAJUhAwDiIQMALyIDAHwiAwDJIgMAFiMDAGMjAwCwIwMAbtkBAKQwCwDbcwcAKHQHAO8MAAA8DQAAiGYBAIFpAgBFxgcAijkGAJWHAgD1FQAAQhYAAKkkAQCJ2wEAZd0IALLdCAD/3QgATN4IAKuRBgD4kQYARZIGAMBzCgA6kQoAIfgJAKOBAADwgQAAgTsKAM47CgAbPAoAaDwKALU8CgACPQoATz0KAJw9CgAuxgEA4bILAPCBAABBjgkA30EAAEG+BABSmAUAf4MHAN9BAADunQgA9RUAAO8MAABQXwEAUpgFAH+DBwAaKQMAZykDANtzBwAodAcAAAAAAKOBAAAzWgEAgvcBAO7/AQAyngkAgvcBAIG8CwCBaQIARcYHAOHFAQAu3wAA6dEBADbSAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAJWHAgDbcwcAKHQHAAAAAACjgQAAM1oBAIL3AQDu/wEAgl8EAOHFAQB2/gAAw/4AABH5CABe+QgAq/kIAPj5CAAVmQkA+CcBAEUoAQCBaQIAM1oBAIo5BgBzhgAA7wwAAOHFAQAVmQkAYpkJAFJ7AAB9FgIA8FEFAKxVCgBaWQgA7wwAAE0AAABL6AYASDwFADEjAAA6iwEAh4sBANSLAQBJzgoA7wwAAMk7AgDunQgAO54IACpDBgCzMwEA7M4JAJWHAgC10AEAdv4AACpDBgD1FQAA30EAAAV7AAClBQIAQb4EAFKYBQB/gwcA4cUBAC7GAQB7xgEAeLQAAIhmAQDvDAAArBsAAJFsCQAFmggAbtkBAL8uBQClBQIABXsAAKuRBgDhxQEAhOUIAMCGAAAm0wAANmwCAKuRBgCVhwIAfRYCAGV3CQCydwkA/3cJAEx4CQAzWgEA7kwCADtNAgCITQIAc4YAAAV7AAAtPgsA4cUBAFKYBQAllgcA30EAAOHFAQBSmAUAMSMAAOHFAQB2/gAAKkMGAHdDBgDD/gAAgvcBAMCGAAB2/gAAFXoBAGJ6AQCKAwIAbqkGAO6dCACKOQYA4cUBAG7ZAQAEpgkA4cUBAFWsCQBiGgsAQhYAAKkkAQAsQgAAeUIAAL4KCwDhxQEAFZkJAPgnAQBFKAEAN8wJAITMCQDRzAkAtdABAALRAQBSmAUAA7IKAKOHCQDwhwkA7wwAAHRnCQDbQQkAKEIJAOHFAQAuxgEAe8YBAOJyCQAvcwkAfHMJAMlzCQAWdAkAY3QJALB0CQD9dAkAFZkJAGKZCQDUJQIAdGcJAKwbAACE5QgAwIYAACbTAAA2bAIAnqAAAG5zAgAdwAsAtdABAAKIBwBPiAcA9x4JAEQfCQCRHwkA/yoJAEwrCQChnwsA7v8BAAV7AADYFAYA4cUBAAAAAAARkwkA4cUBAAKIBwAFewAAYhoLAIo5BgCIZgEAMrkLAIo5BgCE5QgAgSILAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBABbvAQCVhwIATQAAAJoAAACSqQIA36kCACyqAgDH0gIAFNMCAGHTAgCu0wIA+9MCAFWsCQClBQIAVawJAKUFAgAAAAAAS50JAOHFAQCKOQYA/VkHAEm1CwCWtQsA47ULADC2CwCVhwIAbtkBAASmCQDfQQAA7p0IAEqKAgACiAcABXsAANQlAgACiAcABXsAAOuHAQDhxQEALsYBAHvGAQDIxgEAFccBAMCGAAAm0wAANmwCAAAAAAD1FQAA30EAAAV7AADZuQEA4cUBAITlCADAhgAAJtMAADZsAgBSmAUAJZYHAPCBAACBOwoAMp4JAHOGAADfQQAA7p0IAEg8BQDfQQAA7p0IAAV7AADUJQIA7v8BADKeCQBzhgAA30EAAO6dCABIPAUA30EAAO6dCADvDAAAUF8BAJ1fAQDqXwEAN2ABAEp1CQCXdQkA4cUBAG7ZAQAEpgkA4cUBAHHWCQBQXwEAnV8BAOpfAQA3YAEATQAAAPgnAQBFKAEAdv4AABV6AQAaKQMArBsAAPkbAADu/wEAcpIBAAttBABIPAUA30EAAEG+BABSmAUAdv4AANxMBAAzWgEAgFoBAM/3AQBSewAAc4YAAG7ZAQAFewAAUnsAAH0WAgDhxQEALt8AAHb+AADD/gAA7wwAAMk7AgDhxQEA23MHACh0BwB6OAIADP8JAPUVAADfQQAA4cUBAFdFBABucwIAr0wJAPxMCQBJTQkAiGYBAAV7AADrhwEAyTsCAACcAwAVmQkA+CcBAEUoAQA3zAkAhMwJANHMCQAezQkA4cUBAFdFBACkRQQAxe4KABLvCgBf7woArO8KAPnvCgBG8AoA4cUBAJvCAAAzWgEATKgEACxCAADhxQEAhOUIAIEiCwDszgkAOc8JAJmoBABXRQQApEUEAKAqCwCeoAAAc4YAAO8MAACchAEAFu8BAFN3CwCgdwsA7M4JADnPCQAzWgEATKgEAO6dCACKOQYA4cUBAJvCAAAzWgEATKgEACxCAADhxQEAV0UEAKRFBACgKgsA7SoLAKOBAABu2QEA30EAAO6dCADf4QkALOIJAORcCgAxIwAAOosBAIeLAQDUiwEA7wwAACLTCQBv0wkAvNMJAAnUCQBW1AkAUpgFAFKYBQADsgoAwHMKAEG+BACOvgQA274EAIo5BgDhxQEAUpgFACWWBwDfQQAA4cUBAPceCQBEHwkAUpgFADEjAABzhgAAijkGAHOGAACKOQYA4cUBAMBzCgBBvgQAjr4EANu+BAAovwQAdb8EAMK/BADzMQgAwtwJAA/dCQDvDAAAyTsCAMBzCgBBvgQAjr4EANu+BACKOQYA4cUBAFKYBQAllgcA30EAAOHFAQD3HgkARB8JAP+MAgC1bggAWnQKAHniCQDG4gkAE+MJAGDjCQCt4wkA+uMJAEfkCQCU5AkA4eQJAC7lCQC17wkAAvAJAE/wCQCc8AkA/4wCAEG+BACOvgQA274EACi/BAB1vwQAwr8EAPMxCACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAVawJADEjAADfQQAA7p0IAGl9CQDAcwoAOpEKACH4CQBu2QEApDALAFWsCQBiGgsArxoLAPceCQBEHwkAkvwLAN/8CwAs/QsAYhoLAJ6gAABzhgAAUpgFADEjAADhxQEAhOUIAMCGAAAm0wAANmwCAOHFAQBHSgkAlEoJAOFKCQAuSwkA1tsBAIEiCwDszgkAGikDAITlCACBIgsA7M4JABopAwBHSgkAlEoJAI8WAACE5QgAwIYAACbTAAA2bAIAwIYAACbTAAA2bAIAc4YAADNaAQCBaQIARcYHAOHFAQCjgQAA8IEAABilAQBlpQEAsqUBAP+lAQBMpgEAmaYBAOamAQAzpwEAJf4JAHL+CQC//gkA4cUBAKOBAADwgQAAm8IAAPXjAQBC5AEA7p0IAIo5BgDhxQEAhOUIAIEiCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQAxIwAAfiMAAMCGAAAm0wAANmwCALXQAQAC0QEAijkGAOHFAQBHSgkAlEoJAOFKCQAuSwkA1tsBAIEiCwBixwEAr8cBAPzHAQBJyAEA4cUBAHHWCQC+1gkAnqAAAJ6gAABzhgAA7wwAAJvCAAD14wEA64cBAOHFAQBHSgkAlEoJAOFKCQAuSwkA1tsBAIEiCwBixwEAr8cBAPzHAQBJyAEAlsgBAIEiCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQB2zAIAAAAAAPUVAAB2zAIAw8wCAMBzCgA6kQoAIfgJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEADKeCQB/ngkASloHAFKYBQCfmAUA7JgFABWZCQAzWgEAgFoBAHHWCQCP6goA3OoKANQlAgDbcwcAKHQHAAV7AABSewAAvtYJAJ6gAACeoAAAc4YAAHOGAABu2QEApDALAFWsCQBu2QEAiGYBANtzBwAodAcABXsAANgUBgDhxQEAFZkJAPgnAQBFKAEAvZUKAAqWCgBXlgoApJYKAPGWCgBSmAUAMSMAAOHFAQCjgQAA8IEAAIE7CgDOOwoAGzwKAGg8CgC1PAoAAj0KAEdKCQCOvAEAQwwCAEG+BABzhgAA7wwAAOHFAQBSmAUAMSMAAOHFAQCjgQAA8IEAAIE7CgDOOwoAGzwKAGg8CgC1PAoAAj0KAEdKCQCOvAEAQwwCAPUVAABCFgAA+9UFAHOGAADfQQAA0/0BACD+AQBt/gEAcPUAAOHFAQBSmAUAbtkBAHKSAQALbQQASDwFAN9BAADhxQEAtaIJAAKjCQBPowkAnKMJAEdKCQCUSgkAjxYAAFWsCQClBQIA8gUCAD8GAgCMBgIA2QYCACYHAgBzBwIAijkGAHOGAAAxIwAAYwwHANSRCgBzhgAAijkGAOHFAQB2/gAAKkMGAN9BAAAsQgAAP9gJAIo5BgDhxQEAMrkLAIo5BgDhxQEA8vAIAFKYBQCfmAUA30EAAEG+BABSmAUAf4MHAJWHAgCjgQAA8IEAAJvCAADowgAAz/cBAC0+CwAu3wAAC7gBAPLwCAA/8QgAUpgFAH+DBwDhxQEAVawJANUCBQDy8AgA9RUAAEIWAAD71QUAc4YAAPLwCAA/8QgAgWkCAM5pAgAbagIAaGoCAPceCQBEHwkAzVoBAFKYBQADsgoAyhYCAJvCAAAzWgEATKgEACxCAAACOQQA8RUJAN9BAAAsQgAABKYJAI/kAQDc5AEAKeUBAHblAQDD5QEALsYBAHvGAQCrkQYA7wwAAEdKCQB2zAIAVawJAK0XCwD6FwsARxgLAJQYCwDhGAsAgFoBALXQAQCVhwIAtdABALXQAQCC9wEA7v8BALXQAQAFmggApQUCAO6dCABzhgAAwIYAACbTAAA2bAIATQAAAIl5CADWeQgA30EAAA10CgBadAoASYEKAJaBCgCb/AoA6PwKADX9CgCC/QoA7wwAAOHFAQAuxgEAe8YBAMjGAQAVxwEA23MHACh0BwDvDAAAItMJAIhmAQDfQQAA4cUBAHHWCQC+1gkAm/wKAOj8CgA1/QoAgv0KAHHWCQCsGwAAO2wKAIhsCgDVbAoA4cUBAFKYBQDAcwoADXQKAHFwCgC+cAoAC3EKAFhxCgClcQoA8nEKAOHFAQBSmAUAiGYBAIhmAQAyuQsASDwFAN9BAABBvgQAgFoBAOcAAAAeAQsA7wwAAOHFAQChawoA7msKAAAAAAChawoA30EAAKOBAABNAAAAnqAAAOugAADaLgIAJy8CAHQvAgB2/gAAw/4AABH5CABe+QgAq/kIAPj5CAAFewAA1CUCAIo5BgDz/QYAm8IAAPUVAACeoAAA66AAANouAgAnLwIAdC8CAN9BAADunQgA3+EJAJcPCgDkDwoAMRAKAH4QCgDLEAoAGBEKAKwbAADvDAAAAAAAAAAAAAAAAAAAV0UEAKRFBADxRQQAxHkKABF6CgBeegoA7wwAADwNAACIZgEAMrkLABbvAQCIZgEA1WYBAGhwCwCAWgEAMSMAAJvCAAD14wEA1CUCAFN3CwDAhgAAJtMAADZsAgCKOQYAc4YAAG7ZAQC72QEAmfMBAAI5BADeuQkAK7oJAHHWCQC+1gkAM1oBAEyoBADunQgA3+EJAJWHAgDAcwoADXQKAFp0CgBJgQoAloEKAOOBCgAwggoAfYIKAC7GAQB7xgEAyMYBABXHAQBPnwMAnJ8DAOmfAwCeDAkA8RUJABQiBgDz/QYAJZYHAN9BAADhxQEAAAAAAHOGAADAhgAAJtMAAHPTAAAAAAAAAAAAAAAAAAAdjAoALsYBAGMMBwCwDAcA/QwHABuDAQAxIwAAOosBAIeLAQAOfQIAlYcCALgBCwAFAgsAUgILAJ8CCwDsAgsAZ/UBAIo5BgCAWgEAdswCABopAwAK3QEAmXgJAIo5BgDhxQEA9x4JAEQfCQDfQQAA7p0IAN/hCQAs4gkAn5gFAOyYBQBj8wcA30EAANP9AQBSmAUAf4MHAOHFAQBx1gkArBsAADtsCgCIbAoA1WwKABDmAQAFewAAq5EGAPiRBgBFkgYAV0UEAG5zAgCvTAkA/EwJAG7ZAQAFewAAUnsAAAAAAAAAAAAAAAAAAG7ZAQCkMAsAMSMAAAapCQCC9wEA7v8BAFWsCQCrkQYA+JEGAGwIAAC5CAAAtaIJAD/YCQCM2AkABXsAADEjAADfQQAA7p0IAGl9CQDhxQEAVawJAKuRBgD4kQYAbAgAALkIAAC1ogkAP9gJAIzYCQCE5QgABXsAAFJ7AAACiAcAbAgAALkIAAC1ogkAP9gJAIzYCQCE5QgABXsAAFJ7AAACiAcAbAgAALkIAAC1ogkAP9gJAIzYCQBUgAMAgFoBAFBfAQCAWgEAS+gGAJgeCwDlHgsAMh8LAH8fCwAAAAAALsYBAHvGAQDIxgEA/6sKAEysCgDhxQEAwHMKAA10CgBadAoA5FwKAH0WAgAAAAAA4cUBAMBzCgANdAoAWnQKAORcCgBx1gkAvtYJADNaAQBMqAQA7p0IAN/hCQAVmQkAYpkJANNpCgAuxgEAe8YBAMjGAQBXRQQAbnMCALtzAgCeoAAAc4YAADGNBQCIZgEAMrkLAIo5BgC5jwoABpAKAFOQCgCgkAoA7ZAKADqRCgCHkQoAMp4JAH7eCwDL3gsAz/cBAKUFAgBBvgQAUpgFAH+DBwAQ5gEAdv4AAO8MAAAAAAAA4cUBAMBzCgANdAoAWnQKAORcCgAVmQkAYpkJANNpCgAuxgEAe8YBAMjGAQBx1gkAvtYJADNaAQBMqAQA7p0IAN/hCQAW7wEA2bkBAN9BAACjgQAAgvcBAO7/AQBJzgoATQAAAJoAAACSqQIA36kCACyqAgB5qgIAhOUIAIEiCwBixwEAr8cBAPzHAQBJyAEAlsgBAGjQAQDhxQEA23MHAPEVCQBXRQQApEUEAPFFBABHSgkAigMCANcDAgAAAAAASc4KAJbOCgCIoAsALsYBAHvGAQDIxgEARGwJABWZCQBimQkA02kKAJWHAgClpQsAuY8KAAaQCgBTkAoAlYcCAITlCAAxjQUAfo0FAC0+CwBNTwMArBsAAIo5BgCVhwIAM1oBAIBaAQAxIwAABqkJADZsAgAOfQIAW30CAMBzCgANdAoAWnQKAORcCgAxXQoA23MHAPEVCQA+FgkALsYBAHvGAQDIxgEAo4cJAPCHCQAJhwkAhOUIAMCGAAAm0wAANmwCAFaHCQAVxwEAT58DAJyfAwDpnwMA2swIAIEiCwBaQgwAp0IMAPRCDABBQwwAFZkJAIhmAQAyuQsABXsAAOuHAQCsGwAA23MHACh0BwB1dAcAiAACAEnOCgBjogEAsKIBABuDAQACiAcAmXgJADGNBQD14wEA1CUCAPUVAAB2zAIAgFoBALXQAQAOfQIAW30CAMBzCgANdAoAWnQKAORcCgAxXQoA23MHAPEVCQA+FgkAyTsCABY8AgBiGgsAijkGANc5BgDUJQIAijkGABDmAQBSmAUAJZYHAHOGAADAhgAAJtMAADZsAgBdmQEAqpkBAIhmAQAyuQsA30EAAO6dCADAcwoABXsAAOuHAQC4AQsAM1oBAO5MAgCKOQYA4cUBAC7GAQB7xgEAyMYBABXHAQBx1gkAvtYJAJ6gAACeoAAAc4YAAO8MAACchAEAMSMAAOGyCwCBiAoAzogKABuJCgBoiQoAtYkKAEnOCgCWzgoA484KAI/qCgDk9goAMfcKAH73CgDL9woAT4oKAJyKCgDpigoA4cUBAOHFAQCVhwIAdv4AAHb+AADcTAQA1CUCAASmCQDhxQEA2bkBACa6AQBzugEAwLoBAA27AQBauwEA9RUAAHOGAADfQQAAhYgBAIo5BgB9FgIAZXcJAE0AAABNAAAAS+gGAIo5BgDfQQAABXsAAKuRBgDhxQEAwHMKAA10CgBadAoA5FwKAPEVCQA+FgkA4cUBAC7GAQB7xgEAyMYBABXHAQBx1gkAvtYJAJ6gAACeoAAAc4YAAO8MAACchAEAMSMAAOGyCwDAhgAA7v8BAJvCAAD14wEA64cBAHOGAADAhgAA7v8BAMBzCgANdAoAWnQKAJ6gAAAQmQEAXZkBAKqZAQCIZgEAMrkLAN9BAADunQgAwHMKAA10CgBadAoAVawJAK0XCwD6FwsARxgLAJQYCwDhGAsALhkLAHsZCwDIGQsAlYcCAAAAAAAAAAAALsYBAHvGAQDIxgEAo4cJAPCHCQCE5QgAwIYAACbTAAA2bAIA64cBADiIAQCFiAEA0ogBAB+JAQBsiQEAuYkBAO8MAACP5AEA9RUAAOHFAQCE5QgAwIYAACbTAAA2bAIAjO8FANnvBQAm8AUAc/AFAMDwBQAN8QUAWvEFAKfxBQD1FQAAijkGAP1ZBwCAWgEAtdABAJWHAgCE5QgAgSILAM4iCwAbIwsAaCMLALUjCwDvDAAAszMBAAV7AACiKQUATQAAAIhmAQBu2QEAUpgFAIL3AQB9FgIAyhYCAC7fAACoaAkA9WgJAEJpCQDbQQkAKEIJAAmHCQBzhgAAwIYAACbTAAA2bAIAVocJAN9BAADT/QEAIP4BAG3+AQBfVQoAijkGAHOGAABfVQoAcPUAAHOGAADAhgAAJtMAABDmAQBd5gEAquYBAPfmAQBE5wEAEOYBADEjAAA6iwEAh4sBANtBCQAoQgkAj+QBAI/kAQBzhgAABXsAAGIaCwCeoAAAgvcBAO7/AQAFewAApQUCAEG+BABSmAUAf4MHAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA+WgAAKUFAgBBvgQAGikDADEjAABjDAcAc4YAAIo5BgCKOQYAc4YAAE0AAABL6AYAmB4LAOUeCwBzhgAA9RUAAJ6gAAAEpgkAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQBNAAAATQAAAIhmAQBUgAMAnqAAAG5zAgClBQIAQb4EAFKYBQB/gwcAnqAAABCZAQAVYQIAiFMLAO6dCACzMwEA51MJADRUCQCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA9RUAAEIWAAD71QUA30EAAAI5BADeuQkAuSMCAO8MAABQXwEAc4YAAPUVAADfQQAAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBABiyQQAr8kEAPzJBABJygQAlsoEAOPKBAAwywQAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDunQgAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAN9BAAAFewAAM1oBAIBaAQBzhgAAwIYAAIhmAQAFewAAeLQAAPCBAABBjgkAAogHAJl4CQCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAVIADAIBaAQB2zAIATKgEAEG+BAAFewAAq5EGAFSAAwCzGgIABXsAAKUFAgBBvgQAUpgFAH+DBwBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAKUFAgAFewAABXsAAFJ7AACfewAA7HsAADl8AACGfAAAgvcBAO7/AQDvDAAAPA0AACWWBwCC9wEAnqAAAHOGAAAxIwAAOosBAIeLAQDbQQkAKEIJAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAtdABAFpZCACnWQgAcpIBAIo5BgBu2QEAnqAAAJ6gAAAQmQEAFWECAIcMAwDUDAMAIQ0DAG4NAwC7DQMACA4DAFUOAwAVyQQAYskEAK/JBAD8yQQAScoEAJbKBADjygQAMMsEADNaAQDuTAIAO00CAIhNAgDVTQIAIk4CAG9OAgDvDAAAyTsCABY8AgClBQIA7p0IAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAzjUBABecCQBknAkAc4YAALMzAQBaQgwAp0IMAPRCDABBQwwAjkMMANtDDAAoRAwAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAF5wJAGScCQCeoAAAEJkBAF2ZAQCqmQEAiGYBADK5CwDfQQAAQb4EAFKYBQB/gwcAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAF5wJAGScCQBBvgQAjr4EANu+BAAovwQAdb8EAMK/BAAPwAQAmu0JAOftCQA07gkAge4JAM7uCQAb7wkAaO8JAM41AQAXnAkAZJwJAKOBAADwgQAAQY4JAAKIBwCZeAkASDwFAH0WAgDKFgIAijkGAP1ZBwBSmAUAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAF5wJAGScCQDvDAAAujIDAAczAwAyuQsAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAM41AQAXnAkAZJwJAE1PAwCaTwMA508DADRQAwCBUAMAzlADABtRAwBoUQMAtVEDAAJSAwBPUgMAzjUBABecCQBknAkAMSMAAIhmAQAEpgkAm8IAAPXjAQAEpgkA7wwAALoyAwAHMwMAMrkLALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAF5wJAGScCQCFVgMA0lYDAB9XAwBsVwMAlYcCACxCAACC9wEA2ksHAJvCAADhxQEAhOUIAIEiCwBixwEAr8cBAPzHAQBJyAEAlsgBAAAAAADhxQEA23MHACh0BwB6OAIADP8JAFn/CQCm/wkA8/8JAHHWCQD1FQAAigMCAC0+CwBNTwMACt0BAFfdAQBx1gkA9RUAAIoDAgAtPgsATU8DAArdAQBX3QEAhOUIAIEiCwBixwEAr8cBAPzHAQBJyAEAlsgBAEnOCgCIoAsAVawJAFJ7AACCYQcAo4EAAAV7AABVrAkAUnsAAIJhBwCjgQAABXsAAKuRBgDhxQEASc4KAIigCwDVoAsAIqELAG+hCwC8oQsACaILAFaiCwCjogsAo4EAAIhmAQCIZgEA4cUBADKeCQB/ngkAzJ4JABmfCQCTCQoAMSMAAH4jAADAhgAAgbwLAIBaAQC10AEA4cUBAPceCQBMqAQA7p0IADueCADvDAAAc4YAADEjAADfQQAA4cUBAFdFBACkRQQA8UUEAIhTCwDVUwsAIlQLAG9UCwAzWgEAtdABAAKIBwBPiAcA4cUBAFdFBACkRQQA8UUEAIhTCwDVUwsAIlQLAG9UCwB4tAAA7wwAAKwbAACKOQYA4cUBAG7ZAQAEpgkAlYcCAGOiAQDVoAsA0eUIAIo5BgDhxQEAUpgFADEjAADhxQEA9x4JAEQfCQD1FQAAc4YAAMCGAADhxQEAhOUIAIEiCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAcdYJAI/qCgDc6goAYzwCALA8AgDhxQEAwHMKAAI5BADeuQkAK7oJAHi6CQBJzgoAls4KAFWsCQBu2QEAUpgFAIFpAgBFxgcAhOUIAIEiCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAm8IAAPXjAQDrhwEA4cUBAMBzCgBUnwsAeUIAAKHmAgB/ngkAgvcBAO7/AQB6OAIA30EAAOHFAQBXRQQAbnMCAB3ACwBqwAsAt8ALAFKYBQAxIwAA4cUBAMBzCgBUnwsAeUIAAC7GAQAGqQkAiGYBAIhmAQDVZgEAm8IAADNaAQCAWgEAtdABAOHFAQCE5QgAgSILAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAKOBAACC9wEAgbwLAIBaAQC10AEA4cUBALWiCQACowkAYhoLAIo5BgCIZgEAVIADAIBaAQC10AEA4cUBAFKYBQAxIwAA4cUBAMBzCgBUnwsAeUIAAFnNCwCmzQsA880LAEDOCwCNzgsA2s4LACfPCwB0zwsAwc8LAA7QCwBb0AsAqNALAPXQCwCP5AEA3OQBAFwRCwBiGgsAQhYAAKkkAQAsQgAAeUIAAL4KCwDhxQEAhOUIAIEiCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAUpgFAJ6gAACeoAAA4RQFAC4VBQB7FQUAyBUFAIJfBAAAAAAA4cUBAEdKCQBZGgwAphoMAPMaDAD3HgkARB8JAJL8CwDf/AsALP0LAHn9CwDG/QsAVawJANgUBgCKOQYABKYJAAV7AADUJQIA9RUAAOHFAQBVrAkA2BQGAIo5BgAVmQkA9RUAAFkaDACmGgwA8xoMAPceCQBEHwkAkvwLAN/8CwAs/QsAef0LAMb9CwBVrAkA2BQGAIo5BgDvDAAAyTsCABY8AgCrkQYA+JEGALXQAQBaWQgAdv4AAOHFAQD3HgkARB8JAJL8CwDf/AsALP0LAHn9CwDG/QsAbtkBALvZAQD3NQUAgTsKAIhmAQAyuQsA9x4JAEQfCQCS/AsA3/wLACz9CwB5/QsAAtEBAOHFAQC10AEAWlkIAKdZCABHSgkAWRoMAKYaDADzGgwA9x4JAEQfCQCS/AsA3/wLACz9CwB5/QsAxv0LAE0AAAD4JwEARSgBAIFpAgAzWgEAijkGAHOGAADAhgAAdGcJAMk7AgACOQQA3rkJAKUFAgDunQgAtdABAASmCQCVhwIAhVYDANJWAwAfVwMAbFcDAJvCAAAzWgEATKgEACxCAADhxQEAhOUIAIEiCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQD/jAIAtW4IAFp0CgC3jAoAe8YBAMjGAQAVxwEAj+QBANzkAQDAcwoAOpEKACH4CQDbcwcAKHQHAMCGAADxFQkAPhYJAOHFAQAVmQkAYpkJANNpCgBNAAAAdv4AAOHFAQCE5QgAwIYAACbTAAAAAAAANmwCAMXuCgDp7AMA3EwEAGIaCwCKOQYA4cUBAC7GAQB7xgEAyMYBABXHAQCbwgAAM1oBAEyoBAAsQgAA4cUBAITlCACBIgsA7M4JADnPCQCZqAQAV0UEAKRFBACgKgsAEZMJAF6TCQBekwkA2b8KABuDAQCRngcA3p4HACufBwAC1woAT9cKAE0AAAD4JwEARSgBADfMCQCEzAkA0cwJAB7NCQDhxQEAV0UEAKRFBADF7goAEu8KAF/vCgCs7woA+e8KAEbwCgBUgAMAkwkKAOAJCgBIPAUABKYJAJ6gAADroAAAtdABAALRAQAFewAAVJ8LAHlCAAC+CgsACwsLAFWsCQCirAkA76wJAMBzCgANdAoAWnQKALeMCgB7xgEAyMYBAKOHCQDwhwkAOpEKACH4CQBx1gkArBsAAHOGAADAcwoAVJ8LAHlCAAAuxgEA4bILAC6zCwB7swsAyLMLAHHWCQCP6goA3OoKAGM8AgCwPAIA4cUBAMBzCgACOQQA3rkJACu6CQDbcwcAKHQHAEnOCgCC9wEA8RUJAD4WCQDhxQEAdv4AANxMBACBaQIARcYHAAapCQCC9wEA4cUBAHb+AADD/gAAgvcBAO7/AQD3HgkARB8JADEjAAAGqQkAgvcBAHb+AADcTAQApQUCAEG+BABSmAUAc4YAAEg8BQDhFAUA30EAAEG+BABSmAUAf4MHAOHFAQAuxgEAe8YBAMjGAQAVxwEALsYBAAapCQCC9wEA4cUBAMBzCgAFewAA64cBAFSfCwB5QgAAvgoLAAsLCwBYCwsAPwwLAIwMCwDZDAsALsYBAHvGAQDIxgEA/6sKAEysCgDhxQEAwHMKAA10CgBadAoASooCAFlhAwCQRAkA3UQJACpFCQB3RQkAxEUJABFGCQBeRgkAq0YJAP0jAwBKJAMAxe4KABLvCgA+eAIAi3gCADK5CwA4iAEA920MAERuDADJOwIABKYJAASmCQDphAEAqZIMAHFyDQCKOQYAPzgAAJFuDADebgwAqZIMABtXDABHRAAAULQNAHFyDQCKOQYAcXINAHFyDQCKOQYAqZIMADtuDQBxcg0AULQNALXQAQD5GwAAcPUAAFC0DQBw9QAA2Y0MANmNDACKOQYAc4YAAOAcAABw9QAAErUAAIJfBABLUgwAS1IMAHFyDQCCXwQAcXINADtsCgDgcQwALXIMAD3XDAD3bQwARG4MAK4NDQBQtA0AbAgAAKmSDADgcQwALXIMAHD1AABAaAwAQlINAI9SDQDOowwAtdABANmNDAAokQwAdZEMAPdtDABEbgwAegwNAHb+AACIoAsA2Y0MAHZsDADZjQwAf4MHAD3XDACpkgwAviUNAHFyDQBsCAAAbAgAABp8DABnfAwAtHwMAFC0DQDvDAAAijkGAAKIBwCKOQYAGnwMAGd8DAAfqgwAcPUAABp8DABnfAwAH6oMAPkbAAD3bQwARG4MACQEAgDhxQEAAlYJAKmSDACVhwIA30EAANmNDADuTAIAijkGAKmSDAC2+AEA4HEMAC1yDADZjQwARnEMAJNxDADgcQwAakENAOBxDABqQQ0A2Y0MAJ2ADAABfQwATn0MAEBoDAABfQwAAAAAAOHFAQAafAwAZ3wMABp8DABnfAwAGnwMAGd8DAB6cgwAPdcMANyfDQApoA0AFu8BAEZxDABAaAwA4HEMAC1yDAAW7wEAijkGAOHFAQBQtA0A4cUBAF2hDQDkdwwA2Y0MAKmSDACpkgwAAJwDAACcAwAAnAMAlYcCAKuRBgCkMAsAQJgHAKQwCwBvVAsAb1QLAN9BAAB2BAoACksNAC7fAADvDAAA7wwAANOEDACbwgAALt8AANmNDADvDAAAm8IAANmNDADZjQwA2Y0MANmNDADZjQwAQGgMAEBoDADZjQwA2Y0MANmNDADZjQwA2Y0MANmNDABAaAwAQGgMAEBoDADZjQwA2Y0MANmNDABAaAwAQGgMAD2KDABAaAwAQGgMANmNDACC9wEAkZ4HAOHFAQDvDAAA7wwAANmNDADZjQwAiGYBANmNDAAafAwAZ3wMAJWHAgCpkgwAULQNAO8MAAD0jwwA4cUBAE89CgCsGwAABKYJAAKIBwD1FQAAijkGAOT0BwCKOQYAeFYNAKmSDAAEjw0A2Y0MAO8MAABTJAIAm8IAAJvCAACbwgAAULQNAJvCAAAJAgIA8HANADlrDQCGaw0AkpYMAFC0DQBNAAAA9RUAAHOGAAAbVwwABKYJABs+DQBNAAAA8HANAGwIAABsCAAAbAgAAGMQDQCpkgwAG1cMAMk7AgAEpgkAyp0MAIAoAwA+EgMAIiINAONmCACdtA0A2BQGAEBoDABCUg0Aj1INAIkPAwAafAwAZ3wMAB+qDABsqgwAQGgMAFC0DQAMSAQAB9MMAEBoDADZjQwA2Y0MABp8DABnfAwA2Y0MACiRDAB1kQwAPA0AAKmSDAAbVwwAULQNAOHFAQCpkgwA2Y0MACiRDAB1kQwA4cUBACVHBACtMg0A8vAIAFC0DQDCvwQAULQNAPMxCADDuQwAqZIMALWkDADfQQAAULQNAMk7AgAyuQsAqZIMADtuDQAu3wAArTINAJ20DQDZjQwAKJEMAJ20DQDZjQwAB9MMAPj5CAAfogAAQGgMAEJSDQCPUg0AGnwMACVNDQChawoA+w0NABtXDADvDAAAcPUAAOuoDACTCw0A30EAAN9BAABAaAwAQlINAI9SDQC1pAwA30EAAN9BAADfQQAA30EAAFVhDAAMtAwAIfgJAHa5DACpkgwA2Y0MACiRDAB1kQwAG1cMAEyoBACdtA0A2Y0MAJ20DQDZjQwA/8YMAEzHDACZxwwAc4YAAJqiDADnogwANKMMAIGjDADLEg0A/8YMAEzHDACZxwwAVWEMANz/AwBAaAwAQlINAI9SDQC1pAwAJ4AIAFC0DQDJOwIABKYJAFC0DQCtMg0AG1cMAACcAwCiDgMA7p0IANmNDAAokQwAdZEMAMO5DADgHAAAQGgMAEJSDQCPUg0AULQNAJWHAgC1pAwA33kHAN9BAADfQQAAfsUMAMvFDAAYxgwAwr8EAH7FDADZjQwAl14NAEBoDACdtA0A2Y0MACiRDACdtA0AMrkLAOHFAQDZjQwAKJEMAHWRDACeIwUAqZIMADtuDQBQtA0A7akJAKmSDABQtA0ArOsEANmNDABAaAwAnbQNAOBxDAAtcgwAijkGAC8PDQD/xgwATMcMAJnHDADZjQwAKJEMAHWRDADKnQwAyTsCADK5CwDZjQwAQ94JAFC0DQAyuQsA4cUBAFFCDQCKOQYAgWkCANmNDAAokQwAdZEMAFVhDABw9QAAqZIMAFC0DQA6kQoAG1cMAHRnCQBAaAwA2Y0MAEBoDADZjQwAnbQNAJ20DQCdtA0A2Y0MANmNDADZjQwAKJEMAHWRDADZjQwAc44MAG25DQCpkgwAbbkNAH7FDADZjQwAQGgMAEJSDQCPUg0AQGgMAEJSDQCPUg0AULQNAMVWDQBpfQkAULQNADK5CwBQtA0A6i8GABtXDADhxQEAgl8EAHD1AABQtA0AULQNAMk7AgBQtA0AyTsCAFC0DQDJOwIAnbQNANmNDAAokQwAdZEMADK5CwDZjQwAKJEMAHWRDACpkgwAAAAAADtuDQAh+AkAQGgMAEJSDQCPUg0A2pwNAFC0DQDwcA0A30EAANmNDAAokQwAdZEMAKmSDACpkgwA2Y0MACiRDAB1kQwA2BQGAPdUDQBEVQ0AH6oMAASmCQAyuQsAqZIMAFC0DQAbPg0AmfcHAFVhDABQtA0Af4MHAD3XDAAafAwAZ3wMAOBxDAAtcgwAQGgMAEJSDQCPUg0A30EAAKmSDABQtA0AVQ4DANmNDADZjQwAKJEMAHWRDACKOQYA4BwAANmNDADZjQwAKJEMAHWRDABIqA0AAAAAAEBoDABCUg0Aj1INAKmSDAC1pAwAG1cMAKmSDADpiAcArTINABtXDAAQ/wAAAAAAAFC0DQCtMg0AG1cMABD/AACJ/AwAQGgMAEJSDQCPUg0AkVUNAHOODABQtA0Af4MHANmNDAAokQwAdZEMAFC0DQAEpgkAezQNAOHFAQDcBQ0A2Y0MAC7fAABYIgcA30EAAASPDQAEpgkAgl8EAFC0DQDAhgAA60INAN9BAAC60gwA4cUBAOHFAQCpkgwAH6oMAHD1AAA91wwA4cUBAHoMDQBMqAQAtaQMALrSDACAWgEAijkGAAAAAAAAAAAAAAAAAFC0DQCtMg0AAAAAAAAAAAAAAAAAegwNAHD1AABQtA0A8HANAK0yDQCKOQYA2Y0MAAfTDAAH0wwA2Y0MAHOODAAOfQIAMawNAEJSDQCPUg0AtaQMANmNDABzjgwAAJwDAEBoDAAAnAMAc4YAAN9BAAAlFQYAULQNAAV7AAAlFQYAnbQNAOgXDQC60gwAGnwMAGd8DAB6cgwAtaQMAIn8DABQtA0ABKYJANb8DADZjQwAULQNAFUOAwDhxQEAqZIMAFUOAwDZjQwAKJEMAHWRDADsHQ0AOR4NAACcAwAAnAMAULQNAFUOAwBVDgMAJUcEAFFCDQAbVwwAAAAAAFC0DQBQtA0Ac4YAAMVWDQDhxQEAULQNAL4lDQBsCAAAR7AIALXQAQCnKQ0A9CkNAE0AAABNAAAAwr8EAKmSDADhxQEAULQNAFC0DQD1FQAAQGgMAEJSDQCPUg0AuM8MAO2pCQCJDwMA2Y0MACiRDAB1kQwASc4KABp8DAAlTQ0At0ENAL4lDQB/gwcAviUNAL4lDQCKOQYA9RUAABp8DAAlTQ0AZ3wMAEBoDACpkgwAviUNAAsmDQBYJg0AXi8NACdQDQDZjQwAVQ4DAKmSDAD5oAcASqcHAAAAAADkEQ0AMRINAAAAAAAAAAAAnbAHAIFrBQDtqQkAqZIMAFC0DQBQtA0A60INAN9BAACpkgwAULQNAIigCwCpkgwAcPUAAOHFAQDZjQwAKJEMAHWRDABQtA0A4cUBAFC0DQDhxQEAULQNAHD1AABQtA0AcPUAAOHFAQBQtA0AbAgAAFC0DQBsCAAA2Y0MACiRDAB1kQwAULQNAIigCwBw9QAAG1cMAO8MAADvDAAAG1cMADK5CwDFVg0AlYcCAEBoDABCUg0Aj1INANmNDAAokQwAdZEMAOHFAQDu/wEAULQNAOHFAQBQtA0AqZIMAPoyDQDhxQEA4cUBAIJfBACSxgcAqZIMAGwIAABQtA0AULQNAOHFAQDgcQwALXIMAB+qDACIoAsAOc8JAKmSDADfQQAAgWkCAN9BAADZjQwAKJEMAHWRDACpkgwAI0oNAIo5BgAEpgkAHs0JAJWHAgAXhQ0AJU0NACGMAQDhxQEAAAAAAAAAAABqQQ0AokgNAO9IDQA8SQ0AULQNANmNDAAokQwAdZEMAOHFAQBsCAAAAJwDAACcAwAu3wAA4cUBAEBoDADhxQEAqZIMAJWHAgCpkgwASNQCAPBwDQDwcA0ASc4KAKmSDABQtA0A4cUBABp8DABnfAwA2Y0MACiRDAB1kQwA2Y0MAOHFAQCKOQYAULQNAIo5BgCJSQ0ASnUJAH+DBwBsCAAATZwDAFWVDQDtKgsALt8AAFC0DQDgcQwALXIMAKPUCQAXhQ0AkR8JAOHFAQAvXA0A4cUBAJEfCQDZdA0AyVwNAOnwCQBjogEAQGgMAEJSDQCPUg0A4cUBAFC0DQBQtA0A2Y0MAMk7AgDJOwIA2Y0MANmNDACKOQYAY3YMALB2DACZYQ0AuIIMAEBoDADZjQwAc44MAE/RAQBVrAkAnIQBAAF9DABAaAwAw8wCAGOiAQAlRwQAl1oHADmZBQC10AEA30EAAAKIBwCKOQYAULQNADK5CwBgfw0ATz0KAJAMAgBPPQoAkAwCAMAHAgDy8AgAnbQNALVqAgBQtA0AbAgAAOHFAQAFgwwArBsAAMPMAgBdoQ0A4cUBAKmSDADZjQwADn0CANl0DQDJXA0Az/0KABp8DABnfAwAz/0KAOHFAQAxIwAAMSMAALXQAQAQ5gEAS1IMAAtzDQDuawoAX1UKADtuDQDhxQEAULQNAOHFAQAs4gkA6GQNAKFrCgDhxQEA4cUBAOHFAQCregoAImcBAAapCQD1FQAA2Y0MALXQAQB4ugkAqZIMAOHFAQDhxQEA2XQNAMlcDQBQtA0AGnwMAGd8DAAfqgwAPhYJAOHFAQDhxQEA4cUBAGqMCgDvDAAA4HEMAKmSDABrAQsAOQMLAPP9BgCRHwkAyVwNAOHFAQC3QQ0AfRYCAOHFAQDhxQEA4cUBAFC0DQDZ2AkA2dgJANnYCQDZ2AkAtdABALXQAQDMHwsA4cUBABp8DACvgg0A2XQNAJWHAgDhxQEA2XQNADFdCgDhxQEAcXINAA95DQAafAwAXHkNAOHFAQAsfg0AcpoNAHl+DQDhxQEA4cUBANl0DQAxXQoAcXINAA95DQAafAwAXHkNAOHFAQBDxQoAq5UMAAF9DAAcfwwAPhYJAIhTCwAkBAIAGnwMAG5HDQBxcg0AqZIMAKmSDABQtA0AqZIMAA59AgDZjQwA2XQNAJWHAgAafAwAJU0NAPGYDQDZjQwAlYcCAGd8DAAfqgwA7p0IAFC0DQDVAAIATQAAANl0DQCVhwIA30EAANmNDACKOQYA4cUBABp8DABnfAwALrMLAOPOCgCVhwIAlYcCABuDAQAbgwEAG4MBABuDAQCVhwIAqZIMABuDAQDhxQEA4cUBAOHFAQAAAAAAAAAAANl0DQCVhwIAGnwMAGd8DAAuswsAULQNAOHFAQBQtA0A2XQNAFC0DQDZdA0AXaENAKmSDADhxQEA4cUBABp8DAAlTQ0AWHMNANmNDAAokQwARnEMANzkAQALcw0A96ENAESiDQCRog0A3qINANmNDABzjgwA9PEFAKmSDABGpQ0AlYcCADK5CwCKOQYA7UUNAGpBDQChawoA2Y0MAKFrCgBw9QAAO24NAHD1AAA7bg0A4HEMAGpBDQBw9QAA3OQBAKmSDACpkgwA3OQBAEBoDABAaAwAQGgMAP/GDABAaAwAQGgMAEBoDABAaAwA4HEMAGpBDQBAaAwA/8YMAEBoDAApUw0AQGgMAClTDQBAaAwAKVMNAJdeDQApUw0AQGgMAClTDQBAaAwAKVMNAGahDAApUw0AQGgMAClTDQCaogwA56IMALR8DADhxQEA4cUBAJWHAgCpkgwA9RUAAAF9DADmYQ0A30EAAN9BAAABfQwATn0MAKuRBgCEtQ0AlYcCAJWHAgDvDAAA7wwAAPqYDACpkgwAsKIBAEBoDABQtA0A484KAFC0DQBAaAwAG1cMAFC0DQAbVwwAQGgMAEJSDQAbVwwA7roNADu7DQBAaAwAlYcCAOHFAQClwA0A4cUBAOHFAQDhxQEApcANAOHFAQBFkgYApcANAFC0DQDG/QsA4cUBAOHFAQClwA0AqZIMAJqiDADnogwANKMMAEBoDADONQEA2XQNAMlcDQAafAwAZ3wMAHFyDQAPeQ0A4cUBANmNDABzjgwAGnwMAGd8DAAfqgwA7SoLAKuTCQDrjw0AVZUNADK5CwBQtA0Aq5EGANqcDQBfVw0A2XQNAMlcDQAafAwAJU0NAAmHCQBQtA0AG1cMAHi6CQD1FQAAULQNAH+DBwAafAwAZ3wMAB+qDAC4AQsA2pwNAHSdDQAafAwAr4INANl0DQDkXAoAULQNAA==","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAMAAIADAAAAAwAAgAMAAAABAACAAwAAgAMAAAABAAAAAAAAgAMAAIAAAACAAwAAgAAAAIABAACAAwAAgAAAAIAAAACAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAgAEAAIACAACAAQAAAAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAAAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAMAAAABAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAEAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAABAAAAACAAAACAAAAABQBwAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAgAAAAAAAAQAAAAAIAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACACAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAIAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAQAAAAAJAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAACAAAgAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAABAAAAAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAAiAAAAABABwAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAIAABABwAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAgAAAAAAAAAABAACAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAABAACAAAAAAAABABAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAARAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAGAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAACAAAAABABwAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAgAAAAAAAAAAAAAAMAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAABAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAA"},"index":{"lists":[[],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,44,45,47,48,49,50,51,52,53,54,58,59,63,64,82,85,86,88,99,100,101,102,103,112,121,122,125,128,132,133,140,142,143,144,145,147,149,150,151,154,155,156,157,168],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,44,45,47,48,49,50,51,52,53,54,57,58,59,63,64,82,85,86,88,99,100,101,102,103,112,121,122,125,128,132,133,140,142,143,144,145,147,149,150,151,154,155,156,157,168],[56,127,174],[73,74,75,160,161,162,163,164,165,166],[151,167],[63,64,80,81,151,156,157],[73,74,75],[41,42,50,51,73,74,75,76,93,102,103,104,108,115,117,122,123,124,125,131,137,138,139,146,168],[18,19,62,107,118],[77,180],[6],[1,7,73,74,75,109,140,144,145,168],[9,73,74,75,79,140,144,145,168],[27,73,74,75,128,140,144,145,155,168],[73,74,75,140,144,145,159,168],[0,2,4,5,16,17,20,21,73,74,75,96,106,128,140,141,144,145,148,152,168,169,172,175,176,179,181],[3,8,11,16,20,21,23,29,32,33,43,46,60,66,67,73,74,75,78,83,86,89,96,105,111,113,114,119,128,135,140,144,145,168,177,182],[73,74,75,140,144,145,168],[73,74,75,140,144,145,168,173],[59,73,74,75,140,144,145,168,170,171],[54,61,65,73,74,75,98,129,140,144,145,168],[10,29,60,68,73,74,75,88,89,110,140,144,145,168],[4,22,73,74,75,140,144,145,168],[10,35,73,74,75,88,140,144,145,168],[12,13,28,39,73,74,75,84,90,91,92,94,95,97,116,120,121,134,136,140,144,145,153,158,168],[7,73,74,75,140,144,145,168],[10,73,74,75,140,144,145,168],[69,70,71,72,87,130,178],[14,15,73,74,75,140,144,145,168],[24],[25,26,30,31],[34,38],[37],[37,47],[40,147],[47,53],[47],[52,58,147],[55,126],[147],[49,150],[49,132,133,150],[49,150,151],[49,63,64,150,151,156,157],[49,57,132,133,150],[41,44,45,48,49,50,51,102,103,112,122,125,132,133,150,168],[1,7,49,132,133,140,142,143,144,145,150,154,168],[49,132,133,140,142,143,144,145,150,168],[27,49,128,132,133,140,142,143,144,145,150,155,168],[2,4,49,128,132,133,140,142,143,144,145,149,150,168],[32,33,49,82,86,128,132,133,140,142,143,144,145,150,168],[49,59,132,133,140,142,143,144,145,150,168],[49,54,132,133,140,142,143,144,145,150,168],[49,88,132,133,140,142,143,144,145,150,168],[4,49,132,133,140,142,143,144,145,150,168],[49,82,85,88,132,133,140,142,143,144,145,150,168],[39,49,82,121,132,133,140,142,143,144,145,150,168],[7,49,132,133,140,142,143,144,145,150,168],[49,132,133,140,144,145,150,168],[24,49,150],[25,26,30,31,49,150],[38,49,150],[36,37,49,150],[37,49,150],[37,47,49,150],[40,49,99,147,150],[47,49,53,101,150],[47,49,150],[49,52,58,147,150],[49,100,150],[49,101,150],[49,147,150]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,5,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,0,9,10,0,11,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,28,0,0,0,29,0,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,30],[9679,31],[9135,32],[215,33],[10095,33],[10003,34],[8595,33],[10008,35],[10004,36],[8730,37],[10006,38],[8505,39],[9762,0],[9888,0],[8617,0],[10007,40],[10060,40]],"plainDefault":0,"spaced":[41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,42,41,41,41,41,41,41,43,41,44,45,41,46,46,46,46,46,46,46,46,46,46,41,41,41,41,41,41,41,47,48,49,48,50,51,48,48,48,48,48,48,48,52,53,54,48,55,56,57,58,48,48,48,48,48,41,41,41,41,59,41,47,48,49,48,50,51,48,48,48,48,48,48,48,52,53,54,48,55,56,57,58,48,48,48,48,48,41,41,41,41,41],"spacedOther":[[160,41],[5760,41],[8192,41],[8193,41],[8194,41],[8195,41],[8196,41],[8197,41],[8198,41],[8199,41],[8200,41],[8201,41],[8202,41],[8232,41],[8233,41],[8239,41],[8287,41],[12288,41],[65279,41],[9676,60],[9679,61],[9135,62],[215,63],[10095,64],[10003,65],[8595,64],[10008,66],[10004,67],[8730,68],[10006,69],[8505,41],[9762,70],[9888,70],[8617,71],[10007,72],[10060,72]],"spacedDefault":41,"blank":41}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[],[15,16,17,19,20,21,22,24,25,26,27,28,30,31,33,34,35,36,37,38,39,41,42,46,47,59,60,61,62,68,69,70,71,72,80],[15,16,17,19,20,21,22,24,25,26,27,28,30,31,33,34,35,36,37,38,39,40,41,42,46,47,59,60,61,62,68,69,70,71,72,80],[40],[53,54,55],[46,47,57,58],[28,29,36,37,53,54,55,56,64,71,72,73,76,81],[9,10,45,76],[56],[53,54,55,77],[1,53,54,55,56],[7,8,11,12,53,54,55,67,75],[0,3,7,11,12,14,18,21,22,29,32,43,49,50,53,54,55,56,61,62,67,74,79,81],[44,53,54,55,67],[2,18,43,50,53,54,55,62,78],[13,53,54,55],[2,53,54,55,62],[4,18,26,53,54,55,62,63,65,66,67],[2,53,54,55],[51,52,61],[5,6,53,54,55],[17,53,54,55],[53,54,55,60],[42,53,54,55],[39,48,53,54,55],[23,53,54,55],[15],[16,17,19,20],[22,26],[25],[25,33],[27],[33,39],[33],[38,41],[35],[35,40],[35,46,47],[28,30,31,34,35,36,37,71,72,80],[21,22,35,59,61,62],[35,62],[35,59,60,62],[26,35,59,62],[35,61],[17,35],[35,60],[35,42],[35,39],[15,35],[16,17,19,20,35],[22,26,35],[24,25,35],[25,35],[25,33,35],[27,35,68],[33,35,39,70],[33,35],[35,38,41],[35,69],[35,70]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,0,0,5,4,0,6,6,6,6,6,6,6,6,6,6,0,0,0,7,8,0,0,9,10,4,4,11,12,4,4,4,4,4,4,4,4,13,14,4,15,16,17,4,4,4,18,4,4,19,0,0,0,20,0,4,4,21,4,4,22,4,4,4,4,4,4,4,23,24,4,4,4,25,22,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,26],[9679,27],[9135,28],[215,29],[10095,29],[10003,30],[8595,29],[10008,31],[10004,32],[8730,33],[10006,34],[8505,3],[9762,0],[9888,0],[8617,0]],"plainDefault":0,"spaced":[35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,36,35,35,35,35,35,35,35,35,35,37,36,35,38,38,38,38,38,38,38,38,38,38,35,35,35,35,35,35,35,35,35,35,35,35,39,35,35,35,35,35,35,35,35,35,40,35,35,41,42,35,35,35,35,35,35,43,35,35,35,35,35,35,35,44,35,35,45,35,35,35,35,35,35,35,46,47,35,35,35,35,45,35,35,35,35,35,35,35,35,35,35,35],"spacedOther":[[160,35],[5760,35],[8192,35],[8193,35],[8194,35],[8195,35],[8196,35],[8197,35],[8198,35],[8199,35],[8200,35],[8201,35],[8202,35],[8232,35],[8233,35],[8239,35],[8287,35],[12288,35],[65279,35],[9676,48],[9679,49],[9135,50],[215,51],[10095,52],[10003,53],[8595,52],[10008,54],[10004,55],[8730,56],[10006,57],[8505,36],[9762,58],[9888,58],[8617,59]],"spacedDefault":35,"blank":35}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,5,8],[9],[5,6,7,8,12,16,17,18],[1],[2,14],[10],[0,3,4,15],[11],[13],[5,8],[4]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,6,0,0,0,0,7,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,10,10,10,10,10,10,10,10,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[9],[1,3,6,8,9,10],[6,9],[3,9],[6,7,9],[3,6,9],[5,6,9],[0,6,9],[0,4,6,9],[6,8,9],[2,6,9],[6,9,10],[9,10],[3,6,9,10],[1,6,9,10],[6,8,9,10]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,9,9,2,2,2,2,2,2,2,2,2,2,2,2,2,10,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,11,0,0,0,0,0,0,2,0,3,12,0,11,11,11,11,11,11,11,11,11,11,0,0,0,0,2,0,0,11,11,13,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,2,0,0,0,11,0,14,11,15,11,15,15,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    high: 0,
    ambiguous: 0,
    continuing: 0,
    code: 0,
    unexplained: 0,
    consequences: 0,
    nullHandles: 0,
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
  into.ambiguous += from.ambiguous;
  into.continuing += from.continuing;
  into.code += from.code;
  into.unexplained += from.unexplained;
  into.consequences += from.consequences;
  into.nullHandles += from.nullHandles;
  into.unnamed += from.unnamed;
  into.timedOut ||= from.timedOut;
  into.hookTimedOut ||= from.hookTimedOut;
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
  if (unit.code > 0) {
    const evidence = first((f) => f.kind === "code");
    return evidence ? { kind: "code", evidence } : { kind: "code" };
  }
  const services = namedServices(unit);
  if (unit.high > 0) {
    const confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut ? "ambiguous" : "high";
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
function namedServices(unit) {
  const named = [...unit.services];
  if (named.length === 0 && unit.unnamed > 0 && unit.mention) named.push(unit.mention);
  return named.sort();
}

// src/classify/verdict.ts
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
  const unprinted = Math.max(0, inputs.reportedFailures - failing.length);
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
  const hook = /hook for "([^"]{1,500})"/.exec(name);
  if (hook) return `hook:${hook[1]}`;
  const cut = name.search(/ > |::| › /);
  return cut > 0 ? name.slice(0, cut) : "";
}
function withHandleConsequences(judged) {
  const refused = (j) => j.outcome.kind === "infrastructure" && j.outcome.confidence === "high";
  return judged.map((j) => {
    const u = j.unit;
    const scope = scopeOf(u.name);
    if (!TEARDOWN.test(u.name) || scope === "") return j;
    const setup = judged.find((o) => refused(o) && SETUP.test(o.unit.name) && scopeOf(o.unit.name) === scope);
    if (!setup) return j;
    const onlyHandles = j.outcome.kind === "code" && u.code > 0 && u.code === u.nullHandles && u.unexplained === 0 && u.ambiguous === 0;
    const onlyTimedOut = j.outcome.kind === "unexplained" && j.outcome.reason === "timeout";
    if (onlyHandles) return { unit: u, outcome: setup.outcome };
    if (onlyTimedOut && setup.outcome.kind === "infrastructure") return { unit: u, outcome: { ...setup.outcome, confidence: "ambiguous" } };
    return j;
  });
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
var TAP_SUBTEST = /^( {0,64})# Subtest: /;
var TAP_RESULT = /^( {0,64})(not )?ok \d{1,6}\b/;
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
  /** The line of a TAP `not ok` that only reports its subtests' failures. */
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
