import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  ALL_RULES,
  ENDPOINT_REFUSAL,
  EXPECTS_ERROR,
  NAMES_AN_ERROR,
  NO_ERROR_EXPECTED,
  NULL_DEREFERENCE,
  NULL_HANDLE,
  assertionSides,
  matchRule
} from "./chunk-FGLASVEH.js";
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
} from "./chunk-2YOQSNKF.js";
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
  serviceForPort,
  serviceForSocket,
  serviceForTool,
  speaksHttp
} from "./chunk-7VFXVKIP.js";

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
    { event: "end", pattern: /^\s*⎯{3,}|^\s*Test Files\s/ }
  ],
  reportedFailures: /^\s*Tests\s+(\d{1,6}) failed\b/
};
var MOCHA = {
  id: "mocha",
  markers: [
    // Inline, `  1) does x` lists a failing test; its details come after `N failing` under the same number.
    // A passing test's line ends whatever came before; what a test prints comes before its line.
    { event: "pass", pattern: /^\s*(?:✓|✔|√) \S/, afterOutput: true },
    { event: "outside", pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>[^\n]{0,300}"(?:before all|after all|before each|after each)" hook[^\n]{0,300})$/ },
    // Spec's `  1) does x`, or the list reporter's `  suite does x:   1) suite does x`.
    { event: "listed", pattern: /^\s{1,8}(?:\S[^\n]{0,500}?: {1,8})?(?<key>\d{1,5})\) (?<name>\S[^\n]{0,500})$/, afterOutput: true },
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
    { event: "start", pattern: /^\s*✖ (?<name>\S[^\n]{0,500}?)(?: \([\d.]+m?s\))?$/, afterOutput: true },
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
  reportedFailures: /^\d+ examples?, (\d{1,6}) failures?/
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
var DERIVED = `{"prefilter":{"key":"rules 170\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/NOAUTH Authentication required|WRONGPASS/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/Unable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Unable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,40}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?|^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[12,17,21,22,38,40,147,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,253,255,256,257,258,259,260,261,265],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,39,75,45,91,74,62,96,61,33,40,41,10008,63,90,93,48,56,54,55,50,47,60,49,201,211,195,42,64,9676,8250,9679,124,215,9135,10003,10004,8730,10006,8505,35,43,36],"words":5,"quiet":8009,"states":9026,"edges":"AAAAAAAAAAABAAAASAAAAAIAAACYNAAAAwAAABgMAAAEAAAAmE8AAAUAAAAAjQMABgAAAPDtAAAHAAAAyL4DAAgAAACwvgAACQAAAMg6AAAKAAAAsOsAAAsAAADosgQADAAAAEg/AAANAAAAiBQAAA4AAADYUQAADwAAABB6AAAQAAAA6CAAABEAAABgXQAAEgAAAOAHAAATAAAAcLMAABQAAABIXQYAFQAAAPDbAAAWAAAAAH4AABcAAAAYyQAAGAAAAFjdAAAZAAAAQNEAABoAAADI5QAAGwAAAIhYAQAcAAAA8HQBAB0AAAAAAAAAHgAAAPjlBgAfAAAA6AoBACAAAAAYZQcAIQAAALiGAAAiAAAAEJUAACMAAAD4owAAJAAAAFg4AwAlAAAAGBQHACYAAAAAAAAAJwAAAHixAAAoAAAAIHwDACkAAAAoxQAAKgAAAAAAAAArAAAA2A4BACwAAAAYawEALQAAAAAAAAAuAAAAAAAAAC8AAAAAAAAAMAAAAAAAAAAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAACQSwYAOQAAACBVBgA6AAAAiBwHADsAAAAAAAAAPAAAABgdBwA9AAAAAAAAAD4AAADwLwcAPwAAADgwBwBAAAAAmDwHAEEAAADgPAcAQgAAACg9BwBDAAAA6EwHAEQAAABIUAcARQAAADhdBwBGAAAASCgIAEcAAAAgcQgASgAAAJAAAABLAAAAQDACAE0AAABYFQUATgAAANiBBgBTAAAAsH0FAFQAAACAIQQAXAAAAJjfAABfAAAAUCwCAJMAAADYAAAAnQAAALiUAQDbAAAAiMwIACUBAABoAQAAbgEAALABAAC3AQAA+AEAAAACAABAAgAAQgIAAIgCAACRAgAA0AIAANoCAAAYAwAAIwMAAGADAABsAwAAqAMAALUDAADwAwAA+gMAADgEAABGBAAAgAQAAI8EAADIBAAAygQAABAFAAAaBQAAWAUAAGYFAACgBQAApQUAAOgFAAD1BQAAMAYAADgGAAB4BgAAiAYAAMAGAADCBgAACAcAABYHAABQBwAAYQcAANDMCACfBwAAGM0IAOIHAABgQQcA6AcAACgIAAD5BwAAcD0HAPwHAABYyQUALwgAAHAIAAB1CAAAuAgAAMQIAAAACQAAAwkAAEgJAABQCQAAkAkAAJ0JAADYCQAA3QkAACAKAAAqCgAAaAoAAHAKAACwCgAAvAoAAPgKAAC/CgAAsNkAAAsLAABACwAATgsAAIgLAACLCwAA0AsAANoLAABgzQgAGgwAAMBpAAAbDAAAIIgAAB0MAABgDAAAIQwAAOCIBgAiDAAAyC0BACMMAADo1AAAJAwAAOAZAAAmDAAAoFYAACcMAABYKQAALAwAAHhcAQA1DAAAiBUCADcMAABImAcAZgwAAKgMAABvDAAAyFcEAK4MAADwDAAABA0AADgNAABNDQAAgA0AAIgNAADIDQAA0g0AABAOAAAVDgAAWA4AAF0OAACgDgAAqA4AAOgOAAD+DgAAMA8AADIPAAB4DwAAhQ8AAMAPAADUDwAACBAAABAQAABQEAAAXxAAAJgQAACpEAAA4BAAAO4QAAAoEQAANBEAAHARAAB9EQAAuBEAAMIRAAAAEgAAAxIAAEgSAABQEgAAkBIAAJISAADYEgAA6RIAACATAAAmEwAAaBMAAHQTAACwEwAAshMAAPgTAAD/EwAAQBQAAFQUAACozQgAiRQAAPCXCACKFAAAMPkAAI0UAADQFAAAkRQAAPi1AACWFAAAWLUBANIUAABISAAA0xQAAPDzAwDXFAAAwJQFANgUAAAYFQAA2hQAADjTAADbFAAAYM8DAN8UAAAADAYA4RQAAHCeAwDmFAAAiP4AAOkUAADAZgMAGRUAAGAVAAAbFQAAyJsFAB4VAACgGgYAdxUAAKgVAADAFQAA8BUAAPsVAAA4FgAAURYAAIAWAACCFgAAyBYAAOIWAAAQFwAAHxcAAFgXAABdFwAAoBcAAK0XAADoFwAA+BcAADAYAAA4GAAAeBgAAIQYAADAGAAAzRgAAAgZAAASGQAAUBkAAFYZAACYGQAArBkAAPDNCADmGQAAKBoAAOoZAACoFAcA9xkAAEgnBgBDGgAAcBoAAHwaAAC4GgAAvhoAAAAbAAADGwAASCEDAAgbAABIGwAASxsAAGhGAwBPGwAAkBsAAFYbAABg6QEAlRsAANgbAADkGwAAIBwAACMcAABoHAAAcBwAALAcAAC9HAAA+BwAAP0cAABAHQAASh0AAIgdAACQHQAA0B0AANMdAAAYHgAAIR4AAGAeAABhHgAAqB4AAKkeAADwHgAA9R4AADgfAAA+HwAAgB8AAIofAADIHwAA0B8AABAgAAATIAAAWCAAAFsgAACgIAAAsSAAADjOCADqIAAAUI4AAO0gAAAYYAYA8SAAADA3CAD0IAAAMCEAAPYgAABAQwQASCEAAHghAAB7IQAAwCEAAMwhAAAIIgAAFSIAAFAiAABXIgAAmCIAAJoiAADgIgAA6SIAACgjAAAyIwAAcCMAAHsjAAC4IwAA1CMAAAAkAAAIJAAAgM4IAE0kAACQJAAAmCQAANgkAADZJAAAICUAACIlAABoJQAAayUAALAlAACzJQAAyM4IAP0lAABAJgAARiYAAIgmAACPJgAA0CYAANgmAAAYJwAAGycAAGAnAABpJwAAqCcAAKknAADwJwAA8ScAADgoAABJKAAAgCgAAI4oAADIKAAA1CgAABApAAAXKQAAEM8IAF4pAACgKQAAoikAAOgpAAD+KQAAMCoAADgqAAB4KgAAeioAAMAqAADJKgAACCsAABIrAABQKwAAWysAAJgrAACkKwAA4CsAAO0rAAAoLAAAMiwAAHAsAAB+LAAAuCwAAMcsAAAALQAAAi0AAEgtAABSLQAAkC0AAJ4tAADYLQAA3S0AACAuAAAtLgAAaC4AAHAuAACwLgAAti4AAPguAAAELwAAQC8AAF0vAACILwAAkS8AANAvAADeLwAAGDAAAB4wAABgMAAAbDAAAKgwAACrMAAA8DAAAPgwAAA4MQAASTEAAIAxAACOMQAAyDEAAOExAAAQMgAAETIAAFgyAAB1MgAAWM8IAKUyAADoMgAA7jIAADAzAAA4MwAAeDMAAIEzAADAMwAAwzMAAAg0AAAUNAAAUDQAAFY0AADozwgAmTQAAOjKBwCbNAAAOIsAAJ40AABAGQEAoDQAAPA/AwChNAAAuGIAAKI0AAAo+wAApTQAANiqBwCnNAAA4DQAAKk0AABg4QMArjQAANBQAwCvNAAASAgHAOo0AAAgkwQA7zQAACg1AAA0NQAAcDUAAHE1AABA+gEAczUAALg1AAC7NQAAADYAAAc2AAD4WwAACDYAAEg2AAAYNgAAOHAAAE82AACQNgAAnDYAANg2AADlNgAAIDcAAC43AABoNwAAdDcAALA3AAC3NwAA+DcAAAA4AABAOAAAUDgAAIg4AACNOAAA0DgAANY4AAAYOQAAIDkAAGA5AABpOQAAqDkAAKs5AADwOQAA/DkAADg6AAA+OgAAMNAIAJ46AAB40AgA1ToAABA7AAASOwAAmKECABM7AACANgEAFzsAAEDvBgAbOwAAaEwGABw7AABgsQYAHzsAAMhGBgApOwAAWBMBAC87AABYOwAAZTsAAKA7AAClOwAA6DsAAOw7AAAwPAAAPTwAAHg8AACAPAAAwDwAAIM8AABQegUAxzwAAAg9AAAKPQAAUD0AAFo9AACYPQAAmj0AAOA9AAD5PQAAKD4AACo+AABwPgAAcz4AALg+AADEPgAAAD8AAAg/AADA0AgATj8AAJA/AABQPwAAkM8JAFc/AABAYgMAWT8AAJiCAwBbPwAAGMAAAGQ/AAAACAcAlj8AABBbAQCoPwAA2D8AANo/AAAgQAAA8T8AADBFAAAvQAAAaEAAAHdAAACwQAAAvEAAAPhAAAD7QAAAQEEAAENBAACIQQAAoEEAANBBAADXQQAAGEIAACRCAABgQgAAbUIAAKhCAAC2QgAA8EIAAPxCAAA4QwAAP0MAAIBDAACYQwAAyEMAANRDAAAQRAAAFkQAAFhEAABeRAAAoEQAAKVEAADoRAAA7kQAAFDRCAAyRQAAeEUAAH9FAADARQAA2EUAAAhGAAAPRgAAUEYAAGlGAACYRgAAsEYAAOBGAADsRgAAKEcAAC5HAABwRwAAdkcAALhHAAC9RwAAAEgAAAZIAACY0QgAUUgAAJBIAACaSAAA2EgAAONIAADg0QgAIkkAAGhJAABxSQAAsEkAALpJAAD4SQAAA0oAAEBKAABMSgAAiEoAAJVKAADQSgAA2koAABhLAAAmSwAAYEsAAG9LAACoSwAAqksAAPBLAAD6SwAAOEwAAEZMAACATAAAhUwAAMhMAADVTAAAEE0AABhNAABYTQAAXk0AAKBNAACsTQAA6E0AAAVOAAAwTgAAOU4AAHhOAACGTgAAwE4AAMZOAAAITwAAFE8AAFBPAABXTwAAKNIIAJpPAABg2wAAnk8AAOBPAADlTwAAKFAAADVQAABwUAAAh1AAALhQAAC5UAAAAFEAAAJRAABIUQAAS1EAAJBRAACTUQAAcNIIANtRAACIDAIA4lEAAMAMAwDlUQAAIFIAAOhRAABQvgYA6VEAANA9AQDuUQAAmFkCACdSAADgDAEAO1IAAGhSAABqUgAAsFIAAMFSAAD4UgAABlMAAEBTAABHUwAAiFMAAIpTAADQUwAAjVMAAOglAQCQUwAA0HcAAN9TAAAYVAAAJ1QAAGBUAABsVAAAqFQAAKtUAADwVAAA81QAADhVAABXVQAAgFUAAIxVAADIVQAA3FUAABBWAAAeVgAAWFYAAF9WAAC40ggAt1YAAOhWAADqVgAAWCwGAOtWAACAKwYA9VYAADBXAAAyVwAAeFcAAIJXAADAVwAAiVcAAHAvBgDJVwAACFgAAA5YAABQWAAAXFgAAJhYAACfWAAA4FgAAOVYAAAoWQAANFkAAHBZAABzWQAAuFkAAMVZAAAAWgAABVoAAEhaAABSWgAAkFoAAKZaAADYWgAA2loAACBbAAAqWwAAaFsAAHdbAACwWwAAu1sAAADTCAAEXAAAQFwAAE1cAACIXAAAllwAANBcAADcXAAAGF0AAB9dAABI0wgAZV0AAKhdAABsXQAAGD0IAG5dAAAYXgIAql0AAJDdAQCtXQAAkKAFAL9dAADwXQAA/l0AADheAABFXgAAgF4AAIheAADIXgAA0l4AANi6AwDYXgAAEF8AABJfAABYXwAAZl8AAKBfAACxXwAAkNMIAO9fAADY0wgANWAAAHhgAAB+YAAAwGAAAMhgAAAIYQAAEWEAAFBhAABTYQAAmGEAAKRhAADgYQAA5mEAAChiAAAwYgAAcGIAAI5iAABo1AgAwmIAAABjAAALYwAASGMAAFRjAACQYwAAnWMAANhjAADiYwAAIGQAAC5kAABoZAAAd2QAALBkAACyZAAA+GQAAAJlAABAZQAATmUAAIhlAACNZQAA0GUAAN1lAAAYZgAAIGYAAGBmAABwZgAAqGYAAKpmAADwZgAA/mYAADhnAABJZwAAsNQIAIdnAAD41AgAzWcAABBoAAAWaAAAWGgAAGBoAACgaAAAqWgAAOhoAADraAAAMGkAADxpAAB4aQAAfmkAAIjVCADDaQAACGoAABlqAABQagAAWGoAAJhqAACaagAA4GoAAOlqAAAoawAAMmsAAHBrAAB7awAAuGsAAMRrAAAAbAAADWwAAEhsAABSbAAAkGwAAJ5sAADYbAAA52wAACBtAAAibQAAaG0AAHJtAACwbQAAvm0AAPhtAAD9bQAAQG4AAE1uAACIbgAAkG4AANBuAADgbgAAGG8AABpvAABgbwAAbm8AAKhvAAC5bwAA0NUIAPdvAAAY1ggAPnAAAIBwAACMcAAAyHAAANhwAAAQcQAAGXEAAFhxAABbcQAAoHEAAKxxAADocQAA73EAADByAAA4cgAAeHIAAJhyAADAcgAAyHIAAAhzAAAZcwAAUHMAAFVzAACYcwAAr3MAAOBzAADucwAAKHQAADV0AABwdAAAeHQAALh0AAC8dAAAAHUAAAJ1AABIdQAAS3UAAJB1AACYdQAA2HUAAN51AAAgdgAALHYAAGh2AAB4dgAAsHYAALl2AAD4dgAA+3YAAEB3AABMdwAAiHcAAI93AABg1ggA2XcAABh4AAAbeAAAYHgAAGx4AACoeAAArngAAPB4AAD9eAAAOHkAADp5AACAeQAAlnkAAMh5AADUeQAAqNYIABJ6AAAYYgEAFXoAAECbAAAhegAAWHoAAFp6AACwIQEAZnoAAKB6AACsegAA6HoAAK96AADA/wMA9XoAADB7AAA6ewAAeHsAAHl7AAB4iAgAgHsAAMB7AADbewAACHwAABR8AABQfAAAVnwAAJh8AACbfAAA4HwAAO58AAAofQAALX0AAHB9AAB9fQAAuH0AAMB9AADw1ggAAn4AAEC3AgAFfgAACCgDAAl+AAAwnwAADH4AAMjHAwAOfgAASH4AABR+AACgewIAVX4AAJB+AACefgAA2H4AAO5+AAAgfwAAKX8AAGh/AAB+fwAAsH8AALh/AAD4fwAA+38AAECAAABJgAAAiIAAAImAAADQgAAA0YAAABiBAAAdgQAAYIEAAGaBAACogQAAsoEAAPCBAAD8gQAAOIIAAD+CAACAggAAiIIAAMiCAADKggAAEIMAABGDAABYgwAAZoMAAKCDAACogwAA6IMAAAOEAAAwhAAAPIQAAHiEAAB+hAAAwIQAAMOEAAAIhQAAFoUAAFCFAABVhQAAmIUAAKWFAADghQAA6IUAACiGAAA2hgAAcIYAAHOGAAA41wgAu4YAAACHAAC8hgAAoNYEAMSGAADYyAQAxoYAACBsBwDLhgAAMJUHAAOHAABIhwAAWYcAAJCHAACshwAA2IcAAOCHAACA1wgAMYgAAGiIAABwiAAAsIgAALaIAAD4iAAA/YgAAECJAABJiQAAiIkAAJKJAADQiQAA3okAABiKAAAligAAYIoAAGyKAACoigAAq4oAAPCKAAAMiwAAyNcIADuLAACAiwAATIsAAKBFAgCMiwAAyIsAAM6LAAAQjAAAGowAABDYCABdjAAAoIwAAK2MAADojAAA8IwAANjcCAD0jAAAMI0AAPiMAADQkgAANo0AAHiNAAB+jQAAwI0AAMWNAAAIjgAADo4AAFjYCABajgAAMC0GAF6OAACYjgAAqY4AAKDYCADnjgAA6NgIADCPAAAw2QgAfo8AALiPAAC/jwAAAJAAAAiQAABIkAAAVZAAAJCQAACVkAAA2JAAAOKQAAAgkQAAKJEAAGiRAABukQAAsJEAALKRAAD4kQAABpIAAECSAABDkgAAiJIAAJSSAAB42QgA0pIAABiTAAAmkwAAYJMAAHGTAADA2QgAr5MAAAjaCAD2kwAAOJQAAD6UAACAlAAAhZQAAMiUAADOlAAAUNoIABKVAABYlQAAHJUAAFjVAgBzlQAAoJUAAKKVAADolQAAApYAADCWAAA9lgAAANoEAEGWAAB4lgAAepYAAMCWAADNlgAACJcAAB+XAABQlwAAapcAAJiXAACalwAA4JcAAOOXAAAomAAAK5gAAHCYAAB8mAAAuJgAAL6YAAAAmQAACpkAAJjaCABNmQAAkJkAAJ2ZAADYmQAA5JkAACCaAAAmmgAAaJoAAG6aAACwmgAAtZoAAPiaAAD+mgAA4NoIAEebAADouAcASZsAAIAFAgBNmwAAqFABAFGbAABwEAcAVpsAAIibAACJmwAA0JsAAJ6bAACQkQIA0psAABicAADemwAAmGYBAB6cAABgnAAAbpwAAKicAACrnAAA8JwAAPWcAAA4nQAARZ0AAICdAACQnQAAyJ0AAMqdAAAQngAAHp4AAFieAABpngAAKNsIAKaeAADongAA9J4AAHDbCABBnwAAeJ8AAIKfAADAnwAAzp8AAAigAAAJoAAAUKAAAGGgAACYoAAApKAAAOCgAADwoAAAKKEAACqhAABwoQAAfqEAALihAADJoQAAuNsIAAaiAABIogAAVKIAAADcCACcogAA2KIAAN6iAAAgowAAJqMAAGijAABtowAAsKMAALajAABI3AgAAKQAAECkAABKpAAAkIYHAFmkAACIpAAAkaQAANCkAADapAAAGKUAACClAABgpQAAZKUAAKilAACqpQAA8KUAAPOlAAA4pgAAVKYAAJDcCACRpgAAyKYAANSmAAAQpwAAIKcAAFinAABipwAAoKcAAKinAADopwAADagAADCoAAAOqAAAIKwAAFWoAAB4qAAAgKgAAMCoAADGqAAACKkAABapAABQqQAAZ6kAAJipAACjqQAA4KkAAOqpAAAoqgAATKoAAHCqAAB4qgAAuKoAAMiqAAAAqwAAAqsAAEirAABWqwAAkKsAAKGrAAAg3QgA36sAAGjdCABFrAAAaKwAAHCsAACwrAAAtqwAAPisAAAGrQAAQK0AAFetAACIrQAAk60AANCtAADarQAAGK4AADyuAABgrgAAaK4AAKiuAAC4rgAA8K4AAPKuAAA4rwAARq8AAICvAACRrwAAsN0IAM+vAAD43QgAErAAAFiwAABmsAAAoLAAALGwAABA3ggA77AAAIjeCAA4sQAA0N4IAHuxAACQZgYAh7EAADjKAACgsQAAwLEAAMixAAAY3wgACrIAAFCyAABesgAAmLIAAKmyAABg3wgA5rIAACizAAA0swAAqN8IAHmzAAC4swAAxbMAAAC0AAAOtAAASLQAAFK0AACQtAAAqrQAANi0AADbtAAAILUAACe1AABotQAAh7UAALC1AADKtQAA8N8IAAW2AABAtgAACbYAAFgBAQAOtgAAmEsBAE62AACItgAAkrYAANC2AADqtgAAGLcAACi3AABgtwAAZrcAAKi3AACqtwAA8LcAAAa4AAA4uAAARLgAAIC4AACEuAAAyLgAAM24AAAQuQAAFrkAAFi5AAB3uQAAoLkAALq5AADouQAA6rkAADC6AAAzugAAeLoAAHu6AADAugAAzLoAAAi7AAAOuwAAULsAAFq7AAA44AgAnbsAAOC7AADtuwAAKLwAADS8AABwvAAAg7wAALi8AADHvAAAAL0AAAy9AABIvQAASb0AAJC9AACavQAA2L0AAOa9AAAgvgAAJb4AAGi+AAB1vgAAgOAIALG+AAAwUQYAsr4AAMBjBgCzvgAA+IsGALa+AACQpAQAt74AAPhVBgC6vgAAsBsHALu+AAAwWgYAvL4AAHCyBwC+vgAAcPAFAL++AAA4sAIAwL4AAPi+AADIvgAAMJYJAMy+AADAJQgA674AANAcBwD6vgAAQL8AAE6/AACIvwAAmb8AAMjgCADXvwAAEOEIABnAAABgwAAAJMAAAKC9CAAmwAAA8IQGACfAAABYIwYAbMAAAKjAAAC3wAAA8MAAAPrAAAA4wQAARMEAAIDBAACHwQAAoOEIAMrBAAAQwgAAIcIAAFjCAABhwgAAoMIAAKzCAADowgAA68IAADDDAAA4wwAAeMMAAILDAADAwwAAxcMAAAjEAAAQxAAAUMQAAGnEAACYxAAApMQAAODEAADoxAAAMOIIADDFAAB44ggAc8UAALjFAAC7xQAAAMYAAAzGAABIxgAATsYAAJDGAACaxgAAwOIIAN3GAAAgxwAALccAAGjHAABwxwAACOMIALbHAAD4xwAA/scAAEDIAABFyAAAiMgAAI7IAABQ4wgA2MgAAJjjCAAayQAAqIgFAB3JAABgyQAAJMkAAChXBQBqyQAAqMkAAG/JAADA0gMAsMkAAIi5BgDEyQAA8MkAAPjJAADg4wgAPcoAAIDKAACWygAAyMoAAMnKAAAQywAAEssAAFjLAABeywAAoMsAAKzLAADoywAA78sAADDMAAA4zAAAeMwAAIHMAADAzAAAw8wAAAjNAAAWzQAAUM0AAF3NAACYzQAAr80AAODNAADozQAAKM4AADTOAAAAzwAATc4AAHDOAACVzgAAuM4AAODOAAAo5AgAHc8AAEjPAABRzwAAINAAAFnPAACQzwAAus8AANjPAAAA0AAAcOQIACLQAABo0AAAedAAALDQAADa0AAA+NAAACDRAAC45AgARtEAAJhVAwBJ0QAAiNEAAEzRAABAvgcAktEAANDRAACV0QAAWFwDAJbRAACwhwcA2NEAABjSAAAc0gAAYNIAAGLSAACo0gAAq9IAAPDSAAAM0wAAAOUIAEDTAACA0wAARtMAAEgyAQCF0wAA6D4GAIrTAABIpQYAjNMAAMjTAACQ0wAAOMgFAOXTAAAQ1AAAGdQAAFjUAABa1AAAoNQAALHUAABI5QgA7dQAADDVAAA51QAAeNUAAInVAADA1QAAx9UAAAjWAAAQ1gAAUNYAACLWAABw8gAAXdYAAODWAABf1gAAANgAAGnWAACY1gAApNYAAJDlCADl1gAAKNcAADLXAABw1wAAeNcAANjlCADE1wAAIOYIAAXYAABI2AAAVdgAAJDYAACa2AAA2NgAANrYAAAg2QAALtkAAGjZAAB12QAAaOYIALXZAAD42QAABdoAAEDaAABK2gAAiNoAAIraAADQ2gAA3toAABjbAAAl2wAAsOYIAG3bAACo2wAAstsAAPjmCAD42wAAONwAADrcAAD4ogcAT9wAAIDcAACF3AAAyNwAANLcAAAQ3QAAGN0AAEDnCABi3QAAoN0AAKzdAADo3QAA690AADDeAAA63gAAeN4AAJLeAADA3gAA194AAAjfAAAN3wAAUN8AAGzfAACI5wgAot8AAODfAADs3wAAKOAAACvgAABw4AAAeuAAALjgAADS4AAAAOEAAAbhAABI4QAASuEAAJDhAACe4QAA2OEAANvhAAAg4gAALOIAAGjiAABr4gAAsOIAANfiAADQ5wgA+uIAAEDjAABO4wAAiOMAAIvjAADQ4wAA3OMAABjkAAAb5AAAGOgIAGvkAACo5AAAruQAAPDkAAD15AAAOOUAADzlAACA5QAAg+UAAGDoCADJ5QAAyBoIAMvlAADYFggAzuUAABDmAADR5QAAqBAIANLlAAAA6gAA1OUAAFgACADW5QAA4PkHANflAAD4BQgA2OUAAAAfCADf5QAAWD4GAOLlAABIYgcAHOYAAFjmAAB65gAAoOYAAKzmAADo5gAA9+YAADDnAAA65wAAeOcAAHvnAADA5wAA2ucAAAjoAAAS6AAAUOgAAFXoAACY6AAAougAAODoAADr6AAAKOkAAC7pAABw6QAAdekAALjpAAC86QAAqOgIAAXqAABI6gAADuoAAOALCABS6gAAkOoAAJvqAADY6gAA3uoAACDrAAAl6wAAaOsAAGzrAADw6AgAtesAAPjrAAC26wAAaHAGALvrAADQzQEAvOsAAFCMBQC+6wAA2D0FAMTrAADY8wAAAOwAAMCrBgAC7AAA+JkHABLsAABA7AAASuwAAIjsAACT7AAA0OwAANbsAAAY7QAAHe0AAGDtAABk7QAAqO0AAM/tAAA46QgA8u0AADjuAAD17QAA4H4EAPztAADQ9QAA/u0AADBACABF7gAASBcBAEbuAACA7gAAg+4AAMjuAADU7gAAEO8AACjvAABY7wAAZO8AAKDvAACm7wAA6O8AAO7vAAAw8AAANfAAAHjwAAB+8AAAgOkIAMrwAAAI8QAAE/EAAFDxAABW8QAAmPEAAJ3xAADg8QAA5PEAACjyAAAr8gAAyOkIAHryAAC48gAAw/IAAADzAAAG8wAASPMAAE3zAACQ8wAAlPMAABDqCADZ8wAAIPQAACz0AABo9AAAdPQAALD0AAC29AAA+PQAAP70AABA9QAARfUAAIj1AACO9QAAWOoIANf1AACwyAIA3/UAALAqAQDg9QAAGPYAACT2AABg9gAAZvYAAKj2AAC09gAA8PYAAP32AAA49wAAR/cAAID3AACM9wAAyPcAANT3AAAQ+AAAFvgAAFj4AABe+AAAoPgAAKX4AADo+AAA7vgAAKDqCAA6+QAA0OkDAEb5AAB4+QAAhPkAAMD5AADI+QAAgFUJAMz5AAAI+gAADvoAAFD6AABW+gAAmPoAAJ36AADg+gAA5voAAOjqCAAw+wAAEJUJADL7AABw+wAAdvsAALj7AAB8+wAAuJ0BAMb7AAAA/AAAGfwAAEj8AABR/AAAkPwAAJr8AADY/AAA5PwAACD9AAAs/QAAaP0AAG79AACw/QAAtv0AAPj9AAD9/QAAQP4AAEb+AAAw6wgAlP4AAND+AADa/gAAGP8AACP/AABg/wAAZf8AAKj/AACv/wAA8P8AAPz/AAA4AAEAPgABAIAAAQCGAAEAyAABAM0AAQAQAQEAFgEBAHjrCABpAQEAoAEBAKEBAQDoAQEApgEBACAGAQDtAQEAMAIBAD4CAQB4AgEAhQIBAMACAQDKAgEACAMBABQDAQBQAwEAVgMBAJgDAQCkAwEA4AMBAPMDAQAoBAEANwQBAHAEAQB8BAEAuAQBALkEAQAABQEACgUBAEgFAQBWBQEAkAUBAJUFAQDYBQEA5QUBAMDrCAAsBgEAaAYBAHgGAQCwBgEAvAYBAPgGAQD+BgEAQAcBAEwHAQCIBwEAlQcBANAHAQDfBwEAGAgBACQIAQBgCAEAbAgBAKgIAQC7CAEA8AgBAP8IAQA4CQEARAkBAIAJAQCBCQEAyAkBANIJAQAQCgEAHgoBAFgKAQBdCgEAoAoBAK0KAQAI7AgA6goBAPhqAwD0CgEAMAsBAPUKAQBgLgUA9goBAGgxBgBECwEAeAsBAIQLAQDACwEAxgsBAAgMAQAODAEAUAwBAFUMAQCYDAEAngwBAFDsCADsDAEAKA0BADUNAQAAXwEAOw0BAHANAQB1DQEAWBwBAHgNAQDwmAEAfA0BALgNAQC+DQEAAA4BAAYOAQBIDgEATQ4BAJAOAQCWDgEAmOwIAOQOAQAgDwEAJg8BAGgPAQBtDwEAsA8BALcPAQD4DwEABhABAEAQAQBbEAEAiBABAJYQAQDQEAEA0xABABgRAQAmEQEAYBEBAGURAQCoEQEAtREBAPARAQD8EQEAOBIBAD4SAQCAEgEAhhIBAMgSAQDNEgEAEBMBABYTAQDg7AgAXRMBAKATAQCpEwEA6BMBAPUTAQAwFAEANxQBAHgUAQCJFAEAwBQBAMUUAQAIFQEAFxUBAFAVAQBSFQEAmBUBAKkVAQDgFQEA7BUBACgWAQAuFgEAcBYBAHYWAQC4FgEAvRYBAAAXAQAGFwEAKO0IAF8XAQCQFwEAnBcBANgXAQDkFwEAIBgBACYYAQBoGAEAbhgBALAYAQC1GAEA+BgBAP4YAQBw7QgARhkBAABEAQBXGQEAiBkBAJEZAQDQGQEA5hkBABgaAQAkGgEAYBoBAG0aAQCoGgEAshoBAPAaAQD8GgEAOBsBAD4bAQCAGwEAhhsBAMgbAQDNGwEAEBwBABYcAQC47QgAYRwBAKAcAQCqHAEA6BwBAO0cAQAwHQEAQB0BAHgdAQCRHQEAwB0BAMUdAQAIHgEAER4BAFAeAQBdHgEAmB4BAJ8eAQDgHgEA4x4BACgfAQA0HwEAcB8BAIMfAQC4HwEAxx8BAAAgAQAMIAEASCABAEkgAQCQIAEAmiABANggAQDmIAEAICEBACUhAQBoIQEAdSEBAADuCACzIQEA+CEBAPshAQBAIgEATSIBAIAHBgBPIgEAiCIBAIoiAQDQIgEA0yIBABgjAQAiIwEAYCMBAGwjAQCoIwEAuyMBAPAjAQD/IwEAOCQBAEQkAQCAJAEAgSQBAMgkAQDSJAEAECUBAB4lAQBYJQEAXSUBAKAlAQCtJQEASO4IAOklAQAwJgEAPCYBAHgmAQB+JgEAwCYBAMImAQAIJwEAEicBAFAnAQBeJwEAmCcBAJ0nAQDgJwEA7ScBACgoAQA0KAEAcCgBAIMoAQC4KAEAxygBAAApAQAMKQEASCkBAEkpAQCQKQEAmikBANgpAQDmKQEAICoBACUqAQBoKgEAdSoBAJDuCAC5KgEA+CoBALwqAQB4tAYA/ioBAEArAQBDKwEAiCsBAJYrAQDQKwEA1SsBABgsAQAlLAEAYCwBAGwsAQCoLAEAriwBAPAsAQD2LAEAOC0BAD0tAQCALQEAhi0BANjuCADKLQEAEC4BAM8tAQDYLAcAHy4BAFguAQB3LgEAoC4BAKUuAQDoLgEAAy8BADAvAQA8LwEAeC8BAH4vAQDALwEA0C8BAAgwAQAZMAEAUDABAFUwAQCYMAEAnDABAOAwAQDsMAEAKDEBAC4xAQBwMQEAdjEBALgxAQC9MQEAADIBAAYyAQAg7wgAXjIBAJAyAQCRMgEA2DIBAOkyAQAgMwEALDMBAGgzAQB+MwEAsDMBALwzAQD4MwEABTQBAEA0AQBKNAEAiDQBAJQ0AQDQNAEA1zQBABg1AQAkNQEAYDUBAGY1AQCoNQEArjUBAPA1AQD1NQEAODYBAD42AQBo7wgAgjYBAJjDBwCJNgEAyDYBAMk2AQAQNwEAETcBAFg3AQBdNwEAoDcBAKY3AQDoNwEA8jcBADA4AQA8OAEAeDgBAH84AQDAOAEAxTgBAAg5AQAJOQEAUDkBAFw5AQCYOQEAnjkBAOA5AQDiOQEAKDoBADI6AQBwOgEAfjoBALg6AQC9OgEAADsBAA07AQBIOwEAVDsBAJA7AQCjOwEA2DsBAOc7AQAgPAEALDwBAGg8AQBpPAEAsDwBALo8AQD4PAEABj0BAEA9AQBFPQEAiD0BAJU9AQCw7wgA4T0BABg+AQAkPgEAYD4BAHc+AQCoPgEAqj4BAPA+AQABPwEAOD8BADo/AQCAPwEAhj8BAMg/AQDfPwEAEEABABlAAQBYQAEAbkABAKBAAQCsQAEA6EABAPVAAQAwQQEAOkEBAHhBAQCEQQEAwEEBANNBAQAIQgEAF0IBAFBCAQBcQgEAmEIBAJlCAQDgQgEA6kIBAChDAQA2QwEAcEMBAHVDAQC4QwEAxUMBAPjvCAACRAEASEQBAFxEAQCQRAEAnkQBANhEAQDlRAEAIEUBACdFAQBoRQEAdEUBALBFAQDDRQEA+EUBAP1FAQBARgEASUYBAIhGAQCSRgEA0EYBANVGAQAYRwEAKEcBAGBHAQB5RwEAqEcBAK1HAQDwRwEA+UcBADhIAQBFSAEAgEgBAIdIAQDISAEAy0gBABBJAQAcSQEAWEkBAGtJAQCgSQEAr0kBAOhJAQD0SQEAMEoBADFKAQB4SgEAgkoBAMBKAQDOSgEACEsBAA1LAQBQSwEAXUsBAEDwCACxSwEA4EsBAOxLAQAoTAEALkwBAHBMAQCATAEAuEwBAL1MAQAATQEABk0BAEhNAQBeTQEAkE0BAJJNAQDYTQEA4k0BACBOAQAsTgEAaE4BAHtOAQCwTgEAv04BAPhOAQAETwEAQE8BAEFPAQCITwEAkk8BANBPAQDeTwEAGFABAB1QAQBgUAEAbVABAIjwCACrUAEAEB8HALJQAQDg3gcAtFABAAD1BAC1UAEA0PEBALdQAQDwUAEA+VABADhRAQA+UQEAgFEBAIZRAQDIUQEA1FEBABBSAQAdUgEAWFIBAGJSAQCgUgEAtlIBAOhSAQDtUgEAMFMBADdTAQB4UwEAhlMBAMBTAQDQUwEACFQBABZUAQBQVAEAX1QBAJhUAQCaVAEA4FQBAOpUAQAoVQEANlUBAHBVAQB1VQEAuFUBAMVVAQAAVgEADFYBAEhWAQBbVgEAkFYBAJ9WAQDYVgEA5FYBACBXAQAhVwEAaFcBAHJXAQCwVwEAvlcBAPhXAQD9VwEAQFgBAE1YAQDQ8AgAilgBANBYAQCUWAEA+O0EAOFYAQAYWQEAIVkBAGBZAQBsWQEAqFkBALRZAQDwWQEA9lkBADhaAQA+WgEAgFoBAIVaAQDIWgEAzloBABjxCAAVWwEAWFsBAB1bAQBo/wQAXlsBAGDxCACsWwEAqPEIAOtbAQA48ggAM1wBAIDyCAA1XAEAMJoIAHtcAQAIJQYAhVwBAMBcAQDKXAEACF0BAApdAQBQXQEAY10BAJhdAQCkXQEA4F0BAOZdAQAoXgEALl4BAHBeAQB1XgEAuF4BAL5eAQDI8ggACl8BAEhfAQBKXwEAkF8BAJpfAQDYXwEA5l8BACBgAQAlYAEAaGABAHVgAQCwYAEAvGABAPhgAQD+YAEAQGEBAEZhAQCIYQEAjWEBANBhAQDWYQEAEPMIACFiAQCQQwgAJWIBAGBiAQApYgEAePMGAG1iAQCoYgEAfmIBAPh3AgCtYgEA8GIBAPpiAQA4YwEAQGMBAIBjAQBPYwEA2PIHAIZjAQBQ2QYAjmMBAHD+BgCPYwEAkBQEAJBjAQDIYwEAkWMBANDqBQDWYwEAEGQBAB1kAQBYZAEAX2QBAKBkAQCoZAEA6GQBAOlkAQDg3QUA62QBADBlAQD+ZAEAMNwFAERlAQB4ZQEAjmUBAMBlAQDZZQEACGYBAA1mAQBQZgEAYWYBAFjzCACpZgEA4GYBAOJmAQAoZwEAMmcBAHBnAQB+ZwEAuGcBAL1nAQAAaAEADWgBAEhoAQBQaAEAkGgBAJxoAQDYaAEAoGgBAPhpAQDeaAEAIGkBACZpAQBoaQEAbWkBALBpAQC2aQEAoPMIAPppAQBAagEATmoBAIhqAQCZagEA6PMIANdqAQAw9AgAIGsBAGBrAQBuawEAqGsBAG9rAQAocAEAtWsBAPBrAQD/awEAOGwBAD1sAQCAbAEAlmwBAMhsAQDJbAEAEG0BABJtAQBYbQEAYm0BAKBtAQCubQEA6G0BAAFuAQAwbgEAQW4BAHhuAQCEbgEAwG4BAMhuAQAI9QgAHG8BAFBvAQBRbwEAmG8BAKRvAQDgbwEA428BAFD1CAAqcAEAcHABAH1wAQC4cAEAxXABAABxAQAFcQEASHEBAFJxAQCQcQEAmHEBANhxAQDocQEAIHIBAC5yAQBocgEAdXIBALByAQC3cgEA+HIBAABzAQBAcwEAQ3MBAIhzAQCccwEA0HMBAOZzAQAYdAEAMXQBAGB0AQBldAEAqHQBALl0AQCY9QgA+HQBAOD1CAD8dAEAWAMFAAx1AQDYzwkARXUBAIB1AQCHdQEAyHUBANR1AQAQdgEAIHYBAFh2AQBmdgEAoHYBAK12AQDodgEA9HYBADB3AQA3dwEAKPYIAHp3AQDAdwEAfXcBACBBAgDNdwEACHgBABV4AQBQeAEAVXgBAJh4AQCieAEA4HgBAOh4AQAoeQEAMXkBAHB5AQBzeQEAuHkBAMR5AQBw9ggABXoBAEh6AQAMegEAIGsFAE16AQCQegEAmHoBANh6AQDuegEAIHsBACJ7AQBoewEAdXsBALB7AQDEewEAuPYIAP17AQBAfAEASHwBABhkBQBKfAEAiHwBAJB8AQDQfAEA3HwBABh9AQAlfQEAYH0BAGV9AQCofQEAsX0BAPB9AQAHfgEAOH4BAEN+AQAA9wgAjn4BAMh+AQDLfgEAEH8BABN/AQBYfwEAZn8BAKB/AQCtfwEA6H8BAP9/AQAwgAEAOIABAHiAAQB+gAEAwIABAMyAAQAIgQEAEoEBAFCBAQBZgQEAmIEBAJ6BAQDggQEA7YEBAEj3CAA0ggEAcIIBADaCAQAQbwUAf4IBALiCAQDJggEAAIMBAAKDAQBIgwEAToMBAJCDAQCcgwEA2IMBAN+DAQAghAEAKIQBAGiEAQBqhAEAsIQBAL2EAQD4hAEA/4QBAECFAQBIhQEAiIUBAJWFAQDQhQEA1YUBABiGAQAihgEAYIYBAGiGAQCohgEAsYYBAPCGAQDzhgEAOIcBAESHAQCAhwEAh4cBAJD3CADVhwEAEIgBAN6HAQBIjAEA+ocBALhyBQAriAEAWIgBAFqIAQCgiAEAsYgBAOiIAQD2iAEAMIkBADeJAQB4iQEAgIkBAMCJAQDFiQEACIoBAAmKAQBQigEAXIoBAJiKAQCeigEA4IoBAOKKAQAoiwEAMosBAHCLAQB+iwEAuIsBAL2LAQAAjAEADYwBANj3CABJjAEAkIwBAJWMAQDYjAEA3owBACCNAQAqjQEAaI0BAHSNAQCwjQEAt40BAPiNAQAAjgEAQI4BAEKOAQCIjgEAlY4BANCOAQDXjgEAGI8BACCPAQBgjwEAbY8BAKiPAQCtjwEA8I8BAPqPAQA4kAEAQJABAICQAQCJkAEAyJABAMuQAQAQkQEAHJEBAFiRAQBfkQEAIPgIAKyRAQCgZgUAtJEBAOiRAQD1kQEAMJIBADqSAQB4kgEAepIBAMCSAQDTkgEACJMBABCTAQBQkwEAXJMBAJiTAQCekwEA4JMBAOaTAQAolAEALZQBAHCUAQB2lAEAaPgIAMaUAQAAlQEAD5UBAEiVAQBklQEAkJUBAGeVAQBAuwEAmJUBALD4CADhlQEAIJYBAC2WAQBolgEAcpYBALCWAQC+lgEA+JYBAA6XAQBAlwEATJcBAIiXAQCQlwEA+PgIANaXAQAYmAEAHpgBAGCYAQBlmAEAqJgBAK6YAQBA+QgA9ZgBADiZAQBBmQEAgJkBAIqZAQDImQEA0JkBABCaAQAVmgEAWJoBAGiaAQCgmgEAqJoBAOiaAQDumgEAmJwBAAGbAQAwmwEANZsBAHibAQCBmwEAwJsBAM2bAQAInAEAD5wBAFCcAQBTnAEAiPkIAJqcAQDgnAEA7ZwBACidAQA/nQEAcJ0BAHydAQDQ+QgAzp0BAACeAQABngEASJ4BAFKeAQCQngEAmJ4BANieAQDingEAIJ8BACWfAQBonwEAcJ8BALCfAQCynwEA+J8BALOfAQB4pAEAt58BAEiwAQDGnwEAYKoBAP+fAQBAoAEAR6ABAIigAQCQoAEA0KABANSgAQAYoQEAJqEBAGChAQBqoQEAqKEBALOhAQDwoQEA+KEBADiiAQA9ogEAgKIBAJuiAQDIogEA1KIBABCjAQAWowEAWKMBAGijAQCgowEAsaMBAOijAQDtowEAMKQBADSkAQAY+ggAgaQBAMCkAQDZpAEACKUBABKlAQBQpQEAVqUBAJilAQCapQEA4KUBAO+lAQAopgEAMqYBAHCmAQB4pgEAuKYBALymAQAApwEADqcBAEinAQBSpwEAkKcBAJunAQDYpwEA4KcBACCoAQAlqAEAaKgBAIOoAQCwqAEAvKgBAPioAQD+qAEAQKkBAFCpAQCIqQEAmakBANCpAQDVqQEAGKoBAByqAQBg+ggAaaoBAKiqAQC5qgEA8KoBAPqqAQA4qwEARqsBAICrAQCBqwEAyKsBANmrAQAQrAEAJKwBAFisAQBgrAEAoKwBAKSsAQDorAEA9qwBADCtAQA6rQEAeK0BAIOtAQDArQEAyK0BAAiuAQANrgEAUK4BAGuuAQCYrgEApK4BAOCuAQDmrgEAKK8BADivAQBwrwEAga8BALivAQC9rwEAALABAASwAQCo+ggAVrABAJCwAQCrsAEA2LABAOawAQAgsQEAJ7EBAGixAQB0sQEAsLEBALixAQDw+ggABrIBAECyAQBKsgEAiLIBAJOyAQDQsgEA2LIBABizAQAdswEAYLMBAHuzAQCoswEAtLMBAPCzAQD2swEAOLQBAEi0AQCAtAEAkbQBAMi0AQDNtAEAELUBABS1AQA4+wgAabUBAKC1AQCotQEA6LUBAOm1AQAwtgEANbYBAHi2AQCGtgEAwLYBAM22AQAItwEAErcBAFC3AQBctwEAmLcBAJ63AQDgtwEA6LcBACi4AQAvuAEAcLgBAHy4AQC4uAEAvrgBAAC5AQAMuQEASLkBAFi5AQCQuQEAnLkBANi5AQDeuQEAILoBACy6AQBougEAdboBALC6AQC/ugEA+LoBAAS7AQCA+wgATLsBAIi7AQCPuwEA0LsBANi7AQAYvAEAGrwBAGC8AQBqvAEAqLwBALC8AQDI+wgA/rwBAMDIAQD/vAEAOL0BADq9AQCAvQEAkb0BAMi9AQDZvQEAEL4BABy+AQBYvgEAX74BAKC+AQCovgEA6L4BAAy/AQAwvwEANb8BAHi/AQB5vwEAwL8BAMq/AQAIwAEAFsABAFDAAQBVwAEAmMABAKXAAQDgwAEA/MABACjBAQBEwQEAEPwIAH3BAQC4wQEAvMEBAADCAQAGwgEASMIBAErCAQCQwgEAkcIBANjCAQD/wgEAIMMBAEjDAQBowwEAjMMBALDDAQC4wwEA+MMBAP3DAQBAxAEATcQBAIjEAQCQxAEA0MQBANLEAQAYxQEAIMUBAGDFAQCExQEAqMUBALXFAQDwxQEA9cUBADjGAQBFxgEAgMYBAIzGAQDIxgEA7MYBABDHAQAYxwEAWMcBAHPHAQCgxwEAoscBAOjHAQD5xwEAMMgBADnIAQB4yAEAhMgBAFj8CADNyAEACMkBAA/JAQBQyQEAXMkBAJjJAQCryQEA4MkBAOjJAQAoygEALcoBAHDKAQB5ygEAuMoBAMLKAQAAywEACMsBAEjLAQBNywEAkMsBAKDLAQDYywEA4MsBACDMAQA5zAEAaMwBAG3MAQCwzAEAucwBAPjMAQAFzQEAQM0BAEfNAQCIzQEAi80BAKD8CADczQEAGM4BAB7OAQC4oAcAIM4BAOj8CABizgEAqM4BALLOAQDwzgEA8s4BADjPAQBRzwEAgM8BAILPAQDIzwEAy88BABDQAQAc0AEAWNABAGDQAQAw/QgAtNABAOjQAQDr0AEAMNEBADrRAQB40QEAhNEBAMDRAQDW0QEACNIBABDSAQBQ0gEAXtIBAJjSAQCb0gEA4NIBAOjSAQAo0wEAK9MBAHDTAQA20wEAWNkBAHrTAQC40wEAe9MBAEDWAQC60wEAANQBAAbUAQBI1AEAUtQBAJDUAQCe1AEA2NQBAOXUAQAg1QEAN9UBAGjVAQBw1QEAsNUBALnVAQD41QEA+dUBAHj9CABJ1gEAiNYBAJLWAQDQ1gEA2tYBABjXAQAm1wEAYNcBAG3XAQCo1wEAv9cBAPDXAQD41wEAONgBAD/YAQCA2AEAhdgBAMjYAQDM2AEAENkBAB3ZAQDA/QgAZdkBAKDZAQCo2QEA6NkBAO7ZAQAw2gEAPNoBAHjaAQCH2gEAwNoBAMXaAQAI2wEAI9sBAFDbAQBc2wEAmNsBAJ7bAQDg2wEA9NsBACjcAQAw3AEAcNwBAIbcAQC43AEAvdwBAADdAQAH3QEASN0BAFTdAQAI/ggAl90BANjdAQDm3QEAIN4BAC3eAQBo3gEAf94BALDeAQC43gEA+N4BAP7eAQBA3wEATN8BAIjfAQCP3wEA0N8BAN7fAQAY4AEAG+ABAGDgAQBo4AEAqOABALbgAQDw4AEA8+ABADjhAQBA4QEAgOEBAJHhAQDI4QEAzeEBABDiAQAS4gEAWOIBAF/iAQCg4gEAruIBAOjiAQD14gEAMOMBAEfjAQB44wEAgOMBAMDjAQDK4wEACOQBABPkAQBQ5AEAXOQBAJjkAQCg5AEAUP4IAOLkAQAo5QEAMuUBAHDlAQBy5QEAuOUBALvlAQAA5gEADOYBAEjmAQBS5gEAkOYBAJjmAQDY5gEA5uYBACDnAQAt5wEAaOcBAHDnAQCw5wEAxucBAPjnAQAE6AEAQOgBAFboAQCI6AEAjegBANDoAQDW6AEAGOkBACzpAQCY/ggAY+kBAKjpAQCw6QEA8OkBAP7pAQA46gEAReoBAIDqAQCI6gEAyOoBANLqAQAQ6wEAG+sBAFjrAQBk6wEAoOsBAKjrAQDg/ggA7usBADDsAQA17AEAeOwBAIfsAQDA7AEAzOwBAAjtAQAL7QEAUO0BAFPtAQCY7QEAoO0BAODtAQDl7QEAKO4BADjuAQBw7gEAeO4BALjuAQC77gEAAO8BAArvAQBI7wEASu8BAJDvAQCW7wEA2O8BAOLvAQAg8AEALvABAGjwAQB18AEAsPABAMfwAQD48AEAAPEBAEDxAQBJ8QEAiPEBAInxAQAo/wgA3PEBABjyAQAb8gEAqPgEACfyAQBg8gEAK/IBAODqBABq8gEAqPIBALDyAQDIVgIAtPIBAKDcBwC28gEA8PIBAMTyAQD4DAQA9fIBADjzAQD98gEA0K4CAEXzAQCA8wEAhvMBAAjGBACI8wEAyPMBAM7zAQAQZQMA0vMBABD0AQDW8wEA2CIFABX0AQBY9AEAYPQBAKD0AQCj9AEA6PQBAPT0AQAw9QEANvUBAHj1AQCT9QEAwPUBAMz1AQAI9gEADvYBAFD2AQBY9gEAmPYBAJr2AQDg9gEAnfYBAHD3AQDq9gEAKPcBADD3AQBw/wgAffcBALj3AQDA9wEAAPgBAAP4AQBI+AEATfgBAJD4AQCf+AEA2PgBAPf4AQAg+QEALPkBAGj5AQBy+QEAsPkBALj5AQD4+QEACvoBAAAACQBK+gEAiPoBAJb6AQDQ+gEA3foBABj7AQAv+wEAYPsBAGj7AQCo+wEAt/sBAPD7AQD1+wEAOPwBAEX8AQCA/AEAjfwBAMj8AQDU/AEAEP0BAB/9AQBY/QEAYv0BAKD9AQCu/QEA6P0BAO39AQAw/gEAPf4BAHj+AQB7/gEAwP4BAMj+AQAI/wEADf8BAFD/AQBd/wEAmP8BAKD/AQDg/wEA6f8BACgAAgA1AAIAcAACAH4AAgC4AAIAywACAAABAgAIAQIASAECAE8BAgCQAQIAlQECANgBAgDuAQIAIAICACICAgBoAgIAdgICALACAgC9AgIA+AICAAADAgBAAwIAQwMCAIgDAgCNAwIA0AMCAN8DAgAYBAIANwQCAGAEAgBsBAIAqAQCALIEAgDwBAIA+AQCADgFAgBKBQIASAAJAJEFAgDIBQIAzwUCABAGAgAYBgIAWAYCAGUGAgCgBgIApQYCAOgGAgDyBgIAMAcCADgHAgB4BwIAggcCAAhfBQCHBwIAwAcCAIgHAgBoXQQAxQcCAAgIAgAVCAIAUAgCAF0IAgCYCAIApAgCAOAIAgDvCAIAKAkCADIJAgBwCQIAeAkCALgJAgDCCQIAAAoCAAUKAgBICgIAUAoCAJAACQCcCgIA2AoCAN4KAgAgCwIAOwsCAGgLAgB0CwIAsAsCALYLAgD4CwIAFAwCAEAMAgBIDAIA2AAJAJAMAgDQDAIA2gwCABgNAgAjDQIAYA0CAGwNAgCoDQIAsA0CACABCQD8DQIAOA4CAD4OAgCADgIAmw4CAMgOAgDUDgIAEA8CABYPAgBYDwIAYA8CAKAPAgCmDwIA6A8CAPEPAgAwEAIAPRACAHgQAgCFEAIAwBACAM4QAgAIEQIAFRECAFARAgBnEQIAmBECAKARAgDgEQIA5RECACgSAgDxEQIA2BMCADUSAgBwEgIAeBICALgSAgDDEgIAABMCAAUTAgBIEwIASxMCAJATAgCaEwIAaAEJAN0TAgAgFAIALxQCAGgUAgBqFAIAsBQCAMEUAgD4FAIACRUCAEAVAgBUFQIAsAEJAJkVAgDQFQIA0xUCABgWAgDdFQIA8NEHACIWAgBgFgIAYhYCAKgWAgCyFgIA8BYCAPwWAgA4FwIAWRcCAIAXAgCLFwIAYIICAK0XAgDIFwIA9hcCABAYAgA9GAIAWBgCAIUYAgCgGAIAzxgCAOgYAgAUGQIAMBkCADgZAgB4GQIAmRkCAMAZAgDwGQIACBoCADQaAgBQGgIAWBoCAJgaAgCnGgIA4BoCAOUaAgAoGwIAMRsCAHAbAgA1GwIA6CECAIEbAgC4GwIAvxsCAAAcAgAIHAIASBwCAFUcAgCQHAIAlRwCANgcAgDiHAIAIB0CACgdAgBoHQIAch0CAIgnAgB3HQIAsB0CALUdAgD4HQIABR4CAEAeAgBNHgIAiB4CAJQeAgDQHgIA3x4CABgfAgAiHwIAYB8CAGgfAgCoHwIAsh8CAPAfAgD1HwIAOCACAEAgAgD4AQkAjCACAMggAgDOIAIAECECACshAgBYIQIAZCECAKAhAgCmIQIAQAIJAPUhAgAwIgIAPCICAHgiAgCHIgIAwCICAMoiAgAIIwIAFiMCAFAjAgBVIwIAmCMCAKUjAgDgIwIA6CMCACgkAgAyJAIAcCQCAHUkAgC4JAIAwCQCAAAlAgADJQIASCUCAFQlAgCQJQIAliUCANglAgDzJQIAICYCACwmAgBoJgIAbiYCALAmAgC4JgIA+CYCAPomAgBAJwIASicCAIgCCQCOJwIA0CcCANInAgAYKAIAJSgCAGAoAgBjKAIAqCgCALkoAgDwKAIA8igCADgpAgBCKQIAgCkCAIwpAgDIKQIA0CkCANACCQAVKgIAWCoCAFsqAgCgKgIAqioCAOgqAgDwKgIAMCsCAD0rAgB4KwIAeisCAMArAgDWKwIACCwCABQsAgAYAwkAbCwCAJgsAgC0LAIAYAMJAOUsAgAoLQIANS0CAHAtAgB9LQIAuC0CAMQtAgAALgIADy4CAEguAgBSLgIAkC4CAJ4uAgDYLgIA3S4CACAvAgAtLwIAaC8CAIEvAgCwLwIAsi8CAPgvAgD/LwIAqAMJAF0wAgCIMAIAmTACANAwAgDcMAIAGDECACsxAgBgMQIAbzECAKgxAgC0MQIA8DECAPExAgA4MgIAQjICAIAyAgCOMgIAyDICAM0yAgAQMwIAHTMCAPADCQBdMwIAoDMCAK0zAgDoMwIA9TMCADA0AgA8NAIAeDQCAIc0AgDANAIAyjQCAAg1AgAWNQIAUDUCAFU1AgCYNQIApTUCAOA1AgDoNQIAKDYCADI2AgBwNgIAdTYCALg2AgDANgIAyAQJAAI3AgBINwIAVjcCAJA3AgChNwIAEAUJAN83AgBYBQkAJTgCAGg4AgBwOAIAsDgCAL84AgD4OAIA/TgCAEA5AgBNOQIAiDkCAJU5AgDQOQIA3DkCABg6AgAnOgIAYDoCAGo6AgDoBQkArjoCAHBcBgC7OgIA8DoCAP86AgA4OwIARDsCAIA7AgCBOwIAyDsCANI7AgAQPAIAHjwCAFg8AgBdPAIAoDwCAK08AgAwBgkA7DwCADA9AgA7PQIAeD0CAIY9AgDAPQIA0T0CAAg+AgAUPgIAUD4CAFg+AgB4BgkAnT4CAOA+AgDtPgIAKD8CADU/AgBwPwIAfD8CALg/AgDHPwIAAEACAApAAgBIQAIAVkACAJBAAgCdQAIA2EACAO9AAgDABgkALUECAGhBAgB1QQIAsEECALxBAgD4QQIAB0ICAEBCAgBKQgIAiEICAJZCAgDQQgIApEICAHAGBQDVQgIAGEMCACVDAgBgQwIAaEMCAKhDAgCuQwIA8EMCAPxDAgA4RAIASEQCAIBEAgCJRAIAyEQCAMtEAgAQRQIAHEUCAFhFAgBfRQIACAcJAK1FAgDoRQIA90UCADBGAgAxRgIAeEYCAI9GAgDARgIA2kYCAAhHAgAURwIAUEcCAGNHAgCYRwIAp0cCAOBHAgDsRwIAKEgCAClIAgBwSAIAekgCALhIAgDGSAIAAEkCAAVJAgBISQIAVUkCAFAHCQCqSQIA2EkCAOdJAgAgSgIAIkoCAGhKAgAlSgIAwE8CAHVKAgCwSgIAvUoCAPhKAgD9SgIAQEsCAEpLAgCISwIAl0sCANBLAgDVSwIAGEwCACVMAgBgTAIAbUwCAKhMAgC0TAIA8EwCAP9MAgA4TQIAQk0CAIBNAgCNTQIAyE0CAM1NAgAQTgIAFE4CAFhOAgBkTgIAoE4CAKZOAgDoTgIA7k4CADBPAgA1TwIAeE8CAH5PAgCYBwkAzU8CAAhQAgAVUAIAUFACAFxQAgCYUAIAp1ACAOBQAgDqUAIAKFECADZRAgBwUQIAdVECALhRAgDFUQIAAFICAAdSAgBIUgIATVICAJBSAgCcUgIA2FICANtSAgAgUwIALVMCAGhTAgBtUwIAsFMCALpTAgD4UwIABFQCAEBUAgBTVAIAiFQCAJZUAgDQVAIA01QCABhVAgAiVQIAYFUCAGxVAgCoVQIArlUCAPBVAgD2VQIAOFYCAD1WAgCAVgIAhlYCAOAHCQDUVgIAwFAEANdWAgAQVwIAElcCAFhXAgBpVwIAoFcCALFXAgDoVwIA8FcCADBYAgBAWAIAeFgCAHpYAgDAWAIAzlgCAAhZAgAZWQIAKAgJAFdZAgBwCAkAmVkCAOBZAgDlWQIAKFoCAC5aAgBwWgIAeloCALhaAgDEWgIAAFsCAAZbAgBIWwIATlsCAJBbAgCVWwIA2FsCAN5bAgC4CAkALlwCAGhcAgCBXAIAsFwCALFcAgD4XAIAFV0CAEBdAgBaXQIAiF0CAItdAgDQXQIA1V0CAJAJCQAxXgIAYF4CAGZeAgCoXgIAdl4CAMCOAgCqXgIA8F4CAPZeAgA4XwIATF8CAIBfAgCIXwIAyF8CANVfAgAQYAIAFWACAFhgAgBiYAIAoGACAKhgAgDoYAIA+WACADBhAgA1YQIAeGECAHphAgDAYQIAx2ECAAhiAgAUYgIAUGICAFdiAgCYYgIAtGICAOBiAgDoYgIA2AkJAC1jAgBwYwIAcmMCALhjAgC/YwIAAGQCAA5kAgBIZAIAVWQCAJBkAgCnZAIA2GQCAOBkAgAgZQIAKmUCAGhlAgA2ZQIAGIsCAHNlAgCwZQIAvGUCAPhlAgAAZgIAIAoJAEFmAgCIZgIAjWYCANBmAgDTZgIAGGcCACJnAgBgZwIAd2cCAKhnAgCuZwIA8GcCAPxnAgA4aAIAO2gCAIBoAgCdaAIAyGgCANloAgAQaQIALmkCAFhpAgBgaQIAoGkCAKJpAgDoaQIA92kCADBqAgA6agIAeGoCAIZqAgDAagIA22oCAAhrAgAUawIAUGsCAFhrAgBoCgkApGsCAOBrAgDvawIAKGwCAC1sAgBwbAIAdmwCALhsAgC/bAIAAG0CAAhtAgBIbQIASm0CAJBtAgCXbQIA2G0CANptAgAgbgIAIW4CAGhuAgBybgIAsG4CALxuAgD4bgIA/m4CAEBvAgBabwIAiG8CAJBvAgDQbwIA5m8CABhwAgAmcAIAYHACAGNwAgCocAIAq3ACAPBwAgD+cAIAOHECAEVxAgCAcQIAl3ECAMhxAgDQcQIAEHICABJyAgBYcgIAYHICAKByAgC3cgIA6HICAPRyAgAwcwIARnMCAHhzAgCAcwIAwHMCAM5zAgAIdAIAEnQCAFB0AgBYdAIAmHQCAJ90AgDgdAIA7HQCACh1AgApdQIAcHUCAHx1AgC4dQIAxXUCAAB2AgAHdgIASHYCAEt2AgCQdgIAmHYCANh2AgDddgIAIHcCAC13AgBodwIAkncCALB3AgC4dwIAsAoJAAJ4AgBAeAIASHgCAIh4AgCOeAIAgLoEAJd4AgDQeAIA1XgCABh5AgAleQIAYHkCAG15AgCoeQIAtHkCAPB5AgD/eQIAOHoCAEJ6AgCAegIAiHoCAMh6AgDSegIAEHsCABV7AgBYewIAYHsCAPgKCQCjewIA6HsCAAV8AgAwfAIAQXwCAHh8AgCpfAIAwHwCANx8AgAIfQIAJH0CAEALCQBWfQIAmH0CAJ59AgDgfQIA5X0CACh+AgAufgIAiAsJAHV+AgC4fgIAxX4CAAB/AgANfwIASH8CAFR/AgCQfwIAn38CANh/AgDifwIAIIACAC6AAgBogAIAbYACALCAAgC9gAIA+IACAASBAgBAgQIARoECAIiBAgCOgQIA0IECANWBAgAYggIAHoICAGAMCQB0ggIAqIICANWCAgDwggIAHYMCADiDAgBlgwIAgIMCAKyDAgDIgwIA0IMCABCEAgAxhAIAWIQCAImEAgCghAIAzYQCAOiEAgAVhQIAMIUCAGGFAgB4hQIApIUCAMCFAgDIhQIACIYCABeGAgBQhgIAVYYCAJiGAgClhgIA4IYCAO2GAgAohwIANIcCAHCHAgB/hwIAuIcCAMKHAgAAiAIADogCAEiIAgBNiAIAkIgCAJ2IAgDYiAIA4IgCACCJAgAmiQIAaIkCAHSJAgCwiQIAwIkCAPiJAgABigIAQIoCAEOKAgCIigIAlIoCANCKAgDXigIAqAwJACyLAgBgiwIAY4sCAKiLAgDFiwIA8IsCAAGMAgA4jAIAP4wCAICMAgCZjAIAyIwCANCMAgAQjQIAJo0CAFiNAgBdjQIAoI0CAKeNAgDojQIA8Y0CADCOAgBBjgIAeI4CAISOAgDwDAkA1I4CAAiPAgALjwIAUI8CAG2PAgCYjwIAqY8CAOCPAgDvjwIAKJACADmQAgBwkAIAfpACALiQAgDEkAIAAJECAA2RAgBIkQIAUpECADgNCQCZkQIA2JECAOWRAgAgkgIALpICAGiSAgB3kgIAsJICALKSAgD4kgIAApMCAECTAgBOkwIAiJMCAI2TAgDQkwIA3ZMCABiUAgAblAIAYJQCAGyUAgColAIAu5QCAPCUAgD/lAIAOJUCAESVAgCAlQIAgZUCAMiVAgDSlQIAEJYCAB6WAgBYlgIAXZYCAKCWAgCtlgIAgA0JAO2WAgAwlwIARpcCAHiXAgCOlwIAwJcCAMmXAgAImAIAFZgCAFCYAgBemAIAmJgCAKeYAgDgmAIA4pgCACiZAgAymQIAcJkCAH6ZAgC4mQIAvZkCAACaAgANmgIASJoCAEuaAgCQmgIAmJoCANiaAgDpmgIAIJsCAC6bAgBomwIAdZsCALCbAgDPmwIA+JsCAACcAgBAnAIAUJwCAIicAgCKnAIA0JwCAN6cAgAYnQIAKZ0CAFgOCQBmnQIAqJ0CALSdAgCgDgkA950CADieAgA/ngIAgJ4CAIaeAgDIngIA1J4CABCfAgATnwIAWJ8CAFufAgCgnwIAxZ8CAOifAgAPoAIAMKACADugAgB4oAIAfaACAMCgAgDDoAIACKECABKhAgBQoQIAdaECAOgOCQCxoQIA4KECAPGhAgAoogIANKICAHCiAgB4ogIAMA8JAL2iAgAAowIACKMCAEijAgBKowIAoEIFAFejAgCQowIAlaMCANijAgDlowIAIKQCAC2kAgBopAIAdKQCALCkAgC/pAIA+KQCAAKlAgBApQIASKUCAIilAgCSpQIA0KUCANWlAgAYpgIAIKYCAHgPCQBtpgIAqKYCALymAgDwpgIA+KYCADinAgA9pwIAgKcCAJCnAgDIpwIA0KcCABCoAgAaqAIAWKgCAGOoAgCgqAIArKgCAOioAgDwqAIAwA8JADGpAgB4qQIAhKkCAMCpAgDPqQIACKoCABaqAgBQqgIAYKoCAJiqAgCmqgIA4KoCAOyqAgAoqwIAL6sCAHCrAgB4qwIAuKsCAM6rAgAArAIAFKwCAEisAgBLrAIAkKwCAK2sAgDYrAIA6awCACCtAgAorQIAaK0CAHOtAgCwrQIAta0CAPitAgD7rQIAQK4CAEquAgCIrgIAi64CAAgQCQDnrgIAGK8CACCvAgBgrwIAaq8CAKivAgCtrwIA8K8CAPivAgBQEAkAPbACAICwAgCJsAIASBUGAI2wAgDIsAIAlrACAOCEBwDVsAIAELECAByxAgBYsQIAZ7ECAKCxAgCqsQIA6LECAPCxAgBgxwUA9rECADCyAgA9sgIAeLICAI+yAgDAsgIAyLICAAizAgASswIAULMCAFWzAgCYswIAoLMCAJgQCQDtswIAKLQCADa0AgBwtAIAg7QCALi0AgDAtAIAALUCAAO1AgBItQIATbUCAJC1AgCftQIA2LUCAPe1AgAgtgIALLYCAGi2AgBytgIAsLYCAMy2AgD4tgIAALcCAOAQCQBTtwIAiLcCAI63AgDQtwIA3LcCABi4AgAiuAIAYLgCAGa4AgCouAIAtrgCAPC4AgD8uAIAOLkCADu5AgCAuQIAgbkCAMi5AgDUuQIAELoCABa6AgBYugIAXroCAKC6AgCsugIA6LoCAAW7AgAwuwIAObsCAHi7AgCEuwIAwLsCAMO7AgAIvAIAErwCAFC8AgBcvAIAmLwCAJ68AgDgvAIA5rwCACi9AgAtvQIAcL0CAHa9AgAoEQkAxL0CAAC+AgACvgIASL4CAFe+AgCQvgIAm74CANi+AgDkvgIAIL8CACe/AgBovwIAcL8CALC/AgC6vwIA+L8CAAPAAgBAwAIATMACAIjAAgCQwAIAABIJANLAAgAYwQIAK8ECAGDBAgBowQIAqMECAK7BAgDwwQIA/MECADjCAgBCwgIAgMICAIbCAgDIwgIA1sICABDDAgAcwwIAWMMCAFvDAgCgwwIAqMMCAOjDAgDpwwIAMMQCADzEAgB4xAIAfsQCAMDEAgDIxAIACMUCAA7FAgBQxQIAXMUCAJjFAgC1xQIA4MUCAOnFAgAoxgIANMYCAHDGAgBzxgIAuMYCAMLGAgAAxwIACMcCAEjHAgBZxwIAkMcCAJ7HAgDYxwIA7scCACDIAgAuyAIAaMgCAHLIAgBIEgkAvsgCAPjIAgD7yAIAQMkCAEjJAgBAGgMATMkCAGj1AgBPyQIAmM4CAFzJAgCIyQIApMkCAJASCQDSyQIAGMoCACXKAgBgygIAbcoCAKjKAgCtygIA8MoCAPrKAgA4ywIAR8sCAIDLAgCFywIAyMsCANXLAgAQzAIAHcwCAFjMAgBkzAIAoMwCAK/MAgDozAIA8swCADDNAgA8zQIAeM0CAH7NAgDAzQIAxs0CAAjOAgANzgIAUM4CAFbOAgDYEgkAnc4CAGjsAgCpzgIA4M4CAO7OAgAozwIANM8CAHDPAgB9zwIAuM8CAMLPAgAA0AIAHNACAEjQAgBk0AIAIBMJAJLQAgDY0AIA5dACACDRAgAt0QIAaNECAG3RAgCw0QIAutECAPjRAgAH0gIAQNICAEXSAgCI0gIAldICANDSAgDd0gIAGNMCACTTAgBg0wIAb9MCAKjTAgCy0wIA8NMCAPzTAgA41AIAPtQCAIDUAgCG1AIAyNQCAM3UAgAQ1QIAFtUCAGgTCQBf1QIAoNUCAK7VAgDo1QIA69UCADDWAgA/1gIAeNYCAH3WAgDA1gIAzdYCAAjXAgAV1wIAUNcCAFzXAgCY1wIAp9cCAODXAgDq1wIAKNgCADbYAgBw2AIAddgCALjYAgDF2AIAANkCAAzZAgBI2QIAW9kCAJDZAgCf2QIA2NkCAOTZAgAg2gIAIdoCAGjaAgBy2gIAsNoCAL7aAgD42gIA/doCAEDbAgBN2wIAsBMJAI3bAgDQ2wIA2dsCABjcAgAp3AIAYNwCAGfcAgCo3AIAsNwCAPDcAgD93AIAON0CAD3dAgCA3QIAit0CAMjdAgDQ3QIAEN4CACfeAgBY3gIAZN4CAKDeAgCq3gIA6N4CAPDeAgAw3wIAMt8CAHjfAgCA3wIAwN8CAMbfAgAI4AIAFOACAFDgAgBT4AIAmOACAJ3gAgDg4AIA6eACACjhAgAu4QIAcOECAH/hAgC44QIAxOECAIgUCQAC4gIASOICAFbiAgCQ4gIAoeICANAUCQDf4gIAGBUJACXjAgBo4wIAcOMCALDjAgC/4wIA+OMCAP3jAgBA5AIATeQCAIjkAgCV5AIA0OQCANzkAgAY5QIAJ+UCAGDlAgBq5QIAqBUJAKrlAgDw5QIAC+YCADjmAgA65gIAgOYCAJrmAgDI5gIA1eYCABDnAgAc5wIAWOcCAGLnAgCg5wIAuucCAOjnAgD35wIAMOgCADXoAgB46AIAhegCAMDoAgDN6AIACOkCABTpAgBQ6QIAX+kCAJjpAgCi6QIA4OkCAOzpAgAo6gIAO+oCAHDqAgB/6gIAuOoCAMTqAgAA6wIAAesCAEjrAgBS6wIAkOsCAJ7rAgDY6wIA3esCACDsAgAt7AIA8BUJAHXsAgCw7AIAvewCAPjsAgAE7QIAQO0CAE/tAgCI7QIAku0CANDtAgDe7QIAGO4CAB3uAgBg7gIAbe4CAKjuAgC07gIA8O4CAAPvAgA47wIAR+8CAIDvAgCM7wIAyO8CAMnvAgAQ8AIAGvACAFjwAgBm8AIAoPACAKXwAgDo8AIA9fACADgWCQA98QIAePECAHrxAgDA8QIA2fECAAjyAgAZ8gIAUPICAFzyAgCY8gIAoPICABAXCQDl8gIAKPMCADDzAgBw8wIAf/MCALjzAgC98wIAAPQCAA30AgBI9AIAVfQCAJD0AgCc9AIA2PQCAOf0AgAg9QIAKvUCAFgXCQB79QIAsPUCAL/1AgD49QIABPYCAED2AgBB9gIAiPYCAJL2AgDQ9gIA3vYCABj3AgAd9wIAYPcCAG33AgCgFwkArfcCAPD3AgD99wIAOPgCAEX4AgCA+AIAjPgCAMj4AgDX+AIAEPkCABr5AgBY+QIAZvkCAKD5AgCl+QIA6PkCAPX5AgAw+gIAOPoCAHj6AgB++gIAwPoCAMz6AgAI+wIAGPsCAFD7AgBZ+wIAmPsCAJv7AgDg+wIA7PsCACj8AgAv/AIAeBgJAHv8AgC4/AIAufwCAAD9AgAY/QIASP0CAFX9AgCQ/QIAnP0CANj9AgDi/QIAIP4CACT+AgBo/gIAbf4CALD+AgC2/gIA+P4CABf/AgBA/wIAWP8CAIj/AgCf/wIA0P8CANz/AgAYAAMAIgADAGAAAwBiAAMAqAADAK8AAwDwAAMA9wADADgBAwA+AQMAgAEDAIwBAwDIAQMAywEDABACAwATAgMAWAIDAGQCAwCgAgMAowIDAMAYCQDtAgMAMAMDADgDAwB4AwMAfgMDAMADAwDFAwMACAQDABEEAwBQBAMAWgQDAJgEAwCkBAMA4AQDAOgEAwAIGQkALQUDAHAFAwB4BQMAuAUDAMMFAwAABgMABQYDAEgGAwBLBgMAkAYDAJoGAwBQGQkA5AYDACAHAwAnBwMAaAcDAHYHAwCwBwMAswcDAPgHAwAACAMAQAgDAEMIAwCICAMAlAgDANAIAwDWCAMAGAkDADMJAwBgCQMAbAkDAKgJAwCuCQMA8AkDAPgJAwA4CgMAPAoDAIAKAwCMCgMAyAoDANUKAwAQCwMAGgsDAFgLAwBgCwMAoAsDAKILAwDoCwMA7AsDADAMAwAyDAMAeAwDAIwMAwCYGQkAyAwDAAgNAwAMDQMAUA0DAFINAwCYDQMAmw0DAOANAwDoDQMAKA4DADUOAwBwDgMAdQ4DALgOAwDCDgMAAA8DAAgPAwBIDwMASQ8DAJAPAwCVDwMA2A8DANsPAwAgEAMAIxADAGgQAwB2EAMAsBADAMkQAwD4EAMACREDAEARAwBMEQMAiBEDAJARAwDgGQkA1REDABgSAwAgEgMAYBIDAG8SAwCoEgMArRIDAPASAwD9EgMAOBMDAEUTAwCAEwMAjBMDAMgTAwDXEwMAEBQDABoUAwBYFAMAYBQDAKAUAwCqFAMA6BQDAO0UAwAwFQMAOBUDACgaCQCDFQMAwBUDAMwVAwAIFgMAEBYDAHAaCQBcFgMAmBYDAJ8WAwDgFgMA7hYDACgXAwArFwMAcBcDAHgXAwC4FwMAuxcDAAAYAwAMGAMASBgDAE4YAwCQGAMAqxgDANgYAwDkGAMAIBkDACYZAwBoGQMAjxkDALAZAwCzGQMA+BkDACAaAwC4GgkATxoDAIgaAwCNGgMA0BoDAN0aAwAYGwMAJRsDAGAbAwBsGwMAqBsDALcbAwDwGwMA+hsDADgcAwBGHAMAgBwDAIUcAwDIHAMA1RwDABAdAwAYHQMAABsJAGUdAwCgHQMAqB0DAOgdAwABHgMAMB4DADYeAwB4HgMAfR4DAMAeAwDfHgMACB8DABQfAwBQHwMAXR8DAJgfAwCgHwMA4B8DAOMfAwAoIAMAMiADAHAgAwByIAMAuCADAMIgAwAAIQMADCEDAEgbCQBUIQMAkCEDAKEhAwDYIQMA5CEDACAiAwAvIgMAaCIDAHIiAwCwIgMAviIDAPgiAwD9IgMAQCMDAE0jAwCIIwMAkiMDANAjAwCUIwMA6CYDAN4jAwAYJAMALiQDAGAkAwBsJAMAqCQDAK0kAwDwJAMA+SQDADglAwBCJQMAgCUDAIwlAwDIJQMAziUDABAmAwAWJgMAWCYDAF0mAwCgJgMApiYDAJAbCQDuJgMAMCcDADYnAwB4JwMAfScDAMAnAwDGJwMA2BsJAA8oAwDQzwUAFSgDAFAoAwBnKAMAmCgDAJ0oAwDgKAMA4ygDAGAtAwDqKAMAKCkDAPwoAwBwMgMANikDAHApAwCGKQMAuCkDAMQpAwAAKgMABSoDAEgqAwBRKgMAkCoDAJoqAwDYKgMA5CoDACArAwAzKwMAaCsDAHcrAwCwKwMAvCsDAPgrAwD5KwMAQCwDAEosAwCILAMAliwDANAsAwDVLAMAGC0DACUtAwAgHAkAZS0DAKgtAwC3LQMA8C0DAA8uAwA4LgMARC4DAIAuAwCKLgMAyC4DAM0uAwAQLwMAES8DAFgvAwBkLwMAoC8DAK0vAwDoLwMA9C8DADAwAwBDMAMAeDADAIcwAwDAMAMAzDADAAgxAwAJMQMAUDEDAFoxAwCYMQMApjEDAOAxAwDlMQMAKDIDADUyAwBoHAkAjDIDALAcCQC+MgMAADMDAAYzAwBIMwMATTMDAJAzAwCWMwMA+BwJAN0zAwAgNAMAIzQDAGg0AwB0NAMAsDQDALY0AwD4NAMAEzUDAEA1AwBMNQMAiDUDAI41AwDQNQMA0jUDABg2AwAzNgMAYDYDAGI2AwCoNgMAtjYDAPA2AwABNwMAODcDADo3AwCANwMAmTcDAMg3AwDZNwMAEDgDABw4AwDQHQkAYDgDAKA4AwC5OAMA6DgDAPE4AwAwOQMAQDkDAHg5AwCIOQMAwDkDAMw5AwAIOgMADjoDAFA6AwBeOgMAmDoDAKU6AwDgOgMA9zoDACg7AwAwOwMAcDsDAHo7AwC4OwMAxjsDAAA8AwAWPAMASDwDAFQ8AwCQPAMAlzwDANg8AwDgPAMAID0DACU9AwBoPQMAcT0DALA9AwC6PQMA+D0DAAA+AwBAPgMAQj4DAIg+AwCYPgMA0D4DANo+AwAYPwMAJD8DAGA/AwBmPwMAqD8DALA/AwAYHgkA+j8DADhAAwBGQAMAgEADAJZAAwDIQAMA1EADABBBAwAVQQMAWEEDAGFBAwCgQQMAqkEDAOhBAwDwQQMAMEIDADVCAwB4QgMAh0IDAMBCAwDPQgMACEMDABFDAwBQQwMAVkMDAJhDAwCeQwMA4EMDAOxDAwAoRAMAL0QDAHBEAwB4RAMAuEQDALpEAwAARQMAEEUDAEhFAwBSRQMAkEUDAJxFAwDYRQMA3kUDACBGAwAoRgMAYB4JAHRGAwCwRgMAwUYDAPhGAwAERwMAQEcDAE9HAwCIRwMAkkcDANBHAwDeRwMAGEgDAB1IAwBgSAMAbUgDAKhIAwCwSAMA8EgDAPxIAwA4SQMAPkkDAIBJAwCGSQMAyEkDAM1JAwAQSgMAFkoDAKgeCQBkSgMAoEoDAKZKAwDoSgMAA0sDADBLAwA8SwMAeEsDAH5LAwDASwMAyEsDAAhMAwALTAMAUEwDAFxMAwCYTAMAqUwDAOBMAwDsTAMAKE0DADdNAwBwTQMAek0DALhNAwDGTQMAAE4DAAVOAwBITgMAVU4DAJBOAwCYTgMA2E4DAOJOAwAgTwMALk8DAGhPAwB+TwMAsE8DALxPAwD4TwMA/U8DAEBQAwBJUAMAiFADAJJQAwCAHwkA7VADABhRAwAZUQMAYFEDAG9RAwCoUQMArVEDAPBRAwD9UQMAOFIDAEVSAwCAUgMAjFIDAMhSAwDXUgMAEFMDABpTAwBYUwMAZlMDAKBTAwClUwMA6FMDAPVTAwAwVAMAPFQDAHhUAwB+VAMAwFQDAMZUAwAIVQMADVUDAFBVAwBWVQMAyB8JAJ1VAwDgVQMA/1UDAChWAwA0VgMAcFYDAHZWAwC4VgMAwFYDAMh2AwDBVgMAAFcDAA1XAwBIVwMATlcDAJBXAwCcVwMA2FcDANpXAwAgWAMAL1gDAGhYAwBzWAMAsFgDALJYAwD4WAMAEVkDAEBZAwBRWQMAiFkDAJRZAwDQWQMA3FkDABhaAwArWgMAYFoDAG9aAwCoWgMAtFoDAPBaAwDxWgMAOFsDAEJbAwCAWwMAjlsDAMhbAwDNWwMAEFwDAB1cAwAQIAkAZVwDAKBcAwC0XAMA6FwDAARdAwAwXQMATF0DAFggCQCHXQMAwF0DAMFdAwAIXgMAF14DAFBeAwBVXgMAmF4DAKVeAwDgXgMA7V4DAChfAwA0XwMAcF8DAH9fAwC4XwMAwl8DAABgAwAOYAMASGADAE1gAwCQYAMAnWADANhgAwDoYAMAIGEDACJhAwBoYQMAdmEDALBhAwDBYQMAoCAJAP9hAwDoIAkARWIDAIhiAwCVYgMA0GIDAN1iAwAYYwMAHmMDAGBjAwBsYwMAqGMDALhjAwDwYwMA+WMDADhkAwA7ZAMAgGQDAIxkAwDIZAMAz2QDADAhCQAcZQMAWGUDAGhlAwCgZQMAqWUDAOhlAwDrZQMAMGYDADxmAwB4ZgMAf2YDAHghCQDGZgMACGcDAA1nAwBQZwMAb2cDAJhnAwCkZwMA4GcDAOZnAwAoaAMAK2gDAHBoAwByaAMAuGgDANNoAwAAaQMAAmkDAEhpAwBWaQMAkGkDAKFpAwDYaQMA2mkDACBqAwA5agMAaGoDAHlqAwCwagMAvGoDAMAhCQAIawMAQGsDAF9rAwCIawMAimsDANBrAwDcawMAYNoHAPJrAwAYbAMAG2wDAGBsAwBtbAMAmHADAG9sAwCobAMArWwDAPBsAwD9bAMAOG0DAEVtAwCAbQMAjG0DAMhtAwDXbQMAEG4DABpuAwBYbgMAZm4DAKBuAwClbgMA6G4DAPVuAwAwbwMAPG8DAHhvAwB+bwMAwG8DAMZvAwAIcAMADXADAFBwAwBWcAMACCIJAKFwAwDgcAMA9nADAChxAwBBcQMAcHEDAHxxAwC4cQMAvnEDAAByAwAFcgMASHIDAFhyAwCQcgMAlnIDANhyAwDkcgMAIHMDACpzAwBocwMAbnMDALBzAwC+cwMA+HMDAAR0AwBAdAMAQ3QDAIh0AwCUdAMA0HQDAON0AwAYdQMAJ3UDAGB1AwBsdQMAqHUDALR1AwDwdQMA93UDADh2AwBEdgMAgHYDAId2AwBQIgkA3nYDABB3AwASdwMAWHcDAGx3AwCgdwMAqHcDAOh3AwD1dwMAMHgDADV4AwB4eAMAgngDAMB4AwDIeAMACHkDACF5AwBQeQMAXHkDAJh5AwCgeQMAmCIJAPt5AwAoegMAKnoDAHB6AwB+egMAuHoDAMl6AwAAewMAAnsDAEh7AwBhewMAkHsDAKF7AwDYewMA5HsDAOAiCQAofAMAKCMJADx8AwBYlwQAbXwDALB8AwC5fAMA+HwDAAl9AwBAfQMAR30DAIh9AwCQfQMA0H0DAN19AwAYfgMAHX4DAGB+AwBqfgMAqH4DALB+AwDwfgMACX8DADh/AwBEfwMAgH8DAIh/AwBwIwkAy38DABCAAwAagAMAWIADAFqAAwCggAMAuYADAOiAAwD5gAMAMIEDAD6BAwB4gQMAe4EDAMCBAwDLgQMACIIDABSCAwBQggMAV4IDALgjCQCaggMA4IIDAKaCAwBAqAgA44IDACiDAwAygwMAcIMDAH6DAwC4gwMAx4MDAACEAwADhAMASIQDAByEAwBolwMAVIQDAJCEAwCShAMA2IQDAN6EAwAghQMAL4UDAGiFAwBzhQMAsIUDAMqFAwD4hQMABIYDAECGAwBThgMAiIYDAJeGAwDQhgMA3IYDABiHAwAZhwMAYIcDAGqHAwCohwMAtocDAPCHAwD1hwMAOIgDAEWIAwAAJAkAmogDAMiIAwDXiAMAEIkDABWJAwBYiQMAZYkDAKCJAwCtiQMA6IkDAPSJAwAwigMAP4oDAHiKAwCCigMAwIoDAM6KAwAIiwMADYsDAFCLAwBdiwMAmIsDAKSLAwDgiwMA5osDACiMAwAujAMAcIwDAHWMAwC4jAMAvowDAEgkCQABjQMASI0DAAmNAwD4wAQADY0DALCuBAAfjQMAAFAHAFSNAwCQjQMAlo0DAPgRBQCdjQMA2I0DANuNAwAgjgMALI4DAGiOAwBqjgMAsI4DALaOAwD4jgMAB48DAECPAwBLjwMAiI8DAImPAwDQjwMA5I8DABiQAwAykAMAYJADAGyQAwCokAMAu5ADAPCQAwD/kAMAOJEDAESRAwCAkQMAgZEDAMiRAwDSkQMAEJIDAB6SAwBYkgMAXZIDAKCSAwCtkgMAkCQJAAKTAwAwkwMAP5MDAHiTAwB9kwMAwJMDAM2TAwAIlAMAFZQDAFCUAwBclAMAmJQDAKeUAwDglAMA6pQDACiVAwA2lQMAcJUDAHWVAwC4lQMAxZUDAACWAwAMlgMASJYDAE6WAwCQlgMAlpYDANiWAwDdlgMAIJcDACaXAwDYJAkAhJcDACAlCQC2lwMA+JcDAPqXAwBAmAMATZgDAIiYAwCLmAMA0JgDANGYAwAYmQMAHZkDAGCZAwBmmQMAqJkDALKZAwDwmQMADJoDADiaAwBUmgMAaCUJAIaaAwDImgMAypoDABCbAwAdmwMAWJsDAFubAwCgmwMAoZsDAOibAwDtmwMAMJwDADacAwB4nAMAgpwDAMCcAwDcnAMACJ0DACSdAwCwJQkAVp0DAJidAwCenQMA4J0DAOWdAwAongMALp4DAPglCQB+ngMAuJ4DANOeAwAAnwMADp8DAEifAwBVnwMAkJ8DAKefAwDYnwMA558DACCgAwAloAMAaKADAHWgAwCwoAMAvaADAPigAwAEoQMAQKEDAE+hAwCIoQMAkqEDANChAwDeoQMAGKIDAB2iAwBgogMAbaIDAKiiAwCrogMA8KIDAPyiAwA4owMAPqMDAICjAwCGowMAyKMDAM2jAwAQpAMAFqQDAEAmCQBnpAMAoKQDAK+kAwDopAMA8aQDADClAwA2pQMAeKUDAH6lAwDApQMAzKUDAAimAwAPpgMAUKYDAFimAwCYpgMAnKYDAOCmAwDrpgMAKKcDADanAwBwpwMAgacDALinAwDEpwMAAKgDAAioAwCIJgkAS6gDAJCoAwCaqAMA2KgDANqoAwAgqQMAOakDAGipAwB5qQMAsKkDAL6pAwD4qQMA+6kDAECqAwBLqgMAiKoDAJaqAwDQqgMA3aoDABirAwAvqwMAYKsDAGirAwCoqwMAqqsDAPCrAwD4qwMAOKwDAEesAwCArAMAhawDAMisAwDVrAMAEK0DAB2tAwBYrQMAZK0DAKCtAwCvrQMA6K0DAPKtAwAwrgMAPq4DAHiuAwB9rgMAwK4DAM2uAwAIrwMAEK8DAFCvAwBarwMAmK8DAJ2vAwDgrwMA6K8DACiwAwArsAMAcLADAI2wAwC4sAMAybADAACxAwAIsQMASLEDAEuxAwCQsQMAnLEDANixAwDesQMAILIDADuyAwBosgMAdLIDALCyAwC2sgMA0CYJAAezAwBAswMAQbMDAIizAwC6swMA0LMDAN6zAwAYtAMAGbQDAGC0AwBotAMAqLQDALe0AwDwtAMA9bQDADi1AwBFtQMAgLUDAI21AwDItQMA1LUDABC2AwAftgMAWLYDAGK2AwCgtgMArrYDAOi2AwDttgMAMLcDAD23AwB4twMAgLcDAMC3AwDKtwMACLgDAA24AwBQuAMAWLgDAJi4AwCiuAMA4LgDAOu4AwAouQMANLkDAHC5AwB4uQMAGCcJAL25AwAAugMAA7oDAEi6AwBSugMAkLoDAJi6AwBgJwkA5roDACC7AwA2uwMAaLsDAHS7AwCwuwMAtbsDAPi7AwABvAMAQLwDAEq8AwCIvAMAkLwDANC8AwDcvAMAGL0DACu9AwBgvQMAYb0DAKi9AwC2vQMA8L0DAPa9AwA4vgMARL4DAIC+AwCHvgMAqCcJAMq+AwAQvwMAzb4DAMA1BADRvgMA+F8IANa+AwAYjAQAGr8DALDqBwAhvwMAWL8DAGm/AwCgvwMArr8DAOi/AwAEwAMAMMADAEzAAwDwJwkAhsADAMDAAwDNwAMACMEDAB/BAwBQwQMAXMEDAJjBAwCewQMA4MEDAObBAwAowgMALcIDAHDCAwB2wgMAOCgJAL3CAwAAwwMACMMDAEjDAwBLwwMAkMMDAJzDAwDYwwMA3sMDACDEAwA7xAMAaMQDAHTEAwCwxAMAtsQDAPjEAwAAxQMAQMUDAELFAwCIxQMAo8UDANDFAwDSxQMAGMYDACbGAwBgxgMAccYDAKjGAwCqxgMA8MYDAAnHAwA4xwMASccDAIDHAwCMxwMAECkJAN7HAwAQyAMAH8gDAFjIAwAyyAMAkMwDAFrIAwCgyAMAr8gDAOjIAwDzyAMAMMkDADzJAwB4yQMAe8kDAMDJAwDMyQMACMoDAA7KAwBQygMAa8oDAJjKAwCkygMA4MoDAObKAwAoywMANMsDAHDLAwB2ywMAuMsDAL7LAwAAzAMABcwDAEjMAwBOzAMAWCkJAJPMAwDYzAMA9MwDACDNAwAozQMAMCoJAHTNAwCwzQMAts0DAPjNAwATzgMAQM4DAEzOAwCIzgMAjs4DANDOAwDYzgMAGM8DAEvPAwB4KgkAZc8DAKjPAwCrzwMA8M8DAPrPAwA40AMAOtADAIDQAwCb0AMAyNADAMrQAwAQ0QMAHtEDAFjRAwBp0QMAoNEDAKLRAwDo0QMAAdIDADDSAwBB0gMAeNIDAITSAwDAKgkA3dIDAAjTAwAZ0wMAUNMDAGzTAwCY0wMAoNMDAAgrCQDl0wMAKNQDADDUAwBw1AMAe9QDALjUAwC91AMAANUDAAPVAwBI1QMAUtUDAJDVAwCT1QMA2NUDAODVAwAg1gMAItYDAGjWAwCD1gMAsNYDALLWAwD41gMABtcDAEDXAwBR1wMAiNcDAIrXAwDQ1wMA6dcDABjYAwAp2AMAYNgDAGzYAwCo2AMAsNgDAFArCQD92AMAONkDAEDZAwCA2QMAitkDAMjZAwDT2QMAENoDABzaAwBY2gMAYNoDAJgrCQCl2gMA6NoDAO3aAwAw2wMAQdsDAOArCQCF2wMAwNsDAMLbAwAI3AMAIdwDAFDcAwBh3AMAmNwDAKTcAwDg3AMA6NwDACgsCQAt3QMAcN0DAHjdAwC43QMAx90DAADeAwAG3gMASN4DAFTeAwCQ3gMAkt4DANjeAwDi3gMAIN8DACzfAwBo3wMAcN8DAHAsCQC83wMA+N8DAPvfAwBA4AMAQ+ADAIjgAwCW4AMA0OADANXgAwAY4QMAJeEDALgsCQBx4QMAqOEDALDhAwDw4QMA++EDADjiAwA94gMAgOIDAIPiAwDI4gMA0uIDABDjAwA34wMAWOMDAFvjAwCg4wMAyOMDAOjjAwDw4wMAAC0JADbkAwB45AMAhuQDAMDkAwDM5AMACOUDAA/lAwBQ5QMAWOUDAJjlAwCo5QMA4OUDAOXlAwAo5gMALuYDAHDmAwB45gMAuOYDANXmAwAA5wMACecDAEjnAwBU5wMAkOcDAJbnAwDY5wMA7OcDACDoAwAo6AMAaOgDAHjoAwCw6AMAsugDAPjoAwAG6QMAQOkDAFHpAwBILQkAj+kDAJAtCQDT6QMAGOoDACTqAwAI9wMANOoDAGDqAwBo6gMA2C0JAK3qAwDw6gMA+OoDADjrAwA76wMAgOsDAIzrAwDI6wMAzusDABDsAwAr7AMAWOwDAGTsAwCg7AMApuwDAOjsAwDr7AMAMO0DADjtAwB47QMAeu0DAMDtAwDb7QMACO4DAAruAwBQ7gMAXu4DAJjuAwCp7gMA4O4DAOLuAwAo7wMAQe8DAHDvAwCB7wMAuO8DAMTvAwAA8AMACPADACAuCQBN8AMAkPADAJbwAwDY8AMA4PADACDxAwAv8QMAaPEDAG3xAwCw8QMAvfEDAPjxAwAF8gMAQPIDAEzyAwCI8gMAl/IDANDyAwDa8gMAGPMDACbzAwBg8wMAZfMDAKjzAwC18wMAaC4JAPzzAwA49AMAPvQDAID0AwCb9AMAyPQDANT0AwAQ9QMAFvUDAFj1AwBb9QMAoPUDAKz1AwDo9QMA7vUDADD2AwA29gMAePYDAH32AwDA9gMAxvYDALAuCQAO9wMAUPcDAFb3AwCY9wMAnfcDAOD3AwDm9wMA+C4JAC34AwBw+AMAffgDALj4AwDF+AMAAPkDAAz5AwBI+QMAV/kDAJD5AwCa+QMA2PkDAOb5AwAg+gMAJfoDAGj6AwB1+gMAsPoDAMj6AwD4+gMA/voDAED7AwBM+wMAiPsDAJj7AwDQ+wMA2fsDABj8AwAb/AMAYPwDAGz8AwCo/AMAr/wDANAvCQDy/AMAOP0DAEL9AwCA/QMAg/0DAMj9AwDQ/QMAEP4DABP+AwBY/gMAZP4DAKD+AwCm/gMA6P4DAAP/AwAw/wMAPP8DAHj/AwB+/wMAGDAJAN//AwAIAAQAEwAEAFAABABVAAQAmAAEAKEABADgAAQA4wAEACgBBAA0AQQAcAEEAHwBBAC4CgQAiAEEALgBBAC/AQQAAAIEAAYCBABIAgQAVgIEAJACBACrAgQA2AIEAOQCBAAgAwQAJgMEAGgDBACCAwQAsAMEALwDBAD4AwQA/gMEAEAEBABGBAQAiAQEAI0EBADQBAQA1gQEAGAwCQAyBQQAYAUEAG0FBACoBQQAtAUEAPAFBAD6BQQAOAYEADwGBACABgQAhQYEAMgGBADOBgQAEAcEAC8HBABYBwQAZAcEAKAHBACmBwQA6AcEAO4HBAAwCAQANQgEAHgIBAB+CAQAqDAJAMUIBAAICQQADwkEAFAJBABcCQQAmAkEALQJBADgCQQA6AkEAIAxCQBcCgQAcAoEAJ0KBADIMQkAywoEAAALBAAPCwQASAsEAFQLBACQCwQAkQsEANgLBADiCwQAIAwEAC4MBABoDAQAbQwEALAMBAC9DAQAEDIJAAANBADoMgkARQ0EAIgNBACVDQQA0A0EAN0NBAAYDgQAJA4EAGAOBABvDgQAqA4EALIOBADwDgQA/g4EADgPBAA9DwQAgA8EAI0PBADIDwQA0A8EABAQBAAWEAQAWBAEAGQQBACgEAQAsBAEAOgQBADxEAQAMBEEADMRBAB4EQQAhBEEAMARBADHEQQAMDMJAA0SBABQEgQAWBIEAJgSBACdEgQAiEgFAJ4SBAAY4gUApBIEAMC4BQCnEgQA4BIEAKkSBADY3wUA5RIEACgTBADmEgQAiHkEADUTBABwEwQAfRMEALgTBADEEwQAABQEAA8UBABIFAQAUhQEAMAzCQCVFAQA2BQEAOUUBAAgFQQALRUEAGgVBAB0FQQAsBUEAL8VBAD4FQQAAhYEAEAWBABIFgQAiBYEAJIWBADQFgQA1RYEABgXBAAgFwQACDQJAGsXBACoFwQAtBcEAPAXBAD4FwQAUDQJAD0YBACAGAQAjxgEAMgYBADnGAQAEBkEABwZBABYGQQAXhkEAKAZBACoGQQA6BkEAO8ZBAAwGgQAMhoEAHgaBACEGgQAwBoEANYaBAAIGwQADRsEAFAbBABdGwQAmDQJAJ0bBADgGwQA7xsEACgcBABHHAQAcBwEAHwcBAC4HAQAvhwEAAAdBAAIHQQASB0EAE8dBACQHQQAkh0EANgdBADkHQQAIB4EADYeBABoHgQAbR4EALAeBAC9HgQA+B4EAAAfBABAHwQARh8EAIgfBACRHwQA0B8EAN0fBAAYIAQAJSAEAGAgBABuIAQAqCAEALUgBADwIAQAByEEADghBABiIQQA4DQJAIYhBADIIQQAjSEEAMiuBwDeIQQAECIEAB4iBABYIgQAWyIEAKAiBACjIgQA6CIEAPYiBAAwIwQANSMEAHgjBACFIwQAwCMEAMgjBAAIJAQADyQEAFAkBABcJAQAmCQEAKUkBADgJAQA7iQEACglBAA0JQQAcCUEAHclBAC4JQQAwCUEAAAmBAAEJgQASCYEAFMmBACQJgQAniYEANgmBADpJgQAICcEACwnBABoJwQAcCcEACg1CQC2JwQA+CcEAAwoBABAKAQATigEAIgoBACVKAQA0CgEAOcoBAAYKQQAICkEAGApBABqKQQAqCkEAK0pBADwKQQA+CkEADgqBABHKgQAgCoEAIUqBADIKgQA1SoEABArBAAdKwQAWCsEAGQrBACgKwQArysEAOgrBADyKwQAMCwEADgsBAB4LAQAgiwEAMAsBADFLAQACC0EABAtBABwNQkAWy0EAJgtBACkLQQA4C0EAOgtBAC4NQkALS4EAHAuBAB/LgQAuC4EANcuBAAALwQADC8EAEgvBABOLwQAkC8EAJgvBADYLwQA3y8EACAwBAAiMAQAaDAEAHQwBACwMAQAxjAEAPgwBAD9MAQAQDEEAE0xBAAANgkAkTEEANAxBADWMQQAGDIEACYyBABgMgQAbTIEAKgyBAC/MgQA8DIEAPgyBAA4MwQARzMEAIAzBACFMwQAyDMEANUzBAAQNAQAHTQEAFg0BABkNAQAoDQEAK80BADoNAQA8jQEADA1BABMNQQAeDUEAIA1BABINgkAzzUEAAg2BAASNgQA6DEHACc2BABQNgQAXDYEAJg2BACeNgQA4DYEAOg2BADYbgQA7DYEACg3BAD6NgQASFwEADs3BABwNwQAfzcEALg3BADENwQAADgEAAE4BABIOAQAUjgEAJA4BACeOAQA2DgEAN04BAAgOQQALTkEAJA2CQBuOQQAsDkEALY5BAD4OQQA/TkEAEA6BABGOgQAaDcJAJM6BADQOgQA3joEABg7BAApOwQAYDsEAGw7BACoOwQAsDsEAPg3CQD8OwQAODwEAEI8BACAPAQAjzwEAMg8BADTPAQAED0EAB49BABYPQQAZT0EAKA9BAC3PQQA6D0EAPA9BAAwPgQAMz4EAHg+BACEPgQAwD4EAMY+BAAIPwQAIz8EAFA/BABcPwQAmD8EAJ4/BADgPwQA6D8EAChABAAqQAQAcEAEAHFABAC4QAQAxkAEAABBBAAIQQQASEEEAGNBBACQQQQAnEEEANhBBADeQQQAIEIEACNCBABoQgQAdkIEALBCBAC1QgQA+EIEAAVDBABAOAkATUMEABA6BwBRQwQAiEMEAJRDBADQQwQA3UMEABhEBAAdRAQAYEQEAGpEBACoRAQAuEQEAPBEBAD1RAQAOEUEAEFFBACARQQAjUUEAMhFBADPRQQAEEYEABxGBABYRgQAXkYEAKBGBACmRgQA6EYEAO1GBAAwRwQANkcEAIg4CQCERwQAwEcEAMZHBAAISAQADkgEAFBIBABdSAQAmEgEAJ1IBADgSAQA6EgEAChJBABZSQQAcEkEAJxJBAC4SQQAwEkEAABKBAANSgQASEoEAE1KBACQSgQAmEoEANhKBADbSgQAIEsEAClLBABoSwQAd0sEALBLBAC7SwQA+EsEAABMBABATAQAUEwEAIhMBACWTAQA0EwEAOFMBAAYTQQAJE0EAGBNBABoTQQAYDkJAK5NBADwTQQA+E0EADhOBAA/TgQAgE4EAI5OBADITgQAzk4EABBPBAAcTwQAWE8EAGdPBACgTwQAqk8EAOhPBADtTwQAMFAEADZQBAB4UAQAjFAEAKg5CQDNUAQACFEEAM9QBABIiQQADVEEAFBRBABcUQQAmFEEAKVRBADgUQQA6lEEAChSBAAwUgQA8DkJAItSBAC4UgQAulIEAABTBAAGUwQASFMEAHpTBACQUwQAllMEANhTBADhUwQAIFQEAC1UBABoVAQAmlQEALBUBAC3VAQA+FQEAP1UBABAVQQAT1UEAIhVBACnVQQA0FUEANxVBAAYVgQAHlYEAGBWBAB6VgQAqFYEAKtWBADwVgQA9VYEADhXBABHVwQAgFcEAJ9XBAA4OgkA51cEABBYBAAcWAQAWFgEAGJYBACgWAQArFgEADjnBACtWAQA6FgEAO1YBAAwWQQAOlkEAHhZBACIWQQAwFkEAMVZBAAIWgQAEVoEAFBaBABdWgQAmFoEAJ9aBADgWgQA7FoEAChbBAAuWwQAcFsEAHZbBAC4WwQAvVsEAABcBAAGXAQAgDoJAEtcBACQXAQAlVwEANhcBADnXAQAIF0EAD9dBAAQOwkAdl0EALBdBAC9XQQA+F0EAP9dBABAXgQASF4EAIheBACKXgQA0F4EAJ9eBABQ7wUA1l4EAMgQBgDYXgQAGF8EABxfBADYZQQAM18EAGBfBABiXwQAqF8EALlfBADwXwQA/l8EADhgBAA/YAQAgGAEAIhgBADIYAQAz2AEABBhBAAVYQQAWGEEAGdhBACgYQQAv2EEAOhhBAD0YQQAMGIEADZiBAB4YgQAgGIEAMBiBADMYgQACGMEABVjBABQYwQAa2MEAJhjBACmYwQA4GMEAOZjBAAoZAQALWQEAHBkBAB9ZAQAuGQEAM5kBAAAZQQADGUEAEhlBABVZQQAkGUEAJplBABYOwkA3WUEACBmBAAmZgQAaGYEAIdmBACwZgQAvmYEAPhmBAAFZwQAQGcEAFdnBACIZwQAkGcEANBnBADfZwQAGGgEAB1oBABgaAQAbWgEAKhoBACyaAQA8GgEAPJoBAA4aQQARmkEAIBpBACNaQQAyGkEANRpBAAQagQAFmoEAFhqBABgagQAoGoEAKZqBADoagQA8WoEADBrBAA9awQAeGsEAIJrBADAawQAzmsEAAhsBAAebAQAUGwEAFxsBACYbAQAoGwEAKA7CQDqbAQAKG0EAC5tBABwbQQAcm0EALhtBADCbQQAAG4EAAxuBABIbgQAX24EAJBuBACkbgQA6DsJAOZuBAAgbwQAI28EAGhvBABwbwQAsG8EALxvBAD4bwQABnAEAEBwBABKcAQAiHAEAJNwBADQcAQA3HAEABhxBAAecQQAYHEEAGhxBACocQQAtXEEAPBxBAD1cQQAOHIEAEJyBACAcgQAiHIEAMhyBADOcgQAEHMEABlzBABYcwQAZXMEAKBzBACtcwQA6HMEAPZzBAAwdAQAPXQEAHh0BACPdAQAwHQEAMh0BAAIdQQADXUEAFB1BABWdQQAmHUEAKB1BADgdQQA9nUEACh2BAA2dgQAcHYEAHN2BAC4dgQAx3YEAAB3BAAFdwQASHcEAFV3BACQdwQAoHcEANh3BADmdwQAIHgEADd4BABoeAQAcXgEALB4BAC2eAQA+HgEAAR5BABAeQQAR3kEADA8CQCUeQQA0HkEANJ5BAAYegQAInoEAGB6BABsegQAqHoEALB6BAB4PAkA9XoEADh7BABHewQAgHsEAJ97BADIewQA1HsEABB8BAAWfAQAWHwEAGB8BACgfAQAoXwEAOh8BADufAQAMH0EADV9BAB4fQQAk30EAMB9BADOfQQACH4EAA9+BABQfgQAXH4EAJh+BACefgQAwDwJAOV+BAAofwQAMn8EAHB/BACBfwQAuH8EAMR/BAAAgAQAA4AEAEiABABLgAQAkIAEAJiABADYgAQA34AEACCBBAAlgQQAaIEEAHeBBACwgQQAz4EEAPiBBAAEggQAQIIEAEaCBACIggQAkIIEANCCBADdggQAGIMEAB2DBABggwQAaoMEAKiDBACwgwQA8IMEAACEBAA4hAQAPYQEAICEBACJhAQAyIQEANWEBAAQhQQAF4UEAAg9CQBdhQQAoIUEAK+FBADohQQAB4YEADCGBAA8hgQAeIYEAH6GBADAhgQAyIYEAAiHBAAUhwQAUIcEAF2HBACYhwQAn4cEAOCHBADhhwQAKIgEAC2IBABwiAQAfogEALiIBADFiAQAAIkEAAqJBABQPQkATYkEAJCJBACdiQQA2IkEAOWJBAAgigQAJooEAGiKBAB0igQAsIoEAMCKBAD4igQAAYsEAECLBABDiwQAiIsEAJSLBADQiwQA14sEAJg9CQAajAQAYIwEAB+MBABIwAYAKIwEAHA5CABxjAQAqIwEALCMBADwjAQA+owEADiNBABHjQQAgI0EAIGNBADIjQQA0I0EACg+CQAYjgQAcD4JAHaOBAAAPwkAwI4EAOiOBADBjgQAQKYEAMeOBAAg5AQA8I4EADCPBAA/jwQAeI8EAH2PBADAjwQAzY8EAAiQBAAVkAQAUJAEAFyQBACYkAQAp5AEAOCQBADqkAQAKJEEAE+RBABwkQQAoZEEALiRBADgkQQAAJIEAAiSBABIPwkATZIEAJCSBACWkgQA2JIEAOCSBACQPwkALpMEAGiTBACDkwQAsJMEALyTBAD4kwQACZQEAECUBABUlAQAiJQEAJCUBADQlAQA1pQEABiVBAAklQQAYJUEAHCVBAColQQAsZUEAPCVBADzlQQAOJYEAESWBACAlgQAh5YEANg/CQDWlgQAEJcEABqXBAAgQAkAYJcEAGhACQCllwQA6JcEAPWXBAAwmAQAPZgEAHiYBACEmAQAwJgEAM+YBAAImQQAEpkEAFCZBABemQQAmJkEAJ2ZBADgmQQA7ZkEACiaBAAwmgQAcJoEAHaaBAC4mgQAxJoEAACbBAAQmwQASJsEAFGbBACQmwQAk5sEANibBADkmwQAIJwEACecBACwQAkAd5wEALCcBAC1nAQA+JwEAAWdBABAnQQATZ0EAIidBACOnQQA0J0EANydBAAYngQAKJ4EAGCeBABpngQAqJ4EAKueBADwngQA/J4EADifBAA/nwQA+EAJAIWfBADInwQA1Z8EABCgBAAwoAQAWKAEAGSgBACgoAQAs6AEAOigBAD2oAQAMKEEADOhBAB4oQQAgqEEAMChBADOoQQACKIEABWiBABQogQAZ6IEAJiiBACgogQA4KIEAOeiBAAoowQALaMEAHCjBACGowQAuKMEALqjBAAApAQADqQEAEikBABVpAQAQEEJAJykBADYpAQA6KQEACClBAAppQQAaKUEAGulBACwpQQAvKUEAPilBAD/pQQAiEEJAEmmBAAQqQQASqYEAIimBACXpgQA0KYEAJmmBADwpwQA0aYEABinBAA0pwQAYKcEAJKnBACopwQA2qcEANBBCQDzpwQAOKgEAFSoBACAqAQAsqgEAMioBAD6qAQAGEIJAB2pBABYqQQAZqkEAKCpBACzqQQA6KkEAASqBAAwqgQAYqoEAHiqBACqqgQAYEIJAM+qBAAIqwQA0aoEACisBAAJqwQAUKsEAGyrBACYqwQAyqsEAOCrBAASrAQAqEIJACusBABwrAQAjKwEALisBADqrAQAAK0EADKtBADwQgkAS60EAJCtBAChrQQA2K0EAPStBAAgrgQAUq4EAGiuBACargQAOEMJAL2uBAD4rgQABK8EAECvBABPrwQAiK8EAJKvBADQrwQA3q8EABiwBAAdsAQAYLAEAG2wBACosAQAsLAEAPCwBAD2sAQAOLEEAESxBACAsQQAkLEEAMixBADRsQQAELIEABOyBABYsgQAZLIEAKCyBACnsgQAgEMJAO2yBACojQYA8rIEADCzBAD0sgQAiDIGADqzBAB4swQAebMEAMCzBADPswQACLQEAA20BABQtAQAXbQEAJi0BACltAQA4LQEAOy0BAAotQQAN7UEAHC1BAB6tQQAuLUEAMa1BAAAtgQABbYEAEi2BABVtgQAkLYEAJG2BADYtgQA3bYEACC3BAAltwQAaLcEAHm3BACwtwQA17cEAPi3BAADuAQAQLgEAEW4BACIuAQAi7gEANC4BADauAQAGLkEAD25BABguQQAfrkEAMhDCQCyuQQA8LkEAPW5BAA4ugQAQLoEABBECQCMugQAyLoEAMq6BAAQuwQAH7sEAFi7BABjuwQAoLsEAKi7BADouwQA77sEADC8BAAyvAQAeLwEAIK8BADAvAQAwrwEAAi9BAAhvQQAUL0EAFK9BACYvQQAm70EAOC9BADsvQQAKL4EADC+BABYRAkAfL4EALi+BAC+vgQAAL8EABu/BABIvwQAVL8EAJC/BACWvwQA2L8EAOC/BAAgwAQAIsAEAGjABABywAQAsMAEALjABACgRAkACcEEAEDBBABHwQQAiMEEAJDBBADQwQQA3cEEABjCBAAdwgQAYMIEAGrCBACowgQAsMIEAPDCBAD/wgQAOMMEAD3DBACAwwQAjcMEAMjDBADVwwQAEMQEABzEBABYxAQAZ8QEAKDEBACqxAQA6MQEAPDEBAAwxQQAOsUEAHjFBAB9xQQAwMUEAMjFBADoRAkAFMYEAFDGBABgxgQAmMYEAKHGBADgxgQA48YEACjHBAA0xwQAcMcEAHfHBAAwRQkAvscEAADIBAAGyAQASMgEAE3IBACQyAQAlsgEAHhFCQDeyAQAIMkEACbJBABoyQQAbckEAEBtBwB1yQQAsMkEALXJBAD4yQQAAMoEAEDKBABvygQAuNAEAHTKBACIygQAvMoEANDKBAAEywQAGMsEAETLBABgywQAaMsEAKjLBAC3ywQA8MsEAPXLBAA4zAQARcwEAIDMBACNzAQAyMwEANTMBAAQzQQAH80EAFjNBABizQQAoM0EAK7NBADozQQA7c0EADDOBAA9zgQAeM4EAIDOBADAzgQAxs4EAAjPBAAUzwQAUM8EAGDPBACYzwQAoc8EAODPBADjzwQAKNAEADTQBABw0AQAd9AEAMBFCQDs0AQAANEEACzRBABI0QQAUNEEAJDRBACf0QQA2NEEAN3RBAAg0gQALdIEAGjSBAB10gQAsNIEALzSBAD40gQAB9MEAEDTBABK0wQAiNMEAJbTBADQ0wQA1dMEABjUBAAl1AQAYNQEAGjUBACo1AQArtQEAPDUBAD81AQAONUEAEjVBACA1QQAidUEAMjVBADL1QQAENYEABzWBABY1gQAX9YEAAhGCQCi1gQACHsHAK7WBADo1gQA9dYEADDXBAA81wQAeNcEAH7XBADA1wQAxtcEAAjYBAAN2AQAUNgEAFbYBABQRgkAxdgEAODYBAAN2QQAKNkEAFfZBABw2QQApNkEALjZBADk2QQA4EYJAAzaBABI2gQADtoEAKijBQBS2gQAkNoEAKraBADY2gQA59oEACDbBAAl2wQAaNsEAHXbBACw2wQAvdsEAPjbBAAE3AQAQNwEAE/cBACI3AQAktwEANDcBADc3AQAGN0EACvdBABg3QQAb90EAKjdBAC03QQA8N0EAPHdBAA43gQAQt4EAIDeBACO3gQAyN4EAM3eBAAQ3wQAHd8EAChHCQBd3wQAoN8EAK3fBADo3wQA9d8EADDgBAA84AQAeOAEAIfgBADA4AQAyuAEAAjhBAAW4QQAUOEEAFXhBACY4QQApeEEAODhBADo4QQAKOIEAC7iBABw4gQAfOIEALjiBADI4gQAAOMEAAnjBABI4wQAS+MEAJDjBACc4wQA2OMEAN/jBAAASAkAJeQEAGjkBABr5AQAsOQEALjkBAD45AQABOUEAEDlBABG5QQAiOUEAI7lBADQ5QQA1eUEABjmBAAe5gQASEgJAJTmBACo5gQA3OYEAPDmBAAY5wQA2EgJAD7nBADotwUAS+cEAIDnBACP5wQAyOcEANTnBAAQ6AQAEegEAFjoBABi6AQAoOgEAK7oBADo6AQA7egEADDpBAA96QQAIEkJAJ/pBADA6QQA9OkEAAjqBAA86gQAUOoEAITqBACY6gQAwOoEAGhJCQDu6gQAKOsEAC3rBABw6wQAfesEALjrBADA6wQAAOwEAAbsBABI7AQAVOwEAJDsBACg7AQA2OwEAOHsBAAg7QQAI+0EAGjtBACd7QQAsO0EALztBACwSQkA/u0EAEDuBABZ7gQAiO4EAJbuBADQ7gQA3e4EABjvBAAf7wQAYO8EAGnvBACo7wQAte8EAPDvBAAH8AQAOPAEADvwBACA8AQAgvAEAMjwBADR8AQAEPEEACDxBABY8QQAcfEEAKDxBACi8QQA6PEEAPHxBAAw8gQAOPIEAHjyBAB68gQAwPIEANnyBAAI8wQAH/MEAFDzBABc8wQAmPMEAKnzBADg8wQA7PMEACj0BAAz9AQAcPQEAH30BAC49AQAwvQEAPhJCQAT9QQASPUEAFb1BACQ9QQAf/UEAJj8BADG9QQA2PUEAOX1BAAg9gQAKPYEAGj2BABu9gQAsPYEALz2BAD49gQAA/cEAED3BABJ9wQAiPcEAIv3BADQ9wQA0vcEABj4BAAf+AQAYPgEAGL4BABASgkAq/gEAPD4BAD++AQAOPkEAD35BACA+QQAjfkEAMj5BADU+QQAEPoEABj6BACISgkAZvoEAKD6BACw+gQA6PoEAPb6BAAw+wQAOfsEAHj7BACC+wQAwPsEAML7BAAI/AQAEvwEAFD8BABS/AQA0EoJAJ38BADg/AQA6PwEACj9BAAu/QQAcP0EAHz9BAC4/QQAx/0EAAD+BAAJ/gQASP4EAEv+BACQ/gQAkv4EANj+BADf/gQAIP8EACL/BAAYSwkAbf8EALD/BADM/wQA+P8EABQABQBgSwkATwAFAIgABQCNAAUA0AAFAN0ABQAYAQUAJQEFAGABBQBmAQUAqAEFALQBBQDwAQUAAAIFADgCBQBBAgUAgAIFAIMCBQDIAgUA1AIFABADBQAXAwUAqEsJAGcDBQCgAwUApQMFAOgDBQD1AwUAMAQFAD0EBQB4BAUAfgQFAMAEBQDMBAUACAUFABgFBQBQBQUAWQUFAJgFBQCbBQUA4AUFAOwFBQAoBgUALwYFAPBLCQB4BgUAOEwJAL0GBQAABwUACAcFAEgHBQBLBwUAkAcFAJkHBQDYBwUA5wcFACAIBQArCAUAaAgFAHAIBQCwCAUAwAgFAPgIBQAGCQUAQAkFAFEJBQCICQUAlAkFANAJBQDYCQUAgEwJAB4KBQBgCgUAaAoFAKgKBQCvCgUA8AoFAP4KBQA4CwUAPgsFAIALBQCMCwUAyAsFANcLBQAQDAUAGgwFAFgMBQBdDAUAoAwFAKYMBQDoDAUA/AwFAMhMCQA1DQUAeA0FAIUNBQDADQUAzQ0FAAgOBQAUDgUAUA4FAF8OBQCYDgUAog4FAOAOBQDuDgUAKA8FAC0PBQBwDwUAfQ8FALgPBQDADwUAABAFAAYQBQBIEAUAVBAFAJAQBQCgEAUA2BAFAOEQBQAgEQUAIxEFAGgRBQB0EQUAsBEFALcRBQAQTQkA+hEFAEASBQBKEgUAiBIFAJYSBQDQEgUA1RIFABgTBQAlEwUAYBMFAGITBQCoEwUAuRMFAPATBQD8EwUAOBQFAD4UBQCAFAUAhhQFAMgUBQDNFAUAEBUFABYVBQBYTQkAXRUFAKAVBQCxFQUA6BUFAPAVBQAwFgUA9BUFAKg3BQD2FQUAgOQHADoWBQB4FgUAhhYFAMAWBQDWFgUACBcFABQXBQBQFwUAVxcFAJgXBQCgFwUA4BcFAOUXBQAoGAUAMRgFAHAYBQB6GAUAuBgFAMAYBQAAGQUABBkFAEgZBQBTGQUAkBkFAJ4ZBQDYGQUA6RkFACAaBQAsGgUAaBoFAHAaBQCgTQkAshoFAPgaBQAGGwUAQBsFAEobBQCIGwUAlhsFANAbBQDdGwUAGBwFAC8cBQBgHAUAaBwFAKgcBQC4HAUA8BwFAPUcBQA4HQUAPh0FAIAdBQCIHQUAyB0FAModBQAQHgUAHR4FAFgeBQBgHgUAoB4FAKUeBQDoHgUA6R4FADAfBQA8HwUAeB8FAIUfBQDAHwUAyB8FAAggBQAXIAUAUCAFAFUgBQCYIAUApSAFAOAgBQDtIAUAKCEFADQhBQBwIQUAfyEFALghBQDCIQUAACIFAA4iBQBIIgUATSIFAJAiBQCdIgUA6E0JANsiBQAgIwUAKCMFAGgjBQB1IwUAsCMFALUjBQD4IwUAAiQFAEAkBQBIJAUAiCQFAIokBQDQJAUA6yQFABglBQAaJQUAYCUFAG4lBQCoJQUAuSUFAPAlBQDyJQUAOCYFAFEmBQCAJgUAkSYFAMgmBQDUJgUAECcFACUnBQBYJwUAYCcFAKAnBQCmJwUA6CcFAPQnBQAwKAUATSgFAHgoBQCBKAUAwCgFAMwoBQAIKQUACykFAFApBQBaKQUAmCkFAKApBQDgKQUA6ikFACgqBQA2KgUAcCoFAIYqBQC4KgUAxCoFAAArBQAHKwUASCsFAFArBQCQKwUAlSsFANgrBQDhKwUAICwFACosBQBoLAUAcCwFALAsBQCyLAUA+CwFAAgtBQBALQUASi0FAIgtBQCULQUA0C0FANYtBQAYLgUAIC4FADBOCQBsLgUAqC4FALsuBQDwLgUADC8FADgvBQBALwUAeE4JAI4vBQDILwUA3i8FABAwBQAcMAUAWDAFAF0wBQCgMAUAqTAFAOgwBQDyMAUAMDEFADgxBQB4MQUAejEFAMAxBQDPMQUACDIFACUyBQBQMgUAWTIFAJgyBQCmMgUA4DIFAOYyBQAoMwUANjMFAHAzBQB9MwUAuDMFAM8zBQAANAUACDQFAEg0BQBKNAUAkDQFAJg0BQDYNAUA5zQFACA1BQAlNQUAaDUFAHU1BQCwNQUAvTUFAPg1BQAENgUAQDYFAE82BQCINgUAkjYFANA2BQDeNgUAGDcFAB03BQBgNwUAbTcFAMBOCQCuNwUA8DcFAPY3BQA4OAUAPTgFAIA4BQCGOAUACE8JANY4BQAQOQUAJjkFAFg5BQBkOQUAoDkFAKU5BQDoOQUA8TkFADA6BQA6OgUAeDoFAJ86BQDAOgUAxDoFAAg7BQDPOgUAKDwFAAo7BQBQOwUAXjsFAJg7BQCiOwUA4DsFAAg8BQDgTwkALjwFAHA8BQB8PAUAuDwFALo8BQAAPQUACj0FAEg9BQBUPQUAkD0FALg9BQAoUAkA7j0FACA+BQAsPgUAaD4FAG0+BQCwPgUAcD4FABiuCQC5PgUA+D4FAAI/BQBAPwUASD8FAHBOBQBMPwUAoKEGAGc/BQCIPwUAjD8FANA/BQCXPwUA8EAFANI/BQAYQAUAJkAFAGBABQBqQAUAqEAFANBABQBwUAkA9kAFADhBBQBEQQUAgEEFAIJBBQDIQQUA0kEFABBCBQAcQgUAWEIFAIBCBQC4UAkAr0IFAOhCBQAFQwUAMEMFADlDBQB4QwUAhkMFAMBDBQDGQwUACEQFABREBQBQRAUAWEQFAABRCQCfRAUA4EQFAPlEBQAoRQUAN0UFAHBFBQB4RQUAuEUFAMdFBQAARgUABUYFAEhGBQBVRgUAkEYFAJ1GBQDYRgUA5EYFACBHBQAvRwUAaEcFAHJHBQCwRwUAvkcFAPhHBQD9RwUAQEgFAE1IBQBIUQkAoUgFANBIBQDaSAUAGEkFABpJBQBgSQUAbkkFAKhJBQC1SQUA8EkFAPhJBQA4SgUAWkoFAIBKBQCHSgUAyEoFAOFKBQAQSwUAH0sFAFhLBQBgSwUAoEsFAK9LBQDoSwUA7UsFADBMBQA9TAUAeEwFAIVMBQDATAUAzEwFAAhNBQAXTQUAUE0FAFpNBQCYTQUApk0FAOBNBQDlTQUAKE4FADVOBQCQUQkAdU4FAOCRBgB8TgUAuE4FAJFOBQCotwkAy04FAABPBQAPTwUASE8FAFRPBQCQTwUAnE8FANhPBQDfTwUAIFAFACxQBQBoUAUAb1AFALBQBQC4UAUA+FAFAPxQBQBAUQUAS1EFAIhRBQCUUQUA0FEFAN1RBQAYUgUAIFIFAGBSBQBqUgUAqFIFAK5SBQDwUgUABFMFADhTBQBGUwUAgFMFAI1TBQDIUwUA31MFABBUBQAYVAUAWFQFAGJUBQCgVAUApVQFAOhUBQDwVAUAMFUFAD9VBQB4VQUAfVUFAMBVBQDNVQUACFYFABVWBQBQVgUAXFYFAJhWBQCnVgUA4FYFAOpWBQDYUQkAMlcFAHBXBQByVwUAuFcFAL9XBQAAWAUAB1gFAEhYBQBOWAUAkFgFAJ5YBQDYWAUA5VgFACBZBQAwWQUAaFkFAG1ZBQCwWQUAuFkFAPhZBQDMWQUAEK4FAARaBQBAWgUAQloFAMhcBQBNWgUAiFoFAI1aBQDQWgUA2loFABhbBQAoWwUAYFsFAGVbBQCoWwUAsVsFAPBbBQD9WwUAOFwFAD9cBQCAXAUAiFwFACBSCQDWXAUAEF0FAChdBQBYXQUAWl0FAKBdBQC3XQUA6F0FAOpdBQAwXgUAPl4FAHheBQCFXgUAwF4FAMheBQBoUgkADl8FAFBfBQBSXwUAmF8FAKVfBQDgXwUA418FAChgBQA5YAUAcGAFAHJgBQC4YAUAwmAFAABhBQAMYQUASGEFAFBhBQCwUgkAlWEFANhhBQDbYQUAIGIFACpiBQBoYgUAcGIFALBiBQC9YgUA+GIFAPpiBQBAYwUAVmMFAIhjBQCUYwUA0GMFANhjBQD4UgkAG2QFAGBkBQBpZAUAqGQFALdkBQDwZAUA+2QFADhlBQBAZQUAgGUFAItlBQDIZQUAzWUFABBmBQATZgUAWGYFAGJmBQCIUwkApmYFAOhmBQADZwUAMGcFADxnBQB4ZwUAfmcFAMBnBQDIZwUACGgFAB5oBQBQaAUAXmgFAJhoBQCbaAUA4GgFAPloBQAoaQUANGkFAHBpBQB7aQUAuGkFALppBQAAagUAG2oFAEhqBQBWagUAkGoFAJ1qBQDYagUA72oFANBTCQA2awUAaGsFAGlrBQCwawUAtWsFAPhrBQD+awUAQGwFAEJsBQCIbAUAjmwFANBsBQDkbAUAGG0FACBtBQBgbQUAcG0FAKhtBQCqbQUA8G0FAP5tBQA4bgUASW4FABhUCQCGbgUAyG4FANRuBQBgVAkAEm8FAFhvBQBpbwUAoG8FAKhvBQDobwUA8W8FADBwBQA3cAUAeHAFAHlwBQCoVAkAzHAFAAhxBQAKcQUAUHEFAFdxBQCYcQUAoHEFAOBxBQDpcQUAKHIFAC9yBQBwcgUAcXIFAPBUCQC9cgUAAHMFAAhzBQBIcwUAUnMFAJBzBQCecwUA2HMFAO5zBQAgdAUALHQFAGh0BQBtdAUAsHQFALl0BQD4dAUAAnUFADhVCQBGdQUAiHUFAJB1BQDQdQUA03UFABh2BQAkdgUAYHYFAGZ2BQCodgUAw3YFAPB2BQD+dgUAOHcFAEd3BQCAdwUAjHcFAMh3BQDQdwUAyFUJABV4BQBYeAUAYngFAKB4BQCoeAUA6HgFAAd5BQAweQUAPXkFAHh5BQB9eQUAwHkFAMR5BQAIegUAFXoFABBWCQBVegUAmHoFAJt6BQDgegUA6noFACh7BQA0ewUAcHsFAIN7BQC4ewUAx3sFAAB8BQAMfAUASHwFAEl8BQCQfAUAmnwFANh8BQDmfAUAIH0FACV9BQBofQUAdX0FAFhWCQCxfQUA+H0FAAB+BQAoQQYAEH4FAEB+BQBNfgUAiH4FAJR+BQDQfgUA2n4FABh/BQAcfwUAYH8FAGV/BQCofwUArn8FAPB/BQAPgAUAOIAFAFCABQCAgAUAl4AFAMiABQDUgAUAEIEFABqBBQBYgQUAWoEFAKCBBQCngQUA6IEFAO+BBQAwggUANoIFAHiCBQCEggUAwIIFAMOCBQAIgwUAC4MFAFCDBQBcgwUAmIMFAJuDBQDggwUA/IMFACiEBQAwhAUAMFcJAHyEBQC4hAUAwoQFAACFBQAChQUASIUFAE+FBQCQhQUAl4UFANiFBQDehQUAIIYFAC6GBQBohgUAdYYFALCGBQDAhgUA+IYFAP2GBQBAhwUASIcFAIiHBQCYhwUA0IcFANWHBQAYiAUAHogFAGCIBQBoiAUAeFcJALaIBQDwiAUA/IgFADiJBQA+iQUAgIkFAIaJBQDIiQUAzYkFABCKBQAWigUAwFcJAGSKBQCgigUApooFAOiKBQDuigUAMIsFAD2LBQB4iwUAfYsFAMCLBQDIiwUACIwFACiMBQCYWAkAUowFAJgYBwBTjAUAqJYGAFaMBQAINwYAZowFAJiMBQCZjAUA4IwFAOWMBQAojQUALo0FAHCNBQByjQUAuI0FAL6NBQAAjgUAFI4FAEiOBQBQjgUAkI4FAKCOBQDYjgUA2o4FACCPBQAujwUAaI8FAHmPBQDgWAkAto8FAPiPBQAEkAUAKFkJAE2QBQCIkAUAkJAFANCQBQDdkAUAGJEFABqRBQBgkQUAdpEFAKiRBQC0kQUA8JEFAPiRBQC4WQkARJIFAICSBQCDkgUAyJIFAM2SBQAQkwUAIZMFAFiTBQBhkwUAoJMFAKqTBQDokwUA9pMFADCUBQA1lAUAeJQFAIWUBQAAWgkAzJQFAAiVBQAVlQUAUJUFAFKVBQCYlQUArpUFAOCVBQDslQUAKJYFADCWBQBIWgkAdZYFALiWBQC+lgUAAJcFAAiXBQBIlwUAS5cFAJCXBQCclwUA2JcFAN6XBQAgmAUAO5gFAGiYBQB1mAUAsJgFALKYBQD4mAUADpkFAECZBQBMmQUAiJkFAJCZBQCQWgkA1pkFABiaBQAdmgUAYJoFAHuaBQComgUAtpoFAPCaBQD3mgUAOJsFAESbBQCAmwUAh5sFANhaCQDRmwUAEJwFAB6cBQAwAAYAH5wFAFicBQBjnAUAoJwFAKicBQDonAUA85wFADCdBQA1nQUAeJ0FAHudBQDAnQUAyp0FAAieBQAQngUAUJ4FAF6eBQCYngUAm54FAOCeBQDongUAKJ8FAEefBQBwnwUAfZ8FALifBQC9nwUAAKAFAASgBQBIoAUAVaAFACBbCQCvoAUA2KAFAOGgBQAgoQUAIaEFAGihBQBwoQUAsKEFAMChBQD4oQUA+qEFAECiBQBOogUAiKIFAJmiBQBoWwkA1qIFABijBQAkowUAsFsJAGejBQD4WwkAraMFAPCjBQAKpAUAOKQFAEekBQCApAUAi6QFAMikBQDKpAUAEKUFAB2lBQBYpQUAZaUFAKClBQCspQUA6KUFAPmlBQAwpgUAM6YFAHimBQCSpgUAwKYFAMmmBQAIpwUAFacFAFCnBQBWpwUAmKcFAKSnBQDgpwUA46cFACioBQAtqAUAcKgFAIGoBQC4qAUA06gFAACpBQAMqQUASKkFAE+pBQCQqQUAkqkFANipBQDfqQUAIKoFACeqBQBoqgUAbqoFALCqBQC8qgUA+KoFAPuqBQBAqwUAQ6sFAIirBQCUqwUA0KsFAOOrBQAYrAUAJ6wFAGCsBQBsrAUAqKwFAKmsBQDwrAUA+qwFADitBQBGrQUAgK0FAIWtBQDIrQUA1a0FAEBcCQAYrgUAiFwJAFquBQCgrgUAtq4FAOiuBQD0rgUAMK8FADivBQDQXAkAfq8FAMCvBQDIrwUACLAFAAuwBQBQsAUAXLAFAJiwBQCesAUA4LAFAPuwBQAosQUANrEFAHCxBQB/sQUAuLEFAMSxBQAAsgUACLIFABhdCQBNsgUAkLIFAJqyBQDYsgUA4LIFACCzBQA/swUAaLMFAHWzBQCwswUAtbMFAPizBQD8swUAQLQFAE20BQBgXQkAr7QFANC0BQDTtAUAGLUFAB21BQBgtQUAb7UFAKi1BQDHtQUA8LUFAPy1BQA4tgUAQrYFAIC2BQCMtgUAyLYFAM62BQAQtwUAFrcFAFi3BQBdtwUAoLcFAKa3BQCoXQkA7rcFADC4BQA1uAUAeLgFAH64BQA4XgkAw7gFAAi5BQASuQUAULkFAFK5BQCYuQUAsbkFAOC5BQDxuQUAKLoFADa6BQBwugUAc7oFALi6BQDDugUAALsFAAi7BQBIuwUASrsFAJC7BQCYuwUA2LsFAOW7BQAgvAUALLwFAGi8BQBsvAUAsLwFALi8BQD4vAUAB70FAEC9BQBFvQUAiL0FAJW9BQDQvQUA3b0FABi+BQAkvgUAYL4FAG++BQCovgUAsr4FAPC+BQD+vgUAOL8FAD2/BQCAvwUAjb8FAIBeCQDQvwUAyF4JABTABQC4wwUAHMAFAFjABQBewAUAoMAFAKbABQDowAUA9cAFADDBBQA1wQUAeMEFAIDBBQDAwQUA78EFAJjCBQD0wQUACMIFADXCBQDgwgUAPMIFAFDCBQCEwgUAEF8JAMzCBQBYXwkADcMFACjDBQBXwwUAcMMFAKTDBQCgXwkAxsMFAADEBQANxAUASMQFAFTEBQCQxAUAlsQFANjEBQDexAUAIMUFACXFBQBoxQUAbsUFAOhfCQDdxQUAiMYFAOTFBQD4xQUALMYFAHhgCQB0xgUAwGAJALXGBQDQxgUA/8YFABjHBQBMxwUACGEJAGrHBQCoxwUArccFAPDHBQD4xwUAUGEJAD3IBQCAyAUAicgFAMjIBQDVyAUAEMkFABfJBQCYYQkAYMkFAOBhCQCzyQUA6MkFAPTJBQAwygUAP8oFAHjKBQCBygUAwMoFAMrKBQAIywUACssFAFDLBQBpywUAmMsFAKnLBQDgywUA7MsFACjMBQAwzAUAKGIJAH7MBQC4zAUAycwFAADNBQAMzQUASM0FAFDNBQBwYgkAlc0FANjNBQDizQUAIM4FACjOBQBozgUAeM4FALDOBQC1zgUA+M4FAAHPBQBAzwUATc8FAIjPBQCPzwUAuGIJANnPBQAY0AUAKdAFAGDQBQBs0AUAqNAFALXQBQDw0AUA9dAFADjRBQBC0QUAgNEFAJDRBQDI0QUAzdEFABDSBQAZ0gUAWNIFAGXSBQCg0gUAp9IFAOjSBQD00gUAMNMFADbTBQB40wUAftMFAMDTBQDF0wUACNQFAA7UBQAAYwkAVdQFAJjUBQCg1AUA4NQFAPbUBQAo1QUALdUFAHDVBQB31QUAuNUFAMHVBQAA1gUAEdYFAEjWBQBU1gUAkNYFAJjWBQDYYwkA2tYFACDXBQA21wUAaNcFAHTXBQCw1wUAt9cFAPjXBQAA2AUAIGQJAEXYBQCI2AUAkNgFANDYBQDm2AUAGNkFAB3ZBQBg2QUAZ9kFAKjZBQCx2QUA8NkFAAHaBQA42gUARNoFAIDaBQCI2gUAaGQJAMraBQAQ2wUAJtsFAFjbBQBk2wUAoNsFAKfbBQDo2wUA8NsFALBkCQA13AUAeNwFAH/cBQDA3AUAydwFAAjdBQAZ3QUAUN0FAFzdBQCY3QUAoN0FAPhkCQDi3QUAKN4FADfeBQBw3gUAj94FALjeBQC63gUAAN8FABffBQBI3wUAVN8FAJDfBQCY3wUAiGUJAN3fBQAg4AUAIuAFAGjgBQBv4AUAsOAFALjgBQD44AUAAeEFAEDhBQBG4QUAiOEFAJnhBQDQ4QUA2OEFABhmCQAk4gUAYOIFAGPiBQCo4gUAreIFAPDiBQAB4wUAOOMFAFPjBQCA4wUAjOMFAMjjBQDQ4wUAYGYJACbkBQBY5AUAWeQFAKDkBQCl5AUA6OQFAO7kBQAw5QUAOuUFAHjlBQCA5QUAwOUFANLlBQCoZgkAFeYFAFDmBQBa5gUAmOYFAJ7mBQDg5gUA9OYFACjnBQAw5wUAcOcFAIDnBQC45wUAvecFAADoBQAG6AUASOgFAFDoBQCQ6AUAkegFANjoBQDa6AUAIOkFAC/pBQBo6QUAh+kFALDpBQCy6QUA+OkFAA/qBQBA6gUATOoFAIjqBQCQ6gUA8GYJANXqBQAY6wUAGusFAGDrBQBn6wUAqOsFALDrBQDw6wUA8+sFADjsBQBB7AUAgOwFAI/sBQDI7AUA0+wFABDtBQAY7QUAWO0FAGjtBQCg7QUAru0FAOjtBQD57QUAMO4FADzuBQB47gUAgO4FAIBnCQDg7gUACO8FABDvBQDIZwkAXO8FAJjvBQCu7wUA4O8FAOjvBQAo8AUARvAFABBoCQBz8AUAOGEGAH3wBQC48AUAu/AFABh8CADA8AUAAPEFAALxBQBI8QUACvEFALD7BQAR8QUAyPUFAFXxBQCQ8QUApPEFANjxBQDg8QUAIPIFACXyBQBo8gUAePIFALDyBQC48gUA+PIFAALzBQBA8wUAS/MFAIjzBQCU8wUA0PMFANjzBQBYaAkAHfQFAGD0BQBp9AUAqPQFAK70BQDw9AUA//QFADj1BQBE9QUAgPUFAIP1BQCgaAkAzfUFABD2BQAf9gUAWPYFAFr2BQCg9gUAsfYFAOj2BQD59gUAMPcFAET3BQB49wUAgPcFAMD3BQDO9wUACPgFABX4BQBQ+AUAU/gFAJj4BQCi+AUA4PgFAOL4BQAo+QUAOfkFAHD5BQCB+QUAuPkFAMT5BQAA+gUAB/oFAEj6BQBQ+gUAkPoFAKf6BQDY+gUA5PoFACD7BQA2+wUAaPsFAGv7BQDoaAkAu/sFAPj7BQAE/AUAQPwFAEj8BQAwaQkAlPwFAND8BQDm/AUAGP0FABv9BQBg/QUAaP0FAKj9BQCq/QUA8P0FAAv+BQA4/gUAOv4FAID+BQCO/gUAyP4FANn+BQAQ/wUAEv8FAFj/BQBx/wUAoP8FALH/BQDo/wUA9P8FAHhpCQA6AAYAeAAGAHoABgDAAAYA2QAGAAgBBgAZAQYAUAEGAFwBBgCYAQYAoAEGAMBpCQDmAQYAKAIGADYCBgBwAgYAiwIGALgCBgDEAgYAAAMGAAYDBgBIAwYAUAMGAJADBgCgAwYA2AMGAN0DBgAgBAYAKQQGAGgEBgB1BAYAsAQGALcEBgD4BAYAAAUGAAhqCQBFBQYAiAUGAI4FBgDQBQYA2AUGABgGBgA6BgYAYAYGAGcGBgCoBgYAwQYGAPAGBgD/BgYAOAcGAFQHBgBQagkAhQcGAMgHBgDSBwYAEAgGACAIBgBYCAYAXQgGAKAIBgCpCAYA6AgGAPUIBgAwCQYANwkGAHgJBgCECQYAwAkGANMJBgAICgYAFwoGAFAKBgBcCgYAmAoGAJkKBgDgCgYA6goGACgLBgA2CwYAcAsGAHULBgC4CwYAxQsGAJhqCQARDAYASAwGAEoMBgCQDAYAkwwGANgMBgDbDAYAIA0GACcNBgBoDQYAdA0GALANBgDADQYA+A0GAAgOBgBADgYARQ4GAIgOBgCRDgYA0A4GAN0OBgAYDwYAHw8GAGAPBgBsDwYAqA8GAK4PBgDwDwYA9g8GADgQBgA9EAYAgBAGAIYQBgBwawkA0hAGABARBgAeEQYAWBEGAGgRBgCgEQYAohEGAOgRBgD3EQYAMBIGADoSBgB4EgYAgBIGAEhsCQDGEgYACBMGABQTBgCQbAkAVRMGAJgTBgCgEwYA4BMGAPATBgAoFAYANhQGAHAUBgB9FAYAuBQGAL8UBgAAFQYACBUGACBtCQBZFQYAkBUGAJcVBgDYFQYA4BUGACAWBgAtFgYAaBYGAG0WBgCwFgYAuhYGAPgWBgAAFwYAQBcGAFkXBgCIFwYAlBcGANAXBgDYFwYAaG0JACQYBgBgGAYAYxgGAKgYBgCtGAYA8BgGAAEZBgA4GQYAUxkGAIAZBgCMGQYAyBkGAM8ZBgAQGgYALBoGAFgaBgBgGgYAsG0JAKwaBgDoGgYABRsGADAbBgA5GwYAeBsGAIYbBgDAGwYAxhsGAAgcBgAUHAYAUBwGAFccBgCYHAYAoBwGAOAcBgD2HAYAKB0GAC0dBgBwHQYAdx0GALgdBgDBHQYAAB4GABEeBgBIHgYAVB4GAJAeBgCYHgYAQG4JAN4eBgAgHwYAJR8GAGgfBgCDHwYAsB8GAL4fBgD4HwYA/x8GAEAgBgBMIAYAiCAGAIsgBgDQIAYA2CAGABghBgAZIQYAYCEGAGIhBgCoIQYAtyEGAPAhBgAPIgYAOCIGADoiBgCAIgYAlyIGAMgiBgDUIgYAECMGABgjBgCIbgkAZCMGAKAjBgChIwYA6CMGAKwjBgBwkgYA8iMGADAkBgA+JAYAeCQGAH0kBgDAJAYAzSQGANBuCQASJQYAUCUGAFwlBgCYJQYAriUGAOAlBgDsJQYAKCYGADsmBgBwJgYAfiYGALgmBgDCJgYAGG8JAAgnBgBgbwkAXicGAJAnBgCcJwYA2CcGAOUnBgAgKAYAKigGAGgoBgBqKAYAsCgGALooBgD4KAYABikGAEApBgBFKQYAiCkGAJUpBgDQKQYA2CkGABgqBgAoKgYAYCoGAGIqBgCoKgYAsSoGAPAqBgABKwYAOCsGAEIrBgCobwkAjCsGAMgrBgDfKwYAECwGACssBgDwbwkAcSwGAKAsBgCmLAYA6CwGAPIsBgA4cAkAMi0GAHgtBgCJLQYAwC0GAMgtBgAILgYA3C0GAOhQBgAULgYAUC4GAFYuBgCYLgYAni4GAOAuBgDlLgYAKC8GAC4vBgCAcAkAjC8GALgvBgDALwYAWHEJAA4wBgBIMAYAWTAGAJAwBgChMAYA2DAGAOQwBgAgMQYAJzEGAKBxCQB5MQYAsDEGAMExBgD4MQYABDIGAEAyBgBHMgYA6HEJAIoyBgDQMgYA0TIGABgzBgAgMwYAYDMGAGUzBgCoMwYAsTMGAPAzBgD6MwYAODQGAEA0BgCANAYAhTQGAMg0BgDYNAYAEDUGABg1BgBYNQYAbjUGAKA1BgCsNQYA6DUGAP41BgAwNgYANTYGAHg2BgB+NgYAwDYGANQ2BgAwcgkAHjcGAFA3BgBeNwYAmDcGAKU3BgDgNwYA4jcGACg4BgAyOAYAcDgGAHw4BgC4OAYAvzgGAAA5BgAIOQYASDkGAGE5BgCQOQYApDkGANg5BgDgOQYAIDoGACI6BgBoOgYAdToGALA6BgC1OgYA+DoGAAI7BgBAOwYASzsGAIg7BgCUOwYA0DsGANY7BgAYPAYAIDwGAGA8BgBhPAYAqDwGAK48BgDwPAYA9TwGADg9BgBHPQYAgD0GAIw9BgDIPQYAyz0GABA+BgATPgYAeHIJAF0+BgCgPgYAvD4GAMByCQAHPwYAMD8GADg/BgAIcwkAfj8GAMA/BgDMPwYAUHMJACRABgDwtwkALkAGACh0CQB2QAYAcHQJAJ5ABgDgQAYA7EAGALh0CQApQQYAQEQGADhBBgBwQQYAckEGALhBBgDCQQYAAEIGAAJCBgBIQgYAWUIGAJBCBgCYQgYA2EIGAORCBgAgQwYAJkMGAGhDBgBuQwYAsEMGALVDBgD4QwYA/kMGAAB1CQBCRAYAiEQGAI5EBgDQRAYA00QGABhFBgAkRQYAYEUGAGhFBgDYdQkArkUGAPBFBgD2RQYAOEYGAD1GBgCARgYAhkYGACB2CQDKRgYAEEcGABlHBgBYRwYAb0cGAKBHBgCrRwYA6EcGAPJHBgAwSAYAOEgGAPh2CQB6SAYAAFQGAIZIBgDASAYAzUgGAAhJBgAQSQYAUEkGAFpJBgCYSQYAo0kGAOBJBgDmSQYAKEoGADRKBgBwSgYAckoGALhKBgC/SgYAAEsGAAhLBgBISwYAWksGAEB3CQDISwYA2EsGAOBLBgAgTAYAR0wGABh4CQBqTAYAsEwGAL1MBgD4TAYA/0wGAEBNBgBRTQYAiE0GAJRNBgDQTQYA100GABhOBgAZTgYAEGsGACBOBgBgeAkAc04GAKhOBgC3TgYA8E4GAPxOBgA4TwYAOU8GAIBPBgCKTwYAyE8GANZPBgAQUAYAFVAGAFhQBgBlUAYAqHgJAKhQBgDweAkA8FAGADh5CQAyUQYAeFEGADxRBgCASwcAe1EGAGgSBwCFUQYAwFEGAM5RBgAIUgYAF1IGAFBSBgBvUgYAmFIGAKRSBgDgUgYA51IGAChTBgAwUwYAcFMGAHJTBgC4UwYAwlMGABB6CQAKVAYASFQGAFBUBgBYegkAmlQGANhUBgDgVAYAoHoJAFlVBgBoVQYAcFUGALBVBgDQVQYA6HoJAAZWBgBAVgYAUFYGAIhWBgCYVgYA0FYGANxWBgAYVwYAHlcGAGBXBgB8VwYAqFcGALBXBgAwewkABFgGADhYBgBCWAYAgFgGAIxYBgDIWAYA0FgGAHh7CQAbWQYAWFkGAFpZBgCgWQYAplkGAOhZBgDwWQYAwHsJADJaBgB4WgYAe1oGAMBaBgDIWgYACFsGABhbBgBQWwYAUlsGAJhbBgCmWwYA4FsGAPFbBgAIfAkAL1wGAFB8CQB2XAYAuFwGAL1cBgAAXQYABl0GAJh8CQBVXQYAkF0GAJpdBgDYXQYA2l0GACBeBgAzXgYAaF4GAHBeBgCwXgYAvF4GAPheBgD+XgYAQF8GAEZfBgCIXwYAjV8GANBfBgDWXwYAcH0JACFgBgBgYAYAbWAGAKhgBgCvYAYA8GAGAPhgBgC4fQkAQGEGAIBhBgCHYQYAyGEGANRhBgAQYgYAGmIGAFhiBgBkYgYAoGIGAK9iBgDoYgYA8mIGADBjBgA8YwYAeGMGAH9jBgAAfgkAw2MGAFCoBwDGYwYACGQGABRkBgBQZAYAWGQGAEh+CQCkZAYA4GQGAOpkBgAoZQYANGUGAHBlBgB/ZQYAuGUGAMJlBgAAZgYADGYGAEhmBgBPZgYAkH4JAJ5mBgDYZgYA72YGACBnBgAtZwYAaGcGAGpnBgCwZwYAwWcGAPhnBgAUaAYAQGgGAEhoBgDYfgkAoWgGANBoBgDkaAYAGGkGACBpBgBgaQYAY2kGAKhpBgC2aQYA8GkGAAdqBgA4agYARWoGAIBqBgCCagYAyGoGANlqBgAgfwkAFmsGAFhrBgBdawYAoGsGALZrBgDoawYA9msGADBsBgAzbAYAeGwGAIRsBgDAbAYAxmwGAAhtBgAUbQYAUG0GAHJtBgCYbQYApG0GAOBtBgDvbQYAKG4GADJuBgBwbgYAfm4GALhuBgC9bgYAAG8GAA1vBgBofwkASm8GAJBvBgCebwYA2G8GAOVvBgAgcAYAMnAGALB/CQBqcAYAsHAGAL9wBgD4cAYABHEGAEBxBgBZcQYAiHEGAIpxBgDQcQYA33EGABhyBgA3cgYAYHIGAGhyBgCocgYAz3IGAPByBgAGcwYAOHMGAD1zBgCAcwYAg3MGAMhzBgDScwYAEHQGABh0BgBYdAYAXnQGAKB0BgCsdAYA6HQGAPd0BgAwdQYAPHUGAHh1BgCFdQYAwHUGAMp1BgAIdgYAEHYGAFB2BgBfdgYAmHYGAJp2BgDgdgYA8XYGACh3BgA5dwYAcHcGAHh3BgC4dwYAyXcGAAB4BgACeAYASHgGAEt4BgCQeAYAmngGANh4BgAAeQYAIHkGADx5BgD4fwkAbnkGALB5BgC1eQYA+HkGAAd6BgBAegYATHoGAIh6BgCLegYA0HoGANN6BgAYewYAIHsGAGB7BgBvewYAqHsGAK17BgDwewYABnwGADh8BgA5fAYAgHwGAJF8BgDIfAYA1HwGABB9BgAafQYAWH0GAGR9BgCgfQYAp30GAECACQDsfQYAMH4GAD5+BgB4fgYAgn4GAMB+BgDLfgYACH8GABB/BgBQfwYAXH8GAJh/BgCrfwYA4H8GAO5/BgAogAYAMoAGAHCABgB4gAYAuIAGAMeABgAAgQYABYEGAEiBBgBPgQYAkIEGAJyBBgCIgAkA3YEGACCCBgAhggYACDMHAC+CBgBoggYAdIIGALCCBgCzggYA+IIGAPuCBgBAgwYAWoMGAIiDBgCUgwYA0IMGAOODBgAYhAYAJoQGAGCEBgBqhAYAqIQGAM+EBgDQgAkA+oQGADiFBgBEhQYAgIUGAIeFBgDIhQYA0IUGABCGBgAUhgYAWIYGAGaGBgCghgYAqoYGAOiGBgDzhgYAMIcGADiHBgB4hwYAh4cGAMCHBgDFhwYACIgGAA+IBgBQiAYAXIgGAJiIBgCgiAYAGIEJAPaIBgCAkwcA+YgGACiJBgAyiQYAcIkGAHyJBgC4iQYAu4kGAACKBgAKigYASIoGAEuKBgCQigYAoIoGANiKBgDaigYAIIsGAC6LBgBoiwYAeYsGAGCBCQC3iwYAqIEJAAGMBgBAjAYAAowGAIh/BwAXjAYAeIMHAFmMBgCIjAYAkowGANCMBgDcjAYAGI0GABuNBgBgjQYAao0GAPCBCQCtjQYA8I0GAA+OBgA4jgYAQI4GADiCCQCOjgYAyI4GAN6OBgAQjwYAHI8GAFiPBgBfjwYAoI8GAKiPBgDojwYA7Y8GADCQBgA5kAYAeJAGAIKQBgDAkAYAyJAGAAiRBgAWkQYAUJEGAF2RBgCYkQYAoJEGAICCCQDwkQYAKJIGADCSBgDIggkAd5IGALiSBgDEkgYAAJMGAAeTBgBIkwYAUJMGAJCTBgCakwYA2JMGAOaTBgAglAYANpQGAGiUBgB0lAYAsJQGALWUBgD4lAYAAZUGAECVBgBKlQYAiJUGAJCVBgDQlQYA1ZUGABiWBgAolgYAYJYGAGiWBgAQgwkAspYGAPCWBgD4lgYAWIMJAEaXBgCAlwYAlpcGAMiXBgDUlwYAEJgGABeYBgBYmAYAYJgGAKCYBgClmAYA6JgGAPGYBgAwmQYAOpkGAHiZBgCAmQYAwJkGAMKZBgDgowYAzpkGAAiaBgAVmgYAUJoGAFiaBgCggwkApJoGAOCaBgDjmgYAKJsGADKbBgDogwkAfpsGALibBgDOmwYAAJwGAAycBgBInAYAT5wGAJCcBgCYnAYA2JwGAN2cBgAgnQYAKZ0GAGidBgBynQYAsJ0GALidBgD4nQYA+p0GAECeBgBQngYAiJ4GAJKeBgDQngYA3J4GABifBgAenwYAeIQJAG6fBgConwYAvp8GAPCfBgD8nwYAOKAGAD2gBgCAoAYAiaAGAMigBgDSoAYAEKEGABihBgBYoQYAe6EGAMCECQCzoQYA6KEGAPehBgAwogYAPKIGAHiiBgB5ogYAwKIGAMqiBgAIowYAFqMGAFCjBgBVowYAmKMGAKWjBgAIhQkA8KMGACikBgAypAYAcKQGAHykBgC4pAYAvqQGAAClBgAIpQYA4IUJAE2lBgCQpQYAmKUGANilBgDkpQYASK4GAPGlBgAgpgYALKYGAGimBgBwpgYAKIYJAL2mBgD4pgYAAKcGAECnBgBOpwYAiKcGAJWnBgDQpwYA06cGABioBgAiqAYAYKgGAGKoBgCoqAYAtagGAPCoBgD/qAYAOKkGAESpBgCAqQYAiKkGAHCGCQDYqQYAEKoGABiqBgBYqgYAZKoGAKCqBgCmqgYA6KoGAO6qBgAwqwYANasGAHirBgB+qwYAuIYJAM2rBgAIrAYADawGAFCsBgBarAYAmKwGAKCsBgDgrAYA7KwGACitBgA7rQYAcK0GAH6tBgC4rQYAu60GAACuBgAKrgYAAIcJAFuuBgCQrgYAnq4GANiuBgDbrgYAIK8GACqvBgBIhwkAba8GALCvBgB2rwYAyM0GALivBgD4rwYABLAGAECwBgBGsAYAiLAGAFOwBgDQywYAjrAGANCwBgDVsAYAGLEGAB6xBgCQhwkAc7EGAKixBgCpsQYA8LEGAPyxBgA4sgYAR7IGAICyBgCKsgYAyLIGANSyBgAQswYAF7MGANiHCQBeswYAoLMGAGuzBgCgxQYAprMGAOizBgDtswYAMLQGADa0BgBoiAkAhrQGAMC0BgDbtAYACLUGABS1BgBQtQYAV7UGALCICQChtQYA4LUGAO21BgAotgYANLYGAHC2BgCDtgYAuLYGALm2BgAAtwYADLcGAEi3BgBXtwYAkLcGAJq3BgDYtwYA5LcGACC4BgAnuAYA+IgJAG64BgCwuAYAtrgGAPi4BgD9uAYAQLkGAEa5BgCIiQkAkbkGANC5BgDduQYAGLoGABy6BgBgugYAYroGAKi6BgC1ugYA8LoGAPq6BgDQiQkAP7sGAIC7BgCIuwYAyLsGANS7BgAQvAYAI7wGAFi8BgBnvAYAoLwGAKy8BgDovAYA6bwGADC9BgA6vQYAeL0GAIa9BgDAvQYAxb0GAAi+BgAVvgYAGIoJAFy+BgCYvgYAnr4GAOC+BgDmvgYAKL8GAC2/BgBwvwYAdr8GAGCKCQC9vwYAAMAGAArABgDwigkAUMAGAJDABgCdwAYA2MAGAN3ABgAgwQYAKsEGAGjBBgBwwQYAsMEGALzBBgD4wQYAC8IGAEDCBgBBwgYAiMIGAJTCBgDQwgYA38IGABjDBgAiwwYAYMMGAGjDBgCowwYAqsMGADiLCQD5wwYAOMQGAEfEBgCAxAYAj8QGAMjEBgDUxAYAEMUGABPFBgBYxQYAW8UGAICLCQCvxQYA6MUGAPTFBgAwxgYAMcYGAHjGBgCCxgYAwMYGAM7GBgAIxwYADccGAFDHBgBdxwYAyIsJAJrHBgDgxwYA48cGACjIBgAwyAYAcMgGAH3IBgC4yAYAvcgGAADJBgAKyQYASMkGAFDJBgCQyQYAnMkGANjJBgDryQYAIMoGACHKBgBoygYAdMoGALDKBgC/ygYA+MoGAALLBgBAywYATMsGAIjLBgCPywYAEIwJAN/LBgAYzAYAJMwGAGDMBgBhzAYAqMwGALLMBgDwzAYA/swGADjNBgA9zQYAgM0GAI3NBgBYjAkA2c0GAKCMCQAdzgYAWM4GAGbOBgCgzgYAsc4GAOjOBgALzwYA6IwJADXPBgB4zwYANs8GAEABBwCAzwYAwM8GAMHPBgBo0wYAw88GAEDUBgDFzwYAkNIGAMbPBgBg1QYAx88GALjRBgDPzwYACNAGANnPBgDo1wYADdAGAFDQBgBd0AYAmNAGAKXQBgDg0AYA7NAGACjRBgA30QYAcNEGAHrRBgAwjQkAxtEGAADSBgAC0gYASNIGAFnSBgB4jQkAkdIGANjSBgDk0gYAINMGAC3TBgDAjQkAdtMGALDTBgC90wYA+NMGAA/UBgAIjgkASdQGAIDWBgBK1AYAiNQGAIrUBgDQ1AYA1tQGABjVBgAi1QYAUI4JAGzVBgCo1QYAqtUGAPDVBgD/1QYAONYGAEPWBgCYjgkAj9YGAMjWBgDX1gYAENcGABzXBgBY1wYAZNcGAKDXBgCn1wYA4I4JAPTXBgAw2AYAONgGACiPCQCR2AYAwNgGANHYBgAI2QYAFNkGAHCPCQBc2QYAmNkGAJrZBgDg2QYA59kGACjaBgAw2gYAcNoGAHHaBgC42gYAvtoGAADbBgAF2wYASNsGAEnbBgCQ2wYAnNsGANjbBgDe2wYAINwGACrcBgBo3AYAdtwGAOjgBgB83AYAsNwGALjcBgC4jwkACN0GAEDdBgBI3QYAiN0GAJHdBgDQ3QYAld0GABDgBgDd3QYAGN4GAB/eBgBg3gYAbN4GAKjeBgC43gYA8N4GAP7eBgA43wYARd8GAIDfBgCM3wYAyN8GAM/fBgAAkAkAGeAGAFjgBgBp4AYAoOAGALHgBgBIkAkA9OAGADDhBgAz4QYAeOEGAIDhBgDA4QYAxeEGAAjiBgAY4gYAUOIGAFjiBgCY4gYAoeIGAODiBgCl4gYAIOUGAO3iBgAo4wYAL+MGAHDjBgB84wYAuOMGAMjjBgAA5AYADuQGAEjkBgBV5AYAkOQGAJzkBgDY5AYA3+QGAJCQCQAp5QYAaOUGAHnlBgCw5QYAweUGANiQCQAF5gYAQOYGAEXmBgCI5gYAleYGANDmBgDc5gYAGOcGACLnBgBg5wYAdOcGAKjnBgCp5wYA8OcGAPznBgA46AYAVugGAIDoBgCI6AYAyOgGAM3oBgAQ6QYAKekGAFjpBgB66QYAoOkGAKzpBgDo6QYA9+kGADDqBgA66gYAeOoGAIDqBgDA6gYAy+oGAAjrBgAK6wYAUOsGAFPrBgCY6wYAoOsGAODrBgDt6wYAKOwGAC3sBgBw7AYAeOwGALjsBgC67AYAAO0GAArtBgBI7QYAUu0GAJDtBgCW7QYA2O0GAObtBgAg7gYAOe4GAGjuBgBx7gYAsO4GALruBgD47gYABO8GACCRCQBM7wYAiO8GAJjvBgDQ7wYA3u8GABjwBgAl8AYAYPAGAGzwBgCo8AYAr/AGAPDwBgD48AYAOPEGAE7xBgCA8QYAjPEGAMjxBgDS8QYAEPIGABvyBgBY8gYAXfIGAKDyBgCn8gYA6PIGAPDyBgAw8wYAVPMGAGiRCQCJ8wYAwPMGAMzzBgAI9AYAD/QGAFD0BgBY9AYAmPQGALz0BgDg9AYA5fQGACj1BgAp9QYAcPUGAHr1BgC49QYAxvUGAAD2BgAF9gYASPYGAFX2BgCQ9gYArPYGANj2BgD09gYAsJEJAC33BgBo9wYAbPcGALD3BgC29wYA+PcGAPr3BgBA+AYAQfgGAIj4BgCv+AYA0PgGAPj4BgAY+QYAPPkGAGD5BgBo+QYAqPkGAK35BgDw+QYA/fkGADj6BgBA+gYAgPoGAIL6BgDI+gYA0PoGABD7BgA0+wYAWPsGAGX7BgCg+wYApfsGAOj7BgD1+wYAMPwGADz8BgB4/AYAnPwGAMD8BgDI/AYACP0GACP9BgBQ/QYAUv0GAJj9BgCp/QYA4P0GAOn9BgAo/gYANP4GAPiRCQB9/gYAuP4GANP+BgAA/wYABf8GAEj/BgBn/wYAkP8GAJz/BgDY/wYA4P8GAECSCQAuAAcAaAAHAHIABwCwAAcAuwAHAPgABwAAAQcA0JIJAEkBBwCIAQcAkgEHANABBwDbAQcAGAIHACwCBwBgAgcAdQIHAKgCBwCwAgcA8AIHAAcDBwA4AwcAPQMHAIADBwCKAwcAyAMHANADBwAYkwkAEgQHAFgEBwBpBAcAoAQHAKMEBwDoBAcA9AQHAGCTCQA+BQcAeAUHAIkFBwCokwkAwwUHAAgGBwALBgcAUAYHAFwGBwCYBgcAngYHAOAGBwDqBgcA8JMJADUHBwBwBwcAhwcHALgHBwDABwcAOJQJAAgIBwCAlAkAXwgHAJAIBwCWCAcA2AgHAOQIBwAgCQcANwkHAGgJBwBqCQcAsAkHALoJBwD4CQcABAoHAEAKBwBMCgcAiAoHAI4KBwDQCgcA1goHABgLBwAdCwcAYAsHAGYLBwDIlAkAtAsHAPALBwD6CwcAOAwHAEEMBwCADAcAgQwHAMgMBwDQDAcAEA0HABUNBwBYDQcAaA0HAFiVCQCsDQcA6A0HAOoNBwAwDgcANg4HAHgOBwB/DgcAwA4HAMUOBwAIDwcADA8HAFAPBwBdDwcAmA8HAKAPBwDgDwcA5Q8HACgQBwA4EAcAoJUJAIEQBwC4EAcAxBAHAAARBwAPEQcASBEHAFIRBwCQEQcAnhEHANgRBwDlEQcAIBIHADcSBwDolQkAaxIHAHiWCQCzEgcA+BIHALcSBwAAtAkAABMHAEATBwBlEwcAiBMHAK0TBwDQEwcA9RMHAMCWCQA9FAcAYBQHAIUUBwAIlwkAsRQHAPAUBwDxFAcAOBUHAEcVBwCAFQcAThUHAOgWBwCRFQcAyBUHAMoVBwAQFgcAExYHAFgWBwBbFgcAoBYHAKgWBwDglwkA7RYHADAXBwA3FwcAeBcHAIEXBwDAFwcA0RcHAAgYBwAUGAcAUBgHAFgYBwAomAkAnhgHAOAYBwDnGAcAKBkHAC0ZBwBwGQcAdBkHALgZBwDFGQcAABoHAA8aBwBIGgcAWRoHAJAaBwCSGgcA2BoHANsaBwAgGwcAIxsHAGgbBwBwGwcAcJgJALwbBwD4GwcA+xsHAEAcBwBKHAcAuJgJAJAcBwAAmQkA2BwHAEiZCQAgHQcAkJkJAGUdBwCoHQcAtR0HAPAdBwDzHQcAOB4HAD0eBwCAHgcAkR4HAMgeBwDUHgcA2JkJABUfBwBYHwcAaR8HAKAfBwCsHwcA6B8HAAIgBwAwIAcANCAHAOAhBwA3IAcA2CMHADogBwD4JAcAPCAHALgiBwA+IAcACCEHAEEgBwB4IAcAfSAHAMAgBwDXIAcAIJoJABUhBwBQIQcAYCEHAJghBwCdIQcAaJoJAOIhBwAoIgcALiIHAHAiBwB9IgcAsJoJAL4iBwAAIwcABiMHAEgjBwBNIwcAkCMHAJYjBwD4mgkA5CMHACAkBwA5JAcAaCQHAHEkBwCwJAcAxyQHAECbCQD+JAcAQCUHAEIlBwCIJQcAlyUHANAlBwDcJQcAiJsJACEmBwBgJgcAbiYHAKgmBwCyJgcA8CYHAPwmBwA4JwcAOycHAIAnBwCcJwcAyCcHANAnBwDQmwkAHCgHAFgoBwBbKAcAoCgHAKooBwConAkA8SgHADApBwA+KQcAeCkHAIIpBwDAKQcAzCkHAAgqBwAQKgcAOJ0JAFIqBwCYKgcApioHAOAqBwDxKgcAgJ0JAC8rBwDInQkAdSsHALgrBwDAKwcAACwHAAYsBwBILAcAUSwHAJAsBwCdLAcAWJ4JAN0sBwAgLQcA5CwHAIguBwApLQcAaC0HAHItBwCwLQcAuC0HAPgtBwA1LgcAQC4HAEguBwCgngkAji4HANAuBwDWLgcAGC8HACAvBwBgLwcAnS8HAKgvBwCwLwcA6J4JAPgvBwAwnwkAdzAHAIAwBwC/MAcAeJ8JANYwBwAQMQcAITEHAFgxBwBkMQcAoDEHAKMxBwDAnwkA9DEHADAyBwAzMgcAeDIHAIIyBwDAMgcAyDIHAAigCQAUMwcAUDMHAFYzBwCYMwcAojMHAOAzBwD0MwcAKDQHADA0BwBQoAkAfTQHALg0BwDANAcAADUHAAM1BwBINQcAVDUHAJA1BwCaNQcA2DUHAOE1BwAgNgcAITYHAGg2BwCANgcAsDYHALI2BwD4NgcACTcHAEA3BwBRNwcAiDcHAJA3BwDQNwcA3zcHABg4BwAaOAcAYDgHAHE4BwCoOAcAuTgHAPA4BwAJOQcAODkHADo5BwCAOQcAjzkHAMg5BwDnOQcA4KAJAB46BwBYOgcAWzoHAKA6BwCrOgcA6DoHAPQ6BwAwOwcANzsHAHg7BwCAOwcAwDsHAM47BwAIPAcAFTwHAFA8BwBYPAcAKKEJAKA8BwBwoQkA6DwHALihCQAwPQcAAKIJAHw9BwC4PQcAyD0HAAA+BwAFPgcASD4HAE4+BwCQPgcAnD4HANg+BwDgPgcASKIJADE/BwBoPwcAeT8HALA/BwDCPwcA+D8HAABABwBAQAcAS0AHAIhABwCNQAcA0EAHANVABwAYQQcAN0EHAJCiCQBwQQcAqEEHALJBBwDwQQcA/EEHADhCBwA+QgcAgEIHAIhCBwDIQgcAykIHABBDBwDUQgcA2EcHACFDBwBYQwcAaUMHAKBDBwCyQwcA6EMHAPBDBwAwRAcAO0QHAHhEBwB9RAcAwEQHAMVEBwAIRQcAJ0UHANiiCQBSRQcAmEUHAKdFBwDgRQcA60UHAChGBwA6RgcAcEYHAHhGBwC4RgcAw0YHAABHBwAFRwcASEcHAE1HBwCQRwcAr0cHACCjCQDaRwcAIEgHAC9IBwBoSAcAc0gHALBIBwDCSAcA+EgHAABJBwBASQcAS0kHAIhJBwCNSQcA0EkHANVJBwAYSgcAN0oHAGijCQBtSgcAqEoHAL9KBwCwowkA/UoHADhLBwBPSwcA+KMJAI1LBwDISwcAz0sHABBMBwAeTAcAWEwHAGVMBwCgTAcAt0wHAECkCQDwTAcAiKQJADJNBwB4TQcAhk0HAMBNBwDRTQcA0KQJABVOBwBQTgcAZ04HABilCQCiTgcA4E4HAOxOBwAoTwcAK08HAHBPBwB6TwcAYKUJANRPBwCopQkACFAHAPClCQBQUAcAkFAHAJFQBwCoUwcAk1AHAPhRBwCXUAcAIFoHAJpQBwDYUAcAn1AHAFhVBwCgUAcAgFQHAN1QBwBIWQcA5FAHACBRBwAjUQcAaFEHAHJRBwA4pgkAuFEHAICmCQABUgcAQFIHABdSBwDgVwcATlIHAIhSBwCSUgcA0FIHANxSBwAYUwcAG1MHAGBTBwBoUwcAyKYJAKpTBwDwUwcA81MHADhUBwA7VAcAEKcJAIJUBwDIVAcA1lQHABBVBwAhVQcAoKcJAFpVBwCgVQcArVUHAOhVBwD3VQcAMFYHADxWBwB4VgcAiVYHAMBWBwDRVgcACFcHABRXBwBQVwcAV1cHAJhXBwCgVwcAMKgJAO5XBwAoWAcAKVgHAHBYBwBxWAcAuFgHAMRYBwAAWQcAB1kHAHioCQBPWQcAkFkHAJVZBwDYWQcA4FkHAAipCQApWgcAaFoHAG5aBwCwWgcAsloHAPhaBwACWwcAQFsHAE5bBwCIWwcAjVsHANBbBwDdWwcAGFwHADBcBwBgXAcAdlwHAKhcBwCrXAcA8FwHAPhcBwBQqQkAQF0HAIBdBwB9XQcAyKEIAIFdBwDoXgcAg10HAJhgBwCKXQcAyF0HAJBdBwDAXwcA1F0HABBeBwATXgcAWF4HAGJeBwCYqQkAqF4HAOCpCQDqXgcAMF8HADNfBwB4XwcAe18HACiqCQDCXwcACGAHABZgBwBQYAcAYWAHALiqCQChYAcA4GAHAO5gBwAoYQcAMmEHAHBhBwB8YQcAuGEHALthBwAAYgcACGIHAEirCQBiYgcAkKsJAJZiBwDYYgcAnWIHAEBkBwCfYgcAaGMHAOFiBwAgYwcALWMHANirCQBtYwcAsGMHAL1jBwD4YwcAAmQHACCsCQBCZAcAiGQHAJ5kBwDQZAcA3GQHAGisCQAgZQcACCYIADhlBwBgZQcAgGUHAKhlBwCwZQcA8GUHAMtlBwDQRQgA8WUHAFhnBwDzZQcAeGgHAPxlBwAYRggAAGYHADhmBwA6ZgcAgGYHAI5mBwDIZgcA2WYHALCsCQAYZwcA+KwJAFpnBwCgZwcAo2cHAOhnBwDrZwcAQK0JADhoBwCIrQkAgmgHALiOBwCXaAcAwGgHAM5oBwAIaQcACWkHAFBpBwBsaQcAmGkHAKBpBwDQrQkA8WkHAChqBwAqagcAcGoHAHFqBwC4agcAu2oHAABrBwAMawcASGsHAE9rBwCQawcArGsHANhrBwDgawcAYK4JAC1sBwBobAcAeGwHALBsBwC1bAcA+GwHACRtBwCorgkARm0HAPCuCQCQbQcA0G0HANFtBwBAdgcA1m0HAMC1CADabQcAGG4HANxtBwAIcgcA4G0HAFhwBwDwbQcAEHkHAB1uBwBIrwgAI24HABCrCAAkbgcAYG4HAGNuBwCobgcAsm4HADivCQD4bgcAOG8HAD5vBwCAbwcAiW8HAMhvBwDVbwcAEHAHACxwBwCArwkAWnAHAKBwBwBdcAcA2LgIAK5wBwDocAcA+XAHAMivCQA2cQcAeHEHAIRxBwAQsAkA3HEHAFiwCQAOcgcAUHIHAFZyBwCYcgcAnXIHAOByBwDmcgcAoLAJAERzBwDosAkAd3MHADCxCQC9cwcAAHQHAAh0BwBIdAcAVHQHAJB0BwCjdAcA2HQHAOR0BwAgdQcAL3UHAGh1BwBxdQcAsHUHALp1BwD4dQcABHYHAMCxCQBRdgcAiHYHAJR2BwDQdgcA0nYHABh3BwAbdwcAYHcHAGx3BwCodwcAsHcHAAiyCQD8dwcAOHgHAEh4BwCAeAcAjHgHAMh4BwDOeAcAULIJADN5BwBYeQcAYHkHAKB5BwDBeQcA6HkHAPN5BwAwegcAPHoHAHh6BwCJegcAwHoHAMF6BwCYsgkADnsHAFB7BwBdewcAmHsHAKZ7BwDgewcA7XsHACh8BwA/fAcAcHwHAJx8BwC4fAcAwHwHAAB9BwAKfQcASH0HAFR9BwCQfQcAk30HANh9BwDifQcA4LIJACh+BwBofgcAbn4HALB+BwC5fgcA+H4HAAV/BwBAfwcAXH8HACizCQCKfwcA0H8HAI9/BwB4jAcA3X8HABiABwAfgAcAYIAHAGKABwCogAcAroAHAPCABwD3gAcAOIEHAFCBBwCAgQcAhYEHAMiBBwCMgQcAWIIHANGBBwAQggcAGoIHAHCzCQBeggcAoIIHAKaCBwDoggcA7YIHADCDBwA2gwcAuLMJAIaDBwDAgwcAwYMHAAiEBwAJhAcAUIQHAFyEBwCYhAcAn4QHAEi0CQDhhAcAKIUHADmFBwBwhQcAfIUHALiFBwDChQcAAIYHAAyGBwBIhgcAT4YHAJC0CQCShgcA2IYHAJuGBwD4wggA24YHACCHBwA/hwcAaIcHAHCHBwDYtAkAwYcHAPiHBwD/hwcAQIgHAEiIBwCIiAcAi4gHAPCJBwCYiAcA0IgHANKIBwAYiQcAJokHAGCJBwBxiQcAILUJAK+JBwBotQkA+YkHADiKBwBHigcAgIoHAI+KBwDIigcA1IoHABCLBwATiwcAWIsHAFuLBwCgiwcAsIsHAOiLBwDxiwcAMIwHAEGMBwCwtQkAfYwHAMCMBwDJjAcACI0HABKNBwBQjQcAWI0HAJiNBwC4jQcA4I0HAACOBwAojgcASI4HAHCOBwCQjgcA+LUJAL+OBwAAjwcABY8HAEiPBwAMjwcAIJAHAFGPBwCQjwcAmo8HANiPBwD0jwcAQLYJACaQBwBokAcAbpAHALCQBwDMkAcAiLYJABmRBwAYtwkAYZEHAGC3CQCRkQcAOJwHAJSRBwDQkQcA05EHABiSBwAhkgcAYJIHAHGSBwCokgcAspIHAPCSBwAMkwcAOJMHAECTBwA4uAkAlpMHAMiTBwDKkwcAEJQHABaUBwBYlAcAbJQHAKCUBwColAcA6JQHAAmVBwCAuAkAOZUHAHiVBwCFlQcAwJUHAM6VBwAIlgcAEpYHAFCWBwBqlgcAmJYHAKWWBwDglgcA7JYHACiXBwAylwcAcJcHAHiXBwDIuAkAv5cHAACYBwAImAcAELkJACaYBwDouQkAVpgHAJCYBwCRmAcA2JgHANmYBwAgmQcALJkHAGiZBwBvmQcAsJkHALiZBwBYuQkA+pkHAECaBwBRmgcAiJoHAJCaBwDQmgcA2poHABibBwAkmwcAYJsHAGObBwComwcAspsHADC6CQAMnAcAeLoJAEWcBwCAnAcAiJwHAMicBwDLnAcAMJ4HANicBwAQnQcAEp0HAFidBwBmnQcAoJ0HALGdBwDAugkA750HAAi7CQA5ngcAeJ4HAIeeBwDAngcAz54HAAifBwAUnwcAUJ8HAFOfBwCYnwcAm58HAOCfBwDwnwcAKKAHADGgBwBwoAcAgaAHAFC7CQDEoAcAAKEHAAihBwCYuwkASqEHAJChBwBUoQcAIKIHAJOhBwDYoQcA4KEHAOC7CQAmogcAaKIHAHSiBwCwogcAuKIHACi8CQD7ogcAQKMHAEOjBwCIowcAlKMHANCjBwDWowcAGKQHACKkBwBwvAkAZaQHAKikBwC1pAcA8KQHAPOkBwA4pQcAVKUHAIClBwCIpQcAuLwJAMqlBwAQpgcAHqYHAFimBwBppgcAAL0JAKamBwDopgcA9KYHAEi9CQA2pwcAeKcHAH6nBwDApwcAxacHAAioBwAOqAcA2L0JAFOoBwCYqAcApKgHAOCoBwDmqAcAKKkHADKpBwBovgkAdakHALipBwDFqQcAAKoHAAOqBwBIqgcAXaoHAJCqBwCYqgcAsL4JAOCqBwAgqwcALKsHAGirBwBuqwcAsKsHALarBwD4qwcA/asHAECsBwBGrAcAYMAJAJesBwDQrAcA36wHABitBwAhrQcAYK0HAGatBwCorQcArq0HAPCtBwD8rQcAOK4HAD+uBwCArgcAiK4HAPDACQDPrgcAEK8HAB6vBwBYrwcAZa8HAKCvBwC3rwcA6K8HAASwBwAwsAcAOLAHADjBCQCLsAcAwLAHAMKwBwAIsQcAHrEHAFCxBwBRsQcAmLEHAKmxBwDgsQcA7LEHAIDBCQBEsgcAyMEJAIOyBwC4sgcAurIHAACzBwAWswcASLMHAEmzBwCQswcAobMHANizBwDkswcAEMIJACy0BwAYtgcAMLQHAGi0BwBqtAcAsLQHAL60BwD4tAcACbUHAFjCCQBGtQcAiLUHAJS1BwCgwgkA9bUHAOjCCQAetgcAYLYHAGa2BwCotgcArbYHAPC2BwD2tgcAMMMJAF23BwB4wwkAlLcHAMi3BwDJtwcAELgHABy4BwBYuAcAdLgHAKC4BwCouAcACMQJAPS4BwAwuQcATLkHAHi5BwCAuQcAmMQJAMy5BwAIugcADroHAFC6BwBWugcAmLoHALC6BwDgugcA6roHACi7BwA0uwcAcLsHAHO7BwC4uwcAwrsHAAC8BwAYvAcASLwHAFi8BwCQvAcAkrwHANi8BwDmvAcAIL0HADG9BwDgxAkAbr0HALC9BwC8vQcAKMUJAAC+BwBIxgkAQr4HAIi+BwCVvgcA0L4HAN++BwAYvwcAHr8HAGC/BwBsvwcAqL8HAKq/BwDwvwcA+r8HADjABwBGwAcAgMAHAIXABwDIwAcA1cAHABDBBwAcwQcAWMEHAGvBBwCgwQcAr8EHAOjBBwD0wQcAMMIHADHCBwB4wgcAgsIHAMDCBwDOwgcACMMHAA3DBwBQwwcAXcMHAJDGCQCiwwcA4MMHAO7DBwAoxAcAK8QHAHDEBwCAxAcAuMQHAMbEBwAAxQcADMUHAEjFBwBPxQcAkMUHAJfFBwDYxQcA5MUHACDGBwAhxgcAaMYHAHTGBwCwxgcAvcYHAPjGBwD/xgcAQMcHAEzHBwCIxwcAlccHANDHBwDfxwcAGMgHACzIBwBgyAcAbMgHAKjIBwC7yAcA8MgHAP/IBwA4yQcARMkHAIDJBwCByQcAyMkHANLJBwAQygcAHsoHAFjKBwBdygcAoMoHAK3KBwDYxgkA6coHADDLBwBBywcAeMsHAIbLBwDAywcAz8sHAAjMBwAKzAcAUMwHAFrMBwCYzAcApswHAODMBwDlzAcAKM0HADXNBwBwzQcAf80HALjNBwC9zQcAAM4HAA3OBwBIzgcAUs4HAJDOBwCczgcA2M4HAOvOBwAgzwcAKs8HAGjPBwB0zwcAsM8HAMPPBwD4zwcAB9AHAEDQBwBM0AcAiNAHAInQBwDQ0AcA2tAHABjRBwAm0QcAYNEHAGXRBwCo0QcAtdEHACDHCQD10QcAONIHAEXSBwCA0gcAitIHAMjSBwDO0gcAENMHABLTBwBY0wcAZdMHAKDTBwCj0wcA6NMHAPbTBwAw1AcAPNQHAHjUBwCF1AcAwNQHAMrUBwAI1QcAF9UHAFDVBwBV1QcAmNUHAKXVBwDg1QcA7dUHACjWBwA01gcAcNYHAH/WBwC41gcAwtYHAADXBwAO1wcASNcHAE3XBwCQ1wcAndcHANjXBwDk1wcAINgHADPYBwBo2AcAd9gHALDYBwC82AcA+NgHAPnYBwBA2QcAStkHAIjZBwCW2QcA0NkHANXZBwAY2gcAJdoHAGjHCQBz2gcAqNoHALfaBwDw2gcA/NoHADjbBwA52wcAgNsHAIrbBwDI2wcA1tsHABDcBwAV3AcAWNwHAGXcBwCwxwkAs9wHAOjcBwD33AcAMN0HADzdBwB43QcAed0HAMDdBwDK3QcACN4HABbeBwBQ3gcAVd4HAJjeBwCl3gcA+McJAOLeBwAo3wcANt8HAHDfBwB93wcAuN8HAMTfBwAA4AcABuAHAEjgBwBZ4AcAkOAHAJLgBwDY4AcA4eAHACDhBwAt4QcAaOEHAHfhBwCw4QcAu+EHAPjhBwAE4gcAQOIHAFPiBwCI4gcAl+IHANDiBwDc4gcAGOMHABnjBwBg4wcAauMHAKjjBwC24wcA8OMHAPXjBwA45AcAReQHAEDICQCN5AcAyOQHANbkBwAQ5QcAGuUHAFjlBwBm5QcAoOUHAKLlBwDo5QcA+eUHADDmBwA+5gcAeOYHAKPmBwDA5gcAwuYHAAjnBwAS5wcAUOcHAF7nBwCY5wcAnecHAODnBwDt5wcAKOgHADToBwBw6AcAg+gHALjoBwDH6AcAAOkHAAzpBwBI6QcASekHAJDpBwCa6QcA2OkHAObpBwAg6gcAJeoHAGjqBwB16gcAiMgJALLqBwD46gcA+uoHAEDrBwBP6wcAiOsHAJfrBwDQ6wcA3OsHABjsBwAb7AcAYOwHAGPsBwCo7AcAruwHAPDsBwD87AcAOO0HADvtBwCA7QcAhe0HAMjtBwDR7QcAEO4HABbuBwBY7gcAZ+4HAKDuBwCs7gcA6O4HAPjuBwAw7wcAMu8HAHjvBwCG7wcAwO8HANHvBwDQyAkADvAHAFDwBwBc8AcAGMkJAKvwBwDg8AcA7/AHACjxBwA08QcAcPEHAHHxBwC48QcAwvEHAADyBwAO8gcASPIHAE3yBwCQ8gcAnfIHAGDJCQDk8gcAIPMHACrzBwBo8wcAivMHALDzBwC38wcA+PMHABH0BwBA9AcAT/QHAIj0BwCX9AcA0PQHANX0BwAY9QcAJfUHAGD1BwBt9QcAqPUHALT1BwDw9QcA//UHADj2BwBC9gcAgPYHAI72BwDI9gcAzfYHABD3BwAd9wcAWPcHAGT3BwCg9wcAs/cHAOj3BwD39wcAMPgHADz4BwB4+AcAefgHAMD4BwDK+AcACPkHABb5BwBQ+QcAVfkHAJj5BwCl+QcAqMkJAPH5BwAo+gcAOfoHAHD6BwB8+gcAuPoHAM/6BwAA+wcAAvsHAEj7BwBZ+wcAkPsHAJP7BwDY+wcA4vsHACD8BwAi/AcAaPwHAHL8BwCw/AcAvPwHAPj8BwAE/QcAQP0HAFP9BwCI/QcAl/0HAND9BwDc/QcAGP4HABn+BwBg/gcAav4HAKj+BwC2/gcA8P4HAPX+BwA4/wcARf8HAPDJCQCC/wcAyP8HANL/BwAQAAgAGAAIADjKCQBrAAgAoAAIAKwACADoAAgA9wAIADABCAA5AQgAeAEIAIIBCADAAQgAzgEIAAgCCAANAggAUAIIAF0CCACYAggApAIIAOACCADzAggAKAMIADcDCABwAwgAfAMIALgDCAC5AwgAAAQIAAoECABIBAgAVgQIAJAECACVBAgA2AQIAOUECACAygkAIgUIAGgFCAByBQgAsAUIALgFCADIygkA/QUIAEAGCABWBggAiAYIAIkGCADQBggA4QYIABgHCAAkBwgAYAcIAGoHCACoBwgAtgcIAPAHCAD1BwgAOAgIAEUICACACAgAjAgIAMgICADbCAgAEAkIAB8JCABYCQgAZAkIAKAJCAChCQgA6AkIAPIJCAAwCggAPgoIAHgKCAB9CggAwAoIAM0KCAAQywkACgsIAFALCABaCwgAmAsIAKALCABYywkA9gsIACgMCAA0DAgAcAwIAHUMCAC4DAgAwQwIAAANCAAKDQgASA0IAFQNCACQDQgAow0IANgNCADnDQgAIA4IACwOCABoDggAaQ4IALAOCAC6DggA+A4IAAYPCABADwgARQ8IAIgPCACVDwgAoMsJANIPCAAYEAgAIhAIAGAQCABoEAgA6MsJALUQCADwEAgA/xAIADgRCABDEQgAgBEIAIwRCADIEQgA1xEIABASCAAvEggAWBIIAGQSCACgEggApxIIAOgSCAD2EggAMBMIADUTCAB4EwgAhBMIAMATCADTEwgACBQIABcUCABQFAgAXBQIAJgUCACZFAgA4BQIAOoUCAAoFQgANhUIAHAVCAB1FQgAuBUIAMUVCAAwzAkAAhYIAEgWCABSFggAkBYIAJgWCAB4zAkA9RYIACAXCAAxFwgAaBcIAHQXCACwFwgAwxcIAPgXCAAHGAgAQBgIAEwYCACIGAgAiRgIANAYCADaGAgAGBkIACYZCABgGQgAZRkIAKgZCAC1GQgAwMwJAPIZCAA4GggAQhoIAIAaCACIGggACM0JAMsaCAAQGwgALRsIAFgbCABpGwgAoBsIAKwbCADoGwgA+xsIADAcCAA/HAgAeBwIAIQcCADAHAgAwRwIAAgdCAASHQgAUB0IAF4dCACYHQgAnR0IAOAdCADtHQgAUM0JACoeCABwHggAeh4IALgeCADAHggAmM0JABEfCABIHwgAXB8IAJAfCACUHwgA2B8IANofCAAgIAgANCAIAGggCABrIAgAsCAIAM0gCAD4IAgACSEIAEAhCABMIQgAiCEIAJshCADQIQgA3yEIABgiCAAkIggAYCIIAGEiCACoIggAsiIIAPAiCAD+IggAOCMIAD0jCACAIwgAjSMIAODNCQDKIwgAECQIABokCABYJAgAYCQIACjOCQCiJAgA6CQIAPYkCAAwJQgAQSUIAHDOCQB/JQgAuM4JAMglCAAg0AkACyYIANAqCAAUJggAUCYIAGMmCACYJggAmSYIAOAmCADsJggAKCcIADcnCABwJwgAeicIALgnCADEJwgAACgIAAcoCABo0AkAUCgIAJAoCACSKAgAsDIIAJMoCADILAgAligIANgoCACcKAgAwC4IAJ0oCABghQgA5CgIACApCAAvKQgAaCkIAHQpCACwKQgAvikIAPgpCAATKggAQCoIAEwqCACIKggAjyoIALDQCQDdKggAGCsIABorCABgKwgAYSsIAKgrCACrKwgA8CsIAPsrCAA4LAgAPSwIAIAsCACKLAgA+NAJANUsCAAQLQgAEi0IAFgtCABZLQgAoC0IAKMtCADoLQgA8y0IADAuCAA1LggAeC4IAIIuCABA0QkA0y4IAAgvCAAJLwgAUC8IAFwvCACYLwgApy8IAOAvCADqLwgAKDAIADQwCABwMAgAdzAIAIjRCQDAMAgAADEIAAIxCABIMQgAVzEIAJAxCACaMQgA2DEIAOExCAAgMggAIjIIAGgyCAB5MggAGNIJAL8yCAD4MggAAjMIAEAzCABJMwgAiDMIAIozCADQMwgA4TMIABg0CAAgNAgAYDQIAIA0CACoNAgAsDQIAPA0CAD8NAgAODUIAEs1CACANQgAgTUIAMg1CADUNQgAEDYIAB82CABYNggAYjYIAKA2CACsNggA6DYIAO82CABg0gkAQTcIAHg3CACJNwgAwDcIAMg3CAAIOAgADzgIAFA4CABeOAgAmDgIAKg4CADgOAgA8DgIACg5CABEOQgAqNIJAIA5CAC4OQgAxDkIAAA6CAAGOggASDoIAFY6CACQOggAnToIANg6CADvOggAIDsIACg7CABoOwgAdjsIALA7CAC6OwgA+DsIAAQ8CABAPAgAVjwIAIg8CACLPAgA0DwIAOw8CADw0gkAKD0IAGA9CABqPQgAqD0IALA9CADwPQgA/z0IADg+CAA9PggAgD4IAI0+CADIPggA0j4IABA/CAASPwgAWD8IAGY/CACgPwgArT8IAOg/CADrPwgAONMJAEdACAB4QAgAg0AIAMBACADKQAgACEEIABBBCABQQQgAX0EIAJhBCACdQQgA4EEIAO1BCAAoQggAMkIIAHBCCAByQggAuEIIAMZCCAAAQwgADUMIAEhDCABLQwgAgNMJAJNDCADYQwgA5EMIACBECAAnRAgAaEQIAHBECACwRAgAyUQIAPhECAAMRQgAQEUIAFxFCACIRQgAkEUIABDUCQDYRQgAWNQJACVGCABgRggAZ0YIAKhGCACwRggA8EYIAPVGCAA4RwgASEcIAIBHCACIRwgAyEcIANZHCAAQSAgAHUgIAFhICABlSAgAoEgIAKxICADoSAgA7kgIADBJCAA4SQgAeEkIAIRJCADASQgA00kIAAhKCAAXSggAUEoIAFxKCACYSggAmUoIAOBKCADqSggAKEsIADZLCABwSwgAdUsIALhLCADFSwgAoNQJAANMCABITAgAUkwIAJBMCACSTAgA2EwIAOdMCAAgTQgAP00IAGhNCABwTQgAsE0IALpNCAD4TQgA/k0IAEBOCABCTggAiE4IAJdOCADQTggA3E4IABhPCAAgTwgA6NQJAIBPCACoTwgAyE8IADDVCQAJUAgAOFAIAD1QCACAUAgAm1AIAMhQCADUUAgAEFEIABhRCAB41QkAa1EIAKBRCACvUQgA6FEIAPRRCAAwUggAMVIIAHhSCACCUggAwFIIAM5SCAAIUwgADVMIAFBTCABdUwgAwNUJAJxTCADgUwgA4lMIAChUCAArVAgAcFQIAHhUCAC4VAgAwlQIAABVCAALVQgASFUIAFRVCACQVQgAmFUIAAjWCQDmVQgAIFYIACZWCABoVggAdFYIALBWCAC/VggA+FYIAAJXCABAVwgASFcIAIhXCACXVwgA0FcIANJXCAAYWAgAIVgIAGBYCABjWAgAqFgIALRYCADwWAgA+FgIAFDWCQBIWQgAgFkIAIhZCADIWQgA0lkIABBaCAAbWggAWFoIAGRaCACgWggAqFoIAJjWCQDtWggAMFsIAEFbCAB4WwgAiVsIAMBbCADFWwgACFwIAAxcCABQXAgAXlwIAJhcCAClXAgA4FwIAPdcCAAoXQgAMF0IAHBdCAB8XQgAuF0IAMtdCAAAXggAD14IAEheCABUXggAkF4IAJFeCADYXggA4l4IACBfCAAuXwgAaF8IAG1fCACwXwgAvV8IAODWCQD+XwgAQGAIAE5gCACIYAgAlWAIANBgCADnYAgAGGEIACBhCABgYQgAa2EIAKhhCACqYQgA8GEIAP1hCAA4YggAP2IIAIBiCACRYggAyGIIANZiCAAQYwgAHWMIAFhjCABvYwgAoGMIAKhjCADoYwgA7WMIADBkCABAZAgAeGQIAIBkCADAZAgAymQIAAhlCAATZQgAUGUIAFxlCACYZQgAoGUIAHDXCQD5ZQgAKGYIAC1mCABwZggAi2YIALhmCADEZggAAGcIAAhnCAC41wkAW2cIAJBnCACfZwgA2GcIAORnCAAgaAgAIWgIAGhoCAByaAgAsGgIAL5oCAD4aAgA/WgIAEBpCABNaQgAANgJAJBpCADQaQgA0mkIABhqCAAlaggAYGoIAGVqCACoaggAsmoIAPBqCAD7aggAOGsIAERrCACAawgAhmsIAMhrCADQawgAEGwIABxsCABYbAgAa2wIAKBsCACvbAgA6GwIAPRsCAAwbQgAMW0IAHhtCACCbQgAwG0IAM5tCAAIbggADW4IAFBuCABdbggASNgJAJ1uCADgbggA724IAChvCAA3bwgAcG8IAHlvCAC4bwgAvm8IAABwCAAGcAgASHAIAFRwCACQcAgAl3AIANhwCAD0cAgAkNgJAChxCABocQgAaXEIAOB3CAB1cQgAsHEIAHxxCACgdQgAf3EIAIB9CACBcQgAmIAIALFxCAD4cQgADnIIAEByCABIcggAiHIIAIpyCADIdAgAlnIIANByCADYcggA2NgJAN1yCAAYcwgAG3MIAGBzCABqcwgAqHMIAKpzCADwcwgAAXQIADh0CABJdAgAgHQIAIh0CAAg2QkAz3QIABB1CAAXdQgAWHUIAGB1CABo2QkAonUIAOh1CADudQgAMHYIAD12CAB4dggAgHYIAMB2CADCdggACHcIAA93CABQdwgAV3cIAJh3CACgdwgAsNkJAO13CAAoeAgAKXgIAHB4CACGeAgAuHgIAMB4CAAAeQgAAnkIAEB7CAAOeQgASHkIAFB5CAD42QkAVXkIAJB5CACTeQgA2HkIAOJ5CAAgeggAInoIAGh6CAB5eggAsHoIAMF6CAD4eggAAHsIAEDaCQBHewgAiHsIAI97CADQewgA2HsIAIjaCQAifAgAYHwIAGJ8CACofAgAuXwIAPB8CAABfQgAOH0IAEB9CADQ2gkAhX0IAPiDCACMfQgAyH0IAN59CAAQfggAGH4IAFh+CABmfggAoH4IAK1+CADofggA634IADB/CAA6fwgAeH8IAHp/CADAfwgA0X8IAAiACAAZgAgAUIAIAFiACAAY2wkAoYAIAOCACADtgAgAKIEIAC+BCABwgQgAgYEIALiBCADEgQgAAIIIAAiCCABg2wkAVYIIAJCCCACTgggA2IIIAOKCCAAggwgAIoMIAGiDCAB5gwgAsIMIAMGDCACo2wkAAIQIAECECABXhAgAiIQIAJSECADQhAgA2oQIABiFCAAghQgA8NsJAGGFCACohQgAvoUIAPCFCAD4hQgAOIYIAEaGCACAhggAiIYIADjcCQCNhggAyIYIAMuGCAAQhwgAGocIAFiHCABahwgAoIcIALGHCADohwgA+YcIADCICAA4iAgAgNwJAH6ICADAiAgAxYgIAAiJCAAjiQgAUIkIAF6JCACYiQgAn4kIAOCJCADsiQgAKIoIAC6KCABwiggAc4oIALiKCADCiggAAIsIAAaLCABIiwgASosIAJCLCACaiwgA2IsIAOSLCAAgjAgAN4wIAGiMCAB8jAgAsIwIAMyMCAD4jAgAAI0IAMjcCQBCjQgAiI0IAJaNCADQjQgA4Y0IABDdCQAfjggAWN0JAG6OCACojggAso4IAPCOCAD7jggAOI8IAECPCACAjwgAjI8IAMiPCADbjwgAEJAIAB+QCABYkAgAZJAIAKCQCAChkAgA6JAIAPKQCAAwkQgAPpEIAHiRCAB9kQgAwJEIAM2RCADo3QkAFJIIAFCSCABTkggAmJIIAKKSCAB43gkA4pIIACiTCAA2kwgAcJMIAIGTCAAI3wkAv5MIAFDfCQAIlAgASJQIAFKUCACQlAgAlZQIANiUCADglAgAIJUIACaVCABolQgAdJUIALCVCAC2lQgA+JUIAAGWCABAlggATZYIAIiWCACQlggA0JYIANGWCAAYlwgAGpcIAGCXCABjlwgAqJcIAKuXCACY3wkABpgIADiYCABAmAgAgJgIAIyYCADImAgAzpgIABCZCAAWmQgAWJkIAF2ZCADomQgAfpkIAKCZCAComQgAKOAJAO6ZCABw4AkARpoIAHiaCACOmggAwJoIAMKaCAAImwgAFZsIAFCbCABXmwgAmJsIAKCbCADgmwgA8JsIACicCAAqnAgAcJwIAH6cCAC4nAgAyZwIAADhCQAHnQgASOEJAFadCACQnQgAmp0IANidCADjnQgAIJ4IACieCABonggAdJ4IALCeCADDnggA+J4IAAafCABAnwgASp8IAIifCACQnwgA0J8IAN+fCAAYoAgAHaAIAGCgCABnoAgAqKAIALSgCADY4QkAKKEIADihCABwoQgAgKEIAIihCAAg4gkA6aEIABCiCAAcoggAWKIIAF6iCACgoggApqIIAOiiCADtoggAMKMIADajCABo4gkAeaMIAMCjCADGowgACKQIAA2kCABQpAgAX6QIAJikCACkpAgA4KQIAOOkCAAopQgAK6UIAHClCAB4pQgAuKUIAMelCAAApggABaYIAEimCABepggAkKYIAJGmCADYpggA6aYIACCnCAAspwgAaKcIAHKnCACwpwgAvKcIAPinCAD/pwgAsOIJAFCoCACIqAgAlKgIANCoCADfqAgAGKkIACypCABgqQgAb6kIAKipCAC5qQgA8KkIAPypCAD44gkAPaoIAICqCACCqggAyKoIANmqCACI4wkAHKsIAFirCABeqwgAoKsIAKyrCADoqwgA8KsIANDjCQA2rAgAeKwIAISsCADArAgAyKwIABjkCQAUrQgAUK0IAFOtCACYrQgAoq0IAGDkCQDirQgAKK4IADauCABwrggAga4IAPDkCQC+rggAAK8IAAyvCAA45QkAUK8IAJCvCACTrwgA2K8IAOSvCAAgsAgALLAIAGiwCABwsAgAyOUJALuwCAD4sAgABLEIAECxCABIsQgAEOYJAJGxCADQsQgA4bEIABiyCAApsggAYLIIAGiyCACosggAq7IIAPCyCAD6sggAOLMIADqzCACAswgAj7MIAMizCADnswgAELQIABi0CABYtAgAYrQIAKC0CACmtAgA6LQIAOq0CAAwtQgAP7UIAHi1CACEtQgAWOYJAMy1CAAItggAKLYIAFC2CABWtggAmLYIAKG2CADgtggA7bYIACi3CAAwtwgAcLcIAIa3CAC4twgAurcIAAC4CAAbuAgASLgIAFS4CACQuAgAnbgIAKDmCQDeuAgAILkIACi5CABouQgAfrkIALC5CAC1uQgA+LkIAP65CABAuggATLoIAIi6CACQuggA6OYJAN26CAAYuwgAKLsIAGC7CABluwgAqLsIAK67CADwuwgABrwIADi8CAA6vAgAgLwIAIq8CADIvAgA1rwIABC9CAAVvQgAWL0IAGW9CAAw5wkAr70IAOi9CADxvQgAML4IADq+CAB4vggAhr4IAMC+CADFvggACL8IABW/CABQvwgAWL8IAJi/CACovwgA4L8IAOK/CAAowAgANsAIAHDACACBwAgAeOcJAL/ACADA5wkABcEIAEjBCABOwQgAkMEIAJjBCADYwQgA4sEIACDCCAAiwggAaMIIAGvCCACwwggAz8IIAFDoCQAEwwgAQMMIAEbDCACIwwgAlMMIANDDCADYwwgAmOgJACTECABgxAgAZsQIAKjECAC0xAgA8MQIAPjECADg6AkAOsUIAIDFCACOxQgAyMUIANnFCAAo6QkAHcYIAFjGCABvxggAcOkJAKrGCADoxggA9MYIADDHCAAzxwgAeMcIAILHCAC46QkAxccIAAjICAARyAgAUMgIAGHICACYyAgAn8gIAODICADoyAgAKMkIADXJCABwyQgAdckIALjJCADCyQgAAMoIAAjKCABIyggAV8oIAJDKCACVyggA2MoIAO7KCAAgywgAIcsIAGjLCAB2ywgAsMsIAMHLCAD4ywgABMwIAEDMCABIzAgASOoJAIzMCAAgAQAAkMwIABicCQCUzAgAuJcHANzMCACYBwAAIM0IAKDPCACNzggASCQAAMzOCAD4JQAAsM8IAKAyAAA40AgAgDoAAN7QCAAI0QgA6NEIACBJAACc0wgA6F8AAODTCAAg1AgAMNQIADBgAAC81AgAgGcAAADVCABA1QgAUNUIAMhnAADc1QgA8G8AABbYCAD44gAAGtgIAGDkAAAe2AgAWIwAACrYCADA8AAAqNgIAGCcCQCp2AgAwBIGAKzYCADgjgAAvNgIAAAnBgDw2AgAeDMJAATZCAAojwAADtkIAKC5CQA32QgAcI8AADrZCABgnwYAzNkIAKiTAAAU2ggA8JMAAKbaCABImQAAMdsIAKCeAADB2wgAAKIAAAPcCACQogAA3NwIACAABwDo3AgAELAAAPzcCACApgAALN0IANirAAC83QgAyK8AAEzeCADosAAApN4IADCxAAAo3wgACLIAAGnfCADgsgAARuAIAJi7AADR4AgAmEAGANTgCADQvwAA1uAIAGBKBwAq4QgAWOEIAKjhCADo4QgAvOEIANDIAADr4QgA8MMGAPLhCAAwzwYA9eEIAGivBgAD4ggAyMEAABviCAAQzgYAeuIIAHDFAADO4ggA2MYAABTjCACwxwAA8eUIALjXAABj8QgAUEAGAGjxCADw8QgAfPEIAHj0CACB8QgAoFsBAIjxCACIdwkA8vEIAJBUBgD08QgAmMcGAPXxCABYpAMA9/EIAIgxBAD68QgA6FsBAP/xCAAwXAEAAfIIAChjAgD08wgA0GoBAID0CADA9AgAwfQIAGh5BgDK9AgACJIIAM/0CADAxwgA3vQIAMDDCQAS9QgACG8BAOP1CACgkQEA5vUIAMBwBQDn9QgAKIIBAOn1CAA4dQEA6vUIAAB6AQDs9QgAqDoCAO31CAD4ewEA7vUIAMiHAQDv9QgAeHcBAPD1CAAANwIA9vUIAIB+AQAY9ggA8KAIALb4CADYlQEAuvgIAJiaBgAE+QgA0JcBAPT6CAD4sQEA5vsIAPC8AQAZ/AgAcMEBAOr8CADwTwgA7/wIAGDOAQDy/AgA+LIDADP9CACg0AEAV/4IAODkAQDh/ggA6OsBAIL/CAC4/wgAkgAJAPCdAgCTAAkAkAoCACMBCQDwDQIAJwEJAJgbBAD7AQkAgCACANsCCQAQKgIAbwMJAOAsAgAMBAkAOAQJAEAECQCABAkAjwQJAFgzAgAZBQkAeD8GABwFCQDYNwIAYAUJAKAFCQB0BQkAmHMJAKoFCQAgOAIAOAYJAOg8AgCHBgkAmD4CAFMHCQCQSQIANAgJAFBZAgB4CAkAuD4JANQICQAACQkACAkJAEgJCQBVCQkAQNgFAFkJCQAgXAIAPgoJAEBmAgBuCgkAmGsCAEwLCQBQfQIApAsJANALCQDsCwkAGAwJACcMCQBwfgIAnA0JAMgNCQDQDQkAEA4JAB8OCQDolgIAYQ4JAGCdAgA6DwkAuKICAHoPCQBgpgIAew8JAEitBACCDwkAwKoEAIUPCQDw/AMAww8JADCpAgChEAkA4LMCAEQRCQBwEQkAeBEJALgRCQC+EQkAuL0CABYSCQDQwAIAnxIJANDJAgAvEwkAkNACAMwTCQD4EwkAABQJAEAUCQBPFAkAiNsCAFAUCQAA4gIAYhQJAKjlAgDcFAkA2OICACAVCQBgFQkAahUJACDjAgBUFgkAgBYJAIgWCQDIFgkA0RYJADDxAgAaFwkA4PICALwXCQDoFwkA8BcJADAYCQAxGAkAcPwCADYYCQDYBgMAPRgJAOgCAwA/GAkAqPcCABIZCQAoBQMA6hkJANARAwAyGgkAeBUDAHYaCQBQFgMADhsJAFgdAwC8HAkAuDIDABQdCQBAHQkAXB0JAIgdCQCVHQkA2DMDAMQeCQDwHgkA+B4JADgfCQA7HwkAWEoDAGIgCQB4XQMArCAJAPhhAwCAIQkAoI4EAJQhCQAQjgQAmiIJAOB5AwA0IwkAMKcHADcjCQBofAMAOCMJAMilBwB8IwkAyH8DAAMkCQCAiAMAkyQJAOiSAwAqJQkAsJcDAHIlCQCAmgMAvCUJAFCdAwCUJgkASKgDACMnCQC4uQMA9icJAHjAAwBUKAkAgCgJAIgoCQDIKAkA1SgJALjCAwB0KQkAoCkJAKgpCQDoKQkAMyoJAGjNAwARKwkAeNsDABUrCQDg0wMAXisJAPDYAwCZKwkAoNoDADIsCQAo3QMAcywJALDfAwAKLQkAMOQDAFQtCQCI6QMA5S0JAKjqAwAwLgkASPADABQvCQBALwkASC8JAIgvCQCXLwkAKPgDAGMwCQAYBQQAxDAJAPAwCQD4MAkAODEJAEcxCQDACAQAsTEJACgKBAAsMgkAWDIJAGAyCQCgMgkA9zIJAEANBAB6MwkAwAUHAIAzCQDgcwkAgjMJAAgSBACEMwkAeLAHAJ8zCQAgtAcAyDMJAKi5BAAPNAkAWIUEABI0CQBgFwQAVzQJADgYBAAyNQkAsCcEAHo1CQBQLQQAvzUJACguBACsNgkA2DYJAOA2CQAgNwkALDcJAGg5BABwNwkAsDcJALQ3CQCIOgQACDgJAPA7BACkOAkA0DgJANg4CQAYOQkAOTkJAHhHBABlOQkAqE0EACI6CQBwUgQApzoJAMg6CQCjOwkA4GwEAH88CQDwegQAoD0JAOA9CQDfPgkAWI4EAFg/CQBIkgQA4D8JAMiWBAB0QAkAaJwEAHVACQCAnwQAd0AJAKCXBABbRAkAcL4EADxFCQC4xwQAWEYJAJhGCQDMRgkAmNgEAERHCQBwRwkAeEcJALhHCQDHRwkAWN8EAFBICQCQSAkAxEgJAGDmBAAoSQkAeOkEAI5KCQBY+gQAbEsJAEAABQBFTAkAuAYFAEdMCQAwDQUAhUwJABgKBQCkTQkAsBoFAIJOCQCALwUAJE8JAFBPCQBYTwkAmE8JAKJPCQDIOAUAIlEJAJhEBQC7UgkAkGEFAApTCQBAUwkAIVQJAIBuBQCFVQkAQHUFANVVCQAQeAUAdFYJAKBWCQCoVgkA6FYJAEdXCQBwhAUA3FcJAAhYCQAQWAkAUFgJAHFYCQBYigUA6VgJALCPBQAwWQkAcFkJAH5ZCQBAkAUAvlkJADiSBQBVWgkAcJYFAJFaCQDQmQUAcVsJANCiBQB0WwkAYKMFAJVcCQBYrgUA1VwJAHivBQAlXQkASLIFAGhdCQCItAUA0F0JAPBdCQCcXgkAyL8FAOleCQAQwAUA8F8JADBgCQBfYAkAQMYFAGRgCQCwxQUA7GEJAKDJBQA4YgkAcMwFAH1iCQCQzQUAHGMJAEhjCQBQYwkAkGMJAJ1jCQBQ1AUA5WMJANjWBQB1ZAkAyNoFABZlCQBAZQkAmmUJAPhtCQCmZQkA0GUJAGxmCQAI5gUAbmYJABDkBQACZwkAOGcJAKBnCQDA7gUAW2gJABj0BQBHaQkAiPwFAMdpCQDgAQYAGGoJAEAFBgC0agkA4GoJAOhqCQAoawkAjGsJALhrCQDAawkAAGwJAJNsCQAIQAYAmGwJANhsCQCabAkAgLcHAKxsCQBQlwkA4mwJAFATBgBubQkAGBgGAEFuCQDYHgYA2G4JAHhIBgDsbgkAgHkJAPhuCQDQdwkA+G8JAPiQBwBAcAkAQJEHAJxwCQDIcAkA0HAJABBxCQB3cQkAADAGAPBxCQCIaAYAWHMJAJigCQAcdQkASHUJAFB1CQCQdQkA5HUJAKhFBgA8dgkAaHYJAHB2CQCwdgkAVncJAEhvBgBseAkAYE4GAMJ4CQCgUAYAiHkJAMh5CQAYegkAyNMJAD97CQAQWQYASXsJAPBXBgAUfAkAKFwGALR8CQDgfAkA6HwJACh9CQBPfgkAmGQGAEiACQDofQYAbIEJALCLBgBCggkAgI4GAFuDCQAYJgcAXoMJAIiRBwBigwkAOJcGAGiDCQDIMAcA8IMJADCECQA6hAkAcJsGACSFCQBQhQkAWIUJAJiFCQAqhgkAsKYGAHWGCQDIqQYA4IcJACCICQAsiAkAWLMGALiICQCYtQYAAIkJAECJCQBMiQkAaLgGANyJCQA4uwYAaIoJAKiKCQC/igkAuL8GACqPCQB42AYAvY8JAPjcBgC5kQkAIPcGAFKSCQCIkgkAJZMJADAFBwAokwkAEAQHAP6TCQAoBwcAE5UJAKgLBwAalQkAoA0HAISWCQCwEgcAhpYJAPBKBwAQlwkAkGIHAC2XCQD4vgkAWJcJAJiXCQCamQkAECgHAJ+ZCQBgHQcAgZwJANC2CQCwnAkA8JwJAPOcCQDoKAcASJ0JAFAqBwCMnQkAKCsHANCdCQAQngkAGp4JAHArBwCdoAkAcDQHAEqiCQAgPwcAVKIJAFBFBwCYpAkAME0HAN6kCQAITgcAIKUJAJhOBwBjpQkAuE8HADumCQCwUQcAGKcJAFinCQCopwkA6KcJAICoCQDAqAkAm6kJAKBeBwAwqgkAcKoJAMCqCQAAqwkAzKwJABBnBwBcrQkAMGgHACSuCQDgaQcAHK8JAIhtBwA7rwkA8G4HAIivCQC4xQkA0a8JADBxBwDUrwkAcHMHABOwCQDAcQcAo7AJAChzBwA4sQkAeLEJAIKxCQC4cwcAyLEJAEDjCQAOsgkA8HcHAOOyCQAgfgcAMLMJAADGCQCltAkA+L0HACy1CQCoiQcASLgJAKAkCAAzugkA8JsHAMy6CQDonQcAnLsJAEihBwB+vAkAYKQHAAm9CQCgpgcAZL0JAJC9CQD0vQkAIL4JAHa+CQBwqQcAHb8JAEC/CQBlvwkAiL8JAK2/CQDQvwkA9b8JABjACQBowAkAqMAJAK3ACQCIrAcAg8EJACiyBwBhwgkAQLUHAKPCCQDQtQcAM8MJADi3BwAmxAkAUMQJALbECQDAuQcA6cQJAGi9BwBGxQkAcMUJANnICQAI8AcAJMkJAJjwBwD4yQkAgP8HAIjKCQAgBQgAGMsJAAgLCACoywkA0A8IADjMCQAAFggAyMwJAPAZCABYzQkAKB4IAOjNCQDIIwgAfM4JAHglCADSzgkAAM8JAAjPCQBIzwkAkNEJANDRCQDw0QkAuDAIAKjUCQAATAgACNUJAGBPCACE1QkAWFEIAMjVCQCYUwgAD9YJANhVCABV1gkAOFkIAKjWCQDoWggA/NYJACjXCQBy1wkA4GUIAMTXCQBIZwgAFdgJAIhpCABQ2AkAmG4IAG7bCQBIgggA2NwJAECNCAAc3QkAGI4IAGDdCQCg3QkApN0JAGCOCADw3QkAMN4JAIDeCQDA3gkA0N4JAOCSCAAU3wkAuJMIAGXfCQAAlAgAoN8JAODfCQB44AkAuOAJAAzhCQAAnQgAUOEJAJDhCQCU4QkASJ0IAJTiCQB4owgAV+MJADiqCADS4wkAMKwIACLkCQAIrQgAaOQJAKjkCQC45AkA4K0IAPnkCQC4rggAO+UJAIDlCQDS5QkAsLAIACDmCQCIsQgA9uYJANC6CACE5wkAuMAIAMjnCQAI6AkAGOgJAADBCACc6AkAGMQIAPDoCQA4xQgANukJABDGCAB46QkAoMYIALvpCQAA6gkA","fail":"AAAAAAAAAACYNAAAOIsAAJhPAAAAjQMA8O0AAMi+AwCwvgAAwGMGALhiAAAAYwAASGMAAJBjAADYYwAAIGQAAGhkAACwZAAA+GQAAEBlAACIZQAA0GUAABhmAABgZgAAqGYAAPBmAAA4ZwAAgGcAAAAAAACwvgAA+FUGAMA1BABIPwAAGAwAALC+AACIFAAA0BQAADjTAACA0wAAyNMAALiyBwDwhAYAiAwCAAAAAAAAjQMA8O0AAPDtAABIXQYA8NsAADjcAACwGwcA+OsAAACNAwCwvgAAAH4AAEC3AgDYqgcASF0GALC+AAA4sAIAWHoAAKB6AADoegAAMHsAAHh7AAAYDAAAsL4AAMBjBgBg4QMA8O0AAND1AACYNAAAyL4DAAAAAAAAjQMAsL4AADBRBgBQLAIAWN0AAOiyBABA0QAAmDQAAMjlAAD4BQgAQAYIAKhQAQDoIAAAsL4AAHCyBwCIFAAAsOsAAGhwBgBIPwAAkD8AAIhYAQD47QQAQO4EALC+AAD4VQYAwDUEAEg/AAAYDAAAsL4AAIgUAADQFAAAONMAAIDTAAD4iwYAQIwGAEgAAABIAAAAWBUFAPDtAACw6wAAsL4AAPiLBgAgiAAAAAAAAEg/AABY3QAAGAwAAOAZAACIFAAAyL4DABC/AwC4YgAAAGMAAEhjAADwdAEA+HsBAEB8AQAYZAUAYBUAAHhRBgBoEgcAIAEAAGgBAACwAQAA+AEAAEACAAD4iwYAQIwGAEgAAABIAAAAYF0AABheAgBIPwAAEHoAAPDtAAA47gAA0FADALC+AADAYwYAuGIAAABjAABIYwAAkGMAANhjAAAgZAAAaGQAALBkAAD4ZAAAQGUAAIhlAADQZQAAGGYAAGBmAACQpAQA2KQEAAAAAADIOgAA2FEAAPDtAADQ9QAAGAwAALC+AABgXQAAGF4CAGBeAgBIAAAAyGcAABBoAABYaAAAoGgAAOhoAAAwaQAAeGkAAAAAAAAQegAAEHoAAEg/AAAYDAAAIIgAALC+AAD4VQYASD8AAIgUAABYtQEASD8AAMi+AwCwvgAA+L4AABhgBgDw7QAAsL4AAMg6AAAYDAAA4BkAALC+AAAAAAAAiBQAAOgKAQBgLgUA0BQAAJhPAACIFAAAsL4AAPhVBgAQvwMAsOoHAPjqBwBA0QAAmDQAADiLAADgGQAAAAAAAPDtAABY3QAAmDQAAOA0AAAoNQAAcDUAALg1AAAANgAAOHAAAMi+AwBIPwAAiBQAAFi1AQBIPwAAyL4DAFjdAABIPwAAkD8AABBbAQBYWwEAQNEAAJg0AADIvgMAWN0AAMi+AwBA0QAAWN0AAEg/AACQPwAAEFsBAFhbAQCYNAAAuGIAAABjAACwvgAAwGMGALhiAAAAYwAASGMAAJBjAADYYwAAIGQAAGhkAACwZAAA+GQAAEBlAACIZQAA0GUAABhmAABgZgAAkKQEANikBAAAAAAAyDoAANhRAADw7QAA0PUAAAAAAADw7QAA4H4EALCuBAAYyQAASAAAAJAAAADYAAAAAAAAAIgUAACIWAEA0FgBABhZAQAYXgIAyL4DABC/AwDgNAAAKDUAAHA1AAC4NQAAADYAAEiYBwAwCwEAeAsBANhRAADYUQAAGMkAAIgUAAAw+QAA0OkDAMg6AADw7QAA0PUAALDIAgDANQQASD8AABgMAACIFAAA0BQAADjTAAAAfgAAQLcCACj7AAAQegAAyL4DAEg/AACIFAAAWLUBAEg/AAAAAAAAAI0DABjJAADYUQAAIFIAALC+AAD4vgAAQL8AAIi/AADQvwAA+L4AABhgBgDw7QAAsL4AAMg6AAAYDAAA4BkAACgaAACwvgAAyDoAALDrAADQzQEAGM4BAIgUAACw6wAA2D0FABB6AAAYYgEAKPsAANg9BQAAjQMAsK4EALC+AAD4vgAAQL8AAIi/AADQvwAA+L4AABhgBgDw7QAAsL4AAMg6AAAYDAAA4BkAAJg0AAA4iwAAYF0AALC+AADAYwYAuGIAAABjAABIYwAAkGMAANhjAAAgZAAAaGQAALBkAAD4ZAAAQGUAAIhlAADQZQAAGGYAAGBmAACoZgAA8GYAADhnAACAZwAAWN0AAPDtAADQ9QAAGPYAADA3CAAYDAAA4BkAAMi+AwCwvgAAGGUHAAgmCABgXQAAqF0AAPBdAAA4XgAAgF4AAMheAACYTwAAYNsAADiLAACwvgAAkKQEANikBAAgpQQAaKUEALClBAD4pQQAsL4AAMg6AAAYDAAA4BkAACgaAACIFAAAMPkAAHj5AAAAAAAAYF0AABheAgBIPwAAiBQAALDrAACwvgAAiFgBAPjtBABA7gQAGAwAAKBWAAAAjQMAsK4EAAAAAADYUQAAIFIAAFi1AQCYWQIAMJ8AAAB+AACwvgAA+IsGAECMBgBIAAAASAAAAFgVBQDw7QAAsOsAAFCMBQDIvgMAsL4AAMBjBgDoygcA2FEAALC+AACIWAEA+O0EAEDuBAAYDAAAoFYAAACNAwCwrgQAsL4AAHDwBQAAAAAAGAwAACCIAABoiAAA8HQBABgMAABgXQAAsL4AAJCkBADgfgQA+MAEALDrAADYPQUAIFIAAEg/AAAYDAAAGAwAACCIAADgGQAAKBoAANg9BQAAjQMAsK4EAEg/AACQPwAAEFsBAFhbAQCYNAAA2FEAABg9CADwdAEAKIIBABBvBQBIwAYAkMAGANjABgAgwQYAaMEGALDBBgCQpAQAOO4AAIDuAADI7gAA6CAAAFCOAACYjgAA4I4AAEg/AACQPwAAEFsBAFhbAQAAAAAAmDQAAIhYAQDQWAEAyOUAAGBdAACYNAAA2KoHABjJAADI5QAAmDQAADiLAACAiwAAyIsAABCMAABYjAAAoIwAAOiMAAAwjQAAeI0AAMCNAAAIjgAAAI0DAAB+AABIAAAAkAAAAEAZAQAwQAgAiAwCAGAMAACwrgQA6CAAAFCOAACYjgAAwBIGAAgTBgDIOgAAYF0AALDrAADYPQUASAAAAGBdAAAYPQgAYD0IAFCOAACYjgAAwBIGAAgTBgAIQAYA4BkAACgaAAAQWwEAWFsBAAAAAACwvgAAQNEAAIjRAADQ0QAAGNIAAGDSAACo0gAA8NIAAFg4AwBgXQAAGD0IAGA9CACoPQgA8D0IABgUBwBgFAcAsL4AAJCkBAAwQAgAeEAIAMBACAAIQQgAWDgDAKA4AwD4vgAAQL8AAIi/AADQvwAAAAAAABgUBwCwvgAAkKQEADBACAB4QAgAwEAIAAhBCABYOAMAoDgDAPi+AABAvwAAiL8AANC/AAD4vgAAQL8AAIi/AADQvwAAKI8AAAAAAAAgfAMAyKUHABCmBwBYpgcAoKYHAOimBwAAAAAAyDoAABA7AABYtQEAwAwDAMjlAADYFggAyL4DAOgKAQDIOgAAEDsAAFi1AQDADAMAyOUAAAAfCADw7QAAOO4AANBQAwDIxwMAmE8AAACNAwDw7QAA6AoBAMjlAACYNAAAOIsAAICLAADIiwAAEIwAAFiMAACgjAAA6IwAADCNAAAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAAAAAAOggAABQjgAAmI4AAOCOAABwswAASAAAAIAhBABAYgMAsOsAAFCMBQCIWAEA0FgBABhZAQBgWQEAqFkBABgMAACwvgAAsBsHAPjrAADAqwYAQNEAAEC+BwAAAAAAwGMGAFCoBwCYqAcA4KgHACipBwBwqQcAuKkHAACqBwBwsgcAkD8AABBbAQBYWwEA8HQBAAAAAAAAjQMAsOsAAPB0AQAQegAAQJsAAIibAADQmwAAGJwAAGCcAADQ9QAAsMgCALC+AADIOgAAGAwAAKBWAAAgUgAAGMkAALC+AAAYFAcAYBQHAHCyBwAAAAAAYF0AAAAAAADIOgAAmDQAAGDhAwAAAAAAAAAAAMg6AACw6wAAsL4AAJhPAABg2wAAOIsAALDrAACwvgAAcLIHAAAAAADIOgAAmDQAAOiyBACojQYA+MAEAEDBBACIwQQA0MEEAEDRAAAYwgQAYMIEAKjCBABA0QAAOLACAICwAgDIsAIA4N4HACjfBwBw3wcAOLACAICwAgDIsAIA4N4HACjfBwBw3wcAmDQAANiqBwAAAAAAsL4AABjJAABgyQAAqMkAAAAAAACw6wAAUIwFAKiWBgDwlgYAyOUAAFg+BgCgPgYASF0GALDrAABQjAUAqJYGAPCWBgDI5QAAEOYAADjuAACA7gAAyO4AABDvAAAYDAAAaHAGALBwBgCA7gAAyO4AABDvAACw6wAA0M0BAPDtAADgfgQAmE8AAAAAAADw7QAA0PUAABCVAABY1QIAQGIDALDrAAAYDAAAyOUAAADqAABI6gAAkOoAANjqAAAg6wAAaOsAALDrAAD46wAA+JkHANDNAQDw7QAA4H4EAAAAAAAAjQMAyOUAAADqAADQzQEA8O0AAOB+BACYTwAAAAAAAJg0AADYUQAAiAwCAOAZAABY3QAASD8AAJA/AAAQWwEAWFsBAMjlAAAA6gAA0M0BAPDtAADgfgQAmE8AAMjlAAAA6gAA0M0BAPDtAADgfgQASF0GAEgAAACAIQQASD8AAJA/AAAQWwEAWFsBAEg/AADoIAAAMCEAAJA/AADQ9QAAiBQAABB6AABIPwAASD8AAJA/AAAQWwEAWFsBAJg0AADQUAMAyMcDAEg/AACQPwAAEFsBAFhbAQCw6wAAsOsAAGhwBgAwQAgAQNEAAIjRAADQ0QAAUIwFAEg/AACQPwAAEFsBAFhbAQAAfgAAyMcDALDrAADQzQEAqI0GAMi+AwBIPwAAkD8AABBbAQBYWwEAYF0AAGBdAABIAAAAWBUFANhRAAAgUgAAsOsAAFCMBQAINwYA0PUAABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgDw7QAA0PUAABj2AABg9gAAqPYAAPD2AAA49wAAgPcAAMj3AAAQ+AAAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAAAAAABIPwAASF0GAEg/AACQPwAAEFsBAFhbAQDIvgMASD8AABjAAACgvQgAkD8AABBbAQBYWwEAAAAAAEg/AACQPwAA4H4EAMi+AwAYjAQAiFgBANhRAACIDAIAoFYAAACNAwCwrgQASD8AAJA/AAAQWwEAWFsBAEDRAAAAjQMA+MAEABA7AABA7wYAYF0AAKhdAAAQegAAGGIBAHjzBgAYPQgAkD8AABBbAQBYWwEA2KoHABjJAAAoVwUASD8AAJA/AAAQWwEAWFsBAPDtAAAYyQAAyDoAAAB+AADIxwMAiBQAALDrAABQjAUACDcGABBbAQBYWwEAAI0DAPjABACw6wAA+OsAAOggAABA0QAAAI0DAPjABAAQOwAAQO8GABgMAADgGQAAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAJg0AAA4iwAAgIsAAFgpAAAYYgEAOIsAAMgtAQBQjAUAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAMA1BABIjQMAkI0DAPgRBQBAEgUAiBIFANASBQAYEwUAYBMFAEg/AAAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAQGIDAMg6AADw7QAAGAwAAKBWAAAAjQMAsK4EAEg/AACQPwAAEFsBAFhbAQCw6wAAmDQAAOA0AADoCgEAAI0DAIhYAQD47QQAQO4EAOggAABgXQAAqF0AAJhPAABIPwAAkD8AABBbAQBYWwEA2D0FACA+BQDgWQIAYF0AABg9CAAAfgAAyMcDAIgUAACw6wAAUIwFAMi+AwBIPwAAkD8AABBbAQBYWwEAGAwAAOCIBgBIAAAASAAAAFgVBQDw7QAAsOsAAFCMBQDIvgMAwDUEAEiNAwCQjQMA+BEFAEASBQCIEgUA0BIFABgTBQBgEwUASD8AABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgBgXQAAYF0AABg9CAAYyQAAqIgFAGDhAwCYNAAAQBkBAIgZAQDQGQEAGBoBAGAaAQCoGgEA8BoBADgbAQAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYA8O0AADjuAABIXQYA2FEAACBSAADgDAEAKA0BAHANAQBYHAEAoBwBAOgcAQAwHQEAeB0BAMAdAQAIHgEAUB4BAJgeAQDgHgEAKB8BAHAfAQC4HwEAACABAEggAQCQIAEA2CABACAhAQBoIQEAAH4AAEDRAABAvgcAkD8AAOggAAAYYAYA8O0AAAB+AABAtwIAKPsAAFCMBQAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAsK4EABB6AADIOgAA8O0AAPDtAADQ9QAAiBQAALDrAAAAfgAACCgDANDPBQAYjAQAcDkIAEBDBAAQegAAGGIBACj7AADYPQUAAI0DALCuBABIPwAAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAAAAAACYNAAAYOEDAMg6AABIPwAASD8AAJA/AAAQWwEAWFsBAPDtAADgfgQAuIYAALAbBwA4sAIASF0GAJBdBgDYXQYAIF4GAGheBgBIPwAAkD8AABBbAQBYWwEAiBQAALDrAACYNAAAKPsAANg9BQAAjQMAsK4EAEg/AACQPwAAEFsBAFhbAQCYNAAA2KoHAIgUAADQFAAAONMAAIDTAAA4yAUAQEMEABA6BwDgDAEAsL4AAPiLBgB4XAEAAH4AAEDRAAAAjQMA2FEAANA9AQCYNAAAKPsAANg9BQAAjQMAsK4EALC+AABwsgcAkD8AABBbAQBYWwEA+L4AAEC/AACIvwAA0L8AAAAAAACwvgAAcPAFALjwBQAQegAAQJsAAIibAADQmwAAGJwAACj7AADYPQUAQNEAAGBdAAAYPQgAsBsHANjzAAAg9AAAaPQAADiwAgAYYgEAYGIBAKhiAQDwYgEAOGMBAIBjAQDIYwEAEGQBAFhkAQCgZAEA6GQBADBlAQB4ZQEAwGUBAAhmAQBQZgEAAAAAAMg6AAAQOwAAQO8GAIjvBgDQ7wYAGPAGAGDwBgCo8AYAOLACABhiAQBgYgEAqGIBAPBiAQA4YwEAgGMBAMg6AAAYDAAAsBsHAPjrAAAAjQMAsL4AAAB+AABAtwIA2KoHAIgUAADQFAAAONMAAIDTAADI0wAAiBQAANAUAAD4wAQAGMkAAAB+AABIfgAAiAwCACCIAACgVgAAIFIAABjJAACwvgAAkKQEANikBACw6wAAyDoAAPDtAAD4VQYASD8AAEBiAwBYegAAsCEBAEAZAQDQ9QAAsMgCALC+AADAYwYA2KoHAMi+AwCwvgAAiBQAANAUAAA40wAAgNMAAMg6AAAYDAAA4BkAAHDwBQC48AUAaFIAALBSAAD4UgAAQFMAAIhTAADQdwAAAI0DAEiNAwCQjQMA+BEFAEASBQCIEgUA0BIFABgTBQCYWQIA4FkCAChaAgBwWgIAuFoCAABbAgDIvgMAsL4AAMBjBgDYqgcAyL4DALC+AACIFAAA0BQAADjTAACA0wAAyDoAABgMAADgGQAA+IsGAHhcAQDAXAEACF0BAFBdAQCYXQEAsF4GAPheBgBAXwYAiF8GANBfBgDYqgcAWLUBABB6AADwdAEAwHAFAMg6AAAQOwAAsOsAANg9BQAgPgUAaD4FAOBpBwCQPwAAEFsBAFhbAQCwvgAAAI0DAPjABACw6wAAsL4AAACNAwDoIAAAsL4AAEDRAAAAjQMA+MAEABA7AABA7wYAkKQEADjuAABIFwEAkBcBAFCMBQCYjAUA4IwFALDrAACwvgAAsBsHAPjrAADAqwYAwGMGAMi+AwDIvgMAsL4AAJhPAADYUQAAwAwDANDNAQCwvgAAAI0DAIhYAQD47QQAQO4EAOggAABgXQAAqF0AAPiLBgBAjAYAiIwGANCMBgBocAYAsHAGAPhwBgAgkwQAsL4AAJhPAADYUQAAwAwDANDNAQCwvgAAAI0DAIhYAQD47QQAQO4EAOggAABgXQAAqF0AAAB+AAAwnwAAeJ8AAMCfAAAIoAAAUKAAAJigAABIXQYAsL4AAJhPAADYUQAAwAwDANDNAQCwvgAAAI0DAIhYAQD47QQAQO4EAOggAABgXQAAqF0AAPhVBgBAVgYAiFgBANhRAADIvgMASD8AAJhPAADYUQAAwAwDANDNAQCwvgAAAI0DAIhYAQD47QQAQO4EAOggAABgXQAAqF0AANhRAADQPQEAsL4AADBRBgBYFQUA2FEAACBSAACw6wAAUIwFAAg3BgCwvgAA+FUGAEg/AACQPwAA0PUAABj2AABg9gAAqPYAAPD2AAA49wAAgPcAAOgKAQAwCwEAyL4DALC+AADAYwYAKPsAAPjlBgAQegAAGGIBAHjzBgDA8wYACPQGAFD0BgCY9AYA4PQGACj1BgBw9QYAuPUGAAD2BgBI9gYAkPYGANj2BgAg9wYAaPcGALD3BgD49wYAQPgGAIj4BgDQ+AYAGPkGAGD5BgCo+QYA8PkGADj6BgCA+gYAyPoGABD7BgBY+wYAoPsGAOj7BgAw/AYAePwGAMD8BgAI/QYAUP0GAJj9BgDg/QYAKP4GANhRAAAgUgAA4AwBACgNAQBwDQEA8JgBADiZAQCAmQEAyJkBABCaAQBYmgEAoJoBAOiaAQAwmwEAeJsBAMCbAQAInAEAUJwBAOiyBACIMgYA+FUGABC/AwCw6gcA+OoHAEDRAACYNAAAOIsAAOAZAAD4iwYAeFwBAAglBgBQJQYAmCUGAOAlBgCwvgAAcPAFADhhBgCAYQYA+IsGAIh/BwDQfwcAQBkBALDrAADYPQUAIFIAABjJAACwvgAAyDoAAOjUAADIOgAAsOsAALDrAADYPQUAIFIAABjJAACwvgAA+FUGAMA1BACYTwAAcPAFALjwBQAA8QUAkKQEANikBACwKgEAiGIDAIhYAQD47QQAQO4EAEhdBgCwvgAAAH4AAAgoAwDQzwUAmDQAAMi+AwAYjAQAIFIAABjJAACwvgAAkKQEANikBACwyAIA+MgCAEDJAgBAGgMAcPAFADhhBgCAYQYAYF0AAKhdAACQ3QEA2N0BACDeAQBo3gEAsN4BAPjeAQCwGwcA0M0BABjOAQBgzgEAqM4BAPDOAQA4zwEAOIsAAOAZAACoFAcAsL4AAHDwBQC48AUAAPEFAAB+AADIxwMAEMgDAAgoAwDw7QAAcPAFADhhBgCAYQYAcPAFALjwBQAA8QUAsPsFAPj7BQBA/AUAMFEGANiBBgAgggYAaIIGALCCBgD4ggYAQIMGALC+AAAAjQMA6CAAALC+AAD4iwYAiH8HANB/BwBAGQEAsOsAANg9BQAgUgAAGMkAALC+AADIOgAA+K4EAECvBACIrwQA0K8EABiwBABgsAQAqLAEAPCwBACwGwcA+OsAAMCrBgD4iwYA4BkAACgaAABwGgAAuBoAAAAbAABIGwAAwGMGACj7AAAAjQMAsK4EALC+AAD4iwYAYAwAAMhXBAAQWAQAWFgEAKBYBACwvgAASAAAALDrAADYPQUAIFIAABjJAACwvgAAOLACAICwAgDIsAIAELECAFixAgCgsQIA6LECADCyAgA48wEAgPMBABgMAACwvgAAAI0DALCuBACwvgAAyDoAABA7AABYtQEAcLMAALC+AAD4VQYAwDUEAAB+AABAtwIA2FEAACBSAACwvgAA+IsGAGAMAADIVwQAEFgEAFhYBACgWAQAsL4AAPjABABAwQQAiMEEANDBBAAYwgQAYMIEAKjCBADwwgQAOMMEAIDDBADIwwQAEMQEAFjEBACgxAQA6MQEADDFBAB4xQQAwMUEAPiLBgDgGQAAKBoAAHAaAAC4GgAAABsAAPB0AQAYDAAAsL4AALAbBwDQzQEAGM4BAPiLBgDgGQAAKBoAAHAaAAC4GgAAABsAAEgbAACQpAQAyDoAABA7AACIFAAAWLUBACBSAAAYyQAAsL4AAACNAwCwrgQAsL4AADBaBgCojQYAGAwAAGBdAACoXQAAEHoAABhiAQB48wYAwPMGAAAAAABgXQAAGAwAAMgtAQAQLgEAKPsAAFCMBQC4hgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYawEAYGsBALiGAAAAAAAAGGsBAGBrAQAocAEAgLACAEgVBgCQFQYA2BUGACAWBgBoFgYAsBYGAPgWBgBAFwYAwAcCAAgIAgBQCAIAmAgCAOAIAgAoCQIAcAkCALgJAgAACgIASAoCAJAKAgDYCgIAIAsCAGgLAgCwCwIAyLACABCxAgBYsQIAoLECAOixAgAwsgIAOPMBAIDzAQDI8wEAEPQBAFj0AQCg9AEA6PQBADD1AQB49QEAwPUBAAj2AQBQ9gEAmPYBAOD2AQAIXwUAUF8FAJhfBQDgXwUAKGAFAHBgBQC4YAUAAGEFAEhhBQCQYQUA2GEFACBiBQBoYgUAsGIFAPhiBQBAYwUAiGMFABjJAADwdAEAEHoAAECbAACoUAEA0PEBABjyAQBg8gEAqPIBAPDyAQA48wEAgPMBAEDRAACYNAAAGAwAAIgVAgDQFQIAGD0IABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgB4dwEAIEECAGhBAgCwQQIA+EECAEBCAgCIQgIA0EICABhDAgBgQwIAqEMCABD0AQBY9AEA+L4AAEC/AACIvwAA0L8AAAgSBABQEgQAmBIEAOASBAAoEwQAcBMEALgTBAAAFAQASBQEAHCyBwC4sgcAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAeEgGAJhPAADosgQA2FEAANA9AQAYPQgAOLACAICwAgDIsAIAELECAFixAgCgsQIA6LECADCyAgB4sgIAgLACAMiwAgAQsQIAWLECAKCxAgDosQIAMLICADjzAQCA8wEAyPMBABBlAwBYZQMAoGUDAOhlAwAwZgMAeGYDAHhcAQDAXAEAEHoAAEgAAABQLAIAyOUAAFgACACgAAgAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAGAwAAMjlAAD4BQgAGGIBAGBiAQCoYgEA8GIBADhjAQAQegAAQJsAAKhQAQDQ8QEAGPIBAGDyAQCo8gEAiBQAANAUAACYTwAASD8AAJA/AAAQWwEAWFsBAEAGCACoUAEA0PEBABjyAQBg8gEAqPIBAPDyAQA48wEAgPMBAMi+AwDANQQASD8AABgMAACIFAAA0BQAADjTAABQjAUAGMAAAPCEBgCIDAIAyC0BAFCMBQAINwYAEFsBAFhbAQCwvgAAOLACABhiAQB48wYAwPMGAPDhAwD4vgAAQL8AAIi/AADQvwAAAH4AAEgAAABYFQUA8O0AALDrAABQjAUACDcGABBbAQBYWwEAYF0AABheAgBgXgIASAAAAAAAAADI5QAA2BYIANhRAABA0QAAmFUDADjuAABAGQEASF0GALC+AACIFAAA0BQAADjTAACA0wAAYF0AAKhdAACQ3QEA2N0BAEg/AADIvgMA8HQBAGBdAACoXQAAkN0BANjdAQAg3gEAaN4BALDeAQD43gEAsBsHANDNAQAYzgEA+OUGAEgAAABYFQUAGAwAAMgtAQAYyQAA8O0AAND1AAAYDAAAiBUCANAVAgD45QYAsL4AAMBjBgDgNAAAIJMEAGiTBACwkwQA+JMEAJCkBADYpAQAsCoBAIhiAwDw7QAAyL4DALC+AADAYwYAyL4DABC/AwDoygcAsOsAAFCMBQAINwYAyOUAALC+AAAAfgAASH4AAIgMAgAgiAAAoFYAACBSAAAYyQAAsL4AAMBjBgDwPwMAGMkAAChXBQAAfgAAsL4AAHDwBQDADAMACA0DAPhVBgBIPwAASAAAAIAhBADIrgcAEK8HABgMAACwvgAAAI0DALCuBAAAAAAA+OUGALDrAACwvgAAOLACAICwAgDIsAIAELECAFixAgCgsQIA6LECAGDHBQCoxwUA8McFAEhdBgAYDAAAiBUCANAVAgAAAAAA8HQBAFgDBQCQPwAAEFsBAFhbAQAQegAAQJsAAKhQAQDQ8QEAGPIBAGDyAQCo8gEA8PIBADjzAQCA8wEASD8AAJA/AAAQWwEAWFsBAOiyBABIXQYAAAAAAAAAAAAAAAAAGGsBAGBrAQC4hgAAAAAAAAAAAAAAAAAAAAAAABhrAQBgawEAKHABAICwAgDIsAIAELECAFixAgCgsQIA6LECADCyAgA48wEAgPMBAMjzAQAQZQMAWGUDAKBlAwDoZQMAMGYDAHhmAwAAfgAAoHsCAOh7AgAwfAIAeHwCAMi+AwBA0QAAsL4AAAB+AAAIKAMA0M8FABjQBQBg0AUAAH4AAKB7AgDoewIAMHwCAHh8AgAQegAAWHoAAKB6AADoegAAMHsAAAB+AAAwnwAAEDsAAFi1AQAQegAAGGIBACj7AADYPQUAAI0DALCuBAAYDAAA4BkAABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgB4dwEAIEECAOCEBwCQkQIA2JECACCSAgBokgIAsJICAPiSAgBAkwIAiJMCANCTAgAYlAIAYJQCALC+AABgXQAAGF4CACBSAADoCgEAsL4AAPi+AABAvwAAiL8AAJhABgDgQAYAwGMGAMi+AwDIvgMA8O0AAND1AAAYDAAAIIgAABgUBwB4sQAA6LIEAKiNBgAYDAAAyC0BADD5AABA0QAAYF0AABg9CACwGwcA+OsAAMCrBgA4sAIAgLACAMiwAgAQsQIAWLECAKCxAgDosQIAYMcFAKjHBQDwxwUAwGMGANiqBwBIXQYAsL4AAACNAwDoIAAAsL4AALAbBwDQzQEAGM4BAPiLBgBIAAAAgCEEAEBiAwDYUQAAUL4GAEBDBABIPwAAyL4DALC+AAAAfgAAoHsCAOh7AgAwfAIAeHwCALC+AAAwWgYAqI0GABgMAADILQEAIFIAABjJAACwvgAAsBsHAPjrAAAQegAAQJsAAKhQAQDQ8QEAGPIBAGDyAQCo8gEA8PIBANCuAgAYrwIAYK8CAKivAgDwrwIAyDoAABA7AABYtQEAcLMAALC+AAD4iwYAYAwAAMhXBAAQWAQAWFgEAKBYBADwdAEAmDQAAHCzAADw7QAA0PUAALDrAABocAYAMEAIAEg/AAAYDAAASAAAAIAhBADIIQQAEFsBAND1AAAAAAAAyDoAAEg/AAAYDAAAyC0BAFCMBQAINwYAEFsBAFhbAQDAcAUACHEFAFBxBQDgNAAA6LIEAIgyBgDIvgMAsL4AALAbBwDQzQEAGM4BAAB+AABAtwIAiLcCALC+AACQpAQA2KQEALDrAABocAYAMEAIAEg/AAAYDAAAsL4AADBRBgCASwcAyCEEALC+AACQpAQA2KQEAAAAAADIOgAASD8AABgMAADILQEAsL4AAGBdAAAYXgIAmFkCAEh+AADIvgMAGIwEAIgMAgDwdAEAEHoAABhiAQBgYgEAqGIBAPBiAQA4YwEAEHoAAECbAACoUAEA0PEBABjyAQBg8gEAqPIBAKDcBwAINwYAEFsBAFhbAQBYKQAAWHoAAKB6AADoegAAMHsAAHh7AADwdAEAEHoAABhiAQBgYgEAqGIBAPBiAQA4YwEAEHoAAECbAACoUAEA0PEBABjyAQBg8gEAqPIBAKDcBwAINwYAEFsBAFhbAQBIPwAAyL4DABiMBACIDAIAWCkAAECbAACoUAEA0PEBABjyAQBg8gEAqPIBAPDyAQA48wEAgPMBAEg/AAAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAeHcBACBBAgBIFQYAkBUGANgVBgAgFgYAaBYGALAWBgD4FgYAQBcGABjJAAAoVwUAcFcFALC+AADAYwYA8D8DAJCkBADYpAQAGAwAAGAMAAD4wAQA8O0AABB6AAAANwIASDcCAJA3AgDYNwIAIDgCAGg4AgCwOAIA+DgCAEA5AgCIOQIA0DkCABg6AgBgOgIAEJUAAFiVAACglQAA6JUAADCWAAAA2gQASNoEAJDaBADY2gQAINsEAGjbBACw2wQA+NsEAEDcBACI3AQA0NwEABjdBABg3QQAqN0EAPDdBAA43gQAgN4EAMjeBAAQ3wQAQJsAAKhQAQDQ8QEAGPIBAGDyAQCo8gEA8PIBADjzAQCA8wEASD8AABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgA4dQEAgHUBAJihAgDgoQIAKKICAHCiAgC4ogIAAKMCAEijAgCQowIA2KMCACCkAgBopAIAsKQCAPikAgDgGQAAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAHh3AQAgQQIAaEECALBBAgD4QQIAQEICAIhCAgDQQgIAGEMCAGBDAgCoQwIA8EMCADhEAgCARAIAyEQCABBFAgBYRQIAMFEGALB9BQD4fQUAQH4FAIh+BQDQfgUAGH8FAGB/BQCofwUA8H8FADiABQCAgAUAyIAFABCBBQBYgQUAoIEFAOiBBQAwggUAeIIFAMCCBQAIgwUAUIMFAJiDBQD4ewEAQHwBABhkBQCgGgYA4H4EAPjABACw6wAAUIwFALAbBwD46wAAwKsGADBaBgCojQYAGAwAAMBwBQAIcQUAsMgCAPjIAgBAyQIAQBoDAPiLBgDgGQAAKBoAAHAaAAC4GgAAABsAAEgbAACYTwAASD8AAIgUAACw6wAAsL4AAMBjBgCYTwAAYNsAALDrAACwvgAAmE8AAGDbAAA4iwAAsL4AAIgUAADQFAAAONMAAIDTAAAwUQYAWBUFABgMAAAgiAAAoFYAAEDRAABgXQAAGD0IALAbBwD46wAAwKsGADiwAgCAsAIAyLACABCxAgBYsQIAoLECAOixAgBgxwUAqMcFAPDHBQCwGwcA0M0BABjOAQCQpAQA2KQEALDIAgD4yAIAQMkCAEAaAwD4iwYA4BkAACgaAABwGgAAuBoAAAAbAAB4sQAAkGYGANAMAgA4sAIAgLACAMiwAgAQsQIAWLECAKCxAgDosQIAMLICADjzAQCA8wEA2CIFALjwBQAA8QUAQNEAAJhVAwDgVQMAKFYDAHBWAwCIFAAAsL4AAPiLBgCIfwcA0H8HACj7AAAYDAAA4BkAAJiCAwAYPQgAQGIDALDrAADYPQUAAI0DALCuBACw6wAA2D0FACA+BQBoPgUAsD4FAPg+BQBAPwUAoKEGAAg3BgAQWwEAWFsBAEg/AACQPwAAEFsBAFhbAQAAjQMAsK4EABjJAABgyQAAqMkAANg9BQAgPgUAaD4FALA+BQD4PgUAQD8FAKChBgDooQYAMKIGAHiiBgDAogYACKMGAFCjBgCYowYAGAwAAGAMAADIVwQAEFgEAFhYBACgWAQA+OsAAEiNAwCQjQMA2I0DAEg/AAAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYA8HQBAFgDBQCQPwAAEFsBAFhbAQCIFAAA0BQAAPDzAwA49AMAgPQDAMj0AwAQ9QMAWPUDADjuAACIWAEA0FgBANhRAADQPQEAmDQAAEDRAABgXQAAAAAAALC+AABA0QAAiNEAAOggAADoIAAAMCEAAJA/AAAwQAgAIFIAABjJAACwvgAAsBsHANg9BQAgPgUAaD4FAMi+AwCwvgAAAI0DAPjABACw6wAAsL4AAMBjBgDoIAAAsOsAAFCMBQAINwYAsL4AALAbBwDYPQUAID4FAGg+BQCwPgUA+D4FAEA/BQBwTgUA4JEGABB6AAAQegAAyDoAAPDtAADw7QAA0PUAALDIAgCwvgAAwGMGAOggAACw6wAAUIwFAAg3BgD4iwYA4BkAAJiCAwAYPQgAQGIDALDrAADYPQUAAI0DALCuBACwvgAAcLIHAJA/AAAQWwEAWFsBAKCRAQCgZgUA6GYFADBnBQB4ZwUAwGcFAAhoBQBoRgMAsEYDAPhGAwBARwMAiEcDANBHAwAYSAMAYEgDAKhIAwDwSAMAsBsHANg9BQAgPgUAaD4FALA+BQD4PgUAAH4AAAAAAABIAAAAEHoAAECbAACoUAEA0PEBABjyAQBg8gEAqPIBAPDyAQA48wEAgPMBAEg/AACQPwAAEFsBAFhbAQDw7QAA4H4EAABQBwAwCwEAkD8AAMg6AAAQOwAA8O0AAND1AACYNAAA4DQAAOiyBACYNAAAQNEAAGBdAAAYPQgASD8AABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgAQOwAAiBQAAEhdBgDwdAEAsOsAABB6AABIAAAAEHoAAECbAACoUAEA0PEBABjyAQBg8gEAqPIBAPDyAQA48wEAgPMBAOggAABQjgAAmI4AAOCOAAAQegAAQJsAAKhQAQDQ8QEA8O0AAND1AAAY9gAAMDcIABgMAADgGQAAOLEEAICxBADIsQQAELIEAFiyBACgsgQAQNEAAJhVAwDgVQMAKFYDAHBWAwC4VgMAGAwAAMBpAACIWAEA0FgBANhRAADQPQEAmDQAAEDRAABgXQAAmDQAAOggAADoCgEA+GoDABCVAAAYDAAAWCkAAECbAACoUAEA0PEBABjyAQBg8gEAqPIBAPDyAQA48wEAgPMBAEg/AACQPwAAEFsBAFhbAQCIFAAA+LUAAJhLAQDgSwEAKEwBAHBMAQDgfgQA6CAAAPDtAADQ9QAAsOsAAGhwBgAwQAgASD8AABgMAADgGQAAGMAAAFgjBgCgIwYAcJIGALiSBgAAkwYAsL4AAAB+AABAtwIASF0GALC+AACIFAAA0BQAADjTAACA0wAAQNEAAEC+BwDAYwYAiFgBANBYAQDYUQAA0D0BAJg0AABA0QAAYF0AAAAAAAA4sAIAgLACAEgVBgCQFQYA2BUGACAWBgBoFgYAsBYGAPgWBgBAFwYAiBcGANAXBgBwsgcAGAwAAMgtAQAQLgEAQNEAAGBdAAAYXgIAiAwCAOjUAACIMgYAYF0AAJg0AAA4iwAAyC0BANg9BQAQegAAGAwAAOAZAACYNAAAQBkBABB6AADosgQAyOUAAFgACACgAAgAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAGAwAAMjlAAD4BQgAQAYIAKhQAQDQ8QEAGPIBAGDyAQCo8gEA8PIBADjzAQCA8wEASD8AAJA/AAAQWwEAWFsBAAAAAABIAAAAgCEEAMiuBwAYDAAA4BkAAJg0AABAGQEAEHoAAOiyBABIAAAAmN8AAMjlAABYAAgAoAAIAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGABgMAADI5QAA+AUIAEAGCACoUAEA0PEBABjyAQBg8gEAqPIBAPDyAQA48wEAgPMBAEg/AACQPwAAEFsBAFhbAQDwdAEAsOsAAGhwBgCwcAYASBcBABgMAABIAAAAWBUFAPDtAACw6wAA8HQBALDrAABocAYAsHAGAEgXAQAYDAAASAAAAFgVBQDw7QAAsOsAAPB0AQBYAwUAkD8AABBbAQBYWwEAYF0AABheAgCIWAEA2FEAACBSAAAYyQAAEHoAAECbAACoUAEA0PEBABjyAQBg8gEAqPIBAPDyAQA48wEAgPMBABgMAADgGQAAKBoAABBbAQBYWwEAAI0DABB6AAAQegAAyDoAAPDtAADw7QAA0PUAALDIAgCwvgAAmE8AAOiyBADYUQAA0D0BABg9CABwsgcAGAwAAMgtAQAQLgEAQNEAAGBdAAAYXgIAiAwCAOjUAADYUQAAIFIAABjJAACwvgAAwGMGAPA/AwA4sAIAgLACAMiwAgAQsQIAWLECAKCxAgDosQIAMLICADjzAQCA8wEAyPMBABD0AQBY9AEAoPQBAOj0AQCIFQIA0BUCALC+AAD4iwYA4BkAACgaAABwGgAAuBoAALAbBwAQegAASAAAAAAAAADYUQAASAAAALC+AAA4sAIAgLACAMiwAgAQsQIAWLECAKCxAgDosQIAMLICADjzAQCA8wEAyPMBABD0AQBY9AEAoPQBALAbBwDQzQEAGM4BADBaBgCojQYAGAwAAMgtAQCwGwcA2D0FACA+BQBoPgUAsD4FAPg+BQBAPwUAcE4FALhOBQAATwUAYMAAANhRAADw7QAA0PUAAAAAAACYNAAAYOEDAKjhAwAYXgIA8HQBAPDtAAAwQAgAIFIAABjJAAAoVwUAkD8AABBbAQBYWwEA+HsBAEB8AQAYZAUAYGQFAOAZAAAoGgAAcBoAALgaAAAAGwAASBsAAMBjBgCIWAEA0FgBANhRAADQPQEAmDQAAEDRAABgXQAASD8AAAB+AAAQegAAGGIBAOA0AADosgQAiDIGABgMAADgGQAAKBoAAHAaAAC4GgAAABsAAND1AACQPwAAEFsBAFhbAQAQlQAAGAwAAPB0AQCgkQEAoGYFAOhmBQAwZwUAeGcFAMBnBQAIaAUA6LIEAKiNBgAYDAAAyC0BABAuAQCIWAEA0FgBANhRAADQPQEAmDQAAEDRAABgXQAAEHoAAAAAAABgXQAA8HQBAPh7AQBAfAEAGGQFADBaBgCojQYAGAwAAMgtAQAYDAAAsL4AAMBjBgCIWAEA0FgBANhRAADQPQEAmDQAAEDRAABgXQAAGD0IAHDwBQC48AUAAPEFALD7BQD4+wUAQPwFADBRBgBYFQUAoBUFADh1AQCAdQEAmKECAOChAgAoogIAcKICALiiAgAAowIASKMCAJCjAgDw7QAA0PUAAJg0AAAo+wAAUIwFAPiLBgDgGQAAGAwAACCIAACgVgAAAI0DAGBdAABgXQAAsL4AADBaBgCojQYAGAwAAMgtAQB4sQAAkGYGACB8AwCwGwcAaHAGADBACABIPwAAyL4DALC+AAD4vgAAGGAGAPDtAACwvgAAAAAAAMg6AABIPwAAkD8AAEhdBgCwvgAA+L4AAEC/AACIvwAA0L8AACj7AAAYDAAA8HQBAPh7AQBAfAEAGGQFAGBkBQDgGQAAKBoAAHAaAAC4GgAAABsAAEghAwCwvgAAwGMGAIhYAQDQWAEA2FEAANA9AQCYNAAAQNEAAGBdAAAYPQgA+L4AABhgBgDw7QAAsL4AADiwAgCAsAIAyLACABCxAgBYsQIAoLECAOixAgAwsgIAOPMBABgMAADgGQAAKBoAAHAaAAC4GgAAABsAAEghAwCQIQMAKBoAABBbAQBYWwEA4BkAACgaAAAQWwEAWFsBAMDHCAAIyAgAaEECALBBAgD4QQIAQEICAIhCAgDQQgIAGEMCAGBDAgBY3QAA8O0AAND1AAAY9gAAMDcIABgMAADgGQAACKwGADD5AADQ6QMAGOoDALC+AAD4iwYA4BkAACgaAABwGgAAuBoAABB6AADoCgEA6LIEAKiNBgD4wAQAGAwAAOAZAABY3QAAyL4DAPDtAAAwQAgAiFgBAPjtBABA7gQAyOUAAFgACACQPwAAEFsBAFhbAQBQQAYAyOUAAIgUAABIPwAAsOsAAJhPAAAAjQMA8O0AAOgKAQAwCwEAkD8AABBbAQBYWwEAwMcIAAjICADouAcAMLkHAHi5BwAAAAAAAAAAAEg/AAAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYA8HQBAHh3AQAgQQIAaEECALBBAgD4QQIAQEICAIhCAgDQQgIAGEMCAGBDAgCoQwIA8EMCADhEAgCARAIAyEQCABBFAgBYRQIAsBsHAPjrAADAqwYAOLACAICwAgDIsAIAELECAFixAgCgsQIAOLACAICwAgDIsAIAELECAFixAgCgsQIA6LECAGDHBQCoxwUA8McFALAbBwDQzQEAGM4BAGDOAQDANQQACDYEAFA2BACYNgQA4DYEANhuBAD4VQYAEL8DAEg/AAAAfgAACCgDAGDOAQDANQQACDYEAFA2BACYNgQA4DYEANhuBAD4VQYAEL8DAEg/AAAAfgAACCgDAFAoAwCwvgAAkKQEAMg6AAAQOwAAiBQAAFi1AQAgUgAAGMkAAEg/AACQPwAAAH4AAEh+AACIDAIAIIgAAKBWAAAAjQMAsK4EALC+AAD4VQYASD8AAIgUAABYtQEASD8AAMi+AwCwvgAAmE8AAOiyBADYUQAA0D0BABg9CACwGwcAaHAGAEhdBgDYUQAAIFIAABjJAACwvgAAsBsHAPjrAADAqwYAOLACAICwAgDIsAIAELECAFixAgCgsQIA6LECAGDHBQCoxwUA8McFALAbBwDQzQEAGM4BAGDOAQDANQQACDYEAFA2BACYNgQA4DYEANhuBAD4VQYAEL8DAEg/AAAAfgAACCgDAPhVBgD4XwgAQGAIAIhgCADQYAgAGGEIAGBhCAA4sAIAgLACAMiwAgAQsQIAWLECAKCxAgDosQIA+AwEAACNAwAQegAA6AoBADALAQCQPwAA0PUAABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgCoOgIAcFwGALhcBgAAXQYAmMcGAOiyBADYUQAA0D0BABg9CAD4vgAAMCEAALDrAAAQegAA6LIEANhRAAAgUgAAGMkAALC+AAD4iwYA4BkAACgaAABwGgAAuBoAAAAbAABIGwAAwGMGAOjKBwDYUQAAsL4AAIhYAQD47QQAQO4EABgMAACgVgAAAI0DANhRAADQPQEAGD0IAIgUAADQFAAAONMAAOggAAAYYAYAYGAGAKhgBgDwYAYAiO8GAJA/AAAQWwEAWFsBALiGAADYyAQAIMkEAGjJBACwyQQA+MkEAEDKBAAAAAAAGGsBAGBrAQCIFAAA0BQAABgVAADImwUAEJwFAFicBQCgnAUA6JwFAPi+AABAQwQAiEMEANBDBAAAjQMA8O0AALC+AAD4VQYAQFYGAPDtAADQ9QAAsCoBALDrAAD46wAA8O0AAHCyBwCIFAAA0BQAAEg/AACIFAAAsOsAAAAAAACIWAEA0FgBAEAZAQAAAAAA8O0AAMg6AAAQOwAAAAAAAMi+AwDANQQACDYEAFA2BACYNgQA4DYEAEhcBACQXAQA2FwEACBdBAAQegAA6AoBADALAQCw6wAAiBQAANAUAAA40wAA6CAAABhgBgBgYAYAqGAGAPBgBgCI7wYAkD8AABBbAQBYWwEAyOUAANgWCABgDAAAyFcEADjIBQBAQwQAEDoHAOAMAQCwvgAAwGMGAPA/AwCIWAEA0FgBABhZAQAYXgIAyL4DALC+AAD4VQYAwDUEAAg2BABQNgQAmDYEAOA2BADYbgQAcLIHAIgUAACIWAEA2FEAAPDtAADgfgQAsK4EAAB+AADIxwMAiBQAAJhPAAAAjQMA8O0AAOgKAQBoMQYAIFIAABjJAACwvgAAOLACAICwAgDIsAIA4N4HACjfBwBw3wcAuN8HAADgBwBI4AcAsL4AAJCkBADIOgAAEDsAALDrAADYPQUAID4FAGg+BQD4iwYAiH8HAGhwBgCwcAYAKPsAAFCMBQAYyQAAsL4AAHDwBQA4YQYAgGEGAHCyBwDYUQAAwAwDANDNAQAYzgEAuKAHALC+AACIFAAA0BQAADjTAACA0wAAkKQEAMg6AAAQOwAAiBQAAFi1AQAgUgAAGMkAALC+AAAAjQMA8O0AALC+AAAAfgAASH4AAIgMAgBYKQAAQJsAAKhQAQDoIAAAQEMEABjJAADIOgAA8O0AAND1AADw7QAA0PUAAJg0AAAo+wAAUIwFAPhVBgDANQQACDYEAFA2BACYNgQA4DYEANhuBAAwUQYA2IEGACCCBgCIWAEA2FEAAMi+AwBIPwAAAI0DAACNAwCw6wAAYF0AABg9CAAYDAAAIIgAALC+AAD4VQYAwDUEAAg2BABQNgQAmDYEAOA2BADYbgQAiBQAANAUAAA40wAAgNMAADjIBQCAyAUAyMgFABDJBQD4VQYAwDUEAAg2BABQNgQAmDYEAOA2BADYbgQAcLIHAIgUAADIvgMASAAAAFgVBQDYUQAAIFIAAEBiAwCIYgMA0GIDABhjAwBgYwMAqGMDAPBjAwA4ZAMAgGQDAMhkAwDYUQAAmDQAAGDhAwCwvgAAsBsHABB6AABIAAAA8HQBACC0BwCwvgAAGGUHAAgmCAA4sAIAgLACAMiwAgAQsQIAWLECAKCxAgDosQIAeLEAAAAAAAAgfAMAyKUHABhgBgDw7QAAsOsAANg9BQCIWAEA+O0EAJiCAwBIXQYAsL4AAJCkBADYpAQAIKUEAGilBACwpQQA+KUEALC+AABw8AUA8HQBAHh3AQAgQQIAaEECALBBAgD4QQIAQEICAIhCAgDQQgIAGEMCAGBDAgCoQwIA8EMCADhEAgCARAIAyEQCABBFAgBYRQIAqDoCAEBiAwCIYgMA0GIDABhjAwBgYwMAqGMDAPBjAwA4ZAMAgGQDAMhkAwD4ewEAQHwBALCuBAAYZQcASD8AABjAAADwhAYAiAwCAMgtAQDYPQUAIFIAABjJAACwvgAA+FUGAMA1BAAAfgAAQLcCANhRAADw7QAA0PUAABj2AAAwNwgAGAwAAOAZAAC4hgAAsOsAABB6AABIAAAA8HQBAAAAAABgXQAAGAwAAPB0AQAAAAAAyDoAABA7AABYtQEAcLMAAPB0AQAAAAAAsBsHABB6AABIAAAA8HQBAAAAAABgXQAAGAwAAPB0AQAAAAAA+IsGACCIAABoiAAA8HQBAAAAAACIFAAAiBQAAEg/AABAYgMAsOsAANg9BQAAjQMAsK4EALC+AACQpAQA2KQEACClBABopQQAsKUEAPilBAAAAAAAsOsAALDrAABIAAAAEHoAAECbAACoUAEA0PEBABjyAQBg8gEAqPIBAPDyAQA48wEAgPMBAPCXCABYFQUAoBUFAOgVBQB4sQAA6LIEAKiNBgAYDAAAyC0BABgUBwBgxwUAqMcFAPDHBQCQpAQA2KQEAJg0AADgNAAA6LIEALC+AAD4VQYAEL8DALDqBwD46gcAQNEAAJg0AAA4iwAA4BkAAPiLBgDgGQAAKBoAAHAaAAC4GgAAABsAAEgbAADAYwYAKPsAAMg6AABgXQAAyL4DALC+AACIFAAA0BQAADjTAACA0wAAOLACAICwAgDIsAIAELECAFixAgCgsQIA6LECAGDHBQCoxwUA8McFAPDtAADQ9QAAGPYAADA3CAAYDAAA4BkAAEg/AACQPwAAEFsBAFhbAQBIPwAAkD8AABBbAQBo/wQAsP8EABgVAAAAAAAAAAAAAAAAAAAYawEAYGsBAChwAQCAsAIAyLACABCxAgBYsQIAoLECAOixAgAwsgIAOPMBAIDzAQDI8wEAEGUDAFhlAwCgZQMA6GUDADBmAwB4ZgMAAAAAAAAAAAAYawEAYGsBAChwAQCAsAIAyLACABCxAgBYsQIAoLECAOixAgAwsgIAOPMBAIDzAQDI8wEAEGUDAFhlAwCgZQMA6GUDADBmAwB4ZgMAmE8AANhRAAAgUgAASD8AAJA/AAAQWwEAWFsBAAAAAAAAAAAAAAAAAAAAAAAAAAAAiBQAAEg/AACw6wAAyOUAAPgFCABABggAqFABANDxAQAY8gEAYPIBAKjyAQCg3AcA6NwHADDdBwB43QcAwN0HAAjeBwBQ3gcAmN4HAHh3AQAgQQIAaEECALBBAgD4QQIAQEICAIhCAgDQQgIAGEMCAGBDAgCoQwIA8EMCADhEAgCARAIAyEQCABBFAgBYRQIAeLEAAACNAwAYDAAAsL4AAHCyBwCQPwAAEFsBAFhbAQAAAAAAAAAAAAAAAABQjAUAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAHhIBgB4sQAAAAAAAAAAAAAAAAAAGMAAAPCEBgAAjQMAsK4EALC+AACQpAQA2KQEACClBABopQQAsKUEAAAAAABIPwAAkD8AAEDRAADYUQAAIFIAAOAMAQD4XwgAEDsAABjJAAAYDAAAwGkAALhiAADoIAAAQNEAAJg0AAC4YgAAsL4AAMBjBgBA0QAAGMkAAChXBQCYggMAGD0IAOiyBACIFAAASD8AABjAAADwhAYAAAAAAIgUAACwvgAAkKQEANikBADosgQAyDoAABgMAADAaQAAyL4DABgMAAAgiAAAoFYAAACNAwCwrgQASD8AAJCkBAAwQAgAUL4GAEBDBADIOgAAsOsAAJg0AAAo+wAAAAAAAACNAwCwvgAAkKQEANikBACwKgEA+CoBABgMAADAaQAAyL4DAIgUAADQFAAA8HQBAFgDBQCgAwUA6AMFADAEBQB4BAUAwAQFAAgFBQBQBQUAmAUFAOAFBQAoBgUASD8AAEBiAwCIYgMA0GIDABhjAwBgYwMAqGMDAPBjAwA4ZAMAgGQDAMhkAwD4DAQA+HsBAEB8AQAYZAUAYGQFAKhkBQDwZAUAOGUFAIBlBQD4vgAAQEMEAIhDBADQQwQAAI0DAPDtAACwvgAA+FUGAEBWBgDw7QAA0PUAALAqAQCw6wAA+OsAAPDtAABADQQAiA0EANANBAAYDgQAYA4EAKgOBADwDgQAOA8EAIAPBADIDwQAEBAEAFgQBACgEAQA6BAEADARBAB4EQQAwBEEAMghBAA47gAAKPsAANg9BQAAjQMAsK4EADD5AABg4QMAGD0IAJA/AAAQWwEAWFsBAACNAwAAjQMAYF0AALC+AACwGwcA2D0FACA+BQBoPgUAyL4DALC+AAAAjQMA+MAEALDrAACwvgAAmE8AAOiyBADYUQAA0D0BABg9CACYTwAAYNsAANhRAADADAMA2D0FACBSAAAYyQAAsL4AAPi+AAAYYAYA8O0AALC+AADAYwYA2KoHACCrBwAAjQMASI0DAJCNAwDYjQMAsL4AADiwAgCAsAIAyLACABCxAgBYsQIAoLECAOixAgAwsgIAOPMBAHDwBQA4YQYAgGEGAIgUAADQFAAAONMAAIDTAADAYwYAiFgBANBYAQDYUQAA0D0BAJg0AABA0QAAYF0AABg9CADw2wAAONwAAJCkBADYpAQAAAAAAMg6AABIPwAAGAwAAMgtAQCwvgAAsBsHANg9BQAgPgUAaD4FAMi+AwCwvgAAAI0DAPjABACw6wAAsL4AAMBjBgDoIAAAsOsAAFCMBQAINwYAiBQAAEg/AAAYwAAA8HQBAAB6AQDYPQUAID4FAGg+BQCwPgUA+D4FAEA/BQBwTgUAwGMGAOA0AAAAAAAAyDoAANhRAADw7QAAMEAIACBSAAAYyQAAsL4AAMBjBgDwPwMAOLACAICwAgDIsAIAELECAFixAgCgsQIA6LECADCyAgA48wEAGD0IAJA/AAAQWwEAWFsBAAiSCADYPQUAID4FAGg+BQCwPgUA+D4FAEA/BQCIPwUA0D8FABhABQBgQAUAqEAFAPBABQA4QQUAgEEFAMhBBQAQQgUAWEIFANhRAACYWQIAyMcDAACNAwD4wAQAsOsAAHixAACYTwAAYNsAANhRAADADAMAOMoAAPDtAADQ9QAAmDQAACj7AABQjAUAwGMGAOA0AAAAAAAAyDoAANhRAADw7QAA0PUAABCVAADIvgMAQNEAABB6AACwvgAAOLACAICwAgDIsAIAELECAFixAgCgsQIA6LECADCyAgA48wEAAI0DAEDRAACw6wAAmDQAANhRAAAgUgAAsL4AABCVAADIvgMAQNEAABB6AACwvgAAOLACAICwAgDIsAIAELECAFixAgCgsQIA6LECADCyAgA48wEAsL4AAHCyBwC4sgcAWCMGAKAjBgBwkgYAuJIGAACTBgBIkwYAkJMGAJhPAADosgQAiDIGAIgUAACwvgAAsBsHAGhwBgBIXQYA2FEAACBSAAAYyQAAsL4AALAbBwD46wAAwKsGADiwAgCAsAIAyLACABCxAgBYsQIAoLECAEg/AACw6wAAmDQAAMi+AwDIvgMA8O0AADBACAAgUgAA6CAAABhgBgCwvgAAcLIHAIgUAADQFAAAONMAAOggAAAYYAYAYGAGAKhgBgDwYAYAmDQAANhRAABY3QAAmDQAAEgIBwCoiAUA8IgFACBSAABIpQYAaHAGALBwBgBIFwEAGAwAAGBdAACYNAAAKPsAAFCMBQAwWgYAqI0GABgMAADILQEAsL4AAIgUAAAw+QAAePkAAMD5AAAYFQAAyJsFABCcBQBYnAUAoJwFAOicBQAwnQUAeJ0FAMCdBQDgGQAAKBoAAHAaAAC4GgAAABsAAEgbAAAAfgAASH4AAIgMAgBA0QAAQL4HAOiyBACYNAAAiFgBANhRAAAgUgAA+BsHAJiMBQDgjAUAKI0FAHCNBQC4jQUAAI4FAEiOBQCQjgUA2I4FACCPBQBojwUAsI8FAPiPBQBAVgYAYIwEAKiMBADwjAQAyDoAAMi+AwCQpAQA2KQEAJg0AADIvgMAsL4AAMg6AADIvgMAAAAAAACNAwCwvgAAsBsHANg9BQAgPgUAaD4FALA+BQD4PgUAAI0DAPDtAACwvgAA+IsGAOAZAAAoGgAAcBoAANhRAAAQegAASD8AAIgUAADQFAAAONMAAIDTAADoCgEAYC4FANAUAACYTwAA6LIEAKiNBgAYDAAAyC0BAFCMBQAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYA6LIEAEgAAABY3QAAiBQAAEg/AACw6wAAmE8AAACNAwDw7QAA6AoBAFjdAAAYyQAAKFcFAHBXBQC4VwUAAFgFAEhYBQCQWAUA0PUAABgMAAAgiAAA4BkAABgMAADwdAEAGMkAAChXBQBwVwUAuFcFAABYBQBIWAUAkFgFANhYBQAgWQUAaFkFALBZBQD4WQUA+L4AABhgBgDw7QAAmDQAANhRAABIPwAAkD8AABBbAQBYWwEAuIYAANjIBAAgyQQAaMkEALDJBAD4yQQAQMoEAEg/AAAAfgAASAAAAFgVBQDw7QAAOO4AAEAZAQBIXQYAsL4AAPi+AABAvwAAiL8AAJhABgDgQAYAcPAFALjwBQAA8QUAiBQAADD5AAB4+QAAwPkAAJCkBADYpAQAGAwAAGAMAABgXQAAyDoAALDrAADYPQUAAI0DAMi+AwBIPwAAiBQAADD5AAB4+QAAwPkAAIgUAADQFAAA8O0AALC+AAD4iwYA4BkAACgaAABwGgAAiBQAADD5AAB4+QAAwPkAADBRBgDYgQYAIIIGAIhYAQDYUQAAyL4DAEg/AAD4iwYAQIwGABB6AADosgQAsL4AADBaBgCojQYAGAwAAMgtAQCwvgAAcPAFADhhBgCAYQYA6AoBAGAuBQDQFAAAmE8AAACNAwAAUAcAyDoAAEgAAACwvgAA+L4AAEC/AACIvwAAmEAGAOBABgDQvwAAWLUBAACNAwDI5QAA+AUIAOiyBACYNAAA2KoHAIgUAABIPwAAmIIDABgMAADI5QAAqBAIAPAQCADw7QAA0PUAABgMAABgDAAAYF0AAIhYAQD47QQAyL4DABC/AwDIvgMAyL4DAPDtAADQ9QAAGAwAACCIAADgGQAAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAPB0AQD4ewEAMPkAAHj5AADA+QAAQHUFAIh1BQDQdQUAGHYFAGB2BQCodgUA8HYFADh3BQCAdwUAyHcFABB4BQBYeAUAoHgFAOh4BQAweQUAeHkFAMB5BQAIegUAsL4AAHixAACQZgYAYAwAAMhXBAAQWAQAWFgEAKBYBAA45wQA6LcFADC4BQB4uAUACDcGABBbAQBYWwEAcLIHABgMAADILQEAEC4BAEDRAABgXQAAGF4CAIgMAgDo1AAAsL4AAMBjBgDwPwMAiBQAAEg/AACYTwAAsL4AADiwAgCAsAIAyLACABCxAgBYsQIAoLECAOixAgAwsgIAOPMBAPB0AQC4hgAA2MgEACDJBABoyQQAsMkEAPjJBABAygQAiMoEANDKBAC40AQAAAAAAAAAAAAAAAAAoNYEAOjWBAAw1wQAeNcEAMDXBAAI2AQAUNgEAJjYBAAAAAAAAAAAAODYBAAo2QQAcNkEAMhWAgCwGwcA+OsAAPi+AAAYYAYAYGAGAKhgBgDwdAEAqDoCAPA6AgCgvQgA6L0IADC+CAB4vggAmDQAAEDRAABgXQAAGD0IAPi+AABAQwQAiEMEANBDBACIFAAA0BQAADjTAACA0wAAOMgFAIDIBQDIyAUAEMkFAMi+AwD4XwgAYF0AABg9CACIFAAA0BQAADjTAADoIAAAGGAGAGBgBgCoYAYA8GAGAIjvBgCQPwAAEFsBAFhbAQD4ewEAQHwBABhkBQAAfgAACCgDANDPBQAY0AUAYNAFAKjQBQCIFAAAMPkAAHj5AADA+QAAyL4DAPh7AQBAfAEAGGQFAAB+AAAIKAMA0M8FABjQBQBg0AUAqNAFAIgUAAAw+QAAePkAAMD5AADIvgMAAH4AAAgoAwDQzwUAGNAFAGDQBQCo0AUAMFEGAHhRBgDgNAAA6AoBAPhqAwBICAcAKFcFAGBdAACoXQAAkN0BANjdAQCwvgAAyDoAAPDtAABgXQAAkKQEANikBAAYDAAAYAwAAGBdAACIWAEA+O0EAHDwBQCYWQIA4FkCAChaAgBwWgIAuFoCALC+AABwsgcAiBQAALDrAABocAYASF0GALC+AAD4vgAAGGAGAPDtAACwvgAAMFEGAHhRBgDgNAAA6AoBAPhqAwBICAcAKFcFAGBdAACoXQAAkN0BANjdAQCwvgAA+IsGAECMBgAQegAA6LIEALC+AAD4vgAAQEMEAIhDBADQQwQAGGUHAGBlBwAYyQAAKFcFAAB+AACwvgAA2FEAACBSAACwvgAAwGMGANiqBwBIXQYAsL4AAACNAwDoIAAAsL4AALAbBwDQzQEAGM4BAPiLBgBgDAAA+MAEAPDtAAAQegAASD8AAGBdAACoXQAAEHoAABhiAQB48wYAwPMGAEhdBgCwvgAAcPAFALjwBQAYfAgAYHwIAKh8CADwfAgAOH0IABg9CADIvgMAsL4AABjJAAAoVwUAAH4AALAbBwDQzQEAGM4BABjJAAAoVwUAAH4AABgMAACwvgAAwGMGAIhYAQDQWAEA2FEAANA9AQCYNAAAQNEAAGBdAADYUQAAwAwDAJg0AABA0QAAYF0AABg9CAD4VQYA8O0AADBACACIWAEA+O0EAEDuBACwvgAA+L4AABhgBgBgYAYAqGAGAPBgBgD4vgAAGGAGAPDtAACwvgAAEJUAAMi+AwBA0QAAEHoAAIgUAADQFAAAONMAAOggAAAYYAYAYGAGAKhgBgDwYAYAiO8GABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgAQegAAWHoAALAhAQD4IQEAQCIBAMi+AwBIPwAA6CAAAOggAAAYYAYAYGAGAKhgBgDwYAYAiO8GAJA/AAAQWwEAWFsBAAhkBgCw6wAA2D0FAFC+BgBQjgAA4DQAACCTBADIOgAA8O0AALAbBwD46wAAwKsGAPi+AABAQwQAEDoHAOAMAQCABQIAyAUCABAGAgBYBgIAoAYCAOgGAgAwBwIAeAcCAEDRAABAvgcAkKQEANikBAAYDAAAYAwAAGBdAACIWAEA+O0EAMi+AwDwdAEAkKQEANikBAAAAAAAyDoAANhRAADw7QAA0PUAALDIAgCwvgAAAH4AAAgoAwDQzwUAGNAFAGDQBQCo0AUAMFEGANiBBgAgggYAiFgBANhRAADIvgMASD8AABgMAACwvgAAMFEGAHhRBgDgNAAA6AoBAPhqAwBICAcAKFcFABB6AABIPwAASAAAALDrAADYPQUAAI0DABgMAADILQEAUIwFAJiMBQDIxwMAGMAAAPCEBgDwdAEAGMkAAAB+AADIxwMAiBQAALDrAACYNAAAKPsAANg9BQAAjQMAsK4EALC+AAD4vgAAQL8AALhiAABgXQAAGAwAAOAZAABIJwYAqIgFAEDRAACYVQMAKPsAAJg0AABg4QMAsL4AAHCyBwCQPwAAEFsBAFhbAQBg4QMA8HQBAOgKAQBoMQYAsDEGAPgxBgBAMgYA2FEAANA9AQAYPgEAYD4BAEg/AACYNAAA6MoHALC+AAAAjQMA+MAEALDrAACwvgAAAI0DAOggAACwvgAAAH4AAMjHAwAQyAMACCgDAPDtAACQPwAAAH4AAEh+AACQfgAAMPkAANDpAwBQjAUAyL4DALC+AABA0QAASF0GALC+AADAYwYA2KoHANAUAAA40wAA0M0BABjOAQC4oAcAsL4AADBRBgDYgQYAIIIGAGiCBgCwggYA+IIGABjJAABgyQAAAI0DAABQBwCYQAYA4EAGABgMAAAYDAAAwBIGAAgTBgCwvgAA+L4AAEC/AAAwLQYAeC0GAMAtBgAILgYAUC4GAJguBgDgLgYAKC8GADBRBgB4UQYAQBkBABgMAADgGQAAcLIHAJA/AAAQWwEAWFsBABB6AAAYYgEAkEMIABjJAADosgQAMLMEALC+AABw8AUAuPAFAADxBQCw+wUA+PsFAPDtAADQ9QAAmDQAAMi+AwCwvgAAAAAAAJBLBgCwvgAA6LIEAJg0AADYqgcAyL4DAGBdAAAYPQgAyL4DAHCyBwC4sgcAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAyOUAAPB0AQBIAAAAkAAAALiUAQAAlQEASJUBAEC7AQCIuwEA0LsBABi8AQBgvAEAwGMGACj7AADAYwYAKPsAAAAAAAAgVQYAsL4AAMi+AwAYjAQAcDkIALg5CAAAOggASDoIAPB0AQBA0QAASF0GALDrAABQjAUAeHcBAOiyBACYNAAAQBkBAOiyBACYNAAAOIsAALC+AAD4vgAAQL8AAIi/AADQvwAAkD8AABBbAQBYWwEAAAAAAIgUAACw6wAAmDQAAHCzAACwvgAAcLIHAJA/AAAQWwEAWFsBAACNAwD4wAQAEDsAAEDvBgCIDAIA0AwCAPhVBgBIPwAAsOsAAFCMBQBAYgMAsOsAAFCMBQCYNAAAQBkBAND1AAD4VQYASD8AALDrAABQjAUAQGIDALDrAABQjAUAGAwAAKBWAADoVgAAMFcAAHhXAABwLwYAuC8GALC+AABA0QAASF0GALC+AAD4iwYAoFYAAOhWAAAwVwAAeFcAAEgAAADYgQYAIIIGAAB+AABIfgAAiAwCAOAZAAAoGgAA0PUAABCVAABY1QIAQGIDALDrAADYPQUAAI0DAAB+AABAtwIA2FEAACBSAADw7QAAOO4AAOA0AABIPwAAQNEAAJg0AADgNAAA6AoBALC+AAB4sQAAAH4AAAgoAwAYDAAAyC0BALC+AACQpAQA2KQEALAqAQB4tAYAiBQAALDrAACwvgAAOLACABhiAQB48wYAwPMGAPDhAwBgXQAAmDQAADiLAADILQEAIHwDADBRBgDYgQYAIIIGAGiCBgCwggYA+IIGAECDBgCwvgAAOLACAICwAgDghAcAKIUHAHCFBwC4hQcAAIYHAEiGBwCwvgAAmE8AANhRAADADAMA0M0BALC+AABwsgcAuLIHAPCEBgA4hQYACA0DADiwAgCAsAIA6LgHAPDtAADgfgQAEHoAAEg/AAAYDAAAIIgAAMjlAABYAAgAoAAIAPCEBgA4hQYA2FEAAMAMAwBQjAUAyL4DALC+AACYTwAA2FEAAMAMAwDQzQEAsL4AADiwAgCAsAIA6LgHADC5BwDIOgAAQNEAALDrAABQjAUAqJYGAPCWBgAYDAAA6CAAAFCOAACYjgAA4I4AABgMAADgiAYAKIkGAHCJBgC4iQYAAIoGAACNAwAAjQMAAFAHALAbBwDYPQUAID4FAGg+BQDIvgMAsL4AAACNAwD4wAQAsOsAALC+AABw8AUAuPAFAACNAwDoIAAASD8AAMi+AwBIPwAAyL4DALC+AACwGwcA2D0FACA+BQBoPgUAsD4FAPg+BQBAPwUAcE4FAOCRBgAokgYAGAwAAMgtAQCwGwcA2D0FACA+BQBoPgUAyL4DALC+AAAAjQMA+MAEALDrAACwvgAAcPAFALjwBQAAegEAIGsFAEAcBwA4lwYAgJcGAMiXBgAQmAYAWJgGAKCYBgDomAYAMJkGAHiZBgDAmQYA4KMGACikBgBwpAYAuKQGAAB6AQDYPQUAID4FAGg+BQCwPgUA+D4FAEA/BQBwTgUAUIwFABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgDAYwYA6CAAALDrAABQjAUACDcGALAbBwD46wAAwKsGAEDRAABAvgcAwGMGANiqBwAgqwcAcPAFALjwBQAYfAgAYHwIAKh8CADYqgcAEHoAAEg/AAAAjQMA6CAAALC+AABwsgcAkD8AABBbAQBYWwEAsL4AAIgUAADQFAAAONMAAIDTAADI0wAAuLIHAPCEBgCIDAIAcLIHALiyBwDwhAYAiAwCAIgUAADQFAAAGBUAAHCyBwCQPwAAEFsBAFhbAQBIPwAAGMAAAGDAAACowAAA8MAAADjBAACAwQAAcLIHAJA/AAAQWwEAWFsBAEg/AADYUQAAiFgBAPjtBACwvgAAyDoAABA7AABgsQYAqLEGAPCxBgA4sgYAgLIGAMiyBgAQswYAWLMGAKCzBgDoswYAMLQGALC+AADIOgAAEDsAAJhPAABg2wAAqNsAAFCMBQDIvgMAsL4AAHCyBwC4sgcAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYA6CAAADAhAACQPwAAEFsBAFhbAQAYyQAAYMkAAMi+AwCwvgAAiBQAANAUAAA40wAAgNMAAMjTAAC4sgcAYMAAAKjAAADwwAAAOMEAALC+AAD4iwYAQIwGABB6AAAQegAASD8AABgMAAC4sgcAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAmE8AAGDbAAA4iwAAsL4AAIgUAADQFAAAONMAAIDTAADI0wAAuLIHAGDAAACowAAA8MAAADjBAACAwQAAuLIHAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAFi1AQAAAAAAiBQAAFi1AQCgtQEAsBsHAPjrAADAqwYAOLACAICwAgDIsAIAELECAFixAgCgsQIA+FUGAEBWBgBgjAQAAI0DAEiNAwCQjQMAMFEGANhRAAAgUgAA+IsGAIh/BwDQfwcAQBkBAJCkBADYpAQAmDQAAOA0AABAjAYAEHoAABB6AABIPwAASD8AAEDRAABAvgcAwGMGAEDRAABgXQAAkKQEANikBACYNAAAyL4DALC+AAAwUQYA2IEGACCCBgAIMwcAUDMHAJgzBwDgMwcAKDQHAACNAwDoIAAAsL4AAMg6AAAQOwAAQO8GAIjvBgDQ7wYAGPAGAGDwBgCo8AYAiBQAAPi1AABYAQEA2D0FAEg/AAAYDAAAsL4AAACNAwDoIAAAsL4AAMg6AAAQOwAAQO8GAIjvBgDQ7wYAGPAGAGDwBgCo8AYAiBQAAPi1AABYAQEAAAAAAIgUAADQFAAAsK4EAEg/AACw6wAA2PMAACD0AABo9AAA+OUGALC+AAAAjQMAQNEAABCVAABY1QIAQGIDALDrAACwvgAAMFoGAHhaBgDAWgYACFsGAIgUAADQFAAAGBUAAMBjBgAo+wAAcPsAALj7AAAA/AAASPwAAJD8AADY/AAAyL4DAEg/AADoIAAAQEMEABA6BwBIPwAAyL4DALC+AAAAfgAAyMcDALDrAADQzQEAqI0GAMi+AwCwvgAAYOEDAKjhAwAYPQgAyL4DALC+AABYOAMAAI0DAEiNAwCw6wAA2D0FAACNAwCwrgQA8HQBAMg6AAAQOwAAmE8AAOBPAAA47gAA6MoHAHixAADAsQAAWDgDAKA4AwAAjQMAsK4EALC+AADAYwYA8D8DAFg4AwCIFAAA0BQAALCuBABIPwAAWDgDAKA4AwCIWAEA0FgBABhZAQBgWQEAcPAFALjwBQBoUgAAAI0DAABQBwAwCwEAmE8AANhRAADADAMA0M0BAGhwBgDIOgAAsOsAANDNAQBIXQYA8NsAADjcAACA3AAAyNwAABDdAAD4vgAAQL8AAGDhAwAYDAAAiBQAAFi1AQDAYwYAUKgHAJioBwDgqAcAKKkHAHCpBwAgUgAAGMkAAPB0AQAYyQAAGMkAAPDtAADQ9QAAGMkAAKiIBQAo+wAAUIwFAEg/AACQPwAAEFsBAFhbAQD4iwYA4BkAAKgUBwDwFAcAOBUHALC+AAAAjQMAsBsHAPgbBwCYGAcA4BgHACgZBwBwGQcAuBkHAAAaBwCwvgAAAI0DAGBdAABgXQAAGD0IAEBiAwCw6wAA2D0FACBSAADYAAAAuJcHABgMAACwvgAAGBQHAGAUBwAAAAAAGBQHALDrAADIOgAASAAAABB6AABYegAAsCEBAPghAQBAIgEAAH4AAAgoAwDQzwUAGNAFAGDQBQCo0AUAmDQAAEAZAQDIvgMAwDUEAJhPAACIFAAAEHoAAFh6AACwIQEA+CEBAEAiAQCw6wAAUIwFAKiWBgAAAAAAAAAAAAAAAAA4sAIAgLACAMiwAgAQHwcAWB8HAKAfBwAYDAAAYAwAAGBdAAAYPQgAyOUAAGBdAACoXQAA4PkHACBSAADoIAAAmE8AAGDbAABAGQEAWAAIAJA/AAAQWwEAWFsBAMi+AwBIPwAAQNEAAIjRAAAA6gAAaHAGALBwBgD4cAYA+IsGAECMBgDYUQAAwAwDAFCMBQColgYA8HQBALAbBwD4GwcAQBwHABgmBwBgJgcAqCYHAPAmBwA4JwcA+L4AAEC/AACIvwAA0L8AAAgSBABQEgQAmBIEABjiBQDIOgAAyL4DAMA1BAD4wAQAsOsAALC+AAAAAAAASD8AAJA/AAAQWwEAsL4AAAAAAAAAAAAAAAAAADgwBwD4vgAAQEMEAIhDBADQQwQAsOsAAFCMBQColgYA8JYGAEiNAwCQjQMA+BEFALDrAADY8wAAAI0DALCuBACwvgAA+IsGAOAZAACoFAcA8BQHADgVBwBY3QAAmDQAAGDhAwCo4QMA8OEDADiwAgAYYgEAePMGAMDzBgBA0QAAmDQAAOA0AAAgUgAAWLUBAIgMAgDo1AAAiDIGAMi+AwCwvgAAcPAFALjwBQAAAAAAAAAAAAAAAABA0QAAQL4HAOggAAAYYAYA8O0AAND1AADAYwYAYOEDAKjhAwDgBwAAKAgAADBaBgCojQYA8I0GAJg0AADoIAAAsOsAAFCMBQAINwYAsL4AAMBjBgBg4QMAqOEDAOAHAAAoCAAAMFoGAKiNBgDwjQYAcLIHAJg0AADgNAAA6LIEAOAHAAAoCAAAMFoGAKiNBgDwjQYAcLIHAJg0AADgNAAA6LIEAOAHAAAoCAAAMFoGAKiNBgDwjQYAGF4CACBSAACgVgAAIFIAAIAhBADIrgcAEK8HAFivBwCgrwcAAAAAAPi+AABAvwAAiL8AAGBKBwCoSgcAsL4AALAbBwD4GwcAQBwHABgMAADoCgEAAAAAALC+AACwGwcA+BsHAEAcBwAYDAAA+IsGAECMBgDYUQAAwAwDAFCMBQColgYAMFEGAHhRBgBoEgcA+L4AAEC/AACIvwAAOLACABhiAQBgYgEAEHoAAEg/AACYggMAYF0AABg9CADIvgMAeIMHAMCDBwAIhAcAUIQHAJiEBwD46wAAyL4DAMA1BAD4VQYA+F8IAEBgCAA47gAAKPsAANg9BQAAjQMAsK4EAFjdAAAAfgAAGAwAAAAAAACwvgAAsBsHAPgbBwBAHAcAGAwAADBRBgB4UQYAaBIHAPi+AABAvwAAiL8AAPiLBgBAjAYA2FEAAMAMAwBQjAUAqJYGAMjlAACwvgAAkKQEAMg6AAA4sAIAgLACAMiwAgCIFAAAMPkAAHj5AAAAAAAAGGUHAGBlBwAIJggA+L4AAEC/AACIvwAAACcGADBRBgB4UQYAaBIHAPB0AQDQKggAeIMHAMCDBwAIhAcA8HQBAHCyBwCYggMA4IIDAOjKBwBAMAIA4BkAAMi+AwDwdAEA2FEAACBSAADoIAAAGGAGAFhbAQAYawEAYGsBALAbBwD4GwcAQBwHABgMAACwvgAAkKQEAMg6AAAQOwAA+L4AAEC/AACIvwAAmEAGAOBABgAIQAYAcLIHAJA/AAAQWwEAWFsBAFBABgDQvwAACBIEAFASBACYEgQAwLgFALiyBwCgvQgA6L0IADC+CAB4vggAMFEGAGBdAAAYPQgAmDQAADiLAADgGQAAkKQEANikBAAgpQQAYPYAABhlBwD4owAAQKQAALiGAADosgQAiDIGAJiCAwBg2wAAQBkBAIgUAABYtQEAIFIAABjJAAAYawEAYGsBALAbBwD4GwcAQBwHABgMAACwvgAAkKQEAMg6AAAQOwAAyC0BABAuAQDYqgcAyL4DABC/AwBAGQEAyL4DAFjdAAAAjQMA+MAEAEg/AACQPwAAEFsBAFhbAQBImAcAkJgHANiYBwAgmQcAaJkHAIibAADQmwAAYF0AABg9CACw6wAAUIwFALAbBwCYNAAAOIsAAEiYBwDYUQAA0D0BAMi+AwCwvgAA+L4AAEC/AACIvwAA0L8AAPiLBgBAjAYAEHoAABB6AABIPwAAGAwAACCIAADoIAAAMDcIANgsBwAgLQcAaC0HALAtBwD4LQcAGGUHAGBlBwCoZQcAiH8HAHiMBwDAjAcACI0HAFCNBwCILgcA0C4HABgvBwCwvgAAsL4AAJCkBADYpAQAGAwAAOCIBgBgXQAAsOsAAPB0AQAAfgAAAH4AAEC3AgBAGQEASF0GALC+AABwswAAuLMAAAC0AABItAAAkLQAANi0AACIFAAASD8AALDrAADIiwAAyL4DAOgKAQBoMQYASAAAAEgAAACAIQQAyL4DALDrAACYNAAAYOEDALC+AACwGwcA+BsHAEAcBwAYDAAAyDoAABA7AACwvgAA+L4AAEC/AACIvwAA0L8AAPiLBgBAjAYAEHoAABB6AABIPwAAGAwAACCIAADoIAAAMDcIAJA/AADQ9QAAmE8AAGDbAAA4iwAASD8AAJA/AADQ9QAAwGMGAFCoBwCYqAcA4KgHACipBwBwqQcAuKkHAACqBwBIqgcA8HQBAPi+AABAvwAAiL8AAJhABgDgQAYAcLIHAJA/AAAQWwEAWFsBADiLAACAiwAAyIsAABCMAABYjAAAoIwAAOiMAAAYDAAA8NsAAIgUAACwvgAAcLIHAJA/AAAQWwEAWFsBAFikAwCgpAMA6KQDADClAwB4pQMAwKUDAAimAwBQpgMAiBQAAMi+AwAYjAQAIFIAABjJAADwdAEAcLIHALiyBwAAswcASLMHAJCzBwDYswcAGAwAAEg/AAAYwAAAmDQAANBQAwBIAAAAYF0AAHixAADoIAAAUI4AAJiOAADAEgYACBMGAAhABgBIPwAAkD8AABBbAQBYWwEAUEAGALDrAADY8wAAIPQAAGj0AAAACAcAyL4DAEg/AAAACAcA+OUGAEg/AACQPwAAEFsBAFjdAACg3QAA6N0AADDeAAB43gAAWN0AAOggAABQjgAAmI4AAMASBgAIEwYA8NsAAEg/AACYNAAA2KoHABB6AADw7QAA0PUAAJg0AAAo+wAA2D0FAACNAwCwrgQASD8AABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgDAaQAAKPsAANg9BQCIDAIA6CAAAEBDBABIPwAAyL4DAMi+AwBIPwAASAAAAIAhBADIrgcAEK8HAEg/AACIFAAAEHoAAEhdBgBIPwAAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAEgAAABIAAAAYF0AABheAgAQegAAGGIBACj7AADYPQUAAI0DALCuBAAQegAAQJsAAKhQAQDg3gcAUIwFABjAAACw6wAAUIwFABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgCIFAAA0BQAALCuBACw6wAAaHAGALBwBgBIFwEAGAwAAKBWAABIPwAAiBQAALDrAAAQegAAQJsAAKhQAQDQ8QEAGPIBAGDyAQCo8gEA8PIBADjzAQCA8wEASD8AABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgBIPwAAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAFCMBQAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAsOsAAJg0AADYUQAAIFIAAEg/AACQPwAAYF0AAJg0AAC4YgAAEDsAAMhGBgDosgQAiDIGABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgAYXgIAIFIAAFi1AQDADAMA2D0FAJg0AABg4QMAGF4CANgOAQCYNAAAKPsAANg9BQAAjQMAsK4EAEg/AAAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAKPsAAJg0AACYNAAA4DQAACg1AABwNQAAuDUAAAA2AADw7QAA0PUAABgMAABgDAAA+MAEAPDtAAAQegAASD8AAOggAABQjgAAmI4AAMASBgAIEwYASD8AABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgAYyQAAKFcFAHBXBQAQlQAAyL4DAEDRAAAQegAAEHoAAECbAACoUAEA0PEBABjyAQBg8gEAqPIBAPDyAQA48wEAgPMBAEg/AAAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYA2FEAANA9AQAYPgEAYD4BAKg+AQDwPgEAOD8BABgMAADILQEAEC4BACj7AABQjAUASD8AABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgB4SAYAAFQGAEhUBgBIPwAAGMAAAKC9CADovQgAML4IAHi+CADAvggACL8IAFC/CABIPwAAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAHhIBgAAVAYASFQGABB6AABAmwAAiJsAANCbAABgXQAAGD0IALDrAADYPQUAAI0DALCuBABIPwAAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAHhIBgAAVAYASFQGANg9BQAgPgUAaD4FALA+BQD4PgUAQD8FAKChBgDooQYAMKIGAHiiBgDAogYACKMGAFCjBgCYowYAeEgGAABUBgBIVAYAyDoAABA7AADIRgYA6LIEAIgyBgBAYgMA6AoBADALAQDIvgMAGIwEAACNAwBIPwAAGMAAAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAHhIBgAAVAYASFQGABgMAACIFQIA0BUCABg9CAAYwAAAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAeEgGAABUBgBIVAYASAAAAEAwAgCIMAIA0DACABgxAgBgMQIAqDECAPAxAgA4MgIAgDICAMgyAgAQMwIAeEgGAABUBgBIVAYA6CAAAGBdAABIXQYAmE8AAGDbAABIXQYAGAwAAIgVAgDQFQIAGD0IABjAAABYIwYAoCMGAOgjBgAwJAYAeCQGAMAkBgB4SAYAAFQGAEhUBgAANwIASDcCAJA3AgDYNwIA8HQBALC+AABwsgcAuLIHAGDAAACowAAA8MAAADjBAACAwQAAAAAAALC+AACQpAQA2KQEALAqAQB4tAYAwLQGAAi1BgBQtQYA+IsGAIgUAAAw+QAA6MoHAEAwAgDo1AAAMNUAAPiLBgCIFAAAMPkAAOjKBwBAMAIA6NQAADDVAABwsgcAuLIHAGDAAACowAAA8MAAADjBAACAwQAAGGUHAAgmCADAYwYA4DQAACCTBADIOgAAmDQAAMBjBgDgNAAAIJMEAMg6AACYNAAAYOEDALC+AAAYZQcACCYIAFAmCACYJggA4CYIACgnCABwJwgAuCcIAAAoCADIOgAAYF0AAGBdAACwvgAA+FUGAEBWBgCIVgYA0FYGAFC+BgDoIAAAMCEAAJA/AAAwQAgAIFIAABjJAACwvgAAcPAFAMAMAwBQjAUAmIwFABgMAABIPwAA6CAAALDrAACwvgAAOLACAICwAgDIsAIA4N4HACjfBwBw3wcAuN8HANhRAAAYyQAA6LIEADCzBACwvgAAOLACAICwAgDIsAIA4N4HACjfBwBw3wcAuN8HALhiAAAYDAAA4BkAAMi+AwCwvgAAQNEAAEhdBgDwdAEA+KMAAFAmCACIFAAAyL4DALC+AAAAjQMA6CAAALC+AABw8AUAuPAFAIgUAABIPwAAkD8AALC+AABwsgcAuLIHAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAHhIBgD4iwYAiH8HANB/BwBYLgEAoC4BALC+AACwGwcAaHAGALBwBgD4cAYAQHEGABhlBwBgZQcAwGMGAEDRAAAAjQMAiFgBAPjtBABwsgcAuLIHAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAHhIBgCYTwAAYNsAADiLAACwvgAAsBsHANDNAQAYzgEAYM4BAEBWBgDw7QAA0PUAALAqAQCw6wAAsL4AADiwAgAYYgEAkEMIANhDCAAgRAgAAI0DAOggAACwvgAAsBsHANDNAQAYzgEA+L4AABhgBgBgXQAAYF0AAKhdAACYTwAA2FEAACBSAAAYyQAAsL4AAHCyBwC4sgcAWCMGAKAjBgDoIwYAMCQGAHgkBgDAJAYAyDoAAPDtAAAwQAgAIFIAABjJAACwvgAAMFoGAHhaBgDYqgcAyL4DAGBdAAAYXgIAIFIAABjJAACwvgAAAI0DAOggAACwvgAAsBsHANDNAQAYzgEA8E8IADhQCACAUAgAyFAIABBRCABYUQgAoFEIAOhRCAAwUggAeFIIAMBSCAAIUwgAUFMIAPDbAAA43AAA+KIHANiqBwDQFAAAONMAANDNAQAYzgEAuKAHALC+AABwsgcAuLIHAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAHhIBgAAjQMAEHoAABB6AADIOgAA8O0AAPDtAADQ9QAAsMgCAAAAAACwvgAAiBQAAPCXCAA4mAgAgJgIAHDwBQC48AUAGHwIAGB8CACofAgA8HwIADh9CADAYwYAyL4DAMi+AwBIXQYAmDQAAEAZAQCIFAAAsL4AAMBjBgDIvgMAyL4DADBRBgCIFAAA8JcIADiYCACAmAgAcPAFALjwBQAYfAgAYHwIAKh8CADwfAgAOH0IAMBjBgDIvgMAyL4DABgMAADILQEAEC4BAGDhAwCo4QMAGMkAAChXBQAAfgAAsL4AAHDwBQC48AUAGHwIAGB8CACofAgA8HwIADh9CABA0QAAiNEAAFhcAwBA7wYAYF0AABg9CABw8AUAuPAFABh8CABgfAgAqHwIAPB8CABgyQAAsL4AABjJAAAoVwUAcFcFAIgUAADwlwgAOJgIAICYCABw8AUAuPAFABh8CABgfAgAqHwIAPB8CAA4fQgASAAAANiBBgAgggYAiFgBANhRAADIvgMASD8AAJA/AAAYDAAAyC0BAGhwBgCwcAYAKPsAAFCMBQAYyQAASF0GAPB0AQAANwIASDcCAJA3AgDYNwIAmE8AANhRAADADAMA0M0BALC+AABwsgcAuLIHAFgjBgCgIwYA6CMGADAkBgB4JAYAwCQGAAB6AQAgawUAQBwHAMgwBwBAvwAAiL8AANC/AADw2wAAONwAALAbBwD46wAAwKsGAJCkBADYpAQAkD8AAMg6AAAQOwAAsL4AADBRBgB4UQYAaBIHAEgAAAAAfgAAsL4AAHCyBwCQPwAAEFsBAAAAAABYWwEAgLACAOCEBwCQkQIAQLcCANiqBwDIvgMAsL4AAPi+AABAvwAAiL8AANC/AACYTwAA2FEAAMAMAwDQzQEAsL4AAHCyBwC4sgcA8IQGADiFBgAIDQMAOLACAICwAgDouAcAkEsGANhLBgDYSwYAOF0HALiGAADYyAQAIMkEAGjJBABAbQcAiG0HAEgAAADYgQYAIIIGAGiCBgCwggYA+IIGAECDBgCwvgAAOLACAICwAgDghAcAKIUHAHCFBwC4hQcAAIYHAEiGBwAYXgIAUL4GAJi+BgBAYgMASF0GABB6AABYegAAGMkAAGDJAACYNAAA0M0BABjOAQC4oAcAAKEHAMBjBgAIZAYAUGQGALAbBwD4GwcAQBwHAMgwBwBAvwAAiL8AAJhABgDgQAYA+OsAAMCrBgD4iwYA4BkAAEg/AACwGwcA0M0BABjOAQD4vgAAMDcIAHg3CADANwgACDgIAPiLBgCIfwcA0H8HAFguAQCgLgEAsL4AALAbBwBocAYAsHAGAPhwBgCQpAQA2KQEABhlBwDw7QAAyDoAABA7AACwvgAAAH4AAEC3AgCIWAEA+O0EABhgBgDw7QAAsL4AAAB+AAAIKAMA8O0AAND1AABw8AUAuPAFAOggAAAYYAYA8O0AAAB+AABAtwIAKPsAANg9BQAAjQMASD8AAEBiAwDIOgAAsOsAANg9BQAAjQMAsK4EALC+AAD4vgAAQL8AAIi/AADQvwAA+L4AABhgBgDw7QAAsL4AALAbBwCYNAAAOIsAANDNAQAYzgEAuKAHAAChBwBIoQcAIKIHAGiiBwCwogcA+L4AAEC/AACIvwAAYEoHAKhKBwCwvgAAsBsHAPgbBwBAHAcAeHcBACBBAgBIFQYAkBUGANgVBgAgFgYAaBYGALAWBgD4FgYAQBcGAMAHAgAICAIA4IQHACiFBwCYZgEA4GYBABg9CACAiwAAsNQIAPjUCADILQEASF0GAEhdBgBoiAAA4PUIAHiWCQDIvgMAAAAAAEDVCACI1QgAKBoAAPjlBgCQzwkA+OUGAGDxCABg8QgASGMAALDIAgCIzAgAyL4DAOiyBADIvgMAyOAIABDhCAB4MwkA+OUGAMjgCAAQ4QgAeDMJACgaAACw1AgA+NQIAIhBCQDA+QAAsL4AADhhBgDg9QgA8HQBALDrAABg8QgA0D0BAMi+AwDg9QgAEO8AAKDYCADo2AgAYPEIABDYCABY2AgAoNgIAJBsCQCg2AgAkGwJAGDxCAAA5QgAsL4AAMjgCAAQ4QgAyOAIABDhCADI4AgAEOEIADDZCAAoIwkAAL0JAEi9CQDI5QAAENgIANBuCQCg2AgA6NgIAMjlAADIvgMAsL4AAJDPCQCwvgAAaL4JANjcCABg8QgA4PUIAOD1CAAgfAMAIHwDACB8AwDwdAEAYOEDAEC+BwDwwgQAQL4HALjfBwC43wcAsOsAAIi5BgDAcgkAeLEAABgMAAAYDAAA8OgIAJhPAAB4sQAAYPEIABgMAACYTwAAYPEIAGDxCABg8QgAYPEIAGDxCADQbgkA0G4JAGDxCABg8QgAYPEIAGDxCABg8QgAYPEIANBuCQDQbgkA0G4JAGDxCABg8QgAYPEIANBuCQDQbgkAAO4IANBuCQDQbgkAYPEIAPDtAADYyAQAsL4AABgMAAAYDAAAYPEIAGDxCABgXQAAYPEIAMjgCAAQ4QgA8HQBAOD1CACQzwkAGAwAAFjzCACwvgAA8PAGAOAZAABIXQYA6LIEAIgUAADIvgMAYBMFAMi+AwBwfQkA4PUIABiuCQBg8QgAGAwAANgXAQCYTwAAmE8AAJhPAACQzwkAmE8AAMj3AAAQlQkAsJEJAPiRCQCI+QgAkM8JAJDPCQBIAAAAiBQAAEg/AADo/AgASF0GADBpCQBIAAAAEJUJAOAHAADgBwAA4AcAAOhECQDg9QgA6PwIAMgtAQBIXQYAkAAJAPgLAgAo9wEAsFIJANBjBQDYzwkAyL4DANBuCQCAeQkAyHkJAKD0AQDI4AgAEOEIAHgzCQDAMwkA0G4JAJDPCQDAsgIAeCEJANBuCQBg8QgAYPEIAMjgCAAQ4QgAYPEIAHj0CADA9AgAYAwAAOD1CADo/AgAkM8JALC+AABQYQkA2M8JAGDxCAB49AgA2M8JAGDxCAB4IQkAqNAFAHh7AADQbgkAgHkJAMh5CQDI4AgAuHQJABgUBwCQzwkAUGEJAOj8CAAYDAAAwKsGAFAQCQDg9QgAYPEIAHj0CADA9AgA6PwIAMAMAwDYzwkAYPEIANjPCQBg8QgA0G4JAIB5CQDIeQkASD8AABAFCQBYBQkAoAUJAOgFCQAoRwkA0G4JAIB5CQDIeQkAMA8JAEClAgDQbgkAgHkJAMh5CQAIBwkA4IMFAJDPCQDILQEASF0GAJDPCQBQYQkA6PwIACB8AwDI8wEAUIwFAGDxCABg8QgACIUJANBuCQDYzwkAYPEIAHj0CADYzwkAGD0IALC+AACwvgAAYPEIAHj0CADA9AgAQD8FAGDxCADQbgkA2M8JAKDYCADo2AgAyL4DAIBDCQAYPQgAYPEIAEiTBgCQzwkAGD0IALC+AABobQkAyL4DANBuCQBg8QgA0G4JAGDxCADYzwkA2M8JANjPCQBg8QgAYPEIAJDPCQAAGwAA6PwIALC+AACwyAIA2M8JAGDxCAB49AgAwPQIABg9CABg8QgAePQIAMD0CADg9QgAAAAAABg9CADg9QgAkM8JADBpCQDoFQUAMA8JAJDPCQCwrgQAKCMJAMjgCAAQ4QgA4PUIAJDPCQCA8wEAYPEIAGDxCAB49AgAwPQIAMi+AwAAGwAAYPEIAGDxCAB49AgAwPQIAJjECQAAAAAA0G4JAIB5CQDIeQkA4PUIAAgHCQCwvgAA6LECAFBhCQDo/AgAUCgDAAAAAACQzwkAUGEJAOj8CABQKAMA6DIJANBuCQCAeQkAyHkJAJh8CQDw8QgAkM8JALCuBABg8QgAePQIAMD0CACQzwkASF0GALC+AAAQOwkAYPEIAHixAAAQWAQAsOsAABiuCQBIXQYAsMgCAJDPCQCQPwAAmGEJALDrAAAwIQkAsL4AALC+AADg9QgAeDMJAPjlBgAoIwkAsL4AAIhBCQDADAMA4PUIAAgHCQAwIQkAIFIAAMi+AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIQQkA+OUGAFBhCQCQzwkAEJUJAFBhCQDIvgMAYPEIAHghCQB4IQkAYPEIAPDxCAAYawEA+McJAIB5CQDIeQkACAcJAGDxCADw8QgAIHwDANBuCQAgfAMASD8AALDrAAAQvwMAkM8JAJg0AAAQvwMA2M8JAPBLCQAwIQkA6DIJAJDPCQBIXQYAMDMJAGDxCACQzwkAgPMBALC+AADg9QgAgPMBAGDxCAB49AgAwPQIAHBQCQC4UAkAIHwDACB8AwCQzwkAgPMBAIDzAQDosQIAuH0JALC+AACQzwkAgFUJAOAHAAAIngUAGMkAAOBYCQAoWQkASAAAAEgAAABAPwUAkM8JAJDPCQCIFAAA0G4JAIB5CQDIeQkA4PUIALC+AABg8QgAePQIAMD0CAAYZQcAyOAIALh0CQDYbAkAgFUJALCuBACAVQkAgFUJAMi+AwCIFAAAyOAIALh0CQAQ4QgA0G4JAOD1CACAVQkAyFUJABBWCQA4XgkAiHcJAGDxCACA8wEA4PUIABjLBAAA0QQAAAAAAFBGCQCYRgkAAAAAAAAAAAC42QQAwKsGAPBgBgDg9QgAkM8JAJDPCQCYYQkAYPEIAHj0CADA9AgAkM8JALC+AACQzwkAsL4AAJDPCQD45QYAkM8JAPjlBgCwvgAAkM8JAOAHAACQzwkA4AcAAJDPCQAIJggA+OUGAOj8CAAYDAAAGAwAAOj8CAAYPQgAkM8JALh9CQDwdAEA0G4JAIB5CQDIeQkAYPEIAHj0CADA9AgAsL4AAND1AACQzwkAsL4AAJDPCQDg9QgA4AcAAJDPCQCQzwkAsK4EADiFBgDg9QgAsOsAAIhYAQCw6wAAYPEIAHj0CADA9AgA4PUIAOhxCQDIvgMASF0GAECDBgDwdAEA8KUJALh0CQAojwAAsL4AAAAAAAAAAAAAkGwJAIBwCQDIcAkAEHEJAJDPCQBg8QgAePQIAMD0CACwvgAA4AcAACB8AwAgfAMAeLEAALC+AADQbgkAsL4AAOD1CADwdAEA4PUIAKi8AQAQlQkAEJUJABhlBwDg9QgAkM8JALC+AADI4AgAEOEIAGDxCAB49AgAwPQIAGDxCACwvgAAyL4DAJDPCQDIvgMAWHEJAHAvBgCwrgQA4AcAAFiXBACQtAkAMLkHAHixAACQzwkAoNgIAOjYCABIigYA8KUJAADxBQCwvgAAyIIJALC+AAAA8QUAuJgJAFiDCQAApQYA+KMAANBuCQCAeQkAyHkJALC+AACQzwkAkM8JAGDxCADILQEAyC0BAGDxCACg4QgA6OEIAGDxCADIvgMA2IcJACCICQBoiAkA+OYIANBuCQBg8QgA8PEIAKjJAADAYwYAIIgAANBuCQCg4QgA0G4JAKC1AQD4owAA6LECAKiMBADYjQMAGMkAALDrAADosgQAyL4DAJDPCQAYPQgAUKAJAPDwBgCgAQEA8PAGAKABAQAg/QAAWDgDANjPCQCoWQEAkM8JAOAHAACwvgAAQOcIAOAZAACgtQEAaL4JALC+AADg9QgAYPEIALC+AADoIAAA6CAAABjJAABY3QAAiMwIAAiXCQBgFAcAAAgHAICUCQCwvgAAkM8JALC+AADwlgYAsL4AALC+AACwvgAA6B8HAPBdAAAYYAYAiBQAAGDxCAAYyQAAQHEGAOD1CACwvgAAsL4AALiYCQBYgwkAkM8JAMjgCAAQ4QgAeDMJABA7AACwvgAAsL4AALC+AACAMAcAGAwAAFiDCQCwvgAA2GwJAOgKAQAA8QUAsL4AALC+AACwvgAAkM8JADiOBgA4jgYAOI4GADiOBgAYyQAAGMkAAOivBwCwvgAAyOAIALCjCQC4mAkA8HQBALC+AAC4mAkAsL4AALC+AAB4lgkAGJwJAMjgCABgnAkAsL4AAEi0CQBYuQkAsL4AALC+AAC4mAkAsL4AAHiWCQAYnAkAyOAIAGCcCQCwvgAASGIHABA7AADg3gcAwPkAAMjgCABgbwkAeJYJAOD1CADg9QgAkM8JAOD1CAAYawEAYPEIALiYCQDwdAEAyOAIALh0CQDwtwkAYPEIAPB0AQAQ4QgAeDMJAFCMBQCQzwkAqPYAAEgAAAC4mAkA8HQBALDrAABg8QgAAJgHALCZBwDIvgMAsL4AAMjgCAAQ4QgAeDcIAKhlBwDwdAEA8HQBALiGAAC4hgAAuIYAALiGAADwdAEA4PUIALiGAACwvgAAsL4AALC+AAAAAAAAAAAAALiYCQDwdAEAyOAIABDhCAB4NwgAkM8JALC+AACQzwkAaL4JAOD1CADI4AgAuHQJAFCXCQBg8QgAePQIABDYCAA43AAACJcJAPi+CQBAvwkAiL8JANC/CQBg8QgA8PEIAJimAwDg9QgAEMIJAPB0AQAYPQgAoNgIAJBsCQAYFAcAYPEIABgUBwD45QYAgJQJAPjlBgCAlAkAoNgIAJBsCQD45QYA4PUIAOD1CAA43AAA0G4JANBuCQDQbgkA0G4JANBuCQDQbgkA0G4JANBuCQCg2AgAkGwJANBuCQDQbgkA0G4JAFh6CQDQbgkAWHoJANBuCQBYegkACIUJAFh6CQDQbgkAWHoJANBuCQBYegkA8AMJAFh6CQDQbgkAWHoJABAFCQBYBQkAWOEIALC+AACwvgAA8HQBAOD1CACg4QgAsIgJALDrAACw6wAAoOEIAOjhCABg4QMAaNAJAPB0AQDwdAEAGAwAABgMAADI+wgA4PUIAECkAADQbgkAkM8JAKhlBwCQzwkA0G4JAOj8CACQzwkA6PwIANBuCQCAeQkA6PwIAHjVCQDA1QkA0G4JAPB0AQCwvgAA0NoJALC+AACwvgAAsL4AANDaCQCwvgAA8OEDANDaCQCQzwkAOH0IALC+AACwvgAA0NoJAOD1CAAQBQkAWAUJAKAFCQDQbgkAeEgGALiYCQBYgwkAyOAIABDhCAB4lgkAGJwJALC+AABg8QgA8PEIAMjgCAAQ4QgAeDMJADC5BwAgTAYA8K4JAJC0CQAYPQgAkM8JAGDhAwCYuwkASH4JALiYCQBYgwkAyOAIALh0CQAIQAYAkM8JAOj8CABAcQYAiBQAAJDPCQCwrgQAyOAIABDhCAB4MwkASJgHAJi7CQAovAkAyOAIALCjCQC4mAkAGAwAAJDPCQA=","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAAAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAQAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAMAAAABAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAwAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAABAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAwAAgAMAAAABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAABAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAgAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAADQAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAANAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAMAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAMAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAANAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAADQAAAAAAAAAAAAABgAAMAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAACAAAAAAgABAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAABgAAMAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAQAAIEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAMAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAA0AAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAABAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAABgAAMAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAABAAAgQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAANAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAABAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAEAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAQAAIEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAEAAAAAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAEAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAEAACBAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAQAAIEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAEAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAQAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAACAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAABAAAgQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAABAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAABAAAgQAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAEAACBAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAQAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAMAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAEAACBAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACCAAAAAAAAAAQCAAAAAIAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAANAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAABAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAgAAAAAAAAAAAAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAABAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAQAAAAAAAAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAQAAAEAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAEAAAAAAAgAAAAAAAAAgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAIAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAANAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABAAABAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAACACAAAANAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAgACAAADQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAQAgAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIgAAAAAAAAAABgAAMAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAMAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAABgAAMAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAABgAAMAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAA0AAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAADQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAABAAABAAAAAAADAAAAAAAAAAAAAAAAAAAAAAIAAAAAAYAADAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAANAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAADQAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAgAAABAAAAAAAAAAAAGAAAwAAAAAAAAAAAAAAAAQAAAAABAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAg"},"index":{"lists":[[],[1,2,4,7,17,18,19,20,23,24,25,26,29,30,31,32,33,35,36,37,38,39,40,41,42,46,47,49,50,68,71,72,74,84,85,94,101,103,106,109,110,117,119,120,121,122,124,126,127,130,131,132,133,144],[1,2,4,7,17,18,19,20,23,24,25,26,29,30,31,32,33,35,36,37,38,39,40,41,42,45,46,47,49,50,68,71,72,74,84,85,94,101,103,106,109,110,117,119,120,121,122,124,126,127,130,131,132,133,144],[44,105,150],[59,60,61,136,137,138,139,140,141,142],[127,143],[49,50,66,67,127,132,133],[59,60,61],[38,39,59,60,61,62,79,84,85,86,90,97,102,103,108,114,115,116,123,144],[12,13,48,89,98],[63,156],[6],[1,7,59,60,61,91,117,121,122,144],[59,60,61,65,117,121,122,144],[20,59,60,61,106,117,121,122,131,144],[59,60,61,117,121,122,135,144],[0,2,4,5,10,11,14,15,59,60,61,80,88,106,117,118,121,122,125,128,144,145,148,151,152,155,157],[3,10,14,15,22,25,26,34,52,53,59,60,61,64,69,72,75,80,87,93,95,96,99,106,112,117,121,122,144,153,158],[59,60,61,117,121,122,144],[59,60,61,117,121,122,144,149],[47,59,60,61,117,121,122,144,146,147],[42,51,59,60,61,82,117,121,122,144],[22,54,59,60,61,74,75,92,117,121,122,144],[4,16,59,60,61,117,121,122,144],[28,59,60,61,74,117,121,122,144],[21,31,59,60,61,70,76,77,78,81,83,100,101,111,113,117,121,122,129,134,144],[7,59,60,61,117,121,122,144],[55,56,57,58,73,107,154],[8,9,59,60,61,117,121,122,144],[17],[18,19,23,24],[27,30],[35],[35,41],[40,46,124],[43,104],[124],[37],[37,109,110],[37,127],[37,49,50,127,132,133],[37,45,109,110],[32,33,36,37,38,39,84,85,94,103,109,110,144],[1,7,37,109,110,117,119,120,121,122,130,144],[37,109,110,117,119,120,121,122,144],[20,37,106,109,110,117,119,120,121,122,131,144],[2,4,37,106,109,110,117,119,120,121,122,126,144],[25,26,37,68,72,106,109,110,117,119,120,121,122,144],[37,47,109,110,117,119,120,121,122,144],[37,42,109,110,117,119,120,121,122,144],[37,74,109,110,117,119,120,121,122,144],[4,37,109,110,117,119,120,121,122,144],[37,68,71,74,109,110,117,119,120,121,122,144],[31,37,68,101,109,110,117,119,120,121,122,144],[7,37,109,110,117,119,120,121,122,144],[37,109,110,117,121,122,144],[17,37],[18,19,23,24,37],[30,37],[29,37],[35,37],[35,37,41],[37,40,46,124],[37,124]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,5,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,0,9,10,0,11,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,18,18,18,27,0,0,0,28,0,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,18,18,18,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,29],[9679,30],[9135,31],[215,0],[10003,32],[10004,33],[8730,32],[10006,34],[8505,35],[10007,36],[10008,36],[10060,36]],"plainDefault":0,"spaced":[37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,38,37,37,37,37,37,37,39,37,40,41,37,42,42,42,42,42,42,42,42,42,42,37,37,37,37,37,37,37,43,44,45,44,46,47,44,44,44,44,44,44,44,48,49,50,44,51,52,53,54,44,44,44,44,44,37,37,37,37,55,37,43,44,45,44,46,47,44,44,44,44,44,44,44,48,49,50,44,51,52,53,54,44,44,44,44,44,37,37,37,37,37],"spacedOther":[[160,37],[5760,37],[8192,37],[8193,37],[8194,37],[8195,37],[8196,37],[8197,37],[8198,37],[8199,37],[8200,37],[8201,37],[8202,37],[8232,37],[8233,37],[8239,37],[8287,37],[12288,37],[65279,37],[9676,56],[9679,57],[9135,58],[215,59],[10003,60],[10004,61],[8730,60],[10006,62],[8505,37],[10007,63],[10008,63],[10060,63]],"spacedDefault":37,"blank":37}}},"markers":{"key":"\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?|^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[],[9,10,11,13,14,15,16,18,19,20,21,23,24,25,26,27,28,29,31,32,34,35,47,48,49,50,54,55,63],[9,10,11,13,14,15,16,18,19,20,21,23,24,25,26,27,28,29,30,31,32,34,35,47,48,49,50,54,55,63],[30],[41,42,43],[34,35,45,46],[26,27,41,42,43,44,52,54,55,56,59,64],[4,5,33,59],[44],[41,42,43,60],[41,42,43,44],[2,3,6,7,41,42,43,53,58],[2,6,7,12,15,16,22,37,38,41,42,43,44,49,50,53,57,62,64],[41,42,43,53],[12,38,41,42,43,50,61],[8,41,42,43],[41,42,43,50],[12,19,41,42,43,50,51,53],[39,40,49],[0,1,41,42,43],[11,41,42,43],[41,42,43,48],[32,41,42,43],[29,36,41,42,43],[17,41,42,43],[9],[10,11,13,14],[16,19],[23],[23,29],[28,31],[25],[25,30],[25,34,35],[20,21,24,25,26,27,54,55,63],[15,16,25,47,49,50],[25,50],[25,47,48,50],[19,25,47,50],[25,49],[11,25],[25,48],[25,32],[25,29],[9,25],[10,11,13,14,25],[16,19,25],[18,25],[23,25],[23,25,29],[25,28,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,0,0,5,4,0,6,6,6,6,6,6,6,6,6,6,0,0,0,7,8,0,0,9,10,4,4,11,12,4,4,4,4,4,4,4,4,13,14,4,15,16,17,4,4,4,4,4,4,18,0,0,0,19,0,4,4,20,4,4,21,4,4,4,4,4,4,4,22,23,4,4,4,24,21,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,25],[9679,26],[9135,27],[215,0],[10003,28],[10004,29],[8730,28],[10006,30],[8505,3]],"plainDefault":0,"spaced":[31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,32,31,31,31,31,31,31,31,31,31,33,32,31,34,34,34,34,34,34,34,34,34,34,31,31,31,31,31,31,31,31,31,31,31,31,35,31,31,31,31,31,31,31,31,31,36,31,31,37,38,31,31,31,31,31,31,39,31,31,31,31,31,31,31,40,31,31,41,31,31,31,31,31,31,31,42,43,31,31,31,31,41,31,31,31,31,31,31,31,31,31,31,31],"spacedOther":[[160,31],[5760,31],[8192,31],[8193,31],[8194,31],[8195,31],[8196,31],[8197,31],[8198,31],[8199,31],[8200,31],[8201,31],[8202,31],[8232,31],[8233,31],[8239,31],[8287,31],[12288,31],[65279,31],[9676,44],[9679,45],[9135,46],[215,47],[10003,48],[10004,49],[8730,48],[10006,50],[8505,32]],"spacedDefault":31,"blank":31}},"reported":{"key":"\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[3,5],[6],[4,5,8,12,13,14],[0],[1,10],[2,3,11],[7],[9],[5],[3]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[],[1,3,6,7,8],[6],[3],[3,6],[5,6],[0,6],[0,4,6],[6,7],[2,6],[6,8],[8],[3,6,8],[1,6,8],[6,7,8]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,2,2,2,2,2,2,2,2,2,2,0,0,0,0,2,0,0,2,2,4,5,6,2,2,2,2,2,2,2,2,2,2,2,2,2,2,7,2,2,2,2,2,2,2,0,0,0,2,0,2,2,8,2,8,8,2,2,2,2,2,2,2,2,2,2,2,2,2,9,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,10,0,0,0,0,0,0,2,0,3,11,0,10,10,10,10,10,10,10,10,10,10,0,0,0,0,2,0,0,10,10,12,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,2,0,0,0,10,0,13,10,14,10,14,14,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var ASSERTED = /* @__PURE__ */ new Set(["code.assertion", "code.expectation"]);
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && !interesting(lines[i])) continue;
      this.lineNumber = base + i + 1;
      context.index = i;
      this.context = context;
      this.processLine(lines[i]);
    }
    this.lineNumber = base + lines.length;
    this.context = { lines: [], index: 0 };
    this.remember(lines);
  }
  remember(lines) {
    this.tail = lines.length >= CONTEXT_LINES ? lines.slice(-CONTEXT_LINES) : [...this.tail, ...lines].slice(-CONTEXT_LINES);
  }
  processLine(rawLine) {
    const jsonTest = rawLine.startsWith('{"Time"') ? GO_JSON_TEST.exec(rawLine)?.[1] : void 0;
    if (jsonTest !== void 0 && this.current?.name !== jsonTest && !this.reportMode) {
      this.onMarker({ dialect: GO, event: "run", name: jsonTest, key: `go:${jsonTest}`, afterOutput: false, asserts: false });
    }
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
    if (!this.current) {
      if (this.recentOutside.length >= RECENT_OUTSIDE) this.recentOutside.shift();
      this.recentOutside.push(finding);
    }
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
    if (codeRule && infraHere && ASSERTED.has(codeRule.id) && !EXPECTS_ERROR.test(line)) {
      const sides = assertionSides(line);
      const actualIsRefusal = sides !== void 0 && this.infraIn(sides.actual);
      if (actualIsRefusal && (!NAMES_AN_ERROR.test(sides.expected) || this.infraIn(sides.expected))) {
        this.recordInfra(infra, interpreted, line, "the assertion's actual value is this connection error");
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
