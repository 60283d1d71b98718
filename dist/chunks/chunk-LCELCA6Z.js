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
} from "./chunk-RO2DOOUH.js";
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
var DERIVED = `{"prefilter":{"key":"rules 229\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/Unable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Unable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,40}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|BORK) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests failed\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}- /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,45,47,196,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,323,325,326,327,328,329,330,331,335],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,10003,10004,8730,10006,8505,35,43,36],"words":6,"quiet":10382,"states":11643,"edges":"AAAAAAAAAAABAAAASwAAAAIAAADTdwAAAwAAAJkMAAAEAAAAjb0AAAUAAABxegUABgAAACPqAQAHAAAAeRcGAAgAAADMuQEACQAAAEV+AAAKAAAAKUAAAAsAAABGWAcADAAAAPWCAAANAAAAYxUAAA4AAADqUAEADwAAAHKcAAAQAAAARyIAABEAAADtXAEAEgAAADQIAAATAAAAFK4BABQAAAAkWgkAFQAAAK7XAQAWAAAA2vcAABcAAABYxAEAGAAAACXZAQAZAAAA18wBABoAAADv4QEAGwAAACxZAgAcAAAAeHYCAB0AAAAAAAAAHgAAAP9uCgAfAAAAEO8AACAAAABQCAIAIQAAAAAAAAAiAAAAOpcBACMAAABi2QAAJAAAALWDAwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAwngBACkAAACzhwEAKgAAAO3gBAArAAAAnxoKACwAAAAAAAAALQAAAD7AAQAuAAAAAAAAAC8AAABqDAIAMAAAADdsAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAACvRwkAPAAAAKVRCQA9AAAAaSMKAD4AAAAAAAAAPwAAAP8jCgBAAAAAAAAAAEEAAACgNwoAQgAAAOs3CgBDAAAAz0QKAEQAAAAaRQoARQAAAGVFCgBGAAAAzVUKAEcAAABRWQoASAAAAMtmCgBJAAAAYzcLAEoAAACuggsATQAAAJYAAABOAAAAADkDAFAAAABhxAcAUQAAAP0fAQBUAAAAVYwAAFYAAACHQwgAVwAAALDBBgBfAAAAfdsBAGIAAADmNAMAaAAAAMk2AACZAAAA4QAAAKMAAACTlwIA5AAAAJrhCwAxAQAAdwEAAH0BAADCAQAAyQEAAA0CAAAVAgAAWAIAAFoCAACjAgAArAIAAO4CAAD4AgAAOQMAAEQDAACEAwAAkAMAAM8DAADcAwAAGgQAACQEAABlBAAAcwQAALAEAAC/BAAA+wQAAP0EAABGBQAAUAUAAJEFAACfBQAA3AUAAOEFAAAnBgAANAYAAHIGAAB6BgAAvQYAAM0GAAAIBwAACgcAAFMHAABhBwAAngcAAK8HAADl4QsA8AcAADDiCwA2CAAAykkKADwIAAB/CAAATQgAALBFCgBQCAAA0J8IAIYIAADKCAAAzwgAABUJAAAhCQAAYAkAAGMJAACrCQAAswkAAPYJAAADCgAAQQoAAEYKAACMCgAAlgoAANcKAADfCgAAIgsAAC4LAABtCwAAMQsAAFbVAQCACwAAuAsAAMYLAAADDAAABgwAAE4MAABYDAAAe+ILAJsMAAA/ZgAAnAwAADl6AQCeDAAA5AwAAKIMAAAWhgkAowwAAKQsAgCkDAAAW9ABAKUMAAD0GgAApwwAAOVVAQCoDAAAESsAAK0MAAD7XAIAtgwAACsdAwC5DAAARKIKAOoMAAAvDQAA8wwAAPD5BgA1DQAAeg0AAI4NAADFDQAA2g0AABAOAAAYDgAAWw4AAGUOAACmDgAAqw4AAPEOAAD2DgAAPA8AAEQPAACHDwAAnQ8AANIPAADUDwAAHRAAACoQAABoEAAAfBAAALMQAAC7EAAA/hAAAA0RAABJEQAAWhEAAJQRAACiEQAA3xEAAOsRAAAqEgAANxIAAHUSAAB/EgAAwBIAAMMSAAALEwAAExMAAFYTAABYEwAAoRMAALITAADsEwAA8hMAADcUAABDFAAAghQAAIQUAADNFAAA1BQAABgVAAAsFQAAxuILAGQVAAAcqwsAZRUAANv1AQBoFQAArhUAAGwVAAC3sAEAcRUAAI+5AgCwFQAA77UAALEVAAABjwYAtRUAAJ1pCAC2FQAA+RUAALgVAADEHAEAuRUAAJBaBgC7FQAAgLYFAL0VAACN8QgAvxUAAJuMBQDEFQAAbPsBAMcVAAB+MQUA+hUAAEQWAAD8FQAAJwEFAP8VAAAfFAkAWxYAAI8WAACnFgAA2hYAAOUWAAAlFwAAPhcAAHAXAAByFwAAuxcAANUXAAAGGAAAFRgAAFEYAABWGAAAnBgAAKkYAADnGAAA9xgAADIZAAA6GQAAfRkAAIkZAADIGQAA1RkAABMaAAAdGgAAXhoAAGQaAACpGgAAvRoAABHjCwD6GgAAPxsAAP4aAAA1GwoACxsAAC8iCQBaGwAAihsAAJYbAADVGwAA2xsAACAcAAAjHAAAXsoEACgcAABrHAAAbhwAAJPvBAByHAAAthwAAHYcAADYTgYAeRwAACzvAgC7HAAAAR0AAA0dAABMHQAATx0AAJcdAACfHQAA4h0AAO8dAAAtHgAAMh4AAHgeAACCHgAAwx4AAMseAAAOHwAAER8AAFkfAABiHwAApB8AAKUfAADvHwAA8B8AADogAAA/IAAAhSAAAIsgAADQIAAA2iAAABshAAAjIQAAZiEAAGkhAACxIQAAtCEAAPwhAAANIgAAXOMLAEkiAACrgAEATCIAABJdCQBQIgAAVEYLAFMiAACSIgAAVSIAANjkBgCqIgAA3SIAAOAiAAAoIwAANCMAAHMjAACAIwAAviMAAMUjAAAJJAAACyQAAFQkAABdJAAAnyQAAKkkAADqJAAA9SQAADUlAABRJQAAgCUAAIglAACn4wsA0CUAABYmAAAeJgAAYSYAAGImAACsJgAAriYAAPcmAAD6JgAAQicAAEUnAADy4wsAkicAANgnAADeJwAAIygAACooAABuKAAAdigAALkoAAC8KAAABCkAAA0pAABPKQAAUCkAAJopAACbKQAA5SkAAPYpAAAwKgAAPioAAHsqAACHKgAAxioAAM0qAAA95AsAFysAAFwrAABeKwAApysAAL0rAADyKwAA+isAAD0sAAA/LAAAiCwAAJEsAADTLAAA3SwAAB4tAAApLQAAaS0AAHUtAAC0LQAAwS0AAP8tAAAJLgAASi4AAFguAACVLgAApC4AAOAuAADiLgAAKy8AADUvAAB2LwAAhC8AAMEvAADGLwAADDAAABkwAABXMAAAXzAAAKIwAACoMAAA7TAAAPkwAAA4MQAAVTEAAIMxAACMMQAAzjEAANwxAAAZMgAAHzIAAGQyAABwMgAArzIAALIyAAD6MgAAAjMAAEUzAABWMwAAkDMAAJ4zAADbMwAA9DMAACY0AAAnNAAAcTQAAI40AACI5AsAwTQAAAc1AAANNQAAUjUAAFo1AACdNQAApjUAAOg1AADrNQAAMzYAAD82AAB+NgAAhDYAAB7lCwDlNgAAFDcAABw3AABp5QsAYjcAAKo3AAC7NwAA9TcAAP03AABAOAAATjgAAIs4AACOOAAA1jgAAN44AAAhOQAALjkAAGw5AABxOQAAtzkAAME5AAACOgAACjoAAE06AABZOgAAmDoAAKU6AADjOgAA5ToAAC47AABHOwAAeTsAAIo7AADEOwAA0DsAAA88AAAWPAAAWjwAAGI8AAClPAAAqjwAAPA8AAD9PAAAOz0AAEM9AACGPQAAkD0AANE9AADcPQAAHD4AACg+AABnPgAAbz4AALTlCwC+PgAA/T4AAAM/AABIPwAAYz8AAJM/AACfPwAA3j8AAOQ/AAD/5QsALkAAABboAQAvQAAAoxwEADBAAACfAAYANEAAAHRAAAA1QAAA02AIADdAAAAhngQAPUAAAErwAQCAQAAAv0AAAMVAAAAOqwoAx0AAAErmCwAWQQAAVUEAAFtBAACgQQAAu0EAAOtBAAD3QQAANkIAADxCAACBQgAAiUIAAMxCAADSQgAAF0MAACNDAABiQwAAf0MAAK1DAAC2QwAA+EMAAAREAABDRAAARkQAAI5EAACYRAAA2UQAAOVEAAAkRQAAK0UAAG9FAAB3RQAAukUAALtFAADXVQAAvUUAAAVGAAAURgAAUEYAAFZGAACbRgAAnUYAAOZGAAD8RgAAMUcAAE9HAAB8RwAAlUcAAMdHAADJRwAAEkgAABVIAABdSAAAaUgAAKhIAACvSAAA80gAAPtIAAA+SQAAQEkAAIlJAACSSQAA1EkAAN5JAAAfSgAAKkoAAGpKAAB2SgAAtUoAAMJKAAAASwAACksAAEtLAABZSwAAlksAAKVLAADhSwAA40sAACxMAAA2TAAAd0wAAIVMAADCTAAAx0wAAA1NAAAaTQAAWE0AAG1NAACjTQAAq00AAO5NAAAHTgAAOU4AAEJOAACETgAAjk4AAM9OAADXTgAAGk8AACdPAABlTwAAak8AALBPAAC4TwAA+08AAPxPAABGUAAASFAAAJFQAACUUAAA3FAAAN9QAACV5gsALFEAAHJRAAB4UQAAvVEAAMRRAAAIUgAAEFIAAFNSAABXUgAAnlIAAKBSAADpUgAA7FIAADRTAAA8UwAAf1MAAIBTAADKUwAA0FMAABVUAAAaVAAAYFQAAHtUAACrVAAAuVQAAPZUAAD9VAAAQVUAAE1VAACMVQAAk1UAAODmCwDZVQAAIlYAACVWAABtVgAAcFYAACvnCwC9VgAAA1cAAAlXAABOVwAAVVcAAJlXAAC3VwAA5FcAAP1XAAAvWAAAMVgAAHpYAAB9WAAAxVgAANFYAAAQWQAAF1kAAFtZAABjWQAAplkAAKhZAADxWQAA+lkAADxaAABGWgAAh1oAAJJaAADSWgAA3loAAB1bAAAqWwAAaFsAAHJbAACzWwAAwVsAAP5bAAANXAAASVwAAEtcAACUXAAAnlwAAN9cAADtXAAAKl0AAC9dAAB1XQAAgl0AAMBdAADVXQAAC14AABNeAABWXgAAb14AAKFeAACqXgAA7F4AAPZeAAA3XwAAP18AAIJfAACPXwAAzV8AANJfAAAYYAAAIGAAAGNgAABkYAAArmAAALBgAAD5YAAA/GAAAERhAABHYQAAducLAJRhAADaYQAA4GEAACViAAAsYgAAcGIAAHhiAAC7YgAAv2IAAAZjAAAIYwAAUWMAAFRjAACcYwAApGMAAOdjAADoYwAAMmQAADhkAAB9ZAAAgmQAAMhkAADjZAAAE2UAACFlAABeZQAAZWUAAKllAAC1ZQAA9GUAAPtlAADB5wsAQmYAAIpmAACbZgAA1WYAAN1mAAC3ZQEA8WYAACBnAAAoZwAADOgLAHpnAAC2ZwAAvGcAAAFoAAADaAAATGgAAGJoAACXaAAAtWgAAOJoAADlaAAALWkAADlpAAB4aQAAfmkAAMNpAADeaQAADmoAABpqAABZagAAX2oAAKRqAADCagAA72oAAP9qAAA6awAASGsAAIVrAACLawAA0GsAANNrAAAbbAAAJWwAAGZsAACEbAAAsWwAAMdsAAD8bAAACG0AAEdtAABKbQAAkm0AAJVtAADdbQAA320AAChuAAA/bgAAc24AAH9uAAC+bgAA2m4AAAlvAAARbwAAV+gLAGVvAACfbwAArW8AAOpvAAD2bwAANXAAAEJwAACAcAAAinAAAMtwAADTcAAAFnEAABdxAABhcQAAY3EAAKxxAACvcQAA93EAAPpxAACi6AsAR3IAAI1yAACTcgAA2HIAAN9yAAAjcwAAK3MAAG5zAACEcwAAuXMAAMJzAAAEdAAAB3QAAE90AABZdAAAmnQAAKJ0AADldAAA/nQAADB1AAA8dQAAe3UAAIN1AADt6AsAznUAABF2AAAUdgAAXHYAAGZ2AACndgAArXYAAPJ2AAAAdwAAPXcAAEp3AACIdwAAn3cAADjpCwDUdwAAtdYKANZ3AAByfQEA2XcAAEEXAgDadwAAu/MFANt3AADW6AQA3HcAAMivAADddwAA6PcBAOB3AACatQoA4ncAAB54AADkdwAAUG0GAOl3AAChDgUA6ncAADwFCgAoeAAAdjcHAC14AABpeAAAdXgAALR4AAC1eAAAwAADALd4AAD/eAAAAnkAAEp5AABReQAAdlsBAFJ5AACVeQAAYnkAAFwMAQCceQAA4HkAAOx5AAAregAAOHoAAHZ6AACEegAAwXoAAM16AAAMewAAE3sAAFd7AABfewAAonsAALJ7AADtewAA8nsAADh8AAA+fAAAg3wAAIt8AADOfAAA13wAABl9AAAcfQAAZH0AAHB9AACvfQAAtX0AAIPpCwAZfgAAzukLAFJ+AACQfgAAkn4AAM/kAACTfgAAuTUCAJd+AAC/6wkAm34AAJBICQCcfgAA3ZkBAJ9+AAD/QgkAqX4AABoRAgCwfgAA234AAOh+AAAmfwAAK38AAHF/AAB1fwAAvH8AAMl/AAAHgAAAD4AAAFKAAAASgAAAOlQIAFmAAACdgAAAaIAAAO/uAwCfgAAA6IAAAPKAAAAzgQAANYEAAH6BAACXgQAAyYEAAMuBAAAUggAAF4IAAF+CAABrggAAqoIAALKCAAAZ6gsA+4IAAECDAAD9ggAAUzYNAASDAADLIAUABoMAAJpvBQAIgwAAaisBABGDAADxBAoARoMAAKrNAABYgwAAi4MAAI2DAADWgwAAmIMAAACWAACkgwAAHIkAAOWDAAAhhAAAMIQAAGyEAAB4hAAAt4QAALqEAAAChQAABYUAAE2FAABlhQAAmIUAAJ+FAADjhQAA74UAAC6GAAA7hgAAeYYAAIeGAADEhgAA0IYAAA+HAAAWhwAAWocAAHKHAAClhwAAsYcAAPCHAAD2hwAAO4gAAEGIAACGiAAAi4gAANGIAADXiAAAr+oLAB6JAABniQAAbokAALKJAADKiQAA/YkAAASKAABIigAAYYoAAJOKAACrigAA3ooAAOqKAAApiwAAL4sAAHSLAAB6iwAAv4sAAMSLAAAKjAAAEIwAAPrqCwBujAAAoIwAALGMAADrjAAA+YwAADaNAABFjQAAgY0AAImNAADMjQAA7I0AABeOAAAjjgAAYo4AAHaOAACtjgAAtY4AAPiOAAD+jgAAQ48AAE+PAACOjwAAmI8AANmPAADfjwAAJJAAADKQAABvkAAAe5AAALqQAADVkAAABZEAAAeRAABQkQAAYZEAAJuRAACjkQAA5pEAAPSRAAAxkgAANJIAAHySAACEkgAAx5IAANSSAAASkwAAF5MAAF2TAABnkwAAqJMAALCTAADzkwAA9ZMAAD6UAABPlAAAiZQAAJqUAADUlAAA2ZQAAB+VAAAjlQAAapUAAHaVAAC1lQAAvJUAAEXrCwAFlgAAS5YAAFWWAACWlgAArpYAAOGWAADklgAALJcAADWXAAB3lwAAeJcAAMKXAADDlwAADZgAABKYAABYmAAAXpgAAKOYAACtmAAA7pgAAPqYAAA5mQAAQJkAAISZAACcmQAAz5kAANGZAAAamgAAI5oAAGWaAABvmgAAsJoAALuaAAD7mgAAE5sAAEabAABcmwAAkZsAAJabAADcmwAA45sAACecAAAznAAAkOsLAHScAADXYgIAd5wAACWOAQB7nAAAavoEAIOcAAC9nAAAv5wAAAsgAgDLnAAACJ0AABSdAABTnQAAF50AAE+bBgBgnQAAnp0AAKidAADpnQAA6p0AAP+aCwDxnQAANJ4AADueAAB/ngAAT54AAOttAQCEngAAyp4AANaeAAAVnwAAGJ8AAGCfAABonwAAq58AALifAAD2nwAA+58AAEGgAABLoAAAjKAAAJSgAADXoAAA2qAAACKhAAAroQAAbaEAAG6hAAC4oQAAuaEAAAOiAAAIogAATqIAAFSiAACZogAAo6IAAOSiAADsogAAL6MAADGjAAB6owAAg6MAAMWjAADPowAAEKQAABukAABbpAAAZ6QAAKakAACzpAAA8aQAAPukAAA8pQAASqUAAIelAACWpQAA0qUAANSlAAAdpgAAJ6YAAGimAAB2pgAAs6YAALimAAD+pgAAC6cAAEmnAABRpwAAlKcAAJWnAADfpwAA5acAACqoAAAvqAAAdagAAH+oAADAqAAAxagAAAupAAAaqQAAVqkAAFupAAChqQAAsqkAAOypAAD0qQAAN6oAAD2qAACCqgAAjqoAAM2qAADqqgAAGKsAACGrAABjqwAAb6sAAK6rAACxqwAA+asAAAOsAABErAAAUKwAAI+sAACWrAAA2qwAAOKsAAAlrQAAPq0AAHCtAACErQAAu60AAMOtAAAGrgAACa4AAFGuAABdrgAAnK4AAKKuAADnrgAAAq8AADKvAAA+rwAAfa8AAIOvAADb6wsA0q8AABOwAAAesAAAXrAAAGawAADlvwAAarAAAKmwAAC2sAAA9LAAAP6wAAA/sQAATbEAAIqxAACZsQAA1bEAANexAAAgsgAAKrIAAGuyAAB5sgAAtrIAALuyAAABswAADrMAAEyzAABUswAAl7MAAJizAADiswAAm7MAABhBAQCnswAAfmIBAPOzAAAttAAANrQAAHi0AACPtAAAw7QAANG0AAAOtQAAG7UAAFm1AABhtQAApLUAAMO1AAAm7AsA+LUAADq2AABEtgAAhbYAAJC2AABx7AsA0rYAABu3AAAktwAAZrcAAHC3AACxtwAAvLcAAPy3AAAIuAAAR7gAAFS4AACSuAAAnLgAAN24AADruAAAKLkAADe5AABzuQAAdbkAAL65AADIuQAACboAABe6AABUugAAWboAAJ+6AACsugAA6roAAPK6AAA1uwAAO7sAAIC7AACMuwAAy7sAAOi7AAAWvAAAH7wAAGG8AABvvAAArLwAALK8AAD3vAAAA70AAEK9AABJvQAAvOwLAI+9AAAY1wEAk70AANi9AADdvQAAI74AAOa9AAAdlAMAML4AAG6+AACFvgAAub4AALq+AAAEvwAABr8AAE+/AABSvwAAmr8AAJ2/AAAH7QsABsAAADDAAAAxwAAAe8AAAH3AAADGwAAAycAAABHBAAAUwQAAUu0LAGHBAACnwQAArcEAAPLBAAD5wQAAPcIAAF/CAACIwgAAkMIAANPCAADiwgAAHsMAACDDAABpwwAAesMAALTDAADFwwAA/8MAAAvEAABKxAAAUcQAAJXEAACdxAAA4MQAAOTEAAArxQAAOcUAAHbFAACAxQAAwcUAAMzFAAAMxgAAEcYAAFfGAABgxgAAosYAAKzGAADtxgAA9cYAADjHAAA6xwAAg8cAAJDHAADOxwAA4scAABnIAAAhyAAAZMgAAGXIAACvyAAAscgAAPrIAAD9yAAARckAAEjJAACd7QsAlckAANvJAADhyQAAJsoAAC3KAABxygAAecoAALzKAADLygAAB8sAAAzLAABSywAAX8sAAJ3LAACtywAA6MsAAPbLAAAzzAAASswAAH7MAACHzAAAycwAAM/MAAAUzQAAIM0AAF/NAABmzQAA6O0LAK/NAADPWwIAss0AAPXNAAC3zQAAFacHAATOAABAzgAAUc4AAIvOAACZzgAA1s4AAOLOAAAhzwAALs8AAGzPAAB2zwAAt88AAL/PAAAC0AAABdAAAE3QAABZ0AAAmNAAAKXQAADj0AAA7dAAAC7RAAA20QAAedEAAHvRAADE0QAAzdEAAA/SAAAZ0gAAWtIAAGXSAACl0gAAutIAAPDSAAD40gAAO9MAAFTTAACG0wAAj9MAANHTAADb0wAAHNQAACTUAABn1AAAdNQAALLUAAC31AAA/dQAAAXVAABI1QAASdUAAJPVAACV1QAA3tUAAOHVAAAp1gAALNYAADPuCwB51gAAv9YAAMXWAAAK1wAAEdcAAFXXAABd1wAAoNcAAK7XAADr1wAA7tcAADbYAAA+2AAAgdgAAITYAADM2AAA2NgAABfZAAAh2QAAfu4LAGTZAACt2QAAZdkAADljCQBt2QAANfQDAHHZAACExQEActkAAGAeCQCG2QAAUqwBALbZAAD42QAAAtoAAEPaAABO2gAAjtoAAJraAADZ2gAA5toAACTbAAAu2wAAb9sAAH3bAAC62wAAydsAAAXcAAAH3AAAUNwAAFrcAACb3AAAqdwAAObcAADr3AAAMd0AAD7dAAB83QAAjN0AAMfdAADJ3QAAEt4AACDeAABd3gAAbt4AAMnuCwCv3gAAFO8LAPveAABf7wsAR98AAInfAACT3wAA1N8AAN/fAAAf4AAAK+AAAGrgAAB34AAAteAAAL/gAAAA4QAADuEAAEvhAABa4QAAluEAAJjhAADh4QAA6+EAACziAAA64gAAd+IAAHziAADC4gAAz+IAAA3jAAAV4wAAWOMAAGjjAACj4wAApeMAAO7jAAD84wAAOeQAAErkAACq7wsAi+QAAPXvCwDo5AAAGuUAACvlAABl5QAAceUAALDlAAC45QAAQPALAADmAABG5gAATuYAAJHmAACT5gAA3OYAAJbmAADx6gUAoOYAADfjAwDl5gAAJ+cAAOvmAADK8QcAMecAAHLnAAB95wAAvecAAMnnAAAI6AAAFegAAFPoAABd6AAAnugAAKzoAADp6AAA+OgAADTpAAA26QAAf+kAAInpAADK6QAA1ukAABXqAAAd6gAAi/ALAGPqAACr6gAAueoAAPbqAAAD6wAAQesAAFjrAACM6wAAlOsAANfrAADt6wAAIuwAAC7sAABt7AAAfOwAALjsAADD7AAAA+0AAAXtAABO7QAAW+0AAJntAACn7QAA5O0AAOftAAAv7gAARe4AAHruAACC7gAAxe4AANfuAADW8AsAHe8AAF/iCQAf7wAAW+8AAGDvAACm7wAAre8AAPHvAAD97wAAPPAAAEnwAACH8AAAifAAANLwAADo8AAAHfEAACnxAABo8QAAh/EAALPxAADP8QAA/vEAAAbyAAAh8QsAS/IAAJTyAACd8gAA3/IAAOnyAAAq8wAANfMAAHXzAACB8wAAwPMAAM3zAAAL9AAAFfQAAFb0AABk9AAAofQAALD0AADs9AAA7vQAADf1AABB9QAAgvUAAJD1AADN9QAA0vUAABj2AAAl9gAAY/YAAHP2AACu9gAAsPYAAPn2AAAH9wAARPcAAFX3AABs8QsAlvcAALfxCwDc9wAAri8EAN/3AAAl+AAA4/cAAD+SAQDm9wAA2SAGAOj3AAD4bwEA7vcAAKq7AwAs+AAAr7EIADL4AABw+AAAh/gAALv4AADA+AAABvkAAAn5AABR+QAAEPkAAGbRBAAi+QAAxtoEAFb5AADL1QQAXfkAAJz5AACi+QAAcwQBAKv5AADn+QAA8PkAADL6AAA4+gAAffoAAIv6AADI+gAA0voAABP7AAAn+wAAXvsAAGr7AACp+wAAvPsAAPT7AAAD/AAAP/wAAEv8AACK/AAAi/wAANX8AADf/AAAIP0AAC79AABr/QAAcP0AALb9AADD/QAATfILABT+AABM/gAAW/4AAJf+AACj/gAA4v4AAOP+AAAt/wAAN/8AAHj/AACG/wAAw/8AAMj/AAAOAAEAGwABAC7zCwBbAAEApAABAK0AAQDvAAEA+QABADoBAQBFAQEAhQEBAJEBAQDQAQEA3QEBABsCAQAlAgEAZgIBAHQCAQCxAgEAwAIBAPwCAQD+AgEARwMBAFEDAQCSAwEAoAMBAN0DAQDqAwEAKAQBAD8EAQB58wsAjgQBAL4EAQDKBAEACQUBAA8FAQBUBQEAYAUBAJ8FAQClBQEA6gUBAPAFAQA1BgEAOgYBAIAGAQCGBgEAxPMLANQGAQAWBwEAIAcBAGEHAQBsBwEArAcBALgHAQD3BwEABAgBAEIIAQBMCAEAjQgBAJsIAQDYCAEA5wgBACMJAQAlCQEAbgkBAHgJAQC5CQEAxwkBAAQKAQAJCgEATwoBAFwKAQCaCgEAogoBAOUKAQD1CgEAMAsBADILAQB7CwEAiQsBAMYLAQDXCwEApfQLABgMAQDw9AsAYgwBAKcMAQCzDAEA8gwBAAINAQA9DQEARg0BAIgNAQCLDQEA0w0BAN8NAQAeDgEAJQ4BAGkOAQBxDgEAtA4BANIOAQD/DgEABw8BADv1CwBPDwEAlQ8BAKwPAQDgDwEA7g8BACsQAQA4EAEAdhABAH4QAQDBEAEAxRABAAwRAQAOEQEAVxEBAFoRAQCiEQEAqhEBAO0RAQDzEQEAOBIBAEQSAQCDEgEAkxIBAM4SAQDXEgEAGRMBABwTAQBkEwEAcBMBAK8TAQC2EwEAhvULAAMUAQBFFAEASBQBAJAUAQCeFAEA2xQBAOgUAQAmFQEAPRUBAHEVAQB5FQEAvBUBAL4VAQAHFgEAEBYBAFIWAQBcFgEAnRYBAKgWAQDoFgEA9BYBADMXAQBAFwEAfhcBAIgXAQDJFwEA1xcBABQYAQAjGAEAXxgBAGEYAQCqGAEAtBgBAPUYAQADGQEAQBkBAEUZAQCLGQEAmBkBANYZAQDeGQEAIRoBADcaAQBsGgEAeBoBALcaAQDGGgEAAhsBAA0bAQBNGwEATxsBAJgbAQClGwEA4xsBAPEbAQAuHAEAMRwBAHkcAQCPHAEA0fULAMwcAQDkzgEA0hwBAFQxAgDcHAEADx0BABEdAQBaHQEAax0BAKUdAQC2HQEA8B0BAPUdAQA7HgEAPx4BAIYeAQCSHgEA0R4BANgeAQAcHwEAJB8BAGcfAQCFHwEAsh8BALofAQAc9gsAAiABAEggAQBJIAEA2ToKAFcgAQBZfwkAYSABAJMgAQCVIAEA3iABAPcgAQApIQEAOiEBAHQhAQCAIQEAvyEBAMEhAQAKIgEAEyIBAFUiAQAZIgEAUCcBAF8iAQCgIgEAqyIBAOsiAQD3IgEANiMBAEMjAQCBIwEAiyMBAMwjAQDaIwEAFyQBACYkAQBiJAEAZCQBAK0kAQC3JAEA+CQBAAYlAQBDJQEASCUBAI4lAQCbJQEA2SUBAOUlAQAkJgEAKiYBAG8mAQB1JgEAuiYBAL8mAQAFJwEACycBAGf2CwBfJwEAmycBAKcnAQDmJwEA6ScBADEoAQA0KAEAfCgBAIMoAQDHKAEA0ygBABIpAQAfKQEAXSkBAGspAQCoKQEAtCkBAPMpAQD6KQEAsvYLAEQqAQCJKgEAjyoBANQqAQDZKgEAHysBACUrAQD99gsAaysBAEO7AQB0KwEAKQoJAHYrAQAT0gsAeCsBAPyBCQB5KwEAtSsBAMErAQAALAEAASwBAEssAQAMLAEADJAJAFUsAQCWLAEApCwBAOEsAQDmLAEALC0BADktAQBI9wsAeS0BAHlQCQCFLQEAwUQJAJotAQDCLQEA5y0BAA0uAQAzLgEAWC4BAH8uAQCjLgEAxy4BAO4uAQD2LgEAk/cLAEUvAQCELwEAhi8BAM8vAQDSLwEAGjABAB8wAQBlMAEAcjABALAwAQDMMAEA+zABAAMxAQDe9wsATzEBAJExAQBTMQEAWzoBAJQxAQDcMQEA6DEBACcyAQAtMgEAcjIBAH8yAQC9MgEAvzIBAAgzAQAeMwEAUzMBAF8zAQCeMwEApjMBACn4CwDvMwEANDQBADw0AQB/NAEAgDQBAMo0AQDMNAEAFTUBABg1AQBgNQEAYzUBAHT4CwCwNQEA9jUBAPw1AQBBNgEASDYBAIw2AQCUNgEA1zYBAOQ2AQAiNwEAJzcBAG03AQB3NwEAuDcBAMA3AQADOAEABTgBAE44AQBfOAEAmTgBAKo4AQDkOAEA6TgBAC85AQAzOQEAejkBAIY5AQDFOQEAzDkBABA6AQAiOgEAv/gLAGA6AQCmOgEArjoBAPE6AQDzOgEAPDsBAEs7AQCHOwEAljsBANI7AQDeOwEAHTwBACA8AQBoPAEAazwBALM8AQC7PAEA/jwBAAg9AQBJPQEATj0BAJQ9AQCcPQEA3z0BAOk9AQAqPgEANT4BAHU+AQCDPgEAwD4BAMM+AQALPwEAEz8BAFY/AQBxPwEAoT8BAKw/AQDsPwEA8T8BADdAAQA6QAEAgkABAIxAAQDNQAEA30ABAAr5CwAmQQEAY0EBAG1BAQCuQQEAuUEBAPlBAQABQgEAREIBAEpCAQCPQgEAkUIBANpCAQDzQgEAJUMBAD5DAQBwQwEAfkMBALtDAQDFQwEABkQBABxEAQBRRAEAbkQBAJxEAQCkRAEA50QBAPdEAQAyRQEANEUBAH1FAQCLRQEAyEUBANlFAQBV+QsAGkYBAKD5CwBfRgEAqUYBALpGAQD0RgEAAEcBAD9HAQBBRwEAikcBAI1HAQDVRwEA4UcBACBIAQAoSAEANvoLAHZIAQC2SAEAwkgBAAFJAQAQSQEATEkBAGxJAQCXSQEAn0kBAOJJAQD2SQEALUoBADJKAQB4SgEAgUoBAMNKAQDJSgEADksBABZLAQBZSwEAaEsBAKRLAQCpSwEA70sBAPxLAQA6TAEAR0wBAIVMAQCRTAEA0EwBAN9MAQAbTQEAJU0BAGZNAQB0TQEAsU0BALZNAQD8TQEACU4BAEdOAQBPTgEAkk4BAJVOAQDdTgEA6U4BAChPAQAyTwEAc08BAH1PAQC+TwEAzE8BAAlQAQAWUAEAVFABAGtQAQCfUAEAolABAIH6CwDtUAEAyxMDAPRQAQC+iAQA91ABADVRAQD6UAEAHbsJAPtQAQBXPQIAAFEBABFkAwA8UQEAXQoCAFBRAQCAUQEAglEBAMtRAQDcUQEAFlIBACRSAQBhUgEAaFIBAKxSAQCuUgEA91IBALFSAQBwJAIAtFIBAJNrAQAGUwEAQlMBAFFTAQCNUwEAmVMBANhTAQDbUwEAI1QBACZUAQBuVAEAjlQBALlUAQDFVAEABFUBABhVAQBPVQEAXVUBAJpVAQChVQEAzPoLAPxVAQAwVgEAMlYBAHUnCQAzVgEAlCYJAD1WAQB7VgEAfVYBAMZWAQDQVgEAEVcBANdWAQCuKgkAGlcBAFxXAQBiVwEAp1cBALNXAQDyVwEA+VcBAD1YAQBCWAEAiFgBAJRYAQDTWAEA1lgBAB5ZAQArWQEAaVkBAG5ZAQC0WQEAvlkBAP9ZAQAVWgEASloBAExaAQCVWgEAn1oBAOBaAQDvWgEAK1sBADZbAQAX+wsAglsBAMFbAQDOWwEADFwBABpcAQBXXAEAY1wBAKJcAQCpXAEAYvsLAPJcAQA4XQEA+VwBAHtMCwD7XAEAwWgDADpdAQDe4gIAPV0BAFV1CABPXQEAg10BAJFdAQDOXQEA210BABleAQAhXgEAZF4BAG5eAQDX5gUAdF4BAK9eAQCxXgEA+l4BAAhfAQBFXwEAVl8BAK37CwCXXwEA+PsLAOBfAQAmYAEALGABAHFgAQB5YAEAvGABAMVgAQAHYQEACmEBAFJhAQBeYQEAnWEBAKNhAQDoYQEA8GEBADNiAQBSYgEAjvwLAIBiAQDJYgEA12IBABRjAQAlYwEA2fwLAGZjAQAk/QsAr2MBAPVjAQD7YwEAQGQBAEhkAQCLZAEAlGQBANZkAQDZZAEAIWUBAC1lAQBsZQEAcmUBALr9CwC5ZQEAAmYBAAtmAQBNZgEAV2YBAJhmAQCjZgEA42YBAO9mAQAuZwEAO2cBAHlnAQCDZwEAxGcBANJnAQAPaAEAHmgBAFpoAQBcaAEApWgBAK9oAQDwaAEA/mgBADtpAQBAaQEAhmkBAJNpAQDRaQEA2WkBABxqAQAsagEAZ2oBAGlqAQCyagEAwGoBAP1qAQAOawEABf4LAE9rAQBQ/gsAnGsBAN5rAQDhawEAKWwBADVsAQB0bAEAemwBAL9sAQDMbAEACm0BAAxtAQBVbQEAa20BAKBtAQCsbQEAm/4LAPdtAQA2bgEAPG4BAIFuAQCEbgEAzG4BANpuAQAXbwEAHG8BAGJvAQBvbwEArW8BALVvAQDm/gsABXABAENwAQBRcAEAjnABAKRwAQDZcAEA4nABACRxAQA6cQEAb3EBAHdxAQC6cQEAvXEBAAVyAQAOcgEAUHIBAFFyAQCbcgEAnHIBAOZyAQDrcgEAMXMBADdzAQB8cwEAhnMBAMdzAQDTcwEAEnQBABl0AQBddAEAZXQBAKh0AQCqdAEA83QBAPR0AQA+dQEATHUBAIl1AQCRdQEA1HUBAO91AQAfdgEAK3YBAGp2AQBwdgEAtXYBALh2AQAAdwEADncBAEt3AQBQdwEAlncBAKN3AQDhdwEA6XcBACx4AQA6eAEAd3gBAHp4AQAx/wsAxXgBAA15AQDGeAEAmnwHAM54AQA/bgcA0HgBAAd2CgDVeAEAC58KABB5AQBYeQEAaXkBAKN5AQC/eQEA7nkBAPZ5AQB8/wsASnoBAIR6AQCMegEAz3oBANV6AQAaewEAH3sBAGV7AQBuewEAsHsBALp7AQD7ewEACXwBAEZ8AQBTfAEAkXwBAJ18AQDcfAEA33wBACd9AQBDfQEAx/8LAHV9AQC9fQEAhn0BAERPAwDJfQEACH4BAA5+AQBTfgEAXX4BABIADACjfgEA6X4BAPZ+AQA0fwEAPH8BAIQGDABAfwEAf38BAER/AQBbhQEAhX8BAMp/AQDQfwEAFYABABqAAQBggAEAZoABAF0ADAC1gAEAVigJALmAAQD2gAEAB4EBAKgADABIgQEA8wAMAJSBAQA+AQwA5YEBACKCAQApggEAbYIBAHWCAQC4ggEAxYIBAAODAQAIgwEAToMBAFiDAQCZgwEAoYMBAOSDAQDqgwEAL4QBADGEAQB6hAEAiIQBAMWEAQDIhAEAEIUBAByFAQCJAQwAXYUBAKaFAQC0hQEA8YUBAAKGAQDUAQwAQ4YBAB8CDACNhgEA0oYBANiGAQAdhwEAIocBAGiHAQBuhwEAagIMALWHAQD+hwEAv4cBAAdPBAAZiAEASYgBAEuIAQCUiAEArogBAN+IAQDsiAEAHoAHAPCIAQAqiQEALIkBAHWJAQCCiQEAwIkBANeJAQALigEAJYoBAFaKAQBYigEAoYoBAKSKAQDsigEA74oBADeLAQBDiwEAgosBAIiLAQDNiwEA14sBALUCDAAdjAEAY4wBAHCMAQCujAEAuowBAPmMAQD/jAEARI0BAEqNAQCPjQEAlI0BANqNAQDgjQEAAAMMACyOAQD1wwoALo4BAHgMAwAyjgEA+FACADaOAQDQFgoAO44BAHCOAQBxjgEAu44BAIaOAQCE0gMAvY4BAAaPAQDJjgEAh2cCAAyPAQBRjwEAX48BAJyPAQCfjwEA548BAOyPAQAykAEAP5ABAH2QAQCNkAEAyJABAMqQAQATkQEAIZEBAF6RAQBvkQEASwMMAK+RAQD0kQEAAJIBAJYDDABQkgEAipIBAJSSAQDVkgEA45IBACCTAQAhkwEAa5MBAHyTAQC2kwEAwpMBAAGUAQARlAEATJQBAE6UAQCXlAEApZQBAOKUAQDzlAEA4QMMADOVAQB4lQEAhJUBACwEDADPlQEADpYBABSWAQBZlgEAX5YBAKSWAQCplgEA75YBAPWWAQB3BAwAQpcBAIWXAQCPlwEAkZEKAJ6XAQDQlwEA2ZcBABuYAQAlmAEAZpgBAG6YAQCxmAEAtZgBAPyYAQD+mAEAR5kBAEqZAQCSmQEArpkBAMIEDADwmQEAKJoBACmaAQBzmgEAf5oBAL6aAQDNmgEACZsBABObAQBUmwEAYJsBAJ+bAQCmmwEADQUMAPCbAQD7rwkA/ZsBADWcAQBEnAEAgJwBAIycAQDLnAEAzJwBABadAQAgnQEAYZ0BAG+dAQCsnQEAsZ0BAPedAQAEngEAowUMAEqeAQCNngEAmZ4BANieAQDrngEAI58BACSfAQBunwEAep8BALmfAQDInwEABKABAA6gAQBPoAEAW6ABAJqgAQChoAEA7gUMAPagAQAwoQEAPKEBAHuhAQCLoQEAxqEBANChAQARogEAGaIBAFyiAQCHogEAp6IBAIiiAQDBpgEA0qIBAPKiAQD6ogEAPaMBAEOjAQCIowEAlqMBANOjAQDqowEAHqQBACmkAQBppAEAc6QBALSkAQDepAEA/6QBAAelAQBKpQEAWqUBAJWlAQCXpQEA4KUBAO6lAQArpgEAPKYBAM8GDAB9pgEAGgcMAOymAQAMpwEAFKcBAFenAQBdpwEAoqcBALCnAQDtpwEABKgBADioAQBDqAEAg6gBAI2oAQDOqAEA+KgBABmpAQAhqQEAZKkBAHSpAQCvqQEAsakBAPqpAQAIqgEARaoBAFaqAQBlBwwAl6oBALAHDADdqgEAJqsBADSrAQBxqwEAgqsBAPsHDADDqwEARggMAA+sAQCRCAwAWqwBANwIDACfrAEA6KwBAPasAQAzrQEARK0BACcJDACErQEAya0BANWtAQByCQwAHa4BAF+uAQBsrgEAqq4BALiuAQD1rgEA/64BAECvAQBarwEAi68BAI6vAQDWrwEA3a8BACGwAQBBsAEAbLABAIawAQC9CQwAxLABAAKxAQDIsAEAWv4BAM2wAQCySwIAELEBAE2xAQBXsQEAmLEBALKxAQDjsQEA87EBAC6yAQA0sgEAebIBAHuyAQDEsgEA2rIBAA+zAQAbswEAWrMBAF6zAQClswEAqrMBAPCzAQD2swEAO7QBAFu0AQCGtAEAoLQBANG0AQDTtAEAHLUBAB+1AQBntQEAarUBALK1AQC+tQEA/bUBAAO2AQBItgEAUrYBAAgKDACYtgEA3rYBAOu2AQAptwEANbcBAHS3AQCHtwEAv7cBAM63AQAKuAEAFrgBAFW4AQBWuAEAoLgBAKq4AQDruAEA+bgBADa5AQA7uQEAgbkBAI65AQBTCgwAzbkBAItNCQDOuQEAS2AJAM+5AQBPiQkA0rkBAFVJBwDTuQEAhlIJANa5AQCIIgoA17kBAOtWCQDYuQEAjaYIANm5AQDJAAkA2rkBAJnWCADbuQEAWygEANy5AQAXugEA5LkBAPn5DADouQEACzULAAq6AQC0IwoAGboBAGK6AQBwugEArboBAL66AQCeCgwA/7oBAOkKDABPuwEAjrsBAJ27AQDZuwEA47sBACS8AQAwvAEAb7wBAHa8AQB/CwwAvLwBAAW9AQAWvQEAUL0BAFm9AQCbvQEAp70BAOa9AQDpvQEAMb4BADm+AQB8vgEAhr4BAMe+AQDMvgEAEr8BABq/AQBdvwEAdr8BAKi/AQC0vwEA878BAPu/AQAVDAwARsABAGAMDACMwAEA1MABANfAAQAfwQEAK8EBAGrBAQBwwQEAtcEBAL/BAQCrDAwABcIBAEvCAQBYwgEAlsIBAJ7CAQD2DAwA58IBACzDAQAywwEAd8MBAHzDAQDCwwEAyMMBAEENDAAVxAEAjA0MAFrEAQAEXQgAXcQBAKPEAQBkxAEALiQIAK3EAQDuxAEAssQBABReBgD2xAEAIrYJAArFAQA5xQEAQcUBANcNDACJxQEAz8UBAOXFAQAaxgEAG8YBAGXGAQBnxgEAsMYBALbGAQD7xgEAB8cBAEbHAQBNxwEAkccBAJnHAQDcxwEA5ccBACfIAQAqyAEAcsgBAIDIAQC9yAEAysgBAAjJAQAfyQEAU8kBAFvJAQCeyQEAqskBAH/KAQDJyQEA6ckBABTKAQA0ygEAWMoBACIODACcygEAysoBANPKAQCrywEA28oBABXLAQBDywEAYMsBAITLAQBtDgwArcsBAPbLAQAHzAEAQcwBAG/MAQCMzAEAsMwBALgODADdzAEAnBMFAODMAQAizQEA48wBAIbJCgAszQEAbc0BAC/NAQCkGgUAMM0BAL2SCgB1zQEAuM0BALzNAQADzgEABc4BAE7OAQBRzgEAmc4BALXOAQADDwwA6c4BAMs6CQDuzgEAYqMJAPDOAQAvzwEA9M4BAKSeCABMzwEAes8BAIPPAQDFzwEAx88BABDQAQAh0AEATg8MAGDQAQCm0AEAr9ABAPHQAQAC0QEAPNEBAEPRAQCH0QEAj9EBANLRAQCh0QEA0+4BAN/RAQBo0gEA4dEBAJTTAQDr0QEAHdIBACnSAQCZDwwAbdIBALPSAQC90gEA/tIBAAbTAQDkDwwAVdMBAC8QDACZ0wEA39MBAOzTAQAq1AEANNQBAHXUAQB31AEAwNQBAM7UAQAL1QEAGNUBAHoQDABb1QEAodUBAK7VAQDs1QEA9tUBADfWAQA51gEAgtYBAJDWAQDN1gEA2tYBAMUQDAAl1wEAY9cBAG3XAQAQEQwAttcBAPnXAQD71wEAZq0KABDYAQBE2AEASdgBAI/YAQCZ2AEA2tgBAOLYAQBbEQwAL9kBAHDZAQB82QEAu9kBAL7ZAQAG2gEAENoBAFHaAQBr2gEAnNoBALPaAQDn2gEA7NoBADLbAQBO2wEAphEMAIfbAQDI2wEAjtsBAI89BgDU2wEAE9wBABbcAQBe3AEAaNwBAKncAQDD3AEA9NwBAPrcAQA/3QEAQd0BAIrdAQCY3QEA1d0BANjdAQAg3gEALN4BAGveAQBu3gEAtt4BANneAQDxEQwAA98BAEzfAQBa3wEAl98BAJrfAQDi3wEA7t8BAC3gAQAw4AEAPBIMAIPgAQDD4AEAyeABAA7hAQAT4QEAWeEBAF3hAQCk4QEAp+EBAIcSDADw4QEAwAgKAPLhAQDPJQsA9eEBADriAQD44QEAXR8LAPnhAQBU5gEA++EBAF8OCwD94QEAogcLAP7hAQA7FAsA/+EBAAMuCwAG4gEANToJAAniAQARbAoARuIBAIXiAQCu4gEA0OIBANziAQAb4wEAKuMBAGbjAQBw4wEAseMBALTjAQD84wEAFuQBAEfkAQBR5AEAkuQBAJfkAQDd5AEA5+QBACjlAQAz5QEAc+UBAHnlAQC+5QEAw+UBAAnmAQAN5gEA0hIMAFnmAQCf5gEAYuYBAGIaCwCp5gEA6uYBAPXmAQA15wEAO+cBAIDnAQCF5wEAy+cBAM/nAQAdEwwAHugBAB+qCQAg6AEABqQKADDoAQBh6AEAa+gBAKzoAQC36AEA9+gBAP3oAQBC6QEAR+kBAI3pAQCR6QEA2OkBAPvpAQBoEwwAJeoBAG7qAQAm6gEANB0JACjqAQCpIgcALOoBAJO+CAAv6gEAV/IBADHqAQC0TwsAe+oBADQVAgB86gEAueoBALzqAQAE6wEAEOsBAE/rAQBn6wEAmusBAKbrAQDl6wEA6+sBADDsAQA27AEAe+wBAIDsAQDG7AEAzOwBALMTDAAb7QEAXO0BAGftAQCn7QEAre0BAPLtAQD37QEAPe4BAEHuAQCI7gEAi+4BAP4TDADd7gEAHu8BACnvAQBp7wEAb+8BALTvAQC57wEA/+8BAAPwAQBJFAwAS/ABAJXwAQCh8AEA4PABAOzwAQAr8QEAMfEBAHbxAQB88QEAwfEBAMbxAQAM8gEAEvIBAJQUDABe8gEA2EEEAGbyAQBrKQIAZ/IBAKLyAQCu8gEA7fIBAPPyAQA48wEARPMBAIPzAQCQ8wEAzvMBAN3zAQAZ9AEAJfQBAGT0AQBw9AEAr/QBALX0AQD69AEAAPUBAEX1AQBK9QEAkPUBAJb1AQDfFAwA5fUBAHWEBgDx9QEAJvYBADL2AQBx9gEAefYBACWwDAB99gEAvPYBAML2AQAH9wEADfcBAFL3AQBX9wEAnfcBAKP3AQAqFQwA8PcBAM34DADy9wEAM/gBADn4AQB++AEAP/gBAPOgAgCM+AEAyfgBAOL4AQAU+QEAHfkBAF/5AQBp+QEAqvkBALb5AQD1+QEAAfoBAED6AQBG+gEAi/oBAJH6AQDW+gEA2/oBACH7AQAn+wEAdRUMAHj7AQC3+wEAwfsBAAL8AQAN/AEATfwBAFL8AQCY/AEAn/wBAOP8AQDv/AEALv0BADT9AQB5/QEAf/0BAMT9AQDJ/QEAD/4BABX+AQDAFQwAa/4BAKX+AQCm/gEA8P4BAKv+AQBVAwIA9f4BADv/AQBJ/wEAhv8BAJP/AQDR/wEA2/8BABwAAgAoAAIAZwACAG0AAgCyAAIAvgACAP0AAgAQAQIASAECAFcBAgCTAQIAnwECAN4BAgDfAQIAKQICADMCAgB0AgIAggICAL8CAgDEAgIACgMCABcDAgALFgwAYQMCAKADAgCwAwIA6wMCAPcDAgA2BAIAPAQCAIEEAgCNBAIAzAQCANkEAgAXBQIAJgUCAGIFAgBuBQIArQUCALkFAgD4BQIACwYCAEMGAgBSBgIAjgYCAJoGAgDZBgIA2gYCACQHAgAuBwIAbwcCAH0HAgC6BwIAvwcCAAUIAgASCAIAVhYMAFIIAgDjNQUAXAgCAJsIAgBdCAIAdN4HAF4IAgC7LAkArwgCAOYIAgDyCAIAMQkCADcJAgB8CQIAggkCAMcJAgDMCQIAEgoCABgKAgChFgwAaQoCAKgKAgC1CgIAnl8CALsKAgDzCgIA+AoCAHoaAgD7CgIA+JsCAP8KAgA+CwIARAsCAIkLAgCPCwIA1AsCANkLAgAfDAIAJQwCAOwWDAB2DAIAtQwCALsMAgAADQIABQ0CAEsNAgBSDQIAlg0CAKQNAgDhDQIA/A0CACwOAgA6DgIAdw4CAHoOAgDCDgIA0A4CAA0PAgASDwIAWA8CAGUPAgCjDwIArw8CAO4PAgD0DwIAORACAD8QAgCEEAIAiRACAM8QAgDVEAIANxcMAB8RAgBlEQIAbhECALARAgC9EQIA+xECAAISAgBGEgIAVxICAJESAgCWEgIA3BICAOsSAgAnEwIAKRMCAHITAgCDEwIAvRMCAMkTAgAIFAIADhQCAFMUAgBZFAIAnhQCAKMUAgDpFAIA7xQCAIIXDABLFQIAfxUCAIsVAgDKFQIA1hUCABUWAgAbFgIAYBYCAGYWAgCrFgIAsBYCAPYWAgD8FgIAzRcMAEcXAgDJQwIAWBcCAIwXAgCVFwIA1xcCAO0XAgAiGAIALhgCAG0YAgB6GAIAuBgCAMIYAgADGQIADxkCAE4ZAgBUGQIAmRkCAJ8ZAgDkGQIA6RkCAC8aAgA1GgIAGBgMAIMaAgDFGgIAzxoCABAbAgAVGwIAWxsCAGsbAgCmGwIAvxsCAPEbAgD2GwIAPBwCAEUcAgCHHAIAlBwCANIcAgDZHAIAHR0CACAdAgBoHQIAdB0CALMdAgDGHQIA/h0CAA0eAgBJHgIAVR4CAJQeAgCVHgIA3x4CAOkeAgAqHwIAOB8CAHUfAgB6HwIAwB8CAM0fAgBjGAwADiACAFYgAgBZIAIAoSACAK4gAgDd7AgAsCACAOwgAgDuIAIANyECADohAgCCIQIAjCECAM0hAgDZIQIAGCICACsiAgBjIgIAciICAK4iAgC6IgIA+SICAPoiAgBEIwIATiMCAI8jAgCdIwIA2iMCAN8jAgAlJAIAMiQCAK4YDABxJAIAuyQCAMckAgAGJQIADCUCAFElAgBTJQIAnCUCAKYlAgDnJQIA9SUCADImAgA3JgIAfSYCAIomAgDIJgIA1CYCABMnAgAmJwIAXicCAG0nAgCpJwIAtScCAPQnAgD1JwIAPygCAEkoAgCKKAIAmCgCANUoAgDaKAIAICkCAC0pAgD5GAwAdCkCALYpAgB3KQIA3LAJALwpAgABKgIABCoCAEwqAgBaKgIAlyoCAJwqAgDiKgIA7yoCAC0rAgA5KwIAeCsCAH4rAgDDKwIAySsCAA4sAgATLAIAWSwCAF8sAgBEGQwApiwCAO8sAgCrLAIAZzQKAP4sAgA6LQIAWi0CAIUtAgCKLQIA0C0CAOstAgAbLgIAJy4CAGYuAgBsLgIAsS4CAMEuAgD8LgIADS8CAEcvAgBMLwIAki8CAJYvAgDdLwIA6S8CACgwAgAuMAIAczACAHkwAgC+MAIAwzACAAkxAgAPMQIAjxkMAGoxAgCfMQIAoDECAOoxAgD7MQIANTICAEEyAgCAMgIAljICAMsyAgDXMgIAFjMCACMzAgBhMwIAazMCAKwzAgC4MwIA9zMCAP4zAgBCNAIATjQCAI00AgCTNAIA2DQCAN40AgAjNQIAKDUCAG41AgB0NQIA2hkMALs1AgAXzwoAwjUCAAQ2AgAFNgIATzYCAFA2AgCaNgIAnzYCAOU2AgDrNgIAMDcCADo3AgB7NwIAhzcCAMY3AgDNNwIAETgCABY4AgBcOAIAXTgCAKc4AgCzOAIA8jgCAPg4AgA9OQIAPzkCAIg5AgCSOQIA0zkCAOE5AgAeOgIAIzoCAGk6AgB2OgIAtDoCAMA6AgD/OgIAEjsCAEo7AgBZOwIAlTsCAKE7AgDgOwIA4TsCACs8AgA1PAIAdjwCAIQ8AgDBPAIAxjwCAAw9AgAZPQIAJRoMAGg9AgCiPQIArj0CAO09AgAEPgIAOD4CADo+AgCDPgIAlD4CAM4+AgDQPgIAGT8CAB8/AgBkPwIAez8CAK8/AgC4PwIA+j8CABBAAgBFQAIAUUACAJBAAgCdQAIA20ACAOVAAgAmQQIAMkECAHFBAgCEQQIAvEECAMtBAgAHQgIAE0ICAFJCAgBTQgIAnUICAKdCAgDoQgIA9kICADNDAgA4QwIAfkMCAItDAgBwGgwAy0MCABREAgAoRAIAX0QCAG1EAgCqRAIAt0QCAPVEAgD8RAIAQEUCAExFAgCLRQIAnkUCANZFAgDbRQIAIUYCACpGAgBsRgIAdkYCALdGAgC8RgIAAkcCABJHAgBNRwIAZkcCAJhHAgCdRwIA40cCAOxHAgAuSAIAO0gCAHlIAgCASAIAxEgCAMdIAgAPSQIAG0kCAFpJAgBtSQIApUkCALRJAgDwSQIA/EkCADtKAgA8SgIAhkoCAJBKAgDRSgIA30oCABxLAgAhSwIAZ0sCAHRLAgC7GgwAy0sCAP1LAgAJTAIASEwCAE5MAgCTTAIAo0wCAN5MAgDjTAIAKU0CAC9NAgB0TQIAik0CAL9NAgDBTQIACk4CABROAgBVTgIAYU4CAKBOAgCzTgIA604CAPpOAgA2TwIAQk8CAIFPAgCCTwIAzE8CANZPAgAXUAIAJVACAGJQAgBnUAIArVACALpQAgAGGwwA+1ACAAwmCgACUQIAgusKAARRAgA+nAcABVECAPb3AgAHUQIAQ1ECAExRAgCOUQIAlFECANlRAgDfUQIAJFICADBSAgBvUgIAfFICALpSAgDEUgIABVMCABtTAgBQUwIAVVMCAJtTAgCiUwIA5lMCAPRTAgAxVAIAQVQCAHxUAgCKVAIAx1QCANZUAgASVQIAFFUCAF1VAgBnVQIAqFUCALZVAgDzVQIA+FUCAD5WAgBLVgIAiVYCAJVWAgDUVgIA51YCAB9XAgAuVwIAalcCAHZXAgC1VwIAtlcCAABYAgAKWAIAS1gCAFlYAgCWWAIAm1gCAOFYAgDuWAIAURsMAC5ZAgB3WQIAOFkCAOuUBwCIWQIAwlkCAMtZAgANWgIAGVoCAFhaAgBkWgIAo1oCAKlaAgDuWgIA9FoCADlbAgA+WwIAhFsCAIpbAgCcGwwA1VsCAOcbDAAmXAIAMhwMAGhcAgDIHAwAs1wCABMdDAC1XAIAY5kDAP5cAgDXHwkACF0CAEZdAgBQXQIAkV0CAJNdAgDcXQIA710CACdeAgAzXgIAcl4CAHheAgC9XgIAw14CAAhfAgANXwIAU18CAFlfAgBeHQwAqF8CAOlfAgDrXwIANGACAD5gAgB/YAIAjWACAMpgAgDPYAIAFWECACJhAgBgYQIAbGECAKthAgCxYQIA9mECAPxhAgBBYgIARmICAIxiAgCSYgIAqR0MAOBiAgA4UwsA5GICACJjAgDoYgIAIQMJAC9jAgBtYwIAQWMCANu3AwByYwIAuGMCAMJjAgADZAIAC2QCAE5kAgAaZAIATwALAFRkAgAw1QkAXGQCAPv6CQBdZAIANrQGAF5kAgCZZAIAX2QCAL3QCACnZAIA5GQCAPFkAgAvZQIANmUCAHplAgCCZQIAxWUCAMZlAgBDwwgAyGUCABBmAgDbZQIAgcEIACRmAgBbZgIAcWYCAKZmAgC/ZgIA8WYCAPZmAgA8ZwIATWcCAPQdDACYZwIA0mcCANRnAgAdaAIAJ2gCAGhoAgB2aAIAs2gCALhoAgD+aAIAC2kCAElpAgBRaQIAlGkCAKBpAgDfaQIApGkCAAtrAgDlaQIAKmoCADBqAgB1agIAemoCAMBqAgDGagIAPx4MAA1rAgBWawIAZGsCAKFrAgCyawIAih4MAPNrAgDVHgwAP2wCAIJsAgCQbAIAzWwCAJFsAgB9cQIA2mwCABhtAgAnbQIAY20CAGhtAgCubQIAxG0CAPltAgD6bQIARG4CAEZuAgCPbgIAmW4CANpuAgDobgIAJW8CAD5vAgBwbwIAgW8CALtvAgDHbwIABnACAA5wAgC2HwwAZXACAJxwAgCdcAIA53ACAPNwAgAycQIANXECAAEgDAB/cQIAyHECANVxAgATcgIAIHICAF5yAgBjcgIAqXICALNyAgD0cgIA/HICAD9zAgBPcwIAinMCAJhzAgDVcwIA4nMCACB0AgAndAIAa3QCAHN0AgC2dAIAuXQCAAF1AgAVdQIATHUCAGJ1AgCXdQIAsHUCAOJ1AgDndQIALXYCAD52AgBMIAwAgHYCAJcgDACEdgIAL6sHAJR2AgCeNg0A0HYCAA53AgAVdwIAWXcCAGV3AgCkdwIAtHcCAO93AgD9dwIAOngCAEd4AgCFeAIAkXgCANB4AgDXeAIA4iAMAB15AgBmeQIAIHkCAJRKAwBzeQIAsXkCAL55AgD8eQIAAXoCAEd6AgBRegIAknoCAJp6AgDdegIA5noCACh7AgArewIAc3sCAH97AgAtIQwAw3sCAAl8AgDKewIA+zgIAA58AgBUfAIAXHwCAJ98AgC1fAIA6nwCAOx8AgA1fQIAQn0CAIB9AgCUfQIAeCEMANB9AgAWfgIAHn4CAKgxCAAgfgIAYX4CAGl+AgCsfgIAuH4CAPd+AgAEfwIAQn8CAEd/AgCNfwIAln8CANh/AgDvfwIAI4ACAC6AAgDDIQwAfIACALmAAgC8gAIABIECAAeBAgBPgQIAXYECAJqBAgCngQIA5YECAPyBAgAwggIAOIICAHuCAgCBggIAxoICANKCAgARgwIAG4MCAFyDAgBlgwIAp4MCAK2DAgDygwIA/4MCAA4iDABJhAIAiIQCAEuEAgAVPQgAl4QCANOEAgDkhAIAHoUCACCFAgBphQIAb4UCALSFAgDAhQIA/4UCAAaGAgBKhgIAUoYCAJWGAgCXhgIA4IYCAO2GAgArhwIAMocCAHaHAgB+hwIAwYcCAM6HAgAMiAIAEYgCAFeIAgBhiAIAoogCAKqIAgDtiAIA9ogCADiJAgA7iQIAg4kCAI+JAgDOiQIA1YkCAFkiDAAmigIAZIoCAC+KAgDJjgIAT4oCAORACAB/igIAr4oCALGKAgD6igIAC4sCAEWLAgBTiwIAkIsCAJeLAgDbiwIA44sCACaMAgArjAIAcYwCAHKMAgC8jAIAyIwCAAeNAgANjQIAUo0CAFSNAgCdjQIAp40CAOiNAgD2jQIAM44CADiOAgB+jgIAi44CAKQiDADKjgIAFI8CABmPAgBfjwIAZY8CAKqPAgC0jwIA9Y8CAAGQAgBAkAIAR5ACAIuQAgCTkAIA1pACANiQAgAhkQIALpECAGyRAgBzkQIAt5ECAL+RAgACkgIAD5ICAE2SAgBSkgIAmJICAKKSAgDjkgIA65ICAC6TAgA3kwIAeZMCAHyTAgDEkwIA0JMCAA+UAgAWlAIA7yIMAGaUAgBLNAgAbpQCAKWUAgCylAIA8JQCAPqUAgA7lQIAPZUCAIaVAgCZlQIA0ZUCANmVAgAclgIAKJYCAGeWAgBtlgIAspYCALiWAgD9lgIAApcCAEiXAgBOlwIAOiMMAKGXAgDelwIA7ZcCACmYAgBFmAIAdJgCAEmYAgC2vwIAfJgCAIUjDADImAIACpkCABeZAgBVmQIAX5kCAKCZAgCumQIA65kCAAGaAgA2mgIAQpoCAIGaAgCJmgIA0CMMANKaAgAXmwIAHZsCAGKbAgBnmwIArZsCALObAgAbJAwA/ZsCAEOcAgBMnAIAjpwCAJicAgDZnAIA4ZwCACSdAgApnQIAb50CAH+dAgC6nQIAwp0CAAWeAgALngIAx58CAB6eAgBQngIAVZ4CAJueAgCkngIA5p4CAPOeAgAxnwIAOJ8CAHyfAgB/nwIAZiQMAMmfAgASoAIAH6ACAF2gAgB0oAIAqKACALSgAgCxJAwACaECAD6hAgA/oQIAiaECAJOhAgDUoQIA3KECAB+iAgApogIAaqICAG+iAgC1ogIAvaICAACjAgACowIAS6MCAAOjAgD7pwIAB6MCAEm0AgAWowIAIq4CAFKjAgCWowIAnaMCAOGjAgDpowIALKQCADCkAgB3pAIAhaQCAMKkAgDMpAIADaUCABilAgBYpQIAYKUCAKOlAgCopQIA7qUCAAmmAgA5pgIARaYCAISmAgCKpgIAz6YCAN+mAgAapwIAK6cCAGWnAgBqpwIAsKcCALSnAgD8JAwABKgCAEaoAgBfqAIAkagCAJuoAgDcqAIA4qgCACepAgApqQIAcqkCAIGpAgC9qQIAx6kCAAiqAgAQqgIAU6oCAFeqAgCeqgIArKoCAOmqAgDzqgIANKsCAD+rAgB/qwIAh6sCAMqrAgDPqwIAFawCADCsAgBgrAIAbKwCAKusAgCxrAIA9qwCAAatAgBBrQIAUq0CAIytAgCRrQIA160CANutAgBHJQwAK64CAG2uAgB+rgIAuK4CAMKuAgADrwIAEa8CAE6vAgBPrwIAma8CAKqvAgDkrwIA+K8CAC+wAgA3sAIAerACAH6wAgDFsAIA07ACABCxAgAasQIAW7ECAGaxAgCmsQIArrECAPGxAgD2sQIAPLICAFeyAgCHsgIAk7ICANKyAgDYsgIAHbMCAC2zAgBoswIAebMCALOzAgC4swIA/rMCAAK0AgCSJQwAV7QCAJS0AgCvtAIA37QCAO20AgAqtQIAMbUCAHW1AgCBtQIAwLUCAMi1AgDdJQwAGbYCAFa2AgBgtgIAobYCAKy2AgDstgIA9LYCADe3AgA8twIAgrcCAJ23AgDNtwIA2bcCABi4AgAeuAIAY7gCAHO4AgCuuAIAv7gCAPm4AgD+uAIARLkCAEi5AgAoJgwAoLkCANq5AgDiuQIAJboCACa6AgBwugIAdboCALu6AgDJugIABrsCABO7AgBRuwIAW7sCAJy7AgCouwIA57sCAO27AgAyvAIAOrwCAH28AgCEvAIAyLwCANS8AgATvQIAGb0CAF69AgBqvQIAqb0CALm9AgD0vQIAAL4CAD++AgBFvgIAir4CAJa+AgDVvgIA4r4CACC/AgAvvwIAa78CAHe/AgBzJgwAwr8CAAHAAgAIwAIATMACAFTAAgCXwAIAmcACAOLAAgDswAIALcECADXBAgC+JgwAhsECAMbNAgCHwQIAw8ECAMXBAgAOwgIAH8ICAFnCAgBqwgIApMICALDCAgDvwgIA9sICADrDAgBCwwIAhcMCAK/DAgDQwwIA1cMCABvEAgAcxAIAZsQCAHDEAgCxxAIAv8QCAPzEAgABxQIAR8UCAFTFAgCSxQIArsUCAN3FAgD5xQIACScMADXGAgBzxgIAd8YCAL7GAgDExgIACccCAAvHAgBUxwIAVccCAJ/HAgDCxwIA6scCAA7IAgA1yAIAX8gCAIDIAgCIyAIAy8gCANDIAgAWyQIAI8kCAGHJAgBpyQIArMkCAK7JAgD3yQIA/8kCAELKAgBsygIAjcoCAJrKAgDYygIA3coCACPLAgAwywIAbssCAHrLAgC5ywIA48sCAATMAgAMzAIAT8wCAGrMAgCazAIAnMwCAOXMAgD2zAIAMM0CADnNAgB7zQIAh80CAFQnDADTzQIAEc4CABjOAgBczgIAaM4CAKfOAgC6zgIA8s4CAPrOAgA9zwIAQs8CAIjPAgCRzwIA088CAN3PAgAe0AIAJtACAGnQAgBu0AIAtNACAMTQAgD/0AIAB9ECAErRAgBj0QIAldECAJrRAgDg0QIA6dECACvSAgA40gIAdtICAH3SAgDB0gIAxNICAJ8nDAAO0wIAV9MCAGHTAgCi0wIApNMCAO3TAgAG1AIAONQCADrUAgCD1AIAhtQCAM7UAgDa1AIAGdUCACHVAgDqJwwAeNUCAK/VAgCy1QIA+tUCAATWAgBF1gIAUdYCAJDWAgCm1gIA29YCAOPWAgAm1wIANNcCAHHXAgB01wIAvNcCAMTXAgAH2AIACtgCAFLYAgAV2AIAed4CAFzYAgCd2AIAXdgCAEDbAgCf2AIA6NgCAO7YAgAz2QIAPdkCAH7ZAgCM2QIAydkCANbZAgAU2gIAK9oCAF/aAgBn2gIAqtoCALPaAgD12gIA9toCADUoDABJ2wIAi9sCAJXbAgDW2wIA4NsCACHcAgAv3AIAbNwCAHncAgC33AIAztwCAALdAgAK3QIATd0CAFTdAgCY3QIAnd0CAOPdAgDn3QIALt4CADveAgCAKAwAht4CAMTeAgDM3gIAD98CABXfAgBa3wIAZt8CAKXfAgC03wIA8N8CAPXfAgA74AIAVuACAIbgAgCS4AIA0eACANfgAgAc4QIAMOECAGfhAgBv4QIAsuECAMjhAgD94QIAAuICAEjiAgBP4gIAk+ICAJ/iAgDLKAwA5eICACnjAgA34wIAdOMCAIHjAgC/4wIA1uMCAArkAgAS5AIAVeQCAFvkAgCg5AIArOQCAOvkAgDy5AIANuUCAETlAgCB5QIAhOUCAMzlAgDU5QIAF+YCACXmAgBi5gIAZeYCAK3mAgC15gIA+OYCAAnnAgBD5wIASOcCAI7nAgCQ5wIA2ecCAODnAgAk6AIAMugCAG/oAgB86AIAuugCANHoAgAF6QIADekCAFDpAgBa6QIAm+kCAKbpAgDm6QIA8ukCADHqAgA56gIAFikMAH7qAgDH6gIA0eoCABLrAgAU6wIAXesCAGDrAgCo6wIAtOsCAPPrAgD96wIAPuwCAEbsAgCJ7AIAl+wCANTsAgDh7AIAH+0CACftAgBq7QIAgO0CALXtAgDB7QIAAO4CABbuAgBL7gIAUO4CAJbuAgCc7gIA4e4CAPXuAgBhKQwAL+8CAHfvAgB/7wIAwu8CANDvAgAN8AIA2O8CAOpLBgAa8AIAWPACAGDwAgCj8AIArfACAO7wAgD58AIAOfECAEXxAgCE8QIAjPECAKwpDADV8QIAGvICAB/yAgBl8gIAdPICALDyAgC88gIA+/ICAP7yAgBG8wIASfMCAJHzAgCZ8wIA3PMCAOHzAgAn9AIAN/QCAHL0AgB69AIAvfQCAMD0AgAI9QIAEvUCAFP1AgBV9QIAnvUCAKT1AgDp9QIA8/UCADT2AgBC9gIAf/YCAIz2AgDK9gIA4fYCABX3AgAd9wIAYPcCAGn3AgCr9wIArPcCAPcpDAAC+AIAQfgCAET4AgANoAcAUPgCAIz4AgBU+AIAspEHAJb4AgDX+AIA3/gCACNhAwDj+AIAKukKAOX4AgAi+QIA8/gCABSpBgAn+QIAbfkCAC/5AgDkJgQAevkCALj5AgC7+QIA4gYIAL75AgBRawcAwPkCAAP6AgDC+QIAKsIEAMT5AgCtqAQACfoCALkjBQAN+gIATvoCABH6AgBx0gcAU/oCAJn6AgBa+gIAcooDAKH6AgDk+gIA5/oCAC/7AgA7+wIAevsCAID7AgDF+wIA4PsCABD8AgAc/AIAW/wCAGH8AgCm/AIArvwCAPH8AgDz/AIAPP0CAPb8AgDS/QIARv0CAIf9AgCP/QIAQioMAN/9AgAd/gIAJf4CAGj+AgBr/gIAs/4CALj+AgD+/gIADf8CAEn/AgBp/wIAlP8CAKD/AgDf/wIA6f8CACoAAwAyAAMAdQADAIcAAwDYKgwAygADAAsBAwAZAQMAVgEDAGMBAwChAQMAuAEDAOwBAwD0AQMANwIDAEYCAwCCAgMAhwIDAM0CAwDaAgMAGAMDACUDAwBjAwMAbwMDAK4DAwC9AwMA+QMDAAMEAwBEBAMAUgQDAI8EAwCUBAMA2gQDAOcEAwAlBQMAKAUDAHAFAwB4BQMAuwUDAMAFAwAGBgMAEwYDAFEGAwBZBgMAnAYDAKUGAwDnBgMA9AYDADIHAwBABwMAfQcDAJAHAwDIBwMA0AcDABMIAwAaCAMAXggDAGMIAwCpCAMAvwgDAPQIAwD2CAMAPwkDAE0JAwCKCQMAlwkDANUJAwDdCQMAIAoDACMKAwBrCgMAcAoDALYKAwDFCgMAAQsDACELAwBMCwMAWAsDAJcLAwChCwMA4gsDAOoLAwAtDAMAPwwDACMrDACJDAMAwwwDAMoMAwAODQMAFg0DAFkNAwBmDQMApA0DAKkNAwDvDQMA+Q0DADoOAwBCDgMAhQ4DAIcOAwCIFQgAjw4DAGIsCACUDgMA0A4DAJUOAwDM/wYA1Q4DABsPAwAoDwMAZg8DAHMPAwCxDwMAvQ8DAPwPAwALEAMARxADAFEQAwCSEAMAmhADAN0QAwDnEAMAKBEDAC0RAwBzEQMAexEDAG4rDADKEQMACRIDAA8SAwBUEgMAbxIDAJ8SAwCrEgMA6hIDAPASAwA1EwMAURMDAIATAwCIEwMAuSsMANMTAwAWFAMAIBQDAGEUAwBsFAMArBQDALgUAwD3FAMA/xQDAAQsDABOFQMAjRUDAJMVAwDYFQMA8xUDACMWAwAvFgMAbhYDAHQWAwC5FgMAwRYDAAQXAwAKFwMATxcDAFgXAwCaFwMApxcDAOUXAwDyFwMAMBgDAD4YAwB7GAMAiBgDAMYYAwDdGAMAERkDABkZAwBcGQMAYRkDAKcZAwBtGQMAaRsDALQZAwDyGQMA+hkDAD0aAwBIGgMAiBoDAI0aAwDTGgMA1hoDAB4bAwAoGwMATywMAG4bAwC0GwMAwxsDAP8bAwABHAMAShwDAFscAwCVHAMAphwDAOAcAwD0HAMAmiwMADwdAwB2HQMAeR0DAMEdAwB+HQMAVwwGAIMdAwAI3goAyx0DAAweAwAOHgMAVx4DAGEeAwCiHgMArh4DAO0eAwAVHwMAOB8DAEMfAwCywgMAXh8DAIMfAwC0HwMAzh8DAPQfAwAZIAMAPyADAGQgAwCWIAMAryADAN8gAwD6IAMAAiEDAEUhAwBtIQMAkCEDAMMhAwDbIQMACyIDACYiAwAuIgMAcSIDAIAiAwC8IgMAwSIDAAcjAwAQIwMAUiMDABQjAwAPKgMAYyMDAJ0jAwCkIwMA6CMDAPAjAwAzJAMAQCQDAH4kAwCDJAMAySQDANMkAwAUJQMAHCUDAF8lAwBpJQMA6y8DAG4lAwCqJQMAryUDAPUlAwACJgMAQCYDAE0mAwCLJgMAlyYDANYmAwDlJgMAIScDACsnAwBsJwMAdCcDALcnAwDBJwMAAigDAAcoAwBNKAMAVSgDAOUsDACkKAMA4ygDAOkoAwAuKQMASSkDAHkpAwCFKQMAxCkDAMopAwAwLQwAHCoDAFoqAwBmKgMApSoDALQqAwDwKgMA+ioDADsrAwBJKwMAhisDAIsrAwDRKwMA3isDABwsAwAkLAMAZywDAHEsAwCyLAMAtywDAP0sAwAFLQMASC0DAEstAwCTLQMAny0DAN4tAwDkLQMAKS4DAEQuAwB0LgMAgC4DAL8uAwDFLgMACi8DABIvAwBVLwMAVy8DAKAvAwCqLwMAey0MAPEvAwA2MAMAODADAIEwAwCOMAMAzDADAM8wAwAXMQMAKDEDAGIxAwBkMQMArTEDALcxAwD4MQMABDIDAEMyAwBLMgMAxi0MAJMyAwDZMgMA3DIDACQzAwAuMwMAbzMDAHczAwC6MwMAxzMDAAU0AwAHNAMAUDQDAGY0AwCbNAMApzQDABEuDAACNQMAMTUDAE01AwBcLgwAgTUDAMc1AwDUNQMAEjYDAB82AwBdNgMAaTYDAKg2AwC3NgMA8zYDAP02AwA+NwMATDcDAIk3AwCONwMA1DcDAOE3AwAfOAMAODgDAGo4AwBsOAMAtTgDALw4AwCnLgwAHTkDAEs5AwBcOQMAljkDAKI5AwDhOQMA9DkDACw6AwA7OgMAdzoDAIM6AwDCOgMAwzoDAA07AwAXOwMAWDsDAGY7AwCjOwMAqDsDAO47AwD7OwMA8i4MAD48AwCEPAMAkTwDAM88AwDcPAMAGj0DACY9AwBlPQMAdD0DALA9AwC6PQMA+z0DAAk+AwBGPgMASz4DAJE+AwCePgMA3D4DAOQ+AwAnPwMAMT8DAHI/AwB3PwMAvT8DAMU/AwDTLwwACkADAFNAAwBhQAMAnkADAK9AAwAeMAwA8EADAGkwDAA5QQMAf0EDAIdBAwDKQQMA2UEDABVCAwAaQgMAYEIDAG1CAwCrQgMAuEIDAPZCAwACQwMAQUMDAFBDAwCMQwMAlkMDAP8wDADdQwMAQ1kJAOpDAwAiRAMAMUQDAG1EAwB5RAMAuEQDALlEAwADRQMADUUDAE5FAwBcRQMAmUUDAJ5FAwDkRQMA8UUDAEoxDAAzRgMAekYDAIVGAwDFRgMA00YDABBHAwAhRwMAW0cDAGdHAwCmRwMArkcDAJUxDAD2RwMAPEgDAElIAwCHSAMAlEgDANJIAwDeSAMAHUkDACxJAwBoSQMAckkDALNJAwDBSQMA/kkDAAtKAwBJSgMAYEoDAOAxDAChSgMA30oDAOxKAwAqSwMANksDAHVLAwCESwMAwEsDAMpLAwALTAMAGUwDAFZMAwAnTAMA2rQHAFtMAwChTAMArkwDAOxMAwD0TAMAN00DAD1NAwCCTQMAjk0DAM1NAwDdTQMAGE4DACFOAwBjTgMAZk4DAK5OAwC6TgMA+U4DAABPAwArMgwAUU8DAI9PAwCeTwMA2k8DANtPAwAlUAMAPFADAHBQAwCKUAMAu1ADAMdQAwAGUQMAGVEDAFFRAwBgUQMAnFEDAKhRAwDnUQMA6FEDADJSAwA8UgMAfVIDAItSAwDIUgMAzVIDABNTAwAgUwMAdjIMAHhTAwCpUwMAuFMDAPRTAwD2UwMAP1QDAPlTAwDQWQMATFQDAIpUAwCXVAMA1VQDANpUAwAgVQMAKlUDAGtVAwB6VQMAtlUDALtVAwABVgMADlYDAExWAwBZVgMAl1YDAKNWAwDiVgMA8VYDAC1XAwA3VwMAeFcDAIVXAwDDVwMAyFcDAA5YAwASWAMAWVgDAGVYAwCkWAMAqlgDAO9YAwD1WAMAOlkDAD9ZAwCFWQMAi1kDAMEyDADdWQMAG1oDAChaAwBmWgMAcloDALFaAwDAWgMA/FoDAAZbAwBHWwMAVVsDAJJbAwCXWwMA3VsDAOpbAwAoXAMAL1wDAHNcAwB4XAMAvlwDAMpcAwAJXQMADF0DAFRdAwBhXQMAn10DAKRdAwDqXQMA9F0DADVeAwBBXgMAgF4DAJNeAwDLXgMA2V4DABZfAwAZXwMAYV8DAGtfAwCsXwMAuF8DAPdfAwD9XwMAQmADAEhgAwCNYAMAkmADANhgAwDeYAMADDMMAC1hAwA0TgUAL2EDAOjyBgAyYQMAbmEDAHBhAwC5YQMAymEDAARiAwAVYgMAT2IDAFdiAwCaYgMAqmIDAOViAwDnYgMAMGMDAD5jAwB7YwMAjGMDAFczDADNYwMAojMMABJkAwBcZAMAYWQDAKdkAwCtZAMA8mQDAPxkAwA9ZQMASWUDAIhlAwCOZQMA02UDANllAwAeZgMAI2YDAGlmAwBvZgMA7TMMAMJmAwD/ZgMAGGcDAEpnAwBLZwMAlWcDALJnAwDgZwMA+mcDACtoAwAuaAMAdmgDAHtoAwDONAwA2mgDAAxpAwASaQMAV2kDACJpAwCWzwMAWWkDAKJpAwCoaQMA7WkDAAFqAwA4agMAQGoDAINqAwCQagMAzmoDANNqAwAZawMAI2sDAGRrAwBsawMAr2sDAMBrAwD6awMA/2sDAEVsAwBHbAMAkGwDAJdsAwDbbAMA52wDACZtAwAtbQMAcW0DAI1tAwC8bQMAxG0DABk1DAAMbgMAUm4DAFRuAwCdbgMApG4DAOhuAwD2bgMAM28DAEBvAwB+bwMAlW8DAMlvAwDRbwMAFHADAB5wAwBfcAMAKnADAMfLAwBqcAMAqnADALZwAwD1cAMA/XADAGQ1DABBcQMAi3EDAJBxAwDWcQMA2XEDACFyAwArcgMAbHIDAINyAwC3cgMAvXIDAAJzAwAOcwMATXMDAFBzAwCYcwMAtXMDAONzAwD0cwMALnQDAE10AwB5dAMAgXQDAMR0AwDGdAMAD3UDAB51AwBadQMAZHUDAKV1AwCzdQMA8HUDAAt2AwA7dgMAR3YDAIZ2AwCOdgMArzUMAN12AwAcdwMAK3cDAGd3AwBsdwMAsncDALh3AwD9dwMABHgDAEh4AwBQeAMAk3gDAJV4AwDeeAMA5XgDACl5AwAreQMAdHkDAHV5AwC/eQMAyXkDAAp6AwAWegMAVXoDAFt6AwCgegMAunoDAOt6AwDzegMANnsDAEx7AwCBewMAj3sDAMx7AwDPewMAF3wDABp8AwBifAMAcHwDAK18AwC6fAMA+HwDAA99AwBDfQMAS30DAI59AwCQfQMA2X0DAOF9AwAkfgMAO34DAG9+AwB7fgMAun4DANB+AwAFfwMADX8DAFB/AwBefwMAm38DAKV/AwDmfwMA7n8DADGAAwA4gAMAfIADAIiAAwDHgAMAyIADABKBAwAegQMAXYEDAGqBAwCogQMAr4EDAPOBAwD2gQMAPoIDAEaCAwCJggMAjoIDANSCAwDhggMAH4MDAE2DAwBqgwMAcoMDAPo1DAC9gwMA+WMMANGDAwAAhAMACIQDAEU2DABZhAMAloQDAJiEAwDhhAMA8oQDACyFAwA0hQMAd4UDAIOFAwDChQMAyIUDAA2GAwAThgMAWIYDAF2GAwCjhgMAqYYDAJA2DADzhgMAOYcDAPqGAwDsCQoAQYcDAISHAwCJhwMApvcHAIqHAwCoxwgAkIcDAIeOCACThwMAz4cDAJWHAwBQxQgA1IcDABqIAwDVhwMAGB0HACeIAwBliAMAcogDALCIAwC8iAMA+4gDAAqJAwBGiQMAUIkDALw3DACbiQMA3IkDAOGJAwAnigMAL4oDAAc4DAB4igMAvYoDANOKAwAIiwMAFosDAFOLAwBgiwMAnosDAKCLAwDpiwMA84sDADSMAwBAjAMAf4wDAIaMAwDKjAMA0owDABWNAwAcjQMAYI0DAGmNAwCrjQMAt40DAPaNAwD+jQMAnTgMAEaOAwCMjgMAlI4DANeOAwDmjgMAIo8DACePAwBtjwMAeo8DALiPAwDFjwMAA5ADAA+QAwBOkAMAXZADAJmQAwCjkAMA5JADAPKQAwAvkQMANJEDAHqRAwCHkQMAxZEDAM2RAwAQkgMAGpIDAFuSAwBpkgMAppIDALySAwDxkgMA/ZIDADyTAwBBkwMAh5MDAJCTAwDSkwMA3JMDAOg4DAAnlAMAaJQDAHSUAwCzlAMAu5QDADM5DAADlQMASZUDAFaVAwCUlQMAoZUDAN+VAwDrlQMAKpYDADmWAwB1lgMAf5YDAMCWAwDYlgMAC5cDABWXAwBWlwMAZJcDAKGXAwC3lwMA7JcDAPiXAwA3mAMAPJgDAIKYAwCLmAMAzZgDANeYAwAYmQMAIJkDAH45DABwmQMArpkDAHmZAwB0rQsAu5kDAPmZAwAFmgMARJoDAFOaAwCPmgMAmZoDANqaAwDomgMAJZsDADKbAwBwmwMAh5sDALubAwDDmwMABpwDABCcAwBRnAMAVpwDAJycAwCknAMAyTkMAPOcAwAynQMAOJ0DAH2dAwCYnQMAyJ0DANSdAwATngMAGZ4DAF6eAwB6ngMAqZ4DALGeAwAUOgwA+Z4DAD+fAwBMnwMAip8DAJefAwDVnwMA4Z8DACCgAwAvoAMAa6ADAHWgAwC2oAMAxKADAAGhAwAGoQMATKEDAFmhAwCXoQMAn6EDAOKhAwDooQMALaIDAOyhAwDvowMAOaIDAHiiAwCIogMAw6IDAMyiAwAOowMAEaMDAFmjAwBlowMApKMDAKujAwBfOgwA/aMDADqkAwBQpAMAhaQDAJGkAwDQpAMA16QDABulAwAjpQMAZqUDAGulAwCxpQMAuqUDAPylAwAGpgMAqjoMAEymAwCSpgMAU6YDAGGqAwCapgMA3aYDAOOmAwAopwMALacDAHOnAwB8pwMAvqcDAMinAwAJqAMAFagDAFSoAwBcqAMA9ToMAKSoAwDqqAMA8qgDADWpAwBAqQMAgKkDAIWpAwDLqQMAzqkDABaqAwAgqgMAQDsMAGuqAwCsqgMAsKoDAPeqAwD8qgMAQqsDAEirAwCNqwMArasDANirAwDgqwMAI6wDADGsAwBurAMAcawDALmsAwDBrAMABK0DAA2tAwBPrQMAXK0DAJqtAwCgrQMA5a0DAPGtAwAwrgMAMq4DAHuuAwCKrgMAxq4DANGuAwARrwMAE68DAFyvAwB1rwMAp68DALivAwDyrwMA/q8DAIs7DABFsAMAiLADAKiwAwDTsAMA4bADAB6xAwArsQMAabEDAHCxAwC0sQMA0LEDAP+xAwAHsgMA1jsMAE+yAwCVsgMAorIDAOCyAwDtsgMAK7MDADezAwB2swMAhbMDAMGzAwDLswMADLQDACG0AwBXtAMAX7QDAKK0AwCxtAMA7bQDAO+0AwA4tQMAQbUDAIO1AwCGtQMAzrUDANq1AwAZtgMANbYDAGS2AwBstgMAITwMALS2AwD6tgMAELcDAEW3AwBRtwMAkLcDALO3AwBsPAwA5bcDACa4AwAuuAMAcbgDAHe4AwBOXwcAgLgDALy4AwDBuAMAB7kDABS5AwBSuQMAX7kDAJ25AwCpuQMA6LkDAPe5AwAzugMAPboDAH66AwCGugMAyboDANO6AwAUuwMAGbsDAF+7AwBnuwMAtzwMAK27AwD1uwMAErwDAEC8AwBRvAMAi7wDAJm8AwBSBAQAwLwDANa8AwDyvAMAIb0DAD29AwACPQwAcr0DALe9AwC9vQMAAr4DAAe+AwBNvgMAU74DAE09DACdvgMA474DAPC+AwAuvwMAO78DAHm/AwCFvwMAxL8DANO/AwAPwAMAGcADAFrAAwBowAMApcADAKrAAwDwwAMA/cADADvBAwBHwQMAhsEDAIzBAwDRwQMA18EDABzCAwAhwgMAZ8IDAG3CAwAuPgwAxsIDAP3CAwAjwwMASMMDAG7DAwCTwwMAucMDAN7DAwAOxAMAKcQDADHEAwB0xAMAnMQDAL/EAwD0xAMACsUDADDFAwBVxQMAe8UDAKDFAwDVxQMA68UDABvGAwA2xgMAPsYDAIHGAwCGxgMAXRcEAJDGAwDMxgMA0cYDABfHAwAkxwMAYscDAG/HAwCtxwMAuccDAPjHAwAHyAMAQ8gDAE3IAwCOyAMAnMgDANnIAwDeyAMAJMkDADHJAwBvyQMAd8kDALrJAwDAyQMABcoDAMTJAwAFFQQAEcoDAFDKAwBgygMAm8oDAKTKAwDmygMA6coDADHLAwA9ywMAfMsDAIPLAwB5PgwA28sDABLMAwAVzAMAXcwDAHrMAwCozAMAucwDAPPMAwD6zAMAPs0DAFfNAwCJzQMAkc0DANTNAwDqzQMAH84DACTOAwBqzgMAcc4DALXOAwC+zgMAAM8DABHPAwBLzwMAV88DAMQ+DACqzwMA4c8DAOTPAwAs0AMASdADAHfQAwCI0AMAwtADANHQAwAN0QMAHtEDAFjRAwBm0QMAo9EDAK/RAwDu0QMA+9EDADnSAwBD0gMADz8MAI3SAwDP0gMA3NIDABrTAwAo0wMAZdMDAHTTAwCw0wMAstMDAPvTAwAF1AMARtQDAFTUAwCR1AMAltQDANzUAwDp1AMAJ9UDACrVAwBy1QMAftUDAL3VAwDQ1QMACNYDABfWAwBT1gMAX9YDAJ7WAwCf1gMA6dYDAPPWAwA01wMAQtcDAH/XAwCE1wMAytcDANfXAwBaPwwAGtgDAGDYAwB22AMAq9gDAMHYAwD22AMA/9gDAEHZAwBO2QMAjNkDAJrZAwDX2QMA5tkDACLaAwAk2gMAbdoDAHfaAwC42gMAxtoDAAPbAwAI2wMATtsDAFvbAwCZ2wMAnNsDAOTbAwDs2wMAL9wDAEDcAwB63AMAiNwDAMXcAwDS3AMAEN0DADDdAwBb3QMAY90DAKbdAwC23QMA8d0DAPPdAwA83gMASt4DAIfeAwCY3gMAO0AMANjeAwAd3wMAKd8DAIZADABv3wMAs98DAHXfAwC+aQUAut8DAP7fAwAE4AMASeADAFXgAwCU4AMAl+ADAN/gAwDi4AMAKuEDAFXhAwB14QMAmOEDAMDhAwDL4QMAC+IDABDiAwBW4gMAWeIDAKHiAwCr4gMA7OIDABfjAwDRQAwAPOMDAILjAwCP4wMAzeMDANrjAwAY5AMAJOQDAGPkAwBy5AMAruQDALjkAwD55AMAAeUDAETlAwBO5QMAj+UDAJTlAwDa5QMA4uUDABxBDAAy5gMAcOYDAITmAwC75gMAw+YDAAbnAwAL5wMAUecDAGHnAwCc5wMApOcDAOfnAwDx5wMAMugDAD3oAwB96AMAiegDAMjoAwDQ6AMAZ0EMABTpAwBe6QMAaukDAKnpAwC46QMA9OkDAALqAwA/6gMAT+oDAIrqAwCY6gMA1eoDAOHqAwAg6wMAJ+sDAGvrAwBz6wMAtusDAMzrAwAB7AMAFewDAEzsAwBP7AMAl+wDALTsAwDi7AMA8+wDAC3tAwA17QMAeO0DAIPtAwDD7QMAyO0DAA7uAwAR7gMAWe4DAGPuAwCk7gMAp+4DALJBDAAD7wMAOu8DAD3vAwCF7wMAou8DANDvAwDh7wMAG/ADACPwAwBm8AMAafADALHwAwC98AMA/PADAALxAwBH8QMAYvEDAJLxAwCe8QMA3fEDAOPxAwAo8gMAMPIDAHPyAwB+8gMAvvIDAMPyAwAJ8wMADPMDAFTzAwBe8wMAn/MDAKfzAwDq8wMACfQDAP1BDABJ9AMAgPQDAKb0AwDL9AMA8fQDABb1AwA89QMAYfUDAJf1AwCs9QMA4fUDAPf1AwAd9gMAQvYDAGj2AwCN9gMAwvYDANj2AwD89gMAI/cDAD/3AwBu9wMAdvcDAEhCDAC+9wMABPgDABH4AwBP+AMAXPgDAJr4AwCm+AMA5fgDAPT4AwAw+QMAOvkDAHv5AwCJ+QMAxvkDAMv5AwAR+gMAHvoDAFz6AwBk+gMAp/oDAK36AwDy+gMAsfoDALT8AwD++gMAPfsDAE37AwCI+wMAkfsDANP7AwDW+wMAHvwDACr8AwBp/AMAcPwDAJNCDADC/AMA//wDABX9AwBK/QMAVv0DAJX9AwCc/QMA4P0DAOj9AwAr/gMAMP4DAHb+AwB//gMAwf4DAMv+AwDeQgwADf8DAFf/AwBj/wMAov8DAKj/AwDt/wMA7/8DADgABABCAAQAgwAEAJEABADOAAQA0wAEABkBBAAmAQQAZAEEAGwBBACvAQQAuQEEAPoBBAAIAgQARQIEAFsCBACQAgQAnAIEANsCBADiAgQAJgMEAC4DBABxAwQAdgMEALwDBADFAwQABwQEABEEBAApQwwAagQEAJ0EBACgBAQA6AQEAAUFBAAzBQQARAUEAH4FBACWBQQAyQUEANUFBAAUBgQAJwYEAF8GBABuBgQAqgYEALYGBAD1BgQA9gYEAEAHBABKBwQAiwcEAJkHBADWBwQA2wcEACEIBAAuCAQAdEMMAHEIBAC3CAQAxAgEAAIJBAAPCQQATQkEAFkJBACYCQQApwkEAOMJBADtCQQALgoEADwKBAB5CgQAfgoEAMQKBADRCgQADwsEABcLBABaCwQAYAsEAKULBABkCwQAZw0EALELBADwCwQAAAwEADsMBABEDAQAhgwEAIkMBADRDAQA3QwEABwNBAAjDQQAVUQMAHUNBACyDQQAyA0EAP0NBAAJDgQASA4EAE8OBACTDgQAmw4EAN4OBADjDgQAKQ8EADIPBAB0DwQAfg8EAKBEDADADwQAChAEABYQBABVEAQAWxAEAKAQBACiEAQA6xAEAPUQBAA2EQQARBEEAIERBACGEQQAzBEEANkRBAAXEgQAHxIEAGISBABsEgQArRIEALsSBAD4EgQADhMEAEMTBABPEwQAjhMEAJUTBADZEwQA4RMEACQUBAApFAQAbxQEAHgUBAC6FAQAxBQEAOtEDAATFQQAUBUEAGYVBACbFQQApxUEAOYVBADtFQQAMRYEADkWBAB8FgQAgRYEAMcWBADQFgQAEhcEABwXBAA2RQwAXhcEAKgXBAC0FwQA8xcEAPkXBAA+GAQAQBgEAIkYBACTGAQA1BgEAOIYBAAfGQQAJBkEAGoZBAB3GQQAtRkEAL0ZBAAAGgQAChoEAEsaBABZGgQAlhoEAKwaBADhGgQA7RoEACwbBAAzGwQAdxsEAH8bBADCGwQAxxsEAA0cBAAWHAQAWBwEAGIcBACBRQwApRwEAHptCQCxHAQA7hwEAP8cBAA5HQQAPh0EAIQdBACbHQQAzx0EAOMdBAAaHgQAMh4EAGUeBAB0HgQAsB4EALUeBAD7HgQACB8EAEYfBABTHwQAkR8EAJ0fBADcHwQA6x8EACcgBAAxIAQAciAEAHogBAC9IAQA2yAEAAghBAAQIQQAzEUMAGAhBACeIQQAoCEEAOkhBAACIgQANCIEAEUiBAB/IgQAiyIEAMoiBADSIgQAF0YMABojBABgIwQAaCMEAKsjBAC6IwQA9iMEAPsjBABBJAQATiQEAIwkBACZJAQA1yQEAOMkBAAiJQQAMSUEAG0lBAB3JQQAuCUEAMAlBAADJgQADSYEAE4mBABTJgQAmSYEAKEmBABiRgwA+yYEAC8nBAA3JwQAeicEAIQnBADFJwQAyicEABAoBAAYKAQArUYMAGAoBACmKAQArygEADj7CACzKAQA8SgEALwoBADPjwoA/igEADwpBABIKQQAhykEAJYpBADSKQQA3CkEAB0qBAAlKgQAw50IACsqBABoKgQAdSoEALMqBADKKgQA/ioEAAYrBABJKwQAUysEAJQrBACZKwQA3ysEAOcrBAD4RgwANywEAHUsBACDLAQAwCwEANMsBAALLQQAEy0EAFYtBABZLQQAoS0EAKYtBADsLQQA+y0EADcuBABXLgQAgi4EAI4uBADNLgQA1y4EABgvBAA0LwQAYy8EAGsvBABDRwwAwS8EAPkvBAD/LwQARDAEAFAwBACPMAQAmTAEANowBADgMAQAJTEEADMxBABwMQQAfDEEALsxBAC+MQQABjIEAAcyBABRMgQAXTIEAJwyBACiMgQA5zIEAO0yBAAyMwQAPjMEAH0zBACaMwQAyDMEANEzBAATNAQAHzQEAF40BABhNAQAqTQEALM0BAD0NAQAADUEAD81BABFNQQAijUEAJA1BADVNQQA2jUEACA2BAAmNgQAjkcMAHc2BAC2NgQAuDYEAAE3BAAQNwQATDcEAFc3BACXNwQAozcEAOI3BADpNwQALTgEADU4BAB4OAQAgjgEAMM4BADOOAQADjkEABo5BABZOQQAYTkEAG9IDACmOQQA7zkEAAI6BAA6OgQAQjoEAIU6BACLOgQA0DoEANw6BAAbOwQAJTsEAGY7BABsOwQAsTsEAL87BAD8OwQACDwEAEc8BABKPAQAkjwEAJo8BADdPAQA3jwEACg9BAA0PQQAcz0EAHk9BAC+PQQAxj0EAAk+BAAPPgQAVD4EAGA+BACfPgQAvD4EAOo+BADzPgQANT8EAEE/BACAPwQAgz8EAMs/BADVPwQAFkAEAB5ABABhQAQAckAEAKxABAC6QAQA90AEAA1BBABCQQQAUEEEAI1BBACXQQQAukgMAOZBBAAjQgQAJkIEAG5CBAB2QgQAzpYEAHpCBABtcAQAfUIEAP9HBACKQgQAuUIEANVCBAAFSQwABkMEAE9DBABcQwQAmkMEAKdDBADlQwQA6kMEADBEBAA6RAQAe0QEAIpEBADGRAQAy0QEABFFBAAeRQQAXEUEAGlFBACnRQQAs0UEAPJFBAABRgQAPUYEAEdGBACIRgQAlEYEANNGBADZRgQAHkcEACRHBABpRwQAbkcEALRHBAC6RwQAUEkMAARIBAANZwQAEEgEAEpIBABYSAQAlUgEAKFIBADgSAQA7UgEACtJBAA1SQQAdkkEAJJJBADBSQQA3UkEAJtJDAAOSgQAV0oEAGRKBACiSgQAr0oEAO1KBADySgQAOEsEAEJLBACDSwQAkksEAM5LBADTSwQAGUwEACZMBABkTAQAcUwEAK9MBAC7TAQA+kwEAAlNBABFTQQAT00EAJBNBACcTQQA200EAOFNBAAmTgQALE4EAHFOBAB2TgQAvE4EAMJOBADmSQwADk8EAFJPBABgTwQAnU8EAKBPBADoTwQA908EADNQBAA4UAQAflAEAItQBADJUAQA1lAEABRRBAAgUQQAX1EEAG5RBACqUQQAtFEEAPVRBAADUgQAQFIEAEVSBACLUgQAmFIEANZSBADiUgQAIVMEADRTBABsUwQAe1MEALdTBADDUwQAAlQEAANUBABNVAQAV1QEAJhUBACmVAQA41QEAOhUBAAuVQQAO1UEADFKDAB+VQQAxFUEAM1VBAAPVgQAIFYEAFpWBABhVgQApVYEAK1WBADwVgQA/VYEADtXBABAVwQAhlcEAJBXBADRVwQA2VcEABxYBAAzWAQAZ1gEAHNYBACyWAQAvFgEAP1YBAAFWQQASFkEAEpZBACTWQQAm1kEAN5ZBADkWQQAKVoEADVaBAB0WgQAd1oEAL9aBADEWgQAClsEABNbBABVWwQAW1sEAKBbBACvWwQA61sEAPdbBAASSwwAOFwEAIFcBACPXAQAzFwEAN1cBABdSwwAHl0EAKhLDABnXQQArV0EALVdBAD4XQQAB14EAENeBABIXgQAjl4EAJteBADZXgQA5l4EACRfBAAwXwQAb18EAH5fBAC6XwQAxF8EAD5MDAAHYAQAUGAEAGtgBACbYAQAnWAEAOZgBAAAYQQAMWEEAD5hBAB8YQQAiGEEAMdhBADRYQQAEmIEACxiBABdYgQAbGIEAKhiBACtYgQA82IEAABjBAA+YwQAS2MEAIljBACVYwQA1GMEAONjBAAfZAQAKWQEAGpkBAB2ZAQAtWQEAMhkBAAAZQQAD2UEAEtlBABXZQQAlmUEAJdlBADhZQQA62UEACxmBAA6ZgQAd2YEAHxmBADCZgQAz2YEAIlMDAAaZwQAWGcEAGVnBACjZwQAr2cEAO5nBAD9ZwQAOWgEAENoBACEaAQAkmgEAM9oBADUaAQAGmkEACdpBABlaQQAcWkEALBpBADDaQQA+2kEAApqBABGagQAUmoEAJFqBACSagQA3GoEAOZqBAAnawQANWsEAHJrBAB3awQAvWsEAMprBADUTAwAFWwEAFNsBABVbAQAnmwEALdsBADpbAQA+mwEADRtBABAbQQAf20EAIdtBAC1TQwAz20EABVuBAAdbgQAYG4EAG9uBACrbgQAsG4EAPZuBAADbwQAQW8EAE5vBACMbwQAmG8EANdvBADmbwQAInAEACxwBAAATgwAgHAEALhwBADHcAQAA3EEAA9xBABOcQQAT3EEAJlxBACjcQQA5HEEAPJxBAAvcgQANHIEAHpyBACHcgQAS04MAMpyBAAQcwQAHXMEAFtzBABocwQApnMEALJzBADxcwQAAHQEADx0BABGdAQAh3QEAJV0BADSdAQA13QEAB11BAAqdQQAaHUEAHB1BACzdQQAuXUEAP51BAC9dQQAjLoEAAp2BABJdgQAWXYEAJR2BACddgQA33YEAOJ2BAAqdwQANncEAHV3BAB8dwQALE8MAMt3BAALeAQADHgEAFZ4BABueAQAoXgEAK54BADseAQA+HgEADd5BABBeQQAgnkEAIZ5BADNeQQA0nkEABh6BAAeegQAY3oEAIN6BACuegQAxnoEAPl6BAAQewQARHsEAFB7BACPewQAmXsEANp7BADcewQAJXwEACx8BABwfAQAd3wEALt8BADBfAQABn0EABJ9BABRfQQAVH0EAJx9BACffQQA530EAPN9BAAyfgQANX4EAHdPDACCfgQAyH4EANB+BAATfwQAGX8EAF5/BABjfwQAqX8EALJ/BAD0fwQA/n8EAD+ABABLgAQAioAEAJKABADCTwwA2oAEACCBBAAogQQAa4EEAHaBBAC2gQQAu4EEAAGCBAAEggQATIIEAFaCBAANUAwAo4IEAOKCBADpggQALYMEADuDBAB4gwQAe4MEAMODBADLgwQADoQEABGEBABZhAQAZYQEAKSEBACqhAQA74QEAAqFBAA6hQQARoUEAIWFBACLhQQA0IUEANiFBAAbhgQAH4YEAGaGBAByhgQAsYYEAL6GBAD8hgQABocEAEeHBABPhwQAkocEAJSHBADdhwQA4YcEACiIBAAqiAQAc4gEAIeIBABYUAwAxogEAAmJBAANiQQAVIkEAFaJBACfiQQAookEAOqJBADyiQQANYoEAEKKBACAigQAhYoEAMuKBADVigQAFosEAB6LBABhiwQAYosEAKyLBACxiwQA94sEAPqLBABCjAQARYwEAI2MBACbjAQA2IwEAPGMBAAjjQQANI0EAG6NBAB6jQQAuY0EAMGNBACjUAwACY4EAE+OBABXjgQAmo4EAKmOBADljgQA6o4EADCPBAA9jwQAe48EAIiPBADGjwQA0o8EABGQBAAgkAQAXJAEAGaQBACnkAQAr5AEAPKQBAD8kAQAPZEEAEKRBACIkQQAkJEEAO5QDADekQQAHpIEACqSBABpkgQAcZIEADlRDADAkgQA/5IEAAaTBABKkwQAWJMEAJWTBACYkwQA4JMEAOiTBAArlAQALpQEAHaUBACClAQAwZQEAMeUBAAMlQQAJ5UEAFeVBABjlQQAopUEAKiVBADtlQQAEJYEADiWBAA7lgQAg5YEAKeWBACEUQwA3ZYEABmXBAAelwQAZJcEAHGXBACvlwQAvJcEAPqXBAAGmAQARZgEAFSYBACQmAQAmpgEANuYBADpmAQAJpkEACuZBABxmQQAfpkEALyZBADEmQQAz1EMABSaBABSmgQAWpoEAJ2aBAC2mgQA6JoEAO6aBAAzmwQAOJsEAH6bBACemwQAyZsEANWbBAAUnAQAIZwEAF+cBABnnAQAqpwEAK2cBAD1nAQA/5wEAECdBABCnQQAi50EAJWdBADWnQQA4p0EABpSDAA3ngQAbJ4EAHieBAC3ngQAvJ4EAAKfBAC/ngQAKxMNAAufBABNnwQAV58EAJifBACgnwQAzf0HAKSfBADjnwQAu58EAJHuBwDpnwQALqAEAPafBADenwkANKAEAHmgBAB+oAQAxKAEAMqgBABlUgwAHaEEAFqhBABwoQQApaEEALGhBADwoQQA9aEEADuiBABEogQAhqIEAJCiBADRogQA2aIEAByjBAArowQAZ6MEAGyjBACyowQAv6MEAP2jBAAKpAQASKQEAFSkBACTpAQAoqQEAN6kBADopAQAKaUEADelBAB0pQQAgaUEAL+lBADWpQQACqYEABKmBABVpgQAX6YEAKCmBAClpgQA66YEAPOmBABGUwwAQqcEAIGnBACHpwQAzKcEAOenBAAXqAQAI6gEAGKoBABoqAQAkVMMAMCoBAD4qAQAB6kEAEOpBABPqQQAjqkEAI+pBADZqQQA46kEACSqBAAyqgQAb6oEAHSqBAC6qgQAx6oEANxTDAAKqwQAUKsEAFirBACbqwQAnqsEAOarBADvqwQAMawEAECsBAB8rAQAh6wEAMesBADPrAQAEq0EACKtBABdrQQAa60EAKitBAC5rQQA860EAP+tBAA+rgQARq4EAL1UDACPrgQA1K4EANyuBAAfrwQAJq8EAGqvBAB4rwQAta8EALuvBAAAsAQADLAEAEuwBABasAQAlrAEAKCwBADhsAQA5rAEACyxBAAysQQAd7EEAIuxBADCsQQAyrEEAA2yBAA1sgQAWLIEAGGyBACjsgQAsLIEAO6yBAD8sgQAObMEAEyzBACEswQAoLMEAAhVDADUswQAGrQEACe0BABltAQAcrQEALC0BAC8tAQA+7QEAAq1BABGtQQAULUEAJG1BACftQQA3LUEAOG1BAAntgQANLYEAHK2BAB6tgQAvbYEAMO2BAAItwQAFLcEAFO3BABjtwQAnrcEAKe3BADptwQA7LcEADS4BABAuAQAf7gEAIa4BABTVQwA8rgEABW5BAAeuQQAYLkEAG25BACruQQAubkEAPa5BAAJugQAQboEAF26BACeVQwAmroEANe6BADtugQAIrsEAC67BABtuwQAdLsEALi7BADAuwQAA7wEAAi8BABOvAQAV7wEAJm8BACjvAQA6VUMAOW8BAAvvQQAO70EAHq9BACAvQQAxb0EAMe9BAAQvgQAGr4EAFu+BABpvgQApr4EAKu+BADxvgQA/r4EADy/BABEvwQAh78EAJG/BADSvwQA4L8EAB3ABAAzwAQAaMAEAHTABACzwAQAusAEAP7ABAAGwQQAScEEAE7BBACUwQQAncEEAN/BBADpwQQANFYMADjCBAB1wgQAi8IEAMDCBADMwgQAC8MEABDDBABWwwQAX8MEAKHDBACrwwQA7MMEAPjDBAA3xAQAPcQEAILEBACIxAQAzcQEANLEBAAYxQQAHsUEAH9WDABoxQQArsUEALvFBAD5xQQABsYEAETGBABQxgQAj8YEAJ7GBADaxgQA5MYEACXHBAAzxwQAcMcEAHXHBAC7xwQAyMcEAAbIBAAOyAQAUcgEAFvIBACcyAQAqsgEAOfIBAD9yAQAMskEAD7JBAB9yQQAgskEAMjJBADRyQQAE8oEAB3KBABgVwwAasoEAKnKBAC6ygQA9MoEAADLBAA/ywQATssEAIrLBACUywQA1csEAOPLBAAgzAQAJcwEAGvMBAB4zAQAtswEAMDMBAABzQQAwswEADrQBAAPzQQATM0EAGLNBACXzQQAo80EAOLNBADnzQQALc4EADbOBAB4zgQAgs4EAMPOBADPzgQADs8EABTPBABZzwQAX88EAKTPBACpzwQA788EAPXPBACrVwwAQNAEAIXQBACL0AQA0NAEANXQBAAb0QQAIdEEAPZXDAB00QQAsdEEAMfRBAD80QQACNIEAEfSBABM0gQAktIEAJvSBADd0gQA59IEACjTBAA00wQAc9MEAIbTBAC+0wQAzdMEAAnUBAAV1AQAVNQEAFXUBACf1AQAqdQEAOrUBAD41AQANdUEADrVBACA1QQAjdUEAEFYDADa1QQAFtYEADbWBABh1gQAbdYEAKzWBAC21gQA99YEAPzWBABC1wQAQ9cEAI3XBACZ1wQA2NcEAOXXBAAj2AQAL9gEAG7YBACB2AQAudgEAMjYBAAE2QQAENkEAE/ZBABQ2QQAmtkEAKTZBADl2QQA89kEADDaBAA12gQAe9oEAIjaBACMWAwA4toEANdYDAAX2wQAXNsEAGLbBACn2wQArNsEAPLbBAD42wQAIlkMAELcBACI3AQAi9wEANPcBADf3AQAHt0EACTdBABp3QQAhN0EALTdBADA3QQA/90EAAXeBABK3gQATN4EAJXeBACw3gQA4N4EAOLeBAAr3wQAOd8EAHbfBACH3wQAwd8EAMPfBAAM4AQAJeAEAFfgBABo4AQAouAEAK7gBAADWgwA9eAEADjhBABR4QQAg+EEAIzhBADO4QQA3uEEABniBAAp4gQAZOIEAHDiBACv4gQAteIEAPriBAAI4wQAReMEAFLjBACQ4wQAp+MEANvjBADj4wQAJuQEADDkBABx5AQAf+QEALzkBADS5AQAB+UEABPlBABS5QQAWeUEAJ3lBACl5QQA6OUEAO3lBAAz5gQAPOYEAH7mBACI5gQAyeYEANHmBAAU5wQAFucEAF/nBABv5wQAqucEALTnBAD15wQAAegEAEDoBABG6AQAi+gEAJPoBABOWgwA4OgEACHpBAAv6QQAbOkEAILpBAC36QQAw+kEAALqBAAH6gQATeoEAFbqBACY6gQAouoEAOPqBADr6gQALusEADPrBAB56wQAiOsEAMTrBADT6wQAD+wEABjsBABa7AQAYOwEAKXsBACr7AQA8OwEAPzsBAA77QQAQu0EAIbtBACO7QQA0e0EANPtBAAc7gQALO4EAGfuBABx7gQAsu4EAL7uBAD97gQAA+8EAEjvBABQ7wQAmVoMAJ/vBADe7wQA7+8EACnwBAA18AQAdPAEAIPwBAC/8AQAyfAEAArxBAAY8QQAVfEEAFrxBACg8QQArfEEAOvxBADz8QQANvIEAEDyBAADBwUAQvIEAIHyBACH8gQAzPIEANLyBAAX8wQAHPMEAGLzBABo8wQA5FoMALnzBAD48wQA/vMEAEP0BABe9AQAjvQEAJr0BADZ9AQA3/QEACT1BAAs9QQAb/UEAHL1BAC69QQAxvUEAAX2BAAW9gQAUPYEAFz2BACb9gQAqvYEAOb2BADw9gQAMfcEAD/3BAB89wQAgfcEAMf3BADU9wQAEvgEABr4BABd+AQAZ/gEAKj4BAC2+AQA8/gEAAn5BAA++QQASvkEAIn5BACO+QQA1PkEAN35BAAf+gQAKfoEAMVbDABw+gQAtfoEALv6BAAA+wQADPsEAEv7BABY+wQAlvsEAKD7BADh+wQA6fsEACz8BAA2/AQAd/wEAHz8BADC/AQAw/wEAA39BAAS/QQAWP0EAGn9BACj/QQAqP0EAO79BAAF/gQAOf4EAE3+BACE/gQAoP4EAM/+BADX/gQAEFwMACL/BABl/wQAb/8EALD/BADE/wQA+/8EAPz/BABGAAUAUgAFAJEABQCtAAUA3AAFAOQABQBbXAwAMAEFAHIBBQCAAQUAvQEFAIEBBQDwcAgAxwEFAAgCBQAKAgUAUwIFAGwCBQCeAgUArwIFAOkCBQD1AgUANAMFADwDBQCmXAwAiwMFAMoDBQDQAwUAFQQFADAEBQBgBAUAbAQFAKsEBQCxBAUA9gQFAPkEBQBBBQUASQUFAIwFBQCcBQUA1wUFANwFBQAiBgUAKwYFAG0GBQB6BgUAuAYFAL8GBQDxXAwAEQcFAE4HBQBkBwUAmQcFAKUHBQDkBwUA6QcFAC8IBQA4CAUAeggFAIQIBQDFCAUA4QgFABAJBQAYCQUAPF0MAGAJBQCmCQUArgkFAPEJBQDzCQUAPAoFAFcKBQCHCgUAiQoFANIKBQDgCgUAHQsFAC4LBQBoCwUAagsFALMLBQDMCwUA/gsFAA8MBQBJDAUAVQwFAJQMBQCcDAUAh10MAOsMBQAqDQUAMA0FAHUNBQCQDQUAwA0FAMwNBQALDgUAEQ4FAFYOBQBZDgUA0l0MAL4OBQDsDgUA7Q4FADcPBQBGDwUAgg8FAIcPBQDNDwUA2g8FABgQBQAlEAUAYxAFAG8QBQCuEAUAvRAFAPkQBQADEQUARBEFAFIRBQCPEQUAlBEFANoRBQDnEQUAJRIFADESBQBwEgUAdhIFALsSBQCDEgUAeyUFAMESBQAGEwUACxMFAFETBQBXEwUAHV4MAKETBQDnEwUABxQFADIUBQA+FAUAfRQFAIMUBQDIFAUA0BQFADFCBQDRFAUAExUFACAVBQBeFQUAZBUFAKkVBQC1FQUA9BUFAPYVBQA/FgUAThYFAIoWBQCVFgUA1RYFANcWBQAgFwUAORcFAGsXBQB8FwUAthcFAMIXBQABGAUADRgFAEwYBQBfGAUAlxgFAKYYBQDiGAUA7hgFAC0ZBQAuGQUAeBkFAIIZBQDDGQUA0RkFAA4aBQATGgUAWRoFAGYaBQBoXgwAsRoFAO8aBQADGwUAOhsFAFYbBQCFGwUAoRsFALNeDADfGwUAGxwFABwcBQBmHAUAdRwFALEcBQC2HAUA/BwFAAkdBQBHHQUAVB0FAJIdBQCeHQUA3R0FAOwdBQAoHgUAMh4FAHMeBQCBHgUAvh4FAMMeBQAJHwUAFh8FAFQfBQBkHwUAnx8FAKEfBQDqHwUA+B8FADUgBQBGIAUA/l4MAIcgBQBJXwwA0CAFABYhBQAjIQUAYSEFAG4hBQCsIQUAsiEFAPchBQADIgUAQiIFAFIiBQCNIgUAliIFANgiBQDbIgUAIyMFAC8jBQBuIwUAdSMFAJRfDADFIwUABCQFABQkBQBPJAUAWCQFAJokBQCdJAUA5SQFAPEkBQAwJQUANyUFAN9fDACKJQUAxiUFANIlBQARJgUAEiYFAFwmBQBmJgUApyYFALUmBQDyJgUA9yYFAD0nBQBKJwUAKmAMAI0nBQDTJwUA4icFAB4oBQA+KAUAaSgFAHUoBQC0KAUAvigFAP8oBQAHKQUASikFAFYpBQCVKQUAmykFAOApBQDmKQUAKyoFADAqBQB2KgUAfCoFAAthDADGKgUADCsFABUrBQBXKwUAaCsFAKIrBQCpKwUA7SsFAPUrBQA4LAUARSwFAIMsBQCILAUAziwFANgsBQAZLQUAIS0FAGQtBQBzLQUAry0FALQtBQD6LQUABy4FAEUuBQBSLgUAkC4FAJwuBQDbLgUA6i4FACYvBQAwLwUAcS8FAHkvBQC8LwUAxi8FAAcwBQAMMAUAUjAFAFowBQDsYQwAojAFAOgwBQDrMAUAMzEFAD0xBQA3YgwAhDEFAMkxBQDOMQUAFDIFADQyBQBfMgUAazIFAKoyBQCwMgUA9TIFAPgyBQBAMwUAQjMFAIszBQCmMwUA1jMFANgzBQAhNAUALzQFAGw0BQB9NAUAtzQFALk0BQACNQUAGzUFAE01BQBeNQUAmDUFAKQ1BQCCYgwA8zUFAC42BQBONgUAeTYFAHs2BQDENgUA0DYFANLmCgDTNgUAq08FAOA2BQBjWwUA7TYFAA83BQASNwUAWjcFAGc3BQC/OwUAaTcFAKU3BQCqNwUA8DcFAP03BQA7OAUASDgFAIY4BQCSOAUA0TgFAOA4BQAcOQUAJjkFAGc5BQB1OQUAsjkFALc5BQD9OQUACjoFAEg6BQBUOgUAkzoFAJk6BQDeOgUA5DoFACk7BQAuOwUAdDsFAHo7BQDNYgwAyDsFAAo8BQAgPAUAVTwFAG48BQCgPAUArDwFAOs8BQDxPAUANj0FADs9BQCBPQUAkT0FAMw9BQDSPQUAFz4FACM+BQBiPgUAbD4FAK0+BQCzPgUA+D4FAAY/BQBDPwUATz8FAI4/BQCRPwUA2T8FAOU/BQAkQAUAN0AFAG9ABQB+QAUAukAFAMZABQAFQQUAEUEFAFBBBQBXQQUAm0EFAKdBBQDmQQUA7UEFABhjDABHQgUAfEIFAH5CBQDHQgUA20IFABJDBQAaQwUAXUMFAGpDBQCoQwUArUMFAPNDBQD9QwUAPkQFAEZEBQCJRAUAokQFANREBQDgRAUAH0UFACdFBQBjYwwAhUUFALVFBQC3RQUAAEYFAA5GBQBLRgUAXEYFAJZGBQCYRgUA4UYFAPpGBQAsRwUAPUcFAHdHBQCDRwUArmMMAMdHBQANSAUAFkgFAFhIBQBpSAUAo0gFAKpIBQDuSAUA9kgFADlJBQBGSQUAhEkFAIlJBQDPSQUA2UkFABpKBQAiSgUAZUoFAH5KBQCwSgUAvEoFAPtKBQADSwUARGQMAElLBQCRSwUAm0sFANxLBQDeSwUAJ0wFAEBMBQByTAUAg0wFAL1MBQDLTAUACE0FAAtNBQBTTQUAXk0FAJ5NBQCqTQUA6U0FAPBNBQCPZAwAOU4FAH9OBQCHTgUAyk4FANhOBQAVTwUAFk8FAGBPBQB7TwUA2mQMALBPBQD2TwUAA1AFAEFQBQBOUAUAjFAFAJhQBQDXUAUA5lAFACJRBQAsUQUAbVEFAHtRBQC4UQUAvVEFAANSBQAQUgUATlIFAFpSBQCZUgUAn1IFAORSBQDqUgUAL1MFADRTBQB6UwUAgFMFACVlDADSUwUAEFQFABJUBQBbVAUAdFQFAKZUBQC3VAUA8VQFAP1UBQA8VQUARFUFAAZmDACMVQUA0lUFANpVBQAdVgUANlYFAGhWBQBtVgUAs1YFALhWBQD+VgUACFcFAElXBQBMVwUAlFcFAJ5XBQDfVwUA5VcFACpYBQAsWAUAdVgFAHZYBQDAWAUAyFgFAAtZBQAbWQUAVlkFAFxZBQChWQUAplkFAOxZBQACWgUAN1oFAD9aBQCCWgUAqloFAM1aBQDwWgUAGFsFADdbBQBRZgwAa1sFAJxmDAC/WwUA+VsFAAdcBQBEXAUAUFwFAI9cBQCcXAUA2lwFAORcBQAlXQUALV0FAHBdBQB7XQUAu10FAL1dBQAGXgUACV4FAFFeBQBZXgUAnF4FAKJeBQDnXgUA8F4FADJfBQA/XwUAfV8FAIVfBQDIXwUAzV8FABNgBQAcYAUAXmAFAGhgBQCpYAUAsWAFAPRgBQD5YAUAP2EFAE9hBQCKYQUAkmEFANVhBQDXYQUAIGIFADtiBQBrYgUAbWIFALZiBQDEYgUAAWMFABJjBQBMYwUATmMFAJdjBQCwYwUA4mMFAPNjBQAtZAUAOWQFAHhkBQCAZAUA52YMAMlkBQAOZQUAE2UFAFllBQB5ZQUApGUFALBlBQDvZQUA9WUFADpmBQA9ZgUAhWYFAI1mBQDQZgUA2mYFABtnBQAgZwUAZmcFAG5nBQCxZwUAu2cFAPxnBQD+ZwUAR2gFAFhoBQCSaAUAsmgFAN1oBQDlaAUAKGkFADJpBQBzaQUAeGkFADJnDADSaQUACWoFABFqBQBUagUAWWoFAJ9qBQCvagUA6moFAPJqBQA1awUAP2sFAIBrBQCLawUAy2sFANdrBQAWbAUAHmwFAH1nDABtbAUArGwFALhsBQD3bAUA/mwFAEJtBQBKbQUAjW0FAKZtBQDYbQUA3m0FACNuBQAobgUAbm4FAI5uBQC5bgUAxW4FAARvBQAKbwUAT28FAFJvBQDIZwwAnG8FAOVvBQCobwUAz7sLAOhvBQAwcAUAOnAFAHtwBQCJcAUAxnAFANVwBQARcQUAFHEFAFxxBQApcQUAwpIFAC1xBQBIhQUAaHEFAKdxBQCpcQUA8nEFAPhxBQA9cgUATHIFAIhyBQCTcgUA03IFANtyBQCYywUA7XIFAB5zBQAqcwUAaXMFAHxzBQC0cwUAw3MFAP9zBQALdAUASnQFAEt0BQCVdAUAn3QFAOB0BQDudAUAK3UFADB1BQB2dQUAg3UFABNoDADbdQUADHYFABt2BQBXdgUAXHYFAKJ2BQCvdgUA7XYFAPp2BQA4dwUARHcFAIN3BQCSdwUAzncFANh3BQAZeAUAJ3gFAGR4BQBpeAUAr3gFALx4BQD6eAUABnkFAEV5BQBLeQUAkHkFAJZ5BQDbeQUA4HkFACZ6BQAsegUAXmgMAHJ6BQC8egUAenoFAAtmBwB+egUA4VMHAJF6BQAGWQoAyHoFAAd7BQANewUA3cAHABR7BQBSewUAVXsFAJ17BQCpewUA6HsFAOp7BQAzfAUAOXwFAH58BQCNfAUAyXwFANR8BQAUfQUAFX0FAF99BQBzfQUAqn0FAMR9BQD1fQUAAX4FAEB+BQBTfgUAi34FAJp+BQDWfgUA4n4FACF/BQAifwUAbH8FAHZ/BQC3fwUAxX8FAAKABQAHgAUATYAFAFqABQCpaAwAsoAFAOOABQDygAUALoEFADOBBQB5gQUAhoEFAMSBBQDRgQUAD4IFABuCBQBaggUAaYIFAKWCBQCvggUA8IIFAP6CBQA7gwUAQIMFAIaDBQCTgwUA0YMFAN2DBQAchAUAIoQFAGeEBQBthAUAsoQFALeEBQD9hAUAA4UFAPRoDABkhQUAP2kMAJmFBQDehQUA4IUFACmGBQA2hgUAdIYFAHeGBQC/hgUAwIYFAAqHBQAPhwUAVYcFAFuHBQCghwUAqocFAOuHBQAHiAUANogFAFKIBQCKaQwAh4gFAMyIBQDOiAUAF4kFACSJBQBiiQUAZYkFAK2JBQCuiQUA+IkFAP2JBQBDigUASYoFAI6KBQCYigUA2YoFAPWKBQAkiwUAQIsFANVpDAB1iwUAuosFAMCLBQAFjAUACowFAFCMBQBWjAUAIGoMAKmMBQDmjAUAAY0FADGNBQA/jQUAfI0FAImNBQDHjQUA3o0FABKOBQAhjgUAXY4FAGKOBQCojgUAtY4FAPOOBQAAjwUAPo8FAEqPBQCJjwUAmI8FANSPBQDejwUAH5AFAC2QBQBqkAUAb5AFALWQBQDCkAUAAJEFAAORBQBLkQUAV5EFAJaRBQCckQUA4ZEFAOeRBQAskgUAMZIFAHeSBQB9kgUAa2oMAMySBQANkwUAE5MFAFiTBQBakwUAo5MFALCTBQDukwUA8ZMFADmUBQA6lAUAhJQFAImUBQDPlAUA1ZQFABqVBQAklQUAZZUFAH+VBQCwlQUAv5UFAPuVBQAAlgUARpYFAFOWBQCRlgUAnpYFANyWBQDolgUAJ5cFADaXBQBylwUAfJcFAL2XBQDLlwUACJgFAA2YBQBTmAUAYJgFAJ6YBQComAUAaKEFAKqYBQDpmAUA75gFADSZBQA6mQUAf5kFAISZBQDKmQUA0JkFALZqDAAamgUAYJoFAG2aBQCrmgUAuJoFAPaaBQACmwUAQZsFAFCbBQCMmwUAlpsFANebBQDlmwUAIpwFACecBQBtnAUAepwFALicBQDAnAUAA50FAA+dBQBOnQUAVJ0FAJmdBQCfnQUA5J0FAOmdBQAvngUANZ4FAJdrDAB8ngUAxZ4FAM6eBQAQnwUAE58FAFufBQBnnwUApp8FAK2fBQDxnwUA+Z8FADygBQBVoAUAh6AFAJugBQDSoAUA7qAFAB2hBQAloQUALWwMAHahBQCzoQUAyaEFAP6hBQAKogUASaIFAE6iBQCUogUAnaIFAN+iBQDpogUAKqMFAEajBQB1owUAfaMFAHhsDADFowUAC6QFABikBQBWpAUAY6QFAKGkBQCtpAUA7KQFAPukBQA3pQUAQaUFAIKlBQCQpQUAzaUFANKlBQAYpgUAJaYFAGOmBQBrpgUArqYFALimBQD5pgUAB6cFAESnBQBapwUAj6cFAJunBQDapwUA36cFACWoBQAuqAUAcKgFAHqoBQC7qAUAw6gFAAapBQAVqQUAUakFAFOpBQCcqQUApakFAOepBQDqqQUAMqoFAD6qBQB9qgUAhKoFAMiqBQDQqgUAE6sFACyrBQBeqwUAcqsFAKmrBQDFqwUA9KsFAPyrBQDDbAwARKwFAIqsBQCXrAUA1awFAOKsBQAgrQUALK0FAGutBQB6rQUAtq0FAMCtBQABrgUAC64FAEyuBQBargUAl64FAK2uBQDirgUA7q4FAC2vBQAyrwUAeK8FAIGvBQDDrwUAza8FAA6wBQAasAUAWbAFAF+wBQCksAUAqrAFAO+wBQD0sAUAOrEFAECxBQAObQwAkbEFANCxBQDUsQUAG7IFACqyBQBmsgUAa7IFALGyBQC+sgUA/LIFAAmzBQBHswUAU7MFAJKzBQChswUA3bMFAOezBQAotAUANrQFAHO0BQB4tAUAvrQFAMu0BQAJtQUAFbUFAFS1BQBatQUAn7UFAKW1BQDqtQUA77UFADW2BQA7tgUAWW0MAIW2BQDLtgUA0rYFABa3BQAitwUAYbcFAGO3BQCstwUAZLcFAKe8BQDHtwUA97cFAPm3BQBCuAUAULgFAI24BQCeuAUA2LgFANq4BQAjuQUAPLkFAG65BQB/uQUAubkFAMW5BQAEugUAELoFAE+6BQBiugUAmroFAKm6BQDlugUA8boFADC7BQAxuwUAe7sFAIW7BQDGuwUA1LsFABG8BQAWvAUAXLwFAGm8BQCkbQwAqbwFAPK8BQANvQUAPb0FAD+9BQCIvQUAlr0FANO9BQDkvQUAHr4FACC+BQBpvgUAgr4FALS+BQDFvgUA/74FAAu/BQBKvwUAVr8FAJW/BQCovwUA4L8FAO+/BQArwAUAN8AFAHbABQB3wAUAwcAFAMvABQAMwQUAGsEFAFfBBQBcwQUAosEFAK/BBQCFbgwA8sEFADjCBQBAwgUAg8IFAIXCBQDOwgUA38IFABnDBQAnwwUAZMMFAH/DBQCvwwUAu8MFAPrDBQACxAUAZm8MAErEBQCQxAUAl8QFANvEBQDnxAUAJsUFACnFBQBxxQUAecUFALzFBQDMxQUAB8YFAAzGBQBSxgUAW8YFAJ3GBQCqxgUA6MYFAO/GBQAzxwUAO8cFALFvDACLxwUAyccFANHHBQAUyAUAKMgFAF/IBQBkyAUAqsgFALPIBQD1yAUA+8gFAEDJBQBIyQUAi8kFAJrJBQDWyQUA58kFACHKBQAqygUAbMoFAG/KBQC3ygUAwcoFAALLBQAOywUATcsFAFPLBQD8bwwApcsFAOPLBQDoywUALswFADXMBQB5zAUAhcwFAMTMBQDMzAUAR3AMACrNBQBazQUAXM0FAKXNBQCzzQUA8M0FAAHOBQA7zgUAPc4FAIbOBQCfzgUA0c4FAOLOBQAczwUAKM8FAJJwDAB2zwUAss8FAMHPBQD9zwUABtAFAEjQBQBO0AUAk9AFAJnQBQDe0AUA6tAFACnRBQAw0QUAdNEFAHzRBQC/0QUAw9EFAArSBQAV0gUAVdIFAGPSBQCg0gUAsdIFAOvSBQD30gUANtMFAD7TBQDdcAwAhNMFAMzTBQDW0wUAF9QFABnUBQBi1AUAe9QFAK3UBQC+1AUA+NQFAAbVBQBD1QUARtUFAI7VBQCZ1QUA2dUFAOfVBQAk1gUAMdYFAG/WBQCG1gUAutYFAMLWBQAF1wUAB9cFAFDXBQBY1wUAm9cFAKrXBQDm1wUA69cFADHYBQA+2AUAfNgFAInYBQDH2AUA09gFABLZBQAh2QUAXdkFAGfZBQCo2QUAttkFAPPZBQD42QUAPtoFAEvaBQCJ2gUAkdoFANTaBQDe2gUAH9sFACTbBQBq2wUActsFALXbBQC42wUAANwFAB3cBQBL3AUAXNwFAJbcBQCe3AUA4dwFAOTcBQAs3QUAON0FAHfdBQB93QUAwt0FAN3dBQAN3gUAGd4FAFjeBQBe3gUAKHEMALLeBQDu3gUA794FADnfBQBv3wUAhN8FAJLfBQDP3wUA0N8FABrgBQAi4AUAZeAFAHTgBQCw4AUAteAFAPvgBQAI4QUARuEFAFPhBQCR4QUAneEFANzhBQDr4QUAJ+IFADHiBQBy4gUAgOIFAL3iBQDC4gUACOMFABXjBQBT4wUAW+MFAJ7jBQCo4wUA6eMFAO7jBQA05AUAPOQFAH/kBQCJ5AUAyuQFANXkBQAV5QUAIeUFAGDlBQBo5QUAc3EMALDlBQD25QUA+eUFAEHmBQBL5gUAjOYFAJTmBQC+cQwA5eYFACLnBQA45wUAbecFAHnnBQC45wUAvecFAAPoBQAM6AUATugFAFjoBQCZ6AUAoegFAOToBQDw6AUAL+kFAELpBQB66QUAe+kFAMXpBQDT6QUAEOoFABbqBQBb6gUAZ+oFAKbqBQCt6gUACXIMAPLqBQA86wUASOsFAIfrBQCU6wUA0usFANrrBQAd7AUAJ+wFAGjsBQB37AUAs+wFALTsBQD+7AUABu0FAEntBQBY7QUAlO0FAJntBQDf7QUA7O0FACruBQA37gUAde4FAIHuBQDA7gUAz+4FAAvvBQAV7wUAVu8FAGTvBQCh7wUApu8FAOzvBQD57wUAN/AFAD/wBQCC8AUAhvAFAM3wBQDb8AUAGPEFACLxBQBj8QUAbvEFAK7xBQC28QUA+fEFAATyBQBE8gUASfIFAI/yBQCS8gUA2vIFAOTyBQAl8wUALfMFAHDzBQCP8wUAVHIMAL3zBQAG9AUAB/QFAFH0BQBb9AUAnPQFAKr0BQDn9AUAAvUFADL1BQA+9QUAffUFAIX1BQCfcgwA1PUFABP2BQAZ9gUAXvYFAHn2BQCp9gUAtfYFAPT2BQD69gUAP/cFAEf3BQCK9wUAmPcFANX3BQDY9wUAIPgFACj4BQBr+AUAdPgFALb4BQDD+AUAAfkFAAP5BQBM+QUAZ/kFAJf5BQCZ+QUA4vkFAPD5BQAt+gUAPvoFAHj6BQB6+gUAw/oFANz6BQAO+wUAH/sFAFn7BQBl+wUApPsFAKz7BQDqcgwA9fsFADr8BQBC/AUAhfwFAIz8BQDQ/AUA1fwFABv9BQAn/QUAZv0FAGn9BQCx/QUAuf0FAPz9BQAJ/gUAR/4FAEz+BQCS/gUAnP4FAN3+BQDl/gUAKP8FADT/BQBz/wUAhv8FAL7/BQDM/wUACQAGAAwABgBUAAYAXgAGADVzDACiAAYA6gAGAPIABgA1AQYAOAEGAIABBgCMAQYAywEGANEBBgAWAgYAMQIGAGECBgBtAgYArAIGALICBgD3AgYA/wIGAEIDBgBQAwYAjQMGAJADBgDYAwYA4AMGACMEBgAsBAYAbgQGAHsEBgC5BAYAuwQGAAQFBgAfBQYATwUGAFEFBgCaBQYAqAUGAOUFBgD2BQYAMAYGADIGBgB7BgYAlAYGAMYGBgDXBgYAEQcGAB0HBgBcBwYAZAcGAIBzDACtBwYA8gcGAPoHBgA9CAYARAgGAIgIBgCNCAYA0wgGAN8IBgAeCQYAIQkGAGkJBgBxCQYAtAkGAMEJBgD/CQYABAoGAEoKBgBUCgYAlQoGAJ0KBgDgCgYA7AoGACsLBgA+CwYAdgsGAIQLBgDBCwYAxAsGAAwMBgAWDAYAy3MMAFoMBgCiDAYArgwGAO0MBgDzDAYAOA0GAFMNBgCDDQYAjw0GAM4NBgDUDQYAGQ4GACEOBgBkDgYAcg4GAK8OBgCyDgYA+g4GAAIPBgBFDwYATg8GAJAPBgCdDwYA2w8GAN0PBgAmEAYAQRAGAHEQBgBzEAYAvBAGAMoQBgAHEQYAGBEGAFIRBgBUEQYAnREGALYRBgDoEQYA+REGADMSBgA/EgYAfhIGAIYSBgAWdAwAzxIGABQTBgAcEwYAXxMGAGYTBgCqEwYArxMGAPUTBgABFAYAQBQGAEMUBgCLFAYAkxQGANYUBgDjFAYAIRUGACYVBgBsFQYAdhUGALcVBgC/FQYAAhYGAA4WBgBNFgYAYBYGAJgWBgCmFgYA4xYGAOYWBgAuFwYAOBcGAGF0DAB7FwYAxBcGAH4XBgDI1gYAghcGAM9wCwCHFwYAbjAHAM4XBgDQ9woA1RcGAA8YBgAgGAYAWhgGAGgYBgClGAYAwRgGAPAYBgAMGQYArHQMAEkZBgCGGQYAkxkGANEZBgDoGQYAHBoGACgaBgBnGgYAbRoGALIaBgC4GgYA/RoGAAIbBgBIGwYAThsGAPd0DACYGwYA3hsGAOYbBgApHAYALBwGAHQcBgCAHAYAvxwGAMUcBgAKHQYAJR0GAFUdBgBhHQYAoB0GAKYdBgDrHQYA8x0GADYeBgA4HgYAgR4GAJweBgDMHgYAzh4GABcfBgAlHwYAYh8GAHMfBgCtHwYArx8GAPgfBgARIAYAQyAGAFQgBgCOIAYAmiAGANh1DADvIAYAJCEGADMhBgBvIQYATSEGANQlBgBxIQYAuiEGAMkhBgAFIgYAECIGAFAiBgBcIgYAmyIGAJ4iBgDmIgYAoiIGAFMuBgC3IgYAwigGAPIiBgAxIwYANyMGAHwjBgCXIwYAxyMGANMjBgASJAYAGCQGAF0kBgBpJAYAqCQGAK4kBgDzJAYA+SQGAD4lBgBDJQYAiSUGAI8lBgAjdgwA1yUGAB8mBgA7JgYAaiYGAHImBgAEdwwAwSYGAAAnBgAGJwYASycGAGYnBgCWJwYAoicGAOEnBgDnJwYALCgGADQoBgB3KAYAmCgGAE93DADKKAYAmncMABIpBgBYKQYAZSkGAKMpBgCwKQYA7ikGAPopBgA5KgYASCoGAIQqBgCOKgYAzyoGANcqBgAaKwYAJCsGAGUrBgBzKwYAsCsGAMYrBgD7KwYABywGAEYsBgBLLAYAkSwGAJosBgDcLAYA5iwGACctBgAvLQYAci0GAHwtBgC9LQYAwi0GAAguBgAQLgYA5XcMAF8uBgCeLgYAsS4GAOkuBgD4LgYANC8GAEAvBgB/LwYAgC8GAMovBgDULwYAFTAGACMwBgBgMAYAZTAGAKswBgC4MAYAMHgMAAExBgBBMQYATTEGAIwxBgCSMQYA1zEGAOMxBgAiMgYAKjIGABF5DABwMgYAuDIGAMAyBgADMwYAEDMGAE4zBgBTMwYAmTMGAKEzBgDkMwYA5jMGAC80BgBKNAYAejQGAHw0BgDFNAYA0zQGABA1BgAhNQYAWzUGAF01BgCmNQYAvzUGAPE1BgACNgYAPDYGAEg2BgCHNgYAjzYGAFx5DADXNgYAHTcGACo3BgBoNwYAdTcGALM3BgC/NwYA/jcGAA04BgBJOAYAUzgGAJQ4BgCiOAYA3zgGAOQ4BgAqOQYANzkGAHU5BgB9OQYAwDkGAMI5BgALOgYAFToGAFY6BgBeOgYAp3kMAKw6BgDsOgYA+joGADc7BgA6OwYAgjsGAIo7BgDNOwYA4zsGABg8BgAdPAYAYzwGAHk8BgCuPAYAujwGAPk8BgAGPQYARD0GAE49BgDyeQwAnT0GANo9BgDzPQYAJT4GADs+BgBwPgYAfz4GALs+BgDVPgYABj8GAAk/BgBrQwYAET8GANBHBgAVPwYAUT8GAFY/BgCcPwYAqT8GAOc/BgD0PwYAMkAGAD5ABgB9QAYAjEAGAMhABgDSQAYAE0EGACFBBgBeQQYAY0EGAKlBBgC2QQYA9EEGAABCBgA/QgYARUIGAIpCBgCQQgYA1UIGANpCBgAgQwYAJkMGAD16DAB3QwYAtkMGALxDBgABRAYAHEQGAExEBgBYRAYAl0QGAJ1EBgDiRAYA6UQGAC1FBgAyRQYApEYGADlFBgB4RQYAekUGAMNFBgDKRQYADkYGACpGBgBZRgYAYUYGAB57DACoRgYA70YGAPxGBgA6RwYAVkcGAIVHBgCNRwYAaXsMANVHBgAbSAYAHkgGAGZIBgBwSAYAsUgGAMJIBgD8SAYAAUkGAEdJBgBMSQYAkkkGALJJBgDdSQYA5kkGAChKBgApSgYAc0oGAH9KBgC+SgYAxEoGAAlLBgAPSwYAVEsGAFlLBgCfSwYApUsGALR7DADsSwYANUwGADtMBgCATAYAoEwGAMtMBgDXTAYAFk0GAB1NBgBhTQYAaU0GAKxNBgCzTQYA900GAANOBgBCTgYARE4GAI1OBgCUTgYAlXwMANpOBgAjTwYAJk8GAG5PBgB2TwYAuU8GAMlPBgAEUAYABlAGAE9QBgBdUAYAmlAGAKtQBgDgfAwA7FAGACt9DAA9UQYAe1EGAIJRBgDGUQYAzlEGABFSBgAfUgYAXFIGAF9SBgCnUgYAr1IGAPJSBgD5UgYAPVMGAEtTBgCIUwYAi1MGANNTBgDVUwYAHlQGADdUBgBpVAYAelQGALRUBgDAVAYA/1QGAAZVBgBKVQYAUlUGAJVVBgCeVQYA4FUGAO1VBgArVgYANVYGAHZWBgCEVgYAwVYGANJWBgAMVwYAFFcGAFdXBgBhVwYAolcGALBXBgDtVwYAA1gGADhYBgBEWAYAg1gGAIpYBgDOWAYA1lgGABlZBgAfWQYAZFkGAHBZBgCvWQYAuVkGAPpZBgAAWgYARVoGAFlaBgDBfQwAlVoGANtaBgDeWgYAJlsGADBbBgBxWwYAc1sGALxbBgDXWwYAB1wGAAlcBgBSXAYAYFwGAJ1cBgCuXAYA6FwGAOpcBgAzXQYATF0GAH5dBgCPXQYAyV0GANVdBgAMfgwAMV4GAF9eBgBwXgYAql4GAMZeBgD1XgYA/V4GAFd+DABFXwYAi18GAJNfBgDWXwYA4V8GACFgBgAmYAYAbGAGAG9gBgC3YAYAwWAGAAJhBgAFYQYATWEGAFVhBgCYYQYAmmEGAONhBgD+YQYALmIGADBiBgB5YgYAh2IGAMRiBgDVYgYAD2MGABFjBgBaYwYAc2MGAKVjBgC2YwYA8GMGAPxjBgA7ZAYAQ2QGAKJ+DACTZAYA0WQGANlkBgAcZQYAJmUGAGdlBgByZQYAsmUGAL5lBgD9ZQYABWYGAO1+DABNZgYAk2YGAJhmBgDeZgYA72YGADh/DAA2ZwYAdGcGAHZnBgC/ZwYA2GcGAApoBgAbaAYAVWgGAGFoBgCgaAYAqGgGAIN/DADwaAYANmkGAD5pBgCBaQYAkGkGAMxpBgDSaQYAF2oGACNqBgBiagYAZGoGAK1qBgC3agYA+GoGAARrBgBDawYAS2sGAM5/DACaawYA2WsGANxrBgAkbAYAJ2wGAG9sBgB9bAYAumwGAL9sBgAFbQYAEm0GABmADABhbQYAm20GAKNtBgDmbQYAqG0GABp2BgDxbQYAMW4GADZuBgB8bgYAf24GAMduBgDRbgYAEm8GADVvBgBdbwYAYG8GAKhvBgDMbwYA828GAPtvBgBkgAwARHAGAIlwBgCXcAYA1HAGAOBwBgAfcQYAJnEGAGpxBgBycQYAtXEGAMVxBgAAcgYABXIGAEtyBgBRcgYAlnIGAJ5yBgDhcgYA/nIGACxzBgA1cwYAd3MGAINzBgDCcwYAyHMGAA10BgAhdAYAWHQGAGB0BgCjdAYAs3QGAO50BgDwdAYAOXUGAEd1BgCEdQYAlXUGAK+ADADWdQYA+oAMAB92BgBldgYAbHYGALB2BgC8dgYA+3YGAP52BgBGdwYAVncGAJF3BgCTdwYA3HcGAOp3BgAneAYAOHgGAEWBDAB5eAYAkIEMANB4BgAIeQYAF3kGAFN5BgBfeQYAnnkGAJ95BgDpeQYA83kGADR6BgBCegYAf3oGAIR6BgDKegYA13oGANuBDAAaewYAYHsGAGl7BgCrewYAvHsGAPZ7BgD9ewYAQXwGAEl8BgCMfAYAmXwGANd8BgDcfAYAIn0GACx9BgBtfQYAdX0GALh9BgC+fQYAA34GAA9+BgBOfgYAUH4GAJl+BgCofgYA5H4GAO9+BgAvfwYAN38GAHp/BgB8fwYAxX8GANJ/BgAQgAYAJIAGAFuABgBjgAYApoAGALWABgDxgAYA9oAGADyBBgBJgQYAh4EGAJGBBgDSgQYA1IEGAB2CBgAsggYAaIIGAHKCBgCzggYAu4IGAP6CBgD/ggYASYMGAE6DBgCUgwYAooMGAN+DBgDsgwYAKoQGADSEBgC8ggwAeIQGAMCEBgDMhAYAOpIGANyEBgALhQYAE4UGAAeDDABbhQYAoYUGAKmFBgDshQYA74UGADeGBgBDhgYAgoYGAIiGBgDNhgYA6IYGABiHBgAkhwYAY4cGAGmHBgCuhwYAsYcGAPmHBgABiAYARIgGAEaIBgCPiAYAqogGANqIBgDciAYAJYkGADOJBgBwiQYAgYkGALuJBgC9iQYABooGAB+KBgBRigYAYooGAJyKBgCoigYA54oGAO+KBgBSgwwAN4sGAH2LBgCDiwYAyIsGANCLBgATjAYAIowGAF6MBgBjjAYAqYwGALaMBgD0jAYAAY0GAD+NBgBLjQYAio0GAJmNBgDVjQYA340GACCOBgAujgYAa44GAHCOBgC2jgYAw44GAJ2DDAANjwYATI8GAFKPBgCXjwYAso8GAOKPBgDujwYALZAGADOQBgB4kAYAe5AGAMOQBgDPkAYADpEGABSRBgBZkQYAX5EGAKSRBgCpkQYA75EGAPWRBgDogwwAQJIGAIWSBgCLkgYA0JIGANWSBgAbkwYAIZMGADOEDABrkwYAsZMGAL6TBgD8kwYACZQGAEeUBgBTlAYAkpQGAKGUBgDdlAYA55QGACiVBgA2lQYAc5UGAHiVBgC+lQYAy5UGAAmWBgAhlgYAVJYGAFqWBgCflgYAq5YGAOqWBgD6lgYANZcGAD6XBgCAlwYAg5cGAMuXBgDXlwYAFpgGAB2YBgAUhQwAY5gGAKyYBgC2mAYA95gGAPqYBgBCmQYASpkGAI2ZBgCQmQYA2JkGAOSZBgAjmgYAKZoGAG6aBgCJmgYAuZoGAMWaBgAEmwYACpsGAF+FDABvmwYAmpsGAKWbBgDlmwYA6psGADCcBgA5nAYAe5wGAH6cBgDGnAYA0pwGABGdBgAdnQYAvKYGACmdBgBcnQYAY50GAKedBgCtnQYA8p0GAACeBgA9ngYAWJ4GAIieBgCUngYA054GANmeBgAenwYAOJ8GAGmfBgB1nwYAtJ8GALqfBgD/nwYABaAGAEqgBgBPoAYAlaAGAJugBgCqhQwA+qAGACuhBgA4oQYAdqEGAIKhBgDBoQYAy6EGAAyiBgAQogYAV6IGAFyiBgCiogYAqKIGAO2iBgANowYAOKMGAESjBgCDowYAiaMGAM6jBgDUowYAGaQGAB6kBgBkpAYAaqQGAPWFDAC0pAYA+qQGAAGlBgBFpQYAUaUGAJClBgCspQYA26UGAOOlBgDWhgwAXaYGAHGmBgCXpgYAIYcMAM+mBgAHpwYAFqcGAFKnBgBepwYAnacGAJ6nBgDopwYA8qcGADOoBgBBqAYAfqgGAIOoBgDJqAYA1qgGAGyHDAAcqQYATYgMAGSpBgCqqQYAt6kGAPWpBgACqgYAQKoGAEyqBgCLqgYAmqoGANaqBgDgqgYAIasGAC+rBgBsqwYAcasGALerBgDEqwYAAqwGAAqsBgBNrAYAU6wGAJisBgCkrAYA46wGAPOsBgAurQYAN60GAHmtBgB8rQYAxK0GANCtBgAPrgYAFq4GAJiIDABlrgYApa4GALGuBgDwrgYA+K4GAOOIDABIrwYAhq8GAI2vBgDRrwYA0q8GABywBgAhsAYAZ7AGAHWwBgCysAYAv7AGAP2wBgAHsQYASLEGAFCxBgCTsQYAnLEGAN6xBgDksQYAKbIGADqyBgB0sgYAkLIGAL+yBgDHsgYALokMABWzBgBVswYAX7MGAKCzBgCqswYA67MGAOyzBgB5iQwAO7QGAIG0BgCOtAYAzLQGANm0BgAXtQYAI7UGAGK1BgBxtQYArbUGALe1BgD4tQYAALYGAEO2BgBNtgYAjrYGAJO2BgDZtgYA4bYGAMSJDAAvtwYAb7cGAHu3BgC6twYAwrcGAA+KDAAKuAYAULgGAF+4BgCbuAYAu7gGAOa4BgDyuAYAMbkGADe5BgB8uQYAhLkGAMe5BgDOuQYAEroGABS6BgBdugYAaboGAKi6BgC+ugYA87oGAPi6BgA+uwYAS7sGAFqKDACOuwYA1LsGAOO7BgAfvAYAP7wGAGq8BgB2vAYAtbwGALu8BgAAvQYACL0GAEu9BgBSvQYAlr0GAJi9BgDhvQYA7b0GACy+BgBCvgYAd74GAHy+BgDCvgYAz74GAA2/BgAVvwYAWL8GAF6/BgCjvwYArL8GAO6/BgD7vwYAOcAGAEbABgCEwAYAksAGAM/ABgDcwAYAGsEGADHBBgBlwQYAk8EGAKWKDAC2wQYA+8EGAL3BBgC0uQoAEcIGAEbCBgBUwgYAkcIGAJTCBgDcwgYA38IGACfDBgA1wwYAcsMGAHfDBgC9wwYAysMGAAjEBgAQxAYAU8QGAFrEBgCexAYAqsQGAOnEBgD2xAYANMUGAELFBgB/xQYAi8UGAMrFBgDRxQYAFcYGAB3GBgBgxgYAZMYGAKvGBgC2xgYA9sYGAATHBgBBxwYAUscGAIzHBgCYxwYA18cGAN/HBgDwigwAKMgGAG3IBgCByAYAuMgGAMbIBgADyQYAEMkGAE7JBgBlyQYAmckGAKHJBgDkyQYA7skGAC/KBgA0ygYAesoGAILKBgDFygYA1MoGABDLBgAVywYAW8sGAGjLBgCmywYAs8sGAPHLBgD9ywYAPMwGAEvMBgCHzAYAkcwGANLMBgDazAYAHc0GACfNBgBozQYAbc0GALPNBgC7zQYAO4sMAAnOBgBJzgYAVc4GAJTOBgCczgYAhosMAOTOBgAqzwYAOc8GAHXPBgCVzwYAwM8GAMzPBgAL0AYAEdAGAFbQBgBe0AYAodAGAKjQBgDs0AYA7tAGADfRBgBD0QYAgtEGAJjRBgDN0QYA0tEGABjSBgAl0gYA0YsMAGzSBgCu0gYAtNIGAPnSBgAH0wYARNMGAFHTBgCP0wYAptMGANrTBgDi0wYAJdQGADTUBgBw1AYAddQGALvUBgDI1AYABtUGABPVBgBR1QYAXdUGAJzVBgCr1QYA59UGAPHVBgAy1gYATtYGAH3WBgCF1gYAHIwMANfWBgAT1wYAHdcGAK05CgAz1wYAXtcGAGrXBgCp1wYAr9cGAPTXBgD81wYA9hEHAADYBgA/2AYADtgGAKD+BgBS2AYAitgGAJnYBgDV2AYA4dgGACDZBgAh2QYAa9kGAHXZBgC22QYAxNkGAAHaBgAG2gYATNoGAFnaBgBnjAwAndoGAOLaBgDo2gYALdsGADLbBgB42wYAftsGAEiNDADO2wYADtwGABzcBgBZ3AYAatwGAKTcBgCw3AYA79wGAPfcBgDejQwARt0GAIXdBgCP3QYA0N0GAN/dBgAb3gYAJt4GAGbeBgB03gYAsd4GAL7eBgD83gYAE98GAEffBgBP3wYAkt8GAJXfBgDd3wYA6d8GACjgBgAu4AYAc+AGAI7gBgC+4AYAyuAGAAnhBgAP4QYAVOEGAFzhBgCf4QYAoeEGAOrhBgDr4QYANeIGAEPiBgCA4gYAiOIGAMviBgDm4gYAFuMGACLjBgBh4wYAZ+MGAKzjBgCv4wYA9+MGAAXkBgBC5AYAR+QGAI3kBgCa5AYAKY4MAOXkBgAsQgoA6eQGACPlBgAv5QYAbuUGAHvlBgC55QYAvuUGAATmBgAO5gYAT+YGAF/mBgCa5gYAn+YGAOXmBgDu5gYAMOcGAD3nBgB75wYAgucGAMbnBgDS5wYAEegGABfoBgBc6AYAYugGAKfoBgCs6AYA8ugGAPjoBgB0jgwASekGAIjpBgCO6QYA0+kGANnpBgAe6gYAK+oGAGnqBgBu6gYAtOoGALzqBgD/6gYANOsGAErrBgB66wYAlesGAJ3rBgDg6wYA7esGACvsBgAw7AYAduwGAH7sBgDB7AYAxOwGAAztBgAV7QYAV+0GAGbtBgCi7QYAre0GAO3tBgD17QYAOO4GAEjuBgCD7gYAke4GAM7uBgDf7gYAGe8GACXvBgBk7wYAbO8GAFWPDAC17wYA+u8GAALwBgBF8AYATPAGAJDwBgCe8AYA2/AGAOHwBgAm8QYAMvEGAHHxBgCA8QYAvPEGAMbxBgAH8gYADPIGAFLyBgBY8gYAnfIGALHyBgCgjwwA9fIGADPzBgD38gYAgC0HADjzBgB+8wYAivMGAMnzBgDW8wYAFPQGAB70BgDrjwwAevQGAKr0BgCs9AYA9fQGAPv0BgBA9QYAdvUGAIv1BgCR9QYA1vUGAN/1BgAh9gYALvYGAGz2BgCi9gYAt/YGAL72BgAC9wYAB/cGAE33BgBc9wYAmPcGALj3BgDj9wYA7/cGAC74BgA0+AYAefgGAJP4BgDE+AYAx/gGAA/5BgAU+QYAWvkGAGn5BgCl+QYAxfkGAIGQDAAQ+gYAO/oGAEf6BgCG+gYAkPoGANH6BgDd+gYA440HAN76BgAc+wYAIfsGAGf7BgBx+wYAsvsGAML7BgD9+wYAAvwGAEj8BgBR/AYAk/wGAKD8BgDe/AYA5fwGACn9BgA1/QYAdP0GAHr9BgC//QYAxf0GAAr+BgAP/gYAVf4GAFv+BgDMkAwAo/4GAOv+BgDw/gYANv8GAEX/BgCB/wYAof8GAGKRDADa/wYAFwAHACQABwBiAAcAaQAHAK0ABwC1AAcA+AAHAPoABwBDAQcA/wAHANkOCQAPAQcAbdUIAEkBBwCI9ggASwEHAI4BBwCSAQcAlggHAKkBBwDZAQcA2wEHACQCBwA1AgcAbwIHAH0CBwC6AgcAwQIHAAUDBwANAwcAUAMHAFcDBwCbAwcAoAMHAOYDBwD1AwcAMQQHAFEEBwB8BAcAiAQHAMcEBwDNBAcAEgUHABoFBwBdBQcAaQUHAKgFBwC1BQcA8wUHAA4GBwA+BgcATAYHAIkGBwCPBgcA1AYHANkGBwAfBwcALAcHAGoHBwCABwcAtQcHAMEHBwAACAcADQgHAEsIBwBVCAcArZEMAJsIBwDhCAcA5wgHACwJBwBMCQcAdwkHAIUJBwDCCQcAzwkHAA0KBwAkCgcAWAoHAGAKBwCjCgcAsgoHAO4KBwDzCgcAOQsHAEYLBwCECwcAjgsHAM8LBwDRCwcAGgwHACgMBwBlDAcAcgwHALAMBwC8DAcA+wwHAAENBwBGDQcATg0HAJENBwCXDQcA3A0HAOUNBwAnDgcANA4HAHIOBwB8DgcAvQ4HAMsOBwAIDwcAHg8HAFMPBwBfDwcAng8HAKYPBwD4kQwA8w8HADQQBwA6EAcAfxAHAIEQBwDKEAcA1BAHABURBwAhEQcAYBEHAHcRBwCrEQcAvxEHAEOSDAAEEgcAQRIHAEQSBwCMEgcAlBIHANcSBwDjEgcAIhMHADATBwBtEwcAdxMHALgTBwDDEwcAAxQHAA8UBwBOFAcAVBQHAJkUBwChFAcA5BQHAPEUBwAvFQcANBUHAHoVBwCEFQcAxRUHAM0VBwAQFgcAFhYHAFsWBwBkFgcAphYHALMWBwDxFgcA/hYHADwXBwBKFwcAhxcHAJQXBwDSFwcA6RcHAB0YBwAlGAcAaBgHAG0YBwCzGAcAuRgHAP4YBwAGGQcASRkHAF8ZBwCUGQcAohkHAN8ZBwDiGQcAKhoHADkaBwB1GgcAehoHAMAaBwDNGgcACxsHABsbBwBWGwcAZBsHAKEbBwC4GwcA7BsHAPUbBwA3HAcAPRwHAIIcBwCOHAcAzRwHANQcBwCOkgwAJB0HAGMdBwBlHQcArh0HALgdBwD5HQcABR4HAEQeBwBMHgcA2ZIMAJQeBwDaHgcA6R4HACUfBwBFHwcAcB8HAHwfBwC7HwcAwR8HAAYgBwAOIAcAUSAHAFIgBwCcIAcAoiAHAOcgBwDsIAcAMiEHAE0hBwB9IQcAiyEHAMghBwDPIQcAEyIHAB8iBwBeIgcAZCIHACSTDACuIgcA9CIHAP4iBwA/IwcAUCMHAIojBwCWIwcA1SMHANgjBwAgJAcAIyQHAGskBwBzJAcAtiQHAL0kBwABJQcABiUHAEwlBwBbJQcAlyUHALclBwDiJQcA7iUHAC0mBwAzJgcAeCYHAIAmBwDDJgcA0CYHAA4nBwATJwcAWScHAGMnBwCkJwcArCcHAO8nBwD/JwcAOigHAD8oBwCFKAcAjigHANAoBwDdKAcAGykHACIpBwBvkwwAaykHALEpBwDAKQcA/CkHABwqBwBHKgcAUyoHAJIqBwCYKgcA3SoHAOUqBwAoKwcANCsHAHMrBwCAKwcAvisHAMUrBwAJLAcACiwHAFQsBwBZLAcAnywHAK0sBwDqLAcA9ywHADUtBwA/LQcAupMMAIUtBwDLLQcA2C0HABYuBwAjLgcAYS4HAGcuBwCsLgcAuC4HAPcuBwAHLwcAQi8HAEsvBwCNLwcAkC8HANgvBwDkLwcAIzAHACowBwAFlAwAcDAHALkwBwB1MAcAKr0JAH4wBwCsSAsAyjAHAAQxBwAMMQcATzEHAFkxBwCaMQcAqTEHAOUxBwDmMQcAMDIHADgyBwCblAwAgzIHAOaUDADlMgcAfJUMAC8zBwBcMwcANDMHAKqKBwA5MwcAF0sHAGQzBwDHlQwArDMHAPIzBwD/MwcAPTQHAEo0BwCINAcAlDQHANM0BwDiNAcAHjUHACg1BwBpNQcAjDUHALQ1BwDpNQcA/zUHACM2BwBKNgcAUjYHABKWDACaNgcA4DYHAOY2BwArNwcAMzcHAF2WDACENwcAwTcHANw3BwAMOAcAGDgHAFc4BwBoOAcAojgHALY4BwDtOAcA9TgHADg5BwA+OQcAgzkHAI85BwDOOQcA3jkHABk6BwAiOgcAZDoHAGc6BwCvOgcAuzoHAPo6BwABOwcAqJYMAFM7BwCQOwcAmjsHAPOWDADgOwcAJjwHADM8BwBxPAcAfjwHALw8BwDIPAcABz0HABY9BwBSPQcAXD0HAJ09BwCrPQcA6D0HAO09BwAzPgcAQD4HAH4+BwCGPgcAyT4HAM8+BwAUPwcAID8HAF8/BwBvPwcAqj8HALM/BwD1PwcA+D8HAEBABwBMQAcAi0AHAJJABwA+lwwA5UAHACFBBwAmQQcAbEEHAHlBBwC3QQcAxEEHAAJCBwAIQgcATUIHAFlCBwCYQgcAqEIHAONCBwDsQgcALkMHADFDBwB5QwcAhUMHAMRDBwDLQwcAiZcMABREBwBaRAcAZ0QHAKVEBwDDRAcA8EQHAPxEBwA7RQcATkUHAIZFBwCURQcA0UUHANRFBwAcRgcAJkYHAGdGBwB1RgcAskYHAL9GBwD9RgcAFEcHAEhHBwBQRwcAk0cHAJpHBwDeRwcA40cHAClIBwA/SAcAdEgHAHZIBwC/SAcAzUgHAApJBwAXSQcA1JcMAGFJBwCgSQcAsEkHAOtJBwD0SQcANkoHADlKBwCBSgcAjUoHAMxKBwDTSgcAH5gMACBLBwAFTgcAIUsHAGJLBwBxSwcArUsHAHNLBwDZTAcArksHAPhLBwAUTAcAQ0wHAHlMBwCOTAcAxEwHAGqYDADcTAcAJE0HAEBNBwBvTQcApU0HALpNBwDwTQcAtZgMABJOBwBQTgcAXk4HAJtOBwCuTgcA5k4HAAJPBwAxTwcAZ08HAHxPBwCyTwcAAJkMANZPBwASUAcA2E8HAD5RBwATUAcAXVAHAHlQBwCoUAcA3lAHAPNQBwApUQcAS5kMAEFRBwCJUQcApVEHANRRBwAKUgcAH1IHAFVSBwCWmQwAbVIHALVSBwDGUgcAAFMHABxTBwBLUwcAgVMHAJZTBwDMUwcA4ZkMAO5TBwAsVAcAOFQHAHdUBwCGVAcAwlQHAMxUBwANVQcAG1UHAFhVBwBdVQcAo1UHALBVBwDuVQcA9lUHADlWBwA/VgcAhFYHAElWBwBorgcAkFYHAM9WBwDfVgcAGlcHACNXBwBlVwcAaFcHALBXBwC8VwcA+1cHAAJYBwAsmgwAS1gHABGLCQBQWAcAkVgHAFJYBwDnLQkAm1gHANxYBwDdWAcAJ1kHADZZBwByWQcAd1kHAL1ZBwDKWQcACFoHABVaBwBTWgcAX1oHAJ5aBwCtWgcA6VoHAPNaBwA0WwcAQlsHAH9bBwCEWwcAylsHANdbBwAVXAcAFlwHAGBcBwBlXAcAq1wHALBcBwD2XAcAB10HAEFdBwBkXQcAjF0HAJddBwDXXQcA3F0HACJeBwAlXgcAbV4HAHdeBwC4XgcA414HAANfBwAiXwcAd5oMAFpfBwCZXwcAm18HAORfBwDzXwcAL2AHADpgBwB6YAcAgmAHAMVgBwDMYAcAEGEHABJhBwBbYQcAZWEHAKZhBwCoYQcA8WEHAApiBwA8YgcAPmIHAIdiBwCKYgcA0mIHAN5iBwAdYwcAJWMHAMKaDAB0YwcAs2MHALljBwD+YwcAGWQHAElkBwBVZAcAlGQHAJpkBwDfZAcA52QHACplBwAsZQcAdWUHAH9lBwDAZQcAyGUHAA2bDAAcZgcAVmYHAF1mBwChZgcAqWYHAOxmBwD5ZgcAN2cHADxnBwCCZwcAjGcHAM1nBwDVZwcAGGgHACdoBwBjaAcAaGgHAK5oBwC7aAcA+WgHAAZpBwBEaQcAUGkHAI9pBwCeaQcA2mkHAORpBwAlagcALWoHAHBqBwB6agcAu2oHAMBqBwAGawcADmsHAFibDABdawcAnGsHAKxrBwDnawcA8GsHADJsBwA1bAcAfWwHAIlsBwDIbAcAz2wHAKObDAAZbQcAXm0HAGRtBwCpbQcArm0HAPRtBwD6bQcA7psMAEVuBwCKbgcAkG4HANVuBwDabgcAM3cKAOJuBwAgbwcAJW8HAGtvBwBzbwcAtm8HAOhvBwBzdgcA7W8HAAFwBwA4cAcATHAHAINwBwCXcAcAx3AHAOJwBwDqcAcALXEHADxxBwB4cQcAfXEHAMNxBwDQcQcADnIHABtyBwBZcgcAZXIHAKRyBwCzcgcA73IHAPlyBwA6cwcASHMHAIVzBwCKcwcA0HMHAN1zBwAbdAcAI3QHAGZ0BwBsdAcAsXQHAL10BwD8dAcADHUHAEd1BwBQdQcAknUHAJV1BwDddQcA6XUHACh2BwAvdgcAOZwMAKp2BwC+dgcA7nYHAAl3BwARdwcAVHcHAGN3BwCfdwcApHcHAOp3BwD3dwcANXgHAEJ4BwCAeAcAjHgHAMt4BwDaeAcAFnkHACB5BwBheQcAb3kHAKx5BwCxeQcA93kHAAR6BwBCegcASnoHAI16BwCTegcA2HoHAOR6BwAjewcAM3sHAG57BwB3ewcAuXsHALx7BwAEfAcAEHwHAE98BwBWfAcAhJwMAJx8BwCOhQoAqHwHAOV8BwDyfAcAMH0HADx9BwB7fQcAgX0HAMZ9BwDMfQcAEX4HABZ+BwBcfgcAYn4HAM+cDADNfgcA8n4HABh/BwA9fwcAb38HAIh/BwC/fwcA038HAAOABwBlnQwAKoAHAGmABwAsgAcAjngIAHOABwC0gAcAzoAHAP+ABwAOgQcASoEHAE+BBwCVgQcAooEHAOCBBwDtgQcAK4IHADeCBwB2ggcAhYIHAMGCBwDLggcADIMHABiDBwBXgwcAaoMHAKKDBwCxgwcA7YMHAPmDBwA4hAcAOYQHAIOEBwCNhAcAzoQHANyEBwAZhQcAHoUHAGSFBwBxhQcAsJ0MALSFBwD6hQcAB4YHAEWGBwBShgcAkIYHAJyGBwDbhgcA6oYHACaHBwAwhwcAcYcHAH+HBwC8hwcAwYcHAAeIBwAUiAcAUogHAFqIBwCdiAcAo4gHAOiIBwD0iAcAM4kHAEOJBwB+iQcAh4kHAMmJBwDMiQcAFIoHACCKBwBfigcAZooHAJGeDACvigcA9YoHAPiKBwBAiwcASIsHAIuLBwCXiwcA1osHANyLBwAhjAcAJ4wHAGyMBwBxjAcAt4wHAL2MBwDcngwAOY0HAE2NBwCEjQcAmI0HALyNBwBynwwA6Y0HAKaNCAD2jQcALo4HAD2OBwB5jgcAhY4HAMSOBwDFjgcAD48HABmPBwBajwcAaI8HAKWPBwCqjwcA8I8HAP2PBwC9nwwAXpAHAIaQBwC9kAcA0ZAHAAiRBwAckQcAU5EHAGeRBwCLkQcACKAMAMCRBwD9kQcAApIHAEiSBwBVkgcAk5IHAJuSBwDekgcA5JIHACmTBwA1kwcAdJMHAISTBwC/kwcAyJMHAAqUBwANlAcAVZQHAI2UBwCglAcArJQHAFOgDADxlAcANpUHAE+VBwCBlQcAj5UHAMyVBwDZlQcAF5YHAB6WBwBilgcAa5YHAK2WBwC6lgcA+JYHAA+XBwBDlwcARpcHAI6XBwCQlwcA2ZcHAOKXBwAkmAcANJgHAG+YBwCImAcAupgHALyYBwAFmQcADpkHAFCZBwBYmQcAm5kHAJ2ZBwDmmQcA/5kHADGaBwBImgcAfJoHAIiaBwDHmgcA2JoHABKbBwAemwcAXZsHAGibBwComwcAtZsHAPObBwD9mwcAnqAMAFGcBwCJnAcAl5wHANScBwDDnAcAJ6QHAA2dBwAfnQcALJ0HAGqdBwBynQcAtZ0HALudBwAAngcADJ4HAEueBwBWngcAlp4HAJ+eBwDhngcA5J4HACyfBwAunwcAd58HAH6fBwDCnwcAxJ8HAOmgDAAQoAcAWKAHAGagBwCjoAcAqKAHAO6gBwD7oAcAOaEHAEWhBwCEoQcAjKEHADShDADdoQcAGqIHACqiBwBlogcAc6IHALCiBwC5ogcA+6IHAAWjBwBGowcASKMHAJGjBwCbowcA3KMHAN6jBwB/oQwALKQHAHKkBwB6pAcAvaQHAMOkBwAIpQcAFKUHAFOlBwBipQcAnqUHAKelBwDppQcA7KUHADSmBwA2pgcAf6YHAIamBwDKpgcAzKYHAMqhDAAapwcAYKcHAHynBwCrpwcAx6cHABWiDAADqAcABKgIAAWoBwBBqAcARqgHAIyoBwCZqAcA16gHAOSoBwAiqQcAKKkHAG2pBwB5qQcAuKkHAMipBwADqgcADKoHAE6qBwBRqgcAmaoHAKWqBwDkqgcA66oHAGCiDAA+qwcAeqsHAH+rBwDFqwcA0qsHABCsBwAdrAcAW6wHAGGsBwCmrAcAsqwHAPGsBwABrQcAPK0HAEWtBwCHrQcAiq0HANKtBwDerQcAHa4HACSuBwCrogwAaq4HALOuBwDBrgcA/q4HAA+vBwD2ogwAUK8HAEGjDACcrwcAjKMMAOSvBwAqsAcAN7AHAHWwBwCCsAcAwLAHAMywBwALsQcAGrEHAFaxBwBgsQcAobEHAK+xBwDssQcA8bEHADeyBwBEsgcAgrIHAIqyBwDNsgcA07IHABizBwAkswcAY7MHAHOzBwCuswcAt7MHAPmzBwD8swcARLQHAFC0BwCPtAcAlrQHANejDADitAcAIqQMACq1BwBwtQcAeLUHALu1BwC+tQcABrYHAA+2BwBRtgcAYLYHAJy2BwCntgcA57YHAO+2BwAytwcAQrcHAH23BwCLtwcAyLcHANm3BwATuAcAH7gHAF64BwBmuAcAbaQMAK+4BwD0uAcA/LgHAD+5BwBGuQcAirkHAJi5BwDVuQcA27kHACC6BwAsugcAa7oHAHq6BwC2ugcAwLoHAAG7BwAGuwcATLsHAFK7BwCXuwcAq7sHALikDADnuwcALbwHADq8BwB4vAcAhbwHAMO8BwDPvAcADr0HAB29BwBZvQcAY70HAKS9BwCyvQcA770HAPS9BwA6vgcAR74HAIW+BwCNvgcA0L4HANa+BwAbvwcAJ78HAGa/BwB2vwcAsb8HALq/BwD8vwcA/78HAEfABwBTwAcAksAHAJnABwADpQwA38AHACjBBwAywQcAc8EHAIHBBwC+wQcAw8EHAAnCBwAWwgcAVMIHAFbCBwCfwgcAsMIHAOrCBwD2wgcANcMHADvDBwCAwwcAhsMHAMvDBwDQwwcAFsQHABzEBwBOpQwAZsQHAKzEBwC9xAcA98QHAP/EBwBCxQcAA8UHAB/oBwAFxQcAXvEKAEzFBwCNxQcAm8UHANjFBwDuxQcAI8YHAC/GBwBuxgcAdcYHALnGBwDBxgcABMcHAAnHBwBPxwcAWMcHAJrHBwCkxwcA5ccHAO3HBwAwyAcANMgHAHvIBwCGyAcAxsgHANTIBwARyQcAIskHAFzJBwBoyQcAp8kHAK/JBwCZpQwA9MkHAD3KBwBLygcAiMoHAJLKBwDTygcA4coHAB7LBwArywcAacsHAIDLBwC0ywcAvMsHAP/LBwAPzAcASswHAE/MBwCVzAcAm8wHAODMBwDozAcAK80HAC3NBwB2zQcAg80HAMHNBwDJzQcADM4HABHOBwBXzgcAWM4HAKLOBwCuzgcA7c4HAPrOBwA4zwcAQM8HAIPPBwCSzwcAzs8HANPPBwAZ0AcAJtAHAGTQBwBx0AcAr9AHALvQBwD60AcACdEHAEXRBwBP0QcAkNEHAJ7RBwDb0QcA4NEHACbSBwAz0gcA5KUMAHTSBwC80gcAxNIHAAfTBwAU0wcAUtMHAFfTBwCd0wcAp9MHAOjTBwDw0wcAM9QHADXUBwB+1AcAmdQHAMnUBwDL1AcAFNUHACLVBwBf1QcAcNUHAKrVBwCs1QcA9dUHAA7WBwBA1gcAUdYHAIvWBwCX1gcA1tYHAOvWBwAh1wcAKdcHAGzXBwBy1wcAt9cHAMPXBwAC2AcAH9gHAE3YBwBW2AcAmNgHAKTYBwDj2AcA5tgHAC7ZBwA42QcAedkHAIHZBwDE2QcAztkHAA/aBwAd2gcAWtoHAHDaBwCl2gcAsdoHAPDaBwD32gcAO9sHAEPbBwCG2wcAi9sHANHbBwDa2wcAHNwHACbcBwBn3AcAb9wHALLcBwC03AcA/dwHAA3dBwBI3QcAUt0HAJPdBwCf3QcA3t0HAOTdBwAp3gcAMd4HAC+mDACA3gcAv94HANLeBwAK3wcAJt8HAFXfBwBd3wcAeqYMAK7fBwDr3wcAAeAHADbgBwBC4AcAgeAHAIbgBwDM4AcA1eAHABfhBwAh4QcAYuEHAGrhBwCt4QcAr+EHAPjhBwAH4gcAQ+IHAGDiBwCO4gcAl+IHANniBwDn4gcAJOMHACrjBwBv4wcAfeMHALrjBwDH4wcABeQHABzkBwBQ5AcAWOQHAJvkBwCd5AcA5uQHAO7kBwAx5QcAQOUHAHzlBwCB5QcAx+UHANTlBwAS5gcAH+YHAF3mBwBp5gcAqOYHALfmBwDz5gcA/eYHAD7nBwBM5wcAiecHAI7nBwDU5wcA4ecHAMWmDAAl6AcAaugHAHDoBwC16AcAuugHAADpBwAG6QcAEKcMAFnpBwCW6QcArOkHAOHpBwDt6QcALOoHADHqBwB36gcAgOoHAMLqBwDM6gcADesHADDrBwBY6wcAXOsHAKPrBwBn6wcAz+wHAKXrBwDu6wcA/OsHADnsBwBD7AcAhOwHAKjsBwDxpwwA1ewHABrtBwAm7QcAZe0HAGftBwCw7QcAuu0HAPvtBwAH7gcARu4HAGruBwA8qAwAle4HANzuBwCg7gcACPAHAN7uBwAn7wcANe8HAHLvBwB87wcAve8HAOHvBwCHqAwADvAHAFPwBwBf8AcAnvAHAKDwBwDp8AcA8/AHADTxBwBA8QcAf/EHAKPxBwDSqAwA5/EHABXyBwAe8gcAYPIHAG7yBwCr8gcAsfIHAPbyBwAC8wcAQfMHAEnzBwAdqQwAk/MHANfzBwDw8wcAIvQHADH0BwBt9AcAdfQHALj0BwDH9AcAA/UHAAj1BwBO9QcAW/UHAJn1BwCm9QcA5PUHAPD1BwAv9gcAPvYHAHr2BwCE9gcAxfYHANP2BwAQ9wcAFfcHAFv3BwBo9wcAaKkMAL/3BwDx9wcA+/cHADz4BwA++AcAh/gHAJX4BwDS+AcA3/gHAB35BwAl+QcAaPkHAJH5BwCz+QcAuvkHAP75BwAX+gcASfoHAFj6BwCU+gcAnPoHAN/6BwDu+gcAKvsHAC/7BwB1+wcAgvsHAMD7BwDN+wcAC/wHABf8BwBW/AcAZfwHAKH8BwCr/AcA7PwHAPr8BwA3/QcAPP0HAIL9BwCP/QcAs6kMANL9BwB2jwkA2f0HABj+BwD1/QcAIR0NACv+BwBj/gcAcv4HAK7+BwC6/gcA+f4HAAX/BwBE/wcAS/8HAI//BwCb/wcA2v8HAOH/BwAlAAgALQAIAHAACAB0AAgAuwAIAMYACAAGAQgAEgEIAFEBCABeAQgAnAEIAKQBCADnAQgA8QEIADICCAA4AggAfQIIAJECCADIAggA1gIIABMDCAAgAwgAXgMIAHUDCACpAwgAsQMIAPQDCAD+AwgAPwQIAEQECACKBAgAkgQIANUECADkBAgAIAUIACUFCABrBQgAeAUIALYFCADDBQgAAQYIAA0GCABMBggAWwYIAJcGCAChBggA/qkMAOoGCAAtBwgAPAcIAHgHCAB9BwgAwwcIAMwHCAAOCAgAHwgIAFkICABgCAgApAgIAKwICADvCAgA/AgIADoJCAA/CQgAhQkIAI8JCADQCQgA2AkIABsKCAA0CggAZgoIAHIKCACxCggAuQoIAEmqDAALCwgARwsIAGQLCACSCwgAmwsIAN0LCADrCwgAKAwIAC4MCABzDAgAfwwIAL4MCADFDAgACQ0IABENCABUDQgAZA0IAJ8NCAClDQgA6g0IAO8NCAA1DggASw4IAIAOCACIDggAyw4IANUOCAAWDwgAIQ8IAGEPCABtDwgArA8IALQPCACUqgwABBAIAEIQCABJEAgAjRAIAJkQCADYEAgA3hAIACMRCAA0EQgAbhEIAIIRCAC5EQgAxxEIAAQSCAAREggATxIIAGYSCACaEggAohIIAOUSCADsEggAMBMIADITCAB7EwgAhRMIAMYTCADIEwgAERQIACoUCABcFAgAXhQIAKcUCACqFAgA8hQIAP4UCAA9FQgAaRUIAN+qDACXFQgA0xUIAPAVCAAeFggAJxYIAGkWCAB3FggAtBYIALoWCAD/FggACxcIAEoXCABSFwgAKqsMAJ0XCADgFwgA5hcIACsYCAA3GAgAdhgIAHkYCADBGAgAxhgIAAwZCAAVGQgAVxkIAF0ZCACiGQgAsRkIAO0ZCAD5GQgAOBoIAEAaCAB1qwwAiRoIAM4aCADTGggAGRsIAC8bCABkGwgAbBsIAK8bCAC9GwgA+hsIAAQcCABFHAgASBwIAJAcCACYHAgA2xwIANwcCAAmHQgALB0IAHEdCAB/HQgAvB0IANIdCAAHHggACR4IAFIeCABYHggAnR4IALEeCADoHggA8B4IADMfCABDHwgAfh8IAIAfCADJHwgA2B8IABQgCAAeIAgAXyAIAGQgCACqIAgAsCAIAPUgCAAJIQgAQCEIAEghCACLIQgAkCEIANYhCADcIQgAISIIACkiCABsIggAbyIIALciCAC8IggAAiMIAAsjCABNIwgAUyMIAJgjCACnIwgA4yMIAO8jCADAqwwAOCQIAHkkCAB7JAgAxCQIAMskCAAPJQgAFiUIAFolCABgJQgApSUIALMlCADwJQgA/SUIADsmCABLJggAhiYIAIsmCADRJggA2SYIABwnCADtJggAZYMIACgnCABnJwgAaScIAAoqCAB0JwgAsicIALcnCAD9JwgABygIAEgoCABYKAgAkygIAJgoCADeKAgA5ygIACkpCAA2KQgAdCkIAHspCAC/KQgAxykIAAusDAAYKggAVSoIAG0qCACgKggAoioIAOsqCAACKwgANisIADgrCACBKwgAjysIAMwrCADZKwgAFywIAB8sCABWrAwAaCwIAK0sCACvLAgA+CwIAAUtCABDLQgARi0IAI4tCACfLQgA2S0IANstCAAkLggALi4IAG8uCAB7LggAui4IAMIuCAChrAwACi8IAFAvCABTLwgAmy8IAKUvCADmLwgA7i8IADEwCAA+MAgAfDAIAH4wCADHMAgA3TAIABIxCAAeMQgAXTEIAGUxCADsrAwAqzEIAPMxCAD8MQgAPjIIAEwyCAC+VwgATTIIAIkyCACUMggA1DIIANwyCAAfMwgAKjMIAGozCABvMwgAtTMIALgzCAAANAgACjQIAIKtDABRNAgAljQIALE0CADhNAgA7TQIACw1CAAyNQgAdzUIAH81CADCNQgA2DUIAA02CAAbNggAWDYIAFs2CACjNggAvDYIAO42CAD6NggAOTcIAEQ3CACENwgAhjcIAM83CADqNwgAGjgIACg4CABlOAgAcjgIALA4CADHOAgAza0MABE5CABGOQgARzkIAJE5CACWOQgA3DkIAOI5CAAnOggAKToIAHI6CAB4OggAvToIANE6CAAIOwgAEDsIAFM7CABjOwgAnjsIAKA7CADpOwgA9zsIADQ8CABFPAgAGK4MAIU8CADKPAgA1jwIAGOuDAAXPQgAYD0IAHE9CACrPQgAsz0IAPY9CAD/PQgAQT4IAEg+CACMPggAjT4IAK6uDADjPggAIj8IACQ/CABtPwgAdD8IALg/CADAPwgAA0AIAAxACABOQAgAVUAIAJlACACaQAgA+a4MAOlACAAvQQgAN0EIAHpBCACEQQgAxUEIANNBCAAQQggAJkIIAFtCCABnQggApkIIAKtCCADxQggA+kIIADxDCABGQwgARK8MAIhDCADSQwgA2kMIACM9CQDqQwgAHUQIACpECABoRAgAdEQIALNECAC9RAgA/kQIAAJFCABJRQgATkUIAJRFCACaRQgA30UIAP9FCAAqRggAQkYIAHVGCACMRggAwEYIAMxGCAALRwgAFUcIAFZHCABYRwgAoUcIAKhHCADsRwgA80cIADdICAA9SAgAgkgIAI5ICADNSAgA0EgIABhJCAAbSQgAY0kIAG9JCACuSQgAsUkIAPlJCAAVSggAREoIAExKCACPrwwAm0oIANpKCADkSggAJUsIACdLCABwSwgAd0sIALtLCADCSwgABkwIAAxMCABRTAgAX0wIAJxMCACpTAgA50wIAPdMCAAyTQgAN00IAH1NCACFTQgAyE0IANhNCAATTggAGE4IAF5OCABkTggAqU4IALFOCADarwwA+k4IAD9PCABHTwgAik8IAI1PCADVTwgA4U8IACBQCAAmUAgAa1AIAIZQCAC2UAgAxFAIAAFRCAAQUQgATFEIAFhRCACXUQgAn1EIAHCwDADnUQgALVIIADdSCAB4UggAgFIIAMNSCADjUggADlMIABtTCABZUwgAXlMIAKRTCACoUwgA71MIAPxTCAC7sAwAP1QIAIVUCACIVAgA0FQIANpUCAAbVQgAJ1UIAGZVCAB5VQgAsVUIAMBVCAD8VQgACFYIAEdWCABIVggAklYIAJxWCADdVggA61YIAChXCAAtVwgAc1cIAIBXCAAGsQwAyFcIAAlYCAALWAgAVFgIAG1YCACfWAgAsFgIAOpYCAD2WAgANVkIAD1ZCADnsQwAh1kIAMtZCADSWQgAFloIABxaCABhWggAbVoIAKxaCACvWggA91oIAPpaCABCWwgASlsIAI1bCACdWwgA2FsIAN1bCAAjXAgALFwIAG5cCAB7XAgAuVwIAMBcCAAysgwAEl0IAE9dCABbXQgAml0IAKBdCADlXQgA610IADBeCAA1XggAe14IAIFeCAB9sgwA0l4IABFfCAAXXwgAXF8IAGJfCACnXwgAtF8IAPJfCAD3XwgAPWAIAEVgCACIYAgApmAIAF6zDADVYAgATx8KANZgCABxlAkA2WAIAJcyCQDpYAgAHmEIAB9hCABpYQgAbmEIALRhCAC6YQgA/2EIAAFiCABKYggAUGIIAJViCACpYggA4GIIAOhiCAArYwgAO2MIAHZjCAB4YwgAwWMIAM9jCAAMZAgAHWQIAKmzDABdZAgAomQIAK5kCAD0swwA+mQIADhlCABAZQgAg2UIAJBlCADOZQgA0GUIABlmCAAvZggAZGYIAHBmCACvZggAt2YIAIq0DAAGZwgARWcIAEhnCACQZwgAlWcIANtnCADsZwgAJmgIAC9oCABxaAgAe2gIALxoCADKaAgAB2kIAAxpCABSaQgAX2kIANW0DACpaQgA6GkIAPVpCAAzaggANWoIAH5qCACUaggAyWoIANVqCAAUawgAHGsIACC1DABkawgAqmsIALBrCAD1awgA/WsIAEBsCABDbAgAi2wIAJdsCADWbAgA3GwIACFtCAA8bQgAbG0IAHltCAC3bQgAuW0IAAJuCAAYbggATW4IAFluCACYbggAoG4IAGu1DADpbggALm8IADNvCAB5bwgAlG8IAMRvCADSbwgAD3AIABZwCABacAgAZnAIAKVwCACscAgAtrUMAPtwCAA7cQgAQ3EIAIZxCACRcQgA0XEIANZxCAAccggAH3IIAGdyCABxcggAsnIIALpyCAD9cggAC3MIAEhzCABLcwgAk3MIAJtzCADecwgA/nMIACl0CAA2dAgAdHQIAHl0CAC/dAgAw3QIAAp1CAAXdQgAAbYMAHV1CACgdQgAqXUIAOt1CADsdQgANnYIAD52CACBdggAkXYIAMx2CADOdggAF3cIACV3CABidwgAc3cIAEy2DACzdwgA+HcIAAR4CACXtgwASngIAOK2DACTeAgA2XgIAPN4CAAkeQgAM3kIAG95CAB6eQgAunkIALx5CAAFeggAEnoIAFB6CABdeggAm3oIAKd6CADmeggA93oIADF7CAA0ewgAfHsIAJZ7CADHewgA0HsIABJ8CAAffAgAXXwIAGN8CACofAgAtHwIAPN8CAD2fAgAPn0IAEN9CACJfQgAmn0IANR9CADvfQgAH34IACt+CABqfggAcX4IALV+CAC3fggAAH8IAAd/CABLfwgAUn8IAJZ/CACcfwgA4X8IAO1/CAAsgAgAL4AIAHeACAB6gAgAwoAIAM6ACAANgQgAIIEIAFiBCABngQgAo4EIAK+BCADugQgA74EIADmCCABDgggAhIIIAJKCCADPgggA1IIIABqDCAAngwgALbcMAG2DCAB4twwAsoMIAPuDCAARhAgARoQIAFKECACRhAgAmYQIAMO3DADihAgAJ4UIAC+FCAByhQgAdYUIAL2FCADJhQgACIYIAA6GCABThggAboYIAJ6GCACshggA6YYIAPiGCAA0hwgAQIcIAH+HCACHhwgADrgMAM+HCAAViAgAH4gIAGCICABoiAgAq4gIAMuICAD2iAgAA4kIAEGJCABGiQgAjIkIAJCJCADXiQgA5IkIAFm4DABFiggAbYoIAHCKCAC4iggAvYoIAAOLCAASiwgATosIAG6LCACZiwgApYsIAOSLCADuiwgAL4wIADuMCAB6jAgAgIwIAMWMCADLjAgAEI0IABWNCABbjQgAYY0IAKS4DACsjQgA8Y0IAPaNCAA8jggAQo4IADq5DACKjggA0o4IANyOCAAdjwgAH48IAGiPCACBjwgAs48IAMSPCAD+jwgADJAIAEmQCABMkAgAlJAIAJ+QCADfkAgA55AIACqRCAAskQgAdZEIAH2RCADAkQgAzZEIAAuSCAAXkggAVpIIAFqSCAChkggAqZIIAOySCAD7kggAN5MIADyTCACCkwgAj5MIAM2TCADakwgAGJQIACSUCABjlAgAcpQIAK6UCAC4lAgA+ZQIAAeVCABElQgASZUIAI+VCACclQgAhbkMAOKVCADQuQwAKZYIAPSZCAAxlggAcJYIAHaWCAC7lggAwZYIAAaXCAATlwgAUZcIAFaXCACclwgApJcIAOeXCAAZmAgAyJgIAB6YCAAymAgAWJgIABOZCABpmAgAfZgIALSYCAAbugwA/5gIAGa6DAA5mQgAXpkIAJCZCACpmQgA4JkIALG6DAACmggAP5oIAEyaCACKmggAlpoIANWaCADbmggAIJsIACabCABrmwgAcJsIALabCAC8mwgA/LoMACecCADinAgAOJwIAEycCACDnAgAkrsMAM6cCADduwwACJ0IAC2dCABfnQgAeJ0IAK+dCAAovAwAzZ0IAA6eCAATnggAWZ4IAGGeCABzvAwAqZ4IAO+eCAD4nggAOp8IAEefCACFnwgAjJ8IAL68DADYnwgACb0MAC6gCABmoAgAcqAIALGgCADAoAgA/KAIAAWhCABHoQgAUaEIAJKhCACUoQgA3aEIAPahCAAooggAOaIIAHOiCAB/oggAvqIIAMaiCABUvQwAF6MIAFSjCABlowgAn6MIAKujCADqowgA8qMIAJ+9DAA6pAgAgKQIAIqkCADLpAgA06QIABalCAAmpQgAYaUIAGalCACspQgAtaUIAPelCAAEpggAQqYIAEmmCADqvQwAmqYIANimCACgpggAg70KAN2mCAAjpwgAL6cIAG6nCAB7pwgAuacIAMOnCAA1vgwACagIAE+oCABbqAgAmqgIAKeoCADlqAgA76gIADCpCABMqQgAe6kIAIOpCACAvgwAy6kIABGqCAAZqggAXKoIAF+qCACnqggAsKoIAPKqCAABqwgAPasIAEirCACIqwgAkKsIANOrCADjqwgAHqwIACysCABprAgAeqwIALSsCADArAgA/6wIAAetCADLvgwAUK0IAJWtCACdrQgA4K0IAOetCAArrggAOa4IAHauCAB8rggAwa4IAM2uCAAMrwgAG68IAFevCABhrwgAoq8IAKevCADtrwgA868IADiwCABMsAgAg7AIAIuwCADOsAgA7LAIABmxCAAhsQgAFr8MAGyxCABhvwwAuLEIAPqxCAALsggARbIIAFGyCACQsggAnbIIANuyCADgsggAJrMIADCzCABxswgAgbMIALyzCADBswgAB7QIABC0CABStAgAX7QIAJ20CACktAgA6LQIAPS0CAAztQgAObUIAH61CACEtQgAybUIAM61CAAUtggAGrYIAPe/DABktggAqrYIALK2CAD1tggAC7cIAEC3CABFtwgAi7cIAJK3CADWtwgA37cIACG4CAAyuAgAbLgIAHi4CAC3uAgAv7gIANjADAAEuQgATbkIAGO5CACYuQgApLkIAOO5CADquQgALroIADa6CAAjwQwAfroIAMS6CADMuggAD7sIACW7CABauwgAX7sIAKW7CACsuwgA8LsIAPm7CAA7vAgATLwIAIa8CACSvAgA0bwIANm8CABuwQwAHr0IAGe9CAB9vQgAsr0IAL69CAD9vQgABL4IAEi+CABQvggAucEMAKC+CADevggA6L4IACm/CAA3vwgAdL8IAIq/CAC/vwgAy78IAArACAAWwAgAVcAIAFvACACgwAgApsAIAOvACADwwAgANsEIADzBCAAEwgwAhsEIAMzBCADTwQgAF8IIACDCCABiwggAc8IIAK3CCAC5wggA+MIIAADDCADlwgwARcMIAI7DCACdwwgA2cMIAPnDCAAkxAgAJsQIAG/ECACGxAgAusQIAMbECAAFxQgADcUIAHvDDABVxQgAm8UIAJ3FCADmxQgA7cUIADHGCAA5xggAfMYIAIXGCADHxggAzcYIABLHCAAjxwgAXccIAGXHCAARxAwAtMcIAPPHCAD2xwgAPsgIAEPICACJyAgAmsgIANTICADvyAgAH8kIACvJCABqyQgAcskIAFzEDADLyQgAAMoIAAHKCABLyggAUMoIAJbKCACcyggA4coIAOvKCAAsywgANMsIAHfLCACJywgAp8QMAM/LCAANzAgAF8wIAFjMCABezAgAo8wIALfMCADuzAgA9swIADnNCABJzQgAhM0IAInNCADPzQgA1c0IABrOCAAizggAZc4IAGbOCACwzggAss4IAPvOCAAKzwgARs8IAGbPCACRzwgAk88IANzPCADzzwgAJ9AIADPQCABy0AgAetAIAPLEDADC0AgACNEIAArRCABT0QgAWtEIAJ7RCACm0QgA6dEIAOzRCAA00ggAPdIIAH/SCACO0ggAytIIANXSCAAV0wgAHdMIAGDTCABw0wgAq9MIALnTCAD20wgAB9QIAEHUCABN1AgAjNQIAJTUCACIxQwA9dQIACLVCAAq1QgA08UMAHnVCAC41QgAztUIAAPWCAAL1ggATtYIAG3WCAAexgwAnNYIADYMCQCm1ggA5NYIAOfWCAAbjgsA7NYIAC/XCAAx1wgAetcIADnXCABR4ggAQNcIACrcCACH1wgAxdcIANnXCAAQ2AgAGNgIAFvYCABg2AgAptgIALbYCADx2AgA+dgIADzZCABG2QgAh9kIAJLZCADS2QgA3tkIAB3aCAAl2ggAacYMAG3aCACz2ggAvNoIAP7aCAAE2wgASdsIAFjbCACU2wgAoNsIAN/bCADi2wgAtMYMAC/cCAB13AgAhNwIAMDcCADC3AgAC90IABzdCABW3QgAZ90IAKHdCAC13QgA7N0IAPTdCAA33ggARd4IAILeCACP3ggAzd4IANDeCAAY3wgAIt8IAGPfCABl3wgArt8IAL/fCAD53wgACuAIAETgCABQ4AgAj+AIAJbgCADa4AgA4uAIACXhCAA84QgAcOEIAHzhCAC74QgA0eEIAAbiCAAJ4ggA/8YMAFziCACc4ggAqOIIAOfiCADv4ggASscMAD7jCAB94wgAk+MIAMjjCADL4wgAE+QIABvkCABe5AgAYOQIAKnkCADE5AgA9OQIAPbkCAA/5QgATeUIAIrlCACb5QgA1eUIANflCAAg5ggAOeYIAGvmCAB85ggAtuYIAMLmCACVxwwAB+cIAEznCABa5wgAl+cIALLnCADi5wgA7ucIAC3oCAAz6AgAeOgIAIDoCADD6AgA0+gIAA7pCAAT6QgAWekIAGLpCACk6QgAsekIAO/pCAD26QgAOuoIAELqCADgxwwAiuoIANDqCADW6ggAG+sIACPrCABm6wgAj+sIALHrCAC46wgA/OsIABXsCABH7AgAVuwIAJLsCACu7AgAK8gMAOLsCAAo7QgAMu0IAHPtCACD7QgAvu0IAMPtCAAJ7ggAEu4IAFTuCABh7ggAn+4IAKbuCADq7ggA9u4IADXvCABI7wgAgO8IAI/vCADL7wgA1+8IABbwCAAX8AgAYfAIAGvwCACs8AgAuvAIAPfwCAD88AgAQvEIAE/xCAB2yAwAnvEIANjxCADa8QgAI/IIACbyCABu8ggAcfIIALnyCADA8ggABPMIABDzCABP8wgAX/MIAJrzCACq8wgA5fMIAOrzCAAw9AgAOfQIAHv0CACI9AgAxvQIAM30CAAR9QgAHfUIAFz1CABi9QgAp/UIAK31CADy9QgA9/UIAD32CABD9ggAV8kMAJL2CADT9ggA4fYIAB73CAAu9wgAafcIAGv3CAC09wgAw/cIAP/3CAAJ+AgASvgIAFL4CAA4ygwAm/gIAOD4CADs+AgAg8oMADD5CAB2+QgAfvkIAMH5CADR+QgADPoIABr6CABX+ggAZPoIAKL6CACp+ggA7foIAPX6CAAZywwASfsIAIP7CACK+wgAzvsIANb7CAAZ/AgAJvwIAGT8CABp/AgAr/wIALn8CAD6/AgAAv0IAEX9CABe/QgAkP0IAJz9CADb/QgA4/0IAGTLDAAy/ggAcf4IAHT+CAC8/ggAwf4IAAf/CAAY/wgAUv8IAG3/CACd/wgAqf8IAOj/CADv/wgAMwAJAE8ACQB+AAkAhgAJAK/LDADOAAkAFAEJAB4BCQBfAQkAZwEJAKoBCQC6AQkA9QEJAPoBCQBAAgkASQIJAIsCCQCYAgkA1gIJAN0CCQD6ywwAMgMJAGwDCQB0AwkAtwMJAHgDCQAk8AkAwQMJAAIECQAHBAkATQQJAFUECQCYBAkAoQQJAOMECQDwBAkALgUJADUFCQB5BQkAhQUJAMQFCQDUBQkADwYJAB0GCQBaBgkAZwYJAKUGCQCxBgkA8AYJAPcGCQA7BwkAQwcJAIYHCQCWBwkA0QcJANoHCQAcCAkAKQgJAGcICQB2CAkAsggJALwICQD9CAkACwkJAEgJCQBNCQkAkwkJAKAJCQDeCQkA5gkJAEXMDAA1CgkAdAoJAIEKCQC/CgkAwgoJAAoLCQAYCwkAVQsJAFoLCQCgCwkArQsJAOsLCQDzCwkAkMwMAD4MCQCBDAkAhwwJAMwMCQCIDAkAPl4JANgMCQAXDQkANA0JAGINCQBrDQkArQ0JALsNCQD4DQkA/g0JAEMOCQBPDgkAjg4JAJUOCQDbzAwA3w4JACQPCQAyDwkAbw8JAIoPCQC6DwkAxg8JAAUQCQALEAkAJs0MAHMQCQCbEAkAqhAJAOYQCQDrEAkAMREJAD4RCQB8EQkAiREJAMcRCQDTEQkAEhIJACESCQBdEgkAZxIJAKgSCQC2EgkA8xIJAPgSCQA+EwkASxMJAIkTCQClEwkA1BMJANwTCQBxzQwAKxQJAGoUCQCHFAkAtRQJAL4UCQAAFQkADhUJAEsVCQBRFQkAlhUJAKIVCQDhFQkA6BUJACwWCQA0FgkAdxYJAI0WCQDCFgkAxxYJAA0XCQAUFwkAWBcJAGEXCQCjFwkAtBcJAO4XCQD6FwkAORgJAEEYCQAHzgwAihgJAM8YCQDUGAkAGhkJADUZCQBlGQkAcxkJALAZCQC3GQkA+xkJAAcaCQBGGgkASRoJAJEaCQCZGgkA3BoJAN0aCQAnGwkAKRsJAHIbCQCBGwkAvRsJAN0bCQAIHAkAChwJAFMcCQBqHAkAnhwJAKocCQDpHAkA8RwJAFLODAA1HQkAfx0JAIsdCQDKHQkA2R0JABUeCQAdHgkAnc4MAGIeCQCrHgkAuR4JAPYeCQAHHwkA6M4MAEgfCQAzzwwAlB8JAMnPDADhHwkAIiAJAC4gCQBtIAkAgyAJALggCQDEIAkAAyEJABYhCQBOIQkAXCEJAJkhCQCjIQkAFNAMAOwhCQBf0AwARSIJAHoiCQCGIgkAxSIJANIiCQAQIwkAGiMJAFsjCQBdIwkApiMJALAjCQDxIwkA/yMJADwkCQBBJAkAhyQJAJQkCQDSJAkA2iQJAB0lCQAtJQkAaCUJAGolCQCzJQkAvCUJAP4lCQAPJgkASSYJAFMmCQCq0AwAoCYJAN8mCQD2JgkAKicJAEUnCQD10AwAjicJAMAnCQDGJwkACygJABUoCQBA0QwAWCgJAKEoCQCyKAkA7CgJAPQoCQA3KQkACCkJAEBNCQBDKQkAgikJAIgpCQDNKQkA0ykJABgqCQAdKgkAYyoJAGkqCQCL0QwAyioJAPkqCQABKwkAbNIMAFIrCQCPKwkAoCsJANorCQDrKwkAJSwJADEsCQBwLAkAdywJALfSDADMLAkABi0JABctCQBRLQkAXS0JAJwtCQCjLQkAAtMMAOktCQAyLgkAMy4JAH0uCQCFLgkAyC4JAM0uCQATLwkAHC8JAF4vCQBoLwkAqS8JALEvCQD0LwkA+S8JAD8wCQBPMAkAijAJAJIwCQDVMAkA6zAJACAxCQAsMQkAazEJAIExCQC2MQkAuzEJAAEyCQAHMgkATDIJAGAyCQBN0wwArTIJAOIyCQDwMgkALTMJADozCQB4MwkAejMJAMMzCQDNMwkADjQJABo0CQBZNAkAYDQJAKQ0CQCsNAkA7zQJAAg1CQA6NQkATjUJAIU1CQCNNQkA0DUJANI1CQAbNgkAKDYJAGY2CQBrNgkAsTYJALs2CQD8NgkABzcJAEc3CQBTNwkAkjcJAJg3CQDdNwkA5TcJACg4CQApOAkAczgJAHk4CQC+OAkAwzgJAAk5CQAYOQkAVDkJAGA5CQCfOQkAojkJAOo5CQDtOQkAmNMMADo6CQCAOgkAnDoJAOPTDADrOgkAFjsJAB47CQAu1AwAZzsJAKw7CQC4OwkAedQMABM8CQBsHQ0AIzwJAFrVDABuPAkApdUMAJM8CQDYPAkA5DwJAPDVDAAkPQkAXEAJADM9CQBuPQkAcD0JALk9CQDDPQkABD4JAAY+CQBPPgkAYD4JAJo+CQCiPgkA5T4JAPE+CQAwPwkANj8JAHs/CQCBPwkAxj8JAMs/CQARQAkAF0AJADvWDABeQAkAp0AJAK1ACQDyQAkA9UAJAD1BCQBJQQkAiEEJAJBBCQAc1wwA2UEJAB5CCQAkQgkAaUIJAG5CCQC0QgkAukIJAGfXDAABQwkASkMJAFNDCQCVQwkArEMJAOBDCQDrQwkAK0QJADVECQB2RAkAfkQJAEjYDADORAkADEUJABRFCQBXRQkAYUUJAKJFCQCtRQkA7UUJAPNFCQA4RgkAREYJAINGCQCFRgkAzkYJANVGCQAZRwkAIUcJAGRHCQB2RwkAk9gMAOpHCQD6RwkAAkgJAEVICQBoSAkAdNkMAJJICQDbSAkA6EgJACZJCQAtSQkAcUkJAIJJCQC8SQkAyEkJAAdKCQAOSgkAUkoJAFNKCQDpZwkAWkoJAL/ZDACwSgkA6EoJAPdKCQAzSwkAP0sJAH5LCQB/SwkAyUsJANNLCQAUTAkAIkwJAF9MCQBkTAkAqkwJALdMCQAK2gwA/UwJAFXaDABITQkAoNoMAI1NCQDWTQkAl00JAFZUCgDZTQkA3RgKAONNCQAhTgkAL04JAGxOCQB7TgkAt04JANdOCQACTwkADk8JAE1PCQBUTwkAmE8JAKBPCQDjTwkA5U8JAC5QCQA4UAkAgdsMAINQCQDEUAkAzFAJAMzbDAAZUQkAWlEJAGJRCQAX3AwA4VEJAPBRCQD4UQkAO1IJAFlSCQBi3AwAlFIJANFSCQDhUgkAHFMJACxTCQBnUwkAc1MJALJTCQC4UwkA/VMJABlUCQBIVAkAUFQJAK3cDACnVAkA3lQJAOhUCQApVQkANVUJAHRVCQB8VQkA+NwMAMpVCQAKVgkADFYJAFVWCQBbVgkAoFYJAKhWCQBD3QwA7VYJADZXCQA5VwkAgVcJAIlXCQDMVwkA3FcJABdYCQAZWAkAYlgJAHBYCQCtWAkAvlgJAI7dDAD/WAkA2d0MAElZCQCOWQkAk1kJANlZCQDfWQkAJN4MADFaCQBvWgkAeVoJALpaCQC8WgkABVsJABhbCQBQWwkAWFsJAJtbCQCnWwkA5lsJAOxbCQAxXAkAN1wJAHxcCQCBXAkAx1wJAM1cCQAF3wwAG10JAF1dCQBqXQkAqF0JAK9dCQDzXQkA+10JAFDfDABKXgkAiV4JAJNeCQDUXgkA4F4JAB9fCQAuXwkAal8JAHRfCQC1XwkAwV8JAABgCQAHYAkAm98MAE5gCQD3sgoAUWAJAJZgCQCiYAkA4WAJAOlgCQDm3wwAOGEJAHdhCQCBYQkAwmEJAM5hCQANYgkAHGIJAFhiCQBiYgkAo2IJAK9iCQDuYgkA9WIJADHgDABHYwkAhGMJAJtjCQDPYwkA3GMJABpkCQAcZAkAZWQJAHZkCQCwZAkAzGQJAPtkCQADZQkAfOAMAF9lCQCRZQkApWUJANxlCQDkZQkAJ2YJACpmCQByZgkAgGYJAL1mCQDUZgkACGcJABVnCQBTZwkAVWcJAJ5nCQCvZwkAx+AMAO9nCQA0aAkAOWgJAH9oCQCVaAkAymgJANhoCQAVaQkAGGkJAGBpCQBsaQkAq2kJALFpCQD2aQkAAmoJAEFqCQBqagkAjGoJAJhqCQDXagkA5moJACJrCQAsawkAbWsJAHtrCQC4awkAvWsJAANsCQAQbAkAEuEMAFBsCQCZbAkAp2wJAORsCQDxbAkAL20JAEFtCQBd4QwAiW0JAMVtCQDRbQkAEG4JACluCQBbbgkAXW4JAKZuCQC1bgkA8W4JABFvCQA8bwkARG8JAIdvCQCqbwkA0m8JAOhvCQAdcAkAInAJAGhwCQBrcAkAs3AJAL1wCQD+cAkABnEJAElxCQBPcQkAlHEJAKBxCQDfcQkA7nEJACpyCQA2cgkAdXIJAIJyCQDAcgkAynIJAAtzCQATcwkAVnMJAGVzCQChcwkAo3MJAOxzCQD9cwkAN3QJAEh0CQCCdAkAinQJAM10CQDedAkAGHUJABp1CQBjdQkAZnUJAK51CQC4dQkA+XUJAB12CQBEdgkAYHYJAKjhDACVdgkA2nYJAN92CQAldwkANHcJAHB3CQB8dwkAu3cJAL53CQAGeAkACXgJAFF4CQBZeAkAnHgJAKt4CQDneAkA7HgJADJ5CQBIeQkAfXkJAH55CQDIeQkA2XkJABN6CQAfegkAXnoJAGh6CQCpegkAtXoJAPR6CQD7egkA8+EMAEN7CQCKewkAmHsJANV7CQDfewkAIHwJACt8CQBrfAkAc3wJALZ8CQDCfAkAAX0JABR9CQBMfQkAWn0JAJd9CQChfQkA4n0JAOp9CQAtfgkAPH4JAHh+CQB9fgkAw34JAMp+CQAOfwkAGn8JAD7iDABlfwkApH8JAKd/CQDvfwkA8n8JADqACQBUgAkAhYAJAJGACQDQgAkA44AJABuBCQApgQkAZoEJAHCBCQCxgQkA1IEJAIniDAAGggkAR4IJAFOCCQCSggkAmYIJAN2CCQDlggkAKIMJACyDCQBzgwkAgYMJAL6DCQDIgwkACYQJABSECQBUhAkAXIQJAJ+ECQCuhAkA6oQJAO+ECQA1hQkAPIUJAICFCQCMhQkAy4UJANOFCQDU4gwALIYJAEmdCgAvhgkAYYYJAGuGCQCshgkAuIYJAPeGCQD6hgkAQocJAEyHCQCNhwkAkIcJANiHCQDohwkAI4gJACWICQBuiAkAfIgJALmICQDKiAkAH+MMAAuJCQBq4wwAWIkJAJqJCQBZiQkAPooKAG+JCQBYjgoAs4kJAOWJCQDviQkAMIoJADyKCQB7igkAfooJAMaKCQDQigkAteMMABaLCQBciwkAfIsJAKeLCQCviwkAAOQMAACMCQA9jAkAU4wJAIiMCQCUjAkA04wJANqMCQAejQkAJo0JAGmNCQBujQkAtI0JAL2NCQD/jQkACY4JAEqOCQBSjgkAlY4JAKOOCQDgjgkA7Y4JACuPCQAzjwkAS+QMAIaPCQDBjwkAyY8JAJbkDAATkAkAV5AJAGOQCQCikAkAqZAJAO2QCQD1kAkAOJEJAEKRCQCDkQkAkZEJAM6RCQDkkQkAGZIJACWSCQBkkgkAaZIJAK+SCQC4kgkA+pIJAASTCQBFkwkATZMJAJCTCQCVkwkA25MJAOuTCQAmlAkALpQJAOHkDAB7lAkAvJQJAL+UCQBEDAoAxJQJACzlDAAVlQkAUpUJAGiVCQCdlQkAqZUJAOiVCQDvlQkAM5YJADuWCQB+lgkAg5YJAMmWCQDSlgkAFJcJAB6XCQBflwkAZ5cJAKqXCQCslwkA66EJALiXCQD1lwkAApgJAECYCQBImAkAd+UMAJeYCQDWmAkA2ZgJACGZCQArmQkAwuUMAHqZCQC3mQkAzZkJAAKaCQAOmgkATZoJAFSaCQCYmgkAoJoJAOOaCQDomgkALpsJADebCQB5mwkAg5sJAMSbCQDMmwkAD5wJABGcCQBanAkAapwJAKWcCQCvnAkA8JwJAPycCQA7nQkAQZ0JAFjmDACUnQkA0Z0JAOedCQAcngkAKJ4JAGeeCQBsngkAsp4JALueCQD9ngkAB58JAEifCQBQnwkAk58JALWfCQCj5gwA7Z8JACmgCQA1oAkAdKAJAHWgCQC/oAkAyaAJAAqhCQAYoQkAVaEJAFqhCQCgoQkAraEJAO7mDAD7oQkANqIJAECiCQCBogkAjaIJAMyiCQDSogkAF6MJAB+jCQDP5wwAZ6MJAK2jCQC1owkA+KMJAASkCQDCrAkAEaQJAEOkCQBPpAkAjqQJAJakCQAa6AwA5qQJACSlCQAspQkAb6UJAH2lCQC6pQkAx6UJAAWmCQAIpgkAUKYJAFqmCQCbpgkAnaYJAOamCQDzpgkAMacJAECnCQB8pwkAiKcJAMenCQDPpwkAZegMACKoCQBdqAkAZagJAKioCQC0qAkA86gJAPmoCQA+qQkARKkJAImpCQCOqQkA1KkJANqpCQCw6AwALKoJAGqqCQBvqgkAtaoJAL+qCQAAqwkACKsJAEurCQBXqwkAlqsJAKmrCQDhqwkA76sJACysCQAvrAkAd6wJAIGsCQD76AwA1awJAA2tCQAbrQkAWK0JAFutCQCjrQkAra0JAEbpDADzrQkAOa4JAPytCQAtyQkAQa4JAISuCQCQrgkAz64JANWuCQAarwkA4q4JACDHCQAgrwkAZa8JAGqvCQCwrwkAtq8JAJHpDAABsAkARrAJAEuwCQCRsAkAl7AJANzpDADqsAkAJ7EJAEKxCQBysQkAfrEJAL2xCQDEsQkAJ+oMABGyCQBTsgkAYLIJAJ6yCQCqsgkA6bIJAPyyCQA0swkANbMJAH+zCQCLswkAyrMJANmzCQAVtAkAH7QJAGC0CQBstAkAq7QJALK0CQBy6gwA/LQJAEG1CQBHtQkAjLUJAJG1CQDXtQkA3bUJAAjrDAArtgkAbbYJAHq2CQC4tgkAvLYJAAO3CQAFtwkATrcJAFu3CQCZtwkAo7cJAFPrDADrtwkAL7gJADe4CQB6uAkAhrgJAMW4CQDYuAkAELkJAB+5CQBbuQkAZ7kJAKa5CQCnuQkA8bkJAPu5CQA8ugkASroJAIe6CQCMugkA0roJAN+6CQCe6wwAKbsJAGi7CQBuuwkAs7sJALm7CQD+uwkAA7wJAEm8CQBPvAkA6esMAJm8CQDfvAkA6bwJAH/sDAAyvQkAdb0JAIK9CQDAvQkAxb0JAAu+CQAVvgkAVr4JAF6+CQChvgkArb4JAOy+CQD/vgkAN78JADi/CQCCvwkAjr8JAM2/CQDcvwkAGMAJACLACQBjwAkAa8AJAK7ACQCwwAkAyuwMAALBCQBEwQkAU8EJAI/BCQCewQkA2sEJAObBCQAlwgkAKMIJAHDCCQBzwgkAFe0MAL3CCQAGwwkACcMJAFHDCQBZwwkAnMMJAKnDCQDnwwkA7MMJADLECQA8xAkAfcQJAIXECQDIxAkA1MQJABPFCQAmxQkAXsUJAF/FCQCpxQkAtcUJAPTFCQADxgkAP8YJAEnGCQCKxgkAlsYJANXGCQDcxgkAYO0MAC/HCQBrxwkAd8cJALbHCQC3xwkAAcgJAAvICQBMyAkAWsgJAJfICQCcyAkA4sgJAO/ICQCr7QwAPskJAPbtDACFyQkAw8kJANHJCQAOygkAH8oJAFnKCQB7ygkAQe4MAKnKCQDvygkAqsoJAOn9CQD3ygkAOssJADvLCQAJzwkAPcsJAOrPCQA/ywkAKM4JAEDLCQAW0QkAQcsJAEfNCQBJywkAhcsJAFPLCQC50wkAissJANDLCQDdywkAG8wJACjMCQBmzAkAcswJALHMCQDAzAkA/MwJAAbNCQCM7gwAVc0JAJLNCQCUzQkA3c0JAO7NCQDX7gwAKc4JAHPOCQB/zgkAvs4JAMvOCQAi7wwAF88JAFTPCQBhzwkAn88JALbPCQBt7wwA888JAELSCQD0zwkANdAJADfQCQCA0AkAhtAJAMvQCQDV0AkAuO8MACLRCQBh0QkAY9EJAKzRCQC70QkA99EJAALSCQAD8AwAUdIJAI3SCQCc0gkA2NIJAOTSCQAj0wkAL9MJAG7TCQB10wkATvAMAMXTCQAE1AkADNQJAJnwDABo1AkAmtQJAKvUCQDl1AkA8dQJAOTwDAA81QkAe9UJAH3VCQDG1QkAzdUJABHWCQAZ1gkAXNYJAF3WCQCn1gkArdYJAPLWCQD31gkAPdcJAD7XCQCI1wkAlNcJANPXCQDZ1wkAHtgJACjYCQBp2AkAd9gJABndCQB92AkAtNgJALzYCQAv8QwAD9kJAErZCQBS2QkAldkJAJ7ZCQDg2QkAotkJADjcCQDt2QkAK9oJADLaCQB22gkAgtoJAMHaCQDR2gkADNsJABrbCQBX2wkAZNsJAKLbCQCu2wkA7dsJAPTbCQB68QwAQdwJAIPcCQCU3AkAztwJAN/cCQDF8QwAJd0JAGTdCQBn3QkAr90JALfdCQD63QkA/90JAEXeCQBV3gkAkN4JAJjeCQDb3gkA5N4JACbfCQDo3gkAfuEJADPfCQBx3wkAeN8JALzfCQDI3wkAB+AJABfgCQBS4AkAYOAJAJ3gCQCq4AkA6OAJAPTgCQAz4QkAOuEJABDyDACH4QkAyeEJANrhCQAU4gkAJeIJAFvyDABk4gkAquIJALfiCQD14gkAAeMJAEDjCQBK4wkAi+MJAJ/jCQDW4wkA1+MJACHkCQAt5AkAbOQJAIvkCQC35AkAv+QJAALlCQAH5QkATeUJAGblCQCY5QkAweUJAOPlCQDv5QkALuYJAD3mCQB55gkAg+YJAMTmCQDM5gkAD+cJABrnCQBa5wkAXOcJAKXnCQCo5wkA8OcJAPjnCQA76AkASOgJAIboCQCL6AkA0egJANnoCQAc6QkAHukJAGfpCQBx6QkAsukJALzpCQD96QkAA+oJAEjqCQBW6gkAk+oJAKzqCQDe6gkA5+oJACnrCQAz6wkAdOsJAIDrCQCm8gwAy+sJAArsCQAa7AkAVewJAGPsCQCg7AkArewJAOvsCQD37AkANu0JAD3tCQCB7QkAie0JAMztCQDi7QkAF+4JACPuCQBi7gkAbO4JAK3uCQC47gkA+O4JAP3uCQBD7wkASu8JAI7vCQCW7wkA2e8JAAPwCQDx8gwAK/AJAG/wCQB38AkAuvAJAOTwCQAF8QkACvEJAFDxCQBR8QkAm/EJAKXxCQDm8QkA9PEJADHyCQA28gkAfPIJAInyCQDH8gkA4/IJABLzCQAu8wkAPPMMAGrzCQCo8wkArPMJAPPzCQD58wkAPvQJAED0CQCJ9AkAivQJANT0CQD39AkAH/UJAEP1CQBq9QkAlPUJALX1CQC99QkAAPYJAAX2CQBL9gkAWPYJAJb2CQCe9gkA4fYJAOP2CQAs9wkANPcJAHf3CQCh9wkAwvcJAM/3CQAN+AkAEvgJAFj4CQBl+AkAo/gJAK/4CQDu+AkAGPkJADn5CQBB+QkAhPkJAJ/5CQDP+QkA0fkJABr6CQAr+gkAZfoJAG76CQCw+gkAvPoJAIfzDAAI+wkARvsJAGH7CQCR+wkAlvsJANz7CQD8+wkAJ/wJADP8CQBy/AkAevwJANLzDADL/AkACP0JABL9CQBT/QkAXv0JAJ79CQCm/QkAaPQMAPL9CQA0/gkAPv4JAH/+CQCK/gkAyv4JAN7+CQAV/wkAKv8JAGD/CQBo/wkAq/8JAML/CQD2/wkA+/8JAEEACgBLAAoAjAAKAJQACgCz9AwA2QAKACIBCgAzAQoAbQEKAHABCgC4AQoAxAEKAP70DAARAgoATgIKAF8CCgBJ9QwAnAIKAOQCCgDnAgoALwMKADsDCgB6AwoAgAMKAMUDCgDPAwoAlPUMAB0ECgBbBAoAcgQKAKYECgCuBAoA3/UMAPkECgAq9gwAUwUKAIcFCgCNBQoA0gUKAN4FCgAdBgoANAYKAGgGCgBqBgoAswYKAL0GCgD+BgoACgcKAEkHCgBVBwoAlAcKAJoHCgDfBwoA5QcKACoICgAvCAoAdQgKAHsICgB19gwAwwgKAOkpCwDLCAoACwkKAAwJCgBWCQoAYAkKAKEJCgDRCQoAwPYMAO8JCgA3CgoAQQoKAAv3DACLCgoAzQoKAOMKCgAYCwoALgsKAGMLCgBlCwoArgsKALQLCgD5CwoADQwKAKH3DABMDAoAjwwKAJ8MCgDaDAoA3AwKACUNCgAzDQoAcA0KAIENCgDs9wwAwg0KADf4DAAPDgoAXqYKABIOCgBRDgoAVA4KAJwOCgClDgoA5w4KAPgOCgAyDwoAPA8KAH0PCgCFDwoAyA8KAJkPCgD+nAoAyw8KABMQCgAcEAoAXhAKAHQQCgCpEAoAvxAKAPQQCgD2EAoAPxEKAEURCgCKEQoAnhEKAIL4DADhEQoAIBIKACoSCgBrEgoAdBIKALYSCgC3EgoAARMKAAkTCgBMEwoAURMKAJcTCgCnEwoAGPkMAO4TCgAtFAoALxQKAHgUCgB+FAoAwxQKAMoUCgAOFQoAExUKAFkVCgBdFQoApBUKALEVCgDvFQoA9xUKADoWCgA/FgoAhRYKAJUWCgBj+QwA4RYKABsXCgAnFwoAZhcKAHUXCgCxFwoAuxcKAPwXCgAKGAoARxgKAFQYCgCSGAoAqRgKAK75DADgGAoARPoMACsZCgBzGQoALxkKAFIZDQB7GQoAvhkKAOkZCgAJGgoANBoKAFQaCgB/GgoAj/oMAMoaCgDqGgoAFRsKANr6DAA+GwoAgBsKAIEbCgDLGwoA2hsKABYcCgDhGwoAjR0KACccCgBhHAoAYxwKAKwcCgCvHAoA9xwKAPocCgBCHQoASh0KALv7DACSHQoA2B0KAN8dCgAjHgoALB4KAG4eCgB/HgoAuR4KAMUeCgAEHwoADB8KAAb8DABVHwoAmh8KAKEfCgDlHwoA6h8KADAgCgA0IAoAeyAKAIggCgDGIAoA1SAKABEhCgAiIQoAXCEKAF4hCgCnIQoAqiEKAPIhCgD1IQoAPSIKAEUiCgBR/AwAlCIKANMiCgDWIgoAHiMKACgjCgCc/AwAcSMKAOf8DAC8IwoAMv0MAAckCgB9/QwATyQKAJUkCgCiJAoA4CQKAOMkCgArJQoAMCUKAHYlCgCHJQoAwSUKAM0lCgDI/QwAESYKAFcmCgBoJgoAoiYKAK4mCgDtJgoABycKADgnCgA8JwoA+igKAD8nCgAHKwoAQicKADMsCgBEJwoA2ykKAEYnCgAZKAoASScKAIMnCgCIJwoAzicKAOUnCgAT/gwAJigKAGQoCgB0KAoArygKALQoCgBe/gwA/CgKAEUpCgBLKQoAkCkKAJ0pCgCp/gwA4SkKACYqCgAsKgoAcSoKAHYqCgC8KgoAwioKAPT+DAATKwoAUisKAGsrCgCdKwoApisKAOgrCgD/KwoAP/8MADksCgB+LAoAgCwKAMksCgDYLAoAFC0KACAtCgCK/wwAaC0KAKotCgC4LQoA9S0KAP8tCgBALgoATC4KAIsuCgCOLgoA1i4KAPIuCgAhLwoAKS8KANX/DAB4LwoAty8KALovCgACMAoADDAKALYADQBWMAoAmDAKAKYwCgDjMAoA7TAKAC4xCgA6MQoAeTEKAIExCgBMAQ0AxjEKAA8yCgAdMgoAWjIKAGsyCgCXAQ0ArDIKAOIBDQD1MgoAOzMKAEMzCgCGMwoAjDMKANEzCgDaMwoAHDQKACk0CgB4Ag0AbDQKALI0CgBzNAoAKTYKALs0CgD9NAoABzUKAEg1CgBQNQoAkzUKANM1CgDeNQoA5jUKAMMCDQAvNgoAdDYKAHo2CgC/NgoAxzYKAAo3CgBKNwoAVTcKAF03CgAOAw0AqDcKAFkDDQAtOAoANjgKAHg4CgCkAw0AjzgKAMw4CgDdOAoAFzkKACM5CgBiOQoAZTkKAO8DDQC5OQoA+DkKAPs5CgBDOgoATToKAI46CgCWOgoAOgQNAOU6CgAkOwoAKjsKAG87CgB5OwoAujsKAM47CgAFPAoADTwKAIUEDQBdPAoAmzwKAKM8CgDmPAoA6TwKADE9CgA9PQoAfD0KAIY9CgDHPQoA0D0KABI+CgATPgoAXT4KAHU+CgCoPgoAqj4KAPM+CgAEPwoAPj8KAE8/CgCJPwoAkT8KANQ/CgDjPwoAH0AKACFACgBqQAoAe0AKALVACgDGQAoAAEEKABlBCgBLQQoATUEKAJZBCgClQQoA4UEKAAFCCgAbBQ0AOkIKAHdCCgB6QgoAwkIKAM1CCgANQwoAGUMKAFhDCgBfQwoAo0MKAKtDCgDuQwoA/EMKADlECgBGRAoAhEQKAIxECgBmBQ0A10QKALEFDQAiRQoA/AUNAG1FCgBHBg0AvEUKAPtFCgALRgoARkYKAEtGCgCRRgoAl0YKANxGCgDoRgoAJ0cKAC9HCgCSBg0Ag0cKAL1HCgDORwoACEgKABpICgBTSAoAW0gKAJ5ICgCpSAoA6UgKAO5ICgA0SQoAOUkKAH9JCgCfSQoA3QYNANpJCgAVSgoAH0oKAGBKCgBsSgoAq0oKALFKCgD2SgoA/koKAEFLCgBDSwoAjEsKAE1LCgCHUAoAnUsKANdLCgDoSwoAIkwKADRMCgBtTAoAdUwKALhMCgDDTAoAA00KAAhNCgBOTQoAU00KAJlNCgC5TQoAKAcNAOZNCgAvTgoAPk4KAHpOCgCFTgoAxU4KANdOCgAQTwoAGE8KAFtPCgBmTwoApk8KAKtPCgDxTwoA9k8KADxQCgBcUAoAcwcNAIlQCgDSUAoA4VAKAB1RCgAoUQoAaFEKAHpRCgCzUQoAu1EKAP5RCgAJUgoASVIKAE5SCgCUUgoAmVIKAN9SCgD/UgoAvgcNADdTCgB1UwoAjFMKAAkIDQDNUwoAC1QKACJUCgBUCA0AY1QKAKFUCgCoVAoA7FQKAPpUCgA3VQoARFUKAIJVCgCZVQoAnwgNANVVCgDqCA0AGlYKAGNWCgBxVgoArlYKAL9WCgA1CQ0ABlcKAERXCgBbVwoAgAkNAJlXCgDaVwoA5lcKACVYCgAoWAoAcFgKAHpYCgDLCQ0A11gKABYKDQAOWQoAYQoNAFlZCgCcWQoAnVkKANVcCgCfWQoAE1sKAKNZCgCSYwoAplkKAOdZCgCrWQoAl14KAKxZCgC2XQoA7FkKALFiCgDzWQoAMloKADVaCgB9WgoAh1oKAKwKDQDQWgoA9woNABxbCgBeWwoAM1sKADphCgBsWwoAqVsKALNbCgD0WwoAAFwKAD9cCgBCXAoAilwKAJJcCgBCCw0A11wKACBdCgAjXQoAa10KAG5dCgCNCw0AuF0KAAFeCgAPXgoATF4KAF1eCgAjDA0AmV4KAOJeCgDvXgoALV8KADxfCgB4XwoAhF8KAMNfCgDUXwoADmAKAB9gCgBZYAoAZWAKAKRgCgCrYAoA72AKAPdgCgC5DA0ASGEKAIVhCgCGYQoA0GEKANFhCgAbYgoAJ2IKAGZiCgBtYgoABA0NALhiCgD8YgoAAWMKAEdjCgBPYwoAmg0NAJtjCgDdYwoA42MKAChkCgAqZAoAc2QKAH1kCgC+ZAoAzGQKAAllCgAOZQoAVGUKAGFlCgCfZQoAt2UKAOplCgAAZgoANWYKADhmCgCAZgoAiGYKAOUNDQDTZgoAFmcKABNnCgAStQsAF2cKAI1oCgAZZwoAT2oKACBnCgBhZwoAJmcKAG5pCgBtZwoArGcKAK9nCgD3ZwoAAWgKADAODQBKaAoAew4NAI9oCgDYaAoA22gKACNpCgAmaQoAxg4NAHBpCgC5aQoAx2kKAARqCgAVagoAXA8NAFhqCgCaagoAqGoKAOVqCgDvagoAMGsKADxrCgB7awoAfmsKAMZrCgDOawoA8g8NACtsCgA9EA0AYmwKAKdsCgBpbAoAHm4KAGtsCgA9bQoAsGwKAPJsCgD/bAoAiBANAEJtCgCIbQoAlW0KANNtCgDdbQoA0xANACBuCgBpbgoAf24KALRuCgDAbgoAHhENAAdvCgBDKA0AHW8KAEpvCgBobwoAlW8KAJ1vCgBpEQ0At28KAJBVCwDibwoAK3AKADlwCgB2cAoAh3AKALQRDQDJcAoA/xENAA5xCgBXcQoAWnEKAKJxCgClcQoAShINAPVxCgCVEg0AQnIKABCaCgBYcgoAg3IKAJFyCgDOcgoAz3IKABlzCgA1cwoAZHMKAGxzCgDgEg0AwHMKAPpzCgD8cwoARXQKAEZ0CgCQdAoAk3QKANt0CgDndAoAJnUKAC11CgBxdQoAjXUKALx1CgDEdQoAdhMNABR2CgBSdgoAYnYKAJ12CgCidgoA6HYKABh3CgDBEw0AOXcKAAwUDQCGdwoAyXcKAMp3CgCTgAoAz3cKAN/JCwDTdwoAFHgKANV3CgAufAoA2XcKAGx6CgDndwoAgYMKABl4CgAiwwsAH3gKAL2+CwAgeAoAX3gKAGJ4CgCqeAoAtHgKAFcUDQD9eAoAQHkKAEZ5CgCLeQoAlHkKANZ5CgDjeQoAIXoKAD16CgCiFA0AbnoKALd6CgBxegoAGM0LAMV6CgACewoAE3sKAO0UDQBTewoAmHsKAKR7CgA4FQ0A/3sKAIMVDQA0fAoAeXwKAH98CgDEfAoAyXwKAA99CgAVfQoAzhUNAHZ9CgAZFg0ArH0KAGQWDQD1fQoAO34KAEN+CgCGfgoAkn4KANF+CgDkfgoAHH8KACh/CgBnfwoAdn8KALJ/CgC7fwoA/X8KAAeACgBIgAoAVIAKAPoWDQCkgAoA3oAKAOqACgApgQoAK4EKAHSBCgB3gQoAv4EKAMuBCgAKggoAEoIKAEUXDQBhggoAoIIKALCCCgDrggoA94IKADaDCgA8gwoAkBcNAKODCgDMgwoA1IMKABeECgA/hAoAYoQKAG2ECgCthAoAuYQKAPiECgAJhQoAQ4UKAESFCgDbFw0AlIUKANmFCgDmhQoAJIYKADKGCgBvhgoAfIYKALqGCgDRhgoABYcKADWHCgBQhwoAWIcKAJuHCgClhwoA5ocKAPKHCgAxiAoANIgKAHyICgCGiAoAJhgNAM+ICgASiQoAGIkKAF2JCgBmiQoAqIkKALWJCgDziQoAD4oKAHEYDQBAigoAiYoKAEWKCgC4lwoAlooKANSKCgDbigoAH4sKACGLCgBqiwoAcIsKALWLCgC8iwoAAIwKABiMCgBLjAoAUIwKAJaMCgBXjAoALI0KAJ+MCgDhjAoA64wKALwYDQAyjQoAd40KAH2NCgDCjQoAx40KAA2OCgATjgoABxkNAGaOCgCjjgoApI4KAO6OCgDvjgoAOY8KAEWPCgCEjwoAi48KAJ0ZDQDQjwoAGpAKACuQCgBlkAoAcZAKALCQCgC6kAoA+5AKAAeRCgBGkQoATZEKAOgZDQCTkQoA3JEKAJyRCgCk1wsA35EKACeSCgBHkgoAcpIKAHqSCgAzGg0AzpIKAAiTCgAPkwoAU5MKAFuTCgCekwoAoZMKABWVCgCukwoA6ZMKAOuTCgA0lAoAQpQKAH+UCgCQlAoAfhoNANGUCgDJGg0AHpUKAGCVCgBvlQoAq5UKALqVCgD2lQoAApYKAEGWCgBElgoAjJYKAI+WCgDXlgoA55YKACKXCgArlwoAbZcKAH6XCgAUGw0AvZcKAAOYCgAMmAoATpgKAFiYCgCZmAoAoZgKAOSYCgACmQoAL5kKAE2ZCgB6mQoAmJkKAMWZCgDjmQoAXxsNABeaCgBbmgoAYJoKAKaaCgBnmgoAh5sKAK+aCgDxmgoA+5oKADybCgBYmwoAqhsNAI2bCgDSmwoA2JsKAB2cCgA5nAoA9RsNAJCcCgCLHA0A25wKANYcDQAGnQoAtx0NAF+dCgCUnQoAlp0KAN+dCgDlnQoAKp4KAD6eCgB1ngoAfZ4KAMCeCgDongoAAh4NABSfCgBWnwoAY58KAKGfCgCvnwoA7J8KAPafCgA3oAoAUaAKAIKgCgCPoAoAzaAKANmgCgAYoQoAIqEKAGOhCgBroQoATR4NALWhCgD5oQoAAaIKAJgeDQAlogoAeR8NAFKiCgCPogoAkKIKANqiCgDbogoAJaMKADGjCgBwowoAd6MKALujCgDDowoA4x4NAAikCgBRpAoAYqQKAJykCgCkpAoA56QKAPGkCgAypQoAPqUKAH2lCgCApQoAyKUKANKlCgDEHw0AL6YKAA8gDQBrpgoAqaYKALGmCgD0pgoA96YKAGuoCgAEpwoAP6cKAEGnCgCKpwoAmKcKANWnCgDmpwoAWiANACeoCgClIA0AdKgKALaoCgDFqAoAAakKABCpCgBMqQoAWKkKAJepCgCaqQoA4qkKAOWpCgAtqgoAPaoKAHiqCgCBqgoAw6oKANSqCgDwIA0AGqsKAFmrCgBhqwoAOyENAKarCgDvqwoAsKsKAIWsCgDyqwoAOqwKAEKsCgCGIQ0Ai6wKANCsCgDcrAoAG60KACOtCgDRIQ0Aaa0KALGtCgC0rQoA/K0KAAiuCgBHrgoATa4KAJKuCgCcrgoAHCINAOKuCgAorwoANa8KAHOvCgB2rwoAvq8KANqvCgAJsAoAEbAKAGciDQBWsAoAn7AKAK2wCgDqsAoA+7AKALIiDQA7sQoAgLEKAIyxCgD9Ig0A0bEKABayCgAcsgoAYbIKAGayCgCssgoAsrIKAJMjDQD6sgoAQrMKAE6zCgCNswoAk7MKANizCgDiswoAKSQNACi0CgButAoAe7QKALm0CgC8tAoABLUKABm1CgBPtQoAV7UKAHQkDQCitQoA5bUKAPG1CgAwtgoANrYKAHu2CgCBtgoAxrYKAMu2CgARtwoAF7cKADYmDQBrtwoAp7cKALa3CgDytwoA+7cKAD24CgBDuAoAiLgKAI64CgDTuAoA37gKAB65CgAluQoAabkKAHG5CgDMJg0Au7kKAP+5CgANugoASroKAFe6CgCVugoArLoKAOC6CgD8ugoAK7sKADO7CgAXJw0AibsKAMG7CgDDuwoADLwKACK8CgBXvAoAWLwKAKK8CgCzvAoA7bwKAPm8CgBiJw0AVL0KAK0nDQCFvQoAzr0KAOS9CgAZvgoAGr4KAGS+CgB1vgoAr74KALu+CgD4Jw0ABr8KAAfBCgAKvwoARb8KAEe/CgCQvwoAnr8KANu/CgDsvwoAjigNACzACgBxwAoAfcAKANkoDQDnwAoAJCkNAA3BCgBSwQoAWMEKAJ3BCgCiwQoA6MEKAO7BCgBvKQ0AXsIKALopDQCSwgoAycIKAMrCCgAUwwoAIMMKAF/DCgB7wwoAqsMKALLDCgBQKg0AAcQKAEDECgBcxAoAi8QKAJPECgDmKg0A4sQKACHFCgAnxQoAbMUKAHLFCgC3xQoAz8UKAALGCgAMxgoATcYKAFnGCgCYxgoAm8YKAOPGCgDtxgoALscKAEbHCgB5xwoAiccKAMTHCgDGxwoAD8gKAB3ICgBayAoAa8gKADErDQCryAoA8MgKAPzICgB8Kw0AQ8kKAKgsDQCIyQoA0ckKAN7JCgAcygoAK8oKAGfKCgBtygoAssoKAL7KCgD9ygoA/8oKAEjLCgBSywoAk8sKAKHLCgDeywoA48sKACnMCgA2zAoAdMwKAIDMCgC/zAoA0swKAArNCgAZzQoAVc0KAGHNCgCgzQoAoc0KAOvNCgD1zQoANs4KAETOCgCBzgoAhs4KAMzOCgDZzgoA8ywNACHPCgBizwoAcM8KAK3PCgCwzwoA+M8KAAjQCgBD0AoAUdAKAI7QCgCa0AoA2dAKAODQCgAk0QoAK9EKAG/RCgB70QoAutEKALvRCgAF0goAEdIKAFDSCgBd0goAm9IKAKLSCgDm0goA8tIKADHTCgA+0woAfNMKAIvTCgDH0woA29MKABLUCgAe1AoAXdQKAHDUCgCo1AoAt9QKAPPUCgD/1AoAPtUKAD/VCgCJ1QoAk9UKANTVCgDi1QoAH9YKACTWCgBq1goAd9YKAD4tDQC21goAANcKABHXCgBL1woAWdcKAJbXCgCl1woA4dcKAOPXCgAs2AoANtgKAHfYCgCF2AoAwtgKAMfYCgAN2QoAGtkKAFjZCgBn2QoAo9kKAKjZCgDu2QoA+9kKADnaCgBD2goAhNoKAJDaCgDP2goA4toKABrbCgAk2woAZdsKAHHbCgCw2woAw9sKAPvbCgAK3AoARtwKAFLcCgCR3AoAktwKANzcCgDm3AoAJ90KADXdCgBy3QoAd90KAL3dCgDK3QoAiS0NAA3eCgBT3goAYN4KAJ7eCgCo3goA6d4KAO/eCgA03woANt8KAH/fCgCM3woAyt8KAM3fCgAV4AoAI+AKAGDgCgBs4AoAq+AKALjgCgD24AoAAOEKAEHhCgBQ4QoAjOEKAJHhCgDX4QoA5OEKACLiCgAv4goAbeIKAHniCgC44goAx+IKAAPjCgAN4woATuMKAFzjCgCZ4woAnuMKAOTjCgDx4woAL+QKADvkCgB65AoAjeQKAMXkCgDU5AoAEOUKABzlCgBb5QoAXOUKAKblCgCw5QoA8eUKAP/lCgA85goAQeYKAIfmCgCU5goA1C0NAOXmCgAd5woALOcKAGjnCgB05woAs+cKALTnCgD+5woACOgKAEnoCgBX6AoAlOgKAJnoCgDf6AoA7OgKAB8uDQA96QoAdekKAITpCgDA6QoAzOkKAAvqCgAM6goAVuoKAGDqCgCh6goAr+oKAOzqCgDx6goAN+sKAETrCgBqLg0AhOsKAM3rCgDb6woAGOwKACXsCgBj7AoAb+wKAK7sCgC07AoA+ewKAArtCgBE7QoARu0KAI/tCgCY7QoA2u0KAOftCgAl7goANO4KAHDuCgB77goAu+4KAMfuCgAG7woAGe8KAFHvCgBg7woAnO8KAKjvCgDn7woA6O8KADLwCgA88AoAffAKAIvwCgDI8AoAzfAKABPxCgAg8QoAtS4NAGvxCgCp8QoAt/EKAPTxCgD+8QoAP/IKAE3yCgCK8goAjPIKANXyCgDm8goAIPMKAC7zCgBr8woAmvMKALbzCgC48woAAfQKAAv0CgBM9AoAWvQKAJf0CgCc9AoA4vQKAO/0CgAt9QoAOfUKAHj1CgCL9QoAw/UKANL1CgAO9goAGvYKAFn2CgBa9goApPYKAK72CgDv9goA/fYKADr3CgA/9woAhfcKAJL3CgAALw0A0vcKABv4CgAd+AoAZvgKAHX4CgCx+AoAwPgKAPz4CgAI+QoAR/kKAEr5CgCS+QoAlfkKAN35CgDj+QoAKPoKADT6CgBz+goAdvoKAL76CgDD+goACfsKABL7CgBU+woAWvsKAJ/7CgCu+woA6vsKAPb7CgA1/AoARfwKAID8CgCC/AoAy/wKANn8CgAW/QoAJ/0KAEsvDQBn/QoArP0KALj9CgCWLw0ACv4KAEL+CgBR/goAjf4KAJn+CgDY/goA2f4KACP/CgAt/woAbv8KAHz/CgC5/woAvv8KAAQACwARAAsA4S8NAFsACwCaAAsApAALAOUACwAOAQsAMAELADcBCwB7AQsAlAELAMYBCwDVAQsAEQILACACCwBcAgsAYQILAKcCCwC0AgsA8gILAP8CCwA9AwsASQMLAIgDCwCXAwsA0wMLAN0DCwAeBAsALAQLAGkECwBuBAsAtAQLAMEECwD/BAsACwULAEoFCwBdBQsAlQULAKQFCwDgBQsA7AULACsGCwAsBgsAdgYLAIAGCwDBBgsAzwYLAAwHCwARBwsAVwcLAGQHCwAsMA0AswcLAO0HCwD+BwsAOAgLAEQICwCDCAsAmggLAM4ICwDQCAsAGQkLACoJCwBkCQsAZwkLAK8JCwC5CQsA+gkLAPwJCwBFCgsATwoLAJAKCwCcCgsA2woLAOcKCwAmCwsAOQsLAHELCwCACwsAvAsLAMgLCwAHDAsACAwLAFIMCwBcDAsAnQwLAKsMCwDoDAsA7QwLADMNCwBADQsAdzANAIANCwDJDQsA0w0LABQOCwAcDgsAwjANAHIOCwCqDgsAtg4LAPUOCwAEDwsAQA8LAEkPCwCLDwsAlQ8LANYPCwDkDwsAIRALACYQCwBsEAsAeRALALcQCwDDEAsAAhELABURCwBNEQsAXBELAJgRCwCkEQsA4xELAOQRCwAuEgsAOBILAHkSCwCHEgsAxBILAMkSCwAPEwsAHBMLAA0xDQBcEwsApRMLAK8TCwDwEwsA+BMLAFgxDQBAFAsAhhQLAJwUCwDRFAsA0hQLABwVCwAtFQsAZxULAHMVCwCyFQsAvBULAP0VCwALFgsASBYLAE0WCwCTFgsAoBYLAN4WCwDqFgsAKRcLADwXCwB0FwsAgxcLAL8XCwDLFwsAChgLAAsYCwBVGAsAXxgLAKAYCwCuGAsA6xgLAPAYCwA2GQsAQxkLAKMxDQCDGQsAzBkLANYZCwAXGgsAHxoLAO4xDQB4GgsArRoLALkaCwD4GgsA/RoLAEMbCwBMGwsAjhsLAJgbCwDZGwsA5RsLACQcCwA3HAsAbxwLAH4cCwC6HAsAxhwLAAUdCwAGHQsAUB0LAFodCwCbHQsAqR0LAOYdCwDrHQsAMR4LAD4eCwA5Mg0Afh4LAMceCwDRHgsAEh8LABofCwCEMg0Aah8LAKgfCwC3HwsA8x8LAP4fCwA+IAsASiALAIkgCwCYIAsA1CALAPQgCwAfIQsAKyELAGohCwBxIQsAtSELAMMhCwAAIgsABSILAEsiCwBXIgsAliILAKkiCwDhIgsA8CILACwjCwA4IwsAdyMLAHgjCwDCIwsAzCMLAA0kCwAbJAsAWCQLAF0kCwCjJAsAsCQLAM8yDQDwJAsAOSULAEMlCwCEJQsAjCULABozDQDsJQsAGiYLACsmCwBlJgsAcSYLALAmCwDDJgsA+yYLAAonCwBGJwsAUicLAJEnCwCSJwsA3CcLAOYnCwAnKAsANSgLAHIoCwB3KAsAvSgLAMooCwBlMw0ACikLAFMpCwBdKQsAnikLAKYpCwCwMw0ABioLADQqCwBFKgsAfyoLAIsqCwDKKgsA3SoLABUrCwAkKwsAYCsLAGwrCwCrKwsArCsLAPYrCwAALAsAQSwLAE8sCwCMLAsAkSwLANcsCwDkLAsA+zMNACQtCwBtLQsAdy0LALgtCwDALQsARjQNABQuCwBOLgsAYi4LAJkuCwCdLgsA5C4LAOYuCwAvLwsAQy8LAHovCwB9LwsAxS8LAOIvCwAQMAsAITALAFswCwBnMAsApjALALkwCwDxMAsAADELADwxCwBIMQsAhzELAIgxCwDSMQsA3DELAB0yCwArMgsAaDILAG0yCwCzMgsAwDILAJE0DQAAMwsASTMLAFMzCwCUMwsAnDMLANw0DQDhMwsAKjQLADg0CwB1NAsAhjQLACc1DQDHNAsAcjUNABM1CwDpNg0AaTULAKE1CwCiNQsA7DULAPg1CwA3NgsARjYLAII2CwCMNgsAzTYLANk2CwAYNwsAHzcLADQ3DQBrNwsArjcLALA3CwDvQQsAsTcLABM8CwC0NwsA+TcLALo3CwAgPgsAuzcLAMaXCwAFOAsARDgLAFM4CwCPOAsAmzgLANo4CwDoOAsAJTkLAEA5CwBwOQsAfDkLALs5CwDCOQsAfzcNABM6CwBROgsAUzoLAJw6CwCdOgsA5zoLAOo6CwAyOwsAPTsLAH07CwCCOwsAyDsLANI7CwDKNw0AIDwLAF48CwBgPAsAqTwLAKo8CwD0PAsA9zwLAD89CwBKPQsAij0LAI89CwDVPQsA3z0LABU4DQAzPgsAaz4LAGw+CwC2PgsAwj4LAAE/CwAQPwsATD8LAFY/CwCXPwsAoz8LAOI/CwDpPwsAYDgNADVACwD2OA0Ah0ALAMNACwDNQAsADkELABdBCwBZQQsAW0ELAKRBCwC1QQsAQTkNAP5BCwA6QgsAREILAIVCCwCOQgsA0EILANJCCwAbQwsALEMLAGZDCwBuQwsAsUMLAM9DCwD8QwsABEQLAIw5DQBaRAsAkkQLAJNECwDdRAsA6UQLAChFCwA3RQsAc0ULAH1FCwC+RQsAykULAAlGCwAQRgsA1zkNAGVGCwCfRgsAsEYLAOpGCwDyRgsANUcLADxHCwCARwsAjkcLAMtHCwDbRwsAFkgLACZICwBhSAsAfUgLACI6DQC8SAsA90gLAANJCwBCSQsASEkLAI1JCwCbSQsA2EkLAOVJCwAjSgsAOkoLAG5KCwB2SgsAuUoLAMdKCwAESwsADksLAE9LCwBbSwsAmksLALBLCwDlSwsA6EsLADBMCwBMTAsAbToNAItMCwDGTAsA0EwLABFNCwAZTQsAXE0LAGtNCwCnTQsArE0LAPJNCwD/TQsAPU4LAEdOCwCITgsAik4LANNOCwDhTgsAHk8LACtPCwBpTwsAbE8LALg6DQDLTwsA/08LAApQCwBKUAsAVFALAJVQCwCdUAsA4FALAO9QCwArUQsAMFELAHZRCwCDUQsAwVELAMtRCwAMUgsADlILAFdSCwBlUgsAolILAK9SCwDtUgsA8FILAAM7DQA7UwsAg1MLAI9TCwDOUwsA1VMLABlUCwAhVAsAZFQLAH1UCwCvVAsAw1QLAPpUCwAWVQsARVULAE1VCwCZOw0AmFULAOQ7DQDoVQsAJlYLAC1WCwBxVgsAeVYLALxWCwDBVgsAB1cLABdXCwBSVwsAWlcLAJ1XCwCrVwsA6FcLAPVXCwAzWAsAQFgLAH5YCwCKWAsAyVgLAM9YCwAUWQsAHFkLAF9ZCwBrWQsAqlkLAL1ZCwD1WQsABFoLAEBaCwBMWgsAi1oLAIxaCwDWWgsA4FoLACFbCwAvWwsAbFsLAHFbCwC3WwsAxFsLAC88DQAFXAsATVwLAFdcCwCYXAsAmlwLAONcCwDyXAsALl0LAE5dCwB5XQsAgV0LAMRdCwDOXQsAD14LABVeCwBaXgsAXF4LAKVeCwC0XgsA8F4LAPxeCwA7XwsAQ18LAHo8DQCkXwsA0V8LAO9fCwDFPA0ANWALAGdgCwBsYAsAsmALAM1gCwD9YAsACWELAEhhCwBQYQsAED0NAKZhCwDeYQsA7WELACliCwA1YgsAdGILAHViCwC/YgsAyWILAApjCwAYYwsAVWMLAFpjCwCgYwsArWMLAFs9DQDvYwsANmQLADhkCwCBZAsAhGQLAMxkCwDUZAsAF2ULACFlCwBiZQsAbWULAK1lCwC5ZQsA+GULAABmCwCmPQ0AUWYLAI5mCwCUZgsA2WYLAOVmCwAkZwsAM2cLAG9nCwB5ZwsAumcLAMJnCwAFaAsAFGgLAFBoCwBSaAsAm2gLAKRoCwDmaAsA6WgLADFpCwA9aQsAfGkLAIRpCwDxPQ0A12kLABJqCwAaagsAXWoLAGdqCwCoagsAs2oLAPNqCwD/agsAPmsLAEZrCwA8Pg0AjmsLANRrCwDlawsAH2wLADBsCwBqbAsAb2wLALVsCwC5bAsAAG0LAA5tCwBLbQsAWG0LAJZtCwCtbQsA4W0LAOltCwAsbgsAOG4LAHduCwCKbgsAwm4LANFuCwANbwsAGW8LAFhvCwBZbwsAo28LAK1vCwDubwsA/G8LADlwCwA+cAsAhHALAJFwCwCHPg0A1XALABpxCwAocQsAZXELAHJxCwCwcQsAx3ELAPtxCwADcgsARnILAFFyCwCRcgsAk3ILANxyCwDpcgsAJ3MLAC5zCwBycwsAg3MLAL1zCwDLcwsACHQLABV0CwBTdAsAanQLAJ50CwCmdAsA6XQLAO50CwA0dQsARHULAH91CwCHdQsAynULANR1CwAVdgsAIHYLAGB2CwBsdgsAq3YLALN2CwAdPw0AD3cLAEF3CwBGdwsAjHcLAKd3CwDXdwsA43cLACJ4CwAqeAsAaD8NAIB4CwC4eAsAx3gLAAN5CwAPeQsATnkLAE95CwCZeQsAo3kLAOR5CwDyeQsAL3oLADR6CwB6egsAh3oLALM/DQDNegsAEHsLABJ7CwBbewsAaHsLAKZ7CwCrewsA8XsLAPt7CwA8fAsAR3wLAId8CwCTfAsA0nwLANh8CwAdfQsAJX0LAGh9CwB0fQsAs30LAMZ9CwD+fQsADX4LAEl+CwBVfgsAlH4LAJV+CwDffgsA6X4LACp/CwA4fwsAdX8LAHp/CwDAfwsAzX8LAP4/DQAQgAsAVoALAGWACwChgAsAsIALAOyACwD1gAsAN4ELAD2BCwCCgQsAiIELAM2BCwDZgQsAGIILAB+CCwBjggsAf4ILAElADQC2ggsA+YILAPqCCwC2iQsABoMLAESDCwANgwsAXocLABCDCwCSjwsAEoMLAMuSCwBFgwsAj4MLAKWDCwDagwsA4oMLACWECwAnhAsAfYYLADOECwBwhAsAeIQLAJRADQB9hAsAu4QLAL6ECwAGhQsAEIULAFGFCwBThQsAnIULAK2FCwDnhQsA+IULADKGCwA6hgsA30ANAISGCwDIhgsAz4YLABOHCwAbhwsAKkENAGCHCwCphwsAr4cLAPSHCwABiAsAP4gLAEeICwCKiAsAjIgLANWICwDciAsAIIkLACeJCwBriQsAc4kLAHVBDQDDiQsAAYoLAAKKCwBMigsAYooLAJeKCwCfigsA4ooLAOSKCwA6jQsA8IoLAC2LCwA1iwsAwEENADqLCwB4iwsAe4sLAMOLCwDNiwsADowLABCMCwBZjAsAaowLAKSMCwC1jAsA74wLAPeMCwALQg0AQY0LAIWNCwCMjQsA0I0LANiNCwBWQg0AJY4LAGaOCwBojgsAsY4LAMKOCwD8jgsADY8LAEePCwBPjwsAoUINAJePCwBPlgsAno8LAN2PCwDzjwsAKJALADCQCwBzkAsAgZALAL6QCwDLkAsACZELAAyRCwBUkQsAXpELAJ+RCwChkQsA6pELAPuRCwA1kgsARpILAICSCwCIkgsA7EINANSSCwAWkwsAI5MLAGGTCwBokwsArJMLAL2TCwD3kwsAA5QLAEKUCwBKlAsAN0MNAJqUCwDYlAsA25QLACOVCwAtlQsAbpULAHCVCwC5lQsAypULAASWCwAVlgsAgkMNAFeWCwCalgsAsZYLAOWWCwDxlgsAMJcLADqXCwB7lwsAg5cLAM1DDQDHlwsAEZgLACeYCwBcmAsAZJgLAKeYCwC1mAsA8pgLAPqYCwAYRA0A/5gLAD2ZCwBAmQsAiJkLAJKZCwDTmQsA1ZkLAB6aCwAvmgsAaZoLAHqaCwC0mgsAvJoLAGNEDQAFmwsASpsLAE+bCwCVmwsAsJsLAOCbCwDumwsAK5wLADKcCwB2nAsAgpwLAMGcCwDHnAsADJ0LAA+dCwBXnQsAYZ0LAKKdCwConQsA7Z0LAO+dCwA4ngsAQp4LAIOeCwCPngsAzp4LAOWeCwAZnwsALZ8LAGSfCwCAnwsAr58LALefCwCuRA0A/J8LAEWgCwBToAsAkKALAKGgCwD5RA0A4qALAERFDQA0oQsAcaELAHuhCwC8oQsAx6ELAAeiCwAPogsAUqILAF6iCwCdogsAsKILAOiiCwD3ogsAM6MLAD+jCwB+owsAf6MLAMmjCwDTowsAFKQLACKkCwBfpAsAZKQLAKqkCwC3pAsA2kUNAAGlCwBApQsAQ6ULAIulCwCVpQsAcEYNANilCwAhpgsAL6YLAGymCwB9pgsABkcNAL6mCwBRRw0ACqcLAE2nCwBXpwsAmKcLAJ2nCwDjpwsA66cLAC6oCwA0qAsAeagLAIWoCwDEqAsAyqgLAA+pCwAYqQsAWqkLAGepCwClqQsArakLAPCpCwDxqQsAO6oLAD2qCwCGqgsAiaoLANGqCwDUqgsAnEcNADKrCwBnqwsAb6sLALKrCwC+qwsA/asLAAOsCwBIrAsATqwLAJOsCwCYrAsAKa0LAL+sCwDerAsA5qwLADJIDQAvrQsAfUgNAIqtCwC/rQsAwa0LAAquCwAXrgsAVa4LAFyuCwCgrgsAqK4LAOuuCwD7rgsANq8LADivCwCBrwsAj68LAMyvCwDdrwsAE0kNAB6wCwBeSQ0AcLALAK2wCwC3sAsA+LALAAOxCwBDsQsAS7ELAI6xCwCasQsA2bELAOyxCwAksgsAMrILAG+yCwB5sgsAurILAMKyCwAFswsAFLMLAFCzCwBVswsAm7MLAKKzCwDmswsA8rMLAPRJDQBstAsAfLQLALe0CwDHtAsAz7QLAD9KDQA6tQsAXbULAGm1CwCotQsArrULAPO1CwD5tQsAPrYLAEO2CwCJtgsAj7YLAIpKDQDVtgsAH7cLACW3CwBqtwsAb7cLALW3CwDEtwsAALgLAAy4CwBLuAsATrgLAJa4CwCZuAsA4bgLAOm4CwAsuQsAO7kLAHe5CwB8uQsAwrkLANi5CwANugsADroLAFi6CwBpugsAo7oLAK+6CwDuugsA+LoLADm7CwBFuwsAhLsLAIu7CwDVSg0A37sLABq8CwAmvAsAZbwLAHS8CwCwvAsAxLwLAPu8CwAKvQsARr0LAFe9CwCRvQsAnb0LACBLDQDhvQsAJ74LACm+CwByvgsAg74LALZLDQDJvgsACL8LAA6/CwBTvwsAX78LAJ6/CwCmvwsAAUwNAO+/CwA0wAsAQMALAH/ACwCHwAsATEwNANbACwAVwQsAGMELAGDBCwBqwQsAl0wNAK3BCwD2wQsABMILAEHCCwBSwgsALU0NAJLCCwDXwgsA48ILAHhNDQAqwwsAbcMLAHDDCwC4wwsAxMMLAAPECwAPxAsATsQLAFbECwAOTg0ApMQLAOTECwDwxAsAL8ULADfFCwBZTg0Ag8ULAMXFCwDWxQsAEMYLACHGCwBbxgsAY8YLAKbGCwCpxgsA8cYLAPvGCwA8xwsAPscLAIfHCwCWxwsA0scLAPLHCwAdyAsAJcgLAGjICwByyAsAs8gLALnICwD+yAsAAMkLAEnJCwBYyQsAlMkLAKDJCwCkTg0A68kLACrKCwBIygsAdcoLAHvKCwDAygsAycoLAAvLCwAYywsAVssLAF7LCwChywsAt8sLAOzLCwDuywsAN8wLAFLMCwCCzAsAjswLAM3MCwDazAsA704NAB7NCwBjzQsAa80LAK7NCwDEzQsA+c0LAP7NCwBEzgsASs4LAI/OCwCbzgsA2s4LAOLOCwA6Tw0AMs8LAHDPCwCAzwsAu88LAMDPCwAG0AsADNALAFHQCwBn0AsAnNALAJ7QCwDn0AsA8dALADLRCwBA0QsAfdELAILRCwDI0QsA1dELAIVPDQAi0gsAXtILAGfSCwCp0gsAs9ILAPTSCwAC0wsAP9MLAETTCwCK0wsAl9MLANXTCwDd0wsAINQLADDUCwBr1AsAbdQLALbUCwDE1AsAAdULABLVCwDQTw0AU9ULABtQDQCc1QsA4tULAOjVCwAt1gsANdYLAHjWCwCC1gsAw9YLAMXWCwAO1wsAEdcLAFnXCwB51wsAsVANALDXCwDv1wsA9dcLADrYCwBG2AsAhdgLAI3YCwD8UA0A3NgLABvZCwAh2QsAZtkLAHLZCwCx2QsAudkLAEdRDQD+2QsAR9oLAFXaCwCS2gsAo9oLAJJRDQDq2gsAKNsLAD/bCwDdUQ0AfdsLAL7bCwDK2wsACdwLAAzcCwBU3AsAXtwLAChSDQCk3AsA6twLAPPcCwA13QsARt0LAIDdCwCH3QsAy90LANPdCwAW3gsAI94LAGHeCwBm3gsArN4LALbeCwD33gsA/94LAELfCwBR3wsAjd8LAJLfCwDY3wsA7t8LACPgCwAk4AsAbuALAHzgCwC54AsAyuALAAThCwAQ4QsAT+ELAFfhCwC+Ug0AnuELACwBAACi4QsAIAANAKbhCwCuoQoA8eELAOkHAAA44gsA0+QLALTjCwDLJQAA9uMLAI0nAADj5AsAvDQAAGzlCwBfNwAAt+ULALI+AABM5gsAHGALAE3mCwAKQQAAUeYLAAzTAgBU5gsAo94FAJnmCwAnUQAAL+cLALhWAAB65wsAj2EAAA/oCwBrZwAAZugLAFRvAACm6AsAQnIAAO/oCwDGdQAAi+kLAPp9AAA46gsAZOoLAHnsCwDQtgAAVu0LAFzBAACh7QsAkMkAADfuCwB01gAA1e4LAKjeAAA47wsA894AAGHvCwA+3wAAtu8LAITkAABK8AsA++UAAJTwCwBg6gAAQPELAEnyAAB48QsAj/cAANbxCwAC8gsAafILAJjyCwCg8gsA4/ILAO/yCwAB/gAANvMLAFkAAQDg8wsAD/QLABf0CwBa9AsAXPQLAMsGAQCx9AsAEQwBAEz1CwBKDwEAjvULAPoTAQC+9gsAPioBAFD3CwB3LQEAZPcLAOvaDABs9wsAKdkMAJn3CwA5LwEA8PcLAEYxAQAu+AsA6TMBAHj4CwCrNQEAYfkLABNGAQC6+QsA6/kLAPP5CwBeRgEARfoLAGtIAQC5+wsAkF8BAAD8CwBD/AsAU/wLANtfAQDl/AsAX2MBACz9CwBv/QsAf/0LAKpjAQAR/gsASGsBABgADAAB3wEAHAAMAHjgAQAgAAwAnn4BACwADAAR7QEAsAAMAGsADQCxAAwAlfgIALQADABBgQEAxAAMAOQhCQD7AAwAcTcMAA8BDACMgQEAHwEMAC4fDQBFAQwA14EBAEgBDACGnQkA4AEMADyGAQArAgwAh4YBAMMCDAAYjAEAVAMMAKmRAQDqAwwALZUBAC8EDADDlQEAFQUMAFgFDABkBQwA6psBALgFDABCngEADwYMADkGDACIBgwAvfwJAJQGDADbqgEArgYMAOWgAQDbBgwAdqYBAHEHDACQqgEABwgMALyrAQBiCAwAB6wBAOwIDACdrAEAMAkMAH6tAQAWCgwAk7YBAKcKDACNPAkAqgoMAPi6AQCsCgwAKlMKAAMLDAA0CwwAhwsMAMoLDACbCwwADcQBAM0LDAD5wAkA1AsMAKTKCQDXCwwA7q0JAOULDAC6vAEA6wsMAHjJCQBiDAwAicABALkMDAAAwgEAAg0MAOHCAQD9DwwASdMBAOobDABCPAkA7xsMAH0cDAADHAwAIB8MAAscDADe2AwADxwMABpcAgB/HAwAD1EJAIEcDAC7wgkAghwMAGfPBQCEHAwAY9IGAIccDABlXAIAjBwMALBcAgCOHAwAB24DALEcDAA9sAMAlh4MAOxrAgAoHwwAax8MAGwfDACPdgkAdR8MAPWkCwB6HwwAn9wLAIofDAAFKg0AwB8MAFFwAgCaIAwAWpQCAJ0gDADXPggAniAMAD2EAgCgIAwAw3YCAKEgDAC+ewIAoyAMANdDAwCkIAwAy30CAKUgDAAZigIApiAMABt5AgCnIAwACEADAK0gDABugAIA0iAMADG0CwCLIwwAv5gCAI8jDACLmAkA3CMMAMyaAgDhJQwAC7YCAN0mDAB4wQIAEicMACjGAgDtJwwAZNUCAB0pDAB86gIArSkMAM/xAgBUKgwAjSoMAHArDABo3wMAcSsMAL4RAwB4KwwAWq4GAAcsDABCFQMACywMAIm7BgDoLAwAmCgDANEtDACOMgMAay4MAHw1AwAOLwwAPS8MAEUvDACILwwAly8MADk8AwAnMAwAYTsJACowDADpQAMAcTAMALQwDACFMAwAxNQMAL4wDAA0QQMAUjEMAC9GAwCkMQwA8UcDAHkyDABeUwMAYzMMAMZjAwCqMwwAMZUMAAk0DAA4NAwAQDQMAIM0DACQNAwAeboIAJQ0DAC0ZgMAgzUMAEBxAwC1NQwA0XYDAEw2DABLhAMAUTYMANZABwBSNgwAD0QHAFQ2DADbOwcArDYMANs2DADjNgwAJjcMAHM3DACZAgoAeTcMAA/VDAB7NwwA7oYDAH03DAB2uwoAlDcMAPq+CgDENwwAkYkDADE4DABSOAwApzgMAEGOAwBCOQwA/pQDAMw5DADnnAMAIToMAEemAwAjOgwA9J4DAP86DACfqAMA5TsMAEqyAwAkPAwAr7YDAA49DABsvQMAaT0MAJg9DAC0PQwA4z0MAPI9DACYvgMAdj8MAKU/DACtPwwA8D8MAP8/DAAV2AMAREAMANLeAwAeQQwAJeYDAB9BDABqUgcAJkEMAMdPBwApQQwAYZgGAGpBDAAT6QMATUIMAAz/AwBXQgwAufcDAJBDDAC/QwwAx0MMAApEDAAPRAwAvw8EABlEDABsCAQA1UUMAFMhBAAhRgwAFSMEAAFHDAAqLAQAqkcMANlHDADhRwwAJEgMACpIDABrNgQAhUgMAKQ5BAAUSQwABEMEAKpJDAAMSgQATUoMAHxKDACESgwAx0oMANZKDAB5VQQA10oMADZcBADwSgwABWAEAGlLDAAXXQQAsEsMAPNLDAD9SwwAYl0EAPBMDAAfTQwAJ00MAGpNDABzTQwACGwEAL9NDADKbQQAZ04MAJZODACeTgwA4U4MAOJODADAdwQA5k4MAOS8BADnTgwAl4IEAO5ODAB9fgQA8E4MAMVyBADMTwwA1YAEAK1QDAAEjgQA+FAMANORBAA/UQwAtJIEAN1RDAAHmgQAgVIMALBSDAC4UgwA+1IMAAVTDAAPoQQASVMMADanBAD4UwwAJ1QMAC9UDAByVAwAf1QMAAWrBACBVAwAz7MEAMJUDACJrgQAW1UMAMq4BACbVgwAylYMANJWDAAVVwwAJFcMAGPFBADjWAwAEdsEAD5ZDABtWQwAiVkMALhZDADFWQwAPdwEAABbDAAvWwwAN1sMAHpbDAB9WwwArfMEAERcDAAa/wQAqVwMAH8DBQCtXAwAAecIAEldDABbCQUAil0MAN8MBQC9XgwA0BsFAApfDACAIAUA518MABEzBwD7XwwAezIHAEZgDAB1YAwAfWAMAMBgDADDYAwAiCcFACdhDABWYQwAXmEMAKFhDACwYQwAwSoFAPdhDACdMAUAZWMMAGpFBQAFZAwAy7EKAAhkDADCRwUACWQMAFSwCgBQZAwARksFAEFlDABwZQwAeGUMALtlDADEZQwAxVMFABBmDACHVQUAq2YMAK5bBQAAZwwAw2QFAIBnDABhbAUAFmgMAMF1BQCsaAwAmIAFAElpDACThQUAlGkMAIGIBQDhaQwAb4sFANJqDAABawwACWsMAExrDABbawwAFZoFAJ9rDADiawwA8WsMAHqeBQCHbAwAwKMFANBsDACFsQUA0mwMAD+sBQDAbQwA720MAPdtDAA6bgwAoW4MANBuDADYbgwAG28MAChvDADtwQUAc28MAEXEBQC/bwwAfscFAElwDAAPzQUA6XAMAIHTBQB+cQwAq+UFAKJyDADI9QUA73IMAO/7BQCFcwwApwcGABt0DADJEgYAsnQMADsZBgATdQwAQnUMAEp1DACNdQwAmnUMAJMbBgA/dgwAbnYMAHZ2DAC5dgwAB3cMALUmBgCpdwwADSkGAEx4DAB7eAwAg3gMAMZ4DADQeAwA9jAGAB95DABtMgYAa3kMANI2BgCxeQwAoToGAFl6DACIegwAkHoMANN6DADQewwA/3sMAAd8DABKfAwA7HwMAOVQBgAzfQwAdn0MAHh9DAAwUQYAYH4MAClnBgBkfgwAQF8GALB+DACGZAYA7n4MAEhmBgCNfwwA62gGANF/DACOawYAboAMAD5wBgC7gAwAz3UGAFGBDAByeAYAnIEMAL14BgD3gQwAJoIMAC6CDABxggwAgIIMABV7BgAUgwwAVoUGAGKDDAAyiwYAT4QMAH6EDACGhAwAyYQMANiEDABmkwYArYUMAOCgBgARhgwAQIYMAEiGDACLhgwAmoYMAK+kBgALhwwAJqYGAIiHDAC3hwwAv4cMAAKIDABciAwAX6kGAO+IDAA7rwYAQIkMAAqzBgDLiQwAZikHAM6JDAAktwYAFooMAAW4BgD6igwAIsgGAEWLDAD+zQYAjYsMAN/OBgCDjAwAsowMALqMDAD9jAwACY0MAJfaBgBQjQwAk40MAJeNDADD2wYA7o0MADrdBgCQjgwAv44MAMeODAAKjwwAMo8MAD3pBgBajwwAr+8GALyPDABksQgA848MADaQDABskAwAX/QGAO+QDAAXkQwA+5EMAOkPBwDgkgwAjx4HAA2UDABQlAwAVJUMAMYyBwDWlQwApzMHACKWDACVNgcAsJYMAEU7BwDFmgwAaGMHAK+bDAATbQcA15wMABqdDABRnQwAp34HAMydDAD7nQwAA54MAEaeDABVngwAr4UHAOSeDAAnnwwAXp8MAAKNBwDFnwwAO5AHADqhDADPoQcAIaIMAPanBwACowwASa8HAF2jDACUrwcAm6MMAN+vBwAvpAwAJbUHADGkDADiuwcAcqQMAKm4BwCdpQwA8skHAISmDACg3wcALKcMAFunDABjpwwApqcMALCnDABL6QcARqkMAIzzBwBLqgwA/AoIAJ2qDAD3DwgALKsMAJUXCACFqwwAgxoIAKysDAAFLwgA/qwMADetDAAhrgwAfzwIAKavDACPSggAKrAMAPROCAB9sAwA4lEIACKxDABRsQwAWbEMAJyxDADpsQwAgFkIAJmyDADIsgwA0LIMABOzDAA7swwAxl4IALKzDABXZAgA/LMMAD+0DABNtAwA7WQIAJC0DAD6ZggALbUMAF9rCABstQwA424IAFW2DACtdwgAWLYMAEN4CACFtwwAsIMIAMi3DADchAgAG7gMAMqHCABhuAwAIooIAMi4DADvuAwAobkMANqVCAD4uQwAJZYIAAS7DABHuwwAebsMAJecCAB+uwwAAZwIABW9DAAboAgAZL0MAAmjCACsvQwANaQIAI2+DADGqQgA0L4MAEqtCACAvwwArL8MABPADABCwAwASsAMAI3ADACawAwAX7YIAOXADAACuQgAe8EMABy9CAAgwgwAT8IMAFfCDACawgwABMMMADDDDACNwwwAvM0MAJrDDADGwwwAaMQMAMLLCABqxAwAtckIAATFDAA9xQwApsUMANfUCABsxgwAaNoIAGHHDAAy4wgA8McMAIXqCACSyAwAwcgMAMnIDAAMyQwAc8kMAKLJDACqyQwA7ckMAIbKDAD3OwkAi8oMAM7KDACNygwAfsIKAJ/KDAAl+wwA2MoMACv5CABqywwAJv4IAC7NDABQEAkACM4MAIQYCQD0zgwAQR8JADvPDAB+zwwAnM8MAIwfCQD90AwAaJwKAEjRDACznAoAp9EMANbRDADe0QwAIdIMAIzSDABEKwkACtMMAEZlCQCB1AwA0AQNAFfWDACG1gwAjtYMANHWDAAo1wwA00EJAIPXDACy1wwAutcMAP3XDACp2AwATmwJAMvZDACdSgkAJNoMAPVMCQDz2gwANtsMAInbDABOOw0AvNwMAL9VCQDG3AwAk1QJAJrdDAD4WAkAQN4MAG/eDAB33gwAut4MAO3fDAAsYQkA++EMAD97CQAr4wwABIkJAArkDADyiwkAL+UMAF8tCgAy5QwABg4KADblDAAHlQkAPOUMAIE4CgDK5QwADeYMABfmDABsmQkACucMADnnDABB5wwAhOcMABzoDADZpAkAaugMABKoCQAv6gwACLIJAHrqDAC96gwAyeoMAPa0CQBf6wwA5LcJAPHrDAA07AwAS+wMAJS8CQCb8AwAT9QJADTxDAD/2AkARfMMAF3zCQDk8wwAHfQMAMD0DAADAgoAw/QMANcACgCi9QwAEAQKABP3DABW9wwAWfcMAIIKCgD49wwAuw0KAND4DADVEQoA1/gMAOITCgBQ+gwAKBkKAFL6DADAUwoA4voMAFxsCgAF+wwAvyQNAC37DABw+wwAh/0MAGwvCgCM/QwASiQKAJMADQBAHA0AvgANAAEBDQAEAQ0ATTAKAFwBDQDEMQoAowENAKUyCgDqAQ0ALQINADcCDQDwMgoA1QQNAFA8CgCUBg0AckcKAJ4GDQDkTQoA+ggNABhWCgBDCQ0A+VYKAIgJDQCPVwoAzgkNALtYCgCvCg0AyFoKAJULDQDYCw0AKwwNAG4MDQAMDQ0ATw0NADMODQBCaAoAzg4NABEPDQBkDw0Apw8NAGoRDQAMcQoAbBENADhyCgB1EQ0A21ULAHkRDQDgbwoA0BENAMFwCgBmEg0A7XEKADcTDQCvcwoAPBQNAH53CgBaFA0A9XgKAKoUDQASLA0A9hQNAE17CgD5FA0ApX0KADsVDQDjewoA0RUNAFp9CgBsFg0ArxYNALkWDQDwfQoAAhcNAGtLDQBLFw0AVYIKACkYDQDHiAoAeRgNAF0sDQD9GQ0AO8kKAIoaDQDKlAoAxx0NAN8zCwDHHw0AE6YKAGYgDQAgqAoAPyENAKSrCgAqIg0A3a4KALsiDQA1sQoAGSMNAEgjDQCvIw0A3iMNADckDQAjtAoA6iQNAAolDQA1JQ0AVSUNAIAlDQCgJQ0AyyUNAOslDQA+Jg0AgSYNAIYmDQBctwoAZScNADi9CgBGKA0ABjoLAE8oDQBWNQsAlygNACbACgDcKA0AvMAKAHIpDQAzwgoAbyoNAJsqDQAFKw0A1sQKADorDQClyAoAmysNAMcrDQBULw0AYf0KAKIvDQD3/QoAfzANAH4NCwAVMQ0AWhMLAKsxDQCBGQsAQTINAHweCwDXMg0A7iQLAG0zDQAIKQsAAzQNACItCwCZNA0A/jILADM1DQDANAsAjDUNAL01DQDFNQ0ACDYNAGg4DQCrOA0AyTgNAC1ACwD4OA0AeEALAJg5DQBHRAsANzwNAAJcCwCYPA0Ahl8LABw9DQCTYQsAYz0NAOtjCwCtPQ0AQ2YLAPY9DQDHaQsATD4NAIlrCwCjPg0A0j4NAB8/DQD2dgsAdD8NAG14CwDIPw0AxXoLAAZADQALgAsARUMNAI2UCwC+RA0A+p8LAAVFDQDboAsATEUNAI9FDQCTRQ0AJqELAOJFDQAlRg0AeEYNALtGDQDLRg0A1qULABJHDQC3pgsAZkcNAAKnCwCkRw0A50cNAIVIDQDISA0AH0kNABewCwBmSQ0AqUkNAK1JDQBisAsAukoNANS2CwCCSw0A3L0LAANMDQDpvwsAVkwNAMrACwCfTA0A4kwNAPJMDQCrwQsANk0NAIzCCwB7TQ0Aw00NABhODQCZxAsAaU4NAHrFCwBITw0AJc8LANxPDQBM1QsAI1ANAGZQDQB2UA0Al9ULAABRDQDQ2AsAV1ENAPzZCwCgUQ0A3doLAOVRDQBz2wsAK1INAHNSDQA=","fail":"AAAAAAAAAADTdwAAcn0BAI29AABxegUAI+oBAHkXBgDMuQEAS2AJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAAfmIBAMliAQAUYwEAX2MBAAAAAADMuQEAhlIJAMjWBgD1ggAAmQwAAMy5AQDJAAkAFAEJAF8BCQCqAQkAL88BAIO9CgD8gQkAyxMDAAAAAABxegUAI+oBACPqAQAkWgkArtcBAPnXAQCIIgoAFugBAHF6BQDMuQEA2vcAAK4vBACatQoAJFoJAMy5AQBbKAQAvZwAAAidAABTnQAAnp0AAOmdAACZDAAAzLkBAEtgCQBQbQYAI+oBAFfyAQDTdwAAu/MFAAAAAABxegUAzLkBAItNCQDmNAMAJdkBAEZYBwDXzAEA03cAAO/hAQA7FAsAhhQLAPhQAgBHIgAAzLkBAI2mCADYpggAKUAAAKMcBAD1ggAAQIMAACxZAgDrlAcANpUHAMy5AQCGUgkAyNYGAPWCAACZDAAAzLkBAMkACQAUAQkAXwEJAKoBCQBPiQkAmokJAEsAAABLAAAAYcQHACPqAQApQAAAzLkBAE+JCQA5egEAAAAAAPWCAAAl2QEAmQwAAPQaAABjFQAAeRcGAMQXBgDIrwAAE7AAAF6wAAB4dgIAy30CABZ+AgCoMQgARBYAANZNCQDdGAoALAEAAHcBAADCAQAADQIAAFgCAABPiQkAmokJAEsAAABLAAAA7VwBAMFoAwD1ggAAcpwAACPqAQBu6gEAoQ4FAMy5AQBLYAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAJezAABVSQcAoEkHAAAAAABFfgAA6lABACPqAQBX8gEAmQwAAMy5AQDtXAEAwWgDAAxpAwBLAAAAqmMBAPVjAQBAZAEAi2QBANZkAQAhZQEAbGUBAAAAAAB4dgIAWpQCADl6AQCEegEAz3oBAJnWCAA2DAkAgQwJAMkACQAUAQkAXwEJAKoBCQAvzwEA2KYIANv1AQDXzAEA7VwBAHtMCwB5FwYAzLkBAHF6BQDhUwcAzLkBAIgiCgB0QAAAv0AAAApBAABVQQAAoEEAAOtBAAA2QgAAAAAAAEZYBwDnLQkAT4kJAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAAFVJBwCgSQcAAAAAAEV+AAD1ggAAmQwAAKQsAgDTYAgAeRcGAMy5AQBPiQkAESsAAFwrAACnKwAA8isAAP9uCgDXzAEA03cAAHJ9AQD0GgAAeRcGAMy5AQBLYAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAK7XAQD51wEA18wBACLNAQBtzQEAuM0BAMkACQAUAQkA+RUAAEQWAADWTQkA3RgKACwBAAB3AQAAwgEAAA0CAABYAgAAjb0AABjXAQByfQEAzLkBAItNCQD9HwEASCABACxZAgDqUAEAeRcGAPWCAACLTQkA1k0JAN0YCgAsAQAAdwEAAMIBAAANAgAA/24KANfMAQDTdwAAcn0BAPQaAAB5FwYAzLkBAEtgCQDIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAArtcBAPnXAQDXzAEAIs0BAG3NAQC4zQEAyQAJABQBCQD5FQAARBYAANZNCQDdGAoALAEAAHcBAADCAQAADQIAAFgCAACNvQAAGNcBAHJ9AQDMuQEAi00JAP0fAQBIIAEALFkCAOpQAQB5FwYA9YIAANN3AAByfQEA7VwBAHh2AgBalAIAESsAAFwrAACnKwAA8isAAP9uCgCZDAAA9BoAAD8bAACKGwAA1RsAACAcAAD/bgoARyIAANjkBgAj6gEANB0JAKQsAgD/bgoA2vcAANkgBgCZDAAAOXoBAD9mAAA8BQoALiQIAPEECgAbeQIAvZwAAAidAABTnQAAnp0AAOmdAAA0ngAAi00JANZNCQDdGAoALAEAAHcBAADCAQAADQIAAFgCAADa9wAAP5IBAJkMAACkLAIAzLkBANfMAQCGyQoAS2AJANboBABPiQkAPooKAKMcBADuHAQANVEBAAAAAABynAAAcpwAAPWCAACZDAAAOXoBAMy5AQCGUgkA9YIAAGMVAACPuQIA9YIAAHkXBgDMuQEAF7oBABJdCQAj6gEAzLkBAEV+AACZDAAA9BoAAMy5AQAAAAAAYxUAAFAIAgB03gcArhUAAI29AABjFQAAzLkBAIZSCQDEFwYA0PcKABv4CgDXzAEA03cAAHJ9AQD0GgAAAAAAACPqAQAl2QEA03cAAB54AABpeAAAtHgAAP94AABKeQAAXAwBAHkXBgD1ggAAYxUAAI+5AgD1ggAAeRcGACXZAQD1ggAAQIMAAKrNAADPWwIA18wBANN3AAC78wUAJdkBAHkXBgDXzAEAJdkBAPWCAABAgwAAqs0AAM9bAgBFfgAA18wBAO1cAQDBaAMAcpwAAMy5AQBQCAIAmwgCAOYIAgDMuQEAVUkHAKBJBwApQAAAoxwEAO4cBAD1ggAALFkCAHdZAgDCWQIAzLkBAJnWCAA2DAkAgQwJAMkACQAUAQkAXwEJAKoBCQBLYAkAUG0GAJttBgA4XQEAjb0AAPWCAABjFQAArhUAAMQcAQAPHQEAmQwAABaGCQBLAAAASwAAAGHEBwAj6gEAKUAAANNgCAB5FwYAJdkBANN3AADIrwAAE7AAAF6wAAAl2QEA2vcAACX4AACvsQgAAAAAAO1cAQDBaAMA9YIAAGMVAAApQAAAzLkBAIZSCQDI1gYA9YIAAJkMAADMuQEAyQAJABQBCQBfAQkAqgEJAE+JCQCaiQkASwAAAEsAAABhxAcAI+oBAClAAADMuQEAS2AJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAA4rMAAP0fAQBIIAEAKUAAABboAQBynAAAJY4BANAWCgDMuQEAVUkHAKBJBwAAAAAARX4AAPWCAACZDAAApCwCANNgCAB5FwYAzLkBANfMAQAkWgkAzLkBAE+JCQD0GgAAPxsAAIobAADVGwAARX4AAClAAAB0QAAAv0AAAGMVAAApQAAAIZ4EAHKcAADXYgIA6PcBACGeBABxegUA4VMHAMy5AQCLTQkA7VwBAEV+AABYxAEA6lABADVRAQDMuQEA03cAAMivAAATsAAA5b8AAEtgCQDIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAAl7MAAFVJBwCgSQcAAAAAAEV+AADqUAEAI+oBAFfyAQAAAAAAI+oBAKkiBwDhUwcAWMQBAEsAAACWAAAA4QAAAMy5AQAAAAAASwAAAJYAAADhAAAALAEAAHcBAADCAQAADQIAADqXAQCFlwEAWygEANdiAgAhAwkAbAMJACTwCQBv8AkAuvAJAI29AADqUAEAvogEAHRAAAARiwkAC2YHAClAAADMuQEAS2AJAJq1CgAkWgkAzLkBAItNCQDWTQkA3RgKACwBAAB3AQAAwgEAAA0CAABYAgAAWygEAKYoBADxKAQARyIAANjkBgBYxAEARX4AACPqAQBX8gEAI+oBAMy5AQBbKAQAvZwAAAidAABTnQAAnp0AAOmdAAA0ngAAT4kJAPQaAABjFQAAKUAAAMy5AQBLYAkAyK8AABOwAABesAAArtcBAPnXAQDXzAEAIs0BAG3NAQC4zQEAyQAJABQBCQD5FQAARBYAANZNCQDdGAoALAEAAHcBAADCAQAADQIAAFgCAACZ1ggANgwJAIEMCQBPiQkA9BoAAAAAAADTdwAAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAALayAAABswAATLMAAEciAACrgAEA9oABAEGBAQC1gwMAS2AJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAAfmIBAMliAQAUYwEAX2MBANv1AQDXzAEA7VwBAHtMCwCIIgoAFugBAB+qCQBLYAkAyK8AABOwAABesAAAqbAAAPSwAAA/sQAAirEAANWxAAAgsgAAa7IAANNgCABFfgAAmQwAAOVVAQA1UQEAWMQBAMy5AQDa9wAA2SAGAMsgBQBGWAcA03cAAJq1CgCPuQIAyxMDANr3AADMuQEAAAAAAHKcAAAljgEA9cMKAEDECgBjFQAA2/UBACb2AQBx9gEAEO8AAHh2AgAQ7wAA03cAAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAABHIgAAq4ABAPaAAQBBgQEAAAAAAHF6BQDhUwcAWMQBAKPEAQCZDAAA9BoAAMsgBQBq+gQAtfoEALRPCwC+iAQASvABAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEA10MDACJEAwBtRAMAuEQDAANFAwBORQMAmUUDAORFAwAvRgMAeVAJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAANVEBAD8bAACKGwAA1RsAACAcAABX8gEAQIMAAKrNAADPWwIAS2AJAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAACXswAAfmIBAMliAQAUYwEAX2MBACXZAQAj6gEAV/IBAKLyAQBURgsAmQwAAPQaAAB5FwYAzLkBAP9uCgDtXAEAOF0BAINdAQDOXQEAGV4BAGReAQCNvQAAGNcBAHJ9AQDMuQEAVUkHAKBJBwDrSQcANkoHAIFKBwDMSgcAzLkBAEV+AACZDAAA5VUBADVRAQBYxAEAzLkBAEtgCQDIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAAl7MAANr3AADZIAYAyyAFAEZYBwDTdwAAmrUKAI+5AgDLEwMAKUAAACXZAQDTdwAAUG0GAJttBgA4XQEAjb0AAPWCAAB5FwYAzLkBAP9uCgAj6gEAqSIHANfMAQDTdwAA18wBAO1cAQB7TAsA03cAAMivAAATsAAAXrAAAKmwAAD0sAAAP7EAAIqxAADVsQAAILIAAGuyAAC2sgAAAbMAAEyzAAD1ggAAQIMAAKrNAADPWwIAHngAAGl4AAC0eAAA/3gAAEp5AAB2WwEAwVsBAAxcAQBXXAEAolwBAPWCAABAgwAAqs0AAM9bAgAUrgEAcpwAAPWCAABLAAAAKUAAACGeBABxegUAzLkBAGLZAAAAAAAAAAAAAAAAAAC1gwMAVUkHAKBJBwDTdwAAcn0BAOQMAADhUwcAeHYCADQIAABFfgAAmQwAAPQaAAA/GwAAYxUAANv1AQAm9gEAcfYBAPROCAA/TwgAik8IAItNCQDWTQkA3RgKACwBAAB3AQAAwgEAAA0CAABYAgAAyQAJABQBCQBfAQkAqgEJAEtgCQBQbQYAm20GADhdAQCNvQAA9YIAAHkXBgBjFQAArhUAAPkVAABLYAkAHngAAGl4AAC0eAAA/3gAAEp5AACVeQAAiCIKABboAQAfqgkAiCIKAHRAAADqUAEAyxMDABYUAwAsWQIARlgHABGLCQCZDAAApCwCAI29AADqUAEAvogEAHRAAADMuQEAVUkHAG7qAQDXzAEA18wBAOpQAQC+iAQA2vcAAAAAAADMuQEAF7oBAGK6AQCtugEA+LoBAMy5AQCLTQkA7VwBAHtMCwDTdwAAcn0BAPQaAABbKAQARlgHAOctCQDLIAUAUAgCAMy5AQAkWgkAcXoFAAtmBwAj6gEAzLkBAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBABoKgQAbfkCALj5AgAD+gIAT4kJAPQaAAA1GwoAKUAAACGeBAA1UQEAWMQBAAAAAABjFQAALFkCAHdZAgDCWQIAwWgDAHkXBgDEFwYAHngAAGl4AAC0eAAA/3gAAEp5AABEogoAmwgCAOYIAgDqUAEA6lABAFjEAQBjFQAA2/UBAHWEBgBFfgAAI+oBAFfyAQDYQQQAyNYGAPWCAACZDAAAYxUAAK4VAADEHAEA2vcAAK4vBADo9wEAcpwAAHkXBgD1ggAAYxUAAI+5AgD1ggAAAAAAAHF6BQBYxAEA6lABADVRAQDMuQEAF7oBAGK6AQCtugEA+LoBABe6AQASXQkAI+oBAMy5AQBFfgAAmQwAAPQaAAA/GwAAzLkBABe6AQBiugEArboBAPi6AQAXugEAEl0JACPqAQDMuQEARX4AAJkMAAD0GgAAzLkBAEtgCQDIrwAAE7AAAF6wAACpsAAA9LAAAD+xAACKsQAA1bEAACCyAABrsgAAtrIAAAGzAABMswAAl7MAAH5iAQDJYgEAFGMBAF9jAQDMuQEARX4AAJkMAAD0GgAAPxsAAGMVAADb9QEAJvYBACxZAgDrlAcANpUHADQdCQDlVQEAcXoFAOFTBwDqUAEANVEBAI+5AgARZAMAP5IBANr3AADMuQEAT4kJAJqJCQBLAAAASwAAAGHEBwAj6gEAKUAAANNgCAB5FwYAzLkBAEtgCQC11goA6lABAMy5AQAsWQIA65QHADaVBwA0HQkA5VUBAHF6BQDhUwcAzLkBAJnWCAAAAAAAmQwAADl6AQCEegEAeHYCAJkMAADtXAEAzLkBAFVJBwCpIgcAC2YHAClAAAAhngQANVEBAPWCAACZDAAAmQwAADl6AQD0GgAAPxsAACGeBABxegUA4VMHAPWCAABAgwAAqs0AAM9bAgDTdwAA6lABAHtMCwB4dgIAPYQCABU9CAAqvQkAdb0JAMC9CQALvgkAVr4JAKG+CQBVSQcAbuoBALnqAQAE6wEARyIAAKuAAQD2gAEAQYEBAPWCAABAgwAAqs0AAM9bAgAAAAAA03cAACxZAgB3WQIA7+EBAO1cAQDTdwAAmrUKAFjEAQDv4QEA03cAAHJ9AQC9fQEACH4BAFN+AQCefgEA6X4BADR/AQB/fwEAyn8BABWAAQBggAEAcXoFANr3AABLAAAAlgAAAEEXAgC0TwsAyxMDAOQMAADhUwcARyIAAKuAAQD2gAEAlfgIAOD4CABFfgAA7VwBAClAAAAhngQASwAAAO1cAQB7TAsAxkwLAKuAAQD2gAEAlfgIAOD4CAD3OwkA9BoAAD8bAACqzQAAz1sCAAAAAADMuQEA18wBACLNAQBtzQEAuM0BAAPOAQBOzgEAmc4BAPWCAABqKwEAQ7sBAI67AQDZuwEAJLwBAG+8AQCNpggAg70KALUrAQAALAEASywBAJYsAQDhLAEALC0BAK7XAQD51wEAjaYIAIO9CgBDuwEAjrsBANm7AQAkvAEAb7wBAO3gBADtXAEAe0wLAMZMCwARTQsAXE0LAJ8aCgDqGgoAzLkBAFVJBwC0TwsA/08LAEpQCwCVUAsA7eAEADjhBAAXugEAYroBAK26AQD4ugEAAAAAAJ8aCgDMuQEAVUkHALRPCwD/TwsASlALAJVQCwDt4AQAOOEEABe6AQBiugEArboBAPi6AQAXugEAYroBAK26AQD4ugEAjIEBALWDAwBUsAoAn7AKAOqwCgA1sQoAgLEKAAAAAABFfgAAkH4AAI+5AgC+iAQA7+EBAM8lCwB5FwYAUAgCAEV+AACQfgAAj7kCAL6IBADv4QEAAy4LACPqAQBu6gEAoQ4FANkgBgCNvQAAcXoFACPqAQBQCAIA7+EBANN3AAByfQEAvX0BAAh+AQBTfgEAnn4BAOl+AQA0fwEAf38BAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAAAAAARyIAAKuAAQD2gAEAQYEBAEsAAACwwQYAyyAFAClAAADTYAgALFkCAHdZAgDCWQIADVoCAFhaAgCZDAAAzLkBAIgiCgAW6AEAH6oJANfMAQCGyQoAAAAAAEtgCQD3sgoAQrMKAI2zCgDYswoAI7QKAG60CgC5tAoAjaYIAECDAACqzQAAz1sCAHh2AgAAAAAAcXoFAClAAAB4dgIAcpwAACWOAQBwjgEAu44BAAaPAQBRjwEAV/IBANhBBADMuQEARX4AAJkMAADlVQEANVEBAFjEAQDMuQEAnxoKAOoaCgCNpggAAAAAAO1cAQAAAAAARX4AANN3AABQbQYAAAAAAAAAAABFfgAAKUAAAMy5AQCNvQAAGNcBAHJ9AQDMuQEAjaYIAAAAAABFfgAA03cAAEZYBwARiwkAC2YHAFZmBwChZgcA7GYHANfMAQA3ZwcAgmcHAM1nBwDXzAEAWygEAKYoBADxKAQAgusKAM3rCgAY7AoAWygEAKYoBADxKAQAgusKAM3rCgAY7AoA03cAAJq1CgAAAAAAzLkBAFjEAQCjxAEA7sQBAAAAAAApQAAA02AIAHGUCQC8lAkA7+EBADU6CQCAOgkAJFoJAClAAADTYAgAcZQJALyUCQDv4QEAOuIBAG7qAQC56gEABOsBAE/rAQCZDAAAoxwEAHptCQC56gEABOsBAE/rAQApQAAAdEAAACPqAQCpIgcAjb0AAAAAAAAj6gEAV/IBALOHAQAHTwQAyyAFAClAAACZDAAA7+EBAFTmAQCf5gEA6uYBADXnAQCA5wEAy+cBAClAAAAW6AEABqQKAHRAAAAj6gEAqSIHAHF6BQDv4QEAVOYBAHRAAAAj6gEAqSIHAI29AAAAAAAA03cAAOpQAQDLEwMA9BoAACXZAQD1ggAAQIMAAKrNAADPWwIA7+EBAFTmAQB0QAAAI+oBAKkiBwCNvQAA7+EBAFTmAQB0QAAAI+oBAKkiBwAkWgkASwAAALDBBgD1ggAAQIMAAKrNAADPWwIA9YIAAEciAACSIgAAQIMAAFfyAQBjFQAAcpwAAPWCAAD1ggAAQIMAAKrNAADPWwIA03cAAKEOBQDZIAYA9YIAAECDAACqzQAAz1sCAClAAAApQAAAoxwEAO4cBADXzAEAIs0BAG3NAQDTYAgA9YIAAECDAACqzQAAz1sCANr3AADZIAYAKUAAAHRAAAARiwkAeRcGAPWCAABAgwAAqs0AAM9bAgDtXAEA7VwBAEsAAABhxAcA6lABADVRAQApQAAA02AIAJcyCQBX8gEAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BACPqAQBX8gEAovIBAO3yAQA48wEAg/MBAM7zAQAZ9AEAZPQBAK/0AQBqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAAAAAAPWCAAAkWgkA9YIAAECDAACqzQAAz1sCAHkXBgD1ggAAaisBABPSCwBAgwAAqs0AAM9bAgAAAAAA9YIAAECDAACpIgcAeRcGAG4wBwAsWQIA6lABAMsTAwDlVQEAcXoFAOFTBwD1ggAAQIMAAKrNAADPWwIA18wBAHF6BQALZgcAkH4AAL/rCQDtXAEAOF0BAHKcAADXYgIAIQMJAHtMCwBAgwAAqs0AAM9bAgCatQoAWMQBAC4kCAD1ggAAQIMAAKrNAADPWwIAI+oBAFjEAQBFfgAA2vcAANkgBgBjFQAAKUAAANNgCACXMgkAqs0AAM9bAgBxegUAC2YHAClAAAAW6AEARyIAANfMAQBxegUAC2YHAJB+AAC/6wkAmQwAAPQaAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEA03cAAHJ9AQC9fQEAESsAANdiAgByfQEApCwCANNgCABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAyNYGALx6BQAHewUA3cAHACjBBwBzwQcAvsEHAAnCBwBUwgcA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQDLIAUAavoEALX6BAA0HQkA5VUBAHF6BQDhUwcA9YIAAECDAACqzQAAz1sCAClAAADTdwAAHngAAFAIAgBxegUALFkCAOuUBwA2lQcARyIAAO1cAQA4XQEAjb0AAPWCAABAgwAAqs0AAM9bAgAhngQAbJ4EAFxkAwDtXAEAe0wLANr3AADZIAYAYxUAAClAAADTYAgAeRcGAPWCAABAgwAAqs0AAM9bAgCZDAAAFoYJAEsAAABLAAAAYcQHACPqAQApQAAA02AIAHkXBgDI1gYAvHoFAAd7BQDdwAcAKMEHAHPBBwC+wQcACcIHAFTCBwD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAO1cAQDtXAEAe0wLAFjEAQAEXQgAUG0GANN3AABBFwIAjBcCANcXAgAiGAIAbRgCALgYAgADGQIAThkCAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAj6gEAbuoBACRaCQDqUAEANVEBAF0KAgCoCgIA8woCAHoaAgDFGgIAEBsCAFsbAgCmGwIA8RsCADwcAgCHHAIA0hwCAB0dAgBoHQIAsx0CAP4dAgBJHgIAlB4CAN8eAgAqHwIAdR8CAMAfAgDa9wAA18wBAIbJCgBAgwAARyIAABJdCQAj6gEA2vcAAK4vBADo9wEA02AIAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQDhUwcAcpwAAGr6BAC1+gQAAPsEAEv7BACW+wQA4fsEANr3AAAl+AAAr7EIAG4wBwCsSAsA2OQGAHKcAADXYgIA6PcBACGeBABxegUA4VMHAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAAAAAANN3AABQbQYARX4AAPWCAAD1ggAAQIMAAKrNAADPWwIAqSIHAMJ4AQCIIgoAWygEACRaCQBvWgkAuloJAAVbCQBQWwkA9YIAAECDAACqzQAAz1sCAGMVAAApQAAA03cAAOj3AQAhngQAcXoFAOFTBwD1ggAAQIMAAKrNAADPWwIA03cAAJq1CgBjFQAArhUAAMQcAQDkzgEApJ4IANjkBgAsQgoAXQoCAMy5AQBPiQkA+1wCANr3AADXzAEAcXoFAOpQAQBXPQIA03cAAOj3AQAhngQAcXoFAOFTBwDMuQEAjaYIAECDAACqzQAAz1sCABe6AQBiugEArboBAPi6AQAAAAAAzLkBAJnWCADk1ggAcpwAACWOAQBwjgEAu44BAAaPAQDo9wEAIZ4EANfMAQDtXAEAe0wLAIgiCgBK8AEAlfABAODwAQBbKAQA12ICACJjAgBtYwIAuGMCAANkAgBOZAIAmWQCAORkAgAvZQIAemUCAMVlAgAQZgIAW2YCAKZmAgDxZgIAPGcCAAAAAABFfgAAkH4AAL/rCQAK7AkAVewJAKDsCQDr7AkANu0JAFsoBADXYgIAImMCAG1jAgC4YwIAA2QCAE5kAgBFfgAAmQwAAIgiCgAW6AEAcXoFAMy5AQDa9wAAri8EAJq1CgDJAAkAFAEJAF8BCQCqAQkAL88BANimCAAjpwgAC2YHAFjEAQDa9wAA+G8BAMsTAwA5egEA5VUBADVRAQBYxAEAzLkBAFVJBwCgSQcAKUAAAEV+AAAj6gEAhlIJAPWCAADLIAUAvZwAAAsgAgBBFwIAV/IBANhBBADMuQEAS2AJAJq1CgB5FwYAzLkBAMkACQAUAQkAXwEJAKoBCQBFfgAAmQwAAPQaAACZ1ggA5NYIAIBRAQDLUQEAFlIBAGFSAQCsUgEAk2sBAHF6BQC8egUAB3sFAN3ABwAowQcAc8EHAL7BBwAJwgcAEWQDAFxkAwCnZAMA8mQDAD1lAwCIZQMAeRcGAMy5AQBLYAkAmrUKAHkXBgDMuQEAyQAJABQBCQBfAQkAqgEJAEV+AACZDAAA9BoAAE+JCQD7XAIARl0CAJFdAgDcXQIAJ14CAJtbCQDmWwkAMVwJAHxcCQDHXAkAmrUKAI+5AgBynAAAeHYCANc+CACTvggA3r4IACm/CAB0vwgAv78IAArACACvcwoAQIMAAKrNAADPWwIAzLkBAHF6BQALZgcAKUAAAMy5AQBxegUARyIAAMy5AQDXzAEAcXoFAAtmBwCQfgAAv+sJAFVJBwBu6gEANBUCAH8VAgDTYAgAHmEIAGlhCAApQAAAzLkBAIgiCgAW6AEAH6oJAEtgCQC78wUAeRcGAMy5AQCNvQAA6lABAL6IBAB0QAAAzLkBAHF6BQAsWQIA65QHADaVBwBHIgAA7VwBADhdAQBPiQkAmokJAOWJCQAwigkAoxwEAHptCQDFbQkAdjcHAMy5AQCNvQAA6lABAL6IBAB0QAAAzLkBAHF6BQAsWQIA65QHADaVBwBHIgAA7VwBADhdAQDa9wAAP5IBAIqSAQDVkgEAIJMBAGuTAQC2kwEAJFoJAMy5AQCNvQAA6lABAL6IBAB0QAAAzLkBAHF6BQAsWQIA65QHADaVBwBHIgAA7VwBADhdAQCGUgkA0VIJACxZAgDqUAEAeRcGAPWCAACNvQAA6lABAL6IBAB0QAAAzLkBAHF6BQAsWQIA65QHADaVBwBHIgAA7VwBADhdAQDqUAEAVz0CAMy5AQCLTQkAYcQHAOpQAQA1UQEAKUAAANNgCACXMgkAzLkBAIZSCQD1ggAAQIMAAFfyAQCi8gEA7fIBADjzAQCD8wEAzvMBABn0AQBQCAIAmwgCAHkXBgDMuQEAS2AJAOj3AQAQ7wAAW+8AANdiAgAhAwkAbAMJACTwCQBv8AkAuvAJAAXxCQBQ8QkAm/EJAObxCQAx8gkAfPIJAMfyCQAS8wkAXfMJAKjzCQDz8wkAPvQJAIn0CQDU9AkAH/UJAGr1CQC19QkAAPYJAEv2CQCW9gkA4fYJACz3CQB39wkAwvcJAA34CQBY+AkAo/gJAO74CQA5+QkAhPkJAM/5CQAa+gkAZfoJALD6CQDqUAEANVEBAF0KAgCoCgIA8woCAPibAgBDnAIAjpwCANmcAgAknQIAb50CALqdAgAFngIAUJ4CAJueAgDmngIAMZ8CAHyfAgCGUgkAxBcGAND3CgAb+AoA18wBANN3AAByfQEA9BoAAE+JCQD7XAIA1x8JACIgCQBtIAkAuCAJAMy5AQCZ1ggANgwJAIEMCQBPiQkAPooKAImKCgBBFwIAKUAAACGeBAA1UQEAWMQBAMy5AQBFfgAAW9ABAEV+AAApQAAAKUAAACGeBAA1UQEAWMQBAMy5AQCGUgkAyNYGAI29AACZ1ggA5NYIAC/XCABVSQcAoEkHAGspAgAWIQUALFkCAOuUBwA2lQcAJFoJAMy5AQDa9wAAJfgAAK+xCADTdwAAu/MFAG4wBwA1UQEAWMQBAMy5AQBVSQcAoEkHANhBBAAjQgQAbkIEAM6WBACZ1ggANgwJAIEMCQDtXAEAOF0BAN7iAgAp4wIAdOMCAL/jAgAK5AIAVeQCAIgiCgB0QAAAv0AAAAzTAgBX0wIAotMCAO3TAgByfQEA9BoAADUbCgDMuQEAmdYIAOTWCAAv1wgA2vcAANkgBgAkIQYAJfgAACPqAQCZ1ggANgwJAIEMCQCZ1ggA5NYIAC/XCABR4ggAnOIIAOfiCACLTQkA/R8BAEggAQBZfwkApH8JAO9/CQA6gAkAzLkBAHF6BQBHIgAAzLkBAE+JCQA+igoAiYoKAEEXAgApQAAAIZ4EADVRAQBYxAEAzLkBAEV+AAAsVAcAd1QHAMJUBwANVQcAWFUHAKNVBwDuVQcAOVYHAIgiCgAW6AEAH6oJAE+JCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAABLYAkA6PcBAHF6BQDhUwcAzLkBAE+JCQDkDAAA8PkGADv6BgCG+gYA0foGAMy5AQBLAAAAKUAAACGeBAA1UQEAWMQBAMy5AQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEAG35AgC4+QIA4gYIAC0HCABxegUA4VMHAMy5AQBFfgAAkH4AAI+5AgAUrgEAzLkBAIZSCQDI1gYA2vcAAK4vBADqUAEANVEBAMy5AQBPiQkA5AwAAPD5BgA7+gYAhvoGANH6BgDMuQEAC2YHAFZmBwChZgcA7GYHADdnBwCCZwcAzWcHABhoBwBjaAcArmgHAPloBwBEaQcAj2kHANppBwAlagcAcGoHALtqBwAGawcAT4kJAPQaAAA/GwAAihsAANUbAAAgHAAAeHYCAJkMAADMuQEAiCIKAHRAAAC/QAAACkEAAFVBAACgQQAA60EAADZCAACBQgAAzEIAABdDAACTvggA3r4IAGMVAACPuQIANVEBAFjEAQDMuQEAcXoFAOFTBwDMuQEA61YJABGLCQCZDAAA7VwBADhdAQBynAAA12ICACEDCQBsAwkAAAAAAO1cAQCZDAAApCwCAO8sAgDo9wEA02AIAMJ4AQAAAAAAAAAAAAAAAAAAAAAAAAAAADdsAgCCbAIAwngBAAAAAAA3bAIAgmwCAH1xAgCmKAQAOPsIAIP7CADO+wgAGfwIAGT8CACv/AgA+vwIAEX9CADQDgMAGw8DAGYPAwCxDwMA/A8DAEcQAwCSEAMA3RADACgRAwBzEQMAvhEDAAkSAwBUEgMAnxIDAOoSAwDxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgBO+gIAmfoCAOT6AgAv+wIAevsCAMX7AgAQ/AIAW/wCAKb8AgDx/AIAPP0CAGIsCACtLAgA+CwIAEMtCACOLQgA2S0IACQuCABvLggAui4IAAUvCABQLwgAmy8IAOYvCAAxMAgAfDAIAMcwCAASMQgAWMQBAHh2AgBynAAAJY4BAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIA18wBANN3AACZDAAAKx0DAHYdAwB7TAsAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BABt5AgCUSgMA30oDACpLAwB1SwMAwEsDAAtMAwBWTAMAoUwDAOxMAwA3TQMATvoCAJn6AgAXugEAYroBAK26AQD4ugEA7oYDADmHAwCEhwMAz4cDABqIAwBliAMAsIgDAPuIAwBGiQMAjaYIAIO9CgC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAjb0AAEZYBwDqUAEAVz0CAHtMCwBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEALMqBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBABoKgQAbfkCALj5AgAD+gIAuSMFAAQkBQBPJAUAmiQFAOUkBQAwJQUA+1wCAEZdAgBynAAASwAAAOY0AwDv4QEAXw4LAKoOCwC1KwEAACwBAEssAQCWLAEA4SwBACwtAQCZDAAA7+EBADsUCwDXYgIAImMCAG1jAgC4YwIAA2QCAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgBjFQAArhUAAI29AAD1ggAAQIMAAKrNAADPWwIAhhQLAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAeRcGAMjWBgD1ggAAmQwAAGMVAACuFQAAxBwBANNgCABqKwEA/IEJAMsTAwCkLAIA02AIAJcyCQCqzQAAz1sCAMy5AQBbKAQA12ICACEDCQBsAwkAtwMJABe6AQBiugEArboBAPi6AQDa9wAASwAAAGHEBwAj6gEAKUAAANNgCACXMgkAqs0AAM9bAgDtXAEAwWgDAAxpAwBLAAAAyTYAAO/hAQDPJQsA6lABANfMAQCcEwUAbuoBAEEXAgAkWgkAzLkBAMkACQAUAQkAXwEJAKoBCQDtXAEAOF0BAN7iAgAp4wIA9YIAAHkXBgB4dgIA7VwBADhdAQDe4gIAKeMCAHTjAgC/4wIACuQCAFXkAgCIIgoAdEAAAL9AAAAQ7wAASwAAAGHEBwCZDAAApCwCAFjEAQAj6gEAV/IBAJkMAAArHQMAdh0DABDvAADMuQEAS2AJAB54AAB2NwcAwTcHAAw4BwBXOAcAVUkHAKBJBwBrKQIAFiEFACPqAQB5FwYAzLkBAEtgCQC78wUABvQFAFH0BQCc9AUA02AIAJcyCQDv4QEAzLkBANr3AAD4bwEAyxMDADl6AQDlVQEANVEBAFjEAQDMuQEAS2AJANboBABYxAEALiQIANr3AADMuQEAmdYIAL6IBAAJiQQAhlIJAPWCAABLAAAAsMEGALS5CgD/uQoAmQwAAMy5AQBxegUA4VMHAAAAAAAAAAAAeHYCAD2EAgAVPQgAYD0IAKs9CAD2PQgAjaYIAECDAACqzQAAz1sCAIgiCgAW6AEAH6oJAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAMOdCAAOnggAWZ4IANMiCgCXMgkA4jIJAC0zCQB4MwkAwzMJAA40CQBZNAkApDQJAO80CQCGUgkAz3ALAPWCAACIIgoAFugBAB+qCQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEAG35AgC4+QIAA/oCAE76AgAhngQAbJ4EALeeBAACnwQATZ8EALRPCwC+iAQA02AIAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBAAl2QEAcNkBACGeBABsngQAt54EAAKfBABNnwQAmJ8EAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBACzKgQA/ioEAEkrBACUKwQA3ysEAE+JCQD0GgAAPxsAAIobAADVGwAAIBwAAHh2AgAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAIJNAwDNTQMAGE4DAGNOAwCuTgMA+U4DAE76AgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQALZgcAy30CABZ+AgCoMQgAHxQJAKkiBwALZgcAKUAAANNgCACIIgoAFugBAB+qCQDrVgkAEYsJAJkMAAD1ggAAKUAAAI29AABxegUAI+oBAFAIAgDMuQEAmdYIADYMCQCBDAkARX4AAJB+AAAj6gEAV/IBANN3AAAeeAAARlgHANN3AADXzAEA7VwBAAAAAADMuQEAUAgCALssCQA1UQEAXQoCAHh2AgAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMArtcBAPnXAQBbKAQA12ICADhTCwCDUwsAzlMLAPEECgBalAIA5AwAANr3AADZIAYAEO8AAClAAADMuQEAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAMOdCAAOnggAWZ4IACRaCQCZDAAAKx0DAHYdAwAAAAAAeHYCAC+rBwBAgwAAqs0AAM9bAgBynAAAJY4BAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAragEAECDAACqzQAAz1sCAEZYBwAkWgkAAAAAAAAAAAAAAAAAN2wCAIJsAgDCeAEAAAAAAAAAAAAAAAAAAAAAADdsAgCCbAIAfXECAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgC5IwUABCQFAE8kBQCaJAUA5SQFADAlBQDa9wAAqrsDAPW7AwBAvAMAi7wDAHkXBgDXzAEAzLkBANr3AAAl+AAAr7EIAPqxCABFsggA2vcAAKq7AwD1uwMAQLwDAIu8AwBynAAAvZwAAAidAABTnQAAnp0AANr3AAA/kgEAkH4AAI+5AgBynAAA12ICAOj3AQAhngQAcXoFAOFTBwCZDAAA9BoAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAbeQIAlEoDAM+PCgCE0gMAz9IDABrTAwBl0wMAsNMDAPvTAwBG1AMAkdQDANzUAwAn1QMActUDAMy5AQDtXAEAwWgDADVRAQBQCAIAzLkBABe6AQBiugEArboBAI08CQDYPAkAS2AJALvzBQB5FwYAI+oBAFfyAQCZDAAAOXoBAJ8aCgBi2QAANfQDABGLCQCZDAAApCwCAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBADDnQgADp4IAFmeCABLYAkAmrUKACRaCQDMuQEAcXoFAEciAADMuQEAiCIKAHRAAAC/QAAACkEAAEsAAACwwQYAyyAFAOpQAQAduwkA2OQGAPWCAAB5FwYAzLkBANr3AACquwMA9bsDAEC8AwCLvAMAVwwGAOtWCQARiwkAmQwAAKQsAgDa9wAAqrsDAPW7AwBAvAMAi7wDAFcMBgCiDAYA7QwGADgNBgCDDQYAzg0GABkOBgBkDgYA2E4GABGLCQCZDAAApCwCAMy5AQBGWAcAJFoJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtYMDAACEAwDbOwcAJjwHAHE8BwC8PAcABz0HAFI9BwCdPQcA6D0HADM+BwB+PgcAyT4HABQ/BwBfPwcAqj8HAPU/BwBAQAcAi0AHAE76AgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQALZgcAcXoFALx6BQAHewUA3cAHACjBBwBzwQcAvsEHAAnCBwBUwgcAzLkBAIgiCgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQALZgcAwWgDACXZAQCZDAAAKx0DAHYdAwAl2QEA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAIJNAwDNTQMAGE4DAGNOAwCuTgMA+U4DAE76AgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQALZgcAcXoFALx6BQAHewUA3cAHACjBBwBzwQcAvsEHAAnCBwBUwgcAzLkBAIgiCgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQALZgcATvoCACGeBABsngQAt54EAHkXBgDMuQEAcXoFAAtmBwBxegUAvHoFAAd7BQDdwAcAKMEHAHPBBwC+wQcACcIHAFTCBwDMuQEAiCIKACGeBABsngQAt54EAHkXBgDMuQEAcXoFAAtmBwAj6gEAtE8LAFc9AgA4XQEAg10BACRaCQAl2QEAcpwAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACNhAwD/bgoARX4AAJB+AADP5AAAGuUAAGXlAACw5QAA++UAAEbmAACR5gAAN+MDAILjAwDN4wMAGOQDAGPkAwCu5AMA+eQDAETlAwCP5QMA2uUDADVRAQBYxAEAzLkBAIgiCgAW6AEAcpwAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgDkJgQALycEAHonBADFJwQAECgEAEV+AACQfgAAj7kCABSuAQDMuQEAT4kJAOQMAADw+QYAO/oGAIb6BgDR+gYAeHYCANN3AAAUrgEAI+oBAFfyAQApQAAAoxwEAO4cBAD1ggAAmQwAAEsAAACwwQYA+8EGAKrNAABX8gEAAAAAAEV+AAD1ggAAmQwAAKQsAgDTYAgAlzIJAKrNAADPWwIA1z4IACI/CABtPwgAHngAAEZYBwDnLQkAeRcGAMy5AQCIIgoAdEAAAL9AAADa9wAAri8EAPkvBADMuQEAVUkHAKBJBwApQAAAoxwEAO4cBAD1ggAAmQwAAMy5AQCLTQkAVlQKAPvBBgDMuQEAVUkHAKBJBwAAAAAARX4AAPWCAACZDAAApCwCAMy5AQDtXAEAwWgDABFkAwD4bwEAeRcGAG4wBwDLEwMAeHYCAHKcAADXYgIAImMCAG1jAgC4YwIAA2QCAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgAq6QoAlzIJAKrNAADPWwIAESsAAL2cAAAInQAAU50AAJ6dAADpnQAAeHYCAHKcAADXYgIAImMCAG1jAgC4YwIAA2QCAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgAq6QoAlzIJAKrNAADPWwIA9YIAAHkXBgBuMAcAyxMDABErAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgAi+QIAbfkCALj5AgCtqAQA+KgEAEOpBACOqQQA2akEACSqBABvqgQAuqoEAM+zBAAatAQAOPsIAIP7CADO+wgAGfwIAGT8CACv/AgA+vwIAEX9CABYxAEALiQIAHkkCADMuQEAS2AJANboBABVSQcAoEkHAJkMAADkDAAAC2YHACPqAQBynAAACEADAFNAAwCeQAMA6UADADRBAwB/QQMAykEDABVCAwBgQgMAq0IDAPZCAwBBQwMAjEMDALOHAQD+hwEASYgBAJSIAQDfiAEAHoAHAGmABwC0gAcA/4AHAEqBBwCVgQcA4IEHACuCBwB2ggcAwYIHAAyDBwBXgwcAooMHAO2DBwA4hAcAg4QHAM6EBwAZhQcAZIUHACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBAD4qAQAQ6kEAI6pBADZqQQAJKoEAG+qBAC6qgQAw3YCAA53AgDP5AAAGuUAAGXlAACw5QAA++UAAEbmAACR5gAAN+MDAILjAwDN4wMAGOQDAGPkAwCu5AMA9BoAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAIJNAwDNTQMAGE4DAGNOAwCuTgMA+U4DAItNCQCHQwgA0kMIAB1ECABoRAgAs0QIAP5ECABJRQgAlEUIAN9FCAAqRggAdUYIAMBGCAALRwgAVkcIAKFHCADsRwgAN0gIAIJICADNSAgAGEkIAGNJCACuSQgAy30CABZ+AgCoMQgAHxQJAKkiBwALZgcAKUAAANNgCACIIgoAFugBAB+qCQDrVgkAEYsJAJkMAADXPggAIj8IANhBBAAjQgQAbkIEAM6WBABPiQkA9BoAAD8bAACKGwAA1RsAACAcAABrHAAAjb0AAPWCAABjFQAAKUAAAMy5AQBLYAkAjb0AABjXAQApQAAAzLkBAI29AAAY1wEAcn0BAMy5AQDJAAkAFAEJAF8BCQCqAQkAi00JAGHEBwCZDAAAOXoBAOVVAQDXzAEA7VwBAHtMCwCIIgoAFugBAB+qCQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAw50IAA6eCABZnggAiCIKAHRAAAC/QAAAVUkHAKBJBwDYQQQAI0IEAG5CBADOlgQAT4kJAPQaAAA/GwAAihsAANUbAAAgHAAAYtkAADljCQAWFAMAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAHHSBwDk1ggAL9cIANfMAQCcEwUA5xMFADIUBQB9FAUAYxUAAMy5AQBPiQkAPooKAImKCgDo9wEA6lABABFkAwDZIAYAcXoFAAtmBwApQAAA02AIAJcyCQCqzQAAz1sCAPWkCwAhngQAbJ4EALeeBAACnwQATZ8EAJifBADN/QcAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBACzKgQA/ioEAEkrBACUKwQA3ysEAE+JCQD0GgAAPxsAAIobAADVGwAA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQDLfQIAFn4CAKgxCADzMQgAPjIIAIkyCADUMggAHzMIABe6AQDY5AYAI+UGAG7lBgBxegUAI+oBAMy5AQCGUgkA0VIJACPqAQBX8gEAaykCAClAAAAW6AEAI+oBACRaCQDMuQEAwngBAEV+AACQfgAAj7kCABSuAQAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAIJNAwDNTQMAGE4DAGNOAwCuTgMA+U4DABEzBwAXSwcABU4HAFBOBwCbTgcA5k4HAE76AgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQALZgcAcXoFALx6BQAHewUA3cAHACjBBwBzwQcAvsEHAAnCBwBUwgcAzLkBAIgiCgAhngQAbJ4EALeeBAB5FwYAzLkBAHF6BQALZgcAKUAAACGeBABsngQAt54EAAKfBABNnwQAmJ8EAOOfBAAuoAQAeaAEAMSgBACf3AsA6twLAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAE76AgAhngQAbJ4EALeeBAACnwQATZ8EADQdCQD0GgAAmm8FAHtMCwDLIAUAKUAAACGeBABxegUA4VMHAClAAAAhngQAbJ4EALeeBAACnwQATZ8EAJifBADjnwQALqAEAHmgBADEoAQA9YIAAECDAACqzQAAz1sCAO7EAQAhngQAbJ4EALeeBAACnwQATZ8EAJifBADjnwQA3p8JACmgCQB0oAkAv6AJAAqhCQBVoQkAoKEJAOQMAADw+QYAO/oGAIb6BgDR+gYAFugBALx6BQAHewUAUnsFAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAeHYCAC+rBwBAgwAAqs0AAM9bAgBjFQAArhUAAAGPBgBMjwYAl48GAOKPBgAtkAYAeJAGAG7qAQAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAAAAAAMy5AQDXzAEAIs0BAEciAABHIgAAkiIAAECDAAC0TwsANVEBAFjEAQDMuQEAiCIKACGeBABsngQAt54EAHkXBgDMuQEAcXoFAAtmBwApQAAAzLkBAEtgCQBHIgAAKUAAANNgCACXMgkAzLkBAIgiCgAhngQAbJ4EALeeBAACnwQATZ8EAJifBADN/QcAdo8JAHKcAABynAAAavoEALX6BAAA+wQAS/sEANhBBADMuQEAS2AJAEciAAApQAAA02AIAJcyCQBPiQkA9BoAAJpvBQB7TAsAyyAFAClAAAAhngQAcXoFAOFTBwDMuQEAjaYIAECDAACqzQAAz1sCAFqUAgBLNAgAljQIAOE0CAAsNQgAdzUIAMI1CACT7wQA3u8EACnwBAB08AQAv/AEAArxBABV8QQAoPEEAOvxBAA28gQAAwcFAE4HBQCZBwUA5AcFAC8IBQB6CAUARX4AACPqAQAj6gEAV/IBAGMVAAApQAAAzLkBAIgiCgAW6AEAvHoFAGHEBwDtXAEAOF0BAINdAQAkWgkAeHYCAAAAAADMuQEAiCIKAErwAQCV8AEA4PABAPEECgBPiQkAmokJAOpQAQC+iAQA03cAANfMAQDtXAEAe0wLAE+JCQD0GgAAPxsAAIobAADVGwAAIBwAAF7KBADMuQEAF7oBABJdCQBdXQkAqF0JAIgiCgAhngQAbJ4EALeeBAACnwQATZ8EAJifBAB4dgIAy30CABZ+AgCoMQgAS2AJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQB7TAsAT4kJAPQaAAA/GwAAihsAANUbAAAgHAAA2vcAAAAAAABLAAAAcpwAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBABAgwAAqs0AAM9bAgAj6gEAqSIHAAZZCgCbCAIAQIMAAJO+CADevggAI+oBAFfyAQDTdwAAHngAAEZYBwDTdwAA18wBAO1cAQB7TAsA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQCQfgAAYxUAACRaCQB4dgIAKUAAAHKcAABLAAAAcpwAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAEciAACrgAEA9oABAEGBAQBynAAAJY4BAPhQAgD29wIAI+oBAFfyAQCi8gEAVEYLAJkMAAD0GgAAhFYHAM9WBwAaVwcAZVcHALBXBwD7VwcA+KgEAEOpBACOqQQA2akEACSqBABvqgQAuqoEAFqUAgDkDAAA8PkGADv6BgCG+gYA0foGAMy5AQCNpggAQIMAAKrNAADPWwIAn9wLAOrcCwA13QsAgN0LAMvdCwAW3gsAYd4LAKzeCwD33gsAQt8LAI3fCwDY3wsAZg8DALEPAwD8DwMARxADAJIQAwDdEAMAKBEDAHMRAwDrVgkAEYsJAJkMAADXzAEAnBMFAOcTBQAyFAUAfRQFAMgUBQA0HQkAP2YAACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQDTdwAARyIAAFAIAgDjNQUAs4cBAJkMAAARKwAAJY4BAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAragEAECDAACqzQAAz1sCAGMVAAC3sAEAsksCAP1LAgBITAIAk0wCAKkiBwBHIgAAI+oBAFfyAQApQAAAoxwEAO4cBAD1ggAAmQwAAPQaAABqKwEAtSsBAAAsAQAMkAkAV5AJAKKQCQDMuQEA2vcAAK4vBAAkWgkAzLkBAMkACQAUAQkAXwEJAKoBCQDXzAEAhskKAEtgCQAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAWygEAKYoBAA4+wgAg/sIAM77CAAZ/AgAZPwIAK/8CAD6/AgARf0IAJD9CADb/QgAjaYIAJkMAACkLAIA7ywCANfMAQDtXAEAwWgDAMsTAwBb0AEA5y0JAIgiCgAW6AEAH6oJAJnWCABLAAAAHngAACWOAQD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBABAgwAAqs0AAM9bAgDDdgIADncCAM/kAAAa5QAAZeUAALDlAAD75QAARuYAAJHmAADXzAEAcXoFAHF6BQApQAAAmQwAAKQsAgCjHAQAem0JALXWCgDMuQEAF7oBACPqAQCpIgcA2vcAAMy5AQDCeAEAYtkAAHh2AgAbeQIAvZwAAAidAABTnQAAnp0AAOmdAAA0ngAA61YJADZXCQCBVwkAzFcJAFVJBwCTvggA3r4IAMy5AQBxegUAC2YHAClAAADMuQEAcXoFAEciAADMuQEAS2AJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQB7TAsA18wBAJwTBQDnEwUAMhQFAH0UBQDIFAUANB0JAMy5AQCIIgoAFugBAB+qCQCIIgoA03cAAFBtBgBQCAIAzLkBAIgiCgCatQoAJFoJAMy5AQBxegUARyIAAMy5AQCIIgoAdEAAAL9AAAAKQQAAVUEAAPWCAAB5FwYAzLkBANfMAQCcEwUA5xMFADIUBQB9FAUAyBQFAO1cAQDTdwAAcn0BAKQsAgAhngQAcpwAAJkMAAD0GgAA03cAAEEXAgBynAAARlgHAO/hAQBfDgsAqg4LALUrAQAALAEASywBAJYsAQDhLAEALC0BAJkMAADv4QEAOxQLAIYUCwD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBABAgwAAqs0AAM9bAgAAAAAASwAAALDBBgC0uQoAmQwAAPQaAADTdwAAQRcCAHKcAABGWAcASwAAAH3bAQDv4QEAXw4LAKoOCwC1KwEAACwBAEssAQCWLAEA4SwBACwtAQCZDAAA7+EBADsUCwCGFAsA+FACAPb3AgBB+AIAjPgCANf4AgAi+QIAbfkCALj5AgCtqAQAQIMAAKrNAADPWwIAeHYCAClAAACjHAQAem0JADQVAgCZDAAASwAAAGHEBwAj6gEAKUAAAHh2AgApQAAAoxwEAHptCQA0FQIAmQwAAEsAAABhxAcAI+oBAClAAAB4dgIAL6sHAECDAACqzQAAz1sCAO1cAQDBaAMALFkCAOpQAQA1UQEAWMQBAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgAi+QIAbfkCALj5AgDiBggA9BoAAD8bAACqzQAAz1sCACXZAQBw2QEAoxwEAHptCQA0FQIAmQwAAEsAAABhxAcAI+oBAClAAADv4QEAOxQLAIYUCwD4UAIA9vcCAEH4AgCM+AIA1/gCACL5AgBt+QIAuPkCAK2oBABAgwAAqs0AAM9bAgCf3AsA6twLAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAI2mCABAgwAAqs0AAM9bAgCwXAIA12ICADhTCwCDUwsAzlMLABlUCwBkVAsAr1QLAPpUCwBFVQsAKsIEAHXCBADAwgQAC8MEAFbDBAChwwQA7MMEAHh2AgAbeQIAlEoDAN9KAwAqSwMAdUsDAMBLAwALTAMAVkwDAKFMAwDsTAMAN00DAE76AgAhngQAbJ4EALeeBAACnwQATZ8EAJifBADN/QcAWygEANdiAgA4UwsAg1MLAM5TCwAZVAsAZFQLAK9UCwD6VAsARVULABt5AgCUSgMA30oDACpLAwB1SwMAwEsDAAtMAwApQAAAIZ4EAGyeBAC3ngQAAp8EAE2fBACYnwQA458EAC6gBAB5oAQAxKAEAMt9AgD1ggAAjb0AAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgAi+QIAbfkCALj5AgCtqAQAQIMAAKrNAADPWwIA4VMHAK4VAACdaQgA6GkIANN3AAAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAe0wLAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAmQwAAD9mAAAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAe0wLAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAy30CABZ+AgCoMQgAS2AJAFBtBgDBaAMALFkCAOuUBwDJAAkAFAEJAJ1pCADoaQgAmQwAAMy5AQAXugEAEl0JAF1dCQCoXQkA810JAJnWCADk1ggAL9cIACRaCQBxegUAC2YHACPqAQDMuQEAWygEAL2cAABFfgAAmQwAAKQsAgDTYAgAzLkBAMkACQAUAQkAnWkIAOhpCABLYAkALFkCAHdZAgDqUAEAVz0CANN3AADXzAEA7VwBAHF6BQBynAAAcpwAAGr6BAC1+gQAAPsEAEv7BADYQQQAzLkBAI29AABGWAcA6lABAFc9AgB7TAsAjaYIAJkMAACkLAIA7ywCANfMAQDtXAEAwWgDAMsTAwBb0AEA6lABADVRAQBYxAEAzLkBAEtgCQDW6AQAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgBO+gIAmfoCAOT6AgAv+wIAKx0DAHYdAwBXDAYAogwGAO0MBgA4DQYAgw0GAM4NBgCIIgoAcpwAAEsAAAAAAAAA6lABAEsAAADMuQEAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgBO+gIAmfoCAOT6AgCIIgoAdEAAAL9AAADrVgkAEYsJAJkMAACkLAIAiCIKACGeBABsngQAt54EAAKfBABNnwQAmJ8EAM39BwAY/gcAY/4HAEO7AQDqUAEAI+oBAFfyAQBxegUAvHoFAAd7BQBSewUAzLkBAIgiCgBynAAASwAAAMy5AQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEAG35AgC4+QIAA/oCAI29AADqUAEAvogEAHRAAADMuQEA61YJABGLCQCZDAAApCwCAMy5AQB5FwYAxBcGALXWCgApQAAAIZ4EACxZAgDrlAcAT4kJAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAACzvAgB37wIAwu8CAEV+AACQfgAAz+QAACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQB7TAsAcXoFACPqAQDMuQEAhlIJAMjWBgD1ggAAmQwAAMy5AQDJAAkAFAEJAF8BCQCqAQkAL88BAIO9CgD8gQkAyxMDAHkXBgCZDAAAzLkBAE+JCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAAAs7wIAd+8CAMLvAgBFfgAAkH4AAM/kAAAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAe0wLAHF6BQAj6gEAzLkBAIZSCQDI1gYA9YIAAJkMAADMuQEAyQAJABQBCQBfAQkAqgEJAC/PAQCDvQoA/IEJAMsTAwDMuQEAT4kJAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAACzvAgB37wIAwu8CAEV+AACQfgAAz+QAACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQB7TAsAcXoFACPqAQDMuQEAhlIJAMjWBgD1ggAAmQwAAMy5AQDJAAkAFAEJAF8BCQCqAQkAL88BAIO9CgD8gQkAyxMDAAAAAADTdwAAUG0GAJttBgDBaAMAeHYCACPqAQC0TwsANVEBAFjEAQAuJAgAQIMAAKrNAADPWwIAy30CABZ+AgCoMQgA8zEIAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAAEtgCQAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEA9YIAANr3AABynAAA12ICAB54AABGWAcA5y0JAJkMAAD0GgAAPxsAAIobAADVGwAAIBwAAFfyAQBAgwAAqs0AAM9bAgCzhwEAmQwAAHh2AgBalAIASzQIAJY0CADhNAgALDUIAHc1CADCNQgA8QQKABt5AgCUSgMA30oDACpLAwB1SwMAwEsDAAtMAwDDnQgADp4IACGeBABsngQAt54EAAKfBABNnwQAmJ8EAM39BwCIIgoAFugBAHkXBgD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAL57AgB0QAAAv0AAAA6rCgBZqwoAmdYIADYMCQCBDAkAyQAJABQBCQD5FQAAS2AJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQB7TAsAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgBLYAkA6PcBAOITCgB0QAAA6lABAMsTAwAWFAMA2vcAACX4AADa9wAA2SAGAGMVAADtXAEAwWgDAAxpAwCWzwMAcpwAAO/hAQA7FAsAhhQLAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAragEAECDAACqzQAAz1sCAM8lCwD0GgAAPxsAAIobAADVGwAAIBwAAHkXBgD1ggAA03cAALvzBQB4dgIAyNYGAI29AABjFQAAeHYCAEZYBwARiwkAmQwAAKQsAgDtXAEAOF0BAFV1CACgdQgA63UIADZ2CACwwQYA+8EGAKrNAADPWwIA2vcAAK4vBABBFwIAUAgCAJsIAgB5FwYAzLkBAIZSCQD1ggAA03cAAOtWCQA2VwkAgVcJAMxXCQAXWAkAYlgJAK1YCQD4WAkAmQIKAJq1CgB5FwYAzLkBAJnWCAA2DAkAgQwJAD5eCQDRUgkAyxMDAD9mAADXzAEA7VwBAHtMCwB5FwYAzLkBAEV+AACQfgAAKUAAACGeBABXPQIAzLkBAIgiCgAhngQAbJ4EALeeBAB5FwYAzLkBAFVJBwCgSQcAKUAAAKMcBABGWAcAEYsJAJkMAACkLAIA7ywCACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQBynAAAAAAAAO1cAQB4dgIAy30CABZ+AgCoMQgA61YJABGLCQCZDAAApCwCAJkMAADMuQEAS2AJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQB7TAsAmdYIAOTWCAAv1wgAUeIIAJziCADn4ggAi00JAGHEBwCsxAcAw3YCAA53AgDP5AAAGuUAAGXlAACw5QAA++UAAEbmAACR5gAAN+MDACPqAQBX8gEA03cAAOj3AQDTYAgAT4kJAPQaAACZDAAAOXoBAOVVAQBxegUA7VwBAO1cAQDMuQEA61YJABGLCQCZDAAApCwCAGLZAAA5YwkAtYMDAIgiCgCjHAQA7hwEAPWCAAB5FwYAzLkBABe6AQASXQkAI+oBAMy5AQAAAAAARX4AAPWCAABAgwAAJFoJAMy5AQAXugEAYroBAK26AQD4ugEAYxUAAK4VAACdaQgA6GkIAJkMAABHIgAAq4ABAPaAAQBBgQEA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQAbeQIAlEoDADj7CACD+wgAzvsIABn8CABk/AgAr/wIAPr8CABF/QgAVUkHAKBJBwDTdwAAHngAAEZYBwDMuQEAS2AJAJq1CgAkWgkAzLkBAFsoBACmKAQA8SgEAILrCgDN6woAHngAAHY3BwDMuQEAi00JAGHEBwDqUAEANVEBAOj3AQCZDAAAeHYCAMt9AgAWfgIAqDEIAPMxCAD0GgAAPxsAAIobAADVGwAAIBwAAF7KBADMuQEAS2AJACxZAgB3WQIA6lABAFc9AgDTdwAA18wBAO1cAQB7TAsAF7oBABJdCQAj6gEAzLkBAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBABoKgQAbfkCAJkMAAD0GgAAPxsAAIobAADVGwAAIBwAAF7KBACpygQAPxsAAKrNAADPWwIA9BoAAD8bAACqzQAAz1sCAJ/cCwDq3AsA30oDACpLAwB1SwMAwEsDAAtMAwBWTAMAoUwDAOxMAwAl2QEAI+oBAFfyAQCi8gEAVEYLAJkMAAD0GgAAaqoJANv1AQB1hAYAwIQGAMy5AQBPiQkA9BoAAD8bAACKGwAA1RsAAHKcAABQCAIARlgHABGLCQALZgcAmQwAAPQaAAAl2QEAeRcGACPqAQC0TwsALFkCAOuUBwA2lQcA7+EBAF8OCwBAgwAAqs0AAM9bAgBCPAkA7+EBAGMVAAD1ggAAKUAAAI29AABxegUAI+oBAFAIAgCbCAIAQIMAAKrNAADPWwIAn9wLAOrcCwD1wwoAQMQKAIvECgAAAAAAAAAAAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAeHYCABt5AgCUSgMA30oDACpLAwB1SwMAwEsDAAtMAwBWTAMAoUwDAOxMAwA3TQMAgk0DAM1NAwAYTgMAY04DAK5OAwD5TgMAiCIKAHRAAAC/QAAAjaYIANimCAB5FwYASwAAAGHEBwDqUAEANVEBAClAAADMuQEARX4AACPqAQDtXAEAeHYCADQIAABGWAcAkVgHANxYBwBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAw50IAA6eCABZnggAiCIKAHRAAAC/QAAADNMCAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHAIZSCQDEFwYA9YIAANr3AAAl+AAADNMCAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHAIZSCQDEFwYA9YIAANr3AAAl+AAAcPgAAMy5AQBVSQcAk74IAN6+CABjFQAAj7kCADVRAQBYxAEA9YIAAECDAADa9wAA+G8BAMsTAwA5egEA5VUBAHF6BQDhUwcAzLkBAIZSCQD1ggAAYxUAAI+5AgD1ggAAeRcGAMy5AQCNvQAARlgHAOpQAQBXPQIAe0wLAIgiCgCjHAQAJFoJAOpQAQA1UQEAWMQBAMy5AQCIIgoAFugBAB+qCQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAw50IAA6eCABZnggAiCIKAHRAAAC/QAAADNMCAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHAIZSCQDEFwYA9YIAANr3AAAl+AAAhlIJAM9wCwAacQsAZXELALBxCwD7cQsARnILAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBAAUqQYAcXoFAHKcAABQCAIAmwgCAECDAABX8gEAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BANdDAwBDWQkAjlkJANlZCQC7wgkARlgHAOpQAQBXPQIAe0wLABe6AQCSIgAAKUAAAHKcAABGWAcA6lABADVRAQBYxAEAzLkBAE+JCQD0GgAAPxsAAIobAADVGwAAIBwAAGscAABLYAkAtdYKAOpQAQDMuQEALFkCAOuUBwA2lQcANB0JAOVVAQBxegUA6lABAFc9AgB7TAsAYxUAAK4VAADEHAEARyIAABJdCQBdXQkAqF0JAPNdCQAK7AkAQIMAAKrNAADPWwIAwngBAD9uBwCKbgcA1W4HACBvBwBrbwcAtm8HAAAAAAA3bAIAgmwCAMkACQAUAQkA+RUAACcBBQByAQUA8HAIADtxCACGcQgAF7oBANjkBgAj5QYAbuUGAHF6BQAj6gEAzLkBAIZSCQDRUgkAI+oBAFfyAQBrKQIAKUAAABboAQAj6gEAjaYIANimCAAjpwgAbqcIALmnCAAAAAAALFkCAHdZAgBBFwIAAAAAACPqAQCTvggA3r4IAAAAAAB5FwYAyNYGABPXBgBe1wYAqdcGAPTXBgCg/gYA6/4GADb/BgCB/wYAcpwAAFAIAgCbCAIAKUAAAGMVAACuFQAAxBwBAEciAAASXQkAXV0JAKhdCQDzXQkACuwJAECDAACqzQAAz1sCAO/hAQDPJQsA5AwAAPD5BgD1AQkA2OQGACxCCgBdCgIAzLkBAEtgCQDW6AQALFkCAHdZAgDCWQIAwWgDAHkXBgDMuQEAhlIJAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHAI2mCADYpggALFkCAOpQAQAj6gEAqSIHAOFTBwDa9wAA2SAGAGMVAACNvQAAcXoFACPqAQBQCAIAuywJADVRAQBYxAEAzLkBAFsoBACmKAQA8SgEAILrCgDN6woAGOwKAGPsCgCu7AoA+ewKAMy5AQBVSQcAk74IAN6+CAApvwgAdL8IAL+/CAAKwAgAT4kJAD6KCgCjHAQAem0JAOj3AQDTYAgAWMQBAMy5AQCZ1ggANgwJAIEMCQCNpggA6lABAL6IBAB0QAAAv0AAAA6rCgDMuQEAyQAJABQBCQBfAQkAqgEJAFVJBwCTvggA3r4IAGMVAACPuQIANVEBAFjEAQDMuQEAcXoFACPqAQDMuQEA2vcAAPhvAQDLEwMAESsAACWOAQD4UAIARyIAANjkBgBYxAEARX4AACPqAQBX8gEAI+oBAFfyAQDTdwAA6PcBANNgCACGUgkAyNYGABPXBgBe1wYAqdcGAPTXBgD2EQcAi00JAP0fAQBIIAEALFkCAOpQAQB5FwYA9YIAAHF6BQBxegUAKUAAAO1cAQB7TAsAmQwAADl6AQDMuQEAhlIJAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHAMkACQAUAQkAXwEJAKoBCQD1AQkAQAIJAIsCCQDWAgkAhlIJAMjWBgAT1wYAXtcGAKnXBgD01wYA9hEHAI2mCADYpggAeRcGAEsAAABhxAcA6lABADVRAQDLIAUAFiEFAGEhBQCsIQUA9yEFAEIiBQCNIgUA2CIFACMjBQBuIwUA6lABANN3AABQbQYAzLkBAIgiCgBynAAASwAAAHh2AgD6vgoAzLkBAP9uCgBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAYtkAAAAAAAC1gwMAVLAKABJdCQAj6gEAKUAAACGeBAAsWQIA65QHAJpvBQAkWgkAzLkBAFVJBwCgSQcA60kHADZKBwCBSgcAzEoHAMy5AQCZ1ggAG3kCAJRKAwDfSgMAKksDAHVLAwDASwMAC0wDAFZMAwChTAMA7EwDADdNAwCCTQMAzU0DABhOAwBjTgMArk4DAPlOAwDXQwMAyyAFABYhBQBhIQUArCEFAPchBQBCIgUAjSIFANgiBQAjIwUAbiMFAMt9AgAWfgIAgLYFAP9uCgD1ggAAaisBAPyBCQDLEwMApCwCACGeBAA1UQEAWMQBAMy5AQCGUgkAyNYGANr3AACuLwQA6lABACPqAQBX8gEAovIBAFRGCwCZDAAA9BoAAMJ4AQApQAAAcpwAAEsAAAB4dgIAAAAAAO1cAQCZDAAAeHYCAAAAAABFfgAAkH4AAI+5AgAUrgEAeHYCAAAAAACIIgoAcpwAAEsAAAB4dgIAAAAAAO1cAQCZDAAAeHYCAAAAAABPiQkAOXoBAIR6AQB4dgIAAAAAAGMVAABjFQAA9YIAAMsgBQApQAAAIZ4EAHF6BQDhUwcAzLkBAFVJBwCgSQcA60kHADZKBwCBSgcAzEoHAAAAAAApQAAAKUAAAEsAAABynAAAJY4BAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAHKsLAGHEBwCsxAcA98QHAGLZAAA19AMAEYsJAJkMAACkLAIAnxoKAFVJBwCgSQcA03cAAB54AABGWAcAzLkBAIZSCQDEFwYA0PcKABv4CgDXzAEA03cAAHJ9AQD0GgAAT4kJAPQaAAA/GwAAihsAANUbAAAgHAAAaxwAAEtgCQDo9wEARX4AAO1cAQB5FwYAzLkBAMkACQAUAQkAXwEJAKoBCQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAw50IAA6eCABZnggAI+oBAFfyAQCi8gEAVEYLAJkMAAD0GgAA9YIAAECDAACqzQAAz1sCAPWCAABAgwAAqs0AABWnBwBgpwcA+RUAAAAAAAAAAAAAAAAAADdsAgCCbAIAfXECAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgC5IwUABCQFAE8kBQCaJAUA5SQFADAlBQAAAAAAAAAAADdsAgCCbAIAfXECAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAuPkCAAP6AgC5IwUABCQFAE8kBQCaJAUA5SQFADAlBQCNvQAA6lABADVRAQD1ggAAQIMAAKrNAADPWwIAAAAAAAAAAAAAAAAAAAAAAAAAAABjFQAA9YIAAClAAADv4QEAOxQLAIYUCwD4UAIA9vcCAEH4AgCM+AIA1/gCACrpCgB16QoAwOkKAAvqCgBW6goAoeoKAOzqCgA36woAG3kCAJRKAwDfSgMAKksDAHVLAwDASwMAC0wDAFZMAwChTAMA7EwDADdNAwCCTQMAzU0DABhOAwBjTgMArk4DAPlOAwBi2QAAcXoFAJkMAADMuQEAjaYIAECDAACqzQAAz1sCAAAAAAAAAAAAAAAAANNgCABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAMItAQAAAAAAAAAAAAAAAABqKwEA/IEJAHF6BQDhUwcAzLkBAFVJBwCgSQcA60kHADZKBwCBSgcAAAAAAPWCAABAgwAA18wBAOpQAQA1UQEAXQoCAM9wCwCQfgAAWMQBAJkMAAA/ZgAAyK8AAEciAADXzAEA03cAAMivAADMuQEAS2AJANfMAQBYxAEALiQIAJpvBQB7TAsARlgHAGMVAAD1ggAAaisBAPyBCQAAAAAAYxUAAMy5AQBVSQcAoEkHAEZYBwBFfgAAmQwAAD9mAAC78wUAmQwAADl6AQDlVQEAcXoFAOFTBwD1ggAAVUkHALRPCwAduwkA2OQGAEV+AAApQAAA03cAAOj3AQAAAAAAcXoFAMy5AQBVSQcAoEkHAGspAgC2KQIAmQwAAD9mAAC78wUAYxUAAK4VAAB4dgIAL6sHAHqrBwDFqwcAEKwHAFusBwCmrAcA8awHADytBwCHrQcA0q0HAB2uBwD1ggAAyyAFABYhBQBhIQUArCEFAPchBQBCIgUAjSIFANgiBQAjIwUAbiMFABe6AQBiugEArboBAPi6AQCMgQEAG3kCAJRKAwDfSgMAKksDAHVLAwDASwMAC0wDAFZMAwChTAMA7EwDADdNAwCCTQMAzU0DABhOAwBjTgMArk4DAPlOAwAUqQYAy30CABZ+AgCoMQgA8zEIAD4yCACJMggA1DIIAB8zCAAXugEA2OQGACPlBgBu5QYAcXoFACPqAQDMuQEAhlIJANFSCQAj6gEAV/IBAGspAgApQAAAFugBACPqAQBfqQYAqqkGAPWpBgBAqgYAi6oGANaqBgAhqwYAbKsGALerBgACrAYATawGAJisBgDjrAYALq0GAHmtBgDErQYAD64GAPvBBgBu6gEA6PcBACGeBABxegUA4VMHANv1AQBQbQYAe0wLAECDAACqzQAAz1sCAHF6BQBxegUA7VwBAMy5AQCIIgoAIZ4EAGyeBAC3ngQAeRcGAMy5AQBxegUAC2YHAClAAADMuQEAjb0AAEZYBwDqUAEAVz0CAHtMCwCNvQAAGNcBAOpQAQC+iAQAIZ4EADVRAQBYxAEAzLkBABe6AQASXQkAI+oBAMy5AQBLYAkAmrUKAOW1CgBxegUAvHoFAAd7BQBSewUAzLkBAFsoBACmKAQA8SgEADwpBACHKQQA0ikEAB0qBABoKgQAbfkCAJnWCAA2DAkAgQwJAMkACQAUAQkAXwEJAKoBCQBLYAkALFkCAHdZAgDqUAEAVz0CANN3AADXzAEA7VwBAHtMCwCu1wEA+dcBAFVJBwCgSQcAAAAAAEV+AAD1ggAAmQwAAKQsAgDMuQEAiCIKACGeBABsngQAt54EAHkXBgDMuQEAcXoFAAtmBwApQAAAzLkBAEtgCQBHIgAAKUAAANNgCACXMgkAYxUAAPWCAABqKwEAeHYCAL57AgAhngQAbJ4EALeeBAACnwQATZ8EAJifBADN/QcAS2AJAB54AAAAAAAARX4AAOpQAQAj6gEAtE8LADVRAQBYxAEAzLkBAEtgCQDW6AQAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAHSoEAGgqBABt+QIAe0wLAECDAACqzQAAz1sCAPWkCwAhngQAbJ4EALeeBAACnwQATZ8EAJifBACR7gcA3O4HACfvBwBy7wcAve8HAAjwBwBT8AcAnvAHAOnwBwA08QcAf/EHAGLZAACNvQAAGNcBAOpQAQC+iAQAhMUBACPqAQBX8gEA03cAAOj3AQDTYAgAHngAAAAAAABFfgAA6lABACPqAQBX8gEAs4cBAHkXBgDXzAEAcpwAAMy5AQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEAG35AgBxegUA18wBAClAAADTdwAA6lABADVRAQDMuQEAs4cBAHkXBgDXzAEAcpwAAMy5AQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEAG35AgDMuQEAjaYIAIO9CgC1KwEAACwBAAyQCQBXkAkAopAJAO2QCQA4kQkAjb0AAEZYBwDnLQkAYxUAAMy5AQCIIgoAoxwEACRaCQDqUAEANVEBAFjEAQDMuQEAiCIKABboAQAfqgkAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAmQwAAMy5AQBbKAQApigEADj7CACD+wgAzvsIABn8CABk/AgAr/wIAPr8CABF/QgAkP0IANv9CABLYAkAHngAAAAAAABFfgAA6lABACPqAQBX8gEA2EEEAMy5AQAXugEAI+oBAKkiBwDa9wAAzLkBAIgiCgB0QAAAv0AAAEV+AACQfgAAv+sJAArsCQBAgwAA7VwBACRaCQDqUAEANVEBAFjEAQDMuQEAhlIJAMQXBgDQ9woAG/gKANfMAQDTdwAAcn0BAPQaAABLYAkAHngAAAAAAABFfgAA6lABACPqAQBX8gEAS2AJANboBABVSQcAoEkHAJkMAADkDAAAC2YHACPqAQBynAAA9YIAABe6AQAj6gEAqSIHANr3AADMuQEAmdYIAL6IBACZDAAAzLkBAItNCQD9HwEAtE8LABFkAwCuLwQAQRcCACRaCQDMuQEAF7oBAGK6AQAeeAAAdjcHABboAQAj6gEAJFoJAMy5AQBxegUAI+oBAMy5AQBPiQkA5AwAAAtmBwAj6gEAcpwAAPWCAAApQAAA03cAALvzBQB5FwYAI+oBALRPCwA1UQEARyIAABJdCQDMuQEAjaYIANimCAAjpwgAxBwBAEciAAASXQkAXV0JAKhdCQDzXQkA03cAAOpQAQAl2QEA03cAADwFCgAEXQgAT10IADVRAQBiowkAoxwEAHptCQA0FQIAmQwAAO1cAQDTdwAA6PcBANNgCADrVgkAEYsJAJkMAACkLAIAzLkBAMkACQDb9QEAJvYBAHH2AQD5FQAAJwEFAHIBBQDwcAgAO3EIAIZxCADRcQgAHHIIAGdyCAD0GgAAPxsAAIobAADVGwAAIBwAAGscAADa9wAA+G8BAMsTAwDXzAEAhskKAEZYBwDTdwAALFkCAOpQAQA1UQEA0yIKAB5hCABpYQgAtGEIAP9hCABKYggAlWIIAOBiCAArYwgAdmMIAMFjCAAMZAgAV2QIAKJkCADRUgkAuTAHAAQxBwBPMQcARX4AAHkXBgBVSQcAoEkHANN3AAC78wUAzLkBAEV+AAB5FwYAAAAAAHF6BQDMuQEAiCIKACGeBABsngQAt54EAAKfBABNnwQARlgHAEsAAAAl2QEAYxUAAPWCAAApQAAAjb0AAHF6BQAj6gEAUAgCACXZAQBYxAEALiQIAHkkCADEJAgADyUIAFolCAClJQgAV/IBAJkMAAA5egEA9BoAAJkMAAB4dgIAWMQBAC4kCAB5JAgAxCQIAA8lCABaJQgApSUIAPAlCAA7JggAhiYIANEmCAAcJwgAF7oBABJdCQAj6gEAcXoFACPqAQDMuQEAT4kJAPQaAAA/GwAAihsAAOpQAQBynAAA9YIAAMkACQAUAQkAXwEJAKoBCQBQCAIAdN4HAK4VAACNvQAARlgHABGLCQCZDAAApCwCANNgCABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAvQEFAAgCBQBTAgUAngIFAOkCBQA0AwUAS2AJALvzBQB5FwYAI+oBAFfyAQCZDAAAOXoBAMy5AQAXugEAEl0JAF1dCQCoXQkA03cAAOpQAQD1ggAAQIMAAKrNAADPWwIAwngBAD9uBwCKbgcA1W4HACBvBwBrbwcAtm8HAPWCAADa9wAASwAAAGHEBwAj6gEAbuoBAEEXAgAkWgkAzLkBABe6AQBiugEArboBAI08CQDYPAkAmdYIAOTWCAAv1wgAyQAJANv1AQAm9gEAcfYBAFVJBwCgSQcAmQwAAOQMAADtXAEARX4AAClAAAAhngQAcXoFAHkXBgD1ggAAYxUAANv1AQAm9gEAcfYBAMkACQAUAQkAI+oBAMy5AQBPiQkA9BoAAD8bAACKGwAAYxUAANv1AQAm9gEAcfYBAItNCQD9HwEASCABACxZAgDqUAEAeRcGAPWCAABynAAARlgHAMy5AQDrVgkAEYsJAJkMAACkLAIAzLkBAJnWCAA2DAkAgQwJAFAIAgB03gcArhUAAI29AABxegUABlkKAEV+AABLAAAAzLkBABe6AQBiugEArboBAI08CQDYPAkA+LoBAI+5AgBxegUA7+EBADsUCwBGWAcA03cAAJq1CgBjFQAA9YIAAJpvBQCZDAAA7+EBAF0fCwCoHwsAI+oBAFfyAQCZDAAA5AwAAO1cAQAsWQIA65QHAHkXBgDEFwYAu/MFAHkXBgAj6gEAV/IBAJkMAAA5egEA9BoAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB4dgIAy30CANv1AQAm9gEAcfYBAPROCAA/TwgAik8IANVPCAAgUAgAa1AIALZQCAABUQgATFEIAJdRCADiUQgALVIIAHhSCADDUggADlMIAFlTCACkUwgA71MIAMy5AQBi2QAAOWMJAOQMAADw+QYAO/oGAIb6BgDR+gYA440HAKaNCADxjQgAPI4IAJcyCQCqzQAAz1sCAI2mCACZDAAApCwCAO8sAgDXzAEA7VwBAMFoAwDLEwMAW9ABAMy5AQBLYAkA1ugEAMkACQD1ggAAjb0AAMy5AQBbKAQApigEAPEoBAA8KQQAhykEANIpBAAdKgQAaCoEAG35AgB4dgIAwngBAD9uBwCKbgcA1W4HACBvBwBrbwcAtm8HAAFwBwBMcAcAc3YHAAAAAAAAAAAAAAAAAJp8BwDlfAcAMH0HAHt9BwDGfQcAEX4HAFx+BwCnfgcAAAAAAAAAAADyfgcAPX8HAIh/BwAjYQMANE4FAH9OBQAXugEAEl0JAF1dCQCoXQkAeHYCANdDAwAiRAMAE9ILAF7SCwCp0gsA9NILANN3AADXzAEA7VwBAHtMCwAXugEA2OQGACPlBgBu5QYAyQAJABQBCQBfAQkAqgEJAPUBCQBAAgkAiwIJANYCCQD1ggAAYxUAAK4VAAD1ggAAYxUAAGMVAACuFQAA9YIAAGMVAAApQAAAeHYCAMt9AgAWfgIAqDEIAPMxCAA+MggAiTIIANQyCAAfMwgAF7oBANjkBgAj5QYAbuUGAHF6BQAj6gEAzLkBAIZSCQDRUgkAI+oBAFfyAQBrKQIAKUAAABboAQAj6gEAJFoJAMy5AQD/bgoAeHYCAHkXBgDPcAsA7VwBAHtMCwBjFQAArhUAAMQcAQBHIgAAEl0JAF1dCQCoXQkA810JAArsCQBAgwAAqs0AAM9bAgDLfQIAFn4CAKgxCADa9wAAJfgAAK+xCAD6sQgARbIIAJCyCADJAAkA2/UBACb2AQBx9gEAeRcGAMt9AgAWfgIAqDEIANr3AAAl+AAAr7EIAPqxCABFsggAkLIIAMkACQDb9QEAJvYBAHH2AQB5FwYARX4AAJB+AAApQAAAIZ4EAGyeBAC3ngQA9YIAAECDAACqzQAAz1sCANr3AAAl+AAAr7EIAPqxCABFsggAkLIIAItNCQDWTQkAHngAAFAIAgDjNQUAPAUKAC4kCADtXAEAOF0BAN7iAgAp4wIAzLkBAEV+AAAj6gEA7VwBAFVJBwCgSQcAmQwAAOQMAADtXAEALFkCAOuUBwCZ1ggAEWQDAFxkAwCnZAMA8mQDAD1lAwDMuQEAjaYIANimCAApQAAAoxwEACRaCQDMuQEAF7oBABJdCQAj6gEAzLkBAItNCQDWTQkAHngAAFAIAgDjNQUAPAUKAC4kCADtXAEAOF0BAN7iAgAp4wIAzLkBAE+JCQCaiQkAcpwAAEZYBwDMuQEAF7oBANjkBgAj5QYAbuUGAP9uCgBKbwoAWMQBAC4kCADa9wAAzLkBAOpQAQA1UQEAzLkBAEtgCQCatQoAJFoJAMy5AQBxegUARyIAAMy5AQCIIgoAdEAAAL9AAAAKQQAA5AwAAAtmBwAj6gEAcpwAAPWCAADtXAEAOF0BAHKcAADXYgIAIQMJAGwDCQAkWgkAzLkBAJnWCADk1ggAG44LAGaOCwCxjgsA/I4LAEePCwB7TAsAeRcGAMy5AQBYxAEALiQIANr3AACIIgoAdEAAAL9AAABYxAEALiQIANr3AACZDAAAzLkBAEtgCQAsWQIAd1kCAOpQAQBXPQIA03cAANfMAQDtXAEAhlIJACPqAQC0TwsALFkCAOuUBwA2lQcAzLkBABe6AQASXQkAXV0JAKhdCQDzXQkAF7oBABJdCQAj6gEAzLkBALOHAQB5FwYA18wBAHKcAABjFQAArhUAAMQcAQBHIgAAEl0JAF1dCQCoXQkA810JAArsCQBqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAcpwAAL2cAAALIAIAViACAKEgAgB5FwYA9YIAAEciAABHIgAAEl0JAF1dCQCoXQkA810JAArsCQBAgwAAqs0AAM9bAgCWYAkAKUAAACGeBAAduwkAq4ABAB54AAB2NwcARX4AACPqAQCIIgoAFugBAB+qCQAXugEA2OQGACxCCgBdCgIAeAwDAMMMAwAODQMAWQ0DAKQNAwDvDQMAOg4DAIUOAwDXzAEAhskKAFVJBwCgSQcAmQwAAOQMAADtXAEALFkCAOuUBwB5FwYAeHYCAGMVAACuFQAAxBwBAOTOAQCknggA754IADqfCACFnwgAUG0GAJttBgDmbQYAiCIKABboAQAfqgkARX4AAJB+AAC/6wkACuwJAFXsCQCg7AkA6+wJADbtCQCB7QkAzO0JABe6AQBURgsAkH4AAP9CCQApQAAAIZ4EAHF6BQDhUwcAKUAAANNgCABjFQAAmQwAAOVVAQBxegUA4VMHAMsTAwAWFAMAVUkHAKBJBwAAAAAARX4AAOpQAQAj6gEAV/IBAIZSCQAj6gEAtE8LACxZAgDrlAcAzLkBAGLZAACExQEAz8UBAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAeHYCAFVJBwCgSQcAAAAAAEV+AADqUAEAI+oBAFfyAQDYQQQAzLkBANr3AAAl+AAAr7EIAPqxCABFsggAkLIIAItNCQD9HwEASCABACxZAgDqUAEAeRcGAPWCAACZDAAAzLkBAItNCQDWTQkAHngAAFAIAgDjNQUAPAUKAC4kCACZDAAASwAAALDBBgDLIAUARyIAAKuAAQD2gAEAQYEBAP9uCgCZDAAApCwCANNgCAAeYQgA2SAGAGorAQD8gQkAeHYCAFjEAQDa9wAA2SAGAGMVAAApQAAA03cAAOj3AQAhngQAcXoFAOFTBwDMuQEAF7oBAGK6AQDIrwAA7VwBAJkMAAD0GgAALyIJAARdCADXzAEAnBMFAOj3AQDTdwAAUG0GAMy5AQCNpggAQIMAAKrNAADPWwIAUG0GAHh2AgBQCAIAuywJAAYtCQBRLQkAnC0JAOpQAQBXPQIAoj0CAO09AgD1ggAA03cAALXWCgDMuQEAcXoFAAtmBwApQAAAzLkBAHF6BQBHIgAAzLkBANr3AADZIAYAJCEGACX4AAAj6gEAQIMAANr3AAD4bwEAQ3ABANv1AQB1hAYA02AIAHkXBgDMuQEA18wBACRaCQDMuQEAS2AJAJq1CgCuFQAAxBwBAHRAAAC/QAAADqsKAMy5AQCLTQkA/R8BAEggAQBZfwkApH8JAO9/CQBYxAEAo8QBAHF6BQAGWQoAjTwJANg8CQCZDAAANB0JAJX4CADg+AgAzLkBABe6AQBiugEAVigJAKEoCQDsKAkANykJAIIpCQDNKQkAGCoJAGMqCQCLTQkA1k0JAEEXAgA0HQkA9BoAAI2mCABAgwAAqs0AAM9bAgBynAAA12ICADhTCwBYxAEARlgHAJFYBwCZ1ggA5NYIAC/XCABR4ggAnOIIACPqAQBX8gEA03cAALvzBQDMuQEAAAAAAK9HCQDMuQEARlgHANN3AACatQoAeRcGAO1cAQB7TAsAeRcGAI2mCACDvQoAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEA7+EBAHh2AgBLAAAAlgAAAJOXAgDelwIAKZgCALa/AgABwAIATMACAJfAAgDiwAIAS2AJAOj3AQBLYAkA6PcBAAAAAAClUQkAzLkBAHkXBgBuMAcArEgLAPdICwBCSQsAjUkLAHh2AgDXzAEAJFoJAClAAADTYAgAG3kCAEZYBwDTdwAAQRcCAEZYBwDTdwAAcn0BAMy5AQAXugEAYroBAK26AQD4ugEAQIMAAKrNAADPWwIAAAAAAGMVAAApQAAA03cAABSuAQDMuQEAjaYIAECDAACqzQAAz1sCAHF6BQALZgcAkH4AAL/rCQCGUgkA9YIAAClAAADTYAgAyyAFAClAAADTYAgA03cAAEEXAgBX8gEAhlIJAPWCAAApQAAA02AIAMsgBQApQAAA02AIAJkMAADlVQEAMFYBAHtWAQDGVgEArioJAPkqCQDMuQEA18wBACRaCQDMuQEAT4kJAOVVAQAwVgEAe1YBAMZWAQBLAAAA/R8BAEggAQDa9wAA+G8BAMsTAwD0GgAAPxsAAFfyAQCzhwEAB08EAMsgBQApQAAAIZ4EAHF6BQDa9wAAri8EAOpQAQA1UQEAbuoBAB54AAD1ggAA18wBANN3AAAeeAAAUAgCAMy5AQBi2QAA2vcAACX4AACZDAAApCwCAMy5AQBVSQcAoEkHAGspAgDcsAkAYxUAAClAAADMuQEAWygEANdiAgAhAwkAbAMJALcDCQDtXAEA03cAAHJ9AQCkLAIAtYMDAItNCQD9HwEASCABAFl/CQCkfwkA738JADqACQDMuQEAWygEAKYoBADPjwoAGpAKAGWQCgCwkAoA+5AKAEaRCgDMuQEAjb0AAOpQAQC+iAQAdEAAAMy5AQCNpggAg70KAPyBCQBHggkACYkEAFsoBACmKAQA9cMKAHKcAAD1ggAAmQwAADl6AQDv4QEAXw4LAKoOCwD8gQkAR4IJAOpQAQC+iAQA02AIAHkXBgDMuQEAjb0AAOpQAQC+iAQAdEAAAMy5AQBbKAQApigEAPXDCgBAxAoARX4AANfMAQApQAAA02AIAHGUCQC8lAkARAwKAEciAACrgAEA9oABAEGBAQCZDAAAFoYJAGGGCQCshgkA94YJAEKHCQBxegUAcXoFAAZZCgCIIgoAIZ4EAGyeBAC3ngQAeRcGAMy5AQBxegUAC2YHAClAAADMuQEAmdYIAOTWCABxegUARyIAAPWCAAB5FwYA9YIAAHkXBgDMuQEAiCIKACGeBABsngQAt54EAAKfBABNnwQAmJ8EAM39BwB2jwkAwY8JAJkMAACkLAIAiCIKACGeBABsngQAt54EAHkXBgDMuQEAcXoFAAtmBwApQAAAzLkBAJnWCADk1ggAvnsCAPs4CAAeIwoAB5UJAFKVCQCdlQkA6JUJADOWCQB+lgkAyZYJABSXCQBflwkAqpcJAOuhCQA2ogkAgaIJAMyiCQC+ewIAIZ4EAGyeBAC3ngQAAp8EAE2fBACYnwQAzf0HAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQBLYAkARyIAAClAAADTYAgAlzIJAIgiCgAW6AEAH6oJANfMAQCGyQoAS2AJAJq1CgDltQoAmdYIAOTWCAAbjgsAZo4LALGOCwCatQoAcpwAAPWCAABxegUARyIAAMy5AQCNpggAQIMAAKrNAADPWwIAzLkBAMkACQAUAQkAXwEJAKoBCQAvzwEAg70KAPyBCQDLEwMAjaYIAIO9CgD8gQkAyxMDAMkACQAUAQkA+RUAAI2mCABAgwAAqs0AAM9bAgBAgwAAqs0AAM9bAgD1ggAA6lABACxZAgDrlAcAzLkBAEV+AACQfgAA3ZkBACiaAQBzmgEAvpoBAAmbAQBUmwEAn5sBAOqbAQD7rwkARrAJAJGwCQDMuQEARX4AAJB+AACNvQAAGNcBAGPXAQDTYAgAeRcGAMy5AQCNpggAg70KALUrAQAALAEASywBAJYsAQDhLAEALC0BAEciAACSIgAAQIMAAKrNAADPWwIAWMQBAKPEAQB5FwYAzLkBAMkACQAUAQkAXwEJAKoBCQAvzwEAg70KAEO7AQCOuwEA2bsBACS8AQDMuQEAT4kJAJqJCQBynAAAcpwAAPWCAACZDAAAjb0AABjXAQByfQEAzLkBAMkACQAUAQkAXwEJAKoBCQAvzwEAg70KAEO7AQCOuwEA2bsBACS8AQBvvAEAg70KALUrAQAALAEASywBAJYsAQDhLAEALC0BAI+5AgAAAAAAYxUAAI+5AgDauQIAiCIKABboAQAfqgkAWygEAKYoBADxKAQAPCkEAIcpBADSKQQAhlIJANFSCQC5MAcAcXoFALx6BQAHewUAi00JAOpQAQA1UQEAT4kJAD6KCgCJigoAQRcCAFVJBwCgSQcA03cAAB54AACaiQkAcpwAAHKcAAD1ggAA9YIAANfMAQCGyQoAS2AJANfMAQDtXAEAVUkHAKBJBwDTdwAAu/MFAMy5AQCLTQkA/R8BAEggAQDZOgoAJDsKAG87CgC6OwoABTwKAHF6BQBHIgAAzLkBAEV+AACQfgAAv+sJAArsCQBV7AkAoOwJAOvsCQA27QkAyQAJALewAQBa/gEAIZ4EAPWCAACZDAAAzLkBAHF6BQBHIgAAzLkBAEV+AACQfgAAv+sJAArsCQBV7AkAoOwJAOvsCQA27QkAyQAJALewAQBa/gEAYxUAAK4VAACAtgUA9YIAAClAAABK8AEAlfABAODwAQAQ7wAAzLkBAHF6BQDXzAEAs4cBAAdPBADLIAUAKUAAAMy5AQDrVgkANlcJAIFXCQDMVwkAyQAJABQBCQD5FQAAS2AJAOj3AQAz+AEAfvgBAMn4AQAU+QEAX/kBAKr5AQB5FwYA9YIAAEciAADY5AYALEIKAPWCAAB5FwYAzLkBANr3AADZIAYAKUAAAHRAAAARiwkAeRcGAMy5AQB7TAsAeRcGAMy5AQDt4AQAcXoFALx6BQApQAAAIZ4EAHF6BQDhUwcAeHYCAEV+AACQfgAAjb0AANi9AABu6gEAtdYKAGLZAABSrAEA7eAEADjhBABxegUA4VMHAMy5AQBLYAkA1ugEAO3gBABjFQAArhUAAIC2BQD1ggAA7eAEADjhBAAsWQIAd1kCAMJZAgANWgIAmdYIAOTWCACAUQEAcXoFAAZZCgCbCAIAjb0AAOpQAQC+iAQAdEAAAKMcBACTvggAKUAAAHRAAAAkWgkArtcBAPnXAQBE2AEAj9gBANrYAQAXugEAYroBAFBtBgCZDAAAyQAJAI+5AgBLYAkA97IKAEKzCgCNswoA2LMKACO0CgA1UQEAWMQBAHh2AgBYxAEAWMQBACPqAQBX8gEAWMQBAARdCADo9wEA02AIAPWCAABAgwAAqs0AAM9bAgBLAAAAh0MIANJDCAApQAAA0yIKAB4jCgBfLQoAqi0KAEmdCgCUnQoA350KACqeCgCZDAAAzLkBABe6AQBiugEArboBAPi6AQBVSQcAoEkHAJkMAAAWhgkA7VwBAClAAADMuQEAT4kJAJqJCQBJnQoAlJ0KAN+dCgAqngoAT4kJAPQaAAA1GwoAgBsKAMsbCgDMuQEAcXoFAIgiCgDTIgoATx8KAJofCgDlHwoAMCAKAHsgCgDGIAoAzLkBAHF6BQDtXAEA7VwBAHtMCwDLIAUAKUAAACGeBAA1UQEA4QAAAK6hCgCZDAAAzLkBAJ8aCgDqGgoAAAAAAJ8aCgApQAAARX4AAEsAAABynAAAvZwAAAsgAgBWIAIAoSACANr3AAAl+AAAr7EIAPqxCABFsggAkLIIANN3AABBFwIAeRcGAMjWBgCNvQAAYxUAAHKcAAC9nAAACyACAFYgAgChIAIAKUAAANNgCABxlAkAAAAAAAAAAAAAAAAAWygEAKYoBADxKAQADCYKAFcmCgCiJgoAmQwAAOQMAADtXAEAe0wLAO/hAQDtXAEAOF0BAKIHCwA1UQEARyIAAI29AAAY1wEAQRcCAF8OCwBAgwAAqs0AAM9bAgB5FwYA9YIAANfMAQAizQEAVOYBAKMcBAB6bQkAxW0JAE+JCQCaiQkA6lABAL6IBADTYAgAcZQJAHh2AgCIIgoA0yIKAB4jCgBfLQoAqi0KAPUtCgBALgoAiy4KABe6AQBiugEArboBAPi6AQDuhgMAOYcDAISHAwCoxwgAk74IAJ8ABgDI1gYAC2YHAClAAADMuQEAAAAAAPWCAABAgwAAqs0AAPXNAAAAAAAAAAAAAAAAAADrNwoAF7oBANjkBgAj5QYAbuUGAClAAADTYAgAcZQJALyUCQC8egUAB3sFAN3ABwApQAAASvABAHF6BQDhUwcAzLkBAE+JCQD0GgAANRsKAIAbCgDLGwoAJdkBANN3AABQbQYAm20GAOZtBgBbKAQA12ICACEDCQBsAwkA18wBANN3AAAeeAAANVEBAI+5AgDLEwMAW9ABAOctCQB5FwYAzLkBAJnWCADk1ggAAAAAAAAAAAAAAAAA18wBAIbJCgBHIgAAEl0JACPqAQBX8gEAS2AJAFBtBgCbbQYANAgAAH8IAADrVgkAEYsJAFyLCQDTdwAARyIAAClAAADTYAgAlzIJAMy5AQBLYAkAUG0GAJttBgA0CAAAfwgAAOtWCQARiwkAXIsJAI2mCADTdwAAHngAAEZYBwA0CAAAfwgAAOtWCQARiwkAXIsJAI2mCADTdwAAHngAAEZYBwA0CAAAfwgAAOtWCQARiwkAXIsJAMFoAwA1UQEA5VUBADVRAQCwwQYAtLkKAP+5CgBKugoAlboKAAAAAAAXugEAYroBAK26AQAqUwoAdVMKAMy5AQCIIgoA0yIKAB4jCgBEDAoAUAgCAAAAAADMuQEAiCIKANMiCgAeIwoARAwKAE+JCQCaiQkA6lABAL6IBADTYAgAcZQJAItNCQDWTQkA3RgKABe6AQBiugEArboBAFsoBADXYgIAImMCAHKcAAD1ggAAmm8FAO1cAQB7TAsAeRcGAFiOCgCjjgoA7o4KADmPCgCEjwoAFugBAHkXBgDI1gYAhlIJAM9wCwAacQsAbuoBAOj3AQAhngQAcXoFAOFTBwAl2QEA2vcAAJkMAAAAAAAAzLkBAIgiCgDTIgoAHiMKAEQMCgCLTQkA1k0JAN0YCgAXugEAYroBAK26AQBPiQkAmokJAOpQAQC+iAQA02AIAHGUCQDv4QEAzLkBAFVJBwCTvggAWygEAKYoBADxKAQAyQAJANv1AQAm9gEAAAAAAP9uCgBKbwoAF7oBAGK6AQCtugEA5CEJAItNCQDWTQkA3RgKAHh2AgAGOgsAWI4KAKOOCgDujgoAeHYCAI2mCACabwUA5W8FALXWCgAAOQMA9BoAAHkXBgB4dgIA6lABADVRAQBHIgAAEl0JAM9bAgA3bAIAgmwCAIgiCgDTIgoAHiMKAEQMCgCPDAoAVUkHAJO+CADevggAF7oBAGK6AQCtugEAjTwJANg8CQD3OwkAjaYIAECDAACqzQAAz1sCAEI8CQD4ugEA7oYDADmHAwCEhwMAh44IAIO9CgAT0gsAXtILAKnSCwD00gsAi00JAO1cAQB7TAsA03cAAHJ9AQD0GgAAVUkHAKBJBwDrSQcA7fIBAP9uCgA6lwEAhZcBAMJ4AQBGWAcA5y0JAJpvBQAY1wEAQRcCAGMVAACPuQIANVEBAFjEAQA3bAIAgmwCAIgiCgDTIgoAHiMKAEQMCgCPDAoAVUkHAJO+CADevggApCwCAO8sAgCatQoAeRcGAMQXBgBBFwIAeRcGACXZAQBxegUAC2YHAPWCAABAgwAAqs0AAM9bAgBEogoAj6IKANqiCgAlowoAcKMKAHCOAQC7jgEA7VwBAHtMCwApQAAA02AIAIgiCgDTdwAAcn0BAESiCgDqUAEAVz0CAHkXBgDMuQEAF7oBAGK6AQCtugEA+LoBAE+JCQCaiQkAcpwAAHKcAAD1ggAAmQwAADl6AQBHIgAAVEYLAGc0CgCyNAoA/TQKAEg1CgCTNQoA/24KAEpvCgCVbwoAPooKALiXCgADmAoATpgKAJmYCgApNgoAdDYKAL82CgDMuQEAzLkBAHh2AgDa9wAA2vcAAK4vBABBFwIAJFoJAMy5AQAUrgEAX64BAKquAQD1rgEAQK8BAIuvAQBjFQAA9YIAAClAAAAIfgEAeRcGAFAIAgC7LAkASwAAAEsAAACwwQYAeRcGAClAAADTdwAAUG0GAMy5AQCIIgoA0yIKAB4jCgBEDAoAk74IAN6+CADMuQEAF7oBAGK6AQCtugEA+LoBAE+JCQCaiQkAcpwAAHKcAAD1ggAAmQwAADl6AQBHIgAAVEYLAECDAABX8gEAjb0AABjXAQByfQEA9YIAAECDAABX8gEAS2AJAPeyCgBCswoAjbMKANizCgAjtAoAbrQKALm0CgAEtQoAeHYCABe6AQBiugEArboBAI08CQDYPAkAjaYIAECDAACqzQAAz1sCAHJ9AQC9fQEACH4BAFN+AQCefgEA6X4BADR/AQCZDAAArtcBAGMVAADMuQEAjaYIAECDAACqzQAAz1sCAGfPBQCyzwUA/c8FAEjQBQCT0AUA3tAFACnRBQB00QUAYxUAAHkXBgBuMAcANVEBAFjEAQB4dgIAjaYIAIO9CgDOvQoAGb4KAGS+CgCvvgoAmQwAAGorAQDTdwAAoQ4FAEsAAADtXAEAYtkAAGAeCQCrHgkA9h4JAJX4CADg+AgA9zsJAPWCAABAgwAAqs0AAM9bAgBCPAkAKUAAAErwAQCV8AEA4PABAPEECgB5FwYA9YIAAPEECgAQ7wAA9YIAAECDAACqzQAAJdkBAHDZAQC72QEABtoBAFHaAQAl2QEARyIAAKuAAQD2gAEAlfgIAOD4CACu1wEA9YIAANN3AACatQoAcpwAACPqAQBX8gEA03cAAOj3AQAhngQAcXoFAOFTBwD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAD9mAADo9wEAIZ4EAMsTAwBHIgAA2OQGAPWCAAB5FwYAeRcGAPWCAABLAAAAsMEGALS5CgD/uQoA9YIAAGMVAABynAAAJFoJAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEASwAAAEsAAADtXAEAwWgDAHKcAADXYgIA6PcBACGeBABxegUA4VMHAHKcAAAljgEA+FACAILrCgDTYAgAaisBACkKCQB0CgkAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAGMVAACuFQAAgLYFAClAAACjHAQAem0JADQVAgCZDAAA5VUBAPWCAABjFQAAKUAAAHKcAAAljgEA+FACAPb3AgBB+AIAjPgCANf4AgAi+QIAbfkCALj5AgCtqAQA+KgEAEOpBACOqQQA2akEACSqBABvqgQAuqoEAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEA02AIAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQApQAAA03cAAOpQAQA1UQEA9YIAAECDAADtXAEA03cAAMivAACQfgAA/0IJAEZYBwDnLQkAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAMFoAwA1UQEAj7kCAL6IBAAhngQA03cAAFBtBgDBaAMAagwCANN3AADo9wEAIZ4EAHF6BQDhUwcA9YIAAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQDo9wEA03cAANN3AAAeeAAAaXgAALR4AAD/eAAASnkAACPqAQBX8gEAmQwAAOQMAAALZgcAI+oBAHKcAAD1ggAARyIAAKuAAQD2gAEAlfgIAOD4CAD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAFjEAQAuJAgAeSQIALOHAQB5FwYA18wBAHKcAABynAAAJY4BAPhQAgD29wIAQfgCAIz4AgDX+AIAIvkCAG35AgC4+QIAragEAPioBABDqQQAjqkEANmpBAAkqgQAb6oEALqqBADqUAEAVz0CAKI9AgDtPQIAOD4CAIM+AgDOPgIAmQwAAKQsAgDvLAIA6PcBANNgCAD1ggAAaisBALUrAQAALAEASywBAJYsAQDhLAEALC0BAHctAQB5UAkAxFAJAPWCAABqKwEAE9ILAF7SCwCp0gsA9NILAD/TCwCK0wsA1dMLAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAHlQCQDEUAkAcpwAACWOAQBwjgEAu44BAO1cAQB7TAsAKUAAACGeBABxegUA4VMHAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAHlQCQDEUAkAIZ4EAGyeBAC3ngQAAp8EAE2fBACYnwQA458EAN6fCQApoAkAdKAJAL+gCQAKoQkAVaEJAKChCQB3LQEAeVAJAMRQCQBFfgAAkH4AAP9CCQBGWAcA5y0JAMsgBQBQCAIAmwgCAHkXBgBuMAcAcXoFAPWCAABqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAHlQCQDEUAkAmQwAACsdAwB2HQMAe0wLAGorAQC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAeVAJAMRQCQAAOQMASzkDAJY5AwDhOQMALDoDAHc6AwDCOgMADTsDAFg7AwCjOwMA7jsDAHctAQB5UAkAxFAJAEciAADtXAEAJFoJAI29AAAY1wEAJFoJAJkMAAArHQMAdh0DAHtMCwBqKwEAtSsBAAAsAQBLLAEAliwBAOEsAQAsLQEAdy0BAHlQCQDEUAkACEADAFNAAwCeQAMA6UADAHh2AgCNpggAg70KAEO7AQCOuwEA2bsBACS8AQBvvAEAAAAAAMy5AQBVSQcAoEkHAGspAgDcsAkAJ7EJAHKxCQC9sQkAT4kJAGMVAADb9QEAtdYKAAA5AwBb0AEAptABAE+JCQBjFQAA2/UBALXWCgAAOQMAW9ABAKbQAQCNpggAg70KAEO7AQCOuwEA2bsBACS8AQBvvAEA/24KAEtgCQAeeAAAdjcHAEV+AADTdwAAS2AJAB54AAB2NwcARX4AANN3AABQbQYAzLkBAP9uCgBWNQsAoTULAOw1CwA3NgsAgjYLAM02CwAYNwsARX4AAO1cAQDtXAEAzLkBAIZSCQDRUgkAHFMJAGdTCQAduwkARyIAAJIiAABAgwAAtE8LADVRAQBYxAEAzLkBAJnWCAC+iAQA02AIAB5hCACZDAAA9YIAAEciAAApQAAAzLkBAFsoBACmKAQA8SgEAILrCgDN6woAGOwKAGPsCgDqUAEAWMQBAEZYBwCRWAcAzLkBAFsoBACmKAQA8SgEAILrCgDN6woAGOwKAGPsCgDIrwAAmQwAAPQaAAB5FwYAzLkBANfMAQAkWgkAeHYCADqXAQBWNQsA2KYIAHkXBgDMuQEAcXoFAEciAADMuQEAmdYIAOTWCABjFQAA9YIAAECDAADMuQEAjaYIAIO9CgC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAT4kJAD6KCgCJigoAOi0CAIUtAgDMuQEAiCIKAKMcBAB6bQkAxW0JABBuCQD/bgoASm8KAEtgCQDXzAEAcXoFACxZAgDrlAcAjaYIAIO9CgC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAjb0AABjXAQByfQEAzLkBAIgiCgB0QAAAv0AAAAzTAgDRUgkAI+oBAFfyAQBrKQIAKUAAAMy5AQBbKAQA12ICADhTCwCDUwsAzlMLAHF6BQBHIgAAzLkBAIgiCgB0QAAAv0AAABe6AQASXQkA7VwBAO1cAQA4XQEAjb0AAOpQAQA1UQEAWMQBAMy5AQCNpggAg70KALUrAQAALAEASywBAJYsAQDhLAEALC0BAEV+AAAj6gEAtE8LADVRAQBYxAEAzLkBAOtWCQA2VwkAmrUKAHkXBgDtXAEAwWgDADVRAQBYxAEAzLkBAHF6BQBHIgAAzLkBAIgiCgB0QAAAv0AAABxgCwBnYAsAsmALAP1gCwBIYQsAk2ELAN5hCwApYgsAdGILAL9iCwAKYwsAVWMLAKBjCwCu1wEA+dcBAGatCgCatQoArhUAAMQcAQB0QAAAv0AAAA6rCgDMuQEAjaYIAIO9CgC1KwEAACwBAEssAQCWLAEA4SwBACwtAQB3LQEAcXoFAHKcAABynAAAavoEALX6BAAA+wQAS/sEANhBBAAAAAAAzLkBAMkACQAcqwsAZ6sLALKrCwCZ1ggA5NYIABuOCwBmjgsAsY4LAPyOCwBHjwsAS2AJALvzBQB5FwYAJFoJANN3AABBFwIAYxUAAMy5AQBLYAkAu/MFAHkXBgCLTQkAYxUAAByrCwBnqwsAsqsLAJnWCADk1ggAG44LAGaOCwCxjgsA/I4LAEePCwBLYAkAu/MFAHkXBgCZDAAApCwCAO8sAgBQbQYAm20GAFjEAQAuJAgA2vcAAMy5AQCZ1ggA5NYIABuOCwBmjgsAsY4LAPyOCwBHjwsA18wBACLNAQCkGgUAv+sJAO1cAQB7TAsAmdYIAOTWCAAbjgsAZo4LALGOCwD8jgsAo8QBAMy5AQBYxAEALiQIAHkkCADJAAkAHKsLAGerCwCyqwsAmdYIAOTWCAAbjgsAZo4LALGOCwD8jgsAR48LAEsAAAD9HwEASCABACxZAgDqUAEAeRcGAPWCAABAgwAANB0JAKQsAgCjHAQAem0JAOj3AQDTYAgAWMQBACRaCQB4dgIACEADAFNAAwCeQAMA6UADAI29AADqUAEAvogEAHRAAADMuQEAjaYIAIO9CgC1KwEAACwBAEssAQCWLAEA4SwBACwtAQC+ewIA+zgIAB4jCgCBOAoAYroBAK26AQD4ugEArtcBAPnXAQCIIgoAFugBAB+qCQBVSQcAoEkHAECDAACTvggA3r4IAMy5AQCLTQkA1k0JAN0YCgBLAAAA2vcAAMy5AQCNpggAQIMAAKrNAAAAAAAAz1sCAM+PCgCE0gMAri8EAJq1CgB5FwYAzLkBABe6AQBiugEArboBAPi6AQCNvQAA6lABAL6IBAB0QAAAzLkBAI2mCACDvQoA/IEJAEeCCQAJiQQAWygEAKYoBAD1wwoAr0cJAPpHCQD6RwkAy2YKAMJ4AQA/bgcAim4HANVuBwAzdwoAfncKAEsAAAD9HwEASCABAFl/CQCkfwkA738JADqACQDMuQEAWygEAKYoBADPjwoAGpAKAGWQCgCwkAoA+5AKAEaRCgDBaAMAHbsJAGi7CQDLIAUAJFoJAHKcAAC9nAAAWMQBAKPEAQDTdwAAdEAAAL9AAAAOqwoAWasKAEtgCQCWYAkA4WAJAIgiCgDTIgoAHiMKAIE4CgBiugEArboBAI08CQDYPAkAFugBAB+qCQBPiQkA9BoAAPWCAACIIgoAdEAAAL9AAAAXugEAVEYLAJ9GCwDqRgsANUcLAE+JCQA+igoAiYoKADotAgCFLQIAzLkBAIgiCgCjHAQAem0JAMVtCQBVSQcAoEkHAP9uCgAj6gEAk74IAN6+CADMuQEA2vcAAK4vBAAsWQIA65QHABJdCQAj6gEAzLkBANr3AAAl+AAAI+oBAFfyAQCZ1ggA5NYIAEciAAASXQkAI+oBANr3AACuLwQA6PcBACGeBABxegUA9YIAAMsgBQBq+gQAKUAAACGeBABxegUA4VMHAMy5AQAXugEAYroBAK26AQD4ugEAF7oBABJdCQAj6gEAzLkBAIgiCgDTdwAAcn0BAHRAAAC/QAAADqsKAFmrCgCkqwoAhawKANCsCgAbrQoAF7oBAGK6AQCtugEAKlMKAHVTCgDMuQEAiCIKANMiCgAeIwoAG3kCAJRKAwA4+wgAg/sIAM77CAAZ/AgAZPwIAK/8CAD6/AgARf0IANAOAwAbDwMAz48KABqQCgCHZwIA0mcCAHtMCwC9fQEA2fwLACT9CwCkLAIAJFoJACRaCQCEegEAlyAMAET6DAB5FwYAyTYAAG/9CwC6/QsAlyAMAErmCwCBQgAAUzYNAET6DAB5FwYARPoMAET6DAB5FwYAlyAMACr2DABE+gwAUzYNAFjEAQA/GwAAEO8AAFM2DQAQ7wAA5xsMAOcbDAB5FwYA9YIAACAcAAAQ7wAAXrAAANhBBACa4QsAmuELAET6DADYQQQARPoMADUbCgCoAAwA8wAMAPljDADZ/AsAJP0LAFM2DQBTNg0ANAgAAJcgDACoAAwA8wAMABDvAABI9wsA69oMADbbDABKMQwAWMQBAOcbDAAgHwwAax8MANn8CwAk/QsAQygNAB+YDADa9wAAQygNAOcbDABi+wsA5xsMAOFTBwD5YwwAlyAMACWwDABE+gwANAgAADQIAACeCgwA6QoMADQLDABTNg0AmQwAAHkXBgBGWAcAeRcGAJ4KDADpCgwAcTcMABDvAACeCgwA6QoMAHE3DAA/GwAA2fwLACT9CwBx9gEAzLkBADYMCQCXIAwAeHYCAClAAADnGwwAVz0CAHkXBgCXIAwAT+sBAKgADADzAAwA5xsMABIADABdAAwAqAAMAIPKDACoAAwAg8oMAOcbDAADDwwAfwsMAMoLDABI9wsAfwsMAAAAAADMuQEAngoMAOkKDACeCgwA6QoMAJ4KDADpCgwAPgEMAPljDACyIg0A/SINAO/hAQASAAwASPcLAKgADADzAAwA7+EBAHkXBgDMuQEAUzYNAMy5AQApJA0AhAYMAOcbDACXIAwAlyAMALWDAwC1gwMAtYMDAHh2AgBQbQYAhskKABhoBwCGyQoAY+wKAGPsCgApQAAAIrYJAOPTDABi2QAAmQwAAJkMAAAdEwwAjb0AAGLZAADnGwwAmQwAAI29AADnGwwA5xsMAOcbDADnGwwA5xsMAEj3CwBI9wsA5xsMAOcbDADnGwwA5xsMAOcbDADnGwwASPcLAEj3CwBI9wsA5xsMAOcbDADnGwwASPcLAEj3CwBjGAwASPcLAEj3CwDnGwwAI+oBAD9uBwDMuQEAmQwAAJkMAADnGwwA5xsMAO1cAQDnGwwAngoMAOkKDAB4dgIAlyAMAFM2DQCZDAAA9B0MAMy5AQCB7QkA9BoAACRaCQBGWAcAYxUAAHkXBgBUwgcAeRcGAAXfDACXIAwAKxMNAOcbDACZDAAAyhUCAI29AACNvQAAjb0AAFM2DQCNvQAAZPQBAM34DAA88wwAh/MMAGYkDABTNg0ASwAAAGMVAAD1ggAASuYLACRaCQBKxwwASwAAAM34DAA0CAAANAgAADQIAABYmwwAlyAMAErmCwCkLAIAJFoJAG4rDAA1EwMAh/0CAKGsDABdMQgAnjYNALvzBQBI9wsA69oMADbbDADk+gIAngoMAOkKDABxNwwAvDcMAEj3CwBTNg0A/ioEAN9fDABI9wsA5xsMAOcbDACeCgwA6QoMAOcbDAAgHwwAax8MAOQMAACXIAwASuYLAFM2DQDMuQEAlyAMAOcbDAAgHwwAax8MAMy5AQAdKgQAc7wMAO3gBABTNg0AmJ8EAFM2DQDN/QcA+EYMAJcgDAArMgwAKUAAAFM2DQCkLAIAe0wLAJcgDAAq9gwAYtkAAHO8DACeNg0A5xsMACAfDACeNg0A5xsMAN9fDACQsggA6Z0AAEj3CwDr2gwANtsMAJ4KDADw1QwAnxoKAHO8DABK5gsAmQwAABDvAABFNgwAPpcMAClAAAApQAAASPcLAOvaDAA22wwAKzIMAClAAAApQAAAKUAAAClAAABDKA0AQPALABxBDAAfqgkArUYMAJcgDADnGwwAIB8MAGsfDABK5gsAvogEAJ42DQDnGwwAnjYNAOcbDADcUwwAJ1QMAHJUDAD1ggAAHjAMAGkwDAC0MAwA/zAMALCdDADcUwwAJ1QMAHJUDABA8AsA+eQDAEj3CwDr2gwANtsMACsyDAD5SQgAUzYNAKQsAgAkWgkAUzYNAHO8DABK5gsAtYMDAAP6AgDTYAgA5xsMACAfDABrHwwA+EYMACAcAABI9wsA69oMADbbDABTNg0AeHYCACsyDAAxTwcAKUAAAClAAABlUgwAsFIMAPtSDACYnwQAZVIMAOcbDADu5gwASPcLAJ42DQDnGwwAIB8MAJ42DQB7TAsAzLkBAMy5AQDnGwwAIB8MAGsfDADFCAUAlyAMACr2DABTNg0A810JAJcgDABTNg0AXsoEAOcbDABI9wsAnjYNAKgADADzAAwAeRcGACyaDADcUwwAJ1QMAHJUDADnGwwAIB8MAGsfDABuKwwApCwCAHtMCwDnGwwA7ZAJAFM2DQB7TAsAzLkBAGTLDAB5FwYALFkCAOcbDAAgHwwAax8MAEDwCwAQ7wAAlyAMAFM2DQAW6AEASuYLADQdCQBI9wsA5xsMAEj3CwDnGwwAnjYNAJ42DQCeNg0A5xsMAOcbDADnGwwAIB8MAGsfDADnGwwAfRwMAJk7DQCXIAwAmTsNAGVSDADnGwwASPcLAOvaDAA22wwASPcLAOvaDAA22wwAUzYNAFDfDACXMgkAUzYNAHtMCwBTNg0AGQ4GAErmCwDMuQEA2EEEABDvAABTNg0AUzYNAKQsAgBTNg0ApCwCAFM2DQCkLAIAnjYNAOcbDAAgHwwAax8MAHtMCwDnGwwAIB8MAGsfDACXIAwAAAAAACr2DAAfqgkASPcLAOvaDAA22wwAOyENAFM2DQDN+AwAKUAAAOcbDAAgHwwAax8MAJcgDACXIAwA5xsMACAfDABrHwwAu/MFAI7dDADZ3QwAcTcMACRaCQB7TAsAlyAMAFM2DQBKxwwA98QHAEDwCwBTNg0A4VMHAPljDACeCgwA6QoMAKgADADzAAwASPcLAOvaDAA22wwAKUAAAJcgDABTNg0AuPkCAOcbDADnGwwAIB8MAGsfDAB5FwYAIBwAAOcbDADnGwwAIB8MAGsfDADmKg0AAAAAAEj3CwDr2gwANtsMAJcgDAArMgwASuYLAJcgDAAnWQcAc7wMAErmCwBw+AAAAAAAAFM2DQBzvAwASuYLAHD4AABNiAwASPcLAOvaDAA22wwAJN4MAH0cDABTNg0A4VMHAOcbDAAgHwwAax8MAFM2DQAkWgkANb4MAMy5AQBikQwA5xsMAGLZAAA7+gYAKUAAACsTDQAkWgkA2EEEAFM2DQBAgwAA+ssMAClAAACUXwwAzLkBAMy5AQCXIAwAcTcMABDvAABDKA0A+WMMAMy5AQAfmAwAvogEACsyDACUXwwANVEBAHkXBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfmAwAEO8AAFM2DQDN+AwAc7wMAHkXBgDnGwwA318MAN9fDADnGwwAfRwMADdsAgBqLg0A69oMADbbDAArMgwA5xsMAH0cDAC1gwMASPcLALWDAwD1ggAAKUAAAAb0BQBTNg0A03cAAAb0BQCeNg0Aq6IMAJRfDACeCgwA6QoMAD4BDAArMgwATYgMAFM2DQAkWgkAmIgMAOcbDABTNg0AuPkCAMy5AQCXIAwAuPkCAOcbDAAgHwwAax8MAIeoDADSqAwAtYMDALWDAwBTNg0AuPkCALj5AgAdKgQAZMsMAErmCwAAAAAAUzYNAFM2DQD1ggAAUN8MAMy5AQBTNg0AJbAMADQIAACycggAWMQBAKmzDAD0swwASwAAAEsAAACYnwQAlyAMAMy5AQBTNg0AUzYNAGMVAABI9wsA69oMADbbDACmXAwA810JAOcbDAAgHwwAax8MAP9uCgCeCgwA8NUMAM7KDAAlsAwA4VMHACWwDAAlsAwAeRcGAGMVAACeCgwA8NUMAOkKDABI9wsAlyAMACWwDABwsAwAu7AMADq5DADe2AwA5xsMALj5AgCXIAwAl3AHAL52BwAAAAAAz5wMABqdDAAAAAAAAAAAANN/BwDKTgUA810JAJcgDABTNg0AUzYNAPrLDAApQAAAlyAMAFM2DQBDKA0AlyAMABDvAADnGwwAIB8MAGsfDABTNg0AzLkBAFM2DQDMuQEA5xsMACAfDABrHwwAUzYNABDvAABTNg0AEO8AAMy5AQBTNg0ANAgAAFM2DQA0CAAAUzYNAEMoDQAQ7wAASuYLAJkMAACZDAAASuYLAHtMCwBQ3wwAeHYCAEj3CwDr2gwANtsMAOcbDAAgHwwAax8MAMy5AQBX8gEAUzYNAMy5AQBTNg0AlyAMAL68DADMuQEAzLkBANhBBAA2lQcAlyAMADQIAABTNg0AUzYNAMy5AQCoAAwA8wAMAHE3DABDKA0AR4IJAJcgDAApQAAALFkCAClAAADnGwwAIB8MAGsfDACXIAwAAtMMAHkXBgAkWgkAOoAJAHh2AgBhCg0A8NUMAIyBAQDMuQEAAAAAAAAAAACDygwAi9EMANbRDAAh0gwAUzYNAOcbDAAgHwwAax8MAMy5AQA0CAAAtYMDALWDAwBi2QAAzLkBAEj3CwDMuQEAlyAMAHh2AgCXIAwALcECAM34DADN+AwA/24KAJcgDABTNg0AzLkBAJ4KDADpCgwA5xsMACAfDABrHwwA5xsMAMy5AQB5FwYAUzYNAHkXBgBs0gwArioJAOFTBwA0CAAAAIQDAOgZDQBAxAoAYtkAAFM2DQCoAAwA8wAMAI2HCQBhCg0AL9cIAMy5AQCW5AwAzLkBAC/XCACc/AwALOUMABejCQA6lwEASPcLAOvaDAA22wwAzLkBAFM2DQBTNg0A5xsMAKQsAgCkLAIA5xsMAOcbDAB5FwYADQUMAFgFDADc6QwAEBEMAEj3CwDnGwwAfRwMAO7EAQBLYAkAOXoBAH8LDABI9wsA2rkCADqXAQAdKgQABDEHAFJ7BQBYxAEAKUAAAEZYBwB5FwYAUzYNAHtMCwCFBA0Age0JAKX+AQCB7QkApf4BAPX5AQDt4AQAnjYNAFhaAgBTNg0ANAgAAMy5AQBbEQwA9BoAANq5AgApJA0AzLkBAJcgDADnGwwAN2wCAJz8DAAs5QwAdZ4KAJ4KDADpCgwAdZ4KAMy5AQBHIgAARyIAAFjEAQAl2QEAmuELANr6DADqGgoA8QQKACr2DADMuQEAUzYNAMy5AQC8lAkAzLkBAMy5AQDMuQEA7SYKAINdAQASXQkAYxUAAOcbDABYxAEAEG4JAJcgDADMuQEAzLkBAJz8DAAs5QwAUzYNAJ4KDADpCgwAcTcMAN6+CADMuQEAzLkBAMy5AQA2OAoAmQwAACzlDADMuQEAzsoMAFAIAgAv1wgAzLkBAMy5AQDMuQEAUzYNAKeLCQCniwkAp4sJAKeLCQBYxAEAWMQBAOC6CgDMuQEAngoMAAkIDQCc/AwAeHYCAMy5AQCc/AwAjwwKAMy5AQBE+gwAIAANAJ4KDABrAA0AzLkBAJ0ZDQDjHg0AzLkBAMy5AQCc/AwAjwwKAET6DAAgAA0AngoMAGsADQDMuQEAEWwKAN6+CACC6woAcfYBAEMoDQCeCgwAX9AMAET6DACXIAwAlyAMAFM2DQCXIAwAN2wCAOcbDACc/AwAeHYCAJ4KDADw1QwAbB0NAOcbDAB4dgIA6QoMAHE3DADTYAgAUzYNADjzAQBLAAAAnPwMAHh2AgApQAAA5xsMAPmhCgC7owoAeRcGAMy5AQCeCgwA6QoMAJ9GCwCVbwoAeHYCAHh2AgDCeAEAwngBAMJ4AQDCeAEAeHYCAJcgDADCeAEAzLkBAMy5AQDMuQEAAAAAAAAAAACc/AwAeHYCAJ4KDADpCgwAn0YLAFM2DQDMuQEAUzYNACkkDQCXIAwAngoMAPDVDAAl+wwA5xsMACAfDAASAAwA+dcBANr6DAC/JA0ACiUNAFUlDQCgJQ0A5xsMAH0cDAC/0QUAlyAMAPgnDQB4dgIAe0wLAMy5AQDozgwAg8oMAJ8aCgDnGwwAnxoKABDvAAAq9gwAEO8AACr2DACoAAwAg8oMABDvAACXIAwAlyAMAPnXAQBI9wsASPcLAEj3CwDcUwwASPcLAEj3CwBI9wsASPcLAKgADACDygwASPcLANxTDABI9wsAzNsMAEj3CwDM2wwASPcLAMzbDADu5gwAzNsMAEj3CwDM2wwASPcLAMzbDADyLgwAzNsMAEj3CwDM2wwAHjAMAGkwDAA0CwwAzLkBAMy5AQB4dgIAlyAMAH8LDAAn6gwAKUAAAClAAAB/CwwAygsMAEMoDQBQbQYAQygNADQ3DQB4dgIAeHYCAJkMAACZDAAAviYMAJcgDACFlwEASPcLAFM2DQCVbwoAUzYNAEj3CwBK5gsAUzYNAErmCwBI9wsA69oMAErmCwAQPQ0AWz0NAEj3CwB4dgIAzLkBAKFCDQDMuQEAzLkBAMy5AQChQg0AzLkBAOZtBgChQg0AUzYNAEePCwDMuQEAzLkBAKFCDQCXIAwAHjAMAGkwDAC0MAwASPcLAHctAQCc/AwALOUMAJ4KDADpCgwARPoMACAADQDMuQEA5xsMAH0cDACeCgwA6QoMAHE3DABAxAoARUgJAAwUDQDoGQ0Ae0wLAFM2DQBQbQYAOyENAObfDACc/AwALOUMAJ4KDADw1QwA9zsJAFM2DQBK5gsAEG4JAGMVAABTNg0A4VMHAJ4KDADpCgwAcTcMAESiCgA7IQ0A0SENAJ4KDAAJCA0AnPwMAEQMCgBTNg0A","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIABAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAAAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAwAAAAEAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAEAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAAAAgAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAIAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAABAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAAAIAAAAANQAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAIAAQAAAAAABAAACAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAABAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAACAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAACAAABAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAIAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAACAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACIAAAAANAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAgAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAiAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAMAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAANAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAEAAAAAAAAAAAAAwAAAAAwAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAgAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAA"},"index":{"lists":[[],[1,2,4,7,22,23,24,25,28,29,30,31,34,35,36,37,38,39,41,42,43,44,45,46,47,48,52,53,55,56,74,77,78,80,90,91,92,93,102,111,113,116,119,120,127,129,130,131,132,134,136,137,140,141,142,143,154],[1,2,4,7,22,23,24,25,28,29,30,31,34,35,36,37,38,39,41,42,43,44,45,46,47,48,51,52,53,55,56,74,77,78,80,90,91,92,93,102,111,113,116,119,120,127,129,130,131,132,134,136,137,140,141,142,143,154],[50,115,160],[65,66,67,146,147,148,149,150,151,152],[137,153],[55,56,72,73,137,142,143],[65,66,67],[44,45,65,66,67,68,85,92,93,94,98,105,107,112,113,118,124,125,126,133,154],[17,18,54,97,108],[69,166],[6],[1,7,65,66,67,99,127,131,132,154],[9,65,66,67,71,127,131,132,154],[25,65,66,67,116,127,131,132,141,154],[65,66,67,127,131,132,145,154],[0,2,4,5,15,16,19,20,65,66,67,87,96,116,127,128,131,132,135,138,154,155,158,161,162,165,167],[3,8,10,15,19,20,27,30,31,40,58,59,65,66,67,70,75,78,81,87,95,101,103,104,109,116,122,127,131,132,154,163,168],[65,66,67,127,131,132,154],[65,66,67,127,131,132,154,159],[53,65,66,67,127,131,132,154,156,157],[48,57,65,66,67,89,127,131,132,154],[9,27,60,65,66,67,80,81,100,127,131,132,154],[4,21,65,66,67,127,131,132,154],[9,33,65,66,67,80,127,131,132,154],[11,12,26,37,65,66,67,76,82,83,84,86,88,106,110,111,121,123,127,131,132,139,144,154],[7,65,66,67,127,131,132,154],[9,65,66,67,127,131,132,154],[61,62,63,64,79,117,164],[13,14,65,66,67,127,131,132,154],[22],[23,24,28,29],[32,36],[35],[35,41],[41,47],[41],[46,52,134],[49,114],[134],[43],[43,119,120],[43,137],[43,55,56,137,142,143],[43,51,119,120],[38,39,42,43,44,45,92,93,102,113,119,120,154],[1,7,43,119,120,127,129,130,131,132,140,154],[43,119,120,127,129,130,131,132,154],[25,43,116,119,120,127,129,130,131,132,141,154],[2,4,43,116,119,120,127,129,130,131,132,136,154],[30,31,43,74,78,116,119,120,127,129,130,131,132,154],[43,53,119,120,127,129,130,131,132,154],[43,48,119,120,127,129,130,131,132,154],[43,80,119,120,127,129,130,131,132,154],[4,43,119,120,127,129,130,131,132,154],[43,74,77,80,119,120,127,129,130,131,132,154],[37,43,74,111,119,120,127,129,130,131,132,154],[7,43,119,120,127,129,130,131,132,154],[43,119,120,127,131,132,154],[22,43],[23,24,28,29,43],[36,43],[34,35,43],[35,43],[35,41,43],[41,43,47,91],[41,43],[43,46,52,134],[43,90,134],[43,91],[43,134]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,5,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,0,9,10,0,11,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,28,0,0,0,29,0,12,13,14,15,16,17,18,18,18,18,18,18,19,20,21,22,18,23,24,25,26,18,18,27,18,18,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,30],[9679,31],[9135,32],[215,33],[10095,33],[10003,34],[8595,33],[10004,35],[8730,36],[10006,37],[8505,38],[10008,39],[8617,0],[10007,39],[10060,39]],"plainDefault":0,"spaced":[40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,41,40,40,40,40,40,40,42,40,43,44,40,45,45,45,45,45,45,45,45,45,45,40,40,40,40,40,40,40,46,47,48,47,49,50,47,47,47,47,47,47,47,51,52,53,47,54,55,56,57,47,47,47,47,47,40,40,40,40,58,40,46,47,48,47,49,50,47,47,47,47,47,47,47,51,52,53,47,54,55,56,57,47,47,47,47,47,40,40,40,40,40],"spacedOther":[[160,40],[5760,40],[8192,40],[8193,40],[8194,40],[8195,40],[8196,40],[8197,40],[8198,40],[8199,40],[8200,40],[8201,40],[8202,40],[8232,40],[8233,40],[8239,40],[8287,40],[12288,40],[65279,40],[9676,59],[9679,60],[9135,61],[215,62],[10095,63],[10003,64],[8595,63],[10004,65],[8730,66],[10006,67],[8505,40],[10008,68],[8617,69],[10007,70],[10060,70]],"spacedDefault":40,"blank":40}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|BORK) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[],[13,14,15,17,18,19,20,22,23,24,25,26,28,29,30,31,32,33,34,36,37,39,40,52,53,54,55,60,61,62,63,71],[13,14,15,17,18,19,20,22,23,24,25,26,28,29,30,31,32,33,34,35,36,37,39,40,52,53,54,55,60,61,62,63,71],[35],[46,47,48],[39,40,50,51],[31,32,46,47,48,49,57,62,63,64,67,72],[8,9,38,67],[49],[46,47,48,68],[1,46,47,48,49],[6,7,10,11,46,47,48,59,66],[0,2,6,10,11,16,19,20,27,42,43,46,47,48,49,54,55,59,65,70,72],[46,47,48,59],[1,16,43,46,47,48,55,69],[12,46,47,48],[1,46,47,48,55],[3,16,24,46,47,48,55,56,58,59],[1,46,47,48],[44,45,54],[4,5,46,47,48],[15,46,47,48],[46,47,48,53],[37,46,47,48],[34,41,46,47,48],[21,46,47,48],[13],[14,15,17,18],[20,24],[23],[23,28],[28,34],[28],[33,36],[30],[30,35],[30,39,40],[25,26,29,30,31,32,62,63,71],[19,20,30,52,54,55],[30,55],[30,52,53,55],[24,30,52,55],[30,54],[15,30],[30,53],[30,37],[30,34],[13,30],[14,15,17,18,30],[20,24,30],[22,23,30],[23,30],[23,28,30],[28,30,34,61],[28,30],[30,33,36],[30,60],[30,61]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,0,0,0,0,0,5,4,0,6,6,6,6,6,6,6,6,6,6,0,0,0,7,8,0,0,9,10,4,4,11,12,4,4,4,4,4,4,4,4,13,14,4,15,16,17,4,4,4,18,4,4,19,0,0,0,20,0,4,4,21,4,4,22,4,4,4,4,4,4,4,23,24,4,4,4,25,22,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,26],[9679,27],[9135,28],[215,29],[10095,29],[10003,30],[8595,29],[10004,31],[8730,32],[10006,33],[8505,3],[10008,0],[8617,0]],"plainDefault":0,"spaced":[34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,34,35,34,34,34,34,34,34,34,34,34,36,35,34,37,37,37,37,37,37,37,37,37,37,34,34,34,34,34,34,34,34,34,34,34,34,38,34,34,34,34,34,34,34,34,34,39,34,34,40,41,34,34,34,34,34,34,42,34,34,34,34,34,34,34,43,34,34,44,34,34,34,34,34,34,34,45,46,34,34,34,34,44,34,34,34,34,34,34,34,34,34,34,34],"spacedOther":[[160,34],[5760,34],[8192,34],[8193,34],[8194,34],[8195,34],[8196,34],[8197,34],[8198,34],[8199,34],[8200,34],[8201,34],[8202,34],[8232,34],[8233,34],[8239,34],[8287,34],[12288,34],[65279,34],[9676,47],[9679,48],[9135,49],[215,50],[10095,51],[10003,52],[8595,51],[10004,53],[8730,54],[10006,55],[8505,35],[10008,56],[8617,57]],"spacedDefault":34,"blank":34}},"reported":{"key":"\\n/^Tests failed\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6],[7],[5,6,9,13,14,15],[1],[2,11],[0,3,4,12],[8],[10],[6],[4]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}- /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[9],[1,3,6,8,9,10],[6,9],[3,9],[6,7,9],[3,6,9],[5,6,9],[0,6,9],[0,4,6,9],[6,8,9],[2,6,9],[6,9,10],[9,10],[3,6,9,10],[1,6,9,10],[6,8,9,10]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,9,9,2,2,2,2,2,2,2,2,2,2,2,2,2,10,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,11,0,0,0,0,0,0,2,0,3,12,0,11,11,11,11,11,11,11,11,11,11,0,0,0,0,2,0,0,11,11,13,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,2,0,0,0,11,0,14,11,15,11,15,15,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
