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
} from "./chunk-JASTG2BQ.js";
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
} from "./chunk-BTKOKSZG.js";

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
  const viaHttp = rule.id === "network.refused.http-pool" || /\bhttps?:\/\/|Failed to open TCP connection to /.test(line);
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
var DIALECTS = [PHPT, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, JASMINE, EXUNIT, MOCHA, NODE_TEST, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 230\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,45,47,197,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,333,335,336,337,338,339,340,341,345],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,10003,10004,8730,10006,8505,35,9762,9888,43,36],"words":6,"quiet":10466,"states":11736,"edges":"AAAAAAAAAAABAAAATQAAAAIAAAAFewAAAwAAAO8MAAAEAAAAm8IAAAUAAABxoAUABgAAAIL3AQAHAAAAqUEGAAgAAADhxQEACQAAAKOBAAAKAAAA30EAAAsAAAAhkAcADAAAAHOGAAANAAAA9RUAAA4AAAAzWgEADwAAAJ6gAAAQAAAAMSMAABEAAACIZgEAEgAAAGwIAAATAAAA2bkBABQAAAAEpgkAFQAAAI/kAQAWAAAAdv4AABcAAAC10AEAGAAAABDmAQAZAAAAbtkBABoAAAAW7wEAGwAAAIFpAgAcAAAAlYcCAB0AAAAAAAAAHgAAAEXICgAfAAAAcPUAACAAAAB9FgIAIQAAAAAAAAAiAAAAY6IBACMAAAAu3wAAJAAAAACcAwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAG4MBACkAAABykgEAKgAAANUCBQArAAAAoWsKACwAAAAAAAAALQAAAH/MAQAuAAAAAAAAAC8AAACzGgIAMAAAAA59AgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAARkwkAPAAAAEudCQA9AAAAD3cKAD4AAAAAAAAAPwAAAKl3CgBAAAAAAAAAAEEAAADQiwoAQgAAAB2MCgBDAAAAQp0KAEQAAACPnQoARQAAANydCgBGAAAAtK4KAEcAAABQsgoASAAAANm/CgBJAAAAWg4LAEoAAACnDgsASwAAAJ+cCwBMAAAAhuoLAE8AAACaAAAAUAAAAE1PAwBSAAAAHv8HAFMAAAD4JwEAVgAAABOQAABYAAAAqIEIAFkAAABq8AYAYQAAAHjoAQBkAAAAF0sDAGoAAAA/OAAAnQAAAOcAAACnAAAAkqkCAOoAAAD6SwwAOQEAAIEBAACHAQAAzgEAANUBAAAbAgAAIwIAAGgCAABqAgAAtQIAAL4CAAACAwAADAMAAE8DAABaAwAAnAMAAKgDAADpAwAA9gMAADYEAABABAAAgwQAAJEEAADQBAAA3wQAAB0FAAAfBQAAagUAAHQFAAC3BQAAxQUAAAQGAAAJBgAAUQYAAF4GAACeBgAApgYAAOsGAAD7BgAAOAcAADoHAACFBwAAkwcAANIHAADjBwAAR0wMACYIAACUTAwAbggAAF+iCgB0CAAAuQgAAIUIAAApngoAiAgAALjmCADACAAABgkAAAsJAABTCQAAXwkAAKAJAACjCQAA7QkAAPUJAAA6CgAARwoAAIcKAACMCgAA1AoAAN4KAAAhCwAAKQsAAG4LAAB6CwAAuwsAAH0LAAAn4gEAzgsAAAgMAAAWDAAAVQwAAFgMAACiDAAArAwAAOFMDADxDAAA+WgAAPIMAACchAEA9AwAADwNAAD4DAAAItMJAPkMAADJOwIA+gwAAArdAQD7DAAArBsAAP0MAABQXwEA/gwAADcsAAADDQAAam0CAAwNAAC6MgMADw0AALT7CgBCDQAAiQ0AAEsNAAAqKgcAjw0AANYNAADqDQAAIw4AADgOAABwDgAAeA4AAL0OAADHDgAACg8AAA8PAABXDwAAXA8AAKQPAACsDwAA8Q8AAAcQAAA+EAAAQBAAAIsQAACYEAAA2BAAAOwQAAAlEQAALREAAHIRAACBEQAAvxEAANARAAAMEgAAGhIAAFkSAABlEgAAphIAALMSAADzEgAA/RIAAEATAABDEwAAjRMAAJUTAADaEwAA3BMAACcUAAA4FAAAdBQAAHoUAADBFAAAzRQAAA4VAAAQFQAAWxUAAGIVAACoFQAAvBUAAC5NDAD2FQAACBQMAPcVAACKAwIA+hUAAEIWAAD+FQAAjrwBAAMWAAB2zAIARBYAAMm6AABFFgAAYbwGAEkWAAATrwgAShYAAI8WAABMFgAAqSQBAE0WAACKhgYATxYAABreBQBRFgAAozoJAFMWAAAXswUAWBYAAEEJAgBbFgAAjFUFAJAWAADcFgAAkhYAAOsjBQCVFgAAIV4JAPMWAAApFwAAQRcAAHYXAACBFwAAwxcAANwXAAAQGAAAEhgAAF0YAAB3GAAAqhgAALkYAAD3GAAA/BgAAEQZAABRGQAAkRkAAKEZAADeGQAA5hkAACsaAAA3GgAAeBoAAIUaAADFGgAAzxoAABIbAAAYGwAAXxsAAHMbAAB7TQwAshsAAPkbAAC2GwAAO2wKAMMbAACRbAkAFBwAAEYcAABSHAAAkxwAAJkcAADgHAAA4xwAAKzrBADoHAAALR0AADAdAADfEQUANB0AAHodAAA4HQAAgnoGADsdAACBAwMAfx0AAMcdAADTHQAAFB4AABceAABhHgAAaR4AAK4eAAC7HgAA+x4AAAAfAABIHwAAUh8AAJUfAACdHwAA4h8AAOUfAAAvIAAAOCAAAHwgAAB9IAAAySAAAMogAAAWIQAAGyEAAGMhAABpIQAAsCEAALohAAD9IQAABSIAAEoiAABNIgAAlyIAAJoiAADkIgAA9SIAAMhNDAAzIwAAOosBADYjAAAGqQkAOiMAAJCsCwA9IwAAfiMAAD8jAACCFAcAliMAAMsjAADOIwAAGCQAACQkAABlJAAAciQAALIkAAC5JAAA/yQAAAElAABMJQAAVSUAAJklAACjJQAA5iUAAPElAAAzJgAATyYAAIAmAACIJgAAFU4MANImAAAaJwAAIicAAGcnAABoJwAAtCcAALYnAAABKAAABCgAAE4oAABRKAAAYk4MAKAoAADoKAAA7igAADUpAAA8KQAAgikAAIopAADPKQAA0ikAABwqAAAlKgAAaSoAAGoqAAC2KgAAtyoAAAMrAAAUKwAAUCsAAF4rAACdKwAAqSsAAOorAADxKwAAr04MAD0sAACELAAAhiwAANEsAADnLAAAHi0AACYtAABrLQAAbS0AALgtAADBLQAABS4AAA8uAABSLgAAXS4AAJ8uAACrLgAA7C4AAPkuAAA5LwAAQy8AAIYvAACULwAA0y8AAOIvAAAgMAAAIjAAAG0wAAB3MAAAujAAAMgwAAAHMQAADDEAAFQxAABhMQAAoTEAAKkxAADuMQAA9DEAADsyAABHMgAAiDIAAKUyAADVMgAA3jIAACIzAAAwMwAAbzMAAHUzAAC8MwAAyDMAAAk0AAAMNAAAVjQAAF40AACjNAAAtDQAAPA0AAD+NAAAPTUAAFY1AACKNQAAizUAANc1AAD0NQAA/E4MACk2AABxNgAAdzYAAL42AADGNgAACzcAABQ3AABYNwAAWzcAAKU3AACxNwAA8jcAAPg3AACWTwwAWzgAAIw4AACUOAAA408MANw4AAAmOQAANzkAAHM5AAB7OQAAwDkAAM45AAANOgAAEDoAAFo6AABiOgAApzoAALQ6AAD0OgAA+ToAAEE7AABLOwAAjjsAAJY7AADbOwAA5zsAACg8AAA1PAAAdTwAAHc8AADCPAAA2zwAAA89AAAgPQAAXD0AAGg9AACpPQAAsD0AAPY9AAD+PQAAQz4AAEg+AACQPgAAnT4AAN0+AADlPgAAKj8AADQ/AAB3PwAAgj8AAMQ/AADQPwAAEUAAABlAAAAwUAwAakAAAKtAAACxQAAA+EAAABNBAABFQQAAUUEAAJJBAACYQQAAfVAMAORBAABn9QEA5UEAAAI5BADmQQAAMyoGAOpBAAAsQgAA60EAAA2mCADtQQAAQb4EAPNBAADT/QEAOEIAAHlCAAB/QgAAugQLAIFCAADKUAwA0kIAABNDAAAZQwAAYEMAAHtDAACtQwAAuUMAAPpDAAAARAAAR0QAAE9EAACURAAAmkQAAOFEAADtRAAALkUAAEtFAAB7RQAAhEUAAMhFAADURQAAFUYAABhGAABiRgAAbEYAAK9GAAC7RgAA/EYAAANHAABJRwAAUUcAAJZHAACXRwAAIVgAAJlHAADjRwAA8kcAADBIAAA2SAAAfUgAAH9IAADKSAAA4EgAABdJAAA1SQAAZEkAAH1JAACxSQAAs0kAAP5JAAABSgAAS0oAAFdKAACYSgAAn0oAAOVKAADtSgAAMksAADRLAAB/SwAAiEsAAMxLAADWSwAAGUwAACRMAABmTAAAckwAALNMAADATAAAAE0AAApNAABNTQAAW00AAJpNAACpTQAA500AAOlNAAA0TgAAPk4AAIFOAACPTgAAzk4AANNOAAAbTwAAKE8AAGhPAAB9TwAAtU8AAL1PAAACUAAAG1AAAE9QAABYUAAAnFAAAKZQAADpUAAA8VAAADZRAABDUQAAg1EAAIhRAADQUQAA2FEAAB1SAAAeUgAAalIAAGxSAAC3UgAAulIAAARTAAAHUwAAF1EMAFZTAACeUwAApFMAAOtTAADyUwAAOFQAAEBUAACFVAAAiVQAANJUAADUVAAAH1UAACJVAABsVQAAdFUAALlVAAC6VQAABlYAAAxWAABTVgAAWFYAAKBWAAC7VgAA7VYAAPtWAAA6VwAAQVcAAIdXAACTVwAA1FcAANtXAABkUQwAI1gAAG5YAABxWAAAu1gAAL5YAACxUQwADVkAAFVZAABbWQAAolkAAKlZAADvWQAADVoAADxaAABVWgAAiVoAAItaAADWWgAA2VoAACNbAAAvWwAAcFsAAHdbAAC9WwAAxVsAAApcAAAMXAAAV1wAAGBcAACkXAAArlwAAPFcAAD8XAAAPl0AAEpdAACLXQAAmF0AANhdAADiXQAAJV4AADNeAAByXgAAgV4AAL9eAADBXgAADF8AABZfAABZXwAAZ18AAKZfAACrXwAA818AAABgAABAYAAAVWAAAI1gAACVYAAA2mAAAPNgAAAnYQAAMGEAAHRhAAB+YQAAwWEAAMlhAAAOYgAAG2IAAFtiAABgYgAAqGIAALBiAAD1YgAA9mIAAEJjAABEYwAAj2MAAJJjAADcYwAA32MAAP5RDAAuZAAAdmQAAHxkAADDZAAAymQAABBlAAAYZQAAXWUAAGFlAACqZQAArGUAAPdlAAD6ZQAARGYAAExmAACRZgAAkmYAAN5mAADkZgAAK2cAADBnAAB4ZwAAk2cAAMVnAADTZwAAEmgAABloAABfaAAAa2gAAKxoAACzaAAAS1IMAPxoAABGaQAAV2kAAJNpAACbaQAAjm8BAK9pAADgaQAA6GkAAJhSDAA8agAAemoAAIBqAADHagAAyWoAABRrAAAqawAAYWsAAH9rAACuawAAsWsAAPtrAAAHbAAASGwAAE5sAACVbAAAsGwAAOJsAADubAAAL20AADVtAAB8bQAAmm0AAMltAADZbQAAFm4AACRuAABjbgAAaW4AALBuAACzbgAA/W4AAAdvAABKbwAAaG8AAJdvAACtbwAA5G8AAPBvAAAxcAAANHAAAH5wAACBcAAAy3AAAM1wAAAYcQAAL3EAAGVxAABxcQAAsnEAAM5xAAD/cQAAB3IAAOVSDABdcgAAmXIAAKdyAADmcgAA8nIAADNzAABAcwAAgHMAAIpzAADNcwAA1XMAABp0AAAbdAAAZ3QAAGl0AAC0dAAAt3QAAAF1AAAEdQAAMlMMAFN1AACbdQAAoXUAAOh1AADvdQAANXYAAD12AACCdgAAmHYAAM92AADYdgAAHHcAAB93AABpdwAAc3cAALZ3AAC+dwAAA3gAABx4AABQeAAAXHgAAJ14AACleAAAf1MMAPJ4AAA3eQAAOnkAAIR5AACOeQAA0XkAANd5AAAeegAALHoAAGt6AAB4egAAuHoAAM96AADMUwwABnsAANw3CwAIewAA64cBAAt7AADUJQIADHsAAPccBgANewAA9AoFAA57AAB4tAAAD3sAAKUFAgASewAAXhQLABR7AABSewAAFnsAAMqZBgAbewAAwTEFABx7AACsVQoAXHsAAKFpBwBhewAAn3sAAKt7AADsewAA7XsAAI0VAwDvewAAOXwAADx8AACGfAAAjXwAAAdlAQCOfAAA03wAAJ58AACEEwEA2nwAACB9AAAsfQAAbX0AAHp9AAC6fQAAyH0AAAd+AAATfgAAVH4AAFt+AAChfgAAqX4AAO5+AAD+fgAAO38AAEB/AACIfwAAjn8AANV/AADdfwAAIoAAACuAAABvgAAAcoAAALyAAADIgAAACYEAAA+BAAAZVAwAdYEAAGZUDACwgQAA8IEAAPKBAADp6gAA84EAABxFAgD3gQAAgTsKAPuBAAD4kwkA/IEAABilAQD/gQAAQY4JAAmCAACDHwIAEIIAAD2CAABKggAAioIAAI+CAADXggAA24IAACSDAAAxgwAAcYMAAHmDAAC+gwAAfIMAAM2SCADFgwAAC4QAANSDAAAWCgQADYQAAFiEAABihAAApYQAAKeEAADyhAAAC4UAAD+FAABBhQAAjIUAAI+FAADZhQAA5YUAACaGAAAuhgAAs1QMAHmGAADAhgAAe4YAAMusDQCChgAAZ0QFAISGAABQlQUAhoYAALMzAQCPhgAAX1UKAMaGAAAm0wAA2IYAAA2HAAAPhwAAWocAABqHAAAAmgAAJocAAMSMAABphwAAp4cAALaHAAD0hwAAAIgAAEGIAABEiAAAjogAAJGIAADbiAAA84gAACiJAAAviQAAdYkAAIGJAADCiQAAz4kAAA+KAAAdigAAXIoAAGiKAACpigAAsIoAAPaKAAAOiwAAQ4sAAE+LAACQiwAAlosAAN2LAADjiwAAKowAAC+MAAB3jAAAfYwAAE1VDADGjAAAEY0AABiNAABejQAAdo0AAKuNAACyjQAA+I0AABGOAABFjgAAXY4AAJKOAACejgAA344AAOWOAAAsjwAAMo8AAHmPAAB+jwAAxo8AAMyPAACaVQwALJAAAGCQAABxkAAArZAAALuQAAD6kAAACZEAAEeRAABPkQAAlJEAALSRAADhkQAA7ZEAAC6SAABCkgAAe5IAAIOSAADIkgAAzpIAABWTAAAhkwAAYpMAAGyTAACvkwAAtZMAAPyTAAAKlAAASZQAAFWUAACWlAAAsZQAAOOUAADllAAAMJUAAEGVAAB9lQAAhZUAAMqVAADYlQAAF5YAABqWAABklgAAbJYAALGWAAC+lgAA/pYAAAOXAABLlwAAVZcAAJiXAACglwAA5ZcAAOeXAAAymAAAQ5gAAH+YAACQmAAAzJgAANGYAAAZmQAAHZkAAGaZAABymQAAs5kAALqZAADnVQwABZoAAE2aAABXmgAAmpoAALKaAADnmgAA6poAADSbAAA9mwAAgZsAAIKbAADOmwAAz5sAABucAAAgnAAAaJwAAG6cAAC1nAAAv5wAAAKdAAAOnQAAT50AAFadAACcnQAAtJ0AAOmdAADrnQAANp4AAD+eAACDngAAjZ4AANCeAADbngAAHZ8AADWfAABqnwAAgJ8AALefAAC8nwAABKAAAAugAABRoAAAXaAAADRWDACgoAAAbnMCAKOgAAAQmQEAp6AAAAAdBQCvoAAA66AAAO2gAADaLgIA+aAAADihAABEoQAAhaEAAEehAAADyQYAkqEAANKhAADcoQAAH6IAACCiAAB9AwwAJ6IAAGyiAABzogAAuaIAAIeiAAD6dwEAvqIAAAajAAASowAAU6MAAFajAACgowAAqKMAAO2jAAD6owAAOqQAAD+kAACHpAAAkaQAANSkAADcpAAAIaUAACSlAABupQAAd6UAALulAAC8pQAACKYAAAmmAABVpgAAWqYAAKKmAACopgAA76YAAPmmAAA8pwAARKcAAImnAACLpwAA1qcAAN+nAAAjqAAALagAAHCoAAB7qAAAvagAAMmoAAAKqQAAF6kAAFepAABhqQAApKkAALKpAADxqQAAAKoAAD6qAABAqgAAi6oAAJWqAADYqgAA5qoAACWrAAAqqwAAcqsAAH+rAAC/qwAAx6sAAAysAAANrAAAWawAAF+sAACmrAAAq6wAAPOsAAD9rAAAQK0AAEWtAACNrQAAnK0AANqtAADfrQAAJ64AADiuAAB0rgAAfK4AAMGuAADHrgAADq8AABqvAABbrwAAeK8AAKivAACxrwAA9a8AAAGwAABCsAAARbAAAI+wAACZsAAA3LAAAOiwAAApsQAAMLEAAHaxAAB+sQAAw7EAANyxAAAQsgAAJLIAAF2yAABlsgAAqrIAAK2yAAD3sgAAA7MAAESzAABKswAAkbMAAKyzAADeswAA6rMAACu0AAAxtAAAgVYMAIK0AADFtAAA0LQAABK1AAAatQAAA8UAAB61AABftQAAbLUAAKy1AAC2tQAA+bUAAAe2AABGtgAAVbYAAJO2AACVtgAA4LYAAOq2AAAttwAAO7cAAHq3AAB/twAAx7cAANS3AAAUuAAAHLgAAGG4AABiuAAArrgAAGW4AAD1SQEAcbgAAD9sAQC/uAAA+7gAAAS5AABIuQAAX7kAAJW5AACjuQAA4rkAAO+5AAAvugAAN7oAAHy6AACbugAAzlYMANK6AAAWuwAAILsAAGO7AABuuwAAG1cMALK7AAD9uwAABrwAAEq8AABUvAAAl7wAAKK8AADkvAAA8LwAADG9AAA+vQAAfr0AAIi9AADLvQAA2b0AABi+AAAnvgAAZb4AAGe+AACyvgAAvL4AAP++AAANvwAATL8AAFG/AACZvwAApr8AAOa/AADuvwAAM8AAADnAAACAwAAAjMAAAM3AAADqwAAAGsEAACPBAABnwQAAdcEAALTBAAC6wQAAAcIAAA3CAABOwgAAVcIAAGhXDACdwgAA9eMBAKHCAADowgAA7cIAADXDAAD2wgAA2KwDAELDAACCwwAAmcMAAM/DAADQwwAAHMQAAB7EAABpxAAAbMQAALbEAAC5xAAAtVcMACTFAABQxQAAUcUAAJ3FAACfxQAA6sUAAO3FAAA3xgAAOsYAAAJYDACJxgAA0cYAANfGAAAexwAAJccAAGvHAACNxwAAuMcAAMDHAAAFyAAAFMgAAFLIAABUyAAAn8gAALDIAADsyAAA/cgAADnJAABFyQAAhskAAI3JAADTyQAA28kAACDKAAAkygAAbcoAAHvKAAC6ygAAxMoAAAfLAAASywAAVMsAAFnLAAChywAAqssAAO7LAAD4ywAAO8wAAEPMAACIzAAAiswAANXMAADizAAAIs0AADbNAABvzQAAd80AALzNAAC9zQAACc4AAAvOAABWzgAAWc4AAKPOAACmzgAAT1gMAPXOAAA9zwAAQ88AAIrPAACRzwAA188AAN/PAAAk0AAAM9AAAHHQAAB20AAAvtAAAMvQAAAL0QAAG9EAAFjRAABm0QAApdEAALzRAADy0QAA+9EAAD/SAABF0gAAjNIAAJjSAADZ0gAA4NIAAJxYDAAr0wAANmwCAC7TAABz0wAAM9MAAArhBwCC0wAAwNMAANHTAAAN1AAAG9QAAFrUAABm1AAAp9QAALTUAAD01AAA/tQAAEHVAABJ1QAAjtUAAJHVAADb1QAA59UAACjWAAA11gAAddYAAH/WAADC1gAAytYAAA/XAAAR1wAAXNcAAGXXAACp1wAAs9cAAPbXAAAB2AAAQ9gAAFjYAACQ2AAAmNgAAN3YAAD22AAAKtkAADPZAAB32QAAgdkAAMTZAADM2QAAEdoAAB7aAABe2gAAY9oAAKvaAACz2gAA+NoAAPnaAABF2wAAR9sAAJLbAACV2wAA39sAAOLbAADpWAwAMdwAAHncAAB/3AAAxtwAAM3cAAAT3QAAG90AAGDdAABu3QAArd0AALDdAAD63QAAAt4AAEfeAABK3gAAlN4AAKDeAADh3gAA694AADZZDAAw3wAAe98AADHfAABXrwkAOd8AAIAPBAA93wAA6dEBAD7fAACoaAkAUt8AAAu4AQCE3wAAyN8AANLfAAAV4AAAIOAAAGLgAABu4AAAr+AAALzgAAD84AAABuEAAEnhAABX4QAAluEAAKXhAADj4QAA5eEAADDiAAA64gAAfeIAAIviAADK4gAAz+IAABfjAAAk4wAAZOMAAHTjAACx4wAAs+MAAP7jAAAM5AAAS+QAAFzkAACDWQwAn+QAANBZDADt5AAAHVoMADvlAAB/5QAAieUAAMzlAADX5QAAGeYAACXmAABm5gAAc+YAALPmAAC95gAAAOcAAA7nAABN5wAAXOcAAJrnAACc5wAA5+cAAPHnAAA06AAAQugAAIHoAACG6AAAzugAANvoAAAb6QAAI+kAAGjpAAB46QAAtekAALfpAAAC6gAAEOoAAE/qAABg6gAAaloMAKPqAAC3WgwAAusAADbrAABH6wAAg+sAAI/rAADQ6wAA2OsAAARbDAAi7AAAauwAAHLsAAC37AAAuewAAATtAAC87AAA8RMGAMbsAAAO/gMADe0AAFHtAAAT7QAAvS0IAFvtAACe7QAAqe0AAOvtAAD37QAAOO4AAEXuAACF7gAAj+4AANLuAADg7gAAH+8AAC7vAABs7wAAbu8AALnvAADD7wAABvAAABLwAABT8AAAW/AAAFFbDACj8AAA7fAAAPvwAAA68QAAR/EAAIfxAACe8QAA1PEAANzxAAAh8gAAN/IAAG7yAAB68gAAu/IAAMryAAAI8wAAE/MAAFXzAABX8wAAovMAAK/zAADv8wAA/fMAADz0AAA/9AAAifQAAJ/0AADW9AAA3vQAACP1AAA19QAAnlsMAH31AADhMQoAf/UAAL31AADC9QAACvYAABH2AABX9gAAY/YAAKT2AACx9gAA8fYAAPP2AAA+9wAAVPcAAIv3AACX9wAA2PcAAPf3AAAl+AAAQfgAAHL4AAB6+AAA61sMAMH4AAAM+QAAFfkAAFn5AABj+QAApvkAALH5AADz+QAA//kAAED6AABN+gAAjfoAAJf6AADa+gAA6PoAACf7AAA2+wAAdPsAAHb7AADB+wAAy/sAAA78AAAc/AAAW/wAAGD8AACo/AAAtfwAAPX8AAAF/QAAQv0AAET9AACP/QAAnf0AANz9AADt/QAAOFwMADD+AACFXAwAeP4AANxMBAB7/gAAw/4AAH/+AABGnQEAgv4AAElLBgCE/gAAFXoBAIr+AABz1QMAyv4AABH5CADQ/gAAEP8AACf/AABd/wAAYv8AAKr/AACt/wAA9/8AALT/AADk8gQAxv8AAIT8BAD8/wAAZ/cEAAMAAQBEAAEASgABAGULAQBTAAEAkQABAJoAAQDeAAEA5AABACsBAQA5AQEAeAEBAIIBAQDFAQEA2QEBABICAQAeAgEAXwIBAHICAQCsAgEAuwIBAPkCAQAFAwEARgMBAEcDAQCTAwEAnQMBAOADAQDuAwEALQQBADIEAQB6BAEAhwQBAB9dDADaBAEAFAUBACMFAQBhBQEAbQUBAK4FAQCvBQEA+wUBAAUGAQBIBgEAVgYBAJUGAQCaBgEA4gYBAO8GAQAGXgwAMQcBAHwHAQCFBwEAyQcBANMHAQAWCAEAIQgBAGMIAQBvCAEAsAgBAL0IAQD9CAEABwkBAEoJAQBYCQEAlwkBAKYJAQDkCQEA5gkBADEKAQA7CgEAfgoBAIwKAQDLCgEA2AoBABgLAQAvCwEAU14MAIALAQCyCwEAvgsBAP8LAQAFDAEATAwBAFgMAQCZDAEAnwwBAOYMAQDsDAEAMw0BADgNAQCADQEAhg0BAKBeDADWDQEAGg4BACQOAQBnDgEAcg4BALQOAQDADgEAAQ8BAA4PAQBODwEAWA8BAJsPAQCpDwEA6A8BAPcPAQA1EAEANxABAIIQAQCMEAEAzxABAN0QAQAcEQEAIREBAGkRAQB2EQEAthEBAL4RAQADEgEAExIBAFASAQBSEgEAnRIBAKsSAQDqEgEA+xIBAIdfDAA+EwEA1F8MAIoTAQDREwEA3RMBAB4UAQAuFAEAaxQBAHQUAQC4FAEAuxQBAAUVAQARFQEAUhUBAFkVAQCfFQEApxUBAOwVAQAKFgEAORYBAEEWAQCGFgEAlxYBANMWAQDYFgEAIBcBADcXAQBtFwEAexcBALoXAQDHFwEABxgBAA8YAQBUGAEAWBgBAKEYAQCjGAEA7hgBAPEYAQA7GQEAQxkBAIgZAQCOGQEA1RkBAOEZAQAiGgEAMhoBAG8aAQB4GgEAvBoBAL8aAQAJGwEAFRsBAFYbAQBdGwEAIWAMAKwbAQDwGwEA8xsBAD0cAQBLHAEAihwBAJccAQDXHAEA7hwBACQdAQAsHQEAcR0BAHMdAQC+HQEAxx0BAAseAQAVHgEAWB4BAGMeAQClHgEAsR4BAPIeAQD/HgEAPx8BAEkfAQCMHwEAmh8BANkfAQDoHwEAJiABACggAQBzIAEAfSABAMAgAQDOIAEADSEBABIhAQBaIQEAZyEBAKchAQCvIQEA9CEBAAoiAQBBIgEATSIBAI4iAQCdIgEA2yIBAOYiAQAoIwEAKiMBAHUjAQCCIwEAwiMBANAjAQAPJAEAEiQBAFwkAQByJAEAbmAMALEkAQCJ2wEAtyQBAJlAAgDBJAEA9iQBAPgkAQBDJQEAVCUBAJAlAQChJQEA3SUBAOIlAQAqJgEALiYBAHcmAQCDJgEAxCYBAMsmAQARJwEAGScBAF4nAQB8JwEAqycBALMnAQC7YAwA/ScBAEUoAQBGKAEAvZUKAFQoAQA3zAkAXigBAJIoAQCUKAEA3ygBAPgoAQAsKQEAPSkBAHkpAQCFKQEAxikBAMgpAQATKgEAHCoBAGAqAQAiKgEAfS8BAGoqAQCtKgEAuCoBAPoqAQAGKwEARysBAFQrAQCUKwEAnisBAOErAQDvKwEALiwBAD0sAQB7LAEAfSwBAMgsAQDSLAEAFS0BACMtAQBiLQEAZy0BAK8tAQC8LQEA/C0BAAguAQBJLgEATy4BAJYuAQCcLgEA4y4BAOguAQAwLwEANi8BAAhhDACMLwEAyi8BANYvAQAXMAEAGjABAGQwAQBnMAEAsTABALgwAQD+MAEACjEBAEsxAQBYMQEAmDEBAKYxAQDlMQEA8TEBADIyAQA5MgEAVWEMAIUyAQDMMgEA0jIBABkzAQAeMwEAZjMBAGwzAQCiYQwAtDMBAGLHAQC9MwEA51MJAL8zAQAJPAwAwTMBAOzOCQDCMwEAADQBAAw0AQBNNAEATjQBAJo0AQBZNAEAXN0JAKQ0AQDnNAEA9TQBADQ1AQA5NQEAgTUBAI41AQDvYQwA0DUBABecCQDcNQEAD5AJAPE1AQAbNgEAQDYBAGg2AQCONgEAtTYBANw2AQACNwEAJjcBAE83AQBXNwEAPGIMAKg3AQDpNwEA6zcBADY4AQA5OAEAgzgBAIg4AQDQOAEA3TgBAB05AQA5OQEAajkBAHI5AQCJYgwAwDkBAAQ6AQDEOQEACkMBAAc6AQBROgEAXToBAJ46AQCkOgEA6zoBAPg6AQA4OwEAOjsBAIU7AQCbOwEA0jsBAN47AQAfPAEAJzwBANZiDAByPAEAuTwBAME8AQAGPQEABz0BAFM9AQBVPQEAoD0BAKM9AQDtPQEA8D0BACNjDAA/PgEAhz4BAI0+AQDUPgEA2z4BACE/AQApPwEAbj8BAHs/AQC7PwEAwD8BAAhAAQASQAEAVUABAF1AAQCiQAEApEABAO9AAQAAQQEAPEEBAE1BAQCJQQEAjkEBANZBAQDaQQEAI0IBAC9CAQBwQgEAd0IBAL1CAQDPQgEAcGMMAA9DAQBXQwEAX0MBAKRDAQCmQwEA8UMBAABEAQA+RAEATUQBAItEAQCXRAEA2EQBANtEAQAlRQEAKEUBAHJFAQB6RQEAv0UBAMlFAQAMRgEAEUYBAFlGAQBhRgEApkYBALBGAQDzRgEA/kYBAEBHAQBORwEAjUcBAJBHAQDaRwEA4kcBACdIAQBCSAEAdEgBAH9IAQDBSAEAxkgBAA5JAQARSQEAW0kBAGVJAQCoSQEAukkBAL1jDAADSgEAQkoBAExKAQCPSgEAmkoBANxKAQDkSgEAKUsBAC9LAQB2SwEAeEsBAMNLAQDcSwEAEEwBAClMAQBdTAEAa0wBAKpMAQC0TAEA90wBAA1NAQBETQEAYU0BAJFNAQCZTQEA3k0BAO5NAQArTgEALU4BAHhOAQCGTgEAxU4BANZOAQAKZAwAGU8BAFdkDABgTwEArE8BAL1PAQD5TwEABVABAEZQAQBIUAEAk1ABAJZQAQDgUAEA7FABAC1RAQA1UQEA8WQMAIVRAQDHUQEA01EBABRSAQAjUgEAYVIBAIFSAQCuUgEAtlIBAPtSAQAPUwEASFMBAE1TAQCVUwEAnlMBAOJTAQDoUwEAL1QBADdUAQB8VAEAi1QBAMlUAQDOVAEAFlUBACNVAQBjVQEAcFUBALBVAQC8VQEA/VUBAAxWAQBKVgEAVFYBAJdWAQClVgEA5FYBAOlWAQAxVwEAPlcBAH5XAQCGVwEAy1cBAM5XAQAYWAEAJFgBAGVYAQBvWAEAslgBALxYAQD/WAEADVkBAExZAQBZWQEAmVkBALBZAQDmWQEA6VkBAD5lDAA2WgEAGikDAD1aAQBMqAQAQFoBAIBaAQBDWgEAkwkKAERaAQDuTAIASVoBAIR7AwCHWgEAmBgCAI9aAQAJCAsAm1oBAM1aAQDPWgEAGlsBACtbAQBnWwEAdVsBALRbAQC7WwEAAVwBAANcAQBOXAEABlwBAF0zAgAJXAEAknUBAF1cAQCbXAEAqlwBAOhcAQD0XAEANV0BADhdAQCCXQEAhV0BAM9dAQDvXQEAHF4BACheAQBpXgEAfV4BALZeAQDEXgEAA18BAApfAQCLZQwAZ18BAJ1fAQCfXwEA+3EJAKBfAQAUcQkAql8BAOpfAQDsXwEAN2ABAEFgAQCEYAEASGABAEp1CQCNYAEA0WABANdgAQAeYQEAKmEBAGthAQByYQEAuGEBAL1hAQAFYgEAEWIBAFJiAQBVYgEAn2IBAKxiAQDsYgEA8WIBADljAQBDYwEAhmMBAJxjAQDTYwEA1WMBACBkAQAqZAEAbWQBAHxkAQC6ZAEAxWQBANhlDAATZQEAVGUBAGFlAQChZQEAr2UBAO5lAQD6ZQEAO2YBAEJmAQAlZgwAjWYBANVmAQCUZgEA4bILAJZmAQBUgAMA12YBAN/2AgDaZgEAG7sIAOxmAQAiZwEAMGcBAG9nAQB8ZwEAvGcBAMRnAQAJaAEAE2gBALsPBgAZaAEAVmgBAFhoAQCjaAEAsWgBAPBoAQABaQEAcmYMAERpAQC/ZgwAj2kBANdpAQDdaQEAJGoBACxqAQBxagEAemoBAL5qAQDBagEAC2sBABdrAQBYawEAXmsBAKVrAQCtawEA8msBABFsAQBZZwwAQWwBAIxsAQCabAEA2WwBAOpsAQCmZwwALW0BAPNnDAB4bQEAwG0BAMZtAQANbgEAFW4BAFpuAQBjbgEAp24BAKpuAQD0bgEAAG8BAEFvAQBHbwEAjWgMAJBvAQDbbwEA5G8BAChwAQAycAEAdXABAIBwAQDCcAEAznABAA9xAQAccQEAXHEBAGZxAQCpcQEAt3EBAPZxAQAFcgEAQ3IBAEVyAQCQcgEAmnIBAN1yAQDrcgEAKnMBAC9zAQB3cwEAhHMBAMRzAQDMcwEAEXQBACF0AQBedAEAYHQBAKt0AQC5dAEA+HQBAAl1AQDaaAwATHUBACdpDACbdQEA33UBAOJ1AQAsdgEAOHYBAHl2AQB/dgEAxnYBANN2AQATdwEAFXcBAGB3AQB2dwEArXcBALl3AQB0aQwABngBAEd4AQBNeAEAlHgBAJd4AQDheAEA73gBAC55AQAzeQEAe3kBAIh5AQDIeQEA0HkBAMFpDAAiegEAYnoBAHB6AQCvegEAxXoBAPx6AQAFewEASXsBAF97AQCWewEAnnsBAON7AQDmewEAMHwBADl8AQB9fAEAfnwBAMp8AQDLfAEAF30BABx9AQBkfQEAan0BALF9AQC7fQEA/n0BAAp+AQBLfgEAUn4BAJh+AQCgfgEA5X4BAOd+AQAyfwEAM38BAH9/AQCNfwEAzH8BANR/AQAZgAEANIABAGaAAQBygAEAs4ABALmAAQAAgQEAA4EBAE2BAQBbgQEAmoEBAJ+BAQDngQEA9IEBADSCAQA8ggEAgYIBAI+CAQDOggEA0YIBAA5qDAAegwEAaIMBAB+DAQBttQcAJ4MBALCmBwApgwEAys8KAC6DAQBl+AoAa4MBALWDAQDGgwEAAoQBAB6EAQBPhAEAV4QBAFtqDACthAEA6YQBAPGEAQA2hQEAPIUBAIOFAQCIhQEA0IUBANmFAQAdhgEAJ4YBAGqGAQB4hgEAt4YBAMSGAQAEhwEAEIcBAFGHAQBUhwEAnocBALqHAQCoagwA7ocBADiIAQD/hwEAKWYDAESIAQCFiAEAi4gBANKIAQDciAEA9WoMACSJAQBsiQEAeYkBALmJAQDBiQEAk3EMAMWJAQAGigEAyYkBAAqQAQAMigEAU4oBAFmKAQCgigEApYoBAO2KAQDzigEAQmsMAESLAQDicgkASIsBAIeLAQCYiwEAj2sMANuLAQDcawwAKYwBAClsDAB8jAEAu4wBAMKMAQAIjQEAEI0BAFWNAQBijQEAoo0BAKeNAQDvjQEA+Y0BADyOAQBEjgEAiY4BAI+OAQDWjgEA2I4BACOPAQAxjwEAcI8BAHOPAQC9jwEAyY8BAHZsDAAMkAEAV5ABAGWQAQCkkAEAtZABAMNsDAD4kAEAEG0MAESRAQCLkQEAkZEBANiRAQDdkQEAJZIBACuSAQBdbQwAdJIBAL+SAQB+kgEAC20EANqSAQAMkwEADpMBAFmTAQBzkwEAppMBALOTAQAJuQcAt5MBAPOTAQD1kwEAQJQBAE2UAQCNlAEApJQBANqUAQD0lAEAJ5UBACmVAQB0lQEAd5UBAMGVAQDElQEADpYBABqWAQBblgEAYZYBAKiWAQCylgEAqm0MAPqWAQBClwEAT5cBAI+XAQCblwEA3JcBAOKXAQApmAEAL5gBAHaYAQB7mAEAw5gBAMmYAQD3bQwAF5kBAJwkCwAZmQEAlSEDAB2ZAQAVYQIAIZkBALhnCgAmmQEAXZkBAF6ZAQCqmQEAc5kBAOnsAwCsmQEA95kBALiZAQA+eAIA/ZkBAESaAQBSmgEAkZoBAJSaAQDemgEA45oBACubAQA4mwEAeJsBAIibAQDFmwEAx5sBABKcAQAgnAEAX5wBAHCcAQBEbgwAspwBAPmcAQAFnQEAkW4MAFedAQCTnQEAnZ0BAOCdAQDunQEALZ4BAC6eAQB6ngEAi54BAMeeAQDTngEAFJ8BACSfAQBhnwEAY58BAK6fAQC8nwEA+58BAAygAQDebgwATqABAJWgAQChoAEAK28MAO6gAQAvoQEANaEBAHyhAQCCoQEAyaEBAM6hAQAWogEAHKIBAHhvDABrogEAsKIBALqiAQCP6goAyaIBAP2iAQAGowEASqMBAFSjAQCXowEAn6MBAOSjAQDoowEAMaQBADOkAQB+pAEAgaQBAMukAQDnpAEAxW8MACulAQBlpQEAZqUBALKlAQC+pQEA/6UBAA6mAQBMpgEAVqYBAJmmAQClpgEA5qYBAO2mAQAScAwAOacBACX+CQBGpwEAgKcBAI+nAQDNpwEA2acBABqoAQAbqAEAZ6gBAHGoAQC0qAEAwqgBAAGpAQAGqQEATqkBAFupAQCscAwAo6kBAOipAQD0qQEANaoBAEiqAQCCqgEAg6oBAM+qAQDbqgEAHKsBACurAQBpqwEAc6sBALarAQDCqwEAA6wBAAqsAQD5cAwAYawBAJ2sAQCprAEA6qwBAPqsAQA3rQEAQa0BAIStAQCMrQEA0a0BAPytAQAergEA/a0BAFSyAQBJrgEAa64BAHOuAQC4rgEAvq4BAAWvAQATrwEAUq8BAGmvAQCfrwEAqq8BAOyvAQD2rwEAObABAGOwAQCGsAEAjrABANOwAQDjsAEAILEBACKxAQBtsQEAe7EBALqxAQDLsQEA4HEMAA6yAQAtcgwAf7IBAKGyAQCpsgEA7rIBAPSyAQA7swEASbMBAIizAQCfswEA1bMBAOCzAQAitAEALLQBAG+0AQCZtAEAvLQBAMS0AQAJtQEAGbUBAFa1AQBYtQEAo7UBALG1AQDwtQEAAbYBAHpyDABEtgEAx3IMAIy2AQDXtgEA5bYBACS3AQA1twEAFHMMAHi3AQBhcwwAxrcBAK5zDAATuAEA+3MMAFq4AQCluAEAs7gBAPK4AQADuQEASHQMAEW5AQCMuQEAmLkBAJV0DADiuQEAJroBADO6AQBzugEAgboBAMC6AQDKugEADbsBACe7AQBauwEAXbsBAKe7AQCuuwEA9LsBABS8AQBBvAEAW7wBAOJ0DACbvAEA27wBAJ+8AQBDDAIApLwBAKtbAgDpvAEAKL0BADK9AQB1vQEAj70BAMK9AQDSvQEAD74BABW+AQBcvgEAXr4BAKm+AQC/vgEA9r4BAAK/AQBDvwEAR78BAJC/AQCVvwEA3b8BAOO/AQAqwAEASsABAHfAAQCRwAEAxMABAMbAAQARwQEAFMEBAF7BAQBhwQEAq8EBALfBAQD4wQEA/sEBAEXCAQBPwgEAL3UMAJfCAQDfwgEA7MIBACzDAQA4wwEAecMBAIzDAQDGwwEA1cMBABPEAQAfxAEAYMQBAGHEAQCtxAEAt8QBAPrEAQAIxQEAR8UBAEzFAQCUxQEAocUBAHx1DADixQEAFZkJAOPFAQBVrAkA5MUBAHHWCQDnxQEA+nsHAOjFAQAyngkA68UBAMBzCgDsxQEAtaIJAO3FAQCj7QgA7sUBAEdKCQDvxQEA9x4JAPDFAQBXRQQA8cUBAC7GAQD5xQEA02sNAP3FAQC2mAsAH8YBAFx3CgAwxgEAe8YBAInGAQDIxgEA2cYBAMl1DAAcxwEAFnYMAG7HAQCvxwEAvscBAPzHAQAGyAEAScgBAFXIAQCWyAEAncgBALB2DADlyAEAMMkBAEHJAQB9yQEAhskBAMrJAQDWyQEAF8oBABrKAQBkygEAbMoBALHKAQC7ygEA/soBAAPLAQBLywEAU8sBAJjLAQCxywEA5csBAPHLAQAyzAEAOswBAEp3DACHzAEAl3cMAM/MAQAZzQEAHM0BAGbNAQByzQEAs80BALnNAQAAzgEACs4BAOR3DABSzgEAms4BAKfOAQDnzgEA784BADF4DAA6zwEAgc8BAIfPAQDOzwEA088BABvQAQAh0AEAfngMAHDQAQDLeAwAt9ABACSiCAC60AEAAtEBAMHQAQB5YQgADNEBAE/RAQAR0QEAJooGAFfRAQB2BAoAa9EBAJzRAQCk0QEAGHkMAO7RAQA20gEATNIBAIPSAQCE0gEA0NIBANLSAQAd0wEAI9MBAGrTAQB20wEAt9MBAL7TAQAE1AEADNQBAFHUAQBa1AEAntQBAKHUAQDr1AEA+dQBADjVAQBF1QEAhdUBAJzVAQDS1QEA2tUBAB/WAQAr1gEABtcBAErWAQBs1gEAl9YBALnWAQDd1gEAZXkMACPXAQBT1wEAXNcBADrYAQBk1wEAoNcBAM7XAQDt1wEAEdgBALJ5DAA82AEAh9gBAJjYAQDU2AEAAtkBACHZAQBF2QEA/3kMAHTZAQDeNgUAd9kBALvZAQB62QEAUyoLAMXZAQAI2gEAyNkBABY+BQDJ2QEAw+sKABDaAQBV2gEAWdoBAKLaAQCk2gEA79oBAPLaAQA82wEAWNsBAEx6DACO2wEA1YUJAJPbAQA28QkAldsBANbbAQCZ2wEAhOUIAPPbAQAj3AEALNwBAHDcAQBy3AEAvdwBAM7cAQCZegwAD90BAFfdAQBg3QEApN0BALXdAQDx3QEA+N0BAD7eAQBG3gEAi94BAFjeAQBS/AEAmN4BACXfAQCa3gEAWeABAKTeAQDY3gEA5N4BAOZ6DAAq3wEAct8BAHzfAQC/3wEAx98BADN7DAAY4AEAgHsMAF7gAQCm4AEAs+ABAPPgAQD94AEAQOEBAELhAQCN4QEAm+EBANrhAQDn4QEAzXsMACziAQB04gEAgeIBAMHiAQDL4gEADuMBABDjAQBb4wEAaeMBAKjjAQC14wEAGnwMAALkAQBC5AEATOQBAGd8DACX5AEA3OQBAN7kAQBYCwsA8+QBACnlAQAu5QEAduUBAIDlAQDD5QEAy+UBALR8DAAa5gEAXeYBAGnmAQCq5gEAreYBAPfmAQAB5wEAROcBAF7nAQCR5wEAqOcBAN7nAQDj5wEAK+gBAEfoAQABfQwAgugBAMXoAQCJ6AEAw2gGANHoAQAS6QEAFekBAF/pAQBp6QEArOkBAMbpAQD56QEA/+kBAEbqAQBI6gEAk+oBAKHqAQDg6gEA4+oBAC3rAQA56wEAeusBAH3rAQDH6wEA6usBAE59DAAW7AEAYewBAG/sAQCu7AEAsewBAPvsAQAH7QEASO0BAEvtAQCbfQwAoO0BAOLtAQDo7QEAL+4BADTuAQB87gEAgO4BAMnuAQDM7gEA6H0MABfvAQBIWQoAGe8BABKJCwAc7wEAY+8BAB/vAQB0ggsAIO8BAJnzAQAi7wEAAnELACTvAQAXagsAJe8BAAZ3CwAm7wEAfpELAC3vAQA7hQkAMO8BAEPFCgBv7wEAsO8BANnvAQD97wEACfABAErwAQBZ8AEAl/ABAKHwAQDk8AEA5/ABADHxAQBL8QEAfvEBAIjxAQDL8QEA0PEBABjyAQAi8gEAZfIBAHDyAQCy8gEAuPIBAP/yAQAE8wEATPMBAFDzAQA1fgwAnvMBAObzAQCn8wEAV30LAPDzAQAz9AEAPvQBAID0AQCG9AEAzfQBANL0AQAa9QEAHvUBAIJ+DABv9QEAIfgJAHH1AQCC/QoAgfUBALT1AQC+9QEAAfYBAAz2AQBO9gEAVPYBAJv2AQCg9gEA6PYBAOz2AQA19wEAWPcBAM9+DACE9wEAz/cBAIX3AQB0ZwkAh/cBAPlTBwCL9wEA8RUJAI73AQDu/wEAkPcBADC2CwDc9wEAuSMCAN33AQAc+AEAH/gBAGn4AQB1+AEAtvgBAM74AQAD+QEAD/kBAFD5AQBW+QEAnfkBAKP5AQDq+QEA7/kBADf6AQA9+gEAHH8MAI76AQDR+gEA3PoBAB77AQAk+wEAa/sBAHD7AQC4+wEAvPsBAAX8AQAI/AEAaX8MAFz8AQCf/AEAqvwBAOz8AQDy/AEAOf0BAD79AQCG/QEAiv0BALZ/DADU/QEAIP4BACz+AQBt/gEAef4BALr+AQDA/gEAB/8BAA3/AQBU/wEAWf8BAKH/AQCn/wEAA4AMAPX/AQCCXwQA/f8BAHo4AgD+/wEAOwACAEcAAgCIAAIAjgACANUAAgDhAAIAIgECAC8BAgBvAQIAfgECALwBAgDIAQIACQICABUCAgBWAgIAXAICAKMCAgCpAgIA8AICAPUCAgA9AwIAQwMCAFCADACUAwIAjbEGAKADAgDXAwIAowMCAJiCBwDjAwIAJAQCACwEAgC6Hw0AMAQCAHEEAgB3BAIAvgQCAMQEAgALBQIAEAUCAFgFAgBeBQIAnYAMAK0FAgCfag0ArwUCAPIFAgD4BQIAPwYCAP4FAgAyswIATQYCAIwGAgClBgIA2QYCAOIGAgAmBwIAMAcCAHMHAgB/BwIAwAcCAMwHAgANCAIAEwgCAFoIAgBgCAIApwgCAKwIAgD0CAIA+ggCAOqADABNCQIAjgkCAJgJAgDbCQIA5gkCACgKAgAtCgIAdQoCAHwKAgDCCgIAzgoCAA8LAgAVCwIAXAsCAGILAgCpCwIArgsCAPYLAgD8CwIAN4EMAFQMAgCQDAIAkQwCAN0MAgCWDAIAYBECAOIMAgAqDQIAOA0CAHcNAgCEDQIAxA0CAM4NAgARDgIAHQ4CAF4OAgBkDgIAqw4CALcOAgD4DgIACw8CAEUPAgBUDwIAkg8CAJ4PAgDfDwIA4A8CACwQAgA2EAIAeRACAIcQAgDGEAIAyxACABMRAgAgEQIAhIEMAGwRAgCtEQIAvRECAPoRAgAGEgIARxICAE0SAgCUEgIAoBICAOESAgDuEgIALhMCAD0TAgB7EwIAhxMCAMgTAgDUEwIAFRQCACgUAgBiFAIAcRQCAK8UAgC7FAIA/BQCAP0UAgBJFQIAUxUCAJYVAgCkFQIA4xUCAOgVAgAwFgIAPRYCANGBDAB/FgIAD1oFAIkWAgDKFgIAihYCAOMZCACLFgIAZXcJAN4WAgAXFwIAIxcCAGQXAgBqFwIAsRcCALcXAgD+FwIAAxgCAEsYAgBRGAIAHoIMAKQYAgDlGAIA8hgCAB9wAgD4GAIAMhkCADcZAgAjKQIAOhkCABWuAgA+GQIAfxkCAIUZAgDMGQIA0hkCABkaAgAeGgIAZhoCAGwaAgBrggwAvxoCAAAbAgAGGwIATRsCAFIbAgCaGwIAoRsCAOcbAgD1GwIANBwCAE8cAgCBHAIAjxwCAM4cAgDRHAIAGx0CACkdAgBoHQIAbR0CALUdAgDCHQIAAh4CAA4eAgBPHgIAVR4CAJweAgCiHgIA6R4CAO4eAgA2HwIAPB8CALiCDACIHwIA0B8CANkfAgAdIAIAKiACAGogAgBxIAIAtyACAMggAgAEIQIACSECAFEhAgBgIQIAniECAKAhAgDrIQIA/CECADgiAgBEIgIAhSICAIsiAgDSIgIA2CICAB8jAgAkIwIAbCMCAHIjAgAFgwwA0CMCAAYkAgASJAIAUyQCAF8kAgCgJAIApiQCAO0kAgDzJAIAOiUCAD8lAgCHJQIAjSUCAFKDDADaJQIAjFMCAOslAgAhJgIAKiYCAG4mAgCEJgIAuyYCAMcmAgAIJwIAFScCAFUnAgBfJwIAoicCAK4nAgDvJwIA9ScCADwoAgBCKAIAiSgCAI4oAgDWKAIA3CgCAJ+DDAAsKQIAcCkCAHopAgC9KQIAwikCAAoqAgAaKgIAVyoCAHAqAgCkKgIAqSoCAPEqAgD6KgIAPisCAEsrAgCLKwIAkisCANgrAgDbKwIAJSwCADEsAgByLAIAhSwCAL8sAgDOLAIADC0CABgtAgBZLQIAWi0CAKYtAgCwLQIA8y0CAAEuAgBALgIARS4CAI0uAgCaLgIA7IMMAN0uAgAnLwIAKi8CAHQvAgCBLwIA0zUJAIMvAgDBLwIAwy8CAA4wAgARMAIAWzACAGUwAgCoMAIAtDACAPUwAgAIMQIAQjECAFExAgCPMQIAmzECANwxAgDdMQIAKTICADMyAgB2MgIAhDICAMMyAgDIMgIAEDMCAB0zAgA5hAwAXjMCAKozAgC2MwIA9zMCAP0zAgBENAIARjQCAJE0AgCbNAIA3jQCAOw0AgArNQIAMDUCAHg1AgCFNQIAxTUCANE1AgASNgIAJTYCAF82AgBuNgIArDYCALg2AgD5NgIA+jYCAEY3AgBQNwIAkzcCAKE3AgDgNwIA5TcCAC04AgA6OAIAhoQMAIM4AgDHOAIAhjgCAAz/CQDNOAIAFDkCABc5AgBhOQIAbzkCAK45AgCzOQIA+zkCAAg6AgBIOgIAVDoCAJU6AgCbOgIA4joCAOg6AgAvOwIANDsCAHw7AgCCOwIA04QMAMs7AgAWPAIA0DsCAIGICgAlPAIAYzwCAIM8AgCwPAIAtTwCAP08AgAYPQIASj0CAFY9AgCXPQIAnT0CAOQ9AgD0PQIAMT4CAEI+AgB+PgIAgz4CAMs+AgDPPgIAGD8CACQ/AgBlPwIAaz8CALI/AgC4PwIA/z8CAARAAgBMQAIAUkACACCFDACvQAIA5kACAOdAAgAzQQIAREECAIBBAgCMQQIAzUECAONBAgAaQgIAJkICAGdCAgB0QgIAtEICAL5CAgABQwIADUMCAE5DAgBVQwIAm0MCAKdDAgDoQwIA7kMCADVEAgA7RAIAgkQCAIdEAgDPRAIA1UQCAG2FDAAeRQIACjALACVFAgBpRQIAakUCALZFAgC3RQIAA0YCAAhGAgBQRgIAVkYCAJ1GAgCnRgIA6kYCAPZGAgA3RwIAPkcCAIRHAgCJRwIA0UcCANJHAgAeSAIAKkgCAGtIAgBxSAIAuEgCALpIAgAFSQIAD0kCAFJJAgBgSQIAn0kCAKRJAgDsSQIA+UkCADlKAgBFSgIAhkoCAJlKAgDTSgIA4koCACBLAgAsSwIAbUsCAG5LAgC6SwIAxEsCAAdMAgAVTAIAVEwCAFlMAgChTAIArkwCALqFDAD/TAIAO00CAEdNAgCITQIAn00CANVNAgDXTQIAIk4CADNOAgBvTgIAcU4CALxOAgDCTgIACU8CACBPAgBWTwIAX08CAKNPAgC5TwIA8E8CAPxPAgA9UAIASlACAIpQAgCUUAIA11ACAONQAgAkUQIAN1ECAHFRAgCAUQIAvlECAMpRAgALUgIADFICAFhSAgBiUgIApVICALNSAgDyUgIA91ICAD9TAgBMUwIAB4YMAI5TAgDZUwIA7VMCACZUAgA0VAIAc1QCAIBUAgDAVAIAx1QCAA1VAgAZVQIAWlUCAG1VAgCnVQIArFUCAPRVAgD9VQIAQVYCAEtWAgCOVgIAk1YCANtWAgDrVgIAKFcCAEFXAgB1VwIAelcCAMJXAgDLVwIAD1gCABxYAgBcWAIAY1gCAKlYAgCsWAIA9lgCAAJZAgBDWQIAVlkCAJBZAgCfWQIA3VkCAOlZAgAqWgIAK1oCAHdaAgCBWgIAxFoCANJaAgARWwIAFlsCAF5bAgBrWwIAVIYMAMRbAgD4WwIABFwCAEVcAgBLXAIAklwCAKJcAgDfXAIA5FwCACxdAgAyXQIAeV0CAI9dAgDGXQIAyF0CABNeAgAdXgIAYF4CAGxeAgCtXgIAwF4CAPpeAgAJXwIAR18CAFNfAgCUXwIAlV8CAOFfAgDrXwIALmACADxgAgB7YAIAgGACAMhgAgDVYAIAoYYMABhhAgDEeQoAH2ECADdNCwAhYQIA6dUHACJhAgCHDAMAJGECAGJhAgBrYQIAr2ECALVhAgD8YQIAAmICAEliAgBVYgIAlmICAKNiAgDjYgIA7WICADBjAgBGYwIAfWMCAIJjAgDKYwIA0WMCABdkAgAlZAIAZGQCAHRkAgCxZAIAv2QCAP5kAgANZQIAS2UCAE1lAgCYZQIAomUCAOVlAgDzZQIAMmYCADdmAgB/ZgIAjGYCAMxmAgDYZgIAGWcCACxnAgBmZwIAdWcCALNnAgC/ZwIAAGgCAAFoAgBNaAIAV2gCAJpoAgCoaAIA52gCAOxoAgA0aQIAQWkCAO6GDACDaQIAzmkCAI1pAgBkzgcA32kCABtqAgAkagIAaGoCAHRqAgC1agIAwWoCAAJrAgAIawIAT2sCAFVrAgCcawIAoWsCAOlrAgDvawIAO4cMADxsAgCIhwwAj2wCANWHDADTbAIAb4gMACBtAgC8iAwAIm0CAEKyAwBtbQIAKWoJAHdtAgC3bQIAwW0CAARuAgAGbgIAUW4CAGRuAgCebgIAqm4CAOtuAgDxbgIAOG8CAD5vAgCFbwIAim8CANJvAgDYbwIACYkMAClwAgBscAIAbnACALlwAgDDcAIABnECABRxAgBTcQIAWHECAKBxAgCtcQIA7XECAPlxAgA6cgIAQHICAIdyAgCNcgIA1HICANlyAgAhcwIAJ3MCAFaJDAB3cwIAzLkLAHtzAgC7cwIAf3MCAK9MCQDIcwIACHQCANpzAgCK0QMADXQCAFV0AgBfdAIAonQCAKp0AgDvdAIAuXQCAJJiCwD1dAIAWCQKAP10AgAlSwoA/nQCAJTiBgD/dAIAPHUCAAB1AgDzGAkASnUCAIl1AgCWdQIA1nUCAN11AgAjdgIAK3YCAHB2AgBxdgIAGwgJAHN2AgC9dgIAhnYCAE0GCQDRdgIACncCACB3AgBXdwIAcHcCAKR3AgCpdwIA8XcCAAJ4AgCjiQwAT3gCAIt4AgCNeAIA2HgCAOJ4AgAleQIAM3kCAHJ5AgB3eQIAv3kCAMx5AgAMegIAFHoCAFl6AgBlegIApnoCAGl6AgDaewIArHoCAPN6AgD5egIAQHsCAEV7AgCNewIAk3sCAPCJDADcewIAJ3wCADV8AgB0fAIAhXwCAD2KDADIfAIAiooMABZ9AgBbfQIAaX0CAKh9AgBqfQIAeIICALV9AgD1fQIABH4CAEJ+AgBHfgIAj34CAKV+AgDcfgIA3X4CACl/AgArfwIAdn8CAIB/AgDDfwIA0X8CABCAAgApgAIAXYACAG6AAgCqgAIAtoACAPeAAgD/gAIAcYsMAFiBAgCRgQIAkoECAN6BAgDqgQIAK4ICAC6CAgC+iwwAeoICAMWCAgDSggIAEoMCAB+DAgBfgwIAZIMCAKyDAgC2gwIA+YMCAAGEAgBGhAIAVoQCAJOEAgChhAIA4IQCAO2EAgAthQIANIUCAHqFAgCChQIAx4UCAMqFAgAUhgIAKIYCAGGGAgB3hgIAroYCAMeGAgD7hgIAAIcCAEiHAgBZhwIAC4wMAJ2HAgBYjAwAoYcCAEDlBwCxhwIAGK0NAO+HAgAviAIANogCAHyIAgCIiAIAyYgCANmIAgAWiQIAJIkCAGOJAgBwiQIAsIkCALyJAgD9iQIABIoCAKWMDABMigIAl4oCAE+KAgBZYQMApIoCAOSKAgDxigIAMYsCADaLAgB+iwIAiIsCAMuLAgDTiwIAGIwCACGMAgBljAIAaIwCALKMAgC+jAIA8owMAASNAgBMjQIAC40CANR2CABRjQIAmY0CAKGNAgDmjQIA/I0CADOOAgA1jgIAgI4CAI2OAgDNjgIA4Y4CAD+NDAAfjwIAZ48CAG+PAgBPbwgAcY8CALSPAgC8jwIAAZACAA2QAgBOkAIAW5ACAJuQAgCgkAIA6JACAPGQAgA1kQIATJECAIKRAgCNkQIAjI0MAN2RAgAckgIAH5ICAGmSAgBskgIAtpICAMSSAgADkwIAEJMCAFCTAgBnkwIAnZMCAKWTAgDqkwIA8JMCADeUAgBDlAIAhJQCAI6UAgDRlAIA2pQCAB6VAgAklQIAa5UCAHiVAgDZjQwAxJUCAAWWAgDGlQIACnsIABSWAgBSlgIAY5YCAJ+WAgChlgIA7JYCAPKWAgA5lwIARZcCAIaXAgCNlwIA05cCANuXAgAgmAIAIpgCAG2YAgB6mAIAupgCAMGYAgAHmQIAD5kCAFSZAgBhmQIAoZkCAKaZAgDumQIA+JkCADuaAgBDmgIAiJoCAJGaAgDVmgIA2JoCACKbAgAumwIAb5sCAHabAgAmjgwAyZsCAAmcAgDSmwIAjKACAPKbAgDzfggAJJwCAFacAgBYnAIAo5wCALScAgDwnAIA/pwCAD2dAgBEnQIAip0CAJKdAgDXnQIA3J0CACSeAgAlngIAcZ4CAH2eAgC+ngIAxJ4CAAufAgANnwIAWJ8CAGKfAgClnwIAs58CAPKfAgD3nwIAP6ACAEygAgBzjgwAjaACANmgAgDeoAIAJqECACyhAgBzoQIAfaECAMChAgDMoQIADaICABSiAgBaogIAYqICAKeiAgCpogIA9KICAAGjAgBBowIASKMCAI6jAgCWowIA26MCAOijAgAopAIALaQCAHWkAgB/pAIAwqQCAMqkAgAPpQIAGKUCAFylAgBfpQIAqaUCALWlAgD2pQIA/aUCAMCODABPpgIABHIIAFemAgCQpgIAnaYCAN2mAgDnpgIAKqcCACynAgB3pwIAiqcCAMSnAgDMpwIAEagCAB2oAgBeqAIAZKgCAKuoAgCxqAIA+KgCAP2oAgBFqQIAS6kCAA2PDACgqQIA36kCAO6pAgAsqgIASKoCAHmqAgBMqgIAx9ICAIGqAgBajwwAz6oCABOrAgAgqwIAYKsCAGqrAgCtqwIAu6sCAPqrAgAQrAIAR6wCAFOsAgCUrAIAnKwCAKePDADnrAIALq0CADStAgB7rQIAgK0CAMitAgDOrQIA9I8MABquAgBirgIAa64CAK+uAgC5rgIA/K4CAASvAgBJrwIATq8CAJavAgCmrwIA468CAOuvAgAwsAIANrACAP6xAgBJsAIAfbACAIKwAgDKsAIA07ACABexAgAksQIAZLECAGuxAgCxsQIAtLECAEGQDAAAsgIAS7ICAFiyAgCYsgIAr7ICAOWyAgDxsgIAjpAMAEizAgB/swIAgLMCAMyzAgDWswIAGbQCACG0AgBmtAIAcLQCALO0AgC4tAIAALUCAAi1AgBNtQIAT7UCAJq1AgBQtQIAaroCAFS1AgAMxwIAY7UCALvAAgChtQIA57UCAO61AgA0tgIAPLYCAIG2AgCFtgIAzrYCANy2AgAbtwIAJbcCAGi3AgBztwIAtbcCAL23AgACuAIAB7gCAE+4AgBquAIAnLgCAKi4AgDpuAIA77gCADa5AgBGuQIAg7kCAJS5AgDQuQIA1bkCAB26AgAhugIA25AMAHO6AgC3ugIA0LoCAAS7AgAOuwIAUbsCAFe7AgCeuwIAoLsCAOu7AgD6uwIAOLwCAEK8AgCFvAIAjbwCANK8AgDWvAIAH70CAC29AgBsvQIAdr0CALm9AgDEvQIABr4CAA6+AgBTvgIAWL4CAKC+AgC7vgIA7b4CAPm+AgA6vwIAQL8CAIe/AgCXvwIA1L8CAOW/AgAhwAIAJsACAG7AAgBywAIAKJEMAMTAAgAIwQIAGcECAFXBAgBfwQIAosECALDBAgDvwQIA8MECADzCAgBNwgIAicICAJ3CAgDWwgIA3sICACPDAgAnwwIAcMMCAH7DAgC9wwIAx8MCAArEAgAVxAIAV8QCAF/EAgCkxAIAqcQCAPHEAgAMxQIAPsUCAErFAgCLxQIAkcUCANjFAgDoxQIAJcYCADbGAgByxgIAd8YCAL/GAgDDxgIAdZEMABrHAgBZxwIAdMcCAKbHAgC0xwIA88cCAPrHAgBAyAIATMgCAI3IAgCVyAIAwpEMAOjIAgAnyQIAMckCAHTJAgB/yQIAwckCAMnJAgAOygIAE8oCAFvKAgB2ygIAqMoCALTKAgD1ygIA+8oCAELLAgBSywIAj8sCAKDLAgDcywIA4csCACnMAgAtzAIAD5IMAIfMAgDDzAIAy8wCABDNAgARzQIAXc0CAGLNAgCqzQIAuM0CAPfNAgAEzgIARM4CAE7OAgCRzgIAnc4CAN7OAgDkzgIAK88CADPPAgB4zwIAf88CAMXPAgDRzwIAEtACABjQAgBf0AIAa9ACAKzQAgC80AIA+dACAAXRAgBG0QIATNECAJPRAgCf0QIA4NECAO3RAgAt0gIAPNICAHrSAgCG0gIAXJIMANPSAgAU0wIAG9MCAGHTAgBp0wIArtMCALDTAgD70wIABdQCAEjUAgBQ1AIAqZIMAKPUAgA34QIApNQCAOLUAgDk1AIAL9UCAEDVAgB81QIAjdUCAMnVAgDV1QIAFtYCAB3WAgBj1gIAa9YCALDWAgDa1gIA/dYCAALXAgBK1wIAS9cCAJfXAgCh1wIA5NcCAPLXAgAx2AIANtgCAH7YAgCL2AIAy9gCAOfYAgAY2QIANNkCAPaSDABy2QIAstkCALbZAgD/2QIABdoCAEzaAgBO2gIAmdoCAJraAgDm2gIACdsCADPbAgBX2wIAgNsCAKrbAgDN2wIA1dsCABrcAgAf3AIAZ9wCAHTcAgC03AIAvNwCAAHdAgAD3QIATt0CAFbdAgCb3QIAxd0CAOjdAgD13QIANd4CADreAgCC3gIAj94CAM/eAgDb3gIAHN8CAEbfAgBp3wIAcd8CALbfAgDR3wIAA+ACAAXgAgBQ4AIAYeACAJ3gAgCm4AIA6uACAPbgAgBDkwwAROECAIThAgCL4QIA0eECAN3hAgAe4gIAMeICAGviAgBz4gIAuOICAL3iAgAF4wIADuMCAFLjAgBc4wIAn+MCAKfjAgDs4wIA8eMCADnkAgBJ5AIAhuQCAI7kAgDT5AIA7OQCACDlAgAl5QIAbeUCAHblAgC65QIAx+UCAAfmAgAO5gIAVOYCAFfmAgCQkwwAo+YCAO7mAgD45gIAO+cCAD3nAgCI5wIAoecCANXnAgDX5wIAIugCACXoAgBv6AIAe+gCALzoAgDE6AIA3ZMMAB3pAgBW6QIAWekCAKPpAgCt6QIA8OkCAPzpAgA96gIAU+oCAIrqAgCS6gIA1+oCAOXqAgAk6wIAJ+sCAHHrAgB56wIAvusCAMHrAgAL7AIAzOsCAFzyAgAV7AIAWOwCABbsAgAN7wIAWuwCAKXsAgCr7AIA8uwCAPzsAgA/7QIATe0CAIztAgCZ7QIA2e0CAPDtAgAm7gIALu4CAHPuAgB87gIAwO4CAMHuAgAqlAwAFu8CAFrvAgBk7wIAp+8CALHvAgD07wIAAvACAEHwAgBO8AIAjvACAKXwAgDb8AIA4/ACACjxAgAv8QIAdfECAHrxAgDC8QIAxvECAA/yAgAc8gIAd5QMAGnyAgCp8gIAsfICAPbyAgD88gIAQ/MCAE/zAgCQ8wIAn/MCAN3zAgDi8wIAKvQCAEX0AgB39AIAg/QCAMT0AgDK9AIAEfUCACX1AgBe9QIAZvUCAKv1AgDB9QIA+PUCAP31AgBF9gIATPYCAJL2AgCe9gIAxJQMAOb2AgAs9wIAOvcCAHn3AgCG9wIAxvcCAN33AgAT+AIAG/gCAGD4AgBm+AIArfgCALn4AgD6+AIAAfkCAEf5AgBV+QIAlPkCAJf5AgDh+QIA6fkCAC76AgA8+gIAe/oCAH76AgDI+gIA0PoCABX7AgAm+wIAYvsCAGf7AgCv+wIAsfsCAPz7AgAD/AIASfwCAFf8AgCW/AIAo/wCAOP8AgD6/AIAMP0CADj9AgB9/QIAh/0CAMr9AgDV/QIAF/4CACP+AgBk/gIAbP4CABGVDACz/gIA/v4CAAj/AgBL/wIATf8CAJj/AgCb/wIA5f8CAPH/AgAyAAMAPAADAH8AAwCHAAMAzAADANoAAwAZAQMAJgEDAGYBAwBuAQMAswEDAMkBAwAAAgMADAIDAE0CAwBjAgMAmgIDAJ8CAwDnAgMA7QIDADQDAwBIAwMAXpUMAIQDAwDOAwMA1gMDABsEAwApBAMAaAQDADEEAwCAdwYAdQQDALUEAwC9BAMAAgUDAAwFAwBPBQMAWgUDAJwFAwCoBQMA6QUDAPEFAwCrlQwAPAYDAIMGAwCIBgMA0AYDAN8GAwAdBwMAKQcDAGoHAwBtBwMAtwcDALoHAwAECAMADAgDAFEIAwBWCAMAnggDAK4IAwDrCAMA8wgDADgJAwA7CQMAhQkDAI8JAwDSCQMA1AkDAB8KAwAlCgMAbAoDAHYKAwC5CgMAxwoDAAYLAwATCwMAUwsDAGoLAwCgCwMAqAsDAO0LAwD2CwMAOgwDADsMAwD4lQwAkwwDANQMAwDXDAMA0tkHAOMMAwAhDQMA5wwDABXLBwArDQMAbg0DAHYNAwCCeAMAeg0DAM9KCwB8DQMAuw0DAIoNAwAm1wYAwA0DAAgOAwDIDQMA1kMEABUOAwBVDgMAWA4DAGVDCABbDgMArqMHAF0OAwCiDgMAXw4DAEDjBABhDgMAFckEAKgOAwBpRwUArA4DAO8OAwCwDgMAjg0IAPQOAwA8DwMA+w4DAOuiAwBEDwMAiQ8DAIwPAwDWDwMA4g8DACMQAwApEAMAcBADAIsQAwC9EAMAyRADAAoRAwAQEQMAVxEDAF8RAwCkEQMAphEDAPERAwCpEQMAixIDAPsRAwA+EgMARhIDAEWWDACYEgMA2BIDAOASAwAlEwMAKBMDAHITAwB3EwMAvxMDAM4TAwAMFAMALBQDAFkUAwBlFAMAphQDALAUAwDzFAMA+xQDAEAVAwBSFQMA35YMAJcVAwDaFQMA6BUDACcWAwA0FgMAdBYDAIsWAwDBFgMAyRYDAA4XAwAdFwMAWxcDAGAXAwCoFwMAtRcDAPUXAwACGAMAQhgDAE4YAwCPGAMAnhgDANwYAwDmGAMAKRkDADcZAwB2GQMAexkDAMMZAwDQGQMAEBoDABMaAwBdGgMAZRoDAKoaAwCvGgMA9xoDAAQbAwBEGwMATBsDAJEbAwCaGwMA3hsDAOsbAwArHAMAORwDAHgcAwCLHAMAxRwDAM0cAwASHQMAGR0DAF8dAwBkHQMArB0DAMIdAwD5HQMA+x0DAEYeAwBUHgMAkx4DAKAeAwDgHgMA6B4DAC0fAwAwHwMAeh8DAH8fAwDHHwMA1h8DABQgAwA0IAMAYSADAG0gAwCuIAMAuCADAPsgAwADIQMASCEDAFohAwAslwwApiEDAOIhAwDpIQMALyIDADciAwB8IgMAiSIDAMkiAwDOIgMAFiMDACAjAwBjIwMAayMDALAjAwCyIwMAb1IIALojAwDlaQgAvyMDAP0jAwDAIwMALjAHAAIkAwBKJAMAVyQDAJckAwCkJAMA5CQDAPAkAwAxJQMAQCUDAH4lAwCIJQMAyyUDANMlAwAYJgMAIiYDAGUmAwBqJgMAsiYDALomAwB5lwwACycDAEwnAwBSJwMAmScDALQnAwDmJwMA8icDADMoAwA5KAMAgCgDAJwoAwDNKAMA1SgDAMaXDAAiKQMAZykDAHEpAwC0KQMAvykDAAEqAwANKgMATioDAFYqAwATmAwApyoDAOgqAwDuKgMANSsDAFArAwCCKwMAjisDAM8rAwDVKwMAHCwDACQsAwBpLAMAbywDALYsAwC/LAMAAy0DABAtAwBQLQMAXS0DAJ0tAwCrLQMA6i0DAPctAwA3LgMATi4DAIQuAwCMLgMA0S4DANYuAwAeLwMA4i4DAOwwAwArLwMAay8DAHMvAwC4LwMAwy8DAAUwAwAKMAMAUjADAFUwAwCfMAMAqTADAGCYDADxMAMAOTEDAEgxAwCGMQMAiDEDANMxAwDkMQMAIDIDADEyAwBtMgMAgTIDAK2YDADLMgMABzMDAAozAwBUMwMADzMDADs2BgAUMwMAYT8LAF4zAwChMwMAozMDAO4zAwD4MwMAOzQDAEc0AwCINAMAsDQDANU0AwDgNAMAq9wDAPs0AwAiNQMAUzUDAG81AwCVNQMAvDUDAOI1AwAJNgMAOzYDAFY2AwCGNgMAozYDAKs2AwDwNgMAGDcDAD03AwBwNwMAijcDALo3AwDXNwMA3zcDACQ4AwAzOAMAcTgDAHY4AwC+OAMAxzgDAAs5AwDLOAMA9j8DABw5AwBYOQMAXzkDAKU5AwCtOQMA8jkDAP85AwA/OgMARDoDAIw6AwCWOgMA2ToDAOE6AwAmOwMAMDsDAPpFAwA1OwMAczsDAHg7AwDAOwMAzTsDAA08AwAaPAMAWjwDAGY8AwCnPAMAtjwDAPQ8AwD+PAMAQT0DAEk9AwCOPQMAmD0DANs9AwDgPQMAKD4DADA+AwD6mAwAgT4DAMI+AwDIPgMADz8DACo/AwBcPwMAaD8DAKk/AwCvPwMAR5kMAANAAwBDQAMAT0ADAJBAAwCfQAMA3UADAOdAAwAqQQMAOEEDAHdBAwB8QQMAxEEDANFBAwARQgMAGUIDAF5CAwBoQgMAq0IDALBCAwD4QgMAAEMDAEVDAwBIQwMAkkMDAJ5DAwDfQwMA5UMDACxEAwBHRAMAeUQDAIVEAwDGRAMAzEQDABNFAwAbRQMAYEUDAGJFAwCtRQMAt0UDAJSZDAAARgMAR0YDAElGAwCURgMAoUYDAOFGAwDkRgMALkcDAD9HAwB7RwMAfUcDAMhHAwDSRwMAFUgDACFIAwBiSAMAakgDAOGZDAC0SAMA/EgDAP9IAwBJSQMAU0kDAJZJAwCeSQMA40kDAPBJAwAwSgMAMkoDAH1KAwCTSgMAykoDANZKAwAumgwAM0sDAGRLAwCASwMAe5oMALZLAwD+SwMAC0wDAEtMAwBYTAMAmEwDAKRMAwDlTAMA9EwDADJNAwA8TQMAf00DAI1NAwDMTQMA0U0DABlOAwAmTgMAZk4DAH9OAwCzTgMAtU4DAABPAwAHTwMAyJoMAGpPAwCaTwMAq08DAOdPAwDzTwMANFADAEdQAwCBUAMAkFADAM5QAwDaUAMAG1EDABxRAwBoUQMAclEDALVRAwDDUQMAAlIDAAdSAwBPUgMAXFIDABWbDAChUgMA6VIDAPZSAwA2UwMAQ1MDAINTAwCPUwMA0FMDAN9TAwAdVAMAJ1QDAGpUAwB4VAMAt1QDALxUAwAEVQMAEVUDAFFVAwBZVQMAnlUDAKhVAwDrVQMA8FUDADhWAwBAVgMA/JsMAIdWAwDSVgMA4FYDAB9XAwAwVwMASZwMAHNXAwCWnAwAvlcDAAZYAwAOWAMAU1gDAGJYAwCgWAMApVgDAO1YAwD6WAMAOlkDAEdZAwCHWQMAk1kDANRZAwDjWQMAIVoDACtaAwAwnQwAdFoDAB2lCQCBWgMAu1oDAMpaAwAIWwMAFFsDAFVbAwBWWwMAolsDAKxbAwDvWwMA/VsDADxcAwBBXAMAiVwDAJZcAwB9nQwA2lwDACNdAwAuXQMAcF0DAH5dAwC9XQMAzl0DAApeAwAWXgMAV14DAF9eAwDKnQwAqV4DAPFeAwD+XgMAPl8DAEtfAwCLXwMAl18DANhfAwDnXwMAJWADAC9gAwByYAMAgGADAL9gAwDMYAMADGEDACNhAwAXngwAZmEDAKZhAwCzYQMA82EDAP9hAwBAYgMAT2IDAI1iAwCXYgMA2mIDAOhiAwAnYwMA9mIDAC3vBwAsYwMAdGMDAIFjAwDBYwMAyWMDAA5kAwAUZAMAW2QDAGdkAwCoZAMAuGQDAPVkAwD+ZAMAQmUDAEVlAwCPZQMAm2UDANxlAwDjZQMAZJ4MADZmAwB2ZgMAhWYDAMNmAwDEZgMAEGcDACdnAwBdZwMAd2cDAKpnAwC2ZwMA92cDAApoAwBEaAMAU2gDAJFoAwCdaAMA3mgDAN9oAwAraQMANWkDAHhpAwCGaQMAxWkDAMppAwASagMAH2oDALGeDAB5agMArGoDALtqAwD5agMA+2oDAEZrAwD+agMA/XADAFNrAwCTawMAoGsDAOBrAwDlawMALWwDADdsAwB6bAMAiWwDAMdsAwDMbAMAFG0DACFtAwBhbQMAbm0DAK5tAwC6bQMA+20DAApuAwBIbgMAUm4DAJVuAwCibgMA4m4DAOduAwAvbwMAM28DAHxvAwCIbwMAyW8DAM9vAwAWcAMAHHADAGNwAwBocAMAsHADALZwAwD+ngwACnEDAEpxAwBXcQMAl3EDAKNxAwDkcQMA83EDADFyAwA7cgMAfnIDAIxyAwDLcgMA0HIDABhzAwAlcwMAZXMDAGxzAwCycwMAt3MDAP9zAwALdAMATHQDAE90AwCZdAMApnQDAOZ0AwDrdAMAM3UDAD11AwCAdQMAjHUDAM11AwDgdQMAGnYDACh2AwBndgMAanYDALR2AwC+dgMAAXcDAA13AwBOdwMAVHcDAJt3AwChdwMA6HcDAO13AwA1eAMAO3gDAEufDACMeAMABnMFAI54AwDyIgcAkXgDAM94AwDReAMAHHkDAC15AwBpeQMAenkDALZ5AwC+eQMAA3oDABN6AwBQegMAUnoDAJ16AwCregMA6noDAPt6AwCYnwwAPnsDAOWfDACFewMA0XsDANZ7AwAefAMAJHwDAGt8AwB1fAMAuHwDAMR8AwAFfQMAC30DAFJ9AwBYfQMAn30DAKR9AwDsfQMA8n0DADKgDABHfgMAhn4DAJ9+AwDTfgMA1H4DACB/AwA9fwMAbX8DAId/AwC6fwMAvX8DAAeAAwAMgAMAGaEMAG2AAwChgAMAp4ADAO6AAwC3gAMA5+kDAPCAAwA7gQMAQYEDAIiBAwCcgQMA1YEDAN2BAwAiggMAL4IDAG+CAwB0ggMAvIIDAMaCAwAJgwMAEYMDAFaDAwBngwMAo4MDAKiDAwDwgwMA8oMDAD2EAwBEhAMAioQDAJaEAwDXhAMA3oQDACSFAwBAhQMAcYUDAHmFAwBmoQwAw4UDAAuGAwANhgMAWIYDAF+GAwClhgMAs4YDAPKGAwD/hgMAP4cDAFaHAwCMhwMAlIcDANmHAwDjhwMAJogDAO+HAwD+5QMAMYgDAHOIAwB/iAMAwIgDAMiIAwCzoQwADokDAFqJAwBfiQMAp4kDAKqJAwD0iQMA/okDAEGKAwBYigMAjooDAJSKAwDbigMA54oDACiLAwAriwMAdYsDAJKLAwDCiwMA04sDAA+MAwAujAMAXIwDAGSMAwCpjAMAq4wDAPaMAwAFjQMAQ40DAE2NAwCQjQMAno0DAN2NAwD4jQMAKo4DADaOAwB3jgMAf44DAACiDADQjgMAEY8DACCPAwBejwMAY48DAKuPAwCxjwMA+I8DAP+PAwBFkAMATZADAJKQAwCUkAMA35ADAOaQAwAskQMALpEDAHmRAwB6kQMAxpEDANCRAwATkgMAH5IDAGCSAwBmkgMArZIDAMeSAwD6kgMAApMDAEeTAwBdkwMAlJMDAKKTAwDhkwMA5JMDAC6UAwAxlAMAe5QDAImUAwDIlAMA1ZQDABWVAwAslQMAYpUDAGqVAwCvlQMAsZUDAPyVAwAElgMASZYDAGCWAwCWlgMAopYDAOOWAwD5lgMAMJcDADiXAwB9lwMAi5cDAMqXAwDUlwMAF5gDAB+YAwBkmAMAa5gDALGYAwC9mAMA/pgDAP+YAwBLmQMAV5kDAJiZAwClmQMA5ZkDAOyZAwAymgMANZoDAH+aAwCHmgMAzJoDANGaAwAZmwMAJpsDAGabAwCUmwMAs5sDALubAwBNogwACJwDADnRDAAcnAMATZwDAFWcAwCaogwAqJwDAOecAwDpnAMANJ0DAEWdAwCBnQMAiZ0DAM6dAwDanQMAG54DACGeAwBongMAbp4DALWeAwC6ngMAAp8DAAifAwDnogwAVJ8DAJyfAwBbnwMAfFoKAKSfAwDpnwMA7p8DAMEzCADvnwMAngwJAPWfAwD51AgA+J8DADagAwD6nwMANgoJADugAwCDoAMAPKADAEJOBwCQoAMA0KADAN2gAwAdoQMAKaEDAGqhAwB5oQMAt6EDAMGhAwAbpAwADqIDAFGiAwBWogMAnqIDAKaiAwBopAwA8aIDADijAwBOowMAhaMDAJOjAwDSowMA36MDAB+kAwAhpAMAbKQDAHakAwC5pAMAxaQDAAalAwANpQMAU6UDAFulAwCgpQMAp6UDAO2lAwD2pQMAOqYDAEamAwCHpgMAj6YDAAKlDADZpgMAIacDACmnAwBupwMAfacDALunAwDApwMACKgDABWoAwBVqAMAYqgDAKKoAwCuqAMA76gDAP6oAwA8qQMARqkDAImpAwCXqQMA1qkDANupAwAjqgMAMKoDAHCqAwB4qgMAvaoDAMeqAwAKqwMAGKsDAFerAwBtqwMApKsDALCrAwDxqwMA9qsDAD6sAwBHrAMAi6wDAJWsAwBPpQwA4qwDACWtAwAxrQMAcq0DAHqtAwCcpQwAxK0DAAyuAwAZrgMAWa4DAGauAwCmrgMAsq4DAPOuAwACrwMAQK8DAEqvAwCNrwMApa8DANqvAwDkrwMAJ7ADADWwAwB0sAMAirADAMGwAwDNsAMADrEDABOxAwBbsQMAZLEDAKixAwCysQMA9bEDAP2xAwDppQwAT7IDAI+yAwBYsgMAcBYMAJyyAwDcsgMA6LIDACmzAwA4swMAdrMDAICzAwDDswMA0bMDABC0AwAdtAMAXbQDAHS0AwCqtAMAsrQDAPe0AwABtQMARLUDAEm1AwCRtQMAmbUDADamDADqtQMAK7YDADG2AwB4tgMAk7YDAMW2AwDRtgMAErcDABi3AwBftwMAe7cDAKy3AwC0twMAg6YMAP63AwBGuAMAU7gDAJO4AwCguAMA4LgDAOy4AwAtuQMAPLkDAHq5AwCEuQMAx7kDANW5AwAUugMAGboDAGG6AwBuugMArroDALa6AwD7ugMAAbsDAEi7AwAFuwMAFr0DAFS7AwCVuwMApbsDAOK7AwDruwMAL7wDADK8AwB8vAMAiLwDAMm8AwDQvAMA0KYMACS9AwBjvQMAeb0DALC9AwC8vQMA/b0DAAS+AwBKvgMAUr4DAJe+AwCcvgMA5L4DAO2+AwAxvwMAO78DAB2nDACDvwMAy78DAIq/AwC0wwMA078DABjAAwAewAMAZcADAGrAAwCywAMAu8ADAP/AAwAJwQMATMEDAFjBAwCZwQMAocEDAGqnDADrwQMAM8IDADvCAwCAwgMAi8IDAM3CAwDSwgMAGsMDAB3DAwBnwwMAccMDALenDAC+wwMAAcQDAAXEAwBOxAMAU8QDAJvEAwChxAMA6MQDAAjFAwA1xQMAPcUDAILFAwCQxQMAz8UDANLFAwAcxgMAJMYDAGnGAwByxgMAtsYDAMPGAwADxwMACccDAFDHAwBcxwMAnccDAJ/HAwDqxwMA+ccDADfIAwBCyAMAhMgDAIbIAwDRyAMA6sgDAB7JAwAvyQMAa8kDAHfJAwAEqAwAwMkDAAXKAwAlygMAUsoDAGDKAwCfygMArMoDAOzKAwDzygMAOcsDAFXLAwCGywMAjssDAFGoDADYywMAIMwDAC3MAwBtzAMAeswDALrMAwDGzAMAB80DABbNAwBUzQMAXs0DAKHNAwC2zQMA7s0DAPbNAwA7zgMASs4DAIjOAwCKzgMA1c4DAN7OAwAizwMAJc8DAG/PAwB7zwMAvM8DANjPAwAJ0AMAEdADAJ6oDABb0AMAo9ADALnQAwDw0AMA/NADAD3RAwBg0QMA66gMAJTRAwDX0QMA39EDACTSAwAq0gMAWZcHADPSAwBx0gMAdtIDAL7SAwDL0gMAC9MDABjTAwBY0wMAZNMDAKXTAwC00wMA8tMDAPzTAwA/1AMAR9QDAIzUAwCW1AMA2dQDAN7UAwAm1QMALtUDADipDAB21QMAwNUDAN3VAwAN1gMAHtYDAFrWAwBo1gMACyAEAI/WAwCn1gMAw9YDAPTWAwAQ1wMAhakMAEfXAwCO1wMAlNcDANvXAwDg1wMAKNgDAC7YAwDSqQwAetgDAMLYAwDP2AMAD9kDABzZAwBc2QMAaNkDAKnZAwC42QMA9tkDAADaAwBD2gMAUdoDAJDaAwCV2gMA3doDAOraAwAq2wMANtsDAHfbAwB92wMAxNsDAMrbAwAR3AMAFtwDAF7cAwBk3AMAuaoMAL/cAwD43AMAHt0DAEXdAwBr3QMAkt0DALjdAwDf3QMAD94DACzeAwA03gMAed4DAKHeAwDG3gMA+94DABPfAwA53wMAYN8DAIbfAwCt3wMA4t8DAPrfAwAq4AMAR+ADAE/gAwCU4AMAmeADAJgzBACj4AMA4eADAObgAwAu4QMAO+EDAHvhAwCI4QMAyOEDANThAwAV4gMAJOIDAGLiAwBs4gMAr+IDAL3iAwD84gMAAeMDAEnjAwBW4wMAluMDAJ7jAwDj4wMA6eMDADDkAwDt4wMAMDEEADzkAwB95AMAjeQDAMrkAwDT5AMAF+UDABrlAwBk5QMAcOUDALHlAwC45QMABqsMABLmAwBL5gMATuYDAJjmAwC15gMA5eYDAPbmAwAy5wMAOecDAH/nAwCY5wMAzOcDANTnAwAZ6AMAL+gDAGboAwBr6AMAs+gDALroAwAA6QMACekDAE3pAwBe6QMAmukDAKbpAwBTqwwA++kDADTqAwA36gMAgeoDAJ7qAwDO6gMA3+oDABvrAwAq6wMAaOsDAHnrAwC16wMAw+sDAALsAwAO7AMAT+wDAFzsAwCc7AMApuwDAKCrDADy7AMANu0DAEPtAwCD7QMAke0DANDtAwDf7QMAHe4DAB/uAwBq7gMAdO4DALfuAwDF7gMABO8DAAnvAwBR7wMAXu8DAJ7vAwCh7wMA6+8DAPfvAwA48AMAS/ADAIXwAwCU8AMA0vADAN7wAwAf8QMAIPEDAGzxAwB28QMAufEDAMfxAwAG8gMAC/IDAFPyAwBg8gMA7asMAKXyAwDt8gMAA/MDADrzAwBQ8wMAh/MDAJDzAwDU8wMA4fMDACH0AwAv9AMAbvQDAH30AwC79AMAvfQDAAj1AwAS9QMAVfUDAGP1AwCi9QMAp/UDAO/1AwD89QMAPPYDAD/2AwCJ9gMAkfYDANb2AwDn9gMAI/cDADH3AwBw9wMAffcDAL33AwDd9wMACvgDABL4AwBX+AMAZ/gDAKT4AwCm+AMA8fgDAP/4AwA++QMAT/kDANSsDACR+QMA2PkDAOT5AwAhrQwALPoDAHL6AwAy+gMATI8FAHn6AwC/+gMAxfoDAAz7AwAY+wMAWfsDAFz7AwCm+wMAqfsDAPP7AwAe/AMAQPwDAGP8AwCN/AMAmPwDANr8AwDf/AMAJ/0DACr9AwB0/QMAfv0DAMH9AwDs/QMAbq0MABP+AwBb/gMAaP4DAKj+AwC1/gMA9f4DAAH/AwBC/wMAUf8DAI//AwCZ/wMA3P8DAOT/AwApAAQAMwAEAHYABAB7AAQAwwAEAMsABAC7rQwAHQEEAF0BBABxAQQAqgEEALIBBAD3AQQA/AEEAEQCBABUAgQAkQIEAJkCBADeAgQA6AIEACsDBAA2AwQAeAMEAIQDBADFAwQAzQMEAAiuDAATBAQAXwQEAGsEBACsBAQAuwQEAPkEBAAHBQQARgUEAFYFBACTBQQAoQUEAOAFBADsBQQALQYEADQGBAB6BgQAggYEAMcGBADdBgQAFAcEACgHBABhBwQAZAcEAK4HBADLBwQA+wcEAAwIBABICAQAUAgEAJUIBACgCAQA4ggEAOcIBAAvCQQAMgkEAHwJBACGCQQAyQkEAMwJBABVrgwAKgoEAGMKBABmCgQAsAoEAM0KBAD9CgQADgsEAEoLBABSCwQAlwsEAJoLBADkCwQA8AsEADEMBAA3DAQAfgwEAJkMBADLDAQA1wwEABgNBAAeDQQAZQ0EAG0NBACyDQQAvQ0EAP8NBAAEDgQATA4EAE8OBACZDgQAow4EAOYOBADuDgQAMw8EAFIPBACirgwAlA8EAM0PBADzDwQAGhAEAEAQBABnEAQAjRAEALQQBADqEAQAAREEADYRBABOEQQAdBEEAJsRBADBEQQA6BEEAB0SBAA1EgQAWRIEAIISBACeEgQAzxIEANcSBADvrgwAIRMEAGkTBAB2EwQAthMEAMMTBAADFAQADxQEAFAUBABfFAQAnRQEAKcUBADqFAQA+BQEADcVBAA8FQQAhBUEAJEVBADRFQQA2RUEAB4WBAAkFgQAaxYEACgWBAA5GAQAdxYEALgWBADIFgQABRcEAA4XBABSFwQAVRcEAJ8XBACrFwQA7BcEAPMXBAA8rwwARxgEAIYYBACcGAQA0xgEAN8YBAAgGQQAJxkEAG0ZBAB1GQQAuhkEAL8ZBAAHGgQAEBoEAFQaBABeGgQAia8MAKIaBADuGgQA+hoEADsbBABBGwQAiBsEAIobBADVGwQA3xsEACIcBAAwHAQAbxwEAHQcBAC8HAQAyRwEAAkdBAARHQQAVh0EAGAdBACjHQQAsR0EAPAdBAAGHgQAPR4EAEkeBACKHgQAkR4EANceBADfHgQAJB8EACkfBABxHwQAeh8EAL4fBADIHwQA1q8MACMgBABYIAQAWyAEAKUgBADCIAQA8iAEAAMhBAA/IQQAVyEEAIwhBACYIQQA2SEEAOwhBAAmIgQANSIEAHMiBAB/IgQAwCIEAMEiBAANIwQAFyMEAFojBABoIwQApyMEAKwjBAD0IwQAASQEACOwDABGJAQAjiQEAJskBADbJAQA6CQEACglBAA0JQQAdSUEAIQlBADCJQQAzCUEAA8mBAAdJgQAXCYEAGEmBACpJgQAtiYEAPYmBAD+JgQAQycEAEknBACQJwQATScEAF4pBACcJwQA3ScEAO0nBAAqKAQAMygEAHcoBAB6KAQAxCgEANAoBAARKQQAGCkEAAqxDABsKQQAqykEAMEpBAD4KQQABCoEAEUqBABMKgQAkioEAJoqBADfKgQA5CoEACwrBAA1KwQAeSsEAIMrBABXsQwAxysEABMsBAAfLAQAYCwEAGYsBACtLAQArywEAPosBAAELQQARy0EAFUtBACULQQAmS0EAOEtBADuLQQALi4EADYuBAB7LgQAhS4EAMguBADWLgQAFS8EACsvBABiLwQAbi8EAK8vBAC2LwQA/C8EAAQwBABJMAQATjAEAJYwBACfMAQA4zAEAO0wBACksQwAPjEEAH0xBACTMQQAyjEEANYxBAAXMgQAHjIEAGQyBABsMgQAsTIEALYyBAD+MgQABzMEAEszBABVMwQA8bEMAJkzBADlMwQA8TMEADI0BAA4NAQAfzQEAIE0BADMNAQA1jQEABk1BAAnNQQAZjUEAGs1BACzNQQAwDUEAAA2BAAINgQATTYEAFc2BACaNgQAqDYEAOc2BAD9NgQANDcEAEA3BACBNwQAiDcEAM43BADWNwQAGzgEACA4BABoOAQAcTgEALU4BAC/OAQAPrIMAAQ5BADeuQkAEDkEAE85BABgOQQAnDkEAKE5BADpOQQAADoEADY6BABKOgQAgzoEAJs6BADQOgQA3zoEAB07BAAiOwQAajsEAHc7BAC3OwQAxDsEAAQ8BAAQPAQAUTwEAGA8BACePAQAqDwEAOs8BADzPAQAOD0EAFY9BACFPQQAjT0EANI9BADbPQQAHz4EACw+BABsPgQAbj4EALk+BADSPgQABj8EABc/BABTPwQAXz8EAKA/BACoPwQAi7IMAPI/BAA6QAQAQkAEAIdABACWQAQA1EAEANlABAAhQQQALkEEAG5BBAB7QQQAu0EEAMdBBAAIQgQAF0IEAFVCBABfQgQAokIEAKpCBADvQgQA+UIEADxDBABBQwQAiUMEAJFDBADYsgwA7UMEACNEBAArRAQAcEQEAHpEBAC9RAQAwkQEAApFBAASRQQAJbMMAFxFBACkRQQArUUEAJBECQCxRQQA8UUEALpFBADB6AoA/kUEAD5GBABKRgQAi0YEAJpGBADYRgQA4kYEACVHBAAtRwQAneQIADNHBAByRwQAf0cEAL9HBADWRwQADEgEABRIBABZSAQAY0gEAKZIBACrSAQA80gEAPtIBAByswwATUkEAI1JBACbSQQA2kkEAO1JBAAnSgQAL0oEAHRKBAB3SgQAwUoEAMZKBAAOSwQAHUsEAFtLBAB7SwQAqEsEALRLBAD1SwQA/0sEAEJMBABeTAQAj0wEAJdMBAC/swwA70wEAClNBAAvTQQAdk0EAIJNBADDTQQAzU0EABBOBAAWTgQAXU4EAGtOBACqTgQAtk4EAPdOBAD6TgQARE8EAEVPBACRTwQAnU8EAN5PBADkTwQAK1AEADFQBAB4UAQAhFAEAMVQBADiUAQAElEEABtRBABfUQQAa1EEAKxRBACvUQQA+VEEAANSBABGUgQAUlIEAJNSBACZUgQA4FIEAOZSBAAtUwQAMlMEAHpTBACAUwQADLQMANNTBAAUVAQAFlQEAGFUBABwVAQArlQEALlUBAD7VAQAB1UEAEhVBABPVQQAlVUEAJ1VBADiVQQA7FUEAC9WBAA6VgQAfFYEAIhWBADJVgQA0VYEAPO0DAAYVwQAY1cEAHZXBACwVwQAuFcEAP1XBAADWAQASlgEAFZYBACXWAQAoVgEAORYBADqWAQAMVkEAD9ZBAB+WQQAilkEAMtZBADOWQQAGFoEACBaBABlWgQAZloEALJaBAC+WgQA/1oEAAVbBABMWwQAVFsEAJlbBACfWwQA5lsEAPJbBAAzXAQAUFwEAIBcBACJXAQAzVwEANlcBAAaXQQAHV0EAGddBABxXQQAtF0EALxdBAABXgQAEl4EAE5eBABcXgQAm14EALFeBADoXgQA9l4EADVfBAA/XwQAQLUMAJBfBADPXwQA0l8EABxgBAAkYAQAvLYEAChgBABVjwQAK2AEANNlBAA4YAQAaWAEAIVgBACNtQwAuGAEAANhBAAQYQQAUGEEAF1hBACdYQQAomEEAOphBAD0YQQAN2IEAEZiBACEYgQAiWIEANFiBADeYgQAHmMEACtjBABrYwQAd2MEALhjBADHYwQABWQEAA9kBABSZAQAXmQEAJ9kBAClZAQA7GQEAPJkBAA5ZQQAPmUEAIZlBACMZQQA2rUMANhlBAC1hQQA5GUEACBmBAAuZgQAbWYEAHlmBAC6ZgQAx2YEAAdnBAARZwQAVGcEAHBnBAChZwQAvWcEACe2DADwZwQAO2gEAEhoBACIaAQAlWgEANVoBADaaAQAImkEACxpBABvaQQAfmkEALxpBADBaQQACWoEABZqBABWagQAY2oEAKNqBACvagQA8GoEAP9qBAA9awQAR2sEAIprBACWawQA12sEAN1rBAAkbAQAKmwEAHFsBAB2bAQAvmwEAMRsBAB0tgwAEm0EAFhtBABmbQQApW0EAKhtBADybQQAAW4EAD9uBABEbgQAjG4EAJluBADZbgQA5m4EACZvBAAybwQAc28EAIJvBADAbwQAym8EAA1wBAAbcAQAWnAEAF9wBACncAQAtHAEAPRwBAAAcQQAQXEEAFRxBACOcQQAnXEEANtxBADncQQAKHIEAClyBAB1cgQAf3IEAMJyBADQcgQAD3MEABRzBABccwQAaXMEAMG2DACucwQA9nMEAP9zBABDdAQAVHQEAJB0BACXdAQA3XQEAOV0BAAqdQQAN3UEAHd1BAB8dQQAxHUEAM51BAARdgQAGXYEAF52BAB1dgQAq3YEALd2BAD4dgQAAncEAEV3BABNdwQAkncEAJR3BADfdwQA53cEACx4BAAyeAQAeXgEAIV4BADGeAQAyXgEABN5BAAYeQQAYHkEAGl5BACteQQAs3kEAPp5BAAJegQAR3oEAFN6BACotwwAlnoEAOF6BADvegQALnsEAD97BAD1twwAgnsEAEK4DADNewQAFXwEAB18BABifAQAcXwEAK98BAC0fAQA/HwEAAl9BABJfQQAVn0EAJZ9BACifQQA430EAPJ9BAAwfgQAOn4EANy4DAB/fgQAyn4EAOV+BAAXfwQAGX8EAGR/BAB+fwQAsX8EAL5/BAD+fwQACoAEAEuABABVgAQAmIAEALKABADlgAQA9IAEADKBBAA3gQQAf4EEAIyBBADMgQQA2YEEABmCBAAlggQAZoIEAHWCBACzggQAvYIEAACDBAAMgwQATYMEAGCDBACagwQAqYMEAOeDBADzgwQANIQEADWEBACBhAQAi4QEAM6EBADchAQAG4UEACCFBABohQQAdYUEACm5DADChQQAAoYEAA+GBABPhgQAW4YEAJyGBACrhgQA6YYEAPOGBAA2hwQARIcEAIOHBACIhwQA0IcEAN2HBAAdiAQAKYgEAGqIBAB9iAQAt4gEAMaIBAAEiQQAEIkEAFGJBABSiQQAnokEAKiJBADriQQA+YkEADiKBAA9igQAhYoEAJKKBAB2uQwA34oEAB+LBAAhiwQAbIsEAIWLBAC5iwQAyosEAAaMBAASjAQAU4wEAFuMBABdugwApYwEAO2MBAD1jAQAOo0EAEmNBACHjQQAjI0EANSNBADhjQQAIY4EAC6OBABujgQAeo4EALuOBADKjgQACI8EABKPBACqugwAaI8EAKKPBACxjwQA748EAPuPBAA8kAQAPZAEAImQBACTkAQA1pAEAOSQBAAjkQQAKJEEAHCRBAB9kQQA97oMAMKRBAAKkgQAF5IEAFeSBABkkgQApJIEALCSBADxkgQAAJMEAD6TBABIkwQAi5MEAJmTBADYkwQA3ZMEACWUBAAylAQAcpQEAHqUBAC/lAQAxZQEAAyVBADJlAQAbtsEABiVBABZlQQAaZUEAKaVBACvlQQA85UEAPaVBABAlgQATJYEAI2WBACUlgQA3rsMAOWWBAAnlwQAKJcEAHSXBACMlwQAwZcEAM6XBAAOmAQAGpgEAFuYBABlmAQAqJgEAKyYBAD1mAQA+pgEAEKZBABImQQAj5kEAK+ZBADcmQQA9JkEACmaBABAmgQAdpoEAIKaBADDmgQAzZoEABCbBAASmwQAXZsEAGSbBACqmwQAsZsEAPebBAD9mwQARJwEAFCcBACRnAQAlJwEAN6cBADhnAQAK50EADedBAB4nQQAe50EACu8DADKnQQAEp4EABqeBABfngQAZZ4EAKyeBACxngQA+Z4EAAKfBABGnwQAUJ8EAJOfBACfnwQA4J8EAOifBAB4vAwAMqAEAHqgBACCoAQAx6AEANKgBAAUoQQAGaEEAGGhBABkoQQArqEEALihBADFvAwAB6IEAEiiBABPogQAlaIEAKOiBADiogQA5aIEAC+jBAA3owQAfKMEAH+jBADJowQA1aMEABakBAAcpAQAY6QEAH6kBACwpAQAvKQEAP2kBAADpQQASqUEAFKlBACXpQQAm6UEAOSlBADwpQQAMaYEAD6mBAB+pgQAiKYEAMumBADTpgQAGKcEABqnBABlpwQAaacEALKnBAC0pwQA/6cEABOoBAASvQwAVKgEAJmoBACdqAQA5qgEAOioBAAzqQQANqkEAICpBACIqQQAzakEANqpBAAaqgQAH6oEAGeqBABxqgQAtKoEALyqBAABqwQAAqsEAE6rBABTqwQAm6sEAJ6rBADoqwQA66sEADWsBABDrAQAgqwEAJusBADPrAQA4KwEABytBAAorQQAaa0EAHGtBABfvQwAu60EAAOuBAALrgQAUK4EAF+uBACdrgQAoq4EAOquBAD3rgQAN68EAESvBACErwQAkK8EANGvBADgrwQAHrAEACiwBABrsAQAc7AEALiwBADCsAQABbEEAAqxBABSsQQAWrEEAKy9DACqsQQA7LEEAPixBAA5sgQAQbIEAPm9DACSsgQA07IEANqyBAAgswQALrMEAG2zBABwswQAurMEAMKzBAAHtAQACrQEAFS0BABgtAQAobQEAKe0BADutAQACbUEADu1BABHtQQAiLUEAI61BADVtQQA+LUEACK2BAAltgQAb7YEAJO2BABGvgwAy7YEAAm3BAAOtwQAVrcEAGO3BACjtwQAsLcEAPC3BAD8twQAPbgEAEy4BACKuAQAlLgEANe4BADluAQAJLkEACm5BABxuQQAfrkEAL65BADGuQQAk74MABi6BABYugQAYLoEAKW6BAC+ugQA8roEAPi6BAA/uwQARLsEAIy7BACsuwQA2bsEAOW7BAAmvAQAM7wEAHO8BAB7vAQAwLwEAMO8BAANvQQAF70EAFq9BABcvQQAp70EALG9BAD0vQQAAL4EAOC+DABXvgQAjr4EAJq+BADbvgQA4L4EACi/BADjvgQAzIcNADG/BAB1vwQAf78EAMK/BADKvwQAEjoIAM6/BAAPwAQA5b8EAG4qCAAVwAQAXMAEACLABACa7QkAYsAEAKnABACuwAQA9sAEAPzABAAtvwwAUcEEAJDBBACmwQQA3cEEAOnBBAAqwgQAL8IEAHfCBACAwgQAxMIEAM7CBAARwwQAGcMEAF7DBABtwwQAq8MEALDDBAD4wwQABcQEAEXEBABSxAQAksQEAJ7EBADfxAQA7sQEACzFBAA2xQQAecUEAIfFBADGxQQA08UEABPGBAAqxgQAYMYEAGjGBACtxgQAt8YEAPrGBAD/xgQAR8cEAE/HBAAUwAwAoMcEAOHHBADnxwQALsgEAEnIBAB7yAQAh8gEAMjIBADOyAQAYcAMACjJBABiyQQAcckEAK/JBAC7yQQA/MkEAP3JBABJygQAU8oEAJbKBACkygQA48oEAOjKBAAwywQAPcsEAK7ADACCywQAyssEANLLBAAXzAQAGswEAGTMBABtzAQAscwEAMDMBAD+zAQACc0EAEvNBABTzQQAmM0EAKjNBADlzQQA880EADLOBABDzgQAf84EAIvOBADMzgQA1M4EAJXBDAAfzwQAZs8EAG7PBACzzwQAus8EAADQBAAO0AQATdAEAFPQBACa0AQAptAEAOfQBAD20AQANNEEAD7RBACB0QQAhtEEAM7RBADU0QQAG9IEAC/SBABo0gQAcNIEALXSBADd0gQAAtMEAAvTBABP0wQAXNMEAJzTBACq0wQA6dMEAPzTBAA21AQAUtQEAOLBDACI1AQA0NQEAN3UBAAd1QQAKtUEAGrVBAB21QQAt9UEAMbVBAAE1gQADtYEAFHWBABf1gQAntYEAKPWBADr1gQA+NYEADjXBABA1wQAhdcEAIvXBADS1wQA3tcEAB/YBAAv2AQAbNgEAHXYBAC52AQAvNgEAAbZBAAS2QQAU9kEAFrZBAAvwgwAyNkEAO3ZBAD22QQAOtoEAEfaBACH2gQAldoEANTaBADn2gQAIdsEAD3bBAB8wgwAfNsEALvbBADR2wQACNwEABTcBABV3AQAXNwEAKLcBACq3AQA79wEAPTcBAA83QQARd0EAIndBACT3QQAycIMANfdBAAj3gQAL94EAHDeBAB23gQAvd4EAL/eBAAK3wQAFN8EAFffBABl3wQApN8EAKnfBADx3wQA/t8EAD7gBABG4AQAi+AEAJXgBADY4AQA5uAEACXhBAA74QQAcuEEAH7hBAC/4QQAxuEEAAziBAAU4gQAWeIEAF7iBACm4gQAr+IEAPPiBAD94gQAFsMMAE7jBACN4wQAo+MEANrjBADm4wQAJ+QEACzkBAB05AQAfeQEAMHkBADL5AQADuUEABrlBABb5QQAYeUEAKjlBACu5QQA9eUEAPrlBABC5gQASOYEAGPDDACU5gQA3OYEAOnmBAAp5wQANucEAHbnBACC5wQAw+cEANLnBAAQ6AQAGugEAF3oBABr6AQAqugEAK/oBAD36AQABOkEAETpBABM6QQAkekEAJvpBADe6QQA7OkEACvqBABB6gQAeOoEAITqBADF6gQAyuoEABLrBAAb6wQAX+sEAGnrBABKxAwAuOsEAPnrBAAK7AQARuwEAFLsBACT7AQAouwEAODsBADq7AQALe0EADvtBAB67QQAf+0EAMftBADU7QQAFO4EAB7uBABh7gQAIO4EALDxBABv7gQAru4EAMTuBAD77gQAB+8EAEjvBABN7wQAle8EAJ7vBADi7wQA7O8EAC/wBAA78AQAfPAEAILwBADJ8AQAz/AEABbxBAAb8QQAY/EEAGnxBACXxAwAtvEEAP3xBAAD8gQASvIEAE/yBACX8gQAnfIEAOTEDADy8gQAMfMEAEfzBAB+8wQAivMEAMvzBADQ8wQAGPQEACH0BABl9AQAb/QEALL0BAC+9AQA//QEABL1BABM9QQAW/UEAJn1BACl9QQA5vUEAOf1BAAz9gQAPfYEAID2BACO9gQAzfYEANL2BAAa9wQAJ/cEADHFDAB29wQAtPcEANT3BAAB+AQADfgEAE74BABY+AQAm/gEAKD4BADo+AQA6fgEADX5BABB+QQAgvkEAI/5BADP+QQA2/kEABz6BAAv+gQAafoEAHj6BAC2+gQAwvoEAAP7BAAE+wQAUPsEAFr7BACd+wQAq/sEAOr7BADv+wQAN/wEAET8BAB+xQwAoPwEAMvFDADX/AQAHv0EACT9BABr/QQAcP0EALj9BAC+/QQAGMYMAAr+BABS/gQAVf4EAJ/+BACr/gQA7P4EAPL+BAA5/wQAVP8EAIb/BACS/wQA0/8EANn/BAAgAAUAIgAFAG0ABQCIAAUAugAFALwABQAHAQUAFQEFAFQBBQBlAQUAoQEFAKMBBQDuAQUABwIFADsCBQBMAgUAiAIFAJQCBQD/xgwA3QIFACIDBQA7AwUAbwMFAHgDBQC8AwUAzAMFAAkEBQAZBAUAVgQFAGIEBQCjBAUAqQQFAPAEBQD+BAUAPQUFAEoFBQCKBQUAoQUFANcFBQDfBQUAJAYFAC4GBQBxBgUAfwYFAL4GBQDUBgUACwcFABcHBQBYBwUAXwcFAKUHBQCtBwUA8gcFAPcHBQA/CAUASAgFAIwIBQCWCAUA2QgFAOEIBQAmCQUAKAkFAHMJBQCDCQUAwAkFAMoJBQANCgUAGQoFAFoKBQBgCgUApwoFAK8KBQBMxwwA/goFAEELBQBPCwUAjgsFAKQLBQDbCwUA5wsFACgMBQAtDAUAdQwFAH4MBQDCDAUAzAwFAA8NBQAXDQUAXA0FAGENBQCpDQUAuA0FAPYNBQAFDgUAQw4FAEwOBQCQDgUAlg4FAN0OBQDjDgUAKg8FADYPBQB3DwUAfg8FAMQPBQDMDwUAERAFABMQBQBeEAUAbhAFAKsQBQC1EAUA+BAFAAQRBQBFEQUASxEFAJIRBQCaEQUAmccMAOsRBQAsEgUAPRIFAHkSBQCFEgUAxhIFANUSBQATEwUAHRMFAGATBQBuEwUArRMFALITBQD6EwUABxQFAEcUBQBPFAUAlBQFAJ4UBQDvKQUAoBQFAOEUBQDnFAUALhUFADQVBQB7FQUAgBUFAMgVBQDOFQUA5scMACEWBQBiFgUAaBYFAK8WBQDKFgUA/BYFAAgXBQBJFwUATxcFAJYXBQCeFwUA4xcFAOYXBQAwGAUAPBgFAH0YBQCOGAUAyhgFANYYBQAXGQUAJhkFAGQZBQBuGQUAsRkFAL8ZBQD+GQUAAxoFAEsaBQBYGgUAmBoFAKAaBQDlGgUA7xoFADIbBQBAGwUAfxsFAJUbBQDMGwUA2BsFABkcBQAeHAUAZhwFAG8cBQCzHAUAvRwFAM3IDAAGHQUATR0FAFMdBQCaHQUAph0FAOcdBQD0HQUANB4FAD4eBQCBHgUAiR4FAM4eBQDYHgUAGx8FACAfBQBoHwUAaR8FALUfBQC6HwUAAiAFABMgBQBPIAUAVCAFAJwgBQCzIAUA6SAFAP0gBQA2IQUAUiEFAIMhBQCLIQUAGskMANghBQAdIgUAJyIFAGoiBQB+IgUAtyIFALgiBQAEIwUAECMFAFEjBQBtIwUAniMFAKYjBQBnyQwA9CMFADgkBQBGJAUAhSQFAEckBQCYtggAjyQFANIkBQDUJAUAHyUFADglBQBsJQUAfSUFALklBQDFJQUABiYFAA4mBQC0yQwAXyYFAKAmBQCmJgUA7SYFAAgnBQA6JwUARicFAIcnBQCNJwUA1CcFANcnBQAhKAUAKSgFAG4oBQB+KAUAuygFAMAoBQAIKQUAESkFAFUpBQBiKQUAoikFAKkpBQABygwA/SkFADwqBQBSKgUAiSoFAJUqBQDWKgUA2yoFACMrBQAsKwUAcCsFAHorBQC9KwUA2SsFAAosBQASLAUATsoMAFwsBQCkLAUArCwFAPEsBQDzLAUAPi0FAFktBQCLLQUAjS0FANgtBQDmLQUAJS4FADYuBQByLgUAdC4FAL8uBQDYLgUADC8FAB0vBQBZLwUAZS8FAKYvBQCuLwUAm8oMAP8vBQBAMAUARjAFAI0wBQCoMAUA2jAFAOYwBQAnMQUALTEFAHQxBQB3MQUA6MoMAN4xBQAOMgUADzIFAFsyBQBqMgUAqDIFAK0yBQD1MgUAAjMFAEIzBQBPMwUAjzMFAJszBQDcMwUA6zMFACk0BQAzNAUAdjQFAIQ0BQDDNAUAyDQFABA1BQAdNQUAXTUFAGk1BQCqNQUAsDUFAPc1BQC9NQUAN0kFAP01BQBENgUASTYFAJE2BQCXNgUANcsMAOM2BQArNwUASzcFAHg3BQCENwUAxTcFAMs3BQASOAUAGjgFALFmBQAbOAUAXzgFAGw4BQCsOAUAsjgFAPk4BQAFOQUARjkFAEg5BQCTOQUAojkFAOA5BQDrOQUALToFAC86BQB6OgUAkzoFAMc6BQDYOgUAFDsFACA7BQBhOwUAbTsFAK47BQDBOwUA+zsFAAo8BQBIPAUAVDwFAJU8BQCWPAUA4jwFAOw8BQAvPQUAPT0FAHw9BQCBPQUAyT0FANY9BQCCywwAIz4FAGM+BQB3PgUAsD4FAMw+BQD9PgUAGT8FAM/LDABZPwUAlz8FAJg/BQDkPwUA8z8FADFABQA2QAUAfkAFAItABQDLQAUA2EAFABhBBQAkQQUAZUEFAHRBBQCyQQUAvEEFAP9BBQANQgUATEIFAFFCBQCZQgUApkIFAOZCBQD2QgUAM0MFADVDBQCAQwUAjkMFAM1DBQDeQwUAHMwMACFEBQBpzAwAbEQFALREBQDBRAUAAUUFAA5FBQBORQUAVEUFAJtFBQCnRQUA6EUFAPhFBQA1RgUAPkYFAIJGBQCFRgUAz0YFANtGBQAcRwUAI0cFALbMDAB1RwUAtkcFAMZHBQADSAUADEgFAFBIBQBTSAUAnUgFAKlIBQDqSAUA8UgFAAPNDABGSQUAhEkFAJBJBQDRSQUA0kkFAB5KBQAoSgUAa0oFAHlKBQC4SgUAvUoFAAVLBQASSwUAUM0MAFdLBQCfSwUArksFAOxLBQAMTAUAOUwFAEVMBQCGTAUAkEwFANNMBQDbTAUAIE0FACxNBQBtTQUAc00FALpNBQDATQUAB04FAAxOBQBUTgUAWk4FADfODACmTgUA7k4FAPdOBQA7TwUATE8FAIhPBQCPTwUA1U8FAN1PBQAiUAUAL1AFAG9QBQB0UAUAvFAFAMZQBQAJUQUAEVEFAFZRBQBlUQUAo1EFAKhRBQDwUQUA/VEFAD1SBQBKUgUAilIFAJZSBQDXUgUA5lIFACRTBQAuUwUAcVMFAHlTBQC+UwUAyFMFAAtUBQAQVAUAWFQFAGBUBQAezwwAqlQFAPJUBQD1VAUAP1UFAElVBQBrzwwAklUFANlVBQDeVQUAJlYFAEZWBQBzVgUAf1YFAMBWBQDGVgUADVcFABBXBQBaVwUAXFcFAKdXBQDCVwUA9FcFAPZXBQBBWAUAT1gFAI5YBQCfWAUA21gFAN1YBQAoWQUAQVkFAHVZBQCGWQUAwlkFAM5ZBQC4zwwAH1oFAFxaBQB8WgUAqVoFAKtaBQD2WgUAAlsFAGdICwAFWwUAh3QFABJbBQCPgAUAH1sFAENbBQBGWwUAkFsFAJ1bBQATYAUAn1sFAN1bBQDiWwUAKlwFADdcBQB3XAUAhFwFAMRcBQDQXAUAEV0FACBdBQBeXQUAaF0FAKtdBQC5XQUA+F0FAP1dBQBFXgUAUl4FAJJeBQCeXgUA314FAOVeBQAsXwUAMl8FAHlfBQB+XwUAxl8FAMxfBQAF0AwAHGAFAGBgBQB2YAUArWAFAMZgBQD6YAUABmEFAEdhBQBNYQUAlGEFAJlhBQDhYQUA8WEFAC5iBQA0YgUAe2IFAIdiBQDIYgUA0mIFABVjBQAbYwUAYmMFAHBjBQCvYwUAu2MFAPxjBQD/YwUASWQFAFVkBQCWZAUAqWQFAONkBQDyZAUAMGUFADxlBQB9ZQUAiWUFAMplBQDRZQUAF2YFACNmBQBkZgUAa2YFAFLQDADHZgUA/mYFAABnBQBLZwUAX2cFAJhnBQCgZwUA5WcFAPJnBQAyaAUAN2gFAH9oBQCJaAUAzGgFANRoBQAZaQUAMmkFAGZpBQByaQUAs2kFALtpBQCf0AwAG2oFAE1qBQBPagUAmmoFAKhqBQDnagUA+GoFADRrBQA2awUAgWsFAJprBQDOawUA32sFABtsBQAnbAUA7NAMAG1sBQC1bAUAvmwFAAJtBQATbQUAT20FAFZtBQCcbQUApG0FAOltBQD2bQUANm4FADtuBQCDbgUAjW4FANBuBQDYbgUAHW8FADZvBQBqbwUAdm8FALdvBQC/bwUAhtEMAAdwBQBRcAUAW3AFAJ5wBQCgcAUA63AFAARxBQA4cQUASXEFAIVxBQCTcQUA0nEFANVxBQAfcgUAKnIFAGxyBQB4cgUAuXIFAMByBQDT0QwAC3MFAFNzBQBbcwUAoHMFAK5zBQDtcwUA7nMFADp0BQBVdAUAINIMAIx0BQDUdAUA4XQFACF1BQAudQUAbnUFAHp1BQC7dQUAynUFAAh2BQASdgUAVXYFAGN2BQCidgUAp3YFAO92BQD8dgUAPHcFAEh3BQCJdwUAj3cFANZ3BQDcdwUAI3gFACh4BQBweAUAdngFAG3SDADKeAUACnkFAAx5BQBXeQUAcHkFAKR5BQC1eQUA8XkFAP15BQA+egUARnoFAFTTDACQegUA2HoFAOB6BQAlewUAPnsFAHJ7BQB3ewUAv3sFAMR7BQAMfAUAFnwFAFl8BQBcfAUApnwFALB8BQDzfAUA+XwFAEB9BQBCfQUAjX0FAI59BQDafQUA4n0FACd+BQA3fgUAdH4FAHp+BQDBfgUAxn4FAA5/BQAkfwUAW38FAGN/BQCofwUA0H8FAPV/BQAYgAUAQoAFAGGABQCh0wwAl4AFAO7TDADtgAUAKYEFADeBBQB2gQUAgoEFAMOBBQDQgQUAEIIFABqCBQBdggUAZYIFAKqCBQC1ggUA94IFAPmCBQBEgwUAR4MFAJGDBQCZgwUA3oMFAOSDBQArhAUANIQFAHiEBQCFhAUAxYQFAM2EBQAShQUAF4UFAF+FBQBohQUArIUFALaFBQD5hQUAAYYFAEaGBQBLhgUAk4YFAKOGBQDghgUA6IYFAC2HBQAvhwUAeocFAJWHBQDHhwUAyYcFABSIBQAiiAUAYYgFAHKIBQCuiAUAsIgFAPuIBQAUiQUASIkFAFmJBQCViQUAoYkFAOKJBQDqiQUAO9QMADWKBQB8igUAgYoFAMmKBQDpigUAFosFACKLBQBjiwUAaYsFALCLBQCziwUA/YsFAAWMBQBKjAUAVIwFAJeMBQCcjAUA5IwFAOyMBQAxjQUAO40FAH6NBQCAjQUAy40FANyNBQAYjgUAOI4FAGWOBQBtjgUAso4FALyOBQD/jgUABI8FAIjUDABgjwUAmY8FAKGPBQDmjwUA648FADOQBQBDkAUAgJAFAIiQBQDNkAUA15AFABqRBQAlkQUAZ5EFAHORBQC0kQUAvJEFANXUDAANkgUATpIFAFqSBQCbkgUAopIFAOiSBQDwkgUANZMFAE6TBQCCkwUAiJMFAM+TBQDUkwUAHJQFADyUBQBplAUAdZQFALaUBQC8lAUAA5UFAAaVBQAi1QwAUpUFAJ2VBQBelQUALSUMAKCVBQDqlQUA9JUFADeWBQBFlgUAhJYFAJOWBQDRlgUA1JYFAB6XBQDplgUAaLkFAO2WBQCSqwUAKpcFAGuXBQBtlwUAuJcFAL6XBQAFmAUAFJgFAFKYBQBdmAUAn5gFAKeYBQDC8wUAuZgFAOyYBQD4mAUAOZkFAEyZBQCGmQUAlZkFANOZBQDfmQUAIJoFACGaBQBtmgUAd5oFALqaBQDImgUAB5sFAAybBQBUmwUAYZsFAG/VDAC7mwUA7psFAP2bBQA7nAUAQJwFAIicBQCVnAUA1ZwFAOKcBQAinQUALp0FAG+dBQB+nQUAvJ0FAMadBQAJngUAF54FAFaeBQBbngUAo54FALCeBQDwngUA/J4FAD2fBQBDnwUAip8FAJCfBQDXnwUA3J8FACSgBQAqoAUAvNUMAHKgBQC+oAUAeqAFAESeBwB+oAUAnosHAJGgBQADsgoAyqAFAAuhBQARoQUAgvsHABihBQBYoQUAW6EFAKWhBQCxoQUA8qEFAPShBQA/ogUARaIFAIyiBQCbogUA2aIFAOSiBQAmowUAJ6MFAHOjBQCHowUAwKMFANqjBQANpAUAGaQFAFqkBQBtpAUAp6QFALakBQD0pAUAAKUFAEGlBQBCpQUAjqUFAJilBQDbpQUA6aUFACimBQAtpgUAdaYFAIKmBQAJ1gwA3KYFAA+nBQAepwUAXKcFAGGnBQCppwUAtqcFAPanBQADqAUAQ6gFAE+oBQCQqAUAn6gFAN2oBQDnqAUAKqkFADipBQB3qQUAfKkFAMSpBQDRqQUAEaoFAB2qBQBeqgUAZKoFAKuqBQCxqgUA+KoFAP2qBQBFqwUAS6sFAFbWDACuqwUAo9YMAOWrBQAsrAUALqwFAHmsBQCGrAUAxqwFAMmsBQATrQUAFK0FAGCtBQBlrQUAra0FALOtBQD6rQUABK4FAEeuBQBjrgUAlK4FALCuBQDw1gwA564FAC6vBQAwrwUAe68FAIivBQDIrwUAy68FABWwBQAWsAUAYrAFAGewBQCvsAUAtbAFAPywBQAGsQUASbEFAGWxBQCWsQUAsrEFAD3XDADpsQUAMLIFADayBQB9sgUAgrIFAMqyBQDQsgUAitcMACWzBQBkswUAf7MFALGzBQC/swUA/rMFAAu0BQBLtAUAYrQFAJi0BQCntAUA5bQFAOq0BQAytQUAP7UFAH+1BQCMtQUAzLUFANi1BQAZtgUAKLYFAGa2BQBwtgUAs7YFAMG2BQAAtwUABbcFAE23BQBatwUAmrcFAJ23BQDntwUA87cFADS4BQA6uAUAgbgFAIe4BQDOuAUA07gFABu5BQAhuQUA19cMAHK5BQC1uQUAu7kFAAK6BQAEugUAT7oFAFy6BQCcugUAn7oFAOm6BQDqugUANrsFADu7BQCDuwUAibsFANC7BQDauwUAHbwFADe8BQBqvAUAebwFALe8BQC8vAUABL0FABG9BQBRvQUAXr0FAJ69BQCqvQUA670FAPq9BQA4vgUAQr4FAIW+BQCTvgUA0r4FANe+BQAfvwUALL8FAGy/BQB2vwUAcsgFAHi/BQC5vwUAv78FAAbABQAMwAUAU8AFAFjABQCgwAUApsAFACTYDADywAUAOsEFAEfBBQCHwQUAlMEFANTBBQDgwQUAIcIFADDCBQBuwgUAeMIFALvCBQDJwgUACMMFAA3DBQBVwwUAYsMFAKLDBQCqwwUA78MFAPvDBQA8xAUAQsQFAInEBQCPxAUA1sQFANvEBQAjxQUAKcUFAAvZDAByxQUAvcUFAMbFBQAKxgUADcYFAFfGBQBjxgUApMYFAKvGBQDxxgUA+cYFAD7HBQBXxwUAi8cFAJ/HBQDYxwUA9McFACXIBQAtyAUApdkMAIDIBQC/yAUA1cgFAAzJBQAYyQUAWckFAF7JBQCmyQUAr8kFAPPJBQD9yQUAQMoFAFzKBQCNygUAlcoFAPLZDADfygUAJ8sFADTLBQB0ywUAgcsFAMHLBQDNywUADswFAB3MBQBbzAUAZcwFAKjMBQC2zAUA9cwFAPrMBQBCzQUAT80FAI/NBQCXzQUA3M0FAObNBQApzgUAN84FAHbOBQCMzgUAw84FAM/OBQAQzwUAFc8FAF3PBQBmzwUAqs8FALTPBQD3zwUA/88FAETQBQBT0AUAkdAFAJPQBQDe0AUA59AFACvRBQAu0QUAeNEFAITRBQDF0QUAzNEFABLSBQAa0gUAX9IFAHjSBQCs0gUAwNIFAPnSBQAV0wUARtMFAE7TBQA/2gwAmNMFAODTBQDt0wUALdQFADrUBQB61AUAhtQFAMfUBQDW1AUAFNUFAB7VBQBh1QUAa9UFAK7VBQC81QUA+9UFABHWBQBI1gUAVNYFAJXWBQCa1gUA4tYFAOvWBQAv1wUAOdcFAHzXBQCI1wUAydcFAM/XBQAW2AUAHNgFAGPYBQBo2AUAsNgFALbYBQCM2gwACdkFAErZBQBO2QUAl9kFAKbZBQDk2QUA6dkFADHaBQA+2gUAftoFAIvaBQDL2gUA19oFABjbBQAn2wUAZdsFAG/bBQCy2wUAwNsFAP/bBQAE3AUATNwFAFncBQCZ3AUApdwFAObcBQDs3AUAM90FADndBQCA3QUAhd0FAM3dBQDT3QUA2doMAB/eBQBn3gUAbt4FALTeBQDA3gUAAd8FAAPfBQBO3wUABN8FAGvkBQBp3wUAm98FAJ3fBQDo3wUA9t8FADXgBQBG4AUAguAFAITgBQDP4AUA6OAFABzhBQAt4QUAaeEFAHXhBQC24QUAwuEFAAPiBQAW4gUAUOIFAF/iBQCd4gUAqeIFAOriBQDr4gUAN+MFAEHjBQCE4wUAkuMFANHjBQDW4wUAHuQFACvkBQAm2wwAbeQFALjkBQDT5AUABeUFAAflBQBS5QUAYOUFAJ/lBQCw5QUA7OUFAO7lBQA55gUAUuYFAIbmBQCX5gUA0+YFAN/mBQAg5wUALOcFAG3nBQCA5wUAuucFAMnnBQAH6AUAE+gFAFToBQBV6AUAoegFAKvoBQDu6AUA/OgFADvpBQBA6QUAiOkFAJXpBQAN3AwA2ukFACLqBQAq6gUAb+oFAHHqBQC86gUAzeoFAAnrBQAX6wUAVusFAHHrBQCj6wUAr+sFAPDrBQD46wUA9NwMAELsBQCK7AUAkewFANfsBQDj7AUAJO0FACftBQBx7QUAee0FAL7tBQDO7QUAC+4FABDuBQBY7gUAYe4FAKXuBQCy7gUA8u4FAPnuBQA/7wUAR+8FAEHdDACZ7wUA2e8FAOHvBQAm8AUAOvAFAHPwBQB48AUAwPAFAMnwBQAN8QUAE/EFAFrxBQBi8QUAp/EFALbxBQD08QUABfIFAEHyBQBK8gUAjvIFAJHyBQDb8gUA5fIFACjzBQA08wUAdfMFAHvzBQCO3QwAz/MFAA/0BQAU9AUAXPQFAGP0BQCp9AUAtfQFAPb0BQD+9AUA290MAF71BQCQ9QUAkvUFAN31BQDr9QUAKvYFADv2BQB39gUAefYFAMT2BQDd9gUAEfcFACL3BQBe9wUAavcFACjeDAC69wUA+PcFAAf4BQBF+AUATvgFAJL4BQCY+AUA3/gFAOX4BQAs+QUAOPkFAHn5BQCA+QUAxvkFAM75BQAT+gUAF/oFAGD6BQBr+gUArfoFALv6BQD6+gUAC/sFAEf7BQBT+wUAlPsFAJz7BQB13gwA5PsFAC78BQA4/AUAe/wFAH38BQDI/AUA4fwFABX9BQAm/QUAYv0FAHD9BQCv/QUAsv0FAPz9BQAH/gUASf4FAFf+BQCW/gUAo/4FAOP+BQD6/gUAMP8FADj/BQB9/wUAf/8FAMr/BQDS/wUAFwAGACYABgBkAAYAaQAGALEABgC+AAYA/gAGAAsBBgBLAQYAVwEGAJgBBgCnAQYA5QEGAO8BBgAyAgYAQAIGAH8CBgCEAgYAzAIGANkCBgAZAwYAIQMGAGYDBgBwAwYAswMGALgDBgAABAYACAQGAE0EBgBQBAYAmgQGALcEBgDnBAYA+AQGADQFBgA8BQYAgQUGAIQFBgDOBQYA2gUGABsGBgAhBgYAaAYGAIMGBgC1BgYAwQYGAAIHBgAIBwYAwt4MAF4HBgCcBwYAnQcGAOkHBgAfCAYANggGAEQIBgCDCAYAhAgGANAIBgDYCAYAHQkGACwJBgBqCQYAbwkGALcJBgDECQYABAoGABEKBgBRCgYAXQoGAJ4KBgCtCgYA6woGAPUKBgA4CwYARgsGAIULBgCKCwYA0gsGAN8LBgAfDAYAJwwGAGwMBgB2DAYAuQwGAL4MBgAGDQYADg0GAFMNBgBdDQYAoA0GAKsNBgDtDQYA+Q0GADoOBgBCDgYAD98MAIwOBgDUDgYA1w4GACEPBgArDwYAbg8GAHYPBgBc3wwAyQ8GAAgQBgAeEAYAVRAGAGEQBgCiEAYApxAGAO8QBgD4EAYAPBEGAEYRBgCJEQYAkREGANYRBgDiEQYAIxIGADYSBgBwEgYAcRIGAL0SBgDLEgYAChMGABATBgBXEwYAYxMGAKQTBgCrEwYAqd8MAPITBgA+FAYAShQGAIsUBgCYFAYA2BQGAOAUBgAlFQYALxUGAHIVBgCBFQYAvxUGAMAVBgAMFgYAFBYGAFkWBgBoFgYAphYGAKsWBgDzFgYAABcGAEAXBgBNFwYAjRcGAJkXBgDaFwYA6RcGACcYBgAxGAYAdBgGAIIYBgDBGAYAxhgGAA4ZBgAbGQYAWxkGAGMZBgCoGQYArBkGAPUZBgADGgYAQhoGAEwaBgCPGgYAmhoGANwaBgDkGgYAKRsGADQbBgB2GwYAexsGAMMbBgDGGwYAEBwGABocBgBdHAYAZRwGAKocBgDJHAYA9t8MAPkcBgBEHQYARR0GAJEdBgCbHQYA3h0GAOwdBgArHgYARh4GAHgeBgCEHgYAxR4GAM0eBgBD4AwAHh8GAF8fBgBlHwYArB8GAMcfBgD5HwYABSAGAEYgBgBMIAYAkyAGAJsgBgDgIAYA7iAGAC0hBgAwIQYAeiEGAIIhBgDHIQYA0CEGABQiBgAhIgYAYSIGAGMiBgCuIgYAySIGAPsiBgD9IgYASCMGAFYjBgCVIwYApiMGAOIjBgDkIwYALyQGAEgkBgB8JAYAjSQGAMkkBgDVJAYAFiUGAB4lBgCQ4AwAaSUGALAlBgC4JQYA/SUGAAQmBgBKJgYATyYGAJcmBgCjJgYA5CYGAOcmBgAxJwYAOScGAH4nBgCLJwYAyycGANAnBgAYKAYAIigGAGUoBgBtKAYAsigGAL4oBgD/KAYAEikGAEwpBgBaKQYAmSkGAJwpBgDmKQYA8CkGAN3gDAA2KgYAgCoGAIgqBgDNKgYA0CoGABorBgAmKwYAZysGAG0rBgC0KwYAzysGAAEsBgANLAYATiwGAFQsBgCbLAYAoywGAOgsBgD2LAYANS0GADgtBgCCLQYAii0GAM8tBgDYLQYAHC4GACkuBgBpLgYAay4GALYuBgDRLgYAAy8GAAUvBgBQLwYAXi8GAJ0vBgCuLwYA6i8GAOwvBgA3MAYAUDAGAIQwBgCVMAYA0TAGAN0wBgAeMQYAJjEGACrhDABxMQYAuDEGAMAxBgAFMgYADDIGAFIyBgBXMgYAnzIGAKsyBgDsMgYA7zIGADkzBgBBMwYAhjMGAJMzBgDTMwYA2DMGACA0BgAqNAYAbTQGAHU0BgC6NAYAxjQGAAc1BgAaNQYAVDUGAGI1BgChNQYApDUGAO41BgD4NQYAd+EMAD42BgCINgYAlDYGANU2BgDbNgYAIjcGAD03BgBvNwYAezcGALw3BgDCNwYACTgGABE4BgBWOAYAZDgGAKM4BgCmOAYA8DgGAPg4BgA9OQYARjkGAIo5BgCXOQYA1zkGANk5BgAkOgYAPzoGAHE6BgBzOgYAvjoGAMw6BgALOwYAHDsGAFg7BgBaOwYApTsGAL47BgDyOwYAAzwGAD88BgBLPAYAjDwGAJQ8BgDE4QwA3zwGACY9BgAuPQYAcz0GAHo9BgDAPQYAxT0GAA0+BgAZPgYAWj4GAF0+BgCnPgYArz4GAPQ+BgABPwYAQT8GAEY/BgCOPwYAmD8GANs/BgDjPwYAKEAGADRABgB1QAYAiEAGAMJABgDQQAYAD0EGABJBBgBcQQYAZkEGABHiDACrQQYA9kEGAK5BBgASBgcAskEGAC3YCwC3QQYAHGIHAABCBgDZWQsAB0IGAENCBgBUQgYAkEIGAJ5CBgDdQgYA+UIGACpDBgBGQwYAXuIMAIVDBgDEQwYA0UMGABFEBgAoRAYAXkQGAGpEBgCrRAYAsUQGAPhEBgD+RAYARUUGAEpFBgCSRQYAmEUGAKviDADkRQYALEYGADRGBgB5RgYAfEYGAMZGBgDSRgYAE0cGABlHBgBgRwYAe0cGAK1HBgC5RwYA+kcGAABIBgBHSAYAT0gGAJRIBgCWSAYA4UgGAPxIBgAuSQYAMEkGAHtJBgCJSQYAyEkGANlJBgAVSgYAF0oGAGJKBgB7SgYAr0oGAMBKBgD8SgYACEsGAJLjDABfSwYAlksGAKVLBgDjSwYAv0sGAGZQBgDlSwYAMEwGAD9MBgB9TAYAiEwGAMpMBgDWTAYAF00GABpNBgBkTQYAHk0GAB9ZBgAzTQYAaFMGAHBNBgCxTQYAt00GAP5NBgAZTgYAS04GAFdOBgCYTgYAnk4GAOVOBgDxTgYAMk8GADhPBgB/TwYAhU8GAMxPBgDRTwYAGVAGAB9QBgDf4wwAaVAGALNQBgDPUAYAAFEGAAhRBgDG5AwAWVEGAJpRBgCgUQYA51EGAAJSBgA0UgYAQFIGAIFSBgCHUgYAzlIGANZSBgAbUwYAPFMGABPlDABwUwYAYOUMALpTBgACVAYAD1QGAE9UBgBcVAYAnFQGAKhUBgDpVAYA+FQGADZVBgBAVQYAg1UGAItVBgDQVQYA2lUGAB1WBgArVgYAalYGAIBWBgC3VgYAw1YGAARXBgAJVwYAUVcGAFpXBgCeVwYAqFcGAOtXBgDzVwYAOFgGAEJYBgCFWAYAilgGANJYBgDaWAYAreUMACtZBgBsWQYAf1kGALlZBgDIWQYABloGABJaBgBTWgYAVFoGAKBaBgCqWgYA7VoGAPtaBgA6WwYAP1sGAIdbBgCUWwYA+uUMAN9bBgAhXAYALVwGAG5cBgB0XAYAu1wGAMdcBgAIXQYAEF0GAOHmDABYXQYAol0GAKpdBgDvXQYA/F0GADxeBgBBXgYAiV4GAJFeBgDWXgYA2F4GACNfBgA+XwYAcF8GAHJfBgC9XwYAy18GAApgBgAbYAYAV2AGAFlgBgCkYAYAvWAGAPFgBgACYQYAPmEGAEphBgCLYQYAk2EGAC7nDADdYQYAJWIGADJiBgByYgYAf2IGAL9iBgDLYgYADGMGABtjBgBZYwYAY2MGAKZjBgC0YwYA82MGAPhjBgBAZAYATWQGAI1kBgCVZAYA2mQGANxkBgAnZQYAMWUGAHRlBgB8ZQYAe+cMAMxlBgAOZgYAHGYGAFtmBgBeZgYAqGYGALBmBgD1ZgYAC2cGAEJnBgBHZwYAj2cGAKVnBgDcZwYA6GcGACloBgA2aAYAdmgGAIBoBgDI5wwA0WgGABBpBgApaQYAXWkGAHNpBgCqaQYAuWkGAPdpBgARagYARGoGAEdqBgDHbgYAT2oGAEpzBgBTagYAkWoGAJZqBgDeagYA62oGACtrBgA4awYAeGsGAIRrBgDFawYA1GsGABJsBgAcbAYAX2wGAG1sBgCsbAYAsWwGAPlsBgAGbQYARm0GAFJtBgCTbQYAmW0GAOBtBgDmbQYALW4GADJuBgB6bgYAgG4GABXoDADTbgYAFG8GABpvBgBhbwYAfG8GAK5vBgC6bwYA+28GAAFwBgBIcAYAT3AGAJVwBgCacAYAFnIGAKFwBgDicAYA5HAGAC9xBgA2cQYAfHEGAJhxBgDJcQYA0XEGAPzoDAAacgYAY3IGAHByBgCwcgYAzHIGAP1yBgAFcwYASekMAE9zBgCXcwYAmnMGAORzBgDucwYAMXQGAEJ0BgB+dAYAg3QGAMt0BgDQdAYAGHUGADh1BgBldQYAbnUGALJ1BgCzdQYA/3UGAAt2BgBMdgYAUnYGAJl2BgCfdgYA5nYGAOt2BgAzdwYAOXcGAJbpDACCdwYAzXcGANN3BgAaeAYAOngGAGd4BgBzeAYAtHgGALt4BgABeQYACXkGAE55BgBVeQYAm3kGAKd5BgDoeQYA6nkGADV6BgA8egYAfeoMAIR6BgDPegYA0noGABx7BgAkewYAaXsGAHl7BgC2ewYAuHsGAAN8BgARfAYAUHwGAGF8BgDK6gwApHwGABfrDAD3fAYAN30GAD59BgCEfQYAjH0GANF9BgDffQYAHn4GACF+BgBrfgYAc34GALh+BgC/fgYABX8GABN/BgBSfwYAVX8GAJ9/BgChfwYA7H8GAAWABgA5gAYASoAGAIaABgCSgAYA04AGANqABgAggQYAKIEGAG2BBgB2gQYAuoEGAMeBBgAHggYAEYIGAFSCBgBiggYAoYIGALKCBgDuggYA9oIGADuDBgBFgwYAiIMGAJaDBgDVgwYA64MGACKEBgAuhAYAb4QGAHaEBgC8hAYAxIQGAAmFBgAPhQYAVoUGAGKFBgCjhQYArYUGAPCFBgD2hQYAPYYGAFGGBgCx6wwAj4YGANeGBgDahgYAJIcGAC6HBgBxhwYAc4cGAL6HBgDZhwYAC4gGAA2IBgBYiAYAZogGAKWIBgC2iAYA8ogGAPSIBgA/iQYAWIkGAIyJBgCdiQYA2YkGAOWJBgD+6wwAQ4oGAHOKBgCEigYAwIoGANyKBgANiwYAFYsGAEvsDABfiwYAp4sGAK+LBgD0iwYA/4sGAEGMBgBGjAYAjowGAJGMBgDbjAYA5YwGACiNBgArjQYAdY0GAH2NBgDCjQYAxI0GAA+OBgAqjgYAXI4GAF6OBgCpjgYAt44GAPaOBgAHjwYAQ48GAEWPBgCQjwYAqY8GAN2PBgDujwYAKpAGADaQBgB3kAYAf5AGAJjsDADRkAYAEZEGABmRBgBekQYAaJEGAKuRBgC2kQYA+JEGAASSBgBFkgYATZIGAOXsDACXkgYA35IGAOSSBgAskwYAPZMGADLtDACGkwYAxpMGAMiTBgATlAYALJQGAGCUBgBxlAYArZQGALmUBgD6lAYAApUGAH/tDABMlQYAlJUGAJyVBgDhlQYA8JUGAC6WBgA0lgYAe5YGAIeWBgDIlgYAypYGABWXBgAflwYAYpcGAG6XBgCvlwYAt5cGAMztDAAImAYASZgGAEyYBgCWmAYAmZgGAOOYBgDxmAYAMJkGADWZBgB9mQYAipkGABnuDADbmQYAF5oGAB+aBgBkmgYAJJoGANCiBgBvmgYAsZoGALaaBgD+mgYAAZsGAEubBgBVmwYAmJsGALubBgDlmwYA6JsGADKcBgBWnAYAf5wGAIecBgBm7gwA0pwGABmdBgAnnQYAZp0GAHKdBgCznQYAup0GAACeBgAIngYATZ4GAF2eBgCangYAn54GAOeeBgDtngYANJ8GADyfBgCBnwYAnp8GAM6fBgDXnwYAG6AGACegBgBooAYAbqAGALWgBgDJoAYAAqEGAAqhBgBPoQYAX6EGAJyhBgCeoQYA6aEGAPehBgA2ogYAR6IGALPuDACKogYAAO8MANWiBgAdowYAJKMGAGqjBgB2owYAt6MGALqjBgAEpAYAFKQGAFGkBgBTpAYAnqQGAKykBgDrpAYA/KQGAE3vDAA/pQYAmu8MAJilBgDSpQYA4aUGAB+mBgArpgYAbKYGAG2mBgC5pgYAw6YGAAanBgAUpwYAU6cGAFinBgCgpwYAracGAOfvDADypwYAOqgGAEOoBgCHqAYAmKgGANSoBgDbqAYAIakGACmpBgBuqQYAe6kGALupBgDAqQYACKoGABKqBgBVqgYAXaoGAKKqBgCoqgYA76oGAPuqBgA8qwYAPqsGAImrBgCYqwYA1qsGAOGrBgAjrAYAK6wGAHCsBgByrAYAvawGAMqsBgAKrQYAHq0GAFetBgBfrQYApK0GALOtBgDxrQYA9q0GAD6uBgBLrgYAi64GAJWuBgDYrgYA2q4GACWvBgA0rwYAcq8GAHyvBgC/rwYAx68GAAywBgANsAYAWbAGAF6wBgCmsAYAtLAGAPOwBgAAsQYAQLEGAEqxBgDO8AwAkLEGANqxBgDmsQYAsL8GAPaxBgAnsgYAL7IGABvxDAB5sgYAwbIGAMmyBgAOswYAEbMGAFuzBgBnswYAqLMGAK6zBgD1swYAELQGAEK0BgBOtAYAj7QGAJW0BgDctAYA37QGACm1BgAxtQYAdrUGAHi1BgDDtQYA3rUGABC2BgAStgYAXbYGAGu2BgCqtgYAu7YGAPe2BgD5tgYARLcGAF23BgCRtwYAorcGAN63BgDqtwYAK7gGADO4BgBo8QwAfbgGAMW4BgDLuAYAErkGABq5BgBfuQYAbrkGAKy5BgCxuQYA+bkGAAa6BgBGugYAU7oGAJO6BgCfugYA4LoGAO+6BgAtuwYAN7sGAHq7BgCIuwYAx7sGAMy7BgAUvAYAIbwGALXxDABtvAYArrwGALS8BgD7vAYAFr0GAEi9BgBUvQYAlb0GAJu9BgDivQYA5b0GAC++BgA7vgYAfL4GAIK+BgDJvgYAz74GABa/BgAbvwYAY78GAGm/BgAC8gwAtr8GAP2/BgADwAYASsAGAE/ABgCXwAYAncAGAE/yDADpwAYAMcEGAD7BBgB+wQYAi8EGAMvBBgDXwQYAGMIGACfCBgBlwgYAb8IGALLCBgDAwgYA/8IGAATDBgBMwwYAWcMGAJnDBgCxwwYA5sMGAOzDBgAzxAYAP8QGAIDEBgCQxAYAzcQGANbEBgAaxQYAHcUGAGfFBgBzxQYAtMUGALvFBgA28wwAA8YGAE7GBgBYxgYAm8YGAJ7GBgDoxgYA8MYGADXHBgA4xwYAgscGAI7HBgDPxwYA1ccGABzIBgA3yAYAacgGAHXIBgC2yAYAvMgGAIPzDAAjyQYAUMkGAFvJBgCdyQYAoskGAOrJBgDzyQYAN8oGADrKBgCEygYAkMoGANHKBgDdygYAvtQGAOnKBgAeywYAJcsGAGvLBgBxywYAuMsGAMbLBgAFzAYAIMwGAFLMBgBezAYAn8wGAKXMBgDszAYABs0GADnNBgBFzQYAhs0GAIzNBgDTzQYA2c0GACDOBgAlzgYAbc4GAHPOBgDQ8wwA1M4GAAfPBgAUzwYAVM8GAGDPBgChzwYAq88GAO7PBgDyzwYAO9AGAEDQBgCI0AYAjtAGANXQBgD10AYAItEGAC7RBgBv0QYAddEGALzRBgDC0QYACdIGAA7SBgBW0gYAXNIGAB30DACo0gYA8NIGAPfSBgA90wYASdMGAIrTBgCm0wYA19MGAN/TBgAE9QwAW9QGAHHUBgCX1AYAUfUMANHUBgAL1QYAGtUGAFjVBgBk1QYApdUGAKbVBgDy1QYA/NUGAD/WBgBN1gYAjNYGAJHWBgDZ1gYA5tYGAJ71DAAu1wYAhfYMAHjXBgDA1wYAzdcGAA3YBgAa2AYAWtgGAGbYBgCn2AYAttgGAPTYBgD+2AYAQdkGAE/ZBgCO2QYAk9kGANvZBgDo2QYAKNoGADDaBgB12gYAe9oGAMLaBgDO2gYAD9sGAB/bBgBc2wYAZdsGAKnbBgCs2wYA9tsGAALcBgBD3AYAStwGANL2DACb3AYA3dwGAOncBgAq3QYAMt0GAB/3DACE3QYAxN0GAMvdBgAR3gYAEt4GAF7eBgBj3gYAq94GALneBgD43gYABd8GAEXfBgBP3wYAkt8GAJrfBgDf3wYA6N8GACzgBgAy4AYAeeAGAIrgBgDG4AYA4uAGABPhBgAb4QYAbPcMAGvhBgCt4QYAt+EGAPrhBgAE4gYAR+IGAEjiBgC59wwAmeIGAOHiBgDu4gYALuMGADvjBgB74wYAh+MGAMjjBgDX4wYAFeQGAB/kBgBi5AYAauQGAK/kBgC55AYA/OQGAAHlBgBJ5QYAUeUGAAb4DACh5QYA4+UGAO/lBgAw5gYAOOYGAFP4DACC5gYAyuYGANnmBgAX5wYAN+cGAGTnBgBw5wYAsecGALfnBgD+5wYABugGAEvoBgBS6AYAmOgGAJroBgDl6AYA8egGADLpBgBI6QYAf+kGAITpBgDM6QYA2ekGAKD4DAAe6gYAZuoGAHXqBgCz6gYA0+oGAADrBgAM6wYATesGAFPrBgCa6wYAousGAOfrBgDu6wYANOwGADbsBgCB7AYAjewGAM7sBgDk7AYAG+0GACDtBgBo7QYAde0GALXtBgC97QYAAu4GAAjuBgBP7gYAWO4GAJzuBgCp7gYA6e4GAPbuBgA27wYARO8GAIPvBgCQ7wYA0O8GAOfvBgAd8AYAS/AGAO34DABw8AYAt/AGAHfwBgCUGAsAzfAGAATxBgAS8QYAUfEGAFTxBgCe8QYAofEGAOvxBgD58QYAOPIGAD3yBgCF8gYAkvIGANLyBgDa8gYAH/MGACbzBgBs8wYAePMGALnzBgDG8wYABvQGABT0BgBT9AYAX/QGAKD0BgCn9AYA7fQGAPX0BgA69QYAPvUGAIf1BgCS9QYA1PUGAOL1BgAh9gYAMvYGAG72BgB69gYAu/YGAMP2BgA6+QwADvcGAFX3BgBp9wYAovcGALD3BgDv9wYA/PcGADz4BgBT+AYAifgGAJH4BgDW+AYA4PgGACP5BgAo+QYAcPkGAHj5BgC9+QYAzPkGAAr6BgAP+gYAV/oGAGT6BgCk+gYAsfoGAPH6BgD9+gYAPvsGAE37BgCL+wYAlfsGANj7BgDg+wYAJfwGAC/8BgBy/AYAd/wGAL/8BgDH/AYAh/kMABf9BgBZ/QYAZf0GAKb9BgCu/QYA1PkMAPj9BgBA/gYAT/4GAI3+BgCt/gYA2v4GAOb+BgAn/wYALf8GAHT/BgB8/wYAwf8GAMj/BgAOAAcAEAAHAFsABwBnAAcAqAAHAL4ABwD1AAcA+gAHAEIBBwBPAQcAIfoMAJgBBwDcAQcA4gEHACkCBwA3AgcAdgIHAIMCBwDDAgcA2gIHABADBwAYAwcAXQMHAGwDBwCqAwcArwMHAPcDBwAEBAcARAQHAFEEBwCRBAcAnQQHAN4EBwDtBAcAKwUHADUFBwB4BQcAlAUHAMUFBwDNBQcAbvoMACEGBwBfBgcAaQYHAImUCgB/BgcArAYHALgGBwD5BgcA/wYHAEYHBwBOBwcA1EIHAFIHBwCTBwcAYAcHAPouBwCmBwcA4AcHAO8HBwAtCAcAOQgHAHoIBwB7CAcAxwgHANEIBwAUCQcAIgkHAGEJBwBmCQcArgkHALsJBwC7+gwAAQoHAEgKBwBOCgcAlQoHAJoKBwDiCgcA6AoHAKL7DAA6CwcAfAsHAIoLBwDJCwcA2gsHABYMBwAiDAcAYwwHAGsMBwA8/AwAvAwHAP0MBwAHDQcASg0HAFkNBwCXDQcAog0HAOQNBwDyDQcAMQ4HAD4OBwB+DgcAlQ4HAMsOBwDTDgcAGA8HABsPBwBlDwcAcQ8HALIPBwC4DwcA/w8HABoQBwBMEAcAWBAHAJkQBwCfEAcA5hAHAO4QBwAzEQcANREHAIARBwCBEQcAzREHANsRBwAaEgcAIhIHAGcSBwCCEgcAtBIHAMASBwABEwcABxMHAE4TBwBREwcAmxMHAKkTBwDoEwcA7RMHADUUBwBCFAcAifwMAI8UBwDUkQoAkxQHAM8UBwDbFAcAHBUHACkVBwBpFQcAbhUHALYVBwDAFQcAAxYHABMWBwBQFgcAVRYHAJ0WBwCmFgcA6hYHAPcWBwA3FwcAPhcHAIQXBwCQFwcA0RcHANcXBwAeGAcAJBgHAGsYBwBwGAcAuBgHAL4YBwDW/AwAERkHAFIZBwBYGQcAnxkHAKUZBwDsGQcA+RkHADkaBwA+GgcAhhoHAI4aBwDTGgcACBsHACAbBwBQGwcAbRsHAHUbBwC6GwcAxxsHAAccBwAMHAcAVBwHAFwcBwChHAcApBwHAO4cBwD3HAcAOx0HAEodBwCIHQcAkx0HANUdBwDdHQcAIh4HADIeBwBvHgcAfR4HALweBwDNHgcACR8HABUfBwBWHwcAXh8HAL39DACpHwcA8B8HAPgfBwA9IAcARCAHAIogBwCYIAcA1yAHAN0gBwAkIQcAMCEHAHEhBwCAIQcAviEHAMghBwALIgcAECIHAFgiBwBeIgcApSIHALkiBwAK/gwA/yIHAD8jBwABIwcAGl8HAEQjBwCMIwcAmCMHANkjBwDmIwcAJiQHADAkBwBX/gwAjiQHAMAkBwDCJAcADSUHABMlBwBaJQcAkCUHAKclBwCtJQcA9CUHAP0lBwBBJgcATiYHAI4mBwDEJgcA2yYHAOImBwAoJwcALScHAHUnBwCEJwcAwicHAOInBwAPKAcAGygHAFwoBwBiKAcAqSgHAMMoBwD2KAcA+SgHAEMpBwBIKQcAkCkHAJ8pBwDdKQcA/SkHAPH+DABKKgcAdyoHAIMqBwDEKgcAzioHABErBwAdKwcALMcHAB4rBwBeKwcAYysHAKsrBwC1KwcA+CsHAAgsBwBFLAcASiwHAJIsBwCbLAcA3ywHAOwsBwAsLQcAMy0HAHktBwCFLQcAxi0HAMwtBwATLgcAGS4HAGAuBwBlLgcArS4HALMuBwA+/wwA/S4HAEcvBwBMLwcAlC8HAKMvBwDhLwcAATAHANj/DAA8MAcAezAHAIgwBwDIMAcAzzAHABUxBwAdMQcAYjEHAGQxBwCvMQcAaTEHALdYCQB5MQcAwx0JALUxBwDAPwkAtzEHAPwxBwAAMgcANDkHABcyBwBJMgcASzIHAJYyBwCnMgcA4zIHAPEyBwAwMwcANzMHAH0zBwCFMwcAyjMHANEzBwAXNAcAHDQHAGQ0BwBzNAcAsTQHANE0BwD+NAcACjUHAEs1BwBRNQcAmDUHAKA1BwDlNQcA8TUHADI2BwA/NgcAfzYHAJo2BwDMNgcA2jYHABk3BwAfNwcAZjcHAGs3BwCzNwcAwDcHAAA4BwAWOAcATTgHAFk4BwCaOAcApzgHAOc4BwDxOAcAJQANADk5BwCBOQcAhzkHAM45BwDuOQcAGzoHACk6BwBoOgcAdToHALU6BwDMOgcAAjsHAAo7BwBPOwcAXjsHAJw7BwChOwcA6TsHAPY7BwA2PAcAQDwHAIM8BwCFPAcA0DwHAN48BwAdPQcAKj0HAGo9BwB2PQcAtz0HAL09BwAEPgcADD4HAFE+BwBXPgcAnj4HAKc+BwDrPgcA+D4HADg/BwBCPwcAhT8HAJM/BwDSPwcA6D8HAB9ABwArQAcAbEAHAHRABwByAA0Aw0AHAAZBBwAMQQcAU0EHAFVBBwCgQQcAqkEHAO1BBwD5QQcAOkIHAFFCBwCHQgcAm0IHAL8ADQDiQgcAIUMHACRDBwBuQwcAdkMHALtDBwDHQwcACEQHABZEBwBVRAcAX0QHAKJEBwCtRAcA70QHAPtEBwA8RQcAQkUHAIlFBwCRRQcA1kUHAONFBwAjRgcAKEYHAHBGBwB6RgcAvUYHAMVGBwAKRwcAEEcHAFdHBwBgRwcApEcHALFHBwDxRwcA/kcHAD5IBwBMSAcAi0gHAJhIBwDYSAcA70gHACVJBwAtSQcAckkHAHdJBwC/SQcAxUkHAAxKBwAUSgcAWUoHAG9KBwCmSgcAtEoHAPNKBwD2SgcAQEsHAE9LBwCNSwcAkksHANpLBwDnSwcAJ0wHADdMBwB0TAcAgkwHAMFMBwDYTAcADk0HABdNBwBbTQcAYU0HAKhNBwC0TQcA9U0HAPxNBwAMAQ0ATk4HAI9OBwCRTgcA3E4HAOZOBwApTwcANU8HAHZPBwB+TwcAWQENAMhPBwAQUAcAH1AHAF1QBwB9UAcAqlAHALZQBwD3UAcA/VAHAERRBwBMUQcAkVEHAJJRBwDeUQcA5FEHACtSBwAwUgcAeFIHAJNSBwDFUgcA01IHABJTBwAZUwcAX1MHAGtTBwCsUwcAslMHAKYBDQD+UwcARlQHAFBUBwCTVAcApFQHAOBUBwDsVAcALVUHADBVBwB6VQcAfVUHAMdVBwDPVQcAFFYHABtWBwBhVgcAZlYHAK5WBwC9VgcA+1YHABtXBwBIVwcAVFcHAJVXBwCbVwcA4lcHAOpXBwAvWAcAPFgHAHxYBwCBWAcAyVgHANNYBwAWWQcAHlkHAGNZBwBzWQcAsFkHALVZBwD9WQcABloHAEpaBwBXWgcAl1oHAJ5aBwDzAQ0A6VoHADFbBwBAWwcAflsHAJ5bBwDLWwcA11sHABhcBwAeXAcAZVwHAG1cBwCyXAcAvlwHAP9cBwAMXQcATF0HAFNdBwCZXQcAml0HAOZdBwDrXQcAM14HAEFeBwCAXgcAjV4HAM1eBwDXXgcAQAINAB9fBwBnXwcAdF8HALRfBwDBXwcAAWAHAAdgBwBOYAcAWmAHAJtgBwCrYAcA6GAHAPFgBwA1YQcAOGEHAIJhBwCOYQcAz2EHANZhBwCNAg0AHmIHAGliBwAjYgcArgsKACxiBwD4rgsAemIHALZiBwC+YgcAA2MHAA1jBwBQYwcAX2MHAJ1jBwCeYwcA6mMHAPJjBwAnAw0AP2QHAHQDDQCjZAcADgQNAO9kBwAeZQcA9GQHAN3DBwD5ZAcAyH0HACZlBwBrZQcAemUHALhlBwC9ZQcABWYHABJmBwBSZgcAX2YHAJ9mBwCrZgcA7GYHAPtmBwA5ZwcAQ2cHAIZnBwCpZwcA02cHAAhoBwAgaAcARGgHAG1oBwB1aAcAWwQNAL9oBwAHaQcADWkHAFRpBwBcaQcAqAQNAK9pBwDuaQcACWoHADtqBwBHagcAiGoHAJlqBwDVagcA6WoHACJrBwAqawcAb2sHAHVrBwC8awcAyGsHAAlsBwAZbAcAVmwHAF9sBwCjbAcApmwHAPBsBwD8bAcAPW0HAERtBwD1BA0AmG0HANdtBwDhbQcAQgUNACluBwBxbgcAfm4HAL5uBwDLbgcAC28HABdvBwBYbwcAZ28HAKVvBwCvbwcA8m8HAABwBwA/cAcARHAHAIxwBwCZcAcA2XAHAOFwBwAmcQcALHEHAHNxBwB/cQcAwHEHANBxBwANcgcAFnIHAFpyBwBdcgcAp3IHALNyBwD0cgcA+3IHAI8FDQBQcwcAjnMHAJNzBwDbcwcA6HMHACh0BwA1dAcAdXQHAHt0BwDCdAcAznQHAA91BwAfdQcAXHUHAGV1BwCpdQcArHUHAPZ1BwACdgcAQ3YHAEp2BwDcBQ0AlXYHAN12BwDqdgcAKncHAEh3BwB3dwcAg3cHAMR3BwDXdwcAEXgHAB94BwBeeAcAYXgHAKt4BwC1eAcA+HgHAAZ5BwBFeQcAUnkHAJJ5BwCpeQcA33kHAOd5BwAsegcAM3oHAHl6BwB+egcAxnoHANx6BwATewcAFXsHAGB7BwBuewcArXsHALp7BwApBg0ABnwHAEd8BwBXfAcAlHwHAJ18BwDhfAcA5HwHAC59BwA6fQcAe30HAIJ9BwB2Bg0A0X0HAMqABwDSfQcAFX4HACR+BwBifgcAJn4HAJZ/BwBjfgcAr34HAMt+BwD8fgcAMn8HAEl/BwB/fwcAwwYNAJl/BwDjfwcA/38HADCABwBmgAcAfYAHALOABwAQBw0A14AHABeBBwAlgQcAZIEHAHeBBwCxgQcAzYEHAP6BBwA0ggcAS4IHAIGCBwBdBw0AqYIHAOWCBwDxggcAMoMHADqDBwCqBw0AhIMHAMyDBwDUgwcAGYQHACiEBwBmhAcAa4QHALOEBwDAhAcAAIUHAA2FBwBNhQcAWYUHAJqFBwCphQcA54UHAPGFBwA0hgcAPIYHAIGGBwCLhgcAzoYHANOGBwAbhwcAI4cHAPcHDQB3hwcAtYcHAHmHBwDpiAcAtocHAAKIBwAeiAcAT4gHAIWIBwCciAcA0ogHAEQIDQDsiAcANokHAFKJBwCDiQcAuYkHANCJBwAGigcAkQgNACCKBwBqigcAe4oHALeKBwDTigcABIsHADqLBwBRiwcAh4sHAN4IDQCriwcA64sHAPeLBwA4jAcAR4wHAIWMBwCPjAcA0owHAOCMBwAfjQcAJI0HAGyNBwB5jQcAuY0HAMGNBwAGjgcADI4HAFOOBwAWjgcAj+gHAF+OBwCgjgcAsI4HAO2OBwD2jgcAOo8HAD2PBwCHjwcAk48HANSPBwDbjwcAKwkNACaQBwA/2AkAK5AHAG6QBwAtkAcAmXgJAHiQBwC7kAcAvJAHAAiRBwAXkQcAVZEHAFqRBwCikQcAr5EHAO+RBwD8kQcAPJIHAEiSBwCJkgcAmJIHANaSBwDgkgcAI5MHADGTBwBwkwcAdZMHAL2TBwDKkwcACpQHAAuUBwBXlAcAXJQHAKSUBwCplAcA8ZQHAAKVBwA+lQcAYZUHAIuVBwCWlQcA2JUHAN2VBwAllgcAKJYHAHKWBwB8lgcAv5YHAOqWBwAMlwcAK5cHAHgJDQBllwcAppcHAKiXBwDzlwcAApgHAECYBwBLmAcAjZgHAJWYBwDamAcA4ZgHACeZBwApmQcAdJkHAH6ZBwDBmQcAw5kHAA6aBwAnmgcAW5oHAF2aBwComgcAq5oHAPWaBwABmwcAQpsHAEqbBwDFCQ0Am5sHANybBwDimwcAKZwHAEScBwB2nAcAgpwHAMOcBwDJnAcAEJ0HABidBwBdnQcAX50HAKqdBwC0nQcA950HAP+dBwASCg0AVZ4HAJGeBwCYngcA3p4HAOaeBwArnwcAOJ8HAHifBwB9nwcAxZ8HAM+fBwASoAcAGqAHAF+gBwBuoAcArKAHALGgBwD5oAcABqEHAEahBwBToQcAk6EHAJ+hBwDgoQcA76EHAC2iBwA3ogcAeqIHAIKiBwDHogcA0aIHABSjBwAZowcAYaMHAGmjBwBfCg0AuqMHAPujBwALpAcASKQHAFGkBwCVpAcAmKQHAOKkBwDupAcAL6UHADalBwCsCg0AgqUHAMmlBwDPpQcAFqYHABumBwBjpgcAaaYHAPkKDQC2pgcA/aYHAAOnBwBKpwcAT6cHAP7QCgBXpwcAl6cHAJynBwDkpwcA7KcHADGoBwBjqAcAHK8HAGioBwB+qAcAtagHAMuoBwACqQcAGKkHAEipBwBlqQcAbakHALKpBwDBqQcA/6kHAASqBwBMqgcAWaoHAJmqBwCmqgcA5qoHAPKqBwAzqwcAQqsHAICrBwCKqwcAzasHANurBwAarAcAH6wHAGesBwB0rAcAtKwHALysBwABrQcAB60HAE6tBwBarQcAm60HAKutBwDorQcA8a0HADWuBwA4rgcAgq4HAI6uBwDPrgcA1q4HAEYLDQBTrwcAaa8HAJmvBwC2rwcAvq8HAAOwBwASsAcAULAHAFWwBwCdsAcAqrAHAOqwBwD3sAcAN7EHAEOxBwCEsQcAk7EHANGxBwDbsQcAHrIHACyyBwBrsgcAcLIHALiyBwDFsgcABbMHAA2zBwBSswcAWLMHAJ+zBwCrswcA7LMHAPyzBwA5tAcAQrQHAIa0BwCJtAcA07QHAN+0BwAgtQcAJ7UHAJMLDQBvtQcAu98KAHu1BwC6tQcAx7UHAAe2BwATtgcAVLYHAFq2BwChtgcAp7YHAO62BwDztgcAO7cHAEG3BwDgCw0ArrcHANW3BwD7twcAIrgHAFS4BwBvuAcAprgHALy4BwDsuAcAegwNABW5BwBWuQcAF7kHAGq+CABguQcAo7kHAL25BwDwuQcA/7kHAD26BwBCugcAiroHAJe6BwDXugcA5LoHACS7BwAwuwcAcbsHAIC7BwC+uwcAyLsHAAu8BwAXvAcAWLwHAGu8BwClvAcAtLwHAPK8BwD+vAcAP70HAEC9BwCMvQcAlr0HANm9BwDnvQcAJr4HACu+BwBzvgcAgL4HAMcMDQDFvgcADb8HABq/BwBavwcAZ78HAKe/BwCzvwcA9L8HAAPABwBBwAcAS8AHAI7ABwCcwAcA28AHAODABwAowQcANcEHAHXBBwB9wQcAwsEHAMjBBwAPwgcAG8IHAFzCBwBswgcAqcIHALLCBwD2wgcA+cIHAEPDBwBPwwcAkMMHAJfDBwCuDQ0A4sMHACrEBwAtxAcAd8QHAH/EBwDExAcA0MQHABHFBwAXxQcAXsUHAGTFBwCrxQcAsMUHAPjFBwD+xQcA+w0NAHzGBwCSxgcAycYHAN/GBwADxwcAlQ4NADLHBwAS1AgAP8cHAHnHBwCIxwcAxscHANLHBwATyAcAFMgHAGDIBwBqyAcArcgHALvIBwD6yAcA/8gHAEfJBwBUyQcA4g4NALfJBwDhyQcAGMoHAC7KBwBlygcAe8oHALLKBwDIygcA7MoHAC8PDQAjywcAYssHAGfLBwCvywcAvMsHAPzLBwAEzAcAScwHAE/MBwCWzAcAoswHAOPMBwDzzAcAMM0HADnNBwB9zQcAgM0HAMrNBwACzgcAF84HACPOBwB8Dw0Aas4HALHOBwDKzgcA/s4HAAzPBwBLzwcAWM8HAJjPBwCfzwcA5c8HAO7PBwAy0AcAP9AHAH/QBwCW0AcAzNAHAM/QBwAZ0QcAG9EHAGbRBwBv0QcAs9EHAMPRBwAA0gcAGdIHAE3SBwBP0gcAmtIHAKPSBwDn0gcA79IHADTTBwA20wcAgdMHAJrTBwDO0wcA5dMHABvUBwAn1AcAaNQHAHnUBwC11AcAwdQHAALVBwAN1QcAT9UHAFzVBwCc1QcAptUHAMkPDQD81QcANtYHAETWBwCD1gcAcNYHAAjeBwC81gcA0NYHAN3WBwAd1wcAJdcHAGrXBwBw1wcAt9cHAMPXBwAE2AcAD9gHAFHYBwBa2AcAntgHAKHYBwDr2AcA7dgHADjZBwA/2QcAhdkHAIfZBwAWEA0A1dkHAB/aBwAt2gcAbNoHAHHaBwC52gcAxtoHAAbbBwAS2wcAU9sHAFvbBwBjEA0ArtsHAO3bBwD92wcAOtwHAEjcBwCH3AcAkNwHANTcBwDe3AcAId0HACPdBwBu3QcAeN0HALvdBwC93QcAsBANAA3eBwBV3gcAXd4HAKLeBwCo3gcA794HAPveBwA83wcAS98HAInfBwCS3wcA1t8HANnfBwAj4AcAJeAHAHDgBwB34AcAveAHAL/gBwD9EA0AD+EHAFfhBwBz4QcApOEHAMDhBwBKEQ0A/uEHACTvCAAA4gcAPuIHAEPiBwCL4gcAmOIHANjiBwDl4gcAJeMHACvjBwBy4wcAfuMHAL/jBwDP4wcADOQHABXkBwBZ5AcAXOQHAKbkBwCy5AcA8+QHAPrkBwCXEQ0AT+UHAI3lBwCS5QcA2uUHAOflBwAn5gcANOYHAHTmBwB65gcAweYHAM3mBwAO5wcAHucHAFvnBwBk5wcAqOcHAKvnBwD15wcAAegHAELoBwBJ6AcA5BENAJHoBwDc6AcA6ugHACnpBwA66QcAMRINAH3pBwB+Eg0Ay+kHAMsSDQAV6gcAXeoHAGrqBwCq6gcAt+oHAPfqBwAD6wcAROsHAFPrBwCR6wcAm+sHAN7rBwDs6wcAK+wHADDsBwB47AcAhewHAMXsBwDN7AcAEu0HABjtBwBf7QcAa+0HAKztBwC87QcA+e0HAALuBwBG7gcASe4HAJPuBwCf7gcA4O4HAOfuBwAYEw0ANe8HAGUTDQB/7wcAx+8HAM/vBwAU8AcAF/AHAGHwBwBq8AcArvAHAL3wBwD78AcABvEHAEjxBwBQ8QcAlfEHAKXxBwDi8QcA8PEHAC/yBwBA8gcAfPIHAIjyBwDJ8gcA0fIHALITDQAc8wcAY/MHAGvzBwCw8wcAt/MHAP3zBwAL9AcASvQHAFD0BwCX9AcAo/QHAOT0BwDz9AcAMfUHADv1BwB+9QcAg/UHAMv1BwDR9QcAGPYHACz2BwD/Ew0AavYHALL2BwC/9gcA//YHAAz3BwBM9wcAWPcHAJn3BwCo9wcA5vcHAPD3BwAz+AcAQfgHAID4BwCF+AcAzfgHANr4BwAa+QcAIvkHAGf5BwBt+QcAtPkHAMD5BwAB+gcAEfoHAE76BwBX+gcAm/oHAJ76BwDo+gcA9PoHADX7BwA8+wcATBQNAIT7BwDP+wcA2fsHABz8BwAq/AcAafwHAG78BwC2/AcAw/wHAAP9BwAF/QcAUP0HAGH9BwCd/QcAqf0HAOr9BwDw/QcAN/4HAD3+BwCE/gcAif4HANH+BwDX/gcAmRQNACP/BwBr/wcAfP8HALj/BwDA/wcABQAIAMT/BwDQIwgAxv8HADtTCwAPAAgAUgAIAGAACACfAAgAtQAIAOwACAD4AAgAOQEIAEABCACGAQgAjgEIANMBCADYAQgAIAIIACkCCABtAggAdwIIALoCCADCAggABwMIAAsDCABUAwgAXwMIAKEDCACvAwgA7gMIAP8DCAA7BAgARwQIAIgECACQBAgA5hQNANcECAAiBQgAMAUIAG8FCAB5BQgAvAUIAMoFCAAJBggAFgYIAFYGCABtBggAowYIAKsGCADwBggAAAcIAD0HCABCBwgAigcIAJAHCADXBwgA3wcIACQICAAmCAgAcQgIAH4ICAC+CAgAxggIAAsJCAAQCQgAWAkIAFkJCAClCQgAsQkIAPIJCAD/CQgAPwoIAEcKCACMCggAmwoIANkKCADeCggAJgsIADMLCABzCwgAgAsIAMALCADMCwgADQwIABwMCABaDAgAZAwIAKcMCAC1DAgA9AwIAPkMCABBDQgATg0IADMVDQCRDQgA2w0IAOMNCAAoDggANQ4IAHUOCAB6DggAwg4IAMwOCAAPDwgAFw8IAFwPCABeDwgAqQ8IAMQPCAD2DwgA+A8IAEMQCABREAgAkBAIAKEQCADdEAgA3xAIACoRCABDEQgAdxEIAIgRCADEEQgA0BEIABESCAAmEggAXhIIAGYSCACrEggAsRIIAPgSCAAEEwgARRMIAGITCACSEwgAmxMIAN8TCADrEwgALBQIAC8UCAB5FAgAgxQIAMYUCADOFAgAExUIAB0VCABgFQgAbhUIAK0VCADDFQgA+hUIAAYWCABHFggAThYIAJQWCACcFggA4RYIAOYWCAAuFwgANxcIAHsXCACFFwgAyBcIANAXCAAVGAgAFxgIAGIYCAByGAgArxgIALkYCAD8GAgACBkIAEkZCABPGQgAlhkIAJ4ZCACAFQ0A7xkIADAaCABDGggAfRoIAJkaCADKGggA0hoIAM0VDQAlGwgAZBsIAHobCACxGwgAvRsIAP4bCAADHAgASxwIAFQcCACYHAgAohwIAOUcCADtHAgAMh0IADQdCAB/HQgAjh0IAMwdCADpHQgAGR4IACIeCABmHggAdB4IALMeCAC5HggAAB8IAA4fCABNHwgAWh8IAJofCACxHwgA5x8IAO8fCAA0IAgANiAIAIEgCACJIAgAziAIAN0gCAAbIQgAICEIAGghCAB1IQgAtSEIAMIhCAACIggADiIIAE8iCABeIggAnCIIAKYiCADpIggA9yIIADYjCAA7IwgAgyMIAJAjCAAaFg0A1iMIAB0kCAAjJAgAaiQIAG8kCAC3JAgAvSQIAGcWDQASJQgAUSUIAGclCACeJQgAqiUIAOslCADwJQgAOCYIAEEmCACFJggAjyYIANImCAD1JggAHycIACMnCABsJwgALicIAKAoCABuJwgAuScIAMcnCAAGKAgAECgIAFMoCAB3KAgAThcNAKYoCADtKAgA+SgIADopCAA8KQgAhykIAJEpCADUKQgA4CkIACEqCABFKggAmxcNAHIqCAC7KggAfSoIAO8rCAC9KggACCsIABYrCABVKwgAXysIAKIrCADGKwgA6BcNAPUrCAA8LAgASCwIAIksCACLLAgA1iwIAOAsCAAjLQgALy0IAHAtCACULQgANRgNANotCAAKLggAEy4IAFcuCABlLggApC4IAKouCADxLggA/S4IAD4vCABGLwgAghgNAJIvCADYLwgA8S8IACUwCAA0MAgAcjAIAHowCAC/MAgAzjAIAAwxCAARMQgAWTEIAGYxCACmMQgAszEIAPMxCAD/MQgAQDIIAE8yCACNMggAlzIIANoyCADoMggAJzMIACwzCAB0MwgAgTMIAM8YDQDCMwgA05sIANozCAAONAgAGDQIAFs0CABdNAgAqDQIALY0CAD1NAgAAjUIAEI1CABKNQgAjzUIALg1CADcNQgA4zUIACk2CABCNggAdjYIAIU2CADDNggAyzYIABA3CAAfNwgAXTcIAGI3CACqNwgAtzcIAPc3CAAEOAgARDgIAFA4CACROAgAoDgIAN44CADoOAgAKzkIADk5CAB4OQgAfTkIAMU5CADSOQgAHBkNABc6CADC3AkAHjoIAF86CAA6OggAbJENAHI6CACsOggAuzoIAPk6CAAFOwgARjsIAFI7CACTOwgAmjsIAOA7CADsOwgALTwIADQ8CAB6PAgAgjwIAMc8CADLPAgAFD0IAB89CABhPQgAbT0IAK49CAC7PQgA+z0IAAM+CABIPggAUj4IAJU+CACbPggA4j4IAPY+CAAvPwgAPT8IAHw/CACJPwgAyT8IAOA/CAAWQAgAHkAIAGNACABtQAgAsEAIALVACAD9QAgABUEIAEpBCABZQQgAl0EIAJxBCADkQQgA8UEIADFCCAA+QggAfkIIAIpCCADLQggA2kIIABhDCAAiQwgAaRkNAG1DCACyQwgAwUMIAP9DCAAERAgATEQIAFVECACZRAgAqkQIAOZECADtRAgAM0UIADtFCACARQgAjUUIAM1FCADSRQgAGkYIACRGCABnRggAb0YIALRGCADNRggAAUcIAA1HCABORwgAVkcIALYZDQCqRwgA6EcIAAVICAA1SAgAPkgIAIJICACQSAgAz0gIANVICAAcSQgAKEkIAGlJCABwSQgAtkkIAL5JCAADSggAE0oIAFBKCABWSggAnUoIAKJKCADqSggAAEsIADdLCAA/SwgAhEsIAI5LCADRSwgA3EsIAB5MCAAqTAgAa0wIAHNMCAADGg0AxUwIAAVNCAAMTQgAUk0IAF5NCACfTQgApU0IAOxNCAD9TQgAOU4IAE1OCACGTggAlE4IANNOCADgTggAIE8IADdPCABtTwgAdU8IALpPCADBTwgAB1AIAAlQCABUUAgAXlAIAKFQCACjUAgA7lAIAAdRCAA7UQgAPVEIAIhRCACLUQgA1VEIAOFRCAAiUggATlIIAFAaDQB+UggAvFIIANlSCAAJUwgAElMIAFZTCABkUwgAo1MIAKlTCADwUwgA/FMIAD1UCABFVAgAnRoNAJJUCADXVAgA3VQIACRVCAAwVQgAcVUIAHRVCAC+VQgAw1UIAAtWCAAUVggAWFYIAF5WCAClVggAtFYIAPJWCAD+VggAP1cIAEdXCADqGg0AklcIANlXCADeVwgAJlgIADxYCABzWAgAe1gIAMBYCADOWAgADVkIABdZCABaWQgAXVkIAKdZCACvWQgA9FkIAPVZCABBWggAR1oIAI5aCACcWggA21oIAPFaCAAoWwgAKlsIAHVbCAB7WwgAwlsIANZbCAAPXAgAF1wIAFxcCABsXAgAqVwIAKtcCAD2XAgABV0IAENdCABNXQgAkF0IAJVdCADdXQgA410IACpeCAA+XggAd14IAH9eCADEXggAyV4IABFfCAAXXwgAXl8IAGZfCACrXwgArl8IAPhfCAD9XwgARWAIAE5gCACSYAgAmGAIAN9gCADuYAgALGEIADhhCAA3Gw0Ag2EIAMZhCADIYQgAE2IIABpiCABgYggAZ2IIAK1iCACzYggA+mIIAAhjCABHYwgAVGMIAJRjCACkYwgA4WMIAOZjCAAuZAgANmQIAHtkCABKZAgAi8kIAIdkCADIZAgAymQIAH1nCADVZAgAFWUIABplCABiZQgAbGUIAK9lCAC/ZQgA/GUIAAFmCABJZggAUmYIAJZmCACjZggA42YIAOpmCAAwZwgAOGcIAIQbDQCLZwgAymcIAOJnCAAXaAgAGWgIAGRoCAB7aAgAsWgIALNoCAD+aAgADGkIAEtpCABYaQgAmGkIAKBpCADRGw0A62kIADJqCAA0aggAf2oIAIxqCADMaggAz2oIABlrCAAqawgAZmsIAGhrCACzawgAvWsIAABsCAAMbAgATWwIAFVsCAAeHA0An2wIAOdsCADqbAgANG0IAD5tCACBbQgAiW0IAM5tCADbbQgAG24IAB1uCABobggAfm4IALVuCADBbggAAm8IAApvCABrHA0AUm8IAJxvCAClbwgA6W8IAPdvCABplggA+G8IADZwCABBcAgAg3AIAItwCADQcAgA23AIAB1xCAAicQgAanEIAG1xCAC3cQgAwXEIAAUdDQAKcggAUXIIAGxyCACecggAqnIIAOtyCADxcggAOHMIAEBzCACFcwgAm3MIANJzCADgcwgAH3QIACJ0CABsdAgAhXQIALl0CADFdAgABnUIABF1CABTdQgAVXUIAKB1CAC7dQgA7XUIAPt1CAA6dggAR3YIAId2CACedggAUh0NAOp2CAAhdwgAIncIAG53CABzdwgAu3cIAMF3CAAIeAgACngIAFV4CABbeAgAongIALZ4CADveAgA93gIADx5CABMeQgAiXkIAIt5CADWeQgA5HkIACN6CAA0eggAnx0NAHZ6CAC9eggAyXoIAOwdDQAMewgAV3sIAGh7CACkewgArHsIAPF7CAD6ewgAPnwIAEV8CACLfAgAjHwIADkeDQDkfAgAJX0IACd9CAByfQgAeX0IAL99CADHfQgADH4IABV+CABZfggAYH4IAKZ+CACnfggAhh4NAPh+CABAfwgASH8IAI1/CACXfwgA2n8IAOh/CAAngAgAPYAIAHSACACAgAgAwYAIAMaACAAOgQgAF4EIAFuBCABlgQgA0x4NAKmBCAD1gQgA/YEIAD2ICQANgggAQoIIAE+CCACPgggAm4IIANyCCADmgggAKYMIAC2DCAB2gwgAe4MIAMODCADJgwgAEIQIADCECABdhAgAdYQIAKqECADBhAgA94QIAAOFCABEhQgAToUIAJGFCACThQgA3oUIAOWFCAArhggAMoYIAHiGCAB+hggAxYYIANGGCAAShwgAFYcIAF+HCABihwgArIcIALiHCAD5hwgA/IcIAEaICABiiAgAk4gIAJuICAAgHw0A7IgIAC2JCAA3iQgAeokIAHyJCADHiQgAzokIABSKCAAbiggAYYoIAGeKCACuiggAvIoIAPuKCAAIiwgASIsIAFiLCACViwgAmosIAOKLCADqiwgAL4wIAD+MCAB8jAgAgYwIAMmMCADPjAgAFo0IAB6NCABtHw0AaY0IALCNCAC4jQgA/Y0IAACOCABKjggAVo4IAJeOCACdjggA5I4IAP+OCAAxjwgAP48IAH6PCACNjwgAy48IANePCAAYkAgAIJAIAAcgDQBqkAgAspAIALyQCAD/kAgAB5EIAEyRCABskQgAmZEIAKaRCADmkQgA65EIADOSCAA3kggAgJIIAI2SCABUIA0A0pIIABqTCAAdkwgAZ5MIAHGTCAC0kwgAwJMIAAGUCAAUlAgATpQIAF2UCACblAgAp5QIAOiUCADplAgANZUIAD+VCACClQgAkJUIAM+VCADUlQgAHJYIACmWCAChIA0Ac5YIALaWCAC4lggAA5cIAByXCABQlwgAYZcIAJ2XCACplwgA6pcIAPKXCACIIQ0APpgIAISYCACLmAgA0ZgIANeYCAAemQgAKpkIAGuZCABumQgAuJkIALuZCAAFmggADZoIAFKaCABimggAn5oIAKSaCADsmggA9ZoIADmbCABGmwgAhpsIAI2bCADVIQ0A35sIACCcCAAtnAgAbZwIAHWcCAC6nAgAxJwIAAedCAAWnQgAVJ0IAFWdCAChnQgAqZ0IAO6dCAD9nQgAO54IAECeCACInggAlZ4IANWeCADinggAIp8IAC6fCABvnwgAfp8IALyfCADGnwgACaAIABegCABWoAgAW6AIAKOgCACwoAgA8KAIAPigCAA9oQgAR6EIAIqhCACPoQgA16EIAN+hCAAiIg0AMqIIAHGiCAB9oggAvqIIAMSiCAALowgAEaMIAFijCABdowgApaMIAKujCABvIg0A/qMIAD+kCABFpAgAjKQIAJKkCADZpAgA5qQIACalCAArpQgAc6UIAHulCADApQgA3qUIAFYjDQAPpggAcXAKABCmCADf4QkAE6YIAGl9CQAjpggAWqYIAFumCACnpggArKYIAPSmCAD6pggAQacIAEOnCACOpwgAlKcIANunCADvpwgAKKgIADCoCAB1qAgAhagIAMKoCADEqAgAD6kIAB2pCABcqQgAbakIAKMjDQCvqQgA9qkIAAKqCADwIw0AUKoIAJCqCACYqggA3aoIAOqqCAAqqwgALKsIAHerCACNqwgAxKsIANCrCAARrAgAGawIAIokDQBqrAgAq6wIAK6sCAD4rAgA/awIAEWtCABWrQgAkq0IAJutCADfrQgA6a0IACyuCAA6rggAea4IAH6uCADGrggA064IANckDQAfrwgAYK8IAG2vCACtrwgAr68IAPqvCAAQsAgAR7AIAFOwCACUsAgAnLAIACQlDQDmsAgALrEIADSxCAB7sQgAg7EIAMixCADLsQgAFbIIACGyCABisggAaLIIAK+yCADKsggA/LIIAAmzCABJswgAS7MIAJazCACsswgA47MIAO+zCAAwtAgAOLQIAHElDQCDtAgAyrQIAM+0CAAXtQgAMrUIAGS1CABytQgAsbUIALi1CAD+tQgACrYIAEu2CABStggAviUNAKO2CADltggA7bYIADK3CAA9twgAf7cIAIS3CADMtwgAz7cIABm4CAAjuAgAZrgIAG64CACzuAgAwbgIAAC5CAADuQgATbkIAFW5CACauQgAurkIAOe5CAD0uQgANLoIADm6CACBuggAhboIAM66CADbuggACyYNADu7CABouwgAcbsIALW7CAC2uwgAArwIAAq8CABPvAgAX7wIAJy8CACevAgA6bwIAPe8CAA2vQgAR70IAFgmDQCJvQgA0L0IANy9CAClJg0AJL4IAPImDQBvvggAt74IANG+CAAEvwgAE78IAFG/CABcvwgAnr8IAKC/CADrvwgA+L8IADjACABFwAgAhcAIAJHACADSwAgA48AIAB/BCAAiwQgAbMEIAIbBCAC5wQgAwsEIAAbCCAATwggAU8IIAFnCCACgwggArMIIAO3CCADwwggAOsMIAD/DCACHwwgAmMMIANTDCADvwwgAIcQIAC3ECABuxAgAdcQIALvECAC9xAgACMUIAA/FCABVxQgAXMUIAKLFCACoxQgA78UIAPvFCAA8xggAP8YIAInGCACMxggA1sYIAOLGCAAjxwgANscIAHDHCAB/xwgAvccIAMnHCAAKyAgAC8gIAFfICABhyAgApMgIALLICADxyAgA9sgIAD7JCABLyQgAPycNAJPJCACMJw0A2skIACXKCAA7yggAcsoIAH7KCAC/yggAx8oIANknDQASywgAWcsIAGHLCACmywgAqcsIAPPLCAD/ywgAQMwIAEbMCACNzAgAqMwIANrMCADozAgAJ80IADbNCAB0zQgAgM0IAMHNCADJzQgAJigNABPOCABbzggAZc4IAKjOCACwzggA9c4IABXPCABCzwgAT88IAI/PCACUzwgA3M8IAODPCAAp0AgANtAIAHMoDQCZ0AgAw9AIAMbQCAAQ0QgAFdEIAF3RCABs0QgAqtEIAMrRCAD30QgAA9IIAETSCABO0ggAkdIIAJ3SCADe0ggA5NIIACvTCAAx0wgAeNMIAH3TCADF0wgAy9MIAMAoDQAY1AgAX9QIAGTUCACs1AgAstQIAFopDQD81AgARtUIAFDVCACT1QgAldUIAODVCAD51QgALdYIAD7WCAB61ggAiNYIAMfWCADK1ggAFNcIAB/XCABh1wgAadcIAK7XCACw1wgA+9cIAAPYCABI2AgAVdgIAJXYCACh2AgA4tgIAObYCAAv2QgAN9kIAHzZCACL2QgAydkIAM7ZCAAW2ggAI9oIAGPaCABw2ggAsNoIALzaCAD92ggADNsIAErbCABU2wgAl9sIAKXbCADk2wgA6dsIADHcCAA+3AgApykNAIbcCAD0KQ0Az9wIALTgCADX3AgAGN0IAB7dCABl3QgAa90IALLdCAC/3QgA/90IAATeCABM3ggAVN4IAJneCADL3ggAgN8IANDeCADm3ggADN8IAM3fCAAd3wgAM98IAGrfCABBKg0At98IAI4qDQDz3wgAGuAIAEzgCABn4AgAnuAIANsqDQDC4AgAAeEIAA7hCABO4QgAWuEIAJvhCACh4QgA6OEIAO7hCAA14ggAOuIIAILiCACI4ggAKCsNAPXiCAC24wgABuMIABzjCABT4wgAwisNAKDjCAAPLA0A3OMIAAPkCAA15AgAUOQIAIfkCABcLA0Ap+QIAOrkCADv5AgAN+UIAD/lCACpLA0AieUIANHlCADa5QgAHuYIACvmCABr5ggAcuYIAPYsDQDA5ggAQy0NABjnCABS5wgAXucIAJ/nCACu5wgA7OcIAPXnCAA56AgAQ+gIAIboCACI6AgA0+gIAOzoCAAg6QgAMekIAG3pCAB56QgAuukIAMLpCACQLQ0AFeoIAFTqCABl6ggAoeoIAK3qCADu6ggA9uoIAN0tDQBA6wgAiOsIAJLrCADV6wgA3esIACLsCAAy7AgAb+wIAHTsCAC87AgAxewIAAntCAAW7QgAVu0IAF3tCAAqLg0AsO0IAPDtCAC27QgAfRwLAPXtCAA97ggASe4IAIruCACX7ggA1+4IAOHuCAB3Lg0AKe8IAHHvCAB97wgAvu8IAMvvCAAL8AgAFfAIAFjwCAB08AgApfAIAK3wCADELg0A9/AIAD/xCABH8QgAjPEIAI/xCADZ8QgA4vEIACbyCAA18ggAc/IIAH7yCADA8ggAyPIIAA3zCAAd8wgAWvMIAGjzCACn8wgAuPMIAPTzCAAA9AgAQfQIAEn0CAARLw0AlPQIANv0CADj9AgAKPUIAC/1CAB19QgAg/UIAML1CADI9QgAD/YIABv2CABc9ggAa/YIAKn2CACz9ggA9vYIAPv2CABD9wgASfcIAJD3CACk9wgA3fcIAOX3CAAq+AgASPgIAHf4CAB/+AgAXi8NAMz4CACrLw0AGvkIAF75CABv+QgAq/kIALf5CAD4+QgABfoIAEX6CABK+ggAkvoIAJz6CADf+ggA7/oIACz7CAAx+wgAefsIAIL7CADG+wgA0/sIABP8CAAa/AgAYPwIAGz8CACt/AgAs/wIAPr8CAAA/QgAR/0IAEz9CACU/QgAmv0IAEUwDQDm/QgALv4IADb+CAB7/ggAkf4IAMj+CADN/ggAFf8IABz/CABi/wgAa/8IAK//CADA/wgA/P8IAAgACQBJAAkAUQAJACwxDQCYAAkA4wAJAPkACQAwAQkAPAEJAH0BCQCEAQkAygEJANIBCQB5MQ0AHAIJAGQCCQBsAgkAsQIJAMcCCQD+AgkAAwMJAEsDCQBSAwkAmAMJAKEDCQDlAwkA9gMJADIECQA+BAkAfwQJAIcECQDGMQ0AzgQJABkFCQAvBQkAZgUJAHIFCQCzBQkAugUJAAAGCQAIBgkAEzINAFIGCQCaBgkAoQYJAOcGCQDwBgkANAcJAEUHCQCBBwkAjQcJAM4HCQDWBwkAYDINAB0ICQBoCAkAdwgJALUICQDVCAkAAgkJAAQJCQBPCQkAZgkJAJwJCQCoCQkA6QkJAPEJCQD6Mg0AOwoJAIMKCQCFCgkA0AoJANcKCQAdCwkAJQsJAGoLCQBzCwkAtwsJAL0LCQAEDAkAFQwJAFEMCQBZDAkAlDMNAKoMCQDrDAkA7gwJADgNCQA9DQkAhQ0JAJYNCQDSDQkA7Q0JAB8OCQArDgkAbA4JAHQOCQDhMw0Azw4JAAYPCQAHDwkAUw8JAFgPCQCgDwkApg8JAO0PCQD3DwkAOhAJAEIQCQCHEAkAmRAJAC40DQDhEAkAIREJACsRCQBuEQkAdBEJALsRCQDPEQkACBIJABASCQBVEgkAZRIJAKISCQCnEgkA7xIJAPUSCQA8EwkARBMJAIkTCQCKEwkA1hMJANgTCQAjFAkAMhQJAHAUCQCQFAkAvRQJAL8UCQAKFQkAIRUJAFcVCQBjFQkApBUJAKwVCQB7NA0A/hUJAD4WCQBIFgkAixYJAJkWCQDYFgkA7hYJACUXCQAxFwkAchcJAH4XCQC/FwkAxRcJAAwYCQASGAkAWRgJAF4YCQCmGAkArBgJABU1DQD4GAkAQBkJAEIZCQCNGQkAlBkJANoZCQDiGQkAJxoJACoaCQB0GgkAfRoJAMEaCQDQGgkADhsJABkbCQBbGwkAYxsJAKgbCQC4GwkA9RsJAAMcCQBCHAkAUxwJAI8cCQCbHAkA3BwJAOQcCQD8NQ0ARx0JAHYdCQB+HQkASTYNAM8dCQAQHgkAJh4JAF0eCQBlHgkAqh4JAMkeCQCWNg0A+h4JAAJWCQAEHwkARB8JAEcfCQBB9gsATB8JAJEfCQCTHwkA3h8JAJsfCQD/KgkAoh8JAK4kCQDrHwkAKyAJAD8gCQB4IAkAgCAJAMUgCQDKIAkAEiEJACIhCQBfIQkAZyEJAKwhCQC2IQkA+SEJAAQiCQBGIgkAUiIJAJMiCQCbIgkA4zYNAOUiCQAtIwkANiMJAHojCQCAIwkAxyMJANYjCQAUJAkAICQJAGEkCQBkJAkAMDcNALMkCQD7JAkACiUJAEglCQBKJQkAlSUJAKYlCQDiJQkA8yUJAC8mCQBDJgkAfCYJAIQmCQDJJgkA1yYJABYnCQAjJwkAYycJAGYnCQCwJwkAuicJAP0nCQD/JwkASigJAFsoCQCXKAkAqCgJAOQoCQDwKAkAMSkJADgpCQB+KQkAhikJAMspCQDiKQkAGCoJACQqCQBlKgkAeyoJALIqCQC1KgkAfTcNAAorCQBMKwkAWCsJAJkrCQChKwkAyjcNAPIrCQAzLAkASSwJAIAsCQCDLAkAzSwJANUsCQAaLQkAHC0JAGctCQCCLQkAtC0JALYtCQABLgkADy4JAE4uCQBfLgkAmy4JAJ0uCQDoLgkAAS8JADUvCQBGLwkAgi8JAI4vCQAXOA0A1S8JABwwCQAqMAkAaTAJAIQwCQC2MAkAwjAJAAMxCQAJMQkAUDEJAFgxCQCdMQkArTEJAOoxCQDvMQkANzIJAEAyCQCEMgkAkTIJANEyCQDYMgkAHjMJACYzCQBkOA0AcDMJALgzCQC+MwkABTQJAA00CQBSNAkAezQJAJ80CQCmNAkA7DQJAAU1CQA5NQkASDUJAIY1CQCiNQkAsTgNANg1CQAgNgkAKjYJAG02CQB9NgkAujYJAL82CQAHNwkAEDcJAFQ3CQBhNwkAoTcJAKg3CQDuNwkA+jcJADs4CQBOOAkAiDgJAJc4CQDVOAkA4TgJACI5CQAjOQkAbzkJAHk5CQC8OQkAyjkJAAk6CQAOOgkAVjoJAGM6CQD+OA0AtDoJAPA6CQDyOgkAPTsJAEA7CQCKOwkAjTsJANc7CQDeOwkAJDwJADA8CQBxPAkAgTwJAL48CQDOPAkACz0JABA9CQBYPQkAYT0JAKU9CQCyPQkA8j0JAPk9CQA/PgkASz4JAIw+CQCSPgkA2T4JAN8+CQAmPwkAKz8JAHM/CQB5PwkA5TkNAMo/CQANQAkAG0AJAFpACQBqQAkAp0AJAKlACQD0QAkAA0EJAEFBCQBLQQkAjkEJAJZBCQDMOg0A4UEJAChCCQA0QgkAGTsNAHpCCQDCQgkAykIJAA9DCQAfQwkAXEMJAGpDCQCpQwkAtkMJAPZDCQD9QwkAQ0QJAEtECQCzOw0AoUQJAN1ECQDkRAkAKkUJADJFCQB3RQkAhEUJAMRFCQDJRQkAEUYJABtGCQBeRgkAZkYJAKtGCQDERgkA+EYJAARHCQBFRwkATUcJAAA8DQCeRwkA30cJAOJHCQAsSAkAMUgJAHlICQCKSAkAxkgJAOFICQATSQkAH0kJAGBJCQBnSQkArUkJAMlJCQD6SQkAAkoJAE08DQBMSgkAlEoJAJ5KCQDhSgkA6UoJAC5LCQA+SwkAe0sJAIBLCQDISwkA0UsJABVMCQAiTAkAYkwJAGlMCQCaPA0AwEwJAPxMCQAETQkASU0JAAhNCQAEQAoAU00JAJZNCQCbTQkA400JAOtNCQAwTgkAOU4JAH1OCQCKTgkAyk4JANFOCQAXTwkAI08JAGRPCQB0TwkAsU8JAL9PCQD+TwkAC1AJAEtQCQBXUAkAmFAJAJ9QCQDlUAkA7VAJADJRCQBCUQkAf1EJAIhRCQDMUQkA2VEJABlSCQAoUgkAZlIJAHBSCQCzUgkAwVIJAABTCQAFUwkATVMJAFpTCQCaUwkAolMJAOc8DQDzUwkANFQJAEFUCQCBVAkAhFQJAM5UCQDcVAkAG1UJACBVCQBoVQkAdVUJALVVCQC9VQkAND0NAApWCQBPVgkAVVYJAJxWCQBWVgkAOqoJAKhWCQDpVgkABlcJADZXCQA/VwkAg1cJAJFXCQDQVwkA1lcJAB1YCQApWAkAalgJAHFYCQCBPQ0AvVgJAARZCQASWQkAUVkJAGxZCQCeWQkAqlkJAOtZCQDxWQkAzj0NAFtaCQCFWgkAlFoJANJaCQDXWgkAH1sJACxbCQBsWwkAeVsJALlbCQDFWwkABlwJABVcCQBTXAkAXVwJAKBcCQCuXAkA7VwJAPJcCQA6XQkAR10JAIddCQCjXQkA1F0JANxdCQAbPg0ALV4JAG5eCQCLXgkAu14JAMReCQAIXwkAFl8JAFVfCQBbXwkAol8JAK5fCQDvXwkA9l8JADxgCQBEYAkAiWAJAJ9gCQDWYAkA22AJACNhCQAqYQkAcGEJAHlhCQC9YQkAzmEJAApiCQAWYgkAV2IJAF9iCQC1Pg0AqmIJAPFiCQD2YgkAPmMJAFljCQCLYwkAmWMJANhjCQDfYwkAJWQJADFkCQByZAkAdWQJAL9kCQDHZAkADGUJAA1lCQBZZQkAW2UJAKZlCQC1ZQkA82UJABNmCQBAZgkAQmYJAI1mCQCkZgkA2mYJAOZmCQAnZwkAL2cJAAI/DQB1ZwkAwWcJAM1nCQAOaAkAHWgJAFtoCQBjaAkATz8NAKpoCQD1aAkAA2kJAEJpCQBTaQkAnD8NAJZpCQDpPw0A5GkJAINADQAzagkAdmoJAIJqCQDDagkA2WoJABBrCQAcawkAXWsJAHBrCQCqawkAuGsJAPdrCQABbAkA0EANAExsCQAdQQ0Ap2wJAN5sCQDqbAkAK20JADhtCQB4bQkAgm0JAMVtCQDHbQkAEm4JABxuCQBfbgkAbW4JAKxuCQCxbgkA+W4JAAZvCQBGbwkATm8JAJNvCQCjbwkA4G8JAOJvCQAtcAkANnAJAHpwCQCLcAkAx3AJANFwCQBqQQ0AIHEJAGFxCQB4cQkArnEJAMlxCQC3QQ0AFHIJAEhyCQBOcgkAlXIJAJ9yCQAEQg0A5HIJAC9zCQBAcwkAfHMJAIRzCQDJcwkAmHMJAMiYCQDVcwkAFnQJABx0CQBjdAkAaXQJALB0CQC1dAkA/XQJAAN1CQBRQg0AZnUJAJd1CQCfdQkAOEMNAPJ1CQAxdgkAQnYJAH52CQCPdgkAy3YJANd2CQAYdwkAH3cJAIVDDQB2dwkAsncJAMN3CQD/dwkAC3gJAEx4CQBTeAkA0kMNAJt4CQDmeAkA53gJADN5CQA7eQkAgHkJAIV5CQDNeQkA1nkJABp6CQAkegkAZ3oJAG96CQC0egkAuXoJAAF7CQARewkATnsJAFZ7CQCbewkAsXsJAOh7CQD0ewkANXwJAEt8CQCCfAkAh3wJAM98CQDVfAkAHH0JADB9CQAfRA0Af30JALZ9CQDEfQkAA34JABB+CQBQfgkAUn4JAJ1+CQCnfgkA6n4JAPZ+CQA3fwkAPn8JAIR/CQCMfwkA0X8JAOp/CQAegAkAMoAJAGuACQBzgAkAuIAJALqACQAFgQkAEoEJAFKBCQBXgQkAn4EJAKmBCQDsgQkA94EJADmCCQBFggkAhoIJAIyCCQDTggkA24IJACCDCQAhgwkAbYMJAHODCQC6gwkAv4MJAAeECQAWhAkAVIQJAGCECQChhAkApIQJAO6ECQDxhAkAbEQNAECFCQCIhQkApIUJALlEDQD1hQkAIoYJACqGCQAGRQ0AdYYJALyGCQDIhgkAU0UNACWHCQC5kQ0ANYcJADpGDQCChwkAh0YNAKmHCQDwhwkA/IcJANRGDQA+iAkAjIsJAE2ICQCKiAkAjIgJANeICQDhiAkAJIkJACaJCQBxiQkAgokJAL6JCQDGiQkAC4oJABeKCQBYigkAXooJAKWKCQCrigkA8ooJAPeKCQA/iwkARYsJACFHDQCOiwkA2YsJAN+LCQAmjAkAKYwJAHOMCQB/jAkAwIwJAMiMCQAISA0AE40JAFqNCQBgjQkAp40JAKyNCQD0jQkA+o0JAFVIDQBDjgkAjo4JAJeOCQDbjgkA8o4JACiPCQAzjwkAdY8JAH+PCQDCjwkAyo8JADxJDQAckAkAXJAJAGSQCQCpkAkAs5AJAPaQCQABkQkAQ5EJAEmRCQCQkQkAnJEJAN2RCQDfkQkAKpIJADGSCQB3kgkAf5IJAMSSCQDWkgkAiUkNAEyTCQBekwkAZpMJAKuTCQDOkwkAcEoNAPqTCQBFlAkAUpQJAJKUCQCZlAkA35QJAPCUCQAslQkAOJUJAHmVCQCAlQkAxpUJAMeVCQAntAkAzpUJAL1KDQAmlgkAYJYJAG+WCQCtlgkAuZYJAPqWCQD7lgkAR5cJAFGXCQCUlwkAopcJAOGXCQDmlwkALpgJADuYCQAKSw0Ag5gJAFdLDQDQmAkApEsNABeZCQBimQkAIZkJADOtCgBlmQkA02kKAG+ZCQCvmQkAvZkJAPyZCQALmgkASZoJAGmaCQCWmgkAopoJAOOaCQDqmgkAMJsJADibCQB9mwkAf5sJAMqbCQDUmwkAi0wNACGcCQBknAkAbJwJANhMDQC7nAkA/pwJAAadCQAlTQ0Ah50JAJidCQCgnQkA5Z0JAAOeCQByTQ0AQJ4JAH+eCQCPngkAzJ4JANyeCQAZnwkAJZ8JAGafCQBsnwkAs58JAM+fCQAAoAkACKAJAL9NDQBhoAkAmqAJAKSgCQDnoAkA86AJADShCQA8oQkADE4NAIyhCQDOoQkA0KEJABuiCQAhogkAaKIJAHCiCQBZTg0At6IJAAKjCQAFowkAT6MJAFejCQCcowkArKMJAOmjCQDrowkANqQJAESkCQCDpAkAlKQJAKZODQDXpAkA804NACOlCQBqpQkAb6UJALelCQC9pQkAQE8NABGmCQBRpgkAW6YJAJ6mCQCgpgkA66YJAP6mCQA4pwkAQKcJAIWnCQCRpwkA0qcJANinCQAfqAkAJagJAGyoCQBxqAkAuagJAL+oCQAnUA0AD6kJAFOpCQBgqQkAoKkJAKepCQDtqQkA9akJAHRQDQBGqgkAh6oJAJGqCQDUqgkA4KoJACGrCQAwqwkAbqsJAHirCQC7qwkAx6sJAAisCQAPrAkAwVANAFisCQCpEQsAW6wJAKKsCQCurAkA76wJAPesCQAOUQ0ASK0JAImtCQCTrQkA1q0JAOKtCQAjrgkAMq4JAHCuCQB6rgkAva4JAMmuCQAKrwkAEa8JAFtRDQBlrwkApK8JALuvCQDxrwkA/q8JAD6wCQBAsAkAi7AJAJywCQDYsAkA9LAJACWxCQAtsQkAqFENAIuxCQC/sQkA07EJAAyyCQAUsgkAWbIJAFyyCQCmsgkAtLIJAPOyCQAKswkAQLMJAE2zCQCNswkAj7MJANqzCQDrswkA9VENAC20CQB0tAkAebQJAMG0CQDXtAkADrUJABy1CQBbtQkAXrUJAKi1CQC0tQkA9bUJAPu1CQBCtgkATrYJAI+2CQC4tgkA3LYJAOi2CQAptwkAOLcJAHa3CQCAtwkAw7cJANG3CQAQuAkAFbgJAF24CQBquAkAQlINAKy4CQD3uAkABbkJAES5CQBRuQkAkbkJAKO5CQCPUg0A7bkJACu6CQA3ugkAeLoJAJG6CQDFugkAx7oJABK7CQAhuwkAX7sJAH+7CQCsuwkAtLsJAPm7CQAcvAkARrwJAFy8CQCTvAkAmLwJAOC8CQDjvAkALb0JADe9CQB6vQkAgr0JAMe9CQDNvQkAFL4JACC+CQBhvgkAcL4JAK6+CQC6vgkA+74JAAi/CQBIvwkAUr8JAJW/CQCdvwkA4r8JAPG/CQAvwAkAMcAJAHzACQCNwAkAycAJANrACQAWwQkAHsEJAGPBCQB0wQkAsMEJALLBCQD9wQkAAMIJAErCCQBUwgkAl8IJALvCCQDkwgkAAMMJANxSDQA3wwkAfsMJAIPDCQDLwwkA2sMJABjECQAkxAkAZcQJAGjECQCyxAkAtcQJAP/ECQAHxQkATMUJAFvFCQCZxQkAnsUJAObFCQD8xQkAM8YJADTGCQCAxgkAkcYJAM3GCQDZxgkAGscJACTHCQBnxwkAc8cJALTHCQC7xwkAKVMNAAXICQBOyAkAXMgJAJvICQClyAkA6MgJAPPICQA1yQkAPckJAILJCQCOyQkAz8kJAOLJCQAcygkAKsoJAGnKCQBzygkAtsoJAL7KCQADywkAEssJAFDLCQBVywkAncsJAKTLCQDqywkA9ssJAHZTDQBDzAkAhMwJAIfMCQDRzAkA1MwJAB7NCQA4zQkAa80JAHfNCQC4zQkAy80JAAXOCQATzgkAUs4JAFzOCQCfzgkAws4JAMNTDQD2zgkAOc8JAEXPCQCGzwkAjc8JANPPCQDbzwkAINAJACTQCQBt0AkAe9AJALrQCQDE0AkAB9EJABLRCQBU0QkAXNEJAKHRCQCw0QkA7tEJAPPRCQA70gkAQtIJAIjSCQCU0gkA1dIJAN3SCQAQVA0AONMJAJf2CgA70wkAb9MJAHnTCQC80wkAyNMJAAnUCQAM1AkAVtQJAGDUCQCj1AkAptQJAPDUCQAA1QkAPdUJAD/VCQCK1QkAmNUJANfVCQDo1QkAXVQNACvWCQCqVA0AetYJAL7WCQB71gkAi+QKAJHWCQC5jwoA19YJAAvXCQAV1wkAWNcJAGTXCQCl1wkAqNcJAPLXCQD81wkA91QNAETYCQCM2AkArNgJANnYCQDh2AkARFUNADTZCQBz2QkAidkJAMDZCQDM2QkADdoJABTaCQBa2gkAYtoJAKfaCQCs2gkA9NoJAP3aCQBB2wkAS9sJAI7bCQCW2wkA29sJAOnbCQAo3AkANdwJAHXcCQB93AkAkVUNANLcCQAP3QkAF90JAN5VDQBj3QkAqd0JALXdCQD23QkA/d0JAEPeCQBL3gkAkN4JAJreCQDd3gkA694JACrfCQBA3wkAd98JAIPfCQDE3wkAyd8JABHgCQAa4AkAXuAJAGjgCQCr4AkAs+AJAPjgCQD94AkAReEJAFXhCQCS4QkAmuEJACtWDQDp4QkALOIJAC/iCQDkXAoANOIJAHhWDQCH4gkAxuIJANziCQAT4wkAH+MJAGDjCQBn4wkAreMJALXjCQD64wkA/+MJAEfkCQBQ5AkAlOQJAJ7kCQDh5AkA6eQJAC7lCQAw5QkAte8JADzlCQB75QkAiOUJAMjlCQDQ5QkAxVYNACHmCQBi5gkAZeYJAK/mCQC55gkAElcNAArnCQBJ5wkAX+cJAJbnCQCi5wkA4+cJAOrnCQAw6AkAOOgJAH3oCQCC6AkAyugJANPoCQAX6QkAIekJAGTpCQBs6QkAsekJALPpCQD+6QkADuoJAEvqCQBV6gkAmOoJAKTqCQDl6gkA6+oJAKxXDQBA6wkAf+sJAJXrCQDM6wkA2OsJABnsCQAe7AkAZuwJAG/sCQCz7AkAvewJAADtCQAI7QkATe0JAG/tCQD5Vw0Aqe0JAOftCQDz7QkANO4JADXuCQCB7gkAi+4JAM7uCQDc7gkAG+8JACDvCQBo7wkAde8JAEZYDQDF7wkAAvAJAAzwCQBP8AkAW/AJAJzwCQCi8AkA6fAJAPHwCQAtWQ0AO/EJAIPxCQCL8QkA0PEJANzxCQDW+gkA6fEJAB3yCQAp8gkAavIJAHLyCQB6WQ0AxPIJAATzCQAM8wkAUfMJAF/zCQCe8wkAq/MJAOvzCQDu8wkAOPQJAEL0CQCF9AkAh/QJANL0CQDf9AkAH/UJAC71CQBs9QkAePUJALn1CQDB9QkAx1kNABb2CQBT9gkAW/YJAKD2CQCs9gkA7fYJAPP2CQA69wkAQPcJAIf3CQCM9wkA1PcJANr3CQAUWg0ALvgJAG74CQBz+AkAu/gJAMX4CQAI+QkAEPkJAFX5CQBh+QkAovkJALX5CQDv+QkA/fkJADz6CQA/+gkAifoJAJP6CQBhWg0A6foJACP7CQAx+wkAcPsJAHP7CQC9+wkAx/sJAK5aDQAP/AkAV/wJABj8CQADGAoAX/wJAKT8CQCw/AkA8fwJAPf8CQA+/QkABP0JAOgVCgBE/QkAi/0JAJD9CQDY/QkA3v0JAPtaDQAr/gkAcv4JAHf+CQC//gkAxf4JAEhbDQAa/wkAWf8JAHT/CQCm/wkAsv8JAPP/CQD6/wkAlVsNAEkACgCNAAoAmgAKANoACgDmAAoAJwEKADoBCgB0AQoAdQEKAMEBCgDNAQoADgIKAB0CCgBbAgoAZQIKAKgCCgC0AgoA9QIKAPwCCgDiWw0ASAMKAI8DCgCVAwoA3AMKAOEDCgApBAoALwQKAHxcDQB/BAoAwwQKANAECgAQBQoAFAUKAF0FCgBfBQoAqgUKALcFCgD3BQoAAQYKAMlcDQBLBgoAkQYKAJkGCgDeBgoA6gYKACsHCgA+BwoAeAcKAIcHCgDFBwoA0QcKABIICgATCAoAXwgKAGkICgCsCAoAuggKAPkICgD+CAoARgkKAFMJCgAWXQ0AnwkKAOAJCgDmCQoALQoKADMKCgB6CgoAfwoKAMcKCgDNCgoAY10NABkLCgBhCwoAawsKAP1dDQC2CwoA+wsKAAgMCgBIDAoATQwKAJUMCgCfDAoA4gwKAOoMCgAvDQoAOw0KAHwNCgCPDQoAyQ0KAMoNCgAWDgoAIg4KAGMOCgByDgoAsA4KALoOCgD9DgoABQ8KAEoPCgBMDwoASl4NAKAPCgDkDwoA8w8KADEQCgBAEAoAfhAKAIoQCgDLEAoAzhAKABgRCgAbEQoAl14NAGcRCgCyEQoAtREKAP8RCgAHEgoATBIKAFkSCgCZEgoAnhIKAOYSCgDwEgoAMxMKADsTCgCAEwoAjBMKAM0TCgDgEwoAGhQKABsUCgBnFAoAcxQKALQUCgDDFAoAARUKAAsVCgBOFQoAWhUKAJsVCgCiFQoA5F4NAPcVCgA1FgoAQRYKAIIWCgCDFgoAzxYKANkWCgAcFwoAKhcKAGkXCgBuFwoAthcKAMMXCgAxXw0AFBgKAH5fDQBdGAoAnRgKAKsYCgDqGAoA+xgKADcZCgBZGQoAy18NAIkZCgDRGQoAihkKACdOCgDZGQoAHhoKAB8aCgAHHgoAIRoKAO4eCgAjGgoAIB0KACQaCgAiIAoAJRoKADkcCgAtGgoAaxoKADcaCgDXIgoAcBoKALgaCgDFGgoABRsKABIbCgBSGwoAXhsKAJ8bCgCuGwoA7BsKAPYbCgAYYA0ARxwKAIYcCgCIHAoA0xwKAOQcCgBlYA0AIR0KAG0dCgB5HQoAuh0KAMcdCgCyYA0AFR4KAFQeCgBhHgoAoR4KALgeCgD/YA0A9x4KAFYhCgD4HgoAOx8KAD0fCgCIHwoAjh8KANUfCgDfHwoATGENAC4gCgBvIAoAcSAKALwgCgDLIAoACSEKABQhCgCZYQ0AZSEKAKMhCgCyIQoA8CEKAPwhCgA9IgoASSIKAIoiCgCRIgoA5mENAOMiCgAkIwoALCMKADNiDQCKIwoAviMKAM8jCgALJAoAFyQKAIBiDQBkJAoApSQKAKckCgDyJAoA+SQKAD8lCgBHJQoAjCUKAI0lCgDZJQoA3yUKACYmCgArJgoAcyYKAHQmCgDAJgoAzCYKAA0nCgATJwoAWicKAGQnCgCnJwoAtScKAHcsCgC7JwoA9CcKAPwnCgDNYg0AUSgKAI4oCgCWKAoA2ygKAOQoCgAoKQoA6CgKAJArCgA1KQoAdSkKAHwpCgDCKQoAzikKAA8qCgAfKgoAXCoKAGoqCgCpKgoAtioKAPYqCgACKwoAQysKAEorCgAaYw0AmSsKAN0rCgDuKwoAKiwKADssCgBnYw0AgywKAMQsCgDHLAoAES0KABktCgBeLQoAYy0KAKstCgC7LQoA+C0KAAAuCgBFLgoATi4KAJIuCgBSLgoA+jAKAJ8uCgDfLgoA5i4KACwvCgA4LwoAeS8KAIkvCgDGLwoA1C8KABMwCgAgMAoAYDAKAGwwCgCtMAoAtDAKALRjDQADMQoARzEKAFgxCgCUMQoApTEKAAFkDQDmMQoALjIKADsyCgB7MgoAhzIKAMgyCgDSMgoAFTMKACkzCgBiMwoAYzMKAK8zCgC7MwoA/DMKABs0CgBJNAoAUTQKAJY0CgCbNAoA4zQKAPw0CgAwNQoAWTUKAH01CgCJNQoAyjUKANk1CgAXNgoAITYKAGQ2CgBsNgoAsTYKALw2CgD+NgoAADcKAEs3CgBONwoAmDcKAKA3CgDlNwoA8jcKADI4CgA3OAoAfzgKAIc4CgDMOAoAzjgKABk5CgAjOQoAZjkKAHA5CgCzOQoAuTkKAAA6CgAOOgoATToKAGY6CgCaOgoAozoKAOc6CgDxOgoANDsKAEA7CgBOZA0AjTsKAM47CgDeOwoAGzwKACk8CgBoPAoAdTwKALU8CgDBPAoAAj0KAAk9CgBPPQoAVz0KAJw9CgCyPQoA6T0KAPU9CgA2PgoAQD4KAIM+CgCOPgoA0D4KANU+CgAdPwoAJD8KAGo/CgByPwoAtz8KAOE/CgCbZA0AC0AKAFFACgBZQAoAnkAKAMhACgDrQAoA8EAKADhBCgA5QQoAhUEKAI9BCgDSQQoA4EEKAB9CCgAkQgoAbEIKAHlCCgC5QgoA1UIKAAZDCgAiQwoA6GQNAGBDCgCgQwoApEMKAO1DCgDzQwoAOkQKADxECgCHRAoAiEQKANRECgD3RAoAIUUKAEVFCgBuRQoAmEUKALtFCgDDRQoACEYKAA1GCgBVRgoAYkYKAKJGCgCqRgoA70YKAPFGCgA8RwoAREcKAIlHCgCzRwoA1kcKAONHCgAjSAoAKEgKAHBICgB9SAoAvUgKAMlICgAKSQoANEkKAFdJCgBfSQoApEkKAL9JCgDxSQoA80kKAD5KCgBPSgoAi0oKAJRKCgDYSgoA5EoKADVlDQAySwoAcksKAI1LCgC/SwoAxEsKAAxMCgAsTAoAWUwKAGVMCgCmTAoArkwKAIJlDQABTQoAQE0KAEpNCgCNTQoAmE0KANpNCgDiTQoAHGYNADBOCgB0TgoAfk4KAMFOCgDMTgoADk8KACJPCgBbTwoAcE8KAKhPCgCwTwoA9U8KAAxQCgBCUAoAR1AKAI9QCgCZUAoA3FAKAORQCgBpZg0AK1EKAHZRCgCHUQoAw1EKAMZRCgAQUgoAHFIKALZmDQBrUgoAqlIKALtSCgADZw0A+lIKAERTCgBHUwoAkVMKAJ1TCgDeUwoA5FMKACtUCgA1VAoAUGcNAIVUCgDFVAoA3FQKABJVCgAaVQoAnWcNAGdVCgDqZw0Aw1UKAPlVCgD/VQoARlYKAFJWCgCTVgoAqlYKAOBWCgDiVgoALVcKADdXCgB6VwoAhlcKAMdXCgDTVwoAFFgKABpYCgBhWAoAZ1gKAK5YCgCzWAoA+1gKAAFZCgA3aA0AS1kKAEiNCwBTWQoAlVkKAJZZCgDiWQoA7FkKAC9aCgBfWgoAhGgNAH9aCgDJWgoA01oKANFoDQAfWwoAY1sKAHlbCgCwWwoAxlsKAP1bCgD/WwoASlwKAFBcCgCXXAoAq1wKAGtpDQDsXAoAMV0KAEFdCgB+XQoASl0KAP4dCwCAXQoAy10KANldCgAYXgoAKV4KALhpDQBsXgoABWoNALteCgDq/woAvl4KAP9eCgACXwoATF8KAFVfCgCZXwoAql8KAOZfCgDwXwoAM2AKADtgCgCAYAoAT2AKAEr2CgCDYAoAzWAKANZgCgAaYQoAMGEKAGdhCgB9YQoAtGEKALZhCgABYgoAB2IKAE5iCgBiYgoAUmoNAKdiCgDoYgoA8mIKADVjCgA+YwoAgmMKAINjCgDPYwoA12MKABxkCgAhZAoAaWQKAHlkCgDsag0AwmQKAANlCgAFZQoAUGUKAFZlCgCdZQoApGUKAOplCgDvZQoAN2YKADtmCgCEZgoAkWYKANFmCgDZZgoAHmcKACNnCgBrZwoAe2cKADlrDQDJZwoABWgKABFoCgBSaAoAYWgKAJ9oCgCpaAoA7GgKAPpoCgA5aQoARmkKAIZpCgCdaQoAhmsNANZpCgAgbA0AI2oKAG1qCgAnagoAjncNAHVqCgC6agoA5WoKAAdrCgAyawoAVGsKAH9rCgBtbA0AzGsKAO5rCgAZbAoAumwNAERsCgCIbAoAiWwKANVsCgDkbAoAIm0KAOtsCgCjbgoAM20KAG9tCgBxbQoAvG0KAL9tCgAJbgoADG4KAFZuCgBebgoAoW0NAKhuCgDwbgoA924KAD1vCgBGbwoAim8KAJtvCgDXbwoA428KACRwCgAscAoA7m0NAHdwCgC+cAoAxXAKAAtxCgAQcQoAWHEKAFxxCgClcQoAsnEKAPJxCgABcgoAP3IKAFByCgCMcgoAjnIKANlyCgDccgoAJnMKAClzCgBzcwoAe3MKADtuDQDFcwoAOpEKAMtzCgADmQsAzHMKAA10CgAQdAoAWnQKAGR0CgCIbg0AsHQKAPR0CgADdQoAQXUKAFB1CgCOdQoAmnUKANt1CgDedQoAKHYKACt2CgDVbg0AeHYKAMJ2CgDtdgoAIm8NABd3CgBvbw0AZHcKALxvDQCxdwoACXANAPt3CgBDeAoAUHgKAJB4CgCTeAoA3XgKAOJ4CgAqeQoAO3kKAHd5CgCDeQoAVnANAMl5CgARegoAInoKAF56CgBqegoAq3oKAMV6CgD4egoA/HoKAMZ8CgD/egoA4X4KAAJ7CgAVgAoABHsKAK19CgAGewoA33sKAAl7CgBFewoASnsKAJJ7CgCpewoAo3ANAOx7CgAsfAoAPHwKAHl8CgB+fAoA8HANAMh8CgATfQoAGX0KAGB9CgBtfQoAPXENALN9CgD6fQoAAH4KAEd+CgBMfgoAlH4KAJp+CgCKcQ0A7X4KAC5/CgBHfwoAe38KAIR/CgDIfwoA338KANdxDQAbgAoAYoAKAGSACgCvgAoAvoAKAPyACgAIgQoAJHINAFKBCgCWgQoApIEKAOOBCgDtgQoAMIIKADyCCgB9ggoAgIIKAMqCCgDmggoAF4MKAB+DCgBxcg0AcIMKALGDCgC0gwoA/oMKAAiECgBYcw0AVIQKAJiECgCmhAoA5YQKAO+ECgAyhQoAPoUKAH+FCgCHhQoA8nMNAM6FCgAZhgoAJ4YKAGaGCgB3hgoAP3QNALqGCgCMdA0ABYcKAE2HCgBVhwoAmocKAKCHCgDnhwoA8IcKADSICgBBiAoAJnUNAIaICgDOiAoAjYgKAE+KCgDXiAoAG4kKACWJCgBoiQoAcIkKALWJCgD1iQoAAooKAAqKCgBzdQ0AVYoKAJyKCgCiigoA6YoKAPGKCgA2iwoAdosKAIOLCgCLiwoAwHUNANiLCgANdg0AX4wKAGqMCgCsjAoAWnYNAMWMCgAEjQoAFY0KAFGNCgBdjQoAno0KAKGNCgCndg0A+40KADiOCgA6jgoAhY4KAJOOCgDSjgoA444KAPR2DQA7jwoAbI8KAHSPCgBBdw0Ax48KAAaQCgAHkAoAU5AKAFSQCgCgkAoArJAKAO2QCgD0kAoA23cNAEGRCgCHkQoAjJEKACh4DQDikQoAIZIKACSSCgBukgoAeZIKALuSCgDHkgoACJMKAA+TCgBVkwoAXZMKAKKTCgCwkwoA75MKAPyTCgA8lAoARJQKAHV4DQCVlAoA1pQKANmUCgAjlQoALZUKAHCVCgB4lQoAwngNAMmVCgAKlgoAEJYKAFeWCgBhlgoApJYKALiWCgDxlgoA+ZYKAA95DQBLlwoAi5cKAJOXCgDYlwoA25cKACWYCgAxmAoAcpgKAHyYCgC/mAoAyJgKAAyZCgANmQoAWZkKAHGZCgCmmQoAqJkKAPOZCgAEmgoAQJoKAFGaCgCNmgoAlZoKANqaCgDpmgoAJ5sKACmbCgB0mwoAhZsKAMGbCgDSmwoADpwKACecCgBbnAoAXZwKAKicCgC3nAoA9ZwKABWdCgCpeQ0ASp0KAPZ5DQCXnQoAQ3oNAOSdCgCQeg0ANZ4KAHaeCgCGngoAw54KAMieCgAQnwoAFp8KAF2fCgBpnwoAqp8KALKfCgDdeg0ACKAKAESgCgBVoAoAkaAKAKOgCgDeoAoA5qAKACuhCgA2oQoAeKEKAH2hCgDFoQoAyqEKABKiCgAyogoAKnsNAG+iCgCsogoAtqIKAPmiCgAFowoARqMKAEyjCgCTowoAm6MKAOCjCgDiowoALaQKAOyjCgBKqQoAPqQKAHqkCgCLpAoAx6QKANmkCgAUpQoAHKUKAGGlCgBspQoArqUKALOlCgD7pQoAAKYKAEimCgBopgoAd3sNAJemCgDipgoA8aYKAC+nCgA6pwoAfKcKAI6nCgDJpwoA0acKABaoCgAhqAoAY6gKAGioCgCwqAoAtagKAP2oCgAdqQoAxHsNAEypCgCXqQoApqkKAOSpCgDvqQoAMaoKAEOqCgB+qgoAhqoKAMuqCgDWqgoAGKsKAB2rCgBlqwoAaqsKALKrCgDSqwoAEXwNAAysCgBMrAoAY6wKAF58DQCmrAoA5qwKAP2sCgCrfA0AQK0KAICtCgCHrQoAza0KANutCgAargoAJ64KAGeuCgB+rgoA+HwNALyuCgBFfQ0AA68KAE6vCgBcrwoAm68KAKyvCgCSfQ0A9a8KADWwCgBMsAoA330NAIywCgDPsAoA27AKAByxCgAfsQoAabEKAHOxCgAsfg0A0rEKAHl+DQALsgoAxn4NAFiyCgCdsgoAnrIKAOy1CgCgsgoAHrQKAKSyCgCKvAoAp7IKAOqyCgCssgoAurcKAK2yCgDTtgoA77IKAPC7CgD2sgoAN7MKADqzCgCEswoAjrMKABN/DQDZswoAYH8NACe0CgBrtAoAPrQKAG+6CgB5tAoAuLQKAMK0CgAFtQoAEbUKAFK1CgBVtQoAn7UKAKe1CgCtfw0A7rUKADm2CgA8tgoAhrYKAIm2CgD6fw0A1bYKACC3CgAutwoAbbcKAH63CgCUgA0AvLcKAAe4CgAUuAoAVLgKAGO4CgChuAoArbgKAO64CgD/uAoAO7kKAEy5CgCIuQoAlLkKANW5CgDcuQoAIroKACq6CgAugQ0AfboKALy6CgC9ugoACbsKAAq7CgBWuwoAYrsKAKO7CgCquwoAe4ENAPe7CgA9vAoAQrwKABWCDQCTvAoA17wKAN28CgAkvQoAJr0KAHG9CgB7vQoAvr0KAMy9CgALvgoAEL4KAFi+CgBlvgoApb4KAL2+CgDyvgoACL8KAD+/CgBCvwoAjL8KAJS/CgCvgg0A4b8KACbACgAhwAoAQh4MACfACgCnwQoAKcAKAHXDCgAwwAoAc8AKADbACgCOwgoAf8AKAMDACgDDwAoADcEKABfBCgD8gg0AYsEKAEmDDQCpwQoA9MEKAPfBCgBBwgoARMIKAJaDDQCQwgoA28IKAOnCCgAowwoAOcMKADCEDQB+wwoAwsMKANDDCgAPxAoAGcQKAFzECgBoxAoAqcQKAKzECgD2xAoA/sQKAMqEDQBdxQoAF4UNAJbFCgDdxQoAncUKAF7HCgCfxQoAd8YKAObFCgAqxgoAN8YKAGSFDQB8xgoAxMYKANHGCgARxwoAG8cKALGFDQBgxwoAq8cKAMHHCgD4xwoABMgKAP6FDQBNyAoAN5oLAGPICgCSyAoAsMgKAN/ICgDnyAoALMkKAAHJCgA0vAsALckKAK3KCgAvyQoA4csKADjJCgCBvAsAPMkKAHnJCgB7yQoAxskKANTJCgATygoAJMoKAEuGDQBoygoAmIYNAK/KCgD6ygoA/coKAEfLCgBKywoA5YYNAJzLCgAyhw0A68sKAEjzCgABzAoALswKADzMCgB7zAoAfMwKAMjMCgDkzAoAFc0KAB3NCgB/hw0Ac80KAK/NCgCxzQoA/M0KAP3NCgBJzgoATM4KAJbOCgCizgoA484KAOrOCgAwzwoATM8KAH3PCgCFzwoAGYgNANfPCgAX0AoAJ9AKAGTQCgBp0AoAsdAKAOHQCgBmiA0ABNEKALOIDQBT0QoAmNEKAJnRCgCe2goAntEKAJ0zDACi0QoA5dEKAKTRCgAb1goAqNEKAE3UCgC20QoAoN0KAOrRCgCyLAwA8NEKAC8oDADx0QoAMtIKADXSCgB/0goAidIKAACJDQDU0goAGdMKAB/TCgBm0woAb9MKALPTCgDA0woAANQKABzUCgBNiQ0AT9QKAJrUCgBS1AoA7DYMAKjUCgDn1AoA+NQKAJqJDQA61QoAgdUKAI3VCgDniQ0A6tUKADSKDQAh1goAaNYKAG7WCgC11goAutYKAALXCgAI1woAgYoNAGvXCgDOig0Ao9cKABuLDQDu1woANtgKAD7YCgCD2AoAj9gKANDYCgDj2AoAHdkKACnZCgBq2QoAedkKALfZCgDA2QoABNoKAA7aCgBR2goAXdoKALWLDQCv2goA69oKAPfaCgA42woAOtsKAIXbCgCI2woA0tsKAN7bCgAf3AoAJ9wKAAKMDQB43AoAudwKAMncCgAG3QoAEt0KAFPdCgBZ3QoAT4wNAMLdCgDt3QoA9d0KADreCgBi3goAh94KAJLeCgDU3goA4N4KACHfCgAy3woAbt8KAG/fCgCcjA0Awd8KAAjgCgAV4AoAVeAKAGPgCgCi4AoAr+AKAO/gCgAG4QoAPOEKAGzhCgCJ4QoAkeEKANbhCgDg4QoAI+IKAC/iCgBw4goAc+IKAL3iCgDH4goA6YwNABLjCgBX4woAXeMKAKTjCgCt4woA8eMKAP7jCgA+5AoAWuQKADaNDQCN5AoA2OQKAJLkCgDg8AoA5eQKACXlCgAs5QoAcuUKAHTlCgC/5QoAxeUKAAzmCgAT5goAWeYKAHHmCgCm5goAq+YKAPPmCgCy5goAjecKAPzmCgBA5woASucKAIONDQCT5woA2ucKAODnCgAn6AoALOgKAHToCgB66AoA0I0NAMLoCgAO6QoAH+kKAFvpCgBn6QoAqOkKALLpCgD16QoAAeoKAELqCgBJ6goAHY4NAJHqCgDc6goAmuoKAMBBDADf6goAKesKAEnrCgB26woAfusKAGqODQDU6woAEOwKABfsCgBd7AoAZewKAKrsCgCt7AoAK+4KALrsCgD37AoA+ewKAETtCgBS7QoAke0KAKLtCgC3jg0A5e0KAASPDQA07goAeO4KAIfuCgDF7goA1O4KABLvCgAe7woAX+8KAGLvCgCs7woAr+8KAPnvCgAJ8AoARvAKAE/wCgCT8AoApPAKAFGPDQDl8AoALfEKADbxCgB68QoAhPEKAMfxCgDP8QoAFPIKADLyCgBh8goAf/IKAK7yCgDM8goA+/IKABnzCgCejw0AT/MKAJXzCgCa8woA4vMKAKHzCgDJ9AoA6/MKAC/0CgA59AoAfPQKAJj0CgDrjw0Az/QKABb1CgAc9QoAY/UKAH/1CgA4kA0A2PUKANKQDQAl9goAH5ENAFL2CgAGkg0ArfYKAOT2CgDm9goAMfcKADf3CgB+9woAkvcKAMv3CgDT9woAGPgKAED4CgBTkg0AbvgKALL4CgC/+AoA//gKAA35CgBM+QoAVvkKAJn5CgCz+QoA5vkKAPP5CgAz+goAP/oKAID6CgCK+goAzfoKANX6CgCgkg0AIfsKAGf7CgBv+woA7ZINAJP7CgDUkw0AwvsKAAH8CgAC/AoATvwKAE/8CgCb/AoAp/wKAOj8CgDv/AoANf0KAD39CgA6kw0AhP0KAM/9CgDg/QoAHP4KACT+CgBp/goAc/4KALb+CgDC/goAA/8KAAb/CgBQ/woAWv8KACGUDQC5/woAbpQNAPf/CgA3AAsAPwALAIQACwCHAAsABQILAJQACwDRAAsA0wALAB4BCwAsAQsAawELAHwBCwC7lA0AvwELAAiVDQAOAgsAUgILAGECCwCfAgsArgILAOwCCwD4AgsAOQMLADwDCwCGAwsAiQMLANMDCwDjAwsAIAQLACkECwBtBAsAfgQLAFWVDQDGBAsABwULAA8FCwCilQ0AVgULAKEFCwBgBQsAOwYLAKQFCwDuBQsA9gULAO+VDQBBBgsAiAYLAJQGCwDVBgsA3QYLADyWDQAuBwsAbwcLAHIHCwC8BwsAxgcLAImWDQAOCAsAVggLAGwICwCjCAsApAgLAPAICwABCQsAPQkLAEkJCwCKCQsAlAkLANcJCwDjCQsAJAoLACwKCwDWlg0AfQoLAL4KCwDBCgsACwsLABULCwAjlw0AWwsLAKULCwCoCwsA8gsLAP4LCwA/DAsARQwLAIwMCwCWDAsAcJcNAN4MCwAmDQsAMw0LAHMNCwB2DQsAwA0LANwNCwANDgsAFQ4LAL2XDQBiDgsACpgNAK8OCwBXmA0A9g4LAEEPCwBPDwsAjg8LAJ8PCwCkmA0A4Q8LACgQCwA0EAsA8ZgNAHsQCwDCEAsAyBALAA8RCwAUEQsAXBELAGIRCwCLmQ0ArBELAPYRCwACEgsAQxILAEkSCwCQEgsAmhILACWaDQDiEgsAKhMLADcTCwB3EwsAehMLAMQTCwDZEwsAERQLABkUCwBymg0AZhQLAKsUCwC3FAsA+BQLAP4UCwBFFQsASxULAJIVCwCXFQsA3xULAOUVCwBAnA0AOxYLAHkWCwCIFgsAxhYLAM8WCwATFwsAGRcLAGAXCwBmFwsArRcLALkXCwD6FwsAARgLAEcYCwBPGAsA2pwNAJsYCwDhGAsA7xgLAC4ZCwA7GQsAexkLAJIZCwDIGQsA5BkLABUaCwAdGgsAJ50NAHUaCwCvGgsAsRoLAPwaCwASGwsASRsLAEobCwCWGwsApxsLAOMbCwDvGwsAdJ0NAEwcCwDBnQ0AfxwLAMocCwDgHAsAFx0LABgdCwBkHQsAdR0LALEdCwC9HQsADp4NAAMeCwBLHgsAUR4LAJgeCwC4HgsA5R4LAPEeCwAyHwsAOR8LAFueDQCLHwsAmiELAI8fCwDMHwsAzh8LABkgCwAnIAsAZiALAHcgCwCong0AuSALAAAhCwAMIQsA9Z4NAHghCwBCnw0AoCELAOchCwDtIQsANCILADkiCwCBIgsAhyILAI+fDQD5IgsA3J8NAC8jCwBoIwsAaSMLALUjCwDBIwsAAiQLAB4kCwBPJAsAVyQLAHagDQCoJAsA6SQLAAUlCwA2JQsAPiULABChDQCPJQsA0CULANYlCwAdJgsAIyYLAGomCwCCJgsAtyYLAMEmCwAEJwsAECcLAFEnCwBUJwsAnicLAKgnCwDrJwsAAygLADgoCwBIKAsAhSgLAIcoCwDSKAsA4CgLAB8pCwAwKQsAXaENAHIpCwC5KQsAxSkLAKqhDQAOKgsA3qINAFUqCwCgKgsArSoLAO0qCwD8KgsAOisLAEArCwCHKwsAkysLANQrCwDWKwsAISwLACssCwBuLAsAfCwLALssCwDALAsACC0LABUtCwBVLQsAYS0LAKItCwC1LQsA7y0LAP4tCwA8LgsASC4LAIkuCwCKLgsA1i4LAOAuCwAjLwsAMS8LAHAvCwB1LwsAvS8LAMovCwArow0AFDALAFcwCwBlMAsApDALAKcwCwDxMAsAATELAD4xCwBMMQsAizELAJcxCwDYMQsA3zELACUyCwAsMgsAcjILAH4yCwC/MgsAwDILAAwzCwAYMwsAWTMLAGYzCwCmMwsArTMLAPMzCwD/MwsAQDQLAE00CwCNNAsAnDQLANo0CwDuNAsAJzULADM1CwB0NQsAhzULAME1CwDQNQsADjYLABo2CwBbNgsAXDYLAKg2CwCyNgsA9TYLAAM3CwBCNwsARzcLAI83CwCcNwsAeKMNAN03CwApOAsAOjgLAHY4CwCEOAsAwzgLANI4CwAQOQsAEjkLAF05CwBnOQsAqjkLALg5CwD3OQsA/DkLAEQ6CwBROgsAkToLAKA6CwDeOgsA4zoLACs7CwA4OwsAeDsLAII7CwDFOwsA0TsLABI8CwAlPAsAXzwLAGk8CwCsPAsAuDwLAPk8CwAMPQsARj0LAFU9CwCTPQsAnz0LAOA9CwDhPQsALT4LADc+CwB6PgsAiD4LAMc+CwDMPgsAFD8LACE/CwDFow0AZj8LAK4/CwC7PwsA+z8LAAVACwBIQAsATkALAJVACwCXQAsA4kALAO9ACwAvQQsAMkELAHxBCwCKQQsAyUELANVBCwAWQgsAI0ILAGNCCwBtQgsAsEILAL9CCwD9QgsAAkMLAEpDCwBXQwsAl0MLAKRDCwDkQwsA8EMLADFECwBARAsAfkQLAIhECwDLRAsA2UQLABhFCwAdRQsAZUULAHJFCwCyRQsAvkULAP9FCwASRgsATEYLAFtGCwCZRgsApUYLAOZGCwDnRgsAM0cLAD1HCwCARwsAjkcLAM1HCwDSRwsAGkgLACdICwASpA0AekgLALRICwDDSAsAAUkLAA1JCwBOSQsAT0kLAJtJCwClSQsA6EkLAPZJCwA1SgsAOkoLAIJKCwCPSgsAX6QNAOJKCwAcSwsAK0sLAGlLCwB1SwsAtksLALdLCwADTAsADUwLAFBMCwBeTAsAnUwLAKJMCwDqTAsA90wLAKykDQA5TQsAhE0LAJJNCwDRTQsA3k0LAB5OCwAqTgsAa04LAHFOCwC4TgsAyU4LAAVPCwAHTwsAUk8LAFtPCwCfTwsArE8LAOxPCwD7TwsAOVALAERQCwCGUAsAklALANNQCwDmUAsAIFELAC9RCwBtUQsAeVELALpRCwC7UQsAB1ILABFSCwBUUgsAYlILAKFSCwCmUgsA7lILAPtSCwD5pA0ASFMLAIhTCwCWUwsA1VMLAN9TCwAiVAsAMFQLAG9UCwBxVAsAvFQLAM1UCwAJVQsAF1ULAFZVCwCFVQsAo1ULAKVVCwDwVQsA+lULAD1WCwBLVgsAilYLAI9WCwDXVgsA5FYLACRXCwAwVwsAcVcLAIRXCwC+VwsAzVcLAAtYCwAXWAsAWFgLAFlYCwClWAsAr1gLAPJYCwAAWQsAP1kLAERZCwCMWQsAmVkLAEalDQDbWQsAJloLAChaCwBzWgsAgloLAMBaCwDPWgsADVsLABlbCwBaWwsAXVsLAKdbCwCqWwsA9FsLAPpbCwBBXAsATVwLAI5cCwCRXAsA21wLAOBcCwAoXQsAMV0LAHVdCwB7XQsAwl0LANFdCwAPXgsAG14LAFxeCwBsXgsAqV4LAKteCwD2XgsABF8LAENfCwBUXwsAk6UNAJZfCwDdXwsA6V8LAOClDQA9YAsAd2ALAIZgCwDEYAsA0GALABFhCwASYQsAXmELAGhhCwCrYQsAuWELAPhhCwD9YQsARWILAFJiCwAtpg0AnmILAN9iCwDpYgsALGMLAFVjCwB5YwsAgGMLAMZjCwDfYwsAE2QLACJkCwBgZAsAb2QLAK1kCwCyZAsA+mQLAAdlCwBHZQsAVGULAJRlCwCgZQsA4WULAPBlCwAuZgsAOGYLAHtmCwCJZgsAyGYLAM1mCwAVZwsAImcLAGJnCwBuZwsAr2cLAMJnCwD8ZwsAC2gLAEloCwBVaAsAlmgLAJdoCwDjaAsA7WgLADBpCwA+aQsAfWkLAIJpCwDKaQsA12kLAHqmDQAoagsAZGoLAHVqCwCxagsAvWoLAP5qCwAVawsAS2sLAE1rCwCYawsAqWsLAOVrCwDoawsAMmwLADxsCwB/bAsAgWwLAMxsCwDWbAsAGW0LACVtCwBmbQsAcm0LALNtCwDGbQsAAG4LAA9uCwBNbgsAWW4LAJpuCwCbbgsA524LAPFuCwA0bwsAQm8LAIFvCwCGbwsAzm8LANtvCwDHpg0AHXALAGhwCwBycAsAtXALAL1wCwAUpw0AFXELAE9xCwBbcQsAnHELAKtxCwDpcQsA8nELADZyCwBAcgsAg3ILAJFyCwDQcgsA1XILAB1zCwAqcwsAanMLAHZzCwC3cwsAynMLAAR0CwATdAsAUXQLAF10CwCedAsAn3QLAOt0CwD1dAsAOHULAEZ1CwCFdQsAinULANJ1CwDfdQsAYacNACF2CwBsdgsAdnYLALl2CwDBdgsArqcNAAt3CwBTdwsAaXcLAKB3CwChdwsA7XcLAP53CwA6eAsARngLAId4CwCReAsA1HgLAOJ4CwAheQsAJnkLAG55CwB7eQsAu3kLAMd5CwAIegsAG3oLAFV6CwBkegsAonoLAK56CwDvegsA8HoLADx7CwBGewsAiXsLAJd7CwDWewsA23sLACN8CwAwfAsA+6cNAHJ8CwC9fAsAx3wLAAp9CwASfQsASKgNAG19CwCkfQsAsH0LAPF9CwD2fQsAPn4LAEd+CwCLfgsAlX4LANh+CwDkfgsAJX8LADh/CwByfwsAgX8LAL9/CwDLfwsADIALAA2ACwBZgAsAY4ALAKaACwC0gAsA84ALAPiACwBAgQsATYELAJWoDQCPgQsA2oELAOSBCwAnggsAL4ILAOKoDQCBggsAwYILANCCCwAOgwsAGYMLAFuDCwBngwsAqIMLALeDCwD1gwsAFYQLAEKECwBOhAsAj4QLAJaECwDchAsA6oQLACmFCwAuhQsAdoULAIKFCwDDhQsA1oULABCGCwAfhgsAXYYLAGmGCwCqhgsAq4YLAPeGCwABhwsARIcLAFKHCwCRhwsAlocLAN6HCwDrhwsAL6kNAC2ICwB4iAsAgogLAMWICwDNiAsAfKkNAC+JCwBfiQsAcIkLAKyJCwC4iQsA+YkLAAyKCwBGigsAVYoLAJOKCwCfigsA4IoLAOGKCwAtiwsAN4sLAHqLCwCIiwsAx4sLAMyLCwAUjAsAIYwLAMmpDQBjjAsArowLALiMCwD7jAsAA40LABaqDQBljQsAlY0LAKaNCwDijQsA7o0LAC+OCwBCjgsAfI4LAIuOCwDJjgsA1Y4LABaPCwAXjwsAY48LAG2PCwCwjwsAvo8LAP2PCwACkAsASpALAFeQCwBjqg0AmZALAOSQCwDukAsAMZELADmRCwCwqg0Aj5ELAMuRCwDfkQsAGJILABySCwBlkgsAZ5ILALKSCwDGkgsA/5ILAAKTCwBMkwsAaZMLAJmTCwCqkwsA5pMLAPKTCwAzlAsARpQLAICUCwCPlAsAzZQLANmUCwAalQsAG5ULAGeVCwBxlQsAtJULAMKVCwABlgsABpYLAE6WCwBblgsA/aoNAJ2WCwDolgsA8pYLADWXCwA9lwsASqsNAISXCwDPlwsA3ZcLAByYCwAtmAsAl6sNAHCYCwDkqw0AvpgLAGWtDQAJmQsAUJkLAFWZCwCdmQsAoZkLAOqZCwD3mQsAsq0NADqaCwBUnwsAQ5oLAISaCwCXmgsA0ZoLANKaCwAemwsAKpsLAGubCwB6mwsAuJsLAMKbCwAFnAsAEZwLAFKcCwBZnAsA/60NAKecCwDsnAsA7pwLAMCnCwDvnAsAb6ELAPKcCwA5nQsA+JwLAIqjCwD5nAsALgAMAEWdCwCGnQsAlZ0LANOdCwDfnQsAIJ4LAC6eCwBtngsAiJ4LALqeCwDGngsAB58LAA6fCwBMrg0AYZ8LAKGfCwCjnwsA7p8LAO+fCwA7oAsAPqALAIigCwCToAsA1aALANqgCwAioQsALKELAJmuDQB8oQsAvKELAL6hCwAJogsACqILAFaiCwBZogsAo6ILAK6iCwDwogsA9aILAD2jCwBHowsA5q4NAJ2jCwDXowsA2KMLACSkCwAwpAsAcaQLAICkCwC+pAsAyKQLAAulCwAXpQsAWKULAF+lCwAzrw0AraULAPKlCwD0pQsAP6YLAE6mCwCMpgsAlqYLANmmCwDipgsAJqcLACinCwBzpwsAhKcLAM2vDQDPpwsADagLABeoCwBaqAsAY6gLAKeoCwCpqAsA9KgLAAWpCwBBqQsASakLAI6pCwCsqQsA26kLAOOpCwAoqgsANKoLAHWqCwCIqgsAwqoLAMOqCwAPqwsAG6sLAFyrCwBrqwsAqasLALOrCwD2qwsAAqwLAEOsCwBKrAsAGrANAKGsCwDdrAsA7qwLACqtCwAyrQsAd60LAH6tCwDErQsA0q0LABGuCwAhrgsAXq4LAG6uCwCrrgsAx64LAGewDQAIrwsARa8LAFGvCwCSrwsAmK8LAN+vCwDtrwsALLALADmwCwB5sAsAkLALAMawCwDOsAsAE7ELACGxCwBgsQsAarELAK2xCwC5sQsA+rELABCyCwBHsgsASrILAJSyCwCwsgsAtLANAPGyCwAuswsAOLMLAHuzCwCDswsAyLMLANezCwAVtAsAGrQLAGK0CwBvtAsAr7QLALm0CwD8tAsA/rQLAEm1CwBXtQsAlrULAKO1CwDjtQsA5rULAAGxDQBHtgsAfbYLAIi2CwDKtgsA1LYLABe3CwAftwsAZLcLAHO3CwCxtwsAtrcLAP63CwALuAsAS7gLAFW4CwCYuAsAmrgLAOW4CwDzuAsAMrkLAD+5CwB/uQsAgrkLAE6xDQDPuQsAGboLACW6CwBmugsAbboLALO6CwC7ugsAALsLABm7CwBNuwsAYbsLAJq7CwC2uwsA57sLAO+7CwDosQ0APLwLADWyDQCOvAsAzrwLANW8CwAbvQsAI70LAGi9CwBtvQsAtb0LAMW9CwACvgsACr4LAE++CwBdvgsAnL4LAKm+CwDpvgsA9r4LADa/CwBCvwsAg78LAIm/CwDQvwsA2L8LAB3ACwApwAsAasALAH3ACwC3wAsAxsALAATBCwAQwQsAUcELAFLBCwCewQsAqMELAOvBCwD5wQsAOMILAD3CCwCFwgsAksILAIKyDQDVwgsAH8MLACnDCwBswwsAbsMLALnDCwDIwwsABsQLACbECwBTxAsAW8QLAKDECwCqxAsA7cQLAPPECwA6xQsAPMULAIfFCwCWxQsA1MULAODFCwAhxgsAKcYLAM+yDQCMxgsAu8YLANnGCwAcsw0AIccLAFXHCwBaxwsAoscLAL3HCwDvxwsA+8cLADzICwBEyAsAabMNAJzICwDWyAsA5cgLACPJCwAvyQsAcMkLAHHJCwC9yQsAx8kLAArKCwAYygsAV8oLAFzKCwCkygsAscoLALazDQD1ygsAPssLAEDLCwCLywsAjssLANjLCwDgywsAJcwLAC/MCwByzAsAfcwLAL/MCwDLzAsADM0LABTNCwADtA0AZ80LAKbNCwCszQsA880LAP/NCwBAzgsAT84LAI3OCwCXzgsA2s4LAOLOCwAnzwsANs8LAHTPCwB2zwsAwc8LAMrPCwAO0AsAEdALAFvQCwBn0AsAqNALALDQCwBQtA0ABdELAELRCwBK0QsAj9ELAJnRCwDc0QsA59ELACnSCwA10gsAdtILAH7SCwCdtA0AyNILABDTCwAh0wsAXdMLAG7TCwCq0wsAr9MLAPfTCwD70wsARNQLAFLUCwCR1AsAntQLAN7UCwD11AsAK9ULADPVCwB41QsAhNULAMXVCwDY1QsAEtYLACHWCwBf1gsAa9YLAKzWCwCt1gsA+dYLAAPXCwBG1wsAVNcLAJPXCwCY1wsA4NcLAO3XCwDqtA0AM9gLAHrYCwCI2AsAx9gLANTYCwAU2QsAK9kLAGHZCwBp2QsArtkLALnZCwD72QsA/dkLAEjaCwBV2gsAldoLAJzaCwDi2gsA89oLAC/bCwA92wsAfNsLAInbCwDJ2wsA4NsLABbcCwAe3AsAY9wLAGjcCwCw3AsAwNwLAP3cCwAF3QsASt0LAFTdCwCX3QsAot0LAOTdCwDw3QsAMd4LADneCwCEtQ0Al94LAMveCwDQ3gsAGN8LADPfCwBl3wsAcd8LALLfCwC63wsA0bUNABLgCwBM4AsAW+ALAJngCwCl4AsA5uALAOfgCwAz4QsAPeELAIDhCwCO4QsAzeELANLhCwAa4gsAJ+ILAB62DQBv4gsAtOILALbiCwAB4wsADuMLAE7jCwBT4wsAm+MLAKXjCwDo4wsA8+MLADXkCwBB5AsAguQLAIjkCwDP5AsA1+QLABzlCwAo5QsAaeULAHzlCwC25QsAxeULAAPmCwAP5gsAUOYLAFHmCwCd5gsAp+YLAOrmCwD45gsAN+cLADznCwCE5wsAkecLAGu2DQDW5wsAHugLAC3oCwBr6AsAeugLALjoCwDB6AsABekLAAvpCwBS6QsAWOkLAJ/pCwCr6QsA7OkLAPPpCwA56gsAVeoLALi2DQCO6gsA0+oLANTqCwC+8QsA4OoLACDrCwDn6gsAVu8LAOrqCwDC9wsA7OoLABH7CwAh6wsAbesLAIPrCwC66wsAwusLAAfsCwAJ7AsAb+4LABXsCwBU7AsAXOwLAAW3DQBh7AsAoewLAKTsCwDu7AsA+OwLADvtCwA97QsAiO0LAJntCwDV7QsA5u0LACLuCwAq7gsAUrcNAHbuCwC87gsAw+4LAAnvCwAR7wsAn7cNAFjvCwCj7wsAqe8LAPDvCwD97wsAPfALAEXwCwCK8AsAjPALANfwCwDe8AsAJPELACvxCwBx8QsAefELAOy3DQDL8QsAC/ILAAzyCwBY8gsAbvILAKXyCwCt8gsA8vILAPTyCwBa9QsAAPMLAD/zCwBH8wsAObgNAEzzCwCM8wsAj/MLANnzCwDj8wsAJvQLACj0CwBz9AsAhPQLAMD0CwDR9AsADfULABX1CwCGuA0AYfULAKf1CwCu9QsA9PULAPz1CwDTuA0AS/YLAI72CwCQ9gsA2/YLAOz2CwAo9wsAOfcLAHX3CwB99wsAILkNAMf3CwCt/gsAzvcLAA/4CwAl+AsAXPgLAGT4CwCp+AsAt/gLAPb4CwAD+QsAQ/kLAEb5CwCQ+QsAmvkLAN35CwDf+QsAKvoLADv6CwB3+gsAiPoLAMT6CwDM+gsAbbkNABr7CwBe+wsAa/sLAKv7CwCy+wsA+PsLAAn8CwBF/AsAUfwLAJL8CwCa/AsAurkNAOz8CwAs/QsAL/0LAHn9CwCD/QsAxv0LAMj9CwAT/gsAJP4LAGD+CwBx/gsAB7oNALX+CwD6/gsAEf8LAEf/CwBT/wsAlP8LAJ7/CwDh/wsA6f8LAFS6DQAvAAwAewAMAJEADADIAAwA0AAMABUBDAAjAQwAYgEMAGoBDAChug0AbwEMAK8BDACyAQwA/AEMAAYCDABJAgwASwIMAJYCDACnAgwA4wIMAPQCDAAwAwwAOAMMAO66DQCDAwwAygMMAM8DDAAXBAwAMgQMAGQEDAByBAwAsQQMALgEDAD+BAwACgUMAEsFDABRBQwAmAUMAJsFDADlBQwA7wUMADIGDAA4BgwAfwYMAIEGDADMBgwA1gYMABkHDAAlBwwAZgcMAH0HDACzBwwAxwcMAAAIDAAcCAwATQgMAFUIDAA7uw0AnAgMAOcIDAD1CAwANAkMAEUJDACIuw0AiAkMANW7DQDcCQwAGwoMACUKDABoCgwAcwoMALUKDAC9CgwAAgsMAA4LDABPCwwAYgsMAJwLDACrCwwA6QsMAPULDAA2DAwANwwMAIMMDACNDAwA0AwMAN4MDAAdDQwAIg0MAGoNDAB3DQwAb7wNAMMNDAAEDgwABw4MAFEODABbDgwACb0NAKAODADrDgwA+Q4MADgPDABJDwwAo70NAIwPDADwvQ0A2g8MAB8QDAApEAwAbBAMAHEQDAC5EAwAwRAMAAYRDAAMEQwAUxEMAF8RDACgEQwAphEMAO0RDAD2EQwAOhIMAEcSDACHEgwAjxIMANQSDADVEgwAIRMMACMTDABuEwwAcRMMALsTDAC+EwwAPb4NAB4UDABVFAwAXRQMAKIUDACuFAwA7xQMAPUUDAA8FQwAQhUMAIkVDACOFQwAIxYMALUVDADWFQwA3hUMANe+DQApFgwAJL8NAIYWDAC9FgwAvxYMAAoXDAAXFwwAVxcMAF4XDACkFwwArBcMAPEXDAABGAwAPhgMAEAYDACLGAwAmRgMANgYDADpGAwAvr8NACwZDAALwA0AgBkMAL8ZDADJGQwADBoMABcaDABZGgwAYRoMAKYaDACyGgwA8xoMAAYbDABAGwwAThsMAI0bDACXGwwA2hsMAOIbDAAnHAwANhwMAHQcDAB5HAwAwRwMAMgcDAAOHQwAGh0MAKXADQCWHQwAqB0MAOMdDAD1HQwA/R0MAPLADQBqHgwAjx4MAJseDADcHgwA4h4MACkfDAAvHwwAdh8MAHsfDADDHwwAyR8MAD/BDQARIAwAXSAMAGMgDACqIAwAryAMAPcgDAAGIQwARCEMAFAhDACRIQwAlCEMAN4hDADhIQwAKyIMADMiDAB4IgwAhyIMAMUiDADKIgwAEiMMACgjDABfIwwAYCMMAKwjDAC9IwwA+SMMAAUkDABGJAwAUCQMAJMkDACfJAwA4CQMAOckDACMwQ0APSUMAHolDACGJQwAxyUMANYlDAAUJgwAKCYMAGEmDABwJgwAriYMAL8mDAD7JgwABycMANnBDQBNJwwAlScMAJcnDADiJwwA8ycMAHPCDQA7KAwAfCgMAIIoDADJKAwA1SgMABYpDAAeKQwAwMINAGkpDACwKQwAvCkMAP0pDAAFKgwADcMNAFYqDACXKgwAmioMAOQqDADuKgwAWsMNADMrDAB+KwwAjCsMAMsrDADcKwwA9MMNAB4sDABlLAwAcSwMAEHEDQC6LAwA/ywMAAItDABMLQwAWC0MAJktDAClLQwA5i0MAO4tDADbxA0APi4MAIAuDACMLgwAzS4MANUuDAAoxQ0AIy8MAGcvDAB4LwwAtC8MAMUvDAABMAwACTAMAE4wDABRMAwAmzAMAKUwDADoMAwA6jAMADUxDABEMQwAgjEMAKIxDADPMQwA1zEMABwyDAAmMgwAaTIMAG8yDAC2MgwAuDIMAAMzDAASMwwAUDMMAFwzDAB1xQ0AqTMMAOozDAAINAwANzQMAD00DACENAwAjTQMANE0DADeNAwAHjUMACY1DABrNQwAgTUMALg1DAC6NQwABTYMACA2DABSNgwAXjYMAJ82DACsNgwAwsUNAPI2DAA5NwwAQTcMAIY3DACcNwwA0zcMANg3DAAgOAwAJjgMAG04DAB5OAwAujgMAMI4DAAPxg0AFDkMAFQ5DABkOQwAoTkMAKY5DADuOQwA9DkMADs6DABROgwAiDoMAIo6DADVOgwA3zoMACI7DAAwOwwAbzsMAHQ7DAC8OwwAyTsMAFzGDQAYPAwAVjwMAF88DACjPAwArTwMAPA8DAD+PAwAPT0MAEI9DACKPQwAlz0MANc9DADfPQwAJD4MADQ+DABxPgwAcz4MAL4+DADMPgwACz8MABw/DACpxg0AXz8MAPbGDQCqPwwA8j8MAPg/DAA/QAwAR0AMAIxADACWQAwA2UAMANtADAAmQQwAKUEMAHNBDACTQQwAkMcNAMxBDAANQgwAE0IMAFpCDABmQgwAp0IMAK9CDADdxw0AAEMMAEFDDABHQwwAjkMMAJpDDADbQwwA40MMACrIDQAqRAwAdUQMAINEDADCRAwA00QMAHfIDQAcRQwAXEUMAHNFDADEyA0As0UMAPZFDAACRgwAQ0YMAEZGDACQRgwAmkYMABHJDQDiRgwAKkcMADNHDAB3RwwAiEcMAMRHDADLRwwAEUgMABlIDABeSAwAa0gMAKtIDACwSAwA+EgMAAJJDABFSQwATUkMAJJJDAChSQwA30kMAORJDAAsSgwAQkoMAHlKDAB6SgwAxkoMANRKDAATSwwAJEsMAGBLDABsSwwArUsMALVLDACryQ0A/ksMADQBAAACTAwAvnINAAZMDAAa+woAU0wMAB8IAACcTAwASU8MACJODADNJgAAZk4MAJsoAABZTwwAJDYAAOZPDADZOAAAM1AMAF5AAADMUAwACMcLAM1QDADGQgAA0VAMAKHmAgDUUAwATwcGABtRDABRUwAAtVEMAAhZAAACUgwAKWQAAJtSDAAtagAA9FIMAExyAAA2UwwATnUAAIFTDADqeAAAIVQMAFaBAADSVAwAAFUMACNXDACwuwAABlgMAITGAABTWAwA8M4AAO1YDAAs3AAAj1kMAJjkAAD0WQwA5eQAAB9aDAAy5QAAdloMAJzqAAAOWwwAHewAAFpbDACg8AAAClwMAL/4AABEXAwAKf4AAKRcDADSXAwAO10MAGxdDAB0XQwAuV0MAMVdDADHBAEADl4MAC8HAQC8XgwA7V4MAPVeDAA6XwwAPF8MAM0NAQCTXwwANxMBAClgDACjGwEAYWEMAH8yAQD3YQwAzjUBAAtiDADxSw0AE2IMACNKDQBCYgwAnDcBAJtiDAC3OQEA22IMAGw8AQAnYwwAOj4BABZkDAASTwEAcWQMAKRkDACsZAwAX08BAABlDAB6UQEAfmYMAD1pAQDHZgwADGcMABxnDACKaQEAsmcMACZtAQD7ZwwAQGgMAFBoDABzbQEA5mgMAEV1AQD7agwAFOwBAP9qDACV7QEAA2sMAB+JAQAPawwAhPoBAJdrDAALcw0AmGsMANtBCQCbawwA1IsBAKtrDABEbAkA5GsMAM6jDAD4awwAIYwBAAhsDACHkw0AMGwMAG6MAQAzbAwAMusJAM9sDADxkAEAHG0MAD6RAQC4bQwA9ZYBAE1uDACsnAEA524MAEigAQAubwwA4qABABpwDABfcAwAYnAMAKd0CgBrcAwAM6cBAMFwDACbqQEAGnEMAEZxDACXcQwA80wKAKNxDACKtgEAvXEMAFCsAQDscQwAB7IBAIZyDAA9tgEAIHMMAHG3AQB9cwwAvrcBAAt0DABYuAEAUXQMAD+5AQA9dQwAksIBANJ1DACjhwkA1XUMABXHAQDXdQwA/6sKADB2DABjdgwAuHYMAP12DADMdgwAaNABAAB3DACXDwoAB3cMAIQZCgAKdwwACvwJABh3DADjyAEAHncMAFAYCgCZdwwAzMwBAL93DADrjQoA8ncMAE3OAQA9eAwANM8BAEx7DAAM4AEAi4cMAFaHCQCQhwwAIogMAKSHDADXigwArIcMANZJDQCwhwwAg2wCACSIDACxnAkAJogMAGURCgAniAwAq/cFACmIDACPAQcALIgMANBsAgAxiAwAHW0CADOIDAC+hQMAVogMALjJAwBJigwAwXwCAN+KDAAkiwwAJYsMADHDCQAuiwwAtw0MADOLDADdRgwAQ4sMACmgDQB7iwwARIECAFuMDABDpgIAXowMANh8CABfjAwAuJUCAGGMDADihwIAYowMAP+MAgBkjAwAbloDAGWMDAAajwIAZowMALybAgBnjAwASooCAGiMDACFVgMAbowMAM+RAgCTjAwAWx0MAGCPDADGqgIAZI8MABXmCQCzjwwA4awCAMaRDADayAIAyJIMAJXUAgD/kgwAZdkCAOCTDAAJ6QIAGJUMALH+AgCslQwANgYDAFeWDACSlgwAe5cMACX6AwB8lwwA/yYDAIOXDACQ3AYAFpgMAJsqAwAamAwAGeoGAP2YDAB1PgMA7JkMAK9IAwCKmgwAsUsDADGbDABimwwAapsMAK+bDAC+mwwAnFIDAFKcDABvhgkAVZwMAGxXAwCenAwA45wMALKcDACgRQ0A7ZwMALlXAwCFnQwA1lwDANmdDACkXgMAtJ4MAF9qAwCknwwAN3sDAO2fDADBAw0ATqAMAH+gDACHoAwAzKAMANmgDAAXAgkA3aAMADl+AwDSoQwADYkDAAaiDADEjgMAoaIMAJqcAwCmogwAQXMHAKeiDACQdgcAqaIMACRuBwADowwANKMMADyjDACBowwA0KMMAPdSCgDWowwA7UUNANijDABPnwMA2qMMAGIaCwDxowwAfx8LACOkDAAEogMAkqQMALWkDAAMpQwA1KYDAKulDAC/rQMAOaYMAN61AwCQpgwAfr8DAJKmDAD5twMAdKcMAObBAwBgqAwA08sDAKGoDABW0AMAkakMAEHXAwDuqQwAH6oMADuqDABsqgwAe6oMAHXYAwAJrAwAOqwMAEKsDACHrAwAlqwMAKDyAwDdrAwAi/kDAL2tDAAQAQQAyK0MAAHGBgALrgwAEgQEAPSuDAChGgQA/q4MABwTBAA/sAwAcLAMAHiwDAC9sAwAwrAMAMYrBADMsAwAQSQEAJWyDADtPwQAe7MMAEBJBAAotAwAWbQMAGG0DACmtAwArLQMAMdTBAAJtQwAFlcEAJy1DAC2YAQANrYMAO5nBADdtgwADrcMABa3DABbtwwAarcMAKlzBABrtwwAlHoEAIS3DAB9fgQAAbgMAHt7BABKuAwAj7gMAJm4DADIewQAkrkMAMO5DADLuQwAELoMABm6DADSigQAZ7oMAKCMBAATuwwARLsMAEy7DACRuwwAkrsMANqWBACWuwwA1t0EAJe7DAD7oQQAnrsMAMWdBACguwwAvZEEAIK8DAAtoAQAab0MALatBAC2vQwAn7EEAP+9DACGsgQAob4MAAu6BABJvwwAer8MAIK/DADHvwwA0b8MAEPBBAAXwAwAlMcEAMrADAD7wAwAA8EMAEjBDABVwQwAfcsEAFfBDACD1AQAmsEMABnPBAA3wgwAoNkEAH/DDACwwwwAuMMMAP3DDAAMxAwAj+YEANfFDADR/AQANMYMAGXGDACBxgwAssYMAL/GDAAF/gQAAsgMADPIDAA7yAwAgMgMAIPIDAAVFgUATskMANAhBQC3yQwAUyYFALvJDADPLwkAW8oMAFcsBQCeygwA8y8FANnLDABKPwUAKMwMABpEBQALzQwA0WQHAB/NDAA3ZAcAbM0MAJ3NDAClzQwA6s0MAO3NDABSSwUAU84MAITODACMzgwA0c4MAODODAChTgUAKc8MAKVUBQCh0AwAAGoFAEXRDAB1EAsASNEMAGhsBQBJ0QwA9A4LAJLRDAAEcAUAidIMALrSDADC0gwAB9MMABDTDAC9eAUAXtMMAIt6BQD90wwA3IAFAFTUDAAvigUA2NQMAAGSBQBy1QwAoZsFAAzWDADCpgUArdYMAN+rBQD61gwA4a4FAEnXDADjsQUAQNgMAHHYDAB52AwAvtgMAM3YDADtwAUAE9kMAFjZDABn2QwAcMUFAAHaDADaygUATNoMAP3YBQBO2gwAk9MFAELbDABz2wwAe9sMAMDbDAAp3AwAWtwMAGLcDACn3AwAtNwMANXpBQAB3QwAPewFAE/dDACM7wUA3d0MAEP1BQCB3gwA4fsFABrfDACHDgYARuAMABIfBgCV4AwAYyUGAC/hDABrMQYAyeEMANk8BgBk4gwAd0MGAMfiDAD44gwAAOMMAEXjDABS4wwA30UGAPvjDAAs5AwANOQMAHnkDADJ5AwATVEGAG/lDAC1UwYAFuYMAEfmDABP5gwAlOYMAJ7mDADUWwYA7+YMAFVdBgA95wwA2GEGAIXnDADBZQYAMegMAGLoDABq6AwAr+gMALLpDADj6QwA6+kMADDqDADW6gwAnXwGAB/rDABk6wwAZusMAOp8BgBU7AwAeZMGAFjsDABaiwYApuwMAMSQBgDm7AwAkpIGAIntDABHlQYAz+0MAPyXBgBw7gwAzJwGAL/uDACDogYAWe8MADilBgCm7wwAhaUGAAPwDAA08AwAPPAMAIHwDACQ8AwA7acGACjxDAB0sgYAePEMAHi4BgBr8gwAnPIMAKTyDADp8gwA+PIMAOTABgDT8wwAus4GADn0DABq9AwAcvQMALf0DADG9AwAo9IGADn1DAAk1AYAuvUMAOv1DADz9QwAOPYMAJT2DABz1wYAK/cMAHfdBgB+9wwAYOEGAA34DADkWgcAEPgMAJblBgBa+AwAfeYGAET5DAAI9wYAkfkMAAz9BgDb+QwA8/0GANf6DAAI+wwAEPsMAFX7DABh+wwA+wkHAKr7DADv+wwA8/sMAC8LBwBM/AwAsAwHAPL8DAAj/QwAK/0MAHD9DACY/QwABRkHAML9DACjHwcAJv4MAMT4CABf/gwApP4MANr+DABzJAcAYf8MAIv/DAB1AA0AuUAHAGABDQDDTwcAlQINANoCDQDkAw0AhGQHAGsEDQC6aAcA/QQNAIptBwC0Bw0Af4MHAPoHDQAdigcAAQgNAGiHBwDICQ0Aj5sHALgKDQB8pQcA6AsNAC0MDQBkDA0AiLcHAOMMDQAUDQ0AHA0NAGENDQBwDQ0AwL4HAAMODQBIDg0Afw4NAEXGBwDqDg0AlMkHAGkQDQCg2wcAVhENAPHhBwA9Eg0AdukHAJoSDQDD6QcA2hINABDqBwByEw0Aeu8HAHQTDQBl9gcAtxMNABbzBwDqFA0A1QQIANcVDQAXGwgAgxYNALQWDQC8Fg0AARcNAAsXDQAEJQgAqxgNAIsvCAC4GQ0Am0cIAAwaDQC4TAgAnxoNAIpUCAD6Gg0AjFcIACkcDQCabAgAfRwNALgcDQCoHQ0AcHoIADcfDQDgiAgAvx8NAGONCAAUIA0AZZAIAL0gDQDuIA0A9iANADshDQCKIQ0AN5gIAIsiDQC8Ig0AxCINAAkjDQAxIw0A8qMIAKwjDQCpqQgA+CMNAD0kDQBLJA0AQ6oIAJAkDQBerAgAMSUNAOGwCAByJQ0AfbQIAGEmDQCDvQgAZCYNAB2+CACZJw0A2MkIAN4nDQAMywgAMygNAA7OCAB7KA0AdtAIAOQoDQANKQ0AwykNAH7cCAAcKg0Ay9wIADArDQB1Kw0ApysNAGnjCACsKw0Az+IIAE8tDQAF5wgAoC0NAAfqCADqLQ0AO+sIANEuDQDy8AgAFi8NAI70CADKLw0A+C8NAGEwDQCSMA0AmjANAN8wDQDsMA0A4f0IADkxDQCWAAkA0zENAMwECQB/Mg0ArTINAAwzDQBoPg0AGTMNAEczDQDtMw0A1BAJAO8zDQC5DgkAjTQNAMg0DQAxNQ0AYjUNAGo1DQCvNQ0AGjYNACkdCQDmNg0A4CIJAOE3DQDmKwkAdDgNAGszCQAaOQ0ASzkNAFM5DQCYOQ0AAToNADI6DQA6Og0AfzoNABw7DQAJhwkAITsNAGY7DQAjOw0AGyMLADU7DQAHbQ0AcDsNAHVCCQAGPA0AkkcJANY9DQA4WgkAtj4NAKRiCQCoPw0Aj2kJAPE/DQA2QA0AVEANANxpCQC/QQ0AsPUKAAxCDQD99QoAbUINAJ5CDQCmQg0A60INAFhDDQDkdQkA2kMNAHKxCQBbRQ0AXHkNAD1HDQBuRw0AdkcNALtHDQAUSA0ADY0JAHFIDQCiSA0AqkgNAO9IDQCfSQ0AqrgJAMlKDQATlgkAJEsNAHuYCQD5Sw0APkwNAJNMDQCbsQ0Azk0NAIGhCQDYTQ0ATaAJALJODQDQpAkAXE8NAI1PDQCVTw0A2k8NABVRDQA8rQkAMVMNAAHICQBpVA0AJNYJAE5VDQAm2QkAe1YNAEmBCgB+Vg0Asl4KAIJWDQB54gkAiFYNALeMCgAaVw0AX1cNAGlXDQD85gkAYlgNAJNYDQCbWA0A4FgNAHxZDQC38gkAzFkNAAb2CQCdWw0AQAAKAOpbDQAvXA0AO1wNAEIDCgDVXA0ARAYKAGtdDQCwXQ0Ax10NABQLCgA1Yg0AcSMKANJiDQBBKAoA8WQNAFNDCgCUZQ0Az2UNAHZmDQBdUgoAeWYNAClRCgBeZw0AeFQKANloDQAeaQ0AIWkNABZbCgDEaQ0AZV4KAKJqDQCbYgoAqWoNALZkCgAsbA0AIGoKAC5sDQCZrAoAwmwNAJDFCgDlbA0Av5oNAA9tDQBUbQ0A4W4NAHV2CgATcA0AZIMKABhwDQD2dwoAM3MNAIWQDQBgcw0ApXMNAKhzDQBLhAoAAnQNAMyFCgBLdA0As4YKAJR0DQDZdA0A43QNAACHCgAkdw0AH48KAGF5DQA+lwoA33oNAPefCgDpeg0AlaYKAFV9DQABrwoAoH0NAOivCgDnfQ0AgrAKAC9+DQC2sQoAFn8NANGzCgACgA0AR4ANAJyADQDhgA0Ag4ENAMiBDQAdgg0AYoINAP+CDQBawQoAnoMNAOODDQA4hA0AfYQNAGeGDQBgygoAAYcNAJTLCgDYhw0AYs0KAOOIDQBL0QoAA4kNAMzSCgBViQ0ARKINAKOJDQA01QoApokNAJzXCgDqiQ0AztUKAISKDQBP1woAI4sNAGiLDQByiw0A6dcKAL2LDQAmwg0ACIwNAGzcCgDsjA0ACuMKAD6NDQCRog0AMo4NAAYqCwDDjg0A3u0KABaSDQCClwsARJMNACIHCwAklA0Anf8KAMeUDQC4AQsAppUNAFQFCwDglg0AcQoLAH6XDQDZDAsArZgNANsPCwANmQ0APpkNAKeZDQDYmQ0AM5oNAN0SCwDqmg0ADJsNADebDQBZmw0AhJsNAKabDQDRmw0A85sNAEicDQCNnA0AkpwNACwWCwB3nQ0AMBwLALGeDQCzIAsA+J4NAE0hCwCSnw0AziILAJWgDQDDoA0AL6ENAIMlCwBmoQ0AbCkLAMmhDQD3oQ0AnKUNAJBfCwDspQ0AKmALAM+mDQAbcAsAaacNAB92CwADqA0AcHwLAJ2oDQCNgQsAN6kNACuICwDRqQ0AYYwLAGuqDQCXkAsABasNAJuWCwCjqw0AaZgLAP6rDQAxrA0AOawNAH6sDQA7rw0AgK8NAJ6vDQClpQsAirINANLCCwDtsg0AbsYLAHWzDQCJyAsAvrMNAPHKCwAKtA0AWc0LAFW0DQD10AsArbQNAMPSCwAGtQ0AN7UNAIa1DQB+3gsA3bUNAP/fCwAztg0AZ+ILAHO2DQDR5wsAyLkNAN/8CwBLuw0AmggMAJS7DQCBCQwA3bsNACK8DQAmvA0AzgkMAHe8DQC8vA0AEb0NAFa9DQBmvQ0Ang4MAK+9DQCFDwwABb4NANIPDABFvg0Air4NACy/DQBxvw0Ayr8NACUZDAATwA0AWMANAFzADQByGQwAb8ENABAgDAA9wg0ASCcMAMLCDQBjKQwAF8MNAEoqDABiww0Ap8MNALfDDQAxKwwA/cMNABgsDABExA0AjsQNAOXEDQAzLgwAOMUNABovDAAdxg0ABzkMALXGDQBYPwwA/sYNAEPHDQBTxw0ApT8MAOHHDQD0QgwAOsgNAChEDACFyA0AD0UMAMzIDQCpRQwAFMkNAF7JDQA=","fail":"AAAAAAAAAAAFewAA64cBAJvCAABxoAUAgvcBAKlBBgDhxQEAVawJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAAP2wBAIxsAQDZbAEAJm0BAAAAAADhxQEAMp4JABIGBwBzhgAA7wwAAOHFAQBHSgkAlEoJAOFKCQAuSwkA1tsBAH0cCwDszgkAGikDAAAAAABxoAUAgvcBAIL3AQAEpgkAj+QBANzkAQDAcwoAOpEKAHGgBQDhxQEAdv4AANxMBABeFAsABKYJAOHFAQBXRQQA66AAADihAACFoQAA0qEAAB+iAADvDAAA4cUBAFWsCQDKmQYAgvcBAO7/AQAFewAA9xwGAAAAAABxoAUA4cUBABWZCQAXSwMAEOYBACGQBwBu2QEABXsAABbvAQAGdwsAU3cLABVhAgAxIwAA4cUBAKPtCADw7QgA30EAAAI5BABzhgAAwIYAAIFpAgBkzgcAsc4HAOHFAQAyngkAEgYHAHOGAADvDAAA4cUBAEdKCQCUSgkA4UoJAC5LCQBx1gkAvtYJAE0AAABNAAAAHv8HAIL3AQDfQQAA4cUBAHHWCQCchAEAAAAAAHOGAAAQ5gEA7wwAAKwbAAD1FQAAqUEGAPZBBgB4tAAAxbQAABK1AACVhwIAGo8CAGePAgBPbwgA3BYAAGKZCQDTaQoANAEAAIEBAADOAQAAGwIAAGgCAABx1gkAvtYJAE0AAABNAAAAiGYBAFSAAwBzhgAAnqAAAIL3AQDP9wEAwTEFAOHFAQBVrAkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAGG4AAD6ewcAR3wHAAAAAACjgQAAM1oBAIL3AQDu/wEA7wwAAOHFAQCIZgEAVIADAKGAAwBNAAAAc20BAMBtAQANbgEAWm4BAKduAQD0bgEAQW8BAAAAAACVhwIAQ6YCAJyEAQDphAEANoUBAPceCQACVgkAT1YJAEdKCQCUSgkA4UoJAC5LCQDW2wEA8O0IAIoDAgCYggcA5YIHADKDBwCpQQYA4cUBAHGgBQCeiwcA4cUBAMBzCgADmQsAeUIAAMZCAAATQwAAYEMAAK1DAAD6QwAAAAAAACGQBwCZeAkAcdYJAKwbAAD5GwAARhwAAJMcAADgHAAALR0AAPp7BwBHfAcAAAAAAKOBAABzhgAA7wwAAMk7AgANpggAqUEGAOHFAQBx1gkANywAAIQsAADRLAAAHi0AAEXICgBu2QEABXsAAOuHAQCsGwAAqUEGAOHFAQBVrAkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAI/kAQDc5AEAbtkBALvZAQAI2gEAVdoBAEdKCQCUSgkAjxYAANwWAABimQkA02kKADQBAACBAQAAzgEAABsCAABoAgAAm8IAAPXjAQDrhwEA4cUBABWZCQD4JwEARSgBAIFpAgAzWgEAqUEGAHOGAAAVmQkAYpkJANNpCgA0AQAAgQEAAM4BAAAbAgAARcgKAG7ZAQAFewAA64cBAKwbAACpQQYA4cUBAFWsCQB4tAAAxbQAABK1AABftQAArLUAAPm1AABGtgAAk7YAAOC2AAAttwAAercAAMe3AAAUuAAAj+QBANzkAQBu2QEAu9kBAAjaAQBV2gEAR0oJAJRKCQCPFgAA3BYAAGKZCQDTaQoANAEAAIEBAADOAQAAGwIAAGgCAACbwgAA9eMBAOuHAQDhxQEAFZkJAPgnAQBFKAEAgWkCADNaAQCpQQYAc4YAAAV7AADrhwEAiGYBAJWHAgBDpgIANywAAIQsAADRLAAAHi0AAEXICgDvDAAArBsAAPkbAABGHAAAkxwAAOAcAABFyAoAMSMAAIIUBwCC9wEAdGcJAMk7AgBFyAoAdv4AAElLBgDvDAAAnIQBAPloAACsVQoAeWEIAF9VCgBKigIA66AAADihAACFoQAA0qEAAB+iAABsogAAFZkJAGKZCQDTaQoANAEAAIEBAADOAQAAGwIAAGgCAAB2/gAARp0BAO8MAADJOwIA4cUBAG7ZAQBTKgsAVawJAPQKBQBx1gkAi+QKAAI5BABPOQQAgFoBAAAAAACeoAAAnqAAAHOGAADvDAAAnIQBAOHFAQAyngkAc4YAAPUVAAB2zAIAc4YAAKlBBgDhxQEALsYBAAapCQCC9wEA4cUBAKOBAADvDAAArBsAAOHFAQAAAAAA9RUAAH0WAgDjGQgAQhYAAJvCAAD1FQAA4cUBADKeCQD2QQYA2VkLACZaCwBu2QEABXsAAOuHAQCsGwAAAAAAAIL3AQAQ5gEABXsAAFJ7AACfewAA7HsAADl8AACGfAAAhBMBAKlBBgBzhgAA9RUAAHbMAgBzhgAAqUEGABDmAQBzhgAAwIYAACbTAAA2bAIAbtkBAAV7AAD3HAYAEOYBAKlBBgBu2QEAEOYBAHOGAADAhgAAJtMAADZsAgCjgQAAbtkBAIhmAQBUgAMAnqAAAOHFAQB9FgIAyhYCABcXAgDhxQEA+nsHAEd8BwDfQQAAAjkEAE85BABzhgAAgWkCAM5pAgAbagIA4cUBAPceCQACVgkAT1YJAEdKCQCUSgkA4UoJAC5LCQBVrAkAypkGABeaBgDVZgEAm8IAAHOGAAD1FQAAQhYAAKkkAQD2JAEA7wwAACLTCQBNAAAATQAAAB7/BwCC9wEA30EAAA2mCACpQQYAEOYBAAV7AAB4tAAAxbQAABK1AAAQ5gEAdv4AAMP+AAAR+QgAAAAAAIhmAQBUgAMAc4YAAPUVAADfQQAA4cUBADKeCQASBgcAc4YAAO8MAADhxQEAR0oJAJRKCQDhSgkALksJAHHWCQC+1gkATQAAAE0AAAAe/wcAgvcBAN9BAADhxQEAVawJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAArrgAAPgnAQBFKAEA30EAAGf1AQCeoAAAEJkBALhnCgDhxQEA+nsHAEd8BwAAAAAAo4EAAHOGAADvDAAAyTsCAA2mCACpQQYA4cUBAG7ZAQAEpgkA4cUBAHHWCQCsGwAA+RsAAEYcAACTHAAAo4EAAN9BAAAsQgAAeUIAAPUVAADfQQAAQb4EAJ6gAABucwIApQUCAEG+BABxoAUAnosHAOHFAQAVmQkAiGYBAKOBAAC10AEAM1oBAIBaAQDhxQEABXsAAHi0AADFtAAAA8UAAFWsCQB4tAAAxbQAABK1AABftQAArLUAAPm1AABGtgAAk7YAAOC2AAAttwAAercAAMe3AAAUuAAAYbgAAPp7BwBHfAcAAAAAAKOBAAAzWgEAgvcBAO7/AQAAAAAAgvcBAPlTBwCeiwcAtdABAE0AAACaAAAA5wAAAOHFAQAAAAAATQAAAJoAAADnAAAANAEAAIEBAADOAQAAGwIAAGOiAQCwogEAV0UEAG5zAgCvTAkA/EwJAARACgBRQAoAnkAKAJvCAAAzWgEATKgEACxCAAA/2AkARJ4HAN9BAADhxQEAVawJAF4UCwAEpgkA4cUBABWZCQBimQkA02kKADQBAACBAQAAzgEAABsCAABoAgAAV0UEAKRFBADxRQQAMSMAAIIUBwC10AEAo4EAAIL3AQDu/wEAgvcBAOHFAQBXRQQA66AAADihAACFoQAA0qEAAB+iAABsogAAcdYJAKwbAAD1FQAA30EAAOHFAQBVrAkAeLQAAMW0AAAStQAAj+QBANzkAQBu2QEAu9kBAAjaAQBV2gEAR0oJAJRKCQCPFgAA3BYAAGKZCQDTaQoANAEAAIEBAADOAQAAGwIAAGgCAAD3HgkAAlYJAE9WCQBx1gkArBsAAAAAAAAFewAAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAADEjAAA6iwEAh4sBANSLAQAAnAMAVawJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAAP2wBAIxsAQDZbAEAJm0BAIoDAgCYggcA5YIHADKDBwB/gwcAzIMHABmEBwBVrAkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAA2mCACjgQAA7wwAAFBfAQCAWgEAtdABAOHFAQB2/gAASUsGAGdEBQAhkAcABXsAAF4UCwB2zAIAGikDAHb+AADhxQEAAAAAAJ6gAAAQmQEAnCQLAOkkCwD1FQAAigMCANcDAgAkBAIAcPUAAJWHAgBw9QAABXsAAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AAAxIwAAOosBAIeLAQDUiwEAAAAAAHGgBQCeiwcAtdABAALRAQDvDAAArBsAAGdEBQAAHQUATR0FADC2CwBMqAQA0/0BAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAbloDALtaAwAIWwMAVVsDAKJbAwDvWwMAPFwDAIlcAwDWXAMAF5wJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAgFoBAPkbAABGHAAAkxwAAOAcAADu/wEAwIYAACbTAAA2bAIAVawJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAAP2wBAIxsAQDZbAEAJm0BABDmAQCC9wEA7v8BADsAAgCQrAsA7wwAAKwbAACpQQYA4cUBAEXICgA3mgsAiGYBANVmAQAiZwEAb2cBALxnAQAJaAEAm8IAAPXjAQDrhwEA4cUBAPp7BwBHfAcAlHwHAOF8BwAufQcAe30HAOHFAQCjgQAA7wwAAFBfAQCAWgEAtdABAOHFAQBVrAkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAGG4AAB2/gAASUsGAGdEBQAhkAcABXsAAF4UCwB2zAIAGikDAN9BAAAQ5gEABXsAAMqZBgAXmgYA1WYBAJvCAABzhgAAqUEGAOHFAQBFyAoAgvcBAPlTBwBu2QEABXsAAG7ZAQCIZgEA4bILAAV7AAB4tAAAxbQAABK1AABftQAArLUAAPm1AABGtgAAk7YAAOC2AAAttwAAercAAMe3AAAUuAAAc4YAAMCGAAAm0wAANmwCAFJ7AACfewAA7HsAADl8AACGfAAAB2UBAFRlAQChZQEA7mUBADtmAQBzhgAAwIYAACbTAAA2bAIA2bkBAJ6gAABzhgAATQAAAN9BAABBvgQAcaAFAOHFAQAu3wAAAAAAAAAAAAAAAAAAAJwDAPp7BwBHfAcABXsAAOuHAQA8DQAAnosHAJWHAgBsCAAAo4EAAO8MAACsGwAA+RsAAPUVAACKAwIA1wMCACQEAgBjjQgAsI0IAP2NCAAVmQkAYpkJANNpCgA0AQAAgQEAAM4BAAAbAgAAaAIAAEdKCQCUSgkA4UoJAC5LCQBVrAkAypkGABeaBgDVZgEAm8IAAHOGAACpQQYA9RUAAEIWAACPFgAAVawJAFJ7AACfewAA7HsAADl8AACGfAAA03wAAMBzCgA6kQoAIfgJAMBzCgADmQsAM1oBABopAwBnKQMAgWkCACGQBwA/2AkA7wwAAMk7AgCbwgAAM1oBAEyoBAAsQgAA4cUBAPp7BwDP9wEAbtkBAG7ZAQAzWgEATKgEAHb+AAAAAAAA4cUBAC7GAQB7xgEAyMYBABXHAQDhxQEAFZkJAIhmAQDhsgsABXsAAOuHAQCsGwAAV0UEACGQBwCZeAkAZ0QFAH0WAgDhxQEABKYJAHGgBQBEngcAgvcBAOHFAQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAHHWCQCsGwAAO2wKAN9BAABBvgQAgFoBALXQAQAAAAAA9RUAAIFpAgDOaQIAG2oCAFSAAwCpQQYA9kEGAFJ7AACfewAA7HsAADl8AACGfAAAtPsKAMoWAgAXFwIAM1oBADNaAQC10AEA9RUAAIoDAgCNsQYAo4EAAIL3AQDu/wEAgl8EABIGBwBzhgAA7wwAAPUVAABCFgAAqSQBAHb+AADcTAQApQUCAJ6gAACpQQYAc4YAAPUVAAB2zAIAc4YAAAAAAABxoAUAtdABADNaAQCAWgEA4cUBAC7GAQB7xgEAyMYBABXHAQAuxgEABqkJAIL3AQDhxQEAo4EAAO8MAACsGwAA+RsAAOHFAQAuxgEAe8YBAMjGAQAVxwEALsYBAAapCQCC9wEA4cUBAKOBAADvDAAArBsAAOHFAQBVrAkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAGG4AAA/bAEAjGwBANlsAQAmbQEA4cUBAKOBAADvDAAArBsAAPkbAAD1FQAAigMCANcDAgCBaQIAZM4HALHOBwB0ZwkAUF8BAHGgBQCeiwcAM1oBAIBaAQB2zAIAhHsDAEadAQB2/gAA4cUBAHHWCQC+1gkATQAAAE0AAAAe/wcAgvcBAN9BAAANpggAqUEGAOHFAQBVrAkA3DcLADNaAQDhxQEAgWkCAGTOBwCxzgcAdGcJAFBfAQBxoAUAnosHAOHFAQD3HgkAAAAAAO8MAACchAEA6YQBAJWHAgDvDAAAiGYBAOHFAQD6ewcA+VMHAESeBwDfQQAAQb4EAIBaAQBzhgAA7wwAAO8MAACchAEArBsAAPkbAABBvgQAcaAFAJ6LBwBzhgAAwIYAACbTAAA2bAIABXsAADNaAQDhsgsAlYcCALiVAgAKewgArgsKAPsLCgBIDAoAlQwKAOIMCgAvDQoA+nsHAM/3AQAc+AEAafgBADEjAAA6iwEAh4sBANSLAQBzhgAAwIYAACbTAAA2bAIAAAAAAAV7AACBaQIAzmkCABbvAQCIZgEABXsAAF4UCwC10AEAFu8BAAV7AADrhwEAOIgBAIWIAQDSiAEAH4kBAGyJAQC5iQEABooBAFOKAQCgigEA7YoBAHGgBQB2/gAATQAAAJoAAADUJQIAMLYLABopAwA8DQAAnosHADEjAAA6iwEAh4sBANtBCQAoQgkAo4EAAIhmAQDfQQAAQb4EAE0AAACIZgEA4bILAC6zCwA6iwEAh4sBANtBCQAoQgkACYcJAKwbAAD5GwAAJtMAADZsAgAAAAAA4cUBAG7ZAQC72QEACNoBAFXaAQCi2gEA79oBADzbAQBzhgAAszMBAGLHAQCvxwEA/McBAEnIAQCWyAEAo+0IAH0cCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCP5AEA3OQBAKPtCAB9HAsAYscBAK/HAQD8xwEAScgBAJbIAQDVAgUAiGYBAOGyCwAuswsAe7MLAMizCwChawoA7msKAOHFAQD6ewcAMLYLAH22CwDKtgsAF7cLANUCBQAiAwUALsYBAHvGAQDIxgEAFccBAAAAAAChawoA4cUBAPp7BwAwtgsAfbYLAMq2CwAXtwsA1QIFACIDBQAuxgEAe8YBAMjGAQAVxwEALsYBAHvGAQDIxgEAFccBACGMAQAAnAMA9A4LAEEPCwCODwsA2w8LACgQCwAAAAAAo4EAAPCBAAB2zAIATKgEABbvAQASiQsAqUEGAH0WAgCjgQAA8IEAAHbMAgBMqAQAFu8BAH6RCwCC9wEAz/cBAMExBQBJSwYAm8IAAHGgBQCC9wEAfRYCABbvAQAFewAA64cBADiIAQCFiAEA0ogBAB+JAQBsiQEAuYkBAAaKAQCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAAAAAADEjAAA6iwEAh4sBANSLAQBNAAAAavAGAGdEBQDfQQAADaYIAIFpAgDOaQIAG2oCAGhqAgC1agIA7wwAAOHFAQDAcwoAOpEKACH4CQBu2QEAUyoLAAAAAABVrAkAqRELAPYRCwBDEgsAkBILAN0SCwAqEwsAdxMLAKPtCADAhgAAJtMAADZsAgCVhwIAAAAAAHGgBQDfQQAAlYcCAJ6gAAAQmQEAXZkBAKqZAQD3mQEARJoBAO7/AQCCXwQA4cUBAKOBAADvDAAAUF8BAIBaAQC10AEA4cUBAKFrCgDuawoAo+0IAAAAAACIZgEAAAAAAKOBAAAFewAAypkGAAAAAAAAAAAAo4EAAN9BAADhxQEAm8IAAPXjAQDrhwEA4cUBAKPtCAAAAAAAo4EAAAV7AAAhkAcAP9gJAESeBwCRngcA3p4HACufBwBu2QEAeJ8HAMWfBwASoAcAbtkBAFdFBACkRQQA8UUEADdNCwCETQsA0U0LAFdFBACkRQQA8UUEADdNCwCETQsA0U0LAAV7AABeFAsAAAAAAOHFAQC10AEAAtEBAE/RAQAAAAAA30EAAA2mCADf4QkALOIJABbvAQA7hQkAiIUJAASmCQDfQQAADaYIAN/hCQAs4gkAFu8BAGPvAQDP9wEAHPgBAGn4AQC2+AEA7wwAAAI5BADeuQkAHPgBAGn4AQC2+AEA30EAACxCAACC9wEA+VMHAJvCAAAAAAAAgvcBAO7/AQBykgEAC20EAGdEBQDfQQAA7wwAABbvAQCZ8wEA5vMBADP0AQCA9AEAzfQBABr1AQDfQQAAZ/UBAIL9CgAsQgAAgvcBAPlTBwBxoAUAFu8BAJnzAQAsQgAAgvcBAPlTBwCbwgAAAAAAAAV7AAAzWgEAGikDAKwbAAAQ5gEAc4YAAMCGAAAm0wAANmwCABbvAQCZ8wEALEIAAIL3AQD5UwcAm8IAABbvAQCZ8wEALEIAAIL3AQD5UwcABKYJAE0AAABq8AYAc4YAAMCGAAAm0wAANmwCAHOGAAAxIwAAfiMAAMCGAADu/wEA9RUAAJ6gAABzhgAAc4YAAMCGAAAm0wAANmwCAAV7AADBMQUASUsGAHOGAADAhgAAJtMAADZsAgDfQQAA30EAAAI5BABPOQQAbtkBALvZAQAI2gEADaYIAHOGAADAhgAAJtMAADZsAgB2/gAASUsGAN9BAAAsQgAAP9gJAKlBBgBzhgAAwIYAACbTAAA2bAIAiGYBAIhmAQBNAAAAHv8HADNaAQCAWgEA30EAAA2mCABpfQkA7v8BALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCC9wEA7v8BADsAAgCIAAIA1QACACIBAgBvAQIAvAECAAkCAgBWAgIAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAAAAAABzhgAABKYJAHOGAADAhgAAJtMAADZsAgCpQQYAc4YAALMzAQAJPAwAwIYAACbTAAA2bAIAAAAAAHOGAADAhgAA+VMHAKlBBgAcYgcAgWkCADNaAQAaKQMAUF8BAHGgBQCeiwcAc4YAAMCGAAAm0wAANmwCAG7ZAQBxoAUARJ4HAPCBAACBOwoAiGYBANVmAQCeoAAAbnMCAK9MCQDhsgsAwIYAACbTAAA2bAIAXhQLALXQAQB5YQgAc4YAAMCGAAAm0wAANmwCAIL3AQC10AEAo4EAAHb+AABJSwYA9RUAAN9BAAANpggAaX0JACbTAAA2bAIAcaAFAESeBwDfQQAAZ/UBADEjAABu2QEAcaAFAESeBwDwgQAAgTsKAO8MAACsGwAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAAV7AADrhwEAOIgBADcsAABucwIA64cBAMk7AgANpggAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBABIGBwC+oAUAC6EFAIL7BwDP+wcAHPwHAGn8BwC2/AcAA/0HAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAZ0QFAAAdBQBNHQUAdGcJAFBfAQBxoAUAnosHAHOGAADAhgAAJtMAADZsAgDfQQAABXsAAFJ7AAB9FgIAcaAFAIFpAgBkzgcAsc4HADEjAACIZgEA1WYBAJvCAABzhgAAwIYAACbTAAA2bAIAQb4EAI6+BADRewMAiGYBAOGyCwB2/gAASUsGAPUVAADfQQAADaYIAKlBBgBzhgAAwIYAACbTAAA2bAIA7wwAACLTCQBNAAAATQAAAB7/BwCC9wEA30EAAA2mCACpQQYAEgYHAL6gBQALoQUAgvsHAM/7BwAc/AcAafwHALb8BwAD/QcAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCIZgEAiGYBAOGyCwC10AEAJKIIAMqZBgAFewAA1CUCACEmAgBuJgIAuyYCAAgnAgBVJwIAoicCAO8nAgCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAgvcBAM/3AQAEpgkAM1oBAIBaAQCYGAIA5RgCADIZAgAjKQIAcCkCAL0pAgAKKgIAVyoCAKQqAgDxKgIAPisCAIsrAgDYKwIAJSwCAHIsAgC/LAIADC0CAFktAgCmLQIA8y0CAEAuAgCNLgIAdv4AAG7ZAQBTKgsAwIYAADEjAAAGqQkAgvcBAHb+AADcTAQApQUCAA2mCACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAnosHAJ6gAAAAHQUATR0FAJodBQDnHQUANB4FAIEeBQB2/gAAw/4AABH5CAAcYgcA+K4LAIIUBwCeoAAAbnMCAKUFAgBBvgQAcaAFAJ6LBwBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAAAAAAAFewAAypkGAKOBAABzhgAAc4YAAMCGAAAm0wAANmwCAPlTBwAbgwEAwHMKAFdFBAAEpgkAUaYJAJ6mCQDrpgkAOKcJAHOGAADAhgAAJtMAADZsAgD1FQAA30EAAAV7AAClBQIAQb4EAHGgBQCeiwcAc4YAAMCGAAAm0wAANmwCAAV7AABeFAsA9RUAAEIWAACpJAEAidsBAITlCACCFAcA1JEKAJgYAgDhxQEAcdYJAGptAgB2/gAAbtkBAHGgBQAzWgEA7kwCAAV7AAClBQIAQb4EAHGgBQCeiwcA4cUBAKPtCADAhgAAJtMAADZsAgAuxgEAe8YBAMjGAQAVxwEAAAAAAOHFAQD3HgkARB8JAAkICwBWCAsAowgLAPAICwD3mQEApQUCAEG+BABu2QEAiGYBAOGyCwDAcwoA0/0BACD+AQBt/gEAV0UEAG5zAgC7cwIACHQCAFV0AgCidAIA73QCADx1AgCJdQIA1nUCACN2AgBwdgIAvXYCAAp3AgBXdwIApHcCAPF3AgAAAAAAo4EAAPCBAACBOwoAzjsKABs8CgBoPAoAtTwKAAI9CgBXRQQAbnMCALtzAgAIdAIAVXQCAKJ0AgDvdAIAo4EAAO8MAADAcwoAOpEKAHGgBQDhxQEAdv4AANxMBABeFAsAR0oJAJRKCQDhSgkALksJANbbAQDw7QgAPe4IAESeBwC10AEAdv4AABV6AQAaKQMAnIQBAFBfAQCAWgEAtdABAOHFAQD6ewcAR3wHAN9BAACjgQAAgvcBADKeCQBzhgAAZ0QFAOugAADaLgIA1CUCAO7/AQCCXwQA4cUBAFWsCQBeFAsAqUEGAOHFAQBHSgkAlEoJAOFKCQAuSwkAo4EAAO8MAACsGwAA9x4JAEQfCQDNWgEAGlsBAGdbAQC0WwEAAVwBAJJ1AQBxoAUAvqAFAAuhBQCC+wcAz/sHABz8BwBp/AcAtvwHAIR7AwDRewMAHnwDAGt8AwC4fAMABX0DAKlBBgDhxQEAVawJAF4UCwCpQQYA4cUBAEdKCQCUSgkA4UoJAC5LCQCjgQAA7wwAAKwbAABx1gkAam0CALdtAgAEbgIAUW4CAJ5uAgCFpwkA0qcJAB+oCQBsqAkAuagJAF4UCwB2zAIAnqAAAJWHAgDYfAgA8RUJAD4WCQCLFgkA2BYJACUXCQByFwkAYs0KAMCGAAAm0wAANmwCAOHFAQBxoAUARJ4HAN9BAADhxQEAcaAFADEjAADhxQEAbtkBAHGgBQBEngcA8IEAAIE7CgD6ewcAz/cBALkjAgAGJAIADaYIAFqmCACnpggA30EAAOHFAQDAcwoAOpEKACH4CQBVrAkA9xwGAKlBBgDhxQEAm8IAADNaAQBMqAQALEIAAOHFAQBxoAUAgWkCAGTOBwCxzgcAMSMAAIhmAQDVZgEAcdYJAL7WCQAL1wkAWNcJAAI5BADeuQkAK7oJAKFpBwDhxQEAm8IAADNaAQBMqAQALEIAAOHFAQBxoAUAgWkCAGTOBwCxzgcAMSMAAIhmAQDVZgEAdv4AAEadAQCTnQEA4J0BAC2eAQB6ngEAx54BAASmCQDhxQEAm8IAADNaAQBMqAQALEIAAOHFAQBxoAUAgWkCAGTOBwCxzgcAMSMAAIhmAQDVZgEAMp4JAH+eCQCBaQIAM1oBAKlBBgBzhgAAm8IAADNaAQBMqAQALEIAAOHFAQBxoAUAgWkCAGTOBwCxzgcAMSMAAIhmAQDVZgEAM1oBAO5MAgDhxQEAFZkJAB7/BwAzWgEAgFoBAN9BAAANpggAaX0JAOHFAQAyngkAc4YAAMCGAADu/wEAOwACAIgAAgDVAAIAIgECAG8BAgC8AQIAfRYCAMoWAgCpQQYA4cUBAFWsCQClBQIAcPUAAL31AABucwIAr0wJAPxMCQAEQAoAUUAKAJ5ACgDrQAoAOEEKAIVBCgDSQQoAH0IKAGxCCgC5QgoABkMKAFNDCgCgQwoA7UMKADpECgCHRAoA1EQKACFFCgBuRQoAu0UKAAhGCgBVRgoAokYKAO9GCgA8RwoAiUcKANZHCgAjSAoAcEgKAL1ICgAKSQoAV0kKAKRJCgDxSQoAPkoKAItKCgDYSgoAM1oBAIBaAQCYGAIA5RgCADIZAgAVrgIAYq4CAK+uAgD8rgIASa8CAJavAgDjrwIAMLACAH2wAgDKsAIAF7ECAGSxAgCxsQIAMp4JAPZBBgDZWQsAJloLAG7ZAQAFewAA64cBAKwbAABx1gkAam0CAClqCQB2agkAw2oJABBrCQDhxQEA9x4JAAJWCQBPVgkAcdYJAIvkCgDY5AoA1CUCAN9BAABBvgQAgFoBALXQAQDhxQEAo4EAAArdAQCjgQAA30EAAN9BAABBvgQAgFoBALXQAQDhxQEAMp4JABIGBwCbwgAA9x4JAEQfCQCRHwkA+nsHAEd8BwB6OAIAtEQFAIFpAgBkzgcAsc4HAASmCQDhxQEAdv4AAMP+AAAR+QgABXsAAPccBgAcYgcAgFoBALXQAQDhxQEA+nsHAEd8BwCCXwQAz18EABxgBAC8tgQA9x4JAAJWCQBPVgkAiGYBANVmAQDf9gIALPcCAHn3AgDG9wIAE/gCAGD4AgDAcwoAA5kLAHlCAACh5gIA7uYCADvnAgCI5wIA64cBAKwbAAA7bAoA4cUBAPceCQBEHwkAkR8JAHb+AABJSwYAlksGAMP+AACC9wEA9x4JAAJWCQBPVgkA9x4JAEQfCQCRHwkA/yoJAEwrCQCZKwkAFZkJAPgnAQBFKAEAN8wJAITMCQDRzAkAHs0JAOHFAQBxoAUAMSMAAOHFAQBx1gkAi+QKANjkCgDUJQIA30EAAEG+BACAWgEAtdABAOHFAQCjgQAA64sHADiMBwCFjAcA0owHAB+NBwBsjQcAuY0HAAaOBwDAcwoAOpEKACH4CQBx1gkArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAVawJAKUFAgBxoAUAnosHAOHFAQBx1gkAPA0AACoqBwB3KgcAxCoHABErBwDhxQEATQAAAN9BAABBvgQAgFoBALXQAQDhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAVQ4DAGVDCACyQwgAcaAFAJ6LBwDhxQEAo4EAAPCBAAB2zAIA2bkBAOHFAQAyngkAEgYHAHb+AADcTAQAM1oBAIBaAQDhxQEAcdYJADwNAAAqKgcAdyoHAMQqBwARKwcA4cUBAESeBwCRngcA3p4HACufBwB4nwcAxZ8HABKgBwBfoAcArKAHAPmgBwBGoQcAk6EHAOChBwAtogcAeqIHAMeiBwAUowcAYaMHAHHWCQCsGwAA+RsAAEYcAACTHAAA4BwAAJWHAgDvDAAA4cUBAMBzCgADmQsAeUIAAMZCAAATQwAAYEMAAK1DAAD6QwAAR0QAAJREAADhRAAA8RUJAD4WCQD1FQAAdswCAIBaAQC10AEA4cUBAHGgBQCeiwcA4cUBALWiCQA/2AkA7wwAAIhmAQDVZgEAnqAAAG5zAgCvTAkA/EwJAAAAAACIZgEA7wwAAMk7AgAWPAIApQUCAA2mCAAbgwEAAAAAAAAAAAAAAAAAAAAAAAAAAAAOfQIAW30CABuDAQAAAAAADn0CAFt9AgB4ggIApEUEAJBECQDdRAkAKkUJAHdFCQDERQkAEUYJAF5GCQCrRgkA/SMDAEokAwCXJAMA5CQDADElAwB+JQMAyyUDABgmAwBlJgMAsiYDAP8mAwBMJwMAmScDAOYnAwAzKAMA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMA7w4DADwPAwCJDwMA1g8DACMQAwBwEAMAvRADAAoRAwBXEQMApBEDAPERAwDlaQgAMmoIAH9qCADMaggAGWsIAGZrCACzawgAAGwIAE1sCACabAgA52wIADRtCACBbQgAzm0IABtuCABobggAtW4IALXQAQCVhwIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAG7ZAQAFewAA7wwAALoyAwAHMwMA4bILALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQBKigIAWWEDAKZhAwDzYQMAQGIDAI1iAwDaYgMAJ2MDAHRjAwDBYwMADmQDAO8OAwA8DwMALsYBAHvGAQDIxgEAFccBAE+fAwCcnwMA6Z8DADagAwCDoAMA0KADAB2hAwBqoQMAt6EDAKPtCAB9HAsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAzjUBAJvCAAAhkAcAM1oBAO5MAgDhsgsAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAC/RwQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAGlHBQC2RwUAA0gFAFBIBQCdSAUA6kgFAGptAgC3bQIAnqAAAE0AAAAXSwMAFu8BAAJxCwBPcQsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA7wwAABbvAQAGdwsAbnMCALtzAgAIdAIAVXQCAKJ0AgCeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMA9RUAAEIWAACbwgAAc4YAAMCGAAAm0wAANmwCAFN3CwAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAKlBBgASBgcAc4YAAO8MAAD1FQAAQhYAAKkkAQANpggAszMBAOzOCQAaKQMAyTsCAA2mCABpfQkAJtMAADZsAgDhxQEAV0UEAG5zAgCvTAkA/EwJAElNCQAuxgEAe8YBAMjGAQAVxwEAdv4AAE0AAAAe/wcAgvcBAN9BAAANpggAaX0JACbTAAA2bAIAiGYBAFSAAwChgAMATQAAAD84AAAW7wEAEokLADNaAQBu2QEA3jYFAM/3AQDUJQIABKYJAOHFAQBHSgkAlEoJAOFKCQAuSwkAiGYBANVmAQDf9gIALPcCAHOGAACpQQYAlYcCAIhmAQDVZgEA3/YCACz3AgB59wIAxvcCABP4AgBg+AIAwHMKAAOZCwB5QgAAcPUAAE0AAAAe/wcA7wwAAMk7AgC10AEAgvcBAO7/AQDvDAAAujIDAAczAwBw9QAA4cUBAFWsCQBSewAAoWkHAO5pBwA7agcAiGoHAPp7BwBHfAcAejgCALREBQCC9wEAqUEGAOHFAQBVrAkA9xwGAEQdBgCRHQYA3h0GAA2mCABpfQkAFu8BAOHFAQB2/gAAFXoBABopAwCchAEAUF8BAIBaAQC10AEA4cUBAFWsCQD0CgUAtdABAHlhCAB2/gAA4cUBAPceCQBMqAQAmagEADKeCQBzhgAATQAAAGrwBgCUGAsA4RgLAO8MAADhxQEAcaAFAJ6LBwAAAAAAAAAAAJWHAgC4lQIACnsIAFd7CACkewgA8XsIAKPtCADAhgAAJtMAADZsAgDAcwoAOpEKACH4CQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBACd5AgA6uQIADflCAANdAoAaX0JALZ9CQADfgkAUH4JAJ1+CQDqfgkAN38JAIR/CQDRfwkAMp4JAC3YCwBzhgAAwHMKADqRCgAh+AkAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAVQ4DAKIOAwDvDgMAQb4EAI6+BADbvgQAKL8EAHW/BAAwtgsATKgEAA2mCABXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAEOYBAF3mAQBBvgQAjr4EANu+BAAovwQAdb8EAMK/BACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQAv0cEAAxIBABZSAQApkgEAPNIBABx1gkArBsAAPkbAABGHAAAkxwAAOAcAACVhwIASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwDvDgMAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HABqPAgBnjwIAT28IACFeCQD5UwcARJ4HAN9BAAANpggAwHMKADqRCgAh+AkAtaIJAD/YCQDvDAAAc4YAAN9BAACbwgAAcaAFAIL3AQB9FgIA4cUBAPceCQACVgkAT1YJAKOBAADwgQAAgvcBAO7/AQAFewAAUnsAACGQBwAFewAAbtkBAIhmAQAAAAAA4cUBAH0WAgBldwkAgFoBAJgYAgCVhwIASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDAI/kAQDc5AEAV0UEAG5zAgDMuQsAGboLAGa6CwBfVQoAQ6YCADwNAAB2/gAASUsGAHD1AADfQQAA4cUBAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBACd5AgA6uQIADflCAAEpgkA7wwAALoyAwAHMwMAAAAAAJWHAgBA5QcAwIYAACbTAAA2bAIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBADAhgAAJtMAADZsAgAhkAcABKYJAAAAAAAAAAAAAAAAAA59AgBbfQIAG4MBAAAAAAAAAAAAAAAAAAAAAAAOfQIAW30CAHiCAgCkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMAaUcFALZHBQADSAUAUEgFAJ1IBQDqSAUAdv4AAHPVAwDA1QMADdYDAFrWAwCpQQYAbtkBAOHFAQB2/gAAw/4AABH5CABe+QgAq/kIAHb+AABz1QMAwNUDAA3WAwBa1gMAnqAAAOugAAA4oQAAhaEAANKhAAB2/gAARp0BAPCBAAB2zAIAnqAAAG5zAgClBQIAQb4EAHGgBQCeiwcA7wwAAKwbAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEASooCAFlhAwDB6AoA6ewDADbtAwCD7QMA0O0DAB3uAwBq7gMAt+4DAATvAwBR7wMAnu8DAOvvAwDhxQEAiGYBAFSAAwCAWgEAfRYCAOHFAQAuxgEAe8YBAMjGAQCjhwkA8IcJAFWsCQD3HAYAqUEGAIL3AQDu/wEA7wwAAJyEAQChawoALt8AAIAPBAA/2AkA7wwAAMk7AgBmhAcAs4QHAACFBwBNhQcAmoUHAOeFBwA0hgcAgYYHAM6GBwAbhwcAVawJAF4UCwAEpgkA4cUBAHGgBQAxIwAA4cUBAMBzCgADmQsAeUIAAMZCAABNAAAAavAGAGdEBQAzWgEAkwkKAIIUBwBzhgAAqUEGAOHFAQB2/gAAc9UDAMDVAwAN1gMAWtYDADs2BgC1ogkAP9gJAO8MAADJOwIAdv4AAHPVAwDA1QMADdYDAFrWAwA7NgYAiDYGANU2BgAiNwYAbzcGALw3BgAJOAYAVjgGAIJ6BgA/2AkA7wwAAMk7AgDhxQEAIZAHAASmCQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcAwBNnAMAJG4HAHFuBwC+bgcAC28HAFhvBwClbwcA8m8HAD9wBwCMcAcA2XAHACZxBwBzcQcAwHEHAA1yBwBacgcAp3IHAPRyBwDvDgMAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HAHGgBQC+oAUAC6EFAIL7BwDP+wcAHPwHAGn8BwC2/AcAA/0HAOHFAQDAcwoAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HAFSAAwAQ5gEA7wwAALoyAwAHMwMAEOYBAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwDvDgMAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HAHGgBQC+oAUAC6EFAIL7BwDP+wcAHPwHAGn8BwC2/AcAA/0HAOHFAQDAcwoAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HAO8OAwBBvgQAjr4EANu+BACpQQYA4cUBAHGgBQBEngcAcaAFAL6gBQALoQUAgvsHAM/7BwAc/AcAafwHALb8BwAD/QcA4cUBAMBzCgBBvgQAjr4EANu+BACpQQYA4cUBAHGgBQBEngcAgvcBADC2CwDuTAIA1WYBACJnAQAEpgkAEOYBAJ6gAAAQmQEAFWECAIcMAwDUDAMAIQ0DAG4NAwCCeAMARcgKADeaCwCjgQAA8IEAAOnqAAA26wAAg+sAANDrAAAd7AAAauwAALfsAAAO/gMAW/4DAKj+AwD1/gMAQv8DAI//AwDc/wMAKQAEAHYABADDAAQAgFoBALXQAQDhxQEAwHMKADqRCgCeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DANZDBAAjRAQAcEQEAL1EBAAKRQQAo4EAAPCBAAB2zAIA2bkBAOHFAQBx1gkAPA0AACoqBwB3KgcAxCoHABErBwCVhwIABXsAANm5AQCC9wEA7v8BAN9BAAACOQQATzkEAHOGAADvDAAATQAAAGrwBgC38AYAJtMAAO7/AQAAAAAAo4EAAHOGAADvDAAAyTsCAA2mCABpfQkAJtMAADZsAgDYfAgAJX0IAHJ9CABSewAAIZAHAJl4CQCpQQYA4cUBAMBzCgADmQsAeUIAAHb+AADcTAQAKU0EAOHFAQD6ewcAR3wHAN9BAAACOQQATzkEAHOGAADvDAAA4cUBABWZCQAzrQoAt/AGAOHFAQD6ewcAR3wHAAAAAACjgQAAc4YAAO8MAADJOwIA4cUBAIhmAQBUgAMAhHsDABV6AQCpQQYAHGIHABopAwCVhwIAnqAAAG5zAgC7cwIACHQCAFV0AgCidAIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DAM9KCwBpfQkAJtMAADZsAgA3LAAA66AAADihAACFoQAA0qEAAB+iAACVhwIAnqAAAG5zAgC7cwIACHQCAFV0AgCidAIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DAM9KCwBpfQkAJtMAADZsAgBzhgAAqUEGABxiBwAaKQMANywAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBABiyQQAr8kEAPzJBABJygQAlsoEAOPKBAAwywQAg9QEANDUBACQRAkA3UQJACpFCQB3RQkAxEUJABFGCQBeRgkAq0YJALXQAQB5YQgAxmEIAOHFAQBVrAkA9AoFAPp7BwBHfAcA7wwAADwNAABEngcAgvcBAJ6gAACFVgMA0lYDAB9XAwBsVwMAuVcDAAZYAwBTWAMAoFgDAO1YAwA6WQMAh1kDANRZAwAhWgMAcpIBAL+SAQAMkwEAWZMBAKaTAQAJuQcAVrkHAKO5BwDwuQcAPboHAIq6BwDXugcAJLsHAHG7BwC+uwcAC7wHAFi8BwClvAcA8rwHAD+9BwCMvQcA2b0HACa+BwBzvgcAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAGLJBACvyQQA/MkEAEnKBACWygQA48oEADDLBADihwIAL4gCAOnqAAA26wAAg+sAANDrAAAd7AAAauwAALfsAAAO/gMAW/4DAKj+AwD1/gMAQv8DAI//AwCsGwAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMAFZkJAKiBCAD1gQgAQoIIAI+CCADcgggAKYMIAHaDCADDgwgAEIQIAF2ECACqhAgA94QIAESFCACRhQgA3oUIACuGCAB4hggAxYYIABKHCABfhwgArIcIAPmHCAAajwIAZ48CAE9vCAAhXgkA+VMHAESeBwDfQQAADaYIAMBzCgA6kQoAIfgJALWiCQA/2AkA7wwAANh8CAAlfQgAgl8EAM9fBAAcYAQAvLYEAHHWCQCsGwAA+RsAAEYcAACTHAAA4BwAAC0dAACbwgAAc4YAAPUVAADfQQAA4cUBAFWsCQCbwgAA9eMBAN9BAADhxQEAm8IAAPXjAQDrhwEA4cUBAEdKCQCUSgkA4UoJAC5LCQAVmQkAHv8HAO8MAACchAEAUF8BAG7ZAQCIZgEA4bILAMBzCgA6kQoAIfgJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBACd5AgA6uQIADflCADAcwoAA5kLAHlCAAD6ewcAR3wHAIJfBADPXwQAHGAEALy2BABx1gkArBsAAPkbAABGHAAAkxwAAOAcAAAu3wAAV68JAGcpAwBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAjg0IAEQfCQCRHwkAbtkBAN42BQArNwUAeDcFAMU3BQD1FQAA4cUBAHHWCQCL5AoA2OQKAKUFAgAzWgEAhHsDAElLBgBxoAUARJ4HAN9BAAANpggAaX0JACbTAAA2bAIAtw0MAEG+BACOvgQA274EACi/BAB1vwQAwr8EABI6CABXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAL9HBAAMSAQAWUgEAKZIBADzSAQAcdYJAKwbAAD5GwAARhwAAJMcAABzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBABqPAgBnjwIAT28IAJxvCADpbwgANnAIAINwCADQcAgALsYBAIIUBwDPFAcAHBUHAHGgBQCC9wEA4cUBADKeCQB/ngkAgvcBAO7/AQB6OAIA30EAAGf1AQCC9wEABKYJAOHFAQAbgwEAo4EAAPCBAAB2zAIA2bkBAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMA0WQHAMh9BwDKgAcAF4EHAGSBBwCxgQcA7w4DAEG+BACOvgQA274EAKlBBgDhxQEAcaAFAESeBwBxoAUAvqAFAAuhBQCC+wcAz/sHABz8BwBp/AcAtvwHAAP9BwDhxQEAwHMKAEG+BACOvgQA274EAKlBBgDhxQEAcaAFAESeBwDfQQAAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAD8AEAFzABACpwAQA9sAEAN1GDAAqRwwApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMA7w4DAEG+BACOvgQA274EACi/BAB1vwQAdGcJAKwbAABQlQUA4bILAGdEBQDfQQAAQb4EAHGgBQCeiwcA30EAAEG+BACOvgQA274EACi/BAB1vwQAwr8EAA/ABABcwAQAqcAEAPbABABzhgAAwIYAACbTAAA2bAIAT9EBAEG+BACOvgQA274EACi/BAB1vwQAwr8EAA/ABACa7QkA5+0JADTuCQCB7gkAzu4JABvvCQBo7wkAPA0AACoqBwB3KgcAxCoHABErBwBn9QEAvqAFAAuhBQBYoQUAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCVhwIAQOUHAMCGAAAm0wAANmwCAPUVAABCFgAAYbwGAK68BgD7vAYASL0GAJW9BgDivQYAz/cBAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQAAAAAA4cUBAG7ZAQC72QEAMSMAADEjAAB+IwAAwIYAADC2CwCAWgEAtdABAOHFAQDAcwoAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HAN9BAADhxQEAVawJADEjAADfQQAADaYIAGl9CQDhxQEAwHMKAEG+BACOvgQA274EACi/BAB1vwQAwr8EABI6CADC3AkAnqAAAJ6gAAAAHQUATR0FAJodBQDnHQUAgl8EAOHFAQBVrAkAMSMAAN9BAAANpggAaX0JAHHWCQCsGwAAUJUFAOGyCwBnRAUA30EAAEG+BABxoAUAnosHAOHFAQCj7QgAwIYAACbTAAA2bAIAQ6YCAARyCABRcggAnnIIAOtyCAA4cwgAhXMIAN8RBQAsEgUAeRIFAMYSBQATEwUAYBMFAK0TBQD6EwUARxQFAJQUBQDvKQUAPCoFAIkqBQDWKgUAIysFAHArBQCjgQAAgvcBAIL3AQDu/wEA9RUAAN9BAADhxQEAwHMKADqRCgC+oAUAHv8HAIhmAQDVZgEAImcBAASmCQCVhwIAAAAAAOHFAQDAcwoA0/0BACD+AQBt/gEAX1UKAHHWCQC+1gkAM1oBAEyoBAAFewAAbtkBAIhmAQDhsgsAcdYJAKwbAAD5GwAARhwAAJMcAADgHAAArOsEAOHFAQAuxgEABqkJAFOpCQCgqQkAwHMKAEG+BACOvgQA274EACi/BAB1vwQAwr8EAJWHAgAajwIAZ48CAE9vCABVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAOGyCwBx1gkArBsAAPkbAABGHAAAkxwAAOAcAAB2/gAAAAAAAE0AAACeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAIL3AQD5UwcAA7IKAMoWAgDAhgAA8RUJAD4WCQCC9wEA7v8BAAV7AABSewAAIZAHAAV7AABu2QEAiGYBAOGyCwBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAPCBAAD1FQAABKYJAJWHAgDfQQAAnqAAAE0AAACeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAMSMAADqLAQCHiwEA1IsBAJ6gAAAQmQEAFWECAIcMAwCC9wEA7v8BADsAAgCQrAsA7wwAAKwbAABTjgcAoI4HAO2OBwA6jwcAh48HANSPBwBiyQQAr8kEAPzJBABJygQAlsoEAOPKBAAwywQAQ6YCADwNAAAqKgcAdyoHAMQqBwARKwcA4cUBAKPtCADAhgAAJtMAADZsAgDdRgwAKkcMAHdHDADERwwAEUgMAF5IDACrSAwA+EgMAEVJDACSSQwA30kMACxKDACXJAMA5CQDADElAwB+JQMAyyUDABgmAwBlJgMAsiYDALWiCQA/2AkA7wwAAG7ZAQDeNgUAKzcFAHg3BQDFNwUAEjgFAHRnCQD5aAAAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAAV7AAAxIwAAfRYCAA9aBQBykgEA7wwAADcsAAAQmQEAFWECAIcMAwDUDAMAIQ0DAG4NAwC7DQMACA4DAFUOAwAVyQQAwIYAACbTAAA2bAIA9RUAAI68AQCrWwIA+FsCAEVcAgCSXAIA+VMHADEjAACC9wEA7v8BAN9BAAACOQQATzkEAHOGAADvDAAArBsAALMzAQAANAEATTQBAFzdCQCp3QkA9t0JAOHFAQB2/gAA3EwEAASmCQDhxQEAR0oJAJRKCQDhSgkALksJAG7ZAQBTKgsAVawJAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQBXRQQApEUEAJBECQDdRAkAKkUJAHdFCQDERQkAEUYJAF5GCQCrRgkA+EYJAEVHCQCj7QgA7wwAAMk7AgAWPAIAbtkBAIhmAQBUgAMAGikDAArdAQCZeAkAwHMKADqRCgAh+AkA9x4JAE0AAABSewAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAOKHAgAviAIA6eoAADbrAACD6wAA0OsAAB3sAABq7AAAt+wAAG7ZAQBxoAUAcaAFAN9BAADvDAAAyTsCAAI5BADeuQkA3DcLAOHFAQAuxgEAgvcBAPlTBwB2/gAA4cUBABuDAQAu3wAAlYcCAEqKAgDroAAAOKEAAIWhAADSoQAAH6IAAGyiAAC1ogkAAqMJAE+jCQCcowkA+nsHAPEVCQA+FgkA4cUBAHGgBQBEngcA30EAAOHFAQBxoAUAMSMAAOHFAQBVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAOGyCwBu2QEA3jYFACs3BQB4NwUAxTcFABI4BQB0ZwkA4cUBAMBzCgA6kQoAIfgJAMBzCgAFewAAypkGAH0WAgDhxQEAwHMKAF4UCwAEpgkA4cUBAHGgBQAxIwAA4cUBAMBzCgADmQsAeUIAAMZCAAATQwAAc4YAAKlBBgDhxQEAbtkBAN42BQArNwUAeDcFAMU3BQASOAUAiGYBAAV7AADrhwEAyTsCAEG+BACeoAAA7wwAAKwbAAAFewAA1CUCAJ6gAAAhkAcAFu8BAAJxCwBPcQsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA7wwAABbvAQAGdwsAU3cLABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAAAAAABNAAAAavAGAJQYCwDvDAAArBsAAAV7AADUJQIAnqAAACGQBwBNAAAAeOgBABbvAQACcQsAT3ELAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAO8MAAAW7wEABncLAFN3CwAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBADAhgAAJtMAADZsAgCVhwIA30EAAAI5BADeuQkAuSMCAO8MAABNAAAAHv8HAIL3AQDfQQAAlYcCAN9BAAACOQQA3rkJALkjAgDvDAAATQAAAB7/BwCC9wEA30EAAJWHAgBA5QcAwIYAACbTAAA2bAIAiGYBAFSAAwCBaQIAM1oBAIBaAQC10AEAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAGVDCACsGwAA+RsAACbTAAA2bAIAEOYBAF3mAQACOQQA3rkJALkjAgDvDAAATQAAAB7/BwCC9wEA30EAABbvAQAGdwsAU3cLABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAN1GDAAqRwwApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAo+0IAMCGAAAm0wAANmwCAB1tAgBucwIAzLkLABm6CwBmugsAs7oLAAC7CwBNuwsAmrsLAOe7CwBA4wQAjeMEANrjBAAn5AQAdOQEAMHkBAAO5QQAlYcCAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMA7w4DAEG+BACOvgQA274EACi/BAB1vwQAwr8EABI6CABXRQQAbnMCAMy5CwAZugsAZroLALO6CwAAuwsATbsLAJq7CwDnuwsASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDAN9BAABBvgQAjr4EANu+BAAovwQAdb8EAMK/BAAPwAQAXMAEAKnABAD2wAQAGo8CAHOGAACbwgAAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBADAhgAAJtMAADZsAgCeiwcAQhYAABOvCABgrwgABXsAAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQDhsgsAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDvDAAA+WgAAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQDhsgsAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQAajwIAZ48CAE9vCABVrAkAypkGAFSAAwCBaQIAZM4HAEdKCQCUSgkAE68IAGCvCADvDAAA4cUBAC7GAQAGqQkAU6kJAKCpCQDtqQkA9x4JAEQfCQCRHwkABKYJAHGgBQBEngcAgvcBAOHFAQBXRQQA66AAAKOBAADvDAAAyTsCAA2mCADhxQEAR0oJAJRKCQATrwgAYK8IAFWsCQCBaQIAzmkCADNaAQDuTAIABXsAAG7ZAQCIZgEAcaAFAJ6gAACeoAAAAB0FAE0dBQCaHQUA5x0FAIJfBADhxQEAm8IAACGQBwAzWgEA7kwCAOGyCwCj7QgA7wwAAMk7AgAWPAIAbtkBAIhmAQBUgAMAGikDAArdAQAzWgEAgFoBALXQAQDhxQEAVawJAPQKBQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAO8OAwA8DwMAiQ8DANYPAwC6MgMABzMDADs2BgCINgYA1TYGACI3BgBvNwYAvDcGAMBzCgCeoAAATQAAAAAAAAAzWgEATQAAAOHFAQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAO8OAwA8DwMAiQ8DAMBzCgADmQsAeUIAALWiCQA/2AkA7wwAAMk7AgDAcwoAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAEjoIAF86CACsOggAYscBADNaAQCC9wEA7v8BAHGgBQC+oAUAC6EFAFihBQDhxQEAwHMKAJ6gAABNAAAA4cUBAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMAm8IAADNaAQBMqAQALEIAAOHFAQC1ogkAP9gJAO8MAADJOwIA4cUBAKlBBgD2QQYA3DcLAN9BAABBvgQAgWkCAGTOBwBx1gkArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAgQMDAM4DAwAbBAMAo4EAAPCBAADp6gAAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAOGyCwBxoAUAgvcBAOHFAQAyngkAEgYHAHOGAADvDAAA4cUBAEdKCQCUSgkA4UoJAC5LCQDW2wEAfRwLAOzOCQAaKQMAqUEGAO8MAADhxQEAcdYJAKwbAAD5GwAARhwAAJMcAADgHAAALR0AAIEDAwDOAwMAGwQDAKOBAADwgQAA6eoAAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQDhsgsAcaAFAIL3AQDhxQEAMp4JABIGBwBzhgAA7wwAAOHFAQBHSgkAlEoJAOFKCQAuSwkA1tsBAH0cCwDszgkAGikDAOHFAQBx1gkArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAgQMDAM4DAwAbBAMAo4EAAPCBAADp6gAAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAOGyCwBxoAUAgvcBAOHFAQAyngkAEgYHAHOGAADvDAAA4cUBAEdKCQCUSgkA4UoJAC5LCQDW2wEAfRwLAOzOCQAaKQMAAAAAAAV7AADKmQYAF5oGAFSAAwCVhwIAgvcBADC2CwCAWgEAtdABAHlhCADAhgAAJtMAADZsAgAajwIAZ48CAE9vCACcbwgArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAVawJAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQBzhgAAdv4AAJ6gAABucwIAUnsAACGQBwCZeAkA7wwAAKwbAAD5GwAARhwAAJMcAADgHAAA7v8BAMCGAAAm0wAANmwCAHKSAQDvDAAAlYcCAEOmAgAEcggAUXIIAJ5yCADrcggAOHMIAIVzCABfVQoASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDAJ3kCADq5AgAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAEjoIAMBzCgA6kQoAqUEGAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA/4wCAAOZCwB5QgAAugQLAAcFCwD3HgkAAlYJAE9WCQBHSgkAlEoJAI8WAABVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAOGyCwBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAFWsCQClBQIAtmQKAAOZCwAzWgEAGikDAGcpAwB2/gAAw/4AAHb+AABJSwYA9RUAAIhmAQBUgAMAoYADAOfpAwCeoAAAFu8BAAZ3CwBTdwsAFWECAIcMAwDUDAMAIQ0DAG4NAwC7DQMACA4DAFUOAwAVyQQAwIYAACbTAAA2bAIAEokLAKwbAAD5GwAARhwAAJMcAADgHAAAqUEGAHOGAAAFewAA9xwGAJWHAgASBgcAm8IAAPUVAACVhwIAIZAHAD/YCQDvDAAAyTsCAIhmAQDVZgEAG7sIAGi7CAC1uwgAArwIAGrwBgC38AYAJtMAADZsAgB2/gAA3EwEANQlAgB9FgIAyhYCAKlBBgDhxQEAMp4JAHOGAAAFewAAtaIJAAKjCQBPowkAnKMJAOmjCQA2pAkAg6QJANCkCQD3UgoAXhQLAKlBBgDhxQEA9x4JAAJWCQBPVgkAOqoJAH+eCQAaKQMA+WgAAG7ZAQCIZgEA4bILAKlBBgDhxQEAo4EAAPCBAADfQQAAQb4EAO5MAgDhxQEAwHMKAEG+BACOvgQA274EAKlBBgDhxQEA+nsHAEd8BwDfQQAAAjkEACGQBwA/2AkA7wwAAMk7AgAWPAIAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAJ6gAAAAAAAAiGYBAJWHAgAajwIAZ48CAE9vCAC1ogkAP9gJAO8MAADJOwIA7wwAAOHFAQBVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAOGyCwD3HgkARB8JAJEfCQD/KgkATCsJAJkrCQAVmQkAHv8HAGv/BwDihwIAL4gCAOnqAAA26wAAg+sAANDrAAAd7AAAauwAALfsAAAO/gMAgvcBAO7/AQAFewAApQUCAA2mCABx1gkArBsAAO8MAACchAEAUF8BAHGgBQCIZgEAiGYBAOHFAQC1ogkAP9gJAO8MAADJOwIALt8AAFevCQAAnAMAwHMKAAI5BABPOQQAc4YAAKlBBgDhxQEALsYBAAapCQCC9wEA4cUBAAAAAACjgQAAc4YAAMCGAAAEpgkA4cUBAC7GAQB7xgEAyMYBABXHAQD1FQAAQhYAABOvCABgrwgA7wwAADEjAAA6iwEAh4sBANSLAQBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAEqKAgBZYQMAkEQJAN1ECQAqRQkAd0UJAMRFCQARRgkAXkYJAKtGCQD6ewcAR3wHAAV7AABSewAAIZAHAOHFAQBVrAkAXhQLAASmCQDhxQEAV0UEAKRFBADxRQQAN00LAIRNCwBSewAAoWkHAOHFAQAVmQkAHv8HADNaAQCAWgEApQUCAO8MAACVhwIAGo8CAGePAgBPbwgAnG8IAKwbAAD5GwAARhwAAJMcAADgHAAArOsEAOHFAQBVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAOGyCwAuxgEABqkJAIL3AQDhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMA7wwAAKwbAAD5GwAARhwAAJMcAADgHAAArOsEAPnrBAD5GwAAJtMAADZsAgCsGwAA+RsAACbTAAA2bAIA3UYMACpHDACmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDABDmAQCC9wEA7v8BADsAAgCQrAsA7wwAAKwbAABu+AkAigMCAI2xBgDasQYA4cUBAHHWCQCsGwAA+RsAAEYcAACTHAAAnqAAAH0WAgAhkAcAP9gJAESeBwDvDAAArBsAABDmAQCpQQYAgvcBADC2CwCBaQIAZM4HALHOBwAW7wEAAnELAMCGAAAm0wAANmwCAFaHCQAW7wEA9RUAAHOGAADfQQAAm8IAAHGgBQCC9wEAfRYCAMoWAgDAhgAAJtMAADZsAgDdRgwAKkcMAJwkCwDpJAsANiULAAAAAAAAAAAAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCVhwIASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwDAcwoAA5kLAHlCAACj7QgA8O0IAKlBBgBNAAAAHv8HADNaAQCAWgEA30EAAOHFAQCjgQAAgvcBAIhmAQCVhwIAbAgAACGQBwBukAcAu5AHAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBACd5AgA6uQIADflCADAcwoAA5kLAHlCAACh5gIAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcAMp4JAPZBBgBzhgAAdv4AAMP+AACh5gIAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcAMp4JAPZBBgBzhgAAdv4AAMP+AAAQ/wAA4cUBAPp7BwDxFQkAPhYJAPUVAAB2zAIAgFoBALXQAQBzhgAAwIYAAHb+AAAVegEAGikDAJyEAQBQXwEAcaAFAJ6LBwDhxQEAMp4JAHOGAAD1FQAAdswCAHOGAACpQQYA4cUBAJvCAAAhkAcAM1oBAO5MAgDhsgsAwHMKAAI5BAAEpgkAM1oBAIBaAQC10AEA4cUBAMBzCgA6kQoAIfgJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBACd5AgA6uQIADflCADAcwoAA5kLAHlCAACh5gIAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcAMp4JAPZBBgBzhgAAdv4AAMP+AAAyngkALdgLAHrYCwDH2AsAFNkLAGHZCwCu2QsAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEACbXBgBxoAUAnqAAAH0WAgDKFgIAwIYAAO7/AQCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAbloDAB2lCQBqpQkAt6UJAGURCgAhkAcAM1oBAO5MAgDhsgsALsYBAH4jAADfQQAAnqAAACGQBwAzWgEAgFoBALXQAQDhxQEAcdYJAKwbAAD5GwAARhwAAJMcAADgHAAALR0AAFWsCQDcNwsAM1oBAOHFAQCBaQIAZM4HALHOBwB0ZwkAUF8BAHGgBQAzWgEA7kwCAOGyCwD1FQAAQhYAAKkkAQAxIwAABqkJAFOpCQCgqQkA7akJAM47CgDAhgAAJtMAADZsAgAbgwEAsKYHAP2mBwBKpwcAl6cHAOSnBwAxqAcAAAAAAA59AgBbfQIAR0oJAJRKCQCPFgAA6yMFADgkBQCYtggA5bYIADK3CAAuxgEAghQHAM8UBwAcFQcAcaAFAIL3AQDhxQEAMp4JAH+eCQCC9wEA7v8BAHo4AgDfQQAAZ/UBAIL3AQCj7QgA8O0IAD3uCACK7ggA1+4IAAAAAACBaQIAzmkCANQlAgAAAAAAgvcBAPEVCQA+FgkAAAAAAKlBBgASBgcAXwYHAKwGBwD5BgcARgcHAPouBwBHLwcAlC8HAOEvBwCeoAAAfRYCAMoWAgDfQQAA9RUAAEIWAACpJAEAMSMAAAapCQBTqQkAoKkJAO2pCQDOOwoAwIYAACbTAAA2bAIAFu8BABKJCwA8DQAAKioHAHtLCQCCFAcA1JEKAJgYAgDhxQEAVawJAPQKBQCBaQIAzmkCABtqAgBUgAMAqUEGAOHFAQAyngkAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcAo+0IAPDtCACBaQIAM1oBAIL3AQD5UwcAnosHAHb+AABJSwYA9RUAAJvCAABxoAUAgvcBAH0WAgBldwkAgFoBALXQAQDhxQEAV0UEAKRFBADxRQQAN00LAIRNCwDRTQsAHk4LAGtOCwC4TgsA4cUBAPp7BwDxFQkAPhYJAIsWCQDYFgkAJRcJAHIXCQBx1gkAi+QKAAI5BADeuQkApQUCAA2mCAC10AEA4cUBAPceCQACVgkAT1YJAKPtCAAzWgEATKgEACxCAAB5QgAAugQLAOHFAQBHSgkAlEoJAOFKCQAuSwkA+nsHAPEVCQA+FgkA9RUAAHbMAgCAWgEAtdABAOHFAQBxoAUAgvcBAOHFAQB2/gAAFXoBABopAwA3LAAAEJkBABVhAgAxIwAAghQHALXQAQCjgQAAgvcBAO7/AQCC9wEA7v8BAAV7AAClBQIADaYIADKeCQASBgcAXwYHAKwGBwD5BgcARgcHANRCBwAVmQkA+CcBAEUoAQCBaQIAM1oBAKlBBgBzhgAAcaAFAHGgBQDfQQAAiGYBAOGyCwDvDAAAnIQBAOHFAQAyngkAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcAR0oJAJRKCQDhSgkALksJAHtLCQDISwkAFUwJAGJMCQAyngkAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcAo+0IAPDtCACpQQYATQAAAB7/BwAzWgEAgFoBAGdEBQC0RAUAAUUFAE5FBQCbRQUA6EUFADVGBQCCRgUAz0YFABxHBQAzWgEABXsAAMqZBgDhxQEAwHMKAJ6gAABNAAAAlYcCAH8fCwDhxQEARcgKADeaCwBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQALt8AAAAAAAAAnAMA9A4LAAapCQCC9wEA30EAAEG+BACBaQIAZM4HAFCVBQAEpgkA4cUBAPp7BwBHfAcAlHwHAOF8BwAufQcAe30HAOHFAQD3HgkASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwBuWgMAZ0QFALREBQABRQUATkUFAJtFBQDoRQUANUYFAIJGBQDPRgUAHEcFABqPAgBnjwIAGt4FAEXICgBzhgAAszMBAOzOCQAaKQMAyTsCAEG+BACAWgEAtdABAOHFAQAyngkAEgYHAHb+AADcTAQAM1oBAIL3AQDu/wEAOwACAJCsCwDvDAAArBsAABuDAQDfQQAAnqAAAE0AAACVhwIAAAAAAIhmAQDvDAAAlYcCAAAAAACjgQAA8IEAAHbMAgDZuQEAlYcCAAAAAABu2QEAiGYBAOGyCwDAcwoAOpEKACH4CQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAneQIAOrkCAA35QgAwHMKAJ6gAABNAAAAlYcCAAAAAACIZgEA7wwAAJWHAgAAAAAAcdYJAJyEAQDphAEAlYcCAAAAAAD1FQAA9RUAAHOGAABnRAUA30EAAEG+BABxoAUAnosHAOHFAQD6ewcAR3wHAJR8BwDhfAcALn0HAHt9BwAAAAAA30EAAN9BAABNAAAAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAAgUDAAe/wcAa/8HALj/BwAu3wAAgA8EAD/YCQDvDAAAyTsCAKFrCgD6ewcAR3wHAAV7AABSewAAIZAHAOHFAQAyngkA9kEGANlZCwAmWgsAbtkBAAV7AADrhwEArBsAAHHWCQCsGwAA+RsAAEYcAACTHAAA4BwAAC0dAABVrAkApQUCAKOBAACIZgEAqUEGAOHFAQBHSgkAlEoJAOFKCQAuSwkAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAJ3kCADq5AgAN+UIAIL3AQDu/wEAOwACAJCsCwDvDAAArBsAAHOGAADAhgAAJtMAADZsAgBzhgAAwIYAACbTAAAK4QcAV+EHAI8WAAAAAAAAAAAAAAAAAAAOfQIAW30CAHiCAgCkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMAaUcFALZHBQADSAUAUEgFAJ1IBQDqSAUAAAAAAAAAAAAOfQIAW30CAHiCAgCkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMAaUcFALZHBQADSAUAUEgFAJ1IBQDqSAUAm8IAADNaAQCAWgEAc4YAAMCGAAAm0wAANmwCAAAAAAAAAAAAAAAAAAAAAAAAAAAA9RUAAHOGAADfQQAAFu8BAAZ3CwBTdwsAFWECAIcMAwDUDAMAIQ0DAG4NAwDPSgsAHEsLAGlLCwC2SwsAA0wLAFBMCwCdTAsA6kwLAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMALt8AAHGgBQDvDAAA4cUBAKPtCADAhgAAJtMAADZsAgAAAAAAAAAAAAAAAAANpggAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAM41AQAbNgEAAAAAAAAAAAAAAAAAszMBAOzOCQBxoAUAnosHAOHFAQD6ewcAR3wHAJR8BwDhfAcALn0HAAAAAABzhgAAwIYAAG7ZAQAzWgEAgFoBAJgYAgAt2AsA8IEAALXQAQDvDAAA+WgAAHi0AAAxIwAAbtkBAAV7AAB4tAAA4cUBAFWsCQBu2QEAtdABAHlhCABQlQUA4bILACGQBwD1FQAAc4YAALMzAQDszgkAAAAAAPUVAADhxQEA+nsHAEd8BwAhkAcAo4EAAO8MAAD5aAAA9xwGAO8MAACchAEAUF8BAHGgBQCeiwcAc4YAAPp7BwAwtgsAkwkKAIIUBwCjgQAA30EAAAV7AAClBQIAAAAAAHGgBQDhxQEA+nsHAEd8BwB6OAIAxzgCAO8MAAD5aAAA9xwGAPUVAABCFgAAlYcCAEDlBwCN5QcA2uUHACfmBwB05gcAweYHAA7nBwBb5wcAqOcHAPXnBwBC6AcAc4YAAGdEBQC0RAUAAUUFAE5FBQCbRQUA6EUFADVGBQCCRgUAz0YFABxHBQAuxgEAe8YBAMjGAQAVxwEAIYwBAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMAJtcGABqPAgBnjwIAT28IAJxvCADpbwgANnAIAINwCADQcAgALsYBAIIUBwDPFAcAHBUHAHGgBQCC9wEA4cUBADKeCQB/ngkAgvcBAO7/AQB6OAIA30EAAGf1AQCC9wEAc9cGAMDXBgAN2AYAWtgGAKfYBgD02AYAQdkGAI7ZBgDb2QYAKNoGAHXaBgDC2gYAD9sGAFzbBgCp2wYA9tsGAEPcBgC38AYAz/cBAKUFAgBBvgQAcaAFAJ6LBwCKAwIAypkGAOGyCwDAhgAAJtMAADZsAgBxoAUAcaAFAIhmAQDhxQEAwHMKAEG+BACOvgQA274EAKlBBgDhxQEAcaAFAESeBwDfQQAA4cUBAJvCAAAhkAcAM1oBAO5MAgDhsgsAm8IAAPXjAQAzWgEATKgEAEG+BACAWgEAtdABAOHFAQAuxgEABqkJAIL3AQDhxQEAVawJAF4UCwCrFAsAcaAFAL6gBQALoQUAWKEFAOHFAQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwD3HgkAAlYJAE9WCQBHSgkAlEoJAOFKCQAuSwkAVawJAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQDhsgsAj+QBANzkAQD6ewcAR3wHAAAAAACjgQAAc4YAAO8MAADJOwIA4cUBAMBzCgBBvgQAjr4EANu+BACpQQYA4cUBAHGgBQBEngcA30EAAOHFAQBVrAkAMSMAAN9BAAANpggAaX0JAPUVAABzhgAAszMBAJWHAgD/jAIAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAEjoIAFWsCQBSewAAAAAAAKOBAAAzWgEAgvcBADC2CwCAWgEAtdABAOHFAQBVrAkA9AoFAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAOGyCwDAhgAAJtMAADZsAgC3DQwAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAbioIALsqCAAIKwgAVSsIAKIrCADvKwgAPCwIAIksCADWLAgAIy0IAHAtCAAu3wAAm8IAAPXjAQAzWgEATKgEAOnRAQCC9wEA7v8BAAV7AAClBQIADaYIAFJ7AAAAAAAAo4EAADNaAQCC9wEA7v8BAHKSAQCpQQYAbtkBAJ6gAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAcaAFAG7ZAQDfQQAABXsAADNaAQCAWgEA4cUBAHKSAQCpQQYAbtkBAJ6gAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMA4cUBAKPtCAB9HAsAADQBAE00AQBc3QkAqd0JAPbdCQBD3gkAkN4JAJvCAAAhkAcAmXgJAPUVAADhxQEAwHMKAAI5BAAEpgkAM1oBAIBaAQC10AEA4cUBAMBzCgA6kQoAIfgJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEAO8MAADhxQEAV0UEAKRFBACQRAkA3UQJACpFCQB3RQkAxEUJABFGCQBeRgkAq0YJAPhGCQBFRwkAVawJAFJ7AAAAAAAAo4EAADNaAQCC9wEA7v8BAIJfBADhxQEALsYBAIL3AQD5UwcAdv4AAOHFAQDAcwoAA5kLAHlCAACjgQAA8IEAAIE7CgDOOwoAwIYAAIhmAQAEpgkAM1oBAIBaAQC10AEA4cUBADKeCQD2QQYA2VkLACZaCwBu2QEABXsAAOuHAQCsGwAAVawJAFJ7AAAAAAAAo4EAADNaAQCC9wEA7v8BAFWsCQD0CgUA+nsHAEd8BwDvDAAAPA0AAESeBwCC9wEAnqAAAHOGAAAuxgEAgvcBAPlTBwB2/gAA4cUBAPceCQBMqAQA7wwAAOHFAQAVmQkA+CcBADC2CwCEewMA3EwEANQlAgAEpgkA4cUBAC7GAQB7xgEAUnsAAKFpBwBn9QEAgvcBAASmCQDhxQEAcaAFAIL3AQDhxQEAcdYJADwNAABEngcAgvcBAJ6gAABzhgAA30EAAAV7AAD3HAYAqUEGAIL3AQAwtgsAgFoBADEjAAAGqQkA4cUBAKPtCADw7QgAPe4IAKkkAQAxIwAABqkJAFOpCQCgqQkA7akJAAV7AAAzWgEAEOYBAAV7AACsVQoAJKIIAHGiCACAWgEANvEJAAI5BADeuQkAuSMCAO8MAACIZgEABXsAAKUFAgANpggAtaIJAD/YCQDvDAAAyTsCAOHFAQBHSgkAigMCANcDAgAkBAIAjxYAAOsjBQA4JAUAmLYIAOW2CAAytwgAf7cIAMy3CAAZuAgArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAdv4AABV6AQAaKQMAbtkBAFMqCwAhkAcABXsAAIFpAgAzWgEAgFoBAA10CgBapggAp6YIAPSmCABBpwgAjqcIANunCAAoqAgAdagIAMKoCAAPqQgAXKkIAKmpCAD2qQgAf54JAGliBwC2YgcAA2MHAKOBAACpQQYA+nsHAEd8BwAFewAA9xwGAOHFAQCjgQAAqUEGAAAAAABxoAUA4cUBAMBzCgBBvgQAjr4EANu+BAAovwQAdb8EACGQBwBNAAAAEOYBAPUVAABzhgAA30EAAJvCAABxoAUAgvcBAH0WAgAQ5gEAtdABAHlhCADGYQgAE2IIAGBiCACtYggA+mIIAO7/AQDvDAAAnIQBAKwbAADvDAAAlYcCALXQAQB5YQgAxmEIABNiCABgYggArWIIAPpiCABHYwgAlGMIAOFjCAAuZAgAe2QIAC7GAQAGqQkAgvcBAHGgBQCC9wEA4cUBAHHWCQCsGwAA+RsAAEYcAAAzWgEAnqAAAHOGAABHSgkAlEoJAOFKCQAuSwkAfRYCAOMZCABCFgAAm8IAACGQBwA/2AkA7wwAAMk7AgANpggAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAIUkBQDSJAUAHyUFAGwlBQC5JQUABiYFAFWsCQD3HAYAqUEGAIL3AQDu/wEA7wwAAJyEAQDhxQEALsYBAAapCQBTqQkAoKkJAL6gBQALoQUAWKEFAOHFAQDAcwoAnqAAAE0AAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAVQ4DAKIOAwDvDgMAPA8DAAV7AAAzWgEAc4YAAMCGAAAm0wAANmwCABuDAQCwpgcA/aYHAEqnBwCXpwcA5KcHADGoBwBzhgAAdv4AAE0AAAAe/wcAgvcBAM/3AQDUJQIABKYJAOHFAQAuxgEAe8YBAMjGAQCjhwkA8IcJAPceCQBEHwkAkR8JAEdKCQCKAwIA1wMCACQEAgD6ewcAR3wHAO8MAAA8DQAAiGYBAKOBAADfQQAAQb4EAHGgBQCpQQYAc4YAAPUVAACKAwIA1wMCACQEAgBHSgkAlEoJAIL3AQDhxQEAcdYJAKwbAAD5GwAARhwAAPUVAACKAwIA1wMCACQEAgAVmQkA+CcBAEUoAQCBaQIAM1oBAKlBBgBzhgAAnqAAACGQBwDhxQEAtaIJAD/YCQDvDAAAyTsCAOHFAQD3HgkAAlYJAE9WCQB9FgIA4xkIAEIWAACbwgAAcaAFAAOyCgCjgQAATQAAAOHFAQAuxgEAe8YBAMjGAQCjhwkA8IcJABXHAQB2zAIAcaAFABbvAQAGdwsAIZAHAAV7AABeFAsA9RUAAHOGAABQlQUA7wwAABbvAQB0ggsAwYILAIL3AQDu/wEA7wwAADwNAACIZgEAgWkCAGTOBwCpQQYA9kEGAPccBgCpQQYAgvcBAO7/AQDvDAAAnIQBAKwbAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAlYcCABqPAgCKAwIA1wMCACQEAgBjjQgAsI0IAP2NCABKjggAl44IAOSOCAAxjwgAfo8IAMuPCAAYkAgAZZAIALKQCAD/kAgATJEIAJmRCADmkQgAM5IIAICSCADhxQEALt8AAFevCQA8DQAAKioHAHcqBwDEKgcAESsHACzHBwAS1AgAX9QIAKzUCABpfQkAJtMAADZsAgCj7QgA7wwAAMk7AgAWPAIAbtkBAIhmAQBUgAMAGikDAArdAQDhxQEAVawJAPQKBQBHSgkAc4YAAJvCAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAlYcCABuDAQCwpgcA/aYHAEqnBwCXpwcA5KcHADGoBwB+qAcAy6gHAByvBwAAAAAAAAAAAAAAAABttQcAurUHAAe2BwBUtgcAobYHAO62BwA7twcAiLcHAAAAAAAAAAAA1bcHACK4BwBvuAcAgngDAAZzBQBTcwUALsYBAAapCQBTqQkAoKkJAJWHAgBuWgMAu1oDAAk8DABWPAwAozwMAPA8DAAFewAAbtkBAIhmAQDhsgsALsYBAIIUBwDPFAcAHBUHAEdKCQCUSgkA4UoJAC5LCQB7SwkAyEsJABVMCQBiTAkAc4YAAPUVAABCFgAAc4YAAPUVAAD1FQAAQhYAAHOGAAD1FQAA30EAAJWHAgAajwIAZ48CAE9vCACcbwgA6W8IADZwCACDcAgA0HAIAC7GAQCCFAcAzxQHABwVBwBxoAUAgvcBAOHFAQAyngkAf54JAIL3AQDu/wEAejgCAN9BAABn9QEAgvcBAASmCQDhxQEARcgKAJWHAgCpQQYALdgLAIhmAQDhsgsA9RUAAEIWAACpJAEAMSMAAAapCQBTqQkAoKkJAO2pCQDOOwoAwIYAACbTAAA2bAIAGo8CAGePAgBPbwgAdv4AAMP+AAAR+QgAXvkIAKv5CAD4+QgAR0oJAIoDAgDXAwIAJAQCAKlBBgAajwIAZ48CAE9vCAB2/gAAw/4AABH5CABe+QgAq/kIAPj5CABHSgkAigMCANcDAgAkBAIAqUEGAHb+AADD/gAAEfkIAF75CACr+QgA+PkIABWZCQBimQkAUnsAAH0WAgAPWgUArFUKAHlhCACIZgEA1WYBAN/2AgAs9wIA4cUBAKOBAACC9wEAiGYBAPp7BwBHfAcA7wwAADwNAACIZgEAgWkCAGTOBwD3HgkAhHsDANF7AwAefAMAa3wDALh8AwDhxQEAo+0IAPDtCADfQQAAAjkEAASmCQDhxQEALsYBAAapCQCC9wEA4cUBABWZCQBimQkAUnsAAH0WAgAPWgUArFUKAHlhCACjgQAA8IEAAN9BAABBvgQAjr4EANu+BABzhgAAwIYAACbTAAA2bAIAiGYBANVmAQDf9gIALPcCAOHFAQBx1gkAvtYJAJ6gAAAhkAcA4cUBAC7GAQCCFAcAzxQHABwVBwBFyAoAksgKALXQAQB5YQgAdv4AAOHFAQAzWgEAgFoBAOHFAQBVrAkAXhQLAASmCQDhxQEAcaAFADEjAADhxQEAwHMKAAOZCwB5QgAAxkIAADwNAABEngcAgvcBAJ6gAABzhgAAiGYBANVmAQCeoAAAbnMCAK9MCQD8TAkABKYJAOHFAQD3HgkARB8JAEH2CwCO9gsA2/YLACj3CwB19wsA4bILAKlBBgDhxQEAtdABAHlhCAB2/gAAwHMKAAOZCwB5QgAAtdABAHlhCAB2/gAA7wwAAOHFAQBVrAkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBADKeCQCC9wEAMLYLAIFpAgBkzgcAsc4HAOHFAQAuxgEABqkJAFOpCQCgqQkA7akJAC7GAQAGqQkAgvcBAOHFAQBykgEAqUEGAG7ZAQCeoAAA9RUAAEIWAACpJAEAMSMAAAapCQBTqQkAoKkJAO2pCQDOOwoAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAJ6gAADroAAA2i4CACcvAgB0LwIAqUEGAHOGAAAxIwAAMSMAAAapCQBTqQkAoKkJAO2pCQDOOwoAwIYAACbTAAA2bAIAoqwJAN9BAABBvgQAkwkKADqLAQBSewAAoWkHAKOBAACC9wEAwHMKADqRCgAh+AkALsYBAIIUBwDUkQoAmBgCAJUhAwDiIQMALyIDAHwiAwDJIgMAFiMDAGMjAwCwIwMAbtkBAFMqCwD6ewcAR3wHAO8MAAA8DQAAiGYBAIFpAgBkzgcAqUEGAJWHAgD1FQAAQhYAAKkkAQCJ2wEAhOUIANHlCAAe5ggAa+YIAMqZBgAXmgYAZJoGAMBzCgA6kQoAIfgJAKOBAADwgQAAgTsKAM47CgAbPAoAaDwKALU8CgACPQoATz0KAJw9CgAuxgEAkKwLAPCBAABBjgkA30EAAEG+BABxoAUAnosHAN9BAAANpggA9RUAAO8MAABQXwEAcaAFAJ6LBwAaKQMAZykDAPp7BwBHfAcAAAAAAKOBAAAzWgEAgvcBAO7/AQAyngkAgvcBADC2CwCBaQIAZM4HAOHFAQAu3wAA6dEBADbSAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAJWHAgD6ewcAR3wHAAAAAACjgQAAM1oBAIL3AQDu/wEAgl8EAOHFAQB2/gAAw/4AABH5CABe+QgAq/kIAPj5CAAVmQkA+CcBAEUoAQCBaQIAM1oBAKlBBgBzhgAA7wwAAOHFAQAVmQkAYpkJAFJ7AAB9FgIAD1oFAKxVCgB5YQgA7wwAAE0AAABq8AYAZ0QFADEjAAA6iwEAh4sBANSLAQBFyAoA7wwAAMk7AgANpggAWqYIAElLBgCzMwEA7M4JAJWHAgC10AEAdv4AAElLBgD1FQAA30EAAAV7AAClBQIAQb4EAHGgBQCeiwcA4cUBAC7GAQB7xgEAeLQAAIhmAQDvDAAArBsAAJFsCQAkoggAbtkBAN42BQClBQIABXsAAMqZBgDhxQEAo+0IAMCGAAAm0wAANmwCAMqZBgCVhwIAfRYCAGV3CQCydwkA/3cJAEx4CQAzWgEA7kwCADtNAgCITQIAc4YAAAV7AADcNwsA4cUBAHGgBQBEngcA30EAAOHFAQBxoAUAMSMAAOHFAQB2/gAASUsGAJZLBgDD/gAAgvcBAMCGAAB2/gAAFXoBAGJ6AQCKAwIAjbEGAA2mCACpQQYA4cUBAG7ZAQAEpgkA4cUBAFWsCQBeFAsAQhYAAKkkAQAsQgAAeUIAALoECwDhxQEAFZkJAPgnAQBFKAEAN8wJAITMCQDRzAkAtdABAALRAQBxoAUAA7IKAKOHCQDwhwkA7wwAAHRnCQDbQQkAKEIJAOHFAQAuxgEAe8YBAOJyCQAvcwkAfHMJAMlzCQAWdAkAY3QJALB0CQD9dAkAFZkJAGKZCQDUJQIAdGcJAKwbAACj7QgAwIYAACbTAAA2bAIAnqAAAG5zAgDMuQsAtdABACGQBwBukAcA9x4JAEQfCQCRHwkA/yoJAEwrCQBQmQsA7v8BAAV7AAD3HAYA4cUBAAAAAAARkwkA4cUBACGQBwAFewAAXhQLAKlBBgCIZgEA4bILAKlBBgCj7QgAfRwLAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBABbvAQCVhwIATQAAAJoAAACSqQIA36kCACyqAgDH0gIAFNMCAGHTAgCu0wIA+9MCAFWsCQClBQIAVawJAKUFAgAAAAAAS50JAOHFAQCpQQYAHGIHAPiuCwBFrwsAkq8LAN+vCwCVhwIAbtkBAASmCQDfQQAADaYIAEqKAgAhkAcABXsAANQlAgAhkAcABXsAAOuHAQDhxQEALsYBAHvGAQDIxgEAFccBAMCGAAAm0wAANmwCAAAAAAD1FQAA30EAAAV7AADZuQEA4cUBAKPtCADAhgAAJtMAADZsAgBxoAUARJ4HAPCBAACBOwoAMp4JAHOGAADfQQAADaYIAGdEBQDfQQAADaYIAAV7AADUJQIA7v8BADKeCQBzhgAA30EAAA2mCABnRAUA30EAAA2mCADvDAAAUF8BAJ1fAQDqXwEAN2ABAEp1CQCXdQkA4cUBAG7ZAQAEpgkA4cUBAHHWCQBQXwEAnV8BAOpfAQA3YAEATQAAAPgnAQBFKAEAdv4AABV6AQAaKQMArBsAAPkbAADu/wEAcpIBAAttBABnRAUA30EAAEG+BABxoAUAdv4AANxMBAAzWgEAgFoBAM/3AQBSewAAc4YAAG7ZAQAFewAAUnsAAH0WAgDhxQEALt8AAHb+AADD/gAA7wwAAMk7AgDhxQEA+nsHAEd8BwB6OAIADP8JAPUVAADfQQAA4cUBAFdFBABucwIAr0wJAPxMCQBJTQkAiGYBAAV7AADrhwEAyTsCAACcAwAVmQkA+CcBAEUoAQA3zAkAhMwJANHMCQAezQkA4cUBAFdFBACkRQQAwegKAA7pCgBb6QoAqOkKAPXpCgBC6goA4cUBAJvCAAAzWgEATKgEACxCAADhxQEAo+0IAH0cCwDszgkAOc8JAJmoBABXRQQApEUEAJwkCwCeoAAAc4YAAO8MAACchAEAFu8BAAJxCwBPcQsA7M4JADnPCQAzWgEATKgEAA2mCACpQQYA4cUBAJvCAAAzWgEATKgEACxCAADhxQEAV0UEAKRFBACcJAsA6SQLAKOBAABu2QEA30EAAA2mCADf4QkALOIJAORcCgAxIwAAOosBAIeLAQDUiwEA7wwAACLTCQBv0wkAvNMJAAnUCQBW1AkAcaAFAHGgBQADsgoAwHMKAEG+BACOvgQA274EAKlBBgDhxQEAcaAFAESeBwDfQQAA4cUBAPceCQBEHwkAcaAFADEjAABzhgAAqUEGAHOGAACpQQYA4cUBAMBzCgBBvgQAjr4EANu+BAAovwQAdb8EAMK/BAASOggAwtwJAA/dCQDvDAAAyTsCAMBzCgBBvgQAjr4EANu+BACpQQYA4cUBAHGgBQBEngcA30EAAOHFAQD3HgkARB8JAP+MAgDUdggAWnQKAHniCQDG4gkAE+MJAGDjCQCt4wkA+uMJAEfkCQCU5AkA4eQJAC7lCQC17wkAAvAJAE/wCQCc8AkA/4wCAEG+BACOvgQA274EACi/BAB1vwQAwr8EABI6CACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAVawJADEjAADfQQAADaYIAGl9CQDAcwoAOpEKACH4CQBu2QEAUyoLAFWsCQBeFAsAqxQLAPceCQBEHwkAQfYLAI72CwDb9gsAXhQLAJ6gAABzhgAAcaAFADEjAADhxQEAo+0IAMCGAAAm0wAANmwCAOHFAQBHSgkAlEoJAOFKCQAuSwkA1tsBAH0cCwDszgkAGikDAKPtCAB9HAsA7M4JABopAwBHSgkAlEoJAI8WAACj7QgAwIYAACbTAAA2bAIAwIYAACbTAAA2bAIAc4YAADNaAQCBaQIAZM4HAOHFAQCjgQAA8IEAABilAQBlpQEAsqUBAP+lAQBMpgEAmaYBAOamAQAzpwEAJf4JAHL+CQC//gkA4cUBAKOBAADwgQAAm8IAAPXjAQBC5AEADaYIAKlBBgDhxQEAo+0IAH0cCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQAxIwAAfiMAAMCGAAAm0wAANmwCALXQAQAC0QEAqUEGAOHFAQBHSgkAlEoJAOFKCQAuSwkA1tsBAH0cCwBixwEAr8cBAPzHAQBJyAEA4cUBAHHWCQC+1gkAnqAAAJ6gAABzhgAA7wwAAJvCAAD14wEA64cBAOHFAQBHSgkAlEoJAOFKCQAuSwkA1tsBAH0cCwBixwEAr8cBAPzHAQBJyAEAlsgBAH0cCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQB2zAIAAAAAAPUVAAB2zAIAw8wCAMBzCgA6kQoAIfgJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEADKeCQB/ngkAaWIHAHGgBQC+oAUAC6EFABWZCQAzWgEAgFoBAHHWCQCL5AoA2OQKANQlAgD6ewcAR3wHAAV7AABSewAAvtYJAJ6gAACeoAAAc4YAAHOGAABu2QEAUyoLAFWsCQBu2QEAiGYBAPp7BwBHfAcABXsAAPccBgDhxQEAFZkJAPgnAQBFKAEAvZUKAAqWCgBXlgoApJYKAPGWCgBxoAUAMSMAAOHFAQCjgQAA8IEAAIE7CgDOOwoAGzwKAGg8CgC1PAoAAj0KAEdKCQCOvAEAQwwCAEG+BABzhgAA7wwAAOHFAQBxoAUAMSMAAOHFAQCjgQAA8IEAAIE7CgDOOwoAGzwKAGg8CgC1PAoAAj0KAEdKCQCOvAEAQwwCAPUVAABCFgAAGt4FAHOGAADfQQAA0/0BACD+AQBt/gEAcPUAAOHFAQBxoAUAbtkBAHKSAQALbQQAZ0QFAN9BAADhxQEAtaIJAAKjCQBPowkAnKMJAEdKCQCUSgkAjxYAAFWsCQClBQIA8gUCAD8GAgCMBgIA2QYCACYHAgBzBwIAqUEGAHOGAAAxIwAAghQHANSRCgBzhgAAqUEGAOHFAQB2/gAASUsGAN9BAAAsQgAAP9gJAKlBBgDhxQEA4bILAKlBBgDhxQEA1QIFAHGgBQC+oAUA30EAAEG+BABxoAUAnosHAJWHAgCjgQAA8IEAAJvCAADowgAAz/cBANw3CwAu3wAAC7gBANUCBQAiAwUAcaAFAJ6LBwDhxQEAVawJAPQKBQDVAgUA9RUAAEIWAAAa3gUAc4YAANUCBQAiAwUAgWkCAM5pAgAbagIAaGoCAPceCQBEHwkAzVoBAHGgBQADsgoAyhYCAJvCAAAzWgEATKgEACxCAAACOQQA8RUJAN9BAAAsQgAABKYJAI/kAQDc5AEAKeUBAHblAQDD5QEALsYBAHvGAQDKmQYA7wwAAEdKCQB2zAIAVawJAKkRCwD2EQsAQxILAJASCwDdEgsAgFoBALXQAQCVhwIAtdABALXQAQCC9wEA7v8BALXQAQAkoggApQUCAA2mCABzhgAAwIYAACbTAAA2bAIATQAAAKiBCAD1gQgA30EAAA10CgBadAoASYEKAJaBCgCX9goA5PYKADH3CgB+9woA7wwAAOHFAQAuxgEAe8YBAMjGAQAVxwEA+nsHAEd8BwDvDAAAItMJAIhmAQDfQQAA4cUBAHHWCQC+1gkAl/YKAOT2CgAx9woAfvcKAHHWCQCsGwAAO2wKAIhsCgDVbAoA4cUBAHGgBQDAcwoADXQKAHFwCgC+cAoAC3EKAFhxCgClcQoA8nEKAOHFAQBxoAUAiGYBAIhmAQDhsgsAZ0QFAN9BAABBvgQAgFoBAOcAAAAa+woA7wwAAOHFAQChawoA7msKAAAAAAChawoA30EAAKOBAABNAAAAnqAAAOugAADaLgIAJy8CAHQvAgB2/gAAw/4AABH5CABe+QgAq/kIAPj5CAAFewAA1CUCAKlBBgASBgcAm8IAAPUVAACeoAAA66AAANouAgAnLwIAdC8CAN9BAAANpggA3+EJAJcPCgDkDwoAMRAKAH4QCgDLEAoAGBEKAKwbAADvDAAAAAAAAAAAAAAAAAAAV0UEAKRFBADxRQQAxHkKABF6CgBeegoA7wwAADwNAACIZgEA4bILABbvAQCIZgEA1WYBABdqCwCAWgEAMSMAAJvCAAD14wEA1CUCAAJxCwDAhgAAJtMAADZsAgCpQQYAc4YAAG7ZAQC72QEAmfMBAAI5BADeuQkAK7oJAHHWCQC+1gkAM1oBAEyoBAANpggA3+EJAJWHAgDAcwoADXQKAFp0CgBJgQoAloEKAOOBCgAwggoAfYIKAC7GAQB7xgEAyMYBABXHAQBPnwMAnJ8DAOmfAwCeDAkA8RUJADMqBgASBgcARJ4HAN9BAADhxQEAAAAAAHOGAADAhgAAJtMAAHPTAAAAAAAAAAAAAAAAAAAdjAoALsYBAIIUBwDPFAcAHBUHABuDAQAxIwAAOosBAIeLAQAOfQIAlYcCALT7CgAB/AoATvwKAJv8CgDo/AoAZ/UBAKlBBgCAWgEAdswCABopAwAK3QEAmXgJAKlBBgDhxQEA9x4JAEQfCQDfQQAADaYIAN/hCQAs4gkAvqAFAAuhBQCC+wcA30EAANP9AQBxoAUAnosHAOHFAQBx1gkArBsAADtsCgCIbAoA1WwKABDmAQAFewAAypkGABeaBgBkmgYAV0UEAG5zAgCvTAkA/EwJAG7ZAQAFewAAUnsAAAAAAAAAAAAAAAAAAG7ZAQBTKgsAMSMAAAapCQCC9wEA7v8BAFWsCQDKmQYAF5oGAGwIAAC5CAAAtaIJAD/YCQCM2AkABXsAADEjAADfQQAADaYIAGl9CQDhxQEAVawJAMqZBgAXmgYAbAgAALkIAAC1ogkAP9gJAIzYCQCj7QgABXsAAFJ7AAAhkAcAbAgAALkIAAC1ogkAP9gJAIzYCQCj7QgABXsAAFJ7AAAhkAcAbAgAALkIAAC1ogkAP9gJAIzYCQBUgAMAgFoBAFBfAQCAWgEAavAGAJQYCwDhGAsALhkLAHsZCwAAAAAALsYBAHvGAQDIxgEA/6sKAEysCgDhxQEAwHMKAA10CgBadAoA5FwKAH0WAgAAAAAA4cUBAMBzCgANdAoAWnQKAORcCgBx1gkAvtYJADNaAQBMqAQADaYIAN/hCQAVmQkAYpkJANNpCgAuxgEAe8YBAMjGAQBXRQQAbnMCALtzAgCeoAAAc4YAAFCVBQCIZgEA4bILAKlBBgC5jwoABpAKAFOQCgCgkAoA7ZAKADqRCgCHkQoAMp4JAC3YCwB62AsAz/cBAKUFAgBBvgQAcaAFAJ6LBwAQ5gEAdv4AAO8MAAAAAAAA4cUBAMBzCgANdAoAWnQKAORcCgAVmQkAYpkJANNpCgAuxgEAe8YBAMjGAQBx1gkAvtYJADNaAQBMqAQADaYIAN/hCQAW7wEA4cUBAPp7BwDxFQkAV0UEAKRFBADxRQQAR0oJAIoDAgDXAwIAAAAAAEXICgCSyAoAN5oLAC7GAQB7xgEAyMYBAERsCQAVmQkAYpkJANNpCgCVhwIAVJ8LALmPCgAGkAoAU5AKAJWHAgCj7QgAUJUFAJ2VBQDcNwsATU8DAKwbAACpQQYAlYcCADNaAQCAWgEAMSMAAAapCQA2bAIADn0CAFt9AgDAcwoADXQKAFp0CgDkXAoAMV0KAPp7BwDxFQkAPhYJAC7GAQB7xgEAyMYBAKOHCQDwhwkACYcJAKPtCADAhgAAJtMAADZsAgBWhwkAFccBAE+fAwCcnwMA6Z8DAPnUCAB9HAsACTwMAFY8DACjPAwA8DwMABWZCQCIZgEA4bILAAV7AADrhwEArBsAAPp7BwBHfAcAlHwHAIgAAgBFyAoAY6IBALCiAQAbgwEAIZAHAJl4CQBQlQUA9eMBANQlAgD1FQAAdswCAIBaAQC10AEADn0CAFt9AgDAcwoADXQKAFp0CgDkXAoAMV0KAPp7BwDxFQkAPhYJAMk7AgAWPAIAXhQLAKlBBgD2QQYA1CUCAKlBBgAQ5gEAcaAFAESeBwBzhgAAwIYAACbTAAA2bAIAXZkBAKqZAQCIZgEA4bILAN9BAAANpggAwHMKAAV7AADrhwEAtPsKADNaAQDuTAIAqUEGAOHFAQAuxgEAe8YBAMjGAQAVxwEAcdYJAL7WCQCeoAAAnqAAAHOGAADvDAAAnIQBADEjAACQrAsAgYgKAM6ICgAbiQoAaIkKALWJCgBFyAoAksgKAN/ICgCL5AoA4PAKAC3xCgB68QoAx/EKAE+KCgCcigoA6YoKAOHFAQDhxQEAlYcCAHb+AAB2/gAA3EwEANQlAgAEpgkA4cUBANm5AQAmugEAc7oBAMC6AQANuwEAWrsBAPUVAABzhgAA30EAAIWIAQCpQQYAfRYCAGV3CQBNAAAATQAAAGrwBgCpQQYA30EAAAV7AADKmQYA4cUBAMBzCgANdAoAWnQKAORcCgDxFQkAPhYJAOHFAQAuxgEAe8YBAMjGAQAVxwEAcdYJAL7WCQCeoAAAnqAAAHOGAADvDAAAnIQBADEjAACQrAsAwIYAAO7/AQCbwgAA9eMBAOuHAQBzhgAAwIYAAO7/AQDAcwoADXQKAFp0CgCeoAAAEJkBAF2ZAQCqmQEAiGYBAOGyCwDfQQAADaYIAMBzCgANdAoAWnQKAFWsCQCpEQsA9hELAEMSCwCQEgsA3RILACoTCwB3EwsAxBMLAJWHAgAAAAAAAAAAAC7GAQB7xgEAyMYBAKOHCQDwhwkAo+0IAMCGAAAm0wAANmwCAOuHAQA4iAEAhYgBANKIAQAfiQEAbIkBALmJAQDvDAAAj+QBAPUVAADhxQEAo+0IAMCGAAAm0wAANmwCAKv3BQD49wUARfgFAJL4BQDf+AUALPkFAHn5BQDG+QUA9RUAAKlBBgAcYgcAgFoBALXQAQCVhwIAo+0IAH0cCwDKHAsAFx0LAGQdCwCxHQsA7wwAALMzAQAFewAAwTEFAE0AAACIZgEAbtkBAHGgBQCC9wEAfRYCAMoWAgAu3wAAqGgJAPVoCQBCaQkA20EJAChCCQAJhwkAc4YAAMCGAAAm0wAANmwCAFaHCQDfQQAA0/0BACD+AQBt/gEAX1UKAKlBBgBzhgAAX1UKAHD1AABzhgAAwIYAACbTAAAQ5gEAXeYBAKrmAQD35gEAROcBABDmAQAxIwAAOosBAIeLAQDbQQkAKEIJAI/kAQBzhgAABXsAAF4UCwCeoAAAgvcBAO7/AQAFewAApQUCAEG+BABxoAUAnosHAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA+WgAAKUFAgBBvgQAGikDADEjAACCFAcAc4YAAKlBBgCpQQYAc4YAAE0AAABq8AYAlBgLAOEYCwBzhgAA9RUAAJ6gAAAEpgkAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQBNAAAATQAAAIhmAQBUgAMAnqAAAG5zAgClBQIAQb4EAHGgBQCeiwcAnqAAABCZAQAVYQIAN00LAA2mCACzMwEA51MJADRUCQCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA9RUAAEIWAAAa3gUA30EAAAI5BADeuQkAuSMCAO8MAABQXwEAc4YAAPUVAADfQQAAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBABiyQQAr8kEAPzJBABJygQAlsoEAOPKBAAwywQAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQANpggAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAN9BAAAFewAAM1oBAIBaAQBzhgAAwIYAAIhmAQAFewAAeLQAAPCBAABBjgkAIZAHAJl4CQCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAVIADAIBaAQB2zAIATKgEAEG+BAAFewAAypkGAFSAAwCzGgIABXsAAKUFAgBBvgQAcaAFAJ6LBwBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAKUFAgAFewAABXsAAFJ7AACfewAA7HsAADl8AACGfAAAgvcBAO7/AQDvDAAAPA0AAESeBwCC9wEAnqAAAHOGAAAxIwAAOosBAIeLAQDbQQkAKEIJAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAtdABAHlhCADGYQgAcpIBAKlBBgBu2QEAnqAAAJ6gAAAQmQEAFWECAIcMAwDUDAMAIQ0DAG4NAwC7DQMACA4DAFUOAwAVyQQAYskEAK/JBAD8yQQAScoEAJbKBADjygQAMMsEADNaAQDuTAIAO00CAIhNAgDVTQIAIk4CAG9OAgDvDAAAyTsCABY8AgClBQIADaYIAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAzjUBABecCQBknAkAc4YAALMzAQAJPAwAVjwMAKM8DADwPAwAPT0MAIo9DADXPQwAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAF5wJAGScCQCeoAAAEJkBAF2ZAQCqmQEAiGYBAOGyCwDfQQAAQb4EAHGgBQCeiwcAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAF5wJAGScCQBBvgQAjr4EANu+BAAovwQAdb8EAMK/BAAPwAQAmu0JAOftCQA07gkAge4JAM7uCQAb7wkAaO8JAM41AQAXnAkAZJwJAKOBAADwgQAAQY4JACGQBwCZeAkAZ0QFAH0WAgDKFgIAqUEGABxiBwBxoAUAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAF5wJAGScCQDvDAAAujIDAAczAwDhsgsAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAM41AQAXnAkAZJwJAE1PAwCaTwMA508DADRQAwCBUAMAzlADABtRAwBoUQMAtVEDAAJSAwBPUgMAzjUBABecCQBknAkAMSMAAIhmAQAEpgkAm8IAAPXjAQAEpgkA7wwAALoyAwAHMwMA4bILALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAF5wJAGScCQCFVgMA0lYDAB9XAwBsVwMAlYcCACxCAACC9wEA+VMHAJvCAADhxQEAo+0IAH0cCwBixwEAr8cBAPzHAQBJyAEAlsgBAAAAAADhxQEA+nsHAEd8BwB6OAIADP8JAFn/CQCm/wkA8/8JAHHWCQD1FQAAigMCANw3CwBNTwMACt0BAFfdAQBx1gkA9RUAAIoDAgDcNwsATU8DAArdAQBX3QEAo+0IAH0cCwBixwEAr8cBAPzHAQBJyAEAlsgBAEXICgA3mgsAVawJAFJ7AAChaQcAo4EAAAV7AABVrAkAUnsAAKFpBwCjgQAABXsAAMqZBgDhxQEARcgKADeaCwCEmgsA0ZoLAB6bCwBrmwsAuJsLAAWcCwBSnAsAo4EAAIhmAQCIZgEA4cUBADKeCQB/ngkAzJ4JABmfCQCTCQoAMSMAAH4jAADAhgAAMLYLAIBaAQC10AEA4cUBAPceCQBMqAQADaYIAFqmCADvDAAAc4YAADEjAADfQQAA4cUBAFdFBACkRQQA8UUEADdNCwCETQsA0U0LAB5OCwAzWgEAtdABACGQBwBukAcA4cUBAFdFBACkRQQA8UUEADdNCwCETQsA0U0LAB5OCwB4tAAA7wwAAKwbAACpQQYA4cUBAG7ZAQAEpgkAlYcCAGOiAQCEmgsA8O0IAKlBBgDhxQEAcaAFADEjAADhxQEA9x4JAEQfCQD1FQAAc4YAAMCGAADhxQEAo+0IAH0cCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAcdYJAIvkCgDY5AoAYzwCALA8AgDhxQEAwHMKAAI5BADeuQkAK7oJAHi6CQBFyAoAksgKAFWsCQBu2QEAcaAFAIFpAgBkzgcAo+0IAH0cCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAm8IAAPXjAQDrhwEA4cUBAMBzCgADmQsAeUIAAKHmAgB/ngkAgvcBAO7/AQB6OAIA30EAAOHFAQBXRQQAbnMCAMy5CwAZugsAZroLAHGgBQAxIwAA4cUBAMBzCgADmQsAeUIAAC7GAQAGqQkAiGYBAIhmAQDVZgEAm8IAADNaAQCAWgEAtdABAOHFAQCj7QgAfRwLAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAKOBAACC9wEAMLYLAIBaAQC10AEA4cUBALWiCQACowkAXhQLAKlBBgCIZgEAVIADAIBaAQC10AEA4cUBAHGgBQAxIwAA4cUBAMBzCgADmQsAeUIAAAjHCwBVxwsAoscLAO/HCwA8yAsAicgLANbICwAjyQsAcMkLAL3JCwAKygsAV8oLAKTKCwCP5AEA3OQBAFgLCwBeFAsAQhYAAKkkAQAsQgAAeUIAALoECwDhxQEAo+0IAH0cCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAcaAFAJ6gAACeoAAAAB0FAE0dBQCaHQUA5x0FAIJfBAAAAAAA4cUBAEdKCQAIFAwAVRQMAKIUDAD3HgkARB8JAEH2CwCO9gsA2/YLACj3CwB19wsAVawJAPccBgCpQQYABKYJAAV7AADUJQIA9RUAAOHFAQBVrAkA9xwGAKlBBgAVmQkA9RUAAAgUDABVFAwAohQMAPceCQBEHwkAQfYLAI72CwDb9gsAKPcLAHX3CwBVrAkA9xwGAKlBBgDvDAAAyTsCABY8AgDKmQYAF5oGALXQAQB5YQgAdv4AAOHFAQD3HgkARB8JAEH2CwCO9gsA2/YLACj3CwB19wsAbtkBALvZAQAWPgUAgTsKAIhmAQDhsgsA9x4JAEQfCQBB9gsAjvYLANv2CwAo9wsAAtEBAOHFAQC10AEAeWEIAMZhCABHSgkACBQMAFUUDACiFAwA9x4JAEQfCQBB9gsAjvYLANv2CwAo9wsAdfcLAE0AAAD4JwEARSgBAIFpAgAzWgEAqUEGAHOGAADAhgAAdGcJAMk7AgACOQQA3rkJAKUFAgANpggAtdABAASmCQCVhwIAhVYDANJWAwAfVwMAbFcDAJvCAAAzWgEATKgEACxCAADhxQEAo+0IAH0cCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQD/jAIA1HYIAFp0CgC3jAoAe8YBAMjGAQAVxwEAj+QBANzkAQDAcwoAOpEKACH4CQD6ewcAR3wHAMCGAADxFQkAPhYJAOHFAQAVmQkAYpkJANNpCgBNAAAAdv4AAOHFAQCj7QgAwIYAACbTAAAAAAAANmwCAMHoCgDp7AMA3EwEAF4UCwCpQQYA4cUBAC7GAQB7xgEAyMYBABXHAQCbwgAAM1oBAEyoBAAsQgAA4cUBAKPtCAB9HAsA7M4JADnPCQCZqAQAV0UEAKRFBACcJAsAEZMJAF6TCQBekwkA2b8KABuDAQCwpgcA/aYHAEqnBwD+0AoAS9EKAE0AAAD4JwEARSgBADfMCQCEzAkA0cwJAB7NCQDhxQEAV0UEAKRFBADB6AoADukKAFvpCgCo6QoA9ekKAELqCgBUgAMAkwkKAOAJCgBnRAUABKYJAJ6gAADroAAAtdABAALRAQAFewAAA5kLAHlCAAC6BAsABwULAFWsCQCirAkA76wJAMBzCgANdAoAWnQKALeMCgB7xgEAyMYBAKOHCQDwhwkAOpEKACH4CQBx1gkArBsAAHOGAADAcwoAA5kLAHlCAAAuxgEAkKwLAN2sCwAqrQsAd60LAHHWCQCL5AoA2OQKAGM8AgCwPAIA4cUBAMBzCgACOQQA3rkJACu6CQD6ewcAR3wHAEXICgCC9wEA8RUJAD4WCQDhxQEAdv4AANxMBACBaQIAZM4HAAapCQCC9wEA4cUBAHb+AADD/gAAgvcBAO7/AQD3HgkARB8JADEjAAAGqQkAgvcBAHb+AADcTAQApQUCAEG+BABxoAUAc4YAAGdEBQAAHQUA30EAAEG+BABxoAUAnosHAOHFAQAuxgEAe8YBAMjGAQAVxwEALsYBAAapCQCC9wEA4cUBAMBzCgAFewAA64cBAAOZCwB5QgAAugQLAAcFCwBUBQsAOwYLAIgGCwDVBgsALsYBAHvGAQDIxgEA/6sKAEysCgDhxQEAwHMKAA10CgBadAoASooCAFlhAwCQRAkA3UQJACpFCQB3RQkAxEUJABFGCQBeRgkAq0YJAP0jAwBKJAMAwegKAA7pCgA+eAIAi3gCAOGyCwA4iAEApmcMAPNnDADJOwIABKYJAASmCQDphAEAWIwMACBsDQCpQQYAPzgAAEBoDACNaAwAWIwMAMpQDABHRAAAy6wNACBsDQCpQQYAIGwNACBsDQCpQQYAWIwMAOpnDQAgbA0Ay6wNALXQAQD5GwAAcPUAAMusDQBw9QAAiIcMAIiHDACpQQYAc4YAAOAcAABw9QAAErUAAIJfBAD6SwwA+ksMACBsDQCCXwQAIGwNADtsCgCPawwA3GsMADnRDACmZwwA82cMAKoHDQDLrA0AbAgAAFiMDACPawwA3GsMAHD1AADvYQwA8UsNAD5MDQB9nQwAtdABAIiHDADXigwAJIsMAKZnDADzZwwAdgYNAHb+AAA3mgsAiIcMACVmDACIhwwAnosHADnRDABYjAwAuh8NACBsDQBsCAAAbAgAAMl1DAAWdgwAY3YMAMusDQDvDAAAqUEGACGQBwCpQQYAyXUMABZ2DADOowwAcPUAAMl1DAAWdgwAzqMMAPkbAACmZwwA82cMACQEAgDhxQEAAlYJAFiMDACVhwIA30EAAIiHDADuTAIAqUEGAFiMDAC2+AEAj2sMANxrDACIhwwA9WoMAEJrDACPawwAGTsNAI9rDAAZOw0AiIcMAEx6DACwdgwA/XYMAO9hDACwdgwAAAAAAOHFAQDJdQwAFnYMAMl1DAAWdgwAyXUMABZ2DAApbAwAOdEMAKSYDQDxmA0AFu8BAPVqDADvYQwAj2sMANxrDAAW7wEAqUEGAOHFAQDLrA0A4cUBACWaDQCTcQwAiIcMAFiMDABYjAwAAJwDAACcAwAAnAMAlYcCAMqZBgBTKgsAX6AHAFMqCwAeTgsAHk4LAN9BAAB2BAoAuUQNAC7fAADvDAAA7wwAAIJ+DACbwgAALt8AAIiHDADvDAAAm8IAAIiHDACIhwwAiIcMAIiHDACIhwwA72EMAO9hDACIhwwAiIcMAIiHDACIhwwAiIcMAIiHDADvYQwA72EMAO9hDACIhwwAiIcMAIiHDADvYQwA72EMAOyDDADvYQwA72EMAIiHDACC9wEAsKYHAOHFAQDvDAAA7wwAAIiHDACIhwwAiGYBAIiHDADJdQwAFnYMAJWHAgBYjAwAy6wNAO8MAACjiQwA4cUBAE89CgCsGwAABKYJACGQBwD1FQAAqUEGAAP9BwCpQQYAJ1ANAFiMDADMhw0AiIcMAO8MAABTJAIAm8IAAJvCAACbwgAAy6wNAJvCAAAJAgIAn2oNAOhkDQA1ZQ0AQZAMAMusDQBNAAAA9RUAAHOGAADKUAwABKYJAMo3DQBNAAAAn2oNAGwIAABsCAAAbAgAAF8KDQBYjAwAylAMAMk7AgAEpgkAeZcMAIAoAwA+EgMAHhwNAAJvCAAYrQ0A9xwGAO9hDADxSw0APkwNAIkPAwDJdQwAFnYMAM6jDAAbpAwA72EMAMusDQAMSAQAA80MAO9hDACIhwwAiIcMAMl1DAAWdgwAiIcMANeKDAAkiwwAPA0AAFiMDADKUAwAy6wNAOHFAQBYjAwAiIcMANeKDAAkiwwA4cUBACVHBACpLA0A1QIFAMusDQDCvwQAy6wNABI6CAByswwAWIwMAGSeDADfQQAAy6wNAMk7AgDhsgsAWIwMAOpnDQAu3wAAqSwNABitDQCIhwwA14oMABitDQCIhwwAA80MAPj5CAAfogAA72EMAPFLDQA+TA0AyXUMANRGDQChawoA9wcNAMpQDADvDAAAcPUAAJqiDACPBQ0A30EAAN9BAADvYQwA8UsNAD5MDQBkngwA30EAAN9BAADfQQAA30EAAARbDAC7rQwAIfgJACWzDABYjAwAiIcMANeKDAAkiwwAylAMAEyoBAAYrQ0AiIcMABitDQCIhwwArsAMAPvADABIwQwAc4YAAEmcDACWnAwA45wMADCdDADHDA0ArsAMAPvADABIwQwABFsMANz/AwDvYQwA8UsNAD5MDQBkngwARogIAMusDQDJOwIABKYJAMusDQCpLA0AylAMAACcAwCiDgMADaYIAIiHDADXigwAJIsMAHKzDADgHAAA72EMAPFLDQA+TA0Ay6wNAJWHAgBkngwA/oEHAN9BAADfQQAALb8MAHq/DADHvwwAwr8EAC2/DACIhwwARlgNAO9hDAAYrQ0AiIcMANeKDAAYrQ0A4bILAOHFAQDhxQEAiIcMANeKDAAkiwwAvSsFAFiMDADqZw0Ay6wNAO2pCQBYjAwAy6wNAKzrBACIhwwA72EMABitDQCPawwA3GsMAKlBBgArCQ0ArsAMAPvADABIwQwAiIcMANeKDAAkiwwAeZcMAMk7AgDhsgsAiIcMAEPeCQDLrA0A4bILAOHFAQAAPA0AqUEGAIFpAgCIhwwA14oMACSLDAAEWwwAcPUAAFiMDADLrA0AOpEKAMpQDAB0ZwkA72EMAIiHDADvYQwAiIcMABitDQAYrQ0AGK0NAIiHDACIhwwAiIcMANeKDAAkiwwAiIcMACKIDADosQ0AWIwMAOixDQAtvwwAiIcMAO9hDADxSw0APkwNAO9hDADxSw0APkwNAMusDQB0UA0AaX0JAMusDQDhsgsAy6wNAAk4BgDKUAwA4cUBAIJfBABw9QAAy6wNAMusDQDJOwIAy6wNAMk7AgDLrA0AyTsCABitDQCIhwwA14oMACSLDADhsgsAiIcMANeKDAAkiwwAWIwMAAAAAADqZw0AIfgJAO9hDADxSw0APkwNAKKVDQDLrA0An2oNAN9BAACIhwwA14oMACSLDABYjAwAWIwMAIiHDADXigwAJIsMAPccBgCmTg0A804NAM6jDAAEpgkA4bILAFiMDADLrA0AyjcNALj/BwAEWwwAy6wNAJ6LBwA50QwAyXUMABZ2DACPawwA3GsMAO9hDADxSw0APkwNAN9BAABYjAwAy6wNAFUOAwCIhwwAiIcMANeKDAAkiwwAqUEGAOAcAACIhwwAiIcMANeKDAAkiwwAEKENAAAAAADvYQwA8UsNAD5MDQBYjAwAZJ4MAMpQDABYjAwACJEHAKksDQDKUAwAEP8AAAAAAADLrA0AqSwNAMpQDAAQ/wAAhfYMAO9hDADxSw0APkwNAEBPDQAiiAwAy6wNAJ6LBwCIhwwA14oMACSLDADLrA0ABKYJAHcuDQDhxQEA2P8MAIiHDAAu3wAAdyoHAN9BAADMhw0ABKYJAIJfBADLrA0AwIYAAJo8DQDfQQAAtswMAOHFAQDhxQEAWIwMAM6jDABw9QAAOdEMAOHFAQB2Bg0ATKgEAGSeDAC2zAwAgFoBAKlBBgAAAAAAAAAAAAAAAADLrA0AqSwNAAAAAAAAAAAAAAAAAHYGDQBw9QAAy6wNAJ9qDQCpLA0AqUEGAIiHDAADzQwAA80MAIiHDAAiiAwADn0CAKykDQDxSw0APkwNAGSeDACIhwwAIogMAACcAwDvYQwAAJwDAHOGAADfQQAARB0GAMusDQAFewAARB0GABitDQDkEQ0AtswMAMl1DAAWdgwAKWwMAGSeDACF9gwAy6wNAASmCQDS9gwAiIcMAMusDQBVDgMA4cUBAFiMDABVDgMAiIcMANeKDAAkiwwA6BcNADUYDQAAnAMAAJwDAMusDQBVDgMAVQ4DACVHBAAAPA0AylAMAAAAAADLrA0Ay6wNAHOGAAB0UA0A4cUBAMusDQC6Hw0AbAgAAGa4CAC10AEAoyMNAPAjDQBNAAAATQAAAMK/BABYjAwA4cUBAMusDQDLrA0A9RUAAO9hDADxSw0APkwNALTJDADtqQkAiQ8DAIiHDADXigwAJIsMAEXICgDJdQwA1EYNAGY7DQC6Hw0AnosHALofDQC6Hw0AqUEGAPUVAADJdQwA1EYNABZ2DADvYQwAWIwMALofDQAHIA0AVCANAFopDQDWSQ0AiIcMAFUOAwBYjAwAGKkHAGmvBwAAAAAA4AsNAC0MDQAAAAAAAAAAALy4BwCgcwUA7akJAFiMDADLrA0Ay6wNAJo8DQDfQQAAWIwMAMusDQA3mgsAWIwMAHD1AACIhwwA14oMACSLDADLrA0A4cUBAMusDQDhxQEAy6wNAHD1AADLrA0AcPUAAOHFAQDLrA0AbAgAAMusDQBsCAAAiIcMANeKDAAkiwwAy6wNADeaCwBw9QAAylAMAO8MAADvDAAAylAMAOGyCwB0UA0AlYcCAO9hDADxSw0APkwNAIiHDADXigwAJIsMAOHFAQDu/wEAy6wNAOHFAQDLrA0AWIwMAPYsDQDhxQEA4cUBAIJfBACxzgcAWIwMAGwIAADLrA0Ay6wNAOHFAQCPawwA3GsMAM6jDAA3mgsAOc8JAFiMDADfQQAAgWkCAN9BAACIhwwA14oMACSLDABYjAwA0kMNAKlBBgAEpgkAHs0JAJWHAgDGfg0A1EYNACGMAQDhxQEAAAAAAAAAAAAZOw0AUUINAJ5CDQDrQg0Ay6wNAIiHDADXigwAJIsMAOHFAQBsCAAAAJwDAACcAwAu3wAA4cUBAO9hDADhxQEAWIwMAJWHAgBYjAwASNQCAJ9qDQCfag0ARcgKAFiMDADLrA0A4cUBAMl1DAAWdgwAiIcMANeKDAAkiwwAiIcMAOHFAQCpQQYAy6wNAKlBBgA4Qw0ASnUJAJ6LBwBsCAAATZwDAB2ODQDpJAsALt8AAMusDQCPawwA3GsMAKPUCQDGfg0AkR8JAOHFAQDeVQ0A4cUBAJEfCQCIbg0AeFYNAOnwCQBjogEA72EMAPFLDQA+TA0A4cUBAMusDQDLrA0AiIcMAMk7AgDJOwIAiIcMAIiHDACpQQYAEnAMAF9wDABIWw0AZ3wMAO9hDACIhwwAIogMAE/RAQBVrAkAnIQBALB2DADvYQwAw8wCAGOiAQAlRwQAtmIHAFihBQC10AEA30EAACGQBwCpQQYAy6wNAOGyCwAPeQ0ATz0KAJAMAgBPPQoAkAwCAMAHAgDVAgUAGK0NALVqAgDLrA0AbAgAAOHFAQC0fAwArBsAAMPMAgAlmg0A4cUBAFiMDACIhwwADn0CAIhuDQB4Vg0Ay/cKAMl1DAAWdgwAy/cKAOHFAQAxIwAAMSMAALXQAQAQ5gEA+ksMALpsDQDuawoAX1UKAOpnDQDhxQEAy6wNAOHFAQAs4gkAl14NAKFrCgDhxQEA4cUBAOHFAQCregoAImcBAAapCQD1FQAAiIcMALXQAQB4ugkAWIwMAOHFAQDhxQEAiG4NAHhWDQDLrA0AyXUMABZ2DADOowwAPhYJAOHFAQDhxQEA4cUBAGqMCgDvDAAAj2sMAFiMDABn+woANf0KABIGBwCRHwkAeFYNAOHFAQBmOw0AfRYCAOHFAQDhxQEA4cUBAMusDQDZ2AkA2dgJANnYCQDZ2AkAtdABALXQAQDIGQsA4cUBAMl1DABefA0AiG4NAJWHAgDhxQEAiG4NADFdCgDhxQEAIGwNAL5yDQDJdQwAC3MNAOHFAQDbdw0AOpMNACh4DQDhxQEA4cUBAIhuDQAxXQoAIGwNAL5yDQDJdQwAC3MNAOHFAQBDxQoAPhYJADdNCwAkBAIAyXUMAB1BDQAgbA0AWIwMAFiMDADLrA0AWIwMAA59AgCIhwwAiG4NAJWHAgDJdQwA1EYNALmRDQCIhwwAlYcCABZ2DADOowwADaYIAMusDQDVAAIATQAAAIhuDQCVhwIA30EAAIiHDACpQQYA4cUBAMl1DAAWdgwA3awLAN/ICgCVhwIAlYcCABuDAQAbgwEAG4MBABuDAQCVhwIAWIwMABuDAQDhxQEA4cUBAOHFAQAAAAAAAAAAAIhuDQCVhwIAyXUMABZ2DADdrAsAy6wNAOHFAQDLrA0AiG4NAMusDQCIbg0AJZoNAFiMDADhxQEA4cUBAMl1DADURg0AB20NAIiHDADXigwA9WoMANzkAQC6bA0Av5oNAAybDQBZmw0AppsNAIiHDAAiiAwAE/oFAFiMDAAOng0AlYcCAOGyCwCpQQYAnD8NABk7DQChawoAiIcMAKFrCgBw9QAA6mcNAHD1AADqZw0Aj2sMABk7DQBw9QAAWIwMAFiMDADc5AEA72EMAO9hDADvYQwArsAMAO9hDADvYQwA72EMAO9hDACPawwAGTsNAO9hDACuwAwA72EMANhMDQDvYQwA2EwNAO9hDADYTA0ARlgNANhMDQDvYQwA2EwNAO9hDADYTA0AFZsMANhMDQDvYQwA2EwNAEmcDACWnAwAY3YMAOHFAQDhxQEAlYcCAFiMDAD1FQAAsHYMAJVbDQDfQQAA30EAALB2DAD9dgwAypkGAP+tDQCVhwIAlYcCAO8MAADvDAAAqZIMAFiMDACwogEA72EMAMusDQDfyAoAy6wNAO9hDADKUAwAy6wNAMpQDADvYQwA8UsNAMpQDABpsw0AtrMNAO9hDACVhwIA4cUBACC5DQDhxQEA4cUBAOHFAQAguQ0A4cUBAGSaBgAguQ0Ay6wNAHX3CwDhxQEA4cUBACC5DQBYjAwASZwMAJacDADjnAwA72EMAM41AQCIbg0AeFYNAMl1DAAWdgwAIGwNAL5yDQDhxQEAiIcMACKIDADJdQwAFnYMAM6jDADpJAsAq5MJALOIDQAdjg0A4bILAMusDQDKmQYAopUNAA5RDQCIbg0AeFYNAMl1DADURg0ACYcJAMusDQDKUAwAeLoJAPUVAADLrA0AnosHAMl1DAAWdgwAzqMMALT7CgCilQ0APJYNAMl1DABefA0AiG4NAORcCgDLrA0A","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAMAAIADAAAAAwAAgAMAAAABAACAAwAAgAMAAAABAAAAAAAAgAMAAIAAAACAAwAAgAAAAIABAACAAwAAgAAAAIAAAACAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAgAEAAIACAACAAQAAAAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIAAAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIADAAAAAQAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAEAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgAAAAAIAEAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAgAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAIAEAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAEAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAABgAAAAAAAAAAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAgAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAABAAAAACAAAAAgAAAADUAQAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAgAAAAAAAAEAAAgAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAACAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAIAAAgAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAQAAAAACAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAgAAIAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAIgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgACAADQAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAEAAAAAAAAAABAACAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAABAACAAAAAAAAAQAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAMAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAgAAAADQAQAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAEAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAACAAAAAAAAAAAAABAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQA"},"index":{"lists":[[],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,44,45,47,48,49,50,51,52,53,54,58,59,61,62,80,83,84,86,97,98,99,100,101,110,119,120,123,126,129,130,137,139,140,141,142,144,146,147,148,151,152,153,154,165],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,44,45,47,48,49,50,51,52,53,54,57,58,59,61,62,80,83,84,86,97,98,99,100,101,110,119,120,123,126,129,130,137,139,140,141,142,144,146,147,148,151,152,153,154,165],[56,125,171],[71,72,73,157,158,159,160,161,162,163],[148,164],[61,62,78,79,148,153,154],[71,72,73],[41,42,50,51,71,72,73,74,91,100,101,102,106,113,115,120,121,122,123,128,134,135,136,143,165],[18,19,60,105,116],[75,177],[6],[1,7,71,72,73,107,137,141,142,165],[9,71,72,73,77,137,141,142,165],[27,71,72,73,126,137,141,142,152,165],[71,72,73,137,141,142,156,165],[0,2,4,5,16,17,20,21,71,72,73,94,104,126,137,138,141,142,145,149,165,166,169,172,173,176,178],[3,8,11,16,20,21,23,29,32,33,43,46,64,65,71,72,73,76,81,84,87,94,103,109,111,112,117,126,132,137,141,142,165,174,179],[71,72,73,137,141,142,165],[71,72,73,137,141,142,165,170],[59,71,72,73,137,141,142,165,167,168],[54,63,71,72,73,96,137,141,142,165],[10,29,66,71,72,73,86,87,108,137,141,142,165],[4,22,71,72,73,137,141,142,165],[10,35,71,72,73,86,137,141,142,165],[12,13,28,39,71,72,73,82,88,89,90,92,93,95,114,118,119,131,133,137,141,142,150,155,165],[7,71,72,73,137,141,142,165],[10,71,72,73,137,141,142,165],[67,68,69,70,85,127,175],[14,15,71,72,73,137,141,142,165],[24],[25,26,30,31],[34,38],[37],[37,47],[40,144],[47,53],[47],[52,58,144],[55,124],[144],[49,147],[49,129,130,147],[49,147,148],[49,61,62,147,148,153,154],[49,57,129,130,147],[41,44,45,48,49,50,51,100,101,110,120,123,129,130,147,165],[1,7,49,129,130,137,139,140,141,142,147,151,165],[49,129,130,137,139,140,141,142,147,165],[27,49,126,129,130,137,139,140,141,142,147,152,165],[2,4,49,126,129,130,137,139,140,141,142,146,147,165],[32,33,49,80,84,126,129,130,137,139,140,141,142,147,165],[49,59,129,130,137,139,140,141,142,147,165],[49,54,129,130,137,139,140,141,142,147,165],[49,86,129,130,137,139,140,141,142,147,165],[4,49,129,130,137,139,140,141,142,147,165],[49,80,83,86,129,130,137,139,140,141,142,147,165],[39,49,80,119,129,130,137,139,140,141,142,147,165],[7,49,129,130,137,139,140,141,142,147,165],[49,129,130,137,141,142,147,165],[24,49,147],[25,26,30,31,49,147],[38,49,147],[36,37,49,147],[37,49,147],[37,47,49,147],[40,49,97,144,147],[47,49,53,99,147],[47,49,147],[49,52,58,144,147],[49,98,147],[49,99,147],[49,144,147]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,5,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,0,9,10,0,11,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,28,0,0,0,29,0,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,30],[9679,31],[9135,32],[215,33],[10095,33],[10003,34],[8595,33],[10008,35],[10004,36],[8730,37],[10006,38],[8505,39],[9762,0],[9888,0],[8617,0],[10007,40],[10060,40]],"plainDefault":0,"spaced":[41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,42,41,41,41,41,41,41,43,41,44,45,41,46,46,46,46,46,46,46,46,46,46,41,41,41,41,41,41,41,47,48,49,48,50,51,48,48,48,48,48,48,48,52,53,54,48,55,56,57,58,48,48,48,48,48,41,41,41,41,59,41,47,48,49,48,50,51,48,48,48,48,48,48,48,52,53,54,48,55,56,57,58,48,48,48,48,48,41,41,41,41,41],"spacedOther":[[160,41],[5760,41],[8192,41],[8193,41],[8194,41],[8195,41],[8196,41],[8197,41],[8198,41],[8199,41],[8200,41],[8201,41],[8202,41],[8232,41],[8233,41],[8239,41],[8287,41],[12288,41],[65279,41],[9676,60],[9679,61],[9135,62],[215,63],[10095,64],[10003,65],[8595,64],[10008,66],[10004,67],[8730,68],[10006,69],[8505,41],[9762,70],[9888,70],[8617,71],[10007,72],[10060,72]],"spacedDefault":41,"blank":41}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[],[15,16,17,19,20,21,22,24,25,26,27,28,30,31,33,34,35,36,37,38,39,41,42,44,45,57,58,59,60,66,67,68,69,70,78],[15,16,17,19,20,21,22,24,25,26,27,28,30,31,33,34,35,36,37,38,39,40,41,42,44,45,57,58,59,60,66,67,68,69,70,78],[40],[51,52,53],[44,45,55,56],[28,29,36,37,51,52,53,54,62,69,70,71,74,79],[9,10,43,74],[54],[51,52,53,75],[1,51,52,53,54],[7,8,11,12,51,52,53,65,73],[0,3,7,11,12,14,18,21,22,29,32,47,48,51,52,53,54,59,60,65,72,77,79],[51,52,53,65],[2,18,48,51,52,53,60,76],[13,51,52,53],[2,51,52,53,60],[4,18,26,51,52,53,60,61,63,64,65],[2,51,52,53],[49,50,59],[5,6,51,52,53],[17,51,52,53],[51,52,53,58],[42,51,52,53],[39,46,51,52,53],[23,51,52,53],[15],[16,17,19,20],[22,26],[25],[25,33],[27],[33,39],[33],[38,41],[35],[35,40],[35,44,45],[28,30,31,34,35,36,37,69,70,78],[21,22,35,57,59,60],[35,60],[35,57,58,60],[26,35,57,60],[35,59],[17,35],[35,58],[35,42],[35,39],[15,35],[16,17,19,20,35],[22,26,35],[24,25,35],[25,35],[25,33,35],[27,35,66],[33,35,39,68],[33,35],[35,38,41],[35,67],[35,68]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,0,0,5,4,0,6,6,6,6,6,6,6,6,6,6,0,0,0,7,8,0,0,9,10,4,4,11,12,4,4,4,4,4,4,4,4,13,14,4,15,16,17,4,4,4,18,4,4,19,0,0,0,20,0,4,4,21,4,4,22,4,4,4,4,4,4,4,23,24,4,4,4,25,22,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,26],[9679,27],[9135,28],[215,29],[10095,29],[10003,30],[8595,29],[10008,31],[10004,32],[8730,33],[10006,34],[8505,3],[9762,0],[9888,0],[8617,0]],"plainDefault":0,"spaced":[35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,35,36,35,35,35,35,35,35,35,35,35,37,36,35,38,38,38,38,38,38,38,38,38,38,35,35,35,35,35,35,35,35,35,35,35,35,39,35,35,35,35,35,35,35,35,35,40,35,35,41,42,35,35,35,35,35,35,43,35,35,35,35,35,35,35,44,35,35,45,35,35,35,35,35,35,35,46,47,35,35,35,35,45,35,35,35,35,35,35,35,35,35,35,35],"spacedOther":[[160,35],[5760,35],[8192,35],[8193,35],[8194,35],[8195,35],[8196,35],[8197,35],[8198,35],[8199,35],[8200,35],[8201,35],[8202,35],[8232,35],[8233,35],[8239,35],[8287,35],[12288,35],[65279,35],[9676,48],[9679,49],[9135,50],[215,51],[10095,52],[10003,53],[8595,52],[10008,54],[10004,55],[8730,56],[10006,57],[8505,36],[9762,58],[9888,58],[8617,59]],"spacedDefault":35,"blank":35}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,5,8],[9],[5,6,7,8,11,15,16,17],[1],[2,13],[0,3,4,14],[10],[12],[5,8],[4]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[9],[1,3,6,8,9,10],[6,9],[3,9],[6,7,9],[3,6,9],[5,6,9],[0,6,9],[0,4,6,9],[6,8,9],[2,6,9],[6,9,10],[9,10],[3,6,9,10],[1,6,9,10],[6,8,9,10]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,9,9,2,2,2,2,2,2,2,2,2,2,2,2,2,10,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,11,0,0,0,0,0,0,2,0,3,12,0,11,11,11,11,11,11,11,11,11,11,0,0,0,0,2,0,0,11,11,13,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,2,0,0,0,11,0,14,11,15,11,15,15,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
  handleMarker(marker) {
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
    if (codeRule?.id === "code.assertion" && infraHere && interpreted.confidence === "high" && !EXPECTS_ERROR.test(line)) {
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
    if (match.rule.id === "module.python.missing" && this.failedImports.size < 256) this.failedImports.add((match.groups.module ?? "").split(".")[0] ?? "");
    const reraised = match.rule.id === "module.python.reraised" && this.failedImports.has(match.groups.module ?? "") ? serviceForClient("python", match.groups.module ?? "") : void 0;
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
    const seen = this.current?.evidence.find((f) => f.ruleId === "module.python.imported-as-none" && f.text.includes(`has no attribute '${attribute}'`));
    if (seen) return { service: seen.service, module: "the driver", call: `.${attribute}`, confidence: seen.confidence };
    const call = new RegExp(String.raw`(?<![\w.])([A-Za-z_]\w{0,100})\.${attribute}\b`);
    for (let back = 1; back <= 4; back++) {
      const above = this.previousLine(back);
      if (above === void 0) return void 0;
      const found = call.exec(above);
      if (!found) continue;
      const module = found[1];
      const service = serviceForClient("python", module);
      return service ? { service, module, call: `${module}.${attribute}` } : void 0;
    }
    return void 0;
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
