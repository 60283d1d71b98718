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
} from "./chunk-SSJBVSZE.js";
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
} from "./chunk-EPN6GOLO.js";
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
} from "./chunk-L3IBHKIT.js";

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
var BUN = {
  id: "bun",
  markers: [
    { event: "start", pattern: /^\(fail\) (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/, afterOutput: true, closes: true },
    { event: "pass", pattern: /^\((?:pass|skip|todo)\) \S/, afterOutput: true },
    { event: "note", pattern: /^\s{0,8}\^ this test timed out after \d{1,9} ?ms\.?$/ },
    { event: "end", pattern: /^ \d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\(\) calls)\b|^Ran \d{1,6} tests? across \d{1,6} files?\./ }
  ],
  reportedFailures: /^ (\d{1,6}) fail$/
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
var DIALECTS = [PHPT, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, MOCHA, NODE_TEST, GOCHECK, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 231\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,45,47,197,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,342,344,345,346,347,348,349,350,353,354,355,357],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,94,10003,10004,8730,10006,8505,35,9762,9888,43,9654,65123,36],"words":6,"quiet":10593,"states":11892,"edges":"AAAAAAAAAAABAAAAUAAAAAIAAADQfwAAAwAAAHANAAAEAAAAMMoAAAUAAAAg3wUABgAAACALAgAHAAAAoIYGAAgAAACQ1wEACQAAALCGAAAKAAAAcEQAAAsAAADA5wcADAAAALCLAAANAAAA0BYAAA4AAACwZwEADwAAAOCmAAAQAAAAkCQAABEAAACAdAEAEgAAAMAIAAATAAAAEMsBABQAAABAFQoAFQAAAHD3AQAWAAAAYAgBABcAAADQ4gEAGAAAAAD5AQAZAAAA4OsBABoAAABgAgIAGwAAAJCBAgAcAAAA0KACAB0AAAAAAAAAHgAAAEBaCwAfAAAAAP8AACAAAABQKwIAIQAAAAAAAAAiAAAAsLIBACMAAADg5wAAJAAAAADAAwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAMJIBACkAAAAgogEAKgAAACBZCQArAAAAkOIKACwAAAAAAAAALQAAAHDeAQAuAAAAAAAAAC8AAACwLwIAMAAAAOCVAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAACQAQoAPAAAADAMCgA9AAAAcO4KAD4AAAAAAAAAPwAAABDvCgBAAAAAAAAAAEEAAAAABAsAQgAAAFAECwBDAAAAsA0LAEQAAACgJwsARQAAAPAnCwBGAAAAQCgLAEcAAADAOQsASAAAAIA9CwBJAAAAQEsLAEoAAADQoQsASwAAACCiCwBMAAAA8DUMAE0AAABwiAwATgAAAMCIDABPAAAAEIkMAFIAAACgAAAAUwAAAFBwAwBVAAAAcFUIAFYAAACAMwEAWQAAALCVAABbAAAAEN0IAFwAAAAwPAcAZAAAAID7AQBnAAAA8GsDAG0AAABwOgAAowAAAPAAAACtAAAAIMQCAPMAAABQ7gwARQEAAJABAACWAQAA4AEAAOcBAAAwAgAAOAIAAIACAACCAgAA0AIAANkCAAAgAwAAKgMAAHADAAB7AwAAwAMAAMwDAAAQBAAAHQQAAGAEAABqBAAAsAQAAL4EAAAABQAADwUAAFAFAABSBQAAoAUAAKoFAADwBQAA/gUAAEAGAABFBgAAkAYAAJ0GAADgBgAA6AYAADAHAABABwAAgAcAAIIHAADQBwAA3gcAACAIAAAxCAAAoO4MAHcIAADw7gwAwggAAPAsCwDICAAAEAkAANkIAACQKAsA3AgAABBGCQAXCQAAYAkAAGUJAACwCQAAvAkAAAAKAAADCgAAUAoAAFgKAACgCgAArQoAAPAKAAD1CgAAQAsAAEoLAACQCwAAmAsAAOALAADsCwAAMAwAAO8LAADw9AEAQwwAAIAMAACODAAA0AwAANMMAAAgDQAAKg0AAEDvDAByDQAAEG0AAHMNAADAkwEAdQ0AAMANAAB5DQAAIEQKAHoNAAAQUgIAew0AAKDvAQB8DQAAwBwAAH0NAABwFgsAfg0AAABtAQB/DQAA8C0AAIQNAACghQIAjQ0AAKBSAwCQDQAAgBULAMYNAAAQDgAAzw0AADB4BwAWDgAAYA4AAHQOAACwDgAAxQ4AAAAPAAAIDwAAUA8AAFoPAACgDwAApQ8AAPAPAAD1DwAAQBAAAEgQAACQEAAAphAAAOAQAADiEAAAMBEAAD0RAACAEQAAlBEAANARAADYEQAAIBIAAC8SAABwEgAAgRIAAMASAADOEgAAEBMAABwTAABgEwAAbRMAALATAAC6EwAAABQAAAMUAABQFAAAWBQAAKAUAACiFAAA8BQAAAEVAABAFQAARhUAAJAVAACcFQAA4BUAAOIVAAAwFgAANxYAAIAWAACUFgAAkO8MANEWAAAwtAwA0hYAAKAXAgDVFgAAIBcAANkWAADgzQEA3hYAAGDoAgAiFwAAEMIAACMXAAAgBgcAJxcAAEAMCQAoFwAAcBcAACoXAAAQMAEAKxcAADDOBgAtFwAAMB8GAC8XAACwpQkAMRcAAIDyBQA2FwAAkB0CADkXAABQkQUAcRcAAMAXAABzFwAAwF0FAHYXAACQygkA1xcAABAYAAAoGAAAYBgAAGsYAACwGAAAyRgAAAAZAAACGQAAUBkAAGoZAACgGQAArxkAAPAZAAD1GQAAQBoAAE0aAACQGgAAoBoAAOAaAADoGgAAMBsAADwbAACAGwAAjRsAANAbAADaGwAAIBwAACYcAABwHAAAhBwAAODvDADGHAAAEB0AAMocAAAw4woA1xwAAJDZCQArHQAAYB0AAGwdAACwHQAAth0AAAAeAAADHgAAwCsFAAgeAABQHgAAUx4AAABLBQBXHgAAoB4AAFseAACwwQYAXh4AAJAhAwClHgAA8B4AAPweAABAHwAAQx8AAJAfAACYHwAA4B8AAO0fAAAwIAAANSAAAIAgAACKIAAA0CAAANggAAAgIQAAIyEAAHAhAAB5IQAAwCEAAMEhAAAQIgAAESIAAGAiAABlIgAAsCIAALYiAAAAIwAACiMAAFAjAABYIwAAoCMAAKMjAADwIwAA8yMAAEAkAABRJAAAMPAMAJIkAACgmgEAlSQAAGAYCgCZJAAAgEYMAJwkAADgJAAAniQAALBhBwD4JAAAMCUAADMlAACAJQAAjCUAANAlAADdJQAAICYAACcmAABwJgAAciYAAMAmAADJJgAAECcAABonAABgJwAAaycAALAnAADMJwAAACgAAAgoAACA8AwAVSgAAKAoAACoKAAA8CgAAPEoAABAKQAAQikAAJApAACTKQAA4CkAAOMpAADQ8AwANSoAAIAqAACGKgAA0CoAANcqAAAgKwAAKCsAAHArAABzKwAAwCsAAMkrAAAQLAAAESwAAGAsAABhLAAAsCwAAMEsAAAALQAADi0AAFAtAABcLQAAoC0AAKctAAAg8QwA9i0AAEAuAABCLgAAkC4AAKYuAADgLgAA6C4AADAvAAAyLwAAgC8AAIkvAADQLwAA2i8AACAwAAArMAAAcDAAAHwwAADAMAAAzTAAABAxAAAaMQAAYDEAAG4xAACwMQAAvzEAAAAyAAACMgAAUDIAAFoyAACgMgAArjIAAPAyAAD1MgAAQDMAAE0zAACQMwAAmDMAAOAzAADmMwAAMDQAADw0AACANAAAnTQAANA0AADZNAAAIDUAAC41AABwNQAAdjUAAMA1AADMNQAAEDYAABM2AABgNgAAaDYAALA2AADBNgAAADcAAA43AABQNwAAaTcAAKA3AAChNwAA8DcAAA04AABw8QwARTgAAJA4AACWOAAA4DgAAOg4AAAwOQAAOTkAAIA5AACDOQAA0DkAANw5AAAgOgAAJjoAABDyDACMOgAAwDoAAMg6AABg8gwAEzsAAGA7AABxOwAAsDsAALg7AAAAPAAADjwAAFA8AABTPAAAoDwAAKg8AADwPAAA/TwAAEA9AABFPQAAkD0AAJo9AADgPQAA6D0AADA+AAA8PgAAgD4AAI0+AADQPgAA0j4AACA/AAA5PwAAcD8AAIE/AADAPwAAzD8AABBAAAAXQAAAYEAAAGhAAACwQAAAtUAAAABBAAANQQAAUEEAAFhBAACgQQAAqkEAAPBBAAD7QQAAQEIAAExCAACQQgAAmEIAALDyDADsQgAAMEMAADZDAACAQwAAm0MAANBDAADcQwAAIEQAACZEAAAA8wwAdUQAAPAIAgB2RAAAIGMEAHdEAABAbgYAe0QAAMBEAAB8RAAA4AIJAH5EAACQ/AQAhEQAALARAgDMRAAAEEUAABZFAADQlwsAGEUAAFDzDABsRQAAsEUAALZFAAAARgAAG0YAAFBGAABcRgAAoEYAAKZGAADwRgAA+EYAAEBHAABGRwAAkEcAAJxHAADgRwAA/UcAADBIAAA5SAAAgEgAAIxIAADQSAAA00gAACBJAAAqSQAAcEkAAHxJAADASQAAx0kAABBKAAAYSgAAYEoAAGFKAACQWwAAY0oAALBKAAC/SgAAAEsAAAZLAABQSwAAUksAAKBLAAC2SwAA8EsAAA5MAABATAAAWUwAAJBMAACSTAAA4EwAAONMAAAwTQAAPE0AAIBNAACHTQAA0E0AANhNAAAgTgAAIk4AAHBOAAB5TgAAwE4AAMpOAAAQTwAAG08AAGBPAABsTwAAsE8AAL1PAAAAUAAAClAAAFBQAABeUAAAoFAAAK9QAADwUAAA8lAAAEBRAABKUQAAkFEAAJ5RAADgUQAA5VEAADBSAAA9UgAAgFIAAJVSAADQUgAA2FIAACBTAAA5UwAAcFMAAHlTAADAUwAAylMAABBUAAAYVAAAYFQAAG1UAACwVAAAtVQAAABVAAAIVQAAUFUAAFFVAACgVQAAolUAAPBVAADzVQAAQFYAAENWAACg8wwAlVYAAOBWAADmVgAAMFcAADdXAACAVwAAiFcAANBXAADUVwAAIFgAACJYAABwWAAAc1gAAMBYAADIWAAAEFkAABFZAABgWQAAZlkAALBZAAC1WQAAAFoAABtaAABQWgAAXloAAKBaAACnWgAA8FoAAPxaAABAWwAAR1sAAPDzDACSWwAA4FsAAONbAAAwXAAAM1wAAED0DACFXAAA0FwAANZcAAAgXQAAJ10AAHBdAACOXQAAwF0AANldAAAQXgAAEl4AAGBeAABjXgAAsF4AALxeAAAAXwAAB18AAFBfAABYXwAAoF8AAKJfAADwXwAA+V8AAEBgAABKYAAAkGAAAJtgAADgYAAA7GAAADBhAAA9YQAAgGEAAIphAADQYQAA3mEAACBiAAAvYgAAcGIAAHJiAADAYgAAymIAABBjAAAeYwAAYGMAAGVjAACwYwAAvWMAAABkAAAVZAAAUGQAAFhkAACgZAAAuWQAAPBkAAD5ZAAAQGUAAEplAACQZQAAmGUAAOBlAADtZQAAMGYAADVmAACAZgAAiGYAANBmAADRZgAAIGcAACJnAABwZwAAc2cAAMBnAADDZwAAkPQMABVoAABgaAAAZmgAALBoAAC3aAAAAGkAAAhpAABQaQAAVGkAAKBpAACiaQAA8GkAAPNpAABAagAASGoAAJBqAACRagAA4GoAAOZqAAAwawAANWsAAIBrAACbawAA0GsAAN5rAAAgbAAAJ2wAAHBsAAB8bAAAwGwAAMdsAADg9AwAE20AAGBtAABxbQAAsG0AALhtAADgfQEAzG0AAABuAAAIbgAAMPUMAF9uAACgbgAApm4AAPBuAADybgAAQG8AAFZvAACQbwAArm8AAOBvAADjbwAAMHAAADxwAACAcAAAhnAAANBwAADrcAAAIHEAACxxAABwcQAAdnEAAMBxAADecQAAEHIAACByAABgcgAAbnIAALByAAC2cgAAAHMAAANzAABQcwAAWnMAAKBzAAC+cwAA8HMAAAZ0AABAdAAATHQAAJB0AACTdAAA4HQAAON0AAAwdQAAMnUAAIB1AACXdQAA0HUAANx1AAAgdgAAPHYAAHB2AAB4dgAAgPUMANF2AAAQdwAAHncAAGB3AABsdwAAsHcAAL13AAAAeAAACngAAFB4AABYeAAAoHgAAKF4AADweAAA8ngAAEB5AABDeQAAkHkAAJN5AADQ9QwA5XkAADB6AAA2egAAgHoAAId6AADQegAA2HoAACB7AAA2ewAAcHsAAHl7AADAewAAw3sAABB8AAAafAAAYHwAAGh8AACwfAAAyXwAAAB9AAAMfQAAUH0AAFh9AAAg9gwAqH0AAPB9AADzfQAAQH4AAEp+AACQfgAAln4AAOB+AADufgAAMH8AAD1/AACAfwAAl38AAHD2DADRfwAAQM0LANN/AAAwlwEA1n8AAEA7AgDXfwAAgGAGANh/AADQQwUA2X8AAIC7AADafwAA0BkCAN1/AAAQqAsA338AACCAAADhfwAAMOIGAOZ/AAAgbAUA538AAMDLCgAqgAAAILoHAC+AAABwgAAAfIAAAMCAAADBgAAAUDQDAMOAAAAQgQAAE4EAAGCBAABngQAA8HIBAGiBAACwgQAAeIEAAEAeAQC3gQAAAIIAAAyCAABQggAAXYIAAKCCAACuggAA8IIAAPyCAABAgwAAR4MAAJCDAACYgwAA4IMAAPCDAAAwhAAANYQAAICEAACGhAAA0IQAANiEAAAghQAAKYUAAHCFAABzhQAAwIUAAMyFAAAQhgAAFoYAAMD2DAB/hgAAEPcMAL2GAAAAhwAAAocAABD0AAADhwAAwFsCAAeHAACQsAoAC4cAAIACCgAMhwAAgLUBAA+HAACQ/AkAGYcAALA0AgAghwAAUIcAAF2HAACghwAApYcAAPCHAAD0hwAAQIgAAE2IAACQiAAAmIgAAOCIAACbiAAA4O4IAOeIAAAwiQAA9ogAAGAyBAAyiQAAgIkAAIqJAADQiQAA0okAACCKAAA5igAAcIoAAHKKAADAigAAw4oAABCLAAAciwAAYIsAAGiLAABg9wwAtosAAACMAAC4iwAAsGQOAL+LAACAfwUAwYsAAJDTBQDDiwAAsD8BAMyLAABwywoABowAAGDbAAAYjAAAUIwAAFKMAACgjAAAXYwAAACgAABpjAAAQJIAAK+MAADwjAAA/4wAAECNAABMjQAAkI0AAJONAADgjQAA440AADCOAABIjgAAgI4AAIeOAADQjgAA3I4AACCPAAAtjwAAcI8AAH6PAADAjwAAzI8AABCQAAAXkAAAYJAAAHiQAACwkAAAvJAAAACRAAAGkQAAUJEAAFaRAACgkQAApZEAAPCRAAD2kQAAAPgMAEKSAACQkgAAl5IAAOCSAAD4kgAAMJMAADeTAACAkwAAmZMAANCTAADokwAAIJQAACyUAABwlAAAdpQAAMCUAADGlAAAEJUAABWVAABglQAAZpUAAFD4DADJlQAAAJYAABGWAABQlgAAXpYAAKCWAACvlgAA8JYAAPiWAABAlwAAYJcAAJCXAACclwAA4JcAAPSXAAAwmAAAOJgAAICYAACGmAAA0JgAANyYAAAgmQAAKpkAAHCZAAB2mQAAwJkAAM6ZAAAQmgAAHJoAAGCaAAB7mgAAsJoAALKaAAAAmwAAEZsAAFCbAABYmwAAoJsAAK6bAADwmwAA85sAAECcAABInAAAkJwAAJ2cAADgnAAA5ZwAADCdAAA6nQAAgJ0AAIidAADQnQAA0p0AACCeAAAxngAAcJ4AAIGeAADAngAAxZ4AABCfAAAUnwAAYJ8AAGyfAACwnwAAt58AAKD4DAAFoAAAUKAAAFqgAACgoAAAuKAAAPCgAADzoAAAQKEAAEmhAACQoQAAkaEAAOChAADhoQAAMKIAADWiAACAogAAhqIAANCiAADaogAAIKMAACyjAABwowAAd6MAAMCjAADYowAAEKQAABKkAABgpAAAaaQAALCkAAC6pAAAAKUAAAulAABQpQAAaKUAAKClAAC2pQAA8KUAAPWlAABApgAAR6YAAJCmAACcpgAA8PgMAOKmAADgiwIA5aYAAACpAQDppgAAkFYFAPGmAAAwpwAAMqcAAKBEAgA+pwAAgKcAAIynAADQpwAAj6cAAEATBwDdpwAAIKgAACqoAABwqAAAcagAAACjDAB4qAAAwKgAAMeoAAAQqQAA26gAAKCGAQAVqQAAYKkAAGypAACwqQAAs6kAAACqAAAIqgAAUKoAAF2qAACgqgAApaoAAPCqAAD6qgAAQKsAAEirAACQqwAAk6sAAOCrAADpqwAAMKwAADGsAACArAAAgawAANCsAADVrAAAIK0AACatAABwrQAAeq0AAMCtAADIrQAAEK4AABKuAABgrgAAaa4AALCuAAC6rgAAAK8AAAuvAABQrwAAXK8AAKCvAACtrwAA8K8AAPqvAABAsAAATrAAAJCwAACfsAAA4LAAAOKwAAAwsQAAOrEAAICxAACOsQAA0LEAANWxAAAgsgAALbIAAHCyAAB4sgAAwLIAAMGyAAAQswAAFrMAAGCzAABlswAAsLMAALqzAAAAtAAABbQAAFC0AABftAAAoLQAAKW0AADwtAAAAbUAAEC1AABItQAAkLUAAJa1AADgtQAA7LUAADC2AABNtgAAgLYAAIm2AADQtgAA3LYAACC3AAAjtwAAcLcAAHq3AADAtwAAzLcAABC4AAAXuAAAYLgAAGi4AACwuAAAybgAAAC5AAAUuQAAULkAAFi5AACguQAAo7kAAPC5AAD8uQAAQLoAAEa6AACQugAAq7oAAOC6AADsugAAMLsAADa7AABA+QwAirsAANC7AADbuwAAILwAACi8AACwzAAALLwAAHC8AAB9vAAAwLwAAMq8AAAQvQAAHr0AAGC9AABvvQAAsL0AALK9AAAAvgAACr4AAFC+AABevgAAoL4AAKW+AADwvgAA/b4AAEC/AABIvwAAkL8AAJG/AADgvwAAlL8AANBWAQCgvwAAcHoBAPG/AAAwwAAAOcAAAIDAAACXwAAA0MAAAN7AAAAgwQAALcEAAHDBAAB4wQAAwMEAAN/BAACQ+QwAGcIAAGDCAABqwgAAsMIAALvCAADg+QwAAsMAAFDDAABZwwAAoMMAAKrDAADwwwAA+8MAAEDEAABMxAAAkMQAAJ3EAADgxAAA6sQAADDFAAA+xQAAgMUAAI/FAADQxQAA0sUAACDGAAAqxgAAcMYAAH7GAADAxgAAxcYAABDHAAAdxwAAYMcAAGjHAACwxwAAtscAAADIAAAMyAAAUMgAAG3IAACgyAAAqcgAAPDIAAD+yAAAQMkAAEbJAACQyQAAnMkAAODJAADnyQAAMPoMADLKAADQ9gEANsoAAIDKAACFygAA0MoAAI7KAACA0QMA3coAACDLAAA3ywAAcMsAAHHLAADAywAAwssAABDMAAATzAAAYMwAAGPMAACA+gwA0cwAAADNAAABzQAAUM0AAFLNAACgzQAAo80AAPDNAADzzQAA0PoMAEXOAACQzgAAls4AAODOAADnzgAAMM8AAFLPAACAzwAAiM8AANDPAADfzwAAINAAACLQAABw0AAAgdAAAMDQAADR0AAAENEAABzRAABg0QAAZ9EAALDRAAC40QAAANIAAATSAABQ0gAAXtIAAKDSAACq0gAA8NIAAPvSAABA0wAARdMAAJDTAACZ0wAA4NMAAOrTAAAw1AAAONQAAIDUAACC1AAA0NQAAN3UAAAg1QAANNUAAHDVAAB41QAAwNUAAMHVAAAQ1gAAEtYAAGDWAABj1gAAsNYAALPWAAAg+wwABdcAAFDXAABW1wAAoNcAAKfXAADw1wAA+NcAAEDYAABP2AAAkNgAAJXYAADg2AAA7dgAADDZAABA2QAAgNkAAI7ZAADQ2QAA59kAACDaAAAp2gAAcNoAAHbaAADA2gAAzNoAABDbAAAX2wAAcPsMAGXbAABghAIAaNsAALDbAABt2wAA0DsIAL/bAAAA3AAAEdwAAFDcAABe3AAAoNwAAKzcAADw3AAA/dwAAEDdAABK3QAAkN0AAJjdAADg3QAA490AADDeAAA83gAAgN4AAI3eAADQ3gAA2t4AACDfAAAo3wAAcN8AAHLfAADA3wAAyd8AABDgAAAa4AAAYOAAAGvgAACw4AAAxeAAAADhAAAI4QAAUOEAAGnhAACg4QAAqeEAAPDhAAD64QAAQOIAAEjiAACQ4gAAneIAAODiAADl4gAAMOMAADjjAACA4wAAgeMAANDjAADS4wAAIOQAACPkAABw5AAAc+QAAMD7DADF5AAAEOUAABblAABg5QAAZ+UAALDlAAC45QAAAOYAAA7mAABQ5gAAU+YAAKDmAACo5gAA8OYAAPPmAABA5wAATOcAAJDnAACa5wAAEPwMAOHnAABACgsA4ucAADDoAADj5wAA8B4KAOrnAABwDAsA6+cAAAA4BADv5wAAEOQBAPDnAACA1QkABOgAADDJAQA56AAAgOgAAIroAADQ6AAA2+gAACDpAAAs6QAAcOkAAH3pAADA6QAAyukAABDqAAAe6gAAYOoAAG/qAACw6gAAsuoAAADrAAAK6wAAUOsAAF7rAACg6wAApesAAPDrAAD96wAAQOwAAFDsAACQ7AAAkuwAAODsAADu7AAAMO0AAEHtAABg/AwAh+0AALD8DADY7QAAAP0MACnuAABw7gAAeu4AAMDuAADL7gAAEO8AABzvAABg7wAAbe8AALDvAAC67wAAAPAAAA7wAABQ8AAAX/AAAKDwAACi8AAA8PAAAPrwAABA8QAATvEAAJDxAACV8QAA4PEAAO3xAAAw8gAAOPIAAIDyAACQ8gAA0PIAANLyAAAg8wAALvMAAHDzAACB8wAAUP0MAMfzAACg/QwAKfQAAGD0AABx9AAAsPQAALz0AAAA9QAACPUAAPD9DABV9QAAoPUAAKj1AADw9QAA8vUAAED2AAD19QAAIFcGAP/1AADgJQQASfYAAJD2AABP9gAA4IUIAJr2AADg9gAA6/YAADD3AAA89wAAgPcAAI33AADQ9wAA2vcAACD4AAAu+AAAcPgAAH/4AADA+AAAwvgAABD5AAAa+QAAYPkAAGz5AACw+QAAuPkAAED+DAAD+gAAUPoAAF76AACg+gAArfoAAPD6AAAH+wAAQPsAAEj7AACQ+wAApvsAAOD7AADs+wAAMPwAAD/8AACA/AAAi/wAAND8AADS/AAAIP0AAC39AABw/QAAfv0AAMD9AADD/QAAEP4AACb+AABg/gAAaP4AALD+AADC/gAAkP4MAA3/AACQpgoAD/8AAFD/AABV/wAAoP8AAKf/AADw/wAA/P8AAEAAAQBNAAEAkAABAJIAAQDgAAEA9gABADABAQA8AQEAgAEBAJ8BAQDQAQEA7AEBACACAQAoAgEA4P4MAHICAQDAAgEAyQIBABADAQAaAwEAYAMBAGsDAQCwAwEAvAMBAAAEAQANBAEAUAQBAFoEAQCgBAEArgQBAPAEAQD/BAEAQAUBAEIFAQCQBQEAmgUBAOAFAQDuBQEAMAYBADUGAQCABgEAjQYBANAGAQDgBgEAIAcBACIHAQBwBwEAfgcBAMAHAQDRBwEAMP8MABcIAQCA/wwAYggBAMB3BABlCAEAsAgBAGkIAQBgrQEAbAgBAKCQBgBuCAEA0IgBAHQIAQCw+wMAtwgBAJBhCQC9CAEAAAkBABcJAQBQCQEAVQkBAKAJAQCjCQEA8AkBAKoJAQBAMwUAvAkBAEA9BQD1CQEA8DcFAPwJAQBACgEARgoBANAVAQBPCgEAkAoBAJkKAQDgCgEA5goBADALAQA+CwEAgAsBAIoLAQDQCwEA5AsBACAMAQAsDAEAcAwBAIMMAQDADAEAzwwBABANAQAcDQEAYA0BAGENAQCwDQEAug0BAAAOAQAODgEAUA4BAFUOAQCgDgEArQ4BACAADQADDwEAQA8BAE8PAQCQDwEAnA8BAOAPAQDhDwEAMBABADoQAQCAEAEAjhABANAQAQDVEAEAIBEBAC0RAQAQAQ0AchEBAMARAQDJEQEAEBIBABoSAQBgEgEAaxIBALASAQC8EgEAABMBAA0TAQBQEwEAWhMBAKATAQCuEwEA8BMBAP8TAQBAFAEAQhQBAJAUAQCaFAEA4BQBAO4UAQAwFQEAPRUBAIAVAQCXFQEAYAENAOsVAQAgFgEALBYBAHAWAQB2FgEAwBYBAMwWAQAQFwEAFhcBAGAXAQBmFwEAsBcBALUXAQAAGAEABhgBALABDQBZGAEAoBgBAKoYAQDwGAEA+xgBAEAZAQBMGQEAkBkBAJ0ZAQDgGQEA6hkBADAaAQA+GgEAgBoBAI8aAQDQGgEA0hoBACAbAQAqGwEAcBsBAH4bAQDAGwEAxRsBABAcAQAdHAEAYBwBAGgcAQCwHAEAwBwBAAAdAQACHQEAUB0BAF4dAQCgHQEAsR0BAKACDQD3HQEA8AINAEYeAQCQHgEAnB4BAOAeAQDwHgEAMB8BADkfAQCAHwEAgx8BANAfAQDcHwEAICABACcgAQBwIAEAeCABAMAgAQDeIAEAECEBABghAQBgIQEAcSEBALAhAQC1IQEAACIBABciAQBQIgEAXiIBAKAiAQCtIgEA8CIBAPgiAQBAIwEARCMBAJAjAQCSIwEA4CMBAOMjAQAwJAEAOCQBAIAkAQCGJAEA0CQBANwkAQAgJQEAMCUBAHAlAQB5JQEAwCUBAMMlAQAQJgEAHCYBAGAmAQBnJgEAQAMNALkmAQAAJwEAAycBAFAnAQBeJwEAoCcBAK0nAQDwJwEABygBAEAoAQBIKAEAkCgBAJIoAQDgKAEA6SgBADApAQA6KQEAgCkBAIspAQDQKQEA3CkBACAqAQAtKgEAcCoBAHoqAQDAKgEAzioBABArAQAfKwEAYCsBAGIrAQCwKwEAuisBAAAsAQAOLAEAUCwBAFUsAQCgLAEArSwBAPAsAQD4LAEAQC0BAFYtAQCQLQEAnC0BAOAtAQDvLQEAMC4BADsuAQCALgEAgi4BANAuAQDdLgEAIC8BAC4vAQBwLwEAcy8BAMAvAQDWLwEAkAMNABgwAQAQ7gEAHjABABBXAgAoMAEAYDABAGIwAQCwMAEAwTABAAAxAQARMQEAUDEBAFUxAQCgMQEApDEBAPAxAQD8MQEAQDIBAEcyAQCQMgEAmDIBAOAyAQD+MgEAMDMBADgzAQDgAw0AhTMBANAzAQDRMwEA0B8LAN8zAQDwPAoA6TMBACA0AQAiNAEAcDQBAIk0AQDANAEA0TQBABA1AQAcNQEAYDUBAGI1AQCwNQEAuTUBAAA2AQC/NQEAUDsBAAo2AQBQNgEAWzYBAKA2AQCsNgEA8DYBAP02AQBANwEASjcBAJA3AQCeNwEA4DcBAO83AQAwOAEAMjgBAIA4AQCKOAEA0DgBAN44AQAgOQEAJTkBAHA5AQB9OQEAwDkBAMw5AQAQOgEAFjoBAGA6AQBmOgEAsDoBALU6AQAAOwEABjsBADAEDQBfOwEAoDsBAKw7AQDwOwEA8zsBAEA8AQBDPAEAkDwBAJc8AQDgPAEA7DwBADA9AQA9PQEAgD0BAI49AQDQPQEA3D0BACA+AQAnPgEAgAQNAHY+AQDAPgEAxj4BABA/AQAVPwEAYD8BAGY/AQDQBA0AsT8BACDZAQC6PwEA8L8JALw/AQDA3QwAvj8BAMA/CgC/PwEAAEABAAxAAQBQQAEAUUABAKBAAQBcQAEAwE4KAKpAAQDwQAEA/kABAEBBAQBFQQEAkEEBAJ1BAQAgBQ0A4kEBAPAKCgDuQQEAcP4JAANCAQAwQgEAVUIBAIBCAQCmQgEA0EIBAPdCAQAgQwEAREMBAHBDAQB4QwEAcAUNAMxDAQAQRAEAEkQBAGBEAQBjRAEAsEQBALVEAQAARQEADUUBAFBFAQBsRQEAoEUBAKhFAQDABQ0A+UUBAEBGAQD9RQEAoE8BAENGAQCQRgEAnEYBAOBGAQDmRgEAMEcBAD1HAQCARwEAgkcBANBHAQDmRwEAIEgBACxIAQBwSAEAeEgBABAGDQDGSAEAEEkBABhJAQBgSQEAYUkBALBJAQCySQEAAEoBAANKAQBQSgEAU0oBAGAGDQClSgEA8EoBAPZKAQBASwEAR0sBAJBLAQCYSwEA4EsBAO1LAQAwTAEANUwBAIBMAQCKTAEA0EwBANhMAQAgTQEAIk0BAHBNAQCBTQEAwE0BANFNAQAQTgEAFU4BAGBOAQBkTgEAsE4BALxOAQAATwEAB08BAFBPAQBiTwEAsAYNAKVPAQDwTwEA+E8BAEBQAQBCUAEAkFABAJ9QAQDgUAEA71ABADBRAQA8UQEAgFEBAINRAQDQUQEA01EBACBSAQAoUgEAcFIBAHpSAQDAUgEAxVIBABBTAQAYUwEAYFMBAGpTAQCwUwEAu1MBAABUAQAOVAEAUFQBAFNUAQCgVAEAqFQBAPBUAQALVQEAQFUBAEtVAQCQVQEAlVUBAOBVAQDjVQEAMFYBADpWAQCAVgEAklYBAAAHDQDeVgEAIFcBACpXAQBwVwEAe1cBAMBXAQDIVwEAEFgBABZYAQBgWAEAYlgBALBYAQDJWAEAAFkBABlZAQBQWQEAXlkBAKBZAQCqWQEA8FkBAAZaAQBAWgEAXVoBAJBaAQCYWgEA4FoBAPBaAQAwWwEAMlsBAIBbAQCOWwEA0FsBAOFbAQBQBw0AJ1wBAKAHDQBxXAEAwFwBANFcAQAQXQEAHF0BAGBdAQBiXQEAsF0BALNdAQAAXgEADF4BAFBeAQBYXgEAQAgNAKteAQDwXgEA/F4BAEBfAQBPXwEAkF8BALBfAQDgXwEA6F8BADBgAQBEYAEAgGABAIVgAQDQYAEA2WABACBhAQAmYQEAcGEBAHhhAQDAYQEAz2EBABBiAQAVYgEAYGIBAG1iAQCwYgEAvWIBAABjAQAMYwEAUGMBAF9jAQCgYwEAqmMBAPBjAQD+YwEAQGQBAEVkAQCQZAEAnWQBAOBkAQDoZAEAMGUBADNlAQCAZQEAjGUBANBlAQDaZQEAIGYBACpmAQBwZgEAfmYBAMBmAQDNZgEAEGcBACdnAQBgZwEAY2cBAJAIDQCzZwEAoEgDALpnAQDA5QQAvWcBAABoAQDAZwEAsHwKAMFnAQDgYwIAxmcBAECeAwAHaAEAgC0CAA9oAQBAmwsAG2gBAFBoAQBSaAEAoGgBALFoAQDwaAEA/mgBAEBpAQBHaQEAkGkBAJJpAQDgaQEAlWkBAFBJAgCYaQEAIIQBAO9pAQAwagEAP2oBAIBqAQCMagEA0GoBANNqAQAgawEAI2sBAHBrAQCQawEAwGsBAMxrAQAQbAEAJGwBAGBsAQBubAEAsGwBALdsAQDgCA0AF20BAFBtAQBSbQEAMN8JAFNtAQBA3gkAXW0BAKBtAQCibQEA8G0BAPptAQBAbgEAAW4BAKDiCQBJbgEAkG4BAJZuAQDgbgEA7G4BADBvAQA3bwEAgG8BAIVvAQDQbwEA3G8BACBwAQAjcAEAcHABAH1wAQDAcAEAxXABABBxAQAacQEAYHEBAHZxAQCwcQEAsnEBAAByAQAKcgEAUHIBAF9yAQCgcgEAq3IBADAJDQD8cgEAQHMBAE1zAQCQcwEAnnMBAOBzAQDscwEAMHQBADd0AQCACQ0AhXQBANB0AQCMdAEAEE0MAI50AQBAowMA0nQBAHAUAwDVdAEAwBgJAOd0AQAgdQEALnUBAHB1AQB9dQEAwHUBAMh1AQAQdgEAGnYBAMBSBgAgdgEAYHYBAGJ2AQCwdgEAvnYBAAB3AQARdwEA0AkNAFd3AQAgCg0ApXcBAPB3AQD2dwEAQHgBAEh4AQCQeAEAmXgBAOB4AQDjeAEAMHkBADx5AQCAeQEAhnkBANB5AQDYeQEAIHoBAD96AQDACg0AcnoBAMB6AQDOegEAEHsBACF7AQAQCw0AZ3sBAGALDQC1ewEAAHwBAAZ8AQBQfAEAWHwBAKB8AQCpfAEA8HwBAPN8AQBAfQEATH0BAJB9AQCWfQEAAAwNAOJ9AQAwfgEAOX4BAIB+AQCKfgEA0H4BANt+AQAgfwEALH8BAHB/AQB9fwEAwH8BAMp/AQAQgAEAHoABAGCAAQBvgAEAsIABALKAAQAAgQEACoEBAFCBAQBegQEAoIEBAKWBAQDwgQEA/YEBAECCAQBIggEAkIIBAKCCAQDgggEA4oIBADCDAQA+gwEAgIMBAJGDAQBQDA0A14MBAKAMDQAphAEAcIQBAHOEAQDAhAEAzIQBABCFAQAWhQEAYIUBAG2FAQCwhQEAsoUBAACGAQAWhgEAUIYBAFyGAQDwDA0ArIYBAPCGAQD2hgEAQIcBAEOHAQCQhwEAnocBAOCHAQDlhwEAMIgBAD2IAQCAiAEAiIgBAEANDQDdiAEAIIkBAC6JAQBwiQEAhokBAMCJAQDJiQEAEIoBACaKAQBgigEAaIoBALCKAQCzigEAAIsBAAmLAQBQiwEAUYsBAKCLAQChiwEA8IsBAPWLAQBAjAEARowBAJCMAQCajAEA4IwBAOyMAQAwjQEAN40BAICNAQCIjQEA0I0BANKNAQAgjgEAIY4BAHCOAQB+jgEAwI4BAMiOAQAQjwEAK48BAGCPAQBsjwEAsI8BALaPAQAAkAEAA5ABAFCQAQBekAEAoJABAKWQAQDwkAEA/ZABAECRAQBIkQEAkJEBAJ6RAQDgkQEA45EBAJANDQAzkgEAgJIBADSSAQCADggAPJIBADD/BwA+kgEAwGELAEOSAQDwiwsAg5IBANCSAQDhkgEAIJMBADyTAQBwkwEAeJMBAOANDQDRkwEAEJQBABiUAQBglAEAZpQBALCUAQC1lAEAAJUBAAmVAQBQlQEAWpUBAKCVAQCulQEA8JUBAP2VAQBAlgEATJYBAJCWAQCTlgEA4JYBAPyWAQAwDg0AM5cBAICXAQBElwEAEIgDAIyXAQDQlwEA1pcBACCYAQAqmAEAgA4NAHWYAQDAmAEAzZgBABCZAQAYmQEAYBUNAByZAQBgmQEAIJkBAKCfAQBmmQEAsJkBALaZAQAAmgEABZoBAFCaAQBWmgEA0A4NAKqaAQAg4AkArpoBAPCaAQABmwEAIA8NAEebAQBwDw0AmJsBAMAPDQDumwEAMJwBADecAQCAnAEAiJwBANCcAQDdnAEAIJ0BACWdAQBwnQEAep0BAMCdAQDInQEAEJ4BABaeAQBgngEAYp4BALCeAQC+ngEAAJ8BAAOfAQBQnwEAXJ8BABAQDQCinwEA8J8BAP6fAQBAoAEAUaABAGAQDQCXoAEAsBANAOagAQAwoQEANqEBAIChAQCFoQEA0KEBANahAQAAEQ0AIqIBAHCiAQAsogEAMKgEAIuiAQDAogEAwqIBABCjAQAqowEAYKMBAG2jAQBAEggAcaMBALCjAQCyowEAAKQBAA2kAQBQpAEAZ6QBAKCkAQC6pAEA8KQBAPKkAQBApQEAQ6UBAJClAQCTpQEA4KUBAOylAQAwpgEANqYBAICmAQCKpgEAUBENANWmAQAgpwEALacBAHCnAQB8pwEAwKcBAManAQAQqAEAFqgBAGCoAQBlqAEAsKgBALaoAQCgEQ0AB6kBAPC4CwAJqQEA0EADAA2pAQDQeAIAEakBAIDeCgAWqQEAUKkBAFGpAQCgqQEAZqkBABAUBACiqQEA8KkBAK6pAQDgkAIA9qkBAECqAQBOqgEAkKoBAJOqAQDgqgEA5aoBADCrAQA9qwEAgKsBAJCrAQDQqwEA0qsBACCsAQAurAEAcKwBAIGsAQDwEQ0AxqwBABCtAQAcrQEAQBINAHGtAQCwrQEAuq0BAACuAQAOrgEAUK4BAFGuAQCgrgEAsa4BAPCuAQD8rgEAQK8BAFCvAQCQrwEAkq8BAOCvAQDurwEAMLABAEGwAQCQEg0AhrABANCwAQDcsAEA4BINACyxAQBwsQEAdrEBAMCxAQDGsQEAELIBABWyAQBgsgEAZrIBADATDQC4sgEAALMBAAqzAQCQfQsAGbMBAFCzAQBZswEAoLMBAKqzAQDwswEA+LMBAEC0AQBEtAEAkLQBAJK0AQDgtAEA47QBADC1AQBMtQEAgBMNAJO1AQDQtQEA0bUBACC2AQAstgEAcLYBAH+2AQDAtgEAyrYBABC3AQActwEAYLcBAGe3AQDQEw0AtrcBANBwCgDDtwEAALgBAA+4AQBQuAEAXLgBAKC4AQChuAEA8LgBAPq4AQBAuQEATrkBAJC5AQCVuQEA4LkBAO25AQBwFA0AOLoBAIC6AQCMugEA0LoBAOO6AQAguwEAIbsBAHC7AQB8uwEAwLsBAM+7AQAQvAEAGrwBAGC8AQBsvAEAsLwBALe8AQDAFA0AEb0BAFC9AQBcvQEAoL0BALC9AQDwvQEA+r0BAEC+AQBIvgEAkL4BALu+AQDgvgEAvL4BAEDDAQALvwEAML8BADi/AQCAvwEAhr8BANC/AQDevwEAIMABADfAAQBwwAEAe8ABAMDAAQDKwAEAEMEBADrBAQBgwQEAaMEBALDBAQDAwQEAAMIBAALCAQBQwgEAXsIBAKDCAQCxwgEAsBUNAPfCAQAAFg0Aa8MBAJDDAQCYwwEA4MMBAObDAQAwxAEAPsQBAIDEAQCXxAEA0MQBANvEAQAgxQEAKsUBAHDFAQCaxQEAwMUBAMjFAQAQxgEAIMYBAGDGAQBixgEAsMYBAL7GAQAAxwEAEccBAFAWDQBXxwEAoBYNAKLHAQDwxwEA/scBAEDIAQBRyAEA8BYNAJfIAQBAFw0A6MgBAJAXDQA4yQEA4BcNAILJAQDQyQEA3skBACDKAQAxygEAMBgNAHbKAQDAygEAzMoBAIAYDQAZywEAYMsBAG3LAQCwywEAvssBAADMAQAKzAEAUMwBAGrMAQCgzAEAo8wBAPDMAQD3zAEAQM0BAGDNAQCQzQEAqs0BANAYDQDtzQEAMM4BAPHNAQCwIAIA9s0BADBzAgA+zgEAgM4BAIrOAQDQzgEA6s4BACDPAQAwzwEAcM8BAHbPAQDAzwEAws8BABDQAQAm0AEAYNABAGzQAQCw0AEAtNABAADRAQAF0QEAUNEBAFbRAQCg0QEAwNEBAPDRAQAK0gEAQNIBAELSAQCQ0gEAk9IBAODSAQDj0gEAMNMBADzTAQCA0wEAhtMBANDTAQDa0wEAIBkNACXUAQBw1AEAfdQBAMDUAQDM1AEAENUBACPVAQBg1QEAb9UBALDVAQC81QEAANYBAAHWAQBQ1gEAWtYBAKDWAQCu1gEA8NYBAPXWAQBA1wEATdcBAHAZDQCR1wEA0AcKAJLXAQDQGwoAk9cBAJBHCgCW1wEA0NIHAJfXAQAgDQoAmtcBAADrCgCb1wEA0BEKAJzXAQBATQkAndcBAPC1CQCe1wEA8IgJAJ/XAQDwbwQAoNcBAODXAQCo1wEAABoOAKzXAQDgMQwAztcBAMDuCgDi1wEAMNgBAD7YAQCA2AEAkdgBAMAZDQDX2AEAEBoNACzZAQBw2QEAf9kBAMDZAQDK2QEAENoBABzaAQBg2gEAM9oBAFAYCwBn2gEAsBoNALLaAQAA2wEAEdsBAFDbAQBZ2wEAoNsBAKzbAQDw2wEA89sBAEDcAQBI3AEAkNwBAJrcAQDg3AEA5dwBADDdAQA43QEAgN0BAJndAQDQ3QEA3N0BACDeAQAo3gEAUBsNAHjeAQCgGw0Aw94BABDfAQAT3wEAYN8BAGzfAQCw3wEAtt8BAADgAQAK4AEA8BsNAFXgAQCg4AEAreABAPDgAQD44AEAQBwNAEbhAQCQ4QEAluEBAODhAQDl4QEAMOIBADbiAQCQHA0AiOIBAOAcDQDS4gEA0P4IANXiAQAg4wEA3OIBAKC7CAAq4wEAcOMBAC/jAQDw0QYAeOMBAGB3CgCM4wEAwOMBAMjjAQAwHQ0AFeQBAGDkAQB25AEAsOQBALHkAQAA5QEAAuUBAFDlAQBW5QEAoOUBAKzlAQDw5QEA9+UBAEDmAQBI5gEAkOYBAJnmAQDg5gEA4+YBADDnAQA+5wEAgOcBAI3nAQDQ5wEA5+cBACDoAQAo6AEAcOgBAHzoAQBg6QEAm+gBAMDoAQDr6AEAEOkBADTpAQCAHQ0AfekBALDpAQC56QEAoOoBAMHpAQAA6gEALuoBAFDqAQB06gEA0B0NAKLqAQDw6gEAAesBAEDrAQBu6wEAkOsBALTrAQAgHg0A5usBAHBxBQDp6wEAMOwBAOzrAQAwvwsAOuwBAIDsAQA97AEA8HgFAD7sAQDQfgsAiOwBANDsAQDU7AEAIO0BACLtAQBw7QEAc+0BAMDtAQDc7QEAcB4NABXuAQDQ8wkAGu4BAGBjCgAc7gEAYO4BACDuAQDQRAkAfe4BALDuAQC57gEAAO8BAALvAQBQ7wEAYe8BAMAeDQCl7wEA8O8BAPnvAQBA8AEAUfABAJDwAQCX8AEA4PABAOjwAQAw8QEA+vABACAQAgA98QEA0PEBAD/xAQAQ8wEASfEBAIDxAQCM8QEAEB8NANXxAQAg8gEAKvIBAHDyAQB48gEAYB8NAMzyAQCwHw0AFfMBAGDzAQBt8wEAsPMBALrzAQAA9AEAAvQBAFD0AQBe9AEAoPQBAK30AQAAIA0A9fQBAED1AQBN9QEAkPUBAJr1AQDg9QEA4vUBADD2AQA+9gEAgPYBAI32AQBQIA0A3fYBACD3AQAq9wEAoCANAHj3AQDA9wEAwvcBALCeCwDX9wEAEPgBABX4AQBg+AEAavgBALD4AQC4+AEA8CANAAr5AQBQ+QEAXPkBAKD5AQCj+QEA8PkBAPr5AQBA+gEAWvoBAJD6AQCn+gEA4PoBAOX6AQAw+wEATPsBAEAhDQCK+wEA0PsBAJH7AQBArwYA3PsBACD8AQAj/AEAcPwBAHr8AQDA/AEA2vwBABD9AQAW/QEAYP0BAGL9AQCw/QEAvv0BAAD+AQAD/gEAUP4BAFz+AQCg/gEAo/4BAPD+AQAT/wEAkCENAEL/AQCQ/wEAnv8BAOD/AQDj/wEAMAACADwAAgCAAAIAgwACAOAhDQDbAAIAIAECACYBAgBwAQIAdQECAMABAgDEAQIAEAICABMCAgAwIg0AYQICAIDPCgBjAgIAoCEMAGYCAgCwAgIAaQICAMAaDABqAgIAEAcCAGwCAgCgCAwAbgICAHABDABvAgIA4A4MAHACAgBgKgwAdwICADDzCQB6AgIA4FALALwCAgAAAwIAKQMCAFADAgBcAwIAoAMCAK8DAgDwAwIA+gMCAEAEAgBDBAIAkAQCAKoEAgDgBAIA6gQCADAFAgA1BQIAgAUCAIoFAgDQBQIA2wUCACAGAgAmBgIAcAYCAHUGAgDABgIAxAYCAIAiDQAVBwIAYAcCAB4HAgBwFQwAagcCALAHAgC7BwIAAAgCAAYIAgBQCAIAVQgCAKAIAgCkCAIA0CINAPcIAgAgFgsA+AgCAJBqCgD6CAIAUJALAAoJAgBACQIASgkCAJAJAgCbCQIA4AkCAOYJAgAwCgIANQoCAIAKAgCECgIA0AoCAPMKAgAgIw0AIgsCAHALAgAjCwIAQNQJACULAgCgowcAKQsCAJB/CQAsCwIA4BMCAC4LAgCAUAwAfQsCABA5AgB+CwIAwAsCAMMLAgAQDAIAHAwCAGAMAgB4DAIAsAwCALwMAgAADQIABg0CAFANAgBWDQIAoA0CAKUNAgDwDQIA9g0CAHAjDQBKDgIAkA4CAJsOAgDgDgIA5g4CADAPAgA1DwIAgA8CAIQPAgDQDwIA0w8CAMAjDQAqEAIAcBACAHsQAgDAEAIAxhACABARAgAVEQIAYBECAGQRAgAQJA0AsRECAAASAgAMEgIAUBICAFwSAgCgEgIAphICAPASAgD2EgIAQBMCAEUTAgCQEwIAlhMCAGAkDQDiEwIAIIsEAOcTAgAgmgQA7xMCAKBOAgDwEwIAMBQCADwUAgCAFAIAhhQCANAUAgDcFAIAIBUCAC0VAgBwFQIAfxUCAMAVAgDMFQIAEBYCABwWAgBgFgIAZhYCALAWAgC2FgIAABcCAAUXAgBQFwIAVhcCALAkDQCqFwIA4PoGALYXAgDwFwIAuRcCALDZBwD8FwIAQBgCAEgYAgCgyg0ATBgCAJAYAgCWGAIA4BgCAOYYAgAwGQIANRkCAIAZAgCGGQIAACUNANgZAgDAGA4A2hkCACAaAgAmGgIAcBoCACwaAgAgzgIAfhoCAMAaAgDZGgIAEBsCABkbAgBgGwIAahsCALAbAgC8GwIAABwCAAwcAgBQHAIAVhwCAKAcAgCmHAIA8BwCAPUcAgBAHQIARh0CAFAlDQCcHQIA4B0CAOodAgAwHgIAOx4CAIAeAgCFHgIA0B4CANceAgAgHwIALB8CAHAfAgB2HwIAwB8CAMYfAgAQIAIAFSACAGAgAgBmIAIAoCUNAMEgAgAAIQIAASECAFAhAgAGIQIAACYCAFUhAgCgIQIAriECAPAhAgD9IQIAQCICAEoiAgCQIgIAnCICAOAiAgDmIgIAMCMCADwjAgCAIwIAkyMCANAjAgDfIwIAICQCACwkAgBwJAIAcSQCAMAkAgDKJAIAECUCAB4lAgBgJQIAZSUCALAlAgC9JQIA8CUNAAwmAgBQJgIAYCYCAKAmAgCsJgIA8CYCAPYmAgBAJwIATCcCAJAnAgCdJwIA4CcCAO8nAgAwKAIAPCgCAIAoAgCMKAIA0CgCAOMoAgAgKQIALykCAHApAgB8KQIAwCkCAMEpAgAQKgIAGioCAGAqAgBuKgIAsCoCALUqAgAAKwIADSsCAEAmDQBSKwIAAJYFAFwrAgCgKwIAXSsCAEBxCABeKwIA0OQJALQrAgDwKwIA/CsCAEAsAgBGLAIAkCwCAJYsAgDgLAIA5SwCADAtAgA2LQIAkCYNAIwtAgDQLQIA3S0CAHCIAgDjLQIAIC4CACUuAgCwPgIAKC4CANDIAgAsLgIAcC4CAHYuAgDALgIAxi4CABAvAgAVLwIAYC8CAGYvAgDgJg0AvC8CAAAwAgAGMAIAUDACAFUwAgCgMAIApzACAPAwAgD+MAIAQDECAFsxAgCQMQIAnjECAOAxAgDjMQIAMDICAD4yAgCAMgIAhTICANAyAgDdMgIAIDMCACwzAgBwMwIAdjMCAMAzAgDGMwIAEDQCABU0AgBgNAIAZjQCADAnDQC1NAIAADUCAAk1AgBQNQIAXTUCAKA1AgCnNQIA8DUCAAE2AgBANgIARTYCAJA2AgCfNgIA4DYCAOI2AgAwNwIAQTcCAIA3AgCMNwIA0DcCANY3AgAgOAIAJjgCAHA4AgB1OAIAwDgCAMY4AgCAJw0AJzkCAGA5AgBsOQIAsDkCALw5AgAAOgIABjoCAFA6AgBWOgIAoDoCAKU6AgDwOgIA9joCANAnDQBGOwIAwGoCAFc7AgCQOwIAmTsCAOA7AgD2OwIAMDwCADw8AgCAPAIAjTwCANA8AgDaPAIAID0CACw9AgBwPQIAdj0CAMA9AgDGPQIAED4CABU+AgBgPgIAZj4CACAoDQC5PgIAAD8CAAo/AgBQPwIAVT8CAKA/AgCwPwIA8D8CAAlAAgBAQAIARUACAJBAAgCZQAIA4EACAO1AAgAwQQIAN0ECAIBBAgCDQQIA0EECANxBAgAgQgIAM0ICAHBCAgB/QgIAwEICAMxCAgAQQwIAEUMCAGBDAgBqQwIAsEMCAL5DAgAARAIABUQCAFBEAgBdRAIAcCgNAKNEAgDwRAIA80QCAEBFAgBNRQIAsKAJAE9FAgCQRQIAkkUCAOBFAgDjRQIAMEYCADpGAgCARgIAjEYCANBGAgDjRgIAIEcCAC9HAgBwRwIAfEcCAMBHAgDBRwIAEEgCABpIAgBgSAIAbkgCALBIAgC1SAIAAEkCAA1JAgDAKA0AUUkCAKBJAgCsSQIA8EkCAPZJAgBASgIAQkoCAJBKAgCaSgIA4EoCAO5KAgAwSwIANUsCAIBLAgCNSwIA0EsCANxLAgAgTAIAM0wCAHBMAgB/TAIAwEwCAMxMAgAQTQIAEU0CAGBNAgBqTQIAsE0CAL5NAgAATgIABU4CAFBOAgBdTgIAECkNAKlOAgDwTgIArE4CAMBxCgD2TgIAQE8CAENPAgCQTwIAnk8CAOBPAgDlTwIAMFACAD1QAgCAUAIAjFACANBQAgDWUAIAIFECACZRAgBwUQIAdVECAMBRAgDGUQIAYCkNABJSAgBgUgIAF1ICAJAACwBvUgIAsFICANBSAgAAUwIABVMCAFBTAgBrUwIAoFMCAKxTAgDwUwIA9lMCAEBUAgBQVAIAkFQCAKFUAgDgVAIA5VQCADBVAgA0VQIAgFUCAIxVAgDQVQIA1lUCACBWAgAmVgIAcFYCAHVWAgDAVgIAxlYCALApDQAmVwIAYFcCAGFXAgCwVwIAwVcCAABYAgAMWAIAUFgCAGZYAgCgWAIArFgCAPBYAgD9WAIAQFkCAEpZAgCQWQIAnFkCAOBZAgDnWQIAMFoCADxaAgCAWgIAhloCANBaAgDWWgIAIFsCACVbAgBwWwIAdlsCAAAqDQDCWwIAIMULAMlbAgAQXAIAEVwCAGBcAgBhXAIAsFwCALVcAgAAXQIABl0CAFBdAgBaXQIAoF0CAKxdAgDwXQIA910CAEBeAgBFXgIAkF4CAJFeAgDgXgIA7F4CADBfAgA2XwIAgF8CAIJfAgDQXwIA2l8CACBgAgAuYAIAcGACAHVgAgDAYAIAzWACABBhAgAcYQIAYGECAHNhAgCwYQIAv2ECAABiAgAMYgIAUGICAFFiAgCgYgIAqmICAPBiAgD+YgIAQGMCAEVjAgCQYwIAnWMCAFAqDQDxYwIAMGQCADxkAgCAZAIAl2QCANBkAgDSZAIAIGUCADFlAgBwZQIAcmUCAMBlAgDGZQIAEGYCACdmAgBgZgIAaWYCALBmAgDGZgIAAGcCAAxnAgBQZwIAXWcCAKBnAgCqZwIA8GcCAPxnAgBAaAIAU2gCAJBoAgCfaAIA4GgCAOxoAgAwaQIAMWkCAIBpAgCKaQIA0GkCAN5pAgAgagIAJWoCAHBqAgB9agIAoCoNAMJqAgAQawIAJGsCAGBrAgBuawIAsGsCAL1rAgAAbAIAB2wCAFBsAgBcbAIAoGwCALNsAgDwbAIA9WwCAEBtAgBJbQIAkG0CAJptAgDgbQIA5W0CADBuAgBAbgIAgG4CAJluAgDQbgIA1W4CACBvAgApbwIAcG8CAH1vAgDAbwIAx28CABBwAgATcAIAYHACAGxwAgCwcAIAw3ACAABxAgAPcQIAUHECAFxxAgCgcQIAoXECAPBxAgD6cQIAQHICAE5yAgCQcgIAlXICAOByAgDtcgIA8CoNAElzAgCAcwIAjHMCANBzAgDWcwIAIHQCADB0AgBwdAIAdXQCAMB0AgDGdAIAEHUCACZ1AgBgdQIAYnUCALB1AgC6dQIAAHYCAAx2AgBQdgIAY3YCAKB2AgCvdgIA8HYCAPx2AgBAdwIAQXcCAJB3AgCadwIA4HcCAO53AgAweAIANXgCAIB4AgCNeAIAQCsNANN4AgBA8QoA2ngCAHDjCwDceAIAQDAIAN14AgDwKgMA33gCACB5AgApeQIAcHkCAHZ5AgDAeQIAxnkCABB6AgAcegIAYHoCAG16AgCwegIAunoCAAB7AgAWewIAUHsCAFV7AgCgewIAp3sCAPB7AgD+ewIAQHwCAFB8AgCQfAIAnnwCAOB8AgDvfAIAMH0CADJ9AgCAfQIAin0CANB9AgDefQIAIH4CACV+AgBwfgIAfX4CAMB+AgDMfgIAEH8CACN/AgBgfwIAb38CALB/AgC8fwIAAIACAAGAAgBQgAIAWoACAKCAAgCugAIA8IACAPWAAgBAgQIATYECAJArDQCSgQIA4IECAJyBAgBwKAgA8YECADCCAgA5ggIAgIICAIyCAgDQggIA3IICACCDAgAmgwIAcIMCAHaDAgDAgwIAxYMCABCEAgAWhAIA4CsNAGaEAgAwLA0AvIQCAIAsDQADhQIAIC0NAFOFAgBwLQ0AVYUCACDXAwCjhQIAENcJAK2FAgDwhQIA+oUCAECGAgBChgIAkIYCAKOGAgDghgIA7IYCADCHAgA2hwIAgIcCAIaHAgDQhwIA1YcCACCIAgAmiAIAwC0NAHqIAgDAiAIAwogCABCJAgAaiQIAYIkCAG6JAgCwiQIAtYkCAACKAgANigIAUIoCAFyKAgCgigIApooCAPCKAgD2igIAQIsCAEWLAgCQiwIAlosCABAuDQDpiwIAQFQMAO2LAgAwjAIA8YsCAHC4CQA9jAIAgIwCAE+MAgCg9wMAhYwCANCMAgDajAIAII0CACiNAgBwjQIAN40CAKD5CwB2jQIAgJgKAH6NAgDQwAoAf40CANAtBwCAjQIAwI0CAIGNAgCwggkAzo0CABCOAgAdjgIAYI4CAGeOAgCwjgIAuI4CAACPAgABjwIAMHEJAAOPAgBQjwIAFo8CAFBvCQBkjwIAoI8CALaPAgDwjwIACZACAECQAgBFkAIAkJACAKGQAgBgLg0A8ZACADCRAgAykQIAgJECAIqRAgDQkQIA3pECACCSAgAlkgIAcJICAH2SAgDAkgIAyJICABCTAgAckwIAYJMCACCTAgCglAIAZpMCALCTAgC2kwIAAJQCAAWUAgBQlAIAVpQCALAuDQCilAIA8JQCAP6UAgBAlQIAUZUCAAAvDQCXlQIAUC8NAOiVAgAwlgIAPpYCAICWAgA/lgIAgJsCAI2WAgDQlgIA35YCACCXAgAllwIAcJcCAIaXAgDAlwIAwZcCABCYAgASmAIAYJgCAGqYAgCwmAIAvpgCAACZAgAZmQIAUJkCAGGZAgCgmQIArJkCAPCZAgD4mQIAQDANAFSaAgCQmgIAkZoCAOCaAgDsmgIAMJsCADObAgCQMA0AgpsCANCbAgDdmwIAIJwCAC2cAgBwnAIAdZwCAMCcAgDKnAIAEJ0CABidAgBgnQIAcJ0CALCdAgC+nQIAAJ4CAA2eAgBQngIAV54CAKCeAgCongIA8J4CAPOeAgBAnwIAVJ8CAJCfAgCmnwIA4J8CAPmfAgAwoAIANaACAICgAgCRoAIA4DANANigAgAwMQ0A3KACADBACADsoAIAAGUOAC2hAgBwoQIAd6ECAMChAgDMoQIAEKICACCiAgBgogIAbqICALCiAgC9ogIAAKMCAAyjAgBQowIAV6MCAIAxDQCiowIA8KMCAKWjAgAQgwMA/aMCAECkAgBNpAIAkKQCAJWkAgDgpAIA6qQCADClAgA4pQIAgKUCAImlAgDQpQIA06UCACCmAgAspgIA0DENAHWmAgDApgIAfKYCANDRCADFpgIAEKcCABinAgBgpwIAdqcCALCnAgCypwIAAKgCAA2oAgBQqAIAZKgCACAyDQClqAIA8KgCAPioAgAAyggA+qgCAECpAgBIqQIAkKkCAJypAgDgqQIA7akCADCqAgA1qgIAgKoCAImqAgDQqgIA56oCACCrAgArqwIAcDINAH6rAgDAqwIAw6sCABCsAgATrAIAYKwCAG6sAgCwrAIAvawCAACtAgAXrQIAUK0CAFitAgCgrQIApq0CAPCtAgD8rQIAQK4CAEquAgCQrgIAma4CAOCuAgDmrgIAMK8CAD2vAgDAMg0AjK8CANCvAgCOrwIAMNYIAN+vAgAgsAIAMbACAHCwAgBysAIAwLACAMawAgAQsQIAHLECAGCxAgBnsQIAsLECALixAgAAsgIAArICAFCyAgBdsgIAoLICAKeyAgDwsgIA+LICAECzAgBNswIAkLMCAJWzAgDgswIA6rMCADC0AgA4tAIAgLQCAIm0AgDQtAIA07QCACC1AgAstQIAcLUCAHe1AgAQMw0AzbUCABC2AgDWtQIAwLoCAPa1AgBA2ggAK7YCAGC2AgBitgIAsLYCAMG2AgAAtwIADrcCAFC3AgBXtwIAoLcCAKi3AgDwtwIA9bcCAEC4AgBBuAIAkLgCAJy4AgDguAIA5rgCADC5AgAyuQIAgLkCAIq5AgDQuQIA3rkCACC6AgAlugIAcLoCAH26AgBgMw0AwboCABC7AgAVuwIAYLsCAGa7AgCwuwIAursCAAC8AgAMvAIAULwCAFe8AgCgvAIAqLwCAPC8AgDyvAIAQL0CAE29AgCQvQIAl70CAOC9AgDovQIAML4CAD2+AgCAvgIAhb4CANC+AgDavgIAIL8CACi/AgBwvwIAeb8CAMC/AgDDvwIAEMACABzAAgBgwAIAZ8ACALAzDQC8wAIA0MwIAMTAAgAAwQIADcECAFDBAgBawQIAoMECAKLBAgDwwQIAA8ICAEDCAgBIwgIAkMICAJzCAgDgwgIA5sICADDDAgA2wwIAgMMCAIXDAgDQwwIA1sMCAAA0DQAuxAIAcMQCAH/EAgDAxAIA3MQCABDFAgDgxAIA8O4CABjFAgBQNA0AacUCALDFAgC9xQIAAMYCAArGAgBQxgIAXsYCAKDGAgC2xgIA8MYCAPzGAgBAxwIASMcCAKA0DQCWxwIA4McCAObHAgAwyAIANcgCAIDIAgCGyAIA8DQNANXIAgAgyQIAKckCAHDJAgB6yQIAwMkCAMjJAgAQygIAFcoCAGDKAgBwygIAsMoCALjKAgAAywIABssCAODMAgAZywIAUMsCAFXLAgCgywIAqcsCAPDLAgD9ywIAQMwCAEfMAgCQzAIAk8wCAEA1DQDizAIAMM0CAD3NAgCAzQIAl80CANDNAgDczQIAkDUNADbOAgBwzgIAcc4CAMDOAgDKzgIAEM8CABjPAgBgzwIAas8CALDPAgC1zwIAANACAAjQAgBQ0AIAUtACAKDQAgBT0AIAoNUCAFfQAgDA4gIAZtACADDcAgCn0AIA8NACAPfQAgBA0QIASNECAJDRAgCU0QIA4NECAO7RAgAw0gIAOtICAIDSAgCL0gIA0NICANjSAgAg0wIAJdMCAHDTAgCL0wIAwNMCAMzTAgAQ1AIAFtQCAGDUAgBw1AIAsNQCAMHUAgAA1QIABdUCAFDVAgBU1QIA4DUNAKnVAgDw1QIACdYCAEDWAgBK1gIAkNYCAJbWAgDg1gIA4tYCADDXAgA/1wIAgNcCAIrXAgDQ1wIA2NcCACDYAgAk2AIAcNgCAH7YAgDA2AIAytgCABDZAgAb2QIAYNkCAGjZAgCw2QIAtdkCAADaAgAb2gIAUNoCAFzaAgCg2gIAptoCAPDaAgAA2wIAQNsCAFHbAgCQ2wIAldsCAODbAgDk2wIAMDYNADncAgCA3AIAkdwCANDcAgDa3AIAIN0CAC7dAgBw3QIAcd0CAMDdAgDR3QIAEN4CACTeAgBg3gIAaN4CALDeAgC03gIAAN8CAA7fAgBQ3wIAWt8CAKDfAgCr3wIA8N8CAPjfAgBA4AIAReACAJDgAgCr4AIA4OACAOzgAgAw4QIANuECAIDhAgCQ4QIA0OECAOHhAgAg4gIAJeICAHDiAgB04gIAgDYNAM7iAgAQ4wIAK+MCAGDjAgBu4wIAsOMCALfjAgAA5AIADOQCAFDkAgBY5AIA0DYNAK7kAgDw5AIA+uQCAEDlAgBL5QIAkOUCAJjlAgDg5QIA5eUCADDmAgBL5gIAgOYCAIzmAgDQ5gIA1uYCACDnAgAw5wIAcOcCAIHnAgDA5wIAxecCABDoAgAU6AIAIDcNAHHoAgCw6AIAuOgCAADpAgAB6QIAUOkCAFXpAgCg6QIArukCAPDpAgD96QIAQOoCAErqAgCQ6gIAnOoCAODqAgDm6gIAMOsCADjrAgCA6wIAh+sCANDrAgDc6wIAIOwCACbsAgBw7AIAfOwCAMDsAgDQ7AIAEO0CABztAgBg7QIAZu0CALDtAgC87QIAAO4CAA3uAgBQ7gIAX+4CAKDuAgCs7gIAcDcNAPzuAgBA7wIAR+8CAJDvAgCY7wIA4O8CAOLvAgAw8AIAOvACAIDwAgCI8AIAwDcNAN7wAgDw/QIA3/ACACDxAgAi8QIAcPECAIHxAgDA8QIA0fECABDyAgAc8gIAYPICAGfyAgCw8gIAuPICAADzAgAq8wIAUPMCAFXzAgCg8wIAofMCAPDzAgD68wIAQPQCAE70AgCQ9AIAlfQCAOD0AgDt9AIAMPUCAEz1AgCA9QIAnPUCABA4DQDd9QIAIPYCACT2AgBw9gIAdvYCAMD2AgDC9gIAEPcCABH3AgBg9wIAg/cCALD3AgDU9wIAAPgCACr4AgBQ+AIAWPgCAKD4AgCl+AIA8PgCAP34AgBA+QIASPkCAJD5AgCS+QIA4PkCAOj5AgAw+gIAWvoCAID6AgCN+gIA0PoCANX6AgAg+wIALfsCAHD7AgB8+wIAwPsCAOr7AgAQ/AIAGPwCAGD8AgB7/AIAsPwCALL8AgAA/QIAEf0CAFD9AgBZ/QIAoP0CAKz9AgBgOA0A/f0CAED+AgBH/gIAkP4CAJz+AgDg/gIA8/4CADD/AgA4/wIAgP8CAIX/AgDQ/wIA2f8CACAAAwAqAAMAcAADAHgAAwDAAAMAxQADABABAwAgAQMAYAEDAGgBAwCwAQMAyQEDAAACAwAFAgMAUAIDAFkCAwCgAgMArQIDAPACAwD3AgMAQAMDAEMDAwCwOA0AkgMDAOADAwDqAwMAMAQDADIEAwCABAMAmQQDANAEAwDSBAMAIAUDACMFAwBwBQMAfAUDAMAFAwDIBQMAADkNACQGAwBgBgMAYwYDALAGAwC6BgMAAAcDAAwHAwBQBwMAZgcDAKAHAwCoBwMA8AcDAP4HAwBACAMAQwgDAJAIAwCYCAMA4AgDAOMIAwAwCQMA7ggDAMAPAwA6CQMAgAkDADsJAwBQDAMAggkDANAJAwDWCQMAIAoDACoKAwBwCgMAfgoDAMAKAwDNCgMAEAsDACcLAwBgCwMAaAsDALALAwC5CwMAAAwDAAEMAwBQOQ0AWQwDAKAMAwCqDAMA8AwDAPoMAwBADQMATg0DAJANAwCdDQMA4A0DAPcNAwAwDgMAOA4DAIAOAwCHDgMA0A4DANUOAwAgDwMAJA8DAHAPAwB9DwMAoDkNAM0PAwAQEAMAGBADAGAQAwBmEAMAsBADALwQAwAAEQMADxEDAFARAwBVEQMAoBEDALsRAwDwEQMA/BEDAEASAwBGEgMAkBIDAKQSAwDgEgMA6BIDADATAwBGEwMAgBMDAIUTAwDQEwMA1xMDACAUAwAsFAMA8DkNAHcUAwDAFAMAzhQDABAVAwAdFQMAYBUDAHcVAwCwFQMAuBUDAAAWAwAGFgMAUBYDAFwWAwCgFgMApxYDAPAWAwD+FgMAQBcDAEMXAwCQFwMAmBcDAOAXAwDuFwMAMBgDADMYAwCAGAMAiBgDANAYAwDhGAMAIBkDACUZAwBwGQMAchkDAMAZAwDHGQMAEBoDAB4aAwBgGgMAbRoDALAaAwDHGgMAABsDAAgbAwBQGwMAWhsDAKAbAwCrGwMA8BsDAPwbAwBAHAMASBwDAEA6DQCSHAMA4BwDAOocAwAwHQMAMh0DAIAdAwCDHQMA0B0DANwdAwAgHgMAKh4DAHAeAwB4HgMAwB4DAM4eAwAQHwMAHR8DAGAfAwBoHwMAsB8DAMYfAwAAIAMADCADAFAgAwBmIAMAoCADAKUgAwDwIAMA9iADAEAhAwBUIQMAkDoNAJMhAwDgIQMA6CEDADAiAwA+IgMAgCIDAEYiAwCQvgYAjSIDANAiAwDYIgMAICMDACojAwBwIwMAeyMDAMAjAwDMIwMAECQDABgkAwDgOg0AZiQDALAkAwC1JAMAACUDAA8lAwBQJQMAXCUDAKAlAwCjJQMA8CUDAPMlAwBAJgMASCYDAJAmAwCVJgMA4CYDAPAmAwAwJwMAOCcDAIAnAwCDJwMA0CcDANonAwAgKAMAIigDAHAoAwB2KAMAwCgDAMooAwAQKQMAHikDAGApAwBtKQMAsCkDAMcpAwAAKgMACCoDAFAqAwBZKgMAoCoDAKEqAwAwOw0A/CoDAEArAwBDKwMAUDQIAE8rAwCQKwMAUysDAAAlCACaKwMA4CsDAOgrAwAgmwMA7CsDAPDgCwDuKwMAMCwDAPwrAwDwIQcANSwDAIAsAwA9LAMAYG4EAI0sAwDQLAMA0ywDAGCcCADWLAMAEPwHANgsAwAgLQMA2iwDAAAjBQDcLAMA0AcFACYtAwCgggUAKi0DAHAtAwAuLQMAcGQIAHUtAwDALQMAfC0DADDHAwDILQMAEC4DABMuAwBgLgMAbC4DALAuAwC2LgMAAC8DABsvAwBQLwMAXC8DAKAvAwCmLwMA8C8DAPgvAwBAMAMAQjADAJAwAwBFMAMAMDEDAJowAwDgMAMA6DADAIA7DQA9MQMAgDEDAIgxAwDQMQMA0zEDACAyAwAlMgMAcDIDAH8yAwDAMgMA4DIDABAzAwAcMwMAYDMDAGozAwCwMwMAuDMDAAA0AwASNAMAIDwNAFo0AwCgNAMArjQDAPA0AwD9NAMAQDUDAFc1AwCQNQMAmDUDAOA1AwDvNQMAMDYDADU2AwCANgMAjTYDANA2AwDdNgMAIDcDACw3AwBwNwMAfzcDAMA3AwDKNwMAEDgDAB44AwBgOAMAZTgDALA4AwC9OAMAADkDAAM5AwBQOQMAWDkDAKA5AwClOQMA8DkDAP05AwBAOgMASDoDAJA6AwCZOgMA4DoDAO06AwAwOwMAPjsDAIA7AwCTOwMA0DsDANg7AwAgPAMAJzwDAHA8AwB1PAMAwDwDANY8AwAQPQMAEj0DAGA9AwBuPQMAsD0DAL09AwAAPgMACD4DAFA+AwBTPgMAoD4DAKU+AwDwPgMA/z4DAEA/AwBgPwMAkD8DAJw/AwDgPwMA6j8DADBAAwA4QAMAgEADAJJAAwBwPA0A4UADACBBAwAnQQMAcEEDAHhBAwDAQQMAzUEDABBCAwAVQgMAYEIDAGpCAwCwQgMAuEIDAABDAwACQwMAAKwIAApDAwBgxAgAD0MDAFBDAwAQQwMAcH4HAFVDAwCgQwMArUMDAPBDAwD9QwMAQEQDAExEAwCQRAMAn0QDAOBEAwDqRAMAMEUDADhFAwCARQMAikUDANBFAwDVRQMAIEYDAChGAwDAPA0AfEYDAMBGAwDGRgMAEEcDACtHAwBgRwMAbEcDALBHAwC2RwMAAEgDABxIAwBQSAMAWEgDABA9DQCoSAMA8EgDAPpIAwBASQMAS0kDAJBJAwCcSQMA4EkDAOhJAwBgPQ0APEoDAIBKAwCGSgMA0EoDAOtKAwAgSwMALEsDAHBLAwB2SwMAwEsDAMhLAwAQTAMAFkwDAGBMAwBpTAMAsEwDAL1MAwAATQMADU0DAFBNAwBeTQMAoE0DAK1NAwDwTQMAB04DAEBOAwBITgMAkE4DAJVOAwDgTgMAoU4DAMBQAwDtTgMAME8DADhPAwCATwMAi08DANBPAwDVTwMAIFADACNQAwBwUAMAelADALA9DQDFUAMAEFEDAB9RAwBgUQMAYlEDALBRAwDBUQMAAFIDABFSAwBQUgMAZFIDAAA+DQCxUgMA8FIDAPNSAwBAUwMA+FIDAMB6BgD9UgMAENULAEpTAwCQUwMAklMDAOBTAwDqUwMAMFQDADxUAwCAVAMAqFQDANBUAwDbVAMAMAMEAPZUAwAgVQMAUVUDAHBVAwCWVQMAwFUDAOZVAwAQVgMAQlYDAGBWAwCQVgMAsFYDALhWAwAAVwMAKFcDAFBXAwCDVwMAoFcDANBXAwDwVwMA+FcDAEBYAwBPWAMAkFgDAJVYAwDgWAMA6VgDADBZAwDtWAMAYGADAEFZAwCAWQMAh1kDANBZAwDYWQMAIFoDAC1aAwBwWgMAdVoDAMBaAwDKWgMAEFsDABhbAwBgWwMAalsDAKBmAwBvWwMAsFsDALVbAwAAXAMADVwDAFBcAwBdXAMAoFwDAKxcAwDwXAMA/1wDAEBdAwBKXQMAkF0DAJhdAwDgXQMA6l0DADBeAwA1XgMAgF4DAIheAwBQPg0A3F4DACBfAwAmXwMAcF8DAItfAwDAXwMAzF8DABBgAwAWYAMAoD4NAG1gAwCwYAMAvGADAABhAwAPYQMAUGEDAFphAwCgYQMArmEDAPBhAwD1YQMAQGIDAE1iAwCQYgMAmGIDAOBiAwDqYgMAMGMDADVjAwCAYwMAiGMDANBjAwDTYwMAIGQDACxkAwBwZAMAdmQDAMBkAwDbZAMAEGUDABxlAwBgZQMAZmUDALBlAwC4ZQMAAGYDAAJmAwBQZgMAWmYDAPA+DQCmZgMA8GYDAPJmAwBAZwMATWcDAJBnAwCTZwMA4GcDAPFnAwAwaAMAMmgDAIBoAwCKaAMA0GgDANxoAwAgaQMAKGkDAEA/DQB1aQMAwGkDAMNpAwAQagMAGmoDAGBqAwBoagMAsGoDAL1qAwAAawMAAmsDAFBrAwBmawMAoGsDAKxrAwCQPw0ADGwDAEBsAwBcbAMA4D8NAJVsAwDgbAMA7WwDADBtAwA9bQMAgG0DAIxtAwDQbQMA320DACBuAwAqbgMAcG4DAH5uAwDAbgMAxW4DABBvAwAdbwMAYG8DAHlvAwCwbwMAsm8DAABwAwAHcAMAMEANAG1wAwCgcAMAsXADAPBwAwD8cAMAQHEDAFNxAwCQcQMAn3EDAOBxAwDscQMAMHIDADFyAwCAcgMAinIDANByAwDecgMAIHMDACVzAwBwcwMAfXMDAIBADQDFcwMAEHQDAB10AwBgdAMAbXQDALB0AwC8dAMAAHUDAA91AwBQdQMAWnUDAKB1AwCudQMA8HUDAPV1AwBAdgMATXYDAJB2AwCYdgMA4HYDAOp2AwAwdwMANXcDAIB3AwCIdwMAcEENANJ3AwAgeAMALngDAHB4AwCBeAMAwEENAMd4AwAQQg0AFXkDAGB5AwBoeQMAsHkDAL95AwAAegMABXoDAFB6AwBdegMAoHoDAK16AwDwegMA/HoDAEB7AwBPewMAkHsDAJp7AwCwQg0A5nsDAFAUCgDzewMAMHwDAD98AwCAfAMAjHwDANB8AwDRfAMAIH0DACp9AwBwfQMAfn0DAMB9AwDFfQMAEH4DAB1+AwAAQw0AZH4DALB+AwC7fgMAAH8DAA5/AwBQfwMAYX8DAKB/AwCsfwMA8H8DAPh/AwBQQw0ARYADAJCAAwCdgAMA4IADAO2AAwAwgQMAPIEDAICBAwCPgQMA0IEDANqBAwAgggMALoIDAHCCAwB9ggMAwIIDANeCAwCgQw0AHYMDAGCDAwBtgwMAsIMDALyDAwAAhAMAD4QDAFCEAwBahAMAoIQDAK6EAwDwhAMAvIQDADDNBwD1hAMAQIUDAE2FAwCQhQMAmIUDAOCFAwDmhQMAMIYDADyGAwCAhgMAkIYDANCGAwDZhgMAIIcDACOHAwBwhwMAfIcDAMCHAwDHhwMA8EMNAB2IAwBgiAMAb4gDALCIAwCxiAMAAIkDABeJAwBQiQMAaokDAKCJAwCsiQMA8IkDAAOKAwBAigMAT4oDAJCKAwCcigMA4IoDAOGKAwAwiwMAOosDAICLAwCOiwMA0IsDANWLAwAgjAMALYwDAEBEDQCKjAMAwIwDAM+MAwAQjQMAEo0DAGCNAwAVjQMAUJMDAG2NAwCwjQMAvY0DAACOAwAFjgMAUI4DAFqOAwCgjgMAr44DAPCOAwD1jgMAQI8DAE2PAwCQjwMAnY8DAOCPAwDsjwMAMJADAD+QAwCAkAMAipADANCQAwDdkAMAIJEDACWRAwBwkQMAdJEDAMCRAwDMkQMAEJIDABaSAwBgkgMAZpIDALCSAwC1kgMAAJMDAAaTAwCQRA0AXZMDAKCTAwCtkwMA8JMDAPyTAwBAlAMAT5QDAJCUAwCalAMA4JQDAO6UAwAwlQMANZUDAICVAwCNlQMA0JUDANeVAwAglgMAJZYDAHCWAwB8lgMAwJYDAMOWAwAQlwMAHZcDAGCXAwBllwMAsJcDALqXAwAAmAMADJgDAFCYAwBjmAMAoJgDAK6YAwDwmAMA85gDAECZAwBKmQMAkJkDAJyZAwDgmQMA5pkDADCaAwA2mgMAgJoDAIWaAwDQmgMA1poDAOBEDQAqmwMA8K8FACybAwCwcAcAL5sDAHCbAwBymwMAwJsDANGbAwAQnAMAIZwDAGCcAwBonAMAsJwDAMCcAwAAnQMAAp0DAFCdAwBenQMAoJ0DALGdAwAwRQ0A950DAIBFDQBBngMAkJ4DAJWeAwDgngMA5p4DADCfAwA6nwMAgJ8DAIyfAwDQnwMA1p8DACCgAwAmoAMAcKADAHWgAwDAoAMAxqADANBFDQAeoQMAYKEDAHmhAwCwoQMAsaEDAACiAwAdogMAUKIDAGqiAwCgogMAo6IDAPCiAwD1ogMAwEYNAFmjAwCQowMAlqMDAOCjAwCmowMA8BAEAOKjAwAwpAMANqQDAICkAwCUpAMA0KQDANikAwAgpQMALaUDAHClAwB1pQMAwKUDAMqlAwAQpgMAGKYDAGCmAwBxpgMAsKYDALWmAwAApwMAAqcDAFCnAwBXpwMAoKcDAKynAwDwpwMA96cDAECoAwBcqAMAkKgDAJioAwAQRw0A5agDADCpAwAyqQMAgKkDAIepAwDQqQMA3qkDACCqAwAtqgMAcKoDAIeqAwDAqgMAyKoDABCrAwAaqwMAYKsDACarAwDgDAQAa6sDALCrAwC8qwMAAKwDAAisAwBgRw0AUawDAKCsAwClrAMA8KwDAPOsAwBArQMASq0DAJCtAwCnrQMA4K0DAOatAwAwrgMAPK4DAICuAwCDrgMA0K4DAO2uAwAgrwMAMa8DAHCvAwCPrwMAwK8DAMivAwAQsAMAErADAGCwAwBvsAMAsLADALqwAwAAsQMADrEDAFCxAwBrsQMAoLEDAKyxAwDwsQMA+LEDALBHDQBMsgMAkLIDAJ+yAwDgsgMA5bIDADCzAwA2swMAgLMDAIezAwDQswMA2LMDACC0AwAitAMAcLQDAHe0AwDAtAMAwrQDABC1AwARtQMAYLUDAGq1AwCwtQMAvLUDAAC2AwAGtgMAULYDAGq2AwCgtgMAqLYDAPC2AwAGtwMAQLcDAE63AwCQtwMAk7cDAOC3AwDjtwMAMLgDAD64AwCAuAMAjbgDANC4AwDnuAMAILkDACi5AwBwuQMAcrkDAMC5AwDIuQMAELoDACe6AwBgugMAbLoDALC6AwDGugMAALsDAAi7AwBQuwMAXrsDAKC7AwCquwMA8LsDAPi7AwBAvAMAR7wDAJC8AwCcvAMA4LwDAOG8AwAwvQMAPL0DAIC9AwCNvQMA0L0DANe9AwAgvgMAI74DAHC+AwB4vgMAwL4DAMW+AwAQvwMAHb8DAGC/AwCOvwMAsL8DALi/AwAASA0ACMADABB5DQAcwAMAUMADAFjAAwBQSA0ArsADAPDAAwDywAMAQMEDAFHBAwCQwQMAmMEDAODBAwDswQMAMMIDADbCAwCAwgMAhsIDANDCAwDVwgMAIMMDACbDAwCgSA0AdcMDAMDDAwB8wwMAwNAKAMjDAwAQxAMAFcQDACCMCAAWxAMA4HUJABzEAwCgMwkAH8QDAGDEAwAhxAMAYHMJAGXEAwCwxAMAZsQDALCdBwC9xAMAAMUDAA3FAwBQxQMAXMUDAKDFAwCvxQMA8MUDAPrFAwDgSQ0ASsYDAJDGAwCVxgMA4MYDAOjGAwAwSg0ANscDAIDHAwCWxwMA0McDAN7HAwAgyAMALcgDAHDIAwByyAMAwMgDAMrIAwAQyQMAHMkDAGDJAwBnyQMAsMkDALjJAwAAygMAB8oDAFDKAwBZygMAoMoDAKzKAwDwygMA+MoDANBKDQBFywMAkMsDAJjLAwDgywMA78sDADDMAwA1zAMAgMwDAI3MAwDQzAMA3cwDACDNAwAszQMAcM0DAH/NAwDAzQMAys0DABDOAwAezgMAYM4DAGXOAwCwzgMAvc4DAADPAwAIzwMAUM8DAFrPAwCgzwMArs8DAPDPAwAG0AMAQNADAEzQAwCQ0AMAldADAODQAwDp0AMAMNEDADrRAwAgSw0AitEDANDRAwDc0QMAINIDACjSAwBwSw0AddIDAMDSAwDN0gMAENMDAB3TAwBg0wMAbNMDALDTAwC/0wMAANQDAArUAwBQ1AMAaNQDAKDUAwCq1AMA8NQDAP7UAwBA1QMAVtUDAJDVAwCc1QMA4NUDAOXVAwAw1gMAOdYDAIDWAwCK1gMA0NYDANjWAwDASw0ALdcDAHDXAwA21wMAsLYMAH3XAwDA1wMAzNcDABDYAwAf2AMAYNgDAGrYAwCw2AMAvtgDAADZAwAN2QMAUNkDAGfZAwCg2QMAqNkDAPDZAwD62QMAQNoDAEXaAwCQ2gMAmNoDABBMDQDs2gMAMNsDADbbAwCA2wMAm9sDANDbAwDc2wMAINwDACbcAwBw3AMAjNwDAMDcAwDI3AMAYEwNABXdAwBg3QMAbd0DALDdAwC93QMAAN4DAAzeAwBQ3gMAX94DAKDeAwCq3gMA8N4DAP7eAwBA3wMARd8DAJDfAwCd3wMA4N8DAOjfAwAw4AMANuADAIDgAwA64AMAYOIDAIzgAwDQ4AMA4OADACDhAwAp4QMAcOEDAHPhAwDA4QMAzOEDABDiAwAX4gMAsEwNAG7iAwCw4gMAxuIDAADjAwAM4wMAUOMDAFfjAwCg4wMAqOMDAPDjAwD14wMAQOQDAEnkAwCQ5AMAmuQDAABNDQDl5AMAMOUDAOzkAwBA6QMAOOUDAIDlAwCG5QMA0OUDANXlAwAg5gMAKeYDAHDmAwB65gMAwOYDAMzmAwAQ5wMAGOcDAFBNDQBl5wMAsOcDALjnAwAA6AMAC+gDAFDoAwBV6AMAoOgDAKPoAwDw6AMA+ugDAKBNDQBK6QMAkOkDAJTpAwDg6QMA5ekDADDqAwA26gMAgOoDAKDqAwDQ6gMA2OoDACDrAwAu6wMAcOsDAHPrAwDA6wMAyOsDABDsAwAZ7AMAYOwDAG3sAwCw7AMAtuwDAADtAwAM7QMAUO0DAFLtAwCg7QMAr+0DAPDtAwD77QMAQO4DAELuAwCQ7gMAqe4DAODuAwDx7gMAMO8DADzvAwDwTQ0AiO8DANDvAwDw7wMAIPADAC7wAwBw8AMAffADAMDwAwDH8AMAEPEDACzxAwBg8QMAaPEDAEBODQC18QMAAPIDAA3yAwBQ8gMAXfIDAKDyAwCs8gMA8PIDAP/yAwBA8wMASvMDAJDzAwCl8wMA4PMDAOjzAwAw9AMAP/QDAID0AwCC9AMA0PQDANn0AwAg9QMAI/UDAHD1AwB89QMAwPUDANz1AwAQ9gMAGPYDAJBODQBl9gMAsPYDAMb2AwAA9wMADPcDAFD3AwBz9wMA4E4NAKr3AwDw9wMA+PcDAED4AwBG+AMAQO8HAE/4AwCQ+AMAlfgDAOD4AwDt+AMAMPkDAD35AwCA+QMAjPkDAND5AwDf+QMAIPoDACr6AwBw+gMAePoDAMD6AwDK+gMAEPsDABX7AwBg+wMAaPsDADBPDQCz+wMAAPwDAB38AwBQ/AMAYfwDAKD8AwCu/AMAMEkEANX8AwDw/AMADP0DAED9AwBc/QMAgE8NAJb9AwDg/QMA5v0DADD+AwA1/gMAgP4DAIb+AwDQTw0A1f4DACD/AwAt/wMAcP8DAH3/AwDA/wMAzP8DABAABAAfAAQAYAAEAGoABACwAAQAvgAEAAABBAAFAQQAUAEEAF0BBACgAQQArAEEAPABBAD2AQQAQAIEAEYCBACQAgQAlQIEAOACBADmAgQAwFANAEQDBACAAwQApgMEANADBAD2AwQAIAQEAEYEBABwBAQAoAQEAMAEBADIBAQAEAUEADgFBABgBQQAlQUEALAFBADWBQQAAAYEACYGBABQBgQAhQYEAKAGBADQBgQA8AYEAPgGBABABwQARQcEAIBdBABPBwQAkAcEAJUHBADgBwQA7QcEADAIBAA9CAQAgAgEAIwIBADQCAQA3wgEACAJBAAqCQQAcAkEAH4JBADACQQAxQkEABAKBAAdCgQAYAoEAGgKBACwCgQAtgoEAAALBAC6CgQAAFsEAAwLBABQCwQAYAsEAKALBACpCwQA8AsEAPMLBABADAQATAwEAJAMBACXDAQAEFENAPQMBAAwDQQAMw0EAIANBACdDQQA0A0EAOENBAAgDgQAJw4EAHAOBACJDgQAwA4EAMgOBAAQDwQAJg8EAGAPBABlDwQAsA8EALcPBAAAEAQACRAEAFAQBABhEAQAoBAEAKwQBABgUQ0ABBEEAEARBABDEQQAkBEEAK0RBADgEQQA8REEADASBAA/EgQAgBIEAJESBADQEgQA3hIEACATBAAsEwQAcBMEAH0TBADAEwQAyhMEALBRDQAZFAQAYBQEAG0UBACwFAQAvhQEAAAVBAAPFQQAUBUEAFIVBACgFQQAqhUEAPAVBAD+FQQAQBYEAEUWBACQFgQAnRYEAOAWBADjFgQAMBcEADwXBACAFwQAkxcEANAXBADfFwQAIBgEACwYBABwGAQAcRgEAMAYBADKGAQAEBkEAB4ZBABgGQQAZRkEALAZBAC9GQQAAFINAAUaBABQGgQAZhoEAKAaBAC2GgQA8BoEAPkaBABAGwQATRsEAJAbBACeGwQA4BsEAO8bBAAwHAQAMhwEAIAcBACKHAQA0BwEAN4cBAAgHQQAJR0EAHAdBAB9HQQAwB0EAMMdBAAQHgQAGB4EAGAeBABxHgQAsB4EAL4eBAAAHwQADR8EAFAfBABwHwQAoB8EAKgfBADwHwQAACAEAEAgBABCIAQAkCAEAJ4gBADgIAQA8SAEAPBSDQA2IQQAgCEEAIwhBABAUw0A1yEEACAiBADdIQQAUM0FACciBABwIgQAdiIEAMAiBADMIgQAECMEABMjBABgIwQAYyMEALAjBADbIwQAACQEACMkBABQJAQAWyQEAKAkBAClJAQA8CQEAPMkBABAJQQASiUEAJAlBAC7JQQAkFMNAOUlBAAwJgQAPSYEAIAmBACNJgQA0CYEANwmBAAgJwQALycEAHAnBAB6JwQAwCcEAMgnBAAQKAQAGigEAGAoBABlKAQAsCgEALgoBADgUw0ADSkEAFApBABkKQQAoCkEAKgpBADwKQQA9SkEAEAqBABQKgQAkCoEAJgqBADgKgQA6ioEADArBAA7KwQAgCsEAIwrBADQKwQA2CsEADBUDQAhLAQAcCwEAHwsBADALAQAzywEABAtBAAeLQQAYC0EAHAtBACwLQQAvi0EAAAuBAAMLgQAUC4EAFcuBACgLgQAqC4EAPAuBAAGLwQAQC8EAFQvBACQLwQAky8EAOAvBAD9LwQAMDAEAEEwBACAMAQAiDAEANAwBADbMAQAIDEEACUxBABwMQQAczEEAMAxBADKMQQAEDIEABMyBACAVA0AdDIEALAyBACzMgQAADMEAB0zBABQMwQAYTMEAKAzBACoMwQA8DMEAPMzBABANAQATDQEAJA0BACWNAQA4DQEAPs0BAAwNQQAPDUEAIA1BACGNQQA0DUEANg1BAAgNgQAKzYEAHA2BAB1NgQAwDYEAMM2BAAQNwQAGjcEAGA3BABoNwQAsDcEAM83BADQVA0AFDgEAFA4BAB2OAQAoDgEAMY4BADwOAQAFjkEAEA5BAB2OQQAkDkEAMU5BADgOQQABjoEADA6BABWOgQAgDoEALU6BADQOgQA9DoEACA7BAA8OwQAcDsEAHg7BAAgVQ0AxTsEABA8BAAdPAQAYDwEAG08BACwPAQAvDwEAAA9BAAPPQQAUD0EAFo9BACgPQQArj0EAPA9BAD1PQQAQD4EAE0+BACQPgQAmD4EAOA+BADmPgQAMD8EAOo+BAAQQQQAPD8EAIA/BACQPwQA0D8EANk/BAAgQAQAI0AEAHBABAB8QAQAwEAEAMdABABwVQ0AHkEEAGBBBAB2QQQAsEEEALxBBAAAQgQAB0IEAFBCBABYQgQAoEIEAKVCBADwQgQA+UIEAEBDBABKQwQAwFUNAJFDBADgQwQA7EMEADBEBAA2RAQAgEQEAIJEBADQRAQA2kQEACBFBAAuRQQAcEUEAHVFBADARQQAzUUEABBGBAAYRgQAYEYEAGpGBACwRgQAvkYEAABHBAAWRwQAUEcEAFxHBACgRwQAp0cEAPBHBAD4RwQAQEgEAEVIBACQSAQAmUgEAOBIBADqSAQAEFYNAEhJBACASQQAg0kEANBJBADtSQQAIEoEADFKBABwSgQAiEoEAMBKBADMSgQAEEsEACNLBABgSwQAb0sEALBLBAC8SwQAAEwEAAFMBABQTAQAWkwEAKBMBACuTAQA8EwEAPVMBABATQQATU0EAGBWDQCVTQQA4E0EAO1NBAAwTgQAPU4EAIBOBACMTgQA0E4EAN9OBAAgTwQAKk8EAHBPBAB+TwQAwE8EAMVPBAAQUAQAHVAEAGBQBABoUAQAsFAEALZQBAAAUQQAulAEAOBSBAAMUQQAUFEEAGBRBACgUQQAqVEEAPBRBADzUQQAQFIEAExSBACQUgQAl1IEAFBXDQDuUgQAMFMEAEZTBACAUwQAjFMEANBTBADXUwQAIFQEAChUBABwVAQAdVQEAMBUBADJVAQAEFUEABpVBACgVw0AYVUEALBVBAC8VQQAAFYEAAZWBABQVgQAUlYEAKBWBACqVgQA8FYEAP5WBABAVwQARVcEAJBXBACdVwQA4FcEAOhXBAAwWAQAOlgEAIBYBACOWAQA0FgEAOZYBAAgWQQALFkEAHBZBAB3WQQAwFkEAMhZBAAQWgQAFVoEAGBaBABpWgQAsFoEALpaBADwVw0ADlsEAFBbBABmWwQAoFsEAKxbBADwWwQA91sEAEBcBABIXAQAkFwEAJVcBADgXAQA6VwEADBdBAA6XQQAQFgNAIFdBADQXQQA3F0EACBeBAAmXgQAcF4EAHJeBADAXgQAyl4EABBfBAAeXwQAYF8EAGVfBACwXwQAvV8EAABgBAAIYAQAUGAEAFpgBACgYAQArmAEAPBgBAAGYQQAQGEEAExhBACQYQQAl2EEAOBhBADoYQQAMGIEADViBACAYgQAiWIEANBiBADaYgQAkFgNACJjBADgKQoALmMEAHBjBACBYwQAwGMEAMVjBAAQZAQAJ2QEAGBkBAB0ZAQAsGQEAMhkBAAAZQQAD2UEAFBlBABVZQQAoGUEAK1lBADwZQQA/WUEAEBmBABMZgQAkGYEAJ9mBADgZgQA6mYEADBnBAA4ZwQAgGcEAJ5nBADQZwQA2GcEACBoBAApaAQAcGgEAH1oBADAaAQAwmgEABBpBAApaQQAYGkEAHFpBACwaQQAvGkEAABqBAAIagQA4FgNAFVqBACgagQAqGoEAPBqBAD/agQAQGsEAEVrBACQawQAnWsEAOBrBADtawQAMGwEADxsBACAbAQAj2wEANBsBADabAQAIG0EAChtBABwbQQAem0EAMBtBADFbQQAEG4EABhuBAAwWQ0Ad24EALBuBAC4bgQAAG8EAApvBABQbwQAVW8EAKBvBACobwQAgFkNAPVvBABAcAQASXAEAACwCQBNcAQAkHAEAFZwBACwewsAnXAEAOBwBADscAQAMHEEAD9xBACAcQQAinEEANBxBADYcQQA4EMJAN5xBAAgcgQALXIEAHByBACHcgQAwHIEAMhyBAAQcwQAGnMEAGBzBABlcwQAsHMEALhzBADQWQ0ADXQEAFB0BABedAQAoHQEALN0BADwdAQA+HQEAEB1BABDdQQAkHUEAJV1BADgdQQA73UEADB2BABQdgQAgHYEAIx2BADQdgQA2nYEACB3BAA8dwQAcHcEAHh3BAAgWg0A03cEABB4BAAWeAQAYHgEAGx4BACweAQAungEAAB5BAAGeQQAUHkEAF55BACgeQQArHkEAPB5BADzeQQAQHoEAEF6BACQegQAnHoEAOB6BADmegQAMHsEADZ7BACAewQAjHsEANB7BADtewQAIHwEACl8BABwfAQAfHwEAMB8BADDfAQAEH0EABp9BABgfQQAbH0EALB9BAC2fQQAAH4EAAZ+BABQfgQAVX4EAKB+BACmfgQAcFoNAPx+BABAfwQAQn8EAJB/BACffwQA4H8EAOt/BAAwgAQAPIAEAICABACHgAQA0IAEANiABAAggQQAKoEEAHCBBAB7gQQAwIEEAMyBBAAQggQAGIIEAGBbDQBiggQAsIIEAMOCBAAAgwQACIMEAFCDBABWgwQAoIMEAKyDBADwgwQA+oMEAECEBABGhAQAkIQEAJ6EBADghAQA7IQEADCFBAAzhQQAgIUEAIiFBADQhQQA0YUEACCGBAAshgQAcIYEAHaGBADAhgQAyIYEABCHBAAWhwQAYIcEAGyHBACwhwQAzYcEAACIBAAJiAQAUIgEAFyIBACgiAQAo4gEAPCIBAD6iAQAQIkEAEiJBACQiQQAoYkEAOCJBADuiQQAMIoEAEaKBACAigQAjooEANCKBADaigQAsFsNAC+LBABwiwQAe4sEAMCLBADMiwQAEIwEABeMBABgjAQAaIwEALCMBAC6jAQAAI0EAAuNBABQjQQAXI0EAKCNBACojQQAAFwNAPKNBABAjgQAU44EAJCOBACYjgQA4I4EAOaOBAAwjwQAPI8EAICPBACKjwQA0I8EANaPBAAgkAQALpAEAHCQBAB8kAQAwJAEAMOQBAAQkQQAGJEEAGCRBABhkQQAsJEEALyRBAAAkgQABpIEAFCSBABYkgQAoJIEAKaSBADwkgQA/JIEAECTBABdkwQAkJMEAJmTBADgkwQA7JMEADCUBAAzlAQAgJQEAIqUBADQlAQA2JQEACCVBAAxlQQAcJUEAH6VBADAlQQA1pUEABCWBAAelgQAYJYEAGqWBACwlgQAuJYEAACXBAAjlwQAUJcEAFSXBACglwQAq5cEAPCXBAD+lwQAQJgEAE+YBACQmAQAm5gEAOCYBADomAQAMJkEAD6ZBACAmQQAg5kEANCZBADYmQQAUFwNAC6aBABwmgQAc5oEAMCaBADImgQAwPQEAMyaBADQywQAz5oEALCgBADcmgQAEJsEACybBACgXA0AYpsEALCbBAC9mwQAAJwEAA2cBABQnAQAVZwEAKCcBACqnAQA8JwEAP+cBABAnQQARZ0EAJCdBACdnQQA4J0EAO2dBAAwngQAPJ4EAICeBACPngQA0J4EANqeBAAgnwQALJ8EAHCfBAB2nwQAwJ8EAMafBAAQoAQAFaAEAGCgBABmoAQA8FwNALWgBADQwQQAwaAEAAChBAAOoQQAUKEEAFyhBACgoQQAraEEAPChBAD6oQQAQKIEAFyiBACQogQArKIEAEBdDQDiogQAMKMEAD2jBACAowQAjaMEANCjBADVowQAIKQEACqkBABwpAQAf6QEAMCkBADFpAQAEKUEAB2lBABgpQQAbaUEALClBAC8pQQAAKYEAA+mBABQpgQAWqYEAKCmBACspgQA8KYEAPamBABApwQARqcEAJCnBACVpwQA4KcEAOanBACQXQ0AN6gEAICoBACOqAQA0KgEANOoBAAgqQQAL6kEAHCpBAB1qQQAwKkEAM2pBAAQqgQAHaoEAGCqBABsqgQAsKoEAL+qBAAAqwQACqsEAFCrBABeqwQAoKsEAKWrBADwqwQA/asEAECsBABMrAQAkKwEAKOsBADgrAQA76wEADCtBAA8rQQAgK0EAIGtBADQrQQA2q0EACCuBAAurgQAcK4EAHWuBADArgQAza4EAOBdDQAVrwQAYK8EAGmvBACwrwQAwa8EAACwBAAHsAQAULAEAFiwBACgsAQArbAEAPCwBAD1sAQAQLEEAEqxBACQsQQAmLEEAOCxBAD3sQQAMLIEADyyBACAsgQAirIEANCyBADYsgQAILMEACKzBABwswQAeLMEAMCzBADGswQAELQEABy0BABgtAQAY7QEALC0BAC1tAQAALUEAAm1BABQtQQAVrUEAKC1BACvtQQA8LUEAPy1BADQXg0AQrYEAJC2BACetgQA4LYEAPG2BAAgXw0AN7cEAHBfDQCFtwQA0LcEANi3BAAguAQAL7gEAHC4BAB1uAQAwLgEAM24BAAQuQQAHbkEAGC5BABsuQQAsLkEAL+5BAAAugQACroEABBgDQBSugQAoLoEALu6BADwugQA8roEAEC7BABauwQAkLsEAJ27BADguwQA7LsEADC8BAA6vAQAgLwEAJq8BADQvAQA37wEACC9BAAlvQQAcL0EAH29BADAvQQAzb0EABC+BAAcvgQAYL4EAG++BACwvgQAur4EAAC/BAAMvwQAUL8EAGO/BACgvwQAr78EAPC/BAD8vwQAQMAEAEHABACQwAQAmsAEAODABADuwAQAMMEEADXBBACAwQQAjcEEAGBgDQDdwQQAIMIEAC3CBABwwgQAfMIEAMDCBADPwgQAEMMEABrDBABgwwQAbsMEALDDBAC1wwQAAMQEAA3EBABQxAQAXMQEAKDEBACzxAQA8MQEAP/EBABAxQQATMUEAJDFBACRxQQA4MUEAOrFBAAwxgQAPsYEAIDGBACFxgQA0MYEAN3GBACwYA0ALccEAHDHBAByxwQAwMcEANnHBAAQyAQAIcgEAGDIBABsyAQAsMgEALjIBACgYQ0ABckEAFDJBABYyQQAoMkEAK/JBADwyQQA9ckEAEDKBABNygQAkMoEAJ3KBADgygQA7MoEADDLBAA/ywQAgMsEAIrLBADwYQ0A48sEACDMBAAvzAQAcMwEAHzMBADAzAQAwcwEABDNBAAazQQAYM0EAG7NBACwzQQAtc0EAADOBAANzgQAQGINAFXOBACgzgQArc4EAPDOBAD9zgQAQM8EAEzPBACQzwQAn88EAODPBADqzwQAMNAEAD7QBACA0AQAhdAEANDQBADd0AQAINEEACjRBABw0QQAdtEEAMDRBAB60QQA4BoFAMzRBAAQ0gQAINIEAGDSBABp0gQAsNIEALPSBAAA0wQADNMEAFDTBABX0wQAMGMNAKvTBADw0wQA8dMEAEDUBABY1AQAkNQEAJ3UBADg1AQA7NQEADDVBAA61QQAgNUEAITVBADQ1QQA1dUEACDWBAAm1gQAcNYEAJDWBADA1gQA2NYEABDXBAAn1wQAYNcEAGzXBACw1wQAutcEAADYBAAC2AQAUNgEAFfYBACg2AQAp9gEAPDYBAD22AQAQNkEAEzZBACQ2QQAk9kEAODZBADj2QQAMNoEADzaBACA2gQAg9oEAIBjDQDV2gQAINsEACjbBABw2wQAdtsEAMDbBADF2wQAENwEABncBABg3AQAatwEALDcBAC83AQAAN0EAAjdBADQYw0AVd0EAKDdBACo3QQA8N0EAPvdBABA3gQARd4EAJDeBACT3gQA4N4EAOreBAAgZA0APN8EAIDfBACH3wQA0N8EAN7fBAAg4AQAI+AEAHDgBAB44AQAwOAEAMPgBAAQ4QQAHOEEAGDhBABm4QQAsOEEAMvhBAAA4gQADOIEAFDiBABW4gQAoOIEAKjiBADw4gQA9OIEAEDjBABM4wQAkOMEAJ3jBADg4wQA6uMEADDkBAA45AQAgOQEAILkBADQ5AQA1OQEACDlBAAi5QQAcOUEAITlBABwZA0AyOUEABDmBAAU5gQAYOYEAGLmBACw5gQAs+YEAADnBAAI5wQAUOcEAF3nBACg5wQApecEAPDnBAD65wQAQOgEAEjoBACQ6AQAkegEAODoBADl6AQAMOkEADPpBACA6QQAg+kEANDpBADe6QQAIOoEADnqBABw6gQAgeoEAMDqBADM6gQAEOsEABjrBADAZA0AZesEALDrBAC46wQAAOwEAA/sBABQ7AQAVewEAKDsBACt7AQA8OwEAP3sBABA7QQATO0EAJDtBACf7QQA4O0EAOrtBAAw7gQAOO4EAIDuBACK7gQA0O4EANXuBAAg7wQAKO8EABBlDQB77wQAwO8EAMzvBAAQ8AQAGPAEAGBlDQBs8AQAsPAEALfwBAAA8QQADvEEAFDxBABT8QQAoPEEAKjxBADw8QQA8/EEAEDyBABM8gQAkPIEAJbyBADg8gQA+/IEADDzBAA88wQAgPMEAIbzBADQ8wQA8/MEACD0BAAj9AQAcPQEAJT0BACwZQ0Az/QEABD1BAAV9QQAYPUEAG31BACw9QQAvfUEAAD2BAAM9gQAUPYEAF/2BACg9gQAqvYEAPD2BAD+9gQAQPcEAEX3BACQ9wQAnfcEAOD3BADo9wQAAGYNAD34BACA+AQAiPgEAND4BADp+AQAIPkEACb5BABw+QQAdfkEAMD5BADg+QQAEPoEABz6BABg+gQAbfoEALD6BAC4+gQAAPsEAAP7BABQ+wQAWvsEAKD7BACi+wQA8PsEAPr7BABA/AQATPwEAFBmDQCm/AQA4PwEAOz8BAAw/QQANf0EAID9BAA4/QQA8D0OAIn9BADQ/QQA2v0EACD+BAAo/gQAsJIIACz+BABw/gQAQ/4EAHCCCAB2/gQAwP4EAIP+BACgXwoAxv4EABD/BAAV/wQAYP8EAGb/BACgZg0Avv8EAAAABQAWAAUAUAAFAFwABQCgAAUApQAFAPAABQD5AAUAQAEFAEoBBQCQAQUAmAEFAOABBQDvAQUAMAIFADUCBQCAAgUAjQIFANACBQDdAgUAIAMFACwDBQBwAwUAfwMFAMADBQDKAwUAEAQFAB4EBQBgBAUAbQQFALAEBQDHBAUAAAUFAAgFBQBQBQUAWgUFAKAFBQClBQUA8AUFAPgFBQCQZw0ATAYFAJAGBQCWBgUA4AYFAPsGBQAwBwUAPAcFAIAHBQCGBwUA4GcNAOMHBQAgCAUALwgFAHAIBQB8CAUAwAgFAMEIBQAQCQUAGgkFAGAJBQBuCQUAsAkFALUJBQAACgUADQoFADBoDQBVCgUAoAoFAKgKBQDwCgUA8woFAEALBQBJCwUAkAsFAJ8LBQDgCwUA6wsFADAMBQA4DAUAgAwFAJAMBQDQDAUA3gwFACANBQAxDQUAcA0FAHwNBQDADQUAyA0FACBpDQAWDgUAYA4FAGgOBQCwDgUAtw4FAAAPBQAODwUAUA8FAFYPBQCgDwUArA8FAPAPBQD/DwUAQBAFAEoQBQCQEAUAlRAFAOAQBQDmEAUAMBEFAEQRBQCAEQUAiBEFANARBQD4EQUAIBIFACkSBQBwEgUAfRIFAMASBQDOEgUAEBMFACMTBQBgEwUAfBMFAHBpDQC1EwUAABQFAA0UBQBQFAUAXRQFAKAUBQCsFAUA8BQFAP8UBQBAFQUAShUFAJAVBQCeFQUA4BUFAOUVBQAwFgUAPRYFAIAWBQCIFgUA0BYFANYWBQAgFwUALBcFAHAXBQCAFwUAwBcFAMkXBQAQGAUAExgFAGAYBQBsGAUAsBgFALcYBQDAaQ0AKBkFAFAZBQBZGQUAoBkFAK0ZBQDwGQUA/hkFAEAaBQBTGgUAkBoFAKwaBQAQag0A7hoFADAbBQBGGwUAgBsFAIwbBQDQGwUA1xsFACAcBQAoHAUAcBwFAHUcBQDAHAUAyRwFABAdBQAaHQUAYGoNAGEdBQCwHQUAvB0FAAAeBQAGHgUAUB4FAFIeBQCgHgUAqh4FAPAeBQD+HgUAQB8FAEUfBQCQHwUAnR8FAOAfBQDoHwUAMCAFADogBQCAIAUAjiAFANAgBQDmIAUAICEFACwhBQBwIQUAdyEFAMAhBQDIIQUAECIFABUiBQBgIgUAaSIFALAiBQC6IgUAsGoNAA4jBQBQIwUAZiMFAKAjBQCsIwUA8CMFAPUjBQBAJAUASSQFAJAkBQCaJAUA4CQFAOwkBQAwJQUANiUFAIAlBQCGJQUA0CUFANUlBQAgJgUAJiYFAABrDQB1JgUAwCYFAM0mBQAQJwUAHScFAGAnBQBsJwUAsCcFAL8nBQAAKAUACigFAFAoBQBeKAUAoCgFAKUoBQDwKAUA/SgFAEApBQBIKQUAkCkFAJopBQDgKQUA7ikFADAqBQBGKgUAgCoFAIwqBQDQKgUA1SoFACArBQApKwUAcCsFAHorBQDwaw0AzCsFABAsBQAhLAUAYCwFAGwsBQCwLAUAvywFAAAtBQAKLQUAUC0FAF4tBQCgLQUApS0FAPAtBQD9LQUAQC4FAEouBQCQLgUATC4FAAAyBQCeLgUA4C4FAPYuBQAwLwUAPC8FAIAvBQCFLwUA0C8FANkvBQAgMAUAKjAFAHAwBQB8MAUAwDAFAMYwBQAQMQUAFjEFAGAxBQBlMQUAsDEFALYxBQBAbA0ABjIFAFAyBQBWMgUAoDIFAKUyBQDwMgUA9jIFAJBsDQBOMwUAkDMFAKYzBQDgMwUA7DMFADA0BQA1NAUAgDQFAIk0BQDQNAUA2jQFACA1BQAsNQUAcDUFAIM1BQDANQUAzzUFABA2BQAcNgUAYDYFAGE2BQCwNgUAujYFAAA3BQAONwUAUDcFAFU3BQCgNwUArTcFAOBsDQD/NwUAQDgFAGA4BQCQOAUAnDgFAOA4BQDqOAUAMDkFADU5BQCAOQUAgTkFANA5BQDcOQUAIDoFAC06BQBwOgUAfDoFAMA6BQDTOgUAEDsFAB87BQBgOwUAbDsFALA7BQCxOwUAADwFAAo8BQBQPAUAXjwFAKA8BQClPAUA8DwFAP08BQAwbQ0AXD0FAIBtDQCWPQUA4D0FAOY9BQAwPgUANT4FAIA+BQCGPgUA0G0NANU+BQAgPwUAIz8FAHA/BQB8PwUAwD8FAMY/BQAQQAUAK0AFAGBABQBsQAUAsEAFALZABQAAQQUAAkEFAFBBBQBrQQUAoEEFAKJBBQDwQQUA/kEFAEBCBQBRQgUAkEIFAJJCBQDgQgUA+UIFADBDBQBBQwUAgEMFAIxDBQDAbg0A2kMFACBEBQAuRAUAcEQFAIZEBQDARAUAzEQFABBFBQAVRQUAYEUFAGlFBQCwRQUAukUFAABGBQAIRgUAUEYFAFVGBQCgRgUAr0YFAPBGBQD/RgUAQEcFAElHBQCQRwUAlkcFAOBHBQDmRwUAMEgFADxIBQCASAUAh0gFANBIBQDYSAUAIEkFACJJBQBwSQUAgEkFAMBJBQDKSQUAEEoFABxKBQBgSgUAZkoFALBKBQC4SgUAEG8NAAxLBQBQSwUAYUsFAKBLBQCsSwUA8EsFAP9LBQBATAUASkwFAJBMBQCeTAUA4EwFAOVMBQAwTQUAPU0FAIBNBQCITQUA0E0FANpNBQAAZAUA3E0FACBOBQAmTgUAcE4FAHZOBQDATgUAxU4FABBPBQAWTwUAYG8NAGxPBQCwTwUAtk8FAABQBQAbUAUAUFAFAFxQBQCgUAUAplAFAPBQBQD4UAUAQFEFAENRBQCQUQUAnFEFAOBRBQDxUQUAMFIFADxSBQCAUgUAj1IFANBSBQDaUgUAIFMFAC5TBQBwUwUAdVMFAMBTBQDNUwUAEFQFABhUBQBgVAUAalQFALBUBQC+VAUAAFUFABZVBQBQVQUAXFUFAKBVBQClVQUA8FUFAPlVBQBAVgUASlYFAFBwDQCWVgUA4FYFAOZWBQAwVwUAPFcFAIBXBQCNVwUA0FcFANpXBQAgWAUAKFgFAHBYBQB6WAUAwFgFAMVYBQAQWQUAEVkFAGBZBQBlWQUAsFkFAMFZBQAAWgUABVoFAFBaBQBnWgUAoFoFALRaBQDwWgUADFsFAEBbBQBIWwUAoHANAJhbBQDgWwUA6lsFADBcBQBEXAUAgFwFAIFcBQDQXAUA3FwFACBdBQA8XQUAcF0FAHhdBQDwcA0AyV0FABBeBQAeXgUAYF4FAB9eBQAQFAkAal4FALBeBQCyXgUAAF8FABlfBQBQXwUAYV8FAKBfBQCsXwUA8F8FAPhfBQBAcQ0ATGAFAJBgBQCWYAUA4GAFAPtgBQAwYQUAPGEFAIBhBQCGYQUA0GEFANNhBQAgYgUAKGIFAHBiBQCAYgUAwGIFAMViBQAQYwUAGWMFAGBjBQBtYwUAsGMFALdjBQCQcQ0ADmQFAFBkBQBmZAUAoGQFAKxkBQDwZAUA9WQFAEBlBQBJZQUAkGUFAJplBQDgZQUA/GUFADBmBQA4ZgUA4HENAIVmBQDQZgUA2GYFACBnBQAiZwUAcGcFAItnBQDAZwUAwmcFABBoBQAeaAUAYGgFAHFoBQCwaAUAsmgFAABpBQAZaQUAUGkFAGFpBQCgaQUArGkFAPBpBQD4aQUAMHINAExqBQCQagUAlmoFAOBqBQD7agUAMGsFADxrBQCAawUAhmsFANBrBQDTawUAgHINAD1sBQBwbAUAcWwFAMBsBQDPbAUAEG0FABVtBQBgbQUAbW0FALBtBQC9bQUAAG4FAAxuBQBQbgUAX24FAKBuBQCqbgUA8G4FAP5uBQBAbwUARW8FAJBvBQCdbwUA4G8FAOxvBQAwcAUANnAFAIBwBQBDcAUAgIQFAIZwBQDQcAUA1XAFACBxBQAmcQUA0HINAHVxBQDAcQUA4HEFABByBQAccgUAYHIFAGZyBQCwcgUAuHIFACCjBQC5cgUAAHMFAA1zBQBQcwUAVnMFAKBzBQCscwUA8HMFAPJzBQBAdAUAT3QFAJB0BQCbdAUA4HQFAOJ0BQAwdQUASXUFAIB1BQCRdQUA0HUFANx1BQAgdgUALHYFAHB2BQCDdgUAwHYFAM92BQAQdwUAHHcFAGB3BQBhdwUAsHcFALp3BQAAeAUADngFAFB4BQBVeAUAoHgFAK14BQAgcw0A/XgFAEB5BQBUeQUAkHkFAKx5BQDgeQUA/HkFAHBzDQA/egUAgHoFAIF6BQDQegUA33oFACB7BQAlewUAcHsFAH17BQDAewUAzXsFABB8BQAcfAUAYHwFAG98BQCwfAUAunwFAAB9BQAOfQUAUH0FAFV9BQCgfQUArX0FAPB9BQAAfgUAQH4FAEJ+BQCQfgUAnn4FAOB+BQDxfgUAwHMNADd/BQAQdA0AhX8FANB/BQDdfwUAIIAFAC2ABQBwgAUAdoAFAMCABQDMgAUAEIEFACCBBQBggQUAaYEFALCBBQCzgQUAAIIFAAyCBQBQggUAV4IFAGB0DQCsggUA8IIFAACDBQBAgwUASYMFAJCDBQCTgwUA4IMFAOyDBQAwhAUAN4QFALB0DQCPhAUA0IQFANyEBQAghQUAIYUFAHCFBQB6hQUAwIUFAM6FBQAQhgUAFYYFAGCGBQBthgUAAHUNALWGBQAAhwUAD4cFAFCHBQBwhwUAoIcFAKyHBQDwhwUA+ocFAECIBQBIiAUAkIgFAJyIBQDgiAUA5ogFADCJBQA2iQUAgIkFAIWJBQDQiQUA1okFAPB1DQAligUAcIoFAHmKBQDAigUA0YoFABCLBQAXiwUAYIsFAGiLBQCwiwUAvYsFAACMBQAFjAUAUIwFAFqMBQCgjAUAqIwFAPCMBQD/jAUAQI0FAEWNBQCQjQUAnY0FAOCNBQDtjQUAMI4FADyOBQCAjgUAj44FANCOBQDajgUAII8FACiPBQBwjwUAeo8FAMCPBQDFjwUAEJAFABiQBQDgdg0AZZAFALCQBQCzkAUAAJEFAAqRBQAwdw0AVpEFAKCRBQClkQUA8JEFABCSBQBAkgUATJIFAJCSBQCWkgUA4JIFAOOSBQAwkwUAMpMFAICTBQCbkwUA0JMFANKTBQAglAUALpQFAHCUBQCBlAUAwJQFAMKUBQAQlQUAKZUFAGCVBQBxlQUAsJUFALyVBQCAdw0AEJYFAFCWBQBwlgUAoJYFAKKWBQDwlgUA/JYFAHDeCwD/lgUAgLEFAAyXBQAAvgUAGZcFAECXBQBDlwUAkJcFAJ2XBQBAnAUAn5cFAOCXBQDllwUAMJgFAD2YBQCAmAUAjZgFANCYBQDcmAUAIJkFAC+ZBQBwmQUAepkFAMCZBQDOmQUAEJoFABWaBQBgmgUAbZoFALCaBQC8mgUAAJsFAAabBQBQmwUAVpsFAKCbBQClmwUA8JsFAPabBQDQdw0ASZwFAJCcBQCmnAUA4JwFAPmcBQAwnQUAPJ0FAICdBQCGnQUA0J0FANWdBQAgngUAMJ4FAHCeBQB2ngUAwJ4FAMyeBQAQnwUAGp8FAGCfBQBmnwUAsJ8FAL6fBQAAoAUADKAFAFCgBQBToAUAoKAFAKygBQDwoAUAA6EFAEChBQBPoQUAkKEFAJyhBQDgoQUA7KEFADCiBQA3ogUAgKIFAIyiBQDQogUA16IFACB4DQA2owUAcKMFAHKjBQDAowUA1KMFABCkBQAYpAUAYKQFAG2kBQCwpAUAtaQFAAClBQAKpQUAUKUFAFilBQCgpQUAuaUFAPClBQD8pQUAQKYFAEimBQBweA0Aq6YFAOCmBQDipgUAMKcFAD6nBQCApwUAkacFANCnBQDSpwUAIKgFADmoBQBwqAUAgagFAMCoBQDMqAUAwHgNABWpBQBgqQUAaakFALCpBQDBqQUAAKoFAAeqBQBQqgUAWKoFAKCqBQCtqgUA8KoFAPWqBQBAqwUASqsFAJCrBQCYqwUA4KsFAPmrBQAwrAUAPKwFAICsBQCIrAUAYHkNANOsBQAgrQUAKq0FAHCtBQByrQUAwK0FANmtBQAQrgUAIa4FAGCuBQBurgUAsK4FALOuBQAArwUAC68FAFCvBQBcrwUAoK8FAKevBQCweQ0A9a8FAECwBQBIsAUAkLAFAJ6wBQDgsAUA4bAFADCxBQBLsQUAAHoNAIWxBQDQsQUA3bEFACCyBQAtsgUAcLIFAHyyBQDAsgUAz7IFABCzBQAaswUAYLMFAG6zBQCwswUAtbMFAAC0BQANtAUAULQFAFy0BQCgtAUAprQFAPC0BQD2tAUAQLUFAEW1BQCQtQUAlrUFAFB6DQDttQUAMLYFADK2BQCAtgUAmbYFANC2BQDhtgUAILcFACy3BQBwtwUAeLcFAEB7DQDFtwUAELgFABi4BQBguAUAebgFALC4BQC1uAUAALkFAAW5BQBQuQUAWrkFAKC5BQCjuQUA8LkFAPq5BQBAugUARroFAJC6BQCSugUA4LoFAOG6BQAwuwUAOLsFAIC7BQCQuwUA0LsFANa7BQAgvAUAJbwFAHC8BQCGvAUAwLwFAMi8BQAQvQUAOL0FAGC9BQCDvQUAsL0FAM+9BQCQew0ACL4FAOB7DQBhvgUAoL4FAK6+BQDwvgUA/L4FAEC/BQBNvwUAkL8FAJq/BQDgvwUA6L8FADDABQA7wAUAgMAFAILABQDQwAUA08AFACDBBQAowQUAcMEFAHbBBQDAwQUAycEFABDCBQAdwgUAYMIFAGjCBQCwwgUAtcIFAADDBQAJwwUAUMMFAFrDBQCgwwUAqMMFAPDDBQD1wwUAQMQFAFDEBQCQxAUAmMQFAODEBQDixAUAMMUFAEvFBQCAxQUAgsUFANDFBQDexQUAIMYFADHGBQBwxgUAcsYFAMDGBQDZxgUAEMcFACHHBQBgxwUAbMcFALDHBQC4xwUAMHwNAAbIBQBQyAUAVcgFAKDIBQDAyAUA8MgFAPzIBQBAyQUARskFAJDJBQCTyQUA4MkFAOjJBQAwygUAOsoFAIDKBQCFygUA0MoFANjKBQAgywUAKssFAHDLBQByywUAwMsFANHLBQAQzAUAMMwFAGDMBQBozAUAsMwFALrMBQAAzQUABc0FAIB8DQBkzQUAoM0FAKjNBQDwzQUA9c0FAEDOBQBQzgUAkM4FAJjOBQDgzgUA6s4FADDPBQA7zwUAgM8FAIzPBQDQzwUA2M8FANB8DQAs0AUAcNAFAHzQBQDA0AUAx9AFABDRBQAY0QUAYNEFAHnRBQCw0QUAttEFAADSBQAF0gUAUNIFAHDSBQCg0gUArNIFAPDSBQD20gUAQNMFAEPTBQAgfQ0AktMFAODTBQCe0wUAAMYMAOPTBQAw1AUAOtQFAIDUBQCO1AUA0NQFAN/UBQAg1QUAI9UFAHDVBQA41QUAEPkFADzVBQCw6gUAfNUFAMDVBQDC1QUAENYFABbWBQBg1gUAb9YFALDWBQC71gUAANcFAAjXBQCwNQYAGtcFAFDXBQBc1wUAoNcFALPXBQDw1wUA/9cFAEDYBQBM2AUAkNgFAJHYBQDg2AUA6tgFADDZBQA+2QUAgNkFAIXZBQDQ2QUA3dkFAHB9DQA62gUAcNoFAH/aBQDA2gUAxdoFABDbBQAd2wUAYNsFAG3bBQCw2wUAvNsFAADcBQAP3AUAUNwFAFrcBQCg3AUArtwFAPDcBQD13AUAQN0FAE3dBQCQ3QUAnN0FAODdBQDm3QUAMN4FADbeBQCA3gUAhd4FANDeBQDW3gUAwH0NACHfBQBw3wUAKd8FAHD2BwAt3wUAEOMHAEDfBQAwPQsAfN8FAMDfBQDG3wUAsFEIAM3fBQAQ4AUAE+AFAGDgBQBs4AUAsOAFALLgBQAA4QUABuEFAFDhBQBf4QUAoOEFAKvhBQDw4QUA8eEFAEDiBQBU4gUAkOIFAKriBQDg4gUA7OIFADDjBQBD4wUAgOMFAI/jBQDQ4wUA3OMFACDkBQAh5AUAcOQFAHrkBQDA5AUAzuQFABDlBQAV5QUAYOUFAG3lBQAQfg0AyuUFAADmBQAP5gUAUOYFAFXmBQCg5gUAreYFAPDmBQD95gUAQOcFAEznBQCQ5wUAn+cFAODnBQDq5wUAMOgFAD7oBQCA6AUAhegFANDoBQDd6AUAIOkFACzpBQBw6QUAdukFAMDpBQDG6QUAEOoFABXqBQBg6gUAZuoFAGB+DQDM6gUAsH4NAAbrBQBQ6wUAUusFAKDrBQCt6wUA8OsFAPPrBQBA7AUAQewFAJDsBQCV7AUA4OwFAObsBQAw7QUAOu0FAIDtBQCc7QUA0O0FAOztBQAAfw0AJu4FAHDuBQBy7gUAwO4FAM3uBQAQ7wUAE+8FAGDvBQBh7wUAsO8FALXvBQAA8AUABvAFAFDwBQBa8AUAoPAFALzwBQDw8AUADPEFAFB/DQBG8QUAkPEFAJbxBQDg8QUA5fEFADDyBQA28gUAoH8NAI7yBQDQ8gUA6/IFACDzBQAu8wUAcPMFAH3zBQDA8wUA1/MFABD0BQAf9AUAYPQFAGX0BQCw9AUAvfQFAAD1BQAN9QUAUPUFAFz1BQCg9QUAr/UFAPD1BQD69QUAQPYFAE72BQCQ9gUAlfYFAOD2BQDt9gUAMPcFADP3BQCA9wUAjPcFAND3BQDW9wUAIPgFACb4BQBw+AUAdfgFAMD4BQDG+AUA8H8NABr5BQBg+QUAZvkFALD5BQCy+QUAAPoFAA36BQBQ+gUAU/oFAKD6BQCh+gUA8PoFAPX6BQBA+wUARvsFAJD7BQCa+wUA4PsFAPr7BQAw/AUAP/wFAID8BQCF/AUA0PwFAN38BQAg/QUALf0FAHD9BQB8/QUAwP0FAM/9BQAQ/gUAGv4FAGD+BQBu/gUAsP4FALX+BQAA/wUADf8FAFD/BQBa/wUAsAgGAFz/BQCg/wUApv8FAPD/BQD2/wUAQAAGAEUABgCQAAYAlgAGAECADQDlAAYAMAEGAD0BBgCAAQYAjQEGANABBgDcAQYAIAIGAC8CBgBwAgYAegIGAMACBgDOAgYAEAMGABUDBgBgAwYAbQMGALADBgC4AwYAAAQGAAwEBgBQBAYAVgQGAKAEBgCmBAYA8AQGAPUEBgBABQYARgUGADCBDQCSBQYA4AUGAOkFBgAwBgYAMwYGAIAGBgCMBgYA0AYGANcGBgAgBwYAKAcGAHAHBgCJBwYAwAcGANQHBgAQCAYALAgGAGAIBgBoCAYA0IENAL4IBgAACQYAFgkGAFAJBgBcCQYAoAkGAKUJBgDwCQYA+QkGAEAKBgBKCgYAkAoGAKwKBgDgCgYA6AoGACCCDQA1CwYAgAsGAI0LBgDQCwYA3QsGACAMBgAsDAYAcAwGAH8MBgDADAYAygwGABANBgAeDQYAYA0GAGUNBgCwDQYAvQ0GAAAOBgAIDgYAUA4GAFoOBgCgDgYArg4GAPAOBgAGDwYAQA8GAEwPBgCQDwYAlQ8GAOAPBgDpDwYAMBAGADoQBgCAEAYAiBAGANAQBgDfEAYAIBEGACIRBgBwEQYAeREGAMARBgDDEQYAEBIGABwSBgBgEgYAZxIGALASBgC4EgYAABMGABkTBgBQEwYAZBMGAKATBgC8EwYA8BMGAPgTBgBwgg0ARRQGAJAUBgCdFAYA4BQGAO0UBgAwFQYAPBUGAIAVBgCPFQYA0BUGANoVBgAgFgYAKhYGAHAWBgB+FgYAwBYGANYWBgAQFwYAHBcGAGAXBgBlFwYAsBcGALkXBgAAGAYAChgGAFAYBgBcGAYAoBgGAKYYBgDwGAYA9hgGAEAZBgBFGQYAkBkGAJYZBgDAgg0A7BkGADAaBgA0GgYAgBoGAI8aBgDQGgYA1RoGACAbBgAtGwYAcBsGAH0bBgDAGwYAzBsGABAcBgAfHAYAYBwGAGocBgCwHAYAvhwGAAAdBgAFHQYAUB0GAF0dBgCgHQYArB0GAPAdBgD2HQYAQB4GAEYeBgCQHgYAlR4GAOAeBgDmHgYAEIMNADUfBgCAHwYAhx8GANAfBgDcHwYAICAGACIgBgBwIAYAIyAGAMAlBgCLIAYAwCAGAMIgBgAQIQYAHiEGAGAhBgBxIQYAsCEGALIhBgAAIgYAGSIGAFAiBgBhIgYAoCIGAKwiBgDwIgYA/CIGAEAjBgBTIwYAkCMGAJ8jBgDgIwYA7CMGADAkBgAxJAYAgCQGAIokBgDQJAYA3iQGACAlBgAlJQYAcCUGAH0lBgBggw0AwiUGABAmBgArJgYAYCYGAGImBgCwJgYAviYGAAAnBgARJwYAUCcGAFInBgCgJwYAuScGAPAnBgABKAYAQCgGAEwoBgCQKAYAnCgGAOAoBgDzKAYAMCkGAD8pBgCAKQYAjCkGANApBgDRKQYAICoGACoqBgBwKgYAfioGAMAqBgDFKgYAECsGAB0rBgBQhA0AZSsGALArBgC4KwYAACwGAAIsBgBQLAYAYSwGAKAsBgCuLAYA8CwGAAstBgBALQYATC0GAJAtBgCYLQYAQIUNAOUtBgAwLgYANy4GAIAuBgCMLgYA0C4GANMuBgAgLwYAKC8GAHAvBgCALwYAwC8GAMUvBgAQMAYAGTAGAGAwBgBtMAYAsDAGALcwBgAAMQYACDEGAJCFDQBdMQYAoDEGAKgxBgDwMQYABDIGAEAyBgBFMgYAkDIGAJkyBgDgMgYA5jIGADAzBgA4MwYAgDMGAI8zBgDQMwYA4TMGACA0BgApNAYAcDQGAHM0BgDANAYAyjQGABA1BgAcNQYAYDUGAGY1BgDghQ0AvTUGAAA2BgAFNgYAUDYGAFc2BgCgNgYArDYGAPA2BgD4NgYAMIYNAFs3BgCQNwYAkjcGAOA3BgDuNwYAMDgGAEE4BgCAOAYAgjgGANA4BgDpOAYAIDkGADE5BgBwOQYAfDkGAICGDQDPOQYAEDoGAB86BgBgOgYAaToGALA6BgC2OgYAADsGAAY7BgBQOwYAXDsGAKA7BgCnOwYA8DsGAPg7BgBAPAYARDwGAJA8BgCbPAYA4DwGAO48BgAwPQYAQT0GAIA9BgCMPQYA0D0GANg9BgDQhg0AIz4GAHA+BgB6PgYAwD4GAMI+BgAQPwYAKT8GAGA/BgBxPwYAsD8GAL4/BgAAQAYAA0AGAFBABgBbQAYAoEAGAK5ABgDwQAYA/UAGAEBBBgBXQQYAkEEGAJhBBgDgQQYA4kEGADBCBgA4QgYAgEIGAI9CBgDQQgYA1UIGACBDBgAtQwYAcEMGAH1DBgDAQwYAzEMGABBEBgAfRAYAYEQGAGpEBgCwRAYAvkQGAABFBgAFRQYAUEUGAF1FBgCgRQYAqEUGAPBFBgD6RQYAQEYGAEVGBgCQRgYAmEYGAOBGBgDjRgYAMEcGAE1HBgCARwYAkUcGANBHBgDYRwYAIEgGACNIBgBwSAYAfEgGAMBIBgDGSAYAEEkGACtJBgBgSQYAbEkGALBJBgC2SQYAIIcNAA9KBgBQSgYAUUoGAKBKBgDWSgYA8EoGAP5KBgBASwYAQUsGAJBLBgCYSwYA4EsGAO9LBgAwTAYANUwGAIBMBgCNTAYA0EwGAN1MBgAgTQYALE0GAHBNBgB/TQYAwE0GAMpNBgAQTgYAHk4GAGBOBgBlTgYAsE4GAL1OBgAATwYACE8GAFBPBgBaTwYAoE8GAKVPBgDwTwYA+E8GAEBQBgBKUAYAkFAGAJtQBgDgUAYA7FAGADBRBgA4UQYAcIcNAIVRBgDQUQYA01EGACBSBgAqUgYAcFIGAHhSBgDAhw0AzlIGABBTBgAmUwYAYFMGAGxTBgCwUwYAtVMGAABUBgAJVAYAUFQGAFpUBgCgVAYAqFQGAPBUBgD8VAYAQFUGAFNVBgCQVQYAkVUGAOBVBgDuVQYAMFYGADZWBgCAVgYAjFYGANBWBgDXVgYAEIgNACFXBgBwVwYAfFcGAMBXBgDNVwYAEFgGABhYBgBgWAYAalgGALBYBgC/WAYAAFkGAAFZBgBQWQYAWFkGAKBZBgCvWQYA8FkGAPVZBgBAWgYATVoGAJBaBgCdWgYA4FoGAOxaBgAwWwYAP1sGAIBbBgCKWwYA0FsGAN5bBgAgXAYAJVwGAHBcBgB9XAYAwFwGAMhcBgAQXQYAFF0GAGBdBgBuXQYAsF0GALpdBgAAXgYAC14GAFBeBgBYXgYAoF4GAKteBgDwXgYA9V4GAEBfBgBDXwYAkF8GAJpfBgDgXwYA6F8GADBgBgBPYAYAYIgNAIJgBgDQYAYA0WAGACBhBgAqYQYAcGEGAH5hBgDAYQYA22EGABBiBgAcYgYAYGIGAGhiBgCwiA0AvGIGAABjBgAGYwYAUGMGAGtjBgCgYwYArGMGAPBjBgD2YwYAQGQGAEhkBgCQZAYAnmQGAOBkBgDjZAYAMGUGADhlBgCAZQYAiWUGANBlBgDdZQYAIGYGACJmBgBwZgYAi2YGAMBmBgDCZgYAEGcGAB5nBgBgZwYAcWcGALBnBgCyZwYAAGgGABloBgBQaAYAYWgGAKBoBgCsaAYA8GgGAPhoBgAAiQ0ARmkGAJBpBgCYaQYA4GkGAOdpBgAwagYANWoGAIBqBgCMagYA0GoGANNqBgAgawYAKGsGAHBrBgB9awYAwGsGAMVrBgAQbAYAGmwGAGBsBgBobAYAsGwGALxsBgAAbQYAE20GAFBtBgBebQYAoG0GAKNtBgDwbQYA+m0GAFCJDQBDbgYAkG4GAJhuBgDgbgYA424GADBvBgA8bwYAgG8GAIZvBgDQbwYA628GACBwBgAscAYAcHAGAHZwBgDAcAYAyHAGABBxBgAecQYAYHEGAGNxBgCwcQYAuHEGAAByBgAJcgYAUHIGAF1yBgCgcgYAonIGAPByBgALcwYAQHMGAEJzBgCQcwYAnnMGAOBzBgDxcwYAMHQGADJ0BgCAdAYAmXQGANB0BgDhdAYAIHUGACx1BgBwdQYAeHUGAKCJDQDGdQYAEHYGABh2BgBgdgYAZ3YGALB2BgC1dgYAAHcGAAx3BgBQdwYAU3cGAKB3BgCodwYA8HcGAP13BgBAeAYARXgGAJB4BgCaeAYA4HgGAOh4BgAweQYAPHkGAIB5BgCTeQYA0HkGAN55BgAgegYAI3oGAHB6BgB6egYA8IkNAMN6BgAQewYAHHsGAGB7BgBmewYAsHsGAMt7BgAAfAYADHwGAFB8BgBWfAYAoHwGAKh8BgDwfAYA/nwGAEB9BgBDfQYAkH0GAJh9BgDgfQYA6X0GADB+BgA9fgYAgH4GAIJ+BgDQfgYA634GACB/BgAifwYAcH8GAH5/BgDAfwYA0X8GABCABgASgAYAYIAGAHmABgCwgAYAwYAGAACBBgAMgQYAUIEGAFiBBgBAig0ApoEGAPCBBgD4gQYAQIIGAEeCBgCQggYAlYIGAOCCBgDsggYAMIMGADODBgCAgwYAiIMGANCDBgDdgwYAIIQGACWEBgBwhAYAeoQGAMCEBgDIhAYAEIUGAByFBgBghQYAc4UGALCFBgC+hQYAAIYGAAOGBgBQhgYAWoYGAJCKDQCihgYA8IYGAKWGBgCwUgcAqYYGANBzDACuhgYAULIHAPqGBgCQ8AsAAYcGAECHBgBRhwYAkIcGAJ6HBgDghwYA/IcGADCIBgBMiAYA4IoNAI6IBgDQiAYA3YgGACCJBgA3iQYAcIkGAHyJBgDAiQYAxokGABCKBgAWigYAYIoGAGWKBgCwigYAtooGADCLDQAFiwYAUIsGAFiLBgCgiwYAo4sGAPCLBgD8iwYAQIwGAEaMBgCQjAYAq4wGAOCMBgDsjAYAMI0GADaNBgCAjQYAiI0GANCNBgDSjQYAII4GADuOBgBwjgYAco4GAMCOBgDOjgYAEI8GACGPBgBgjwYAYo8GALCPBgDJjwYAAJAGABGQBgBQkAYAXJAGACCMDQC2kAYA8JAGAP+QBgBAkQYAGZEGAPCVBgBCkQYAkJEGAJ+RBgDgkQYA65EGADCSBgA8kgYAgJIGAIOSBgDQkgYAh5IGAACfBgCckgYAEJkGANySBgAgkwYAJpMGAHCTBgCLkwYAwJMGAMyTBgAQlAYAFpQGAGCUBgBslAYAsJQGALaUBgAAlQYABpUGAFCVBgBVlQYAoJUGAKaVBgBwjA0A85UGAECWBgBclgYAkJYGAJiWBgBgjQ0A7JYGADCXBgA2lwYAgJcGAJuXBgDQlwYA3JcGACCYBgAmmAYAcJgGAHiYBgDAmAYA4ZgGALCNDQAYmQYAAI4NAGWZBgCwmQYAvZkGAACaBgANmgYAUJoGAFyaBgCgmgYAr5oGAPCaBgD6mgYAQJsGAEibBgCQmwYAmpsGAOCbBgDumwYAMJwGAEacBgCAnAYAjJwGANCcBgDVnAYAIJ0GACmdBgBwnQYAep0GAMCdBgDInQYAEJ4GABqeBgBgngYAZZ4GALCeBgC4ngYAUI4NAAyfBgBQnwYAY58GAKCfBgCvnwYA8J8GAPyfBgBAoAYAQaAGAJCgBgCaoAYA4KAGAO6gBgAwoQYANaEGAIChBgCNoQYAoI4NANuhBgAgogYALKIGAHCiBgB2ogYAwKIGAMyiBgAQowYAGKMGAJCPDQBjowYAsKMGALijBgAApAYADaQGAFCkBgBVpAYAoKQGAKikBgDwpAYA8qQGAEClBgBbpQYAkKUGAJKlBgDgpQYA7qUGADCmBgBBpgYAgKYGAIKmBgDQpgYA6aYGACCnBgAxpwYAcKcGAHynBgDApwYAyKcGAOCPDQAVqAYAYKgGAG2oBgCwqAYAvagGAACpBgAMqQYAUKkGAF+pBgCgqQYAqqkGAPCpBgD+qQYAQKoGAEWqBgCQqgYAnaoGAOCqBgDoqgYAMKsGADKrBgCAqwYAiqsGANCrBgDYqwYAMJANACusBgBwrAYAfqwGAMCsBgDDrAYAEK0GABitBgBgrQYAdq0GALCtBgC1rQYAAK4GABauBgBQrgYAXK4GAKCuBgCtrgYA8K4GAPquBgCAkA0ATq8GAJCvBgCprwYA4K8GAPavBgAwsAYAP7AGAICwBgCasAYA0LAGANOwBgCAtQYA27AGADC6BgDfsAYAILEGACWxBgBwsQYAfbEGAMCxBgDNsQYAELIGAByyBgBgsgYAb7IGALCyBgC6sgYAALMGAA6zBgBQswYAVbMGAKCzBgCtswYA8LMGAPyzBgBAtAYARrQGAJC0BgCWtAYA4LQGAOW0BgAwtQYANrUGANCQDQCMtQYA0LUGANa1BgAgtgYAO7YGAHC2BgB8tgYAwLYGAMa2BgAQtwYAF7cGAGC3BgBltwYA8LgGAGy3BgCwtwYAsrcGAAC4BgAHuAYAULgGAGy4BgCguAYAqLgGAMCRDQD0uAYAQLkGAE25BgCQuQYArLkGAOC5BgDouQYAEJINADW6BgCAugYAg7oGANC6BgDaugYAILsGADG7BgBwuwYAdbsGAMC7BgDFuwYAELwGADC8BgBgvAYAabwGALC8BgCxvAYAAL0GAAy9BgBQvQYAVr0GAKC9BgCmvQYA8L0GAPW9BgBAvgYARr4GAGCSDQCSvgYA4L4GAOa+BgAwvwYAUL8GAIC/BgCMvwYA0L8GANe/BgAgwAYAKMAGAHDABgB3wAYAwMAGAMzABgAQwQYAEsEGAGDBBgBnwQYAUJMNALLBBgAAwgYAA8IGAFDCBgBYwgYAoMIGALDCBgDwwgYA8sIGAEDDBgBOwwYAkMMGAKHDBgCgkw0A58MGAPCTDQA9xAYAgMQGAIfEBgDQxAYA2MQGACDFBgAuxQYAcMUGAHPFBgDAxQYAyMUGABDGBgAXxgYAYMYGAG7GBgCwxgYAs8YGAADHBgACxwYAUMcGAGnHBgCgxwYAsccGAPDHBgD8xwYAQMgGAEfIBgCQyAYAmMgGAODIBgDpyAYAMMkGAD3JBgCAyQYAiskGANDJBgDeyQYAIMoGADHKBgBwygYAeMoGAMDKBgDKygYAEMsGAB7LBgBgywYAdssGALDLBgC8ywYAAMwGAAfMBgBQzAYAWMwGAKDMBgCmzAYA8MwGAPzMBgBAzQYASs0GAJDNBgCWzQYA4M0GAPTNBgCQlA0ANc4GAIDOBgCDzgYA0M4GANrOBgAgzwYAIs8GAHDPBgCLzwYAwM8GAMLPBgAQ0AYAHtAGAGDQBgBx0AYAsNAGALLQBgAA0QYAGdEGAFDRBgBh0QYAoNEGAKzRBgDglA0ADdIGAEDSBgBR0gYAkNIGAKzSBgDg0gYA6NIGADCVDQA10wYAgNMGAIjTBgDQ0wYA29MGACDUBgAl1AYAcNQGAHPUBgDA1AYAytQGABDVBgAT1QYAYNUGAGjVBgCw1QYAstUGAADWBgAb1gYAUNYGAFLWBgCg1gYArtYGAPDWBgAB1wYAQNcGAELXBgCQ1wYAqdcGAODXBgDx1wYAMNgGADzYBgCA2AYAiNgGAICVDQDd2AYAINkGACjZBgBw2QYAetkGAMDZBgDL2QYAENoGABzaBgBg2gYAaNoGANCVDQC12gYAANsGAAXbBgBQ2wYAYdsGACCWDQCt2wYA8NsGAPLbBgBA3AYAWdwGAJDcBgCh3AYA4NwGAOzcBgAw3QYAON0GAHCWDQCF3QYA0N0GANjdBgAg3gYAL94GAHDeBgB23gYAwN4GAMzeBgAQ3wYAEt8GAGDfBgBq3wYAsN8GALzfBgAA4AYACOAGAMCWDQBc4AYAoOAGAKPgBgDw4AYA8+AGAEDhBgBO4QYAkOEGAJXhBgDg4QYA7eEGABCXDQBB4gYAgOIGAIjiBgDQ4gYAjeIGAJDrBgDb4gYAIOMGACXjBgBw4wYAc+MGAMDjBgDK4wYAEOQGADPkBgBg5AYAY+QGALDkBgDU5AYAAOUGAAjlBgBglw0AVuUGAKDlBgCu5QYA8OUGAPzlBgBA5gYAR+YGAJDmBgCY5gYA4OYGAPDmBgAw5wYANecGAIDnBgCG5wYA0OcGANjnBgAg6AYAPegGAHDoBgB56AYAwOgGAMzoBgAQ6QYAFukGAGDpBgB06QYAsOkGALjpBgAA6gYAEOoGAFDqBgBS6gYAoOoGAK7qBgDw6gYAAesGALCXDQBH6wYAAJgNAJXrBgDg6wYA5+sGADDsBgA87AYAgOwGAIPsBgDQ7AYA4OwGACDtBgAi7QYAcO0GAH7tBgDA7QYA0e0GAFCYDQAX7gYAoJgNAHPuBgCw7gYAv+4GAADvBgAM7wYAUO8GAFHvBgCg7wYAqu8GAPDvBgD+7wYAQPAGAEXwBgCQ8AYAnfAGAPCYDQDl8AYAMPEGADnxBgCA8QYAkfEGANDxBgDX8QYAIPIGACjyBgBw8gYAffIGAMDyBgDF8gYAEPMGABrzBgBg8wYAaPMGALDzBgC28wYAAPQGAAz0BgBQ9AYAUvQGAKD0BgCv9AYA8PQGAPv0BgBA9QYASPUGAJD1BgCS9QYA4PUGAO31BgAw9gYARPYGAID2BgCI9gYA0PYGAN/2BgAg9wYAJfcGAHD3BgB99wYAwPcGAMr3BgAQ+AYAEvgGAGD4BgBv+AYAsPgGALr4BgAA+QYACPkGAFD5BgBR+QYAoPkGAKX5BgDw+QYA/vkGAED6BgBN+gYAkPoGAJr6BgDgmQ0A4/oGADD7BgA8+wYAkAkHAEz7BgCA+wYAiPsGADCaDQDV+wYAIPwGACj8BgBw/AYAc/wGAMD8BgDM/AYAEP0GABb9BgBg/QYAe/0GALD9BgC8/QYAAP4GAAb+BgBQ/gYAU/4GAKD+BgCo/gYA8P4GAPL+BgBA/wYAW/8GAJD/BgCS/wYA4P8GAO7/BgAwAAcAQQAHAIAABwCCAAcA0AAHAOkABwAgAQcAMQEHAHABBwB8AQcAwAEHAMgBBwCAmg0AFQIHAGACBwBmAgcAsAIHALgCBwAAAwcADwMHAFADBwBVAwcAoAMHAK0DBwDwAwcA/QMHAEAEBwBMBAcAkAQHAJ8EBwDgBAcA6gQHADAFBwA+BQcAgAUHAIUFBwDQBQcA3QUHANCaDQAsBgcAcAYHAHYGBwDABgcA2wYHABAHBwAcBwcAYAcHAGYHBwCwBwcAswcHAAAIBwAMCAcAUAgHAFYIBwCgCAcApggHAPAIBwD1CAcAQAkHAEYJBwAgmw0AlgkHAOAJBwDmCQcAMAoHADUKBwCACgcAhgoHAHCbDQDVCgcAIAsHAC0LBwBwCwcAfQsHAMALBwDMCwcAEAwHAB8MBwBgDAcAagwHALAMBwC+DAcAAA0HAAUNBwBQDQcAXQ0HAKANBwC4DQcA8A0HAPYNBwBADgcATA4HAJAOBwCgDgcA4A4HAOkOBwAwDwcAMw8HAIAPBwCMDwcA0A8HANcPBwBgnA0AIhAHAHAQBwB6EAcAwBAHAMMQBwAQEQcAGBEHAGARBwBjEQcAsBEHALwRBwAAEgcABhIHAFASBwBrEgcAoBIHAKwSBwDwEgcA9hIHALCcDQBgEwcAkBMHAJsTBwDgEwcA5RMHADAUBwA5FAcAgBQHAIMUBwDQFAcA3BQHACAVBwAsFQcAcB8HADgVBwBwFQcAdxUHAMAVBwDGFQcAEBYHAB4WBwBgFgcAexYHALAWBwC8FgcAABcHAAYXBwBQFwcAahcHAKAXBwCsFwcA8BcHAPYXBwBAGAcARhgHAJAYBwCVGAcA4BgHAOYYBwAAnQ0AShkHAIAZBwCNGQcA0BkHANwZBwAgGgcAKhoHAHAaBwB0GgcAwBoHAMUaBwAQGwcAFhsHAGAbBwCAGwcAsBsHALwbBwAAHAcABhwHAFAcBwBWHAcAoBwHAKUcBwDwHAcA9hwHAFCdDQBFHQcAkB0HAJcdBwDgHQcA7B0HADAeBwBMHgcAgB4HAIgeBwBAng0ABx8HACAfBwBGHwcAkJ4NAIMfBwDAHwcAzx8HABAgBwAcIAcAYCAHAGEgBwCwIAcAuiAHAAAhBwAOIQcAUCEHAFUhBwCgIQcArSEHAOCeDQD4IQcA0J8NAEUiBwCQIgcAnSIHAOAiBwDtIgcAMCMHADwjBwCAIwcAjyMHANAjBwDaIwcAICQHAC4kBwBwJAcAdSQHAMAkBwDNJAcAECUHABglBwBgJQcAZiUHALAlBwC8JQcAACYHABAmBwBQJgcAWSYHAKAmBwCjJgcA8CYHAPwmBwBAJwcARycHACCgDQCbJwcA4CcHAOwnBwAwKAcAOCgHAHCgDQCNKAcA0CgHANcoBwAgKQcAISkHAHApBwB1KQcAwCkHAM4pBwAQKgcAHSoHAGAqBwBqKgcAsCoHALgqBwAAKwcACSsHAFArBwBWKwcAoCsHALErBwDwKwcADCwHAEAsBwBILAcAwKANAJssBwDgLAcA6iwHADAtBwA6LQcAgC0HAIEtBwAQoQ0A1S0HACAuBwAtLgcAcC4HAH0uBwDALgcAzC4HABAvBwAfLwcAYC8HAGovBwCwLwcAuC8HAAAwBwAKMAcAUDAHAFUwBwCgMAcAqDAHAGChDQD7MAcAQDEHAEwxBwCQMQcAmDEHALChDQDlMQcAMDIHAD8yBwCAMgcAoDIHANAyBwDcMgcAIDMHACYzBwBwMwcAeDMHAMAzBwDHMwcAEDQHABI0BwBgNAcAbDQHALA0BwDGNAcAADUHAAU1BwBQNQcAXTUHAACiDQClNQcA8DUHAP81BwBANgcAYDYHAJA2BwCcNgcA4DYHAOY2BwAwNwcAODcHAIA3BwCHNwcA0DcHANI3BwAgOAcALDgHAHA4BwCGOAcAwDgHAMU4BwAQOQcAHTkHAGA5BwBoOQcAsDkHALY5BwAAOgcACToHAFA6BwBdOgcAoDoHAK06BwDwOgcA/joHAEA7BwBNOwcAkDsHAKc7BwDgOwcADjwHAFCiDQA2PAcAgDwHAD08BwBwrAsAljwHANA8BwDePAcAID0HACM9BwBwPQcAcz0HAMA9BwDOPQcAED4HABU+BwBgPgcAbT4HALA+BwC4PgcAAD8HAAc/BwBQPwcAXD8HAKA/BwCtPwcA8D8HAP4/BwBAQAcATEAHAJBABwCXQAcA4EAHAOhABwAwQQcANEEHAIBBBwCLQQcA0EEHAN5BBwAgQgcAMUIHAHBCBwB8QgcAwEIHAMhCBwCgog0AFkMHAGBDBwB0QwcAsEMHAL5DBwAARAcADUQHAFBEBwBnRAcAoEQHAKhEBwDwRAcA+kQHAEBFBwBFRQcAkEUHAJhFBwDgRQcA70UHADBGBwA1RgcAgEYHAI1GBwDQRgcA3UYHACBHBwAsRwcAcEcHAH9HBwDARwcAykcHABBIBwAYSAcAYEgHAGpIBwCwSAcAtUgHAABJBwAISQcA8KINAFtJBwCgSQcArEkHAPBJBwD4SQcAQKMNAEVKBwCQSgcAn0oHAOBKBwAASwcAMEsHADxLBwCASwcAhksHANBLBwDYSwcAIEwHACdMBwBwTAcAckwHAMBMBwDMTAcAEE0HACZNBwBgTQcAZU0HALBNBwC9TQcAkKMNAAlOBwBQTgcAVk4HAKBOBwCuTgcA8E4HAP1OBwBATwcAV08HAJBPBwCYTwcA4E8HAO9PBwAwUAcANVAHAIBQBwCNUAcA0FAHAN1QBwAgUQcALFEHAHBRBwB/UQcAwFEHAMpRBwAQUgcALFIHAGBSBwBoUgcA4KMNAL9SBwAAUwcAClMHAJAeCwAgUwcAUFMHAFxTBwCgUwcAplMHAPBTBwD4UwcA0JEHAPxTBwBAVAcAClQHADB9BwBTVAcAkFQHAJ9UBwDgVAcA7FQHADBVBwAxVQcAgFUHAIpVBwDQVQcA3lUHACBWBwAlVgcAcFYHAH1WBwAwpA0AxlYHABBXBwAWVwcAYFcHAGVXBwCwVwcAtlcHACClDQALWAcAUFgHAF5YBwCgWAcAsVgHAPBYBwD8WAcAQFkHAEhZBwDApQ0AnFkHAOBZBwDqWQcAMFoHAD9aBwCAWgcAi1oHANBaBwDeWgcAIFsHAC1bBwBwWwcAh1sHAMBbBwDIWwcAEFwHABNcBwBgXAcAbFwHALBcBwC2XAcAAF0HABtdBwBQXQcAXF0HAKBdBwCmXQcA8F0HAPhdBwBAXgcAQl4HAJBeBwCRXgcA4F4HAO5eBwAwXwcAOF8HAIBfBwCbXwcA0F8HANxfBwAgYAcAJmAHAHBgBwBzYAcAwGAHAM5gBwAQYQcAFWEHAGBhBwBtYQcAEKYNAL1hBwDAGwsAwWEHAABiBwDDYQcAMFELAAxiBwBQYgcAXWIHAKBiBwClYgcA8GIHAPpiBwBAYwcAUGMHAJBjBwCVYwcA4GMHAOljBwAwZAcAPWQHAIBkBwCHZAcA0GQHANxkBwAgZQcAJmUHAHBlBwB2ZQcAwGUHAMVlBwAQZgcAFmYHAGCmDQBsZgcAsGYHALZmBwAAZwcABmcHAFBnBwBdZwcAoGcHAKVnBwDwZwcA+GcHAEBoBwB1aAcAkGgHAMBoBwDgaAcA6GgHADBpBwA9aQcAgGkHAIVpBwDQaQcA2GkHACBqBwAjagcAcGoHAHlqBwDAagcAz2oHABBrBwAbawcAYGsHAGhrBwCwawcAwGsHAABsBwAObAcAUGwHAGFsBwCgbAcArGwHAPBsBwD4bAcAUKcNAEZtBwCQbQcAmG0HAOBtBwDnbQcAMG4HAD5uBwCAbgcAhm4HANBuBwDcbgcAIG8HAC9vBwBwbwcAem8HAMBvBwDFbwcAEHAHABZwBwBgcAcAdHAHAKCnDQC9cAcAAHEHAL9wBwAwrwcABXEHAFBxBwBccQcAoHEHAK1xBwDwcQcA+nEHAPCnDQBbcgcAkHIHAJJyBwDgcgcA5nIHADBzBwBmcwcAgHMHAIZzBwDQcwcA2XMHACB0BwAtdAcAcHQHAKZ0BwDAdAcAx3QHABB1BwAVdQcAYHUHAG91BwCwdQcA0HUHAAB2BwAMdgcAUHYHAFZ2BwCgdgcAunYHAPB2BwDzdgcAQHcHAEV3BwCQdwcAn3cHAOB3BwAAeAcAkKgNAFB4BwCAeAcAjHgHANB4BwDaeAcAIHkHACx5BwDwIAgALXkHAHB5BwB1eQcAwHkHAMp5BwAQegcAIHoHAGB6BwBlegcAsHoHALl6BwAAewcADXsHAFB7BwBXewcAoHsHAKx7BwDwewcA9nsHAEB8BwBGfAcAkHwHAJV8BwDgfAcA5nwHAOCoDQAzfQcAgH0HAIV9BwDQfQcA330HACB+BwBAfgcAgKkNAH5+BwDAfgcAzX4HABB/BwAXfwcAYH8HAGh/BwCwfwcAsn8HAACABwC3fwcA8MQJAMd/BwCwhwkABoAHAACrCQAIgAcAUIAHAFSABwDQhwcAa4AHAKCABwCigAcA8IAHAAGBBwBAgQcAToEHAJCBBwCXgQcA4IEHAOiBBwAwggcAN4IHAICCBwCFggcA0IIHAN+CBwAggwcAQIMHAHCDBwB8gwcAwIMHAMaDBwAQhAcAGIQHAGCEBwBshAcAsIQHAL2EBwAAhQcAG4UHAFCFBwBehQcAoIUHAKaFBwDwhQcA9YUHAECGBwBNhgcAkIYHAKaGBwDghgcA7IYHADCHBwA9hwcAgIcHAIqHBwDQqQ0A1YcHACCIBwAmiAcAcIgHAJCIBwDAiAcAzogHABCJBwAdiQcAYIkHAHeJBwCwiQcAuIkHAACKBwAPigcAUIoHAFWKBwCgigcArYoHAPCKBwD6igcAQIsHAEKLBwCQiwcAnosHAOCLBwDtiwcAMIwHADyMBwCAjAcAhowHANCMBwDYjAcAII0HACaNBwBwjQcAeY0HAMCNBwDNjQcAEI4HABqOBwBgjgcAbo4HALCOBwDGjgcAAI8HAAyPBwBQjwcAWI8HACCqDQCqjwcA8I8HAPaPBwBAkAcAQpAHAJCQBwCakAcA4JAHAOyQBwAwkQcAR5EHAICRBwCUkQcAcKoNAN6RBwAgkgcAI5IHAHCSBwB4kgcAwJIHAMySBwAQkwcAHpMHAGCTBwBqkwcAsJMHALuTBwAAlAcADJQHAFCUBwBWlAcAoJQHAKiUBwDwlAcA/ZQHAECVBwBFlQcAkJUHAJqVBwDglQcA6JUHADCWBwA2lgcAgJYHAImWBwDQlgcA3ZYHACCXBwAtlwcAcJcHAH6XBwDAlwcAzZcHABCYBwAnmAcAYJgHAGiYBwCwmAcAtZgHAACZBwAGmQcAUJkHAFiZBwCgmQcAtpkHAPCZBwD+mQcAQJoHAEOaBwCQmgcAn5oHAOCaBwDlmgcAMJsHAD2bBwCAmwcAkJsHANCbBwDemwcAIJwHADecBwBwnAcAeZwHAMCcBwDGnAcAEJ0HABydBwBgnQcAZ50HAMCqDQC8nQcAAJ4HAAKeBwBQngcAWp4HAKCeBwCsngcA8J4HAPieBwAQqw0ARZ8HAJCfBwCfnwcA4J8HAACgBwAwoAcAPKAHAICgBwCGoAcA0KAHANigBwAgoQcAIaEHAHChBwB2oQcAwKEHAMWhBwAQogcAK6IHAGCiBwBuogcAsKIHALeiBwAAowcADKMHAFCjBwBWowcAYKsNAKWjBwDwowcA+qMHAECkBwBRpAcAkKQHAJykBwDgpAcA46QHADClBwAzpQcAgKUHAIilBwDQpQcA16UHACCmBwAlpgcAcKYHAH+mBwDApgcA4KYHABCnBwAcpwcAYKcHAGanBwCwpwcAuKcHAACoBwANqAcAUKgHAFWoBwCgqAcAqqgHAPCoBwD4qAcAQKkHAFCpBwCQqQcAlakHAOCpBwDpqQcAMKoHAD2qBwCAqgcAh6oHALCrDQDVqgcAIKsHAC+rBwBwqwcAkKsHAMCrBwDMqwcAEKwHABasBwBgrAcAaKwHALCsBwC8rAcAAK0HAA2tBwBQrQcAV60HAKCtBwChrQcA8K0HAPWtBwBArgcATq4HAJCuBwCdrgcA4K4HAOquBwAArA0ANa8HAICvBwCNrwcA0K8HAN2vBwAgsAcAJrAHAHCwBwB8sAcAwLAHANCwBwAQsQcAGbEHAGCxBwBjsQcAsLEHALyxBwAAsgcAB7IHAFCsDQBSsgcAoLIHAFeyBwDgfgoAYLIHAABJDACxsgcA8LIHAPiyBwBAswcASrMHAJCzBwCfswcA4LMHAOGzBwAwtAcAOLQHAPCsDQCItAcAQK0NAO+0BwDgrQ0APrUHAHC1BwBDtQcAgB0IAEi1BwCw1AcAeLUHAMC1BwDPtQcAELYHABW2BwBgtgcAbbYHALC2BwC9tgcAALcHAAy3BwBQtwcAX7cHAKC3BwCqtwcA8LcHABO4BwBAuAcAdbgHAJC4BwC0uAcA4LgHAOi4BwAwrg0ANbkHAIC5BwCGuQcA0LkHANi5BwCArg0ALroHAHC6BwCLugcAwLoHAMy6BwAQuwcAIbsHAGC7BwB0uwcAsLsHALi7BwAAvAcABrwHAFC8BwBcvAcAoLwHALC8BwDwvAcA+bwHAEC9BwBDvQcAkL0HAJy9BwDgvQcA570HANCuDQA+vgcAgL4HAIq+BwAgrw0A1b4HACC/BwAtvwcAcL8HAH2/BwDAvwcAzL8HABDABwAfwAcAYMAHAGrABwCwwAcAvsAHAADBBwAFwQcAUMEHAF3BBwCgwQcAqMEHAPDBBwD2wQcAQMIHAEzCBwCQwgcAoMIHAODCBwDpwgcAMMMHADPDBwCAwwcAjMMHANDDBwDXwwcAcK8NAC/EBwBwxAcAdcQHAMDEBwDNxAcAEMUHAB3FBwBgxQcAZsUHALDFBwC8xQcAAMYHABDGBwBQxgcAWcYHAKDGBwCjxgcA8MYHAPzGBwBAxwcAR8cHAMCvDQCVxwcA4McHAO3HBwAwyAcATsgHAIDIBwCMyAcA0MgHAOPIBwAgyQcALskHAHDJBwBzyQcAwMkHAMrJBwAQygcAHsoHAGDKBwBtygcAsMoHAMfKBwAAywcACMsHAFDLBwBXywcAoMsHAKXLBwDwywcABswHAEDMBwBCzAcAkMwHAJ7MBwDgzAcA7cwHABCwDQA4zQcAYLANAIXNBwDQzQcA3c0HACDOBwAtzgcAcM4HAHzOBwDAzgcAz84HABDPBwAazwcAYM8HAG7PBwCwzwcAtc8HAADQBwAN0AcAUNAHAFjQBwCg0AcAptAHAPDQBwD80AcAQNEHAFDRBwCQ0QcAmdEHAODRBwDj0QcAMNIHADzSBwCA0gcAh9IHALCwDQDc0gcAINMHADDTBwBw0wcAedMHAMDTBwDD0wcAENQHABzUBwBg1AcAZ9QHAACxDQC51AcA0NcHALrUBwAA1QcAD9UHAFDVBwAR1QcAkNYHAFHVBwCg1QcAvNUHAPDVBwAm1gcAQNYHAHbWBwBQsQ0Ak9YHAODWBwD81gcAMNcHAGbXBwCA1wcAttcHAKCxDQDd1wcAINgHAC7YBwBw2AcAg9gHAMDYBwDc2AcAENkHAEbZBwBg2QcAltkHAPCxDQDB2QcAANoHAAzaBwBQ2gcAWNoHAECyDQCl2gcA8NoHAPjaBwBA2wcAT9sHAJDbBwCV2wcA4NsHAO3bBwAw3AcAPdwHAIDcBwCM3AcA0NwHAN/cBwAg3QcAKt0HAHDdBwB43QcAwN0HAMrdBwAQ3gcAFd4HAGDeBwBo3gcAkLINAL/eBwAA3wcAwd4HAEDgBwAB3wcAUN8HAGzfBwCg3wcA1t8HAPDfBwAm4AcA4LINAEPgBwCQ4AcArOAHAODgBwAW4QcAMOEHAGbhBwAwsw0Ag+EHANDhBwDh4QcAIOIHADziBwBw4gcApuIHAMDiBwD24gcAgLMNAB3jBwBg4wcAbOMHALDjBwC/4wcAAOQHAArkBwBQ5AcAXuQHAKDkBwCl5AcA8OQHAP3kBwBA5QcASOUHAJDlBwCW5QcA4OUHAKDlBwCgQwgA7OUHADDmBwBA5gcAgOYHAInmBwDQ5gcA0+YHACDnBwAs5wcAcOcHAHfnBwDQsw0AxecHAHBJCgDK5wcAEOgHAMznBwAQ5gkAGugHAGDoBwBh6AcAsOgHAL/oBwAA6QcABekHAFDpBwBd6QcAoOkHAK3pBwDw6QcA/OkHAEDqBwBP6gcAkOoHAJrqBwDg6gcA7uoHADDrBwA16wcAgOsHAI3rBwDQ6wcA0esHACDsBwAl7AcAcOwHAHXsBwDA7AcA0ewHABDtBwAz7QcAYO0HAGvtBwCw7QcAte0HAADuBwAD7gcAUO4HAFruBwCg7gcAy+4HAPDuBwAP7wcAILQNAEzvBwCQ7wcAku8HAODvBwDv7wcAMPAHADvwBwCA8AcAiPAHANDwBwDX8AcAIPEHACLxBwBw8QcAevEHAMDxBwDC8QcAEPIHACnyBwBg8gcAYvIHALDyBwCz8gcAAPMHAAzzBwBQ8wcAWPMHAHC0DQCs8wcA8PMHAPbzBwBA9AcAW/QHAJD0BwCc9AcA4PQHAOb0BwAw9QcAOPUHAID1BwCC9QcA0PUHANr1BwAg9gcAKPYHAMC0DQCB9gcAwPYHAMf2BwAQ9wcAGPcHAGD3BwBt9wcAsPcHALX3BwAA+AcACvgHAFD4BwBY+AcAoPgHAK/4BwDw+AcA9fgHAED5BwBN+QcAkPkHAJ35BwDg+QcA7PkHADD6BwA/+gcAgPoHAIr6BwDQ+gcA2PoHACD7BwAq+wcAcPsHAHX7BwDA+wcAyPsHABC1DQAc/AcAYPwHAHD8BwCw/AcAufwHAAD9BwAD/QcAUP0HAFz9BwCg/QcAp/0HAGC1DQD2/QcAQP4HAEb+BwCQ/gcAlf4HAOD+BwDm/gcAsLUNADb/BwCA/wcAhv8HAND/BwDV/wcAAGMLAN3/BwAgAAgAJQAIAHAACAB4AAgAwAAIAPIACADwBwgA9wAIABABCABHAQgAYAEIAJcBCACwAQgA4AEIAAACCAAIAggAUAIIAF8CCACgAggApQIIAPACCAD9AggAQAMIAE0DCACQAwgAnAMIAOADCADvAwgAMAQIADoECACABAgAjgQIANAECADVBAgAIAUIAC0FCABwBQgAeAUIAMAFCADGBQgAEAYIABwGCABgBggAcAYIALAGCAC5BggAAAcIAAMHCABQBwgAXAcIAKAHCACnBwgAALYNACcICABACAgAcAgIAJAICACYCAgA4AgIAO8ICAAwCQgANQkIAIAJCACNCQgA0AkIAN0JCAAgCggALAoIAHAKCAB/CggAwAoIAMoKCAAQCwgAHgsIAGALCABlCwgAsAsIAL0LCAAADAgACAwIAFAMCABWDAgAoAwIAKwMCADwDAgAAA0IAEANCABJDQgAkA0IAJMNCADgDQgA7A0IADAOCAA3DggAULYNAIIOCABQcgsAjg4IANAOCADdDggAIA8IACwPCABwDwgAdg8IAMAPCADGDwgAEBAIABUQCABgEAgAZhAIAKC2DQDWEAgAABEIACYRCABQEQgAghEIAKARCADXEQgA8BEIACASCABAtw0ATBIIAJASCABOEggAMBwJAJoSCADgEggA+hIIADATCAA/EwgAgBMIAIUTCADQEwgA3RMIACAUCAAtFAgAcBQIAHwUCADAFAgAzxQIABAVCAAaFQgAYBUIAGwVCACwFQgAwxUIAAAWCAAPFggAUBYIAFwWCACgFggAoRYIAPAWCAD6FggAQBcIAE4XCACQFwgAlRcIAOAXCADtFwgAkLcNADUYCACAGAgAjRgIANAYCADdGAgAIBkIACwZCABwGQgAfxkIAMAZCADKGQgAEBoIAB4aCABgGggAZRoIALAaCAC9GggAABsIAAgbCABQGwgAVhsIAKAbCACsGwgA8BsIAAAcCABAHAgASRwIAJAcCACTHAgA4BwIAOwcCAAwHQgANx0IAIC4DQCFHQgA0B0IANMdCAAgHggAKB4IAHAeCAB8HggAwB4IAMYeCAAQHwgAFh8IAGAfCABlHwgAsB8IALYfCADQuA0ANyAIAFAgCACHIAgAoCAIAMQgCABwuQ0A9iAIALAyCQADIQgAQCEIAE8hCACQIQgAnCEIAOAhCADhIQgAMCIIADoiCACAIggAjiIIANAiCADVIggAICMIAC0jCADAuQ0AkyMIAMAjCAD3IwgAECQIAEckCABgJAgAlyQIALAkCADUJAgAELoNAA4lCABQJQgAVSUIAKAlCACtJQgA8CUIAPglCABAJggARiYIAJAmCACcJggA4CYIAPAmCAAwJwgAOScIAIAnCACDJwgA0CcIAAgoCAAgKAgALCgIAGC6DQB2KAgAwCgIANkoCAAQKQgAHikIAGApCABtKQgAsCkIALcpCAAAKggACSoIAFAqCABdKggAoCoIALcqCADwKggA8yoIAEArCABCKwgAkCsIAJkrCADgKwgA8CsIADAsCABJLAgAgCwIAIIsCADQLAgA2SwIACAtCAAoLQgAcC0IAHItCADALQgA2S0IABAuCAAnLggAYC4IAGwuCACwLggAwS4IAAAvCAAMLwgAUC8IAFsvCACgLwgArS8IAPAvCAD6LwgAsLoNAFMwCACQMAgAnjAIAOAwCADKMAgAsDgIABkxCAAwMQgAPTEIAIAxCACIMQgA0DEIANYxCAAgMggALDIIAHAyCAB7MggAwDIIAMkyCAAQMwgAEzMIAGAzCABiMwgAsDMIALczCAAANAgAAjQIAAC7DQBTNAgAoDQIAK40CADwNAgA9TQIAEA1CABNNQgAkDUIAJw1CADgNQgA6DUIAFC7DQA+NggAgDYIAJA2CADQNggA3jYIACA3CAApNwgAcDcIAHo3CADANwgAwjcIABA4CAAaOAgAYDgIAGI4CACguw0AtTgIAAA5CAAIOQgAUDkIAFY5CACgOQgArDkIAPA5CAD/OQgAQDoIAEk6CACQOggAkzoIAOA6CADiOggAMDsIADc7CACAOwgAgjsIAPC7DQDVOwgAIDwIADw8CABwPAgAjDwIAEC8DQDNPAgA0E4JAM88CAAQPQgAFT0IAGA9CABtPQgAsD0IAL09CAAAPggABj4IAFA+CABcPggAoD4IALA+CADwPggA+T4IAEA/CABDPwgAkD8IAJw/CADgPwgA5z8IAJC8DQA/QAgAgEAIAIVACADQQAgA3UAIACBBCAAtQQgAcEEIAHZBCADAQQgAzEEIABBCCAAgQggAYEIIAGlCCACwQggAs0IIAABDCAAMQwgAUEMIAFdDCADgvA0AokMIAPBDCAD+QwgAQEQIAFFECAAwvQ0Al0QIAIC9DQDoRAgA0L0NADVFCACARQgAjUUIANBFCADdRQgAIEYIACxGCABwRggAf0YIAMBGCADKRggAEEcIAB5HCABgRwgAZUcIALBHCAC9RwgAAEgIAAhICABQSAgAVkgIAKBICACsSAgA8EgIAABJCABASQgASUkIAJBJCACTSQgA4EkIAOxJCAAwSggAN0oIACC+DQCFSggA0EoIANhKCAAgSwgAI0sIAHBLCAB5SwgAwEsIAM9LCAAQTAgAG0wIAGBMCABoTAgAsEwIAMBMCAAATQgADk0IAFBNCABhTQgAoE0IAKxNCADwTQgA+E0IAHC+DQBGTggAkE4IAJhOCADgTggA504IADBPCAA+TwgAgE8IAIZPCADQTwgA3E8IACBQCAAvUAgAcFAIAHpQCADAUAgAxVAIABBRCAAWUQgAYFEIAHRRCADAvg0AslEIAABSCAAKUggAUFIIAF5SCACgUggApVIIAPBSCAD9UggAQFMIAEJTCACQUwgAoVMIAOBTCADsUwgAMFQIADZUCACAVAgAhlQIANBUCADVVAgAIFUIACZVCAAQvw0AdVUIAMBVCADRVQgAEFYIABhWCABgVggAHFYIAJB7CAAeVggAsOkLAGpWCACwVggAvlYIAABXCAAWVwgAUFcIAFxXCACgVwgAp1cIAPBXCAD4VwgAQFgIAEVYCACQWAgAmVgIAOBYCADqWAgAMFkIADhZCACAWQgAhFkIANBZCADbWQgAIFoIAC5aCABwWggAgVoIAMBaCADMWggAEFsIABhbCABgvw0AYlsIALBbCAC+WwgAAFwIAApcCABQXAgAXlwIAKBcCACtXAgA8FwIAAddCABAXQgASF0IAJBdCACgXQgA4F0IAOVdCAAwXggANl4IAIBeCACIXggA0F4IANJeCAAgXwgALV8IAHBfCAB4XwgAwF8IAMVfCAAQYAgAEWAIAGBgCABsYAgAsGAIAL1gCAAAYQgACGEIAFBhCABfYQgAoGEIAKVhCADwYQgA/WEIAEBiCABNYggAkGIIAJxiCADgYggA72IIADBjCAA6YwgAgGMIAI5jCADQYwgA1WMIACBkCAAtZAgAsL8NAHNkCADAZAgAyGQIABBlCAAdZQgAYGUIAGVlCACwZQgAumUIAABmCAAIZggAUGYIAFJmCACgZggAu2YIAPBmCADyZggAQGcIAE5nCACQZwgAoWcIAOBnCADiZwgAMGgIAEloCACAaAgAkWgIANBoCADcaAgAIGkIADVpCABwaQgAeGkIAMBpCADGaQgAEGoIABxqCABgaggAfWoIALBqCAC5aggAAGsIAAxrCABQawgAU2sIAKBrCACqawgA8GsIAPhrCABAbAgASmwIAJBsCACebAgA4GwIAPZsCAAwbQgAPG0IAIBtCACHbQgA0G0IANhtCAAgbggAJW4IAHBuCAB5bggAwG4IAMpuCAAQbwgAGG8IAGBvCABibwgAsG8IAMBvCAAAcAgACnAIAFBwCABccAgAoHAIAKZwCADwcAgA+HAIAADADQBMcQgAkHEIAKNxCADgcQgA/HEIADByCAA4cggAUMANAI5yCADQcggA5nIIACBzCAAscwgAcHMIAHVzCADAcwgAyXMIABB0CAAadAgAYHQIAGh0CACwdAgAsnQIAAB1CAAPdQgAUHUIAG11CACgdQgAqXUIAPB1CAD+dQgAQHYIAEZ2CACQdggAnnYIAOB2CADtdggAMHcIAEd3CACAdwgAiHcIANB3CADSdwgAIHgIACh4CABweAgAf3gIAMB4CADFeAgAEHkIAB15CABgeQgAbXkIALB5CAC8eQgAAHoIAA96CABQeggAWnoIAKB6CACueggA8HoIAPV6CABAewgATXsIAKDADQCWewgA4HsIAOZ7CAAwfAgANXwIAIB8CACGfAgA8MANAN58CAAgfQgANn0IAHB9CAB8fQgAwH0IAMV9CAAQfggAGX4IAGB+CABqfggAsH4IANN+CAAAfwgABH8IAFB/CAAPfwgAkIAIAFJ/CACgfwgArn8IAPB/CAD6fwgAQIAIAGSACADgwQ0AloAIAOCACADsgAgAMIEIADKBCACAgQgAioEIANCBCADcgQgAIIIIAESCCAAwwg0AdIIIAMCCCAB/gggAAIQIAMKCCAAQgwgAHoMIAGCDCABqgwgAsIMIANSDCACAwg0ABoQIAFCECABchAgAoIQIAKKECADwhAgA+oQIAECFCABMhQgAkIUIALSFCADQwg0A/YUIADCGCAA5hggAgIYIAI6GCADQhggA1oYIACCHCAAshwgAcIcIAHiHCAAgww0Ax4cIABCICAApiAgAYIgIAG+ICACwiAgAuIgIAACJCAAPiQgAUIkIAFWJCACgiQgArYkIAPCJCAD9iQgAQIoIAEyKCACQiggAn4oIAOCKCADqiggAMIsIAD6LCACAiwgAhYsIANCLCADdiwgAcMMNACGMCABA+AgAOYwIAHCMCAB6jAgAwIwIAMKMCAAQjQgAHo0IAGCNCABtjQgAsI0IALiNCAAAjggAKY4IAFCOCABXjggAoI4IALmOCADwjggA/44IAECPCABIjwgAkI8IAJ+PCADgjwgA5Y8IADCQCAA9kAgAgJAIAI2QCADQkAgA3JAIACCRCAAvkQgAcJEIAHqRCADAkQgAzpEIABCSCAAVkggAYJIIAG2SCADAww0AtZIIACBOCgC8kggAAJMIANiSCADwRw4AE5MIAFCTCABfkwgAoJMIAKyTCADwkwgA/JMIAECUCABHlAgAkJQIAJyUCADglAgA55QIADCVCAA4lQgAgJUIAISVCADQlQgA25UIACCWCAAslggAcJYIAH2WCADAlggAyJYIABCXCAAalwgAYJcIAGaXCACwlwgAxJcIAACYCAAOmAgAUJgIAF2YCACgmAgAt5gIAPCYCAD4mAgAQJkIAEqZCACQmQgAlZkIAOCZCADomQgAMJoIAD+aCACAmggAhZoIANCaCADdmggAIJsIAC2bCABwmwgAfJsIAMCbCADPmwgAEJwIABqcCAAQxA0AaJwIALCcCAC/nAgAAJ0IAAWdCABQnQgAWZ0IAKCdCACxnQgA8J0IAPedCABAnggASJ4IAJCeCACdnggA4J4IAOWeCAAwnwgAOp8IAICfCACInwgA0J8IAOmfCAAgoAgALKAIAHCgCAB4oAgAYMQNAM+gCAAQoQgALaEIAGChCABpoQgAsKEIAL6hCAAAoggABqIIAFCiCABcoggAoKIIAKeiCADwoggA+KIIAECjCABQowgAkKMIAJajCADgowgA5aMIADCkCABGpAgAgKQIAIikCADQpAgA2qQIACClCAArpQgAcKUIAHylCADApQgAyKUIALDEDQAdpggAYKYIAGemCACwpggAvKYIAACnCAAGpwgAUKcIAGGnCACgpwgAtKcIAPCnCAD+pwgAQKgIAE2oCACQqAgAp6gIAOCoCADoqAgAMKkIADepCACAqQgAgqkIANCpCADaqQgAIKoIACKqCABwqggAiaoIAMCqCADCqggAEKsIABOrCABgqwgAbKsIALCrCADcqwgAAMUNAA+sCABQrAgAbawIAKCsCACprAgA8KwIAP6sCABArQgARq0IAJCtCACcrQgA4K0IAOitCABQxQ0AOK4IAICuCACGrggA0K4IANyuCAAgrwgAI68IAHCvCAB1rwgAwK8IAMmvCAAQsAgAFrAIAGCwCABvsAgAsLAIALywCAAAsQgACLEIAKDFDQBWsQgAoLEIAKWxCADwsQgABrIIAECyCABIsggAkLIIAJ6yCADgsggA6rIIADCzCAAzswgAgLMIAIizCADQswgA0bMIACC0CAAmtAgAcLQIAH60CADAtAgA1rQIABC1CAAStQgAYLUIAGa1CACwtQgAxLUIAAC2CAAItggAULYIAGC2CACgtggAorYIAPC2CAD/tggAQLcIAEq3CACQtwgAlbcIAOC3CADmtwgAMLgIAES4CACAuAgAiLgIANC4CADVuAgAILkIACa5CABwuQgAeLkIAMC5CADDuQgAELoIABW6CABguggAaboIALC6CAC2uggAALsIAA+7CABQuwgAXLsIAPDFDQCquwgA8LsIAPK7CABAvAgAR7wIAJC8CACXvAgA4LwIAOa8CAAwvQgAPr0IAIC9CACNvQgA0L0IAOC9CAAgvggAJb4IAHC+CAB4vggAwL4IAIy+CADAJwkAzL4IABC/CAASvwgA4MEIAB2/CABgvwgAZb8IALC/CAC6vwgAAMAIABDACABQwAgAVcAIAKDACACpwAgA8MAIAP3ACABAwQgAR8EIAJDBCACYwQgAQMYNAO7BCAAwwggASMIIAIDCCACCwggA0MIIAOfCCAAgwwgAIsMIAHDDCAB+wwgAwMMIAM3DCAAQxAgAGMQIAJDGDQBmxAgAsMQIALLECAAAxQgADcUIAFDFCABTxQgAoMUIALHFCADwxQgA8sUIAEDGCABKxggAkMYIAJzGCADgxggA6MYIAODGDQA1xwgAgMcIAIPHCADQxwgA2scIACDICAAoyAgAcMgIAH3ICADAyAgAwsgIABDJCAAmyQgAYMkIAGzJCACwyQgAuMkIADDHDQADyggAUMoIAFnKCACgyggArsoIAKDyCACvyggA8MoIAPvKCABAywgASMsIAJDLCACbywgA4MsIAOXLCAAwzAgAM8wIAIDMCACKzAgA0McNANbMCAAgzQgAO80IAHDNCAB8zQgAwM0IAMbNCAAQzggAGM4IAGDOCAB2zggAsM4IAL7OCAAAzwgAA88IAFDPCABpzwgAoM8IAKzPCADwzwgA+88IAEDQCABC0AgAkNAIAKvQCADg0AgA7tAIADDRCAA90QgAgNEIAJfRCAAgyA0A5tEIACDSCAAh0ggAcNIIAHXSCADA0ggAxtIIABDTCAAS0wgAYNMIAGbTCACw0wgAxNMIAADUCAAI1AgAUNQIAGDUCACg1AgAotQIAPDUCAD+1AgAQNUIAFHVCABwyA0AltUIAODVCADs1QgAwMgNADLWCACA1ggAkdYIANDWCADY1ggAINcIACnXCABw1wgAd9cIAMDXCADB1wgAEMkNABzYCABg2AgAYtgIALDYCAC32AgAANkIAAjZCABQ2QgAWdkIAKDZCACn2QgA8NkIAPHZCABgyQ0ARdoIAJDaCACY2ggA4NoIAOraCAAw2wgAPtsIAIDbCACW2wgA0NsIANzbCAAg3AgAJdwIAHDcCAB53AgAwNwIAMrcCACwyQ0AEd0IAGDdCABo3QgAUPYJAHjdCACw3QgAvd0IAADeCAAM3ggAUN4IAFreCACg3ggApN4IAPDeCAD13ggAQN8IAEbfCACQ3wgAsN8IAODfCAD43wgAMOAIAEfgCACA4AgAjOAIANDgCADa4AgAIOEIACLhCABw4QgAd+EIAMDhCADH4QgAEOIIABbiCABg4ggAbOIIALDiCACz4ggAAOMIAAPjCABQ4wgAXOMIAKDjCACj4wgA8OMIAAzkCABA5AgASOQIAADKDQCc5AgA4OQIAOrkCAAw5QgAMuUIAIDlCACH5QgA0OUIANflCAAg5ggAJuYIAHDmCAB+5ggAwOYIAM3mCAAQ5wgAIOcIAGDnCABl5wgAsOcIALjnCAAA6AgAEOgIAFDoCABV6AgAoOgIAKboCADw6AgA+OgIAFDKDQBG6QgAkOkIAJjpCADg6QgA4+kIADDqCAA86ggAgOoIAIbqCADQ6ggA6+oIACDrCAAu6wgAcOsIAH/rCADA6wgAzOsIABDsCAAY7AgA8MoNAGXsCACw7AgAuuwIAADtCAAI7QgAUO0IAHDtCACg7QgAre0IAPDtCAD17QgAQO4IAETuCACQ7ggAne4IAEDLDQDl7ggAMO8IADPvCACA7wgAiu8IANDvCADc7wgAIPAIADPwCABw8AgAf/AIAMDwCADM8AgAEPEIABHxCABg8QgAavEIALDxCAC+8QgAAPIIAAXyCABQ8ggAXfIIAJDLDQCq8ggA8PIIAPLyCABA8wgAWfMIAJDzCACh8wgA4PMIAOzzCAAw9AgAOPQIAIDMDQCH9AgA0PQIANf0CAAg9QgAJvUIAHD1CAB89QgAwPUIAMP1CAAQ9ggAE/YIAGD2CABo9ggAsPYIAMD2CAAA9wgABfcIAFD3CABZ9wgAoPcIAK33CADw9wgA9/cIANDMDQBM+AgAkPgIAJ34CADg+AgA6PgIADD5CAA6+QgAgPkIAI/5CADQ+QgA0fkIACD6CAAo+ggAcPoIAH/6CADA+ggAxfoIABD7CAAd+wgAYPsIAG37CACw+wgAvPsIAAD8CAAP/AgAUPwIAFr8CACg/AgArvwIAPD8CAD1/AgAQP0IAE39CACQ/QgAmP0IAOD9CADq/QgAMP4IADX+CACA/ggAiP4IACDNDQDe/ggAIP8IACz/CABw/wgAdv8IAMD/CADG/wgAEAAJABUACQBgAAkAZgAJAHDNDQC8AAkAAAEJAAYBCQBQAQkAVgEJAKABCQCtAQkA8AEJAPUBCQBAAgkASAIJAJACCQCuAgkAYM4NAOICCQCQ5woA4wIJAHBTCgDmAgkAEOsJAPYCCQAwAwkAMQMJAIADCQCFAwkA0AMJANYDCQAgBAkAIgQJAHAECQB2BAkAwAQJANQECQAQBQkAGAUJAGAFCQBwBQkAsAUJALIFCQAABgkADgYJAFAGCQBhBgkAsM4NAKYGCQDwBgkA/AYJAADPDQBNBwkAkAcJAJgHCQDgBwkA7QcJADAICQAyCAkAgAgJAJYICQDQCAkA3AgJACAJCQAoCQkAoM8NAHwJCQDACQkAwwkJABAKCQAVCgkAYAoJAHEKCQCwCgkAuQoJAAALCQAKCwkAUAsJAF4LCQCgCwkApQsJAPALCQD9CwkA8M8NAEwMCQCQDAkAnQwJAOAMCQDiDAkAMA0JAEYNCQCADQkAjA0JANANCQDYDQkAQNANACUOCQBwDgkAdg4JAMAOCQDIDgkAEA8JABMPCQBgDwkAbA8JALAPCQC2DwkAABAJABsQCQBQEAkAXRAJAKAQCQCiEAkA8BAJAAYRCQBAEQkATBEJAJARCQCYEQkAkNANAOYRCQAwEgkANRIJAIASCQCbEgkA0BIJAN4SCQAgEwkAJxMJAHATCQB8EwkAwBMJAMcTCQDg0A0AGxQJAGAUCQBoFAkAsBQJALsUCQAAFQkABRUJAFAVCQBTFQkAoBUJAKoVCQDwFQkA+BUJAEAWCQBOFgkAkBYJAJMWCQDgFgkA6BYJADAXCQBQFwkAgBcJAI0XCQDQFwkA1RcJACAYCQAkGAkAcBgJAH0YCQAw0Q0A4BgJABAZCQAZGQkAYBkJAGEZCQCwGQkAuBkJAAAaCQAQGgkAUBoJAFIaCQCgGgkArhoJAPAaCQABGwkAgNENAEYbCQCQGwkAnBsJANDRDQDnGwkAININADUcCQCAHAkAmhwJANAcCQDfHAkAIB0JACsdCQBwHQkAch0JAMAdCQDNHQkAEB4JAB0eCQBgHgkAbB4JALAeCQDBHgkAAB8JAAMfCQBQHwkAah8JAKAfCQCpHwkA8B8JAP0fCQBAIAkARiAJAJAgCQCcIAkA4CAJAOMgCQAwIQkANSEJAIAhCQCRIQkA0CEJAOshCQAgIgkALCIJAHAiCQB3IgkAwCIJAMIiCQAQIwkAFyMJAGAjCQBnIwkAsCMJALYjCQAAJAkADCQJAFAkCQBTJAkAoCQJAKMkCQDwJAkA/CQJAEAlCQBTJQkAkCUJAJ8lCQDgJQkA7CUJADAmCQAxJgkAgCYJAIomCQDQJgkA3iYJACAnCQAlJwkAcCcJAH0nCQBw0g0AyCcJAMDSDQASKAkAYCgJAHYoCQCwKAkAvCgJAAApCQAIKQkAENMNAFYpCQCgKQkAqCkJAPApCQDzKQkAQCoJAEwqCQCQKgkAlioJAOAqCQD7KgkAMCsJAD4rCQCAKwkAjysJANArCQDcKwkAICwJACgsCQBg0w0AdSwJAMAsCQDKLAkAEC0JABgtCQBgLQkAgC0JALAtCQC9LQkAAC4JAAUuCQBQLgkAVC4JAKAuCQCtLgkAsNMNABMvCQBALwkAQy8JAJAvCQCVLwkA4C8JAO8vCQAwMAkAUDAJAIAwCQCMMAkA0DAJANowCQAgMQkALDEJAHAxCQB2MQkAwDEJAMYxCQAQMgkAFTIJAGAyCQBmMgkAANQNALYyCQAAMwkABTMJAFAzCQBWMwkAoNQNAKMzCQDwMwkA+jMJAEA0CQBCNAkAkDQJAKk0CQDgNAkA8TQJADA1CQA+NQkAgDUJAIM1CQDQNQkA2zUJACA2CQAoNgkAcDYJAHI2CQDANgkAyDYJABA3CQAdNwkAYDcJAGw3CQCwNwkAtDcJAAA4CQAIOAkAUDgJAF84CQCgOAkApTgJAPA4CQD9OAkAQDkJAE05CQCQOQkAnDkJAOA5CQDvOQkAMDoJADo6CQCAOgkAjjoJANA6CQDVOgkAIDsJAC07CQDw1A0AeDsJAEDVDQDEOwkA0D8JAMw7CQAQPAkAFjwJAGA8CQBmPAkAsDwJAL08CQAAPQkABT0JAFA9CQBYPQkAoD0JANI9CQCQPgkA1z0JAPA9CQAWPgkA4D4JACc+CQBAPgkAdz4JAJDVDQDHPgkA4NUNAAY/CQAwPwkAYj8JAIA/CQC3PwkAMNYNAN4/CQAgQAkALUAJAHBACQB8QAkAwEAJAMZACQAQQQkAFkEJAGBBCQBlQQkAsEEJALZBCQCA1g0AJkIJAPBCCQA3QgkAUEIJAIdCCQAg1w0A10IJAHDXDQAWQwkAQEMJAHJDCQCQQwkAx0MJAMDXDQDqQwkAMEQJADVECQCARAkAiEQJABDYDQDVRAkAIEUJAClFCQBwRQkAfUUJAMBFCQDHRQkAYNgNABhGCQCw2A0Ac0YJALBGCQC8RgkAAEcJAA9HCQBQRwkAWUcJAKBHCQCqRwkA8EcJAPJHCQBASAkAWUgJAJBICQChSAkA4EgJAOxICQAwSQkAOEkJAADZDQCOSQkA0EkJAOFJCQAgSgkALEoJAHBKCQB4SgkAUNkNAMVKCQAQSwkAGksJAGBLCQBoSwkAsEsJAMBLCQAATAkABUwJAFBMCQBZTAkAoEwJAK1MCQDwTAkA90wJAKDZDQBNTQkAkE0JAFNNCQCAsAsAlU0JAOBNCQDsTQkAME4JAD1OCQCATgkAik4JAPDZDQDVTgkAIE8JACxPCQBwTwkAfU8JAMBPCQDKTwkAEFAJACxQCQBgUAkAaFAJAEDaDQC1UAkAAFEJAAhRCQBQUQkAU1EJAKBRCQCpUQkA8FEJAP9RCQBAUgkAS1IJAJBSCQCYUgkA4FIJAPBSCQAwUwkAPlMJAIBTCQCRUwkA0FMJANxTCQAgVAkAKFQJAJDaDQB2VAkAwFQJAMhUCQAQVQkAF1UJAGBVCQBuVQkAsFUJALZVCQAAVgkADFYJAFBWCQBfVgkAoFYJAKpWCQDwVgkA9VYJAEBXCQBGVwkAkFcJAKRXCQDgVwkA6FcJADBYCQBOWAkAgFgJAIhYCQDg2g0A2FgJADDbDQAoWQkAcFkJAIlZCQDAWQkAyVkJABBaCQAgWgkAYFoJAHBaCQCwWgkAvFoJAABbCQAGWwkAUFsJAF5bCQCgWwkArVsJAPBbCQAHXAkAQFwJAEhcCQCQXAkAmlwJAOBcCQDuXAkAMF0JAEZdCQCAXQkAjF0JANBdCQDXXQkAIF4JACheCQBwXgkAdV4JAMBeCQDJXgkAEF8JABpfCQBgXwkAaF8JALBfCQCyXwkAAGAJABBgCQBQYAkAWmAJAKBgCQCsYAkA8GAJAPZgCQBAYQkASGEJANDbDQCZYQkA4GEJAPFhCQAwYgkAPGIJAIBiCQCNYgkA0GIJANViCQAgYwkAKmMJAHBjCQCAYwkAwGMJAMVjCQAQZAkAGWQJAGBkCQBtZAkAsGQJALdkCQAAZQkADGUJAFBlCQBWZQkAoGUJAKZlCQDwZQkA9WUJAEBmCQBGZgkAINwNAJVmCQDgZgkA6GYJADBnCQBGZwkAgGcJAIVnCQDQZwkA12cJACBoCQApaAkAcGgJAIFoCQDAaAkAzGgJABBpCQAYaQkAEN0NAGJpCQCwaQkAxmkJAABqCQAMagkAUGoJAFdqCQCgagkAqGoJAGDdDQD1agkAQGsJAEhrCQCQawkApmsJAOBrCQDlawkAMGwJADdsCQCAbAkAiWwJANBsCQDhbAkAIG0JACxtCQBwbQkAeG0JALDdDQDCbQkAEG4JACZuCQBgbgkAbG4JALBuCQC3bgkAAG8JAAhvCQAA3g0AVW8JAKBvCQCnbwkA8G8JAPlvCQBAcAkAUXAJAJBwCQCccAkA4HAJAOhwCQBQ3g0AMnEJAIBxCQCPcQkA0HEJAPBxCQAgcgkAInIJAHByCQCHcgkAwHIJAMxyCQAQcwkAGHMJAPDeDQBlcwkAsHMJALJzCQAAdAkAB3QJAFB0CQBYdAkAoHQJAKl0CQDwdAkA9nQJAEB1CQBRdQkAkHUJAJh1CQCQ3w0A7HUJADB2CQAzdgkAgHYJAIV2CQDQdgkA4XYJACB3CQA7dwkAcHcJAHx3CQDAdwkAyHcJAODfDQAmeAkAYHgJAGF4CQCweAkAtXgJAAB5CQAGeQkAUHkJAFp5CQCgeQkAqHkJAPB5CQACegkAMOANAE16CQCQegkAmnoJAOB6CQDmegkAMHsJAER7CQCAewkAiHsJANB7CQDgewkAIHwJACV8CQBwfAkAdnwJAMB8CQDIfAkAEH0JABF9CQBgfQkAYn0JALB9CQC/fQkAAH4JACB+CQBQfgkAUn4JAKB+CQC3fgkA8H4JAPx+CQBAfwkASH8JAIDgDQCdfwkA4H8JAOp/CQAwgAkAPoAJAICACQCWgAkA0IAJANyACQAggQkALIEJAHCBCQB2gQkAwIEJAMaBCQAQggkAFYIJAGCCCQBmggkAIOENALWCCQAAgwkAAoMJAFCDCQBXgwkAoIMJAKiDCQDwgwkA84MJAECECQBJhAkAkIQJAJ+ECQDghAkA64QJADCFCQA4hQkAgIUJAJCFCQDQhQkA3oUJACCGCQAxhgkAcIYJAHyGCQDAhgkAyIYJABDiDQAuhwkAYIcJAGiHCQBg4g0AvIcJAACICQAWiAkAUIgJAFiICQCgiAkAv4gJALDiDQDziAkAIMIJAP2ICQBAiQkAQ4kJAECVDABIiQkAkIkJAJKJCQDgiQkAmokJAHCVCQChiQkA4I4JAO2JCQAwigkARIoJAICKCQCIigkA0IoJANWKCQAgiwkAMIsJAHCLCQB4iwkAwIsJAMqLCQAQjAkAG4wJAGCMCQBsjAkAsIwJALiMCQAA4w0ABY0JAFCNCQBZjQkAoI0JAKaNCQDwjQkA/40JAECOCQBMjgkAkI4JAJOOCQBQ4w0A5Y4JADCPCQA/jwkAgI8JAIKPCQDQjwkA4Y8JACCQCQAxkAkAcJAJAISQCQDAkAkAyJAJABCRCQAekQkAYJEJAG2RCQCwkQkAs5EJAACSCQAKkgkAUJIJAFKSCQCgkgkAsZIJAPCSCQABkwkAQJMJAEyTCQCQkwkAl5MJAOCTCQDokwkAMJQJAEeUCQCAlAkAjJQJANCUCQDmlAkAIJUJACOVCQCg4w0Ae5UJAMCVCQDMlQkAEJYJABiWCQDw4w0AbJYJALCWCQDGlgkAAJcJAAOXCQBQlwkAWJcJAKCXCQCilwkA8JcJAAuYCQBAmAkAQpgJAJCYCQCemAkA4JgJAPGYCQAwmQkAMpkJAICZCQCZmQkA0JkJAOGZCQAgmgkALJoJAEDkDQB2mgkAwJoJAM6aCQAQmwkAK5sJAGCbCQBsmwkAsJsJALabCQAAnAkACJwJAFCcCQBgnAkAoJwJAKWcCQDwnAkA+ZwJAECdCQBNnQkAkJ0JAJedCQDgnQkA6J0JAJDkDQA1ngkAgJ4JAIaeCQDQngkA2J4JACCfCQBJnwkAcJ8JAHefCQDAnwkA2Z8JABCgCQAfoAkAYKAJAHygCQDg5A0AtaAJAAChCQAKoQkAUKEJAGChCQCgoQkApaEJAPChCQD5oQkAQKIJAE2iCQCQogkAl6IJAOCiCQDsogkAMKMJAEOjCQCAowkAj6MJANCjCQDcowkAIKQJACGkCQBwpAkAeqQJAMCkCQDOpAkAEKUJABWlCQBgpQkAbaUJADDlDQDBpQkAAKYJAAKmCQBQpgkAU6YJAKCmCQCjpgkA8KYJAPemCQBApwkATKcJAJCnCQCgpwkA4KcJAPCnCQAwqAkANagJAICoCQCJqAkA0KgJAN2oCQAgqQkAJ6kJAHCpCQB8qQkAwKkJAMapCQAQqgkAFqoJAGCqCQBlqgkAsKoJALaqCQAg5g0ACqsJAFCrCQBeqwkAoKsJALCrCQDwqwkA8qsJAECsCQBPrAkAkKwJAJqsCQDgrAkA6KwJABDnDQA2rQkAgK0JAIytCQBg5w0A1a0JACCuCQAorgkAcK4JAICuCQDArgkAzq4JABCvCQAdrwkAYK8JAGevCQCwrwkAuK8JAADoDQARsAkAULAJAFewCQCgsAkAqLAJAPCwCQD9sAkAQLEJAEWxCQCQsQkAmrEJAOCxCQDosQkAMLIJAEmyCQCAsgkAjLIJANCyCQDYsgkAUOgNACyzCQBwswkAc7MJAMCzCQDFswkAELQJACG0CQBgtAkAe7QJALC0CQC8tAkAALUJAAe1CQBQtQkAbLUJAKC1CQCotQkAoOgNAPW1CQBAtgkASrYJAJC2CQCYtgkA4LYJAPC2CQAwtwkANbcJAIC3CQCJtwkA0LcJAN23CQAguAkAJ7gJAPDoDQCBuAkAwLgJAMi4CQAQuQkAzLgJAEC1CgAauQkAYLkJAGW5CQCwuQkAuLkJAAC6CQAJugkAULoJAF26CQCgugkAp7oJAPC6CQD8ugkAQLsJAFC7CQCQuwkAnrsJAOC7CQDtuwkAMLwJADy8CQCAvAkAh7wJANC8CQDYvAkAIL0JADC9CQBwvQkAeb0JAMC9CQDNvQkAEL4JAB++CQBgvgkAar4JALC+CQC+vgkAAL8JAAW/CQBQvwkAXb8JAKC/CQCovwkAQOkNAPy/CQBAwAkATcAJAJDACQCTwAkA4MAJAO7ACQAwwQkANcEJAIDBCQCNwQkA0MEJANjBCQCQ6Q0AKMIJAHDCCQB2wgkAwMIJAHfCCQCgGQoAzMIJABDDCQAtwwkAYMMJAGnDCQCwwwkAvsMJAADECQAGxAkAUMQJAFzECQCgxAkAp8QJAODpDQD2xAkAQMUJAE7FCQCQxQkAq8UJAODFCQDsxQkAMMYJADbGCQAw6g0Ao8YJANDGCQDfxgkAIMcJACXHCQBwxwkAfccJAMDHCQDNxwkAEMgJABzICQBgyAkAb8gJALDICQC6yAkAAMkJAA7JCQBQyQkAVckJAKDJCQCtyQkA8MkJAAzKCQBAygkASMoJAIDqDQCcygkA4MoJAP3KCQAwywkAOcsJAIDLCQCOywkA0MsJANbLCQAgzAkALMwJAHDMCQB3zAkAwMwJAMjMCQAQzQkAJs0JAGDNCQBlzQkAsM0JALfNCQAAzgkACc4JAFDOCQBhzgkAoM4JAKzOCQDwzgkA+M4JACDrDQBGzwkAkM8JAJXPCQDgzwkA+88JADDQCQA+0AkAgNAJAIfQCQDQ0AkA3NAJACDRCQAj0QkAcNEJAHjRCQDA0QkAwdEJABDSCQAS0gkAYNIJAG/SCQCw0gkA0NIJAADTCQAC0wkAUNMJAGfTCQCg0wkArNMJAPDTCQD40wkAcOsNAEHUCQCQ1AkAnNQJAODUCQDv1AkAMNUJADjVCQDA6w0AgtUJANDVCQDe1QkAINYJADHWCQAQ7A0Ad9YJAGDsDQDI1gkAAO0NABrXCQBg1wkAbNcJALDXCQDG1wkAANgJAAzYCQBQ2AkAY9gJAKDYCQCu2AkA8NgJAPrYCQBQ7Q0ASNkJAKDtDQCm2QkA4NkJAOzZCQAw2gkAPdoJAIDaCQCK2gkA0NoJANLaCQAg2wkAKtsJAHDbCQB+2wkAwNsJAMXbCQAQ3AkAHdwJAGDcCQBo3AkAsNwJAMDcCQAA3QkAAt0JAFDdCQBZ3QkAoN0JALHdCQDw3QkA+t0JAPDtDQBM3gkAkN4JAKfeCQDg3gkA+94JAEDuDQBJ3wkAgN8JAIbfCQDQ3wkA2t8JAJDuDQAi4AkAcOAJAIHgCQDA4AkAyOAJABDhCQDc4AkAgAcKABzhCQBg4QkAZuEJALDhCQC24QkAAOIJAAXiCQBQ4gkAVuIJAODuDQC84gkA8OIJAPjiCQDQ7w0ATuMJAJDjCQCh4wkA4OMJAPHjCQAw5AkAPOQJAIDkCQCH5AkAIPANAOHkCQAg5QkAMeUJAHDlCQB85QkAwOUJAMflCQBw8A0AEuYJAGDmCQBh5gkAsOYJALjmCQAA5wkABecJAFDnCQBZ5wkAoOcJAKrnCQDw5wkA+OcJAEDoCQBF6AkAkOgJAKDoCQDg6AkA6OgJADDpCQBG6QkAgOkJAIzpCQDQ6QkA5ukJACDqCQAl6gkAcOoJAHbqCQDA6gkA1OoJAMDwDQAm6wkAYOsJAG7rCQCw6wkAvesJAADsCQAC7AkAUOwJAFrsCQCg7AkArOwJAPDsCQD37AkAQO0JAEjtCQCQ7QkAqe0JAODtCQD07QkAMO4JADjuCQCA7gkAgu4JANDuCQDd7gkAIO8JACXvCQBw7wkAeu8JAMDvCQDL7wkAEPAJABzwCQBg8AkAZvAJALDwCQC48AkAAPEJAAHxCQBQ8QkAVvEJAKDxCQCl8QkA8PEJAP/xCQBA8gkATPIJAJDyCQCT8gkA4PIJAOPyCQAQ8Q0ANfMJAIDzCQCc8wkAYPENAPDzCQAg9AkAKPQJALDxDQB29AkAwPQJAMz0CQAA8g0ALPUJAEBIDgA89QkA8PINAIz1CQBA8w0AtvUJAAD2CQAM9gkAkPMNAFH2CQDA+QkAYPYJAKD2CQCi9gkA8PYJAPr2CQBA9wkAQvcJAJD3CQCh9wkA4PcJAOj3CQAw+AkAPPgJAID4CQCG+AkA0PgJANb4CQAg+QkAJfkJAHD5CQB2+QkA4PMNAML5CQAQ+gkAFvoJAGD6CQBj+gkAsPoJALz6CQAA+wkACPsJAND0DQBW+wkAoPsJAKb7CQDw+wkA9fsJAED8CQBG/AkAIPUNAJL8CQDg/AkA6fwJADD9CQBH/QkAgP0JAIv9CQDQ/QkA2v0JACD+CQAo/gkAEPYNAH3+CQDA/gkAyP4JABD/CQAa/wkAYP8JAGv/CQCw/wkAtv8JAAAACgAMAAoAUAAKAFIACgCgAAoApwAKAPAACgD4AAoAQAEKAFIBCgBg9g0AywEKAOABCgDoAQoAMAIKAFMCCgBQ9w0AggIKANACCgDdAgoAIAMKACcDCgBwAwoAgQMKAMADCgDMAwoAEAQKABcECgBgBAoAYQQKAPAjCgBoBAoAoPcNAMMECgAABQoADwUKAFAFCgBcBQoAoAUKAKEFCgDwBQoA+gUKAEAGCgBOBgoAkAYKAJUGCgDgBgoA7QYKAPD3DQA4BwoAQPgNAIgHCgCQ+A0A0gcKACAICgDcBwoAMDgLACMICgCw4AoALQgKAHAICgB+CAoAwAgKAM8ICgAQCQoAMAkKAGAJCgBsCQoAsAkKALcJCgAACgoACAoKAFAKCgBSCgoAoAoKAKoKCgCA+Q0A+goKAEALCgBICwoA0PkNAJoLCgDgCwoA6AsKACD6DQBsDAoAgAwKAIgMCgDQDAoA7gwKAHD6DQAuDQoAcA0KAIANCgDADQoA0A0KABAOCgAcDgoAYA4KAGYOCgCwDgoAzA4KAAAPCgAIDwoAwPoNAGQPCgCgDwoAqg8KAPAPCgD8DwoAQBAKAEgQCgAQ+w0AmxAKAOAQCgDiEAoAMBEKADYRCgCAEQoAiBEKAGD7DQDSEQoAIBIKACMSCgBwEgoAeBIKAMASCgDQEgoAEBMKABITCgBgEwoAbhMKALATCgDBEwoAsPsNAAcUCgAA/A0AVhQKAKAUCgClFAoA8BQKAPYUCgBQ/A0ATRUKAJAVCgCaFQoA4BUKAOIVCgAwFgoAQxYKAIAWCgCIFgoA0BYKANwWCgAgFwoAJhcKAHAXCgB2FwoAwBcKAMUXCgAQGAoAFhgKAED9DQBpGAoAsBgKAL0YCgAAGQoABxkKAFAZCgBYGQoAkP0NAKwZCgDwGQoA+hkKAEAaCgBMGgoAkBoKAJ8aCgDgGgoA6hoKADAbCgA8GwoAgBsKAIcbCgDg/Q0A0xsKAEClCwDWGwoAIBwKAN8bCgAwGgsALBwKAHAcCgB4HAoAMP4NAMwcCgAQHQoAGh0KAGAdCgBsHQoAsB0KAL8dCgAAHgoACh4KAFAeCgBcHgoAoB4KAKceCgCA/g0A/h4KAEAfCgAQHwoAgAsLAFcfCgCQHwoAnR8KAOAfCgDiHwoAMCAKAEEgCgCAIAoAnCAKANAgCgDYIAoA0P4NADkhCgBwIQoAhCEKAMAhCgDIIQoAECIKABMiCgBgIgoAbiIKALAiCgDHIgoAACMKAA0jCgBQIwoAUiMKAKAjCgCxIwoAIP8NAPYjCgBAJAoARSQKAJAkCgCmJAoA4CQKAO4kCgAwJQoAMyUKAIAlCgCMJQoA0CUKANYlCgAgJgoALCYKAHAmCgCZJgoAwCYKAMwmCgAQJwoAHycKAGAnCgBqJwoAsCcKAL4nCgAAKAoABSgKAFAoCgBdKAoAcP8NAKIoCgDwKAoA/igKAEApCgBNKQoAkCkKAKIpCgDA/w0A7ykKADAqCgA8KgoAgCoKAJkqCgDQKgoA0ioKACArCgAvKwoAcCsKAJArCgDAKwoAyCsKABAsCgAzLAoAYCwKAHYsCgCwLAoAtSwKAAAtCgADLQoAUC0KAFotCgCgLQoAqC0KAPAtCgD2LQoAQC4KAEwuCgCQLgoAny4KAOAuCgDsLgoAMC8KAD0vCgCALwoAii8KANAvCgDYLwoAIDAKAC8wCgBwMAoAcjAKAMAwCgDRMAoAEDEKACExCgBgMQoAaDEKALAxCgDBMQoAADIKAAIyCgBQMgoAUzIKAKAyCgCqMgoA8DIKABQzCgBAMwoAXDMKABAADgCWMwoA4DMKAOUzCgAwNAoAPzQKAIA0CgCMNAoA0DQKANM0CgAgNQoAIzUKAHA1CgB4NQoAwDUKAM81CgAQNgoAFTYKAGA2CgB2NgoAsDYKALE2CgAANwoAETcKAFA3CgBcNwoAoDcKAKo3CgDwNwoA/DcKAEA4CgBHOAoAYAAOAJQ4CgDgOAoA7jgKADA5CgA6OQoAgDkKAIs5CgDQOQoA2DkKACA6CgAsOgoAcDoKAIM6CgDAOgoAzjoKABA7CgAaOwoAYDsKAGg7CgCwOwoAvzsKAAA8CgAFPAoAUDwKAFc8CgCgPAoArDwKALAADgD8PAoAQD0KAEM9CgCQPQoAkz0KAOA9CgD6PQoAMD4KADw+CgCAPgoAkz4KANA+CgDePgoAID8KACo/CgBwPwoAkz8KAAABDgDKPwoAEEAKABxACgBgQAoAZ0AKALBACgC4QAoAAEEKAARBCgBQQQoAXkEKAKBBCgCqQQoA8EEKAPtBCgBAQgoASEIKAJBCCgCfQgoA4EIKAOVCCgAwQwoAN0MKAIBDCgCMQwoA0EMKANhDCgBQAQ4ANkQKABCKCwA5RAoAcEQKAHpECgDARAoAzEQKABBFCgATRQoAYEUKAGpFCgCwRQoAs0UKAABGCgAQRgoAUEYKAFJGCgCgRgoArkYKAPBGCgABRwoAoAEOAEdHCgDwAQ4AmUcKAOBHCgCaRwoAUHcLALBHCgAQCAsA+UcKADBICgA6SAoAgEgKAIxICgDQSAoA00gKACBJCgAqSQoAQAIOAHVJCgDASQoA4EkKABBKCgAYSgoAkAIOAG5KCgCwSgoAxkoKAABLCgAMSwoAUEsKAFdLCgCgSwoAqEsKAPBLCgD1SwoAQEwKAElMCgCQTAoAmkwKAOBMCgDoTAoAME0KAD5NCgCATQoAjU0KANBNCgDYTQoA4AIOADBOCgBwTgoAeE4KADADDgDHTgoAEE8KABxPCgBgTwoAZ08KALBPCgC4TwoAAFAKAApQCgBQUAoAXlAKAKBQCgC2UAoA8FAKAPxQCgBAUQoARVEKAJBRCgCZUQoA4FEKAOpRCgAwUgoAOFIKAIBSCgCFUgoA0FIKAOBSCgAgUwoAKFMKAIADDgB6UwoAwFMKAMNTCgBA0woAyFMKANADDgAeVAoAYFQKAHZUCgCwVAoAvFQKAABVCgAHVQoAUFUKAFhVCgCgVQoApVUKAPBVCgD5VQoAQFYKAEpWCgCQVgoAmFYKAOBWCgDiVgoA0GEKAO5WCgAwVwoAPVcKAIBXCgCIVwoAIAQOANxXCgAgWAoAI1gKAHBYCgB6WAoAcAQOAM5YCgAQWQoAJlkKAGBZCgBsWQoAsFkKALdZCgAAWgoACFoKAFBaCgBVWgoAoFoKAKlaCgDwWgoA+loKAEBbCgBIWwoAkFsKAJJbCgDgWwoA8FsKADBcCgA6XAoAgFwKAIxcCgDQXAoA1lwKABAFDgAuXQoAcF0KAIZdCgDAXQoAzF0KABBeCgAVXgoAYF4KAGleCgCwXgoAul4KAABfCgAIXwoAUF8KAHJfCgBgBQ4Ar18KAPBfCgD8XwoAQGAKAEFgCgCQYAoAmmAKAOBgCgDuYAoAMGEKADVhCgCAYQoAjWEKALAFDgDgYQoAIGIKACpiCgBwYgoAfGIKAMBiCgDGYgoAEGMKABhjCgCgBg4AZWMKALBjCgC4YwoAAGQKAAxkCgBgbQoAGWQKAFBkCgBcZAoAoGQKAKhkCgDwBg4A/WQKAEBlCgBIZQoAkGUKAJ5lCgDgZQoA7WUKADBmCgAzZgoAgGYKAIpmCgDQZgoA0mYKACBnCgAtZwoAcGcKAH9nCgDAZwoAzGcKABBoCgAYaAoAQAcOAHBoCgCwaAoAuGgKAABpCgAMaQoAUGkKAFZpCgCgaQoApmkKAPBpCgD1aQoAQGoKAEZqCgCQBw4AnWoKAOBqCgDlagoAMGsKADprCgCAawoAiGsKANBrCgDcawoAIGwKADNsCgBwbAoAfmwKAMBsCgDDbAoAEG0KABptCgDgBw4Ac20KALBtCgC+bQoAAG4KAANuCgBQbgoAWm4KADAIDgClbgoA8G4KAK5uCgCwiwoA+G4KAEBvCgBMbwoAkG8KAJZvCgDgbwoAo28KAICJCgDmbwoAMHAKADVwCgCAcAoAhnAKAIAIDgDWcAoAIHEKACVxCgBwcQoAdnEKANAIDgDOcQoAEHIKACtyCgBgcgoAbHIKALByCgC3cgoAIAkOAAlzCgBQcwoAXXMKAKBzCgCscwoA8HMKAAN0CgBAdAoAQXQKAJB0CgCcdAoA4HQKAO90CgAwdQoAOnUKAIB1CgCMdQoA0HUKANd1CgBwCQ4AJnYKAHB2CgB2dgoAwHYKAMV2CgAQdwoAFncKABAKDgBpdwoAsHcKAL13CgAAeAoABHgKAFB4CgBSeAoAoHgKAK14CgDweAoA+ngKAGAKDgBHeQoAkHkKAJh5CgDgeQoA7HkKADB6CgBDegoAgHoKAI96CgDQegoA3HoKACB7CgAhewoAcHsKAHp7CgDAewoAznsKABB8CgAVfAoAYHwKAG18CgCwCg4AvHwKAAB9CgAGfQoAUH0KAFZ9CgCgfQoApX0KAPB9CgD2fQoAAAsOAEV+CgCQfgoAmn4KAKALDgDofgoAMH8KAD1/CgCAfwoAhX8KANB/CgDafwoAIIAKACiACgBwgAoAfIAKAMCACgDTgAoAEIEKABGBCgBggQoAbIEKALCBCgC/gQoAAIIKAAqCCgBQggoAWIIKAKCCCgCiggoA8AsOAPmCCgBAgwoAT4MKAJCDCgCfgwoA4IMKAOyDCgAwhAoAM4QKAICECgCDhAoAQAwOANKECgAghQoAI4UKAHCFCgB4hQoAwIUKAM2FCgAQhgoAFYYKAGCGCgBqhgoAsIYKALiGCgAAhwoADIcKAFCHCgBjhwoAoIcKAKGHCgDwhwoA/IcKAECICgBPiAoAkIgKAJqICgDgiAoA7IgKADCJCgA3iQoAkAwOAI+JCgDQiQoA3IkKACCKCgAhigoAcIoKAHqKCgDAigoAzooKABCLCgAViwoAYIsKAG2LCgDgDA4AwYsKADANDgANjAoAUIwKAF6MCgCgjAoAsYwKAPCMCgASjQoAgA0OAEWNCgCQjQoARo0KAPDDCgCYjQoA4I0KAOGNCgDwkQoA440KAOCSCgDljQoAAJEKAOaNCgAglAoA540KABCQCgDvjQoAMI4KAPmNCgDwlgoANY4KAICOCgCNjgoA0I4KAN2OCgAgjwoALI8KAHCPCgB/jwoAwI8KAMqPCgDQDQ4AHpAKAGCQCgBikAoAsJAKAMGQCgAgDg4AAZEKAFCRCgBckQoAoJEKAK2RCgBwDg4A/pEKAECSCgBNkgoAkJIKAKeSCgDADg4A6ZIKAGCVCgDqkgoAMJMKADKTCgCAkwoAhpMKANCTCgDakwoAEA8OACyUCgBwlAoAcpQKAMCUCgDPlAoAEJUKABuVCgBgDw4Ab5UKALCVCgC/lQoAAJYKAAyWCgBQlgoAXJYKAKCWCgCnlgoAsA8OAPyWCgBAlwoASJcKAAAQDgCplwoA4JcKAPGXCgAwmAoAPJgKAFAQDgCMmAoA0JgKANKYCgAgmQoAJ5kKAHCZCgB4mQoAwJkKAMGZCgAQmgoAFpoKAGCaCgBlmgoAsJoKALGaCgAAmwoADJsKAFCbCgBWmwoAoJsKAKqbCgDwmwoA/psKAPCgCgAEnAoAQJwKAEicCgCgEA4AoJwKAOCcCgDonAoAMJ0KADmdCgCAnQoAPZ0KAACgCgCNnQoA0J0KANedCgAgngoALJ4KAHCeCgCAngoAwJ4KAM6eCgAQnwoAHZ8KAGCfCgBsnwoAsJ8KALefCgDwEA4ACaAKAFCgCgBhoAoAoKAKALGgCgBAEQ4A/KAKAEChCgBDoQoAkKEKAJihCgDgoQoA5aEKADCiCgBAogoAgKIKAIiiCgDQogoA2aIKACCjCgDdogoAoKUKAC2jCgBwowoAd6MKAMCjCgDMowoAEKQKACCkCgBgpAoAbqQKALCkCgC9pAoAAKUKAAylCgBQpQoAV6UKAJARDgCppQoA8KUKAAGmCgBApgoAUaYKAOARDgCVpgoA4KYKAO2mCgAwpwoAPKcKAICnCgCKpwoA0KcKAOSnCgAgqAoAIagKAHCoCgB8qAoAwKgKAN+oCgAQqQoAGKkKAGCpCgBlqQoAsKkKAMmpCgAAqgoAKaoKAFCqCgBcqgoAoKoKAK+qCgDwqgoA+qoKAECrCgBIqwoAkKsKAJurCgDgqwoA4qsKADCsCgAzrAoAgKwKAIisCgDQrAoA3awKACCtCgAlrQoAcK0KAHitCgDArQoAwq0KABCuCgAargoAYK4KAGquCgCwrgoAtq4KAACvCgAOrwoAUK8KAGmvCgCgrwoAqa8KAPCvCgD6rwoAQLAKAEywCgAwEg4AnLAKAOCwCgDwsAoAMLEKAD6xCgCAsQoAjbEKANCxCgDcsQoAILIKACeyCgBwsgoAeLIKAMCyCgDWsgoAELMKAByzCgBgswoAarMKALCzCgC7swoAALQKAAW0CgBQtAoAV7QKAKC0CgCotAoA8LQKABq1CgCAEg4AR7UKAJC1CgCYtQoA4LUKAAq2CgAwtgoANbYKAIC2CgCBtgoA0LYKANq2CgAgtwoALrcKAHC3CgB1twoAwLcKAM23CgAQuAoALLgKAGC4CgB8uAoA0BIOAL24CgAAuQoABLkKAFC5CgBWuQoAoLkKAKK5CgDwuQoA8bkKAEC6CgBjugoAkLoKALS6CgDgugoACrsKADC7CgA4uwoAgLsKAIW7CgDQuwoA3bsKACC8CgAovAoAcLwKAHK8CgDAvAoAyLwKABC9CgA6vQoAYL0KAG29CgCwvQoAtb0KAAC+CgANvgoAUL4KAFy+CgCgvgoAyr4KAPC+CgD4vgoAQL8KAFu/CgCQvwoAkr8KAOC/CgDxvwoAMMAKADnACgCAwAoAjMAKACATDgDdwAoAIMEKADvBCgBwwQoAdcEKAMDBCgDgwQoAEMIKABzCCgBgwgoAaMIKAHATDgC+wgoAAMMKAArDCgBQwwoAW8MKAKDDCgCowwoAEBQOAPnDCgBAxAoASsQKAJDECgCbxAoA4MQKAPTECgAwxQoARcUKAIDFCgCIxQoA0MUKAOfFCgAgxgoAJcYKAHDGCgB6xgoAwMYKAMjGCgBgFA4AEscKAGDHCgBxxwoAsMcKALPHCgAAyAoADMgKALAUDgBeyAoAoMgKALHICgAAFQ4A88gKAEDJCgBDyQoAkMkKAJzJCgDgyQoA5skKADDKCgA6ygoAUBUOAI3KCgDQygoA58oKACDLCgAoywoAoBUOAHjLCgDwFQ4A18sKABDMCgAWzAoAYMwKAGzMCgCwzAoAx8wKAADNCgACzQoAUM0KAFrNCgCgzQoArM0KAPDNCgD8zQoAQM4KAEbOCgCQzgoAls4KAODOCgDlzgoAMM8KADbPCgBAFg4Ag88KAAAmDACLzwoA0M8KANHPCgAg0AoAKtAKAHDQCgCg0AoAkBYOAMPQCgAQ0QoAGtEKAOAWDgBp0QoAsNEKAMbRCgAA0goAFtIKAFDSCgBS0goAoNIKAKbSCgDw0goABNMKAIAXDgBI0woAkNMKAKDTCgDg0woAqdMKABCyCwDi0woAMNQKAD7UCgCA1AoAkdQKANAXDgDX1AoAIBgOACnVCgDQkgsALNUKAHDVCgBz1QoAwNUKAMnVCgAQ1goAIdYKAGDWCgBq1goAsNYKALjWCgAA1woAzNYKAMCJCwAD1woAUNcKAFnXCgCg1woAttcKAPDXCgAG2AoAQNgKAELYCgCQ2AoAltgKAODYCgD02AoAcBgOADzZCgCA2QoAitkKANDZCgDZ2QoAINoKACHaCgBw2goAeNoKAMDaCgDF2goAENsKACDbCgAQGQ4AbNsKALDbCgCy2woAANwKAAbcCgBQ3AoAV9wKAKDcCgCl3AoA8NwKAPTcCgBA3QoATd0KAJDdCgCY3QoA4N0KAOXdCgAw3goAQN4KAGAZDgCR3goA0N4KANzeCgAg3woAL98KAHDfCgB63woAwN8KAM7fCgAQ4AoAHeAKAGDgCgB34AoAsBkOALPgCgBQGg4AA+EKAFDhCgAH4QoAMCYOAFjhCgCg4QoAy+EKAPDhCgAb4goAQOIKAGviCgCgGg4Au+IKAODiCgAL4woA8BoOADnjCgCA4woAgeMKANDjCgDf4woAIOQKAObjCgCw5QoAMeQKAHDkCgBy5AoAwOQKAMPkCgAQ5QoAE+UKAGDlCgBo5QoA4BsOALXlCgAA5goAB+YKAFDmCgBZ5goAoOYKALHmCgDw5goA/OYKAEDnCgBI5woAMBwOAJbnCgDg5woA5+cKADDoCgA16AoAgOgKAIToCgDQ6AoA3egKACDpCgAv6QoAcOkKAIHpCgDA6QoAwukKABDqCgAT6goAYOoKAGPqCgCw6goAuOoKAIAcDgAF6woAUAkLAAvrCgAwMgwADOsKAFDrCgBT6woAoOsKAKrrCgDQHA4A+esKAEDsCgBP7AoAkOwKAJ/sCgDg7AoA7OwKADDtCgAz7QoAgO0KAIPtCgAgHQ4A0+0KACDuCgBL7goAcB0OAHjuCgDAHQ4AyO4KABAeDgAY7woAYB4OAGXvCgCw7woAve8KAADwCgAD8AoAUPAKAFXwCgCg8AoAsfAKAPDwCgD88AoAsB4OAEXxCgCQ8QoAofEKAODxCgDs8QoAMPIKAEryCgCA8goAhPIKAGD0CgCH8goAkPYKAIryCgDQ9woAjPIKAFD1CgCO8goAcPMKAJHyCgDQ8goA1fIKACDzCgA38woAAB8OAH3zCgDA8woA0PMKABD0CgAV9AoAUB8OAGL0CgCw9AoAtvQKAAD1CgAN9QoAoB8OAFb1CgCg9QoApvUKAPD1CgD19QoAQPYKAEb2CgDwHw4AnPYKAOD2CgD59goAMPcKADn3CgCA9woAl/cKAEAgDgDW9woAIPgKACL4CgBw+AoAf/gKAMD4CgDM+AoAkCAOABn5CgBg+QoAbvkKALD5CgC6+QoAAPoKAAz6CgBQ+goAU/oKAKD6CgC8+goA8PoKAPj6CgDgIA4ATPsKAJD7CgCT+woA4PsKAOr7CgDQIQ4AOfwKAID8CgCO/AoA0PwKANr8CgAg/QoALP0KAHD9CgB4/QoAcCIOAML9CgAQ/goAHv4KAGD+CgBx/goAwCIOALf+CgAQIw4ABf8KAFD/CgBY/woAoP8KAKb/CgDw/woA+f8KAEAACwBNAAsAsCMOAJUACwDgAAsAnAALAHACCwDpAAsAMAELADoBCwCAAQsAiAELANABCwAQAgsAIAILACgCCwAAJA4AdgILAMACCwDGAgsAEAMLABgDCwBgAwsAoAMLALADCwC4AwsAUCQOAAgECwCgJA4AkgQLAKAECwDiBAsA8CQOAP4ECwBABQsAUQULAJAFCwCcBQsA4AULAOMFCwBAJQ4AQAYLAIAGCwCCBgsA0AYLAN4GCwAgBwsAMQcLAJAlDgCMBwsAwAcLAMgHCwDgJQ4AHggLAGAICwBhCAsAgCYOALwICwAACQsABwkLANAmDgBXCQsAoAkLAKUJCwAgJw4A+AkLAHAnDgBCCgsAkAoLAJMKCwDgCgsA4woLAMAnDgA4CwsAECgOAI4LCwDQCwsA0QsLAGAoDgAoDAsAsCgOAHUMCwDADAsAxwwLABANCwAVDQsAACkOAGgNCwBQKQ4AuA0LAAAOCwAKDgsAUA4LAFsOCwCgDgsArg4LAPAOCwDzDgsAQA8LAEgPCwCQDwsAmg8LAOAPCwDsDwsAMBALADMQCwCAEAsAihALAKApDgDeEAsAIBELADYRCwBwEQsAfBELAMARCwDHEQsAEBILABgSCwBgEgsAZRILALASCwC5EgsAABMLAAoTCwBQEwsAWBMLAKATCwCiEwsA8BMLAAAUCwBAFAsAShQLAJAUCwCcFAsA4BQLAOYUCwAwFQsAOBULAEAqDgCOFQsA0BULANEVCwCQKg4AJRYLAOAqDgByFgsAwBYLAMEWCwAQFwsAExcLAGAXCwBrFwsAsBcLALUXCwAAGAsAChgLADArDgB0GAsAoBgLAKgYCwCAKw4A8hgLAEAZCwBRGQsAkBkLAKEZCwDgGQsA4xkLANArDgA2GgsAgBoLAIUaCwDQGgsA0xoLACAbCwAjGwsAcBsLAHgbCwAgLA4AzhsLABAcCwATHAsAYBwLAGscCwCwHAsAvBwLAAAdCwAHHQsAUB0LAFgdCwCgHQsArh0LAPAdCwD9HQsAQB4LAEgeCwBwLA4AnB4LAOAeCwDjHgsAMB8LADofCwCAHwsAiB8LAMAsDgDcHwsAICALACYgCwBwIAsAeiALAMAgCwDUIAsAECELABghCwAQLQ4AbSELALAhCwC4IQsAACILAAMiCwBQIgsAXCILAKAiCwCqIgsA8CILAPkiCwBAIwsAQSMLAJAjCwCoIwsA4CMLAOIjCwAwJAsAQSQLAIAkCwCRJAsA0CQLANgkCwAgJQsALyULAHAlCwByJQsAwCULANElCwAQJgsAISYLAGAmCwB5JgsAsCYLALImCwAAJwsADycLAFAnCwBwJwsAsC0OAKgnCwAALg4A+CcLAFAuDgBIKAsAoC4OAJwoCwDgKAsA8CgLADApCwA1KQsAgCkLAIYpCwDQKQsA3CkLACAqCwAoKgsA8C4OAIEqCwDAKgsA0SoLABArCwAiKwsAYCsLAGgrCwCwKwsAuysLAAAsCwAFLAsAUCwLAFUsCwCgLAsAwCwLAEAvDgAALQsAQC0LAEotCwCQLQsAnC0LAOAtCwDmLQsAMC4LADguCwCALgsAgi4LANAuCwCMLgsAIDQLAOEuCwAgLwsAMS8LAHAvCwCCLwsAwC8LAMgvCwAQMAsAGzALAGAwCwBlMAsAsDALALUwCwAAMQsAIDELAJAvDgBSMQsAoDELAK8xCwDwMQsA+zELAEAyCwBSMgsAkDILAJgyCwDgMgsA6zILADAzCwA1MwsAgDMLAIUzCwDQMwsA8DMLAOAvDgAiNAsAcDQLAH80CwDANAsAyzQLABA1CwAiNQsAYDULAGg1CwCwNQsAuzULAAA2CwAFNgsAUDYLAFU2CwCgNgsAwDYLADAwDgD9NgsAQDcLAFc3CwCAMA4AnTcLAOA3CwD3NwsA0DAOAD04CwCAOAsAhzgLANA4CwDeOAsAIDkLAC05CwBwOQsAhzkLACAxDgDIOQsAcDEOABI6CwBgOgsAbjoLALA6CwDBOgsAwDEOAA07CwBQOwsAZzsLABAyDgCqOwsA8DsLAPw7CwBAPAsAQzwLAJA8CwCaPAsAYDIOAPw8CwCwMg4AOD0LAAAzDgCIPQsA0D0LANE9CwBAQQsA0z0LAGA/CwDXPQsA0EcLANo9CwAgPgsA3z0LACBDCwDgPQsAMEILACU+CwAwRwsALD4LAHA+CwBzPgsAwD4LAMo+CwBQMw4AGD8LAKAzDgBpPwsAsD8LAIA/CwDwRQsAvj8LAABACwAKQAsAUEALAFxACwCgQAsAo0ALAPBACwD4QAsA8DMOAEJBCwCQQQsAk0ELAOBBCwDjQQsAQDQOADJCCwCAQgsAjkILANBCCwDhQgsA4DQOACJDCwBwQwsAfUMLAMBDCwDPQwsAEEQLABxECwBgRAsAcUQLALBECwDBRAsAAEULAAxFCwBQRQsAV0ULAKBFCwCoRQsAgDUOAP5FCwBARgsAQUYLANA1DgCcRgsA4EYLAOdGCwAgNg4AN0cLAIBHCwCFRwsAwDYOANlHCwAgSAsAJkgLAHBICwBySAsAwEgLAMpICwAQSQsAHkkLAGBJCwBlSQsAsEkLAL1JCwAASgsAGEoLAFBKCwBmSgsAoEoLAKNKCwDwSgsA+EoLAGA3DgBISwsAkEsLAIlLCwDQvgwAkUsLACBNCwCTSwsAAE8LAJpLCwDgSwsAoEsLABBOCwDsSwsAMEwLADNMCwCATAsAikwLALA3DgDYTAsAADgOACJNCwBwTQsAc00LAMBNCwDDTQsAUDgOABJOCwBgTgsAbk4LALBOCwDBTgsA8DgOAAlPCwBQTwsAXk8LAKBPCwBpTwsA4IYMAKpPCwDwTwsA/E8LAEBQCwBDUAsAkFALAJhQCwCQOQ4A+lALAOA5DgA6UQsAgFELAIlRCwDQUQsA1lELACBSCwAsUgsAcFILAI5SCwDAUgsAwVILABBTCwASUwsAYFMLAG1TCwCwUwsAvlMLAABUCwAPVAsAUFQLAGxUCwCgVAsAqFQLADA6DgADVQsAQFULAEFVCwCQVQsAnFULAOBVCwDvVQsAMFYLADpWCwCAVgsAjFYLANBWCwDXVgsAgDoOAChXCwDQOg4AdlcLAMBXCwB9VwsAUFkLAH9XCwBgWAsAyVcLABBYCwAdWAsAIDsOAGVYCwCwWAsAvVgLAABZCwAKWQsAcDsOAFJZCwCgWQsAtlkLAPBZCwD8WQsAwDsOAEhaCwBwMwwAXloLAJBaCwCuWgsA4FoLAOhaCwAwWwsAAlsLAMBWDAAxWwsAwFwLADNbCwAAXgsAPFsLABBXDABAWwsAgFsLAIJbCwDQWwsA3lsLACBcCwAxXAsAEDwOAHhcCwBgPA4AwlwLABBdCwATXQsAYF0LAGNdCwCwPA4AuF0LAAA9DgAKXgsAoIYLACBeCwBQXgsAXl4LAKBeCwChXgsAUD0OAPheCwCgPQ4AUV8LAJBfCwCSXwsA4F8LAOFfCwAwYAsAM2ALAIBgCwCMYAsA0GALANdgCwAgYQsAPGELAHBhCwB4YQsAQD4OAM1hCwAQYgsAIGILAGBiCwBlYgsAsGILAOBiCwCQPg4ABmMLAOA+DgBYYwsAoGMLAKFjCwAAbQsApmMLAADVDACqYwsA8GMLAKxjCwBQaAsAsGMLAHBmCwC+YwsAIHALAPVjCwDQzQwA+2MLACDJDAD8YwsAQGQLAENkCwCQZAsAmmQLADA/DgDoZAsAMGULADZlCwCAZQsAiWULANBlCwDdZQsAIGYLADxmCwCAPw4AcmYLAMBmCwB1ZgsAcNgMAM5mCwAQZwsAIWcLANA/DgBmZwsAsGcLALxnCwAgQA4AHGgLAHBADgBWaAsAoGgLAKZoCwDwaAsA9WgLAEBpCwBGaQsAwEAOAKxpCwAQQQ4A52kLAGBBDgA1agsAgGoLAIhqCwDQagsA3GoLACBrCwAzawsAcGsLAHxrCwDAawsAz2sLABBsCwAZbAsAYGwLAGpsCwCwbAsAvGwLAABCDgARbQsAUG0LAFxtCwCgbQsAom0LAPBtCwDzbQsAQG4LAExuCwCQbgsAmG4LAFBCDgDsbgsAMG8LAEBvCwCAbwsAjG8LANBvCwDWbwsAoEIOAEJwCwBwcAsAeHALAMBwCwDocAsAEHELABtxCwBgcQsAbHELALBxCwDBcQsAAHILAAFyCwDwQg4AVnILAKByCwCtcgsA8HILAP5yCwBAcwsATXMLAJBzCwCncwsA4HMLABB0CwAwdAsAOHQLAIB0CwCKdAsA0HQLANx0CwAgdQsAI3ULAHB1CwB6dQsAQEMOAMh1CwAQdgsAFnYLAGB2CwBpdgsAsHYLAL12CwAAdwsAHHcLAJBDDgBSdwsAoHcLAFd3CwAghAsArXcLAPB3CwD3dwsAQHgLAEJ4CwCQeAsAlngLAOB4CwDneAsAMHkLAEh5CwCAeQsAhXkLANB5CwCMeQsAcHoLANl5CwAgegsAKnoLAOBDDgB2egsAwHoLAMZ6CwAQewsAFXsLAGB7CwBmewsAMEQOALF7CwAAfAsAEXwLAFB8CwBcfAsAoHwLAKp8CwDwfAsA/HwLAEB9CwBHfQsAgEQOAJJ9CwDgfQsAm30LALDjDADjfQsAMH4LAFB+CwCAfgsAiH4LANBEDgDhfgsAIH8LACd/CwBwfwsAeH8LAMB/CwDDfwsAUIELANB/CwAQgAsAEoALAGCACwBugAsAsIALAMGACwAgRQ4AB4ELAHBFDgBZgQsAoIELAK+BCwDwgQsA/4ELAECCCwBMggsAkIILAJOCCwDgggsA44ILADCDCwBAgwsAgIMLAImDCwDQgwsA4YMLAMBFDgAlhAsAcIQLAHmECwDAhAsAyoQLABCFCwAYhQsAYIULAH6FCwCwhQsAzoULAACGCwAehgsAUIYLAG6GCwAQRg4Ap4YLAPCGCwD1hgsAQIcLAPyGCwAwiAsASYcLAJCHCwCahwsA4IcLAPyHCwBgRg4ANogLAICICwCGiAsA0IgLAOyICwCwRg4ASIkLAFBHDgCYiQsAoEcOAMiJCwCQSA4AJooLAGCKCwBiigsAsIoLALaKCwAAiwsAFIsLAFCLCwBYiwsAoIsLAMiLCwDgSA4A+YsLAECMCwBNjAsAkIwLAJ6MCwDgjAsA6owLADCNCwBKjQsAgI0LAI2NCwDQjQsA3I0LACCOCwAqjgsAcI4LAHiOCwAwSQ4Ax44LABCPCwAYjwsAgEkOADyPCwBwSg4AbI8LALCPCwC3jwsAAJALAAiQCwDQSQ4AUpALAKCQCwCxkAsA8JALAPiQCwBAkQsASpELAJCRCwCckQsA4JELAOORCwAwkgsAOpILAMBKDgCckgsAEEsOAN2SCwAgkwsAKJMLAHCTCwBzkwsAAJULAICTCwDAkwsAwpMLABCUCwAelAsAYJQLAHGUCwBgSw4At5QLALBLDgAJlQsAUJULAF+VCwCglQsAr5ULAPCVCwD8lQsAQJYLAEOWCwCQlgsAk5YLAOCWCwDwlgsAMJcLADmXCwCAlwsAkZcLAABMDgDclwsAIJgLACiYCwBQTA4AcpgLAMCYCwB8mAsAYJkLAMOYCwAQmQsAGJkLAKBMDgBmmQsAsJkLALyZCwAAmgsACJoLAPBMDgBcmgsAoJoLAKOaCwDwmgsA+poLAEBNDgBFmwsAkJsLAKabCwDgmwsA4ZsLADCcCwBBnAsAgJwLAIycCwDQnAsA2pwLACCdCwAsnQsAcJ0LAHidCwCQTQ4AzJ0LABCeCwATngsAYJ4LAGqeCwDgTQ4As54LAACfCwADnwsAUJ8LAFyfCwCgnwsApp8LAPCfCwD6nwsAME4OAEWgCwCQoAsAnaALAOCgCwDjoAsAMKELAEyhCwCAoQsAiKELAIBODgDYoQsA0E4OACiiCwAgTw4AcqILAMCiCwDOogsAEKMLACGjCwBwTw4AZqMLALCjCwC8owsAwE8OAAakCwBQpAsAVqQLAKCkCwClpAsA8KQLAPakCwBgUA4AQ6ULAJClCwCcpQsA4KULAOalCwAwpgsAOqYLAABRDgCFpgsA0KYLAN2mCwAgpwsAI6cLAHCnCwCFpwsAwKcLAMinCwBQUQ4AGKgLAGCoCwBsqAsAsKgLALaoCwAAqQsABqkLAFCpCwBVqQsAoKkLAKapCwAwUw4A/6kLAECqCwBPqgsAkKoLAJmqCwDgqgsA5qoLADCrCwA2qwsAgKsLAIyrCwDQqwsA16sLACCsCwAorAsA0FMOAHesCwDArAsAzqwLABCtCwAdrQsAYK0LAHetCwCwrQsAzK0LAACuCwAIrgsAIFQOAGOuCwCgrgsAoq4LAPCuCwAGrwsAQK8LAEGvCwCQrwsAoa8LAOCvCwDsrwsAcFQOAEywCwDAVA4AgrALANCwCwDmsAsAILELACGxCwBwsQsAgbELAMCxCwDMsQsAEFUOABWyCwBgsgsAZrILALCyCwDQsgsAALMLAAyzCwBQswsAV7MLAGBVDgCsswsA0LULALCzCwDwswsA8rMLAEC0CwBOtAsAkLQLAKG0CwCwVQ4A5rQLADC1CwA8tQsAAFYOAKu1CwBQVg4A1rULACC2CwAmtgsAcLYLAHW2CwDAtgsAxrYLAKBWDgA7twsA8FYOAHS3CwCwtwsAsbcLAAC4CwAMuAsAULgLAGy4CwCguAsAqLgLAJBXDgD8uAsAQLkLAFy5CwCQuQsAmLkLADBYDgDsuQsAMLoLADa6CwCAugsAhroLANC6CwDougsAILsLACq7CwBwuwsAfLsLAMC7CwDDuwsAELwLABq8CwBgvAsAeLwLALC8CwDAvAsAAL0LAAK9CwBQvQsAXr0LAKC9CwCxvQsAgFgOAPa9CwBAvgsATL4LANBYDgCYvgsAcFkOAOi+CwBgWg4AMr8LAIC/CwCNvwsA0L8LAN+/CwAgwAsAJsALAHDACwB8wAsAwMALAMLACwAQwQsAGsELAGDBCwBuwQsAsMELALXBCwAAwgsADcILAFDCCwBcwgsAoMILALPCCwDwwgsA/8ILAEDDCwBMwwsAkMMLAJHDCwDgwwsA6sMLADDECwA+xAsAgMQLAIXECwDQxAsA3cQLALBaDgAqxQsAcMULAH7FCwDAxQsAw8ULABDGCwAgxgsAYMYLAG7GCwCwxgsAvMYLAADHCwAHxwsAUMcLAFfHCwCgxwsArMcLAPDHCwDxxwsAQMgLAEzICwCQyAsAncgLAODICwDnyAsAMMkLADzJCwCAyQsAjckLANDJCwDfyQsAIMoLADTKCwBwygsAfMoLAMDKCwDTygsAEMsLAB/LCwBgywsAbMsLALDLCwCxywsAAMwLAArMCwBQzAsAXswLAKDMCwClzAsA8MwLAP3MCwAAWw4AQc0LAJDNCwChzQsA4M0LAO7NCwAwzgsAP84LAIDOCwCCzgsA0M4LANrOCwAgzwsALs8LAHDPCwB1zwsAwM8LAM3PCwAQ0AsAH9ALAGDQCwBl0AsAsNALAL3QCwAA0QsACtELAFDRCwBc0QsAoNELALPRCwDw0QsA+tELAEDSCwBM0gsAkNILAKPSCwDg0gsA79ILADDTCwA80wsAgNMLAIHTCwDQ0wsA2tMLACDUCwAu1AsAcNQLAHXUCwDA1AsAzdQLAFBbDgAV1QsAYNULAG3VCwCw1QsAutULAADWCwAG1gsAUNYLAFLWCwCg1gsArdYLAPDWCwDz1gsAQNcLAE7XCwCQ1wsAnNcLAODXCwDt1wsAMNgLADrYCwCA2AsAj9gLANDYCwDV2AsAINkLAC3ZCwBw2QsAfdkLAMDZCwDM2QsAENoLAB/aCwBg2gsAatoLALDaCwC+2gsAANsLAAXbCwBQ2wsAXdsLAKDbCwCs2wsA8NsLAAPcCwBA3AsAT9wLAJDcCwCc3AsA4NwLAOHcCwAw3QsAOt0LAIDdCwCO3QsA0N0LANXdCwAg3gsALd4LAKBbDgCD3gsAwN4LAM/eCwAQ3wsAHN8LAGDfCwBh3wsAsN8LALrfCwAA4AsADuALAFDgCwBV4AsAoOALAK3gCwDwWw4AA+ELAEDhCwBP4QsAkOELAJzhCwDg4QsA4eELADDiCwA64gsAgOILAI7iCwDQ4gsA1eILACDjCwAt4wsAQFwOAHLjCwDA4wsAzuMLABDkCwAd5AsAYOQLAGzkCwCw5AsAtuQLAADlCwAR5QsAUOULAFLlCwCg5QsAqeULAPDlCwD95QsAQOYLAE/mCwCQ5gsAm+YLAODmCwDs5gsAMOcLAEPnCwCA5wsAj+cLANDnCwDc5wsAIOgLACHoCwBw6AsAeugLAMDoCwDO6AsAEOkLABXpCwBg6QsAbekLAJBcDgC96QsAAOoLAA7qCwBQ6gsAWuoLAKDqCwCu6gsA8OoLAPLqCwBA6wsAUesLAJDrCwCe6wsA4OsLAA/sCwAw7AsAMuwLAIDsCwCK7AsA0OwLAN7sCwAg7QsAJe0LAHDtCwB97QsAwO0LAMztCwAQ7gsAI+4LAGDuCwBv7gsAsO4LALzuCwAA7wsAAe8LAFDvCwBa7wsAoO8LAK7vCwDw7wsA9e8LAEDwCwBN8AsA4FwOAJLwCwDg8AsA4vALADDxCwA/8QsAgPELAI/xCwDQ8QsA3PELACDyCwAj8gsAcPILAHPyCwDA8gsAxvILABDzCwAc8wsAYPMLAGPzCwCw8wsAtfMLAAD0CwAJ9AsAUPQLAFb0CwCg9AsAr/QLAPD0CwD89AsAQPULAFD1CwCQ9QsAkvULAOD1CwDu9QsAMPYLAEH2CwAwXQ4AhvYLAND2CwDc9gsAgF0OADP3CwBw9wsAf/cLAMD3CwDM9wsAEPgLABH4CwBg+AsAavgLALD4CwC++AsAAPkLAAX5CwBQ+QsAXfkLANBdDgCs+QsA8PkLAPr5CwBA+gsAafoLAJD6CwCX+gsA4PoLAPn6CwAw+wsAP/sLAID7CwCP+wsA0PsLANX7CwAg/AsALfwLAHD8CwB9/AsAwPwLAMz8CwAQ/QsAH/0LAGD9CwBq/QsAsP0LAL79CwAA/gsABf4LAFD+CwBd/gsAoP4LAKz+CwDw/gsAA/8LAED/CwBP/wsAkP8LAJz/CwDg/wsA4f8LADAADAA6AAwAgAAMAI4ADADQAAwA1QAMACABDAAtAQwAIF4OAIEBDADAAQwA0QEMABACDAAcAgwAYAIMAHcCDACwAgwAsgIMAAADDAARAwwAUAMMAFMDDACgAwwAqgMMAPADDADyAwwAQAQMAEoEDACQBAwAnAQMAOAEDADsBAwAMAUMAEMFDACABQwAjwUMANAFDADcBQwAIAYMACEGDABwBgwAegYMAMAGDADOBgwAEAcMABUHDABgBwwAbQcMAHBeDgCyBwwAAAgMAAoIDABQCAwAWAgMAMBeDgCzCAwA8AgMAPwIDABACQwATwkMAJAJDACZCQwA4AkMAOoJDAAwCgwAPgoMAIAKDACFCgwA0AoMAN0KDAAgCwwALAsMAHALDACDCwwAwAsMAM8LDAAQDAwAHAwMAGAMDABhDAwAsAwMALoMDAAADQwADg0MAFANDABVDQwAoA0MAK0NDAAQXw4A8g0MAEAODABKDgwAkA4MAJgODABgXw4A5Q4MADAPDABGDwwAgA8MAIEPDADQDwwA4Q8MACAQDAAsEAwAcBAMAHoQDADAEAwAzhAMABARDAAVEQwAYBEMAG0RDACwEQwAvBEMAAASDAATEgwAUBIMAF8SDACgEgwArBIMAPASDADxEgwAQBMMAEoTDACQEwwAnhMMAOATDADlEwwAMBQMAD0UDACwXw4AghQMANAUDADaFAwAIBUMACgVDAAAYA4AhhUMAMAVDADMFQwAEBYMABUWDABgFgwAaRYMALAWDAC6FgwAABcMAAwXDABQFwwAYxcMAKAXDACvFwwA8BcMAPwXDABAGAwAQRgMAJAYDACaGAwA4BgMAO4YDAAwGQwANRkMAIAZDACNGQwAUGAOANIZDAAgGgwAKhoMAHAaDAB4GgwAoGAOAM0aDAAQGwwAHxsMAGAbDABrGwwAsBsMALwbDAAAHAwADxwMAFAcDABwHAwAoBwMAKwcDADwHAwA9xwMAEAdDABOHQwAkB0MAJUdDADgHQwA7B0MADAeDABDHgwAgB4MAI8eDADQHgwA3B4MACAfDAAhHwwAcB8MAHofDADAHwwAzh8MABAgDAAVIAwAYCAMAG0gDADwYA4AsiAMAAAhDAAKIQwAUCEMAFghDABAYQ4AvSEMAPAhDAABIgwAQCIMAEwiDACQIgwAoyIMAOAiDADvIgwAMCMMADwjDACAIwwAgSMMANAjDADaIwwAICQMAC4kDABwJAwAdSQMAMAkDADNJAwAkGEOABIlDABgJQwAaiUMALAlDAC4JQwA4GEOAB0mDABQJgwAYSYMAKAmDACsJgwA8CYMAAMnDABAJwwATycMAJAnDACcJwwA4CcMAOEnDAAwKAwAOigMAIAoDACOKAwA0CgMANUoDAAgKQwALSkMADBiDgByKQwAwCkMAMopDAAQKgwAGCoMAIBiDgBxKgwAsCoMAMQqDAAAKwwABCsMAFArDABSKwwAoCsMALQrDADwKwwA8ysMAEAsDABdLAwAkCwMAKEsDADgLAwA7CwMADAtDABDLQwAgC0MAI8tDADQLQwA3C0MACAuDAAhLgwAcC4MAHouDADALgwAzi4MABAvDAAVLwwAYC8MAG0vDADQYg4Asi8MAAAwDAAKMAwAUDAMAFgwDAAgYw4AojAMAPAwDAD+MAwAQDEMAFExDABwYw4AlzEMAMBjDgDoMQwAUGUOADYyDACAMgwAhTIMANAyDADUMgwAIDMMAC0zDACgZQ4AczMMAMA4DAB8MwwAwDMMANMzDAAQNAwAETQMAGA0DABsNAwAsDQMAL80DAAANQwACjUMAFA1DABcNQwAoDUMAKc1DADwZQ4A+DUMAEA2DABCNgwAgEEMAEM2DADwOgwARjYMAJA2DABMNgwAID0MAE02DACQnwwAnDYMAOA2DADvNgwAMDcMADw3DACANwwAjjcMANA3DADrNwwAIDgMACw4DABwOAwAdzgMAEBmDgDNOAwAEDkMABI5DABgOQwAYTkMALA5DACzOQwAADoMAAs6DABQOgwAVToMAKA6DACqOgwAkGYOAP06DABAOwwAQjsMAJA7DACROwwA4DsMAOM7DAAwPAwAOzwMAIA8DACFPAwA0DwMANo8DADgZg4AMz0MAHA9DABxPQwAwD0MAMw9DAAQPgwAHz4MAGA+DABqPgwAsD4MALw+DAAAPwwABz8MADBnDgBYPwwAoD8MAKI/DADwPwwA/z8MAEBADABKQAwAkEAMAJlADADgQAwA4kAMADBBDABBQQwA0GcOAI9BDADQQQwA2kEMACBCDAApQgwAcEIMAHJCDADAQgwA0UIMABBDDAAYQwwAYEMMAH5DDACwQwwAuEMMAABEDAAMRAwAUEQMAGNEDACgRAwAoUQMAPBEDAD8RAwAQEUMAE9FDACQRQwAmkUMAOBFDADsRQwAMEYMADdGDAAgaA4AkUYMANBGDADhRgwAIEcMAChHDABwRwwAd0cMAMBHDADORwwAEEgMACBIDABgSAwAcEgMALBIDADMSAwAcGgOABBJDABQSQwAXEkMAKBJDACmSQwA8EkMAP5JDABASgwATUoMAJBKDACnSgwA4EoMAOhKDAAwSwwAPksMAIBLDACKSwwA0EsMANxLDAAgTAwANkwMAHBMDABzTAwAwEwMANxMDADAaA4AIE0MAGBNDABqTQwAsE0MALhNDAAATgwAD04MAFBODABVTgwAoE4MAK1ODADwTgwA+k4MAEBPDABCTwwAkE8MAJ5PDADgTwwA7U8MADBQDAAzUAwAEGkOAJdQDADQUAwA21AMACBRDAAqUQwAcFEMAHhRDADAUQwAz1EMABBSDAAVUgwAYFIMAG1SDACwUgwAulIMAABTDAACUwwAUFMMAF5TDACgUwwArVMMAPBTDADzUwwAYGkOAENUDACQVAwAnFQMAOBUDADnVAwAMFUMADhVDACAVQwAmVUMANBVDADkVQwAIFYMADxWDABwVgwAeFYMAABqDgDIVgwAUGoOAB1XDABgVwwAZ1cMALBXDAC4VwwAAFgMAAVYDABQWAwAYFgMAKBYDACoWAwA8FgMAP5YDABAWQwATVkMAJBZDACdWQwA4FkMAOxZDAAwWgwANloMAIBaDACIWgwA0FoMANxaDAAgWwwAM1sMAHBbDAB/WwwAwFsMAMxbDAAQXAwAEVwMAGBcDABqXAwAsFwMAL5cDAAAXQwABV0MAFBdDABdXQwAoGoOAKNdDADwXQwA+l0MAEBeDABCXgwAkF4MAJ9eDADgXgwAAF8MADBfDAA4XwwAgF8MAIpfDADQXwwA1l8MACBgDAAiYAwAcGAMAH9gDADAYAwAzGAMABBhDAAYYQwA8GoOAH5hDACwYQwAzmEMAEBrDgAZYgwAUGIMAFViDACgYgwAu2IMAPBiDAD8YgwAQGMMAEhjDACQaw4Ao2MMAOBjDADvYwwAMGQMADxkDACAZAwAgWQMANBkDADaZAwAIGUMAC5lDABwZQwAdWUMAMBlDADNZQwA4GsOABRmDABgZgwAYmYMALBmDACzZgwAAGcMAAhnDABQZwwAWmcMAKBnDACrZwwA8GcMAPxnDABAaAwASGgMADBsDgCeaAwA4GgMAOZoDAAwaQwAPGkMAIBpDACPaQwA0GkMANppDAAgagwAKGoMAHBqDAB/agwAwGoMAMJqDAAQawwAGWsMAGBrDABjawwAsGsMALxrDAAAbAwACGwMAIBsDgBgbAwAoGwMAKhsDADwbAwA+mwMAEBtDABLbQwAkG0MAJxtDADgbQwA6G0MANBsDgA1bgwAgG4MAJFuDADQbgwA4W4MACBvDAAlbwwAcG8MAHRvDADAbwwAzm8MABBwDAAdcAwAYHAMAHdwDACwcAwAuHAMAABxDAAMcQwAUHEMAGNxDACgcQwAr3EMAPBxDAD8cQwAQHIMAEFyDACQcgwAmnIMAOByDADucgwAMHMMADVzDACAcwwAjXMMACBtDgDWcwwAIHQMAC50DABwdAwAfXQMAMB0DADXdAwAEHUMABh1DABgdQwAa3UMALB1DACydQwAAHYMAA12DABQdgwAV3YMAKB2DACxdgwA8HYMAP52DABAdwwATXcMAJB3DACndwwA4HcMAOh3DAAweAwANXgMAIB4DACQeAwA0HgMANh4DAAgeQwAKnkMAHB5DAB7eQwAwHkMAMx5DAAQegwAGHoMAMBtDgB5egwAsHoMALV6DAAAewwAG3sMAFB7DABcewwAoHsMAKh7DAAQbg4AA3wMAEB8DABPfAwAkHwMAJx8DADgfAwA4XwMADB9DAA6fQwAgH0MAI59DADQfQwA1X0MACB+DAAtfgwAYG4OAHh+DADAfgwAwn4MABB/DAAdfwwAYH8MAGV/DACwfwwAun8MAACADAALgAwAUIAMAFyADACggAwApoAMAPCADAD4gAwAQIEMAEyBDACQgQwAo4EMAOCBDADvgQwAMIIMADyCDACAggwAgYIMANCCDADaggwAIIMMAC6DDABwgwwAdYMMAMCDDADNgwwAsG4OABWEDABghAwAb4QMALCEDAC/hAwAAIUMAAmFDABQhQwAVoUMAKCFDACmhQwA8IUMAPyFDABAhgwAR4YMAJCGDACshgwAAG8OAOqGDAAwhwwAPIcMAICHDACDhwwA0IcMANqHDABQbw4AKIgMAKBvDgB4iAwA8G8OAMiIDABAcA4AGIkMAGCJDABhiQwAkJAMAG2JDACwiQwAdIkMABCODAB3iQwA0JYMAHmJDABAmgwAsYkMAACKDAAWigwAUIoMAFiKDACgigwAoooMACCNDACuigwA8IoMAPiKDACQcA4A/YoMAECLDABDiwwAkIsMAJqLDADgiwwA4osMADCMDABBjAwAgIwMAJGMDADQjAwA2IwMAOBwDgAnjQwAcI0MAHeNDADAjQwAyI0MADBxDgASjgwAYI4MAGaODACwjgwAvY4MAACPDAAIjwwAUI8MAFKPDACgjwwAp48MAPCPDAD3jwwAQJAMAEiQDACAcQ4AnZAMAOCQDADhkAwAMJEMAEaRDACAkQwAiJEMANCRDADSkQwAUJQMAN6RDAAgkgwAKJIMANBxDgAtkgwAcJIMAHOSDADAkgwAypIMABCTDAASkwwAYJMMAHGTDACwkwwAwZMMAACUDAAIlAwAIHIOAFeUDACglAwAp5QMAPCUDAD4lAwAcHIOAEqVDACQlQwAkpUMAOCVDADxlQwAMJYMAEGWDACAlgwAiJYMAMByDgDVlgwAAJ4MANyWDAAglwwANpcMAHCXDAB4lwwAwJcMAM6XDAAQmAwAHZgMAGCYDABjmAwAsJgMALqYDAAAmQwAApkMAFCZDABhmQwAoJkMALGZDADwmQwA+JkMABBzDgBJmgwAkJoMAJ2aDADgmgwA55oMADCbDABBmwwAgJsMAIybDADQmwwA2JsMAGBzDgAtnAwAcJwMAHOcDADAnAwAypwMABCdDAASnQwAYJ0MAHGdDACwnQwAwZ0MALBzDgAIngwAUJ4MAGeeDACgngwArJ4MAPCeDAD6ngwAQJ8MAEifDAAAdA4AkZ8MAOCfDAD2nwwAMKAMADigDACAoAwAjqAMANCgDADYoAwAUHQOAN2gDAAgoQwAI6EMAHChDAB6oQwAwKEMAMKhDAAQogwAIaIMAGCiDABxogwAsKIMALiiDACgdA4ABqMMAFCjDABVowwAoKMMALujDADwowwA/qMMAECkDABHpAwAkKQMAJykDADgpAwA5qQMADClDAAzpQwAgKUMAIqlDADQpQwA1qUMACCmDAAipgwAcKYMAHqmDADApgwAzKYMABCnDAAnpwwAYKcMAHSnDACwpwwAzKcMAACoDAAIqAwA8HQOAFKoDACgqAwArqgMAPCoDAABqQwAQHUOAEepDACQdQ4AnqkMAOCpDADqqQwAMKoMADuqDACAqgwAiKoMANCqDADcqgwAIKsMADOrDABwqwwAf6sMAMCrDADMqwwAEKwMABGsDABgrAwAaqwMALCsDAC+rAwAAK0MAAWtDABQrQwAXa0MADB2DgCsrQwA8K0MAPOtDABArgwASq4MANB2DgCSrgwA4K4MAO6uDAAwrwwAQa8MAHB3DgCHrwwAwHcOANivDAAgsAwAKrAMAHCwDAB1sAwAwLAMAMiwDAAQsQwAFrEMAGCxDABssQwAsLEMALaxDAAAsgwACbIMAFCyDABdsgwAoLIMAKiyDADwsgwA8bIMAECzDABCswwAkLMMAJOzDADgswwA47MMABB4DgBGtAwAgLQMAIi0DADQtAwA3LQMACC1DAAmtQwAcLUMAHa1DADAtQwAxbUMAGC2DADstQwAELYMABi2DACweA4AZrYMAAB5DgDGtgwAALcMAAK3DABQtwwAXbcMAKC3DACntwwA8LcMAPi3DABAuAwAULgMAJC4DACSuAwA4LgMAO64DAAwuQwAQbkMAKB5DgCHuQwA8HkOAN65DAAgugwAKroMAHC6DAB7ugwAwLoMAMi6DAAQuwwAHLsMAGC7DABzuwwAsLsMAL67DAAAvAwACrwMAFC8DABYvAwAoLwMAK+8DADwvAwA9bwMAEC9DABHvQwAkL0MAJy9DACQeg4AG74MADC+DABrvgwAgL4MAIi+DADgeg4A+L4MACC/DAAsvwwAcL8MAHa/DADAvwwAxr8MABDADAAVwAwAYMAMAGbADAAwew4AscAMAADBDAAGwQwAUMEMAFXBDACgwQwAr8EMAPDBDAD8wQwAQMIMAEPCDACQwgwAk8IMAODCDADowgwAMMMMAD/DDACAwwwAhcMMANDDDADmwwwAIMQMACHEDABwxAwAgcQMAMDEDADMxAwAEMUMABrFDABgxQwAbMUMALDFDAC3xQwAgHsOABDGDABQxgwAXMYMAKDGDACvxgwA8MYMAATHDABAxwwAT8cMAJDHDAChxwwA4McMAOzHDADQew4ANcgMAIDIDACCyAwA0MgMAOHIDABwfA4ALMkMAHDJDAB2yQwAwMkMAMzJDAAQygwAGMoMAMB8DgBmygwAsMoMALzKDAAAywwACMsMABB9DgBcywwAoMsMAKPLDADwywwA+ssMAGB9DgBCzAwAkMwMAJ7MDADgzAwA8cwMAAB+DgA2zQwAgM0MAIzNDABQfg4A2M0MACDODAAjzgwAcM4MAHzODADAzgwAzM4MABDPDAAYzwwA8H4OAGvPDACwzwwAvM8MAADQDAAI0AwAQH8OAFnQDACg0AwAsdAMAPDQDAAB0QwAQNEMAEjRDACQ0QwAk9EMAODRDADq0QwAMNIMADLSDACA0gwAj9IMANDSDADw0gwAINMMACjTDABw0wwAetMMAMDTDADG0wwAENQMABLUDABg1AwAb9QMALDUDAC81AwAkH8OAAzVDABQ1QwAbtUMAKDVDACm1QwA8NUMAPnVDABA1gwATdYMAJDWDACY1gwA4NYMAPbWDAAw1wwAMtcMAIDXDACb1wwA0NcMANzXDAAg2AwALdgMAOB/DgB22AwAwNgMAMjYDAAQ2QwAJtkMAGDZDABl2QwAsNkMALbZDAAA2gwADNoMAFDaDABY2gwAMIAOAK3aDADw2gwAANsMAEDbDABF2wwAkNsMAJbbDADg2wwA9tsMADDcDAAy3AwAgNwMAIrcDADQ3AwA3twMACDdDAAl3QwAcN0MAH3dDACAgA4Az90MABDeDAAZ3gwAYN4MAGreDACw3gwAvt4MAADfDAAF3wwAUN8MAF3fDACg3wwAqN8MAPDfDAAA4AwAQOAMAELgDACQ4AwAnuAMAODgDADx4AwA0IAOADfhDAAggQ4AheEMANDhDADW4QwAIOIMACjiDABw4gwAeuIMAMDiDADC4gwAEOMMABPjDABg4wwAgOMMAMCBDgC84wwAAOQMAAbkDABQ5AwAXOQMAKDkDACo5AwAEIIOAPzkDABA5QwARuUMAJDlDACc5QwA4OUMAOjlDABggg4AMuYMAIDmDACO5gwA0OYMAOHmDACwgg4ALecMAHDnDACH5wwAAIMOAMrnDAAQ6AwAHOgMAGDoDABj6AwAsOgMALroDABQgw4ABekMAFDpDABZ6QwAoOkMALHpDADw6QwA9+kMAEDqDABI6gwAkOoMAJ3qDADg6gwA5eoMADDrDAA66wwAgOsMAIjrDADQ6wwA3+sMACDsDAAl7AwAcOwMAIbsDADA7AwAwewMABDtDAAe7QwAYO0MAHHtDACw7QwAvO0MAADuDAAI7gwA8IMOAFTuDABAAQAAWO4MADAhDgBc7gwAwI4LAKzuDABwCAAA+O4MAMDxDACN8AwAUCgAANTwDAAwKgAA0PEMAEA4AABj8gwAEDsAALPyDADgQgAAUvMMAABiDABT8wwAYEUAAFfzDACQAwMAWvMMAABKBgCk8wwAkFYAAET0DACAXAAAlPQMABBoAAAz9QwAUG4AAI/1DADAdgAA1PUMAOB5AAAi9gwAoH0AAMj2DABghgAAf/cMALD3DADo+QwAAMMAANT6DABAzgAAJPsMAADXAADE+wwAwOQAAGz8DACA7QAA1PwMANDtAAAC/QwAIO4AAFz9DADA8wAA+v0MAFD1AABJ/gwAAPoAAP/+DABwAgEAPP8MABAIAQCf/wwA0P8MADwADQBwAA0AeAANAMAADQDMAA0A8A4BABgBDQBwEQEAzAENAAACDQAIAg0AUAINAFICDQBQGAEArAINAPAdAQBIAw0AsCYBAIwEDQBwPgEAKAUNAOBBAQA8BQ0A4PgNAEQFDQAA9w0AdgUNAMBDAQDSBQ0A8EUBABUGDQDASAEAZAYNAKBKAQBcBw0AIFwBALoHDQDwBw0A+AcNAHBcAQBPCA0AoF4BANwJDQBQdwEAKAoNAHAKDQCACg0AoHcBABwLDQBgewEAaAsNALALDQDACw0AsHsBAFwMDQDQgwEAhg4NAED/AQCKDg0A0AACAI4ODQBwmAEAmg4NAEAOAgAoDw0AgCEOACkPDQAwrQkALA8NAECbAQA8Dw0AQNkJAHgPDQCQSQ0AjA8NAJCbAQCcDw0AIEoOAMcPDQDgmwEAyg8NACBdCgBsEA0AkKABALwQDQDgoAEAXhENANCmAQD5EQ0AwKwBAJkSDQCAsAEA4xINACCxAQDYEw0AIBQNACMUDQDw6woALBQNALC3AQCFFA0AMLoBAOEUDQAQFQ0AZBUNALDCCgBwFQ0AoMcBAIoVDQAAvQEAvBUNAPDCAQBcFg0AUMcBAPwWDQCQyAEAXBcNAODIAQDwFw0AgMkBADkYDQBwygEALhkNACDUAQDJGQ0AsPUJAMwZDQDQ2AEAzhkNAPA2CwAqGg0AYBoNALgaDQAAGw0AzBoNAIDiAQADGw0A8IIKAAobDQBAjQoADRsNAKBuCgAbGw0AsNoBACEbDQAAjAoAohsNAMDeAQDIGw0AMAYLAP4bDQBQ4AEATBwNAEDhAQB5Hw0AwPIBADMsDQBg9QkAOCwNANAsDQBMLA0AoC8NAFQsDQCw9g0AWCwNALCEAgDSLA0AkAsKANQsDQDQhAoA1SwNAMA5BgDXLA0AAE4HANosDQAAhQIA3ywNAFCFAgDhLA0A4KgDAAQtDQCA7wMADC8NAJCVAgCoLw0A8C8NAPEvDQCQMwoA+i8NAKCtDAD/Lw0AAOkMAA8wDQBAVw4ASjANAECaAgAzMQ0AsMACADYxDQAQ2AgANzENAICvAgA5MQ0AIKECADoxDQBwpgIAPDENAOB7AwA9MQ0AoKgCAD4xDQDAtQIAPzENAKCjAgBAMQ0A0HcDAEYxDQBwqwIAazENAOC9DABWNA0AYMUCAFo0DQDQVwoArDQNAJDHAgDUNg0AoOQCAN83DQDQ8AIAGTgNAND1AgADOQ0AEAYDAEc6DQCQHAMA4ToNAGAkAwCSOw0A0DsNAMI8DQDQIQQAwzwNAHBGAwDKPA0AkCcHAGM9DQAwSgMAZz0NAKA1BwBTPg0A0F4DAEs/DQBwaQMA7z8NAJBsAwCcQA0A0EANANhADQAgQQ0AL0ENAMBzAwDJQQ0AcPQJAMxBDQDAeAMAGEINAGBCDQAsQg0AUPINAGpCDQAQeQMACEMNAGB+AwBfQw0AQIADAENEDQBwjAMAPEUNAPCdAwCIRQ0AkK0NAOxFDQAgRg0AKEYNAHBGDQB9Rg0A8GoJAIFGDQAQoQMAf0cNAFCsAwC2Rw0AQLIDAFdIDQCgwAMAXEgNACDEBwBdSA0AkMcHAF9IDQDQvgcAvEgNAPBIDQD4SA0AQEkNAJJJDQDwyAoAmEkNAKDyDQCaSQ0AcMMDAJxJDQBQrgsAs0kNAKCzCwDoSQ0AQMYDAFpKDQCASg0A2koNAEDLAwB/Sw0AcNIDABNMDQDg2gMAbUwNAODkAwBvTA0AEN0DAFpNDQBg5wMAT04NALDxAwCTTg0AYPYDAIxPDQCQ/QMA7E8NACBQDQA8UA0AcFANAH9QDQDQ/gMAHFINAFBSDQBYUg0AoFINAK9SDQAAGgQA+VINADAhBADiUw0AACkEAO1TDQAgEAcAM1QNACAsBAAlVQ0AkEMEAC9VDQDAOwQAfFYNALBWDQC4Vg0AAFcNAAVXDQBgVQQAD1cNAJBNBADqWA0AUGoEANlZDQAAdAQAjFoNAMBaDQDIWg0AEFsNABZbDQDwfgQAdlsNAGCCBAAWXA0A8I0EAK9cDQBgmwQAT10NAOCiBAD8XQ0AMF4NADheDQCAXg0Aj14NABCvBACQXg0AQLYEAKleDQBQugQALF8NADC3BAB4Xw0AwF8NAMpfDQCAtwQAzGANAABhDQAIYQ0AUGENAFlhDQAgxwQAqmENAADJBABcYg0AkGINAJhiDQDgYg0A4WINAKDTBADlYg0AYB0FAOZiDQAw3wQA7WINANDaBADvYg0AUM4EANpjDQBQ3QQAymQNAGDrBAAaZQ0AcO8EAGZlDQBg8AQADmYNADD4BAC8Zg0A8GYNAPhmDQBAZw0ASmcNALD/BACTZw0AQAYFAExoDQCAaA0AiGgNANBoDQDdaA0AUAoFAN9oDQCwEwUAJWkNABAOBQDIaQ0AABkFABxrDQBQaw0AWGsNAKBrDQCvaw0AcCYFAIxtDQCQPQUA7G0NACBuDQA8bg0AcG4NAH1uDQDQPgUAfG8NALBvDQC4bw0AAHANAANwDQBgTwUA1HANAJBbBQBDcQ0AQGAFAEdxDQBwmgkA7XENAIBmBQAzcg0AQGoFAHpzDQAwegUAzHMNADB/BQC4dA0AILUHAMx0DQCAtAcAHHUNAFB1DQBYdQ0AoHUNAKN1DQCwhgUADHYNAEB2DQBIdg0AkHYNAJ92DQAgigUA63YNAGCQBQByeA0AkKYFABx5DQAApAsAH3kNABCpBQAgeQ0AcKILAGx5DQDQrAUAbHoNAKB6DQCoeg0A8HoNAPl6DQDgtQUASnsNAMC3BQDvew0AUL4FAEl8DQAAyAUA03wNACDQBQBzfQ0AINoFABN+DQCw5QUAun4NAADrBQAKfw0AIO4FAFx/DQBA8QUAXIANAJCADQCYgA0A4IANAO+ADQDgAAYAOIENAICBDQCPgQ0AkAUGAC+CDQAwCwYAfYINAOAZBgB/gg0AQBQGAHyDDQCwgw0AuIMNAACEDQBshA0AoIQNAKiEDQDwhA0A/YQNAGArBgBNhQ0A4C0GAJ6FDQBQMQYAMoYNAEA3BgDchg0AID4GAHuHDQCAUQYAs4gNALBiBgAFiQ0AQGkGAKWJDQDAdQYARYoNAKCBBgDmig0AgIgGAEyLDQCAiw0AiIsNANCLDQDdiw0AAIsGAIyMDQDAjA0AyIwNABCNDQBjjQ0A4JYGAA+ODQBgmQYAvI4NAPCODQD4jg0AQI8NAEqPDQDQoQYAno8NAGCjBgDvjw0AEKgGADqQDQAgrAYA7JANACCRDQAokQ0AcJENAHySDQCwkg0AuJINAACTDQCskw0A4MMGAPiTDQBAlA0AQpQNADDEBgA5lQ0AoNsGAD2VDQAw0wYAjpUNANDYBgDRlQ0AsNoGAHqWDQCA3QYAw5YNAFDgBgBqlw0AUOUGALyXDQBA6wYAXJgNABDuBgCsmA0AYO4GAAyZDQBAmQ0ASJkNAJCZDQCfmQ0A4PAGAD2aDQDQ+wYAkJoNABACBwCMmw0AwJsNAMibDQAQnA0AH5wNANAKBwADnQ0AMBkHAGydDQCgnQ0AqJ0NAPCdDQD/nQ0AQB0HAHWeDQDQHgcA/J4NADCfDQA4nw0AgJ8NAN+fDQBAIgcAfKANAIAoBwDSoA0AkCwHAGehDQDQqgcAaqENAPAwBwC3oQ0A4DEHAKqiDQAQQwcA+qINAFBJBwBHow0AQEoHAEykDQCApA0AiKQNANCkDQDcpA0AwFYHACilDQBwpQ0AdKUNAABYBwDQpQ0AkFkHAHymDQCwpg0AuKYNAACnDQAopw0AYGYHAFWnDQBAbQcAvKcNANBYCQD4pw0AQKgNAHaoDQBAcgcAA6kNADCpDQAjqg0AoI8HABerDQBAnwcAWKwNAKCsDQCzrQ0A0LQHAECuDQAwuQcA2K4NADC+BwBtsA0AgEoIAG+wDQCAzQcASrINAKDaBwCTsg0AgOEHAJqyDQCw3gcAc7QNAKDzBwBstQ0A8P0HAKi2DQDwtg0AJ7cNALAQCACstw0A4LcNAOi3DQAwuA0AP7gNADAYCADYuA0AILkNAFe5DQAAIAgAyLkNAHAjCABWuw0AMDYIAEy8DQDAPAgAPL0NAJBECACcvQ0A4EQIAN+9DQAwRQgAdb4NAEBOCABkvw0AYFsIAFrADQCAcggADMENAEDBDQBIwQ0AkMENAJrBDQDQfAgAScMNAMCHCABixA0AwKAIALnEDQAQpggAUsUNADCuCACwxQ0AULEIAOvGDQAwxwgAQscNAIDHDQB5yA0AkNUIABfKDQCQ5AgApcoNAEDpCAD9yg0AYOwIAKzLDQDgyw0A6MsNADDMDQCCzA0AgPQIAIzNDQDAzQ0AyM0NABDODQA4zg0AsAAJALnODQCgBgkACM8NAFDPDQBezw0AQAcJAKbPDQBwCQkATdANACAOCQCR0A0A4BEJAInRDQBAGwkAjNENAOAbCQDN0g0AECgJABXTDQBQKQkAbdMNAHAsCQC40w0A8C4JACTUDQBQ1A0ADNUNAHA7CQBo1Q0AwDsJAIjWDQDQ1g0AAtcNAKBCCQAH1w0AAEIJALzYDQBgRgkAENkNAIBJCQBd2Q0AwEoJAE3aDQCwUAkAldoNAHBUCQBP2w0AgNsNADzcDQBw3A0AeNwNAMDcDQDN3A0AkGYJAB3dDQBgaQkAvd0NAMBtCQBv3g0AoN4NAALfDQDQ6g0AD98NAEDfDQDs3w0AQHoJAO7fDQAQeAkAkuANANDgDQA84Q0AcOENAHjhDQDA4Q0ALuINABCHCQAD4w0AAI0JAAfkDQBglgkAoOQNADCeCQBM5Q0AgOUNAIjlDQDQ5Q0APOYNAHDmDQB45g0AwOYNAGPnDQAQ9QkAaOcNALDnDQBq5w0AYLcLAHznDQBAGw4AuucNANCtCQBW6A0AILMJADjqDQCAxgkAIesNAEDPCQAc7A0AcNYJADTsDQDwCQsAaOwNALDsDQDO7A0AwNYJAEjuDQAgiQsAmO4NAHCJCwD87g0AMO8NADjvDQCA7w0A8O8NAEDjCQB48A0AICEKAAjyDQBgLQ4A/PMNADD0DQA49A0AgPQNANz0DQBQ+wkAPPUNAHD1DQB49Q0AwPUNAHb2DQCgKAoArPcNALAECgAK+A0AMAcKAOj4DQAw+Q0AiPkNALBpDgDP+g0AkBAKANn6DQBQDwoAvPsNAAAUCgBs/A0AoPwNAKj8DQDw/A0AN/4NAMAcCgBoAA4AkDgKAKwBDgBARwoAmgIOAGBKCgDTAw4AEPkKANYDDgAg1QoA2gMOABBUCgDgAw4A8AQLAHgEDgDABA4AygQOAMBYCgDMBQ4AAAYOAAgGDgBQBg4A8gYOAPBkCgBFBw4AYGgKACgJDgAAcwoAeAkOAMAJDgDMCQ4AIHYKAGwKDgBAeQoACAsOAFALDgBnCw4AQH4KAAIQDgCQlwoApRAOAJCcCgDZEg4AsLgKAIITDgDAEw4AbRQOAFDICgBwFA4AEMcKAF4VDgCAygoA6BYOADAXDgAzFw4AYNEKANwXDgDQ1AoAwxgOADDZCgDKGA4AYNsKAFwaDgAA4QoAXhoOAJA3CwD4Gg4AcFcLABsbDgCgUQ4ASBsOAJAbDgAsHQ4A0O0KAGoeDgBA+woAbx4OAGDvCgCMIQ4A8FQLAKghDgAARw4A2CEOACAiDgAjIg4AMPwKAIAiDgDA/QoAzCIOALD+CgAYIw4AYCMOAGojDgAA/woAwCUOAHAHCwBFJg4AkL4LAIEmDgCwCAsA5CcOADALCwCEKA4AIAwLACQpDgBgDQsAqCkOAPApDgD6KQ4A0BALAJEqDgBgjwsAjysOAPAYCwBlLQ4AYCELAPIuDgBwKgsA/C4OAFAxCwCAMQ4AEDoLAM4xDgAAOwsAGDIOAKA7CwBjMg4A4DwLAFMzDgAQPwsASDQOAJA0DgDoNA4AMDUOANE1DgCQRgsAKDYOAHA2DgDINg4AEDcOALM3DgDQTAsAWDgOAKA4DgD4OA4AQDkOAJw6DgAgVwsALDwOAHBcCwDMPA4AsF0LAGw9DgDwXgsA/D0OAEBfCwAQPw4AUGMLADM/DgDgZAsAiD8OAMBZDgDZPw4AYGcLANw/DgDgaQsAI0AOAABoCwDDQA4AkGkLAGhBDgCwQQ4AukEOADBqCwAIQg4AIHwOAFZCDgDgbgsAQ0MOAMB1CwCYQw4AEFoOAJVEDgDgvgsALEUOAACBCwCgSA4AoDAMANpJDgBQmgsAw0oOAICSCwBsSw4AsJQLAFRMDgBwmAsAmk0OAMCdCwA+Tg4AQKALAHlPDgBgowsA3E8OABBQDgB8UA4AsFAOAA5RDgCApgsAy1EOAPBRDgAbUg4AQFIOAGtSDgCQUg4Au1IOAOBSDgA4Uw4AgFMOAIVTDgDwqQsAc1QOADCwCwC5VQ4A4LQLAANWDgCAtQsAo1YOABC3CwCvVw4A4FcOAE9YDgDguQsAiVgOAPC9CwDvWA4AIFkOADldDgCA9gsAjF0OACD3CwB4Xg4AsAcMABhfDgDwDQwAuF8OAIAUDABYYA4A0BkMAPhgDgCwIAwAmGEOABAlDAA4Yg4AcCkMANhiDgCwLwwAfGMOAJAxDADaYw4AEGQOABhkDgBgZA4AOGcOAIBnDgCeZw4AUD8MAKhqDgCgXQwADmsOAGBhDACcaw4AkGMMAOhrDgAQZgwAN2wOAJBoDACFbA4AUGwMAOBsDgAwbgwAPG0OAHBtDgDCbQ4AYHoMABxuDgDwewwAdW4OAHB+DAC4bg4AEIQMAGxvDgAgiAwAbnMOACCcDAAAdQ4AUKgMAEx1DgBAqQwAmHUOAOB1DgDkdQ4AkKkMADh2DgCAdg4A2HYOACB3DgAwdw4AkK4MAHx3DgCArwwA1XcOANCvDAAYeA4AYHgOAAh5DgBQeQ4ArHkOAIC5DAD4eQ4AQHoOAER6DgDQuQwAYHsOALDADAA3fA4AMMgMAMJ8DgBgygwAGn0OAFDLDABofQ4AsH0OAMB9DgBAzAwACX4OADDNDABTfg4AoH4OAPp+DgBgzwwAUH8OAFDQDAA+gA4AoNoMANyADgAw4QwAKIEOAHCBDgCAgQ4AgOEMABSCDgDw5AwAcIIOADDmDAC+gg4AIOcMAAiDDgDA5wwAU4MOAKCDDgA=","fail":"AAAAAAAAAADQfwAAMJcBADDKAAAg3wUAIAsCAKCGBgCQ1wEA0BsKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBAAAAAACQ1wEAIA0KALBSBwCwiwAAcA0AAJDXAQDwtQkAQLYJAJC2CQDgtgkAYO4BAICwCwDAPwoAoEgDAAAAAAAg3wUAIAsCACALAgBAFQoAcPcBAMD3AQAA6woAUAkLACDfBQCQ1wEAYAgBAMB3BAAQqAsAQBUKAJDXAQDwbwQAMKcAAICnAADQpwAAIKgAAHCoAABwDQAAkNcBANAbCgAw4gYAIAsCAOATAgAgiwQAgGAGAAAAAAAg3wUAkNcBANAHCgDwawMAAPkBAMDnBwDg6wEA0H8AAGACAgDgDgwAMA8MANB4AgCQJAAAkNcBAEBNCQCQTQkAcEQAACBjBACwiwAAAIwAAJCBAgBwKAgAwCgIAJDXAQAgDQoAsFIHALCLAABwDQAAkNcBAPC1CQBAtgkAkLYJAOC2CQCQRwoA4EcKAFAAAABQAAAAcFUIACALAgBwRAAAkNcBAJBHCgDAkwEAAAAAALCLAAAA+QEAcA0AAMAcAADQFgAAoIYGAPCGBgCAuwAA0LsAACC8AADQoAIAoKgCAPCoAgAAyggAwBcAACAICgCw4AoAQAEAAJABAADgAQAAMAIAAIACAACQRwoA4EcKAFAAAABQAAAAgHQBAECjAwCwiwAA4KYAACALAgBwCwIAIGwFAJDXAQDQGwoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AADQ0gcAINMHAAAAAACwhgAAsGcBACALAgDgEwIAcA0AAJDXAQCAdAEAQKMDAJCjAwBQAAAAsHsBAAB8AQBQfAEAoHwBAPB8AQBAfQEAkH0BAAAAAADQoAIAsMACAMCTAQAQlAEAYJQBAPCICQAgwgkAcMIJAPC1CQBAtgkAkLYJAOC2CQBg7gEAkE0JAKAXAgCw2QcAANoHAFDaBwCghgYAkNcBACDfBQAQ4wcAkNcBAADrCgAwMgwAEEUAAGBFAACwRQAAAEYAAFBGAACgRgAAAAAAAMDnBwAQ5gkAkEcKAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AANDSBwAg0wcAAAAAALCGAACwiwAAcA0AABBSAgDgAgkAoIYGAJDXAQCQRwoA8C0AAEAuAACQLgAA4C4AAEBaCwDg6wEA0H8AADCXAQDAHAAAoIYGAJDXAQDQGwoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAHD3AQDA9wEA4OsBADDsAQCA7AEA0OwBAPC1CQBAtgkAcBcAAMAXAAAgCAoAsOAKAEABAACQAQAA4AEAADACAACAAgAAMMoAAND2AQAwlwEAkNcBANAHCgCAMwEA0DMBAJCBAgCwZwEAoIYGALCLAADQBwoAIAgKALDgCgBAAQAAkAEAAOABAAAwAgAAQFoLAODrAQDQfwAAMJcBAMAcAACghgYAkNcBANAbCgCAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAcPcBAMD3AQDg6wEAMOwBAIDsAQDQ7AEA8LUJAEC2CQBwFwAAwBcAACAICgCw4AoAQAEAAJABAADgAQAAMAIAAIACAAAwygAA0PYBADCXAQCQ1wEA0AcKAIAzAQDQMwEAkIECALBnAQCghgYAsIsAANB/AAAwlwEAgHQBANCgAgCwwAIA8C0AAEAuAACQLgAA4C4AAEBaCwBwDQAAwBwAABAdAABgHQAAsB0AAAAeAABAWgsAkCQAALBhBwAgCwIAQNQJABBSAgBAWgsAYAgBAKCQBgBwDQAAwJMBABBtAADAywoAoLsIAHDLCgCgowIAMKcAAICnAADQpwAAIKgAAHCoAADAqAAA0AcKACAICgCw4AoAQAEAAJABAADgAQAAMAIAAIACAABgCAEAYK0BAHANAAAQUgIAkNcBAODrAQAwvwsA0BsKANBDBQCQRwoAUHcLACBjBABwYwQAAGgBAAAAAADgpgAA4KYAALCLAABwDQAAwJMBAJDXAQAgDQoAsIsAANAWAABg6AIAsIsAAKCGBgCQ1wEA4NcBAGAYCgAgCwIAkNcBALCGAABwDQAAwBwAAJDXAQAAAAAA0BYAAFArAgBAcQgAIBcAADDKAADQFgAAkNcBACANCgDwhgYAkPALAODwCwDg6wEA0H8AADCXAQDAHAAAAAAAACALAgAA+QEA0H8AACCAAABwgAAAwIAAABCBAABggQAAQB4BAKCGBgCwiwAA0BYAAGDoAgCwiwAAoIYGAAD5AQCwiwAAAIwAAGDbAABghAIA4OsBANB/AACAYAYAAPkBAKCGBgDg6wEAAPkBALCLAAAAjAAAYNsAAGCEAgCwhgAA4OsBAIB0AQBAowMA4KYAAJDXAQBQKwIAoCsCAPArAgCQ1wEA0NIHACDTBwBwRAAAIGMEAHBjBACwiwAAkIECAOCBAgAwggIAkNcBAPCICQAgwgkAcMIJAPC1CQBAtgkAkLYJAOC2CQDQGwoAMOIGAIDiBgDQdAEAMMoAALCLAADQFgAAIBcAABAwAQBgMAEAcA0AACBECgBQAAAAUAAAAHBVCAAgCwIAcEQAAOACCQCghgYAAPkBANB/AACAuwAA0LsAACC8AAAA+QEAYAgBALAIAQCQYQkAAAAAAIB0AQBAowMAsIsAANAWAABwRAAAkNcBACANCgCwUgcAsIsAAHANAACQ1wEA8LUJAEC2CQCQtgkA4LYJAJBHCgDgRwoAUAAAAFAAAABwVQgAIAsCAHBEAACQ1wEA0BsKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAA4L8AAIAzAQDQMwEAcEQAAPAIAgDgpgAAAKkBAIDeCgCQ1wEA0NIHACDTBwAAAAAAsIYAALCLAABwDQAAEFICAOACCQCghgYAkNcBAODrAQBAFQoAkNcBAJBHCgDAHAAAEB0AAGAdAACwHQAAsIYAAHBEAADARAAAEEUAANAWAABwRAAAkPwEAOCmAADgiwIA0BkCAJD8BAAg3wUAEOMHAJDXAQDQBwoAgHQBALCGAADQ4gEAsGcBAABoAQCQ1wEA0H8AAIC7AADQuwAAsMwAANAbCgCAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAkL8AANDSBwAg0wcAAAAAALCGAACwZwEAIAsCAOATAgAAAAAAIAsCAKCjBwAQ4wcA0OIBAFAAAACgAAAA8AAAAJDXAQAAAAAAUAAAAKAAAADwAAAAQAEAAJABAADgAQAAMAIAALCyAQAAswEA8G8EAOCLAgBwuAkAwLgJAEC1CgCQtQoA4LUKADDKAACwZwEAwOUEAMBEAABwSQoAcPYHAHBEAACQ1wEA0BsKABCoCwBAFQoAkNcBANAHCgAgCAoAsOAKAEABAACQAQAA4AEAADACAACAAgAA8G8EAEBwBACQcAQAkCQAALBhBwDQ4gEAsIYAACALAgDgEwIAIAsCAJDXAQDwbwQAMKcAAICnAADQpwAAIKgAAHCoAADAqAAAkEcKAMAcAADQFgAAcEQAAJDXAQDQGwoAgLsAANC7AAAgvAAAcPcBAMD3AQDg6wEAMOwBAIDsAQDQ7AEA8LUJAEC2CQBwFwAAwBcAACAICgCw4AoAQAEAAJABAADgAQAAMAIAAIACAADwiAkAIMIJAHDCCQCQRwoAwBwAAAAAAADQfwAAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJAkAACgmgEA8JoBAECbAQAAwAMA0BsKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBAKAXAgCw2QcAANoHAFDaBwCg2gcA8NoHAEDbBwDQGwoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAOACCQCwhgAAcA0AAABtAQAAaAEA0OIBAJDXAQBgCAEAoJAGAIB/BQDA5wcA0H8AABCoCwBg6AIAoEgDAGAIAQCQ1wEAAAAAAOCmAAAAqQEA8LgLAEC5CwDQFgAAoBcCAPAXAgBAGAIAAP8AANCgAgAA/wAA0H8AAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQJAAAoJoBAPCaAQBAmwEAAAAAACDfBQAQ4wcA0OIBACDjAQBwDQAAwBwAAIB/BQCQVgUA4FYFAIBQDADA5QQAsBECALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4HsDADB8AwCAfAMA0HwDACB9AwBwfQMAwH0DABB+AwBgfgMA8AoKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAAAGgBABAdAABgHQAAsB0AAAAeAADgEwIAAIwAAGDbAABghAIA0BsKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBAAD5AQAgCwIA4BMCADAUAgCARgwAcA0AAMAcAACghgYAkNcBAEBaCwBwMwwAgHQBANB0AQAgdQEAcHUBAMB1AQAQdgEAMMoAAND2AQAwlwEAkNcBANDSBwAg0wcAcNMHAMDTBwAQ1AcAYNQHAJDXAQCwhgAAcA0AAABtAQAAaAEA0OIBAJDXAQDQGwoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AABgCAEAoJAGAIB/BQDA5wcA0H8AABCoCwBg6AIAoEgDAHBEAAAA+QEA0H8AADDiBgCA4gYA0HQBADDKAACwiwAAoIYGAJDXAQBAWgsAIAsCAKCjBwDg6wEA0H8AAODrAQCAdAEAEE0MANB/AACAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAsIsAAACMAABg2wAAYIQCACCAAABwgAAAwIAAABCBAABggQAA8HIBAEBzAQCQcwEA4HMBADB0AQCwiwAAAIwAAGDbAABghAIAEMsBAOCmAACwiwAAUAAAAHBEAACQ/AQAIN8FAJDXAQDg5wAAAAAAAAAAAAAAAAAAAMADANDSBwAg0wcAIIsEADCXAQDADQAAEOMHANCgAgDACAAAsIYAAHANAADAHAAAEB0AANAWAACgFwIA8BcCAEAYAgBA6QgAkOkIAODpCADQBwoAIAgKALDgCgBAAQAAkAEAAOABAAAwAgAAgAIAAPC1CQBAtgkAkLYJAOC2CQDQGwoAMOIGAIDiBgDQdAEAMMoAALCLAACghgYA0BYAACAXAABwFwAA0BsKADAaCwBwgAAAwIAAABCBAABggQAAsIEAAADrCgBQCQsAkGoKAADrCgAwMgwAsGcBAKBIAwDwSAMAkIECAMDnBwBwSQoAcA0AABBSAgAwygAAsGcBAMDlBADARAAAkNcBANDSBwBwCwIA4OsBAODrAQCwZwEAwOUEAGAIAQAAAAAAkNcBAODXAQAw2AEAgNgBANDYAQCQ1wEA0AcKAIB0AQAQTQwA0H8AADCXAQDAHAAA8G8EAMDnBwAQ5gkAgH8FAFArAgCQ1wEAQBUKACDfBQBw9gcAIAsCAJDXAQDwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAIHIEAIAsAwDQLAMAIC0DAJBHCgDAHAAAMOMKAHBEAACQ/AQAAGgBANDiAQAAAAAA0BYAAJCBAgDggQIAMIICAECjAwCghgYA8IYGACCAAABwgAAAwIAAABCBAABggQAAgBULAKArAgDwKwIAsGcBALBnAQDQ4gEA0BYAAKAXAgDg+gYAsIYAACALAgDgEwIAIJoEALBSBwCwiwAAcA0AAHAWCwAgFwAAEDABAGAIAQDAdwQA0BkCAOCmAACghgYAsIsAANAWAABg6AIAsIsAAAAAAAAg3wUA0OIBALBnAQAAaAEAkNcBAODXAQAw2AEAgNgBANDYAQDg1wEAYBgKACALAgCQ1wEAsIYAAHANAADAHAAAEB0AAJDXAQDg1wEAMNgBAIDYAQDQ2AEA4NcBAGAYCgAgCwIAkNcBALCGAABwDQAAwBwAAJDXAQDQGwoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AABwegEAwHoBABB7AQBgewEAkNcBALCGAABwDQAAwBwAABAdAADQFgAAoBcCAPAXAgCQgQIAcCgIAMAoCABA1AkAAG0BACDfBQAQ4wcAsGcBAABoAQBg6AIAQJ4DAGCtAQBgCAEAkNcBAJBHCgDgRwoAUAAAAFAAAABwVQgAIAsCAHBEAADgAgkAoIYGAJDXAQDQGwoAQM0LALBnAQCQ1wEAkIECAHAoCADAKAgAQNQJAABtAQAg3wUAEOMHAJDXAQDwiAkAAAAAAHANAADAkwEAEJQBANCgAgBwDQAAgHQBAJDXAQDQ0gcAoKMHAHD2BwBwRAAAkPwEAABoAQCwiwAAcA0AAHANAADAkwEAwBwAABAdAACQ/AQAIN8FABDjBwCwiwAAAIwAAGDbAABghAIA0H8AALBnAQAQTQwA0KACAICvAgAw1ggA4H4KADB/CgCAfwoA0H8KACCACgBwgAoA0NIHAHALAgDACwIAEAwCAJAkAACgmgEA8JoBAECbAQCwiwAAAIwAAGDbAABghAIAAAAAANB/AACQgQIA4IECAGACAgCAdAEA0H8AABCoCwDQ4gEAYAICANB/AAAwlwEAgJcBANCXAQAgmAEAcJgBAMCYAQAQmQEAYJkBALCZAQAAmgEAUJoBACDfBQBgCAEAUAAAAKAAAABAOwIAgFAMAKBIAwDADQAAEOMHAJAkAACgmgEA8JoBADCtCQCArQkAsIYAAIB0AQBwRAAAkPwEAFAAAACAdAEAEE0MAGBNDACgmgEA8JoBADCtCQCArQkAEPUJAMAcAAAQHQAAYNsAAGCEAgAAAAAAkNcBAODrAQAw7AEAgOwBANDsAQAg7QEAcO0BAMDtAQCwiwAAsD8BACDZAQBw2QEAwNkBABDaAQBg2gEAQE0JAICwCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBw9wEAwPcBAEBNCQCAsAsAINkBAHDZAQDA2QEAENoBAGDaAQAgWQkAgHQBABBNDABgTQwAsE0MAABODACQ4goA4OIKAJDXAQDQ0gcAgFAMANBQDAAgUQwAcFEMACBZCQBwWQkA4NcBADDYAQCA2AEA0NgBAAAAAACQ4goAkNcBANDSBwCAUAwA0FAMACBRDABwUQwAIFkJAHBZCQDg1wEAMNgBAIDYAQDQ2AEA4NcBADDYAQCA2AEA0NgBAJCbAQAAwAMAcKILAMCiCwAQowsAYKMLALCjCwAAAAAAsIYAAACHAABg6AIAwOUEAGACAgCgIQwAoIYGAFArAgCwhgAAAIcAAGDoAgDA5QQAYAICAGAqDAAgCwIAcAsCACBsBQCgkAYAMMoAACDfBQAgCwIAUCsCAGACAgDQfwAAMJcBAICXAQDQlwEAIJgBAHCYAQDAmAEAEJkBAGCZAQCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAAAAAAJAkAACgmgEA8JoBAECbAQBQAAAAMDwHAIB/BQBwRAAA4AIJAJCBAgDggQIAMIICAICCAgDQggIAcA0AAJDXAQAA6woAUAkLAJBqCgDg6wEAML8LAAAAAADQGwoAQKULAJClCwDgpQsAMKYLAICmCwDQpgsAIKcLAEBNCQAAjAAAYNsAAGCEAgDQoAIAAAAAACDfBQBwRAAA0KACAOCmAAAAqQEAUKkBAKCpAQDwqQEAQKoBAOATAgAgmgQAkNcBALCGAABwDQAAAG0BAABoAQDQ4gEAkNcBAJDiCgDg4goAQE0JAAAAAACAdAEAAAAAALCGAADQfwAAMOIGAAAAAAAAAAAAsIYAAHBEAACQ1wEAMMoAAND2AQAwlwEAkNcBAEBNCQAAAAAAsIYAANB/AADA5wcAcEkKAHD2BwDA9gcAEPcHAGD3BwDg6wEAsPcHAAD4BwBQ+AcA4OsBAPBvBABAcAQAkHAEAHDjCwDA4wsAEOQLAPBvBABAcAQAkHAEAHDjCwDA4wsAEOQLANB/AAAQqAsAAAAAAJDXAQDQ4gEAIOMBAHDjAQAAAAAAcEQAAOACCQBwUwoAwFMKAGACAgAw8wkAgPMJAEAVCgBwRAAA4AIJAHBTCgDAUwoAYAICALACAgBwCwIAwAsCABAMAgBgDAIAcA0AACBjBADgKQoAwAsCABAMAgBgDAIAcEQAAMBEAAAgCwIAoKMHADDKAAAAAAAAIAsCAOATAgAgogEAMKgEAIB/BQBwRAAAcA0AAGACAgAQBwIAYAcCALAHAgAACAIAUAgCAKAIAgBwRAAA8AgCAFCQCwDARAAAIAsCAKCjBwAg3wUAYAICABAHAgDARAAAIAsCAKCjBwAwygAAAAAAANB/AACwZwEAoEgDAMAcAAAA+QEAsIsAAACMAABg2wAAYIQCAGACAgAQBwIAwEQAACALAgCgowcAMMoAAGACAgAQBwIAwEQAACALAgCgowcAQBUKAFAAAAAwPAcAsIsAAACMAABg2wAAYIQCALCLAACQJAAA4CQAAACMAADgEwIA0BYAAOCmAACwiwAAsIsAAACMAABg2wAAYIQCANB/AAAgbAUAoJAGALCLAAAAjAAAYNsAAGCEAgBwRAAAcEQAACBjBABwYwQA4OsBADDsAQCA7AEA4AIJALCLAAAAjAAAYNsAAGCEAgBgCAEAoJAGAHBEAADARAAAcEkKAKCGBgCwiwAAAIwAAGDbAABghAIAgHQBAIB0AQBQAAAAcFUIALBnAQAAaAEAcEQAAOACCQAQ6wkA4BMCALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAgCwIA4BMCADAUAgCAFAIA0BQCACAVAgBwFQIAwBUCABAWAgBgFgIAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAAAAAACwiwAAQBUKALCLAAAAjAAAYNsAAGCEAgCghgYAsIsAALA/AQDA3QwAAIwAAGDbAABghAIAAAAAALCLAAAAjAAAoKMHAKCGBgBQsgcAkIECALBnAQCgSAMAAG0BACDfBQAQ4wcAsIsAAACMAABg2wAAYIQCAODrAQAg3wUAcPYHAACHAACQsAoAgHQBANB0AQDgpgAA4IsCAHC4CQAQTQwAAIwAAGDbAABghAIAEKgLANDiAQCguwgAsIsAAACMAABg2wAAYIQCACALAgDQ4gEAsIYAAGAIAQCgkAYA0BYAAHBEAADgAgkAEOsJAGDbAABghAIAIN8FAHD2BwBwRAAA8AgCAJAkAADg6wEAIN8FAHD2BwAAhwAAkLAKAHANAADAHAAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBANB/AAAwlwEAgJcBAPAtAADgiwIAMJcBABBSAgDgAgkAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBALBSBwBw3wUAwN8FALBRCAAAUggAUFIIAKBSCADwUggAQFMIALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAgH8FAJBWBQDgVgUAQNQJAABtAQAg3wUAEOMHALCLAAAAjAAAYNsAAGCEAgBwRAAA0H8AACCAAABQKwIAIN8FAJCBAgBwKAgAwCgIAJAkAACAdAEA0HQBADDKAACwiwAAAIwAAGDbAABghAIAkPwEAOD8BACQngMAgHQBABBNDABgCAEAoJAGANAWAABwRAAA4AIJAKCGBgCwiwAAAIwAAGDbAABghAIAcA0AACBECgBQAAAAUAAAAHBVCAAgCwIAcEQAAOACCQCghgYAsFIHAHDfBQDA3wUAsFEIAABSCABQUggAoFIIAPBSCABAUwgAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCAdAEAgHQBABBNDADQ4gEA0P4IADDiBgDQfwAAQDsCAJA7AgDgOwIAMDwCAIA8AgDQPAIAID0CAHA9AgCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAIAsCAHALAgBAFQoAsGcBAABoAQCALQIA0C0CACAuAgCwPgIAAD8CAFA/AgCgPwIA8D8CAEBAAgCQQAIA4EACADBBAgCAQQIA0EECACBCAgBwQgIAwEICABBDAgBgQwIAsEMCAABEAgBQRAIAYAgBAODrAQAwvwsAAIwAAJAkAABgGAoAIAsCAGAIAQDAdwQA0BkCAOACCQCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAEOMHAOCmAACQVgUA4FYFADBXBQCAVwUA0FcFACBYBQBgCAEAsAgBAJBhCQBQsgcAAEkMALBhBwDgpgAA4IsCANAZAgCQ/AQAIN8FABDjBwCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAAAAAADQfwAAMOIGALCGAACwiwAAsIsAAACMAABg2wAAYIQCAKCjBwAwkgEAAOsKAPBvBABAFQoAkBUKAOAVCgAwFgoAgBYKALCLAAAAjAAAYNsAAGCEAgDQFgAAcEQAANB/AADQGQIAkPwEACDfBQAQ4wcAsIsAAACMAABg2wAAYIQCANB/AAAQqAsA0BYAACAXAAAQMAEAEO4BANBECQCwYQcAwBsLAIAtAgCQ1wEAkEcKAKCFAgBgCAEA4OsBACDfBQCwZwEA4GMCANB/AADQGQIAkPwEACDfBQAQ4wcAkNcBAEBNCQAAjAAAYNsAAGCEAgDg1wEAMNgBAIDYAQDQ2AEAAAAAAJDXAQDwiAkAQIkJAECbCwCQmwsA4JsLADCcCwDwqQEA0BkCAJD8BADg6wEAgHQBABBNDAAA6woAsBECAAASAgBQEgIA8G8EAOCLAgAwjAIAgIwCANCMAgAgjQIAcI0CAMCNAgAQjgIAYI4CALCOAgAAjwIAUI8CAKCPAgDwjwIAQJACAJCQAgAAAAAAsIYAAACHAACQsAoA4LAKADCxCgCAsQoA0LEKACCyCgDwbwQA4IsCADCMAgCAjAIA0IwCACCNAgBwjQIAsIYAAHANAAAA6woAUAkLACDfBQCQ1wEAYAgBAMB3BAAQqAsA8LUJAEC2CQCQtgkA4LYJAGDuAQCQTQkA4E0JAHD2BwDQ4gEAYAgBANCIAQCgSAMAwJMBAABtAQAAaAEA0OIBAJDXAQDQ0gcAINMHAHBEAACwhgAAIAsCACANCgCwiwAAgH8FADCnAACgRAIAQDsCAOATAgAgmgQAkNcBANAbCgAQqAsAoIYGAJDXAQDwtQkAQLYJAJC2CQDgtgkAsIYAAHANAADAHAAA8IgJAECJCQBQaAEAoGgBAPBoAQBAaQEAkGkBACCEAQAg3wUAcN8FAMDfBQCwUQgAAFIIAFBSCACgUggA8FIIAECeAwCQngMA4J4DADCfAwCAnwMA0J8DAKCGBgCQ1wEA0BsKABCoCwCghgYAkNcBAPC1CQBAtgkAkLYJAOC2CQCwhgAAcA0AAMAcAACQRwoAoIUCAPCFAgBAhgIAkIYCAOCGAgDQFgoAIBcKAHAXCgDAFwoAEBgKABCoCwBg6AIA4KYAANCgAgAQ2AgAkH8JAOB/CQAwgAkAgIAJANCACQAggQkAQF8LAACMAABg2wAAYIQCAJDXAQAg3wUAcPYHAHBEAACQ1wEAIN8FAJAkAACQ1wEA4OsBACDfBQBw9gcAAIcAAJCwCgDQ0gcAcAsCABA5AgBgOQIA4AIJADADCQCAAwkAcEQAAJDXAQAA6woAUAkLAJBqCgDQGwoAgGAGAKCGBgCQ1wEAMMoAALBnAQDA5QQAwEQAAJDXAQAg3wUAkIECAHAoCADAKAgAkCQAAIB0AQDQdAEAkEcKAOBHCgAwSAoAgEgKACBjBADgKQoAMCoKACC6BwCQ1wEAMMoAALBnAQDA5QQAwEQAAJDXAQAg3wUAkIECAHAoCADAKAgAkCQAAIB0AQDQdAEAYAgBAGCtAQCwrQEAAK4BAFCuAQCgrgEA8K4BAEAVCgCQ1wEAMMoAALBnAQDA5QQAwEQAAJDXAQAg3wUAkIECAHAoCADAKAgAkCQAAIB0AQDQdAEAIA0KAHANCgCQgQIAsGcBAKCGBgCwiwAAMMoAALBnAQDA5QQAwEQAAJDXAQAg3wUAkIECAHAoCADAKAgAkCQAAIB0AQDQdAEAsGcBAOBjAgCQ1wEA0AcKAHBVCACwZwEAAGgBAHBEAADgAgkAEOsJAJDXAQAgDQoAsIsAAACMAADgEwIAMBQCAIAUAgDQFAIAIBUCAHAVAgDAFQIAUCsCAKArAgCghgYAkNcBANAbCgDQGQIAAP8AAFD/AADgiwIAcLgJAMC4CQBAtQoAkLUKAOC1CgAwtgoAgLYKANC2CgAgtwoAcLcKAMC3CgAQuAoAYLgKALC4CgAAuQoAULkKAKC5CgDwuQoAQLoKAJC6CgDgugoAMLsKAIC7CgDQuwoAILwKAHC8CgDAvAoAEL0KAGC9CgCwvQoAAL4KAFC+CgCgvgoA8L4KAEC/CgCQvwoA4L8KADDACgCAwAoAsGcBAABoAQCALQIA0C0CACAuAgDQyAIAIMkCAHDJAgDAyQIAEMoCAGDKAgCwygIAAMsCAFDLAgCgywIA8MsCAEDMAgCQzAIAIA0KAPCGBgCQ8AsA4PALAODrAQDQfwAAMJcBAMAcAACQRwoAoIUCABDXCQBg1wkAsNcJAADYCQCQ1wEA8IgJACDCCQBwwgkAkEcKAFB3CwCgdwsAQDsCAHBEAACQ/AQAAGgBANDiAQCQ1wEAsIYAAKDvAQCwhgAAcEQAAHBEAACQ/AQAAGgBANDiAQCQ1wEAIA0KALBSBwAwygAA8IgJAECJCQCQiQkA0NIHACDTBwCgTgIA0H8FAJCBAgBwKAgAwCgIAEAVCgCQ1wEAYAgBALAIAQCQYQkA0H8AAIBgBgBQsgcAAGgBANDiAQCQ1wEA0NIHACDTBwAgmgQAcJoEAMCaBADA9AQA8IgJACDCCQBwwgkAgHQBANB0AQBwFAMAwBQDABAVAwBgFQMAsBUDAAAWAwAA6woAMDIMABBFAACQAwMA4AMDADAEAwCABAMAMJcBAMAcAAAw4woAkNcBAPCICQBAiQkAkIkJAGAIAQCgkAYA8JAGALAIAQAgCwIA8IgJACDCCQBwwgkA8IgJAECJCQCQiQkAcJUJAMCVCQAQlgkA0AcKAIAzAQDQMwEA8DwKAEA9CgCQPQoA4D0KAJDXAQAg3wUAkCQAAJDXAQCQRwoAUHcLAKB3CwBAOwIAcEQAAJD8BAAAaAEA0OIBAJDXAQCwhgAAYOMHALDjBwAA5AcAUOQHAKDkBwDw5AcAQOUHAJDlBwAA6woAUAkLAJBqCgCQRwoAwBwAABAdAABgHQAAsB0AAAAeAABQHgAA0BsKANAZAgAg3wUAEOMHAJDXAQCQRwoAwA0AADB4BwCAeAcA0HgHACB5BwCQ1wEAUAAAAHBEAACQ/AQAAGgBANDiAQCQ1wEA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEACByBACALAMA0CwDAGCcCACwnAgAIN8FABDjBwCQ1wEAsIYAAACHAABg6AIAEMsBAJDXAQAgDQoAsFIHAGAIAQDAdwQAsGcBAABoAQCQ1wEAkEcKAMANAAAweAcAgHgHANB4BwAgeQcAkNcBAHD2BwDA9gcAEPcHAGD3BwCw9wcAAPgHAFD4BwCg+AcA8PgHAED5BwCQ+QcA4PkHADD6BwCA+gcA0PoHACD7BwBw+wcAwPsHAJBHCgDAHAAAEB0AAGAdAACwHQAAAB4AANCgAgBwDQAAkNcBAADrCgAwMgwAEEUAAGBFAACwRQAAAEYAAFBGAACgRgAA8EYAAEBHAACQRwAAkH8JAOB/CQDQFgAAYOgCAABoAQDQ4gEAkNcBACDfBQAQ4wcAkNcBANARCgBwSQoAcA0AAIB0AQDQdAEA4KYAAOCLAgBwuAkAwLgJAAAAAACAdAEAcA0AABBSAgBgUgIA0BkCAOACCQAwkgEAAAAAAAAAAAAAAAAAAAAAAAAAAADglQIAMJYCADCSAQAAAAAA4JUCADCWAgCAmwIAQHAEAACwCQBQsAkAoLAJAPCwCQBAsQkAkLEJAOCxCQAwsgkAUEMDAKBDAwDwQwMAQEQDAJBEAwDgRAMAMEUDAIBFAwDQRQMAIEYDAHBGAwDARgMAEEcDAGBHAwCwRwMAkHAEAOBwBAAwcQQAgHEEANBxBAAgcgQAgCwDANAsAwAgLQMAcC0DAMAtAwAQLgMAYC4DALAuAwAALwMAUC8DAKAvAwDwLwMAQDADAJAwAwBgxAgAsMQIAADFCABQxQgAoMUIAPDFCABAxggAkMYIAODGCAAwxwgAgMcIANDHCAAgyAgAcMgIAMDICAAQyQgAYMkIANDiAQDQoAIA4KYAAACpAQDQeAIA8CoDAEArAwCQKwMA4CsDADAsAwCALAMA0CwDAODrAQDQfwAAcA0AAKBSAwDwUgMAEE0MALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCgowIAEIMDAGCDAwCwgwMAAIQDAFCEAwCghAMA8IQDAECFAwCQhQMA4IUDAHAtAwDALQMA4NcBADDYAQCA2AEA0NgBAHDDAwDAwwMAEMQDAGDEAwCwxAMAAMUDAFDFAwCgxQMA8MUDAEBNCQCAsAsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBADDKAADA5wcAsGcBAOBjAgAQTQwA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEACByBABwcgQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAIHIEAIAsAwDQLAMAIC0DAKCCBQDwggUAQIMFAJCDBQDggwUAMIQFAKCFAgDwhQIA4KYAAFAAAADwawMAYAICAKAIDADwCAwAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAcA0AAGACAgDgDgwA4IsCADCMAgCAjAIA0IwCACCNAgDgpgAAAKkBANB4AgDwKgMAQCsDAJArAwDgKwMA0BYAACAXAAAwygAAsIsAAACMAABg2wAAYIQCADAPDADQeAIA8CoDAEArAwCQKwMA4CsDADAsAwCALAMA0CwDAKCGBgCwUgcAsIsAAHANAABwFgsAIBcAABAwAQDgAgkAsD8BAMA/CgCgSAMAEFICAOACCQAQ6wkAYNsAAGCEAgCQ1wEA8G8EAOCLAgBwuAkAwLgJABC5CQDg1wEAMNgBAIDYAQDQ2AEAYAgBAFAAAABwVQgAIAsCAHBEAADgAgkAEOsJAGDbAABghAIAgHQBAECjAwCQowMAUAAAAHA6AABgAgIAoCEMALBnAQDg6wEAcHEFAHALAgBAOwIAQBUKAJDXAQDwtQkAQLYJAJC2CQDgtgkAgHQBANB0AQBwFAMAwBQDALCLAACghgYA0KACAIB0AQDQdAEAcBQDAMAUAwAQFQMAYBUDALAVAwAAFgMAAOsKADAyDAAQRQAAAP8AAFAAAABwVQgAcA0AABBSAgDQ4gEAIAsCAOATAgBwDQAAoFIDAPBSAwAA/wAAkNcBANAbCgAwGgsAILoHAHC6BwDAugcAELsHANDSBwAg0wcAoE4CANB/BQAgCwIAoIYGAJDXAQDQGwoAgGAGANBgBgAgYQYAcGEGAOACCQAQ6wkAYAICAJDXAQBgCAEA0IgBAKBIAwDAkwEAAG0BAABoAQDQ4gEAkNcBANAbCgDQQwUA0OIBAKC7CABgCAEAkNcBAPCICQDA5QQAEOYEACANCgCwiwAAUAAAADA8BwBwrAsAwKwLAHANAACQ1wEAIN8FABDjBwAAAAAAAAAAANCgAgCArwIAMNYIAIDWCADQ1ggAINcIAEBNCQAAjAAAYNsAAGCEAgAA6woAUAkLAJBqCgDwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADgQwkAMEQJAIBECQBQ6woAEOsJAGDrCQCw6wkAAOwJAFDsCQCg7AkA8OwJAEDtCQCQ7QkAIA0KANBzDACwiwAAAOsKAFAJCwCQagoA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEACByBACALAMA0CwDACAtAwBwLQMAkPwEAOD8BAAw/QQAgP0EAND9BACAUAwAwOUEAOACCQDwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAAPkBAFD5AQCQ/AQA4PwEADD9BACA/QQA0P0EACD+BABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAgcgQAcHIEAMByBAAQcwQAYHMEALBzBACQRwoAwBwAABAdAABgHQAAsB0AAAAeAADQoAIAoKMCABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDAMCHAwBwLQMAkPwEAOD8BAAw/QQAoIYGAJDXAQAg3wUAcPYHAKCoAgDwqAIAAMoIAJDKCQCgowcAcPYHAHBEAADgAgkAAOsKAFAJCwCQagoA0BEKAHBJCgBwDQAAsIsAAHBEAAAwygAAIN8FACALAgBQKwIAkNcBAPCICQAgwgkAcMIJALCGAAAAhwAAIAsCAOATAgAgiwQAcIsEAMCLBADQfwAA4OsBAIB0AQAAAAAAkNcBAFArAgDQ5AkAAGgBAIAtAgDQoAIAoKMCABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAHD3AQDA9wEA8G8EAOCLAgBAVAwAkFQMAOBUDABwywoAsMACAMANAABgCAEAoJAGAAD/AABwRAAAkNcBAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBADgQwkAMEQJAIBECQBAFQoAcA0AAKBSAwDwUgMAAAAAANCgAgAwQAgAAIwAAGDbAABghAIA4KYAAACpAQDQeAIA8CoDAEArAwCQKwMA4CsDADAsAwCALAMA0CwDANAHBQAAjAAAYNsAAGCEAgDA5wcAQBUKAAAAAAAAAAAAAAAAAOCVAgAwlgIAMJIBAAAAAAAAAAAAAAAAAAAAAADglQIAMJYCAICbAgBAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAgcgQAgCwDANAsAwAgLQMAoIIFAPCCBQBAgwUAkIMFAOCDBQAwhAUAYAgBALD7AwAA/AMAUPwDAKD8AwCghgYA4OsBAJDXAQBgCAEAsAgBAJBhCQDgYQkAMGIJAGAIAQCw+wMAAPwDAFD8AwCg/AMA4KYAADCnAACApwAA0KcAACCoAABgCAEAYK0BAACHAABg6AIA4KYAAOCLAgDQGQIAkPwEACDfBQAQ4wcAcA0AAMAcAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAoKMCABCDAwCwewsAEBQEAGAUBACwFAQAABUEAFAVBACgFQQA8BUEAEAWBACQFgQA4BYEADAXBACQ1wEAgHQBAECjAwAAaAEAUCsCAJDXAQDg1wEAMNgBAIDYAQCw9QkAAPYJANAbCgCAYAYAoIYGACALAgDgEwIAcA0AAMCTAQCQ4goA4OcAAAA4BABwSQoAcA0AABBSAgCQ2wcA4NsHADDcBwCA3AcA0NwHACDdBwBw3QcAwN0HABDeBwBg3gcA0BsKABCoCwBAFQoAkNcBACDfBQCQJAAAkNcBAADrCgAwMgwAEEUAAGBFAABQAAAAMDwHAIB/BQCwZwEAsHwKALBhBwCwiwAAoIYGAJDXAQBgCAEAsPsDAAD8AwBQ/AMAoPwDAMB6BgDQEQoAcEkKAHANAAAQUgIAYAgBALD7AwAA/AMAUPwDAKD8AwDAegYAEHsGAGB7BgCwewYAAHwGAFB8BgCgfAYA8HwGALDBBgBwSQoAcA0AABBSAgCQ1wEAwOcHAEAVCgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAwBQwAMA0L4HACC/BwBwvwcAwL8HABDABwBgwAcAsMAHAADBBwBQwQcAoMEHAPDBBwBAwgcAkMIHAODCBwAwwwcAgMMHANDDBwBwLQMAkPwEAOD8BAAw/QQAoIYGAJDXAQAg3wUAcPYHACDfBQBw3wUAwN8FALBRCAAAUggAUFIIAKBSCADwUggAQFMIAJDXAQAA6woAkPwEAOD8BAAw/QQAoIYGAJDXAQAg3wUAcPYHAECjAwAA+QEAcA0AAKBSAwDwUgMAAPkBALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAoKMCABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDAMCHAwBwLQMAkPwEAOD8BAAw/QQAoIYGAJDXAQAg3wUAcPYHACDfBQBw3wUAwN8FALBRCAAAUggAUFIIAKBSCADwUggAQFMIAJDXAQAA6woAkPwEAOD8BAAw/QQAoIYGAJDXAQAg3wUAcPYHAHAtAwCQ/AQA4PwEADD9BACghgYAkNcBACDfBQBw9gcAIN8FAHDfBQDA3wUAsFEIAABSCABQUggAoFIIAPBSCABAUwgAkNcBAADrCgCQ/AQA4PwEADD9BACghgYAkNcBACDfBQBw9gcAIAsCAIBQDADgYwIA0HQBACB1AQBAFQoAAPkBAOCmAAAAqQEA0HgCAPAqAwBAKwMAkCsDAOArAwAgmwMAQFoLAHAzDACwhgAAAIcAABD0AABg9AAAsPQAAAD1AABQ9QAAoPUAAPD1AADgJQQAMCYEAIAmBADQJgQAICcEAHAnBADAJwQAECgEAGAoBACwKAQAAGgBANDiAQCQ1wEAAOsKAFAJCwDgpgAAAKkBANB4AgDwKgMAQCsDAJArAwDgKwMAMCwDAGBuBACwbgQAAG8EAFBvBACgbwQAsIYAAACHAABg6AIAEMsBAJDXAQCQRwoAwA0AADB4BwCAeAcA0HgHACB5BwDQoAIA0H8AABDLAQAgCwIA4BMCAHBEAAAgYwQAcGMEALCLAABwDQAAUAAAADA8BwCAPAcAYNsAAOATAgAAAAAAsIYAALCLAABwDQAAEFICAOACCQAQ6wkAYNsAAGCEAgAQ2AgAYNgIALDYCABwiwQAwIsEABCMBABgjAQAsIwEAACNBABQjQQAoI0EAPCNBABAjgQAkI4EAOCOBAAwjwQAgI8EANCPBAAgkAQAcJAEAMCQBAAQkQQAYJEEALCRBAAAkgQAUJIEAKCSBADwkgQAQJMEAJCTBADgkwQAMJQEAICUBADQlAQAIJUEAHCVBADAlQQAEJYEAGCWBADQfwAAIIAAAMDnBwAQ5gkAoIYGAJDXAQAA6woAMDIMABBFAABgCAEAwHcEABB4BACQ1wEA0NIHACDTBwBwRAAAIGMEAHBjBACwiwAAcA0AAJDXAQDQBwoAMDgLAIA8BwCQ1wEA0NIHACDTBwAAAAAAsIYAALCLAABwDQAAEFICAJDXAQCAdAEAQKMDAECeAwDQiAEAwOUEABDmBADg5wAAMMoAAMDnBwCwZwEA4KYAAMDnBwCQ1wEA8IgJACDCCQCghgYAULIHAKBIAwDQoAIA4KYAAOCLAgAwjAIAgIwCANCMAgAgjQIA4KYAAACpAQDQeAIA8CoDAEArAwCQKwMA4CsDAPDgCwAQ6wkAYNsAAGCEAgDwLQAAMKcAAICnAADQpwAAIKgAAHCoAADQoAIA4KYAAOCLAgAwjAIAgIwCANCMAgAgjQIA4KYAAACpAQDQeAIA8CoDAEArAwCQKwMA4CsDAPDgCwAQ6wkAYNsAAGCEAgCwiwAAoIYGAFCyBwCgSAMA8C0AAACpAQDQeAIA8CoDAEArAwCQKwMA4CsDADAsAwCALAMA0CwDANAHBQAgCAUAcAgFAMAIBQAQCQUAYAkFALAJBQAACgUAsBMFAAAUBQAAsAkAULAJAKCwCQDwsAkAQLEJAJCxCQDgsQkAMLIJANDiAQCguwgA8LsIAJDXAQDQGwoA0EMFANDSBwAg0wcAcA0AAMANAABw9gcAIAsCAOCmAADQdwMAIHgDAHB4AwDAeAMAEHkDAGB5AwCweQMAAHoDAFB6AwCgegMA8HoDAEB7AwCQewMAIKIBAHCiAQDAogEAEKMBAGCjAQBAEggAkBIIAOASCAAwEwgAgBMIANATCAAgFAgAcBQIAMAUCAAQFQgAYBUIALAVCAAAFggAUBYIAKAWCADwFggAQBcIAJAXCADgFwgAAKkBANB4AgDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwDQLAMA0AcFACAIBQBwCAUAwAgFABAJBQBgCQUAsAkFAAAKBQAgoQIAcKECABD0AABg9AAAsPQAAAD1AABQ9QAAoPUAAPD1AADgJQQAMCYEAIAmBADQJgQAICcEAHAnBADAHAAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAKCjAgAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAMIYDAICGAwDQhgMAIIcDAHCHAwDAhwMA0AcKABDdCABg3QgAsN0IAADeCABQ3ggAoN4IAPDeCABA3wgAkN8IAODfCAAw4AgAgOAIANDgCAAg4QgAcOEIAMDhCAAQ4ggAYOIIALDiCAAA4wgAUOMIAKDjCACgqAIA8KgCAADKCACQygkAoKMHAHD2BwBwRAAA4AIJAADrCgBQCQsAkGoKANARCgBwSQoAcA0AABDYCABg2AgAIJoEAHCaBADAmgQAwPQEAJBHCgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAAAwygAAsIsAANAWAABwRAAAkNcBANAbCgAwygAA0PYBAHBEAACQ1wEAMMoAAND2AQAwlwEAkNcBAPC1CQBAtgkAkLYJAOC2CQDQBwoAcFUIAHANAADAkwEAAG0BAODrAQCAdAEAEE0MAADrCgBQCQsAkGoKAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBADgQwkAMEQJAIBECQAA6woAMDIMABBFAADQ0gcAINMHACCaBABwmgQAwJoEAMD0BACQRwoAwBwAABAdAABgHQAAsB0AAAAeAADg5wAA8B4KAPBIAwDwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAIHIEAIAsAwDQLAMAcGQIAECJCQCQiQkA4OsBAHBxBQDAcQUAEHIFAGByBQDQFgAAkNcBAJBHCgBQdwsAoHcLANAZAgCwZwEAQJ4DAKCQBgAg3wUAcPYHAHBEAADgAgkAEOsJAGDbAABghAIAoK0MAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EALCSCADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAIHIEAHByBADAcgQAEHMEAGBzBACwcwQAkEcKAMAcAAAQHQAAYB0AALAdAACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAKCoAgDwqAIAAMoIAFDKCACgyggA8MoIAEDLCACQywgA4NcBALBhBwAAYgcAUGIHACDfBQAgCwIAkNcBACANCgBwDQoAIAsCAOATAgCgTgIAcEQAAPAIAgAgCwIAQBUKAJDXAQAwkgEAsIYAAACHAABg6AIAEMsBAKCjAgAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAMIYDAICGAwDQhgMAIIcDAHCHAwDAhwMAILUHALDUBwDQ1wcAINgHAHDYBwDA2AcAcC0DAJD8BADg/AQAMP0EAKCGBgCQ1wEAIN8FAHD2BwAg3wUAcN8FAMDfBQCwUQgAAFIIAFBSCACgUggA8FIIAEBTCACQ1wEAAOsKAJD8BADg/AQAMP0EAKCGBgCQ1wEAIN8FAHD2BwBwRAAAkPwEAOD8BAAw/QQAgP0EAND9BAAg/gQAcP4EAMD+BAAQ/wQAYP8EAADpDABQ6QwAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAcC0DAJD8BADg/AQAMP0EAID9BADQ/QQAQNQJAMAcAACQ0wUAEE0MAIB/BQBwRAAAkPwEACDfBQAQ4wcAcEQAAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EAHD+BADA/gQAEP8EAGD/BACwiwAAAIwAAGDbAABghAIAcOMBAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EAHD+BACgXwoA8F8KAEBgCgCQYAoA4GAKADBhCgCAYQoAwA0AADB4BwCAeAcA0HgHACB5BwDwCAIAcN8FAMDfBQAQ4AUAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDQoAIAMEAIAACMAABg2wAAYIQCANAWAAAgFwAAIAYHAHAGBwDABgcAEAcHAGAHBwCwBwcAcAsCAJCBAgDggQIAsGcBAOBjAgDQfwAA4OsBAIB0AQCQ1wEAAOsKAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EALCSCAAgTgoA4KYAAOCmAACQVgUA4FYFADBXBQCAVwUAIJoEAJDXAQDQGwoAkCQAAHBEAADgAgkAEOsJAJBHCgDAHAAAkNMFABBNDACAfwUAcEQAAJD8BAAg3wUAEOMHAJDXAQBATQkAAIwAAGDbAABghAIAsMACANDMCAAgzQgAcM0IAMDNCAAQzggAYM4IAABLBQBQSwUAoEsFAPBLBQBATAUAkEwFAOBMBQAwTQUAgE0FANBNBQAAZAUAUGQFAKBkBQDwZAUAQGUFAJBlBQCwhgAAIAsCACALAgDgEwIA0BYAAHBEAACQ1wEAAOsKAFAJCwBw3wUAcFUIAIB0AQDQdAEAIHUBAEAVCgDQoAIAAAAAAJDXAQAA6woAsBECAAASAgBQEgIAcMsKAJBHCgDgRwoAsGcBAMDlBADQfwAA4OsBAIB0AQAQTQwAkEcKAMAcAAAQHQAAYB0AALAdAAAAHgAAwCsFAJDXAQDg1wEAYBgKALAYCgAAGQoAAOsKAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EANCgAgCgqAIA8KgCAADKCADQGwoAkIECAOCBAgCwZwEA4GMCANB/AADg6wEAgHQBABBNDACQRwoAwBwAABAdAABgHQAAsB0AAAAeAABgCAEAAAAAAFAAAADgpgAAAKkBANB4AgDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwDQLAMA0AcFAACMAABg2wAAYIQCACALAgCgowcAMD0LAKArAgAAjAAAkH8JAOB/CQAgCwIA4BMCACCLBABwiwQAwIsEANB/AADg6wEAgHQBABBNDACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAACHAADQFgAAQBUKANCgAgBwRAAA4KYAAFAAAADgpgAAAKkBANB4AgDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwDQLAMAkCQAAKCaAQDwmgEAQJsBAOCmAAAAqQEA0HgCAPAqAwAgCwIA4BMCADAUAgCARgwAcA0AAMAcAADg5QcAMOYHAIDmBwDQ5gcAIOcHAHDnBwAgCAUAcAgFAMAIBQAQCQUAYAkFALAJBQAACgUAsMACAMANAAAweAcAgHgHANB4BwAgeQcAkNcBAEBNCQAAjAAAYNsAAGCEAgAA6QwAUOkMAKDpDADw6QwAQOoMAJDqDADg6gwAMOsMAIDrDADQ6wwAIOwMAHDsDADwQwMAQEQDAJBEAwDgRAMAMEUDAIBFAwDQRQMAIEYDANARCgBwSQoAcA0AAODrAQBwcQUAwHEFABByBQBgcgUAsHIFAEDUCQAQbQAAkIECAOCBAgCwZwEA4GMCANB/AADg6wEAgHQBANB/AACQJAAAUCsCAACWBQAgogEAcA0AAPAtAAAAqQEA0HgCAPAqAwBAKwMAkCsDAOArAwAwLAMAgCwDANAsAwDQBwUAAIwAAGDbAABghAIAcBYLAODNAQAwcwIAgHMCANBzAgAgdAIAoKMHAJAkAAAgCwIA4BMCAHBEAAAgYwQAcGMEALCLAABwDQAAwBwAALA/AQAAQAEAUEABAMBOCgAQTwoAYE8KAJDXAQBgCAEAwHcEAEAVCgCQ1wEA8LUJAEC2CQCQtgkA4LYJAODrAQAwvwsA0BsKAJCBAgDggQIAsGcBAOBjAgDQfwAA4OsBAIB0AQDwbwQAQHAEAACwCQBQsAkAoLAJAPCwCQBAsQkAkLEJAOCxCQAwsgkAgLIJANCyCQBATQkAcA0AABBSAgBgUgIA4OsBAIB0AQBAowMAoEgDAKDvAQAQ5gkAAOsKAFAJCwCQagoA8IgJAFAAAAAggAAAAKkBANB4AgDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwDQLAMA0AcFAACMAABg2wAAYIQCACChAgBwoQIAEPQAAGD0AACw9AAAAPUAAFD1AACg9QAA8PUAAODrAQAg3wUAIN8FAHBEAABwDQAAEFICACBjBADgKQoAQM0LAJDXAQDg1wEAIAsCAKCjBwBgCAEAkNcBADCSAQDg5wAA0KACAKCjAgAwpwAAgKcAANCnAAAgqAAAcKgAAMCoAADQEQoAIBIKAHASCgDAEgoA0NIHAJB/CQDgfwkAkNcBACDfBQBw9gcAcEQAAJDXAQAg3wUAkCQAAJDXAQDQGwoAkIECAOCBAgCwZwEA4GMCANB/AADg6wEAgHQBABBNDADg6wEAcHEFAMBxBQAQcgUAYHIFALByBQBA1AkAkNcBAADrCgBQCQsAkGoKAADrCgDQfwAAMOIGAFArAgCQ1wEAAOsKABCoCwBAFQoAkNcBACDfBQCQJAAAkNcBAADrCgAwMgwAEEUAAGBFAACwRQAAsIsAAKCGBgCQ1wEA4OsBAHBxBQDAcQUAEHIFAGByBQCwcgUAgHQBANB/AAAwlwEAEFICAJD8BADgpgAAcA0AAMAcAADQfwAAQDsCAOCmAADA5wcAYAICAKAIDADwCAwAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAcA0AAGACAgDgDgwAMA8MANB4AgDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwDQLAMA0AcFAACMAABg2wAAYIQCAAAAAABQAAAAMDwHAHCsCwBwDQAAwBwAANB/AABAOwIA4KYAAMDnBwBQAAAAgPsBAGACAgCgCAwA8AgMAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAHANAABgAgIA4A4MADAPDADQeAIA8CoDAEArAwCQKwMA4CsDADAsAwCALAMA0CwDANAHBQAAjAAAYNsAAGCEAgDQoAIAcEQAACBjBADgKQoAEDkCAHANAABQAAAAcFUIACALAgBwRAAA0KACAHBEAAAgYwQA4CkKABA5AgBwDQAAUAAAAHBVCAAgCwIAcEQAANCgAgAwQAgAAIwAAGDbAABghAIAgHQBAECjAwCQgQIAsGcBAABoAQDQ4gEA4KYAAACpAQDQeAIA8CoDAEArAwCQKwMA4CsDADAsAwCALAMA0CwDAGCcCADAHAAAEB0AAGDbAABghAIAAPkBAFD5AQAgYwQA4CkKABA5AgBwDQAAUAAAAHBVCAAgCwIAcEQAAGACAgDgDgwAMA8MANB4AgDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwDQLAMA0AcFAACMAABg2wAAYIQCAADpDABQ6QwAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAQE0JAACMAABg2wAAYIQCAFCFAgDgiwIAQFQMAJBUDADgVAwAMFUMAIBVDADQVQwAIFYMAHBWDAAAIwUAUCMFAKAjBQDwIwUAQCQFAJAkBQDgJAUA0KACAKCjAgAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAcC0DAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EALCSCADwbwQA4IsCAEBUDACQVAwA4FQMADBVDACAVQwA0FUMACBWDABwVgwAoKMCABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAHBEAACQ/AQA4PwEADD9BACA/QQA0P0EACD+BABw/gQAwP4EABD/BABg/wQAoKgCALCLAAAwygAA4KYAAACpAQDQeAIA8CoDAEArAwCQKwMA4CsDADAsAwCALAMA0CwDANAHBQAAjAAAYNsAAGCEAgAQ4wcAIBcAAEAMCQCQDAkA0H8AAJCBAgDggQIAsGcBAOBjAgDQfwAA4OsBAIB0AQAQTQwAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBwDQAAEG0AAJCBAgDggQIAsGcBAOBjAgDQfwAA4OsBAIB0AQAQTQwAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCgqAIA8KgCAADKCADQGwoAMOIGAECjAwCQgQIAcCgIAPC1CQBAtgkAQAwJAJAMCQBwDQAAkNcBAODXAQBgGAoAsBgKAAAZCgBQGQoA8IgJAECJCQCQiQkAQBUKACDfBQBw9gcAIAsCAJDXAQDwbwQAMKcAALCGAABwDQAAEFICAOACCQCQ1wEA8LUJAEC2CQBADAkAkAwJANAbCgCQgQIA4IECALBnAQDgYwIA0H8AAODrAQCAdAEAIN8FAOCmAADgpgAAkFYFAOBWBQAwVwUAgFcFACCaBACQ1wEAMMoAAMDnBwCwZwEA4GMCABBNDABATQkAcA0AABBSAgBgUgIA4OsBAIB0AQBAowMAoEgDAKDvAQCwZwEAAGgBANDiAQCQ1wEA0BsKANBDBQDwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAIHIEAIAsAwDQLAMAIC0DAHAtAwDALQMAEC4DAGAuAwCgUgMA8FIDAMB6BgAQewYAYHsGALB7BgAAfAYAUHwGAADrCgDgpgAAUAAAAAAAAACwZwEAUAAAAJDXAQDwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAIHIEAIAsAwDQLAMAIC0DAHAtAwDALQMAEC4DAADrCgAwMgwAEEUAANARCgBwSQoAcA0AABBSAgAA6woAkPwEAOD8BAAw/QQAgP0EAND9BAAg/gQAsJIIAACTCABQkwgAINkBALBnAQAgCwIA4BMCACDfBQBw3wUAwN8FABDgBQCQ1wEAAOsKAOCmAABQAAAAkNcBAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAgcgQAgCwDANAsAwAgLQMAMMoAALBnAQDA5QQAwEQAAJDXAQDQEQoAcEkKAHANAAAQUgIAkNcBAKCGBgDwhgYAQM0LAHBEAACQ/AQAkIECAHAoCACQRwoAwBwAABAdAABgHQAAsB0AAAAeAABQHgAAkCEDAOAhAwAwIgMAsIYAAACHAAAQ9AAAkIECAOCBAgCwZwEA4GMCANB/AADg6wEAgHQBABBNDAAg3wUAIAsCAJDXAQAgDQoAsFIHALCLAABwDQAAkNcBAPC1CQBAtgkAkLYJAOC2CQBg7gEAgLALAMA/CgCgSAMAoIYGAHANAACQ1wEAkEcKAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AAJAhAwDgIQMAMCIDALCGAAAAhwAAEPQAAJCBAgDggQIAsGcBAOBjAgDQfwAA4OsBAIB0AQAQTQwAIN8FACALAgCQ1wEAIA0KALBSBwCwiwAAcA0AAJDXAQDwtQkAQLYJAJC2CQDgtgkAYO4BAICwCwDAPwoAoEgDAJDXAQCQRwoAwBwAABAdAABgHQAAsB0AAAAeAABQHgAAkCEDAOAhAwAwIgMAsIYAAACHAAAQ9AAAkIECAOCBAgCwZwEA4GMCANB/AADg6wEAgHQBABBNDAAg3wUAIAsCAJDXAQAgDQoAsFIHALCLAABwDQAAkNcBAPC1CQBAtgkAkLYJAOC2CQBg7gEAgLALAMA/CgCgSAMAAAAAANB/AAAw4gYAgOIGAECjAwDQoAIAIAsCAIBQDAAAaAEA0OIBAKC7CAAAjAAAYNsAAGCEAgCgqAIA8KgCAADKCABQyggAwBwAABAdAABgHQAAsB0AAAAeAABQHgAA0BsKAJCBAgDggQIAsGcBAOBjAgDQfwAA4OsBAIB0AQCwiwAAYAgBAOCmAADgiwIAIIAAAMDnBwAQ5gkAcA0AAMAcAAAQHQAAYB0AALAdAAAAHgAA4BMCAACMAABg2wAAYIQCACCiAQBwDQAA0KACALDAAgDQzAgAIM0IAHDNCADAzQgAEM4IAGDOCABwywoAoKMCABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAOBDCQAwRAkAkPwEAOD8BAAw/QQAgP0EAND9BAAg/gQAsJIIAADrCgBQCQsAoIYGALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAcKYCADAyDAAQRQAA0JcLACCYCwDwiAkAIMIJAHDCCQDwtQkAQLYJAHAXAADQGwoAkIECAOCBAgCwZwEA4GMCANB/AADg6wEAgHQBABBNDADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAIHIEAIAsAwDQLAMAIC0DANAbCgDQGQIAYNsKADAyDACwZwEAoEgDAPBIAwBgCAEAsAgBAGAIAQCgkAYA0BYAAIB0AQBAowMAkKMDAPAQBADgpgAAYAICAOAODAAwDwwA0HgCAPAqAwBAKwMAkCsDAOArAwAwLAMAgCwDANAsAwDQBwUAAIwAAGDbAABghAIAoCEMAMAcAAAQHQAAYB0AALAdAAAAHgAAoIYGALCLAADQfwAAgGAGANCgAgCwUgcAMMoAANAWAADQoAIAwOcHAHBJCgBwDQAAEFICAIB0AQDQdAEAwBgJABAZCQBgGQkAsBkJADA8BwCAPAcAYNsAAGCEAgBgCAEAwHcEAEA7AgBQKwIAoCsCAKCGBgCQ1wEAIA0KALCLAADQfwAA0BEKACASCgBwEgoAwBIKABATCgBgEwoAsBMKAAAUCgDwyAoAEKgLAKCGBgCQ1wEA8IgJACDCCQBwwgkAoBkKAHANCgCgSAMAEG0AAODrAQCAdAEAEE0MAKCGBgCQ1wEAsIYAAACHAABwRAAAkPwEAOBjAgCQ1wEAAOsKAJD8BADg/AQAMP0EAKCGBgCQ1wEA0NIHACDTBwBwRAAAIGMEAMDnBwBwSQoAcA0AABBSAgBgUgIAkIECAOCBAgCwZwEA4GMCANB/AADg6wEAgHQBAOCmAAAAAAAAgHQBANCgAgCgqAIA8KgCAADKCADQEQoAcEkKAHANAAAQUgIAcA0AAJDXAQDQGwoAkIECAOCBAgCwZwEA4GMCANB/AADg6wEAgHQBABBNDADwiAkAQIkJAJCJCQBwlQkAwJUJABCWCQDQBwoAcFUIAMBVCAAgoQIAcKECABD0AABg9AAAsPQAAAD1AABQ9QAAoPUAAPD1AADgJQQAIAsCAOATAgAgiwQA0BkCAOACCQCQRwoAwBwAAHANAADAkwEAAG0BACDfBQCAdAEAgHQBAJDXAQDQEQoAcEkKAHANAAAQUgIA4OcAAPAeCgAAwAMAAOsKACBjBABwYwQAsIsAAKCGBgCQ1wEA4NcBAGAYCgAgCwIAkNcBAAAAAACwhgAAsIsAAACMAABAFQoAkNcBAODXAQAw2AEAgNgBANDYAQDQFgAAIBcAAEAMCQCQDAkAcA0AAJAkAACgmgEA8JoBAECbAQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAKCjAgAQgwMAALAJAFCwCQCgsAkA8LAJAECxCQCQsQkA4LEJADCyCQDQ0gcAINMHACCLBABwiwQAwIsEAJDXAQDQGwoAEKgLAEAVCgCQ1wEA8G8EAEBwBACQcAQAcOMLAMDjCwAggAAAILoHAJDXAQDQBwoAcFUIALBnAQAAaAEA0BkCAHANAADQoAIAoKgCAPCoAgAAyggAUMoIAMAcAAAQHQAAYB0AALAdAAAAHgAAwCsFAJDXAQDQGwoAkIECAOCBAgCwZwEA4GMCANB/AADg6wEAgHQBABBNDADg1wEAYBgKACALAgCQ1wEA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEACByBACALAMAcA0AAMAcAAAQHQAAYB0AALAdAAAAHgAAwCsFABAsBQAQHQAAYNsAAGCEAgDAHAAAEB0AAGDbAABghAIAAOkMAFDpDABggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAAD5AQAgCwIA4BMCADAUAgCARgwAcA0AAMAcAADgagoAoBcCAOD6BgAw+wYAkNcBAJBHCgDAHAAAEB0AAGAdAACwHQAA4KYAAFArAgDA5wcAcEkKAHD2BwBwDQAAwBwAAAD5AQCghgYAIAsCAIBQDACQgQIAcCgIAMAoCABgAgIAoAgMAACMAABg2wAAYIQCAGD1CQBgAgIA0BYAALCLAABwRAAAMMoAACDfBQAgCwIAUCsCAKArAgAAjAAAYNsAAGCEAgAA6QwAUOkMAPC4CwBAuQsAkLkLAAAAAAAAAAAAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDQoAIAoKMCABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDAMCHAwAA6woAMDIMABBFAABATQkAkE0JAKCGBgBQAAAAcFUIALBnAQAAaAEAcEQAAJDXAQCwhgAAIAsCAIB0AQDQoAIAwAgAAMDnBwAQ6AcAYOgHAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBADgQwkAMEQJAIBECQAA6woAMDIMABBFAACQAwMAsFIHAABTBwBQUwcAoFMHAPBTBwDQkQcAIA0KAPCGBgCwiwAAYAgBALAIAQCQAwMAsFIHAABTBwBQUwcAoFMHAPBTBwDQkQcAIA0KAPCGBgCwiwAAYAgBALAIAQAACQEAkNcBANDSBwCQfwkA4H8JANAWAABg6AIAAGgBANDiAQCwiwAAAIwAAGAIAQDQiAEAoEgDAMCTAQAAbQEAIN8FABDjBwCQ1wEAIA0KALCLAADQFgAAYOgCALCLAACghgYAkNcBADDKAADA5wcAsGcBAOBjAgAQTQwAAOsKACBjBABAFQoAsGcBAABoAQDQ4gEAkNcBAADrCgBQCQsAkGoKAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBADgQwkAMEQJAIBECQAA6woAMDIMABBFAACQAwMAsFIHAABTBwBQUwcAoFMHAPBTBwDQkQcAIA0KAPCGBgCwiwAAYAgBALAIAQAgDQoA0HMMACB0DABwdAwAwHQMABB1DABgdQwA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEAPAhBwAg3wUA4KYAAFArAgCgKwIAAIwAAOATAgCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4HsDAFAUCgCgFAoA8BQKANCECgDA5wcAsGcBAOBjAgAQTQwA4NcBAOAkAABwRAAA4KYAAMDnBwCwZwEAAGgBANDiAQCQ1wEAkEcKAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AANAbCgBAzQsAsGcBAJDXAQCQgQIAcCgIAMAoCABA1AkAAG0BACDfBQCwZwEA4GMCABBNDADQFgAAIBcAABAwAQCQJAAAYBgKALAYCgAAGQoAUBkKAOCwCgAAjAAAYNsAAGCEAgAwkgEAMP8HAID/BwDQ/wcAIAAIAHAACADAAAgAAAAAAOCVAgAwlgIA8LUJAEC2CQBwFwAAwF0FABBeBQAQFAkAYBQJALAUCQDg1wEAsGEHAABiBwBQYgcAIN8FACALAgCQ1wEAIA0KAHANCgAgCwIA4BMCAKBOAgBwRAAA8AgCACALAgBATQkAkE0JAOBNCQAwTgkAgE4JAAAAAACQgQIA4IECAEA7AgAAAAAAIAsCAJB/CQDgfwkAAAAAAKCGBgCwUgcAAFMHAFBTBwCgUwcA8FMHADB9BwCAfQcA0H0HACB+BwDgpgAAUCsCAKArAgBwRAAA0BYAACAXAAAQMAEAkCQAAGAYCgCwGAoAABkKAFAZCgDgsAoAAIwAAGDbAABghAIAYAICAKAhDADADQAAMHgHADC3CQCwYQcAwBsLAIAtAgCQ1wEA0BsKANBDBQCQgQIA4IECADCCAgBAowMAoIYGAJDXAQAgDQoAsFIHAABTBwBQUwcAoFMHAPBTBwDQkQcAQE0JAJBNCQCQgQIAsGcBACALAgCgowcAEOMHAGAIAQCgkAYA0BYAADDKAAAg3wUAIAsCAFArAgDQ5AkAAGgBANDiAQCQ1wEA8G8EAEBwBACQcAQAcOMLAMDjCwAQ5AsAYOQLALDkCwAA5QsAkNcBANDSBwCQfwkA4H8JADCACQCAgAkA0IAJACCBCQCQRwoAUHcLACBjBADgKQoA0BkCAOACCQDQ4gEAkNcBAPCICQAgwgkAcMIJAEBNCQCwZwEAwOUEAMBEAAAQRQAA0JcLAJDXAQDwtQkAQLYJAJC2CQDgtgkA0NIHAJB/CQDgfwkA0BYAAGDoAgAAaAEA0OIBAJDXAQAg3wUAIAsCAJDXAQBgCAEA0IgBAKBIAwDwLQAAAKkBANB4AgCQJAAAsGEHANDiAQCwhgAAIAsCAOATAgAgCwIA4BMCACCLBADQGQIA4AIJACANCgCwUgcAAFMHAFBTBwCgUwcA8FMHANCRBwDQBwoAgDMBANAzAQCQgQIAsGcBAKCGBgCwiwAAIN8FACDfBQBwRAAAgHQBABBNDABwDQAAwJMBAJDXAQAgDQoAsFIHAABTBwBQUwcAoFMHAPBTBwDQkQcA8LUJAEC2CQCQtgkA4LYJADC3CQCAtwkA0LcJACC4CQAgDQoAsFIHAABTBwBQUwcAoFMHAPBTBwDQkQcAQE0JAJBNCQCghgYAUAAAAHBVCACwZwEAAGgBAIB/BQDQfwUAIIAFAHCABQDAgAUAEIEFAGCBBQCwgQUAAIIFAFCCBQCwZwEA0H8AADDiBgCQ1wEAAOsKAOCmAABQAAAA0KACAKCzCwCQ1wEAQFoLAHAzDADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQA4OcAAAAAAAAAwAMAcKILAGAYCgAgCwIAcEQAAJD8BACQgQIAcCgIAJDTBQBAFQoAkNcBANDSBwAg0wcAcNMHAMDTBwAQ1AcAYNQHAJDXAQDwiAkAoKMCABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDAMCHAwDgewMAgH8FANB/BQAggAUAcIAFAMCABQAQgQUAYIEFALCBBQAAggUAUIIFAKCoAgDwqAIAMB8GAEBaCwCwiwAAsD8BAMA/CgCgSAMAEFICAJD8BAAAaAEA0OIBAJDXAQAgDQoAsFIHAGAIAQDAdwQAsGcBAPAhBwBAIgcAkCIHAOAiBwAwIwcAgCMHANAjBwAgJAcAcCQHAMAkBwAQJQcAYCUHALAlBwAAJgcAUCYHAKAmBwDwJgcAQCcHACALAgDgEwIAMBQCAIBGDABwDQAAwBwAADCSAQBwRAAA4KYAAFAAAADQoAIAAAAAAIB0AQBwDQAA0KACAAAAAACwhgAAAIcAAGDoAgAQywEA0KACAAAAAADg6wEAgHQBABBNDAAA6woAUAkLAJBqCgDwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQA4EMJADBECQCARAkAAOsKAOCmAABQAAAA0KACAAAAAACAdAEAcA0AANCgAgAAAAAAkEcKAMCTAQAQlAEA0KACAAAAAADQFgAA0BYAALCLAACAfwUAcEQAAJD8BAAg3wUAEOMHAJDXAQDQ0gcAINMHAHDTBwDA0wcAENQHAGDUBwAAAAAAcEQAAHBEAABQAAAA4KYAAACpAQDQeAIA8CoDAEArAwCQKwMA4CsDADAsAwCALAMA0CwDADC0DABwVQgAwFUIABBWCADg5wAAADgEAHBJCgBwDQAAEFICAJDiCgDQ0gcAINMHACCLBABwiwQAwIsEAJDXAQAgDQoA8IYGAJDwCwDg8AsA4OsBANB/AAAwlwEAwBwAAJBHCgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAADQGwoA0BkCALCGAACAdAEAoIYGAJDXAQDwtQkAQLYJAJC2CQDgtgkA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEAOBDCQAwRAkAgEQJACALAgDgEwIAMBQCAIBGDABwDQAAwBwAALCLAAAAjAAAYNsAAGCEAgCwiwAAAIwAAGDbAADQOwgAIDwIAHAXAAAAAAAAAAAAAAAAAADglQIAMJYCAICbAgBAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAgcgQAgCwDANAsAwAgLQMAoIIFAPCCBQBAgwUAkIMFAOCDBQAwhAUAAAAAAAAAAADglQIAMJYCAICbAgBAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAgcgQAgCwDANAsAwAgLQMAoIIFAPCCBQBAgwUAkIMFAOCDBQAwhAUAMMoAALBnAQAAaAEAsIsAAACMAABg2wAAYIQCAAAAAAAAAAAAAAAAAAAAAAAAAAAA0BYAALCLAABwRAAAYAICAOAODAAwDwwA0HgCAPAqAwBAKwMAkCsDAOArAwDw4AsAQOELAJDhCwDg4QsAMOILAIDiCwDQ4gsAIOMLAKCjAgAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAMIYDAICGAwDQhgMAIIcDAHCHAwDAhwMA4OcAACDfBQBwDQAAkNcBAEBNCQAAjAAAYNsAAGCEAgAAAAAAAAAAAAAAAADgAgkAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQAwQgEAAAAAAAAAAAAAAAAAsD8BAMA/CgAg3wUAEOMHAJDXAQDQ0gcAINMHAHDTBwDA0wcAENQHAAAAAACwiwAAAIwAAODrAQCwZwEAAGgBAIAtAgDQcwwAAIcAANDiAQBwDQAAEG0AAIC7AACQJAAA4OsBANB/AACAuwAAkNcBANAbCgDg6wEA0OIBAKC7CACQ0wUAEE0MAMDnBwDQFgAAsIsAALA/AQDAPwoAAAAAANAWAACQ1wEA0NIHACDTBwDA5wcAsIYAAHANAAAQbQAAgGAGAHANAADAkwEAAG0BACDfBQAQ4wcAsIsAANDSBwCAUAwAsHwKALBhBwCwhgAAcEQAANB/AADQGQIAAAAAACDfBQCQ1wEA0NIHACDTBwCgTgIA8E4CAHANAAAQbQAAgGAGANAWAAAgFwAA0KACADBACACAQAgA0EAIACBBCABwQQgAwEEIABBCCABgQggAsEIIAABDCABQQwgAsIsAAIB/BQDQfwUAIIAFAHCABQDAgAUAEIEFAGCBBQCwgQUAAIIFAFCCBQDg1wEAMNgBAIDYAQDQ2AEAkJsBAKCjAgAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAMIYDAICGAwDQhgMAIIcDAHCHAwDAhwMAoKgCAPCoAgAAyggAUMoIAKDKCADwyggAQMsIAJDLCADg1wEAsGEHAABiBwBQYgcAIN8FACALAgCQ1wEAIA0KAHANCgAgCwIA4BMCAKBOAgBwRAAA8AgCACALAgCAPAcAcAsCANAZAgCQ/AQAIN8FABDjBwCgFwIAMOIGABBNDAAAjAAAYNsAAGCEAgAg3wUAIN8FAIB0AQCQ1wEAAOsKAJD8BADg/AQAMP0EAKCGBgCQ1wEAIN8FAHD2BwBwRAAAkNcBADDKAADA5wcAsGcBAOBjAgAQTQwAMMoAAND2AQCwZwEAwOUEAJD8BAAAaAEA0OIBAJDXAQDg1wEAYBgKACALAgCQ1wEA0BsKABCoCwBgqAsAIN8FAHDfBQDA3wUAEOAFAJDXAQDwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAIHIEAIAsAwDwiAkAIMIJAHDCCQDwtQkAQLYJAJC2CQDgtgkA0BsKAJCBAgDggQIAsGcBAOBjAgDQfwAA4OsBAIB0AQAQTQwAcPcBAMD3AQDQ0gcAINMHAAAAAACwhgAAsIsAAHANAAAQUgIAkNcBAADrCgCQ/AQA4PwEADD9BACghgYAkNcBACDfBQBw9gcAcEQAAJDXAQDQGwoAkCQAAHBEAADgAgkAEOsJANAWAACwiwAAsD8BANCgAgBwpgIAkPwEAOD8BAAw/QQAgP0EAND9BAAg/gQAsJIIANAbCgAwGgsAAAAAALCGAACwZwEAIAsCAIBQDAAAaAEA0OIBAJDXAQDQGwoA0EMFAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAgcgQAgCwDABBNDAAAjAAAYNsAAGCEAgCgrQwAkPwEAOD8BAAw/QQAgP0EAND9BAAg/gQAcIIIAMCCCAAQgwgAYIMIALCDCAAAhAgAUIQIAKCECADwhAgAQIUIAJCFCADg5wAAMMoAAND2AQCwZwEAwOUEABDkAQAgCwIA4BMCACCLBADQGQIA4AIJADAaCwAAAAAAsIYAALBnAQAgCwIA4BMCACCiAQCghgYA4OsBAOCmAACQ1wEA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEACByBACALAMAIN8FAODrAQBwRAAA0H8AALBnAQAAaAEAkNcBACCiAQCghgYA4OsBAOCmAACQ1wEA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEACByBACALAMAkNcBAEBNCQCAsAsAAEABAFBAAQDATgoAEE8KAGBPCgCwTwoAAFAKADDKAADA5wcAEOYJANAWAACQ1wEAAOsKACBjBABAFQoAsGcBAABoAQDQ4gEAkNcBAADrCgBQCQsAkGoKAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEAHANAACQ1wEA8G8EAEBwBAAAsAkAULAJAKCwCQDwsAkAQLEJAJCxCQDgsQkAMLIJAICyCQDQsgkA0BsKADAaCwAAAAAAsIYAALBnAQAgCwIA4BMCACCaBACQ1wEA4NcBACALAgCgowcAYAgBAJDXAQAA6woAMDIMABBFAACwhgAAAIcAAJCwCgDgsAoAAIwAAIB0AQBAFQoAsGcBAABoAQDQ4gEAkNcBACANCgDwhgYAkPALAODwCwDg6wEA0H8AADCXAQDAHAAA0BsKADAaCwAAAAAAsIYAALBnAQAgCwIA4BMCANAbCgDQQwUA0NIHACDTBwBwDQAAwA0AAHD2BwAgCwIA4KYAALCLAADg1wEAIAsCAKCjBwBgCAEAkNcBAPCICQDA5QQAcA0AAJDXAQDQBwoAgDMBAIBQDABAngMAwHcEAEA7AgBAFQoAkNcBAODXAQAw2AEAIIAAACC6BwDwCAIAIAsCAEAVCgCQ1wEAIN8FACALAgCQ1wEAkEcKAMANAABw9gcAIAsCAOCmAACwiwAAcEQAANB/AACAYAYAoIYGACALAgCAUAwAAGgBAJAkAABgGAoAkNcBAEBNCQCQTQkA4E0JABAwAQCQJAAAYBgKALAYCgAAGQoAUBkKANB/AACwZwEAAPkBANB/AADAywoA0P4IACD/CAAAaAEAYGMKACBjBADgKQoAEDkCAHANAACAdAEA0H8AANAZAgDgAgkA0BEKAHBJCgBwDQAAEFICAJDXAQDwtQkAoBcCAPAXAgBAGAIAcBcAAMBdBQAQXgUAEBQJAGAUCQCwFAkAABUJAFAVCQCgFQkAwBwAABAdAABgHQAAsB0AAAAeAABQHgAAYAgBANCIAQCgSAMA4OsBADC/CwDA5wcA0H8AAJCBAgCwZwEAAGgBAFDrCgAwAwkAgAMJANADCQAgBAkAcAQJAMAECQAQBQkAYAUJALAFCQAABgkAUAYJAKAGCQDwBgkAcA0KAKCyBwDwsgcAQLMHALCGAACghgYA0NIHACDTBwAgiwQAgGAGAJDXAQCwhgAAoIYGAAAAAAAg3wUAkNcBAADrCgCQ/AQA4PwEADD9BACA/QQA0P0EAMDnBwBQAAAAAPkBANAWAACwiwAAcEQAADDKAAAg3wUAIAsCAFArAgAA+QEA0OIBAKC7CADwuwgAQLwIAJC8CADgvAgAML0IAOATAgBwDQAAwJMBAMAcAABwDQAA0KACANDiAQCguwgA8LsIAEC8CACQvAgA4LwIADC9CACAvQgA0L0IACC+CABwvggAwL4IAODXAQBgGAoAIAsCACDfBQAgCwIAkNcBAJBHCgDAHAAAEB0AAGAdAACwZwEA4KYAALCLAADwtQkAQLYJAJC2CQDgtgkAUCsCAEBxCAAgFwAAMMoAAMDnBwBwSQoAcA0AABBSAgDgAgkAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAGBeBQCwXgUAAF8FAFBfBQCgXwUA8F8FANAbCgCAYAYAoIYGACALAgDgEwIAcA0AAMCTAQCQ1wEA4NcBAGAYCgCwGAoAABkKAHDfBQDA3wUAEOAFAJDXAQAA6woA4KYAAFAAAACQ1wEA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEACByBACALAMA0CwDACAtAwBwLQMAwC0DANB/AACwZwEAsIsAAACMAABg2wAAYIQCADCSAQAw/wcAgP8HAND/BwAgAAgAcAAIAMAACACwiwAAYAgBAFAAAABwVQgAIAsCAHALAgBAOwIAQBUKAJDXAQDg1wEAMNgBAIDYAQCw9QkAAPYJAPCICQBAiQkAkIkJAPC1CQCgFwIA8BcCAEAYAgDQ0gcAINMHAHANAADADQAAgHQBALCGAABwRAAAkPwEACDfBQCghgYAsIsAANAWAACgFwIA8BcCAEAYAgDwtQkAQLYJACALAgCQ1wEAkEcKAMAcAAAQHQAAYB0AANAWAACgFwIA8BcCAEAYAgDQBwoAgDMBANAzAQCQgQIAsGcBAKCGBgCwiwAA4KYAAMDnBwCQ1wEA0BEKAHBJCgBwDQAAEFICAJDXAQDwiAkAIMIJAHDCCQBQKwIAQHEIACAXAAAwygAAIN8FADA9CwCwhgAAUAAAAJDXAQDg1wEAMNgBAIDYAQCw9QkAAPYJANDYAQBg6AIAIN8FAGACAgDgDgwAwOcHANB/AAAQqAsA0BYAALCLAACQ0wUAcA0AAGACAgDAGgwAEBsMACALAgDgEwIAcA0AAMANAACAdAEAkIECAHAoCACghgYA8IYGAIBgBgCghgYAIAsCAOATAgBwDQAAwJMBAMAcAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA0KACAKCoAgCgFwIA8BcCAEAYAgBA6QgAkOkIAODpCAAw6ggAgOoIANDqCAAg6wgAcOsIAMDrCAAQ7AgAYOwIALDsCAAA7QgAUO0IAKDtCADw7QgAQO4IAJDuCACQ1wEA4OcAAPAeCgDADQAAMHgHAIB4BwDQeAcAIHkHAPAgCACwMgkAADMJAFAzCQAQ6wkAYNsAAGCEAgBATQkAcA0AABBSAgBgUgIA4OsBAIB0AQBAowMAoEgDAKDvAQCQ1wEA0BsKANBDBQDwtQkAsIsAADDKAACQ1wEA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEACByBACALAMA0KACADCSAQAw/wcAgP8HAND/BwAgAAgAcAAIAMAACAAQAQgAYAEIAPAHCAAAAAAAAAAAAAAAAACADggA0A4IACAPCABwDwgAwA8IABAQCABgEAgAsBAIAAAAAAAAAAAAABEIAFARCACgEQgAIJsDAPCvBQBAsAUA4NcBAGAYCgCwGAoAABkKANCgAgDgewMAMHwDAMDdDAAQ3gwAYN4MALDeDADQfwAA4OsBAIB0AQAQTQwA4NcBALBhBwAAYgcAUGIHAPC1CQBAtgkAkLYJAOC2CQAwtwkAgLcJANC3CQAguAkAsIsAANAWAAAgFwAAsIsAANAWAADQFgAAIBcAALCLAADQFgAAcEQAANCgAgCgqAIA8KgCAADKCABQyggAoMoIAPDKCABAywgAkMsIAODXAQCwYQcAAGIHAFBiBwAg3wUAIAsCAJDXAQAgDQoAcA0KACALAgDgEwIAoE4CAHBEAADwCAIAIAsCAEAVCgCQ1wEAQFoLANCgAgAAAAAAkNcBAODrAQAw7AEAkCQAAJAkAADgJAAAAIwAAIBQDAAAaAEA0OIBAJDXAQAA6woAkPwEAOD8BAAw/QQAoIYGAJDXAQAg3wUAcPYHAHBEAACQ1wEA0BsKAJAkAABwRAAA4AIJABDrCQCghgYA0HMMAIB0AQAQTQwA0BYAACAXAAAQMAEAkCQAAGAYCgCwGAoAABkKAFAZCgDgsAoAAIwAAGDbAABghAIAoKgCAPCoAgAAyggAYAgBALAIAQCQYQkA4GEJADBiCQCAYgkA8LUJAKAXAgDwFwIAQBgCAKCGBgCgqAIA8KgCAADKCABgCAEAsAgBAJBhCQDgYQkAMGIJAIBiCQDwtQkAoBcCAPAXAgBAGAIAoIYGAGAIAQCwCAEAkGEJAOBhCQAwYgkAgGIJANAHCgAgCAoAIIAAAFArAgAAlgUAwMsKAKC7CACAdAEA0HQBAHAUAwDAFAMAkNcBALCGAAAgCwIAgHQBANDSBwAg0wcAcA0AAMANAACAdAEAkIECAHAoCADwiAkAQJ4DAJCeAwDgngMAMJ8DAICfAwCQ1wEAQE0JAJBNCQBwRAAAIGMEAEAVCgCQ1wEA4NcBAGAYCgAgCwIAkNcBANAHCgAgCAoAIIAAAFArAgAAlgUAwMsKAKC7CACwhgAAAIcAAHBEAACQ/AQA4PwEADD9BACwiwAAAIwAAGDbAABghAIAgHQBANB0AQBwFAMAwBQDAJDXAQCQRwoA4EcKAOCmAADA5wcAkNcBAODXAQCwYQcAAGIHAFBiBwBAWgsAkFoLANDiAQCguwgAYAgBAJDXAQCwZwEAAGgBAJDXAQDQGwoAEKgLAEAVCgCQ1wEAIN8FAJAkAACQ1wEAAOsKADAyDAAQRQAAYEUAAMANAABw9gcAIAsCAOCmAACwiwAAgHQBANB0AQDgpgAA4IsCAHC4CQDAuAkAQBUKAJDXAQDwiAkAQIkJAECVDACQlQwA4JUMADCWDACAlgwAEE0MAKCGBgCQ1wEA0OIBAKC7CABgCAEAAOsKADAyDAAQRQAA0OIBAKC7CABgCAEAcA0AAJDXAQDQGwoAkIECAOCBAgCwZwEA4GMCANB/AADg6wEAgHQBACANCgAgCwIAgFAMAJCBAgBwKAgAwCgIAJDXAQDg1wEAYBgKALAYCgAAGQoAUBkKAODXAQBgGAoAIAsCAJDXAQAgogEAoIYGAODrAQDgpgAAcBYLACAXAAAQMAEAkCQAAGAYCgCwGAoAABkKAFAZCgDgsAoAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOCmAAAwpwAAoEQCAPBEAgBARQIAoIYGALCLAACQJAAAkCQAAGAYCgCwGAoAABkKAFAZCgDgsAoAAIwAAGDbAABghAIAIBwKAHBEAACQ/AQAsHwKAKCaAQAggAAAILoHALCGAAAgCwIAAOsKAFAJCwCQagoA4NcBALBhBwDAGwsAgC0CANBAAwAgQQMAcEEDAMBBAwAQQgMAYEIDALBCAwAAQwMA4OsBADC/CwDQ0gcAINMHAHANAADADQAAgHQBAJCBAgBwKAgAoIYGANCgAgDQFgAAIBcAABAwAQAQ7gEA0EQJACBFCQBwRQkAwEUJADDiBgCA4gYA0OIGAADrCgBQCQsAkGoKALCGAAAAhwAAkLAKAOCwCgAwsQoAgLEKANCxCgAgsgoAcLIKAMCyCgDg1wEAgEYMAACHAACQ/AkAcEQAAJD8BAAg3wUAEOMHAHBEAADgAgkA0BYAAHANAAAAbQEAIN8FABDjBwCgSAMA8EgDANDSBwAg0wcAAAAAALCGAACwZwEAIAsCAOATAgAgDQoAIAsCAIBQDACQgQIAcCgIAJDXAQDg5wAAEOQBAGDkAQDQeAIA8CoDAEArAwCQKwMA4CsDADAsAwCALAMA0CwDANCgAgDQ0gcAINMHAAAAAACwhgAAsGcBACALAgDgEwIAIJoEAJDXAQBgCAEAsAgBAJBhCQDgYQkAMGIJAIBiCQDQBwoAgDMBANAzAQCQgQIAsGcBAKCGBgCwiwAAcA0AAJDXAQDQBwoAIAgKACCAAABQKwIAAJYFAMDLCgCguwgAcA0AAFAAAAAwPAcAgH8FAJAkAACgmgEA8JoBAECbAQBAWgsAcA0AABBSAgDgAgkAMAMJAKCQBgCwPwEAwD8KANCgAgDQ4gEAYAgBAKCQBgDQFgAAcEQAANB/AADQGQIAkPwEACDfBQAQ4wcAkNcBAODXAQAw2AEAgLsAAIB0AQBwDQAAwBwAAJDZCQDQ/ggA4OsBAHBxBQDQGQIA0H8AADDiBgCQ1wEAQE0JAACMAABg2wAAYIQCADDiBgDQoAIAUCsCANDkCQAg5QkAcOUJAMDlCQCwZwEA4GMCADBkAgCAZAIAsIsAANB/AABAzQsAkNcBACDfBQBw9gcAcEQAAJDXAQAg3wUAkCQAAJDXAQBgCAEAoJAGAPCQBgCwCAEAIAsCAACMAABgCAEA0IgBACCJAQCgFwIA4PoGAOACCQCghgYAkNcBAODrAQBAFQoAkNcBANAbCgAQqAsAIBcAABAwAQDARAAAEEUAANCXCwCQ1wEA0AcKAIAzAQDQMwEA8DwKAEA9CgCQPQoA0OIBACDjAQAg3wUAMD0LALD1CQAA9gkAcA0AAEDUCQAwrQkAgK0JAJDXAQDg1wEAMNgBACDgCQBw4AkAwOAJABDhCQBg4QkAsOEJAADiCQBQ4gkA0AcKACAICgBAOwIAQNQJAMAcAABATQkAAIwAAGDbAABghAIA4KYAAOCLAgBAVAwA0OIBAMDnBwAQ6AcA8IgJAECJCQCQiQkAcJUJAMCVCQCAMgwA4BMCACCLBACAYAYAkNcBAAAAAACQAQoAkNcBAMDnBwDQfwAAEKgLAKCGBgCAdAEAEE0MAKCGBgBATQkAgLALAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAGACAgDQoAIAUAAAAKAAAAAgxAIAcMQCAMDEAgDw7gIAQO8CAJDvAgDg7wIAMPACANAbCgDQGQIA0BsKANAZAgAAAAAAMAwKAJDXAQCghgYAULIHAABJDABQSQwAoEkMAPBJDADQoAIA4OsBAEAVCgBwRAAA4AIJAKCjAgDA5wcA0H8AAEA7AgDA5wcA0H8AADCXAQCQ1wEA4NcBADDYAQCA2AEA0NgBAACMAABg2wAAYIQCAAAAAADQFgAAcEQAANB/AAAQywEAkNcBAEBNCQAAjAAAYNsAAGCEAgAg3wUAcPYHAACHAACQsAoAIA0KALCLAABwRAAA4AIJAIB/BQBwRAAA4AIJANB/AABAOwIA4BMCACANCgCwiwAAcEQAAOACCQCAfwUAcEQAAOACCQBwDQAAAG0BAFBtAQCgbQEA8G0BAKDiCQDw4gkAkNcBAODrAQBAFQoAkNcBAJBHCgAAbQEAUG0BAKBtAQDwbQEAUAAAAIAzAQDQMwEAYAgBANCIAQCgSAMAwBwAABAdAADgEwIAIKIBADCoBACAfwUAcEQAAJD8BAAg3wUAYAgBAMB3BACwZwEAAGgBAHALAgAggAAAsIsAAODrAQDQfwAAIIAAAFArAgCQ1wEA4OcAAGAIAQCwCAEAcA0AABBSAgCQ1wEA0NIHACDTBwCgTgIAwHEKANAWAABwRAAAkNcBAPBvBADgiwIAcLgJAMC4CQAQuQkAgHQBANB/AAAwlwEAEFICAADAAwDQBwoAgDMBANAzAQDwPAoAQD0KAJA9CgDgPQoAkNcBAPBvBABAcAQAsHsLAAB8CwBQfAsAoHwLAPB8CwBAfQsAkNcBADDKAACwZwEAwOUEAMBEAACQ1wEAQE0JAICwCwDAPwoAEEAKABDmBADwbwQAQHAEAPC4CwDgpgAAsIsAAHANAADAkwEAYAICAKAIDADwCAwAwD8KABBACgCwZwEAwOUEAOACCQCghgYAkNcBADDKAACwZwEAwOUEAMBEAACQ1wEA8G8EAEBwBADwuAsAQLkLALCGAADg6wEAcEQAAOACCQBwUwoAwFMKAEDTCgCQJAAAoJoBAPCaAQBAmwEAcA0AACBECgBwRAoAwEQKABBFCgBgRQoAIN8FACDfBQAwPQsAAOsKAJD8BADg/AQAMP0EAKCGBgCQ1wEAIN8FAHD2BwBwRAAAkNcBAPCICQBAiQkAIN8FAJAkAACwiwAAoIYGALCLAACghgYAkNcBAADrCgCQ/AQA4PwEADD9BACA/QQA0P0EACD+BACwkggAIE4KAHBOCgBwDQAAEFICAADrCgCQ/AQA4PwEADD9BACghgYAkNcBACDfBQBw9gcAcEQAAJDXAQDwiAkAQIkJAHCmAgDQ0QgAoOsKABBUCgBgVAoAsFQKAABVCgBQVQoAoFUKAPBVCgBAVgoAkFYKAOBWCgDQYQoAIGIKAHBiCgDAYgoAcKYCAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EALCSCACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA0BsKAJAkAABwRAAA4AIJABDrCQAA6woAUAkLAJBqCgDg6wEAML8LANAbCgAQqAsAYKgLAPCICQBAiQkAQJUMAJCVDADglQwAEKgLAOCmAACwiwAAIN8FAJAkAACQ1wEAQE0JAACMAABg2wAAYIQCAJDXAQDwtQkAQLYJAJC2CQDgtgkAYO4BAICwCwDAPwoAoEgDAEBNCQCAsAsAwD8KAKBIAwDwtQkAQLYJAHAXAABATQkAAIwAAGDbAABghAIAAIwAAGDbAABghAIAsIsAALBnAQCQgQIAcCgIAJDXAQCwhgAAAIcAAIC1AQDQtQEAILYBAHC2AQDAtgEAELcBAGC3AQCwtwEA0HAKACBxCgBwcQoAkNcBALCGAAAAhwAAMMoAAND2AQAg9wEA4AIJAKCGBgCQ1wEAQE0JAICwCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCQJAAA4CQAAACMAABg2wAAYIQCANDiAQAg4wEAoIYGAJDXAQDwtQkAQLYJAJC2CQDgtgkAYO4BAICwCwAg2QEAcNkBAMDZAQAQ2gEAkNcBAJBHCgDgRwoA4KYAAOCmAACwiwAAcA0AADDKAADQ9gEAMJcBAJDXAQDwtQkAQLYJAJC2CQDgtgkAYO4BAICwCwAg2QEAcNkBAMDZAQAQ2gEAYNoBAICwCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBg6AIAAAAAANAWAABg6AIAsOgCAADrCgBQCQsAkGoKAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEACANCgBwDQoAoLIHACDfBQBw3wUAwN8FANAHCgCwZwEAAGgBAJBHCgBQdwsAoHcLAEA7AgDQ0gcAINMHACCLBABwiwQA4EcKAOCmAADgpgAAsIsAALCLAADg6wEAML8LANAbCgDg6wEAgHQBANDSBwAg0wcAIIsEAIBgBgCQ1wEA0AcKAIAzAQDQMwEA0B8LACAgCwBwIAsAwCALABAhCwAg3wUAkCQAAJDXAQCwhgAAAIcAAJCwCgDgsAoAMLEKAICxCgDQsQoAILIKAPC1CQDgzQEAsCACAJD8BACwiwAAcA0AAJDXAQAg3wUAkCQAAJDXAQCwhgAAAIcAAJCwCgDgsAoAMLEKAICxCgDQsQoAILIKAPC1CQDgzQEAsCACANAWAAAgFwAAMB8GALCLAABwRAAAsBECAAASAgBQEgIAAP8AAJDXAQAg3wUA4OsBACCiAQAwqAQAgH8FAHBEAACQ1wEA0BEKACASCgBwEgoAwBIKAPC1CQBAtgkAcBcAANAbCgDQGQIAIBoCAHAaAgDAGgIAEBsCAGAbAgCwGwIAoIYGALCLAACQJAAAsGEHAMAbCwCwiwAAoIYGAJDXAQBgCAEAoJAGAHBEAADARAAAcEkKAKCGBgCQ1wEAEE0MAKCGBgCQ1wEAIFkJACDfBQBw3wUAcEQAAJD8BAAg3wUAEOMHANCgAgCwhgAAAIcAADDKAACAygAAcAsCAEDNCwDg5wAAMMkBACBZCQBwWQkAIN8FABDjBwCQ1wEA0BsKANBDBQAgWQkA0BYAACAXAAAwHwYAsIsAACBZCQBwWQkAkIECAOCBAgAwggIAgIICAPCICQBAiQkAUGgBACDfBQAwPQsAoCsCADDKAACwZwEAwOUEAMBEAAAgYwQAkH8JAHBEAADARAAAQBUKAHD3AQDA9wEAEPgBAGD4AQCw+AEA4NcBADDYAQAw4gYAcA0AAPC1CQBg6AIA0BsKAEClCwCQpQsA4KULADCmCwCApgsAAGgBANDiAQDQoAIA0OIBANDiAQAgCwIA4BMCANDiAQDQ/ggA0BkCAOACCQCwiwAAAIwAAGDbAABghAIAUAAAABDdCABg3QgAcEQAAFDrCgCg6woAEPkKAGD5CgAQigsAYIoLALCKCwAAiwsAcA0AAJDXAQDg1wEAMNgBAIDYAQDQ2AEA0NIHACDTBwBwDQAAIEQKAIB0AQBwRAAAkNcBAJBHCgDgRwoAEIoLAGCKCwCwigsAAIsLAJBHCgDAHAAAMOMKAIDjCgDQ4woAkNcBACDfBQAA6woAUOsKAJDnCgDg5woAMOgKAIDoCgDQ6AoAIOkKAJDXAQAg3wUAgHQBAIB0AQAQTQwAgH8FAHBEAACQ/AQAAGgBAPAAAADAjgsAcA0AAJDXAQCQ4goA4OIKAAAAAACQ4goAcEQAALCGAABQAAAA4KYAADCnAACgRAIA8EQCAEBFAgBgCAEAsAgBAJBhCQDgYQkAMGIJAIBiCQDQfwAAQDsCAKCGBgCwUgcAMMoAANAWAADgpgAAMKcAAKBEAgDwRAIAQEUCAHBEAADgAgkAcFMKAPCCCgBAgwoAkIMKAOCDCgAwhAoAgIQKAMAcAABwDQAAAAAAAAAAAAAAAAAA8G8EAEBwBACQcAQAQPEKAJDxCgDg8QoAcA0AAMANAACAdAEAEE0MAGACAgCAdAEA0HQBAHABDAAAaAEAkCQAADDKAADQ9gEAQDsCAKAIDAAAjAAAYNsAAGCEAgCghgYAsIsAAODrAQAw7AEAEAcCACBjBADgKQoAMCoKAJBHCgDgRwoAsGcBAMDlBADgAgkAcFMKANCgAgAA6woAUOsKAKDrCgAQ+QoAYPkKALD5CgAA+goAUPoKAODXAQAw2AEAgNgBANDYAQBwwwMAwMMDABDEAwDgdQkAkH8JAEBuBgCwUgcAcPYHAHBEAACQ1wEAAAAAALCLAAAAjAAAYNsAALDbAAAAAAAAAAAAAAAAAABQBAsA4NcBALBhBwAAYgcAUGIHADCSAQCQJAAAoJoBAPCaAQDglQIA0KACAIAVCwDQFQsAYI8LALCPCwDwCAIAIBYLAADAAwBQAAAAoAAAAPAAAAAAwAMAgBULANAVCwAAwAMAcEQAAPAIAgAgFgsAAMADAAAAAACQ1wEAAOsKADAyDACwZwEAoEgDAPBIAwBASQMAUOsKAKDrCgAQVAoAYFQKALBUCgAAVQoAUFUKAKBVCgDwVQoAQFYKAJBWCgDgVgoA0GEKACBiCgBwYgoAwGIKABBjCgBQKwIA0OQJAKCGBgDQFgAAoBcCAEDNCwBQcAMAoO8BAPDvAQDg5wAAMMkBABCpBQDgiwIAcLgJAMC4CQAggAAAIAsCAKCjBwBwDQAAwJMBAABoAQBg6AIAoEgDAKDvAQAQ5gkAoIYGAJDXAQDwiAkAQIkJAHBEAADgAgkAcFMKAMBTCgBw3wUAwN8FALBRCABwRAAAsBECACDfBQAQ4wcAkNcBAJBHCgDAHAAAMOMKAIDjCgDQ4woAAPkBANB/AAAw4gYAgOIGANDiBgDwbwQA4IsCAHC4CQDAuAkA4OsBANB/AAAggAAAAAAAAAAAAAAAAAAA4OsBADC/CwCQJAAAYBgKACALAgDgEwIA0BsKADDiBgCA4gYAwAgAABAJAADQEQoAcEkKAMBJCgDQfwAAkCQAAHBEAADgAgkAEOsJAJDXAQDQGwoAMOIGAIDiBgDACAAAEAkAANARCgBwSQoAwEkKAEBNCQDQfwAAIIAAAMDnBwDACAAAEAkAANARCgBwSQoAwEkKAEBNCQDQfwAAIIAAAMDnBwDACAAAEAkAANARCgBwSQoAwEkKAECjAwAAaAEAAG0BAABoAQAwPAcAcKwLAMCsCwAQrQsAYK0LAAAAAADg1wEAMNgBAIDYAQDwNgsAQDcLAJDXAQAA6woAUOsKAKDrCgBA0woAUCsCAAAAAACQ1wEAAOsKAFDrCgCg6woAQNMKAJBHCgDgRwoAsGcBAMDlBADgAgkAcFMKANAHCgAgCAoAsOAKAODXAQAw2AEAgNgBAPBvBADgiwIAMIwCAOCmAACwiwAAkNMFAIB0AQAQTQwAoIYGABAICwBgCAsAsAgLAAAJCwBQCQsAoAkLACANCgDQcwwAIHQMAHALAgDQGQIAkPwEACDfBQAQ4wcAAPkBAGAIAQBwDQAAAAAAAJDXAQAA6woAUOsKAKDrCgBA0woA0AcKACAICgCw4AoA4NcBADDYAQCA2AEAkEcKAOBHCgCwZwEAwOUEAOACCQBwUwoAYAICABDLAQBwRAAAsIYAACALAgDgEwIAQFoLAFAAAACgAAAAIMQCAHDEAgDAxAIAEMUCAEBNCQCAsAsAINkBAHDZAQDA2QEAENoBAGDaAQCA4gEAkNcBANDSBwCQfwkA8G8EAEBwBACQcAQA8LUJAKAXAgDwFwIAAAAAAEBaCwCQWgsAcDMMAODXAQAw2AEAgNgBAEDZCQDQBwoAIAgKALDgCgDQoAIAwDgMABAICwBgCAsA0KACAEBNCQCQ0wUA4NMFAEDNCwBQcAMAwBwAAKCGBgDQoAIAsGcBAABoAQCQJAAAYBgKAGCEAgDglQIAMJYCAADrCgBQ6woAoOsKAEDTCgCQ0woA0NIHAJB/CQDgfwkA4NcBADDYAQCA2AEAsPUJAAD2CQAQ9QkAQE0JAACMAABg2wAAYIQCAGD1CQDQ2AEAcMMDAMDDAwAQxAMAoDMJAICwCwDA3QwAEN4MAGDeDACw3gwA0AcKAIB0AQAQTQwA0H8AADCXAQDAHAAA0NIHACDTBwBw0wcAgBQCAEBaCwCwsgEAALMBADCSAQDA5wcAEOYJAJDTBQDQ9gEAQDsCANAWAABg6AIAAGgBANDiAQDglQIAMJYCAADrCgBQ6woAoOsKAEDTCgCQ0woA0NIHAJB/CQDgfwkAEFICAGBSAgAQqAsAoIYGAPCGBgBAOwIAoIYGAAD5AQAg3wUAcPYHALCLAAAAjAAAYNsAAGCEAgBQqQEAoKkBAIB0AQAQTQwAcEQAAOACCQAA6woA0H8AADCXAQCAFQsAsGcBAOBjAgCghgYAkNcBAODXAQAw2AEAgNgBANDYAQCQRwoA4EcKAOCmAADgpgAAsIsAAHANAADAkwEAkCQAAIBGDACQAAsA4AALADABCwCAAQsA0AELAEBaCwCQWgsA4FoLAFB3CwAghAsAcIQLAMCECwAQhQsAcAILAMACCwAQAwsAkNcBAJDXAQDQoAIAYAgBAGAIAQDAdwQAQDsCAEAVCgCQ1wEAEMsBAGDLAQCwywEAAMwBAFDMAQCgzAEA0BYAALCLAABwRAAA0JcBAKCGBgBQAAAAMDwHAKCGBgBwRAAA0H8AADDiBgCQ1wEAAOsKAFDrCgCg6woAQNMKAJB/CQDgfwkAkNcBAODXAQAw2AEAgNgBANDYAQCQRwoA4EcKAOCmAADgpgAAsIsAAHANAADAkwEAkCQAAIBGDAAAjAAA4BMCADDKAADQ9gEAMJcBALCLAAAAjAAA4BMCAADrCgBQ6woAoOsKAOCmAAAAqQEAUKkBAKCpAQCAdAEAEE0MAHBEAADgAgkAAOsKAFDrCgCg6woA0BsKAEClCwCQpQsA4KULADCmCwCApgsA0KYLACCnCwBwpwsA0KACAAAAAAAAAAAA4NcBADDYAQCA2AEAsPUJAAD2CQBATQkAAIwAAGDbAABghAIAMJcBAICXAQDQlwEAIJgBAHCYAQDAmAEAEJkBAHANAABw9wEA0BYAAJDXAQBATQkAAIwAAGDbAABghAIAwDkGABA6BgBgOgYAsDoGAAA7BgBQOwYAoDsGAPA7BgDQFgAAoIYGAFCyBwAAaAEA0OIBANCgAgBATQkAgLALANCwCwAgsQsAcLELAMCxCwBwDQAAsD8BANB/AAAgbAUAUAAAAIB0AQDg6wEAIN8FACALAgBQKwIAoCsCAODnAACA1QkA0NUJACDWCQAwrQkAgK0JABD1CQCwiwAAAIwAAGDbAABghAIAYPUJAHBEAACwEQIAABICAFASAgBwywoAoIYGALCLAABwywoAAP8AALCLAAAAjAAAYNsAAAD5AQBQ+QEAoPkBAPD5AQBA+gEAAPkBAJAkAACgmgEA8JoBADCtCQCArQkAcPcBAHD3AQCwiwAA0H8AABCoCwDgpgAAIAsCAOATAgAgiwQA0BkCAJD8BAAg3wUAEOMHALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAEG0AANAZAgCQ/AQAoEgDAJAkAACwYQcAsIsAAKCGBgCghgYAsIsAAFAAAAAwPAcAcKwLAMCsCwCwiwAA0BYAAOCmAABAFQoAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBQAAAAUAAAAIB0AQBAowMA4KYAAOCLAgDQGQIAkPwEACDfBQAQ4wcA4KYAAACpAQDQeAIAcOMLAOACCQCwPwEA8L8JAEDACQCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA0BYAACAXAAAwHwYAcEQAACBjBADgKQoAEDkCAHANAAAAbQEAsIsAANAWAABwRAAA4KYAAACpAQDQeAIA8CoDAEArAwCQKwMA4CsDADAsAwCALAMA0CwDANAHBQAgCAUAcAgFAMAIBQAQCQUAYAkFALAJBQAACgUAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgAgkAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAHBEAADQfwAAsGcBAABoAQCwiwAAAIwAAIB0AQDQfwAAgLsAAACHAACQ/AkAwOcHABDmCQCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAQKMDAABoAQBg6AIAwOUEAJD8BADQfwAAMOIGAECjAwCwLwIA0H8AANAZAgCQ/AQAIN8FABDjBwCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBANAZAgDQfwAA0H8AACCAAABwgAAAwIAAABCBAABggQAAIAsCAOATAgBwDQAAwA0AAHD2BwAgCwIA4KYAALCLAACQJAAAoJoBAPCaAQAwrQkAgK0JALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA0OIBAKC7CADwuwgAIKIBAKCGBgDg6wEA4KYAAOCmAAAAqQEA0HgCAPAqAwBAKwMAkCsDAOArAwAwLAMAgCwDANAsAwDQBwUAIAgFAHAIBQDACAUAEAkFAGAJBQCwCQUAAAoFALBnAQDgYwIAMGQCAIBkAgDQZAIAIGUCAHBlAgBwDQAAEFICAGBSAgDQGQIA4AIJALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBAPAKCgBACwoAsIsAALA/AQDA3QwAEN4MAGDeDACw3gwAAN8MAFDfDACg3wwAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEA8AoKAEALCgDgpgAAAKkBAFCpAQCgqQEAgHQBABBNDABwRAAAkPwEACDfBQAQ4wcAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEA8AoKAEALCgCQ/AQA4PwEADD9BACA/QQA0P0EACD+BABw/gQAoF8KAPBfCgBAYAoAkGAKAOBgCgAwYQoAgGEKAOBBAQDwCgoAQAsKALCGAAAAhwAAkPwJAMDnBwAQ5gkAgH8FAFArAgCgKwIAoIYGAFCyBwAg3wUAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEA8AoKAEALCgBwDQAAoFIDAPBSAwAQTQwAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQDwCgoAQAsKAFBwAwCgcAMA8HADAEBxAwCQcQMA4HEDADByAwCAcgMA0HIDACBzAwBwcwMA4EEBAPAKCgBACwoAkCQAAIB0AQBAFQoAMMoAAND2AQBAFQoAcA0AAKBSAwDwUgMAEE0MALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEA8AoKAEALCgDQdwMAIHgDAHB4AwDAeAMA0KACAMBEAAAgCwIAoKMHADDKAACQ1wEAQE0JAICwCwAg2QEAcNkBAMDZAQAQ2gEAYNoBAAAAAACQ1wEA0NIHACDTBwCgTgIAwHEKABByCgBgcgoAsHIKAJBHCgBwFgsAwBYLABAXCwBgFwsAsBcLAAAYCwCQRwoAcBYLAMAWCwAQFwsAYBcLALAXCwAAGAsAQE0JAICwCwAg2QEAcNkBAMDZAQAQ2gEAYNoBAEBaCwBwMwwA0BsKADAaCwAgugcAsIYAANB/AADQGwoAMBoLACC6BwCwhgAA0H8AADDiBgCQ1wEAQFoLAHAzDADAMwwAEDQMAGA0DACwNAwAADUMAFA1DACgNQwAsIYAAIB0AQCAdAEAkNcBACANCgBwDQoAwA0KABAOCgCwfAoAkCQAAOAkAAAAjAAAgFAMAABoAQDQ4gEAkNcBAPCICQDA5QQA4AIJADADCQBwDQAAsIsAAJAkAABwRAAAkNcBAPBvBABAcAQAkHAEAHDjCwDA4wsAEOQLAGDkCwCwZwEA0OIBAMDnBwAQ6AcAkNcBAPBvBABAcAQAkHAEAHDjCwDA4wsAEOQLAGDkCwCAuwAAcA0AAMAcAACghgYAkNcBAODrAQBAFQoA0KACALCyAQDAMwwAkE0JAKCGBgCQ1wEAIN8FAJAkAACQ1wEA8IgJAECJCQDQFgAAsIsAAACMAACQ1wEAQE0JAICwCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAkEcKAFB3CwCgdwsAsFICAABTAgCQ1wEAAOsKACBjBADgKQoAMCoKAIAqCgBAWgsAkFoLANAbCgDg6wEAIN8FAJCBAgBwKAgAQE0JAICwCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAMMoAAND2AQAwlwEAkNcBAADrCgAwMgwAEEUAAJADAwBwDQoAIAsCAOATAgCgTgIAcEQAAJDXAQDwbwQA4IsCAEBUDACQVAwA4FQMACDfBQCQJAAAkNcBAADrCgAwMgwAEEUAAODXAQBgGAoAgHQBAIB0AQDQdAEAMMoAALBnAQAAaAEA0OIBAJDXAQBATQkAgLALAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBALCGAAAgCwIAgFAMAABoAQDQ4gEAkNcBANARCgAgEgoAEKgLAKCGBgCAdAEAQKMDAABoAQDQ4gEAkNcBACDfBQCQJAAAkNcBAADrCgAwMgwAEEUAAABiDABQYgwAoGIMAPBiDABAYwwAkGMMAOBjDAAwZAwAgGQMANBkDAAgZQwAcGUMAMBlDABw9wEAwPcBALCeCwAQqAsAIBcAABAwAQDARAAAEEUAANCXCwCQ1wEAQE0JAICwCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAIN8FAOCmAADgpgAAkFYFAOBWBQAwVwUAgFcFACCaBAAwSAoAgEgKANBICgAgSQoA0KACAAAAAAAAAAAAAAAAAJDXAQDwtQkAMLQMAIC0DADQtAwA8IgJAECJCQBAlQwAkJUMAOCVDAAwlgwAgJYMANAbCgCAYAYAoIYGAEAVCgDQfwAAQDsCANAWAACQ1wEA0BsKAIBgBgCghgYA0AcKANAWAAAwtAwAgLQMANC0DADwiAkAQIkJAECVDACQlQwA4JUMADCWDACAlgwA0BsKAIBgBgCghgYAcA0AABBSAgBgUgIAMOIGAIDiBgDQ4gEAoLsIAGAIAQCQ1wEA8IgJAECJCQBAlQwAkJUMAOCVDAAwlgwAgJYMAODrAQAw7AEA8HgFAJCwCgCAdAEAEE0MAPCICQBAiQkAQJUMAJCVDADglQwAMJYMACDjAQCQ1wEA0OIBAKC7CADwuwgA8LUJADC0DACAtAwA0LQMAPCICQBAiQkAQJUMAJCVDADglQwAMJYMAICWDABQAAAAgDMBANAzAQCQgQIAsGcBAKCGBgCwiwAAAIwAAEDUCQAQUgIAIGMEAOApCgDQGQIA4AIJANDiAQBAFQoA0KACANB3AwAgeAMAcHgDAMB4AwAwygAAsGcBAMDlBADARAAAkNcBAEBNCQCAsAsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAcKYCANDRCACg6woA8AQLADDYAQCA2AEA0NgBAHD3AQDA9wEAAOsKAFAJCwCQagoA0NIHACDTBwAAjAAAkH8JAOB/CQCQ1wEA0AcKACAICgCw4AoAUAAAAGAIAQCQ1wEAQE0JAACMAABg2wAAAAAAAGCEAgCwewsAEBQEAMB3BAAQqAsAoIYGAJDXAQDg1wEAMNgBAIDYAQDQ2AEAMMoAALBnAQDA5QQAwEQAAJDXAQBATQkAgLALAMA/CgAQQAoAEOYEAPBvBABAcAQA8LgLAJABCgDgAQoA4AEKAEBLCwAwkgEAMP8HAID/BwDQ/wcAAGMLAFBjCwBQAAAAgDMBANAzAQDwPAoAQD0KAJA9CgDgPQoAkNcBAPBvBABAcAQAsHsLAAB8CwBQfAsAoHwLAPB8CwBAfQsAQKMDALB8CgAAfQoAgH8FAEAVCgDgpgAAMKcAANDiAQAg4wEA0H8AADAyDAAQRQAA0JcLACCYCwDQGwoAIBwKAHAcCgAA6woAUOsKAKDrCgDwBAsAMNgBAIDYAQCw9QkAAPYJAFAJCwCQagoAkEcKAMAcAACwiwAAAOsKADAyDAAQRQAA4NcBAIBGDADQRgwAIEcMAHBHDACQRwoAUHcLAKB3CwCwUgIAAFMCAJDXAQAA6woAIGMEAOApCgAwKgoA0NIHACDTBwBAWgsAIAsCAJB/CQDgfwkAkNcBAGAIAQDAdwQAkIECAHAoCABgGAoAIAsCAJDXAQBgCAEAsAgBACALAgDgEwIA8IgJAECJCQCQJAAAYBgKACALAgBgCAEAwHcEANAZAgCQ/AQAIN8FALCLAACAfwUAkFYFAHBEAACQ/AQAIN8FABDjBwCQ1wEA4NcBADDYAQCA2AEA0NgBAODXAQBgGAoAIAsCAJDXAQAA6woA0H8AADCXAQAwMgwAEEUAANCXCwAgmAsAcJgLAGCZCwCwmQsAAJoLAODXAQAw2AEAgNgBAPA2CwBANwsAkNcBAADrCgBQ6woAoOsKAKCjAgAQgwMAALAJAFCwCQCgsAkA8LAJAECxCQCQsQkA4LEJADCyCQBQQwMAoEMDALB7CwAAfAsA4JACADCRAgAQTQwAgJcBABALDQBgCw0AEFICAEAVCgBAFQoAEJQBADAxDQBQGg4AoIYGAHA6AACwCw0AAAwNADAxDQBQ8wwA8EYAALBkDgBQGg4AoIYGAFAaDgBQGg4AoIYGADAxDQDwFQ4AUBoOALBkDgDQ4gEAEB0AAAD/AACwZA4AAP8AADAsDQAwLA0AoIYGALCLAAAAHgAAAP8AACC8AAAgmgQAUO4MAFDuDABQGg4AIJoEAFAaDgAw4woAIA8NAHAPDQAQeQ0AEAsNAGALDQBAsg0AsGQOAMAIAAAwMQ0AIA8NAHAPDQAA/wAAIAUNAOD4DQAw+Q0AAEMNANDiAQAwLA0AoC8NAPAvDQAQCw0AYAsNAACxDQBgCAEAcDMMADAsDQCACQ0AMCwNABDjBwAQeQ0AMDENAKDKDQBQGg4AwAgAAMAIAADAGQ0AEBoNAGAaDQCwZA4AcA0AAKCGBgDA5wcAoIYGAMAZDQAQGg0AkEkNAAD/AADAGQ0AEBoNAJBJDQAQHQAAEAsNAGALDQBAGAIAkNcBACDCCQAwMQ0A0KACAHBEAAAwLA0A4GMCAKCGBgAwMQ0AYAwCACAPDQBwDw0AMCwNAIAODQDQDg0AIA8NAGDnDQAgDw0AYOcNADAsDQBwHg0AsBoNAAAbDQAgBQ0AsBoNAAAAAACQ1wEAwBkNABAaDQDAGQ0AEBoNAMAZDQAQGg0AwA8NABB5DQBwTw4AwE8OAGACAgCADg0AIAUNACAPDQBwDw0AYAICAKCGBgCQ1wEAsGQOAJDXAQAAUQ4AYBUNADAsDQAwMQ0AMDENAADAAwAAwAMAAMADANCgAgAw4gYAML8LAKD4BwAwvwsAYOQLAGDkCwBwRAAAYHcKAGDxDQDg5wAAcA0AAHANAADQIg0AMMoAAODnAAAwLA0AcA0AADDKAAAwLA0AMCwNADAsDQAwLA0AMCwNACAFDQAgBQ0AMCwNADAsDQAwLA0AMCwNADAsDQAwLA0AIAUNACAFDQAgBQ0AMCwNADAsDQAwLA0AIAUNACAFDQBwKA0AIAUNACAFDQAwLA0AIAsCADD/BwCQ1wEAcA0AAHANAAAwLA0AMCwNAIB0AQAwLA0AwBkNABAaDQDQoAIAMDENALBkDgBwDQAAYC4NAJDXAQBwsgoAwBwAAEAVCgDA5wcA0BYAAKCGBgBAUwgAoIYGAED9DQAwMQ0A8D0OADAsDQBwDQAAsDkCADDKAAAwygAAMMoAALBkDgAwygAAEBYCAMAYDgDQEg4AIBMOAEA1DQCwZA4AUAAAANAWAACwiwAAUPMMAEAVCgDw4w0AUAAAAMAYDgDACAAAwAgAAMAIAAAQtQ0AMDENAFDzDAAQUgIAQBUKAMA8DQAASAMA4DADAODGDQCwyQgAAGUOAIBgBgAgBQ0A4PgNADD5DQAQLgMAwBkNABAaDQCQSQ0A4EkNACAFDQCwZA4AwHIEALB0DQAgBQ0AMCwNADAsDQDAGQ0AEBoNADAsDQCgLw0A8C8NAMANAAAwMQ0AUPMMALBkDgCQ1wEAMDENADAsDQCgLw0A8C8NAJDXAQDQcQQAENgNACBZCQCwZA4AIP4EALBkDgCwkggA0FkNADAxDQDwQw0AcEQAALBkDgAQUgIAEE0MADAxDQDwFQ4A4OcAABDYDQAAZQ4AMCwNAKAvDQAAZQ4AMCwNALB0DQCAYgkAcKgAACAFDQDg+A0AMPkNAMAZDQCQ8w0AkOIKAJCyDQBQ8wwAcA0AAAD/AABQSA0AcK8NAHBEAABwRAAAIAUNAOD4DQAw+Q0A8EMNAHBEAABwRAAAcEQAAHBEAADw/QwA4FMNAJBqCgCAWQ0AMDENADAsDQCgLw0A8C8NAABcDQCwlgQAUPMMAHDCCQAAZQ4AMCwNAABlDgAwLA0AMGgNAIBoDQDQaA0AsIsAAMBBDQAQQg0AYEINALBCDQCQtw0AMGgNAIBoDQDQaA0A8P0MAMAnBAAgBQ0A4PgNADD5DQDwQw0A8OMIALBkDgAQUgIAQBUKALBkDgAQ2A0AUPMMAADAAwAgLQMA4AIJADAsDQCgLw0A8C8NANBZDQAAHgAAIAUNAOD4DQAw+Q0AsGQOANCgAgDwQw0AENkHAHBEAABwRAAAoGYNAPBmDQBAZw0AIP4EAKBmDQAwLA0AsAUOACAFDQAAZQ4AMCwNAKAvDQAAZQ4AEE0MAJDXAQAwLA0AoC8NAPAvDQDgZQUAMDENAPAVDgCwZA4AUBkKADAxDQCwZA4AwCsFADAsDQAgBQ0AAGUOACAPDQBwDw0AoIYGANCzDQAwaA0AgGgNANBoDQAwLA0AoC8NAPAvDQDAPA0AEFICABBNDAAwLA0AsE8KALBkDgAQTQwAkNcBAFDoDQCghgYAkIECADAsDQCgLw0A8C8NAPD9DAAA/wAAMDENALBkDgBQCQsAUPMMAEDUCQAgBQ0AMCwNACAFDQAwLA0AAGUOAABlDgAAZQ4AMCwNADAsDQAwLA0AoC8NAPAvDQAwLA0A0CwNAABqDgAwMQ0AAGoOAKBmDQAwLA0AIAUNAOD4DQAw+Q0AIAUNAOD4DQAw+Q0AsGQOAJD9DQAQ6wkAsGQOABBNDACwZA4AoHwGAFDzDACQ1wEAIJoEAAD/AACwZA4AsGQOABBSAgCwZA4AEFICALBkDgAQUgIAAGUOADAsDQCgLw0A8C8NABBNDAAwLA0AoC8NAPAvDQAwMQ0AAAAAAPAVDgCQagoAIAUNAOD4DQAw+Q0AUEwOALBkDgDAGA4AcEQAADAsDQCgLw0A8C8NADAxDQAwMQ0AMCwNAKAvDQDwLw0AgGAGALD7DQAA/A0AkEkNAEAVCgAQTQwAMDENALBkDgDw4w0AEFYIAPD9DACwZA4AEOMHABB5DQDAGQ0AEBoNACAPDQBwDw0AIAUNAOD4DQAw+Q0AcEQAADAxDQCwZA4A0CwDADAsDQAwLA0AoC8NAPAvDQCghgYAAB4AADAsDQAwLA0AoC8NAPAvDQAwWA4AAAAAACAFDQDg+A0AMPkNADAxDQDwQw0AUPMMADAxDQCw6AcAENgNAFDzDAAACQEAAAAAALBkDgAQ2A0AUPMMAAAJAQDQnw0AIAUNAOD4DQAw+Q0AUPwNANAsDQCwZA4AEOMHADAsDQCgLw0A8C8NALBkDgBAFQoA8NkNAJDXAQCAqQ0AMCwNAODnAACAeAcAcEQAAPA9DgBAFQoAIJoEALBkDgAAjAAA8OgNAHBEAABgdA0AkNcBAJDXAQAwMQ0AkEkNAAD/AAAQeQ0AkNcBAACxDQDA5QQA8EMNAGB0DQAAaAEA0J8NACCgDQCghgYAAAAAAAAAAAAAAAAAsGQOABDYDQAAAAAAAAAAAAAAAAAAsQ0AAP8AALBkDgDAGA4AENgNAKCGBgAwLA0AsHQNALB0DQAwLA0A0CwNAOCVAgBAXA4A4PgNADD5DQDwQw0AMCwNANAsDQAAwAMAIAUNAADAAwCwiwAAcEQAANBgBgCwZA4A0H8AANBgBgAAZQ4A4LwNAGB0DQDAGQ0AEBoNAMAPDQDwQw0AsGQOAEAVCgAwLA0AsGQOANAsAwCQ1wEAMDENANAsAwAwLA0AoC8NAPAvDQCAwg0A0MINAADAAwAAwAMAsGQOANAsAwDQLAMA0HEEAFDoDQBQ8wwAAAAAALBkDgCwZA4AsIsAAJD9DQCQ1wEAsGQOAKDKDQDACAAA8BUJANDiAQCwzg0AAM8NAFAAAABQAAAAIP4EADAxDQCQ1wEAsGQOALBkDgDQFgAAIAUNAOD4DQAw+Q0AQHENAFAZCgAQLgMAMCwNAKAvDQDwLw0AQFoLAMAZDQCQ8w0AsOcNAKDKDQAQ4wcAoMoNAKDKDQCghgYA0BYAAMAZDQCQ8w0AEBoNACAFDQAwMQ0AoMoNAPDKDQBAyw0AoNQNALD2DQAwLA0A0CwDADAxDQCwAQgAQAgIAAAAAACgtg0A8LYNAAAAAAAAAAAA8BEIAJCwBQBQGQoAMDENALBkDgCwZA4A8OgNAHBEAAAwMQ0AsGQOAHAzDAAwMQ0AAP8AAJDXAQAwLA0AoC8NAPAvDQCwZA4AkNcBALBkDgCQ1wEAsGQOAAD/AACwZA4AAP8AAJDXAQCwZA4AwAgAALBkDgDACAAAMCwNAKAvDQDwLw0AsGQOAHAzDAAA/wAAUPMMAHANAABwDQAAUPMMABBNDACQ/Q0A0KACACAFDQDg+A0AMPkNADAsDQCgLw0A8C8NAJDXAQDgEwIAsGQOAJDXAQCwZA4AMDENAGDYDQCQ1wEAkNcBACCaBADAKAgAMDENAMAIAACwZA4AsGQOAJDXAQAgDw0AcA8NAJBJDQBwMwwAEEAKADAxDQBwRAAAkIECAHBEAAAwLA0AoC8NAPAvDQAwMQ0AcPANAKCGBgBAFQoA4D0KANCgAgAAMw4AkPMNAJCbAQCQ1wEAAAAAAAAAAABg5w0A4O4NADDvDQCA7w0AsGQOADAsDQCgLw0A8C8NAJDXAQDACAAAAMADAADAAwDg5wAAkNcBACAFDQCQ1wEAMDENANCgAgAwMQ0AgPACAMAYDgDAGA4AQFoLADAxDQCwZA4AkNcBAMAZDQAQGg0AMCwNAKAvDQDwLw0AMCwNAJDXAQCghgYAsGQOAKCGBgDQ7w0AoOIJABDjBwDACAAAUMADAIBEDgBAuQsA4OcAALBkDgAgDw0AcA8NALBFCgAAMw4AkIkJAJDXAQAwAw4AkNcBAJCJCQDQHA4A0AMOABBjCgCwsgEAIAUNAOD4DQAw+Q0AkNcBALBkDgCwZA4AMCwNABBSAgAQUgIAMCwNADAsDQCghgYA0BMNACAUDQDQCA4AoCANACAFDQAwLA0A0CwNAHDjAQDQGwoAwJMBALAaDQAgBQ0AsOgCALCyAQDQcQQA8LIHABDgBQDQ4gEAcEQAAMCLBACghgYAsGQOABBNDAAQLQ4AcLIKAAAhAgBwsgoAACECAAAcAgAgWQkAAGUOANCCAgCwZA4AwAgAAJDXAQDwIA0AwBwAALDoAgAAUQ4AkNcBADAxDQAwLA0A4JUCANAcDgDQAw4AUIsLAMAZDQAQGg0AUIsLAJDXAQCQJAAAkCQAANDiAQAA+QEAUO4MAPAaDgDg4goAcMsKAPAVDgCQ1wEAsGQOAJDXAQDAUwoAQAwOAJDiCgCQ1wEAkNcBAJDXAQAw8goAIHUBAGAYCgDQFgAAMCwNANDiAQCAKgoAMDENAJDXAQCQ1wEA0BwOANADDgCwZA4AwBkNABAaDQCQSQ0A4H8JAJDXAQCQ1wEAkNcBAKAECwBwDQAAIA8NADAxDQAQjwsAkCoOAACQCwDgKg4AEHkNAFDuDAAQeQ0AkCoOABB5DQDgKg4AEHkNANAcDgDQAw4AoAYOAFAAAACwUgcAcEQAAOAXDQBwDQAAkNcBAJCJCQDQAw4AkNcBALDnDQBQKwIAkNcBAJDXAQCQ1wEAsGQOABBKCgAQSgoAEEoKABBKCgDQ4gEA0OIBALCtCwCQ1wEAwBkNAIAwDgDQHA4A0KACAJDXAQDQHA4AkNMKAJDXAQBQGg4AMCEOAMAZDQCAIQ4AkNcBAIAmDgDQJg4A0EkOACAnDgCQ1wEAkNcBANAcDgCQ0woAUBoOADAhDgDAGQ0AgCEOAJDXAQDgUAsAUDQNALAaDQDgHA0A4H8JAHDjCwBAGAIAwBkNAKDtDQBQGg4AMDENAIAmDgAwMQ0AsGQOADAxDQDglQIAMCwNANAcDgDQoAIAwBkNAJDzDQBASA4AMCwNANCgAgAQGg0AkEkNAOACCQCwZA4A0BQCAFAAAADQHA4A0KACAHBEAAAwLA0AoIYGAJDXAQDAGQ0AEBoNANBGDADgWgsA0KACANCgAgAwkgEAMJIBADCSAQAwkgEA0KACADAxDQAwkgEAkNcBAJDXAQCQ1wEAAAAAAAAAAADQHA4A0KACAMAZDQAQGg0A0EYMALBkDgCQ1wEAsGQOANAcDgCwZA4A0BwOAABRDgAwMQ0AkNcBAJDXAQDAGQ0AkPMNAEAbDgAwLA0AoC8NAIAODQDA9wEA8BoOAKBRDgDwUQ4AQFIOAJBSDgAwLA0A0CwNAEA8BgAwMQ0AEFUOANCgAgAQTQwAoIYGABDsDQBg5w0AkOIKADAsDQCQ4goAAP8AAPAVDgAA/wAA8BUOACAPDQBg5w0AAP8AAMD3AQAwMQ0AMDENAMD3AQAgBQ0AIAUNACAFDQAwaA0AIAUNACAFDQAgBQ0AIAUNACAPDQBg5w0AIAUNADBoDQAgBQ0A0PkNACAFDQDQ+Q0AIAUNAND5DQCwBQ4A0PkNACAFDQDQ+Q0AIAUNAND5DQCAQA0A0PkNACAFDQDQ+Q0AwEENABBCDQBgGg0AkNcBAJDXAQDQoAIAMDENANAWAACwGg0AIAkOADArDgAwKw4AsBoNAAAbDQAw4gYA8GUOANCgAgDQoAIAcA0AAHANAADANw0AMDENAACzAQAgBQ0AsGQOAOBaCwCwZA4AIAUNAFDzDACwZA4AUPMMACAFDQDg+A0AUPMMAJBrDgDgaw4AIAUNANCgAgBAAg4AMDENAJDXAQCQ1wEAkNcBAMByDgCQ1wEAkNcBAJDXAQDAcg4AkNcBANDiBgDAcg4AsGQOAICWDACQ1wEAkNcBAMByDgAwMQ0AwEENABBCDQBgQg0AIAUNAOBBAQDQHA4A0AMOAMAZDQAQGg0AUBoOADAhDgCQ1wEAMCwNANAsDQDAGQ0AEBoNAJBJDQBAuQsAMAIKAOA+DgCARA4AEE0MALBkDgAw4gYAUEwOADD+DQDQHA4A0AMOAMAZDQCQ8w0AEPUJALBkDgBQ8wwAgCoKANAWAACwZA4AEOMHAMAZDQAQGg0AkEkNAIAVCwBQTA4A8EwOAMAZDQCAMA4A0BwOAEDTCgCwZA4A","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAMAAIADAAAAAwAAgAMAAAABAACAAwAAgAMAAAABAAAAAAAAgAMAAIAAAACAAwAAgAAAAIABAACAAwAAgAAAAIAAAACAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAgAEAAIACAACAAQAAAAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIADAAAAAQAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAAAAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAQAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAAAAAAABAAgAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAQAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAABAAgAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAACAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAACAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAgAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAACAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAACAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAACAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhBAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAABAAAAACAAAAAAEAAAAA6gAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAgAAAAAAAAAAgAAEAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAABAAgAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAABAAgAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAABAAgAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAABAAgAAAAAAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAgAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAACAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAIAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAIAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAQAAAAAAASAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAACAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAEAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAABEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAQAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAACAAAAAAAAABAACAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAACAAAAAAAAAAiAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAACAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAACAAQAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAMgAACAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAACAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAACAAAAAAEAAAAA6AAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAACAAAAAAAAAAAAAMgAACAAQAAAAAAAAEAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAABAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAABA"},"index":{"lists":[[],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,44,49,50,52,53,54,55,56,57,58,59,63,64,68,69,87,90,91,93,104,105,106,107,108,117,126,127,131,134,138,139,146,148,149,150,151,153,155,156,157,160,161,162,163,177],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,44,45,49,50,52,53,54,55,56,57,58,59,62,63,64,68,69,87,90,91,93,104,105,106,107,108,117,126,127,128,131,134,138,139,146,148,149,150,151,153,155,156,157,160,161,162,163,166,167,168,177],[61,133,166,183],[78,79,80,169,170,171,172,173,174,175],[42,43],[157,176],[68,69,85,86,157,162,163],[78,79,80],[41,47,55,56,78,79,80,81,98,107,108,109,113,120,122,127,129,130,131,137,143,144,145,152,177],[18,19,67,112,123],[82,189],[6],[1,7,78,79,80,114,146,150,151,177],[9,78,79,80,84,146,150,151,177],[27,78,79,80,134,146,150,151,161,177],[78,79,80,146,150,151,165,177],[0,2,4,5,16,17,20,21,78,79,80,101,111,134,146,147,150,151,154,158,177,178,181,184,185,188,190],[3,8,11,16,20,21,23,29,32,33,48,51,65,71,72,78,79,80,83,88,91,94,101,110,116,118,119,124,134,141,146,150,151,177,186,191],[78,79,80,146,150,151,177],[78,79,80,146,150,151,177,182],[64,78,79,80,146,150,151,167,177,179,180],[59,66,70,78,79,80,103,135,146,150,151,167,177],[10,29,65,73,78,79,80,93,94,115,146,150,151,177],[4,22,46,78,79,80,146,150,151,177],[10,35,78,79,80,93,146,150,151,177],[12,13,28,39,78,79,80,89,95,96,97,99,100,102,121,125,126,140,142,146,150,151,159,164,177],[7,78,79,80,146,150,151,177],[10,78,79,80,146,150,151,177],[74,75,76,77,92,136,187],[44],[14,15,78,79,80,146,150,151,177],[24],[25,26,30,31],[34,38],[37],[37,52],[40,153],[52,58,168],[52],[57,63,153,168],[60,132],[153],[168],[54,156],[54,156,166],[54,138,139,156],[54,156,157],[54,68,69,156,157,162,163],[54,62,138,139,156],[41,45,49,50,53,54,55,56,107,108,117,127,128,131,138,139,156,177],[1,7,54,138,139,146,148,149,150,151,156,160,177],[54,138,139,146,148,149,150,151,156,177],[27,54,134,138,139,146,148,149,150,151,156,161,177],[2,4,54,134,138,139,146,148,149,150,151,155,156,177],[32,33,54,87,91,134,138,139,146,148,149,150,151,156,177],[54,64,138,139,146,148,149,150,151,156,167,177],[54,59,138,139,146,148,149,150,151,156,167,177],[54,93,138,139,146,148,149,150,151,156,177],[4,54,138,139,146,148,149,150,151,156,177],[54,87,90,93,138,139,146,148,149,150,151,156,177],[39,54,87,126,138,139,146,148,149,150,151,156,177],[7,54,138,139,146,148,149,150,151,156,177],[44,54,156],[54,138,139,146,150,151,156,177],[24,54,156],[25,26,30,31,54,156],[38,54,156],[36,37,54,156],[37,54,156],[37,52,54,156],[40,54,104,153,156],[52,54,58,106,156,168],[52,54,156],[54,57,63,153,156,168],[54,105,156],[54,106,156],[54,153,156],[54,156,168]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,19,19,19,19,20,21,22,23,19,24,25,26,27,19,19,28,19,19,29,0,0,30,31,0,13,14,15,16,17,18,19,19,19,19,19,19,20,21,22,23,19,24,25,26,27,19,19,28,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,35],[10003,36],[8595,35],[10008,37],[10004,38],[8730,39],[10006,40],[8505,41],[9762,0],[9888,0],[8617,0],[10007,42],[10060,42],[9654,43],[65123,43]],"plainDefault":0,"spaced":[44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,45,46,44,44,44,44,44,44,47,44,48,49,44,50,50,50,50,50,50,50,50,50,50,44,44,44,44,44,44,44,51,52,53,52,54,55,52,52,52,52,52,52,52,56,57,58,52,59,60,61,62,52,52,52,52,52,44,44,44,63,64,44,51,52,53,52,54,55,52,52,52,52,52,52,52,56,57,58,52,59,60,61,62,52,52,52,52,52,44,44,44,44,44],"spacedOther":[[160,44],[5760,44],[8192,44],[8193,44],[8194,44],[8195,44],[8196,44],[8197,44],[8198,44],[8199,44],[8200,44],[8201,44],[8202,44],[8232,44],[8233,44],[8239,44],[8287,44],[12288,44],[65279,44],[9676,65],[9679,66],[9135,67],[215,68],[10095,69],[10003,70],[8595,69],[10008,71],[10004,72],[8730,73],[10006,74],[8505,44],[9762,75],[9888,75],[8617,76],[10007,77],[10060,77],[9654,78],[65123,78]],"spacedDefault":44,"blank":44}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[],[15,16,17,19,20,21,22,24,25,26,27,28,31,34,35,37,38,39,40,41,42,43,45,46,50,51,63,64,65,66,72,73,74,75,76,84],[15,16,17,19,20,21,22,24,25,26,27,28,31,32,34,35,37,38,39,40,41,42,43,44,45,46,50,51,63,64,65,66,72,73,74,75,76,84],[44],[57,58,59],[29,30],[50,51,61,62],[28,33,40,41,57,58,59,60,68,75,76,77,80,85],[9,10,49,80],[60],[57,58,59,81],[1,57,58,59,60],[7,8,11,12,57,58,59,71,79],[0,3,7,11,12,14,18,21,22,33,36,47,53,54,57,58,59,60,65,66,71,78,83,85],[48,57,58,59,71],[2,18,47,54,57,58,59,66,82],[13,32,57,58,59],[2,57,58,59,66],[4,18,26,57,58,59,66,67,69,70,71],[2,57,58,59],[55,56,65],[31],[5,6,57,58,59],[17,57,58,59],[57,58,59,64],[46,57,58,59],[43,52,57,58,59],[23,57,58,59],[15],[16,17,19,20],[22,26],[25],[25,37],[27],[37,43],[37],[42,45],[39],[39,44],[39,50,51],[28,32,34,35,38,39,40,41,75,76,84],[21,22,39,63,65,66],[39,66],[32,39],[39,63,64,66],[26,39,63,66],[39,65],[31,39],[17,39],[39,64],[39,46],[39,43],[15,39],[16,17,19,20,39],[22,26,39],[24,25,39],[25,39],[25,37,39],[27,39,72],[37,39,43,74],[37,39],[39,42,45],[39,73],[39,74]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,4,12,13,4,4,4,4,4,4,4,4,14,15,4,16,17,18,4,4,4,19,4,4,20,0,0,21,22,0,4,4,23,4,4,24,4,4,4,4,4,4,4,25,26,4,4,4,27,24,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,28],[9679,29],[9135,30],[215,31],[10095,31],[10003,32],[8595,31],[10008,33],[10004,34],[8730,35],[10006,36],[8505,3],[9762,0],[9888,0],[8617,0]],"plainDefault":0,"spaced":[37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,38,37,37,37,37,37,37,37,37,37,39,38,37,40,40,40,40,40,40,40,40,40,40,37,37,37,37,37,37,37,37,37,37,37,37,41,37,37,37,37,37,37,37,37,37,42,37,43,44,45,37,37,37,37,37,37,46,37,37,47,37,37,37,37,48,37,37,49,37,37,37,37,37,37,37,50,51,37,37,37,37,49,37,37,37,37,37,37,37,37,37,37,37],"spacedOther":[[160,37],[5760,37],[8192,37],[8193,37],[8194,37],[8195,37],[8196,37],[8197,37],[8198,37],[8199,37],[8200,37],[8201,37],[8202,37],[8232,37],[8233,37],[8239,37],[8287,37],[12288,37],[65279,37],[9676,52],[9679,53],[9135,54],[215,55],[10095,56],[10003,57],[8595,56],[10008,58],[10004,59],[8730,60],[10006,61],[8505,38],[9762,62],[9888,62],[8617,63]],"spacedDefault":37,"blank":37}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,5,9],[4,5,6,9],[10],[5,7,8,9,13,17,18,19],[1],[2,15],[11],[0,3,4,16],[12],[14],[5,6,9],[4]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,7,0,0,0,0,8,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,11,11,11,11,11,11,11,11,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[9],[1,3,6,8,9,10],[6,9],[3,9],[6,7,9],[3,6,9],[5,6,9],[0,6,9],[0,4,6,9],[6,8,9],[2,6,9],[6,9,10],[9,10],[3,6,9,10],[1,6,9,10],[6,8,9,10]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,9,9,2,2,2,2,2,2,2,2,2,2,2,2,2,10,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,11,0,0,0,0,0,0,2,0,3,12,0,11,11,11,11,11,11,11,11,11,11,0,0,0,0,2,0,0,11,11,13,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,2,0,0,0,11,0,14,11,15,11,15,15,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, ...groups.reason ? { reason: groups.reason } : {} };
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
    if (this.noteOpen) {
      this.noteOpen = false;
      this.current = void 0;
    }
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
  /** The test whose closing line (`closes`) was the last marker: a `note` below it is its. */
  closedUnit;
  /** The current unit was reopened for its note's line only. */
  noteOpen = false;
  handleMarker(marker) {
    const closed = this.closedUnit;
    this.closedUnit = void 0;
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
