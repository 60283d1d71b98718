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
} from "./chunk-6VK3L72K.js";
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
var DENO = {
  id: "deno",
  markers: [
    { event: "details", pattern: /^\s{0,2}ERRORS\s{0,2}$/ },
    { event: "end", pattern: /^\s{0,2}FAILURES\s{0,2}$|^(?:FAILED|ok) \| \d{1,6} passed\b/ },
    // What a test prints while it runs is its output; its error is under ERRORS.
    { event: "quiet", pattern: /^\s{0,40}\S[^\n]{0,500}? \.\.\. FAILED\b[^\n]{0,200}$|^Uncaught error from \S{1,300} FAILED$/ },
    { event: "pass", pattern: /^\s{0,40}\S[^\n]{0,500}? \.\.\. (?:ok|ignored) \([\d.]{1,12} ?(?:[mµn]?s)\)$/ },
    { event: "outside", pattern: /^(?<name>\S{1,300}) \(uncaught error\)$/ },
    { event: "start", pattern: /^(?<name>\S[^\n]{0,500}?) => (?:\.{1,2}\/|file:\/\/\/?|\/)\S{0,300}?:\d{1,6}:\d{1,6}$/ }
  ],
  reportedFailures: /^FAILED \| \d{1,6} passed(?: \(\d{1,6} steps?\))? \| (\d{1,6}) failed/,
  uninformative: /^error: Test failed$/
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
var DIALECTS = [PHPT, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, MOCHA, NODE_TEST, DENO, GOCHECK, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 235\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\".\\\\/\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\".\\\\/\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED\\\\b[^\\\\n]{0,200}$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,45,47,197,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,354,356,357,358,359,360,361,362,365,366,367,369],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,94,10003,10004,8730,10006,8505,35,9762,9888,43,9654,65123,36],"words":7,"quiet":10722,"states":12049,"edges":"AAAAAAAAAAABAAAAUAAAAAIAAADQfwAAAwAAAHANAAAEAAAAMMoAAAUAAADQ3gUABgAAANAKAgAHAAAAUIYGAAgAAABA1wEACQAAALCGAAAKAAAAcEQAAAsAAAAg5wcADAAAALCLAAANAAAA0BYAAA4AAACwZwEADwAAAOCmAAAQAAAAkCQAABEAAACAdAEAEgAAAMAIAAATAAAAwMoBABQAAAAAMgoAFQAAACD3AQAWAAAAYAgBABcAAACA4gEAGAAAALD4AQAZAAAAkOsBABoAAAAQAgIAGwAAAECBAgAcAAAAgKACAB0AAAAAAAAAHgAAAICDCwAfAAAAAP8AACAAAAAAKwIAIQAAAAAAAAAiAAAAYLIBACMAAADg5wAAJAAAALC/AwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAMJIBACkAAAAgogEAKgAAAIBYCQArAAAAUP8KACwAAAAAAAAALQAAACDeAQAuAAAAAAAAAC8AAABgLwIAMAAAAJCVAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAABQHgoAPAAAAPAoCgA9AAAAMAsLAD4AAAAAAAAAPwAAANALCwBAAAAAAAAAAEEAAADAIAsAQgAAABAhCwBDAAAAcCoLAEQAAABgRAsARQAAALBECwBGAAAAAEULAEcAAACAVgsASAAAAEBaCwBJAAAAAGgLAEoAAABwygsASwAAAMDKCwBMAAAAcGAMAE0AAADwsgwATgAAAECzDABPAAAAkLMMAFIAAACgAAAAUwAAAABwAwBVAAAA0FQIAFYAAACAMwEAWQAAALCVAABbAAAAcNwIAFwAAACQOwcAZAAAADD7AQBnAAAAoGsDAG0AAABwOgAAowAAAPAAAACtAAAA0MMCAPMAAACgFg0ARQEAAJABAACWAQAA4AEAAOcBAAAwAgAAOAIAAIACAACCAgAA0AIAANkCAAAgAwAAKgMAAHADAAB7AwAAwAMAAMwDAAAQBAAAHQQAAGAEAABqBAAAsAQAAL4EAAAABQAADwUAAFAFAABSBQAAoAUAAKoFAADwBQAA/gUAAEAGAABFBgAAkAYAAJ0GAADgBgAA6AYAADAHAABABwAAgAcAAIIHAADQBwAA3gcAACAIAAAxCAAA8BYNAHcIAABAFw0AwggAALBJCwDICAAAEAkAANUIAADwfgkA2QgAAFBFCwDcCAAAcEUJABcJAABgCQAAHQkAANCPCQBlCQAAsAkAALwJAAAACgAAAwoAAFAKAABYCgAAoAoAAK0KAADwCgAA9QoAAEALAABKCwAAkAsAAJgLAADgCwAA7AsAADAMAADvCwAAoPQBAEMMAACADAAAjgwAANAMAADTDAAAIA0AACoNAACQFw0Acg0AABBtAABzDQAAwJMBAHUNAADADQAAeQ0AAOBgCgB6DQAAwFECAHsNAABQ7wEAfA0AAMAcAAB9DQAAMDMLAH4NAAAAbQEAfw0AAPAtAACEDQAAUIUCAI0NAABQUgMAkA0AAEAyCwDGDQAAEA4AAM8NAACQdwcAFg4AAGAOAAB0DgAAsA4AAMUOAAAADwAACA8AAFAPAABaDwAAoA8AAKUPAADwDwAA9Q8AAEAQAABIEAAAkBAAAKYQAADgEAAA4hAAADARAAA9EQAAgBEAAJQRAADQEQAA2BEAACASAAAvEgAAcBIAAIESAADAEgAAzhIAABATAAAcEwAAYBMAAG0TAACwEwAAuhMAAAAUAAADFAAAUBQAAFgUAACgFAAAohQAAPAUAAABFQAAQBUAAEYVAACQFQAAnBUAAOAVAADiFQAAMBYAADcWAACAFgAAlBYAAOAXDQDRFgAAgNwMANIWAABQFwIA1RYAACAXAADZFgAAkM0BAN4WAAAQ6AIAIhcAABDCAAAjFwAA0AUHACcXAACgCwkAKBcAAHAXAAAqFwAAEDABACsXAADgzQYALRcAAOAeBgAvFwAAEMMJADEXAAAw8gUANhcAAEAdAgA5FwAAAJEFAHEXAADAFwAAcxcAAHBdBQB2FwAA8OcJANcXAAAQGAAAKBgAAGAYAABrGAAAsBgAAMkYAAAAGQAAAhkAAFAZAABqGQAAoBkAAK8ZAADwGQAA9RkAAEAaAABNGgAAkBoAAKAaAADgGgAA6BoAADAbAAA8GwAAgBsAAI0bAADQGwAA2hsAACAcAAAmHAAAcBwAAIQcAAAwGA0AxhwAABAdAADKHAAA8P8KANccAADw9gkAKx0AAGAdAABsHQAAsB0AALYdAAAAHgAAAx4AAHArBQAIHgAAUB4AAFMeAACwSgUAVx4AAKAeAABbHgAAYMEGAF4eAABAIQMApR4AAPAeAAD8HgAAQB8AAEMfAACQHwAAmB8AAOAfAADtHwAAMCAAADUgAACAIAAAiiAAANAgAADYIAAAICEAACMhAABwIQAAeSEAAMAhAADBIQAAECIAABEiAABgIgAAZSIAALAiAAC2IgAAACMAAAojAABQIwAAWCMAAKAjAACjIwAA8CMAAPMjAABAJAAAUSQAAIAYDQCSJAAAoJoBAJUkAAAgNQoAmSQAAABxDACcJAAA4CQAAJ4kAAAQYQcA+CQAADAlAAAzJQAAgCUAAIwlAADQJQAA3SUAACAmAAAnJgAAcCYAAHImAADAJgAAySYAABAnAAAaJwAAYCcAAGsnAACwJwAAzCcAAAAoAAAIKAAA0BgNAFUoAACgKAAAqCgAAPAoAADxKAAAQCkAAEIpAACQKQAAkykAAOApAADjKQAAIBkNADUqAACAKgAAhioAANAqAADXKgAAICsAACgrAABwKwAAcysAAMArAADJKwAAECwAABEsAABgLAAAYSwAALAsAADBLAAAAC0AAA4tAABQLQAAXC0AAKAtAACnLQAAcBkNAPYtAABALgAAQi4AAJAuAACmLgAA4C4AAOguAAAwLwAAMi8AAIAvAACJLwAA0C8AANovAAAgMAAAKzAAAHAwAAB8MAAAwDAAAM0wAAAQMQAAGjEAAGAxAABuMQAAsDEAAL8xAAAAMgAAAjIAAFAyAABaMgAAoDIAAK4yAADwMgAA9TIAAEAzAABNMwAAkDMAAJgzAADgMwAA5jMAADA0AAA8NAAAgDQAAJ00AADQNAAA2TQAACA1AAAuNQAAcDUAAHY1AADANQAAzDUAABA2AAATNgAAYDYAAGg2AACwNgAAwTYAAAA3AAAONwAAUDcAAGk3AACgNwAAoTcAAPA3AAANOAAAwBkNAEU4AACQOAAAljgAAOA4AADoOAAAMDkAADk5AACAOQAAgzkAANA5AADcOQAAIDoAACY6AABgGg0AjDoAAMA6AADIOgAAsBoNABM7AABgOwAAcTsAALA7AAC4OwAAADwAAA48AABQPAAAUzwAAKA8AACoPAAA8DwAAP08AABAPQAART0AAJA9AACaPQAA4D0AAOg9AAAwPgAAPD4AAIA+AACNPgAA0D4AANI+AAAgPwAAOT8AAHA/AACBPwAAwD8AAMw/AAAQQAAAF0AAAGBAAABoQAAAsEAAALVAAAAAQQAADUEAAFBBAABYQQAAoEEAAKpBAADwQQAA+0EAAEBCAABMQgAAkEIAAJhCAAAAGw0A7EIAADBDAAA2QwAAgEMAAJtDAADQQwAA3EMAACBEAAAmRAAAUBsNAHVEAACgCAIAdkQAANBiBAB3RAAA8G0GAHtEAADARAAAfEQAAEACCQB+RAAAQPwEAIREAABgEQIAzEQAABBFAAAWRQAAcMALABhFAACgGw0AbEUAALBFAAC2RQAAAEYAABtGAABQRgAAXEYAAKBGAACmRgAA8EYAAPhGAABARwAARkcAAJBHAACcRwAA4EcAAP1HAAAwSAAAOUgAAIBIAACMSAAA0EgAANNIAAAgSQAAKkkAAHBJAAB8SQAAwEkAAMdJAAAQSgAAGEoAAGBKAABhSgAAkFsAAGNKAACwSgAAv0oAAABLAAAGSwAAUEsAAFJLAACgSwAAtksAAPBLAAAOTAAAQEwAAFlMAACQTAAAkkwAAOBMAADjTAAAME0AADxNAACATQAAh00AANBNAADYTQAAIE4AACJOAABwTgAAeU4AAMBOAADKTgAAEE8AABtPAABgTwAAbE8AALBPAAC9TwAAAFAAAApQAABQUAAAXlAAAKBQAACvUAAA8FAAAPJQAABAUQAASlEAAJBRAACeUQAA4FEAAOVRAAAwUgAAPVIAAIBSAACVUgAA0FIAANhSAAAgUwAAOVMAAHBTAAB5UwAAwFMAAMpTAAAQVAAAGFQAAGBUAABtVAAAsFQAALVUAAAAVQAACFUAAFBVAABRVQAAoFUAAKJVAADwVQAA81UAAEBWAABDVgAA8BsNAJVWAADgVgAA5lYAADBXAAA3VwAAgFcAAIhXAADQVwAA1FcAACBYAAAiWAAAcFgAAHNYAADAWAAAyFgAABBZAAARWQAAYFkAAGZZAACwWQAAtVkAAABaAAAbWgAAUFoAAF5aAACgWgAAp1oAAPBaAAD8WgAAQFsAAEdbAABAHA0AklsAAOBbAADjWwAAMFwAADNcAACQHA0AhVwAANBcAADWXAAAIF0AACddAABwXQAAjl0AAMBdAADZXQAAEF4AABJeAABgXgAAY14AALBeAAC8XgAAAF8AAAdfAABQXwAAWF8AAKBfAACiXwAA8F8AAPlfAABAYAAASmAAAJBgAACbYAAA4GAAAOxgAAAwYQAAPWEAAIBhAACKYQAA0GEAAN5hAAAgYgAAL2IAAHBiAAByYgAAwGIAAMpiAAAQYwAAHmMAAGBjAABlYwAAsGMAAL1jAAAAZAAAFWQAAFBkAABYZAAAoGQAALlkAADwZAAA+WQAAEBlAABKZQAAkGUAAJhlAADgZQAA7WUAADBmAAA1ZgAAgGYAAIhmAADQZgAA0WYAACBnAAAiZwAAcGcAAHNnAADAZwAAw2cAAOAcDQAVaAAAYGgAAGZoAACwaAAAt2gAAABpAAAIaQAAUGkAAFRpAACgaQAAomkAAPBpAADzaQAAQGoAAEhqAACQagAAkWoAAOBqAADmagAAMGsAADVrAACAawAAm2sAANBrAADeawAAIGwAACdsAABwbAAAfGwAAMBsAADHbAAAMB0NABNtAABgbQAAcW0AALBtAAC4bQAA4H0BAMxtAAAAbgAACG4AAIAdDQBfbgAAoG4AAKZuAADwbgAA8m4AAEBvAABWbwAAkG8AAK5vAADgbwAA428AADBwAAA8cAAAgHAAAIZwAADQcAAA63AAACBxAAAscQAAcHEAAHZxAADAcQAA3nEAABByAAAgcgAAYHIAAG5yAACwcgAAtnIAAABzAAADcwAAUHMAAFpzAACgcwAAvnMAAPBzAAAGdAAAQHQAAEx0AACQdAAAk3QAAOB0AADjdAAAMHUAADJ1AACAdQAAl3UAANB1AADcdQAAIHYAADx2AABwdgAAeHYAANAdDQDRdgAAEHcAAB53AABgdwAAbHcAALB3AAC9dwAAAHgAAAp4AABQeAAAWHgAAKB4AACheAAA8HgAAPJ4AABAeQAAQ3kAAJB5AACTeQAAIB4NAOV5AAAwegAANnoAAIB6AACHegAA0HoAANh6AAAgewAANnsAAHB7AAB5ewAAwHsAAMN7AAAQfAAAGnwAAGB8AABofAAAsHwAAMl8AAAAfQAADH0AAFB9AABYfQAAcB4NAKh9AADwfQAA830AAEB+AABKfgAAkH4AAJZ+AADgfgAA7n4AADB/AAA9fwAAgH8AAJd/AADAHg0A0X8AAMD3CwDTfwAAMJcBANZ/AADwOgIA138AADBgBgDYfwAAgEMFANl/AACAuwAA2n8AAIAZAgDdfwAAsNALAN9/AAAggAAA4X8AAODhBgDmfwAA0GsFAOd/AACA6AoAKoAAAIC5BwAvgAAAcIAAAHyAAADAgAAAwYAAAAA0AwDDgAAAEIEAABOBAABggQAAZ4EAAPByAQBogQAAsIEAAHiBAABAHgEAt4EAAACCAAAMggAAUIIAAF2CAACgggAAroIAAPCCAAD8ggAAQIMAAEeDAACQgwAAmIMAAOCDAADwgwAAMIQAADWEAACAhAAAhoQAANCEAADYhAAAIIUAACmFAABwhQAAc4UAAMCFAADMhQAAEIYAABaGAAAQHw0Af4YAAGAfDQC9hgAAAIcAAAKHAAAQ9AAAA4cAAHBbAgAHhwAAUM0KAAuHAABAHwoADIcAADC1AQAPhwAAUBkKABmHAABgNAIAIIcAAFCHAABdhwAAoIcAAKWHAADwhwAA9IcAAECIAABNiAAAkIgAAJiIAADgiAAAm4gAAEDuCADniAAAMIkAAPaIAAAQMgQAMokAAICJAACKiQAA0IkAANKJAAAgigAAOYoAAHCKAAByigAAwIoAAMOKAAAQiwAAHIsAAGCLAABoiwAAsB8NALaLAAAAjAAAuIsAAACXDgC/iwAAMH8FAMGLAABA0wUAw4sAALA/AQDMiwAAMOgKAAaMAABg2wAAGIwAAFCMAABSjAAAoIwAAF2MAAAAoAAAaYwAAECSAACvjAAA8IwAAP+MAABAjQAATI0AAJCNAACTjQAA4I0AAOONAAAwjgAASI4AAICOAACHjgAA0I4AANyOAAAgjwAALY8AAHCPAAB+jwAAwI8AAMyPAAAQkAAAF5AAAGCQAAB4kAAAsJAAALyQAAAAkQAABpEAAFCRAABWkQAAoJEAAKWRAADwkQAA9pEAAFAgDQBCkgAAkJIAAJeSAADgkgAA+JIAADCTAAA3kwAAgJMAAJmTAADQkwAA6JMAACCUAAAslAAAcJQAAHaUAADAlAAAxpQAABCVAAAVlQAAYJUAAGaVAACgIA0AyZUAAACWAAARlgAAUJYAAF6WAACglgAAr5YAAPCWAAD4lgAAQJcAAGCXAACQlwAAnJcAAOCXAAD0lwAAMJgAADiYAACAmAAAhpgAANCYAADcmAAAIJkAACqZAABwmQAAdpkAAMCZAADOmQAAEJoAAByaAABgmgAAe5oAALCaAACymgAAAJsAABGbAABQmwAAWJsAAKCbAACumwAA8JsAAPObAABAnAAASJwAAJCcAACdnAAA4JwAAOWcAAAwnQAAOp0AAICdAACInQAA0J0AANKdAAAgngAAMZ4AAHCeAACBngAAwJ4AAMWeAAAQnwAAFJ8AAGCfAABsnwAAsJ8AALefAADwIA0ABaAAAFCgAABaoAAAoKAAALigAADwoAAA86AAAEChAABJoQAAkKEAAJGhAADgoQAA4aEAADCiAAA1ogAAgKIAAIaiAADQogAA2qIAACCjAAAsowAAcKMAAHejAADAowAA2KMAABCkAAASpAAAYKQAAGmkAACwpAAAuqQAAAClAAALpQAAUKUAAGilAACgpQAAtqUAAPClAAD1pQAAQKYAAEemAACQpgAAnKYAAEAhDQDipgAAkIsCAOWmAAAAqQEA6aYAAEBWBQDxpgAAMKcAADKnAABQRAIAPqcAAICnAACMpwAA0KcAAI+nAADwEgcA3acAACCoAAAqqAAAcKgAAHGoAACAzQwAeKgAAMCoAADHqAAAEKkAANuoAACghgEAFakAAGCpAABsqQAAsKkAALOpAAAAqgAACKoAAFCqAABdqgAAoKoAAKWqAADwqgAA+qoAAECrAABIqwAAkKsAAJOrAADgqwAA6asAADCsAAAxrAAAgKwAAIGsAADQrAAA1awAACCtAAAmrQAAcK0AAHqtAADArQAAyK0AABCuAAASrgAAYK4AAGmuAACwrgAAuq4AAACvAAALrwAAUK8AAFyvAACgrwAAra8AAPCvAAD6rwAAQLAAAE6wAACQsAAAn7AAAOCwAADisAAAMLEAADqxAACAsQAAjrEAANCxAADVsQAAILIAAC2yAABwsgAAeLIAAMCyAADBsgAAELMAABazAABgswAAZbMAALCzAAC6swAAALQAAAW0AABQtAAAX7QAAKC0AACltAAA8LQAAAG1AABAtQAASLUAAJC1AACWtQAA4LUAAOy1AAAwtgAATbYAAIC2AACJtgAA0LYAANy2AAAgtwAAI7cAAHC3AAB6twAAwLcAAMy3AAAQuAAAF7gAAGC4AABouAAAsLgAAMm4AAAAuQAAFLkAAFC5AABYuQAAoLkAAKO5AADwuQAA/LkAAEC6AABGugAAkLoAAKu6AADgugAA7LoAADC7AAA2uwAAkCENAIq7AADQuwAA27sAACC8AAAovAAAsMwAACy8AABwvAAAfbwAAMC8AADKvAAAEL0AAB69AABgvQAAb70AALC9AACyvQAAAL4AAAq+AABQvgAAXr4AAKC+AAClvgAA8L4AAP2+AABAvwAASL8AAJC/AACRvwAA4L8AAJS/AADQVgEAoL8AAHB6AQDxvwAAMMAAADnAAACAwAAAl8AAANDAAADewAAAIMEAAC3BAABwwQAAeMEAAMDBAADfwQAA4CENABnCAABgwgAAasIAALDCAAC7wgAAMCINAALDAABQwwAAWcMAAKDDAACqwwAA8MMAAPvDAABAxAAATMQAAJDEAACdxAAA4MQAAOrEAAAwxQAAPsUAAIDFAACPxQAA0MUAANLFAAAgxgAAKsYAAHDGAAB+xgAAwMYAAMXGAAAQxwAAHccAAGDHAABoxwAAsMcAALbHAAAAyAAADMgAAFDIAABtyAAAoMgAAKnIAADwyAAA/sgAAEDJAABGyQAAkMkAAJzJAADgyQAA58kAAIAiDQAyygAAgPYBADbKAACAygAAhcoAANDKAACOygAAMNEDAN3KAAAgywAAN8sAAHDLAABxywAAwMsAAMLLAAAQzAAAE8wAAGDMAABjzAAA0CINANHMAAAAzQAAAc0AAFDNAABSzQAAoM0AAKPNAADwzQAA880AACAjDQBFzgAAkM4AAJbOAADgzgAA584AADDPAABSzwAAgM8AAIjPAADQzwAA388AACDQAAAi0AAAcNAAAIHQAADA0AAA0dAAABDRAAAc0QAAYNEAAGfRAACw0QAAuNEAAADSAAAE0gAAUNIAAF7SAACg0gAAqtIAAPDSAAD70gAAQNMAAEXTAACQ0wAAmdMAAODTAADq0wAAMNQAADjUAACA1AAAgtQAANDUAADd1AAAINUAADTVAABw1QAAeNUAAMDVAADB1QAAENYAABLWAABg1gAAY9YAALDWAACz1gAAcCMNAAXXAABQ1wAAVtcAAKDXAACn1wAA8NcAAPjXAABA2AAAT9gAAJDYAACV2AAA4NgAAO3YAAAw2QAAQNkAAIDZAACO2QAA0NkAAOfZAAAg2gAAKdoAAHDaAAB22gAAwNoAAMzaAAAQ2wAAF9sAAMAjDQBl2wAAEIQCAGjbAACw2wAAbdsAADA7CAC/2wAAANwAABHcAABQ3AAAXtwAAKDcAACs3AAA8NwAAP3cAABA3QAASt0AAJDdAACY3QAA4N0AAOPdAAAw3gAAPN4AAIDeAACN3gAA0N4AANreAAAg3wAAKN8AAHDfAABy3wAAwN8AAMnfAAAQ4AAAGuAAAGDgAABr4AAAsOAAAMXgAAAA4QAACOEAAFDhAABp4QAAoOEAAKnhAADw4QAA+uEAAEDiAABI4gAAkOIAAJ3iAADg4gAA5eIAADDjAAA44wAAgOMAAIHjAADQ4wAA0uMAACDkAAAj5AAAcOQAAHPkAAAQJA0AxeQAABDlAAAW5QAAYOUAAGflAACw5QAAuOUAAADmAAAO5gAAUOYAAFPmAACg5gAAqOYAAPDmAADz5gAAQOcAAEznAACQ5wAAmucAAGAkDQDh5wAAACcLAOLnAAAw6AAA4+cAALA7CgDq5wAAMCkLAOvnAACwNwQA7+cAAMDjAQDw5wAA4PIJAAToAADgyAEAOegAAIDoAACK6AAA0OgAANvoAAAg6QAALOkAAHDpAAB96QAAwOkAAMrpAAAQ6gAAHuoAAGDqAABv6gAAsOoAALLqAAAA6wAACusAAFDrAABe6wAAoOsAAKXrAADw6wAA/esAAEDsAABQ7AAAkOwAAJLsAADg7AAA7uwAADDtAABB7QAAsCQNAIftAAAAJQ0A2O0AAFAlDQAp7gAAcO4AAHruAADA7gAAy+4AABDvAAAc7wAAYO8AAG3vAACw7wAAuu8AAADwAAAO8AAAUPAAAF/wAACg8AAAovAAAPDwAAD68AAAQPEAAE7xAACQ8QAAlfEAAODxAADt8QAAMPIAADjyAACA8gAAkPIAANDyAADS8gAAIPMAAC7zAABw8wAAgfMAAKAlDQDH8wAA8CUNACn0AABg9AAAcfQAALD0AAC89AAAAPUAAAj1AABAJg0AVfUAAKD1AACo9QAA8PUAAPL1AABA9gAA9fUAANBWBgD/9QAAkCUEAEn2AACQ9gAAT/YAAECFCACa9gAA4PYAAOv2AAAw9wAAPPcAAID3AACN9wAA0PcAANr3AAAg+AAALvgAAHD4AAB/+AAAwPgAAML4AAAQ+QAAGvkAAGD5AABs+QAAsPkAALj5AACQJg0AA/oAAFD6AABe+gAAoPoAAK36AADw+gAAB/sAAED7AABI+wAAkPsAAKb7AADg+wAA7PsAADD8AAA//AAAgPwAAIv8AADQ/AAA0vwAACD9AAAt/QAAcP0AAH79AADA/QAAw/0AABD+AAAm/gAAYP4AAGj+AACw/gAAwv4AAOAmDQAN/wAAUMMKAA//AABQ/wAAVf8AAKD/AACn/wAA8P8AAPz/AABAAAEATQABAJAAAQCSAAEA4AABAPYAAQAwAQEAPAEBAIABAQCfAQEA0AEBAOwBAQAgAgEAKAIBADAnDQByAgEAwAIBAMkCAQAQAwEAGgMBAGADAQBrAwEAsAMBALwDAQAABAEADQQBAFAEAQBaBAEAoAQBAK4EAQDwBAEA/wQBAEAFAQBCBQEAkAUBAJoFAQDgBQEA7gUBADAGAQA1BgEAgAYBAI0GAQDQBgEA4AYBACAHAQAiBwEAcAcBAH4HAQDABwEA0QcBAIAnDQAXCAEA0CcNAGIIAQBwdwQAZQgBALAIAQBpCAEAYK0BAGwIAQBQkAYAbggBANCIAQB0CAEAYPsDALcIAQDwYAkAvQgBAAAJAQAXCQEAUAkBAFUJAQCgCQEAowkBAPAJAQCqCQEA8DIFALwJAQDwPAUA9QkBAKA3BQD8CQEAQAoBAEYKAQDQFQEATwoBAJAKAQCZCgEA4AoBAOYKAQAwCwEAPgsBAIALAQCKCwEA0AsBAOQLAQAgDAEALAwBAHAMAQCDDAEAwAwBAM8MAQAQDQEAHA0BAGANAQBhDQEAsA0BALoNAQAADgEADg4BAFAOAQBVDgEAoA4BAK0OAQBwKA0AAw8BAEAPAQBPDwEAkA8BAJwPAQDgDwEA4Q8BADAQAQA6EAEAgBABAI4QAQDQEAEA1RABACARAQAtEQEAYCkNAHIRAQDAEQEAyREBABASAQAaEgEAYBIBAGsSAQCwEgEAvBIBAAATAQANEwEAUBMBAFoTAQCgEwEArhMBAPATAQD/EwEAQBQBAEIUAQCQFAEAmhQBAOAUAQDuFAEAMBUBAD0VAQCAFQEAlxUBALApDQDrFQEAIBYBACwWAQBwFgEAdhYBAMAWAQDMFgEAEBcBABYXAQBgFwEAZhcBALAXAQC1FwEAABgBAAYYAQAAKg0AWRgBAKAYAQCqGAEA8BgBAPsYAQBAGQEATBkBAJAZAQCdGQEA4BkBAOoZAQAwGgEAPhoBAIAaAQCPGgEA0BoBANIaAQAgGwEAKhsBAHAbAQB+GwEAwBsBAMUbAQAQHAEAHRwBAGAcAQBoHAEAsBwBAMAcAQAAHQEAAh0BAFAdAQBeHQEAoB0BALEdAQDwKg0A9x0BAEArDQBGHgEAkB4BAJweAQDgHgEA8B4BADAfAQA5HwEAgB8BAIMfAQDQHwEA3B8BACAgAQAnIAEAcCABAHggAQDAIAEA3iABABAhAQAYIQEAYCEBAHEhAQCwIQEAtSEBAAAiAQAXIgEAUCIBAF4iAQCgIgEArSIBAPAiAQD4IgEAQCMBAEQjAQCQIwEAkiMBAOAjAQDjIwEAMCQBADgkAQCAJAEAhiQBANAkAQDcJAEAICUBADAlAQBwJQEAeSUBAMAlAQDDJQEAECYBABwmAQBgJgEAZyYBAJArDQC5JgEAACcBAAMnAQBQJwEAXicBAKAnAQCtJwEA8CcBAAcoAQBAKAEASCgBAJAoAQCSKAEA4CgBAOkoAQAwKQEAOikBAIApAQCLKQEA0CkBANwpAQAgKgEALSoBAHAqAQB6KgEAwCoBAM4qAQAQKwEAHysBAGArAQBiKwEAsCsBALorAQAALAEADiwBAFAsAQBVLAEAoCwBAK0sAQDwLAEA+CwBAEAtAQBWLQEAkC0BAJwtAQDgLQEA7y0BADAuAQA7LgEAgC4BAIIuAQDQLgEA3S4BACAvAQAuLwEAcC8BAHMvAQDALwEA1i8BAOArDQAYMAEAwO0BAB4wAQDAVgIAKDABAGAwAQBiMAEAsDABAMEwAQAAMQEAETEBAFAxAQBVMQEAoDEBAKQxAQDwMQEA/DEBAEAyAQBHMgEAkDIBAJgyAQDgMgEA/jIBADAzAQA4MwEAMCwNAIUzAQDQMwEA0TMBAJA8CwDfMwEAsFkKAOkzAQAgNAEAIjQBAHA0AQCJNAEAwDQBANE0AQAQNQEAHDUBAGA1AQBiNQEAsDUBALk1AQAANgEAvzUBAFA7AQAKNgEAUDYBAFs2AQCgNgEArDYBAPA2AQD9NgEAQDcBAEo3AQCQNwEAnjcBAOA3AQDvNwEAMDgBADI4AQCAOAEAijgBANA4AQDeOAEAIDkBACU5AQBwOQEAfTkBAMA5AQDMOQEAEDoBABY6AQBgOgEAZjoBALA6AQC1OgEAADsBAAY7AQCALA0AXzsBAKA7AQCsOwEA8DsBAPM7AQBAPAEAQzwBAJA8AQCXPAEA4DwBAOw8AQAwPQEAPT0BAIA9AQCOPQEA0D0BANw9AQAgPgEAJz4BANAsDQB2PgEAwD4BAMY+AQAQPwEAFT8BAGA/AQBmPwEAIC0NALE/AQDQ2AEAuj8BAFDdCQC8PwEAEAYNAL4/AQCAXAoAvz8BAABAAQAMQAEAUEABAFFAAQCgQAEAXEABAIBrCgCqQAEA8EABAP5AAQBAQQEARUEBAJBBAQCdQQEAcC0NAOJBAQCwJwoA7kEBADAbCgADQgEAMEIBAFVCAQCAQgEApkIBANBCAQD3QgEAIEMBAERDAQBwQwEAeEMBAMAtDQDMQwEAEEQBABJEAQBgRAEAY0QBALBEAQC1RAEAAEUBAA1FAQBQRQEAbEUBAKBFAQCoRQEAEC4NAPlFAQBARgEA/UUBAKBPAQBDRgEAkEYBAJxGAQDgRgEA5kYBADBHAQA9RwEAgEcBAIJHAQDQRwEA5kcBACBIAQAsSAEAcEgBAHhIAQBgLg0AxkgBABBJAQAYSQEAYEkBAGFJAQCwSQEAskkBAABKAQADSgEAUEoBAFNKAQCwLg0ApUoBAPBKAQD2SgEAQEsBAEdLAQCQSwEAmEsBAOBLAQDtSwEAMEwBADVMAQCATAEAikwBANBMAQDYTAEAIE0BACJNAQBwTQEAgU0BAMBNAQDRTQEAEE4BABVOAQBgTgEAZE4BALBOAQC8TgEAAE8BAAdPAQBQTwEAYk8BAAAvDQClTwEA8E8BAPhPAQBAUAEAQlABAJBQAQCfUAEA4FABAO9QAQAwUQEAPFEBAIBRAQCDUQEA0FEBANNRAQAgUgEAKFIBAHBSAQB6UgEAwFIBAMVSAQAQUwEAGFMBAGBTAQBqUwEAsFMBALtTAQAAVAEADlQBAFBUAQBTVAEAoFQBAKhUAQDwVAEAC1UBAEBVAQBLVQEAkFUBAJVVAQDgVQEA41UBADBWAQA6VgEAgFYBAJJWAQBQLw0A3lYBACBXAQAqVwEAcFcBAHtXAQDAVwEAyFcBABBYAQAWWAEAYFgBAGJYAQCwWAEAyVgBAABZAQAZWQEAUFkBAF5ZAQCgWQEAqlkBAPBZAQAGWgEAQFoBAF1aAQCQWgEAmFoBAOBaAQDwWgEAMFsBADJbAQCAWwEAjlsBANBbAQDhWwEAoC8NACdcAQDwLw0AcVwBAMBcAQDRXAEAEF0BABxdAQBgXQEAYl0BALBdAQCzXQEAAF4BAAxeAQBQXgEAWF4BAJAwDQCrXgEA8F4BAPxeAQBAXwEAT18BAJBfAQCwXwEA4F8BAOhfAQAwYAEARGABAIBgAQCFYAEA0GABANlgAQAgYQEAJmEBAHBhAQB4YQEAwGEBAM9hAQAQYgEAFWIBAGBiAQBtYgEAsGIBAL1iAQAAYwEADGMBAFBjAQBfYwEAoGMBAKpjAQDwYwEA/mMBAEBkAQBFZAEAkGQBAJ1kAQDgZAEA6GQBADBlAQAzZQEAgGUBAIxlAQDQZQEA2mUBACBmAQAqZgEAcGYBAH5mAQDAZgEAzWYBABBnAQAnZwEAYGcBAGNnAQDgMA0As2cBAFBIAwC6ZwEAcOUEAL1nAQAAaAEAwGcBAHCZCgDBZwEAkGMCAMZnAQDwnQMAB2gBADAtAgAPaAEA4MMLABtoAQBQaAEAUmgBAKBoAQCxaAEA8GgBAP5oAQBAaQEAR2kBAJBpAQCSaQEA4GkBAJVpAQAASQIAmGkBACCEAQDvaQEAMGoBAD9qAQCAagEAjGoBANBqAQDTagEAIGsBACNrAQBwawEAkGsBAMBrAQDMawEAEGwBACRsAQBgbAEAbmwBALBsAQC3bAEAMDENABdtAQBQbQEAUm0BAJD8CQBTbQEAoPsJAF1tAQCgbQEAom0BAPBtAQD6bQEAQG4BAAFuAQAAAAoASW4BAJBuAQCWbgEA4G4BAOxuAQAwbwEAN28BAIBvAQCFbwEA0G8BANxvAQAgcAEAI3ABAHBwAQB9cAEAwHABAMVwAQAQcQEAGnEBAGBxAQB2cQEAsHEBALJxAQAAcgEACnIBAFByAQBfcgEAoHIBAKtyAQCAMQ0A/HIBAEBzAQBNcwEAkHMBAJ5zAQDgcwEA7HMBADB0AQA3dAEA0DENAIV0AQDQdAEAjHQBAJB3DACOdAEA8KIDANJ0AQAgFAMA1XQBACAYCQDndAEAIHUBAC51AQBwdQEAfXUBAMB1AQDIdQEAEHYBABp2AQBwUgYAIHYBAGB2AQBidgEAsHYBAL52AQAAdwEAEXcBACAyDQBXdwEAcDINAKV3AQDwdwEA9ncBAEB4AQBIeAEAkHgBAJl4AQDgeAEA43gBADB5AQA8eQEAgHkBAIZ5AQDQeQEA2HkBACB6AQA/egEAEDMNAHJ6AQDAegEAznoBABB7AQAhewEAYDMNAGd7AQCwMw0AtXsBAAB8AQAGfAEAUHwBAFh8AQCgfAEAqXwBAPB8AQDzfAEAQH0BAEx9AQCQfQEAln0BAFA0DQDifQEAMH4BADl+AQCAfgEAin4BANB+AQDbfgEAIH8BACx/AQBwfwEAfX8BAMB/AQDKfwEAEIABAB6AAQBggAEAb4ABALCAAQCygAEAAIEBAAqBAQBQgQEAXoEBAKCBAQClgQEA8IEBAP2BAQBAggEASIIBAJCCAQCgggEA4IIBAOKCAQAwgwEAPoMBAICDAQCRgwEAoDQNANeDAQDwNA0AKYQBAHCEAQBzhAEAwIQBAMyEAQAQhQEAFoUBAGCFAQBthQEAsIUBALKFAQAAhgEAFoYBAFCGAQBchgEAQDUNAKyGAQDwhgEA9oYBAECHAQBDhwEAkIcBAJ6HAQDghwEA5YcBADCIAQA9iAEAgIgBAIiIAQCQNQ0A3YgBACCJAQAuiQEAcIkBAIaJAQDAiQEAyYkBABCKAQAmigEAYIoBAGiKAQCwigEAs4oBAACLAQAJiwEAUIsBAFGLAQCgiwEAoYsBAPCLAQD1iwEAQIwBAEaMAQCQjAEAmowBAOCMAQDsjAEAMI0BADeNAQCAjQEAiI0BANCNAQDSjQEAII4BACGOAQBwjgEAfo4BAMCOAQDIjgEAEI8BACuPAQBgjwEAbI8BALCPAQC2jwEAAJABAAOQAQBQkAEAXpABAKCQAQClkAEA8JABAP2QAQBAkQEASJEBAJCRAQCekQEA4JEBAOORAQDgNQ0AM5IBAICSAQA0kgEA4A0IADySAQCQ/gcAPpIBAACLCwBDkgEAkLQLAIOSAQDQkgEA4ZIBACCTAQA8kwEAcJMBAHiTAQAwNg0A0ZMBABCUAQAYlAEAYJQBAGaUAQCwlAEAtZQBAACVAQAJlQEAUJUBAFqVAQCglQEArpUBAPCVAQD9lQEAQJYBAEyWAQCQlgEAk5YBAOCWAQD8lgEAgDYNADOXAQCAlwEARJcBAMCHAwCMlwEA0JcBANaXAQAgmAEAKpgBANA2DQB1mAEAwJgBAM2YAQAQmQEAGJkBAAA+DQAcmQEAYJkBACCZAQCgnwEAZpkBALCZAQC2mQEAAJoBAAWaAQBQmgEAVpoBACA3DQCqmgEAgP0JAK6aAQDwmgEAAZsBAHA3DQBHmwEAwDcNAJibAQAQOA0A7psBADCcAQA3nAEAgJwBAIicAQDQnAEA3ZwBACCdAQAlnQEAcJ0BAHqdAQDAnQEAyJ0BABCeAQAWngEAYJ4BAGKeAQCwngEAvp4BAACfAQADnwEAUJ8BAFyfAQBgOA0Aop8BAPCfAQD+nwEAQKABAFGgAQCwOA0Al6ABAAA5DQDmoAEAMKEBADahAQCAoQEAhaEBANChAQDWoQEAUDkNACKiAQBwogEALKIBAOCnBACLogEAwKIBAMKiAQAQowEAKqMBAGCjAQBtowEAoBEIAHGjAQCwowEAsqMBAACkAQANpAEAUKQBAGekAQCgpAEAuqQBAPCkAQDypAEAQKUBAEOlAQCQpQEAk6UBAOClAQDspQEAMKYBADamAQCApgEAiqYBAKA5DQDVpgEAIKcBAC2nAQBwpwEAfKcBAMCnAQDGpwEAEKgBABaoAQBgqAEAZagBALCoAQC2qAEA8DkNAAepAQDw4AsACakBAIBAAwANqQEAgHgCABGpAQBA+woAFqkBAFCpAQBRqQEAoKkBAGapAQDAEwQAoqkBAPCpAQCuqQEAkJACAPapAQBAqgEATqoBAJCqAQCTqgEA4KoBAOWqAQAwqwEAPasBAICrAQCQqwEA0KsBANKrAQAgrAEALqwBAHCsAQCBrAEAQDoNAMasAQAQrQEAHK0BAJA6DQBxrQEAsK0BALqtAQAArgEADq4BAFCuAQBRrgEAoK4BALGuAQDwrgEA/K4BAECvAQBQrwEAkK8BAJKvAQDgrwEA7q8BADCwAQBBsAEA4DoNAIawAQDQsAEA3LABADA7DQAmsQEAcLEBAHaxAQDAsQEAxbEBABCyAQAWsgEA0DsNAGiyAQCwsgEAurIBADCmCwDJsgEAALMBAAmzAQBQswEAWrMBAKCzAQCoswEA8LMBAPSzAQBAtAEAQrQBAJC0AQCTtAEA4LQBAPy0AQAgPA0AQ7UBAIC1AQCBtQEA0LUBANy1AQAgtgEAL7YBAHC2AQB6tgEAwLYBAMy2AQAQtwEAF7cBAHA8DQBmtwEAkI0KAHO3AQCwtwEAv7cBAAC4AQAMuAEAULgBAFG4AQCguAEAqrgBAPC4AQD+uAEAQLkBAEW5AQCQuQEAnbkBABA9DQDouQEAMLoBADy6AQCAugEAk7oBANC6AQDRugEAILsBACy7AQBwuwEAf7sBAMC7AQDKuwEAELwBABy8AQBgvAEAZ7wBAGA9DQDBvAEAAL0BAAy9AQBQvQEAYL0BAKC9AQCqvQEA8L0BAPi9AQBAvgEAa74BAJC+AQBsvgEA8MIBALu+AQDgvgEA6L4BADC/AQA2vwEAgL8BAI6/AQDQvwEA578BACDAAQArwAEAcMABAHrAAQDAwAEA6sABABDBAQAYwQEAYMEBAHDBAQCwwQEAssEBAADCAQAOwgEAUMIBAGHCAQBQPg0Ap8IBAKA+DQAbwwEAQMMBAEjDAQCQwwEAlsMBAODDAQDuwwEAMMQBAEfEAQCAxAEAi8QBANDEAQDaxAEAIMUBAErFAQBwxQEAeMUBAMDFAQDQxQEAEMYBABLGAQBgxgEAbsYBALDGAQDBxgEA8D4NAAfHAQBAPw0AUscBAKDHAQCuxwEA8McBAAHIAQCQPw0AR8gBAOA/DQCYyAEAMEANAOjIAQCAQA0AMskBAIDJAQCOyQEA0MkBAOHJAQDQQA0AJsoBAHDKAQB8ygEAIEENAMnKAQAQywEAHcsBAGDLAQBuywEAsMsBALrLAQAAzAEAGswBAFDMAQBTzAEAoMwBAKfMAQDwzAEAEM0BAEDNAQBazQEAcEENAJ3NAQDgzQEAoc0BAGAgAgCmzQEA4HICAO7NAQAwzgEAOs4BAIDOAQCazgEA0M4BAODOAQAgzwEAJs8BAHDPAQByzwEAwM8BANbPAQAQ0AEAHNABAGDQAQBk0AEAsNABALXQAQAA0QEABtEBAFDRAQBw0QEAoNEBALrRAQDw0QEA8tEBAEDSAQBD0gEAkNIBAJPSAQDg0gEA7NIBADDTAQA20wEAgNMBAIrTAQDAQQ0A1dMBACDUAQAt1AEAcNQBAHzUAQDA1AEA09QBABDVAQAf1QEAYNUBAGzVAQCw1QEAsdUBAADWAQAK1gEAUNYBAF7WAQCg1gEApdYBAPDWAQD91gEAEEINAEHXAQCQJAoAQtcBAJA4CgBD1wEAUGQKAEbXAQAw0gcAR9cBAOApCgBK1wEAwAcLAEvXAQCQLgoATNcBAKBMCQBN1wEAUNMJAE7XAQBQpgkAT9cBAKBvBABQ1wEAkNcBAFjXAQBwRQ4AWtcBAPBtCwBc1wEAYFwMAGPXAQDAdQsAa9cBANB5CwB+1wEAgAsLAJLXAQDg1wEA7tcBADDYAQBB2AEAYEINAIfYAQCwQg0A3NgBACDZAQAv2QEAcNkBAHrZAQDA2QEAzNkBABDaAQDj2QEAEDULABfaAQBQQw0AYtoBALDaAQDB2gEAANsBAAnbAQBQ2wEAXNsBAKDbAQCj2wEA8NsBAPjbAQBA3AEAStwBAJDcAQCV3AEA4NwBAOjcAQAw3QEASd0BAIDdAQCM3QEA0N0BANjdAQDwQw0AKN4BAEBEDQBz3gEAwN4BAMPeAQAQ3wEAHN8BAGDfAQBm3wEAsN8BALrfAQCQRA0ABeABAFDgAQBd4AEAoOABAKjgAQDgRA0A9uABAEDhAQBG4QEAkOEBAJXhAQDg4QEA5uEBADBFDQA44gEAgEUNAILiAQAw/ggAheIBANDiAQCM4gEAALsIANriAQAg4wEA3+IBAKDRBgAo4wEAIJQKADzjAQBw4wEAeOMBANBFDQDF4wEAEOQBACbkAQBg5AEAYeQBALDkAQCy5AEAAOUBAAblAQBQ5QEAXOUBAKDlAQCn5QEA8OUBAPjlAQBA5gEASeYBAJDmAQCT5gEA4OYBAO7mAQAw5wEAPecBAIDnAQCX5wEA0OcBANjnAQAg6AEALOgBABDpAQBL6AEAcOgBAJvoAQDA6AEA5OgBACBGDQAt6QEAYOkBAGnpAQBQ6gEAcekBALDpAQDe6QEAAOoBACTqAQBwRg0AUuoBAKDqAQCx6gEA8OoBAB7rAQBA6wEAZOsBAMBGDQCW6wEAIHEFAJnrAQDg6wEAnOsBALDpCwDq6wEAMOwBAO3rAQCgeAUA7usBAHCnCwA47AEAgOwBAITsAQDQ7AEA0uwBACDtAQAj7QEAcO0BAIztAQAQRw0Axe0BADARCgDK7QEAIIAKAMztAQAQ7gEA0O0BADBECQAt7gEAYO4BAGnuAQCw7gEAsu4BAADvAQAR7wEAYEcNAFXvAQCg7wEAqe8BAPDvAQAB8AEAQPABAEfwAQCQ8AEAmPABAODwAQCq8AEA0A8CAO3wAQCA8QEA7/ABAMDyAQD58AEAMPEBADzxAQCwRw0AhfEBANDxAQDa8QEAIPIBACjyAQAASA0AfPIBAFBIDQDF8gEAEPMBAB3zAQBg8wEAavMBALDzAQCy8wEAAPQBAA70AQBQ9AEAXfQBAKBIDQCl9AEA8PQBAP30AQBA9QEASvUBAJD1AQCS9QEA4PUBAO71AQAw9gEAPfYBAPBIDQCN9gEA0PYBANr2AQBASQ0AKPcBAHD3AQBy9wEAUMcLAIf3AQDA9wEAxfcBABD4AQAa+AEAYPgBAGj4AQCQSQ0AuvgBAAD5AQAM+QEAUPkBAFP5AQCg+QEAqvkBAPD5AQAK+gEAQPoBAFf6AQCQ+gEAlfoBAOD6AQD8+gEA4EkNADr7AQCA+wEAQfsBAPCuBgCM+wEA0PsBANP7AQAg/AEAKvwBAHD8AQCK/AEAwPwBAMb8AQAQ/QEAEv0BAGD9AQBu/QEAsP0BALP9AQAA/gEADP4BAFD+AQBT/gEAoP4BAMP+AQAwSg0A8v4BAED/AQBO/wEAkP8BAJP/AQDg/wEA7P8BADAAAgAzAAIAgEoNAIsAAgDQAAIA1gACACABAgAlAQIAcAECAHQBAgDAAQIAwwECANBKDQARAgIAQOwKABMCAgAgTAwAFgICAGACAgAZAgIAQEUMABoCAgDABgIAHAICACAzDAAeAgIA8CsMAB8CAgBgOQwAIAICAOBUDAAnAgIAkBAKACoCAgCgbQsAbAICALACAgDZAgIAAAMCAAwDAgBQAwIAXwMCAKADAgCqAwIA8AMCAPMDAgBABAIAWgQCAJAEAgCaBAIA4AQCAOUEAgAwBQIAOgUCAIAFAgCLBQIA0AUCANYFAgAgBgIAJQYCAHAGAgB0BgIAIEsNAMUGAgAQBwIAzgYCAPA/DAAaBwIAYAcCAGsHAgCwBwIAtgcCAAAIAgAFCAIAUAgCAFQIAgBwSw0ApwgCAOAyCwCoCAIAUIcKAKoIAgDwuAsAuggCAPAIAgD6CAIAQAkCAEsJAgCQCQIAlgkCAOAJAgDlCQIAMAoCADQKAgCACgIAowoCAMBLDQDSCgIAIAsCANMKAgCg8QkA1QoCAACjBwDZCgIA8JwJANwKAgCQEwIA3goCAAB7DAAtCwIAwDgCAC4LAgBwCwIAcwsCAMALAgDMCwIAEAwCACgMAgBgDAIAbAwCALAMAgC2DAIAAA0CAAYNAgBQDQIAVQ0CAKANAgCmDQIAEEwNAPoNAgBADgIASw4CAJAOAgCWDgIA4A4CAOUOAgAwDwIANA8CAIAPAgCDDwIAYEwNANoPAgAgEAIAKxACAHAQAgB2EAIAwBACAMUQAgAQEQIAFBECALBMDQBhEQIAsBECALwRAgAAEgIADBICAFASAgBWEgIAoBICAKYSAgDwEgIA9RICAEATAgBGEwIAAE0NAJITAgDQigQAlxMCANCZBACfEwIAUE4CAKATAgDgEwIA7BMCADAUAgA2FAIAgBQCAIwUAgDQFAIA3RQCACAVAgAvFQIAcBUCAHwVAgDAFQIAzBUCABAWAgAWFgIAYBYCAGYWAgCwFgIAtRYCAAAXAgAGFwIAUE0NAFoXAgCQ+gYAZhcCAKAXAgBpFwIAENkHAKwXAgDwFwIA+BcCAJDzDQD8FwIAQBgCAEYYAgCQGAIAlhgCAOAYAgDlGAIAMBkCADYZAgCgTQ0AiBkCADBEDgCKGQIA0BkCANYZAgAgGgIA3BkCANDNAgAuGgIAcBoCAIkaAgDAGgIAyRoCABAbAgAaGwIAYBsCAGwbAgCwGwIAvBsCAAAcAgAGHAIAUBwCAFYcAgCgHAIApRwCAPAcAgD2HAIA8E0NAEwdAgCQHQIAmh0CAOAdAgDrHQIAMB4CADUeAgCAHgIAhx4CANAeAgDcHgIAIB8CACYfAgBwHwIAdh8CAMAfAgDFHwIAECACABYgAgBATg0AcSACALAgAgCxIAIAACECALYgAgCwJQIABSECAFAhAgBeIQIAoCECAK0hAgDwIQIA+iECAEAiAgBMIgIAkCICAJYiAgDgIgIA7CICADAjAgBDIwIAgCMCAI8jAgDQIwIA3CMCACAkAgAhJAIAcCQCAHokAgDAJAIAziQCABAlAgAVJQIAYCUCAG0lAgCQTg0AvCUCAAAmAgAQJgIAUCYCAFwmAgCgJgIApiYCAPAmAgD8JgIAQCcCAE0nAgCQJwIAnycCAOAnAgDsJwIAMCgCADwoAgCAKAIAkygCANAoAgDfKAIAICkCACwpAgBwKQIAcSkCAMApAgDKKQIAECoCAB4qAgBgKgIAZSoCALAqAgC9KgIA4E4NAAIrAgCwlQUADCsCAFArAgANKwIAoHAIAA4rAgAwAgoAZCsCAKArAgCsKwIA8CsCAPYrAgBALAIARiwCAJAsAgCVLAIA4CwCAOYsAgAwTw0APC0CAIAtAgCNLQIAIIgCAJMtAgDQLQIA1S0CAGA+AgDYLQIAgMgCANwtAgAgLgIAJi4CAHAuAgB2LgIAwC4CAMUuAgAQLwIAFi8CAIBPDQBsLwIAsC8CALYvAgAAMAIABTACAFAwAgBXMAIAoDACAK4wAgDwMAIACzECAEAxAgBOMQIAkDECAJMxAgDgMQIA7jECADAyAgA1MgIAgDICAI0yAgDQMgIA3DICACAzAgAmMwIAcDMCAHYzAgDAMwIAxTMCABA0AgAWNAIA0E8NAGU0AgCwNAIAuTQCAAA1AgANNQIAUDUCAFc1AgCgNQIAsTUCAPA1AgD1NQIAQDYCAE82AgCQNgIAkjYCAOA2AgDxNgIAMDcCADw3AgCANwIAhjcCANA3AgDWNwIAIDgCACU4AgBwOAIAdjgCACBQDQDXOAIAEDkCABw5AgBgOQIAbDkCALA5AgC2OQIAADoCAAY6AgBQOgIAVToCAKA6AgCmOgIAcFANAPY6AgBwagIABzsCAEA7AgBJOwIAkDsCAKY7AgDgOwIA7DsCADA8AgA9PAIAgDwCAIo8AgDQPAIA3DwCACA9AgAmPQIAcD0CAHY9AgDAPQIAxT0CABA+AgAWPgIAwFANAGk+AgCwPgIAuj4CAAA/AgAFPwIAUD8CAGA/AgCgPwIAuT8CAPA/AgD1PwIAQEACAElAAgCQQAIAnUACAOBAAgDnQAIAMEECADNBAgCAQQIAjEECANBBAgDjQQIAIEICAC9CAgBwQgIAfEICAMBCAgDBQgIAEEMCABpDAgBgQwIAbkMCALBDAgC1QwIAAEQCAA1EAgAQUQ0AU0QCAKBEAgCjRAIA8EQCAP1EAgAQvgkA/0QCAEBFAgBCRQIAkEUCAJNFAgDgRQIA6kUCADBGAgA8RgIAgEYCAJNGAgDQRgIA30YCACBHAgAsRwIAcEcCAHFHAgDARwIAykcCABBIAgAeSAIAYEgCAGVIAgCwSAIAvUgCAGBRDQABSQIAUEkCAFxJAgCgSQIApkkCAPBJAgDySQIAQEoCAEpKAgCQSgIAnkoCAOBKAgDlSgIAMEsCAD1LAgCASwIAjEsCANBLAgDjSwIAIEwCAC9MAgBwTAIAfEwCAMBMAgDBTAIAEE0CABpNAgBgTQIAbk0CALBNAgC1TQIAAE4CAA1OAgCwUQ0AWU4CAKBOAgBcTgIAgI4KAKZOAgDwTgIA804CAEBPAgBOTwIAkE8CAJVPAgDgTwIA7U8CADBQAgA8UAIAgFACAIZQAgDQUAIA1lACACBRAgAlUQIAcFECAHZRAgAAUg0AwlECABBSAgDHUQIAUB0LAB9SAgBgUgIAgFICALBSAgC1UgIAAFMCABtTAgBQUwIAXFMCAKBTAgCmUwIA8FMCAABUAgBAVAIAUVQCAJBUAgCVVAIA4FQCAORUAgAwVQIAPFUCAIBVAgCGVQIA0FUCANZVAgAgVgIAJVYCAHBWAgB2VgIAUFINANZWAgAQVwIAEVcCAGBXAgBxVwIAsFcCALxXAgAAWAIAFlgCAFBYAgBcWAIAoFgCAK1YAgDwWAIA+lgCAEBZAgBMWQIAkFkCAJdZAgDgWQIA7FkCADBaAgA2WgIAgFoCAIZaAgDQWgIA1VoCACBbAgAmWwIAoFINAHJbAgCg7wsAeVsCAMBbAgDBWwIAEFwCABFcAgBgXAIAZVwCALBcAgC2XAIAAF0CAApdAgBQXQIAXF0CAKBdAgCnXQIA8F0CAPVdAgBAXgIAQV4CAJBeAgCcXgIA4F4CAOZeAgAwXwIAMl8CAIBfAgCKXwIA0F8CAN5fAgAgYAIAJWACAHBgAgB9YAIAwGACAMxgAgAQYQIAI2ECAGBhAgBvYQIAsGECALxhAgAAYgIAAWICAFBiAgBaYgIAoGICAK5iAgDwYgIA9WICAEBjAgBNYwIA8FINAKFjAgDgYwIA7GMCADBkAgBHZAIAgGQCAIJkAgDQZAIA4WQCACBlAgAiZQIAcGUCAHZlAgDAZQIA12UCABBmAgAZZgIAYGYCAHZmAgCwZgIAvGYCAABnAgANZwIAUGcCAFpnAgCgZwIArGcCAPBnAgADaAIAQGgCAE9oAgCQaAIAnGgCAOBoAgDhaAIAMGkCADppAgCAaQIAjmkCANBpAgDVaQIAIGoCAC1qAgBAUw0AcmoCAMBqAgDUagIAEGsCAB5rAgBgawIAbWsCALBrAgC3awIAAGwCAAxsAgBQbAIAY2wCAKBsAgClbAIA8GwCAPlsAgBAbQIASm0CAJBtAgCVbQIA4G0CAPBtAgAwbgIASW4CAIBuAgCFbgIA0G4CANluAgAgbwIALW8CAHBvAgB3bwIAwG8CAMNvAgAQcAIAHHACAGBwAgBzcAIAsHACAL9wAgAAcQIADHECAFBxAgBRcQIAoHECAKpxAgDwcQIA/nECAEByAgBFcgIAkHICAJ1yAgCQUw0A+XICADBzAgA8cwIAgHMCAIZzAgDQcwIA4HMCACB0AgAldAIAcHQCAHZ0AgDAdAIA1nQCABB1AgASdQIAYHUCAGp1AgCwdQIAvHUCAAB2AgATdgIAUHYCAF92AgCgdgIArHYCAPB2AgDxdgIAQHcCAEp3AgCQdwIAnncCAOB3AgDldwIAMHgCAD14AgDgUw0Ag3gCAAAOCwCKeAIA8A0MAIx4AgCgLwgAjXgCAKAqAwCPeAIA0HgCANl4AgAgeQIAJnkCAHB5AgB2eQIAwHkCAMx5AgAQegIAHXoCAGB6AgBqegIAsHoCAMZ6AgAAewIABXsCAFB7AgBXewIAoHsCAK57AgDwewIAAHwCAEB8AgBOfAIAkHwCAJ98AgDgfAIA4nwCADB9AgA6fQIAgH0CAI59AgDQfQIA1X0CACB+AgAtfgIAcH4CAHx+AgDAfgIA034CABB/AgAffwIAYH8CAGx/AgCwfwIAsX8CAACAAgAKgAIAUIACAF6AAgCggAIApYACAPCAAgD9gAIAMFQNAEKBAgCQgQIATIECANAnCAChgQIA4IECAOmBAgAwggIAPIICAICCAgCMggIA0IICANaCAgAggwIAJoMCAHCDAgB1gwIAwIMCAMaDAgCAVA0AFoQCANBUDQBshAIAIFUNALOEAgDAVQ0AA4UCABBWDQAFhQIA0NYDAFOFAgBw9AkAXYUCAKCFAgCqhQIA8IUCAPKFAgBAhgIAU4YCAJCGAgCchgIA4IYCAOaGAgAwhwIANocCAICHAgCFhwIA0IcCANaHAgBgVg0AKogCAHCIAgByiAIAwIgCAMqIAgAQiQIAHokCAGCJAgBliQIAsIkCAL2JAgAAigIADIoCAFCKAgBWigIAoIoCAKaKAgDwigIA9YoCAECLAgBGiwIAsFYNAJmLAgDAfgwAnYsCAOCLAgChiwIA0NUJAO2LAgAwjAIA/4sCAFD3AwA1jAIAgIwCAIqMAgDQjAIA2IwCACCNAgDnjAIAICQMACaNAgBAtQoALo0CAJDdCgAvjQIAMC0HADCNAgBwjQIAMY0CABCgCQB+jQIAwI0CAM2NAgAQjgIAF44CAGCOAgBojgIAsI4CALGOAgCQcAkAs44CAACPAgDGjgIAsG4JABSPAgBQjwIAZo8CAKCPAgC5jwIA8I8CAPWPAgBAkAIAUZACAABXDQChkAIA4JACAOKQAgAwkQIAOpECAICRAgCOkQIA0JECANWRAgAgkgIALZICAHCSAgB4kgIAwJICAMySAgAQkwIA0JICAFCUAgAWkwIAYJMCAGaTAgCwkwIAtZMCAACUAgAGlAIAUFcNAFKUAgCglAIArpQCAPCUAgABlQIAoFcNAEeVAgDwVw0AmJUCAOCVAgDulQIAMJYCAO+VAgAwmwIAPZYCAICWAgCPlgIA0JYCANWWAgAglwIANpcCAHCXAgBxlwIAwJcCAMKXAgAQmAIAGpgCAGCYAgBumAIAsJgCAMmYAgAAmQIAEZkCAFCZAgBcmQIAoJkCAKiZAgDgWA0ABJoCAECaAgBBmgIAkJoCAJyaAgDgmgIA45oCADBZDQAymwIAgJsCAI2bAgDQmwIA3ZsCACCcAgAlnAIAcJwCAHqcAgDAnAIAyJwCABCdAgAgnQIAYJ0CAG6dAgCwnQIAvZ0CAACeAgAHngIAUJ4CAFieAgCgngIAo54CAPCeAgAEnwIAQJ8CAFafAgCQnwIAqZ8CAOCfAgDlnwIAMKACAEGgAgCAWQ0AiKACANBZDQCMoAIAkD8IAJygAgBQlw4A3aACACChAgAnoQIAcKECAHyhAgDAoQIA0KECABCiAgAeogIAYKICAG2iAgCwogIAvKICAACjAgAHowIAIFoNAFKjAgCgowIAVaMCAMCCAwCtowIA8KMCAP2jAgBApAIARaQCAJCkAgCapAIA4KQCAOikAgAwpQIAOaUCAIClAgCDpQIA0KUCANylAgBwWg0AJaYCAHCmAgAspgIAMNEIAHWmAgDApgIAyKYCABCnAgAmpwIAYKcCAGKnAgCwpwIAvacCAACoAgAUqAIAwFoNAFWoAgCgqAIAqKgCAGDJCACqqAIA8KgCAPioAgBAqQIATKkCAJCpAgCdqQIA4KkCAOWpAgAwqgIAOaoCAICqAgCXqgIA0KoCANuqAgAQWw0ALqsCAHCrAgBzqwIAwKsCAMOrAgAQrAIAHqwCAGCsAgBtrAIAsKwCAMesAgAArQIACK0CAFCtAgBWrQIAoK0CAKytAgDwrQIA+q0CAECuAgBJrgIAkK4CAJauAgDgrgIA7a4CAGBbDQA8rwIAgK8CAD6vAgCQ1QgAj68CANCvAgDhrwIAILACACKwAgBwsAIAdrACAMCwAgDMsAIAELECABexAgBgsQIAaLECALCxAgCysQIAALICAA2yAgBQsgIAV7ICAKCyAgCosgIA8LICAP2yAgBAswIARbMCAJCzAgCaswIA4LMCAOizAgAwtAIAObQCAIC0AgCDtAIA0LQCANy0AgAgtQIAJ7UCALBbDQB9tQIAwLUCAIa1AgBwugIAprUCAKDZCADbtQIAELYCABK2AgBgtgIAcbYCALC2AgC+tgIAALcCAAe3AgBQtwIAWLcCAKC3AgCltwIA8LcCAPG3AgBAuAIATLgCAJC4AgCWuAIA4LgCAOK4AgAwuQIAOrkCAIC5AgCOuQIA0LkCANW5AgAgugIALboCAABcDQBxugIAwLoCAMW6AgAQuwIAFrsCAGC7AgBquwIAsLsCALy7AgAAvAIAB7wCAFC8AgBYvAIAoLwCAKK8AgDwvAIA/bwCAEC9AgBHvQIAkL0CAJi9AgDgvQIA7b0CADC+AgA1vgIAgL4CAIq+AgDQvgIA2L4CACC/AgApvwIAcL8CAHO/AgDAvwIAzL8CABDAAgAXwAIAUFwNAGzAAgAwzAgAdMACALDAAgC9wAIAAMECAArBAgBQwQIAUsECAKDBAgCzwQIA8MECAPjBAgBAwgIATMICAJDCAgCWwgIA4MICAObCAgAwwwIANcMCAIDDAgCGwwIAoFwNAN7DAgAgxAIAL8QCAHDEAgCMxAIAwMQCAJDEAgCg7gIAyMQCAPBcDQAZxQIAYMUCAG3FAgCwxQIAusUCAADGAgAOxgIAUMYCAGbGAgCgxgIArMYCAPDGAgD4xgIAQF0NAEbHAgCQxwIAlscCAODHAgDlxwIAMMgCADbIAgCQXQ0AhcgCANDIAgDZyAIAIMkCACrJAgBwyQIAeMkCAMDJAgDFyQIAEMoCACDKAgBgygIAaMoCALDKAgC2ygIAkMwCAMnKAgAAywIABcsCAFDLAgBZywIAoMsCAK3LAgDwywIA98sCAEDMAgBDzAIA4F0NAJLMAgDgzAIA7cwCADDNAgBHzQIAgM0CAIzNAgAwXg0A5s0CACDOAgAhzgIAcM4CAHrOAgDAzgIAyM4CABDPAgAazwIAYM8CAGXPAgCwzwIAuM8CAADQAgAC0AIAUNACAAPQAgBQ1QIAB9ACAHDiAgAW0AIA4NsCAFfQAgCg0AIAp9ACAPDQAgD40AIAQNECAETRAgCQ0QIAntECAODRAgDq0QIAMNICADvSAgCA0gIAiNICANDSAgDV0gIAINMCADvTAgBw0wIAfNMCAMDTAgDG0wIAENQCACDUAgBg1AIAcdQCALDUAgC11AIAANUCAATVAgCAXg0AWdUCAKDVAgC51QIA8NUCAPrVAgBA1gIARtYCAJDWAgCS1gIA4NYCAO/WAgAw1wIAOtcCAIDXAgCI1wIA0NcCANTXAgAg2AIALtgCAHDYAgB62AIAwNgCAMvYAgAQ2QIAGNkCAGDZAgBl2QIAsNkCAMvZAgAA2gIADNoCAFDaAgBW2gIAoNoCALDaAgDw2gIAAdsCAEDbAgBF2wIAkNsCAJTbAgDQXg0A6dsCADDcAgBB3AIAgNwCAIrcAgDQ3AIA3twCACDdAgAh3QIAcN0CAIHdAgDA3QIA1N0CABDeAgAY3gIAYN4CAGTeAgCw3gIAvt4CAADfAgAK3wIAUN8CAFvfAgCg3wIAqN8CAPDfAgD13wIAQOACAFvgAgCQ4AIAnOACAODgAgDm4AIAMOECAEDhAgCA4QIAkeECANDhAgDV4QIAIOICACTiAgAgXw0AfuICAMDiAgDb4gIAEOMCAB7jAgBg4wIAZ+MCALDjAgC84wIAAOQCAAjkAgBwXw0AXuQCAKDkAgCq5AIA8OQCAPvkAgBA5QIASOUCAJDlAgCV5QIA4OUCAPvlAgAw5gIAPOYCAIDmAgCG5gIA0OYCAODmAgAg5wIAMecCAHDnAgB15wIAwOcCAMTnAgDAXw0AIegCAGDoAgBo6AIAsOgCALHoAgAA6QIABekCAFDpAgBe6QIAoOkCAK3pAgDw6QIA+ukCAEDqAgBM6gIAkOoCAJbqAgDg6gIA6OoCADDrAgA36wIAgOsCAIzrAgDQ6wIA1usCACDsAgAs7AIAcOwCAIDsAgDA7AIAzOwCABDtAgAW7QIAYO0CAGztAgCw7QIAve0CAADuAgAP7gIAUO4CAFzuAgAQYA0ArO4CAPDuAgD37gIAQO8CAEjvAgCQ7wIAku8CAODvAgDq7wIAMPACADjwAgBgYA0AjvACAKD9AgCP8AIA0PACANLwAgAg8QIAMfECAHDxAgCB8QIAwPECAMzxAgAQ8gIAF/ICAGDyAgBo8gIAsPICANryAgAA8wIABfMCAFDzAgBR8wIAoPMCAKrzAgDw8wIA/vMCAED0AgBF9AIAkPQCAJ30AgDg9AIA/PQCADD1AgBM9QIAsGANAI31AgDQ9QIA1PUCACD2AgAm9gIAcPYCAHL2AgDA9gIAwfYCABD3AgAz9wIAYPcCAIT3AgCw9wIA2vcCAAD4AgAI+AIAUPgCAFX4AgCg+AIArfgCAPD4AgD4+AIAQPkCAEL5AgCQ+QIAmPkCAOD5AgAK+gIAMPoCAD36AgCA+gIAhfoCAND6AgDd+gIAIPsCACz7AgBw+wIAmvsCAMD7AgDI+wIAEPwCACv8AgBg/AIAYvwCALD8AgDB/AIAAP0CAAn9AgBQ/QIAXP0CAABhDQCt/QIA8P0CAPf9AgBA/gIATP4CAJD+AgCj/gIA4P4CAOj+AgAw/wIANf8CAID/AgCJ/wIA0P8CANr/AgAgAAMAKAADAHAAAwB1AAMAwAADANAAAwAQAQMAGAEDAGABAwB5AQMAsAEDALUBAwAAAgMACQIDAFACAwBdAgMAoAIDAKcCAwDwAgMA8wIDAFBhDQBCAwMAkAMDAJoDAwDgAwMA4gMDADAEAwBJBAMAgAQDAIIEAwDQBAMA0wQDACAFAwAsBQMAcAUDAHgFAwCgYQ0A1AUDABAGAwATBgMAYAYDAGoGAwCwBgMAvAYDAAAHAwAWBwMAUAcDAFgHAwCgBwMArgcDAPAHAwDzBwMAQAgDAEgIAwCQCAMAkwgDAOAIAwCeCAMAcA8DAOoIAwAwCQMA6wgDAAAMAwAyCQMAgAkDAIYJAwDQCQMA2gkDACAKAwAuCgMAcAoDAH0KAwDACgMA1woDABALAwAYCwMAYAsDAGkLAwCwCwMAsQsDAPBhDQAJDAMAUAwDAFoMAwCgDAMAqgwDAPAMAwD+DAMAQA0DAE0NAwCQDQMApw0DAOANAwDoDQMAMA4DADcOAwCADgMAhQ4DANAOAwDUDgMAIA8DAC0PAwBAYg0AfQ8DAMAPAwDIDwMAEBADABYQAwBgEAMAbBADALAQAwC/EAMAABEDAAURAwBQEQMAaxEDAKARAwCsEQMA8BEDAPYRAwBAEgMAVBIDAJASAwCYEgMA4BIDAPYSAwAwEwMANRMDAIATAwCHEwMA0BMDANwTAwCQYg0AJxQDAHAUAwB+FAMAwBQDAM0UAwAQFQMAJxUDAGAVAwBoFQMAsBUDALYVAwAAFgMADBYDAFAWAwBXFgMAoBYDAK4WAwDwFgMA8xYDAEAXAwBIFwMAkBcDAJ4XAwDgFwMA4xcDADAYAwA4GAMAgBgDAJEYAwDQGAMA1RgDACAZAwAiGQMAcBkDAHcZAwDAGQMAzhkDABAaAwAdGgMAYBoDAHcaAwCwGgMAuBoDAAAbAwAKGwMAUBsDAFsbAwCgGwMArBsDAPAbAwD4GwMA4GINAEIcAwCQHAMAmhwDAOAcAwDiHAMAMB0DADMdAwCAHQMAjB0DANAdAwDaHQMAIB4DACgeAwBwHgMAfh4DAMAeAwDNHgMAEB8DABgfAwBgHwMAdh8DALAfAwC8HwMAACADABYgAwBQIAMAVSADAKAgAwCmIAMA8CADAAQhAwAwYw0AQyEDAJAhAwCYIQMA4CEDAO4hAwAwIgMA9iEDAEC+BgA9IgMAgCIDAIgiAwDQIgMA2iIDACAjAwArIwMAcCMDAHwjAwDAIwMAyCMDAIBjDQAWJAMAYCQDAGUkAwCwJAMAvyQDAAAlAwAMJQMAUCUDAFMlAwCgJQMAoyUDAPAlAwD4JQMAQCYDAEUmAwCQJgMAoCYDAOAmAwDoJgMAMCcDADMnAwCAJwMAiicDANAnAwDSJwMAICgDACYoAwBwKAMAeigDAMAoAwDOKAMAECkDAB0pAwBgKQMAdykDALApAwC4KQMAACoDAAkqAwBQKgMAUSoDANBjDQCsKgMA8CoDAPMqAwCwMwgA/yoDAEArAwADKwMAYCQIAEorAwCQKwMAmCsDANCaAwCcKwMAcAsMAJ4rAwDgKwMArCsDAFAhBwDlKwMAMCwDAO0rAwAQbgQAPSwDAIAsAwCDLAMAwJsIAIYsAwBw+wcAiCwDANAsAwCKLAMAsCIFAIwsAwCABwUA1iwDAFCCBQDaLAMAIC0DAN4sAwDQYwgAJS0DAHAtAwAsLQMA4MYDAHgtAwDALQMAwy0DABAuAwAcLgMAYC4DAGYuAwCwLgMAyy4DAAAvAwAMLwMAUC8DAFYvAwCgLwMAqC8DAPAvAwDyLwMAQDADAPUvAwDgMAMASjADAJAwAwCYMAMAIGQNAO0wAwAwMQMAODEDAIAxAwCDMQMA0DEDANUxAwAgMgMALzIDAHAyAwCQMgMAwDIDAMwyAwAQMwMAGjMDAGAzAwBoMwMAsDMDAMIzAwDAZA0ACjQDAFA0AwBeNAMAoDQDAK00AwDwNAMABzUDAEA1AwBINQMAkDUDAJ81AwDgNQMA5TUDADA2AwA9NgMAgDYDAI02AwDQNgMA3DYDACA3AwAvNwMAcDcDAHo3AwDANwMAzjcDABA4AwAVOAMAYDgDAG04AwCwOAMAszgDAAA5AwAIOQMAUDkDAFU5AwCgOQMArTkDAPA5AwD4OQMAQDoDAEk6AwCQOgMAnToDAOA6AwDuOgMAMDsDAEM7AwCAOwMAiDsDANA7AwDXOwMAIDwDACU8AwBwPAMAhjwDAMA8AwDCPAMAED0DAB49AwBgPQMAbT0DALA9AwC4PQMAAD4DAAM+AwBQPgMAVT4DAKA+AwCvPgMA8D4DABA/AwBAPwMATD8DAJA/AwCaPwMA4D8DAOg/AwAwQAMAQkADABBlDQCRQAMA0EADANdAAwAgQQMAKEEDAHBBAwB9QQMAwEEDAMVBAwAQQgMAGkIDAGBCAwBoQgMAsEIDALJCAwBgqwgAukIDAMDDCAC/QgMAAEMDAMBCAwDQfQcABUMDAFBDAwBdQwMAoEMDAK1DAwDwQwMA/EMDAEBEAwBPRAMAkEQDAJpEAwDgRAMA6EQDADBFAwA6RQMAgEUDAIVFAwDQRQMA2EUDAGBlDQAsRgMAcEYDAHZGAwDARgMA20YDABBHAwAcRwMAYEcDAGZHAwCwRwMAzEcDAABIAwAISAMAsGUNAFhIAwCgSAMAqkgDAPBIAwD7SAMAQEkDAExJAwCQSQMAmEkDAABmDQDsSQMAMEoDADZKAwCASgMAm0oDANBKAwDcSgMAIEsDACZLAwBwSwMAeEsDAMBLAwDGSwMAEEwDABlMAwBgTAMAbUwDALBMAwC9TAMAAE0DAA5NAwBQTQMAXU0DAKBNAwC3TQMA8E0DAPhNAwBATgMARU4DAJBOAwBRTgMAcFADAJ1OAwDgTgMA6E4DADBPAwA7TwMAgE8DAIVPAwDQTwMA008DACBQAwAqUAMAUGYNAHVQAwDAUAMAz1ADABBRAwASUQMAYFEDAHFRAwCwUQMAwVEDAABSAwAUUgMAoGYNAGFSAwCgUgMAo1IDAPBSAwCoUgMAcHoGAK1SAwCQ/wsA+lIDAEBTAwBCUwMAkFMDAJpTAwDgUwMA7FMDADBUAwBYVAMAgFQDAItUAwDgAgQAplQDANBUAwABVQMAIFUDAEZVAwBwVQMAllUDAMBVAwDyVQMAEFYDAEBWAwBgVgMAaFYDALBWAwDYVgMAAFcDADNXAwBQVwMAgFcDAKBXAwCoVwMA8FcDAP9XAwBAWAMARVgDAJBYAwCZWAMA4FgDAJ1YAwAQYAMA8VgDADBZAwA3WQMAgFkDAIhZAwDQWQMA3VkDACBaAwAlWgMAcFoDAHpaAwDAWgMAyFoDABBbAwAaWwMAUGYDAB9bAwBgWwMAZVsDALBbAwC9WwMAAFwDAA1cAwBQXAMAXFwDAKBcAwCvXAMA8FwDAPpcAwBAXQMASF0DAJBdAwCaXQMA4F0DAOVdAwAwXgMAOF4DAPBmDQCMXgMA0F4DANZeAwAgXwMAO18DAHBfAwB8XwMAwF8DAMZfAwBAZw0AHWADAGBgAwBsYAMAsGADAL9gAwAAYQMACmEDAFBhAwBeYQMAoGEDAKVhAwDwYQMA/WEDAEBiAwBIYgMAkGIDAJpiAwDgYgMA5WIDADBjAwA4YwMAgGMDAINjAwDQYwMA3GMDACBkAwAmZAMAcGQDAItkAwDAZAMAzGQDABBlAwAWZQMAYGUDAGhlAwCwZQMAsmUDAABmAwAKZgMAkGcNAFZmAwCgZgMAomYDAPBmAwD9ZgMAQGcDAENnAwCQZwMAoWcDAOBnAwDiZwMAMGgDADpoAwCAaAMAjGgDANBoAwDYaAMA4GcNACVpAwBwaQMAc2kDAMBpAwDKaQMAEGoDABhqAwBgagMAbWoDALBqAwCyagMAAGsDABZrAwBQawMAXGsDADBoDQC8awMA8GsDAAxsAwCAaA0ARWwDAJBsAwCdbAMA4GwDAO1sAwAwbQMAPG0DAIBtAwCPbQMA0G0DANptAwAgbgMALm4DAHBuAwB1bgMAwG4DAM1uAwAQbwMAKW8DAGBvAwBibwMAsG8DALdvAwDQaA0AHXADAFBwAwBhcAMAoHADAKxwAwDwcAMAA3EDAEBxAwBPcQMAkHEDAJxxAwDgcQMA4XEDADByAwA6cgMAgHIDAI5yAwDQcgMA1XIDACBzAwAtcwMAIGkNAHVzAwDAcwMAzXMDABB0AwAddAMAYHQDAGx0AwCwdAMAv3QDAAB1AwAKdQMAUHUDAF51AwCgdQMApXUDAPB1AwD9dQMAQHYDAEh2AwCQdgMAmnYDAOB2AwDldgMAMHcDADh3AwAQag0AgncDANB3AwDedwMAIHgDADF4AwBgag0Ad3gDALBqDQDFeAMAEHkDABh5AwBgeQMAb3kDALB5AwC1eQMAAHoDAA16AwBQegMAXXoDAKB6AwCsegMA8HoDAP96AwBAewMASnsDAFBrDQCWewMAEDEKAKN7AwDgewMA73sDADB8AwA8fAMAgHwDAIF8AwDQfAMA2nwDACB9AwAufQMAcH0DAHV9AwDAfQMAzX0DAKBrDQAUfgMAYH4DAGt+AwCwfgMAvn4DAAB/AwARfwMAUH8DAFx/AwCgfwMAqH8DAPBrDQD1fwMAQIADAE2AAwCQgAMAnYADAOCAAwDsgAMAMIEDAD+BAwCAgQMAioEDANCBAwDegQMAIIIDAC2CAwBwggMAh4IDAEBsDQDNggMAEIMDAB2DAwBggwMAbIMDALCDAwC/gwMAAIQDAAqEAwBQhAMAXoQDAKCEAwBshAMAkMwHAKWEAwDwhAMA/YQDAECFAwBIhQMAkIUDAJaFAwDghQMA7IUDADCGAwBAhgMAgIYDAImGAwDQhgMA04YDACCHAwAshwMAcIcDAHeHAwCQbA0AzYcDABCIAwAfiAMAYIgDAGGIAwCwiAMAx4gDAACJAwAaiQMAUIkDAFyJAwCgiQMAs4kDAPCJAwD/iQMAQIoDAEyKAwCQigMAkYoDAOCKAwDqigMAMIsDAD6LAwCAiwMAhYsDANCLAwDdiwMA4GwNADqMAwBwjAMAf4wDAMCMAwDCjAMAEI0DAMWMAwAAkwMAHY0DAGCNAwBtjQMAsI0DALWNAwAAjgMACo4DAFCOAwBfjgMAoI4DAKWOAwDwjgMA/Y4DAECPAwBNjwMAkI8DAJyPAwDgjwMA748DADCQAwA6kAMAgJADAI2QAwDQkAMA1ZADACCRAwAkkQMAcJEDAHyRAwDAkQMAxpEDABCSAwAWkgMAYJIDAGWSAwCwkgMAtpIDADBtDQANkwMAUJMDAF2TAwCgkwMArJMDAPCTAwD/kwMAQJQDAEqUAwCQlAMAnpQDAOCUAwDllAMAMJUDAD2VAwCAlQMAh5UDANCVAwDVlQMAIJYDACyWAwBwlgMAc5YDAMCWAwDNlgMAEJcDABWXAwBglwMAapcDALCXAwC8lwMAAJgDABOYAwBQmAMAXpgDAKCYAwCjmAMA8JgDAPqYAwBAmQMATJkDAJCZAwCWmQMA4JkDAOaZAwAwmgMANZoDAICaAwCGmgMAgG0NANqaAwCgrwUA3JoDABBwBwDfmgMAIJsDACKbAwBwmwMAgZsDAMCbAwDRmwMAEJwDABicAwBgnAMAcJwDALCcAwCynAMAAJ0DAA6dAwBQnQMAYZ0DANBtDQCnnQMAIG4NAPGdAwBAngMARZ4DAJCeAwCWngMA4J4DAOqeAwAwnwMAPJ8DAICfAwCGnwMA0J8DANafAwAgoAMAJaADAHCgAwB2oAMAcG4NAM6gAwAQoQMAKaEDAGChAwBhoQMAsKEDAM2hAwAAogMAGqIDAFCiAwBTogMAoKIDAKWiAwBgbw0ACaMDAECjAwBGowMAkKMDAFajAwCgEAQAkqMDAOCjAwDmowMAMKQDAESkAwCApAMAiKQDANCkAwDdpAMAIKUDACWlAwBwpQMAeqUDAMClAwDIpQMAEKYDACGmAwBgpgMAZaYDALCmAwCypgMAAKcDAAenAwBQpwMAXKcDAKCnAwCnpwMA8KcDAAyoAwBAqAMASKgDALBvDQCVqAMA4KgDAOKoAwAwqQMAN6kDAICpAwCOqQMA0KkDAN2pAwAgqgMAN6oDAHCqAwB4qgMAwKoDAMqqAwAQqwMA1qoDAJAMBAAbqwMAYKsDAGyrAwCwqwMAuKsDAABwDQABrAMAUKwDAFWsAwCgrAMAo6wDAPCsAwD6rAMAQK0DAFetAwCQrQMAlq0DAOCtAwDsrQMAMK4DADOuAwCArgMAna4DANCuAwDhrgMAIK8DAD+vAwBwrwMAeK8DAMCvAwDCrwMAELADAB+wAwBgsAMAarADALCwAwC+sAMAALEDABuxAwBQsQMAXLEDAKCxAwCosQMAUHANAPyxAwBAsgMAT7IDAJCyAwCVsgMA4LIDAOayAwAwswMAN7MDAICzAwCIswMA0LMDANKzAwAgtAMAJ7QDAHC0AwBytAMAwLQDAMG0AwAQtQMAGrUDAGC1AwBstQMAsLUDALa1AwAAtgMAGrYDAFC2AwBYtgMAoLYDALa2AwDwtgMA/rYDAEC3AwBDtwMAkLcDAJO3AwDgtwMA7rcDADC4AwA9uAMAgLgDAJe4AwDQuAMA2LgDACC5AwAiuQMAcLkDAHi5AwDAuQMA17kDABC6AwAcugMAYLoDAHa6AwCwugMAuLoDAAC7AwAOuwMAULsDAFq7AwCguwMAqLsDAPC7AwD3uwMAQLwDAEy8AwCQvAMAkbwDAOC8AwDsvAMAML0DAD29AwCAvQMAh70DANC9AwDTvQMAIL4DACi+AwBwvgMAdb4DAMC+AwDNvgMAEL8DAD6/AwBgvwMAaL8DAKBwDQC4vwMAsKENAMy/AwAAwAMACMADAPBwDQBewAMAoMADAKLAAwDwwAMAAcEDAEDBAwBIwQMAkMEDAJzBAwDgwQMA5sEDADDCAwA2wgMAgMIDAIXCAwDQwgMA1sIDAEBxDQAlwwMAcMMDACzDAwCA7QoAeMMDAMDDAwDFwwMAgIsIAMbDAwBAdQkAzMMDAAAzCQDPwwMAEMQDANHDAwDAcgkAFcQDAGDEAwAWxAMAEJ0HAG3EAwCwxAMAvcQDAADFAwAMxQMAUMUDAF/FAwCgxQMAqsUDAIByDQD6xQMAQMYDAEXGAwCQxgMAmMYDANByDQDmxgMAMMcDAEbHAwCAxwMAjscDANDHAwDdxwMAIMgDACLIAwBwyAMAesgDAMDIAwDMyAMAEMkDABfJAwBgyQMAaMkDALDJAwC3yQMAAMoDAAnKAwBQygMAXMoDAKDKAwCoygMAcHMNAPXKAwBAywMASMsDAJDLAwCfywMA4MsDAOXLAwAwzAMAPcwDAIDMAwCNzAMA0MwDANzMAwAgzQMAL80DAHDNAwB6zQMAwM0DAM7NAwAQzgMAFc4DAGDOAwBtzgMAsM4DALjOAwAAzwMACs8DAFDPAwBezwMAoM8DALbPAwDwzwMA/M8DAEDQAwBF0AMAkNADAJnQAwDg0AMA6tADAMBzDQA60QMAgNEDAIzRAwDQ0QMA2NEDABB0DQAl0gMAcNIDAH3SAwDA0gMAzdIDABDTAwAc0wMAYNMDAG/TAwCw0wMAutMDAADUAwAY1AMAUNQDAFrUAwCg1AMArtQDAPDUAwAG1QMAQNUDAEzVAwCQ1QMAldUDAODVAwDp1QMAMNYDADrWAwCA1gMAiNYDAGB0DQDd1gMAINcDAObWAwAA3wwALdcDAHDXAwB81wMAwNcDAM/XAwAQ2AMAGtgDAGDYAwBu2AMAsNgDAL3YAwAA2QMAF9kDAFDZAwBY2QMAoNkDAKrZAwDw2QMA9dkDAEDaAwBI2gMAsHQNAJzaAwDg2gMA5toDADDbAwBL2wMAgNsDAIzbAwDQ2wMA1tsDACDcAwA83AMAcNwDAHjcAwAAdQ0AxdwDABDdAwAd3QMAYN0DAG3dAwCw3QMAvN0DAADeAwAP3gMAUN4DAFreAwCg3gMArt4DAPDeAwD13gMAQN8DAE3fAwCQ3wMAmN8DAODfAwDm3wMAMOADAOrfAwAQ4gMAPOADAIDgAwCQ4AMA0OADANngAwAg4QMAI+EDAHDhAwB84QMAwOEDAMfhAwBQdQ0AHuIDAGDiAwB24gMAsOIDALziAwAA4wMAB+MDAFDjAwBY4wMAoOMDAKXjAwDw4wMA+eMDAEDkAwBK5AMAoHUNAJXkAwDg5AMAnOQDAPDoAwDo5AMAMOUDADblAwCA5QMAheUDANDlAwDZ5QMAIOYDACrmAwBw5gMAfOYDAMDmAwDI5gMA8HUNABXnAwBg5wMAaOcDALDnAwC75wMAAOgDAAXoAwBQ6AMAU+gDAKDoAwCq6AMAQHYNAProAwBA6QMAROkDAJDpAwCV6QMA4OkDAObpAwAw6gMAUOoDAIDqAwCI6gMA0OoDAN7qAwAg6wMAI+sDAHDrAwB46wMAwOsDAMnrAwAQ7AMAHewDAGDsAwBm7AMAsOwDALzsAwAA7QMAAu0DAFDtAwBf7QMAoO0DAKvtAwDw7QMA8u0DAEDuAwBZ7gMAkO4DAKHuAwDg7gMA7O4DAJB2DQA47wMAgO8DAKDvAwDQ7wMA3u8DACDwAwAt8AMAcPADAHfwAwDA8AMA3PADABDxAwAY8QMA4HYNAGXxAwCw8QMAvfEDAADyAwAN8gMAUPIDAFzyAwCg8gMAr/IDAPDyAwD68gMAQPMDAFXzAwCQ8wMAmPMDAODzAwDv8wMAMPQDADL0AwCA9AMAifQDAND0AwDT9AMAIPUDACz1AwBw9QMAjPUDAMD1AwDI9QMAMHcNABX2AwBg9gMAdvYDALD2AwC89gMAAPcDACP3AwCAdw0AWvcDAKD3AwCo9wMA8PcDAPb3AwCg7gcA//cDAED4AwBF+AMAkPgDAJ34AwDg+AMA7fgDADD5AwA8+QMAgPkDAI/5AwDQ+QMA2vkDACD6AwAo+gMAcPoDAHr6AwDA+gMAxfoDABD7AwAY+wMA0HcNAGP7AwCw+wMAzfsDAAD8AwAR/AMAUPwDAF78AwDgSAQAhfwDAKD8AwC8/AMA8PwDAAz9AwAgeA0ARv0DAJD9AwCW/QMA4P0DAOX9AwAw/gMANv4DAHB4DQCF/gMA0P4DAN3+AwAg/wMALf8DAHD/AwB8/wMAwP8DAM//AwAQAAQAGgAEAGAABABuAAQAsAAEALUABAAAAQQADQEEAFABBABcAQQAoAEEAKYBBADwAQQA9gEEAEACBABFAgQAkAIEAJYCBABgeQ0A9AIEADADBABWAwQAgAMEAKYDBADQAwQA9gMEACAEBABQBAQAcAQEAHgEBADABAQA6AQEABAFBABFBQQAYAUEAIYFBACwBQQA1gUEAAAGBAA1BgQAUAYEAIAGBACgBgQAqAYEAPAGBAD1BgQAMF0EAP8GBABABwQARQcEAJAHBACdBwQA4AcEAO0HBAAwCAQAPAgEAIAIBACPCAQA0AgEANoIBAAgCQQALgkEAHAJBAB1CQQAwAkEAM0JBAAQCgQAGAoEAGAKBABmCgQAsAoEAGoKBACwWgQAvAoEAAALBAAQCwQAUAsEAFkLBACgCwQAowsEAPALBAD8CwQAQAwEAEcMBACweQ0ApAwEAOAMBADjDAQAMA0EAE0NBACADQQAkQ0EANANBADXDQQAIA4EADkOBABwDgQAeA4EAMAOBADWDgQAEA8EABUPBABgDwQAZw8EALAPBAC5DwQAABAEABEQBABQEAQAXBAEAAB6DQC0EAQA8BAEAPMQBABAEQQAXREEAJARBAChEQQA4BEEAO8RBAAwEgQAQRIEAIASBACOEgQA0BIEANwSBAAgEwQALRMEAHATBAB6EwQAUHoNAMkTBAAQFAQAHRQEAGAUBABuFAQAsBQEAL8UBAAAFQQAAhUEAFAVBABaFQQAoBUEAK4VBADwFQQA9RUEAEAWBABNFgQAkBYEAJMWBADgFgQA7BYEADAXBABDFwQAgBcEAI8XBADQFwQA3BcEACAYBAAhGAQAcBgEAHoYBADAGAQAzhgEABAZBAAVGQQAYBkEAG0ZBACgeg0AtRkEAAAaBAAWGgQAUBoEAGYaBACgGgQAqRoEAPAaBAD9GgQAQBsEAE4bBACQGwQAnxsEAOAbBADiGwQAMBwEADocBACAHAQAjhwEANAcBADVHAQAIB0EAC0dBABwHQQAcx0EAMAdBADIHQQAEB4EACEeBABgHgQAbh4EALAeBAC9HgQAAB8EACAfBABQHwQAWB8EAKAfBACwHwQA8B8EAPIfBABAIAQATiAEAJAgBAChIAQAkHsNAOYgBAAwIQQAPCEEAOB7DQCHIQQA0CEEAI0hBAAAzQUA1yEEACAiBAAmIgQAcCIEAHwiBADAIgQAwyIEABAjBAATIwQAYCMEAIsjBACwIwQA0yMEAAAkBAALJAQAUCQEAFUkBACgJAQAoyQEAPAkBAD6JAQAQCUEAGslBAAwfA0AlSUEAOAlBADtJQQAMCYEAD0mBACAJgQAjCYEANAmBADfJgQAICcEAConBABwJwQAeCcEAMAnBADKJwQAECgEABUoBABgKAQAaCgEAIB8DQC9KAQAACkEABQpBABQKQQAWCkEAKApBAClKQQA8CkEAAAqBABAKgQASCoEAJAqBACaKgQA4CoEAOsqBAAwKwQAPCsEAIArBACIKwQA0HwNANErBAAgLAQALCwEAHAsBAB/LAQAwCwEAM4sBAAQLQQAIC0EAGAtBABuLQQAsC0EALwtBAAALgQABy4EAFAuBABYLgQAoC4EALYuBADwLgQABC8EAEAvBABDLwQAkC8EAK0vBADgLwQA8S8EADAwBAA4MAQAgDAEAIswBADQMAQA1TAEACAxBAAjMQQAcDEEAHoxBADAMQQAwzEEACB9DQAkMgQAYDIEAGMyBACwMgQAzTIEAAAzBAARMwQAUDMEAFgzBACgMwQAozMEAPAzBAD8MwQAQDQEAEY0BACQNAQAqzQEAOA0BADsNAQAMDUEADY1BACANQQAiDUEANA1BADbNQQAIDYEACU2BABwNgQAczYEAMA2BADKNgQAEDcEABg3BABgNwQAfzcEAHB9DQDENwQAADgEACY4BABQOAQAdjgEAKA4BADGOAQA8DgEACY5BABAOQQAdTkEAJA5BAC2OQQA4DkEAAY6BAAwOgQAZToEAIA6BACkOgQA0DoEAOw6BAAgOwQAKDsEAMB9DQB1OwQAwDsEAM07BAAQPAQAHTwEAGA8BABsPAQAsDwEAL88BAAAPQQACj0EAFA9BABePQQAoD0EAKU9BADwPQQA/T0EAEA+BABIPgQAkD4EAJY+BADgPgQAmj4EAMBABADsPgQAMD8EAEA/BACAPwQAiT8EANA/BADTPwQAIEAEACxABABwQAQAd0AEABB+DQDOQAQAEEEEACZBBABgQQQAbEEEALBBBAC3QQQAAEIEAAhCBABQQgQAVUIEAKBCBACpQgQA8EIEAPpCBABgfg0AQUMEAJBDBACcQwQA4EMEAOZDBAAwRAQAMkQEAIBEBACKRAQA0EQEAN5EBAAgRQQAJUUEAHBFBAB9RQQAwEUEAMhFBAAQRgQAGkYEAGBGBABuRgQAsEYEAMZGBAAARwQADEcEAFBHBABXRwQAoEcEAKhHBADwRwQA9UcEAEBIBABJSAQAkEgEAJpIBACwfg0A+EgEADBJBAAzSQQAgEkEAJ1JBADQSQQA4UkEACBKBAA4SgQAcEoEAHxKBADASgQA00oEABBLBAAfSwQAYEsEAGxLBACwSwQAsUsEAABMBAAKTAQAUEwEAF5MBACgTAQApUwEAPBMBAD9TAQAAH8NAEVNBACQTQQAnU0EAOBNBADtTQQAME4EADxOBACATgQAj04EANBOBADaTgQAIE8EAC5PBABwTwQAdU8EAMBPBADNTwQAEFAEABhQBABgUAQAZlAEALBQBABqUAQAkFIEALxQBAAAUQQAEFEEAFBRBABZUQQAoFEEAKNRBADwUQQA/FEEAEBSBABHUgQA8H8NAJ5SBADgUgQA9lIEADBTBAA8UwQAgFMEAIdTBADQUwQA2FMEACBUBAAlVAQAcFQEAHlUBADAVAQAylQEAECADQARVQQAYFUEAGxVBACwVQQAtlUEAABWBAACVgQAUFYEAFpWBACgVgQArlYEAPBWBAD1VgQAQFcEAE1XBACQVwQAmFcEAOBXBADqVwQAMFgEAD5YBACAWAQAllgEANBYBADcWAQAIFkEACdZBABwWQQAeFkEAMBZBADFWQQAEFoEABlaBABgWgQAaloEAJCADQC+WgQAAFsEABZbBABQWwQAXFsEAKBbBACnWwQA8FsEAPhbBABAXAQARVwEAJBcBACZXAQA4FwEAOpcBADggA0AMV0EAIBdBACMXQQA0F0EANZdBAAgXgQAIl4EAHBeBAB6XgQAwF4EAM5eBAAQXwQAFV8EAGBfBABtXwQAsF8EALhfBAAAYAQACmAEAFBgBABeYAQAoGAEALZgBADwYAQA/GAEAEBhBABHYQQAkGEEAJhhBADgYQQA5WEEADBiBAA5YgQAgGIEAIpiBAAwgQ0A0mIEAKBGCgDeYgQAIGMEADFjBABwYwQAdWMEAMBjBADXYwQAEGQEACRkBABgZAQAeGQEALBkBAC/ZAQAAGUEAAVlBABQZQQAXWUEAKBlBACtZQQA8GUEAPxlBABAZgQAT2YEAJBmBACaZgQA4GYEAOhmBAAwZwQATmcEAIBnBACIZwQA0GcEANlnBAAgaAQALWgEAHBoBAByaAQAwGgEANloBAAQaQQAIWkEAGBpBABsaQQAsGkEALhpBACAgQ0ABWoEAFBqBABYagQAoGoEAK9qBADwagQA9WoEAEBrBABNawQAkGsEAJ1rBADgawQA7GsEADBsBAA/bAQAgGwEAIpsBADQbAQA2GwEACBtBAAqbQQAcG0EAHVtBADAbQQAyG0EANCBDQAnbgQAYG4EAGhuBACwbgQAum4EAABvBAAFbwQAUG8EAFhvBAAggg0ApW8EAPBvBAD5bwQAYM0JAP1vBABAcAQABnAEAFCkCwBNcAQAkHAEAJxwBADgcAQA73AEADBxBAA6cQQAgHEEAIhxBABAQwkAjnEEANBxBADdcQQAIHIEADdyBABwcgQAeHIEAMByBADKcgQAEHMEABVzBABgcwQAaHMEAHCCDQC9cwQAAHQEAA50BABQdAQAY3QEAKB0BACodAQA8HQEAPN0BABAdQQARXUEAJB1BACfdQQA4HUEAAB2BAAwdgQAPHYEAIB2BACKdgQA0HYEAOx2BAAgdwQAKHcEAMCCDQCDdwQAwHcEAMZ3BAAQeAQAHHgEAGB4BABqeAQAsHgEALZ4BAAAeQQADnkEAFB5BABceQQAoHkEAKN5BADweQQA8XkEAEB6BABMegQAkHoEAJZ6BADgegQA5noEADB7BAA8ewQAgHsEAJ17BADQewQA2XsEACB8BAAsfAQAcHwEAHN8BADAfAQAynwEABB9BAAcfQQAYH0EAGZ9BACwfQQAtn0EAAB+BAAFfgQAUH4EAFZ+BAAQgw0ArH4EAPB+BADyfgQAQH8EAE9/BACQfwQAm38EAOB/BADsfwQAMIAEADeABACAgAQAiIAEANCABADagAQAIIEEACuBBABwgQQAfIEEAMCBBADIgQQAAIQNABKCBABgggQAc4IEALCCBAC4ggQAAIMEAAaDBABQgwQAXIMEAKCDBACqgwQA8IMEAPaDBABAhAQAToQEAJCEBACchAQA4IQEAOOEBAAwhQQAOIUEAICFBACBhQQA0IUEANyFBAAghgQAJoYEAHCGBAB4hgQAwIYEAMaGBAAQhwQAHIcEAGCHBAB9hwQAsIcEALmHBAAAiAQADIgEAFCIBABTiAQAoIgEAKqIBADwiAQA+IgEAECJBABRiQQAkIkEAJ6JBADgiQQA9okEADCKBAA+igQAgIoEAIqKBABQhA0A34oEACCLBAAriwQAcIsEAHyLBADAiwQAx4sEABCMBAAYjAQAYIwEAGqMBACwjAQAu4wEAACNBAAMjQQAUI0EAFiNBACghA0Aoo0EAPCNBAADjgQAQI4EAEiOBACQjgQAlo4EAOCOBADsjgQAMI8EADqPBACAjwQAho8EANCPBADejwQAIJAEACyQBABwkAQAc5AEAMCQBADIkAQAEJEEABGRBABgkQQAbJEEALCRBAC2kQQAAJIEAAiSBABQkgQAVpIEAKCSBACskgQA8JIEAA2TBABAkwQASZMEAJCTBACckwQA4JMEAOOTBAAwlAQAOpQEAICUBACIlAQA0JQEAOGUBAAglQQALpUEAHCVBACGlQQAwJUEAM6VBAAQlgQAGpYEAGCWBABolgQAsJYEANOWBAAAlwQABJcEAFCXBABblwQAoJcEAK6XBADwlwQA/5cEAECYBABLmAQAkJgEAJiYBADgmAQA7pgEADCZBAAzmQQAgJkEAIiZBADwhA0A3pkEACCaBAAjmgQAcJoEAHiaBABw9AQAfJoEAIDLBAB/mgQAYKAEAIyaBADAmgQA3JoEAECFDQASmwQAYJsEAG2bBACwmwQAvZsEAACcBAAFnAQAUJwEAFqcBACgnAQAr5wEAPCcBAD1nAQAQJ0EAE2dBACQnQQAnZ0EAOCdBADsnQQAMJ4EAD+eBACAngQAip4EANCeBADcngQAIJ8EACafBABwnwQAdp8EAMCfBADFnwQAEKAEABagBACQhQ0AZaAEAIDBBABxoAQAsKAEAL6gBAAAoQQADKEEAFChBABdoQQAoKEEAKqhBADwoQQADKIEAECiBABcogQA4IUNAJKiBADgogQA7aIEADCjBAA9owQAgKMEAIWjBADQowQA2qMEACCkBAAvpAQAcKQEAHWkBADApAQAzaQEABClBAAdpQQAYKUEAGylBACwpQQAv6UEAACmBAAKpgQAUKYEAFymBACgpgQApqYEAPCmBAD2pgQAQKcEAEWnBACQpwQAlqcEADCGDQDnpwQAMKgEAD6oBACAqAQAg6gEANCoBADfqAQAIKkEACWpBABwqQQAfakEAMCpBADNqQQAEKoEAByqBABgqgQAb6oEALCqBAC6qgQAAKsEAA6rBABQqwQAVasEAKCrBACtqwQA8KsEAPyrBABArAQAU6wEAJCsBACfrAQA4KwEAOysBAAwrQQAMa0EAICtBACKrQQA0K0EAN6tBAAgrgQAJa4EAHCuBAB9rgQAgIYNAMWuBAAQrwQAGa8EAGCvBABxrwQAsK8EALevBAAAsAQACLAEAFCwBABdsAQAoLAEAKWwBADwsAQA+rAEAECxBABIsQQAkLEEAKexBADgsQQA7LEEADCyBAA6sgQAgLIEAIiyBADQsgQA0rIEACCzBAAoswQAcLMEAHazBADAswQAzLMEABC0BAATtAQAYLQEAGW0BACwtAQAubQEAAC1BAAGtQQAULUEAF+1BACgtQQArLUEAHCHDQDytQQAQLYEAE62BACQtgQAobYEAMCHDQDntgQAEIgNADW3BACAtwQAiLcEANC3BADftwQAILgEACW4BABwuAQAfbgEAMC4BADNuAQAELkEABy5BABguQQAb7kEALC5BAC6uQQAsIgNAAK6BABQugQAa7oEAKC6BACiugQA8LoEAAq7BABAuwQATbsEAJC7BACcuwQA4LsEAOq7BAAwvAQASrwEAIC8BACPvAQA0LwEANW8BAAgvQQALb0EAHC9BAB9vQQAwL0EAMy9BAAQvgQAH74EAGC+BABqvgQAsL4EALy+BAAAvwQAE78EAFC/BABfvwQAoL8EAKy/BADwvwQA8b8EAEDABABKwAQAkMAEAJ7ABADgwAQA5cAEADDBBAA9wQQAAIkNAI3BBADQwQQA3cEEACDCBAAswgQAcMIEAH/CBADAwgQAysIEABDDBAAewwQAYMMEAGXDBACwwwQAvcMEAADEBAAMxAQAUMQEAGPEBACgxAQAr8QEAPDEBAD8xAQAQMUEAEHFBACQxQQAmsUEAODFBADuxQQAMMYEADXGBACAxgQAjcYEAFCJDQDdxgQAIMcEACLHBABwxwQAiccEAMDHBADRxwQAEMgEABzIBABgyAQAaMgEAECKDQC1yAQAAMkEAAjJBABQyQQAX8kEAKDJBAClyQQA8MkEAP3JBABAygQATcoEAJDKBACcygQA4MoEAO/KBAAwywQAOssEAJCKDQCTywQA0MsEAN/LBAAgzAQALMwEAHDMBABxzAQAwMwEAMrMBAAQzQQAHs0EAGDNBABlzQQAsM0EAL3NBADgig0ABc4EAFDOBABdzgQAoM4EAK3OBADwzgQA/M4EAEDPBABPzwQAkM8EAJrPBADgzwQA7s8EADDQBAA10AQAgNAEAI3QBADQ0AQA2NAEACDRBAAm0QQAcNEEACrRBACQGgUAfNEEAMDRBADQ0QQAENIEABnSBABg0gQAY9IEALDSBAC80gQAANMEAAfTBADQiw0AW9MEAKDTBACh0wQA8NMEAAjUBABA1AQATdQEAJDUBACc1AQA4NQEAOrUBAAw1QQANNUEAIDVBACF1QQA0NUEANbVBAAg1gQAQNYEAHDWBACI1gQAwNYEANfWBAAQ1wQAHNcEAGDXBABq1wQAsNcEALLXBAAA2AQAB9gEAFDYBABX2AQAoNgEAKbYBADw2AQA/NgEAEDZBABD2QQAkNkEAJPZBADg2QQA7NkEADDaBAAz2gQAIIwNAIXaBADQ2gQA2NoEACDbBAAm2wQAcNsEAHXbBADA2wQAydsEABDcBAAa3AQAYNwEAGzcBACw3AQAuNwEAHCMDQAF3QQAUN0EAFjdBACg3QQAq90EAPDdBAD13QQAQN4EAEPeBACQ3gQAmt4EAMCMDQDs3gQAMN8EADffBACA3wQAjt8EANDfBADT3wQAIOAEACjgBABw4AQAc+AEAMDgBADM4AQAEOEEABbhBABg4QQAe+EEALDhBAC84QQAAOIEAAbiBABQ4gQAWOIEAKDiBACk4gQA8OIEAPziBABA4wQATeMEAJDjBACa4wQA4OMEAOjjBAAw5AQAMuQEAIDkBACE5AQA0OQEANLkBAAg5QQANOUEABCNDQB45QQAwOUEAMTlBAAQ5gQAEuYEAGDmBABj5gQAsOYEALjmBAAA5wQADecEAFDnBABV5wQAoOcEAKrnBADw5wQA+OcEAEDoBABB6AQAkOgEAJXoBADg6AQA4+gEADDpBAAz6QQAgOkEAI7pBADQ6QQA6ekEACDqBAAx6gQAcOoEAHzqBADA6gQAyOoEAGCNDQAV6wQAYOsEAGjrBACw6wQAv+sEAADsBAAF7AQAUOwEAF3sBACg7AQArewEAPDsBAD87AQAQO0EAE/tBACQ7QQAmu0EAODtBADo7QQAMO4EADruBACA7gQAhe4EANDuBADY7gQAsI0NACvvBABw7wQAfO8EAMDvBADI7wQAAI4NABzwBABg8AQAZ/AEALDwBAC+8AQAAPEEAAPxBABQ8QQAWPEEAKDxBACj8QQA8PEEAPzxBABA8gQARvIEAJDyBACr8gQA4PIEAOzyBAAw8wQANvMEAIDzBACj8wQA0PMEANPzBAAg9AQARPQEAFCODQB/9AQAwPQEAMX0BAAQ9QQAHfUEAGD1BABt9QQAsPUEALz1BAAA9gQAD/YEAFD2BABa9gQAoPYEAK72BADw9gQA9fYEAED3BABN9wQAkPcEAJj3BACgjg0A7fcEADD4BAA4+AQAgPgEAJn4BADQ+AQA1vgEACD5BAAl+QQAcPkEAJD5BADA+QQAzPkEABD6BAAd+gQAYPoEAGj6BACw+gQAs/oEAAD7BAAK+wQAUPsEAFL7BACg+wQAqvsEAPD7BAD8+wQA8I4NAFb8BACQ/AQAnPwEAOD8BADl/AQAMP0EAOj8BABwbQ4AOf0EAID9BACK/QQA0P0EANj9BAAQkggA3P0EACD+BADz/QQA0IEIACb+BABw/gQAM/4EAGB8CgB2/gQAwP4EAMX+BAAQ/wQAFv8EAECPDQBu/wQAsP8EAMb/BAAAAAUADAAFAFAABQBVAAUAoAAFAKkABQDwAAUA+gAFAEABBQBIAQUAkAEFAJ8BBQDgAQUA5QEFADACBQA9AgUAgAIFAI0CBQDQAgUA3AIFACADBQAvAwUAcAMFAHoDBQDAAwUAzgMFABAEBQAdBAUAYAQFAHcEBQCwBAUAuAQFAAAFBQAKBQUAUAUFAFUFBQCgBQUAqAUFADCQDQD8BQUAQAYFAEYGBQCQBgUAqwYFAOAGBQDsBgUAMAcFADYHBQCAkA0AkwcFANAHBQDfBwUAIAgFACwIBQBwCAUAcQgFAMAIBQDKCAUAEAkFAB4JBQBgCQUAZQkFALAJBQC9CQUA0JANAAUKBQBQCgUAWAoFAKAKBQCjCgUA8AoFAPkKBQBACwUATwsFAJALBQCbCwUA4AsFAOgLBQAwDAUAQAwFAIAMBQCODAUA0AwFAOEMBQAgDQUALA0FAHANBQB4DQUAwJENAMYNBQAQDgUAGA4FAGAOBQBnDgUAsA4FAL4OBQAADwUABg8FAFAPBQBcDwUAoA8FAK8PBQDwDwUA+g8FAEAQBQBFEAUAkBAFAJYQBQDgEAUA9BAFADARBQA4EQUAgBEFAKgRBQDQEQUA2REFACASBQAtEgUAcBIFAH4SBQDAEgUA0xIFABATBQAsEwUAEJINAGUTBQCwEwUAvRMFAAAUBQANFAUAUBQFAFwUBQCgFAUArxQFAPAUBQD6FAUAQBUFAE4VBQCQFQUAlRUFAOAVBQDtFQUAMBYFADgWBQCAFgUAhhYFANAWBQDcFgUAIBcFADAXBQBwFwUAeRcFAMAXBQDDFwUAEBgFABwYBQBgGAUAZxgFAGCSDQDYGAUAABkFAAkZBQBQGQUAXRkFAKAZBQCuGQUA8BkFAAMaBQBAGgUAXBoFALCSDQCeGgUA4BoFAPYaBQAwGwUAPBsFAIAbBQCHGwUA0BsFANgbBQAgHAUAJRwFAHAcBQB5HAUAwBwFAMocBQAAkw0AER0FAGAdBQBsHQUAsB0FALYdBQAAHgUAAh4FAFAeBQBaHgUAoB4FAK4eBQDwHgUA9R4FAEAfBQBNHwUAkB8FAJgfBQDgHwUA6h8FADAgBQA+IAUAgCAFAJYgBQDQIAUA3CAFACAhBQAnIQUAcCEFAHghBQDAIQUAxSEFABAiBQAZIgUAYCIFAGoiBQBQkw0AviIFAAAjBQAWIwUAUCMFAFwjBQCgIwUApSMFAPAjBQD5IwUAQCQFAEokBQCQJAUAnCQFAOAkBQDmJAUAMCUFADYlBQCAJQUAhSUFANAlBQDWJQUAoJMNACUmBQBwJgUAfSYFAMAmBQDNJgUAECcFABwnBQBgJwUAbycFALAnBQC6JwUAACgFAA4oBQBQKAUAVSgFAKAoBQCtKAUA8CgFAPgoBQBAKQUASikFAJApBQCeKQUA4CkFAPYpBQAwKgUAPCoFAIAqBQCFKgUA0CoFANkqBQAgKwUAKisFAJCUDQB8KwUAwCsFANErBQAQLAUAHCwFAGAsBQBvLAUAsCwFALosBQAALQUADi0FAFAtBQBVLQUAoC0FAK0tBQDwLQUA+i0FAEAuBQD8LQUAsDEFAE4uBQCQLgUApi4FAOAuBQDsLgUAMC8FADUvBQCALwUAiS8FANAvBQDaLwUAIDAFACwwBQBwMAUAdjAFAMAwBQDGMAUAEDEFABUxBQBgMQUAZjEFAOCUDQC2MQUAADIFAAYyBQBQMgUAVTIFAKAyBQCmMgUAMJUNAP4yBQBAMwUAVjMFAJAzBQCcMwUA4DMFAOUzBQAwNAUAOTQFAIA0BQCKNAUA0DQFANw0BQAgNQUAMzUFAHA1BQB/NQUAwDUFAMw1BQAQNgUAETYFAGA2BQBqNgUAsDYFAL42BQAANwUABTcFAFA3BQBdNwUAgJUNAK83BQDwNwUAEDgFAEA4BQBMOAUAkDgFAJo4BQDgOAUA5TgFADA5BQAxOQUAgDkFAIw5BQDQOQUA3TkFACA6BQAsOgUAcDoFAIM6BQDAOgUAzzoFABA7BQAcOwUAYDsFAGE7BQCwOwUAujsFAAA8BQAOPAUAUDwFAFU8BQCgPAUArTwFANCVDQAMPQUAIJYNAEY9BQCQPQUAlj0FAOA9BQDlPQUAMD4FADY+BQBwlg0AhT4FANA+BQDTPgUAID8FACw/BQBwPwUAdj8FAMA/BQDbPwUAEEAFABxABQBgQAUAZkAFALBABQCyQAUAAEEFABtBBQBQQQUAUkEFAKBBBQCuQQUA8EEFAAFCBQBAQgUAQkIFAJBCBQCpQgUA4EIFAPFCBQAwQwUAPEMFAGCXDQCKQwUA0EMFAN5DBQAgRAUANkQFAHBEBQB8RAUAwEQFAMVEBQAQRQUAGUUFAGBFBQBqRQUAsEUFALhFBQAARgUABUYFAFBGBQBfRgUAoEYFAK9GBQDwRgUA+UYFAEBHBQBGRwUAkEcFAJZHBQDgRwUA7EcFADBIBQA3SAUAgEgFAIhIBQDQSAUA0kgFACBJBQAwSQUAcEkFAHpJBQDASQUAzEkFABBKBQAWSgUAYEoFAGhKBQCwlw0AvEoFAABLBQARSwUAUEsFAFxLBQCgSwUAr0sFAPBLBQD6SwUAQEwFAE5MBQCQTAUAlUwFAOBMBQDtTAUAME0FADhNBQCATQUAik0FALBjBQCMTQUA0E0FANZNBQAgTgUAJk4FAHBOBQB1TgUAwE4FAMZOBQAAmA0AHE8FAGBPBQBmTwUAsE8FAMtPBQAAUAUADFAFAFBQBQBWUAUAoFAFAKhQBQDwUAUA81AFAEBRBQBMUQUAkFEFAKFRBQDgUQUA7FEFADBSBQA/UgUAgFIFAIpSBQDQUgUA3lIFACBTBQAlUwUAcFMFAH1TBQDAUwUAyFMFABBUBQAaVAUAYFQFAG5UBQCwVAUAxlQFAABVBQAMVQUAUFUFAFVVBQCgVQUAqVUFAPBVBQD6VQUA8JgNAEZWBQCQVgUAllYFAOBWBQDsVgUAMFcFAD1XBQCAVwUAilcFANBXBQDYVwUAIFgFACpYBQBwWAUAdVgFAMBYBQDBWAUAEFkFABVZBQBgWQUAcVkFALBZBQC1WQUAAFoFABdaBQBQWgUAZFoFAKBaBQC8WgUA8FoFAPhaBQBAmQ0ASFsFAJBbBQCaWwUA4FsFAPRbBQAwXAUAMVwFAIBcBQCMXAUA0FwFAOxcBQAgXQUAKF0FAJCZDQB5XQUAwF0FAM5dBQAQXgUAz10FAHATCQAaXgUAYF4FAGJeBQCwXgUAyV4FAABfBQARXwUAUF8FAFxfBQCgXwUAqF8FAOCZDQD8XwUAQGAFAEZgBQCQYAUAq2AFAOBgBQDsYAUAMGEFADZhBQCAYQUAg2EFANBhBQDYYQUAIGIFADBiBQBwYgUAdWIFAMBiBQDJYgUAEGMFAB1jBQBgYwUAZ2MFADCaDQC+YwUAAGQFABZkBQBQZAUAXGQFAKBkBQClZAUA8GQFAPlkBQBAZQUASmUFAJBlBQCsZQUA4GUFAOhlBQCAmg0ANWYFAIBmBQCIZgUA0GYFANJmBQAgZwUAO2cFAHBnBQByZwUAwGcFAM5nBQAQaAUAIWgFAGBoBQBiaAUAsGgFAMloBQAAaQUAEWkFAFBpBQBcaQUAoGkFAKhpBQDQmg0A/GkFAEBqBQBGagUAkGoFAKtqBQDgagUA7GoFADBrBQA2awUAgGsFAINrBQAgmw0A7WsFACBsBQAhbAUAcGwFAH9sBQDAbAUAxWwFABBtBQAdbQUAYG0FAG1tBQCwbQUAvG0FAABuBQAPbgUAUG4FAFpuBQCgbgUArm4FAPBuBQD1bgUAQG8FAE1vBQCQbwUAnG8FAOBvBQDmbwUAMHAFAPNvBQAwhAUANnAFAIBwBQCFcAUA0HAFANZwBQBwmw0AJXEFAHBxBQCQcQUAwHEFAMxxBQAQcgUAFnIFAGByBQBocgUA0KIFAGlyBQCwcgUAvXIFAABzBQAGcwUAUHMFAFxzBQCgcwUAonMFAPBzBQD/cwUAQHQFAEt0BQCQdAUAknQFAOB0BQD5dAUAMHUFAEF1BQCAdQUAjHUFANB1BQDcdQUAIHYFADN2BQBwdgUAf3YFAMB2BQDMdgUAEHcFABF3BQBgdwUAancFALB3BQC+dwUAAHgFAAV4BQBQeAUAXXgFAMCbDQCteAUA8HgFAAR5BQBAeQUAXHkFAJB5BQCseQUAEJwNAO95BQAwegUAMXoFAIB6BQCPegUA0HoFANV6BQAgewUALXsFAHB7BQB9ewUAwHsFAMx7BQAQfAUAH3wFAGB8BQBqfAUAsHwFAL58BQAAfQUABX0FAFB9BQBdfQUAoH0FALB9BQDwfQUA8n0FAEB+BQBOfgUAkH4FAKF+BQBgnA0A534FALCcDQA1fwUAgH8FAI1/BQDQfwUA3X8FACCABQAmgAUAcIAFAHyABQDAgAUA0IAFABCBBQAZgQUAYIEFAGOBBQCwgQUAvIEFAACCBQAHggUAAJ0NAFyCBQCgggUAsIIFAPCCBQD5ggUAQIMFAEODBQCQgwUAnIMFAOCDBQDngwUAUJ0NAD+EBQCAhAUAjIQFANCEBQDRhAUAIIUFACqFBQBwhQUAfoUFAMCFBQDFhQUAEIYFAB2GBQCgnQ0AZYYFALCGBQC/hgUAAIcFACCHBQBQhwUAXIcFAKCHBQCqhwUA8IcFAPiHBQBAiAUATIgFAJCIBQCWiAUA4IgFAOaIBQAwiQUANYkFAICJBQCGiQUAkJ4NANWJBQAgigUAKYoFAHCKBQCBigUAwIoFAMeKBQAQiwUAGIsFAGCLBQBtiwUAsIsFALWLBQAAjAUACowFAFCMBQBYjAUAoIwFAK+MBQDwjAUA9YwFAECNBQBNjQUAkI0FAJ2NBQDgjQUA7I0FADCOBQA/jgUAgI4FAIqOBQDQjgUA2I4FACCPBQAqjwUAcI8FAHWPBQDAjwUAyI8FAICfDQAVkAUAYJAFAGOQBQCwkAUAupAFANCfDQAGkQUAUJEFAFWRBQCgkQUAwJEFAPCRBQD8kQUAQJIFAEaSBQCQkgUAk5IFAOCSBQDikgUAMJMFAEuTBQCAkwUAgpMFANCTBQDekwUAIJQFADGUBQBwlAUAcpQFAMCUBQDZlAUAEJUFACGVBQBglQUAbJUFACCgDQDAlQUAAJYFACCWBQBQlgUAUpYFAKCWBQCslgUA8AgMAK+WBQAwsQUAvJYFALC9BQDJlgUA8JYFAPOWBQBAlwUATZcFAPCbBQBPlwUAkJcFAJWXBQDglwUA7ZcFADCYBQA9mAUAgJgFAIyYBQDQmAUA35gFACCZBQAqmQUAcJkFAH6ZBQDAmQUAxZkFABCaBQAdmgUAYJoFAGyaBQCwmgUAtpoFAACbBQAGmwUAUJsFAFWbBQCgmwUAppsFAHCgDQD5mwUAQJwFAFacBQCQnAUAqZwFAOCcBQDsnAUAMJ0FADadBQCAnQUAhZ0FANCdBQDgnQUAIJ4FACaeBQBwngUAfJ4FAMCeBQDKngUAEJ8FABafBQBgnwUAbp8FALCfBQC8nwUAAKAFAAOgBQBQoAUAXKAFAKCgBQCzoAUA8KAFAP+gBQBAoQUATKEFAJChBQCcoQUA4KEFAOehBQAwogUAPKIFAICiBQCHogUAwKANAOaiBQAgowUAIqMFAHCjBQCEowUAwKMFAMijBQAQpAUAHaQFAGCkBQBlpAUAsKQFALqkBQAApQUACKUFAFClBQBppQUAoKUFAKylBQDwpQUA+KUFABChDQBbpgUAkKYFAJKmBQDgpgUA7qYFADCnBQBBpwUAgKcFAIKnBQDQpwUA6acFACCoBQAxqAUAcKgFAHyoBQBgoQ0AxagFABCpBQAZqQUAYKkFAHGpBQCwqQUAt6kFAACqBQAIqgUAUKoFAF2qBQCgqgUApaoFAPCqBQD6qgUAQKsFAEirBQCQqwUAqasFAOCrBQDsqwUAMKwFADisBQAAog0Ag6wFANCsBQDarAUAIK0FACKtBQBwrQUAia0FAMCtBQDRrQUAEK4FAB6uBQBgrgUAY64FALCuBQC7rgUAAK8FAAyvBQBQrwUAV68FAFCiDQClrwUA8K8FAPivBQBAsAUATrAFAJCwBQCRsAUA4LAFAPuwBQCgog0ANbEFAICxBQCNsQUA0LEFAN2xBQAgsgUALLIFAHCyBQB/sgUAwLIFAMqyBQAQswUAHrMFAGCzBQBlswUAsLMFAL2zBQAAtAUADLQFAFC0BQBWtAUAoLQFAKa0BQDwtAUA9bQFAEC1BQBGtQUA8KINAJ21BQDgtQUA4rUFADC2BQBJtgUAgLYFAJG2BQDQtgUA3LYFACC3BQAotwUA4KMNAHW3BQDAtwUAyLcFABC4BQApuAUAYLgFAGW4BQCwuAUAtbgFAAC5BQAKuQUAULkFAFO5BQCguQUAqrkFAPC5BQD2uQUAQLoFAEK6BQCQugUAkboFAOC6BQDougUAMLsFAEC7BQCAuwUAhrsFANC7BQDVuwUAILwFADa8BQBwvAUAeLwFAMC8BQDovAUAEL0FADO9BQBgvQUAf70FADCkDQC4vQUAgKQNABG+BQBQvgUAXr4FAKC+BQCsvgUA8L4FAP2+BQBAvwUASr8FAJC/BQCYvwUA4L8FAOu/BQAwwAUAMsAFAIDABQCDwAUA0MAFANjABQAgwQUAJsEFAHDBBQB5wQUAwMEFAM3BBQAQwgUAGMIFAGDCBQBlwgUAsMIFALnCBQAAwwUACsMFAFDDBQBYwwUAoMMFAKXDBQDwwwUAAMQFAEDEBQBIxAUAkMQFAJLEBQDgxAUA+8QFADDFBQAyxQUAgMUFAI7FBQDQxQUA4cUFACDGBQAixgUAcMYFAInGBQDAxgUA0cYFABDHBQAcxwUAYMcFAGjHBQDQpA0AtscFAADIBQAFyAUAUMgFAHDIBQCgyAUArMgFAPDIBQD2yAUAQMkFAEPJBQCQyQUAmMkFAODJBQDqyQUAMMoFADXKBQCAygUAiMoFANDKBQDaygUAIMsFACLLBQBwywUAgcsFAMDLBQDgywUAEMwFABjMBQBgzAUAaswFALDMBQC1zAUAIKUNABTNBQBQzQUAWM0FAKDNBQClzQUA8M0FAADOBQBAzgUASM4FAJDOBQCazgUA4M4FAOvOBQAwzwUAPM8FAIDPBQCIzwUAcKUNANzPBQAg0AUALNAFAHDQBQB30AUAwNAFAMjQBQAQ0QUAKdEFAGDRBQBm0QUAsNEFALXRBQAA0gUAINIFAFDSBQBc0gUAoNIFAKbSBQDw0gUA89IFAMClDQBC0wUAkNMFAE7TBQBQ7gwAk9MFAODTBQDq0wUAMNQFAD7UBQCA1AUAj9QFANDUBQDT1AUAINUFAOjUBQDA+AUA7NQFAGDqBQAs1QUAcNUFAHLVBQDA1QUAxtUFABDWBQAf1gUAYNYFAGvWBQCw1gUAuNYFAGA1BgDK1gUAANcFAAzXBQBQ1wUAY9cFAKDXBQCv1wUA8NcFAPzXBQBA2AUAQdgFAJDYBQCa2AUA4NgFAO7YBQAw2QUANdkFAIDZBQCN2QUAEKYNAOrZBQAg2gUAL9oFAHDaBQB12gUAwNoFAM3aBQAQ2wUAHdsFAGDbBQBs2wUAsNsFAL/bBQAA3AUACtwFAFDcBQBe3AUAoNwFAKXcBQDw3AUA/dwFAEDdBQBM3QUAkN0FAJbdBQDg3QUA5t0FADDeBQA13gUAgN4FAIbeBQBgpg0A0d4FACDfBQDZ3gUA0PUHAN3eBQBw4gcA8N4FAPBZCwAs3wUAcN8FAHbfBQAQUQgAfd8FAMDfBQDD3wUAEOAFABzgBQBg4AUAYuAFALDgBQC24AUAAOEFAA/hBQBQ4QUAW+EFAKDhBQCh4QUA8OEFAATiBQBA4gUAWuIFAJDiBQCc4gUA4OIFAPPiBQAw4wUAP+MFAIDjBQCM4wUA0OMFANHjBQAg5AUAKuQFAHDkBQB+5AUAwOQFAMXkBQAQ5QUAHeUFALCmDQB65QUAsOUFAL/lBQAA5gUABeYFAFDmBQBd5gUAoOYFAK3mBQDw5gUA/OYFAEDnBQBP5wUAkOcFAJrnBQDg5wUA7ucFADDoBQA16AUAgOgFAI3oBQDQ6AUA3OgFACDpBQAm6QUAcOkFAHbpBQDA6QUAxekFABDqBQAW6gUAAKcNAHzqBQBQpw0AtuoFAADrBQAC6wUAUOsFAF3rBQCg6wUAo+sFAPDrBQDx6wUAQOwFAEXsBQCQ7AUAluwFAODsBQDq7AUAMO0FAEztBQCA7QUAnO0FAKCnDQDW7QUAIO4FACLuBQBw7gUAfe4FAMDuBQDD7gUAEO8FABHvBQBg7wUAZe8FALDvBQC27wUAAPAFAArwBQBQ8AUAbPAFAKDwBQC88AUA8KcNAPbwBQBA8QUARvEFAJDxBQCV8QUA4PEFAObxBQBAqA0APvIFAIDyBQCb8gUA0PIFAN7yBQAg8wUALfMFAHDzBQCH8wUAwPMFAM/zBQAQ9AUAFfQFAGD0BQBt9AUAsPQFAL30BQAA9QUADPUFAFD1BQBf9QUAoPUFAKr1BQDw9QUA/vUFAED2BQBF9gUAkPYFAJ32BQDg9gUA4/YFADD3BQA89wUAgPcFAIb3BQDQ9wUA1vcFACD4BQAl+AUAcPgFAHb4BQCQqA0AyvgFABD5BQAW+QUAYPkFAGL5BQCw+QUAvfkFAAD6BQAD+gUAUPoFAFH6BQCg+gUApfoFAPD6BQD2+gUAQPsFAEr7BQCQ+wUAqvsFAOD7BQDv+wUAMPwFADX8BQCA/AUAjfwFAND8BQDd/AUAIP0FACz9BQBw/QUAf/0FAMD9BQDK/QUAEP4FAB7+BQBg/gUAZf4FALD+BQC9/gUAAP8FAAr/BQBgCAYADP8FAFD/BQBW/wUAoP8FAKb/BQDw/wUA9f8FAEAABgBGAAYA4KgNAJUABgDgAAYA7QAGADABBgA9AQYAgAEGAIwBBgDQAQYA3wEGACACBgAqAgYAcAIGAH4CBgDAAgYAxQIGABADBgAdAwYAYAMGAGgDBgCwAwYAvAMGAAAEBgAGBAYAUAQGAFYEBgCgBAYApQQGAPAEBgD2BAYA0KkNAEIFBgCQBQYAmQUGAOAFBgDjBQYAMAYGADwGBgCABgYAhwYGANAGBgDYBgYAIAcGADkHBgBwBwYAhAcGAMAHBgDcBwYAEAgGABgIBgBwqg0AbggGALAIBgDGCAYAAAkGAAwJBgBQCQYAVQkGAKAJBgCpCQYA8AkGAPoJBgBACgYAXAoGAJAKBgCYCgYAwKoNAOUKBgAwCwYAPQsGAIALBgCNCwYA0AsGANwLBgAgDAYALwwGAHAMBgB6DAYAwAwGAM4MBgAQDQYAFQ0GAGANBgBtDQYAsA0GALgNBgAADgYACg4GAFAOBgBeDgYAoA4GALYOBgDwDgYA/A4GAEAPBgBFDwYAkA8GAJkPBgDgDwYA6g8GADAQBgA4EAYAgBAGAI8QBgDQEAYA0hAGACARBgApEQYAcBEGAHMRBgDAEQYAzBEGABASBgAXEgYAYBIGAGgSBgCwEgYAyRIGAAATBgAUEwYAUBMGAGwTBgCgEwYAqBMGABCrDQD1EwYAQBQGAE0UBgCQFAYAnRQGAOAUBgDsFAYAMBUGAD8VBgCAFQYAihUGANAVBgDaFQYAIBYGAC4WBgBwFgYAhhYGAMAWBgDMFgYAEBcGABUXBgBgFwYAaRcGALAXBgC6FwYAABgGAAwYBgBQGAYAVhgGAKAYBgCmGAYA8BgGAPUYBgBAGQYARhkGAGCrDQCcGQYA4BkGAOQZBgAwGgYAPxoGAIAaBgCFGgYA0BoGAN0aBgAgGwYALRsGAHAbBgB8GwYAwBsGAM8bBgAQHAYAGhwGAGAcBgBuHAYAsBwGALUcBgAAHQYADR0GAFAdBgBcHQYAoB0GAKYdBgDwHQYA9h0GAEAeBgBFHgYAkB4GAJYeBgCwqw0A5R4GADAfBgA3HwYAgB8GAIwfBgDQHwYA0h8GACAgBgDTHwYAcCUGADsgBgBwIAYAciAGAMAgBgDOIAYAECEGACEhBgBgIQYAYiEGALAhBgDJIQYAACIGABEiBgBQIgYAXCIGAKAiBgCsIgYA8CIGAAMjBgBAIwYATyMGAJAjBgCcIwYA4CMGAOEjBgAwJAYAOiQGAIAkBgCOJAYA0CQGANUkBgAgJQYALSUGAACsDQByJQYAwCUGANslBgAQJgYAEiYGAGAmBgBuJgYAsCYGAMEmBgAAJwYAAicGAFAnBgBpJwYAoCcGALEnBgDwJwYA/CcGAEAoBgBMKAYAkCgGAKMoBgDgKAYA7ygGADApBgA8KQYAgCkGAIEpBgDQKQYA2ikGACAqBgAuKgYAcCoGAHUqBgDAKgYAzSoGAPCsDQAVKwYAYCsGAGgrBgCwKwYAsisGAAAsBgARLAYAUCwGAF4sBgCgLAYAuywGAPAsBgD8LAYAQC0GAEgtBgDgrQ0AlS0GAOAtBgDnLQYAMC4GADwuBgCALgYAgy4GANAuBgDYLgYAIC8GADAvBgBwLwYAdS8GAMAvBgDJLwYAEDAGAB0wBgBgMAYAZzAGALAwBgC4MAYAMK4NAA0xBgBQMQYAWDEGAKAxBgC0MQYA8DEGAPUxBgBAMgYASTIGAJAyBgCWMgYA4DIGAOgyBgAwMwYAPzMGAIAzBgCRMwYA0DMGANkzBgAgNAYAIzQGAHA0BgB6NAYAwDQGAMw0BgAQNQYAFjUGAICuDQBtNQYAsDUGALU1BgAANgYABzYGAFA2BgBcNgYAoDYGAKg2BgDQrg0ACzcGAEA3BgBCNwYAkDcGAJ43BgDgNwYA8TcGADA4BgAyOAYAgDgGAJk4BgDQOAYA4TgGACA5BgAsOQYAIK8NAH85BgDAOQYAzzkGABA6BgAZOgYAYDoGAGY6BgCwOgYAtjoGAAA7BgAMOwYAUDsGAFc7BgCgOwYAqDsGAPA7BgD0OwYAQDwGAEs8BgCQPAYAnjwGAOA8BgDxPAYAMD0GADw9BgCAPQYAiD0GAHCvDQDTPQYAID4GACo+BgBwPgYAcj4GAMA+BgDZPgYAED8GACE/BgBgPwYAbj8GALA/BgCzPwYAAEAGAAtABgBQQAYAXkAGAKBABgCtQAYA8EAGAAdBBgBAQQYASEEGAJBBBgCSQQYA4EEGAOhBBgAwQgYAP0IGAIBCBgCFQgYA0EIGAN1CBgAgQwYALUMGAHBDBgB8QwYAwEMGAM9DBgAQRAYAGkQGAGBEBgBuRAYAsEQGALVEBgAARQYADUUGAFBFBgBYRQYAoEUGAKpFBgDwRQYA9UUGAEBGBgBIRgYAkEYGAJNGBgDgRgYA/UYGADBHBgBBRwYAgEcGAIhHBgDQRwYA00cGACBIBgAsSAYAcEgGAHZIBgDASAYA20gGABBJBgAcSQYAYEkGAGZJBgDArw0Av0kGAABKBgABSgYAUEoGAIZKBgCgSgYArkoGAPBKBgDxSgYAQEsGAEhLBgCQSwYAn0sGAOBLBgDlSwYAMEwGAD1MBgCATAYAjUwGANBMBgDcTAYAIE0GAC9NBgBwTQYAek0GAMBNBgDOTQYAEE4GABVOBgBgTgYAbU4GALBOBgC4TgYAAE8GAApPBgBQTwYAVU8GAKBPBgCoTwYA8E8GAPpPBgBAUAYAS1AGAJBQBgCcUAYA4FAGAOhQBgAQsA0ANVEGAIBRBgCDUQYA0FEGANpRBgAgUgYAKFIGAGCwDQB+UgYAwFIGANZSBgAQUwYAHFMGAGBTBgBlUwYAsFMGALlTBgAAVAYAClQGAFBUBgBYVAYAoFQGAKxUBgDwVAYAA1UGAEBVBgBBVQYAkFUGAJ5VBgDgVQYA5lUGADBWBgA8VgYAgFYGAIdWBgCwsA0A0VYGACBXBgAsVwYAcFcGAH1XBgDAVwYAyFcGABBYBgAaWAYAYFgGAG9YBgCwWAYAsVgGAABZBgAIWQYAUFkGAF9ZBgCgWQYApVkGAPBZBgD9WQYAQFoGAE1aBgCQWgYAnFoGAOBaBgDvWgYAMFsGADpbBgCAWwYAjlsGANBbBgDVWwYAIFwGAC1cBgBwXAYAeFwGAMBcBgDEXAYAEF0GAB5dBgBgXQYAal0GALBdBgC7XQYAAF4GAAheBgBQXgYAW14GAKBeBgClXgYA8F4GAPNeBgBAXwYASl8GAJBfBgCYXwYA4F8GAP9fBgAAsQ0AMmAGAIBgBgCBYAYA0GAGANpgBgAgYQYALmEGAHBhBgCLYQYAwGEGAMxhBgAQYgYAGGIGAFCxDQBsYgYAsGIGALZiBgAAYwYAG2MGAFBjBgBcYwYAoGMGAKZjBgDwYwYA+GMGAEBkBgBOZAYAkGQGAJNkBgDgZAYA6GQGADBlBgA5ZQYAgGUGAI1lBgDQZQYA0mUGACBmBgA7ZgYAcGYGAHJmBgDAZgYAzmYGABBnBgAhZwYAYGcGAGJnBgCwZwYAyWcGAABoBgARaAYAUGgGAFxoBgCgaAYAqGgGAKCxDQD2aAYAQGkGAEhpBgCQaQYAl2kGAOBpBgDlaQYAMGoGADxqBgCAagYAg2oGANBqBgDYagYAIGsGAC1rBgBwawYAdWsGAMBrBgDKawYAEGwGABhsBgBgbAYAbGwGALBsBgDDbAYAAG0GAA5tBgBQbQYAU20GAKBtBgCqbQYA8LENAPNtBgBAbgYASG4GAJBuBgCTbgYA4G4GAOxuBgAwbwYANm8GAIBvBgCbbwYA0G8GANxvBgAgcAYAJnAGAHBwBgB4cAYAwHAGAM5wBgAQcQYAE3EGAGBxBgBocQYAsHEGALlxBgAAcgYADXIGAFByBgBScgYAoHIGALtyBgDwcgYA8nIGAEBzBgBOcwYAkHMGAKFzBgDgcwYA4nMGADB0BgBJdAYAgHQGAJF0BgDQdAYA3HQGACB1BgAodQYAQLINAHZ1BgDAdQYAyHUGABB2BgAXdgYAYHYGAGV2BgCwdgYAvHYGAAB3BgADdwYAUHcGAFh3BgCgdwYArXcGAPB3BgD1dwYAQHgGAEp4BgCQeAYAmHgGAOB4BgDseAYAMHkGAEN5BgCAeQYAjnkGANB5BgDTeQYAIHoGACp6BgCQsg0Ac3oGAMB6BgDMegYAEHsGABZ7BgBgewYAe3sGALB7BgC8ewYAAHwGAAZ8BgBQfAYAWHwGAKB8BgCufAYA8HwGAPN8BgBAfQYASH0GAJB9BgCZfQYA4H0GAO19BgAwfgYAMn4GAIB+BgCbfgYA0H4GANJ+BgAgfwYALn8GAHB/BgCBfwYAwH8GAMJ/BgAQgAYAKYAGAGCABgBxgAYAsIAGALyABgAAgQYACIEGAOCyDQBWgQYAoIEGAKiBBgDwgQYA94EGAECCBgBFggYAkIIGAJyCBgDgggYA44IGADCDBgA4gwYAgIMGAI2DBgDQgwYA1YMGACCEBgAqhAYAcIQGAHiEBgDAhAYAzIQGABCFBgAjhQYAYIUGAG6FBgCwhQYAs4UGAACGBgAKhgYAMLMNAFKGBgCghgYAVYYGABBSBwBZhgYAUJ4MAF6GBgCwsQcAqoYGABAbDACxhgYA8IYGAAGHBgBAhwYATocGAJCHBgCshwYA4IcGAPyHBgCAsw0APogGAICIBgCNiAYA0IgGAOeIBgAgiQYALIkGAHCJBgB2iQYAwIkGAMaJBgAQigYAFYoGAGCKBgBmigYA0LMNALWKBgAAiwYACIsGAFCLBgBTiwYAoIsGAKyLBgDwiwYA9osGAECMBgBbjAYAkIwGAJyMBgDgjAYA5owGADCNBgA4jQYAgI0GAIKNBgDQjQYA640GACCOBgAijgYAcI4GAH6OBgDAjgYA0Y4GABCPBgASjwYAYI8GAHmPBgCwjwYAwY8GAACQBgAMkAYAwLQNAGaQBgCgkAYAr5AGAPCQBgDJkAYAoJUGAPKQBgBAkQYAT5EGAJCRBgCbkQYA4JEGAOyRBgAwkgYAM5IGAICSBgA3kgYAsJ4GAEySBgDAmAYAjJIGANCSBgDWkgYAIJMGADuTBgBwkwYAfJMGAMCTBgDGkwYAEJQGAByUBgBglAYAZpQGALCUBgC2lAYAAJUGAAWVBgBQlQYAVpUGABC1DQCjlQYA8JUGAAyWBgBAlgYASJYGAAC2DQCclgYA4JYGAOaWBgAwlwYAS5cGAICXBgCMlwYA0JcGANaXBgAgmAYAKJgGAHCYBgCRmAYAULYNAMiYBgCgtg0AFZkGAGCZBgBtmQYAsJkGAL2ZBgAAmgYADJoGAFCaBgBfmgYAoJoGAKqaBgDwmgYA+JoGAECbBgBKmwYAkJsGAJ6bBgDgmwYA9psGADCcBgA8nAYAgJwGAIWcBgDQnAYA2ZwGACCdBgAqnQYAcJ0GAHidBgDAnQYAyp0GABCeBgAVngYAYJ4GAGieBgDwtg0AvJ4GAACfBgATnwYAUJ8GAF+fBgCgnwYArJ8GAPCfBgDxnwYAQKAGAEqgBgCQoAYAnqAGAOCgBgDloAYAMKEGAD2hBgBAtw0Ai6EGANChBgDcoQYAIKIGACaiBgBwogYAfKIGAMCiBgDIogYAMLgNABOjBgBgowYAaKMGALCjBgC9owYAAKQGAAWkBgBQpAYAWKQGAKCkBgCipAYA8KQGAAulBgBApQYAQqUGAJClBgCepQYA4KUGAPGlBgAwpgYAMqYGAICmBgCZpgYA0KYGAOGmBgAgpwYALKcGAHCnBgB4pwYAgLgNAMWnBgAQqAYAHagGAGCoBgBtqAYAsKgGALyoBgAAqQYAD6kGAFCpBgBaqQYAoKkGAK6pBgDwqQYA9akGAECqBgBNqgYAkKoGAJiqBgDgqgYA4qoGADCrBgA6qwYAgKsGAIirBgDQuA0A26sGACCsBgAurAYAcKwGAHOsBgDArAYAyKwGABCtBgAmrQYAYK0GAGWtBgCwrQYAxq0GAACuBgAMrgYAUK4GAF2uBgCgrgYAqq4GACC5DQD+rgYAQK8GAFmvBgCQrwYApq8GAOCvBgDvrwYAMLAGAEqwBgCAsAYAg7AGADC1BgCLsAYA4LkGAI+wBgDQsAYA1bAGACCxBgAtsQYAcLEGAH2xBgDAsQYAzLEGABCyBgAfsgYAYLIGAGqyBgCwsgYAvrIGAACzBgAFswYAULMGAF2zBgCgswYArLMGAPCzBgD2swYAQLQGAEa0BgCQtAYAlbQGAOC0BgDmtAYAcLkNADy1BgCAtQYAhrUGANC1BgDrtQYAILYGACy2BgBwtgYAdrYGAMC2BgDHtgYAELcGABW3BgCguAYAHLcGAGC3BgBitwYAsLcGALe3BgAAuAYAHLgGAFC4BgBYuAYAYLoNAKS4BgDwuAYA/bgGAEC5BgBcuQYAkLkGAJi5BgCwug0A5bkGADC6BgAzugYAgLoGAIq6BgDQugYA4boGACC7BgAluwYAcLsGAHW7BgDAuwYA4LsGABC8BgAZvAYAYLwGAGG8BgCwvAYAvLwGAAC9BgAGvQYAUL0GAFa9BgCgvQYApb0GAPC9BgD2vQYAALsNAEK+BgCQvgYAlr4GAOC+BgAAvwYAML8GADy/BgCAvwYAh78GANC/BgDYvwYAIMAGACfABgBwwAYAfMAGAMDABgDCwAYAEMEGABfBBgDwuw0AYsEGALDBBgCzwQYAAMIGAAjCBgBQwgYAYMIGAKDCBgCiwgYA8MIGAP7CBgBAwwYAUcMGAEC8DQCXwwYAkLwNAO3DBgAwxAYAN8QGAIDEBgCIxAYA0MQGAN7EBgAgxQYAI8UGAHDFBgB4xQYAwMUGAMfFBgAQxgYAHsYGAGDGBgBjxgYAsMYGALLGBgAAxwYAGccGAFDHBgBhxwYAoMcGAKzHBgDwxwYA98cGAEDIBgBIyAYAkMgGAJnIBgDgyAYA7cgGADDJBgA6yQYAgMkGAI7JBgDQyQYA4ckGACDKBgAoygYAcMoGAHrKBgDAygYAzsoGABDLBgAmywYAYMsGAGzLBgCwywYAt8sGAADMBgAIzAYAUMwGAFbMBgCgzAYArMwGAPDMBgD6zAYAQM0GAEbNBgCQzQYApM0GADC9DQDlzQYAMM4GADPOBgCAzgYAis4GANDOBgDSzgYAIM8GADvPBgBwzwYAcs8GAMDPBgDOzwYAENAGACHQBgBg0AYAYtAGALDQBgDJ0AYAANEGABHRBgBQ0QYAXNEGAIC9DQC90QYA8NEGAAHSBgBA0gYAXNIGAJDSBgCY0gYA0L0NAOXSBgAw0wYAONMGAIDTBgCL0wYA0NMGANXTBgAg1AYAI9QGAHDUBgB61AYAwNQGAMPUBgAQ1QYAGNUGAGDVBgBi1QYAsNUGAMvVBgAA1gYAAtYGAFDWBgBe1gYAoNYGALHWBgDw1gYA8tYGAEDXBgBZ1wYAkNcGAKHXBgDg1wYA7NcGADDYBgA42AYAIL4NAI3YBgDQ2AYA2NgGACDZBgAq2QYAcNkGAHvZBgDA2QYAzNkGABDaBgAY2gYAcL4NAGXaBgCw2gYAtdoGAADbBgAR2wYAwL4NAF3bBgCg2wYAotsGAPDbBgAJ3AYAQNwGAFHcBgCQ3AYAnNwGAODcBgDo3AYAEL8NADXdBgCA3QYAiN0GANDdBgDf3QYAIN4GACbeBgBw3gYAfN4GAMDeBgDC3gYAEN8GABrfBgBg3wYAbN8GALDfBgC43wYAYL8NAAzgBgBQ4AYAU+AGAKDgBgCj4AYA8OAGAP7gBgBA4QYAReEGAJDhBgCd4QYAsL8NAPHhBgAw4gYAOOIGAIDiBgA94gYAQOsGAIviBgDQ4gYA1eIGACDjBgAj4wYAcOMGAHrjBgDA4wYA4+MGABDkBgAT5AYAYOQGAITkBgCw5AYAuOQGAADADQAG5QYAUOUGAF7lBgCg5QYArOUGAPDlBgD35QYAQOYGAEjmBgCQ5gYAoOYGAODmBgDl5gYAMOcGADbnBgCA5wYAiOcGANDnBgDt5wYAIOgGACnoBgBw6AYAfOgGAMDoBgDG6AYAEOkGACTpBgBg6QYAaOkGALDpBgDA6QYAAOoGAALqBgBQ6gYAXuoGAKDqBgCx6gYAUMANAPfqBgCgwA0AResGAJDrBgCX6wYA4OsGAOzrBgAw7AYAM+wGAIDsBgCQ7AYA0OwGANLsBgAg7QYALu0GAHDtBgCB7QYA8MANAMftBgBAwQ0AI+4GAGDuBgBv7gYAsO4GALzuBgAA7wYAAe8GAFDvBgBa7wYAoO8GAK7vBgDw7wYA9e8GAEDwBgBN8AYAkMENAJXwBgDg8AYA6fAGADDxBgBB8QYAgPEGAIfxBgDQ8QYA2PEGACDyBgAt8gYAcPIGAHXyBgDA8gYAyvIGABDzBgAY8wYAYPMGAGbzBgCw8wYAvPMGAAD0BgAC9AYAUPQGAF/0BgCg9AYAq/QGAPD0BgD49AYAQPUGAEL1BgCQ9QYAnfUGAOD1BgD09QYAMPYGADj2BgCA9gYAj/YGAND2BgDV9gYAIPcGAC33BgBw9wYAevcGAMD3BgDC9wYAEPgGAB/4BgBg+AYAavgGALD4BgC4+AYAAPkGAAH5BgBQ+QYAVfkGAKD5BgCu+QYA8PkGAP35BgBA+gYASvoGAIDCDQCT+gYA4PoGAOz6BgBACQcA/PoGADD7BgA4+wYA0MINAIX7BgDQ+wYA2PsGACD8BgAj/AYAcPwGAHz8BgDA/AYAxvwGABD9BgAr/QYAYP0GAGz9BgCw/QYAtv0GAAD+BgAD/gYAUP4GAFj+BgCg/gYAov4GAPD+BgAL/wYAQP8GAEL/BgCQ/wYAnv8GAOD/BgDx/wYAMAAHADIABwCAAAcAmQAHANAABwDhAAcAIAEHACwBBwBwAQcAeAEHACDDDQDFAQcAEAIHABYCBwBgAgcAaAIHALACBwC/AgcAAAMHAAUDBwBQAwcAXQMHAKADBwCtAwcA8AMHAPwDBwBABAcATwQHAJAEBwCaBAcA4AQHAO4EBwAwBQcANQUHAIAFBwCNBQcAcMMNANwFBwAgBgcAJgYHAHAGBwCLBgcAwAYHAMwGBwAQBwcAFgcHAGAHBwBjBwcAsAcHALwHBwAACAcABggHAFAIBwBWCAcAoAgHAKUIBwDwCAcA9ggHAMDDDQBGCQcAkAkHAJYJBwDgCQcA5QkHADAKBwA2CgcAEMQNAIUKBwDQCgcA3QoHACALBwAtCwcAcAsHAHwLBwDACwcAzwsHABAMBwAaDAcAYAwHAG4MBwCwDAcAtQwHAAANBwANDQcAUA0HAGgNBwCgDQcApg0HAPANBwD8DQcAQA4HAFAOBwCQDgcAmQ4HAOAOBwDjDgcAMA8HADwPBwCADwcAhw8HAADFDQDSDwcAIBAHACoQBwBwEAcAcxAHAMAQBwDIEAcAEBEHABMRBwBgEQcAbBEHALARBwC2EQcAABIHABsSBwBQEgcAXBIHAKASBwCmEgcAUMUNABATBwBAEwcASxMHAJATBwCVEwcA4BMHAOkTBwAwFAcAMxQHAIAUBwCMFAcA0BQHANwUBwDQHgcA6BQHACAVBwAnFQcAcBUHAHYVBwDAFQcAzhUHABAWBwArFgcAYBYHAGwWBwCwFgcAthYHAAAXBwAaFwcAUBcHAFwXBwCgFwcAphcHAPAXBwD2FwcAQBgHAEUYBwCQGAcAlhgHAKDFDQDtGAcAMBkHADwZBwCAGQcAihkHANAZBwDUGQcAIBoHACUaBwBwGgcAdhoHAMAaBwDgGgcAEBsHABwbBwBgGwcAZhsHALAbBwC2GwcAABwHAAUcBwBQHAcAVhwHAEDGDQClHAcA8BwHAPccBwBAHQcATB0HAJAdBwCsHQcA4B0HAOgdBwAwxw0AZx4HAIAeBwCmHgcAgMcNAOMeBwAgHwcALx8HAHAfBwB8HwcAwB8HAMEfBwAQIAcAGiAHAGAgBwBuIAcAsCAHALUgBwAAIQcADSEHANDHDQBYIQcAwMgNAKUhBwDwIQcA/SEHAEAiBwBNIgcAkCIHAJwiBwDgIgcA7yIHADAjBwA6IwcAgCMHAI4jBwDQIwcA1SMHACAkBwAtJAcAcCQHAHgkBwDAJAcAxiQHABAlBwAcJQcAYCUHAHAlBwCwJQcAuSUHAAAmBwADJgcAUCYHAFwmBwCgJgcApyYHABDJDQD7JgcAQCcHAEwnBwCQJwcAmCcHAGDJDQDtJwcAMCgHADcoBwCAKAcAgSgHANAoBwDVKAcAICkHAC4pBwBwKQcAfSkHAMApBwDKKQcAECoHABgqBwBgKgcAaSoHALAqBwC2KgcAACsHABErBwBQKwcAbCsHAKArBwCoKwcAsMkNAPsrBwBALAcASiwHAJAsBwCaLAcA4CwHAOEsBwAAyg0ANS0HAIAtBwCNLQcA0C0HAN0tBwAgLgcALC4HAHAuBwB/LgcAwC4HAMouBwAQLwcAGC8HAGAvBwBqLwcAsC8HALUvBwAAMAcACDAHAFDKDQBbMAcAoDAHAKwwBwDwMAcA+DAHAKDKDQBFMQcAkDEHAJ8xBwDgMQcAADIHADAyBwA8MgcAgDIHAIYyBwDQMgcA2DIHACAzBwAnMwcAcDMHAHIzBwDAMwcAzDMHABA0BwAmNAcAYDQHAGU0BwCwNAcAvTQHAPDKDQAFNQcAUDUHAF81BwCgNQcAwDUHAPA1BwD8NQcAQDYHAEY2BwCQNgcAmDYHAOA2BwDnNgcAMDcHADI3BwCANwcAjDcHANA3BwDmNwcAIDgHACU4BwBwOAcAfTgHAMA4BwDIOAcAEDkHABY5BwBgOQcAaTkHALA5BwC9OQcAADoHAA06BwBQOgcAXjoHAKA6BwCtOgcA8DoHAAc7BwBAOwcAbjsHAEDLDQCWOwcA4DsHAJ07BwAQ1QsA9jsHADA8BwA+PAcAgDwHAIM8BwDQPAcA0zwHACA9BwAuPQcAcD0HAHU9BwDAPQcAzT0HABA+BwAYPgcAYD4HAGc+BwCwPgcAvD4HAAA/BwANPwcAUD8HAF4/BwCgPwcArD8HAPA/BwD3PwcAQEAHAEhABwCQQAcAlEAHAOBABwDrQAcAMEEHAD5BBwCAQQcAkUEHANBBBwDcQQcAIEIHAChCBwCQyw0AdkIHAMBCBwDUQgcAEEMHAB5DBwBgQwcAbUMHALBDBwDHQwcAAEQHAAhEBwBQRAcAWkQHAKBEBwClRAcA8EQHAPhEBwBARQcAT0UHAJBFBwCVRQcA4EUHAO1FBwAwRgcAPUYHAIBGBwCMRgcA0EYHAN9GBwAgRwcAKkcHAHBHBwB4RwcAwEcHAMpHBwAQSAcAFUgHAGBIBwBoSAcA4MsNALtIBwAASQcADEkHAFBJBwBYSQcAMMwNAKVJBwDwSQcA/0kHAEBKBwBgSgcAkEoHAJxKBwDgSgcA5koHADBLBwA4SwcAgEsHAIdLBwDQSwcA0ksHACBMBwAsTAcAcEwHAIZMBwDATAcAxUwHABBNBwAdTQcAgMwNAGlNBwCwTQcAtk0HAABOBwAOTgcAUE4HAF1OBwCgTgcAt04HAPBOBwD4TgcAQE8HAE9PBwCQTwcAlU8HAOBPBwDtTwcAMFAHAD1QBwCAUAcAjFAHANBQBwDfUAcAIFEHACpRBwBwUQcAjFEHAMBRBwDIUQcA0MwNAB9SBwBgUgcAalIHAFA7CwCAUgcAsFIHALxSBwAAUwcABlMHAFBTBwBYUwcAMJEHAFxTBwCgUwcAalMHAJB8BwCzUwcA8FMHAP9TBwBAVAcATFQHAJBUBwCRVAcA4FQHAOpUBwAwVQcAPlUHAIBVBwCFVQcA0FUHAN1VBwAgzQ0AJlYHAHBWBwB2VgcAwFYHAMVWBwAQVwcAFlcHABDODQBrVwcAsFcHAL5XBwAAWAcAEVgHAFBYBwBcWAcAoFgHAKhYBwCwzg0A/FgHAEBZBwBKWQcAkFkHAJ9ZBwDgWQcA61kHADBaBwA+WgcAgFoHAI1aBwDQWgcA51oHACBbBwAoWwcAcFsHAHNbBwDAWwcAzFsHABBcBwAWXAcAYFwHAHtcBwCwXAcAvFwHAABdBwAGXQcAUF0HAFhdBwCgXQcAol0HAPBdBwDxXQcAQF4HAE5eBwCQXgcAmF4HAOBeBwD7XgcAMF8HADxfBwCAXwcAhl8HANBfBwDTXwcAIGAHAC5gBwBwYAcAdWAHAMBgBwDNYAcAAM8NAB1hBwCAOAsAIWEHAGBhBwAjYQcAcHoLAGxhBwCwYQcAvWEHAABiBwAFYgcAUGIHAFpiBwCgYgcAsGIHAPBiBwD1YgcAQGMHAEljBwCQYwcAnWMHAOBjBwDnYwcAMGQHADxkBwCAZAcAhmQHANBkBwDWZAcAIGUHACVlBwBwZQcAdmUHAFDPDQDMZQcAEGYHABZmBwBgZgcAZmYHALBmBwC9ZgcAAGcHAAVnBwBQZwcAWGcHAKBnBwDVZwcA8GcHACBoBwBAaAcASGgHAJBoBwCdaAcA4GgHAOVoBwAwaQcAOGkHAIBpBwCDaQcA0GkHANlpBwAgagcAL2oHAHBqBwB7agcAwGoHAMhqBwAQawcAIGsHAGBrBwBuawcAsGsHAMFrBwAAbAcADGwHAFBsBwBYbAcAQNANAKZsBwDwbAcA+GwHAEBtBwBHbQcAkG0HAJ5tBwDgbQcA5m0HADBuBwA8bgcAgG4HAI9uBwDQbgcA2m4HACBvBwAlbwcAcG8HAHZvBwDAbwcA1G8HAJDQDQAdcAcAYHAHAB9wBwCQrgcAZXAHALBwBwC8cAcAAHEHAA1xBwBQcQcAWnEHAODQDQC7cQcA8HEHAPJxBwBAcgcARnIHAJByBwDGcgcA4HIHAOZyBwAwcwcAOXMHAIBzBwCNcwcA0HMHAAZ0BwAgdAcAJ3QHAHB0BwB1dAcAwHQHAM90BwAQdQcAMHUHAGB1BwBsdQcAsHUHALZ1BwAAdgcAGnYHAFB2BwBTdgcAoHYHAKV2BwDwdgcA/3YHAEB3BwBgdwcAgNENALB3BwDgdwcA7HcHADB4BwA6eAcAgHgHAIx4BwBQIAgAjXgHANB4BwDVeAcAIHkHACp5BwBweQcAgHkHAMB5BwDFeQcAEHoHABl6BwBgegcAbXoHALB6BwC3egcAAHsHAAx7BwBQewcAVnsHAKB7BwCmewcA8HsHAPV7BwBAfAcARnwHANDRDQCTfAcA4HwHAOV8BwAwfQcAP30HAIB9BwCgfQcAcNINAN59BwAgfgcALX4HAHB+BwB3fgcAwH4HAMh+BwAQfwcAEn8HAGB/BwAXfwcAUOIJACd/BwAQpQkAZn8HAGDICQBofwcAsH8HALR/BwAwhwcAxn8HAFCICQDLfwcAAIAHAAKABwBQgAcAYYAHAKCABwCugAcA8IAHAPeABwBAgQcASIEHAJCBBwCXgQcA4IEHAOWBBwAwggcAP4IHAICCBwCgggcA0IIHANyCBwAggwcAJoMHAHCDBwB4gwcAwIMHAMyDBwAQhAcAHYQHAGCEBwB7hAcAsIQHAL6EBwAAhQcABoUHAFCFBwBVhQcAoIUHAK2FBwDwhQcABoYHAECGBwBMhgcAkIYHAJ2GBwDghgcA6oYHAMDSDQA1hwcAgIcHAIaHBwDQhwcA8IcHACCIBwAuiAcAcIgHAH2IBwDAiAcA14gHABCJBwAYiQcAYIkHAG+JBwCwiQcAtYkHAACKBwANigcAUIoHAFqKBwCgigcAoooHAPCKBwD+igcAQIsHAE2LBwCQiwcAnIsHAOCLBwDmiwcAMIwHADiMBwCAjAcAhowHANCMBwDZjAcAII0HAC2NBwBwjQcAeo0HAMCNBwDOjQcAEI4HACaOBwBgjgcAbI4HALCOBwC4jgcAENMNAAqPBwBQjwcAVo8HAKCPBwCijwcA8I8HAPqPBwBAkAcATJAHAJCQBwCnkAcA4JAHAPSQBwBg0w0APpEHAICRBwCDkQcA0JEHANiRBwAgkgcALJIHAHCSBwB+kgcAwJIHAMqSBwAQkwcAG5MHAGCTBwBskwcAsJMHALaTBwAAlAcACJQHAFCUBwBdlAcAoJQHAKWUBwDwlAcA+pQHAECVBwBIlQcAkJUHAJaVBwDglQcA6ZUHADCWBwA9lgcAgJYHAI2WBwDQlgcA3pYHACCXBwAtlwcAcJcHAIeXBwDAlwcAyJcHABCYBwAVmAcAYJgHAGaYBwCwmAcAuJgHAACZBwAWmQcAUJkHAF6ZBwCgmQcAo5kHAPCZBwD/mQcAQJoHAEWaBwCQmgcAnZoHAOCaBwDwmgcAMJsHAD6bBwCAmwcAl5sHANCbBwDZmwcAIJwHACacBwBwnAcAfJwHAMCcBwDHnAcAsNMNABydBwBgnQcAYp0HALCdBwC6nQcAAJ4HAAyeBwBQngcAWJ4HAADUDQClngcA8J4HAP+eBwBAnwcAYJ8HAJCfBwCcnwcA4J8HAOafBwAwoAcAOKAHAICgBwCBoAcA0KAHANagBwAgoQcAJaEHAHChBwCLoQcAwKEHAM6hBwAQogcAF6IHAGCiBwBsogcAsKIHALaiBwBQ1A0ABaMHAFCjBwBaowcAoKMHALGjBwDwowcA/KMHAECkBwBDpAcAkKQHAJOkBwDgpAcA6KQHADClBwA3pQcAgKUHAIWlBwDQpQcA36UHACCmBwBApgcAcKYHAHymBwDApgcAxqYHABCnBwAYpwcAYKcHAG2nBwCwpwcAtacHAACoBwAKqAcAUKgHAFioBwCgqAcAsKgHAPCoBwD1qAcAQKkHAEmpBwCQqQcAnakHAOCpBwDnqQcAoNQNADWqBwCAqgcAj6oHANCqBwDwqgcAIKsHACyrBwBwqwcAdqsHAMCrBwDIqwcAEKwHABysBwBgrAcAbawHALCsBwC3rAcAAK0HAAGtBwBQrQcAVa0HAKCtBwCurQcA8K0HAP2tBwBArgcASq4HAPDUDQCVrgcA4K4HAO2uBwAwrwcAPa8HAICvBwCGrwcA0K8HANyvBwAgsAcAMLAHAHCwBwB5sAcAwLAHAMOwBwAQsQcAHLEHAGCxBwBnsQcAQNUNALKxBwAAsgcAt7EHAKCbCgDAsQcAgHMMABGyBwBQsgcAWLIHAKCyBwCqsgcA8LIHAP+yBwBAswcAQbMHAJCzBwCYswcA4NUNAOizBwAw1g0AT7QHANDWDQCetAcA0LQHAKO0BwDgHAgAqLQHABDUBwDYtAcAILUHAC+1BwBwtQcAdbUHAMC1BwDNtQcAELYHAB22BwBgtgcAbLYHALC2BwC/tgcAALcHAAq3BwBQtwcAc7cHAKC3BwDVtwcA8LcHABS4BwBAuAcASLgHACDXDQCVuAcA4LgHAOa4BwAwuQcAOLkHAHDXDQCOuQcA0LkHAOu5BwAgugcALLoHAHC6BwCBugcAwLoHANS6BwAQuwcAGLsHAGC7BwBmuwcAsLsHALy7BwAAvAcAELwHAFC8BwBZvAcAoLwHAKO8BwDwvAcA/LwHAEC9BwBHvQcAwNcNAJ69BwDgvQcA6r0HABDYDQA1vgcAgL4HAI2+BwDQvgcA3b4HACC/BwAsvwcAcL8HAH+/BwDAvwcAyr8HABDABwAewAcAYMAHAGXABwCwwAcAvcAHAADBBwAIwQcAUMEHAFbBBwCgwQcArMEHAPDBBwAAwgcAQMIHAEnCBwCQwgcAk8IHAODCBwDswgcAMMMHADfDBwBg2A0Aj8MHANDDBwDVwwcAIMQHAC3EBwBwxAcAfcQHAMDEBwDGxAcAEMUHABzFBwBgxQcAcMUHALDFBwC5xQcAAMYHAAPGBwBQxgcAXMYHAKDGBwCnxgcAsNgNAPXGBwBAxwcATccHAJDHBwCuxwcA4McHAOzHBwAwyAcAQ8gHAIDIBwCOyAcA0MgHANPIBwAgyQcAKskHAHDJBwB+yQcAwMkHAM3JBwAQygcAJ8oHAGDKBwBoygcAsMoHALfKBwAAywcABcsHAFDLBwBmywcAoMsHAKLLBwDwywcA/ssHAEDMBwBNzAcAANkNAJjMBwBQ2Q0A5cwHADDNBwA9zQcAgM0HAI3NBwDQzQcA3M0HACDOBwAvzgcAcM4HAHrOBwDAzgcAzs4HABDPBwAVzwcAYM8HAG3PBwCwzwcAuM8HAADQBwAG0AcAUNAHAFzQBwCg0AcAsNAHAPDQBwD50AcAQNEHAEPRBwCQ0QcAnNEHAODRBwDn0QcAoNkNADzSBwCA0gcAkNIHANDSBwDZ0gcAINMHACPTBwBw0wcAfNMHAMDTBwDH0wcA8NkNABnUBwAw1wcAGtQHAGDUBwBv1AcAsNQHAHHUBwDw1QcAsdQHAADVBwAc1QcAUNUHAIbVBwCg1QcA1tUHAEDaDQDz1QcAQNYHAFzWBwCQ1gcAxtYHAODWBwAW1wcAkNoNAD3XBwCA1wcAjtcHANDXBwDj1wcAINgHADzYBwBw2AcAptgHAMDYBwD22AcA4NoNACHZBwBg2QcAbNkHALDZBwC42QcAMNsNAAXaBwBQ2gcAWNoHAKDaBwCv2gcA8NoHAPXaBwBA2wcATdsHAJDbBwCd2wcA4NsHAOzbBwAw3AcAP9wHAIDcBwCK3AcA0NwHANjcBwAg3QcAKt0HAHDdBwB13QcAwN0HAMjdBwCA2w0AH94HAGDeBwAh3gcAoN8HAGHeBwCw3gcAzN4HAADfBwA23wcAUN8HAIbfBwDQ2w0Ao98HAPDfBwAM4AcAQOAHAHbgBwCQ4AcAxuAHACDcDQDj4AcAMOEHAEHhBwCA4QcAnOEHANDhBwAG4gcAIOIHAFbiBwBw3A0AfeIHAMDiBwDM4gcAEOMHAB/jBwBg4wcAauMHALDjBwC+4wcAAOQHAAXkBwBQ5AcAXeQHAKDkBwCo5AcA8OQHAPbkBwBA5QcAAOUHAABDCABM5QcAkOUHAKDlBwDg5QcA6eUHADDmBwAz5gcAgOYHAIzmBwDQ5gcA1+YHAMDcDQAl5wcAMGYKACrnBwBw5wcALOcHAHADCgB65wcAwOcHAMHnBwAQ6AcAH+gHAGDoBwBl6AcAsOgHAL3oBwAA6QcADekHAFDpBwBc6QcAoOkHAK/pBwDw6QcA+ukHAEDqBwBO6gcAkOoHAJXqBwDg6gcA7eoHADDrBwAx6wcAgOsHAIXrBwDQ6wcA1esHACDsBwAx7AcAcOwHAJPsBwDA7AcAy+wHABDtBwAV7QcAYO0HAGPtBwCw7QcAuu0HAADuBwAr7gcAUO4HAG/uBwAQ3Q0ArO4HAPDuBwDy7gcAQO8HAE/vBwCQ7wcAm+8HAODvBwDo7wcAMPAHADfwBwCA8AcAgvAHANDwBwDa8AcAIPEHACLxBwBw8QcAifEHAMDxBwDC8QcAEPIHABPyBwBg8gcAbPIHALDyBwC48gcAYN0NAAzzBwBQ8wcAVvMHAKDzBwC78wcA8PMHAPzzBwBA9AcARvQHAJD0BwCY9AcA4PQHAOL0BwAw9QcAOvUHAID1BwCI9QcAsN0NAOH1BwAg9gcAJ/YHAHD2BwB49gcAwPYHAM32BwAQ9wcAFfcHAGD3BwBq9wcAsPcHALj3BwAA+AcAD/gHAFD4BwBV+AcAoPgHAK34BwDw+AcA/fgHAED5BwBM+QcAkPkHAJ/5BwDg+QcA6vkHADD6BwA4+gcAgPoHAIr6BwDQ+gcA1foHACD7BwAo+wcAAN4NAHz7BwDA+wcA0PsHABD8BwAZ/AcAYPwHAGP8BwCw/AcAvPwHAAD9BwAH/QcAUN4NAFb9BwCg/QcApv0HAPD9BwD1/QcAQP4HAEb+BwCg3g0Alv4HAOD+BwDm/gcAMP8HADX/BwBAjAsAPf8HAID/BwCF/wcA0P8HANj/BwAgAAgAUgAIAFAHCABXAAgAcAAIAKcACADAAAgA9wAIABABCABAAQgAYAEIAGgBCACwAQgAvwEIAAACCAAFAggAUAIIAF0CCACgAggArQIIAPACCAD8AggAQAMIAE8DCACQAwgAmgMIAOADCADuAwgAMAQIADUECACABAgAjQQIANAECADYBAgAIAUIACYFCABwBQgAfAUIAMAFCADQBQgAEAYIABkGCABgBggAYwYIALAGCAC8BggAAAcIAAcHCADw3g0AhwcIAKAHCADQBwgA8AcIAPgHCABACAgATwgIAJAICACVCAgA4AgIAO0ICAAwCQgAPQkIAIAJCACMCQgA0AkIAN8JCAAgCggAKgoIAHAKCAB+CggAwAoIAMUKCAAQCwgAHQsIAGALCABoCwgAsAsIALYLCAAADAgADAwIAFAMCABgDAgAoAwIAKkMCADwDAgA8wwIAEANCABMDQgAkA0IAJcNCABA3w0A4g0IAPCaCwDuDQgAMA4IAD0OCACADggAjA4IANAOCADWDggAIA8IACYPCABwDwgAdQ8IAMAPCADGDwgAkN8NADYQCABgEAgAhhAIALAQCADiEAgAABEIADcRCABQEQgAgBEIADDgDQCsEQgA8BEIAK4RCACQGwkA+hEIAEASCABaEggAkBIIAJ8SCADgEggA5RIIADATCAA9EwgAgBMIAI0TCADQEwgA3BMIACAUCAAvFAgAcBQIAHoUCADAFAgAzBQIABAVCAAjFQgAYBUIAG8VCACwFQgAvBUIAAAWCAABFggAUBYIAFoWCACgFggArhYIAPAWCAD1FggAQBcIAE0XCACA4A0AlRcIAOAXCADtFwgAMBgIAD0YCACAGAgAjBgIANAYCADfGAgAIBkIACoZCABwGQgAfhkIAMAZCADFGQgAEBoIAB0aCABgGggAaBoIALAaCAC2GggAABsIAAwbCABQGwgAYBsIAKAbCACpGwgA8BsIAPMbCABAHAgATBwIAJAcCACXHAgAcOENAOUcCAAwHQgAMx0IAIAdCACIHQgA0B0IANwdCAAgHggAJh4IAHAeCAB2HggAwB4IAMUeCAAQHwgAFh8IAMDhDQCXHwgAsB8IAOcfCAAAIAgAJCAIAGDiDQBWIAgAEDIJAGMgCACgIAgAryAIAPAgCAD8IAgAQCEIAEEhCACQIQgAmiEIAOAhCADuIQgAMCIIADUiCACAIggAjSIIALDiDQDzIggAICMIAFcjCABwIwgApyMIAMAjCAD3IwgAECQIADQkCAAA4w0AbiQIALAkCAC1JAgAACUIAA0lCABQJQgAWCUIAKAlCACmJQgA8CUIAPwlCABAJggAUCYIAJAmCACZJggA4CYIAOMmCAAwJwgAaCcIAIAnCACMJwgAUOMNANYnCAAgKAgAOSgIAHAoCAB+KAgAwCgIAM0oCAAQKQgAFykIAGApCABpKQgAsCkIAL0pCAAAKggAFyoIAFAqCABTKggAoCoIAKIqCADwKggA+SoIAEArCABQKwgAkCsIAKkrCADgKwgA4isIADAsCAA5LAgAgCwIAIgsCADQLAgA0iwIACAtCAA5LQgAcC0IAIctCADALQgAzC0IABAuCAAhLggAYC4IAGwuCACwLggAuy4IAAAvCAANLwgAUC8IAFovCACg4w0Asy8IAPAvCAD+LwgAQDAIACowCAAQOAgAeTAIAJAwCACdMAgA4DAIAOgwCAAwMQgANjEIAIAxCACMMQgA0DEIANsxCAAgMggAKTIIAHAyCABzMggAwDIIAMIyCAAQMwgAFzMIAGAzCABiMwgA8OMNALMzCAAANAgADjQIAFA0CABVNAgAoDQIAK00CADwNAgA/DQIAEA1CABINQgAQOQNAJ41CADgNQgA8DUIADA2CAA+NggAgDYIAIk2CADQNggA2jYIACA3CAAiNwgAcDcIAHo3CADANwgAwjcIAJDkDQAVOAgAYDgIAGg4CACwOAgAtjgIAAA5CAAMOQgAUDkIAF85CACgOQgAqTkIAPA5CADzOQgAQDoIAEI6CACQOggAlzoIAOA6CADiOggA4OQNADU7CACAOwgAnDsIANA7CADsOwgAMOUNAC08CAAwTgkALzwIAHA8CAB1PAgAwDwIAM08CAAQPQgAHT0IAGA9CABmPQgAsD0IALw9CAAAPggAED4IAFA+CABZPggAoD4IAKM+CADwPggA/D4IAEA/CABHPwgAgOUNAJ8/CADgPwgA5T8IADBACAA9QAgAgEAIAI1ACADQQAgA1kAIACBBCAAsQQgAcEEIAIBBCADAQQgAyUEIABBCCAATQggAYEIIAGxCCACwQggAt0IIANDlDQACQwgAUEMIAF5DCACgQwgAsUMIACDmDQD3QwgAcOYNAEhECADA5g0AlUQIAOBECADtRAgAMEUIAD1FCACARQgAjEUIANBFCADfRQgAIEYIACpGCABwRggAfkYIAMBGCADFRggAEEcIAB1HCABgRwgAaEcIALBHCAC2RwgAAEgIAAxICABQSAgAYEgIAKBICACpSAgA8EgIAPNICABASQgATEkIAJBJCACXSQgAEOcNAOVJCAAwSggAOEoIAIBKCACDSggA0EoIANlKCAAgSwgAL0sIAHBLCAB7SwgAwEsIAMhLCAAQTAgAIEwIAGBMCABuTAgAsEwIAMFMCAAATQgADE0IAFBNCABYTQgAYOcNAKZNCADwTQgA+E0IAEBOCABHTggAkE4IAJ5OCADgTggA5k4IADBPCAA8TwgAgE8IAI9PCADQTwgA2k8IACBQCAAlUAgAcFAIAHZQCADAUAgA1FAIALDnDQASUQgAYFEIAGpRCACwUQgAvlEIAABSCAAFUggAUFIIAF1SCACgUggAolIIAPBSCAABUwgAQFMIAExTCACQUwgAllMIAOBTCADmUwgAMFQIADVUCACAVAgAhlQIAADoDQDVVAgAIFUIADFVCABwVQgAeFUIAMBVCAB8VQgA8HoIAH5VCAAwFAwAylUIABBWCAAeVggAYFYIAHZWCACwVggAvFYIAABXCAAHVwgAUFcIAFhXCACgVwgApVcIAPBXCAD5VwgAQFgIAEpYCACQWAgAmFgIAOBYCADkWAgAMFkIADtZCACAWQgAjlkIANBZCADhWQgAIFoIACxaCABwWggAeFoIAFDoDQDCWggAEFsIAB5bCABgWwgAalsIALBbCAC+WwgAAFwIAA1cCABQXAgAZ1wIAKBcCACoXAgA8FwIAABdCABAXQgARV0IAJBdCACWXQgA4F0IAOhdCAAwXggAMl4IAIBeCACNXggA0F4IANheCAAgXwgAJV8IAHBfCABxXwgAwF8IAMxfCAAQYAgAHWAIAGBgCABoYAgAsGAIAL9gCAAAYQgABWEIAFBhCABdYQgAoGEIAK1hCADwYQgA/GEIAEBiCABPYggAkGIIAJpiCADgYggA7mIIADBjCAA1YwgAgGMIAI1jCACg6A0A02MIACBkCAAoZAgAcGQIAH1kCADAZAgAxWQIABBlCAAaZQgAYGUIAGhlCACwZQgAsmUIAABmCAAbZggAUGYIAFJmCACgZggArmYIAPBmCAABZwgAQGcIAEJnCACQZwgAqWcIAOBnCADxZwgAMGgIADxoCACAaAgAlWgIANBoCADYaAgAIGkIACZpCABwaQgAfGkIAMBpCADdaQgAEGoIABlqCABgaggAbGoIALBqCACzaggAAGsIAAprCABQawgAWGsIAKBrCACqawgA8GsIAP5rCABAbAgAVmwIAJBsCACcbAgA4GwIAOdsCAAwbQgAOG0IAIBtCACFbQgA0G0IANltCAAgbggAKm4IAHBuCAB4bggAwG4IAMJuCAAQbwgAIG8IAGBvCABqbwgAsG8IALxvCAAAcAgABnAIAFBwCABYcAgA8OgNAKxwCADwcAgAA3EIAEBxCABccQgAkHEIAJhxCABA6Q0A7nEIADByCABGcggAgHIIAIxyCADQcggA1XIIACBzCAApcwgAcHMIAHpzCADAcwgAyHMIABB0CAASdAgAYHQIAG90CACwdAgAzXQIAAB1CAAJdQgAUHUIAF51CACgdQgApnUIAPB1CAD+dQgAQHYIAE12CACQdggAp3YIAOB2CADodggAMHcIADJ3CACAdwgAiHcIANB3CADfdwgAIHgIACV4CABweAgAfXgIAMB4CADNeAgAEHkIABx5CABgeQgAb3kIALB5CAC6eQgAAHoIAA56CABQeggAVXoIAKB6CACteggAkOkNAPZ6CABAewgARnsIAJB7CACVewgA4HsIAOZ7CADg6Q0APnwIAIB8CACWfAgA0HwIANx8CAAgfQgAJX0IAHB9CAB5fQgAwH0IAMp9CAAQfggAM34IAGB+CABkfggAsH4IAG9+CADwfwgAsn4IAAB/CAAOfwgAUH8IAFp/CACgfwgAxH8IANDqDQD2fwgAQIAIAEyACACQgAgAkoAIAOCACADqgAgAMIEIADyBCACAgQgApIEIACDrDQDUgQgAIIIIAN+BCABggwgAIoIIAHCCCAB+gggAwIIIAMqCCAAQgwgANIMIAHDrDQBmgwgAsIMIALyDCAAAhAgAAoQIAFCECABahAgAoIQIAKyECADwhAgAFIUIAMDrDQBdhQgAkIUIAJmFCADghQgA7oUIADCGCAA2hggAgIYIAIyGCADQhggA2IYIABDsDQAnhwgAcIcIAImHCADAhwgAz4cIABCICAAYiAgAYIgIAG+ICACwiAgAtYgIAACJCAANiQgAUIkIAF2JCACgiQgArIkIAPCJCAD/iQgAQIoIAEqKCACQiggAnooIAOCKCADliggAMIsIAD2LCABg7A0AgYsIAKD3CACZiwgA0IsIANqLCAAgjAgAIowIAHCMCAB+jAgAwIwIAM2MCAAQjQgAGI0IAGCNCACJjQgAsI0IALeNCAAAjggAGY4IAFCOCABfjggAoI4IAKiOCADwjggA/44IAECPCABFjwgAkI8IAJ2PCADgjwgA7Y8IADCQCAA8kAgAgJAIAI+QCADQkAgA2pAIACCRCAAukQgAcJEIAHWRCADAkQgAzZEIALDsDQAVkggA4GoKABySCABgkggAOJIIABB4DgBzkggAsJIIAL+SCAAAkwgADJMIAFCTCABckwgAoJMIAKeTCADwkwgA/JMIAECUCABHlAgAkJQIAJiUCADglAgA5JQIADCVCAA7lQgAgJUIAIyVCADQlQgA3ZUIACCWCAAolggAcJYIAHqWCADAlggAxpYIABCXCAAklwgAYJcIAG6XCACwlwgAvZcIAACYCAAXmAgAUJgIAFiYCACgmAgAqpgIAPCYCAD1mAgAQJkIAEiZCACQmQgAn5kIAOCZCADlmQgAMJoIAD2aCACAmggAjZoIANCaCADcmggAIJsIAC+bCABwmwgAepsIAADtDQDImwgAEJwIAB+cCABgnAgAZZwIALCcCAC5nAgAAJ0IABGdCABQnQgAV50IAKCdCAConQgA8J0IAP2dCABAnggARZ4IAJCeCACanggA4J4IAOieCAAwnwgASZ8IAICfCACMnwgA0J8IANifCABQ7Q0AL6AIAHCgCACNoAgAwKAIAMmgCAAQoQgAHqEIAGChCABmoQgAsKEIALyhCAAAoggAB6IIAFCiCABYoggAoKIIALCiCADwoggA9qIIAECjCABFowgAkKMIAKajCADgowgA6KMIADCkCAA6pAgAgKQIAIukCADQpAgA3KQIACClCAAopQgAoO0NAH2lCADApQgAx6UIABCmCAAcpggAYKYIAGamCACwpggAwaYIAACnCAAUpwgAUKcIAF6nCACgpwgAracIAPCnCAAHqAgAQKgIAEioCACQqAgAl6gIAOCoCADiqAgAMKkIADqpCACAqQgAgqkIANCpCADpqQgAIKoIACKqCABwqggAc6oIAMCqCADMqggAEKsIADyrCADw7Q0Ab6sIALCrCADNqwgAAKwIAAmsCABQrAgAXqwIAKCsCACmrAgA8KwIAPysCABArQgASK0IAEDuDQCYrQgA4K0IAOatCAAwrggAPK4IAICuCACDrggA0K4IANWuCAAgrwgAKa8IAHCvCAB2rwgAwK8IAM+vCAAQsAgAHLAIAGCwCABosAgAkO4NALawCAAAsQgABbEIAFCxCABmsQgAoLEIAKixCADwsQgA/rEIAECyCABKsggAkLIIAJOyCADgsggA6LIIADCzCAAxswgAgLMIAIazCADQswgA3rMIACC0CAA2tAgAcLQIAHK0CADAtAgAxrQIABC1CAAktQgAYLUIAGi1CACwtQgAwLUIAAC2CAACtggAULYIAF+2CACgtggAqrYIAPC2CAD1tggAQLcIAEa3CACQtwgApLcIAOC3CADotwgAMLgIADW4CACAuAgAhrgIANC4CADYuAgAILkIACO5CABwuQgAdbkIAMC5CADJuQgAELoIABa6CABguggAb7oIALC6CAC8uggA4O4NAAq7CABQuwgAUrsIAKC7CACnuwgA8LsIAPe7CABAvAgARrwIAJC8CACevAgA4LwIAO28CAAwvQgAQL0IAIC9CACFvQgA0L0IANi9CAAgvggA7L0IACAnCQAsvggAcL4IAHK+CABAwQgAfb4IAMC+CADFvggAEL8IABq/CABgvwgAcL8IALC/CAC1vwgAAMAIAAnACABQwAgAXcAIAKDACACnwAgA8MAIAPjACAAw7w0ATsEIAJDBCACowQgA4MEIAOLBCAAwwggAR8IIAIDCCACCwggA0MIIAN7CCAAgwwgALcMIAHDDCAB4wwgAgO8NAMbDCAAQxAgAEsQIAGDECABtxAgAsMQIALPECAAAxQgAEcUIAFDFCABSxQgAoMUIAKrFCADwxQgA/MUIAEDGCABIxggA0O8NAJXGCADgxggA48YIADDHCAA6xwgAgMcIAIjHCADQxwgA3ccIACDICAAiyAgAcMgIAIbICADAyAgAzMgIABDJCAAYyQgAIPANAGPJCACwyQgAuckIAADKCAAOyggAAPIIAA/KCABQyggAW8oIAKDKCACoyggA8MoIAPvKCABAywgARcsIAJDLCACTywgA4MsIAOrLCADA8A0ANswIAIDMCACbzAgA0MwIANzMCAAgzQgAJs0IAHDNCAB4zQgAwM0IANbNCAAQzggAHs4IAGDOCABjzggAsM4IAMnOCAAAzwgADM8IAFDPCABbzwgAoM8IAKLPCADwzwgAC9AIAEDQCABO0AgAkNAIAJ3QCADg0AgA99AIABDxDQBG0QgAgNEIAIHRCADQ0QgA1dEIACDSCAAm0ggAcNIIAHLSCADA0ggAxtIIABDTCAAk0wgAYNMIAGjTCACw0wgAwNMIAADUCAAC1AgAUNQIAF7UCACg1AgAsdQIAGDxDQD21AgAQNUIAEzVCACw8Q0AktUIAODVCADx1QgAMNYIADjWCACA1ggAidYIANDWCADX1ggAINcIACHXCAAA8g0AfNcIAMDXCADC1wgAENgIABfYCABg2AgAaNgIALDYCAC52AgAANkIAAfZCABQ2QgAUdkIAFDyDQCl2QgA8NkIAPjZCABA2ggAStoIAJDaCACe2ggA4NoIAPbaCAAw2wgAPNsIAIDbCACF2wgA0NsIANnbCAAg3AgAKtwIAKDyDQBx3AgAwNwIAMjcCAAQEwoA2NwIABDdCAAd3QgAYN0IAGzdCACw3QgAut0IAADeCAAE3ggAUN4IAFXeCACg3ggApt4IAPDeCAAQ3wgAQN8IAFjfCACQ3wgAp98IAODfCADs3wgAMOAIADrgCACA4AgAguAIANDgCADX4AgAIOEIACfhCABw4QgAduEIAMDhCADM4QgAEOIIABPiCABg4ggAY+IIALDiCAC84ggAAOMIAAPjCABQ4wgAbOMIAKDjCACo4wgA8PINAPzjCABA5AgASuQIAJDkCACS5AgA4OQIAOfkCAAw5QgAN+UIAIDlCACG5QgA0OUIAN7lCAAg5ggALeYIAHDmCACA5ggAwOYIAMXmCAAQ5wgAGOcIAGDnCABw5wgAsOcIALXnCAAA6AgABugIAFDoCABY6AgAQPMNAKboCADw6AgA+OgIAEDpCABD6QgAkOkIAJzpCADg6QgA5ukIADDqCABL6ggAgOoIAI7qCADQ6ggA3+oIACDrCAAs6wgAcOsIAHjrCADg8w0AxesIABDsCAAa7AgAYOwIAGjsCACw7AgA0OwIAADtCAAN7QgAUO0IAFXtCACg7QgApO0IAPDtCAD97QgAMPQNAEXuCACQ7ggAk+4IAODuCADq7ggAMO8IADzvCACA7wgAk+8IANDvCADf7wgAIPAIACzwCABw8AgAcfAIAMDwCADK8AgAEPEIAB7xCABg8QgAZfEIALDxCAC98QgAgPQNAAryCABQ8ggAUvIIAKDyCAC58ggA8PIIAAHzCABA8wgATPMIAJDzCACY8wgAcPUNAOfzCAAw9AgAN/QIAID0CACG9AgA0PQIANz0CAAg9QgAI/UIAHD1CABz9QgAwPUIAMj1CAAQ9ggAIPYIAGD2CABl9ggAsPYIALn2CAAA9wgADfcIAFD3CABX9wgAwPUNAKz3CADw9wgA/fcIAED4CABI+AgAkPgIAJr4CADg+AgA7/gIADD5CAAx+QgAgPkIAIj5CADQ+QgA3/kIACD6CAAl+ggAcPoIAH36CADA+ggAzfoIABD7CAAc+wgAYPsIAG/7CACw+wgAuvsIAAD8CAAO/AgAUPwIAFX8CACg/AgArfwIAPD8CAD4/AgAQP0IAEr9CACQ/QgAlf0IAOD9CADo/QgAEPYNAD7+CACA/ggAjP4IAND+CADW/ggAIP8IACb/CABw/wgAdf8IAMD/CADG/wgAYPYNABwACQBgAAkAZgAJALAACQC2AAkAAAEJAA0BCQBQAQkAVQEJAKABCQCoAQkA8AEJAA4CCQBQ9w0AQgIJAFAECwBDAgkAMHAKAEYCCQBwCAoAVgIJAJACCQCRAgkA4AIJAOUCCQAwAwkANgMJAIADCQCCAwkA0AMJANYDCQAgBAkANAQJAHAECQB4BAkAwAQJANAECQAQBQkAEgUJAGAFCQBuBQkAsAUJAMEFCQCg9w0ABgYJAFAGCQBcBgkA8PcNAK0GCQDwBgkA+AYJAEAHCQBNBwkAkAcJAJIHCQDgBwkA9gcJADAICQA8CAkAgAgJAIgICQCQ+A0A3AgJACAJCQAjCQkAcAkJAHUJCQDACQkA0QkJABAKCQAZCgkAYAoJAGoKCQCwCgkAvgoJAAALCQAFCwkAUAsJAF0LCQDg+A0ArAsJAPALCQD9CwkAQAwJAEIMCQCQDAkApgwJAOAMCQDsDAkAMA0JADgNCQAw+Q0AhQ0JANANCQDWDQkAIA4JACgOCQBwDgkAcw4JAMAOCQDMDgkAEA8JABYPCQBgDwkAew8JALAPCQC9DwkAABAJAAIQCQBQEAkAZhAJAKAQCQCsEAkA8BAJAPgQCQCA+Q0ARhEJAJARCQCVEQkA4BEJAPsRCQAwEgkAPhIJAIASCQCHEgkA0BIJANwSCQAgEwkAJxMJAND5DQB7EwkAwBMJAMgTCQAQFAkAGxQJAGAUCQBlFAkAsBQJALMUCQAAFQkAChUJAFAVCQBYFQkAoBUJAK4VCQDwFQkA8xUJAEAWCQBIFgkAkBYJALAWCQDgFgkA7RYJADAXCQA1FwkAgBcJAIQXCQDQFwkA3RcJACD6DQBAGAkAcBgJAHkYCQDAGAkAwRgJABAZCQAYGQkAYBkJAHAZCQCwGQkAshkJAAAaCQAOGgkAUBoJAGEaCQBw+g0AphoJAPAaCQD8GgkAwPoNAEcbCQAQ+w0AlRsJAOAbCQD6GwkAMBwJAD8cCQCAHAkAixwJANAcCQDSHAkAIB0JAC0dCQBwHQkAfR0JAMAdCQDMHQkAEB4JACEeCQBgHgkAYx4JALAeCQDKHgkAAB8JAAkfCQBQHwkAXR8JAKAfCQCmHwkA8B8JAPwfCQBAIAkAQyAJAJAgCQCVIAkA4CAJAPEgCQAwIQkASyEJAIAhCQCMIQkA0CEJANchCQAgIgkAIiIJAHAiCQB3IgkAwCIJAMciCQAQIwkAFiMJAGAjCQBsIwkAsCMJALMjCQAAJAkAAyQJAFAkCQBcJAkAoCQJALMkCQDwJAkA/yQJAEAlCQBMJQkAkCUJAJElCQDgJQkA6iUJADAmCQA+JgkAgCYJAIUmCQDQJgkA3SYJAGD7DQAoJwkAsPsNAHInCQDAJwkA1icJABAoCQAcKAkAYCgJAGgoCQAA/A0AtigJAAApCQAIKQkAUCkJAFMpCQCgKQkArCkJAPApCQD2KQkAQCoJAFsqCQCQKgkAnioJAOAqCQDvKgkAMCsJADwrCQCAKwkAiCsJAFD8DQDVKwkAICwJACosCQBwLAkAeCwJAMAsCQDgLAkAEC0JAB0tCQBgLQkAZS0JALAtCQC0LQkAAC4JAA0uCQCg/A0Acy4JAKAuCQCjLgkA8C4JAPUuCQBALwkATy8JAJAvCQCwLwkA4C8JAOwvCQAwMAkAOjAJAIAwCQCMMAkA0DAJANYwCQAgMQkAJjEJAHAxCQB1MQkAwDEJAMYxCQDw/A0AFjIJAGAyCQBlMgkAsDIJALYyCQCQ/Q0AAzMJAFAzCQBaMwkAoDMJAKIzCQDwMwkACTQJAEA0CQBRNAkAkDQJAJ40CQDgNAkA4zQJADA1CQA7NQkAgDUJAIg1CQDQNQkA0jUJACA2CQAoNgkAcDYJAH02CQDANgkAzDYJABA3CQAUNwkAYDcJAGg3CQCwNwkAvzcJAAA4CQAFOAkAUDgJAF04CQCgOAkArTgJAPA4CQD8OAkAQDkJAE85CQCQOQkAmjkJAOA5CQDuOQkAMDoJADU6CQCAOgkAjToJAOD9DQDYOgkAMP4NACQ7CQAwPwkALDsJAHA7CQB2OwkAwDsJAMY7CQAQPAkAHTwJAGA8CQBlPAkAsDwJALg8CQAAPQkAMj0JAPA9CQA3PQkAUD0JAHY9CQBAPgkAhz0JAKA9CQDXPQkAgP4NACc+CQDQ/g0AZj4JAJA+CQDCPgkA4D4JABc/CQAg/w0APj8JAIA/CQCNPwkA0D8JANw/CQAgQAkAJkAJAHBACQB2QAkAwEAJAMVACQAQQQkAFkEJAHD/DQCGQQkAUEIJAJdBCQCwQQkA50EJABAADgA3QgkAYAAOAHZCCQCgQgkA0kIJAPBCCQAnQwkAsAAOAEpDCQCQQwkAlUMJAOBDCQDoQwkAAAEOADVECQCARAkAiUQJANBECQDdRAkAIEUJACdFCQBQAQ4AeEUJAKABDgDTRQkAEEYJABxGCQBgRgkAb0YJALBGCQC5RgkAAEcJAApHCQBQRwkAUkcJAKBHCQC5RwkA8EcJAAFICQBASAkATEgJAJBICQCYSAkA8AEOAO5ICQAwSQkAQUkJAIBJCQCMSQkA0EkJANhJCQBAAg4AJUoJAHBKCQB6SgkAwEoJAMhKCQAQSwkAIEsJAGBLCQBlSwkAsEsJALlLCQAATAkADUwJAFBMCQBXTAkAkAIOAK1MCQDwTAkAs0wJACDZCwD1TAkAQE0JAExNCQCQTQkAnU0JAOBNCQDqTQkA4AIOADVOCQCATgkAjE4JANBOCQDdTgkAIE8JACpPCQBwTwkAjE8JAMBPCQDITwkAMAMOABVQCQBgUAkAaFAJALBQCQCzUAkAAFEJAAlRCQBQUQkAX1EJAKBRCQCrUQkA8FEJAPhRCQBAUgkAUFIJAJBSCQCeUgkA4FIJAPFSCQAwUwkAPFMJAIBTCQCIUwkAgAMOANZTCQAgVAkAKFQJAHBUCQB3VAkAwFQJAM5UCQAQVQkAFlUJAGBVCQBsVQkAsFUJAL9VCQAAVgkAClYJAFBWCQBVVgkAoFYJAKZWCQDwVgkABFcJAEBXCQBIVwkAkFcJAK5XCQDgVwkA6FcJANADDgA4WAkAIAQOAIhYCQDQWAkA6VgJACBZCQApWQkAcFkJAIBZCQDAWQkA0FkJABBaCQAcWgkAYFoJAGZaCQCwWgkAvloJAABbCQANWwkAUFsJAGdbCQCgWwkAqFsJAPBbCQD6WwkAQFwJAE5cCQCQXAkAplwJAOBcCQDsXAkAMF0JADddCQCAXQkAiF0JANBdCQDVXQkAIF4JACleCQBwXgkAel4JAMBeCQDIXgkAEF8JABJfCQBgXwkAcF8JALBfCQC6XwkAAGAJAAxgCQBQYAkAVmAJAKBgCQCoYAkAwAQOAPlgCQBAYQkAUWEJAJBhCQCcYQkA4GEJAO1hCQAwYgkANWIJAIBiCQCKYgkA0GIJAOBiCQAgYwkAJWMJAHBjCQB5YwkAwGMJAM1jCQAQZAkAF2QJAGBkCQBsZAkAsGQJALZkCQAAZQkABmUJAFBlCQBVZQkAoGUJAKZlCQAQBQ4A9WUJAEBmCQBIZgkAkGYJAKZmCQDgZgkA5WYJADBnCQA3ZwkAgGcJAIlnCQDQZwkA4WcJACBoCQAsaAkAcGgJAHhoCQAABg4AwmgJABBpCQAmaQkAYGkJAGxpCQCwaQkAt2kJAABqCQAIagkAUAYOAFVqCQCgagkAqGoJAPBqCQAGawkAQGsJAEVrCQCQawkAl2sJAOBrCQDpawkAMGwJAEFsCQCAbAkAjGwJANBsCQDYbAkAoAYOACJtCQBwbQkAhm0JAMBtCQDMbQkAEG4JABduCQBgbgkAaG4JAPAGDgC1bgkAAG8JAAdvCQBQbwkAWW8JAKBvCQCxbwkA8G8JAPxvCQBAcAkASHAJAEAHDgCScAkA4HAJAO9wCQAwcQkAUHEJAIBxCQCCcQkA0HEJAOdxCQAgcgkALHIJAHByCQB4cgkA4AcOAMVyCQAQcwkAEnMJAGBzCQBncwkAsHMJALhzCQAAdAkACXQJAFB0CQBWdAkAoHQJALF0CQDwdAkA+HQJAIAIDgBMdQkAkHUJAJN1CQDgdQkA5XUJADB2CQBBdgkAgHYJAJt2CQDQdgkA3HYJACB3CQAodwkA0AgOAIZ3CQDAdwkAwXcJABB4CQAVeAkAYHgJAGZ4CQCweAkAungJAAB5CQAIeQkAUHkJAGJ5CQAgCQ4ArXkJAPB5CQD6eQkAQHoJAEZ6CQCQegkApHoJAOB6CQDoegkAMHsJAEB7CQCAewkAhXsJANB7CQDWewkAIHwJACh8CQBwfAkAcXwJAMB8CQDCfAkAEH0JAB99CQBgfQkAgH0JALB9CQCyfQkAAH4JABd+CQBQfgkAXH4JAKB+CQCofgkAcAkOAPh+CQBAfwkAWX8JAJB/CQCZfwkA4H8JAOp/CQAwgAkAOIAJAICACQCQgAkA0IAJANWACQAggQkAKYEJAHCBCQB9gQkAwIEJAMeBCQAQggkAGIIJABAKDgBqggkAsIIJALiCCQAAgwkADoMJAFCDCQBdgwkAoIMJAKiDCQDwgwkA8oMJAECECQBIhAkAkIQJAJGECQDghAkA4oQJADCFCQA/hQkAgIUJAKCFCQDQhQkA0oUJACCGCQA3hgkAcIYJAHyGCQDAhgkA2oYJABCHCQA5hwkAYIcJAGOHCQCwhwkAtYcJAACICQANiAkAYAoOAFKICQCgiAkAqogJAPCICQD/iAkAQIkJAEuJCQCQiQkAnokJAOCJCQDtiQkAMIoJAEeKCQCAigkAiIoJANCKCQDRigkAIIsJACKLCQBwiwkAf4sJAMCLCQDgiwkAEIwJABKMCQBgjAkAd4wJALCMCQC8jAkAAI0JAAiNCQCwCg4AVY0JAKCNCQCmjQkA8I0JAPiNCQBAjgkAX44JAJCOCQCdjgkA4I4JAOGOCQAwjwkARo8JAICPCQCcjwkAAAsOANWPCQAgkAkAKpAJAHCQCQB4kAkAwJAJAMGQCQAQkQkAwpAJAICZCQAWkQkAYJEJAGyRCQCwkQkAwJEJAACSCQAOkgkAUJIJAGOSCQCgkgkArJIJAPCSCQD3kgkAQJMJAEiTCQCQkwkAlJMJAOCTCQDukwkAMJQJADqUCQCAlAkAi5QJANCUCQDYlAkAIJUJAFaVCQBwlQkAeJUJAMCVCQDFlQkAEJYJABaWCQBglgkAaJYJALCWCQDKlgkAAJcJADaXCQBQlwkAWJcJAKCXCQCllwkA8JcJAPaXCQBAmAkASJgJAJCYCQCqmAkA4JgJAPqYCQAwmQkAZpkJAFALDgCImQkA0JkJANeZCQAgmgkALJoJAHCaCQBxmgkAwJoJAMyaCQAQmwkAHZsJAGCbCQBnmwkAsJsJALybCQAAnAkADZwJAFCcCQBfnAkAoJwJALScCQCgCw4A/ZwJAECdCQBKnQkAkJ0JAJ6dCQDgnQkA9p0JADCeCQA8ngkAgJ4JAIyeCQDQngkA1p4JACCfCQAmnwkAcJ8JAHWfCQDAnwkAxp8JAPALDgAVoAkAYKAJAGKgCQCwoAkAt6AJAAChCQAIoQkAUKEJAFOhCQCgoQkAqaEJAPChCQD/oQkAQKIJAEuiCQCQogkAmKIJAOCiCQDwogkAMKMJAD6jCQCAowkAkaMJANCjCQDcowkAIKQJACikCQDgDA4AjqQJAMCkCQDIpAkAMA0OABylCQBgpQkAdqUJALClCQC4pQkAAKYJAB+mCQCADQ4AU6YJAIDfCQBdpgkAoKYJAKOmCQDAvwwAqKYJAPCmCQDypgkAQKcJAPqmCQDQsgkAAacJAECsCQBNpwkAkKcJAKSnCQDgpwkA6KcJADCoCQA1qAkAgKgJAJCoCQDQqAkA2KgJACCpCQAqqQkAcKkJAHupCQDAqQkAzKkJABCqCQAYqgkA0A0OAGWqCQCwqgkAuaoJAACrCQAGqwkAUKsJAF+rCQCgqwkArKsJAPCrCQDzqwkAIA4OAEWsCQCQrAkAn6wJAOCsCQDirAkAMK0JAEGtCQCArQkAka0JANCtCQDkrQkAIK4JACiuCQBwrgkAfq4JAMCuCQDNrgkAEK8JABOvCQBgrwkAaq8JALCvCQCyrwkAALAJABGwCQBQsAkAYbAJAKCwCQCssAkA8LAJAPewCQBAsQkASLEJAJCxCQCnsQkA4LEJAOyxCQAwsgkARrIJAICyCQCDsgkAcA4OANuyCQAgswkALLMJAHCzCQB4swkAwA4OAMyzCQAQtAkAJrQJAGC0CQBjtAkAsLQJALi0CQAAtQkAArUJAFC1CQBrtQkAoLUJAKK1CQDwtQkA/rUJAEC2CQBRtgkAkLYJAJK2CQDgtgkA+bYJADC3CQBBtwkAgLcJAIy3CQAQDw4A1rcJACC4CQAuuAkAcLgJAIu4CQDAuAkAzLgJABC5CQAWuQkAYLkJAGi5CQCwuQkAwLkJAAC6CQAFugkAULoJAFm6CQCgugkArboJAPC6CQD3ugkAQLsJAEi7CQBgDw4AlbsJAOC7CQDmuwkAMLwJADi8CQCAvAkAqbwJANC8CQDXvAkAIL0JADm9CQBwvQkAf70JAMC9CQDcvQkAsA8OABW+CQBgvgkAar4JALC+CQDAvgkAAL8JAAW/CQBQvwkAWb8JAKC/CQCtvwkA8L8JAPe/CQBAwAkATMAJAJDACQCjwAkA4MAJAO/ACQAwwQkAPMEJAIDBCQCBwQkA0MEJANrBCQAgwgkALsIJAHDCCQB1wgkAwMIJAM3CCQAAEA4AIcMJAGDDCQBiwwkAsMMJALPDCQAAxAkAA8QJAFDECQBXxAkAoMQJAKzECQDwxAkAAMUJAEDFCQBQxQkAkMUJAJXFCQDgxQkA6cUJADDGCQA9xgkAgMYJAIfGCQDQxgkA3MYJACDHCQAmxwkAcMcJAHbHCQDAxwkAxccJABDICQAWyAkA8BAOAGrICQCwyAkAvsgJAADJCQAQyQkAUMkJAFLJCQCgyQkAr8kJAPDJCQD6yQkAQMoJAEjKCQDgEQ4AlsoJAODKCQDsygkAMBIOADXLCQCAywkAiMsJANDLCQDgywkAIMwJAC7MCQBwzAkAfcwJAMDMCQDHzAkAEM0JABjNCQDQEg4Acc0JALDNCQC3zQkAAM4JAAjOCQBQzgkAXc4JAKDOCQClzgkA8M4JAPrOCQBAzwkASM8JAJDPCQCpzwkA4M8JAOzPCQAw0AkAONAJACATDgCM0AkA0NAJANPQCQAg0QkAJdEJAHDRCQCB0QkAwNEJANvRCQAQ0gkAHNIJAGDSCQBn0gkAsNIJAMzSCQAA0wkACNMJAHATDgBV0wkAoNMJAKrTCQDw0wkA+NMJAEDUCQBQ1AkAkNQJAJXUCQDg1AkA6dQJADDVCQA91QkAgNUJAIfVCQDAEw4A4dUJACDWCQAo1gkAcNYJACzWCQAA0goAetYJAMDWCQDF1gkAENcJABjXCQBg1wkAadcJALDXCQC91wkAANgJAAfYCQBQ2AkAXNgJAKDYCQCw2AkA8NgJAP7YCQBA2QkATdkJAJDZCQCc2QkA4NkJAOfZCQAw2gkAONoJAIDaCQCQ2gkA0NoJANnaCQAg2wkALdsJAHDbCQB/2wkAwNsJAMrbCQAQ3AkAHtwJAGDcCQBl3AkAsNwJAL3cCQAA3QkACN0JABAUDgBc3QkAoN0JAK3dCQDw3QkA890JAEDeCQBO3gkAkN4JAJXeCQDg3gkA7d4JADDfCQA43wkAYBQOAIjfCQDQ3wkA1t8JACDgCQDX3wkAYDYKACzgCQBw4AkAjeAJAMDgCQDJ4AkAEOEJAB7hCQBg4QkAZuEJALDhCQC84QkAAOIJAAfiCQCwFA4AVuIJAKDiCQCu4gkA8OIJAAvjCQBA4wkATOMJAJDjCQCW4wkAABUOAAPkCQAw5AkAP+QJAIDkCQCF5AkA0OQJAN3kCQAg5QkALeUJAHDlCQB85QkAwOUJAM/lCQAQ5gkAGuYJAGDmCQBu5gkAsOYJALXmCQAA5wkADecJAFDnCQBs5wkAoOcJAKjnCQBQFQ4A/OcJAEDoCQBd6AkAkOgJAJnoCQDg6AkA7ugJADDpCQA26QkAgOkJAIzpCQDQ6QkA1+kJACDqCQAo6gkAcOoJAIbqCQDA6gkAxeoJABDrCQAX6wkAYOsJAGnrCQCw6wkAwesJAADsCQAM7AkAUOwJAFjsCQDwFQ4ApuwJAPDsCQD17AkAQO0JAFvtCQCQ7QkAnu0JAODtCQDn7QkAMO4JADzuCQCA7gkAg+4JANDuCQDY7gkAIO8JACHvCQBw7wkAcu8JAMDvCQDP7wkAEPAJADDwCQBg8AkAYvAJALDwCQDH8AkAAPEJAAzxCQBQ8QkAWPEJAEAWDgCh8QkA8PEJAPzxCQBA8gkAT/IJAJDyCQCY8gkAkBYOAOLyCQAw8wkAPvMJAIDzCQCR8wkA4BYOANfzCQAwFw4AKPQJANAXDgB69AkAwPQJAMz0CQAQ9QkAJvUJAGD1CQBs9QkAsPUJAMP1CQAA9gkADvYJAFD2CQBa9gkAIBgOAKj2CQBwGA4ABvcJAED3CQBM9wkAkPcJAJ33CQDg9wkA6vcJADD4CQAy+AkAgPgJAIr4CQDQ+AkA3vgJACD5CQAl+QkAcPkJAH35CQDA+QkAyPkJABD6CQAg+gkAYPoJAGL6CQCw+gkAufoJAAD7CQAR+wkAUPsJAFr7CQDAGA4ArPsJAPD7CQAH/AkAQPwJAFv8CQAQGQ4AqfwJAOD8CQDm/AkAMP0JADr9CQBgGQ4Agv0JAND9CQDh/QkAIP4JACj+CQBw/gkAPP4JAEAkCgB8/gkAwP4JAMb+CQAQ/wkAFv8JAGD/CQBl/wkAsP8JALb/CQCwGQ4AHAAKAFAACgBYAAoAoBoOAK4ACgDwAAoAAQEKAEABCgBRAQoAkAEKAJwBCgDgAQoA5wEKAPAaDgBBAgoAgAIKAJECCgDQAgoA3AIKACADCgAnAwoAQBsOAHIDCgDAAwoAwQMKABAECgAYBAoAYAQKAGUECgCwBAoAuQQKAAAFCgAKBQoAUAUKAFgFCgCgBQoApQUKAPAFCgAABgoAQAYKAEgGCgCQBgoApgYKAOAGCgDsBgoAMAcKAEYHCgCABwoAhQcKANAHCgDWBwoAIAgKADQICgCQGw4AhggKAMAICgDOCAoAEAkKAB0JCgBgCQoAYgkKALAJCgC6CQoAAAoKAAwKCgBQCgoAVwoKAKAKCgCoCgoA8AoKAAkLCgBACwoAVAsKAJALCgCYCwoA4AsKAOILCgAwDAoAPQwKAIAMCgCFDAoA0AwKANoMCgAgDQoAKw0KAHANCgB8DQoAwA0KAMYNCgAQDgoAGA4KAGAOCgBhDgoAsA4KALYOCgAADwoABQ8KAFAPCgBfDwoAoA8KAKwPCgDwDwoA8w8KAEAQCgBDEAoA4BsOAJUQCgDgEAoA/BAKADAcDgBQEQoAgBEKAIgRCgCAHA4A1hEKACASCgAsEgoA0BwOAHYSCgDAEgoAzBIKAAAfDgAREwoAgBYKACATCgBgEwoAYhMKALATCgC6EwoAABQKAAIUCgBQFAoAYRQKAKAUCgCoFAoA8BQKAPwUCgBAFQoARhUKAJAVCgCWFQoA4BUKAOUVCgAwFgoANhYKAFAfDgCCFgoA0BYKANYWCgAgFwoAIxcKAHAXCgB8FwoAwBcKAMgXCgBAIA4AFhgKAGAYCgBmGAoAsBgKALUYCgAAGQoABhkKAJAgDgBSGQoAoBkKAKkZCgDwGQoABxoKAEAaCgBLGgoAkBoKAJoaCgDgGgoA6BoKAIAhDgA9GwoAgBsKAIgbCgDQGwoA2hsKACAcCgArHAoAcBwKAHYcCgDAHAoAzBwKABAdCgASHQoAYB0KAGcdCgCwHQoAuB0KAAAeCgASHgoA0CEOAIseCgCgHgoAqB4KAPAeCgATHwoAwCIOAEIfCgCQHwoAnR8KAOAfCgDnHwoAMCAKAEEgCgCAIAoAjCAKANAgCgDXIAoAICEKACEhCgCwQAoAKCEKABAjDgCDIQoAwCEKAM8hCgAQIgoAHCIKAGAiCgBhIgoAsCIKALoiCgAAIwoADiMKAFAjCgBVIwoAoCMKAK0jCgBgIw4A+CMKALAjDgBIJAoAACQOAJIkCgDgJAoAnCQKAPBUCwDjJAoAcP0KAO0kCgAwJQoAPiUKAIAlCgCPJQoA0CUKAPAlCgAgJgoALCYKAHAmCgB3JgoAwCYKAMgmCgAQJwoAEicKAGAnCgBqJwoA8CQOALonCgAAKAoACCgKAEAlDgBaKAoAoCgKAKgoCgCQJQ4ALCkKAEApCgBIKQoAkCkKAK4pCgDgJQ4A7ikKADAqCgBAKgoAgCoKAJAqCgDQKgoA3CoKACArCgAmKwoAcCsKAIwrCgDAKwoAyCsKADAmDgAkLAoAYCwKAGosCgCwLAoAvCwKAAAtCgAILQoAgCYOAFstCgCgLQoAoi0KAPAtCgD2LQoAQC4KAEguCgDQJg4Aki4KAOAuCgDjLgoAMC8KADgvCgCALwoAkC8KANAvCgDSLwoAIDAKAC4wCgBwMAoAgTAKACAnDgDHMAoAcCcOABYxCgBgMQoAZTEKALAxCgC2MQoAwCcOAA0yCgBQMgoAWjIKAKAyCgCiMgoA8DIKAAMzCgBAMwoASDMKAJAzCgCcMwoA4DMKAOYzCgAwNAoANjQKAIA0CgCFNAoA0DQKANY0CgCwKA4AKTUKAHA1CgB9NQoAwDUKAMc1CgAQNgoAGDYKAAApDgBsNgoAsDYKALo2CgAANwoADDcKAFA3CgBfNwoAoDcKAKo3CgDwNwoA/DcKAEA4CgBHOAoAUCkOAJM4CgDgzQsAljgKAOA4CgCfOAoA8DYLAOw4CgAwOQoAODkKAKApDgCMOQoA0DkKANo5CgAgOgoALDoKAHA6CgB/OgoAwDoKAMo6CgAQOwoAHDsKAGA7CgBnOwoA8CkOAL47CgAAPAoA0DsKAEAoCwAXPAoAUDwKAF08CgCgPAoAojwKAPA8CgABPQoAQD0KAFw9CgCQPQoAmD0KAEAqDgD5PQoAMD4KAEQ+CgCAPgoAiD4KANA+CgDTPgoAID8KAC4/CgBwPwoAhz8KAMA/CgDNPwoAEEAKABJACgBgQAoAcUAKAJAqDgC2QAoAAEEKAAVBCgBQQQoAZkEKAKBBCgCuQQoA8EEKAPNBCgBAQgoATEIKAJBCCgCWQgoA4EIKAOxCCgAwQwoAWUMKAIBDCgCMQwoA0EMKAN9DCgAgRAoAKkQKAHBECgB+RAoAwEQKAMVECgAQRQoAHUUKAOAqDgBiRQoAsEUKAL5FCgAARgoADUYKAFBGCgBiRgoAMCsOAK9GCgDwRgoA/EYKAEBHCgBZRwoAkEcKAJJHCgDgRwoA70cKADBICgBQSAoAgEgKAIhICgDQSAoA80gKACBJCgA2SQoAcEkKAHVJCgDASQoAw0kKABBKCgAaSgoAYEoKAGhKCgCwSgoAtkoKAABLCgAMSwoAUEsKAF9LCgCgSwoArEsKAPBLCgD9SwoAQEwKAEpMCgCQTAoAmEwKAOBMCgDvTAoAME0KADJNCgCATQoAkU0KANBNCgDhTQoAIE4KAChOCgBwTgoAgU4KAMBOCgDCTgoAEE8KABNPCgBgTwoAak8KALBPCgDUTwoAAFAKABxQCgCAKw4AVlAKAKBQCgClUAoA8FAKAP9QCgBAUQoATFEKAJBRCgCTUQoA4FEKAONRCgAwUgoAOFIKAIBSCgCPUgoA0FIKANVSCgAgUwoANlMKAHBTCgBxUwoAwFMKANFTCgAQVAoAHFQKAGBUCgBqVAoAsFQKALxUCgAAVQoAB1UKANArDgBUVQoAoFUKAK5VCgDwVQoA+lUKAEBWCgBLVgoAkFYKAJhWCgDgVgoA7FYKADBXCgBDVwoAgFcKAI5XCgDQVwoA2lcKACBYCgAoWAoAcFgKAH9YCgDAWAoAxVgKABBZCgAXWQoAYFkKAGxZCgAgLA4AvFkKAABaCgADWgoAUFoKAFNaCgCgWgoAuloKAPBaCgD8WgoAQFsKAFNbCgCQWwoAnlsKAOBbCgDqWwoAMFwKAFNcCgBwLA4AilwKANBcCgDcXAoAIF0KACddCgBwXQoAeF0KAMBdCgDEXQoAEF4KAB5eCgBgXgoAal4KALBeCgC7XgoAAF8KAAhfCgBQXwoAX18KAKBfCgClXwoA8F8KAPdfCgBAYAoATGAKAJBgCgCYYAoAwCwOAPZgCgCwsgsA+WAKADBhCgA6YQoAgGEKAIxhCgDQYQoA02EKACBiCgAqYgoAcGIKAHNiCgDAYgoA0GIKABBjCgASYwoAYGMKAG5jCgCwYwoAwWMKABAtDgAHZAoAYC0OAFlkCgCgZAoAWmQKAPCfCwBwZAoA0CQLALlkCgDwZAoA+mQKAEBlCgBMZQoAkGUKAJNlCgDgZQoA6mUKALAtDgA1ZgoAgGYKAKBmCgDQZgoA2GYKAAAuDgAuZwoAcGcKAIZnCgDAZwoAzGcKABBoCgAXaAoAYGgKAGhoCgCwaAoAtWgKAABpCgAJaQoAUGkKAFppCgCgaQoAqGkKAPBpCgD+aQoAQGoKAE1qCgCQagoAmGoKAFAuDgDwagoAMGsKADhrCgCgLg4Ah2sKANBrCgDcawoAIGwKACdsCgBwbAoAeGwKAMBsCgDKbAoAEG0KAB5tCgBgbQoAdm0KALBtCgC8bQoAAG4KAAVuCgBQbgoAWW4KAKBuCgCqbgoA8G4KAPhuCgBAbwoARW8KAJBvCgCgbwoA4G8KAOhvCgDwLg4AOnAKAIBwCgCDcAoAAPAKAIhwCgBALw4A3nAKACBxCgA2cQoAcHEKAHxxCgDAcQoAx3EKABByCgAYcgoAYHIKAGVyCgCwcgoAuXIKAABzCgAKcwoAUHMKAFhzCgCgcwoAonMKAJB+CgCucwoA8HMKAP1zCgBAdAoASHQKAJAvDgCcdAoA4HQKAON0CgAwdQoAOnUKAOAvDgCOdQoA0HUKAOZ1CgAgdgoALHYKAHB2CgB3dgoAwHYKAMh2CgAQdwoAFXcKAGB3CgBpdwoAsHcKALp3CgAAeAoACHgKAFB4CgBSeAoAoHgKALB4CgDweAoA+ngKAEB5CgBMeQoAkHkKAJZ5CgCAMA4A7nkKADB6CgBGegoAgHoKAIx6CgDQegoA1XoKACB7CgApewoAcHsKAHp7CgDAewoAyHsKABB8CgAyfAoA0DAOAG98CgCwfAoAvHwKAAB9CgABfQoAUH0KAFp9CgCgfQoArn0KAPB9CgD1fQoAQH4KAE1+CgAgMQ4AoH4KAOB+CgDqfgoAMH8KADx/CgCAfwoAhn8KANB/CgDYfwoAEDIOACWACgBwgAoAeIAKAMCACgDMgAoAIIoKANmACgAQgQoAHIEKAGCBCgBogQoAYDIOAL2BCgAAggoACIIKAFCCCgBeggoAoIIKAK2CCgDwggoA84IKAECDCgBKgwoAkIMKAJKDCgDggwoA7YMKADCECgA/hAoAgIQKAIyECgDQhAoA2IQKALAyDgAwhQoAcIUKAHiFCgDAhQoAzIUKABCGCgAWhgoAYIYKAGaGCgCwhgoAtYYKAACHCgAGhwoAADMOAF2HCgCghwoApYcKAPCHCgD6hwoAQIgKAEiICgCQiAoAnIgKAOCICgDziAoAMIkKAD6JCgCAiQoAg4kKANCJCgDaiQoAUDMOADOKCgBwigoAfooKAMCKCgDDigoAEIsKABqLCgCgMw4AZYsKALCLCgBuiwoAcKgKALiLCgAAjAoADIwKAFCMCgBWjAoAoIwKAGOMCgBApgoApowKAPCMCgD1jAoAQI0KAEaNCgDwMw4Alo0KAOCNCgDljQoAMI4KADaOCgBANA4Ajo4KANCOCgDrjgoAII8KACyPCgBwjwoAd48KAJA0DgDJjwoAEJAKAB2QCgBgkAoAbJAKALCQCgDDkAoAAJEKAAGRCgBQkQoAXJEKAKCRCgCvkQoA8JEKAPqRCgBAkgoATJIKAJCSCgCXkgoA4DQOAOaSCgAwkwoANpMKAICTCgCFkwoA0JMKANaTCgCANQ4AKZQKAHCUCgB9lAoAwJQKAMSUCgAQlQoAEpUKAGCVCgBtlQoAsJUKALqVCgDQNQ4AB5YKAFCWCgBYlgoAoJYKAKyWCgDwlgoAA5cKAECXCgBPlwoAkJcKAJyXCgDglwoA4ZcKADCYCgA6mAoAgJgKAI6YCgDQmAoA1ZgKACCZCgAtmQoAIDYOAHyZCgDAmQoAxpkKABCaCgAWmgoAYJoKAGWaCgCwmgoAtpoKAHA2DgAFmwoAUJsKAFqbCgAQNw4AqJsKAPCbCgD9mwoAQJwKAEWcCgCQnAoAmpwKAOCcCgDonAoAMJ0KADydCgCAnQoAk50KANCdCgDRnQoAIJ4KACyeCgBwngoAf54KAMCeCgDKngoAEJ8KABifCgBgnwoAYp8KAGA3DgC5nwoAAKAKAA+gCgBQoAoAX6AKAKCgCgCsoAoA8KAKAPOgCgBAoQoAQ6EKALA3DgCSoQoA4KEKAOOhCgAwogoAOKIKAICiCgCNogoA0KIKANWiCgAgowoAKqMKAHCjCgB4owoAwKMKAMyjCgAQpAoAI6QKAGCkCgBhpAoAsKQKALykCgAApQoAD6UKAFClCgBapQoAoKUKAKylCgDwpQoA96UKAAA4DgBPpgoAkKYKAJymCgDgpgoA4aYKADCnCgA6pwoAgKcKAI6nCgDQpwoA1acKACCoCgAtqAoAUDgOAIGoCgCgOA4AzagKABCpCgAeqQoAYKkKAHGpCgCwqQoA0qkKAPA4DgAFqgoAUKoKAAaqCgCw4AoAWKoKAKCqCgChqgoAsK4KAKOqCgCgrwoApaoKAMCtCgCmqgoA4LAKAKeqCgDQrAoAr6oKAPCqCgC5qgoAsLMKAPWqCgBAqwoATasKAJCrCgCdqwoA4KsKAOyrCgAwrAoAP6wKAICsCgCKrAoAQDkOAN6sCgAgrQoAIq0KAHCtCgCBrQoAkDkOAMGtCgAQrgoAHK4KAGCuCgBtrgoA4DkOAL6uCgAArwoADa8KAFCvCgBnrwoAMDoOAKmvCgAgsgoAqq8KAPCvCgDyrwoAQLAKAEawCgCQsAoAmrAKAIA6DgDssAoAMLEKADKxCgCAsQoAj7EKANCxCgDbsQoA0DoOAC+yCgBwsgoAf7IKAMCyCgDMsgoAELMKAByzCgBgswoAZ7MKACA7DgC8swoAALQKAAi0CgBwOw4AabQKAKC0CgCxtAoA8LQKAPy0CgDAOw4ATLUKAJC1CgCStQoA4LUKAOe1CgAwtgoAOLYKAIC2CgCBtgoA0LYKANa2CgAgtwoAJbcKAHC3CgBxtwoAwLcKAMy3CgAQuAoAFrgKAGC4CgBquAoAsLgKAL64CgCwvQoAxLgKAAC5CgAIuQoAEDwOAGC5CgCguQoAqLkKAPC5CgD5uQoAQLoKAP25CgDAvAoATboKAJC6CgCXugoA4LoKAOy6CgAwuwoAQLsKAIC7CgCOuwoA0LsKAN27CgAgvAoALLwKAHC8CgB3vAoAYDwOAMm8CgAQvQoAIb0KAGC9CgBxvQoAsDwOALy9CgAAvgoAA74KAFC+CgBYvgoAoL4KAKW+CgDwvgoAAL8KAEC/CgBIvwoAkL8KAJm/CgDgvwoAnb8KAGDCCgDtvwoAMMAKADfACgCAwAoAjMAKANDACgDgwAoAIMEKAC7BCgBwwQoAfcEKAMDBCgDMwQoAEMIKABfCCgAAPQ4AacIKALDCCgDBwgoAAMMKABHDCgBQPQ4AVcMKAKDDCgCtwwoA8MMKAPzDCgBAxAoASsQKAJDECgCkxAoA4MQKAOHECgAwxQoAPMUKAIDFCgCfxQoA0MUKANjFCgAgxgoAJcYKAHDGCgCJxgoAwMYKAOnGCgAQxwoAHMcKAGDHCgBvxwoAsMcKALrHCgAAyAoACMgKAFDICgBbyAoAoMgKAKLICgDwyAoA88gKAEDJCgBIyQoAkMkKAJ3JCgDgyQoA5ckKADDKCgA4ygoAgMoKAILKCgDQygoA2soKACDLCgAqywoAcMsKAHbLCgDAywoAzssKABDMCgApzAoAYMwKAGnMCgCwzAoAuswKAADNCgAMzQoAoD0OAFzNCgCgzQoAsM0KAPDNCgD+zQoAQM4KAE3OCgCQzgoAnM4KAODOCgDnzgoAMM8KADjPCgCAzwoAls8KANDPCgDczwoAINAKACrQCgBw0AoAe9AKAMDQCgDF0AoAENEKABfRCgBg0QoAaNEKALDRCgDa0QoA8D0OAAfSCgBQ0goAWNIKAKDSCgDK0goA8NIKAPXSCgBA0woAQdMKAJDTCgCa0woA4NMKAO7TCgAw1AoANdQKAIDUCgCN1AoA0NQKAOzUCgAg1QoAPNUKAEA+DgB91QoAwNUKAMTVCgAQ1goAFtYKAGDWCgBi1goAsNYKALHWCgAA1woAI9cKAFDXCgB01woAoNcKAMrXCgDw1woA+NcKAEDYCgBF2AoAkNgKAJ3YCgDg2AoA6NgKADDZCgAy2QoAgNkKAIjZCgDQ2QoA+tkKACDaCgAt2goAcNoKAHXaCgDA2goAzdoKABDbCgAc2woAYNsKAIrbCgCw2woAuNsKAADcCgAb3AoAUNwKAFLcCgCg3AoAsdwKAPDcCgD53AoAQN0KAEzdCgCQPg4And0KAODdCgD73QoAMN4KADXeCgCA3goAoN4KANDeCgDc3goAIN8KACjfCgDgPg4Aft8KAMDfCgDK3woAEOAKABvgCgBg4AoAaOAKAIA/DgC54AoAAOEKAArhCgBQ4QoAW+EKAKDhCgC04QoA8OEKAAXiCgBA4goASOIKAJDiCgCn4goA4OIKAOXiCgAw4woAOuMKAIDjCgCI4woA0D8OANLjCgAg5AoAMeQKAHDkCgBz5AoAwOQKAMzkCgAgQA4AHuUKAGDlCgBx5QoAcEAOALPlCgAA5goAA+YKAFDmCgBc5goAoOYKAKbmCgDw5goA+uYKAMBADgBN5woAkOcKAKfnCgDg5woA6OcKABBBDgA46AoAYEEOAJfoCgDQ6AoA1ugKACDpCgAs6QoAcOkKAIfpCgDA6QoAwukKABDqCgAa6goAYOoKAGzqCgCw6goAvOoKAADrCgAG6woAUOsKAFbrCgCg6woApesKAPDrCgD26woAsEEOAEPsCgCAUAwAS+wKAJDsCgCR7AoA4OwKAOrsCgAw7QoAYO0KAABCDgCD7QoA0O0KANrtCgBQQg4AKe4KAHDuCgCG7goAwO4KANbuCgAQ7woAEu8KAGDvCgBm7woAsO8KAMTvCgDwQg4ACPAKAFDwCgBg8AoAoPAKAGnwCgCw2gsAovAKAPDwCgD+8AoAQPEKAFHxCgBAQw4Al/EKAJBDDgDp8QoAcLsLAOzxCgAw8goAM/IKAIDyCgCJ8goA0PIKAOHyCgAg8woAKvMKAHDzCgB48woAwPMKAIzzCgBgsgsAw/MKABD0CgAZ9AoAYPQKAHb0CgCw9AoAxvQKAAD1CgAC9QoAUPUKAFb1CgCg9QoAtPUKAOBDDgD89QoAQPYKAEr2CgCQ9goAmfYKAOD2CgDh9goAMPcKADj3CgCA9woAhfcKAND3CgDg9woAgEQOACz4CgBw+AoAcvgKAMD4CgDG+AoAEPkKABf5CgBg+QoAZfkKALD5CgC0+QoAAPoKAA36CgBQ+goAWPoKAKD6CgCl+goA8PoKAAD7CgDQRA4AUfsKAJD7CgCc+woA4PsKAO/7CgAw/AoAOvwKAID8CgCO/AoA0PwKAN38CgAg/QoAN/0KACBFDgBz/QoAwEUOAMP9CgAQ/goAx/0KAKBRDgAY/goAYP4KAIv+CgCw/goA2/4KAAD/CgAr/woAEEYOAHv/CgCg/woAy/8KAGBGDgD5/woAQAALAEEACwCQAAsAnwALAOAACwCmAAsAcAILAPEACwAwAQsAMgELAIABCwCDAQsA0AELANMBCwAgAgsAKAILAFBHDgB1AgsAwAILAMcCCwAQAwsAGQMLAGADCwBxAwsAsAMLALwDCwAABAsACAQLAKBHDgBWBAsAoAQLAKcECwDwBAsA9QQLAEAFCwBEBQsAkAULAJ0FCwDgBQsA7wULADAGCwBBBgsAgAYLAIIGCwDQBgsA0wYLACAHCwAjBwsAcAcLAHgHCwDwRw4AxQcLABAmCwDLBwsAsFwMAMwHCwAQCAsAEwgLAGAICwBqCAsAQEgOALkICwAACQsADwkLAFAJCwBfCQsAoAkLAKwJCwDwCQsA8wkLAEAKCwBDCgsAkEgOAJMKCwDgCgsACwsLAOBIDgA4CwsAMEkOAIgLCwCASQ4A2AsLANBJDgAlDAsAcAwLAH0MCwDADAsAwwwLABANCwAVDQsAYA0LAHENCwCwDQsAvA0LACBKDgAFDgsAUA4LAGEOCwCgDgsArA4LAPAOCwAKDwsAQA8LAEQPCwAgEQsARw8LAFATCwBKDwsAkBQLAEwPCwAQEgsATg8LADAQCwBRDwsAkA8LAJUPCwDgDwsA9w8LAHBKDgA9EAsAgBALAJAQCwDQEAsA1RALAMBKDgAiEQsAcBELAHYRCwDAEQsAzRELABBLDgAWEgsAYBILAGYSCwCwEgsAtRILAAATCwAGEwsAYEsOAFwTCwCgEwsAuRMLAPATCwD5EwsAQBQLAFcUCwCwSw4AlhQLAOAUCwDiFAsAMBULAD8VCwCAFQsAjBULAABMDgDZFQsAIBYLAC4WCwBwFgsAehYLAMAWCwDMFgsAEBcLABMXCwBgFwsAfBcLALAXCwC4FwsAUEwOAAwYCwBQGAsAUxgLAKAYCwCqGAsAQE0OAPkYCwBAGQsAThkLAJAZCwCaGQsA4BkLAOwZCwAwGgsAOBoLAOBNDgCCGgsA0BoLAN4aCwAgGwsAMRsLADBODgB3GwsAgE4OAMUbCwAQHAsAGBwLAGAcCwBmHAsAsBwLALkcCwAAHQsADR0LACBPDgBVHQsAoB0LAFwdCwAwHwsAqR0LAPAdCwD6HQsAQB4LAEgeCwCQHgsA0B4LAOAeCwDoHgsAcE8OADYfCwCAHwsAhh8LANAfCwDYHwsAICALAGAgCwBwIAsAeCALAMBPDgDIIAsAEFAOAFIhCwBgIQsAoiELAGBQDgC+IQsAACILABEiCwBQIgsAXCILAKAiCwCjIgsAsFAOAAAjCwBAIwsAQiMLAJAjCwCeIwsA4CMLAPEjCwAAUQ4ATCQLAIAkCwCIJAsAUFEOAN4kCwAgJQsAISULAPBRDgB8JQsAwCULAMclCwBAUg4AFyYLAGAmCwBlJgsAkFIOALgmCwDgUg4AAicLAFAnCwBTJwsAoCcLAKMnCwAwUw4A+CcLAIBTDgBOKAsAkCgLAJEoCwDQUw4A6CgLACBUDgA1KQsAgCkLAIcpCwDQKQsA1SkLAHBUDgAoKgsAwFQOAHgqCwDAKgsAyioLABArCwAbKwsAYCsLAG4rCwCwKwsAsysLAAAsCwAILAsAUCwLAFosCwCgLAsArCwLAPAsCwDzLAsAQC0LAEotCwAQVQ4Ani0LAOAtCwD2LQsAMC4LADwuCwCALgsAhy4LANAuCwDYLgsAIC8LACUvCwBwLwsAeS8LAMAvCwDKLwsAEDALABgwCwBgMAsAYjALALAwCwDAMAsAADELAAoxCwBQMQsAXDELAKAxCwCmMQsA8DELAPgxCwCwVQ4ATjILAJAyCwCRMgsAAFYOAOUyCwBQVg4AMjMLAIAzCwCBMwsA0DMLANMzCwAgNAsAKzQLAHA0CwB1NAsAwDQLAMo0CwCgVg4ANDULAGA1CwBoNQsA8FYOALI1CwAANgsAETYLAFA2CwBhNgsAoDYLAKM2CwBAVw4A9jYLAEA3CwBFNwsAkDcLAJM3CwDgNwsA4zcLADA4CwA4OAsAkFcOAI44CwDQOAsA0zgLACA5CwArOQsAcDkLAHw5CwDAOQsAxzkLABA6CwAYOgsAYDoLAG46CwCwOgsAvToLAAA7CwAIOwsA4FcOAFw7CwCgOwsAozsLAPA7CwD6OwsAQDwLAEg8CwAwWA4AnDwLAOA8CwDmPAsAMD0LADo9CwCAPQsAlD0LANA9CwDYPQsAgFgOAC0+CwBwPgsAeD4LAMA+CwDDPgsAED8LABw/CwBgPwsAaj8LALA/CwC5PwsAAEALAAFACwBQQAsAaEALAKBACwCiQAsA8EALAAFBCwBAQQsAUUELAJBBCwCYQQsA4EELAO9BCwAwQgsAMkILAIBCCwCRQgsA0EILAOFCCwAgQwsAOUMLAHBDCwByQwsAwEMLAM9DCwAQRAsAMEQLACBZDgBoRAsAcFkOALhECwDAWQ4ACEULABBaDgBcRQsAoEULALBFCwDwRQsA9UULAEBGCwBGRgsAkEYLAJxGCwDgRgsA6EYLAGBaDgBBRwsAgEcLAJFHCwDQRwsA4kcLACBICwAoSAsAcEgLAHtICwDASAsAxUgLABBJCwAVSQsAYEkLAIBJCwCwWg4AwEkLAABKCwAKSgsAUEoLAFxKCwCgSgsApkoLAPBKCwD4SgsAQEsLAEJLCwCQSwsATEsLAOBQCwChSwsA4EsLAPFLCwAwTAsAQkwLAIBMCwCITAsA0EwLANtMCwAgTQsAJU0LAHBNCwB1TQsAwE0LAOBNCwAAWw4AEk4LAGBOCwBvTgsAsE4LALtOCwAATwsAEk8LAFBPCwBYTwsAoE8LAKtPCwDwTwsA9U8LAEBQCwBFUAsAkFALALBQCwBQWw4A4lALADBRCwA/UQsAgFELAItRCwDQUQsA4lELACBSCwAoUgsAcFILAHtSCwDAUgsAxVILABBTCwAVUwsAYFMLAIBTCwCgWw4AvVMLAABUCwAXVAsA8FsOAF1UCwCgVAsAt1QLAEBcDgD9VAsAQFULAEdVCwCQVQsAnlULAOBVCwDtVQsAMFYLAEdWCwCQXA4AiFYLAOBcDgDSVgsAIFcLAC5XCwBwVwsAgVcLADBdDgDNVwsAEFgLACdYCwCAXQ4AalgLALBYCwC8WAsAAFkLAANZCwBQWQsAWlkLANBdDgC8WQsAIF4OAPhZCwBwXg4ASFoLAJBaCwCRWgsAAF4LAJNaCwAgXAsAl1oLAJBkCwCaWgsA4FoLAJ9aCwDgXwsAoFoLAPBeCwDlWgsA8GMLAOxaCwAwWwsAM1sLAIBbCwCKWwsAwF4OANhbCwAQXw4AKVwLAHBcCwBAXAsAsGILAH5cCwDAXAsAylwLABBdCwAcXQsAYF0LAGNdCwCwXQsAuF0LAGBfDgACXgsAUF4LAFNeCwCgXgsAo14LALBfDgDyXgsAQF8LAE5fCwCQXwsAoV8LAFBgDgDiXwsAMGALAD1gCwCAYAsAj2ALANBgCwDcYAsAIGELADFhCwBwYQsAgWELAMBhCwDMYQsAEGILABdiCwBgYgsAaGILAPBgDgC+YgsAAGMLAAFjCwBAYQ4AXGMLAKBjCwCnYwsAkGEOAPdjCwBAZAsARWQLADBiDgCZZAsA4GQLAOZkCwAwZQsAMmULAIBlCwCKZQsA0GULAN5lCwAgZgsAJWYLAHBmCwB9ZgsAwGYLANhmCwAQZwsAJmcLAGBnCwBjZwsAsGcLALhnCwDQYg4ACGgLAFBoCwBJaAsAIOcMAFFoCwDgaQsAU2gLAMBrCwBaaAsAoGgLAGBoCwDQagsArGgLAPBoCwDzaAsAQGkLAEppCwAgYw4AmGkLAHBjDgDiaQsAMGoLADNqCwCAagsAg2oLAMBjDgDSagsAIGsLAC5rCwBwawsAgWsLAGBkDgDJawsAEGwLAB5sCwBgbAsAKWwLAGCxDABqbAsAsGwLALxsCwAAbQsAA20LAFBtCwBYbQsAAGUOALptCwBQZQ4ACm4LAEBuCwBabgsAoGUOAJVuCwCgcgsAnm4LAEBzCwCgbgsA4G4LAOJuCwAwbwsAPm8LAIBvCwCRbwsA8GUOANdvCwBAZg4AJnALAHBwCwB2cAsAwHALAMVwCwAQcQsAFnELAJBmDgBmcQsAsHELALVxCwAAcgsAFnILAFByCwBYcgsAMGcOAMByCwDwcgsA+HILAIBnDgBXcwsAkHMLAJ1zCwDgcwsA5XMLADB0CwA2dAsAgHQLAIx0CwDQdAsA13QLACB1CwAodQsAcHULAJN1CwAgaA4AyXULABB2CwAddgsAYHYLAG92CwCwdgsAsnYLAAB3CwAJdwsAUHcLAGd3CwCgdwsAq3cLAPB3CwD6dwsAQHgLAEh4CwBwaA4AlngLAOB4CwDmeAsAMHkLADV5CwCAeQsAhnkLAMBoDgDyeQsAIHoLACh6CwBgaQ4AenoLAMB6CwDJegsAEHsLABZ7CwBgewsAbHsLALB7CwDOewsAAHwLAAF8CwBQfAsAUnwLAKB8CwCtfAsA8HwLAP58CwBAfQsAT30LAJB9CwCsfQsA4H0LAOh9CwCwaQ4AQ34LAIB+CwCBfgsA0H4LANx+CwAgfwsAL38LAHB/CwB6fwsAwH8LAMx/CwAQgAsAF4ALAABqDgBogAsAUGoOALaACwAAgQsAvYALAJCCCwC/gAsAoIELAAmBCwBQgQsAXYELAKBqDgClgQsA8IELAP2BCwBAggsASoILAPBqDgCSggsA4IILAPaCCwAwgwsAPIMLAEBrDgCIgwsA8F0MAJ6DCwDQgwsA7oMLACCECwAohAsAcIQLAEKECwBAgQwAcYQLAACGCwBzhAsAQIcLAHyECwCQgQwAgIQLAMCECwDChAsAEIULAB6FCwBghQsAcYULAJBrDgC4hQsA4GsOAAKGCwBQhgsAU4YLAKCGCwCjhgsAMGwOAPiGCwCAbA4ASocLAECvCwBghwsAkIcLAJ6HCwDghwsA4YcLANBsDgA4iAsAIG0OAJGICwDQiAsA0ogLACCJCwAhiQsAcIkLAHOJCwDAiQsAzIkLABCKCwAXigsAYIoLAHyKCwCwigsAuIoLAMBtDgANiwsAUIsLAGCLCwCgiwsApYsLAPCLCwAgjAsAEG4OAEaMCwBgbg4AmIwLAOCMCwDhjAsAoJULAOaMCwBQ/QwA6owLADCNCwDsjAsAQJELAPCMCwCwjwsA/owLAMCYCwA1jQsAIPYMADuNCwBw8QwAPI0LAICNCwCDjQsA0I0LANqNCwCwbg4AKI4LAHCOCwB2jgsAwI4LAMmOCwAQjwsAHY8LAGCPCwB8jwsAAG8OALKPCwAAkAsAtY8LAMAADQAOkAsAUJALAGGQCwBQbw4AppALAPCQCwD8kAsAoG8OAEaRCwCQkQsAlpELAOCRCwDlkQsAMJILADaSCwCQcA4Ah5ILAIBxDgDVkgsAIJMLACiTCwBwkwsAfJMLAMCTCwDTkwsAEJQLAByUCwBglAsAb5QLALCUCwC5lAsAAJULAAqVCwBQlQsAXJULACByDgCxlQsA8JULAPyVCwBAlgsAQpYLAJCWCwCTlgsA4JYLAOyWCwAwlwsAOJcLAHByDgCMlwsA0JcLAOCXCwAgmAsALJgLAHCYCwB2mAsAwHIOAOKYCwAQmQsAGJkLAGCZCwCImQsAsJkLALuZCwAAmgsADJoLAFCaCwBhmgsAoJoLAKGaCwAQcw4A9poLAECbCwBNmwsAkJsLAJ6bCwDgmwsA7ZsLADCcCwBHnAsAgJwLALCcCwDQnAsA2JwLACCdCwAqnQsAcJ0LAHydCwDAnQsAw50LABCeCwAangsAYHMOAGieCwCwngsAtp4LAACfCwAJnwsAUJ8LAF2fCwCgnwsAvJ8LALBzDgDynwsAQKALAPefCwDArAsATaALAJCgCwCXoAsA4KALAOKgCwAwoQsANqELAIChCwCHoQsA0KELAOihCwAgogsAJaILAHCiCwAsogsAEKMLAHmiCwDAogsAyqILAAB0DgAWowsAYKMLAGajCwCwowsAtaMLAACkCwAGpAsAUHQOAFGkCwCgpAsAsaQLAPCkCwD8pAsAQKULAEqlCwCQpQsAnKULAOClCwDnpQsAoHQOADKmCwCApgsAO6YLAAAMDQCDpgsA0KYLAPCmCwAgpwsAKKcLAPB0DgCBpwsAwKcLAMenCwAQqAsAGKgLAGCoCwBjqAsA8KkLAHCoCwCwqAsAsqgLAACpCwAOqQsAUKkLAGGpCwBAdQ4Ap6kLAJB1DgD5qQsAQKoLAE+qCwCQqgsAn6oLAOCqCwDsqgsAMKsLADOrCwCAqwsAg6sLANCrCwDgqwsAIKwLACmsCwBwrAsAgawLAOB1DgDFrAsAEK0LABmtCwBgrQsAaq0LALCtCwC4rQsAAK4LAB6uCwBQrgsAbq4LAKCuCwC+rgsA8K4LAA6vCwAwdg4AR68LAJCvCwCVrwsA4K8LAJyvCwDQsAsA6a8LADCwCwA6sAsAgLALAJywCwCAdg4A1rALACCxCwAmsQsAcLELAIyxCwDQdg4A6LELAHB3DgA4sgsAwHcOAGiyCwCweA4AxrILAACzCwACswsAULMLAFazCwCgswsAtLMLAPCzCwD4swsAQLQLAGi0CwAAeQ4AmbQLAOC0CwDttAsAMLULAD61CwCAtQsAirULANC1CwDqtQsAILYLAC22CwBwtgsAfLYLAMC2CwDKtgsAELcLABi3CwBQeQ4AZ7cLALC3CwC4twsAoHkOANy3CwCQeg4ADLgLAFC4CwBXuAsAoLgLAKi4CwDweQ4A8rgLAEC5CwBRuQsAkLkLAJi5CwDguQsA6rkLADC6CwA8ugsAgLoLAIO6CwDQugsA2roLAOB6DgA8uwsAMHsOAH27CwDAuwsAyLsLABC8CwATvAsAoL0LACC8CwBgvAsAYrwLALC8CwC+vAsAAL0LABG9CwCAew4AV70LANB7DgCpvQsA8L0LAP+9CwBAvgsAT74LAJC+CwCcvgsA4L4LAOO+CwAwvwsAM78LAIC/CwCQvwsA0L8LANm/CwAgwAsAMcALACB8DgB8wAsAwMALAMjACwBwfA4AEsELAGDBCwAcwQsAAMILAGPBCwCwwQsAuMELAMB8DgAGwgsAUMILAFzCCwCgwgsAqMILABB9DgD8wgsAQMMLAEPDCwCQwwsAmsMLAGB9DgDlwwsAMMQLAEbECwCAxAsAgcQLANDECwDhxAsAIMULACzFCwBwxQsAesULAMDFCwDMxQsAEMYLABjGCwCwfQ4AbMYLALDGCwCzxgsAAMcLAArHCwAAfg4AU8cLAKDHCwCjxwsA8McLAPzHCwBAyAsARsgLAJDICwCayAsAUH4OAOXICwAwyQsAPckLAIDJCwCDyQsA0MkLAOzJCwAgygsAKMoLAKB+DgB4ygsA8H4OAMjKCwBAfw4AEssLAGDLCwBuywsAsMsLAMHLCwCQfw4ABswLAFDMCwBczAsA4H8OAKbMCwDwzAsA9swLAEDNCwBFzQsAkM0LAJbNCwCAgA4A480LADDOCwA8zgsAgM4LAIbOCwDQzgsA2s4LACCBDgAlzwsAcM8LAH3PCwDAzwsAw88LABDQCwAl0AsAYNALAGjQCwBwgQ4AuNALAADRCwAM0QsAUNELAFbRCwCg0QsAptELAPDRCwD10QsAQNILAEbSCwBQgw4An9ILAODSCwDv0gsAMNMLADnTCwCA0wsAhtMLANDTCwDW0wsAINQLACzUCwBw1AsAd9QLAMDUCwDI1AsA8IMOABfVCwBg1QsAbtULALDVCwC91QsAANYLABfWCwBQ1gsAbNYLAKDWCwCo1gsAQIQOAAPXCwBA1wsAQtcLAJDXCwCm1wsA4NcLAOHXCwAw2AsAQdgLAIDYCwCM2AsAkIQOAOzYCwDghA4AItkLAHDZCwCG2QsAwNkLAMHZCwAQ2gsAIdoLAGDaCwBs2gsAMIUOALXaCwAA2wsABtsLAFDbCwBw2wsAoNsLAKzbCwDw2wsA99sLAICFDgBM3AsAIN4LAFDcCwCQ3AsAktwLAODcCwDu3AsAMN0LAEHdCwDQhQ4Aht0LANDdCwDc3QsAIIYOACbeCwBw3gsAdt4LAMDeCwDF3gsAEN8LABbfCwAQhw4AdN8LALDfCwCx3wsAAOALAAzgCwBQ4AsAbOALAKDgCwCo4AsAUIgOAPzgCwBA4QsAXOELAJDhCwCY4QsA8IgOAOzhCwAw4gsANuILAIDiCwCG4gsA0OILAOjiCwAg4wsAKuMLAHDjCwB84wsAwOMLAMPjCwAQ5AsAGuQLAGDkCwB45AsAsOQLAMDkCwAA5QsAAuULAFDlCwBe5QsAoOULALHlCwBAiQ4A9uULAEDmCwBM5gsAkIkOAJjmCwAwig4A7OYLADDnCwAz5wsAgOcLAIrnCwCAig4A0ucLACDoCwAu6AsAcOgLAIHoCwAgiw4Ax+gLAHCLDgAY6QsAwIsOAGjpCwCwjA4AsukLAADqCwAN6gsAUOoLAF/qCwCg6gsApuoLAPDqCwD86gsAQOsLAELrCwCQ6wsAmusLAODrCwDu6wsAMOwLADXsCwCA7AsAjewLANDsCwDc7AsAIO0LADPtCwBw7QsAf+0LAMDtCwDM7QsAEO4LABHuCwBg7gsAau4LALDuCwC+7gsAAO8LAAXvCwBQ7wsAXe8LAACNDgCq7wsA8O8LAP7vCwBA8AsAQ/ALAJDwCwCg8AsA4PALAO7wCwAw8QsAPPELAIDxCwCH8QsA0PELANfxCwAg8gsALPILAHDyCwBx8gsAwPILAMzyCwAQ8wsAHfMLAGDzCwBn8wsAsPMLALzzCwAA9AsADfQLAFD0CwBf9AsAoPQLALT0CwDw9AsA/PQLAED1CwBT9QsAkPULAJ/1CwDg9QsA7PULADD2CwAx9gsAgPYLAIr2CwDQ9gsA3vYLACD3CwAl9wsAcPcLAH33CwBQjQ4AwfcLABD4CwAh+AsAYPgLAG74CwCw+AsAv/gLAAD5CwAC+QsAUPkLAFr5CwCg+QsArvkLAPD5CwD1+QsAQPoLAE36CwCQ+gsAn/oLAOD6CwDl+gsAMPsLAD37CwCA+wsAivsLAND7CwDc+wsAIPwLADP8CwBw/AsAevwLAMD8CwDM/AsAEP0LACP9CwBg/QsAb/0LALD9CwC8/QsAAP4LAAH+CwBQ/gsAWv4LAKD+CwCu/gsA8P4LAPX+CwBA/wsATf8LAKCNDgCV/wsA4P8LAO3/CwAwAAwAOgAMAIAADACGAAwA0AAMANIADAAgAQwALQEMAHABDABzAQwAwAEMAM4BDAAQAgwAHAIMAGACDABtAgwAsAIMALoCDAAAAwwADwMMAFADDABVAwwAoAMMAK0DDADwAwwA/QMMAEAEDABMBAwAkAQMAJ8EDADgBAwA6gQMADAFDAA+BQwAgAUMAIUFDADQBQwA3QUMACAGDAAsBgwAcAYMAIMGDADABgwAzwYMABAHDAAcBwwAYAcMAGEHDACwBwwAugcMAAAIDAAOCAwAUAgMAFUIDACgCAwArQgMAPCNDgADCQwAQAkMAE8JDACQCQwAnAkMAOAJDADhCQwAMAoMADoKDACACgwAjgoMANAKDADVCgwAIAsMAC0LDABAjg4AgwsMAMALDADPCwwAEAwMABwMDABgDAwAYQwMALAMDAC6DAwAAA0MAA4NDABQDQwAVQ0MAKANDACtDQwAkI4OAPINDABADgwATg4MAJAODACdDgwA4A4MAOwODAAwDwwANg8MAIAPDACRDwwA0A8MANIPDAAgEAwAKRAMAHAQDAB9EAwAwBAMAM8QDAAQEQwAGxEMAGARDABsEQwAsBEMAMMRDAAAEgwADxIMAFASDABcEgwAoBIMAKESDADwEgwA+hIMAEATDABOEwwAkBMMAJUTDADgEwwA7RMMAOCODgA9FAwAgBQMAI4UDADQFAwA2hQMACAVDAAuFQwAcBUMAHIVDADAFQwA0RUMABAWDAAeFgwAYBYMAI8WDACwFgwAshYMAAAXDAAKFwwAUBcMAF4XDACgFwwApRcMAPAXDAD9FwwAQBgMAEwYDACQGAwAoxgMAOAYDADvGAwAMBkMADwZDACAGQwAgRkMANAZDADaGQwAIBoMAC4aDABwGgwAdRoMAMAaDADNGgwAMI8OABIbDABgGwwAYhsMALAbDAC/GwwAABwMAA8cDABQHAwAXBwMAKAcDACjHAwA8BwMAPMcDABAHQwARh0MAJAdDACcHQwA4B0MAOMdDAAwHgwANR4MAIAeDACJHgwA0B4MANYeDAAgHwwALx8MAHAfDAB8HwwAwB8MANAfDAAQIAwAEiAMAGAgDABuIAwAsCAMAMEgDACAjw4ABiEMAFAhDABcIQwA0I8OALMhDADwIQwA/yEMAEAiDABMIgwAkCIMAJEiDADgIgwA6iIMADAjDAA+IwwAgCMMAIUjDADQIwwA3SMMACCQDgAsJAwAcCQMAHokDADAJAwA6SQMABAlDAAXJQwAYCUMAHklDACwJQwAvyUMAAAmDAAPJgwAUCYMAFUmDACgJgwArSYMAPAmDAD9JgwAQCcMAEwnDACQJwwAnycMAOAnDADqJwwAMCgMAD4oDACAKAwAhSgMANAoDADdKAwAICkMACwpDABwKQwAgykMAMApDADPKQwAECoMABwqDABgKgwAYSoMALAqDAC6KgwAACsMAA4rDABQKwwAVSsMAKArDACtKwwAcJAOAAEsDABALAwAUSwMAJAsDACcLAwA4CwMAPcsDAAwLQwAMi0MAIAtDACRLQwA0C0MANMtDAAgLgwAKi4MAHAuDAByLgwAwC4MAMouDAAQLwwAHC8MAGAvDABsLwwAsC8MAMMvDAAAMAwADzAMAFAwDABcMAwAoDAMAKEwDADwMAwA+jAMAEAxDABOMQwAkDEMAJUxDADgMQwA7TEMAMCQDgAyMgwAgDIMAIoyDADQMgwA2DIMABCRDgAzMwwAcDMMAHwzDADAMwwAzzMMABA0DAAZNAwAYDQMAGo0DACwNAwAvjQMAAA1DAAFNQwAUDUMAF01DACgNQwArDUMAPA1DAADNgwAQDYMAE82DACQNgwAnDYMAOA2DADhNgwAMDcMADo3DACANwwAjjcMANA3DADVNwwAIDgMAC04DABgkQ4AcjgMAMA4DADKOAwAEDkMABg5DACwkQ4AZTkMALA5DADGOQwAADoMAAE6DABQOgwAYToMAKA6DACsOgwA8DoMAPo6DABAOwwATjsMAJA7DACVOwwA4DsMAO07DAAwPAwAPDwMAIA8DACTPAwA0DwMAN88DAAgPQwALD0MAHA9DABxPQwAwD0MAMo9DAAQPgwAHj4MAGA+DABlPgwAsD4MAL0+DAAAkg4AAj8MAFA/DABaPwwAoD8MAKg/DABQkg4ABkAMAEBADABMQAwAkEAMAJVADADgQAwA6UAMADBBDAA6QQwAgEEMAIxBDADQQQwA40EMACBCDAAvQgwAcEIMAHxCDADAQgwAwUIMABBDDAAaQwwAYEMMAG5DDACwQwwAtUMMAABEDAANRAwAoJIOAFJEDACgRAwAqkQMAPBEDAD4RAwA8JIOAE1FDACQRQwAn0UMAOBFDADrRQwAMEYMADxGDACARgwAj0YMANBGDADwRgwAIEcMACxHDABwRwwAd0cMAMBHDADORwwAEEgMABVIDABgSAwAbEgMALBIDADDSAwAAEkMAA9JDABQSQwAXEkMAKBJDAChSQwA8EkMAPpJDABASgwATkoMAJBKDACVSgwA4EoMAO1KDABAkw4AMksMAIBLDACKSwwA0EsMANhLDACQkw4APUwMAHBMDACBTAwAwEwMAMxMDAAQTQwAI00MAGBNDABvTQwAsE0MALxNDAAATgwAAU4MAFBODABaTgwAoE4MAK5ODADwTgwA9U4MAEBPDABNTwwA4JMOAJJPDADgTwwA6k8MADBQDAA4UAwAMJQOAJ1QDADQUAwA4VAMACBRDAAsUQwAcFEMAINRDADAUQwAz1EMABBSDAAcUgwAYFIMAGFSDACwUgwAulIMAABTDAAOUwwAUFMMAFVTDACgUwwArVMMAICUDgDyUwwAQFQMAEpUDACQVAwAmFQMANCUDgDxVAwAMFUMAERVDACAVQwAhFUMANBVDADSVQwAIFYMADRWDABwVgwAc1YMAMBWDADdVgwAEFcMACFXDABgVwwAbFcMALBXDADDVwwAAFgMAA9YDABQWAwAXFgMAKBYDAChWAwA8FgMAPpYDABAWQwATlkMAJBZDACVWQwA4FkMAO1ZDAAglQ4AMloMAIBaDACKWgwA0FoMANhaDABwlQ4AIlsMAHBbDAB+WwwAwFsMANFbDADAlQ4AF1wMABCWDgBoXAwAoJcOALZcDAAAXQwABV0MAFBdDABUXQwAoF0MAK1dDADwlw4A810MAEBjDAD8XQwAQF4MAFNeDACQXgwAkV4MAOBeDADsXgwAMF8MAD9fDACAXwwAil8MANBfDADcXwwAIGAMACdgDABAmA4AeGAMAMBgDADCYAwAAGwMAMNgDABwZQwAxmAMABBhDADMYAwAoGcMAM1gDAAQygwAHGEMAGBhDABvYQwAsGEMALxhDAAAYgwADmIMAFBiDABrYgwAoGIMAKxiDADwYgwA92IMAJCYDgBNYwwAkGMMAJJjDADgYwwA4WMMADBkDAAzZAwAgGQMAItkDADQZAwA1WQMACBlDAAqZQwA4JgOAH1lDADAZQwAwmUMABBmDAARZgwAYGYMAGNmDACwZgwAu2YMAABnDAAFZwwAUGcMAFpnDAAwmQ4As2cMAPBnDADxZwwAQGgMAExoDACQaAwAn2gMAOBoDADqaAwAMGkMADxpDACAaQwAh2kMAICZDgDYaQwAIGoMACJqDABwagwAf2oMAMBqDADKagwAEGsMABlrDABgawwAYmsMALBrDADBawwAIJoOAA9sDABQbAwAWmwMAKBsDACpbAwA8GwMAPJsDABAbQwAUW0MAJBtDACYbQwA4G0MAP5tDAAwbgwAOG4MAIBuDACMbgwA0G4MAONuDAAgbwwAIW8MAHBvDAB8bwwAwG8MAM9vDAAQcAwAGnAMAGBwDABscAwAsHAMALdwDABwmg4AEXEMAFBxDABhcQwAoHEMAKhxDADwcQwA93EMAEByDABOcgwAkHIMAKByDADgcgwA8HIMADBzDABMcwwAwJoOAJBzDADQcwwA3HMMACB0DAAmdAwAcHQMAH50DADAdAwAzXQMABB1DAAndQwAYHUMAGh1DACwdQwAvnUMAAB2DAAKdgwAUHYMAFx2DACgdgwAtnYMAPB2DADzdgwAQHcMAFx3DAAQmw4AoHcMAOB3DADqdwwAMHgMADh4DACAeAwAj3gMANB4DADVeAwAIHkMAC15DABweQwAenkMAMB5DADCeQwAEHoMAB56DABgegwAbXoMALB6DACzegwAYJsOABd7DABQewwAW3sMAKB7DACqewwA8HsMAPh7DABAfAwAT3wMAJB8DACVfAwA4HwMAO18DAAwfQwAOn0MAIB9DACCfQwA0H0MAN59DAAgfgwALX4MAHB+DABzfgwAsJsOAMN+DAAQfwwAHH8MAGB/DABnfwwAsH8MALh/DAAAgAwAGYAMAFCADABkgAwAoIAMALyADADwgAwA+IAMAFCcDgBIgQwAoJwOAJ2BDADggQwA54EMADCCDAA4ggwAgIIMAIWCDADQggwA4IIMACCDDAAogwwAcIMMAH6DDADAgwwAzYMMABCEDAAdhAwAYIQMAGyEDACwhAwAtoQMAACFDAAIhQwAUIUMAFyFDACghQwAs4UMAPCFDAD/hQwAQIYMAEyGDACQhgwAkYYMAOCGDADqhgwAMIcMAD6HDACAhwwAhYcMANCHDADdhwwA8JwOACOIDABwiAwAeogMAMCIDADCiAwAEIkMAB+JDABgiQwAgIkMALCJDAC4iQwAAIoMAAqKDABQigwAVooMAKCKDACiigwA8IoMAP+KDABAiwwATIsMAJCLDACYiwwAQJ0OAP6LDAAwjAwATowMAJCdDgCZjAwA0IwMANWMDAAgjQwAO40MAHCNDAB8jQwAwI0MAMiNDADgnQ4AI44MAGCODABvjgwAsI4MALyODAAAjwwAAY8MAFCPDABajwwAoI8MAK6PDADwjwwA9Y8MAECQDABNkAwAMJ4OAJSQDADgkAwA4pAMADCRDAAzkQwAgJEMAIiRDADQkQwA2pEMACCSDAArkgwAcJIMAHySDADAkgwAyJIMAICeDgAekwwAYJMMAGaTDACwkwwAvJMMAACUDAAPlAwAUJQMAFqUDACglAwAqJQMAPCUDAD/lAwAQJUMAEKVDACQlQwAmZUMAOCVDADjlQwAMJYMADyWDACAlgwAiJYMANCeDgDglgwAIJcMACiXDABwlwwAepcMAMCXDADLlwwAEJgMAByYDABgmAwAaJgMACCfDgC1mAwAAJkMABGZDABQmQwAYZkMAKCZDAClmQwA8JkMAPSZDABAmgwATpoMAJCaDACdmgwA4JoMAPeaDAAwmwwAOJsMAICbDACMmwwA0JsMAOObDAAgnAwAL5wMAHCcDAB8nAwAwJwMAMGcDAAQnQwAGp0MAGCdDABunQwAsJ0MALWdDAAAngwADZ4MAHCfDgBWngwAoJ4MAK6eDADwngwA/Z4MAECfDABXnwwAkJ8MAJifDADgnwwA658MADCgDAAyoAwAgKAMAI2gDADQoAwA16AMACChDAAxoQwAcKEMAH6hDADAoQwAzaEMABCiDAAnogwAYKIMAGiiDACwogwAtaIMAACjDAAQowwAUKMMAFijDACgowwAqqMMAPCjDAD7owwAQKQMAEykDACQpAwAmKQMABCgDgD5pAwAMKUMADWlDACApQwAm6UMANClDADcpQwAIKYMACimDABgoA4Ag6YMAMCmDADPpgwAEKcMABynDABgpwwAYacMALCnDAC6pwwAAKgMAA6oDABQqAwAVagMAKCoDACtqAwAsKAOAPioDABAqQwAQqkMAJCpDACdqQwA4KkMAOWpDAAwqgwAOqoMAICqDACLqgwA0KoMANyqDAAgqwwAJqsMAHCrDAB4qwwAwKsMAMyrDAAQrAwAI6wMAGCsDABvrAwAsKwMALysDAAArQwAAa0MAFCtDABarQwAoK0MAK6tDADwrQwA9a0MAECuDABNrgwAAKEOAJWuDADgrgwA764MADCvDAA/rwwAgK8MAImvDADQrwwA1q8MACCwDAAmsAwAcLAMAHywDADAsAwAx7AMABCxDAAssQwAUKEOAGqxDACwsQwAvLEMAACyDAADsgwAULIMAFqyDACgoQ4AqLIMAPChDgD4sgwAQKIOAEizDACQog4AmLMMAOCzDADhswwAELsMAO2zDAAwtAwA9LMMAJC4DAD3swwAUMEMAPmzDADAxAwAMbQMAIC0DACWtAwA0LQMANi0DAAgtQwAIrUMAKC3DAAutQwAcLUMAHi1DADgog4AfbUMAMC1DADDtQwAELYMABq2DABgtgwAYrYMALC2DADBtgwAALcMABG3DABQtwwAWLcMADCjDgCntwwA8LcMAPe3DABAuAwASLgMAICjDgCSuAwA4LgMAOa4DAAwuQwAPbkMAIC5DACIuQwA0LkMANK5DAAgugwAJ7oMAHC6DAB3ugwAwLoMAMi6DADQow4AHbsMAGC7DABhuwwAsLsMAMa7DAAAvAwACLwMAFC8DABSvAwA0L4MAF68DACgvAwAqLwMACCkDgCtvAwA8LwMAPO8DABAvQwASr0MAJC9DACSvQwA4L0MAPG9DAAwvgwAQb4MAIC+DACIvgwAcKQOANe+DAAgvwwAJ78MAHC/DAB4vwwAwKQOAMq/DAAQwAwAEsAMAGDADABxwAwAsMAMAMHADAAAwQwACMEMABClDgBVwQwAgMgMAFzBDACgwQwAtsEMAPDBDAD4wQwAQMIMAE7CDACQwgwAncIMAODCDADjwgwAMMMMADrDDACAwwwAgsMMANDDDADhwwwAIMQMADHEDABwxAwAeMQMAGClDgDJxAwAEMUMAB3FDABgxQwAZ8UMALDFDADBxQwAAMYMAAzGDABQxgwAWMYMALClDgCtxgwA8MYMAPPGDABAxwwASscMAJDHDACSxwwA4McMAPHHDAAwyAwAQcgMAACmDgCIyAwA0MgMAOfIDAAgyQwALMkMAHDJDAB6yQwAwMkMAMjJDABQpg4AEcoMAGDKDAB2ygwAsMoMALjKDAAAywwADssMAFDLDABYywwAoKYOAF3LDACgywwAo8sMAPDLDAD6ywwAQMwMAELMDACQzAwAocwMAODMDADxzAwAMM0MADjNDADwpg4Ahs0MANDNDADVzQwAIM4MADvODABwzgwAfs4MAMDODADHzgwAEM8MABzPDABgzwwAZs8MALDPDACzzwwAANAMAArQDABQ0AwAVtAMAKDQDACi0AwA8NAMAPrQDABA0QwATNEMAJDRDACn0QwA4NEMAPTRDAAw0gwATNIMAIDSDACI0gwAQKcOANLSDAAg0wwALtMMAHDTDACB0wwAkKcOAMfTDADgpw4AHtQMAGDUDABq1AwAsNQMALvUDAAA1QwACNUMAFDVDABc1QwAoNUMALPVDADw1QwA/9UMAEDWDABM1gwAkNYMAJHWDADg1gwA6tYMADDXDAA+1wwAgNcMAIXXDADQ1wwA3dcMAICoDgAo2AwAcNgMAHrYDADA2AwAxdgMABDZDAAY2QwAYNkMAGbZDACw2QwAvNkMAADaDAAG2gwAUNoMAFnaDACg2gwArdoMAPDaDAD42gwAQNsMAEHbDACQ2wwAktsMAODbDADj2wwAMNwMADPcDAAgqQ4AltwMANDcDADY3AwAIN0MACzdDABw3QwAdt0MAMDdDADG3QwAEN4MABXeDACw3gwAPN4MAGDeDABo3gwAwKkOALbeDAAQqg4AFt8MAFDfDABS3wwAoN8MAK3fDADw3wwA998MAEDgDABI4AwAkOAMAKDgDADg4AwA4uAMADDhDAA+4QwAgOEMAJHhDACwqg4A1+EMAACrDgAu4gwAcOIMAHriDADA4gwAy+IMABDjDAAY4wwAYOMMAGzjDACw4wwAw+MMAADkDAAO5AwAUOQMAFrkDACg5AwAqOQMAPDkDAD/5AwAQOUMAEXlDACQ5QwAl+UMAODlDADs5QwAoKsOAGvmDACA5gwAu+YMANDmDADY5gwA8KsOAEjnDABw5wwAfOcMAMDnDADG5wwAEOgMABboDABg6AwAZegMALDoDAC26AwAQKwOAAHpDABQ6QwAVukMAKDpDACl6QwA8OkMAP/pDABA6gwATOoMAJDqDACT6gwA4OoMAOPqDAAw6wwAOOsMAIDrDACP6wwA0OsMANXrDAAg7AwANuwMAHDsDABx7AwAwOwMANHsDAAQ7QwAHO0MAGDtDABq7QwAsO0MALztDAAA7gwAB+4MAJCsDgBg7gwAoO4MAKzuDADw7gwA/+4MAEDvDABU7wwAkO8MAJ/vDADg7wwA8e8MADDwDAA88AwA4KwOAIXwDADQ8AwA0vAMACDxDAAx8QwAgK0OAHzxDADA8QwAxvEMABDyDAAc8gwAYPIMAGjyDADQrQ4AtvIMAADzDAAM8wwAUPMMAFjzDAAgrg4ArPMMAPDzDADz8wwAQPQMAEr0DABwrg4AkvQMAOD0DADu9AwAMPUMAEH1DAAQrw4AhvUMAND1DADc9QwAYK8OACj2DABw9gwAc/YMAMD2DADM9gwAEPcMABz3DABg9wwAaPcMAACwDgC79wwAAPgMAAz4DABQ+AwAWPgMAFCwDgCp+AwA8PgMAAH5DABA+QwAUfkMAJD5DACY+QwA4PkMAOP5DAAw+gwAOvoMAID6DACC+gwA0PoMAN/6DAAg+wwAQPsMAHD7DAB4+wwAwPsMAMr7DAAQ/AwAFvwMAGD8DABi/AwAsPwMAL/8DAAA/QwADP0MAKCwDgBc/QwAoP0MAL79DADw/QwA9v0MAED+DABJ/gwAkP4MAJ3+DADg/gwA6P4MADD/DABG/wwAgP8MAIL/DADQ/wwA6/8MACAADQAsAA0AcAANAH0ADQDwsA4AxgANABABDQAYAQ0AYAENAHYBDQCwAQ0AtQENAAACDQAGAg0AUAINAFwCDQCgAg0AqAINAECxDgD9Ag0AQAMNAFADDQCQAw0AlQMNAOADDQDmAw0AMAQNAEYEDQCABA0AggQNANAEDQDaBA0AIAUNAC4FDQBwBQ0AdQUNAMAFDQDNBQ0AkLEOAB8GDQBgBg0AaQYNALAGDQC6Bg0AAAcNAA4HDQBQBw0AVQcNAKAHDQCtBw0A8AcNAPgHDQBACA0AUAgNAJAIDQCSCA0A4AgNAO4IDQAwCQ0AQQkNAOCxDgCHCQ0AMLIOANUJDQAgCg0AJgoNAHAKDQB4Cg0AwAoNAMoKDQAQCw0AEgsNAGALDQBjCw0AsAsNANALDQDQsg4ADAwNAFAMDQBWDA0AoAwNAKwMDQDwDA0A+AwNACCzDgBMDQ0AkA0NAJYNDQDgDQ0A7A0NADAODQA4Dg0AcLMOAIIODQDQDg0A3g4NACAPDQAxDw0AwLMOAH0PDQDADw0A1w8NABC0DgAaEA0AYBANAGwQDQCwEA0AsxANAAARDQAKEQ0AYLQOAFURDQCgEQ0AqRENAPARDQABEg0AQBINAEcSDQCQEg0AmBINAOASDQDtEg0AMBMNADUTDQCAEw0AihMNANATDQDYEw0AIBQNAC8UDQBwFA0AdRQNAMAUDQDWFA0AEBUNABEVDQBgFQ0AbhUNALAVDQDBFQ0AABYNAAwWDQBQFg0AWBYNAAC1DgCkFg0AQAEAAKgWDQCgTA4ArBYNAGC3CwD8Fg0AcAgAAEgXDQAQGg0A3RgNAFAoAAAkGQ0AMCoAACAaDQBAOAAAsxoNABA7AAADGw0A4EIAAKIbDQCAjAwAoxsNAGBFAACnGw0AQAMDAKobDQCwSQYA9BsNAJBWAACUHA0AgFwAAOQcDQAQaAAAgx0NAFBuAADfHQ0AwHYAACQeDQDgeQAAch4NAKB9AAAYHw0AYIYAAM8fDQAAIA0AOCINAADDAAAkIw0AQM4AAHQjDQAA1wAAFCQNAMDkAAC8JA0AgO0AACQlDQDQ7QAAUiUNACDuAACsJQ0AwPMAAEomDQBQ9QAAmSYNAAD6AABPJw0AcAIBAIwnDQAQCAEA7ycNACAoDQCMKA0AwCgNAMgoDQAQKQ0AHCkNAPAOAQBoKQ0AcBEBABwqDQBQKg0AWCoNAKAqDQCiKg0AUBgBAPwqDQDwHQEAmCsNALAmAQDcLA0AcD4BAHgtDQDgQQEAjC0NAFAkDgCULQ0AcCIOAMYtDQDAQwEAIi4NAPBFAQBlLg0AwEgBALQuDQCgSgEArC8NACBcAQAKMA0AQDANAEgwDQBwXAEAnzANAKBeAQAsMg0AUHcBAHgyDQDAMg0A0DINAKB3AQBsMw0AYHsBALgzDQAANA0AEDQNALB7AQCsNA0A0IMBANY2DQDw/gEA2jYNAIAAAgDeNg0AcJgBAOo2DQDwDQIAeDcNAPBMDgB5Nw0AkMoJAHw3DQBAmwEAjDcNAKD2CQDINw0AMHINANw3DQCQmwEA7DcNAEB6DgAXOA0A4JsBABo4DQDgeQoAvDgNAJCgAQAMOQ0A4KABAK45DQDQpgEASToNAMCsAQDpOg0AgLABADM7DQCAOw0AjDsNACCxAQB4PA0AwDwNAMM8DQCwCAsAzDwNAGC3AQAlPQ0A4LkBAIE9DQCwPQ0ABD4NAHDfCgAQPg0AUMcBACo+DQCwvAEAXD4NAKDCAQD8Pg0AAMcBAJw/DQBAyAEA/D8NAJDIAQCQQA0AMMkBANlADQAgygEAzkENANDTAQBpQg0AcBIKAGxCDQCA2AEAbkINALBTCwDKQg0AAEMNAFhDDQCgQw0AbEMNADDiAQCjQw0AsJ8KAKpDDQAAqgoArUMNAGCLCgC7Qw0AYNoBAMFDDQDAqAoAQkQNAHDeAQBoRA0A8CILAJ5EDQAA4AEA7EQNAPDgAQAZSA0AcPIBANNUDQBgHg4A2FQNAHBVDQDsVA0AQFgNAPRUDQAgIg4A+FQNAGCEAgByVQ0AUCgKAHRVDQCQoQoAdVUNAHA5BgB3VQ0AYE0HAHpVDQCwhAIAf1UNAACFAgCBVQ0AkKgDAKRVDQAw7wMArFcNAECVAgBIWA0AkFgNAJFYDQBQUAoAmlgNAODmCwCfWA0AUBENAK9YDQAAiA4A6lgNAPCZAgDTWQ0AYMACANZZDQBw1wgA11kNADCvAgDZWQ0A0KACANpZDQAgpgIA3FkNAJB7AwDdWQ0AUKgCAN5ZDQBwtQIA31kNAFCjAgDgWQ0AgHcDAOZZDQAgqwIAC1oNADDmDAD2XA0AEMUCAPpcDQCQdAoATF0NAEDHAgB0Xw0AUOQCAH9gDQCA8AIAuWANAID1AgCjYQ0AwAUDAOdiDQBAHAMAgWMNABAkAwAyZA0AcGQNAGJlDQCAIQQAY2UNACBGAwBqZQ0A8CYHAANmDQDgSQMAB2YNAAA1BwDzZg0AgF4DAOtnDQAgaQMAj2gNAEBsAwA8aQ0AcGkNAHhpDQDAaQ0Az2kNAHBzAwBpag0A0BEKAGxqDQBweAMAuGoNAABrDQDMag0AIB0OAAprDQDAeAMAqGsNABB+AwD/aw0A8H8DAONsDQAgjAMA3G0NAKCdAwAobg0AgNYNAIxuDQDAbg0AyG4NABBvDQAdbw0AUGoJACFvDQDAoAMAH3ANAACsAwBWcA0A8LEDAPdwDQBQwAMA/HANAIDDBwD9cA0A8MYHAP9wDQAwvgcAXHENAJBxDQCYcQ0A4HENADJyDQCw5QoAOHINAHAdDgA6cg0AIMMDADxyDQDw1gsAU3INAEDcCwBwcg0AkOYLAIhyDQDwxQMA+nINACBzDQB6cw0A8MoDAB90DQAg0gMAs3QNAJDaAwANdQ0AkOQDAA91DQDA3AMA+nUNABDnAwDvdg0AYPEDADN3DQAQ9gMALHgNAED9AwCMeA0AwHgNANx4DQAQeQ0AH3kNAID+AwC8eg0A8HoNAPh6DQBAew0AT3sNALAZBACZew0A4CAEAIJ8DQCwKAQAjXwNANAPBwDTfA0A0CsEAMV9DQBAQwQAz30NAHA7BAAcfw0AUH8NAFh/DQCgfw0ApX8NABBVBACvfw0AQE0EAIqBDQAAagQAeYINALBzBAAsgw0AYIMNAGiDDQCwgw0AtoMNAKB+BAAWhA0AEIIEALaEDQCgjQQAT4UNABCbBADvhQ0AkKIEAJyGDQDQhg0A2IYNACCHDQAvhw0AwK4EADCHDQDwtQQASYcNAAC6BADMhw0A4LYEABiIDQBgiA0AaogNADC3BABsiQ0AoIkNAKiJDQDwiQ0A+YkNANDGBABKig0AsMgEAPyKDQAwiw0AOIsNAICLDQCBiw0AUNMEAIWLDQAQHQUAhosNAODeBACNiw0AgNoEAI+LDQAAzgQAeowNAADdBABqjQ0AEOsEALqNDQAg7wQABo4NABDwBACujg0A4PcEAFyPDQCQjw0AmI8NAOCPDQDqjw0AYP8EADOQDQDwBQUA7JANACCRDQAokQ0AcJENAH2RDQAACgUAf5ENAGATBQDFkQ0AwA0FAGiSDQCwGAUAvJMNAPCTDQD4kw0AQJQNAE+UDQAgJgUALJYNAEA9BQCMlg0AwJYNANyWDQAQlw0AHZcNAIA+BQAcmA0AUJgNAFiYDQCgmA0Ao5gNABBPBQB0mQ0AQFsFAOOZDQDwXwUA55kNANC3CQCNmg0AMGYFANOaDQDwaQUAGpwNAOB5BQBsnA0A4H4FAFidDQCAtAcAbJ0NAOCzBwC8nQ0A8J0NAPidDQBAng0AQ54NAGCGBQCsng0A4J4NAOieDQAwnw0AP58NANCJBQCLnw0AEJAFABKhDQBApgUAvKENAKDMCwC/oQ0AwKgFAMChDQAQywsADKINAICsBQAMow0AQKMNAEijDQCQow0AmaMNAJC1BQDqow0AcLcFAI+kDQAAvgUA6aQNALDHBQBzpQ0A0M8FABOmDQDQ2QUAs6YNAGDlBQBapw0AsOoFAKqnDQDQ7QUA/KcNAPDwBQD8qA0AMKkNADipDQCAqQ0Aj6kNAJAABgDYqQ0AIKoNAC+qDQBABQYAz6oNAOAKBgAdqw0AkBkGAB+rDQDwEwYAHKwNAFCsDQBYrA0AoKwNAAytDQBArQ0ASK0NAJCtDQCdrQ0AECsGAO2tDQCQLQYAPq4NAAAxBgDSrg0A8DYGAHyvDQDQPQYAG7ANADBRBgBTsQ0AYGIGAKWxDQDwaAYARbINAHB1BgDlsg0AUIEGAIazDQAwiAYA7LMNACC0DQAotA0AcLQNAH20DQCwigYALLUNAGC1DQBotQ0AsLUNAAO2DQCQlgYAr7YNABCZBgBctw0AkLcNAJi3DQDgtw0A6rcNAIChBgA+uA0AEKMGAI+4DQDApwYA2rgNANCrBgCMuQ0AwLkNAMi5DQAQug0AHLsNAFC7DQBYuw0AoLsNAEy8DQCQwwYAmLwNAOC8DQDivA0A4MMGANm9DQBQ2wYA3b0NAODSBgAuvg0AgNgGAHG+DQBg2gYAGr8NADDdBgBjvw0AAOAGAArADQAA5QYAXMANAPDqBgD8wA0AwO0GAEzBDQAQ7gYArMENAODBDQDowQ0AMMINAD/CDQCQ8AYA3cINAID7BgAwww0AwAEHACzEDQBgxA0AaMQNALDEDQC/xA0AgAoHAKPFDQDwxQ0ACsYNAOAYBwBcxg0AkMYNAJjGDQDgxg0A78YNAKAcBwBlxw0AMB4HAOzHDQAgyA0AKMgNAHDIDQDPyA0AoCEHAGzJDQDgJwcAwskNAPArBwBXyg0AMKoHAFrKDQBQMAcAp8oNAEAxBwCayw0AcEIHAOrLDQCwSAcAN8wNAKBJBwA8zQ0AcM0NAHjNDQDAzQ0AzM0NACBWBwAYzg0AYM4NAGTODQBgVwcAwM4NAPBYBwBszw0AoM8NAKjPDQDwzw0AGNANAMBlBwBF0A0AoGwHAKzQDQAwWAkA6NANADDRDQBm0Q0AoHEHAPPRDQAg0g0AE9MNAACPBwAH1A0AoJ4HAEjVDQCQ1Q0Ao9YNADC0BwAw1w0AkLgHAMjXDQCQvQcAXdkNAOBJCABf2Q0A4MwHADrbDQAA2gcAg9sNAODgBwCK2w0AEN4HAGPdDQAA8wcAXN4NAFD9BwCY3w0A4N8NABfgDQAQEAgAnOANANDgDQDY4A0AIOENAC/hDQCQFwgAyOENABDiDQBH4g0AYB8IALjiDQDQIggARuQNAJA1CAA85Q0AIDwIACzmDQDwQwgAjOYNAEBECADP5g0AkEQIAGXnDQCgTQgAVOgNAMBaCABK6Q0A4HEIAPzpDQAw6g0AOOoNAIDqDQCK6g0AMHwIADnsDQAghwgAUu0NACCgCACp7Q0AcKUIAELuDQCQrQgAoO4NALCwCADb7w0AkMYIADLwDQBw8A0AafENAPDUCAAH8w0A8OMIAJXzDQCg6AgA7fMNAMDrCACc9A0A0PQNANj0DQAg9Q0AcvUNAODzCAB89g0AsPYNALj2DQAA9w0AKPcNABAACQCp9w0AAAYJAPj3DQBA+A0ATvgNAKAGCQCW+A0A0AgJAD35DQCADQkAgfkNAEARCQB5+g0AoBoJAHz6DQBAGwkAvfsNAHAnCQAF/A0AsCgJAF38DQDQKwkAqPwNAFAuCQAU/Q0AQP0NAPz9DQDQOgkAWP4NACA7CQB4/w0AwP8NAPL/DQAAQgkA9/8NAGBBCQCsAQ4AwEUJAAACDgDgSAkATQIOACBKCQA9Aw4AEFAJAIUDDgDQUwkAPwQOAHAEDgAsBQ4AYAUOAGgFDgCwBQ4AvQUOAPBlCQANBg4AwGgJAK0GDgAgbQkAXwcOAJAHDgDyBw4AoBUOAP8HDgAwCA4A3AgOAKB5CQDeCA4AcHcJAIIJDgDACQ4AHgoOAGCCCQDACg4AUI0JAAwMDgBADA4ASAwOAJAMDgD+DA4AcKQJANMNDgBgqgkA1w4OAMCzCQBwDw4AkLsJABwQDgBQEA4AWBAOAKAQDgAMEQ4AQBEOAEgRDgCQEQ4AMxIOAMAdDgA4Eg4AgBIOADoSDgBg3wsATBIOALBGDgCKEg4AMMsJACYTDgCA0AkACBUOAODjCQDxFQ4AoOwJAOwWDgDQ8wkABBcOALAmCwA4Fw4AgBcOAJ4XDgAg9AkAGBkOAMCxCwBoGQ4AELILAMwZDgAAGg4ACBoOAFAaDgDAGg4AoAAKAEgbDgDgPQoA2BwOANBYDgDcHQ4AYHgOAOwdDgAQHg4AjB4OALAeDgBsHw4AoB8OAKgfDgDwHw4ATCAOABAYCgCsIA4A4CAOAOggDgAwIQ4AjCEOACBwCwDmIQ4AYEUKABwjDgBwIQoAeiMOAPAjCgBYJA4AoCQOAPgkDgAAnA4APyYOAFAtCgBJJg4AECwKACwnDgDAMAoA3CcOABAoDgAYKA4AYCgOAKcpDgCAOQoA2CsOAFBVCgAcLQ4AAGQKAAouDgAgZwoAQy8OANAVCwBGLw4A4PEKAEovDgDQcAoAUC8OALAhCwDoLw4AMDAOADowDgCAdQoAPDEOAHAxDgB4MQ4AwDEOAGIyDgCwgQoAtTIOACCFCgCYNA4AwI8KAOg0DgAwNQ4APDUOAOCSCgDcNQ4AAJYKAHg2DgDANg4A1zYOAACbCgByOw4AULQKABU8DgBQuQoAST4OAHDVCgDyPg4AMD8OAN0/DgAQ5QoA4D8OANDjCgDOQA4AQOcKAFhCDgCgQg4Ao0IOACDuCgBMQw4AkPEKADNEDgDw9QoAOkQOACD4CgDMRQ4AwP0KAM5FDgBQVAsAaEYOALCACwCLRg4AwIEOALhGDgAARw4AnEgOAJAKCwDaSQ4AABgLAN9JDgAgDAsA/EwOADB+CwAYTQ4AIHcOAEhNDgCQTQ4Ak00OAPAYCwDwTQ4AgBoLADxODgBwGwsAiE4OANBODgDaTg4AwBsLADBRDgAwJAsAtVEOABDpCwDxUQ4AcCULAFRTDgDwJwsA9FMOAOAoCwCUVA4AICoLABhVDgBgVQ4AalUOAJAtCwABVg4AALgLAP9WDgCwNQsA1VgOACA+CwBiWg4AMEcLAGxaDgAQTgsA8FwOANBWCwA+XQ4AwFcLAIhdDgBgWAsA010OAKBZCwDDXg4A0FsLALhfDgAAYA4AWGAOAKBgDgBBYQ4AUGMLAJhhDgDgYQ4AOGIOAIBiDgAjYw4AkGkLAMhjDgAQZA4AaGQOALBkDgCoZQ4AkG4LAPxlDgDQbwsAmGYOAOBmDgDwZg4AYHELAKNnDgDQZw4AfGgOAJB4CwDkaA4AEGkOABxqDgBggAsArGsOALCFCwBMbA4A8IYLAOxsDgAwiAsAfG0OAICICwCQbg4AkIwLALNuDgAgjgsACG8OABCMDgBZbw4AoJALAFxvDgCAkgsAo28OAPBvDgAMcA4AQHAOAJNwDgDgcA4A/HAOADBxDgCIcQ4A0HEOANpxDgDQkgsAKHIOADCtDgB2cg4AgJcLAGNzDgBgngsAuHMOAGCMDgC1dA4AYOkLAEx1DgCgqQsAwHgOACBbDAD6eQ4A8MILAON6DgAguwsAjHsOAFC9CwB0fA4AEMELALp9DgBgxgsAXn4OAODICwCZfw4AAMwLAPx/DgAwgA4AnIAOANCADgAugQ4AIM8LAOuBDgAQgg4AO4IOAGCCDgCLgg4AsIIOANuCDgAAgw4AWIMOAKCDDgClgw4AkNILAJOEDgDQ2AsA2YUOAIDdCwAjhg4AcIYOAJuGDgDAhg4AE4cOAGCHDgCLhw4AsIcOAG+IDgCgiA4AD4kOAODhCwBJiQ4A8OULAK+JDgDgiQ4AiIoOANCKDgDgig4A0OcLACyLDgDA6AsAhYsOACDYDACJjw4AACEMANyPDgCgIQwAyJAOADAyDABokQ4AcDgMAAiSDgAAPwwAqJIOAFBEDABIkw4AMEsMAOiTDgCQTwwAiJQOAPBTDAAolQ4AMFoMAMyVDgAQXAwAKpYOAGCWDgBolg4AsJYOAIiZDgDQmQ4A7pkOANBpDAD4nA4AIIgMAF6dDgDgiwwA7J0OABCODAA4ng4AkJAMAIeeDgAQkwwA1Z4OANCWDAAwnw4AsJgMAIyfDgDAnw4AEqAOAOCkDABsoA4AcKYMAMWgDgDwqAwACKEOAJCuDAC8oQ4AoLIMAL6lDgCgxgwAUKcOANDSDACcpw4AwNMMAOinDgAwqA4ANKgOABDUDACIqA4A0KgOACipDgBwqQ4AGKoOAGCqDgC8qg4A0OEMAAirDgBQqw4AVKsOACDiDABwrA4AAOkMAEetDgCA8AwA0q0OALDyDAAqrg4AoPMMAHiuDgDArg4A0K4OAJD0DAAZrw4AgPUMAGOvDgCwrw4ACrAOALD3DABgsA4AoPgMAE6xDgDwAg0A7LEOAIAJDQA4sg4AgLIOAJCyDgDQCQ0AJLMOAEANDQCAsw4AgA4NAM6zDgBwDw0AGLQOABAQDQBjtA4AsLQOAA==","fail":"AAAAAAAAAADQfwAAMJcBADDKAADQ3gUA0AoCAFCGBgBA1wEAkDgKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBAAAAAABA1wEA4CkKABBSBwCwiwAAcA0AAEDXAQBQ0wkAoNMJAPDTCQBA1AkAEO4BACDZCwCAXAoAUEgDAAAAAADQ3gUA0AoCANAKAgAAMgoAIPcBAHD3AQDABwsAECYLANDeBQBA1wEAYAgBAHB3BACw0AsAADIKAEDXAQCgbwQAMKcAAICnAADQpwAAIKgAAHCoAABwDQAAQNcBAJA4CgDg4QYA0AoCAJATAgDQigQAMGAGAAAAAADQ3gUAQNcBAJAkCgCgawMAsPgBACDnBwCQ6wEA0H8AABACAgBgOQwAsDkMAIB4AgCQJAAAQNcBAKBMCQDwTAkAcEQAANBiBACwiwAAAIwAAECBAgDQJwgAICgIAEDXAQDgKQoAEFIHALCLAABwDQAAQNcBAFDTCQCg0wkA8NMJAEDUCQBQZAoAoGQKAFAAAABQAAAA0FQIANAKAgBwRAAAQNcBAFBkCgDAkwEAAAAAALCLAACw+AEAcA0AAMAcAADQFgAAUIYGAKCGBgCAuwAA0LsAACC8AACAoAIAUKgCAKCoAgBgyQgAwBcAAOAkCgBw/QoAQAEAAJABAADgAQAAMAIAAIACAABQZAoAoGQKAFAAAABQAAAAgHQBAPCiAwCwiwAA4KYAANAKAgAgCwIA0GsFAEDXAQCQOAoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AAAw0gcAgNIHAAAAAACwhgAAsGcBANAKAgCQEwIAcA0AAEDXAQCAdAEA8KIDAECjAwBQAAAAsHsBAAB8AQBQfAEAoHwBAPB8AQBAfQEAkH0BAAAAAACAoAIAYMACAMCTAQAQlAEAYJQBAFCmCQCA3wkA0N8JAFDTCQCg0wkA8NMJAEDUCQAQ7gEA8EwJAFAXAgAQ2QcAYNkHALDZBwBQhgYAQNcBANDeBQBw4gcAQNcBAMAHCwCwXAwAEEUAAGBFAACwRQAAAEYAAFBGAACgRgAAAAAAACDnBwBwAwoAUGQKAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AADDSBwCA0gcAAAAAALCGAACwiwAAcA0AAMBRAgBAAgkAUIYGAEDXAQBQZAoA8C0AAEAuAACQLgAA4C4AAICDCwCQ6wEA0H8AADCXAQDAHAAAUIYGAEDXAQCQOAoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AACD3AQBw9wEAkOsBAODrAQAw7AEAgOwBAFDTCQCg0wkAcBcAAMAXAADgJAoAcP0KAEABAACQAQAA4AEAADACAACAAgAAMMoAAID2AQAwlwEAQNcBAJAkCgCAMwEA0DMBAECBAgCwZwEAUIYGALCLAACQJAoA4CQKAHD9CgBAAQAAkAEAAOABAAAwAgAAgIMLAJDrAQDQfwAAMJcBAMAcAABQhgYAQNcBAJA4CgCAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAIPcBAHD3AQCQ6wEA4OsBADDsAQCA7AEAUNMJAKDTCQBwFwAAwBcAAOAkCgBw/QoAQAEAAJABAADgAQAAMAIAAIACAAAwygAAgPYBADCXAQBA1wEAkCQKAIAzAQDQMwEAQIECALBnAQBQhgYAsIsAANB/AAAwlwEAgHQBAICgAgBgwAIA8C0AAEAuAACQLgAA4C4AAICDCwBwDQAAwBwAABAdAABgHQAAsB0AAAAeAACAgwsAkCQAABBhBwDQCgIAoPEJAMBRAgCAgwsAYAgBAFCQBgBwDQAAwJMBABBtAACA6AoAALsIADDoCgBQowIAMKcAAICnAADQpwAAIKgAAHCoAADAqAAAkCQKAOAkCgBw/QoAQAEAAJABAADgAQAAMAIAAIACAABgCAEAYK0BAHANAADAUQIAQNcBAJDrAQCw6QsAkDgKAIBDBQBQZAoA8J8LANBiBAAgYwQAAGgBAAAAAADgpgAA4KYAALCLAABwDQAAwJMBAEDXAQDgKQoAsIsAANAWAAAQ6AIAsIsAAFCGBgBA1wEAkNcBACA1CgDQCgIAQNcBALCGAABwDQAAwBwAAEDXAQAAAAAA0BYAAAArAgCgcAgAIBcAADDKAADQFgAAQNcBAOApCgCghgYAEBsMAGAbDACQ6wEA0H8AADCXAQDAHAAAAAAAANAKAgCw+AEA0H8AACCAAABwgAAAwIAAABCBAABggQAAQB4BAFCGBgCwiwAA0BYAABDoAgCwiwAAUIYGALD4AQCwiwAAAIwAAGDbAAAQhAIAkOsBANB/AAAwYAYAsPgBAFCGBgCQ6wEAsPgBALCLAAAAjAAAYNsAABCEAgCwhgAAkOsBAIB0AQDwogMA4KYAAEDXAQAAKwIAUCsCAKArAgBA1wEAMNIHAIDSBwBwRAAA0GIEACBjBACwiwAAQIECAJCBAgDggQIAQNcBAFCmCQCA3wkA0N8JAFDTCQCg0wkA8NMJAEDUCQCQOAoA4OEGADDiBgDQdAEAMMoAALCLAADQFgAAIBcAABAwAQBgMAEAcA0AAOBgCgBQAAAAUAAAANBUCADQCgIAcEQAAEACCQBQhgYAsPgBANB/AACAuwAA0LsAACC8AACw+AEAYAgBALAIAQDwYAkAAAAAAIB0AQDwogMAsIsAANAWAABwRAAAQNcBAOApCgAQUgcAsIsAAHANAABA1wEAUNMJAKDTCQDw0wkAQNQJAFBkCgCgZAoAUAAAAFAAAADQVAgA0AoCAHBEAABA1wEAkDgKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAA4L8AAIAzAQDQMwEAcEQAAKAIAgDgpgAAAKkBAED7CgBA1wEAMNIHAIDSBwAAAAAAsIYAALCLAABwDQAAwFECAEACCQBQhgYAQNcBAJDrAQAAMgoAQNcBAFBkCgDAHAAAEB0AAGAdAACwHQAAsIYAAHBEAADARAAAEEUAANAWAABwRAAAQPwEAOCmAACQiwIAgBkCAED8BADQ3gUAcOIHAEDXAQCQJAoAgHQBALCGAACA4gEAsGcBAABoAQBA1wEA0H8AAIC7AADQuwAAsMwAAJA4CgCAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAkL8AADDSBwCA0gcAAAAAALCGAACwZwEA0AoCAJATAgAAAAAA0AoCAACjBwBw4gcAgOIBAFAAAACgAAAA8AAAAEDXAQAAAAAAUAAAAKAAAADwAAAAQAEAAJABAADgAQAAMAIAAGCyAQCwsgEAoG8EAJCLAgDQ1QkAINYJAADSCgBQ0goAoNIKADDKAACwZwEAcOUEAMBEAAAwZgoA0PUHAHBEAABA1wEAkDgKALDQCwAAMgoAQNcBAJAkCgDgJAoAcP0KAEABAACQAQAA4AEAADACAACAAgAAoG8EAPBvBABAcAQAkCQAABBhBwCA4gEAsIYAANAKAgCQEwIA0AoCAEDXAQCgbwQAMKcAAICnAADQpwAAIKgAAHCoAADAqAAAUGQKAMAcAADQFgAAcEQAAEDXAQCQOAoAgLsAANC7AAAgvAAAIPcBAHD3AQCQ6wEA4OsBADDsAQCA7AEAUNMJAKDTCQBwFwAAwBcAAOAkCgBw/QoAQAEAAJABAADgAQAAMAIAAIACAABQpgkAgN8JANDfCQBQZAoAwBwAAAAAAADQfwAAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJAkAACgmgEA8JoBAECbAQCwvwMAkDgKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBAFAXAgAQ2QcAYNkHALDZBwAA2gcAUNoHAKDaBwCQOAoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAEACCQCwhgAAcA0AAABtAQAAaAEAgOIBAEDXAQBgCAEAUJAGADB/BQAg5wcA0H8AALDQCwAQ6AIAUEgDAGAIAQBA1wEAAAAAAOCmAAAAqQEA8OALAEDhCwDQFgAAUBcCAKAXAgDwFwIAAP8AAICgAgAA/wAA0H8AAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQJAAAoJoBAPCaAQBAmwEAAAAAANDeBQBw4gcAgOIBANDiAQBwDQAAwBwAADB/BQBAVgUAkFYFAAB7DABw5QQAYBECALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAkHsDAOB7AwAwfAMAgHwDANB8AwAgfQMAcH0DAMB9AwAQfgMAsCcKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAAAGgBABAdAABgHQAAsB0AAAAeAACQEwIAAIwAAGDbAAAQhAIAkDgKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBALD4AQDQCgIAkBMCAOATAgAAcQwAcA0AAMAcAABQhgYAQNcBAICDCwDwXQwAgHQBANB0AQAgdQEAcHUBAMB1AQAQdgEAMMoAAID2AQAwlwEAQNcBADDSBwCA0gcA0NIHACDTBwBw0wcAwNMHAEDXAQCwhgAAcA0AAABtAQAAaAEAgOIBAEDXAQCQOAoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AABgCAEAUJAGADB/BQAg5wcA0H8AALDQCwAQ6AIAUEgDAHBEAACw+AEA0H8AAODhBgAw4gYA0HQBADDKAACwiwAAUIYGAEDXAQCAgwsA0AoCAACjBwCQ6wEA0H8AAJDrAQCAdAEAkHcMANB/AACAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAsIsAAACMAABg2wAAEIQCACCAAABwgAAAwIAAABCBAABggQAA8HIBAEBzAQCQcwEA4HMBADB0AQCwiwAAAIwAAGDbAAAQhAIAwMoBAOCmAACwiwAAUAAAAHBEAABA/AQA0N4FAEDXAQDAdQsAAAAAAAAAAAAAAAAAsL8DADDSBwCA0gcA0IoEADCXAQDADQAAcOIHAICgAgDACAAAsIYAAHANAADAHAAAEB0AANAWAABQFwIAoBcCAPAXAgCg6AgA8OgIAEDpCACQJAoA4CQKAHD9CgBAAQAAkAEAAOABAAAwAgAAgAIAAFDTCQCg0wkA8NMJAEDUCQCQOAoA4OEGADDiBgDQdAEAMMoAALCLAABQhgYA0BYAACAXAABwFwAAkDgKAPA2CwBwgAAAwIAAABCBAABggQAAsIEAAMAHCwAQJgsAUIcKAMAHCwCwXAwAsGcBAFBIAwCgSAMAQIECACDnBwAwZgoAcA0AAMBRAgAwygAAsGcBAHDlBADARAAAQNcBADDSBwAgCwIAkOsBAJDrAQCwZwEAcOUEAGAIAQAAAAAAQNcBAJDXAQDg1wEAMNgBAIDYAQBA1wEAkCQKAIB0AQCQdwwA0H8AADCXAQDAHAAAoG8EACDnBwBwAwoAMH8FAAArAgBA1wEAADIKANDeBQDQ9QcA0AoCAEDXAQCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCALAMA0CwDAFBkCgDAHAAA8P8KAHBEAABA/AQAAGgBAIDiAQAAAAAA0BYAAECBAgCQgQIA4IECAPCiAwBQhgYAoIYGACCAAABwgAAAwIAAABCBAABggQAAQDILAFArAgCgKwIAsGcBALBnAQCA4gEA0BYAAFAXAgCQ+gYAsIYAANAKAgCQEwIA0JkEABBSBwCwiwAAcA0AADAzCwAgFwAAEDABAGAIAQBwdwQAgBkCAOCmAABQhgYAsIsAANAWAAAQ6AIAsIsAAAAAAADQ3gUAgOIBALBnAQAAaAEAQNcBAJDXAQDg1wEAMNgBAIDYAQCQ1wEAIDUKANAKAgBA1wEAsIYAAHANAADAHAAAEB0AAEDXAQCQ1wEA4NcBADDYAQCA2AEAkNcBACA1CgDQCgIAQNcBALCGAABwDQAAwBwAAEDXAQCQOAoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AABwegEAwHoBABB7AQBgewEAQNcBALCGAABwDQAAwBwAABAdAADQFgAAUBcCAKAXAgBAgQIA0CcIACAoCACg8QkAAG0BANDeBQBw4gcAsGcBAABoAQAQ6AIA8J0DAGCtAQBgCAEAQNcBAFBkCgCgZAoAUAAAAFAAAADQVAgA0AoCAHBEAABAAgkAUIYGAEDXAQCQOAoAwPcLALBnAQBA1wEAQIECANAnCAAgKAgAoPEJAABtAQDQ3gUAcOIHAEDXAQBQpgkAAAAAAHANAADAkwEAEJQBAICgAgBwDQAAgHQBAEDXAQAw0gcAAKMHAND1BwBwRAAAQPwEAABoAQCwiwAAcA0AAHANAADAkwEAwBwAABAdAABA/AQA0N4FAHDiBwCwiwAAAIwAAGDbAAAQhAIA0H8AALBnAQCQdwwAgKACADCvAgCQ1QgAoJsKAPCbCgBAnAoAkJwKAOCcCgAwnQoAMNIHACALAgBwCwIAwAsCAJAkAACgmgEA8JoBAECbAQCwiwAAAIwAAGDbAAAQhAIAAAAAANB/AABAgQIAkIECABACAgCAdAEA0H8AALDQCwCA4gEAEAICANB/AAAwlwEAgJcBANCXAQAgmAEAcJgBAMCYAQAQmQEAYJkBALCZAQAAmgEAUJoBANDeBQBgCAEAUAAAAKAAAADwOgIAAHsMAFBIAwDADQAAcOIHAJAkAACgmgEA8JoBAJDKCQDgygkAsIYAAIB0AQBwRAAAQPwEAFAAAACAdAEAkHcMAOB3DACgmgEA8JoBAJDKCQDgygkAwBwAABAdAABg2wAAEIQCAAAAAABA1wEAkOsBAODrAQAw7AEAgOwBANDsAQAg7QEAcO0BALCLAACwPwEA0NgBACDZAQBw2QEAwNkBABDaAQCgTAkAINkLAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBACD3AQBw9wEAoEwJACDZCwDQ2AEAINkBAHDZAQDA2QEAENoBAIBYCQCAdAEAkHcMAOB3DAAweAwAgHgMANB5CwCg/woAQNcBADDSBwAAewwAUHsMAKB7DADwewwAgFgJANBYCQCQ1wEA4NcBADDYAQCA2AEAAAAAAFD/CgBA1wEAMNIHAAB7DABQewwAoHsMAPB7DACAWAkA0FgJAJDXAQDg1wEAMNgBAIDYAQCQ1wEA4NcBADDYAQCA2AEAkJsBALC/AwAQywsAYMsLALDLCwAAzAsAUMwLAAAAAACwhgAAAIcAABDoAgBw5QQAEAICACBMDABQhgYAACsCALCGAAAAhwAAEOgCAHDlBAAQAgIA4FQMANAKAgAgCwIA0GsFAFCQBgAwygAA0N4FANAKAgAAKwIAEAICANB/AAAwlwEAgJcBANCXAQAgmAEAcJgBAMCYAQAQmQEAYJkBALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAAAAAAkCQAAKCaAQDwmgEAQJsBAFAAAACQOwcAMH8FAHBEAABAAgkAQIECAJCBAgDggQIAMIICAICCAgBwDQAAQNcBAMAHCwAQJgsAUIcKAJDrAQCw6QsAAAAAAJA4CgDgzQsAMM4LAIDOCwDQzgsAIM8LAHDPCwDAzwsAoEwJAACMAABg2wAAEIQCAICgAgAAAAAA0N4FAHBEAACAoAIA4KYAAACpAQBQqQEAoKkBAPCpAQBAqgEAkBMCANCZBABA1wEAsIYAAHANAAAAbQEAAGgBAIDiAQBA1wEA0HkLAKD/CgCgTAkAAAAAAIB0AQAAAAAAsIYAANB/AADg4QYAAAAAAAAAAACwhgAAcEQAAEDXAQAwygAAgPYBADCXAQBA1wEAoEwJAAAAAACwhgAA0H8AACDnBwAwZgoA0PUHACD2BwBw9gcAwPYHAJDrAQAQ9wcAYPcHALD3BwCQ6wEAoG8EAPBvBABAcAQA8A0MAEAODACQDgwAoG8EAPBvBABAcAQA8A0MAEAODACQDgwA0H8AALDQCwAAAAAAQNcBAIDiAQDQ4gEAIOMBAAAAAABwRAAAQAIJADBwCgCAcAoAEAICAJAQCgDgEAoAADIKAHBEAABAAgkAMHAKAIBwCgAQAgIAYAICACALAgBwCwIAwAsCABAMAgBwDQAA0GIEAKBGCgBwCwIAwAsCABAMAgBwRAAAwEQAANAKAgAAowcAMMoAAAAAAADQCgIAkBMCACCiAQDgpwQAMH8FAHBEAABwDQAAEAICAMAGAgAQBwIAYAcCALAHAgAACAIAUAgCAHBEAACgCAIA8LgLAMBEAADQCgIAAKMHANDeBQAQAgIAwAYCAMBEAADQCgIAAKMHADDKAAAAAAAA0H8AALBnAQBQSAMAwBwAALD4AQCwiwAAAIwAAGDbAAAQhAIAEAICAMAGAgDARAAA0AoCAACjBwAwygAAEAICAMAGAgDARAAA0AoCAACjBwAAMgoAUAAAAJA7BwCwiwAAAIwAAGDbAAAQhAIAsIsAAJAkAADgJAAAAIwAAJATAgDQFgAA4KYAALCLAACwiwAAAIwAAGDbAAAQhAIA0H8AANBrBQBQkAYAsIsAAACMAABg2wAAEIQCAHBEAABwRAAA0GIEACBjBACQ6wEA4OsBADDsAQBAAgkAsIsAAACMAABg2wAAEIQCAGAIAQBQkAYAcEQAAMBEAAAwZgoAUIYGALCLAAAAjAAAYNsAABCEAgCAdAEAgHQBAFAAAADQVAgAsGcBAABoAQBwRAAAQAIJAHAICgCQEwIAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBANAKAgCQEwIA4BMCADAUAgCAFAIA0BQCACAVAgBwFQIAwBUCABAWAgCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAAAAAALCLAAAAMgoAsIsAAACMAABg2wAAEIQCAFCGBgCwiwAAsD8BABAGDQAAjAAAYNsAABCEAgAAAAAAsIsAAACMAAAAowcAUIYGALCxBwBAgQIAsGcBAFBIAwAAbQEA0N4FAHDiBwCwiwAAAIwAAGDbAAAQhAIAkOsBANDeBQDQ9QcAAIcAAFDNCgCAdAEA0HQBAOCmAACQiwIA0NUJAJB3DAAAjAAAYNsAABCEAgCw0AsAgOIBAAC7CACwiwAAAIwAAGDbAAAQhAIA0AoCAIDiAQCwhgAAYAgBAFCQBgDQFgAAcEQAAEACCQBwCAoAYNsAABCEAgDQ3gUA0PUHAHBEAACgCAIAkCQAAJDrAQDQ3gUA0PUHAACHAABQzQoAcA0AAMAcAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA0H8AADCXAQCAlwEA8C0AAJCLAgAwlwEAwFECAEACCQCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAEFIHACDfBQBw3wUAEFEIAGBRCACwUQgAAFIIAFBSCACgUggAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAwfwUAQFYFAJBWBQCg8QkAAG0BANDeBQBw4gcAsIsAAACMAABg2wAAEIQCAHBEAADQfwAAIIAAAAArAgDQ3gUAQIECANAnCAAgKAgAkCQAAIB0AQDQdAEAMMoAALCLAAAAjAAAYNsAABCEAgBA/AQAkPwEAECeAwCAdAEAkHcMAGAIAQBQkAYA0BYAAHBEAABAAgkAUIYGALCLAAAAjAAAYNsAABCEAgBwDQAA4GAKAFAAAABQAAAA0FQIANAKAgBwRAAAQAIJAFCGBgAQUgcAIN8FAHDfBQAQUQgAYFEIALBRCAAAUggAUFIIAKBSCACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAIB0AQCAdAEAkHcMAIDiAQAw/ggA4OEGANB/AADwOgIAQDsCAJA7AgDgOwIAMDwCAIA8AgDQPAIAID0CALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDQCgIAIAsCAAAyCgCwZwEAAGgBADAtAgCALQIA0C0CAGA+AgCwPgIAAD8CAFA/AgCgPwIA8D8CAEBAAgCQQAIA4EACADBBAgCAQQIA0EECACBCAgBwQgIAwEICABBDAgBgQwIAsEMCAABEAgBgCAEAkOsBALDpCwAAjAAAkCQAACA1CgDQCgIAYAgBAHB3BACAGQIAQAIJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBw4gcA4KYAAEBWBQCQVgUA4FYFADBXBQCAVwUA0FcFAGAIAQCwCAEA8GAJALCxBwCAcwwAEGEHAOCmAACQiwIAgBkCAED8BADQ3gUAcOIHALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAAAAAANB/AADg4QYAsIYAALCLAACwiwAAAIwAAGDbAAAQhAIAAKMHADCSAQDABwsAoG8EAAAyCgBQMgoAoDIKAPAyCgBAMwoAsIsAAACMAABg2wAAEIQCANAWAABwRAAA0H8AAIAZAgBA/AQA0N4FAHDiBwCwiwAAAIwAAGDbAAAQhAIA0H8AALDQCwDQFgAAIBcAABAwAQDA7QEAMEQJABBhBwCAOAsAMC0CAEDXAQBQZAoAUIUCAGAIAQCQ6wEA0N4FALBnAQCQYwIA0H8AAIAZAgBA/AQA0N4FAHDiBwBA1wEAoEwJAACMAABg2wAAEIQCAJDXAQDg1wEAMNgBAIDYAQAAAAAAQNcBAFCmCQCgpgkA4MMLADDECwCAxAsA0MQLAPCpAQCAGQIAQPwEAJDrAQCAdAEAkHcMAMAHCwBgEQIAsBECAAASAgCgbwQAkIsCAOCLAgAwjAIAgIwCANCMAgAgjQIAcI0CAMCNAgAQjgIAYI4CALCOAgAAjwIAUI8CAKCPAgDwjwIAQJACAAAAAACwhgAAAIcAAFDNCgCgzQoA8M0KAEDOCgCQzgoA4M4KAKBvBACQiwIA4IsCADCMAgCAjAIA0IwCACCNAgCwhgAAcA0AAMAHCwAQJgsA0N4FAEDXAQBgCAEAcHcEALDQCwBQ0wkAoNMJAPDTCQBA1AkAEO4BAPBMCQBATQkA0PUHAIDiAQBgCAEA0IgBAFBIAwDAkwEAAG0BAABoAQCA4gEAQNcBADDSBwCA0gcAcEQAALCGAADQCgIA4CkKALCLAAAwfwUAMKcAAFBEAgDwOgIAkBMCANCZBABA1wEAkDgKALDQCwBQhgYAQNcBAFDTCQCg0wkA8NMJAEDUCQCwhgAAcA0AAMAcAABQpgkAoKYJAFBoAQCgaAEA8GgBAEBpAQCQaQEAIIQBANDeBQAg3wUAcN8FABBRCABgUQgAsFEIAABSCABQUggA8J0DAECeAwCQngMA4J4DADCfAwCAnwMAUIYGAEDXAQCQOAoAsNALAFCGBgBA1wEAUNMJAKDTCQDw0wkAQNQJALCGAABwDQAAwBwAAFBkCgBQhQIAoIUCAPCFAgBAhgIAkIYCAJAzCgDgMwoAMDQKAIA0CgDQNAoAsNALABDoAgDgpgAAgKACAHDXCADwnAkAQJ0JAJCdCQDgnQkAMJ4JAICeCQCAiAsAAIwAAGDbAAAQhAIAQNcBANDeBQDQ9QcAcEQAAEDXAQDQ3gUAkCQAAEDXAQCQ6wEA0N4FAND1BwAAhwAAUM0KADDSBwAgCwIAwDgCABA5AgBAAgkAkAIJAOACCQBwRAAAQNcBAMAHCwAQJgsAUIcKAJA4CgAwYAYAUIYGAEDXAQAwygAAsGcBAHDlBADARAAAQNcBANDeBQBAgQIA0CcIACAoCACQJAAAgHQBANB0AQBQZAoAoGQKAPBkCgBAZQoA0GIEAKBGCgDwRgoAgLkHAEDXAQAwygAAsGcBAHDlBADARAAAQNcBANDeBQBAgQIA0CcIACAoCACQJAAAgHQBANB0AQBgCAEAYK0BALCtAQAArgEAUK4BAKCuAQDwrgEAADIKAEDXAQAwygAAsGcBAHDlBADARAAAQNcBANDeBQBAgQIA0CcIACAoCACQJAAAgHQBANB0AQDgKQoAMCoKAECBAgCwZwEAUIYGALCLAAAwygAAsGcBAHDlBADARAAAQNcBANDeBQBAgQIA0CcIACAoCACQJAAAgHQBANB0AQCwZwEAkGMCAEDXAQCQJAoA0FQIALBnAQAAaAEAcEQAAEACCQBwCAoAQNcBAOApCgCwiwAAAIwAAJATAgDgEwIAMBQCAIAUAgDQFAIAIBUCAHAVAgAAKwIAUCsCAFCGBgBA1wEAkDgKAIAZAgAA/wAAUP8AAJCLAgDQ1QkAINYJAADSCgBQ0goAoNIKAPDSCgBA0woAkNMKAODTCgAw1AoAgNQKANDUCgAg1QoAcNUKAMDVCgAQ1goAYNYKALDWCgAA1woAUNcKAKDXCgDw1woAQNgKAJDYCgDg2AoAMNkKAIDZCgDQ2QoAINoKAHDaCgDA2goAENsKAGDbCgCw2woAANwKAFDcCgCg3AoA8NwKAEDdCgCwZwEAAGgBADAtAgCALQIA0C0CAIDIAgDQyAIAIMkCAHDJAgDAyQIAEMoCAGDKAgCwygIAAMsCAFDLAgCgywIA8MsCAEDMAgDgKQoAoIYGABAbDABgGwwAkOsBANB/AAAwlwEAwBwAAFBkCgBQhQIAcPQJAMD0CQAQ9QkAYPUJAEDXAQBQpgkAgN8JANDfCQBQZAoA8J8LAECgCwDwOgIAcEQAAED8BAAAaAEAgOIBAEDXAQCwhgAAUO8BALCGAABwRAAAcEQAAED8BAAAaAEAgOIBAEDXAQDgKQoAEFIHADDKAABQpgkAoKYJAPCmCQAw0gcAgNIHAFBOAgCAfwUAQIECANAnCAAgKAgAADIKAEDXAQBgCAEAsAgBAPBgCQDQfwAAMGAGALCxBwAAaAEAgOIBAEDXAQAw0gcAgNIHANCZBAAgmgQAcJoEAHD0BABQpgkAgN8JANDfCQCAdAEA0HQBACAUAwBwFAMAwBQDABAVAwBgFQMAsBUDAMAHCwCwXAwAEEUAAEADAwCQAwMA4AMDADAEAwAwlwEAwBwAAPD/CgBA1wEAUKYJAKCmCQDwpgkAYAgBAFCQBgCgkAYAsAgBANAKAgBQpgkAgN8JANDfCQBQpgkAoKYJAPCmCQDQsgkAILMJAHCzCQCQJAoAgDMBANAzAQCwWQoAAFoKAFBaCgCgWgoAQNcBANDeBQCQJAAAQNcBAFBkCgDwnwsAQKALAPA6AgBwRAAAQPwEAABoAQCA4gEAQNcBALCGAADA4gcAEOMHAGDjBwCw4wcAAOQHAFDkBwCg5AcA8OQHAMAHCwAQJgsAUIcKAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAACQOAoAgBkCANDeBQBw4gcAQNcBAFBkCgDADQAAkHcHAOB3BwAweAcAgHgHAEDXAQBQAAAAcEQAAED8BAAAaAEAgOIBAEDXAQCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCALAMAwJsIABCcCADQ3gUAcOIHAEDXAQCwhgAAAIcAABDoAgDAygEAQNcBAOApCgAQUgcAYAgBAHB3BACwZwEAAGgBAEDXAQBQZAoAwA0AAJB3BwDgdwcAMHgHAIB4BwBA1wEA0PUHACD2BwBw9gcAwPYHABD3BwBg9wcAsPcHAAD4BwBQ+AcAoPgHAPD4BwBA+QcAkPkHAOD5BwAw+gcAgPoHAND6BwAg+wcAUGQKAMAcAAAQHQAAYB0AALAdAAAAHgAAgKACAHANAABA1wEAwAcLALBcDAAQRQAAYEUAALBFAAAARgAAUEYAAKBGAADwRgAAQEcAAJBHAADwnAkAQJ0JANAWAAAQ6AIAAGgBAIDiAQBA1wEA0N4FAHDiBwBA1wEAkC4KADBmCgBwDQAAgHQBANB0AQDgpgAAkIsCANDVCQAg1gkAAAAAAIB0AQBwDQAAwFECABBSAgCAGQIAQAIJADCSAQAAAAAAAAAAAAAAAAAAAAAAAAAAAJCVAgDglQIAMJIBAAAAAACQlQIA4JUCADCbAgDwbwQAYM0JALDNCQAAzgkAUM4JAKDOCQDwzgkAQM8JAJDPCQAAQwMAUEMDAKBDAwDwQwMAQEQDAJBEAwDgRAMAMEUDAIBFAwDQRQMAIEYDAHBGAwDARgMAEEcDAGBHAwBAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAwLAMAgCwDANAsAwAgLQMAcC0DAMAtAwAQLgMAYC4DALAuAwAALwMAUC8DAKAvAwDwLwMAQDADAMDDCAAQxAgAYMQIALDECAAAxQgAUMUIAKDFCADwxQgAQMYIAJDGCADgxggAMMcIAIDHCADQxwgAIMgIAHDICADAyAgAgOIBAICgAgDgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAkOsBANB/AABwDQAAUFIDAKBSAwCQdwwAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAFCjAgDAggMAEIMDAGCDAwCwgwMAAIQDAFCEAwCghAMA8IQDAECFAwCQhQMAIC0DAHAtAwCQ1wEA4NcBADDYAQCA2AEAIMMDAHDDAwDAwwMAEMQDAGDEAwCwxAMAAMUDAFDFAwCgxQMAoEwJACDZCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAMMoAACDnBwCwZwEAkGMCAJB3DACgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEACByBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQLAMAUIIFAKCCBQDwggUAQIMFAJCDBQDggwUAUIUCAKCFAgDgpgAAUAAAAKBrAwAQAgIAIDMMAHAzDAAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBwDQAAEAICAGA5DACQiwIA4IsCADCMAgCAjAIA0IwCAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDQFgAAIBcAADDKAACwiwAAAIwAAGDbAAAQhAIAsDkMAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAUIYGABBSBwCwiwAAcA0AADAzCwAgFwAAEDABAEACCQCwPwEAgFwKAFBIAwDAUQIAQAIJAHAICgBg2wAAEIQCAEDXAQCgbwQAkIsCANDVCQAg1gkAcNYJAJDXAQDg1wEAMNgBAIDYAQBgCAEAUAAAANBUCADQCgIAcEQAAEACCQBwCAoAYNsAABCEAgCAdAEA8KIDAECjAwBQAAAAcDoAABACAgAgTAwAsGcBAJDrAQAgcQUAIAsCAPA6AgAAMgoAQNcBAFDTCQCg0wkA8NMJAEDUCQCAdAEA0HQBACAUAwBwFAMAsIsAAFCGBgCAoAIAgHQBANB0AQAgFAMAcBQDAMAUAwAQFQMAYBUDALAVAwDABwsAsFwMABBFAAAA/wAAUAAAANBUCABwDQAAwFECAIDiAQDQCgIAkBMCAHANAABQUgMAoFIDAAD/AABA1wEAkDgKAPA2CwCAuQcA0LkHACC6BwBwugcAMNIHAIDSBwBQTgIAgH8FANAKAgBQhgYAQNcBAJA4CgAwYAYAgGAGANBgBgAgYQYAQAIJAHAICgAQAgIAQNcBAGAIAQDQiAEAUEgDAMCTAQAAbQEAAGgBAIDiAQBA1wEAkDgKAIBDBQCA4gEAALsIAGAIAQBA1wEAUKYJAHDlBADA5QQA4CkKALCLAABQAAAAkDsHABDVCwBg1QsAcA0AAEDXAQDQ3gUAcOIHAAAAAAAAAAAAgKACADCvAgCQ1QgA4NUIADDWCACA1ggAoEwJAACMAABg2wAAEIQCAMAHCwAQJgsAUIcKAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAEBDCQCQQwkA4EMJABAICwBwCAoAwAgKABAJCgBgCQoAsAkKAAAKCgBQCgoAoAoKAPAKCgDgKQoAUJ4MALCLAADABwsAECYLAFCHCgCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCALAMA0CwDACAtAwBA/AQAkPwEAOD8BAAw/QQAgP0EAAB7DABw5QQAQAIJAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBACw+AEAAPkBAED8BACQ/AQA4PwEADD9BACA/QQA0P0EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAgcgQAcHIEAMByBAAQcwQAYHMEAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAICgAgBQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDACAtAwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcAUKgCAKCoAgBgyQgA8OcJAACjBwDQ9QcAcEQAAEACCQDABwsAECYLAFCHCgCQLgoAMGYKAHANAACwiwAAcEQAADDKAADQ3gUA0AoCAAArAgBA1wEAUKYJAIDfCQDQ3wkAsIYAAACHAADQCgIAkBMCANCKBAAgiwQAcIsEANB/AACQ6wEAgHQBAAAAAABA1wEAACsCADACCgAAaAEAMC0CAICgAgBQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAIPcBAHD3AQCgbwQAkIsCAMB+DAAQfwwAYH8MADDoCgBgwAIAwA0AAGAIAQBQkAYAAP8AAHBEAABA1wEAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEAEBDCQCQQwkA4EMJAAAyCgBwDQAAUFIDAKBSAwAAAAAAgKACAJA/CAAAjAAAYNsAABCEAgDgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAgAcFAACMAABg2wAAEIQCACDnBwAAMgoAAAAAAAAAAAAAAAAAkJUCAOCVAgAwkgEAAAAAAAAAAAAAAAAAAAAAAJCVAgDglQIAMJsCAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAwLAMAgCwDANAsAwBQggUAoIIFAPCCBQBAgwUAkIMFAOCDBQBgCAEAYPsDALD7AwAA/AMAUPwDAFCGBgCQ6wEAQNcBAGAIAQCwCAEA8GAJAEBhCQCQYQkAYAgBAGD7AwCw+wMAAPwDAFD8AwDgpgAAMKcAAICnAADQpwAAIKgAAGAIAQBgrQEAAIcAABDoAgDgpgAAkIsCAIAZAgBA/AQA0N4FAHDiBwBwDQAAwBwAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBQowIAwIIDAFCkCwDAEwQAEBQEAGAUBACwFAQAABUEAFAVBACgFQQA8BUEAEAWBACQFgQA4BYEAEDXAQCAdAEA8KIDAABoAQAAKwIAQNcBAJDXAQDg1wEAMNgBAHASCgDAEgoAkDgKADBgBgBQhgYA0AoCAJATAgBwDQAAwJMBAFD/CgDg5wAAsDcEADBmCgBwDQAAwFECAPDaBwBA2wcAkNsHAODbBwAw3AcAgNwHANDcBwAg3QcAcN0HAMDdBwCQOAoAsNALAAAyCgBA1wEA0N4FAJAkAABA1wEAwAcLALBcDAAQRQAAYEUAAFAAAACQOwcAMH8FALBnAQBwmQoAEGEHALCLAABQhgYAQNcBAGAIAQBg+wMAsPsDAAD8AwBQ/AMAcHoGAJAuCgAwZgoAcA0AAMBRAgBgCAEAYPsDALD7AwAA/AMAUPwDAHB6BgDAegYAEHsGAGB7BgCwewYAAHwGAFB8BgCgfAYAYMEGADBmCgBwDQAAwFECAEDXAQAg5wcAADIKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsL8DAADAAwAwvgcAgL4HANC+BwAgvwcAcL8HAMC/BwAQwAcAYMAHALDABwAAwQcAUMEHAKDBBwDwwQcAQMIHAJDCBwDgwgcAMMMHACAtAwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcA0N4FACDfBQBw3wUAEFEIAGBRCACwUQgAAFIIAFBSCACgUggAQNcBAMAHCwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcA8KIDALD4AQBwDQAAUFIDAKBSAwCw+AEAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDACAtAwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcA0N4FACDfBQBw3wUAEFEIAGBRCACwUQgAAFIIAFBSCACgUggAQNcBAMAHCwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcAIC0DAED8BACQ/AQA4PwEAFCGBgBA1wEA0N4FAND1BwDQ3gUAIN8FAHDfBQAQUQgAYFEIALBRCAAAUggAUFIIAKBSCABA1wEAwAcLAED8BACQ/AQA4PwEAFCGBgBA1wEA0N4FAND1BwDQCgIAAHsMAJBjAgDQdAEAIHUBAAAyCgCw+AEA4KYAAACpAQCAeAIAoCoDAPAqAwBAKwMAkCsDANCaAwCAgwsA8F0MALCGAAAAhwAAEPQAAGD0AACw9AAAAPUAAFD1AACg9QAA8PUAAJAlBADgJQQAMCYEAIAmBADQJgQAICcEAHAnBADAJwQAECgEAGAoBAAAaAEAgOIBAEDXAQDABwsAECYLAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAEG4EAGBuBACwbgQAAG8EAFBvBACwhgAAAIcAABDoAgDAygEAQNcBAFBkCgDADQAAkHcHAOB3BwAweAcAgHgHAICgAgDQfwAAwMoBANAKAgCQEwIAcEQAANBiBAAgYwQAsIsAAHANAABQAAAAkDsHAOA7BwBg2wAAkBMCAAAAAACwhgAAsIsAAHANAADAUQIAQAIJAHAICgBg2wAAEIQCAHDXCADA1wgAENgIACCLBABwiwQAwIsEABCMBABgjAQAsIwEAACNBABQjQQAoI0EAPCNBABAjgQAkI4EAOCOBAAwjwQAgI8EANCPBAAgkAQAcJAEAMCQBAAQkQQAYJEEALCRBAAAkgQAUJIEAKCSBADwkgQAQJMEAJCTBADgkwQAMJQEAICUBADQlAQAIJUEAHCVBADAlQQAEJYEANB/AAAggAAAIOcHAHADCgBQhgYAQNcBAMAHCwCwXAwAEEUAAGAIAQBwdwQAwHcEAEDXAQAw0gcAgNIHAHBEAADQYgQAIGMEALCLAABwDQAAQNcBAJAkCgDwVAsA4DsHAEDXAQAw0gcAgNIHAAAAAACwhgAAsIsAAHANAADAUQIAQNcBAIB0AQDwogMA8J0DANCIAQBw5QQAwOUEAMB1CwAwygAAIOcHALBnAQDgpgAAIOcHAEDXAQBQpgkAgN8JAFCGBgCwsQcAUEgDAICgAgDgpgAAkIsCAOCLAgAwjAIAgIwCANCMAgDgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMAcAsMAHAICgBg2wAAEIQCAPAtAAAwpwAAgKcAANCnAAAgqAAAcKgAAICgAgDgpgAAkIsCAOCLAgAwjAIAgIwCANCMAgDgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMAcAsMAHAICgBg2wAAEIQCALCLAABQhgYAsLEHAFBIAwDwLQAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAgAcFANAHBQAgCAUAcAgFAMAIBQAQCQUAYAkFALAJBQBgEwUAsBMFAGDNCQCwzQkAAM4JAFDOCQCgzgkA8M4JAEDPCQCQzwkAgOIBAAC7CABQuwgAQNcBAJA4CgCAQwUAMNIHAIDSBwBwDQAAwA0AAND1BwDQCgIA4KYAAIB3AwDQdwMAIHgDAHB4AwDAeAMAEHkDAGB5AwCweQMAAHoDAFB6AwCgegMA8HoDAEB7AwAgogEAcKIBAMCiAQAQowEAYKMBAKARCADwEQgAQBIIAJASCADgEggAMBMIAIATCADQEwgAIBQIAHAUCADAFAgAEBUIAGAVCACwFQgAABYIAFAWCACgFggA8BYIAEAXCAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUA0AcFACAIBQBwCAUAwAgFABAJBQBgCQUAsAkFANCgAgAgoQIAEPQAAGD0AACw9AAAAPUAAFD1AACg9QAA8PUAAJAlBADgJQQAMCYEAIAmBADQJgQAICcEAMAcAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUKMCAMCCAwAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAMIYDAICGAwDQhgMAIIcDAHCHAwCQJAoAcNwIAMDcCAAQ3QgAYN0IALDdCAAA3ggAUN4IAKDeCADw3ggAQN8IAJDfCADg3wgAMOAIAIDgCADQ4AgAIOEIAHDhCADA4QgAEOIIAGDiCACw4ggAAOMIAFCoAgCgqAIAYMkIAPDnCQAAowcA0PUHAHBEAABAAgkAwAcLABAmCwBQhwoAkC4KADBmCgBwDQAAcNcIAMDXCADQmQQAIJoEAHCaBABw9AQAUGQKAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AADDKAACwiwAA0BYAAHBEAABA1wEAkDgKADDKAACA9gEAcEQAAEDXAQAwygAAgPYBADCXAQBA1wEAUNMJAKDTCQDw0wkAQNQJAJAkCgDQVAgAcA0AAMCTAQAAbQEAkOsBAIB0AQCQdwwAwAcLABAmCwBQhwoAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEAEBDCQCQQwkA4EMJAMAHCwCwXAwAEEUAADDSBwCA0gcA0JkEACCaBABwmgQAcPQEAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAODnAACwOwoAoEgDAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQYwgAoKYJAPCmCQCQ6wEAIHEFAHBxBQDAcQUAEHIFANAWAABA1wEAUGQKAPCfCwBAoAsAgBkCALBnAQDwnQMAUJAGANDeBQDQ9QcAcEQAAEACCQBwCAoAYNsAABCEAgDg5gsAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAEJIIAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAIHIEAHByBADAcgQAEHMEAGBzBABQZAoAwBwAABAdAABgHQAAsB0AALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUKgCAKCoAgBgyQgAsMkIAADKCABQyggAoMoIAPDKCACQ1wEAEGEHAGBhBwCwYQcA0N4FANAKAgBA1wEA4CkKADAqCgDQCgIAkBMCAFBOAgBwRAAAoAgCANAKAgAAMgoAQNcBADCSAQCwhgAAAIcAABDoAgDAygEAUKMCAMCCAwAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAMIYDAICGAwDQhgMAIIcDAHCHAwCAtAcAENQHADDXBwCA1wcA0NcHACDYBwAgLQMAQPwEAJD8BADg/AQAUIYGAEDXAQDQ3gUA0PUHANDeBQAg3wUAcN8FABBRCABgUQgAsFEIAABSCABQUggAoFIIAEDXAQDABwsAQPwEAJD8BADg/AQAUIYGAEDXAQDQ3gUA0PUHAHBEAABA/AQAkPwEAOD8BAAw/QQAgP0EAND9BAAg/gQAcP4EAMD+BAAQ/wQAUBENAKARDQAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwAgLQMAQPwEAJD8BADg/AQAMP0EAID9BACg8QkAwBwAAEDTBQCQdwwAMH8FAHBEAABA/AQA0N4FAHDiBwBwRAAAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EAHD+BADA/gQAEP8EALCLAAAAjAAAYNsAABCEAgAg4wEAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EAGB8CgCwfAoAAH0KAFB9CgCgfQoA8H0KAEB+CgDADQAAkHcHAOB3BwAweAcAgHgHAKAIAgAg3wUAcN8FAMDfBQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAICgAgCQPwgAAIwAAGDbAAAQhAIA0BYAACAXAADQBQcAIAYHAHAGBwDABgcAEAcHAGAHBwAgCwIAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAEDXAQDABwsAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAEJIIAOBqCgDgpgAA4KYAAEBWBQCQVgUA4FYFADBXBQDQmQQAQNcBAJA4CgCQJAAAcEQAAEACCQBwCAoAUGQKAMAcAABA0wUAkHcMADB/BQBwRAAAQPwEANDeBQBw4gcAQNcBAKBMCQAAjAAAYNsAABCEAgBgwAIAMMwIAIDMCADQzAgAIM0IAHDNCADAzQgAsEoFAABLBQBQSwUAoEsFAPBLBQBATAUAkEwFAOBMBQAwTQUAgE0FALBjBQAAZAUAUGQFAKBkBQDwZAUAQGUFALCGAADQCgIA0AoCAJATAgDQFgAAcEQAAEDXAQDABwsAECYLACDfBQDQVAgAgHQBANB0AQAgdQEAADIKAICgAgAAAAAAQNcBAMAHCwBgEQIAsBECAAASAgAw6AoAUGQKAKBkCgCwZwEAcOUEANB/AACQ6wEAgHQBAJB3DABQZAoAwBwAABAdAABgHQAAsB0AAAAeAABwKwUAQNcBAJDXAQAgNQoAcDUKAMA1CgDABwsAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAgKACAFCoAgCgqAIAYMkIAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAkHcMAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAGAIAQAAAAAAUAAAAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUAAIwAAGDbAAAQhAIA0AoCAACjBwDwWQsAUCsCAACMAADwnAkAQJ0JANAKAgCQEwIA0IoEACCLBABwiwQA0H8AAJDrAQCAdAEAkHcMALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAAIcAANAWAAAAMgoAgKACAHBEAADgpgAAUAAAAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCQJAAAoJoBAPCaAQBAmwEA4KYAAACpAQCAeAIAoCoDANAKAgCQEwIA4BMCAABxDABwDQAAwBwAAEDlBwCQ5QcA4OUHADDmBwCA5gcA0OYHANAHBQAgCAUAcAgFAMAIBQAQCQUAYAkFALAJBQBgwAIAwA0AAJB3BwDgdwcAMHgHAIB4BwBA1wEAoEwJAACMAABg2wAAEIQCAFARDQCgEQ0A8BENAEASDQCQEg0A4BINADATDQCAEw0A0BMNACAUDQBwFA0AwBQNAKBDAwDwQwMAQEQDAJBEAwDgRAMAMEUDAIBFAwDQRQMAkC4KADBmCgBwDQAAkOsBACBxBQBwcQUAwHEFABByBQBgcgUAoPEJABBtAABAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEA0H8AAJAkAAAAKwIAsJUFACCiAQBwDQAA8C0AAACpAQCAeAIAoCoDAPAqAwBAKwMAkCsDAOArAwAwLAMAgCwDAIAHBQAAjAAAYNsAABCEAgAwMwsAkM0BAOByAgAwcwIAgHMCANBzAgAAowcAkCQAANAKAgCQEwIAcEQAANBiBAAgYwQAsIsAAHANAADAHAAAsD8BAABAAQBQQAEAgGsKANBrCgAgbAoAQNcBAGAIAQBwdwQAADIKAEDXAQBQ0wkAoNMJAPDTCQBA1AkAkOsBALDpCwCQOAoAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAKBvBADwbwQAYM0JALDNCQAAzgkAUM4JAKDOCQDwzgkAQM8JAJDPCQDgzwkAMNAJAKBMCQBwDQAAwFECABBSAgCQ6wEAgHQBAPCiAwBQSAMAUO8BAHADCgDABwsAECYLAFCHCgBQpgkAUAAAACCAAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUAAIwAAGDbAAAQhAIA0KACACChAgAQ9AAAYPQAALD0AAAA9QAAUPUAAKD1AADw9QAAkOsBANDeBQDQ3gUAcEQAAHANAADAUQIA0GIEAKBGCgDA9wsAQNcBAJDXAQDQCgIAAKMHAGAIAQBA1wEAMJIBAODnAACAoAIAUKMCADCnAACApwAA0KcAACCoAABwqAAAwKgAAJAuCgDgLgoAMC8KAIAvCgAw0gcA8JwJAECdCQBA1wEA0N4FAND1BwBwRAAAQNcBANDeBQCQJAAAQNcBAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAkHcMAJDrAQAgcQUAcHEFAMBxBQAQcgUAYHIFAKDxCQBA1wEAwAcLABAmCwBQhwoAwAcLANB/AADg4QYAACsCAEDXAQDABwsAsNALAAAyCgBA1wEA0N4FAJAkAABA1wEAwAcLALBcDAAQRQAAYEUAALBFAACwiwAAUIYGAEDXAQCQ6wEAIHEFAHBxBQDAcQUAEHIFAGByBQCAdAEA0H8AADCXAQDAUQIAQPwEAOCmAABwDQAAwBwAANB/AADwOgIA4KYAACDnBwAQAgIAIDMMAHAzDAAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBwDQAAEAICAGA5DACwOQwAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUAAIwAAGDbAAAQhAIAAAAAAFAAAACQOwcAENULAHANAADAHAAA0H8AAPA6AgDgpgAAIOcHAFAAAAAw+wEAEAICACAzDABwMwwAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAcA0AABACAgBgOQwAsDkMAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAgAcFAACMAABg2wAAEIQCAICgAgBwRAAA0GIEAKBGCgDAOAIAcA0AAFAAAADQVAgA0AoCAHBEAACAoAIAcEQAANBiBACgRgoAwDgCAHANAABQAAAA0FQIANAKAgBwRAAAgKACAJA/CAAAjAAAYNsAABCEAgCAdAEA8KIDAECBAgCwZwEAAGgBAIDiAQDgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAwJsIAMAcAAAQHQAAYNsAABCEAgCw+AEAAPkBANBiBACgRgoAwDgCAHANAABQAAAA0FQIANAKAgBwRAAAEAICAGA5DACwOQwAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUAAIwAAGDbAAAQhAIAUBENAKARDQAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwCgTAkAAIwAAGDbAAAQhAIAAIUCAJCLAgDAfgwAEH8MAGB/DACwfwwAAIAMAFCADACggAwA8IAMALAiBQAAIwUAUCMFAKAjBQDwIwUAQCQFAJAkBQCAoAIAUKMCAMCCAwAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwAgLQMAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAEJIIAKBvBACQiwIAwH4MABB/DABgfwwAsH8MAACADABQgAwAoIAMAPCADABQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAcEQAAED8BACQ/AQA4PwEADD9BACA/QQA0P0EACD+BABw/gQAwP4EABD/BABQqAIAsIsAADDKAADgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAgAcFAACMAABg2wAAEIQCAHDiBwAgFwAAoAsJAPALCQDQfwAAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAJB3DACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAHANAAAQbQAAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAJB3DACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAFCoAgCgqAIAYMkIAJA4CgDg4QYA8KIDAECBAgDQJwgAUNMJAKDTCQCgCwkA8AsJAHANAABA1wEAkNcBACA1CgBwNQoAwDUKABA2CgBQpgkAoKYJAPCmCQAAMgoA0N4FAND1BwDQCgIAQNcBAKBvBAAwpwAAsIYAAHANAADAUQIAQAIJAEDXAQBQ0wkAoNMJAKALCQDwCwkAkDgKAECBAgCQgQIAsGcBAJBjAgDQfwAAkOsBAIB0AQDQ3gUA4KYAAOCmAABAVgUAkFYFAOBWBQAwVwUA0JkEAEDXAQAwygAAIOcHALBnAQCQYwIAkHcMAKBMCQBwDQAAwFECABBSAgCQ6wEAgHQBAPCiAwBQSAMAUO8BALBnAQAAaAEAgOIBAEDXAQCQOAoAgEMFAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQLAMAIC0DAHAtAwDALQMAEC4DAFBSAwCgUgMAcHoGAMB6BgAQewYAYHsGALB7BgAAfAYAwAcLAOCmAABQAAAAAAAAALBnAQBQAAAAQNcBAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQLAMAIC0DAHAtAwDALQMAwAcLALBcDAAQRQAAkC4KADBmCgBwDQAAwFECAMAHCwBA/AQAkPwEAOD8BAAw/QQAgP0EAND9BAAQkggAYJIIALCSCADQ2AEAsGcBANAKAgCQEwIA0N4FACDfBQBw3wUAwN8FAEDXAQDABwsA4KYAAFAAAABA1wEAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAwLAMAgCwDANAsAwAwygAAsGcBAHDlBADARAAAQNcBAJAuCgAwZgoAcA0AAMBRAgBA1wEAUIYGAKCGBgDA9wsAcEQAAED8BABAgQIA0CcIAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAABAIQMAkCEDAOAhAwCwhgAAAIcAABD0AABAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAkHcMANDeBQDQCgIAQNcBAOApCgAQUgcAsIsAAHANAABA1wEAUNMJAKDTCQDw0wkAQNQJABDuAQAg2QsAgFwKAFBIAwBQhgYAcA0AAEDXAQBQZAoAwBwAABAdAABgHQAAsB0AAAAeAABQHgAAQCEDAJAhAwDgIQMAsIYAAACHAAAQ9AAAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAJB3DADQ3gUA0AoCAEDXAQDgKQoAEFIHALCLAABwDQAAQNcBAFDTCQCg0wkA8NMJAEDUCQAQ7gEAINkLAIBcCgBQSAMAQNcBAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAABAIQMAkCEDAOAhAwCwhgAAAIcAABD0AABAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAkHcMANDeBQDQCgIAQNcBAOApCgAQUgcAsIsAAHANAABA1wEAUNMJAKDTCQDw0wkAQNQJABDuAQAg2QsAgFwKAFBIAwAAAAAA0H8AAODhBgAw4gYA8KIDAICgAgDQCgIAAHsMAABoAQCA4gEAALsIAACMAABg2wAAEIQCAFCoAgCgqAIAYMkIALDJCADAHAAAEB0AAGAdAACwHQAAAB4AAFAeAACQOAoAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBALCLAABgCAEA4KYAAJCLAgAggAAAIOcHAHADCgBwDQAAwBwAABAdAABgHQAAsB0AAAAeAACQEwIAAIwAAGDbAAAQhAIAIKIBAHANAACAoAIAYMACADDMCACAzAgA0MwIACDNCABwzQgAwM0IADDoCgBQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAQEMJAJBDCQBA/AQAkPwEAOD8BAAw/QQAgP0EAND9BAAQkggAwAcLABAmCwBQhgYAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAgpgIAsFwMABBFAABwwAsAwMALAFCmCQCA3wkA0N8JAFDTCQCg0wkAcBcAAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAkHcMAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQLAMAkDgKAIAZAgAg+AoAsFwMALBnAQBQSAMAoEgDAGAIAQCwCAEAYAgBAFCQBgDQFgAAgHQBAPCiAwBAowMAoBAEAOCmAAAQAgIAYDkMALA5DACAeAIAoCoDAPAqAwBAKwMAkCsDAOArAwAwLAMAgCwDAIAHBQAAjAAAYNsAABCEAgAgTAwAwBwAABAdAABgHQAAsB0AAAAeAABQhgYAsIsAANB/AAAwYAYAgKACABBSBwAwygAA0BYAAICgAgAg5wcAMGYKAHANAADAUQIAgHQBANB0AQAgGAkAcBgJAMAYCQAQGQkAkDsHAOA7BwBg2wAAEIQCAGAIAQBwdwQA8DoCAAArAgBQKwIAUIYGAEDXAQDgKQoAsIsAANB/AACQLgoA4C4KADAvCgCALwoA0C8KACAwCgBwMAoAwDAKALDlCgCw0AsAUIYGAEDXAQBQpgkAgN8JANDfCQBgNgoAMCoKAFBIAwAQbQAAkOsBAIB0AQCQdwwAUIYGAEDXAQCwhgAAAIcAAHBEAABA/AQAkGMCAEDXAQDABwsAQPwEAJD8BADg/AQAUIYGAEDXAQAw0gcAgNIHAHBEAADQYgQAIOcHADBmCgBwDQAAwFECABBSAgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEA4KYAAAAAAACAdAEAgKACAFCoAgCgqAIAYMkIAJAuCgAwZgoAcA0AAMBRAgBwDQAAQNcBAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAkHcMAFCmCQCgpgkA8KYJANCyCQAgswkAcLMJAJAkCgDQVAgAIFUIANCgAgAgoQIAEPQAAGD0AACw9AAAAPUAAFD1AACg9QAA8PUAAJAlBADQCgIAkBMCANCKBACAGQIAQAIJAFBkCgDAHAAAcA0AAMCTAQAAbQEA0N4FAIB0AQCAdAEAQNcBAJAuCgAwZgoAcA0AAMBRAgDg5wAAsDsKALC/AwDABwsA0GIEACBjBACwiwAAUIYGAEDXAQCQ1wEAIDUKANAKAgBA1wEAAAAAALCGAACwiwAAAIwAAAAyCgBA1wEAkNcBAODXAQAw2AEAgNgBANAWAAAgFwAAoAsJAPALCQBwDQAAkCQAAKCaAQDwmgEAQJsBALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUKMCAMCCAwBgzQkAsM0JAADOCQBQzgkAoM4JAPDOCQBAzwkAkM8JADDSBwCA0gcA0IoEACCLBABwiwQAQNcBAJA4CgCw0AsAADIKAEDXAQCgbwQA8G8EAEBwBADwDQwAQA4MACCAAACAuQcAQNcBAJAkCgDQVAgAsGcBAABoAQCAGQIAcA0AAICgAgBQqAIAoKgCAGDJCACwyQgAwBwAABAdAABgHQAAsB0AAAAeAABwKwUAQNcBAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAkHcMAJDXAQAgNQoA0AoCAEDXAQCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwBwDQAAwBwAABAdAABgHQAAsB0AAAAeAABwKwUAwCsFABAdAABg2wAAEIQCAMAcAAAQHQAAYNsAABCEAgBQEQ0AoBENABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAsPgBANAKAgCQEwIA4BMCAABxDABwDQAAwBwAAKCHCgBQFwIAkPoGAOD6BgBA1wEAUGQKAMAcAAAQHQAAYB0AALAdAADgpgAAACsCACDnBwAwZgoA0PUHAHANAADAHAAAsPgBAFCGBgDQCgIAAHsMAECBAgDQJwgAICgIABACAgAgMwwAAIwAAGDbAAAQhAIAEAICANAWAACwiwAAcEQAADDKAADQ3gUA0AoCAAArAgBQKwIAAIwAAGDbAAAQhAIAUBENAKARDQDw4AsAQOELAJDhCwAAAAAAAAAAALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAgKACAFCjAgDAggMAEIMDAGCDAwCwgwMAAIQDAFCEAwCghAMA8IQDAECFAwCQhQMA4IUDADCGAwCAhgMA0IYDACCHAwBwhwMAwAcLALBcDAAQRQAAoEwJAPBMCQBQhgYAUAAAANBUCACwZwEAAGgBAHBEAABA1wEAsIYAANAKAgCAdAEAgKACAMAIAAAg5wcAcOcHAMDnBwCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQAQEMJAJBDCQDgQwkAwAcLALBcDAAQRQAAQAMDABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAOApCgCghgYAsIsAAGAIAQCwCAEAQAMDABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAOApCgCghgYAsIsAAGAIAQCwCAEAAAkBAEDXAQAw0gcA8JwJAECdCQDQFgAAEOgCAABoAQCA4gEAsIsAAACMAABgCAEA0IgBAFBIAwDAkwEAAG0BANDeBQBw4gcAQNcBAOApCgCwiwAA0BYAABDoAgCwiwAAUIYGAEDXAQAwygAAIOcHALBnAQCQYwIAkHcMAMAHCwDQYgQAADIKALBnAQAAaAEAgOIBAEDXAQDABwsAECYLAFCHCgCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQAQEMJAJBDCQDgQwkAwAcLALBcDAAQRQAAQAMDABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAOApCgCghgYAsIsAAGAIAQCwCAEA4CkKAFCeDACgngwA8J4MAECfDACQnwwA4J8MAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBABQIQcA0N4FAOCmAAAAKwIAUCsCAACMAACQEwIAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAJB7AwAQMQoAYDEKALAxCgCQoQoAIOcHALBnAQCQYwIAkHcMAJDXAQDgJAAAcEQAAOCmAAAg5wcAsGcBAABoAQCA4gEAQNcBAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAACQOAoAwPcLALBnAQBA1wEAQIECANAnCAAgKAgAoPEJAABtAQDQ3gUAsGcBAJBjAgCQdwwA0BYAACAXAAAQMAEAkCQAACA1CgBwNQoAwDUKABA2CgCgzQoAAIwAAGDbAAAQhAIAMJIBAJD+BwDg/gcAMP8HAID/BwDQ/wcAIAAIAAAAAACQlQIA4JUCAFDTCQCg0wkAcBcAAHBdBQDAXQUAcBMJAMATCQAQFAkAkNcBABBhBwBgYQcAsGEHANDeBQDQCgIAQNcBAOApCgAwKgoA0AoCAJATAgBQTgIAcEQAAKAIAgDQCgIAoEwJAPBMCQBATQkAkE0JAOBNCQAAAAAAQIECAJCBAgDwOgIAAAAAANAKAgDwnAkAQJ0JAAAAAABQhgYAEFIHAGBSBwCwUgcAAFMHAFBTBwCQfAcA4HwHADB9BwCAfQcA4KYAAAArAgBQKwIAcEQAANAWAAAgFwAAEDABAJAkAAAgNQoAcDUKAMA1CgAQNgoAoM0KAACMAABg2wAAEIQCABACAgAgTAwAwA0AAJB3BwCQ1AkAEGEHAIA4CwAwLQIAQNcBAJA4CgCAQwUAQIECAJCBAgDggQIA8KIDAFCGBgBA1wEA4CkKABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAKBMCQDwTAkAQIECALBnAQDQCgIAAKMHAHDiBwBgCAEAUJAGANAWAAAwygAA0N4FANAKAgAAKwIAMAIKAABoAQCA4gEAQNcBAKBvBADwbwQAQHAEAPANDABADgwAkA4MAOAODAAwDwwAgA8MAEDXAQAw0gcA8JwJAECdCQCQnQkA4J0JADCeCQCAngkAUGQKAPCfCwDQYgQAoEYKAIAZAgBAAgkAgOIBAEDXAQBQpgkAgN8JANDfCQCgTAkAsGcBAHDlBADARAAAEEUAAHDACwBA1wEAUNMJAKDTCQDw0wkAQNQJADDSBwDwnAkAQJ0JANAWAAAQ6AIAAGgBAIDiAQBA1wEA0N4FANAKAgBA1wEAYAgBANCIAQBQSAMA8C0AAACpAQCAeAIAkCQAABBhBwCA4gEAsIYAANAKAgCQEwIA0AoCAJATAgDQigQAgBkCAEACCQDgKQoAEFIHAGBSBwCwUgcAAFMHAFBTBwAwkQcAkCQKAIAzAQDQMwEAQIECALBnAQBQhgYAsIsAANDeBQDQ3gUAcEQAAIB0AQCQdwwAcA0AAMCTAQBA1wEA4CkKABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAFDTCQCg0wkA8NMJAEDUCQCQ1AkA4NQJADDVCQCA1QkA4CkKABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAKBMCQDwTAkAUIYGAFAAAADQVAgAsGcBAABoAQAwfwUAgH8FANB/BQAggAUAcIAFAMCABQAQgQUAYIEFALCBBQAAggUAsGcBANB/AADg4QYAQNcBAMAHCwDgpgAAUAAAAICgAgBA3AsAQNcBAICDCwDwXQwAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEAODnAAAAAAAAsL8DABDLCwAgNQoA0AoCAHBEAABA/AQAQIECANAnCABA0wUAADIKAEDXAQAw0gcAgNIHANDSBwAg0wcAcNMHAMDTBwBA1wEAUKYJAFCjAgDAggMAEIMDAGCDAwCwgwMAAIQDAFCEAwCghAMA8IQDAECFAwCQhQMA4IUDADCGAwCAhgMA0IYDACCHAwBwhwMAkHsDADB/BQCAfwUA0H8FACCABQBwgAUAwIAFABCBBQBggQUAsIEFAACCBQBQqAIAoKgCAOAeBgCAgwsAsIsAALA/AQCAXAoAUEgDAMBRAgBA/AQAAGgBAIDiAQBA1wEA4CkKABBSBwBgCAEAcHcEALBnAQBQIQcAoCEHAPAhBwBAIgcAkCIHAOAiBwAwIwcAgCMHANAjBwAgJAcAcCQHAMAkBwAQJQcAYCUHALAlBwAAJgcAUCYHAKAmBwDQCgIAkBMCAOATAgAAcQwAcA0AAMAcAAAwkgEAcEQAAOCmAABQAAAAgKACAAAAAACAdAEAcA0AAICgAgAAAAAAsIYAAACHAAAQ6AIAwMoBAICgAgAAAAAAkOsBAIB0AQCQdwwAwAcLABAmCwBQhwoAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEAEBDCQCQQwkA4EMJAMAHCwDgpgAAUAAAAICgAgAAAAAAgHQBAHANAACAoAIAAAAAAFBkCgDAkwEAEJQBAICgAgAAAAAA0BYAANAWAACwiwAAMH8FAHBEAABA/AQA0N4FAHDiBwBA1wEAMNIHAIDSBwDQ0gcAINMHAHDTBwDA0wcAAAAAAHBEAABwRAAAUAAAAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCA3AwA0FQIACBVCABwVQgA4OcAALA3BAAwZgoAcA0AAMBRAgBQ/woAMNIHAIDSBwDQigQAIIsEAHCLBABA1wEA4CkKAKCGBgAQGwwAYBsMAJDrAQDQfwAAMJcBAMAcAABQZAoAwBwAABAdAABgHQAAsB0AAAAeAABQHgAAkDgKAIAZAgCwhgAAgHQBAFCGBgBA1wEAUNMJAKDTCQDw0wkAQNQJAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBABAQwkAkEMJAOBDCQDQCgIAkBMCAOATAgAAcQwAcA0AAMAcAACwiwAAAIwAAGDbAAAQhAIAsIsAAACMAABg2wAAMDsIAIA7CABwFwAAAAAAAAAAAAAAAAAAkJUCAOCVAgAwmwIA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCALAMA0CwDAFCCBQCgggUA8IIFAECDBQCQgwUA4IMFAAAAAAAAAAAAkJUCAOCVAgAwmwIA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCALAMA0CwDAFCCBQCgggUA8IIFAECDBQCQgwUA4IMFADDKAACwZwEAAGgBALCLAAAAjAAAYNsAABCEAgAAAAAAAAAAAAAAAAAAAAAAAAAAANAWAACwiwAAcEQAABACAgBgOQwAsDkMAIB4AgCgKgMA8CoDAEArAwCQKwMAcAsMAMALDAAQDAwAYAwMALAMDAAADQwAUA0MAKANDABQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDAMB1CwDQ3gUAcA0AAEDXAQCgTAkAAIwAAGDbAAAQhAIAAAAAAAAAAAAAAAAAQAIJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAMEIBAAAAAAAAAAAAAAAAALA/AQCAXAoA0N4FAHDiBwBA1wEAMNIHAIDSBwDQ0gcAINMHAHDTBwAAAAAAsIsAAACMAACQ6wEAsGcBAABoAQAwLQIAUJ4MAACHAACA4gEAcA0AABBtAACAuwAAkCQAAJDrAQDQfwAAgLsAAEDXAQCQOAoAkOsBAIDiAQAAuwgAQNMFAJB3DAAg5wcA0BYAALCLAACwPwEAgFwKAAAAAADQFgAAQNcBADDSBwCA0gcAIOcHALCGAABwDQAAEG0AADBgBgBwDQAAwJMBAABtAQDQ3gUAcOIHALCLAAAw0gcAAHsMAHCZCgAQYQcAsIYAAHBEAADQfwAAgBkCAAAAAADQ3gUAQNcBADDSBwCA0gcAUE4CAKBOAgBwDQAAEG0AADBgBgDQFgAAIBcAAICgAgCQPwgA4D8IADBACACAQAgA0EAIACBBCABwQQgAwEEIABBCCABgQggAsEIIALCLAAAwfwUAgH8FANB/BQAggAUAcIAFAMCABQAQgQUAYIEFALCBBQAAggUAkNcBAODXAQAw2AEAgNgBAJCbAQBQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDAFCoAgCgqAIAYMkIALDJCAAAyggAUMoIAKDKCADwyggAkNcBABBhBwBgYQcAsGEHANDeBQDQCgIAQNcBAOApCgAwKgoA0AoCAJATAgBQTgIAcEQAAKAIAgDQCgIA4DsHACALAgCAGQIAQPwEANDeBQBw4gcAUBcCAODhBgCQdwwAAIwAAGDbAAAQhAIA0N4FANDeBQCAdAEAQNcBAMAHCwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcAcEQAAEDXAQAwygAAIOcHALBnAQCQYwIAkHcMADDKAACA9gEAsGcBAHDlBABA/AQAAGgBAIDiAQBA1wEAkNcBACA1CgDQCgIAQNcBAJA4CgCw0AsAANELANDeBQAg3wUAcN8FAMDfBQBA1wEAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAwLAMAUKYJAIDfCQDQ3wkAUNMJAKDTCQDw0wkAQNQJAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAkHcMACD3AQBw9wEAMNIHAIDSBwAAAAAAsIYAALCLAABwDQAAwFECAEDXAQDABwsAQPwEAJD8BADg/AQAUIYGAEDXAQDQ3gUA0PUHAHBEAABA1wEAkDgKAJAkAABwRAAAQAIJAHAICgDQFgAAsIsAALA/AQCAoAIAIKYCAED8BACQ/AQA4PwEADD9BACA/QQA0P0EABCSCACQOAoA8DYLAAAAAACwhgAAsGcBANAKAgAAewwAAGgBAIDiAQBA1wEAkDgKAIBDBQCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCQdwwAAIwAAGDbAAAQhAIA4OYLAED8BACQ/AQA4PwEADD9BACA/QQA0P0EANCBCAAggggAcIIIAMCCCAAQgwgAYIMIALCDCAAAhAgAUIQIAKCECADwhAgA4OcAADDKAACA9gEAsGcBAHDlBADA4wEA0AoCAJATAgDQigQAgBkCAEACCQDwNgsAAAAAALCGAACwZwEA0AoCAJATAgAgogEAUIYGAJDrAQDgpgAAQNcBAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDANDeBQCQ6wEAcEQAANB/AACwZwEAAGgBAEDXAQAgogEAUIYGAJDrAQDgpgAAQNcBAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAEDXAQCgTAkAINkLAABAAQBQQAEAgGsKANBrCgAgbAoAcGwKAMBsCgAwygAAIOcHAHADCgDQFgAAQNcBAMAHCwDQYgQAADIKALBnAQAAaAEAgOIBAEDXAQDABwsAECYLAFCHCgCgbwQA8G8EAEBwBACQcAQA4HAEADBxBABwDQAAQNcBAKBvBADwbwQAYM0JALDNCQAAzgkAUM4JAKDOCQDwzgkAQM8JAJDPCQDgzwkAMNAJAJA4CgDwNgsAAAAAALCGAACwZwEA0AoCAJATAgDQmQQAQNcBAJDXAQDQCgIAAKMHAGAIAQBA1wEAwAcLALBcDAAQRQAAsIYAAACHAABQzQoAoM0KAACMAACAdAEAADIKALBnAQAAaAEAgOIBAEDXAQDgKQoAoIYGABAbDABgGwwAkOsBANB/AAAwlwEAwBwAAJA4CgDwNgsAAAAAALCGAACwZwEA0AoCAJATAgCQOAoAgEMFADDSBwCA0gcAcA0AAMANAADQ9QcA0AoCAOCmAACwiwAAkNcBANAKAgAAowcAYAgBAEDXAQBQpgkAcOUEAHANAABA1wEAkCQKAIAzAQAAewwA8J0DAHB3BADwOgIAADIKAEDXAQCQ1wEA4NcBACCAAACAuQcAoAgCANAKAgAAMgoAQNcBANDeBQDQCgIAQNcBAFBkCgDADQAA0PUHANAKAgDgpgAAsIsAAHBEAADQfwAAMGAGAFCGBgDQCgIAAHsMAABoAQCQJAAAIDUKAEDXAQCgTAkA8EwJAEBNCQAQMAEAkCQAACA1CgBwNQoAwDUKABA2CgDQfwAAsGcBALD4AQDQfwAAgOgKADD+CACA/ggAAGgBACCACgDQYgQAoEYKAMA4AgBwDQAAgHQBANB/AACAGQIAQAIJAJAuCgAwZgoAcA0AAMBRAgBA1wEAUNMJAFAXAgCgFwIA8BcCAHAXAABwXQUAwF0FAHATCQDAEwkAEBQJAGAUCQCwFAkAABUJAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AAGAIAQDQiAEAUEgDAJDrAQCw6QsAIOcHANB/AABAgQIAsGcBAABoAQAQCAsAkAIJAOACCQAwAwkAgAMJANADCQAgBAkAcAQJAMAECQAQBQkAYAUJALAFCQAABgkAUAYJADAqCgAAsgcAULIHAKCyBwCwhgAAUIYGADDSBwCA0gcA0IoEADBgBgBA1wEAsIYAAFCGBgAAAAAA0N4FAEDXAQDABwsAQPwEAJD8BADg/AQAMP0EAID9BAAg5wcAUAAAALD4AQDQFgAAsIsAAHBEAAAwygAA0N4FANAKAgAAKwIAsPgBAIDiAQAAuwgAULsIAKC7CADwuwgAQLwIAJC8CACQEwIAcA0AAMCTAQDAHAAAcA0AAICgAgCA4gEAALsIAFC7CACguwgA8LsIAEC8CACQvAgA4LwIADC9CACAvQgA0L0IACC+CACQ1wEAIDUKANAKAgDQ3gUA0AoCAEDXAQBQZAoAwBwAABAdAABgHQAAsGcBAOCmAACwiwAAUNMJAKDTCQDw0wkAQNQJAAArAgCgcAgAIBcAADDKAAAg5wcAMGYKAHANAADAUQIAQAIJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAQXgUAYF4FALBeBQAAXwUAUF8FAKBfBQCQOAoAMGAGAFCGBgDQCgIAkBMCAHANAADAkwEAQNcBAJDXAQAgNQoAcDUKAMA1CgAg3wUAcN8FAMDfBQBA1wEAwAcLAOCmAABQAAAAQNcBAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQLAMAIC0DAHAtAwDQfwAAsGcBALCLAAAAjAAAYNsAABCEAgAwkgEAkP4HAOD+BwAw/wcAgP8HAND/BwAgAAgAsIsAAGAIAQBQAAAA0FQIANAKAgAgCwIA8DoCAAAyCgBA1wEAkNcBAODXAQAw2AEAcBIKAMASCgBQpgkAoKYJAPCmCQBQ0wkAUBcCAKAXAgDwFwIAMNIHAIDSBwBwDQAAwA0AAIB0AQCwhgAAcEQAAED8BADQ3gUAUIYGALCLAADQFgAAUBcCAKAXAgDwFwIAUNMJAKDTCQDQCgIAQNcBAFBkCgDAHAAAEB0AAGAdAADQFgAAUBcCAKAXAgDwFwIAkCQKAIAzAQDQMwEAQIECALBnAQBQhgYAsIsAAOCmAAAg5wcAQNcBAJAuCgAwZgoAcA0AAMBRAgBA1wEAUKYJAIDfCQDQ3wkAACsCAKBwCAAgFwAAMMoAANDeBQDwWQsAsIYAAFAAAABA1wEAkNcBAODXAQAw2AEAcBIKAMASCgCA2AEAEOgCANDeBQAQAgIAYDkMACDnBwDQfwAAsNALANAWAACwiwAAQNMFAHANAAAQAgIAQEUMAJBFDADQCgIAkBMCAHANAADADQAAgHQBAECBAgDQJwgAUIYGAKCGBgAwYAYAUIYGANAKAgCQEwIAcA0AAMCTAQDAHAAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAICgAgBQqAIAUBcCAKAXAgDwFwIAoOgIAPDoCABA6QgAkOkIAODpCAAw6ggAgOoIANDqCAAg6wgAcOsIAMDrCAAQ7AgAYOwIALDsCAAA7QgAUO0IAKDtCADw7QgAQNcBAMB1CwCwOwoAwA0AAJB3BwDgdwcAMHgHAIB4BwBQIAgAEDIJAGAyCQCwMgkAcAgKAGDbAAAQhAIAoEwJAHANAADAUQIAEFICAJDrAQCAdAEA8KIDAFBIAwBQ7wEAQNcBAJA4CgCAQwUAUNMJALCLAAAwygAAQNcBAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAICgAgAwkgEAkP4HAOD+BwAw/wcAgP8HAND/BwAgAAgAcAAIAMAACABQBwgAAAAAAAAAAAAAAAAA4A0IADAOCACADggA0A4IACAPCABwDwgAwA8IABAQCAAAAAAAAAAAAGAQCACwEAgAABEIANCaAwCgrwUA8K8FAJDXAQAgNQoAcDUKAMA1CgCAoAIAkHsDAOB7AwAQBg0AYAYNALAGDQAABw0A0H8AAJDrAQCAdAEAkHcMAJDXAQAQYQcAYGEHALBhBwBQ0wkAoNMJAPDTCQBA1AkAkNQJAODUCQAw1QkAgNUJALCLAADQFgAAIBcAALCLAADQFgAA0BYAACAXAACwiwAA0BYAAHBEAACAoAIAUKgCAKCoAgBgyQgAsMkIAADKCABQyggAoMoIAPDKCACQ1wEAEGEHAGBhBwCwYQcA0N4FANAKAgBA1wEA4CkKADAqCgDQCgIAkBMCAFBOAgBwRAAAoAgCANAKAgAAMgoAQNcBAICDCwCAoAIAAAAAAEDXAQCQ6wEA4OsBAJAkAACQJAAA4CQAAACMAAAAewwAAGgBAIDiAQBA1wEAwAcLAED8BACQ/AQA4PwEAFCGBgBA1wEA0N4FAND1BwBwRAAAQNcBAJA4CgCQJAAAcEQAAEACCQBwCAoAUIYGAFCeDACAdAEAkHcMANAWAAAgFwAAEDABAJAkAAAgNQoAcDUKAMA1CgAQNgoAoM0KAACMAABg2wAAEIQCAFCoAgCgqAIAYMkIAGAIAQCwCAEA8GAJAEBhCQCQYQkA4GEJAFDTCQBQFwIAoBcCAPAXAgBQhgYAUKgCAKCoAgBgyQgAYAgBALAIAQDwYAkAQGEJAJBhCQDgYQkAUNMJAFAXAgCgFwIA8BcCAFCGBgBgCAEAsAgBAPBgCQBAYQkAkGEJAOBhCQCQJAoA4CQKACCAAAAAKwIAsJUFAIDoCgAAuwgAgHQBANB0AQAgFAMAcBQDAEDXAQCwhgAA0AoCAIB0AQAw0gcAgNIHAHANAADADQAAgHQBAECBAgDQJwgAUKYJAPCdAwBAngMAkJ4DAOCeAwAwnwMAQNcBAKBMCQDwTAkAcEQAANBiBAAAMgoAQNcBAJDXAQAgNQoA0AoCAEDXAQCQJAoA4CQKACCAAAAAKwIAsJUFAIDoCgAAuwgAIPcBAHD3AQCQ6wEA4OsBADDsAQCA7AEAkNcBACA1CgBwNQoAwDUKABA2CgBQpgkAcOUEAMDlBABQpgkAoKYJAPCmCQBApwkAgEMFAJAkCgDgJAoAIIAAAAArAgCwlQUAgOgKAAC7CAAQAgIAIKIBAHANAADADQAAYAgBAHB3BACAGQIA4KYAACDnBwCwZwEAAGgBAIDiAQBA1wEAkCQKAOAkCgAggAAAACsCALCVBQCA6AoAALsIAJDXAQAgNQoA0AoCAEDXAQAA/wAAUMMKAIDcDADQ3AwAUNMJAKDTCQDw0wkAQNQJAJAkCgCAMwEAkBMCAOATAgAQYQcAcHoLALCLAABQhgYAQNcBADDKAACwZwEAcOUEAMBEAABA1wEAAAAAAEDXAQDQ3gUA0AoCAEDXAQDwbQsAAAAAAEDXAQDQ3gUA0AoCAEDXAQDwbQsAQG4LAJA4CgCAQwUA4CkKALCLAABQAAAAkDsHABDVCwBg1QsAsIsAANAWAADgpgAAsIYAAACHAABwRAAAQPwEAJD8BADg/AQAsIsAAACMAABg2wAAEIQCAIB0AQDQdAEAIBQDAHAUAwBA1wEAUGQKAKBkCgDgpgAAIOcHAEDXAQCQ1wEAEGEHAGBhBwCwYQcAgIMLANCDCwCA4gEAALsIAGAIAQBA1wEAsGcBAABoAQBA1wEAkDgKALDQCwAAMgoAQNcBANDeBQCQJAAAQNcBAMAHCwCwXAwAEEUAAGBFAADADQAA0PUHANAKAgDgpgAAsIsAAIB0AQDQdAEA4KYAAJCLAgDQ1QkAINYJAAAyCgBA1wEAUKYJAKCmCQDAvwwAEMAMAGDADACwwAwAAMEMAJB3DABQhgYAQNcBAIDiAQAAuwgAYAgBAMAHCwCwXAwAEEUAAIDiAQAAuwgAYAgBAHANAABA1wEAkDgKAECBAgCQgQIAsGcBAJBjAgDQfwAAkOsBAIB0AQDgKQoA0AoCAAB7DABAgQIA0CcIACAoCABA1wEAkNcBACA1CgBwNQoAwDUKABA2CgCQ1wEAIDUKANAKAgBA1wEAIKIBAFCGBgCQ6wEA4KYAADAzCwAgFwAAEDABAJAkAAAgNQoAcDUKAMA1CgAQNgoAoM0KALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgpgAAMKcAAFBEAgCgRAIA8EQCAFCGBgCwiwAAkCQAAJAkAAAgNQoAcDUKAMA1CgAQNgoAoM0KAACMAABg2wAAEIQCAOA4CgBwRAAAQPwEAHCZCgCgmgEAIIAAAIC5BwCwhgAA0AoCAMAHCwAQJgsAUIcKAJDXAQAQYQcAgDgLADAtAgCAQAMA0EADACBBAwBwQQMAwEEDABBCAwBgQgMAsEIDAJDrAQCw6QsAMNIHAIDSBwBwDQAAwA0AAIB0AQBAgQIA0CcIAFCGBgCAoAIA0BYAACAXAAAQMAEAwO0BADBECQCARAkA0EQJACBFCQDg4QYAMOIGAIDiBgDABwsAECYLAFCHCgCwhgAAAIcAAFDNCgCgzQoA8M0KAEDOCgCQzgoA4M4KADDPCgCAzwoAkNcBAABxDAAAhwAAUBkKAHBEAABA/AQA0N4FAHDiBwBwRAAAQAIJANAWAABwDQAAAG0BANDeBQBw4gcAUEgDAKBIAwAw0gcAgNIHAAAAAACwhgAAsGcBANAKAgCQEwIA4CkKANAKAgAAewwAQIECANAnCABA1wEAwHULAMDjAQAQ5AEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCAoAIAMNIHAIDSBwAAAAAAsIYAALBnAQDQCgIAkBMCANCZBABA1wEAYAgBALAIAQDwYAkAQGEJAJBhCQDgYQkAkCQKAIAzAQDQMwEAQIECALBnAQBQhgYAsIsAAHANAABA1wEAkCQKAOAkCgAggAAAACsCALCVBQCA6AoAALsIAHANAABQAAAAkDsHADB/BQCQJAAAoJoBAPCaAQBAmwEAgIMLAHANAADAUQIAQAIJAJACCQBQkAYAsD8BAIBcCgCAoAIAgOIBAGAIAQBQkAYA0BYAAHBEAADQfwAAgBkCAED8BADQ3gUAcOIHAEDXAQCQ1wEA4NcBAIC7AACAdAEAcA0AAMAcAADw9gkAMP4IAJDrAQAgcQUAgBkCANB/AADg4QYAQNcBAKBMCQAAjAAAYNsAABCEAgDg4QYAgKACAAArAgAwAgoAgAIKANACCgAgAwoAsGcBAJBjAgDgYwIAMGQCALCLAADQfwAAwPcLAEDXAQDQ3gUA0PUHAHBEAABA1wEA0N4FAJAkAABA1wEAYAgBAFCQBgCgkAYAsAgBANAKAgAAjAAAYAgBANCIAQAgiQEAUBcCAJD6BgBAAgkAUIYGAEDXAQCQ6wEAADIKAEDXAQCQOAoAsNALACAXAAAQMAEAwEQAABBFAABwwAsAQNcBAJAkCgCAMwEA0DMBALBZCgAAWgoAUFoKAIDiAQDQ4gEA0N4FAPBZCwBwEgoAwBIKAJDKCQDgygkAQNcBAJDXAQDg1wEAgP0JAND9CQAg/gkAcP4JAMD+CQAQ/wkAYP8JALD/CQCQJAoA4CQKAPA6AgCg8QkAwBwAAKBMCQAAjAAAYNsAABCEAgDgpgAAkIsCAMB+DACA4gEAIOcHAHDnBwBQpgkAoKYJAPCmCQDQsgkAILMJAABdDACQEwIA0IoEADBgBgBA1wEAAAAAAFAeCgBA1wEAIOcHANB/AACw0AsAUIYGAIB0AQCQdwwAUIYGAKBMCQAg2QsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAEAICAICgAgBQAAAAoAAAANDDAgAgxAIAcMQCAKDuAgDw7gIAQO8CAJDvAgDg7wIAkDgKAIAZAgCQOAoAgBkCAAAAAADwKAoAQNcBAFCGBgCwsQcAgHMMANBzDAAgdAwAcHQMAICgAgCQ6wEAADIKAHBEAABAAgkAUKMCACDnBwDQfwAA8DoCACDnBwDQfwAAMJcBAEDXAQCQ1wEA4NcBADDYAQCA2AEAAIwAAGDbAAAQhAIAAAAAANAWAABwRAAA0H8AAMDKAQBA1wEAoEwJAACMAABg2wAAEIQCANDeBQDQ9QcAAIcAAFDNCgDgKQoAsIsAAHBEAABAAgkAMH8FAHBEAABAAgkA0H8AAPA6AgCQEwIA4CkKALCLAABwRAAAQAIJADB/BQBwRAAAQAIJAHANAAAAbQEAUG0BAKBtAQDwbQEAAAAKAFAACgBA1wEAkOsBAAAyCgBA1wEAUGQKAABtAQBQbQEAoG0BAPBtAQBQAAAAgDMBANAzAQBgCAEA0IgBAFBIAwDAHAAAEB0AAJATAgAgogEA4KcEADB/BQBwRAAAQPwEANDeBQBgCAEAcHcEALBnAQAAaAEAIAsCACCAAACwiwAAkOsBANB/AAAggAAAACsCAEDXAQDAdQsAYAgBALAIAQBwDQAAwFECAEDXAQAw0gcAgNIHAFBOAgCAjgoA0BYAAHBEAABA1wEAoG8EAJCLAgDQ1QkAINYJAHDWCQCAdAEA0H8AADCXAQDAUQIAsL8DAJAkCgCAMwEA0DMBALBZCgAAWgoAUFoKAKBaCgBA1wEAoG8EAPBvBABQpAsAoKQLAPCkCwBApQsAkKULAOClCwBA1wEAMMoAALBnAQBw5QQAwEQAAEDXAQCgTAkAINkLAIBcCgDQXAoAwOUEAKBvBADwbwQA8OALAOCmAACwiwAAcA0AAMCTAQAQAgIAIDMMAHAzDACAXAoA0FwKALBnAQBw5QQAQAIJAFCGBgBA1wEAMMoAALBnAQBw5QQAwEQAAEDXAQCgbwQA8G8EAPDgCwBA4QsAsIYAAJDrAQBwRAAAQAIJADBwCgCAcAoAAPAKAJAkAACgmgEA8JoBAECbAQBwDQAA4GAKADBhCgCAYQoA0GEKACBiCgDQ3gUA0N4FAPBZCwDABwsAQPwEAJD8BADg/AQAUIYGAEDXAQDQ3gUA0PUHAHBEAABA1wEAUKYJAKCmCQDQ3gUAkCQAALCLAABQhgYAsIsAAFCGBgBA1wEAwAcLAED8BACQ/AQA4PwEADD9BACA/QQA0P0EABCSCADgagoAMGsKAHANAADAUQIAwAcLAED8BACQ/AQA4PwEAFCGBgBA1wEA0N4FAND1BwBwRAAAQNcBAFCmCQCgpgkAIKYCADDRCABgCAsA0HAKACBxCgBwcQoAwHEKABByCgBgcgoAsHIKAABzCgBQcwoAoHMKAJB+CgDgfgoAMH8KAIB/CgAgpgIAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAEJIIALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCQOAoAkCQAAHBEAABAAgkAcAgKAMAHCwAQJgsAUIcKAJDrAQCw6QsAkDgKALDQCwAA0QsAUKYJAKCmCQDAvwwAEMAMAGDADACw0AsA4KYAALCLAADQ3gUAkCQAAEDXAQCgTAkAAIwAAGDbAAAQhAIAQNcBAFDTCQCg0wkA8NMJAEDUCQAQ7gEAINkLAIBcCgBQSAMAoEwJACDZCwCAXAoAUEgDAFDTCQCg0wkAcBcAAKBMCQAAjAAAYNsAABCEAgAAjAAAYNsAABCEAgCwiwAAsGcBAECBAgDQJwgAQNcBALCGAAAAhwAAMLUBAIC1AQDQtQEAILYBAHC2AQDAtgEAELcBAGC3AQCQjQoA4I0KADCOCgBA1wEAsIYAAACHAAAwygAAgPYBAND2AQBAAgkAUIYGAEDXAQCgTAkAINkLAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAJAkAADgJAAAAIwAAGDbAAAQhAIAgOIBANDiAQBQhgYAQNcBAFDTCQCg0wkA8NMJAEDUCQAQ7gEAINkLANDYAQAg2QEAcNkBAMDZAQBA1wEAUGQKAKBkCgDgpgAA4KYAALCLAABwDQAAMMoAAID2AQAwlwEAQNcBAFDTCQCg0wkA8NMJAEDUCQAQ7gEAINkLANDYAQAg2QEAcNkBAMDZAQAQ2gEAINkLAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBABDoAgAAAAAA0BYAABDoAgBg6AIAwAcLABAmCwBQhwoAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQA4CkKADAqCgAAsgcA0N4FACDfBQBw3wUAkCQKALBnAQAAaAEAUGQKAPCfCwBAoAsA8DoCADDSBwCA0gcA0IoEACCLBACgZAoA4KYAAOCmAACwiwAAsIsAAJDrAQCw6QsAkDgKAJDrAQCAdAEAMNIHAIDSBwDQigQAMGAGAEDXAQCQJAoAgDMBANAzAQCQPAsA4DwLADA9CwCAPQsA0D0LANDeBQCQJAAAQNcBALCGAAAAhwAAUM0KAKDNCgDwzQoAQM4KAJDOCgDgzgoAUNMJAJDNAQBgIAIAQPwEALCLAABwDQAAQNcBANDeBQCQJAAAQNcBALCGAAAAhwAAUM0KAKDNCgDwzQoAQM4KAJDOCgDgzgoAUNMJAJDNAQBgIAIA0BYAACAXAADgHgYAsIsAAHBEAABgEQIAsBECAAASAgAA/wAAQNcBANDeBQCQ6wEAIKIBAOCnBAAwfwUAcEQAAEDXAQCQLgoA4C4KADAvCgCALwoAUNMJAKDTCQBwFwAAkDgKAIAZAgDQGQIAIBoCAHAaAgDAGgIAEBsCAGAbAgBQhgYAsIsAAJAkAAAQYQcAgDgLALCLAABQhgYAQNcBAGAIAQBQkAYAcEQAAMBEAAAwZgoAUIYGAEDXAQCQdwwAUIYGAEDXAQCAWAkA0N4FACDfBQBwRAAAQPwEANDeBQBw4gcAgKACALCGAAAAhwAAMMoAAIDKAAAgCwIAwPcLAODnAADgyAEAgFgJANBYCQDQ3gUAcOIHAEDXAQCQOAoAgEMFAIBYCQDQFgAAIBcAAOAeBgCwiwAAgFgJANBYCQBAgQIAkIECAOCBAgAwggIAUKYJAKCmCQBQaAEA0N4FAPBZCwBQKwIAMMoAALBnAQBw5QQAwEQAANBiBADwnAkAcEQAAMBEAAAAMgoAIPcBAHD3AQDA9wEAEPgBAGD4AQCQ1wEA4NcBAODhBgBwDQAAUNMJABDoAgCQOAoA4M0LADDOCwCAzgsA0M4LACDPCwAAaAEAgOIBAICgAgCA4gEAgOIBANAKAgCQEwIAgOIBADD+CACAGQIAQAIJALCLAAAAjAAAYNsAABCEAgBQAAAAcNwIAMDcCABwRAAAEAgLAGAICwDQFQsAIBYLALCyCwAAswsAULMLAKCzCwBwDQAAQNcBAJDXAQDg1wEAMNgBAIDYAQAw0gcAgNIHAHANAADgYAoAgHQBAHBEAABA1wEAUGQKAKBkCgCwsgsAALMLAFCzCwCgswsAUGQKAMAcAADw/woAQAALAJAACwBA1wEA0N4FAMAHCwAQCAsAUAQLAKAECwDwBAsAQAULAJAFCwDgBQsAQNcBANDeBQCAdAEAgHQBAJB3DAAwfwUAcEQAAED8BAAAaAEA8AAAAGC3CwBwDQAAQNcBANB5CwCg/woAAAAAAFD/CgBwRAAAsIYAAFAAAADgpgAAMKcAAFBEAgCgRAIA8EQCAGAIAQCwCAEA8GAJAEBhCQCQYQkA4GEJANB/AADwOgIAUIYGABBSBwAwygAA0BYAAOCmAAAwpwAAUEQCAKBEAgDwRAIAcEQAAEACCQAwcAoAsJ8KAACgCgBQoAoAoKAKAPCgCgBAoQoAwBwAAHANAAAAAAAAAAAAAAAAAACgbwQA8G8EAEBwBAAADgsAUA4LAKAOCwBwDQAAwA0AAIB0AQCQdwwAEAICAIB0AQDQdAEA8CsMAABoAQCQJAAAMMoAAID2AQDwOgIAIDMMAACMAABg2wAAEIQCAFCGBgCwiwAAkOsBAODrAQDABgIA0GIEAKBGCgDwRgoAUGQKAKBkCgCwZwEAcOUEAEACCQAwcAoAgKACAMAHCwAQCAsAYAgLANAVCwAgFgsAcBYLAMAWCwAQFwsAkNcBAODXAQAw2AEAgNgBACDDAwBwwwMAwMMDAEB1CQDwnAkA8G0GABBSBwDQ9QcAcEQAAEDXAQAAAAAAsIsAAACMAABg2wAAsNsAAAAAAAAAAAAAAAAAABAhCwCQ1wEAEGEHAGBhBwCwYQcAMJIBAJAkAACgmgEA8JoBAJCVAgCAoAIAQDILAJAyCwAAuAsAULgLAKAIAgDgMgsAsL8DAFAAAACgAAAA8AAAALC/AwBAMgsAkDILALC/AwBwRAAAoAgCAOAyCwCwvwMAAAAAAEDXAQDABwsAsFwMALBnAQBQSAMAoEgDAPBIAwAQCAsAYAgLANBwCgAgcQoAcHEKAMBxCgAQcgoAYHIKALByCgAAcwoAUHMKAKBzCgCQfgoA4H4KADB/CgCAfwoA0H8KAAArAgAwAgoAUIYGANAWAABQFwIAwPcLAABwAwBQ7wEAoO8BAODnAADgyAEAwKgFAJCLAgDQ1QkAINYJACCAAADQCgIAAKMHAHANAADAkwEAAGgBABDoAgBQSAMAUO8BAHADCgBQhgYAQNcBAFCmCQCgpgkAcEQAAEACCQAwcAoAgHAKACDfBQBw3wUAEFEIAHBEAABgEQIA0N4FAHDiBwBA1wEAUGQKAMAcAADw/woAQAALAJAACwCw+AEA0H8AAODhBgAw4gYAgOIGAKBvBACQiwIA0NUJACDWCQCQ6wEA0H8AACCAAAAAAAAAAAAAAAAAAACQ6wEAsOkLAJAkAAAgNQoA0AoCAJATAgCQOAoA4OEGADDiBgDACAAAEAkAAJAuCgAwZgoAgGYKANB/AACQJAAAcEQAAEACCQBwCAoAQNcBAJA4CgDg4QYAMOIGAMAIAAAQCQAAkC4KADBmCgCAZgoAoEwJANB/AAAggAAAIOcHAMAIAAAQCQAAkC4KADBmCgCAZgoAoEwJANB/AAAggAAAIOcHAMAIAAAQCQAAkC4KADBmCgCAZgoA8KIDAABoAQAAbQEAAGgBAJA7BwAQ1QsAYNULALDVCwAA1gsAAAAAAJDXAQDg1wEAMNgBALBTCwAAVAsAQNcBAMAHCwAQCAsAYAgLAADwCgAAKwIAAAAAAEDXAQDABwsAEAgLAGAICwAA8AoAUGQKAKBkCgCwZwEAcOUEAEACCQAwcAoAkCQKAOAkCgBw/QoAkNcBAODXAQAw2AEAoG8EAJCLAgDgiwIA4KYAALCLAABA0wUAgHQBAJB3DABQhgYA0CQLACAlCwBwJQsAwCULABAmCwBgJgsA4CkKAFCeDACgngwAIAsCAIAZAgBA/AQA0N4FAHDiBwCw+AEAYAgBAHANAAAAAAAAQNcBAMAHCwAQCAsAYAgLAADwCgCQJAoA4CQKAHD9CgCQ1wEA4NcBADDYAQBQZAoAoGQKALBnAQBw5QQAQAIJADBwCgAQAgIAEAICAKBtCwBA1wEAkNcBAODXAQAw2AEAgNgBAKBMCQAAjAAAYNsAABCEAgCQ1wEA0AoCAACjBwBgCAEA0N4FAPBZCwBQpgkAgOIBANAWAAAgFwAA0AoCAJATAgDQmQQAQNcBAODnAACwhgAAAIcAAFAZCgCgGQoA8BkKAEAaCgCQGgoA4BoKACBwCwBwcAsAwHALABBxCwBQ/woAYLIBAMDKAQBwRAAAsIYAANAKAgCQEwIAgIMLAFAAAACgAAAA0MMCACDEAgBwxAIAwMQCAKBMCQAg2QsA0NgBACDZAQBw2QEAwNkBABDaAQAw4gEAQNcBADDSBwDwnAkAoG8EAPBvBABAcAQAUNMJAFAXAgCgFwIAAAAAAICDCwDQgwsA8F0MAJDXAQDg1wEAMNgBAKD2CQCQJAoA4CQKAHD9CgCAoAIAQGMMANAkCwAgJQsAgKACAKBMCQBA0wUAkNMFAMD3CwAAcAMAwBwAAFCGBgCAoAIAsGcBAABoAQCQJAAAIDUKABCEAgCQlQIA4JUCAMAHCwAQCAsAYAgLAADwCgBQ8AoAMNIHAPCcCQBAnQkAkNcBAODXAQAw2AEAcBIKAMASCgCgTAkAAIwAAGDbAAAQhAIAgNgBACDDAwBwwwMAwMMDAAAzCQAg2QsAEAYNAGAGDQCwBg0AAAcNAJAkCgCAdAEAkHcMANB/AAAwlwEAwBwAADDSBwCA0gcA0NIHADAUAgCAgwsAYLIBALCyAQAwkgEAIOcHAHADCgBA0wUAgPYBAPA6AgDQFgAAEOgCAABoAQCA4gEAkJUCAOCVAgDABwsAEAgLAGAICwAA8AoAUPAKADDSBwDwnAkAQJ0JAMBRAgAQUgIAsNALAFCGBgCghgYA8DoCAFCGBgCw+AEA0N4FAND1BwCwiwAAAIwAAGDbAAAQhAIAUKkBAKCpAQCAdAEAkHcMAHBEAABAAgkAwAcLANB/AAAwlwEAQDILALBnAQCQYwIAUIYGAEDXAQCQ1wEA4NcBADDYAQCA2AEAUGQKAKBkCgDgpgAA4KYAALCLAABwDQAAwJMBAJAkAAAAcQwAUB0LAKAdCwDwHQsAQB4LAJAeCwCAgwsA0IMLACCECwDwnwsAwKwLABCtCwBgrQsAsK0LADAfCwCAHwsA0B8LAEDXAQBA1wEAgKACAGAIAQBgCAEAcHcEAPA6AgAAMgoAQNcBAMDKAQAQywEAYMsBALDLAQAAzAEAUMwBANAWAACwiwAAcEQAANCXAQBQhgYAUAAAAJA7BwBQhgYAcEQAANB/AADg4QYAQNcBAMAHCwAQCAsAYAgLAADwCgDwnAkAQJ0JAEDXAQCQ1wEA4NcBADDYAQCA2AEAUGQKAKBkCgDgpgAA4KYAALCLAABwDQAAwJMBAJAkAAAAcQwAAIwAAJATAgAwygAAgPYBADCXAQCwiwAAAIwAAJATAgDABwsAEAgLAGAICwDgpgAAAKkBAFCpAQCgqQEAgHQBAJB3DABwRAAAQAIJAMAHCwAQCAsAYAgLAJA4CgDgzQsAMM4LAIDOCwDQzgsAIM8LAHDPCwDAzwsAENALAICgAgAAAAAAAAAAAJDXAQDg1wEAMNgBAHASCgDAEgoAoEwJAACMAABg2wAAEIQCADCXAQCAlwEA0JcBACCYAQBwmAEAwJgBABCZAQBwDQAAIPcBANAWAABA1wEAoEwJAACMAABg2wAAEIQCAHA5BgDAOQYAEDoGAGA6BgCwOgYAADsGAFA7BgCgOwYA0BYAAFCGBgCwsQcAAGgBAIDiAQCAoAIAoEwJACDZCwBw2QsAwNkLABDaCwBg2gsAcA0AALA/AQDQfwAA0GsFAFAAAACAdAEAkOsBANDeBQDQCgIAACsCAFArAgDAdQsA4PIJADDzCQCA8wkAkMoJAODKCQCwiwAAAIwAAGDbAAAQhAIAcEQAAGARAgCwEQIAABICADDoCgBQhgYAsIsAADDoCgAA/wAAsIsAAACMAABg2wAAsPgBAAD5AQBQ+QEAoPkBAPD5AQCw+AEAkCQAAKCaAQDwmgEAkMoJAODKCQAAAAAAIKYCADDRCABgCAsAsCELAODXAQAw2AEAgNgBACD3AQAg9wEAsIsAANB/AACw0AsA4KYAANAKAgCQEwIA0IoEAIAZAgBA/AQA0N4FAHDiBwCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBABBtAACAGQIAQPwEAFBIAwCQJAAAEGEHALCLAABQhgYAUIYGALCLAABQAAAAkDsHABDVCwBg1QsAsIsAANAWAADgpgAAADIKALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUAAAAFAAAACAdAEA8KIDAOCmAACQiwIAgBkCAED8BADQ3gUAcOIHAOCmAAAAqQEAgHgCAPANDABAAgkAsD8BAFDdCQCg3QkAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBANAWAAAgFwAA4B4GAHBEAADQYgQAoEYKAMA4AgBwDQAAAG0BALCLAADQFgAAcEQAAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUA0AcFACAIBQBwCAUAwAgFABAJBQBgCQUAsAkFALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAQAIJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBwRAAA0H8AALBnAQAAaAEAsIsAAACMAACAdAEA0H8AAIC7AAAAhwAAUBkKACDnBwBwAwoAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAPCiAwAAaAEAEOgCAHDlBABA/AQA0H8AAODhBgDwogMAYC8CANB/AACAGQIAQPwEANDeBQBw4gcAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCAGQIA0H8AANB/AAAggAAAcIAAAMCAAAAQgQAAYIEAANAKAgCQEwIAcA0AAMANAADQ9QcA0AoCAOCmAACwiwAAkCQAAKCaAQDwmgEAkMoJAODKCQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAIDiAQAAuwgAULsIACCiAQBQhgYAkOsBAOCmAADgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAgAcFANAHBQAgCAUAcAgFAMAIBQAQCQUAYAkFALAJBQCwZwEAkGMCAOBjAgAwZAIAgGQCANBkAgAgZQIAcA0AAMBRAgAQUgIAgBkCAEACCQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQCwJwoAACgKALCLAACwPwEAEAYNAGAGDQCwBg0AAAcNAFAHDQCgBw0A8AcNALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBALAnCgAAKAoA4KYAAACpAQBQqQEAoKkBAIB0AQCQdwwAcEQAAED8BADQ3gUAcOIHALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBALAnCgAAKAoAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EAGB8CgCwfAoAAH0KAFB9CgCgfQoA8H0KAEB+CgDgQQEAsCcKAAAoCgCwhgAAAIcAAFAZCgAg5wcAcAMKADB/BQAAKwIAUCsCAFCGBgCwsQcA0N4FALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBALAnCgAAKAoAcA0AAFBSAwCgUgMAkHcMALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAsCcKAAAoCgAAcAMAUHADAKBwAwDwcAMAQHEDAJBxAwDgcQMAMHIDAIByAwDQcgMAIHMDAOBBAQCwJwoAACgKAJAkAACAdAEAADIKADDKAACA9gEAADIKAHANAABQUgMAoFIDAJB3DACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBALAnCgAAKAoAgHcDANB3AwAgeAMAcHgDAICgAgDARAAA0AoCAACjBwAwygAAQNcBAKBMCQAg2QsA0NgBACDZAQBw2QEAwNkBABDaAQAAAAAAQNcBADDSBwCA0gcAUE4CAICOCgDQjgoAII8KAHCPCgBQZAoAMDMLAIAzCwDQMwsAIDQLAHA0CwDANAsAUGQKADAzCwCAMwsA0DMLACA0CwBwNAsAwDQLAKBMCQAg2QsA0NgBACDZAQBw2QEAwNkBABDaAQCAgwsA8F0MAJA4CgDwNgsAgLkHALCGAADQfwAAkDgKAPA2CwCAuQcAsIYAANB/AADg4QYAQNcBAICDCwDwXQwAQF4MAJBeDADgXgwAMF8MAIBfDADQXwwAIGAMALCGAACAdAEAgHQBAEDXAQDgKQoAMCoKAIAqCgDQKgoAcJkKAJAkAADgJAAAAIwAAAB7DAAAaAEAgOIBAEDXAQBQpgkAcOUEAEACCQCQAgkAcA0AALCLAACQJAAAcEQAAEDXAQCgbwQA8G8EAEBwBADwDQwAQA4MAJAODADgDgwAsGcBAIDiAQAg5wcAcOcHAEDXAQCgbwQA8G8EAEBwBADwDQwAQA4MAJAODADgDgwAgLsAAHANAADAHAAAUIYGAEDXAQCQ6wEAADIKAICgAgBgsgEAQF4MAPBMCQBQhgYAQNcBANDeBQCQJAAAQNcBAFCmCQCgpgkA0BYAALCLAAAAjAAAQNcBAKBMCQAg2QsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBAFBkCgDwnwsAQKALAGBSAgCwUgIAQNcBAMAHCwDQYgQAoEYKAPBGCgBARwoAgIMLANCDCwCQOAoAkOsBANDeBQBAgQIA0CcIAKBMCQAg2QsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBADDKAACA9gEAMJcBAEDXAQDABwsAsFwMABBFAABAAwMAMCoKANAKAgCQEwIAUE4CAHBEAABA1wEAoG8EAJCLAgDAfgwAEH8MAGB/DADQ3gUAkCQAAEDXAQDABwsAsFwMABBFAACQ1wEAIDUKAIB0AQCAdAEA0HQBADDKAACwZwEAAGgBAIDiAQBA1wEAoEwJACDZCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCwhgAA0AoCAAB7DAAAaAEAgOIBAEDXAQCQLgoA4C4KALDQCwBQhgYAgHQBAPCiAwAAaAEAgOIBAEDXAQDQ3gUAkCQAAEDXAQDABwsAsFwMABBFAACAjAwA0IwMACCNDABwjQwAwI0MABCODABgjgwAsI4MAACPDABQjwwAoI8MAPCPDABAkAwAIPcBAHD3AQBQxwsAsNALACAXAAAQMAEAwEQAABBFAABwwAsAQNcBAKBMCQAg2QsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBANDeBQDgpgAA4KYAAEBWBQCQVgUA4FYFADBXBQDQmQQA8GQKAEBlCgCQZQoA4GUKAICgAgAAAAAAAAAAAAAAAABA1wEAUNMJAIDcDADQ3AwAIN0MAFCmCQCgpgkAwL8MABDADABgwAwAsMAMAADBDACQOAoAMGAGAFCGBgAAMgoA0H8AAPA6AgDQFgAAQNcBAJA4CgAwYAYAUIYGAJAkCgDQFgAAgNwMANDcDAAg3QwAUKYJAKCmCQDAvwwAEMAMAGDADACwwAwAAMEMAJA4CgAwYAYAUIYGAHANAADAUQIAEFICAODhBgAw4gYAgOIBAAC7CABgCAEAQNcBAFCmCQCgpgkAwL8MABDADABgwAwAsMAMAADBDACQ6wEA4OsBAKB4BQBQzQoAgHQBAJB3DABQpgkAoKYJAMC/DAAQwAwAYMAMALDADADQ4gEAQNcBAIDiAQAAuwgAULsIAFDTCQCA3AwA0NwMACDdDABQpgkAoKYJAMC/DAAQwAwAYMAMALDADAAAwQwAUAAAAIAzAQDQMwEAQIECALBnAQBQhgYAsIsAAACMAACg8QkAwFECANBiBACgRgoAgBkCAEACCQCA4gEAADIKAICgAgCAdwMA0HcDACB4AwBweAMAMMoAALBnAQBw5QQAwEQAAEDXAQCgTAkAINkLAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBACD3AQBw9wEAwAcLABAmCwBQhwoAMNIHAIDSBwAAjAAA8JwJAECdCQBA1wEAkCQKAOAkCgBw/QoAUAAAAGAIAQBA1wEAoEwJAACMAABg2wAAAAAAABCEAgBQpAsAwBMEAHB3BACw0AsAUIYGAEDXAQCQ1wEA4NcBADDYAQCA2AEAMMoAALBnAQBw5QQAwEQAAEDXAQCgTAkAINkLAIBcCgDQXAoAwOUEAKBvBADwbwQA8OALAFAeCgCgHgoAoB4KAABoCwAwkgEAkP4HAOD+BwAw/wcAQIwLAJCMCwBQAAAAgDMBANAzAQCwWQoAAFoKAFBaCgCgWgoAQNcBAKBvBADwbwQAUKQLAKCkCwDwpAsAQKULAJClCwDgpQsA8KIDAHCZCgDAmQoAMH8FAAAyCgDgpgAAMKcAAIDiAQDQ4gEA0H8AALBcDAAQRQAAcMALAMDACwCQOAoA4DgKADA5CgDABwsAEAgLAGAICwCwIQsA4NcBADDYAQBwEgoAwBIKABAmCwBQhwoAUGQKAMAcAACwiwAAwAcLALBcDAAQRQAAkNcBAABxDABQcQwAoHEMAPBxDABQZAoA8J8LAECgCwBgUgIAsFICAEDXAQDABwsA0GIEAKBGCgDwRgoAMNIHAIDSBwCAgwsA0AoCAPCcCQBAnQkAQNcBAGAIAQBwdwQAQIECANAnCAAgNQoA0AoCAEDXAQBgCAEAsAgBANAKAgCQEwIAUKYJAKCmCQCQJAAAIDUKANAKAgBgCAEAcHcEAIAZAgBA/AQA0N4FALCLAAAwfwUAQFYFAHBEAABA/AQA0N4FAHDiBwBA1wEAkNcBAODXAQAw2AEAgNgBAJDXAQAgNQoA0AoCAEDXAQDABwsA0H8AADCXAQCwXAwAEEUAAHDACwDAwAsAEMELAADCCwBQwgsAoMILAJDXAQDg1wEAMNgBALBTCwAAVAsAQNcBAMAHCwAQCAsAYAgLAFCjAgDAggMAYM0JALDNCQAAzgkAUM4JAKDOCQDwzgkAQM8JAJDPCQAAQwMAUEMDAFCkCwCgpAsAkJACAOCQAgCQdwwAgJcBAGAzDQCwMw0AwFECAAAyCgAAMgoAEJQBANBZDQDARQ4AUIYGAHA6AAAANA0AUDQNANBZDQCgGw0A8EYAAACXDgDARQ4AUIYGAMBFDgDARQ4AUIYGANBZDQBgQQ4AwEUOAACXDgCA4gEAEB0AAAD/AAAAlw4AAP8AANBUDQDQVA0AUIYGALCLAAAAHgAAAP8AACC8AADQmQQAoBYNAKAWDQDARQ4A0JkEAMBFDgDw/woAcDcNAMA3DQCwoQ0AYDMNALAzDQAw2w0AAJcOAMAIAADQWQ0AcDcNAMA3DQAA/wAAcC0NAFAkDgCgJA4AoGsNAIDiAQDQVA0AQFgNAJBYDQBgMw0AsDMNAPDZDQBgCAEA8F0MANBUDQDQMQ0A0FQNAHDiBwCwoQ0A0FkNAJDzDQDARQ4AwAgAAMAIAABgQg0AsEINAABDDQAAlw4AcA0AAFCGBgAg5wcAUIYGAGBCDQCwQg0AMHINAAD/AABgQg0AsEINADByDQAQHQAAYDMNALAzDQDwFwIAQNcBAIDfCQDQWQ0AgKACAHBEAADQVA0AkGMCAFCGBgDQWQ0AEAwCAHA3DQDANw0A0FQNANA2DQAgNw0AcDcNADASDgBwNw0AMBIOAMAdDgDQVA0AEEcNAFBDDQCgQw0AcC0NAFBDDQAAAAAAQNcBAGBCDQCwQg0AYEINALBCDQBgQg0AsEINABA4DQCwoQ0AkH8OAOB/DgAQAgIA0DYNAHAtDQBwNw0AwDcNABACAgBQhgYAQNcBAACXDgBA1wEAIIEOAAA+DQDQVA0A0FkNANBZDQCwvwMAsL8DALC/AwCAoAIA4OEGALDpCwAA+AcAsOkLAOAODADgDgwAcEQAACCUCgAwHA4A4OcAAHANAABwDQAAcEsNADDKAADg5wAA0FQNAHANAAAwygAA0FQNANBUDQDQVA0A0FQNANBUDQBwLQ0AcC0NANBUDQDQVA0A0FQNANBUDQDQVA0A0FQNAHAtDQBwLQ0AcC0NANBUDQDQVA0A0FQNAHAtDQBwLQ0AEFENAHAtDQBwLQ0A0FQNANAKAgCQ/gcAQNcBAHANAABwDQAA0FQNANBUDQCAdAEA0FQNAGBCDQCwQg0AgKACANBZDQAAlw4AcA0AAABXDQBA1wEAMM8KAMAcAAAAMgoAIOcHANAWAABQhgYAoFIIAFCGBgCwKA4A0FkNAHBtDgDQVA0AcA0AAGA5AgAwygAAMMoAADDKAAAAlw4AMMoAAMAVAgAwRA4AQD4OAJA+DgDgXQ0AAJcOAFAAAADQFgAAsIsAAKAbDQAAMgoAwA4OAFAAAAAwRA4AwAgAAMAIAADACAAAAN4NANBZDQCgGw0AwFECAAAyCgBgZQ0AsEcDAJAwAwDQ7w0AEMkIAFCXDgAwYAYAcC0NAFAkDgCgJA4AwC0DAGBCDQCwQg0AMHINAIByDQBwLQ0AAJcOAHByBABQnQ0AcC0NANBUDQDQVA0AYEINALBCDQDQVA0AQFgNAJBYDQDADQAA0FkNAKAbDQAAlw4AQNcBANBZDQDQVA0AQFgNAJBYDQBA1wEAgHEEAAABDgCAWAkAAJcOAND9BAAAlw4AEJIIAHCCDQDQWQ0AkGwNAHBEAAAAlw4AwFECAJB3DADQWQ0AYEEOAODnAAAAAQ4AUJcOANBUDQBAWA0AUJcOANBUDQBQnQ0A4GEJAHCoAABwLQ0AUCQOAKAkDgBgQg0AAB8OAFD/CgCA2w0AoBsNAHANAAAA/wAA8HANAGDYDQBwRAAAcEQAAHAtDQBQJA4AoCQOAJBsDQBwRAAAcEQAAHBEAABwRAAAQCYNAIB8DQBQhwoAIIINANBZDQDQVA0AQFgNAJBYDQCghA0AYJYEAKAbDQDQ3wkAUJcOANBUDQBQlw4A0FQNANCQDQAgkQ0AcJENALCLAABgag0AsGoNAABrDQBQaw0AgOANANCQDQAgkQ0AcJENAEAmDQBwJwQAcC0NAFAkDgCgJA4AkGwNAFDjCAAAlw4AwFECAAAyCgAAlw4AAAEOAKAbDQCwvwMA0CwDAEACCQDQVA0AQFgNAJBYDQBwgg0AAB4AAHAtDQBQJA4AoCQOAACXDgCAoAIAkGwNAHDYBwBwRAAAcEQAAECPDQCQjw0A4I8NAND9BABAjw0A0FQNACAxDgBwLQ0AUJcOANBUDQBAWA0AUJcOAJB3DABA1wEA0FQNAEBYDQCQWA0AkGUFANBZDQBgQQ4AAJcOABA2CgDQWQ0AAJcOAHArBQDQVA0AcC0NAFCXDgBwNw0AwDcNAFCGBgDA3A0A0JANACCRDQBwkQ0A0FQNAEBYDQCQWA0AYGUNAMBRAgCQdwwA0FQNAHBsCgAAlw4AkHcMAEDXAQAgEw4AUIYGAECBAgDQVA0AQFgNAJBYDQBAJg0AAP8AANBZDQAAlw4AECYLAKAbDQCg8QkAcC0NANBUDQBwLQ0A0FQNAFCXDgBQlw4AUJcOANBUDQDQVA0A0FQNAEBYDQCQWA0A0FQNAHBVDQBQnA4A0FkNAFCcDgBAjw0A0FQNAHAtDQBQJA4AoCQOAHAtDQBQJA4AoCQOAACXDgAAKQ4AcAgKAACXDgCQdwwAAJcOAFB8BgCgGw0AQNcBANCZBAAA/wAAAJcOAACXDgDAUQIAAJcOAMBRAgAAlw4AwFECAFCXDgDQVA0AQFgNAJBYDQCQdwwA0FQNAEBYDQCQWA0A0FkNAAAAAABgQQ4AUIcKAHAtDQBQJA4AoCQOAHB8DgAAlw4AMEQOAHBEAADQVA0AQFgNAJBYDQDQWQ0A0FkNANBUDQBAWA0AkFgNADBgBgAgJw4AcCcOADByDQAAMgoAkHcMANBZDQAAlw4AwA4OAHBVCABAJg0AAJcOAHDiBwCwoQ0AYEINALBCDQBwNw0AwDcNAHAtDQBQJA4AoCQOAHBEAADQWQ0AAJcOAIAsAwDQVA0A0FQNAEBYDQCQWA0AUIYGAAAeAADQVA0AYB4OANBUDQBAWA0AkFgNAPCIDgAAAAAAcC0NAFAkDgCgJA4A0FkNAJBsDQCgGw0A0FkNABDoBwAAAQ4AoBsNAAAJAQAAAAAAAJcOAAABDgCgGw0AAAkBAMDIDQBwLQ0AUCQOAKAkDgDAJw4AcFUNAACXDgBw4gcA0FQNAEBYDQCQWA0AAJcOAAAyCgDgAg4AQNcBAHDSDQDQVA0A4OcAAOB3BwBwRAAAcG0OAAAyCgDQmQQAAJcOAACMAADAEw4AcEQAAACdDQBA1wEAQNcBANBZDQAwcg0AAP8AALChDQBA1wEA8NkNAHDlBACQbA0AAJ0NAABoAQDAyA0AEMkNAFCGBgAAAAAAAAAAAAAAAAAAlw4AAAEOAAAAAAAAAAAAAAAAAPDZDQAA/wAAAJcOADBEDgAAAQ4AUIYGANBUDQBQnQ0AUJ0NANBUDQBwVQ0AkJUCAJCODgBQJA4AoCQOAJBsDQDQVA0AcFUNALC/AwBwLQ0AsL8DALCLAABwRAAAgGAGAACXDgDQfwAAgGAGAFCXDgDQ5Q0AAJ0NAGBCDQCwQg0AEDgNAJBsDQAAlw4AADIKANBUDQAAlw4AgCwDAEDXAQDQWQ0AgCwDANBUDQBAWA0AkFgNAHDrDQDA6w0AsL8DALC/AwAAlw4AgCwDAIAsAwCAcQQAIBMOAKAbDQAAAAAAAJcOAACXDgCwiwAAACkOAEDXAQAAlw4AkPMNAMAIAABQFQkAgOIBAKD3DQDw9w0AUAAAAFAAAADQ/QQA0FkNAEDXAQAAlw4AAJcOANAWAABwLQ0AUCQOAKAkDgDgmQ0AEDYKAMAtAwDQVA0AQFgNAJBYDQCAgwsAYEINAAAfDgCAEg4AkPMNAHDiBwCQ8w0AkPMNAFCGBgDQFgAAYEINAAAfDgCwQg0AcC0NANBZDQCQ8w0A4PMNADD0DQCQ/Q0AICIOANBUDQCALAMA0FkNABABCACgBwgAAAAAAJDfDQDg3w0AAAAAAAAAAABQEQgAQLAFABA2CgDQWQ0AAJcOAACXDgDAEw4AcEQAANBZDQAAlw4A8F0MANBZDQAA/wAAQNcBANBUDQBAWA0AkFgNAACXDgBA1wEAAJcOAEDXAQAAlw4AAP8AAACXDgAA/wAAQNcBAACXDgDACAAAAJcOAMAIAAAAKQ4AcOIHAACXDgCAoAIAAAAAAAAyCgDQVA0AQFgNAJBYDQAAlw4A8F0MAAD/AACgGw0AcA0AAHANAACgGw0AkHcMAAApDgCAoAIAcC0NAFAkDgCgJA4A0FQNAEBYDQCQWA0AQNcBAJATAgAAlw4AQNcBAACXDgDQWQ0AUAEOAEDXAQBA1wEA0JkEACAoCADQWQ0AwAgAAACXDgAAlw4AQNcBAHA3DQDANw0AMHINAPBdDADQXAoA0FkNAHBEAABAgQIAcEQAANBUDQBAWA0AkFgNANBZDQBAGw4AUIYGAAAyCgCgWgoAgKACAHBeDgAAHw4AkJsBAEDXAQBwDQAAAAAAAKDxCQAAAAAAMBIOALAZDgAAGg4AUBoOAACXDgDQVA0AQFgNAJBYDQBA1wEAwAgAALC/AwCwvwMAwHULAEDXAQBwLQ0AQNcBANBZDQCAoAIA0FkNADDwAgAwRA4AMEQOAICDCwDQWQ0AAJcOAEDXAQBgQg0AsEINANBUDQBAWA0AkFgNANBUDQBA1wEAUIYGAACXDgBQhgYAoBoOAAAACgBw4gcAwAgAAADAAwCgdA4AQOELAODnAAAAlw4AcDcNAMA3DQBwYgoAcF4OAPCmCQBA1wEAoC4OAEDXAQDwpgkAQEgOAEAvDgDQfwoAYLIBAHAtDQBQJA4AoCQOAEDXAQAAlw4AAJcOANBUDQDAUQIAwFECANBUDQDQVA0AUIYGAHA8DQDAPA0AQDQOAEBJDQBwLQ0A0FQNAHBVDQAg4wEAkDgKAMCTAQBQQw0AcC0NAGDoAgBgsgEAgHEEAFCyBwDA3wUAgOIBAHBEAABwiwQAUIYGAACXDgCQdwwAgFgOADDPCgCwIAIAMM8KALAgAgCwGwIAgFgJAFCXDgCAggIAAJcOAMAIAABA1wEAkEkNAMAcAABg6AIAIIEOAEDXAQDQWQ0A0FQNAJCVAgBASA4AQC8OAPCzCwBgQg0AsEINAPCzCwBA1wEAkCQAAJAkAACA4gEAsPgBAKAWDQBgRg4AoP8KADDoCgBgQQ4AQNcBAACXDgBA1wEAgHAKALA3DgBQ/woAQNcBAEDXAQBA1wEA8A4LACB1AQAgNQoA0BYAANBUDQCA4gEAQEcKANBZDQBA1wEAQNcBAEBIDgBALw4AAJcOAGBCDQCwQg0AMHINAECdCQBA1wEAQNcBAEDXAQBgIQsAcA0AAHA3DQDQWQ0AsLcLAABWDgCguAsAUFYOALChDQCgFg0AsKENAABWDgCwoQ0AUFYOALChDQBASA4AQC8OABAyDgBQAAAAEFIHAHBEAACAQA0AcA0AAEDXAQDwpgkAQC8OAEDXAQCAEg4AACsCAEDXAQBA1wEAQNcBAACXDgDQZgoA0GYKANBmCgDQZgoAgOIBAIDiAQBQ1gsAQNcBAGBCDQDwWw4AQEgOAICgAgBA1wEAQEgOAFDwCgBA1wEAwEUOAKBMDgBgQg0A8EwOAEDXAQDwUQ4AQFIOAPB5DgCQUg4AQNcBAEDXAQBASA4AUPAKAMBFDgCgTA4AYEINAPBMDgBA1wEAoG0LAFBlDgBgQg0AsEINANBUDQBwVQ0AQNcBAHBeDgDAdQsAwHULAIAhDgCQZg4AICIOALCyAQDwXA0AUEMNAIBFDQBAnQkA8A0MAPAXAgBgQg0AcBgOAMBFDgDQWQ0A8FEOANBZDQAAlw4A0FkNAJCVAgDQVA0AQEgOAICgAgBgQg0AAB8OAMAdDgBgeA4A0FQNAGAeDgCAoAIAsEINADByDQBAAgkAAJcOAIAUAgBQAAAAQEgOAICgAgBwRAAA0FQNAFCGBgBA1wEAYEINALBCDQBQcQwAIIQLAICgAgCAoAIAMJIBADCSAQAwkgEAMJIBAICgAgDQWQ0AMJIBAEDXAQBA1wEAQNcBAAAAAAAAAAAAQEgOAICgAgBgQg0AsEINAFBxDAAAlw4AQNcBAACXDgBASA4AAJcOAEBIDgAggQ4A0FkNAEDXAQBA1wEAYEINAAAfDgCwRg4A0FQNAEBYDQDQNg0AcPcBAGBGDgDAgQ4AEIIOAGCCDgCwgg4A0FQNAHBVDQDwOwYA0FkNADCFDgCAoAIAkHcMAFCGBgDgFg4AMBIOAMAdDgBQ/woA0FQNAGAeDgBQ/woAAP8AAGBBDgAA/wAAYEEOAHA3DQAwEg4AAP8AAEDXAQBASA4AQC8OAGBCDQCwQg0AcPcBANBZDQDQWQ0AcPcBAHAtDQBwLQ0AcC0NANCQDQBwLQ0AcC0NAHAtDQBwLQ0AcDcNADASDgBwLQ0A0JANAHAtDQBAJQ4AcC0NAEAlDgBwLQ0AQCUOACAxDgBAJQ4AcC0NAEAlDgBwLQ0AQCUOACBpDQBAJQ4AcC0NAEAlDgBgag0AsGoNAABDDQBA1wEAQNcBAICgAgDQWQ0A0BYAAFBDDQCQNA4AoFYOAKBWDgBQQw0AoEMNAODhBgBAmA4AgKACAICgAgBwDQAAcA0AAGBgDQDQWQ0AsLIBAHAtDQAAlw4AIIQLAACXDgBwLQ0AoBsNAACXDgCgGw0AcC0NAFAkDgCgGw0A4J0OADCeDgBwLQ0AgKACALAtDgDQWQ0AQNcBAEDXAQBA1wEAEKUOAEDXAQBA1wEAQNcBABClDgBA1wEAgOIGABClDgAAlw4AAMEMAEDXAQBA1wEAEKUOANBZDQBgag0AsGoNAABrDQBwLQ0A4EEBAMBFDgCgTA4AQNcBANBUDQBwVQ0AYEINALBCDQAwcg0AQOELAPAeCgBgbg4AoHQOAJB3DAAAlw4A4OEGAHB8DgCgKQ4AQEgOAEAvDgBgQg0AAB8OAMAdDgAAlw4AoBsNAEBHCgDQFgAAAJcOAHDiBwBgQg0AsEINADByDQBAMgsAcHwOABB9DgBgQg0A8FsOAEBIDgAA8AoAAJcOAA==","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAAAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAMAAAABAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAACAAQAAAAAAAIABAACAAAAAgAEAAAABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAgAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAQAAAAAAAAACAAAAAAAAAAIAAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAAgAAAAAAAQAAAADoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAABAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAQAAAAAAAAACAAAAAAAAAAIAAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAAgAAAAAAAQAAAADoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAQAAAAAAAAACAAAAAAAAAAIAAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAAgAAAAAAAQAAAADoAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAQAAAAAAAAACAAAAAAAAAAIAAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAQAAAAAAAAACAAAAAAAAAAIAAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAAgAAAAAAAQAAAADoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAAgAAAAAAAQAAAADoAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAQAAAAAAAAACAAAAAAAAAAIAAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAQAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAUAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAABAAAAACAAAAAAABAAAAAOoAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgACAAAAAAAAAAAAgAAEAAAAAAEAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAQAAAAAAAAACAAAAAAAAAAIAAAAAAAEAAAAA6AAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAIBIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAEACAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAEACAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAADIAAAAIABAAAAAAAAAQAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAAgAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAIAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAACAAAAAgAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAQAAABAAAAAOgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAQAAAAAAAAEgAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAAgAAAAAAEQAAAADoAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAEAAOgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAgAAAAAAAAAAAAAEAAIAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAgAAAAAAAAAACIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAYAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAAIABAAAAAAAAAQAAAAAAAAACAAAAAAAAAAIAAAAAAAEAAAAA6AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAMgAAAAgAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAMgAAAAgAEAAAAAAAABAAAAAAAAAAIAAAAAAAAAAgAAAAAAAQAAAADoAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAACAAAAAAABAAAAAOgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAgAAAAAAAAAAAAAAAAAyAAAACAAQAAAAAAAAEAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAEAAA=="},"index":{"lists":[[68,70,71,72],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,44,49,50,52,53,54,55,56,57,58,59,63,64,65,66,68,70,71,72,76,77,95,98,99,101,112,113,114,115,116,125,134,135,139,142,148,149,156,158,159,160,161,163,165,166,167,170,171,172,173,187],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,44,45,49,50,52,53,54,55,56,57,58,59,62,63,64,65,66,68,70,71,72,76,77,95,98,99,101,112,113,114,115,116,125,134,135,136,139,142,148,149,156,158,159,160,161,163,165,166,167,170,171,172,173,176,177,178,187],[61,68,70,71,72,141,176,193],[68,70,71,72,86,87,88,179,180,181,182,183,184,185],[42,43,68,70,71,72],[68,70,71,72,167,186],[68,70,71,72,76,77,93,94,167,172,173],[68,70,71,72,86,87,88],[41,47,55,56,68,70,71,72,86,87,88,89,106,115,116,117,121,128,130,135,137,138,139,147,153,154,155,162,187],[18,19,68,70,71,72,75,120,131],[68,70,71,72,90,199],[6,68,70,71,72],[1,7,68,70,71,72,86,87,88,122,156,160,161,187],[9,68,70,71,72,86,87,88,92,156,160,161,187],[27,68,70,71,72,86,87,88,142,156,160,161,171,187],[68,70,71,72,86,87,88,156,160,161,175,187],[0,2,4,5,16,17,20,21,65,68,70,71,72,86,87,88,109,119,142,144,156,157,160,161,164,168,187,188,191,194,195,198,200],[3,8,11,16,20,21,23,29,32,33,48,51,66,67,68,70,71,72,73,79,80,86,87,88,91,96,99,102,109,118,124,126,127,132,142,143,151,156,160,161,187,196,201],[68,70,71,72,86,87,88,156,160,161,187],[68,70,71,72,86,87,88,156,160,161,187,192],[64,68,70,71,72,86,87,88,156,160,161,177,187,189,190],[59,67,68,70,71,72,74,78,86,87,88,111,145,156,160,161,177,187],[10,29,68,70,71,72,73,81,86,87,88,101,102,123,156,160,161,187],[4,22,46,68,70,71,72,86,87,88,156,160,161,187],[10,35,68,70,71,72,86,87,88,101,156,160,161,187],[12,13,28,39,68,70,71,72,86,87,88,97,103,104,105,107,108,110,129,133,134,150,152,156,160,161,169,174,187],[7,68,69,70,71,72,86,87,88,156,160,161,187],[10,68,70,71,72,86,87,88,156,160,161,187],[68,70,71,72,82,83,84,85,100,146,197],[44,68,70,71,72],[14,15,68,70,71,72,86,87,88,156,160,161,187],[24,68,70,71,72],[25,26,30,31,68,70,71,72],[34,38,68,70,71,72],[37,68,70,71,72],[37,52,68,70,71,72],[40,68,70,71,72,163],[52,58,68,70,71,72,178],[52,68,70,71,72],[57,63,68,70,71,72,163,178],[60,68,70,71,72,140],[68,70,71,72,163],[68,70,71,72,178],[54,68,70,71,72,166],[54,68,70,71,72,166,176],[54,68,70,71,72,148,149,166],[54,68,70,71,72,166,167],[54,68,70,71,72,76,77,166,167,172,173],[54,62,68,70,71,72,148,149,166],[41,45,49,50,53,54,55,56,68,70,71,72,115,116,125,135,136,139,148,149,166,187],[1,7,54,68,70,71,72,148,149,156,158,159,160,161,166,170,187],[54,68,70,71,72,148,149,156,158,159,160,161,166,187],[27,54,68,70,71,72,142,148,149,156,158,159,160,161,166,171,187],[2,4,54,65,68,70,71,72,142,148,149,156,158,159,160,161,165,166,187],[32,33,54,66,68,70,71,72,95,99,142,148,149,156,158,159,160,161,166,187],[54,64,68,70,71,72,148,149,156,158,159,160,161,166,177,187],[54,59,68,70,71,72,148,149,156,158,159,160,161,166,177,187],[54,68,70,71,72,101,148,149,156,158,159,160,161,166,187],[4,54,68,70,71,72,148,149,156,158,159,160,161,166,187],[54,68,70,71,72,95,98,101,148,149,156,158,159,160,161,166,187],[39,54,68,70,71,72,95,134,148,149,156,158,159,160,161,166,187],[7,54,68,70,71,72,148,149,156,158,159,160,161,166,187],[44,54,68,70,71,72,166],[54,68,70,71,72,148,149,156,160,161,166,187],[24,54,68,70,71,72,166],[25,26,30,31,54,68,70,71,72,166],[38,54,68,70,71,72,166],[36,37,54,68,70,71,72,166],[37,54,68,70,71,72,166],[37,52,54,68,70,71,72,166],[40,54,68,70,71,72,112,163,166],[52,54,58,68,70,71,72,114,166,178],[52,54,68,70,71,72,166],[54,57,63,68,70,71,72,163,166,178],[54,68,70,71,72,113,166],[54,68,70,71,72,114,166],[54,68,70,71,72,163,166],[54,68,70,71,72,166,178]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,19,19,19,19,20,21,22,23,19,24,25,26,27,19,19,28,19,19,29,0,0,30,31,0,13,14,15,16,17,18,19,19,19,19,19,19,20,21,22,23,19,24,25,26,27,19,19,28,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,35],[10003,36],[8595,35],[10008,37],[10004,38],[8730,39],[10006,40],[8505,41],[9762,0],[9888,0],[8617,0],[10007,42],[10060,42],[9654,43],[65123,43]],"plainDefault":0,"spaced":[44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,45,46,44,44,44,44,44,44,47,44,48,49,44,50,50,50,50,50,50,50,50,50,50,44,44,44,44,44,44,44,51,52,53,52,54,55,52,52,52,52,52,52,52,56,57,58,52,59,60,61,62,52,52,52,52,52,44,44,44,63,64,44,51,52,53,52,54,55,52,52,52,52,52,52,52,56,57,58,52,59,60,61,62,52,52,52,52,52,44,44,44,44,44],"spacedOther":[[160,44],[5760,44],[8192,44],[8193,44],[8194,44],[8195,44],[8196,44],[8197,44],[8198,44],[8199,44],[8200,44],[8201,44],[8202,44],[8232,44],[8233,44],[8239,44],[8287,44],[12288,44],[65279,44],[9676,65],[9679,66],[9135,67],[215,68],[10095,69],[10003,70],[8595,69],[10008,71],[10004,72],[8730,73],[10006,74],[8505,44],[9762,75],[9888,75],[8617,76],[10007,77],[10060,77],[9654,78],[65123,78]],"spacedDefault":44,"blank":44}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED\\\\b[^\\\\n]{0,200}$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[49,50,51,52],[15,16,17,19,20,21,22,24,25,26,27,28,31,34,35,37,38,39,40,41,42,43,45,46,47,48,49,50,51,52,56,57,69,70,71,72,78,79,80,81,82,90],[15,16,17,19,20,21,22,24,25,26,27,28,31,32,34,35,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,56,57,69,70,71,72,78,79,80,81,82,90],[44,49,50,51,52],[49,50,51,52,63,64,65],[29,30,49,50,51,52],[49,50,51,52,56,57,67,68],[28,33,40,41,49,50,51,52,63,64,65,66,74,81,82,83,86,91],[9,10,49,50,51,52,55,86],[49,50,51,52,66],[49,50,51,52,63,64,65,87],[1,49,50,51,52,63,64,65,66],[7,8,11,12,47,49,50,51,52,63,64,65,77,85],[0,3,7,11,12,14,18,21,22,33,36,48,49,50,51,52,53,59,60,63,64,65,66,71,72,77,84,89,91],[49,50,51,52,54,63,64,65,77],[2,18,49,50,51,52,53,60,63,64,65,72,88],[13,32,49,50,51,52,63,64,65],[2,49,50,51,52,63,64,65,72],[4,18,26,49,50,51,52,63,64,65,72,73,75,76,77],[2,49,50,51,52,63,64,65],[49,50,51,52,61,62,71],[31,49,50,51,52],[5,6,49,50,51,52,63,64,65],[17,49,50,51,52,63,64,65],[49,50,51,52,63,64,65,70],[46,49,50,51,52,63,64,65],[43,48,49,50,51,52,58,63,64,65],[23,49,50,51,52,63,64,65],[15,49,50,51,52],[16,17,19,20,49,50,51,52],[22,26,49,50,51,52],[25,49,50,51,52],[25,37,49,50,51,52],[27,49,50,51,52],[37,43,49,50,51,52],[37,49,50,51,52],[42,45,49,50,51,52],[39,49,50,51,52],[39,44,49,50,51,52],[39,49,50,51,52,56,57],[28,32,34,35,38,39,40,41,49,50,51,52,81,82,90],[39,47,49,50,51,52],[21,22,39,48,49,50,51,52,69,71,72],[39,49,50,51,52,72],[32,39,49,50,51,52],[39,49,50,51,52,69,70,72],[26,39,49,50,51,52,69,72],[39,49,50,51,52,71],[31,39,49,50,51,52],[17,39,49,50,51,52],[39,49,50,51,52,70],[39,46,49,50,51,52],[39,43,48,49,50,51,52],[15,39,49,50,51,52],[16,17,19,20,39,49,50,51,52],[22,26,39,49,50,51,52],[24,25,39,49,50,51,52],[25,39,49,50,51,52],[25,37,39,49,50,51,52],[27,39,49,50,51,52,78],[37,39,43,49,50,51,52,80],[37,39,49,50,51,52],[39,42,45,49,50,51,52],[39,49,50,51,52,79],[39,49,50,51,52,80]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,4,12,13,4,4,4,4,4,4,4,4,14,15,4,16,17,18,4,4,4,19,4,4,20,0,0,21,22,0,4,4,23,4,4,24,4,4,4,4,4,4,4,25,26,4,4,4,27,24,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,28],[9679,29],[9135,30],[215,31],[10095,31],[10003,32],[8595,31],[10008,33],[10004,34],[8730,35],[10006,36],[8505,3],[9762,0],[9888,0],[8617,0]],"plainDefault":0,"spaced":[37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,37,38,37,37,37,37,37,37,37,37,37,39,38,37,40,40,40,40,40,40,40,40,40,40,37,37,37,37,37,37,37,37,37,37,37,41,42,37,37,37,37,37,37,37,37,37,43,37,44,45,46,37,37,37,37,37,37,47,37,37,48,37,37,37,37,49,37,37,50,37,37,37,37,37,37,37,51,52,37,37,37,37,50,37,37,37,37,37,37,37,37,37,37,37],"spacedOther":[[160,37],[5760,37],[8192,37],[8193,37],[8194,37],[8195,37],[8196,37],[8197,37],[8198,37],[8199,37],[8200,37],[8201,37],[8202,37],[8232,37],[8233,37],[8239,37],[8287,37],[12288,37],[65279,37],[9676,53],[9679,54],[9135,55],[215,56],[10095,57],[10003,58],[8595,57],[10008,59],[10004,60],[8730,61],[10006,62],[8505,38],[9762,63],[9888,63],[8617,64]],"spacedDefault":37,"blank":37}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,5,9],[4,5,6,9],[10],[5,7,8,9,14,18,19,20],[1],[2,11,16],[12],[0,3,4,17],[13],[15],[5,6,9],[4]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,7,0,0,0,0,8,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,11,11,11,11,11,11,11,11,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
  /**
   * The transitions again, as a scan reads them: a row per state whose columns are the ASCII
   * characters themselves (no class lookup on the way), then class 0 beyond ASCII, then each
   * non-ASCII class. A row is the state's number + 1, shifted left by `shift` (0: a transition not
   * yet looked up, taken from `delta` when a line first needs it). Zeroed memory is only touched
   * where a scan goes.
   */
  wide;
  shift;
  /** The class of each column of `wide`, and the column of each class. */
  columnClass;
  classColumn;
  /** Each character's column in `wide` beyond ASCII: UNKNOWN until first met. */
  columnOf = new Uint16Array(65536).fill(UNKNOWN, 128);
  /** The first row of `wide` with an output. */
  firstOutputRow;
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
      ({ wide: this.wide, shift: this.shift, columnClass: this.columnClass, classColumn: this.classColumn, firstOutputRow: this.firstOutputRow } = this.wideLayout());
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
    ({ wide: this.wide, shift: this.shift, columnClass: this.columnClass, classColumn: this.classColumn, firstOutputRow: this.firstOutputRow } = this.wideLayout());
  }
  /** The layout of `wide` for this alphabet (empty: filled as scans need it). */
  wideLayout() {
    const { width, canonClass } = this;
    const nonAscii = [...canonClass].filter(([c]) => c >= 128);
    const columns = 129 + nonAscii.length;
    const shift = 32 - Math.clz32(columns - 1);
    const columnClass = new Int32Array(1 << shift);
    for (let c = 0; c < 128; c++) columnClass[c] = this.ascii[c];
    const classColumn = new Int32Array(width).fill(128);
    for (const [c, cls] of canonClass) if (c < 128) classColumn[cls] = c;
    nonAscii.forEach(([, cls], k) => {
      columnClass[129 + k] = cls;
      classColumn[cls] = 129 + k;
    });
    const states = this.delta.length / width;
    return { wide: new Int32Array(states + 1 << shift), shift, columnClass, classColumn, firstOutputRow: this.firstOutput / width + 1 << shift };
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
  /** The column of `wide` a character beyond ASCII is read in. */
  columnOf_(c) {
    let col = this.columnOf[c];
    if (col === UNKNOWN) {
      col = this.classColumn[this.classOf_(c)];
      this.columnOf[c] = col;
    }
    return col;
  }
  /** The transition of `wide` at `row`, `col` not yet looked up: from `delta`, remembered. */
  miss(row, col) {
    const { width, shift } = this;
    const from = ((row >> shift) - 1) * width;
    const cls = this.columnClass[col];
    const next = this.delta[from + cls];
    const target = (next >= 0 ? next : this.follow(from, cls)) / width + 1 << shift;
    this.wide[row + col] = target;
    return target;
  }
  /**
   * The bits of every anchor `line` holds; with `tags`, the tags of those anchors (the array is
   * cleared first, `words` long).
   */
  scan(line, tags) {
    const { wide, out, shift, firstOutputRow, words, tagWords } = this;
    if (tags) tags.fill(0);
    const root = 1 << shift;
    let s = root;
    let found = 0;
    for (let i = 0, n = line.length; i < n; i++) {
      const c = line.charCodeAt(i);
      const col = c < 128 ? c : this.columnOf_(c);
      const next = wide[s + col];
      s = next !== 0 ? next : this.miss(s, col);
      if (s >= firstOutputRow) {
        const k = s - firstOutputRow >> shift;
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
var ASSERTION_CONTEXT = /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|\bto (?:equal|match|include|contain|throw|be)\b(?! up to date\b)|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/;
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
  const splits = index3.lists.map((list) => {
    const gatedBits = new Int32Array(words);
    for (const n of list) if (gated[n] === true) gatedBits[n >> 5] = gatedBits[n >> 5] | 1 << (n & 31);
    return { open: list.filter((n) => gated[n] !== true), gatedBits };
  });
  const matchesAt = (n, line, at) => {
    const pattern = sticky[n];
    pattern.lastIndex = at;
    return pattern.test(line);
  };
  const lineStartAt = (line, at, lineTags) => {
    const { open, gatedBits } = splits[index3.listId(line, at)];
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
