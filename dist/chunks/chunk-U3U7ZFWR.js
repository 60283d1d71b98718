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
} from "./chunk-BBFBTDCO.js";
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
} from "./chunk-PN2M5XYE.js";
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
  serviceForPhpExtension,
  serviceForPhpName,
  serviceForPort,
  serviceForSocket,
  serviceForTool,
  speaksHttp
} from "./chunk-VXZV3F3P.js";

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
      const service = serviceForPhpName(name) ?? (rule.id === "module.php.extension" ? serviceForPhpExtension(name) : void 0);
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
    { event: "end", pattern: /^Ran \d+ tests? in / }
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
    { event: "passes", pattern: /^There (?:was|were) \d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/ },
    { event: "end", pattern: /^(?:FAILURES|ERRORS)!$|^Tests: \d{1,9}, Assertions: \d{1,9}|^OK \(\d{1,9} tests?/ }
  ],
  reportedFailures: /^Tests: \d{1,9}, Assertions: \d{1,9}, (?:Errors|Failures): (\d{1,6})/
};
var TESTDOX = {
  id: "phpunit",
  markers: [
    { event: "start", pattern: /^\s{1,8}✘ (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/ },
    { event: "pass", pattern: /^\s{1,8}[✔↩] \S/ }
  ]
};
var PHPT = {
  id: "phpt",
  markers: [
    { event: "start", pattern: /^FAIL (?<name>[^\n]{0,400}? \[[^\]\n]{1,300}\.phpt\])\s*$/, afterOutput: true },
    { event: "pass", pattern: /^(?:PASS|SKIP|XFAIL|BORK) [^\n]{0,500}\[[^\]\n]{1,300}\.phpt\]/, afterOutput: true },
    // The closing list repeats each failure's title (`Upgrade: AMQPConnectionException: ... [tests/x.phpt]`): names, not events.
    { event: "quiet", pattern: /^FAILED TEST SUMMARY$/ },
    { event: "end", pattern: /^Tests failed\s{0,20}:|^TEST RESULT SUMMARY$/ }
  ],
  reportedFailures: /^Tests failed\s{0,20}:\s{0,20}(\d{1,6})/,
  // `002- AMQPConnectionException(%d): %s error` is the expected output: data the test compares.
  uninformative: /^\d{3}- /
};

// src/classify/dialects/index.ts
var DIALECTS = [PHPT, PYTEST, UNITTEST, POKU, JEST, VITEST, EXUNIT, MOCHA, NODE_TEST, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 229\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|BORK) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests failed\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}- /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,45,47,196,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,323,325,326,327,328,329,330,331,335],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,10003,10004,8730,10006,8505,35,43,36],"words":6,"quiet":10398,"states":11661,"edges":"AAAAAAAAAAABAAAASwAAAAIAAADTdwAAAwAAAJkMAAAEAAAAjb0AAAUAAABxegUABgAAACPqAQAHAAAAeRcGAAgAAADMuQEACQAAAEV+AAAKAAAAKUAAAAsAAAD2XAcADAAAAPWCAAANAAAAYxUAAA4AAADqUAEADwAAAHKcAAAQAAAARyIAABEAAADtXAEAEgAAADQIAAATAAAAFK4BABQAAADUXgkAFQAAAK7XAQAWAAAA2vcAABcAAABYxAEAGAAAACXZAQAZAAAA18wBABoAAADv4QEAGwAAACxZAgAcAAAAeHYCAB0AAAAAAAAAHgAAAK9zCgAfAAAAEO8AACAAAABQCAIAIQAAAAAAAAAiAAAAOpcBACMAAABi2QAAJAAAALWDAwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAwngBACkAAACzhwEAKgAAAO3gBAArAAAATx8KACwAAAAAAAAALQAAAD7AAQAuAAAAAAAAAC8AAABqDAIAMAAAADdsAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAABfTAkAPAAAAFVWCQA9AAAAGSgKAD4AAAAAAAAAPwAAAK8oCgBAAAAAAAAAAEEAAABQPAoAQgAAAJs8CgBDAAAAf0kKAEQAAADKSQoARQAAABVKCgBGAAAAfVoKAEcAAAABXgoASAAAAHtrCgBJAAAAEzwLAEoAAABehwsATQAAAJYAAABOAAAAADkDAFAAAAARyQcAUQAAAP0fAQBUAAAAVYwAAFYAAAA3SAgAVwAAALDBBgBfAAAAfdsBAGIAAADmNAMAaAAAAMk2AACZAAAA4QAAAKMAAACTlwIA5AAAAErmCwAxAQAAdwEAAH0BAADCAQAAyQEAAA0CAAAVAgAAWAIAAFoCAACjAgAArAIAAO4CAAD4AgAAOQMAAEQDAACEAwAAkAMAAM8DAADcAwAAGgQAACQEAABlBAAAcwQAALAEAAC/BAAA+wQAAP0EAABGBQAAUAUAAJEFAACfBQAA3AUAAOEFAAAnBgAANAYAAHIGAAB6BgAAvQYAAM0GAAAIBwAACgcAAFMHAABhBwAAngcAAK8HAACV5gsA8AcAAODmCwA2CAAAek4KADwIAAB/CAAATQgAAGBKCgBQCAAAgKQIAIYIAADKCAAAzwgAABUJAAAhCQAAYAkAAGMJAACrCQAAswkAAPYJAAADCgAAQQoAAEYKAACMCgAAlgoAANcKAADfCgAAIgsAAC4LAABtCwAAMQsAAFbVAQCACwAAuAsAAMYLAAADDAAABgwAAE4MAABYDAAAK+cLAJsMAAA/ZgAAnAwAADl6AQCeDAAA5AwAAKIMAADGigkAowwAAKQsAgCkDAAAW9ABAKUMAAD0GgAApwwAAOVVAQCoDAAAESsAAK0MAAD7XAIAtgwAACsdAwC5DAAA9KYKAOoMAAAvDQAA8wwAAPD5BgA1DQAAeg0AAI4NAADFDQAA2g0AABAOAAAYDgAAWw4AAGUOAACmDgAAqw4AAPEOAAD2DgAAPA8AAEQPAACHDwAAnQ8AANIPAADUDwAAHRAAACoQAABoEAAAfBAAALMQAAC7EAAA/hAAAA0RAABJEQAAWhEAAJQRAACiEQAA3xEAAOsRAAAqEgAANxIAAHUSAAB/EgAAwBIAAMMSAAALEwAAExMAAFYTAABYEwAAoRMAALITAADsEwAA8hMAADcUAABDFAAAghQAAIQUAADNFAAA1BQAABgVAAAsFQAAducLAGQVAADMrwsAZRUAANv1AQBoFQAArhUAAGwVAAC3sAEAcRUAAI+5AgCwFQAA77UAALEVAAABjwYAtRUAAE1uCAC2FQAA+RUAALgVAADEHAEAuRUAAJBaBgC7FQAAgLYFAL0VAAA99ggAvxUAAJuMBQDEFQAAbPsBAMcVAAB+MQUA+hUAAEQWAAD8FQAAJwEFAP8VAADPGAkAWxYAAI8WAACnFgAA2hYAAOUWAAAlFwAAPhcAAHAXAAByFwAAuxcAANUXAAAGGAAAFRgAAFEYAABWGAAAnBgAAKkYAADnGAAA9xgAADIZAAA6GQAAfRkAAIkZAADIGQAA1RkAABMaAAAdGgAAXhoAAGQaAACpGgAAvRoAAMHnCwD6GgAAPxsAAP4aAADlHwoACxsAAN8mCQBaGwAAihsAAJYbAADVGwAA2xsAACAcAAAjHAAAXsoEACgcAABrHAAAbhwAAJPvBAByHAAAthwAAHYcAADYTgYAeRwAACzvAgC7HAAAAR0AAA0dAABMHQAATx0AAJcdAACfHQAA4h0AAO8dAAAtHgAAMh4AAHgeAACCHgAAwx4AAMseAAAOHwAAER8AAFkfAABiHwAApB8AAKUfAADvHwAA8B8AADogAAA/IAAAhSAAAIsgAADQIAAA2iAAABshAAAjIQAAZiEAAGkhAACxIQAAtCEAAPwhAAANIgAADOgLAEkiAACrgAEATCIAAMJhCQBQIgAABEsLAFMiAACSIgAAVSIAANjkBgCqIgAA3SIAAOAiAAAoIwAANCMAAHMjAACAIwAAviMAAMUjAAAJJAAACyQAAFQkAABdJAAAnyQAAKkkAADqJAAA9SQAADUlAABRJQAAgCUAAIglAABX6AsA0CUAABYmAAAeJgAAYSYAAGImAACsJgAAriYAAPcmAAD6JgAAQicAAEUnAACi6AsAkicAANgnAADeJwAAIygAACooAABuKAAAdigAALkoAAC8KAAABCkAAA0pAABPKQAAUCkAAJopAACbKQAA5SkAAPYpAAAwKgAAPioAAHsqAACHKgAAxioAAM0qAADt6AsAFysAAFwrAABeKwAApysAAL0rAADyKwAA+isAAD0sAAA/LAAAiCwAAJEsAADTLAAA3SwAAB4tAAApLQAAaS0AAHUtAAC0LQAAwS0AAP8tAAAJLgAASi4AAFguAACVLgAApC4AAOAuAADiLgAAKy8AADUvAAB2LwAAhC8AAMEvAADGLwAADDAAABkwAABXMAAAXzAAAKIwAACoMAAA7TAAAPkwAAA4MQAAVTEAAIMxAACMMQAAzjEAANwxAAAZMgAAHzIAAGQyAABwMgAArzIAALIyAAD6MgAAAjMAAEUzAABWMwAAkDMAAJ4zAADbMwAA9DMAACY0AAAnNAAAcTQAAI40AAA46QsAwTQAAAc1AAANNQAAUjUAAFo1AACdNQAApjUAAOg1AADrNQAAMzYAAD82AAB+NgAAhDYAAM7pCwDlNgAAFDcAABw3AAAZ6gsAYjcAAKo3AAC7NwAA9TcAAP03AABAOAAATjgAAIs4AACOOAAA1jgAAN44AAAhOQAALjkAAGw5AABxOQAAtzkAAME5AAACOgAACjoAAE06AABZOgAAmDoAAKU6AADjOgAA5ToAAC47AABHOwAAeTsAAIo7AADEOwAA0DsAAA88AAAWPAAAWjwAAGI8AAClPAAAqjwAAPA8AAD9PAAAOz0AAEM9AACGPQAAkD0AANE9AADcPQAAHD4AACg+AABnPgAAbz4AAGTqCwC+PgAA/T4AAAM/AABIPwAAYz8AAJM/AACfPwAA3j8AAOQ/AACv6gsALkAAABboAQAvQAAAoxwEADBAAACfAAYANEAAAHRAAAA1QAAAg2UIADdAAAAhngQAPUAAAErwAQCAQAAAv0AAAMVAAAC+rwoAx0AAAPrqCwAWQQAAVUEAAFtBAACgQQAAu0EAAOtBAAD3QQAANkIAADxCAACBQgAAiUIAAMxCAADSQgAAF0MAACNDAABiQwAAf0MAAK1DAAC2QwAA+EMAAAREAABDRAAARkQAAI5EAACYRAAA2UQAAOVEAAAkRQAAK0UAAG9FAAB3RQAAukUAALtFAADXVQAAvUUAAAVGAAAURgAAUEYAAFZGAACbRgAAnUYAAOZGAAD8RgAAMUcAAE9HAAB8RwAAlUcAAMdHAADJRwAAEkgAABVIAABdSAAAaUgAAKhIAACvSAAA80gAAPtIAAA+SQAAQEkAAIlJAACSSQAA1EkAAN5JAAAfSgAAKkoAAGpKAAB2SgAAtUoAAMJKAAAASwAACksAAEtLAABZSwAAlksAAKVLAADhSwAA40sAACxMAAA2TAAAd0wAAIVMAADCTAAAx0wAAA1NAAAaTQAAWE0AAG1NAACjTQAAq00AAO5NAAAHTgAAOU4AAEJOAACETgAAjk4AAM9OAADXTgAAGk8AACdPAABlTwAAak8AALBPAAC4TwAA+08AAPxPAABGUAAASFAAAJFQAACUUAAA3FAAAN9QAABF6wsALFEAAHJRAAB4UQAAvVEAAMRRAAAIUgAAEFIAAFNSAABXUgAAnlIAAKBSAADpUgAA7FIAADRTAAA8UwAAf1MAAIBTAADKUwAA0FMAABVUAAAaVAAAYFQAAHtUAACrVAAAuVQAAPZUAAD9VAAAQVUAAE1VAACMVQAAk1UAAJDrCwDZVQAAIlYAACVWAABtVgAAcFYAANvrCwC9VgAAA1cAAAlXAABOVwAAVVcAAJlXAAC3VwAA5FcAAP1XAAAvWAAAMVgAAHpYAAB9WAAAxVgAANFYAAAQWQAAF1kAAFtZAABjWQAAplkAAKhZAADxWQAA+lkAADxaAABGWgAAh1oAAJJaAADSWgAA3loAAB1bAAAqWwAAaFsAAHJbAACzWwAAwVsAAP5bAAANXAAASVwAAEtcAACUXAAAnlwAAN9cAADtXAAAKl0AAC9dAAB1XQAAgl0AAMBdAADVXQAAC14AABNeAABWXgAAb14AAKFeAACqXgAA7F4AAPZeAAA3XwAAP18AAIJfAACPXwAAzV8AANJfAAAYYAAAIGAAAGNgAABkYAAArmAAALBgAAD5YAAA/GAAAERhAABHYQAAJuwLAJRhAADaYQAA4GEAACViAAAsYgAAcGIAAHhiAAC7YgAAv2IAAAZjAAAIYwAAUWMAAFRjAACcYwAApGMAAOdjAADoYwAAMmQAADhkAAB9ZAAAgmQAAMhkAADjZAAAE2UAACFlAABeZQAAZWUAAKllAAC1ZQAA9GUAAPtlAABx7AsAQmYAAIpmAACbZgAA1WYAAN1mAAC3ZQEA8WYAACBnAAAoZwAAvOwLAHpnAAC2ZwAAvGcAAAFoAAADaAAATGgAAGJoAACXaAAAtWgAAOJoAADlaAAALWkAADlpAAB4aQAAfmkAAMNpAADeaQAADmoAABpqAABZagAAX2oAAKRqAADCagAA72oAAP9qAAA6awAASGsAAIVrAACLawAA0GsAANNrAAAbbAAAJWwAAGZsAACEbAAAsWwAAMdsAAD8bAAACG0AAEdtAABKbQAAkm0AAJVtAADdbQAA320AAChuAAA/bgAAc24AAH9uAAC+bgAA2m4AAAlvAAARbwAAB+0LAGVvAACfbwAArW8AAOpvAAD2bwAANXAAAEJwAACAcAAAinAAAMtwAADTcAAAFnEAABdxAABhcQAAY3EAAKxxAACvcQAA93EAAPpxAABS7QsAR3IAAI1yAACTcgAA2HIAAN9yAAAjcwAAK3MAAG5zAACEcwAAuXMAAMJzAAAEdAAAB3QAAE90AABZdAAAmnQAAKJ0AADldAAA/nQAADB1AAA8dQAAe3UAAIN1AACd7QsAznUAABF2AAAUdgAAXHYAAGZ2AACndgAArXYAAPJ2AAAAdwAAPXcAAEp3AACIdwAAn3cAAOjtCwDUdwAAZdsKANZ3AAByfQEA2XcAAEEXAgDadwAAu/MFANt3AADW6AQA3HcAAMivAADddwAA6PcBAOB3AABKugoA4ncAAB54AADkdwAAUG0GAOl3AAChDgUA6ncAAOwJCgAoeAAAdjcHAC14AABpeAAAdXgAALR4AAC1eAAAwAADALd4AAD/eAAAAnkAAEp5AABReQAAdlsBAFJ5AACVeQAAYnkAAFwMAQCceQAA4HkAAOx5AAAregAAOHoAAHZ6AACEegAAwXoAAM16AAAMewAAE3sAAFd7AABfewAAonsAALJ7AADtewAA8nsAADh8AAA+fAAAg3wAAIt8AADOfAAA13wAABl9AAAcfQAAZH0AAHB9AACvfQAAtX0AADPuCwAZfgAAfu4LAFJ+AACQfgAAkn4AAM/kAACTfgAAuTUCAJd+AABv8AkAm34AAEBNCQCcfgAA3ZkBAJ9+AACvRwkAqX4AABoRAgCwfgAA234AAOh+AAAmfwAAK38AAHF/AAB1fwAAvH8AAMl/AAAHgAAAD4AAAFKAAAASgAAA6lgIAFmAAACdgAAAaIAAAO/uAwCfgAAA6IAAAPKAAAAzgQAANYEAAH6BAACXgQAAyYEAAMuBAAAUggAAF4IAAF+CAABrggAAqoIAALKCAADJ7gsA+4IAAECDAAD9ggAAmTsNAASDAADLIAUABoMAAJpvBQAIgwAAaisBABGDAAChCQoARoMAAKrNAABYgwAAi4MAAI2DAADWgwAAmIMAAACWAACkgwAAHIkAAOWDAAAhhAAAMIQAAGyEAAB4hAAAt4QAALqEAAAChQAABYUAAE2FAABlhQAAmIUAAJ+FAADjhQAA74UAAC6GAAA7hgAAeYYAAIeGAADEhgAA0IYAAA+HAAAWhwAAWocAAHKHAAClhwAAsYcAAPCHAAD2hwAAO4gAAEGIAACGiAAAi4gAANGIAADXiAAAX+8LAB6JAABniQAAbokAALKJAADKiQAA/YkAAASKAABIigAAYYoAAJOKAACrigAA3ooAAOqKAAApiwAAL4sAAHSLAAB6iwAAv4sAAMSLAAAKjAAAEIwAAKrvCwBujAAAoIwAALGMAADrjAAA+YwAADaNAABFjQAAgY0AAImNAADMjQAA7I0AABeOAAAjjgAAYo4AAHaOAACtjgAAtY4AAPiOAAD+jgAAQ48AAE+PAACOjwAAmI8AANmPAADfjwAAJJAAADKQAABvkAAAe5AAALqQAADVkAAABZEAAAeRAABQkQAAYZEAAJuRAACjkQAA5pEAAPSRAAAxkgAANJIAAHySAACEkgAAx5IAANSSAAASkwAAF5MAAF2TAABnkwAAqJMAALCTAADzkwAA9ZMAAD6UAABPlAAAiZQAAJqUAADUlAAA2ZQAAB+VAAAjlQAAapUAAHaVAAC1lQAAvJUAAPXvCwAFlgAAS5YAAFWWAACWlgAArpYAAOGWAADklgAALJcAADWXAAB3lwAAeJcAAMKXAADDlwAADZgAABKYAABYmAAAXpgAAKOYAACtmAAA7pgAAPqYAAA5mQAAQJkAAISZAACcmQAAz5kAANGZAAAamgAAI5oAAGWaAABvmgAAsJoAALuaAAD7mgAAE5sAAEabAABcmwAAkZsAAJabAADcmwAA45sAACecAAAznAAAQPALAHScAADXYgIAd5wAACWOAQB7nAAAavoEAIOcAAC9nAAAv5wAAAsgAgDLnAAACJ0AABSdAABTnQAAF50AAE+bBgBgnQAAnp0AAKidAADpnQAA6p0AAK+fCwDxnQAANJ4AADueAAB/ngAAT54AAOttAQCEngAAyp4AANaeAAAVnwAAGJ8AAGCfAABonwAAq58AALifAAD2nwAA+58AAEGgAABLoAAAjKAAAJSgAADXoAAA2qAAACKhAAAroQAAbaEAAG6hAAC4oQAAuaEAAAOiAAAIogAATqIAAFSiAACZogAAo6IAAOSiAADsogAAL6MAADGjAAB6owAAg6MAAMWjAADPowAAEKQAABukAABbpAAAZ6QAAKakAACzpAAA8aQAAPukAAA8pQAASqUAAIelAACWpQAA0qUAANSlAAAdpgAAJ6YAAGimAAB2pgAAs6YAALimAAD+pgAAC6cAAEmnAABRpwAAlKcAAJWnAADfpwAA5acAACqoAAAvqAAAdagAAH+oAADAqAAAxagAAAupAAAaqQAAVqkAAFupAAChqQAAsqkAAOypAAD0qQAAN6oAAD2qAACCqgAAjqoAAM2qAADqqgAAGKsAACGrAABjqwAAb6sAAK6rAACxqwAA+asAAAOsAABErAAAUKwAAI+sAACWrAAA2qwAAOKsAAAlrQAAPq0AAHCtAACErQAAu60AAMOtAAAGrgAACa4AAFGuAABdrgAAnK4AAKKuAADnrgAAAq8AADKvAAA+rwAAfa8AAIOvAACL8AsA0q8AABOwAAAesAAAXrAAAGawAADlvwAAarAAAKmwAAC2sAAA9LAAAP6wAAA/sQAATbEAAIqxAACZsQAA1bEAANexAAAgsgAAKrIAAGuyAAB5sgAAtrIAALuyAAABswAADrMAAEyzAABUswAAl7MAAJizAADiswAAm7MAABhBAQCnswAAfmIBAPOzAAAttAAANrQAAHi0AACPtAAAw7QAANG0AAAOtQAAG7UAAFm1AABhtQAApLUAAMO1AADW8AsA+LUAADq2AABEtgAAhbYAAJC2AAAh8QsA0rYAABu3AAAktwAAZrcAAHC3AACxtwAAvLcAAPy3AAAIuAAAR7gAAFS4AACSuAAAnLgAAN24AADruAAAKLkAADe5AABzuQAAdbkAAL65AADIuQAACboAABe6AABUugAAWboAAJ+6AACsugAA6roAAPK6AAA1uwAAO7sAAIC7AACMuwAAy7sAAOi7AAAWvAAAH7wAAGG8AABvvAAArLwAALK8AAD3vAAAA70AAEK9AABJvQAAbPELAI+9AAAY1wEAk70AANi9AADdvQAAI74AAOa9AAAdlAMAML4AAG6+AACFvgAAub4AALq+AAAEvwAABr8AAE+/AABSvwAAmr8AAJ2/AAC38QsABsAAADDAAAAxwAAAe8AAAH3AAADGwAAAycAAABHBAAAUwQAAAvILAGHBAACnwQAArcEAAPLBAAD5wQAAPcIAAF/CAACIwgAAkMIAANPCAADiwgAAHsMAACDDAABpwwAAesMAALTDAADFwwAA/8MAAAvEAABKxAAAUcQAAJXEAACdxAAA4MQAAOTEAAArxQAAOcUAAHbFAACAxQAAwcUAAMzFAAAMxgAAEcYAAFfGAABgxgAAosYAAKzGAADtxgAA9cYAADjHAAA6xwAAg8cAAJDHAADOxwAA4scAABnIAAAhyAAAZMgAAGXIAACvyAAAscgAAPrIAAD9yAAARckAAEjJAABN8gsAlckAANvJAADhyQAAJsoAAC3KAABxygAAecoAALzKAADLygAAB8sAAAzLAABSywAAX8sAAJ3LAACtywAA6MsAAPbLAAAzzAAASswAAH7MAACHzAAAycwAAM/MAAAUzQAAIM0AAF/NAABmzQAAmPILAK/NAADPWwIAss0AAPXNAAC3zQAAxasHAATOAABAzgAAUc4AAIvOAACZzgAA1s4AAOLOAAAhzwAALs8AAGzPAAB2zwAAt88AAL/PAAAC0AAABdAAAE3QAABZ0AAAmNAAAKXQAADj0AAA7dAAAC7RAAA20QAAedEAAHvRAADE0QAAzdEAAA/SAAAZ0gAAWtIAAGXSAACl0gAAutIAAPDSAAD40gAAO9MAAFTTAACG0wAAj9MAANHTAADb0wAAHNQAACTUAABn1AAAdNQAALLUAAC31AAA/dQAAAXVAABI1QAASdUAAJPVAACV1QAA3tUAAOHVAAAp1gAALNYAAOPyCwB51gAAv9YAAMXWAAAK1wAAEdcAAFXXAABd1wAAoNcAAK7XAADr1wAA7tcAADbYAAA+2AAAgdgAAITYAADM2AAA2NgAABfZAAAh2QAALvMLAGTZAACt2QAAZdkAAOlnCQBt2QAANfQDAHHZAACExQEActkAABAjCQCG2QAAUqwBALbZAAD42QAAAtoAAEPaAABO2gAAjtoAAJraAADZ2gAA5toAACTbAAAu2wAAb9sAAH3bAAC62wAAydsAAAXcAAAH3AAAUNwAAFrcAACb3AAAqdwAAObcAADr3AAAMd0AAD7dAAB83QAAjN0AAMfdAADJ3QAAEt4AACDeAABd3gAAbt4AAHnzCwCv3gAAxPMLAPveAAAP9AsAR98AAInfAACT3wAA1N8AAN/fAAAf4AAAK+AAAGrgAAB34AAAteAAAL/gAAAA4QAADuEAAEvhAABa4QAAluEAAJjhAADh4QAA6+EAACziAAA64gAAd+IAAHziAADC4gAAz+IAAA3jAAAV4wAAWOMAAGjjAACj4wAApeMAAO7jAAD84wAAOeQAAErkAABa9AsAi+QAAKX0CwDo5AAAGuUAACvlAABl5QAAceUAALDlAAC45QAA8PQLAADmAABG5gAATuYAAJHmAACT5gAA3OYAAJbmAADx6gUAoOYAADfjAwDl5gAAJ+cAAOvmAAB69gcAMecAAHLnAAB95wAAvecAAMnnAAAI6AAAFegAAFPoAABd6AAAnugAAKzoAADp6AAA+OgAADTpAAA26QAAf+kAAInpAADK6QAA1ukAABXqAAAd6gAAO/ULAGPqAACr6gAAueoAAPbqAAAD6wAAQesAAFjrAACM6wAAlOsAANfrAADt6wAAIuwAAC7sAABt7AAAfOwAALjsAADD7AAAA+0AAAXtAABO7QAAW+0AAJntAACn7QAA5O0AAOftAAAv7gAARe4AAHruAACC7gAAxe4AANfuAACG9QsAHe8AAA/nCQAf7wAAW+8AAGDvAACm7wAAre8AAPHvAAD97wAAPPAAAEnwAACH8AAAifAAANLwAADo8AAAHfEAACnxAABo8QAAh/EAALPxAADP8QAA/vEAAAbyAADR9QsAS/IAAJTyAACd8gAA3/IAAOnyAAAq8wAANfMAAHXzAACB8wAAwPMAAM3zAAAL9AAAFfQAAFb0AABk9AAAofQAALD0AADs9AAA7vQAADf1AABB9QAAgvUAAJD1AADN9QAA0vUAABj2AAAl9gAAY/YAAHP2AACu9gAAsPYAAPn2AAAH9wAARPcAAFX3AAAc9gsAlvcAAGf2CwDc9wAAri8EAN/3AAAl+AAA4/cAAD+SAQDm9wAA2SAGAOj3AAD4bwEA7vcAAKq7AwAs+AAAX7YIADL4AABw+AAAh/gAALv4AADA+AAABvkAAAn5AABR+QAAEPkAAGbRBAAi+QAAxtoEAFb5AADL1QQAXfkAAJz5AACi+QAAcwQBAKv5AADn+QAA8PkAADL6AAA4+gAAffoAAIv6AADI+gAA0voAABP7AAAn+wAAXvsAAGr7AACp+wAAvPsAAPT7AAAD/AAAP/wAAEv8AACK/AAAi/wAANX8AADf/AAAIP0AAC79AABr/QAAcP0AALb9AADD/QAA/fYLABT+AABM/gAAW/4AAJf+AACj/gAA4v4AAOP+AAAt/wAAN/8AAHj/AACG/wAAw/8AAMj/AAAOAAEAGwABAN73CwBbAAEApAABAK0AAQDvAAEA+QABADoBAQBFAQEAhQEBAJEBAQDQAQEA3QEBABsCAQAlAgEAZgIBAHQCAQCxAgEAwAIBAPwCAQD+AgEARwMBAFEDAQCSAwEAoAMBAN0DAQDqAwEAKAQBAD8EAQAp+AsAjgQBAL4EAQDKBAEACQUBAA8FAQBUBQEAYAUBAJ8FAQClBQEA6gUBAPAFAQA1BgEAOgYBAIAGAQCGBgEAdPgLANQGAQAWBwEAIAcBAGEHAQBsBwEArAcBALgHAQD3BwEABAgBAEIIAQBMCAEAjQgBAJsIAQDYCAEA5wgBACMJAQAlCQEAbgkBAHgJAQC5CQEAxwkBAAQKAQAJCgEATwoBAFwKAQCaCgEAogoBAOUKAQD1CgEAMAsBADILAQB7CwEAiQsBAMYLAQDXCwEAVfkLABgMAQCg+QsAYgwBAKcMAQCzDAEA8gwBAAINAQA9DQEARg0BAIgNAQCLDQEA0w0BAN8NAQAeDgEAJQ4BAGkOAQBxDgEAtA4BANIOAQD/DgEABw8BAOv5CwBPDwEAlQ8BAKwPAQDgDwEA7g8BACsQAQA4EAEAdhABAH4QAQDBEAEAxRABAAwRAQAOEQEAVxEBAFoRAQCiEQEAqhEBAO0RAQDzEQEAOBIBAEQSAQCDEgEAkxIBAM4SAQDXEgEAGRMBABwTAQBkEwEAcBMBAK8TAQC2EwEANvoLAAMUAQBFFAEASBQBAJAUAQCeFAEA2xQBAOgUAQAmFQEAPRUBAHEVAQB5FQEAvBUBAL4VAQAHFgEAEBYBAFIWAQBcFgEAnRYBAKgWAQDoFgEA9BYBADMXAQBAFwEAfhcBAIgXAQDJFwEA1xcBABQYAQAjGAEAXxgBAGEYAQCqGAEAtBgBAPUYAQADGQEAQBkBAEUZAQCLGQEAmBkBANYZAQDeGQEAIRoBADcaAQBsGgEAeBoBALcaAQDGGgEAAhsBAA0bAQBNGwEATxsBAJgbAQClGwEA4xsBAPEbAQAuHAEAMRwBAHkcAQCPHAEAgfoLAMwcAQDkzgEA0hwBAFQxAgDcHAEADx0BABEdAQBaHQEAax0BAKUdAQC2HQEA8B0BAPUdAQA7HgEAPx4BAIYeAQCSHgEA0R4BANgeAQAcHwEAJB8BAGcfAQCFHwEAsh8BALofAQDM+gsAAiABAEggAQBJIAEAiT8KAFcgAQAJhAkAYSABAJMgAQCVIAEA3iABAPcgAQApIQEAOiEBAHQhAQCAIQEAvyEBAMEhAQAKIgEAEyIBAFUiAQAZIgEAUCcBAF8iAQCgIgEAqyIBAOsiAQD3IgEANiMBAEMjAQCBIwEAiyMBAMwjAQDaIwEAFyQBACYkAQBiJAEAZCQBAK0kAQC3JAEA+CQBAAYlAQBDJQEASCUBAI4lAQCbJQEA2SUBAOUlAQAkJgEAKiYBAG8mAQB1JgEAuiYBAL8mAQAFJwEACycBABf7CwBfJwEAmycBAKcnAQDmJwEA6ScBADEoAQA0KAEAfCgBAIMoAQDHKAEA0ygBABIpAQAfKQEAXSkBAGspAQCoKQEAtCkBAPMpAQD6KQEAYvsLAEQqAQCJKgEAjyoBANQqAQDZKgEAHysBACUrAQCt+wsAaysBAEO7AQB0KwEA2Q4JAHYrAQDD1gsAeCsBAKyGCQB5KwEAtSsBAMErAQAALAEAASwBAEssAQAMLAEAvJQJAFUsAQCWLAEApCwBAOEsAQDmLAEALC0BADktAQD4+wsAeS0BAClVCQCFLQEAcUkJAJotAQDCLQEA5y0BAA0uAQAzLgEAWC4BAH8uAQCjLgEAxy4BAO4uAQD2LgEAQ/wLAEUvAQCELwEAhi8BAM8vAQDSLwEAGjABAB8wAQBlMAEAcjABALAwAQDMMAEA+zABAAMxAQCO/AsATzEBAJExAQBTMQEAWzoBAJQxAQDcMQEA6DEBACcyAQAtMgEAcjIBAH8yAQC9MgEAvzIBAAgzAQAeMwEAUzMBAF8zAQCeMwEApjMBANn8CwDvMwEANDQBADw0AQB/NAEAgDQBAMo0AQDMNAEAFTUBABg1AQBgNQEAYzUBACT9CwCwNQEA9jUBAPw1AQBBNgEASDYBAIw2AQCUNgEA1zYBAOQ2AQAiNwEAJzcBAG03AQB3NwEAuDcBAMA3AQADOAEABTgBAE44AQBfOAEAmTgBAKo4AQDkOAEA6TgBAC85AQAzOQEAejkBAIY5AQDFOQEAzDkBABA6AQAiOgEAb/0LAGA6AQCmOgEArjoBAPE6AQDzOgEAPDsBAEs7AQCHOwEAljsBANI7AQDeOwEAHTwBACA8AQBoPAEAazwBALM8AQC7PAEA/jwBAAg9AQBJPQEATj0BAJQ9AQCcPQEA3z0BAOk9AQAqPgEANT4BAHU+AQCDPgEAwD4BAMM+AQALPwEAEz8BAFY/AQBxPwEAoT8BAKw/AQDsPwEA8T8BADdAAQA6QAEAgkABAIxAAQDNQAEA30ABALr9CwAmQQEAY0EBAG1BAQCuQQEAuUEBAPlBAQABQgEAREIBAEpCAQCPQgEAkUIBANpCAQDzQgEAJUMBAD5DAQBwQwEAfkMBALtDAQDFQwEABkQBABxEAQBRRAEAbkQBAJxEAQCkRAEA50QBAPdEAQAyRQEANEUBAH1FAQCLRQEAyEUBANlFAQAF/gsAGkYBAFD+CwBfRgEAqUYBALpGAQD0RgEAAEcBAD9HAQBBRwEAikcBAI1HAQDVRwEA4UcBACBIAQAoSAEA5v4LAHZIAQC2SAEAwkgBAAFJAQAQSQEATEkBAGxJAQCXSQEAn0kBAOJJAQD2SQEALUoBADJKAQB4SgEAgUoBAMNKAQDJSgEADksBABZLAQBZSwEAaEsBAKRLAQCpSwEA70sBAPxLAQA6TAEAR0wBAIVMAQCRTAEA0EwBAN9MAQAbTQEAJU0BAGZNAQB0TQEAsU0BALZNAQD8TQEACU4BAEdOAQBPTgEAkk4BAJVOAQDdTgEA6U4BAChPAQAyTwEAc08BAH1PAQC+TwEAzE8BAAlQAQAWUAEAVFABAGtQAQCfUAEAolABADH/CwDtUAEAyxMDAPRQAQC+iAQA91ABADVRAQD6UAEAzb8JAPtQAQBXPQIAAFEBABFkAwA8UQEAXQoCAFBRAQCAUQEAglEBAMtRAQDcUQEAFlIBACRSAQBhUgEAaFIBAKxSAQCuUgEA91IBALFSAQBwJAIAtFIBAJNrAQAGUwEAQlMBAFFTAQCNUwEAmVMBANhTAQDbUwEAI1QBACZUAQBuVAEAjlQBALlUAQDFVAEABFUBABhVAQBPVQEAXVUBAJpVAQChVQEAfP8LAPxVAQAwVgEAMlYBACUsCQAzVgEARCsJAD1WAQB7VgEAfVYBAMZWAQDQVgEAEVcBANdWAQBeLwkAGlcBAFxXAQBiVwEAp1cBALNXAQDyVwEA+VcBAD1YAQBCWAEAiFgBAJRYAQDTWAEA1lgBAB5ZAQArWQEAaVkBAG5ZAQC0WQEAvlkBAP9ZAQAVWgEASloBAExaAQCVWgEAn1oBAOBaAQDvWgEAK1sBADZbAQDH/wsAglsBAMFbAQDOWwEADFwBABpcAQBXXAEAY1wBAKJcAQCpXAEAEgAMAPJcAQA4XQEA+VwBACtRCwD7XAEAwWgDADpdAQDe4gIAPV0BAAV6CABPXQEAg10BAJFdAQDOXQEA210BABleAQAhXgEAZF4BAG5eAQDX5gUAdF4BAK9eAQCxXgEA+l4BAAhfAQBFXwEAVl8BAF0ADACXXwEAqAAMAOBfAQAmYAEALGABAHFgAQB5YAEAvGABAMVgAQAHYQEACmEBAFJhAQBeYQEAnWEBAKNhAQDoYQEA8GEBADNiAQBSYgEAPgEMAIBiAQDJYgEA12IBABRjAQAlYwEAiQEMAGZjAQDUAQwAr2MBAPVjAQD7YwEAQGQBAEhkAQCLZAEAlGQBANZkAQDZZAEAIWUBAC1lAQBsZQEAcmUBAGoCDAC5ZQEAAmYBAAtmAQBNZgEAV2YBAJhmAQCjZgEA42YBAO9mAQAuZwEAO2cBAHlnAQCDZwEAxGcBANJnAQAPaAEAHmgBAFpoAQBcaAEApWgBAK9oAQDwaAEA/mgBADtpAQBAaQEAhmkBAJNpAQDRaQEA2WkBABxqAQAsagEAZ2oBAGlqAQCyagEAwGoBAP1qAQAOawEAtQIMAE9rAQAAAwwAnGsBAN5rAQDhawEAKWwBADVsAQB0bAEAemwBAL9sAQDMbAEACm0BAAxtAQBVbQEAa20BAKBtAQCsbQEASwMMAPdtAQA2bgEAPG4BAIFuAQCEbgEAzG4BANpuAQAXbwEAHG8BAGJvAQBvbwEArW8BALVvAQCWAwwABXABAENwAQBRcAEAjnABAKRwAQDZcAEA4nABACRxAQA6cQEAb3EBAHdxAQC6cQEAvXEBAAVyAQAOcgEAUHIBAFFyAQCbcgEAnHIBAOZyAQDrcgEAMXMBADdzAQB8cwEAhnMBAMdzAQDTcwEAEnQBABl0AQBddAEAZXQBAKh0AQCqdAEA83QBAPR0AQA+dQEATHUBAIl1AQCRdQEA1HUBAO91AQAfdgEAK3YBAGp2AQBwdgEAtXYBALh2AQAAdwEADncBAEt3AQBQdwEAlncBAKN3AQDhdwEA6XcBACx4AQA6eAEAd3gBAHp4AQDhAwwAxXgBAA15AQDGeAEASoEHAM54AQDvcgcA0HgBALd6CgDVeAEAu6MKABB5AQBYeQEAaXkBAKN5AQC/eQEA7nkBAPZ5AQAsBAwASnoBAIR6AQCMegEAz3oBANV6AQAaewEAH3sBAGV7AQBuewEAsHsBALp7AQD7ewEACXwBAEZ8AQBTfAEAkXwBAJ18AQDcfAEA33wBACd9AQBDfQEAdwQMAHV9AQC9fQEAhn0BAERPAwDJfQEACH4BAA5+AQBTfgEAXX4BAMIEDACjfgEA6X4BAPZ+AQA0fwEAPH8BADQLDABAfwEAf38BAER/AQBbhQEAhX8BAMp/AQDQfwEAFYABABqAAQBggAEAZoABAA0FDAC1gAEABi0JALmAAQD2gAEAB4EBAFgFDABIgQEAowUMAJSBAQDuBQwA5YEBACKCAQApggEAbYIBAHWCAQC4ggEAxYIBAAODAQAIgwEAToMBAFiDAQCZgwEAoYMBAOSDAQDqgwEAL4QBADGEAQB6hAEAiIQBAMWEAQDIhAEAEIUBAByFAQA5BgwAXYUBAKaFAQC0hQEA8YUBAAKGAQCEBgwAQ4YBAM8GDACNhgEA0oYBANiGAQAdhwEAIocBAGiHAQBuhwEAGgcMALWHAQD+hwEAv4cBAAdPBAAZiAEASYgBAEuIAQCUiAEArogBAN+IAQDsiAEAzoQHAPCIAQAqiQEALIkBAHWJAQCCiQEAwIkBANeJAQALigEAJYoBAFaKAQBYigEAoYoBAKSKAQDsigEA74oBADeLAQBDiwEAgosBAIiLAQDNiwEA14sBAGUHDAAdjAEAY4wBAHCMAQCujAEAuowBAPmMAQD/jAEARI0BAEqNAQCPjQEAlI0BANqNAQDgjQEAsAcMACyOAQClyAoALo4BAHgMAwAyjgEA+FACADaOAQCAGwoAO44BAHCOAQBxjgEAu44BAIaOAQCE0gMAvY4BAAaPAQDJjgEAh2cCAAyPAQBRjwEAX48BAJyPAQCfjwEA548BAOyPAQAykAEAP5ABAH2QAQCNkAEAyJABAMqQAQATkQEAIZEBAF6RAQBvkQEA+wcMAK+RAQD0kQEAAJIBAEYIDABQkgEAipIBAJSSAQDVkgEA45IBACCTAQAhkwEAa5MBAHyTAQC2kwEAwpMBAAGUAQARlAEATJQBAE6UAQCXlAEApZQBAOKUAQDzlAEAkQgMADOVAQB4lQEAhJUBANwIDADPlQEADpYBABSWAQBZlgEAX5YBAKSWAQCplgEA75YBAPWWAQAnCQwAQpcBAIWXAQCPlwEAQZYKAJ6XAQDQlwEA2ZcBABuYAQAlmAEAZpgBAG6YAQCxmAEAtZgBAPyYAQD+mAEAR5kBAEqZAQCSmQEArpkBAHIJDADwmQEAKJoBACmaAQBzmgEAf5oBAL6aAQDNmgEACZsBABObAQBUmwEAYJsBAJ+bAQCmmwEAvQkMAPCbAQCrtAkA/ZsBADWcAQBEnAEAgJwBAIycAQDLnAEAzJwBABadAQAgnQEAYZ0BAG+dAQCsnQEAsZ0BAPedAQAEngEAUwoMAEqeAQCNngEAmZ4BANieAQDrngEAI58BACSfAQBunwEAep8BALmfAQDInwEABKABAA6gAQBPoAEAW6ABAJqgAQChoAEAngoMAPagAQAwoQEAPKEBAHuhAQCLoQEAxqEBANChAQARogEAGaIBAFyiAQCHogEAp6IBAIiiAQDBpgEA0qIBAPKiAQD6ogEAPaMBAEOjAQCIowEAlqMBANOjAQDqowEAHqQBACmkAQBppAEAc6QBALSkAQDepAEA/6QBAAelAQBKpQEAWqUBAJWlAQCXpQEA4KUBAO6lAQArpgEAPKYBAH8LDAB9pgEAygsMAOymAQAMpwEAFKcBAFenAQBdpwEAoqcBALCnAQDtpwEABKgBADioAQBDqAEAg6gBAI2oAQDOqAEA+KgBABmpAQAhqQEAZKkBAHSpAQCvqQEAsakBAPqpAQAIqgEARaoBAFaqAQAVDAwAl6oBAGAMDADdqgEAJqsBADSrAQBxqwEAgqsBAKsMDADDqwEA9gwMAA+sAQBBDQwAWqwBAIwNDACfrAEA6KwBAPasAQAzrQEARK0BANcNDACErQEAya0BANWtAQAiDgwAHa4BAF+uAQBsrgEAqq4BALiuAQD1rgEA/64BAECvAQBarwEAi68BAI6vAQDWrwEA3a8BACGwAQBBsAEAbLABAIawAQBtDgwAxLABAAKxAQDIsAEAWv4BAM2wAQCySwIAELEBAE2xAQBXsQEAmLEBALKxAQDjsQEA87EBAC6yAQA0sgEAebIBAHuyAQDEsgEA2rIBAA+zAQAbswEAWrMBAF6zAQClswEAqrMBAPCzAQD2swEAO7QBAFu0AQCGtAEAoLQBANG0AQDTtAEAHLUBAB+1AQBntQEAarUBALK1AQC+tQEA/bUBAAO2AQBItgEAUrYBALgODACYtgEA3rYBAOu2AQAptwEANbcBAHS3AQCHtwEAv7cBAM63AQAKuAEAFrgBAFW4AQBWuAEAoLgBAKq4AQDruAEA+bgBADa5AQA7uQEAgbkBAI65AQADDwwAzbkBADtSCQDOuQEA+2QJAM+5AQD/jQkA0rkBAFVJBwDTuQEANlcJANa5AQA4JwoA17kBAJtbCQDYuQEAPasIANm5AQB5BQkA2rkBAEnbCADbuQEAWygEANy5AQAXugEA5LkBAD//DADouQEAuzkLAAq6AQBkKAoAGboBAGK6AQBwugEArboBAL66AQBODwwA/7oBAJkPDABPuwEAjrsBAJ27AQDZuwEA47sBACS8AQAwvAEAb7wBAHa8AQAvEAwAvLwBAAW9AQAWvQEAUL0BAFm9AQCbvQEAp70BAOa9AQDpvQEAMb4BADm+AQB8vgEAhr4BAMe+AQDMvgEAEr8BABq/AQBdvwEAdr8BAKi/AQC0vwEA878BAPu/AQDFEAwARsABABARDACMwAEA1MABANfAAQAfwQEAK8EBAGrBAQBwwQEAtcEBAL/BAQBbEQwABcIBAEvCAQBYwgEAlsIBAJ7CAQCmEQwA58IBACzDAQAywwEAd8MBAHzDAQDCwwEAyMMBAPERDAAVxAEAPBIMAFrEAQC0YQgAXcQBAKPEAQBkxAEA3igIAK3EAQDuxAEAssQBABReBgD2xAEA0roJAArFAQA5xQEAQcUBAIcSDACJxQEAz8UBAOXFAQAaxgEAG8YBAGXGAQBnxgEAsMYBALbGAQD7xgEAB8cBAEbHAQBNxwEAkccBAJnHAQDcxwEA5ccBACfIAQAqyAEAcsgBAIDIAQC9yAEAysgBAAjJAQAfyQEAU8kBAFvJAQCeyQEAqskBAH/KAQDJyQEA6ckBABTKAQA0ygEAWMoBANISDACcygEAysoBANPKAQCrywEA28oBABXLAQBDywEAYMsBAITLAQAdEwwArcsBAPbLAQAHzAEAQcwBAG/MAQCMzAEAsMwBAGgTDADdzAEAnBMFAODMAQAizQEA48wBADbOCgAszQEAbc0BAC/NAQCkGgUAMM0BAG2XCgB1zQEAuM0BALzNAQADzgEABc4BAE7OAQBRzgEAmc4BALXOAQCzEwwA6c4BAHs/CQDuzgEAEqgJAPDOAQAvzwEA9M4BAFSjCABMzwEAes8BAIPPAQDFzwEAx88BABDQAQAh0AEA/hMMAGDQAQCm0AEAr9ABAPHQAQAC0QEAPNEBAEPRAQCH0QEAj9EBANLRAQCh0QEA0+4BAN/RAQBo0gEA4dEBAJTTAQDr0QEAHdIBACnSAQBJFAwAbdIBALPSAQC90gEA/tIBAAbTAQCUFAwAVdMBAN8UDACZ0wEA39MBAOzTAQAq1AEANNQBAHXUAQB31AEAwNQBAM7UAQAL1QEAGNUBACoVDABb1QEAodUBAK7VAQDs1QEA9tUBADfWAQA51gEAgtYBAJDWAQDN1gEA2tYBAHUVDAAl1wEAY9cBAG3XAQDAFQwAttcBAPnXAQD71wEAFrIKABDYAQBE2AEASdgBAI/YAQCZ2AEA2tgBAOLYAQALFgwAL9kBAHDZAQB82QEAu9kBAL7ZAQAG2gEAENoBAFHaAQBr2gEAnNoBALPaAQDn2gEA7NoBADLbAQBO2wEAVhYMAIfbAQDI2wEAjtsBAI89BgDU2wEAE9wBABbcAQBe3AEAaNwBAKncAQDD3AEA9NwBAPrcAQA/3QEAQd0BAIrdAQCY3QEA1d0BANjdAQAg3gEALN4BAGveAQBu3gEAtt4BANneAQChFgwAA98BAEzfAQBa3wEAl98BAJrfAQDi3wEA7t8BAC3gAQAw4AEA7BYMAIPgAQDD4AEAyeABAA7hAQAT4QEAWeEBAF3hAQCk4QEAp+EBADcXDADw4QEAcA0KAPLhAQB/KgsA9eEBADriAQD44QEADSQLAPnhAQBU5gEA++EBAA8TCwD94QEAUgwLAP7hAQDrGAsA/+EBALMyCwAG4gEA5T4JAAniAQDBcAoARuIBAIXiAQCu4gEA0OIBANziAQAb4wEAKuMBAGbjAQBw4wEAseMBALTjAQD84wEAFuQBAEfkAQBR5AEAkuQBAJfkAQDd5AEA5+QBACjlAQAz5QEAc+UBAHnlAQC+5QEAw+UBAAnmAQAN5gEAghcMAFnmAQCf5gEAYuYBABIfCwCp5gEA6uYBAPXmAQA15wEAO+cBAIDnAQCF5wEAy+cBAM/nAQDNFwwAHugBAM+uCQAg6AEAtqgKADDoAQBh6AEAa+gBAKzoAQC36AEA9+gBAP3oAQBC6QEAR+kBAI3pAQCR6QEA2OkBAPvpAQAYGAwAJeoBAG7qAQAm6gEA5CEJACjqAQCpIgcALOoBAEPDCAAv6gEAV/IBADHqAQBkVAsAe+oBADQVAgB86gEAueoBALzqAQAE6wEAEOsBAE/rAQBn6wEAmusBAKbrAQDl6wEA6+sBADDsAQA27AEAe+wBAIDsAQDG7AEAzOwBAGMYDAAb7QEAXO0BAGftAQCn7QEAre0BAPLtAQD37QEAPe4BAEHuAQCI7gEAi+4BAK4YDADd7gEAHu8BACnvAQBp7wEAb+8BALTvAQC57wEA/+8BAAPwAQD5GAwAS/ABAJXwAQCh8AEA4PABAOzwAQAr8QEAMfEBAHbxAQB88QEAwfEBAMbxAQAM8gEAEvIBAEQZDABe8gEA2EEEAGbyAQBrKQIAZ/IBAKLyAQCu8gEA7fIBAPPyAQA48wEARPMBAIPzAQCQ8wEAzvMBAN3zAQAZ9AEAJfQBAGT0AQBw9AEAr/QBALX0AQD69AEAAPUBAEX1AQBK9QEAkPUBAJb1AQCPGQwA5fUBAHWEBgDx9QEAJvYBAPT1AQDHTwcAMvYBAHH2AQB59gEAa7UMAH32AQC89gEAwvYBAAf3AQAN9wEAUvcBAFf3AQCd9wEAo/cBANoZDADw9wEAE/4MAPL3AQAz+AEAOfgBAH74AQA/+AEA86ACAIz4AQDJ+AEA4vgBABT5AQAd+QEAX/kBAGn5AQCq+QEAtvkBAPX5AQAB+gEAQPoBAEb6AQCL+gEAkfoBANb6AQDb+gEAIfsBACf7AQAlGgwAePsBALf7AQDB+wEAAvwBAA38AQBN/AEAUvwBAJj8AQCf/AEA4/wBAO/8AQAu/QEANP0BAHn9AQB//QEAxP0BAMn9AQAP/gEAFf4BAHAaDABr/gEApf4BAKb+AQDw/gEAq/4BAFUDAgD1/gEAO/8BAEn/AQCG/wEAk/8BANH/AQDb/wEAHAACACgAAgBnAAIAbQACALIAAgC+AAIA/QACABABAgBIAQIAVwECAJMBAgCfAQIA3gECAN8BAgApAgIAMwICAHQCAgCCAgIAvwICAMQCAgAKAwIAFwMCALsaDABhAwIAoAMCALADAgDrAwIA9wMCADYEAgA8BAIAgQQCAI0EAgDMBAIA2QQCABcFAgAmBQIAYgUCAG4FAgCtBQIAuQUCAPgFAgALBgIAQwYCAFIGAgCOBgIAmgYCANkGAgDaBgIAJAcCAC4HAgBvBwIAfQcCALoHAgC/BwIABQgCABIIAgAGGwwAUggCAOM1BQBcCAIAmwgCAF0IAgAk4wcAXggCAGsxCQCvCAIA5ggCAPIIAgAxCQIANwkCAHwJAgCCCQIAxwkCAMwJAgASCgIAGAoCAFEbDABpCgIAqAoCALUKAgCeXwIAuwoCAPMKAgD4CgIAehoCAPsKAgD4mwIA/woCAD4LAgBECwIAiQsCAI8LAgDUCwIA2QsCAB8MAgAlDAIAnBsMAHYMAgC1DAIAuwwCAAANAgAFDQIASw0CAFINAgCWDQIApA0CAOENAgD8DQIALA4CADoOAgB3DgIAeg4CAMIOAgDQDgIADQ8CABIPAgBYDwIAZQ8CAKMPAgCvDwIA7g8CAPQPAgA5EAIAPxACAIQQAgCJEAIAzxACANUQAgDnGwwAHxECAGURAgBuEQIAsBECAL0RAgD7EQIAAhICAEYSAgBXEgIAkRICAJYSAgDcEgIA6xICACcTAgApEwIAchMCAIMTAgC9EwIAyRMCAAgUAgAOFAIAUxQCAFkUAgCeFAIAoxQCAOkUAgDvFAIAMhwMAEsVAgB/FQIAixUCAMoVAgDWFQIAFRYCABsWAgBgFgIAZhYCAKsWAgCwFgIA9hYCAPwWAgB9HAwARxcCAMlDAgBYFwIAjBcCAJUXAgDXFwIA7RcCACIYAgAuGAIAbRgCAHoYAgC4GAIAwhgCAAMZAgAPGQIAThkCAFQZAgCZGQIAnxkCAOQZAgDpGQIALxoCADUaAgDIHAwAgxoCAMUaAgDPGgIAEBsCABUbAgBbGwIAaxsCAKYbAgC/GwIA8RsCAPYbAgA8HAIARRwCAIccAgCUHAIA0hwCANkcAgAdHQIAIB0CAGgdAgB0HQIAsx0CAMYdAgD+HQIADR4CAEkeAgBVHgIAlB4CAJUeAgDfHgIA6R4CACofAgA4HwIAdR8CAHofAgDAHwIAzR8CABMdDAAOIAIAViACAFkgAgChIAIAriACAI3xCACwIAIA7CACAO4gAgA3IQIAOiECAIIhAgCMIQIAzSECANkhAgAYIgIAKyICAGMiAgByIgIAriICALoiAgD5IgIA+iICAEQjAgBOIwIAjyMCAJ0jAgDaIwIA3yMCACUkAgAyJAIAXh0MAHEkAgC7JAIAxyQCAAYlAgAMJQIAUSUCAFMlAgCcJQIApiUCAOclAgD1JQIAMiYCADcmAgB9JgIAiiYCAMgmAgDUJgIAEycCACYnAgBeJwIAbScCAKknAgC1JwIA9CcCAPUnAgA/KAIASSgCAIooAgCYKAIA1SgCANooAgAgKQIALSkCAKkdDAB0KQIAtikCAHcpAgCMtQkAvCkCAAEqAgAEKgIATCoCAFoqAgCXKgIAnCoCAOIqAgDvKgIALSsCADkrAgB4KwIAfisCAMMrAgDJKwIADiwCABMsAgBZLAIAXywCAPQdDACmLAIA7ywCAKssAgAXOQoA/iwCADotAgBaLQIAhS0CAIotAgDQLQIA6y0CABsuAgAnLgIAZi4CAGwuAgCxLgIAwS4CAPwuAgANLwIARy8CAEwvAgCSLwIAli8CAN0vAgDpLwIAKDACAC4wAgBzMAIAeTACAL4wAgDDMAIACTECAA8xAgA/HgwAajECAJ8xAgCgMQIA6jECAPsxAgA1MgIAQTICAIAyAgCWMgIAyzICANcyAgAWMwIAIzMCAGEzAgBrMwIArDMCALgzAgD3MwIA/jMCAEI0AgBONAIAjTQCAJM0AgDYNAIA3jQCACM1AgAoNQIAbjUCAHQ1AgCKHgwAuzUCAMfTCgDCNQIABDYCAAU2AgBPNgIAUDYCAJo2AgCfNgIA5TYCAOs2AgAwNwIAOjcCAHs3AgCHNwIAxjcCAM03AgAROAIAFjgCAFw4AgBdOAIApzgCALM4AgDyOAIA+DgCAD05AgA/OQIAiDkCAJI5AgDTOQIA4TkCAB46AgAjOgIAaToCAHY6AgC0OgIAwDoCAP86AgASOwIASjsCAFk7AgCVOwIAoTsCAOA7AgDhOwIAKzwCADU8AgB2PAIAhDwCAME8AgDGPAIADD0CABk9AgDVHgwAaD0CAKI9AgCuPQIA7T0CAAQ+AgA4PgIAOj4CAIM+AgCUPgIAzj4CANA+AgAZPwIAHz8CAGQ/AgB7PwIArz8CALg/AgD6PwIAEEACAEVAAgBRQAIAkEACAJ1AAgDbQAIA5UACACZBAgAyQQIAcUECAIRBAgC8QQIAy0ECAAdCAgATQgIAUkICAFNCAgCdQgIAp0ICAOhCAgD2QgIAM0MCADhDAgB+QwIAi0MCACAfDADLQwIAFEQCAChEAgBfRAIAbUQCAKpEAgC3RAIA9UQCAPxEAgBARQIATEUCAItFAgCeRQIA1kUCANtFAgAhRgIAKkYCAGxGAgB2RgIAt0YCALxGAgACRwIAEkcCAE1HAgBmRwIAmEcCAJ1HAgDjRwIA7EcCAC5IAgA7SAIAeUgCAIBIAgDESAIAx0gCAA9JAgAbSQIAWkkCAG1JAgClSQIAtEkCAPBJAgD8SQIAO0oCADxKAgCGSgIAkEoCANFKAgDfSgIAHEsCACFLAgBnSwIAdEsCAGsfDADLSwIA/UsCAAlMAgBITAIATkwCAJNMAgCjTAIA3kwCAONMAgApTQIAL00CAHRNAgCKTQIAv00CAMFNAgAKTgIAFE4CAFVOAgBhTgIAoE4CALNOAgDrTgIA+k4CADZPAgBCTwIAgU8CAIJPAgDMTwIA1k8CABdQAgAlUAIAYlACAGdQAgCtUAIAulACALYfDAD7UAIAvCoKAAJRAgAy8AoABFECAO6gBwAFUQIA9vcCAAdRAgBDUQIATFECAI5RAgCUUQIA2VECAN9RAgAkUgIAMFICAG9SAgB8UgIAulICAMRSAgAFUwIAG1MCAFBTAgBVUwIAm1MCAKJTAgDmUwIA9FMCADFUAgBBVAIAfFQCAIpUAgDHVAIA1lQCABJVAgAUVQIAXVUCAGdVAgCoVQIAtlUCAPNVAgD4VQIAPlYCAEtWAgCJVgIAlVYCANRWAgDnVgIAH1cCAC5XAgBqVwIAdlcCALVXAgC2VwIAAFgCAApYAgBLWAIAWVgCAJZYAgCbWAIA4VgCAO5YAgABIAwALlkCAHdZAgA4WQIAm5kHAIhZAgDCWQIAy1kCAA1aAgAZWgIAWFoCAGRaAgCjWgIAqVoCAO5aAgD0WgIAOVsCAD5bAgCEWwIAilsCAEwgDADVWwIAlyAMACZcAgDiIAwAaFwCAHghDACzXAIAwyEMALVcAgBjmQMA/lwCAIckCQAIXQIARl0CAFBdAgCRXQIAk10CANxdAgDvXQIAJ14CADNeAgByXgIAeF4CAL1eAgDDXgIACF8CAA1fAgBTXwIAWV8CAA4iDACoXwIA6V8CAOtfAgA0YAIAPmACAH9gAgCNYAIAymACAM9gAgAVYQIAImECAGBhAgBsYQIAq2ECALFhAgD2YQIA/GECAEFiAgBGYgIAjGICAJJiAgBZIgwA4GICAOhXCwDkYgIAImMCAOhiAgDRBwkAL2MCAG1jAgBBYwIA27cDAHJjAgC4YwIAwmMCAANkAgALZAIATmQCABpkAgD/BAsAVGQCAODZCQBcZAIAq/8JAF1kAgA2tAYAXmQCAJlkAgBfZAIAbdUIAKdkAgDkZAIA8WQCAC9lAgA2ZQIAemUCAIJlAgDFZQIAxmUCAPPHCADIZQIAEGYCANtlAgAxxggAJGYCAFtmAgBxZgIApmYCAL9mAgDxZgIA9mYCADxnAgBNZwIApCIMAJhnAgDSZwIA1GcCAB1oAgAnaAIAaGgCAHZoAgCzaAIAuGgCAP5oAgALaQIASWkCAFFpAgCUaQIAoGkCAN9pAgCkaQIAC2sCAOVpAgAqagIAMGoCAHVqAgB6agIAwGoCAMZqAgDvIgwADWsCAFZrAgBkawIAoWsCALJrAgA6IwwA82sCAIUjDAA/bAIAgmwCAJBsAgDNbAIAkWwCAH1xAgDabAIAGG0CACdtAgBjbQIAaG0CAK5tAgDEbQIA+W0CAPptAgBEbgIARm4CAI9uAgCZbgIA2m4CAOhuAgAlbwIAPm8CAHBvAgCBbwIAu28CAMdvAgAGcAIADnACAGYkDABlcAIAnHACAJ1wAgDncAIA83ACADJxAgA1cQIAsSQMAH9xAgDIcQIA1XECABNyAgAgcgIAXnICAGNyAgCpcgIAs3ICAPRyAgD8cgIAP3MCAE9zAgCKcwIAmHMCANVzAgDicwIAIHQCACd0AgBrdAIAc3QCALZ0AgC5dAIAAXUCABV1AgBMdQIAYnUCAJd1AgCwdQIA4nUCAOd1AgAtdgIAPnYCAPwkDACAdgIARyUMAIR2AgDfrwcAlHYCAOQ7DQDQdgIADncCABV3AgBZdwIAZXcCAKR3AgC0dwIA73cCAP13AgA6eAIAR3gCAIV4AgCReAIA0HgCANd4AgCSJQwAHXkCAGZ5AgAgeQIAlEoDAHN5AgCxeQIAvnkCAPx5AgABegIAR3oCAFF6AgCSegIAmnoCAN16AgDmegIAKHsCACt7AgBzewIAf3sCAN0lDADDewIACXwCAMp7AgCrPQgADnwCAFR8AgBcfAIAn3wCALV8AgDqfAIA7HwCADV9AgBCfQIAgH0CAJR9AgAoJgwA0H0CABZ+AgAefgIAWDYIACB+AgBhfgIAaX4CAKx+AgC4fgIA934CAAR/AgBCfwIAR38CAI1/AgCWfwIA2H8CAO9/AgAjgAIALoACAHMmDAB8gAIAuYACALyAAgAEgQIAB4ECAE+BAgBdgQIAmoECAKeBAgDlgQIA/IECADCCAgA4ggIAe4ICAIGCAgDGggIA0oICABGDAgAbgwIAXIMCAGWDAgCngwIArYMCAPKDAgD/gwIAviYMAEmEAgCIhAIAS4QCAMVBCACXhAIA04QCAOSEAgAehQIAIIUCAGmFAgBvhQIAtIUCAMCFAgD/hQIABoYCAEqGAgBShgIAlYYCAJeGAgDghgIA7YYCACuHAgAyhwIAdocCAH6HAgDBhwIAzocCAAyIAgARiAIAV4gCAGGIAgCiiAIAqogCAO2IAgD2iAIAOIkCADuJAgCDiQIAj4kCAM6JAgDViQIACScMACaKAgBkigIAL4oCAMmOAgBPigIAlEUIAH+KAgCvigIAsYoCAPqKAgALiwIARYsCAFOLAgCQiwIAl4sCANuLAgDjiwIAJowCACuMAgBxjAIAcowCALyMAgDIjAIAB40CAA2NAgBSjQIAVI0CAJ2NAgCnjQIA6I0CAPaNAgAzjgIAOI4CAH6OAgCLjgIAVCcMAMqOAgAUjwIAGY8CAF+PAgBljwIAqo8CALSPAgD1jwIAAZACAECQAgBHkAIAi5ACAJOQAgDWkAIA2JACACGRAgAukQIAbJECAHORAgC3kQIAv5ECAAKSAgAPkgIATZICAFKSAgCYkgIAopICAOOSAgDrkgIALpMCADeTAgB5kwIAfJMCAMSTAgDQkwIAD5QCABaUAgCfJwwAZpQCAPs4CABulAIApZQCALKUAgDwlAIA+pQCADuVAgA9lQIAhpUCAJmVAgDRlQIA2ZUCAByWAgAolgIAZ5YCAG2WAgCylgIAuJYCAP2WAgAClwIASJcCAE6XAgDqJwwAoZcCAN6XAgDtlwIAKZgCAEWYAgB0mAIASZgCALa/AgB8mAIANSgMAMiYAgAKmQIAF5kCAFWZAgBfmQIAoJkCAK6ZAgDrmQIAAZoCADaaAgBCmgIAgZoCAImaAgCAKAwA0poCABebAgAdmwIAYpsCAGebAgCtmwIAs5sCAMsoDAD9mwIAQ5wCAEycAgCOnAIAmJwCANmcAgDhnAIAJJ0CACmdAgBvnQIAf50CALqdAgDCnQIABZ4CAAueAgDHnwIAHp4CAFCeAgBVngIAm54CAKSeAgDmngIA854CADGfAgA4nwIAfJ8CAH+fAgAWKQwAyZ8CABKgAgAfoAIAXaACAHSgAgCooAIAtKACAGEpDAAJoQIAPqECAD+hAgCJoQIAk6ECANShAgDcoQIAH6ICACmiAgBqogIAb6ICALWiAgC9ogIAAKMCAAKjAgBLowIAA6MCAPunAgAHowIASbQCABajAgAirgIAUqMCAJajAgCdowIA4aMCAOmjAgAspAIAMKQCAHekAgCFpAIAwqQCAMykAgANpQIAGKUCAFilAgBgpQIAo6UCAKilAgDupQIACaYCADmmAgBFpgIAhKYCAIqmAgDPpgIA36YCABqnAgArpwIAZacCAGqnAgCwpwIAtKcCAKwpDAAEqAIARqgCAF+oAgCRqAIAm6gCANyoAgDiqAIAJ6kCACmpAgByqQIAgakCAL2pAgDHqQIACKoCABCqAgBTqgIAV6oCAJ6qAgCsqgIA6aoCAPOqAgA0qwIAP6sCAH+rAgCHqwIAyqsCAM+rAgAVrAIAMKwCAGCsAgBsrAIAq6wCALGsAgD2rAIABq0CAEGtAgBSrQIAjK0CAJGtAgDXrQIA260CAPcpDAArrgIAba4CAH6uAgC4rgIAwq4CAAOvAgARrwIATq8CAE+vAgCZrwIAqq8CAOSvAgD4rwIAL7ACADewAgB6sAIAfrACAMWwAgDTsAIAELECABqxAgBbsQIAZrECAKaxAgCusQIA8bECAPaxAgA8sgIAV7ICAIeyAgCTsgIA0rICANiyAgAdswIALbMCAGizAgB5swIAs7MCALizAgD+swIAArQCAEIqDABXtAIAlLQCAK+0AgDftAIA7bQCACq1AgAxtQIAdbUCAIG1AgDAtQIAyLUCAI0qDAAZtgIAVrYCAGC2AgChtgIArLYCAOy2AgD0tgIAN7cCADy3AgCCtwIAnbcCAM23AgDZtwIAGLgCAB64AgBjuAIAc7gCAK64AgC/uAIA+bgCAP64AgBEuQIASLkCANgqDACguQIA2rkCAOK5AgAlugIAJroCAHC6AgB1ugIAu7oCAMm6AgAGuwIAE7sCAFG7AgBbuwIAnLsCAKi7AgDnuwIA7bsCADK8AgA6vAIAfbwCAIS8AgDIvAIA1LwCABO9AgAZvQIAXr0CAGq9AgCpvQIAub0CAPS9AgAAvgIAP74CAEW+AgCKvgIAlr4CANW+AgDivgIAIL8CAC+/AgBrvwIAd78CACMrDADCvwIAAcACAAjAAgBMwAIAVMACAJfAAgCZwAIA4sACAOzAAgAtwQIANcECAG4rDACGwQIAxs0CAIfBAgDDwQIAxcECAA7CAgAfwgIAWcICAGrCAgCkwgIAsMICAO/CAgD2wgIAOsMCAELDAgCFwwIAr8MCANDDAgDVwwIAG8QCABzEAgBmxAIAcMQCALHEAgC/xAIA/MQCAAHFAgBHxQIAVMUCAJLFAgCuxQIA3cUCAPnFAgC5KwwANcYCAHPGAgB3xgIAvsYCAMTGAgAJxwIAC8cCAFTHAgBVxwIAn8cCAMLHAgDqxwIADsgCADXIAgBfyAIAgMgCAIjIAgDLyAIA0MgCABbJAgAjyQIAYckCAGnJAgCsyQIArskCAPfJAgD/yQIAQsoCAGzKAgCNygIAmsoCANjKAgDdygIAI8sCADDLAgBuywIAessCALnLAgDjywIABMwCAAzMAgBPzAIAaswCAJrMAgCczAIA5cwCAPbMAgAwzQIAOc0CAHvNAgCHzQIABCwMANPNAgARzgIAGM4CAFzOAgBozgIAp84CALrOAgDyzgIA+s4CAD3PAgBCzwIAiM8CAJHPAgDTzwIA3c8CAB7QAgAm0AIAadACAG7QAgC00AIAxNACAP/QAgAH0QIAStECAGPRAgCV0QIAmtECAODRAgDp0QIAK9ICADjSAgB20gIAfdICAMHSAgDE0gIATywMAA7TAgBX0wIAYdMCAKLTAgCk0wIA7dMCAAbUAgA41AIAOtQCAIPUAgCG1AIAztQCANrUAgAZ1QIAIdUCAJosDAB41QIAr9UCALLVAgD61QIABNYCAEXWAgBR1gIAkNYCAKbWAgDb1gIA49YCACbXAgA01wIAcdcCAHTXAgC81wIAxNcCAAfYAgAK2AIAUtgCABXYAgB53gIAXNgCAJ3YAgBd2AIAQNsCAJ/YAgDo2AIA7tgCADPZAgA92QIAftkCAIzZAgDJ2QIA1tkCABTaAgAr2gIAX9oCAGfaAgCq2gIAs9oCAPXaAgD22gIA5SwMAEnbAgCL2wIAldsCANbbAgDg2wIAIdwCAC/cAgBs3AIAedwCALfcAgDO3AIAAt0CAArdAgBN3QIAVN0CAJjdAgCd3QIA490CAOfdAgAu3gIAO94CADAtDACG3gIAxN4CAMzeAgAP3wIAFd8CAFrfAgBm3wIApd8CALTfAgDw3wIA9d8CADvgAgBW4AIAhuACAJLgAgDR4AIA1+ACABzhAgAw4QIAZ+ECAG/hAgCy4QIAyOECAP3hAgAC4gIASOICAE/iAgCT4gIAn+ICAHstDADl4gIAKeMCADfjAgB04wIAgeMCAL/jAgDW4wIACuQCABLkAgBV5AIAW+QCAKDkAgCs5AIA6+QCAPLkAgA25QIAROUCAIHlAgCE5QIAzOUCANTlAgAX5gIAJeYCAGLmAgBl5gIAreYCALXmAgD45gIACecCAEPnAgBI5wIAjucCAJDnAgDZ5wIA4OcCACToAgAy6AIAb+gCAHzoAgC66AIA0egCAAXpAgAN6QIAUOkCAFrpAgCb6QIApukCAObpAgDy6QIAMeoCADnqAgDGLQwAfuoCAMfqAgDR6gIAEusCABTrAgBd6wIAYOsCAKjrAgC06wIA8+sCAP3rAgA+7AIARuwCAInsAgCX7AIA1OwCAOHsAgAf7QIAJ+0CAGrtAgCA7QIAte0CAMHtAgAA7gIAFu4CAEvuAgBQ7gIAlu4CAJzuAgDh7gIA9e4CABEuDAAv7wIAd+8CAH/vAgDC7wIA0O8CAA3wAgDY7wIA6ksGABrwAgBY8AIAYPACAKPwAgCt8AIA7vACAPnwAgA58QIARfECAITxAgCM8QIAXC4MANXxAgAa8gIAH/ICAGXyAgB08gIAsPICALzyAgD78gIA/vICAEbzAgBJ8wIAkfMCAJnzAgDc8wIA4fMCACf0AgA39AIAcvQCAHr0AgC99AIAwPQCAAj1AgAS9QIAU/UCAFX1AgCe9QIApPUCAOn1AgDz9QIANPYCAEL2AgB/9gIAjPYCAMr2AgDh9gIAFfcCAB33AgBg9wIAafcCAKv3AgCs9wIApy4MAAL4AgBB+AIARPgCAL2kBwBQ+AIAjPgCAFT4AgBilgcAlvgCANf4AgDf+AIAI2EDAOP4AgDa7QoA5fgCACL5AgDz+AIAFKkGACf5AgBt+QIAL/kCAOQmBAB6+QIAuPkCALv5AgCSCwgAvvkCAAFwBwDA+QIAA/oCAML5AgAqwgQAxPkCAK2oBAAJ+gIAuSMFAA36AgBO+gIAEfoCACHXBwBT+gIAmfoCAFr6AgByigMAofoCAOT6AgDn+gIAL/sCADv7AgB6+wIAgPsCAMX7AgDg+wIAEPwCABz8AgBb/AIAYfwCAKb8AgCu/AIA8fwCAPP8AgA8/QIA9vwCANL9AgBG/QIAh/0CAI/9AgDyLgwA3/0CAB3+AgAl/gIAaP4CAGv+AgCz/gIAuP4CAP7+AgAN/wIASf8CAGn/AgCU/wIAoP8CAN//AgDp/wIAKgADADIAAwB1AAMAhwADAIgvDADKAAMACwEDABkBAwBWAQMAYwEDAKEBAwC4AQMA7AEDAPQBAwA3AgMARgIDAIICAwCHAgMAzQIDANoCAwAYAwMAJQMDAGMDAwBvAwMArgMDAL0DAwD5AwMAAwQDAEQEAwBSBAMAjwQDAJQEAwDaBAMA5wQDACUFAwAoBQMAcAUDAHgFAwC7BQMAwAUDAAYGAwATBgMAUQYDAFkGAwCcBgMApQYDAOcGAwD0BgMAMgcDAEAHAwB9BwMAkAcDAMgHAwDQBwMAEwgDABoIAwBeCAMAYwgDAKkIAwC/CAMA9AgDAPYIAwA/CQMATQkDAIoJAwCXCQMA1QkDAN0JAwAgCgMAIwoDAGsKAwBwCgMAtgoDAMUKAwABCwMAIQsDAEwLAwBYCwMAlwsDAKELAwDiCwMA6gsDAC0MAwA/DAMA0y8MAIkMAwDDDAMAygwDAA4NAwAWDQMAWQ0DAGYNAwCkDQMAqQ0DAO8NAwD5DQMAOg4DAEIOAwCFDgMAhw4DADgaCACPDgMAEjEIAJQOAwDQDgMAlQ4DAMz/BgDVDgMAGw8DACgPAwBmDwMAcw8DALEPAwC9DwMA/A8DAAsQAwBHEAMAURADAJIQAwCaEAMA3RADAOcQAwAoEQMALREDAHMRAwB7EQMAHjAMAMoRAwAJEgMADxIDAFQSAwBvEgMAnxIDAKsSAwDqEgMA8BIDADUTAwBREwMAgBMDAIgTAwBpMAwA0xMDABYUAwAgFAMAYRQDAGwUAwCsFAMAuBQDAPcUAwD/FAMAtDAMAE4VAwCNFQMAkxUDANgVAwDzFQMAIxYDAC8WAwBuFgMAdBYDALkWAwDBFgMABBcDAAoXAwBPFwMAWBcDAJoXAwCnFwMA5RcDAPIXAwAwGAMAPhgDAHsYAwCIGAMAxhgDAN0YAwARGQMAGRkDAFwZAwBhGQMApxkDAG0ZAwBpGwMAtBkDAPIZAwD6GQMAPRoDAEgaAwCIGgMAjRoDANMaAwDWGgMAHhsDACgbAwD/MAwAbhsDALQbAwDDGwMA/xsDAAEcAwBKHAMAWxwDAJUcAwCmHAMA4BwDAPQcAwBKMQwAPB0DAHYdAwB5HQMAwR0DAH4dAwBXDAYAgx0DALjiCgDLHQMADB4DAA4eAwBXHgMAYR4DAKIeAwCuHgMA7R4DABUfAwA4HwMAQx8DALLCAwBeHwMAgx8DALQfAwDOHwMA9B8DABkgAwA/IAMAZCADAJYgAwCvIAMA3yADAPogAwACIQMARSEDAG0hAwCQIQMAwyEDANshAwALIgMAJiIDAC4iAwBxIgMAgCIDALwiAwDBIgMAByMDABAjAwBSIwMAFCMDAA8qAwBjIwMAnSMDAKQjAwDoIwMA8CMDADMkAwBAJAMAfiQDAIMkAwDJJAMA0yQDABQlAwAcJQMAXyUDAGklAwDrLwMAbiUDAKolAwCvJQMA9SUDAAImAwBAJgMATSYDAIsmAwCXJgMA1iYDAOUmAwAhJwMAKycDAGwnAwB0JwMAtycDAMEnAwACKAMABygDAE0oAwBVKAMAlTEMAKQoAwDjKAMA6SgDAC4pAwBJKQMAeSkDAIUpAwDEKQMAyikDAOAxDAAcKgMAWioDAGYqAwClKgMAtCoDAPAqAwD6KgMAOysDAEkrAwCGKwMAiysDANErAwDeKwMAHCwDACQsAwBnLAMAcSwDALIsAwC3LAMA/SwDAAUtAwBILQMASy0DAJMtAwCfLQMA3i0DAOQtAwApLgMARC4DAHQuAwCALgMAvy4DAMUuAwAKLwMAEi8DAFUvAwBXLwMAoC8DAKovAwArMgwA8S8DADYwAwA4MAMAgTADAI4wAwDMMAMAzzADABcxAwAoMQMAYjEDAGQxAwCtMQMAtzEDAPgxAwAEMgMAQzIDAEsyAwB2MgwAkzIDANkyAwDcMgMAJDMDAC4zAwBvMwMAdzMDALozAwDHMwMABTQDAAc0AwBQNAMAZjQDAJs0AwCnNAMAwTIMAAI1AwAxNQMATTUDAAwzDACBNQMAxzUDANQ1AwASNgMAHzYDAF02AwBpNgMAqDYDALc2AwDzNgMA/TYDAD43AwBMNwMAiTcDAI43AwDUNwMA4TcDAB84AwA4OAMAajgDAGw4AwC1OAMAvDgDAFczDAAdOQMASzkDAFw5AwCWOQMAojkDAOE5AwD0OQMALDoDADs6AwB3OgMAgzoDAMI6AwDDOgMADTsDABc7AwBYOwMAZjsDAKM7AwCoOwMA7jsDAPs7AwCiMwwAPjwDAIQ8AwCRPAMAzzwDANw8AwAaPQMAJj0DAGU9AwB0PQMAsD0DALo9AwD7PQMACT4DAEY+AwBLPgMAkT4DAJ4+AwDcPgMA5D4DACc/AwAxPwMAcj8DAHc/AwC9PwMAxT8DAIM0DAAKQAMAU0ADAGFAAwCeQAMAr0ADAM40DADwQAMAGTUMADlBAwB/QQMAh0EDAMpBAwDZQQMAFUIDABpCAwBgQgMAbUIDAKtCAwC4QgMA9kIDAAJDAwBBQwMAUEMDAIxDAwCWQwMArzUMAN1DAwDzXQkA6kMDACJEAwAxRAMAbUQDAHlEAwC4RAMAuUQDAANFAwANRQMATkUDAFxFAwCZRQMAnkUDAORFAwDxRQMA+jUMADNGAwB6RgMAhUYDAMVGAwDTRgMAEEcDACFHAwBbRwMAZ0cDAKZHAwCuRwMARTYMAPZHAwA8SAMASUgDAIdIAwCUSAMA0kgDAN5IAwAdSQMALEkDAGhJAwBySQMAs0kDAMFJAwD+SQMAC0oDAElKAwBgSgMAkDYMAKFKAwDfSgMA7EoDACpLAwA2SwMAdUsDAIRLAwDASwMAyksDAAtMAwAZTAMAVkwDACdMAwCKuQcAW0wDAKFMAwCuTAMA7EwDAPRMAwA3TQMAPU0DAIJNAwCOTQMAzU0DAN1NAwAYTgMAIU4DAGNOAwBmTgMArk4DALpOAwD5TgMAAE8DANs2DABRTwMAj08DAJ5PAwDaTwMA208DACVQAwA8UAMAcFADAIpQAwC7UAMAx1ADAAZRAwAZUQMAUVEDAGBRAwCcUQMAqFEDAOdRAwDoUQMAMlIDADxSAwB9UgMAi1IDAMhSAwDNUgMAE1MDACBTAwAmNwwAeFMDAKlTAwC4UwMA9FMDAPZTAwA/VAMA+VMDANBZAwBMVAMAilQDAJdUAwDVVAMA2lQDACBVAwAqVQMAa1UDAHpVAwC2VQMAu1UDAAFWAwAOVgMATFYDAFlWAwCXVgMAo1YDAOJWAwDxVgMALVcDADdXAwB4VwMAhVcDAMNXAwDIVwMADlgDABJYAwBZWAMAZVgDAKRYAwCqWAMA71gDAPVYAwA6WQMAP1kDAIVZAwCLWQMAcTcMAN1ZAwAbWgMAKFoDAGZaAwByWgMAsVoDAMBaAwD8WgMABlsDAEdbAwBVWwMAklsDAJdbAwDdWwMA6lsDAChcAwAvXAMAc1wDAHhcAwC+XAMAylwDAAldAwAMXQMAVF0DAGFdAwCfXQMApF0DAOpdAwD0XQMANV4DAEFeAwCAXgMAk14DAMteAwDZXgMAFl8DABlfAwBhXwMAa18DAKxfAwC4XwMA918DAP1fAwBCYAMASGADAI1gAwCSYAMA2GADAN5gAwC8NwwALWEDADROBQAvYQMA6PIGADJhAwBuYQMAcGEDALlhAwDKYQMABGIDABViAwBPYgMAV2IDAJpiAwCqYgMA5WIDAOdiAwAwYwMAPmMDAHtjAwCMYwMABzgMAM1jAwBSOAwAEmQDAFxkAwBhZAMAp2QDAK1kAwDyZAMA/GQDAD1lAwBJZQMAiGUDAI5lAwDTZQMA2WUDAB5mAwAjZgMAaWYDAG9mAwCdOAwAwmYDAP9mAwAYZwMASmcDAEtnAwCVZwMAsmcDAOBnAwD6ZwMAK2gDAC5oAwB2aAMAe2gDAH45DADaaAMADGkDABJpAwBXaQMAImkDAJbPAwBZaQMAomkDAKhpAwDtaQMAAWoDADhqAwBAagMAg2oDAJBqAwDOagMA02oDABlrAwAjawMAZGsDAGxrAwCvawMAwGsDAPprAwD/awMARWwDAEdsAwCQbAMAl2wDANtsAwDnbAMAJm0DAC1tAwBxbQMAjW0DALxtAwDEbQMAyTkMAAxuAwBSbgMAVG4DAJ1uAwCkbgMA6G4DAPZuAwAzbwMAQG8DAH5vAwCVbwMAyW8DANFvAwAUcAMAHnADAF9wAwAqcAMAx8sDAGpwAwCqcAMAtnADAPVwAwD9cAMAFDoMAEFxAwCLcQMAkHEDANZxAwDZcQMAIXIDACtyAwBscgMAg3IDALdyAwC9cgMAAnMDAA5zAwBNcwMAUHMDAJhzAwC1cwMA43MDAPRzAwAudAMATXQDAHl0AwCBdAMAxHQDAMZ0AwAPdQMAHnUDAFp1AwBkdQMApXUDALN1AwDwdQMAC3YDADt2AwBHdgMAhnYDAI52AwBfOgwA3XYDABx3AwArdwMAZ3cDAGx3AwCydwMAuHcDAP13AwAEeAMASHgDAFB4AwCTeAMAlXgDAN54AwDleAMAKXkDACt5AwB0eQMAdXkDAL95AwDJeQMACnoDABZ6AwBVegMAW3oDAKB6AwC6egMA63oDAPN6AwA2ewMATHsDAIF7AwCPewMAzHsDAM97AwAXfAMAGnwDAGJ8AwBwfAMArXwDALp8AwD4fAMAD30DAEN9AwBLfQMAjn0DAJB9AwDZfQMA4X0DACR+AwA7fgMAb34DAHt+AwC6fgMA0H4DAAV/AwANfwMAUH8DAF5/AwCbfwMApX8DAOZ/AwDufwMAMYADADiAAwB8gAMAiIADAMeAAwDIgAMAEoEDAB6BAwBdgQMAaoEDAKiBAwCvgQMA84EDAPaBAwA+ggMARoIDAImCAwCOggMA1IIDAOGCAwAfgwMATYMDAGqDAwBygwMAqjoMAL2DAwCpaAwA0YMDAACEAwAIhAMA9ToMAFmEAwCWhAMAmIQDAOGEAwDyhAMALIUDADSFAwB3hQMAg4UDAMKFAwDIhQMADYYDABOGAwBYhgMAXYYDAKOGAwCphgMAQDsMAPOGAwA5hwMA+oYDAJwOCgBBhwMAhIcDAImHAwBW/AcAiocDAFjMCACQhwMAN5MIAJOHAwDPhwMAlYcDAADKCADUhwMAGogDANWHAwAYHQcAJ4gDAGWIAwByiAMAsIgDALyIAwD7iAMACokDAEaJAwBQiQMAbDwMAJuJAwDciQMA4YkDACeKAwAvigMAtzwMAHiKAwC9igMA04oDAAiLAwAWiwMAU4sDAGCLAwCeiwMAoIsDAOmLAwDziwMANIwDAECMAwB/jAMAhowDAMqMAwDSjAMAFY0DAByNAwBgjQMAaY0DAKuNAwC3jQMA9o0DAP6NAwBNPQwARo4DAIyOAwCUjgMA144DAOaOAwAijwMAJ48DAG2PAwB6jwMAuI8DAMWPAwADkAMAD5ADAE6QAwBdkAMAmZADAKOQAwDkkAMA8pADAC+RAwA0kQMAepEDAIeRAwDFkQMAzZEDABCSAwAakgMAW5IDAGmSAwCmkgMAvJIDAPGSAwD9kgMAPJMDAEGTAwCHkwMAkJMDANKTAwDckwMAmD0MACeUAwBolAMAdJQDALOUAwC7lAMA4z0MAAOVAwBJlQMAVpUDAJSVAwChlQMA35UDAOuVAwAqlgMAOZYDAHWWAwB/lgMAwJYDANiWAwALlwMAFZcDAFaXAwBklwMAoZcDALeXAwDslwMA+JcDADeYAwA8mAMAgpgDAIuYAwDNmAMA15gDABiZAwAgmQMALj4MAHCZAwCumQMAeZkDACSyCwC7mQMA+ZkDAAWaAwBEmgMAU5oDAI+aAwCZmgMA2poDAOiaAwAlmwMAMpsDAHCbAwCHmwMAu5sDAMObAwAGnAMAEJwDAFGcAwBWnAMAnJwDAKScAwB5PgwA85wDADKdAwA4nQMAfZ0DAJidAwDInQMA1J0DABOeAwAZngMAXp4DAHqeAwCpngMAsZ4DAMQ+DAD5ngMAP58DAEyfAwCKnwMAl58DANWfAwDhnwMAIKADAC+gAwBroAMAdaADALagAwDEoAMAAaEDAAahAwBMoQMAWaEDAJehAwCfoQMA4qEDAOihAwAtogMA7KEDAO+jAwA5ogMAeKIDAIiiAwDDogMAzKIDAA6jAwARowMAWaMDAGWjAwCkowMAq6MDAA8/DAD9owMAOqQDAFCkAwCFpAMAkaQDANCkAwDXpAMAG6UDACOlAwBmpQMAa6UDALGlAwC6pQMA/KUDAAamAwBaPwwATKYDAJKmAwBTpgMAYaoDAJqmAwDdpgMA46YDACinAwAtpwMAc6cDAHynAwC+pwMAyKcDAAmoAwAVqAMAVKgDAFyoAwClPwwApKgDAOqoAwDyqAMANakDAECpAwCAqQMAhakDAMupAwDOqQMAFqoDACCqAwDwPwwAa6oDAKyqAwCwqgMA96oDAPyqAwBCqwMASKsDAI2rAwCtqwMA2KsDAOCrAwAjrAMAMawDAG6sAwBxrAMAuawDAMGsAwAErQMADa0DAE+tAwBcrQMAmq0DAKCtAwDlrQMA8a0DADCuAwAyrgMAe64DAIquAwDGrgMA0a4DABGvAwATrwMAXK8DAHWvAwCnrwMAuK8DAPKvAwD+rwMAO0AMAEWwAwCIsAMAqLADANOwAwDhsAMAHrEDACuxAwBpsQMAcLEDALSxAwDQsQMA/7EDAAeyAwCGQAwAT7IDAJWyAwCisgMA4LIDAO2yAwArswMAN7MDAHazAwCFswMAwbMDAMuzAwAMtAMAIbQDAFe0AwBftAMAorQDALG0AwDttAMA77QDADi1AwBBtQMAg7UDAIa1AwDOtQMA2rUDABm2AwA1tgMAZLYDAGy2AwDRQAwAtLYDAPq2AwAQtwMARbcDAFG3AwCQtwMAs7cDABxBDADltwMAJrgDAC64AwBxuAMAd7gDAP5jBwCAuAMAvLgDAMG4AwAHuQMAFLkDAFK5AwBfuQMAnbkDAKm5AwDouQMA97kDADO6AwA9ugMAfroDAIa6AwDJugMA07oDABS7AwAZuwMAX7sDAGe7AwBnQQwArbsDAPW7AwASvAMAQLwDAFG8AwCLvAMAmbwDAFIEBADAvAMA1rwDAPK8AwAhvQMAPb0DALJBDAByvQMAt70DAL29AwACvgMAB74DAE2+AwBTvgMA/UEMAJ2+AwDjvgMA8L4DAC6/AwA7vwMAeb8DAIW/AwDEvwMA078DAA/AAwAZwAMAWsADAGjAAwClwAMAqsADAPDAAwD9wAMAO8EDAEfBAwCGwQMAjMEDANHBAwDXwQMAHMIDACHCAwBnwgMAbcIDAN5CDADGwgMA/cIDACPDAwBIwwMAbsMDAJPDAwC5wwMA3sMDAA7EAwApxAMAMcQDAHTEAwCcxAMAv8QDAPTEAwAKxQMAMMUDAFXFAwB7xQMAoMUDANXFAwDrxQMAG8YDADbGAwA+xgMAgcYDAIbGAwBdFwQAkMYDAMzGAwDRxgMAF8cDACTHAwBixwMAb8cDAK3HAwC5xwMA+McDAAfIAwBDyAMATcgDAI7IAwCcyAMA2cgDAN7IAwAkyQMAMckDAG/JAwB3yQMAuskDAMDJAwAFygMAxMkDAAUVBAARygMAUMoDAGDKAwCbygMApMoDAObKAwDpygMAMcsDAD3LAwB8ywMAg8sDAClDDADbywMAEswDABXMAwBdzAMAeswDAKjMAwC5zAMA88wDAPrMAwA+zQMAV80DAInNAwCRzQMA1M0DAOrNAwAfzgMAJM4DAGrOAwBxzgMAtc4DAL7OAwAAzwMAEc8DAEvPAwBXzwMAdEMMAKrPAwDhzwMA5M8DACzQAwBJ0AMAd9ADAIjQAwDC0AMA0dADAA3RAwAe0QMAWNEDAGbRAwCj0QMAr9EDAO7RAwD70QMAOdIDAEPSAwC/QwwAjdIDAM/SAwDc0gMAGtMDACjTAwBl0wMAdNMDALDTAwCy0wMA+9MDAAXUAwBG1AMAVNQDAJHUAwCW1AMA3NQDAOnUAwAn1QMAKtUDAHLVAwB+1QMAvdUDANDVAwAI1gMAF9YDAFPWAwBf1gMAntYDAJ/WAwDp1gMA89YDADTXAwBC1wMAf9cDAITXAwDK1wMA19cDAApEDAAa2AMAYNgDAHbYAwCr2AMAwdgDAPbYAwD/2AMAQdkDAE7ZAwCM2QMAmtkDANfZAwDm2QMAItoDACTaAwBt2gMAd9oDALjaAwDG2gMAA9sDAAjbAwBO2wMAW9sDAJnbAwCc2wMA5NsDAOzbAwAv3AMAQNwDAHrcAwCI3AMAxdwDANLcAwAQ3QMAMN0DAFvdAwBj3QMApt0DALbdAwDx3QMA890DADzeAwBK3gMAh94DAJjeAwDrRAwA2N4DAB3fAwAp3wMANkUMAG/fAwCz3wMAdd8DAL5pBQC63wMA/t8DAATgAwBJ4AMAVeADAJTgAwCX4AMA3+ADAOLgAwAq4QMAVeEDAHXhAwCY4QMAwOEDAMvhAwAL4gMAEOIDAFbiAwBZ4gMAoeIDAKviAwDs4gMAF+MDAIFFDAA84wMAguMDAI/jAwDN4wMA2uMDABjkAwAk5AMAY+QDAHLkAwCu5AMAuOQDAPnkAwAB5QMAROUDAE7lAwCP5QMAlOUDANrlAwDi5QMAzEUMADLmAwBw5gMAhOYDALvmAwDD5gMABucDAAvnAwBR5wMAYecDAJznAwCk5wMA5+cDAPHnAwAy6AMAPegDAH3oAwCJ6AMAyOgDANDoAwAXRgwAFOkDAF7pAwBq6QMAqekDALjpAwD06QMAAuoDAD/qAwBP6gMAiuoDAJjqAwDV6gMA4eoDACDrAwAn6wMAa+sDAHPrAwC26wMAzOsDAAHsAwAV7AMATOwDAE/sAwCX7AMAtOwDAOLsAwDz7AMALe0DADXtAwB47QMAg+0DAMPtAwDI7QMADu4DABHuAwBZ7gMAY+4DAKTuAwCn7gMAYkYMAAPvAwA67wMAPe8DAIXvAwCi7wMA0O8DAOHvAwAb8AMAI/ADAGbwAwBp8AMAsfADAL3wAwD88AMAAvEDAEfxAwBi8QMAkvEDAJ7xAwDd8QMA4/EDACjyAwAw8gMAc/IDAH7yAwC+8gMAw/IDAAnzAwAM8wMAVPMDAF7zAwCf8wMAp/MDAOrzAwAJ9AMArUYMAEn0AwCA9AMApvQDAMv0AwDx9AMAFvUDADz1AwBh9QMAl/UDAKz1AwDh9QMA9/UDAB32AwBC9gMAaPYDAI32AwDC9gMA2PYDAPz2AwAj9wMAP/cDAG73AwB29wMA+EYMAL73AwAE+AMAEfgDAE/4AwBc+AMAmvgDAKb4AwDl+AMA9PgDADD5AwA6+QMAe/kDAIn5AwDG+QMAy/kDABH6AwAe+gMAXPoDAGT6AwCn+gMArfoDAPL6AwCx+gMAtPwDAP76AwA9+wMATfsDAIj7AwCR+wMA0/sDANb7AwAe/AMAKvwDAGn8AwBw/AMAQ0cMAML8AwD//AMAFf0DAEr9AwBW/QMAlf0DAJz9AwDg/QMA6P0DACv+AwAw/gMAdv4DAH/+AwDB/gMAy/4DAI5HDAAN/wMAV/8DAGP/AwCi/wMAqP8DAO3/AwDv/wMAOAAEAEIABACDAAQAkQAEAM4ABADTAAQAGQEEACYBBABkAQQAbAEEAK8BBAC5AQQA+gEEAAgCBABFAgQAWwIEAJACBACcAgQA2wIEAOICBAAmAwQALgMEAHEDBAB2AwQAvAMEAMUDBAAHBAQAEQQEANlHDABqBAQAnQQEAKAEBADoBAQABQUEADMFBABEBQQAfgUEAJYFBADJBQQA1QUEABQGBAAnBgQAXwYEAG4GBACqBgQAtgYEAPUGBAD2BgQAQAcEAEoHBACLBwQAmQcEANYHBADbBwQAIQgEAC4IBAAkSAwAcQgEALcIBADECAQAAgkEAA8JBABNCQQAWQkEAJgJBACnCQQA4wkEAO0JBAAuCgQAPAoEAHkKBAB+CgQAxAoEANEKBAAPCwQAFwsEAFoLBABgCwQApQsEAGQLBABnDQQAsQsEAPALBAAADAQAOwwEAEQMBACGDAQAiQwEANEMBADdDAQAHA0EACMNBAAFSQwAdQ0EALINBADIDQQA/Q0EAAkOBABIDgQATw4EAJMOBACbDgQA3g4EAOMOBAApDwQAMg8EAHQPBAB+DwQAUEkMAMAPBAAKEAQAFhAEAFUQBABbEAQAoBAEAKIQBADrEAQA9RAEADYRBABEEQQAgREEAIYRBADMEQQA2REEABcSBAAfEgQAYhIEAGwSBACtEgQAuxIEAPgSBAAOEwQAQxMEAE8TBACOEwQAlRMEANkTBADhEwQAJBQEACkUBABvFAQAeBQEALoUBADEFAQAm0kMABMVBABQFQQAZhUEAJsVBACnFQQA5hUEAO0VBAAxFgQAORYEAHwWBACBFgQAxxYEANAWBAASFwQAHBcEAOZJDABeFwQAqBcEALQXBADzFwQA+RcEAD4YBABAGAQAiRgEAJMYBADUGAQA4hgEAB8ZBAAkGQQAahkEAHcZBAC1GQQAvRkEAAAaBAAKGgQASxoEAFkaBACWGgQArBoEAOEaBADtGgQALBsEADMbBAB3GwQAfxsEAMIbBADHGwQADRwEABYcBABYHAQAYhwEADFKDAClHAQAKnIJALEcBADuHAQA/xwEADkdBAA+HQQAhB0EAJsdBADPHQQA4x0EABoeBAAyHgQAZR4EAHQeBACwHgQAtR4EAPseBAAIHwQARh8EAFMfBACRHwQAnR8EANwfBADrHwQAJyAEADEgBAByIAQAeiAEAL0gBADbIAQACCEEABAhBAB8SgwAYCEEAJ4hBACgIQQA6SEEAAIiBAA0IgQARSIEAH8iBACLIgQAyiIEANIiBADHSgwAGiMEAGAjBABoIwQAqyMEALojBAD2IwQA+yMEAEEkBABOJAQAjCQEAJkkBADXJAQA4yQEACIlBAAxJQQAbSUEAHclBAC4JQQAwCUEAAMmBAANJgQATiYEAFMmBACZJgQAoSYEABJLDAD7JgQALycEADcnBAB6JwQAhCcEAMUnBADKJwQAECgEABgoBABdSwwAYCgEAKYoBACvKAQA6P8IALMoBADxKAQAvCgEAH+UCgD+KAQAPCkEAEgpBACHKQQAlikEANIpBADcKQQAHSoEACUqBABzoggAKyoEAGgqBAB1KgQAsyoEAMoqBAD+KgQABisEAEkrBABTKwQAlCsEAJkrBADfKwQA5ysEAKhLDAA3LAQAdSwEAIMsBADALAQA0ywEAAstBAATLQQAVi0EAFktBAChLQQApi0EAOwtBAD7LQQANy4EAFcuBACCLgQAji4EAM0uBADXLgQAGC8EADQvBABjLwQAay8EAPNLDADBLwQA+S8EAP8vBABEMAQAUDAEAI8wBACZMAQA2jAEAOAwBAAlMQQAMzEEAHAxBAB8MQQAuzEEAL4xBAAGMgQABzIEAFEyBABdMgQAnDIEAKIyBADnMgQA7TIEADIzBAA+MwQAfTMEAJozBADIMwQA0TMEABM0BAAfNAQAXjQEAGE0BACpNAQAszQEAPQ0BAAANQQAPzUEAEU1BACKNQQAkDUEANU1BADaNQQAIDYEACY2BAA+TAwAdzYEALY2BAC4NgQAATcEABA3BABMNwQAVzcEAJc3BACjNwQA4jcEAOk3BAAtOAQANTgEAHg4BACCOAQAwzgEAM44BAAOOQQAGjkEAFk5BABhOQQAH00MAKY5BADvOQQAAjoEADo6BABCOgQAhToEAIs6BADQOgQA3DoEABs7BAAlOwQAZjsEAGw7BACxOwQAvzsEAPw7BAAIPAQARzwEAEo8BACSPAQAmjwEAN08BADePAQAKD0EADQ9BABzPQQAeT0EAL49BADGPQQACT4EAA8+BABUPgQAYD4EAJ8+BAC8PgQA6j4EAPM+BAA1PwQAQT8EAIA/BACDPwQAyz8EANU/BAAWQAQAHkAEAGFABAByQAQArEAEALpABAD3QAQADUEEAEJBBABQQQQAjUEEAJdBBABqTQwA5kEEACNCBAAmQgQAbkIEAHZCBADOlgQAekIEAG1wBAB9QgQA/0cEAIpCBAC5QgQA1UIEALVNDAAGQwQAT0MEAFxDBACaQwQAp0MEAOVDBADqQwQAMEQEADpEBAB7RAQAikQEAMZEBADLRAQAEUUEAB5FBABcRQQAaUUEAKdFBACzRQQA8kUEAAFGBAA9RgQAR0YEAIhGBACURgQA00YEANlGBAAeRwQAJEcEAGlHBABuRwQAtEcEALpHBAAATgwABEgEAA1nBAAQSAQASkgEAFhIBACVSAQAoUgEAOBIBADtSAQAK0kEADVJBAB2SQQAkkkEAMFJBADdSQQAS04MAA5KBABXSgQAZEoEAKJKBACvSgQA7UoEAPJKBAA4SwQAQksEAINLBACSSwQAzksEANNLBAAZTAQAJkwEAGRMBABxTAQAr0wEALtMBAD6TAQACU0EAEVNBABPTQQAkE0EAJxNBADbTQQA4U0EACZOBAAsTgQAcU4EAHZOBAC8TgQAwk4EAJZODAAOTwQAUk8EAGBPBACdTwQAoE8EAOhPBAD3TwQAM1AEADhQBAB+UAQAi1AEAMlQBADWUAQAFFEEACBRBABfUQQAblEEAKpRBAC0UQQA9VEEAANSBABAUgQARVIEAItSBACYUgQA1lIEAOJSBAAhUwQANFMEAGxTBAB7UwQAt1MEAMNTBAACVAQAA1QEAE1UBABXVAQAmFQEAKZUBADjVAQA6FQEAC5VBAA7VQQA4U4MAH5VBADEVQQAzVUEAA9WBAAgVgQAWlYEAGFWBAClVgQArVYEAPBWBAD9VgQAO1cEAEBXBACGVwQAkFcEANFXBADZVwQAHFgEADNYBABnWAQAc1gEALJYBAC8WAQA/VgEAAVZBABIWQQASlkEAJNZBACbWQQA3lkEAORZBAApWgQANVoEAHRaBAB3WgQAv1oEAMRaBAAKWwQAE1sEAFVbBABbWwQAoFsEAK9bBADrWwQA91sEAMJPDAA4XAQAgVwEAI9cBADMXAQA3VwEAA1QDAAeXQQAWFAMAGddBACtXQQAtV0EAPhdBAAHXgQAQ14EAEheBACOXgQAm14EANleBADmXgQAJF8EADBfBABvXwQAfl8EALpfBADEXwQA7lAMAAdgBABQYAQAa2AEAJtgBACdYAQA5mAEAABhBAAxYQQAPmEEAHxhBACIYQQAx2EEANFhBAASYgQALGIEAF1iBABsYgQAqGIEAK1iBADzYgQAAGMEAD5jBABLYwQAiWMEAJVjBADUYwQA42MEAB9kBAApZAQAamQEAHZkBAC1ZAQAyGQEAABlBAAPZQQAS2UEAFdlBACWZQQAl2UEAOFlBADrZQQALGYEADpmBAB3ZgQAfGYEAMJmBADPZgQAOVEMABpnBABYZwQAZWcEAKNnBACvZwQA7mcEAP1nBAA5aAQAQ2gEAIRoBACSaAQAz2gEANRoBAAaaQQAJ2kEAGVpBABxaQQAsGkEAMNpBAD7aQQACmoEAEZqBABSagQAkWoEAJJqBADcagQA5moEACdrBAA1awQAcmsEAHdrBAC9awQAymsEAIRRDAAVbAQAU2wEAFVsBACebAQAt2wEAOlsBAD6bAQANG0EAEBtBAB/bQQAh20EAGVSDADPbQQAFW4EAB1uBABgbgQAb24EAKtuBACwbgQA9m4EAANvBABBbwQATm8EAIxvBACYbwQA128EAOZvBAAicAQALHAEALBSDACAcAQAuHAEAMdwBAADcQQAD3EEAE5xBABPcQQAmXEEAKNxBADkcQQA8nEEAC9yBAA0cgQAenIEAIdyBAD7UgwAynIEABBzBAAdcwQAW3MEAGhzBACmcwQAsnMEAPFzBAAAdAQAPHQEAEZ0BACHdAQAlXQEANJ0BADXdAQAHXUEACp1BABodQQAcHUEALN1BAC5dQQA/nUEAL11BACMugQACnYEAEl2BABZdgQAlHYEAJ12BADfdgQA4nYEACp3BAA2dwQAdXcEAHx3BADcUwwAy3cEAAt4BAAMeAQAVngEAG54BACheAQArngEAOx4BAD4eAQAN3kEAEF5BACCeQQAhnkEAM15BADSeQQAGHoEAB56BABjegQAg3oEAK56BADGegQA+XoEABB7BABEewQAUHsEAI97BACZewQA2nsEANx7BAAlfAQALHwEAHB8BAB3fAQAu3wEAMF8BAAGfQQAEn0EAFF9BABUfQQAnH0EAJ99BADnfQQA830EADJ+BAA1fgQAJ1QMAIJ+BADIfgQA0H4EABN/BAAZfwQAXn8EAGN/BACpfwQAsn8EAPR/BAD+fwQAP4AEAEuABACKgAQAkoAEAHJUDADagAQAIIEEACiBBABrgQQAdoEEALaBBAC7gQQAAYIEAASCBABMggQAVoIEAL1UDACjggQA4oIEAOmCBAAtgwQAO4MEAHiDBAB7gwQAw4MEAMuDBAAOhAQAEYQEAFmEBABlhAQApIQEAKqEBADvhAQACoUEADqFBABGhQQAhYUEAIuFBADQhQQA2IUEABuGBAAfhgQAZoYEAHKGBACxhgQAvoYEAPyGBAAGhwQAR4cEAE+HBACShwQAlIcEAN2HBADhhwQAKIgEACqIBABziAQAh4gEAAhVDADGiAQACYkEAA2JBABUiQQAVokEAJ+JBACiiQQA6okEAPKJBAA1igQAQooEAICKBACFigQAy4oEANWKBAAWiwQAHosEAGGLBABiiwQArIsEALGLBAD3iwQA+osEAEKMBABFjAQAjYwEAJuMBADYjAQA8YwEACONBAA0jQQAbo0EAHqNBAC5jQQAwY0EAFNVDAAJjgQAT44EAFeOBACajgQAqY4EAOWOBADqjgQAMI8EAD2PBAB7jwQAiI8EAMaPBADSjwQAEZAEACCQBABckAQAZpAEAKeQBACvkAQA8pAEAPyQBAA9kQQAQpEEAIiRBACQkQQAnlUMAN6RBAAekgQAKpIEAGmSBABxkgQA6VUMAMCSBAD/kgQABpMEAEqTBABYkwQAlZMEAJiTBADgkwQA6JMEACuUBAAulAQAdpQEAIKUBADBlAQAx5QEAAyVBAAnlQQAV5UEAGOVBACilQQAqJUEAO2VBAAQlgQAOJYEADuWBACDlgQAp5YEADRWDADdlgQAGZcEAB6XBABklwQAcZcEAK+XBAC8lwQA+pcEAAaYBABFmAQAVJgEAJCYBACamAQA25gEAOmYBAAmmQQAK5kEAHGZBAB+mQQAvJkEAMSZBAB/VgwAFJoEAFKaBABamgQAnZoEALaaBADomgQA7poEADObBAA4mwQAfpsEAJ6bBADJmwQA1ZsEABScBAAhnAQAX5wEAGecBACqnAQArZwEAPWcBAD/nAQAQJ0EAEKdBACLnQQAlZ0EANadBADinQQAylYMADeeBABsngQAeJ4EALeeBAC8ngQAAp8EAL+eBABxGA0AC58EAE2fBABXnwQAmJ8EAKCfBAB9AggApJ8EAOOfBAC7nwQAQfMHAOmfBAAuoAQA9p8EAI6kCQA0oAQAeaAEAH6gBADEoAQAyqAEABVXDAAdoQQAWqEEAHChBACloQQAsaEEAPChBAD1oQQAO6IEAESiBACGogQAkKIEANGiBADZogQAHKMEACujBABnowQAbKMEALKjBAC/owQA/aMEAAqkBABIpAQAVKQEAJOkBACipAQA3qQEAOikBAAppQQAN6UEAHSlBACBpQQAv6UEANalBAAKpgQAEqYEAFWmBABfpgQAoKYEAKWmBADrpgQA86YEAPZXDABCpwQAgacEAIenBADMpwQA56cEABeoBAAjqAQAYqgEAGioBABBWAwAwKgEAPioBAAHqQQAQ6kEAE+pBACOqQQAj6kEANmpBADjqQQAJKoEADKqBABvqgQAdKoEALqqBADHqgQAjFgMAAqrBABQqwQAWKsEAJurBACeqwQA5qsEAO+rBAAxrAQAQKwEAHysBACHrAQAx6wEAM+sBAASrQQAIq0EAF2tBABrrQQAqK0EALmtBADzrQQA/60EAD6uBABGrgQAbVkMAI+uBADUrgQA3K4EAB+vBAAmrwQAaq8EAHivBAC1rwQAu68EAACwBAAMsAQAS7AEAFqwBACWsAQAoLAEAOGwBADmsAQALLEEADKxBAB3sQQAi7EEAMKxBADKsQQADbIEADWyBABYsgQAYbIEAKOyBACwsgQA7rIEAPyyBAA5swQATLMEAISzBACgswQAuFkMANSzBAAatAQAJ7QEAGW0BABytAQAsLQEALy0BAD7tAQACrUEAEa1BABQtQQAkbUEAJ+1BADctQQA4bUEACe2BAA0tgQAcrYEAHq2BAC9tgQAw7YEAAi3BAAUtwQAU7cEAGO3BACetwQAp7cEAOm3BADstwQANLgEAEC4BAB/uAQAhrgEAANaDADyuAQAFbkEAB65BABguQQAbbkEAKu5BAC5uQQA9rkEAAm6BABBugQAXboEAE5aDACaugQA17oEAO26BAAiuwQALrsEAG27BAB0uwQAuLsEAMC7BAADvAQACLwEAE68BABXvAQAmbwEAKO8BACZWgwA5bwEAC+9BAA7vQQAer0EAIC9BADFvQQAx70EABC+BAAavgQAW74EAGm+BACmvgQAq74EAPG+BAD+vgQAPL8EAES/BACHvwQAkb8EANK/BADgvwQAHcAEADPABABowAQAdMAEALPABAC6wAQA/sAEAAbBBABJwQQATsEEAJTBBACdwQQA38EEAOnBBADkWgwAOMIEAHXCBACLwgQAwMIEAMzCBAALwwQAEMMEAFbDBABfwwQAocMEAKvDBADswwQA+MMEADfEBAA9xAQAgsQEAIjEBADNxAQA0sQEABjFBAAexQQAL1sMAGjFBACuxQQAu8UEAPnFBAAGxgQARMYEAFDGBACPxgQAnsYEANrGBADkxgQAJccEADPHBABwxwQAdccEALvHBADIxwQABsgEAA7IBABRyAQAW8gEAJzIBACqyAQA58gEAP3IBAAyyQQAPskEAH3JBACCyQQAyMkEANHJBAATygQAHcoEABBcDABqygQAqcoEALrKBAD0ygQAAMsEAD/LBABOywQAissEAJTLBADVywQA48sEACDMBAAlzAQAa8wEAHjMBAC2zAQAwMwEAAHNBADCzAQAOtAEAA/NBABMzQQAYs0EAJfNBACjzQQA4s0EAOfNBAAtzgQANs4EAHjOBACCzgQAw84EAM/OBAAOzwQAFM8EAFnPBABfzwQApM8EAKnPBADvzwQA9c8EAFtcDABA0AQAhdAEAIvQBADQ0AQA1dAEABvRBAAh0QQAplwMAHTRBACx0QQAx9EEAPzRBAAI0gQAR9IEAEzSBACS0gQAm9IEAN3SBADn0gQAKNMEADTTBABz0wQAhtMEAL7TBADN0wQACdQEABXUBABU1AQAVdQEAJ/UBACp1AQA6tQEAPjUBAA11QQAOtUEAIDVBACN1QQA8VwMANrVBAAW1gQANtYEAGHWBABt1gQArNYEALbWBAD31gQA/NYEAELXBABD1wQAjdcEAJnXBADY1wQA5dcEACPYBAAv2AQAbtgEAIHYBAC52AQAyNgEAATZBAAQ2QQAT9kEAFDZBACa2QQApNkEAOXZBADz2QQAMNoEADXaBAB72gQAiNoEADxdDADi2gQAh10MABfbBABc2wQAYtsEAKfbBACs2wQA8tsEAPjbBADSXQwAQtwEAIjcBACL3AQA09wEAN/cBAAe3QQAJN0EAGndBACE3QQAtN0EAMDdBAD/3QQABd4EAEreBABM3gQAld4EALDeBADg3gQA4t4EACvfBAA53wQAdt8EAIffBADB3wQAw98EAAzgBAAl4AQAV+AEAGjgBACi4AQAruAEALNeDAD14AQAOOEEAFHhBACD4QQAjOEEAM7hBADe4QQAGeIEACniBABk4gQAcOIEAK/iBAC14gQA+uIEAAjjBABF4wQAUuMEAJDjBACn4wQA2+MEAOPjBAAm5AQAMOQEAHHkBAB/5AQAvOQEANLkBAAH5QQAE+UEAFLlBABZ5QQAneUEAKXlBADo5QQA7eUEADPmBAA85gQAfuYEAIjmBADJ5gQA0eYEABTnBAAW5wQAX+cEAG/nBACq5wQAtOcEAPXnBAAB6AQAQOgEAEboBACL6AQAk+gEAP5eDADg6AQAIekEAC/pBABs6QQAgukEALfpBADD6QQAAuoEAAfqBABN6gQAVuoEAJjqBACi6gQA4+oEAOvqBAAu6wQAM+sEAHnrBACI6wQAxOsEANPrBAAP7AQAGOwEAFrsBABg7AQApewEAKvsBADw7AQA/OwEADvtBABC7QQAhu0EAI7tBADR7QQA0+0EABzuBAAs7gQAZ+4EAHHuBACy7gQAvu4EAP3uBAAD7wQASO8EAFDvBABJXwwAn+8EAN7vBADv7wQAKfAEADXwBAB08AQAg/AEAL/wBADJ8AQACvEEABjxBABV8QQAWvEEAKDxBACt8QQA6/EEAPPxBAA28gQAQPIEAAMHBQBC8gQAgfIEAIfyBADM8gQA0vIEABfzBAAc8wQAYvMEAGjzBACUXwwAufMEAPjzBAD+8wQAQ/QEAF70BACO9AQAmvQEANn0BADf9AQAJPUEACz1BABv9QQAcvUEALr1BADG9QQABfYEABb2BABQ9gQAXPYEAJv2BACq9gQA5vYEAPD2BAAx9wQAP/cEAHz3BACB9wQAx/cEANT3BAAS+AQAGvgEAF34BABn+AQAqPgEALb4BADz+AQACfkEAD75BABK+QQAifkEAI75BADU+QQA3fkEAB/6BAAp+gQAdWAMAHD6BAC1+gQAu/oEAAD7BAAM+wQAS/sEAFj7BACW+wQAoPsEAOH7BADp+wQALPwEADb8BAB3/AQAfPwEAML8BADD/AQADf0EABL9BABY/QQAaf0EAKP9BACo/QQA7v0EAAX+BAA5/gQATf4EAIT+BACg/gQAz/4EANf+BADAYAwAIv8EAGX/BABv/wQAsP8EAMT/BAD7/wQA/P8EAEYABQBSAAUAkQAFAK0ABQDcAAUA5AAFAAthDAAwAQUAcgEFAIABBQC9AQUAgQEFAKB1CADHAQUACAIFAAoCBQBTAgUAbAIFAJ4CBQCvAgUA6QIFAPUCBQA0AwUAPAMFAFZhDACLAwUAygMFANADBQAVBAUAMAQFAGAEBQBsBAUAqwQFALEEBQD2BAUA+QQFAEEFBQBJBQUAjAUFAJwFBQDXBQUA3AUFACIGBQArBgUAbQYFAHoGBQC4BgUAvwYFAKFhDAARBwUATgcFAGQHBQCZBwUApQcFAOQHBQDpBwUALwgFADgIBQB6CAUAhAgFAMUIBQDhCAUAEAkFABgJBQDsYQwAYAkFAKYJBQCuCQUA8QkFAPMJBQA8CgUAVwoFAIcKBQCJCgUA0goFAOAKBQAdCwUALgsFAGgLBQBqCwUAswsFAMwLBQD+CwUADwwFAEkMBQBVDAUAlAwFAJwMBQA3YgwA6wwFACoNBQAwDQUAdQ0FAJANBQDADQUAzA0FAAsOBQARDgUAVg4FAFkOBQCCYgwAvg4FAOwOBQDtDgUANw8FAEYPBQCCDwUAhw8FAM0PBQDaDwUAGBAFACUQBQBjEAUAbxAFAK4QBQC9EAUA+RAFAAMRBQBEEQUAUhEFAI8RBQCUEQUA2hEFAOcRBQAlEgUAMRIFAHASBQB2EgUAuxIFAIMSBQB7JQUAwRIFAAYTBQALEwUAURMFAFcTBQDNYgwAoRMFAOcTBQAHFAUAMhQFAD4UBQB9FAUAgxQFAMgUBQDQFAUAMUIFANEUBQATFQUAIBUFAF4VBQBkFQUAqRUFALUVBQD0FQUA9hUFAD8WBQBOFgUAihYFAJUWBQDVFgUA1xYFACAXBQA5FwUAaxcFAHwXBQC2FwUAwhcFAAEYBQANGAUATBgFAF8YBQCXGAUAphgFAOIYBQDuGAUALRkFAC4ZBQB4GQUAghkFAMMZBQDRGQUADhoFABMaBQBZGgUAZhoFABhjDACxGgUA7xoFAAMbBQA6GwUAVhsFAIUbBQChGwUAY2MMAN8bBQAbHAUAHBwFAGYcBQB1HAUAsRwFALYcBQD8HAUACR0FAEcdBQBUHQUAkh0FAJ4dBQDdHQUA7B0FACgeBQAyHgUAcx4FAIEeBQC+HgUAwx4FAAkfBQAWHwUAVB8FAGQfBQCfHwUAoR8FAOofBQD4HwUANSAFAEYgBQCuYwwAhyAFAPljDADQIAUAFiEFACMhBQBhIQUAbiEFAKwhBQCyIQUA9yEFAAMiBQBCIgUAUiIFAI0iBQCWIgUA2CIFANsiBQAjIwUALyMFAG4jBQB1IwUARGQMAMUjBQAEJAUAFCQFAE8kBQBYJAUAmiQFAJ0kBQDlJAUA8SQFADAlBQA3JQUAj2QMAIolBQDGJQUA0iUFABEmBQASJgUAXCYFAGYmBQCnJgUAtSYFAPImBQD3JgUAPScFAEonBQDaZAwAjScFANMnBQDiJwUAHigFAD4oBQBpKAUAdSgFALQoBQC+KAUA/ygFAAcpBQBKKQUAVikFAJUpBQCbKQUA4CkFAOYpBQArKgUAMCoFAHYqBQB8KgUAu2UMAMYqBQAMKwUAFSsFAFcrBQBoKwUAoisFAKkrBQDtKwUA9SsFADgsBQBFLAUAgywFAIgsBQDOLAUA2CwFABktBQAhLQUAZC0FAHMtBQCvLQUAtC0FAPotBQAHLgUARS4FAFIuBQCQLgUAnC4FANsuBQDqLgUAJi8FADAvBQBxLwUAeS8FALwvBQDGLwUABzAFAAwwBQBSMAUAWjAFAJxmDACiMAUA6DAFAOswBQAzMQUAPTEFAOdmDACEMQUAyTEFAM4xBQAUMgUANDIFAF8yBQBrMgUAqjIFALAyBQD1MgUA+DIFAEAzBQBCMwUAizMFAKYzBQDWMwUA2DMFACE0BQAvNAUAbDQFAH00BQC3NAUAuTQFAAI1BQAbNQUATTUFAF41BQCYNQUApDUFADJnDADzNQUALjYFAE42BQB5NgUAezYFAMQ2BQDQNgUAgusKANM2BQCrTwUA4DYFAGNbBQDtNgUADzcFABI3BQBaNwUAZzcFAL87BQBpNwUApTcFAKo3BQDwNwUA/TcFADs4BQBIOAUAhjgFAJI4BQDROAUA4DgFABw5BQAmOQUAZzkFAHU5BQCyOQUAtzkFAP05BQAKOgUASDoFAFQ6BQCTOgUAmToFAN46BQDkOgUAKTsFAC47BQB0OwUAejsFAH1nDADIOwUACjwFACA8BQBVPAUAbjwFAKA8BQCsPAUA6zwFAPE8BQA2PQUAOz0FAIE9BQCRPQUAzD0FANI9BQAXPgUAIz4FAGI+BQBsPgUArT4FALM+BQD4PgUABj8FAEM/BQBPPwUAjj8FAJE/BQDZPwUA5T8FACRABQA3QAUAb0AFAH5ABQC6QAUAxkAFAAVBBQARQQUAUEEFAFdBBQCbQQUAp0EFAOZBBQDtQQUAyGcMAEdCBQB8QgUAfkIFAMdCBQDbQgUAEkMFABpDBQBdQwUAakMFAKhDBQCtQwUA80MFAP1DBQA+RAUARkQFAIlEBQCiRAUA1EQFAOBEBQAfRQUAJ0UFABNoDACFRQUAtUUFALdFBQAARgUADkYFAEtGBQBcRgUAlkYFAJhGBQDhRgUA+kYFACxHBQA9RwUAd0cFAINHBQBeaAwAx0cFAA1IBQAWSAUAWEgFAGlIBQCjSAUAqkgFAO5IBQD2SAUAOUkFAEZJBQCESQUAiUkFAM9JBQDZSQUAGkoFACJKBQBlSgUAfkoFALBKBQC8SgUA+0oFAANLBQD0aAwASUsFAJFLBQCbSwUA3EsFAN5LBQAnTAUAQEwFAHJMBQCDTAUAvUwFAMtMBQAITQUAC00FAFNNBQBeTQUAnk0FAKpNBQDpTQUA8E0FAD9pDAA5TgUAf04FAIdOBQDKTgUA2E4FABVPBQAWTwUAYE8FAHtPBQCKaQwAsE8FAPZPBQADUAUAQVAFAE5QBQCMUAUAmFAFANdQBQDmUAUAIlEFACxRBQBtUQUAe1EFALhRBQC9UQUAA1IFABBSBQBOUgUAWlIFAJlSBQCfUgUA5FIFAOpSBQAvUwUANFMFAHpTBQCAUwUA1WkMANJTBQAQVAUAElQFAFtUBQB0VAUAplQFALdUBQDxVAUA/VQFADxVBQBEVQUAtmoMAIxVBQDSVQUA2lUFAB1WBQA2VgUAaFYFAG1WBQCzVgUAuFYFAP5WBQAIVwUASVcFAExXBQCUVwUAnlcFAN9XBQDlVwUAKlgFACxYBQB1WAUAdlgFAMBYBQDIWAUAC1kFABtZBQBWWQUAXFkFAKFZBQCmWQUA7FkFAAJaBQA3WgUAP1oFAIJaBQCqWgUAzVoFAPBaBQAYWwUAN1sFAAFrDABrWwUATGsMAL9bBQD5WwUAB1wFAERcBQBQXAUAj1wFAJxcBQDaXAUA5FwFACVdBQAtXQUAcF0FAHtdBQC7XQUAvV0FAAZeBQAJXgUAUV4FAFleBQCcXgUAol4FAOdeBQDwXgUAMl8FAD9fBQB9XwUAhV8FAMhfBQDNXwUAE2AFABxgBQBeYAUAaGAFAKlgBQCxYAUA9GAFAPlgBQA/YQUAT2EFAIphBQCSYQUA1WEFANdhBQAgYgUAO2IFAGtiBQBtYgUAtmIFAMRiBQABYwUAEmMFAExjBQBOYwUAl2MFALBjBQDiYwUA82MFAC1kBQA5ZAUAeGQFAIBkBQCXawwAyWQFAA5lBQATZQUAWWUFAHllBQCkZQUAsGUFAO9lBQD1ZQUAOmYFAD1mBQCFZgUAjWYFANBmBQDaZgUAG2cFACBnBQBmZwUAbmcFALFnBQC7ZwUA/GcFAP5nBQBHaAUAWGgFAJJoBQCyaAUA3WgFAOVoBQAoaQUAMmkFAHNpBQB4aQUA4msMANJpBQAJagUAEWoFAFRqBQBZagUAn2oFAK9qBQDqagUA8moFADVrBQA/awUAgGsFAItrBQDLawUA12sFABZsBQAebAUALWwMAG1sBQCsbAUAuGwFAPdsBQD+bAUAQm0FAEptBQCNbQUApm0FANhtBQDebQUAI24FAChuBQBubgUAjm4FALluBQDFbgUABG8FAApvBQBPbwUAUm8FAHhsDACcbwUA5W8FAKhvBQB/wAsA6G8FADBwBQA6cAUAe3AFAIlwBQDGcAUA1XAFABFxBQAUcQUAXHEFAClxBQDCkgUALXEFAEiFBQBocQUAp3EFAKlxBQDycQUA+HEFAD1yBQBMcgUAiHIFAJNyBQDTcgUA23IFAJjLBQDtcgUAHnMFACpzBQBpcwUAfHMFALRzBQDDcwUA/3MFAAt0BQBKdAUAS3QFAJV0BQCfdAUA4HQFAO50BQArdQUAMHUFAHZ1BQCDdQUAw2wMANt1BQAMdgUAG3YFAFd2BQBcdgUAonYFAK92BQDtdgUA+nYFADh3BQBEdwUAg3cFAJJ3BQDOdwUA2HcFABl4BQAneAUAZHgFAGl4BQCveAUAvHgFAPp4BQAGeQUARXkFAEt5BQCQeQUAlnkFANt5BQDgeQUAJnoFACx6BQAObQwAcnoFALx6BQB6egUAu2oHAH56BQCRWAcAkXoFALZdCgDIegUAB3sFAA17BQCNxQcAFHsFAFJ7BQBVewUAnXsFAKl7BQDoewUA6nsFADN8BQA5fAUAfnwFAI18BQDJfAUA1HwFABR9BQAVfQUAX30FAHN9BQCqfQUAxH0FAPV9BQABfgUAQH4FAFN+BQCLfgUAmn4FANZ+BQDifgUAIX8FACJ/BQBsfwUAdn8FALd/BQDFfwUAAoAFAAeABQBNgAUAWoAFAFltDACygAUA44AFAPKABQAugQUAM4EFAHmBBQCGgQUAxIEFANGBBQAPggUAG4IFAFqCBQBpggUApYIFAK+CBQDwggUA/oIFADuDBQBAgwUAhoMFAJODBQDRgwUA3YMFAByEBQAihAUAZ4QFAG2EBQCyhAUAt4QFAP2EBQADhQUApG0MAGSFBQDvbQwAmYUFAN6FBQDghQUAKYYFADaGBQB0hgUAd4YFAL+GBQDAhgUACocFAA+HBQBVhwUAW4cFAKCHBQCqhwUA64cFAAeIBQA2iAUAUogFADpuDACHiAUAzIgFAM6IBQAXiQUAJIkFAGKJBQBliQUArYkFAK6JBQD4iQUA/YkFAEOKBQBJigUAjooFAJiKBQDZigUA9YoFACSLBQBAiwUAhW4MAHWLBQC6iwUAwIsFAAWMBQAKjAUAUIwFAFaMBQDQbgwAqYwFAOaMBQABjQUAMY0FAD+NBQB8jQUAiY0FAMeNBQDejQUAEo4FACGOBQBdjgUAYo4FAKiOBQC1jgUA844FAACPBQA+jwUASo8FAImPBQCYjwUA1I8FAN6PBQAfkAUALZAFAGqQBQBvkAUAtZAFAMKQBQAAkQUAA5EFAEuRBQBXkQUAlpEFAJyRBQDhkQUA55EFACySBQAxkgUAd5IFAH2SBQAbbwwAzJIFAA2TBQATkwUAWJMFAFqTBQCjkwUAsJMFAO6TBQDxkwUAOZQFADqUBQCElAUAiZQFAM+UBQDVlAUAGpUFACSVBQBllQUAf5UFALCVBQC/lQUA+5UFAACWBQBGlgUAU5YFAJGWBQCelgUA3JYFAOiWBQAnlwUANpcFAHKXBQB8lwUAvZcFAMuXBQAImAUADZgFAFOYBQBgmAUAnpgFAKiYBQBooQUAqpgFAOmYBQDvmAUANJkFADqZBQB/mQUAhJkFAMqZBQDQmQUAZm8MABqaBQBgmgUAbZoFAKuaBQC4mgUA9poFAAKbBQBBmwUAUJsFAIybBQCWmwUA15sFAOWbBQAinAUAJ5wFAG2cBQB6nAUAuJwFAMCcBQADnQUAD50FAE6dBQBUnQUAmZ0FAJ+dBQDknQUA6Z0FAC+eBQA1ngUAR3AMAHyeBQDFngUAzp4FABCfBQATnwUAW58FAGefBQCmnwUArZ8FAPGfBQD5nwUAPKAFAFWgBQCHoAUAm6AFANKgBQDuoAUAHaEFACWhBQDdcAwAdqEFALOhBQDJoQUA/qEFAAqiBQBJogUATqIFAJSiBQCdogUA36IFAOmiBQAqowUARqMFAHWjBQB9owUAKHEMAMWjBQALpAUAGKQFAFakBQBjpAUAoaQFAK2kBQDspAUA+6QFADelBQBBpQUAgqUFAJClBQDNpQUA0qUFABimBQAlpgUAY6YFAGumBQCupgUAuKYFAPmmBQAHpwUARKcFAFqnBQCPpwUAm6cFANqnBQDfpwUAJagFAC6oBQBwqAUAeqgFALuoBQDDqAUABqkFABWpBQBRqQUAU6kFAJypBQClqQUA56kFAOqpBQAyqgUAPqoFAH2qBQCEqgUAyKoFANCqBQATqwUALKsFAF6rBQByqwUAqasFAMWrBQD0qwUA/KsFAHNxDABErAUAiqwFAJesBQDVrAUA4qwFACCtBQAsrQUAa60FAHqtBQC2rQUAwK0FAAGuBQALrgUATK4FAFquBQCXrgUAra4FAOKuBQDurgUALa8FADKvBQB4rwUAga8FAMOvBQDNrwUADrAFABqwBQBZsAUAX7AFAKSwBQCqsAUA77AFAPSwBQA6sQUAQLEFAL5xDACRsQUA0LEFANSxBQAbsgUAKrIFAGayBQBrsgUAsbIFAL6yBQD8sgUACbMFAEezBQBTswUAkrMFAKGzBQDdswUA57MFACi0BQA2tAUAc7QFAHi0BQC+tAUAy7QFAAm1BQAVtQUAVLUFAFq1BQCftQUApbUFAOq1BQDvtQUANbYFADu2BQAJcgwAhbYFAMu2BQDStgUAFrcFACK3BQBhtwUAY7cFAKy3BQBktwUAp7wFAMe3BQD3twUA+bcFAEK4BQBQuAUAjbgFAJ64BQDYuAUA2rgFACO5BQA8uQUAbrkFAH+5BQC5uQUAxbkFAAS6BQAQugUAT7oFAGK6BQCaugUAqboFAOW6BQDxugUAMLsFADG7BQB7uwUAhbsFAMa7BQDUuwUAEbwFABa8BQBcvAUAabwFAFRyDACpvAUA8rwFAA29BQA9vQUAP70FAIi9BQCWvQUA070FAOS9BQAevgUAIL4FAGm+BQCCvgUAtL4FAMW+BQD/vgUAC78FAEq/BQBWvwUAlb8FAKi/BQDgvwUA778FACvABQA3wAUAdsAFAHfABQDBwAUAy8AFAAzBBQAawQUAV8EFAFzBBQCiwQUAr8EFADVzDADywQUAOMIFAEDCBQCDwgUAhcIFAM7CBQDfwgUAGcMFACfDBQBkwwUAf8MFAK/DBQC7wwUA+sMFAALEBQAWdAwASsQFAJDEBQCXxAUA28QFAOfEBQAmxQUAKcUFAHHFBQB5xQUAvMUFAMzFBQAHxgUADMYFAFLGBQBbxgUAncYFAKrGBQDoxgUA78YFADPHBQA7xwUAYXQMAIvHBQDJxwUA0ccFABTIBQAoyAUAX8gFAGTIBQCqyAUAs8gFAPXIBQD7yAUAQMkFAEjJBQCLyQUAmskFANbJBQDnyQUAIcoFACrKBQBsygUAb8oFALfKBQDBygUAAssFAA7LBQBNywUAU8sFAKx0DAClywUA48sFAOjLBQAuzAUANcwFAHnMBQCFzAUAxMwFAMzMBQD3dAwAKs0FAFrNBQBczQUApc0FALPNBQDwzQUAAc4FADvOBQA9zgUAhs4FAJ/OBQDRzgUA4s4FABzPBQAozwUAQnUMAHbPBQCyzwUAwc8FAP3PBQAG0AUASNAFAE7QBQCT0AUAmdAFAN7QBQDq0AUAKdEFADDRBQB00QUAfNEFAL/RBQDD0QUACtIFABXSBQBV0gUAY9IFAKDSBQCx0gUA69IFAPfSBQA20wUAPtMFAI11DACE0wUAzNMFANbTBQAX1AUAGdQFAGLUBQB71AUArdQFAL7UBQD41AUABtUFAEPVBQBG1QUAjtUFAJnVBQDZ1QUA59UFACTWBQAx1gUAb9YFAIbWBQC61gUAwtYFAAXXBQAH1wUAUNcFAFjXBQCb1wUAqtcFAObXBQDr1wUAMdgFAD7YBQB82AUAidgFAMfYBQDT2AUAEtkFACHZBQBd2QUAZ9kFAKjZBQC22QUA89kFAPjZBQA+2gUAS9oFAInaBQCR2gUA1NoFAN7aBQAf2wUAJNsFAGrbBQBy2wUAtdsFALjbBQAA3AUAHdwFAEvcBQBc3AUAltwFAJ7cBQDh3AUA5NwFACzdBQA43QUAd90FAH3dBQDC3QUA3d0FAA3eBQAZ3gUAWN4FAF7eBQDYdQwAst4FAO7eBQDv3gUAOd8FAG/fBQCE3wUAkt8FAM/fBQDQ3wUAGuAFACLgBQBl4AUAdOAFALDgBQC14AUA++AFAAjhBQBG4QUAU+EFAJHhBQCd4QUA3OEFAOvhBQAn4gUAMeIFAHLiBQCA4gUAveIFAMLiBQAI4wUAFeMFAFPjBQBb4wUAnuMFAKjjBQDp4wUA7uMFADTkBQA85AUAf+QFAInkBQDK5AUA1eQFABXlBQAh5QUAYOUFAGjlBQAjdgwAsOUFAPblBQD55QUAQeYFAEvmBQCM5gUAlOYFAG52DADl5gUAIucFADjnBQBt5wUAeecFALjnBQC95wUAA+gFAAzoBQBO6AUAWOgFAJnoBQCh6AUA5OgFAPDoBQAv6QUAQukFAHrpBQB76QUAxekFANPpBQAQ6gUAFuoFAFvqBQBn6gUApuoFAK3qBQC5dgwA8uoFADzrBQBI6wUAh+sFAJTrBQDS6wUA2usFAB3sBQAn7AUAaOwFAHfsBQCz7AUAtOwFAP7sBQAG7QUASe0FAFjtBQCU7QUAme0FAN/tBQDs7QUAKu4FADfuBQB17gUAge4FAMDuBQDP7gUAC+8FABXvBQBW7wUAZO8FAKHvBQCm7wUA7O8FAPnvBQA38AUAP/AFAILwBQCG8AUAzfAFANvwBQAY8QUAIvEFAGPxBQBu8QUArvEFALbxBQD58QUABPIFAETyBQBJ8gUAj/IFAJLyBQDa8gUA5PIFACXzBQAt8wUAcPMFAI/zBQAEdwwAvfMFAAb0BQAH9AUAUfQFAFv0BQCc9AUAqvQFAOf0BQAC9QUAMvUFAD71BQB99QUAhfUFAE93DADU9QUAE/YFABn2BQBe9gUAefYFAKn2BQC19gUA9PYFAPr2BQA/9wUAR/cFAIr3BQCY9wUA1fcFANj3BQAg+AUAKPgFAGv4BQB0+AUAtvgFAMP4BQAB+QUAA/kFAEz5BQBn+QUAl/kFAJn5BQDi+QUA8PkFAC36BQA++gUAePoFAHr6BQDD+gUA3PoFAA77BQAf+wUAWfsFAGX7BQCk+wUArPsFAJp3DAD1+wUAOvwFAEL8BQCF/AUAjPwFAND8BQDV/AUAG/0FACf9BQBm/QUAaf0FALH9BQC5/QUA/P0FAAn+BQBH/gUATP4FAJL+BQCc/gUA3f4FAOX+BQAo/wUANP8FAHP/BQCG/wUAvv8FAMz/BQAJAAYADAAGAFQABgBeAAYA5XcMAKIABgDqAAYA8gAGADUBBgA4AQYAgAEGAIwBBgDLAQYA0QEGABYCBgAxAgYAYQIGAG0CBgCsAgYAsgIGAPcCBgD/AgYAQgMGAFADBgCNAwYAkAMGANgDBgDgAwYAIwQGACwEBgBuBAYAewQGALkEBgC7BAYABAUGAB8FBgBPBQYAUQUGAJoFBgCoBQYA5QUGAPYFBgAwBgYAMgYGAHsGBgCUBgYAxgYGANcGBgARBwYAHQcGAFwHBgBkBwYAMHgMAK0HBgDyBwYA+gcGAD0IBgBECAYAiAgGAI0IBgDTCAYA3wgGAB4JBgAhCQYAaQkGAHEJBgC0CQYAwQkGAP8JBgAECgYASgoGAFQKBgCVCgYAnQoGAOAKBgDsCgYAKwsGAD4LBgB2CwYAhAsGAMELBgDECwYADAwGABYMBgB7eAwAWgwGAKIMBgCuDAYA7QwGAPMMBgA4DQYAUw0GAIMNBgCPDQYAzg0GANQNBgAZDgYAIQ4GAGQOBgByDgYArw4GALIOBgD6DgYAAg8GAEUPBgBODwYAkA8GAJ0PBgDbDwYA3Q8GACYQBgBBEAYAcRAGAHMQBgC8EAYAyhAGAAcRBgAYEQYAUhEGAFQRBgCdEQYAthEGAOgRBgD5EQYAMxIGAD8SBgB+EgYAhhIGAMZ4DADPEgYAFBMGABwTBgBfEwYAZhMGAKoTBgCvEwYA9RMGAAEUBgBAFAYAQxQGAIsUBgCTFAYA1hQGAOMUBgAhFQYAJhUGAGwVBgB2FQYAtxUGAL8VBgACFgYADhYGAE0WBgBgFgYAmBYGAKYWBgDjFgYA5hYGAC4XBgA4FwYAEXkMAHsXBgDEFwYAfhcGAMjWBgCCFwYAf3ULAIcXBgBuMAcAzhcGAID8CgDVFwYADxgGACAYBgBaGAYAaBgGAKUYBgDBGAYA8BgGAAwZBgBceQwASRkGAIYZBgCTGQYA0RkGAOgZBgAcGgYAKBoGAGcaBgBtGgYAshoGALgaBgD9GgYAAhsGAEgbBgBOGwYAp3kMAJgbBgDeGwYA5hsGACkcBgAsHAYAdBwGAIAcBgC/HAYAxRwGAAodBgAlHQYAVR0GAGEdBgCgHQYAph0GAOsdBgDzHQYANh4GADgeBgCBHgYAnB4GAMweBgDOHgYAFx8GACUfBgBiHwYAcx8GAK0fBgCvHwYA+B8GABEgBgBDIAYAVCAGAI4gBgCaIAYAiHoMAO8gBgAkIQYAMyEGAG8hBgBNIQYA1CUGAHEhBgC6IQYAySEGAAUiBgAQIgYAUCIGAFwiBgCbIgYAniIGAOYiBgCiIgYAUy4GALciBgDCKAYA8iIGADEjBgA3IwYAfCMGAJcjBgDHIwYA0yMGABIkBgAYJAYAXSQGAGkkBgCoJAYAriQGAPMkBgD5JAYAPiUGAEMlBgCJJQYAjyUGANN6DADXJQYAHyYGADsmBgBqJgYAciYGALR7DADBJgYAACcGAAYnBgBLJwYAZicGAJYnBgCiJwYA4ScGAOcnBgAsKAYANCgGAHcoBgCYKAYA/3sMAMooBgBKfAwAEikGAFgpBgBlKQYAoykGALApBgDuKQYA+ikGADkqBgBIKgYAhCoGAI4qBgDPKgYA1yoGABorBgAkKwYAZSsGAHMrBgCwKwYAxisGAPsrBgAHLAYARiwGAEssBgCRLAYAmiwGANwsBgDmLAYAJy0GAC8tBgByLQYAfC0GAL0tBgDCLQYACC4GABAuBgCVfAwAXy4GAJ4uBgCxLgYA6S4GAPguBgA0LwYAQC8GAH8vBgCALwYAyi8GANQvBgAVMAYAIzAGAGAwBgBlMAYAqzAGALgwBgDgfAwAATEGAEExBgBNMQYAjDEGAJIxBgDXMQYA4zEGACIyBgAqMgYAwX0MAHAyBgC4MgYAwDIGAAMzBgAQMwYATjMGAFMzBgCZMwYAoTMGAOQzBgDmMwYALzQGAEo0BgB6NAYAfDQGAMU0BgDTNAYAEDUGACE1BgBbNQYAXTUGAKY1BgC/NQYA8TUGAAI2BgA8NgYASDYGAIc2BgCPNgYADH4MANc2BgAdNwYAKjcGAGg3BgB1NwYAszcGAL83BgD+NwYADTgGAEk4BgBTOAYAlDgGAKI4BgDfOAYA5DgGACo5BgA3OQYAdTkGAH05BgDAOQYAwjkGAAs6BgAVOgYAVjoGAF46BgBXfgwArDoGAOw6BgD6OgYANzsGADo7BgCCOwYAijsGAM07BgDjOwYAGDwGAB08BgBjPAYAeTwGAK48BgC6PAYA+TwGAAY9BgBEPQYATj0GAKJ+DACdPQYA2j0GAPM9BgAlPgYAOz4GAHA+BgB/PgYAuz4GANU+BgAGPwYACT8GAGtDBgARPwYA0EcGABU/BgBRPwYAVj8GAJw/BgCpPwYA5z8GAPQ/BgAyQAYAPkAGAH1ABgCMQAYAyEAGANJABgATQQYAIUEGAF5BBgBjQQYAqUEGALZBBgD0QQYAAEIGAD9CBgBFQgYAikIGAJBCBgDVQgYA2kIGACBDBgAmQwYA7X4MAHdDBgC2QwYAvEMGAAFEBgAcRAYATEQGAFhEBgCXRAYAnUQGAOJEBgDpRAYALUUGADJFBgCkRgYAOUUGAHhFBgB6RQYAw0UGAMpFBgAORgYAKkYGAFlGBgBhRgYAzn8MAKhGBgDvRgYA/EYGADpHBgBWRwYAhUcGAI1HBgAZgAwA1UcGABtIBgAeSAYAZkgGAHBIBgCxSAYAwkgGAPxIBgABSQYAR0kGAExJBgCSSQYAskkGAN1JBgDmSQYAKEoGAClKBgBzSgYAf0oGAL5KBgDESgYACUsGAA9LBgBUSwYAWUsGAJ9LBgClSwYAZIAMAOxLBgA1TAYAO0wGAIBMBgCgTAYAy0wGANdMBgAWTQYAHU0GAGFNBgBpTQYArE0GALNNBgD3TQYAA04GAEJOBgBETgYAjU4GAJROBgBFgQwA2k4GACNPBgAmTwYAbk8GAHZPBgC5TwYAyU8GAARQBgAGUAYAT1AGAF1QBgCaUAYAq1AGAJCBDADsUAYA24EMAD1RBgB7UQYAglEGAMZRBgDOUQYAEVIGAB9SBgBcUgYAX1IGAKdSBgCvUgYA8lIGAPlSBgA9UwYAS1MGAIhTBgCLUwYA01MGANVTBgAeVAYAN1QGAGlUBgB6VAYAtFQGAMBUBgD/VAYABlUGAEpVBgBSVQYAlVUGAJ5VBgDgVQYA7VUGACtWBgA1VgYAdlYGAIRWBgDBVgYA0lYGAAxXBgAUVwYAV1cGAGFXBgCiVwYAsFcGAO1XBgADWAYAOFgGAERYBgCDWAYAilgGAM5YBgDWWAYAGVkGAB9ZBgBkWQYAcFkGAK9ZBgC5WQYA+lkGAABaBgBFWgYAWVoGAHGCDACVWgYA21oGAN5aBgAmWwYAMFsGAHFbBgBzWwYAvFsGANdbBgAHXAYACVwGAFJcBgBgXAYAnVwGAK5cBgDoXAYA6lwGADNdBgBMXQYAfl0GAI9dBgDJXQYA1V0GALyCDAAxXgYAX14GAHBeBgCqXgYAxl4GAPVeBgD9XgYAB4MMAEVfBgCLXwYAk18GANZfBgDhXwYAIWAGACZgBgBsYAYAb2AGALdgBgDBYAYAAmEGAAVhBgBNYQYAVWEGAJhhBgCaYQYA42EGAP5hBgAuYgYAMGIGAHliBgCHYgYAxGIGANViBgAPYwYAEWMGAFpjBgBzYwYApWMGALZjBgDwYwYA/GMGADtkBgBDZAYAUoMMAJNkBgDRZAYA2WQGABxlBgAmZQYAZ2UGAHJlBgCyZQYAvmUGAP1lBgAFZgYAnYMMAE1mBgCTZgYAmGYGAN5mBgDvZgYA6IMMADZnBgB0ZwYAdmcGAL9nBgDYZwYACmgGABtoBgBVaAYAYWgGAKBoBgCoaAYAM4QMAPBoBgA2aQYAPmkGAIFpBgCQaQYAzGkGANJpBgAXagYAI2oGAGJqBgBkagYArWoGALdqBgD4agYABGsGAENrBgBLawYAfoQMAJprBgDZawYA3GsGACRsBgAnbAYAb2wGAH1sBgC6bAYAv2wGAAVtBgASbQYAyYQMAGFtBgCbbQYAo20GAOZtBgCobQYAGnYGAPFtBgAxbgYANm4GAHxuBgB/bgYAx24GANFuBgASbwYANW8GAF1vBgBgbwYAqG8GAMxvBgDzbwYA+28GABSFDABEcAYAiXAGAJdwBgDUcAYA4HAGAB9xBgAmcQYAanEGAHJxBgC1cQYAxXEGAAByBgAFcgYAS3IGAFFyBgCWcgYAnnIGAOFyBgD+cgYALHMGADVzBgB3cwYAg3MGAMJzBgDIcwYADXQGACF0BgBYdAYAYHQGAKN0BgCzdAYA7nQGAPB0BgA5dQYAR3UGAIR1BgCVdQYAX4UMANZ1BgCqhQwAH3YGAGV2BgBsdgYAsHYGALx2BgD7dgYA/nYGAEZ3BgBWdwYAkXcGAJN3BgDcdwYA6ncGACd4BgA4eAYA9YUMAHl4BgBAhgwA0HgGAAh5BgAXeQYAU3kGAF95BgCeeQYAn3kGAOl5BgDzeQYANHoGAEJ6BgB/egYAhHoGAMp6BgDXegYAi4YMABp7BgBgewYAaXsGAKt7BgC8ewYA9nsGAP17BgBBfAYASXwGAIx8BgCZfAYA13wGANx8BgAifQYALH0GAG19BgB1fQYAuH0GAL59BgADfgYAD34GAE5+BgBQfgYAmX4GAKh+BgDkfgYA734GAC9/BgA3fwYAen8GAHx/BgDFfwYA0n8GABCABgAkgAYAW4AGAGOABgCmgAYAtYAGAPGABgD2gAYAPIEGAEmBBgCHgQYAkYEGANKBBgDUgQYAHYIGACyCBgBoggYAcoIGALOCBgC7ggYA/oIGAP+CBgBJgwYAToMGAJSDBgCigwYA34MGAOyDBgAqhAYANIQGAGyHDAB4hAYAwIQGAMyEBgA6kgYA3IQGAAuFBgAThQYAt4cMAFuFBgChhQYAqYUGAOyFBgDvhQYAN4YGAEOGBgCChgYAiIYGAM2GBgDohgYAGIcGACSHBgBjhwYAaYcGAK6HBgCxhwYA+YcGAAGIBgBEiAYARogGAI+IBgCqiAYA2ogGANyIBgAliQYAM4kGAHCJBgCBiQYAu4kGAL2JBgAGigYAH4oGAFGKBgBiigYAnIoGAKiKBgDnigYA74oGAAKIDAA3iwYAfYsGAIOLBgDIiwYA0IsGABOMBgAijAYAXowGAGOMBgCpjAYAtowGAPSMBgABjQYAP40GAEuNBgCKjQYAmY0GANWNBgDfjQYAII4GAC6OBgBrjgYAcI4GALaOBgDDjgYATYgMAA2PBgBMjwYAUo8GAJePBgCyjwYA4o8GAO6PBgAtkAYAM5AGAHiQBgB7kAYAw5AGAM+QBgAOkQYAFJEGAFmRBgBfkQYApJEGAKmRBgDvkQYA9ZEGAJiIDABAkgYAhZIGAIuSBgDQkgYA1ZIGABuTBgAhkwYA44gMAGuTBgCxkwYAvpMGAPyTBgAJlAYAR5QGAFOUBgCSlAYAoZQGAN2UBgDnlAYAKJUGADaVBgBzlQYAeJUGAL6VBgDLlQYACZYGACGWBgBUlgYAWpYGAJ+WBgCrlgYA6pYGAPqWBgA1lwYAPpcGAICXBgCDlwYAy5cGANeXBgAWmAYAHZgGAMSJDABjmAYArJgGALaYBgD3mAYA+pgGAEKZBgBKmQYAjZkGAJCZBgDYmQYA5JkGACOaBgApmgYAbpoGAImaBgC5mgYAxZoGAASbBgAKmwYAD4oMAG+bBgCamwYApZsGAOWbBgDqmwYAMJwGADmcBgB7nAYAfpwGAMacBgDSnAYAEZ0GAB2dBgC8pgYAKZ0GAFydBgBjnQYAp50GAK2dBgDynQYAAJ4GAD2eBgBYngYAiJ4GAJSeBgDTngYA2Z4GAB6fBgA4nwYAaZ8GAHWfBgC0nwYAup8GAP+fBgAFoAYASqAGAE+gBgCVoAYAm6AGAFqKDAD6oAYAK6EGADihBgB2oQYAgqEGAMGhBgDLoQYADKIGABCiBgBXogYAXKIGAKKiBgCoogYA7aIGAA2jBgA4owYARKMGAIOjBgCJowYAzqMGANSjBgAZpAYAHqQGAGSkBgBqpAYApYoMALSkBgD6pAYAAaUGAEWlBgBRpQYAkKUGAKylBgDbpQYA46UGAIaLDABdpgYAcaYGAJemBgDRiwwAz6YGAAenBgAWpwYAUqcGAF6nBgCdpwYAnqcGAOinBgDypwYAM6gGAEGoBgB+qAYAg6gGAMmoBgDWqAYAHIwMABypBgD9jAwAZKkGAKqpBgC3qQYA9akGAAKqBgBAqgYATKoGAIuqBgCaqgYA1qoGAOCqBgAhqwYAL6sGAGyrBgBxqwYAt6sGAMSrBgACrAYACqwGAE2sBgBTrAYAmKwGAKSsBgDjrAYA86wGAC6tBgA3rQYAea0GAHytBgDErQYA0K0GAA+uBgAWrgYASI0MAGWuBgClrgYAsa4GAPCuBgD4rgYAk40MAEivBgCGrwYAja8GANGvBgDSrwYAHLAGACGwBgBnsAYAdbAGALKwBgC/sAYA/bAGAAexBgBIsQYAULEGAJOxBgCcsQYA3rEGAOSxBgApsgYAOrIGAHSyBgCQsgYAv7IGAMeyBgDejQwAFbMGAFWzBgBfswYAoLMGAKqzBgDrswYA7LMGACmODAA7tAYAgbQGAI60BgDMtAYA2bQGABe1BgAjtQYAYrUGAHG1BgCttQYAt7UGAPi1BgAAtgYAQ7YGAE22BgCOtgYAk7YGANm2BgDhtgYAdI4MAC+3BgBvtwYAe7cGALq3BgDCtwYAv44MAAq4BgBQuAYAX7gGAJu4BgC7uAYA5rgGAPK4BgAxuQYAN7kGAHy5BgCEuQYAx7kGAM65BgASugYAFLoGAF26BgBpugYAqLoGAL66BgDzugYA+LoGAD67BgBLuwYACo8MAI67BgDUuwYA47sGAB+8BgA/vAYAarwGAHa8BgC1vAYAu7wGAAC9BgAIvQYAS70GAFK9BgCWvQYAmL0GAOG9BgDtvQYALL4GAEK+BgB3vgYAfL4GAMK+BgDPvgYADb8GABW/BgBYvwYAXr8GAKO/BgCsvwYA7r8GAPu/BgA5wAYARsAGAITABgCSwAYAz8AGANzABgAawQYAMcEGAGXBBgCTwQYAVY8MALbBBgD7wQYAvcEGAGS+CgARwgYARsIGAFTCBgCRwgYAlMIGANzCBgDfwgYAJ8MGADXDBgBywwYAd8MGAL3DBgDKwwYACMQGABDEBgBTxAYAWsQGAJ7EBgCqxAYA6cQGAPbEBgA0xQYAQsUGAH/FBgCLxQYAysUGANHFBgAVxgYAHcYGAGDGBgBkxgYAq8YGALbGBgD2xgYABMcGAEHHBgBSxwYAjMcGAJjHBgDXxwYA38cGAKCPDAAoyAYAbcgGAIHIBgC4yAYAxsgGAAPJBgAQyQYATskGAGXJBgCZyQYAockGAOTJBgDuyQYAL8oGADTKBgB6ygYAgsoGAMXKBgDUygYAEMsGABXLBgBbywYAaMsGAKbLBgCzywYA8csGAP3LBgA8zAYAS8wGAIfMBgCRzAYA0swGANrMBgAdzQYAJ80GAGjNBgBtzQYAs80GALvNBgDrjwwACc4GAEnOBgBVzgYAlM4GAJzOBgA2kAwA5M4GACrPBgA5zwYAdc8GAJXPBgDAzwYAzM8GAAvQBgAR0AYAVtAGAF7QBgCh0AYAqNAGAOzQBgDu0AYAN9EGAEPRBgCC0QYAmNEGAM3RBgDS0QYAGNIGACXSBgCBkAwAbNIGAK7SBgC00gYA+dIGAAfTBgBE0wYAUdMGAI/TBgCm0wYA2tMGAOLTBgAl1AYANNQGAHDUBgB11AYAu9QGAMjUBgAG1QYAE9UGAFHVBgBd1QYAnNUGAKvVBgDn1QYA8dUGADLWBgBO1gYAfdYGAIXWBgDMkAwA19YGABPXBgAd1wYAXT4KADPXBgBe1wYAatcGAKnXBgCv1wYA9NcGAPzXBgD2EQcAANgGAD/YBgAO2AYAoP4GAFLYBgCK2AYAmdgGANXYBgDh2AYAINkGACHZBgBr2QYAddkGALbZBgDE2QYAAdoGAAbaBgBM2gYAWdoGABeRDACd2gYA4toGAOjaBgAt2wYAMtsGAHjbBgB+2wYA+JEMAM7bBgAO3AYAHNwGAFncBgBq3AYApNwGALDcBgDv3AYA99wGAI6SDABG3QYAhd0GAI/dBgDQ3QYA390GABveBgAm3gYAZt4GAHTeBgCx3gYAvt4GAPzeBgAT3wYAR98GAE/fBgCS3wYAld8GAN3fBgDp3wYAKOAGAC7gBgBz4AYAjuAGAL7gBgDK4AYACeEGAA/hBgBU4QYAXOEGAJ/hBgCh4QYA6uEGAOvhBgA14gYAQ+IGAIDiBgCI4gYAy+IGAObiBgAW4wYAIuMGAGHjBgBn4wYArOMGAK/jBgD34wYABeQGAELkBgBH5AYAjeQGAJrkBgDZkgwA5eQGANxGCgDp5AYAI+UGAC/lBgBu5QYAe+UGALnlBgC+5QYABOYGAA7mBgBP5gYAX+YGAJrmBgCf5gYA5eYGAO7mBgAw5wYAPecGAHvnBgCC5wYAxucGANLnBgAR6AYAF+gGAFzoBgBi6AYAp+gGAKzoBgDy6AYA+OgGACSTDABJ6QYAiOkGAI7pBgDT6QYA2ekGAB7qBgAr6gYAaeoGAG7qBgC06gYAvOoGAP/qBgA06wYASusGAHrrBgCV6wYAnesGAODrBgDt6wYAK+wGADDsBgB27AYAfuwGAMHsBgDE7AYADO0GABXtBgBX7QYAZu0GAKLtBgCt7QYA7e0GAPXtBgA47gYASO4GAIPuBgCR7gYAzu4GAN/uBgAZ7wYAJe8GAGTvBgBs7wYABZQMALXvBgD67wYAAvAGAEXwBgBM8AYAkPAGAJ7wBgDb8AYA4fAGACbxBgAy8QYAcfEGAIDxBgC88QYAxvEGAAfyBgAM8gYAUvIGAFjyBgCd8gYAsfIGAFCUDAD18gYAM/MGAPfyBgCALQcAOPMGAH7zBgCK8wYAyfMGANbzBgAU9AYAHvQGAJuUDAB69AYAqvQGAKz0BgD19AYA+/QGAED1BgB29QYAi/UGAJH1BgDW9QYA3/UGACH2BgAu9gYAbPYGAKL2BgC39gYAvvYGAAL3BgAH9wYATfcGAFz3BgCY9wYAuPcGAOP3BgDv9wYALvgGADT4BgB5+AYAk/gGAMT4BgDH+AYAD/kGABT5BgBa+QYAafkGAKX5BgDF+QYAMZUMABD6BgA7+gYAR/oGAIb6BgCQ+gYA0foGAN36BgCTkgcA3voGABz7BgAh+wYAZ/sGAHH7BgCy+wYAwvsGAP37BgAC/AYASPwGAFH8BgCT/AYAoPwGAN78BgDl/AYAKf0GADX9BgB0/QYAev0GAL/9BgDF/QYACv4GAA/+BgBV/gYAW/4GAHyVDACj/gYA6/4GAPD+BgA2/wYARf8GAIH/BgCh/wYAEpYMANr/BgAXAAcAJAAHAGIABwBpAAcArQAHALUABwD4AAcA+gAHAEMBBwD/AAcAiRMJAA8BBwAd2ggASQEHADj7CABLAQcAjgEHAJIBBwCWCAcAqQEHANkBBwDbAQcAJAIHADUCBwBvAgcAfQIHALoCBwDBAgcABQMHAA0DBwBQAwcAVwMHAJsDBwCgAwcA5gMHAPUDBwAxBAcAUQQHAHwEBwCIBAcAxwQHAM0EBwASBQcAGgUHAF0FBwBpBQcAqAUHALUFBwDzBQcADgYHAD4GBwBMBgcAiQYHAI8GBwDUBgcA2QYHAB8HBwAsBwcAagcHAIAHBwC1BwcAwQcHAAAIBwANCAcASwgHAFUIBwBdlgwAmwgHAOEIBwDnCAcALAkHAEwJBwB3CQcAhQkHAMIJBwDPCQcADQoHACQKBwBYCgcAYAoHAKMKBwCyCgcA7goHAPMKBwA5CwcARgsHAIQLBwCOCwcAzwsHANELBwAaDAcAKAwHAGUMBwByDAcAsAwHALwMBwD7DAcAAQ0HAEYNBwBODQcAkQ0HAJcNBwDcDQcA5Q0HACcOBwA0DgcAcg4HAHwOBwC9DgcAyw4HAAgPBwAeDwcAUw8HAF8PBwCeDwcApg8HAKiWDADzDwcANBAHADoQBwB/EAcAgRAHAMoQBwDUEAcAFREHACERBwBgEQcAdxEHAKsRBwC/EQcA85YMAAQSBwBBEgcARBIHAIwSBwCUEgcA1xIHAOMSBwAiEwcAMBMHAG0TBwB3EwcAuBMHAMMTBwADFAcADxQHAE4UBwBUFAcAmRQHAKEUBwDkFAcA8RQHAC8VBwA0FQcAehUHAIQVBwDFFQcAzRUHABAWBwAWFgcAWxYHAGQWBwCmFgcAsxYHAPEWBwD+FgcAPBcHAEoXBwCHFwcAlBcHANIXBwDpFwcAHRgHACUYBwBoGAcAbRgHALMYBwC5GAcA/hgHAAYZBwBJGQcAXxkHAJQZBwCiGQcA3xkHAOIZBwAqGgcAORoHAHUaBwB6GgcAwBoHAM0aBwALGwcAGxsHAFYbBwBkGwcAoRsHALgbBwDsGwcA9RsHADccBwA9HAcAghwHAI4cBwDNHAcA1BwHAD6XDAAkHQcAYx0HAGUdBwCuHQcAuB0HAPkdBwAFHgcARB4HAEweBwCJlwwAlB4HANoeBwDpHgcAJR8HAEUfBwBwHwcAfB8HALsfBwDBHwcABiAHAA4gBwBRIAcAUiAHAJwgBwCiIAcA5yAHAOwgBwAyIQcATSEHAH0hBwCLIQcAyCEHAM8hBwATIgcAHyIHAF4iBwBkIgcA1JcMAK4iBwD0IgcA/iIHAD8jBwBQIwcAiiMHAJYjBwDVIwcA2CMHACAkBwAjJAcAayQHAHMkBwC2JAcAvSQHAAElBwAGJQcATCUHAFslBwCXJQcAtyUHAOIlBwDuJQcALSYHADMmBwB4JgcAgCYHAMMmBwDQJgcADicHABMnBwBZJwcAYycHAKQnBwCsJwcA7ycHAP8nBwA6KAcAPygHAIUoBwCOKAcA0CgHAN0oBwAbKQcAIikHAB+YDABrKQcAsSkHAMApBwD8KQcAHCoHAEcqBwBTKgcAkioHAJgqBwDdKgcA5SoHACgrBwA0KwcAcysHAIArBwC+KwcAxSsHAAksBwAKLAcAVCwHAFksBwCfLAcArSwHAOosBwD3LAcANS0HAD8tBwBqmAwAhS0HAMstBwDYLQcAFi4HACMuBwBhLgcAZy4HAKwuBwC4LgcA9y4HAAcvBwBCLwcASy8HAI0vBwCQLwcA2C8HAOQvBwAjMAcAKjAHALWYDABwMAcAuTAHAHUwBwDawQkAfjAHAFxNCwDKMAcABDEHAAwxBwBPMQcAWTEHAJoxBwCpMQcA5TEHAOYxBwAwMgcAODIHAEuZDACDMgcAlpkMAOUyBwAsmgwALzMHAFwzBwA0MwcAWo8HADkzBwAXSwcAZDMHAHeaDACsMwcA8jMHAP8zBwA9NAcASjQHAIg0BwCUNAcA0zQHAOI0BwAeNQcAKDUHAGk1BwCMNQcAtDUHAOk1BwD/NQcAIzYHAEo2BwBSNgcAwpoMAJo2BwDgNgcA5jYHACs3BwAzNwcADZsMAIQ3BwDBNwcA3DcHAAw4BwAYOAcAVzgHAGg4BwCiOAcAtjgHAO04BwD1OAcAODkHAD45BwCDOQcAjzkHAM45BwDeOQcAGToHACI6BwBkOgcAZzoHAK86BwC7OgcA+joHAAE7BwBYmwwAUzsHAJA7BwCaOwcAo5sMAOA7BwAmPAcAMzwHAHE8BwB+PAcAvDwHAMg8BwAHPQcAFj0HAFI9BwBcPQcAnT0HAKs9BwDoPQcA7T0HADM+BwBAPgcAfj4HAIY+BwDJPgcAzz4HABQ/BwAgPwcAXz8HAG8/BwCqPwcAsz8HAPU/BwD4PwcAQEAHAExABwCLQAcAkkAHAO6bDADlQAcAIUEHACZBBwBsQQcAeUEHALdBBwDEQQcAAkIHAAhCBwBNQgcAWUIHAJhCBwCoQgcA40IHAOxCBwAuQwcAMUMHAHlDBwCFQwcAxEMHAMtDBwA5nAwAFEQHAFpEBwBnRAcApUQHAMNEBwDwRAcA/EQHADtFBwBORQcAhkUHAJRFBwDRRQcA1EUHABxGBwAmRgcAZ0YHAHVGBwCyRgcAv0YHAP1GBwAURwcASEcHAFBHBwCTRwcAmkcHAN5HBwDjRwcAKUgHAD9IBwB0SAcAdkgHAL9IBwDNSAcACkkHABdJBwCEnAwAYUkHAKBJBwCwSQcA60kHAPRJBwA2SgcAOUoHAIFKBwCNSgcAzEoHANNKBwDPnAwAIEsHAAVOBwAhSwcAYksHAHFLBwCtSwcAc0sHANlMBwCuSwcA+EsHABRMBwBDTAcAeUwHAI5MBwDETAcAGp0MANxMBwAkTQcAQE0HAG9NBwClTQcAuk0HAPBNBwBlnQwAEk4HAFBOBwBeTgcAm04HAK5OBwDmTgcAAk8HADFPBwBnTwcAfE8HALJPBwCwnQwA2E8HABJQBwAeUAcAXVAHAGVQBwD7nQwArVAHAPNQBwD7UAcAPlEHAE1RBwCJUQcAjlEHANRRBwDhUQcAH1IHACxSBwBqUgcAdlIHALVSBwDEUgcAAFMHAApTBwBLUwcAU1MHAJZTBwCgUwcA4VMHAOZTBwAsVAcANFQHAEaeDACGVAcAwlQHAIhUBwDuVQcAw1QHAA1VBwApVQcAWFUHAI5VBwCjVQcA2VUHAJGeDADxVQcAOVYHAFVWBwCEVgcAulYHAM9WBwAFVwcA3J4MAB1XBwBlVwcAdlcHALBXBwDMVwcA+1cHADFYBwBGWAcAfFgHACefDACeWAcA3FgHAOhYBwAnWQcANlkHAHJZBwB8WQcAvVkHAMtZBwAIWgcADVoHAFNaBwBgWgcAnloHAKZaBwDpWgcA71oHADRbBwD5WgcAGLMHAEBbBwB/WwcAj1sHAMpbBwDTWwcAFVwHABhcBwBgXAcAbFwHAKtcBwCyXAcAcp8MAPtcBwDBjwkAAF0HAEFdBwACXQcAlzIJAEtdBwCMXQcAjV0HANddBwDmXQcAIl4HACdeBwBtXgcAel4HALheBwDFXgcAA18HAA9fBwBOXwcAXV8HAJlfBwCjXwcA5F8HAPJfBwAvYAcANGAHAHpgBwCHYAcAxWAHAMZgBwAQYQcAFWEHAFthBwBgYQcApmEHALdhBwDxYQcAFGIHADxiBwBHYgcAh2IHAIxiBwDSYgcA1WIHAB1jBwAnYwcAaGMHAJNjBwCzYwcA0mMHAL2fDAAKZAcASWQHAEtkBwCUZAcAo2QHAN9kBwDqZAcAKmUHADJlBwB1ZQcAfGUHAMBlBwDCZQcAC2YHABVmBwBWZgcAWGYHAKFmBwC6ZgcA7GYHAO5mBwA3ZwcAOmcHAIJnBwCOZwcAzWcHANVnBwAIoAwAJGgHAGNoBwBpaAcArmgHAMloBwD5aAcABWkHAERpBwBKaQcAj2kHAJdpBwDaaQcA3GkHACVqBwAvagcAcGoHAHhqBwBToAwAzGoHAAZrBwANawcAUWsHAFlrBwCcawcAqWsHAOdrBwDsawcAMmwHADxsBwB9bAcAhWwHAMhsBwDXbAcAE20HABhtBwBebQcAa20HAKltBwC2bQcA9G0HAABuBwA/bgcATm4HAIpuBwCUbgcA1W4HAN1uBwAgbwcAKm8HAGtvBwBwbwcAtm8HAL5vBwCeoAwADXAHAExwBwBccAcAl3AHAKBwBwDicAcA5XAHAC1xBwA5cQcAeHEHAH9xBwDpoAwAyXEHAA5yBwAUcgcAWXIHAF5yBwCkcgcAqnIHADShDAD1cgcAOnMHAEBzBwCFcwcAinMHAON7CgCScwcA0HMHANVzBwAbdAcAI3QHAGZ0BwCYdAcAI3sHAJ10BwCxdAcA6HQHAPx0BwAzdQcAR3UHAHd1BwCSdQcAmnUHAN11BwDsdQcAKHYHAC12BwBzdgcAgHYHAL52BwDLdgcACXcHABV3BwBUdwcAY3cHAJ93BwCpdwcA6ncHAPh3BwA1eAcAOngHAIB4BwCNeAcAy3gHANN4BwAWeQcAHHkHAGF5BwBteQcArHkHALx5BwD3eQcAAHoHAEJ6BwBFegcAjXoHAJl6BwDYegcA33oHAH+hDABaewcAbnsHAJ57BwC5ewcAwXsHAAR8BwATfAcAT3wHAFR8BwCafAcAp3wHAOV8BwDyfAcAMH0HADx9BwB7fQcAin0HAMZ9BwDQfQcAEX4HAB9+BwBcfgcAYX4HAKd+BwC0fgcA8n4HAPp+BwA9fwcAQ38HAIh/BwCUfwcA038HAON/BwAegAcAJ4AHAGmABwBsgAcAtIAHAMCABwD/gAcABoEHAMqhDABMgQcAPooKAFiBBwCVgQcAooEHAOCBBwDsgQcAK4IHADGCBwB2ggcAfIIHAMGCBwDGggcADIMHABKDBwAVogwAfYMHAKKDBwDIgwcA7YMHAB+EBwA4hAcAb4QHAIOEBwCzhAcAq6IMANqEBwAZhQcA3IQHAD59CAAjhQcAZIUHAH6FBwCvhQcAvoUHAPqFBwD/hQcARYYHAFKGBwCQhgcAnYYHANuGBwDnhgcAJocHADWHBwBxhwcAe4cHALyHBwDIhwcAB4gHABqIBwBSiAcAYYgHAJ2IBwCpiAcA6IgHAOmIBwAziQcAPYkHAH6JBwCMiQcAyYkHAM6JBwAUigcAIYoHAPaiDABkigcAqooHALeKBwD1igcAAosHAECLBwBMiwcAi4sHAJqLBwDWiwcA4IsHACGMBwAvjAcAbIwHAHGMBwC3jAcAxIwHAAKNBwAKjQcATY0HAFONBwCYjQcApI0HAOONBwDzjQcALo4HADeOBwB5jgcAfI4HAMSOBwDQjgcAD48HABaPBwDXowwAX48HAKWPBwCojwcA8I8HAPiPBwA7kAcAR5AHAIaQBwCMkAcA0ZAHANeQBwAckQcAIZEHAGeRBwBtkQcAIqQMAOmRBwD9kQcANJIHAEiSBwBskgcAuKQMAJmSBwBWkggAppIHAN6SBwDtkgcAKZMHADWTBwB0kwcAdZMHAL+TBwDJkwcACpQHABiUBwBVlAcAWpQHAKCUBwCtlAcAA6UMAA6VBwA2lQcAbZUHAIGVBwC4lQcAzJUHAAOWBwAXlgcAO5YHAE6lDABwlgcArZYHALKWBwD4lgcABZcHAEOXBwBLlwcAjpcHAJSXBwDZlwcA5ZcHACSYBwA0mAcAb5gHAHiYBwC6mAcAvZgHAAWZBwA9mQcAUJkHAFyZBwCZpQwAoZkHAOaZBwD/mQcAMZoHAD+aBwB8mgcAiZoHAMeaBwDOmgcAEpsHABubBwBdmwcAapsHAKibBwC/mwcA85sHAPabBwA+nAcAQJwHAImcBwCSnAcA1JwHAOScBwAfnQcAOJ0HAGqdBwBsnQcAtZ0HAL6dBwAAngcACJ4HAEueBwBNngcAlp4HAK+eBwDhngcA+J4HACyfBwA4nwcAd58HAIifBwDCnwcAzp8HAA2gBwAYoAcAWKAHAGWgBwCjoAcAraAHAOSlDAABoQcAOaEHAEehBwCEoQcAc6EHANeoBwC9oQcAz6EHANyhBwAaogcAIqIHAGWiBwBrogcAsKIHALyiBwD7ogcABqMHAEajBwBPowcAkaMHAJSjBwDcowcA3qMHACekBwAupAcAcqQHAHSkBwAvpgwAwKQHAAilBwAWpQcAU6UHAFilBwCepQcAq6UHAOmlBwD1pQcANKYHADymBwB6pgwAjaYHAMqmBwDapgcAFacHACOnBwBgpwcAaacHAKunBwC1pwcA9qcHAPinBwBBqAcAS6gHAIyoBwCOqAcAxaYMANyoBwAiqQcAKqkHAG2pBwBzqQcAuKkHAMSpBwADqgcAEqoHAE6qBwBXqgcAmaoHAJyqBwDkqgcA5qoHAC+rBwA2qwcAeqsHAHyrBwAQpwwAyqsHABCsBwAsrAcAW6wHAHesBwBbpwwAs6wHALSsCAC1rAcA8awHAPasBwA8rQcASa0HAIetBwCUrQcA0q0HANitBwAdrgcAKa4HAGiuBwB4rgcAs64HALyuBwD+rgcAAa8HAEmvBwBVrwcAlK8HAJuvBwCmpwwA7q8HACqwBwAvsAcAdbAHAIKwBwDAsAcAzbAHAAuxBwARsQcAVrEHAGKxBwChsQcAsbEHAOyxBwD1sQcAN7IHADqyBwCCsgcAjrIHAM2yBwDUsgcA8acMABqzBwBjswcAcbMHAK6zBwC/swcAPKgMAAC0BwCHqAwATLQHANKoDACUtAcA2rQHAOe0BwAltQcAMrUHAHC1BwB8tQcAu7UHAMq1BwAGtgcAELYHAFG2BwBftgcAnLYHAKG2BwDntgcA9LYHADK3BwA6twcAfbcHAIO3BwDItwcA1LcHABO4BwAjuAcAXrgHAGe4BwCpuAcArLgHAPS4BwAAuQcAP7kHAEa5BwAdqQwAkrkHAGipDADauQcAILoHACi6BwBrugcAbroHALa6BwC/ugcAAbsHABC7BwBMuwcAV7sHAJe7BwCfuwcA4rsHAPK7BwAtvAcAO7wHAHi8BwCJvAcAw7wHAM+8BwAOvQcAFr0HALOpDABfvQcApL0HAKy9BwDvvQcA9r0HADq+BwBIvgcAhb4HAIu+BwDQvgcA3L4HABu/BwAqvwcAZr8HAHC/BwCxvwcAtr8HAPy/BwACwAcAR8AHAFvABwD+qQwAl8AHAN3ABwDqwAcAKMEHADXBBwBzwQcAf8EHAL7BBwDNwQcACcIHABPCBwBUwgcAYsIHAJ/CBwCkwgcA6sIHAPfCBwA1wwcAPcMHAIDDBwCGwwcAy8MHANfDBwAWxAcAJsQHAGHEBwBqxAcArMQHAK/EBwD3xAcAA8UHAELFBwBJxQcASaoMAI/FBwDYxQcA4sUHACPGBwAxxgcAbsYHAHPGBwC5xgcAxsYHAATHBwAGxwcAT8cHAGDHBwCaxwcApscHAOXHBwDrxwcAMMgHADbIBwB7yAcAgMgHAMbIBwDMyAcAlKoMABbJBwBcyQcAbckHAKfJBwCvyQcA8skHALPJBwDP7AcAtckHAA72CgD8yQcAPcoHAEvKBwCIygcAnsoHANPKBwDfygcAHssHACXLBwBpywcAccsHALTLBwC5ywcA/8sHAAjMBwBKzAcAVMwHAJXMBwCdzAcA4MwHAOTMBwArzQcANs0HAHbNBwCEzQcAwc0HANLNBwAMzgcAGM4HAFfOBwBfzgcA36oMAKTOBwDtzgcA+84HADjPBwBCzwcAg88HAJHPBwDOzwcA288HABnQBwAw0AcAZNAHAGzQBwCv0AcAv9AHAPrQBwD/0AcARdEHAEvRBwCQ0QcAmNEHANvRBwDd0QcAJtIHADPSBwBx0gcAedIHALzSBwDB0gcAB9MHAAjTBwBS0wcAXtMHAJ3TBwCq0wcA6NMHAPDTBwAz1AcAQtQHAH7UBwCD1AcAydQHANbUBwAU1QcAIdUHAF/VBwBr1QcAqtUHALnVBwD11QcA/9UHAEDWBwBO1gcAi9YHAJDWBwDW1gcA49YHACqrDAAk1wcAbNcHAHTXBwC31wcAxNcHAALYBwAH2AcATdgHAFfYBwCY2AcAoNgHAOPYBwDl2AcALtkHAEnZBwB52QcAe9kHAMTZBwDS2QcAD9oHACDaBwBa2gcAXNoHAKXaBwC+2gcA8NoHAAHbBwA72wcAR9sHAIbbBwCb2wcA0dsHANnbBwAc3AcAItwHAGfcBwBz3AcAstwHAM/cBwD93AcABt0HAEjdBwBU3QcAk90HAJbdBwDe3QcA6N0HACneBwAx3gcAdN4HAH7eBwC/3gcAzd4HAArfBwAg3wcAVd8HAGHfBwCg3wcAp98HAOvfBwDz3wcANuAHADvgBwCB4AcAiuAHAMzgBwDW4AcAF+EHAB/hBwBi4QcAZOEHAK3hBwC94QcA+OEHAALiBwBD4gcAT+IHAI7iBwCU4gcA2eIHAOHiBwB1qwwAMOMHAG/jBwCC4wcAuuMHANbjBwAF5AcADeQHAMCrDABe5AcAm+QHALHkBwDm5AcA8uQHADHlBwA25QcAfOUHAIXlBwDH5QcA0eUHABLmBwAa5gcAXeYHAF/mBwCo5gcAt+YHAPPmBwAQ5wcAPucHAEfnBwCJ5wcAl+cHANTnBwDa5wcAH+gHAC3oBwBq6AcAd+gHALXoBwDM6AcAAOkHAAjpBwBL6QcATekHAJbpBwCe6QcA4ekHAPDpBwAs6gcAMeoHAHfqBwCE6gcAwuoHAM/qBwAN6wcAGesHAFjrBwBn6wcAo+sHAK3rBwDu6wcA/OsHADnsBwA+7AcAhOwHAJHsBwALrAwA1ewHABrtBwAg7QcAZe0HAGrtBwCw7QcAtu0HAFasDAAJ7gcARu4HAFzuBwCR7gcAne4HANzuBwDh7gcAJ+8HADDvBwBy7wcAfO8HAL3vBwDg7wcACPAHAAzwBwBT8AcAF/AHAH/xBwBV8AcAnvAHAKzwBwDp8AcA8/AHADTxBwBY8QcAN60MAIXxBwDK8QcA1vEHABXyBwAX8gcAYPIHAGryBwCr8gcAt/IHAPbyBwAa8wcAgq0MAEXzBwCM8wcAUPMHALj0BwCO8wcA1/MHAOXzBwAi9AcALPQHAG30BwCR9AcAza0MAL70BwAD9QcAD/UHAE71BwBQ9QcAmfUHAKP1BwDk9QcA8PUHAC/2BwBT9gcAGK4MAJf2BwDF9gcAzvYHABD3BwAe9wcAW/cHAGH3BwCm9wcAsvcHAPH3BwD59wcAY64MAEP4BwCH+AcAoPgHANL4BwDh+AcAHfkHACX5BwBo+QcAd/kHALP5BwC4+QcA/vkHAAv6BwBJ+gcAVvoHAJT6BwCg+gcA3/oHAO76BwAq+wcANPsHAHX7BwCD+wcAwPsHAMX7BwAL/AcAGPwHAK6uDABv/AcAofwHAKv8BwDs/AcA7vwHADf9BwBF/QcAgv0HAI/9BwDN/QcA1f0HABj+BwBB/gcAY/4HAGr+BwCu/gcAx/4HAPn+BwAI/wcARP8HAEz/BwCP/wcAnv8HANr/BwDf/wcAJQAIADIACABwAAgAfQAIALsACADHAAgABgEIABUBCABRAQgAWwEIAJwBCACqAQgA5wEIAOwBCAAyAggAPwIIAPmuDACCAggAJpQJAIkCCADIAggApQIIAGciDQDbAggAEwMIACIDCABeAwgAagMIAKkDCAC1AwgA9AMIAPsDCAA/BAgASwQIAIoECACRBAgA1QQIAN0ECAAgBQgAJAUIAGsFCAB2BQgAtgUIAMIFCAABBggADgYIAEwGCABUBggAlwYIAKEGCADiBggA6AYIAC0HCABBBwgAeAcIAIYHCADDBwgA0AcIAA4ICAAlCAgAWQgIAGEICACkCAgArggIAO8ICAD0CAgAOgkIAEIJCACFCQgAlAkIANAJCADVCQgAGwoIACgKCABmCggAcwoIALEKCAC9CggA/AoIAAsLCABHCwgAUQsIAESvDACaCwgA3QsIAOwLCAAoDAgALQwIAHMMCAB8DAgAvgwIAM8MCAAJDQgAEA0IAFQNCABcDQgAnw0IAKwNCADqDQgA7w0IADUOCAA/DggAgA4IAIgOCADLDggA5A4IABYPCAAiDwgAYQ8IAGkPCACPrwwAuw8IAPcPCAAUEAgAQhAIAEsQCACNEAgAmxAIANgQCADeEAgAIxEIAC8RCABuEQgAdREIALkRCADBEQgABBIIABQSCABPEggAVRIIAJoSCACfEggA5RIIAPsSCAAwEwgAOBMIAHsTCACFEwgAxhMIANETCAARFAgAHRQIAFwUCABkFAgA2q8MALQUCADyFAgA+RQIAD0VCABJFQgAiBUIAI4VCADTFQgA5BUIAB4WCAAyFggAaRYIAHcWCAC0FggAwRYIAP8WCAAWFwgAShcIAFIXCACVFwgAnBcIAOAXCADiFwgAKxgIADUYCAB2GAgAeBgIAMEYCADaGAgADBkIAA4ZCABXGQgAWhkIAKIZCACuGQgA7RkIABkaCAAlsAwARxoIAIMaCACgGggAzhoIANcaCAAZGwgAJxsIAGQbCABqGwgArxsIALsbCAD6GwgAAhwIAHCwDABNHAgAkBwIAJYcCADbHAgA5xwIACYdCAApHQgAcR0IAHYdCAC8HQgAxR0IAAceCAANHggAUh4IAGEeCACdHggAqR4IAOgeCADwHggAu7AMADkfCAB+HwgAgx8IAMkfCADfHwgAFCAIABwgCABfIAgAbSAIAKogCAC0IAgA9SAIAPggCABAIQgASCEIAIshCACMIQgA1iEIANwhCAAhIggALyIIAGwiCACCIggAtyIIALkiCAACIwgACCMIAE0jCABhIwgAmCMIAKAjCADjIwgA8yMIAC4kCAAwJAgAeSQIAIgkCADEJAgAziQIAA8lCAAUJQgAWiUIAGAlCAClJQgAuSUIAPAlCAD4JQgAOyYIAEAmCACGJggAjCYIANEmCADZJggAHCcIAB8nCABnJwgAbCcIALInCAC7JwgA/ScIAAMoCABIKAgAVygIAJMoCACfKAgABrEMAOgoCAApKQgAKykIAHQpCAB7KQgAvykIAMYpCAAKKggAECoIAFUqCABjKggAoCoIAK0qCADrKggA+yoIADYrCAA7KwgAgSsIAIkrCADMKwgAnSsIABWICADYKwgAFywIABksCAC6LggAJCwIAGIsCABnLAgArSwIALcsCAD4LAgACC0IAEMtCABILQgAji0IAJctCADZLQgA5i0IACQuCAArLggAby4IAHcuCABRsQwAyC4IAAUvCAAdLwgAUC8IAFIvCACbLwgAsi8IAOYvCADoLwgAMTAIAD8wCAB8MAgAiTAIAMcwCADPMAgAnLEMABgxCABdMQgAXzEIAKgxCAC1MQgA8zEIAPYxCAA+MggATzIIAIkyCACLMggA1DIIAN4yCAAfMwgAKzMIAGozCAByMwgA57EMALozCAAANAgAAzQIAEs0CABVNAgAljQIAJ40CADhNAgA7jQIACw1CAAuNQgAdzUIAI01CADCNQgAzjUIAA02CAAVNggAMrIMAFs2CACjNggArDYIAO42CAD8NggAblwIAP02CAA5NwgARDcIAIQ3CACMNwgAzzcIANo3CAAaOAgAHzgIAGU4CABoOAgAsDgIALo4CADIsgwAATkIAEY5CABhOQgAkTkIAJ05CADcOQgA4jkIACc6CAAvOggAcjoIAIg6CAC9OggAyzoIAAg7CAALOwgAUzsIAGw7CACeOwgAqjsIAOk7CAD0OwgANDwIADY8CAB/PAgAmjwIAMo8CADYPAgAFT0IACI9CABgPQgAdz0IABOzDADBPQgA9j0IAPc9CABBPggARj4IAIw+CACSPggA1z4IANk+CAAiPwgAKD8IAG0/CACBPwgAuD8IAMA/CAADQAgAE0AIAE5ACABQQAgAmUAIAKdACADkQAgA9UAIAF6zDAA1QQgAekEIAIZBCACpswwAx0EIABBCCAAhQggAW0IIAGNCCACmQggAr0IIAPFCCAD4QggAPEMIAD1DCAD0swwAk0MIANJDCADUQwgAHUQIACRECABoRAgAcEQIALNECAC8RAgA/kQIAAVFCABJRQgASkUIAD+0DACZRQgA30UIAOdFCAAqRggANEYIAHVGCACDRggAwEYIANZGCAALRwgAF0cIAFZHCABbRwgAoUcIAKpHCADsRwgA9kcIAIq0DAA4SAgAgkgIAIpICADTQQkAmkgIAM1ICADaSAgAGEkIACRJCABjSQgAbUkIAK5JCACySQgA+UkIAP5JCABESggASkoIAI9KCACvSggA2koIAPJKCAAlSwgAPEsIAHBLCAB8SwgAu0sIAMVLCAAGTAgACEwIAFFMCABYTAgAnEwIAKNMCADnTAgA7UwIADJNCAA+TQgAfU0IAIBNCADITQgAy00IABNOCAAfTggAXk4IAGFOCACpTggAxU4IAPROCAD8TggA1bQMAEtPCACKTwgAlE8IANVPCADXTwgAIFAIACdQCABrUAgAclAIALZQCAC8UAgAAVEIAA9RCABMUQgAWVEIAJdRCACnUQgA4lEIAOdRCAAtUggANVIIAHhSCACIUggAw1IIAMhSCAAOUwgAFFMIAFlTCABhUwgAILUMAKpTCADvUwgA91MIADpUCAA9VAgAhVQIAJFUCADQVAgA1lQIABtVCAA2VQgAZlUIAHRVCACxVQgAwFUIAPxVCAAIVggAR1YIAE9WCAC2tQwAl1YIAN1WCADnVggAKFcIADBXCABzVwgAk1cIAL5XCADLVwgACVgIAA5YCABUWAgAWFgIAJ9YCACsWAgAAbYMAO9YCAA1WQgAOFkIAIBZCACKWQgAy1kIANdZCAAWWggAKVoIAGFaCABwWggArFoIALhaCAD3WggA+FoIAEJbCABMWwgAjVsIAJtbCADYWwgA3VsIACNcCAAwXAgATLYMAHhcCAC5XAgAu1wIAARdCAAdXQgAT10IAGBdCACaXQgApl0IAOVdCADtXQgALbcMADdeCAB7XggAgl4IAMZeCADMXggAEV8IAB1fCABcXwgAX18IAKdfCACqXwgA8l8IAPpfCAA9YAgATWAIAIhgCACNYAgA02AIANxgCAAeYQgAK2EIAGlhCABwYQgAeLcMAMJhCAD/YQgAC2IIAEpiCABQYggAlWIIAJtiCADgYggA5WIIACtjCAAxYwgAw7cMAIJjCADBYwgAx2MIAAxkCAASZAgAV2QIAGRkCACiZAgAp2QIAO1kCAD1ZAgAOGUIAFZlCACkuAwAhWUIAP8jCgCGZQgAIZkJAIllCABHNwkAmWUIAM5lCADPZQgAGWYIAB5mCABkZggAamYIAK9mCACxZggA+mYIAABnCABFZwgAWWcIAJBnCACYZwgA22cIAOtnCAAmaAgAKGgIAHFoCAB/aAgAvGgIAM1oCADvuAwADWkIAFJpCABeaQgAOrkMAKppCADoaQgA8GkIADNqCABAaggAfmoIAIBqCADJaggA32oIABRrCAAgawgAX2sIAGdrCADQuQwAtmsIAPVrCAD4awgAQGwIAEVsCACLbAgAnGwIANZsCADfbAgAIW0IACttCABsbQgAem0IALdtCAC8bQgAAm4IAA9uCAAbugwAWW4IAJhuCAClbggA424IAOVuCAAubwgARG8IAHlvCACFbwgAxG8IAMxvCABmugwAFHAIAFpwCABgcAgApXAIAK1wCADwcAgA83AIADtxCABHcQgAhnEIAIxxCADRcQgA7HEIABxyCAApcggAZ3IIAGlyCACycggAyHIIAP1yCAAJcwgASHMIAFBzCACxugwAmXMIAN5zCADjcwgAKXQIAER0CAB0dAgAgnQIAL90CADGdAgACnUIABZ1CABVdQgAXHUIAPy6DACrdQgA63UIAPN1CAA2dggAQXYIAIF2CACGdggAzHYIAM92CAAXdwgAIXcIAGJ3CABqdwgArXcIALt3CAD4dwgA+3cIAEN4CABLeAgAjngIAK54CADZeAgA5ngIACR5CAApeQgAb3kIAHN5CAC6eQgAx3kIAEe7DAAleggAUHoIAFl6CACbeggAnHoIAOZ6CADueggAMXsIAEF7CAB8ewgAfnsIAMd7CADVewgAEnwIACN8CACSuwwAY3wIAKh8CAC0fAgA3bsMAPp8CAAovAwAQ30IAIl9CACjfQgA1H0IAON9CAAffggAKn4IAGp+CABsfggAtX4IAMJ+CAAAfwgADX8IAEt/CABXfwgAln8IAKd/CADhfwgA5H8IACyACABGgAgAd4AIAICACADCgAgAz4AIAA2BCAATgQgAWIEIAGSBCACjgQgApoEIAO6BCADzgQgAOYIIAEqCCACEgggAn4IIAM+CCADbgggAGoMIACGDCABlgwgAZ4MIALCDCAC3gwgA+4MIAAKECABGhAgATIQIAJGECACdhAgA3IQIAN+ECAAnhQgAKoUIAHKFCAB+hQgAvYUIANCFCAAIhggAF4YIAFOGCABfhggAnoYIAJ+GCADphggA84YIADSHCABChwgAf4cIAISHCADKhwgA14cIAHO8DAAdiAgAvrwMAGKICACriAgAwYgIAPaICAACiQgAQYkIAEmJCAAJvQwAkokIANeJCADfiQgAIooIACWKCABtiggAeYoIALiKCAC+iggAA4sIAB6LCABOiwgAXIsIAJmLCACoiwgA5IsIAPCLCAAvjAgAN4wIAFS9DAB/jAgAxYwIAM+MCAAQjQgAGI0IAFuNCAB7jQgApo0IALONCADxjQgA9o0IADyOCABAjggAh44IAJSOCACfvQwA9Y4IAB2PCAAgjwgAaI8IAG2PCACzjwgAwo8IAP6PCAAekAgASZAIAFWQCACUkAgAnpAIAN+QCADrkAgAKpEIADCRCAB1kQgAe5EIAMCRCADFkQgAC5IIABGSCADqvQwAXJIIAKGSCACmkggA7JIIAPKSCACAvgwAOpMIAIKTCACMkwgAzZMIAM+TCAAYlAgAMZQIAGOUCAB0lAgArpQIALyUCAD5lAgA/JQIAESVCABPlQgAj5UIAJeVCADalQgA3JUIACWWCAAtlggAcJYIAH2WCAC7lggAx5YIAAaXCAAKlwgAUZcIAFmXCACclwgAq5cIAOeXCADslwgAMpgIAD+YCAB9mAgAipgIAMiYCADUmAgAE5kIACKZCABemQgAaJkIAKmZCAC3mQgA9JkIAPmZCAA/mggATJoIAMu+DACSmggAFr8MANmaCACknggA4ZoIACCbCAAmmwgAa5sIAHGbCAC2mwgAw5sIAAGcCAAGnAgATJwIAFScCACXnAgAyZwIAHidCADOnAgA4pwIAAidCADDnQgAGZ0IAC2dCABknQgAYb8MAK+dCACsvwwA6Z0IAA6eCABAnggAWZ4IAJCeCAD3vwwAsp4IAO+eCAD8nggAOp8IAEafCACFnwgAi58IANCfCADWnwgAG6AIACCgCABmoAgAbKAIAELADADXoAgAkqEIAOigCAD8oAgAM6EIANjADAB+oQgAI8EMALihCADdoQgAD6IIACiiCABfoggAbsEMAH2iCAC+oggAw6IIAAmjCAARowgAucEMAFmjCACfowgAqKMIAOqjCAD3owgANaQIADykCAAEwgwAiKQIAE/CDADepAgAFqUIACKlCABhpQgAcKUIAKylCAC1pQgA96UIAAGmCABCpggARKYIAI2mCACmpggA2KYIAOmmCAAjpwgAL6cIAG6nCAB2pwgAmsIMAMenCAAEqAgAFagIAE+oCABbqAgAmqgIAKKoCADlwgwA6qgIADCpCAA6qQgAe6kIAIOpCADGqQgA1qkIABGqCAAWqggAXKoIAGWqCACnqggAtKoIAPKqCAD5qggAMMMMAEqrCACIqwgAUKsIADPCCgCNqwgA06sIAN+rCAAerAgAK6wIAGmsCABzrAgAe8MMALmsCAD/rAgAC60IAEqtCABXrQgAla0IAJ+tCADgrQgA/K0IACuuCAAzrggAxsMMAHuuCADBrggAya4IAAyvCAAPrwgAV68IAGCvCACirwgAsa8IAO2vCAD4rwgAOLAIAECwCACDsAgAk7AIAM6wCADcsAgAGbEIACqxCABksQgAcLEIAK+xCAC3sQgAEcQMAACyCABFsggATbIIAJCyCACXsggA27IIAOmyCAAmswgALLMIAHGzCAB9swgAvLMIAMuzCAAHtAgAEbQIAFK0CABXtAgAnbQIAKO0CADotAgA/LQIADO1CAA7tQgAfrUIAJy1CADJtQgA0bUIAFzEDAActggAp8QMAGi2CACqtggAu7YIAPW2CAABtwgAQLcIAE23CACLtwgAkLcIANa3CADgtwgAIbgIADG4CABsuAgAcbgIALe4CADAuAgAArkIAA+5CABNuQgAVLkIAJi5CACkuQgA47kIAOm5CAAuuggANLoIAHm6CAB+uggAxLoIAMq6CAA9xQwAFLsIAFq7CABiuwgApbsIALu7CADwuwgA9bsIADu8CABCvAgAhrwIAI+8CADRvAgA4rwIABy9CAAovQgAZ70IAG+9CAAexgwAtL0IAP29CAATvggASL4IAFS+CACTvggAmr4IAN6+CADmvggAacYMAC6/CAB0vwgAfL8IAL+/CADVvwgACsAIAA/ACABVwAgAXMAIAKDACACpwAgA68AIAPzACAA2wQgAQsEIAIHBCACJwQgAtMYMAM7BCAAXwggALcIIAGLCCABuwggArcIIALTCCAD4wggAAMMIAP/GDABQwwgAjsMIAJjDCADZwwgA58MIACTECAA6xAgAb8QIAHvECAC6xAgAxsQIAAXFCAALxQgAUMUIAFbFCACbxQgAoMUIAObFCADsxQgASscMADbGCAB8xggAg8YIAMfGCADQxggAEscIACPHCABdxwgAaccIAKjHCACwxwgAK8gMAPXHCAA+yAgATcgIAInICACpyAgA1MgIANbICAAfyQgANskIAGrJCAB2yQgAtckIAL3JCADByAwABcoIAEvKCABNyggAlsoIAJ3KCADhyggA6coIACzLCAA1ywgAd8sIAH3LCADCywgA08sIAA3MCAAVzAgAV8kMAGTMCACjzAgApswIAO7MCADzzAgAOc0IAErNCACEzQgAn80IAM/NCADbzQgAGs4IACLOCACiyQwAe84IALDOCACxzggA+84IAADPCABGzwgATM8IAJHPCACbzwgA3M8IAOTPCAAn0AgAOdAIAO3JDAB/0AgAvdAIAMfQCAAI0QgADtEIAFPRCABn0QgAntEIAKbRCADp0QgA+dEIADTSCAA50ggAf9IIAIXSCADK0ggA0tIIABXTCAAW0wgAYNMIAGLTCACr0wgAutMIAPbTCAAW1AgAQdQIAEPUCACM1AgAo9QIANfUCADj1AgAItUIACrVCAA4ygwActUIALjVCAC61QgAA9YIAArWCABO1ggAVtYIAJnWCACc1ggA5NYIAO3WCAAv1wgAPtcIAHrXCACF1wgAxdcIAM3XCAAQ2AgAINgIAFvYCABp2AgAptgIALfYCADx2AgA/dgIADzZCABE2QgAzsoMAKXZCADS2QgA2tkIABnLDAAp2ggAaNoIAH7aCACz2ggAu9oIAP7aCAAd2wgAZMsMAEzbCADmEAkAVtsIAJTbCACX2wgAy5ILAJzbCADf2wgA4dsIACrcCADp2wgAAecIAPDbCADa4AgAN9wIAHXcCACJ3AgAwNwIAMjcCAAL3QgAEN0IAFbdCABm3QgAod0IAKndCADs3QgA9t0IADfeCABC3ggAgt4IAI7eCADN3ggA1d4IAK/LDAAd3wgAY98IAGzfCACu3wgAtN8IAPnfCAAI4AgAROAIAFDgCACP4AgAkuAIAPrLDADf4AgAJeEIADThCABw4QgAcuEIALvhCADM4QgABuIIABfiCABR4ggAZeIIAJziCACk4ggA5+IIAPXiCAAy4wgAP+MIAH3jCACA4wgAyOMIANLjCAAT5AgAFeQIAF7kCABv5AgAqeQIALrkCAD05AgAAOUIAD/lCABG5QgAiuUIAJLlCADV5QgA7OUIACDmCAAs5ggAa+YIAIHmCAC25ggAueYIAEXMDAAM5wgATOcIAFjnCACX5wgAn+cIAJDMDADu5wgALegIAEPoCAB46AgAe+gIAMPoCADL6AgADukIABDpCABZ6QgAdOkIAKTpCACm6QgA7+kIAP3pCAA66ggAS+oIAIXqCACH6ggA0OoIAOnqCAAb6wgALOsIAGbrCABy6wgA28wMALfrCAD86wgACuwIAEfsCABi7AgAkuwIAJ7sCADd7AgA4+wIACjtCAAw7QgAc+0IAIPtCAC+7QgAw+0IAAnuCAAS7ggAVO4IAGHuCACf7ggApu4IAOruCADy7ggAJs0MADrvCACA7wgAhu8IAMvvCADT7wgAFvAIAD/wCABh8AgAaPAIAKzwCADF8AgA9/AIAAbxCABC8QgAXvEIAHHNDACS8QgA2PEIAOLxCAAj8ggAM/IIAG7yCABz8ggAufIIAMLyCAAE8wgAEfMIAE/zCABW8wgAmvMIAKbzCADl8wgA+PMIADD0CAA/9AgAe/QIAIf0CADG9AgAx/QIABH1CAAb9QgAXPUIAGr1CACn9QgArPUIAPL1CAD/9QgAvM0MAE72CACI9ggAivYIANP2CADW9ggAHvcIACH3CABp9wgAcPcIALT3CADA9wgA//cIAA/4CABK+AgAWvgIAJX4CACa+AgA4PgIAOn4CAAr+QgAOPkIAHb5CAB9+QgAwfkIAM35CAAM+ggAEvoIAFf6CABd+ggAovoIAKf6CADt+ggA8/oIAJ3ODABC+wgAg/sIAJH7CADO+wgA3vsIABn8CAAb/AgAZPwIAHP8CACv/AgAufwIAPr8CAAC/QgAfs8MAEv9CACQ/QgAnP0IAMnPDADg/QgAJv4IAC7+CABx/ggAgf4IALz+CADK/ggAB/8IABT/CABS/wgAWf8IAJ3/CACl/wgAX9AMAPn/CAAzAAkAOgAJAH4ACQCGAAkAyQAJANYACQAUAQkAGQEJAF8BCQBpAQkAqgEJALIBCQD1AQkADgIJAEACCQBMAgkAiwIJAJMCCQCq0AwA4gIJACEDCQAkAwkAbAMJAHEDCQC3AwkAyAMJAAIECQAdBAkATQQJAFkECQCYBAkAnwQJAOMECQD/BAkALgUJADYFCQD10AwAfgUJAMQFCQDOBQkADwYJABcGCQBaBgkAagYJAKUGCQCqBgkA8AYJAPkGCQA7BwkASAcJAIYHCQCNBwkAQNEMAOIHCQAcCAkAJAgJAGcICQAoCAkA1PQJAHEICQCyCAkAtwgJAP0ICQAFCQkASAkJAFEJCQCTCQkAoAkJAN4JCQDlCQkAKQoJADUKCQB0CgkAhAoJAL8KCQDNCgkACgsJABcLCQBVCwkAYQsJAKALCQCnCwkA6wsJAPMLCQA2DAkARgwJAIEMCQCKDAkAzAwJANkMCQAXDQkAJg0JAGINCQBsDQkArQ0JALsNCQD4DQkA/Q0JAEMOCQBQDgkAjg4JAJYOCQCL0QwA5Q4JACQPCQAxDwkAbw8JAHIPCQC6DwkAyA8JAAUQCQAKEAkAUBAJAF0QCQCbEAkAoxAJANbRDADuEAkAMREJADcRCQB8EQkAOBEJAO5iCQCIEQkAxxEJAOQRCQASEgkAGxIJAF0SCQBrEgkAqBIJAK4SCQDzEgkA/xIJAD4TCQBFEwkAIdIMAI8TCQDUEwkA4hMJAB8UCQA6FAkAahQJAHYUCQC1FAkAuxQJAGzSDAAjFQkASxUJAFoVCQCWFQkAmxUJAOEVCQDuFQkALBYJADkWCQB3FgkAgxYJAMIWCQDRFgkADRcJABcXCQBYFwkAZhcJAKMXCQCoFwkA7hcJAPsXCQA5GAkAVRgJAIQYCQCMGAkAt9IMANsYCQAaGQkANxkJAGUZCQBuGQkAsBkJAL4ZCQD7GQkAARoJAEYaCQBSGgkAkRoJAJgaCQDcGgkA5BoJACcbCQA9GwkAchsJAHcbCQC9GwkAxBsJAAgcCQARHAkAUxwJAGQcCQCeHAkAqhwJAOkcCQDxHAkATdMMADodCQB/HQkAhB0JAModCQDlHQkAFR4JACMeCQBgHgkAZx4JAKseCQC3HgkA9h4JAPkeCQBBHwkASR8JAIwfCQCNHwkA1x8JANkfCQAiIAkAMSAJAG0gCQCNIAkAuCAJALogCQADIQkAGiEJAE4hCQBaIQkAmSEJAKEhCQCY0wwA5SEJAC8iCQA7IgkAeiIJAIkiCQDFIgkAzSIJAOPTDAASIwkAWyMJAGkjCQCmIwkAtyMJAC7UDAD4IwkAedQMAEQkCQAP1QwAkSQJANIkCQDeJAkAHSUJADMlCQBoJQkAdCUJALMlCQDGJQkA/iUJAAwmCQBJJgkAUyYJAFrVDACcJgkApdUMAPUmCQAqJwkANicJAHUnCQCCJwkAwCcJAMonCQALKAkADSgJAFYoCQBgKAkAoSgJAK8oCQDsKAkA8SgJADcpCQBEKQkAgikJAIopCQDNKQkA3SkJABgqCQAaKgkAYyoJAGwqCQCuKgkAvyoJAPkqCQADKwkA8NUMAFArCQCPKwkApisJANorCQD1KwkAO9YMAD4sCQBwLAkAdiwJALssCQDFLAkAhtYMAAgtCQBRLQkAYi0JAJwtCQCkLQkA5y0JALgtCQDwUQkA8y0JADIuCQA4LgkAfS4JAIMuCQDILgkAzS4JABMvCQAZLwkA0dYMAHovCQCpLwkAsS8JALLXDAACMAkAPzAJAFAwCQCKMAkAmzAJANUwCQDhMAkAIDEJACcxCQD91wwAfDEJALYxCQDHMQkAATIJAA0yCQBMMgkAUzIJAEjYDACZMgkA4jIJAOMyCQAtMwkANTMJAHgzCQB9MwkAwzMJAMwzCQAONAkAGDQJAFk0CQBhNAkApDQJAKk0CQDvNAkA/zQJADo1CQBCNQkAhTUJAJs1CQDQNQkA3DUJABs2CQAxNgkAZjYJAGs2CQCxNgkAtzYJAPw2CQAQNwkAk9gMAF03CQCSNwkAoDcJAN03CQDqNwkAKDgJACo4CQBzOAkAfTgJAL44CQDKOAkACTkJABA5CQBUOQkAXDkJAJ85CQC4OQkA6jkJAP45CQA1OgkAPToJAIA6CQCCOgkAyzoJANg6CQAWOwkAGzsJAGE7CQBrOwkArDsJALc7CQD3OwkAAzwJAEI8CQBIPAkAjTwJAJU8CQDYPAkA2TwJACM9CQApPQkAbj0JAHM9CQC5PQkAyD0JAAQ+CQAQPgkATz4JAFI+CQCaPgkAnT4JAN7YDADqPgkAMD8JAEw/CQAp2QwAmz8JAMY/CQDOPwkAdNkMABdACQBcQAkAaEAJAL/ZDADDQAkAsiINANNACQCg2gwAHkEJAOvaDABDQQkAiEEJAJRBCQA22wwA1EEJAAxFCQDjQQkAHkIJACBCCQBpQgkAc0IJALRCCQC2QgkA/0IJABBDCQBKQwkAUkMJAJVDCQChQwkA4EMJAOZDCQArRAkAMUQJAHZECQB7RAkAwUQJAMdECQCB2wwADkUJAFdFCQBdRQkAokUJAKVFCQDtRQkA+UUJADhGCQBARgkAYtwMAIlGCQDORgkA1EYJABlHCQAeRwkAZEcJAGpHCQCt3AwAsUcJAPpHCQADSAkARUgJAFxICQCQSAkAm0gJANtICQDlSAkAJkkJAC5JCQCO3QwAfkkJALxJCQDESQkAB0oJABFKCQBSSgkAXUoJAJ1KCQCjSgkA6EoJAPRKCQAzSwkANUsJAH5LCQCFSwkAyUsJANFLCQAUTAkAJkwJANndDACaTAkAqkwJALJMCQD1TAkAGE0JALreDABCTQkAi00JAJhNCQDWTQkA3U0JACFOCQAyTgkAbE4JAHhOCQC3TgkAvk4JAAJPCQADTwkAmWwJAApPCQAF3wwAYE8JAJhPCQCnTwkA408JAO9PCQAuUAkAL1AJAHlQCQCDUAkAxFAJANJQCQAPUQkAFFEJAFpRCQBnUQkAUN8MAK1RCQCb3wwA+FEJAObfDAA9UgkAhlIJAEdSCQAGWQoAiVIJAI0dCgCTUgkA0VIJAN9SCQAcUwkAK1MJAGdTCQCHUwkAslMJAL5TCQD9UwkABFQJAEhUCQBQVAkAk1QJAJVUCQDeVAkA6FQJAMfgDAAzVQkAdFUJAHxVCQAS4QwAyVUJAApWCQASVgkAXeEMAJFWCQCgVgkAqFYJAOtWCQAJVwkAqOEMAERXCQCBVwkAkVcJAMxXCQDcVwkAF1gJACNYCQBiWAkAaFgJAK1YCQDJWAkA+FgJAABZCQDz4QwAV1kJAI5ZCQCYWQkA2VkJAOVZCQAkWgkALFoJAD7iDAB6WgkAuloJALxaCQAFWwkAC1sJAFBbCQBYWwkAieIMAJ1bCQDmWwkA6VsJADFcCQA5XAkAfFwJAIxcCQDHXAkAyVwJABJdCQAgXQkAXV0JAG5dCQDU4gwAr10JAB/jDAD5XQkAPl4JAENeCQCJXgkAj14JAGrjDADhXgkAH18JAClfCQBqXwkAbF8JALVfCQDIXwkAAGAJAAhgCQBLYAkAV2AJAJZgCQCcYAkA4WAJAOdgCQAsYQkAMWEJAHdhCQB9YQkAS+QMAMthCQANYgkAGmIJAFhiCQBfYgkAo2IJAKtiCQCW5AwA+mIJADljCQBDYwkAhGMJAJBjCQDPYwkA3mMJABpkCQAkZAkAZWQJAHFkCQCwZAkAt2QJAOHkDAD+ZAkAp7cKAAFlCQBGZQkAUmUJAJFlCQCZZQkALOUMAOhlCQAnZgkAMWYJAHJmCQB+ZgkAvWYJAMxmCQAIZwkAEmcJAFNnCQBfZwkAnmcJAKVnCQB35QwA92cJADRoCQBLaAkAf2gJAIxoCQDKaAkAzGgJABVpCQAmaQkAYGkJAHxpCQCraQkAs2kJAMLlDAAPagkAQWoJAFVqCQCMagkAlGoJANdqCQDaagkAImsJADBrCQBtawkAhGsJALhrCQDFawkAA2wJAAVsCQBObAkAX2wJAA3mDACfbAkA5GwJAOlsCQAvbQkARW0JAHptCQCIbQkAxW0JAMhtCQAQbgkAHG4JAFtuCQBhbgkApm4JALJuCQDxbgkAGm8JADxvCQBIbwkAh28JAJZvCQDSbwkA3G8JAB1wCQArcAkAaHAJAG1wCQCzcAkAwHAJAFjmDAAAcQkASXEJAFdxCQCUcQkAoXEJAN9xCQDxcQkAo+YMADlyCQB1cgkAgXIJAMByCQDZcgkAC3MJAA1zCQBWcwkAZXMJAKFzCQDBcwkA7HMJAPRzCQA3dAkAWnQJAIJ0CQCYdAkAzXQJANJ0CQAYdQkAG3UJAGN1CQBtdQkArnUJALZ1CQD5dQkA/3UJAER2CQBQdgkAj3YJAJ52CQDadgkA5nYJACV3CQAydwkAcHcJAHp3CQC7dwkAw3cJAAZ4CQAVeAkAUXgJAFN4CQCceAkArXgJAOd4CQD4eAkAMnkJADp5CQB9eQkAjnkJAMh5CQDKeQkAE3oJABZ6CQBeegkAaHoJAKl6CQDNegkA9HoJABB7CQDu5gwARXsJAIp7CQCPewkA1XsJAOR7CQAgfAkALHwJAGt8CQBufAkAtnwJALl8CQABfQkACX0JAEx9CQBbfQkAl30JAJx9CQDifQkA+H0JAC1+CQAufgkAeH4JAIl+CQDDfgkAz34JAA5/CQAYfwkAWX8JAGV/CQCkfwkAq38JADnnDADzfwkAOoAJAEiACQCFgAkAj4AJANCACQDbgAkAG4EJACOBCQBmgQkAcoEJALGBCQDEgQkA/IEJAAqCCQBHggkAUYIJAJKCCQCaggkA3YIJAOyCCQAogwkALYMJAHODCQB6gwkAvoMJAMqDCQCE5wwAFYQJAFSECQBXhAkAn4QJAKKECQDqhAkABIUJADWFCQBBhQkAgIUJAJOFCQDLhQkA2YUJABaGCQAghgkAYYYJAISGCQDP5wwAtoYJAPeGCQADhwkAQocJAEmHCQCNhwkAlYcJANiHCQDchwkAI4gJADGICQBuiAkAeIgJALmICQDEiAkABIkJAAyJCQBPiQkAXokJAJqJCQCfiQkA5YkJAOyJCQAwigkAPIoJAHuKCQCDigkAGugMANyKCQD5oQoA34oJABGLCQAbiwkAXIsJAGiLCQCniwkAqosJAPKLCQD8iwkAPYwJAECMCQCIjAkAmIwJANOMCQDVjAkAHo0JACyNCQBpjQkAeo0JAGXoDAC7jQkAsOgMAAiOCQBKjgkACY4JAO6OCgAfjgkACJMKAGOOCQCVjgkAn44JAOCOCQDsjgkAK48JAC6PCQB2jwkAgI8JAPvoDADGjwkADJAJACyQCQBXkAkAX5AJAEbpDACwkAkA7ZAJAAORCQA4kQkARJEJAIORCQCKkQkAzpEJANaRCQAZkgkAHpIJAGSSCQBtkgkAr5IJALmSCQD6kgkAApMJAEWTCQBTkwkAkJMJAJ2TCQDbkwkA45MJAJHpDAA2lAkAcZQJAHmUCQDc6QwAw5QJAAeVCQATlQkAUpUJAFmVCQCdlQkApZUJAOiVCQDylQkAM5YJAEGWCQB+lgkAlJYJAMmWCQDVlgkAFJcJABmXCQBflwkAaJcJAKqXCQC0lwkA9ZcJAP2XCQBAmAkARZgJAIuYCQCbmAkA1pgJAN6YCQAn6gwAK5kJAGyZCQBvmQkA9BAKAHSZCQBy6gwAxZkJAAKaCQAYmgkATZoJAFmaCQCYmgkAn5oJAOOaCQDrmgkALpsJADObCQB5mwkAgpsJAMSbCQDOmwkAD5wJABecCQBanAkAXJwJAJumCQBonAkApZwJALKcCQDwnAkA+JwJAL3qDABHnQkAhp0JAImdCQDRnQkA250JAAjrDAAqngkAZ54JAH2eCQCyngkAvp4JAP2eCQAEnwkASJ8JAFCfCQCTnwkAmJ8JAN6fCQDnnwkAKaAJADOgCQB0oAkAfKAJAL+gCQDBoAkACqEJABqhCQBVoQkAX6EJAKChCQCsoQkA66EJAPGhCQCe6wwARKIJAIGiCQCXogkAzKIJANiiCQAXowkAHKMJAGKjCQBrowkAraMJALejCQD4owkAAKQJAEOkCQBlpAkA6esMAJ2kCQDZpAkA5aQJACSlCQAlpQkAb6UJAHmlCQC6pQkAyKUJAAWmCQAKpgkAUKYJAF2mCQA07AwAq6YJAOamCQDwpgkAMacJAD2nCQB8pwkAgqcJAMenCQDPpwkAFe0MABeoCQBdqAkAZagJAKioCQC0qAkAcrEJAMGoCQDzqAkA/6gJAD6pCQBGqQkAYO0MAJapCQDUqQkA3KkJAB+qCQAtqgkAaqoJAHeqCQC1qgkAuKoJAACrCQAKqwkAS6sJAE2rCQCWqwkAo6sJAOGrCQDwqwkALKwJADisCQB3rAkAf6wJAKvtDADSrAkADa0JABWtCQBYrQkAZK0JAKOtCQCprQkA7q0JAPStCQA5rgkAPq4JAISuCQCKrgkA9u0MANyuCQAarwkAH68JAGWvCQBvrwkAsK8JALivCQD7rwkAB7AJAEawCQBZsAkAkbAJAJ+wCQDcsAkA37AJACexCQAxsQkAQe4MAIWxCQC9sQkAy7EJAAiyCQALsgkAU7IJAF2yCQCM7gwAo7IJAOmyCQCssgkA3c0JAPGyCQA0swkAQLMJAH+zCQCFswkAyrMJAJKzCQDQywkA0LMJABW0CQAatAkAYLQJAGa0CQDX7gwAsbQJAPa0CQD7tAkAQbUJAEe1CQAi7wwAmrUJANe1CQDytQkAIrYJAC62CQBttgkAdLYJAG3vDADBtgkAA7cJABC3CQBOtwkAWrcJAJm3CQCstwkA5LcJAOW3CQAvuAkAO7gJAHq4CQCJuAkAxbgJAM+4CQAQuQkAHLkJAFu5CQBiuQkAuO8MAKy5CQDxuQkA97kJADy6CQBBugkAh7oJAI26CQBO8AwA27oJAB27CQAquwkAaLsJAGy7CQCzuwkAtbsJAP67CQALvAkASbwJAFO8CQCZ8AwAm7wJAN+8CQDnvAkAKr0JADa9CQB1vQkAiL0JAMC9CQDPvQkAC74JABe+CQBWvgkAV74JAKG+CQCrvgkA7L4JAPq+CQA3vwkAPL8JAIK/CQCPvwkA5PAMANm/CQAYwAkAHsAJAGPACQBpwAkArsAJALPACQD5wAkA/8AJAC/xDABJwQkAj8EJAJnBCQDF8QwA4sEJACXCCQAywgkAcMIJAHXCCQC7wgkAxcIJAAbDCQAOwwkAUcMJAF3DCQCcwwkAr8MJAOfDCQDowwkAMsQJAD7ECQB9xAkAjMQJAMjECQDSxAkAE8UJABvFCQBexQkAYMUJABDyDACyxQkA9MUJAAPGCQA/xgkATsYJAIrGCQCWxgkA1cYJANjGCQAgxwkAI8cJAFvyDABtxwkAtscJALnHCQAByAkACcgJAEzICQBZyAkAl8gJAJzICQDiyAkA7MgJAC3JCQA1yQkAeMkJAITJCQDDyQkA1skJAA7KCQAPygkAWcoJAGXKCQCkygkAs8oJAO/KCQD5ygkAOssJAEbLCQCFywkAjMsJAKbyDADfywkAG8wJACfMCQBmzAkAZ8wJALHMCQC7zAkA/MwJAArNCQBHzQkATM0JAJLNCQCfzQkA8fIMAO7NCQA88wwANc4JAHPOCQCBzgkAvs4JAM/OCQAJzwkAK88JAIfzDABZzwkAn88JAFrPCQCZAgoAp88JAOrPCQDrzwkAudMJAO3PCQCa1AkA788JANjSCQDwzwkAxtUJAPHPCQD30QkA+c8JADXQCQAD0AkAadgJADrQCQCA0AkAjdAJAMvQCQDY0AkAFtEJACLRCQBh0QkAcNEJAKzRCQC20QkA0vMMAAXSCQBC0gkARNIJAI3SCQCe0gkAHfQMANnSCQAj0wkAL9MJAG7TCQB70wkAaPQMAMfTCQAE1AkAEdQJAE/UCQBm1AkAs/QMAKPUCQDy1gkApNQJAOXUCQDn1AkAMNUJADbVCQB71QkAhdUJAP70DADS1QkAEdYJABPWCQBc1gkAa9YJAKfWCQCy1gkASfUMAAHXCQA91wkATNcJAIjXCQCU1wkA09cJAN/XCQAe2AkAJdgJAJT1DAB12AkAtNgJALzYCQDf9QwAGNkJAErZCQBb2QkAldkJAKHZCQAq9gwA7NkJACvaCQAt2gkAdtoJAH3aCQDB2gkAydoJAAzbCQAN2wkAV9sJAF3bCQCi2wkAp9sJAO3bCQDu2wkAONwJAETcCQCD3AkAidwJAM7cCQDY3AkAGd0JACfdCQDJ4QkALd0JAGTdCQBs3QkAdfYMAL/dCQD63QkAAt4JAEXeCQBO3gkAkN4JAFLeCQDo4AkAnd4JANveCQDi3gkAJt8JADLfCQBx3wkAgd8JALzfCQDK3wkAB+AJABTgCQBS4AkAXuAJAJ3gCQCk4AkAwPYMAPHgCQAz4QkAROEJAH7hCQCP4QkAC/cMANXhCQAU4gkAF+IJAF/iCQBn4gkAquIJAK/iCQD14gkABeMJAEDjCQBI4wkAi+MJAJTjCQDW4wkAmOMJAC7mCQDj4wkAIeQJACjkCQBs5AkAeOQJALfkCQDH5AkAAuUJABDlCQBN5QkAWuUJAJjlCQCk5QkA4+UJAOrlCQBW9wwAN+YJAHnmCQCK5gkAxOYJANXmCQCh9wwAFOcJAFrnCQBn5wkApecJALHnCQDw5wkA+ucJADvoCQBP6AkAhugJAIfoCQDR6AkA3egJABzpCQA76QkAZ+kJAG/pCQCy6QkAt+kJAP3pCQAW6gkASOoJAHHqCQCT6gkAn+oJAN7qCQDt6gkAKesJADPrCQB06wkAfOsJAL/rCQDK6wkACuwJAAzsCQBV7AkAWOwJAKDsCQCo7AkA6+wJAPjsCQA27QkAO+0JAIHtCQCJ7QkAzO0JAM7tCQAX7gkAIe4JAGLuCQBs7gkAre4JALPuCQD47gkABu8JAEPvCQBc7wkAju8JAJfvCQDZ7wkA4+8JACTwCQAw8AkA7PcMAHvwCQC68AkAyvAJAAXxCQAT8QkAUPEJAF3xCQCb8QkAp/EJAObxCQDt8QkAMfIJADnyCQB88gkAkvIJAMfyCQDT8gkAEvMJABzzCQBd8wkAaPMJAKjzCQCt8wkA8/MJAPrzCQA+9AkARvQJAIn0CQCz9AkAN/gMANv0CQAf9QkAJ/UJAGr1CQCU9QkAtfUJALr1CQAA9gkAAfYJAEv2CQBV9gkAlvYJAKT2CQDh9gkA5vYJACz3CQA59wkAd/cJAJP3CQDC9wkA3vcJAIL4DAAa+AkAWPgJAFz4CQCj+AkAqfgJAO74CQDw+AkAOfkJADr5CQCE+QkAp/kJAM/5CQDz+QkAGvoJAET6CQBl+gkAbfoJALD6CQC1+gkA+/oJAAj7CQBG+wkATvsJAJH7CQCT+wkA3PsJAOT7CQAn/AkAUfwJAHL8CQB//AkAvfwJAML8CQAI/QkAFf0JAFP9CQBf/QkAnv0JAMj9CQDp/QkA8f0JADT+CQBP/gkAf/4JAIH+CQDK/gkA2/4JABX/CQAe/wkAYP8JAGz/CQDN+AwAuP8JAPb/CQARAAoAQQAKAEYACgCMAAoArAAKANcACgDjAAoAIgEKACoBCgAY+QwAewEKALgBCgDCAQoAAwIKAA4CCgBOAgoAVgIKAK75DACiAgoA5AIKAO4CCgAvAwoAOgMKAHoDCgCOAwoAxQMKANoDCgAQBAoAGAQKAFsECgByBAoApgQKAKsECgDxBAoA+wQKADwFCgBEBQoA+fkMAIkFCgDSBQoA4wUKAB0GCgAgBgoAaAYKAHQGCgBE+gwAwQYKAP4GCgAPBwoAj/oMAEwHCgCUBwoAlwcKAN8HCgDrBwoAKggKADAICgB1CAoAfwgKANr6DADNCAoACwkKACIJCgBWCQoAXgkKACX7DACpCQoAcPsMAAMKCgA3CgoAPQoKAIIKCgCOCgoAzQoKAOQKCgAYCwoAGgsKAGMLCgBtCwoArgsKALoLCgD5CwoABQwKAEQMCgBKDAoAjwwKAJUMCgDaDAoA3wwKACUNCgArDQoAu/sMAHMNCgCZLgsAew0KALsNCgC8DQoABg4KABAOCgBRDgoAgQ4KAAb8DACfDgoA5w4KAPEOCgBR/AwAOw8KAH0PCgCTDwoAyA8KAN4PCgATEAoAFRAKAF4QCgBkEAoAqRAKAL0QCgDn/AwA/BAKAD8RCgBPEQoAihEKAIwRCgDVEQoA4xEKACASCgAxEgoAMv0MAHISCgB9/QwAvxIKAA6rCgDCEgoAARMKAAQTCgBMEwoAVRMKAJcTCgCoEwoA4hMKAOwTCgAtFAoANRQKAHgUCgBJFAoArqEKAHsUCgDDFAoAzBQKAA4VCgAkFQoAWRUKAG8VCgCkFQoAphUKAO8VCgD1FQoAOhYKAE4WCgDI/QwAkRYKANAWCgDaFgoAGxcKACQXCgBmFwoAZxcKALEXCgC5FwoA/BcKAAEYCgBHGAoAVxgKAF7+DACeGAoA3RgKAN8YCgAoGQoALhkKAHMZCgB6GQoAvhkKAMMZCgAJGgoADRoKAFQaCgBhGgoAnxoKAKcaCgDqGgoA7xoKADUbCgBFGwoAqf4MAJEbCgDLGwoA1xsKABYcCgAlHAoAYRwKAGscCgCsHAoAuhwKAPccCgAEHQoAQh0KAFkdCgD0/gwAkB0KAIr/DADbHQoAIx4KAN8dCgCYHg0AKx4KAG4eCgCZHgoAuR4KAOQeCgAEHwoALx8KANX/DAB6HwoAmh8KAMUfCgAgAA0A7h8KADAgCgAxIAoAeyAKAIogCgDGIAoAkSAKAD0iCgDXIAoAESEKABMhCgBcIQoAXyEKAKchCgCqIQoA8iEKAPohCgABAQ0AQiIKAIgiCgCPIgoA0yIKANwiCgAeIwoALyMKAGkjCgB1IwoAtCMKALwjCgBMAQ0ABSQKAEokCgBRJAoAlSQKAJokCgDgJAoA5CQKACslCgA4JQoAdiUKAIUlCgDBJQoA0iUKAAwmCgAOJgoAVyYKAFomCgCiJgoApSYKAO0mCgD1JgoAlwENAEQnCgCDJwoAhicKAM4nCgDYJwoA4gENACEoCgAtAg0AbCgKAHgCDQC3KAoAwwINAP8oCgBFKQoAUikKAJApCgCTKQoA2ykKAOApCgAmKgoANyoKAHEqCgB9KgoADgMNAMEqCgAHKwoAGCsKAFIrCgBeKwoAnSsKALcrCgDoKwoA7CsKAKotCgDvKwoAty8KAPIrCgDjMAoA9CsKAIsuCgD2KwoAySwKAPkrCgAzLAoAOCwKAH4sCgCVLAoAWQMNANYsCgAULQoAJC0KAF8tCgBkLQoApAMNAKwtCgD1LQoA+y0KAEAuCgBNLgoA7wMNAJEuCgDWLgoA3C4KACEvCgAmLwoAbC8KAHIvCgA6BA0Awy8KAAIwCgAbMAoATTAKAFYwCgCYMAoArzAKAIUEDQDpMAoALjEKADAxCgB5MQoAiDEKAMQxCgDQMQoA0AQNABgyCgBaMgoAaDIKAKUyCgCvMgoA8DIKAPwyCgA7MwoAPjMKAIYzCgCiMwoA0TMKANkzCgAbBQ0AKDQKAGc0CgBqNAoAsjQKALw0CgD8BQ0ABjUKAEg1CgBWNQoAkzUKAJ01CgDeNQoA6jUKACk2CgAxNgoAkgYNAHY2CgC/NgoAzTYKAAo3CgAbNwoA3QYNAFw3CgAoBw0ApTcKAOs3CgDzNwoANjgKADw4CgCBOAoAijgKAMw4CgDZOAoAvgcNABw5CgBiOQoAIzkKANk6CgBrOQoArTkKALc5CgD4OQoAADoKAEM6CgCDOgoAjjoKAJY6CgAJCA0A3zoKACQ7CgAqOwoAbzsKAHc7CgC6OwoA+jsKAAU8CgANPAoAVAgNAFg8CgCfCA0A3TwKAOY8CgAoPQoA6ggNAD89CgB8PQoAjT0KAMc9CgDTPQoAEj4KABU+CgA1CQ0AaT4KAKg+CgCrPgoA8z4KAP0+CgA+PwoARj8KAIAJDQCVPwoA1D8KANo/CgAfQAoAKUAKAGpACgB+QAoAtUAKAL1ACgDLCQ0ADUEKAEtBCgBTQQoAlkEKAJlBCgDhQQoA7UEKACxCCgA2QgoAd0IKAIBCCgDCQgoAw0IKAA1DCgAlQwoAWEMKAFpDCgCjQwoAtEMKAO5DCgD/QwoAOUQKAEFECgCERAoAk0QKAM9ECgDRRAoAGkUKACtFCgBlRQoAdkUKALBFCgDJRQoA+0UKAP1FCgBGRgoAVUYKAJFGCgCxRgoAYQoNAOpGCgAnRwoAKkcKAHJHCgB9RwoAvUcKAMlHCgAISAoAD0gKAFNICgBbSAoAnkgKAKxICgDpSAoA9kgKADRJCgA8SQoArAoNAIdJCgD3Cg0A0kkKAEILDQAdSgoAjQsNAGxKCgCrSgoAu0oKAPZKCgD7SgoAQUsKAEdLCgCMSwoAmEsKANdLCgDfSwoA2AsNADNMCgBtTAoAfkwKALhMCgDKTAoAA00KAAtNCgBOTQoAWU0KAJlNCgCeTQoA5E0KAOlNCgAvTgoAT04KACMMDQCKTgoAxU4KAM9OCgAQTwoAHE8KAFtPCgBhTwoApk8KAK5PCgDxTwoA808KADxQCgD9TwoAN1UKAE1QCgCHUAoAmFAKANJQCgDkUAoAHVEKACVRCgBoUQoAc1EKALNRCgC4UQoA/lEKAANSCgBJUgoAaVIKAG4MDQCWUgoA31IKAO5SCgAqUwoANVMKAHVTCgCHUwoAwFMKAMhTCgALVAoAFlQKAFZUCgBbVAoAoVQKAKZUCgDsVAoADFUKALkMDQA5VQoAglUKAJFVCgDNVQoA2FUKABhWCgAqVgoAY1YKAGtWCgCuVgoAuVYKAPlWCgD+VgoARFcKAElXCgCPVwoAr1cKAAQNDQDnVwoAJVgKADxYCgBPDQ0AfVgKALtYCgDSWAoAmg0NABNZCgBRWQoAWFkKAJxZCgCqWQoA51kKAPRZCgAyWgoASVoKAOUNDQCFWgoAMA4NAMpaCgATWwoAIVsKAF5bCgBvWwoAew4NALZbCgD0WwoAC1wKAMYODQBJXAoAilwKAJZcCgDVXAoA2FwKACBdCgAqXQoAEQ8NAIddCgBcDw0Avl0KAKcPDQAJXgoATF4KAE1eCgCFYQoAT14KAMNfCgBTXgoAQmgKAFZeCgCXXgoAW14KAEdjCgBcXgoAZmIKAJxeCgBhZwoAo14KAOJeCgDlXgoALV8KADdfCgDyDw0AgF8KAD0QDQDMXwoADmAKAONfCgDqZQoAHGAKAFlgCgBjYAoApGAKALBgCgDvYAoA8mAKADphCgBCYQoAiBANAIdhCgDQYQoA02EKABtiCgAeYgoA0xANAGhiCgCxYgoAv2IKAPxiCgANYwoAaRENAEljCgCSYwoAn2MKAN1jCgDsYwoAKGQKADRkCgBzZAoAhGQKAL5kCgDPZAoACWUKABVlCgBUZQoAW2UKAJ9lCgCnZQoA/xENAPhlCgA1ZgoANmYKAIBmCgCBZgoAy2YKANdmCgAWZwoAHWcKAEoSDQBoZwoArGcKALFnCgD3ZwoA/2cKAOASDQBLaAoAjWgKAJNoCgDYaAoA2mgKACNpCgAtaQoAbmkKAHxpCgC5aQoAvmkKAARqCgARagoAT2oKAGdqCgCaagoAsGoKAOVqCgDoagoAMGsKADhrCgArEw0Ag2sKAMZrCgDDawoAwrkLAMdrCgA9bQoAyWsKAP9uCgDQawoAEWwKANZrCgAebgoAHWwKAFxsCgBfbAoAp2wKALFsCgB2Ew0A+mwKAMETDQA/bQoAiG0KAIttCgDTbQoA1m0KAAwUDQAgbgoAaW4KAHduCgC0bgoAxW4KAKIUDQAIbwoASm8KAFhvCgCVbwoAn28KAOBvCgDsbwoAK3AKAC5wCgB2cAoAfnAKADgVDQDbcAoAgxUNABJxCgBXcQoAGXEKAM5yCgAbcQoA7XEKAGBxCgCicQoAr3EKAM4VDQDycQoAOHIKAEVyCgCDcgoAjXIKABkWDQDQcgoAGXMKAC9zCgBkcwoAcHMKAGQWDQC3cwoAiS0NAM1zCgD6cwoAGHQKAEV0CgBNdAoArxYNAGd0CgBAWgsAknQKANt0CgDpdAoAJnUKADd1CgD6Fg0AeXUKAEUXDQC+dQoAB3YKAAp2CgBSdgoAVXYKAJAXDQCldgoA2xcNAPJ2CgDAngoACHcKADN3CgBBdwoAfncKAH93CgDJdwoA5XcKABR4CgAceAoAJhgNAHB4CgCqeAoArHgKAPV4CgD2eAoAQHkKAEN5CgCLeQoAl3kKANZ5CgDdeQoAIXoKAD16CgBsegoAdHoKALwYDQDEegoAAnsKABJ7CgBNewoAUnsKAJh7CgDIewoABxkNAOl7CgBSGQ0ANnwKAHl8CgB6fAoAQ4UKAH98CgCPzgsAg3wKAMR8CgCFfAoA3oAKAIl8CgAcfwoAl3wKADGICgDJfAoA0scLAM98CgBtwwsA0HwKAA99CgASfQoAWn0KAGR9CgCdGQ0ArX0KAPB9CgD2fQoAO34KAER+CgCGfgoAk34KANF+CgDtfgoA6BkNAB5/CgBnfwoAIX8KAMjRCwB1fwoAsn8KAMN/CgAzGg0AA4AKAEiACgBUgAoAfhoNAK+ACgDJGg0A5IAKACmBCgAvgQoAdIEKAHmBCgC/gQoAxYEKABQbDQAmggoAXxsNAFyCCgCqGw0ApYIKAOuCCgDzggoANoMKAEKDCgCBgwoAlIMKAMyDCgDYgwoAF4QKACaECgBihAoAa4QKAK2ECgC3hAoA+IQKAASFCgBAHA0AVIUKAI6FCgCahQoA2YUKANuFCgAkhgoAJ4YKAG+GCgB7hgoAuoYKAMKGCgCLHA0AEYcKAFCHCgBghwoAm4cKAKeHCgDmhwoA7IcKANYcDQBTiAoAfIgKAISICgDHiAoA74gKABKJCgAdiQoAXYkKAGmJCgCoiQoAuYkKAPOJCgD0iQoAIR0NAESKCgCJigoAlooKANSKCgDiigoAH4sKACyLCgBqiwoAgYsKALWLCgDliwoAAIwKAAiMCgBLjAoAVYwKAJaMCgCijAoA4YwKAOSMCgAsjQoANo0KAGwdDQB/jQoAwo0KAMiNCgANjgoAFo4KAFiOCgBljgoAo44KAL+OCgC3HQ0A8I4KADmPCgD1jgoAaJwKAEaPCgCEjwoAi48KAM+PCgDRjwoAGpAKACCQCgBlkAoAbJAKALCQCgDIkAoA+5AKAACRCgBGkQoAB5EKANyRCgBPkQoAkZEKAJuRCgACHg0A4pEKACeSCgAtkgoAcpIKAHeSCgC9kgoAw5IKAE0eDQAWkwoAU5MKAFSTCgCekwoAn5MKAOmTCgD1kwoANJQKADuUCgDjHg0AgJQKAMqUCgDblAoAFZUKACGVCgBglQoAapUKAKuVCgC3lQoA9pUKAP2VCgAuHw0AQ5YKAIyWCgBMlgoAVNwLAI+WCgDXlgoA95YKACKXCgAqlwoAeR8NAH6XCgC4lwoAv5cKAAOYCgALmAoATpgKAFGYCgDFmQoAXpgKAJmYCgCbmAoA5JgKAPKYCgAvmQoAQJkKAMQfDQCBmQoADyANAM6ZCgAQmgoAH5oKAFuaCgBqmgoAppoKALKaCgDxmgoA9JoKADybCgA/mwoAh5sKAJebCgDSmwoA25sKAB2cCgAunAoAWiANAG2cCgCznAoAvJwKAP6cCgAInQoASZ0KAFGdCgCUnQoAsp0KAN+dCgD9nQoAKp4KAEieCgB1ngoAk54KAKUgDQDHngoAC58KABCfCgBWnwoAF58KADegCgBfnwoAoZ8KAKufCgDsnwoACKAKAPAgDQA9oAoAgqAKAIigCgDNoAoA6aAKADshDQBAoQoA0SENAIuhCgAcIg0AtqEKAP0iDQAPogoARKIKAEaiCgCPogoAlaIKANqiCgDuogoAJaMKAC2jCgBwowoAmKMKAEgjDQDEowoABqQKABOkCgBRpAoAX6QKAJykCgCmpAoA56QKAAGlCgAypQoAP6UKAH2lCgCJpQoAyKUKANKlCgATpgoAG6YKAJMjDQBlpgoAqaYKALGmCgDeIw0A1aYKAL8kDQACpwoAP6cKAECnCgCKpwoAi6cKANWnCgDhpwoAIKgKACeoCgBrqAoAc6gKACkkDQC4qAoAAakKABKpCgBMqQoAVKkKAJepCgChqQoA4qkKAO6pCgAtqgoAMKoKAHiqCgCCqgoACiUNAN+qCgBVJQ0AG6sKAFmrCgBhqwoApKsKAKerCgAbrQoAtKsKAO+rCgDxqwoAOqwKAEisCgCFrAoAlqwKAKAlDQDXrAoA6yUNACStCgBmrQoAda0KALGtCgDArQoA/K0KAAiuCgBHrgoASq4KAJKuCgCVrgoA3a4KAO2uCgAorwoAMa8KAHOvCgCErwoANiYNAMqvCgAJsAoAEbAKAIEmDQBWsAoAn7AKAGCwCgA1sQoAorAKAOqwCgDysAoAzCYNADuxCgCAsQoAjLEKAMuxCgDTsQoAFycNABmyCgBhsgoAZLIKAKyyCgC4sgoA97IKAP2yCgBCswoATLMKAGInDQCSswoA2LMKAOWzCgAjtAoAJrQKAG60CgCKtAoAubQKAMG0CgCtJw0ABrUKAE+1CgBdtQoAmrUKAKu1CgD4Jw0A67UKADC2CgA8tgoAQygNAIG2CgDGtgoAzLYKABG3CgAWtwoAXLcKAGK3CgDZKA0AqrcKAPK3CgD+twoAPbgKAEO4CgCIuAoAkrgKAG8pDQDYuAoAHrkKACu5CgBpuQoAbLkKALS5CgDJuQoA/7kKAAe6CgC6KQ0AUroKAJW6CgChugoA4LoKAOa6CgAruwoAMbsKAHa7CgB7uwoAwbsKAMe7CgB8Kw0AG7wKAFe8CgBmvAoAorwKAKu8CgDtvAoA87wKADi9CgA+vQoAg70KAI+9CgDOvQoA1b0KABm+CgAhvgoAEiwNAGu+CgCvvgoAvb4KAPq+CgAHvwoARb8KAFy/CgCQvwoArL8KANu/CgDjvwoAXSwNADnACgBxwAoAc8AKALzACgDSwAoAB8EKAAjBCgBSwQoAY8EKAJ3BCgCpwQoAqCwNAATCCgDzLA0ANcIKAH7CCgCUwgoAycIKAMrCCgAUwwoAJcMKAF/DCgBrwwoAPi0NALbDCgC3xQoAusMKAPXDCgD3wwoAQMQKAE7ECgCLxAoAnMQKANQtDQDcxAoAIcUKAC3FCgAfLg0Al8UKAGouDQC9xQoAAsYKAAjGCgBNxgoAUsYKAJjGCgCexgoAtS4NAA7HCgAALw0AQscKAHnHCgB6xwoAxMcKANDHCgAPyAoAK8gKAFrICgBiyAoAli8NALHICgDwyAoADMkKADvJCgBDyQoALDANAJLJCgDRyQoA18kKABzKCgAiygoAZ8oKAH/KCgCyygoAvMoKAP3KCgAJywoASMsKAEvLCgCTywoAncsKAN7LCgD2ywoAKcwKADnMCgB0zAoAdswKAL/MCgDNzAoACs0KABvNCgB3MA0AW80KAKDNCgCszQoAwjANAPPNCgDuMQ0AOM4KAIHOCgCOzgoAzM4KANvOCgAXzwoAHc8KAGLPCgBuzwoArc8KAK/PCgD4zwoAAtAKAEPQCgBR0AoAjtAKAJPQCgDZ0AoA5tAKACTRCgAw0QoAb9EKAILRCgC60QoAydEKAAXSCgAR0goAUNIKAFHSCgCb0goApdIKAObSCgD00goAMdMKADbTCgB80woAidMKADkyDQDR0woAEtQKACDUCgBd1AoAYNQKAKjUCgC41AoA89QKAAHVCgA+1QoAStUKAInVCgCQ1QoA1NUKANvVCgAf1goAK9YKAGrWCgBr1goAtdYKAMHWCgAA1woADdcKAEvXCgBS1woAltcKAKLXCgDh1woA7tcKACzYCgA72AoAd9gKAIvYCgDC2AoAztgKAA3ZCgAg2QoAWNkKAGfZCgCj2QoAr9kKAO7ZCgDv2QoAOdoKAEPaCgCE2goAktoKAM/aCgDU2goAGtsKACfbCgCEMg0AZtsKALDbCgDB2woA+9sKAAncCgBG3AoAVdwKAJHcCgCT3AoA3NwKAObcCgAn3QoANd0KAHLdCgB33QoAvd0KAMrdCgAI3goAF94KAFPeCgBY3goAnt4KAKveCgDp3goA894KADTfCgBA3woAf98KAJLfCgDK3woA1N8KABXgCgAh4AoAYOAKAHPgCgCr4AoAuuAKAPbgCgAC4QoAQeEKAELhCgCM4QoAluEKANfhCgDl4QoAIuIKACfiCgBt4goAeuIKAM8yDQC94goAA+MKABDjCgBO4woAWOMKAJnjCgCf4woA5OMKAObjCgAv5AoAPOQKAHrkCgB95AoAxeQKANPkCgAQ5QoAHOUKAFvlCgBo5QoApuUKALDlCgDx5QoAAOYKADzmCgBB5goAh+YKAJTmCgDS5goA3+YKAB3nCgAp5woAaOcKAHfnCgCz5woAvecKAP7nCgAM6AoASegKAE7oCgCU6AoAoegKAN/oCgDr6AoAKukKAD3pCgB16QoAhOkKAMDpCgDM6QoAC+oKAAzqCgBW6goAYOoKAKHqCgCv6goA7OoKAPHqCgA36woAROsKABozDQCV6woAzesKANzrCgAY7AoAJOwKAGPsCgBk7AoAruwKALjsCgD57AoAB+0KAETtCgBJ7QoAj+0KAJztCgBlMw0A7e0KACXuCgA07goAcO4KAHzuCgC77goAvO4KAAbvCgAQ7woAUe8KAF/vCgCc7woAoe8KAOfvCgD07woAsDMNADTwCgB98AoAi/AKAMjwCgDV8AoAE/EKAB/xCgBe8QoAZPEKAKnxCgC68QoA9PEKAPbxCgA/8goASPIKAIryCgCX8goA1fIKAOTyCgAg8woAK/MKAGvzCgB38woAtvMKAMnzCgAB9AoAEPQKAEz0CgBY9AoAl/QKAJj0CgDi9AoA7PQKAC31CgA79QoAePUKAH31CgDD9QoA0PUKAPszDQAb9goAWfYKAGf2CgCk9goArvYKAO/2CgD99goAOvcKADz3CgCF9woAlvcKAND3CgDe9woAG/gKAEr4CgBm+AoAaPgKALH4CgC7+AoA/PgKAAr5CgBH+QoATPkKAJL5CgCf+QoA3fkKAOn5CgAo+goAO/oKAHP6CgCC+goAvvoKAMr6CgAJ+woACvsKAFT7CgBe+woAn/sKAK37CgDq+woA7/sKADX8CgBC/AoARjQNAIL8CgDL/AoAzfwKABb9CgAl/QoAYf0KAHD9CgCs/QoAuP0KAPf9CgD6/QoAQv4KAEX+CgCN/goAk/4KANj+CgDk/goAI/8KACb/CgBu/woAc/8KALn/CgDC/woABAALAAoACwBPAAsAXgALAJoACwCmAAsA5QALAPUACwAwAQsAMgELAHsBCwCJAQsAxgELANcBCwCRNA0AFwILAFwCCwBoAgsA3DQNALoCCwDyAgsAAQMLAD0DCwBJAwsAiAMLAIkDCwDTAwsA3QMLAB4ECwAsBAsAaQQLAG4ECwC0BAsAwQQLACc1DQALBQsASgULAFQFCwCVBQsAvgULAOAFCwDnBQsAKwYLAEQGCwB2BgsAhQYLAMEGCwDQBgsADAcLABEHCwBXBwsAZAcLAKIHCwCvBwsA7QcLAPkHCwA4CAsARwgLAIMICwCNCAsAzggLANwICwAZCQsAHgkLAGQJCwBxCQsArwkLALsJCwD6CQsADQoLAEUKCwBUCgsAkAoLAJwKCwDbCgsA3AoLACYLCwAwCwsAcQsLAH8LCwC8CwsAwQsLAAcMCwAUDAsAcjUNAGMMCwCdDAsArgwLAOgMCwD0DAsAMw0LAEoNCwB+DQsAgA0LAMkNCwDaDQsAFA4LABcOCwBfDgsAaQ4LAKoOCwCsDgsA9Q4LAP8OCwBADwsATA8LAIsPCwCXDwsA1g8LAOkPCwAhEAsAMBALAGwQCwB4EAsAtxALALgQCwACEQsADBELAE0RCwBbEQsAmBELAJ0RCwDjEQsA8BELAL01DQAwEgsAeRILAIMSCwDEEgsAzBILAAg2DQAiEwsAWhMLAGYTCwClEwsAtBMLAPATCwD5EwsAOxQLAEUUCwCGFAsAlBQLANEUCwDWFAsAHBULACkVCwBnFQsAcxULALIVCwDFFQsA/RULAAwWCwBIFgsAVBYLAJMWCwCUFgsA3hYLAOgWCwApFwsANxcLAHQXCwB5FwsAvxcLAMwXCwBTNg0ADBgLAFUYCwBfGAsAoBgLAKgYCwCeNg0A8BgLADYZCwBMGQsAgRkLAIIZCwDMGQsA3RkLABcaCwAjGgsAYhoLAGwaCwCtGgsAuxoLAPgaCwD9GgsAQxsLAFAbCwCOGwsAmhsLANkbCwDsGwsAJBwLADMcCwBvHAsAexwLALocCwC7HAsABR0LAA8dCwBQHQsAXh0LAJsdCwCgHQsA5h0LAPMdCwDpNg0AMx4LAHweCwCGHgsAxx4LAM8eCwA0Nw0AKB8LAF0fCwBpHwsAqB8LAK0fCwDzHwsA/B8LAD4gCwBIIAsAiSALAJUgCwDUIAsA5yALAB8hCwAuIQsAaiELAHYhCwC1IQsAtiELAAAiCwAKIgsASyILAFkiCwCWIgsAmyILAOEiCwDuIgsAfzcNAC4jCwB3IwsAgSMLAMIjCwDKIwsAyjcNABokCwBYJAsAZyQLAKMkCwCuJAsA7iQLAPokCwA5JQsASCULAIQlCwCkJQsAzyULANslCwAaJgsAISYLAGUmCwBzJgsAsCYLALUmCwD7JgsABycLAEYnCwBZJwsAkScLAKAnCwDcJwsA6CcLACcoCwAoKAsAcigLAHwoCwC9KAsAyygLAAgpCwANKQsAUykLAGApCwAVOA0AoCkLAOkpCwDzKQsANCoLADwqCwBgOA0AnCoLAMoqCwDbKgsAFSsLACErCwBgKwsAcysLAKsrCwC6KwsA9isLAAIsCwBBLAsAQiwLAIwsCwCWLAsA1ywLAOUsCwAiLQsAJy0LAG0tCwB6LQsAqzgNALotCwADLgsADS4LAE4uCwBWLgsA9jgNALYuCwDkLgsA9S4LAC8vCwA7LwsAei8LAI0vCwDFLwsA1C8LABAwCwAcMAsAWzALAFwwCwCmMAsAsDALAPEwCwD/MAsAPDELAEExCwCHMQsAlDELAEE5DQDUMQsAHTILACcyCwBoMgsAcDILAIw5DQDEMgsA/jILABIzCwBJMwsATTMLAJQzCwCWMwsA3zMLAPMzCwAqNAsALTQLAHU0CwCSNAsAwDQLANE0CwALNQsAFzULAFY1CwBpNQsAoTULALA1CwDsNQsA+DULADc2CwA4NgsAgjYLAIw2CwDNNgsA2zYLABg3CwAdNwsAYzcLAHA3CwDXOQ0AsDcLAPk3CwADOAsARDgLAEw4CwAiOg0AkTgLANo4CwDoOAsAJTkLADY5CwBtOg0AdzkLALg6DQDDOQsALzwNABk6CwBROgsAUjoLAJw6CwCoOgsA5zoLAPY6CwAyOwsAPDsLAH07CwCJOwsAyDsLAM87CwB6PA0AGzwLAF48CwBgPAsAn0YLAGE8CwDDQAsAZDwLAKk8CwBqPAsA0EILAGs8CwB2nAsAtTwLAPQ8CwADPQsAPz0LAEs9CwCKPQsAmD0LANU9CwDwPQsAID4LACw+CwBrPgsAcj4LAMU8DQDDPgsAAT8LAAM/CwBMPwsATT8LAJc/CwCaPwsA4j8LAO0/CwAtQAsAMkALAHhACwCCQAsAED0NANBACwAOQQsAEEELAFlBCwBaQQsApEELAKdBCwDvQQsA+kELADpCCwA/QgsAhUILAI9CCwBbPQ0A40ILABtDCwAcQwsAZkMLAHJDCwCxQwsAwEMLAPxDCwAGRAsAR0QLAFNECwCSRAsAmUQLAKY9DQDlRAsAPD4NADdFCwBzRQsAfUULAL5FCwDHRQsACUYLAAtGCwBURgsAZUYLAIc+DQCuRgsA6kYLAPRGCwA1RwsAPkcLAIBHCwCCRwsAy0cLANxHCwAWSAsAHkgLAGFICwB/SAsArEgLALRICwDSPg0ACkkLAEJJCwBDSQsAjUkLAJlJCwDYSQsA50kLACNKCwAtSgsAbkoLAHpKCwC5SgsAwEoLAB0/DQAVSwsAT0sLAGBLCwCaSwsAoksLAOVLCwDsSwsAMEwLAD5MCwB7TAsAi0wLAMZMCwDWTAsAEU0LAC1NCwBoPw0AbE0LAKdNCwCzTQsA8k0LAPhNCwA9TgsAS04LAIhOCwCVTgsA004LAOpOCwAeTwsAJk8LAGlPCwB3TwsAtE8LAL5PCwD/TwsAC1ALAEpQCwBgUAsAlVALAJhQCwDgUAsA/FALALM/DQA7UQsAdlELAIBRCwDBUQsAyVELAAxSCwAbUgsAV1ILAFxSCwCiUgsAr1ILAO1SCwD3UgsAOFMLADpTCwCDUwsAkVMLAM5TCwDbUwsAGVQLABxUCwD+Pw0Ae1QLAK9UCwC6VAsA+lQLAARVCwBFVQsATVULAJBVCwCfVQsA21ULAOBVCwAmVgsAM1YLAHFWCwB7VgsAvFYLAL5WCwAHVwsAFVcLAFJXCwBfVwsAnVcLAKBXCwBJQA0A61cLADNYCwA/WAsAflgLAIVYCwDJWAsA0VgLABRZCwAtWQsAX1kLAHNZCwCqWQsAxlkLAPVZCwD9WQsA30ANAEhaCwAqQQ0AmFoLANZaCwDdWgsAIVsLAClbCwBsWwsAcVsLALdbCwDHWwsAAlwLAApcCwBNXAsAW1wLAJhcCwClXAsA41wLAPBcCwAuXQsAOl0LAHldCwB/XQsAxF0LAMxdCwAPXgsAG14LAFpeCwBtXgsApV4LALReCwDwXgsA/F4LADtfCwA8XwsAhl8LAJBfCwDRXwsA318LABxgCwAhYAsAZ2ALAHRgCwB1QQ0AtWALAP1gCwAHYQsASGELAEphCwCTYQsAomELAN5hCwD+YQsAKWILADFiCwB0YgsAfmILAL9iCwDFYgsACmMLAAxjCwBVYwsAZGMLAKBjCwCsYwsA62MLAPNjCwDAQQ0AVGQLAIFkCwCfZAsAC0INAOVkCwAXZQsAHGULAGJlCwB9ZQsArWULALllCwD4ZQsAAGYLAFZCDQBWZgsAjmYLAJ1mCwDZZgsA5WYLACRnCwAlZwsAb2cLAHlnCwC6ZwsAyGcLAAVoCwAKaAsAUGgLAF1oCwChQg0An2gLAOZoCwDoaAsAMWkLADRpCwB8aQsAhGkLAMdpCwDRaQsAEmoLAB1qCwBdagsAaWoLAKhqCwCwagsA7EINAAFrCwA+awsARGsLAIlrCwCVawsA1GsLAONrCwAfbAsAKWwLAGpsCwBybAsAtWwLAMRsCwAAbQsAAm0LAEttCwBUbQsAlm0LAJltCwDhbQsA7W0LACxuCwA0bgsAN0MNAIduCwDCbgsAym4LAA1vCwAXbwsAWG8LAGNvCwCjbwsAr28LAO5vCwD2bwsAgkMNAD5wCwCEcAsAlXALAM9wCwDgcAsAGnELAB9xCwBlcQsAaXELALBxCwC+cQsA+3ELAAhyCwBGcgsAXXILAJFyCwCZcgsA3HILAOhyCwAncwsAOnMLAHJzCwCBcwsAvXMLAMlzCwAIdAsACXQLAFN0CwBddAsAnnQLAKx0CwDpdAsA7nQLADR1CwBBdQsAzUMNAIV1CwDKdQsA2HULABV2CwAidgsAYHYLAHd2CwCrdgsAs3YLAPZ2CwABdwsAQXcLAEN3CwCMdwsAmXcLANd3CwDedwsAIngLADN4CwBteAsAe3gLALh4CwDFeAsAA3kLABp5CwBOeQsAVnkLAJl5CwCeeQsA5HkLAPR5CwAvegsAN3oLAHp6CwCEegsAxXoLANB6CwAQewsAHHsLAFt7CwBjewsAY0QNAL97CwDxewsA9nsLADx8CwBXfAsAh3wLAJN8CwDSfAsA2nwLAK5EDQAwfQsAaH0LAHd9CwCzfQsAv30LAP59CwD/fQsASX4LAFN+CwCUfgsAon4LAN9+CwDkfgsAKn8LADd/CwD5RA0AfX8LAMB/CwDCfwsAC4ALABiACwBWgAsAW4ALAKGACwCrgAsA7IALAPeACwA3gQsAQ4ELAIKBCwCIgQsAzYELANWBCwAYggsAJIILAGOCCwB2ggsAroILAL2CCwD5ggsABYMLAESDCwBFgwsAj4MLAJmDCwDagwsA6IMLACWECwAqhAsAcIQLAH2ECwBERQ0AwIQLAAaFCwAVhQsAUYULAGCFCwCchQsApYULAOeFCwDthQsAMoYLADiGCwB9hgsAiYYLAMiGCwDPhgsAE4cLAC+HCwCPRQ0AZocLAKmHCwCqhwsAZo4LALaHCwD0hwsAvYcLAA6MCwDAhwsAQpQLAMKHCwB7lwsA9YcLAD+ICwBViAsAiogLAJKICwDViAsA14gLAC2LCwDjiAsAIIkLACiJCwDaRQ0ALYkLAGuJCwBuiQsAtokLAMCJCwABigsAA4oLAEyKCwBdigsAl4oLAKiKCwDiigsA6ooLACVGDQA0iwsAeIsLAH+LCwDDiwsAy4sLAHBGDQAQjAsAWYwLAF+MCwCkjAsAsYwLAO+MCwD3jAsAOo0LADyNCwCFjQsAjI0LANCNCwDXjQsAG44LACOOCwC7Rg0Ac44LALGOCwCyjgsA/I4LABKPCwBHjwsAT48LAJKPCwCUjwsA6pELAKCPCwDdjwsA5Y8LAAZHDQDqjwsAKJALACuQCwBzkAsAfZALAL6QCwDAkAsACZELABqRCwBUkQsAZZELAJ+RCwCnkQsAUUcNAPGRCwA1kgsAPJILAICSCwCIkgsAnEcNANWSCwAWkwsAGJMLAGGTCwBykwsArJMLAL2TCwD3kwsA/5MLAOdHDQBHlAsA/5oLAE6UCwCNlAsAo5QLANiUCwDglAsAI5ULADGVCwBulQsAe5ULALmVCwC8lQsABJYLAA6WCwBPlgsAUZYLAJqWCwCrlgsA5ZYLAPaWCwAwlwsAOJcLADJIDQCElwsAxpcLANOXCwARmAsAGJgLAFyYCwBtmAsAp5gLALOYCwDymAsA+pgLAH1IDQBKmQsAiJkLAIuZCwDTmQsA3ZkLAB6aCwAgmgsAaZoLAHqaCwC0mgsAxZoLAMhIDQAHmwsASpsLAGGbCwCVmwsAoZsLAOCbCwDqmwsAK5wLADOcCwATSQ0Ad5wLAMGcCwDXnAsADJ0LABSdCwBXnQsAZZ0LAKKdCwCqnQsAXkkNAK+dCwDtnQsA8J0LADieCwBCngsAg54LAIWeCwDOngsA354LABmfCwAqnwsAZJ8LAGyfCwCpSQ0AtZ8LAPqfCwD/nwsARaALAGCgCwCQoAsAnqALANugCwDioAsAJqELADKhCwBxoQsAd6ELALyhCwC/oQsAB6ILABGiCwBSogsAWKILAJ2iCwCfogsA6KILAPKiCwAzowsAP6MLAH6jCwCVowsAyaMLAN2jCwAUpAsAMKQLAF+kCwBnpAsA9EkNAKykCwD1pAsAA6ULAEClCwBRpQsAP0oNAJKlCwCKSg0A5KULACGmCwArpgsAbKYLAHemCwC3pgsAv6YLAAKnCwAOpwsATacLAGCnCwCYpwsAp6cLAOOnCwDvpwsALqgLAC+oCwB5qAsAg6gLAMSoCwDSqAsAD6kLABSpCwBaqQsAZ6kLACBLDQCxqQsA8KkLAPOpCwA7qgsARaoLALZLDQCIqgsA0aoLAN+qCwAcqwsALasLAExMDQBuqwsAl0wNALqrCwD9qwsAB6wLAEisCwBNrAsAk6wLAJusCwDerAsA5KwLACmtCwA1rQsAdK0LAHqtCwC/rQsAyK0LAAquCwAXrgsAVa4LAF2uCwCgrgsAoa4LAOuuCwDtrgsANq8LADmvCwCBrwsAhK8LAOJMDQDirwsAF7ALAB+wCwBisAsAbrALAK2wCwCzsAsA+LALAP6wCwBDsQsASLELANmxCwBvsQsAjrELAJaxCwB4TQ0A37ELAMNNDQA6sgsAb7ILAHGyCwC6sgsAx7ILAAWzCwAMswsAULMLAFizCwCbswsAq7MLAOazCwDoswsAMbQLAD+0CwB8tAsAjbQLAFlODQDOtAsApE4NACC1CwBdtQsAZ7ULAKi1CwCztQsA87ULAPu1CwA+tgsASrYLAIm2CwCctgsA1LYLAOK2CwAftwsAKbcLAGq3CwBytwsAtbcLAMS3CwAAuAsABbgLAEu4CwBSuAsAlrgLAKK4CwA6Tw0AHLkLACy5CwBnuQsAd7kLAH+5CwCFTw0A6rkLAA26CwAZugsAWLoLAF66CwCjugsAqboLAO66CwDzugsAObsLAD+7CwDQTw0AhbsLAM+7CwDVuwsAGrwLAB+8CwBlvAsAdLwLALC8CwC8vAsA+7wLAP68CwBGvQsASb0LAJG9CwCZvQsA3L0LAOu9CwAnvgsALL4LAHK+CwCIvgsAvb4LAL6+CwAIvwsAGb8LAFO/CwBfvwsAnr8LAKi/CwDpvwsA9b8LADTACwA7wAsAG1ANAI/ACwDKwAsA1sALABXBCwAkwQsAYMELAHTBCwCrwQsAusELAPbBCwAHwgsAQcILAE3CCwBmUA0AkcILANfCCwDZwgsAIsMLADPDCwD8UA0AecMLALjDCwC+wwsAA8QLAA/ECwBOxAsAVsQLAEdRDQCfxAsA5MQLAPDECwAvxQsAN8ULAJJRDQCGxQsAxcULAMjFCwAQxgsAGsYLAN1RDQBdxgsApsYLALTGCwDxxgsAAscLAHNSDQBCxwsAh8cLAJPHCwC+Ug0A2scLAB3ICwAgyAsAaMgLAHTICwCzyAsAv8gLAP7ICwAGyQsAVFMNAFTJCwCUyQsAoMkLAN/JCwDnyQsAn1MNADPKCwB1ygsAhsoLAMDKCwDRygsAC8sLABPLCwBWywsAWcsLAKHLCwCrywsA7MsLAO7LCwA3zAsARswLAILMCwCizAsAzcwLANXMCwAYzQsAIs0LAGPNCwBpzQsArs0LALDNCwD5zQsACM4LAETOCwBQzgsA6lMNAJvOCwDazgsA+M4LACXPCwArzwsAcM8LAHnPCwC7zwsAyM8LAAbQCwAO0AsAUdALAGfQCwCc0AsAntALAOfQCwAC0QsAMtELAD7RCwB90QsAitELADVUDQDO0QsAE9ILABvSCwBe0gsAdNILAKnSCwCu0gsA9NILAPrSCwA/0wsAS9MLAIrTCwCS0wsAgFQNAOLTCwAg1AsAMNQLAGvUCwBw1AsAttQLALzUCwAB1QsAF9ULAEzVCwBO1QsAl9ULAKHVCwDi1QsA8NULAC3WCwAy1gsAeNYLAIXWCwDLVA0A0tYLAA7XCwAX1wsAWdcLAGPXCwCk1wsAstcLAO/XCwD01wsAOtgLAEfYCwCF2AsAjdgLANDYCwDg2AsAG9kLAB3ZCwBm2QsAdNkLALHZCwDC2QsAFlUNAAPaCwBhVQ0ATNoLAJLaCwCY2gsA3doLAOXaCwAo2wsAMtsLAHPbCwB12wsAvtsLAMHbCwAJ3AsAKdwLAPdVDQBg3AsAn9wLAKXcCwDq3AsA9twLADXdCwA93QsAQlYNAIzdCwDL3QsA0d0LABbeCwAi3gsAYd4LAGneCwCNVg0Art4LAPfeCwAF3wsAQt8LAFPfCwDYVg0Amt8LANjfCwDv3wsAI1cNAC3gCwBu4AsAeuALALngCwC84AsABOELAA7hCwBuVw0AVOELAJrhCwCj4QsA5eELAPbhCwAw4gsAN+ILAHviCwCD4gsAxuILANPiCwAR4wsAFuMLAFzjCwBm4wsAp+MLAK/jCwDy4wsAAeQLAD3kCwBC5AsAiOQLAJ7kCwDT5AsA1OQLAB7lCwAs5QsAaeULAHrlCwC05QsAwOULAP/lCwAH5gsABFgNAE7mCwAsAQAAUuYLAGYFDQBW5gsAXqYKAKHmCwDpBwAA6OYLAIPpCwBk6AsAyyUAAKboCwCNJwAAk+kLALw0AAAc6gsAXzcAAGfqCwCyPgAA/OoLAMxkCwD96gsACkEAAAHrCwAM0wIABOsLAKPeBQBJ6wsAJ1EAAN/rCwC4VgAAKuwLAI9hAAC/7AsAa2cAABbtCwBUbwAAVu0LAEJyAACf7QsAxnUAADvuCwD6fQAA6O4LABTvCwAp8QsA0LYAAAbyCwBcwQAAUfILAJDJAADn8gsAdNYAAIXzCwCo3gAA6PMLAPPeAAAR9AsAPt8AAGb0CwCE5AAA+vQLAPvlAABE9QsAYOoAAPD1CwBJ8gAAKPYLAI/3AACG9gsAsvYLABn3CwBI9wsAUPcLAJP3CwCf9wsAAf4AAOb3CwBZAAEAkPgLAL/4CwDH+AsACvkLAAz5CwDLBgEAYfkLABEMAQD8+QsASg8BAD76CwD6EwEAbvsLAD4qAQAA/AsAdy0BABT8CwAx4AwAHPwLAG/eDABJ/AsAOS8BAKD8CwBGMQEA3vwLAOkzAQAo/QsAqzUBABH+CwATRgEAav4LAJv+CwCj/gsAXkYBAPX+CwBrSAEAaQAMAJBfAQCwAAwA8wAMAAMBDADbXwEAlQEMAF9jAQDcAQwAHwIMAC8CDACqYwEAwQIMAEhrAQDIBAwAAd8BAMwEDAB44AEA0AQMAJ5+AQDcBAwAEe0BAGAFDACxBQ0AYQUMAEX9CABkBQwAQYEBAHQFDACUJgkAqwUMACE8DAC/BQwAjIEBAM8FDAB0JA0A9QUMANeBAQD4BQwANqIJAJAGDAA8hgEA2wYMAIeGAQBzBwwAGIwBAAQIDACpkQEAmggMAC2VAQDfCAwAw5UBAMUJDAAICgwAFAoMAOqbAQBoCgwAQp4BAL8KDADpCgwAOAsMAG0BCgBECwwA26oBAF4LDADloAEAiwsMAHamAQAhDAwAkKoBALcMDAC8qwEAEg0MAAesAQCcDQwAnawBAOANDAB+rQEAxg4MAJO2AQBXDwwAPUEJAFoPDAD4ugEAXA8MANpXCgCzDwwA5A8MADcQDAB6EAwASxAMAA3EAQB9EAwAqcUJAIQQDABUzwkAhxAMAJ6yCQCVEAwAurwBAJsQDAAozgkAEhEMAInAAQBpEQwAAMIBALIRDADhwgEArRQMAEnTAQCaIAwA8kAJAJ8gDAAtIQwAsyAMANAjDAC7IAwAJN4MAL8gDAAaXAIALyEMAL9VCQAxIQwAa8cJADIhDABnzwUANCEMAGPSBgA3IQwAZVwCADwhDACwXAIAPiEMAAduAwBhIQwAPbADAEYjDADsawIA2CMMABskDAAcJAwAP3sJACUkDAClqQsAKiQMAE/hCwA6JAwASy8NAHAkDABRcAIASiUMAFqUAgBNJQwAh0MIAE4lDAA9hAIAUCUMAMN2AgBRJQwAvnsCAFMlDADXQwMAVCUMAMt9AgBVJQwAGYoCAFYlDAAbeQIAVyUMAAhAAwBdJQwAboACAIIlDADhuAsAOygMAL+YAgA/KAwAO50JAIwoDADMmgIAkSoMAAu2AgCNKwwAeMECAMIrDAAoxgIAnSwMAGTVAgDNLQwAfOoCAF0uDADP8QIABC8MAD0vDAAgMAwAaN8DACEwDAC+EQMAKDAMAFquBgC3MAwAQhUDALswDACJuwYAmDEMAJgoAwCBMgwAjjIDABszDAB8NQMAvjMMAO0zDAD1MwwAODQMAEc0DAA5PAMA1zQMABFACQDaNAwA6UADACE1DABkNQwANTUMAAraDABuNQwANEEDAAI2DAAvRgMAVDYMAPFHAwApNwwAXlMDABM4DADGYwMAWjgMAOGZDAC5OAwA6DgMAPA4DAAzOQwAQDkMACm/CABEOQwAtGYDADM6DABAcQMAZToMANF2AwD8OgwAS4QDAAE7DADWQAcAAjsMAA9EBwAEOwwA2zsHAFw7DACLOwwAkzsMANY7DAAjPAwASQcKACk8DABV2gwAKzwMAO6GAwAtPAwAJsAKAEQ8DACqwwoAdDwMAJGJAwDhPAwAAj0MAFc9DABBjgMA8j0MAP6UAwB8PgwA55wDANE+DABHpgMA0z4MAPSeAwCvPwwAn6gDAJVADABKsgMA1EAMAK+2AwC+QQwAbL0DABlCDABIQgwAZEIMAJNCDACiQgwAmL4DACZEDABVRAwAXUQMAKBEDACvRAwAFdgDAPREDADS3gMAzkUMACXmAwDZRQwAYZgGABpGDAAT6QMA/UYMAAz/AwAHRwwAufcDAEBIDABvSAwAd0gMALpIDAC/SAwAvw8EAMlIDABsCAQAhUoMAFMhBADRSgwAFSMEALFLDAAqLAQAWkwMAIlMDACRTAwA1EwMANpMDABrNgQANU0MAKQ5BADETQwABEMEAFpODAAMSgQA/U4MACxPDAA0TwwAd08MAIZPDAB5VQQAh08MADZcBACgTwwABWAEABlQDAAXXQQAYFAMAKNQDACtUAwAYl0EAKBRDADPUQwA11EMABpSDAAjUgwACGwEAG9SDADKbQQAF1MMAEZTDABOUwwAkVMMAJJTDADAdwQAllMMAOS8BACXUwwAl4IEAJ5TDAB9fgQAoFMMAMVyBAB8VAwA1YAEAF1VDAAEjgQAqFUMANORBADvVQwAtJIEAI1WDAAHmgQAMVcMAGBXDABoVwwAq1cMALVXDAAPoQQA+VcMADanBACoWAwA11gMAN9YDAAiWQwAL1kMAAWrBAAxWQwAz7MEAHJZDACJrgQAC1oMAMq4BABLWwwAelsMAIJbDADFWwwA1FsMAGPFBACTXQwAEdsEAO5dDAAdXgwAOV4MAGheDAB1XgwAPdwEALBfDADfXwwA518MACpgDAAtYAwArfMEAPRgDAAa/wQAWWEMAH8DBQBdYQwAsesIAPlhDABbCQUAOmIMAN8MBQBtYwwA0BsFALpjDACAIAUAl2QMABEzBwCrZAwAezIHAPZkDAAlZQwALWUMAHBlDABzZQwAiCcFANdlDAAGZgwADmYMAFFmDABgZgwAwSoFAKdmDACdMAUAFWgMAGpFBQC1aAwAe7YKALhoDADCRwUAuWgMAAS1CgAAaQwARksFAPFpDAAgagwAKGoMAGtqDAB0agwAxVMFAMBqDACHVQUAW2sMAK5bBQCwawwAw2QFADBsDABhbAUAxmwMAMF1BQBcbQwAmIAFAPltDACThQUARG4MAIGIBQCRbgwAb4sFAIJvDACxbwwAuW8MAPxvDAALcAwAFZoFAE9wDACScAwAoXAMAHqeBQA3cQwAwKMFAIBxDACFsQUAgnEMAD+sBQBwcgwAn3IMAKdyDADqcgwAUXMMAIBzDACIcwwAy3MMANhzDADtwQUAI3QMAEXEBQBvdAwAfscFAPl0DAAPzQUAmXUMAIHTBQAudgwAq+UFAFJ3DADI9QUAn3cMAO/7BQA1eAwApwcGAMt4DADJEgYAYnkMADsZBgDDeQwA8nkMAPp5DAA9egwASnoMAJMbBgDvegwAHnsMACZ7DABpewwAt3sMALUmBgBZfAwADSkGAPx8DAArfQwAM30MAHZ9DACAfQwA9jAGAM99DABtMgYAG34MANI2BgBhfgwAoToGAAl/DAA4fwwAQH8MAIN/DACAgAwAr4AMALeADAD6gAwAnIEMAOVQBgDjgQwAJoIMACiCDAAwUQYAEIMMAClnBgAUgwwAQF8GAGCDDACGZAYAnoMMAEhmBgA9hAwA62gGAIGEDACOawYAHoUMAD5wBgBrhQwAz3UGAAGGDAByeAYATIYMAL14BgCnhgwA1oYMAN6GDAAhhwwAMIcMABV7BgDEhwwAVoUGABKIDAAyiwYA/4gMAC6JDAA2iQwAeYkMAIiJDABmkwYAXYoMAOCgBgDBigwA8IoMAPiKDAA7iwwASosMAK+kBgC7iwwAJqYGADiMDABnjAwAb4wMALKMDAAMjQwAX6kGAJ+NDAA7rwYA8I0MAAqzBgB7jgwAZikHAH6ODAAktwYAxo4MAAW4BgCqjwwAIsgGAPWPDAD+zQYAPZAMAN/OBgAzkQwAYpEMAGqRDACtkQwAuZEMAJfaBgAAkgwAQ5IMAEeSDADD2wYAnpIMADrdBgBAkwwAb5MMAHeTDAC6kwwA4pMMAD3pBgAKlAwAr+8GAGyUDAAUtggAo5QMAOaUDAAclQwAX/QGAJ+VDADHlQwAq5YMAOkPBwCQlwwAjx4HAL2YDAAAmQwABJoMAMYyBwCGmgwApzMHANKaDACVNgcAYJsMAEU7BwAFngwAqFAHAEmeDAAaVwcAUJ4MAHdUBwALoAwAGGgHAPWgDADDcQcAHaIMAGCiDACXogwAV4MHABKjDABBowwASaMMAIyjDACbowwAX4oHACqkDABtpAwApKQMALKRBwALpQwA65QHAICmDAB/pgcAZ6cMAKasBwBIqAwA+bMHAKOoDABEtAcA4agMAI+0BwB1qQwA1bkHAHepDACSwAcAuKkMAFm9BwDjqgwAos4HAMqrDABQ5AcAcqwMAKGsDACprAwA7KwMAPasDAD77QcAjK4MADz4BwCRrwwArA8IAOOvDACnFAgAcrAMAEUcCADLsAwAMx8IAPKxDAC1MwgARLIMAH2yDABnswwAL0EIAOy0DAA/TwgAcLUMAKRTCADDtQwAklYIAGi2DACXtgwAn7YMAOK2DAAvtwwAMF4IAN+3DAAOuAwAFrgMAFm4DACBuAwAdmMIAPi4DAAHaQgAQrkMAIW5DACTuQwAnWkIANa5DACqawgAc7oMAA9wCACyugwAk3MIAJu7DABdfAgAnrsMAPN8CADLvAwAYIgIAA69DACMiQgAYb0MAHqMCACnvQwA0o4IAA6+DAA1vgwA574MAIqaCAA+vwwA1ZoIAErADACNwAwAv8AMAEehCADEwAwAsaAIAFvCDADLpAgAqsIMALmnCADywgwA5agIANPDDAB2rggAFsQMAPqxCADGxAwA8sQMAFnFDACIxQwAkMUMANPFDADgxQwAD7sIACvGDACyvQgAwcYMAMzBCABmxwwAlccMAJ3HDADgxwwASsgMAHbIDADTyAwAAtMMAODIDAAMyQwArskMAHLQCACwyQwAZc4IAErKDACDygwA7MoMAIfZCACyywwAGN8IAKfMDADi5wgANs0MADXvCADYzQwAB84MAA/ODABSzgwAuc4MAOjODADwzgwAM88MAMzPDACnQAkA0c8MABTQDADTzwwALscKAOXPDABrAA0AHtAMANv9CACw0AwA1gIJAHTSDAAAFQkATtMMADQdCQA61AwA8SMJAIHUDADE1AwA4tQMADwkCQBD1gwAGKEKAI7WDABjoQoA7dYMABzXDAAk1wwAZ9cMANLXDAD0LwkAUNgMAPZpCQDH2QwAFgoNAJ3bDADM2wwA1NsMABfcDABu3AwAg0YJAMncDAD43AwAAN0MAEPdDADv3QwA/nAJABHfDABNTwkAat8MAKVRCQA54AwAfOAMAM/gDACUQA0AAuIMAG9aCQAM4gwAQ1kJAODiDACoXQkAhuMMALXjDAC94wwAAOQMADPlDADcZQkAQecMAO9/CQBx6AwAtI0JAFDpDACikAkAdeoMAA8yCgB46gwAthIKAHzqDAC3mQkAguoMADE9CgAQ6wwAU+sMAF3rDAAcngkAUOwMAH/sDACH7AwAyuwMAGLtDACJqQkAsO0MAMKsCQB17wwAuLYJAMDvDAAD8AwAD/AMAKa5CQCl8AwAlLwJADfxDAB68QwAkfEMAETBCQDh9QwA/9gJAHr2DACv3QkAi/gMAA34CQAq+QwAY/kMAAb6DACzBgoACfoMAIcFCgDo+gwAwAgKAFn8DACc/AwAn/wMADIPCgA+/QwAaxIKABb+DACFFgoAHf4MAJIYCgCW/wwA2B0KAJj/DABwWAoAKAANAAxxCgBLAA0ABSoNAHMADQC2AA0AzQINABw0CgDSAg0A+igKANkFDQCGIQ0ABAYNAEcGDQBKBg0A/TQKAKIGDQB0NgoA6QYNAFU3CgAwBw0AcwcNAH0HDQCgNwoAGwoNAABBCgDaCw0AIkwKAOQLDQCUUgoAQA4NAMhaCgCJDg0AqVsKAM4ODQA/XAoAFA8NAGtdCgD1Dw0AeF8KANsQDQAeEQ0AcRENALQRDQBSEg0AlRINAHkTDQDybAoAFBQNAFcUDQCqFA0A7RQNALAWDQC8dQoAshYNAOh2CgC7Fg0Ai1oLAL8WDQCQdAoAFhcNAHF1CgCsFw0AnXYKAH0YDQBfeAoAghkNAC58CgCgGQ0ApX0KAPAZDQBYMQ0APBoNAP1/CgA/Gg0AVYIKAIEaDQCTgAoAFxsNAAqCCgCyGw0A9RsNAP8bDQCgggoASBwNALFQDQCRHA0ABYcKAG8dDQB3jQoAvx0NAKMxDQBDHw0A680KANAfDQB6mQoADSMNAI84CwANJQ0Aw6oKAKwlDQDQrAoAhSYNAFSwCgBwJw0AjbMKAAEoDQDltQoAXygNAI4oDQD1KA0AJCkNAH0pDQDTuAoAMCoNAFAqDQB7Kg0AmyoNAMYqDQDmKg0AESsNADErDQCEKw0AxysNAMwrDQAMvAoAqywNAOjBCgCMLQ0Atj4LAJUtDQAGOgsA3S0NANbECgAiLg0AbMUKALguDQDjxgoAtS8NAOEvDQBLMA0AhskKAIAwDQBVzQoA4TANAA0xDQCaNA0AEQILAOg0DQCnAgsAxTUNAC4SCwBbNg0AChgLAPE2DQAxHgsAhzcNACwjCwAdOA0AnikLALM4DQC4LQsASTkNANIxCwDfOQ0ArjcLAHk6DQBwOQsA0joNAAM7DQALOw0ATjsNAK49DQDxPQ0ADz4NAN1ECwA+Pg0AKEULAN4+DQD3SAsAfUENALJgCwDeQQ0ANmQLAGJCDQBDZgsAqUINAJtoCwDzQg0A82oLADxDDQB3bgsAkkMNADlwCwDpQw0AGEQNAGVEDQCmewsAukQNAB19CwAORQ0AdX8LAExFDQC7hAsAi0gNAD2ZCwAESg0AqqQLAEtKDQCLpQsAkkoNANVKDQDZSg0A1qULAChLDQBrSw0AvksNAAFMDQARTA0AhqoLAFhMDQBnqwsArEwNALKrCwDqTA0ALU0NAMtNDQAOTg0AZU4NAMe0CwCsTg0A704NAPNODQAStQsAAFANAIS7CwDIUA0AjMILAElRDQCZxAsAnFENAHrFCwDlUQ0AKFINADhSDQBbxgsAfFINADzHCwDBUg0ACVMNAF5TDQBJyQsAr1MNACrKCwCOVA0A1dMLACJVDQD82QsAaVUNAKxVDQC8VQ0AR9oLAEZWDQCA3QsAnVYNAKzeCwDmVg0Ajd8LACtXDQAj4AsAcVcNALlXDQA=","fail":"AAAAAAAAAADTdwAAcn0BAI29AABxegUAI+oBAHkXBgDMuQEA+2QJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAAfmIBAMliAQAUYwEAX2MBAAAAAADMuQEANlcJAMjWBgD1ggAAmQwAAMy5AQB5BQkAxAUJAA8GCQBaBgkAL88BADPCCgCshgkAyxMDAAAAAABxegUAI+oBACPqAQDUXgkArtcBAPnXAQA4JwoAFugBAHF6BQDMuQEA2vcAAK4vBABKugoA1F4JAMy5AQBbKAQAvZwAAAidAABTnQAAnp0AAOmdAACZDAAAzLkBAPtkCQBQbQYAI+oBAFfyAQDTdwAAu/MFAAAAAABxegUAzLkBADtSCQDmNAMAJdkBAPZcBwDXzAEA03cAAO/hAQDrGAsANhkLAPhQAgBHIgAAzLkBAD2rCACIqwgAKUAAAKMcBAD1ggAAQIMAACxZAgCbmQcA5pkHAMy5AQA2VwkAyNYGAPWCAACZDAAAzLkBAHkFCQDEBQkADwYJAFoGCQD/jQkASo4JAEsAAABLAAAAEckHACPqAQApQAAAzLkBAP+NCQA5egEAAAAAAPWCAAAl2QEAmQwAAPQaAABjFQAAeRcGAMQXBgDIrwAAE7AAAF6wAAB4dgIAy30CABZ+AgBYNggARBYAAIZSCQCNHQoALAEAAHcBAADCAQAADQIAAFgCAAD/jQkASo4JAEsAAABLAAAA7VwBAMFoAwD1ggAAcpwAACPqAQBu6gEAoQ4FAMy5AQD7ZAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAJezAABVSQcAoEkHAAAAAABFfgAA6lABACPqAQBX8gEAmQwAAMy5AQDtXAEAwWgDAAxpAwBLAAAAqmMBAPVjAQBAZAEAi2QBANZkAQAhZQEAbGUBAAAAAAB4dgIAWpQCADl6AQCEegEAz3oBAEnbCADmEAkAMREJAHkFCQDEBQkADwYJAFoGCQAvzwEAiKsIANv1AQDHTwcAElAHAF1QBwB5FwYAzLkBAHF6BQCRWAcAzLkBADgnCgB0QAAAv0AAAApBAABVQQAAoEEAAOtBAAA2QgAAAAAAAPZcBwCXMgkA/40JAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAAFVJBwCgSQcAAAAAAEV+AAD1ggAAmQwAAKQsAgCDZQgAeRcGAMy5AQD/jQkAESsAAFwrAACnKwAA8isAAK9zCgDXzAEA03cAAHJ9AQD0GgAAeRcGAMy5AQD7ZAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAK7XAQD51wEA18wBACLNAQBtzQEAuM0BAHkFCQDEBQkA+RUAAEQWAACGUgkAjR0KACwBAAB3AQAAwgEAAA0CAABYAgAAjb0AABjXAQByfQEAzLkBADtSCQD9HwEASCABACxZAgDqUAEAeRcGAPWCAAA7UgkAhlIJAI0dCgAsAQAAdwEAAMIBAAANAgAAr3MKANfMAQDTdwAAcn0BAPQaAAB5FwYAzLkBAPtkCQDIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAArtcBAPnXAQDXzAEAIs0BAG3NAQC4zQEAeQUJAMQFCQD5FQAARBYAAIZSCQCNHQoALAEAAHcBAADCAQAADQIAAFgCAACNvQAAGNcBAHJ9AQDMuQEAO1IJAP0fAQBIIAEALFkCAOpQAQB5FwYA9YIAANN3AAByfQEA7VwBAHh2AgBalAIAESsAAFwrAACnKwAA8isAAK9zCgCZDAAA9BoAAD8bAACKGwAA1RsAACAcAACvcwoARyIAANjkBgAj6gEA5CEJAKQsAgCvcwoA2vcAANkgBgCZDAAAOXoBAD9mAADsCQoA3igIAKEJCgAbeQIAvZwAAAidAABTnQAAnp0AAOmdAAA0ngAAO1IJAIZSCQCNHQoALAEAAHcBAADCAQAADQIAAFgCAADa9wAAP5IBAJkMAACkLAIAzLkBANfMAQA2zgoA+2QJANboBAD/jQkA7o4KAKMcBADuHAQANVEBAAAAAABynAAAcpwAAPWCAACZDAAAOXoBAMy5AQA2VwkA9YIAAGMVAACPuQIA9YIAAHkXBgDMuQEAF7oBAMJhCQAj6gEAzLkBAEV+AACZDAAA9BoAAMy5AQAAAAAAYxUAAFAIAgAk4wcArhUAAI29AABjFQAAzLkBADZXCQDEFwYAgPwKAMv8CgDXzAEA03cAAHJ9AQD0GgAAAAAAACPqAQAl2QEA03cAAB54AABpeAAAtHgAAP94AABKeQAAXAwBAHkXBgD1ggAAYxUAAI+5AgD1ggAAeRcGACXZAQD1ggAAQIMAAKrNAADPWwIA18wBANN3AAC78wUAJdkBAHkXBgDXzAEAJdkBAPWCAABAgwAAqs0AAM9bAgBFfgAA18wBAO1cAQDBaAMAcpwAAMy5AQBQCAIAmwgCAOYIAgDMuQEAVUkHAKBJBwApQAAAoxwEAO4cBAD1ggAALFkCAHdZAgDCWQIAzLkBAEnbCADmEAkAMREJAHkFCQDEBQkADwYJAFoGCQD7ZAkAUG0GAJttBgA4XQEAjb0AAPWCAABjFQAArhUAAMQcAQAPHQEAmQwAAMaKCQBLAAAASwAAABHJBwAj6gEAKUAAAINlCAB5FwYAJdkBANN3AADIrwAAE7AAAF6wAAAl2QEA2vcAACX4AABftggAAAAAAO1cAQDBaAMA9YIAAGMVAAApQAAAzLkBADZXCQDI1gYA9YIAAJkMAADMuQEAeQUJAMQFCQAPBgkAWgYJAP+NCQBKjgkASwAAAEsAAAARyQcAI+oBAClAAADMuQEA+2QJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAA4rMAAP0fAQBIIAEAKUAAABboAQBynAAAJY4BAIAbCgDMuQEAVUkHAKBJBwAAAAAARX4AAPWCAACZDAAApCwCAINlCAB5FwYAzLkBANfMAQDUXgkAzLkBAP+NCQD0GgAAPxsAAIobAADVGwAARX4AAClAAAB0QAAAv0AAAGMVAAApQAAAIZ4EAHKcAADXYgIA6PcBACGeBABxegUAkVgHAMy5AQA7UgkA7VwBAEV+AABYxAEA6lABADVRAQDMuQEA03cAAMivAAATsAAA5b8AAPtkCQDIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAAl7MAAFVJBwCgSQcAAAAAAEV+AADqUAEAI+oBAFfyAQAAAAAAI+oBAKkiBwCRWAcAWMQBAEsAAACWAAAA4QAAAMy5AQAAAAAASwAAAJYAAADhAAAALAEAAHcBAADCAQAADQIAADqXAQCFlwEAWygEANdiAgDRBwkAHAgJANT0CQAf9QkAavUJAI29AADqUAEAvogEAHRAAADBjwkAu2oHAClAAADMuQEA+2QJAEq6CgDUXgkAzLkBADtSCQCGUgkAjR0KACwBAAB3AQAAwgEAAA0CAABYAgAAWygEAKYoBADxKAQARyIAANjkBgBYxAEARX4AACPqAQBX8gEAI+oBAMy5AQBbKAQAvZwAAAidAABTnQAAnp0AAOmdAAA0ngAA/40JAPQaAABjFQAAKUAAAMy5AQD7ZAkAyK8AABOwAABesAAArtcBAPnXAQDXzAEAIs0BAG3NAQC4zQEAeQUJAMQFCQD5FQAARBYAAIZSCQCNHQoALAEAAHcBAADCAQAADQIAAFgCAABJ2wgA5hAJADERCQD/jQkA9BoAAAAAAADTdwAAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAEciAACrgAEA9oABAEGBAQC1gwMA+2QJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAAfmIBAMliAQAUYwEAX2MBANv1AQDHTwcAElAHAF1QBwCoUAcA81AHAD5RBwD7ZAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAAINlCABFfgAAmQwAAOVVAQA1UQEAWMQBAMy5AQDa9wAA2SAGAMsgBQD2XAcA03cAAEq6CgCPuQIAyxMDANr3AADMuQEAAAAAAHKcAAAljgEApcgKAPDICgBjFQAA2/UBACb2AQBx9gEAEO8AAHh2AgAQ7wAA03cAAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAABHIgAAq4ABAPaAAQBBgQEAAAAAAHF6BQCRWAcAWMQBAKPEAQCZDAAA9BoAAMsgBQBq+gQAtfoEAGRUCwC+iAQASvABAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEA10MDACJEAwBtRAMAuEQDAANFAwBORQMAmUUDAORFAwAvRgMAKVUJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAANVEBAD8bAACKGwAA1RsAACAcAABX8gEAQIMAAKrNAADPWwIA+2QJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAAfmIBAMliAQAUYwEAX2MBACXZAQAj6gEAV/IBAKLyAQAESwsAmQwAAPQaAAB5FwYAzLkBAK9zCgDtXAEAOF0BAINdAQDOXQEAGV4BAGReAQCNvQAAGNcBAHJ9AQDMuQEAVUkHAKBJBwDrSQcANkoHAIFKBwDMSgcAzLkBAEV+AACZDAAA5VUBADVRAQBYxAEAzLkBAPtkCQDIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAAl7MAANr3AADZIAYAyyAFAPZcBwDTdwAASroKAI+5AgDLEwMAKUAAACXZAQDTdwAAUG0GAJttBgA4XQEAjb0AAPWCAAB5FwYAzLkBAK9zCgAj6gEAqSIHANfMAQDTdwAA18wBAO1cAQArUQsA03cAAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAAD1ggAAQIMAAKrNAADPWwIAHngAAGl4AAC0eAAA/3gAAEp5AAB2WwEAwVsBAAxcAQBXXAEAolwBAPWCAABAgwAAqs0AAM9bAgAUrgEAcpwAAPWCAABLAAAAKUAAACGeBABxegUAzLkBAGLZAAAAAAAAAAAAAAAAAAC1gwMAVUkHAKBJBwDTdwAAcn0BAOQMAACRWAcAeHYCADQIAABFfgAAmQwAAPQaAAA/GwAAYxUAANv1AQAm9gEAcfYBAKRTCADvUwgAOlQIADtSCQCGUgkAjR0KACwBAAB3AQAAwgEAAA0CAABYAgAAeQUJAMQFCQAPBgkAWgYJAPtkCQBQbQYAm20GADhdAQCNvQAA9YIAAHkXBgBjFQAArhUAAPkVAAD7ZAkAHngAAGl4AAC0eAAA/3gAAEp5AACVeQAAOCcKABboAQDPrgkAOCcKAHRAAADqUAEAyxMDABYUAwAsWQIA9lwHAMGPCQCZDAAApCwCAI29AADqUAEAvogEAHRAAADMuQEAVUkHAG7qAQDXzAEA18wBAOpQAQC+iAQA2vcAAAAAAADMuQEAF7oBAGK6AQCtugEA+LoBAMy5AQA7UgkA7VwBACtRCwDTdwAAcn0BAPQaAABbKAQA9lwHAJcyCQDLIAUAUAgCAMy5AQDUXgkAcXoFALtqBwAj6gEAzLkBAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBABoKgQAbfkCALj5AgAD+gIA/40JAPQaAADlHwoAKUAAACGeBAA1UQEAWMQBAAAAAABjFQAALFkCAHdZAgDCWQIAwWgDAHkXBgDEFwYAHngAAGl4AAC0eAAA/3gAAEp5AAD0pgoAmwgCAOYIAgDqUAEA6lABAFjEAQBjFQAA2/UBAHWEBgBFfgAAI+oBAFfyAQDYQQQAyNYGAPWCAACZDAAAYxUAAK4VAADEHAEA2vcAAK4vBADo9wEAcpwAAHkXBgD1ggAAYxUAAI+5AgD1ggAAAAAAAHF6BQBYxAEA6lABADVRAQDMuQEAF7oBAGK6AQCtugEA+LoBABe6AQDCYQkAI+oBAMy5AQBFfgAAmQwAAPQaAAA/GwAAzLkBABe6AQBiugEArboBAPi6AQAXugEAwmEJACPqAQDMuQEARX4AAJkMAAD0GgAAzLkBAPtkCQDIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAAl7MAAH5iAQDJYgEAFGMBAF9jAQDMuQEARX4AAJkMAAD0GgAAPxsAAGMVAADb9QEAJvYBACxZAgCbmQcA5pkHAOQhCQDlVQEAcXoFAJFYBwDqUAEANVEBAI+5AgARZAMAP5IBANr3AADMuQEA/40JAEqOCQBLAAAASwAAABHJBwAj6gEAKUAAAINlCAB5FwYAzLkBAPtkCQBl2woA6lABAMy5AQAsWQIAm5kHAOaZBwDkIQkA5VUBAHF6BQCRWAcAzLkBAEnbCAAAAAAAmQwAADl6AQCEegEAeHYCAJkMAADtXAEAzLkBAFVJBwCpIgcAu2oHAClAAAAhngQANVEBAPWCAACZDAAAmQwAADl6AQD0GgAAPxsAACGeBABxegUAkVgHAPWCAABAgwAAqs0AAM9bAgDTdwAA6lABACtRCwB4dgIAPYQCAMVBCADawQkAJcIJAHDCCQC7wgkABsMJAFHDCQBVSQcAbuoBALnqAQAE6wEARyIAAKuAAQD2gAEAQYEBAPWCAABAgwAAqs0AAM9bAgAAAAAA03cAACxZAgB3WQIA7+EBAO1cAQDTdwAASroKAFjEAQDv4QEA03cAAHJ9AQC9fQEACH4BAFN+AQCefgEA6X4BADR/AQB/fwEAyn8BABWAAQBggAEAcXoFANr3AABLAAAAlgAAAEEXAgBkVAsAyxMDAOQMAACRWAcARyIAAKuAAQD2gAEARf0IAJD9CABFfgAA7VwBAClAAAAhngQASwAAAO1cAQArUQsAdlELAKuAAQD2gAEARf0IAJD9CACnQAkA9BoAAD8bAACqzQAAz1sCAAAAAADMuQEA18wBACLNAQBtzQEAuM0BAAPOAQBOzgEAmc4BAPWCAABqKwEAQ7sBAI67AQDZuwEAJLwBAG+8AQA9qwgAM8IKALUrAQAALAEASywBAJYsAQDhLAEALC0BAK7XAQD51wEAPasIADPCCgBDuwEAjrsBANm7AQAkvAEAb7wBAO3gBADtXAEAK1ELAHZRCwDBUQsADFILAE8fCgCaHwoAzLkBAFVJBwBkVAsAr1QLAPpUCwBFVQsA7eAEADjhBAAXugEAYroBAK26AQD4ugEAAAAAAE8fCgDMuQEAVUkHAGRUCwCvVAsA+lQLAEVVCwDt4AQAOOEEABe6AQBiugEArboBAPi6AQAXugEAYroBAK26AQD4ugEAjIEBALWDAwAEtQoAT7UKAJq1CgDltQoAMLYKAAAAAABFfgAAkH4AAI+5AgC+iAQA7+EBAH8qCwB5FwYAUAgCAEV+AACQfgAAj7kCAL6IBADv4QEAszILACPqAQBu6gEAoQ4FANkgBgCNvQAAcXoFACPqAQBQCAIA7+EBANN3AAByfQEAvX0BAAh+AQBTfgEAnn4BAOl+AQA0fwEAf38BAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAAAAAARyIAAKuAAQD2gAEAQYEBAEsAAACwwQYAyyAFAClAAACDZQgALFkCAHdZAgDCWQIADVoCAFhaAgCZDAAAzLkBADgnCgAW6AEAz64JANfMAQA2zgoAAAAAAPtkCQCntwoA8rcKAD24CgCIuAoA07gKAB65CgBpuQoAPasIAECDAACqzQAAz1sCAHh2AgAAAAAAcXoFAClAAAB4dgIAcpwAACWOAQBwjgEAu44BAAaPAQBRjwEAV/IBANhBBADMuQEARX4AAJkMAADlVQEANVEBAFjEAQDMuQEATx8KAJofCgA9qwgAAAAAAO1cAQAAAAAARX4AANN3AABQbQYAAAAAAAAAAABFfgAAKUAAAMy5AQCNvQAAGNcBAHJ9AQDMuQEAPasIAAAAAABFfgAA03cAAPZcBwDBjwkAu2oHAAZrBwBRawcAnGsHANfMAQDnawcAMmwHAH1sBwDXzAEAWygEAKYoBADxKAQAMvAKAH3wCgDI8AoAWygEAKYoBADxKAQAMvAKAH3wCgDI8AoA03cAAEq6CgAAAAAAzLkBAFjEAQCjxAEA7sQBAAAAAAApQAAAg2UIACGZCQBsmQkA7+EBAOU+CQAwPwkA1F4JAClAAACDZQgAIZkJAGyZCQDv4QEAOuIBAG7qAQC56gEABOsBAE/rAQCZDAAAoxwEACpyCQC56gEABOsBAE/rAQApQAAAdEAAACPqAQCpIgcAjb0AAAAAAAAj6gEAV/IBALOHAQAHTwQAyyAFAClAAACZDAAA7+EBAFTmAQCf5gEA6uYBADXnAQCA5wEAy+cBAClAAAAW6AEAtqgKAHRAAAAj6gEAqSIHAHF6BQDv4QEAVOYBAHRAAAAj6gEAqSIHAI29AAAAAAAA03cAAOpQAQDLEwMA9BoAACXZAQD1ggAAQIMAAKrNAADPWwIA7+EBAFTmAQB0QAAAI+oBAKkiBwCNvQAA7+EBAFTmAQB0QAAAI+oBAKkiBwDUXgkASwAAALDBBgD1ggAAQIMAAKrNAADPWwIA9YIAAEciAACSIgAAQIMAAFfyAQBjFQAAcpwAAPWCAAD1ggAAQIMAAKrNAADPWwIA03cAAKEOBQDZIAYA9YIAAECDAACqzQAAz1sCAClAAAApQAAAoxwEAO4cBADXzAEAIs0BAG3NAQCDZQgA9YIAAECDAACqzQAAz1sCANr3AADZIAYAKUAAAHRAAADBjwkAeRcGAPWCAABAgwAAqs0AAM9bAgDtXAEA7VwBAEsAAAARyQcA6lABADVRAQApQAAAg2UIAEc3CQBX8gEAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BACPqAQBX8gEAovIBAO3yAQA48wEAg/MBAM7zAQAZ9AEAZPQBAK/0AQBqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAAAAAAPWCAADUXgkA9YIAAECDAACqzQAAz1sCAHkXBgD1ggAAaisBAMPWCwBAgwAAqs0AAM9bAgAAAAAA9YIAAECDAACpIgcAeRcGAG4wBwAsWQIA6lABAMsTAwDlVQEAcXoFAJFYBwD1ggAAQIMAAKrNAADPWwIA18wBAHF6BQC7agcAkH4AAG/wCQDtXAEAOF0BAHKcAADXYgIA0QcJACtRCwBAgwAAqs0AAM9bAgBKugoAWMQBAN4oCAD1ggAAQIMAAKrNAADPWwIAI+oBAFjEAQBFfgAA2vcAANkgBgBjFQAAKUAAAINlCABHNwkAqs0AAM9bAgBxegUAu2oHAClAAAAW6AEARyIAANfMAQBxegUAu2oHAJB+AABv8AkAmQwAAPQaAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEA03cAAHJ9AQC9fQEAESsAANdiAgByfQEApCwCAINlCABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAyNYGALx6BQAHewUAjcUHANjFBwAjxgcAbsYHALnGBwAExwcA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQDLIAUAavoEALX6BADkIQkA5VUBAHF6BQCRWAcA9YIAAECDAACqzQAAz1sCAClAAADTdwAAHngAAFAIAgBxegUALFkCAJuZBwDmmQcARyIAAO1cAQA4XQEAjb0AAPWCAABAgwAAqs0AAM9bAgAhngQAbJ4EAFxkAwDtXAEAK1ELANr3AADZIAYAYxUAAClAAACDZQgAeRcGAPWCAABAgwAAqs0AAM9bAgCZDAAAxooJAEsAAABLAAAAEckHACPqAQApQAAAg2UIAHkXBgDI1gYAvHoFAAd7BQCNxQcA2MUHACPGBwBuxgcAucYHAATHBwD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAO1cAQDtXAEAK1ELAFjEAQC0YQgAUG0GANN3AABBFwIAjBcCANcXAgAiGAIAbRgCALgYAgADGQIAThkCAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAj6gEAbuoBANReCQDqUAEANVEBAF0KAgCoCgIA8woCAHoaAgDFGgIAEBsCAFsbAgCmGwIA8RsCADwcAgCHHAIA0hwCAB0dAgBoHQIAsx0CAP4dAgBJHgIAlB4CAN8eAgAqHwIAdR8CAMAfAgDa9wAA18wBADbOCgBAgwAARyIAAMJhCQAj6gEA2vcAAK4vBADo9wEAg2UIAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQCRWAcAcpwAAGr6BAC1+gQAAPsEAEv7BACW+wQA4fsEANr3AAAl+AAAX7YIAG4wBwBcTQsA2OQGAHKcAADXYgIA6PcBACGeBABxegUAkVgHAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAAAAAANN3AABQbQYARX4AAPWCAAD1ggAAQIMAAKrNAADPWwIAqSIHAMJ4AQA4JwoAWygEANReCQAfXwkAal8JALVfCQAAYAkA9YIAAECDAACqzQAAz1sCAGMVAAApQAAA03cAAOj3AQAhngQAcXoFAJFYBwD1ggAAQIMAAKrNAADPWwIA03cAAEq6CgBjFQAArhUAAMQcAQDkzgEAVKMIANjkBgDcRgoAXQoCAMy5AQD/jQkA+1wCANr3AADXzAEAcXoFAOpQAQBXPQIA03cAAOj3AQAhngQAcXoFAJFYBwDMuQEAPasIAECDAACqzQAAz1sCABe6AQBiugEArboBAPi6AQAAAAAAzLkBAEnbCACU2wgAcpwAACWOAQBwjgEAu44BAAaPAQDo9wEAIZ4EANfMAQDtXAEAK1ELADgnCgBK8AEAlfABAODwAQBbKAQA12ICACJjAgBtYwIAuGMCAANkAgBOZAIAmWQCAORkAgAvZQIAemUCAMVlAgAQZgIAW2YCAKZmAgDxZgIAPGcCAAAAAABFfgAAkH4AAG/wCQC68AkABfEJAFDxCQCb8QkA5vEJAFsoBADXYgIAImMCAG1jAgC4YwIAA2QCAE5kAgBFfgAAmQwAADgnCgAW6AEAcXoFAMy5AQDa9wAAri8EAEq6CgB5BQkAxAUJAA8GCQBaBgkAL88BAIirCADTqwgAu2oHAFjEAQDa9wAA+G8BAMsTAwA5egEA5VUBADVRAQBYxAEAzLkBAFVJBwCgSQcAKUAAAEV+AAAj6gEANlcJAPWCAADLIAUAvZwAAAsgAgBBFwIAV/IBANhBBADMuQEA+2QJAEq6CgB5FwYAzLkBAHkFCQDEBQkADwYJAFoGCQBFfgAAmQwAAPQaAABJ2wgAlNsIAIBRAQDLUQEAFlIBAGFSAQCsUgEAk2sBAHF6BQC8egUAB3sFAI3FBwDYxQcAI8YHAG7GBwC5xgcAEWQDAFxkAwCnZAMA8mQDAD1lAwCIZQMAeRcGAMy5AQD7ZAkASroKAHkXBgDMuQEAeQUJAMQFCQAPBgkAWgYJAEV+AACZDAAA9BoAAP+NCQD7XAIARl0CAJFdAgDcXQIAJ14CAEtgCQCWYAkA4WAJACxhCQB3YQkASroKAI+5AgBynAAAeHYCAIdDCABDwwgAjsMIANnDCAAkxAgAb8QIALrECABfeAoAQIMAAKrNAADPWwIAzLkBAHF6BQC7agcAKUAAAMy5AQBxegUARyIAAMy5AQDXzAEAcXoFALtqBwCQfgAAb/AJAFVJBwBu6gEANBUCAH8VAgCDZQgAzmUIABlmCAApQAAAzLkBADgnCgAW6AEAz64JAPtkCQC78wUAeRcGAMy5AQCNvQAA6lABAL6IBAB0QAAAzLkBAHF6BQAsWQIAm5kHAOaZBwBHIgAA7VwBADhdAQD/jQkASo4JAJWOCQDgjgkAoxwEACpyCQB1cgkAdjcHAMy5AQCNvQAA6lABAL6IBAB0QAAAzLkBAHF6BQAsWQIAm5kHAOaZBwBHIgAA7VwBADhdAQDa9wAAP5IBAIqSAQDVkgEAIJMBAGuTAQC2kwEA1F4JAMy5AQCNvQAA6lABAL6IBAB0QAAAzLkBAHF6BQAsWQIAm5kHAOaZBwBHIgAA7VwBADhdAQA2VwkAgVcJACxZAgDqUAEAeRcGAPWCAACNvQAA6lABAL6IBAB0QAAAzLkBAHF6BQAsWQIAm5kHAOaZBwBHIgAA7VwBADhdAQDqUAEAVz0CAMy5AQA7UgkAEckHAOpQAQA1UQEAKUAAAINlCABHNwkAzLkBADZXCQD1ggAAQIMAAFfyAQCi8gEA7fIBADjzAQCD8wEAzvMBABn0AQBQCAIAmwgCAHkXBgDMuQEA+2QJAOj3AQAQ7wAAW+8AANdiAgDRBwkAHAgJANT0CQAf9QkAavUJALX1CQAA9gkAS/YJAJb2CQDh9gkALPcJAHf3CQDC9wkADfgJAFj4CQCj+AkA7vgJADn5CQCE+QkAz/kJABr6CQBl+gkAsPoJAPv6CQBG+wkAkfsJANz7CQAn/AkAcvwJAL38CQAI/QkAU/0JAJ79CQDp/QkANP4JAH/+CQDK/gkAFf8JAGD/CQDqUAEANVEBAF0KAgCoCgIA8woCAPibAgBDnAIAjpwCANmcAgAknQIAb50CALqdAgAFngIAUJ4CAJueAgDmngIAMZ8CAHyfAgA2VwkAxBcGAID8CgDL/AoA18wBANN3AAByfQEA9BoAAP+NCQD7XAIAhyQJANIkCQAdJQkAaCUJAMy5AQBJ2wgA5hAJADERCQD/jQkA7o4KADmPCgBBFwIAKUAAACGeBAA1UQEAWMQBAMy5AQBFfgAAW9ABAEV+AAApQAAAKUAAACGeBAA1UQEAWMQBAMy5AQA2VwkAyNYGAI29AABJ2wgAlNsIAN/bCABVSQcAoEkHAGspAgAWIQUALFkCAJuZBwDmmQcA1F4JAMy5AQDa9wAAJfgAAF+2CADTdwAAu/MFAG4wBwA1UQEAWMQBAMy5AQBVSQcAoEkHANhBBAAjQgQAbkIEAM6WBABJ2wgA5hAJADERCQDtXAEAOF0BAN7iAgAp4wIAdOMCAL/jAgAK5AIAVeQCADgnCgB0QAAAv0AAAAzTAgBX0wIAotMCAO3TAgByfQEA9BoAAOUfCgDMuQEASdsIAJTbCADf2wgA2vcAANkgBgAkIQYAJfgAACPqAQBJ2wgA5hAJADERCQBJ2wgAlNsIAN/bCAAB5wgATOcIAJfnCAA7UgkA/R8BAEggAQAJhAkAVIQJAJ+ECQDqhAkAzLkBAHF6BQBHIgAAzLkBAP+NCQDujgoAOY8KAEEXAgApQAAAIZ4EADVRAQBYxAEAzLkBAEV+AADcWAcAJ1kHAHJZBwC9WQcACFoHAFNaBwCeWgcA6VoHADgnCgAW6AEAz64JAP+NCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAAD7ZAkA6PcBAHF6BQCRWAcAzLkBAP+NCQDkDAAA8PkGADv6BgCG+gYA0foGAMy5AQBLAAAAKUAAACGeBAA1UQEAWMQBAMy5AQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEAG35AgC4+QIAkgsIAN0LCABxegUAkVgHAMy5AQBFfgAAkH4AAI+5AgAUrgEAzLkBADZXCQDI1gYA2vcAAK4vBADqUAEANVEBAMy5AQD/jQkA5AwAAPD5BgA7+gYAhvoGANH6BgDMuQEAu2oHAAZrBwBRawcAnGsHAOdrBwAybAcAfWwHAMhsBwATbQcAXm0HAKltBwD0bQcAP24HAIpuBwDVbgcAIG8HAGtvBwC2bwcA/40JAPQaAAA/GwAAihsAANUbAAAgHAAAeHYCAJkMAADMuQEAOCcKAHRAAAC/QAAACkEAAFVBAACgQQAA60EAADZCAACBQgAAzEIAABdDAABDwwgAjsMIAGMVAACPuQIANVEBAFjEAQDMuQEAcXoFAJFYBwDMuQEAm1sJAMGPCQCZDAAA7VwBADhdAQBynAAA12ICANEHCQAcCAkAAAAAAO1cAQCZDAAApCwCAO8sAgDo9wEAg2UIAMJ4AQAAAAAAAAAAAAAAAAAAAAAAAAAAADdsAgCCbAIAwngBAAAAAAA3bAIAgmwCAH1xAgCmKAQA6P8IADMACQB+AAkAyQAJABQBCQBfAQkAqgEJAPUBCQDQDgMAGw8DAGYPAwCxDwMA/A8DAEcQAwCSEAMA3RADACgRAwBzEQMAvhEDAAkSAwBUEgMAnxIDAOoSAwDxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgBO+gIAmfoCAOT6AgAv+wIAevsCAMX7AgAQ/AIAW/wCAKb8AgDx/AIAPP0CABIxCABdMQgAqDEIAPMxCAA+MggAiTIIANQyCAAfMwgAajMIALUzCAAANAgASzQIAJY0CADhNAgALDUIAHc1CADCNQgAWMQBAHh2AgBynAAAJY4BAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIA18wBANN3AACZDAAAKx0DAHYdAwArUQsAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BABt5AgCUSgMA30oDACpLAwB1SwMAwEsDAAtMAwBWTAMAoUwDAOxMAwA3TQMATvoCAJn6AgAXugEAYroBAK26AQD4ugEA7oYDADmHAwCEhwMAz4cDABqIAwBliAMAsIgDAPuIAwBGiQMAPasIADPCCgC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAjb0AAPZcBwDqUAEAVz0CACtRCwBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEALMqBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBABoKgQAbfkCALj5AgAD+gIAuSMFAAQkBQBPJAUAmiQFAOUkBQAwJQUA+1wCAEZdAgBynAAASwAAAOY0AwDv4QEADxMLAFoTCwC1KwEAACwBAEssAQCWLAEA4SwBACwtAQCZDAAA7+EBAOsYCwDXYgIAImMCAG1jAgC4YwIAA2QCAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgBjFQAArhUAAI29AAD1ggAAQIMAAKrNAADPWwIANhkLAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAeRcGAMjWBgD1ggAAmQwAAGMVAACuFQAAxBwBAINlCABqKwEArIYJAMsTAwCkLAIAg2UIAEc3CQCqzQAAz1sCAMy5AQBbKAQA12ICANEHCQAcCAkAZwgJABe6AQBiugEArboBAPi6AQDa9wAASwAAABHJBwAj6gEAKUAAAINlCABHNwkAqs0AAM9bAgDtXAEAwWgDAAxpAwBLAAAAyTYAAO/hAQB/KgsA6lABANfMAQCcEwUAbuoBAEEXAgDUXgkAzLkBAHkFCQDEBQkADwYJAFoGCQDtXAEAOF0BAN7iAgAp4wIA9YIAAHkXBgB4dgIA7VwBADhdAQDe4gIAKeMCAHTjAgC/4wIACuQCAFXkAgA4JwoAdEAAAL9AAAAQ7wAASwAAABHJBwCZDAAApCwCAFjEAQAj6gEAV/IBAJkMAAArHQMAdh0DABDvAADMuQEA+2QJAB54AAB2NwcAwTcHAAw4BwBXOAcAVUkHAKBJBwBrKQIAFiEFACPqAQB5FwYAzLkBAPtkCQC78wUABvQFAFH0BQCc9AUAg2UIAEc3CQDv4QEAzLkBANr3AAD4bwEAyxMDADl6AQDlVQEANVEBAFjEAQDMuQEA+2QJANboBABYxAEA3igIANr3AADMuQEASdsIAL6IBAAJiQQANlcJAPWCAABLAAAAsMEGAGS+CgCvvgoAmQwAAMy5AQBxegUAkVgHAAAAAAAAAAAAeHYCAD2EAgDFQQgAEEIIAFtCCACmQggAPasIAECDAACqzQAAz1sCADgnCgAW6AEAz64JAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAHOiCAC+oggACaMIAIMnCgBHNwkAkjcJAN03CQAoOAkAczgJAL44CQAJOQkAVDkJAJ85CQA2VwkAf3ULAPWCAAA4JwoAFugBAM+uCQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEAG35AgC4+QIAA/oCAE76AgAhngQAbJ4EALeeBAACnwQATZ8EAGRUCwC+iAQAg2UIAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBAAl2QEAcNkBACGeBABsngQAt54EAAKfBABNnwQAmJ8EAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBACzKgQA/ioEAEkrBACUKwQA3ysEAP+NCQD0GgAAPxsAAIobAADVGwAAIBwAAHh2AgAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAIJNAwDNTQMAGE4DAGNOAwCuTgMA+U4DAE76AgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQC7agcAy30CABZ+AgBYNggAzxgJAKkiBwC7agcAKUAAAINlCAA4JwoAFugBAM+uCQCbWwkAwY8JAJkMAAD1ggAAKUAAAI29AABxegUAI+oBAFAIAgDMuQEASdsIAOYQCQAxEQkARX4AAJB+AAAj6gEAV/IBANN3AAAeeAAA9lwHANN3AADXzAEA7VwBAAAAAADMuQEAUAgCAGsxCQA1UQEAXQoCAHh2AgAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMArtcBAPnXAQBbKAQA12ICAOhXCwAzWAsAflgLAKEJCgBalAIA5AwAANr3AADZIAYAEO8AAClAAADMuQEAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAHOiCAC+oggACaMIANReCQCZDAAAKx0DAHYdAwAAAAAAeHYCAN+vBwBAgwAAqs0AAM9bAgBynAAAJY4BAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAragEAECDAACqzQAAz1sCAPZcBwDUXgkAAAAAAAAAAAAAAAAAN2wCAIJsAgDCeAEAAAAAAAAAAAAAAAAAAAAAADdsAgCCbAIAfXECAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgC5IwUABCQFAE8kBQCaJAUA5SQFADAlBQDa9wAAqrsDAPW7AwBAvAMAi7wDAHkXBgDXzAEAzLkBANr3AAAl+AAAX7YIAKq2CAD1tggA2vcAAKq7AwD1uwMAQLwDAIu8AwBynAAAvZwAAAidAABTnQAAnp0AANr3AAA/kgEAkH4AAI+5AgBynAAA12ICAOj3AQAhngQAcXoFAJFYBwCZDAAA9BoAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAbeQIAlEoDAH+UCgCE0gMAz9IDABrTAwBl0wMAsNMDAPvTAwBG1AMAkdQDANzUAwAn1QMActUDAMy5AQDtXAEAwWgDADVRAQBQCAIAzLkBABe6AQBiugEArboBAD1BCQCIQQkA+2QJALvzBQB5FwYAI+oBAFfyAQCZDAAAOXoBAE8fCgBi2QAANfQDAMGPCQCZDAAApCwCAIlRBwDUUQcAH1IHAGpSBwC1UgcAAFMHAEtTBwCWUwcA4VMHACxUBwD7ZAkASroKANReCQDMuQEAcXoFAEciAADMuQEAOCcKAHRAAAC/QAAACkEAAEsAAACwwQYAyyAFAOpQAQDNvwkA2OQGAPWCAAB5FwYAzLkBANr3AACquwMA9bsDAEC8AwCLvAMAVwwGAJtbCQDBjwkAmQwAAKQsAgDa9wAAqrsDAPW7AwBAvAMAi7wDAFcMBgCiDAYA7QwGADgNBgCDDQYAzg0GABkOBgBkDgYA2E4GAMGPCQCZDAAApCwCAMy5AQD2XAcA1F4JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtYMDAACEAwDbOwcAJjwHAHE8BwC8PAcABz0HAFI9BwCdPQcA6D0HADM+BwB+PgcAyT4HABQ/BwBfPwcAqj8HAPU/BwBAQAcAi0AHAE76AgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQC7agcAcXoFALx6BQAHewUAjcUHANjFBwAjxgcAbsYHALnGBwAExwcAzLkBADgnCgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQC7agcAwWgDACXZAQCZDAAAKx0DAHYdAwAl2QEA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAIJNAwDNTQMAGE4DAGNOAwCuTgMA+U4DAE76AgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQC7agcAcXoFALx6BQAHewUAjcUHANjFBwAjxgcAbsYHALnGBwAExwcAzLkBADgnCgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQC7agcATvoCACGeBABsngQAt54EAHkXBgDMuQEAcXoFALtqBwBxegUAvHoFAAd7BQCNxQcA2MUHACPGBwBuxgcAucYHAATHBwDMuQEAOCcKACGeBABsngQAt54EAHkXBgDMuQEAcXoFALtqBwAj6gEAZFQLAFc9AgA4XQEAg10BANReCQAl2QEAcpwAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACNhAwCvcwoARX4AAJB+AADP5AAAGuUAAGXlAACw5QAA++UAAEbmAACR5gAAN+MDAILjAwDN4wMAGOQDAGPkAwCu5AMA+eQDAETlAwCP5QMA2uUDADVRAQBYxAEAzLkBADgnCgAW6AEAcpwAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgDkJgQALycEAHonBADFJwQAECgEAEV+AACQfgAAj7kCABSuAQDMuQEA/40JAOQMAADw+QYAO/oGAIb6BgDR+gYAeHYCANN3AAAUrgEAI+oBAFfyAQApQAAAoxwEAO4cBAD1ggAAmQwAAEsAAACwwQYA+8EGAKrNAABX8gEAAAAAAEV+AAD1ggAAmQwAAKQsAgCDZQgARzcJAKrNAADPWwIAh0MIANJDCAAdRAgAHngAAPZcBwCXMgkAeRcGAMy5AQA4JwoAdEAAAL9AAADa9wAAri8EAPkvBADMuQEAVUkHAKBJBwApQAAAoxwEAO4cBAD1ggAAmQwAAMy5AQA7UgkABlkKAPvBBgDMuQEAVUkHAKBJBwAAAAAARX4AAPWCAACZDAAApCwCAMy5AQDtXAEAwWgDABFkAwD4bwEAeRcGAG4wBwDLEwMAeHYCAHKcAADXYgIAImMCAG1jAgC4YwIAA2QCAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgDa7QoARzcJAKrNAADPWwIAESsAAL2cAAAInQAAU50AAJ6dAADpnQAAeHYCAHKcAADXYgIAImMCAG1jAgC4YwIAA2QCAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgDa7QoARzcJAKrNAADPWwIA9YIAAHkXBgBuMAcAyxMDABErAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgAi+QIAbfkCALj5AgCtqAQA+KgEAEOpBACOqQQA2akEACSqBABvqgQAuqoEAM+zBAAatAQA6P8IADMACQB+AAkAyQAJABQBCQBfAQkAqgEJAPUBCQBYxAEA3igIACkpCADMuQEA+2QJANboBABVSQcAoEkHAJkMAADkDAAAu2oHACPqAQBynAAACEADAFNAAwCeQAMA6UADADRBAwB/QQMAykEDABVCAwBgQgMAq0IDAPZCAwBBQwMAjEMDALOHAQD+hwEASYgBAJSIAQDfiAEAzoQHABmFBwBkhQcAr4UHAPqFBwBFhgcAkIYHANuGBwAmhwcAcYcHALyHBwAHiAcAUogHAJ2IBwDoiAcAM4kHAH6JBwDJiQcAFIoHACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBAD4qAQAQ6kEAI6pBADZqQQAJKoEAG+qBAC6qgQAw3YCAA53AgDP5AAAGuUAAGXlAACw5QAA++UAAEbmAACR5gAAN+MDAILjAwDN4wMAGOQDAGPkAwCu5AMA9BoAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAIJNAwDNTQMAGE4DAGNOAwCuTgMA+U4DADtSCQA3SAgAgkgIAM1ICAAYSQgAY0kIAK5JCAD5SQgAREoIAI9KCADaSggAJUsIAHBLCAC7SwgABkwIAFFMCACcTAgA50wIADJNCAB9TQgAyE0IABNOCABeTggAy30CABZ+AgBYNggAzxgJAKkiBwC7agcAKUAAAINlCAA4JwoAFugBAM+uCQCbWwkAwY8JAJkMAACHQwgA0kMIANhBBAAjQgQAbkIEAM6WBAD/jQkA9BoAAD8bAACKGwAA1RsAACAcAABrHAAAjb0AAPWCAABjFQAAKUAAAMy5AQD7ZAkAjb0AABjXAQApQAAAzLkBAI29AAAY1wEAcn0BAMy5AQB5BQkAxAUJAA8GCQBaBgkAO1IJABHJBwCZDAAAOXoBAOVVAQDXzAEA7VwBACtRCwA4JwoAFugBAM+uCQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAc6IIAL6iCAAJowgAOCcKAHRAAAC/QAAAVUkHAKBJBwDYQQQAI0IEAG5CBADOlgQA/40JAPQaAAA/GwAAihsAANUbAAAgHAAAYtkAAOlnCQAWFAMAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCACHXBwCU2wgA39sIANfMAQCcEwUA5xMFADIUBQB9FAUAYxUAAMy5AQD/jQkA7o4KADmPCgDo9wEA6lABABFkAwDZIAYAcXoFALtqBwApQAAAg2UIAEc3CQCqzQAAz1sCAKWpCwAhngQAbJ4EALeeBAACnwQATZ8EAJifBAB9AggAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBACzKgQA/ioEAEkrBACUKwQA3ysEAP+NCQD0GgAAPxsAAIobAADVGwAA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQDLfQIAFn4CAFg2CACjNggA7jYIADk3CACENwgAzzcIABe6AQDY5AYAI+UGAG7lBgBxegUAI+oBAMy5AQA2VwkAgVcJACPqAQBX8gEAaykCAClAAAAW6AEAI+oBANReCQDMuQEAwngBAEV+AACQfgAAj7kCABSuAQAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAIJNAwDNTQMAGE4DAGNOAwCuTgMA+U4DABEzBwAXSwcABU4HAFBOBwCbTgcA5k4HAE76AgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQC7agcAcXoFALx6BQAHewUAjcUHANjFBwAjxgcAbsYHALnGBwAExwcAzLkBADgnCgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQC7agcAKUAAACGeBABsngQAt54EAAKfBABNnwQAmJ8EAOOfBAAuoAQAeaAEAMSgBABP4QsAmuELAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAE76AgAhngQAbJ4EALeeBAACnwQATZ8EAOQhCQD0GgAAmm8FACtRCwDLIAUAKUAAACGeBABxegUAkVgHAClAAAAhngQAbJ4EALeeBAACnwQATZ8EAJifBADjnwQALqAEAHmgBADEoAQA9YIAAECDAACqzQAAz1sCAO7EAQAhngQAbJ4EALeeBAACnwQATZ8EAJifBADjnwQAjqQJANmkCQAkpQkAb6UJALqlCQAFpgkAUKYJAOQMAADw+QYAO/oGAIb6BgDR+gYAFugBALx6BQAHewUAUnsFAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAeHYCAN+vBwBAgwAAqs0AAM9bAgBjFQAArhUAAAGPBgBMjwYAl48GAOKPBgAtkAYAeJAGAG7qAQAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAAAAAAMy5AQDXzAEAIs0BAEciAABHIgAAkiIAAECDAABkVAsANVEBAFjEAQDMuQEAOCcKACGeBABsngQAt54EAHkXBgDMuQEAcXoFALtqBwApQAAAzLkBAPtkCQBHIgAAKUAAAINlCABHNwkAzLkBADgnCgAhngQAbJ4EALeeBAACnwQATZ8EAJifBAB9AggAJpQJAHKcAABynAAAavoEALX6BAAA+wQAS/sEANhBBADMuQEA+2QJAEciAAApQAAAg2UIAEc3CQD/jQkA9BoAAJpvBQArUQsAyyAFAClAAAAhngQAcXoFAJFYBwDMuQEAPasIAECDAACqzQAAz1sCAFqUAgD7OAgARjkIAJE5CADcOQgAJzoIAHI6CACT7wQA3u8EACnwBAB08AQAv/AEAArxBABV8QQAoPEEAOvxBAA28gQAAwcFAE4HBQCZBwUA5AcFAC8IBQB6CAUARX4AACPqAQAj6gEAV/IBAGMVAAApQAAAzLkBADgnCgAW6AEAvHoFABHJBwDtXAEAOF0BAINdAQDUXgkAeHYCAAAAAADMuQEAOCcKAErwAQCV8AEA4PABAKEJCgD/jQkASo4JAOpQAQC+iAQA03cAANfMAQDtXAEAK1ELAP+NCQD0GgAAPxsAAIobAADVGwAAIBwAAF7KBADMuQEAF7oBAMJhCQANYgkAWGIJADgnCgAhngQAbJ4EALeeBAACnwQATZ8EAJifBAB4dgIAy30CABZ+AgBYNggA+2QJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQArUQsA/40JAPQaAAA/GwAAihsAANUbAAAgHAAA2vcAAAAAAABLAAAAcpwAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBABAgwAAqs0AAM9bAgAj6gEAqSIHALZdCgCbCAIAQIMAAEPDCACOwwgAI+oBAFfyAQDTdwAAHngAAPZcBwDTdwAA18wBAO1cAQArUQsA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQCQfgAAYxUAANReCQB4dgIAKUAAAHKcAABLAAAAcpwAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAEciAACrgAEA9oABAEGBAQBynAAAJY4BAPhQAgD29wIAI+oBAFfyAQCi8gEABEsLAJkMAAD0GgAANFsHAH9bBwDKWwcAFVwHAGBcBwCrXAcA+KgEAEOpBACOqQQA2akEACSqBABvqgQAuqoEAFqUAgDkDAAA8PkGADv6BgCG+gYA0foGAMy5AQA9qwgAQIMAAKrNAADPWwIAT+ELAJrhCwDl4QsAMOILAHviCwDG4gsAEeMLAFzjCwCn4wsA8uMLAD3kCwCI5AsAZg8DALEPAwD8DwMARxADAJIQAwDdEAMAKBEDAHMRAwCbWwkAwY8JAJkMAADXzAEAnBMFAOcTBQAyFAUAfRQFAMgUBQDkIQkAP2YAACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQDTdwAARyIAAFAIAgDjNQUAs4cBAJkMAAARKwAAJY4BAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAragEAECDAACqzQAAz1sCAGMVAAC3sAEAsksCAP1LAgBITAIAk0wCAKkiBwBHIgAAI+oBAFfyAQApQAAAoxwEAO4cBAD1ggAAmQwAAPQaAABqKwEAtSsBAAAsAQC8lAkAB5UJAFKVCQDMuQEA2vcAAK4vBADUXgkAzLkBAHkFCQDEBQkADwYJAFoGCQDXzAEANs4KAPtkCQAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAWygEAKYoBADo/wgAMwAJAH4ACQDJAAkAFAEJAF8BCQCqAQkA9QEJAEACCQCLAgkAPasIAJkMAACkLAIA7ywCANfMAQDtXAEAwWgDAMsTAwBb0AEAlzIJADgnCgAW6AEAz64JAEnbCABLAAAAHngAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBABAgwAAqs0AAM9bAgDDdgIADncCAM/kAAAa5QAAZeUAALDlAAD75QAARuYAAJHmAADXzAEAcXoFAHF6BQApQAAAmQwAAKQsAgCjHAQAKnIJAGXbCgDMuQEAF7oBACPqAQCpIgcA2vcAAMy5AQDCeAEAYtkAAHh2AgAbeQIAvZwAAAidAABTnQAAnp0AAOmdAAA0ngAAm1sJAOZbCQAxXAkAfFwJAFVJBwBDwwgAjsMIAMy5AQBxegUAu2oHAClAAADMuQEAcXoFAEciAADMuQEA+2QJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQArUQsA18wBAJwTBQDnEwUAMhQFAH0UBQDIFAUA5CEJAMy5AQA4JwoAFugBAM+uCQA4JwoA03cAAFBtBgBQCAIAzLkBADgnCgBKugoA1F4JAMy5AQBxegUARyIAAMy5AQA4JwoAdEAAAL9AAAAKQQAAVUEAAPWCAAB5FwYAzLkBANfMAQCcEwUA5xMFADIUBQB9FAUAyBQFAO1cAQDTdwAAcn0BAKQsAgAhngQAcpwAAJkMAAD0GgAA03cAAEEXAgBynAAA9lwHAO/hAQAPEwsAWhMLALUrAQAALAEASywBAJYsAQDhLAEALC0BAJkMAADv4QEA6xgLADYZCwD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBABAgwAAqs0AAM9bAgAAAAAASwAAALDBBgBkvgoAmQwAAPQaAADTdwAAQRcCAHKcAAD2XAcASwAAAH3bAQDv4QEADxMLAFoTCwC1KwEAACwBAEssAQCWLAEA4SwBACwtAQCZDAAA7+EBAOsYCwA2GQsA+FACAPb3AgBB+AIAjPgCANf4AgAi+QIAbfkCALj5AgCtqAQAQIMAAKrNAADPWwIAeHYCAClAAACjHAQAKnIJADQVAgCZDAAASwAAABHJBwAj6gEAKUAAAHh2AgApQAAAoxwEACpyCQA0FQIAmQwAAEsAAAARyQcAI+oBAClAAAB4dgIA368HAECDAACqzQAAz1sCAO1cAQDBaAMALFkCAOpQAQA1UQEAWMQBAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgAi+QIAbfkCALj5AgCSCwgA9BoAAD8bAACqzQAAz1sCACXZAQBw2QEAoxwEACpyCQA0FQIAmQwAAEsAAAARyQcAI+oBAClAAADv4QEA6xgLADYZCwD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBABAgwAAqs0AAM9bAgBP4QsAmuELAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAD2rCABAgwAAqs0AAM9bAgCwXAIA12ICAOhXCwAzWAsAflgLAMlYCwAUWQsAX1kLAKpZCwD1WQsAKsIEAHXCBADAwgQAC8MEAFbDBAChwwQA7MMEAHh2AgAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAE76AgAhngQAbJ4EALeeBAACnwQATZ8EAJifBAB9AggAWygEANdiAgDoVwsAM1gLAH5YCwDJWAsAFFkLAF9ZCwCqWQsA9VkLABt5AgCUSgMA30oDACpLAwB1SwMAwEsDAAtMAwApQAAAIZ4EAGyeBAC3ngQAAp8EAE2fBACYnwQA458EAC6gBAB5oAQAxKAEAMt9AgD1ggAAjb0AAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgAi+QIAbfkCALj5AgCtqAQAQIMAAKrNAADPWwIAkVgHAK4VAABNbggAmG4IANN3AAAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAK1ELAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAmQwAAD9mAAAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAK1ELAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAy30CABZ+AgBYNggA+2QJAFBtBgDBaAMALFkCAJuZBwB5BQkAxAUJAE1uCACYbggAmQwAAMy5AQAXugEAwmEJAA1iCQBYYgkAo2IJAEnbCACU2wgA39sIANReCQBxegUAu2oHACPqAQDMuQEAWygEAL2cAABFfgAAmQwAAKQsAgCDZQgAzLkBAHkFCQDEBQkATW4IAJhuCAD7ZAkALFkCAHdZAgDqUAEAVz0CANN3AADXzAEA7VwBAHF6BQBynAAAcpwAAGr6BAC1+gQAAPsEAEv7BADYQQQAzLkBAI29AAD2XAcA6lABAFc9AgArUQsAPasIAJkMAACkLAIA7ywCANfMAQDtXAEAwWgDAMsTAwBb0AEA6lABADVRAQBYxAEAzLkBAPtkCQDW6AQAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgBO+gIAmfoCAOT6AgAv+wIAKx0DAHYdAwBXDAYAogwGAO0MBgA4DQYAgw0GAM4NBgA4JwoAcpwAAEsAAAAAAAAA6lABAEsAAADMuQEAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgBO+gIAmfoCAOT6AgA4JwoAdEAAAL9AAACbWwkAwY8JAJkMAACkLAIAOCcKACGeBABsngQAt54EAAKfBABNnwQAmJ8EAH0CCADIAggAEwMIAEO7AQDqUAEAI+oBAFfyAQBxegUAvHoFAAd7BQBSewUAzLkBADgnCgBynAAASwAAAMy5AQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEAG35AgC4+QIAA/oCAI29AADqUAEAvogEAHRAAADMuQEAm1sJAMGPCQCZDAAApCwCAMy5AQB5FwYAxBcGAGXbCgApQAAAIZ4EACxZAgCbmQcA/40JAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAACzvAgB37wIAwu8CAEV+AACQfgAAz+QAACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQArUQsAcXoFACPqAQDMuQEANlcJAMjWBgD1ggAAmQwAAMy5AQB5BQkAxAUJAA8GCQBaBgkAL88BADPCCgCshgkAyxMDAHkXBgCZDAAAzLkBAP+NCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAAAs7wIAd+8CAMLvAgBFfgAAkH4AAM/kAAAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAK1ELAHF6BQAj6gEAzLkBADZXCQDI1gYA9YIAAJkMAADMuQEAeQUJAMQFCQAPBgkAWgYJAC/PAQAzwgoArIYJAMsTAwDMuQEA/40JAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAACzvAgB37wIAwu8CAEV+AACQfgAAz+QAACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQArUQsAcXoFACPqAQDMuQEANlcJAMjWBgD1ggAAmQwAAMy5AQB5BQkAxAUJAA8GCQBaBgkAL88BADPCCgCshgkAyxMDAAAAAADTdwAAUG0GAJttBgDBaAMAeHYCACPqAQBkVAsANVEBAFjEAQDeKAgAQIMAAKrNAADPWwIAy30CABZ+AgBYNggAozYIAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAAPtkCQAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEA9YIAANr3AABynAAA12ICAB54AAD2XAcAlzIJAJkMAAD0GgAAPxsAAIobAADVGwAAIBwAAFfyAQBAgwAAqs0AAM9bAgCzhwEAmQwAAHh2AgBalAIA+zgIAEY5CACROQgA3DkIACc6CAByOggAoQkKABt5AgCUSgMA30oDACpLAwB1SwMAwEsDAAtMAwBzoggAvqIIACGeBABsngQAt54EAAKfBABNnwQAmJ8EAH0CCAA4JwoAFugBAHkXBgD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAL57AgB0QAAAv0AAAL6vCgAJsAoASdsIAOYQCQAxEQkAeQUJAMQFCQD5FQAA+2QJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQArUQsAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgD7ZAkA6PcBAJIYCgB0QAAA6lABAMsTAwAWFAMA2vcAACX4AADa9wAA2SAGAGMVAADtXAEAwWgDAAxpAwCWzwMAcpwAAO/hAQDrGAsANhkLAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAragEAECDAACqzQAAz1sCAH8qCwD0GgAAPxsAAIobAADVGwAAIBwAAHkXBgD1ggAA03cAALvzBQB4dgIAyNYGAI29AABjFQAAeHYCAPZcBwDBjwkAmQwAAKQsAgDtXAEAOF0BAAV6CABQeggAm3oIAOZ6CACwwQYA+8EGAKrNAADPWwIA2vcAAK4vBABBFwIAUAgCAJsIAgB5FwYAzLkBADZXCQD1ggAA03cAAJtbCQDmWwkAMVwJAHxcCQDHXAkAEl0JAF1dCQCoXQkASQcKAEq6CgB5FwYAzLkBAEnbCADmEAkAMREJAO5iCQCBVwkAyxMDAD9mAADXzAEA7VwBACtRCwB5FwYAzLkBAEV+AACQfgAAKUAAACGeBABXPQIAzLkBADgnCgAhngQAbJ4EALeeBAB5FwYAzLkBAFVJBwCgSQcAKUAAAKMcBAD2XAcAwY8JAJkMAACkLAIA7ywCACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQBynAAAAAAAAO1cAQB4dgIAy30CABZ+AgBYNggAm1sJAMGPCQCZDAAApCwCAJkMAADMuQEA+2QJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQArUQsASdsIAJTbCADf2wgAAecIAEznCACX5wgAO1IJABHJBwBcyQcAw3YCAA53AgDP5AAAGuUAAGXlAACw5QAA++UAAEbmAACR5gAAN+MDACPqAQBX8gEA03cAAOj3AQCDZQgA/40JAPQaAACZDAAAOXoBAOVVAQBxegUA7VwBAO1cAQDMuQEAm1sJAMGPCQCZDAAApCwCAGLZAADpZwkAtYMDADgnCgCjHAQA7hwEAPWCAAB5FwYAzLkBABe6AQDCYQkAI+oBAMy5AQAAAAAARX4AAPWCAABAgwAA1F4JAMy5AQAXugEAYroBAK26AQD4ugEAYxUAAK4VAABNbggAmG4IAJkMAABHIgAAq4ABAPaAAQBBgQEA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAbeQIAlEoDAOj/CAAzAAkAfgAJAMkACQAUAQkAXwEJAKoBCQD1AQkAVUkHAKBJBwDTdwAAHngAAPZcBwDMuQEA+2QJAEq6CgDUXgkAzLkBAFsoBACmKAQA8SgEADLwCgB98AoAHngAAHY3BwDMuQEAO1IJABHJBwDqUAEANVEBAOj3AQCZDAAAeHYCAMt9AgAWfgIAWDYIAKM2CAD0GgAAPxsAAIobAADVGwAAIBwAAF7KBADMuQEA+2QJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQArUQsAF7oBAMJhCQAj6gEAzLkBAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBABoKgQAbfkCAJkMAAD0GgAAPxsAAIobAADVGwAAIBwAAF7KBACpygQAPxsAAKrNAADPWwIA9BoAAD8bAACqzQAAz1sCAE/hCwCa4QsA30oDACpLAwB1SwMAwEsDAAtMAwBWTAMAoUwDAOxMAwAl2QEAI+oBAFfyAQCi8gEABEsLAJkMAAD0GgAAGq8JANv1AQB1hAYAwIQGAMy5AQD/jQkA9BoAAD8bAACKGwAA1RsAAHKcAABQCAIA9lwHAMGPCQC7agcAmQwAAPQaAAAl2QEAeRcGACPqAQBkVAsALFkCAJuZBwDmmQcA7+EBAA8TCwBAgwAAqs0AAM9bAgDyQAkA7+EBAGMVAAD1ggAAKUAAAI29AABxegUAI+oBAFAIAgCbCAIAQIMAAKrNAADPWwIAT+ELAJrhCwClyAoA8MgKADvJCgAAAAAAAAAAAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAeHYCABt5AgCUSgMA30oDACpLAwB1SwMAwEsDAAtMAwBWTAMAoUwDAOxMAwA3TQMAgk0DAM1NAwAYTgMAY04DAK5OAwD5TgMAOCcKAHRAAAC/QAAAPasIAIirCAB5FwYASwAAABHJBwDqUAEANVEBAClAAADMuQEARX4AACPqAQDtXAEAeHYCADQIAAD2XAcAQV0HAIxdBwBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAc6IIAL6iCAAJowgAOCcKAHRAAAC/QAAADNMCAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHADZXCQDEFwYA9YIAANr3AAAl+AAADNMCAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHADZXCQDEFwYA9YIAANr3AAAl+AAAcPgAAMy5AQBVSQcAQ8MIAI7DCABjFQAAj7kCADVRAQBYxAEA9YIAAECDAADa9wAA+G8BAMsTAwA5egEA5VUBAHF6BQCRWAcAzLkBADZXCQD1ggAAYxUAAI+5AgD1ggAAeRcGAMy5AQCNvQAA9lwHAOpQAQBXPQIAK1ELADgnCgCjHAQA1F4JAOpQAQA1UQEAWMQBAMy5AQA4JwoAFugBAM+uCQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAc6IIAL6iCAAJowgAOCcKAHRAAAC/QAAADNMCAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHADZXCQDEFwYA9YIAANr3AAAl+AAANlcJAH91CwDKdQsAFXYLAGB2CwCrdgsA9nYLAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBAAUqQYAcXoFAHKcAABQCAIAmwgCAECDAABX8gEAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BANdDAwDzXQkAPl4JAIleCQBrxwkA9lwHAOpQAQBXPQIAK1ELABe6AQCSIgAAKUAAAHKcAAD2XAcA6lABADVRAQBYxAEAzLkBAP+NCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAAD7ZAkAZdsKAOpQAQDMuQEALFkCAJuZBwDmmQcA5CEJAOVVAQBxegUA6lABAFc9AgArUQsAYxUAAK4VAADEHAEARyIAAMJhCQANYgkAWGIJAKNiCQC68AkAQIMAAKrNAADPWwIAwngBAO9yBwA6cwcAhXMHANBzBwAbdAcAZnQHAAAAAAA3bAIAgmwCAHkFCQDEBQkA+RUAACcBBQByAQUAoHUIAOt1CAA2dggAF7oBANjkBgAj5QYAbuUGAHF6BQAj6gEAzLkBADZXCQCBVwkAI+oBAFfyAQBrKQIAKUAAABboAQAj6gEAPasIAIirCADTqwgAHqwIAGmsCAAAAAAALFkCAHdZAgBBFwIAAAAAACPqAQBDwwgAjsMIAAAAAAB5FwYAyNYGABPXBgBe1wYAqdcGAPTXBgCg/gYA6/4GADb/BgCB/wYAcpwAAFAIAgCbCAIAKUAAAGMVAACuFQAAxBwBAEciAADCYQkADWIJAFhiCQCjYgkAuvAJAECDAACqzQAAz1sCAO/hAQB/KgsA5AwAAPD5BgClBgkA2OQGANxGCgBdCgIAzLkBAPtkCQDW6AQALFkCAHdZAgDCWQIAwWgDAHkXBgDMuQEANlcJAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHAD2rCACIqwgALFkCAOpQAQAj6gEAqSIHAJFYBwDa9wAA2SAGAGMVAACNvQAAcXoFACPqAQBQCAIAazEJADVRAQBYxAEAzLkBAFsoBACmKAQA8SgEADLwCgB98AoAyPAKABPxCgBe8QoAqfEKAMy5AQBVSQcAQ8MIAI7DCADZwwgAJMQIAG/ECAC6xAgA/40JAO6OCgCjHAQAKnIJAOj3AQCDZQgAWMQBAMy5AQBJ2wgA5hAJADERCQA9qwgA6lABAL6IBAB0QAAAv0AAAL6vCgDMuQEAeQUJAMQFCQAPBgkAWgYJAFVJBwBDwwgAjsMIAGMVAACPuQIANVEBAFjEAQDMuQEAcXoFACPqAQDMuQEA2vcAAPhvAQDLEwMAESsAACWOAQD4UAIARyIAANjkBgBYxAEARX4AACPqAQBX8gEAI+oBAFfyAQDTdwAA6PcBAINlCAA2VwkAyNYGABPXBgBe1wYAqdcGAPTXBgD2EQcAO1IJAP0fAQBIIAEALFkCAOpQAQB5FwYA9YIAAHF6BQBxegUAKUAAAO1cAQArUQsAmQwAADl6AQDMuQEANlcJAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHAHkFCQDEBQkADwYJAFoGCQClBgkA8AYJADsHCQCGBwkANlcJAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHAD2rCACIqwgAeRcGAEsAAAARyQcA6lABADVRAQDLIAUAFiEFAGEhBQCsIQUA9yEFAEIiBQCNIgUA2CIFACMjBQBuIwUA6lABANN3AABQbQYAzLkBADgnCgBynAAASwAAAHh2AgCqwwoAzLkBAK9zCgBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAYtkAAAAAAAC1gwMABLUKAMJhCQAj6gEAKUAAACGeBAAsWQIAm5kHAJpvBQDUXgkAzLkBAFVJBwCgSQcA60kHADZKBwCBSgcAzEoHAMy5AQBJ2wgAG3kCAJRKAwDfSgMAKksDAHVLAwDASwMAC0wDAFZMAwChTAMA7EwDADdNAwCCTQMAzU0DABhOAwBjTgMArk4DAPlOAwDXQwMAyyAFABYhBQBhIQUArCEFAPchBQBCIgUAjSIFANgiBQAjIwUAbiMFAMt9AgAWfgIAgLYFAK9zCgD1ggAAaisBAKyGCQDLEwMApCwCACGeBAA1UQEAWMQBAMy5AQA2VwkAyNYGANr3AACuLwQA6lABACPqAQBX8gEAovIBAARLCwCZDAAA9BoAAMJ4AQApQAAAcpwAAEsAAAB4dgIAAAAAAO1cAQCZDAAAeHYCAAAAAABFfgAAkH4AAI+5AgAUrgEAeHYCAAAAAADXzAEA7VwBACtRCwA4JwoAFugBAM+uCQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAc6IIAL6iCAAJowgAOCcKAHKcAABLAAAAeHYCAAAAAADtXAEAmQwAAHh2AgAAAAAA/40JADl6AQCEegEAeHYCAAAAAABjFQAAYxUAAPWCAADLIAUAKUAAACGeBABxegUAkVgHAMy5AQBVSQcAoEkHAOtJBwA2SgcAgUoHAMxKBwAAAAAAKUAAAClAAABLAAAAcpwAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAMyvCwARyQcAXMkHAKfJBwBi2QAANfQDAMGPCQCZDAAApCwCAE8fCgBVSQcAoEkHANN3AAAeeAAA9lwHAMy5AQA2VwkAxBcGAID8CgDL/AoA18wBANN3AAByfQEA9BoAAP+NCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAAD7ZAkA6PcBAEV+AADtXAEAeRcGAMy5AQB5BQkAxAUJAA8GCQBaBgkAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAHOiCAC+oggACaMIACPqAQBX8gEAovIBAARLCwCZDAAA9BoAAPWCAABAgwAAqs0AAM9bAgD1ggAAQIMAAKrNAADFqwcAEKwHAPkVAAAAAAAAAAAAAAAAAAA3bAIAgmwCAH1xAgCmKAQA8SgEADwpBACHKQQA0ikEAB0qBABoKgQAbfkCALj5AgAD+gIAuSMFAAQkBQBPJAUAmiQFAOUkBQAwJQUAAAAAAAAAAAA3bAIAgmwCAH1xAgCmKAQA8SgEADwpBACHKQQA0ikEAB0qBABoKgQAbfkCALj5AgAD+gIAuSMFAAQkBQBPJAUAmiQFAOUkBQAwJQUAjb0AAOpQAQA1UQEA9YIAAECDAACqzQAAz1sCAAAAAAAAAAAAAAAAAAAAAAAAAAAAYxUAAPWCAAApQAAA7+EBAOsYCwA2GQsA+FACAPb3AgBB+AIAjPgCANf4AgDa7QoAJe4KAHDuCgC77goABu8KAFHvCgCc7woA5+8KABt5AgCUSgMA30oDACpLAwB1SwMAwEsDAAtMAwBWTAMAoUwDAOxMAwA3TQMAgk0DAM1NAwAYTgMAY04DAK5OAwD5TgMAYtkAAHF6BQCZDAAAzLkBAD2rCABAgwAAqs0AAM9bAgAAAAAAAAAAAAAAAACDZQgAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQDCLQEAAAAAAAAAAAAAAAAAaisBAKyGCQBxegUAkVgHAMy5AQBVSQcAoEkHAOtJBwA2SgcAgUoHAAAAAAD1ggAAQIMAANfMAQDqUAEANVEBAF0KAgB/dQsAkH4AAFjEAQCZDAAAP2YAAMivAABHIgAA18wBANN3AADIrwAAzLkBAPtkCQDXzAEAWMQBAN4oCACabwUAK1ELAPZcBwBjFQAA9YIAAGorAQCshgkAAAAAAGMVAADMuQEAVUkHAKBJBwD2XAcARX4AAJkMAAA/ZgAAu/MFAJkMAAA5egEA5VUBAHF6BQCRWAcA9YIAAFVJBwBkVAsAzb8JANjkBgBFfgAAKUAAANN3AADo9wEAAAAAAHF6BQDMuQEAVUkHAKBJBwBrKQIAtikCAJkMAAA/ZgAAu/MFAGMVAACuFQAAeHYCAN+vBwAqsAcAdbAHAMCwBwALsQcAVrEHAKGxBwDssQcAN7IHAIKyBwDNsgcA9YIAAMsgBQAWIQUAYSEFAKwhBQD3IQUAQiIFAI0iBQDYIgUAIyMFAG4jBQAXugEAYroBAK26AQD4ugEAjIEBABt5AgCUSgMA30oDACpLAwB1SwMAwEsDAAtMAwBWTAMAoUwDAOxMAwA3TQMAgk0DAM1NAwAYTgMAY04DAK5OAwD5TgMAFKkGAMt9AgAWfgIAWDYIAKM2CADuNggAOTcIAIQ3CADPNwgAF7oBANjkBgAj5QYAbuUGAHF6BQAj6gEAzLkBADZXCQCBVwkAI+oBAFfyAQBrKQIAKUAAABboAQAj6gEAX6kGAKqpBgD1qQYAQKoGAIuqBgDWqgYAIasGAGyrBgC3qwYAAqwGAE2sBgCYrAYA46wGAC6tBgB5rQYAxK0GAA+uBgD7wQYAbuoBAOj3AQAhngQAcXoFAJFYBwDb9QEAUG0GACtRCwBAgwAAqs0AAM9bAgBxegUAcXoFAO1cAQDMuQEAOCcKACGeBABsngQAt54EAHkXBgDMuQEAcXoFALtqBwApQAAAzLkBAI29AAD2XAcA6lABAFc9AgArUQsAjb0AABjXAQDqUAEAvogEACGeBAA1UQEAWMQBAMy5AQAXugEAwmEJACPqAQDMuQEA+2QJAEq6CgCVugoAcXoFALx6BQAHewUAUnsFAMy5AQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEAG35AgBJ2wgA5hAJADERCQB5BQkAxAUJAA8GCQBaBgkA+2QJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQArUQsArtcBAPnXAQBVSQcAoEkHAAAAAABFfgAA9YIAAJkMAACkLAIAzLkBADgnCgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQC7agcAKUAAAMy5AQD7ZAkARyIAAClAAACDZQgARzcJAGMVAAD1ggAAaisBAHh2AgC+ewIAIZ4EAGyeBAC3ngQAAp8EAE2fBACYnwQAfQIIAPtkCQAeeAAAAAAAAEV+AADqUAEAI+oBAGRUCwA1UQEAWMQBAMy5AQD7ZAkA1ugEAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBABoKgQAbfkCACtRCwBAgwAAqs0AAM9bAgClqQsAIZ4EAGyeBAC3ngQAAp8EAE2fBACYnwQAQfMHAIzzBwDX8wcAIvQHAG30BwC49AcAA/UHAE71BwCZ9QcA5PUHAC/2BwBi2QAAjb0AABjXAQDqUAEAvogEAITFAQAj6gEAV/IBANN3AADo9wEAg2UIAB54AAAAAAAARX4AAOpQAQAj6gEAV/IBALOHAQB5FwYA18wBAHKcAADMuQEAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAcXoFANfMAQApQAAA03cAAOpQAQA1UQEAzLkBALOHAQB5FwYA18wBAHKcAADMuQEAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAzLkBAD2rCAAzwgoAtSsBAAAsAQC8lAkAB5UJAFKVCQCdlQkA6JUJAI29AAD2XAcAlzIJAGMVAADMuQEAOCcKAKMcBADUXgkA6lABADVRAQBYxAEAzLkBADgnCgAW6AEAz64JAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAJkMAADMuQEAWygEAKYoBADo/wgAMwAJAH4ACQDJAAkAFAEJAF8BCQCqAQkA9QEJAEACCQCLAgkA+2QJAB54AAAAAAAARX4AAOpQAQAj6gEAV/IBANhBBADMuQEAF7oBACPqAQCpIgcA2vcAAMy5AQA4JwoAdEAAAL9AAABFfgAAkH4AAG/wCQC68AkAQIMAAO1cAQDUXgkA6lABADVRAQBYxAEAzLkBADZXCQDEFwYAgPwKAMv8CgDXzAEA03cAAHJ9AQD0GgAA+2QJAB54AAAAAAAARX4AAOpQAQAj6gEAV/IBAPtkCQDW6AQAVUkHAKBJBwCZDAAA5AwAALtqBwAj6gEAcpwAAPWCAAAXugEAI+oBAKkiBwDa9wAAzLkBAEnbCAC+iAQAmQwAAMy5AQA7UgkA/R8BAGRUCwARZAMAri8EAEEXAgDUXgkAzLkBABe6AQBiugEAHngAAHY3BwAW6AEAI+oBANReCQDMuQEAcXoFACPqAQDMuQEA/40JAOQMAAC7agcAI+oBAHKcAAD1ggAAKUAAANN3AAC78wUAeRcGACPqAQBkVAsANVEBAEciAADCYQkAzLkBAD2rCACIqwgA06sIAMQcAQBHIgAAwmEJAA1iCQBYYgkAo2IJANN3AADqUAEAJdkBANN3AADsCQoAtGEIAP9hCAA1UQEAEqgJAKMcBAAqcgkANBUCAJkMAADtXAEA03cAAOj3AQCDZQgAm1sJAMGPCQCZDAAApCwCAMy5AQB5BQkA2/UBACb2AQBx9gEA+RUAACcBBQByAQUAoHUIAOt1CAA2dggAgXYIAMx2CAAXdwgA9BoAAD8bAACKGwAA1RsAACAcAABrHAAA2vcAAPhvAQDLEwMA18wBADbOCgD2XAcA03cAACxZAgDqUAEANVEBAIMnCgDOZQgAGWYIAGRmCACvZggA+mYIAEVnCACQZwgA22cIACZoCABxaAgAvGgIAAdpCABSaQgAgVcJALkwBwAEMQcATzEHAEV+AAB5FwYAVUkHAKBJBwDTdwAAu/MFAMy5AQBFfgAAeRcGAAAAAABxegUAzLkBADgnCgAhngQAbJ4EALeeBAACnwQATZ8EAPZcBwBLAAAAJdkBAGMVAAD1ggAAKUAAAI29AABxegUAI+oBAFAIAgAl2QEAWMQBAN4oCAApKQgAdCkIAL8pCAAKKggAVSoIAFfyAQCZDAAAOXoBAPQaAACZDAAAeHYCAFjEAQDeKAgAKSkIAHQpCAC/KQgACioIAFUqCACgKggA6yoIADYrCACBKwgAzCsIABe6AQDCYQkAI+oBAHF6BQAj6gEAzLkBAP+NCQD0GgAAPxsAAIobAADqUAEAcpwAAPWCAAB5BQkAxAUJAA8GCQBaBgkAUAgCACTjBwCuFQAAjb0AAPZcBwDBjwkAmQwAAKQsAgCDZQgAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAL0BBQAIAgUAUwIFAJ4CBQDpAgUANAMFAPtkCQC78wUAeRcGACPqAQBX8gEAmQwAADl6AQDMuQEAF7oBAMJhCQANYgkAWGIJANN3AADqUAEA9YIAAECDAACqzQAAz1sCAMJ4AQDvcgcAOnMHAIVzBwDQcwcAG3QHAGZ0BwD1ggAA2vcAAEsAAAARyQcAI+oBAG7qAQBBFwIA1F4JAMy5AQAXugEAYroBAK26AQA9QQkAiEEJAEnbCACU2wgA39sIAHkFCQDb9QEAJvYBAHH2AQBVSQcAoEkHAJkMAADkDAAA7VwBAEV+AAApQAAAIZ4EAHF6BQB5FwYA9YIAAGMVAADb9QEAJvYBAHH2AQB5BQkAxAUJACPqAQDMuQEA/40JAPQaAAA/GwAAihsAAGMVAADb9QEAJvYBAHH2AQA7UgkA/R8BAEggAQAsWQIA6lABAHkXBgD1ggAAcpwAAPZcBwDMuQEAm1sJAMGPCQCZDAAApCwCAMy5AQBJ2wgA5hAJADERCQBQCAIAJOMHAK4VAACNvQAAcXoFALZdCgBFfgAASwAAAMy5AQAXugEAYroBAK26AQA9QQkAiEEJAPi6AQCPuQIAcXoFAO/hAQDrGAsA9lwHANN3AABKugoAYxUAAPWCAACabwUAmQwAAO/hAQANJAsAWCQLACPqAQBX8gEAmQwAAOQMAADtXAEALFkCAJuZBwB5FwYAxBcGALvzBQB5FwYAI+oBAFfyAQCZDAAAOXoBAPQaAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAeHYCAMt9AgDb9QEAJvYBAHH2AQCkUwgA71MIADpUCACFVAgA0FQIABtVCABmVQgAsVUIAPxVCABHVggAklYIAN1WCAAoVwgAc1cIAL5XCAAJWAgAVFgIAJ9YCADMuQEAYtkAAOlnCQDkDAAA8PkGADv6BgCG+gYA0foGAJOSBwBWkggAoZIIAOySCABHNwkAqs0AAM9bAgA9qwgAmQwAAKQsAgDvLAIA18wBAO1cAQDBaAMAyxMDAFvQAQDMuQEA+2QJANboBAB5BQkA9YIAAI29AADMuQEAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAeHYCAMJ4AQDvcgcAOnMHAIVzBwDQcwcAG3QHAGZ0BwCxdAcA/HQHACN7BwAAAAAAAAAAAAAAAABKgQcAlYEHAOCBBwArggcAdoIHAMGCBwAMgwcAV4MHAAAAAAAAAAAAooMHAO2DBwA4hAcAI2EDADROBQB/TgUAF7oBAMJhCQANYgkAWGIJAHh2AgDXQwMAIkQDAMPWCwAO1wsAWdcLAKTXCwDTdwAA18wBAO1cAQArUQsAF7oBANjkBgAj5QYAbuUGAHkFCQDEBQkADwYJAFoGCQClBgkA8AYJADsHCQCGBwkA9YIAAGMVAACuFQAA9YIAAGMVAABjFQAArhUAAPWCAABjFQAAKUAAAHh2AgDLfQIAFn4CAFg2CACjNggA7jYIADk3CACENwgAzzcIABe6AQDY5AYAI+UGAG7lBgBxegUAI+oBAMy5AQA2VwkAgVcJACPqAQBX8gEAaykCAClAAAAW6AEAI+oBANReCQDMuQEAr3MKAHh2AgB5FwYAf3ULAO1cAQArUQsAYxUAAK4VAADEHAEARyIAAMJhCQANYgkAWGIJAKNiCQC68AkAQIMAAKrNAADPWwIAy30CABZ+AgBYNggA2vcAACX4AABftggAqrYIAPW2CABAtwgAeQUJANv1AQAm9gEAcfYBAHkXBgDLfQIAFn4CAFg2CADa9wAAJfgAAF+2CACqtggA9bYIAEC3CAB5BQkA2/UBACb2AQBx9gEAeRcGAEV+AACQfgAAKUAAACGeBABsngQAt54EAPWCAABAgwAAqs0AAM9bAgDa9wAAJfgAAF+2CACqtggA9bYIAEC3CAA7UgkAhlIJAB54AABQCAIA4zUFAOwJCgDeKAgA7VwBADhdAQDe4gIAKeMCAMy5AQBFfgAAI+oBAO1cAQBVSQcAoEkHAJkMAADkDAAA7VwBACxZAgCbmQcASdsIABFkAwBcZAMAp2QDAPJkAwA9ZQMAzLkBAD2rCACIqwgAKUAAAKMcBADUXgkAzLkBABe6AQDCYQkAI+oBAMy5AQA7UgkAhlIJAB54AABQCAIA4zUFAOwJCgDeKAgA7VwBADhdAQDe4gIAKeMCAMy5AQD/jQkASo4JAHKcAAD2XAcAzLkBABe6AQDY5AYAI+UGAG7lBgCvcwoA+nMKAFjEAQDeKAgA2vcAAMy5AQDqUAEANVEBAMy5AQD7ZAkASroKANReCQDMuQEAcXoFAEciAADMuQEAOCcKAHRAAAC/QAAACkEAAOQMAAC7agcAI+oBAHKcAAD1ggAA7VwBADhdAQBynAAA12ICANEHCQAcCAkA1F4JAMy5AQBJ2wgAlNsIAMuSCwAWkwsAYZMLAKyTCwD3kwsAK1ELAHkXBgDMuQEAWMQBAN4oCADa9wAAOCcKAHRAAAC/QAAAWMQBAN4oCADa9wAAmQwAAMy5AQD7ZAkALFkCAHdZAgDqUAEAVz0CANN3AADXzAEA7VwBADZXCQAj6gEAZFQLACxZAgCbmQcA5pkHAMy5AQAXugEAwmEJAA1iCQBYYgkAo2IJABe6AQDCYQkAI+oBAMy5AQCzhwEAeRcGANfMAQBynAAAYxUAAK4VAADEHAEARyIAAMJhCQANYgkAWGIJAKNiCQC68AkAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAHKcAAC9nAAACyACAFYgAgChIAIAeRcGAPWCAABHIgAARyIAAMJhCQANYgkAWGIJAKNiCQC68AkAQIMAAKrNAADPWwIARmUJAClAAAAhngQAzb8JAKuAAQAeeAAAdjcHAEV+AAAj6gEAOCcKABboAQDPrgkAF7oBANjkBgDcRgoAXQoCAHgMAwDDDAMADg0DAFkNAwCkDQMA7w0DADoOAwCFDgMA18wBADbOCgBVSQcAoEkHAJkMAADkDAAA7VwBACxZAgCbmQcAeRcGAHh2AgBjFQAArhUAAMQcAQDkzgEAVKMIAJ+jCADqowgANaQIAFBtBgCbbQYA5m0GADgnCgAW6AEAz64JAEV+AACQfgAAb/AJALrwCQAF8QkAUPEJAJvxCQDm8QkAMfIJAHzyCQAXugEABEsLAJB+AACvRwkAKUAAACGeBABxegUAkVgHAClAAACDZQgAYxUAAJkMAADlVQEAcXoFAJFYBwDLEwMAFhQDAFVJBwCgSQcAAAAAAEV+AADqUAEAI+oBAFfyAQA2VwkAI+oBAGRUCwAsWQIAm5kHAMy5AQBi2QAAhMUBAM/FAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAHh2AgBVSQcAoEkHAAAAAABFfgAA6lABACPqAQBX8gEA2EEEAMy5AQDa9wAAJfgAAF+2CACqtggA9bYIAEC3CAA7UgkA/R8BAEggAQAsWQIA6lABAHkXBgD1ggAAmQwAAMy5AQA7UgkAhlIJAB54AABQCAIA4zUFAOwJCgDeKAgAmQwAAEsAAACwwQYAyyAFAEciAACrgAEA9oABAEGBAQCvcwoAmQwAAKQsAgCDZQgAzmUIANkgBgBqKwEArIYJAHh2AgBYxAEA2vcAANkgBgBjFQAAKUAAANN3AADo9wEAIZ4EAHF6BQCRWAcAzLkBABe6AQBiugEAyK8AAO1cAQCZDAAA9BoAAN8mCQC0YQgA18wBAJwTBQDo9wEA03cAAFBtBgDMuQEAPasIAECDAACqzQAAz1sCAFBtBgB4dgIAUAgCAGsxCQC2MQkAATIJAEwyCQDqUAEAVz0CAKI9AgDtPQIA9YIAANN3AABl2woAzLkBAHF6BQC7agcAKUAAAMy5AQBxegUARyIAAMy5AQDa9wAA2SAGACQhBgAl+AAAI+oBAECDAADa9wAA+G8BAENwAQDb9QEAdYQGAINlCAB5FwYAzLkBANfMAQDUXgkAzLkBAPtkCQBKugoArhUAAMQcAQB0QAAAv0AAAL6vCgDMuQEAO1IJAP0fAQBIIAEACYQJAFSECQCfhAkAWMQBAKPEAQBxegUAtl0KAD1BCQCIQQkAmQwAAOQhCQBF/QgAkP0IAMy5AQAXugEAYroBAAYtCQBRLQkAnC0JAOctCQAyLgkAfS4JAMguCQATLwkAO1IJAIZSCQBBFwIA5CEJAPQaAAA9qwgAQIMAAKrNAADPWwIAcpwAANdiAgDoVwsAWMQBAPZcBwBBXQcASdsIAJTbCADf2wgAAecIAEznCAAj6gEAV/IBANN3AAC78wUAzLkBAAAAAABfTAkAzLkBAPZcBwDTdwAASroKAHkXBgDtXAEAK1ELAHkXBgA9qwgAM8IKALUrAQAALAEASywBAJYsAQDhLAEALC0BAO/hAQB4dgIASwAAAJYAAACTlwIA3pcCACmYAgC2vwIAAcACAEzAAgCXwAIA4sACAPtkCQDo9wEA+2QJAOj3AQAAAAAAVVYJAMy5AQB5FwYAbjAHAFxNCwCnTQsA8k0LAD1OCwB4dgIA18wBANReCQApQAAAg2UIABt5AgD2XAcA03cAAEEXAgD2XAcA03cAAHJ9AQDMuQEAF7oBAGK6AQCtugEA+LoBAECDAACqzQAAz1sCAAAAAABjFQAAKUAAANN3AAAUrgEAzLkBAD2rCABAgwAAqs0AAM9bAgBxegUAu2oHAJB+AABv8AkANlcJAPWCAAApQAAAg2UIAMsgBQApQAAAg2UIANN3AABBFwIAV/IBADZXCQD1ggAAKUAAAINlCADLIAUAKUAAAINlCACZDAAA5VUBADBWAQB7VgEAxlYBAF4vCQCpLwkAzLkBANfMAQDUXgkAzLkBAP+NCQDlVQEAMFYBAHtWAQDGVgEASwAAAP0fAQBIIAEA2vcAAPhvAQDLEwMA9BoAAD8bAABX8gEAs4cBAAdPBADLIAUAKUAAACGeBABxegUA2vcAAK4vBADqUAEANVEBAG7qAQAeeAAA9YIAANfMAQDTdwAAHngAAFAIAgDMuQEAYtkAANr3AAAl+AAAmQwAAKQsAgDMuQEAVUkHAKBJBwBrKQIAjLUJAGMVAAApQAAAzLkBAFsoBADXYgIA0QcJABwICQBnCAkA7VwBANN3AAByfQEApCwCALWDAwA7UgkA/R8BAEggAQAJhAkAVIQJAJ+ECQDqhAkAzLkBAFsoBACmKAQAf5QKAMqUCgAVlQoAYJUKAKuVCgD2lQoAzLkBAI29AADqUAEAvogEAHRAAADMuQEAPasIADPCCgCshgkA94YJAAmJBABbKAQApigEAKXICgBynAAA9YIAAJkMAAA5egEA7+EBAA8TCwBaEwsArIYJAPeGCQDqUAEAvogEAINlCAB5FwYAzLkBAI29AADqUAEAvogEAHRAAADMuQEAWygEAKYoBAClyAoA8MgKAEV+AADXzAEAKUAAAINlCAAhmQkAbJkJAPQQCgBHIgAAq4ABAPaAAQBBgQEAmQwAAMaKCQARiwkAXIsJAKeLCQDyiwkAcXoFAHF6BQC2XQoAOCcKACGeBABsngQAt54EAHkXBgDMuQEAcXoFALtqBwApQAAAzLkBAEnbCACU2wgAcXoFAEciAAD1ggAAeRcGAPWCAAB5FwYAzLkBADgnCgAhngQAbJ4EALeeBAACnwQATZ8EAJifBAB9AggAJpQJAHGUCQCZDAAApCwCADgnCgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQC7agcAKUAAAMy5AQBJ2wgAlNsIAL57AgCrPQgAzicKALeZCQACmgkATZoJAJiaCQDjmgkALpsJAHmbCQDEmwkAD5wJAFqcCQCbpgkA5qYJADGnCQB8pwkAvnsCACGeBABsngQAt54EAAKfBABNnwQAmJ8EAH0CCABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEA+2QJAEciAAApQAAAg2UIAEc3CQA4JwoAFugBAM+uCQDXzAEANs4KAPtkCQBKugoAlboKAEnbCACU2wgAy5ILABaTCwBhkwsASroKAHKcAAD1ggAAcXoFAEciAADMuQEAPasIAECDAACqzQAAz1sCAMy5AQB5BQkAxAUJAA8GCQBaBgkAL88BADPCCgCshgkAyxMDAD2rCAAzwgoArIYJAMsTAwB5BQkAxAUJAPkVAAA9qwgAQIMAAKrNAADPWwIAQIMAAKrNAADPWwIA9YIAAOpQAQAsWQIAm5kHAMy5AQBFfgAAkH4AAN2ZAQAomgEAc5oBAL6aAQAJmwEAVJsBAJ+bAQDqmwEAq7QJAPa0CQBBtQkAzLkBAEV+AACQfgAAjb0AABjXAQBj1wEAg2UIAHkXBgDMuQEAPasIADPCCgC1KwEAACwBAEssAQCWLAEA4SwBACwtAQBHIgAAkiIAAECDAACqzQAAz1sCAFjEAQCjxAEAeRcGAMy5AQB5BQkAxAUJAA8GCQBaBgkAL88BADPCCgBDuwEAjrsBANm7AQAkvAEAzLkBAP+NCQBKjgkAcpwAAHKcAAD1ggAAmQwAAI29AAAY1wEAcn0BAMy5AQB5BQkAxAUJAA8GCQBaBgkAL88BADPCCgBDuwEAjrsBANm7AQAkvAEAb7wBADPCCgC1KwEAACwBAEssAQCWLAEA4SwBACwtAQCPuQIAAAAAAGMVAACPuQIA2rkCADgnCgAW6AEAz64JAFsoBACmKAQA8SgEADwpBACHKQQA0ikEADZXCQCBVwkAuTAHAHF6BQC8egUAB3sFADtSCQDqUAEANVEBAP+NCQDujgoAOY8KAEEXAgBVSQcAoEkHANN3AAAeeAAASo4JAHKcAABynAAA9YIAAPWCAADXzAEANs4KAPtkCQDXzAEA7VwBAFVJBwCgSQcA03cAALvzBQDMuQEAO1IJAP0fAQBIIAEAiT8KANQ/CgAfQAoAakAKALVACgBxegUARyIAAMy5AQBFfgAAkH4AAG/wCQC68AkABfEJAFDxCQCb8QkA5vEJAHkFCQC3sAEAWv4BACGeBAD1ggAAmQwAAMy5AQBxegUARyIAAMy5AQBFfgAAkH4AAG/wCQC68AkABfEJAFDxCQCb8QkA5vEJAHkFCQC3sAEAWv4BAGMVAACuFQAAgLYFAPWCAAApQAAASvABAJXwAQDg8AEAEO8AAMy5AQBxegUA18wBALOHAQAHTwQAyyAFAClAAADMuQEAm1sJAOZbCQAxXAkAfFwJAHkFCQDEBQkA+RUAAPtkCQDo9wEAM/gBAH74AQDJ+AEAFPkBAF/5AQCq+QEAeRcGAPWCAABHIgAA2OQGANxGCgD1ggAAeRcGAMy5AQDa9wAA2SAGAClAAAB0QAAAwY8JAHkXBgDMuQEAK1ELAHkXBgDMuQEA7eAEAHF6BQC8egUAKUAAACGeBABxegUAkVgHAHh2AgBFfgAAkH4AAI29AADYvQAAbuoBAGXbCgBi2QAAUqwBAO3gBAA44QQAcXoFAJFYBwDMuQEA+2QJANboBADt4AQAYxUAAK4VAACAtgUA9YIAAO3gBAA44QQALFkCAHdZAgDCWQIADVoCAEnbCACU2wgAgFEBAHF6BQC2XQoAmwgCAI29AADqUAEAvogEAHRAAACjHAQAQ8MIAClAAAB0QAAA1F4JAK7XAQD51wEARNgBAI/YAQDa2AEAF7oBAGK6AQBQbQYAmQwAAHkFCQCPuQIA+2QJAKe3CgDytwoAPbgKAIi4CgDTuAoANVEBAFjEAQB4dgIAWMQBAFjEAQAj6gEAV/IBAFjEAQC0YQgA6PcBAINlCAD1ggAAQIMAAKrNAADPWwIASwAAADdICACCSAgAKUAAAIMnCgDOJwoADzIKAFoyCgD5oQoARKIKAI+iCgDaogoAmQwAAMy5AQAXugEAYroBAK26AQD4ugEAVUkHAKBJBwCZDAAAxooJAO1cAQApQAAAzLkBAP+NCQBKjgkA+aEKAESiCgCPogoA2qIKAP+NCQD0GgAA5R8KADAgCgB7IAoAzLkBAHF6BQA4JwoAgycKAP8jCgBKJAoAlSQKAOAkCgArJQoAdiUKAMy5AQBxegUA7VwBAO1cAQArUQsAyyAFAClAAAAhngQANVEBAOEAAABepgoAmQwAAMy5AQBPHwoAmh8KAAAAAABPHwoAKUAAAEV+AABLAAAAcpwAAL2cAAALIAIAViACAKEgAgDa9wAAJfgAAF+2CACqtggA9bYIAEC3CADTdwAAQRcCAHkXBgDI1gYAjb0AAGMVAABynAAAvZwAAAsgAgBWIAIAoSACAClAAACDZQgAIZkJAAAAAAAAAAAAAAAAAFsoBACmKAQA8SgEALwqCgAHKwoAUisKAJkMAADkDAAA7VwBACtRCwDv4QEA7VwBADhdAQBSDAsANVEBAEciAACNvQAAGNcBAEEXAgAPEwsAQIMAAKrNAADPWwIAeRcGAPWCAADXzAEAIs0BAFTmAQCjHAQAKnIJAHVyCQD/jQkASo4JAOpQAQC+iAQAg2UIACGZCQB4dgIAOCcKAIMnCgDOJwoADzIKAFoyCgClMgoA8DIKADszCgAXugEAYroBAK26AQD4ugEA7oYDADmHAwCEhwMAWMwIAEPDCACfAAYAyNYGALtqBwApQAAAzLkBAAAAAAD1ggAAQIMAAKrNAAD1zQAAAAAAAAAAAAAAAAAAmzwKABe6AQDY5AYAI+UGAG7lBgApQAAAg2UIACGZCQBsmQkAvHoFAAd7BQCNxQcAKUAAAErwAQBxegUAkVgHAMy5AQD/jQkA9BoAAOUfCgAwIAoAeyAKACXZAQDTdwAAUG0GAJttBgDmbQYAWygEANdiAgDRBwkAHAgJANfMAQDTdwAAHngAADVRAQCPuQIAyxMDAFvQAQCXMgkAeRcGAMy5AQBJ2wgAlNsIAAAAAAAAAAAAAAAAANfMAQA2zgoARyIAAMJhCQAj6gEAV/IBAPtkCQBQbQYAm20GADQIAAB/CAAAm1sJAMGPCQAMkAkA03cAAEciAAApQAAAg2UIAEc3CQDMuQEA+2QJAFBtBgCbbQYANAgAAH8IAACbWwkAwY8JAAyQCQA9qwgA03cAAB54AAD2XAcANAgAAH8IAACbWwkAwY8JAAyQCQA9qwgA03cAAB54AAD2XAcANAgAAH8IAACbWwkAwY8JAAyQCQDBaAMANVEBAOVVAQA1UQEAsMEGAGS+CgCvvgoA+r4KAEW/CgAAAAAAF7oBAGK6AQCtugEA2lcKACVYCgDMuQEAOCcKAIMnCgDOJwoA9BAKAFAIAgAAAAAAzLkBADgnCgCDJwoAzicKAPQQCgD/jQkASo4JAOpQAQC+iAQAg2UIACGZCQA7UgkAhlIJAI0dCgAXugEAYroBAK26AQBbKAQA12ICACJjAgBynAAA9YIAAJpvBQDtXAEAK1ELAHkXBgAIkwoAU5MKAJ6TCgDpkwoANJQKABboAQB5FwYAyNYGADZXCQB/dQsAynULAG7qAQDo9wEAIZ4EAHF6BQCRWAcAJdkBANr3AACZDAAAAAAAAMy5AQA4JwoAgycKAM4nCgD0EAoAO1IJAIZSCQCNHQoAF7oBAGK6AQCtugEA/40JAEqOCQDqUAEAvogEAINlCAAhmQkA7+EBAMy5AQBVSQcAQ8MIAFsoBACmKAQA8SgEAHkFCQDb9QEAJvYBAAAAAACvcwoA+nMKABe6AQBiugEArboBAJQmCQA7UgkAhlIJAI0dCgB4dgIAtj4LAAiTCgBTkwoAnpMKAHh2AgA9qwgAmm8FAOVvBQBl2woAADkDAPQaAAB5FwYAeHYCAOpQAQA1UQEARyIAAMJhCQDPWwIAN2wCAIJsAgA4JwoAgycKAM4nCgD0EAoAPxEKAFVJBwBDwwgAjsMIABe6AQBiugEArboBAD1BCQCIQQkAp0AJAD2rCABAgwAAqs0AAM9bAgDyQAkA+LoBAO6GAwA5hwMAhIcDADeTCAAzwgoAw9YLAA7XCwBZ1wsApNcLADtSCQDtXAEAK1ELANN3AAByfQEA9BoAAFVJBwCgSQcA60kHAO3yAQCvcwoAOpcBAIWXAQDCeAEA9lwHAJcyCQCabwUAGNcBAEEXAgBjFQAAj7kCADVRAQBYxAEAN2wCAIJsAgA4JwoAgycKAM4nCgD0EAoAPxEKAFVJBwBDwwgAjsMIAKQsAgDvLAIASroKAHkXBgDEFwYAQRcCAHkXBgAl2QEAcXoFALtqBwD1ggAAQIMAAKrNAADPWwIA9KYKAD+nCgCKpwoA1acKACCoCgBwjgEAu44BAO1cAQArUQsAKUAAAINlCAA4JwoA03cAAHJ9AQD0pgoA6lABAFc9AgB5FwYAzLkBABe6AQBiugEArboBAPi6AQD/jQkASo4JAHKcAABynAAA9YIAAJkMAAA5egEARyIAAARLCwAXOQoAYjkKAK05CgD4OQoAQzoKAK9zCgD6cwoARXQKAO6OCgBonAoAs5wKAP6cCgBJnQoA2ToKACQ7CgBvOwoAzLkBAMy5AQB4dgIA2vcAANr3AACuLwQAQRcCANReCQDMuQEAFK4BAF+uAQCqrgEA9a4BAECvAQCLrwEAYxUAAPWCAAApQAAACH4BAHkXBgBQCAIAazEJAEsAAABLAAAAsMEGAHkXBgApQAAA03cAAFBtBgDMuQEAOCcKAIMnCgDOJwoA9BAKAEPDCACOwwgAzLkBABe6AQBiugEArboBAPi6AQD/jQkASo4JAHKcAABynAAA9YIAAJkMAAA5egEARyIAAARLCwBAgwAAV/IBAI29AAAY1wEAcn0BAPWCAABAgwAAV/IBAPtkCQCntwoA8rcKAD24CgCIuAoA07gKAB65CgBpuQoAtLkKAHh2AgAXugEAYroBAK26AQA9QQkAiEEJAD2rCABAgwAAqs0AAM9bAgByfQEAvX0BAAh+AQBTfgEAnn4BAOl+AQA0fwEAmQwAAK7XAQBjFQAAzLkBAD2rCABAgwAAqs0AAM9bAgBnzwUAss8FAP3PBQBI0AUAk9AFAN7QBQAp0QUAdNEFAGMVAAB5FwYAbjAHADVRAQBYxAEAeHYCAD2rCAAzwgoAfsIKAMnCCgAUwwoAX8MKAJkMAABqKwEA03cAAKEOBQBLAAAA7VwBAGLZAAAQIwkAWyMJAKYjCQBF/QgAkP0IAKdACQD1ggAAQIMAAKrNAADPWwIA8kAJAClAAABK8AEAlfABAODwAQChCQoAeRcGAPWCAAChCQoAEO8AAPWCAABAgwAAqs0AACXZAQBw2QEAu9kBAAbaAQBR2gEAJdkBAEciAACrgAEA9oABAEX9CACQ/QgArtcBAPWCAADTdwAASroKAHKcAAAj6gEAV/IBANN3AADo9wEAIZ4EAHF6BQCRWAcA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQA/ZgAA6PcBACGeBADLEwMARyIAANjkBgD1ggAAeRcGAHkXBgD1ggAASwAAALDBBgBkvgoAr74KAPWCAABjFQAAcpwAANReCQD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAEsAAABLAAAA7VwBAMFoAwBynAAA12ICAOj3AQAhngQAcXoFAJFYBwBynAAAJY4BAPhQAgAy8AoAg2UIAGorAQDZDgkAJA8JAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQBjFQAArhUAAIC2BQApQAAAoxwEACpyCQA0FQIAmQwAAOVVAQD1ggAAYxUAAClAAABynAAAJY4BAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAragEAPioBABDqQQAjqkEANmpBAAkqgQAb6oEALqqBAD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAINlCABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAKUAAANN3AADqUAEANVEBAPWCAABAgwAA7VwBANN3AADIrwAAkH4AAK9HCQD2XAcAlzIJAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQDBaAMANVEBAI+5AgC+iAQAIZ4EANN3AABQbQYAwWgDAGoMAgDTdwAA6PcBACGeBABxegUAkVgHAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEA6PcBANN3AADTdwAAHngAAGl4AAC0eAAA/3gAAEp5AAAj6gEAV/IBAJkMAADkDAAAu2oHACPqAQBynAAA9YIAAEciAACrgAEA9oABAEX9CACQ/QgA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQBYxAEA3igIACkpCACzhwEAeRcGANfMAQBynAAAcpwAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBAD4qAQAQ6kEAI6pBADZqQQAJKoEAG+qBAC6qgQA6lABAFc9AgCiPQIA7T0CADg+AgCDPgIAzj4CAJkMAACkLAIA7ywCAOj3AQCDZQgA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAKVUJAHRVCQD1ggAAaisBAMPWCwAO1wsAWdcLAKTXCwDv1wsAOtgLAIXYCwD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQApVQkAdFUJAHKcAAAljgEAcI4BALuOAQDtXAEAK1ELAClAAAAhngQAcXoFAJFYBwD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQApVQkAdFUJACGeBABsngQAt54EAAKfBABNnwQAmJ8EAOOfBACOpAkA2aQJACSlCQBvpQkAuqUJAAWmCQBQpgkAdy0BAClVCQB0VQkARX4AAJB+AACvRwkA9lwHAJcyCQDLIAUAUAgCAJsIAgB5FwYAbjAHAHF6BQD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQApVQkAdFUJAJkMAAArHQMAdh0DACtRCwBqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAClVCQB0VQkAADkDAEs5AwCWOQMA4TkDACw6AwB3OgMAwjoDAA07AwBYOwMAozsDAO47AwB3LQEAKVUJAHRVCQBHIgAA7VwBANReCQCNvQAAGNcBANReCQCZDAAAKx0DAHYdAwArUQsAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQApVQkAdFUJAAhAAwBTQAMAnkADAOlAAwB4dgIAPasIADPCCgBDuwEAjrsBANm7AQAkvAEAb7wBAAAAAADMuQEAVUkHAKBJBwBrKQIAjLUJANe1CQAitgkAbbYJAP+NCQBjFQAA2/UBAGXbCgAAOQMAW9ABAKbQAQD/jQkAYxUAANv1AQBl2woAADkDAFvQAQCm0AEAPasIADPCCgBDuwEAjrsBANm7AQAkvAEAb7wBAK9zCgD7ZAkAHngAAHY3BwBFfgAA03cAAPtkCQAeeAAAdjcHAEV+AADTdwAAUG0GAMy5AQCvcwoABjoLAFE6CwCcOgsA5zoLADI7CwB9OwsAyDsLAEV+AADtXAEA7VwBAMy5AQA2VwkAgVcJAMxXCQAXWAkAzb8JAEciAACSIgAAQIMAAGRUCwA1UQEAWMQBAMy5AQBJ2wgAvogEAINlCADOZQgAmQwAAPWCAABHIgAAKUAAAMy5AQBbKAQApigEAPEoBAAy8AoAffAKAMjwCgAT8QoA6lABAFjEAQD2XAcAQV0HAMy5AQBbKAQApigEAPEoBAAy8AoAffAKAMjwCgAT8QoAyK8AAJkMAAD0GgAAeRcGAMy5AQDXzAEA1F4JAHh2AgA6lwEABjoLAIirCAB5FwYAzLkBAHF6BQBHIgAAzLkBAEnbCACU2wgAYxUAAPWCAABAgwAAzLkBAD2rCAAzwgoAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAP+NCQDujgoAOY8KADotAgCFLQIAzLkBADgnCgCjHAQAKnIJAHVyCQDAcgkAr3MKAPpzCgD7ZAkA18wBAHF6BQAsWQIAm5kHAD2rCAAzwgoAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAI29AAAY1wEAcn0BAMy5AQA4JwoAdEAAAL9AAAAM0wIAgVcJACPqAQBX8gEAaykCAClAAADMuQEAWygEANdiAgDoVwsAM1gLAH5YCwBxegUARyIAAMy5AQA4JwoAdEAAAL9AAAAXugEAwmEJAO1cAQDtXAEAOF0BAI29AADqUAEANVEBAFjEAQDMuQEAPasIADPCCgC1KwEAACwBAEssAQCWLAEA4SwBACwtAQBFfgAAI+oBAGRUCwA1UQEAWMQBAMy5AQCbWwkA5lsJAEq6CgB5FwYA7VwBAMFoAwA1UQEAWMQBAMy5AQBxegUARyIAAMy5AQA4JwoAdEAAAL9AAADMZAsAF2ULAGJlCwCtZQsA+GULAENmCwCOZgsA2WYLACRnCwBvZwsAumcLAAVoCwBQaAsArtcBAPnXAQAWsgoASroKAK4VAADEHAEAdEAAAL9AAAC+rwoAzLkBAD2rCAAzwgoAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAHF6BQBynAAAcpwAAGr6BAC1+gQAAPsEAEv7BADYQQQAAAAAAMy5AQB5BQkAzK8LABewCwBisAsASdsIAJTbCADLkgsAFpMLAGGTCwCskwsA95MLAPtkCQC78wUAeRcGANReCQDTdwAAQRcCAGMVAADMuQEA+2QJALvzBQB5FwYAO1IJAGMVAADMrwsAF7ALAGKwCwBJ2wgAlNsIAMuSCwAWkwsAYZMLAKyTCwD3kwsA+2QJALvzBQB5FwYAmQwAAKQsAgDvLAIAUG0GAJttBgBYxAEA3igIANr3AADMuQEASdsIAJTbCADLkgsAFpMLAGGTCwCskwsA95MLANfMAQAizQEApBoFAG/wCQDtXAEAK1ELAEnbCACU2wgAy5ILABaTCwBhkwsArJMLAKPEAQDMuQEAWMQBAN4oCAApKQgAeQUJAMyvCwAXsAsAYrALAEnbCACU2wgAy5ILABaTCwBhkwsArJMLAPeTCwBLAAAA/R8BAEggAQAsWQIA6lABAHkXBgD1ggAAQIMAAOQhCQCkLAIAoxwEACpyCQDo9wEAg2UIAFjEAQDUXgkAeHYCAAhAAwBTQAMAnkADAOlAAwCNvQAA6lABAL6IBAB0QAAAzLkBAD2rCAAzwgoAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAvnsCAKs9CADOJwoAMT0KAGK6AQCtugEA+LoBAK7XAQD51wEAOCcKABboAQDPrgkAVUkHAKBJBwBAgwAAQ8MIAI7DCADMuQEAO1IJAIZSCQCNHQoASwAAANr3AADMuQEAPasIAECDAACqzQAAAAAAAM9bAgB/lAoAhNIDAK4vBABKugoAeRcGAMy5AQAXugEAYroBAK26AQD4ugEAjb0AAOpQAQC+iAQAdEAAAMy5AQA9qwgAM8IKAKyGCQD3hgkACYkEAFsoBACmKAQApcgKAF9MCQCqTAkAqkwJAHtrCgDCeAEA73IHADpzBwCFcwcA43sKAC58CgBLAAAA/R8BAEggAQAJhAkAVIQJAJ+ECQDqhAkAzLkBAFsoBACmKAQAf5QKAMqUCgAVlQoAYJUKAKuVCgD2lQoAwWgDAM2/CQAYwAkAyyAFANReCQBynAAAvZwAAFjEAQCjxAEA03cAAHRAAAC/QAAAvq8KAAmwCgD7ZAkARmUJAJFlCQA4JwoAgycKAM4nCgAxPQoAYroBAK26AQA9QQkAiEEJABboAQDPrgkA/40JAPQaAAD1ggAAOCcKAHRAAAC/QAAAF7oBAARLCwBPSwsAmksLAOVLCwD/jQkA7o4KADmPCgA6LQIAhS0CAMy5AQA4JwoAoxwEACpyCQB1cgkAVUkHAKBJBwCvcwoAI+oBAEPDCACOwwgAzLkBANr3AACuLwQALFkCAJuZBwDCYQkAI+oBAMy5AQDa9wAAJfgAACPqAQBX8gEASdsIAJTbCABHIgAAwmEJACPqAQDa9wAAri8EAOj3AQAhngQAcXoFAPWCAADLIAUAavoEAClAAAAhngQAcXoFAJFYBwDMuQEAF7oBAGK6AQCtugEA+LoBABe6AQDCYQkAI+oBAMy5AQA4JwoA03cAAHJ9AQB0QAAAv0AAAL6vCgAJsAoAVLAKADWxCgCAsQoAy7EKABe6AQBiugEArboBANpXCgAlWAoAzLkBADgnCgCDJwoAzicKABt5AgCUSgMA6P8IADMACQB+AAkAyQAJABQBCQBfAQkAqgEJAPUBCQDQDgMAGw8DAH+UCgDKlAoAh2cCANJnAgArUQsAvX0BAIkBDADUAQwApCwCANReCQDUXgkAhHoBAEclDACK/wwAeRcGAMk2AAAfAgwAagIMAEclDAD66gsAgUIAAJk7DQCK/wwAeRcGAIr/DACK/wwAeRcGAEclDABw+wwAiv8MAJk7DQBYxAEAPxsAABDvAACZOw0AEO8AAJcgDACXIAwAeRcGAPWCAAAgHAAAEO8AAF6wAADYQQQASuYLAErmCwCK/wwA2EEEAIr/DADlHwoAWAUMAKMFDACpaAwAiQEMANQBDAD7nQwAmTsNADQIAABHJQwAWAUMAKMFDAAQ7wAA+PsLADHgDAB84AwA+jUMAFjEAQCXIAwA0CMMABskDACJAQwA1AEMAIktDQDPnAwA2vcAAIktDQCXIAwAEgAMAJcgDACRWAcAqWgMAEclDABrtQwAiv8MADQIAAA0CAAATg8MAJkPDADkDwwAmTsNAJkMAAB5FwYA9lwHAHkXBgBODwwAmQ8MACE8DAAQ7wAATg8MAJkPDAAhPAwAPxsAAIkBDADUAQwAcfYBAMy5AQDmEAkARyUMAHh2AgApQAAAlyAMAFc9AgB5FwYARyUMAE/rAQBYBQwAowUMAJcgDADCBAwADQUMAFgFDADJzwwAWAUMAMnPDACXIAwAsxMMAC8QDAB6EAwA+PsLAC8QDAAAAAAAzLkBAE4PDACZDwwATg8MAJkPDABODwwAmQ8MAO4FDACpaAwA+CcNAEMoDQDv4QEAwgQMAPj7CwBYBQwAowUMAO/hAQB5FwYAzLkBAJk7DQDMuQEAbykNADQLDACXIAwARyUMAEclDAC1gwMAtYMDALWDAwB4dgIAUG0GADbOCgDIbAcANs4KABPxCgAT8QoAKUAAANK6CQAp2QwAYtkAAJkMAACZDAAAzRcMAI29AABi2QAAlyAMAJkMAACNvQAAlyAMAJcgDACXIAwAlyAMAJcgDAD4+wsA+PsLAJcgDACXIAwAlyAMAJcgDACXIAwAlyAMAPj7CwD4+wsA+PsLAJcgDACXIAwAlyAMAPj7CwD4+wsAEx0MAPj7CwD4+wsAlyAMACPqAQDvcgcAzLkBAJkMAACZDAAAlyAMAJcgDADtXAEAlyAMAE4PDACZDwwAeHYCAEclDACZOw0AmQwAAKQiDADMuQEAMfIJAPQaAADUXgkA9lwHAGMVAAB5FwYABMcHAHkXBgBL5AwARyUMAHEYDQCXIAwAmQwAAMoVAgCNvQAAjb0AAI29AACZOw0Ajb0AAGT0AQAT/gwAgvgMAM34DAAWKQwAmTsNAEsAAABjFQAA9YIAAPrqCwDUXgkAkMwMAEsAAAAT/gwANAgAADQIAAA0CAAAnqAMAEclDAD66gsApCwCANReCQAeMAwANRMDAIf9AgDnsQwADTYIAOQ7DQC78wUA+PsLADHgDAB84AwA5PoCAE4PDACZDwwAITwMAGw8DAD4+wsAmTsNAP4qBACPZAwA+PsLAJcgDACXIAwATg8MAJkPDACXIAwA0CMMABskDADkDAAARyUMAPrqCwCZOw0AzLkBAEclDACXIAwA0CMMABskDADMuQEAHSoEALnBDADt4AQAmTsNAJifBACZOw0AfQIIAKhLDABHJQwA2zYMAClAAACZOw0ApCwCACtRCwBHJQwAcPsMAGLZAAC5wQwA5DsNAJcgDADQIwwA5DsNAJcgDACPZAwAQLcIAOmdAAD4+wsAMeAMAHzgDABODwwANtsMAE8fCgBGngwA+uoLAJkMAAAQ7wAA9ToMAO6bDAApQAAAKUAAAPj7CwAx4AwAfOAMANs2DAApQAAAKUAAAClAAAApQAAAiS0NAPD0CwDMRQwAz64JAF1LDABHJQwAlyAMANAjDAAbJAwA+uoLAL6IBADkOw0AlyAMAOQ7DQCXIAwAjFgMANdYDAAiWQwA9YIAAM40DAAZNQwAZDUMAK81DAD2ogwAjFgMANdYDAAiWQwA8PQLAPnkAwD4+wsAMeAMAHzgDADbNgwAqU4IAJk7DQCkLAIA1F4JAJk7DQC5wQwA+uoLALWDAwAD+gIAg2UIAJcgDADQIwwAGyQMAKhLDAAgHAAA+PsLADHgDAB84AwAmTsNAHh2AgDbNgwAMU8HAClAAAApQAAAFVcMAGBXDACrVwwAmJ8EABVXDACXIAwANOwMAPj7CwDkOw0AlyAMANAjDADkOw0AK1ELAMy5AQDMuQEAlyAMANAjDAAbJAwAxQgFAEclDABw+wwAmTsNAKNiCQBHJQwAmTsNAF7KBACXIAwA+PsLAOQ7DQBYBQwAowUMAHkXBgBynwwAjFgMANdYDAAiWQwAlyAMANAjDAAbJAwAHjAMAKQsAgArUQsAlyAMAJ2VCQCZOw0AK1ELAMy5AQCq0AwAeRcGACxZAgCXIAwA0CMMABskDADw9AsAEO8AAEclDACZOw0AFugBAPrqCwDkIQkA+PsLAJcgDAD4+wsAlyAMAOQ7DQDkOw0A5DsNAJcgDACXIAwAlyAMANAjDAAbJAwAlyAMAC0hDADfQA0ARyUMAN9ADQAVVwwAlyAMAPj7CwAx4AwAfOAMAPj7CwAx4AwAfOAMAJk7DQCW5AwARzcJAJk7DQArUQsAmTsNABkOBgD66gsAzLkBANhBBAAQ7wAAmTsNAJk7DQCkLAIAmTsNAKQsAgCZOw0ApCwCAOQ7DQCXIAwA0CMMABskDAArUQsAlyAMANAjDAAbJAwARyUMAAAAAABw+wwAz64JAPj7CwAx4AwAfOAMAIEmDQCZOw0AE/4MAClAAACXIAwA0CMMABskDABHJQwARyUMAJcgDADQIwwAGyQMALvzBQDU4gwAH+MMACE8DADUXgkAK1ELAEclDACZOw0AkMwMAKfJBwDw9AsAmTsNAJFYBwCpaAwATg8MAJkPDABYBQwAowUMAPj7CwAx4AwAfOAMAClAAABHJQwAmTsNALj5AgCXIAwAlyAMANAjDAAbJAwAeRcGACAcAACXIAwAlyAMANAjDAAbJAwALDANAAAAAAD4+wsAMeAMAHzgDABHJQwA2zYMAPrqCwBHJQwA110HALnBDAD66gsAcPgAAAAAAACZOw0AucEMAPrqCwBw+AAA/YwMAPj7CwAx4AwAfOAMAGrjDAAtIQwAmTsNAJFYBwCXIAwA0CMMABskDACZOw0A1F4JAHvDDADMuQEAEpYMAJcgDABi2QAAO/oGAClAAABxGA0A1F4JANhBBACZOw0AQIMAAEDRDAApQAAARGQMAMy5AQDMuQEARyUMACE8DAAQ7wAAiS0NAKloDADMuQEAz5wMAL6IBADbNgwARGQMADVRAQB5FwYAAAAAAAAAAAAAAAAAmTsNALnBDAAAAAAAAAAAAAAAAADPnAwAEO8AAJk7DQAT/gwAucEMAHkXBgCXIAwAj2QMAI9kDACXIAwALSEMADdsAgCwMw0AMeAMAHzgDADbNgwAlyAMAC0hDAC1gwMA+PsLALWDAwD1ggAAKUAAAAb0BQCZOw0A03cAAAb0BQDkOw0A8acMAERkDABODwwAmQ8MAO4FDADbNgwA/YwMAJk7DQDUXgkASI0MAJcgDACZOw0AuPkCAMy5AQBHJQwAuPkCAJcgDADQIwwAGyQMAM2tDAAYrgwAtYMDALWDAwCZOw0AuPkCALj5AgAdKgQAqtAMAPrqCwAAAAAAmTsNAJk7DQD1ggAAluQMAMy5AQCZOw0Aa7UMADQIAABidwgAWMQBAO+4DAA6uQwASwAAAEsAAACYnwQARyUMAMy5AQCZOw0AmTsNAGMVAAD4+wsAMeAMAHzgDABWYQwAo2IJAJcgDADQIwwAGyQMAK9zCgBODwwANtsMABTQDABrtQwAkVgHAGu1DABrtQwAeRcGAGMVAABODwwANtsMAJkPDAD4+wsARyUMAGu1DAC2tQwAAbYMAIC+DAAk3gwAlyAMALj5AgBHJQwAR3UHAG57BwAAAAAAFaIMAGCiDAAAAAAAAAAAAIOEBwDKTgUAo2IJAEclDACZOw0AmTsNAEDRDAApQAAARyUMAJk7DQCJLQ0ARyUMABDvAACXIAwA0CMMABskDACZOw0AzLkBAJk7DQDMuQEAlyAMANAjDAAbJAwAmTsNABDvAACZOw0AEO8AAMy5AQCZOw0ANAgAAJk7DQA0CAAAmTsNAIktDQAQ7wAA+uoLAJkMAACZDAAA+uoLACtRCwCW5AwAeHYCAPj7CwAx4AwAfOAMAJcgDADQIwwAGyQMAMy5AQBX8gEAmTsNAMy5AQCZOw0ARyUMAATCDADMuQEAzLkBANhBBADmmQcARyUMADQIAACZOw0AmTsNAMy5AQBYBQwAowUMACE8DACJLQ0A94YJAEclDAApQAAALFkCAClAAACXIAwA0CMMABskDABHJQwASNgMAHkXBgDUXgkA6oQJAHh2AgCnDw0ANtsMAIyBAQDMuQEAAAAAAAAAAADJzwwA0dYMABzXDABn1wwAmTsNAJcgDADQIwwAGyQMAMy5AQA0CAAAtYMDALWDAwBi2QAAzLkBAPj7CwDMuQEARyUMAHh2AgBHJQwALcECABP+DAAT/gwAr3MKAEclDACZOw0AzLkBAE4PDACZDwwAlyAMANAjDAAbJAwAlyAMAMy5AQB5FwYAmTsNAHkXBgCy1wwAXi8JAJFYBwA0CAAAAIQDAC4fDQDwyAoAYtkAAJk7DQBYBQwAowUMAD2MCQCnDw0A39sIAMy5AQDc6QwAzLkBAN/bCADiAQ0AcuoMAMenCQA6lwEA+PsLADHgDAB84AwAzLkBAJk7DQCZOw0AlyAMAKQsAgCkLAIAlyAMAJcgDAB5FwYAvQkMAAgKDAAi7wwAwBUMAPj7CwCXIAwALSEMAO7EAQD7ZAkAOXoBAC8QDAD4+wsA2rkCADqXAQAdKgQABDEHAFJ7BQBYxAEAKUAAAPZcBwB5FwYAmTsNACtRCwDLCQ0AMfIJAKX+AQAx8gkApf4BAPX5AQDt4AQA5DsNAFhaAgCZOw0ANAgAAMy5AQALFgwA9BoAANq5AgBvKQ0AzLkBAEclDACXIAwAN2wCAOIBDQBy6gwAJaMKAE4PDACZDwwAJaMKAMy5AQBHIgAARyIAAFjEAQAl2QEASuYLACAADQCaHwoAoQkKAHD7DADMuQEAmTsNAMy5AQBsmQkAzLkBAMy5AQDMuQEAnSsKAINdAQDCYQkAYxUAAJcgDABYxAEAwHIJAEclDADMuQEAzLkBAOIBDQBy6gwAmTsNAE4PDACZDwwAITwMAI7DCADMuQEAzLkBAMy5AQDmPAoAmQwAAHLqDADMuQEAFNAMAFAIAgDf2wgAzLkBAMy5AQDMuQEAmTsNAFeQCQBXkAkAV5AJAFeQCQBYxAEAWMQBAJC/CgDMuQEATg8MAE8NDQDiAQ0AeHYCAMy5AQDiAQ0APxEKAMy5AQCK/wwAZgUNAE4PDACxBQ0AzLkBAOMeDQApJA0AzLkBAMy5AQDiAQ0APxEKAIr/DABmBQ0ATg8MALEFDQDMuQEAwXAKAI7DCAAy8AoAcfYBAIktDQBODwwApdUMAIr/DABHJQwARyUMAJk7DQBHJQwAN2wCAJcgDADiAQ0AeHYCAE4PDAA22wwAsiINAJcgDAB4dgIAmQ8MACE8DACDZQgAmTsNADjzAQBLAAAA4gENAHh2AgApQAAAlyAMAKmmCgBrqAoAeRcGAMy5AQBODwwAmQ8MAE9LCwBFdAoAeHYCAHh2AgDCeAEAwngBAMJ4AQDCeAEAeHYCAEclDADCeAEAzLkBAMy5AQDMuQEAAAAAAAAAAADiAQ0AeHYCAE4PDACZDwwAT0sLAJk7DQDMuQEAmTsNAG8pDQBHJQwATg8MADbbDABrAA0AlyAMANAjDADCBAwA+dcBACAADQAFKg0AUCoNAJsqDQDmKg0AlyAMAC0hDAC/0QUARyUMAD4tDQB4dgIAK1ELAMy5AQAu1AwAyc8MAE8fCgCXIAwATx8KABDvAABw+wwAEO8AAHD7DABYBQwAyc8MABDvAABHJQwARyUMAPnXAQD4+wsA+PsLAPj7CwCMWAwA+PsLAPj7CwD4+wsA+PsLAFgFDADJzwwA+PsLAIxYDAD4+wsAEuEMAPj7CwAS4QwA+PsLABLhDAA07AwAEuEMAPj7CwAS4QwA+PsLABLhDACiMwwAEuEMAPj7CwAS4QwAzjQMABk1DADkDwwAzLkBAMy5AQB4dgIARyUMAC8QDABt7wwAKUAAAClAAAAvEAwAehAMAIktDQBQbQYAiS0NAHo8DQB4dgIAeHYCAJkMAACZDAAAbisMAEclDACFlwEA+PsLAJk7DQBFdAoAmTsNAPj7CwD66gsAmTsNAPrqCwD4+wsAMeAMAPrqCwBWQg0AoUINAPj7CwB4dgIAzLkBAOdHDQDMuQEAzLkBAMy5AQDnRw0AzLkBAOZtBgDnRw0AmTsNAPeTCwDMuQEAzLkBAOdHDQBHJQwAzjQMABk1DABkNQwA+PsLAHctAQDiAQ0AcuoMAE4PDACZDwwAiv8MAGYFDQDMuQEAlyAMAC0hDABODwwAmQ8MACE8DADwyAoA9UwJAFIZDQAuHw0AK1ELAJk7DQBQbQYAgSYNACzlDADiAQ0AcuoMAE4PDAA22wwAp0AJAJk7DQD66gsAwHIJAGMVAACZOw0AkVgHAE4PDACZDwwAITwMAPSmCgCBJg0AFycNAE4PDABPDQ0A4gENAPQQCgCZOw0A","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIABAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAAAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIADAAAAAQAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAQAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIABAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIAAAACAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAAAIAAAAANQAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAIAAQAAAAAABAAACAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAABAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAACAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAACAAABAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAIAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAACAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACIAAAAANAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAgAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAiAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAMAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAEAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAA"},"index":{"lists":[[],[1,2,4,7,22,23,24,25,28,29,30,31,34,35,36,37,38,39,41,42,43,44,45,46,47,48,52,53,55,56,74,77,78,80,90,91,92,93,102,111,113,116,119,120,127,129,130,131,132,134,136,137,140,141,142,143,154],[1,2,4,7,22,23,24,25,28,29,30,31,34,35,36,37,38,39,41,42,43,44,45,46,47,48,51,52,53,55,56,74,77,78,80,90,91,92,93,102,111,113,116,119,120,127,129,130,131,132,134,136,137,140,141,142,143,154],[50,115,160],[65,66,67,146,147,148,149,150,151,152],[137,153],[55,56,72,73,137,142,143],[65,66,67],[44,45,65,66,67,68,85,92,93,94,98,105,107,112,113,118,124,125,126,133,154],[17,18,54,97,108],[69,166],[6],[1,7,65,66,67,99,127,131,132,154],[9,65,66,67,71,127,131,132,154],[25,65,66,67,116,127,131,132,141,154],[65,66,67,127,131,132,145,154],[0,2,4,5,15,16,19,20,65,66,67,87,96,116,127,128,131,132,135,138,154,155,158,161,162,165,167],[3,8,10,15,19,20,27,30,31,40,58,59,65,66,67,70,75,78,81,87,95,101,103,104,109,116,122,127,131,132,154,163,168],[65,66,67,127,131,132,154],[65,66,67,127,131,132,154,159],[53,65,66,67,127,131,132,154,156,157],[48,57,65,66,67,89,127,131,132,154],[9,27,60,65,66,67,80,81,100,127,131,132,154],[4,21,65,66,67,127,131,132,154],[9,33,65,66,67,80,127,131,132,154],[11,12,26,37,65,66,67,76,82,83,84,86,88,106,110,111,121,123,127,131,132,139,144,154],[7,65,66,67,127,131,132,154],[9,65,66,67,127,131,132,154],[61,62,63,64,79,117,164],[13,14,65,66,67,127,131,132,154],[22],[23,24,28,29],[32,36],[35],[35,41],[41,47],[41],[46,52,134],[49,114],[134],[43],[43,119,120],[43,137],[43,55,56,137,142,143],[43,51,119,120],[38,39,42,43,44,45,92,93,102,113,119,120,154],[1,7,43,119,120,127,129,130,131,132,140,154],[43,119,120,127,129,130,131,132,154],[25,43,116,119,120,127,129,130,131,132,141,154],[2,4,43,116,119,120,127,129,130,131,132,136,154],[30,31,43,74,78,116,119,120,127,129,130,131,132,154],[43,53,119,120,127,129,130,131,132,154],[43,48,119,120,127,129,130,131,132,154],[43,80,119,120,127,129,130,131,132,154],[4,43,119,120,127,129,130,131,132,154],[43,74,77,80,119,120,127,129,130,131,132,154],[37,43,74,111,119,120,127,129,130,131,132,154],[7,43,119,120,127,129,130,131,132,154],[43,119,120,127,131,132,154],[22,43],[23,24,28,29,43],[36,43],[34,35,43],[35,43],[35,41,43],[41,43,47,91],[41,43],[43,46,52,134],[43,90,134],[43,91],[43,134]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,5,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,0,9,10,0,11,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,28,0,0,0,29,0,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,30],[9679,31],[9135,32],[215,33],[10095,33],[10003,34],[8595,33],[10004,35],[8730,36],[10006,37],[8505,38],[10008,39],[8617,0],[10007,39],[10060,39]],"plainDefault":0,"spaced":[40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,41,40,40,40,40,40,40,42,40,43,44,40,45,45,45,45,45,45,45,45,45,45,40,40,40,40,40,40,40,46,47,48,47,49,50,47,47,47,47,47,47,47,51,52,53,47,54,55,56,57,47,47,47,47,47,40,40,40,40,58,40,46,47,48,47,49,50,47,47,47,47,47,47,47,51,52,53,47,54,55,56,57,47,47,47,47,47,40,40,40,40,40],"spacedOther":[[160,40],[5760,40],[8192,40],[8193,40],[8194,40],[8195,40],[8196,40],[8197,40],[8198,40],[8199,40],[8200,40],[8201,40],[8202,40],[8232,40],[8233,40],[8239,40],[8287,40],[12288,40],[65279,40],[9676,59],[9679,60],[9135,61],[215,62],[10095,63],[10003,64],[8595,63],[10004,65],[8730,66],[10006,67],[8505,40],[10008,68],[8617,69],[10007,70],[10060,70]],"spacedDefault":40,"blank":40}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|BORK) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[],[13,14,15,17,18,19,20,22,23,24,25,26,28,29,30,31,32,33,34,36,37,39,40,52,53,54,55,60,61,62,63,71],[13,14,15,17,18,19,20,22,23,24,25,26,28,29,30,31,32,33,34,35,36,37,39,40,52,53,54,55,60,61,62,63,71],[35],[46,47,48],[39,40,50,51],[31,32,46,47,48,49,57,62,63,64,67,72],[8,9,38,67],[49],[46,47,48,68],[1,46,47,48,49],[6,7,10,11,46,47,48,59,66],[0,2,6,10,11,16,19,20,27,42,43,46,47,48,49,54,55,59,65,70,72],[46,47,48,59],[1,16,43,46,47,48,55,69],[12,46,47,48],[1,46,47,48,55],[3,16,24,46,47,48,55,56,58,59],[1,46,47,48],[44,45,54],[4,5,46,47,48],[15,46,47,48],[46,47,48,53],[37,46,47,48],[34,41,46,47,48],[21,46,47,48],[13],[14,15,17,18],[20,24],[23],[23,28],[28,34],[28],[33,36],[30],[30,35],[30,39,40],[25,26,29,30,31,32,62,63,71],[19,20,30,52,54,55],[30,55],[30,52,53,55],[24,30,52,55],[30,54],[15,30],[30,53],[30,37],[30,34],[13,30],[14,15,17,18,30],[20,24,30],[22,23,30],[23,30],[23,28,30],[28,30,34,61],[28,30],[30,33,36],[30,60],[30,61]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,0,0,5,4,0,6,6,6,6,6,6,6,6,6,6,0,0,0,7,8,0,0,9,10,4,4,11,12,4,4,4,4,4,4,4,4,13,14,4,15,16,17,4,4,4,18,4,4,19,0,0,0,20,0,4,4,21,4,4,22,4,4,4,4,4,4,4,23,24,4,4,4,25,22,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,26],[9679,27],[9135,28],[215,29],[10095,29],[10003,30],[8595,29],[10004,31],[8730,32],[10006,33],[8505,3],[10008,0],[8617,0]],"plainDefault":0,"spaced":[34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,35,34,34,34,34,34,34,34,34,34,36,35,34,37,37,37,37,37,37,37,37,37,37,34,34,34,34,34,34,34,34,34,34,34,34,38,34,34,34,34,34,34,34,34,34,39,34,34,40,41,34,34,34,34,34,34,42,34,34,34,34,34,34,34,43,34,34,44,34,34,34,34,34,34,34,45,46,34,34,34,34,44,34,34,34,34,34,34,34,34,34,34,34],"spacedOther":[[160,34],[5760,34],[8192,34],[8193,34],[8194,34],[8195,34],[8196,34],[8197,34],[8198,34],[8199,34],[8200,34],[8201,34],[8202,34],[8232,34],[8233,34],[8239,34],[8287,34],[12288,34],[65279,34],[9676,47],[9679,48],[9135,49],[215,50],[10095,51],[10003,52],[8595,51],[10004,53],[8730,54],[10006,55],[8505,35],[10008,56],[8617,57]],"spacedDefault":34,"blank":34}},"reported":{"key":"\\n/^Tests failed\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6],[7],[5,6,9,13,14,15],[1],[2,11],[0,3,4,12],[8],[10],[6],[4]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}- /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[9],[1,3,6,8,9,10],[6,9],[3,9],[6,7,9],[3,6,9],[5,6,9],[0,6,9],[0,4,6,9],[6,8,9],[2,6,9],[6,9,10],[9,10],[3,6,9,10],[1,6,9,10],[6,8,9,10]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,9,9,2,2,2,2,2,2,2,2,2,2,2,2,2,10,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,11,0,0,0,0,0,0,2,0,3,12,0,11,11,11,11,11,11,11,11,11,11,0,0,0,0,2,0,0,11,11,13,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,2,0,0,0,11,0,14,11,15,11,15,15,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
  const root = (name) => /^[\s"'`]*([A-Za-z_][\w$]{0,100})[\\.]/.exec(name)?.[1] ?? "";
  const a = root(actual);
  return a !== "" && a === root(expected);
}
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
      if (actualIsRefusal && (!NAMES_AN_ERROR.test(sides.expected) || this.infraIn(sides.expected) || wantedAnswer)) {
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
  recordInfra(match, interpreted, line, note) {
    if (match.rule.id === "module.python.missing" && this.failedImports.size < 256) this.failedImports.add((match.groups.module ?? "").split(".")[0] ?? "");
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
