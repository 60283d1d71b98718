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
} from "./chunk-XUA3XT7G.js";
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
} from "./chunk-3PJEKJC6.js";
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
var DIALECTS = [PHPT, PYTEST, UNITTEST, POKU, JEST, VITEST, EXUNIT, MOCHA, NODE_TEST, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 229\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,45,47,196,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,327,329,330,331,332,333,334,335,339],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,10003,10004,8730,10006,8505,35,9762,9888,43,36],"words":6,"quiet":10434,"states":11698,"edges":"AAAAAAAAAAABAAAATQAAAAIAAAAFewAAAwAAAO8MAAAEAAAAm8IAAAUAAABxoAUABgAAAIL3AQAHAAAAqUEGAAgAAADhxQEACQAAAKOBAAAKAAAA30EAAAsAAAAhkAcADAAAAHOGAAANAAAA9RUAAA4AAAAzWgEADwAAAJ6gAAAQAAAAMSMAABEAAACIZgEAEgAAAGwIAAATAAAA2bkBABQAAACznwkAFQAAAI/kAQAWAAAAdv4AABcAAAC10AEAGAAAABDmAQAZAAAAbtkBABoAAAAW7wEAGwAAAIFpAgAcAAAAlYcCAB0AAAAAAAAAHgAAAFi+CgAfAAAAcPUAACAAAAB9FgIAIQAAAAAAAAAiAAAAY6IBACMAAAAu3wAAJAAAAACcAwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAG4MBACkAAABykgEAKgAAANUCBQArAAAAUGUKACwAAAAAAAAALQAAAH/MAQAuAAAAAAAAAC8AAACzGgIAMAAAAA59AgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAADAjAkAPAAAAPqWCQA9AAAAvnAKAD4AAAAAAAAAPwAAAFhxCgBAAAAAAAAAAEEAAAB/hQoAQgAAAMyFCgBDAAAACJMKAEQAAABVkwoARQAAAKKTCgBGAAAAeqQKAEcAAAAWqAoASAAAAOy1CgBJAAAA7gULAEoAAAA7BgsASwAAAP+SCwBMAAAA5uALAE8AAACaAAAAUAAAAE1PAwBSAAAAHv8HAFMAAAD4JwEAVgAAABOQAABYAAAAqIEIAFkAAABq8AYAYQAAAHjoAQBkAAAAF0sDAGoAAAA/OAAAnQAAAOcAAACnAAAAkqkCAOoAAABaQgwAOQEAAIEBAACHAQAAzgEAANUBAAAbAgAAIwIAAGgCAABqAgAAtQIAAL4CAAACAwAADAMAAE8DAABaAwAAnAMAAKgDAADpAwAA9gMAADYEAABABAAAgwQAAJEEAADQBAAA3wQAAB0FAAAfBQAAagUAAHQFAAC3BQAAxQUAAAQGAAAJBgAAUQYAAF4GAACeBgAApgYAAOsGAAD7BgAAOAcAADoHAACFBwAAkwcAANIHAADjBwAAp0IMACYIAAD0QgwAbggAACWYCgB0CAAAuQgAAIUIAADvkwoAiAgAAGfgCADACAAABgkAAAsJAABTCQAAXwkAAKAJAACjCQAA7QkAAPUJAAA6CgAARwoAAIcKAACMCgAA1AoAAN4KAAAhCwAAKQsAAG4LAAB6CwAAuwsAAH0LAAAn4gEAzgsAAAgMAAAWDAAAVQwAAFgMAACiDAAArAwAAEFDDADxDAAA+WgAAPIMAACchAEA9AwAADwNAAD4DAAA0cwJAPkMAADJOwIA+gwAAArdAQD7DAAArBsAAP0MAABQXwEA/gwAADcsAAADDQAAam0CAAwNAAC6MgMADw0AAEjzCgBCDQAAiQ0AAEsNAAAqKgcAjw0AANYNAADqDQAAIw4AADgOAABwDgAAeA4AAL0OAADHDgAACg8AAA8PAABXDwAAXA8AAKQPAACsDwAA8Q8AAAcQAAA+EAAAQBAAAIsQAACYEAAA2BAAAOwQAAAlEQAALREAAHIRAACBEQAAvxEAANARAAAMEgAAGhIAAFkSAABlEgAAphIAALMSAADzEgAA/RIAAEATAABDEwAAjRMAAJUTAADaEwAA3BMAACcUAAA4FAAAdBQAAHoUAADBFAAAzRQAAA4VAAAQFQAAWxUAAGIVAACoFQAAvBUAAI5DDAD2FQAAaAoMAPcVAACKAwIA+hUAAEIWAAD+FQAAjrwBAAMWAAB2zAIARBYAAMm6AABFFgAAYbwGAEkWAADCqAgAShYAAI8WAABMFgAAqSQBAE0WAACKhgYATxYAABreBQBRFgAAUjQJAFMWAAAXswUAWBYAAEEJAgBbFgAAjFUFAJAWAADcFgAAkhYAAOsjBQCVFgAA0FcJAPMWAAApFwAAQRcAAHYXAACBFwAAwxcAANwXAAAQGAAAEhgAAF0YAAB3GAAAqhgAALkYAAD3GAAA/BgAAEQZAABRGQAAkRkAAKEZAADeGQAA5hkAACsaAAA3GgAAeBoAAIUaAADFGgAAzxoAABIbAAAYGwAAXxsAAHMbAADbQwwAshsAAPkbAAC2GwAA6mUKAMMbAABAZgkAFBwAAEYcAABSHAAAkxwAAJkcAADgHAAA4xwAAKzrBADoHAAALR0AADAdAADfEQUANB0AAHodAAA4HQAAgnoGADsdAACBAwMAfx0AAMcdAADTHQAAFB4AABceAABhHgAAaR4AAK4eAAC7HgAA+x4AAAAfAABIHwAAUh8AAJUfAACdHwAA4h8AAOUfAAAvIAAAOCAAAHwgAAB9IAAAySAAAMogAAAWIQAAGyEAAGMhAABpIQAAsCEAALohAAD9IQAABSIAAEoiAABNIgAAlyIAAJoiAADkIgAA9SIAAChEDAAzIwAAOosBADYjAAC1ogkAOiMAAPCiCwA9IwAAfiMAAD8jAACCFAcAliMAAMsjAADOIwAAGCQAACQkAABlJAAAciQAALIkAAC5JAAA/yQAAAElAABMJQAAVSUAAJklAACjJQAA5iUAAPElAAAzJgAATyYAAIAmAACIJgAAdUQMANImAAAaJwAAIicAAGcnAABoJwAAtCcAALYnAAABKAAABCgAAE4oAABRKAAAwkQMAKAoAADoKAAA7igAADUpAAA8KQAAgikAAIopAADPKQAA0ikAABwqAAAlKgAAaSoAAGoqAAC2KgAAtyoAAAMrAAAUKwAAUCsAAF4rAACdKwAAqSsAAOorAADxKwAAD0UMAD0sAACELAAAhiwAANEsAADnLAAAHi0AACYtAABrLQAAbS0AALgtAADBLQAABS4AAA8uAABSLgAAXS4AAJ8uAACrLgAA7C4AAPkuAAA5LwAAQy8AAIYvAACULwAA0y8AAOIvAAAgMAAAIjAAAG0wAAB3MAAAujAAAMgwAAAHMQAADDEAAFQxAABhMQAAoTEAAKkxAADuMQAA9DEAADsyAABHMgAAiDIAAKUyAADVMgAA3jIAACIzAAAwMwAAbzMAAHUzAAC8MwAAyDMAAAk0AAAMNAAAVjQAAF40AACjNAAAtDQAAPA0AAD+NAAAPTUAAFY1AACKNQAAizUAANc1AAD0NQAAXEUMACk2AABxNgAAdzYAAL42AADGNgAACzcAABQ3AABYNwAAWzcAAKU3AACxNwAA8jcAAPg3AAD2RQwAWzgAAIw4AACUOAAAQ0YMANw4AAAmOQAANzkAAHM5AAB7OQAAwDkAAM45AAANOgAAEDoAAFo6AABiOgAApzoAALQ6AAD0OgAA+ToAAEE7AABLOwAAjjsAAJY7AADbOwAA5zsAACg8AAA1PAAAdTwAAHc8AADCPAAA2zwAAA89AAAgPQAAXD0AAGg9AACpPQAAsD0AAPY9AAD+PQAAQz4AAEg+AACQPgAAnT4AAN0+AADlPgAAKj8AADQ/AAB3PwAAgj8AAMQ/AADQPwAAEUAAABlAAACQRgwAakAAAKtAAACxQAAA+EAAABNBAABFQQAAUUEAAJJBAACYQQAA3UYMAORBAABn9QEA5UEAAAI5BADmQQAAMyoGAOpBAAAsQgAA60EAALyfCADtQQAAQb4EAPNBAADT/QEAOEIAAHlCAAB/QgAATvwKAIFCAAAqRwwA0kIAABNDAAAZQwAAYEMAAHtDAACtQwAAuUMAAPpDAAAARAAAR0QAAE9EAACURAAAmkQAAOFEAADtRAAALkUAAEtFAAB7RQAAhEUAAMhFAADURQAAFUYAABhGAABiRgAAbEYAAK9GAAC7RgAA/EYAAANHAABJRwAAUUcAAJZHAACXRwAAIVgAAJlHAADjRwAA8kcAADBIAAA2SAAAfUgAAH9IAADKSAAA4EgAABdJAAA1SQAAZEkAAH1JAACxSQAAs0kAAP5JAAABSgAAS0oAAFdKAACYSgAAn0oAAOVKAADtSgAAMksAADRLAAB/SwAAiEsAAMxLAADWSwAAGUwAACRMAABmTAAAckwAALNMAADATAAAAE0AAApNAABNTQAAW00AAJpNAACpTQAA500AAOlNAAA0TgAAPk4AAIFOAACPTgAAzk4AANNOAAAbTwAAKE8AAGhPAAB9TwAAtU8AAL1PAAACUAAAG1AAAE9QAABYUAAAnFAAAKZQAADpUAAA8VAAADZRAABDUQAAg1EAAIhRAADQUQAA2FEAAB1SAAAeUgAAalIAAGxSAAC3UgAAulIAAARTAAAHUwAAd0cMAFZTAACeUwAApFMAAOtTAADyUwAAOFQAAEBUAACFVAAAiVQAANJUAADUVAAAH1UAACJVAABsVQAAdFUAALlVAAC6VQAABlYAAAxWAABTVgAAWFYAAKBWAAC7VgAA7VYAAPtWAAA6VwAAQVcAAIdXAACTVwAA1FcAANtXAADERwwAI1gAAG5YAABxWAAAu1gAAL5YAAARSAwADVkAAFVZAABbWQAAolkAAKlZAADvWQAADVoAADxaAABVWgAAiVoAAItaAADWWgAA2VoAACNbAAAvWwAAcFsAAHdbAAC9WwAAxVsAAApcAAAMXAAAV1wAAGBcAACkXAAArlwAAPFcAAD8XAAAPl0AAEpdAACLXQAAmF0AANhdAADiXQAAJV4AADNeAAByXgAAgV4AAL9eAADBXgAADF8AABZfAABZXwAAZ18AAKZfAACrXwAA818AAABgAABAYAAAVWAAAI1gAACVYAAA2mAAAPNgAAAnYQAAMGEAAHRhAAB+YQAAwWEAAMlhAAAOYgAAG2IAAFtiAABgYgAAqGIAALBiAAD1YgAA9mIAAEJjAABEYwAAj2MAAJJjAADcYwAA32MAAF5IDAAuZAAAdmQAAHxkAADDZAAAymQAABBlAAAYZQAAXWUAAGFlAACqZQAArGUAAPdlAAD6ZQAARGYAAExmAACRZgAAkmYAAN5mAADkZgAAK2cAADBnAAB4ZwAAk2cAAMVnAADTZwAAEmgAABloAABfaAAAa2gAAKxoAACzaAAAq0gMAPxoAABGaQAAV2kAAJNpAACbaQAAjm8BAK9pAADgaQAA6GkAAPhIDAA8agAAemoAAIBqAADHagAAyWoAABRrAAAqawAAYWsAAH9rAACuawAAsWsAAPtrAAAHbAAASGwAAE5sAACVbAAAsGwAAOJsAADubAAAL20AADVtAAB8bQAAmm0AAMltAADZbQAAFm4AACRuAABjbgAAaW4AALBuAACzbgAA/W4AAAdvAABKbwAAaG8AAJdvAACtbwAA5G8AAPBvAAAxcAAANHAAAH5wAACBcAAAy3AAAM1wAAAYcQAAL3EAAGVxAABxcQAAsnEAAM5xAAD/cQAAB3IAAEVJDABdcgAAmXIAAKdyAADmcgAA8nIAADNzAABAcwAAgHMAAIpzAADNcwAA1XMAABp0AAAbdAAAZ3QAAGl0AAC0dAAAt3QAAAF1AAAEdQAAkkkMAFN1AACbdQAAoXUAAOh1AADvdQAANXYAAD12AACCdgAAmHYAAM92AADYdgAAHHcAAB93AABpdwAAc3cAALZ3AAC+dwAAA3gAABx4AABQeAAAXHgAAJ14AACleAAA30kMAPJ4AAA3eQAAOnkAAIR5AACOeQAA0XkAANd5AAAeegAALHoAAGt6AAB4egAAuHoAAM96AAAsSgwABnsAAHAvCwAIewAA64cBAAt7AADUJQIADHsAAPccBgANewAA9AoFAA57AAB4tAAAD3sAAKUFAgASewAA8gsLABR7AABSewAAFnsAAMqZBgAbewAAwTEFABx7AABbTwoAXHsAAKFpBwBhewAAn3sAAKt7AADsewAA7XsAAI0VAwDvewAAOXwAADx8AACGfAAAjXwAAAdlAQCOfAAA03wAAJ58AACEEwEA2nwAACB9AAAsfQAAbX0AAHp9AAC6fQAAyH0AAAd+AAATfgAAVH4AAFt+AAChfgAAqX4AAO5+AAD+fgAAO38AAEB/AACIfwAAjn8AANV/AADdfwAAIoAAACuAAABvgAAAcoAAALyAAADIgAAACYEAAA+BAAB5SgwAdYEAAMZKDACwgQAA8IEAAPKBAADp6gAA84EAABxFAgD3gQAAMDUKAPuBAACnjQkA/IEAABilAQD/gQAA8IcJAAmCAACDHwIAEIIAAD2CAABKggAAioIAAI+CAADXggAA24IAACSDAAAxgwAAcYMAAHmDAAC+gwAAfIMAAM2SCADFgwAAC4QAANSDAAAWCgQADYQAAFiEAABihAAApYQAAKeEAADyhAAAC4UAAD+FAABBhQAAjIUAAI+FAADZhQAA5YUAACaGAAAuhgAAE0sMAHmGAADAhgAAe4YAAKqhDQCChgAAZ0QFAISGAABQlQUAhoYAALMzAQCPhgAADk8KAMaGAAAm0wAA2IYAAA2HAAAPhwAAWocAABqHAAAAmgAAJocAAMSMAABphwAAp4cAALaHAAD0hwAAAIgAAEGIAABEiAAAjogAAJGIAADbiAAA84gAACiJAAAviQAAdYkAAIGJAADCiQAAz4kAAA+KAAAdigAAXIoAAGiKAACpigAAsIoAAPaKAAAOiwAAQ4sAAE+LAACQiwAAlosAAN2LAADjiwAAKowAAC+MAAB3jAAAfYwAAK1LDADGjAAAEY0AABiNAABejQAAdo0AAKuNAACyjQAA+I0AABGOAABFjgAAXY4AAJKOAACejgAA344AAOWOAAAsjwAAMo8AAHmPAAB+jwAAxo8AAMyPAAD6SwwALJAAAGCQAABxkAAArZAAALuQAAD6kAAACZEAAEeRAABPkQAAlJEAALSRAADhkQAA7ZEAAC6SAABCkgAAe5IAAIOSAADIkgAAzpIAABWTAAAhkwAAYpMAAGyTAACvkwAAtZMAAPyTAAAKlAAASZQAAFWUAACWlAAAsZQAAOOUAADllAAAMJUAAEGVAAB9lQAAhZUAAMqVAADYlQAAF5YAABqWAABklgAAbJYAALGWAAC+lgAA/pYAAAOXAABLlwAAVZcAAJiXAACglwAA5ZcAAOeXAAAymAAAQ5gAAH+YAACQmAAAzJgAANGYAAAZmQAAHZkAAGaZAABymQAAs5kAALqZAABHTAwABZoAAE2aAABXmgAAmpoAALKaAADnmgAA6poAADSbAAA9mwAAgZsAAIKbAADOmwAAz5sAABucAAAgnAAAaJwAAG6cAAC1nAAAv5wAAAKdAAAOnQAAT50AAFadAACcnQAAtJ0AAOmdAADrnQAANp4AAD+eAACDngAAjZ4AANCeAADbngAAHZ8AADWfAABqnwAAgJ8AALefAAC8nwAABKAAAAugAABRoAAAXaAAAJRMDACgoAAAbnMCAKOgAAAQmQEAp6AAAAAdBQCvoAAA66AAAO2gAADaLgIA+aAAADihAABEoQAAhaEAAEehAAADyQYAkqEAANKhAADcoQAAH6IAACCiAADd+QsAJ6IAAGyiAABzogAAuaIAAIeiAAD6dwEAvqIAAAajAAASowAAU6MAAFajAACgowAAqKMAAO2jAAD6owAAOqQAAD+kAACHpAAAkaQAANSkAADcpAAAIaUAACSlAABupQAAd6UAALulAAC8pQAACKYAAAmmAABVpgAAWqYAAKKmAACopgAA76YAAPmmAAA8pwAARKcAAImnAACLpwAA1qcAAN+nAAAjqAAALagAAHCoAAB7qAAAvagAAMmoAAAKqQAAF6kAAFepAABhqQAApKkAALKpAADxqQAAAKoAAD6qAABAqgAAi6oAAJWqAADYqgAA5qoAACWrAAAqqwAAcqsAAH+rAAC/qwAAx6sAAAysAAANrAAAWawAAF+sAACmrAAAq6wAAPOsAAD9rAAAQK0AAEWtAACNrQAAnK0AANqtAADfrQAAJ64AADiuAAB0rgAAfK4AAMGuAADHrgAADq8AABqvAABbrwAAeK8AAKivAACxrwAA9a8AAAGwAABCsAAARbAAAI+wAACZsAAA3LAAAOiwAAApsQAAMLEAAHaxAAB+sQAAw7EAANyxAAAQsgAAJLIAAF2yAABlsgAAqrIAAK2yAAD3sgAAA7MAAESzAABKswAAkbMAAKyzAADeswAA6rMAACu0AAAxtAAA4UwMAIK0AADFtAAA0LQAABK1AAAatQAAA8UAAB61AABftQAAbLUAAKy1AAC2tQAA+bUAAAe2AABGtgAAVbYAAJO2AACVtgAA4LYAAOq2AAAttwAAO7cAAHq3AAB/twAAx7cAANS3AAAUuAAAHLgAAGG4AABiuAAArrgAAGW4AAD1SQEAcbgAAD9sAQC/uAAA+7gAAAS5AABIuQAAX7kAAJW5AACjuQAA4rkAAO+5AAAvugAAN7oAAHy6AACbugAALk0MANK6AAAWuwAAILsAAGO7AABuuwAAe00MALK7AAD9uwAABrwAAEq8AABUvAAAl7wAAKK8AADkvAAA8LwAADG9AAA+vQAAfr0AAIi9AADLvQAA2b0AABi+AAAnvgAAZb4AAGe+AACyvgAAvL4AAP++AAANvwAATL8AAFG/AACZvwAApr8AAOa/AADuvwAAM8AAADnAAACAwAAAjMAAAM3AAADqwAAAGsEAACPBAABnwQAAdcEAALTBAAC6wQAAAcIAAA3CAABOwgAAVcIAAMhNDACdwgAA9eMBAKHCAADowgAA7cIAADXDAAD2wgAA2KwDAELDAACCwwAAmcMAAM/DAADQwwAAHMQAAB7EAABpxAAAbMQAALbEAAC5xAAAFU4MACTFAABQxQAAUcUAAJ3FAACfxQAA6sUAAO3FAAA3xgAAOsYAAGJODACJxgAA0cYAANfGAAAexwAAJccAAGvHAACNxwAAuMcAAMDHAAAFyAAAFMgAAFLIAABUyAAAn8gAALDIAADsyAAA/cgAADnJAABFyQAAhskAAI3JAADTyQAA28kAACDKAAAkygAAbcoAAHvKAAC6ygAAxMoAAAfLAAASywAAVMsAAFnLAAChywAAqssAAO7LAAD4ywAAO8wAAEPMAACIzAAAiswAANXMAADizAAAIs0AADbNAABvzQAAd80AALzNAAC9zQAACc4AAAvOAABWzgAAWc4AAKPOAACmzgAAr04MAPXOAAA9zwAAQ88AAIrPAACRzwAA188AAN/PAAAk0AAAM9AAAHHQAAB20AAAvtAAAMvQAAAL0QAAG9EAAFjRAABm0QAApdEAALzRAADy0QAA+9EAAD/SAABF0gAAjNIAAJjSAADZ0gAA4NIAAPxODAAr0wAANmwCAC7TAABz0wAAM9MAAArhBwCC0wAAwNMAANHTAAAN1AAAG9QAAFrUAABm1AAAp9QAALTUAAD01AAA/tQAAEHVAABJ1QAAjtUAAJHVAADb1QAA59UAACjWAAA11gAAddYAAH/WAADC1gAAytYAAA/XAAAR1wAAXNcAAGXXAACp1wAAs9cAAPbXAAAB2AAAQ9gAAFjYAACQ2AAAmNgAAN3YAAD22AAAKtkAADPZAAB32QAAgdkAAMTZAADM2QAAEdoAAB7aAABe2gAAY9oAAKvaAACz2gAA+NoAAPnaAABF2wAAR9sAAJLbAACV2wAA39sAAOLbAABJTwwAMdwAAHncAAB/3AAAxtwAAM3cAAAT3QAAG90AAGDdAABu3QAArd0AALDdAAD63QAAAt4AAEfeAABK3gAAlN4AAKDeAADh3gAA694AAJZPDAAw3wAAe98AADHfAAAGqQkAOd8AAIAPBAA93wAA6dEBAD7fAABXYgkAUt8AAAu4AQCE3wAAyN8AANLfAAAV4AAAIOAAAGLgAABu4AAAr+AAALzgAAD84AAABuEAAEnhAABX4QAAluEAAKXhAADj4QAA5eEAADDiAAA64gAAfeIAAIviAADK4gAAz+IAABfjAAAk4wAAZOMAAHTjAACx4wAAs+MAAP7jAAAM5AAAS+QAAFzkAADjTwwAn+QAADBQDADt5AAAfVAMADvlAAB/5QAAieUAAMzlAADX5QAAGeYAACXmAABm5gAAc+YAALPmAAC95gAAAOcAAA7nAABN5wAAXOcAAJrnAACc5wAA5+cAAPHnAAA06AAAQugAAIHoAACG6AAAzugAANvoAAAb6QAAI+kAAGjpAAB46QAAtekAALfpAAAC6gAAEOoAAE/qAABg6gAAylAMAKPqAAAXUQwAAusAADbrAABH6wAAg+sAAI/rAADQ6wAA2OsAAGRRDAAi7AAAauwAAHLsAAC37AAAuewAAATtAAC87AAA8RMGAMbsAAAO/gMADe0AAFHtAAAT7QAAvS0IAFvtAACe7QAAqe0AAOvtAAD37QAAOO4AAEXuAACF7gAAj+4AANLuAADg7gAAH+8AAC7vAABs7wAAbu8AALnvAADD7wAABvAAABLwAABT8AAAW/AAALFRDACj8AAA7fAAAPvwAAA68QAAR/EAAIfxAACe8QAA1PEAANzxAAAh8gAAN/IAAG7yAAB68gAAu/IAAMryAAAI8wAAE/MAAFXzAABX8wAAovMAAK/zAADv8wAA/fMAADz0AAA/9AAAifQAAJ/0AADW9AAA3vQAACP1AAA19QAA/lEMAH31AACQKwoAf/UAAL31AADC9QAACvYAABH2AABX9gAAY/YAAKT2AACx9gAA8fYAAPP2AAA+9wAAVPcAAIv3AACX9wAA2PcAAPf3AAAl+AAAQfgAAHL4AAB6+AAAS1IMAMH4AAAM+QAAFfkAAFn5AABj+QAApvkAALH5AADz+QAA//kAAED6AABN+gAAjfoAAJf6AADa+gAA6PoAACf7AAA2+wAAdPsAAHb7AADB+wAAy/sAAA78AAAc/AAAW/wAAGD8AACo/AAAtfwAAPX8AAAF/QAAQv0AAET9AACP/QAAnf0AANz9AADt/QAAmFIMADD+AADlUgwAeP4AANxMBAB7/gAAw/4AAH/+AABGnQEAgv4AAElLBgCE/gAAFXoBAIr+AABz1QMAyv4AAMDyCADQ/gAAEP8AACf/AABd/wAAYv8AAKr/AACt/wAA9/8AALT/AADk8gQAxv8AAIT8BAD8/wAAZ/cEAAMAAQBEAAEASgABAGULAQBTAAEAkQABAJoAAQDeAAEA5AABACsBAQA5AQEAeAEBAIIBAQDFAQEA2QEBABICAQAeAgEAXwIBAHICAQCsAgEAuwIBAPkCAQAFAwEARgMBAEcDAQCTAwEAnQMBAOADAQDuAwEALQQBADIEAQB6BAEAhwQBAH9TDADaBAEAFAUBACMFAQBhBQEAbQUBAK4FAQCvBQEA+wUBAAUGAQBIBgEAVgYBAJUGAQCaBgEA4gYBAO8GAQBmVAwAMQcBAHwHAQCFBwEAyQcBANMHAQAWCAEAIQgBAGMIAQBvCAEAsAgBAL0IAQD9CAEABwkBAEoJAQBYCQEAlwkBAKYJAQDkCQEA5gkBADEKAQA7CgEAfgoBAIwKAQDLCgEA2AoBABgLAQAvCwEAs1QMAIALAQCyCwEAvgsBAP8LAQAFDAEATAwBAFgMAQCZDAEAnwwBAOYMAQDsDAEAMw0BADgNAQCADQEAhg0BAABVDADWDQEAGg4BACQOAQBnDgEAcg4BALQOAQDADgEAAQ8BAA4PAQBODwEAWA8BAJsPAQCpDwEA6A8BAPcPAQA1EAEANxABAIIQAQCMEAEAzxABAN0QAQAcEQEAIREBAGkRAQB2EQEAthEBAL4RAQADEgEAExIBAFASAQBSEgEAnRIBAKsSAQDqEgEA+xIBAOdVDAA+EwEANFYMAIoTAQDREwEA3RMBAB4UAQAuFAEAaxQBAHQUAQC4FAEAuxQBAAUVAQARFQEAUhUBAFkVAQCfFQEApxUBAOwVAQAKFgEAORYBAEEWAQCGFgEAlxYBANMWAQDYFgEAIBcBADcXAQBtFwEAexcBALoXAQDHFwEABxgBAA8YAQBUGAEAWBgBAKEYAQCjGAEA7hgBAPEYAQA7GQEAQxkBAIgZAQCOGQEA1RkBAOEZAQAiGgEAMhoBAG8aAQB4GgEAvBoBAL8aAQAJGwEAFRsBAFYbAQBdGwEAgVYMAKwbAQDwGwEA8xsBAD0cAQBLHAEAihwBAJccAQDXHAEA7hwBACQdAQAsHQEAcR0BAHMdAQC+HQEAxx0BAAseAQAVHgEAWB4BAGMeAQClHgEAsR4BAPIeAQD/HgEAPx8BAEkfAQCMHwEAmh8BANkfAQDoHwEAJiABACggAQBzIAEAfSABAMAgAQDOIAEADSEBABIhAQBaIQEAZyEBAKchAQCvIQEA9CEBAAoiAQBBIgEATSIBAI4iAQCdIgEA2yIBAOYiAQAoIwEAKiMBAHUjAQCCIwEAwiMBANAjAQAPJAEAEiQBAFwkAQByJAEAzlYMALEkAQCJ2wEAtyQBAJlAAgDBJAEA9iQBAPgkAQBDJQEAVCUBAJAlAQChJQEA3SUBAOIlAQAqJgEALiYBAHcmAQCDJgEAxCYBAMsmAQARJwEAGScBAF4nAQB8JwEAqycBALMnAQAbVwwA/ScBAEUoAQBGKAEAzogKAFQoAQDmxQkAXigBAJIoAQCUKAEA3ygBAPgoAQAsKQEAPSkBAHkpAQCFKQEAxikBAMgpAQATKgEAHCoBAGAqAQAiKgEAfS8BAGoqAQCtKgEAuCoBAPoqAQAGKwEARysBAFQrAQCUKwEAnisBAOErAQDvKwEALiwBAD0sAQB7LAEAfSwBAMgsAQDSLAEAFS0BACMtAQBiLQEAZy0BAK8tAQC8LQEA/C0BAAguAQBJLgEATy4BAJYuAQCcLgEA4y4BAOguAQAwLwEANi8BAGhXDACMLwEAyi8BANYvAQAXMAEAGjABAGQwAQBnMAEAsTABALgwAQD+MAEACjEBAEsxAQBYMQEAmDEBAKYxAQDlMQEA8TEBADIyAQA5MgEAtVcMAIUyAQDMMgEA0jIBABkzAQAeMwEAZjMBAGwzAQACWAwAtDMBAGLHAQC9MwEAlk0JAL8zAQBpMgwAwTMBAJvICQDCMwEAADQBAAw0AQBNNAEATjQBAJo0AQBZNAEAC9cJAKQ0AQDnNAEA9TQBADQ1AQA5NQEAgTUBAI41AQBPWAwA0DUBAMaVCQDcNQEAvokJAPE1AQAbNgEAQDYBAGg2AQCONgEAtTYBANw2AQACNwEAJjcBAE83AQBXNwEAnFgMAKg3AQDpNwEA6zcBADY4AQA5OAEAgzgBAIg4AQDQOAEA3TgBAB05AQA5OQEAajkBAHI5AQDpWAwAwDkBAAQ6AQDEOQEACkMBAAc6AQBROgEAXToBAJ46AQCkOgEA6zoBAPg6AQA4OwEAOjsBAIU7AQCbOwEA0jsBAN47AQAfPAEAJzwBADZZDAByPAEAuTwBAME8AQAGPQEABz0BAFM9AQBVPQEAoD0BAKM9AQDtPQEA8D0BAINZDAA/PgEAhz4BAI0+AQDUPgEA2z4BACE/AQApPwEAbj8BAHs/AQC7PwEAwD8BAAhAAQASQAEAVUABAF1AAQCiQAEApEABAO9AAQAAQQEAPEEBAE1BAQCJQQEAjkEBANZBAQDaQQEAI0IBAC9CAQBwQgEAd0IBAL1CAQDPQgEA0FkMAA9DAQBXQwEAX0MBAKRDAQCmQwEA8UMBAABEAQA+RAEATUQBAItEAQCXRAEA2EQBANtEAQAlRQEAKEUBAHJFAQB6RQEAv0UBAMlFAQAMRgEAEUYBAFlGAQBhRgEApkYBALBGAQDzRgEA/kYBAEBHAQBORwEAjUcBAJBHAQDaRwEA4kcBACdIAQBCSAEAdEgBAH9IAQDBSAEAxkgBAA5JAQARSQEAW0kBAGVJAQCoSQEAukkBAB1aDAADSgEAQkoBAExKAQCPSgEAmkoBANxKAQDkSgEAKUsBAC9LAQB2SwEAeEsBAMNLAQDcSwEAEEwBAClMAQBdTAEAa0wBAKpMAQC0TAEA90wBAA1NAQBETQEAYU0BAJFNAQCZTQEA3k0BAO5NAQArTgEALU4BAHhOAQCGTgEAxU4BANZOAQBqWgwAGU8BALdaDABgTwEArE8BAL1PAQD5TwEABVABAEZQAQBIUAEAk1ABAJZQAQDgUAEA7FABAC1RAQA1UQEAUVsMAIVRAQDHUQEA01EBABRSAQAjUgEAYVIBAIFSAQCuUgEAtlIBAPtSAQAPUwEASFMBAE1TAQCVUwEAnlMBAOJTAQDoUwEAL1QBADdUAQB8VAEAi1QBAMlUAQDOVAEAFlUBACNVAQBjVQEAcFUBALBVAQC8VQEA/VUBAAxWAQBKVgEAVFYBAJdWAQClVgEA5FYBAOlWAQAxVwEAPlcBAH5XAQCGVwEAy1cBAM5XAQAYWAEAJFgBAGVYAQBvWAEAslgBALxYAQD/WAEADVkBAExZAQBZWQEAmVkBALBZAQDmWQEA6VkBAJ5bDAA2WgEAGikDAD1aAQBMqAQAQFoBAIBaAQBDWgEAQgMKAERaAQDuTAIASVoBAIR7AwCHWgEAmBgCAI9aAQCd/woAm1oBAM1aAQDPWgEAGlsBACtbAQBnWwEAdVsBALRbAQC7WwEAAVwBAANcAQBOXAEABlwBAF0zAgAJXAEAknUBAF1cAQCbXAEAqlwBAOhcAQD0XAEANV0BADhdAQCCXQEAhV0BAM9dAQDvXQEAHF4BACheAQBpXgEAfV4BALZeAQDEXgEAA18BAApfAQDrWwwAZ18BAJ1fAQCfXwEAqmsJAKBfAQDDagkAql8BAOpfAQDsXwEAN2ABAEFgAQCEYAEASGABAPluCQCNYAEA0WABANdgAQAeYQEAKmEBAGthAQByYQEAuGEBAL1hAQAFYgEAEWIBAFJiAQBVYgEAn2IBAKxiAQDsYgEA8WIBADljAQBDYwEAhmMBAJxjAQDTYwEA1WMBACBkAQAqZAEAbWQBAHxkAQC6ZAEAxWQBADhcDAATZQEAVGUBAGFlAQChZQEAr2UBAO5lAQD6ZQEAO2YBAEJmAQCFXAwAjWYBANVmAQCUZgEAQakLAJZmAQBUgAMA12YBAN/2AgDaZgEAyrQIAOxmAQAiZwEAMGcBAG9nAQB8ZwEAvGcBAMRnAQAJaAEAE2gBALsPBgAZaAEAVmgBAFhoAQCjaAEAsWgBAPBoAQABaQEA0lwMAERpAQAfXQwAj2kBANdpAQDdaQEAJGoBACxqAQBxagEAemoBAL5qAQDBagEAC2sBABdrAQBYawEAXmsBAKVrAQCtawEA8msBABFsAQC5XQwAQWwBAIxsAQCabAEA2WwBAOpsAQAGXgwALW0BAFNeDAB4bQEAwG0BAMZtAQANbgEAFW4BAFpuAQBjbgEAp24BAKpuAQD0bgEAAG8BAEFvAQBHbwEA7V4MAJBvAQDbbwEA5G8BAChwAQAycAEAdXABAIBwAQDCcAEAznABAA9xAQAccQEAXHEBAGZxAQCpcQEAt3EBAPZxAQAFcgEAQ3IBAEVyAQCQcgEAmnIBAN1yAQDrcgEAKnMBAC9zAQB3cwEAhHMBAMRzAQDMcwEAEXQBACF0AQBedAEAYHQBAKt0AQC5dAEA+HQBAAl1AQA6XwwATHUBAIdfDACbdQEA33UBAOJ1AQAsdgEAOHYBAHl2AQB/dgEAxnYBANN2AQATdwEAFXcBAGB3AQB2dwEArXcBALl3AQDUXwwABngBAEd4AQBNeAEAlHgBAJd4AQDheAEA73gBAC55AQAzeQEAe3kBAIh5AQDIeQEA0HkBACFgDAAiegEAYnoBAHB6AQCvegEAxXoBAPx6AQAFewEASXsBAF97AQCWewEAnnsBAON7AQDmewEAMHwBADl8AQB9fAEAfnwBAMp8AQDLfAEAF30BABx9AQBkfQEAan0BALF9AQC7fQEA/n0BAAp+AQBLfgEAUn4BAJh+AQCgfgEA5X4BAOd+AQAyfwEAM38BAH9/AQCNfwEAzH8BANR/AQAZgAEANIABAGaAAQBygAEAs4ABALmAAQAAgQEAA4EBAE2BAQBbgQEAmoEBAJ+BAQDngQEA9IEBADSCAQA8ggEAgYIBAI+CAQDOggEA0YIBAG5gDAAegwEAaIMBAB+DAQBttQcAJ4MBALCmBwApgwEA3cUKAC6DAQD57woAa4MBALWDAQDGgwEAAoQBAB6EAQBPhAEAV4QBALtgDACthAEA6YQBAPGEAQA2hQEAPIUBAIOFAQCIhQEA0IUBANmFAQAdhgEAJ4YBAGqGAQB4hgEAt4YBAMSGAQAEhwEAEIcBAFGHAQBUhwEAnocBALqHAQAIYQwA7ocBADiIAQD/hwEAKWYDAESIAQCFiAEAi4gBANKIAQDciAEAVWEMACSJAQBsiQEAeYkBALmJAQDBiQEA82cMAMWJAQAGigEAyYkBAAqQAQAMigEAU4oBAFmKAQCgigEApYoBAO2KAQDzigEAomEMAESLAQCRbAkASIsBAIeLAQCYiwEA72EMANuLAQA8YgwAKYwBAIliDAB8jAEAu4wBAMKMAQAIjQEAEI0BAFWNAQBijQEAoo0BAKeNAQDvjQEA+Y0BADyOAQBEjgEAiY4BAI+OAQDWjgEA2I4BACOPAQAxjwEAcI8BAHOPAQC9jwEAyY8BANZiDAAMkAEAV5ABAGWQAQCkkAEAtZABACNjDAD4kAEAcGMMAESRAQCLkQEAkZEBANiRAQDdkQEAJZIBACuSAQC9YwwAdJIBAL+SAQB+kgEAC20EANqSAQAMkwEADpMBAFmTAQBzkwEAppMBALOTAQAJuQcAt5MBAPOTAQD1kwEAQJQBAE2UAQCNlAEApJQBANqUAQD0lAEAJ5UBACmVAQB0lQEAd5UBAMGVAQDElQEADpYBABqWAQBblgEAYZYBAKiWAQCylgEACmQMAPqWAQBClwEAT5cBAI+XAQCblwEA3JcBAOKXAQApmAEAL5gBAHaYAQB7mAEAw5gBAMmYAQBXZAwAF5kBADAcCwAZmQEAlSEDAB2ZAQAVYQIAIZkBAGdhCgAmmQEAXZkBAF6ZAQCqmQEAc5kBAOnsAwCsmQEA95kBALiZAQA+eAIA/ZkBAESaAQBSmgEAkZoBAJSaAQDemgEA45oBACubAQA4mwEAeJsBAIibAQDFmwEAx5sBABKcAQAgnAEAX5wBAHCcAQCkZAwAspwBAPmcAQAFnQEA8WQMAFedAQCTnQEAnZ0BAOCdAQDunQEALZ4BAC6eAQB6ngEAi54BAMeeAQDTngEAFJ8BACSfAQBhnwEAY58BAK6fAQC8nwEA+58BAAygAQA+ZQwATqABAJWgAQChoAEAi2UMAO6gAQAvoQEANaEBAHyhAQCCoQEAyaEBAM6hAQAWogEAHKIBANhlDABrogEAsKIBALqiAQAj4goAyaIBAP2iAQAGowEASqMBAFSjAQCXowEAn6MBAOSjAQDoowEAMaQBADOkAQB+pAEAgaQBAMukAQDnpAEAJWYMACulAQBlpQEAZqUBALKlAQC+pQEA/6UBAA6mAQBMpgEAVqYBAJmmAQClpgEA5qYBAO2mAQByZgwAOacBANT3CQBGpwEAgKcBAI+nAQDNpwEA2acBABqoAQAbqAEAZ6gBAHGoAQC0qAEAwqgBAAGpAQAGqQEATqkBAFupAQAMZwwAo6kBAOipAQD0qQEANaoBAEiqAQCCqgEAg6oBAM+qAQDbqgEAHKsBACurAQBpqwEAc6sBALarAQDCqwEAA6wBAAqsAQBZZwwAYawBAJ2sAQCprAEA6qwBAPqsAQA3rQEAQa0BAIStAQCMrQEA0a0BAPytAQAergEA/a0BAFSyAQBJrgEAa64BAHOuAQC4rgEAvq4BAAWvAQATrwEAUq8BAGmvAQCfrwEAqq8BAOyvAQD2rwEAObABAGOwAQCGsAEAjrABANOwAQDjsAEAILEBACKxAQBtsQEAe7EBALqxAQDLsQEAQGgMAA6yAQCNaAwAf7IBAKGyAQCpsgEA7rIBAPSyAQA7swEASbMBAIizAQCfswEA1bMBAOCzAQAitAEALLQBAG+0AQCZtAEAvLQBAMS0AQAJtQEAGbUBAFa1AQBYtQEAo7UBALG1AQDwtQEAAbYBANpoDABEtgEAJ2kMAIy2AQDXtgEA5bYBACS3AQA1twEAdGkMAHi3AQDBaQwAxrcBAA5qDAATuAEAW2oMAFq4AQCluAEAs7gBAPK4AQADuQEAqGoMAEW5AQCMuQEAmLkBAPVqDADiuQEAJroBADO6AQBzugEAgboBAMC6AQDKugEADbsBACe7AQBauwEAXbsBAKe7AQCuuwEA9LsBABS8AQBBvAEAW7wBAEJrDACbvAEA27wBAJ+8AQBDDAIApLwBAKtbAgDpvAEAKL0BADK9AQB1vQEAj70BAMK9AQDSvQEAD74BABW+AQBcvgEAXr4BAKm+AQC/vgEA9r4BAAK/AQBDvwEAR78BAJC/AQCVvwEA3b8BAOO/AQAqwAEASsABAHfAAQCRwAEAxMABAMbAAQARwQEAFMEBAF7BAQBhwQEAq8EBALfBAQD4wQEA/sEBAEXCAQBPwgEAj2sMAJfCAQDfwgEA7MIBACzDAQA4wwEAecMBAIzDAQDGwwEA1cMBABPEAQAfxAEAYMQBAGHEAQCtxAEAt8QBAPrEAQAIxQEAR8UBAEzFAQCUxQEAocUBANxrDADixQEAxJIJAOPFAQAEpgkA5MUBACDQCQDnxQEA+nsHAOjFAQDhlwkA68UBAG9tCgDsxQEAZJwJAO3FAQBS5wgA7sUBAPZDCQDvxQEAphgJAPDFAQBXRQQA8cUBAC7GAQD5xQEA5mENAP3FAQBKkAsAH8YBAAtxCgAwxgEAe8YBAInGAQDIxgEA2cYBAClsDAAcxwEAdmwMAG7HAQCvxwEAvscBAPzHAQAGyAEAScgBAFXIAQCWyAEAncgBABBtDADlyAEAMMkBAEHJAQB9yQEAhskBAMrJAQDWyQEAF8oBABrKAQBkygEAbMoBALHKAQC7ygEA/soBAAPLAQBLywEAU8sBAJjLAQCxywEA5csBAPHLAQAyzAEAOswBAKptDACHzAEA920MAM/MAQAZzQEAHM0BAGbNAQByzQEAs80BALnNAQAAzgEACs4BAERuDABSzgEAms4BAKfOAQDnzgEA784BAJFuDAA6zwEAgc8BAIfPAQDOzwEA088BABvQAQAh0AEA3m4MAHDQAQArbwwAt9ABANObCAC60AEAAtEBAMHQAQB5YQgADNEBAE/RAQAR0QEAJooGAFfRAQAl/gkAa9EBAJzRAQCk0QEAeG8MAO7RAQA20gEATNIBAIPSAQCE0gEA0NIBANLSAQAd0wEAI9MBAGrTAQB20wEAt9MBAL7TAQAE1AEADNQBAFHUAQBa1AEAntQBAKHUAQDr1AEA+dQBADjVAQBF1QEAhdUBAJzVAQDS1QEA2tUBAB/WAQAr1gEABtcBAErWAQBs1gEAl9YBALnWAQDd1gEAxW8MACPXAQBT1wEAXNcBADrYAQBk1wEAoNcBAM7XAQDt1wEAEdgBABJwDAA82AEAh9gBAJjYAQDU2AEAAtkBACHZAQBF2QEAX3AMAHTZAQDeNgUAd9kBALvZAQB62QEA5yELAMXZAQAI2gEAyNkBABY+BQDJ2QEAV+MKABDaAQBV2gEAWdoBAKLaAQCk2gEA79oBAPLaAQA82wEAWNsBAKxwDACO2wEAhH8JAJPbAQDl6gkAldsBANbbAQCZ2wEAM98IAPPbAQAj3AEALNwBAHDcAQBy3AEAvdwBAM7cAQD5cAwAD90BAFfdAQBg3QEApN0BALXdAQDx3QEA+N0BAD7eAQBG3gEAi94BAFjeAQBS/AEAmN4BACXfAQCa3gEAWeABAKTeAQDY3gEA5N4BAEZxDAAq3wEAct8BAHzfAQC/3wEAx98BAJNxDAAY4AEA4HEMAF7gAQCm4AEAs+ABAPPgAQD94AEAQOEBAELhAQCN4QEAm+EBANrhAQDn4QEALXIMACziAQB04gEAgeIBAMHiAQDL4gEADuMBABDjAQBb4wEAaeMBAKjjAQC14wEAenIMAALkAQBC5AEATOQBAMdyDACX5AEA3OQBAN7kAQDsAgsA8+QBACnlAQAu5QEAduUBAIDlAQDD5QEAy+UBABRzDAAa5gEAXeYBAGnmAQCq5gEAreYBAPfmAQAB5wEAROcBAF7nAQCR5wEAqOcBAN7nAQDj5wEAK+gBAEfoAQBhcwwAgugBAMXoAQCJ6AEAw2gGANHoAQAS6QEAFekBAF/pAQBp6QEArOkBAMbpAQD56QEA/+kBAEbqAQBI6gEAk+oBAKHqAQDg6gEA4+oBAC3rAQA56wEAeusBAH3rAQDH6wEA6usBAK5zDAAW7AEAYewBAG/sAQCu7AEAsewBAPvsAQAH7QEASO0BAEvtAQD7cwwAoO0BAOLtAQDo7QEAL+4BADTuAQB87gEAgO4BAMnuAQDM7gEASHQMABfvAQD3UgoAGe8BAKaACwAc7wEAY+8BAB/vAQAIegsAIO8BAJnzAQAi7wEAlmgLACTvAQCrYQsAJe8BAJpuCwAm7wEAEokLAC3vAQDqfgkAMO8BAFa7CgBv7wEAsO8BANnvAQD97wEACfABAErwAQBZ8AEAl/ABAKHwAQDk8AEA5/ABADHxAQBL8QEAfvEBAIjxAQDL8QEA0PEBABjyAQAi8gEAZfIBAHDyAQCy8gEAuPIBAP/yAQAE8wEATPMBAFDzAQCVdAwAnvMBAObzAQCn8wEA63QLAPDzAQAz9AEAPvQBAID0AQCG9AEAzfQBANL0AQAa9QEAHvUBAOJ0DABv9QEA0PEJAHH1AQAW9QoAgfUBALT1AQC+9QEAAfYBAAz2AQBO9gEAVPYBAJv2AQCg9gEA6PYBAOz2AQA19wEAWPcBAC91DACE9wEAz/cBAIX3AQAjYQkAh/cBAPlTBwCL9wEAoA8JAI73AQDu/wEAkPcBAJCsCwDc9wEAuSMCAN33AQAc+AEAH/gBAGn4AQB1+AEAtvgBAM74AQAD+QEAD/kBAFD5AQBW+QEAnfkBAKP5AQDq+QEA7/kBADf6AQA9+gEAfHUMAI76AQDR+gEA3PoBAB77AQAk+wEAa/sBAHD7AQC4+wEAvPsBAAX8AQAI/AEAyXUMAFz8AQCf/AEAqvwBAOz8AQDy/AEAOf0BAD79AQCG/QEAiv0BABZ2DADU/QEAIP4BACz+AQBt/gEAef4BALr+AQDA/gEAB/8BAA3/AQBU/wEAWf8BAKH/AQCn/wEAY3YMAPX/AQCCXwQA/f8BAHo4AgD+/wEAOwACAEcAAgCIAAIAjgACANUAAgDhAAIAIgECAC8BAgBvAQIAfgECALwBAgDIAQIACQICABUCAgBWAgIAXAICAKMCAgCpAgIA8AICAPUCAgA9AwIAQwMCALB2DACUAwIAjbEGAKADAgDXAwIAowMCAJiCBwDjAwIAJAQCACwEAgAaFg0AMAQCAHEEAgB3BAIAvgQCAMQEAgALBQIAEAUCAFgFAgBeBQIA/XYMAK0FAgCyYA0ArwUCAPIFAgD4BQIAPwYCAP4FAgAyswIATQYCAIwGAgClBgIA2QYCAOIGAgAmBwIAMAcCAHMHAgB/BwIAwAcCAMwHAgANCAIAEwgCAFoIAgBgCAIApwgCAKwIAgD0CAIA+ggCAEp3DABNCQIAjgkCAJgJAgDbCQIA5gkCACgKAgAtCgIAdQoCAHwKAgDCCgIAzgoCAA8LAgAVCwIAXAsCAGILAgCpCwIArgsCAPYLAgD8CwIAl3cMAFQMAgCQDAIAkQwCAN0MAgCWDAIAYBECAOIMAgAqDQIAOA0CAHcNAgCEDQIAxA0CAM4NAgARDgIAHQ4CAF4OAgBkDgIAqw4CALcOAgD4DgIACw8CAEUPAgBUDwIAkg8CAJ4PAgDfDwIA4A8CACwQAgA2EAIAeRACAIcQAgDGEAIAyxACABMRAgAgEQIA5HcMAGwRAgCtEQIAvRECAPoRAgAGEgIARxICAE0SAgCUEgIAoBICAOESAgDuEgIALhMCAD0TAgB7EwIAhxMCAMgTAgDUEwIAFRQCACgUAgBiFAIAcRQCAK8UAgC7FAIA/BQCAP0UAgBJFQIAUxUCAJYVAgCkFQIA4xUCAOgVAgAwFgIAPRYCADF4DAB/FgIAD1oFAIkWAgDKFgIAihYCAOMZCACLFgIAFHEJAN4WAgAXFwIAIxcCAGQXAgBqFwIAsRcCALcXAgD+FwIAAxgCAEsYAgBRGAIAfngMAKQYAgDlGAIA8hgCAB9wAgD4GAIAMhkCADcZAgAjKQIAOhkCABWuAgA+GQIAfxkCAIUZAgDMGQIA0hkCABkaAgAeGgIAZhoCAGwaAgDLeAwAvxoCAAAbAgAGGwIATRsCAFIbAgCaGwIAoRsCAOcbAgD1GwIANBwCAE8cAgCBHAIAjxwCAM4cAgDRHAIAGx0CACkdAgBoHQIAbR0CALUdAgDCHQIAAh4CAA4eAgBPHgIAVR4CAJweAgCiHgIA6R4CAO4eAgA2HwIAPB8CABh5DACIHwIA0B8CANkfAgAdIAIAKiACAGogAgBxIAIAtyACAMggAgAEIQIACSECAFEhAgBgIQIAniECAKAhAgDrIQIA/CECADgiAgBEIgIAhSICAIsiAgDSIgIA2CICAB8jAgAkIwIAbCMCAHIjAgBleQwA0CMCAAYkAgASJAIAUyQCAF8kAgCgJAIApiQCAO0kAgDzJAIAOiUCAD8lAgCHJQIAjSUCALJ5DADaJQIAjFMCAOslAgAhJgIAKiYCAG4mAgCEJgIAuyYCAMcmAgAIJwIAFScCAFUnAgBfJwIAoicCAK4nAgDvJwIA9ScCADwoAgBCKAIAiSgCAI4oAgDWKAIA3CgCAP95DAAsKQIAcCkCAHopAgC9KQIAwikCAAoqAgAaKgIAVyoCAHAqAgCkKgIAqSoCAPEqAgD6KgIAPisCAEsrAgCLKwIAkisCANgrAgDbKwIAJSwCADEsAgByLAIAhSwCAL8sAgDOLAIADC0CABgtAgBZLQIAWi0CAKYtAgCwLQIA8y0CAAEuAgBALgIARS4CAI0uAgCaLgIATHoMAN0uAgAnLwIAKi8CAHQvAgCBLwIAgi8JAIMvAgDBLwIAwy8CAA4wAgARMAIAWzACAGUwAgCoMAIAtDACAPUwAgAIMQIAQjECAFExAgCPMQIAmzECANwxAgDdMQIAKTICADMyAgB2MgIAhDICAMMyAgDIMgIAEDMCAB0zAgCZegwAXjMCAKozAgC2MwIA9zMCAP0zAgBENAIARjQCAJE0AgCbNAIA3jQCAOw0AgArNQIAMDUCAHg1AgCFNQIAxTUCANE1AgASNgIAJTYCAF82AgBuNgIArDYCALg2AgD5NgIA+jYCAEY3AgBQNwIAkzcCAKE3AgDgNwIA5TcCAC04AgA6OAIA5noMAIM4AgDHOAIAhjgCALv4CQDNOAIAFDkCABc5AgBhOQIAbzkCAK45AgCzOQIA+zkCAAg6AgBIOgIAVDoCAJU6AgCbOgIA4joCAOg6AgAvOwIANDsCAHw7AgCCOwIAM3sMAMs7AgAWPAIA0DsCADCCCgAlPAIAYzwCAIM8AgCwPAIAtTwCAP08AgAYPQIASj0CAFY9AgCXPQIAnT0CAOQ9AgD0PQIAMT4CAEI+AgB+PgIAgz4CAMs+AgDPPgIAGD8CACQ/AgBlPwIAaz8CALI/AgC4PwIA/z8CAARAAgBMQAIAUkACAIB7DACvQAIA5kACAOdAAgAzQQIAREECAIBBAgCMQQIAzUECAONBAgAaQgIAJkICAGdCAgB0QgIAtEICAL5CAgABQwIADUMCAE5DAgBVQwIAm0MCAKdDAgDoQwIA7kMCADVEAgA7RAIAgkQCAIdEAgDPRAIA1UQCAM17DAAeRQIAnicLACVFAgBpRQIAakUCALZFAgC3RQIAA0YCAAhGAgBQRgIAVkYCAJ1GAgCnRgIA6kYCAPZGAgA3RwIAPkcCAIRHAgCJRwIA0UcCANJHAgAeSAIAKkgCAGtIAgBxSAIAuEgCALpIAgAFSQIAD0kCAFJJAgBgSQIAn0kCAKRJAgDsSQIA+UkCADlKAgBFSgIAhkoCAJlKAgDTSgIA4koCACBLAgAsSwIAbUsCAG5LAgC6SwIAxEsCAAdMAgAVTAIAVEwCAFlMAgChTAIArkwCABp8DAD/TAIAO00CAEdNAgCITQIAn00CANVNAgDXTQIAIk4CADNOAgBvTgIAcU4CALxOAgDCTgIACU8CACBPAgBWTwIAX08CAKNPAgC5TwIA8E8CAPxPAgA9UAIASlACAIpQAgCUUAIA11ACAONQAgAkUQIAN1ECAHFRAgCAUQIAvlECAMpRAgALUgIADFICAFhSAgBiUgIApVICALNSAgDyUgIA91ICAD9TAgBMUwIAZ3wMAI5TAgDZUwIA7VMCACZUAgA0VAIAc1QCAIBUAgDAVAIAx1QCAA1VAgAZVQIAWlUCAG1VAgCnVQIArFUCAPRVAgD9VQIAQVYCAEtWAgCOVgIAk1YCANtWAgDrVgIAKFcCAEFXAgB1VwIAelcCAMJXAgDLVwIAD1gCABxYAgBcWAIAY1gCAKlYAgCsWAIA9lgCAAJZAgBDWQIAVlkCAJBZAgCfWQIA3VkCAOlZAgAqWgIAK1oCAHdaAgCBWgIAxFoCANJaAgARWwIAFlsCAF5bAgBrWwIAtHwMAMRbAgD4WwIABFwCAEVcAgBLXAIAklwCAKJcAgDfXAIA5FwCACxdAgAyXQIAeV0CAI9dAgDGXQIAyF0CABNeAgAdXgIAYF4CAGxeAgCtXgIAwF4CAPpeAgAJXwIAR18CAFNfAgCUXwIAlV8CAOFfAgDrXwIALmACADxgAgB7YAIAgGACAMhgAgDVYAIAAX0MABhhAgBzcwoAH2ECAMtECwAhYQIA6dUHACJhAgCHDAMAJGECAGJhAgBrYQIAr2ECALVhAgD8YQIAAmICAEliAgBVYgIAlmICAKNiAgDjYgIA7WICADBjAgBGYwIAfWMCAIJjAgDKYwIA0WMCABdkAgAlZAIAZGQCAHRkAgCxZAIAv2QCAP5kAgANZQIAS2UCAE1lAgCYZQIAomUCAOVlAgDzZQIAMmYCADdmAgB/ZgIAjGYCAMxmAgDYZgIAGWcCACxnAgBmZwIAdWcCALNnAgC/ZwIAAGgCAAFoAgBNaAIAV2gCAJpoAgCoaAIA52gCAOxoAgA0aQIAQWkCAE59DACDaQIAzmkCAI1pAgBkzgcA32kCABtqAgAkagIAaGoCAHRqAgC1agIAwWoCAAJrAgAIawIAT2sCAFVrAgCcawIAoWsCAOlrAgDvawIAm30MADxsAgDofQwAj2wCADV+DADTbAIAz34MACBtAgAcfwwAIm0CAEKyAwBtbQIA2GMJAHdtAgC3bQIAwW0CAARuAgAGbgIAUW4CAGRuAgCebgIAqm4CAOtuAgDxbgIAOG8CAD5vAgCFbwIAim8CANJvAgDYbwIAaX8MAClwAgBscAIAbnACALlwAgDDcAIABnECABRxAgBTcQIAWHECAKBxAgCtcQIA7XECAPlxAgA6cgIAQHICAIdyAgCNcgIA1HICANlyAgAhcwIAJ3MCALZ/DAB3cwIALLALAHtzAgC7cwIAf3MCAF5GCQDIcwIACHQCANpzAgCK0QMADXQCAFV0AgBfdAIAonQCAKp0AgDvdAIAuXQCACZaCwD1dAIABx4KAP10AgDURAoA/nQCAJTiBgD/dAIAPHUCAAB1AgCiEgkASnUCAIl1AgCWdQIA1nUCAN11AgAjdgIAK3YCAHB2AgBxdgIAygEJAHN2AgC9dgIAhnYCAPz/CADRdgIACncCACB3AgBXdwIAcHcCAKR3AgCpdwIA8XcCAAJ4AgADgAwAT3gCAIt4AgCNeAIA2HgCAOJ4AgAleQIAM3kCAHJ5AgB3eQIAv3kCAMx5AgAMegIAFHoCAFl6AgBlegIApnoCAGl6AgDaewIArHoCAPN6AgD5egIAQHsCAEV7AgCNewIAk3sCAFCADADcewIAJ3wCADV8AgB0fAIAhXwCAJ2ADADIfAIA6oAMABZ9AgBbfQIAaX0CAKh9AgBqfQIAeIICALV9AgD1fQIABH4CAEJ+AgBHfgIAj34CAKV+AgDcfgIA3X4CACl/AgArfwIAdn8CAIB/AgDDfwIA0X8CABCAAgApgAIAXYACAG6AAgCqgAIAtoACAPeAAgD/gAIA0YEMAFiBAgCRgQIAkoECAN6BAgDqgQIAK4ICAC6CAgAeggwAeoICAMWCAgDSggIAEoMCAB+DAgBfgwIAZIMCAKyDAgC2gwIA+YMCAAGEAgBGhAIAVoQCAJOEAgChhAIA4IQCAO2EAgAthQIANIUCAHqFAgCChQIAx4UCAMqFAgAUhgIAKIYCAGGGAgB3hgIAroYCAMeGAgD7hgIAAIcCAEiHAgBZhwIAa4IMAJ2HAgC4ggwAoYcCAEDlBwCxhwIA96ENAO+HAgAviAIANogCAHyIAgCIiAIAyYgCANmIAgAWiQIAJIkCAGOJAgBwiQIAsIkCALyJAgD9iQIABIoCAAWDDABMigIAl4oCAE+KAgBZYQMApIoCAOSKAgDxigIAMYsCADaLAgB+iwIAiIsCAMuLAgDTiwIAGIwCACGMAgBljAIAaIwCALKMAgC+jAIAUoMMAASNAgBMjQIAC40CANR2CABRjQIAmY0CAKGNAgDmjQIA/I0CADOOAgA1jgIAgI4CAI2OAgDNjgIA4Y4CAJ+DDAAfjwIAZ48CAG+PAgBPbwgAcY8CALSPAgC8jwIAAZACAA2QAgBOkAIAW5ACAJuQAgCgkAIA6JACAPGQAgA1kQIATJECAIKRAgCNkQIA7IMMAN2RAgAckgIAH5ICAGmSAgBskgIAtpICAMSSAgADkwIAEJMCAFCTAgBnkwIAnZMCAKWTAgDqkwIA8JMCADeUAgBDlAIAhJQCAI6UAgDRlAIA2pQCAB6VAgAklQIAa5UCAHiVAgA5hAwAxJUCAAWWAgDGlQIACnsIABSWAgBSlgIAY5YCAJ+WAgChlgIA7JYCAPKWAgA5lwIARZcCAIaXAgCNlwIA05cCANuXAgAgmAIAIpgCAG2YAgB6mAIAupgCAMGYAgAHmQIAD5kCAFSZAgBhmQIAoZkCAKaZAgDumQIA+JkCADuaAgBDmgIAiJoCAJGaAgDVmgIA2JoCACKbAgAumwIAb5sCAHabAgCGhAwAyZsCAAmcAgDSmwIAjKACAPKbAgDzfggAJJwCAFacAgBYnAIAo5wCALScAgDwnAIA/pwCAD2dAgBEnQIAip0CAJKdAgDXnQIA3J0CACSeAgAlngIAcZ4CAH2eAgC+ngIAxJ4CAAufAgANnwIAWJ8CAGKfAgClnwIAs58CAPKfAgD3nwIAP6ACAEygAgDThAwAjaACANmgAgDeoAIAJqECACyhAgBzoQIAfaECAMChAgDMoQIADaICABSiAgBaogIAYqICAKeiAgCpogIA9KICAAGjAgBBowIASKMCAI6jAgCWowIA26MCAOijAgAopAIALaQCAHWkAgB/pAIAwqQCAMqkAgAPpQIAGKUCAFylAgBfpQIAqaUCALWlAgD2pQIA/aUCACCFDABPpgIABHIIAFemAgCQpgIAnaYCAN2mAgDnpgIAKqcCACynAgB3pwIAiqcCAMSnAgDMpwIAEagCAB2oAgBeqAIAZKgCAKuoAgCxqAIA+KgCAP2oAgBFqQIAS6kCAG2FDACgqQIA36kCAO6pAgAsqgIASKoCAHmqAgBMqgIAx9ICAIGqAgC6hQwAz6oCABOrAgAgqwIAYKsCAGqrAgCtqwIAu6sCAPqrAgAQrAIAR6wCAFOsAgCUrAIAnKwCAAeGDADnrAIALq0CADStAgB7rQIAgK0CAMitAgDOrQIAVIYMABquAgBirgIAa64CAK+uAgC5rgIA/K4CAASvAgBJrwIATq8CAJavAgCmrwIA468CAOuvAgAwsAIANrACAP6xAgBJsAIAfbACAIKwAgDKsAIA07ACABexAgAksQIAZLECAGuxAgCxsQIAtLECAKGGDAAAsgIAS7ICAFiyAgCYsgIAr7ICAOWyAgDxsgIA7oYMAEizAgB/swIAgLMCAMyzAgDWswIAGbQCACG0AgBmtAIAcLQCALO0AgC4tAIAALUCAAi1AgBNtQIAT7UCAJq1AgBQtQIAaroCAFS1AgAMxwIAY7UCALvAAgChtQIA57UCAO61AgA0tgIAPLYCAIG2AgCFtgIAzrYCANy2AgAbtwIAJbcCAGi3AgBztwIAtbcCAL23AgACuAIAB7gCAE+4AgBquAIAnLgCAKi4AgDpuAIA77gCADa5AgBGuQIAg7kCAJS5AgDQuQIA1bkCAB26AgAhugIAO4cMAHO6AgC3ugIA0LoCAAS7AgAOuwIAUbsCAFe7AgCeuwIAoLsCAOu7AgD6uwIAOLwCAEK8AgCFvAIAjbwCANK8AgDWvAIAH70CAC29AgBsvQIAdr0CALm9AgDEvQIABr4CAA6+AgBTvgIAWL4CAKC+AgC7vgIA7b4CAPm+AgA6vwIAQL8CAIe/AgCXvwIA1L8CAOW/AgAhwAIAJsACAG7AAgBywAIAiIcMAMTAAgAIwQIAGcECAFXBAgBfwQIAosECALDBAgDvwQIA8MECADzCAgBNwgIAicICAJ3CAgDWwgIA3sICACPDAgAnwwIAcMMCAH7DAgC9wwIAx8MCAArEAgAVxAIAV8QCAF/EAgCkxAIAqcQCAPHEAgAMxQIAPsUCAErFAgCLxQIAkcUCANjFAgDoxQIAJcYCADbGAgByxgIAd8YCAL/GAgDDxgIA1YcMABrHAgBZxwIAdMcCAKbHAgC0xwIA88cCAPrHAgBAyAIATMgCAI3IAgCVyAIAIogMAOjIAgAnyQIAMckCAHTJAgB/yQIAwckCAMnJAgAOygIAE8oCAFvKAgB2ygIAqMoCALTKAgD1ygIA+8oCAELLAgBSywIAj8sCAKDLAgDcywIA4csCACnMAgAtzAIAb4gMAIfMAgDDzAIAy8wCABDNAgARzQIAXc0CAGLNAgCqzQIAuM0CAPfNAgAEzgIARM4CAE7OAgCRzgIAnc4CAN7OAgDkzgIAK88CADPPAgB4zwIAf88CAMXPAgDRzwIAEtACABjQAgBf0AIAa9ACAKzQAgC80AIA+dACAAXRAgBG0QIATNECAJPRAgCf0QIA4NECAO3RAgAt0gIAPNICAHrSAgCG0gIAvIgMANPSAgAU0wIAG9MCAGHTAgBp0wIArtMCALDTAgD70wIABdQCAEjUAgBQ1AIACYkMAKPUAgA34QIApNQCAOLUAgDk1AIAL9UCAEDVAgB81QIAjdUCAMnVAgDV1QIAFtYCAB3WAgBj1gIAa9YCALDWAgDa1gIA/dYCAALXAgBK1wIAS9cCAJfXAgCh1wIA5NcCAPLXAgAx2AIANtgCAH7YAgCL2AIAy9gCAOfYAgAY2QIANNkCAFaJDABy2QIAstkCALbZAgD/2QIABdoCAEzaAgBO2gIAmdoCAJraAgDm2gIACdsCADPbAgBX2wIAgNsCAKrbAgDN2wIA1dsCABrcAgAf3AIAZ9wCAHTcAgC03AIAvNwCAAHdAgAD3QIATt0CAFbdAgCb3QIAxd0CAOjdAgD13QIANd4CADreAgCC3gIAj94CAM/eAgDb3gIAHN8CAEbfAgBp3wIAcd8CALbfAgDR3wIAA+ACAAXgAgBQ4AIAYeACAJ3gAgCm4AIA6uACAPbgAgCjiQwAROECAIThAgCL4QIA0eECAN3hAgAe4gIAMeICAGviAgBz4gIAuOICAL3iAgAF4wIADuMCAFLjAgBc4wIAn+MCAKfjAgDs4wIA8eMCADnkAgBJ5AIAhuQCAI7kAgDT5AIA7OQCACDlAgAl5QIAbeUCAHblAgC65QIAx+UCAAfmAgAO5gIAVOYCAFfmAgDwiQwAo+YCAO7mAgD45gIAO+cCAD3nAgCI5wIAoecCANXnAgDX5wIAIugCACXoAgBv6AIAe+gCALzoAgDE6AIAPYoMAB3pAgBW6QIAWekCAKPpAgCt6QIA8OkCAPzpAgA96gIAU+oCAIrqAgCS6gIA1+oCAOXqAgAk6wIAJ+sCAHHrAgB56wIAvusCAMHrAgAL7AIAzOsCAFzyAgAV7AIAWOwCABbsAgAN7wIAWuwCAKXsAgCr7AIA8uwCAPzsAgA/7QIATe0CAIztAgCZ7QIA2e0CAPDtAgAm7gIALu4CAHPuAgB87gIAwO4CAMHuAgCKigwAFu8CAFrvAgBk7wIAp+8CALHvAgD07wIAAvACAEHwAgBO8AIAjvACAKXwAgDb8AIA4/ACACjxAgAv8QIAdfECAHrxAgDC8QIAxvECAA/yAgAc8gIA14oMAGnyAgCp8gIAsfICAPbyAgD88gIAQ/MCAE/zAgCQ8wIAn/MCAN3zAgDi8wIAKvQCAEX0AgB39AIAg/QCAMT0AgDK9AIAEfUCACX1AgBe9QIAZvUCAKv1AgDB9QIA+PUCAP31AgBF9gIATPYCAJL2AgCe9gIAJIsMAOb2AgAs9wIAOvcCAHn3AgCG9wIAxvcCAN33AgAT+AIAG/gCAGD4AgBm+AIArfgCALn4AgD6+AIAAfkCAEf5AgBV+QIAlPkCAJf5AgDh+QIA6fkCAC76AgA8+gIAe/oCAH76AgDI+gIA0PoCABX7AgAm+wIAYvsCAGf7AgCv+wIAsfsCAPz7AgAD/AIASfwCAFf8AgCW/AIAo/wCAOP8AgD6/AIAMP0CADj9AgB9/QIAh/0CAMr9AgDV/QIAF/4CACP+AgBk/gIAbP4CAHGLDACz/gIA/v4CAAj/AgBL/wIATf8CAJj/AgCb/wIA5f8CAPH/AgAyAAMAPAADAH8AAwCHAAMAzAADANoAAwAZAQMAJgEDAGYBAwBuAQMAswEDAMkBAwAAAgMADAIDAE0CAwBjAgMAmgIDAJ8CAwDnAgMA7QIDADQDAwBIAwMAvosMAIQDAwDOAwMA1gMDABsEAwApBAMAaAQDADEEAwCAdwYAdQQDALUEAwC9BAMAAgUDAAwFAwBPBQMAWgUDAJwFAwCoBQMA6QUDAPEFAwALjAwAPAYDAIMGAwCIBgMA0AYDAN8GAwAdBwMAKQcDAGoHAwBtBwMAtwcDALoHAwAECAMADAgDAFEIAwBWCAMAnggDAK4IAwDrCAMA8wgDADgJAwA7CQMAhQkDAI8JAwDSCQMA1AkDAB8KAwAlCgMAbAoDAHYKAwC5CgMAxwoDAAYLAwATCwMAUwsDAGoLAwCgCwMAqAsDAO0LAwD2CwMAOgwDADsMAwBYjAwAkwwDANQMAwDXDAMA0tkHAOMMAwAhDQMA5wwDABXLBwArDQMAbg0DAHYNAwCCeAMAeg0DAGNCCwB8DQMAuw0DAIoNAwAm1wYAwA0DAAgOAwDIDQMA1kMEABUOAwBVDgMAWA4DAGVDCABbDgMArqMHAF0OAwCiDgMAXw4DAEDjBABhDgMAFckEAKgOAwBpRwUArA4DAO8OAwCwDgMAjg0IAPQOAwA8DwMA+w4DAOuiAwBEDwMAiQ8DAIwPAwDWDwMA4g8DACMQAwApEAMAcBADAIsQAwC9EAMAyRADAAoRAwAQEQMAVxEDAF8RAwCkEQMAphEDAPERAwCpEQMAixIDAPsRAwA+EgMARhIDAKWMDACYEgMA2BIDAOASAwAlEwMAKBMDAHITAwB3EwMAvxMDAM4TAwAMFAMALBQDAFkUAwBlFAMAphQDALAUAwDzFAMA+xQDAEAVAwBSFQMAP40MAJcVAwDaFQMA6BUDACcWAwA0FgMAdBYDAIsWAwDBFgMAyRYDAA4XAwAdFwMAWxcDAGAXAwCoFwMAtRcDAPUXAwACGAMAQhgDAE4YAwCPGAMAnhgDANwYAwDmGAMAKRkDADcZAwB2GQMAexkDAMMZAwDQGQMAEBoDABMaAwBdGgMAZRoDAKoaAwCvGgMA9xoDAAQbAwBEGwMATBsDAJEbAwCaGwMA3hsDAOsbAwArHAMAORwDAHgcAwCLHAMAxRwDAM0cAwASHQMAGR0DAF8dAwBkHQMArB0DAMIdAwD5HQMA+x0DAEYeAwBUHgMAkx4DAKAeAwDgHgMA6B4DAC0fAwAwHwMAeh8DAH8fAwDHHwMA1h8DABQgAwA0IAMAYSADAG0gAwCuIAMAuCADAPsgAwADIQMASCEDAFohAwCMjQwApiEDAOIhAwDpIQMALyIDADciAwB8IgMAiSIDAMkiAwDOIgMAFiMDACAjAwBjIwMAayMDALAjAwCyIwMAb1IIALojAwDlaQgAvyMDAP0jAwDAIwMALjAHAAIkAwBKJAMAVyQDAJckAwCkJAMA5CQDAPAkAwAxJQMAQCUDAH4lAwCIJQMAyyUDANMlAwAYJgMAIiYDAGUmAwBqJgMAsiYDALomAwDZjQwACycDAEwnAwBSJwMAmScDALQnAwDmJwMA8icDADMoAwA5KAMAgCgDAJwoAwDNKAMA1SgDACaODAAiKQMAZykDAHEpAwC0KQMAvykDAAEqAwANKgMATioDAFYqAwBzjgwApyoDAOgqAwDuKgMANSsDAFArAwCCKwMAjisDAM8rAwDVKwMAHCwDACQsAwBpLAMAbywDALYsAwC/LAMAAy0DABAtAwBQLQMAXS0DAJ0tAwCrLQMA6i0DAPctAwA3LgMATi4DAIQuAwCMLgMA0S4DANYuAwAeLwMA4i4DAOwwAwArLwMAay8DAHMvAwC4LwMAwy8DAAUwAwAKMAMAUjADAFUwAwCfMAMAqTADAMCODADxMAMAOTEDAEgxAwCGMQMAiDEDANMxAwDkMQMAIDIDADEyAwBtMgMAgTIDAA2PDADLMgMABzMDAAozAwBUMwMADzMDADs2BgAUMwMA9TYLAF4zAwChMwMAozMDAO4zAwD4MwMAOzQDAEc0AwCINAMAsDQDANU0AwDgNAMAq9wDAPs0AwAiNQMAUzUDAG81AwCVNQMAvDUDAOI1AwAJNgMAOzYDAFY2AwCGNgMAozYDAKs2AwDwNgMAGDcDAD03AwBwNwMAijcDALo3AwDXNwMA3zcDACQ4AwAzOAMAcTgDAHY4AwC+OAMAxzgDAAs5AwDLOAMA9j8DABw5AwBYOQMAXzkDAKU5AwCtOQMA8jkDAP85AwA/OgMARDoDAIw6AwCWOgMA2ToDAOE6AwAmOwMAMDsDAPpFAwA1OwMAczsDAHg7AwDAOwMAzTsDAA08AwAaPAMAWjwDAGY8AwCnPAMAtjwDAPQ8AwD+PAMAQT0DAEk9AwCOPQMAmD0DANs9AwDgPQMAKD4DADA+AwBajwwAgT4DAMI+AwDIPgMADz8DACo/AwBcPwMAaD8DAKk/AwCvPwMAp48MAANAAwBDQAMAT0ADAJBAAwCfQAMA3UADAOdAAwAqQQMAOEEDAHdBAwB8QQMAxEEDANFBAwARQgMAGUIDAF5CAwBoQgMAq0IDALBCAwD4QgMAAEMDAEVDAwBIQwMAkkMDAJ5DAwDfQwMA5UMDACxEAwBHRAMAeUQDAIVEAwDGRAMAzEQDABNFAwAbRQMAYEUDAGJFAwCtRQMAt0UDAPSPDAAARgMAR0YDAElGAwCURgMAoUYDAOFGAwDkRgMALkcDAD9HAwB7RwMAfUcDAMhHAwDSRwMAFUgDACFIAwBiSAMAakgDAEGQDAC0SAMA/EgDAP9IAwBJSQMAU0kDAJZJAwCeSQMA40kDAPBJAwAwSgMAMkoDAH1KAwCTSgMAykoDANZKAwCOkAwAM0sDAGRLAwCASwMA25AMALZLAwD+SwMAC0wDAEtMAwBYTAMAmEwDAKRMAwDlTAMA9EwDADJNAwA8TQMAf00DAI1NAwDMTQMA0U0DABlOAwAmTgMAZk4DAH9OAwCzTgMAtU4DAABPAwAHTwMAKJEMAGpPAwCaTwMAq08DAOdPAwDzTwMANFADAEdQAwCBUAMAkFADAM5QAwDaUAMAG1EDABxRAwBoUQMAclEDALVRAwDDUQMAAlIDAAdSAwBPUgMAXFIDAHWRDAChUgMA6VIDAPZSAwA2UwMAQ1MDAINTAwCPUwMA0FMDAN9TAwAdVAMAJ1QDAGpUAwB4VAMAt1QDALxUAwAEVQMAEVUDAFFVAwBZVQMAnlUDAKhVAwDrVQMA8FUDADhWAwBAVgMAXJIMAIdWAwDSVgMA4FYDAB9XAwAwVwMAqZIMAHNXAwD2kgwAvlcDAAZYAwAOWAMAU1gDAGJYAwCgWAMApVgDAO1YAwD6WAMAOlkDAEdZAwCHWQMAk1kDANRZAwDjWQMAIVoDACtaAwCQkwwAdFoDAMyeCQCBWgMAu1oDAMpaAwAIWwMAFFsDAFVbAwBWWwMAolsDAKxbAwDvWwMA/VsDADxcAwBBXAMAiVwDAJZcAwDdkwwA2lwDACNdAwAuXQMAcF0DAH5dAwC9XQMAzl0DAApeAwAWXgMAV14DAF9eAwAqlAwAqV4DAPFeAwD+XgMAPl8DAEtfAwCLXwMAl18DANhfAwDnXwMAJWADAC9gAwByYAMAgGADAL9gAwDMYAMADGEDACNhAwB3lAwAZmEDAKZhAwCzYQMA82EDAP9hAwBAYgMAT2IDAI1iAwCXYgMA2mIDAOhiAwAnYwMA9mIDAC3vBwAsYwMAdGMDAIFjAwDBYwMAyWMDAA5kAwAUZAMAW2QDAGdkAwCoZAMAuGQDAPVkAwD+ZAMAQmUDAEVlAwCPZQMAm2UDANxlAwDjZQMAxJQMADZmAwB2ZgMAhWYDAMNmAwDEZgMAEGcDACdnAwBdZwMAd2cDAKpnAwC2ZwMA92cDAApoAwBEaAMAU2gDAJFoAwCdaAMA3mgDAN9oAwAraQMANWkDAHhpAwCGaQMAxWkDAMppAwASagMAH2oDABGVDAB5agMArGoDALtqAwD5agMA+2oDAEZrAwD+agMA/XADAFNrAwCTawMAoGsDAOBrAwDlawMALWwDADdsAwB6bAMAiWwDAMdsAwDMbAMAFG0DACFtAwBhbQMAbm0DAK5tAwC6bQMA+20DAApuAwBIbgMAUm4DAJVuAwCibgMA4m4DAOduAwAvbwMAM28DAHxvAwCIbwMAyW8DAM9vAwAWcAMAHHADAGNwAwBocAMAsHADALZwAwBelQwACnEDAEpxAwBXcQMAl3EDAKNxAwDkcQMA83EDADFyAwA7cgMAfnIDAIxyAwDLcgMA0HIDABhzAwAlcwMAZXMDAGxzAwCycwMAt3MDAP9zAwALdAMATHQDAE90AwCZdAMApnQDAOZ0AwDrdAMAM3UDAD11AwCAdQMAjHUDAM11AwDgdQMAGnYDACh2AwBndgMAanYDALR2AwC+dgMAAXcDAA13AwBOdwMAVHcDAJt3AwChdwMA6HcDAO13AwA1eAMAO3gDAKuVDACMeAMABnMFAI54AwDyIgcAkXgDAM94AwDReAMAHHkDAC15AwBpeQMAenkDALZ5AwC+eQMAA3oDABN6AwBQegMAUnoDAJ16AwCregMA6noDAPt6AwD4lQwAPnsDAEWWDACFewMA0XsDANZ7AwAefAMAJHwDAGt8AwB1fAMAuHwDAMR8AwAFfQMAC30DAFJ9AwBYfQMAn30DAKR9AwDsfQMA8n0DAJKWDABHfgMAhn4DAJ9+AwDTfgMA1H4DACB/AwA9fwMAbX8DAId/AwC6fwMAvX8DAAeAAwAMgAMAeZcMAG2AAwChgAMAp4ADAO6AAwC3gAMA5+kDAPCAAwA7gQMAQYEDAIiBAwCcgQMA1YEDAN2BAwAiggMAL4IDAG+CAwB0ggMAvIIDAMaCAwAJgwMAEYMDAFaDAwBngwMAo4MDAKiDAwDwgwMA8oMDAD2EAwBEhAMAioQDAJaEAwDXhAMA3oQDACSFAwBAhQMAcYUDAHmFAwDGlwwAw4UDAAuGAwANhgMAWIYDAF+GAwClhgMAs4YDAPKGAwD/hgMAP4cDAFaHAwCMhwMAlIcDANmHAwDjhwMAJogDAO+HAwD+5QMAMYgDAHOIAwB/iAMAwIgDAMiIAwATmAwADokDAFqJAwBfiQMAp4kDAKqJAwD0iQMA/okDAEGKAwBYigMAjooDAJSKAwDbigMA54oDACiLAwAriwMAdYsDAJKLAwDCiwMA04sDAA+MAwAujAMAXIwDAGSMAwCpjAMAq4wDAPaMAwAFjQMAQ40DAE2NAwCQjQMAno0DAN2NAwD4jQMAKo4DADaOAwB3jgMAf44DAGCYDADQjgMAEY8DACCPAwBejwMAY48DAKuPAwCxjwMA+I8DAP+PAwBFkAMATZADAJKQAwCUkAMA35ADAOaQAwAskQMALpEDAHmRAwB6kQMAxpEDANCRAwATkgMAH5IDAGCSAwBmkgMArZIDAMeSAwD6kgMAApMDAEeTAwBdkwMAlJMDAKKTAwDhkwMA5JMDAC6UAwAxlAMAe5QDAImUAwDIlAMA1ZQDABWVAwAslQMAYpUDAGqVAwCvlQMAsZUDAPyVAwAElgMASZYDAGCWAwCWlgMAopYDAOOWAwD5lgMAMJcDADiXAwB9lwMAi5cDAMqXAwDUlwMAF5gDAB+YAwBkmAMAa5gDALGYAwC9mAMA/pgDAP+YAwBLmQMAV5kDAJiZAwClmQMA5ZkDAOyZAwAymgMANZoDAH+aAwCHmgMAzJoDANGaAwAZmwMAJpsDAGabAwCUmwMAs5sDALubAwCtmAwACJwDAJnHDAAcnAMATZwDAFWcAwD6mAwAqJwDAOecAwDpnAMANJ0DAEWdAwCBnQMAiZ0DAM6dAwDanQMAG54DACGeAwBongMAbp4DALWeAwC6ngMAAp8DAAifAwBHmQwAVJ8DAJyfAwBbnwMAK1QKAKSfAwDpnwMA7p8DAMEzCADvnwMATQYJAPWfAwCozggA+J8DADagAwD6nwMA5QMJADugAwCDoAMAPKADAEJOBwCQoAMA0KADAN2gAwAdoQMAKaEDAGqhAwB5oQMAt6EDAMGhAwB7mgwADqIDAFGiAwBWogMAnqIDAKaiAwDImgwA8aIDADijAwBOowMAhaMDAJOjAwDSowMA36MDAB+kAwAhpAMAbKQDAHakAwC5pAMAxaQDAAalAwANpQMAU6UDAFulAwCgpQMAp6UDAO2lAwD2pQMAOqYDAEamAwCHpgMAj6YDAGKbDADZpgMAIacDACmnAwBupwMAfacDALunAwDApwMACKgDABWoAwBVqAMAYqgDAKKoAwCuqAMA76gDAP6oAwA8qQMARqkDAImpAwCXqQMA1qkDANupAwAjqgMAMKoDAHCqAwB4qgMAvaoDAMeqAwAKqwMAGKsDAFerAwBtqwMApKsDALCrAwDxqwMA9qsDAD6sAwBHrAMAi6wDAJWsAwCvmwwA4qwDACWtAwAxrQMAcq0DAHqtAwD8mwwAxK0DAAyuAwAZrgMAWa4DAGauAwCmrgMAsq4DAPOuAwACrwMAQK8DAEqvAwCNrwMApa8DANqvAwDkrwMAJ7ADADWwAwB0sAMAirADAMGwAwDNsAMADrEDABOxAwBbsQMAZLEDAKixAwCysQMA9bEDAP2xAwBJnAwAT7IDAI+yAwBYsgMA0AwMAJyyAwDcsgMA6LIDACmzAwA4swMAdrMDAICzAwDDswMA0bMDABC0AwAdtAMAXbQDAHS0AwCqtAMAsrQDAPe0AwABtQMARLUDAEm1AwCRtQMAmbUDAJacDADqtQMAK7YDADG2AwB4tgMAk7YDAMW2AwDRtgMAErcDABi3AwBftwMAe7cDAKy3AwC0twMA45wMAP63AwBGuAMAU7gDAJO4AwCguAMA4LgDAOy4AwAtuQMAPLkDAHq5AwCEuQMAx7kDANW5AwAUugMAGboDAGG6AwBuugMArroDALa6AwD7ugMAAbsDAEi7AwAFuwMAFr0DAFS7AwCVuwMApbsDAOK7AwDruwMAL7wDADK8AwB8vAMAiLwDAMm8AwDQvAMAMJ0MACS9AwBjvQMAeb0DALC9AwC8vQMA/b0DAAS+AwBKvgMAUr4DAJe+AwCcvgMA5L4DAO2+AwAxvwMAO78DAH2dDACDvwMAy78DAIq/AwC0wwMA078DABjAAwAewAMAZcADAGrAAwCywAMAu8ADAP/AAwAJwQMATMEDAFjBAwCZwQMAocEDAMqdDADrwQMAM8IDADvCAwCAwgMAi8IDAM3CAwDSwgMAGsMDAB3DAwBnwwMAccMDABeeDAC+wwMAAcQDAAXEAwBOxAMAU8QDAJvEAwChxAMA6MQDAAjFAwA1xQMAPcUDAILFAwCQxQMAz8UDANLFAwAcxgMAJMYDAGnGAwByxgMAtsYDAMPGAwADxwMACccDAFDHAwBcxwMAnccDAJ/HAwDqxwMA+ccDADfIAwBCyAMAhMgDAIbIAwDRyAMA6sgDAB7JAwAvyQMAa8kDAHfJAwBkngwAwMkDAAXKAwAlygMAUsoDAGDKAwCfygMArMoDAOzKAwDzygMAOcsDAFXLAwCGywMAjssDALGeDADYywMAIMwDAC3MAwBtzAMAeswDALrMAwDGzAMAB80DABbNAwBUzQMAXs0DAKHNAwC2zQMA7s0DAPbNAwA7zgMASs4DAIjOAwCKzgMA1c4DAN7OAwAizwMAJc8DAG/PAwB7zwMAvM8DANjPAwAJ0AMAEdADAP6eDABb0AMAo9ADALnQAwDw0AMA/NADAD3RAwBg0QMAS58MAJTRAwDX0QMA39EDACTSAwAq0gMAWZcHADPSAwBx0gMAdtIDAL7SAwDL0gMAC9MDABjTAwBY0wMAZNMDAKXTAwC00wMA8tMDAPzTAwA/1AMAR9QDAIzUAwCW1AMA2dQDAN7UAwAm1QMALtUDAJifDAB21QMAwNUDAN3VAwAN1gMAHtYDAFrWAwBo1gMACyAEAI/WAwCn1gMAw9YDAPTWAwAQ1wMA5Z8MAEfXAwCO1wMAlNcDANvXAwDg1wMAKNgDAC7YAwAyoAwAetgDAMLYAwDP2AMAD9kDABzZAwBc2QMAaNkDAKnZAwC42QMA9tkDAADaAwBD2gMAUdoDAJDaAwCV2gMA3doDAOraAwAq2wMANtsDAHfbAwB92wMAxNsDAMrbAwAR3AMAFtwDAF7cAwBk3AMAGaEMAL/cAwD43AMAHt0DAEXdAwBr3QMAkt0DALjdAwDf3QMAD94DACzeAwA03gMAed4DAKHeAwDG3gMA+94DABPfAwA53wMAYN8DAIbfAwCt3wMA4t8DAPrfAwAq4AMAR+ADAE/gAwCU4AMAmeADAJgzBACj4AMA4eADAObgAwAu4QMAO+EDAHvhAwCI4QMAyOEDANThAwAV4gMAJOIDAGLiAwBs4gMAr+IDAL3iAwD84gMAAeMDAEnjAwBW4wMAluMDAJ7jAwDj4wMA6eMDADDkAwDt4wMAMDEEADzkAwB95AMAjeQDAMrkAwDT5AMAF+UDABrlAwBk5QMAcOUDALHlAwC45QMAZqEMABLmAwBL5gMATuYDAJjmAwC15gMA5eYDAPbmAwAy5wMAOecDAH/nAwCY5wMAzOcDANTnAwAZ6AMAL+gDAGboAwBr6AMAs+gDALroAwAA6QMACekDAE3pAwBe6QMAmukDAKbpAwCzoQwA++kDADTqAwA36gMAgeoDAJ7qAwDO6gMA3+oDABvrAwAq6wMAaOsDAHnrAwC16wMAw+sDAALsAwAO7AMAT+wDAFzsAwCc7AMApuwDAACiDADy7AMANu0DAEPtAwCD7QMAke0DANDtAwDf7QMAHe4DAB/uAwBq7gMAdO4DALfuAwDF7gMABO8DAAnvAwBR7wMAXu8DAJ7vAwCh7wMA6+8DAPfvAwA48AMAS/ADAIXwAwCU8AMA0vADAN7wAwAf8QMAIPEDAGzxAwB28QMAufEDAMfxAwAG8gMAC/IDAFPyAwBg8gMATaIMAKXyAwDt8gMAA/MDADrzAwBQ8wMAh/MDAJDzAwDU8wMA4fMDACH0AwAv9AMAbvQDAH30AwC79AMAvfQDAAj1AwAS9QMAVfUDAGP1AwCi9QMAp/UDAO/1AwD89QMAPPYDAD/2AwCJ9gMAkfYDANb2AwDn9gMAI/cDADH3AwBw9wMAffcDAL33AwDd9wMACvgDABL4AwBX+AMAZ/gDAKT4AwCm+AMA8fgDAP/4AwA++QMAT/kDADSjDACR+QMA2PkDAOT5AwCBowwALPoDAHL6AwAy+gMATI8FAHn6AwC/+gMAxfoDAAz7AwAY+wMAWfsDAFz7AwCm+wMAqfsDAPP7AwAe/AMAQPwDAGP8AwCN/AMAmPwDANr8AwDf/AMAJ/0DACr9AwB0/QMAfv0DAMH9AwDs/QMAzqMMABP+AwBb/gMAaP4DAKj+AwC1/gMA9f4DAAH/AwBC/wMAUf8DAI//AwCZ/wMA3P8DAOT/AwApAAQAMwAEAHYABAB7AAQAwwAEAMsABAAbpAwAHQEEAF0BBABxAQQAqgEEALIBBAD3AQQA/AEEAEQCBABUAgQAkQIEAJkCBADeAgQA6AIEACsDBAA2AwQAeAMEAIQDBADFAwQAzQMEAGikDAATBAQAXwQEAGsEBACsBAQAuwQEAPkEBAAHBQQARgUEAFYFBACTBQQAoQUEAOAFBADsBQQALQYEADQGBAB6BgQAggYEAMcGBADdBgQAFAcEACgHBABhBwQAZAcEAK4HBADLBwQA+wcEAAwIBABICAQAUAgEAJUIBACgCAQA4ggEAOcIBAAvCQQAMgkEAHwJBACGCQQAyQkEAMwJBAC1pAwAKgoEAGMKBABmCgQAsAoEAM0KBAD9CgQADgsEAEoLBABSCwQAlwsEAJoLBADkCwQA8AsEADEMBAA3DAQAfgwEAJkMBADLDAQA1wwEABgNBAAeDQQAZQ0EAG0NBACyDQQAvQ0EAP8NBAAEDgQATA4EAE8OBACZDgQAow4EAOYOBADuDgQAMw8EAFIPBAACpQwAlA8EAM0PBADzDwQAGhAEAEAQBABnEAQAjRAEALQQBADqEAQAAREEADYRBABOEQQAdBEEAJsRBADBEQQA6BEEAB0SBAA1EgQAWRIEAIISBACeEgQAzxIEANcSBABPpQwAIRMEAGkTBAB2EwQAthMEAMMTBAADFAQADxQEAFAUBABfFAQAnRQEAKcUBADqFAQA+BQEADcVBAA8FQQAhBUEAJEVBADRFQQA2RUEAB4WBAAkFgQAaxYEACgWBAA5GAQAdxYEALgWBADIFgQABRcEAA4XBABSFwQAVRcEAJ8XBACrFwQA7BcEAPMXBACcpQwARxgEAIYYBACcGAQA0xgEAN8YBAAgGQQAJxkEAG0ZBAB1GQQAuhkEAL8ZBAAHGgQAEBoEAFQaBABeGgQA6aUMAKIaBADuGgQA+hoEADsbBABBGwQAiBsEAIobBADVGwQA3xsEACIcBAAwHAQAbxwEAHQcBAC8HAQAyRwEAAkdBAARHQQAVh0EAGAdBACjHQQAsR0EAPAdBAAGHgQAPR4EAEkeBACKHgQAkR4EANceBADfHgQAJB8EACkfBABxHwQAeh8EAL4fBADIHwQANqYMACMgBABYIAQAWyAEAKUgBADCIAQA8iAEAAMhBAA/IQQAVyEEAIwhBACYIQQA2SEEAOwhBAAmIgQANSIEAHMiBAB/IgQAwCIEAMEiBAANIwQAFyMEAFojBABoIwQApyMEAKwjBAD0IwQAASQEAIOmDABGJAQAjiQEAJskBADbJAQA6CQEACglBAA0JQQAdSUEAIQlBADCJQQAzCUEAA8mBAAdJgQAXCYEAGEmBACpJgQAtiYEAPYmBAD+JgQAQycEAEknBACQJwQATScEAF4pBACcJwQA3ScEAO0nBAAqKAQAMygEAHcoBAB6KAQAxCgEANAoBAARKQQAGCkEAGqnDABsKQQAqykEAMEpBAD4KQQABCoEAEUqBABMKgQAkioEAJoqBADfKgQA5CoEACwrBAA1KwQAeSsEAIMrBAC3pwwAxysEABMsBAAfLAQAYCwEAGYsBACtLAQArywEAPosBAAELQQARy0EAFUtBACULQQAmS0EAOEtBADuLQQALi4EADYuBAB7LgQAhS4EAMguBADWLgQAFS8EACsvBABiLwQAbi8EAK8vBAC2LwQA/C8EAAQwBABJMAQATjAEAJYwBACfMAQA4zAEAO0wBAAEqAwAPjEEAH0xBACTMQQAyjEEANYxBAAXMgQAHjIEAGQyBABsMgQAsTIEALYyBAD+MgQABzMEAEszBABVMwQAUagMAJkzBADlMwQA8TMEADI0BAA4NAQAfzQEAIE0BADMNAQA1jQEABk1BAAnNQQAZjUEAGs1BACzNQQAwDUEAAA2BAAINgQATTYEAFc2BACaNgQAqDYEAOc2BAD9NgQANDcEAEA3BACBNwQAiDcEAM43BADWNwQAGzgEACA4BABoOAQAcTgEALU4BAC/OAQAnqgMAAQ5BACNswkAEDkEAE85BABgOQQAnDkEAKE5BADpOQQAADoEADY6BABKOgQAgzoEAJs6BADQOgQA3zoEAB07BAAiOwQAajsEAHc7BAC3OwQAxDsEAAQ8BAAQPAQAUTwEAGA8BACePAQAqDwEAOs8BADzPAQAOD0EAFY9BACFPQQAjT0EANI9BADbPQQAHz4EACw+BABsPgQAbj4EALk+BADSPgQABj8EABc/BABTPwQAXz8EAKA/BACoPwQA66gMAPI/BAA6QAQAQkAEAIdABACWQAQA1EAEANlABAAhQQQALkEEAG5BBAB7QQQAu0EEAMdBBAAIQgQAF0IEAFVCBABfQgQAokIEAKpCBADvQgQA+UIEADxDBABBQwQAiUMEAJFDBAA4qQwA7UMEACNEBAArRAQAcEQEAHpEBAC9RAQAwkQEAApFBAASRQQAhakMAFxFBACkRQQArUUEAD8+CQCxRQQA8UUEALpFBABV4AoA/kUEAD5GBABKRgQAi0YEAJpGBADYRgQA4kYEACVHBAAtRwQATN4IADNHBAByRwQAf0cEAL9HBADWRwQADEgEABRIBABZSAQAY0gEAKZIBACrSAQA80gEAPtIBADSqQwATUkEAI1JBACbSQQA2kkEAO1JBAAnSgQAL0oEAHRKBAB3SgQAwUoEAMZKBAAOSwQAHUsEAFtLBAB7SwQAqEsEALRLBAD1SwQA/0sEAEJMBABeTAQAj0wEAJdMBAAfqgwA70wEAClNBAAvTQQAdk0EAIJNBADDTQQAzU0EABBOBAAWTgQAXU4EAGtOBACqTgQAtk4EAPdOBAD6TgQARE8EAEVPBACRTwQAnU8EAN5PBADkTwQAK1AEADFQBAB4UAQAhFAEAMVQBADiUAQAElEEABtRBABfUQQAa1EEAKxRBACvUQQA+VEEAANSBABGUgQAUlIEAJNSBACZUgQA4FIEAOZSBAAtUwQAMlMEAHpTBACAUwQAbKoMANNTBAAUVAQAFlQEAGFUBABwVAQArlQEALlUBAD7VAQAB1UEAEhVBABPVQQAlVUEAJ1VBADiVQQA7FUEAC9WBAA6VgQAfFYEAIhWBADJVgQA0VYEAFOrDAAYVwQAY1cEAHZXBACwVwQAuFcEAP1XBAADWAQASlgEAFZYBACXWAQAoVgEAORYBADqWAQAMVkEAD9ZBAB+WQQAilkEAMtZBADOWQQAGFoEACBaBABlWgQAZloEALJaBAC+WgQA/1oEAAVbBABMWwQAVFsEAJlbBACfWwQA5lsEAPJbBAAzXAQAUFwEAIBcBACJXAQAzVwEANlcBAAaXQQAHV0EAGddBABxXQQAtF0EALxdBAABXgQAEl4EAE5eBABcXgQAm14EALFeBADoXgQA9l4EADVfBAA/XwQAoKsMAJBfBADPXwQA0l8EABxgBAAkYAQAvLYEAChgBABVjwQAK2AEANNlBAA4YAQAaWAEAIVgBADtqwwAuGAEAANhBAAQYQQAUGEEAF1hBACdYQQAomEEAOphBAD0YQQAN2IEAEZiBACEYgQAiWIEANFiBADeYgQAHmMEACtjBABrYwQAd2MEALhjBADHYwQABWQEAA9kBABSZAQAXmQEAJ9kBAClZAQA7GQEAPJkBAA5ZQQAPmUEAIZlBACMZQQAOqwMANhlBAC1hQQA5GUEACBmBAAuZgQAbWYEAHlmBAC6ZgQAx2YEAAdnBAARZwQAVGcEAHBnBAChZwQAvWcEAIesDADwZwQAO2gEAEhoBACIaAQAlWgEANVoBADaaAQAImkEACxpBABvaQQAfmkEALxpBADBaQQACWoEABZqBABWagQAY2oEAKNqBACvagQA8GoEAP9qBAA9awQAR2sEAIprBACWawQA12sEAN1rBAAkbAQAKmwEAHFsBAB2bAQAvmwEAMRsBADUrAwAEm0EAFhtBABmbQQApW0EAKhtBADybQQAAW4EAD9uBABEbgQAjG4EAJluBADZbgQA5m4EACZvBAAybwQAc28EAIJvBADAbwQAym8EAA1wBAAbcAQAWnAEAF9wBACncAQAtHAEAPRwBAAAcQQAQXEEAFRxBACOcQQAnXEEANtxBADncQQAKHIEAClyBAB1cgQAf3IEAMJyBADQcgQAD3MEABRzBABccwQAaXMEACGtDACucwQA9nMEAP9zBABDdAQAVHQEAJB0BACXdAQA3XQEAOV0BAAqdQQAN3UEAHd1BAB8dQQAxHUEAM51BAARdgQAGXYEAF52BAB1dgQAq3YEALd2BAD4dgQAAncEAEV3BABNdwQAkncEAJR3BADfdwQA53cEACx4BAAyeAQAeXgEAIV4BADGeAQAyXgEABN5BAAYeQQAYHkEAGl5BACteQQAs3kEAPp5BAAJegQAR3oEAFN6BAAIrgwAlnoEAOF6BADvegQALnsEAD97BABVrgwAgnsEAKKuDADNewQAFXwEAB18BABifAQAcXwEAK98BAC0fAQA/HwEAAl9BABJfQQAVn0EAJZ9BACifQQA430EAPJ9BAAwfgQAOn4EADyvDAB/fgQAyn4EAOV+BAAXfwQAGX8EAGR/BAB+fwQAsX8EAL5/BAD+fwQACoAEAEuABABVgAQAmIAEALKABADlgAQA9IAEADKBBAA3gQQAf4EEAIyBBADMgQQA2YEEABmCBAAlggQAZoIEAHWCBACzggQAvYIEAACDBAAMgwQATYMEAGCDBACagwQAqYMEAOeDBADzgwQANIQEADWEBACBhAQAi4QEAM6EBADchAQAG4UEACCFBABohQQAdYUEAImvDADChQQAAoYEAA+GBABPhgQAW4YEAJyGBACrhgQA6YYEAPOGBAA2hwQARIcEAIOHBACIhwQA0IcEAN2HBAAdiAQAKYgEAGqIBAB9iAQAt4gEAMaIBAAEiQQAEIkEAFGJBABSiQQAnokEAKiJBADriQQA+YkEADiKBAA9igQAhYoEAJKKBADWrwwA34oEAB+LBAAhiwQAbIsEAIWLBAC5iwQAyosEAAaMBAASjAQAU4wEAFuMBAC9sAwApYwEAO2MBAD1jAQAOo0EAEmNBACHjQQAjI0EANSNBADhjQQAIY4EAC6OBABujgQAeo4EALuOBADKjgQACI8EABKPBAAKsQwAaI8EAKKPBACxjwQA748EAPuPBAA8kAQAPZAEAImQBACTkAQA1pAEAOSQBAAjkQQAKJEEAHCRBAB9kQQAV7EMAMKRBAAKkgQAF5IEAFeSBABkkgQApJIEALCSBADxkgQAAJMEAD6TBABIkwQAi5MEAJmTBADYkwQA3ZMEACWUBAAylAQAcpQEAHqUBAC/lAQAxZQEAAyVBADJlAQAbtsEABiVBABZlQQAaZUEAKaVBACvlQQA85UEAPaVBABAlgQATJYEAI2WBACUlgQAPrIMAOWWBAAnlwQAKJcEAHSXBACMlwQAwZcEAM6XBAAOmAQAGpgEAFuYBABlmAQAqJgEAKyYBAD1mAQA+pgEAEKZBABImQQAj5kEAK+ZBADcmQQA9JkEACmaBABAmgQAdpoEAIKaBADDmgQAzZoEABCbBAASmwQAXZsEAGSbBACqmwQAsZsEAPebBAD9mwQARJwEAFCcBACRnAQAlJwEAN6cBADhnAQAK50EADedBAB4nQQAe50EAIuyDADKnQQAEp4EABqeBABfngQAZZ4EAKyeBACxngQA+Z4EAAKfBABGnwQAUJ8EAJOfBACfnwQA4J8EAOifBADYsgwAMqAEAHqgBACCoAQAx6AEANKgBAAUoQQAGaEEAGGhBABkoQQArqEEALihBAAlswwAB6IEAEiiBABPogQAlaIEAKOiBADiogQA5aIEAC+jBAA3owQAfKMEAH+jBADJowQA1aMEABakBAAcpAQAY6QEAH6kBACwpAQAvKQEAP2kBAADpQQASqUEAFKlBACXpQQAm6UEAOSlBADwpQQAMaYEAD6mBAB+pgQAiKYEAMumBADTpgQAGKcEABqnBABlpwQAaacEALKnBAC0pwQA/6cEABOoBAByswwAVKgEAJmoBACdqAQA5qgEAOioBAAzqQQANqkEAICpBACIqQQAzakEANqpBAAaqgQAH6oEAGeqBABxqgQAtKoEALyqBAABqwQAAqsEAE6rBABTqwQAm6sEAJ6rBADoqwQA66sEADWsBABDrAQAgqwEAJusBADPrAQA4KwEABytBAAorQQAaa0EAHGtBAC/swwAu60EAAOuBAALrgQAUK4EAF+uBACdrgQAoq4EAOquBAD3rgQAN68EAESvBACErwQAkK8EANGvBADgrwQAHrAEACiwBABrsAQAc7AEALiwBADCsAQABbEEAAqxBABSsQQAWrEEAAy0DACqsQQA7LEEAPixBAA5sgQAQbIEAFm0DACSsgQA07IEANqyBAAgswQALrMEAG2zBABwswQAurMEAMKzBAAHtAQACrQEAFS0BABgtAQAobQEAKe0BADutAQACbUEADu1BABHtQQAiLUEAI61BADVtQQA+LUEACK2BAAltgQAb7YEAJO2BACmtAwAy7YEAAm3BAAOtwQAVrcEAGO3BACjtwQAsLcEAPC3BAD8twQAPbgEAEy4BACKuAQAlLgEANe4BADluAQAJLkEACm5BABxuQQAfrkEAL65BADGuQQA87QMABi6BABYugQAYLoEAKW6BAC+ugQA8roEAPi6BAA/uwQARLsEAIy7BACsuwQA2bsEAOW7BAAmvAQAM7wEAHO8BAB7vAQAwLwEAMO8BAANvQQAF70EAFq9BABcvQQAp70EALG9BAD0vQQAAL4EAEC1DABXvgQAjr4EAJq+BADbvgQA4L4EACi/BADjvgQAEXwNADG/BAB1vwQAf78EAMK/BADKvwQAEjoIAM6/BAAPwAQA5b8EAG4qCAAVwAQAXMAEACLABABJ5wkAYsAEAKnABACuwAQA9sAEAPzABACNtQwAUcEEAJDBBACmwQQA3cEEAOnBBAAqwgQAL8IEAHfCBACAwgQAxMIEAM7CBAARwwQAGcMEAF7DBABtwwQAq8MEALDDBAD4wwQABcQEAEXEBABSxAQAksQEAJ7EBADfxAQA7sQEACzFBAA2xQQAecUEAIfFBADGxQQA08UEABPGBAAqxgQAYMYEAGjGBACtxgQAt8YEAPrGBAD/xgQAR8cEAE/HBAB0tgwAoMcEAOHHBADnxwQALsgEAEnIBAB7yAQAh8gEAMjIBADOyAQAwbYMACjJBABiyQQAcckEAK/JBAC7yQQA/MkEAP3JBABJygQAU8oEAJbKBACkygQA48oEAOjKBAAwywQAPcsEAA63DACCywQAyssEANLLBAAXzAQAGswEAGTMBABtzAQAscwEAMDMBAD+zAQACc0EAEvNBABTzQQAmM0EAKjNBADlzQQA880EADLOBABDzgQAf84EAIvOBADMzgQA1M4EAPW3DAAfzwQAZs8EAG7PBACzzwQAus8EAADQBAAO0AQATdAEAFPQBACa0AQAptAEAOfQBAD20AQANNEEAD7RBACB0QQAhtEEAM7RBADU0QQAG9IEAC/SBABo0gQAcNIEALXSBADd0gQAAtMEAAvTBABP0wQAXNMEAJzTBACq0wQA6dMEAPzTBAA21AQAUtQEAEK4DACI1AQA0NQEAN3UBAAd1QQAKtUEAGrVBAB21QQAt9UEAMbVBAAE1gQADtYEAFHWBABf1gQAntYEAKPWBADr1gQA+NYEADjXBABA1wQAhdcEAIvXBADS1wQA3tcEAB/YBAAv2AQAbNgEAHXYBAC52AQAvNgEAAbZBAAS2QQAU9kEAFrZBACPuAwAyNkEAO3ZBAD22QQAOtoEAEfaBACH2gQAldoEANTaBADn2gQAIdsEAD3bBADcuAwAfNsEALvbBADR2wQACNwEABTcBABV3AQAXNwEAKLcBACq3AQA79wEAPTcBAA83QQARd0EAIndBACT3QQAKbkMANfdBAAj3gQAL94EAHDeBAB23gQAvd4EAL/eBAAK3wQAFN8EAFffBABl3wQApN8EAKnfBADx3wQA/t8EAD7gBABG4AQAi+AEAJXgBADY4AQA5uAEACXhBAA74QQAcuEEAH7hBAC/4QQAxuEEAAziBAAU4gQAWeIEAF7iBACm4gQAr+IEAPPiBAD94gQAdrkMAE7jBACN4wQAo+MEANrjBADm4wQAJ+QEACzkBAB05AQAfeQEAMHkBADL5AQADuUEABrlBABb5QQAYeUEAKjlBACu5QQA9eUEAPrlBABC5gQASOYEAMO5DACU5gQA3OYEAOnmBAAp5wQANucEAHbnBACC5wQAw+cEANLnBAAQ6AQAGugEAF3oBABr6AQAqugEAK/oBAD36AQABOkEAETpBABM6QQAkekEAJvpBADe6QQA7OkEACvqBABB6gQAeOoEAITqBADF6gQAyuoEABLrBAAb6wQAX+sEAGnrBACqugwAuOsEAPnrBAAK7AQARuwEAFLsBACT7AQAouwEAODsBADq7AQALe0EADvtBAB67QQAf+0EAMftBADU7QQAFO4EAB7uBABh7gQAIO4EALDxBABv7gQAru4EAMTuBAD77gQAB+8EAEjvBABN7wQAle8EAJ7vBADi7wQA7O8EAC/wBAA78AQAfPAEAILwBADJ8AQAz/AEABbxBAAb8QQAY/EEAGnxBAD3ugwAtvEEAP3xBAAD8gQASvIEAE/yBACX8gQAnfIEAES7DADy8gQAMfMEAEfzBAB+8wQAivMEAMvzBADQ8wQAGPQEACH0BABl9AQAb/QEALL0BAC+9AQA//QEABL1BABM9QQAW/UEAJn1BACl9QQA5vUEAOf1BAAz9gQAPfYEAID2BACO9gQAzfYEANL2BAAa9wQAJ/cEAJG7DAB29wQAtPcEANT3BAAB+AQADfgEAE74BABY+AQAm/gEAKD4BADo+AQA6fgEADX5BABB+QQAgvkEAI/5BADP+QQA2/kEABz6BAAv+gQAafoEAHj6BAC2+gQAwvoEAAP7BAAE+wQAUPsEAFr7BACd+wQAq/sEAOr7BADv+wQAN/wEAET8BADeuwwAoPwEACu8DADX/AQAHv0EACT9BABr/QQAcP0EALj9BAC+/QQAeLwMAAr+BABS/gQAVf4EAJ/+BACr/gQA7P4EAPL+BAA5/wQAVP8EAIb/BACS/wQA0/8EANn/BAAgAAUAIgAFAG0ABQCIAAUAugAFALwABQAHAQUAFQEFAFQBBQBlAQUAoQEFAKMBBQDuAQUABwIFADsCBQBMAgUAiAIFAJQCBQBfvQwA3QIFACIDBQA7AwUAbwMFAHgDBQC8AwUAzAMFAAkEBQAZBAUAVgQFAGIEBQCjBAUAqQQFAPAEBQD+BAUAPQUFAEoFBQCKBQUAoQUFANcFBQDfBQUAJAYFAC4GBQBxBgUAfwYFAL4GBQDUBgUACwcFABcHBQBYBwUAXwcFAKUHBQCtBwUA8gcFAPcHBQA/CAUASAgFAIwIBQCWCAUA2QgFAOEIBQAmCQUAKAkFAHMJBQCDCQUAwAkFAMoJBQANCgUAGQoFAFoKBQBgCgUApwoFAK8KBQCsvQwA/goFAEELBQBPCwUAjgsFAKQLBQDbCwUA5wsFACgMBQAtDAUAdQwFAH4MBQDCDAUAzAwFAA8NBQAXDQUAXA0FAGENBQCpDQUAuA0FAPYNBQAFDgUAQw4FAEwOBQCQDgUAlg4FAN0OBQDjDgUAKg8FADYPBQB3DwUAfg8FAMQPBQDMDwUAERAFABMQBQBeEAUAbhAFAKsQBQC1EAUA+BAFAAQRBQBFEQUASxEFAJIRBQCaEQUA+b0MAOsRBQAsEgUAPRIFAHkSBQCFEgUAxhIFANUSBQATEwUAHRMFAGATBQBuEwUArRMFALITBQD6EwUABxQFAEcUBQBPFAUAlBQFAJ4UBQDvKQUAoBQFAOEUBQDnFAUALhUFADQVBQB7FQUAgBUFAMgVBQDOFQUARr4MACEWBQBiFgUAaBYFAK8WBQDKFgUA/BYFAAgXBQBJFwUATxcFAJYXBQCeFwUA4xcFAOYXBQAwGAUAPBgFAH0YBQCOGAUAyhgFANYYBQAXGQUAJhkFAGQZBQBuGQUAsRkFAL8ZBQD+GQUAAxoFAEsaBQBYGgUAmBoFAKAaBQDlGgUA7xoFADIbBQBAGwUAfxsFAJUbBQDMGwUA2BsFABkcBQAeHAUAZhwFAG8cBQCzHAUAvRwFAC2/DAAGHQUATR0FAFMdBQCaHQUAph0FAOcdBQD0HQUANB4FAD4eBQCBHgUAiR4FAM4eBQDYHgUAGx8FACAfBQBoHwUAaR8FALUfBQC6HwUAAiAFABMgBQBPIAUAVCAFAJwgBQCzIAUA6SAFAP0gBQA2IQUAUiEFAIMhBQCLIQUAer8MANghBQAdIgUAJyIFAGoiBQB+IgUAtyIFALgiBQAEIwUAECMFAFEjBQBtIwUAniMFAKYjBQDHvwwA9CMFADgkBQBGJAUAhSQFAEckBQBHsAgAjyQFANIkBQDUJAUAHyUFADglBQBsJQUAfSUFALklBQDFJQUABiYFAA4mBQAUwAwAXyYFAKAmBQCmJgUA7SYFAAgnBQA6JwUARicFAIcnBQCNJwUA1CcFANcnBQAhKAUAKSgFAG4oBQB+KAUAuygFAMAoBQAIKQUAESkFAFUpBQBiKQUAoikFAKkpBQBhwAwA/SkFADwqBQBSKgUAiSoFAJUqBQDWKgUA2yoFACMrBQAsKwUAcCsFAHorBQC9KwUA2SsFAAosBQASLAUArsAMAFwsBQCkLAUArCwFAPEsBQDzLAUAPi0FAFktBQCLLQUAjS0FANgtBQDmLQUAJS4FADYuBQByLgUAdC4FAL8uBQDYLgUADC8FAB0vBQBZLwUAZS8FAKYvBQCuLwUA+8AMAP8vBQBAMAUARjAFAI0wBQCoMAUA2jAFAOYwBQAnMQUALTEFAHQxBQB3MQUASMEMAN4xBQAOMgUADzIFAFsyBQBqMgUAqDIFAK0yBQD1MgUAAjMFAEIzBQBPMwUAjzMFAJszBQDcMwUA6zMFACk0BQAzNAUAdjQFAIQ0BQDDNAUAyDQFABA1BQAdNQUAXTUFAGk1BQCqNQUAsDUFAPc1BQC9NQUAN0kFAP01BQBENgUASTYFAJE2BQCXNgUAlcEMAOM2BQArNwUASzcFAHg3BQCENwUAxTcFAMs3BQASOAUAGjgFALFmBQAbOAUAXzgFAGw4BQCsOAUAsjgFAPk4BQAFOQUARjkFAEg5BQCTOQUAojkFAOA5BQDrOQUALToFAC86BQB6OgUAkzoFAMc6BQDYOgUAFDsFACA7BQBhOwUAbTsFAK47BQDBOwUA+zsFAAo8BQBIPAUAVDwFAJU8BQCWPAUA4jwFAOw8BQAvPQUAPT0FAHw9BQCBPQUAyT0FANY9BQDiwQwAIz4FAGM+BQB3PgUAsD4FAMw+BQD9PgUAGT8FAC/CDABZPwUAlz8FAJg/BQDkPwUA8z8FADFABQA2QAUAfkAFAItABQDLQAUA2EAFABhBBQAkQQUAZUEFAHRBBQCyQQUAvEEFAP9BBQANQgUATEIFAFFCBQCZQgUApkIFAOZCBQD2QgUAM0MFADVDBQCAQwUAjkMFAM1DBQDeQwUAfMIMACFEBQDJwgwAbEQFALREBQDBRAUAAUUFAA5FBQBORQUAVEUFAJtFBQCnRQUA6EUFAPhFBQA1RgUAPkYFAIJGBQCFRgUAz0YFANtGBQAcRwUAI0cFABbDDAB1RwUAtkcFAMZHBQADSAUADEgFAFBIBQBTSAUAnUgFAKlIBQDqSAUA8UgFAGPDDABGSQUAhEkFAJBJBQDRSQUA0kkFAB5KBQAoSgUAa0oFAHlKBQC4SgUAvUoFAAVLBQASSwUAsMMMAFdLBQCfSwUArksFAOxLBQAMTAUAOUwFAEVMBQCGTAUAkEwFANNMBQDbTAUAIE0FACxNBQBtTQUAc00FALpNBQDATQUAB04FAAxOBQBUTgUAWk4FAJfEDACmTgUA7k4FAPdOBQA7TwUATE8FAIhPBQCPTwUA1U8FAN1PBQAiUAUAL1AFAG9QBQB0UAUAvFAFAMZQBQAJUQUAEVEFAFZRBQBlUQUAo1EFAKhRBQDwUQUA/VEFAD1SBQBKUgUAilIFAJZSBQDXUgUA5lIFACRTBQAuUwUAcVMFAHlTBQC+UwUAyFMFAAtUBQAQVAUAWFQFAGBUBQB+xQwAqlQFAPJUBQD1VAUAP1UFAElVBQDLxQwAklUFANlVBQDeVQUAJlYFAEZWBQBzVgUAf1YFAMBWBQDGVgUADVcFABBXBQBaVwUAXFcFAKdXBQDCVwUA9FcFAPZXBQBBWAUAT1gFAI5YBQCfWAUA21gFAN1YBQAoWQUAQVkFAHVZBQCGWQUAwlkFAM5ZBQAYxgwAH1oFAFxaBQB8WgUAqVoFAKtaBQD2WgUAAlsFAPs/CwAFWwUAh3QFABJbBQCPgAUAH1sFAENbBQBGWwUAkFsFAJ1bBQATYAUAn1sFAN1bBQDiWwUAKlwFADdcBQB3XAUAhFwFAMRcBQDQXAUAEV0FACBdBQBeXQUAaF0FAKtdBQC5XQUA+F0FAP1dBQBFXgUAUl4FAJJeBQCeXgUA314FAOVeBQAsXwUAMl8FAHlfBQB+XwUAxl8FAMxfBQBlxgwAHGAFAGBgBQB2YAUArWAFAMZgBQD6YAUABmEFAEdhBQBNYQUAlGEFAJlhBQDhYQUA8WEFAC5iBQA0YgUAe2IFAIdiBQDIYgUA0mIFABVjBQAbYwUAYmMFAHBjBQCvYwUAu2MFAPxjBQD/YwUASWQFAFVkBQCWZAUAqWQFAONkBQDyZAUAMGUFADxlBQB9ZQUAiWUFAMplBQDRZQUAF2YFACNmBQBkZgUAa2YFALLGDADHZgUA/mYFAABnBQBLZwUAX2cFAJhnBQCgZwUA5WcFAPJnBQAyaAUAN2gFAH9oBQCJaAUAzGgFANRoBQAZaQUAMmkFAGZpBQByaQUAs2kFALtpBQD/xgwAG2oFAE1qBQBPagUAmmoFAKhqBQDnagUA+GoFADRrBQA2awUAgWsFAJprBQDOawUA32sFABtsBQAnbAUATMcMAG1sBQC1bAUAvmwFAAJtBQATbQUAT20FAFZtBQCcbQUApG0FAOltBQD2bQUANm4FADtuBQCDbgUAjW4FANBuBQDYbgUAHW8FADZvBQBqbwUAdm8FALdvBQC/bwUA5scMAAdwBQBRcAUAW3AFAJ5wBQCgcAUA63AFAARxBQA4cQUASXEFAIVxBQCTcQUA0nEFANVxBQAfcgUAKnIFAGxyBQB4cgUAuXIFAMByBQAzyAwAC3MFAFNzBQBbcwUAoHMFAK5zBQDtcwUA7nMFADp0BQBVdAUAgMgMAIx0BQDUdAUA4XQFACF1BQAudQUAbnUFAHp1BQC7dQUAynUFAAh2BQASdgUAVXYFAGN2BQCidgUAp3YFAO92BQD8dgUAPHcFAEh3BQCJdwUAj3cFANZ3BQDcdwUAI3gFACh4BQBweAUAdngFAM3IDADKeAUACnkFAAx5BQBXeQUAcHkFAKR5BQC1eQUA8XkFAP15BQA+egUARnoFALTJDACQegUA2HoFAOB6BQAlewUAPnsFAHJ7BQB3ewUAv3sFAMR7BQAMfAUAFnwFAFl8BQBcfAUApnwFALB8BQDzfAUA+XwFAEB9BQBCfQUAjX0FAI59BQDafQUA4n0FACd+BQA3fgUAdH4FAHp+BQDBfgUAxn4FAA5/BQAkfwUAW38FAGN/BQCofwUA0H8FAPV/BQAYgAUAQoAFAGGABQABygwAl4AFAE7KDADtgAUAKYEFADeBBQB2gQUAgoEFAMOBBQDQgQUAEIIFABqCBQBdggUAZYIFAKqCBQC1ggUA94IFAPmCBQBEgwUAR4MFAJGDBQCZgwUA3oMFAOSDBQArhAUANIQFAHiEBQCFhAUAxYQFAM2EBQAShQUAF4UFAF+FBQBohQUArIUFALaFBQD5hQUAAYYFAEaGBQBLhgUAk4YFAKOGBQDghgUA6IYFAC2HBQAvhwUAeocFAJWHBQDHhwUAyYcFABSIBQAiiAUAYYgFAHKIBQCuiAUAsIgFAPuIBQAUiQUASIkFAFmJBQCViQUAoYkFAOKJBQDqiQUAm8oMADWKBQB8igUAgYoFAMmKBQDpigUAFosFACKLBQBjiwUAaYsFALCLBQCziwUA/YsFAAWMBQBKjAUAVIwFAJeMBQCcjAUA5IwFAOyMBQAxjQUAO40FAH6NBQCAjQUAy40FANyNBQAYjgUAOI4FAGWOBQBtjgUAso4FALyOBQD/jgUABI8FAOjKDABgjwUAmY8FAKGPBQDmjwUA648FADOQBQBDkAUAgJAFAIiQBQDNkAUA15AFABqRBQAlkQUAZ5EFAHORBQC0kQUAvJEFADXLDAANkgUATpIFAFqSBQCbkgUAopIFAOiSBQDwkgUANZMFAE6TBQCCkwUAiJMFAM+TBQDUkwUAHJQFADyUBQBplAUAdZQFALaUBQC8lAUAA5UFAAaVBQCCywwAUpUFAJ2VBQBelQUAjRsMAKCVBQDqlQUA9JUFADeWBQBFlgUAhJYFAJOWBQDRlgUA1JYFAB6XBQDplgUAaLkFAO2WBQCSqwUAKpcFAGuXBQBtlwUAuJcFAL6XBQAFmAUAFJgFAFKYBQBdmAUAn5gFAKeYBQDC8wUAuZgFAOyYBQD4mAUAOZkFAEyZBQCGmQUAlZkFANOZBQDfmQUAIJoFACGaBQBtmgUAd5oFALqaBQDImgUAB5sFAAybBQBUmwUAYZsFAM/LDAC7mwUA7psFAP2bBQA7nAUAQJwFAIicBQCVnAUA1ZwFAOKcBQAinQUALp0FAG+dBQB+nQUAvJ0FAMadBQAJngUAF54FAFaeBQBbngUAo54FALCeBQDwngUA/J4FAD2fBQBDnwUAip8FAJCfBQDXnwUA3J8FACSgBQAqoAUAHMwMAHKgBQC+oAUAeqAFAESeBwB+oAUAnosHAJGgBQDJpwoAyqAFAAuhBQARoQUAgvsHABihBQBYoQUAW6EFAKWhBQCxoQUA8qEFAPShBQA/ogUARaIFAIyiBQCbogUA2aIFAOSiBQAmowUAJ6MFAHOjBQCHowUAwKMFANqjBQANpAUAGaQFAFqkBQBtpAUAp6QFALakBQD0pAUAAKUFAEGlBQBCpQUAjqUFAJilBQDbpQUA6aUFACimBQAtpgUAdaYFAIKmBQBpzAwA3KYFAA+nBQAepwUAXKcFAGGnBQCppwUAtqcFAPanBQADqAUAQ6gFAE+oBQCQqAUAn6gFAN2oBQDnqAUAKqkFADipBQB3qQUAfKkFAMSpBQDRqQUAEaoFAB2qBQBeqgUAZKoFAKuqBQCxqgUA+KoFAP2qBQBFqwUAS6sFALbMDACuqwUAA80MAOWrBQAsrAUALqwFAHmsBQCGrAUAxqwFAMmsBQATrQUAFK0FAGCtBQBlrQUAra0FALOtBQD6rQUABK4FAEeuBQBjrgUAlK4FALCuBQBQzQwA564FAC6vBQAwrwUAe68FAIivBQDIrwUAy68FABWwBQAWsAUAYrAFAGewBQCvsAUAtbAFAPywBQAGsQUASbEFAGWxBQCWsQUAsrEFAJ3NDADpsQUAMLIFADayBQB9sgUAgrIFAMqyBQDQsgUA6s0MACWzBQBkswUAf7MFALGzBQC/swUA/rMFAAu0BQBLtAUAYrQFAJi0BQCntAUA5bQFAOq0BQAytQUAP7UFAH+1BQCMtQUAzLUFANi1BQAZtgUAKLYFAGa2BQBwtgUAs7YFAMG2BQAAtwUABbcFAE23BQBatwUAmrcFAJ23BQDntwUA87cFADS4BQA6uAUAgbgFAIe4BQDOuAUA07gFABu5BQAhuQUAN84MAHK5BQC1uQUAu7kFAAK6BQAEugUAT7oFAFy6BQCcugUAn7oFAOm6BQDqugUANrsFADu7BQCDuwUAibsFANC7BQDauwUAHbwFADe8BQBqvAUAebwFALe8BQC8vAUABL0FABG9BQBRvQUAXr0FAJ69BQCqvQUA670FAPq9BQA4vgUAQr4FAIW+BQCTvgUA0r4FANe+BQAfvwUALL8FAGy/BQB2vwUAcsgFAHi/BQC5vwUAv78FAAbABQAMwAUAU8AFAFjABQCgwAUApsAFAITODADywAUAOsEFAEfBBQCHwQUAlMEFANTBBQDgwQUAIcIFADDCBQBuwgUAeMIFALvCBQDJwgUACMMFAA3DBQBVwwUAYsMFAKLDBQCqwwUA78MFAPvDBQA8xAUAQsQFAInEBQCPxAUA1sQFANvEBQAjxQUAKcUFAGvPDAByxQUAvcUFAMbFBQAKxgUADcYFAFfGBQBjxgUApMYFAKvGBQDxxgUA+cYFAD7HBQBXxwUAi8cFAJ/HBQDYxwUA9McFACXIBQAtyAUABdAMAIDIBQC/yAUA1cgFAAzJBQAYyQUAWckFAF7JBQCmyQUAr8kFAPPJBQD9yQUAQMoFAFzKBQCNygUAlcoFAFLQDADfygUAJ8sFADTLBQB0ywUAgcsFAMHLBQDNywUADswFAB3MBQBbzAUAZcwFAKjMBQC2zAUA9cwFAPrMBQBCzQUAT80FAI/NBQCXzQUA3M0FAObNBQApzgUAN84FAHbOBQCMzgUAw84FAM/OBQAQzwUAFc8FAF3PBQBmzwUAqs8FALTPBQD3zwUA/88FAETQBQBT0AUAkdAFAJPQBQDe0AUA59AFACvRBQAu0QUAeNEFAITRBQDF0QUAzNEFABLSBQAa0gUAX9IFAHjSBQCs0gUAwNIFAPnSBQAV0wUARtMFAE7TBQCf0AwAmNMFAODTBQDt0wUALdQFADrUBQB61AUAhtQFAMfUBQDW1AUAFNUFAB7VBQBh1QUAa9UFAK7VBQC81QUA+9UFABHWBQBI1gUAVNYFAJXWBQCa1gUA4tYFAOvWBQAv1wUAOdcFAHzXBQCI1wUAydcFAM/XBQAW2AUAHNgFAGPYBQBo2AUAsNgFALbYBQDs0AwACdkFAErZBQBO2QUAl9kFAKbZBQDk2QUA6dkFADHaBQA+2gUAftoFAIvaBQDL2gUA19oFABjbBQAn2wUAZdsFAG/bBQCy2wUAwNsFAP/bBQAE3AUATNwFAFncBQCZ3AUApdwFAObcBQDs3AUAM90FADndBQCA3QUAhd0FAM3dBQDT3QUAOdEMAB/eBQBn3gUAbt4FALTeBQDA3gUAAd8FAAPfBQBO3wUABN8FAGvkBQBp3wUAm98FAJ3fBQDo3wUA9t8FADXgBQBG4AUAguAFAITgBQDP4AUA6OAFABzhBQAt4QUAaeEFAHXhBQC24QUAwuEFAAPiBQAW4gUAUOIFAF/iBQCd4gUAqeIFAOriBQDr4gUAN+MFAEHjBQCE4wUAkuMFANHjBQDW4wUAHuQFACvkBQCG0QwAbeQFALjkBQDT5AUABeUFAAflBQBS5QUAYOUFAJ/lBQCw5QUA7OUFAO7lBQA55gUAUuYFAIbmBQCX5gUA0+YFAN/mBQAg5wUALOcFAG3nBQCA5wUAuucFAMnnBQAH6AUAE+gFAFToBQBV6AUAoegFAKvoBQDu6AUA/OgFADvpBQBA6QUAiOkFAJXpBQBt0gwA2ukFACLqBQAq6gUAb+oFAHHqBQC86gUAzeoFAAnrBQAX6wUAVusFAHHrBQCj6wUAr+sFAPDrBQD46wUAVNMMAELsBQCK7AUAkewFANfsBQDj7AUAJO0FACftBQBx7QUAee0FAL7tBQDO7QUAC+4FABDuBQBY7gUAYe4FAKXuBQCy7gUA8u4FAPnuBQA/7wUAR+8FAKHTDACZ7wUA2e8FAOHvBQAm8AUAOvAFAHPwBQB48AUAwPAFAMnwBQAN8QUAE/EFAFrxBQBi8QUAp/EFALbxBQD08QUABfIFAEHyBQBK8gUAjvIFAJHyBQDb8gUA5fIFACjzBQA08wUAdfMFAHvzBQDu0wwAz/MFAA/0BQAU9AUAXPQFAGP0BQCp9AUAtfQFAPb0BQD+9AUAO9QMAF71BQCQ9QUAkvUFAN31BQDr9QUAKvYFADv2BQB39gUAefYFAMT2BQDd9gUAEfcFACL3BQBe9wUAavcFAIjUDAC69wUA+PcFAAf4BQBF+AUATvgFAJL4BQCY+AUA3/gFAOX4BQAs+QUAOPkFAHn5BQCA+QUAxvkFAM75BQAT+gUAF/oFAGD6BQBr+gUArfoFALv6BQD6+gUAC/sFAEf7BQBT+wUAlPsFAJz7BQDV1AwA5PsFAC78BQA4/AUAe/wFAH38BQDI/AUA4fwFABX9BQAm/QUAYv0FAHD9BQCv/QUAsv0FAPz9BQAH/gUASf4FAFf+BQCW/gUAo/4FAOP+BQD6/gUAMP8FADj/BQB9/wUAf/8FAMr/BQDS/wUAFwAGACYABgBkAAYAaQAGALEABgC+AAYA/gAGAAsBBgBLAQYAVwEGAJgBBgCnAQYA5QEGAO8BBgAyAgYAQAIGAH8CBgCEAgYAzAIGANkCBgAZAwYAIQMGAGYDBgBwAwYAswMGALgDBgAABAYACAQGAE0EBgBQBAYAmgQGALcEBgDnBAYA+AQGADQFBgA8BQYAgQUGAIQFBgDOBQYA2gUGABsGBgAhBgYAaAYGAIMGBgC1BgYAwQYGAAIHBgAIBwYAItUMAF4HBgCcBwYAnQcGAOkHBgAfCAYANggGAEQIBgCDCAYAhAgGANAIBgDYCAYAHQkGACwJBgBqCQYAbwkGALcJBgDECQYABAoGABEKBgBRCgYAXQoGAJ4KBgCtCgYA6woGAPUKBgA4CwYARgsGAIULBgCKCwYA0gsGAN8LBgAfDAYAJwwGAGwMBgB2DAYAuQwGAL4MBgAGDQYADg0GAFMNBgBdDQYAoA0GAKsNBgDtDQYA+Q0GADoOBgBCDgYAb9UMAIwOBgDUDgYA1w4GACEPBgArDwYAbg8GAHYPBgC81QwAyQ8GAAgQBgAeEAYAVRAGAGEQBgCiEAYApxAGAO8QBgD4EAYAPBEGAEYRBgCJEQYAkREGANYRBgDiEQYAIxIGADYSBgBwEgYAcRIGAL0SBgDLEgYAChMGABATBgBXEwYAYxMGAKQTBgCrEwYACdYMAPITBgA+FAYAShQGAIsUBgCYFAYA2BQGAOAUBgAlFQYALxUGAHIVBgCBFQYAvxUGAMAVBgAMFgYAFBYGAFkWBgBoFgYAphYGAKsWBgDzFgYAABcGAEAXBgBNFwYAjRcGAJkXBgDaFwYA6RcGACcYBgAxGAYAdBgGAIIYBgDBGAYAxhgGAA4ZBgAbGQYAWxkGAGMZBgCoGQYArBkGAPUZBgADGgYAQhoGAEwaBgCPGgYAmhoGANwaBgDkGgYAKRsGADQbBgB2GwYAexsGAMMbBgDGGwYAEBwGABocBgBdHAYAZRwGAKocBgDJHAYAVtYMAPkcBgBEHQYARR0GAJEdBgCbHQYA3h0GAOwdBgArHgYARh4GAHgeBgCEHgYAxR4GAM0eBgCj1gwAHh8GAF8fBgBlHwYArB8GAMcfBgD5HwYABSAGAEYgBgBMIAYAkyAGAJsgBgDgIAYA7iAGAC0hBgAwIQYAeiEGAIIhBgDHIQYA0CEGABQiBgAhIgYAYSIGAGMiBgCuIgYAySIGAPsiBgD9IgYASCMGAFYjBgCVIwYApiMGAOIjBgDkIwYALyQGAEgkBgB8JAYAjSQGAMkkBgDVJAYAFiUGAB4lBgDw1gwAaSUGALAlBgC4JQYA/SUGAAQmBgBKJgYATyYGAJcmBgCjJgYA5CYGAOcmBgAxJwYAOScGAH4nBgCLJwYAyycGANAnBgAYKAYAIigGAGUoBgBtKAYAsigGAL4oBgD/KAYAEikGAEwpBgBaKQYAmSkGAJwpBgDmKQYA8CkGAD3XDAA2KgYAgCoGAIgqBgDNKgYA0CoGABorBgAmKwYAZysGAG0rBgC0KwYAzysGAAEsBgANLAYATiwGAFQsBgCbLAYAoywGAOgsBgD2LAYANS0GADgtBgCCLQYAii0GAM8tBgDYLQYAHC4GACkuBgBpLgYAay4GALYuBgDRLgYAAy8GAAUvBgBQLwYAXi8GAJ0vBgCuLwYA6i8GAOwvBgA3MAYAUDAGAIQwBgCVMAYA0TAGAN0wBgAeMQYAJjEGAIrXDABxMQYAuDEGAMAxBgAFMgYADDIGAFIyBgBXMgYAnzIGAKsyBgDsMgYA7zIGADkzBgBBMwYAhjMGAJMzBgDTMwYA2DMGACA0BgAqNAYAbTQGAHU0BgC6NAYAxjQGAAc1BgAaNQYAVDUGAGI1BgChNQYApDUGAO41BgD4NQYA19cMAD42BgCINgYAlDYGANU2BgDbNgYAIjcGAD03BgBvNwYAezcGALw3BgDCNwYACTgGABE4BgBWOAYAZDgGAKM4BgCmOAYA8DgGAPg4BgA9OQYARjkGAIo5BgCXOQYA1zkGANk5BgAkOgYAPzoGAHE6BgBzOgYAvjoGAMw6BgALOwYAHDsGAFg7BgBaOwYApTsGAL47BgDyOwYAAzwGAD88BgBLPAYAjDwGAJQ8BgAk2AwA3zwGACY9BgAuPQYAcz0GAHo9BgDAPQYAxT0GAA0+BgAZPgYAWj4GAF0+BgCnPgYArz4GAPQ+BgABPwYAQT8GAEY/BgCOPwYAmD8GANs/BgDjPwYAKEAGADRABgB1QAYAiEAGAMJABgDQQAYAD0EGABJBBgBcQQYAZkEGAHHYDACrQQYA9kEGAK5BBgASBgcAskEGAI3OCwC3QQYAHGIHAABCBgBtUQsAB0IGAENCBgBUQgYAkEIGAJ5CBgDdQgYA+UIGACpDBgBGQwYAvtgMAIVDBgDEQwYA0UMGABFEBgAoRAYAXkQGAGpEBgCrRAYAsUQGAPhEBgD+RAYARUUGAEpFBgCSRQYAmEUGAAvZDADkRQYALEYGADRGBgB5RgYAfEYGAMZGBgDSRgYAE0cGABlHBgBgRwYAe0cGAK1HBgC5RwYA+kcGAABIBgBHSAYAT0gGAJRIBgCWSAYA4UgGAPxIBgAuSQYAMEkGAHtJBgCJSQYAyEkGANlJBgAVSgYAF0oGAGJKBgB7SgYAr0oGAMBKBgD8SgYACEsGAPLZDABfSwYAlksGAKVLBgDjSwYAv0sGAGZQBgDlSwYAMEwGAD9MBgB9TAYAiEwGAMpMBgDWTAYAF00GABpNBgBkTQYAHk0GAB9ZBgAzTQYAaFMGAHBNBgCxTQYAt00GAP5NBgAZTgYAS04GAFdOBgCYTgYAnk4GAOVOBgDxTgYAMk8GADhPBgB/TwYAhU8GAMxPBgDRTwYAGVAGAB9QBgA/2gwAaVAGALNQBgDPUAYAAFEGAAhRBgAm2wwAWVEGAJpRBgCgUQYA51EGAAJSBgA0UgYAQFIGAIFSBgCHUgYAzlIGANZSBgAbUwYAPFMGAHPbDABwUwYAwNsMALpTBgACVAYAD1QGAE9UBgBcVAYAnFQGAKhUBgDpVAYA+FQGADZVBgBAVQYAg1UGAItVBgDQVQYA2lUGAB1WBgArVgYAalYGAIBWBgC3VgYAw1YGAARXBgAJVwYAUVcGAFpXBgCeVwYAqFcGAOtXBgDzVwYAOFgGAEJYBgCFWAYAilgGANJYBgDaWAYADdwMACtZBgBsWQYAf1kGALlZBgDIWQYABloGABJaBgBTWgYAVFoGAKBaBgCqWgYA7VoGAPtaBgA6WwYAP1sGAIdbBgCUWwYAWtwMAN9bBgAhXAYALVwGAG5cBgB0XAYAu1wGAMdcBgAIXQYAEF0GAEHdDABYXQYAol0GAKpdBgDvXQYA/F0GADxeBgBBXgYAiV4GAJFeBgDWXgYA2F4GACNfBgA+XwYAcF8GAHJfBgC9XwYAy18GAApgBgAbYAYAV2AGAFlgBgCkYAYAvWAGAPFgBgACYQYAPmEGAEphBgCLYQYAk2EGAI7dDADdYQYAJWIGADJiBgByYgYAf2IGAL9iBgDLYgYADGMGABtjBgBZYwYAY2MGAKZjBgC0YwYA82MGAPhjBgBAZAYATWQGAI1kBgCVZAYA2mQGANxkBgAnZQYAMWUGAHRlBgB8ZQYA290MAMxlBgAOZgYAHGYGAFtmBgBeZgYAqGYGALBmBgD1ZgYAC2cGAEJnBgBHZwYAj2cGAKVnBgDcZwYA6GcGACloBgA2aAYAdmgGAIBoBgAo3gwA0WgGABBpBgApaQYAXWkGAHNpBgCqaQYAuWkGAPdpBgARagYARGoGAEdqBgDHbgYAT2oGAEpzBgBTagYAkWoGAJZqBgDeagYA62oGACtrBgA4awYAeGsGAIRrBgDFawYA1GsGABJsBgAcbAYAX2wGAG1sBgCsbAYAsWwGAPlsBgAGbQYARm0GAFJtBgCTbQYAmW0GAOBtBgDmbQYALW4GADJuBgB6bgYAgG4GAHXeDADTbgYAFG8GABpvBgBhbwYAfG8GAK5vBgC6bwYA+28GAAFwBgBIcAYAT3AGAJVwBgCacAYAFnIGAKFwBgDicAYA5HAGAC9xBgA2cQYAfHEGAJhxBgDJcQYA0XEGAFzfDAAacgYAY3IGAHByBgCwcgYAzHIGAP1yBgAFcwYAqd8MAE9zBgCXcwYAmnMGAORzBgDucwYAMXQGAEJ0BgB+dAYAg3QGAMt0BgDQdAYAGHUGADh1BgBldQYAbnUGALJ1BgCzdQYA/3UGAAt2BgBMdgYAUnYGAJl2BgCfdgYA5nYGAOt2BgAzdwYAOXcGAPbfDACCdwYAzXcGANN3BgAaeAYAOngGAGd4BgBzeAYAtHgGALt4BgABeQYACXkGAE55BgBVeQYAm3kGAKd5BgDoeQYA6nkGADV6BgA8egYA3eAMAIR6BgDPegYA0noGABx7BgAkewYAaXsGAHl7BgC2ewYAuHsGAAN8BgARfAYAUHwGAGF8BgAq4QwApHwGAHfhDAD3fAYAN30GAD59BgCEfQYAjH0GANF9BgDffQYAHn4GACF+BgBrfgYAc34GALh+BgC/fgYABX8GABN/BgBSfwYAVX8GAJ9/BgChfwYA7H8GAAWABgA5gAYASoAGAIaABgCSgAYA04AGANqABgAggQYAKIEGAG2BBgB2gQYAuoEGAMeBBgAHggYAEYIGAFSCBgBiggYAoYIGALKCBgDuggYA9oIGADuDBgBFgwYAiIMGAJaDBgDVgwYA64MGACKEBgAuhAYAb4QGAHaEBgC8hAYAxIQGAAmFBgAPhQYAVoUGAGKFBgCjhQYArYUGAPCFBgD2hQYAPYYGAFGGBgAR4gwAj4YGANeGBgDahgYAJIcGAC6HBgBxhwYAc4cGAL6HBgDZhwYAC4gGAA2IBgBYiAYAZogGAKWIBgC2iAYA8ogGAPSIBgA/iQYAWIkGAIyJBgCdiQYA2YkGAOWJBgBe4gwAQ4oGAHOKBgCEigYAwIoGANyKBgANiwYAFYsGAKviDABfiwYAp4sGAK+LBgD0iwYA/4sGAEGMBgBGjAYAjowGAJGMBgDbjAYA5YwGACiNBgArjQYAdY0GAH2NBgDCjQYAxI0GAA+OBgAqjgYAXI4GAF6OBgCpjgYAt44GAPaOBgAHjwYAQ48GAEWPBgCQjwYAqY8GAN2PBgDujwYAKpAGADaQBgB3kAYAf5AGAPjiDADRkAYAEZEGABmRBgBekQYAaJEGAKuRBgC2kQYA+JEGAASSBgBFkgYATZIGAEXjDACXkgYA35IGAOSSBgAskwYAPZMGAJLjDACGkwYAxpMGAMiTBgATlAYALJQGAGCUBgBxlAYArZQGALmUBgD6lAYAApUGAN/jDABMlQYAlJUGAJyVBgDhlQYA8JUGAC6WBgA0lgYAe5YGAIeWBgDIlgYAypYGABWXBgAflwYAYpcGAG6XBgCvlwYAt5cGACzkDAAImAYASZgGAEyYBgCWmAYAmZgGAOOYBgDxmAYAMJkGADWZBgB9mQYAipkGAHnkDADbmQYAF5oGAB+aBgBkmgYAJJoGANCiBgBvmgYAsZoGALaaBgD+mgYAAZsGAEubBgBVmwYAmJsGALubBgDlmwYA6JsGADKcBgBWnAYAf5wGAIecBgDG5AwA0pwGABmdBgAnnQYAZp0GAHKdBgCznQYAup0GAACeBgAIngYATZ4GAF2eBgCangYAn54GAOeeBgDtngYANJ8GADyfBgCBnwYAnp8GAM6fBgDXnwYAG6AGACegBgBooAYAbqAGALWgBgDJoAYAAqEGAAqhBgBPoQYAX6EGAJyhBgCeoQYA6aEGAPehBgA2ogYAR6IGABPlDACKogYAYOUMANWiBgAdowYAJKMGAGqjBgB2owYAt6MGALqjBgAEpAYAFKQGAFGkBgBTpAYAnqQGAKykBgDrpAYA/KQGAK3lDAA/pQYA+uUMAJilBgDSpQYA4aUGAB+mBgArpgYAbKYGAG2mBgC5pgYAw6YGAAanBgAUpwYAU6cGAFinBgCgpwYAracGAEfmDADypwYAOqgGAEOoBgCHqAYAmKgGANSoBgDbqAYAIakGACmpBgBuqQYAe6kGALupBgDAqQYACKoGABKqBgBVqgYAXaoGAKKqBgCoqgYA76oGAPuqBgA8qwYAPqsGAImrBgCYqwYA1qsGAOGrBgAjrAYAK6wGAHCsBgByrAYAvawGAMqsBgAKrQYAHq0GAFetBgBfrQYApK0GALOtBgDxrQYA9q0GAD6uBgBLrgYAi64GAJWuBgDYrgYA2q4GACWvBgA0rwYAcq8GAHyvBgC/rwYAx68GAAywBgANsAYAWbAGAF6wBgCmsAYAtLAGAPOwBgAAsQYAQLEGAEqxBgAu5wwAkLEGANqxBgDmsQYAsL8GAPaxBgAnsgYAL7IGAHvnDAB5sgYAwbIGAMmyBgAOswYAEbMGAFuzBgBnswYAqLMGAK6zBgD1swYAELQGAEK0BgBOtAYAj7QGAJW0BgDctAYA37QGACm1BgAxtQYAdrUGAHi1BgDDtQYA3rUGABC2BgAStgYAXbYGAGu2BgCqtgYAu7YGAPe2BgD5tgYARLcGAF23BgCRtwYAorcGAN63BgDqtwYAK7gGADO4BgDI5wwAfbgGAMW4BgDLuAYAErkGABq5BgBfuQYAbrkGAKy5BgCxuQYA+bkGAAa6BgBGugYAU7oGAJO6BgCfugYA4LoGAO+6BgAtuwYAN7sGAHq7BgCIuwYAx7sGAMy7BgAUvAYAIbwGABXoDABtvAYArrwGALS8BgD7vAYAFr0GAEi9BgBUvQYAlb0GAJu9BgDivQYA5b0GAC++BgA7vgYAfL4GAIK+BgDJvgYAz74GABa/BgAbvwYAY78GAGm/BgBi6AwAtr8GAP2/BgADwAYASsAGAE/ABgCXwAYAncAGAK/oDADpwAYAMcEGAD7BBgB+wQYAi8EGAMvBBgDXwQYAGMIGACfCBgBlwgYAb8IGALLCBgDAwgYA/8IGAATDBgBMwwYAWcMGAJnDBgCxwwYA5sMGAOzDBgAzxAYAP8QGAIDEBgCQxAYAzcQGANbEBgAaxQYAHcUGAGfFBgBzxQYAtMUGALvFBgCW6QwAA8YGAE7GBgBYxgYAm8YGAJ7GBgDoxgYA8MYGADXHBgA4xwYAgscGAI7HBgDPxwYA1ccGABzIBgA3yAYAacgGAHXIBgC2yAYAvMgGAOPpDAAjyQYAUMkGAFvJBgCdyQYAoskGAOrJBgDzyQYAN8oGADrKBgCEygYAkMoGANHKBgDdygYAvtQGAOnKBgAeywYAJcsGAGvLBgBxywYAuMsGAMbLBgAFzAYAIMwGAFLMBgBezAYAn8wGAKXMBgDszAYABs0GADnNBgBFzQYAhs0GAIzNBgDTzQYA2c0GACDOBgAlzgYAbc4GAHPOBgAw6gwA1M4GAAfPBgAUzwYAVM8GAGDPBgChzwYAq88GAO7PBgDyzwYAO9AGAEDQBgCI0AYAjtAGANXQBgD10AYAItEGAC7RBgBv0QYAddEGALzRBgDC0QYACdIGAA7SBgBW0gYAXNIGAH3qDACo0gYA8NIGAPfSBgA90wYASdMGAIrTBgCm0wYA19MGAN/TBgBk6wwAW9QGAHHUBgCX1AYAsesMANHUBgAL1QYAGtUGAFjVBgBk1QYApdUGAKbVBgDy1QYA/NUGAD/WBgBN1gYAjNYGAJHWBgDZ1gYA5tYGAP7rDAAu1wYA5ewMAHjXBgDA1wYAzdcGAA3YBgAa2AYAWtgGAGbYBgCn2AYAttgGAPTYBgD+2AYAQdkGAE/ZBgCO2QYAk9kGANvZBgDo2QYAKNoGADDaBgB12gYAe9oGAMLaBgDO2gYAD9sGAB/bBgBc2wYAZdsGAKnbBgCs2wYA9tsGAALcBgBD3AYAStwGADLtDACb3AYA3dwGAOncBgAq3QYAMt0GAH/tDACE3QYAxN0GAMvdBgAR3gYAEt4GAF7eBgBj3gYAq94GALneBgD43gYABd8GAEXfBgBP3wYAkt8GAJrfBgDf3wYA6N8GACzgBgAy4AYAeeAGAIrgBgDG4AYA4uAGABPhBgAb4QYAzO0MAGvhBgCt4QYAt+EGAPrhBgAE4gYAR+IGAEjiBgAZ7gwAmeIGAOHiBgDu4gYALuMGADvjBgB74wYAh+MGAMjjBgDX4wYAFeQGAB/kBgBi5AYAauQGAK/kBgC55AYA/OQGAAHlBgBJ5QYAUeUGAGbuDACh5QYA4+UGAO/lBgAw5gYAOOYGALPuDACC5gYAyuYGANnmBgAX5wYAN+cGAGTnBgBw5wYAsecGALfnBgD+5wYABugGAEvoBgBS6AYAmOgGAJroBgDl6AYA8egGADLpBgBI6QYAf+kGAITpBgDM6QYA2ekGAADvDAAe6gYAZuoGAHXqBgCz6gYA0+oGAADrBgAM6wYATesGAFPrBgCa6wYAousGAOfrBgDu6wYANOwGADbsBgCB7AYAjewGAM7sBgDk7AYAG+0GACDtBgBo7QYAde0GALXtBgC97QYAAu4GAAjuBgBP7gYAWO4GAJzuBgCp7gYA6e4GAPbuBgA27wYARO8GAIPvBgCQ7wYA0O8GAOfvBgAd8AYAS/AGAE3vDABw8AYAt/AGAHfwBgAoEAsAzfAGAATxBgAS8QYAUfEGAFTxBgCe8QYAofEGAOvxBgD58QYAOPIGAD3yBgCF8gYAkvIGANLyBgDa8gYAH/MGACbzBgBs8wYAePMGALnzBgDG8wYABvQGABT0BgBT9AYAX/QGAKD0BgCn9AYA7fQGAPX0BgA69QYAPvUGAIf1BgCS9QYA1PUGAOL1BgAh9gYAMvYGAG72BgB69gYAu/YGAMP2BgCa7wwADvcGAFX3BgBp9wYAovcGALD3BgDv9wYA/PcGADz4BgBT+AYAifgGAJH4BgDW+AYA4PgGACP5BgAo+QYAcPkGAHj5BgC9+QYAzPkGAAr6BgAP+gYAV/oGAGT6BgCk+gYAsfoGAPH6BgD9+gYAPvsGAE37BgCL+wYAlfsGANj7BgDg+wYAJfwGAC/8BgBy/AYAd/wGAL/8BgDH/AYA5+8MABf9BgBZ/QYAZf0GAKb9BgCu/QYANPAMAPj9BgBA/gYAT/4GAI3+BgCt/gYA2v4GAOb+BgAn/wYALf8GAHT/BgB8/wYAwf8GAMj/BgAOAAcAEAAHAFsABwBnAAcAqAAHAL4ABwD1AAcA+gAHAEIBBwBPAQcAgfAMAJgBBwDcAQcA4gEHACkCBwA3AgcAdgIHAIMCBwDDAgcA2gIHABADBwAYAwcAXQMHAGwDBwCqAwcArwMHAPcDBwAEBAcARAQHAFEEBwCRBAcAnQQHAN4EBwDtBAcAKwUHADUFBwB4BQcAlAUHAMUFBwDNBQcAzvAMACEGBwBfBgcAaQYHAJqHCgB/BgcArAYHALgGBwD5BgcA/wYHAEYHBwBOBwcA1EIHAFIHBwCTBwcAYAcHAPouBwCmBwcA4AcHAO8HBwAtCAcAOQgHAHoIBwB7CAcAxwgHANEIBwAUCQcAIgkHAGEJBwBmCQcArgkHALsJBwAb8QwAAQoHAEgKBwBOCgcAlQoHAJoKBwDiCgcA6AoHAALyDAA6CwcAfAsHAIoLBwDJCwcA2gsHABYMBwAiDAcAYwwHAGsMBwCc8gwAvAwHAP0MBwAHDQcASg0HAFkNBwCXDQcAog0HAOQNBwDyDQcAMQ4HAD4OBwB+DgcAlQ4HAMsOBwDTDgcAGA8HABsPBwBlDwcAcQ8HALIPBwC4DwcA/w8HABoQBwBMEAcAWBAHAJkQBwCfEAcA5hAHAO4QBwAzEQcANREHAIARBwCBEQcAzREHANsRBwAaEgcAIhIHAGcSBwCCEgcAtBIHAMASBwABEwcABxMHAE4TBwBREwcAmxMHAKkTBwDoEwcA7RMHADUUBwBCFAcA6fIMAI8UBwBTkAoAkxQHAM8UBwDbFAcAHBUHACkVBwBpFQcAbhUHALYVBwDAFQcAAxYHABMWBwBQFgcAVRYHAJ0WBwCmFgcA6hYHAPcWBwA3FwcAPhcHAIQXBwCQFwcA0RcHANcXBwAeGAcAJBgHAGsYBwBwGAcAuBgHAL4YBwA28wwAERkHAFIZBwBYGQcAnxkHAKUZBwDsGQcA+RkHADkaBwA+GgcAhhoHAI4aBwDTGgcACBsHACAbBwBQGwcAbRsHAHUbBwC6GwcAxxsHAAccBwAMHAcAVBwHAFwcBwChHAcApBwHAO4cBwD3HAcAOx0HAEodBwCIHQcAkx0HANUdBwDdHQcAIh4HADIeBwBvHgcAfR4HALweBwDNHgcACR8HABUfBwBWHwcAXh8HAB30DACpHwcA8B8HAPgfBwA9IAcARCAHAIogBwCYIAcA1yAHAN0gBwAkIQcAMCEHAHEhBwCAIQcAviEHAMghBwALIgcAECIHAFgiBwBeIgcApSIHALkiBwBq9AwA/yIHAD8jBwABIwcAGl8HAEQjBwCMIwcAmCMHANkjBwDmIwcAJiQHADAkBwC39AwAjiQHAMAkBwDCJAcADSUHABMlBwBaJQcAkCUHAKclBwCtJQcA9CUHAP0lBwBBJgcATiYHAI4mBwDEJgcA2yYHAOImBwAoJwcALScHAHUnBwCEJwcAwicHAOInBwAPKAcAGygHAFwoBwBiKAcAqSgHAMMoBwD2KAcA+SgHAEMpBwBIKQcAkCkHAJ8pBwDdKQcA/SkHAFH1DABKKgcAdyoHAIMqBwDEKgcAzioHABErBwAdKwcALMcHAB4rBwBeKwcAYysHAKsrBwC1KwcA+CsHAAgsBwBFLAcASiwHAJIsBwCbLAcA3ywHAOwsBwAsLQcAMy0HAHktBwCFLQcAxi0HAMwtBwATLgcAGS4HAGAuBwBlLgcArS4HALMuBwCe9QwA/S4HAEcvBwBMLwcAlC8HAKMvBwDhLwcAATAHADj2DAA8MAcAezAHAIgwBwDIMAcAzzAHABUxBwAdMQcAYjEHAGQxBwCvMQcAaTEHAGZSCQB5MQcAchcJALUxBwBvOQkAtzEHAPwxBwAAMgcANDkHABcyBwBJMgcASzIHAJYyBwCnMgcA4zIHAPEyBwAwMwcANzMHAH0zBwCFMwcAyjMHANEzBwAXNAcAHDQHAGQ0BwBzNAcAsTQHANE0BwD+NAcACjUHAEs1BwBRNQcAmDUHAKA1BwDlNQcA8TUHADI2BwA/NgcAfzYHAJo2BwDMNgcA2jYHABk3BwAfNwcAZjcHAGs3BwCzNwcAwDcHAAA4BwAWOAcATTgHAFk4BwCaOAcApzgHAOc4BwDxOAcAhfYMADk5BwCBOQcAhzkHAM45BwDuOQcAGzoHACk6BwBoOgcAdToHALU6BwDMOgcAAjsHAAo7BwBPOwcAXjsHAJw7BwChOwcA6TsHAPY7BwA2PAcAQDwHAIM8BwCFPAcA0DwHAN48BwAdPQcAKj0HAGo9BwB2PQcAtz0HAL09BwAEPgcADD4HAFE+BwBXPgcAnj4HAKc+BwDrPgcA+D4HADg/BwBCPwcAhT8HAJM/BwDSPwcA6D8HAB9ABwArQAcAbEAHAHRABwDS9gwAw0AHAAZBBwAMQQcAU0EHAFVBBwCgQQcAqkEHAO1BBwD5QQcAOkIHAFFCBwCHQgcAm0IHAB/3DADiQgcAIUMHACRDBwBuQwcAdkMHALtDBwDHQwcACEQHABZEBwBVRAcAX0QHAKJEBwCtRAcA70QHAPtEBwA8RQcAQkUHAIlFBwCRRQcA1kUHAONFBwAjRgcAKEYHAHBGBwB6RgcAvUYHAMVGBwAKRwcAEEcHAFdHBwBgRwcApEcHALFHBwDxRwcA/kcHAD5IBwBMSAcAi0gHAJhIBwDYSAcA70gHACVJBwAtSQcAckkHAHdJBwC/SQcAxUkHAAxKBwAUSgcAWUoHAG9KBwCmSgcAtEoHAPNKBwD2SgcAQEsHAE9LBwCNSwcAkksHANpLBwDnSwcAJ0wHADdMBwB0TAcAgkwHAMFMBwDYTAcADk0HABdNBwBbTQcAYU0HAKhNBwC0TQcA9U0HAPxNBwBs9wwATk4HAI9OBwCRTgcA3E4HAOZOBwApTwcANU8HAHZPBwB+TwcAufcMAMhPBwAQUAcAH1AHAF1QBwB9UAcAqlAHALZQBwD3UAcA/VAHAERRBwBMUQcAkVEHAJJRBwDeUQcA5FEHACtSBwAwUgcAeFIHAJNSBwDFUgcA01IHABJTBwAZUwcAX1MHAGtTBwCsUwcAslMHAAb4DAD+UwcARlQHAFBUBwCTVAcApFQHAOBUBwDsVAcALVUHADBVBwB6VQcAfVUHAMdVBwDPVQcAFFYHABtWBwBhVgcAZlYHAK5WBwC9VgcA+1YHABtXBwBIVwcAVFcHAJVXBwCbVwcA4lcHAOpXBwAvWAcAPFgHAHxYBwCBWAcAyVgHANNYBwAWWQcAHlkHAGNZBwBzWQcAsFkHALVZBwD9WQcABloHAEpaBwBXWgcAl1oHAJ5aBwBT+AwA6VoHADFbBwBAWwcAflsHAJ5bBwDLWwcA11sHABhcBwAeXAcAZVwHAG1cBwCyXAcAvlwHAP9cBwAMXQcATF0HAFNdBwCZXQcAml0HAOZdBwDrXQcAM14HAEFeBwCAXgcAjV4HAM1eBwDXXgcAoPgMAB9fBwBnXwcAdF8HALRfBwDBXwcAAWAHAAdgBwBOYAcAWmAHAJtgBwCrYAcA6GAHAPFgBwA1YQcAOGEHAIJhBwCOYQcAz2EHANZhBwDt+AwAHmIHAGliBwAjYgcAXQUKACxiBwBYpQsAemIHALZiBwC+YgcAA2MHAA1jBwBQYwcAX2MHAJ1jBwCeYwcA6mMHAPJjBwCH+QwAP2QHANT5DACjZAcAbvoMAO9kBwAeZQcA9GQHAN3DBwD5ZAcAyH0HACZlBwBrZQcAemUHALhlBwC9ZQcABWYHABJmBwBSZgcAX2YHAJ9mBwCrZgcA7GYHAPtmBwA5ZwcAQ2cHAIZnBwCpZwcA02cHAAhoBwAgaAcARGgHAG1oBwB1aAcAu/oMAL9oBwAHaQcADWkHAFRpBwBcaQcACPsMAK9pBwDuaQcACWoHADtqBwBHagcAiGoHAJlqBwDVagcA6WoHACJrBwAqawcAb2sHAHVrBwC8awcAyGsHAAlsBwAZbAcAVmwHAF9sBwCjbAcApmwHAPBsBwD8bAcAPW0HAERtBwBV+wwAmG0HANdtBwDhbQcAovsMACluBwBxbgcAfm4HAL5uBwDLbgcAC28HABdvBwBYbwcAZ28HAKVvBwCvbwcA8m8HAABwBwA/cAcARHAHAIxwBwCZcAcA2XAHAOFwBwAmcQcALHEHAHNxBwB/cQcAwHEHANBxBwANcgcAFnIHAFpyBwBdcgcAp3IHALNyBwD0cgcA+3IHAO/7DABQcwcAjnMHAJNzBwDbcwcA6HMHACh0BwA1dAcAdXQHAHt0BwDCdAcAznQHAA91BwAfdQcAXHUHAGV1BwCpdQcArHUHAPZ1BwACdgcAQ3YHAEp2BwA8/AwAlXYHAN12BwDqdgcAKncHAEh3BwB3dwcAg3cHAMR3BwDXdwcAEXgHAB94BwBeeAcAYXgHAKt4BwC1eAcA+HgHAAZ5BwBFeQcAUnkHAJJ5BwCpeQcA33kHAOd5BwAsegcAM3oHAHl6BwB+egcAxnoHANx6BwATewcAFXsHAGB7BwBuewcArXsHALp7BwCJ/AwABnwHAEd8BwBXfAcAlHwHAJ18BwDhfAcA5HwHAC59BwA6fQcAe30HAIJ9BwDW/AwA0X0HAMqABwDSfQcAFX4HACR+BwBifgcAJn4HAJZ/BwBjfgcAr34HAMt+BwD8fgcAMn8HAEl/BwB/fwcAI/0MAJl/BwDjfwcA/38HADCABwBmgAcAfYAHALOABwBw/QwA14AHABeBBwAlgQcAZIEHAHeBBwCxgQcAzYEHAP6BBwA0ggcAS4IHAIGCBwC9/QwAqYIHAOWCBwDxggcAMoMHADqDBwAK/gwAhIMHAMyDBwDUgwcAGYQHACiEBwBmhAcAa4QHALOEBwDAhAcAAIUHAA2FBwBNhQcAWYUHAJqFBwCphQcA54UHAPGFBwA0hgcAPIYHAIGGBwCLhgcAzoYHANOGBwAbhwcAI4cHAFf+DAB3hwcAtYcHAHmHBwDpiAcAtocHAAKIBwAeiAcAT4gHAIWIBwCciAcA0ogHAKT+DADsiAcANokHAFKJBwCDiQcAuYkHANCJBwAGigcA8f4MACCKBwBqigcAe4oHALeKBwDTigcABIsHADqLBwBRiwcAh4sHAD7/DACriwcA64sHAPeLBwA4jAcAR4wHAIWMBwCPjAcA0owHAOCMBwAfjQcAJI0HAGyNBwB5jQcAuY0HAMGNBwAGjgcADI4HAFOOBwAWjgcAj+gHAF+OBwCgjgcAsI4HAO2OBwD2jgcAOo8HAD2PBwCHjwcAk48HANSPBwDbjwcAi/8MACaQBwDu0QkAK5AHAG6QBwAtkAcASHIJAHiQBwC7kAcAvJAHAAiRBwAXkQcAVZEHAFqRBwCikQcAr5EHAO+RBwD8kQcAPJIHAEiSBwCJkgcAmJIHANaSBwDgkgcAI5MHADGTBwBwkwcAdZMHAL2TBwDKkwcACpQHAAuUBwBXlAcAXJQHAKSUBwCplAcA8ZQHAAKVBwA+lQcAYZUHAIuVBwCWlQcA2JUHAN2VBwAllgcAKJYHAHKWBwB8lgcAv5YHAOqWBwAMlwcAK5cHANj/DABllwcAppcHAKiXBwDzlwcAApgHAECYBwBLmAcAjZgHAJWYBwDamAcA4ZgHACeZBwApmQcAdJkHAH6ZBwDBmQcAw5kHAA6aBwAnmgcAW5oHAF2aBwComgcAq5oHAPWaBwABmwcAQpsHAEqbBwAlAA0Am5sHANybBwDimwcAKZwHAEScBwB2nAcAgpwHAMOcBwDJnAcAEJ0HABidBwBdnQcAX50HAKqdBwC0nQcA950HAP+dBwByAA0AVZ4HAJGeBwCYngcA3p4HAOaeBwArnwcAOJ8HAHifBwB9nwcAxZ8HAM+fBwASoAcAGqAHAF+gBwBuoAcArKAHALGgBwD5oAcABqEHAEahBwBToQcAk6EHAJ+hBwDgoQcA76EHAC2iBwA3ogcAeqIHAIKiBwDHogcA0aIHABSjBwAZowcAYaMHAGmjBwC/AA0AuqMHAPujBwALpAcASKQHAFGkBwCVpAcAmKQHAOKkBwDupAcAL6UHADalBwAMAQ0AgqUHAMmlBwDPpQcAFqYHABumBwBjpgcAaaYHAFkBDQC2pgcA/aYHAAOnBwBKpwcAT6cHABHHCgBXpwcAl6cHAJynBwDkpwcA7KcHADGoBwBjqAcAHK8HAGioBwB+qAcAtagHAMuoBwACqQcAGKkHAEipBwBlqQcAbakHALKpBwDBqQcA/6kHAASqBwBMqgcAWaoHAJmqBwCmqgcA5qoHAPKqBwAzqwcAQqsHAICrBwCKqwcAzasHANurBwAarAcAH6wHAGesBwB0rAcAtKwHALysBwABrQcAB60HAE6tBwBarQcAm60HAKutBwDorQcA8a0HADWuBwA4rgcAgq4HAI6uBwDPrgcA1q4HAKYBDQBTrwcAaa8HAJmvBwC2rwcAvq8HAAOwBwASsAcAULAHAFWwBwCdsAcAqrAHAOqwBwD3sAcAN7EHAEOxBwCEsQcAk7EHANGxBwDbsQcAHrIHACyyBwBrsgcAcLIHALiyBwDFsgcABbMHAA2zBwBSswcAWLMHAJ+zBwCrswcA7LMHAPyzBwA5tAcAQrQHAIa0BwCJtAcA07QHAN+0BwAgtQcAJ7UHAPMBDQBvtQcAztUKAHu1BwC6tQcAx7UHAAe2BwATtgcAVLYHAFq2BwChtgcAp7YHAO62BwDztgcAO7cHAEG3BwBAAg0ArrcHANW3BwD7twcAIrgHAFS4BwBvuAcAprgHALy4BwDsuAcA2gINABW5BwBWuQcAF7kHABm4CABguQcAo7kHAL25BwDwuQcA/7kHAD26BwBCugcAiroHAJe6BwDXugcA5LoHACS7BwAwuwcAcbsHAIC7BwC+uwcAyLsHAAu8BwAXvAcAWLwHAGu8BwClvAcAtLwHAPK8BwD+vAcAP70HAEC9BwCMvQcAlr0HANm9BwDnvQcAJr4HACu+BwBzvgcAgL4HACcDDQDFvgcADb8HABq/BwBavwcAZ78HAKe/BwCzvwcA9L8HAAPABwBBwAcAS8AHAI7ABwCcwAcA28AHAODABwAowQcANcEHAHXBBwB9wQcAwsEHAMjBBwAPwgcAG8IHAFzCBwBswgcAqcIHALLCBwD2wgcA+cIHAEPDBwBPwwcAkMMHAJfDBwAOBA0A4sMHACrEBwAtxAcAd8QHAH/EBwDExAcA0MQHABHFBwAXxQcAXsUHAGTFBwCrxQcAsMUHAPjFBwD+xQcAWwQNAHzGBwCSxgcAycYHAN/GBwADxwcA9QQNADLHBwDBzQgAP8cHAHnHBwCIxwcAxscHANLHBwATyAcAFMgHAGDIBwBqyAcArcgHALvIBwD6yAcA/8gHAEfJBwBUyQcAQgUNALfJBwDhyQcAGMoHAC7KBwBlygcAe8oHALLKBwDIygcA7MoHAI8FDQAjywcAYssHAGfLBwCvywcAvMsHAPzLBwAEzAcAScwHAE/MBwCWzAcAoswHAOPMBwDzzAcAMM0HADnNBwB9zQcAgM0HAMrNBwACzgcAF84HACPOBwDcBQ0Aas4HALHOBwDKzgcA/s4HAAzPBwBLzwcAWM8HAJjPBwCfzwcA5c8HAO7PBwAy0AcAP9AHAH/QBwCW0AcAzNAHAM/QBwAZ0QcAG9EHAGbRBwBv0QcAs9EHAMPRBwAA0gcAGdIHAE3SBwBP0gcAmtIHAKPSBwDn0gcA79IHADTTBwA20wcAgdMHAJrTBwDO0wcA5dMHABvUBwAn1AcAaNQHAHnUBwC11AcAwdQHAALVBwAN1QcAT9UHAFzVBwCc1QcAptUHACkGDQD81QcANtYHAETWBwCD1gcAcNYHAAjeBwC81gcA0NYHAN3WBwAd1wcAJdcHAGrXBwBw1wcAt9cHAMPXBwAE2AcAD9gHAFHYBwBa2AcAntgHAKHYBwDr2AcA7dgHADjZBwA/2QcAhdkHAIfZBwB2Bg0A1dkHAB/aBwAt2gcAbNoHAHHaBwC52gcAxtoHAAbbBwAS2wcAU9sHAFvbBwDDBg0ArtsHAO3bBwD92wcAOtwHAEjcBwCH3AcAkNwHANTcBwDe3AcAId0HACPdBwBu3QcAeN0HALvdBwC93QcAEAcNAA3eBwBV3gcAXd4HAKLeBwCo3gcA794HAPveBwA83wcAS98HAInfBwCS3wcA1t8HANnfBwAj4AcAJeAHAHDgBwB34AcAveAHAL/gBwBdBw0AD+EHAFfhBwBz4QcApOEHAMDhBwCqBw0A/uEHANPoCAAA4gcAPuIHAEPiBwCL4gcAmOIHANjiBwDl4gcAJeMHACvjBwBy4wcAfuMHAL/jBwDP4wcADOQHABXkBwBZ5AcAXOQHAKbkBwCy5AcA8+QHAPrkBwD3Bw0AT+UHAI3lBwCS5QcA2uUHAOflBwAn5gcANOYHAHTmBwB65gcAweYHAM3mBwAO5wcAHucHAFvnBwBk5wcAqOcHAKvnBwD15wcAAegHAELoBwBJ6AcARAgNAJHoBwDc6AcA6ugHACnpBwA66QcAkQgNAH3pBwDeCA0Ay+kHACsJDQAV6gcAXeoHAGrqBwCq6gcAt+oHAPfqBwAD6wcAROsHAFPrBwCR6wcAm+sHAN7rBwDs6wcAK+wHADDsBwB47AcAhewHAMXsBwDN7AcAEu0HABjtBwBf7QcAa+0HAKztBwC87QcA+e0HAALuBwBG7gcASe4HAJPuBwCf7gcA4O4HAOfuBwB4CQ0ANe8HAMUJDQB/7wcAx+8HAM/vBwAU8AcAF/AHAGHwBwBq8AcArvAHAL3wBwD78AcABvEHAEjxBwBQ8QcAlfEHAKXxBwDi8QcA8PEHAC/yBwBA8gcAfPIHAIjyBwDJ8gcA0fIHABIKDQAc8wcAY/MHAGvzBwCw8wcAt/MHAP3zBwAL9AcASvQHAFD0BwCX9AcAo/QHAOT0BwDz9AcAMfUHADv1BwB+9QcAg/UHAMv1BwDR9QcAGPYHACz2BwBfCg0AavYHALL2BwC/9gcA//YHAAz3BwBM9wcAWPcHAJn3BwCo9wcA5vcHAPD3BwAz+AcAQfgHAID4BwCF+AcAzfgHANr4BwAa+QcAIvkHAGf5BwBt+QcAtPkHAMD5BwAB+gcAEfoHAE76BwBX+gcAm/oHAJ76BwDo+gcA9PoHADX7BwA8+wcArAoNAIT7BwDP+wcA2fsHABz8BwAq/AcAafwHAG78BwC2/AcAw/wHAAP9BwAF/QcAUP0HAGH9BwCd/QcAqf0HAOr9BwDw/QcAN/4HAD3+BwCE/gcAif4HANH+BwDX/gcA+QoNACP/BwBr/wcAfP8HALj/BwDA/wcABQAIAMT/BwDQIwgAxv8HAM9KCwAPAAgAUgAIAGAACACfAAgAtQAIAOwACAD4AAgAOQEIAEABCACGAQgAjgEIANMBCADYAQgAIAIIACkCCABtAggAdwIIALoCCADCAggABwMIAAsDCABUAwgAXwMIAKEDCACvAwgA7gMIAP8DCAA7BAgARwQIAIgECACQBAgARgsNANcECAAiBQgAMAUIAG8FCAB5BQgAvAUIAMoFCAAJBggAFgYIAFYGCABtBggAowYIAKsGCADwBggAAAcIAD0HCABCBwgAigcIAJAHCADXBwgA3wcIACQICAAmCAgAcQgIAH4ICAC+CAgAxggIAAsJCAAQCQgAWAkIAFkJCAClCQgAsQkIAPIJCAD/CQgAPwoIAEcKCACMCggAmwoIANkKCADeCggAJgsIADMLCABzCwgAgAsIAMALCADMCwgADQwIABwMCABaDAgAZAwIAKcMCAC1DAgA9AwIAPkMCABBDQgATg0IAJMLDQCRDQgA2w0IAOMNCAAoDggANQ4IAHUOCAB6DggAwg4IAMwOCAAPDwgAFw8IAFwPCABeDwgAqQ8IAMQPCAD2DwgA+A8IAEMQCABREAgAkBAIAKEQCADdEAgA3xAIACoRCABDEQgAdxEIAIgRCADEEQgA0BEIABESCAAmEggAXhIIAGYSCACrEggAsRIIAPgSCAAEEwgARRMIAGITCACSEwgAmxMIAN8TCADrEwgALBQIAC8UCAB5FAgAgxQIAMYUCADOFAgAExUIAB0VCABgFQgAbhUIAK0VCADDFQgA+hUIAAYWCABHFggAThYIAJQWCACcFggA4RYIAOYWCAAuFwgANxcIAHsXCACFFwgAyBcIANAXCAAVGAgAFxgIAGIYCAByGAgArxgIALkYCAD8GAgACBkIAEkZCABPGQgAlhkIAJ4ZCADgCw0A7xkIADAaCABDGggAfRoIAJkaCADKGggA0hoIAC0MDQAlGwgAZBsIAHobCACxGwgAvRsIAP4bCAADHAgASxwIAFQcCACYHAgAohwIAOUcCADtHAgAMh0IADQdCAB/HQgAjh0IAMwdCADpHQgAGR4IACIeCABmHggAdB4IALMeCAC5HggAAB8IAA4fCABNHwgAWh8IAJofCACxHwgA5x8IAO8fCAA0IAgANiAIAIEgCACJIAgAziAIAN0gCAAbIQgAICEIAGghCAB1IQgAtSEIAMIhCAACIggADiIIAE8iCABeIggAnCIIAKYiCADpIggA9yIIADYjCAA7IwgAgyMIAJAjCAB6DA0A1iMIAB0kCAAjJAgAaiQIAG8kCAC3JAgAvSQIAMcMDQASJQgAUSUIAGclCACeJQgAqiUIAOslCADwJQgAOCYIAEEmCACFJggAjyYIANImCAD1JggAHycIACMnCABsJwgALicIAKAoCABuJwgAuScIAMcnCAAGKAgAECgIAFMoCAB3KAgArg0NAKYoCADtKAgA+SgIADopCAA8KQgAhykIAJEpCADUKQgA4CkIACEqCABFKggA+w0NAHIqCAC7KggAfSoIAO8rCAC9KggACCsIABYrCABVKwgAXysIAKIrCADGKwgASA4NAPUrCAA8LAgASCwIAIksCACLLAgA1iwIAOAsCAAjLQgALy0IAHAtCACULQgAlQ4NANotCAAKLggAEy4IAFcuCABlLggApC4IAKouCADxLggA/S4IAD4vCABGLwgA4g4NAJIvCADYLwgA8S8IACUwCAA0MAgAcjAIAHowCAC/MAgAzjAIAAwxCAARMQgAWTEIAGYxCACmMQgAszEIAPMxCAD/MQgAQDIIAE8yCACNMggAlzIIANoyCADoMggAJzMIACwzCAB0MwgAgTMIAC8PDQDaMwgADjQIABg0CABbNAgAXTQIAKg0CAC2NAgA9TQIAAI1CABCNQgASjUIAI81CAC4NQgA3DUIAOM1CAApNggAQjYIAHY2CACFNggAwzYIAMs2CAAQNwgAHzcIAF03CABiNwgAqjcIALc3CAD3NwgABDgIAEQ4CABQOAgAkTgIAKA4CADeOAgA6DgIACs5CAA5OQgAeDkIAH05CADFOQgA0jkIAHwPDQAXOggAcdYJAB46CABfOggAOjoIAEuGDQByOggArDoIALs6CAD5OggABTsIAEY7CABSOwgAkzsIAJo7CADgOwgA7DsIAC08CAA0PAgAejwIAII8CADHPAgAyzwIABQ9CAAfPQgAYT0IAG09CACuPQgAuz0IAPs9CAADPggASD4IAFI+CACVPggAmz4IAOI+CAD2PggALz8IAD0/CAB8PwgAiT8IAMk/CADgPwgAFkAIAB5ACABjQAgAbUAIALBACAC1QAgA/UAIAAVBCABKQQgAWUEIAJdBCACcQQgA5EEIAPFBCAAxQggAPkIIAH5CCACKQggAy0IIANpCCAAYQwgAIkMIAMkPDQBtQwgAskMIAMFDCAD/QwgABEQIAExECABVRAgAmUQIAKpECADmRAgA7UQIADNFCAA7RQgAgEUIAI1FCADNRQgA0kUIABpGCAAkRggAZ0YIAG9GCAC0RggAzUYIAAFHCAANRwgATkcIAFZHCAAWEA0AqkcIAOhHCAAFSAgANUgIAD5ICACCSAgAkEgIAM9ICADVSAgAHEkIAChJCABpSQgAcEkIALZJCAC+SQgAA0oIABNKCABQSggAVkoIAJ1KCACiSggA6koIAABLCAA3SwgAP0sIAIRLCACOSwgA0UsIANxLCAAeTAgAKkwIAGtMCABzTAgAYxANAMVMCAAFTQgADE0IAFJNCABeTQgAn00IAKVNCADsTQgA/U0IADlOCABNTggAhk4IAJROCADTTggA4E4IACBPCAA3TwgAbU8IAHVPCAC6TwgAwU8IAAdQCAAJUAgAVFAIAF5QCAChUAgAo1AIAO5QCAAHUQgAO1EIAD1RCACIUQgAi1EIANVRCADhUQgAIlIIAE5SCACwEA0AflIIALxSCADZUggACVMIABJTCABWUwgAZFMIAKNTCACpUwgA8FMIAPxTCAA9VAgARVQIAP0QDQCSVAgA11QIAN1UCAAkVQgAMFUIAHFVCAB0VQgAvlUIAMNVCAALVggAFFYIAFhWCABeVggApVYIALRWCADyVggA/lYIAD9XCABHVwgAShENAJJXCADZVwgA3lcIACZYCAA8WAgAc1gIAHtYCADAWAgAzlgIAA1ZCAAXWQgAWlkIAF1ZCACnWQgAr1kIAPRZCAD1WQgAQVoIAEdaCACOWggAnFoIANtaCADxWggAKFsIACpbCAB1WwgAe1sIAMJbCADWWwgAD1wIABdcCABcXAgAbFwIAKlcCACrXAgA9lwIAAVdCABDXQgATV0IAJBdCACVXQgA3V0IAONdCAAqXggAPl4IAHdeCAB/XggAxF4IAMleCAARXwgAF18IAF5fCABmXwgAq18IAK5fCAD4XwgA/V8IAEVgCABOYAgAkmAIAJhgCADfYAgA7mAIACxhCAA4YQgAlxENAINhCADGYQgAyGEIABNiCAAaYggAYGIIAGdiCACtYggAs2IIAPpiCAAIYwgAR2MIAFRjCACUYwgApGMIAOFjCADmYwgALmQIADZkCAB7ZAgASmQIADrDCACHZAgAyGQIAMpkCAB9ZwgA1WQIABVlCAAaZQgAYmUIAGxlCACvZQgAv2UIAPxlCAABZggASWYIAFJmCACWZggAo2YIAONmCADqZggAMGcIADhnCADkEQ0Ai2cIAMpnCADiZwgAF2gIABloCABkaAgAe2gIALFoCACzaAgA/mgIAAxpCABLaQgAWGkIAJhpCACgaQgAMRINAOtpCAAyaggANGoIAH9qCACMaggAzGoIAM9qCAAZawgAKmsIAGZrCABoawgAs2sIAL1rCAAAbAgADGwIAE1sCABVbAgAfhINAJ9sCADnbAgA6mwIADRtCAA+bQgAgW0IAIltCADObQgA220IABtuCAAdbggAaG4IAH5uCAC1bggAwW4IAAJvCAAKbwgAyxINAFJvCACcbwgApW8IAOlvCAD3bwgAaZYIAPhvCAA2cAgAQXAIAINwCACLcAgA0HAIANtwCAAdcQgAInEIAGpxCABtcQgAt3EIAMFxCABlEw0ACnIIAFFyCABscggAnnIIAKpyCADrcggA8XIIADhzCABAcwgAhXMIAJtzCADScwgA4HMIAB90CAAidAgAbHQIAIV0CAC5dAgAxXQIAAZ1CAARdQgAU3UIAFV1CACgdQgAu3UIAO11CAD7dQgAOnYIAEd2CACHdggAnnYIALITDQDqdggAIXcIACJ3CABudwgAc3cIALt3CADBdwgACHgIAAp4CABVeAgAW3gIAKJ4CAC2eAgA73gIAPd4CAA8eQgATHkIAIl5CACLeQgA1nkIAOR5CAAjeggANHoIAP8TDQB2eggAvXoIAMl6CABMFA0ADHsIAFd7CABoewgApHsIAKx7CADxewgA+nsIAD58CABFfAgAi3wIAIx8CACZFA0A5HwIACV9CAAnfQgAcn0IAHl9CAC/fQgAx30IAAx+CAAVfggAWX4IAGB+CACmfggAp34IAOYUDQD4fggAQH8IAEh/CACNfwgAl38IANp/CADofwgAJ4AIAD2ACAB0gAgAgIAIAMGACADGgAgADoEIABeBCABbgQgAZYEIADMVDQCpgQgA9YEIAP2BCADsgQkADYIIAEKCCABPgggAj4IIAJuCCADcgggA5oIIACmDCAAtgwgAdoMIAHuDCADDgwgAyYMIABCECAAwhAgAXYQIAHWECACqhAgAwYQIAPeECAADhQgARIUIAE6FCACRhQgAk4UIAN6FCADlhQgAK4YIADKGCAB4hggAfoYIAMWGCADRhggAEocIABWHCABfhwgAYocIAKyHCAC4hwgA+YcIAPyHCABGiAgAYogIAJOICACbiAgAgBUNAOyICAAtiQgAN4kIAHqJCAB8iQgAx4kIAM6JCAAUiggAG4oIAGGKCABniggArooIALyKCAD7iggACIsIAEiLCABYiwgAlYsIAJqLCADiiwgA6osIAC+MCAA/jAgAfIwIAIGMCADJjAgAz4wIABaNCAAejQgAzRUNAGmNCACwjQgAuI0IAP2NCAAAjggASo4IAFaOCACXjggAnY4IAOSOCAD/jggAMY8IAD+PCAB+jwgAjY8IAMuPCADXjwgAGJAIACCQCABnFg0AapAIALKQCAC8kAgA/5AIAAeRCABMkQgAbJEIAJmRCACmkQgA5pEIAOuRCAAzkggAN5IIAICSCACNkggAtBYNANKSCAAakwgAHZMIAGeTCABxkwgAtJMIAMCTCAABlAgAFJQIAE6UCABdlAgAm5QIAKeUCADolAgA6ZQIADWVCAA/lQgAgpUIAJCVCADPlQgA1JUIAByWCAAplggAARcNAHOWCAC2lggAuJYIAAOXCAAclwgAUJcIAGGXCACdlwgAqZcIAOqXCADylwgA6BcNAD6YCACEmAgAi5gIANGYCADXmAgAHpkIACqZCABrmQgAbpkIALiZCAC7mQgABZoIAA2aCABSmggAYpoIAJ+aCACkmggA7JoIAPWaCAA5mwgARpsIAIabCACNmwgANRgNAOGbCAAgnAgALJwIAG2cCABznAgAupwIAMCcCAAHnQgADJ0IAFSdCABanQgAghgNAK2dCADunQgA9J0IADueCABBnggAiJ4IAJWeCADVnggA2p4IACKfCAAqnwgAb58IAI2fCABpGQ0Avp8IACBqCgC/nwgAjtsJAMKfCAAYdwkA0p8IAAmgCAAKoAgAVqAIAFugCACjoAgAqaAIAPCgCADyoAgAPaEIAEOhCACKoQgAnqEIANehCADfoQgAJKIIADSiCABxoggAc6IIAL6iCADMoggAC6MIAByjCAC2GQ0AXqMIAKWjCACxowgAAxoNAP+jCAA/pAgAR6QIAIykCACZpAgA2aQIANukCAAmpQgAPKUIAHOlCAB/pQgAwKUIAMilCACdGg0AGaYIAFqmCABdpggAp6YIAKymCAD0pggABacIAEGnCABKpwgAjqcIAJinCADbpwgA6acIACioCAAtqAgAdagIAIKoCADqGg0AzqgIAA+pCAAcqQgAXKkIAF6pCACpqQgAv6kIAPapCAACqggAQ6oIAEuqCAA3Gw0AlaoIAN2qCADjqggAKqsIADKrCAB3qwgAeqsIAMSrCADQqwgAEawIABesCABerAgAeawIAKusCAC4rAgA+KwIAPqsCABFrQgAW60IAJKtCACerQgA360IAOetCACEGw0AMq4IAHmuCAB+rggAxq4IAOGuCAATrwgAIa8IAGCvCABnrwgAra8IALmvCAD6rwgAAbAIANEbDQBSsAgAlLAIAJywCADhsAgA7LAIAC6xCAAzsQgAe7EIAH6xCADIsQgA0rEIABWyCAAdsggAYrIIAHCyCACvsggAsrIIAPyyCAAEswgASbMIAGmzCACWswgAo7MIAOOzCADoswgAMLQIADS0CAB9tAgAirQIAB4cDQDqtAgAF7UIACC1CABktQgAZbUIALG1CAC5tQgA/rUIAA62CABLtggATbYIAJi2CACmtggA5bYIAPa2CABrHA0AOLcIAH+3CACLtwgAuBwNANO3CAAFHQ0AHrgIAGa4CACAuAgAs7gIAMK4CAAAuQgAC7kIAE25CABPuQgAmrkIAKe5CADnuQgA9LkIADS6CABAuggAgboIAJK6CADOuggA0boIABu7CAA1uwgAaLsIAHG7CAC1uwgAwrsIAAK8CAAIvAgAT7wIAFu8CACcvAgAn7wIAOm8CADuvAgANr0IAEe9CACDvQgAnr0IANC9CADcvQgAHb4IACS+CABqvggAbL4IALe+CAC+vggABL8IAAu/CABRvwgAV78IAJ6/CACqvwgA678IAO6/CAA4wAgAO8AIAIXACACRwAgA0sAIAOXACAAfwQgALsEIAGzBCAB4wQgAucEIALrBCAAGwggAEMIIAFPCCABhwggAoMIIAKXCCADtwggA+sIIAFIdDQBCwwgAnx0NAInDCADUwwgA6sMIACHECAAtxAgAbsQIAHbECADsHQ0AwcQIAAjFCAAQxQgAVcUIAFjFCACixQgArsUIAO/FCAD1xQgAPMYIAFfGCACJxggAl8YIANbGCADlxggAI8cIAC/HCABwxwgAeMcIADkeDQDCxwgACsgIABTICABXyAgAX8gIAKTICADEyAgA8cgIAP7ICAA+yQgAQ8kIAIvJCACPyQgA2MkIAOXJCACGHg0ASMoIAHLKCAB1yggAv8oIAMTKCAAMywgAG8sIAFnLCAB5ywgApssIALLLCADzywgA/csIAEDMCABMzAgAjcwIAJPMCADazAgA4MwIACfNCAAszQgAdM0IAHrNCADTHg0Ax80IAA7OCAATzggAW84IAGHOCABtHw0Aq84IAPXOCAD/zggAQs8IAETPCACPzwgAqM8IANzPCADtzwgAKdAIADfQCAB20AgAedAIAMPQCADO0AgAENEIABjRCABd0QgAX9EIAKrRCACy0QgA99EIAATSCABE0ggAUNIIAJHSCACV0ggA3tIIAObSCAAr0wgAOtMIAHjTCAB90wgAxdMIANLTCAAS1AgAH9QIAF/UCABr1AgArNQIALvUCAD51AgAA9UIAEbVCABU1QgAk9UIAJjVCADg1QgA7dUIALofDQA11ggAByANAH7WCABj2ggAhtYIAMfWCADN1ggAFNcIABrXCABh1wgAbtcIAK7XCACz1wgA+9cIAAPYCABI2AgAetgIAC/ZCAB/2AgAldgIALvYCAB82QgAzNgIAOLYCAAZ2QgAVCANAGbZCAChIA0AotkIAMnZCAD72QgAFtoIAE3aCADuIA0AcdoIALDaCAC92ggA/doIAAnbCABK2wgAUNsIAJfbCACd2wgA5NsIAOnbCAAx3AgAN9wIADshDQCk3AgAZd0IALXcCADL3AgAAt0IANUhDQBP3QgAIiINAIvdCACy3QgA5N0IAP/dCAA23ggAbyINAFbeCACZ3ggAnt4IAObeCADu3ggAvCINADjfCACA3wgAid8IAM3fCADa3wgAGuAIACHgCAAJIw0Ab+AIAFYjDQDH4AgAAeEIAA3hCABO4QgAXeEIAJvhCACk4QgA6OEIAPLhCAA14ggAN+IIAILiCACb4ggAz+IIAODiCAAc4wgAKOMIAGnjCABx4wgAoyMNAMTjCAAD5AgAFOQIAFDkCABc5AgAneQIAKXkCADwIw0A7+QIADflCABB5QgAhOUIAIzlCADR5QgA4eUIAB7mCAAj5ggAa+YIAHTmCAC45ggAxeYIAAXnCAAM5wgAPSQNAF/nCACf5wgAZecIABEUCwCk5wgA7OcIAPjnCAA56AgARugIAIboCACQ6AgAiiQNANjoCAAg6QgALOkIAG3pCAB66QgAuukIAMTpCAAH6ggAI+oIAFTqCABc6ggA1yQNAKbqCADu6ggA9uoIADvrCAA+6wgAiOsIAJHrCADV6wgA5OsIACLsCAAt7AgAb+wIAHfsCAC87AgAzOwIAAntCAAX7QgAVu0IAGftCACj7QgAr+0IAPDtCAD47QgAJCUNAEPuCACK7ggAku4IANfuCADe7ggAJO8IADLvCABx7wgAd+8IAL7vCADK7wgAC/AIABrwCABY8AgAYvAIAKXwCACq8AgA8vAIAPjwCAA/8QgAU/EIAIzxCACU8QgA2fEIAPfxCAAm8ggALvIIAHElDQB78ggAviUNAMnyCAAN8wgAHvMIAFrzCABm8wgAp/MIALTzCAD08wgA+fMIAEH0CABL9AgAjvQIAJ70CADb9AgA4PQIACj1CAAx9QgAdfUIAIL1CADC9QgAyfUIAA/2CAAb9ggAXPYIAGL2CACp9ggAr/YIAPb2CAD79ggAQ/cIAEn3CABYJg0AlfcIAN33CADl9wgAKvgIAED4CAB3+AgAfPgIAMT4CADL+AgAEfkIABr5CABe+QgAb/kIAKv5CAC3+QgA+PkIAAD6CAA/Jw0AR/oIAJL6CACo+ggA3/oIAOv6CAAs+wgAM/sIAHn7CACB+wgAjCcNAMv7CAAT/AgAG/wIAGD8CAB2/AgArfwIALL8CAD6/AgAAf0IAEf9CABQ/QgAlP0IAKX9CADh/QgA7f0IAC7+CAA2/ggA2ScNAH3+CADI/ggA3v4IABX/CAAh/wgAYv8IAGn/CACv/wgAt/8IACYoDQABAAkASQAJAFAACQCWAAkAnwAJAOMACQD0AAkAMAEJADwBCQB9AQkAhQEJAHMoDQDMAQkAFwIJACYCCQBkAgkAhAIJALECCQCzAgkA/gIJABUDCQBLAwkAVwMJAJgDCQCgAwkADSkNAOoDCQAyBAkANAQJAH8ECQCGBAkAzAQJANQECQAZBQkAIgUJAGYFCQBsBQkAswUJAMQFCQAABgkACAYJAKcpDQBZBgkAmgYJAJ0GCQDnBgkA7AYJADQHCQBFBwkAgQcJAJwHCQDOBwkA2gcJABsICQAjCAkA9CkNAH4ICQC1CAkAtggJAAIJCQAHCQkATwkJAFUJCQCcCQkApgkJAOkJCQDxCQkANgoJAEgKCQBBKg0AkAoJANAKCQDaCgkAHQsJACMLCQBqCwkAfgsJALcLCQC/CwkABAwJABQMCQBRDAkAVgwJAJ4MCQCkDAkA6wwJAPMMCQA4DQkAOQ0JAIUNCQCHDQkA0g0JAOENCQAfDgkAPw4JAGwOCQBuDgkAuQ4JANAOCQAGDwkAEg8JAFMPCQBbDwkAjioNAK0PCQDtDwkA9w8JADoQCQBIEAkAhxAJAJ0QCQDUEAkA4BAJACERCQAtEQkAbhEJAHQRCQC7EQkAwREJAAgSCQANEgkAVRIJAFsSCQAoKw0ApxIJAO8SCQDxEgkAPBMJAEMTCQCJEwkAkRMJANYTCQDZEwkAIxQJACwUCQBwFAkAfxQJAL0UCQDIFAkAChUJABIVCQBXFQkAZxUJAKQVCQCyFQkA8RUJAAIWCQA+FgkAShYJAIsWCQCTFgkADywNAPYWCQAlFwkALRcJAFwsDQB+FwkAvxcJANUXCQAMGAkAFBgJAFkYCQB4GAkAqSwNAKkYCQCxTwkAsxgJAPMYCQD2GAkAoewLAPsYCQBAGQkAQhkJAI0ZCQBKGQkAriQJAFEZCQBdHgkAmhkJANoZCQDuGQkAJxoJAC8aCQB0GgkAeRoJAMEaCQDRGgkADhsJABYbCQBbGwkAZRsJAKgbCQCzGwkA9RsJAAEcCQBCHAkAShwJAPYsDQCUHAkA3BwJAOUcCQApHQkALx0JAHYdCQCFHQkAwx0JAM8dCQAQHgkAEx4JAEMtDQBiHgkAqh4JALkeCQD3HgkA+R4JAEQfCQBVHwkAkR8JAKIfCQDeHwkA8h8JACsgCQAzIAkAeCAJAIYgCQDFIAkA0iAJABIhCQAVIQkAXyEJAGkhCQCsIQkAriEJAPkhCQAKIgkARiIJAFciCQCTIgkAnyIJAOAiCQDnIgkALSMJADUjCQB6IwkAkSMJAMcjCQDTIwkAFCQJACokCQBhJAkAZCQJAJAtDQC5JAkA+yQJAAclCQBIJQkAUCUJAN0tDQChJQkA4iUJAPglCQAvJgkAMiYJAHwmCQCEJgkAySYJAMsmCQAWJwkAMScJAGMnCQBlJwkAsCcJAL4nCQD9JwkADigJAEooCQBMKAkAlygJALAoCQDkKAkA9SgJADEpCQA9KQkAKi4NAIQpCQDLKQkA2SkJABgqCQAzKgkAZSoJAHEqCQCyKgkAuCoJAP8qCQAHKwkATCsJAFwrCQCZKwkAnisJAOYrCQDvKwkAMywJAEAsCQCALAkAhywJAM0sCQDVLAkAdy4NAB8tCQBnLQkAbS0JALQtCQC8LQkAAS4JACouCQBOLgkAVS4JAJsuCQC0LgkA6C4JAPcuCQA1LwkAUS8JAMQuDQCHLwkAzy8JANkvCQAcMAkALDAJAGkwCQBuMAkAtjAJAL8wCQADMQkAEDEJAFAxCQBXMQkAnTEJAKkxCQDqMQkA/TEJADcyCQBGMgkAhDIJAJAyCQDRMgkA0jIJAB4zCQAoMwkAazMJAHkzCQC4MwkAvTMJAAU0CQASNAkAES8NAGM0CQCfNAkAoTQJAOw0CQDvNAkAOTUJADw1CQCGNQkAjTUJANM1CQDfNQkAIDYJADA2CQBtNgkAfTYJALo2CQC/NgkABzcJABA3CQBUNwkAYTcJAKE3CQCoNwkA7jcJAPo3CQA7OAkAQTgJAIg4CQCOOAkA1TgJANo4CQAiOQkAKDkJAPgvDQB5OQkAvDkJAMo5CQAJOgkAGToJAFY6CQBYOgkAozoJALI6CQDwOgkA+joJAD07CQBFOwkA3zANAJA7CQDXOwkA4zsJACwxDQApPAkAcTwJAHk8CQC+PAkAzjwJAAs9CQAZPQkAWD0JAGU9CQClPQkArD0JAPI9CQD6PQkAxjENAFA+CQCMPgkAkz4JANk+CQDhPgkAJj8JADM/CQBzPwkAeD8JAMA/CQDKPwkADUAJABVACQBaQAkAc0AJAKdACQCzQAkA9EAJAPxACQATMg0ATUEJAI5BCQCRQQkA20EJAOBBCQAoQgkAOUIJAHVCCQCQQgkAwkIJAM5CCQAPQwkAFkMJAFxDCQB4QwkAqUMJALFDCQBgMg0A+0MJAENECQBNRAkAkEQJAJhECQDdRAkA7UQJACpFCQAvRQkAd0UJAIBFCQDERQkA0UUJABFGCQAYRgkArTINAG9GCQCrRgkAs0YJAPhGCQC3RgkAszkKAAJHCQBFRwkASkcJAJJHCQCaRwkA30cJAOhHCQAsSAkAOUgJAHlICQCASAkAxkgJANJICQATSQkAI0kJAGBJCQBuSQkArUkJALpJCQD6SQkABkoJAEdKCQBOSgkAlEoJAJxKCQDhSgkA8UoJAC5LCQA3SwkAe0sJAIhLCQDISwkA10sJABVMCQAfTAkAYkwJAHBMCQCvTAkAtEwJAPxMCQAJTQkASU0JAFFNCQD6Mg0Aok0JAONNCQDwTQkAME4JADNOCQB9TgkAi04JAMpOCQDPTgkAF08JACRPCQBkTwkAbE8JAEczDQC5TwkA/k8JAARQCQBLUAkABVAJAOmjCQBXUAkAmFAJALVQCQDlUAkA7lAJADJRCQBAUQkAf1EJAIVRCQDMUQkA2FEJABlSCQAgUgkAlDMNAGxSCQCzUgkAwVIJAABTCQAbUwkATVMJAFlTCQCaUwkAoFMJAOEzDQAKVAkANFQJAENUCQCBVAkAhlQJAM5UCQDbVAkAG1UJAChVCQBoVQkAdFUJALVVCQDEVQkAAlYJAAxWCQBPVgkAXVYJAJxWCQChVgkA6VYJAPZWCQA2VwkAUlcJAINXCQCLVwkALjQNANxXCQAdWAkAOlgJAGpYCQBzWAkAt1gJAMVYCQAEWQkAClkJAFFZCQBdWQkAnlkJAKVZCQDrWQkA81kJADhaCQBOWgkAhVoJAIpaCQDSWgkA2VoJAB9bCQAoWwkAbFsJAH1bCQC5WwkAxVsJAAZcCQAOXAkAyDQNAFlcCQCgXAkApVwJAO1cCQAIXQkAOl0JAEhdCQCHXQkAjl0JANRdCQDgXQkAIV4JACReCQBuXgkAdl4JALteCQC8XgkACF8JAApfCQBVXwkAZF8JAKJfCQDCXwkA718JAPFfCQA8YAkAU2AJAIlgCQCVYAkA1mAJAN5gCQAVNQ0AJGEJAHBhCQB8YQkAvWEJAMxhCQAKYgkAEmIJAGI1DQBZYgkApGIJALJiCQDxYgkAAmMJAK81DQBFYwkA/DUNAJNjCQCWNg0A4mMJACVkCQAxZAkAcmQJAIhkCQC/ZAkAy2QJAAxlCQAfZQkAWWUJAGdlCQCmZQkAsGUJAOM2DQD7ZQkAMDcNAFZmCQCNZgkAmWYJANpmCQDnZgkAJ2cJADFnCQB0ZwkAdmcJAMFnCQDLZwkADmgJABxoCQBbaAkAYGgJAKhoCQC1aAkA9WgJAP1oCQBCaQkAUmkJAI9pCQCRaQkA3GkJAOVpCQApagkAOmoJAHZqCQCAagkAfTcNAM9qCQAQawkAJ2sJAF1rCQB4awkAyjcNAMNrCQD3awkA/WsJAERsCQBObAkAFzgNAJNsCQDebAkA72wJACttCQAzbQkAeG0JAEdtCQB3kgkAhG0JAMVtCQDLbQkAEm4JABhuCQBfbgkAZG4JAKxuCQCybgkAZDgNABVvCQBGbwkATm8JAEs5DQChbwkA4G8JAPFvCQAtcAkAPnAJAHpwCQCGcAkAx3AJAM5wCQCYOQ0AJXEJAGFxCQBycQkArnEJALpxCQD7cQkAAnIJAOU5DQBKcgkAlXIJAJZyCQDicgkA6nIJAC9zCQA0cwkAfHMJAIVzCQDJcwkA03MJABZ0CQAedAkAY3QJAGh0CQCwdAkAwHQJAP10CQAFdQkASnUJAGB1CQCXdQkAo3UJAOR1CQD6dQkAMXYJADZ2CQB+dgkAhHYJAMt2CQDfdgkAMjoNAC53CQBldwkAc3cJALJ3CQC/dwkA/3cJAAF4CQBMeAkAVngJAJl4CQCleAkA5ngJAO14CQAzeQkAO3kJAIB5CQCZeQkAzXkJAOF5CQAaegkAInoJAGd6CQBpegkAtHoJAMF6CQABewkABnsJAE57CQBYewkAm3sJAKZ7CQDoewkA9HsJADV8CQA7fAkAgnwJAIp8CQDPfAkA0HwJABx9CQAifQkAaX0JAG59CQC2fQkAxX0JAAN+CQAPfgkAUH4JAFN+CQCdfgkAoH4JAH86DQDvfgkAN38JAFN/CQDMOg0ApH8JANF/CQDZfwkAGTsNACSACQBrgAkAd4AJAGY7DQDUgAkAmIYNAOSACQBNPA0AMYEJAJo8DQBYgQkAn4EJAKuBCQDnPA0A7YEJADuFCQD8gQkAOYIJADuCCQCGggkAkIIJANOCCQDVggkAIIMJADGDCQBtgwkAdYMJALqDCQDGgwkAB4QJAA2ECQBUhAkAWoQJAKGECQCmhAkA7oQJAPSECQA0PQ0APYUJAIiFCQCOhQkA1YUJANiFCQAihgkALoYJAG+GCQB3hgkAGz4NAMKGCQAJhwkAD4cJAFaHCQBbhwkAo4cJAKmHCQBoPg0A8ocJAD2ICQBGiAkAiogJAKGICQDXiAkA4ogJACSJCQAuiQkAcYkJAHmJCQBPPw0Ay4kJAAuKCQATigkAWIoJAGKKCQCligkAsIoJAPKKCQD4igkAP4sJAEuLCQCMiwkAjosJANmLCQDgiwkAJowJAC6MCQBzjAkAhYwJAJw/DQD7jAkADY0JABWNCQBajQkAfY0JAINADQCpjQkA9I0JAAGOCQBBjgkASI4JAI6OCQCfjgkA244JAOeOCQAojwkAL48JAHWPCQB2jwkA1q0JAH2PCQDQQA0A1Y8JAA+QCQAekAkAXJAJAGiQCQCpkAkAqpAJAPaQCQAAkQkAQ5EJAFGRCQCQkQkAlZEJAN2RCQDqkQkAHUENADKSCQBqQQ0Af5IJALdBDQDGkgkAEZMJANCSCQD5ogoAFJMJAIJjCgAekwkAXpMJAGyTCQCrkwkAupMJAPiTCQAYlAkARZQJAFGUCQCSlAkAmZQJAN+UCQDnlAkALJUJAC6VCQB5lQkAg5UJAJ5CDQDQlQkAE5YJABuWCQDrQg0AapYJAK2WCQC1lgkAOEMNADaXCQBHlwkAT5cJAJSXCQCylwkAhUMNAO+XCQAumAkAPpgJAHuYCQCLmAkAyJgJANSYCQAVmQkAG5kJAGKZCQB+mQkAr5kJALeZCQDSQw0AEJoJAEmaCQBTmgkAlpoJAKKaCQDjmgkA65oJAB9EDQA7mwkAfZsJAH+bCQDKmwkA0JsJABecCQAfnAkAbEQNAGacCQCxnAkAtJwJAP6cCQAGnQkAS50JAFudCQCYnQkAmp0JAOWdCQDznQkAMp4JAEOeCQC5RA0Ahp4JAAZFDQDSngkAGZ8JAB6fCQBmnwkAbJ8JAFNFDQDAnwkAAKAJAAqgCQBNoAkAT6AJAJqgCQCtoAkA56AJAO+gCQA0oQkAQKEJAIGhCQCHoQkAzqEJANShCQAbogkAIKIJAGiiCQBuogkAOkYNAL6iCQACowkAD6MJAE+jCQBWowkAnKMJAKSjCQCHRg0A9aMJADakCQBApAkAg6QJAI+kCQDQpAkA36QJAB2lCQAnpQkAaqUJAHalCQC3pQkAvqUJANRGDQAHpgkAPQkLAAqmCQBRpgkAXaYJAJ6mCQCmpgkAIUcNAPemCQA4pwkAQqcJAIWnCQCRpwkA0qcJAOGnCQAfqAkAKagJAGyoCQB4qAkAuagJAMCoCQBuRw0AFKkJAFOpCQBqqQkAoKkJAK2pCQDtqQkA76kJADqqCQBLqgkAh6oJAKOqCQDUqgkA3KoJALtHDQA6qwkAbqsJAIKrCQC7qwkAw6sJAAisCQALrAkAVawJAGOsCQCirAkAuawJAO+sCQD8rAkAPK0JAD6tCQCJrQkAmq0JAAhIDQDcrQkAI64JACiuCQBwrgkAhq4JAL2uCQDLrgkACq8JAA2vCQBXrwkAY68JAKSvCQCqrwkA8a8JAP2vCQA+sAkAZ7AJAIuwCQCXsAkA2LAJAOewCQAlsQkAL7EJAHKxCQCAsQkAv7EJAMSxCQAMsgkAGbIJAFVIDQBbsgkAprIJALSyCQDzsgkAALMJAECzCQBSswkAokgNAJyzCQDaswkA5rMJACe0CQBAtAkAdLQJAHa0CQDBtAkA0LQJAA61CQAutQkAW7UJAGO1CQCotQkAy7UJAPW1CQALtgkAQrYJAEe2CQCPtgkAkrYJANy2CQDmtgkAKbcJADG3CQB2twkAfLcJAMO3CQDPtwkAELgJAB+4CQBduAkAabgJAKq4CQC3uAkA97gJAAG5CQBEuQkATLkJAJG5CQCguQkA3rkJAOC5CQArugkAPLoJAHi6CQCJugkAxboJAM26CQASuwkAI7sJAF+7CQBhuwkArLsJAK+7CQD5uwkAA7wJAEa8CQBqvAkAk7wJAK+8CQDvSA0A5rwJAC29CQAyvQkAer0JAIm9CQDHvQkA070JABS+CQAXvgkAYb4JAGS+CQCuvgkAtr4JAPu+CQAKvwkASL8JAE2/CQCVvwkAq78JAOK/CQDjvwkAL8AJAEDACQB8wAkAiMAJAMnACQDTwAkAFsEJACLBCQBjwQkAasEJADxJDQC0wQkA/cEJAAvCCQBKwgkAVMIJAJfCCQCiwgkA5MIJAOzCCQAxwwkAPcMJAH7DCQCRwwkAy8MJANnDCQAYxAkAIsQJAGXECQBtxAkAssQJAMHECQD/xAkABMUJAEzFCQBTxQkAmcUJAKXFCQCJSQ0A8sUJADPGCQA2xgkAgMYJAIPGCQDNxgkA58YJABrHCQAmxwkAZ8cJAHrHCQC0xwkAwscJAAHICQALyAkATsgJAHHICQDWSQ0ApcgJAOjICQD0yAkANckJADzJCQCCyQkAiskJAM/JCQDTyQkAHMoJACrKCQBpygkAc8oJALbKCQDBygkAA8sJAAvLCQBQywkAX8sJAJ3LCQCiywkA6ssJAPHLCQA3zAkAQ8wJAITMCQCMzAkAI0oNAOfMCQAr7goA6swJAB7NCQAozQkAa80JAHfNCQC4zQkAu80JAAXOCQAPzgkAUs4JAFXOCQCfzgkAr84JAOzOCQDuzgkAOc8JAEfPCQCGzwkAl88JAHBKDQDazwkAvUoNACnQCQBt0AkAKtAJAJ7aCgBA0AkA1N4KAIbQCQC60AkAxNAJAAfRCQAT0QkAVNEJAFfRCQCh0QkAq9EJAApLDQDz0QkAO9IJAFvSCQCI0gkAkNIJAFdLDQDj0gkAItMJADjTCQBv0wkAe9MJALzTCQDD0wkACdQJABHUCQBW1AkAW9QJAKPUCQCs1AkA8NQJAPrUCQA91QkARdUJAIrVCQCY1QkA19UJAOTVCQAk1gkALNYJAKRLDQCB1gkAvtYJAMbWCQDxSw0AEtcJAFjXCQBk1wkApdcJAKzXCQDy1wkA+tcJAD/YCQBJ2AkAjNgJAJrYCQDZ2AkA79gJACbZCQAy2QkAc9kJAHjZCQDA2QkAydkJAA3aCQAX2gkAWtoJAGLaCQCn2gkArNoJAPTaCQAE2wkAQdsJAEnbCQA+TA0AmNsJANvbCQDe2wkAk1YKAOPbCQCLTA0ANtwJAHXcCQCL3AkAwtwJAM7cCQAP3QkAFt0JAFzdCQBk3QkAqd0JAK7dCQD23QkA/90JAEPeCQBN3gkAkN4JAJjeCQDd3gkA394JAGTpCQDr3gkAKt8JADffCQB33wkAf98JANhMDQDQ3wkAEeAJABTgCQBe4AkAaOAJACVNDQC54AkA+OAJAA7hCQBF4QkAUeEJAJLhCQCZ4QkA3+EJAOfhCQAs4gkAMeIJAHniCQCC4gkAxuIJANDiCQAT4wkAG+MJAGDjCQBi4wkAreMJAL3jCQD64wkABOQJAEfkCQBT5AkAlOQJAJrkCQC/TQ0A7+QJAC7lCQBE5QkAe+UJAIflCQDI5QkAzeUJABXmCQAe5gkAYuYJAGzmCQCv5gkAt+YJAPzmCQAe5wkADE4NAFjnCQCW5wkAoucJAOPnCQDk5wkAMOgJADroCQB96AkAi+gJAMroCQDP6AkAF+kJACTpCQBZTg0AdOkJALHpCQC76QkA/ukJAArqCQBL6gkAUeoJAJjqCQCg6gkAQE8NAOrqCQAy6wkAOusJAH/rCQCL6wkAhfQJAJjrCQDM6wkA2OsJABnsCQAh7AkAjU8NAHPsCQCz7AkAu+wJAADtCQAO7QkATe0JAFrtCQCa7QkAne0JAOftCQDx7QkANO4JADbuCQCB7gkAju4JAM7uCQDd7gkAG+8JACfvCQBo7wkAcO8JANpPDQDF7wkAAvAJAArwCQBP8AkAW/AJAJzwCQCi8AkA6fAJAO/wCQA28QkAO/EJAIPxCQCJ8QkAJ1ANAN3xCQAd8gkAIvIJAGryCQB08gkAt/IJAL/yCQAE8wkAEPMJAFHzCQBk8wkAnvMJAKzzCQDr8wkA7vMJADj0CQBC9AkAdFANAJj0CQDS9AkA4PQJAB/1CQAi9QkAbPUJAHb1CQDBUA0AvvUJAAb2CQDH9QkAshEKAA72CQBT9gkAX/YJAKD2CQCm9gkA7fYJALP2CQCXDwoA8/YJADr3CQA/9wkAh/cJAI33CQAOUQ0A2vcJACH4CQAm+AkAbvgJAHT4CQBbUQ0AyfgJAAj5CQAj+QkAVfkJAGH5CQCi+QkAqfkJAKhRDQD4+QkAPPoJAEn6CQCJ+gkAlfoJANb6CQDp+gkAI/sJACT7CQBw+wkAfPsJAL37CQDM+wkACvwJABT8CQBX/AkAY/wJAKT8CQCr/AkA9VENAPf8CQA+/QkARP0JAIv9CQCQ/QkA2P0JAN79CQCPUg0ALv4JAHL+CQB//gkAv/4JAMP+CQAM/wkADv8JAFn/CQBm/wkApv8JALD/CQDcUg0A+v8JAEAACgBIAAoAjQAKAJkACgDaAAoA7QAKACcBCgA2AQoAdAEKAIABCgDBAQoAwgEKAA4CCgAYAgoAWwIKAGkCCgCoAgoArQIKAPUCCgACAwoAKVMNAE4DCgCPAwoAlQMKANwDCgDiAwoAKQQKAC4ECgB2BAoAfAQKAHZTDQDIBAoAEAUKABoFCgAQVA0AZQUKAKoFCgC3BQoA9wUKAPwFCgBEBgoATgYKAJEGCgCZBgoA3gYKAOoGCgArBwoAPgcKAHgHCgB5BwoAxQcKANEHCgASCAoAIQgKAF8ICgBpCAoArAgKALQICgD5CAoA+wgKAF1UDQBPCQoAkwkKAKIJCgDgCQoA7wkKAC0KCgA5CgoAegoKAH0KCgDHCgoAygoKAKpUDQAWCwoAYQsKAGQLCgCuCwoAtgsKAPsLCgAIDAoASAwKAE0MCgCVDAoAnwwKAOIMCgDqDAoALw0KADsNCgB8DQoAjw0KAMkNCgDKDQoAFg4KACIOCgBjDgoAcg4KALAOCgC6DgoA/Q4KAAkPCgBKDwoAUQ8KAPdUDQCmDwoA5A8KAPAPCgAxEAoAMhAKAH4QCgCIEAoAyxAKANkQCgAYEQoAHREKAGURCgByEQoARFUNAMMRCgCRVQ0ADBIKAEwSCgBaEgoAmRIKAKoSCgDmEgoACBMKAN5VDQA4EwoAgBMKADkTCgDWRwoAiBMKAM0TCgDOEwoAthcKANATCgCdGAoA0hMKAM8WCgDTEwoA0RkKANQTCgDoFQoA3BMKABoUCgDmEwoAhhwKAB8UCgBnFAoAdBQKALQUCgDBFAoAARUKAA0VCgBOFQoAXRUKAJsVCgClFQoAK1YNAPYVCgA1FgoANxYKAIIWCgCTFgoAeFYNANAWCgAcFwoAKBcKAGkXCgB2FwoAxVYNAMQXCgADGAoAEBgKAFAYCgBnGAoAElcNAKYYCgAFGwoApxgKAOoYCgDsGAoANxkKAD0ZCgCEGQoAjhkKAF9XDQDdGQoAHhoKACAaCgBrGgoAehoKALgaCgDDGgoArFcNABQbCgBSGwoAYRsKAJ8bCgCrGwoA7BsKAPgbCgA5HAoAQBwKAPlXDQCSHAoA0xwKANscCgBGWA0AOR0KAG0dCgB+HQoAuh0KAMYdCgCTWA0AEx4KAFQeCgBWHgoAoR4KAKgeCgDuHgoA9h4KADsfCgA8HwoAiB8KAI4fCgDVHwoA2h8KACIgCgAjIAoAbyAKAHsgCgC8IAoAwiAKAAkhCgATIQoAViEKAGQhCgAmJgoAaiEKAKMhCgCrIQoA4FgNAAAiCgA9IgoARSIKAIoiCgCTIgoA1yIKAJciCgA/JQoA5CIKACQjCgArIwoAcSMKAH0jCgC+IwoAziMKAAskCgAZJAoAWCQKAGUkCgClJAoAsSQKAPIkCgD5JAoALVkNAEglCgCMJQoAnSUKANklCgDqJQoAelkNADImCgBzJgoAdiYKAMAmCgDIJgoADScKABInCgBaJwoAaicKAKcnCgCvJwoA9CcKAP0nCgBBKAoAASgKAKkqCgBOKAoAjigKAJUoCgDbKAoA5ygKACgpCgA4KQoAdSkKAIMpCgDCKQoAzykKAA8qCgAbKgoAXCoKAGMqCgDHWQ0AsioKAPYqCgAHKwoAQysKAFQrCgAUWg0AlSsKAN0rCgDqKwoAKiwKADYsCgB3LAoAgSwKAMQsCgDYLAoAES0KABItCgBeLQoAai0KAKstCgDKLQoA+C0KAAAuCgBFLgoASi4KAJIuCgCrLgoA3y4KAAgvCgAsLwoAOC8KAHkvCgCILwoAxi8KANAvCgATMAoAGzAKAGAwCgBrMAoArTAKAK8wCgD6MAoA/TAKAEcxCgBPMQoAlDEKAKExCgDhMQoA5jEKAC4yCgA2MgoAezIKAH0yCgDIMgoA0jIKABUzCgAfMwoAYjMKAGgzCgCvMwoAvTMKAPwzCgAVNAoASTQKAFI0CgCWNAoAoDQKAOM0CgDvNAoAYVoNADw1CgB9NQoAjTUKAMo1CgDYNQoAFzYKACQ2CgBkNgoAcDYKALE2CgC4NgoA/jYKAAY3CgBLNwoAYTcKAJg3CgCkNwoA5TcKAO83CgAyOAoAPTgKAH84CgCEOAoAzDgKANM4CgAZOQoAITkKAGY5CgCQOQoArloNALo5CgAAOgoACDoKAE06CgB3OgoAmjoKAJ86CgDnOgoA6DoKADQ7CgA+OwoAgTsKAI87CgDOOwoA0zsKABs8CgAoPAoAaDwKAIQ8CgC1PAoA0TwKAPtaDQAPPQoATz0KAFM9CgCcPQoAoj0KAOk9CgDrPQoANj4KADc+CgCDPgoApj4KANA+CgD0PgoAHT8KAEc/CgBqPwoAcj8KALc/CgC8PwoABEAKABFACgBRQAoAWUAKAJ5ACgCgQAoA60AKAPNACgA4QQoAYkEKAIVBCgCSQQoA0kEKANdBCgAfQgoALEIKAGxCCgB4QgoAuUIKAONCCgAGQwoADkMKAFNDCgBuQwoAoEMKAKJDCgDtQwoA/kMKADpECgBDRAoAh0QKAJNECgBIWw0A4UQKACFFCgA8RQoAbkUKAHNFCgC7RQoA20UKAAhGCgAURgoAVUYKAF1GCgCVWw0AsEYKAO9GCgD5RgoAPEcKAEdHCgCJRwoAkUcKAC9cDQDfRwoAI0gKAC1ICgBwSAoAe0gKAL1ICgDRSAoACkkKAB9JCgBXSQoAX0kKAKRJCgC7SQoA8UkKAPZJCgA+SgoASEoKAItKCgCTSgoAfFwNANpKCgAlSwoANksKAHJLCgB1SwoAv0sKAMtLCgDJXA0AGkwKAFlMCgBqTAoAFl0NAKlMCgDzTAoA9kwKAEBNCgBMTQoAjU0KAJNNCgDaTQoA5E0KAGNdDQA0TgoAdE4KAItOCgDBTgoAyU4KALBdDQAWTwoA/V0NAHJPCgCoTwoArk8KAPVPCgABUAoAQlAKAFlQCgCPUAoAkVAKANxQCgDmUAoAKVEKADVRCgB2UQoAglEKAMNRCgDJUQoAEFIKABZSCgBdUgoAYlIKAKpSCgCwUgoASl4NAPpSCgDchAsAAlMKAERTCgBFUwoAkVMKAJtTCgDeUwoADlQKAJdeDQAuVAoAeFQKAIJUCgDkXg0AzlQKABJVCgAoVQoAX1UKAHVVCgCsVQoArlUKAPlVCgD/VQoARlYKAFpWCgB+Xw0Am1YKAOBWCgDwVgoALVcKAPlWCgCSFQsAL1cKAHpXCgCIVwoAx1cKANhXCgDLXw0AG1gKABhgDQBqWAoAfvcKAG1YCgCuWAoAsVgKAPtYCgAEWQoASFkKAFlZCgCVWQoAn1kKAOJZCgDqWQoAL1oKAP5ZCgDe7QoAMloKAHxaCgCFWgoAyVoKAN9aCgAWWwoALFsKAGNbCgBlWwoAsFsKALZbCgD9WwoAEVwKAGVgDQBWXAoAl1wKAKFcCgDkXAoA7VwKADFdCgAyXQoAfl0KAIZdCgDLXQoA0F0KABheCgAoXgoA/2ANAHFeCgCyXgoAtF4KAP9eCgAFXwoATF8KAFNfCgCZXwoAnl8KAOZfCgDqXwoAM2AKAEBgCgCAYAoAiGAKAM1gCgDSYAoAGmEKACphCgBMYQ0AeGEKALRhCgDAYQoAAWIKABBiCgBOYgoAWGIKAJtiCgCpYgoA6GIKAPViCgA1YwoATGMKAJlhDQCFYwoAM2INANJjCgAcZAoA1mMKAGKCDQAkZAoAaWQKAJRkCgC2ZAoA4WQKAANlCgAuZQoAgGINAHtlCgCdZQoAyGUKAM1iDQDzZQoAN2YKADhmCgCEZgoAk2YKANFmCgCaZgoAUmgKAOJmCgAeZwoAIGcKAGtnCgBuZwoAuGcKALtnCgAFaAoADWgKALRjDQBXaAoAn2gKAKZoCgDsaAoA9WgKADlpCgBKaQoAhmkKAJJpCgDTaQoA22kKAAFkDQAmagoAbWoKAHRqCgC6agoAv2oKAAdrCgALawoAVGsKAGFrCgChawoAsGsKAO5rCgD/awoAO2wKAD1sCgCIbAoAi2wKANVsCgDYbAoAIm0KACptCgBOZA0Ae20KALxtCgC/bQoACW4KABNuCgCbZA0AX24KAKNuCgCybgoA8G4KAP9uCgA9bwoASW8KAIpvCgCNbwoA128KANpvCgDoZA0AJ3AKAHFwCgCccAoANWUNAMZwCgCCZQ0AE3EKAM9lDQBgcQoAHGYNAKpxCgDycQoA/3EKAD9yCgBCcgoAjHIKAJFyCgDZcgoA6nIKACZzCgAycwoAaWYNAHhzCgDAcwoA0XMKAA10CgAZdAoAWnQKAHR0CgCndAoAq3QKAHV2CgCudAoAkHgKALF0CgDEeQoAs3QKAFx3CgC1dAoAjnUKALh0CgD0dAoA+XQKAEF1CgBYdQoAtmYNAJt1CgDbdQoA63UKACh2CgAtdgoAA2cNAHd2CgDCdgoAyHYKAA93CgAcdwoAUGcNAGJ3CgCpdwoAr3cKAPZ3CgD7dwoAQ3gKAEl4CgCdZw0AnHgKAN14CgD2eAoAKnkKADN5CgB3eQoAjnkKAOpnDQDKeQoAEXoKABN6CgBeegoAbXoKAKt6CgC3egoAN2gNAAF7CgBFewoAU3sKAJJ7CgCcewoA33sKAOt7CgAsfAoAL3wKAHl8CgCVfAoAxnwKAM58CgCEaA0AH30KAGB9CgBjfQoArX0KALd9CgBraQ0AA34KAEd+CgBVfgoAlH4KAJ5+CgDhfgoA7X4KAC5/CgA2fwoABWoNAH1/CgDIfwoA1n8KABWACgAmgAoAUmoNAGmACgCfag0AtIAKAPyACgAEgQoASYEKAE+BCgCWgQoAn4EKAOOBCgDwgQoAOWsNADWCCgB9ggoAPIIKAP6DCgCGggoAyoIKANSCCgAXgwoAH4MKAGSDCgCkgwoAsYMKALmDCgCGaw0ABIQKAEuECgBRhAoAmIQKAKCECgDlhAoAJYUKADKFCgA6hQoA02sNAIeFCgAgbA0ADoYKABmGCgBbhgoAbWwNAHSGCgCzhgoAxIYKAACHCgAMhwoATYcKAFCHCgC6bA0ApocKAOeHCgDqhwoANIgKAD6ICgCBiAoAiYgKAAdtDQDaiAoAG4kKACGJCgBoiQoAcokKALWJCgDJiQoAAooKAAqKCgBUbQ0AXIoKAJyKCgCkigoA6YoKAOyKCgA2iwoAQosKAIOLCgCNiwoA0IsKANmLCgAdjAoAHowKAGqMCgCCjAoAt4wKALmMCgAEjQoAFY0KAFGNCgBijQoAno0KAKaNCgDrjQoA+o0KADiOCgA6jgoAhY4KAJaOCgDSjgoA444KAB+PCgA4jwoAbI8KAG6PCgC5jwoAyI8KAAaQCgAmkAoA7m0NAGGQCgCgkAoAo5AKAO2QCgD4kAoAOpEKAEaRCgCHkQoAjpEKANSRCgDckQoAIZIKAC+SCgBukgoAe5IKALuSCgDDkgoAO24NABCTCgCIbg0AXZMKANVuDQCqkwoAIm8NAPuTCgA8lAoATJQKAImUCgCOlAoA1pQKANyUCgAjlQoAL5UKAHCVCgB4lQoAb28NAM6VCgAKlgoAG5YKAFeWCgBplgoApJYKAKyWCgDxlgoA/JYKAD6XCgBDlwoAi5cKAJCXCgDYlwoA+JcKALxvDQA1mAoAcpgKAHyYCgC/mAoAy5gKAAyZCgASmQoAWZkKAGGZCgCmmQoAqJkKAPOZCgCymQoAEJ8KAASaCgBAmgoAUZoKAI2aCgCfmgoA2poKAOKaCgAnmwoAMpsKAHSbCgB5mwoAwZsKAMabCgAOnAoALpwKAAlwDQBdnAoAqJwKALecCgD1nAoAAJ0KAEKdCgBUnQoAj50KAJedCgDcnQoA550KACmeCgAungoAdp4KAHueCgDDngoA454KAFZwDQASnwoAXZ8KAGyfCgCqnwoAtZ8KAPefCgAJoAoARKAKAEygCgCRoAoAnKAKAN6gCgDjoAoAK6EKADChCgB4oQoAmKEKAKNwDQDSoQoAEqIKACmiCgDwcA0AbKIKAKyiCgDDogoAPXENAAajCgBGowoATaMKAJOjCgChowoA4KMKAO2jCgAtpAoARKQKAIpxDQCCpAoA13ENAMmkCgAUpQoAIqUKAGGlCgBypQoAJHINALulCgD7pQoAEqYKAHFyDQBSpgoAlaYKAKGmCgDipgoA5aYKAC+nCgA5pwoAvnINAJinCgALcw0A0acKAFhzDQAeqAoAY6gKAGSoCgCyqwoAZqgKAOSpCgBqqAoAnbIKAG2oCgCwqAoAcqgKAICtCgBzqAoAmawKALWoCgC2sQoAvKgKAP2oCgAAqQoASqkKAFSpCgClcw0An6kKAPJzDQDtqQoAMaoKAASqCgA1sAoAP6oKAH6qCgCIqgoAy6oKANeqCgAYqwoAG6sKAGWrCgBtqwoAP3QNALSrCgD/qwoAAqwKAEysCgBPrAoAjHQNAJusCgDmrAoA9KwKADOtCgBErQoAJnUNAIKtCgDNrQoA2q0KABquCgAprgoAZ64KAHOuCgC0rgoAxa4KAAGvCgASrwoATq8KAFqvCgCbrwoAoq8KAOivCgDwrwoAwHUNAEOwCgCCsAoAg7AKAM+wCgDQsAoAHLEKACixCgBpsQoAcLEKAA12DQC9sQoAA7IKAAiyCgBQsgoAWLIKAKd2DQCmsgoA6rIKAPCyCgA3swoAObMKAISzCgCOswoA0bMKAN+zCgAetAoAI7QKAGu0CgB4tAoAuLQKANC0CgAFtQoAG7UKAFK1CgBVtQoAn7UKAKe1CgD0dg0A9LUKADm2CgA0tgoAohQMADq2CgC6twoAPLYKAIi5CgBDtgoAhrYKAEm2CgChuAoAkrYKANO2CgDWtgoAILcKACq3CgBBdw0AdbcKAI53DQC8twoAB7gKAAq4CgBUuAoAV7gKANt3DQCjuAoA7rgKAPy4CgA7uQoATLkKAHV4DQCRuQoA1bkKAOO5CgAiugoALLoKAG+6CgB7ugoAvLoKAL+6CgAJuwoAEbsKAA95DQBwuwoAXHkNAKm7CgDwuwoAsLsKAHG9CgCyuwoAirwKAPm7CgA9vAoASrwKAKl5DQCPvAoA17wKAOS8CgAkvQoALr0KAPZ5DQBzvQoAvr0KANS9CgALvgoAF74KAEN6DQBgvgoAl5ALAHa+CgClvgoAw74KAPK+CgD6vgoAP78KABS/CgCUsgsAQL8KAMDACgBCvwoA9MEKAEu/CgDhsgsAT78KAIy/CgCOvwoA2b8KAOe/CgAmwAoAN8AKAJB6DQB7wAoA3XoNAMLACgANwQoAEMEKAFrBCgBdwQoAKnsNAK/BCgB3ew0A/sEKANzqCgAUwgoAQcIKAE/CCgCOwgoAj8IKANvCCgD3wgoAKMMKADDDCgDEew0AhsMKAMLDCgDEwwoAD8QKABDECgBcxAoAX8QKAKnECgC1xAoA9sQKAP3ECgBDxQoAX8UKAJDFCgCYxQoAXnwNAOrFCgAqxgoAOsYKAHfGCgB8xgoAxMYKAPTGCgCrfA0AF8cKAPh8DQBmxwoAq8cKAKzHCgCx0AoAsccKAP0pDAC1xwoA+McKALfHCgAuzAoAu8cKAGDKCgDJxwoAs9MKAP3HCgASIwwAA8gKAI8eDAAEyAoARcgKAEjICgCSyAoAnMgKAEV9DQDnyAoALMkKADLJCgB5yQoAgskKAMbJCgDTyQoAE8oKAC/KCgCSfQ0AYsoKAK3KCgBlygoATC0MALvKCgD6ygoAC8sKAN99DQBNywoAlMsKAKDLCgAsfg0A/csKAHl+DQA0zAoAe8wKAIHMCgDIzAoAzcwKABXNCgAbzQoAxn4NAH7NCgATfw0Ats0KAGB/DQABzgoASc4KAFHOCgCWzgoAos4KAOPOCgD2zgoAMM8KADzPCgB9zwoAjM8KAMrPCgDTzwoAF9AKACHQCgBk0AoAcNAKAPp/DQDC0AoA/tAKAArRCgBL0QoATdEKAJjRCgCb0QoA5dEKAPHRCgAy0goAOtIKAEeADQCL0goAzNIKANzSCgAZ0woAJdMKAGbTCgBs0woAlIANANXTCgAA1AoACNQKAE3UCgB11AoAmtQKAKXUCgDn1AoA89QKADTVCgBF1QoAgdUKAILVCgDhgA0A1NUKABvWCgAo1goAaNYKAHbWCgC11goAwtYKAALXCgAZ1woAT9cKAH/XCgCc1woApNcKAOnXCgDz1woANtgKAELYCgCD2AoAhtgKANDYCgDa2AoALoENACXZCgBq2QoAcNkKALfZCgDA2QoABNoKABHaCgBR2goAbdoKAHuBDQCg2goA69oKAKXaCgB06AoA+NoKADjbCgA/2woAhdsKAIfbCgDS2woA2NsKAB/cCgAm3AoAbNwKAITcCgC53AoAvtwKAAbdCgDF3AoAoN0KAA/dCgBT3QoAXd0KAMiBDQCm3QoA7d0KAPPdCgA63goAP94KAIfeCgCN3goAFYINAOLeCgAh3woAIt8KAG7fCgBv3woAu98KAMffCgAI4AoAD+AKAK+CDQBW4AoAouAKALPgCgDv4AoA++AKADzhCgBG4QoAieEKAJXhCgDW4QoA3eEKAPyCDQAl4goAcOIKAC7iCgAgOAwAc+IKAL3iCgDd4goACuMKABLjCgBJgw0AaOMKAKTjCgCr4woA8eMKAPnjCgA+5AoAQeQKAL/lCgBO5AoAi+QKAI3kCgDY5AoA5uQKACXlCgA25QoAloMNAHnlCgDjgw0AyOUKAAzmCgAb5goAWeYKAGjmCgCm5goAsuYKAPPmCgD25goAQOcKAEPnCgCN5woAnecKANrnCgDj5woAJ+gKADjoCgAwhA0AeegKAMHoCgDK6AoADukKABjpCgBb6QoAY+kKAKjpCgDG6QoA9ekKABPqCgBC6goAYOoKAI/qCgCt6goAfYQNAOPqCgAp6woALusKAHbrCgA16woAXewKAH/rCgDD6woAzesKABDsCgAs7AoAyoQNAGPsCgCq7AoAsOwKAPfsCgAT7QoAF4UNAGztCgCxhQ0Aue0KAP6FDQDm7QoA5YYNAEHuCgB47goAeu4KAMXuCgDL7goAEu8KACbvCgBf7woAZ+8KAKzvCgDU7woAMocNAALwCgBG8AoAU/AKAJPwCgCh8AoA4PAKAOrwCgAt8QoAR/EKAHrxCgCH8QoAx/EKANPxCgAU8goAHvIKAGHyCgBp8goAf4cNALXyCgD78goAA/MKAMyHDQAn8woAs4gNAFbzCgCV8woAlvMKAOLzCgDj8woAL/QKADv0CgB89AoAg/QKAMn0CgDR9AoAGYgNABj1CgBj9QoAdPUKALD1CgC49QoA/fUKAAf2CgBK9goAVvYKAJf2CgCa9goA5PYKAO72CgAAiQ0ATfcKAE2JDQCL9woAy/cKANP3CgAY+AoAG/gKAJn5CgAo+AoAZfgKAGf4CgCy+AoAwPgKAP/4CgAQ+QoAmokNAFP5CgDniQ0AovkKAOb5CgD1+QoAM/oKAEL6CgCA+goAjPoKAM36CgDQ+goAGvsKAB37CgBn+woAd/sKALT7CgC9+woAAfwKABL8CgA0ig0AWvwKAJv8CgCj/AoAgYoNAOr8CgA1/QoA9PwKAM/9CgA4/QoAgv0KAIr9CgDOig0A1f0KABz+CgAo/goAaf4KAHH+CgAbiw0Awv4KAAP/CgAG/woAUP8KAFr/CgBoiw0Aov8KAOr/CgAAAAsANwALADgACwCEAAsAlQALANEACwDdAAsAHgELACgBCwBrAQsAdwELALgBCwDAAQsAtYsNABECCwBSAgsAVQILAJ8CCwCpAgsAAowNAO8CCwA5AwsAPAMLAIYDCwCSAwsA0wMLANkDCwAgBAsAKgQLAE+MDQByBAsAugQLAMcECwAHBQsACgULAFQFCwBwBQsAoQULAKkFCwCcjA0A9gULAOmMDQBDBgsANo0NAIoGCwDVBgsA4wYLACIHCwAzBwsAg40NAHUHCwC8BwsAyAcLANCNDQAPCAsAVggLAFwICwCjCAsAqAgLAPAICwD2CAsAao4NAEAJCwCKCQsAlgkLANcJCwDdCQsAJAoLAC4KCwAEjw0AdgoLAL4KCwDLCgsACwsLAA4LCwBYCwsAbQsLAKULCwCtCwsAUY8NAPoLCwA/DAsASwwLAIwMCwCSDAsA2QwLAN8MCwAmDQsAKw0LAHMNCwB5DQsAH5ENAM8NCwANDgsAHA4LAFoOCwBjDgsApw4LAK0OCwD0DgsA+g4LAEEPCwBNDwsAjg8LAJUPCwDbDwsA4w8LALmRDQAvEAsAdRALAIMQCwDCEAsAzxALAA8RCwAmEQsAXBELAHgRCwCpEQsAsRELAAaSDQAJEgsAQxILAEUSCwCQEgsAphILAN0SCwDeEgsAKhMLADsTCwB3EwsAgxMLAFOSDQDgEwsAoJINABMUCwBeFAsAdBQLAKsUCwCsFAsA+BQLAAkVCwBFFQsAURULAO2SDQCXFQsA3xULAOUVCwAsFgsATBYLAHkWCwCFFgsAxhYLAM0WCwA6kw0AHxcLAC4ZCwAjFwsAYBcLAGIXCwCtFwsAuxcLAPoXCwALGAsAh5MNAE0YCwCUGAsAoBgLANSTDQAMGQsAIZQNADQZCwB7GQsAgRkLAMgZCwDNGQsAFRoLABsaCwBulA0AjRoLALuUDQDDGgsA/BoLAP0aCwBJGwsAVRsLAJYbCwCyGwsA4xsLAOsbCwBVlQ0APBwLAH0cCwCZHAsAyhwLANIcCwDvlQ0AIx0LAGQdCwBqHQsAsR0LALcdCwD+HQsAFh4LAEseCwBVHgsAmB4LAKQeCwDlHgsA6B4LADIfCwA8HwsAfx8LAJcfCwDMHwsA3B8LABkgCwAbIAsAZiALAHQgCwCzIAsAxCALADyWDQAGIQsATSELAFkhCwCJlg0AoiELAL2XDQDpIQsANCILAEEiCwCBIgsAkCILAM4iCwDUIgsAGyMLACcjCwBoIwsAaiMLALUjCwC/IwsAAiQLABAkCwBPJAsAVCQLAJwkCwCpJAsA6SQLAPUkCwA2JQsASSULAIMlCwCSJQsA0CULANwlCwAdJgsAHiYLAGomCwB0JgsAtyYLAMUmCwAEJwsACScLAFEnCwBeJwsACpgNAKgnCwDrJwsA+ScLADgoCwA7KAsAhSgLAJUoCwDSKAsA4CgLAB8pCwArKQsAbCkLAHMpCwC5KQsAwCkLAAYqCwASKgsAUyoLAFQqCwCgKgsArCoLAO0qCwD6KgsAOisLAEErCwCHKwsAkysLANQrCwDhKwsAISwLADAsCwBuLAsAgiwLALssCwDHLAsACC0LABstCwBVLQsAZC0LAKItCwCuLQsA7y0LAPAtCwA8LgsARi4LAIkuCwCXLgsA1i4LANsuCwAjLwsAMC8LAFeYDQBxLwsAvS8LAM4vCwAKMAsAGDALAFcwCwBmMAsApDALAKYwCwDxMAsA+zALAD4xCwBMMQsAizELAJAxCwDYMQsA5TELACUyCwA0MgsAcjILAHcyCwC/MgsAzDILAAwzCwAWMwsAWTMLAGUzCwCmMwsAuTMLAPMzCwD9MwsAQDQLAEw0CwCNNAsAoDQLANo0CwDpNAsAJzULADM1CwB0NQsAdTULAME1CwDLNQsADjYLABw2CwBbNgsAYDYLAKg2CwC1NgsApJgNAPo2CwBCNwsATzcLAI83CwCZNwsA3DcLAOI3CwApOAsAKzgLAHY4CwCDOAsAwzgLAMY4CwAQOQsAHjkLAF05CwBpOQsAqjkLALc5CwD3OQsAAToLAEQ6CwBTOgsAkToLAJY6CwDeOgsA6zoLACs7CwA4OwsAeDsLAIQ7CwDFOwsA1DsLABI8CwAcPAsAXzwLAG08CwCsPAsAsTwLAPk8CwAGPQsARj0LAFI9CwCTPQsApj0LAOA9CwDvPQsALT4LADk+CwB6PgsAez4LAMc+CwDRPgsAFD8LACI/CwBhPwsAZj8LAK4/CwC7PwsA8ZgNAA5ACwBIQAsAV0ALAJVACwChQAsA4kALAONACwAvQQsAOUELAHxBCwCKQQsAyUELAM5BCwAWQgsAI0ILAD6ZDQB2QgsAsEILAL9CCwD9QgsACUMLAEpDCwBLQwsAl0MLAKFDCwDkQwsA8kMLADFECwA2RAsAfkQLAItECwCLmQ0AzUQLABhFCwAmRQsAZUULAHJFCwCyRQsAvkULAP9FCwAFRgsATEYLAF1GCwCZRgsAm0YLAOZGCwDvRgsAM0cLAEBHCwCARwsAj0cLAM1HCwDYRwsAGkgLACZICwBnSAsAekgLALRICwDDSAsAAUkLAA1JCwBOSQsAT0kLAJtJCwClSQsA6EkLAPZJCwA1SgsAOkoLAIJKCwCPSgsA2JkNANxKCwAcSwsAKksLAGlLCwBzSwsAtksLAMRLCwADTAsABUwLAFBMCwBhTAsAnUwLAKtMCwDqTAsAGU0LADdNCwA5TQsAhE0LAI5NCwDRTQsA300LAB5OCwAjTgsAa04LAHhOCwC4TgsAxE4LAAVPCwAYTwsAUk8LAGFPCwCfTwsAq08LAOxPCwDtTwsAOVALAENQCwCGUAsAlFALANNQCwDYUAsAIFELAC1RCwAlmg0Ab1ELALpRCwC8UQsAB1ILABZSCwBUUgsAY1ILAKFSCwCtUgsA7lILAPFSCwA7UwsAPlMLAIhTCwCOUwsA1VMLAOFTCwAiVAsAJVQLAG9UCwB0VAsAvFQLAMVUCwAJVQsAD1ULAFZVCwBlVQsAo1ULAK9VCwDwVQsAAFYLAD1WCwA/VgsAilYLAJhWCwDXVgsA6FYLAHKaDQAqVwsAcVcLAH1XCwC/mg0A0VcLAAtYCwAaWAsAWFgLAGRYCwClWAsAplgLAPJYCwD8WAsAP1kLAE1ZCwCMWQsAkVkLANlZCwDmWQsADJsNADJaCwBzWgsAfVoLAMBaCwDpWgsADVsLABRbCwBaWwsAc1sLAKdbCwC2WwsA9FsLAANcCwBBXAsARlwLAI5cCwCbXAsA21wLAOhcCwAoXQsANF0LAHVdCwCEXQsAwl0LAMxdCwAPXgsAHV4LAFxeCwBhXgsAqV4LALZeCwD2XgsAAl8LAENfCwBWXwsAkF8LAJ9fCwDdXwsA6V8LACpgCwArYAsAd2ALAIFgCwDEYAsA0mALABFhCwAWYQsAXmELAGthCwBZmw0AvGELAPhhCwAJYgsARWILAFFiCwCSYgsAqWILAN9iCwDhYgsALGMLAD1jCwB5YwsAfGMLAMZjCwDQYwsAE2QLABVkCwBgZAsAamQLAK1kCwC5ZAsA+mQLAAZlCwBHZQsAWmULAJRlCwCjZQsA4WULAO1lCwAuZgsAL2YLAHtmCwCFZgsAyGYLANZmCwAVZwsAGmcLAGJnCwBvZwsAppsNALFnCwD8ZwsABmgLAEloCwBRaAsA85sNAKloCwDjaAsA72gLADBpCwA/aQsAfWkLAIZpCwDKaQsA1GkLABdqCwAlagsAZGoLAGlqCwCxagsAvmoLAP5qCwAKawsAS2sLAF5rCwCYawsAp2sLAOVrCwDxawsAMmwLADNsCwB/bAsAiWwLAMxsCwDabAsAGW0LAB5tCwBmbQsAc20LAECcDQC1bQsAAG4LAApuCwBNbgsAVW4LAI2cDQCfbgsA524LAP1uCwA0bwsANW8LAIFvCwCSbwsAzm8LANpvCwAbcAsAJXALAGhwCwB2cAsAtXALALpwCwACcQsAD3ELAE9xCwBbcQsAnHELAK9xCwDpcQsA+HELADZyCwBCcgsAg3ILAIRyCwDQcgsA2nILAB1zCwArcwsAanMLAG9zCwC3cwsAxHMLANqcDQAGdAsAUXQLAFt0CwCedAsApnQLACedDQABdQsAOHULAER1CwCFdQsAinULANJ1CwDbdQsAH3YLACl2CwBsdgsAeHYLALl2CwDMdgsABncLABV3CwBTdwsAX3cLAKB3CwChdwsA7XcLAPd3CwA6eAsASHgLAId4CwCMeAsA1HgLAOF4CwB0nQ0AI3kLAG55CwB4eQsAu3kLAMN5CwDBnQ0AFXoLAFV6CwBkegsAonoLAK16CwDvegsA+3oLADx7CwBLewsAiXsLAKl7CwDWewsA4nsLACN8CwAqfAsAcHwLAH58CwC9fAsAwnwLAAp9CwAWfQsAV30LAGp9CwCkfQsAs30LAPF9CwD9fQsAPn4LAD9+CwCLfgsAlX4LANh+CwDmfgsAJX8LACp/CwByfwsAf38LAA6eDQDBfwsADIALABaACwBZgAsAYYALAFueDQDDgAsA84ALAASBCwBAgQsATIELAI2BCwCggQsA2oELAOmBCwAnggsAM4ILAHSCCwB1ggsAwYILAMuCCwAOgwsAHIMLAFuDCwBggwsAqIMLALWDCwCong0A94MLAEKECwBMhAsAj4QLAJeECwD1ng0A+YQLACmFCwA6hQsAdoULAIKFCwDDhQsA1oULABCGCwAfhgsAXYYLAGmGCwCqhgsAq4YLAPeGCwABhwsARIcLAFKHCwCRhwsAlocLAN6HCwDrhwsAQp8NAC2ICwB4iAsAgogLAMWICwDNiAsAj58NACOJCwBfiQsAc4kLAKyJCwCwiQsA+YkLAPuJCwBGigsAWooLAJOKCwCWigsA4IoLAP2KCwAtiwsAPosLAHqLCwCGiwsAx4sLANqLCwAUjAsAI4wLAGGMCwBtjAsArowLAK+MCwD7jAsABY0LAEiNCwBWjQsAlY0LAJqNCwDijQsA740LANyfDQAxjgsAfI4LAIaOCwDJjgsA0Y4LACmgDQAYjwsAY48LAHGPCwCwjwsAwY8LAHagDQAEkAsAw6ANAFKQCwBEog0AmpALALSVCwCjkAsA5JALAPeQCwAxkQsAMpELAH6RCwCKkQsAy5ELANqRCwAYkgsAIpILAGWSCwBxkgsAspILALmSCwCRog0AB5MLAEyTCwBOkwsAIJ4LAE+TCwDPlwsAUpMLAJmTCwBYkwsA6pkLAFmTCwCO9gsApZMLAOaTCwD1kwsAM5QLAD+UCwCAlAsAjpQLAM2UCwDolAsAGpULACaVCwBnlQsAbpULAN6iDQDBlQsAAZYLAAOWCwBOlgsAT5YLAJuWCwCelgsA6JYLAPOWCwA1lwsAOpcLAIKXCwCMlwsAK6MNANyXCwAcmAsAHpgLAGmYCwBqmAsAtpgLALmYCwADmQsADpkLAFCZCwBVmQsAnZkLAKeZCwB4ow0A/ZkLADeaCwA4mgsAhJoLAJCaCwDRmgsA4JoLAB6bCwAomwsAa5sLAHebCwC4mwsAv5sLAMWjDQANnAsAUpwLAFScCwCfnAsArpwLAOycCwD2nAsAOZ0LAEKdCwCGnQsAiJ0LANOdCwDknQsAX6QNAC+eCwBtngsAd54LALqeCwDDngsAB58LAAmfCwBUnwsAZZ8LAKGfCwCpnwsA7p8LAAygCwA7oAsAQ6ALAIigCwCUoAsA1aALAOigCwAioQsAI6ELAG+hCwB7oQsAvKELAMuhCwAJogsAE6ILAFaiCwBiogsAo6ILAKqiCwCspA0AAaMLAD2jCwBOowsAiqMLAJKjCwDXowsA3qMLACSkCwAypAsAcaQLAIGkCwC+pAsAzqQLAAulCwAnpQsA+aQNAGilCwClpQsAsaULAPKlCwD4pQsAP6YLAE2mCwCMpgsAmaYLANmmCwDwpgsAJqcLAC6nCwBzpwsAgacLAMCnCwDKpwsADagLABmoCwBaqAsAcKgLAKeoCwCqqAsA9KgLABCpCwBGpQ0AUakLAI6pCwCYqQsA26kLAOOpCwAoqgsAN6oLAHWqCwB6qgsAwqoLAM+qCwAPqwsAGasLAFyrCwBeqwsAqasLALerCwD2qwsAA6wLAEOsCwBGrAsAk6UNAKesCwDdrAsA6KwLACqtCwA0rQsAd60LAH+tCwDErQsA060LABGuCwAWrgsAXq4LAGuuCwCrrgsAta4LAPiuCwD6rgsARa8LAFOvCwCSrwsAn68LAN+vCwDirwsA4KUNAC+wCwB5sAsAhbALAMawCwDNsAsAE7ELABuxCwBgsQsAebELAK2xCwDBsQsA+rELABayCwBHsgsAT7ILAHqmDQCcsgsAx6YNAO6yCwAuswsANbMLAHuzCwCDswsAyLMLAM2zCwAVtAsAJbQLAGK0CwBqtAsAr7QLAL20CwD8tAsACbULAEm1CwBWtQsAlrULAKK1CwDjtQsA6bULADC2CwA4tgsAfbYLAIm2CwDKtgsA3bYLABe3CwAmtwsAZLcLAHC3CwCxtwsAsrcLAP63CwAIuAsAS7gLAFm4CwCYuAsAnbgLAOW4CwDyuAsAFKcNADW5CwB/uQsAibkLAMy5CwDOuQsAGboLACi6CwBmugsAhroLALO6CwC7ugsAALsLAAq7CwBNuwsAU7sLAJq7CwCcuwsA57sLAPa7CwA0vAsAQLwLAIG8CwCJvAsAYacNAOy8CwAbvQsAOb0LAK6nDQCBvQsAtb0LALq9CwACvgsAHb4LAE++CwBbvgsAnL4LAKS+CwD7pw0A/L4LADa/CwBFvwsAg78LAI+/CwDQvwsA0b8LAB3ACwAnwAsAasALAHjACwC3wAsAvMALAATBCwARwQsASKgNAFXBCwCewQsAoMELAOvBCwDuwQsAOMILAEDCCwCFwgsAj8ILANLCCwDdwgsAH8MLACvDCwBswwsAdMMLAJWoDQDHwwsABsQLAAzECwBTxAsAX8QLAKDECwCvxAsA7cQLAPfECwA6xQsAQsULAIfFCwCWxQsA1MULANbFCwAhxgsAKsYLAG7GCwBxxgsAu8YLAMfGCwAIxwsAEMcLAOKoDQBlxwsAoscLAKrHCwDvxwsA+ccLADzICwBHyAsAicgLAJXICwDWyAsA3sgLAC+pDQAoyQsAcMkLAIHJCwC9yQsAzskLAArKCwAPygsAV8oLAFvKCwCkygsAssoLAPHKCwD+ygsAPssLAFXLCwCLywsAk8sLANjLCwDkywsAJcwLADjMCwByzAsAgcwLAL/MCwDLzAsADM0LAA3NCwBZzQsAY80LAKbNCwC0zQsA880LAPjNCwBAzgsATc4LAHypDQCTzgsA2s4LAOjOCwAnzwsANM8LAHTPCwCLzwsAwc8LAMnPCwAO0AsAGdALAFvQCwBd0AsAqNALALXQCwD10AsA/NALAELRCwBT0QsAj9ELAJ3RCwDc0QsA6dELACnSCwBA0gsAdtILAH7SCwDD0gsAyNILABDTCwAg0wsAXdMLAGXTCwCq0wsAtNMLAPfTCwAC1AsARNQLAFDUCwCR1AsAmdQLABaqDQD31AsAK9ULADDVCwB41QsAk9ULAMXVCwDR1QsAEtYLABrWCwBjqg0ActYLAKzWCwC71gsA+dYLAAXXCwBG1wsAR9cLAJPXCwCd1wsA4NcLAO7XCwAt2AsAMtgLAHrYCwCH2AsAsKoNAM/YCwAU2QsAFtkLAGHZCwBu2QsArtkLALPZCwD72QsABdoLAEjaCwBT2gsAldoLAKHaCwDi2gsA6NoLAC/bCwA32wsAfNsLAIjbCwDJ2wsA3NsLABbcCwAl3AsAY9wLAG/cCwCw3AsAsdwLAP3cCwAH3QsASt0LAFjdCwCX3QsAnN0LAOTdCwDx3QsA/aoNADbeCwB+3gsAjd4LAMveCwDa3gsAGN8LACHfCwBl3wsAa98LALLfCwC43wsA/98LAAvgCwBM4AsAU+ALAJngCwC14AsASqsNAO7gCwAz4QsANOELAB7oCwBA4QsAgOELAEfhCwC25QsASuELACLuCwBM4QsAcfELAIHhCwDN4QsA4+ELABriCwAi4gsAZ+ILAGniCwDP5AsAdeILALTiCwC84gsAl6sNAMHiCwAB4wsABOMLAE7jCwBY4wsAm+MLAJ3jCwDo4wsA+eMLADXkCwBG5AsAguQLAIrkCwDkqw0A1uQLABzlCwAj5QsAaeULAHHlCwAxrA0AuOULAAPmCwAJ5gsAUOYLAF3mCwCd5gsApeYLAOrmCwDs5gsAN+cLAD7nCwCE5wsAi+cLANHnCwDZ5wsAfqwNACvoCwBr6AsAbOgLALjoCwDO6AsABekLAA3pCwBS6QsAVOkLALrrCwBg6QsAn+kLAKfpCwDLrA0ArOkLAOzpCwDv6QsAOeoLAEPqCwCG6gsAiOoLANPqCwDk6gsAIOsLADHrCwBt6wsAdesLABitDQDB6wsAB+wLAA7sCwBU7AsAXOwLAGWtDQCr7AsA7uwLAPDsCwA77QsATO0LAIjtCwCZ7QsA1e0LAN3tCwCyrQ0AJ+4LAA31CwAu7gsAb+4LAIXuCwC87gsAxO4LAAnvCwAX7wsAVu8LAGPvCwCj7wsApu8LAPDvCwD67wsAPfALAD/wCwCK8AsAm/ALANfwCwDo8AsAJPELACzxCwD/rQ0AevELAL7xCwDL8QsAC/ILABLyCwBY8gsAafILAKXyCwCx8gsA8vILAPryCwBMrg0ATPMLAIzzCwCP8wsA2fMLAOPzCwAm9AsAKPQLAHP0CwCE9AsAwPQLANH0CwCZrg0AFfULAFr1CwBx9QsAp/ULALP1CwD09QsA/vULAEH2CwBJ9gsA5q4NAI/2CwDb9gsA8fYLACj3CwAw9wsAdfcLAIP3CwDC9wsAyvcLADOvDQDP9wsAD/gLABL4CwBc+AsAZvgLAKn4CwCr+AsA9vgLAAf5CwBD+QsAVPkLAJD5CwCY+QsAgK8NAOP5CwAq+gsAL/oLAHf6CwCS+gsAxPoLANL6CwAR+wsAGPsLAF77CwBq+wsAq/sLALH7CwD4+wsA+/sLAEX8CwBP/AsAkvwLAJj8CwDf/AsA4fwLACz9CwA2/QsAef0LAIX9CwDG/QsA3f0LABP+CwAn/gsAYP4LAHz+CwCt/gsAtf4LAM2vDQD8/gsAR/8LAFX/CwCU/wsApf8LABqwDQDo/wsAZ7ANADwADAB7AAwAhQAMAMgADADTAAwAFQEMAB0BDABiAQwAbgEMAK8BDADCAQwA/AEMAAsCDABJAgwAVQIMAJYCDACXAgwA4wIMAO0CDAAwAwwAPgMMAH0DDACCAwwAygMMANcDDAABsQ0AIwQMAGQEDABnBAwAsQQMALsEDACbsQ0AAAUMAEsFDABZBQwAmAUMAKkFDAA1sg0A7AUMAIKyDQA6BgwAfwYMAIkGDADMBgwA0QYMABkHDAAhBwwAZgcMAGwHDACzBwwAvwcMAAAIDAAGCAwATQgMAFYIDACaCAwApwgMAOcIDADvCAwANAkMADUJDACBCQwAgwkMAM4JDADRCQwAGwoMAB4KDADPsg0AfgoMALUKDAC9CgwAAgsMAA4LDABPCwwAVQsMAJwLDACiCwwA6QsMAO4LDACDDAwAFQwMADYMDAA+DAwAabMNAIkMDAC2sw0A5gwMAB0NDAAfDQwAag0MAHcNDAC3DQwAvg0MAAQODAAMDgwAUQ4MAGEODACeDgwAoA4MAOsODAD5DgwAOA8MAEkPDABQtA0AjA8MAJ20DQDgDwwAHxAMACkQDABsEAwAdxAMALkQDADBEAwABhEMABIRDABTEQwAZhEMAKARDACuEQwA7REMAPcRDAA6EgwAQhIMAIcSDACWEgwA1BIMANkSDAAhEwwAKBMMAG4TDAB6EwwAN7UNAPYTDAAIFAwAQxQMAFUUDABdFAwAhLUNAMoUDADvFAwA+xQMADwVDABCFQwAiRUMAI8VDADWFQwA2xUMACMWDAApFgwA0bUNAHEWDAC9FgwAwxYMAAoXDAAPFwwAVxcMAGYXDACkFwwAsBcMAPEXDAD0FwwAPhgMAEEYDACLGAwAkxgMANgYDADnGAwAJRkMACoZDAByGQwAiBkMAL8ZDADAGQwADBoMAB0aDABZGgwAZRoMAKYaDACwGgwA8xoMAP8aDABAGwwARxsMAB62DQCdGwwA2hsMAOYbDAAnHAwANhwMAHQcDACIHAwAwRwMANAcDAAOHQwAHx0MAFsdDABnHQwAa7YNAK0dDAD1HQwA9x0MAEIeDABTHgwABbcNAJseDADcHgwA4h4MACkfDAA1HwwAdh8MAH4fDABStw0AyR8MABAgDAAcIAwAXSAMAGUgDACftw0AtiAMAPcgDAD6IAwARCEMAE4hDADstw0AkyEMAN4hDADsIQwAKyIMADwiDACGuA0AfiIMAMUiDADRIgwA07gNABojDABfIwwAYiMMAKwjDAC4IwwA+SMMAAUkDABGJAwATiQMAG25DQCeJAwA4CQMAOwkDAAtJQwANSUMALq5DQCDJQwAxyUMANglDAAUJgwAJSYMAGEmDABpJgwAriYMALEmDAD7JgwABScMAEgnDABKJwwAlScMAKQnDADiJwwAAigMAC8oDAA3KAwAfCgMAIYoDADJKAwAzygMABYpDAAYKQwAYykMAHIpDACwKQwAvCkMAAe6DQAJKgwASioMAGgqDACXKgwAnSoMAOQqDADtKgwAMSsMAD4rDAB+KwwAhisMAMsrDADhKwwAGCwMABosDABlLAwAgCwMALIsDAC+LAwA/ywMAAwtDABUug0AUi0MAJktDAChLQwA5i0MAPwtDAAzLgwAOC4MAIAuDACGLgwAzS4MANkuDAAaLwwAIi8MAKG6DQB0LwwAtC8MAMQvDAABMAwABjAMAE4wDABUMAwAmzAMALEwDADoMAwA6jAMADUxDAA/MQwAgjEMAJAxDADPMQwA1DEMABwyDAApMgwA7roNAHgyDAC2MgwAvzIMAAMzDAANMwwAUDMMAF4zDACdMwwAojMMAOozDAD3MwwANzQMAD80DACENAwAlDQMANE0DADTNAwAHjUMACw1DABrNQwAfDUMADu7DQC/NQwAiLsNAAo2DABSNgwAWDYMAJ82DACnNgwA7DYMAPY2DAA5NwwAOzcMAIY3DACJNwwA0zcMAPM3DAAivA0ALDgMAG04DABzOAwAujgMAMY4DAAHOQwADzkMAG+8DQBgOQwAoTkMAKc5DADuOQwA+jkMADs6DABDOgwAvLwNAIo6DADVOgwA4zoMACI7DAAzOwwACb0NAHw7DAC8OwwA0zsMAFa9DQATPAwAVjwMAGI8DACjPAwApjwMAPA8DAD6PAwAo70NAEI9DACKPQwAkz0MANc9DADoPQwAJD4MACs+DABxPgwAeT4MAL4+DADLPgwACz8MABA/DABYPwwAYj8MAKU/DACtPwwA8j8MAAFADAA/QAwAREAMAIxADACiQAwA2UAMANpADAAmQQwANEEMAHNBDACEQQwAwEEMAMxBDAANQgwAFUIMAD2+DQBeQgwANAEAAGJCDADRaA0AZkIMAK7yCgCzQgwAHwgAAPxCDACpRQwAgkQMAM0mAADGRAwAmygAALlFDAAkNgAARkYMANk4AACTRgwAXkAAACxHDABovQsALUcMAMZCAAAxRwwAoeYCADRHDABPBwYAe0cMAFFTAAAVSAwACFkAAGJIDAApZAAA+0gMAC1qAABUSQwATHIAAJZJDABOdQAA4UkMAOp4AACBSgwAVoEAADJLDABgSwwAg00MALC7AABmTgwAhMYAALNODADwzgAATU8MACzcAADvTwwAmOQAAFRQDADl5AAAf1AMADLlAADWUAwAnOoAAG5RDAAd7AAAulEMAKDwAABqUgwAv/gAAKRSDAAp/gAABFMMADJTDACbUwwAzFMMANRTDAAZVAwAJVQMAMcEAQBuVAwALwcBABxVDABNVQwAVVUMAJpVDACcVQwAzQ0BAPNVDAA3EwEAiVYMAKMbAQDBVwwAfzIBAFdYDADONQEAa1gMAARCDQBzWAwANkANAKJYDACcNwEA+1gMALc5AQA7WQwAbDwBAIdZDAA6PgEAdloMABJPAQDRWgwABFsMAAxbDABfTwEAYFsMAHpRAQDeXAwAPWkBACddDABsXQwAfF0MAIppAQASXgwAJm0BAFteDACgXgwAsF4MAHNtAQBGXwwARXUBAFthDAAU7AEAX2EMAJXtAQBjYQwAH4kBAG9hDACE+gEA92EMAB5pDQD4YQwAijsJAPthDADUiwEAC2IMAPNlCQBEYgwALpoMAFhiDAAhjAEAaGIMAGaIDQCQYgwAbowBAJNiDADh5AkAL2MMAPGQAQB8YwwAPpEBABhkDAD1lgEArWQMAKycAQBHZQwASKABAI5lDADioAEAemYMAL9mDADCZgwAVm4KAMtmDAAzpwEAIWcMAJupAQB6ZwwApmcMAPdnDACiRgoAA2gMAIq2AQAdaAwAUKwBAExoDAAHsgEA5mgMAD22AQCAaQwAcbcBAN1pDAC+twEAa2oMAFi4AQCxagwAP7kBAJ1rDACSwgEAMmwMAFKBCQA1bAwAFccBADdsDADFoQoAkGwMAMNsDAAYbQwAXW0MACxtDABo0AEAYG0MAEYJCgBnbQwAMxMKAGptDAC59QkAeG0MAOPIAQB+bQwA/xEKAPltDADMzAEAUm4MAE3OAQCdbgwANM8BAKxxDAAM4AEA630MAAWBCQDwfQwAgn4MAAR+DAA3gQwADH4MAOk/DQAQfgwAg2wCAIR+DABglgkAhn4MABQLCgCHfgwAq/cFAIl+DACPAQcAjH4MANBsAgCRfgwAHW0CAJN+DAC+hQMAtn4MALjJAwCpgAwAwXwCAD+BDACEgQwAhYEMAOC8CQCOgQwAFwQMAJOBDAA9PQwAo4EMAAiVDQDbgQwARIECALuCDABDpgIAvoIMANh8CAC/ggwAuJUCAMGCDADihwIAwoIMAP+MAgDEggwAbloDAMWCDAAajwIAxoIMALybAgDHggwASooCAMiCDACFVgMAzoIMAM+RAgDzggwAuxMMAMCFDADGqgIAxIUMAMTfCQAThgwA4awCACaIDADayAIAKIkMAJXUAgBfiQwAZdkCAECKDAAJ6QIAeIsMALH+AgAMjAwANgYDALeMDADyjAwA240MACX6AwDcjQwA/yYDAOONDACQ3AYAdo4MAJsqAwB6jgwAGeoGAF2PDAB1PgMATJAMAK9IAwDqkAwAsUsDAJGRDADCkQwAypEMAA+SDAAekgwAnFIDALKSDAAegAkAtZIMAGxXAwD+kgwAQ5MMABKTDACzOw0ATZMMALlXAwDlkwwA1lwDADmUDACkXgMAFJUMAF9qAwAElgwAN3sDAE2WDAAh+gwArpYMAN+WDADnlgwALJcMADmXDADG+wgAPZcMADl+AwAymAwADYkDAGaYDADEjgMAAZkMAJqcAwAGmQwAQXMHAAeZDACQdgcACZkMACRuBwBjmQwAlJkMAJyZDADhmQwAMJoMAKZMCgA2mgwAADwNADiaDABPnwMAOpoMAPYRCwBRmgwAExcLAIOaDAAEogMA8poMABWbDABsmwwA1KYDAAucDAC/rQMAmZwMAN61AwDwnAwAfr8DAPKcDAD5twMA1J0MAObBAwDAngwA08sDAAGfDABW0AMA8Z8MAEHXAwBOoAwAf6AMAJugDADMoAwA26AMAHXYAwBpogwAmqIMAKKiDADnogwA9qIMAKDyAwA9owwAi/kDAB2kDAAQAQQAKKQMAAHGBgBrpAwAEgQEAFSlDAChGgQAXqUMABwTBACfpgwA0KYMANimDAAdpwwAIqcMAMYrBAAspwwAQSQEAPWoDADtPwQA26kMAEBJBACIqgwAuaoMAMGqDAAGqwwADKsMAMdTBABpqwwAFlcEAPyrDAC2YAQAlqwMAO5nBAA9rQwAbq0MAHatDAC7rQwAyq0MAKlzBADLrQwAlHoEAOStDAB9fgQAYa4MAHt7BACqrgwA764MAPmuDADIewQA8q8MACOwDAArsAwAcLAMAHmwDADSigQAx7AMAKCMBABzsQwApLEMAKyxDADxsQwA8rEMANqWBAD2sQwA1t0EAPexDAD7oQQA/rEMAMWdBAAAsgwAvZEEAOKyDAAtoAQAybMMALatBAAWtAwAn7EEAF+0DACGsgQAAbUMAAu6BACptQwA2rUMAOK1DAAntgwAMbYMAEPBBAB3tgwAlMcEACq3DABbtwwAY7cMAKi3DAC1twwAfcsEALe3DACD1AQA+rcMABnPBACXuAwAoNkEAN+5DAAQugwAGLoMAF26DABsugwAj+YEADe8DADR/AQAlLwMAMW8DADhvAwAEr0MAB+9DAAF/gQAYr4MAJO+DACbvgwA4L4MAOO+DAAVFgUArr8MANAhBQAXwAwAUyYFABvADAB+KQkAu8AMAFcsBQD+wAwA8y8FADnCDABKPwUAiMIMABpEBQBrwwwA0WQHAH/DDAA3ZAcAzMMMAP3DDAAFxAwASsQMAE3EDABSSwUAs8QMAOTEDADsxAwAMcUMAEDFDAChTgUAicUMAKVUBQABxwwAAGoFAKXHDAAJCAsAqMcMAGhsBQCpxwwAiAYLAPLHDAAEcAUA6cgMABrJDAAiyQwAZ8kMAHDJDAC9eAUAvskMAIt6BQBdygwA3IAFALTKDAAvigUAOMsMAAGSBQDSywwAoZsFAGzMDADCpgUADc0MAN+rBQBazQwA4a4FAKnNDADjsQUAoM4MANHODADZzgwAHs8MAC3PDADtwAUAc88MALjPDADHzwwAcMUFAGHQDADaygUArNAMAP3YBQCu0AwAk9MFAKLRDADT0QwA29EMACDSDACJ0gwAutIMAMLSDAAH0wwAFNMMANXpBQBh0wwAPewFAK/TDACM7wUAPdQMAEP1BQDh1AwA4fsFAHrVDACHDgYAptYMABIfBgD11gwAYyUGAI/XDABrMQYAKdgMANk8BgDE2AwAd0MGACfZDABY2QwAYNkMAKXZDACy2QwA30UGAFvaDACM2gwAlNoMANnaDAAp2wwATVEGAM/bDAC1UwYAdtwMAKfcDACv3AwA9NwMAP7cDADUWwYAT90MAFVdBgCd3QwA2GEGAOXdDADBZQYAkd4MAMLeDADK3gwAD98MABLgDABD4AwAS+AMAJDgDAA24QwAnXwGAH/hDADE4QwAxuEMAOp8BgC04gwAeZMGALjiDABaiwYABuMMAMSQBgBG4wwAkpIGAOnjDABHlQYAL+QMAPyXBgDQ5AwAzJwGAB/lDACDogYAueUMADilBgAG5gwAhaUGAGPmDACU5gwAnOYMAOHmDADw5gwA7acGAIjnDAB0sgYA2OcMAHi4BgDL6AwA/OgMAATpDABJ6QwAWOkMAOTABgAz6gwAus4GAJnqDADK6gwA0uoMABfrDAAm6wwAo9IGAJnrDAAk1AYAGuwMAEvsDABT7AwAmOwMAPTsDABz1wYAi+0MAHfdBgDe7QwAYOEGAG3uDADkWgcAcO4MAJblBgC67gwAfeYGAKTvDAAI9wYA8e8MAAz9BgA78AwA8/0GADfxDABo8QwAcPEMALXxDADB8QwA+wkHAAryDABP8gwAU/IMAC8LBwCs8gwAsAwHAFLzDACD8wwAi/MMANDzDAD48wwABRkHACL0DACjHwcAhvQMAHPyCAC/9AwABPUMADr1DABzJAcAwfUMAOv1DADV9gwAuUAHAMD3DADDTwcA9fgMADr5DABE+gwAhGQHAMv6DAC6aAcAXfsMAIptBwAU/gwAf4MHAFr+DAAdigcAYf4MAGiHBwAoAA0Aj5sHABgBDQB8pQcASAINAI0CDQDEAg0AiLcHAEMDDQB0Aw0AfAMNAMEDDQDQAw0AwL4HAGMEDQCoBA0A3wQNAEXGBwBKBQ0AlMkHAMkGDQCg2wcAtgcNAPHhBwCdCA0AdukHAPoIDQDD6QcAOgkNABDqBwDSCQ0Aeu8HANQJDQBl9gcAFwoNABbzBwBKCw0A1QQIADcMDQAXGwgA4wwNABQNDQAcDQ0AYQ0NAGsNDQAEJQgACw8NAIsvCAAYEA0Am0cIAGwQDQC4TAgA/xANAIpUCABaEQ0AjFcIAIkSDQCabAgA3RINABgTDQAIFA0AcHoIAJcVDQDgiAgAHxYNAGONCAB0Fg0AZZAIAB0XDQBOFw0AVhcNAJsXDQDqFw0AN5gIAJ4YDQDPGA0A1xgNABwZDQBEGQ0AoZ0IAL8ZDQBYowgACxoNAFAaDQBeGg0A8qMIAKMaDQANpggARBsNAJCqCACFGw0ALK4IAHQcDQAytwgAdxwNAMy3CACsHQ0Ah8MIAPEdDQC7xAgARh4NAL3HCACOHg0AJcoIAPceDQAgHw0A1h8NAC3WCAAvIA0AetYIAEMhDQCIIQ0AuiENABjdCAC/IQ0AftwIAGIjDQC04AgAsyMNALbjCAD9Iw0A6uQIAOQkDQCh6ggAKSUNAD3uCADdJQ0ACyYNAHQmDQClJg0ArSYNAPImDQD/Jg0AkPcIAEwnDQBF+ggA5icNAHv+CACSKA0AwCgNAB8pDQB7NA0ALCkNAFopDQAAKg0AgwoJAAIqDQBoCAkAoCoNANsqDQBEKw0AdSsNAH0rDQDCKw0ALSwNANgWCQD5LA0AjxwJAPQtDQCVJQkAhy4NABotCQAtLw0AXi8NAGYvDQCrLw0AFDANAEUwDQBNMA0AkjANAC8xDQC4gAkANDENAHkxDQA2MQ0ArxoLAEgxDQAaYw0AgzENACQ8CQAZMg0AQUEJAOkzDQDnUwkAyTQNAFNcCQC7NQ0APmMJAAQ2DQBJNg0AZzYNAItjCQDSNw0ARO0KAB84DQCR7QoAgDgNALE4DQC5OA0A/jgNAGs5DQCTbwkA7TkNACGrCQBuOw0AoW0NAFA9DQCBPQ0AiT0NAM49DQAnPg0AvIYJAIQ+DQC1Pg0AvT4NAAI/DQCyPw0AWbIJANxADQDCjwkAN0ENACqSCQAMQg0AUUINAKZCDQAtpg0A4UMNADCbCQDrQw0A/JkJAMVEDQB/ngkAb0UNAKBFDQCoRQ0A7UUNAChHDQDrpgkAREkNALDBCQB8Sg0A088JAGFLDQDV0gkAjkwNAPh6CgCRTA0AYVgKAJVMDQAo3AkAm0wNAGaGCgAtTQ0Ack0NAHxNDQCr4AkAdU4NAKZODQCuTg0A804NAI9PDQBm7AkA308NALXvCQCwUQ0A7/kJAP1RDQBCUg0ATlINAPH8CQDoUg0A8/8JAH5TDQDDUw0A2lMNAMMECgBIWA0AIB0KAOVYDQDwIQoABFsNAAI9CgCnWw0A4lsNAIlcDQAMTAoAjFwNANhKCgBxXQ0AJ04KAOxeDQAxXw0ANF8NAMVUCgDXXw0AFFgKALVgDQBKXAoAvGANAGVeCgA/Yg0Az2MKAEFiDQBfogoA1WINAKO7CgD4Yg0Ano8NACJjDQBnYw0A9GQNACRwCgAmZg0AE30KACtmDQClcQoARmkNAGSFDQBzaQ0AuGkNALtpDQD6fQoAFWoNAHt/CgBeag0AYoAKAKdqDQDsag0A9moNAK+ACgCmbQ0AT4oKAHFvDQC9lQoAe28NAFucCgDncQ0Ax6QKADJyDQCupQoAeXINAEimCgDBcg0AfKcKAKhzDQCXqQoAlHQNANl0DQAudQ0Ac3UNABV2DQBadg0ARHcNAG23CgDjdw0AKHgNAH14DQDCeA0ArHoNAHPACgBGew0Ap8EKAB18DQB1wwoAKH0NAF7HCgBIfQ0A38gKAJp9DQAjlw0A6H0NAEfLCgDrfQ0Ar80KAC9+DQDhywoAyX4NAGLNCgBofw0ArX8NALd/DQD8zQoAAoANALi2DQBNgA0Af9IKADGBDQAd2QoAg4ENAHCXDQARgw0AmiELAKKDDQBy5QoA9YYNABaPCwAjiA0Atv4KAAOJDQAx9woApokNAEz5CgCFig0A6PwKAL+LDQAFAgsAXYwNAG0ECwCMjQ0AbwcLAOyNDQAdjg0Aho4NALeODQASjw0AcQoLAMmPDQDrjw0AFpANADiQDQBjkA0AhZANALCQDQDSkA0AJ5ENAGyRDQBxkQ0AwA0LAFaSDQDEEwsAkJMNAEcYCwDXkw0A4RgLAHGUDQBiGgsAdJUNAKKVDQAOlg0AFx0LAEWWDQAAIQsAqJYNANaWDQB7mg0AJFcLAMuaDQC+VwsArpsNAK9nCwBInA0As20LAOKcDQAEdAsAfJ0NACF5CwAWng0Av38LALCeDQD1gwsASp8NACuICwDknw0AL44LAIKgDQD9jwsA3aANABChDQAYoQ0AXaENAM2jDQASpA0AMKQNAAWcCwAcpw0AMrkLAH+nDQDOvAsAB6gNAOm+CwBQqA0AUcELAJyoDQC5wwsA56gNAFXHCwA/qQ0AI8kLAJipDQDJqQ0AGKoNAN7UCwBvqg0AX9YLAMWqDQDH2AsABasNADHeCwBarg0AP/MLAN2vDQD6/gsAJrANAOH/CwBvsA0AtLANALiwDQAuAAwACbENAE6xDQCjsQ0A6LENAPixDQD+BAwAQbINAOUFDACXsg0AMgYMANeyDQAcsw0AvrMNAAO0DQBctA0AhQ8MAKW0DQDqtA0A7rQNANIPDAABtg0AcBYMAM+2DQCoHQwAVLcNAMMfDACptw0AqiAMAPS3DQA5uA0ASbgNAJEhDACPuA0AeCIMANa4DQAguQ0Ad7kNAJMkDADKuQ0AeiUMAK+6DQBnLwwAR7sNALg1DACQuw0A1bsNAOW7DQAFNgwAc7wNAFQ5DADMvA0AiDoMABe9DQBvOwwAXr0NAAk8DACmvQ0A8L0NAA==","fail":"AAAAAAAAAAAFewAA64cBAJvCAABxoAUAgvcBAKlBBgDhxQEABKYJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAAP2wBAIxsAQDZbAEAJm0BAAAAAADhxQEA4ZcJABIGBwBzhgAA7wwAAOHFAQD2QwkAQ0QJAJBECQDdRAkA1tsBABEUCwCbyAkAGikDAAAAAABxoAUAgvcBAIL3AQCznwkAj+QBANzkAQBvbQoAZ/UBAHGgBQDhxQEAdv4AANxMBADyCwsAs58JAOHFAQBXRQQA66AAADihAACFoQAA0qEAAB+iAADvDAAA4cUBAASmCQDKmQYAgvcBAO7/AQAFewAA9xwGAAAAAABxoAUA4cUBAMSSCQAXSwMAEOYBACGQBwBu2QEABXsAABbvAQCabgsA524LABVhAgAxIwAA4cUBAFLnCACf5wgA30EAAAI5BABzhgAAwIYAAIFpAgBkzgcAsc4HAOHFAQDhlwkAEgYHAHOGAADvDAAA4cUBAPZDCQBDRAkAkEQJAN1ECQAg0AkAbdAJAE0AAABNAAAAHv8HAIL3AQDfQQAA4cUBACDQCQCchAEAAAAAAHOGAAAQ5gEA7wwAAKwbAAD1FQAAqUEGAPZBBgB4tAAAxbQAABK1AACVhwIAGo8CAGePAgBPbwgA3BYAABGTCQCCYwoANAEAAIEBAADOAQAAGwIAAGgCAAAg0AkAbdAJAE0AAABNAAAAiGYBAFSAAwBzhgAAnqAAAIL3AQDP9wEAwTEFAOHFAQAEpgkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAGG4AAD6ewcAR3wHAAAAAACjgQAAM1oBAIL3AQDu/wEA7wwAAOHFAQCIZgEAVIADAKGAAwBNAAAAc20BAMBtAQANbgEAWm4BAKduAQD0bgEAQW8BAAAAAACVhwIAQ6YCAJyEAQDphAEANoUBAKYYCQCxTwkA/k8JAPZDCQBDRAkAkEQJAN1ECQDW2wEAn+cIAIoDAgCYggcA5YIHADKDBwCpQQYA4cUBAHGgBQCeiwcA4cUBAG9tCgAsQgAAeUIAAMZCAAATQwAAYEMAAK1DAAD6QwAAAAAAACGQBwBIcgkAINAJAKwbAAD5GwAARhwAAJMcAADgHAAALR0AAPp7BwBHfAcAAAAAAKOBAABzhgAA7wwAAMk7AgC8nwgAqUEGAOHFAQAg0AkANywAAIQsAADRLAAAHi0AAFi+CgBu2QEABXsAAOuHAQCsGwAAqUEGAOHFAQAEpgkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAI/kAQDc5AEAbtkBALvZAQAI2gEAVdoBAPZDCQBDRAkAjxYAANwWAAARkwkAgmMKADQBAACBAQAAzgEAABsCAABoAgAAm8IAAPXjAQDrhwEA4cUBAMSSCQD4JwEARSgBAIFpAgAzWgEAqUEGAHOGAADEkgkAEZMJAIJjCgA0AQAAgQEAAM4BAAAbAgAAWL4KAG7ZAQAFewAA64cBAKwbAACpQQYA4cUBAASmCQB4tAAAxbQAABK1AABftQAArLUAAPm1AABGtgAAk7YAAOC2AAAttwAAercAAMe3AAAUuAAAj+QBANzkAQBu2QEAu9kBAAjaAQBV2gEA9kMJAENECQCPFgAA3BYAABGTCQCCYwoANAEAAIEBAADOAQAAGwIAAGgCAACbwgAA9eMBAOuHAQDhxQEAxJIJAPgnAQBFKAEAgWkCADNaAQCpQQYAc4YAAAV7AADrhwEAiGYBAJWHAgBDpgIANywAAIQsAADRLAAAHi0AAFi+CgDvDAAArBsAAPkbAABGHAAAkxwAAOAcAABYvgoAMSMAAIIUBwCC9wEAI2EJAMk7AgBYvgoAdv4AAElLBgDvDAAAnIQBAPloAABbTwoAeWEIAA5PCgBKigIA66AAADihAACFoQAA0qEAAB+iAABsogAAxJIJABGTCQCCYwoANAEAAIEBAADOAQAAGwIAAGgCAAB2/gAARp0BAO8MAADJOwIA4cUBAG7ZAQDnIQsABKYJAPQKBQAg0AkAntoKAAI5BABPOQQAgFoBAAAAAACeoAAAnqAAAHOGAADvDAAAnIQBAOHFAQDhlwkAc4YAAPUVAAB2zAIAc4YAAKlBBgDhxQEALsYBALWiCQCC9wEA4cUBAKOBAADvDAAArBsAAOHFAQAAAAAA9RUAAH0WAgDjGQgAQhYAAJvCAAD1FQAA4cUBAOGXCQD2QQYAbVELALpRCwBu2QEABXsAAOuHAQCsGwAAAAAAAIL3AQAQ5gEABXsAAFJ7AACfewAA7HsAADl8AACGfAAAhBMBAKlBBgBzhgAA9RUAAHbMAgBzhgAAqUEGABDmAQBzhgAAwIYAACbTAAA2bAIAbtkBAAV7AAD3HAYAEOYBAKlBBgBu2QEAEOYBAHOGAADAhgAAJtMAADZsAgCjgQAAbtkBAIhmAQBUgAMAnqAAAOHFAQB9FgIAyhYCABcXAgDhxQEA+nsHAEd8BwDfQQAAAjkEAE85BABzhgAAgWkCAM5pAgAbagIA4cUBAKYYCQCxTwkA/k8JAPZDCQBDRAkAkEQJAN1ECQAEpgkAypkGABeaBgDVZgEAm8IAAHOGAAD1FQAAQhYAAKkkAQD2JAEA7wwAANHMCQBNAAAATQAAAB7/BwCC9wEA30EAALyfCACpQQYAEOYBAAV7AAB4tAAAxbQAABK1AAAQ5gEAdv4AAMP+AADA8ggAAAAAAIhmAQBUgAMAc4YAAPUVAADfQQAA4cUBAOGXCQASBgcAc4YAAO8MAADhxQEA9kMJAENECQCQRAkA3UQJACDQCQBt0AkATQAAAE0AAAAe/wcAgvcBAN9BAADhxQEABKYJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAArrgAAPgnAQBFKAEA30EAAGf1AQCeoAAAEJkBAGdhCgDhxQEA+nsHAEd8BwAAAAAAo4EAAHOGAADvDAAAyTsCALyfCACpQQYA4cUBAG7ZAQCznwkA4cUBACDQCQCsGwAA+RsAAEYcAACTHAAAo4EAAN9BAAAsQgAAeUIAAPUVAADfQQAAQb4EAJ6gAABucwIApQUCAEG+BABxoAUAnosHAOHFAQDEkgkAiGYBAKOBAAC10AEAM1oBAIBaAQDhxQEABXsAAHi0AADFtAAAA8UAAASmCQB4tAAAxbQAABK1AABftQAArLUAAPm1AABGtgAAk7YAAOC2AAAttwAAercAAMe3AAAUuAAAYbgAAPp7BwBHfAcAAAAAAKOBAAAzWgEAgvcBAO7/AQAAAAAAgvcBAPlTBwCeiwcAtdABAE0AAACaAAAA5wAAAOHFAQAAAAAATQAAAJoAAADnAAAANAEAAIEBAADOAQAAGwIAAGOiAQCwogEAV0UEAG5zAgBeRgkAq0YJALM5CgAAOgoATToKAJvCAAAzWgEATKgEACxCAADu0QkARJ4HAN9BAADhxQEABKYJAPILCwCznwkA4cUBAMSSCQARkwkAgmMKADQBAACBAQAAzgEAABsCAABoAgAAV0UEAKRFBADxRQQAMSMAAIIUBwC10AEAo4EAAIL3AQDu/wEAgvcBAOHFAQBXRQQA66AAADihAACFoQAA0qEAAB+iAABsogAAINAJAKwbAAD1FQAA30EAAOHFAQAEpgkAeLQAAMW0AAAStQAAj+QBANzkAQBu2QEAu9kBAAjaAQBV2gEA9kMJAENECQCPFgAA3BYAABGTCQCCYwoANAEAAIEBAADOAQAAGwIAAGgCAACmGAkAsU8JAP5PCQAg0AkArBsAAAAAAAAFewAAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAADEjAAA6iwEAh4sBANSLAQAAnAMABKYJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAAP2wBAIxsAQDZbAEAJm0BAIoDAgCYggcA5YIHADKDBwB/gwcAzIMHABmEBwAEpgkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAALyfCACjgQAA7wwAAFBfAQCAWgEAtdABAOHFAQB2/gAASUsGAGdEBQAhkAcABXsAAPILCwB2zAIAGikDAHb+AADhxQEAAAAAAJ6gAAAQmQEAMBwLAH0cCwD1FQAAigMCANcDAgAkBAIAcPUAAJWHAgBw9QAABXsAAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AAAxIwAAOosBAIeLAQDUiwEAAAAAAHGgBQCeiwcAtdABAALRAQDvDAAArBsAAGdEBQAAHQUATR0FAJCsCwBMqAQA0/0BAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAbloDALtaAwAIWwMAVVsDAKJbAwDvWwMAPFwDAIlcAwDWXAMAxpUJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAgFoBAPkbAABGHAAAkxwAAOAcAADu/wEAwIYAACbTAAA2bAIABKYJAHi0AADFtAAAErUAAF+1AACstQAA+bUAAEa2AACTtgAA4LYAAC23AAB6twAAx7cAABS4AABhuAAAP2wBAIxsAQDZbAEAJm0BABDmAQCC9wEA7v8BADsAAgDwogsA7wwAAKwbAACpQQYA4cUBAFi+CgCXkAsAiGYBANVmAQAiZwEAb2cBALxnAQAJaAEAm8IAAPXjAQDrhwEA4cUBAPp7BwBHfAcAlHwHAOF8BwAufQcAe30HAOHFAQCjgQAA7wwAAFBfAQCAWgEAtdABAOHFAQAEpgkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAGG4AAB2/gAASUsGAGdEBQAhkAcABXsAAPILCwB2zAIAGikDAN9BAAAQ5gEABXsAAMqZBgAXmgYA1WYBAJvCAABzhgAAqUEGAOHFAQBYvgoAgvcBAPlTBwBu2QEABXsAAG7ZAQCIZgEAQakLAAV7AAB4tAAAxbQAABK1AABftQAArLUAAPm1AABGtgAAk7YAAOC2AAAttwAAercAAMe3AAAUuAAAc4YAAMCGAAAm0wAANmwCAFJ7AACfewAA7HsAADl8AACGfAAAB2UBAFRlAQChZQEA7mUBADtmAQBzhgAAwIYAACbTAAA2bAIA2bkBAJ6gAABzhgAATQAAAN9BAABBvgQAcaAFAOHFAQAu3wAAAAAAAAAAAAAAAAAAAJwDAPp7BwBHfAcABXsAAOuHAQA8DQAAnosHAJWHAgBsCAAAo4EAAO8MAACsGwAA+RsAAPUVAACKAwIA1wMCACQEAgBjjQgAsI0IAP2NCADEkgkAEZMJAIJjCgA0AQAAgQEAAM4BAAAbAgAAaAIAAPZDCQBDRAkAkEQJAN1ECQAEpgkAypkGABeaBgDVZgEAm8IAAHOGAACpQQYA9RUAAEIWAACPFgAABKYJAFJ7AACfewAA7HsAADl8AACGfAAA03wAAG9tCgBn9QEA0PEJAG9tCgAsQgAAM1oBABopAwBnKQMAgWkCACGQBwDu0QkA7wwAAMk7AgCbwgAAM1oBAEyoBAAsQgAA4cUBAPp7BwDP9wEAbtkBAG7ZAQAzWgEATKgEAHb+AAAAAAAA4cUBAC7GAQB7xgEAyMYBABXHAQDhxQEAxJIJAIhmAQBBqQsABXsAAOuHAQCsGwAAV0UEACGQBwBIcgkAZ0QFAH0WAgDhxQEAs58JAHGgBQBEngcAgvcBAOHFAQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DACDQCQCsGwAA6mUKAN9BAABBvgQAgFoBALXQAQAAAAAA9RUAAIFpAgDOaQIAG2oCAFSAAwCpQQYA9kEGAFJ7AACfewAA7HsAADl8AACGfAAASPMKAMoWAgAXFwIAM1oBADNaAQC10AEA9RUAAIoDAgCNsQYAo4EAAIL3AQDu/wEAgl8EABIGBwBzhgAA7wwAAPUVAABCFgAAqSQBAHb+AADcTAQApQUCAJ6gAACpQQYAc4YAAPUVAAB2zAIAc4YAAAAAAABxoAUAtdABADNaAQCAWgEA4cUBAC7GAQB7xgEAyMYBABXHAQAuxgEAtaIJAIL3AQDhxQEAo4EAAO8MAACsGwAA+RsAAOHFAQAuxgEAe8YBAMjGAQAVxwEALsYBALWiCQCC9wEA4cUBAKOBAADvDAAArBsAAOHFAQAEpgkAeLQAAMW0AAAStQAAX7UAAKy1AAD5tQAARrYAAJO2AADgtgAALbcAAHq3AADHtwAAFLgAAGG4AAA/bAEAjGwBANlsAQAmbQEA4cUBAKOBAADvDAAArBsAAPkbAAD1FQAAigMCANcDAgCBaQIAZM4HALHOBwAjYQkAUF8BAHGgBQCeiwcAM1oBAIBaAQB2zAIAhHsDAEadAQB2/gAA4cUBACDQCQBt0AkATQAAAE0AAAAe/wcAgvcBAN9BAAC8nwgAqUEGAOHFAQAEpgkAcC8LADNaAQDhxQEAgWkCAGTOBwCxzgcAI2EJAFBfAQBxoAUAnosHAOHFAQCmGAkAAAAAAO8MAACchAEA6YQBAJWHAgDvDAAAiGYBAOHFAQD6ewcA+VMHAESeBwDfQQAAQb4EAIBaAQBzhgAA7wwAAO8MAACchAEArBsAAPkbAABBvgQAcaAFAJ6LBwBzhgAAwIYAACbTAAA2bAIABXsAADNaAQBBqQsAlYcCALiVAgAKewgAXQUKAKoFCgD3BQoARAYKAJEGCgDeBgoA+nsHAM/3AQAc+AEAafgBADEjAAA6iwEAh4sBANSLAQBzhgAAwIYAACbTAAA2bAIAAAAAAAV7AACBaQIAzmkCABbvAQCIZgEABXsAAPILCwC10AEAFu8BAAV7AADrhwEAOIgBAIWIAQDSiAEAH4kBAGyJAQC5iQEABooBAFOKAQCgigEA7YoBAHGgBQB2/gAATQAAAJoAAADUJQIAkKwLABopAwA8DQAAnosHADEjAAA6iwEAh4sBAIo7CQDXOwkAo4EAAIhmAQDfQQAAQb4EAE0AAACIZgEAQakLAI6pCwA6iwEAh4sBAIo7CQDXOwkAuIAJAKwbAAD5GwAAJtMAADZsAgAAAAAA4cUBAG7ZAQC72QEACNoBAFXaAQCi2gEA79oBADzbAQBzhgAAszMBAGLHAQCvxwEA/McBAEnIAQCWyAEAUucIABEUCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCP5AEA3OQBAFLnCAARFAsAYscBAK/HAQD8xwEAScgBAJbIAQDVAgUAiGYBAEGpCwCOqQsA26kLACiqCwBQZQoAnWUKAOHFAQD6ewcAkKwLAN2sCwAqrQsAd60LANUCBQAiAwUALsYBAHvGAQDIxgEAFccBAAAAAABQZQoA4cUBAPp7BwCQrAsA3awLACqtCwB3rQsA1QIFACIDBQAuxgEAe8YBAMjGAQAVxwEALsYBAHvGAQDIxgEAFccBACGMAQAAnAMAiAYLANUGCwAiBwsAbwcLALwHCwAAAAAAo4EAAPCBAAB2zAIATKgEABbvAQCmgAsAqUEGAH0WAgCjgQAA8IEAAHbMAgBMqAQAFu8BABKJCwCC9wEAz/cBAMExBQBJSwYAm8IAAHGgBQCC9wEAfRYCABbvAQAFewAA64cBADiIAQCFiAEA0ogBAB+JAQBsiQEAuYkBAAaKAQCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAAAAAADEjAAA6iwEAh4sBANSLAQBNAAAAavAGAGdEBQDfQQAAvJ8IAIFpAgDOaQIAG2oCAGhqAgC1agIA7wwAAOHFAQBvbQoAZ/UBANDxCQBu2QEA5yELAAAAAAAEpgkAPQkLAIoJCwDXCQsAJAoLAHEKCwC+CgsACwsLAFLnCADAhgAAJtMAADZsAgCVhwIAAAAAAHGgBQDfQQAAlYcCAJ6gAAAQmQEAXZkBAKqZAQD3mQEARJoBAO7/AQCCXwQA4cUBAKOBAADvDAAAUF8BAIBaAQC10AEA4cUBAFBlCgCdZQoAUucIAAAAAACIZgEAAAAAAKOBAAAFewAAypkGAAAAAAAAAAAAo4EAAN9BAADhxQEAm8IAAPXjAQDrhwEA4cUBAFLnCAAAAAAAo4EAAAV7AAAhkAcA7tEJAESeBwCRngcA3p4HACufBwBu2QEAeJ8HAMWfBwASoAcAbtkBAFdFBACkRQQA8UUEAMtECwAYRQsAZUULAFdFBACkRQQA8UUEAMtECwAYRQsAZUULAAV7AADyCwsAAAAAAOHFAQC10AEAAtEBAE/RAQAAAAAA30EAALyfCACO2wkA29sJABbvAQDqfgkAN38JALOfCQDfQQAAvJ8IAI7bCQDb2wkAFu8BAGPvAQDP9wEAHPgBAGn4AQC2+AEA7wwAAAI5BACNswkAHPgBAGn4AQC2+AEA30EAACxCAACC9wEA+VMHAJvCAAAAAAAAgvcBAO7/AQBykgEAC20EAGdEBQDfQQAA7wwAABbvAQCZ8wEA5vMBADP0AQCA9AEAzfQBABr1AQDfQQAAZ/UBABb1CgAsQgAAgvcBAPlTBwBxoAUAFu8BAJnzAQAsQgAAgvcBAPlTBwCbwgAAAAAAAAV7AAAzWgEAGikDAKwbAAAQ5gEAc4YAAMCGAAAm0wAANmwCABbvAQCZ8wEALEIAAIL3AQD5UwcAm8IAABbvAQCZ8wEALEIAAIL3AQD5UwcAs58JAE0AAABq8AYAc4YAAMCGAAAm0wAANmwCAHOGAAAxIwAAfiMAAMCGAADu/wEA9RUAAJ6gAABzhgAAc4YAAMCGAAAm0wAANmwCAAV7AADBMQUASUsGAHOGAADAhgAAJtMAADZsAgDfQQAA30EAAAI5BABPOQQAbtkBALvZAQAI2gEAvJ8IAHOGAADAhgAAJtMAADZsAgB2/gAASUsGAN9BAAAsQgAA7tEJAKlBBgBzhgAAwIYAACbTAAA2bAIAiGYBAIhmAQBNAAAAHv8HADNaAQCAWgEA30EAALyfCAAYdwkA7v8BALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCC9wEA7v8BADsAAgCIAAIA1QACACIBAgBvAQIAvAECAAkCAgBWAgIAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAAAAAABzhgAAs58JAHOGAADAhgAAJtMAADZsAgCpQQYAc4YAALMzAQBpMgwAwIYAACbTAAA2bAIAAAAAAHOGAADAhgAA+VMHAKlBBgAcYgcAgWkCADNaAQAaKQMAUF8BAHGgBQCeiwcAc4YAAMCGAAAm0wAANmwCAG7ZAQBxoAUARJ4HAPCBAAAwNQoAiGYBANVmAQCeoAAAbnMCAF5GCQBBqQsAwIYAACbTAAA2bAIA8gsLALXQAQB5YQgAc4YAAMCGAAAm0wAANmwCAIL3AQC10AEAo4EAAHb+AABJSwYA9RUAAN9BAAC8nwgAGHcJACbTAAA2bAIAcaAFAESeBwDfQQAAZ/UBADEjAABu2QEAcaAFAESeBwDwgQAAMDUKAO8MAACsGwAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAAV7AADrhwEAOIgBADcsAABucwIA64cBAMk7AgC8nwgAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBABIGBwC+oAUAC6EFAIL7BwDP+wcAHPwHAGn8BwC2/AcAA/0HAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAZ0QFAAAdBQBNHQUAI2EJAFBfAQBxoAUAnosHAHOGAADAhgAAJtMAADZsAgDfQQAABXsAAFJ7AAB9FgIAcaAFAIFpAgBkzgcAsc4HADEjAACIZgEA1WYBAJvCAABzhgAAwIYAACbTAAA2bAIAQb4EAI6+BADRewMAiGYBAEGpCwB2/gAASUsGAPUVAADfQQAAvJ8IAKlBBgBzhgAAwIYAACbTAAA2bAIA7wwAANHMCQBNAAAATQAAAB7/BwCC9wEA30EAALyfCACpQQYAEgYHAL6gBQALoQUAgvsHAM/7BwAc/AcAafwHALb8BwAD/QcAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCIZgEAiGYBAEGpCwC10AEA05sIAMqZBgAFewAA1CUCACEmAgBuJgIAuyYCAAgnAgBVJwIAoicCAO8nAgCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAgvcBAM/3AQCznwkAM1oBAIBaAQCYGAIA5RgCADIZAgAjKQIAcCkCAL0pAgAKKgIAVyoCAKQqAgDxKgIAPisCAIsrAgDYKwIAJSwCAHIsAgC/LAIADC0CAFktAgCmLQIA8y0CAEAuAgCNLgIAdv4AAG7ZAQDnIQsAwIYAADEjAAC1ogkAgvcBAHb+AADcTAQApQUCALyfCACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAnosHAJ6gAAAAHQUATR0FAJodBQDnHQUANB4FAIEeBQB2/gAAw/4AAMDyCAAcYgcAWKULAIIUBwCeoAAAbnMCAKUFAgBBvgQAcaAFAJ6LBwBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAAAAAAAFewAAypkGAKOBAABzhgAAc4YAAMCGAAAm0wAANmwCAPlTBwAbgwEAb20KAFdFBACznwkAAKAJAE2gCQCaoAkA56AJAHOGAADAhgAAJtMAADZsAgD1FQAA30EAAAV7AAClBQIAQb4EAHGgBQCeiwcAc4YAAMCGAAAm0wAANmwCAAV7AADyCwsA9RUAAEIWAACpJAEAidsBADPfCACCFAcAU5AKAJgYAgDhxQEAINAJAGptAgB2/gAAbtkBAHGgBQAzWgEA7kwCAAV7AAClBQIAQb4EAHGgBQCeiwcA4cUBAFLnCADAhgAAJtMAADZsAgAuxgEAe8YBAMjGAQAVxwEAAAAAAOHFAQCmGAkA8xgJAJ3/CgDq/woANwALAIQACwD3mQEApQUCAEG+BABu2QEAiGYBAEGpCwBvbQoA0/0BACD+AQBt/gEAV0UEAG5zAgC7cwIACHQCAFV0AgCidAIA73QCADx1AgCJdQIA1nUCACN2AgBwdgIAvXYCAAp3AgBXdwIApHcCAPF3AgAAAAAAo4EAAPCBAAAwNQoAfTUKAMo1CgAXNgoAZDYKALE2CgBXRQQAbnMCALtzAgAIdAIAVXQCAKJ0AgDvdAIAo4EAAO8MAABvbQoAZ/UBAHGgBQDhxQEAdv4AANxMBADyCwsA9kMJAENECQCQRAkA3UQJANbbAQCf5wgA7OcIAESeBwC10AEAdv4AABV6AQAaKQMAnIQBAFBfAQCAWgEAtdABAOHFAQD6ewcAR3wHAN9BAACjgQAAgvcBAOGXCQBzhgAAZ0QFAOugAADaLgIA1CUCAO7/AQCCXwQA4cUBAASmCQDyCwsAqUEGAOHFAQD2QwkAQ0QJAJBECQDdRAkAo4EAAO8MAACsGwAAphgJAPMYCQDNWgEAGlsBAGdbAQC0WwEAAVwBAJJ1AQBxoAUAvqAFAAuhBQCC+wcAz/sHABz8BwBp/AcAtvwHAIR7AwDRewMAHnwDAGt8AwC4fAMABX0DAKlBBgDhxQEABKYJAPILCwCpQQYA4cUBAPZDCQBDRAkAkEQJAN1ECQCjgQAA7wwAAKwbAAAg0AkAam0CALdtAgAEbgIAUW4CAJ5uAgA0oQkAgaEJAM6hCQAbogkAaKIJAPILCwB2zAIAnqAAAJWHAgDYfAgAoA8JAO0PCQA6EAkAhxAJANQQCQAhEQkAdcMKAMCGAAAm0wAANmwCAOHFAQBxoAUARJ4HAN9BAADhxQEAcaAFADEjAADhxQEAbtkBAHGgBQBEngcA8IEAADA1CgD6ewcAz/cBALkjAgAGJAIAvJ8IAAmgCABWoAgA30EAAOHFAQBvbQoAZ/UBANDxCQAEpgkA9xwGAKlBBgDhxQEAm8IAADNaAQBMqAQALEIAAOHFAQBxoAUAgWkCAGTOBwCxzgcAMSMAAIhmAQDVZgEAINAJAG3QCQC60AkAB9EJAAI5BACNswkA2rMJAKFpBwDhxQEAm8IAADNaAQBMqAQALEIAAOHFAQBxoAUAgWkCAGTOBwCxzgcAMSMAAIhmAQDVZgEAdv4AAEadAQCTnQEA4J0BAC2eAQB6ngEAx54BALOfCQDhxQEAm8IAADNaAQBMqAQALEIAAOHFAQBxoAUAgWkCAGTOBwCxzgcAMSMAAIhmAQDVZgEA4ZcJAC6YCQCBaQIAM1oBAKlBBgBzhgAAm8IAADNaAQBMqAQALEIAAOHFAQBxoAUAgWkCAGTOBwCxzgcAMSMAAIhmAQDVZgEAM1oBAO5MAgDhxQEAxJIJAB7/BwAzWgEAgFoBAN9BAAC8nwgAGHcJAOHFAQDhlwkAc4YAAMCGAADu/wEAOwACAIgAAgDVAAIAIgECAG8BAgC8AQIAfRYCAMoWAgCpQQYA4cUBAASmCQClBQIAcPUAAL31AABucwIAXkYJAKtGCQCzOQoAADoKAE06CgCaOgoA5zoKADQ7CgCBOwoAzjsKABs8CgBoPAoAtTwKAAI9CgBPPQoAnD0KAOk9CgA2PgoAgz4KANA+CgAdPwoAaj8KALc/CgAEQAoAUUAKAJ5ACgDrQAoAOEEKAIVBCgDSQQoAH0IKAGxCCgC5QgoABkMKAFNDCgCgQwoA7UMKADpECgCHRAoAM1oBAIBaAQCYGAIA5RgCADIZAgAVrgIAYq4CAK+uAgD8rgIASa8CAJavAgDjrwIAMLACAH2wAgDKsAIAF7ECAGSxAgCxsQIA4ZcJAPZBBgBtUQsAulELAG7ZAQAFewAA64cBAKwbAAAg0AkAam0CANhjCQAlZAkAcmQJAL9kCQDhxQEAphgJALFPCQD+TwkAINAJAJ7aCgDr2goA1CUCAN9BAABBvgQAgFoBALXQAQDhxQEAo4EAAArdAQCjgQAA30EAAN9BAABBvgQAgFoBALXQAQDhxQEA4ZcJABIGBwCbwgAAphgJAPMYCQBAGQkA+nsHAEd8BwB6OAIAtEQFAIFpAgBkzgcAsc4HALOfCQDhxQEAdv4AAMP+AADA8ggABXsAAPccBgAcYgcAgFoBALXQAQDhxQEA+nsHAEd8BwCCXwQAz18EABxgBAC8tgQAphgJALFPCQD+TwkAiGYBANVmAQDf9gIALPcCAHn3AgDG9wIAE/gCAGD4AgBvbQoALEIAAHlCAACh5gIA7uYCADvnAgCI5wIA64cBAKwbAADqZQoA4cUBAKYYCQDzGAkAQBkJAHb+AABJSwYAlksGAMP+AACC9wEAphgJALFPCQD+TwkAphgJAPMYCQBAGQkAriQJAPskCQBIJQkAxJIJAPgnAQBFKAEA5sUJADPGCQCAxgkAzcYJAOHFAQBxoAUAMSMAAOHFAQAg0AkAntoKAOvaCgDUJQIA30EAAEG+BACAWgEAtdABAOHFAQCjgQAA64sHADiMBwCFjAcA0owHAB+NBwBsjQcAuY0HAAaOBwBvbQoAZ/UBANDxCQAg0AkArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAABKYJAKUFAgBxoAUAnosHAOHFAQAg0AkAPA0AACoqBwB3KgcAxCoHABErBwDhxQEATQAAAN9BAABBvgQAgFoBALXQAQDhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAVQ4DAGVDCACyQwgAcaAFAJ6LBwDhxQEAo4EAAPCBAAB2zAIA2bkBAOHFAQDhlwkAEgYHAHb+AADcTAQAM1oBAIBaAQDhxQEAINAJADwNAAAqKgcAdyoHAMQqBwARKwcA4cUBAESeBwCRngcA3p4HACufBwB4nwcAxZ8HABKgBwBfoAcArKAHAPmgBwBGoQcAk6EHAOChBwAtogcAeqIHAMeiBwAUowcAYaMHACDQCQCsGwAA+RsAAEYcAACTHAAA4BwAAJWHAgDvDAAA4cUBAG9tCgAsQgAAeUIAAMZCAAATQwAAYEMAAK1DAAD6QwAAR0QAAJREAADhRAAAoA8JAO0PCQD1FQAAdswCAIBaAQC10AEA4cUBAHGgBQCeiwcA4cUBAGScCQDu0QkA7wwAAIhmAQDVZgEAnqAAAG5zAgBeRgkAq0YJAAAAAACIZgEA7wwAAMk7AgAWPAIApQUCALyfCAAbgwEAAAAAAAAAAAAAAAAAAAAAAAAAAAAOfQIAW30CABuDAQAAAAAADn0CAFt9AgB4ggIApEUEAD8+CQCMPgkA2T4JACY/CQBzPwkAwD8JAA1ACQBaQAkA/SMDAEokAwCXJAMA5CQDADElAwB+JQMAyyUDABgmAwBlJgMAsiYDAP8mAwBMJwMAmScDAOYnAwAzKAMA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMA7w4DADwPAwCJDwMA1g8DACMQAwBwEAMAvRADAAoRAwBXEQMApBEDAPERAwDlaQgAMmoIAH9qCADMaggAGWsIAGZrCACzawgAAGwIAE1sCACabAgA52wIADRtCACBbQgAzm0IABtuCABobggAtW4IALXQAQCVhwIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAG7ZAQAFewAA7wwAALoyAwAHMwMAQakLALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQBKigIAWWEDAKZhAwDzYQMAQGIDAI1iAwDaYgMAJ2MDAHRjAwDBYwMADmQDAO8OAwA8DwMALsYBAHvGAQDIxgEAFccBAE+fAwCcnwMA6Z8DADagAwCDoAMA0KADAB2hAwBqoQMAt6EDAFLnCAARFAsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAzjUBAJvCAAAhkAcAM1oBAO5MAgBBqQsAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAC/RwQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAGlHBQC2RwUAA0gFAFBIBQCdSAUA6kgFAGptAgC3bQIAnqAAAE0AAAAXSwMAFu8BAJZoCwDjaAsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA7wwAABbvAQCabgsAbnMCALtzAgAIdAIAVXQCAKJ0AgCeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMA9RUAAEIWAACbwgAAc4YAAMCGAAAm0wAANmwCAOduCwAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAKlBBgASBgcAc4YAAO8MAAD1FQAAQhYAAKkkAQC8nwgAszMBAJvICQAaKQMAyTsCALyfCAAYdwkAJtMAADZsAgDhxQEAV0UEAG5zAgBeRgkAq0YJAPhGCQAuxgEAe8YBAMjGAQAVxwEAdv4AAE0AAAAe/wcAgvcBAN9BAAC8nwgAGHcJACbTAAA2bAIAiGYBAFSAAwChgAMATQAAAD84AAAW7wEApoALADNaAQBu2QEA3jYFAM/3AQDUJQIAs58JAOHFAQD2QwkAQ0QJAJBECQDdRAkAiGYBANVmAQDf9gIALPcCAHOGAACpQQYAlYcCAIhmAQDVZgEA3/YCACz3AgB59wIAxvcCABP4AgBg+AIAb20KACxCAAB5QgAAcPUAAE0AAAAe/wcA7wwAAMk7AgC10AEAgvcBAO7/AQDvDAAAujIDAAczAwBw9QAA4cUBAASmCQBSewAAoWkHAO5pBwA7agcAiGoHAPp7BwBHfAcAejgCALREBQCC9wEAqUEGAOHFAQAEpgkA9xwGAEQdBgCRHQYA3h0GALyfCAAYdwkAFu8BAOHFAQB2/gAAFXoBABopAwCchAEAUF8BAIBaAQC10AEA4cUBAASmCQD0CgUAtdABAHlhCAB2/gAA4cUBAKYYCQBMqAQAmagEAOGXCQBzhgAATQAAAGrwBgAoEAsAdRALAO8MAADhxQEAcaAFAJ6LBwAAAAAAAAAAAJWHAgC4lQIACnsIAFd7CACkewgA8XsIAFLnCADAhgAAJtMAADZsAgBvbQoAZ/UBANDxCQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBABM3ggAmd4IAObeCAC8bQoAGHcJAGV3CQCydwkA/3cJAEx4CQCZeAkA5ngJADN5CQCAeQkA4ZcJAI3OCwBzhgAAb20KAGf1AQDQ8QkAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAVQ4DAKIOAwDvDgMAQb4EAI6+BADbvgQAKL8EAHW/BACQrAsATKgEALyfCABXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAEOYBAF3mAQBBvgQAjr4EANu+BAAovwQAdb8EAMK/BACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQAv0cEAAxIBABZSAQApkgEAPNIBAAg0AkArBsAAPkbAABGHAAAkxwAAOAcAACVhwIASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwDvDgMAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HABqPAgBnjwIAT28IANBXCQD5UwcARJ4HAN9BAAC8nwgAb20KAGf1AQDQ8QkAZJwJAO7RCQDvDAAAc4YAAN9BAACbwgAAcaAFAIL3AQB9FgIA4cUBAKYYCQCxTwkA/k8JAKOBAADwgQAAgvcBAO7/AQAFewAAUnsAACGQBwAFewAAbtkBAIhmAQAAAAAA4cUBAH0WAgAUcQkAgFoBAJgYAgCVhwIASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDAI/kAQDc5AEAV0UEAG5zAgAssAsAebALAMawCwAOTwoAQ6YCADwNAAB2/gAASUsGAHD1AADfQQAA4cUBAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBABM3ggAmd4IAObeCACznwkA7wwAALoyAwAHMwMAAAAAAJWHAgBA5QcAwIYAACbTAAA2bAIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBADAhgAAJtMAADZsAgAhkAcAs58JAAAAAAAAAAAAAAAAAA59AgBbfQIAG4MBAAAAAAAAAAAAAAAAAAAAAAAOfQIAW30CAHiCAgCkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMAaUcFALZHBQADSAUAUEgFAJ1IBQDqSAUAdv4AAHPVAwDA1QMADdYDAFrWAwCpQQYAbtkBAOHFAQB2/gAAw/4AAMDyCAAN8wgAWvMIAHb+AABz1QMAwNUDAA3WAwBa1gMAnqAAAOugAAA4oQAAhaEAANKhAAB2/gAARp0BAPCBAAB2zAIAnqAAAG5zAgClBQIAQb4EAHGgBQCeiwcA7wwAAKwbAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEASooCAFlhAwBV4AoA6ewDADbtAwCD7QMA0O0DAB3uAwBq7gMAt+4DAATvAwBR7wMAnu8DAOvvAwDhxQEAiGYBAFSAAwCAWgEAfRYCAOHFAQAuxgEAe8YBAMjGAQBSgQkAn4EJAASmCQD3HAYAqUEGAIL3AQDu/wEA7wwAAJyEAQBQZQoALt8AAIAPBADu0QkA7wwAAMk7AgBmhAcAs4QHAACFBwBNhQcAmoUHAOeFBwA0hgcAgYYHAM6GBwAbhwcABKYJAPILCwCznwkA4cUBAHGgBQAxIwAA4cUBAG9tCgAsQgAAeUIAAMZCAABNAAAAavAGAGdEBQAzWgEAQgMKAIIUBwBzhgAAqUEGAOHFAQB2/gAAc9UDAMDVAwAN1gMAWtYDADs2BgBknAkA7tEJAO8MAADJOwIAdv4AAHPVAwDA1QMADdYDAFrWAwA7NgYAiDYGANU2BgAiNwYAbzcGALw3BgAJOAYAVjgGAIJ6BgDu0QkA7wwAAMk7AgDhxQEAIZAHALOfCQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcAwBNnAMAJG4HAHFuBwC+bgcAC28HAFhvBwClbwcA8m8HAD9wBwCMcAcA2XAHACZxBwBzcQcAwHEHAA1yBwBacgcAp3IHAPRyBwDvDgMAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HAHGgBQC+oAUAC6EFAIL7BwDP+wcAHPwHAGn8BwC2/AcAA/0HAOHFAQBvbQoAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HAFSAAwAQ5gEA7wwAALoyAwAHMwMAEOYBAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwDvDgMAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HAHGgBQC+oAUAC6EFAIL7BwDP+wcAHPwHAGn8BwC2/AcAA/0HAOHFAQBvbQoAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HAO8OAwBBvgQAjr4EANu+BACpQQYA4cUBAHGgBQBEngcAcaAFAL6gBQALoQUAgvsHAM/7BwAc/AcAafwHALb8BwAD/QcA4cUBAG9tCgBBvgQAjr4EANu+BACpQQYA4cUBAHGgBQBEngcAgvcBAJCsCwDuTAIA1WYBACJnAQCznwkAEOYBAJ6gAAAQmQEAFWECAIcMAwDUDAMAIQ0DAG4NAwCCeAMAWL4KAJeQCwCjgQAA8IEAAOnqAAA26wAAg+sAANDrAAAd7AAAauwAALfsAAAO/gMAW/4DAKj+AwD1/gMAQv8DAI//AwDc/wMAKQAEAHYABADDAAQAgFoBALXQAQDhxQEAb20KAGf1AQCeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DANZDBAAjRAQAcEQEAL1EBAAKRQQAo4EAAPCBAAB2zAIA2bkBAOHFAQAg0AkAPA0AACoqBwB3KgcAxCoHABErBwCVhwIABXsAANm5AQCC9wEA7v8BAN9BAAACOQQATzkEAHOGAADvDAAATQAAAGrwBgC38AYAJtMAAO7/AQAAAAAAo4EAAHOGAADvDAAAyTsCALyfCAAYdwkAJtMAADZsAgDYfAgAJX0IAHJ9CABSewAAIZAHAEhyCQCpQQYA4cUBAG9tCgAsQgAAeUIAAHb+AADcTAQAKU0EAOHFAQD6ewcAR3wHAN9BAAACOQQATzkEAHOGAADvDAAA4cUBAMSSCQD5ogoAt/AGAOHFAQD6ewcAR3wHAAAAAACjgQAAc4YAAO8MAADJOwIA4cUBAIhmAQBUgAMAhHsDABV6AQCpQQYAHGIHABopAwCVhwIAnqAAAG5zAgC7cwIACHQCAFV0AgCidAIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DAGNCCwAYdwkAJtMAADZsAgA3LAAA66AAADihAACFoQAA0qEAAB+iAACVhwIAnqAAAG5zAgC7cwIACHQCAFV0AgCidAIAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DAGNCCwAYdwkAJtMAADZsAgBzhgAAqUEGABxiBwAaKQMANywAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBABiyQQAr8kEAPzJBABJygQAlsoEAOPKBAAwywQAg9QEANDUBAA/PgkAjD4JANk+CQAmPwkAcz8JAMA/CQANQAkAWkAJALXQAQB5YQgAxmEIAOHFAQAEpgkA9AoFAPp7BwBHfAcA7wwAADwNAABEngcAgvcBAJ6gAACFVgMA0lYDAB9XAwBsVwMAuVcDAAZYAwBTWAMAoFgDAO1YAwA6WQMAh1kDANRZAwAhWgMAcpIBAL+SAQAMkwEAWZMBAKaTAQAJuQcAVrkHAKO5BwDwuQcAPboHAIq6BwDXugcAJLsHAHG7BwC+uwcAC7wHAFi8BwClvAcA8rwHAD+9BwCMvQcA2b0HACa+BwBzvgcAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAGLJBACvyQQA/MkEAEnKBACWygQA48oEADDLBADihwIAL4gCAOnqAAA26wAAg+sAANDrAAAd7AAAauwAALfsAAAO/gMAW/4DAKj+AwD1/gMAQv8DAI//AwCsGwAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMAxJIJAKiBCAD1gQgAQoIIAI+CCADcgggAKYMIAHaDCADDgwgAEIQIAF2ECACqhAgA94QIAESFCACRhQgA3oUIACuGCAB4hggAxYYIABKHCABfhwgArIcIAPmHCAAajwIAZ48CAE9vCADQVwkA+VMHAESeBwDfQQAAvJ8IAG9tCgBn9QEA0PEJAGScCQDu0QkA7wwAANh8CAAlfQgAgl8EAM9fBAAcYAQAvLYEACDQCQCsGwAA+RsAAEYcAACTHAAA4BwAAC0dAACbwgAAc4YAAPUVAADfQQAA4cUBAASmCQCbwgAA9eMBAN9BAADhxQEAm8IAAPXjAQDrhwEA4cUBAPZDCQBDRAkAkEQJAN1ECQDEkgkAHv8HAO8MAACchAEAUF8BAG7ZAQCIZgEAQakLAG9tCgBn9QEA0PEJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBABM3ggAmd4IAObeCABvbQoALEIAAHlCAAD6ewcAR3wHAIJfBADPXwQAHGAEALy2BAAg0AkArBsAAPkbAABGHAAAkxwAAOAcAAAu3wAABqkJAGcpAwBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAjg0IAPMYCQBAGQkAbtkBAN42BQArNwUAeDcFAMU3BQD1FQAA4cUBACDQCQCe2goA69oKAKUFAgAzWgEAhHsDAElLBgBxoAUARJ4HAN9BAAC8nwgAGHcJACbTAAA2bAIAFwQMAEG+BACOvgQA274EACi/BAB1vwQAwr8EABI6CABXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAL9HBAAMSAQAWUgEAKZIBADzSAQAINAJAKwbAAD5GwAARhwAAJMcAABzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBABqPAgBnjwIAT28IAJxvCADpbwgANnAIAINwCADQcAgALsYBAIIUBwDPFAcAHBUHAHGgBQCC9wEA4cUBAOGXCQAumAkAgvcBAO7/AQB6OAIA30EAAGf1AQCC9wEAs58JAOHFAQAbgwEAo4EAAPCBAAB2zAIA2bkBAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMA0WQHAMh9BwDKgAcAF4EHAGSBBwCxgQcA7w4DAEG+BACOvgQA274EAKlBBgDhxQEAcaAFAESeBwBxoAUAvqAFAAuhBQCC+wcAz/sHABz8BwBp/AcAtvwHAAP9BwDhxQEAb20KAEG+BACOvgQA274EAKlBBgDhxQEAcaAFAESeBwDfQQAAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAD8AEAFzABACpwAQA9sAEAD09DACKPQwApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMA7w4DAEG+BACOvgQA274EACi/BAB1vwQAI2EJAKwbAABQlQUAQakLAGdEBQDfQQAAQb4EAHGgBQCeiwcA30EAAEG+BACOvgQA274EACi/BAB1vwQAwr8EAA/ABABcwAQAqcAEAPbABABzhgAAwIYAACbTAAA2bAIAT9EBAEG+BACOvgQA274EACi/BAB1vwQAwr8EAA/ABABJ5wkAlucJAOPnCQAw6AkAfegJAMroCQAX6QkAPA0AACoqBwB3KgcAxCoHABErBwBn9QEAvqAFAAuhBQBYoQUAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCVhwIAQOUHAMCGAAAm0wAANmwCAPUVAABCFgAAYbwGAK68BgD7vAYASL0GAJW9BgDivQYAz/cBAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQAAAAAA4cUBAG7ZAQC72QEAMSMAADEjAAB+IwAAwIYAAJCsCwCAWgEAtdABAOHFAQBvbQoAQb4EAI6+BADbvgQAqUEGAOHFAQBxoAUARJ4HAN9BAADhxQEABKYJADEjAADfQQAAvJ8IABh3CQDhxQEAb20KAEG+BACOvgQA274EACi/BAB1vwQAwr8EABI6CABx1gkAnqAAAJ6gAAAAHQUATR0FAJodBQDnHQUAgl8EAOHFAQAEpgkAMSMAAN9BAAC8nwgAGHcJACDQCQCsGwAAUJUFAEGpCwBnRAUA30EAAEG+BABxoAUAnosHAOHFAQBS5wgAwIYAACbTAAA2bAIAQ6YCAARyCABRcggAnnIIAOtyCAA4cwgAhXMIAN8RBQAsEgUAeRIFAMYSBQATEwUAYBMFAK0TBQD6EwUARxQFAJQUBQDvKQUAPCoFAIkqBQDWKgUAIysFAHArBQCjgQAAgvcBAIL3AQDu/wEA9RUAAN9BAADhxQEAb20KAGf1AQC+oAUAHv8HAIhmAQDVZgEAImcBALOfCQCVhwIAAAAAAOHFAQBvbQoA0/0BACD+AQBt/gEADk8KACDQCQBt0AkAM1oBAEyoBAAFewAAbtkBAIhmAQBBqQsAINAJAKwbAAD5GwAARhwAAJMcAADgHAAArOsEAOHFAQAuxgEAtaIJAAKjCQBPowkAb20KAEG+BACOvgQA274EACi/BAB1vwQAwr8EAJWHAgAajwIAZ48CAE9vCAAEpgkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAEGpCwAg0AkArBsAAPkbAABGHAAAkxwAAOAcAAB2/gAAAAAAAE0AAACeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAIL3AQD5UwcAyacKAMoWAgDAhgAAoA8JAO0PCQCC9wEA7v8BAAV7AABSewAAIZAHAAV7AABu2QEAiGYBAEGpCwBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAPCBAAD1FQAAs58JAJWHAgDfQQAAnqAAAE0AAACeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAMSMAADqLAQCHiwEA1IsBAJ6gAAAQmQEAFWECAIcMAwCC9wEA7v8BADsAAgDwogsA7wwAAKwbAABTjgcAoI4HAO2OBwA6jwcAh48HANSPBwBiyQQAr8kEAPzJBABJygQAlsoEAOPKBAAwywQAQ6YCADwNAAAqKgcAdyoHAMQqBwARKwcA4cUBAFLnCADAhgAAJtMAADZsAgA9PQwAij0MANc9DAAkPgwAcT4MAL4+DAALPwwAWD8MAKU/DADyPwwAP0AMAIxADACXJAMA5CQDADElAwB+JQMAyyUDABgmAwBlJgMAsiYDAGScCQDu0QkA7wwAAG7ZAQDeNgUAKzcFAHg3BQDFNwUAEjgFACNhCQD5aAAAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAAV7AAAxIwAAfRYCAA9aBQBykgEA7wwAADcsAAAQmQEAFWECAIcMAwDUDAMAIQ0DAG4NAwC7DQMACA4DAFUOAwAVyQQAwIYAACbTAAA2bAIA9RUAAI68AQCrWwIA+FsCAEVcAgCSXAIA+VMHADEjAACC9wEA7v8BAN9BAAACOQQATzkEAHOGAADvDAAArBsAALMzAQAANAEATTQBAAvXCQBY1wkApdcJAOHFAQB2/gAA3EwEALOfCQDhxQEA9kMJAENECQCQRAkA3UQJAG7ZAQDnIQsABKYJAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQBXRQQApEUEAD8+CQCMPgkA2T4JACY/CQBzPwkAwD8JAA1ACQBaQAkAp0AJAPRACQBS5wgA7wwAAMk7AgAWPAIAbtkBAIhmAQBUgAMAGikDAArdAQBIcgkAb20KAGf1AQDQ8QkAphgJAE0AAABSewAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAOKHAgAviAIA6eoAADbrAACD6wAA0OsAAB3sAABq7AAAt+wAAG7ZAQBxoAUAcaAFAN9BAADvDAAAyTsCAAI5BACNswkAcC8LAOHFAQAuxgEAgvcBAPlTBwB2/gAA4cUBABuDAQAu3wAAlYcCAEqKAgDroAAAOKEAAIWhAADSoQAAH6IAAGyiAABknAkAsZwJAP6cCQBLnQkA+nsHAKAPCQDtDwkA4cUBAHGgBQBEngcA30EAAOHFAQBxoAUAMSMAAOHFAQAEpgkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAEGpCwBu2QEA3jYFACs3BQB4NwUAxTcFABI4BQAjYQkA4cUBAG9tCgBn9QEA0PEJAG9tCgAFewAAypkGAH0WAgDhxQEAb20KAPILCwCznwkA4cUBAHGgBQAxIwAA4cUBAG9tCgAsQgAAeUIAAMZCAAATQwAAc4YAAKlBBgDhxQEAbtkBAN42BQArNwUAeDcFAMU3BQASOAUAiGYBAAV7AADrhwEAyTsCAEG+BACeoAAA7wwAAKwbAAAFewAA1CUCAJ6gAAAhkAcAFu8BAJZoCwDjaAsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA7wwAABbvAQCabgsA524LABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAAAAAABNAAAAavAGACgQCwDvDAAArBsAAAV7AADUJQIAnqAAACGQBwBNAAAAeOgBABbvAQCWaAsA42gLAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAO8MAAAW7wEAmm4LAOduCwAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBADAhgAAJtMAADZsAgCVhwIA30EAAAI5BACNswkAuSMCAO8MAABNAAAAHv8HAIL3AQDfQQAAlYcCAN9BAAACOQQAjbMJALkjAgDvDAAATQAAAB7/BwCC9wEA30EAAJWHAgBA5QcAwIYAACbTAAA2bAIAiGYBAFSAAwCBaQIAM1oBAIBaAQC10AEAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAGVDCACsGwAA+RsAACbTAAA2bAIAEOYBAF3mAQACOQQAjbMJALkjAgDvDAAATQAAAB7/BwCC9wEA30EAABbvAQCabgsA524LABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAMCGAAAm0wAANmwCAD09DACKPQwApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAUucIAMCGAAAm0wAANmwCAB1tAgBucwIALLALAHmwCwDGsAsAE7ELAGCxCwCtsQsA+rELAEeyCwBA4wQAjeMEANrjBAAn5AQAdOQEAMHkBAAO5QQAlYcCAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMA7w4DAEG+BACOvgQA274EACi/BAB1vwQAwr8EABI6CABXRQQAbnMCACywCwB5sAsAxrALABOxCwBgsQsArbELAPqxCwBHsgsASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDAN9BAABBvgQAjr4EANu+BAAovwQAdb8EAMK/BAAPwAQAXMAEAKnABAD2wAQAGo8CAHOGAACbwgAAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBADAhgAAJtMAADZsAgCeiwcAQhYAAMKoCAAPqQgABXsAAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQBBqQsAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDvDAAA+WgAAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQBBqQsAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQAajwIAZ48CAE9vCAAEpgkAypkGAFSAAwCBaQIAZM4HAPZDCQBDRAkAwqgIAA+pCADvDAAA4cUBAC7GAQC1ogkAAqMJAE+jCQCcowkAphgJAPMYCQBAGQkAs58JAHGgBQBEngcAgvcBAOHFAQBXRQQA66AAAKOBAADvDAAAyTsCALyfCADhxQEA9kMJAENECQDCqAgAD6kIAASmCQCBaQIAzmkCADNaAQDuTAIABXsAAG7ZAQCIZgEAcaAFAJ6gAACeoAAAAB0FAE0dBQCaHQUA5x0FAIJfBADhxQEAm8IAACGQBwAzWgEA7kwCAEGpCwBS5wgA7wwAAMk7AgAWPAIAbtkBAIhmAQBUgAMAGikDAArdAQAzWgEAgFoBALXQAQDhxQEABKYJAPQKBQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAO8OAwA8DwMAiQ8DANYPAwC6MgMABzMDADs2BgCINgYA1TYGACI3BgBvNwYAvDcGAG9tCgCeoAAATQAAAAAAAAAzWgEATQAAAOHFAQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAO8OAwA8DwMAiQ8DAG9tCgAsQgAAeUIAAGScCQDu0QkA7wwAAMk7AgBvbQoAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAEjoIAF86CACsOggAYscBADNaAQCC9wEA7v8BAHGgBQC+oAUAC6EFAFihBQDhxQEAb20KAJ6gAABNAAAA4cUBAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMAm8IAADNaAQBMqAQALEIAAOHFAQBknAkA7tEJAO8MAADJOwIA4cUBAKlBBgD2QQYAcC8LAN9BAABBvgQAgWkCAGTOBwAg0AkArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAgQMDAM4DAwAbBAMAo4EAAPCBAADp6gAAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAEGpCwBxoAUAgvcBAOHFAQDhlwkAEgYHAHOGAADvDAAA4cUBAPZDCQBDRAkAkEQJAN1ECQDW2wEAERQLAJvICQAaKQMAqUEGAO8MAADhxQEAINAJAKwbAAD5GwAARhwAAJMcAADgHAAALR0AAIEDAwDOAwMAGwQDAKOBAADwgQAA6eoAAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQBBqQsAcaAFAIL3AQDhxQEA4ZcJABIGBwBzhgAA7wwAAOHFAQD2QwkAQ0QJAJBECQDdRAkA1tsBABEUCwCbyAkAGikDAOHFAQAg0AkArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAgQMDAM4DAwAbBAMAo4EAAPCBAADp6gAAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAEGpCwBxoAUAgvcBAOHFAQDhlwkAEgYHAHOGAADvDAAA4cUBAPZDCQBDRAkAkEQJAN1ECQDW2wEAERQLAJvICQAaKQMAAAAAAAV7AADKmQYAF5oGAFSAAwCVhwIAgvcBAJCsCwCAWgEAtdABAHlhCADAhgAAJtMAADZsAgAajwIAZ48CAE9vCACcbwgArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAABKYJAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQBzhgAAdv4AAJ6gAABucwIAUnsAACGQBwBIcgkA7wwAAKwbAAD5GwAARhwAAJMcAADgHAAA7v8BAMCGAAAm0wAANmwCAHKSAQDvDAAAlYcCAEOmAgAEcggAUXIIAJ5yCADrcggAOHMIAIVzCAAOTwoASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDAEzeCACZ3ggAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAEjoIAG9tCgBn9QEAqUEGAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA/4wCACxCAAB5QgAATvwKAJv8CgCmGAkAsU8JAP5PCQD2QwkAQ0QJAI8WAAAEpgkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAEGpCwBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwBVDgMAog4DAASmCQClBQIAZV4KACxCAAAzWgEAGikDAGcpAwB2/gAAw/4AAHb+AABJSwYA9RUAAIhmAQBUgAMAoYADAOfpAwCeoAAAFu8BAJpuCwDnbgsAFWECAIcMAwDUDAMAIQ0DAG4NAwC7DQMACA4DAFUOAwAVyQQAwIYAACbTAAA2bAIApoALAKwbAAD5GwAARhwAAJMcAADgHAAAqUEGAHOGAAAFewAA9xwGAJWHAgASBgcAm8IAAPUVAACVhwIAIZAHAO7RCQDvDAAAyTsCAIhmAQDVZgEAyrQIABe1CABktQgAsbUIAGrwBgC38AYAJtMAADZsAgB2/gAA3EwEANQlAgB9FgIAyhYCAKlBBgDhxQEA4ZcJAHOGAAAFewAAZJwJALGcCQD+nAkAS50JAJidCQDlnQkAMp4JAH+eCQCmTAoA8gsLAKlBBgDhxQEAphgJALFPCQD+TwkA6aMJAC6YCQAaKQMA+WgAAG7ZAQCIZgEAQakLAKlBBgDhxQEAo4EAAPCBAADfQQAAQb4EAO5MAgDhxQEAb20KAEG+BACOvgQA274EAKlBBgDhxQEA+nsHAEd8BwDfQQAAAjkEACGQBwDu0QkA7wwAAMk7AgAWPAIAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAJ6gAAAAAAAAiGYBAJWHAgAajwIAZ48CAE9vCABknAkA7tEJAO8MAADJOwIA7wwAAOHFAQAEpgkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAEGpCwCmGAkA8xgJAEAZCQCuJAkA+yQJAEglCQDEkgkAHv8HAGv/BwDihwIAL4gCAOnqAAA26wAAg+sAANDrAAAd7AAAauwAALfsAAAO/gMAgvcBAO7/AQAFewAApQUCALyfCAAg0AkArBsAAO8MAACchAEAUF8BAHGgBQCIZgEAiGYBAOHFAQBknAkA7tEJAO8MAADJOwIALt8AAAapCQAAnAMAb20KAAI5BABPOQQAc4YAAKlBBgDhxQEALsYBALWiCQCC9wEA4cUBAAAAAACjgQAAc4YAAMCGAACznwkA4cUBAC7GAQB7xgEAyMYBABXHAQD1FQAAQhYAAMKoCAAPqQgA7wwAADEjAAA6iwEAh4sBANSLAQBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAEqKAgBZYQMAPz4JAIw+CQDZPgkAJj8JAHM/CQDAPwkADUAJAFpACQD6ewcAR3wHAAV7AABSewAAIZAHAOHFAQAEpgkA8gsLALOfCQDhxQEAV0UEAKRFBADxRQQAy0QLABhFCwBSewAAoWkHAOHFAQDEkgkAHv8HADNaAQCAWgEApQUCAO8MAACVhwIAGo8CAGePAgBPbwgAnG8IAKwbAAD5GwAARhwAAJMcAADgHAAArOsEAOHFAQAEpgkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAEGpCwAuxgEAtaIJAIL3AQDhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMA7wwAAKwbAAD5GwAARhwAAJMcAADgHAAArOsEAPnrBAD5GwAAJtMAADZsAgCsGwAA+RsAACbTAAA2bAIAPT0MAIo9DACmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDABDmAQCC9wEA7v8BADsAAgDwogsA7wwAAKwbAAAd8gkAigMCAI2xBgDasQYA4cUBACDQCQCsGwAA+RsAAEYcAACTHAAAnqAAAH0WAgAhkAcA7tEJAESeBwDvDAAArBsAABDmAQCpQQYAgvcBAJCsCwCBaQIAZM4HALHOBwAW7wEAlmgLAMCGAAAm0wAANmwCAAWBCQAW7wEA9RUAAHOGAADfQQAAm8IAAHGgBQCC9wEAfRYCAMoWAgDAhgAAJtMAADZsAgA9PQwAij0MADAcCwB9HAsAyhwLAAAAAAAAAAAAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCVhwIASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwBvbQoALEIAAHlCAABS5wgAn+cIAKlBBgBNAAAAHv8HADNaAQCAWgEA30EAAOHFAQCjgQAAgvcBAIhmAQCVhwIAbAgAACGQBwBukAcAu5AHAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBABM3ggAmd4IAObeCABvbQoALEIAAHlCAACh5gIAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcA4ZcJAPZBBgBzhgAAdv4AAMP+AACh5gIAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcA4ZcJAPZBBgBzhgAAdv4AAMP+AAAQ/wAA4cUBAPp7BwCgDwkA7Q8JAPUVAAB2zAIAgFoBALXQAQBzhgAAwIYAAHb+AAAVegEAGikDAJyEAQBQXwEAcaAFAJ6LBwDhxQEA4ZcJAHOGAAD1FQAAdswCAHOGAACpQQYA4cUBAJvCAAAhkAcAM1oBAO5MAgBBqQsAb20KAAI5BACznwkAM1oBAIBaAQC10AEA4cUBAG9tCgBn9QEA0PEJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBABM3ggAmd4IAObeCABvbQoALEIAAHlCAACh5gIAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcA4ZcJAPZBBgBzhgAAdv4AAMP+AADhlwkAjc4LANrOCwAnzwsAdM8LAMHPCwAO0AsAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEACbXBgBxoAUAnqAAAH0WAgDKFgIAwIYAAO7/AQCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAbloDAMyeCQAZnwkAZp8JABQLCgAhkAcAM1oBAO5MAgBBqQsALsYBAH4jAADfQQAAnqAAACGQBwAzWgEAgFoBALXQAQDhxQEAINAJAKwbAAD5GwAARhwAAJMcAADgHAAALR0AAASmCQBwLwsAM1oBAOHFAQCBaQIAZM4HALHOBwAjYQkAUF8BAHGgBQAzWgEA7kwCAEGpCwD1FQAAQhYAAKkkAQAxIwAAtaIJAAKjCQBPowkAnKMJAH01CgDAhgAAJtMAADZsAgAbgwEAsKYHAP2mBwBKpwcAl6cHAOSnBwAxqAcAAAAAAA59AgBbfQIA9kMJAENECQCPFgAA6yMFADgkBQBHsAgAlLAIAOGwCAAuxgEAghQHAM8UBwAcFQcAcaAFAIL3AQDhxQEA4ZcJAC6YCQCC9wEA7v8BAHo4AgDfQQAAZ/UBAIL3AQBS5wgAn+cIAOznCAA56AgAhugIAAAAAACBaQIAzmkCANQlAgAAAAAAgvcBAKAPCQDtDwkAAAAAAKlBBgASBgcAXwYHAKwGBwD5BgcARgcHAPouBwBHLwcAlC8HAOEvBwCeoAAAfRYCAMoWAgDfQQAA9RUAAEIWAACpJAEAMSMAALWiCQACowkAT6MJAJyjCQB9NQoAwIYAACbTAAA2bAIAFu8BAKaACwA8DQAAKioHACpFCQCCFAcAU5AKAJgYAgDhxQEABKYJAPQKBQCBaQIAzmkCABtqAgBUgAMAqUEGAOHFAQDhlwkAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcAUucIAJ/nCACBaQIAM1oBAIL3AQD5UwcAnosHAHb+AABJSwYA9RUAAJvCAABxoAUAgvcBAH0WAgAUcQkAgFoBALXQAQDhxQEAV0UEAKRFBADxRQQAy0QLABhFCwBlRQsAskULAP9FCwBMRgsA4cUBAPp7BwCgDwkA7Q8JADoQCQCHEAkA1BAJACERCQAg0AkAntoKAAI5BACNswkApQUCALyfCAC10AEA4cUBAKYYCQCxTwkA/k8JAFLnCAAzWgEATKgEACxCAAB5QgAATvwKAOHFAQD2QwkAQ0QJAJBECQDdRAkA+nsHAKAPCQDtDwkA9RUAAHbMAgCAWgEAtdABAOHFAQBxoAUAgvcBAOHFAQB2/gAAFXoBABopAwA3LAAAEJkBABVhAgAxIwAAghQHALXQAQCjgQAAgvcBAO7/AQCC9wEA7v8BAAV7AAClBQIAvJ8IAOGXCQASBgcAXwYHAKwGBwD5BgcARgcHANRCBwDEkgkA+CcBAEUoAQCBaQIAM1oBAKlBBgBzhgAAcaAFAHGgBQDfQQAAiGYBAEGpCwDvDAAAnIQBAOHFAQDhlwkAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcA9kMJAENECQCQRAkA3UQJACpFCQB3RQkAxEUJABFGCQDhlwkAEgYHAF8GBwCsBgcA+QYHAEYHBwDUQgcAUucIAJ/nCACpQQYATQAAAB7/BwAzWgEAgFoBAGdEBQC0RAUAAUUFAE5FBQCbRQUA6EUFADVGBQCCRgUAz0YFABxHBQAzWgEABXsAAMqZBgDhxQEAb20KAJ6gAABNAAAAlYcCABMXCwDhxQEAWL4KAJeQCwBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQALt8AAAAAAAAAnAMAiAYLALWiCQCC9wEA30EAAEG+BACBaQIAZM4HAFCVBQCznwkA4cUBAPp7BwBHfAcAlHwHAOF8BwAufQcAe30HAOHFAQCmGAkASooCAFlhAwCmYQMA82EDAEBiAwCNYgMA2mIDACdjAwB0YwMAwWMDAA5kAwBbZAMAqGQDAPVkAwBCZQMAj2UDANxlAwBuWgMAZ0QFALREBQABRQUATkUFAJtFBQDoRQUANUYFAIJGBQDPRgUAHEcFABqPAgBnjwIAGt4FAFi+CgBzhgAAszMBAJvICQAaKQMAyTsCAEG+BACAWgEAtdABAOHFAQDhlwkAEgYHAHb+AADcTAQAM1oBAIL3AQDu/wEAOwACAPCiCwDvDAAArBsAABuDAQDfQQAAnqAAAE0AAACVhwIAAAAAAIhmAQDvDAAAlYcCAAAAAACjgQAA8IEAAHbMAgDZuQEAlYcCAAAAAABu2QEAiGYBAEGpCwBvbQoAZ/UBANDxCQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQATN4IAJneCADm3ggAb20KAJ6gAABNAAAAlYcCAAAAAACIZgEA7wwAAJWHAgAAAAAAINAJAJyEAQDphAEAlYcCAAAAAAD1FQAA9RUAAHOGAABnRAUA30EAAEG+BABxoAUAnosHAOHFAQD6ewcAR3wHAJR8BwDhfAcALn0HAHt9BwAAAAAA30EAAN9BAABNAAAAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAGgKDAAe/wcAa/8HALj/BwAu3wAAgA8EAO7RCQDvDAAAyTsCAFBlCgD6ewcAR3wHAAV7AABSewAAIZAHAOHFAQDhlwkA9kEGAG1RCwC6UQsAbtkBAAV7AADrhwEArBsAACDQCQCsGwAA+RsAAEYcAACTHAAA4BwAAC0dAAAEpgkApQUCAKOBAACIZgEAqUEGAOHFAQD2QwkAQ0QJAJBECQDdRAkAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAEzeCACZ3ggA5t4IAIL3AQDu/wEAOwACAPCiCwDvDAAArBsAAHOGAADAhgAAJtMAADZsAgBzhgAAwIYAACbTAAAK4QcAV+EHAI8WAAAAAAAAAAAAAAAAAAAOfQIAW30CAHiCAgCkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMAaUcFALZHBQADSAUAUEgFAJ1IBQDqSAUAAAAAAAAAAAAOfQIAW30CAHiCAgCkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAFUOAwCiDgMAaUcFALZHBQADSAUAUEgFAJ1IBQDqSAUAm8IAADNaAQCAWgEAc4YAAMCGAAAm0wAANmwCAAAAAAAAAAAAAAAAAAAAAAAAAAAA9RUAAHOGAADfQQAAFu8BAJpuCwDnbgsAFWECAIcMAwDUDAMAIQ0DAG4NAwBjQgsAsEILAP1CCwBKQwsAl0MLAORDCwAxRAsAfkQLAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMALt8AAHGgBQDvDAAA4cUBAFLnCADAhgAAJtMAADZsAgAAAAAAAAAAAAAAAAC8nwgAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAM41AQAbNgEAAAAAAAAAAAAAAAAAszMBAJvICQBxoAUAnosHAOHFAQD6ewcAR3wHAJR8BwDhfAcALn0HAAAAAABzhgAAwIYAAG7ZAQAzWgEAgFoBAJgYAgCNzgsA8IEAALXQAQDvDAAA+WgAAHi0AAAxIwAAbtkBAAV7AAB4tAAA4cUBAASmCQBu2QEAtdABAHlhCABQlQUAQakLACGQBwD1FQAAc4YAALMzAQCbyAkAAAAAAPUVAADhxQEA+nsHAEd8BwAhkAcAo4EAAO8MAAD5aAAA9xwGAO8MAACchAEAUF8BAHGgBQCeiwcAc4YAAPp7BwCQrAsAQgMKAIIUBwCjgQAA30EAAAV7AAClBQIAAAAAAHGgBQDhxQEA+nsHAEd8BwB6OAIAxzgCAO8MAAD5aAAA9xwGAPUVAABCFgAAlYcCAEDlBwCN5QcA2uUHACfmBwB05gcAweYHAA7nBwBb5wcAqOcHAPXnBwBC6AcAc4YAAGdEBQC0RAUAAUUFAE5FBQCbRQUA6EUFADVGBQCCRgUAz0YFABxHBQAuxgEAe8YBAMjGAQAVxwEAIYwBAEqKAgBZYQMApmEDAPNhAwBAYgMAjWIDANpiAwAnYwMAdGMDAMFjAwAOZAMAW2QDAKhkAwD1ZAMAQmUDAI9lAwDcZQMAJtcGABqPAgBnjwIAT28IAJxvCADpbwgANnAIAINwCADQcAgALsYBAIIUBwDPFAcAHBUHAHGgBQCC9wEA4cUBAOGXCQAumAkAgvcBAO7/AQB6OAIA30EAAGf1AQCC9wEAc9cGAMDXBgAN2AYAWtgGAKfYBgD02AYAQdkGAI7ZBgDb2QYAKNoGAHXaBgDC2gYAD9sGAFzbBgCp2wYA9tsGAEPcBgC38AYAz/cBAKUFAgBBvgQAcaAFAJ6LBwCKAwIAypkGAEGpCwDAhgAAJtMAADZsAgBxoAUAcaAFAIhmAQDhxQEAb20KAEG+BACOvgQA274EAKlBBgDhxQEAcaAFAESeBwDfQQAA4cUBAJvCAAAhkAcAM1oBAO5MAgBBqQsAm8IAAPXjAQAzWgEATKgEAEG+BACAWgEAtdABAOHFAQAuxgEAtaIJAIL3AQDhxQEABKYJAPILCwA/DAsAcaAFAL6gBQALoQUAWKEFAOHFAQBXRQQApEUEAPFFBAA+RgQAi0YEANhGBAAlRwQAckcEAAgOAwCmGAkAsU8JAP5PCQD2QwkAQ0QJAJBECQDdRAkABKYJAIFpAgDOaQIAM1oBAO5MAgAFewAAbtkBAIhmAQBBqQsAj+QBANzkAQD6ewcAR3wHAAAAAACjgQAAc4YAAO8MAADJOwIA4cUBAG9tCgBBvgQAjr4EANu+BACpQQYA4cUBAHGgBQBEngcA30EAAOHFAQAEpgkAMSMAAN9BAAC8nwgAGHcJAPUVAABzhgAAszMBAJWHAgD/jAIAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAEjoIAASmCQBSewAAAAAAAKOBAAAzWgEAgvcBAJCsCwCAWgEAtdABAOHFAQAEpgkA9AoFAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEACVHBAByRwQACA4DAEGpCwDAhgAAJtMAADZsAgAXBAwAQb4EAI6+BADbvgQAKL8EAHW/BADCvwQAbioIALsqCAAIKwgAVSsIAKIrCADvKwgAPCwIAIksCADWLAgAIy0IAHAtCAAu3wAAm8IAAPXjAQAzWgEATKgEAOnRAQCC9wEA7v8BAAV7AAClBQIAvJ8IAFJ7AAAAAAAAo4EAADNaAQCC9wEA7v8BAHKSAQCpQQYAbtkBAJ6gAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAcaAFAG7ZAQDfQQAABXsAADNaAQCAWgEA4cUBAHKSAQCpQQYAbtkBAJ6gAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMA4cUBAFLnCAARFAsAADQBAE00AQAL1wkAWNcJAKXXCQDy1wkAP9gJAJvCAAAhkAcASHIJAPUVAADhxQEAb20KAAI5BACznwkAM1oBAIBaAQC10AEA4cUBAG9tCgBn9QEA0PEJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEAO8MAADhxQEAV0UEAKRFBAA/PgkAjD4JANk+CQAmPwkAcz8JAMA/CQANQAkAWkAJAKdACQD0QAkABKYJAFJ7AAAAAAAAo4EAADNaAQCC9wEA7v8BAIJfBADhxQEALsYBAIL3AQD5UwcAdv4AAOHFAQBvbQoALEIAAHlCAACjgQAA8IEAADA1CgB9NQoAwIYAAIhmAQCznwkAM1oBAIBaAQC10AEA4cUBAOGXCQD2QQYAbVELALpRCwBu2QEABXsAAOuHAQCsGwAABKYJAFJ7AAAAAAAAo4EAADNaAQCC9wEA7v8BAASmCQD0CgUA+nsHAEd8BwDvDAAAPA0AAESeBwCC9wEAnqAAAHOGAAAuxgEAgvcBAPlTBwB2/gAA4cUBAKYYCQBMqAQA7wwAAOHFAQDEkgkA+CcBAJCsCwCEewMA3EwEANQlAgCznwkA4cUBAC7GAQB7xgEAUnsAAKFpBwBn9QEAgvcBALOfCQDhxQEAcaAFAIL3AQDhxQEAINAJADwNAABEngcAgvcBAJ6gAABzhgAA30EAAAV7AAD3HAYAqUEGAIL3AQCQrAsAgFoBADEjAAC1ogkA4cUBAFLnCACf5wgA7OcIAKkkAQAxIwAAtaIJAAKjCQBPowkAnKMJAAV7AAAzWgEAEOYBAAV7AABbTwoA05sIACCcCACAWgEA5eoJAAI5BACNswkAuSMCAO8MAACIZgEABXsAAKUFAgC8nwgAZJwJAO7RCQDvDAAAyTsCAOHFAQD2QwkAigMCANcDAgAkBAIAjxYAAOsjBQA4JAUAR7AIAJSwCADhsAgALrEIAHuxCADIsQgArBsAAPkbAABGHAAAkxwAAOAcAAAtHQAAdv4AABV6AQAaKQMAbtkBAOchCwAhkAcABXsAAIFpAgAzWgEAgFoBALxtCgAJoAgAVqAIAKOgCADwoAgAPaEIAIqhCADXoQgAJKIIAHGiCAC+oggAC6MIAFijCAClowgALpgJAGliBwC2YgcAA2MHAKOBAACpQQYA+nsHAEd8BwAFewAA9xwGAOHFAQCjgQAAqUEGAAAAAABxoAUA4cUBAG9tCgBBvgQAjr4EANu+BAAovwQAdb8EACGQBwBNAAAAEOYBAPUVAABzhgAA30EAAJvCAABxoAUAgvcBAH0WAgAQ5gEAtdABAHlhCADGYQgAE2IIAGBiCACtYggA+mIIAO7/AQDvDAAAnIQBAKwbAADvDAAAlYcCALXQAQB5YQgAxmEIABNiCABgYggArWIIAPpiCABHYwgAlGMIAOFjCAAuZAgAe2QIAC7GAQC1ogkAgvcBAHGgBQCC9wEA4cUBACDQCQCsGwAA+RsAAEYcAAAzWgEAnqAAAHOGAAD2QwkAQ0QJAJBECQDdRAkAfRYCAOMZCABCFgAAm8IAACGQBwDu0QkA7wwAAMk7AgC8nwgAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAIUkBQDSJAUAHyUFAGwlBQC5JQUABiYFAASmCQD3HAYAqUEGAIL3AQDu/wEA7wwAAJyEAQDhxQEALsYBALWiCQACowkAT6MJAAV7AAAzWgEAc4YAAMCGAAAm0wAANmwCABuDAQCwpgcA/aYHAEqnBwCXpwcA5KcHADGoBwBzhgAAdv4AAE0AAAAe/wcAgvcBAM/3AQDUJQIAs58JAOHFAQAuxgEAe8YBAMjGAQBSgQkAn4EJAKYYCQDzGAkAQBkJAPZDCQCKAwIA1wMCACQEAgD6ewcAR3wHAO8MAAA8DQAAiGYBAKOBAADfQQAAQb4EAHGgBQCpQQYAc4YAAPUVAACKAwIA1wMCACQEAgD2QwkAQ0QJAIL3AQDhxQEAINAJAKwbAAD5GwAARhwAAPUVAACKAwIA1wMCACQEAgDEkgkA+CcBAEUoAQCBaQIAM1oBAKlBBgBzhgAAnqAAACGQBwDhxQEAZJwJAO7RCQDvDAAAyTsCAOHFAQCmGAkAsU8JAP5PCQB9FgIA4xkIAEIWAACbwgAAcaAFAMmnCgCjgQAATQAAAOHFAQAuxgEAe8YBAMjGAQBSgQkAn4EJABXHAQB2zAIAcaAFABbvAQCabgsAIZAHAAV7AADyCwsA9RUAAHOGAABQlQUA7wwAABbvAQAIegsAVXoLAIL3AQDu/wEA7wwAADwNAACIZgEAgWkCAGTOBwCpQQYA9kEGAPccBgCpQQYAgvcBAO7/AQDvDAAAnIQBAKwbAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAlYcCABqPAgCKAwIA1wMCACQEAgBjjQgAsI0IAP2NCABKjggAl44IAOSOCAAxjwgAfo8IAMuPCAAYkAgAZZAIALKQCAD/kAgATJEIAJmRCADmkQgAM5IIAICSCADhxQEALt8AAAapCQA8DQAAKioHAHcqBwDEKgcAESsHACzHBwDBzQgADs4IAFvOCAAYdwkAJtMAADZsAgBS5wgA7wwAAMk7AgAWPAIAbtkBAIhmAQBUgAMAGikDAArdAQDhxQEABKYJAPQKBQD2QwkAc4YAAJvCAADhxQEAV0UEAKRFBADxRQQAPkYEAItGBADYRgQAJUcEAHJHBAAIDgMAlYcCABuDAQCwpgcA/aYHAEqnBwCXpwcA5KcHADGoBwB+qAcAy6gHAByvBwAAAAAAAAAAAAAAAABttQcAurUHAAe2BwBUtgcAobYHAO62BwA7twcAiLcHAAAAAAAAAAAA1bcHACK4BwBvuAcAgngDAAZzBQBTcwUALsYBALWiCQACowkAT6MJAJWHAgBuWgMAu1oDAGkyDAC2MgwAAzMMAFAzDAAFewAAbtkBAIhmAQBBqQsALsYBAIIUBwDPFAcAHBUHAPZDCQBDRAkAkEQJAN1ECQAqRQkAd0UJAMRFCQARRgkAc4YAAPUVAABCFgAAc4YAAPUVAAD1FQAAQhYAAHOGAAD1FQAA30EAAJWHAgAajwIAZ48CAE9vCACcbwgA6W8IADZwCACDcAgA0HAIAC7GAQCCFAcAzxQHABwVBwBxoAUAgvcBAOHFAQDhlwkALpgJAIL3AQDu/wEAejgCAN9BAABn9QEAgvcBALOfCQDhxQEAWL4KAJWHAgCpQQYAjc4LAIhmAQBBqQsA9RUAAEIWAACpJAEAMSMAALWiCQACowkAT6MJAJyjCQB9NQoAwIYAACbTAAA2bAIAGo8CAGePAgBPbwgAdv4AAMP+AADA8ggADfMIAFrzCACn8wgA9kMJAIoDAgDXAwIAJAQCAKlBBgAajwIAZ48CAE9vCAB2/gAAw/4AAMDyCAAN8wgAWvMIAKfzCAD2QwkAigMCANcDAgAkBAIAqUEGAHb+AADD/gAAwPIIAA3zCABa8wgAp/MIAMSSCQARkwkAUnsAAH0WAgAPWgUAW08KAHlhCACIZgEA1WYBAN/2AgAs9wIA4cUBAKOBAACC9wEAiGYBAPp7BwBHfAcA7wwAADwNAACIZgEAgWkCAGTOBwCmGAkAhHsDANF7AwAefAMAa3wDALh8AwDhxQEAUucIAJ/nCADfQQAAAjkEALOfCQDhxQEALsYBALWiCQCC9wEA4cUBAMSSCQARkwkAUnsAAH0WAgAPWgUAW08KAHlhCACjgQAA8IEAAN9BAABBvgQAjr4EANu+BABzhgAAwIYAACbTAAA2bAIAiGYBANVmAQDf9gIALPcCAOHFAQAg0AkAbdAJAJ6gAAAhkAcA4cUBAC7GAQCCFAcAzxQHABwVBwBYvgoApb4KALXQAQB5YQgAdv4AAOHFAQAzWgEAgFoBAOHFAQAEpgkA8gsLALOfCQDhxQEAcaAFADEjAADhxQEAb20KACxCAAB5QgAAxkIAADwNAABEngcAgvcBAJ6gAABzhgAAiGYBANVmAQCeoAAAbnMCAF5GCQCrRgkAs58JAOHFAQCmGAkA8xgJAKHsCwDu7AsAO+0LAIjtCwDV7QsAQakLAKlBBgDhxQEAtdABAHlhCAB2/gAAb20KACxCAAB5QgAAtdABAHlhCAB2/gAA7wwAAOHFAQAEpgkAgWkCAM5pAgAzWgEA7kwCAAV7AABu2QEAiGYBAOGXCQCC9wEAkKwLAIFpAgBkzgcAsc4HAOHFAQAuxgEAtaIJAAKjCQBPowkAnKMJAC7GAQC1ogkAgvcBAOHFAQBykgEAqUEGAG7ZAQCeoAAA9RUAAEIWAACpJAEAMSMAALWiCQACowkAT6MJAJyjCQB9NQoAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAJ6gAADroAAA2i4CACcvAgB0LwIAqUEGAHOGAAAxIwAAMSMAALWiCQACowkAT6MJAJyjCQB9NQoAwIYAACbTAAA2bAIAUaYJAN9BAABBvgQAQgMKADqLAQBSewAAoWkHAKOBAACC9wEAb20KAGf1AQDQ8QkALsYBAIIUBwBTkAoAmBgCAJUhAwDiIQMALyIDAHwiAwDJIgMAFiMDAGMjAwCwIwMAbtkBAOchCwD6ewcAR3wHAO8MAAA8DQAAiGYBAIFpAgBkzgcAqUEGAJWHAgD1FQAAQhYAAKkkAQCJ2wEAM98IAIDfCADN3wgAGuAIAMqZBgAXmgYAZJoGAG9tCgBn9QEA0PEJAKOBAADwgQAAMDUKAH01CgDKNQoAFzYKAGQ2CgCxNgoA/jYKAEs3CgAuxgEA8KILAPCBAADwhwkA30EAAEG+BABxoAUAnosHAN9BAAC8nwgA9RUAAO8MAABQXwEAcaAFAJ6LBwAaKQMAZykDAPp7BwBHfAcAAAAAAKOBAAAzWgEAgvcBAO7/AQDhlwkAgvcBAJCsCwCBaQIAZM4HAOHFAQAu3wAA6dEBADbSAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DAJWHAgD6ewcAR3wHAAAAAACjgQAAM1oBAIL3AQDu/wEAgl8EAOHFAQB2/gAAw/4AAMDyCAAN8wgAWvMIAKfzCADEkgkA+CcBAEUoAQCBaQIAM1oBAKlBBgBzhgAA7wwAAOHFAQDEkgkAEZMJAFJ7AAB9FgIAD1oFAFtPCgB5YQgA7wwAAE0AAABq8AYAZ0QFADEjAAA6iwEAh4sBANSLAQBYvgoA7wwAAMk7AgC8nwgACaAIAElLBgCzMwEAm8gJAJWHAgC10AEAdv4AAElLBgD1FQAA30EAAAV7AAClBQIAQb4EAHGgBQCeiwcA4cUBAC7GAQB7xgEAeLQAAIhmAQDvDAAArBsAAEBmCQDTmwgAbtkBAN42BQClBQIABXsAAMqZBgDhxQEAUucIAMCGAAAm0wAANmwCAMqZBgCVhwIAfRYCABRxCQBhcQkArnEJAPtxCQAzWgEA7kwCADtNAgCITQIAc4YAAAV7AABwLwsA4cUBAHGgBQBEngcA30EAAOHFAQBxoAUAMSMAAOHFAQB2/gAASUsGAJZLBgDD/gAAgvcBAMCGAAB2/gAAFXoBAGJ6AQCKAwIAjbEGALyfCACpQQYA4cUBAG7ZAQCznwkA4cUBAASmCQDyCwsAQhYAAKkkAQAsQgAAeUIAAE78CgDhxQEAxJIJAPgnAQBFKAEA5sUJADPGCQCAxgkAtdABAALRAQBxoAUAyacKAFKBCQCfgQkA7wwAACNhCQCKOwkA1zsJAOHFAQAuxgEAe8YBAJFsCQDebAkAK20JAHhtCQDFbQkAEm4JAF9uCQCsbgkAxJIJABGTCQDUJQIAI2EJAKwbAABS5wgAwIYAACbTAAA2bAIAnqAAAG5zAgAssAsAtdABACGQBwBukAcAphgJAPMYCQBAGQkAriQJAPskCQCC9wEA7v8BAAV7AAD3HAYA4cUBAAAAAADAjAkA4cUBACGQBwAFewAA8gsLAKlBBgCIZgEAQakLAKlBBgBS5wgAERQLAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBABbvAQCVhwIATQAAAJoAAACSqQIA36kCACyqAgDH0gIAFNMCAGHTAgCu0wIA+9MCAASmCQClBQIABKYJAKUFAgAAAAAA+pYJAOHFAQCpQQYAHGIHAFilCwClpQsA8qULAD+mCwCVhwIAbtkBALOfCQDfQQAAvJ8IAEqKAgAhkAcABXsAANQlAgAhkAcABXsAAOuHAQDhxQEALsYBAHvGAQDIxgEAFccBAMCGAAAm0wAANmwCAAAAAAD1FQAA30EAAAV7AADZuQEA4cUBAFLnCADAhgAAJtMAADZsAgBxoAUARJ4HAPCBAAAwNQoA4ZcJAHOGAADfQQAAvJ8IAGdEBQDfQQAAvJ8IAAV7AADUJQIA7v8BAOGXCQBzhgAA30EAALyfCABnRAUA30EAALyfCADvDAAAUF8BAJ1fAQDqXwEAN2ABAPluCQBGbwkA4cUBAG7ZAQCznwkA4cUBACDQCQBQXwEAnV8BAOpfAQA3YAEATQAAAPgnAQBFKAEAdv4AABV6AQAaKQMArBsAAPkbAADu/wEAcpIBAAttBABnRAUA30EAAEG+BABxoAUAdv4AANxMBAAzWgEAgFoBAM/3AQBSewAAc4YAAG7ZAQAFewAAUnsAAH0WAgDhxQEALt8AAHb+AADD/gAA7wwAAMk7AgDhxQEA+nsHAEd8BwB6OAIAu/gJAPUVAADfQQAA4cUBAFdFBABucwIAXkYJAKtGCQD4RgkAiGYBAAV7AADrhwEAyTsCAACcAwDEkgkA+CcBAEUoAQDmxQkAM8YJAIDGCQDNxgkA4cUBAFdFBACkRQQAVeAKAKLgCgDv4AoAPOEKAInhCgDW4QoA4cUBAJvCAAAzWgEATKgEACxCAADhxQEAUucIABEUCwCbyAkA6MgJAJmoBABXRQQApEUEADAcCwCeoAAAc4YAAO8MAACchAEAFu8BAJZoCwDjaAsAm8gJAOjICQAzWgEATKgEALyfCACpQQYA4cUBAJvCAAAzWgEATKgEACxCAADhxQEAV0UEAKRFBAAwHAsAfRwLAKOBAABu2QEA30EAALyfCACO2wkA29sJAJNWCgAxIwAAOosBAIeLAQDUiwEA7wwAANHMCQAezQkAa80JALjNCQAFzgkAcaAFAHGgBQDJpwoAb20KAEG+BACOvgQA274EAKlBBgDhxQEAcaAFAESeBwDfQQAA4cUBAKYYCQDzGAkAcaAFADEjAABzhgAAqUEGAHOGAACpQQYA4cUBAG9tCgBBvgQAjr4EANu+BAAovwQAdb8EAMK/BAASOggAcdYJAL7WCQDvDAAAyTsCAG9tCgBBvgQAjr4EANu+BACpQQYA4cUBAHGgBQBEngcA30EAAOHFAQCmGAkA8xgJAP+MAgDUdggACW4KACjcCQB13AkAwtwJAA/dCQBc3QkAqd0JAPbdCQBD3gkAkN4JAN3eCQBk6QkAsekJAP7pCQBL6gkA/4wCAEG+BACOvgQA274EACi/BAB1vwQAwr8EABI6CACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEABKYJADEjAADfQQAAvJ8IABh3CQBvbQoAZ/UBANDxCQBu2QEA5yELAASmCQDyCwsAPwwLAKYYCQDzGAkAoewLAO7sCwA77QsA8gsLAJ6gAABzhgAAcaAFADEjAADhxQEAUucIAMCGAAAm0wAANmwCAOHFAQD2QwkAQ0QJAJBECQDdRAkA1tsBABEUCwCbyAkAGikDAFLnCAARFAsAm8gJABopAwD2QwkAQ0QJAI8WAABS5wgAwIYAACbTAAA2bAIAwIYAACbTAAA2bAIAc4YAADNaAQCBaQIAZM4HAOHFAQCjgQAA8IEAABilAQBlpQEAsqUBAP+lAQBMpgEAmaYBAOamAQAzpwEA1PcJACH4CQBu+AkA4cUBAKOBAADwgQAAm8IAAPXjAQBC5AEAvJ8IAKlBBgDhxQEAUucIABEUCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQAxIwAAfiMAAMCGAAAm0wAANmwCALXQAQAC0QEAqUEGAOHFAQD2QwkAQ0QJAJBECQDdRAkA1tsBABEUCwBixwEAr8cBAPzHAQBJyAEA4cUBACDQCQBt0AkAnqAAAJ6gAABzhgAA7wwAAJvCAAD14wEA64cBAOHFAQD2QwkAQ0QJAJBECQDdRAkA1tsBABEUCwBixwEAr8cBAPzHAQBJyAEAlsgBABEUCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQB2zAIAAAAAAPUVAAB2zAIAw8wCAG9tCgBn9QEA0PEJAFdFBACkRQQA8UUEAD5GBACLRgQA2EYEAOGXCQAumAkAaWIHAHGgBQC+oAUAC6EFAMSSCQAzWgEAgFoBACDQCQCe2goA69oKANQlAgD6ewcAR3wHAAV7AABSewAAbdAJAJ6gAACeoAAAc4YAAHOGAABu2QEA5yELAASmCQBu2QEAiGYBAPp7BwBHfAcABXsAAPccBgDhxQEAxJIJAPgnAQBFKAEAzogKABuJCgBoiQoAtYkKAAKKCgBxoAUAMSMAAOHFAQCjgQAA8IEAADA1CgB9NQoAyjUKABc2CgBkNgoAsTYKAPZDCQCOvAEAQwwCAEG+BABzhgAA7wwAAOHFAQBxoAUAMSMAAOHFAQCjgQAA8IEAADA1CgB9NQoAyjUKABc2CgBkNgoAsTYKAPZDCQCOvAEAQwwCAPUVAABCFgAAGt4FAHOGAADfQQAA0/0BACD+AQBt/gEAcPUAAOHFAQBxoAUAbtkBAHKSAQALbQQAZ0QFAN9BAADhxQEAZJwJALGcCQD+nAkAS50JAPZDCQBDRAkAjxYAAASmCQClBQIA8gUCAD8GAgCMBgIA2QYCACYHAgBzBwIAqUEGAHOGAAAxIwAAghQHAFOQCgBzhgAAqUEGAOHFAQB2/gAASUsGAN9BAAAsQgAA7tEJAKlBBgDhxQEAQakLAKlBBgDhxQEA1QIFAHGgBQC+oAUA30EAAEG+BABxoAUAnosHAJWHAgCjgQAA8IEAAJvCAADowgAAz/cBAHAvCwAu3wAAC7gBANUCBQAiAwUAcaAFAJ6LBwDhxQEABKYJAPQKBQDVAgUA9RUAAEIWAAAa3gUAc4YAANUCBQAiAwUAgWkCAM5pAgAbagIAaGoCAKYYCQDzGAkAzVoBAHGgBQDJpwoAyhYCAJvCAAAzWgEATKgEACxCAAACOQQAoA8JAN9BAAAsQgAAs58JAI/kAQDc5AEAKeUBAHblAQDD5QEALsYBAHvGAQDKmQYA7wwAAPZDCQB2zAIABKYJAD0JCwCKCQsA1wkLACQKCwBxCgsAgFoBALXQAQCVhwIAtdABALXQAQCC9wEA7v8BALXQAQDTmwgApQUCALyfCABzhgAAwIYAACbTAAA2bAIATQAAAKiBCAD1gQgA30EAALxtCgAJbgoA+HoKAEV7CgAr7goAeO4KAMXuCgAS7woA7wwAAOHFAQAuxgEAe8YBAMjGAQAVxwEA+nsHAEd8BwDvDAAA0cwJAIhmAQDfQQAA4cUBACDQCQBt0AkAK+4KAHjuCgDF7goAEu8KACDQCQCsGwAA6mUKADdmCgCEZgoA4cUBAHGgBQBvbQoAvG0KACBqCgBtagoAumoKAAdrCgBUawoAoWsKAOHFAQBxoAUAiGYBAIhmAQBBqQsAZ0QFAN9BAABBvgQAgFoBAOcAAACu8goA7wwAAOHFAQBQZQoAnWUKAAAAAABQZQoA30EAAKOBAABNAAAAnqAAAOugAADaLgIAJy8CAHQvAgB2/gAAw/4AAMDyCAAN8wgAWvMIAKfzCAAFewAA1CUCAKlBBgASBgcAm8IAAPUVAACeoAAA66AAANouAgAnLwIAdC8CAN9BAAC8nwgAjtsJAEYJCgCTCQoA4AkKAC0KCgB6CgoAxwoKAKwbAADvDAAAAAAAAAAAAAAAAAAAV0UEAKRFBADxRQQAc3MKAMBzCgANdAoA7wwAADwNAACIZgEAQakLABbvAQCIZgEA1WYBAKthCwCAWgEAMSMAAJvCAAD14wEA1CUCAJZoCwDAhgAAJtMAADZsAgCpQQYAc4YAAG7ZAQC72QEAmfMBAAI5BACNswkA2rMJACDQCQBt0AkAM1oBAEyoBAC8nwgAjtsJAJWHAgBvbQoAvG0KAAluCgD4egoARXsKAJJ7CgDfewoALHwKAC7GAQB7xgEAyMYBABXHAQBPnwMAnJ8DAOmfAwBNBgkAoA8JADMqBgASBgcARJ4HAN9BAADhxQEAAAAAAHOGAADAhgAAJtMAAHPTAAAAAAAAAAAAAAAAAADMhQoALsYBAIIUBwDPFAcAHBUHAN9BAAC8nwgAjtsJANvbCQC+oAUAC6EFAIL7BwDfQQAA0/0BAHGgBQCeiwcA4cUBACDQCQCsGwAA6mUKADdmCgCEZgoAEOYBAAV7AADKmQYAF5oGAGSaBgBXRQQAbnMCAF5GCQCrRgkAbtkBAAV7AABSewAAgFoBAHbMAgAaKQMACt0BAEhyCQCpQQYA4cUBAKYYCQDzGAkAAAAAAAAAAAAAAAAAbtkBAOchCwAxIwAAtaIJAIL3AQDu/wEABKYJAMqZBgAXmgYAbAgAALkIAABknAkA7tEJADvSCQAFewAAMSMAAN9BAAC8nwgAGHcJAOHFAQAEpgkAypkGABeaBgBsCAAAuQgAAGScCQDu0QkAO9IJAFLnCAAFewAAUnsAACGQBwBsCAAAuQgAAGScCQDu0QkAO9IJAFLnCAAFewAAUnsAACGQBwBsCAAAuQgAAGScCQDu0QkAO9IJAFSAAwCAWgEAUF8BAIBaAQBq8AYAKBALAHUQCwDCEAsADxELAAAAAAAuxgEAe8YBAMjGAQDFoQoAEqIKAOHFAQBvbQoAvG0KAAluCgCTVgoAfRYCAAAAAADhxQEAb20KALxtCgAJbgoAk1YKACDQCQBt0AkAM1oBAEyoBAC8nwgAjtsJAMSSCQARkwkAgmMKAC7GAQB7xgEAyMYBAFdFBABucwIAu3MCAJ6gAABzhgAAUJUFAIhmAQBBqQsAqUEGANTeCgAh3woAbt8KALvfCgAI4AoAZ/UBAKlBBgASBgcA4ZcJAI3OCwDazgsAz/cBAKUFAgBBvgQAcaAFAJ6LBwAQ5gEAdv4AAO8MAAAAAAAA4cUBAG9tCgC8bQoACW4KAJNWCgDEkgkAEZMJAIJjCgAuxgEAe8YBAMjGAQAg0AkAbdAJADNaAQBMqAQAvJ8IAI7bCQAW7wEA4cUBAPp7BwCgDwkAV0UEAKRFBADxRQQA9kMJAIoDAgDXAwIAAAAAAFi+CgClvgoAl5ALAC7GAQB7xgEAyMYBAPNlCQDEkgkAEZMJAIJjCgCVhwIAtJULANTeCgAh3woAbt8KAJWHAgBS5wgAUJUFAJ2VBQBwLwsATU8DAKwbAACpQQYAlYcCADNaAQCAWgEAMSMAALWiCQA2bAIADn0CAFt9AgBvbQoAvG0KAAluCgCTVgoA4FYKAPp7BwCgDwkA7Q8JAC7GAQB7xgEAyMYBAFKBCQCfgQkAuIAJAFLnCADAhgAAJtMAADZsAgAFgQkAFccBAE+fAwCcnwMA6Z8DAKjOCAARFAsAaTIMALYyDAADMwwAUDMMAMSSCQCIZgEAQakLAAV7AADrhwEArBsAAPp7BwBHfAcAlHwHAIgAAgBYvgoAY6IBALCiAQAbgwEAIZAHAEhyCQBQlQUA9eMBANQlAgD1FQAAdswCAIBaAQC10AEADn0CAFt9AgBvbQoAvG0KAAluCgCTVgoA4FYKAPp7BwCgDwkA7Q8JAMk7AgAWPAIA8gsLAKlBBgD2QQYA1CUCAKlBBgAQ5gEAcaAFAESeBwBzhgAAwIYAACbTAAA2bAIASPMKAJXzCgDi8woAL/QKAHz0CgBdmQEAqpkBAIhmAQBBqQsA30EAALyfCABvbQoABXsAAOuHAQBI8woAM1oBAO5MAgCpQQYA4cUBAC7GAQB7xgEAyMYBABXHAQAg0AkAbdAJAJ6gAACeoAAAc4YAAO8MAACchAEAMSMAAPCiCwAwggoAfYIKAMqCCgAXgwoAZIMKAFi+CgClvgoA8r4KAJ7aCgB06AoAwegKAA7pCgBb6QoA/oMKAEuECgCYhAoA4cUBAOHFAQCVhwIAdv4AAHb+AADcTAQA1CUCALOfCQDhxQEA2bkBACa6AQBzugEAwLoBAA27AQBauwEA9RUAAHOGAADfQQAAhYgBAKlBBgB9FgIAFHEJAE0AAABNAAAAavAGAKlBBgDfQQAABXsAAMqZBgDhxQEAb20KALxtCgAJbgoAk1YKAKAPCQDtDwkA4cUBAC7GAQB7xgEAyMYBABXHAQAg0AkAbdAJAJ6gAACeoAAAc4YAAO8MAACchAEAMSMAAPCiCwDAhgAA7v8BAJvCAAD14wEA64cBAHOGAADAhgAA7v8BAG9tCgC8bQoACW4KAJ6gAAAQmQEAXZkBAKqZAQCIZgEAQakLAN9BAAC8nwgAb20KALxtCgAJbgoABKYJAD0JCwCKCQsA1wkLACQKCwBxCgsAvgoLAAsLCwBYCwsAlYcCAAAAAAAAAAAALsYBAHvGAQDIxgEAUoEJAJ+BCQBS5wgAwIYAACbTAAA2bAIA64cBADiIAQCFiAEA0ogBAB+JAQBsiQEAuYkBAO8MAACP5AEA9RUAAOHFAQBS5wgAwIYAACbTAAA2bAIAq/cFAPj3BQBF+AUAkvgFAN/4BQAs+QUAefkFAMb5BQD1FQAAqUEGABxiBwCAWgEAtdABAJWHAgBS5wgAERQLAF4UCwCrFAsA+BQLAEUVCwDvDAAAszMBAAV7AADBMQUATQAAAIhmAQBu2QEAcaAFAIL3AQB9FgIAyhYCAC7fAABXYgkApGIJAPFiCQCKOwkA1zsJALiACQBzhgAAwIYAACbTAAA2bAIABYEJAN9BAADT/QEAIP4BAG3+AQAOTwoAqUEGAHOGAAAOTwoAcPUAAHOGAADAhgAAJtMAABDmAQBd5gEAquYBAPfmAQBE5wEAEOYBADEjAAA6iwEAh4sBAIo7CQDXOwkAj+QBAHOGAAAFewAA8gsLAJ6gAACC9wEA7v8BAAV7AAClBQIAQb4EAHGgBQCeiwcAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQD5aAAApQUCAEG+BAAaKQMAMSMAAIIUBwBzhgAAqUEGAKlBBgBzhgAATQAAAGrwBgAoEAsAdRALAHOGAAD1FQAAnqAAALOfCQBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAE0AAABNAAAAiGYBAFSAAwCeoAAAbnMCAKUFAgBBvgQAcaAFAJ6LBwCeoAAAEJkBABVhAgDLRAsAvJ8IALMzAQCWTQkA400JALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQD1FQAAQhYAABreBQDfQQAAAjkEAI2zCQC5IwIA7wwAAFBfAQBzhgAA9RUAAN9BAACeoAAAEJkBABVhAgCHDAMA1AwDACENAwBuDQMAuw0DAAgOAwBVDgMAFckEAGLJBACvyQQA/MkEAEnKBACWygQA48oEADDLBABzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBALyfCACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA30EAAAV7AAAzWgEAgFoBAHOGAADAhgAAiGYBAAV7AAB4tAAA8IEAAPCHCQAhkAcASHIJALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQBUgAMAgFoBAHbMAgBMqAQAQb4EAAV7AADKmQYAVIADALMaAgAFewAApQUCAEG+BABxoAUAnosHAHOGAACzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEApQUCAAV7AAAFewAAUnsAAJ97AADsewAAOXwAAIZ8AACC9wEA7v8BAO8MAAA8DQAARJ4HAIL3AQCeoAAAc4YAADEjAAA6iwEAh4sBAIo7CQDXOwkAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQC10AEAeWEIAMZhCABykgEAqUEGAG7ZAQCeoAAAnqAAABCZAQAVYQIAhwwDANQMAwAhDQMAbg0DALsNAwAIDgMAVQ4DABXJBABiyQQAr8kEAPzJBABJygQAlsoEAOPKBAAwywQAM1oBAO5MAgA7TQIAiE0CANVNAgAiTgIAb04CAO8MAADJOwIAFjwCAKUFAgC8nwgAc4YAALMzAQAANAEATTQBAJo0AQDnNAEANDUBAIE1AQDONQEAxpUJABOWCQBzhgAAszMBAGkyDAC2MgwAAzMMAFAzDACdMwwA6jMMADc0DABzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAM41AQDGlQkAE5YJAJ6gAAAQmQEAXZkBAKqZAQCIZgEAQakLAN9BAABBvgQAcaAFAJ6LBwBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAM41AQDGlQkAE5YJAEG+BACOvgQA274EACi/BAB1vwQAwr8EAA/ABABJ5wkAlucJAOPnCQAw6AkAfegJAMroCQAX6QkAzjUBAMaVCQATlgkAo4EAAPCBAADwhwkAIZAHAEhyCQBnRAUAfRYCAMoWAgCpQQYAHGIHAHGgBQBzhgAAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAM41AQDGlQkAE5YJAO8MAAC6MgMABzMDAEGpCwCzMwEAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAzjUBAMaVCQATlgkATU8DAJpPAwDnTwMANFADAIFQAwDOUAMAG1EDAGhRAwC1UQMAAlIDAE9SAwDONQEAxpUJABOWCQAxIwAAiGYBALOfCQCbwgAA9eMBALOfCQDvDAAAujIDAAczAwBBqQsAszMBAAA0AQBNNAEAmjQBAOc0AQA0NQEAgTUBAM41AQDGlQkAE5YJAIVWAwDSVgMAH1cDAGxXAwCVhwIA4cUBAFLnCAARFAsAYscBAK/HAQD8xwEAScgBAJbIAQAAAAAA4cUBAPp7BwBHfAcAejgCALv4CQAI+QkAVfkJAKL5CQAg0AkA9RUAAIoDAgBwLwsATU8DAArdAQBX3QEAINAJAPUVAACKAwIAcC8LAE1PAwAK3QEAV90BAFLnCAARFAsAYscBAK/HAQD8xwEAScgBAJbIAQBYvgoAl5ALAASmCQBSewAAoWkHAKOBAAAFewAABKYJAFJ7AAChaQcAo4EAAAV7AADKmQYA4cUBAFi+CgCXkAsA5JALADGRCwB+kQsAy5ELABiSCwBlkgsAspILAKOBAACIZgEAiGYBAOHFAQDhlwkALpgJAHuYCQDImAkAQgMKADEjAAB+IwAAwIYAAJCsCwCAWgEAtdABAOHFAQCmGAkATKgEALyfCAAJoAgA7wwAAHOGAAAxIwAA30EAAOHFAQBXRQQApEUEAPFFBADLRAsAGEULAGVFCwCyRQsAM1oBALXQAQAhkAcAbpAHAOHFAQBXRQQApEUEAPFFBADLRAsAGEULAGVFCwCyRQsAeLQAAO8MAACsGwAAqUEGAOHFAQBu2QEAs58JAJWHAgBjogEA5JALAJ/nCACpQQYA4cUBAHGgBQAxIwAA4cUBAKYYCQDzGAkA9RUAAHOGAADAhgAA4cUBAFLnCAARFAsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAzjUBACDQCQCe2goA69oKAGM8AgCwPAIA4cUBAG9tCgACOQQAjbMJANqzCQAntAkAWL4KAKW+CgAEpgkAbtkBAHGgBQCBaQIAZM4HAFLnCAARFAsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAzjUBAJvCAAD14wEA64cBAOHFAQBvbQoALEIAAHlCAACh5gIALpgJAIL3AQDu/wEAejgCAN9BAADhxQEAV0UEAG5zAgAssAsAebALAMawCwBxoAUAMSMAAOHFAQBvbQoALEIAAHlCAAAuxgEAtaIJAIhmAQCIZgEA1WYBAJvCAAAzWgEAgFoBALXQAQDhxQEAUucIABEUCwAANAEATTQBAJo0AQDnNAEANDUBAIE1AQCjgQAAgvcBAJCsCwCAWgEAtdABAOHFAQBknAkAsZwJAPILCwCpQQYAiGYBAFSAAwCAWgEAtdABAOHFAQBxoAUAMSMAAOHFAQBvbQoALEIAAHlCAABovQsAtb0LAAK+CwBPvgsAnL4LAOm+CwA2vwsAg78LANC/CwAdwAsAasALALfACwAEwQsAj+QBANzkAQDsAgsA8gsLAEIWAACpJAEALEIAAHlCAABO/AoA4cUBAFLnCAARFAsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEAzjUBAHGgBQCeoAAAnqAAAAAdBQBNHQUAmh0FAOcdBQCCXwQAAAAAAOHFAQD2QwkAaAoMALUKDAACCwwAphgJAPMYCQCh7AsA7uwLADvtCwCI7QsA1e0LAASmCQD3HAYAqUEGALOfCQAFewAA1CUCAPUVAADhxQEABKYJAPccBgCpQQYAxJIJAPUVAABoCgwAtQoMAAILDACmGAkA8xgJAKHsCwDu7AsAO+0LAIjtCwDV7QsABKYJAPccBgCpQQYA7wwAAMk7AgAWPAIAypkGABeaBgC10AEAeWEIAHb+AADhxQEAphgJAPMYCQCh7AsA7uwLADvtCwCI7QsA1e0LAG7ZAQC72QEAFj4FADA1CgCIZgEAQakLAKYYCQDzGAkAoewLAO7sCwA77QsAiO0LAALRAQDhxQEAtdABAHlhCADGYQgA9kMJAGgKDAC1CgwAAgsMAKYYCQDzGAkAoewLAO7sCwA77QsAiO0LANXtCwBNAAAA+CcBAEUoAQCBaQIAM1oBAKlBBgBzhgAAwIYAACNhCQDJOwIAAjkEAI2zCQClBQIAvJ8IALXQAQCznwkAlYcCAIVWAwDSVgMAH1cDAGxXAwCbwgAAM1oBAEyoBAAsQgAA4cUBAFLnCAARFAsAADQBAE00AQCaNAEA5zQBADQ1AQCBNQEA/4wCANR2CAAJbgoAZoYKAHvGAQDIxgEAFccBAI/kAQDc5AEAb20KAGf1AQDQ8QkA+nsHAEd8BwDAhgAAoA8JAO0PCQDhxQEAxJIJABGTCQCCYwoATQAAAHb+AADhxQEAUucIAMCGAAAm0wAAAAAAADZsAgBV4AoA6ewDANxMBADyCwsAqUEGAOHFAQAuxgEAe8YBAMjGAQAVxwEAm8IAADNaAQBMqAQALEIAAOHFAQBS5wgAERQLAJvICQDoyAkAmagEAFdFBACkRQQAMBwLAMCMCQANjQkADY0JAOy1CgAbgwEAsKYHAP2mBwBKpwcAEccKAF7HCgBNAAAA+CcBAEUoAQDmxQkAM8YJAIDGCQDNxgkA4cUBAFdFBACkRQQAVeAKAKLgCgDv4AoAPOEKAInhCgDW4QoAVIADAEIDCgCPAwoAZ0QFALOfCQCeoAAA66AAALXQAQAC0QEABXsAACxCAAB5QgAATvwKAJv8CgAEpgkAUaYJAJ6mCQBvbQoAvG0KAAluCgBmhgoAe8YBAMjGAQBSgQkAn4EJAGf1AQDQ8QkAINAJAKwbAABzhgAAb20KACxCAAB5QgAALsYBAPCiCwA9owsAiqMLANejCwAg0AkAntoKAOvaCgBjPAIAsDwCAOHFAQBvbQoAAjkEAI2zCQDaswkA+nsHAEd8BwBYvgoAgvcBAKAPCQDtDwkA4cUBAHb+AADcTAQAgWkCAGTOBwC1ogkAgvcBAOHFAQB2/gAAw/4AAIL3AQDu/wEAphgJAPMYCQAxIwAAtaIJAIL3AQB2/gAA3EwEAKUFAgBBvgQAcaAFAHOGAABnRAUAAB0FAN9BAABBvgQAcaAFAJ6LBwDhxQEALsYBAHvGAQDIxgEAFccBAC7GAQC1ogkAgvcBAOHFAQBvbQoABXsAAOuHAQAsQgAAeUIAAE78CgCb/AoA6PwKAM/9CgAc/goAaf4KAC7GAQB7xgEAyMYBAMWhCgASogoA4cUBAG9tCgC8bQoACW4KAEqKAgBZYQMAPz4JAIw+CQDZPgkAJj8JAHM/CQDAPwkADUAJAFpACQD9IwMASiQDAFXgCgCi4AoAPngCAIt4AgBBqQsAOIgBAAZeDABTXgwAyTsCALOfCQCznwkA6YQBALiCDAAzYg0AqUEGAD84AACgXgwA7V4MALiCDAAqRwwAR0QAAKqhDQAzYg0AqUEGADNiDQAzYg0AqUEGALiCDAD9XQ0AM2INAKqhDQC10AEA+RsAAHD1AACqoQ0AcPUAAOh9DADofQwAqUEGAHOGAADgHAAAcPUAABK1AACCXwQAWkIMAFpCDAAzYg0Agl8EADNiDQDqZQoA72EMADxiDACZxwwABl4MAFNeDAAK/gwAqqENAGwIAAC4ggwA72EMADxiDABw9QAAT1gMAARCDQBRQg0A3ZMMALXQAQDofQwAN4EMAISBDAAGXgwAU14MANb8DAB2/gAAl5ALAOh9DACFXAwA6H0MAJ6LBwCZxwwAuIIMABoWDQAzYg0AbAgAAGwIAAApbAwAdmwMAMNsDACqoQ0A7wwAAKlBBgAhkAcAqUEGAClsDAB2bAwALpoMAHD1AAApbAwAdmwMAC6aDAD5GwAABl4MAFNeDAAkBAIA4cUBALFPCQC4ggwAlYcCAN9BAADofQwA7kwCAKlBBgC4ggwAtvgBAO9hDAA8YgwA6H0MAFVhDACiYQwA72EMACwxDQDvYQwALDENAOh9DACscAwAEG0MAF1tDABPWAwAEG0MAAAAAADhxQEAKWwMAHZsDAApbAwAdmwMAClsDAB2bAwAiWIMAJnHDACDjQ0A0I0NABbvAQBVYQwAT1gMAO9hDAA8YgwAFu8BAKlBBgDhxQEAqqENAOHFAQAEjw0A82cMAOh9DAC4ggwAuIIMAACcAwAAnAMAAJwDAJWHAgDKmQYA5yELAF+gBwDnIQsAskULALJFCwDfQQAAJf4JAMw6DQAu3wAA7wwAAO8MAADidAwAm8IAAC7fAADofQwA7wwAAJvCAADofQwA6H0MAOh9DADofQwA6H0MAE9YDABPWAwA6H0MAOh9DADofQwA6H0MAOh9DADofQwAT1gMAE9YDABPWAwA6H0MAOh9DADofQwAT1gMAE9YDABMegwAT1gMAE9YDADofQwAgvcBALCmBwDhxQEA7wwAAO8MAADofQwA6H0MAIhmAQDofQwAKWwMAHZsDACVhwIAuIIMAKqhDQDvDAAAA4AMAOHFAQD+NgoArBsAALOfCQAhkAcA9RUAAKlBBgAD/QcAqUEGADpGDQC4ggwAEXwNAOh9DADvDAAAUyQCAJvCAACbwgAAm8IAAKqhDQCbwgAACQICALJgDQD7Wg0ASFsNAKGGDACqoQ0ATQAAAPUVAABzhgAAKkcMALOfCQDdLQ0ATQAAALJgDQBsCAAAbAgAAGwIAAC/AA0AuIIMACpHDADJOwIAs58JANmNDACAKAMAPhIDAH4SDQACbwgA96ENAPccBgBPWAwABEINAFFCDQCJDwMAKWwMAHZsDAAumgwAe5oMAE9YDACqoQ0ADEgEAGPDDABPWAwA6H0MAOh9DAApbAwAdmwMAOh9DAA3gQwAhIEMADwNAAC4ggwAKkcMAKqhDQDhxQEAuIIMAOh9DAA3gQwAhIEMAOHFAQAlRwQAvCINANUCBQCqoQ0Awr8EAKqhDQASOggA0qkMALiCDADElAwA30EAAKqhDQDJOwIAQakLALiCDAD9XQ0ALt8AALwiDQD3oQ0A6H0MADeBDAD3oQ0A6H0MAGPDDACn8wgAH6IAAE9YDAAEQg0AUUINAClsDADnPA0AUGUKAFf+DAAqRwwA7wwAAHD1AAD6mAwA7/sMAN9BAADfQQAAT1gMAARCDQBRQg0AxJQMAN9BAADfQQAA30EAAN9BAABkUQwAG6QMANDxCQCFqQwAuIIMAOh9DAA3gQwAhIEMACpHDABMqAQA96ENAOh9DAD3oQ0A6H0MAA63DABbtwwAqLcMAHOGAACpkgwA9pIMAEOTDACQkwwAJwMNAA63DABbtwwAqLcMAGRRDADc/wMAT1gMAARCDQBRQg0AxJQMAEaICACqoQ0AyTsCALOfCQCqoQ0AvCINACpHDAAAnAMAog4DALyfCADofQwAN4EMAISBDADSqQwA4BwAAE9YDAAEQg0AUUINAKqhDQCVhwIAxJQMAP6BBwDfQQAA30EAAI21DADatQwAJ7YMAMK/BACNtQwA6H0MAFlODQBPWAwA96ENAOh9DAA3gQwA96ENAEGpCwDhxQEA4cUBAOh9DAA3gQwAhIEMAL0rBQC4ggwA/V0NAKqhDQCcowkAuIIMAKqhDQCs6wQA6H0MAE9YDAD3oQ0A72EMADxiDACpQQYAi/8MAA63DABbtwwAqLcMAOh9DAA3gQwAhIEMANmNDADJOwIAQakLAOh9DADy1wkAqqENAEGpCwDhxQEAEzINAKlBBgCBaQIA6H0MADeBDACEgQwAZFEMAHD1AAC4ggwAqqENAGf1AQAqRwwAI2EJAE9YDADofQwAT1gMAOh9DAD3oQ0A96ENAPehDQDofQwA6H0MAOh9DAA3gQwAhIEMAOh9DACCfgwAeqYNALiCDAB6pg0AjbUMAOh9DABPWAwABEINAFFCDQBPWAwABEINAFFCDQCqoQ0Ah0YNABh3CQCqoQ0AQakLAKqhDQAJOAYAKkcMAOHFAQCCXwQAcPUAAKqhDQCqoQ0AyTsCAKqhDQDJOwIAqqENAMk7AgD3oQ0A6H0MADeBDACEgQwAQakLAOh9DAA3gQwAhIEMALiCDAAAAAAA/V0NANDxCQBPWAwABEINAFFCDQCBig0AqqENALJgDQDfQQAA6H0MADeBDACEgQwAuIIMALiCDADofQwAN4EMAISBDAD3HAYAuUQNAAZFDQAumgwAs58JAEGpCwC4ggwAqqENAN0tDQC4/wcAZFEMAKqhDQCeiwcAmccMAClsDAB2bAwA72EMADxiDABPWAwABEINAFFCDQDfQQAAuIIMAKqhDQBVDgMA6H0MAOh9DAA3gQwAhIEMAKlBBgDgHAAA6H0MAOh9DAA3gQwAhIEMAO+VDQAAAAAAT1gMAARCDQBRQg0AuIIMAMSUDAAqRwwAuIIMAAiRBwC8Ig0AKkcMABD/AAAAAAAAqqENALwiDQAqRwwAEP8AAOXsDABPWAwABEINAFFCDQBTRQ0Agn4MAKqhDQCeiwcA6H0MADeBDACEgQwAqqENALOfCQCKJA0A4cUBADj2DADofQwALt8AAHcqBwDfQQAAEXwNALOfCQCCXwQAqqENAMCGAACtMg0A30EAABbDDADhxQEA4cUBALiCDAAumgwAcPUAAJnHDADhxQEA1vwMAEyoBADElAwAFsMMAIBaAQCpQQYAAAAAAAAAAAAAAAAAqqENALwiDQAAAAAAAAAAAAAAAADW/AwAcPUAAKqhDQCyYA0AvCINAKlBBgDofQwAY8MMAGPDDADofQwAgn4MAA59AgCLmQ0ABEINAFFCDQDElAwA6H0MAIJ+DAAAnAMAT1gMAACcAwBzhgAA30EAAEQdBgCqoQ0ABXsAAEQdBgD3oQ0ARAgNABbDDAApbAwAdmwMAIliDADElAwA5ewMAKqhDQCznwkAMu0MAOh9DACqoQ0AVQ4DAOHFAQC4ggwAVQ4DAOh9DAA3gQwAhIEMAEgODQCVDg0AAJwDAACcAwCqoQ0AVQ4DAFUOAwAlRwQAEzINACpHDAAAAAAAqqENAKqhDQBzhgAAh0YNAOHFAQCqoQ0AGhYNAGwIAAAVsggAtdABALYZDQADGg0ATQAAAE0AAADCvwQAuIIMAOHFAQCqoQ0AqqENAPUVAABPWAwABEINAFFCDQAUwAwAnKMJAOh9DAA3gQwAhIEMAFi+CgApbAwA5zwNAHkxDQAaFg0AnosHABoWDQAaFg0AqUEGAPUVAAApbAwA5zwNAHZsDABPWAwAuIIMABoWDQBnFg0AtBYNAG0fDQDpPw0A6H0MAFUOAwC4ggwAGKkHAGmvBwAAAAAAQAINAI0CDQAAAAAAAAAAALy4BwCgcwUAnKMJALiCDACqoQ0AqqENAK0yDQDfQQAAuIIMAKqhDQCXkAsAuIIMAHD1AADofQwAN4EMAISBDACqoQ0A4cUBAKqhDQDhxQEAqqENAHD1AACqoQ0AcPUAAOHFAQCqoQ0AbAgAAKqhDQBsCAAA6H0MADeBDACEgQwAqqENAJeQCwBw9QAAKkcMAO8MAADvDAAAKkcMAEGpCwCHRg0AlYcCAE9YDAAEQg0AUUINAOh9DAA3gQwAhIEMAOHFAQDu/wEAqqENAOHFAQCqoQ0AuIIMAAkjDQDhxQEA4cUBAIJfBACxzgcAuIIMAGwIAACqoQ0AqqENAOHFAQDvYQwAPGIMAC6aDACXkAsA6MgJALiCDADfQQAAgWkCAN9BAADofQwAN4EMAISBDAC4ggwA5TkNAKlBBgCznwkAzcYJAJWHAgBYcw0A5zwNACGMAQDhxQEAAAAAAAAAAAAsMQ0AZDgNALE4DQD+OA0AqqENAOh9DAA3gQwAhIEMAOHFAQBsCAAAAJwDAACcAwAu3wAA4cUBAE9YDADhxQEAuIIMAJWHAgC4ggwASNQCALJgDQCyYA0AWL4KALiCDACqoQ0A4cUBAClsDAB2bAwA6H0MADeBDACEgQwA6H0MAOHFAQCpQQYAqqENAKlBBgBLOQ0A+W4JAJ6LBwBsCAAATZwDAPyCDQB9HAsALt8AAKqhDQDvYQwAPGIMAFLOCQBYcw0AQBkJAOHFAQDxSw0A4cUBAEAZCQCbZA0Ai0wNAJjqCQBjogEAT1gMAARCDQBRQg0A4cUBAKqhDQCqoQ0A6H0MAMk7AgDJOwIA6H0MAOh9DACpQQYAcmYMAL9mDABbUQ0Ax3IMAE9YDADofQwAgn4MAE/RAQAEpgkAnIQBABBtDABPWAwAw8wCAGOiAQAlRwQAtmIHAFihBQC10AEA30EAACGQBwCpQQYAqqENAEGpCwBUbQ0A/jYKAJAMAgD+NgoAkAwCAMAHAgDVAgUA96ENALVqAgCqoQ0AbAgAAOHFAQAUcwwArBsAAMPMAgAEjw0A4cUBALiCDADofQwADn0CAJtkDQCLTA0AX+8KAClsDAB2bAwAX+8KAOHFAQAxIwAAMSMAALXQAQAQ5gEAWkIMAM1iDQCdZQoADk8KAP1dDQDhxQEAqqENAOHFAQDb2wkAqlQNAFBlCgDhxQEA4cUBAOHFAQBadAoAImcBALWiCQD1FQAA6H0MALXQAQAntAkAuIIMAOHFAQDhxQEAm2QNAItMDQCqoQ0AKWwMAHZsDAAumgwA7Q8JAOHFAQDhxQEA4cUBABmGCgDvDAAAi0wNAOHFAQB5MQ0AfRYCAEAZCQDhxQEA4cUBAOHFAQCqoQ0AiNIJAIjSCQCI0gkAiNIJALXQAQC10AEAXBELAOHFAQApbAwA8HANAJtkDQCVhwIA4cUBAJtkDQDgVgoA4cUBADNiDQDRaA0AKWwMAB5pDQDhxQEAr4INABmIDQDhxQEA4cUBAJtkDQDgVgoAM2INANFoDQApbAwAHmkNAOHFAQBWuwoA7Q8JAMtECwAkBAIAKWwMADA3DQAzYg0AuIIMALiCDACqoQ0AuIIMAA59AgDofQwAm2QNAJWHAgApbAwA5zwNAJiGDQDofQwAlYcCAHZsDAAumgwAvJ8IAKqhDQDVAAIATQAAAJtkDQCVhwIA30EAAOh9DAD78goAyfQKAKlBBgDhxQEAKWwMAHZsDAA9owsA8r4KAJWHAgCVhwIAG4MBABuDAQAbgwEAG4MBAJWHAgC4ggwAG4MBAOHFAQDhxQEA4cUBAAAAAAAAAAAAm2QNAJWHAgApbAwAdmwMAD2jCwCqoQ0A4cUBAKqhDQCbZA0AqqENAJtkDQAEjw0AuIIMAOHFAQDhxQEAKWwMAOc8DQAaYw0A6H0MADeBDABVYQwA3OQBAM1iDQCejw0A648NADiQDQCFkA0A6H0MAIJ+DAAT+gUAuIIMAO2SDQCVhwIAQakLAKlBBgCvNQ0ALDENAFBlCgDofQwAUGUKAHD1AAD9XQ0AcPUAAP1dDQDvYQwALDENAHD1AAC4ggwAuIIMANzkAQBPWAwAT1gMAE9YDAAOtwwAT1gMAE9YDABPWAwAT1gMAO9hDAAsMQ0AT1gMAA63DABPWAwA60INAE9YDADrQg0AT1gMAOtCDQBZTg0A60INAE9YDADrQg0AT1gMAOtCDQB1kQwA60INAE9YDADrQg0AqZIMAPaSDADDbAwA4cUBAOHFAQCVhwIAuIIMABBtDACoUQ0A30EAAN9BAAAQbQwAXW0MAMqZBgCRog0AlYcCAJWHAgDvDAAA7wwAAAmJDAC4ggwAsKIBAE9YDACqoQ0A8r4KAKqhDQBPWAwAKkcMAKqhDQAqRwwAT1gMAARCDQAqRwwA+6cNAEioDQBPWAwAlYcCAOHFAQCyrQ0A4cUBAOHFAQDhxQEAsq0NAOHFAQBkmgYAsq0NAKqhDQDV7QsA4cUBAOHFAQCyrQ0AuIIMAKmSDAD2kgwAQ5MMAE9YDADONQEAm2QNAItMDQApbAwAdmwMADNiDQDRaA0A4cUBAOh9DACCfgwAKWwMAHZsDAAumgwAfRwLAFqNCQD4fA0A/IINAEGpCwCqoQ0AypkGAIGKDQAhRw0Am2QNAItMDQApbAwA5zwNALiACQCqoQ0AKkcMACe0CQD1FQAAqqENAJ6LBwApbAwAdmwMAC6aDABI8woAgYoNABuLDQApbAwA8HANAJtkDQCTVgoAqqENAA==","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAMAAIADAAAAAwAAgAMAAAABAACAAwAAgAMAAAABAAAAAAAAgAMAAIAAAACAAwAAgAAAAIABAACAAwAAgAAAAIAAAACAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAgAEAAIACAACAAQAAAAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIAAAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIADAAAAAQAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAAAAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAQAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIABAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAgAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAEAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAABAAAAAAAAAgAAAAAEANAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAgAAAAAAAAAQAACAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAIAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAEAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAABAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAgAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgACAAAAANAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAEACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEACAAAAABAAAAAAAAAAAABAACAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAACAAAAAAAAARAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAMAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAAAAANAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAEACAAAAABAAAAAAAAAAAAAAAAMAADAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAABAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAA"},"index":{"lists":[[],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,43,44,45,46,47,48,49,50,54,55,57,58,76,79,80,82,93,94,95,96,97,106,115,117,120,123,124,131,133,134,135,136,138,140,141,144,145,146,147,158],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,43,44,45,46,47,48,49,50,53,54,55,57,58,76,79,80,82,93,94,95,96,97,106,115,117,120,123,124,131,133,134,135,136,138,140,141,144,145,146,147,158],[52,119,164],[67,68,69,150,151,152,153,154,155,156],[141,157],[57,58,74,75,141,146,147],[67,68,69],[46,47,67,68,69,70,87,96,97,98,102,109,111,116,117,122,128,129,130,137,158],[18,19,56,101,112],[71,170],[6],[1,7,67,68,69,103,131,135,136,158],[9,67,68,69,73,131,135,136,158],[27,67,68,69,120,131,135,136,145,158],[67,68,69,131,135,136,149,158],[0,2,4,5,16,17,20,21,67,68,69,90,100,120,131,132,135,136,139,142,158,159,162,165,166,169,171],[3,8,11,16,20,21,23,29,32,33,42,60,61,67,68,69,72,77,80,83,90,99,105,107,108,113,120,126,131,135,136,158,167,172],[67,68,69,131,135,136,158],[67,68,69,131,135,136,158,163],[55,67,68,69,131,135,136,158,160,161],[50,59,67,68,69,92,131,135,136,158],[10,29,62,67,68,69,82,83,104,131,135,136,158],[4,22,67,68,69,131,135,136,158],[10,35,67,68,69,82,131,135,136,158],[12,13,28,39,67,68,69,78,84,85,86,88,89,91,110,114,115,125,127,131,135,136,143,148,158],[7,67,68,69,131,135,136,158],[10,67,68,69,131,135,136,158],[63,64,65,66,81,121,168],[14,15,67,68,69,131,135,136,158],[24],[25,26,30,31],[34,38],[37],[37,43],[43,49],[43],[48,54,138],[51,118],[138],[45],[45,123,124],[45,141],[45,57,58,141,146,147],[45,53,123,124],[40,41,44,45,46,47,96,97,106,117,123,124,158],[1,7,45,123,124,131,133,134,135,136,144,158],[45,123,124,131,133,134,135,136,158],[27,45,120,123,124,131,133,134,135,136,145,158],[2,4,45,120,123,124,131,133,134,135,136,140,158],[32,33,45,76,80,120,123,124,131,133,134,135,136,158],[45,55,123,124,131,133,134,135,136,158],[45,50,123,124,131,133,134,135,136,158],[45,82,123,124,131,133,134,135,136,158],[4,45,123,124,131,133,134,135,136,158],[45,76,79,82,123,124,131,133,134,135,136,158],[39,45,76,115,123,124,131,133,134,135,136,158],[7,45,123,124,131,133,134,135,136,158],[45,123,124,131,135,136,158],[24,45],[25,26,30,31,45],[38,45],[36,37,45],[37,45],[37,43,45],[43,45,49,95],[43,45],[45,48,54,138],[45,93,138],[45,94],[45,95],[45,138]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,5,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,0,9,10,0,11,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,28,0,0,0,29,0,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,30],[9679,31],[9135,32],[215,33],[10095,33],[10003,34],[8595,33],[10004,35],[8730,36],[10006,37],[8505,38],[10008,39],[9762,0],[9888,0],[8617,0],[10007,39],[10060,39]],"plainDefault":0,"spaced":[40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,41,40,40,40,40,40,40,42,40,43,44,40,45,45,45,45,45,45,45,45,45,45,40,40,40,40,40,40,40,46,47,48,47,49,50,47,47,47,47,47,47,47,51,52,53,47,54,55,56,57,47,47,47,47,47,40,40,40,40,58,40,46,47,48,47,49,50,47,47,47,47,47,47,47,51,52,53,47,54,55,56,57,47,47,47,47,47,40,40,40,40,40],"spacedOther":[[160,40],[5760,40],[8192,40],[8193,40],[8194,40],[8195,40],[8196,40],[8197,40],[8198,40],[8199,40],[8200,40],[8201,40],[8202,40],[8232,40],[8233,40],[8239,40],[8287,40],[12288,40],[65279,40],[9676,59],[9679,60],[9135,61],[215,62],[10095,63],[10003,64],[8595,63],[10004,65],[8730,66],[10006,67],[8505,40],[10008,68],[9762,69],[9888,69],[8617,70],[10007,71],[10060,71]],"spacedDefault":40,"blank":40}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[],[15,16,17,19,20,21,22,24,25,26,27,28,30,31,32,33,34,35,36,38,39,41,42,54,55,56,57,63,64,65,66,67,75],[15,16,17,19,20,21,22,24,25,26,27,28,30,31,32,33,34,35,36,37,38,39,41,42,54,55,56,57,63,64,65,66,67,75],[37],[48,49,50],[41,42,52,53],[33,34,48,49,50,51,59,66,67,68,71,76],[9,10,40,71],[51],[48,49,50,72],[1,48,49,50,51],[7,8,11,12,48,49,50,62,70],[0,3,7,11,12,14,18,21,22,29,44,45,48,49,50,51,56,57,62,69,74,76],[48,49,50,62],[2,18,45,48,49,50,57,73],[13,48,49,50],[2,48,49,50,57],[4,18,26,48,49,50,57,58,60,61,62],[2,48,49,50],[46,47,56],[5,6,48,49,50],[17,48,49,50],[48,49,50,55],[39,48,49,50],[36,43,48,49,50],[23,48,49,50],[15],[16,17,19,20],[22,26],[25],[25,30],[30,36],[30],[35,38],[32],[32,37],[32,41,42],[27,28,31,32,33,34,66,67,75],[21,22,32,54,56,57],[32,57],[32,54,55,57],[26,32,54,57],[32,56],[17,32],[32,55],[32,39],[32,36],[15,32],[16,17,19,20,32],[22,26,32],[24,25,32],[25,32],[25,30,32],[30,32,36,65],[30,32],[32,35,38],[32,63],[32,64],[32,65]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,0,0,5,4,0,6,6,6,6,6,6,6,6,6,6,0,0,0,7,8,0,0,9,10,4,4,11,12,4,4,4,4,4,4,4,4,13,14,4,15,16,17,4,4,4,18,4,4,19,0,0,0,20,0,4,4,21,4,4,22,4,4,4,4,4,4,4,23,24,4,4,4,25,22,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,26],[9679,27],[9135,28],[215,29],[10095,29],[10003,30],[8595,29],[10004,31],[8730,32],[10006,33],[8505,3],[10008,0],[9762,0],[9888,0],[8617,0]],"plainDefault":0,"spaced":[34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,35,34,34,34,34,34,34,34,34,34,36,35,34,37,37,37,37,37,37,37,37,37,37,34,34,34,34,34,34,34,34,34,34,34,34,38,34,34,34,34,34,34,34,34,34,39,34,34,40,41,34,34,34,34,34,34,42,34,34,34,34,34,34,34,43,34,34,44,34,34,34,34,34,34,34,45,46,34,34,34,34,44,34,34,34,34,34,34,34,34,34,34,34],"spacedOther":[[160,34],[5760,34],[8192,34],[8193,34],[8194,34],[8195,34],[8196,34],[8197,34],[8198,34],[8199,34],[8200,34],[8201,34],[8202,34],[8232,34],[8233,34],[8239,34],[8287,34],[12288,34],[65279,34],[9676,47],[9679,48],[9135,49],[215,50],[10095,51],[10003,52],[8595,51],[10004,53],[8730,54],[10006,55],[8505,35],[10008,56],[9762,57],[9888,57],[8617,58]],"spacedDefault":34,"blank":34}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6],[7],[5,6,9,13,14,15],[1],[2,11],[0,3,4,12],[8],[10],[6],[4]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[9],[1,3,6,8,9,10],[6,9],[3,9],[6,7,9],[3,6,9],[5,6,9],[0,6,9],[0,4,6,9],[6,8,9],[2,6,9],[6,9,10],[9,10],[3,6,9,10],[1,6,9,10],[6,8,9,10]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,9,9,2,2,2,2,2,2,2,2,2,2,2,2,2,10,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,11,0,0,0,0,0,0,2,0,3,12,0,11,11,11,11,11,11,11,11,11,11,0,0,0,0,2,0,0,11,11,13,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,2,0,0,0,11,0,14,11,15,11,15,15,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
