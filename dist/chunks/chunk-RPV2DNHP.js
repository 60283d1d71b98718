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
  assertionSides,
  matchRule
} from "./chunk-5LCPPDR6.js";
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
} from "./chunk-L35NPND5.js";
import {
  MATCH_WINDOW,
  normaliseLine
} from "./chunk-RMCOBDGB.js";
import {
  SERVICE_WORDS,
  canonicalService,
  driverFrameService,
  mentionedService,
  serviceDefinition,
  serviceForClient,
  serviceForHost,
  serviceForJdbc,
  serviceForPhpName,
  serviceForPort,
  serviceForSocket,
  serviceForTool,
  speaksHttp
} from "./chunk-FSY5MGEO.js";

// src/classify/interpret.ts
var OWN_SERVER = /\b(?:test|app|api|http|web|mock|stub|fake|dev|local|embedded) server\b|\bserver failed to start\b|\bfailed to (?:start|bind|listen)\b|address already in use|EADDRINUSE/i;
var LOCAL_ENDPOINT = /(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):(\d{2,5})(?!\d)|\(\s?'(?:localhost|127\.0\.0\.1|::1)',\s?(\d{2,5})\s?\)/;
function contextOf(line) {
  const own = OWN_SERVER.exec(line);
  if (own) return { ownServer: `a nearby line speaks of the project's own server ("${own[0]}")` };
  const service = mentionedService(line);
  if (service) return { service };
  const found = LOCAL_ENDPOINT.exec(line);
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
      return interpretDns(groups.host);
    case "named": {
      const service = canonicalService(groups.service ?? "");
      return service ? { kind: "infrastructure", confidence: "high", service } : void 0;
    }
    case "tool": {
      const service = serviceForTool(groups.tool ?? "");
      return service ? { kind: "infrastructure", confidence: "high", service } : void 0;
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
      return service ? { kind: "infrastructure", confidence: "high", service } : { kind: "code", confidence: "high", service: "", note: `${name} is no service client's: an autoload or code problem of the project` };
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
  const viaHttp = rule.id === "network.refused.http-pool" || /\bhttps?:\/\//.test(line);
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
function interpretDns(host) {
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
    { event: "end", pattern: /^Ran \d+ tests? in / }
  ],
  reportedFailures: /^FAILED \((?:failures|errors)=(\d{1,6})/
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
    { event: "end", pattern: /^(?:FAILURES|ERRORS)!$|^Tests: \d{1,9}, Assertions: \d{1,9}|^OK \(\d{1,9} tests?|^There (?:was|were) \d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/ }
  ],
  reportedFailures: /^Tests: \d{1,9}, Assertions: \d{1,9}, (?:Errors|Failures): (\d{1,6})/
};

// src/classify/dialects/index.ts
var DIALECTS = [PYTEST, UNITTEST, POKU, JEST, VITEST, EXUNIT, MOCHA, NODE_TEST, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 222\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/Unable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Unable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,40}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?|^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,23,27,28,44,46,192,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,307,309,310,311,312,313,314,315,319],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,10003,10004,8730,10006,8505,35,43,36],"words":5,"quiet":10269,"states":11497,"edges":"AAAAAAAAAAABAAAASwAAAAIAAADTdwAAAwAAAJkMAAAEAAAAjb0AAAUAAAD8ZwUABgAAAGbjAQAHAAAABAUGAAgAAAAPswEACQAAAEV+AAAKAAAAKUAAAAsAAAAcRgcADAAAAPWCAAANAAAAYxUAAA4AAAA1UQEADwAAAHKcAAAQAAAARyIAABEAAAA4XQEAEgAAADQIAAATAAAAV6cBABQAAADqOQkAFQAAAPHQAQAWAAAA2vcAABcAAACbvQEAGAAAAGjSAQAZAAAAGsYBABoAAAAy2wEAGwAAAG9SAgAcAAAAu28CAB0AAAAAAAAAHgAAAKtKCgAfAAAAEO8AACAAAACTAQIAIQAAAAAAAAAiAAAAhZcBACMAAABi2QAAJAAAAPh8AwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAADXkBACkAAAD+hwEAKgAAAHvaBAArAAAAS/YJACwAAAAAAAAALQAAAIG5AQAuAAAAAAAAAC8AAACtBQIAMAAAAHplAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAB1JwkAPAAAAGsxCQA9AAAAFf8JAD4AAAAAAAAAPwAAAKv/CQBAAAAAAAAAAEEAAABMEwoAQgAAAJcTCgBDAAAAeyAKAEQAAADGIAoARQAAABEhCgBGAAAAeTEKAEcAAAD9NAoASAAAAHdCCgBJAAAAshULAEoAAACTYQsATQAAAJYAAABOAAAAQzIDAFAAAADFqwcAUQAAAEggAQBUAAAAVYwAAFYAAAC1MwgAVwAAADuvBgBfAAAAwNQBAGIAAAApLgMAaAAAAMk2AACZAAAA4QAAAKMAAADWkAIA5AAAAH/ACwAxAQAAdwEAAH0BAADCAQAAyQEAAA0CAAAVAgAAWAIAAFoCAACjAgAArAIAAO4CAAD4AgAAOQMAAEQDAACEAwAAkAMAAM8DAADcAwAAGgQAACQEAABlBAAAcwQAALAEAAC/BAAA+wQAAP0EAABGBQAAUAUAAJEFAACfBQAA3AUAAOEFAAAnBgAANAYAAHIGAAB6BgAAvQYAAM0GAAAIBwAACgcAAFMHAABhBwAAngcAAK8HAADKwAsA8AcAABXBCwA2CAAAdiUKADwIAAB/CAAATQgAAFwhCgBQCAAANIcIAIYIAADKCAAAzwgAABUJAAAhCQAAYAkAAGMJAACrCQAAswkAAPYJAAADCgAAQQoAAEYKAACMCgAAlgoAANcKAADfCgAAIgsAAC4LAABtCwAAMQsAAJnOAQCACwAAuAsAAMYLAAADDAAABgwAAE4MAABYDAAAYMELAJsMAAA/ZgAAnAwAAIR6AQCeDAAA5AwAAKIMAAByZgkAowwAAOclAgCkDAAAnskBAKUMAAD0GgAApwwAADBWAQCoDAAAESsAAK0MAAA+VgIAtgwAAG4WAwC5DAAA/X8KAOoMAAAvDQAA8wwAAHvnBgA1DQAAeg0AAI4NAADFDQAA2g0AABAOAAAYDgAAWw4AAGUOAACmDgAAqw4AAPEOAAD2DgAAPA8AAEQPAACHDwAAnQ8AANIPAADUDwAAHRAAACoQAABoEAAAfBAAALMQAAC7EAAA/hAAAA0RAABJEQAAWhEAAJQRAACiEQAA3xEAAOsRAAAqEgAANxIAAHUSAAB/EgAAwBIAAMMSAAALEwAAExMAAFYTAABYEwAAoRMAALITAADsEwAA8hMAADcUAABDFAAAghQAAIQUAADNFAAA1BQAABgVAAAsFQAAq8ELAGQVAAABigsAZRUAAB7vAQBoFQAArhUAAGwVAAD6qQEAcRUAANKyAgCwFQAA77UAALEVAACMfAYAtRUAAAFRCAC2FQAA+RUAALgVAAAPHQEAuRUAABtIBgC7FQAAC6QFAL0VAAAD1ggAvxUAACZ6BQDEFQAAr/QBAMcVAAAJHwUA+hUAAEQWAAD8FQAAtfoEAP8VAADl8wgAWxYAAI8WAACnFgAA2hYAAOUWAAAlFwAAPhcAAHAXAAByFwAAuxcAANUXAAAGGAAAFRgAAFEYAABWGAAAnBgAAKkYAADnGAAA9xgAADIZAAA6GQAAfRkAAIkZAADIGQAA1RkAABMaAAAdGgAAXhoAAGQaAACpGgAAvRoAAPbBCwD6GgAAPxsAAP4aAADh9gkACxsAAPUBCQBaGwAAihsAAJYbAADVGwAA2xsAACAcAAAjHAAA7MMEACgcAABrHAAAbhwAACHpBAByHAAAthwAAHYcAABjPAYAeRwAAG/oAgC7HAAAAR0AAA0dAABMHQAATx0AAJcdAACfHQAA4h0AAO8dAAAtHgAAMh4AAHgeAACCHgAAwx4AAMseAAAOHwAAER8AAFkfAABiHwAApB8AAKUfAADvHwAA8B8AADogAAA/IAAAhSAAAIsgAADQIAAA2iAAABshAAAjIQAAZiEAAGkhAACxIQAAtCEAAPwhAAANIgAAQcILAEkiAAD2gAEATCIAANg8CQBQIgAAOSULAFMiAACSIgAAVSIAAGPSBgCqIgAA3SIAAOAiAAAoIwAANCMAAHMjAACAIwAAviMAAMUjAAAJJAAACyQAAFQkAABdJAAAnyQAAKkkAADqJAAA9SQAADUlAABRJQAAgCUAAIglAACMwgsA0CUAABYmAAAeJgAAYSYAAGImAACsJgAAriYAAPcmAAD6JgAAQicAAEUnAADXwgsAkicAANgnAADeJwAAIygAACooAABuKAAAdigAALkoAAC8KAAABCkAAA0pAABPKQAAUCkAAJopAACbKQAA5SkAAPYpAAAwKgAAPioAAHsqAACHKgAAxioAAM0qAAAiwwsAFysAAFwrAABeKwAApysAAL0rAADyKwAA+isAAD0sAAA/LAAAiCwAAJEsAADTLAAA3SwAAB4tAAApLQAAaS0AAHUtAAC0LQAAwS0AAP8tAAAJLgAASi4AAFguAACVLgAApC4AAOAuAADiLgAAKy8AADUvAAB2LwAAhC8AAMEvAADGLwAADDAAABkwAABXMAAAXzAAAKIwAACoMAAA7TAAAPkwAAA4MQAAVTEAAIMxAACMMQAAzjEAANwxAAAZMgAAHzIAAGQyAABwMgAArzIAALIyAAD6MgAAAjMAAEUzAABWMwAAkDMAAJ4zAADbMwAA9DMAACY0AAAnNAAAcTQAAI40AABtwwsAwTQAAAc1AAANNQAAUjUAAFo1AACdNQAApjUAAOg1AADrNQAAMzYAAD82AAB+NgAAhDYAAAPECwDlNgAAFDcAABw3AABOxAsAYjcAAKo3AAC7NwAA9TcAAP03AABAOAAATjgAAIs4AACOOAAA1jgAAN44AAAhOQAALjkAAGw5AABxOQAAtzkAAME5AAACOgAACjoAAE06AABZOgAAmDoAAKU6AADjOgAA5ToAAC47AABHOwAAeTsAAIo7AADEOwAA0DsAAA88AAAWPAAAWjwAAGI8AAClPAAAqjwAAPA8AAD9PAAAOz0AAEM9AACGPQAAkD0AANE9AADcPQAAHD4AACg+AABnPgAAbz4AAJnECwC+PgAA/T4AAAM/AABIPwAAYz8AAJM/AACfPwAA3j8AAOQ/AADkxAsALkAAAFnhAQAvQAAA5hUEADBAAAAq7gUANEAAAHRAAAA1QAAAN0gIADdAAACvlwQAPUAAAI3pAQCAQAAAv0AAAMVAAADHiAoAx0AAAC/FCwAWQQAAVUEAAFtBAACgQQAAu0EAAOtBAAD3QQAANkIAADxCAACBQgAAiUIAAMxCAADSQgAAF0MAACNDAABiQwAAf0MAAK1DAAC2QwAA+EMAAAREAABDRAAARkQAAI5EAACYRAAA2UQAAOVEAAAkRQAAK0UAAG9FAAB3RQAAukUAALtFAADXVQAAvUUAAAVGAAAURgAAUEYAAFZGAACbRgAAnUYAAOZGAAD8RgAAMUcAAE9HAAB8RwAAlUcAAMdHAADJRwAAEkgAABVIAABdSAAAaUgAAKhIAACvSAAA80gAAPtIAAA+SQAAQEkAAIlJAACSSQAA1EkAAN5JAAAfSgAAKkoAAGpKAAB2SgAAtUoAAMJKAAAASwAACksAAEtLAABZSwAAlksAAKVLAADhSwAA40sAACxMAAA2TAAAd0wAAIVMAADCTAAAx0wAAA1NAAAaTQAAWE0AAG1NAACjTQAAq00AAO5NAAAHTgAAOU4AAEJOAACETgAAjk4AAM9OAADXTgAAGk8AACdPAABlTwAAak8AALBPAAC4TwAA+08AAPxPAABGUAAASFAAAJFQAACUUAAA3FAAAN9QAAB6xQsALFEAAHJRAAB4UQAAvVEAAMRRAAAIUgAAEFIAAFNSAABXUgAAnlIAAKBSAADpUgAA7FIAADRTAAA8UwAAf1MAAIBTAADKUwAA0FMAABVUAAAaVAAAYFQAAHtUAACrVAAAuVQAAPZUAAD9VAAAQVUAAE1VAACMVQAAk1UAAMXFCwDZVQAAIlYAACVWAABtVgAAcFYAABDGCwC9VgAAA1cAAAlXAABOVwAAVVcAAJlXAAC3VwAA5FcAAP1XAAAvWAAAMVgAAHpYAAB9WAAAxVgAANFYAAAQWQAAF1kAAFtZAABjWQAAplkAAKhZAADxWQAA+lkAADxaAABGWgAAh1oAAJJaAADSWgAA3loAAB1bAAAqWwAAaFsAAHJbAACzWwAAwVsAAP5bAAANXAAASVwAAEtcAACUXAAAnlwAAN9cAADtXAAAKl0AAC9dAAB1XQAAgl0AAMBdAADVXQAAC14AABNeAABWXgAAb14AAKFeAACqXgAA7F4AAPZeAAA3XwAAP18AAIJfAACPXwAAzV8AANJfAAAYYAAAIGAAAGNgAABkYAAArmAAALBgAAD5YAAA/GAAAERhAABHYQAAW8YLAJRhAADaYQAA4GEAACViAAAsYgAAcGIAAHhiAAC7YgAAv2IAAAZjAAAIYwAAUWMAAFRjAACcYwAApGMAAOdjAADoYwAAMmQAADhkAAB9ZAAAgmQAAMhkAADjZAAAE2UAACFlAABeZQAAZWUAAKllAAC1ZQAA9GUAAPtlAACmxgsAQmYAAIpmAACbZgAA1WYAAN1mAAACZgEA8WYAACBnAAAoZwAA8cYLAHpnAAC2ZwAAvGcAAAFoAAADaAAATGgAAGJoAACXaAAAtWgAAOJoAADlaAAALWkAADlpAAB4aQAAfmkAAMNpAADeaQAADmoAABpqAABZagAAX2oAAKRqAADCagAA72oAAP9qAAA6awAASGsAAIVrAACLawAA0GsAANNrAAAbbAAAJWwAAGZsAACEbAAAsWwAAMdsAAD8bAAACG0AAEdtAABKbQAAkm0AAJVtAADdbQAA320AAChuAAA/bgAAc24AAH9uAAC+bgAA2m4AAAlvAAARbwAAPMcLAGVvAACfbwAArW8AAOpvAAD2bwAANXAAAEJwAACAcAAAinAAAMtwAADTcAAAFnEAABdxAABhcQAAY3EAAKxxAACvcQAA93EAAPpxAACHxwsAR3IAAI1yAACTcgAA2HIAAN9yAAAjcwAAK3MAAG5zAACEcwAAuXMAAMJzAAAEdAAAB3QAAE90AABZdAAAmnQAAKJ0AADldAAA/nQAADB1AAA8dQAAe3UAAIN1AADSxwsAznUAABF2AAAUdgAAXHYAAGZ2AACndgAArXYAAPJ2AAAAdwAAPXcAAEp3AACIdwAAn3cAAB3ICwDUdwAAbrQKANZ3AAC9fQEA2XcAAIQQAgDadwAARuEFANt3AABk4gQA3HcAAMivAADddwAAK/EBAOB3AABTkwoA4ncAAB54AADkdwAA21oGAOl3AAAvCAUA6ncAAP3pCQAoeAAATCUHAC14AABpeAAAdXgAALR4AAC1eAAAA/oCALd4AAD/eAAAAnkAAEp5AABReQAAwVsBAFJ5AACVeQAAYnkAAFwMAQCceQAA4HkAAOx5AAAregAAOHoAAHZ6AACEegAAwXoAAM16AAAMewAAE3sAAFd7AABfewAAonsAALJ7AADtewAA8nsAADh8AAA+fAAAg3wAAIt8AADOfAAA13wAABl9AAAcfQAAZH0AAHB9AACvfQAAtX0AAGjICwAZfgAAs8gLAFJ+AACQfgAAkn4AAM/kAACTfgAA/C4CAJd+AACA0AkAm34AAFYoCQCcfgAAV5AJAJ9+AADFIgkAqX4AAF0KAgCwfgAA234AAOh+AAAmfwAAK38AAHF/AAB1fwAAvH8AAMl/AAAHgAAAD4AAAFKAAAASgAAAMTAIAFmAAACdgAAAaIAAADLoAwCfgAAA6IAAAPKAAAAzgQAANYEAAH6BAACXgQAAyYEAAMuBAAAUggAAF4IAAF+CAABrggAAqoIAALKCAAD+yAsA+4IAAECDAAD9ggAAIwwNAASDAABZGgUABoMAACVdBQAIgwAAtSsBABGDAACy6QkARoMAAKrNAABYgwAAi4MAAI2DAADWgwAAmIMAAACWAACkgwAAHIkAAOWDAAAhhAAAMIQAAGyEAAB4hAAAt4QAALqEAAAChQAABYUAAE2FAABlhQAAmIUAAJ+FAADjhQAA74UAAC6GAAA7hgAAeYYAAIeGAADEhgAA0IYAAA+HAAAWhwAAWocAAHKHAAClhwAAsYcAAPCHAAD2hwAAO4gAAEGIAACGiAAAi4gAANGIAADXiAAAlMkLAB6JAABniQAAbokAALKJAADKiQAA/YkAAASKAABIigAAYYoAAJOKAACrigAA3ooAAOqKAAApiwAAL4sAAHSLAAB6iwAAv4sAAMSLAAAKjAAAEIwAAN/JCwBujAAAoIwAALGMAADrjAAA+YwAADaNAABFjQAAgY0AAImNAADMjQAA7I0AABeOAAAjjgAAYo4AAHaOAACtjgAAtY4AAPiOAAD+jgAAQ48AAE+PAACOjwAAmI8AANmPAADfjwAAJJAAADKQAABvkAAAe5AAALqQAADVkAAABZEAAAeRAABQkQAAYZEAAJuRAACjkQAA5pEAAPSRAAAxkgAANJIAAHySAACEkgAAx5IAANSSAAASkwAAF5MAAF2TAABnkwAAqJMAALCTAADzkwAA9ZMAAD6UAABPlAAAiZQAAJqUAADUlAAA2ZQAAB+VAAAjlQAAapUAAHaVAAC1lQAAvJUAACrKCwAFlgAAS5YAAFWWAACWlgAArpYAAOGWAADklgAALJcAADWXAAB3lwAAeJcAAMKXAADDlwAADZgAABKYAABYmAAAXpgAAKOYAACtmAAA7pgAAPqYAAA5mQAAQJkAAISZAACcmQAAz5kAANGZAAAamgAAI5oAAGWaAABvmgAAsJoAALuaAAD7mgAAE5sAAEabAABcmwAAkZsAAJabAADcmwAA45sAACecAAAznAAAdcoLAHScAAAaXAIAd5wAAHCOAQB7nAAA+PMEAIOcAAC9nAAAv5wAAE4ZAgDLnAAACJ0AABSdAABTnQAAF50AANqIBgBgnQAAnp0AAKidAADpnQAA6p0AAOR5CwDxnQAANJ4AADueAAB/ngAAT54AADZuAQCEngAAyp4AANaeAAAVnwAAGJ8AAGCfAABonwAAq58AALifAAD2nwAA+58AAEGgAABLoAAAjKAAAJSgAADXoAAA2qAAACKhAAAroQAAbaEAAG6hAAC4oQAAuaEAAAOiAAAIogAATqIAAFSiAACZogAAo6IAAOSiAADsogAAL6MAADGjAAB6owAAg6MAAMWjAADPowAAEKQAABukAABbpAAAZ6QAAKakAACzpAAA8aQAAPukAAA8pQAASqUAAIelAACWpQAA0qUAANSlAAAdpgAAJ6YAAGimAAB2pgAAs6YAALimAAD+pgAAC6cAAEmnAABRpwAAlKcAAJWnAADfpwAA5acAACqoAAAvqAAAdagAAH+oAADAqAAAxagAAAupAAAaqQAAVqkAAFupAAChqQAAsqkAAOypAAD0qQAAN6oAAD2qAACCqgAAjqoAAM2qAADqqgAAGKsAACGrAABjqwAAb6sAAK6rAACxqwAA+asAAAOsAABErAAAUKwAAI+sAACWrAAA2qwAAOKsAAAlrQAAPq0AAHCtAACErQAAu60AAMOtAAAGrgAACa4AAFGuAABdrgAAnK4AAKKuAADnrgAAAq8AADKvAAA+rwAAfa8AAIOvAADAygsA0q8AABOwAAAesAAAXrAAAGawAADlvwAAarAAAKmwAAC2sAAA9LAAAP6wAAA/sQAATbEAAIqxAACZsQAA1bEAANexAAAgsgAAKrIAAGuyAAB5sgAAtrIAALuyAAABswAADrMAAEyzAABUswAAl7MAAJizAADiswAAm7MAAGNBAQCnswAAyWIBAPOzAAAttAAANrQAAHi0AACPtAAAw7QAANG0AAAOtQAAG7UAAFm1AABhtQAApLUAAMO1AAALywsA+LUAADq2AABEtgAAhbYAAJC2AABWywsA0rYAABu3AAAktwAAZrcAAHC3AACxtwAAvLcAAPy3AAAIuAAAR7gAAFS4AACSuAAAnLgAAN24AADruAAAKLkAADe5AABzuQAAdbkAAL65AADIuQAACboAABe6AABUugAAWboAAJ+6AACsugAA6roAAPK6AAA1uwAAO7sAAIC7AACMuwAAy7sAAOi7AAAWvAAAH7wAAGG8AABvvAAArLwAALK8AAD3vAAAA70AAEK9AABJvQAAocsLAI+9AABb0AEAk70AANi9AADdvQAAI74AAOa9AABgjQMAML4AAG6+AACFvgAAub4AALq+AAAEvwAABr8AAE+/AABSvwAAmr8AAJ2/AADsywsABsAAADDAAAAxwAAAe8AAAH3AAADGwAAAycAAABHBAAAUwQAAN8wLAGHBAACnwQAArcEAAPLBAAD5wQAAPcIAAF/CAACIwgAAkMIAANPCAADiwgAAHsMAACDDAABpwwAAesMAALTDAADFwwAA/8MAAAvEAABKxAAAUcQAAJXEAACdxAAA4MQAAOTEAAArxQAAOcUAAHbFAACAxQAAwcUAAMzFAAAMxgAAEcYAAFfGAABgxgAAosYAAKzGAADtxgAA9cYAADjHAAA6xwAAg8cAAJDHAADOxwAA4scAABnIAAAhyAAAZMgAAGXIAACvyAAAscgAAPrIAAD9yAAARckAAEjJAACCzAsAlckAANvJAADhyQAAJsoAAC3KAABxygAAecoAALzKAADLygAAB8sAAAzLAABSywAAX8sAAJ3LAACtywAA6MsAAPbLAAAzzAAASswAAH7MAACHzAAAycwAAM/MAAAUzQAAIM0AAF/NAABmzQAAzcwLAK/NAAASVQIAss0AAPXNAAC3zQAA65QHAATOAABAzgAAUc4AAIvOAACZzgAA1s4AAOLOAAAhzwAALs8AAGzPAAB2zwAAt88AAL/PAAAC0AAABdAAAE3QAABZ0AAAmNAAAKXQAADj0AAA7dAAAC7RAAA20QAAedEAAHvRAADE0QAAzdEAAA/SAAAZ0gAAWtIAAGXSAACl0gAAutIAAPDSAAD40gAAO9MAAFTTAACG0wAAj9MAANHTAADb0wAAHNQAACTUAABn1AAAdNQAALLUAAC31AAA/dQAAAXVAABI1QAASdUAAJPVAACV1QAA3tUAAOHVAAAp1gAALNYAABjNCwB51gAAv9YAAMXWAAAK1wAAEdcAAFXXAABd1wAAoNcAAK7XAADr1wAA7tcAADbYAAA+2AAAgdgAAITYAADM2AAA2NgAABfZAAAh2QAAY80LAGTZAACt2QAAZdkAAJVDCQBt2QAAeO0DAHHZAADHvgEActkAACb+CACG2QAAlaUBALbZAAD42QAAAtoAAEPaAABO2gAAjtoAAJraAADZ2gAA5toAACTbAAAu2wAAb9sAAH3bAAC62wAAydsAAAXcAAAH3AAAUNwAAFrcAACb3AAAqdwAAObcAADr3AAAMd0AAD7dAAB83QAAjN0AAMfdAADJ3QAAEt4AACDeAABd3gAAbt4AAK7NCwCv3gAA+c0LAPveAABEzgsAR98AAInfAACT3wAA1N8AAN/fAAAf4AAAK+AAAGrgAAB34AAAteAAAL/gAAAA4QAADuEAAEvhAABa4QAAluEAAJjhAADh4QAA6+EAACziAAA64gAAd+IAAHziAADC4gAAz+IAAA3jAAAV4wAAWOMAAGjjAACj4wAApeMAAO7jAAD84wAAOeQAAErkAACPzgsAi+QAANrOCwDo5AAAGuUAACvlAABl5QAAceUAALDlAAC45QAAJc8LAADmAABG5gAATuYAAJHmAACT5gAA3OYAAJbmAAB82AUAoOYAAHrcAwDl5gAAJ+cAAOvmAAAu2QcAMecAAHLnAAB95wAAvecAAMnnAAAI6AAAFegAAFPoAABd6AAAnugAAKzoAADp6AAA+OgAADTpAAA26QAAf+kAAInpAADK6QAA1ukAABXqAAAd6gAAcM8LAGPqAACr6gAAueoAAPbqAAAD6wAAQesAAFjrAACM6wAAlOsAANfrAADt6wAAIuwAAC7sAABt7AAAfOwAALjsAADD7AAAA+0AAAXtAABO7QAAW+0AAJntAACn7QAA5O0AAOftAAAv7gAARe4AAHruAACC7gAAxe4AANfuAAC7zwsAHe8AACDHCQAf7wAAW+8AAGDvAACm7wAAre8AAPHvAAD97wAAPPAAAEnwAACH8AAAifAAANLwAADo8AAAHfEAACnxAABo8QAAh/EAALPxAADP8QAA/vEAAAbyAAAG0AsAS/IAAJTyAACd8gAA3/IAAOnyAAAq8wAANfMAAHXzAACB8wAAwPMAAM3zAAAL9AAAFfQAAFb0AABk9AAAofQAALD0AADs9AAA7vQAADf1AABB9QAAgvUAAJD1AADN9QAA0vUAABj2AAAl9gAAY/YAAHP2AACu9gAAsPYAAPn2AAAH9wAARPcAAFX3AABR0AsAlvcAAJzQCwDc9wAAPCkEAN/3AAAl+AAA4/cAAIqSAQDm9wAAZA4GAOj3AABDcAEA7vcAAO20AwAs+AAAE5kIADL4AABw+AAAh/gAALv4AADA+AAABvkAAAn5AABR+QAAEPkAAPTKBAAi+QAAVNQEAFb5AABZzwQAXfkAAJz5AACi+QAAcwQBAKv5AADn+QAA8PkAADL6AAA4+gAAffoAAIv6AADI+gAA0voAABP7AAAn+wAAXvsAAGr7AACp+wAAvPsAAPT7AAAD/AAAP/wAAEv8AACK/AAAi/wAANX8AADf/AAAIP0AAC79AABr/QAAcP0AALb9AADD/QAAMtELABT+AABM/gAAW/4AAJf+AACj/gAA4v4AAOP+AAAt/wAAN/8AAHj/AACG/wAAw/8AAMj/AAAOAAEAGwABABPSCwBbAAEApAABAK0AAQDvAAEA+QABADoBAQBFAQEAhQEBAJEBAQDQAQEA3QEBABsCAQAlAgEAZgIBAHQCAQCxAgEAwAIBAPwCAQD+AgEARwMBAFEDAQCSAwEAoAMBAN0DAQDqAwEAKAQBAD8EAQBe0gsAjgQBAL4EAQDKBAEACQUBAA8FAQBUBQEAYAUBAJ8FAQClBQEA6gUBAPAFAQA1BgEAOgYBAIAGAQCGBgEAqdILANQGAQAWBwEAIAcBAGEHAQBsBwEArAcBALgHAQD3BwEABAgBAEIIAQBMCAEAjQgBAJsIAQDYCAEA5wgBACMJAQAlCQEAbgkBAHgJAQC5CQEAxwkBAAQKAQAJCgEATwoBAFwKAQCaCgEAogoBAOUKAQD1CgEAMAsBADILAQB7CwEAiQsBAMYLAQDXCwEAitMLABgMAQDV0wsAYgwBAKcMAQCzDAEA8gwBAAINAQA9DQEARg0BAIgNAQCLDQEA0w0BAN8NAQAeDgEAJQ4BAGkOAQBxDgEAtA4BANIOAQD/DgEABw8BAEoPAQBbDwEAlQ8BAJoPAQDgDwEA9w8BACsQAQA5EAEAdhABAIMQAQDBEAEAyRABAAwRAQAQEQEAVxEBAFkRAQCiEQEApREBAO0RAQD1EQEAOBIBAD4SAQCDEgEAjxIBAM4SAQDeEgEAGRMBACITAQBkEwEAZxMBAK8TAQC7EwEA+hMBAAEUAQAg1AsAThQBAJAUAQCTFAEA2xQBAOkUAQAmFQEAMxUBAHEVAQCIFQEAvBUBAMQVAQAHFgEACRYBAFIWAQBbFgEAnRYBAKcWAQDoFgEA8xYBADMXAQA/FwEAfhcBAIsXAQDJFwEA0xcBABQYAQAiGAEAXxgBAG4YAQCqGAEArBgBAPUYAQD/GAEAQBkBAE4ZAQCLGQEAkBkBANYZAQDjGQEAIRoBACkaAQBsGgEAghoBALcaAQDDGgEAAhsBABEbAQBNGwEAWBsBAJgbAQCaGwEA4xsBAPAbAQAuHAEAPBwBAHkcAQB8HAEAxBwBANocAQBr1AsAFx0BACfIAQAdHQEAlyoCACcdAQBaHQEAXB0BAKUdAQC2HQEA8B0BAAEeAQA7HgEAQB4BAIYeAQCKHgEA0R4BAN0eAQAcHwEAIx8BAGcfAQBvHwEAsh8BANAfAQD9HwEABSABALbUCwBNIAEAkyABAJQgAQCFFgoAoiABALVfCQCsIAEA3iABAOAgAQApIQEAQiEBAHQhAQCFIQEAvyEBAMshAQAKIgEADCIBAFUiAQBeIgEAoCIBAGQiAQCbJwEAqiIBAOsiAQD2IgEANiMBAEIjAQCBIwEAjiMBAMwjAQDWIwEAFyQBACUkAQBiJAEAcSQBAK0kAQCvJAEA+CQBAAIlAQBDJQEAUSUBAI4lAQCTJQEA2SUBAOYlAQAkJgEAMCYBAG8mAQB1JgEAuiYBAMAmAQAFJwEACicBAFAnAQBWJwEAAdULAKonAQDmJwEA8icBADEoAQA0KAEAfCgBAH8oAQDHKAEAzigBABIpAQAeKQEAXSkBAGopAQCoKQEAtikBAPMpAQD/KQEAPioBAEUqAQBM1QsAjyoBANQqAQDaKgEAHysBACQrAQBqKwEAcCsBAJfVCwC2KwEAhrQBAMErAQD4sAsAwysBAFhiCQDEKwEAACwBAAwsAQBLLAEATCwBAJYsAQBXLAEAaHAJAKAsAQDhLAEA7ywBACwtAQAxLQEAdy0BAIQtAQDi1QsAxC0BAD8wCQDQLQEAhyQJAOUtAQANLgEAMi4BAFguAQB+LgEAoy4BAMouAQDuLgEAEi8BADkvAQBBLwEALdYLAJAvAQDPLwEA0S8BABowAQAdMAEAZTABAGowAQCwMAEAvTABAPswAQAXMQEARjEBAE4xAQB41gsAmjEBANwxAQCeMQEApjoBAN8xAQAnMgEAMzIBAHIyAQB4MgEAvTIBAMoyAQAIMwEACjMBAFMzAQBpMwEAnjMBAKozAQDpMwEA8TMBAMPWCwA6NAEAfzQBAIc0AQDKNAEAyzQBABU1AQAXNQEAYDUBAGM1AQCrNQEArjUBAA7XCwD7NQEAQTYBAEc2AQCMNgEAkzYBANc2AQDfNgEAIjcBAC83AQBtNwEAcjcBALg3AQDCNwEAAzgBAAs4AQBOOAEAUDgBAJk4AQCqOAEA5DgBAPU4AQAvOQEANDkBAHo5AQB+OQEAxTkBANE5AQAQOgEAFzoBAFs6AQBtOgEAWdcLAKs6AQDxOgEA+ToBADw7AQA+OwEAhzsBAJY7AQDSOwEA4TsBAB08AQApPAEAaDwBAGs8AQCzPAEAtjwBAP48AQAGPQEAST0BAFM9AQCUPQEAmT0BAN89AQDnPQEAKj4BADQ+AQB1PgEAgD4BAMA+AQDOPgEACz8BAA4/AQBWPwEAXj8BAKE/AQC8PwEA7D8BAPc/AQA3QAEAPEABAIJAAQCFQAEAzUABANdAAQAYQQEAKkEBAKTXCwBxQQEArkEBALhBAQD5QQEABEIBAERCAQBMQgEAj0IBAJVCAQDaQgEA3EIBACVDAQA+QwEAcEMBAIlDAQC7QwEAyUMBAAZEAQAQRAEAUUQBAGdEAQCcRAEAuUQBAOdEAQDvRAEAMkUBAEJFAQB9RQEAf0UBAMhFAQDWRQEAE0YBACRGAQDv1wsAZUYBADrYCwCqRgEA9EYBAAVHAQA/RwEAS0cBAIpHAQCMRwEA1UcBANhHAQAgSAEALEgBAGtIAQBzSAEA0NgLAMFIAQABSQEADUkBAExJAQBbSQEAl0kBALdJAQDiSQEA6kkBAC1KAQBBSgEAeEoBAH1KAQDDSgEAzEoBAA5LAQAUSwEAWUsBAGFLAQCkSwEAs0sBAO9LAQD0SwEAOkwBAEdMAQCFTAEAkkwBANBMAQDcTAEAG00BACpNAQBmTQEAcE0BALFNAQC/TQEA/E0BAAFOAQBHTgEAVE4BAJJOAQCaTgEA3U4BAOBOAQAoTwEANE8BAHNPAQB9TwEAvk8BAMhPAQAJUAEAF1ABAFRQAQBhUAEAn1ABALZQAQDqUAEA7VABABvZCwA4UQEADg0DAD9RAQBMggQAQlEBAIBRAQBFUQEA0Z0JAEZRAQCaNgIAS1EBAFRdAwCHUQEAoAMCAJtRAQDLUQEAzVEBABZSAQAnUgEAYVIBAG9SAQCsUgEAs1IBAPdSAQD5UgEAQlMBAPxSAQCzHQIA/1IBAN5rAQBRUwEAjVMBAJxTAQDYUwEA5FMBACNUAQAmVAEAblQBAHFUAQC5VAEA2VQBAARVAQAQVQEAT1UBAGNVAQCaVQEAqFUBAOVVAQDsVQEAZtkLAEdWAQB7VgEAfVYBADsHCQB+VgEAWgYJAIhWAQDGVgEAyFYBABFXAQAbVwEAXFcBACJXAQB0CgkAZVcBAKdXAQCtVwEA8lcBAP5XAQA9WAEARFgBAIhYAQCNWAEA01gBAN9YAQAeWQEAIVkBAGlZAQB2WQEAtFkBALlZAQD/WQEACVoBAEpaAQBgWgEAlVoBAJdaAQDgWgEA6loBACtbAQA6WwEAdlsBAIFbAQCx2QsAzVsBAAxcAQAZXAEAV1wBAGVcAQCiXAEArlwBAO1cAQD0XAEA/NkLAD1dAQCDXQEARF0BAGArCwBGXQEABGIDAIVdAQAh3AIAiF0BALlcCACaXQEAzl0BANxdAQAZXgEAJl4BAGReAQBsXgEAr14BALleAQBi1AUAv14BAPpeAQD8XgEARV8BAFNfAQCQXwEAoV8BAEfaCwDiXwEAktoLACtgAQBxYAEAd2ABALxgAQDEYAEAB2EBABBhAQBSYQEAVWEBAJ1hAQCpYQEA6GEBAO5hAQAzYgEAO2IBAH5iAQCdYgEAKNsLAMtiAQAUYwEAImMBAF9jAQBwYwEAc9sLALFjAQC+2wsA+mMBAEBkAQBGZAEAi2QBAJNkAQDWZAEA32QBACFlAQAkZQEAbGUBAHhlAQC3ZQEAvWUBAFTcCwAEZgEATWYBAFZmAQCYZgEAomYBAONmAQDuZgEALmcBADpnAQB5ZwEAhmcBAMRnAQDOZwEAD2gBAB1oAQBaaAEAaWgBAKVoAQCnaAEA8GgBAPpoAQA7aQEASWkBAIZpAQCLaQEA0WkBAN5pAQAcagEAJGoBAGdqAQB3agEAsmoBALRqAQD9agEAC2sBAEhrAQBZawEAn9wLAJprAQDq3AsA52sBAClsAQAsbAEAdGwBAIBsAQC/bAEAxWwBAAptAQAXbQEAVW0BAFdtAQCgbQEAtm0BAOttAQD3bQEANd0LAEJuAQCBbgEAh24BAMxuAQDPbgEAF28BACVvAQBibwEAZ28BAK1vAQC6bwEA+G8BAABwAQCA3QsAUHABAI5wAQCccAEA2XABAO9wAQAkcQEALXEBAG9xAQCFcQEAunEBAMJxAQAFcgEACHIBAFByAQBZcgEAm3IBAJxyAQDmcgEA53IBADFzAQA2cwEAfHMBAIJzAQDHcwEA0XMBABJ0AQAedAEAXXQBAGR0AQCodAEAsHQBAPN0AQD1dAEAPnUBAD91AQCJdQEAl3UBANR1AQDcdQEAH3YBADp2AQBqdgEAdnYBALV2AQC7dgEAAHcBAAN3AQBLdwEAWXcBAJZ3AQCbdwEA4XcBAO53AQAseAEANHgBAHd4AQCFeAEAwngBAMV4AQDL3QsAEHkBAFh5AQAReQEAcGoHABl5AQAVXAcAG3kBAP5RCgAgeQEAxHwKAFt5AQCjeQEAtHkBAO55AQAKegEAOXoBAEF6AQAW3gsAlXoBAM96AQDXegEAGnsBACB7AQBlewEAansBALB7AQC5ewEA+3sBAAV8AQBGfAEAVHwBAJF8AQCefAEA3HwBAOh8AQAnfQEAKn0BAHJ9AQCOfQEAYd4LAMB9AQAIfgEA0X0BAIdIAwAUfgEAU34BAFl+AQCefgEAqH4BAKzeCwDufgEANH8BAEF/AQB/fwEAh38BAKfjCwCLfwEAyn8BAI9/AQCmhQEA0H8BABWAAQAbgAEAYIABAGWAAQCrgAEAsYABAPfeCwAAgQEAHAgJAASBAQBBgQEAUoEBAELfCwCTgQEAjd8LAN+BAQDY3wsAMIIBAG2CAQB0ggEAuIIBAMCCAQADgwEAEIMBAE6DAQBTgwEAmYMBAKODAQDkgwEA7IMBAC+EAQA1hAEAeoQBAHyEAQDFhAEA04QBABCFAQAThQEAW4UBAGeFAQAj4AsAqIUBAPGFAQD/hQEAPIYBAE2GAQBu4AsAjoYBALngCwDYhgEAHYcBACOHAQBohwEAbYcBALOHAQC5hwEABOELAACIAQBJiAEACogBAJVIBABkiAEAlIgBAJaIAQDfiAEA+YgBACqJAQA3iQEA9G0HADuJAQB1iQEAd4kBAMCJAQDNiQEAC4oBACKKAQBWigEAcIoBAKGKAQCjigEA7IoBAO+KAQA3iwEAOosBAIKLAQCOiwEAzYsBANOLAQAYjAEAIowBAE/hCwBojAEArowBALuMAQD5jAEABY0BAESNAQBKjQEAj40BAJWNAQDajQEA340BACWOAQArjgEAmuELAHeOAQCuoQoAeY4BALsFAwB9jgEAO0oCAIGOAQB88gkAho4BALuOAQC8jgEABo8BANGOAQDHywMACI8BAFGPAQAUjwEAymACAFePAQCcjwEAqo8BAOePAQDqjwEAMpABADeQAQB9kAEAipABAMiQAQDYkAEAE5EBABWRAQBekQEAbJEBAKmRAQC6kQEA5eELAPqRAQA/kgEAS5IBADDiCwCbkgEA1ZIBAN+SAQAgkwEALpMBAGuTAQBskwEAtpMBAMeTAQABlAEADZQBAEyUAQBclAEAl5QBAJmUAQDilAEA8JQBAC2VAQA+lQEAe+ILAH6VAQDDlQEAz5UBAMbiCwAalgEAWZYBAF+WAQCklgEAqpYBAO+WAQD0lgEAOpcBAECXAQAR4wsAjZcBANCXAQDalwEAiG0KAOmXAQAbmAEAJJgBAGaYAQBwmAEAsZgBALmYAQD8mAEAAJkBAEeZAQBJmQEAkpkBAJWZAQDdmQEA+ZkBAFzjCwA5mgEAc5oBAH+aAQC+mgEAzpoBAAmbAQATmwEAVJsBAFybAQCfmwEAypsBAOqbAQDLmwEABKABABWcAQA1nAEAPZwBAICcAQCGnAEAy5wBANmcAQAWnQEALZ0BAGGdAQBsnQEArJ0BALadAQD3nQEAIZ4BAEKeAQBKngEAjZ4BAJ2eAQDYngEA2p4BACOfAQAxnwEAbp8BAH+fAQDy4wsAwJ8BAD3kCwAvoAEAT6ABAFegAQCaoAEAoKABAOWgAQDzoAEAMKEBAEehAQB7oQEAhqEBAMahAQDQoQEAEaIBADuiAQBcogEAZKIBAKeiAQC3ogEA8qIBAPSiAQA9owEAS6MBAIijAQCZowEAiOQLANqjAQDT5AsAIKQBAGmkAQB3pAEAtKQBAMWkAQAe5QsABqUBAGnlCwBSpQEAtOULAJ2lAQD/5QsA4qUBACumAQA5pgEAdqYBAIemAQBK5gsAx6YBAAynAQAYpwEAleYLAGCnAQCipwEAr6cBAO2nAQD7pwEAOKgBAEKoAQCDqAEAnagBAM6oAQDRqAEAGakBACCpAQBkqQEAhKkBAK+pAQDJqQEA4OYLAAeqAQBFqgEAC6oBAJ33AQAQqgEA9UQCAFOqAQCQqgEAmqoBANuqAQD1qgEAJqsBADarAQBxqwEAd6sBALyrAQC+qwEAB6wBAB2sAQBSrAEAXqwBAJ2sAQChrAEA6KwBAO2sAQAzrQEAOa0BAH6tAQCerQEAya0BAOOtAQAUrgEAFq4BAF+uAQBirgEAqq4BAK2uAQD1rgEAAa8BAECvAQBGrwEAi68BAJWvAQAr5wsA268BACGwAQAusAEAbLABAHiwAQC3sAEAyrABAAKxAQARsQEATbEBAFmxAQCYsQEAmbEBAOOxAQDtsQEALrIBADyyAQB5sgEAfrIBAMSyAQDRsgEAducLABCzAQBRLQkAEbMBAKdACQASswEAq2kJABWzAQArNwcAFrMBAEwyCQAZswEANP4JABqzAQCxNgkAG7MBAPGNCAAcswEAP+UIAB2zAQAPuwgAHrMBAOkhBAAfswEAWrMBACezAQBf0AwAK7MBAA8TCwBNswEAYP8JAFyzAQClswEAs7MBAPCzAQABtAEAwecLAEK0AQAM6AsAkrQBANG0AQDgtAEAHLUBACa1AQBntQEAc7UBALK1AQC5tQEAougLAP+1AQBItgEAWbYBAJO2AQCctgEA3rYBAOq2AQAptwEALLcBAHS3AQB8twEAv7cBAMm3AQAKuAEAD7gBAFW4AQBduAEAoLgBALm4AQDruAEA97gBADa5AQA+uQEAOOkLAIm5AQCD6QsAz7kBABe6AQAaugEAYroBAG66AQCtugEAs7oBAPi6AQACuwEAzukLAEi7AQCOuwEAm7sBANm7AQDhuwEAGeoLACq8AQBvvAEAdbwBALq8AQC/vAEABb0BAAu9AQBk6gsAWL0BAK/qCwCdvQEAaEQIAKC9AQDmvQEAp70BAJILCADwvQEAMb4BAPW9AQCfSwYAOb4BANaYCQBNvgEAfL4BAIS+AQD66gsAzL4BABK/AQAovwEAXb8BAF6/AQCovwEAqr8BAPO/AQD5vwEAPsABAErAAQCJwAEAkMABANTAAQDcwAEAH8EBACjBAQBqwQEAbcEBALXBAQDDwQEAAMIBAA3CAQBLwgEAYsIBAJbCAQCewgEA4cIBAO3CAQDCwwEADMMBACzDAQBXwwEAd8MBAJvDAQBF6wsA38MBAA3EAQAWxAEA7sQBAB7EAQBYxAEAhsQBAKPEAQDHxAEAkOsLAPDEAQA5xQEASsUBAITFAQCyxQEAz8UBAPPFAQDb6wsAIMYBACoNBQAjxgEAZcYBACbGAQA/pwoAb8YBALDGAQByxgEAMhQFAHPGAQC0bgoAuMYBAPvGAQD/xgEARscBAEjHAQCRxwEAlMcBANzHAQD4xwEAJuwLACzIAQCRGgkAMcgBAL6DCQAzyAEAcsgBADfIAQAIhggAj8gBAL3IAQDGyAEACMkBAArJAQBTyQEAZMkBAHHsCwCjyQEA6ckBAPLJAQA0ygEARcoBAH/KAQCGygEAysoBANLKAQAVywEA5MoBABboAQAiywEAq8sBACTLAQDXzAEALssBAGDLAQBsywEAvOwLALDLAQD2ywEAAMwBAEHMAQBJzAEAB+0LAJjMAQBS7QsA3MwBACLNAQAvzQEAbc0BAHfNAQC4zQEAus0BAAPOAQARzgEATs4BAFvOAQCd7QsAns4BAOTOAQDxzgEAL88BADnPAQB6zwEAfM8BAMXPAQDTzwEAENABAB3QAQDo7QsAaNABAKbQAQCw0AEAM+4LAPnQAQA80QEAPtEBAB+LCgBT0QEAh9EBAIzRAQDS0QEA3NEBAB3SAQAl0gEAfu4LAHLSAQCz0gEAv9IBAP7SAQAB0wEASdMBAFPTAQCU0wEArtMBAN/TAQD20wEAKtQBAC/UAQB11AEAkdQBAMnuCwDK1AEAC9UBANHUAQAaKwYAF9UBAFbVAQBZ1QEAodUBAKvVAQDs1QEABtYBADfWAQA91gEAgtYBAITWAQDN1gEA29YBABjXAQAb1wEAY9cBAG/XAQCu1wEAsdcBAPnXAQAc2AEAFO8LAEbYAQCP2AEAndgBANrYAQDd2AEAJdkBADHZAQBw2QEAc9kBAF/vCwDG2QEABtoBAAzaAQBR2gEAVtoBAJzaAQCg2gEA59oBAOraAQCq7wsAM9sBAKIHCwA12wEAiAMLADjbAQB92wEAO9sBABb9CgA82wEAl98BAD7bAQAY7AoAQNsBAFvlCgBB2wEA9PEKAELbAQAHDAsASdsBAPsZCQBM2wEAvUcKAInbAQDI2wEA8dsBABPcAQAf3AEAXtwBAG3cAQCp3AEAs9wBAPTcAQD33AEAP90BAFndAQCK3QEAlN0BANXdAQDa3QEAIN4BACreAQBr3gEAdt4BALbeAQC83gEAAd8BAAbfAQBM3wEAUN8BAPXvCwCc3wEA4t8BAKXfAQAb+AoA7N8BAC3gAQA44AEAeOABAH7gAQDD4AEAyOABAA7hAQAS4QEAQPALAGHhAQB7igkAY+EBAL+BCgBz4QEApOEBAK7hAQDv4QEA+uEBADriAQBA4gEAheIBAIriAQDQ4gEA1OIBABvjAQA+4wEAi/ALAGjjAQCx4wEAaeMBAPr8CABr4wEANBAHAHLjAQCa6wEAdOMBAJkuCwC+4wEAdw4CAL/jAQD84wEA/+MBAEfkAQBT5AEAkuQBAKrkAQDd5AEA6eQBACjlAQAu5QEAc+UBAHnlAQC+5QEAw+UBAAnmAQAP5gEA1vALAF7mAQCf5gEAquYBAOrmAQDw5gEANecBADrnAQCA5wEAhOcBAMvnAQDO5wEAIfELACDoAQBh6AEAbOgBAKzoAQCy6AEA9+gBAPzoAQBC6QEARukBAGzxCwCO6QEA2OkBAOTpAQAj6gEAL+oBAG7qAQB06gEAueoBAL/qAQAE6wEACesBAE/rAQBV6wEAt/ELAKHrAQBmOwQAqesBAK4iAgCq6wEA5esBAPHrAQAw7AEANuwBAHvsAQCH7AEAxuwBANPsAQAR7QEAIO0BAFztAQBo7QEAp+0BALPtAQDy7QEA+O0BAD3uAQBD7gEAiO4BAI3uAQDT7gEA2e4BAALyCwAo7wEAAHIGADTvAQBp7wEAde8BALTvAQC87wEAmIgMAMDvAQD/7wEABfABAErwAQBQ8AEAlfABAJrwAQDg8AEA5vABAE3yCwAz8QEAM88MADXxAQB28QEAfPEBAMHxAQCC8QEANpoCAM/xAQAM8gEAJfIBAFfyAQBg8gEAovIBAKzyAQDt8gEA+fIBADjzAQBE8wEAg/MBAInzAQDO8wEA1PMBABn0AQAe9AEAZPQBAGr0AQCY8gsAu/QBAPr0AQAE9QEARfUBAFD1AQCQ9QEAlfUBANv1AQDi9QEAJvYBADL2AQBx9gEAd/YBALz2AQDC9gEAB/cBAAz3AQBS9wEAWPcBAOPyCwCu9wEA6PcBAOn3AQAz+AEA7vcBAJj8AQA4+AEAfvgBAIz4AQDJ+AEA1vgBABT5AQAe+QEAX/kBAGv5AQCq+QEAsPkBAPX5AQAB+gEAQPoBAFP6AQCL+gEAmvoBANb6AQDi+gEAIfsBACL7AQBs+wEAdvsBALf7AQDF+wEAAvwBAAf8AQBN/AEAWvwBAC7zCwCk/AEA4/wBAPP8AQAu/QEAOv0BAHn9AQB//QEAxP0BAND9AQAP/gEAHP4BAFr+AQBp/gEApf4BALH+AQDw/gEA/P4BADv/AQBO/wEAhv8BAJX/AQDR/wEA3f8BABwAAgAdAAIAZwACAHEAAgCyAAIAwAACAP0AAgACAQIASAECAFUBAgB58wsAlQECAG4jBQCfAQIA3gECAKABAgDYxQcAoQECAIEMCQDyAQIAKQICADUCAgB0AgIAegICAL8CAgDFAgIACgMCAA8DAgBVAwIAWwMCAMTzCwCsAwIA6wMCAPgDAgDhWAIA/gMCADYEAgA7BAIAvRMCAD4EAgA7lQIAQgQCAIEEAgCHBAIAzAQCANIEAgAXBQIAHAUCAGIFAgBoBQIAD/QLALkFAgD4BQIA/gUCAEMGAgBIBgIAjgYCAJUGAgDZBgIA5wYCACQHAgA/BwIAbwcCAH0HAgC6BwIAvQcCAAUIAgATCAIAUAgCAFUIAgCbCAIAqAgCAOYIAgDyCAIAMQkCADcJAgB8CQIAggkCAMcJAgDMCQIAEgoCABgKAgBa9AsAYgoCAKgKAgCxCgIA8woCAAALAgA+CwIARQsCAIkLAgCaCwIA1AsCANkLAgAfDAIALgwCAGoMAgBsDAIAtQwCAMYMAgAADQIADA0CAEsNAgBRDQIAlg0CAJwNAgDhDQIA5g0CACwOAgAyDgIApfQLAI4OAgDCDgIAzg4CAA0PAgAZDwIAWA8CAF4PAgCjDwIAqQ8CAO4PAgDzDwIAORACAD8QAgDw9AsAihACAAw9AgCbEAIAzxACANgQAgAaEQIAMBECAGURAgBxEQIAsBECAL0RAgD7EQIABRICAEYSAgBSEgIAkRICAJcSAgDcEgIA4hICACcTAgAsEwIAchMCAHgTAgA79QsAxhMCAAgUAgASFAIAUxQCAFgUAgCeFAIArhQCAOkUAgACFQIANBUCADkVAgB/FQIAiBUCAMoVAgDXFQIAFRYCABwWAgBgFgIAYxYCAKsWAgC3FgIA9hYCAAkXAgBBFwIAUBcCAIwXAgCYFwIA1xcCANgXAgAiGAIALBgCAG0YAgB7GAIAuBgCAL0YAgADGQIAEBkCAIb1CwBRGQIAmRkCAJwZAgDkGQIA8RkCAFPRCADzGQIALxoCADEaAgB6GgIAfRoCAMUaAgDPGgIAEBsCABwbAgBbGwIAbhsCAKYbAgC1GwIA8RsCAP0bAgA8HAIAPRwCAIccAgCRHAIA0hwCAOAcAgAdHQIAIh0CAGgdAgB1HQIA0fULALQdAgD+HQIACh4CAEkeAgBPHgIAlB4CAJYeAgDfHgIA6R4CACofAgA4HwIAdR8CAHofAgDAHwIAzR8CAAsgAgAXIAIAViACAGkgAgChIAIAsCACAOwgAgD4IAIANyECADghAgCCIQIAjCECAM0hAgDbIQIAGCICAB0iAgBjIgIAcCICABz2CwC3IgIA+SICALoiAgCQkwkA/yICAEQjAgBHIwIAjyMCAJ0jAgDaIwIA3yMCACUkAgAyJAIAcCQCAHwkAgC7JAIAwSQCAAYlAgAMJQIAUSUCAFYlAgCcJQIAoiUCAGf2CwDpJQIAMiYCAO4lAgATEAoAQSYCAH0mAgCdJgIAyCYCAM0mAgATJwIALicCAF4nAgBqJwIAqScCAK8nAgD0JwIABCgCAD8oAgBQKAIAiigCAI8oAgDVKAIA2SgCACApAgAsKQIAaykCAHEpAgC2KQIAvCkCAAEqAgAGKgIATCoCAFIqAgCy9gsArSoCAOIqAgDjKgIALSsCAD4rAgB4KwIAhCsCAMMrAgDZKwIADiwCABosAgBZLAIAZiwCAKQsAgCuLAIA7ywCAPssAgA6LQIAQS0CAIUtAgCRLQIA0C0CANYtAgAbLgIAIS4CAGYuAgBrLgIAsS4CALcuAgD99gsA/i4CANCsCgAFLwIARy8CAEgvAgCSLwIAky8CAN0vAgDiLwIAKDACAC4wAgBzMAIAfTACAL4wAgDKMAIACTECABAxAgBUMQIAWTECAJ8xAgCgMQIA6jECAPYxAgA1MgIAOzICAIAyAgCCMgIAyzICANUyAgAWMwIAJDMCAGEzAgBmMwIArDMCALkzAgD3MwIAAzQCAEI0AgBVNAIAjTQCAJw0AgDYNAIA5DQCACM1AgAkNQIAbjUCAHg1AgC5NQIAxzUCAAQ2AgAJNgIATzYCAFw2AgBI9wsAqzYCAOU2AgDxNgIAMDcCAEc3AgB7NwIAfTcCAMY3AgDXNwIAETgCABM4AgBcOAIAYjgCAKc4AgC+OAIA8jgCAPs4AgA9OQIAUzkCAIg5AgCUOQIA0zkCAOA5AgAeOgIAKDoCAGk6AgB1OgIAtDoCAMc6AgD/OgIADjsCAEo7AgBWOwIAlTsCAJY7AgDgOwIA6jsCACs8AgA5PAIAdjwCAHs8AgDBPAIAzjwCAJP3CwAOPQIAVz0CAGs9AgCiPQIAsD0CAO09AgD6PQIAOD4CAD8+AgCDPgIAjz4CAM4+AgDhPgIAGT8CAB4/AgBkPwIAbT8CAK8/AgC5PwIA+j8CAP8/AgBFQAIAVUACAJBAAgCpQAIA20ACAOBAAgAmQQIAL0ECAHFBAgB+QQIAvEECAMNBAgAHQgIACkICAFJCAgBeQgIAnUICALBCAgDoQgIA90ICADNDAgA/QwIAfkMCAH9DAgDJQwIA00MCABREAgAiRAIAX0QCAGREAgCqRAIAt0QCAN73CwAORQIAQEUCAExFAgCLRQIAkUUCANZFAgDmRQIAIUYCACZGAgBsRgIAckYCALdGAgDNRgIAAkcCAARHAgBNRwIAV0cCAJhHAgCkRwIA40cCAPZHAgAuSAIAPUgCAHlIAgCFSAIAxEgCAMVIAgAPSQIAGUkCAFpJAgBoSQIApUkCAKpJAgDwSQIA/UkCACn4CwA+SgIAuAEKAEVKAgA7yQoAR0oCABSKBwBISgIAOfECAEpKAgCGSgIAj0oCANFKAgDXSgIAHEsCACJLAgBnSwIAc0sCALJLAgC/SwIA/UsCAAdMAgBITAIAXkwCAJNMAgCYTAIA3kwCAOVMAgApTQIAN00CAHRNAgCETQIAv00CAM1NAgAKTgIAGU4CAFVOAgBXTgIAoE4CAKpOAgDrTgIA+U4CADZPAgA7TwIAgU8CAI5PAgDMTwIA2E8CABdQAgAqUAIAYlACAHFQAgCtUAIAuVACAPhQAgD5UAIAQ1ECAE1RAgCOUQIAnFECANlRAgDeUQIAJFICADFSAgB0+AsAcVICALpSAgB7UgIAwYIHAMtSAgAFUwIADlMCAFBTAgBcUwIAm1MCAKdTAgDmUwIA7FMCADFUAgA3VAIAfFQCAIFUAgDHVAIAzVQCAL/4CwAYVQIACvkLAGlVAgBV+QsAq1UCAOv5CwD2VQIANvoLAPhVAgCmkgMAQVYCAJ3/CABLVgIAiVYCAJNWAgDUVgIA1lYCAB9XAgAyVwIAalcCAHZXAgC1VwIAu1cCAABYAgAGWAIAS1gCAFBYAgCWWAIAnFgCAIH6CwDrWAIALFkCAC5ZAgB3WQIAgVkCAMJZAgDQWQIADVoCABJaAgBYWgIAZVoCAKNaAgCvWgIA7loCAPRaAgA5WwIAP1sCAIRbAgCJWwIAz1sCANVbAgDM+gsAI1wCAB0yCwAnXAIAZVwCACtcAgCX5wgAclwCALBcAgCEXAIAHrEDALVcAgD7XAIABV0CAEZdAgBOXQIAkV0CAF1dAgAI3goAl10CAPG5CQCfXQIAvN8JAKBdAgDBoQYAoV0CANxdAgCiXQIAM7UIAOpdAgAnXgIANF4CAHJeAgB5XgIAvV4CAMVeAgAIXwIACV8CALmnCAALXwIAU18CAB5fAgD3pQgAZ18CAJ5fAgC0XwIA6V8CAAJgAgA0YAIAOWACAH9gAgCQYAIAF/sLANtgAgAVYQIAF2ECAGBhAgBqYQIAq2ECALlhAgD2YQIA+2ECAEFiAgBOYgIAjGICAJRiAgDXYgIA42ICACJjAgDnYgIATmQCAChjAgBtYwIAc2MCALhjAgC9YwIAA2QCAAlkAgBi+wsAUGQCAJlkAgCnZAIA5GQCAPVkAgCt+wsANmUCAPj7CwCCZQIAxWUCANNlAgAQZgIA1GUCAMBqAgAdZgIAW2YCAGpmAgCmZgIAq2YCAPFmAgAHZwIAPGcCAD1nAgCHZwIAiWcCANJnAgDcZwIAHWgCACtoAgBoaAIAgWgCALNoAgDEaAIA/mgCAAppAgBJaQIAUWkCANn8CwCoaQIA32kCAOBpAgAqagIANmoCAHVqAgB4agIAJP0LAMJqAgALawIAGGsCAFZrAgBjawIAoWsCAKZrAgDsawIA9msCADdsAgA/bAIAgmwCAJJsAgDNbAIA22wCABhtAgAlbQIAY20CAGptAgCubQIAtm0CAPltAgD8bQIARG4CAFhuAgCPbgIApW4CANpuAgDzbgIAJW8CACpvAgBwbwIAgW8CAG/9CwDDbwIAuv0LAMdvAgAFmQcA128CAG4MDQATcAIAUXACAFhwAgCccAIAqHACAOdwAgD3cAIAMnECAEBxAgB9cQIAinECAMhxAgDUcQIAE3ICABpyAgAF/gsAYHICAKlyAgBjcgIA10MDALZyAgD0cgIAAXMCAD9zAgBEcwIAinMCAJRzAgDVcwIA3XMCACB0AgApdAIAa3QCAG50AgC2dAIAwnQCAFD+CwAGdQIATHUCAA11AgBfIAgAUXUCAJd1AgCfdQIA4nUCAPh1AgAtdgIAL3YCAHh2AgCFdgIAw3YCANd2AgCb/gsAE3cCAFl3AgBhdwIADBkIAGN3AgCkdwIArHcCAO93AgD7dwIAOngCAEd4AgCFeAIAingCANB4AgDZeAIAG3kCADJ5AgBmeQIAcXkCAOb+CwC/eQIA/HkCAP95AgBHegIASnoCAJJ6AgCgegIA3XoCAOp6AgAoewIAP3sCAHN7AgB7ewIAvnsCAMR7AgAJfAIAFXwCAFR8AgBefAIAn3wCAKh8AgDqfAIA8HwCADV9AgBCfQIAMf8LAIx9AgDLfQIAjn0CAHkkCADafQIAFn4CACd+AgBhfgIAY34CAKx+AgCyfgIA934CAAN/AgBCfwIASX8CAI1/AgCVfwIA2H8CANp/AgAjgAIAMIACAG6AAgB1gAIAuYACAMGAAgAEgQIAEYECAE+BAgBUgQIAmoECAKSBAgDlgQIA7YECADCCAgA5ggIAe4ICAH6CAgDGggIA0oICABGDAgAYgwIAfP8LAGmDAgCngwIAcoMCAAyIAgCSgwIASCgIAMKDAgDygwIA9IMCAD2EAgBOhAIAiIQCAJaEAgDThAIA2oQCAB6FAgAmhQIAaYUCAG6FAgC0hQIAtYUCAP+FAgALhgIASoYCAFCGAgCVhgIAl4YCAOCGAgDqhgIAK4cCADmHAgB2hwIAe4cCAMGHAgDOhwIAx/8LAA2IAgBXiAIAXIgCAKKIAgCoiAIA7YgCAPeIAgA4iQIARIkCAIOJAgCKiQIAzokCANaJAgAZigIAG4oCAGSKAgBxigIAr4oCALaKAgD6igIAAosCAEWLAgBSiwIAkIsCAJWLAgDbiwIA5YsCACaMAgAujAIAcYwCAHqMAgC8jAIAv4wCAAeNAgATjQIAUo0CAFmNAgASAAwAqY0CAK8bCACxjQIA6I0CAPWNAgAzjgIAPY4CAH6OAgCAjgIAyY4CANyOAgAUjwIAHI8CAF+PAgBrjwIAqo8CALCPAgD1jwIA+48CAECQAgBFkAIAi5ACAJGQAgBdAAwA5JACACGRAgAwkQIAbJECAIiRAgC3kQIAjJECAPm4AgC/kQIAqAAMAAuSAgBNkgIAWpICAJiSAgCikgIA45ICAPGSAgAukwIARJMCAHmTAgCFkwIAxJMCAMyTAgDzAAwAFZQCAFqUAgBglAIApZQCAKqUAgDwlAIA9pQCAD4BDABAlQIAhpUCAI+VAgDRlQIA25UCAByWAgAklgIAZ5YCAGyWAgCylgIAwpYCAP2WAgAFlwIASJcCAE6XAgAKmQIAYZcCAJOXAgCYlwIA3pcCAOeXAgApmAIANpgCAHSYAgB7mAIAv5gCAMKYAgCJAQwADJkCAFWZAgBimQIAoJkCALeZAgDrmQIA95kCANQBDABMmgIAgZoCAIKaAgDMmgIA1poCABebAgAfmwIAYpsCAGybAgCtmwIAspsCAPibAgAAnAIAQ5wCAEWcAgCOnAIARpwCAD6hAgBKnAIAjK0CAFmcAgBlpwIAlZwCANmcAgDgnAIAJJ0CACydAgBvnQIAc50CALqdAgDInQIABZ4CAA+eAgBQngIAW54CAJueAgCjngIA5p4CAOueAgAxnwIATJ8CAHyfAgCInwIAx58CAM2fAgASoAIAIqACAF2gAgBuoAIAqKACAK2gAgDzoAIA96ACAB8CDABHoQIAiaECAKKhAgDUoQIA3qECAB+iAgAlogIAaqICAGyiAgC1ogIAxKICAACjAgAKowIAS6MCAFOjAgCWowIAmqMCAOGjAgDvowIALKQCADakAgB3pAIAgqQCAMKkAgDKpAIADaUCABKlAgBYpQIAc6UCAKOlAgCvpQIA7qUCAPSlAgA5pgIASaYCAISmAgCVpgIAz6YCANSmAgAapwIAHqcCAGoCDABupwIAsKcCAMGnAgD7pwIABagCAEaoAgBUqAIAkagCAJKoAgDcqAIA7agCACepAgA7qQIAcqkCAHqpAgC9qQIAwakCAAiqAgAWqgIAU6oCAF2qAgCeqgIAqaoCAOmqAgDxqgIANKsCADmrAgB/qwIAmqsCAMqrAgDWqwIAFawCABusAgBgrAIAcKwCAKusAgC8rAIA9qwCAPusAgBBrQIARa0CALUCDACarQIA160CAPKtAgAirgIAMK4CAG2uAgB0rgIAuK4CAMSuAgADrwIAC68CAAADDABcrwIAma8CAKOvAgDkrwIA768CAC+wAgA3sAIAerACAH+wAgDFsAIA4LACABCxAgAcsQIAW7ECAGGxAgCmsQIAtrECAPGxAgACsgIAPLICAEGyAgCHsgIAi7ICAEsDDADjsgIAHbMCACWzAgBoswIAabMCALOzAgC4swIA/rMCAAy0AgBJtAIAVrQCAJS0AgCetAIA37QCAOu0AgAqtQIAMLUCAHW1AgB9tQIAwLUCAMe1AgALtgIAF7YCAFa2AgBctgIAobYCAK22AgDstgIA/LYCADe3AgBDtwIAgrcCAIi3AgDNtwIA2bcCABi4AgAluAIAY7gCAHK4AgCuuAIAurgCAJYDDAAFuQIARLkCAEu5AgCPuQIAl7kCANq5AgDcuQIAJboCAC+6AgBwugIAeLoCAOEDDADJugIACccCAMq6AgAGuwIACLsCAFG7AgBiuwIAnLsCAK27AgDnuwIA87sCADK8AgA5vAIAfbwCAIW8AgDIvAIA8rwCABO9AgAYvQIAXr0CAF+9AgCpvQIAs70CAPS9AgACvgIAP74CAES+AgCKvgIAl74CANW+AgDxvgIAIL8CADy/AgAsBAwAeL8CALa/AgC6vwIAAcACAAfAAgBMwAIATsACAJfAAgCYwAIA4sACAAXBAgAtwQIAUcECAHjBAgCiwQIAw8ECAMvBAgAOwgIAE8ICAFnCAgBmwgIApMICAKzCAgDvwgIA8cICADrDAgBCwwIAhcMCAK/DAgDQwwIA3cMCABvEAgAgxAIAZsQCAHPEAgCxxAIAvcQCAPzEAgAmxQIAR8UCAE/FAgCSxQIArcUCAN3FAgDfxQIAKMYCADnGAgBzxgIAfMYCAL7GAgDKxgIAdwQMABbHAgBUxwIAW8cCAJ/HAgCrxwIA6scCAP3HAgA1yAIAPcgCAIDIAgCFyAIAy8gCANTIAgAWyQIAIMkCAGHJAgBpyQIArMkCALHJAgD3yQIAB8oCAELKAgBKygIAjcoCAKbKAgDYygIA3coCACPLAgAsywIAbssCAHvLAgC5ywIAwMsCAATMAgAHzAIAwgQMAFHMAgCazAIApMwCAOXMAgDnzAIAMM0CAEnNAgB7zQIAfc0CAMbNAgDJzQIAEc4CAB3OAgBczgIAZM4CAA0FDAC7zgIA8s4CAPXOAgA9zwIAR88CAIjPAgCUzwIA088CAOnPAgAe0AIAJtACAGnQAgB30AIAtNACALfQAgD/0AIAB9ECAErRAgBN0QIAldECAFjRAgC81wIAn9ECAODRAgCg0QIAg9QCAOLRAgAr0gIAMdICAHbSAgCA0gIAwdICAM/SAgAM0wIAGdMCAFfTAgBu0wIAotMCAKrTAgDt0wIA9tMCADjUAgA51AIAWAUMAIzUAgDO1AIA2NQCABnVAgAj1QIAZNUCAHLVAgCv1QIAvNUCAPrVAgAR1gIARdYCAE3WAgCQ1gIAl9YCANvWAgDg1gIAJtcCACrXAgBx1wIAftcCAKMFDADJ1wIAB9gCAA/YAgBS2AIAWNgCAJ3YAgCp2AIA6NgCAPfYAgAz2QIAONkCAH7ZAgCZ2QIAydkCANXZAgAU2gIAGtoCAF/aAgBz2gIAqtoCALLaAgD12gIAC9sCAEDbAgBF2wIAi9sCAJLbAgDW2wIA4tsCAO4FDAAo3AIAbNwCAHrcAgC33AIAxNwCAALdAgAZ3QIATd0CAFXdAgCY3QIAnt0CAOPdAgDv3QIALt4CADXeAgB53gIAh94CAMTeAgDH3gIAD98CABffAgBa3wIAaN8CAKXfAgCo3wIA8N8CAPjfAgA74AIATOACAIbgAgCL4AIA0eACANPgAgAc4QIAI+ECAGfhAgB14QIAsuECAL/hAgD94QIAFOICAEjiAgBQ4gIAk+ICAJ3iAgDe4gIA6eICACnjAgA14wIAdOMCAHzjAgA5BgwAweMCAArkAgAU5AIAVeQCAFfkAgCg5AIAo+QCAOvkAgD35AIANuUCAEDlAgCB5QIAieUCAMzlAgDa5QIAF+YCACTmAgBi5gIAauYCAK3mAgDD5gIA+OYCAATnAgBD5wIAWecCAI7nAgCT5wIA2ecCAN/nAgAk6AIAOOgCAIQGDABy6AIAuugCAMLoAgAF6QIAE+kCAFDpAgAb6QIAdTkGAF3pAgCb6QIAo+kCAObpAgDw6QIAMeoCADzqAgB86gIAiOoCAMfqAgDP6gIAzwYMABjrAgBd6wIAYusCAKjrAgC36wIA8+sCAP/rAgA+7AIAQewCAInsAgCM7AIA1OwCANzsAgAf7QIAJO0CAGrtAgB67QIAte0CAL3tAgAA7gIAA+4CAEvuAgBV7gIAlu4CAJjuAgDh7gIA5+4CACzvAgA27wIAd+8CAIXvAgDC7wIAz+8CAA3wAgAk8AIAWPACAGDwAgCj8AIArPACAO7wAgDv8AIAGgcMAEXxAgCE8QIAh/ECAOONBwCT8QIAz/ECAJfxAgCIfwcA2fECABryAgAi8gIAZloDACbyAgDjxgoAKPICAGXyAgA28gIAn5YGAGryAgCw8gIAcvICAHIgBAC98gIA+/ICAP7yAgBG7gcAAfMCACdZBwAD8wIARvMCAAXzAgC4uwQAB/MCADuiBABM8wIARx0FAFDzAgCR8wIAVPMCANW5BwCW8wIA3PMCAJ3zAgC1gwMA5PMCACf0AgAq9AIAcvQCAH70AgC99AIAw/QCAAj1AgAj9QIAU/UCAF/1AgCe9QIApPUCAOn1AgDx9QIANPYCADb2AgB/9gIAOfYCABX3AgCJ9gIAyvYCANL2AgBlBwwAIvcCAGD3AgBo9wIAq/cCAK73AgD29wIA+/cCAEH4AgBQ+AIAjPgCAKz4AgDX+AIA4/gCACL5AgAs+QIAbfkCAHX5AgC4+QIAyvkCAPsHDAAN+gIATvoCAFz6AgCZ+gIApvoCAOT6AgD7+gIAL/sCADf7AgB6+wIAifsCAMX7AgDK+wIAEPwCAB38AgBb/AIAaPwCAKb8AgCy/AIA8fwCAAD9AgA8/QIARv0CAIf9AgCV/QIA0v0CANf9AgAd/gIAKv4CAGj+AgBr/gIAs/4CALv+AgD+/gIAA/8CAEn/AgBW/wIAlP8CAJz/AgDf/wIA6P8CACoAAwA3AAMAdQADAIMAAwDAAAMA0wADAAsBAwATAQMAVgEDAF0BAwChAQMApgEDAOwBAwACAgMANwIDADkCAwCCAgMAkAIDAM0CAwDaAgMAGAMDACADAwBjAwMAZgMDAK4DAwCzAwMA+QMDAAgEAwBEBAMAZAQDAI8EAwCbBAMA2gQDAOQEAwAlBQMALQUDAHAFAwCCBQMARggMAMwFAwAGBgMADQYDAFEGAwBZBgMAnAYDAKkGAwDnBgMA7AYDADIHAwA8BwMAfQcDAIUHAwDIBwMAygcDAOz8BwDSBwMAxhMIANcHAwATCAMA2AcDAFftBgAYCAMAXggDAGsIAwCpCAMAtggDAPQIAwAACQMAPwkDAE4JAwCKCQMAlAkDANUJAwDdCQMAIAoDACoKAwBrCgMAcAoDALYKAwC+CgMAkQgMAA0LAwBMCwMAUgsDAJcLAwCyCwMA4gsDAO4LAwAtDAMAMwwDAHgMAwCUDAMAwwwDAMsMAwDcCAwAFg0DAFkNAwBjDQMApA0DAK8NAwDvDQMA+w0DADoOAwBCDgMAJwkMAJEOAwDQDgMA1g4DABsPAwA2DwMAZg8DAHIPAwCxDwMAtw8DAPwPAwAEEAMARxADAE0QAwCSEAMAmxADAN0QAwDqEAMAKBEDADURAwBzEQMAgREDAL4RAwDLEQMACRIDACASAwBUEgMAXBIDAJ8SAwCkEgMA6hIDALASAwCsFAMA9xIDADUTAwA9EwMAgBMDAIsTAwDLEwMA0BMDABYUAwAZFAMAYRQDAGsUAwByCQwAsRQDAPcUAwAGFQMAQhUDAEQVAwCNFQMAnhUDANgVAwDpFQMAIxYDADcWAwC9CQwAfxYDALkWAwC8FgMABBcDAMEWAwDi+QUAxhYDAMG7CgAOFwMATxcDAFEXAwCaFwMApBcDAOUXAwDxFwMAMBgDAFgYAwB7GAMAhhgDAPW7AwChGAMAxhgDAPcYAwARGQMANxkDAFwZAwCCGQMApxkDANkZAwDyGQMAIhoDAD0aAwBFGgMAiBoDALAaAwDTGgMABhsDAB4bAwBOGwMAaRsDAHEbAwC0GwMAwxsDAP8bAwAEHAMAShwDAFMcAwCVHAMAVxwDAFIjAwCmHAMA4BwDAOccAwArHQMAMx0DAHYdAwCDHQMAwR0DAMYdAwAMHgMAFh4DAFceAwBfHgMAoh4DAKweAwAuKQMAsR4DAO0eAwDyHgMAOB8DAEUfAwCDHwMAkB8DAM4fAwDaHwMAGSADACggAwBkIAMAbiADAK8gAwC3IAMA+iADAAQhAwBFIQMASiEDAJAhAwCYIQMACAoMAOchAwAmIgMALCIDAHEiAwCMIgMAvCIDAMgiAwAHIwMADSMDAFMKDABfIwMAnSMDAKkjAwDoIwMA9yMDADMkAwA9JAMAfiQDAIwkAwDJJAMAziQDABQlAwAhJQMAXyUDAGclAwCqJQMAtCUDAPUlAwD6JQMAQCYDAEgmAwCLJgMAjiYDANYmAwDiJgMAIScDACcnAwBsJwMAhycDALcnAwDDJwMAAigDAAgoAwBNKAMAVSgDAJgoAwCaKAMA4ygDAO0oAwCeCgwANCkDAHkpAwB7KQMAxCkDANEpAwAPKgMAEioDAFoqAwBrKgMApSoDAKcqAwDwKgMA+ioDADsrAwBHKwMAhisDAI4rAwDpCgwA1isDABwsAwAfLAMAZywDAHEsAwCyLAMAuiwDAP0sAwAKLQMASC0DAEotAwCTLQMAqS0DAN4tAwDqLQMANAsMAEUuAwB0LgMAkC4DAH8LDADELgMACi8DABcvAwBVLwMAYi8DAKAvAwCsLwMA6y8DAPovAwA2MAMAQDADAIEwAwCPMAMAzDADANEwAwAXMQMAJDEDAGIxAwB7MQMArTEDAK8xAwD4MQMA/zEDAMoLDABgMgMAjjIDAJ8yAwDZMgMA5TIDACQzAwA3MwMAbzMDAH4zAwC6MwMAxjMDAAU0AwAGNAMAUDQDAFo0AwCbNAMAqTQDAOY0AwDrNAMAMTUDAD41AwAVDAwAgTUDAMc1AwDUNQMAEjYDAB82AwBdNgMAaTYDAKg2AwC3NgMA8zYDAP02AwA+NwMATDcDAIk3AwCONwMA1DcDAOE3AwAfOAMAJzgDAGo4AwB0OAMAtTgDALo4AwAAOQMACDkDAPYMDABNOQMAljkDAKQ5AwDhOQMA8jkDAEENDAAzOgMAjA0MAHw6AwDCOgMAyjoDAA07AwAcOwMAWDsDAF07AwCjOwMAsDsDAO47AwD7OwMAOTwDAEU8AwCEPAMAkzwDAM88AwDZPAMAIg4MACA9AwAJOQkALT0DAGU9AwB0PQMAsD0DALw9AwD7PQMA/D0DAEY+AwBQPgMAkT4DAJ8+AwDcPgMA4T4DACc/AwA0PwMAbQ4MAHY/AwC9PwMAyD8DAAhAAwAWQAMAU0ADAGRAAwCeQAMAqkADAOlAAwDxQAMAuA4MADlBAwB/QQMAjEEDAMpBAwDXQQMAFUIDACFCAwBgQgMAb0IDAKtCAwC1QgMA9kIDAARDAwBBQwMATkMDAIxDAwCjQwMAAw8MAORDAwAiRAMAL0QDAG1EAwB5RAMAuEQDAMdEAwADRQMADUUDAE5FAwBcRQMAmUUDAGpFAwA+nAcAnkUDAORFAwDxRQMAL0YDADdGAwB6RgMAgEYDAMVGAwDRRgMAEEcDACBHAwBbRwMAZEcDAKZHAwCpRwMA8UcDAP1HAwA8SAMAQ0gDAE4PDACUSAMA0kgDAOFIAwAdSQMAHkkDAGhJAwB/SQMAs0kDAM1JAwD+SQMACkoDAElKAwBcSgMAlEoDAKNKAwDfSgMA60oDACpLAwArSwMAdUsDAH9LAwDASwMAzksDAAtMAwAQTAMAVkwDAGNMAwCZDwwAu0wDAOxMAwD7TAMAN00DADlNAwCCTQMAPE0DABNTAwCPTQMAzU0DANpNAwAYTgMAHU4DAGNOAwBtTgMArk4DAL1OAwD5TgMA/k4DAERPAwBRTwMAj08DAJxPAwDaTwMA5k8DACVQAwA0UAMAcFADAHpQAwC7UAMAyFADAAZRAwALUQMAUVEDAFVRAwCcUQMAqFEDAOdRAwDtUQMAMlIDADhSAwB9UgMAglIDAMhSAwDOUgMA5A8MACBTAwBeUwMAa1MDAKlTAwC1UwMA9FMDAANUAwA/VAMASVQDAIpUAwCYVAMA1VQDANpUAwAgVQMALVUDAGtVAwByVQMAtlUDALtVAwABVgMADVYDAExWAwBPVgMAl1YDAKRWAwDiVgMA51YDAC1XAwA3VwMAeFcDAIRXAwDDVwMA1lcDAA5YAwAcWAMAWVgDAFxYAwCkWAMArlgDAO9YAwD7WAMAOlkDAEBZAwCFWQMAi1kDANBZAwDVWQMAG1oDACFaAwAvEAwAcFoDAL87BQByWgMAc+AGAHVaAwCxWgMAs1oDAPxaAwANWwMAR1sDAFhbAwCSWwMAmlsDAN1bAwDtWwMAKFwDACpcAwBzXAMAgVwDAL5cAwDPXAMAehAMABBdAwDFEAwAVV0DAJ9dAwCkXQMA6l0DAPBdAwA1XgMAP14DAIBeAwCMXgMAy14DANFeAwAWXwMAHF8DAGFfAwBmXwMArF8DALJfAwAQEQwABWADAEJgAwBbYAMAjWADAI5gAwDYYAMA9WADACNhAwA9YQMAbmEDAHFhAwC5YQMAvmEDAPERDAAdYgMAT2IDAFViAwCaYgMAZWIDANnIAwCcYgMA5WIDAOtiAwAwYwMARGMDAHtjAwCDYwMAxmMDANNjAwARZAMAFmQDAFxkAwBmZAMAp2QDAK9kAwDyZAMAA2UDAD1lAwBCZQMAiGUDAIplAwDTZQMA2mUDAB5mAwAqZgMAaWYDAHBmAwC0ZgMA0GYDAP9mAwAHZwMAPBIMAE9nAwCVZwMAl2cDAOBnAwDnZwMAK2gDADloAwB2aAMAg2gDAMFoAwDYaAMADGkDABRpAwBXaQMAYWkDAKJpAwBtaQMACsUDAK1pAwDtaQMA+WkDADhqAwBAagMAhxIMAIRqAwDOagMA02oDABlrAwAcawMAZGsDAG5rAwCvawMAxmsDAPprAwAAbAMARWwDAFFsAwCQbAMAk2wDANtsAwD4bAMAJm0DADdtAwBxbQMAkG0DALxtAwDEbQMAB24DAAluAwBSbgMAYW4DAJ1uAwCnbgMA6G4DAPZuAwAzbwMATm8DAH5vAwCKbwMAyW8DANFvAwDSEgwAIHADAF9wAwBucAMAqnADAK9wAwD1cAMA+3ADAEBxAwBHcQMAi3EDAJNxAwDWcQMA2HEDACFyAwAocgMAbHIDAG5yAwC3cgMAuHIDAAJzAwAMcwMATXMDAFlzAwCYcwMAnnMDAONzAwD9cwMALnQDADZ0AwB5dAMAj3QDAMR0AwDSdAMAD3UDABJ1AwBadQMAXXUDAKV1AwCzdQMA8HUDAP11AwA7dgMAUnYDAIZ2AwCOdgMA0XYDANN2AwAcdwMAJHcDAGd3AwB+dwMAsncDAL53AwD9dwMAE3gDAEh4AwBQeAMAk3gDAKF4AwDeeAMA6HgDACl5AwAxeQMAdHkDAHt5AwC/eQMAy3kDAAp6AwALegMAVXoDAGF6AwCgegMArXoDAOt6AwDyegMANnsDADl7AwCBewMAiXsDAMx7AwDRewMAF3wDACR8AwBifAMAkHwDAK18AwC1fAMAHRMMAAB9AwB5PgwAFH0DAEN9AwBLfQMAaBMMAJx9AwDZfQMA230DACR+AwA1fgMAb34DAHd+AwC6fgMAxn4DAAV/AwALfwMAUH8DAFZ/AwCbfwMAoH8DAOZ/AwDsfwMAsxMMADaAAwB8gAMAhIADAMeAAwDMgAMACt8HAM2AAwAerAgA04ADAOt1CADWgAMAEoEDANiAAwDGqQgAF4EDAF2BAwAYgQMAowoHAGqBAwCogQMAtYEDAPOBAwD/gQMAPoIDAE2CAwCJggMAk4IDAN8UDADeggMAH4MDACSDAwBqgwMAcoMDACoVDAC7gwMAAIQDABaEAwBLhAMAWYQDAJaEAwCjhAMA4YQDAOOEAwAshQMANoUDAHeFAwCDhQMAwoUDAMmFAwANhgMAFYYDAFiGAwBfhgMAo4YDAKyGAwDuhgMA+oYDADmHAwBBhwMAwBUMAImHAwDPhwMA14cDABqIAwApiAMAZYgDAGqIAwCwiAMAvYgDAPuIAwAIiQMARokDAFKJAwCRiQMAoIkDANyJAwDmiQMAJ4oDADWKAwByigMAd4oDAL2KAwDKigMACIsDABCLAwBTiwMAXYsDAJ6LAwCsiwMA6YsDAP+LAwA0jAMAQIwDAH+MAwCEjAMAyowDANOMAwAVjQMAH40DAAsWDABqjQMAq40DALeNAwD2jQMA/o0DAFYWDABGjgMAjI4DAJmOAwDXjgMA5I4DACKPAwAujwMAbY8DAHyPAwC4jwMAwo8DAAOQAwAbkAMATpADAFiQAwCZkAMAp5ADAOSQAwD6kAMAL5EDADuRAwB6kQMAf5EDAMWRAwDOkQMAEJIDABqSAwBbkgMAY5IDAKEWDACzkgMA8ZIDALySAwBZjAsA/pIDADyTAwBIkwMAh5MDAJaTAwDSkwMA3JMDAB2UAwArlAMAaJQDAHWUAwCzlAMAypQDAP6UAwAGlQMASZUDAFOVAwCUlQMAmZUDAN+VAwDnlQMA7BYMADaWAwB1lgMAe5YDAMCWAwDblgMAC5cDABeXAwBWlwMAXJcDAKGXAwC9lwMA7JcDAPSXAwA3FwwAPJgDAIKYAwCPmAMAzZgDANqYAwAYmQMAJJkDAGOZAwBymQMArpkDALiZAwD5mQMAB5oDAESaAwBJmgMAj5oDAJyaAwDamgMA4poDACWbAwArmwMAcJsDAC+bAwAynQMAfJsDALubAwDLmwMABpwDAA+cAwBRnAMAVJwDAJycAwConAMA55wDAO6cAwCCFwwAQJ0DAH2dAwCTnQMAyJ0DANSdAwATngMAGp4DAF6eAwBmngMAqZ4DAK6eAwD0ngMA/Z4DAD+fAwBJnwMAzRcMAI+fAwDVnwMAlp8DAKSjAwDdnwMAIKADACagAwBroAMAcKADALagAwC/oAMAAaEDAAuhAwBMoQMAWKEDAJehAwCfoQMAGBgMAOehAwAtogMANaIDAHiiAwCDogMAw6IDAMiiAwAOowMAEaMDAFmjAwBjowMAYxgMAK6jAwDvowMA86MDADqkAwA/pAMAhaQDAIukAwDQpAMA8KQDABulAwAjpQMAZqUDAHSlAwCxpQMAtKUDAPylAwAEpgMAR6YDAFCmAwCSpgMAn6YDAN2mAwDjpgMAKKcDADSnAwBzpwMAdacDAL6nAwDNpwMACagDABSoAwBUqAMAVqgDAJ+oAwC4qAMA6qgDAPuoAwA1qQMAQakDAK4YDACIqQMAy6kDAOupAwAWqgMAJKoDAGGqAwBuqgMArKoDALOqAwD3qgMAE6sDAEKrAwBKqwMA+RgMAJKrAwDYqwMA5asDACOsAwAwrAMAbqwDAHqsAwC5rAMAyKwDAAStAwAOrQMAT60DAGStAwCarQMAoq0DAOWtAwD0rQMAMK4DADKuAwB7rgMAhK4DAMauAwDJrgMAEa8DAB2vAwBcrwMAeK8DAKevAwCvrwMARBkMAPevAwA9sAMAU7ADAIiwAwCUsAMA07ADAPawAwCPGQwAKLEDAGmxAwBxsQMAtLEDALqxAwAkTQcAw7EDAP+xAwAEsgMASrIDAFeyAwCVsgMAorIDAOCyAwDssgMAK7MDADqzAwB2swMAgLMDAMGzAwDJswMADLQDABa0AwBXtAMAXLQDAKK0AwCqtAMA2hkMAPC0AwA4tQMAVbUDAIO1AwCUtQMAzrUDANy1AwCV/QMAA7YDABm2AwA1tgMAZLYDAIC2AwAlGgwAtbYDAPq2AwAAtwMARbcDAEq3AwCQtwMAlrcDAHAaDADgtwMAJrgDADO4AwBxuAMAfrgDALy4AwDIuAMAB7kDABa5AwBSuQMAXLkDAJ25AwCruQMA6LkDAO25AwAzugMAQLoDAH66AwCKugMAyboDAM+6AwAUuwMAGrsDAF+7AwBkuwMAqrsDALC7AwBRGwwACbwDAEC8AwBmvAMAi7wDALG8AwDWvAMA/LwDACG9AwBRvQMAbL0DAHS9AwC3vQMA370DAAK+AwA3vgMATb4DAHO+AwCYvgMAvr4DAOO+AwAYvwMALr8DAF6/AwB5vwMAgb8DAMS/AwDJvwMAoBAEANO/AwAPwAMAFMADAFrAAwBnwAMApcADALLAAwDwwAMA/MADADvBAwBKwQMAhsEDAJDBAwDRwQMA38EDABzCAwAhwgMAZ8IDAHTCAwCywgMAusIDAP3CAwADwwMASMMDAAfDAwBIDgQAVMMDAJPDAwCjwwMA3sMDAOfDAwApxAMALMQDAHTEAwCAxAMAv8QDAMbEAwCcGwwAHsUDAFXFAwBYxQMAoMUDAL3FAwDrxQMA/MUDADbGAwA9xgMAgcYDAJrGAwDMxgMA1MYDABfHAwAtxwMAYscDAGfHAwCtxwMAtMcDAPjHAwAByAMAQ8gDAFTIAwCOyAMAmsgDAOcbDADtyAMAJMkDACfJAwBvyQMAjMkDALrJAwDLyQMABcoDABTKAwBQygMAYcoDAJvKAwCpygMA5soDAPLKAwAxywMAPssDAHzLAwCGywMAMhwMANDLAwASzAMAH8wDAF3MAwBrzAMAqMwDALfMAwDzzAMA9cwDAD7NAwBIzQMAic0DAJfNAwDUzQMA2c0DAB/OAwAszgMAas4DAG3OAwC1zgMAwc4DAADPAwATzwMAS88DAFrPAwCWzwMAos8DAOHPAwDizwMALNADADbQAwB30AMAhdADAMLQAwDH0AMADdEDABrRAwB9HAwAXdEDAKPRAwC50QMA7tEDAATSAwA50gMAQtIDAITSAwCR0gMAz9IDAN3SAwAa0wMAKdMDAGXTAwBn0wMAsNMDALrTAwD70wMACdQDAEbUAwBL1AMAkdQDAJ7UAwDc1AMA39QDACfVAwAv1QMActUDAIPVAwC91QMAy9UDAAjWAwAV1gMAU9YDAHPWAwCe1gMAptYDAOnWAwD51gMANNcDADbXAwB/1wMAjdcDAMrXAwDb1wMAXh0MABvYAwBg2AMAbNgDAKkdDACy2AMA9tgDALjYAwBJVwUA/dgDAEHZAwBH2QMAjNkDAJjZAwDX2QMA2tkDACLaAwAl2gMAbdoDAJjaAwC42gMA29oDAAPbAwAO2wMATtsDAFPbAwCZ2wMAnNsDAOTbAwDu2wMAL9wDAFrcAwD0HQwAf9wDAMXcAwDS3AMAEN0DAB3dAwBb3QMAZ90DAKbdAwC13QMA8d0DAPvdAwA83gMARN4DAIfeAwCR3gMA0t4DANfeAwAd3wMAJd8DAD8eDAB13wMAs98DAMffAwD+3wMABuADAEngAwBO4AMAlOADAKTgAwDf4AMA5+ADACrhAwA04QMAdeEDAIDhAwDA4QMAzOEDAAviAwAT4gMAih4MAFfiAwCh4gMAreIDAOziAwD74gMAN+MDAEXjAwCC4wMAkuMDAM3jAwDb4wMAGOQDACTkAwBj5AMAauQDAK7kAwC25AMA+eQDAA/lAwBE5QMAWOUDAI/lAwCS5QMA2uUDAPflAwAl5gMANuYDAHDmAwB45gMAu+YDAMbmAwAG5wMAC+cDAFHnAwBU5wMAnOcDAKbnAwDn5wMA6ucDANUeDABG6AMAfegDAIDoAwDI6AMA5egDABPpAwAk6QMAXukDAGbpAwCp6QMArOkDAPTpAwAA6gMAP+oDAEXqAwCK6gMApeoDANXqAwDh6gMAIOsDACbrAwBr6wMAc+sDALbrAwDB6wMAAewDAAbsAwBM7AMAT+wDAJfsAwCh7AMA4uwDAOrsAwAt7QMATO0DACAfDACM7QMAw+0DAOntAwAO7gMANO4DAFnuAwB/7gMApO4DANruAwDv7gMAJO8DADrvAwBg7wMAhe8DAKvvAwDQ7wMABfADABvwAwA/8AMAZvADAILwAwCx8AMAufADAGsfDAAB8QMAR/EDAFTxAwCS8QMAn/EDAN3xAwDp8QMAKPIDADfyAwBz8gMAffIDAL7yAwDM8gMACfMDAA7zAwBU8wMAYfMDAJ/zAwCn8wMA6vMDAPDzAwA19AMA9PMDAPf1AwBB9AMAgPQDAJD0AwDL9AMA1PQDABb1AwAZ9QMAYfUDAG31AwCs9QMAs/UDALYfDAAF9gMAQvYDAFj2AwCN9gMAmfYDANj2AwDf9gMAI/cDACv3AwBu9wMAc/cDALn3AwDC9wMABPgDAA74AwABIAwAUPgDAJr4AwCm+AMA5fgDAOv4AwAw+QMAMvkDAHv5AwCF+QMAxvkDANT5AwAR+gMAFvoDAFz6AwBp+gMAp/oDAK/6AwDy+gMA/PoDAD37AwBL+wMAiPsDAJ77AwDT+wMA3/sDAB78AwAl/AMAafwDAHH8AwC0/AMAufwDAP/8AwAI/QMASv0DAFT9AwBMIAwArf0DAOD9AwDj/QMAK/4DAEj+AwB2/gMAh/4DAMH+AwDZ/gMADP8DABj/AwBX/wMAav8DAKL/AwCx/wMA7f8DAPn/AwA4AAQAOQAEAIMABACNAAQAzgAEANwABAAZAQQAHgEEAGQBBABxAQQAlyAMALQBBAD6AQQABwIEAEUCBABSAgQAkAIEAJwCBADbAgQA6gIEACYDBAAwAwQAcQMEAH8DBAC8AwQAwQMEAAcEBAAUBAQAUgQEAFoEBACdBAQAowQEAOgEBACnBAQAqgYEAPQEBAAzBQQAQwUEAH4FBACHBQQAyQUEAMwFBAAUBgQAIAYEAF8GBABmBgQAeCEMALgGBAD1BgQACwcEAEAHBABMBwQAiwcEAJIHBADWBwQA3gcEACEIBAAmCAQAbAgEAHUIBAC3CAQAwQgEAMMhDAADCQQATQkEAFkJBACYCQQAngkEAOMJBADlCQQALgoEADgKBAB5CgQAhwoEAMQKBADJCgQADwsEABwLBABaCwQAYgsEAKULBACvCwQA8AsEAP4LBAA7DAQAUQwEAIYMBACSDAQA0QwEANgMBAAcDQQAJA0EAGcNBABsDQQAsg0EALsNBAD9DQQABw4EAA4iDABWDgQAkw4EAKkOBADeDgQA6g4EACkPBAAwDwQAdA8EAHwPBAC/DwQAxA8EAAoQBAATEAQAVRAEAF8QBABZIgwAoRAEAOsQBAD3EAQANhEEADwRBACBEQQAgxEEAMwRBADWEQQAFxIEACUSBABiEgQAZxIEAK0SBAC6EgQA+BIEAAATBABDEwQATRMEAI4TBACcEwQA2RMEAO8TBAAkFAQAMBQEAG8UBAB2FAQAuhQEAMIUBAAFFQQAChUEAFAVBABZFQQAmxUEAKUVBACkIgwA6BUEANZNCQD0FQQAMRYEAEIWBAB8FgQAgRYEAMcWBADeFgQAEhcEACYXBABdFwQAdRcEAKgXBAC3FwQA8xcEAPgXBAA+GAQASxgEAIkYBACWGAQA1BgEAOAYBAAfGQQALhkEAGoZBAB0GQQAtRkEAL0ZBAAAGgQAHhoEAEsaBABTGgQAlhoEAJ8aBADhGgQA7hoEACwbBAAuGwQAdxsEAJAbBADCGwQA0xsEAA0cBAAZHAQAWBwEAGAcBADvIgwAqBwEAO4cBAD2HAQAOR0EAEgdBACEHQQAiR0EAM8dBADcHQQAGh4EACceBABlHgQAcR4EALAeBAC/HgQA+x4EAAUfBABGHwQATh8EAJEfBACbHwQA3B8EAOEfBAAnIAQALyAEADojDACJIAQAvSAEAMUgBAAIIQQAEiEEAFMhBABYIQQAniEEAKYhBACFIwwA7iEEADQiBAA9IgQArt8IAEEiBAB/IgQASiIEAMZrCgCMIgQAyiIEANYiBAAVIwQAJCMEAGAjBABqIwQAqyMEALMjBAAnhQgAuSMEAPYjBAADJAQAQSQEAFgkBACMJAQAlCQEANckBADhJAQAIiUEACclBABtJQQAdSUEANAjDADFJQQAAyYEABEmBABOJgQAYSYEAJkmBAChJgQA5CYEAOcmBAAvJwQANCcEAHonBACJJwQAxScEAOUnBAAQKAQAHCgEAFsoBABlKAQApigEAMIoBADxKAQA+SgEABskDABPKQQAhykEAI0pBADSKQQA3ikEAB0qBAAnKgQAaCoEAG4qBACzKgQAwSoEAP4qBAAKKwQASSsEAEwrBACUKwQAlSsEAN8rBADrKwQAKiwEADAsBAB1LAQAeywEAMAsBADMLAQACy0EACgtBABWLQQAXy0EAKEtBACtLQQA7C0EAO8tBAA3LgQAQS4EAIIuBACOLgQAzS4EANMuBAAYLwQAHi8EAGMvBABoLwQAri8EALQvBABmJAwABTAEAEQwBABGMAQAjzAEAJ4wBADaMAQA5TAEACUxBAAxMQQAcDEEAHcxBAC7MQQAwzEEAAYyBAAQMgQAUTIEAFwyBACcMgQAqDIEAOcyBADvMgQARyUMADQzBAB9MwQAkDMEAMgzBADQMwQAEzQEABk0BABeNAQAajQEAKk0BACzNAQA9DQEAPo0BAA/NQQATTUEAIo1BACWNQQA1TUEANg1BAAgNgQAKDYEAGs2BABsNgQAtjYEAMI2BAABNwQABzcEAEw3BABUNwQAlzcEAJ03BADiNwQA7jcEAC04BABKOAQAeDgEAIE4BADDOAQAzzgEAA45BAAROQQAWTkEAGM5BACkOQQArDkEAO85BAAAOgQAOjoEAEg6BACFOgQAmzoEANA6BADeOgQAGzsEACU7BACSJQwAdDsEALE7BAC0OwQA/DsEAAQ8BABckAQACDwEAPtpBAALPAQAjUEEABg8BABHPAQAYzwEAN0lDACUPAQA3TwEAOo8BAAoPQQANT0EAHM9BAB4PQQAvj0EAMg9BAAJPgQAGD4EAFQ+BABZPgQAnz4EAKw+BADqPgQA9z4EADU/BABBPwQAgD8EAI8/BADLPwQA1T8EABZABAAiQAQAYUAEAGdABACsQAQAskAEAPdABAD8QAQAQkEEAEhBBAAoJgwAkkEEAJtgBACeQQQA2EEEAOZBBAAjQgQAL0IEAG5CBAB7QgQAuUIEAMNCBAAEQwQAIEMEAE9DBABrQwQAcyYMAJxDBADlQwQA8kMEADBEBAA9RAQAe0QEAIBEBADGRAQA0EQEABFFBAAgRQQAXEUEAGFFBACnRQQAtEUEAPJFBAD/RQQAPUYEAElGBACIRgQAl0YEANNGBADdRgQAHkcEACpHBABpRwQAb0cEALRHBAC6RwQA/0cEAARIBABKSAQAUEgEAL4mDACcSAQA4EgEAO5IBAArSQQALkkEAHZJBACFSQQAwUkEAMZJBAAMSgQAGUoEAFdKBABkSgQAokoEAK5KBADtSgQA/EoEADhLBABCSwQAg0sEAJFLBADOSwQA00sEABlMBAAmTAQAZEwEAHBMBACvTAQAwkwEAPpMBAAJTQQARU0EAFFNBACQTQQAkU0EANtNBADlTQQAJk4EADROBABxTgQAdk4EALxOBADJTgQACScMAAxPBABSTwQAW08EAJ1PBACuTwQA6E8EAO9PBAAzUAQAO1AEAH5QBACLUAQAyVAEAM5QBAAUUQQAHlEEAF9RBABnUQQAqlEEAMFRBAD1UQQAAVIEAEBSBABKUgQAi1IEAJNSBADWUgQA2FIEACFTBAApUwQAbFMEAHJTBAC3UwQAw1MEAAJUBAAFVAQATVQEAFJUBACYVAQAoVQEAONUBADpVAQALlUEAD1VBAB5VQQAhVUEAOonDADGVQQAD1YEAB1WBABaVgQAa1YEADUoDACsVgQAgCgMAPVWBAA7VwQAQ1cEAIZXBACVVwQA0VcEANZXBAAcWAQAKVgEAGdYBAB0WAQAslgEAL5YBAD9WAQADFkEAEhZBABSWQQAFikMAJVZBADeWQQA+VkEAClaBAArWgQAdFoEAI5aBAC/WgQAzFoEAApbBAAWWwQAVVsEAF9bBACgWwQAulsEAOtbBAD6WwQANlwEADtcBACBXAQAjlwEAMxcBADZXAQAF10EACNdBABiXQQAcV0EAK1dBAC3XQQA+F0EAAReBABDXgQAVl4EAI5eBACdXgQA2V4EAOVeBAAkXwQAJV8EAG9fBAB5XwQAul8EAMhfBAAFYAQACmAEAFBgBABdYAQAYSkMAKhgBADmYAQA82AEADFhBAA9YQQAfGEEAIthBADHYQQA0WEEABJiBAAgYgQAXWIEAGJiBACoYgQAtWIEAPNiBAD/YgQAPmMEAFFjBACJYwQAmGMEANRjBADgYwQAH2QEACBkBABqZAQAdGQEALVkBADDZAQAAGUEAAVlBABLZQQAWGUEAKwpDACjZQQA4WUEAONlBAAsZgQARWYEAHdmBACIZgQAwmYEAM5mBAANZwQAFWcEAI0qDABdZwQAo2cEAKtnBADuZwQA/WcEADloBAA+aAQAhGgEAJFoBADPaAQA3GgEABppBAAmaQQAZWkEAHRpBACwaQQAumkEANgqDAAOagQARmoEAFVqBACRagQAnWoEANxqBADdagQAJ2sEADFrBAByawQAgGsEAL1rBADCawQACGwEABVsBAAjKwwAWGwEAJ5sBACrbAQA6WwEAPZsBAA0bQQAQG0EAH9tBACObQQAym0EANRtBAAVbgQAI24EAGBuBABlbgQAq24EALhuBAD2bgQA/m4EAEFvBABHbwQAjG8EAEtvBAAatAQAmG8EANdvBADnbwQAInAEACtwBABtcAQAcHAEALhwBADEcAQAA3EEAApxBAAELAwAWXEEAJlxBACacQQA5HEEAPxxBAAvcgQAPHIEAHpyBACGcgQAxXIEAM9yBAAQcwQAFHMEAFtzBABgcwQApnMEAKxzBADxcwQAEXQEADx0BABUdAQAh3QEAJ50BADSdAQA3nQEAB11BAAndQQAaHUEAGp1BACzdQQAunUEAP51BAAFdgQASXYEAE92BACUdgQAoHYEAN92BADidgQAKncEAC13BAB1dwQAgXcEAMB3BADDdwQATywMABB4BABWeAQAXngEAKF4BACneAQA7HgEAPF4BAA3eQQAQHkEAIJ5BACMeQQAzXkEANl5BAAYegQAIHoEAJosDABoegQArnoEALZ6BAD5egQABHsEAER7BABJewQAj3sEAJJ7BADaewQA5HsEAOUsDAAxfAQAcHwEAHd8BAC7fAQAyXwEAAZ9BAAJfQQAUX0EAFl9BACcfQQAn30EAOd9BADzfQQAMn4EADh+BAB9fgQAmH4EAMh+BADUfgQAE38EABl/BABefwQAZn8EAKl/BACtfwQA9H8EAACABAA/gAQATIAEAIqABACUgAQA1YAEAN2ABAAggQQAIoEEAGuBBABvgQQAtoEEALiBBAABggQAFYIEADAtDABUggQAl4IEAJuCBADiggQA5IIEAC2DBAAwgwQAeIMEAICDBADDgwQA0IMEAA6EBAAThAQAWYQEAGOEBACkhAQArIQEAO+EBADwhAQAOoUEAD+FBACFhQQAiIUEANCFBADThQQAG4YEACmGBABmhgQAf4YEALGGBADChgQA/IYEAAiHBABHhwQAT4cEAHstDACXhwQA3YcEAOWHBAAoiAQAN4gEAHOIBAB4iAQAvogEAMuIBAAJiQQAFokEAFSJBABgiQQAn4kEAK6JBADqiQQA9IkEADWKBAA9igQAgIoEAIqKBADLigQA0IoEABaLBAAeiwQAxi0MAGyLBACsiwQAuIsEAPeLBAD/iwQAES4MAE6MBACNjAQAlIwEANiMBADmjAQAI40EACaNBABujQQAdo0EALmNBAC8jQQABI4EABCOBABPjgQAVY4EAJqOBAC1jgQA5Y4EAPGOBAAwjwQANo8EAHuPBACejwQAxo8EAMmPBAARkAQANZAEAFwuDABrkAQAp5AEAKyQBADykAQA/5AEAD2RBABKkQQAiJEEAJSRBADTkQQA4pEEAB6SBAAokgQAaZIEAHeSBAC0kgQAuZIEAP+SBAAMkwQASpMEAFKTBACnLgwAopMEAOCTBADokwQAK5QEAESUBAB2lAQAfJQEAMGUBADGlAQADJUEACyVBABXlQQAY5UEAKKVBACvlQQA7ZUEAPWVBAA4lgQAO5YEAIOWBACNlgQAzpYEANCWBAAZlwQAI5cEAGSXBABwlwQA8i4MAMWXBAD6lwQABpgEAEWYBABKmAQAkJgEAE2YBABG6QwAmZgEANuYBADlmAQAJpkEAC6ZBAAx5QcAMpkEAHGZBABJmQQA9dUHAHeZBAC8mQQAhJkEADqACQDCmQQAB5oEAAyaBABSmgQAWJoEAD0vDACrmgQA6JoEAP6aBAAzmwQAP5sEAH6bBACDmwQAyZsEANKbBAAUnAQAHpwEAF+cBABnnAQAqpwEALmcBAD1nAQA+pwEAECdBABNnQQAi50EAJidBADWnQQA4p0EACGeBAAwngQAbJ4EAHaeBAC3ngQAxZ4EAAKfBAAPnwQATZ8EAGSfBACYnwQAoJ8EAOOfBADtnwQALqAEADOgBAB5oAQAgaAEAB4wDADQoAQAD6EEABWhBABaoQQAdaEEAKWhBACxoQQA8KEEAPahBABpMAwATqIEAIaiBACVogQA0aIEAN2iBAAcowQAHaMEAGejBABxowQAsqMEAMCjBAD9owQAAqQEAEikBABVpAQAtDAMAJikBADepAQA5qQEACmlBAAspQQAdKUEAH2lBAC/pQQAzqUEAAqmBAAVpgQAVaYEAF2mBACgpgQAsKYEAOumBAD5pgQANqcEAEenBACBpwQAjacEAMynBADUpwQAlTEMAB2oBABiqAQAaqgEAK2oBAC0qAQA+KgEAAapBABDqQQASakEAI6pBACaqQQA2akEAOipBAAkqgQALqoEAG+qBAB0qgQAuqoEAMCqBAAFqwQAGasEAFCrBABYqwQAm6sEAMOrBADmqwQA76sEADGsBAA+rAQAfKwEAIqsBADHrAQA2qwEABKtBAAurQQA4DEMAGKtBACorQQAta0EAPOtBAAArgQAPq4EAEquBACJrgQAmK4EANSuBADergQAH68EAC2vBABqrwQAb68EALWvBADCrwQAALAEAAiwBABLsAQAUbAEAJawBACisAQA4bAEAPGwBAAssQQANbEEAHexBAB6sQQAwrEEAM6xBAANsgQAFLIEACsyDACAsgQAo7IEAKyyBADusgQA+7IEADmzBABHswQAhLMEAJezBADPswQA67MEAHYyDAAotAQAZbQEAHu0BACwtAQAvLQEAPu0BAACtQQARrUEAE61BACRtQQAlrUEANy1BADltQQAJ7YEADG2BADBMgwAc7YEAL22BADJtgQACLcEAA63BABTtwQAVbcEAJ63BACotwQA6bcEAPe3BAA0uAQAObgEAH+4BACMuAQAyrgEANK4BAAVuQQAH7kEAGC5BABuuQQAq7kEAMG5BAD2uQQAAroEAEG6BABIugQAjLoEAJS6BADXugQA3LoEACK7BAAruwQAbbsEAHe7BAAMMwwAxrsEAAO8BAAZvAQATrwEAFq8BACZvAQAnrwEAOS8BADtvAQAL70EADm9BAB6vQQAhr0EAMW9BADLvQQAEL4EABa+BABbvgQAYL4EAKa+BACsvgQAVzMMAPa+BAA8vwQASb8EAIe/BACUvwQA0r8EAN6/BAAdwAQALMAEAGjABABywAQAs8AEAMHABAD+wAQAA8EEAEnBBABWwQQAlMEEAJzBBADfwQQA6cEEACrCBAA4wgQAdcIEAIvCBADAwgQAzMIEAAvDBAAQwwQAVsMEAF/DBAChwwQAq8MEADg0DAD4wwQAN8QEAEjEBACCxAQAjsQEAM3EBADcxAQAGMUEACLFBABjxQQAccUEAK7FBACzxQQA+cUEAAbGBABExgQATsYEAI/GBABQxgQAyMkEAJ3GBADaxgQA8MYEACXHBAAxxwQAcMcEAHXHBAC7xwQAxMcEAAbIBAAQyAQAUcgEAF3IBACcyAQAosgEAOfIBADtyAQAMskEADfJBAB9yQQAg8kEAIM0DADOyQQAE8oEABnKBABeygQAY8oEAKnKBACvygQAzjQMAALLBAA/ywQAVcsEAIrLBACWywQA1csEANrLBAAgzAQAKcwEAGvMBAB1zAQAtswEAMLMBAABzQQAFM0EAEzNBABbzQQAl80EAKPNBADizQQA480EAC3OBAA3zgQAeM4EAIbOBADDzgQAyM4EAA7PBAAbzwQAGTUMAGjPBACkzwQAxM8EAO/PBAD7zwQAOtAEAETQBACF0AQAitAEANDQBADR0AQAG9EEACfRBABm0QQAc9EEALHRBAC90QQA/NEEAA/SBABH0gQAVtIEAJLSBACe0gQA3dIEAN7SBAAo0wQAMtMEAHPTBACB0wQAvtMEAMPTBAAJ1AQAFtQEAGQ1DABw1AQArzUMAKXUBADq1AQA8NQEADXVBAA61QQAgNUEAIbVBAD6NQwA0NUEABbWBAAZ1gQAYdYEAG3WBACs1gQAstYEAPfWBAAS1wQAQtcEAE7XBACN1wQAk9cEANjXBADa1wQAI9gEAD7YBABu2AQAcNgEALnYBADH2AQABNkEABXZBABP2QQAUdkEAJrZBACz2QQA5dkEAPbZBAAw2gQAPNoEANs2DACD2gQAxtoEAN/aBAAR2wQAGtsEAFzbBABs2wQAp9sEALfbBADy2wQA/tsEAD3cBABD3AQAiNwEAJbcBADT3AQA4NwEAB7dBAA13QQAad0EAHHdBAC03QQAvt0EAP/dBAAN3gQASt4EAGDeBACV3gQAod4EAODeBADn3gQAK98EADPfBAB23wQAe98EAMHfBADK3wQADOAEABbgBABX4AQAX+AEAKLgBACk4AQA7eAEAP3gBAA44QQAQuEEAIPhBACP4QQAzuEEANThBAAZ4gQAIeIEACY3DABu4gQAr+IEAL3iBAD64gQAEOMEAEXjBABR4wQAkOMEAJXjBADb4wQA5OMEACbkBAAw5AQAceQEAHnkBAC85AQAweQEAAflBAAW5QQAUuUEAGHlBACd5QQApuUEAOjlBADu5QQAM+YEADnmBAB+5gQAiuYEAMnmBADQ5gQAFOcEABznBABf5wQAYecEAKrnBAC65wQA9ecEAP/nBABA6AQATOgEAIvoBACR6AQA1ugEAN7oBABxNwwALekEAGzpBAB96QQAt+kEAMPpBAAC6gQAEeoEAE3qBABX6gQAmOoEAKbqBADj6gQA6OoEAC7rBAA76wQAeesEAIHrBADE6wQAzusEAJEABQDQ6wQAD+wEABXsBABa7AQAYOwEAKXsBACq7AQA8OwEAPbsBAC8NwwAR+0EAIbtBACM7QQA0e0EAOztBAAc7gQAKO4EAGfuBABt7gQAsu4EALruBAD97gQAAO8EAEjvBABU7wQAk+8EAKTvBADe7wQA6u8EACnwBAA48AQAdPAEAH7wBAC/8AQAzfAEAArxBAAP8QQAVfEEAGLxBACg8QQAqPEEAOvxBAD18QQANvIEAETyBACB8gQAl/IEAMzyBADY8gQAF/MEABzzBABi8wQAa/MEAK3zBAC38wQAnTgMAP7zBABD9AQASfQEAI70BACa9AQA2fQEAOb0BAAk9QQALvUEAG/1BAB39QQAuvUEAMT1BAAF9gQACvYEAFD2BABR9gQAm/YEAKD2BADm9gQA9/YEADH3BAA29wQAfPcEAJP3BADH9wQA2/cEABL4BAAu+AQAXfgEAGX4BADoOAwAsPgEAPP4BAD9+AQAPvkEAFL5BACJ+QQAivkEANT5BADg+QQAH/oEADv6BABq+gQAcvoEADM5DAC++gQAAPsEAA77BABL+wQAD/sEAFRYCABV+wQAlvsEAJj7BADh+wQA+vsEACz8BAA9/AQAd/wEAIP8BADC/AQAyvwEAH45DAAZ/QQAWP0EAF79BACj/QQAvv0EAO79BAD6/QQAOf4EAD/+BACE/gQAh/4EAM/+BADX/gQAGv8EACr/BABl/wQAav8EALD/BAC5/wQA+/8EAAgABQBGAAUATQAFAMk5DACfAAUA3AAFAPIABQAnAQUAMwEFAHIBBQB3AQUAvQEFAMYBBQAIAgUAEgIFAFMCBQBvAgUAngIFAKYCBQAUOgwA7gIFADQDBQA8AwUAfwMFAIEDBQDKAwUA5QMFABUEBQAXBAUAYAQFAG4EBQCrBAUAvAQFAPYEBQD4BAUAQQUFAFoFBQCMBQUAnQUFANcFBQDjBQUAIgYFACoGBQBfOgwAeQYFALgGBQC+BgUAAwcFAB4HBQBOBwUAWgcFAJkHBQCfBwUA5AcFAOcHBQCqOgwATAgFAHoIBQB7CAUAxQgFANQIBQAQCQUAFQkFAFsJBQBoCQUApgkFALMJBQDxCQUA/QkFADwKBQBLCgUAhwoFAJEKBQDSCgUA4AoFAB0LBQAiCwUAaAsFAHULBQCzCwUAvwsFAP4LBQAEDAUASQwFAE8MBQCUDAUAmQwFAN8MBQDlDAUA9ToMAC8NBQB1DQUAlQ0FAMANBQDMDQUACw4FABEOBQBWDgUAXg4FALwvBQBfDgUAoQ4FAK4OBQDsDgUA8g4FADcPBQBDDwUAgg8FAIQPBQDNDwUA3A8FABgQBQAjEAUAYxAFAGUQBQCuEAUAxxAFAPkQBQAKEQUARBEFAFARBQCPEQUAmxEFANoRBQDtEQUAJRIFADQSBQBwEgUAfBIFALsSBQC8EgUABhMFABATBQBREwUAXxMFAJwTBQChEwUA5xMFAPQTBQBAOwwAPxQFAH0UBQCRFAUAyBQFAOQUBQATFQUALxUFAIs7DABtFQUAqRUFAKoVBQD0FQUAAxYFAD8WBQBEFgUAihYFAJcWBQDVFgUA4hYFACAXBQAsFwUAaxcFAHoXBQC2FwUAwBcFAAEYBQAPGAUATBgFAFEYBQCXGAUApBgFAOIYBQDyGAUALRkFAC8ZBQB4GQUAhhkFAMMZBQDUGQUA1jsMABUaBQAhPAwAXhoFAKQaBQCxGgUA7xoFAPwaBQA6GwUAQBsFAIUbBQCRGwUA0BsFAOAbBQAbHAUAJBwFAGYcBQBpHAUAsRwFAL0cBQD8HAUAAx0FAGw8DABTHQUAkh0FAKIdBQDdHQUA5h0FACgeBQArHgUAcx4FAH8eBQC+HgUAxR4FALc8DAAPHwUAVB8FAFkfBQCfHwUAvx8FAOofBQD2HwUANSAFADsgBQCAIAUAgyAFAMsgBQDNIAUAFiEFADEhBQBhIQUAYyEFAKwhBQC6IQUA9yEFAAgiBQBCIgUARCIFAI0iBQCmIgUA2CIFAOkiBQAjIwUALyMFAAI9DAB+IwUAuSMFANkjBQAEJAUABiQFAE8kBQBbJAUAi8QKAF4kBQA2PQUAayQFAO5IBQB4JAUAmiQFAJ0kBQDlJAUA8iQFAEopBQD0JAUAMCUFADUlBQB7JQUAiCUFAMYlBQDTJQUAESYFAB0mBQBcJgUAayYFAKcmBQCxJgUA8iYFAAAnBQA9JwUAQicFAIgnBQCVJwUA0ycFAN8nBQAeKAUAJCgFAGkoBQBvKAUAtCgFALkoBQD/KAUABSkFAE09DABTKQUAlSkFAKspBQDgKQUA+SkFACsqBQA3KgUAdioFAHwqBQDBKgUAxioFAAwrBQAcKwUAVysFAF0rBQCiKwUArisFAO0rBQD3KwUAOCwFAD4sBQCDLAUAkSwFAM4sBQDaLAUAGS0FABwtBQBkLQUAcC0FAK8tBQDCLQUA+i0FAAkuBQBFLgUAUS4FAJAuBQCcLgUA2y4FAOIuBQAmLwUAMi8FAHEvBQB4LwUAmD0MANIvBQAHMAUACTAFAFIwBQBmMAUAnTAFAKUwBQDoMAUA9TAFADMxBQA4MQUAfjEFAIgxBQDJMQUA0TEFABQyBQAtMgUAXzIFAGsyBQCqMgUAsjIFAOM9DAAQMwUAQDMFAEIzBQCLMwUAmTMFANYzBQDnMwUAITQFACM0BQBsNAUAhTQFALc0BQDINAUAAjUFAA41BQAuPgwAUjUFAJg1BQChNQUA4zUFAPQ1BQAuNgUANTYFAHk2BQCBNgUAxDYFANE2BQAPNwUAFDcFAFo3BQBkNwUApTcFAK03BQDwNwUACTgFADs4BQBHOAUAhjgFAI44BQDEPgwA1DgFABw5BQAmOQUAZzkFAGk5BQCyOQUAyzkFAP05BQAOOgUASDoFAFY6BQCTOgUAljoFAN46BQDpOgUAKTsFADU7BQB0OwUAezsFAA8/DADEOwUACjwFABI8BQBVPAUAYzwFAKA8BQChPAUA6zwFAAY9BQBaPwwAOz0FAIE9BQCOPQUAzD0FANk9BQAXPgUAIz4FAGI+BQBxPgUArT4FALc+BQD4PgUABj8FAEM/BQBIPwUAjj8FAJs/BQDZPwUA5T8FACRABQAqQAUAb0AFAHVABQC6QAUAv0AFAAVBBQALQQUApT8MAF1BBQCbQQUAnUEFAOZBBQD/QQUAMUIFAEJCBQB8QgUAiEIFAMdCBQDPQgUAhkAMABdDBQBdQwUAZUMFAKhDBQDBQwUA80MFAPhDBQA+RAUAQ0QFAIlEBQCTRAUA1EQFANdEBQAfRQUAKUUFAGpFBQBwRQUAtUUFALdFBQAARgUAAUYFAEtGBQBTRgUAlkYFAKZGBQDhRgUA50YFACxHBQAxRwUAd0cFAI1HBQDCRwUAykcFAA1IBQA1SAUAWEgFAHtIBQCjSAUAwkgFANFADAD2SAUAHEEMAEpJBQCESQUAkkkFAM9JBQDbSQUAGkoFACdKBQBlSgUAb0oFALBKBQC4SgUA+0oFAAZLBQBGSwUASEsFAJFLBQCUSwUA3EsFAORLBQAnTAUALUwFAHJMBQB7TAUAvUwFAMpMBQAITQUAEE0FAFNNBQBYTQUAnk0FAKdNBQDpTQUA800FADROBQA8TgUAf04FAIROBQDKTgUA2k4FABVPBQAdTwUAYE8FAGJPBQCrTwUAxk8FAPZPBQD4TwUAQVAFAE9QBQCMUAUAnVAFANdQBQDZUAUAIlEFADtRBQBtUQUAflEFALhRBQDEUQUAA1IFAAtSBQBnQQwAVFIFAJlSBQCeUgUA5FIFAARTBQAvUwUAO1MFAHpTBQCAUwUAxVMFAMhTBQAQVAUAGFQFAFtUBQBlVAUAplQFAKtUBQDxVAUA+VQFADxVBQBGVQUAh1UFAIlVBQDSVQUA41UFAB1WBQA9VgUAaFYFAHBWBQCzVgUAvVYFAP5WBQADVwUAskEMAF1XBQCUVwUAnFcFAN9XBQDkVwUAKlgFADpYBQB1WAUAfVgFAMBYBQDKWAUAC1kFABZZBQBWWQUAYlkFAKFZBQCpWQUA/UEMAPhZBQA3WgUAQ1oFAIJaBQCJWgUAzVoFANVaBQAYWwUAMVsFAGNbBQBpWwUArlsFALNbBQD5WwUAGVwFAERcBQBQXAUAj1wFAJVcBQDaXAUA3VwFAEhCDAAnXQUAcF0FADNdBQC0mgsAc10FALtdBQDFXQUABl4FABReBQBRXgUAYF4FAJxeBQCfXgUA514FALReBQBNgAUAuF4FANNyBQDzXgUAMl8FADRfBQB9XwUAg18FAMhfBQDXXwUAE2AFAB5gBQBeYAUAZmAFACO5BQB4YAUAqWAFALVgBQD0YAUAB2EFAD9hBQBOYQUAimEFAJZhBQDVYQUA1mEFACBiBQAqYgUAa2IFAHliBQC2YgUAu2IFAAFjBQAOYwUAk0IMAGZjBQCXYwUApmMFAOJjBQDnYwUALWQFADpkBQB4ZAUAhWQFAMNkBQDPZAUADmUFAB1lBQBZZQUAY2UFAKRlBQCyZQUA72UFAPRlBQA6ZgUAR2YFAIVmBQCRZgUA0GYFANZmBQAbZwUAIWcFAGZnBQBrZwUAsWcFALdnBQDeQgwA/WcFAEdoBQAFaAUA4VMHAAloBQC3QQcAHGgFALI0CgBTaAUAkmgFAJhoBQBBqAcAn2gFAN1oBQDgaAUAKGkFADRpBQBzaQUAdWkFAL5pBQDEaQUACWoFABhqBQBUagUAX2oFAJ9qBQCgagUA6moFAP5qBQA1awUAT2sFAIBrBQCMawUAy2sFAN5rBQAWbAUAJWwFAGFsBQBtbAUArGwFAK1sBQD3bAUAAW0FAEJtBQBQbQUAjW0FAJJtBQDYbQUA5W0FAClDDAA9bgUAbm4FAH1uBQC5bgUAvm4FAARvBQARbwUAT28FAFxvBQCabwUApm8FAOVvBQD0bwUAMHAFADpwBQB7cAUAiXAFAMZwBQDLcAUAEXEFAB5xBQBccQUAaHEFAKdxBQCtcQUA8nEFAPhxBQA9cgUAQnIFAIhyBQCOcgUAdEMMAO9yBQC/QwwAJHMFAGlzBQBrcwUAtHMFAMFzBQD/cwUAAnQFAEp0BQBLdAUAlXQFAJp0BQDgdAUA5nQFACt1BQA1dQUAdnUFAJJ1BQDBdQUA3XUFAApEDAASdgUAV3YFAFl2BQCidgUAr3YFAO12BQDwdgUAOHcFADl3BQCDdwUAiHcFAM53BQDUdwUAGXgFACN4BQBkeAUAgHgFAK94BQDLeAUAVUQMAAB5BQBFeQUAS3kFAJB5BQCVeQUA23kFAOF5BQCgRAwANHoFAHF6BQCMegUAvHoFAMp6BQAHewUAFHsFAFJ7BQBpewUAnXsFAKx7BQDoewUA7XsFADN8BQBAfAUAfnwFAIt8BQDJfAUA1XwFABR9BQAjfQUAX30FAGl9BQCqfQUAuH0FAPV9BQD6fQUAQH4FAE1+BQCLfgUAjn4FANZ+BQDifgUAIX8FACd/BQBsfwUAcn8FALd/BQC8fwUAAoAFAAiABQDrRAwAV4AFAJiABQCegAUA44AFAOWABQAugQUAO4EFAHmBBQB8gQUAxIEFAMWBBQAPggUAFIIFAFqCBQBgggUApYIFAK+CBQDwggUACoMFADuDBQBKgwUAhoMFAIuDBQDRgwUA3oMFAByEBQAphAUAZ4QFAHOEBQCyhAUAwYQFAP2EBQAHhQUASIUFAFaFBQCThQUAmIUFAN6FBQDrhQUAKYYFADOGBQDzjgUANYYFAHSGBQB6hgUAv4YFAMWGBQAKhwUAD4cFAFWHBQBbhwUANkUMAKWHBQDrhwUA+IcFADaIBQBDiAUAgYgFAI2IBQDMiAUA24gFABeJBQAhiQUAYokFAHCJBQCtiQUAsokFAPiJBQAFigUAQ4oFAEuKBQCOigUAmooFANmKBQDfigUAJIsFACqLBQBviwUAdIsFALqLBQDAiwUAF0YMAAeMBQBQjAUAWYwFAJuMBQCejAUA5owFAPKMBQAxjQUAOI0FAHyNBQCEjQUAx40FAOCNBQASjgUAJo4FAF2OBQB5jgUAqI4FALCOBQCtRgwAAY8FAD6PBQBUjwUAiY8FAJWPBQDUjwUA2Y8FAB+QBQAokAUAapAFAHSQBQC1kAUA0ZAFAACRBQAIkQUA+EYMAFCRBQCWkQUAo5EFAOGRBQDukQUALJIFADiSBQB3kgUAhpIFAMKSBQDMkgUADZMFABuTBQBYkwUAXZMFAKOTBQCwkwUA7pMFAPaTBQA5lAUAQ5QFAISUBQCSlAUAz5QFAOWUBQAalQUAJpUFAGWVBQBqlQUAsJUFALmVBQD7lQUABZYFAEaWBQBOlgUAkZYFAKCWBQDclgUA3pYFACeXBQAwlwUAcpcFAHWXBQC9lwUAyZcFAAiYBQAPmAUAU5gFAFuYBQCemAUAt5gFAOmYBQD9mAUANJkFAFCZBQB/mQUAh5kFAENHDADPmQUAFZoFACKaBQBgmgUAbZoFAKuaBQC3mgUA9poFAAWbBQBBmwUAS5sFAIybBQCWmwUA15sFAOWbBQAinAUAOJwFAG2cBQB5nAUAuJwFAL2cBQADnQUADJ0FAE6dBQBYnQUAmZ0FAKWdBQDknQUA6p0FAC+eBQA1ngUAep4FAH+eBQDFngUAy54FAI5HDAAcnwUAW58FAF+fBQCmnwUAtZ8FAPGfBQD2nwUAPKAFAEmgBQCHoAUAlKAFANKgBQDeoAUAHaEFACyhBQBooQUAcqEFALOhBQDBoQUA/qEFAAOiBQBJogUAVqIFAJSiBQCgogUA36IFAOWiBQAqowUAMKMFAHWjBQB6owUAwKMFAMajBQDZRwwAEKQFAFakBQBdpAUAoaQFAK2kBQDspAUA7qQFADelBQDvpAUAMqoFAFKlBQCCpQUAhKUFAM2lBQDbpQUAGKYFACmmBQBjpgUAZaYFAK6mBQDHpgUA+aYFAAqnBQBEpwUAUKcFAI+nBQCbpwUA2qcFAO2nBQAlqAUANKgFAHCoBQB8qAUAu6gFALyoBQAGqQUAEKkFAFGpBQBfqQUAnKkFAKGpBQDnqQUA9KkFACRIDAA0qgUAfaoFAJiqBQDIqgUAyqoFABOrBQAhqwUAXqsFAG+rBQCpqwUAq6sFAPSrBQANrAUAP6wFAFCsBQCKrAUAlqwFANWsBQDhrAUAIK0FADOtBQBrrQUAeq0FALatBQDCrQUAAa4FAAKuBQBMrgUAVq4FAJeuBQClrgUA4q4FAOeuBQAtrwUAOq8FAAVJDAB9rwUAw68FAMuvBQAOsAUAELAFAFmwBQBqsAUApLAFALKwBQDvsAUACrEFADqxBQBGsQUAhbEFAI2xBQDmSQwA1bEFABuyBQAisgUAZrIFAHKyBQCxsgUAtLIFAPyyBQAEswUAR7MFAFezBQCSswUAl7MFAN2zBQDmswUAKLQFADW0BQBztAUAerQFAL60BQDGtAUAMUoMABa1BQBUtQUAXLUFAJ+1BQCztQUA6rUFAO+1BQA1tgUAPrYFAIC2BQCGtgUAy7YFANO2BQAWtwUAJbcFAGG3BQBytwUArLcFALW3BQD3twUA+rcFAEK4BQBMuAUAjbgFAJm4BQDYuAUA3rgFAHxKDAAwuQUAbrkFAHO5BQC5uQUAwLkFAAS6BQAQugUAT7oFAFe6BQDHSgwAtboFAOW6BQDnugUAMLsFAD67BQB7uwUAjLsFAMa7BQDIuwUAEbwFACq8BQBcvAUAbbwFAKe8BQCzvAUAEksMAAG9BQA9vQUATL0FAIi9BQCRvQUA070FANm9BQAevgUAJL4FAGm+BQB1vgUAtL4FALu+BQD/vgUAB78FAEq/BQBOvwUAlb8FAKC/BQDgvwUA7r8FACvABQA8wAUAdsAFAILABQDBwAUAycAFAF1LDAAPwQUAV8EFAGHBBQCiwQUApMEFAO3BBQAGwgUAOMIFAEnCBQCDwgUAkcIFAM7CBQDRwgUAGcMFACTDBQBkwwUAcsMFAK/DBQC8wwUA+sMFABHEBQBFxAUATcQFAJDEBQCSxAUA28QFAOPEBQAmxQUANcUFAHHFBQB2xQUAvMUFAMnFBQAHxgUAFMYFAFLGBQBexgUAncYFAKzGBQDoxgUA8sYFADPHBQBBxwUAfscFAIPHBQDJxwUA1scFABTIBQAcyAUAX8gFAGnIBQCqyAUAr8gFAPXIBQD9yAUAQMkFAEPJBQCLyQUAqMkFANbJBQDnyQUAIcoFACnKBQBsygUAb8oFALfKBQDDygUAAssFAAjLBQBNywUAaMsFAJjLBQCkywUA48sFAOnLBQCoSwwAPcwFAHnMBQB6zAUAxMwFAPrMBQAPzQUAHc0FAFrNBQBbzQUApc0FAK3NBQDwzQUA/80FADvOBQBAzgUAhs4FAJPOBQDRzgUA3s4FABzPBQAozwUAZ88FAHbPBQCyzwUAvM8FAP3PBQAL0AUASNAFAE3QBQCT0AUAoNAFAN7QBQDm0AUAKdEFADPRBQB00QUAedEFAL/RBQDH0QUACtIFABTSBQBV0gUAYNIFAKDSBQCs0gUA69IFAPPSBQDzSwwAO9MFAIHTBQCE0wUAzNMFANbTBQAX1AUAH9QFAD5MDABw1AUArdQFAMPUBQD41AUABNUFAEPVBQBI1QUAjtUFAJfVBQDZ1QUA49UFACTWBQAs1gUAb9YFAHvWBQC61gUAzdYFAAXXBQAG1wUAUNcFAF7XBQCb1wUAodcFAObXBQDy1wUAMdgFADjYBQCJTAwAfdgFAMfYBQDT2AUAEtkFAB/ZBQBd2QUAZdkFAKjZBQCy2QUA89kFAALaBQA+2gUAP9oFAInaBQCR2gUA1NoFAOPaBQAf2wUAJNsFAGrbBQB32wUAtdsFAMLbBQAA3AUADNwFAEvcBQBa3AUAltwFAKDcBQDh3AUA79wFACzdBQAx3QUAd90FAITdBQDC3QUAyt0FAA3eBQAR3gUAWN4FAGbeBQCj3gUArd4FAO7eBQD53gUAOd8FAEHfBQCE3wUAj98FAM/fBQDU3wUAGuAFAB3gBQBl4AUAb+AFALDgBQC44AUA++AFABrhBQDUTAwASOEFAJHhBQCS4QUA3OEFAObhBQAn4gUANeIFAHLiBQCN4gUAveIFAMniBQAI4wUAEOMFAB9NDABf4wUAnuMFAKTjBQDp4wUABOQFADTkBQBA5AUAf+QFAIXkBQDK5AUA0uQFABXlBQAj5QUAYOUFAGPlBQCr5QUAs+UFAPblBQD/5QUAQeYFAE7mBQCM5gUAjuYFANfmBQDy5gUAIucFACTnBQBt5wUAe+cFALjnBQDJ5wUAA+gFAAXoBQBO6AUAZ+gFAJnoBQCq6AUA5OgFAPDoBQAv6QUAN+kFAGpNDACA6QUAxekFAM3pBQAQ6gUAF+oFAFvqBQBg6gUApuoFALLqBQDx6gUA9OoFADzrBQBE6wUAh+sFAJTrBQDS6wUA1+sFAB3sBQAn7AUAaOwFAHDsBQCz7AUAv+wFAP7sBQAR7QUASe0FAFftBQCU7QUAl+0FAN/tBQDp7QUAtU0MAC3uBQB17gUAfe4FAMDuBQDD7gUAC+8FABfvBQBW7wUAXO8FAKHvBQC87wUA7O8FAPjvBQA38AUAPfAFAILwBQCK8AUAzfAFANvwBQAY8QUAG/EFAGPxBQBr8QUArvEFALfxBQD58QUABvIFAETyBQBG8gUAj/IFAKryBQDa8gUA3PIFACXzBQAz8wUAcPMFAIHzBQC78wUAvfMFAAb0BQAf9AUAUfQFAGL0BQCc9AUAqPQFAOf0BQDv9AUAAE4MADj1BQB99QUAhfUFAMj1BQDP9QUAE/YFABj2BQBe9gUAavYFAKn2BQCs9gUA9PYFAPz2BQA/9wUATPcFAIr3BQCP9wUA1fcFAN/3BQAg+AUAKPgFAGv4BQB3+AUAtvgFAMn4BQAB+QUAD/kFAEz5BQBP+QUAl/kFAKH5BQBLTgwA5fkFAC36BQA5+gUAePoFAH76BQDD+gUA3voFAA77BQAa+wUAWfsFAF/7BQCk+wUArPsFAO/7BQD9+wUAOvwFAD38BQCF/AUAjfwFAND8BQDZ/AUAG/0FACj9BQBm/QUAaP0FALH9BQDM/QUA/P0FAP79BQBH/gUAVf4FAJL+BQCj/gUA3f4FAN/+BQAo/wUAQf8FAHP/BQCE/wUAvv8FAMr/BQAJAAYAEQAGAJZODABaAAYAnwAGAKcABgDqAAYA8QAGADUBBgA6AQYAgAEGAIwBBgDLAQYAzgEGABYCBgAeAgYAYQIGAG4CBgCsAgYAsQIGAPcCBgABAwYAQgMGAEoDBgCNAwYAmQMGANgDBgDrAwYAIwQGADEEBgBuBAYAcQQGALkEBgDDBAYA4U4MAAYFBgBPBQYACQUGAFPEBgANBQYAtE8LABIFBgD5HQcAWQUGAInVCgBgBQYAmgUGAKsFBgDlBQYA8wUGADAGBgBMBgYAewYGAJcGBgAsTwwA1AYGABEHBgAeBwYAXAcGAHMHBgCnBwYAswcGAPIHBgD4BwYAPQgGAEMIBgCICAYAjQgGANMIBgDZCAYAd08MACMJBgBpCQYAcQkGALQJBgC3CQYA/wkGAAsKBgBKCgYAUAoGAJUKBgCwCgYA4AoGAOwKBgArCwYAMQsGAHYLBgB+CwYAwQsGAMMLBgAMDAYAJwwGAFcMBgBZDAYAogwGALAMBgDtDAYA/gwGADgNBgA6DQYAgw0GAJwNBgDODQYA3w0GABkOBgAlDgYAWFAMAHoOBgCvDgYAvg4GAPoOBgDYDgYAXxMGAPwOBgBFDwYAVA8GAJAPBgCbDwYA2w8GAOcPBgAmEAYAKRAGAHEQBgAtEAYA3hsGAEIQBgBNFgYAfRAGALwQBgDCEAYABxEGACIRBgBSEQYAXhEGAJ0RBgCjEQYA6BEGAPQRBgAzEgYAORIGAH4SBgCEEgYAyRIGAM4SBgAUEwYAGhMGAKNQDABiEwYAqhMGAMYTBgD1EwYA/RMGAIRRDABMFAYAixQGAJEUBgDWFAYA8RQGACEVBgAtFQYAbBUGAHIVBgC3FQYAvxUGAAIWBgAjFgYAz1EMAFUWBgAaUgwAnRYGAOMWBgDwFgYALhcGADsXBgB5FwYAhRcGAMQXBgDTFwYADxgGABkYBgBaGAYAYhgGAKUYBgCvGAYA8BgGAP4YBgA7GQYAURkGAIYZBgCSGQYA0RkGANYZBgAcGgYAJRoGAGcaBgBxGgYAshoGALoaBgD9GgYABxsGAEgbBgBNGwYAkxsGAJsbBgBlUgwA6hsGACkcBgA8HAYAdBwGAIMcBgC/HAYAyxwGAAodBgALHQYAVR0GAF8dBgCgHQYArh0GAOsdBgDwHQYANh4GAEMeBgCwUgwAjB4GAMweBgDYHgYAFx8GAB0fBgBiHwYAbh8GAK0fBgC1HwYAkVMMAPsfBgBDIAYASyAGAI4gBgCbIAYA2SAGAN4gBgAkIQYALCEGAG8hBgBxIQYAuiEGANUhBgAFIgYAByIGAFAiBgBeIgYAmyIGAKwiBgDmIgYA6CIGADEjBgBKIwYAfCMGAI0jBgDHIwYA0yMGABIkBgAaJAYA3FMMAGIkBgCoJAYAtSQGAPMkBgAAJQYAPiUGAEolBgCJJQYAmCUGANQlBgDeJQYAHyYGAC0mBgBqJgYAbyYGALUmBgDCJgYAACcGAAgnBgBLJwYATScGAJYnBgCgJwYA4ScGAOknBgAnVAwANygGAHcoBgCFKAYAwigGAMUoBgANKQYAFSkGAFgpBgBuKQYAoykGAKgpBgDuKQYABCoGADkqBgBFKgYAhCoGAJEqBgDPKgYA2SoGAHJUDAAoKwYAZSsGAH4rBgCwKwYAxisGAPsrBgAKLAYARiwGAGAsBgCRLAYAlCwGAPYwBgCcLAYAWzUGAKAsBgDcLAYA4SwGACctBgA0LQYAci0GAH8tBgC9LQYAyS0GAAguBgAXLgYAUy4GAF0uBgCeLgYArC4GAOkuBgDuLgYANC8GAEEvBgB/LwYAiy8GAMovBgDQLwYAFTAGABswBgBgMAYAZTAGAKswBgCxMAYAvVQMAAIxBgBBMQYARzEGAIwxBgCnMQYA1zEGAOMxBgAiMgYAKDIGAG0yBgB0MgYAuDIGAL0yBgAvNAYAxDIGAAMzBgAFMwYATjMGAFUzBgCZMwYAtTMGAOQzBgDsMwYAnlUMADM0BgB6NAYAhzQGAMU0BgDhNAYAEDUGABg1BgDpVQwAYDUGAKY1BgCpNQYA8TUGAPs1BgA8NgYATTYGAIc2BgCMNgYA0jYGANc2BgAdNwYAPTcGAGg3BgBxNwYAszcGALQ3BgD+NwYACjgGAEk4BgBPOAYAlDgGAJo4BgDfOAYA5DgGACo5BgAwOQYANFYMAHc5BgDAOQYAxjkGAAs6BgArOgYAVjoGAGI6BgChOgYAqDoGAOw6BgD0OgYANzsGAD47BgCCOwYAjjsGAM07BgDPOwYAGDwGAB88BgAVVwwAZTwGAK48BgCxPAYA+TwGAAE9BgBEPQYAVD0GAI89BgCRPQYA2j0GAOg9BgAlPgYANj4GAGBXDAB3PgYAq1cMAMg+BgAGPwYADT8GAFE/BgBZPwYAnD8GAKo/BgDnPwYA6j8GADJABgA6QAYAfUAGAIRABgDIQAYA1kAGABNBBgAWQQYAXkEGAGBBBgCpQQYAwkEGAPRBBgAFQgYAP0IGAEtCBgCKQgYAkUIGANVCBgDdQgYAIEMGAClDBgBrQwYAeEMGALZDBgDAQwYAAUQGAA9EBgBMRAYAXUQGAJdEBgCfRAYA4kQGAOxEBgAtRQYAO0UGAHhFBgCORQYAw0UGAM9FBgAORgYAFUYGAFlGBgBhRgYApEYGAKpGBgDvRgYA+0YGADpHBgBERwYAhUcGAItHBgDQRwYA5EcGAEFYDAAgSAYAZkgGAGlIBgCxSAYAu0gGAPxIBgD+SAYAR0kGAGJJBgCSSQYAlEkGAN1JBgDrSQYAKEoGADlKBgBzSgYAdUoGAL5KBgDXSgYACUsGABpLBgBUSwYAYEsGAIxYDAC8SwYA6ksGAPtLBgA1TAYAUUwGAIBMBgCITAYA11gMANBMBgAWTQYAHk0GAGFNBgBsTQYArE0GALFNBgD3TQYA+k0GAEJOBgBMTgYAjU4GAJBOBgDYTgYA4E4GACNPBgAlTwYAbk8GAIlPBgC5TwYAu08GAARQBgASUAYAT1AGAGBQBgCaUAYAnFAGAOVQBgD+UAYAMFEGAEFRBgB7UQYAh1EGAMZRBgDOUQYAIlkMAB5SBgBcUgYAZFIGAKdSBgCxUgYA8lIGAP1SBgA9UwYASVMGAIhTBgCQUwYAbVkMANhTBgAeVAYAI1QGAGlUBgB6VAYAuFkMAMFUBgD/VAYAAVUGAEpVBgBjVQYAlVUGAKZVBgDgVQYA7FUGACtWBgAzVgYAA1oMAHtWBgDBVgYAyVYGAAxXBgAbVwYAV1cGAF1XBgCiVwYArlcGAO1XBgDvVwYAOFgGAEJYBgCDWAYAj1gGAM5YBgDWWAYATloMACVZBgBkWQYAZ1kGAK9ZBgCyWQYA+lkGAAhaBgBFWgYASloGAJBaBgCdWgYAmVoMAOxaBgAmWwYALlsGAHFbBgAzWwYApWMGAHxbBgC8WwYAwVsGAAdcBgAKXAYAUlwGAFxcBgCdXAYAwFwGAOhcBgDrXAYAM10GAFddBgB+XQYAhl0GAORaDADPXQYAFF4GACJeBgBfXgYAa14GAKpeBgCxXgYA9V4GAP1eBgBAXwYAUF8GAItfBgCQXwYA1l8GANxfBgAhYAYAKWAGAGxgBgCJYAYAt2AGAMBgBgACYQYADmEGAE1hBgBTYQYAmGEGAKxhBgDjYQYA62EGAC5iBgA+YgYAeWIGAHtiBgDEYgYA0mIGAA9jBgAgYwYAL1sMAGFjBgB6WwwAqmMGAPBjBgD3YwYAO2QGAEdkBgCGZAYAiWQGANFkBgDhZAYAHGUGAB5lBgBnZQYAdWUGALJlBgDDZQYAxVsMAARmBgAQXAwAW2YGAJNmBgCiZgYA3mYGAOpmBgApZwYAKmcGAHRnBgB+ZwYAv2cGAM1nBgAKaAYAD2gGAFVoBgBiaAYAW1wMAKVoBgDraAYA9GgGADZpBgBHaQYAgWkGAIhpBgDMaQYA1GkGABdqBgAkagYAYmoGAGdqBgCtagYAt2oGAPhqBgAAawYAQ2sGAElrBgCOawYAmmsGANlrBgDbawYAJGwGADNsBgBvbAYAemwGALpsBgDCbAYABW0GAAdtBgBQbQYAXW0GAJttBgCvbQYA5m0GAO5tBgAxbgYAQG4GAHxuBgCBbgYAx24GANRuBgASbwYAHG8GAF1vBgBfbwYAqG8GALdvBgDzbwYA/W8GAD5wBgBGcAYAiXAGAIpwBgDUcAYA2XAGAB9xBgAtcQYAanEGAHdxBgC1cQYAv3EGADxdDAADcgYAS3IGAFdyBgDFfwYAZ3IGAJZyBgCecgYAh10MAOZyBgAscwYANHMGAHdzBgB6cwYAwnMGAM5zBgANdAYAE3QGAFh0BgBzdAYAo3QGAK90BgDudAYA9HQGADl1BgA8dQYAhHUGAIx1BgDPdQYA0XUGABp2BgA1dgYAZXYGAGd2BgCwdgYAvnYGAPt2BgAMdwYARncGAEh3BgCRdwYAqncGANx3BgDtdwYAJ3gGADN4BgByeAYAengGANJdDADCeAYACHkGAA55BgBTeQYAW3kGAJ55BgCteQYA6XkGAO55BgA0egYAQXoGAH96BgCMegYAynoGANZ6BgAVewYAJHsGAGB7BgBqewYAq3sGALl7BgD2ewYA+3sGAEF8BgBOfAYAHV4MAJh8BgDXfAYA3XwGACJ9BgA9fQYAbX0GAHl9BgC4fQYAvn0GAAN+BgAGfgYATn4GAFp+BgCZfgYAn34GAOR+BgDqfgYAL38GADR/BgB6fwYAgH8GAGheDADLfwYAEIAGABaABgBbgAYAYIAGAKaABgCsgAYAs14MAPaABgA8gQYASYEGAIeBBgCUgQYA0oEGAN6BBgAdggYALIIGAGiCBgByggYAs4IGAMGCBgD+ggYAA4MGAEmDBgBWgwYAlIMGAKyDBgDfgwYA5YMGACqEBgA2hAYAdYQGAIWEBgDAhAYAyYQGAAuFBgAOhQYAVoUGAGKFBgChhQYAqIUGAJRfDADuhQYAN4YGAEGGBgCChgYAhYYGAM2GBgDVhgYAGIcGABuHBgBjhwYAb4cGAK6HBgC0hwYA+YcGABSIBgBEiAYAUIgGAI+IBgCViAYA318MAPqIBgAliQYAMIkGAHCJBgB1iQYAu4kGAMSJBgAGigYACYoGAFGKBgBdigYAnIoGAKiKBgBHlAYAtIoGAOeKBgDuigYAMosGADiLBgB9iwYAi4sGAMiLBgDjiwYAE4wGAB+MBgBejAYAZIwGAKmMBgDDjAYA9IwGAACNBgA/jQYARY0GAIqNBgCQjQYA1Y0GANqNBgAgjgYAJo4GACpgDACFjgYAto4GAMOOBgABjwYADY8GAEyPBgBWjwYAl48GAJuPBgDijwYA548GAC2QBgAzkAYAeJAGAJiQBgDDkAYAz5AGAA6RBgAUkQYAWZEGAF+RBgCkkQYAqZEGAO+RBgD1kQYAdWAMAD+SBgCFkgYAjJIGANCSBgDckgYAG5MGADeTBgBmkwYAbpMGAFZhDADokwYA/JMGACKUBgChYQwAWpQGAJKUBgChlAYA3ZQGAOmUBgAolQYAKZUGAHOVBgB9lQYAvpUGAMyVBgAJlgYADpYGAFSWBgBhlgYA7GEMAKeWBgDNYgwA75YGADWXBgBClwYAgJcGAI2XBgDLlwYA15cGABaYBgAlmAYAYZgGAGuYBgCsmAYAupgGAPeYBgD8mAYAQpkGAE+ZBgCNmQYAlZkGANiZBgDemQYAI5oGAC+aBgBumgYAfpoGALmaBgDCmgYABJsGAAebBgBPmwYAW5sGAJqbBgChmwYAGGMMAPCbBgAwnAYAPJwGAHucBgCDnAYAY2MMANOcBgARnQYAGJ0GAFydBgBdnQYAp50GAKydBgDynQYAAJ4GAD2eBgBKngYAiJ4GAJKeBgDTngYA254GAB6fBgAnnwYAaZ8GAG+fBgC0nwYAxZ8GAP+fBgAboAYASqAGAFKgBgCuYwwAoKAGAOCgBgDqoAYAK6EGADWhBgB2oQYAd6EGAPljDADGoQYADKIGABmiBgBXogYAZKIGAKKiBgCuogYA7aIGAPyiBgA4owYAQqMGAIOjBgCLowYAzqMGANijBgAZpAYAHqQGAGSkBgBspAYARGQMALqkBgD6pAYABqUGAEWlBgBNpQYAj2QMAJWlBgDbpQYA6qUGACamBgBGpgYAcaYGAH2mBgC8pgYAwqYGAAenBgAPpwYAUqcGAFmnBgCdpwYAn6cGAOinBgD0pwYAM6gGAEmoBgB+qAYAg6gGAMmoBgDWqAYA2mQMABmpBgBfqQYAbqkGAKqpBgDKqQYA9akGAAGqBgBAqgYARqoGAIuqBgCTqgYA1qoGAN2qBgAhqwYAI6sGAGyrBgB4qwYAt6sGAM2rBgACrAYAB6wGAE2sBgBarAYAmKwGAKCsBgDjrAYA6awGAC6tBgA3rQYAea0GAIatBgDErQYA0a0GAA+uBgAdrgYAWq4GAGeuBgClrgYAvK4GAPCuBgAerwYAJWUMAEGvBgCGrwYASK8GAG2XCgCcrwYA0a8GAN+vBgAcsAYAH7AGAGewBgBqsAYAsrAGAMCwBgD9sAYAArEGAEixBgBVsQYAk7EGAJuxBgDesQYA5bEGACmyBgA1sgYAdLIGAIGyBgC/sgYAzbIGAAqzBgAWswYAVbMGAFyzBgCgswYAqLMGAOuzBgDvswYANrQGAEG0BgCBtAYAj7QGAMy0BgDdtAYAF7UGACO1BgBitQYAarUGAHBlDACztQYA+LUGAAy2BgBDtgYAUbYGAI62BgCbtgYA2bYGAPC2BgAktwYALLcGAG+3BgB5twYAurcGAL+3BgAFuAYADbgGAFC4BgBfuAYAm7gGAKC4BgDmuAYA87gGADG5BgA+uQYAfLkGAIi5BgDHuQYA1rkGABK6BgAcugYAXboGAGW6BgCougYAsroGAPO6BgD4ugYAPrsGAEa7BgC7ZQwAlLsGANS7BgDguwYAH7wGACe8BgAGZgwAb7wGALW8BgDEvAYAAL0GACC9BgBLvQYAV70GAJa9BgCcvQYA4b0GAOm9BgAsvgYAM74GAHe+BgB5vgYAwr4GAM6+BgANvwYAI78GAFi/BgBdvwYAo78GALC/BgBRZgwA978GADnABgA/wAYAhMAGAJLABgDPwAYA3MAGABrBBgAxwQYAZcEGAG3BBgCwwQYAv8EGAPvBBgAAwgYARsIGAFPCBgCRwgYAnsIGANzCBgDowgYAJ8MGADbDBgBywwYAfMMGAL3DBgDZwwYACMQGABDEBgCcZgwAYsQGAJ7EBgCoxAYAWRUKAL7EBgDpxAYA9cQGADTFBgA6xQYAf8UGAIfFBgCB/wYAi8UGAMrFBgCZxQYAK+wGAN3FBgAVxgYAJMYGAGDGBgBsxgYAq8YGAKzGBgD2xgYAAMcGAEHHBgBPxwYAjMcGAJHHBgDXxwYA5McGAOdmDAAoyAYAbcgGAHPIBgC4yAYAvcgGAAPJBgAJyQYAyGcMAFnJBgCZyQYAp8kGAOTJBgD1yQYAL8oGADvKBgB6ygYAgsoGAF5oDADRygYAEMsGABrLBgBbywYAassGAKbLBgCxywYA8csGAP/LBgA8zAYAScwGAIfMBgCezAYA0swGANrMBgAdzQYAIM0GAGjNBgB0zQYAs80GALnNBgD+zQYAGc4GAEnOBgBVzgYAlM4GAJrOBgDfzgYA584GACrPBgAszwYAdc8GAHbPBgDAzwYAzs8GAAvQBgAT0AYAVtAGAHHQBgCh0AYArdAGAOzQBgDy0AYAN9EGADrRBgCC0QYAkNEGAM3RBgDS0QYAGNIGACXSBgCpaAwAcNIGANgdCgB00gYArtIGALrSBgD50gYABtMGAETTBgBJ0wYAj9MGAJnTBgDa0wYA6tMGACXUBgAq1AYAcNQGAHnUBgC71AYAyNQGAAbVBgAN1QYAUdUGAF3VBgCc1QYAotUGAOfVBgDt1QYAMtYGADfWBgB91gYAg9YGAPRoDADU1gYAE9cGABnXBgBe1wYAZNcGAKnXBgC21wYA9NcGAPnXBgA/2AYAR9gGAIrYBgC/2AYA1dgGAAXZBgAg2QYAKNkGAGvZBgB42QYAttkGALvZBgAB2gYACdoGAEzaBgBP2gYAl9oGAKDaBgDi2gYA8doGAC3bBgA42wYAeNsGAIDbBgDD2wYA09sGAA7cBgAc3AYAWdwGAGrcBgCk3AYAsNwGAO/cBgD33AYA1WkMAEDdBgCF3QYAjd0GANDdBgDX3QYAG94GACneBgBm3gYAbN4GALHeBgC93gYA/N4GAAvfBgBH3wYAUd8GAJLfBgCX3wYA3d8GAOPfBgAo4AYAPOAGACBqDACA4AYAvuAGAILgBgALGwcAw+AGAAnhBgAV4QYAVOEGAGHhBgCf4QYAqeEGAGtqDAAF4gYANeIGADfiBgCA4gYAhuIGAMviBgAB4wYAFuMGABzjBgBh4wYAauMGAKzjBgC54wYA9+MGAC3kBgBC5AYASeQGAI3kBgCS5AYA2OQGAOfkBgAj5QYAQ+UGAG7lBgB65QYAueUGAL/lBgAE5gYAHuYGAE/mBgBS5gYAmuYGAJ/mBgDl5gYA9OYGADDnBgBQ5wYAAWsMAJvnBgDG5wYA0ucGABHoBgAb6AYAXOgGAGjoBgC5ewcAaegGAKfoBgCs6AYA8ugGAPzoBgA96QYATekGAIjpBgCN6QYA0+kGANzpBgAe6gYAK+oGAGnqBgBw6gYAtOoGAMDqBgD/6gYABesGAErrBgBQ6wYAlesGAJrrBgDg6wYA5usGAExrDAAu7AYAduwGAHvsBgDB7AYA0OwGAAztBgAs7QYA4msMAGXtBgCi7QYAr+0GAO3tBgD07QYAOO4GAEDuBgCD7gYAhe4GAM7uBgCK7gYAn+4IAJruBgDjuQgA1O4GAP7aCADW7gYAGe8GAB3vBgAh9gYANO8GAGTvBgBm7wYAr+8GAMDvBgD67wYACPAGAEXwBgBM8AYAkPAGAJjwBgDb8AYA4vAGACbxBgAr8QYAcfEGAIDxBgC88QYA3PEGAAfyBgAT8gYAUvIGAFjyBgCd8gYApfIGAOjyBgD08gYAM/MGAEDzBgB+8wYAmfMGAMnzBgDX8wYAFPQGABr0BgBf9AYAZPQGAKr0BgC39AYA9fQGAAv1BgBA9QYATPUGAIv1BgCY9QYA1vUGAOD1BgAtbAwAJvYGAGz2BgBy9gYAt/YGANf2BgAC9wYAEPcGAE33BgBa9wYAmPcGAK/3BgDj9wYA6/cGAC74BgA9+AYAefgGAH74BgDE+AYA0fgGAA/5BgAZ+QYAWvkGAFz5BgCl+QYAs/kGAPD5BgD9+QYAO/oGAEf6BgCG+gYAjPoGANH6BgDZ+gYAHPsGACL7BgBn+wYAcPsGALL7BgC/+wYA/fsGAAf8BgBI/AYAVvwGAJP8BgCp/AYA3vwGAOr8BgAp/QYAMf0GAHhsDAB+/QYAv/0GAMX9BgAK/gYADP4GAFX+BgBf/gYAoP4GAKz+BgDr/gYAAv8GADb/BgBK/wYAw2wMAI//BgDM/wYAz/8GABcABwAfAAcAYgAHAG4ABwCtAAcAuwAHAPgABwACAQcAQwEHAE4BBwCOAQcAmgEHANkBBwDfAQcAJAIHACwCBwBvAgcAfAIHALoCBwC/AgcABQMHAA8DBwBQAwcAWAMHAJsDBwChAwcA5gMHAO8DBwAxBAcAPgQHAHwEBwCJBAcAxwQHANUEBwASBQcAHwUHAF0FBwB0BQcAqAUHALAFBwDzBQcA+AUHAD4GBwBEBgcAiQYHAJEGBwDUBgcA6gYHAB8HBwAtBwcAagcHAG0HBwC1BwcAxAcHAAAIBwAFCAcASwgHAFgIBwCWCAcApggHAOEIBwDvCAcALAkHAEMJBwB3CQcAgAkHAMIJBwDICQcADQoHABkKBwBYCgcAXwoHAA5tDACvCgcA7goHAPAKBwA5CwcAQwsHAIQLBwCQCwcAzwsHANcLBwBZbQwAHwwHAGUMBwB0DAcAsAwHANAMBwD7DAcABw0HAEYNBwBMDQcAkQ0HAJkNBwDcDQcA3Q0HACcOBwAtDgcAcg4HAHcOBwC9DgcA2A4HAAgPBwAWDwcAUw8HAFoPBwCeDwcAqg8HAOkPBwDvDwcApG0MADkQBwB/EAcAiRAHAMoQBwDbEAcAFREHACERBwBgEQcAYxEHAKsRBwCuEQcA9hEHAP4RBwBBEgcASBIHAIwSBwCREgcA1xIHAOYSBwAiEwcAQhMHAG0TBwB5EwcAuBMHAL4TBwADFAcACxQHAE4UBwBbFAcAmRQHAJ4UBwDkFAcA7hQHAC8VBwA3FQcAehUHAIoVBwDFFQcAyhUHABAWBwAZFgcAWxYHAGgWBwCmFgcArRYHAO9tDAD2FgcAPBcHAEsXBwCHFwcApxcHANIXBwDeFwcAHRgHACMYBwBoGAcAcBgHALMYBwC/GAcA/hgHAAsZBwBJGQcAUBkHAJQZBwCVGQcA3xkHAOQZBwAqGgcAOBoHAHUaBwCCGgcAwBoHAMoaBwA6bgwAEBsHAFYbBwBjGwcAoRsHAK4bBwDsGwcA8hsHADccBwBDHAcAghwHAJIcBwDNHAcA1hwHABgdBwAbHQcAYx0HAG8dBwCuHQcAtR0HAIVuDAD7HQcARB4HAAAeBwDenwkACR4HAJEnCwBVHgcAjx4HAJceBwDaHgcA5B4HACUfBwA0HwcAcB8HAHEfBwC7HwcAwx8HABtvDAAOIAcAZm8MAHAgBwD8bwwAuiAHAOcgBwC/IAcAgHgHAMQgBwDtOAcA7yAHADIhBwBBIQcAfSEHAIIhBwDIIQcA1SEHABMiBwAgIgcAXiIHAGoiBwCpIgcAuCIHAPQiBwD+IgcAPyMHAGIjBwCKIwcAvyMHANUjBwD5IwcAICQHACgkBwBHcAwAcCQHALYkBwC8JAcAASUHAAklBwCScAwAWiUHAJclBwCyJQcA4iUHAO4lBwAtJgcAPiYHAHgmBwCMJgcAwyYHAMsmBwAOJwcAFCcHAFknBwBlJwcApCcHALQnBwDvJwcA+CcHADooBwA9KAcAhSgHAJEoBwDQKAcA1ygHAN1wDAApKQcAZikHAHApBwAocQwAtikHAPwpBwAJKgcARyoHAFQqBwCSKgcAnioHAN0qBwDsKgcAKCsHADIrBwBzKwcAgSsHAL4rBwDDKwcACSwHABYsBwBULAcAXCwHAJ8sBwClLAcA6iwHAPYsBwA1LQcARS0HAIAtBwCJLQcAyy0HAM4tBwAWLgcAIi4HAGEuBwBoLgcAc3EMALsuBwD3LgcA/C4HAEIvBwBPLwcAjS8HAJovBwDYLwcA3i8HACMwBwAvMAcAbjAHAH4wBwC5MAcAwjAHAAQxBwAHMQcATzEHAFsxBwCaMQcAoTEHAL5xDADqMQcAMDIHAD0yBwB7MgcAmTIHAMYyBwDSMgcAETMHACQzBwBcMwcAajMHAKczBwCqMwcA8jMHAPwzBwA9NAcASzQHAIg0BwCVNAcA0zQHAOo0BwAeNQcAJjUHAGk1BwBwNQcAtDUHALk1BwD/NQcAFTYHAEo2BwBMNgcAlTYHAKM2BwDgNgcA7TYHAAlyDAA3NwcAdjcHAIY3BwDBNwcAyjcHAAw4BwAPOAcAVzgHAGM4BwCiOAcAqTgHAFRyDAD2OAcA2zsHAPc4BwA4OQcARzkHAIM5BwBJOQcArzoHAIQ5BwDOOQcA6jkHABk6BwBPOgcAZDoHAJo6BwCfcgwAsjoHAPo6BwAWOwcARTsHAHs7BwCQOwcAxjsHAOpyDADoOwcAJjwHADQ8BwBxPAcAhDwHALw8BwDYPAcABz0HAD09BwBSPQcAiD0HADVzDACsPQcA6D0HAK49BwAUPwcA6T0HADM+BwBPPgcAfj4HALQ+BwDJPgcA/z4HAIBzDAAXPwcAXz8HAHs/BwCqPwcA4D8HAPU/BwArQAcAy3MMAENABwCLQAcAnEAHANZABwDyQAcAIUEHAFdBBwBsQQcAokEHABZ0DADEQQcAAkIHAA5CBwBNQgcAXEIHAJhCBwCiQgcA40IHAPFCBwAuQwcAM0MHAHlDBwCGQwcAxEMHAMxDBwAPRAcAFUQHAFpEBwBmRAcApUQHALVEBwDwRAcA+UQHADtFBwA+RQcAhkUHAJJFBwDRRQcA2EUHAGF0DAAhRgcAbWsJACZGBwBnRgcAKEYHAK0NCQBxRgcAskYHALNGBwD9RgcADEcHAEhHBwBNRwcAk0cHAKBHBwDeRwcA60cHAClIBwA1SAcAdEgHAINIBwC/SAcAyUgHAApJBwAYSQcAVUkHAFpJBwCgSQcArUkHAOtJBwDsSQcANkoHADtKBwCBSgcAhkoHAMxKBwDdSgcAF0sHADpLBwBiSwcAbUsHAK1LBwCySwcA+EsHAPtLBwBDTAcATUwHAI5MBwC5TAcA2UwHAPhMBwCsdAwAME0HAG9NBwBxTQcAuk0HAMlNBwAFTgcAEE4HAFBOBwBYTgcAm04HAKJOBwDmTgcA6E4HADFPBwA7TwcAfE8HAH5PBwDHTwcA4E8HABJQBwAUUAcAXVAHAGBQBwCoUAcAtFAHAPNQBwD7UAcA93QMAEpRBwCJUQcAj1EHANRRBwDvUQcAH1IHACtSBwBqUgcAcFIHALVSBwC9UgcAAFMHAAJTBwBLUwcAVVMHAJZTBwCeUwcAQnUMAPJTBwAsVAcAM1QHAHdUBwB/VAcAwlQHAM9UBwANVQcAElUHAFhVBwBiVQcAo1UHAKtVBwDuVQcA/VUHADlWBwA+VgcAhFYHAJFWBwDPVgcA3FYHABpXBwAmVwcAZVcHAHRXBwCwVwcAulcHAPtXBwADWAcARlgHAFBYBwCRWAcAllgHANxYBwDkWAcAjXUMADNZBwByWQcAglkHAL1ZBwDGWQcACFoHAAtaBwBTWgcAX1oHAJ5aBwClWgcA2HUMAO9aBwA0WwcAOlsHAH9bBwCEWwcAylsHANBbBwAjdgwAG1wHAGBcBwBmXAcAq1wHALBcBwAqUwoAuFwHAPZcBwD7XAcAQV0HAEldBwCMXQcAvl0HAElkBwDDXQcA110HAA5eBwAiXgcAWV4HAG1eBwCdXgcAuF4HAMBeBwADXwcAEl8HAE5fBwBTXwcAmV8HAKZfBwDkXwcA8V8HAC9gBwA7YAcAemAHAIlgBwDFYAcAz2AHABBhBwAeYQcAW2EHAGBhBwCmYQcAs2EHAPFhBwD5YQcAPGIHAEJiBwCHYgcAk2IHANJiBwDiYgcAHWMHACZjBwBoYwcAa2MHALNjBwC/YwcA/mMHAAVkBwBudgwAgGQHAJRkBwDEZAcA32QHAOdkBwAqZQcAOWUHAHVlBwB6ZQcAwGUHAM1lBwALZgcAGGYHAFZmBwBiZgcAoWYHALBmBwDsZgcA9mYHADdnBwBFZwcAgmcHAIdnBwDNZwcA2mcHABhoBwAgaAcAY2gHAGloBwCuaAcAumgHAPloBwAJaQcARGkHAE1pBwCPaQcAkmkHANppBwDmaQcAJWoHACxqBwC5dgwAcmoHAIVhCgB+agcAu2oHAMhqBwAGawcAEmsHAFFrBwBXawcAnGsHAKJrBwDnawcA7GsHADJsBwA4bAcABHcMAKNsBwDIbAcA7mwHABNtBwBFbQcAXm0HAJVtBwCpbQcA2W0HAJp3DAAAbgcAP24HAAJuBwDyXwgASW4HAIpuBwCkbgcA1W4HAORuBwAgbwcAJW8HAGtvBwB4bwcAtm8HAMNvBwABcAcADXAHAExwBwBbcAcAl3AHAKFwBwDicAcA7nAHAC1xBwBAcQcAeHEHAIdxBwDDcQcAz3EHAA5yBwAPcgcAWXIHAGNyBwCkcgcAsnIHAO9yBwD0cgcAOnMHAEdzBwDldwwAinMHANBzBwDdcwcAG3QHACh0BwBmdAcAcnQHALF0BwDAdAcA/HQHAAZ1BwBHdQcAVXUHAJJ1BwCXdQcA3XUHAOp1BwAodgcAMHYHAHN2BwB5dgcAvnYHAMp2BwAJdwcAGXcHAFR3BwBddwcAn3cHAKJ3BwDqdwcA9ncHADV4BwA8eAcAxngMAIV4BwDLeAcAzngHABZ5BwAeeQcAYXkHAG15BwCseQcAsnkHAPd5BwD9eQcAQnoHAEd6BwCNegcAk3oHABF5DAAPewcAI3sHAFp7BwBuewcAknsHAKd5DAC/ewcACnUIAMx7BwAEfAcAE3wHAE98BwBbfAcAmnwHAJt8BwDlfAcA73wHADB9BwA+fQcAe30HAIB9BwDGfQcA030HAPJ5DAA0fgcAXH4HAJN+BwCnfgcA3n4HAPJ+BwApfwcAPX8HAGF/BwA9egwAln8HANN/BwDYfwcAHoAHACuABwBpgAcAcYAHALSABwC6gAcA/4AHAAuBBwBKgQcAWoEHAJWBBwCegQcA4IEHAOOBBwArggcAY4IHAHaCBwCCggcAiHoMAMeCBwAMgwcAJYMHAFeDBwBlgwcAooMHAK+DBwDtgwcA9IMHADiEBwBBhAcAg4QHAJCEBwDOhAcA5YQHABmFBwAchQcAZIUHAGaFBwCvhQcAuIUHAPqFBwAKhgcARYYHAF6GBwCQhgcAkoYHANuGBwDkhgcAJocHAC6HBwBxhwcAc4cHALyHBwDVhwcAB4gHAB6IBwBSiAcAXogHAJ2IBwCuiAcA6IgHAPSIBwAziQcAPokHAH6JBwCLiQcAyYkHANOJBwDTegwAJ4oHAF+KBwBtigcAqooHAJmKBwD9kQcA44oHAPWKBwACiwcAQIsHAEiLBwCLiwcAkYsHANaLBwDiiwcAIYwHACyMBwBsjAcAdYwHALeMBwC6jAcAAo0HAASNBwBNjQcAVI0HAJiNBwCajQcAHnsMAOaNBwAujgcAPI4HAHmOBwB+jgcAxI4HANGOBwAPjwcAG48HAFqPBwBijwcAaXsMALOPBwDwjwcAAJAHADuQBwBJkAcAhpAHAI+QBwDRkAcA25AHAByRBwAekQcAZ5EHAHGRBwCykQcAtJEHALR7DAACkgcASJIHAFCSBwCTkgcAmZIHAN6SBwDqkgcAKZMHADiTBwB0kwcAfZMHAL+TBwDCkwcACpQHAAyUBwBVlAcAXJQHAKCUBwCilAcA/3sMAPCUBwA2lQcAUpUHAIGVBwCdlQcASnwMANmVBwBojwgA25UHABeWBwAclgcAYpYHAG+WBwCtlgcAupYHAPiWBwD+lgcAQ5cHAE+XBwCOlwcAnpcHANmXBwDilwcAJJgHACeYBwBvmAcAe5gHALqYBwDBmAcAlXwMABSZBwBQmQcAVZkHAJuZBwComQcA5pkHAPOZBwAxmgcAN5oHAHyaBwCImgcAx5oHANeaBwASmwcAG5sHAF2bBwBgmwcAqJsHALSbBwDzmwcA+psHAOB8DABGnAcAK30MAI6cBwDUnAcA3JwHAB+dBwAinQcAap0HAHOdBwC1nQcAxJ0HAACeBwALngcAS54HAFOeBwCWngcApp4HAOGeBwDvngcALJ8HAD2fBwB3nwcAg58HAMKfBwDKnwcAdn0MABOgBwBYoAcAYKAHAKOgBwCqoAcA7qAHAPygBwA5oQcAP6EHAIShBwCQoQcAz6EHAN6hBwAaogcAJKIHAGWiBwBqogcAsKIHALaiBwD7ogcAD6MHAMF9DABLowcAkaMHAJ6jBwDcowcA6aMHACekBwAzpAcAcqQHAIGkBwC9pAcAx6QHAAilBwAWpQcAU6UHAFilBwCepQcAq6UHAOmlBwDxpQcANKYHADqmBwB/pgcAi6YHAMqmBwDapgcAFacHAB6nBwBgpwcAY6cHAKunBwC3pwcA9qcHAP2nBwAMfgwAQ6gHAIyoBwCWqAcA16gHAOWoBwAiqQcAJ6kHAG2pBwB6qQcAuKkHALqpBwADqgcAFKoHAE6qBwBaqgcAmaoHAJ+qBwDkqgcA6qoHAC+rBwA0qwcAeqsHAICrBwBXfgwAyqsHABCsBwAhrAcAW6wHAGOsBwCmrAcAZ6wHAIPPBwBprAcAF88KALCsBwDxrAcA/6wHADytBwBSrQcAh60HAJOtBwDSrQcA2a0HAB2uBwAlrgcAaK4HAG2uBwCzrgcAvK4HAP6uBwAIrwcASa8HAFGvBwCUrwcAmK8HAN+vBwDqrwcAKrAHADiwBwB1sAcAhrAHAMCwBwDMsAcAC7EHABOxBwCifgwAWLEHAKGxBwCvsQcA7LEHAPaxBwA3sgcARbIHAIKyBwCPsgcAzbIHAOSyBwAYswcAILMHAGOzBwBzswcArrMHALOzBwD5swcA/7MHAES0BwBMtAcAj7QHAJG0BwDatAcA57QHACW1BwAttQcAcLUHAHW1BwC7tQcAvLUHAAa2BwAStgcAUbYHAF62BwCctgcApLYHAOe2BwD2tgcAMrcHADe3BwB9twcAircHAMi3BwDVtwcAE7gHAB+4BwBeuAcAbbgHAKm4BwCzuAcA9LgHAAK5BwA/uQcARLkHAIq5BwCXuQcA7X4MANi5BwAgugcAKLoHAGu6BwB4ugcAtroHALu6BwABuwcAC7sHAEy7BwBUuwcAl7sHAJm7BwDiuwcA/bsHAC28BwAvvAcAeLwHAIa8BwDDvAcA1LwHAA69BwAQvQcAWb0HAHK9BwCkvQcAtb0HAO+9BwD7vQcAOr4HAE++BwCFvgcAjb4HANC+BwDWvgcAG78HACe/BwBmvwcAg78HALG/BwC6vwcA/L8HAAjABwBHwAcASsAHAJLABwCcwAcA3cAHAOXABwAowQcAMsEHAHPBBwCBwQcAvsEHANTBBwAJwgcAFcIHAFTCBwBbwgcAn8IHAKfCBwDqwgcA78IHADXDBwA+wwcAgMMHAIrDBwDLwwcA08MHABbEBwAYxAcAYcQHAHHEBwCsxAcAtsQHAPfEBwADxQcAQsUHAEjFBwCNxQcAlcUHADh/DADkxQcAI8YHADbGBwBuxgcAisYHALnGBwDBxgcAg38MABLHBwBPxwcAZccHAJrHBwCmxwcA5ccHAOrHBwAwyAcAOcgHAHvIBwCFyAcAxsgHAM7IBwARyQcAE8kHAFzJBwBryQcAp8kHAMTJBwDyyQcA+8kHAD3KBwBLygcAiMoHAI7KBwDTygcA4coHAB7LBwArywcAacsHAIDLBwC0ywcAvMsHAP/LBwABzAcASswHAFLMBwCVzAcApMwHAODMBwDlzAcAK80HADjNBwB2zQcAg80HAMHNBwDNzQcADM4HABvOBwBXzgcAYc4HAKLOBwCwzgcA7c4HAPLOBwA4zwcARc8HAM5/DACJzwcAzs8HANTPBwAZ0AcAHtAHAGTQBwBq0AcAGYAMAL3QBwD60AcAENEHAEXRBwBR0QcAkNEHAJXRBwDb0QcA5NEHACbSBwAw0gcAcdIHAJTSBwC80gcAwNIHAAfTBwDL0gcAM9QHAAnTBwBS0wcAYNMHAJ3TBwCn0wcA6NMHAAzUBwD6gAwAOdQHAH7UBwCK1AcAydQHAMvUBwAU1QcAHtUHAF/VBwBr1QcAqtUHAM7VBwBFgQwA+dUHAEDWBwAE1gcAbNcHAELWBwCL1gcAmdYHANbWBwDg1gcAIdcHAEXXBwCQgQwActcHALfXBwDD1wcAAtgHAATYBwBN2AcAV9gHAJjYBwCk2AcA49gHAAfZBwDbgQwAS9kHAHnZBwCC2QcAxNkHANLZBwAP2gcAFdoHAFraBwBm2gcApdoHAK3aBwAmggwA99oHADvbBwBU2wcAhtsHAJXbBwDR2wcA2dsHABzcBwAr3AcAZ9wHAGzcBwCy3AcAv9wHAP3cBwAK3QcASN0HAFTdBwCT3QcAot0HAN7dBwDo3QcAKd4HADfeBwB03gcAed4HAL/eBwDM3gcAcYIMACPfBwBV3wcAX98HAKDfBwCi3wcA698HAPnfBwA24AcAQ+AHAIHgBwCJ4AcAzOAHAPXgBwAX4QcAHuEHAGLhBwB74QcAreEHALzhBwD44QcAAOIHAEPiBwBS4gcAjuIHAJPiBwDZ4gcA5uIHACTjBwAx4wcAb+MHAHvjBwC64wcAyeMHAAXkBwAP5AcAUOQHAF7kBwCb5AcAoOQHAObkBwDz5AcAvIIMADblBwDSbwkAPeUHAHzlBwBZ5QcAPPMMAI/lBwDH5QcA1uUHABLmBwAe5gcAXeYHAGnmBwCo5gcAr+YHAPPmBwD/5gcAPucHAEXnBwCJ5wcAkecHANTnBwDY5wcAH+gHACroBwBq6AcAdugHALXoBwDC6AcAAOkHAAjpBwBL6QcAVekHAJbpBwCc6QcA4ekHAPXpBwAs6gcAOuoHAHfqBwCE6gcAwuoHANnqBwAN6wcAFesHAFjrBwBi6wcAo+sHAKjrBwDu6wcA9usHADnsBwBI7AcAhOwHAInsBwDP7AcA3OwHABrtBwAn7QcAZe0HAHHtBwCw7QcAv+0HAPvtBwAF7gcAB4MMAE7uBwCR7gcAoO4HANzuBwDh7gcAJ+8HADDvBwBy7wcAg+8HAL3vBwDE7wcACPAHABDwBwBT8AcAYPAHAJ7wBwCj8AcA6fAHAPPwBwA08QcAPPEHAH/xBwCY8QcAyvEHANbxBwAV8gcAHfIHAFKDDABv8gcAq/IHAMjyBwD28gcA//IHAEHzBwBP8wcAjPMHAJLzBwDX8wcA4/MHACL0BwAp9AcAbfQHAHX0BwC49AcAyPQHAAP1BwAJ9QcATvUHAFP1BwCZ9QcAr/UHAOT1BwDs9QcAL/YHADn2BwB69gcAhfYHAMX2BwDR9gcAEPcHABj3BwCdgwwAaPcHAKb3BwCt9wcA8fcHAP33BwA8+AcAQvgHAIf4BwCY+AcA0vgHAOb4BwAd+QcAK/kHAGj5BwB1+QcAs/kHAMr5BwD++QcABvoHAEn6BwBQ+gcAlPoHAJb6BwDf+gcA6foHACr7BwAs+wcAdfsHAI77BwDA+wcAwvsHAAv8BwAO/AcAVvwHAGL8BwCh/AcAzfwHAOiDDAD7/AcAN/0HAFT9BwCC/QcAi/0HAM39BwDb/QcAGP4HAB7+BwBj/gcAb/4HAK7+BwC2/gcAM4QMAAH/BwBE/wcASv8HAI//BwCb/wcA2v8HAN3/BwAlAAgAKgAIAHAACAB5AAgAuwAIAMEACAAGAQgAFQEIAFEBCABdAQgAnAEIAKQBCAB+hAwA7QEIADICCAA3AggAfQIIAJMCCADIAggA0AIIABMDCAAhAwgAXgMIAGgDCACpAwgArAMIAPQDCAD8AwgAPwQIAEAECACKBAgAkAQIANUECADjBAgAIAUIADYFCABrBQgAbQUIALYFCAC8BQgAAQYIABUGCABMBggAVAYIAJcGCACnBggA4gYIAOQGCAAtBwgAPAcIAHgHCACCBwgAwwcIAMgHCAAOCAgAFAgIAFkICABtCAgApAgIAKwICADvCAgA9AgIADoJCABACQgAhQkIAI0JCADQCQgA0wkIABsKCAAgCggAZgoIAG8KCACxCggAtwoIAPwKCAALCwgARwsIAFMLCADJhAwAnAsIAN0LCADfCwgAKAwIAC8MCABzDAgAegwIAL4MCADEDAgACQ0IABcNCABUDQgAYQ0IAJ8NCACvDQgA6g0IAO8NCAA1DggAPQ4IAIAOCABRDggAyWoIAIwOCADLDggAzQ4IAG4RCADYDggAFg8IABsPCABhDwgAaw8IAKwPCAC8DwgA9w8IAPwPCABCEAgASxAIAI0QCACaEAgA2BAIAN8QCAAjEQgAKxEIABSFDAB8EQgAuREIANERCAAEEggABhIIAE8SCABmEggAmhIIAJwSCADlEggA8xIIADATCAA9EwgAexMIAIMTCABfhQwAzBMIABEUCAATFAgAXBQIAGkUCACnFAgAqhQIAPIUCAADFQgAPRUIAD8VCACIFQgAkhUIANMVCADfFQgAHhYIACYWCACqhQwAbhYIALQWCAC3FggA/xYIAAkXCABKFwgAUhcIAJUXCACiFwgA4BcIAOIXCAArGAgAQRgIAHYYCACCGAgAwRgIAMkYCAD1hQwADxkIAFcZCABgGQgAohkIALAZCAAiPwgAsRkIAO0ZCAD4GQgAOBoIAEAaCACDGggAjhoIAM4aCADTGggAGRsIABwbCABkGwgAbhsIAIuGDAC1GwgA+hsIABUcCABFHAgAURwIAJAcCACWHAgA2xwIAOMcCAAmHQgAPB0IAHEdCAB/HQgAvB0IAL8dCAAHHggAIB4IAFIeCABeHggAnR4IAKgeCADoHggA6h4IADMfCABOHwgAfh8IAIwfCADJHwgA1h8IABQgCAArIAgA1oYMAHUgCACqIAgAqyAIAPUgCAD6IAgAQCEIAEYhCACLIQgAjSEIANYhCADcIQgAISIIADUiCABsIggAdCIIALciCADHIggAAiMIAAQjCABNIwgAWyMIAJgjCACpIwgAIYcMAOkjCAAuJAgAOiQIAGyHDAB7JAgAxCQIANUkCAAPJQgAFyUIAFolCABjJQgApSUIAKwlCADwJQgA8SUIALeHDABHJggAhiYIAIgmCADRJggA2CYIABwnCAAkJwgAZycIAHAnCACyJwgAuScIAP0nCAD+JwgAAogMAE0oCACTKAgAmygIAN4oCADoKAgAKSkIADcpCAB0KQgAiikIAL8pCADLKQgACioIAA8qCABVKggAXioIAKAqCACqKggATYgMAPEqCAA2KwgAPisIAIErCACEKwgAzCsIANgrCAAXLAgAHSwIAGIsCAB9LAgArSwIALssCAD4LAgABy0IAEMtCABPLQgAji0IAJYtCADjiAwA3i0IACQuCAAuLggAby4IAHcuCAC6LggA2i4IAAUvCAASLwgAUC8IAFUvCACbLwgAny8IAOYvCADzLwgALokMADYwCAB8MAgAfzAIAMcwCADRMAgAEjEIAB4xCABdMQgAcDEIAKgxCAC3MQgA8zEIAP8xCAA+MggAPzIIAIkyCACTMggA1DIIAOIyCAAfMwgAJDMIAGozCAB3MwgAeYkMALYzCAAANAgACDQIAOkcCQAYNAgASzQIAFg0CACWNAgAojQIAOE0CADrNAgALDUIADA1CAB3NQgAfDUIAMI1CADINQgADTYIAC02CABYNggAcDYIAKM2CAC6NggA7jYIAPo2CAA5NwgAQzcIAIQ3CACGNwgAzzcIANY3CAAaOAgAITgIAGU4CABrOAgAsDgIALw4CAD7OAgA/jgIAEY5CABJOQgAkTkIAJ05CADcOQgA3zkIACc6CABDOggAcjoIAHo6CABaigwAyToIAAg7CAASOwgAUzsIAFU7CACeOwgApTsIAOk7CADwOwgANDwIADo8CAB/PAgAjTwIAMo8CADXPAgAFT0IACU9CABgPQgAZT0IAKs9CACzPQgA9j0IAAY+CABBPggARj4IAIw+CACSPggA1z4IAN8+CACligwALD8IAG0/CABvPwgAuD8IANE/CAADQAgAFEAIAE5ACABaQAgAmUAIAKFACADwigwA60AIAC9BCAA2QQgAekEIAIBBCADFQQgA0UEIABBCCAATQggAW0IIAF5CCACmQggArkIIAPFCCAABQwgAPEMIAEFDCACHQwgAkEMIANJDCADfQwgAHUQIACRECAA7iwwAdkQIALNECAC/RAgA/kQIAARFCABJRQgAT0UIAJRFCACZRQgA30UIAOVFCACGiwwANkYIAHVGCAB7RggAwEYIAMZGCAALRwgAGEcIAFZHCABbRwgAoUcIAKlHCADsRwgACkgIAGeMDAA5SAgA+/oJADpICADNdAkAPUgIAF0SCQBNSAgAgkgIAINICADNSAgA0kgIABhJCAAeSQgAY0kIAGVJCACuSQgAtEkIAPlJCAANSggAREoIAExKCACPSggAn0oIANpKCADcSggAJUsIADNLCABwSwgAgUsIALKMDADBSwgABkwIABJMCAD9jAwAXkwIAJxMCACkTAgA50wIAPRMCAAyTQgANE0IAH1NCACTTQgAyE0IANRNCAATTggAG04IAJONDABqTggAqU4IAKxOCAD0TggA+U4IAD9PCABQTwgAik8IAJNPCADVTwgA308IACBQCAAuUAgAa1AIAHBQCAC2UAgAw1AIAN6NDAANUQgATFEIAFlRCACXUQgAmVEIAOJRCAD4UQgALVIIADlSCAB4UggAgFIIACmODADIUggADlMIABRTCABZUwgAYVMIAKRTCACnUwgA71MIAPtTCAA6VAgAQFQIAIVUCACgVAgA0FQIAN1UCAAbVQgAHVUIAGZVCAB8VQgAsVUIAL1VCAD8VQgABFYIAHSODABNVggAklYIAJdWCADdVggA+FYIAChXCAA2VwgAc1cIAHpXCAC+VwgAylcIAAlYCAAQWAgAv44MAF9YCACfWAgAp1gIAOpYCAD1WAgANVkIADpZCACAWQgAg1kIAMtZCADVWQgAFloIAB5aCABhWggAb1oIAKxaCACvWggA91oIAP9aCABCWwgAYlsIAI1bCACaWwgA2FsIAN1bCAAjXAgAJ1wIAG5cCAB7XAgACo8MANlcCAAEXQgADV0IAE9dCABQXQgAml0IAKJdCADlXQgA9V0IADBeCAAyXggAe14IAIleCADGXggA114IAFWPDAAXXwgAXF8IAGhfCACgjwwArl8IAOuPDAD3XwgAPWAIAFdgCACIYAgAl2AIANNgCADeYAgAHmEIACBhCABpYQgAdmEIALRhCADBYQgA/2EIAAtiCABKYggAW2IIAJViCACYYggA4GIIAPpiCAArYwgANGMIAHZjCACDYwgAwWMIAMdjCAAMZAgAGGQIAFdkCABaZAgAomQIAKdkCADtZAgA/mQIADhlCABTZQgAg2UIAI9lCADOZQgA1WUIABlmCAAbZggAZGYIAGtmCACvZggAtmYIAPpmCAAAZwgARWcIAFFnCACQZwgAk2cIANtnCADeZwgAJmgIADJoCABxaAgAhGgIALxoCADLaAgAB2kIABNpCABSaQgAU2kIAJ1pCACnaQgA6GkIAPZpCAAzaggAOGoIAH5qCACLaggANpAMANFqCACBkAwAFmsIAF9rCAB1awgAqmsIALZrCAD1awgA/WsIAMyQDABGbAgAi2wIAJNsCADWbAgA2WwIACFtCAAtbQgAbG0IAHJtCAC3bQgA0m0IAAJuCAAQbggATW4IAFxuCACYbggApG4IAONuCADrbggAF5EMADNvCAB5bwgAg28IAMRvCADMbwgAD3AIAC9wCABacAgAZ3AIAKVwCACqcAgA8HAIAPRwCAA7cQgASHEIAGKRDACpcQgA0XEIANRxCAAccggAIXIIAGdyCAB2cggAsnIIANJyCAD9cggACXMIAEhzCABScwgAk3MIAJ9zCADecwgA5HMIACl0CAAvdAgAdHQIAHl0CAC/dAgAxXQIAK2RDAAQdQgAVXUIAFp1CACgdQgApnUIAEOSDADudQgANnYIAEB2CACBdggAg3YIAMx2CADldggAF3cIACh3CABidwgAcHcIAK13CACwdwgA+HcIAAN4CABDeAgAS3gIAI54CACQeAgA2XgIAOF4CAAkeQgAMXkIAG95CAB7eQgAunkIAL55CAAFeggADXoIAFB6CABfeggAm3oIAKB6CADmeggA83oIADF7CAA+ewgAfHsIAIh7CADHewgA1nsIABJ8CAAcfAgAXXwIAGt8CACofAgArXwIAPN8CAAAfQgAjpIMAEZ9CADZkgwAjX0IAFiBCACVfQgA1H0IANp9CAAffggAJX4IAGp+CAB3fggAtX4IALp+CAAAfwgACH8IAEt/CAB9fwgALIAIAIJ/CACWfwgAvH8IAHeACADNfwgA4X8IABiACAAkkwwAY4AIAG+TDACdgAgAwoAIAPSACAANgQgARIEIALqTDABmgQgAo4EIALCBCADugQgA+oEIADmCCAA/gggAhIIIAIqCCADPgggA1IIIABqDCAAggwgABZQMAIuDCABGhAgAnIMIALCDCADngwgAm5QMADKECADmlAwAbIQIAJGECADDhAgA3IQIABOFCAAxlQwAMYUIAHKFCAB3hQgAvYUIAMWFCAB8lQwADYYIAFOGCABchggAnoYIAKuGCADphggA8IYIAMeVDAA8hwgAEpYMAJKHCADKhwgA1ocIABWICAAkiAgAYIgIAGmICACriAgAtYgIAPaICAD4iAgAQYkIAFqJCACMiQgAnYkIANeJCADjiQgAIooIACqKCABdlgwAe4oIALiKCADJiggAA4sIAA+LCABOiwgAVosIAKiWDACeiwgA5IsIAO6LCAAvjAgAN4wIAHqMCACKjAgAxYwIAMqMCAAQjQgAGY0IAFuNCABojQgApo0IAK2NCADzlgwA/o0IADyOCAAEjggAPJsKAEGOCACHjggAk44IANKOCADfjggAHY8IACePCAA+lwwAbY8IALOPCAC/jwgA/o8IAAuQCABJkAgAU5AIAJSQCACwkAgA35AIAOeQCACJlwwAL5EIAHWRCAB9kQgAwJEIAMORCAALkggAFJIIAFaSCABlkggAoZIIAKySCADskggA9JIIADeTCABHkwgAgpMIAJCTCADNkwgA3pMIABiUCAAklAgAY5QIAGuUCADUlwwAtJQIAPmUCAABlQgARJUIAEuVCACPlQgAnZUIANqVCADglQgAJZYIADGWCABwlggAf5YIALuWCADFlggABpcIAAuXCABRlwgAV5cIAJyXCACwlwgA55cIAO+XCAAymAgAUJgIAH2YCACFmAgAH5gMANCYCABqmAwAHJkIAF6ZCABvmQgAqZkIALWZCAD0mQgAAZoIAD+aCABEmggAipoIAJSaCADVmggA5ZoIACCbCAAlmwgAa5sIAHSbCAC2mwgAw5sIAAGcCAAInAgATJwIAFicCACXnAgAnZwIAOKcCADonAgALZ0IADKdCAB4nQgAfp0IAACZDADInQgADp4IABaeCABZnggAb54IAKSeCACpnggA754IAPaeCAA6nwgAQ58IAIWfCACWnwgA0J8IANyfCAAboAgAI6AIAOGZDABooAgAsaAIAMegCAD8oAgACKEIAEehCABOoQgAkqEIAJqhCAAsmgwA4qEIACiiCAAwoggAc6IIAImiCAC+oggAw6IIAAmjCAAQowgAVKMIAF2jCACfowgAsKMIAOqjCAD2owgANaQIAD2kCAB3mgwAgqQIAMukCADhpAgAFqUIACKlCABhpQgAaKUIAKylCAC0pQgAwpoMAPylCABCpggASaYIAI2mCACWpggA2KYIAOmmCAAjpwgAL6cIAG6nCAB2pwgADZsMALunCAAEqAgAE6gIAE+oCABvqAgAmqgIAJyoCADlqAgA/KgIADCpCAA8qQgAe6kIAIOpCACjmwwAy6kIABGqCAATqggAXKoIAGOqCACnqggAr6oIAPKqCAD7qggAPasIAEOrCACIqwgAmasIANOrCADbqwgAOZwMACqsCABprAgAbKwIALSsCAC5rAgA/6wIABCtCABKrQgAZa0IAJWtCAChrQgA4K0IAOitCACEnAwAQa4IAHauCAB3rggAwa4IAMauCAAMrwgAEq8IAFevCABhrwgAoq8IAKqvCADtrwgA/68IAM+cDABFsAgAg7AIAI2wCADOsAgA1LAIABmxCAAtsQgAZLEIAGyxCACvsQgAv7EIAPqxCAD/sQgARbIIAEuyCACQsggAmLIIANuyCADcsggAJrMIACizCABxswgAgLMIALyzCADcswgAB7QIAAm0CABStAgAabQIAJ20CACptAgA6LQIAPC0CAAanQwAOLUIAH61CACAtQgAybUIANC1CAAUtggAHLYIAF+2CABitggAqrYIALO2CAD1tggABLcIAEC3CABLtwgAi7cIAJO3CADWtwgA5rcIACG4CAAvuAgAbLgIAH24CAC3uAgAw7gIAAK5CAAKuQgAsJ0MAGu5CACYuQgAoLkIAPudDADvuQgALroIAES6CAB5uggAgboIAMS6CADjuggARp4MABK7CAAEPgkAHLsIAFq7CABduwgAAG0LAGK7CACluwgAp7sIAPC7CACvuwgAx8YIALa7CACgwAgA/bsIADu8CABPvAgAhrwIAI68CADRvAgA1rwIABy9CAAsvQgAZ70IAG+9CACyvQgAvL0IAP29CAAIvggASL4IAFS+CACTvggAm74IAJGeDADjvggAKb8IADK/CAB0vwgAer8IAL+/CADOvwgACsAIABbACABVwAgAWMAIANyeDAClwAgA68AIAPrACAA2wQgAOMEIAIHBCACSwQgAzMEIAN3BCAAXwggAK8IIAGLCCABqwggArcIIALvCCAD4wggABcMIAEPDCABGwwgAjsMIAJjDCADZwwgA28MIACTECAA1xAgAb8QIAIDECAC6xAgAxsQIAAXFCAAMxQgAUMUIAFjFCACbxQgAssUIAObFCADyxQgAMcYIAEfGCAB8xggAf8YIACefDADSxggAEscIAB7HCABdxwgAZccIAHKfDAC0xwgA88cIAAnICAA+yAgAQcgIAInICACRyAgA1MgIANbICAAfyQgAOskIAGrJCABsyQgAtckIAMPJCAAAyggAEcoIAEvKCABNyggAlsoIAK/KCADhyggA8soIACzLCAA4ywgAvZ8MAH3LCADCywgA0MsIAA3MCAAozAgAWMwIAGTMCACjzAgAqcwIAO7MCAD2zAgAOc0IAEnNCACEzQgAic0IAM/NCADYzQgAGs4IACfOCABlzggAbM4IALDOCAC4zggACKAMAADPCABGzwgATM8IAJHPCACZzwgA3M8IAAXQCAAn0AgALtAIAHLQCACL0AgAvdAIAMzQCAAI0QgAJNEIAFOgDABY0QgAntEIAKjRCADp0QgA+dEIADTSCAA50ggAf9IIAIjSCADK0ggA19IIABXTCAAc0wgAYNMIAGzTCACr0wgAvtMIAPbTCAAF1AgAQdQIAE3UCACM1AgAjdQIANfUCADh1AgAItUIADDVCABt1QgActUIALjVCADF1QgAnqAMABTWCABO1ggAUNYIAJnWCACc1ggA5NYIAOfWCAAv1wgANtcIAHrXCACG1wgAxdcIANXXCAAQ2AgAINgIAFvYCABg2AgAptgIAK/YCADx2AgA/tgIADzZCABD2QgAh9kIAJPZCADS2QgA2NkIAB3aCAAj2ggAaNoIAG3aCACz2ggAudoIAH+hDAAI2wgASdsIAFfbCACU2wgApNsIAN/bCADh2wgAKtwIADncCAB13AgAf9wIAMDcCADI3AgAYKIMABHdCABW3QgAYt0IAKuiDACm3QgA7N0IAPTdCAA33ggAR94IAILeCACQ3ggAzd4IANreCAAY3wgAH98IAGPfCABr3wgAQaMMAL/fCAD53wgAAOAIAETgCABM4AgAj+AIAJzgCADa4AgA3+AIACXhCAAv4QgAcOEIAHjhCAC74QgA1OEIAAbiCAAS4ggAUeIIAFniCACMowwAqOIIAOfiCADq4ggAMuMIADfjCAB94wgAjuMIAMjjCADj4wgAE+QIAB/kCABe5AgAZeQIAKnkCADF5AgA9OQIAPzkCADXowwAROUIAIrlCACU5QgA1eUIAN3lCAAg5ggAMOYIAGvmCABw5ggAtuYIAL/mCAAB5wgADucIAEznCABT5wgAIqQMAKjnCADi5wgA6ucIAC3oCADu5wgA5dQJADfoCAB46AgAfegIAMPoCADL6AgADukIABfpCABZ6QgAZukIAKTpCACr6QgA7+kIAPvpCAA66ggASuoIAIXqCACT6ggA0OoIAN3qCAAb6wgAJ+sIAGbrCABt6wgAsesIALnrCAD86wgADOwIAEfsCABQ7AgAkuwIAJ/sCADd7AgA7OwIACjtCAAy7QgAc+0IAIHtCAC+7QgAw+0IAAnuCAAW7ggAVO4IAFzuCABtpAwApe4IAOruCAD47ggANe8IAFDvCACA7wgAjO8IAMvvCADR7wgAuKQMADnwCABh8AgAcPAIAKzwCACx8AgA9/AIAATxCABC8QgAT/EIAI3xCACZ8QgA2PEIAOfxCAAj8ggALfIIAG7yCAB88ggAufIIAL7yCAAE8wgAEfMIAE/zCABr8wgAmvMIAKLzCAADpQwA8fMIADD0CABN9AgAe/QIAIT0CADG9AgA1PQIABH1CAAX9QgAXPUIAGj1CACn9QgArvUIAPL1CAD69QgAPfYIAFP2CACI9ggAjfYIANP2CADa9ggAHvcIACf3CABp9wgAevcIALT3CADA9wgA//cIAAf4CACZpQwAUPgIAJX4CACa+AgA4PgIAPv4CAAr+QgAOfkIAHb5CAB9+QgAwfkIAM35CAAM+ggAD/oIAFf6CABf+ggAovoIAKP6CADt+ggA7/oIADj7CABH+wgAg/sIAKP7CADO+wgA0PsIABn8CAAw/AgAZPwIAHD8CACv/AgAt/wIAOSlDAD7/AgARf0IAFH9CACQ/QgAn/0IANv9CADj/QgAL6YMACj+CABx/ggAf/4IALz+CADN/ggAeqYMAA7/CADFpgwAWv8IAFunDACn/wgA6P8IAPT/CAAzAAkASQAJAH4ACQCKAAkAyQAJANwACQAUAQkAIgEJAF8BCQBpAQkApqcMALIBCQDxpwwACwIJAEACCQBMAgkAiwIJAJgCCQDWAgkA4AIJACEDCQAjAwkAbAMJAHYDCQC3AwkAxQMJAAIECQAHBAkATQQJAFoECQCYBAkAoAQJAOMECQDzBAkALgUJADAFCQB5BQkAggUJAMQFCQDVBQkADwYJABkGCQA8qAwAZgYJAKUGCQC8BgkA8AYJAAsHCQCHqAwAVAcJAIYHCQCMBwkA0QcJANsHCQDSqAwAHggJAGcICQB4CAkAsggJALoICQD9CAkAzggJAAYtCQAJCQkASAkJAE4JCQCTCQkAmQkJAN4JCQDjCQkAKQoJAC8KCQAdqQwAkAoJAL8KCQDHCgkA/qkMABgLCQBVCwkAZgsJAKALCQCxCwkA6wsJAPcLCQA2DAkAPQwJAEmqDACSDAkAzAwJAN0MCQAXDQkAIw0JAGINCQBpDQkAlKoMAK8NCQD4DQkA+Q0JAEMOCQBLDgkAjg4JAJMOCQDZDgkA4g4JACQPCQAuDwkAbw8JAHcPCQC6DwkAvw8JAAUQCQAVEAkAUBAJAFgQCQCbEAkAsRAJAOYQCQDyEAkAMREJAEcRCQB8EQkAgREJAMcRCQDNEQkAEhIJACYSCQDfqgwAcxIJAKgSCQC2EgkA8xIJAAATCQA+EwkAQBMJAIkTCQCTEwkA1BMJAOATCQAfFAkAJhQJAGoUCQByFAkAtRQJAM4UCQAAFQkAFBUJAEsVCQBTFQkAlhUJAJgVCQDhFQkA7hUJACwWCQAxFgkAdxYJAIEWCQDCFgkAzRYJAA0XCQAZFwkAWBcJAF4XCQCjFwkAqxcJAO4XCQDvFwkAORgJAD8YCQCEGAkAiRgJAM8YCQDeGAkAGhkJACYZCQBlGQkAaBkJALAZCQCzGQkAKqsMAAAaCQBGGgkAYhoJAHWrDACxGgkA3BoJAOQaCQDAqwwALRsJAHIbCQB+GwkAC6wMANkbCQCH8wwA6RsJAOysDAA0HAkAN60MAFkcCQCeHAkAqhwJAIKtDADqHAkAIiAJAPkcCQA0HQkANh0JAH8dCQCJHQkAyh0JAMwdCQAVHgkAJh4JAGAeCQBoHgkAqx4JALceCQD2HgkA/B4JAEEfCQBHHwkAjB8JAJEfCQDXHwkA3R8JAM2tDAAkIAkAbSAJAHMgCQC4IAkAuyAJAAMhCQAPIQkATiEJAFYhCQCurgwAnyEJAOQhCQDqIQkALyIJADQiCQB6IgkAgCIJAPmuDADHIgkAECMJABkjCQBbIwkAciMJAKYjCQCxIwkA8SMJAPsjCQA8JAkARCQJANqvDACUJAkA0iQJANokCQAdJQkAJyUJAGglCQBzJQkAsyUJALklCQD+JQkACiYJAEkmCQBLJgkAlCYJAJsmCQDfJgkA5yYJAConCQA8JwkAJbAMALAnCQDAJwkAyCcJAAsoCQAuKAkABrEMAFgoCQChKAkArigJAOwoCQDzKAkANykJAEgpCQCCKQkAjikJAM0pCQDUKQkAGCoJABkqCQBFSAkAICoJAFGxDAB2KgkArioJAL0qCQD5KgkABSsJAEQrCQBFKwkAjysJAJkrCQDaKwkA6CsJACUsCQAqLAkAcCwJAH0sCQCcsQwAwywJAOexDAAOLQkAMrIMAFMtCQCcLQkAXS0JAAIwCgCfLQkAifQJAKktCQDnLQkA9S0JADIuCQBBLgkAfS4JAJ0uCQDILgkA1C4JABMvCQAaLwkAXi8JAGYvCQCpLwkAqy8JAPQvCQD+LwkAE7MMAEkwCQCKMAkAkjAJAF6zDADfMAkAIDEJACgxCQCpswwApzEJALYxCQC+MQkAATIJAB8yCQD0swwAWjIJAJcyCQCnMgkA4jIJAPIyCQAtMwkAOTMJAHgzCQB+MwkAwzMJAN8zCQAONAkAFjQJAD+0DABtNAkApDQJAK40CQDvNAkA+zQJADo1CQBCNQkAirQMAJA1CQDQNQkA0jUJABs2CQAhNgkAZjYJAG42CQDVtAwAszYJAPw2CQD/NgkARzcJAE83CQCSNwkAojcJAN03CQDfNwkAKDgJADY4CQBzOAkAhDgJACC1DADFOAkAa7UMAA85CQBUOQkAWTkJAJ85CQClOQkAtrUMAPc5CQA1OgkAPzoJAIA6CQCCOgkAyzoJAN46CQAWOwkAHjsJAGE7CQBtOwkArDsJALI7CQD3OwkA/TsJAEI8CQBHPAkAjTwJAJM8CQCXtgwA4TwJACM9CQAwPQkAbj0JAHU9CQC5PQkAwT0JAOK2DAAMPgkATz4JAFY+CQCaPgkApj4JAOU+CQDvPgkAMD8JADw/CQB7PwkAij8JAMY/CQDQPwkAEUAJAB1ACQBcQAkAY0AJAC23DACqQAkAsJAKAK1ACQDyQAkA/kAJAD1BCQBFQQkAeLcMAJRBCQDTQQkA3UEJAB5CCQAqQgkAaUIJAHhCCQC0QgkAvkIJAP9CCQALQwkASkMJAFFDCQDDtwwAo0MJAOBDCQD3QwkAK0QJADhECQB2RAkAeEQJAMFECQDSRAkADEUJAChFCQBXRQkAX0UJAA64DAC7RQkA7UUJAAFGCQA4RgkAQEYJAINGCQCGRgkAzkYJANxGCQAZRwkAMEcJAGRHCQBxRwkAr0cJALFHCQD6RwkAC0gJAFm4DABLSAkAkEgJAJVICQDbSAkA8UgJACZJCQA0SQkAcUkJAHRJCQC8SQkAyEkJAAdKCQANSgkAUkoJAF5KCQCdSgkAxkoJAOhKCQD0SgkAM0sJAEJLCQB+SwkAiEsJAMlLCQDXSwkAFEwJABlMCQBfTAkAbEwJAKS4DACsTAkA9UwJAANNCQBATQkATU0JAItNCQCdTQkA77gMAOVNCQAhTgkALU4JAGxOCQCFTgkAt04JALlOCQACTwkAEU8JAE1PCQBtTwkAmE8JAKBPCQDjTwkABlAJAC5QCQBEUAkAeVAJAH5QCQDEUAkAx1AJAA9RCQAZUQkAWlEJAGJRCQClUQkAq1EJAPBRCQD8UQkAO1IJAEpSCQCGUgkAklIJANFSCQDeUgkAHFMJACZTCQBnUwkAb1MJALJTCQDBUwkA/VMJAP9TCQBIVAkAWVQJAJNUCQCkVAkA3lQJAOZUCQApVQkAOlUJAHRVCQB2VQkAv1UJAMJVCQAKVgkAFFYJAFVWCQB5VgkAoFYJALxWCQA6uQwA8VYJADZXCQA7VwkAgVcJAJBXCQDMVwkA2FcJABdYCQAaWAkAYlgJAGVYCQCtWAkAtVgJAPhYCQAHWQkAQ1kJAEhZCQCOWQkApFkJANlZCQDaWQkAJFoJADVaCQBvWgkAe1oJALpaCQDEWgkABVsJABFbCQBQWwkAV1sJAIW5DACfWwkA5lsJAPRbCQAxXAkAO1wJAHxcCQCHXAkAx1wJAM9cCQASXQkAHl0JAF1dCQBwXQkAqF0JALZdCQDzXQkA/V0JAD5eCQBGXgkAiV4JAJheCQDUXgkA2V4JAB9fCQAmXwkAal8JAHZfCQDQuQwAwV8JAABgCQADYAkAS2AJAE5gCQCWYAkAsGAJAOFgCQDtYAkALGEJAD9hCQB3YQkAhWEJAMJhCQDMYQkADWIJADBiCQAbugwAYmIJAKNiCQCvYgkA7mIJAPViCQA5YwkAQWMJAIRjCQCIYwkAz2MJAN1jCQAaZAkAJGQJAGVkCQBwZAkAsGQJALhkCQD7ZAkACmUJAEZlCQBLZQkAkWUJAJhlCQDcZQkA6GUJACdmCQAvZgkAZroMAIhmCQACewoAi2YJAL1mCQDHZgkACGcJABRnCQBTZwkAVmcJAJ5nCQCoZwkA6WcJAOxnCQA0aAkARGgJAH9oCQCBaAkAymgJANhoCQAVaQkAJmkJALG6DABnaQkA/LoMALRpCQD2aQkAtWkJADVmCgDLaQkAT2oKAA9qCQBBagkAS2oJAIxqCQCYagkA12oJANpqCQAiawkALGsJAEe7DAByawkAuGsJANhrCQADbAkAC2wJAJK7DABcbAkAmWwJAK9sCQDkbAkA8GwJAC9tCQA2bQkAem0JAIJtCQDFbQkAym0JABBuCQAZbgkAW24JAGVuCQCmbgkArm4JAPFuCQD/bgkAPG8JAElvCQCHbwkAj28JAN27DADibwkAHXAJACVwCQAovAwAb3AJALNwCQC/cAkA/nAJAAVxCQBJcQkAUXEJAJRxCQCecQkA33EJAO1xCQAqcgkAQHIJAHVyCQCBcgkAwHIJAMVyCQALcwkAFHMJAFZzCQBgcwkAoXMJAKlzCQDscwkA8XMJADd0CQBHdAkAgnQJAIp0CQBzvAwA13QJABh1CQAgdQkAvrwMAHF1CQCudQkAxHUJAPl1CQAFdgkARHYJAEt2CQCPdgkAl3YJANp2CQDfdgkAJXcJAC53CQBwdwkAencJALt3CQDDdwkABngJAAh4CQBHggkAFHgJAFF4CQBeeAkAnHgJAKR4CQAJvQwA83gJADJ5CQA1eQkAfXkJAId5CQBUvQwA1nkJABN6CQApegkAXnoJAGp6CQCpegkAsHoJAPR6CQD8egkAP3sJAER7CQCKewkAk3sJANV7CQDfewkAIHwJACh8CQBrfAkAbXwJALZ8CQDGfAkAAX0JAAt9CQBMfQkAWH0JAJd9CQCdfQkA6r0MAPB9CQAtfgkAQ34JAHh+CQCEfgkAw34JAMh+CQAOfwkAF38JAFl/CQBjfwkApH8JAKx/CQDvfwkAEYAJADW+DABJgAkAhYAJAJGACQDQgAkA0YAJABuBCQAlgQkAZoEJAHSBCQCxgQkAtoEJAPyBCQAJggkAgL4MAFeCCQCSggkAnIIJAN2CCQDpggkAKIMJAC6DCQBzgwkAe4MJAGG/DADDgwkACYQJABGECQBUhAkAYIQJAB6NCQBthAkAn4QJAKuECQDqhAkA8oQJAKy/DABChQkAgIUJAIiFCQDLhQkA2YUJABaGCQAjhgkAYYYJAGSGCQCshgkAtoYJAPeGCQD5hgkAQocJAE+HCQCNhwkAnIcJANiHCQDkhwkAI4gJACuICQD3vwwAfogJALmICQDBiAkABIkJABCJCQBPiQkAVYkJAJqJCQCgiQkA5YkJAOqJCQAwigkANooJAELADACIigkAxooJAMuKCQARiwkAG4sJAFyLCQBkiwkAp4sJALOLCQDyiwkABYwJAD2MCQBLjAkAiIwJAIuMCQDTjAkA3YwJAI3ADAAxjQkAaY0JAHeNCQC0jQkAt40JAP+NCQAJjgkA2MAMAE+OCQCVjgkAWI4JAO6tCQCdjgkA4I4JAOyOCQArjwkAMY8JAHaPCQA+jwkA4asJAHyPCQDBjwkAxo8JAAyQCQASkAkAI8EMAGqQCQCikAkAo5AJAO2QCQD5kAkAOJEJAEeRCQCDkQkAjZEJAM6RCQDakQkAGZIJACCSCQBuwQwAapIJAK+SCQB3kgkAb6UJALWSCQD6kgkA/5IJAEWTCQBLkwkABMIMAJ6TCQDbkwkA9pMJACaUCQAylAkAcZQJAHiUCQBPwgwAxZQJAAeVCQAUlQkAUpUJAF6VCQCdlQkAsJUJAOiVCQDplQkAM5YJAD+WCQB+lgkAjZYJAMmWCQDTlgkAFJcJACCXCQBflwkAZpcJAJrCDACwlwkA9ZcJAPuXCQBAmAkARZgJAIuYCQCRmAkAMMMMAN+YCQAhmQkALpkJAGyZCQBwmQkAt5kJALmZCQACmgkAD5oJAE2aCQBXmgkAe8MMAJ+aCQDjmgkA65oJAC6bCQA6mwkAeZsJAIybCQDEmwkA05sJAA+cCQAbnAkAWpwJAFucCQClnAkAr5wJAPCcCQD+nAkAO50JAECdCQCGnQkAk50JAMbDDADdnQkAHJ4JACKeCQBnngkAbZ4JALKeCQC3ngkA/Z4JAAOfCQARxAwATZ8JAJOfCQCdnwkAp8QMAOafCQApoAkANqAJAHSgCQB5oAkAv6AJAMmgCQAKoQkAEqEJAFWhCQBhoQkAoKEJALOhCQDroQkA7KEJADaiCQBCogkAgaIJAJCiCQDMogkA1qIJABejCQAfowkAYqMJAGSjCQDyxAwAtqMJAPijCQAHpAkAQ6QJAFKkCQCOpAkAmqQJANmkCQDcpAkAJKUJACelCQA9xQwAfqUJALqlCQDGpQkABaYJAAamCQBQpgkAWqYJAJumCQCppgkA5qYJAOumCQAxpwkAPqcJAIjFDAB+pwkAx6cJAMqnCQASqAkAGqgJAF2oCQBqqAkAqKgJAK2oCQDzqAkA/agJAD6pCQBGqQkAiakJAJWpCQDUqQkA56kJAB+qCQAgqgkAaqoJAHaqCQC1qgkAxKoJAACrCQAKqwkAS6sJAFerCQCWqwkAnasJANPFDADwqwkALKwJADisCQB3rAkAeKwJAMKsCQDMrAkADa0JAButCQBYrQkAXa0JAKOtCQCwrQkAHsYMAP+tCQBpxgwARq4JAISuCQCSrgkAz64JAOCuCQAarwkAPK8JALTGDABqrwkAsK8JAGuvCQCq4gkAuK8JAPuvCQD8rwkAyrMJAP6vCQCrtAkAALAJAOmyCQABsAkA17UJAAKwCQAIsgkACrAJAEawCQAUsAkAergJAEuwCQCRsAkAnrAJANywCQDpsAkAJ7EJADOxCQBysQkAgbEJAL2xCQDHsQkA/8YMABayCQBTsgkAVbIJAJ6yCQCvsgkASscMAOqyCQA0swkAQLMJAH+zCQCMswkAlccMANizCQAVtAkAIrQJAGC0CQB3tAkA4McMALS0CQADtwkAtbQJAPa0CQD4tAkAQbUJAEe1CQCMtQkAlrUJACvIDADjtQkAIrYJACS2CQBttgkAfLYJALi2CQDDtgkAdsgMABK3CQBOtwkAXbcJAJm3CQCltwkA5LcJAPC3CQAvuAkANrgJAMHIDACGuAkAxbgJAM24CQAMyQwAKbkJAFu5CQBsuQkAprkJALK5CQBXyQwA/bkJADy6CQA+ugkAh7oJAI66CQDSugkA2roJAB27CQAeuwkAaLsJAG67CQCzuwkAuLsJAP67CQD/uwkASbwJAFW8CQCUvAkAmrwJAN+8CQDpvAkAKr0JADi9CQDawQkAPr0JAHW9CQB9vQkAoskMANC9CQALvgkAE74JAFa+CQBfvgkAob4JAGO+CQD5wAkArr4JAOy+CQDzvgkAN78JAEO/CQCCvwkAkr8JAM2/CQDbvwkAGMAJACXACQBjwAkAb8AJAK7ACQC1wAkA7ckMAALBCQBEwQkAVcEJAI/BCQCgwQkAOMoMAObBCQAlwgkAKMIJAHDCCQB4wgkAu8IJAMDCCQAGwwkAFsMJAFHDCQBZwwkAnMMJAKXDCQDnwwkAqcMJAD/GCQD0wwkAMsQJADnECQB9xAkAicQJAMjECQDYxAkAE8UJACHFCQBexQkAa8UJAKnFCQC1xQkA9MUJAPvFCQCDygwASMYJAIrGCQCbxgkA1cYJAObGCQDOygwAJccJAGvHCQB4xwkAtscJAMLHCQAByAkAC8gJAEzICQBgyAkAl8gJAJjICQDiyAkA7sgJAC3JCQBMyQkAeMkJAIDJCQDDyQkAyMkJAA7KCQAnygkAWcoJAILKCQCkygkAsMoJAO/KCQD+ygkAOssJAETLCQCFywkAjcsJANDLCQDbywkAG8wJAB3MCQBmzAkAacwJALHMCQC5zAkA/MwJAAnNCQBHzQkATM0JAJLNCQCazQkA3c0JAN/NCQAozgkAMs4JAHPOCQB9zgkAvs4JAMTOCQAJzwkAF88JAFTPCQBtzwkAn88JAKjPCQDqzwkA9M8JADXQCQBB0AkAGcsMAIzQCQDL0AkA29AJABbRCQAk0QkAYdEJAG7RCQCs0QkAuNEJAPfRCQD+0QkAQtIJAErSCQCN0gkAo9IJANjSCQDk0gkAI9MJAC3TCQBu0wkAedMJALnTCQC+0wkABNQJAAvUCQBP1AkAV9QJAJrUCQDE1AkAZMsMAOzUCQAw1QkAONUJAHvVCQCl1QkAxtUJAMvVCQAR1gkAEtYJAFzWCQBm1gkAp9YJALXWCQDy1gkA99YJAD3XCQBK1wkAiNcJAKTXCQDT1wkA79cJAK/LDAAr2AkAadgJAG3YCQC02AkAutgJAP/YCQAB2QkAStkJAEvZCQCV2QkAuNkJAODZCQAE2gkAK9oJAFXaCQB22gkAftoJAMHaCQDG2gkADNsJABnbCQBX2wkAX9sJAKLbCQCk2wkA7dsJAPXbCQA43AkAYtwJAIPcCQCQ3AkAztwJANPcCQAZ3QkAJt0JAGTdCQBw3QkAr90JANndCQD63QkAAt4JAEXeCQBg3gkAkN4JAJLeCQDb3gkA7N4JACbfCQAv3wkAcd8JAH3fCQD6ywwAyd8JAAfgCQAi4AkAUuAJAFfgCQCd4AkAveAJAOjgCQD04AkAM+EJADvhCQBFzAwAjOEJAMnhCQDT4QkAFOIJAB/iCQBf4gkAZ+IJANvMDACz4gkA9eIJAP/iCQBA4wkAS+MJAIvjCQCf4wkA1uMJAOvjCQAh5AkAKeQJAGzkCQCD5AkAt+QJALzkCQAC5QkADOUJAE3lCQBV5QkAJs0MAJrlCQDj5QkA9OUJAC7mCQAx5gkAeeYJAIXmCQBxzQwA0uYJAA/nCQAg5wkAvM0MAF3nCQCl5wkAqOcJAPDnCQD85wkAO+gJAEHoCQCG6AkAkOgJAAfODADe6AkAHOkJADPpCQBn6QkAb+kJAFLODAC66QkAnc4MABTqCQBI6gkATuoJAJPqCQCf6gkA3uoJAPXqCQAp6wkAK+sJAHTrCQB+6wkAv+sJAMvrCQAK7AkAFuwJAFXsCQBb7AkAoOwJAKbsCQDr7AkA8OwJADbtCQA87QkA6M4MAI3tCQDM7QkA1u0JABfuCQAg7gkAYu4JAGPuCQCt7gkAte4JAPjuCQD97gkAQ+8JAFPvCQB+zwwAmu8JANnvCQDb7wkAJPAJACrwCQBv8AkAdvAJALrwCQC/8AkABfEJAAnxCQBQ8QkAXfEJAJvxCQCj8QkA5vEJAOvxCQAx8gkAQfIJAMnPDACN8gkAx/IJANPyCQAS8wkAIfMJAF3zCQBn8wkAqPMJALbzCQDz8wkAAPQJAD70CQBV9AkAFNAMAIz0CQCq0AwA1/QJAB/1CQDb9AkAbe8MACf1CQBq9QkAlfUJALX1CQDg9QkAAPYJACv2CQD10AwAdvYJAJb2CQDB9gkAQNEMAOr2CQAs9wkALfcJAHf3CQCG9wkAwvcJAI33CQA5+QkA0/cJAA34CQAP+AkAWPgJAFv4CQCj+AkApvgJAO74CQD2+AkAIdIMAD75CQCE+QkAi/kJAM/5CQDY+QkAGvoJACv6CQBl+gkAcfoJALD6CQC4+gkAbNIMAAH7CQBG+wkATfsJAJH7CQCW+wkA3PsJAOD7CQAn/AkANPwJAHL8CQCB/AkAvfwJAM78CQAI/QkACv0JAFP9CQBW/QkAnv0JAKH9CQDp/QkA8f0JALfSDABA/gkAf/4JAIL+CQDK/gkA1P4JAALTDAAd/wkATdMMAGj/CQCY0wwAs/8JAOPTDAD7/wkAQQAKAE4ACgCMAAoAjwAKANcACgDcAAoAIgEKADMBCgBtAQoAeQEKAC7UDAC9AQoAAwIKABQCCgBOAgoAWgIKAJkCCgCzAgoA5AIKAOgCCgCmBAoA6wIKALMGCgDuAgoA3wcKAPACCgCHBQoA8gIKAMUDCgD1AgoALwMKADQDCgB6AwoAkQMKAHnUDADSAwoAEAQKACAECgBbBAoAYAQKAMTUDACoBAoA8QQKAPcECgA8BQoASQUKAA/VDACNBQoA0gUKANgFCgAdBgoAIgYKAGgGCgBuBgoAWtUMAL8GCgD+BgoAFwcKAEkHCgBSBwoAlAcKAKsHCgCl1QwA5QcKACoICgAsCAoAdQgKAIQICgDACAoAzAgKAPDVDAAUCQoAVgkKAGQJCgChCQoAqwkKAOwJCgD4CQoANwoKADoKCgCCCgoAngoKAM0KCgDVCgoAO9YMACQLCgBjCwoAZgsKAK4LCgC4CwoAHNcMAAIMCgBEDAoAUgwKAI8MCgCZDAoA2gwKAOYMCgAlDQoALQ0KALLXDAByDQoAuw0KAMkNCgAGDgoAFw4KAP3XDABYDgoASNgMAKEOCgDnDgoA7w4KADIPCgA4DwoAfQ8KAIYPCgDIDwoA1Q8KAN7YDAAYEAoAXhAKAB8QCgDVEQoAZxAKAKkQCgCzEAoA9BAKAPwQCgA/EQoAfxEKAIoRCgCSEQoAKdkMANsRCgAgEgoAJhIKAGsSCgBzEgoAthIKAPYSCgABEwoACRMKAHTZDABUEwoAv9kMANkTCgDiEwoAJBQKAAraDAA7FAoAeBQKAIkUCgDDFAoAzxQKAA4VCgARFQoAVdoMAGUVCgCkFQoApxUKAO8VCgD5FQoAOhYKAEIWCgCg2gwAkRYKANAWCgDWFgoAGxcKACUXCgBmFwoAehcKALEXCgC5FwoA69oMAAkYCgBHGAoATxgKAJIYCgCVGAoA3RgKAOkYCgAoGQoAMhkKAHMZCgB8GQoAvhkKAL8ZCgAJGgoAIRoKAFQaCgBWGgoAnxoKALAaCgDqGgoA+xoKADUbCgA9GwoAgBsKAI8bCgDLGwoAzRsKABYcCgAnHAoAYRwKAHIcCgCsHAoAxRwKAPccCgD5HAoAQh0KAFEdCgCNHQoArR0KAIHbDADmHQoAIx4KACYeCgBuHgoAeR4KALkeCgDFHgoABB8KAAsfCgBPHwoAVx8KAJofCgCoHwoA5R8KAPIfCgAwIAoAOCAKAMzbDACDIAoAF9wMAM4gCgBi3AwAGSEKAK3cDABoIQoApyEKALchCgDyIQoA9yEKAD0iCgBDIgoAiCIKAJQiCgDTIgoA2yIKAPjcDAAvIwoAaSMKAHojCgC0IwoAxiMKAP8jCgAHJAoASiQKAFUkCgCVJAoAmiQKAOAkCgDlJAoAKyUKAEslCgBD3QwAhiUKAMElCgDLJQoADCYKABgmCgBXJgoAXSYKAKImCgCqJgoA7SYKAO8mCgA4JwoA+SYKADMsCgBJJwoAgycKAJQnCgDOJwoA4CcKABkoCgAhKAoAZCgKAG8oCgCvKAoAtCgKAPooCgD/KAoARSkKAGUpCgCO3QwAkikKANspCgDqKQoAJioKADEqCgBxKgoAgyoKALwqCgDEKgoABysKABIrCgBSKwoAVysKAJ0rCgCiKwoA6CsKAAgsCgDZ3QwANSwKAH4sCgCNLAoAySwKANQsCgAULQoAJi0KAF8tCgBnLQoAqi0KALUtCgD1LQoA+i0KAEAuCgBFLgoAiy4KAKsuCgAk3gwA4y4KACEvCgA4LwoAb94MAHkvCgC3LwoAzi8KALreDAAPMAoATTAKAFQwCgCYMAoApjAKAOMwCgDwMAoALjEKAEUxCgAF3wwAgTEKAFDfDADGMQoADzIKAB0yCgBaMgoAazIKAJvfDACyMgoA8DIKAAczCgDm3wwARTMKAIYzCgCSMwoA0TMKANQzCgAcNAoAJjQKADHgDACDNAoAfOAMALo0CgDH4AwABTUKAEg1CgBJNQoAgTgKAEs1CgC/NgoATzUKAD4/CgBSNQoAkzUKAFc1CgBDOgoAWDUKAGI5CgCYNQoAXT4KAJ81CgDeNQoA4TUKACk2CgAzNgoAEuEMAHw2CgBd4QwAyDYKAAo3CgDfNgoA5jwKABg3CgBVNwoAXzcKAKA3CgCsNwoA6zcKAO43CgA2OAoAPjgKAKjhDACDOAoAzDgKAM84CgAXOQoAGjkKAPPhDABkOQoArTkKALs5CgD4OQoACToKAIniDABFOgoAjjoKAJs6CgDZOgoA6DoKACQ7CgAwOwoAbzsKAIA7CgC6OwoAyzsKAAU8CgARPAoAUDwKAFc8CgCbPAoAozwKAB/jDAD0PAoAMT0KADI9CgB8PQoAfT0KAMc9CgDTPQoAEj4KABk+CgBq4wwAZD4KAKg+CgCtPgoA8z4KAPs+CgAA5AwARz8KAIk/CgCPPwoA1D8KANY/CgAfQAoAKUAKAGpACgB4QAoAtUAKALpACgAAQQoADUEKAEtBCgBjQQoAlkEKAKxBCgDhQQoA5EEKACxCCgA0QgoAS+QMAH9CCgDCQgoAv0IKAPeTCwDDQgoAOUQKAMVCCgD7RQoAzEIKAA1DCgDSQgoAGkUKABlDCgBYQwoAW0MKAKNDCgCtQwoAluQMAPZDCgDh5AwAO0QKAIRECgCHRAoAz0QKANJECgAs5QwAHEUKAGVFCgBzRQoAsEUKAMFFCgDC5QwABEYKAEZGCgBURgoAkUYKAJtGCgDcRgoA6EYKACdHCgAqRwoAckcKAHpHCgBY5gwA10cKAKPmDAAOSAoAU0gKABVICgDKSQoAF0gKAOlICgBcSAoAnkgKAKtICgDu5gwA7kgKADRJCgBBSQoAf0kKAIlJCgA55wwAzEkKABVKCgArSgoAYEoKAGxKCgCE5wwAs0oKAFoTCwDJSgoA9koKABRLCgBBSwoASUsKAIxLCgBjSwoAdTQLAI1LCgADTQoAj0sKAC9OCgCYSwoAwDQLAJxLCgDXSwoA2UsKACJMCgAwTAoAbUwKAH5MCgDP5wwAwEwKABroDAAFTQoATk0KAFFNCgCZTQoAnE0KAGXoDADsTQoAsOgMADlOCgAHdgoAT04KAHpOCgCITgoAxU4KAMZOCgAQTwoALE8KAFtPCgBjTwoA++gMALdPCgDxTwoA808KADxQCgA9UAoAh1AKAIpQCgDSUAoA3lAKAB1RCgAkUQoAaFEKAIRRCgCzUQoAu1EKAJHpDAALUgoASVIKAFlSCgCUUgoAmVIKAN9SCgAPUwoA3OkMADBTCgAn6gwAfVMKAMBTCgDBUwoAilwKAMZTCgDEqAsAylMKAAtUCgDMUwoAJVgKANBTCgBjVgoA3lMKAHhfCgAQVAoAB6ILABZUCgCinQsAF1QKAFZUCgBZVAoAoVQKAKtUCgBy6gwA9FQKADdVCgA9VQoAglUKAItVCgDNVQoA2lUKABhWCgA0VgoAveoMAGVWCgCuVgoAaFYKAP2rCwC8VgoA+VYKAApXCgAI6wwASlcKAI9XCgCbVwoAU+sMAPZXCgCe6wwAK1gKAHBYCgB2WAoAu1gKAMBYCgAGWQoADFkKAOnrDABtWQoANOwMAKNZCgB/7AwA7FkKADJaCgA6WgoAfVoKAIlaCgDIWgoA21oKABNbCgAfWwoAXlsKAG1bCgCpWwoAslsKAPRbCgD+WwoAP1wKAEtcCgAV7QwAm1wKANVcCgDhXAoAIF0KACJdCgBrXQoAbl0KALZdCgDCXQoAAV4KAAleCgBg7QwAWF4KAJdeCgCnXgoA4l4KAO5eCgAtXwoAM18KAKvtDACaXwoAw18KAMtfCgAOYAoANmAKAFlgCgBkYAoApGAKALBgCgDvYAoAAGEKADphCgA7YQoA9u0MAIthCgDQYQoA3WEKABtiCgApYgoAZmIKAHNiCgCxYgoAyGIKAPxiCgAsYwoAR2MKAE9jCgCSYwoAnGMKAN1jCgDpYwoAKGQKACtkCgBzZAoAfWQKAEHuDADGZAoACWUKAA9lCgBUZQoAXWUKAJ9lCgCsZQoA6mUKAAZmCgCM7gwAN2YKAIBmCgA8ZgoAr3MKAI1mCgDLZgoA0mYKABZnCgAYZwoAYWcKAGdnCgCsZwoAs2cKAPdnCgAPaAoAQmgKAEdoCgCNaAoATmgKACNpCgCWaAoA2GgKAOJoCgDX7gwAKWkKAG5pCgB0aQoAuWkKAL5pCgAEagoACmoKACLvDABdagoAmmoKAJtqCgDlagoA5moKADBrCgA8awoAe2sKAIJrCgC47wwAx2sKABFsCgAibAoAXGwKAGhsCgCnbAoAsWwKAPJsCgD+bAoAPW0KAERtCgAD8AwAim0KANNtCgCTbQoAibYLANZtCgAebgoAPm4KAGluCgBxbgoATvAMAMVuCgD/bgoABm8KAEpvCgBSbwoAlW8KAJhvCgAMcQoApW8KAOBvCgDibwoAK3AKADlwCgB2cAoAh3AKAJnwDADIcAoA5PAMABVxCgBXcQoAZnEKAKJxCgCxcQoA7XEKAPlxCgA4cgoAO3IKAINyCgCGcgoAznIKAN5yCgAZcwoAInMKAGRzCgB1cwoAL/EMALRzCgD6cwoAA3QKAEV0CgBPdAoAkHQKAJh0CgDbdAoA+XQKACZ1CgBEdQoAcXUKAI91CgC8dQoA2nUKAHrxDAAOdgoAUnYKAFd2CgCddgoAXnYKAH53CgCmdgoA6HYKAPJ2CgAzdwoAT3cKAMXxDACEdwoAyXcKAM93CgAUeAoAMHgKABDyDACHeAoApvIMANJ4CgDx8gwA/ngKABeECgABeQoAQHkKAEN5CgCLeQoAlHkKANZ5CgDneQoAIXoKACt6CgBsegoAiHoKALd6CgC/egoA0vMMABh7CgBNewoAT3sKAJh7CgCeewoA43sKAPd7CgAufAoANnwKAHl8CgChfAoAHfQMAM18CgAPfQoAHH0KAFp9CgBofQoApX0KAK99CgDwfQoACn4KADt+CgBIfgoAhn4KAJJ+CgDRfgoA234KABx/CgAkfwoAaPQMAG5/CgCyfwoAun8KALP0DADefwoAlPUMAAuACgBIgAoASYAKAJOACgCUgAoA3oAKAOqACgApgQoAMIEKAHSBCgB8gQoA/vQMAMGBCgAKggoAG4IKAFWCCgBdggoAoIIKAKqCCgDrggoA94IKADaDCgA5gwoAgYMKAIuDCgDf9QwA6IMKACr2DAAkhAoAYoQKAGqECgCthAoAsIQKACSGCgC9hAoA+IQKAPqECgBDhQoAUYUKAI6FCgCfhQoAdfYMAOCFCgDA9gwALYYKAG+GCgB+hgoAuoYKAMmGCgAFhwoAEYcKAFCHCgBThwoAm4cKAJ6HCgDmhwoA9ocKADGICgA6iAoAfIgKAI2ICgAL9wwA04gKABKJCgAaiQoAVvcMAF+JCgCoiQoAaYkKAD6KCgCriQoA84kKAPuJCgCh9wwARIoKAImKCgCVigoA1IoKANyKCgDs9wwAIosKAGqLCgBtiwoAtYsKAMGLCgAAjAoABowKAEuMCgBVjAoAN/gMAJuMCgDhjAoA7owKACyNCgAvjQoAd40KAJONCgDCjQoAyo0KAIL4DAAPjgoAWI4KAGaOCgCjjgoAtI4KAM34DAD0jgoAOY8KAEWPCgAY+QwAio8KAM+PCgDVjwoAGpAKAB+QCgBlkAoAa5AKAK75DACzkAoA+5AKAAeRCgBGkQoATJEKAJGRCgCbkQoARPoMAOGRCgAnkgoANJIKAHKSCgB1kgoAvZIKANKSCgAIkwoAEJMKAI/6DABbkwoAnpMKAKqTCgDpkwoA75MKADSUCgA6lAoAf5QKAISUCgDKlAoA0JQKAFH8DAAklQoAYJUKAG+VCgCrlQoAtJUKAPaVCgD8lQoAQZYKAEeWCgCMlgoAmJYKANeWCgDelgoAIpcKACqXCgDn/AwAdJcKALiXCgDGlwoAA5gKABCYCgBOmAoAZZgKAJmYCgC1mAoA5JgKAOyYCgAy/QwAQpkKAHqZCgB8mQoAxZkKANuZCgAQmgoAEZoKAFuaCgBsmgoAppoKALKaCgB9/QwADZsKAMj9DAA+mwoAh5sKAJ2bCgDSmwoA05sKAB2cCgAunAoAaJwKAHScCgAT/gwAv5wKAMCeCgDDnAoA/pwKAACdCgBJnQoAV50KAJSdCgClnQoAXv4MAOWdCgAqngoANp4KAKn+DACgngoA9P4MAMaeCgALnwoAEZ8KAFafCgBbnwoAoZ8KAKefCgA//wwAF6AKAIr/DABLoAoAgqAKAIOgCgDNoAoA2aAKABihCgA0oQoAY6EKAGuhCgAgAA0AuqEKAPmhCgAVogoARKIKAEyiCgC2AA0Am6IKANqiCgDgogoAJaMKACujCgBwowoAiKMKALujCgDFowoABqQKABKkCgBRpAoAVKQKAJykCgCmpAoA56QKAP+kCgAypQoAQqUKAH2lCgB/pQoAyKUKANalCgATpgoAJKYKAAEBDQBkpgoAqaYKALWmCgBMAQ0A/KYKAHgCDQBBpwoAiqcKAJenCgDVpwoA5KcKACCoCgAmqAoAa6gKAHeoCgC2qAoAuKgKAAGpCgALqQoATKkKAFqpCgCXqQoAnKkKAOKpCgDvqQoALaoKADmqCgB4qgoAi6oKAMOqCgDSqgoADqsKABqrCgBZqwoAWqsKAKSrCgCuqwoA76sKAP2rCgA6rAoAP6wKAIWsCgCSrAoAwwINANqsCgAbrQoAKa0KAGatCgBprQoAsa0KAMGtCgD8rQoACq4KAEeuCgBTrgoAkq4KAJmuCgDdrgoA5K4KACivCgA0rwoAc68KAHSvCgC+rwoAyq8KAAmwCgAWsAoAVLAKAFuwCgCfsAoAq7AKAOqwCgD3sAoANbEKAESxCgCAsQoAlLEKAMuxCgDXsQoAFrIKACmyCgBhsgoAcLIKAKyyCgC4sgoA97IKAPiyCgBCswoATLMKAI2zCgCbswoA2LMKAN2zCgAjtAoAMLQKAA4DDQBvtAoAubQKAMq0CgAEtQoAErUKAE+1CgBetQoAmrUKAJy1CgDltQoA77UKADC2CgA+tgoAe7YKAIC2CgDGtgoA07YKABG3CgAgtwoAXLcKAGG3CgCntwoAtLcKAPK3CgD8twoAPbgKAEm4CgCIuAoAm7gKANO4CgDduAoAHrkKACq5CgBpuQoAfLkKALS5CgDDuQoA/7kKAAu6CgBKugoAS7oKAJW6CgCfugoA4LoKAO66CgAruwoAMLsKAHa7CgCDuwoAWQMNAMa7CgAMvAoAGbwKAFe8CgBhvAoAorwKAKi8CgDtvAoA77wKADi9CgBFvQoAg70KAIa9CgDOvQoA3L0KABm+CgAlvgoAZL4KAHG+CgCvvgoAub4KAPq+CgAJvwoARb8KAEq/CgCQvwoAnb8KANu/CgDovwoAJsAKADLACgBxwAoAgMAKALzACgDGwAoAB8EKABXBCgBSwQoAV8EKAJ3BCgCqwQoA6MEKAPTBCgAzwgoARsIKAH7CCgCNwgoAycIKANXCCgAUwwoAFcMKAF/DCgBpwwoAqsMKALjDCgD1wwoA+sMKAEDECgBNxAoApAMNAJ7ECgDWxAoA5cQKACHFCgAtxQoAbMUKAG3FCgC3xQoAwcUKAALGCgAQxgoATcYKAFLGCgCYxgoApcYKAO8DDQD2xgoALscKAD3HCgB5xwoAhccKAMTHCgDFxwoAD8gKABnICgBayAoAaMgKAKXICgCqyAoA8MgKAP3ICgA6BA0APckKAIbJCgCUyQoA0ckKAN7JCgAcygoAKMoKAGfKCgBtygoAssoKAMPKCgD9ygoA/8oKAEjLCgBRywoAk8sKAKDLCgDeywoA7csKACnMCgA0zAoAdMwKAIDMCgC/zAoA0swKAArNCgAZzQoAVc0KAGHNCgCgzQoAoc0KAOvNCgD1zQoANs4KAETOCgCBzgoAhs4KAMzOCgDZzgoAhQQNACTPCgBizwoAcM8KAK3PCgC3zwoA+M8KAAbQCgBD0AoARdAKAI7QCgCf0AoA2dAKAOfQCgAk0QoAU9EKAG/RCgBx0QoAutEKAMTRCgAF0goAE9IKAFDSCgBV0goAm9IKAKjSCgDm0goA8tIKADHTCgBE0woAfNMKAIvTCgDH0woA09MKABLUCgAT1AoAXdQKAGfUCgCo1AoAttQKAPPUCgD41AoAPtUKAEvVCgDQBA0Ai9UKANTVCgDW1QoAH9YKAC7WCgBq1goAedYKALXWCgDB1goAANcKAAPXCgBL1woATtcKAJbXCgCc1woA4dcKAO3XCgAs2AoAL9gKAHfYCgB82AoAwtgKAMvYCgAN2QoAE9kKAFjZCgBn2QoAo9kKAK/ZCgDu2QoA/tkKADnaCgA72goAhNoKAJLaCgDP2goA4NoKABsFDQAg2woAZdsKAHHbCgBmBQ0Aw9sKAPvbCgAK3AoARtwKAFLcCgCR3AoAktwKANzcCgDm3AoAJ90KADXdCgBy3QoAd90KAL3dCgDK3QoAsQUNABTeCgBT3goAXd4KAJ7eCgDH3goA6d4KAPDeCgA03woATd8KAH/fCgCO3woAyt8KANnfCgAV4AoAGuAKAGDgCgBt4AoAq+AKALjgCgD24AoAAuEKAEHhCgBQ4QoAjOEKAJbhCgDX4QoA5eEKACLiCgAn4goAbeIKAHriCgC44goAxOIKAAPjCgAW4woATuMKAF3jCgCZ4woApeMKAOTjCgDl4woAL+QKADnkCgB65AoAiOQKAMXkCgDK5AoAEOUKAB3lCgD8BQ0AbOUKAKblCgC35QoA8eUKAP3lCgA85goAU+YKAIfmCgCJ5goA0uYKAOPmCgAd5woAIOcKAGjnCgBy5woAs+cKALXnCgD+5woACOgKAEnoCgBV6AoAlOgKAKDoCgDf6AoA8ugKACrpCgA56QoAdekKAIHpCgDA6QoAwekKAAvqCgAV6goAVuoKAGTqCgCh6goApuoKAOzqCgD56goARwYNADnrCgCC6woAjOsKAM3rCgDV6woAkgYNACvsCgBj7AoAb+wKAK7sCgC97AoA+ewKAALtCgBE7QoATu0KAI/tCgCd7QoA2u0KAN/tCgAl7goAMu4KAHDuCgB87goAu+4KAM7uCgAG7woAFe8KAFHvCgBd7woAnO8KAJ3vCgDn7woA8e8KADLwCgBA8AoAffAKAILwCgDI8AoA1fAKAN0GDQAV8QoAXvEKAGjxCgCp8QoAsfEKACgHDQD58QoAP/IKAFXyCgCK8goAi/IKANXyCgDm8goAIPMKACzzCgBr8woAdfMKALbzCgDE8woAAfQKAAb0CgBM9AoAWfQKAJf0CgCj9AoA4vQKAPX0CgAt9QoAPPUKAHj1CgCE9QoAw/UKAMT1CgAO9goAGPYKAFn2CgBn9goApPYKAKn2CgDv9goA/PYKAHMHDQA89woAhfcKAI/3CgDQ9woA2PcKAL4HDQAx+AoAZvgKAHL4CgCx+AoAtvgKAPz4CgAF+QoAR/kKAFH5CgCS+QoAnvkKAN35CgDw+QoAKPoKADf6CgBz+goAf/oKAL76CgC/+goACfsKABP7CgBU+woAYvsKAJ/7CgCk+woA6vsKAPf7CgAJCA0AN/wKAID8CgCK/AoAy/wKANP8CgBUCA0AI/0KAGH9CgBw/QoArP0KALf9CgD3/QoAA/4KAEL+CgBR/goAjf4KAK3+CgDY/goA5P4KACP/CgAq/woAbv8KAHz/CgC5/woAvv8KAAQACwAQAAsATwALAGIACwCaAAsAqQALAOUACwDxAAsAMAELADEBCwB7AQsAhQELAMYBCwDUAQsAEQILABYCCwBcAgsAaQILAJ8IDQCpAgsA8gILAPwCCwA9AwsARQMLAOoIDQClAwsA0wMLAOQDCwAeBAsAKgQLAGkECwB8BAsAtAQLAMMECwD/BAsACwULAEoFCwBLBQsAlQULAJ8FCwDgBQsA7gULACsGCwAwBgsAdgYLAIMGCwA1CQ0AwwYLAAwHCwAWBwsAVwcLAF8HCwCACQ0ApQcLAO0HCwAKCAsAOAgLAEkICwCDCAsAjwgLAM4ICwDhCAsAGQkLACgJCwBkCQsAcAkLAK8JCwCwCQsA+gkLAAQKCwBFCgsAUwoLAJAKCwCVCgsA2woLAOgKCwDLCQ0AKAsLAHELCwB7CwsAvAsLAMQLCwAWCg0AGAwLAFIMCwBmDAsAnQwLAKEMCwDoDAsA6gwLADMNCwBHDQsAfg0LAIENCwDJDQsA5g0LABQOCwAlDgsAXw4LAGsOCwCqDgsAvQ4LAPUOCwAEDwsAQA8LAEwPCwCLDwsAjA8LANYPCwDgDwsAIRALAC8QCwBsEAsAcRALALcQCwDEEAsAYQoNAAQRCwBNEQsAVxELAJgRCwCgEQsArAoNAOURCwAuEgsAPBILAHkSCwCKEgsA9woNAMsSCwBCCw0AFxMLALkMDQBdEwsAVRgLAGYTCwClEwsAuBMLAPATCwDxEwsAOxQLAEcUCwCGFAsAlRQLANEUCwDbFAsAHBULACgVCwBnFQsAbhULAAQNDQC6FQsA/RULAP8VCwCJIAsAABYLAGIaCwADFgsASBYLAAkWCwBvHAsAChYLAKt2CwBUFgsAkxYLAKIWCwDeFgsA6hYLACkXCwA3FwsAdBcLAI8XCwC/FwsAyxcLAAoYCwARGAsATw0NAGIYCwCgGAsAohgLAOsYCwDsGAsANhkLADkZCwCBGQsAjBkLAMwZCwDRGQsAFxoLACEaCwCaDQ0AbxoLAK0aCwCvGgsA+BoLAPkaCwBDGwsARhsLAI4bCwCZGwsA2RsLAN4bCwAkHAsALhwLAOUNDQCCHAsAuhwLALscCwAFHQsAER0LAFAdCwBfHQsAmx0LAKUdCwDmHQsA8h0LADEeCwA4HgsAMA4NAIQeCwDHHgsAyR4LABIfCwAhHwsAXR8LAGcfCwCoHwsAsR8LAPMfCwD1HwsAPiALAE8gCwDGDg0AmCALANQgCwDeIAsAHyELACghCwBqIQsAbCELALUhCwDGIQsAACILAAgiCwBLIgsAaSILAJYiCwCeIgsA4SILAO0iCwAsIwsAPyMLAHcjCwB4IwsAwiMLAM4jCwANJAsAHCQLAFgkCwBiJAsAoyQLAK8kCwDuJAsA9SQLABEPDQBKJQsAhCULAJUlCwDPJQsA1yULABomCwAhJgsAZSYLAHMmCwCwJgsAwCYLAPsmCwALJwsARicLAGInCwBcDw0AoScLANwnCwDoJwsAJygLAC0oCwByKAsAgCgLAL0oCwDKKAsACCkLAB8pCwBTKQsAWykLAJ4pCwCsKQsA6SkLAPMpCwA0KgsAQCoLAH8qCwCVKgsAyioLAM0qCwAVKwsAMSsLAKcPDQBwKwsAqysLALUrCwD2KwsA/isLAEEsCwBQLAsAjCwLAJEsCwDXLAsA5CwLACItCwAsLQsAbS0LAG8tCwC4LQsAxi0LAAMuCwAQLgsATi4LAFEuCwDyDw0AsC4LAOQuCwDvLgsALy8LADkvCwB6LwsAgi8LAMUvCwDULwsAEDALABUwCwBbMAsAaDALAKYwCwCwMAsA8TALAPMwCwA8MQsASjELAIcxCwCUMQsA0jELANUxCwA9EA0AIDILAGgyCwB0MgsAszILALoyCwD+MgsABjMLAEkzCwBiMwsAlDMLAKgzCwDfMwsA+zMLACo0CwAyNAsA0xANAH00CwAeEQ0AzTQLAAs1CwASNQsAVjULAF41CwChNQsApjULAOw1CwD8NQsANzYLAD82CwCCNgsAkDYLAM02CwDaNgsAGDcLACU3CwBjNwsAbzcLAK43CwC0NwsA+TcLAAE4CwBEOAsAUDgLAI84CwCiOAsA2jgLAOk4CwAlOQsAMTkLAHA5CwBxOQsAuzkLAMU5CwAGOgsAFDoLAFE6CwBWOgsAnDoLAKk6CwBpEQ0A6joLADI7CwA8OwsAfTsLAH87CwDIOwsA1zsLABM8CwAzPAsAXjwLAGY8CwCpPAsAszwLAPQ8CwD6PAsAPz0LAEE9CwCKPQsAmT0LANU9CwDhPQsAID4LACg+CwC0EQ0AiT4LALY+CwDUPgsA/xENABo/CwBMPwsAUT8LAJc/CwCyPwsA4j8LAO4/CwAtQAsANUALAEoSDQCLQAsAw0ALANJACwAOQQsAGkELAFlBCwBaQQsApEELAK5BCwDvQQsA/UELADpCCwA/QgsAhUILAJJCCwCVEg0A1EILABtDCwAdQwsAZkMLAGlDCwCxQwsAuUMLAPxDCwAGRAsAR0QLAFJECwCSRAsAnkQLAN1ECwDlRAsA4BINADZFCwBzRQsAeUULAL5FCwDKRQsACUYLABhGCwBURgsAXkYLAJ9GCwCnRgsA6kYLAPlGCwA1RwsAN0cLAIBHCwCJRwsAy0cLAM5HCwAWSAsAIkgLAGFICwBpSAsAKxMNALxICwD3SAsA/0gLAEJJCwBMSQsAjUkLAJhJCwDYSQsA5EkLACNKCwArSgsAdhMNAHNKCwC5SgsAykoLAARLCwAVSwsAT0sLAFRLCwCaSwsAnksLAOVLCwDzSwsAMEwLAD1MCwB7TAsAkkwLAMZMCwDOTAsAEU0LAB1NCwBcTQsAb00LAKdNCwC2TQsA8k0LAP5NCwA9TgsAPk4LAIhOCwCSTgsA004LAOFOCwAeTwsAI08LAGlPCwB2TwsAwRMNALpPCwD/TwsADVALAEpQCwBXUAsAlVALAKxQCwDgUAsA6FALACtRCwA2UQsAdlELAHhRCwDBUQsAzlELAAxSCwATUgsAV1ILAGhSCwCiUgsAsFILAO1SCwD6UgsAOFMLAE9TCwCDUwsAi1MLAM5TCwDTUwsAGVQLAClUCwBkVAsAbFQLAK9UCwC5VAsA+lQLAAVVCwBFVQsAUVULAJBVCwCYVQsAVxQNAPRVCwAmVgsAK1YLAHFWCwCMVgsAvFYLAMhWCwAHVwsAD1cLAKIUDQBlVwsAnVcLAKxXCwDoVwsA9FcLADNYCwA0WAsAflgLAIhYCwDJWAsA11gLABRZCwAZWQsAX1kLAGxZCwDtFA0AslkLAPVZCwD3WQsAQFoLAE1aCwCLWgsAkFoLANZaCwDgWgsAIVsLACxbCwBsWwsAeFsLALdbCwC9WwsAAlwLAApcCwBNXAsAWVwLAJhcCwCrXAsA41wLAPJcCwAuXQsAOl0LAHldCwB6XQsAxF0LAM5dCwAPXgsAHV4LAFpeCwBfXgsApV4LALJeCwA4FQ0A9V4LADtfCwBKXwsAhl8LAJVfCwDRXwsA2l8LABxgCwAiYAsAZ2ALAG1gCwCyYAsAvmALAP1gCwAEYQsASGELAGRhCwCDFQ0Am2ELAN5hCwDfYQsAm2gLAOthCwApYgsA8mELAENmCwD1YQsAd24LAPdhCwCwcQsAKmILAHRiCwCKYgsAv2ILAMdiCwAKYwsADGMLAGJlCwAYYwsAVWMLAF1jCwDOFQ0AYmMLAKBjCwCjYwsA62MLAPVjCwA2ZAsAOGQLAIFkCwCSZAsAzGQLAN1kCwAXZQsAH2ULABkWDQBpZQsArWULALRlCwD4ZQsAAGYLAGQWDQBFZgsAjmYLAJRmCwDZZgsA5mYLACRnCwAsZwsAb2cLAHFnCwC6ZwsAwWcLAAVoCwAMaAsAUGgLAFhoCwCvFg0AqGgLAOZoCwDnaAsAMWkLAEdpCwB8aQsAhGkLAMdpCwDJaQsAH2wLANVpCwASagsAGmoLAPoWDQAfagsAXWoLAGBqCwCoagsAsmoLAPNqCwD1agsAPmsLAE9rCwCJawsAmmsLANRrCwDcawsARRcNACZsCwBqbAsAcWwLALVsCwC9bAsAkBcNAAptCwBLbQsATW0LAJZtCwCnbQsA4W0LAPJtCwAsbgsANG4LANsXDQB8bgsANHULAINuCwDCbgsA2G4LAA1vCwAVbwsAWG8LAGZvCwCjbwsAsG8LAO5vCwDxbwsAOXALAENwCwCEcAsAhnALAM9wCwDgcAsAGnELACtxCwBlcQsAbXELACYYDQC5cQsA+3ELAAhyCwBGcgsATXILAJFyCwCicgsA3HILAOhyCwAncwsAL3MLAHEYDQB/cwsAvXMLAMBzCwAIdAsAEnQLAFN0CwBVdAsAnnQLAK90CwDpdAsA+nQLALwYDQA8dQsAf3ULAJZ1CwDKdQsA1nULABV2CwAfdgsAYHYLAGh2CwAHGQ0ArHYLAPZ2CwAMdwsAQXcLAEl3CwCMdwsAmncLANd3CwDfdwsAUhkNAOR3CwAieAsAJXgLAG14CwB3eAsAuHgLALp4CwADeQsAFHkLAE55CwBfeQsAmXkLAKF5CwCdGQ0A6nkLAC96CwA0egsAenoLAJV6CwDFegsA03oLABB7CwAXewsAW3sLAGd7CwCmewsArHsLAPF7CwD0ewsAPHwLAEZ8CwCHfAsAjXwLANJ8CwDUfAsAHX0LACd9CwBofQsAdH0LALN9CwDKfQsA/n0LABJ+CwBJfgsAZX4LAJR+CwCcfgsA6BkNAOF+CwAqfwsAOH8LAHV/CwCGfwsAMxoNAMd/CwB+Gg0AGYALAFaACwBggAsAoYALAKyACwDsgAsA9IALADeBCwBDgQsAgoELAJWBCwDNgQsA3IELABiCCwAkggsAY4ILAGSCCwCuggsAuIILAPmCCwAHgwsARIMLAEmDCwCPgwsAnIMLABQbDQDmgwsAJYQLACiECwBwhAsAeoQLAKobDQC9hAsABoULABSFCwBRhQsAYoULAEAcDQCjhQsAixwNAO+FCwAyhgsAPIYLAH2GCwCChgsAyIYLANCGCwAThwsAGYcLAF6HCwBqhwsAqYcLAK+HCwD0hwsA/YcLAD+ICwBMiAsAiogLAJKICwDViAsA1ogLACCJCwAiiQsAa4kLAG6JCwC2iQsAuYkLANYcDQAXigsATIoLAFSKCwCXigsAo4oLAOKKCwDoigsALYsLADOLCwB4iwsAfYsLAA6MCwCkiwsAw4sLAMuLCwBsHQ0AFIwLALcdDQBvjAsApIwLAKaMCwDvjAsA/IwLADqNCwBBjQsAhY0LAI2NCwDQjQsA4I0LABuOCwAdjgsAZo4LAHSOCwCxjgsAwo4LAE0eDQADjwsAmB4NAFWPCwCSjwsAnI8LAN2PCwDojwsAKJALADCQCwBzkAsAf5ALAL6QCwDRkAsACZELABeRCwBUkQsAXpELAJ+RCwCnkQsA6pELAPmRCwA1kgsAOpILAICSCwCHkgsAy5ILANeSCwAuHw0AUZMLAGGTCwCckwsArJMLALSTCwB5Hw0AH5QLAEKUCwBOlAsAjZQLAJOUCwDYlAsA3pQLACOVCwAolQsAbpULAHSVCwDEHw0AupULAASWCwAKlgsAT5YLAFSWCwCalgsAqZYLAOWWCwDxlgsAMJcLADOXCwB7lwsAfpcLAMaXCwDOlwsAEZgLACCYCwBcmAsAYZgLAKeYCwC9mAsA8pgLAPOYCwA9mQsATpkLAIiZCwCUmQsA05kLAN2ZCwAemgsAKpoLAGmaCwBwmgsADyANAMSaCwD/mgsAC5sLAEqbCwBZmwsAlZsLAKmbCwDgmwsA75sLACucCwA8nAsAdpwLAIKcCwBaIA0AxpwLAAydCwAOnQsAV50LAGidCwDwIA0Arp0LAO2dCwDznQsAOJ4LAESeCwCDngsAi54LADshDQDUngsAGZ8LACWfCwBknwsAbJ8LAIYhDQC7nwsA+p8LAP2fCwBFoAsAT6ALANEhDQCSoAsA26ALAOmgCwAmoQsAN6ELAGciDQB3oQsAvKELAMihCwCyIg0AD6ILAFKiCwBVogsAnaILAKmiCwDoogsA9KILADOjCwA7owsASCMNAImjCwDJowsA1aMLABSkCwAcpAsAkyMNAGikCwCqpAsAu6QLAPWkCwAGpQsAQKULAEilCwCLpQsAjqULANalCwDgpQsAIaYLACOmCwBspgsAe6YLALemCwDXpgsAAqcLAAqnCwBNpwsAV6cLAJinCwCepwsA46cLAOWnCwAuqAsAPagLAHmoCwCFqAsA3iMNANCoCwAPqQsALakLAFqpCwBgqQsApakLAK6pCwDwqQsA/akLADuqCwBDqgsAhqoLAJyqCwDRqgsA06oLAByrCwA3qwsAZ6sLAHOrCwCyqwsAv6sLACkkDQADrAsASKwLAFCsCwCTrAsAqawLAN6sCwDjrAsAKa0LAC+tCwB0rQsAgK0LAL+tCwDHrQsAdCQNABeuCwBVrgsAZa4LAKCuCwClrgsA664LAPGuCwA2rwsATK8LAIGvCwCDrwsAzK8LANavCwAXsAsAJbALAGKwCwBnsAsArbALALqwCwC/JA0AB7ELAEOxCwBMsQsAjrELAJixCwDZsQsA57ELACSyCwApsgsAb7ILAHyyCwC6sgsAwrILAAWzCwAVswsAULMLAFKzCwCbswsAqbMLAOazCwD3swsACiUNADi0CwBVJQ0AgbQLAMe0CwDNtAsAErULABq1CwBdtQsAZ7ULAKi1CwCqtQsA87ULAPa1CwA+tgsAXrYLAOslDQCVtgsA1LYLANq2CwAftwsAK7cLAGq3CwBytwsANiYNAMG3CwAAuAsABrgLAEu4CwBXuAsAlrgLAJ64CwCBJg0A47gLACy5CwA6uQsAd7kLAIi5CwDMJg0Az7kLAA26CwAkugsAFycNAGK6CwCjugsAr7oLAO66CwDxugsAObsLAEO7CwBiJw0AibsLAM+7CwDYuwsAGrwLACu8CwBlvAsAbLwLALC8CwC4vAsA+7wLAAi9CwBGvQsAS70LAJG9CwCbvQsA3L0LAOS9CwAnvgsANr4LAHK+CwB3vgsAvb4LANO+CwAIvwsACb8LAFO/CwBhvwsAnr8LAK+/CwDpvwsA9b8LADTACwA8wAsA+CcNAIPACwAsAQAAh8ALAIbWDACLwAsAZ38KANbACwDpBwAAHcELALjDCwCZwgsAyyUAANvCCwCNJwAAyMMLALw0AABRxAsAXzcAAJzECwCyPgAAMcULAAE/CwAyxQsACkEAADbFCwBPzAIAOcULAC7MBQB+xQsAJ1EAABTGCwC4VgAAX8YLAI9hAAD0xgsAa2cAAEvHCwBUbwAAi8cLAEJyAADUxwsAxnUAAHDICwD6fQAAHckLAEnJCwBeywsA0LYAADvMCwBcwQAAhswLAJDJAAAczQsAdNYAALrNCwCo3gAAHc4LAPPeAABGzgsAPt8AAJvOCwCE5AAAL88LAPvlAAB5zwsAYOoAACXQCwBJ8gAAXdALAI/3AAC70AsA59ALAE7RCwB90QsAhdELAMjRCwDU0QsAAf4AABvSCwBZAAEAxdILAPTSCwD80gsAP9MLAEHTCwDLBgEAltMLABEMAQAo1AsARRQBAFjVCwCJKgEA6tULAMItAQD+1QsAfbIMAAbWCwC7sAwAM9YLAIQvAQCK1gsAkTEBAMjWCwA0NAEAEtcLAPY1AQD71wsAXkYBAFTYCwCF2AsAjdgLAKlGAQDf2AsAtkgBAFPaCwDbXwEAmtoLAN3aCwDt2gsAJmABAH/bCwCqYwEAxtsLAAncCwAZ3AsA9WMBAKvcCwCTawEAst4LAETYAQC23gsAu9kBALreCwDpfgEAxt4LAFTmAQBK3wsA0dYMAEvfCwAL3QgATt8LAIyBAQBe3wsAqgEJAJXfCwCUFAwAqd8LANeBAQC53wsASfUMAN/fCwAiggEA4t8LAOJ9CQB64AsAh4YBAMXgCwDShgEAXeELAGOMAQDu4QsA9JEBAITiCwB4lQEAyeILAA6WAQCr4wsAfuEJALfjCwAepAEA0eMLACiaAQD+4wsAuZ8BAJTkCwDTowEAKuULAP+kAQCF5QsASqUBAA/mCwDgpQEAU+YLAMGmAQA55wsA1q8BAMrnCwBTHAkAzecLADu0AQDP5wsA1i4KACboCwBX6AsAqugLAO3oCwC+6AsAUL0BAPDoCwCtowkA9+gLAGWvCQD66AsASo4JAAjpCwD9tQEADukLADmuCQCF6QsAzLkBANzpCwBDuwEAJeoLACS8AQAg7QsAjMwBAA35CwAIHAkAEvkLAKD5CwAm+QsAQ/wLAC75CwBwsAwAMvkLAF1VAgCi+QsA1TAJAKT5CwB8pwkApfkLAPK8BQCn+QsA7r8GAKr5CwCoVQIAr/kLAPNVAgCx+QsASmcDANT5CwCAqQMAufsLAC9lAgBL/AsAjvwLAI/8CwDrVgkAmPwLANqDCwCd/AsAhLsLAK38CwDV/wwA4/wLAJRpAgC9/QsAnY0CAMD9CwA7JggAwf0LAIB9AgDD/QsABnACAMT9CwABdQIAxv0LABo9AwDH/QsADncCAMj9CwBcgwIAyf0LAF5yAgDK/QsASzkDAND9CwCxeQIA9f0LABaTCwCuAAwAApICALIADADneAkA/wAMAA+UAgAEAwwATq8CAAAEDAC7ugIANQQMAGu/AgAQBQwAp84CAEAGDAC/4wIA0AYMABLrAgB3BwwAsAcMAJMIDACr2AMAlAgMAAELAwCbCAwA5ZsGACoJDACFDgMALgkMABSpBgALCgwA2yEDAPQKDADRKwMAjgsMAL8uAwAxDAwAYAwMAGgMDACrDAwAugwMAHw1AwBKDQwAJxsJAE0NDAAsOgMAlA0MANcNDACoDQwAVqwMAOENDAB3OgMAdQ4MAHI/AwDHDgwANEEDAJwPDAChTAMAhhAMAAldAwDNEAwAsW8MACwRDABbEQwAYxEMAKYRDACzEQwA3aEIALcRDAD3XwMAphIMAINqAwDYEgwAFHADAG8TDACOfQMAdBMMAKwuBwB1EwwA5TEHAHcTDACxKQcAzxMMAP4TDAAGFAwASRQMAJYUDABa5wkAnBQMAKGsDACeFAwAMYADAKAUDAAvmQoAtxQMALOcCgDnFAwA1IIDAFQVDAB1FQwAyhUMAISHAwBlFgwAQY4DAO8WDAAqlgMARBcMAIqfAwBGFwwAN5gDACIYDADioQMACBkMAI2rAwBHGQwA8q8DADEaDACvtgMAjBoMALsaDADXGgwABhsMABUbDADbtwMAmRwMAMgcDADQHAwAEx0MACIdDABY0QMAZx0MABXYAwBBHgwAaN8DAEIeDABAQAcASR4MAJ09BwBMHgwA7IUGAI0eDABW4gMAcB8MAE/4AwB6HwwA/PADALMgDADiIAwA6iAMAC0hDAAyIQwAAgkEADwhDACvAQQA+SIMAKMcBADZIwwAuCUEAIIkDACxJAwAuSQMAPwkDAACJQwA+S8EAF0lDAAyMwQA7CUMAJI8BACCJgwAmkMEACUnDABUJwwAXCcMAJ8nDACuJwwAB08EAK8nDADEVQQAyCcMAJNZBABBKAwApVYEAIgoDADLKAwA1SgMAPBWBADIKQwA9ykMAP8pDABCKgwASyoMAJZlBACXKgwAWGcEAD8rDABuKwwAdisMALkrDAC6KwwATnEEAL4rDABytgQAvysMACV8BADGKwwAC3gEAMgrDABTbAQApCwMAGN6BACFLQwAkocEANAtDABhiwQAFy4MAEKMBAC1LgwAlZMEAFkvDACILwwAkC8MANMvDADdLwwAnZoEACEwDADEoAQA0DAMAP8wDAAHMQwASjEMAFcxDACTpAQAWTEMAF2tBACaMQwAF6gEADMyDABYsgQAczMMAKIzDACqMwwA7TMMAPwzDADxvgQAuzUMAJ/UBAAWNgwARTYMAGE2DACQNgwAnTYMAMvVBADYNwwABzgMAA84DABSOAwAVTgMADvtBAAcOQwAqPgEAIE5DAAN/QQAhTkMAHfLCAAhOgwA6QIFAGI6DABtBgUAlTsMAF4VBQDiOwwADhoFAL88DACcIAcA0zwMAAYgBwDlPQwA9TIFAIU+DACEjwoAiD4MAE01BQCJPgwADY4KANA+DADROAUAwT8MAPA/DAD4PwwAO0AMAERADABQQQUAkEAMABJDBQArQQwAOUkFAIBBDABOUgUAAEIMAOxZBQCWQgwATGMFACxDDAAjbgUAyUMMAB5zBQAURAwADHYFAGFEDAD6eAUAUkUMAIFFDACJRQwAzEUMANtFDACghwUAH0YMAGJGDABxRgwABYwFAAdHDABLkQUAUEcMABCfBQBSRwwAypkFAEBIDABvSAwAd0gMALpIDAAhSQwAUEkMAFhJDACbSQwAqEkMAHivBQDzSQwA0LEFAD9KDAAJtQUAyUoMAJq6BQBpSwwADMEFAP5LDAA20wUAIk0MAFPjBQBvTQwAeukFAAVODAAy9QUAm04MAFQABgAyTwwAxgYGAJNPDADCTwwAyk8MAA1QDAAaUAwAHgkGAL9QDADuUAwA9lAMADlRDACHUQwAQBQGAClSDACYFgYAzFIMAPtSDAADUwwARlMMAFBTDACBHgYAn1MMAPgfBgDrUwwAXSQGADFUDAAsKAYA2VQMAAhVDAAQVQwAU1UMAFBWDAB/VgwAh1YMAMpWDABsVwwAcD4GALNXDAD2VwwA+FcMALs+BgDgWAwAtFQGAORYDADLTAYAMFkMABFSBgBuWQwA01MGAA1aDAB2VgYAUVoMABlZBgDuWgwAyV0GADtbDABaYwYA0VsMAP1lBgAcXAwASGYGAHdcDACmXAwArlwMAPFcDAAAXQwAoGgGAJRdDADhcgYA4l0MAL14BgDPXgwA/l4MAAZfDABJXwwAWF8MAPGABgAtYAwAa44GAJFgDADAYAwAyGAMAAthDAAaYQwAOpIGAIthDACxkwYACGIMADdiDAA/YgwAgmIMANxiDADqlgYAb2MMAMacBgDAYwwAlaAGAEtkDADxFgcATmQMAK+kBgCWZAwAkKUGAHplDACttQYAxWUMAIm7BgANZgwAarwGAANnDAAyZwwAOmcMAH1nDACJZwwAIsgGANBnDAATaAwAF2gMAE7JBgBuaAwAxcoGABBpDAA/aQwAR2kMAIppDACyaQwAyNYGANppDAA63QYAPGoMAMiYCABzagwAtmoMAOxqDADq4QYAb2sMAJdrDAB7bAwAdP0GAGBtDAAaDAcAjW4MANBuDADUbwwAUSAHAFdwDABrJAcA5XAMABspBwD6dAwAPlEHAOR1DADpWgcADHcMAE93DACGdwwAfWwHAAF4DAAweAwAOHgMAHt4DACKeAwAhXMHABl5DABceQwAk3kMANh6BwD6eQwAEX4HAG97DACljwcAVnwMAMyVBwA4fQwAiZwHADp9DABGowcAe30MAA2gBwCmfgwAVrEHAI1/DAAExwcANYAMAGSADABsgAwAr4AMALmADACv0AcAT4IMAPDaBwBUgwwAYPIHAKaDDABb9wcANYQMAPn+BwCOhAwA5wEIALWFDABpFggAB4YMAECGDAAqhwwA4yMIAJ2IDADrKggA8IgMANktCACViQwAxIkMAMyJDAAPigwAcYoMAL06CADyigwA5EAIAKKLDADRiwwA2YsMAByMDABEjAwAKkYIALuMDAC7SwgABY0MAEiNDABWjQwAUUwIAJmNDABeTggANo4MAMNSCAB1jgwAR1YIAF6PDAARXwgAYY8MAKdfCACOkAwAFGsIANGQDABAbAgAJJEMAC5vCABqkQwAhnEIANGRDAD4kQwAqpIMAD59CAABkwwAiX0IAA2UDABQlAwAgpQMAPuDCACHlAwAZYMIAB6WDAB/hwgAbZYMAG2KCAC1lgwAmYsIAJaXDAAqkQgA2ZcMAK6UCACJmAwAtZgMAByZDABLmQwAU5kMAJaZDACjmQwAw50IAO6ZDABmoAgAhJoMAICkCAAsmwwAWJsMALWbDABOpQwAwpsMAO6bDACQnAwAOLAIAJKcDAArrggALJ0MAGWdDADOnQwATbkIAJSeDADevggAiZ8MAKjHCAAYoAwA+84IALqgDADpoAwA8aAMADShDACboQwAyqEMANKhDAAVogwArqIMAL0bCQCzogwA9qIMALWiDAA3oAoAx6IMAIvRDAAAowwAod0IAJKjDACc4ggAwKQMABbwCACapQwASvgIAIamDAAH/wgAzaYMABCnDAAupwwAUv8IAI+oDABfeAoA2qgMAKp4CgA5qQwAaKkMAHCpDACzqQwAHqoMAAoLCQCcqgwAokUJABOsDAA22wwA6a0MABiuDAAgrgwAY64MALquDACZIQkAFa8MAESvDABMrwwAj68MADuwDACqTAkAXbEMAGMqCQC2sQwAuywJAIWyDADIsgwAG7MMAIgQDQBOtAwAhTUJAFi0DABZNAkALLUMAL44CQDStQwAAbYMAAm2DABMtgwAf7cMAIhBCQCNuQwAm1sJAL26DABgaQkAnLsMAE5sCQDBvAwACwkKAMS8DAD1eAoAyLwMAGN1CQDOvAwALRQKAFy9DACfvQwAqb0MAMh5CQCcvgwAy74MANO+DAAWvwwArr8MADWFCQD8vwwAbogJAHbBDAC5wQwAxcEMAGSSCQBXwgwAvJQJAKLCDADlwgwA8cIMAKqXCQCHwwwAmJoJABnEDABcxAwAc8QMAEifCQAOyQwAELkJAKfJDADAvQkAuMsMAB7YCQBXzAwAkMwMADPNDADE5gkANs0MAJjlCQAVzgwA0egJADbPDACB7QkAPc8MAI7vCQC20AwA1PQJALjQDABsLwoASNEMAAhICgBr0QwA2voMAJPRDADW0QwA7dMMABgLCgDy0wwA9v8JAPnWDABb8gwAJNcMAGfXDABq1wwA+QsKAMLXDABwDQoACdgMAFEOCgBQ2AwAk9gMAJ3YDACcDgoAO9sMAPwXCgD63AwAHiMKAATdDACQKQoAYN8MAMQxCgCp3wwApTIKAO7fDAA7MwoANOAMAGc0CgAV4QwAdDYKAPvhDAA+4gwAkeIMANTiDABy4wwAteMMAJnkDADuQwoANOUMAHflDADK5QwADeYMAOvnDAC4TAoAgegMAORNCgBS6QwApk8KAFfqDAB1UwoAdeoMAOxUCgDF6gwA4gENABHrDABEVwoAFOsMAJxZCgBW6wwA2lcKAOzrDABRWQoAh+wMAMrsDADU7AwA51kKAB3tDAClIA0AZu0MAExeCgBE7gwAvmQKAJTuDAAtAg0AGPAMAPSmCgCl8AwAwXAKAOLzDADjEQsA4vUMAMyDCgCB9gwA2YUKAFr3DABdiQoARfgMAJaMCgDW+AwA7o4KADT5DABj+QwAyvkMAPn5DABS+gwA3JEKAAX7DAAl+wwAUPsMAHD7DACb+wwAu/sMAOb7DAAG/AwAWfwMAJz8DACh/AwAFZUKAID9DADxmgoAZ/4MAN+dCgCs/gwAdZ4KAEL/DADsnwoAPwANAGsADQDVAA0Aj6IKAAoBDQBepgoAawENAJcBDQAkBQ0AGtsKAHIFDQCw2woATwYNADfrCgDlBg0AE/EKAHsHDQA69woAEQgNADX8CgCnCA0ApwILAD0JDQDBBgsA0wkNACYLCwBpCg0AAhELAAMLDQDEEgsAXAsNAI0LDQCVCw0A2AsNADgODQB7Dg0AmQ4NAHweCwBxEQ0A5zoLANIRDQBrPgsAVhINAHhACwCdEg0A0EILAOcSDQAoRQsAMBMNAKxICwCGEw0AbkoLAN0TDQAMFA0AWRQNANtVCwCuFA0AUlcLAAIVDQCqWQsAQBUNAPBeCwB/GA0AcnMLAPgZDQDffgsAPxoNAMB/CwCGGg0AyRoNAM0aDQALgAsAHBsNAF8bDQCyGw0A9RsNAAUcDQC7hAsATBwNAJyFCwCgHA0A54ULAN4cDQAhHQ0Avx0NAAIeDQBZHg0A/I4LAKAeDQDjHg0A5x4NAEePCwD0Hw0AuZULALwgDQDBnAsAPSENAM6eCwCQIQ0Ar58LANkhDQAcIg0ALCINAJCgCwBwIg0AcaELALUiDQD9Ig0AUiMNAH6jCwCjIw0AX6QLAIIkDQAKrgsAFiUNADG0CwBdJQ0AoCUNALAlDQB8tAsAOiYNALW3CwCRJg0A4bgLANomDQDCuQsAHycNAFi6CwBlJw0ArScNAA==","fail":"AAAAAAAAAADTdwAAvX0BAI29AAD8ZwUAZuMBAAQFBgAPswEAp0AJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAAyWIBABRjAQBfYwEAqmMBAAAAAAAPswEATDIJAFPEBgD1ggAAmQwAAA+zAQA/5QgAiuUIANXlCAAg5ggAcsgBADybCgBYYgkADg0DAAAAAAD8ZwUAZuMBAGbjAQDqOQkA8dABADzRAQA0/gkAWeEBAPxnBQAPswEA2vcAADwpBABTkwoA6jkJAA+zAQDpIQQAvZwAAAidAABTnQAAnp0AAOmdAACZDAAAD7MBAKdACQDbWgYAZuMBAJrrAQDTdwAARuEFAAAAAAD8ZwUAD7MBAFEtCQApLgMAaNIBABxGBwAaxgEA03cAADLbAQD08QoAP/IKADtKAgBHIgAAD7MBAPGNCAA8jggAKUAAAOYVBAD1ggAAQIMAAG9SAgDBggcADIMHAA+zAQBMMgkAU8QGAPWCAACZDAAAD7MBAD/lCACK5QgA1eUIACDmCACraQkA9mkJAEsAAABLAAAAxasHAGbjAQApQAAAD7MBAKtpCQCEegEAAAAAAPWCAABo0gEAmQwAAPQaAABjFQAABAUGAE8FBgDIrwAAE7AAAF6wAAC7bwIADncCAFl3AgAMGQgARBYAAJwtCQCJ9AkALAEAAHcBAADCAQAADQIAAFgCAACraQkA9mkJAEsAAABLAAAAOF0BAARiAwD1ggAAcpwAAGbjAQCx4wEALwgFAA+zAQCnQAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAJezAAArNwcAdjcHAAAAAABFfgAANVEBAGbjAQCa6wEAmQwAAA+zAQA4XQEABGIDAE9iAwBLAAAA9WMBAEBkAQCLZAEA1mQBACFlAQBsZQEAt2UBAAAAAAC7bwIAnY0CAIR6AQDPegEAGnsBAA+7CAAEPgkATz4JAD/lCACK5QgA1eUIACDmCAByyAEAPI4IAB7vAQAaxgEAOF0BAGArCwAEBQYAD7MBAPxnBQC3QQcAD7MBADT+CQB0QAAAv0AAAApBAABVQQAAoEEAAOtBAAA2QgAAAAAAABxGBwCtDQkAq2kJAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAACs3BwB2NwcAAAAAAEV+AAD1ggAAmQwAAOclAgA3SAgABAUGAA+zAQCraQkAESsAAFwrAACnKwAA8isAAKtKCgAaxgEA03cAAL19AQD0GgAABAUGAA+zAQCnQAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAPHQAQA80QEAGsYBAGXGAQCwxgEA+8YBAD/lCACK5QgA+RUAAEQWAACcLQkAifQJACwBAAB3AQAAwgEAAA0CAABYAgAAjb0AAFvQAQC9fQEAD7MBAFEtCQBIIAEAkyABAG9SAgA1UQEABAUGAPWCAABRLQkAnC0JAIn0CQAsAQAAdwEAAMIBAAANAgAAq0oKABrGAQDTdwAAvX0BAPQaAAAEBQYAD7MBAKdACQDIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAA8dABADzRAQAaxgEAZcYBALDGAQD7xgEAP+UIAIrlCAD5FQAARBYAAJwtCQCJ9AkALAEAAHcBAADCAQAADQIAAFgCAACNvQAAW9ABAL19AQAPswEAUS0JAEggAQCTIAEAb1ICADVRAQAEBQYA9YIAANN3AAC9fQEAOF0BALtvAgCdjQIAESsAAFwrAACnKwAA8isAAKtKCgCZDAAA9BoAAD8bAACKGwAA1RsAACAcAACrSgoARyIAAGPSBgBm4wEA+vwIAOclAgCrSgoA2vcAAGQOBgCZDAAAhHoBAD9mAAD96QkAkgsIALLpCQBecgIAvZwAAAidAABTnQAAnp0AAOmdAAA0ngAAUS0JAJwtCQCJ9AkALAEAAHcBAADCAQAADQIAAFgCAADa9wAAipIBAJkMAADnJQIAD7MBABrGAQA/pwoAp0AJAGTiBACraQkANWYKAOYVBAAxFgQAgFEBAAAAAABynAAAcpwAAPWCAACZDAAAhHoBAA+zAQBMMgkA9YIAAGMVAADSsgIA9YIAAAQFBgAPswEAWrMBANg8CQBm4wEAD7MBAEV+AACZDAAA9BoAAA+zAQAAAAAAYxUAAJMBAgDYxQcArhUAAI29AABjFQAAD7MBAEwyCQBPBQYAidUKANTVCgAaxgEA03cAAL19AQD0GgAAAAAAAGbjAQBo0gEA03cAAB54AABpeAAAtHgAAP94AABKeQAAXAwBAAQFBgD1ggAAYxUAANKyAgD1ggAABAUGAGjSAQD1ggAAQIMAAKrNAAASVQIAGsYBANN3AABG4QUAaNIBAAQFBgAaxgEAaNIBAPWCAABAgwAAqs0AABJVAgBFfgAAGsYBADhdAQAEYgMAcpwAAA+zAQCTAQIA3gECACkCAgAPswEAKzcHAHY3BwApQAAA5hUEADEWBAD1ggAAb1ICALpSAgAFUwIAD7MBAA+7CAAEPgkATz4JAD/lCACK5QgA1eUIACDmCACnQAkA21oGACZbBgCDXQEAjb0AAPWCAABjFQAArhUAAA8dAQBaHQEAmQwAAHJmCQBLAAAASwAAAMWrBwBm4wEAKUAAADdICAAEBQYAaNIBANN3AADIrwAAE7AAAF6wAABo0gEA2vcAACX4AAATmQgAAAAAADhdAQAEYgMA9YIAAGMVAAApQAAAD7MBAEwyCQBTxAYA9YIAAJkMAAAPswEAP+UIAIrlCADV5QgAIOYIAKtpCQD2aQkASwAAAEsAAADFqwcAZuMBAClAAAAPswEAp0AJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAA4rMAAEggAQCTIAEAKUAAAFnhAQBynAAAcI4BAHzyCQAPswEAKzcHAHY3BwAAAAAARX4AAPWCAACZDAAA5yUCADdICAAEBQYAD7MBABrGAQDqOQkAD7MBAKtpCQD0GgAAPxsAAIobAADVGwAARX4AAClAAAB0QAAAv0AAAGMVAAApQAAAr5cEAHKcAAAaXAIAK/EBAK+XBAD8ZwUAt0EHAA+zAQBRLQkAOF0BAEV+AACbvQEANVEBAIBRAQAPswEA03cAAMivAAATsAAA5b8AAKdACQDIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAAl7MAACs3BwB2NwcAAAAAAEV+AAA1UQEAZuMBAJrrAQAAAAAAZuMBADQQBwC3QQcAm70BAEsAAACWAAAA4QAAAA+zAQAAAAAASwAAAJYAAADhAAAALAEAAHcBAADCAQAADQIAAIWXAQDQlwEA6SEEABpcAgCX5wgA4ucIAOXUCQAw1QkAe9UJAI29AAA1UQEATIIEAHRAAABtawkA4VMHAClAAAAPswEAp0AJAFOTCgDqOQkAD7MBAFEtCQCcLQkAifQJACwBAAB3AQAAwgEAAA0CAABYAgAA6SEEADQiBAB/IgQARyIAAGPSBgCbvQEARX4AAGbjAQCa6wEAZuMBAA+zAQDpIQQAvZwAAAidAABTnQAAnp0AAOmdAAA0ngAAq2kJAPQaAABjFQAAKUAAAA+zAQCnQAkAyK8AABOwAABesAAA8dABADzRAQAaxgEAZcYBALDGAQD7xgEAP+UIAIrlCAD5FQAARBYAAJwtCQCJ9AkALAEAAHcBAADCAQAADQIAAFgCAAAPuwgABD4JAE8+CQCraQkA9BoAAAAAAADTdwAAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAEciAAD2gAEAQYEBAIyBAQD4fAMAp0AJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAAyWIBABRjAQBfYwEAqmMBAB7vAQAaxgEAOF0BAGArCwA0/gkAWeEBAHuKCQCnQAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAADdICABFfgAAmQwAADBWAQCAUQEAm70BAA+zAQDa9wAAZA4GAFkaBQAcRgcA03cAAFOTCgDSsgIADg0DANr3AAAPswEAAAAAAHKcAABwjgEArqEKAPmhCgBjFQAAHu8BAGnvAQC07wEAEO8AALtvAgAQ7wAA03cAAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAABHIgAA9oABAEGBAQCMgQEAAAAAAPxnBQC3QQcAm70BAOa9AQCZDAAA9BoAAFkaBQD48wQAQ/QEAJkuCwBMggQAjekBAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAGj0DAGU9AwCwPQMA+z0DAEY+AwCRPgMA3D4DACc/AwByPwMAPzAJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAgFEBAD8bAACKGwAA1RsAACAcAACa6wEAQIMAAKrNAAASVQIAp0AJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAAyWIBABRjAQBfYwEAqmMBAGjSAQBm4wEAmusBAOXrAQA5JQsAmQwAAPQaAAAEBQYAD7MBAKtKCgBaEwsAOF0BAINdAQDOXQEAGV4BAGReAQCvXgEAjb0AAFvQAQC9fQEAD7MBACs3BwB2NwcAwTcHAAw4BwBXOAcAojgHAA+zAQBFfgAAmQwAADBWAQCAUQEAm70BAA+zAQCnQAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAJezAADa9wAAZA4GAFkaBQAcRgcA03cAAFOTCgDSsgIADg0DAClAAABo0gEA03cAANtaBgAmWwYAg10BAI29AAD1ggAABAUGAA+zAQCrSgoAZuMBADQQBwAaxgEA03cAABrGAQA4XQEAYCsLANN3AADIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAA9YIAAECDAACqzQAAElUCAB54AABpeAAAtHgAAP94AABKeQAAwVsBAAxcAQBXXAEAolwBAO1cAQD1ggAAQIMAAKrNAAASVQIAV6cBAHKcAAD1ggAASwAAAClAAACvlwQA/GcFAA+zAQBi2QAAAAAAAAAAAAAAAAAA+HwDACs3BwB2NwcA03cAAL19AQDkDAAAt0EHALtvAgA0CAAARX4AAJkMAAD0GgAAPxsAAGMVAAAe7wEAae8BALTvAQDrKggANisIAIErCABRLQkAnC0JAIn0CQAsAQAAdwEAAMIBAAANAgAAWAIAAD/lCACK5QgA1eUIACDmCACnQAkA21oGACZbBgCDXQEAjb0AAPWCAAAEBQYAYxUAAK4VAAD5FQAAp0AJAB54AABpeAAAtHgAAP94AABKeQAAlXkAADT+CQBZ4QEAe4oJADT+CQB0QAAANVEBAA4NAwBZDQMAb1ICABxGBwBtawkAmQwAAOclAgCNvQAANVEBAEyCBAB0QAAAD7MBACs3BwCx4wEAGsYBABrGAQA1UQEATIIEANr3AAAAAAAAD7MBAFqzAQClswEA8LMBADu0AQAPswEAUS0JADhdAQBgKwsA03cAAL19AQD0GgAA6SEEABxGBwCtDQkAWRoFAJMBAgAPswEA6jkJAPxnBQDhUwcAZuMBAA+zAQDpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQA9iMEALDyAgD78gIARvMCAKtpCQD0GgAA4fYJAClAAACvlwQAgFEBAJu9AQAAAAAAYxUAAG9SAgC6UgIABVMCAARiAwAEBQYATwUGAB54AABpeAAAtHgAAP94AABKeQAA/X8KAN4BAgApAgIANVEBADVRAQCbvQEAYxUAAB7vAQAAcgYARX4AAGbjAQCa6wEAZjsEAFPEBgD1ggAAmQwAAGMVAACuFQAADx0BANr3AAA8KQQAK/EBAHKcAAAEBQYA9YIAAGMVAADSsgIA9YIAAAAAAAD8ZwUAm70BADVRAQCAUQEAD7MBAFqzAQClswEA8LMBADu0AQBaswEA2DwJAGbjAQAPswEARX4AAJkMAAD0GgAAPxsAAA+zAQBaswEApbMBAPCzAQA7tAEAWrMBANg8CQBm4wEAD7MBAEV+AACZDAAA9BoAAA+zAQCnQAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAJezAADJYgEAFGMBAF9jAQCqYwEAD7MBAEV+AACZDAAA9BoAAD8bAABjFQAAHu8BAGnvAQBvUgIAwYIHAAyDBwD6/AgAMFYBAPxnBQC3QQcANVEBAIBRAQDSsgIAVF0DAIqSAQDa9wAAD7MBAKtpCQD2aQkASwAAAEsAAADFqwcAZuMBAClAAAA3SAgABAUGAA+zAQCnQAkAbrQKADVRAQAPswEAb1ICAMGCBwAMgwcA+vwIADBWAQD8ZwUAt0EHAA+zAQAPuwgAAAAAAJkMAACEegEAz3oBALtvAgCZDAAAOF0BAA+zAQArNwcANBAHAOFTBwApQAAAr5cEAIBRAQD1ggAAmQwAAJkMAACEegEA9BoAAD8bAACvlwQA/GcFALdBBwD1ggAAQIMAAKrNAAASVQIA03cAADVRAQBgKwsAu28CAIB9AgB5JAgA3p8JACmgCQB0oAkAv6AJAAqhCQBVoQkAKzcHALHjAQD84wEAR+QBAEciAAD2gAEAQYEBAIyBAQD1ggAAQIMAAKrNAAASVQIAAAAAANN3AABvUgIAulICADLbAQA4XQEA03cAAFOTCgCbvQEAMtsBANN3AAC9fQEACH4BAFN+AQCefgEA6X4BADR/AQB/fwEAyn8BABWAAQBggAEAq4ABAPxnBQDa9wAASwAAAJYAAACEEAIAmS4LAA4NAwDkDAAAt0EHAEciAAD2gAEAQYEBAAvdCABW3QgARX4AADhdAQApQAAAr5cEAEsAAAA4XQEAYCsLAKsrCwD2gAEAQYEBAAvdCABW3QgAvRsJAPQaAAA/GwAAqs0AABJVAgAAAAAAD7MBABrGAQBlxgEAsMYBAPvGAQBGxwEAkccBANzHAQB72gQAOF0BAGArCwCrKwsA9isLAEEsCwBL9gkAlvYJAA+zAQArNwcAmS4LAOQuCwAvLwsAei8LAHvaBADG2gQAWrMBAKWzAQDwswEAO7QBAAAAAABL9gkAD7MBACs3BwCZLgsA5C4LAC8vCwB6LwsAe9oEAMbaBABaswEApbMBAPCzAQA7tAEAWrMBAKWzAQDwswEAO7QBANeBAQD4fAMADY4KAFiOCgCjjgoA7o4KADmPCgAAAAAARX4AAJB+AADSsgIATIIEADLbAQCIAwsABAUGAJMBAgBFfgAAkH4AANKyAgBMggQAMtsBAAcMCwBm4wEAseMBAC8IBQBkDgYAjb0AAPxnBQBm4wEAkwECADLbAQDTdwAAvX0BAAh+AQBTfgEAnn4BAOl+AQA0fwEAf38BAMp/AQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAAAAAAEciAAD2gAEAQYEBAIyBAQBLAAAAO68GAFkaBQApQAAAN0gIAG9SAgC6UgIABVMCAFBTAgCbUwIAmQwAAA+zAQA0/gkAWeEBAHuKCQAaxgEAP6cKAAAAAACnQAkAsJAKAPuQCgBGkQoAkZEKANyRCgAnkgoAcpIKAPGNCABAgwAAqs0AABJVAgC7bwIAAAAAAPxnBQApQAAAu28CAHKcAABwjgEAu44BAAaPAQBRjwEAnI8BAJrrAQBmOwQAD7MBAEV+AACZDAAAMFYBAIBRAQCbvQEAD7MBAEv2CQCW9gkA8Y0IAAAAAAA4XQEAAAAAAEV+AADTdwAA21oGAAAAAAAAAAAARX4AAClAAAAPswEAjb0AAFvQAQC9fQEAD7MBAPGNCAAAAAAARX4AANN3AAAcRgcAbWsJAOFTBwAsVAcAd1QHAMJUBwAaxgEADVUHAFhVBwCjVQcAGsYBAOkhBAA0IgQAfyIEADvJCgCGyQoA0ckKAOkhBAA0IgQAfyIEADvJCgCGyQoA0ckKANN3AABTkwoAAAAAAA+zAQCbvQEA5r0BADG+AQAAAAAAKUAAADdICADNdAkAGHUJADLbAQD7GQkARhoJAOo5CQApQAAAN0gIAM10CQAYdQkAMtsBAH3bAQCx4wEA/OMBAEfkAQCS5AEAmQwAAOYVBADWTQkA/OMBAEfkAQCS5AEAKUAAAHRAAABm4wEANBAHAI29AAAAAAAAZuMBAJrrAQD+hwEAlUgEAFkaBQApQAAAmQwAADLbAQCX3wEA4t8BAC3gAQB44AEAw+ABAA7hAQApQAAAWeEBAL+BCgB0QAAAZuMBADQQBwD8ZwUAMtsBAJffAQB0QAAAZuMBADQQBwCNvQAAAAAAANN3AAA1UQEADg0DAPQaAABo0gEA9YIAAECDAACqzQAAElUCADLbAQCX3wEAdEAAAGbjAQA0EAcAjb0AADLbAQCX3wEAdEAAAGbjAQA0EAcA6jkJAEsAAAA7rwYA9YIAAECDAACqzQAAElUCAPWCAABHIgAAkiIAAECDAACa6wEAYxUAAHKcAAD1ggAA9YIAAECDAACqzQAAElUCANN3AAAvCAUAZA4GAPWCAABAgwAAqs0AABJVAgApQAAAKUAAAOYVBAAxFgQAGsYBAGXGAQCwxgEAN0gIAPWCAABAgwAAqs0AABJVAgDa9wAAZA4GAClAAAB0QAAAbWsJAAQFBgD1ggAAQIMAAKrNAAASVQIAOF0BADhdAQBLAAAAxasHADVRAQCAUQEAKUAAADdICABdEgkAmusBALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQBm4wEAmusBAOXrAQAw7AEAe+wBAMbsAQAR7QEAXO0BAKftAQDy7QEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAAAAAAD1ggAA6jkJAPWCAABAgwAAqs0AABJVAgAEBQYA9YIAALUrAQD4sAsAQIMAAKrNAAASVQIAAAAAAPWCAABAgwAANBAHAAQFBgD5HQcAb1ICADVRAQAODQMAMFYBAPxnBQC3QQcA9YIAAECDAACqzQAAElUCABrGAQD8ZwUA4VMHAJB+AACA0AkAOF0BAINdAQBynAAAGlwCAJfnCABgKwsAQIMAAKrNAAASVQIAU5MKAJu9AQCSCwgA9YIAAECDAACqzQAAElUCAGbjAQCbvQEARX4AANr3AABkDgYAYxUAAClAAAA3SAgAXRIJAKrNAAASVQIA/GcFAOFTBwApQAAAWeEBAEciAAAaxgEA/GcFAOFTBwCQfgAAgNAJAJkMAAD0GgAAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BANN3AAC9fQEACH4BABErAAAaXAIAvX0BAOclAgA3SAgAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAFPEBgBHaAUAkmgFAEGoBwCMqAcA16gHACKpBwBtqQcAuKkHAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAWRoFAPjzBABD9AQA+vwIADBWAQD8ZwUAt0EHAPWCAABAgwAAqs0AABJVAgApQAAA03cAAB54AACTAQIA/GcFAG9SAgDBggcADIMHAEciAAA4XQEAg10BAI29AAD1ggAAQIMAAKrNAAASVQIAr5cEAPqXBACfXQMAOF0BAGArCwDa9wAAZA4GAGMVAAApQAAAN0gIAAQFBgD1ggAAQIMAAKrNAAASVQIAmQwAAHJmCQBLAAAASwAAAMWrBwBm4wEAKUAAADdICAAEBQYAU8QGAEdoBQCSaAUAQagHAIyoBwDXqAcAIqkHAG2pBwC4qQcA9YIAALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQA4XQEAOF0BAGArCwCbvQEAaEQIANtaBgDTdwAAhBACAM8QAgAaEQIAZRECALARAgD7EQIARhICAJESAgC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAZuMBALHjAQDqOQkANVEBAIBRAQCgAwIA6wMCADYEAgC9EwIACBQCAFMUAgCeFAIA6RQCADQVAgB/FQIAyhUCABUWAgBgFgIAqxYCAPYWAgBBFwIAjBcCANcXAgAiGAIAbRgCALgYAgADGQIA2vcAABrGAQA/pwoAQIMAAEciAADYPAkAZuMBANr3AAA8KQQAK/EBADdICAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAt0EHAHKcAAD48wQAQ/QEAI70BADZ9AQAJPUEAG/1BADa9wAAJfgAABOZCAD5HQcAkScLAGPSBgBynAAAGlwCACvxAQCvlwQA/GcFALdBBwD1ggAAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAAAAAADTdwAA21oGAEV+AAD1ggAA9YIAAECDAACqzQAAElUCADQQBwANeQEANP4JAOkhBADqOQkANToJAIA6CQDLOgkAFjsJAPWCAABAgwAAqs0AABJVAgBjFQAAKUAAANN3AAAr8QEAr5cEAPxnBQC3QQcA9YIAAECDAACqzQAAElUCANN3AABTkwoAYxUAAK4VAAAPHQEAJ8gBAAiGCABj0gYA2B0KAKADAgAPswEAq2kJAD5WAgDa9wAAGsYBAPxnBQA1UQEAmjYCANN3AAAr8QEAr5cEAPxnBQC3QQcAD7MBAPGNCABAgwAAqs0AABJVAgBaswEApbMBAPCzAQA7tAEAAAAAAA+zAQAPuwgAWrsIAHKcAABwjgEAu44BAAaPAQBRjwEAK/EBAK+XBAAaxgEAOF0BAGArCwA0/gkAjekBANjpAQAj6gEA6SEEABpcAgBlXAIAsFwCAPtcAgBGXQIAkV0CANxdAgAnXgIAcl4CAL1eAgAIXwIAU18CAJ5fAgDpXwIANGACAH9gAgAAAAAARX4AAJB+AACA0AkAy9AJABbRCQBh0QkArNEJAPfRCQDpIQQAGlwCAGVcAgCwXAIA+1wCAEZdAgCRXQIARX4AAJkMAAA0/gkAWeEBAPxnBQAPswEA2vcAADwpBABTkwoAP+UIAIrlCADV5QgAIOYIAHLIAQA8jggAh44IAOFTBwCbvQEA2vcAAENwAQAODQMAhHoBADBWAQCAUQEAm70BAA+zAQArNwcAdjcHAClAAABFfgAAZuMBAEwyCQD1ggAAWRoFAL2cAABOGQIAhBACAJrrAQBmOwQAD7MBAKdACQBTkwoABAUGAA+zAQA/5QgAiuUIANXlCAAg5ggARX4AAJkMAAD0GgAAD7sIAFq7CADLUQEAFlIBAGFSAQCsUgEA91IBAN5rAQD8ZwUAR2gFAJJoBQBBqAcAjKgHANeoBwAiqQcAbakHAFRdAwCfXQMA6l0DADVeAwCAXgMAy14DAAQFBgAPswEAp0AJAFOTCgAEBQYAD7MBAD/lCACK5QgA1eUIACDmCABFfgAAmQwAAPQaAACraQkAPlYCAIlWAgDUVgIAH1cCAGpXAgBhOwkArDsJAPc7CQBCPAkAjTwJAFOTCgDSsgIAcpwAALtvAgA7JggARX4AAJB+AAApQAAAr5cEAPqXBABFmAQApk8KAECDAACqzQAAElUCAA+zAQD8ZwUA4VMHAClAAAAPswEA/GcFAEciAAAPswEAGsYBAPxnBQDhUwcAkH4AAIDQCQArNwcAseMBAHcOAgDCDgIAN0gIAIJICADNSAgAKUAAAA+zAQA0/gkAWeEBAHuKCQCnQAkARuEFAAQFBgAPswEAjb0AADVRAQBMggQAdEAAAA+zAQD8ZwUAb1ICAMGCBwAMgwcARyIAADhdAQCDXQEAq2kJAPZpCQBBagkAjGoJAOYVBADWTQkAIU4JAEwlBwAPswEAjb0AADVRAQBMggQAdEAAAA+zAQD8ZwUAb1ICAMGCBwAMgwcARyIAADhdAQCDXQEA2vcAAIqSAQDVkgEAIJMBAGuTAQC2kwEAAZQBAOo5CQAPswEAjb0AADVRAQBMggQAdEAAAA+zAQD8ZwUAb1ICAMGCBwAMgwcARyIAADhdAQCDXQEATDIJAJcyCQBvUgIANVEBAAQFBgD1ggAAjb0AADVRAQBMggQAdEAAAA+zAQD8ZwUAb1ICAMGCBwAMgwcARyIAADhdAQCDXQEANVEBAJo2AgAPswEAUS0JAMWrBwA1UQEAgFEBAClAAAA3SAgAXRIJAA+zAQBMMgkA9YIAAECDAACa6wEA5esBADDsAQB77AEAxuwBABHtAQBc7QEAkwECAN4BAgAEBQYAD7MBAKdACQAr8QEAEO8AAFvvAAAaXAIAl+cIAOLnCADl1AkAMNUJAHvVCQDG1QkAEdYJAFzWCQCn1gkA8tYJAD3XCQCI1wkA09cJAB7YCQBp2AkAtNgJAP/YCQBK2QkAldkJAODZCQAr2gkAdtoJAMHaCQAM2wkAV9sJAKLbCQDt2wkAONwJAIPcCQDO3AkAGd0JAGTdCQCv3QkA+t0JAEXeCQCQ3gkA294JACbfCQBx3wkANVEBAIBRAQCgAwIA6wMCADYEAgA7lQIAhpUCANGVAgAclgIAZ5YCALKWAgD9lgIASJcCAJOXAgDelwIAKZgCAHSYAgC/mAIATDIJAE8FBgCJ1QoA1NUKABrGAQDTdwAAvX0BAPQaAACraQkAPlYCAJ3/CADo/wgAMwAJAH4ACQAPswEAD7sIAAQ+CQBPPgkAq2kJADVmCgCAZgoAhBACAClAAACvlwQAgFEBAJu9AQAPswEARX4AAJ7JAQBFfgAAKUAAAClAAACvlwQAgFEBAJu9AQAPswEATDIJAFPEBgCNvQAAD7sIAFq7CACluwgAKzcHAHY3BwCuIgIApBoFAG9SAgDBggcADIMHAOo5CQAPswEA2vcAACX4AAATmQgA03cAAEbhBQD5HQcAgFEBAJu9AQAPswEAKzcHAHY3BwBmOwQAsTsEAPw7BABckAQAD7sIAAQ+CQBPPgkAOF0BAINdAQAh3AIAbNwCALfcAgAC3QIATd0CAJjdAgA0/gkAdEAAAL9AAABPzAIAmswCAOXMAgAwzQIAvX0BAPQaAADh9gkAD7MBAA+7CABauwgApbsIANr3AABkDgYArw4GACX4AABm4wEAD7sIAAQ+CQBPPgkAD7sIAFq7CACluwgAx8YIABLHCABdxwgAUS0JAEggAQCTIAEAtV8JAABgCQBLYAkAlmAJAA+zAQD8ZwUARyIAAA+zAQCraQkANWYKAIBmCgCEEAIAKUAAAK+XBACAUQEAm70BAA+zAQBFfgAAAkIHAE1CBwCYQgcA40IHAC5DBwB5QwcAxEMHAA9EBwA0/gkAWeEBAHuKCQCraQkA9BoAAD8bAACKGwAA1RsAACAcAABrHAAAp0AJACvxAQD8ZwUAt0EHAA+zAQCraQkA5AwAAHvnBgDG5wYAEegGAFzoBgAPswEASwAAAClAAACvlwQAgFEBAJu9AQAPswEA6SEEADQiBAB/IgQAyiIEABUjBABgIwQAqyMEAPYjBACw8gIA+/ICAEbuBwCR7gcA/GcFALdBBwAPswEARX4AAJB+AADSsgIAV6cBAA+zAQBMMgkAU8QGANr3AAA8KQQANVEBAIBRAQAPswEAq2kJAOQMAAB75wYAxucGABHoBgBc6AYAD7MBAOFTBwAsVAcAd1QHAMJUBwANVQcAWFUHAKNVBwDuVQcAOVYHAIRWBwDPVgcAGlcHAGVXBwCwVwcA+1cHAEZYBwCRWAcA3FgHAKtpCQD0GgAAPxsAAIobAADVGwAAIBwAALtvAgCZDAAAD7MBADT+CQB0QAAAv0AAAApBAABVQQAAoEEAAOtBAAA2QgAAgUIAAMxCAAAXQwAARX4AAJB+AABjFQAA0rICAIBRAQCbvQEAD7MBAPxnBQC3QQcAD7MBALE2CQBtawkAmQwAADhdAQCDXQEAcpwAABpcAgCX5wgA4ucIAAAAAAA4XQEAmQwAAOclAgAyJgIAK/EBADdICAANeQEAAAAAAAAAAAAAAAAAAAAAAAAAAAB6ZQIAxWUCAA15AQAAAAAAemUCAMVlAgDAagIANCIEAK7fCAD53wgAROAIAI/gCADa4AgAJeEIAHDhCAC74QgAEwgDAF4IAwCpCAMA9AgDAD8JAwCKCQMA1QkDACAKAwBrCgMAtgoDAAELAwBMCwMAlwsDAOILAwAtDAMAfyIEAMoiBAAVIwQAYCMEAKsjBAD2IwQAsPICAPvyAgBG8wIAkfMCANzzAgAn9AIAcvQCAL30AgAI9QIAU/UCAJ71AgDp9QIANPYCAH/2AgDGEwgAERQIAFwUCACnFAgA8hQIAD0VCACIFQgA0xUIAB4WCABpFggAtBYIAP8WCABKFwgAlRcIAOAXCAArGAgAdhgIAJu9AQC7bwIAcpwAAHCOAQA7SgIAOfECAITxAgDP8QIAGvICAGXyAgCw8gIA+/ICABrGAQDTdwAAmQwAAG4WAwC5FgMAYCsLALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQBecgIA10MDACJEAwBtRAMAuEQDAANFAwBORQMAmUUDAORFAwAvRgMAekYDAJHzAgDc8wIAWrMBAKWzAQDwswEAO7QBADGAAwB8gAMAx4ADABKBAwBdgQMAqIEDAPOBAwA+ggMAiYIDAPGNCAA8mwoAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAwi0BAI29AAAcRgcANVEBAJo2AgBgKwsA6SEEADQiBAB/IgQAyiIEABUjBABgIwQAqyMEAPYjBABBJAQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQA9iMEALDyAgD78gIARvMCAEcdBQCSHQUA3R0FACgeBQBzHgUAvh4FAD5WAgCJVgIAcpwAAEsAAAApLgMAMtsBABjsCgBj7AoAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAmQwAADLbAQD08QoAGlwCAGVcAgCwXAIA+1wCAEZdAgBynAAAcI4BADtKAgA58QIAhPECAM/xAgAa8gIAYxUAAK4VAACNvQAA9YIAAECDAACqzQAAElUCAD/yCgA7SgIAOfECAITxAgDP8QIAGvICAGXyAgCw8gIA+/ICAAQFBgBTxAYA9YIAAJkMAABjFQAArhUAAA8dAQA3SAgAtSsBAFhiCQAODQMA5yUCADdICABdEgkAqs0AABJVAgAPswEA6SEEABpcAgCX5wgA4ucIAC3oCABaswEApbMBAPCzAQA7tAEA2vcAAEsAAADFqwcAZuMBAClAAAA3SAgAXRIJAKrNAAASVQIAOF0BAARiAwBPYgMASwAAAMk2AAAy2wEAiAMLADVRAQAaxgEAKg0FALHjAQCEEAIA6jkJAA+zAQA/5QgAiuUIANXlCAAg5ggAOF0BAINdAQAh3AIAbNwCAPWCAAAEBQYAu28CADhdAQCDXQEAIdwCAGzcAgC33AIAAt0CAE3dAgCY3QIANP4JAHRAAAC/QAAAEO8AAEsAAADFqwcAmQwAAOclAgCbvQEAZuMBAJrrAQCZDAAAbhYDALkWAwAQ7wAAD7MBAKdACQAeeAAATCUHAJclBwDiJQcALSYHACs3BwB2NwcAriICAKQaBQBm4wEABAUGAA+zAQCnQAkARuEFAJHhBQDc4QUAJ+IFADdICABdEgkAMtsBAA+zAQDa9wAAQ3ABAA4NAwCEegEAMFYBAIBRAQCbvQEAD7MBAKdACQBk4gQAm70BAJILCADa9wAAD7MBAA+7CABMggQAl4IEAEwyCQD1ggAASwAAADuvBgBtlwoAuJcKAJkMAAAPswEA/GcFALdBBwAAAAAAAAAAALtvAgCAfQIAeSQIAMQkCAAPJQgAWiUIAPGNCABAgwAAqs0AABJVAgA0/gkAWeEBAHuKCQDpIQQANCIEAH8iBADKIgQAFSMEAGAjBAAnhQgAcoUIAL2FCAB//gkAXRIJAKgSCQDzEgkAPhMJAIkTCQDUEwkAHxQJAGoUCQC1FAkATDIJALRPCwD1ggAANP4JAFnhAQB7igkA6SEEADQiBAB/IgQAyiIEABUjBABgIwQAqyMEAPYjBACw8gIA+/ICAEbzAgCR8wIAr5cEAPqXBABFmAQAkJgEANuYBACZLgsATIIEADdICADpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQAaNIBALPSAQCvlwQA+pcEAEWYBACQmAQA25gEACaZBAA0IgQAfyIEAMoiBAAVIwQAYCMEAKsjBAD2IwQAQSQEAIwkBADXJAQAIiUEAG0lBACraQkA9BoAAD8bAACKGwAA1RsAACAcAAC7bwIAXnICANdDAwAiRAMAbUQDALhEAwADRQMATkUDAJlFAwDkRQMAL0YDAHpGAwDFRgMAEEcDAFtHAwCmRwMA8UcDADxIAwCR8wIAr5cEAPqXBABFmAQABAUGAA+zAQD8ZwUA4VMHAA53AgBZdwIADBkIAOXzCAA0EAcA4VMHAClAAAA3SAgANP4JAFnhAQB7igkAsTYJAG1rCQCZDAAA9YIAAClAAACNvQAA/GcFAGbjAQCTAQIAD7MBAA+7CAAEPgkATz4JAEV+AACQfgAAZuMBAJrrAQDTdwAAHngAABxGBwDTdwAAGsYBADhdAQAAAAAAD7MBAJMBAgCBDAkAgFEBAKADAgC7bwIAXnICANdDAwAiRAMAbUQDALhEAwADRQMATkUDAPHQAQA80QEA6SEEABpcAgAdMgsAaDILALMyCwCy6QkAnY0CAOQMAADa9wAAZA4GABDvAAApQAAAD7MBAOkhBAA0IgQAfyIEAMoiBAAVIwQAYCMEAKsjBAAnhQgAcoUIAL2FCADqOQkAmQwAAG4WAwC5FgMAAAAAALtvAgAFmQcAQIMAAKrNAAASVQIAcpwAAHCOAQA7SgIAOfECAITxAgDP8QIAGvICAGXyAgCw8gIA+/ICADuiBABAgwAAqs0AABJVAgAcRgcA6jkJAAAAAAAAAAAAAAAAAHplAgDFZQIADXkBAAAAAAAAAAAAAAAAAAAAAAB6ZQIAxWUCAMBqAgA0IgQAfyIEAMoiBAAVIwQAYCMEAKsjBAD2IwQAsPICAPvyAgBG8wIARx0FAJIdBQDdHQUAKB4FAHMeBQC+HgUA2vcAAO20AwA4tQMAg7UDAM61AwAEBQYAGsYBAA+zAQDa9wAAJfgAABOZCABemQgAqZkIANr3AADttAMAOLUDAIO1AwDOtQMAcpwAAL2cAAAInQAAU50AAJ6dAADa9wAAipIBAJB+AADSsgIAcpwAABpcAgAr8QEAr5cEAPxnBQC3QQcAmQwAAPQaAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAXnICANdDAwDGawoAx8sDABLMAwBdzAMAqMwDAPPMAwA+zQMAic0DANTNAwAfzgMAas4DALXOAwAPswEAOF0BAARiAwCAUQEAkwECAA+zAQBaswEApbMBAPCzAQBTHAkAnhwJAKdACQBG4QUABAUGAGbjAQCa6wEAmQwAAIR6AQBL9gkAYtkAAHjtAwBtawkAmQwAAOclAgDpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQAJ4UIAHKFCAC9hQgAp0AJAFOTCgDqOQkAD7MBAPxnBQBHIgAAD7MBADT+CQB0QAAAv0AAAApBAABLAAAAO68GAFkaBQA1UQEA0Z0JAGPSBgD1ggAABAUGAA+zAQDa9wAA7bQDADi1AwCDtQMAzrUDAOL5BQCxNgkAbWsJAJkMAADnJQIA2vcAAO20AwA4tQMAg7UDAM61AwDi+QUALfoFAHj6BQDD+gUADvsFAFn7BQCk+wUA7/sFAGM8BgBtawkAmQwAAOclAgAPswEAHEYHAOo5CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPh8AwBDfQMAsSkHAPwpBwBHKgcAkioHAN0qBwAoKwcAcysHAL4rBwAJLAcAVCwHAJ8sBwDqLAcANS0HAIAtBwDLLQcAFi4HAGEuBwCR8wIAr5cEAPqXBABFmAQABAUGAA+zAQD8ZwUA4VMHAPxnBQBHaAUAkmgFAEGoBwCMqAcA16gHACKpBwBtqQcAuKkHAA+zAQA0/gkAr5cEAPqXBABFmAQABAUGAA+zAQD8ZwUA4VMHAARiAwBo0gEAmQwAAG4WAwC5FgMAaNIBAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAXnICANdDAwAiRAMAbUQDALhEAwADRQMATkUDAJlFAwDkRQMAL0YDAHpGAwDFRgMAEEcDAFtHAwCmRwMA8UcDADxIAwCR8wIAr5cEAPqXBABFmAQABAUGAA+zAQD8ZwUA4VMHAPxnBQBHaAUAkmgFAEGoBwCMqAcA16gHACKpBwBtqQcAuKkHAA+zAQA0/gkAr5cEAPqXBABFmAQABAUGAA+zAQD8ZwUA4VMHAJHzAgCvlwQA+pcEAEWYBAAEBQYAD7MBAPxnBQDhUwcA/GcFAEdoBQCSaAUAQagHAIyoBwDXqAcAIqkHAG2pBwC4qQcAD7MBADT+CQCvlwQA+pcEAEWYBAAEBQYAD7MBAPxnBQDhUwcAZuMBAJkuCwCaNgIAg10BAM5dAQDqOQkAaNIBAHKcAABwjgEAO0oCADnxAgCE8QIAz/ECABryAgBmWgMAq0oKAFoTCwBFfgAAkH4AAM/kAAAa5QAAZeUAALDlAAD75QAARuYAAJHmAAB63AMAxdwDABDdAwBb3QMApt0DAPHdAwA83gMAh94DANLeAwAd3wMAgFEBAJu9AQAPswEANP4JAFnhAQBynAAAcI4BADtKAgA58QIAhPECAM/xAgAa8gIAZfICAHIgBAC9IAQACCEEAFMhBACeIQQARX4AAJB+AADSsgIAV6cBAA+zAQCraQkA5AwAAHvnBgDG5wYAEegGAFzoBgC7bwIA03cAAFenAQBm4wEAmusBAClAAADmFQQAMRYEAPWCAACZDAAASwAAADuvBgCGrwYAqs0AAJrrAQAAAAAARX4AAPWCAACZDAAA5yUCADdICABdEgkAqs0AABJVAgA7JggAhiYIANEmCAAeeAAAHEYHAK0NCQAEBQYAD7MBADT+CQB0QAAAv0AAANr3AAA8KQQAhykEAA+zAQArNwcAdjcHAClAAADmFQQAMRYEAPWCAACZDAAAD7MBAFEtCQACMAoAhq8GAA+zAQArNwcAdjcHAAAAAABFfgAA9YIAAJkMAADnJQIAD7MBADhdAQAEYgMAVF0DAENwAQAEBQYA+R0HAA4NAwC7bwIAcpwAABpcAgBlXAIAsFwCAPtcAgBGXQIAcpwAAHCOAQA7SgIAOfECAITxAgDP8QIAGvICAOPGCgBdEgkAqs0AABJVAgARKwAAvZwAAAidAABTnQAAnp0AAOmdAAC7bwIAcpwAABpcAgBlXAIAsFwCAPtcAgBGXQIAcpwAAHCOAQA7SgIAOfECAITxAgDP8QIAGvICAOPGCgBdEgkAqs0AABJVAgD1ggAABAUGAPkdBwAODQMAESsAAHCOAQA7SgIAOfECAITxAgDP8QIAGvICAGXyAgCw8gIA+/ICADuiBACGogQA0aIEAByjBABnowQAsqMEAP2jBABIpAQAXa0EAKitBACu3wgA+d8IAETgCACP4AgA2uAIACXhCABw4QgAu+EIAJu9AQCSCwgA3QsIAA+zAQCnQAkAZOIEACs3BwB2NwcAmQwAAOQMAADhUwcAZuMBAHKcAABLOQMAljkDAOE5AwAsOgMAdzoDAMI6AwANOwMAWDsDAKM7AwDuOwMAOTwDAIQ8AwDPPAMA/ocBAEmIAQCUiAEA34gBACqJAQD0bQcAP24HAIpuBwDVbgcAIG8HAGtvBwC2bwcAAXAHAExwBwCXcAcA4nAHAC1xBwB4cQcAw3EHAA5yBwBZcgcApHIHAO9yBwA6cwcAcI4BADtKAgA58QIAhPECAM/xAgAa8gIAZfICALDyAgD78gIAO6IEAIaiBADRogQAHKMEAGejBACyowQA/aMEAEikBAAGcAIAUXACAM/kAAAa5QAAZeUAALDlAAD75QAARuYAAJHmAAB63AMAxdwDABDdAwBb3QMApt0DAPHdAwD0GgAAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAF5yAgDXQwMAIkQDAG1EAwC4RAMAA0UDAE5FAwCZRQMA5EUDAC9GAwB6RgMAxUYDABBHAwBbRwMApkcDAPFHAwA8SAMAUS0JALUzCAAANAgASzQIAJY0CADhNAgALDUIAHc1CADCNQgADTYIAFg2CACjNggA7jYIADk3CACENwgAzzcIABo4CABlOAgAsDgIAPs4CABGOQgAkTkIANw5CAAOdwIAWXcCAAwZCADl8wgANBAHAOFTBwApQAAAN0gIADT+CQBZ4QEAe4oJALE2CQBtawkAmQwAADsmCACGJggAZjsEALE7BAD8OwQAXJAEAKtpCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAACNvQAA9YIAAGMVAAApQAAAD7MBAKdACQCNvQAAW9ABAClAAAAPswEAjb0AAFvQAQC9fQEAD7MBAD/lCACK5QgA1eUIACDmCABRLQkAxasHAJkMAACEegEAMFYBABrGAQA4XQEAYCsLADT+CQBZ4QEAe4oJAOkhBAA0IgQAfyIEAMoiBAAVIwQAYCMEAKsjBAAnhQgAcoUIAL2FCAA0/gkAdEAAAL9AAAArNwcAdjcHAGY7BACxOwQA/DsEAFyQBACraQkA9BoAAD8bAACKGwAA1RsAACAcAABi2QAAlUMJAFkNAwDpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQA9iMEALDyAgD78gIA1bkHAFq7CACluwgAGsYBACoNBQB1DQUAwA0FAAsOBQBjFQAAD7MBAKtpCQA1ZgoAgGYKACvxAQA1UQEAVF0DAGQOBgD8ZwUA4VMHAClAAAA3SAgAXRIJAKrNAAASVQIA2oMLAK+XBAD6lwQARZgEAJCYBADbmAQAJpkEADHlBwDpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQA9iMEAEEkBACMJAQA1yQEACIlBABtJQQAq2kJAPQaAAA/GwAAihsAANUbAAD1ggAAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAA53AgBZdwIADBkIAFcZCACiGQgA7RkIADgaCACDGggAWrMBAGPSBgCu0gYA+dIGAPxnBQBm4wEAD7MBAEwyCQCXMgkAZuMBAJrrAQCuIgIAKUAAAFnhAQBm4wEA6jkJAA+zAQANeQEARX4AAJB+AADSsgIAV6cBAF5yAgDXQwMAIkQDAG1EAwC4RAMAA0UDAE5FAwCZRQMA5EUDAC9GAwB6RgMAxUYDABBHAwBbRwMApkcDAPFHAwA8SAMAnCAHAO04BwDbOwcAJjwHAHE8BwC8PAcAkfMCAK+XBAD6lwQARZgEAAQFBgAPswEA/GcFAOFTBwD8ZwUAR2gFAJJoBQBBqAcAjKgHANeoBwAiqQcAbakHALipBwAPswEANP4JAK+XBAD6lwQARZgEAAQFBgAPswEA/GcFAOFTBwApQAAAr5cEAPqXBABFmAQAkJgEANuYBAAmmQQAcZkEALyZBAAHmgQAUpoEAIS7CwDPuwsAIkQDAG1EAwC4RAMAA0UDAE5FAwCZRQMA5EUDAC9GAwB6RgMAkfMCAK+XBAD6lwQARZgEAJCYBADbmAQA+vwIAPQaAAAlXQUAYCsLAFkaBQApQAAAr5cEAPxnBQC3QQcAKUAAAK+XBAD6lwQARZgEAJCYBADbmAQAJpkEAHGZBAC8mQQAB5oEAFKaBAD1ggAAQIMAAKrNAAASVQIAMb4BAK+XBAD6lwQARZgEAJCYBADbmAQAJpkEAHGZBAA6gAkAhYAJANCACQAbgQkAZoEJALGBCQD8gQkA5AwAAHvnBgDG5wYAEegGAFzoBgBZ4QEAR2gFAJJoBQDdaAUA9YIAALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQC7bwIABZkHAECDAACqzQAAElUCAGMVAACuFQAAjHwGANd8BgAifQYAbX0GALh9BgADfgYAseMBAG9SAgC6UgIANVEBAJo2AgDTdwAAGsYBADhdAQAAAAAAD7MBABrGAQBlxgEARyIAAEciAACSIgAAQIMAAJkuCwCAUQEAm70BAA+zAQA0/gkAr5cEAPqXBABFmAQABAUGAA+zAQD8ZwUA4VMHAClAAAAPswEAp0AJAEciAAApQAAAN0gIAF0SCQAPswEANP4JAK+XBAD6lwQARZgEAJCYBADbmAQAJpkEADHlBwDSbwkAcpwAAHKcAAD48wQAQ/QEAI70BADZ9AQAZjsEAA+zAQCnQAkARyIAAClAAAA3SAgAXRIJAKtpCQD0GgAAJV0FAGArCwBZGgUAKUAAAK+XBAD8ZwUAt0EHAA+zAQDxjQgAQIMAAKrNAAASVQIAnY0CAK8bCAD6GwgARRwIAJAcCADbHAgAJh0IACHpBABs6QQAt+kEAALqBABN6gQAmOoEAOPqBAAu6wQAeesEAMTrBACRAAUA3AAFACcBBQByAQUAvQEFAAgCBQBFfgAAZuMBAGbjAQCa6wEAYxUAAClAAAAPswEANP4JAFnhAQBHaAUAxasHADhdAQCDXQEAzl0BAOo5CQC7bwIAAAAAAA+zAQA0/gkAjekBANjpAQAj6gEAsukJAKtpCQD2aQkANVEBAEyCBADTdwAAGsYBADhdAQBgKwsAq2kJAPQaAAA/GwAAihsAANUbAAAgHAAA7MMEAA+zAQBaswEA2DwJACM9CQBuPQkANP4JAK+XBAD6lwQARZgEAJCYBADbmAQAJpkEALtvAgAOdwIAWXcCAAwZCACnQAkAb1ICALpSAgA1UQEAmjYCANN3AAAaxgEAOF0BAGArCwCraQkA9BoAAD8bAACKGwAA1RsAACAcAADa9wAAAAAAAEsAAABynAAAcI4BADtKAgA58QIAhPECAM/xAgAa8gIAZfICALDyAgD78gIAO6IEAECDAACqzQAAElUCAGbjAQA0EAcAsjQKAN4BAgBAgwAARX4AAJB+AABm4wEAmusBANN3AAAeeAAAHEYHANN3AAAaxgEAOF0BAGArCwD1ggAAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAJB+AABjFQAA6jkJALtvAgApQAAAcpwAAEsAAABynAAAcI4BADtKAgA58QIAhPECAM/xAgAa8gIAZfICALDyAgD78gIARyIAAPaAAQBBgQEAjIEBAHKcAABwjgEAO0oCADnxAgBm4wEAmusBAOXrAQA5JQsAmQwAAPQaAABaRAcApUQHAPBEBwA7RQcAhkUHANFFBwAaxgEAKg0FAHUNBQDADQUACw4FAFYOBQD6/AgAP2YAAG9SAgC6UgIANVEBAJo2AgDTdwAAGsYBADhdAQDTdwAARyIAAJMBAgBuIwUA/ocBAJkMAAARKwAAcI4BADtKAgA58QIAhPECAM/xAgAa8gIAZfICALDyAgD78gIAO6IEAECDAACqzQAAElUCAGMVAAD6qQEA9UQCAEBFAgCLRQIA1kUCADQQBwBHIgAAZuMBAJrrAQApQAAA5hUEADEWBAD1ggAAmQwAAPQaAAC1KwEAACwBAEssAQBocAkAs3AJAP5wCQAPswEA2vcAADwpBADqOQkAD7MBAD/lCACK5QgA1eUIACDmCAAaxgEAP6cKAKdACQBvUgIAulICADVRAQCaNgIA03cAABrGAQA4XQEA6SEEADQiBACu3wgA+d8IAETgCACP4AgA2uAIACXhCABw4QgAu+EIAAbiCABR4ggA8Y0IAJkMAADnJQIAMiYCABrGAQA4XQEABGIDAA4NAwCeyQEArQ0JADT+CQBZ4QEAe4oJAA+7CABLAAAAHngAAHCOAQA7SgIAOfECAITxAgDP8QIAGvICAGXyAgCw8gIA+/ICADuiBABAgwAAqs0AABJVAgAGcAIAUXACAM/kAAAa5QAAZeUAALDlAAD75QAARuYAAJHmAAAaxgEA/GcFAPxnBQApQAAAmQwAAOclAgDmFQQA1k0JAG60CgAPswEAWrMBAGbjAQA0EAcA2vcAAA+zAQANeQEAYtkAALtvAgBecgIAvZwAAAidAABTnQAAnp0AAOmdAAA0ngAAsTYJAPw2CQBHNwkAkjcJACs3BwBFfgAAkH4AAA+zAQD8ZwUA4VMHAClAAAAPswEA/GcFAEciAAAPswEAp0AJAG9SAgC6UgIANVEBAJo2AgDTdwAAGsYBADhdAQBgKwsAGsYBACoNBQB1DQUAwA0FAAsOBQBWDgUA+vwIAA+zAQA0/gkAWeEBAHuKCQA0/gkA03cAANtaBgCTAQIAD7MBADT+CQBTkwoA6jkJAA+zAQD8ZwUARyIAAA+zAQA0/gkAdEAAAL9AAAAKQQAAVUEAAPWCAAAEBQYAD7MBABrGAQAqDQUAdQ0FAMANBQALDgUAVg4FADhdAQDTdwAAvX0BAOclAgCvlwQAcpwAAJkMAAD0GgAA03cAAIQQAgBynAAAHEYHADLbAQAY7AoAY+wKAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAJkMAAAy2wEA9PEKAD/yCgA7SgIAOfECAITxAgDP8QIAGvICAGXyAgCw8gIA+/ICADuiBABAgwAAqs0AABJVAgAAAAAASwAAADuvBgBtlwoAmQwAAPQaAADTdwAAhBACAHKcAAAcRgcASwAAAMDUAQAy2wEAGOwKAGPsCgAALAEASywBAJYsAQDhLAEALC0BAHctAQCZDAAAMtsBAPTxCgA/8goAO0oCADnxAgCE8QIAz/ECABryAgBl8gIAsPICAPvyAgA7ogQAQIMAAKrNAAASVQIAu28CAClAAADmFQQA1k0JAHcOAgCZDAAASwAAAMWrBwBm4wEAKUAAALtvAgApQAAA5hUEANZNCQB3DgIAmQwAAEsAAADFqwcAZuMBAClAAAC7bwIABZkHAECDAACqzQAAElUCADhdAQAEYgMAb1ICADVRAQCAUQEAm70BAHKcAABwjgEAO0oCADnxAgCE8QIAz/ECABryAgBl8gIAsPICAPvyAgBG7gcA9BoAAD8bAACqzQAAElUCAGjSAQCz0gEA5hUEANZNCQB3DgIAmQwAAEsAAADFqwcAZuMBAClAAAAy2wEA9PEKAD/yCgA7SgIAOfECAITxAgDP8QIAGvICAGXyAgCw8gIA+/ICADuiBABAgwAAqs0AABJVAgCEuwsAz7sLACJEAwBtRAMAuEQDAANFAwBORQMAmUUDAORFAwAvRgMAekYDAPGNCABAgwAAqs0AABJVAgDzVQIAGlwCAB0yCwBoMgsAszILAP4yCwBJMwsAlDMLAN8zCwAqNAsAuLsEAAO8BABOvAQAmbwEAOS8BAAvvQQAer0EALtvAgBecgIA10MDACJEAwBtRAMAuEQDAANFAwBORQMAmUUDAORFAwAvRgMAekYDAJHzAgCvlwQA+pcEAEWYBACQmAQA25gEACaZBAAx5QcA6SEEABpcAgAdMgsAaDILALMyCwD+MgsASTMLAJQzCwDfMwsAKjQLAF5yAgDXQwMAIkQDAG1EAwC4RAMAA0UDAE5FAwApQAAAr5cEAPqXBABFmAQAkJgEANuYBAAmmQQAcZkEALyZBAAHmgQAUpoEAA53AgD1ggAAjb0AAHKcAABwjgEAO0oCADnxAgCE8QIAz/ECABryAgBl8gIAsPICAPvyAgA7ogQAQIMAAKrNAAASVQIAt0EHAK4VAAABUQgATFEIANN3AABvUgIAulICADVRAQCaNgIA03cAABrGAQA4XQEAYCsLAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAmQwAAD9mAABvUgIAulICADVRAQCaNgIA03cAABrGAQA4XQEAYCsLAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEADncCAFl3AgAMGQgAp0AJANtaBgAEYgMAb1ICAMGCBwA/5QgAiuUIAAFRCABMUQgAmQwAAA+zAQBaswEA2DwJACM9CQBuPQkAuT0JAA+7CABauwgApbsIAOo5CQD8ZwUA4VMHAGbjAQAPswEA6SEEAL2cAABFfgAAmQwAAOclAgA3SAgAD7MBAD/lCACK5QgAAVEIAExRCACnQAkAb1ICALpSAgA1UQEAmjYCANN3AAAaxgEAOF0BAPxnBQBynAAAcpwAAPjzBABD9AQAjvQEANn0BABmOwQAD7MBAI29AAAcRgcANVEBAJo2AgBgKwsA8Y0IAJkMAADnJQIAMiYCABrGAQA4XQEABGIDAA4NAwCeyQEANVEBAIBRAQCbvQEAD7MBAKdACQBk4gQA6SEEADQiBAB/IgQAyiIEABUjBABgIwQAqyMEAPYjBACw8gIA+/ICAEbzAgCR8wIA3PMCACf0AgBy9AIAbhYDALkWAwDi+QUALfoFAHj6BQDD+gUADvsFAFn7BQA0/gkAcpwAAEsAAAAAAAAANVEBAEsAAAAPswEA6SEEADQiBAB/IgQAyiIEABUjBABgIwQAqyMEAPYjBACw8gIA+/ICAEbzAgCR8wIA3PMCACf0AgA0/gkAdEAAAL9AAACxNgkAbWsJAJkMAADnJQIANP4JAK+XBAD6lwQARZgEAJCYBADbmAQAJpkEADHlBwB85QcAx+UHAIa0AQA1UQEAZuMBAJrrAQD8ZwUAR2gFAJJoBQDdaAUAD7MBADT+CQBynAAASwAAAA+zAQDpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQA9iMEALDyAgD78gIARvMCAI29AAA1UQEATIIEAHRAAAAPswEAsTYJAG1rCQCZDAAA5yUCAA+zAQAEBQYATwUGAG60CgApQAAAr5cEAG9SAgDBggcAq2kJAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAAG/oAgC66AIABekCAEV+AACQfgAAz+QAAG9SAgC6UgIANVEBAJo2AgDTdwAAGsYBADhdAQBgKwsA/GcFAGbjAQAPswEATDIJAFPEBgD1ggAAmQwAAA+zAQA/5QgAiuUIANXlCAAg5ggAcsgBADybCgBYYgkADg0DAAQFBgCZDAAAD7MBAKtpCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAABv6AIAuugCAAXpAgBFfgAAkH4AAM/kAABvUgIAulICADVRAQCaNgIA03cAABrGAQA4XQEAYCsLAPxnBQBm4wEAD7MBAEwyCQBTxAYA9YIAAJkMAAAPswEAP+UIAIrlCADV5QgAIOYIAHLIAQA8mwoAWGIJAA4NAwAPswEAq2kJAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAAG/oAgC66AIABekCAEV+AACQfgAAz+QAAG9SAgC6UgIANVEBAJo2AgDTdwAAGsYBADhdAQBgKwsA/GcFAGbjAQAPswEATDIJAFPEBgD1ggAAmQwAAA+zAQA/5QgAiuUIANXlCAAg5ggAcsgBADybCgBYYgkADg0DAAAAAADTdwAA21oGACZbBgAEYgMAu28CAGbjAQCZLgsAgFEBAJu9AQCSCwgAQIMAAKrNAAASVQIADncCAFl3AgAMGQgAVxkIAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAAKdACQBvUgIAulICADVRAQCaNgIA03cAABrGAQA4XQEA9YIAANr3AABynAAAGlwCAB54AAAcRgcArQ0JAJkMAAD0GgAAPxsAAIobAADVGwAAIBwAAJrrAQBAgwAAqs0AABJVAgD+hwEAmQwAALtvAgCdjQIArxsIAPobCABFHAgAkBwIANscCAAmHQgAsukJAF5yAgDXQwMAIkQDAG1EAwC4RAMAA0UDAE5FAwAnhQgAcoUIAK+XBAD6lwQARZgEAJCYBADbmAQAJpkEADHlBwA0/gkAWeEBAAQFBgD1ggAAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAAF1AgB0QAAAv0AAAMeICgASiQoAD7sIAAQ+CQBPPgkAP+UIAIrlCAD5FQAAp0AJAG9SAgC6UgIANVEBAJo2AgDTdwAAGsYBADhdAQBgKwsA6SEEADQiBAB/IgQAyiIEABUjBABgIwQAqyMEAPYjBACw8gIA+/ICAEbzAgCnQAkAK/EBAI7vCQB0QAAANVEBAA4NAwBZDQMA2vcAACX4AADa9wAAZA4GAGMVAAA4XQEABGIDAE9iAwDZyAMAcpwAADLbAQD08QoAP/IKADtKAgA58QIAhPECAM/xAgAa8gIAZfICALDyAgD78gIAO6IEAECDAACqzQAAElUCAIgDCwD0GgAAPxsAAIobAADVGwAAIBwAAAQFBgD1ggAA03cAAEbhBQC7bwIAU8QGAI29AABjFQAAu28CABxGBwBtawkAmQwAAOclAgA4XQEAg10BALlcCAAEXQgAT10IAJpdCAA7rwYAhq8GAKrNAAASVQIA2vcAADwpBACEEAIAkwECAN4BAgAEBQYAD7MBAEwyCQD1ggAA03cAALE2CQD8NgkARzcJAJI3CQDdNwkAKDgJAHM4CQC+OAkAWucJAFOTCgAEBQYAD7MBAA+7CAAEPgkATz4JAJo+CQCXMgkADg0DAD9mAAAaxgEAOF0BAGArCwAEBQYAD7MBAEV+AACQfgAAKUAAAK+XBACaNgIAD7MBADT+CQCvlwQA+pcEAEWYBAAEBQYAD7MBACs3BwB2NwcAKUAAAOYVBAAcRgcAbWsJAJkMAADnJQIAMiYCAG9SAgC6UgIANVEBAJo2AgDTdwAAGsYBADhdAQBynAAAAAAAADhdAQC7bwIADncCAFl3AgAMGQgAsTYJAG1rCQCZDAAA5yUCAJkMAAAPswEAp0AJAG9SAgC6UgIANVEBAJo2AgDTdwAAGsYBADhdAQBgKwsAD7sIAFq7CACluwgAx8YIABLHCABdxwgAUS0JAMWrBwAQrAcABnACAFFwAgDP5AAAGuUAAGXlAACw5QAA++UAAEbmAACR5gAAetwDAGbjAQCa6wEA03cAACvxAQA3SAgAq2kJAPQaAACZDAAAhHoBADBWAQD8ZwUAOF0BADhdAQAPswEAsTYJAG1rCQCZDAAA5yUCAGLZAACVQwkA+HwDADT+CQDmFQQAMRYEAPWCAAAEBQYAD7MBAFqzAQDYPAkAZuMBAA+zAQAAAAAARX4AAPWCAABAgwAA6jkJAA+zAQBaswEApbMBAPCzAQA7tAEAYxUAAK4VAAABUQgATFEIAJkMAABHIgAA9oABAEGBAQCMgQEA9YIAALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQBecgIA10MDAK7fCAD53wgAROAIAI/gCADa4AgAJeEIAHDhCAC74QgAKzcHAHY3BwDTdwAAHngAABxGBwAPswEAp0AJAFOTCgDqOQkAD7MBAOkhBAA0IgQAfyIEADvJCgCGyQoAHngAAEwlBwAPswEAUS0JAMWrBwA1UQEAgFEBACvxAQCZDAAAu28CAA53AgBZdwIADBkIAFcZCAD0GgAAPxsAAIobAADVGwAAIBwAAOzDBAAPswEAp0AJAG9SAgC6UgIANVEBAJo2AgDTdwAAGsYBADhdAQBgKwsAWrMBANg8CQBm4wEAD7MBAOkhBAA0IgQAfyIEAMoiBAAVIwQAYCMEAKsjBAD2IwQAsPICAJkMAAD0GgAAPxsAAIobAADVGwAAIBwAAOzDBAA3xAQAPxsAAKrNAAASVQIA9BoAAD8bAACqzQAAElUCAIS7CwDPuwsAIkQDAG1EAwC4RAMAA0UDAE5FAwCZRQMA5EUDAC9GAwBo0gEAZuMBAJrrAQDl6wEAOSULAJkMAAD0GgAAxooJAB7vAQAAcgYAS3IGAA+zAQCraQkA9BoAAD8bAACKGwAA1RsAAHKcAACTAQIAHEYHAG1rCQDhUwcAmQwAAPQaAABo0gEABAUGAGbjAQCZLgsAb1ICAMGCBwAMgwcAMtsBABjsCgBAgwAAqs0AABJVAgAIHAkAMtsBAGMVAAD1ggAAKUAAAI29AAD8ZwUAZuMBAJMBAgDeAQIAQIMAAKrNAAASVQIAhLsLAM+7CwCuoQoA+aEKAESiCgAAAAAAAAAAAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAu28CAF5yAgDXQwMAIkQDAG1EAwC4RAMAA0UDAE5FAwCZRQMA5EUDAC9GAwB6RgMAxUYDABBHAwBbRwMApkcDAPFHAwA8SAMANP4JAHRAAAC/QAAA8Y0IADyOCAAEBQYASwAAAMWrBwA1UQEAgFEBAClAAAAPswEARX4AAGbjAQA4XQEAu28CADQIAAAcRgcAZ0YHALJGBwDpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQAJ4UIAHKFCAC9hQgANP4JAHRAAAC/QAAAT8wCAFPEBgCexAYA6cQGADTFBgB/xQYAgf8GAEwyCQBPBQYA9YIAANr3AAAl+AAAT8wCAFPEBgCexAYA6cQGADTFBgB/xQYAgf8GAEwyCQBPBQYA9YIAANr3AAAl+AAAcPgAAA+zAQArNwcARX4AAJB+AABjFQAA0rICAIBRAQCbvQEA9YIAAECDAADa9wAAQ3ABAA4NAwCEegEAMFYBAPxnBQC3QQcAD7MBAEwyCQD1ggAAYxUAANKyAgD1ggAABAUGAA+zAQCNvQAAHEYHADVRAQCaNgIAYCsLADT+CQDmFQQA6jkJADVRAQCAUQEAm70BAA+zAQA0/gkAWeEBAHuKCQDpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQAJ4UIAHKFCAC9hQgANP4JAHRAAAC/QAAAT8wCAFPEBgCexAYA6cQGADTFBgB/xQYAgf8GAEwyCQBPBQYA9YIAANr3AAAl+AAATDIJALRPCwD/TwsASlALAJVQCwDgUAsAK1ELAOkhBAA0IgQAfyIEAMoiBAAVIwQAYCMEAKsjBACflgYA/GcFAHKcAACTAQIA3gECAECDAACa6wEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BABo9AwAJOQkAVDkJAJ85CQB8pwkAHEYHADVRAQCaNgIAYCsLAFqzAQCSIgAAKUAAAHKcAAAcRgcANVEBAIBRAQCbvQEAD7MBAKtpCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAACnQAkAbrQKADVRAQAPswEAb1ICAMGCBwAMgwcA+vwIADBWAQD8ZwUANVEBAJo2AgBgKwsAYxUAAK4VAAAPHQEARyIAANg8CQAjPQkAbj0JALk9CQDL0AkAQIMAAKrNAAASVQIADXkBABVcBwBgXAcAq1wHAPZcBwBBXQcAjF0HAAAAAAB6ZQIAxWUCAD/lCACK5QgA+RUAALX6BAAA+wQAVFgIAJ9YCADqWAgAWrMBAGPSBgCu0gYA+dIGAPxnBQBm4wEAD7MBAEwyCQCXMgkAZuMBAJrrAQCuIgIAKUAAAFnhAQBm4wEA8Y0IADyOCACHjggA0o4IAB2PCAAAAAAAb1ICALpSAgCEEAIAAAAAAGbjAQBFfgAAkH4AAAAAAAAEBQYAU8QGAJ7EBgDpxAYANMUGAH/FBgAr7AYAduwGAMHsBgAM7QYAcpwAAJMBAgDeAQIAKUAAAGMVAACuFQAADx0BAEciAADYPAkAIz0JAG49CQC5PQkAy9AJAECDAACqzQAAElUCADLbAQCIAwsA5AwAAHvnBgBr5ggAY9IGANgdCgCgAwIAD7MBAKdACQBk4gQAb1ICALpSAgAFUwIABGIDAAQFBgAPswEATDIJAFPEBgCexAYA6cQGADTFBgB/xQYAgf8GAPGNCAA8jggAb1ICADVRAQBm4wEANBAHALdBBwDa9wAAZA4GAGMVAACNvQAA/GcFAGbjAQCTAQIAgQwJAIBRAQCbvQEAD7MBAOkhBAA0IgQAfyIEADvJCgCGyQoA0ckKABzKCgBnygoAssoKAA+zAQArNwcARX4AAJB+AAApQAAAr5cEAPqXBABFmAQAq2kJADVmCgDmFQQA1k0JACvxAQA3SAgAm70BAA+zAQAPuwgABD4JAE8+CQDxjQgANVEBAEyCBAB0QAAAv0AAAMeICgAPswEAP+UIAIrlCADV5QgAIOYIACs3BwBFfgAAkH4AAGMVAADSsgIAgFEBAJu9AQAPswEA/GcFAGbjAQAPswEA2vcAAENwAQAODQMAESsAAHCOAQA7SgIARyIAAGPSBgCbvQEARX4AAGbjAQCa6wEAZuMBAJrrAQDTdwAAK/EBADdICABMMgkAU8QGAJ7EBgDpxAYANMUGAH/FBgCB/wYAUS0JAEggAQCTIAEAb1ICADVRAQAEBQYA9YIAAPxnBQD8ZwUAKUAAADhdAQBgKwsAmQwAAIR6AQAPswEATDIJAFPEBgCexAYA6cQGADTFBgB/xQYAgf8GAD/lCACK5QgA1eUIACDmCABr5ggAtuYIAAHnCABM5wgATDIJAFPEBgCexAYA6cQGADTFBgB/xQYAgf8GAPGNCAA8jggABAUGAEsAAADFqwcANVEBAIBRAQBZGgUApBoFAO8aBQA6GwUAhRsFANAbBQAbHAUAZhwFALEcBQD8HAUANVEBANN3AADbWgYAD7MBADT+CQBynAAASwAAALtvAgCznAoAD7MBAKtKCgBaEwsA6SEEADQiBAB/IgQAyiIEABUjBABgIwQAqyMEAGLZAAAAAAAA+HwDAA2OCgDYPAkAZuMBAClAAACvlwQAb1ICAMGCBwAlXQUA6jkJAA+zAQArNwcAdjcHAME3BwAMOAcAVzgHAKI4BwAPswEAD7sIAF5yAgDXQwMAIkQDAG1EAwC4RAMAA0UDAE5FAwCZRQMA5EUDAC9GAwB6RgMAxUYDABBHAwBbRwMApkcDAPFHAwA8SAMAGj0DAFkaBQCkGgUA7xoFADobBQCFGwUA0BsFABscBQBmHAUAsRwFAPwcBQAOdwIAWXcCAAukBQCrSgoA9YIAALUrAQBYYgkADg0DAOclAgCvlwQAgFEBAJu9AQAPswEATDIJAFPEBgDa9wAAPCkEADVRAQBm4wEAmusBAOXrAQA5JQsAmQwAAPQaAAANeQEAKUAAAHKcAABLAAAAu28CAAAAAAA4XQEAmQwAALtvAgAAAAAARX4AAJB+AADSsgIAV6cBALtvAgAAAAAANP4JAHKcAABLAAAAu28CAAAAAAA4XQEAmQwAALtvAgAAAAAAq2kJAIR6AQDPegEAu28CAAAAAABjFQAAYxUAAPWCAABZGgUAKUAAAK+XBAD8ZwUAt0EHAA+zAQArNwcAdjcHAME3BwAMOAcAVzgHAKI4BwAAAAAAKUAAAClAAABLAAAAcpwAAHCOAQA7SgIAOfECAITxAgDP8QIAGvICAGXyAgCw8gIA+/ICAAGKCwDFqwcAEKwHAFusBwBi2QAAeO0DAG1rCQCZDAAA5yUCAEv2CQArNwcAdjcHANN3AAAeeAAAHEYHAA+zAQBMMgkATwUGAInVCgDU1QoAGsYBANN3AAC9fQEA9BoAAKtpCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAACnQAkAK/EBAEV+AAA4XQEABAUGAA+zAQA/5QgAiuUIANXlCAAg5ggA6SEEADQiBAB/IgQAyiIEABUjBABgIwQAqyMEACeFCAByhQgAvYUIAGbjAQCa6wEA5esBADklCwCZDAAA9BoAAPWCAABAgwAAqs0AABJVAgD1ggAAQIMAAKrNAADrlAcANpUHAPkVAAAAAAAAAAAAAAAAAAB6ZQIAxWUCAMBqAgA0IgQAfyIEAMoiBAAVIwQAYCMEAKsjBAD2IwQAsPICAPvyAgBG8wIARx0FAJIdBQDdHQUAKB4FAHMeBQC+HgUAAAAAAAAAAAB6ZQIAxWUCAMBqAgA0IgQAfyIEAMoiBAAVIwQAYCMEAKsjBAD2IwQAsPICAPvyAgBG8wIARx0FAJIdBQDdHQUAKB4FAHMeBQC+HgUAjb0AADVRAQCAUQEA9YIAAECDAACqzQAAElUCAAAAAAAAAAAAAAAAAAAAAAAAAAAAYxUAAPWCAAApQAAAMtsBAPTxCgA/8goAO0oCADnxAgCE8QIAz/ECABryAgDjxgoALscKAHnHCgDExwoAD8gKAFrICgClyAoA8MgKAF5yAgDXQwMAIkQDAG1EAwC4RAMAA0UDAE5FAwCZRQMA5EUDAC9GAwB6RgMAxUYDABBHAwBbRwMApkcDAPFHAwA8SAMAYtkAAPxnBQCZDAAAD7MBAPGNCABAgwAAqs0AABJVAgAAAAAAAAAAAAAAAAA3SAgAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAMItAQANLgEAAAAAAAAAAAAAAAAAtSsBAFhiCQD8ZwUAt0EHAA+zAQArNwcAdjcHAME3BwAMOAcAVzgHAAAAAAD1ggAAQIMAABrGAQA1UQEAgFEBAKADAgC0TwsAkH4AAJu9AQCZDAAAP2YAAMivAABHIgAAGsYBANN3AADIrwAAD7MBAKdACQAaxgEAm70BAJILCAAlXQUAYCsLABxGBwBjFQAA9YIAALUrAQBYYgkAAAAAAGMVAAAPswEAKzcHAHY3BwAcRgcARX4AAJkMAAA/ZgAARuEFAJkMAACEegEAMFYBAPxnBQC3QQcA9YIAACs3BwCZLgsA0Z0JAGPSBgBFfgAAKUAAANN3AAAr8QEAAAAAAPxnBQAPswEAKzcHAHY3BwCuIgIA+SICAJkMAAA/ZgAARuEFAGMVAACuFQAAu28CAAWZBwBQmQcAm5kHAOaZBwAxmgcAfJoHAMeaBwASmwcAXZsHAKibBwDzmwcA9YIAAFkaBQCkGgUA7xoFADobBQCFGwUA0BsFABscBQBmHAUAsRwFAPwcBQCflgYADncCAFl3AgAMGQgAVxkIAKIZCADtGQgAOBoIAIMaCABaswEAY9IGAK7SBgD50gYA/GcFAGbjAQAPswEATDIJAJcyCQBm4wEAmusBAK4iAgApQAAAWeEBAGbjAQDqlgYANZcGAICXBgDLlwYAFpgGAGGYBgCsmAYA95gGAEKZBgCNmQYA2JkGACOaBgBumgYAuZoGAASbBgBPmwYAmpsGAIavBgCx4wEAK/EBAK+XBAD8ZwUAt0EHAB7vAQDbWgYAYCsLAECDAACqzQAAElUCAPxnBQD8ZwUAOF0BAA+zAQA0/gkAr5cEAPqXBABFmAQABAUGAA+zAQD8ZwUA4VMHAClAAAAPswEAjb0AABxGBwA1UQEAmjYCAGArCwCNvQAAW9ABADVRAQBMggQAr5cEAIBRAQCbvQEAD7MBAFqzAQDYPAkAZuMBAA+zAQCnQAkAU5MKAJ6TCgD8ZwUAR2gFAJJoBQDdaAUAD7MBAOkhBAA0IgQAfyIEAMoiBAAVIwQAYCMEAKsjBAD2IwQAsPICAA+7CAAEPgkATz4JAD/lCACK5QgA1eUIACDmCACnQAkAb1ICALpSAgA1UQEAmjYCANN3AAAaxgEAOF0BAGArCwDx0AEAPNEBACs3BwB2NwcAAAAAAEV+AAD1ggAAmQwAAOclAgAPswEANP4JAK+XBAD6lwQARZgEAAQFBgAPswEA/GcFAOFTBwApQAAAD7MBAKdACQBHIgAAKUAAADdICABdEgkAYxUAAPWCAAC1KwEAu28CAAF1AgCvlwQA+pcEAEWYBACQmAQA25gEACaZBAAx5QcAp0AJAB54AAAAAAAARX4AADVRAQBm4wEAmS4LAIBRAQCbvQEAD7MBAKdACQBk4gQA6SEEADQiBAB/IgQAyiIEABUjBABgIwQAqyMEAPYjBACw8gIAYCsLAECDAACqzQAAElUCANqDCwCvlwQA+pcEAEWYBACQmAQA25gEACaZBAD11QcAQNYHAIvWBwDW1gcAIdcHAGzXBwC31wcAAtgHAE3YBwCY2AcA49gHAGLZAACNvQAAW9ABADVRAQBMggQAx74BAGbjAQCa6wEA03cAACvxAQA3SAgAHngAAAAAAABFfgAANVEBAGbjAQCa6wEA/ocBAAQFBgAaxgEAcpwAAA+zAQDpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQA9iMEALDyAgD8ZwUAGsYBAClAAADTdwAANVEBAIBRAQAPswEA/ocBAAQFBgAaxgEAcpwAAA+zAQDpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQA9iMEALDyAgAPswEA8Y0IADybCgAALAEASywBAGhwCQCzcAkA/nAJAElxCQCUcQkAjb0AABxGBwCtDQkAYxUAAA+zAQA0/gkA5hUEAOo5CQA1UQEAgFEBAJu9AQAPswEANP4JAFnhAQB7igkA6SEEADQiBAB/IgQAyiIEABUjBABgIwQAmQwAAA+zAQDpIQQANCIEAK7fCAD53wgAROAIAI/gCADa4AgAJeEIAHDhCAC74QgABuIIAFHiCACnQAkAHngAAAAAAABFfgAANVEBAGbjAQCa6wEAZjsEAA+zAQBaswEAZuMBADQQBwDa9wAAD7MBADT+CQB0QAAAv0AAAEV+AACQfgAAgNAJAMvQCQBAgwAAOF0BAOo5CQA1UQEAgFEBAJu9AQAPswEATDIJAE8FBgCJ1QoA1NUKABrGAQDTdwAAvX0BAPQaAACnQAkAHngAAAAAAABFfgAANVEBAGbjAQCa6wEAp0AJAGTiBAArNwcAdjcHAJkMAADkDAAA4VMHAGbjAQBynAAA9YIAAFqzAQBm4wEANBAHANr3AAAPswEAD7sIAEyCBACZDAAAD7MBAFEtCQBIIAEAmS4LAFRdAwA8KQQAhBACAOo5CQAPswEAWrMBAKWzAQAeeAAATCUHAFnhAQBm4wEA6jkJAA+zAQD8ZwUAZuMBAA+zAQCraQkA5AwAAOFTBwBm4wEAcpwAAPWCAAApQAAA03cAAEbhBQAEBQYAZuMBAJkuCwCAUQEARyIAANg8CQAPswEA8Y0IADyOCACHjggADx0BAEciAADYPAkAIz0JAG49CQC5PQkA03cAADVRAQBo0gEA03cAAP3pCQBoRAgAs0QIAIBRAQC+gwkA5hUEANZNCQB3DgIAmQwAADhdAQDTdwAAK/EBADdICACxNgkAbWsJAJkMAADnJQIAD7MBAD/lCAAe7wEAae8BALTvAQD5FQAAtfoEAAD7BABUWAgAn1gIAOpYCAA1WQgAgFkIAMtZCAD0GgAAPxsAAIobAADVGwAAIBwAAGscAADa9wAAQ3ABAA4NAwAaxgEAP6cKABxGBwDTdwAAb1ICADVRAQCAUQEAf/4JAIJICADNSAgAGEkIAGNJCACuSQgA+UkIAERKCACPSggA2koIACVLCABwSwgAu0sIAAZMCACXMgkARB4HAI8eBwDaHgcARX4AAAQFBgArNwcAdjcHANN3AABG4QUAD7MBAEV+AAAEBQYAAAAAAPxnBQAPswEANP4JAK+XBAD6lwQARZgEAJCYBADbmAQA/GcFAGbjAQAPswEAq2kJAPQaAAA/GwAAihsAADVRAQBynAAA9YIAAD/lCACK5QgA1eUIACDmCACTAQIA2MUHAK4VAACNvQAAHEYHAG1rCQCZDAAA5yUCADdICAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAHEYHAEsAAABo0gEAYxUAAPWCAAApQAAAjb0AAPxnBQBm4wEAkwECAGjSAQCbvQEAkgsIAN0LCAAoDAgAcwwIAL4MCAAJDQgAmusBAJkMAACEegEA9BoAAJkMAAC7bwIAm70BAJILCADdCwgAKAwIAHMMCAC+DAgACQ0IAFQNCACfDQgA6g0IADUOCACADggAWrMBANg8CQBm4wEAS/sEAJb7BADh+wQALPwEAHf8BADC/AQAp0AJAEbhBQAEBQYAZuMBAJrrAQCZDAAAhHoBAA+zAQBaswEA2DwJACM9CQBuPQkA03cAADVRAQD1ggAAQIMAAKrNAAASVQIADXkBABVcBwBgXAcAq1wHAPZcBwBBXQcAjF0HAPWCAADa9wAASwAAAMWrBwBm4wEAseMBAIQQAgDqOQkAD7MBAFqzAQClswEA8LMBAFMcCQCeHAkAD7sIAFq7CACluwgAP+UIAB7vAQBp7wEAtO8BACs3BwB2NwcAmQwAAOQMAAA4XQEARX4AAClAAACvlwQA/GcFAAQFBgD1ggAAYxUAAB7vAQBp7wEAtO8BAD/lCACK5QgAZuMBAA+zAQCraQkA9BoAAD8bAACKGwAAYxUAAB7vAQBp7wEAtO8BAFEtCQBIIAEAkyABAG9SAgA1UQEABAUGAPWCAABynAAAHEYHAA+zAQCxNgkAbWsJAJkMAADnJQIAD7MBAA+7CAAEPgkATz4JAJMBAgDYxQcArhUAAI29AAD8ZwUAsjQKAEV+AABLAAAAD7MBAFqzAQClswEA8LMBAFMcCQCeHAkAO7QBANKyAgD8ZwUAMtsBAPTxCgAcRgcA03cAAFOTCgBjFQAA9YIAACVdBQCZDAAAMtsBABb9CgBh/QoAZuMBAJrrAQCZDAAA5AwAADhdAQBvUgIAwYIHAAQFBgBPBQYARuEFAAQFBgBm4wEAmusBAJkMAACEegEA9BoAALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQC7bwIADncCAB7vAQBp7wEAtO8BAOsqCAA2KwgAgSsIAMwrCAAXLAgAYiwIAK0sCAD4LAgAQy0IAI4tCADZLQgAJC4IAG8uCAC6LggABS8IAFAvCACbLwgA5i8IAA+zAQBi2QAAlUMJAOQMAAB75wYAxucGABHoBgBc6AYAuXsHAAp1CABVdQgAoHUIAF0SCQCqzQAAElUCAPGNCACZDAAA5yUCADImAgAaxgEAOF0BAARiAwAODQMAnskBAA+zAQCnQAkAZOIEAD/lCAD1ggAAjb0AAA+zAQDpIQQANCIEAH8iBADKIgQAFSMEAGAjBACrIwQA9iMEALDyAgC7bwIADXkBABVcBwBgXAcAq1wHAPZcBwBBXQcAjF0HANddBwAiXgcASWQHAAAAAAAAAAAAAAAAAHBqBwC7agcABmsHAFFrBwCcawcA52sHADJsBwB9bAcAAAAAAAAAAADIbAcAE20HAF5tBwBmWgMAvzsFAAo8BQBaswEA2DwJACM9CQBuPQkAu28CABo9AwBlPQMA+LALAEOxCwCOsQsA2bELANN3AAAaxgEAOF0BAGArCwBaswEAY9IGAK7SBgD50gYAP+UIAIrlCADV5QgAIOYIAGvmCAC25ggAAecIAEznCAD1ggAAYxUAAK4VAAD1ggAAYxUAAGMVAACuFQAA9YIAAGMVAAApQAAAu28CAA53AgBZdwIADBkIAFcZCACiGQgA7RkIADgaCACDGggAWrMBAGPSBgCu0gYA+dIGAPxnBQBm4wEAD7MBAEwyCQCXMgkAZuMBAJrrAQCuIgIAKUAAAFnhAQBm4wEA6jkJAA+zAQCrSgoAu28CAAQFBgC0TwsAOF0BAGArCwBjFQAArhUAAA8dAQBHIgAA2DwJACM9CQBuPQkAuT0JAMvQCQBAgwAAqs0AABJVAgAOdwIAWXcCAAwZCADa9wAAJfgAABOZCABemQgAqZkIAPSZCAA/5QgAHu8BAGnvAQC07wEABAUGAA53AgBZdwIADBkIANr3AAAl+AAAE5kIAF6ZCACpmQgA9JkIAD/lCAAe7wEAae8BALTvAQAEBQYA2vcAACX4AAATmQgAXpkIAKmZCAD0mQgAUS0JAJwtCQAeeAAAkwECAG4jBQD96QkAkgsIADhdAQCDXQEAIdwCAGzcAgAPswEARX4AAGbjAQA4XQEAKzcHAHY3BwCZDAAA5AwAADhdAQBvUgIAwYIHAA+7CABUXQMAn10DAOpdAwA1XgMAgF4DAA+zAQDxjQgAPI4IAClAAADmFQQA6jkJAA+zAQBaswEA2DwJAGbjAQAPswEAUS0JAJwtCQAeeAAAkwECAG4jBQD96QkAkgsIADhdAQCDXQEAIdwCAGzcAgAPswEAq2kJAPZpCQBynAAAHEYHAA+zAQBaswEAY9IGAK7SBgD50gYAq0oKAPZKCgCbvQEAkgsIANr3AAAPswEANVEBAIBRAQAPswEAp0AJAFOTCgDqOQkAD7MBAPxnBQBHIgAAD7MBADT+CQB0QAAAv0AAAApBAADkDAAA4VMHAGbjAQBynAAA9YIAADhdAQCDXQEAcpwAABpcAgCX5wgA4ucIAOo5CQAPswEAD7sIAFq7CAAAbQsAS20LAJZtCwDhbQsALG4LAGArCwAEBQYAD7MBAJu9AQCSCwgA2vcAADT+CQB0QAAAv0AAAJu9AQCSCwgA2vcAAJkMAAAPswEAp0AJAG9SAgC6UgIANVEBAJo2AgDTdwAAGsYBADhdAQBMMgkAZuMBAJkuCwBvUgIAwYIHAAyDBwAPswEAWrMBANg8CQAjPQkAbj0JALk9CQBaswEA2DwJAGbjAQAPswEA/ocBAAQFBgAaxgEAcpwAAGMVAACuFQAADx0BAEciAADYPAkAIz0JAG49CQC5PQkAy9AJALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQBynAAAvZwAAE4ZAgCZGQIA5BkCAAQFBgD1ggAARyIAAEciAADYPAkAIz0JAG49CQC5PQkAy9AJAECDAACqzQAAElUCAPJACQApQAAAr5cEANGdCQD2gAEAHngAAEwlBwBFfgAAZuMBADT+CQBZ4QEAe4oJAFqzAQBj0gYA2B0KAKADAgC7BQMABgYDAFEGAwCcBgMA5wYDADIHAwB9BwMAyAcDABrGAQA/pwoAKzcHAHY3BwCZDAAA5AwAADhdAQBvUgIAwYIHAAQFBgC7bwIAYxUAAK4VAAAPHQEAJ8gBAAiGCABThggAnoYIAOmGCADbWgYAJlsGAHFbBgA0/gkAWeEBAHuKCQBFfgAAkH4AAIDQCQDL0AkAFtEJAGHRCQCs0QkA99EJAELSCQCN0gkAWrMBADklCwCQfgAAxSIJAClAAACvlwQA/GcFALdBBwBMMgkAZuMBAJkuCwBvUgIAwYIHAA+zAQBi2QAAx74BABK/AQA7SgIAOfECAITxAgDP8QIAGvICAGXyAgCw8gIA+/ICALtvAgArNwcAdjcHAAAAAABFfgAANVEBAGbjAQCa6wEAZjsEAA+zAQDa9wAAJfgAABOZCABemQgAqZkIAPSZCABRLQkASCABAJMgAQBvUgIANVEBAAQFBgD1ggAAmQwAAA+zAQBRLQkAnC0JAB54AACTAQIAbiMFAP3pCQCSCwgAmQwAAEsAAAA7rwYAWRoFAEciAAD2gAEAQYEBAIyBAQCrSgoAmQwAAOclAgA3SAgAgkgIAGQOBgC1KwEAWGIJALtvAgCbvQEA2vcAAGQOBgBjFQAAKUAAANN3AAAr8QEAr5cEAPxnBQC3QQcAD7MBAFqzAQClswEAyK8AADhdAQCZDAAA9BoAAPUBCQBoRAgAGsYBACoNBQAr8QEA03cAANtaBgAPswEA8Y0IAECDAACqzQAAElUCANtaBgC7bwIAkwECAIEMCQDMDAkAFw0JAGINCQA1UQEAmjYCAOU2AgAwNwIA9YIAANN3AAButAoAD7MBAPxnBQDhUwcAKUAAAA+zAQD8ZwUARyIAAA+zAQDa9wAAZA4GAK8OBgAl+AAAZuMBAECDAADa9wAAQ3ABAI5wAQAe7wEAAHIGADdICAAEBQYAD7MBABrGAQDqOQkAD7MBAKdACQBTkwoArhUAAA8dAQB0QAAAv0AAAMeICgAPswEAUS0JAEggAQCTIAEAtV8JAABgCQBLYAkAm70BAOa9AQD8ZwUAsjQKAFMcCQCeHAkAmQwAAPr8CAAL3QgAVt0IAA+zAQBaswEApbMBABwICQBnCAkAsggJAP0ICQBICQkAkwkJAN4JCQApCgkAUS0JAJwtCQCEEAIA+vwIAPQaAADxjQgAQIMAAKrNAAASVQIAcpwAABpcAgAdMgsAm70BABxGBwBnRgcAD7sIAFq7CACluwgAx8YIABLHCABm4wEAmusBANN3AABG4QUAD7MBAAAAAAB1JwkAD7MBABxGBwDTdwAAU5MKAAQFBgA4XQEAYCsLAAQFBgDxjQgAPJsKAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BADLbAQC7bwIASwAAAJYAAADWkAIAIZECAGyRAgD5uAIARLkCAI+5AgDauQIAJboCAKdACQAr8QEAp0AJACvxAQAAAAAAazEJAA+zAQAEBQYA+R0HAJEnCwDcJwsAJygLAHIoCwC7bwIAGsYBAOo5CQApQAAAN0gIAF5yAgAcRgcA03cAAIQQAgAcRgcA03cAAL19AQAPswEAWrMBAKWzAQDwswEAO7QBAECDAACqzQAAElUCAAAAAABjFQAAKUAAANN3AABXpwEAD7MBAPGNCABAgwAAqs0AABJVAgD8ZwUA4VMHAJB+AACA0AkADg0DAFkNAwBMMgkA9YIAAClAAAA3SAgAWRoFAClAAAA3SAgA03cAAIQQAgCa6wEATDIJAPWCAAApQAAAN0gIAFkaBQApQAAAN0gIAJkMAAAwVgEAe1YBAMZWAQARVwEAdAoJAL8KCQAPswEAGsYBAOo5CQAPswEAq2kJADBWAQB7VgEAxlYBABFXAQBLAAAASCABAJMgAQDa9wAAQ3ABAA4NAwD0GgAAPxsAAJrrAQD+hwEAlUgEAFkaBQApQAAAr5cEAPxnBQDa9wAAPCkEADVRAQCAUQEAseMBAB54AAD1ggAAGsYBANN3AAAeeAAAkwECAA+zAQBi2QAA2vcAACX4AACZDAAA5yUCAA+zAQArNwcAdjcHAK4iAgCQkwkAYxUAAClAAAAPswEA6SEEABpcAgCX5wgA4ucIAC3oCAA4XQEA03cAAL19AQDnJQIA+HwDAFEtCQBIIAEAkyABALVfCQAAYAkAS2AJAJZgCQAPswEA6SEEADQiBADGawoAEWwKAFxsCgCnbAoA8mwKAD1tCgAPswEAjb0AADVRAQBMggQAdEAAAA+zAQDxjQgAPJsKAFhiCQCjYgkAl4IEAOkhBAA0IgQArqEKAHKcAAD1ggAAmQwAAIR6AQAy2wEAGOwKAGPsCgBYYgkAo2IJADVRAQBMggQAN0gIAAQFBgAPswEAjb0AADVRAQBMggQAdEAAAA+zAQDpIQQANCIEAK6hCgD5oQoARX4AABrGAQApQAAAN0gIAM10CQAYdQkAmQwAAEciAAD2gAEAQYEBAIyBAQCZDAAAcmYJAL1mCQAIZwkAU2cJAJ5nCQD8ZwUA/GcFALI0CgA0/gkAr5cEAPqXBABFmAQABAUGAA+zAQD8ZwUA4VMHAClAAAAPswEAD7sIAFq7CAD8ZwUARyIAAPWCAAAEBQYA9YIAAAQFBgAPswEANP4JAK+XBAD6lwQARZgEAJCYBADbmAQAJpkEADHlBwDSbwkAHXAJAJkMAADnJQIANP4JAK+XBAD6lwQARZgEAAQFBgAPswEA/GcFAOFTBwApQAAAD7MBAA+7CABauwgAAXUCAF8gCADK/gkAY3UJAK51CQD5dQkARHYJAI92CQDadgkAJXcJAHB3CQC7dwkABngJAEeCCQCSggkA3YIJACiDCQABdQIAr5cEAPqXBABFmAQAkJgEANuYBAAmmQQAMeUHALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQCnQAkARyIAAClAAAA3SAgAXRIJADT+CQBZ4QEAe4oJABrGAQA/pwoAp0AJAFOTCgCekwoAD7sIAFq7CAAAbQsAS20LAJZtCwBTkwoAcpwAAPWCAAD8ZwUARyIAAA+zAQDxjQgAQIMAAKrNAAASVQIAD7MBAD/lCACK5QgA1eUIACDmCAByyAEAPJsKAFhiCQAODQMA8Y0IADybCgBYYgkADg0DAD/lCACK5QgA+RUAAPGNCABAgwAAqs0AABJVAgD1ggAAtSsBAIa0AQDRtAEAHLUBAGe1AQCytQEA8Y0IAECDAACqzQAAElUCAPWCAAA1UQEAb1ICAMGCBwAPswEARX4AAJB+AABXkAkAopAJAO2QCQA4kQkAg5EJAM6RCQAZkgkAZJIJAK+SCQD6kgkARZMJAA+zAQBFfgAAkH4AAI29AABb0AEAptABADdICAAEBQYAD7MBAPGNCAA8mwoAACwBAEssAQCWLAEA4SwBACwtAQB3LQEARyIAAJIiAABAgwAAqs0AABJVAgCbvQEA5r0BAAQFBgAPswEAP+UIAIrlCADV5QgAIOYIAHLIAQA8mwoAhrQBANG0AQActQEAZ7UBAA+zAQCraQkA9mkJAHKcAABynAAA9YIAAJkMAAA8mwoAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAjb0AAFvQAQC9fQEAD7MBAD/lCACK5QgA1eUIACDmCAByyAEAPJsKAIa0AQDRtAEAHLUBAGe1AQCytQEAPJsKAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BANKyAgAAAAAAYxUAANKyAgAdswIANP4JAFnhAQB7igkA6SEEADQiBAB/IgQAyiIEABUjBABgIwQATDIJAJcyCQBEHgcA/GcFAEdoBQCSaAUAUS0JADVRAQCAUQEAq2kJADVmCgCAZgoAhBACACs3BwB2NwcA03cAAB54AAD2aQkAcpwAAHKcAAD1ggAA9YIAABrGAQA/pwoAp0AJABrGAQA4XQEAKzcHAHY3BwDTdwAARuEFAA+zAQBRLQkASCABAJMgAQCFFgoA0BYKABsXCgBmFwoAsRcKAPxnBQBHIgAAD7MBAEV+AACQfgAAgNAJAMvQCQAW0QkAYdEJAKzRCQD30QkAP+UIAPqpAQCd9wEAr5cEAPWCAACZDAAAD7MBAPxnBQBHIgAAD7MBAEV+AACQfgAAgNAJAMvQCQAW0QkAYdEJAKzRCQD30QkAP+UIAPqpAQCd9wEAYxUAAK4VAAALpAUA9YIAAClAAACN6QEA2OkBACPqAQAQ7wAAD7MBAPxnBQAaxgEA/ocBAJVIBABZGgUAKUAAAA+zAQCxNgkA/DYJAEc3CQCSNwkAP+UIAIrlCAD5FQAAp0AJACvxAQB28QEAwfEBAAzyAQBX8gEAovIBAO3yAQAEBQYA9YIAAEciAABj0gYA2B0KAPWCAAAEBQYAD7MBANr3AABkDgYAKUAAAHRAAABtawkABAUGAA+zAQBgKwsABAUGAA+zAQB72gQA/GcFAEdoBQApQAAAr5cEAPxnBQC3QQcAu28CAEV+AACQfgAAjb0AANi9AACx4wEAbrQKAGLZAACVpQEAe9oEAMbaBAD8ZwUAt0EHAA+zAQCnQAkAZOIEAHvaBABjFQAArhUAAAukBQD1ggAAe9oEAMbaBABvUgIAulICAAVTAgBQUwIAD7sIAFq7CADLUQEA/GcFALI0CgDeAQIAjb0AADVRAQBMggQAdEAAAOYVBABFfgAAKUAAAHRAAADqOQkA8dABADzRAQCH0QEA0tEBAB3SAQBaswEApbMBANtaBgCZDAAAP+UIANKyAgCnQAkAsJAKAPuQCgBGkQoAkZEKANyRCgCAUQEAm70BALtvAgCbvQEAm70BAGbjAQCa6wEAm70BAGhECAAr8QEAN0gIAPWCAABAgwAAqs0AABJVAgCraQkA9BoAAOH2CQAs9wkAd/cJAA+zAQD8ZwUANP4JAH/+CQD7+gkARvsJAJH7CQDc+wkAJ/wJAHL8CQAPswEA/GcFADhdAQA4XQEAYCsLAFkaBQApQAAAr5cEAIBRAQDhAAAAZ38KAJkMAAAPswEAS/YJAJb2CQAAAAAAS/YJAClAAABFfgAASwAAAHKcAAC9nAAAThkCAJkZAgDkGQIA2vcAACX4AAATmQgAXpkIAKmZCAD0mQgA03cAAIQQAgAEBQYAU8QGAI29AABjFQAAcpwAAL2cAABOGQIAmRkCAOQZAgApQAAAN0gIAM10CQAAAAAAAAAAAAAAAADpIQQANCIEAH8iBAC4AQoAAwIKAE4CCgCZDAAA5AwAADhdAQBgKwsAMtsBADhdAQCDXQEAW+UKAIBRAQBHIgAAjb0AAFvQAQCEEAIAGOwKAECDAACqzQAAElUCAAQFBgD1ggAAGsYBAGXGAQCX3wEA5hUEANZNCQAhTgkAq2kJAPZpCQA1UQEATIIEADdICADNdAkAu28CADT+CQB//gkAyv4JAAsJCgBWCQoAoQkKAOwJCgA3CgoAWrMBAKWzAQDwswEAO7QBADGAAwB8gAMAx4ADAB6sCABFfgAAKu4FAFPEBgDhUwcAKUAAAA+zAQAAAAAA9YIAAECDAACqzQAA9c0AAAAAAAAAAAAAAAAAAJcTCgBaswEAY9IGAK7SBgD50gYAKUAAADdICADNdAkAGHUJAEdoBQCSaAUAQagHAClAAACN6QEA/GcFALdBBwAPswEAq2kJAPQaAADh9gkALPcJAHf3CQBo0gEA03cAANtaBgAmWwYAcVsGAOkhBAAaXAIAl+cIAOLnCAAaxgEA03cAAB54AACAUQEA0rICAA4NAwCeyQEArQ0JAAQFBgAPswEAD7sIAFq7CAAAAAAAAAAAAAAAAAAaxgEAP6cKAEciAADYPAkAZuMBAJrrAQCnQAkA21oGACZbBgA0CAAAfwgAALE2CQBtawkAuGsJANN3AABHIgAAKUAAADdICABdEgkAD7MBAKdACQDbWgYAJlsGADQIAAB/CAAAsTYJAG1rCQC4awkA8Y0IANN3AAAeeAAAHEYHADQIAAB/CAAAsTYJAG1rCQC4awkA8Y0IANN3AAAeeAAAHEYHADQIAAB/CAAAsTYJAG1rCQC4awkABGIDAIBRAQAwVgEAgFEBADuvBgBtlwoAuJcKAAOYCgBOmAoAAAAAAFqzAQClswEA8LMBANYuCgAhLwoAD7MBADT+CQB//gkAyv4JAJkMAACTAQIAAAAAAA+zAQA0/gkAf/4JAMr+CQCZDAAAq2kJAPZpCQA1UQEATIIEADdICADNdAkAUS0JAJwtCQCJ9AkAWrMBAKWzAQDwswEA6SEEABpcAgBlXAIAcpwAAPWCAAAlXQUAOF0BAGArCwAEBQYAT2oKAJpqCgDlagoAMGsKAHtrCgBZ4QEABAUGAFPEBgBMMgkAtE8LAP9PCwCx4wEAK/EBAK+XBAD8ZwUAt0EHAGjSAQDa9wAAmQwAAAAAAAAPswEANP4JAH/+CQDK/gkAmQwAAFEtCQCcLQkAifQJAFqzAQClswEA8LMBAKtpCQD2aQkANVEBAEyCBAA3SAgAzXQJADLbAQAPswEAKzcHAEV+AADpIQQANCIEAH8iBAA/5QgAHu8BAGnvAQAAAAAAq0oKAPZKCgBaEwsAWrMBAKWzAQDwswEAqgEJAFEtCQCcLQkAifQJALtvAgBVGAsAT2oKAJpqCgDlagoAu28CAPGNCAAlXQUAcF0FAG60CgBDMgMA9BoAAAQFBgC7bwIANVEBAIBRAQBHIgAA2DwJABJVAgB6ZQIAxWUCADT+CQB//gkAyv4JAJkMAAAPswEAKzcHAEV+AACQfgAAWrMBAKWzAQDwswEAUxwJAJ4cCQC9GwkA8Y0IAECDAACqzQAAElUCAAgcCQA7tAEAMYADAHyAAwDHgAMA63UIADybCgD4sAsAQ7ELAI6xCwDZsQsAUS0JADhdAQBgKwsA03cAAL19AQD0GgAAKzcHAHY3BwDBNwcAMOwBAKtKCgCFlwEA0JcBAA15AQAcRgcArQ0JACVdBQBb0AEAhBACAGMVAADSsgIAgFEBAJu9AQB6ZQIAxWUCADT+CQB//gkAyv4JAJkMAAAPswEAKzcHAEV+AACQfgAA5yUCADImAgBTkwoABAUGAE8FBgCEEAIABAUGAGjSAQD8ZwUA4VMHAPWCAABAgwAAqs0AABJVAgD9fwoASIAKAJOACgDegAoAKYEKALuOAQAGjwEAOF0BAGArCwApQAAAN0gIADT+CQDTdwAAvX0BAP1/CgA1UQEAmjYCAAQFBgAPswEAWrMBAKWzAQDwswEAO7QBAKtpCQD2aQkAcpwAAHKcAAD1ggAAmQwAAIR6AQBHIgAAOSULABMQCgBeEAoAqRAKAPQQCgA/EQoAq0oKAPZKCgBBSwoANWYKAK9zCgD6cwoARXQKAJB0CgDVEQoAIBIKAGsSCgAPswEAD7MBACs3BwB2NwcAmQwAAHJmCQA4XQEAKUAAALtvAgDa9wAA2vcAADwpBACEEAIA6jkJAA+zAQBXpwEAoqcBAO2nAQA4qAEAg6gBAM6oAQBjFQAA9YIAAClAAABTfgEABAUGAJMBAgCBDAkASwAAAEsAAAA7rwYABAUGAClAAADTdwAA21oGAA+zAQA0/gkAf/4JAMr+CQCZDAAARX4AAJB+AAAPswEAWrMBAKWzAQDwswEAO7QBAKtpCQD2aQkAcpwAAHKcAAD1ggAAmQwAAIR6AQBHIgAAOSULAECDAACa6wEAjb0AAFvQAQC9fQEA9YIAAECDAACa6wEAp0AJALCQCgD7kAoARpEKAJGRCgDckQoAJ5IKAHKSCgC9kgoAu28CAFqzAQClswEA8LMBAFMcCQCeHAkA8Y0IAECDAACqzQAAElUCAL19AQAIfgEAU34BAJ5+AQDpfgEANH8BAH9/AQCZDAAA8dABAGMVAAAPswEA8Y0IAECDAACqzQAAElUCAPK8BQA9vQUAiL0FANO9BQAevgUAab4FALS+BQD/vgUAYxUAAAQFBgD5HQcAgFEBAJu9AQC7bwIA8Y0IADybCgCHmwoA0psKAB2cCgBonAoAmQwAALUrAQDTdwAALwgFAEsAAAA4XQEAYtkAACb+CABx/ggAvP4IAAvdCABW3QgAvRsJAPWCAABAgwAAqs0AABJVAgAIHAkAKUAAAI3pAQDY6QEAI+oBALLpCQAEBQYA9YIAALLpCQAQ7wAA9YIAAECDAACqzQAAaNIBALPSAQD+0gEASdMBAJTTAQBo0gEARyIAAPaAAQBBgQEAC90IAFbdCADx0AEA9YIAANN3AABTkwoAcpwAAGbjAQCa6wEA03cAACvxAQCvlwQA/GcFALdBBwD1ggAAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAD9mAAAr8QEAr5cEAA4NAwBHIgAAY9IGAPWCAAAEBQYABAUGAPWCAABLAAAAO68GAG2XCgC4lwoA9YIAAGMVAABynAAA6jkJAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEASwAAAEsAAAA4XQEABGIDAHKcAAAaXAIAK/EBAK+XBAD8ZwUAt0EHAHKcAABwjgEAO0oCADvJCgA3SAgAtSsBAClAAAA3SAgAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAGMVAACuFQAAC6QFAClAAADmFQQA1k0JAHcOAgCZDAAAMFYBAPWCAABjFQAAKUAAAHKcAABwjgEAO0oCADnxAgCE8QIAz/ECABryAgBl8gIAsPICAPvyAgA7ogQAhqIEANGiBAAcowQAZ6MEALKjBAD9owQASKQEAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAN0gIALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQApQAAA03cAADVRAQCAUQEA9YIAAECDAAA4XQEA03cAAMivAACQfgAAxSIJABxGBwCtDQkAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAARiAwCAUQEA0rICAEyCBACvlwQA03cAANtaBgAEYgMArQUCANN3AAAr8QEAr5cEAPxnBQC3QQcA9YIAALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQAr8QEA03cAANN3AAAeeAAAaXgAALR4AAD/eAAASnkAAGbjAQCa6wEAmQwAAOQMAADhUwcAZuMBAHKcAAD1ggAARyIAAPaAAQBBgQEAC90IAFbdCAD1ggAAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAJu9AQCSCwgA3QsIAP6HAQAEBQYAGsYBAHKcAABynAAAcI4BADtKAgA58QIAhPECAM/xAgAa8gIAZfICALDyAgD78gIAO6IEAIaiBADRogQAHKMEAGejBACyowQA/aMEAEikBAA1UQEAmjYCAOU2AgAwNwIAezcCAMY3AgAROAIAmQwAAOclAgAyJgIAK/EBADdICAD1ggAAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAMItAQA/MAkAijAJAPWCAAC1KwEA+LALAEOxCwCOsQsA2bELACSyCwBvsgsAurILAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAwi0BAD8wCQCKMAkAcpwAAHCOAQC7jgEABo8BADhdAQBgKwsAKUAAAK+XBAD8ZwUAt0EHAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAwi0BAD8wCQCKMAkAr5cEAPqXBABFmAQAkJgEANuYBAAmmQQAcZkEADqACQCFgAkA0IAJABuBCQBmgQkAsYEJAPyBCQDCLQEAPzAJAIowCQBFfgAAkH4AAMUiCQAcRgcArQ0JAFkaBQCTAQIA3gECAAQFBgD5HQcA/GcFAPWCAAC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAwi0BAD8wCQCKMAkAmQwAAG4WAwC5FgMAYCsLALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQDCLQEAPzAJAIowCQBLAAAAQzIDAI4yAwDZMgMAJDMDAG8zAwC6MwMABTQDAFA0AwCbNAMA5jQDADE1AwDCLQEAPzAJAIowCQBHIgAAOF0BAOo5CQCNvQAAW9ABAOo5CQCZDAAAbhYDALkWAwBgKwsAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAMItAQA/MAkAijAJAEs5AwCWOQMA4TkDACw6AwC7bwIAD7MBAPGNCAA8mwoAhrQBANG0AQActQEAZ7UBALK1AQAAAAAAD7MBACs3BwB2NwcAriICAJCTCQDbkwkAJpQJAHGUCQCraQkAYxUAAB7vAQButAoAQzIDAJ7JAQDpyQEAq2kJAGMVAAAe7wEAbrQKAEMyAwCeyQEA6ckBAPGNCAA8mwoAhrQBANG0AQActQEAZ7UBALK1AQCrSgoAWhMLAKdACQAeeAAATCUHAEV+AADTdwAAp0AJAB54AABMJQcARX4AANN3AADbWgYAD7MBAKtKCgBaEwsApRMLAPATCwA7FAsAhhQLANEUCwAcFQsAZxULAEV+AAA4XQEAOF0BAA+zAQBMMgkAlzIJAOIyCQAtMwkA0Z0JAEciAACSIgAAQIMAAJkuCwCAUQEAm70BAA+zAQAPuwgATIIEADdICACCSAgAmQwAAPWCAABHIgAAKUAAAA+zAQDpIQQANCIEAH8iBAA7yQoAhskKANHJCgAcygoANVEBAJu9AQAcRgcAZ0YHAA+zAQDpIQQANCIEAH8iBAA7yQoAhskKANHJCgAcygoAyK8AAJkMAAD0GgAABAUGAA+zAQAaxgEA6jkJALtvAgCFlwEApRMLADyOCAAEBQYAD7MBAPxnBQBHIgAAD7MBAA+7CABauwgAYxUAAPWCAABAgwAAD7MBAPGNCAA8mwoAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAwi0BAKtpCQA1ZgoAgGYKAH0mAgDIJgIAD7MBADT+CQDmFQQA1k0JACFOCQBsTgkAq0oKAPZKCgCnQAkAGsYBAPxnBQBvUgIAwYIHAPGNCAA8mwoAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAwi0BAI29AABb0AEAvX0BAA+zAQA0/gkAdEAAAL9AAABPzAIAlzIJAGbjAQCa6wEAriICAClAAAAPswEA6SEEABpcAgAdMgsAaDILALMyCwD8ZwUARyIAAA+zAQA0/gkAdEAAAL9AAABaswEA2DwJADhdAQA4XQEAg10BAI29AAA1UQEAgFEBAJu9AQAPswEA8Y0IADybCgAALAEASywBAJYsAQDhLAEALC0BAHctAQBFfgAAZuMBAJkuCwCAUQEAm70BAA+zAQCxNgkA/DYJAFOTCgAEBQYAOF0BAARiAwCAUQEAm70BAA+zAQD8ZwUARyIAAA+zAQA0/gkAdEAAAL9AAAABPwsATD8LAJc/CwDiPwsALUALAHhACwDDQAsADkELAFlBCwCkQQsA70ELADpCCwCFQgsA8dABADzRAQAfiwoAU5MKAK4VAAAPHQEAdEAAAL9AAADHiAoAD7MBAPGNCAA8mwoAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAwi0BAPxnBQBynAAAcpwAAPjzBABD9AQAjvQEANn0BABmOwQAAAAAAA+zAQA/5QgAAYoLAEyKCwCXigsAD7sIAFq7CAAAbQsAS20LAJZtCwDhbQsALG4LAKdACQBG4QUABAUGAOo5CQDTdwAAhBACAGMVAAAPswEAp0AJAEbhBQAEBQYAUS0JAGMVAAABigsATIoLAJeKCwAPuwgAWrsIAABtCwBLbQsAlm0LAOFtCwAsbgsAp0AJAEbhBQAEBQYAmQwAAOclAgAyJgIA21oGACZbBgCbvQEAkgsIANr3AAAPswEAD7sIAFq7CAAAbQsAS20LAJZtCwDhbQsALG4LABrGAQBlxgEAMhQFAIDQCQA4XQEAYCsLAA+7CABauwgAAG0LAEttCwCWbQsA4W0LAOa9AQAPswEAm70BAJILCADdCwgAP+UIAAGKCwBMigsAl4oLAA+7CABauwgAAG0LAEttCwCWbQsA4W0LACxuCwBLAAAASCABAJMgAQBvUgIANVEBAAQFBgD1ggAAQIMAAPr8CADnJQIA5hUEANZNCQAr8QEAN0gIAJu9AQDqOQkAu28CAEs5AwCWOQMA4TkDACw6AwCNvQAANVEBAEyCBAB0QAAAD7MBAPGNCAA8mwoAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAAXUCAF8gCADK/gkALRQKAKWzAQDwswEAO7QBAPHQAQA80QEANP4JAFnhAQB7igkAKzcHAHY3BwBAgwAARX4AAJB+AAAPswEAUS0JAJwtCQCJ9AkASwAAANr3AAAPswEA8Y0IAECDAACqzQAAAAAAABJVAgDGawoAx8sDADwpBABTkwoABAUGAA+zAQBaswEApbMBAPCzAQA7tAEAjb0AADVRAQBMggQAdEAAAA+zAQDxjQgAPJsKAFhiCQCjYgkAl4IEAOkhBAA0IgQArqEKAHUnCQDAJwkAwCcJAHdCCgANeQEAFVwHAGBcBwCrXAcAKlMKAHVTCgBLAAAASCABAJMgAQC1XwkAAGAJAEtgCQCWYAkAD7MBAOkhBAA0IgQAxmsKABFsCgBcbAoAp2wKAPJsCgA9bQoABGIDANGdCQAcngkAWRoFAOo5CQBynAAAvZwAAJu9AQDmvQEA03cAAHRAAAC/QAAAx4gKABKJCgCnQAkA8kAJAD1BCQA0/gkAf/4JAMr+CQAtFAoApbMBAPCzAQBTHAkAnhwJAFnhAQB7igkAq2kJAPQaAAD1ggAANP4JAHRAAAC/QAAAWrMBADklCwCEJQsAzyULABomCwCraQkANWYKAIBmCgB9JgIAyCYCAA+zAQA0/gkA5hUEANZNCQAhTgkAKzcHAHY3BwCrSgoAZuMBAEV+AACQfgAAD7MBANr3AAA8KQQAb1ICAMGCBwDYPAkAZuMBAA+zAQDa9wAAJfgAAGbjAQCa6wEAD7sIAFq7CABHIgAA2DwJAGbjAQDa9wAAPCkEACvxAQCvlwQA/GcFAPWCAABZGgUA+PMEAClAAACvlwQA/GcFALdBBwAPswEAWrMBAKWzAQDwswEAO7QBAFqzAQDYPAkAZuMBAA+zAQA0/gkA03cAAL19AQB0QAAAv0AAAMeICgASiQoAXYkKAD6KCgCJigoA1IoKAFqzAQClswEA8LMBANYuCgAhLwoAD7MBADT+CQB//gkAyv4JAF5yAgDXQwMArt8IAPnfCABE4AgAj+AIANrgCAAl4QgAcOEIALvhCAATCAMAXggDAMZrCgARbAoAymACABVhAgBgKwsACH4BAHPbCwC+2wsA5yUCAOo5CQDqOQkAz3oBALr9CwCq0AwABAUGAMk2AAAJ3AsAVNwLALr9CwAvxQsAgUIAACMMDQCq0AwABAUGAKrQDACq0AwABAUGALr9CwCdzgwAqtAMACMMDQCbvQEAPxsAABDvAAAjDA0AEO8AAAr5CwAK+QsABAUGAPWCAAAgHAAAEO8AAF6wAABmOwQAf8ALAH/ACwCq0AwAZjsEAKrQDADh9gkAQt8LAI3fCwB5PgwAc9sLAL7bCwAjDA0AIwwNADQIAAC6/QsAQt8LAI3fCwAQ7wAA4tULAH2yDADIsgwAbQ4MAJu9AQAK+QsAQ/wLAI78CwBz2wsAvtsLAFRyDADa9wAAWhMLAAr5CwD82QsACvkLALdBBwB5PgwAuv0LAJiIDACq0AwANAgAADQIAADB5wsADOgLAFfoCwAjDA0AmQwAAAQFBgAcRgcABAUGAMHnCwAM6AsAlBQMABDvAADB5wsADOgLAJQUDAA/GwAAc9sLAL7bCwC07wEAD7MBAAQ+CQC6/QsAu28CAClAAAAK+QsAmjYCAAQFBgC6/QsAkuQBAELfCwCN3wsACvkLAKzeCwD33gsAQt8LAKuiDABC3wsAq6IMAAr5CwAm7AsAD7MBAMHnCwAM6AsAwecLAAzoCwDB5wsADOgLANjfCwB5PgwAzfgMABj5DAAy2wEArN4LAOLVCwBC3wsAjd8LADLbAQAEBQYAD7MBACMMDQAPswEARPoMAKfjCwAK+QsAuv0LALr9CwD4fAMA+HwDAPh8AwC7bwIA21oGAD+nCgDuVQcAP6cKABzKCgAcygoAKUAAANaYCQB1qwwAYtkAAJkMAACZDAAAQPALAI29AABi2QAACvkLAJkMAACNvQAACvkLAAr5CwAK+QsACvkLAAr5CwDi1QsA4tULAAr5CwAK+QsACvkLAAr5CwAK+QsACvkLAOLVCwDi1QsA4tULAAr5CwAK+QsACvkLAOLVCwDi1QsAhvULAOLVCwDi1QsACvkLAGbjAQAVXAcAD7MBAJkMAACZDAAACvkLAAr5CwA4XQEACvkLAMHnCwAM6AsAu28CALr9CwAjDA0AmQwAABf7CwAPswEAQtIJAPQaAADqOQkAHEYHAGMVAAAEBQYAuKkHAAQFBgCXtgwAuv0LAEbpDAAK+QsAmQwAAA0PAgCNvQAAjb0AAI29AAAjDA0Ajb0AAKftAQAzzwwAr8sMAPrLDACJAQwAIwwNAEsAAABjFQAA9YIAAC/FCwDqOQkAcp8MAEsAAAAzzwwANAgAADQIAAA0CAAAjXUMALr9CwAvxQsA5yUCAOo5CQCRCAwAeAwDAMr2AgCqhQwAwRgIAG4MDQBG4QUA4tULAH2yDADIsgwAJ/QCAMHnCwAM6AsAlBQMAN8UDADi1QsAIwwNAIwkBAC3PAwA4tULAAr5CwAK+QsAwecLAAzoCwAK+QsAQ/wLAI78CwDkDAAAuv0LAC/FCwAjDA0AD7MBALr9CwAK+QsAQ/wLAI78CwAPswEAqyMEAHyVDAB72gQAIwwNACaZBAAjDA0AMeUHANAjDAC6/QsATg8MAClAAAAjDA0A5yUCAGArCwC6/QsAnc4MAGLZAAB8lQwAbgwNAAr5CwBD/AsAbgwNAAr5CwC3PAwA9JkIAOmdAADi1QsAfbIMAMiyDADB5wsAgq0MAEv2CQB8lQwAL8ULAJkMAAAQ7wAAaBMMAHNxDAApQAAAKUAAAOLVCwB9sgwAyLIMAE4PDAApQAAAKUAAAClAAAApQAAAJc8LAD8eDAB7igkAhSMMALr9CwAK+QsAQ/wLAI78CwAvxQsATIIEAG4MDQAK+QsAbgwNAAr5CwC0MAwA/zAMAEoxDAD1ggAAQQ0MAIwNDADXDQwAIg4MAOV3DAC0MAwA/zAMAEoxDAAlzwsAPN4DAOLVCwB9sgwAyLIMAE4PDAAnOggAIwwNAOclAgDqOQkAIwwNAHyVDAAvxQsA+HwDAEbzAgA3SAgACvkLAEP8CwCO/AsA0CMMACAcAADi1QsAfbIMAMiyDAAjDA0Au28CAE4PDAAHPQcAKUAAAClAAAA9LwwAiC8MANMvDAAmmQQAPS8MAAr5CwCAvgwA4tULAG4MDQAK+QsAQ/wLAG4MDQBgKwsAD7MBAA+zAQAK+QsAQ/wLAI78CwBTAgUAuv0LAJ3ODAAjDA0AuT0JALr9CwAjDA0A7MMEAAr5CwDi1QsAbgwNAELfCwCN3wsABAUGAGF0DABgKwsACvkLAElxCQAjDA0AYCsLAA+zAQCMowwABAUGAG9SAgAK+QsAQ/wLAI78CwAlzwsAEO8AALr9CwAjDA0AWeEBAC/FCwD6/AgA4tULAAr5CwDi1QsACvkLAG4MDQBuDA0AbgwNAAr5CwAK+QsACvkLAEP8CwCO/AsACvkLAKD5CwDTEA0Auv0LANMQDQA9LwwACvkLAOLVCwB9sgwAyLIMAOLVCwB9sgwAyLIMACMMDQDitgwAXRIJACMMDQBgKwsAIwwNAKT7BQAvxQsAD7MBAGY7BAAQ7wAAIwwNACMMDQDnJQIAIwwNAOclAgAjDA0A5yUCAG4MDQAK+QsAQ/wLAI78CwBgKwsACvkLAEP8CwCO/AsAuv0LAAAAAACdzgwAe4oJAOLVCwB9sgwAyLIMAFb3DAAjDA0AM88MAClAAAAK+QsAQ/wLAI78CwC6/QsAuv0LAAr5CwBD/AsAjvwLAEbhBQAgtQwAa7UMAJQUDADqOQkAYCsLALr9CwAjDA0Acp8MAFusBwAlzwsAIwwNALdBBwB5PgwAwecLAAzoCwBC3wsAjd8LAOLVCwB9sgwAyLIMAClAAAC6/QsAIwwNAPvyAgAK+QsACvkLAEP8CwCO/AsABAUGACAcAAAK+QsACvkLAEP8CwCO/AsAtgANAAAAAADi1QsAfbIMAMiyDAC6/QsATg8MAC/FCwC6/QsA/UYHAHyVDAAvxQsAcPgAAAAAAAAjDA0AfJUMAC/FCwBw+AAAzWIMAOLVCwB9sgwAyLIMALa1DACg+QsAIwwNALdBBwAK+QsAQ/wLAI78CwAjDA0A6jkJAD6XDAAPswEA4msMAAr5CwBi2QAAxucGAClAAABG6QwA6jkJAGY7BAAjDA0AQIMAACKkDAApQAAAbDwMAA+zAQAPswEAuv0LAJQUDAAQ7wAAeT4MAA+zAQBUcgwATIIEAE4PDABsPAwAgFEBAAQFBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUcgwAEO8AACMMDQAzzwwAfJUMAAQFBgAK+QsAtzwMALc8DAAK+QsAoPkLAHplAgA6BA0AfbIMAMiyDABODwwACvkLAKD5CwD4fAMA4tULAPh8AwD1ggAAKUAAAJHhBQAjDA0A03cAAJHhBQBuDA0A4HwMAGw8DADNYgwAIwwNAOo5CQAYYwwACvkLACMMDQD78gIAD7MBALr9CwD78gIACvkLAEP8CwCO/AsAkIEMANuBDAD4fAMA+HwDACMMDQD78gIA+/ICAKsjBACMowwAL8ULAAAAAAAjDA0AIwwNAPWCAADitgwAD7MBACMMDQCYiAwANAgAABZaCACbvQEAsowMAP2MDABLAAAASwAAACaZBAAjDA0AIwwNAGMVAADi1QsAfbIMAMiyDAC6/QsAD7MBAH45DAC5PQkACvkLAEP8CwCO/AsAq0oKAMHnCwCCrQwA9qIMAJiIDAC3QQcAmIgMAJiIDAAEBQYAYxUAAMHnCwCCrQwADOgLAOLVCwC6/QsAmIgMAOOIDAAuiQwAQ5IMAHCwDAAK+QsA+/ICALr9CwBtXgcAlGQHAAAAAAAEdwwAT3cMAAAAAAAAAAAAqW0HAFU8BQC5PQkAuv0LACMMDQAjDA0AIqQMAClAAAC6/QsAIwwNAFoTCwC6/QsAEO8AAAr5CwBD/AsAjvwLACMMDQAPswEAIwwNAA+zAQAjDA0AEO8AACMMDQAQ7wAAD7MBACMMDQA0CAAAIwwNADQIAAAjDA0AWhMLABDvAAAvxQsAmQwAAJkMAAAvxQsAYCsLAOK2DAC7bwIA4tULAH2yDADIsgwACvkLAEP8CwCO/AsAD7MBAJrrAQAjDA0AD7MBACMMDQC6/QsAx5UMAA+zAQAMgwcAuv0LADQIAAAjDA0AIwwNAA+zAQBC3wsAjd8LAJQUDABaEwsAo2IJALr9CwApQAAAb1ICAClAAAAK+QsAQ/wLAI78CwC6/QsAlKoMAAQFBgDqOQkAlmAJALtvAgDH4AwAgq0MANeBAQAPswEAAAAAAAAAAACrogwAHakMAGipDACzqQwAIwwNAAr5CwBD/AsAjvwLAA+zAQA0CAAA+HwDAPh8AwBi2QAAD7MBAOLVCwAPswEAuv0LALtvAgC6/QsAcLoCADPPDAAzzwwAq0oKALr9CwAjDA0AD7MBAMHnCwAM6AsACvkLAEP8CwCO/AsACvkLAA+zAQAEBQYAIwwNAAQFBgD+qQwAdAoJALdBBwA0CAAAQ30DAAPwDAD5oQoAYtkAACMMDQBC3wsAjd8LAOlnCQDH4AwApbsIAA+zAQAovAwAD7MBAKW7CAAC0wwAvrwMAHODCQCFlwEA4tULAH2yDADIsgwAD7MBACMMDQAjDA0ACvkLAOclAgDnJQIACvkLAKLoCwDt6AsACvkLAAQFBgBuwQwAucEMAATCDAAz7gsA4tULAAr5CwCg+QsAMb4BAKdACQCEegEA4tULAKLoCwDi1QsAHbMCAIWXAQCrIwQAjx4HAN1oBQCbvQEAKUAAABxGBwAEBQYAIwwNAGArCwDr2gwAQtIJAOj3AQBC0gkA6PcBADjzAQB72gQAbgwNAJtTAgAjDA0ANAgAAA+zAQB+7gsA9BoAAB2zAgBE+gwAD7MBALr9CwAK+QsAD7MBAEciAABHIgAAm70BAGjSAQB/wAsAQNEMAJb2CQCy6QkAnc4MAA+zAQAjDA0AD7MBABh1CQAPswEAD7MBAA+zAQCZAgoAzl0BANg8CQBjFQAACvkLAJu9AQBsTgkAuv0LAA+zAQAPswEAAtMMAL68DAAjDA0AwecLAAzoCwCUFAwAkH4AAA+zAQAPswEAD7MBAOITCgCZDAAAvrwMAA+zAQD2ogwAkwECAKW7CAAPswEAD7MBAA+zAQAjDA0AA2wJAANsCQADbAkAA2wJAJu9AQCbvQEAmZgKAA+zAQDB5wsAb94MAALTDAC7bwIAD7MBAALTDAAPswEAD7MBAKrQDACG1gwAwecLANHWDAAPswEAuO8MAP70DAAPswEAD7MBAALTDAAPswEAqtAMAIbWDADB5wsA0dYMAA+zAQC9RwoAkH4AADvJCgC07wEAwecLAPGnDACq0AwAuv0LALr9CwAjDA0Auv0LAHplAgAK+QsAAtMMALtvAgDB5wsAgq0MAIfzDAAK+QsAu28CAAzoCwCUFAwAN0gIACMMDQB77AEASwAAAALTDAC7bwIAKUAAAAr5CwCyfwoAdIEKAAQFBgAPswEAwecLAAzoCwCEJQsAQUsKALtvAgC7bwIADXkBAA15AQANeQEADXkBALtvAgC6/QsADXkBAA+zAQAPswEAD7MBAAAAAAAAAAAAAtMMALtvAgDB5wsADOgLAIQlCwAjDA0AD7MBACMMDQBE+gwAuv0LAMHnCwCCrQwAi9EMAAr5CwBD/AsArN4LADzRAQBA0QwA2voMACX7DABw+wwAu/sMAAr5CwCg+QsASr8FALr9CwAT/gwAu28CAGArCwB6pgwAq6IMAEv2CQAK+QsAS/YJABDvAACdzgwAEO8AAJ3ODABC3wsAq6IMABDvAAC6/QsAuv0LADzRAQDi1QsA4tULAOLVCwC0MAwA4tULAOLVCwDi1QsA4tULAELfCwCrogwA4tULALQwDADi1QsAXrMMAOLVCwBeswwA4tULAF6zDACAvgwAXrMMAOLVCwBeswwA4tULAF6zDAAVDAwAXrMMAOLVCwBeswwAQQ0MAIwNDABX6AsAD7MBAA+zAQC7bwIAuv0LAKLoCwBPwgwAKUAAAClAAACi6AsA7egLANtaBgAEDQ0Au28CALtvAgCZDAAAmQwAAOEDDAC6/QsA0JcBAOLVCwAjDA0AQUsKACMMDQDi1QsAL8ULACMMDQAvxQsA4tULAH2yDAAvxQsAShINAJUSDQDi1QsAu28CAA+zAQDbFw0AD7MBAA+zAQAPswEA2xcNAA+zAQBxWwYA2xcNACMMDQAsbgsAD7MBAA+zAQDbFw0Auv0LAEENDACMDQwA1w0MAOLVCwDCLQEAAtMMAL68DADB5wsADOgLAKrQDACG1gwAD7MBAAr5CwCg+QsAwecLAAzoCwCUFAwA+aEKAAsoCQAn6gwAA/AMAGArCwAjDA0A21oGAFb3DAB4twwAAtMMAL68DADB5wsAgq0MAL0bCQAjDA0AL8ULAGxOCQBjFQAAIwwNALdBBwDB5wsADOgLAJQUDAD9fwoAVvcMAOz3DADB5wsAb94MAALTDACZDAAAIwwNAA==","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAAAAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAgAMAAIADAACAAwAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAAAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIADAAAAAQAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAAAAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAQAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAMAAIADAAAAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAQAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIABAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAABgAAAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAABAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAGgAAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAaAAAAAAAAAAABAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAGgAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAABoAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAAAAABgAAAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAGgAAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAABoAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAgAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAgAAQIAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAgAAQIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAACAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAaAAAAAAAAAAABAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABgAAAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAABoAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAgAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAgAAQIAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAgAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAgAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAEAAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAACAABAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAgAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAIAAECAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACBEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAgAAQIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAACAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAgAAQIAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIIAAAAAAAAACAAABAABAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAACAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAACAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAABoAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAEAAAAAAAAAAAFAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAEAAAAAAAAAAAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAEAAABAAAAAAAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAABAAAAgAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAQAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAABQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAABoAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAFAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAIAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAQAQAAABoAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAEAAQAAAaAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAIAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABEAAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAABAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAABgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEACAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAABAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAGAABgAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAGgAAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABQAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAaAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAMAAAAAAAAAAAAAAAAAAAAABAAAAAABgAAYAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAABoAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAABQAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAaAAAAAAAAAAABAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAEAAAAIAAAAAAAAAAAAYAAGAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAEAAAAAAAAAAAFAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAEA="},"index":{"lists":[[],[1,2,4,7,17,18,19,20,23,24,25,26,29,30,31,32,33,34,36,37,38,39,40,41,42,43,47,48,50,51,69,72,73,75,85,86,95,102,104,107,110,111,118,120,121,122,123,125,127,128,131,132,133,134,145],[1,2,4,7,17,18,19,20,23,24,25,26,29,30,31,32,33,34,36,37,38,39,40,41,42,43,46,47,48,50,51,69,72,73,75,85,86,95,102,104,107,110,111,118,120,121,122,123,125,127,128,131,132,133,134,145],[45,106,151],[60,61,62,137,138,139,140,141,142,143],[128,144],[50,51,67,68,128,133,134],[60,61,62],[39,40,60,61,62,63,80,85,86,87,91,98,103,104,109,115,116,117,124,145],[12,13,49,90,99],[64,157],[6],[1,7,60,61,62,92,118,122,123,145],[60,61,62,66,118,122,123,145],[20,60,61,62,107,118,122,123,132,145],[60,61,62,118,122,123,136,145],[0,2,4,5,10,11,14,15,60,61,62,81,89,107,118,119,122,123,126,129,145,146,149,152,153,156,158],[3,10,14,15,22,25,26,35,53,54,60,61,62,65,70,73,76,81,88,94,96,97,100,107,113,118,122,123,145,154,159],[60,61,62,118,122,123,145],[60,61,62,118,122,123,145,150],[48,60,61,62,118,122,123,145,147,148],[43,52,60,61,62,83,118,122,123,145],[22,55,60,61,62,75,76,93,118,122,123,145],[4,16,60,61,62,118,122,123,145],[28,60,61,62,75,118,122,123,145],[21,32,60,61,62,71,77,78,79,82,84,101,102,112,114,118,122,123,130,135,145],[7,60,61,62,118,122,123,145],[56,57,58,59,74,108,155],[8,9,60,61,62,118,122,123,145],[17],[18,19,23,24],[27,31],[30],[30,36],[36,42],[36],[41,47,125],[44,105],[125],[38],[38,110,111],[38,128],[38,50,51,128,133,134],[38,46,110,111],[33,34,37,38,39,40,85,86,95,104,110,111,145],[1,7,38,110,111,118,120,121,122,123,131,145],[38,110,111,118,120,121,122,123,145],[20,38,107,110,111,118,120,121,122,123,132,145],[2,4,38,107,110,111,118,120,121,122,123,127,145],[25,26,38,69,73,107,110,111,118,120,121,122,123,145],[38,48,110,111,118,120,121,122,123,145],[38,43,110,111,118,120,121,122,123,145],[38,75,110,111,118,120,121,122,123,145],[4,38,110,111,118,120,121,122,123,145],[38,69,72,75,110,111,118,120,121,122,123,145],[32,38,69,102,110,111,118,120,121,122,123,145],[7,38,110,111,118,120,121,122,123,145],[38,110,111,118,122,123,145],[17,38],[18,19,23,24,38],[31,38],[29,30,38],[30,38],[30,36,38],[36,38,42],[36,38],[38,41,47,125],[38,125]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,5,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,0,9,10,0,11,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,18,18,18,27,0,0,0,28,0,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,18,18,18,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,29],[9679,30],[9135,31],[215,32],[10095,32],[10003,33],[8595,32],[10004,34],[8730,35],[10006,36],[8505,37],[10007,38],[10008,38],[10060,38]],"plainDefault":0,"spaced":[39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,39,40,39,39,39,39,39,39,41,39,42,43,39,44,44,44,44,44,44,44,44,44,44,39,39,39,39,39,39,39,45,46,47,46,48,49,46,46,46,46,46,46,46,50,51,52,46,53,54,55,56,46,46,46,46,46,39,39,39,39,57,39,45,46,47,46,48,49,46,46,46,46,46,46,46,50,51,52,46,53,54,55,56,46,46,46,46,46,39,39,39,39,39],"spacedOther":[[160,39],[5760,39],[8192,39],[8193,39],[8194,39],[8195,39],[8196,39],[8197,39],[8198,39],[8199,39],[8200,39],[8201,39],[8202,39],[8232,39],[8233,39],[8239,39],[8287,39],[12288,39],[65279,39],[9676,58],[9679,59],[9135,60],[215,61],[10095,62],[10003,63],[8595,62],[10004,64],[8730,65],[10006,66],[8505,39],[10007,67],[10008,67],[10060,67]],"spacedDefault":39,"blank":39}}},"markers":{"key":"\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?|^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[],[9,10,11,13,14,15,16,18,19,20,21,22,24,25,26,27,28,29,30,32,33,35,36,48,49,50,51,55,56,64],[9,10,11,13,14,15,16,18,19,20,21,22,24,25,26,27,28,29,30,31,32,33,35,36,48,49,50,51,55,56,64],[31],[42,43,44],[35,36,46,47],[27,28,42,43,44,45,53,55,56,57,60,65],[4,5,34,60],[45],[42,43,44,61],[42,43,44,45],[2,3,6,7,42,43,44,54,59],[2,6,7,12,15,16,23,38,39,42,43,44,45,50,51,54,58,63,65],[42,43,44,54],[12,39,42,43,44,51,62],[8,42,43,44],[42,43,44,51],[12,20,42,43,44,51,52,54],[40,41,50],[0,1,42,43,44],[11,42,43,44],[42,43,44,49],[33,42,43,44],[30,37,42,43,44],[17,42,43,44],[9],[10,11,13,14],[16,20],[19],[19,24],[24,30],[24],[29,32],[26],[26,31],[26,35,36],[21,22,25,26,27,28,55,56,64],[15,16,26,48,50,51],[26,51],[26,48,49,51],[20,26,48,51],[26,50],[11,26],[26,49],[26,33],[26,30],[9,26],[10,11,13,14,26],[16,20,26],[18,19,26],[19,26],[19,24,26],[24,26,30],[24,26],[26,29,32]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,0,0,5,4,0,6,6,6,6,6,6,6,6,6,6,0,0,0,7,8,0,0,9,10,4,4,11,12,4,4,4,4,4,4,4,4,13,14,4,15,16,17,4,4,4,4,4,4,18,0,0,0,19,0,4,4,20,4,4,21,4,4,4,4,4,4,4,22,23,4,4,4,24,21,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,25],[9679,26],[9135,27],[215,28],[10095,28],[10003,29],[8595,28],[10004,30],[8730,31],[10006,32],[8505,3]],"plainDefault":0,"spaced":[33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,33,34,33,33,33,33,33,33,33,33,33,35,34,33,36,36,36,36,36,36,36,36,36,36,33,33,33,33,33,33,33,33,33,33,33,33,37,33,33,33,33,33,33,33,33,33,38,33,33,39,40,33,33,33,33,33,33,41,33,33,33,33,33,33,33,42,33,33,43,33,33,33,33,33,33,33,44,45,33,33,33,33,43,33,33,33,33,33,33,33,33,33,33,33],"spacedOther":[[160,33],[5760,33],[8192,33],[8193,33],[8194,33],[8195,33],[8196,33],[8197,33],[8198,33],[8199,33],[8200,33],[8201,33],[8202,33],[8232,33],[8233,33],[8239,33],[8287,33],[12288,33],[65279,33],[9676,46],[9679,47],[9135,48],[215,49],[10095,50],[10003,51],[8595,50],[10004,52],[8730,53],[10006,54],[8505,34]],"spacedDefault":33,"blank":33}},"reported":{"key":"\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[3,5],[6],[4,5,8,12,13,14],[0],[1,10],[2,3,11],[7],[9],[5],[3]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[8],[1,3,6,7,8,9],[6,8],[3,8],[3,6,8],[5,6,8],[0,6,8],[0,4,6,8],[6,7,8],[2,6,8],[6,8,9],[8,9],[3,6,8,9],[1,6,8,9],[6,7,8,9]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,2,2,2,2,2,2,2,2,2,2,0,0,0,0,2,0,0,2,2,4,5,6,2,2,2,2,2,2,2,2,2,2,2,2,2,2,7,2,2,2,2,2,2,2,0,0,0,2,0,2,2,8,2,8,8,2,2,2,2,2,2,2,2,2,2,2,2,2,9,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,10,0,0,0,0,0,0,2,0,3,11,0,10,10,10,10,10,10,10,10,10,10,0,0,0,0,2,0,0,10,10,12,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,2,0,0,0,10,0,13,10,14,10,14,14,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var FAILURE_SHAPE_AT_START = /^\d{1,9}(?:,\d{1,9})?[acd]\d{1,9}(?:,\d{1,9})?\s*$|^\s{0,8}[✗✘✖❌] \S|^E\s{1,40}(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z][\w$]{1,120}(?::\s.*|\s*)$|^\s{2,12}error: ['"]\S/;
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
var PROMOTED_BY_CONTEXT = /* @__PURE__ */ new Set(["network.dns.unnamed-host", "network.aggregate-error", "module.php.pdo-driver"]);
var GO_JSON_TEST = /"Action":"output","Package":"[^"]{0,300}","Test":"([^"]{1,500})"/;
var GO_JSON_PACKAGE = /"Package":"([^"]{1,300})"/;
var ASSERTED = /* @__PURE__ */ new Set(["code.assertion", "code.expectation"]);
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
  /** The package of the go test -json event being read, and the package each go unit was seen in. */
  jsonPackage;
  unitPackage = /* @__PURE__ */ new WeakMap();
  /** Each test's own logging (vitest's `stderr | file > test`): what its clients logged there. */
  logged = /* @__PURE__ */ new Map();
  /** The named logging block being read, and the line its header was on. */
  logScope;
  logScopeLine = 0;
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
    const uninformative = echo || GATED.UNINFORMATIVE.test(line) || GATED.DIALECT_UNINFORMATIVE.some((p) => p.test(line));
    if (unit && !marker) {
      if (PARENT_MARKER.test(line)) unit.parent = true;
      if (TEST_TIMEOUT.test(line)) unit.timedOut = true;
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
        const unit = this.units.get(marker.key) ?? this.openUnit(marker.key, marker.name || marker.dialect.id, runner, scope, state);
        if (state === "failing") unit.state = "failing";
        const above = this.lastStart;
        if (marker.dialect.groupsIdenticalFailures && above && above.line === this.lineNumber - 1 && above.unit !== unit && !hasFindings(above.unit)) above.unit.sharesDetailsOf = unit;
        this.lastStart = marker.event === "start" ? { unit, line: this.lineNumber } : void 0;
        if (marker.afterOutput) this.settlePreceding(unit);
        this.current = unit;
        this.quiet = false;
      }
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
        this.recordInfra(infra, interpreted, line, "the assertion's message is this connection error: the test failed with the error it caught");
        return true;
      }
    }
    if (codeRule && infraHere && ASSERTED.has(codeRule.id) && !EXPECTS_ERROR.test(line)) {
      const sides = assertionSides(line);
      const actualIsRefusal = sides !== void 0 && this.infraIn(sides.actual);
      const wantedAnswer = EXPECTED_ANSWER_ERROR.test(sides?.expected ?? "") && !CONNECTING_WORDS.test(sides?.expected ?? "");
      if (actualIsRefusal && (!NAMES_AN_ERROR.test(sides.expected) || this.infraIn(sides.expected) || wantedAnswer)) {
        this.recordInfra(infra, interpreted, line, "the assertion's actual value is this connection error");
        return true;
      }
    }
    if (codeRule && !infra) {
      const missing = this.driverImportedAsNone(line);
      if (missing) {
        this.record({ ruleId: "module.python.imported-as-none", title: "Python client not installed (imported as None)", kind: "infrastructure", confidence: "high", service: missing.service, line: this.lineNumber, text: clip2(line), note: `the code calls ${missing.call}, and ${missing.module} is None: its import failed and was caught` });
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
  recordInfra(match, interpreted, line, note) {
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
    if (seen) return { service: seen.service, module: "the driver", call: `.${attribute}` };
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
