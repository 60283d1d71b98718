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
  SQL_HANDLE,
  assertionSides,
  matchRule
} from "./chunk-2BRNMSVS.js";
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
} from "./chunk-2NHI6CXJ.js";
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
var GOTESTSUM = {
  id: "gotestsum",
  markers: [
    { event: "outside", pattern: /^=== FAIL: (?<name>\S{1,300}) {2}\([\d.]{1,12}s\)$|^=== (?<name2>Errors)$/ },
    { event: "start", pattern: /^=== FAIL: (?<name>\S{1,300} \S[^\n]{0,500}?) \([\d.]{1,12}s\)$/ },
    { event: "end", pattern: /^DONE \d{1,7} tests?\b/ }
  ],
  reportedFailures: /^DONE \d{1,7} tests?(?:, \d{1,7} skipped)?, (\d{1,7}) failures?/,
  subtestsBySlash: true
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
    // An error no test owns (a test file that fails to load, a rejection after its test ended),
    // between `-------------------------------` rules: outside any test, never the next test's output.
    { event: "outside", pattern: /^# (?<name>Unhandled error between tests)$/ },
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
    // What a test prints while it runs is its output; its error is under ERRORS. deno ends the
    // line with the test's duration: cargo's `test x ... FAILED` (no duration) is cargo's, and
    // what follows it (a test binary aborting) is no test's output.
    { event: "quiet", pattern: /^\s{0,40}\S[^\n]{0,500}? \.\.\. FAILED(?: \(due to [^()\n]{1,200}\))? \([\d.]{1,12} ?[mµn]?s\)$|^Uncaught error from \S{1,300} FAILED$/ },
    { event: "pass", pattern: /^\s{0,40}\S[^\n]{0,500}? \.\.\. (?:ok|ignored) \([\d.]{1,12} ?(?:[mµn]?s)\)$/ },
    { event: "outside", pattern: /^(?<name>\S{1,300}) \(uncaught error\)$/ },
    { event: "start", pattern: /^(?<name>\S[^\n]{0,500}?) => (?:\.{1,2}\/|file:\/\/\/?|\/)\S{0,300}?:\d{1,6}:\d{1,6}$/ }
  ],
  reportedFailures: /^FAILED \| \d{1,6} passed(?: \(\d{1,6} steps?\))? \| (\d{1,6}) failed/,
  uninformative: /^error: Test failed$/
};
var PLAYWRIGHT = {
  id: "playwright",
  markers: [
    { event: "start", pattern: /^\s{0,4}\d{1,5}\) (?<name>(?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › [^\n]{1,500}?) ─{3,}\s*$/ },
    // A failed test's progress line: its error comes later, numbered. What follows it belongs to no
    // test it names (the next tests' output, a global teardown's error): judged outside any test.
    { event: "end", pattern: /^\s{0,4}(?:✘|×|✗)\s{1,3}\d{1,6} (?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › / },
    { event: "pass", pattern: /^\s{0,4}(?:✓|✔|-)\s{1,3}\d{1,6} (?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › / },
    { event: "end", pattern: /^\s{0,4}\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \([\d.]{1,12}m?s\))?$/ }
  ],
  reportedFailures: /^\s{0,4}(\d{1,6}) failed$/
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
var COLLISION = {
  id: "collision",
  markers: [
    { event: "start", pattern: /^\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\s{1,4}(?<name>\S[^\n>]{0,300} > [^\n]{1,500}?)(?:\s{2,}[A-Z]\w{0,100})?\s*$/ },
    { event: "start", pattern: /^\s{0,4}• (?<name>[\w\\]{1,300} > [^\n]{1,500}?)\s*$/ },
    // The rule between failures ends the one above it.
    { event: "end", pattern: /^\s{0,4}─{20,}\s*$|^\s{0,4}Tests:\s{2,10}\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\b/ }
  ],
  reportedFailures: /^\s{0,4}Tests:\s{2,10}(?:[^\n]{0,200}?, )?(\d{1,6}) failed\b/
};

// src/classify/dialects/index.ts
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, GOCHECK, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 236\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,198,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,369,371,372,373,374,375,376,377,380,381,382,384],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,35,94,9472,10003,10004,8730,10006,8505,9762,9888,8226,43,9654,65123,36],"words":7,"quiet":10919,"states":12280,"edges":"AAAAAAAAAAABAAAAUgAAAAIAAAACgwAAAwAAAMYNAAAEAAAAPs8AAAUAAABuNAYABgAAAOIXAgAHAAAAHuAGAAgAAAAI4wEACQAAAA6KAAAKAAAAJkYAAAsAAADASQgADAAAAC6PAAANAAAAYhcAAA4AAACucAEADwAAAAyrAAAQAAAAeiUAABEAAADQfQEAEgAAAPgIAAATAAAAONYBABQAAAAsngoAFQAAALQDAgAWAAAA/A4BABcAAACQ7gEAGAAAAE4FAgAZAAAA2vcBABoAAADqDgIAGwAAAEiRAgAcAAAAQssCAB0AAAAAAAAAHgAAAIYGDAAfAAAAYAUBACAAAADgOAIAIQAAAAAAAAAiAAAAPL0BACMAAACs7QAAJAAAALoHBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAPpwBACkAAACUrAEAKgAAAFzECQArAAAAzmMLACwAAAAAAAAALQAAABTqAQAuAAAAAAAAAC8AAABcPQIAMAAAAAzAAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAD+iQoAPAAAAOKUCgA9AAAAHH0LAD4AAAAAAAAAPwAAAMB9CwBAAAAAAAAAAEEAAAA2kwsAQgAAAIiTCwBDAAAAnpkLAEQAAAB4pQsARQAAALhTDABGAAAAyMYLAEcAAAAaxwsASAAAAGzHCwBJAAAAXNkLAEoAAAA03QsASwAAAJhODABMAAAA6k4MAE0AAABmUwwATgAAABLvDABPAAAAUEMNAFAAAACiQw0AUQAAAPRDDQBUAAAApAAAAFUAAAAMtgMAVwAAAC66CABYAAAAMDsBAFsAAABumQAAXQAAADJFCQBeAAAA5pkHAGYAAADeBwIAaQAAAJCxAwBvAAAA5jsAAKcAAAD2AAAAsQAAAHTvAgD5AAAAfqkNAE0BAACaAQAAoAEAAOwBAADzAQAAPgIAAEYCAACQAgAAkgIAAOICAADrAgAANAMAAD4DAACGAwAAkQMAANgDAADkAwAAKgQAADcEAAB8BAAAhgQAAM4EAADcBAAAIAUAAC8FAAByBQAAdAUAAMQFAADOBQAAFgYAACQGAABoBgAAbQYAALoGAADHBgAADAcAABQHAABeBwAAbgcAALAHAACyBwAAAggAABAIAABUCAAAZQgAANCpDQCtCAAAIqoNAPoIAAA6zAsAAAkAAEoJAAANCQAAwusJABEJAAC+xwsAFAkAANKwCQBRCQAAnAkAAFcJAAAO/QkAoQkAAO4JAAD6CQAAQAoAAEMKAACSCgAAmgoAAOQKAADxCgAANgsAADsLAACICwAAkgsAANoLAADiCwAALAwAADgMAAB+DAAAOwwAACQBAgCRDAAA0AwAAN4MAAAiDQAAJQ0AAHQNAAB+DQAAdKoNAMgNAADKbwAAyQ0AANidAQDLDQAAGA4AAM8NAAA4zgoA0A0AAJhgAgDRDQAAsvsBANINAAB4HQAA0w0AAHCuCwDUDQAAIHYBANUNAAAWLwAA1w0AAKAkAwDaDQAAULECAOMNAACelwMA5g0AAHqtCwAeDgAAag4AACcOAABm1wcAcA4AALwOAADQDgAADg8AACMPAABgDwAAaA8AALIPAAC8DwAABBAAAAkQAABWEAAAWxAAAKgQAACwEAAA+hAAABARAABMEQAAThEAAJ4RAACrEQAA8BEAAAQSAABCEgAAShIAAJQSAACjEgAA5hIAAPcSAAA4EwAARhMAAIoTAACWEwAA3BMAAOkTAAAuFAAAOBQAAIAUAACDFAAA0hQAANoUAAAkFQAAJhUAAHYVAACHFQAAyBUAAM4VAAAaFgAAJhYAAGwWAABuFgAAvhYAAMUWAAAQFwAAJBcAAMaqDQBjFwAA6m0NAGQXAACyJAIAZxcAALQXAABrFwAAGtkBAHAXAACcFAMAthcAAOrGAAC3FwAAzmIHALsXAACQdQkAvBcAAAYYAAC+FwAAqjcBAL8XAAB4KQcAwRcAABh2BgDDFwAAljEKAMUXAABKSAYAyhcAAMgqAgDNFwAArOQFAAcYAABYGAAACRgAANKvBQAMGAAAQlIKAG8YAACqGAAAwhgAAPwYAAAHGQAAThkAAGcZAACgGQAAohkAAPIZAAAMGgAARBoAAFMaAACWGgAAmxoAAOgaAAD1GgAAOhsAAEobAACMGwAAlBsAAN4bAADqGwAAMBwAAD0cAACCHAAAjBwAANQcAADaHAAAJh0AADodAAAYqw0Afh0AAModAACCHQAAlHELAI8dAACiYQoA5R0AABweAAAoHgAAbh4AAHQeAADAHgAAwx4AAJJ8BQDIHgAAEh8AABUfAACanAUAGR8AAGQfAAAdHwAAqBwHACAfAABUZQMAaR8AALYfAADCHwAACCAAAAsgAABaIAAAYiAAAKwgAAC5IAAA/iAAAAMhAABQIQAAWiEAAKIhAACqIQAA9CEAAPchAABGIgAATyIAAJgiAACZIgAA6iIAAOsiAAA8IwAAQSMAAI4jAACUIwAA4CMAAOojAAAyJAAAOiQAAIQkAACHJAAA1iQAANkkAAAoJQAAOSUAAGqrDQB8JQAA5KQBAH8lAABgoQoAgyUAAAwADQCGJQAAzCUAAIglAABWwAcA5CUAAB4mAAAhJgAAcCYAAHwmAADCJgAAzyYAABQnAAAbJwAAZicAAGgnAAC4JwAAwScAAAooAAAUKAAAXCgAAGcoAACuKAAAyigAAAApAAAIKQAAvKsNAFcpAACkKQAArCkAAPYpAAD3KQAASCoAAEoqAACaKgAAnSoAAOwqAADvKgAADqwNAEMrAACQKwAAlisAAOIrAADpKwAANCwAADwsAACGLAAAiSwAANgsAADhLAAAKi0AACstAAB8LQAAfS0AAM4tAADfLQAAIC4AAC4uAAByLgAAfi4AAMQuAADLLgAAYKwNABwvAABoLwAAai8AALovAADQLwAADDAAABQwAABeMAAAYDAAALAwAAC5MAAAAjEAAAwxAABUMQAAXzEAAKYxAACyMQAA+DEAAAUyAABKMgAAVDIAAJwyAACqMgAA7jIAAP0yAABAMwAAQjMAAJIzAACcMwAA5DMAAPIzAAA2NAAAOzQAAIg0AACVNAAA2jQAAOI0AAAsNQAAMjUAAH41AACKNQAA0DUAAO01AAAiNgAAKzYAAHQ2AACCNgAAxjYAAMw2AAAYNwAAJDcAAGo3AABtNwAAvDcAAMQ3AAAOOAAAHzgAAGA4AABuOAAAsjgAAMs4AAAEOQAABTkAAFY5AABzOQAAsqwNAK05AAD6OQAAADoAAEw6AABUOgAAnjoAAKc6AADwOgAA8zoAAEI7AABOOwAAlDsAAJo7AABWrQ0AAjwAADg8AABAPAAAqK0NAI08AADcPAAA7TwAAC49AAA2PQAAgD0AAI49AADSPQAA1T0AACQ+AAAsPgAAdj4AAIM+AADIPgAAzT4AABo/AAAkPwAAbD8AAHQ/AAC+PwAAyj8AABBAAAAdQAAAYkAAAGRAAAC0QAAAzUAAAAZBAAAXQQAAWEEAAGRBAACqQQAAsUEAAPxBAAAEQgAATkIAAFNCAACgQgAArUIAAPJCAAD6QgAAREMAAE5DAACWQwAAoUMAAOhDAAD0QwAAOkQAAEJEAAD6rQ0AmEQAAN5EAADkRAAAMEUAAEtFAACCRQAAjkUAANRFAADaRQAATK4NACtGAACkFQIALEYAAO6uBAAtRgAAIscGADFGAAB4RgAAMkYAAPRrCQA0RgAANEwFADpGAACcHgIAhEYAAMpGAADQRgAAqkQMANJGAACerg0AKEcAAG5HAAB0RwAAwEcAANtHAAASSAAAHkgAAGRIAABqSAAAtkgAAL5IAAAISQAADkkAAFpJAABmSQAArEkAAMlJAAD+SQAAB0oAAFBKAABcSgAAokoAAKVKAAD0SgAA/koAAEZLAABSSwAAmEsAAJ9LAADqSwAA8ksAADxMAAA9TAAA2l0AAD9MAACOTAAAnUwAAOBMAADmTAAAMk0AADRNAACETQAAmk0AANZNAAD0TQAAKE4AAEFOAAB6TgAAfE4AAMxOAADPTgAAHk8AACpPAABwTwAAd08AAMJPAADKTwAAFFAAABZQAABmUAAAb1AAALhQAADCUAAAClEAABVRAABcUQAAaFEAAK5RAAC7UQAAAFIAAApSAABSUgAAYFIAAKRSAACzUgAA9lIAAPhSAABIUwAAUlMAAJpTAACoUwAA7FMAAPFTAAA+VAAAS1QAAJBUAAClVAAA4lQAAOpUAAA0VQAATVUAAIZVAACPVQAA2FUAAOJVAAAqVgAAMlYAAHxWAACJVgAAzlYAANNWAAAgVwAAKFcAAHJXAABzVwAAxFcAAMZXAAAWWAAAGVgAAGhYAABrWAAA8K4NAL9YAAAMWQAAElkAAF5ZAABlWQAAsFkAALhZAAACWgAABloAAFRaAABWWgAAploAAKlaAAD4WgAAAFsAAEpbAABLWwAAnFsAAKJbAADuWwAA81sAAEBcAABbXAAAklwAAKBcAADkXAAA61wAADZdAABCXQAAiF0AAI9dAABCrw0A3F0AACxeAAAvXgAAfl4AAIFeAACUrw0A1V4AACJfAAAoXwAAdF8AAHtfAADGXwAA5F8AABhgAAAxYAAAamAAAGxgAAC8YAAAv2AAAA5hAAAaYQAAYGEAAGdhAACyYQAAumEAAARiAAAGYgAAVmIAAF9iAACoYgAAsmIAAPpiAAAFYwAATGMAAFhjAACeYwAAq2MAAPBjAAD6YwAAQmQAAFBkAACUZAAAo2QAAOZkAADoZAAAOGUAAEJlAACKZQAAmGUAANxlAADhZQAALmYAADtmAACAZgAAlWYAANJmAADaZgAAJGcAAD1nAAB2ZwAAf2cAAMhnAADSZwAAGmgAACJoAABsaAAAeWgAAL5oAADDaAAAEGkAABhpAABiaQAAY2kAALRpAAC2aQAABmoAAAlqAABYagAAW2oAAOavDQCvagAA/GoAAAJrAABOawAAVWsAAKBrAACoawAA8msAAPZrAABEbAAARmwAAJZsAACZbAAA6GwAAPBsAAA6bQAAO20AAIxtAACSbQAA3m0AAONtAAAwbgAAS24AAIJuAACQbgAA1G4AANtuAAAmbwAAMm8AAHhvAAB/bwAAOLANAM1vAAAccAAALXAAAG5wAAB2cAAAbIcBAIpwAADAcAAAyHAAAIqwDQAhcQAAZHEAAGpxAAC2cQAAuHEAAAhyAAAecgAAWnIAAHhyAACscgAAr3IAAP5yAAAKcwAAUHMAAFZzAACicwAAvXMAAPRzAAAAdAAARnQAAEx0AACYdAAAtnQAAOp0AAD6dAAAPHUAAEp1AACOdQAAlHUAAOB1AADjdQAAMnYAADx2AACEdgAAonYAANZ2AADsdgAAKHcAADR3AAB6dwAAfXcAAMx3AADPdwAAHngAACB4AABweAAAh3gAAMJ4AADOeAAAFHkAADB5AABmeQAAbnkAANywDQDJeQAACnoAABh6AABcegAAaHoAAK56AAC7egAAAHsAAAp7AABSewAAWnsAAKR7AAClewAA9nsAAPh7AABIfAAAS3wAAJp8AACdfAAALrENAPF8AAA+fQAARH0AAJB9AACXfQAA4n0AAOp9AAA0fgAASn4AAIZ+AACPfgAA2H4AANt+AAAqfwAANH8AAHx/AACEfwAAzn8AAOd/AAAggAAALIAAAHKAAAB6gAAAgLENAMyAAAAWgQAAGYEAAGiBAABygQAAuoEAAMCBAAAMggAAGoIAAF6CAABrggAAsIIAAMeCAADSsQ0AA4MAAMSDDAAFgwAAXqEBAAiDAAA2SQIACYMAAAq5BgAKgwAAPJUFAAuDAAAwwAAADIMAAPAmAgAPgwAAulsMABGDAABUgwAAE4MAAPg9BwAYgwAAjr4FABmDAAAIVgsAXoMAAPwaCABjgwAApoMAALKDAAD4gwAA+YMAAIx4AwD7gwAASoQAAE2EAACchAAAo4QAADZ8AQCkhAAA7oQAALSEAABoJQEA9YQAAECFAABMhQAAkoUAAJ+FAADkhQAA8oUAADaGAABChgAAiIYAAI+GAADahgAA4oYAACyHAAA8hwAAfocAAIOHAADQhwAA1ocAACKIAAAqiAAAdIgAAH2IAADGiAAAyYgAABiJAAAkiQAAaokAAHCJAAAksg0A24kAAHayDQAbigAAYIoAAGKKAAAq+gAAY4oAAIZqAgBnigAAKpQCAGuKAAD0igoAbIoAAB7AAQBvigAA3oQKAHmKAAB8QgIAgIoAALKKAAC/igAABIsAAAmLAABWiwAAWosAAKiLAAC1iwAA+osAAAKMAABMjAAABYwAAHRXCQBTjAAAnowAAGKMAAD2fAQAoIwAAPCMAAD6jAAAQo0AAESNAACUjQAArY0AAOaNAADojQAAOI4AADuOAACKjgAAlo4AANyOAADkjgAAyLINADSPAACAjwAANo8AAF4+DwA9jwAAatIFAD+PAACUKAYAQY8AAK5HAQBKjwAAtlULAIaPAADc4AAAmI8AANKPAADUjwAAJJAAAN+PAAAApAAA648AAOiVAAAzkAAAdpAAAIWQAADIkAAA1JAAABqRAAAdkQAAbJEAAG+RAAC+kQAA1pEAABCSAAAXkgAAYpIAAG6SAAC0kgAAwZIAAAaTAAAUkwAAWJMAAGSTAACqkwAAsZMAAPyTAAAUlAAATpQAAFqUAACglAAAppQAAPKUAAD4lAAARJUAAEmVAACWlQAAnJUAAGyzDQDqlQAAOpYAAEGWAACMlgAApJYAAN6WAADllgAAMJcAAEmXAACClwAAmpcAANSXAADglwAAJpgAACyYAAB4mAAAfpgAAMqYAADPmAAAHJkAACKZAAC+sw0Ah5kAAMCZAADRmQAAEpoAACCaAABkmgAAc5oAALaaAAC+mgAACJsAACibAABamwAAZpsAAKybAADAmwAA/psAAAacAABQnAAAVpwAAKKcAACunAAA9JwAAP6cAABGnQAATJ0AAJidAACmnQAA6p0AAPadAAA8ngAAV54AAI6eAACQngAA4J4AAPGeAAAynwAAOp8AAISfAACSnwAA1p8AANmfAAAooAAAMKAAAHqgAACHoAAAzKAAANGgAAAeoQAAKKEAAHChAAB4oQAAwqEAAMShAAAUogAAJaIAAGaiAAB3ogAAuKIAAL2iAAAKowAADqMAAFyjAABoowAArqMAALWjAAAQtA0ABaQAAFKkAABcpAAApKQAALykAAD2pAAA+aQAAEilAABRpQAAmqUAAJulAADspQAA7aUAAD6mAABDpgAAkKYAAJamAADipgAA7KYAADSnAABApwAAhqcAAI2nAADYpwAA8KcAACqoAAAsqAAAfKgAAIWoAADOqAAA2KgAACCpAAArqQAAcqkAAIqpAADEqQAA2qkAABaqAAAbqgAAaKoAAG+qAAC6qgAAxqoAAGK0DQAOqwAAaJYCABGrAACgswEAFasAAHSoBQAdqwAAXqsAAGCrAADSUgIAbKsAALCrAAC8qwAAAqwAAL+rAABCcAcAD6wAAFSsAABerAAApqwAAKesAACKXg0ArqwAAPisAAD/rAAASq0AABOtAABkkAEAT60AAJytAACorQAA7q0AAPGtAABArgAASK4AAJKuAACfrgAA5K4AAOmuAAA2rwAAQK8AAIivAACQrwAA2q8AAN2vAAAssAAANbAAAH6wAAB/sAAA0LAAANGwAAAisQAAJ7EAAHSxAAB6sQAAxrEAANCxAAAYsgAAILIAAGqyAABssgAAvLIAAMWyAAAOswAAGLMAAGCzAABrswAAsrMAAL6zAAAEtAAAEbQAAFa0AABgtAAAqLQAALa0AAD6tAAACbUAAEy1AABOtQAAnrUAAKi1AADwtQAA/rUAAEK2AABHtgAAlLYAAKG2AADmtgAA7rYAADi3AAA5twAAircAAJC3AADctwAA4bcAAC64AAA4uAAAgLgAAIW4AADSuAAA4bgAACS5AAApuQAAdrkAAIe5AADIuQAA0LkAABq6AAAgugAAbLoAAHi6AAC+ugAA27oAABC7AAAZuwAAYrsAAG67AAC0uwAAt7sAAAa8AAAQvAAAWLwAAGS8AACqvAAAsbwAAPy8AAAEvQAATr0AAGe9AACgvQAAtL0AAPK9AAD6vQAARL4AAEe+AACWvgAAor4AAOi+AADuvgAAOr8AAFW/AACMvwAAmL8AAN6/AADkvwAAtLQNADrAAACCwAAAjcAAANTAAADcwAAAztEAAODAAAAmwQAAM8EAAHjBAACCwQAAysEAANjBAAAcwgAAK8IAAG7CAABwwgAAwMIAAMrCAAASwwAAIMMAAGTDAABpwwAAtsMAAMPDAAAIxAAAEMQAAFrEAABbxAAArMQAAF7EAABiXwEAasQAAOaDAQC9xAAA/sQAAAfFAABQxQAAZ8UAAKLFAACwxQAA9MUAAAHGAABGxgAATsYAAJjGAAC3xgAABrUNAPPGAAA8xwAARscAAI7HAACZxwAAWLUNAOLHAAAyyAAAO8gAAITIAACOyAAA1sgAAOHIAAAoyQAANMkAAHrJAACHyQAAzMkAANbJAAAeygAALMoAAHDKAAB/ygAAwsoAAMTKAAAUywAAHssAAGbLAAB0ywAAuMsAAL3LAAAKzAAAF8wAAFzMAABkzAAArswAALTMAAAAzQAADM0AAFLNAABvzQAApM0AAK3NAAD2zQAABM4AAEjOAABOzgAAms4AAKbOAADszgAA884AAKq1DQBAzwAAEAMCAETPAACQzwAAlc8AAOLPAACezwAAqhkEAO/PAAA00AAAS9AAAIbQAACH0AAA2NAAANrQAAAq0QAALdEAAHzRAAB/0QAA/LUNAO/RAAAg0gAAIdIAAHLSAAB00gAAxNIAAMfSAAAW0wAAGdMAAE62DQBt0wAAutMAAMDTAAAM1AAAE9QAAF7UAACA1AAAsNQAALjUAAAC1QAAEdUAAFTVAABW1QAAptUAALfVAAD41QAACdYAAErWAABW1gAAnNYAAKPWAADu1gAA9tYAAEDXAABE1wAAktcAAKDXAADk1wAA7tcAADbYAABB2AAAiNgAAI3YAADa2AAA49gAACzZAAA22QAAftkAAIbZAADQ2QAA0tkAACLaAAAv2gAAdNoAAIjaAADG2gAAztoAABjbAAAZ2wAAatsAAGzbAAC82wAAv9sAAA7cAAAR3AAAoLYNAGXcAACy3AAAuNwAAATdAAAL3QAAVt0AAF7dAACo3QAAt90AAPrdAAD/3QAATN4AAFneAACe3gAArt4AAPDeAAD+3gAAQt8AAFnfAACU3wAAnd8AAObfAADs3wAAOOAAAETgAACK4AAAkeAAAPK2DQDh4AAACLACAOTgAAAu4QAA6eAAAOqfCAA94QAAgOEAAJHhAADS4QAA4OEAACTiAAAw4gAAduIAAIPiAADI4gAA0uIAABrjAAAi4wAAbOMAAG/jAAC+4wAAyuMAABDkAAAd5AAAYuQAAGzkAAC05AAAvOQAAAblAAAI5QAAWOUAAGHlAACq5QAAtOUAAPzlAAAH5gAATuYAAGPmAACg5gAAqOYAAPLmAAAL5wAAROcAAE3nAACW5wAAoOcAAOjnAADw5wAAOugAAEfoAACM6AAAkegAAN7oAADm6AAAMOkAADHpAACC6QAAhOkAANTpAADX6QAAJuoAACnqAABEtw0AfeoAAMrqAADQ6gAAHOsAACPrAABu6wAAdusAAMDrAADO6wAAEuwAABXsAABk7AAAbOwAALbsAAC57AAACO0AABTtAABa7QAAZO0AAJa3DQCt7QAA8qELAK7tAAD+7QAAr+0AABqoCgC27QAAMKQLALftAAC6ggQAu+0AANjvAQC87QAAeF0KANDtAABM1AEAB+4AAFDuAABa7gAAou4AAK3uAAD07gAAAO8AAEbvAABT7wAAmO8AAKLvAADq7wAA+O8AADzwAABL8AAAjvAAAJDwAADg8AAA6vAAADLxAABA8QAAhPEAAInxAADW8QAA4/EAACjyAAA48gAAevIAAHzyAADM8gAA2vIAAB7zAAAv8wAA6LcNAHfzAAA6uA0AyvMAAIy4DQAd9AAAZvQAAHD0AAC49AAAw/QAAAr1AAAW9QAAXPUAAGn1AACu9QAAuPUAAAD2AAAO9gAAUvYAAGH2AACk9gAApvYAAPb2AAAA9wAASPcAAFb3AACa9wAAn/cAAOz3AAD59wAAPvgAAEb4AACQ+AAAoPgAAOL4AADk+AAANPkAAEL5AACG+QAAl/kAAN64DQDf+QAAMLkNAEP6AAB8+gAAjfoAAM76AADa+gAAIPsAACj7AACCuQ0Ad/sAAMT7AADM+wAAFvwAABj8AABo/AAAG/wAAG6vBgAl/AAAJnAEAHH8AAC6/AAAd/wAANTrCADE/AAADP0AABf9AABe/QAAav0AALD9AAC9/QAAAv4AAAz+AABU/gAAYv4AAKb+AAC1/gAA+P4AAPr+AABK/wAAVP8AAJz/AACo/wAA7v8AAPb/AADUuQ0AQwABAJIAAQCgAAEA5AABAPEAAQA2AQEATQEBAIgBAQCQAQEA2gEBAPABAQAsAgEAOAIBAH4CAQCNAgEA0AIBANsCAQAiAwEAJAMBAHQDAQCBAwEAxgMBANQDAQAYBAEAGwQBAGoEAQCABAEAvAQBAMQEAQAOBQEAIAUBACa6DQBtBQEAejILAG8FAQCyBQEAtwUBAAQGAQALBgEAVgYBAGIGAQCoBgEAtQYBAPoGAQD8BgEATAcBAGIHAQCeBwEAqgcBAPAHAQAPCAEAQggBAF4IAQCUCAEAnAgBAHi6DQDoCAEAOAkBAEEJAQCKCQEAlAkBANwJAQDnCQEALgoBADoKAQCACgEAjQoBANIKAQDcCgEAJAsBADILAQB2CwEAhQsBAMgLAQDKCwEAGgwBACQMAQBsDAEAegwBAL4MAQDDDAEAEA0BAB0NAQBiDQEAcg0BALQNAQC2DQEABg4BABQOAQBYDgEAaQ4BAMq6DQCxDgEAHLsNAP4OAQASxAQAAQ8BAE4PAQAFDwEAHLgBAAgPAQBe6gYACg8BAKKSAQAQDwEA6EQEAFUPAQACzQkAWw8BAKAPAQC3DwEA8g8BAPcPAQBEEAEARxABAJYQAQBOEAEAQoQFAGAQAQCCjgUAmxABABCJBQCiEAEA6BABAO4QAQDCHAEA9xABADoRAQBDEQEAjBEBAJIRAQDeEQEA7BEBADASAQA6EgEAghIBAJYSAQDUEgEA4BIBACYTAQA5EwEAeBMBAIcTAQDKEwEA1hMBABwUAQAdFAEAbhQBAHgUAQDAFAEAzhQBABIVAQAXFQEAZBUBAHEVAQDAuw0AyRUBAAgWAQAXFgEAWhYBAGYWAQCsFgEArRYBAP4WAQAIFwEAUBcBAF4XAQCiFwEApxcBAPQXAQABGAEAtrwNAEgYAQCYGAEAoRgBAOoYAQD0GAEAPBkBAEcZAQCOGQEAmhkBAOAZAQDtGQEAMhoBADwaAQCEGgEAkhoBANYaAQDlGgEAKBsBACobAQB6GwEAhBsBAMwbAQDaGwEAHhwBACscAQBwHAEAhxwBAAi9DQDdHAEAFB0BACAdAQBmHQEAbB0BALgdAQDEHQEACh4BABAeAQBcHgEAYh4BAK4eAQCzHgEAAB8BAAYfAQBavQ0AWx8BAKQfAQCuHwEA9h8BAAEgAQBIIAEAVCABAJogAQCnIAEA7CABAPYgAQA+IQEATCEBAJAhAQCfIQEA4iEBAOQhAQA0IgEAPiIBAIYiAQCUIgEA2CIBAN0iAQAqIwEANyMBAHwjAQCEIwEAziMBAN4jAQAgJAEAIiQBAHIkAQCAJAEAxCQBANUkAQBQvg0AHSUBAKK+DQBuJQEAuiUBAMYlAQAMJgEAHCYBAF4mAQBnJgEAsCYBALMmAQACJwEADicBAFQnAQBbJwEApicBAK4nAQD4JwEAFigBAEooAQBSKAEAnCgBAK0oAQDuKAEA8ygBAEApAQBXKQEAkikBAKApAQDkKQEA8SkBADYqAQA+KgEAiCoBAIwqAQDaKgEA3CoBACwrAQAvKwEAfisBAIYrAQDQKwEA1isBACIsAQAuLAEAdCwBAIQsAQDGLAEAzywBABgtAQAbLQEAai0BAHYtAQC8LQEAwy0BAPS+DQAXLgEAYC4BAGMuAQCyLgEAwC4BAAQvAQARLwEAVi8BAG0vAQCoLwEAsC8BAPovAQD8LwEATDABAFUwAQCeMAEAqDABAPAwAQD7MAEAQjEBAE4xAQCUMQEAoTEBAOYxAQDwMQEAODIBAEYyAQCKMgEAmTIBANwyAQDeMgEALjMBADgzAQCAMwEAjjMBANIzAQDXMwEAJDQBADE0AQB2NAEAfjQBAMg0AQDeNAEAGjUBACY1AQBsNQEAezUBAL41AQDJNQEAEDYBABI2AQBiNgEAbzYBALQ2AQDCNgEABjcBAAk3AQBYNwEAbjcBAEa/DQCyNwEAGPoBALg3AQC4ZQIAwjcBAPw3AQD+NwEATjgBAF84AQCgOAEAsTgBAPI4AQD3OAEARDkBAEg5AQCWOQEAojkBAOg5AQDvOQEAOjoBAEI6AQCMOgEAqjoBAN46AQDmOgEAmL8NADU7AQCCOwEAgzsBAAy4CwCROwEA2sYKAJs7AQDUOwEA1jsBACY8AQA/PAEAeDwBAIk8AQDKPAEA1jwBABw9AQAePQEAbj0BAHc9AQDAPQEAfT0BADJDAQDKPQEAEj4BAB0+AQBkPgEAcD4BALY+AQDDPgEACD8BABI/AQBaPwEAaD8BAKw/AQC7PwEA/j8BAABAAQBQQAEAWkABAKJAAQCwQAEA9EABAPlAAQBGQQEAU0EBAJhBAQCkQQEA6kEBAPBBAQA8QgEAQkIBAI5CAQCTQgEA4EIBAOZCAQDqvw0AQUMBAIRDAQCQQwEA1kMBANlDAQAoRAEAK0QBAHpEAQCBRAEAzEQBANhEAQAeRQEAK0UBAHBFAQB+RQEAwkUBAM5FAQAURgEAG0YBADzADQBsRgEAuEYBAL5GAQAKRwEAD0cBAFxHAQBiRwEAjsANAK9HAQCi5AEAuEcBAF5HCgC6RwEAhJgNALxHAQC8yQoAvUcBAABIAQAMSAEAUkgBAFNIAQCkSAEAXkgBABzZCgCuSAEA9kgBAARJAQBISQEATUkBAJpJAQCnSQEA4MANAO5JAQCakwoA+kkBAMqGCgAPSgEAPkoBAGNKAQCQSgEAtkoBAOJKAQAJSwEANEsBAFhLAQCGSwEAjksBADLBDQDkSwEAKkwBACxMAQB8TAEAf0wBAM5MAQDTTAEAIE0BAC1NAQByTQEAjk0BAMRNAQDMTQEAhMENAB9OAQBoTgEAI04BAARYAQBrTgEAuk4BAMZOAQAMTwEAEk8BAF5PAQBrTwEAsE8BALJPAQACUAEAGFABAFRQAQBgUAEAplABAK5QAQDWwQ0A/lABAEpRAQBSUQEAnFEBAJ1RAQDuUQEA8FEBAEBSAQBDUgEAklIBAJVSAQAowg0A6VIBADZTAQA8UwEAiFMBAI9TAQDaUwEA4lMBACxUAQA5VAEAflQBAINUAQDQVAEA2lQBACJVAQAqVQEAdFUBAHZVAQDGVQEA11UBABhWAQApVgEAalYBAG9WAQC8VgEAwFYBAA5XAQAaVwEAYFcBAGdXAQCyVwEAxFcBAHrCDQAJWAEAVlgBAF5YAQCoWAEAqlgBAPpYAQAJWQEATFkBAFtZAQCeWQEAqlkBAPBZAQDzWQEAQloBAEVaAQCUWgEAnFoBAOZaAQDwWgEAOFsBAD1bAQCKWwEAklsBANxbAQDmWwEALlwBADlcAQCAXAEAjlwBANJcAQDVXAEAJF0BACxdAQB2XQEAkV0BAMhdAQDTXQEAGl4BAB9eAQBsXgEAb14BAL5eAQDIXgEAEF8BACJfAQDMwg0AcF8BALRfAQC+XwEABmABABFgAQBYYAEAYGABAKpgAQCwYAEA/GABAP5gAQBOYQEAZ2EBAKBhAQC5YQEA8mEBAABiAQBEYgEATmIBAJZiAQCsYgEA6GIBAAVjAQA6YwEAQmMBAIxjAQCcYwEA3mMBAOBjAQAwZAEAPmQBAIJkAQCTZAEAHsMNANtkAQBwww0AJ2UBAHhlAQCJZQEAymUBANZlAQAcZgEAHmYBAG5mAQBxZgEAwGYBAMxmAQASZwEAGmcBABTEDQBvZwEAtmcBAMJnAQAIaAEAF2gBAFpoAQB6aAEArGgBALRoAQD+aAEAEmkBAFBpAQBVaQEAomkBAKtpAQD0aQEA+mkBAEZqAQBOagEAmGoBAKdqAQDqagEA72oBADxrAQBJawEAjmsBAJtrAQDgawEA7GsBADJsAQBBbAEAhGwBAI5sAQDWbAEA5GwBAChtAQAtbQEAem0BAIdtAQDMbQEA1G0BAB5uAQAhbgEAcG4BAHxuAQDCbgEAzG4BABRvAQAebwEAZm8BAHRvAQC4bwEAxW8BAApwAQAhcAEAXHABAF9wAQBmxA0AsXABAF6NAwC4cAEA0jQFALtwAQAAcQEAvnABADIICwC/cAEA2nICAMRwAQAi5QMAB3EBAB47AgAKcQEArCsDAA9xAQAwSAwAG3EBAFJxAQBUcQEApHEBALVxAQD2cQEABHIBAEhyAQBPcgEAmnIBAJxyAQDscgEAn3IBAKBXAgCicgEA1I0BAPtyAQA+cwEATXMBAJBzAQCccwEA4nMBAOVzAQA0dAEAN3QBAIZ0AQCmdAEA2HQBAOR0AQAqdQEAPnUBAHx1AQCKdQEAznUBANV1AQC4xA0AN3YBAHJ2AQB0dgEAZmcKAHV2AQBwZgoAf3YBAMR2AQDGdgEAFncBACB3AQBodwEAJ3cBAOxqCgBxdwEAuncBAMB3AQAMeAEAGHgBAF54AQBleAEAsHgBALV4AQACeQEADnkBAFR5AQBXeQEApnkBALN5AQD4eQEA/XkBAEp6AQBUegEAnHoBALJ6AQDuegEA8HoBAEB7AQBKewEAknsBAKF7AQDkewEA73sBAArFDQBCfAEAiHwBAJV8AQDafAEA6HwBACx9AQA4fQEAfn0BAIV9AQBcxQ0A1X0BACJ+AQDcfQEAxgYNAN59AQBC6gMAJH4BAOBXAwAnfgEAYIIJADl+AQB0fgEAgn4BAMZ+AQDTfgEAGH8BACB/AQBqfwEAdH8BAPKqBgB6fwEAvH8BAL5/AQAOgAEAHIABAGCAAQBxgAEArsUNALmAAQAAxg0ACYEBAFaBAQBcgQEAqIEBALCBAQD6gQEAA4IBAEyCAQBPggEAnoIBAKqCAQDwggEA9oIBAEKDAQBKgwEAlIMBALODAQCkxg0A6IMBADiEAQBGhAEAioQBAJuEAQD2xg0A44QBAEjHDQAzhQEAgIUBAIaFAQDShQEA2oUBACSGAQAthgEAdoYBAHmGAQDIhgEA1IYBABqHAQAghwEA7McNAG6HAQC+hwEAx4cBABCIAQAaiAEAYogBAG2IAQC0iAEAwIgBAAaJAQATiQEAWIkBAGKJAQCqiQEAuIkBAPyJAQALigEATooBAFCKAQCgigEAqooBAPKKAQAAiwEARIsBAEmLAQCWiwEAo4sBAOiLAQDwiwEAOowBAEqMAQCMjAEAjowBAN6MAQDsjAEAMI0BAEGNAQA+yA0AiY0BAJDIDQDdjQEAJo4BACmOAQB4jgEAhI4BAMqOAQDQjgEAHI8BACmPAQBujwEAcI8BAMCPAQDWjwEAEpABAB6QAQDiyA0AcJABALaQAQC8kAEACJEBAAuRAQBakQEAaJEBAKyRAQCxkQEA/pEBAAuSAQBQkgEAWJIBADTJDQCvkgEA9JIBAAKTAQBGkwEAXJMBAJiTAQChkwEA6pMBAACUAQA8lAEARJQBAI6UAQCRlAEA4JQBAOmUAQAylQEAM5UBAISVAQCFlQEA1pUBANuVAQAolgEALpYBAHqWAQCElgEAzJYBANiWAQAelwEAJZcBAHCXAQB4lwEAwpcBAMSXAQAUmAEAFZgBAGaYAQB0mAEAuJgBAMCYAQAKmQEAJZkBAFyZAQBomQEArpkBALSZAQAAmgEAA5oBAFKaAQBgmgEApJoBAKmaAQD2mgEAA5sBAEibAQBQmwEAmpsBAKibAQDsmwEA75sBAIbJDQBBnAEAkJwBAEKcAQB4cQgASpwBAMZhCABMnAEANg4MAFGcAQB+OAwAk5wBAOKcAQDznAEANJ0BAFCdAQCGnQEAjp0BANjJDQDpnQEAKp4BADKeAQB8ngEAgp4BAM6eAQDTngEAIJ8BACmfAQBynwEAfJ8BAMSfAQDSnwEAFqABACOgAQBooAEAdKABALqgAQC9oAEADKEBACihAQAqyg0AYaEBALChAQByoQEAZM4DALyhAQACogEACKIBAFSiAQBeogEAfMoNAKuiAQD4ogEABaMBAEqjAQBSowEA2tENAFajAQCcowEAWqMBAASqAQCiowEA7qMBAPSjAQBApAEARaQBAJKkAQCYpAEAzsoNAO6kAQBcaAoA8qQBADalAQBHpQEAIMsNAI+lAQByyw0A4qUBAMTLDQA6pgEAfqYBAIWmAQDQpgEA2KYBACKnAQAvpwEAdKcBAHmnAQDGpwEA0KcBABioAQAgqAEAaqgBAHCoAQC8qAEAvqgBAA6pAQAcqQEAYKkBAGOpAQCyqQEAvqkBABbMDQAGqgEAVqoBAGSqAQCoqgEAuaoBAGjMDQABqwEAuswNAFKrAQCeqwEApKsBAPCrAQD1qwEAQqwBAEisAQAMzQ0AlqwBAOasAQCgrAEAuPUEAAGtAQA4rQEAOq0BAIqtAQCkrQEA3K0BAOmtAQBQdQgA7a0BAC6uAQAwrgEAgK4BAI2uAQDSrgEA6a4BACSvAQA+rwEAdq8BAHivAQDIrwEAy68BABqwAQAdsAEAbLABAHiwAQC+sAEAxLABABCxAQAasQEAXs0NAGexAQC0sQEAwbEBAAayAQASsgEAWLIBAF6yAQCqsgEAsLIBAPyyAQABswEATrMBAFSzAQCwzQ0Ap7MBAGJsDACpswEAXIUDAK2zAQBQiAIAsbMBAGptCwC2swEA8rMBAPOzAQBEtAEACLQBAORdBABGtAEAlrQBAFK0AQDsugIAnLQBAOi0AQD2tAEAOrUBAD21AQCMtQEAkbUBAN61AQDrtQEAMLYBAEC2AQCCtgEAhLYBANS2AQDitgEAJrcBADe3AQACzg0AfrcBAMq3AQDWtwEAVM4NAC24AQBuuAEAeLgBAMC4AQDOuAEAErkBABO5AQBkuQEAdbkBALa5AQDCuQEACLoBABi6AQBaugEAXLoBAKy6AQC6ugEA/roBAA+7AQCmzg0AVrsBAKK7AQCuuwEA+M4NAPq7AQBGvAEATLwBAJi8AQCdvAEA6rwBAPC8AQCczw0ARL0BAI69AQCYvQEAwikMAKe9AQDgvQEA6b0BADK+AQA8vgEAhL4BAIy+AQDWvgEA2r4BACi/AQAqvwEAer8BAH2/AQDMvwEA6L8BAO7PDQAxwAEAcMABAHHAAQDCwAEAzsABABTBAQAjwQEAZsEBAHDBAQC4wQEAxMEBAArCAQARwgEAQNANAGLCAQAG/AoAb8IBAK7CAQC9wgEAAMMBAAzDAQBSwwEAU8MBAKTDAQCuwwEA9sMBAATEAQBIxAEATcQBAJrEAQCnxAEA5NANAPTEAQA+xQEASsUBAJDFAQCjxQEA4sUBAOPFAQA0xgEAQMYBAIbGAQCVxgEA2MYBAOLGAQAqxwEANscBAHzHAQCDxwEANtENAN/HAQAgyAEALMgBAHLIAQCCyAEAxMgBAM7IAQAWyQEAHskBAGjJAQCTyQEAuskBAJTJAQA2zgEA5ckBAAzKAQAUygEAXsoBAGTKAQCwygEAvsoBAALLAQAZywEAVMsBAF/LAQCmywEAsMsBAPjLAQAizAEASswBAFLMAQCczAEArMwBAO7MAQDwzAEAQM0BAE7NAQCSzQEAo80BACzSDQDrzQEAftINAGHOAQCIzgEAkM4BANrOAQDgzgEALM8BADrPAQB+zwEAlc8BANDPAQDbzwEAItABACzQAQB00AEAntABAMbQAQDO0AEAGNEBACjRAQBq0QEAbNEBALzRAQDK0QEADtIBAB/SAQDQ0g0AZ9IBACLTDQC00gEABNMBABLTAQBW0wEAZ9MBAHTTDQCv0wEAxtMNAALUAQAY1A0AVNQBAGrUDQCg1AEA8NQBAP7UAQBC1QEAU9UBALzUDQCa1QEA5tUBAPLVAQAO1Q0AQdYBAIrWAQCX1gEA3NYBAOrWAQAu1wEAONcBAIDXAQCa1wEA0tcBANXXAQAk2AEAK9gBAHbYAQCW2AEAyNgBAOLYAQBg1Q0AJ9kBAGzZAQAr2QEA/C0CADDZAQCMggIAetkBAL7ZAQDI2QEAENoBACraAQBi2gEActoBALTaAQC62gEABtsBAAjbAQBY2wEAbtsBAKrbAQC22wEA/NsBAADcAQBO3AEAU9wBAKDcAQCm3AEA8twBABLdAQBE3QEAXt0BAJbdAQCY3QEA6N0BAOvdAQA63gEAPd4BAIzeAQCY3gEA3t4BAOTeAQAw3wEAOt8BALLVDQCH3wEA1N8BAOHfAQAm4AEAMuABAHjgAQCL4AEAyuABANngAQAc4QEAKOEBAG7hAQBv4QEAwOEBAMrhAQAS4gEAIOIBAGTiAQBp4gEAtuIBAMPiAQAE1g0ACeMBAGaQCgAK4wEA5qQKAAvjAQC+0QoADuMBAEo0CAAP4wEA2JUKABLjAQCWeQsAE+MBAKaaCgAU4wEAMLgJABXjAQA+QgoAFuMBAB4UCgAX4wEAELwEABjjAQBa4wEAIOMBAFLlDgAi4wEAvvALACTjAQDo6gwAK+MBAMD4CwAz4wEA6vwLAEbjAQBufQsATeMBAA7ACwBc4wEArOMBAGvjAQCywAsAuuMBAP7jAQAP5AEAVtYNAFfkAQCo1g0AruQBAPTkAQAD5QEARuUBAFDlAQCY5QEApOUBAOrlAQC75QEAXLALAPHlAQBM1w0APuYBAI7mAQCf5gEA4OYBAOnmAQAy5wEAPucBAITnAQCH5wEA1ucBAN7nAQAo6AEAMugBAHroAQB/6AEAzOgBANToAQAe6QEAN+kBAHDpAQB86QEAwukBAMrpAQDw1w0AHOoBAELYDQBp6gEAuOoBALvqAQAK6wEAFusBAFzrAQBi6wEArusBALjrAQCU2A0ABewBAFLsAQBf7AEApOwBAKzsAQDm2A0A/OwBAEjtAQBO7QEAmu0BAJ/tAQDs7QEA8u0BADjZDQBG7gEAitkNAJLuAQDKZwkAle4BAOLuAQCc7gEA7CIJAOzuAQA07wEA8e4BAFAtBwA87wEAwAILAFDvAQCG7wEAju8BANzZDQDd7wEAKvABAEDwAQB88AEAffABAM7wAQDQ8AEAIPEBACbxAQBy8QEAfvEBAMTxAQDL8QEAFvIBAB7yAQBo8gEAcfIBALryAQC98gEADPMBABrzAQBe8wEAa/MBALDzAQDH8wEAAvQBAAr0AQBU9AEAYPQBAEr1AQB/9AEApvQBANH0AQD49AEAHPUBAC7aDQBn9QEAnPUBAKX1AQCS9gEArfUBAO71AQAc9gEAQPYBAGT2AQCA2g0AlPYBAOT2AQD19gEANvcBAGT3AQCI9wEArPcBANLaDQDg9wEAAMQFAOP3AQAs+AEA5vcBAFp1DAA2+AEAfvgBADn4AQCwywUAOvgBAAorDACG+AEA0PgBANT4AQAi+QEAJPkBAHT5AQB3+QEAxvkBAOL5AQAk2w0AHfoBAIp8CgAi+gEAQO4KACT6AQBq+gEAKPoBAIqvCQCH+gEAvPoBAMX6AQAO+wEAEPsBAGD7AQBx+wEAdtsNALf7AQAE/AEADfwBAFb8AQBn/AEAqPwBAK/8AQD6/AEAAv0BAEz9AQAU/QEAAh0CAFn9AQDw/QEAW/0BADj/AQBl/QEAnv0BAKr9AQDI2w0A9f0BAEL+AQBM/gEAlP4BAJz+AQAa3A0A8v4BAGzcDQA9/wEAiv8BAJf/AQDc/wEA5v8BAC4AAgAwAAIAgAACAI4AAgDSAAIA3wACAL7cDQApAQIAdgECAIMBAgDIAQIA0gECABoCAgAcAgIAbAICAHoCAgC+AgIAywICABDdDQAWAwIAMlAMAB0DAgBiAwIAbAMCAGLdDQC8AwIABgQCAAgEAgBkSwwAHQQCAFgEAgBdBAIAqgQCALQEAgD8BAIABAUCALTdDQBYBQIAoAUCAKwFAgDyBQIA9QUCAEQGAgBOBgIAlgYCALAGAgDoBgIA/wYCADoHAgA/BwIAjAcCAKgHAgAG3g0A6AcCADAIAgDvBwIAwgkHADwIAgCCCAIAhQgCANQIAgDeCAIAJgkCAEAJAgB4CQIAfgkCAMoJAgDMCQIAHAoCACoKAgBuCgIAcQoCAMAKAgDMCgIAEgsCABULAgBkCwIAhwsCAFjeDQC4CwIACAwCABYMAgBaDAIAXQwCAKwMAgC4DAIA/gwCAAENAgCq3g0AWw0CAKINAgCoDQIA9A0CAPkNAgBGDgIASg4CAJgOAgCbDgIA/N4NAOsOAgDgWQsA7Q4CAEDaDADwDgIAPA8CAPMOAgA00wwA9A4CALgTAgD2DgIAoMAMAPgOAgBCuQwA+Q4CAAjHDAD6DgIAOOMMAAEPAgDmewoABA8CAGzwCwBIDwIAjg8CALcPAgDgDwIA7A8CADIQAgBBEAIAhBACAI4QAgDWEAIA2RACACgRAgBCEQIAehECAIQRAgDMEQIA0RECAB4SAgAoEgIAcBICAHsSAgDCEgIAyBICABQTAgAZEwIAZhMCAGoTAgBO3w0AvRMCAAoUAgDGEwIAws0MABQUAgBcFAIAZxQCAK4UAgC0FAIAABUCAAUVAgBSFQIAVhUCAKDfDQCpFQIA5qICAKsVAgAergsArBUCAJ71CgCuFQIA+jwMAL4VAgD2FQIAABYCAEgWAgBTFgIAmhYCAKAWAgDsFgIA8RYCAD4XAgBCFwIAkBcCALMXAgDy3w0A5BcCADQYAgDlFwIAMFwKAOcXAgDsAwgA6xcCAIIKCgDuFwIA2iACAPAXAgA8TwwAQRgCAPhGAgBCGAIAhhgCAIkYAgDYGAIA5BgCACoZAgBCGQIAfBkCAIgZAgDOGQIA1BkCACAaAgAmGgIAchoCAHcaAgDEGgIAyhoCAETgDQAgGwIAaBsCAHMbAgC6GwIAwBsCAAwcAgARHAIAXhwCAGIcAgCwHAIAsxwCAJbgDQAMHQIAVB0CAF8dAgCmHQIArB0CAPgdAgD9HQIASh4CAE4eAgDo4A0AnR4CAO4eAgD6HgIAQB8CAEwfAgCSHwIAmB8CAOQfAgDqHwIANiACADsgAgCIIAIAjiACADrhDQDcIAIA7tcEAOEgAgBO5wQA6SACABJdAgDqIAIALCECADghAgB+IQIAhCECANAhAgDcIQIAIiICAC8iAgB0IgIAgyICAMYiAgDSIgIAGCMCACQjAgBqIwIAcCMCALwjAgDCIwIADiQCABMkAgBgJAIAZiQCAIzhDQC8JAIARlcHAMgkAgAEJQIAyyQCAFY7CAAQJQIAViUCAF4lAgB6jw4AYiUCAKglAgCuJQIA+iUCAAAmAgBMJgIAUSYCAJ4mAgCkJgIA3uENAPgmAgAK5A4A+iYCAEInAgBIJwIAlCcCAE4nAgC0+QIAoicCAOYnAgD/JwIAOCgCAEEoAgCKKAIAlCgCANwoAgDoKAIALikCADopAgCAKQIAhikCANIpAgDYKQIAJCoCACkqAgB2KgIAfCoCADDiDQDUKgIAGisCACQrAgBsKwIAdysCAL4rAgDDKwIAECwCABcsAgBiLAIAbiwCALQsAgC6LAIABi0CAAwtAgBYLQIAXS0CAKotAgCwLQIAguINAA0uAgBOLgIATy4CAKAuAgBULgIAbjMCAKUuAgDyLgIAAC8CAEQvAgBRLwIAli8CAKAvAgDoLwIA9C8CADowAgBAMAIAjDACAJgwAgDeMAIA8TACADAxAgA/MQIAgjECAI4xAgDUMQIA1TECACYyAgAwMgIAeDICAIYyAgDKMgIAzzICABwzAgApMwIA1OINAHozAgDAMwIA0DMCABI0AgAeNAIAZDQCAGo0AgC2NAIAwjQCAAg1AgAVNQIAWjUCAGk1AgCsNQIAuDUCAP41AgAKNgIAUDYCAGM2AgCiNgIAsTYCAPQ2AgAANwIARjcCAEc3AgCYNwIAojcCAOo3AgD4NwIAPDgCAEE4AgCOOAIAmzgCACbjDQDiOAIAeukFAOw4AgAyOQIA7TgCALDWCADuOAIAKm0KAEY5AgCEOQIAkDkCANY5AgDcOQIAKDoCAC46AgB6OgIAfzoCAMw6AgDSOgIAeOMNACo7AgBwOwIAfTsCADK0AgCDOwIAwjsCAMc7AgC8TAIAyjsCAEL0AgDOOwIAFDwCABo8AgBmPAIAbDwCALg8AgC9PAIACj0CABA9AgDK4w0AaD0CAK49AgC0PQIAAD4CAAU+AgBSPgIAWT4CAKQ+AgCyPgIA9j4CABE/AgBIPwIAVj8CAJo/AgCdPwIA7D8CAPo/AgA+QAIAQ0ACAJBAAgCdQAIA4kACAO5AAgA0QQIAOkECAIZBAgCMQQIA2EECAN1BAgAqQgIAMEICABzkDQCBQgIAzkICANdCAgAgQwIALUMCAHJDAgB5QwIAxEMCANVDAgAWRAIAG0QCAGhEAgB3RAIAukQCALxEAgAMRQIAHUUCAF5FAgBqRQIAsEUCALZFAgACRgIACEYCAFRGAgBZRgIApkYCAKxGAgBu5A0AD0cCAEpHAgBWRwIAnEcCAKhHAgDuRwIA9EcCAEBIAgBGSAIAkkgCAJdIAgDkSAIA6kgCAMDkDQA8SQIA5nkCAE1JAgCISQIAkUkCANpJAgDwSQIALEoCADhKAgB+SgIAi0oCANBKAgDaSgIAIksCAC5LAgB0SwIAeksCAMZLAgDMSwIAGEwCAB1MAgBqTAIAcEwCABLlDQDFTAIADk0CABhNAgBgTQIAZU0CALJNAgDCTQIABE4CAB1OAgBWTgIAW04CAKhOAgCxTgIA+k4CAAdPAgBMTwIAU08CAJ5PAgChTwIA8E8CAPxPAgBCUAIAVVACAJRQAgCjUAIA5lACAPJQAgA4UQIAOVECAIpRAgCUUQIA3FECAOpRAgAuUgIAM1ICAIBSAgCNUgIAZOUNANVSAgAkUwIAJ1MCAHZTAgCDUwIAdiwKAIVTAgDIUwIAylMCABpUAgAdVAIAbFQCAHZUAgC+VAIAylQCABBVAgAjVQIAYlUCAHFVAgC0VQIAwFUCAAZWAgAHVgIAWFYCAGJWAgCqVgIAuFYCAPxWAgABVwIATlcCAFtXAgC25Q0AoVcCAPJXAgD+VwIARFgCAEpYAgCWWAIAmFgCAOhYAgDyWAIAOlkCAEhZAgCMWQIAkVkCAN5ZAgDrWQIAMFoCADxaAgCCWgIAlVoCANRaAgDjWgIAJlsCADJbAgB4WwIAeVsCAMpbAgDUWwIAHFwCACpcAgBuXAIAc1wCAMBcAgDNXAIACOYNABtdAgBkXQIAHl0CAPz8CgBqXQIAtl0CALldAgAIXgIAFl4CAFpeAgBfXgIArF4CALleAgD+XgIACl8CAFBfAgBWXwIAol8CAKhfAgD0XwIA+V8CAEZgAgBMYAIAWuYNAJpgAgDqYAIAn2ACALCPCwD5YAIAPGECAFxhAgCOYQIAk2ECAOBhAgD7YQIAMmICAD5iAgCEYgIAimICANZiAgDmYgIAKGMCADljAgB6YwIAf2MCAMxjAgDQYwIAHmQCACpkAgBwZAIAdmQCAMJkAgDIZAIAFGUCABllAgBmZQIAbGUCAKzmDQDHZQIAFFMMAM5lAgAKZgIAC2YCAFxmAgBtZgIArmYCALpmAgAAZwIAFmcCAFJnAgBeZwIApGcCALFnAgD2ZwIAAGgCAEhoAgBUaAIAmmgCAKFoAgDsaAIA+GgCAD5pAgBEaQIAkGkCAJZpAgDiaQIA52kCADRqAgA6agIA/uYNAIhqAgBwewwAj2oCANhqAgDZagIAKmsCACtrAgB8awIAgWsCAM5rAgDUawIAIGwCACpsAgBybAIAfmwCAMRsAgDLbAIAFm0CABttAgBobQIAaW0CALptAgDGbQIADG4CABJuAgBebgIAYG4CALBuAgC6bgIAAm8CABBvAgBUbwIAWW8CAKZvAgCzbwIA+G8CAARwAgBKcAIAXXACAJxwAgCrcAIA7nACAPpwAgBAcQIAQXECAJJxAgCccQIA5HECAPJxAgA2cgIAO3ICAIhyAgCVcgIAUOcNAOtyAgAscwIAOHMCAH5zAgCVcwIA0HMCANJzAgAidAIAM3QCAHR0AgB2dAIAxnQCAMx0AgAYdQIAL3UCAGp1AgBzdQIAvHUCANJ1AgAOdgIAGnYCAGB2AgBtdgIAsnYCALx2AgAEdwIAEHcCAFZ3AgBpdwIAqHcCALd3AgD6dwIABngCAEx4AgBNeAIAnngCAKh4AgDweAIA/ngCAEJ5AgBHeQIAlHkCAKF5AgCi5w0A6HkCADh6AgBMegIAinoCAJh6AgDcegIA6XoCAC57AgA1ewIAgHsCAIx7AgDSewIA5XsCACR8AgApfAIAdnwCAH98AgDIfAIA0nwCABp9AgAffQIAbH0CAHx9AgC+fQIA130CABB+AgAVfgIAYn4CAGt+AgC0fgIAwX4CAAZ/AgANfwIAWH8CAFt/AgCqfwIAtn8CAPx/AgAPgAIAToACAF2AAgCggAIArIACAPKAAgDzgAIARIECAE6BAgCWgQIApIECAOiBAgDtgQIAOoICAEeCAgD05w0ApYICAN6CAgDqggIAMIMCADaDAgCCgwIAkoMCANSDAgDZgwIAJoQCACyEAgB4hAIAjoQCAMqEAgDMhAIAHIUCACaFAgBuhQIAeoUCAMCFAgDThQIAEoYCACGGAgBkhgIAcIYCALaGAgC3hgIACIcCABKHAgBahwIAaIcCAKyHAgCxhwIA/ocCAAuIAgBG6A0AU4gCAP5/CwBaiAIAgpoMAFyIAgAQlAgAXYgCAPBuAwBfiAIAoogCAKuIAgD0iAIA+ogCAEaJAgBMiQIAmIkCAKSJAgDqiQIA94kCADyKAgBGigIAjooCAKSKAgDgigIA5YoCADKLAgA5iwIAhIsCAJKLAgDWiwIA5osCACiMAgA2jAIAeowCAImMAgDMjAIAzowCAB6NAgAojQIAcI0CAH6NAgDCjQIAx40CABSOAgAhjgIAZo4CAHKOAgC4jgIAy44CAAqPAgAZjwIAXI8CAGiPAgCujwIAr48CAACQAgAKkAIAUpACAGCQAgCkkAIAqZACAPaQAgADkQIAmOgNAEqRAgCakQIAVJECAA6MCACrkQIA7JECAPWRAgA+kgIASpICAJCSAgCckgIA4pICAOiSAgA0kwIAOpMCAIaTAgCLkwIA2JMCAN6TAgDq6A0ANpQCAHyUAgCMlAIAzpQCANyUAgAglQIALZUCAHKVAgB+lQIAxJUCAMuVAgAWlgIAHpYCADzpDQBxlgIA0g0NAHWWAgCMqwIAeZYCALqWAgDLlgIADJcCABSXAgBelwIAGJcCAPg+CwBolwIAsJcCALWXAgACmAIACpgCAFSYAgBWmAIAppgCAF2YAgAYngIArpgCAPiYAgAOmQIASpkCAFaZAgCcmQIAspkCAO6ZAgAHmgIAQJoCAEyaAgCSmgIAmJoCAOSaAgDsmgIANpsCAEabAgCImwIAkZsCANqbAgDnmwIALJwCADucAgB+nAIAiJwCANCcAgDenAIAIp0CACedAgB0nQIAgZ0CAMadAgDOnQIAjukNACWeAgBqngIAcZ4CALyeAgDIngIADp8CAB6fAgBgnwIAbp8CALKfAgC/nwIABKACABCgAgBWoAIAXaACAKigAgCwoAIA4OkNAAahAgBMoQIAVqECAJ6hAgCpoQIA8KECAPWhAgBCogIASaICAJSiAgCcogIAMuoNAO6iAgA4owIASKMCAIqjAgCWowIA3KMCAOCjAgAupAIANqQCAICkAgCCpAIA0qQCANikAgAkpQIAO6UCAHalAgB/pQIAyKUCAN6lAgAapgIAJqYCAGymAgB5pgIAvqYCAMimAgAQpwIAE6cCAGKnAgBqpwIAtKcCAL6nAgAGqAIAC6gCAFioAgBgqAIAqqgCALqoAgD8qAIABakCAE6pAgBbqQIAoKkCAK+pAgDyqQIA/KkCAESqAgBSqgIAlqoCAJuqAgDoqgIA9aoCADqrAgBCqwIAhOoNAJmrAgDeqwIAq6sCAL5ABADjqwIAMKwCADqsAgCCrAIAiqwCANSsAgCZrAIAQLEMANqsAgAmrQIA4qwCANJKCwDjrAIAKosHAOSsAgC4twIA5awCALYNCgAyrQIAeK0CAHqtAgC0JAsAf60CAMqtAgDWrQIAHK4CACuuAgBurgIAf64CAMCuAgDCrgIAEq8CABivAgBkrwIAcK8CALavAgC+rwIA1uoNAA6wAgAo6w0AZrACAHrrDQCvsAIAHuwNAAGxAgBw7A0AA7ECAG4fBABTsQIAEl8KAF2xAgCisQIArLECAPSxAgD2sQIARrICAFmyAgCYsgIApLICAOqyAgDwsgIAPLMCAEKzAgCOswIAk7MCAOCzAgDmswIAwuwNADy0AgCEtAIAhrQCANa0AgDgtAIAKLUCADa1AgB6tQIAf7UCAMy1AgDZtQIAHrYCACq2AgBwtgIAdrYCAMK2AgDItgIAFLcCABm3AgBmtwIAbLcCABTtDQDGtwIACrgCABe4AgBcuAIAY7gCAK64AgC2uAIAALkCAAG5AgAG3QkAA7kCAFK5AgAWuQIAGtsJAGa5AgCkuQIAurkCAPa5AgAPugIASLoCAE26AgCaugIAq7oCAGbtDQD9ugIAPrsCAEC7AgCQuwIAmrsCAOK7AgDwuwIANLwCADm8AgCGvAIAk7wCANi8AgDgvAIAKr0CADa9AgB8vQIAOr0CAMS+AgCCvQIAzr0CANS9AgAgvgIAJb4CAHK+AgB4vgIAuO0NAMa+AgAWvwIAJL8CAGi/AgB5vwIACu4NAMG/AgBc7g0AFMACAF7AAgBswAIAsMACAG3AAgDQxQIAvcACAALBAgARwQIAVMECAFnBAgCmwQIAvMECAPjBAgD5wQIASsICAEzCAgCcwgIApsICAO7CAgD8wgIAQMMCAFnDAgCSwwIAo8MCAOTDAgDwwwIANsQCAD7EAgBS7w0AnMQCANrEAgDbxAIALMUCADjFAgB+xQIAgcUCAKTvDQDSxQIAIsYCAC/GAgB0xgIAgcYCAMbGAgDLxgIAGMcCACLHAgBqxwIAcscCALzHAgDMxwIADsgCABzIAgBgyAIAbcgCALLIAgC5yAIABMkCAAzJAgBWyQIAWckCAKjJAgC8yQIA+skCABDKAgBMygIAZcoCAJ7KAgCjygIA8MoCAAHLAgD27w0ASssCAEjwDQBOywIAZqQIAF7LAgCwPg8AocsCAObLAgDtywIAOMwCAETMAgCKzAIAmswCANzMAgDqzAIALs0CADvNAgCAzQIAjM0CANLNAgDZzQIAmvANACbOAgB2zgIAKc4CAETJAwCDzgIAyM4CANXOAgAazwIAH88CAGzPAgB2zwIAvs8CAMbPAgAQ0AIAGdACAGLQAgBl0AIAtNACAMDQAgDs8A0AC9ECAFjRAgAS0QIAqjkJAF3RAgCq0QIAstECAPzRAgAS0gIATtICAFDSAgCg0gIArdICAPLSAgAG0wIAPvENAEnTAgCW0wIAntMCAKgxCQCg0wIA6NMCAPDTAgA61AIARtQCAIzUAgCZ1AIA3tQCAOPUAgAw1QIAOdUCAILVAgCZ1QIA1NUCAN/VAgCQ8Q0ANNYCAHjWAgB71gIAytYCAM3WAgAc1wIAKtcCAG7XAgB71wIAwNcCANfXAgAS2AIAGtgCAGTYAgBq2AIAttgCAMLYAgAI2QIAEtkCAFrZAgBj2QIArNkCALLZAgD+2QIAC9oCAOLxDQBc2gIAotoCAF7aAgAmPgkAsdoCAPTaAgAF2wIARtsCAEjbAgCY2wIAntsCAOrbAgD22wIAPNwCAEPcAgCO3AIAltwCAODcAgDi3AIAMt0CAD/dAgCE3QIAi90CANbdAgDe3QIAKN4CADXeAgB63gIAf94CAMzeAgDW3gIAHt8CACbfAgBw3wIAed8CAMLfAgDF3wIAFOACACDgAgBm4AIAbeACADTyDQDF4AIACuECAM7gAgDY5QIA7uACAFBCCQAl4QIAXOECAF7hAgCu4QIAv+ECAADiAgAO4gIAUuICAFniAgCk4gIArOICAPbiAgD74gIASOMCAEnjAgCa4wIApuMCAOzjAgDy4wIAPuQCAEDkAgCQ5AIAmuQCAOLkAgDw5AIANOUCADnlAgCG5QIAk+UCAIbyDQDZ5QIAKuYCAC/mAgB85gIAguYCAM7mAgDY5gIAIOcCACznAgBy5wIAeecCAMTnAgDM5wIAFugCABjoAgBo6AIAdegCALroAgDB6AIADOkCABTpAgBe6QIAa+kCALDpAgC16QIAAuoCAAzqAgBU6gIAXOoCAKbqAgCv6gIA+OoCAPvqAgBK6wIAVusCAJzrAgCj6wIA2PINAPrrAgCKNAkAAuwCAEDsAgBN7AIAkuwCAJzsAgDk7AIA5uwCADbtAgBJ7QIAiO0CAJDtAgDa7QIA5u0CACzuAgAy7gIAfu4CAITuAgDQ7gIA1e4CACLvAgAo7wIAKvMNAILvAgDG7wIA1e8CABjwAgA08AIAavACADjwAgBwMQMAcvACAHzzDQDF8AIADvECABvxAgBg8QIAavECALLxAgDA8QIABPICABryAgBW8gIAYvICAKjyAgCw8gIAzvMNAADzAgBM8wIAUvMCAJ7zAgCj8wIA8PMCAPbzAgAg9A0AR/QCAJT0AgCd9AIA5vQCAPD0AgA49QIAQPUCAIr1AgCP9QIA3PUCAOz1AgAu9gIANvYCAID2AgCG9gIAbPgCAJn2AgDS9gIA1/YCACT3AgAt9wIAdvcCAIP3AgDI9wIAz/cCABr4AgAd+AIAcvQNAG74AgC++AIAy/gCABD5AgAn+QIAYvkCAG75AgDE9A0AyvkCAAb6AgAH+gIAWPoCAGL6AgCq+gIAsvoCAPz6AgAG+wIATvsCAFP7AgCg+wIAqPsCAPL7AgD0+wIARPwCAPX7AgBkAQMA+fsCANgOAwAI/AIAHggDAEv8AgCW/AIAnfwCAOj8AgDw/AIAOv0CAD79AgCM/QIAmv0CAN79AgDo/QIAMP4CADv+AgCC/gIAiv4CANT+AgDZ/gIAJv8CAEH/AgB4/wIAhP8CAMr/AgDQ/wIAHAADACwAAwBuAAMAfwADAMAAAwDFAAMAEgEDABYBAwAW9Q0AbQEDALYBAwDPAQMACAIDABICAwBaAgMAYAIDAKwCAwCuAgMA/gIDAA0DAwBQAwMAWgMDAKIDAwCqAwMA9AMDAPgDAwBGBAMAVAQDAJgEAwCiBAMA6gQDAPUEAwA8BQMARAUDAI4FAwCTBQMA4AUDAPsFAwAyBgMAPgYDAIQGAwCKBgMA1gYDAOYGAwAoBwMAOQcDAHoHAwB/BwMAzAcDANAHAwBo9Q0AJwgDAHAIAwCBCAMAwggDAMwIAwAUCQMAIgkDAGYJAwBnCQMAuAkDAMkJAwAKCgMAHgoDAFwKAwBkCgMArgoDALIKAwAACwMADgsDAFILAwBcCwMApAsDAK8LAwD2CwMA/gsDAEgMAwBNDAMAmgwDALUMAwDsDAMA+AwDAD4NAwBEDQMAkA0DAKANAwDiDQMA8w0DADQOAwA5DgMAhg4DAIoOAwC69Q0A5g4DACoPAwBFDwMAfA8DAIoPAwDODwMA1Q8DACAQAwAsEAMAchADAHoQAwAM9g0A0hADABYRAwAgEQMAaBEDAHMRAwC6EQMAwhEDAAwSAwAREgMAXhIDAHkSAwCwEgMAvBIDAAITAwAIEwMAVBMDAGQTAwCmEwMAtxMDAPgTAwD9EwMAShQDAE4UAwBe9g0ArRQDAO4UAwD2FAMAQBUDAEEVAwCSFQMAlxUDAOQVAwDyFQMANhYDAEMWAwCIFgMAkhYDANoWAwDmFgMALBcDADIXAwB+FwMAhhcDANAXAwDXFwMAIhgDAC4YAwB0GAMAehgDAMYYAwDSGAMAGBkDACgZAwBqGQMAdhkDALwZAwDCGQMADhoDABoaAwBgGgMAbRoDALIaAwDBGgMABBsDABAbAwCw9g0AWRsDAKgbAwCrGwMA+hsDAAgcAwBMHAMAYxwDAJ4cAwCrHAMA8BwDAAYdAwBCHQMATh0DAJQdAwChHQMA5h0DAPAdAwA4HgMAQB4DAIoeAwCUHgMA3B4DAOEeAwAuHwMANh8DAIAfAwCMHwMA0h8DAN8fAwAkIAMALiADAHYgAwB8IAMAyCADANwgAwAaIQMAIiEDAGwhAwB6IQMAviEDAMshAwAQIgMAGCIDAGIiAwBvIgMAtCIDAMIiAwAGIwMAFyMDAFgjAwBgIwMAqiMDAMAjAwD8IwMA/iMDAE4kAwBPJAMAAvcNAK4kAwDyJAMAASUDAEQlAwBQJQMAliUDAJ4lAwBU9w0A7SUDADomAwBDJgMAjCYDAJkmAwDeJgMA5SYDADAnAwAzJwMAgicDAIonAwDUJwMA2ScDACYoAwAvKAMAeCgDAIIoAwDKKAMA0igDABwpAwAhKQMAbikDAH4pAwDAKQMAyCkDABIqAwAYKgMAZCoDAGYqAwC2KgMAwyoDAAgrAwAfKwMAWisDAGYrAwCm9w0AuCsDAP4rAwAVLAMAUCwDAFwsAwCiLAMAqCwDAPQsAwD8LAMARi0DAE0tAwCYLQMApi0DAOotAwAFLgMAPC4DAEouAwCOLgMAlS4DAOAuAwDsLgMAMi8DADovAwD49w0AmC8DANYvAwDeLwMAKDADAFcwAwB6MAMAhjADAMwwAwDSMAMAHjEDACMxAwBK+A0AfDEDAMIxAwDJMQMAFDIDABwyAwBmMgMAaDIDALgyAwDCMgMACjMDABIzAwCc+A0AajMDANBAAwBrMwMArjMDALAzAwAANAMAETQDAFI0AwBjNAMApDQDALA0AwD2NAMA/TQDAEg1AwBQNQMAmjUDAMQ1AwDsNQMA8TUDAD42AwA/NgMAkDYDAJo2AwDiNgMA8DYDADQ3AwA5NwMAhjcDAJM3AwDYNwMA9DcDACo4AwBGOAMA7vgNAIk4AwDOOAMA0jgDACA5AwAmOQMAcjkDAHQ5AwDEOQMAxTkDABY6AwA5OgMAaDoDAIw6AwC6OgMA5DoDAAw7AwAUOwMAXjsDAGM7AwCwOwMAvTsDAAI8AwAKPAMAVDwDAFY8AwCmPAMArjwDAPg8AwAiPQMASj0DAFc9AwCcPQMAoT0DAO49AwD7PQMAQD4DAEw+AwCSPgMAvD4DAOQ+AwDsPgMANj8DAFE/AwCIPwMAij8DANo/AwDrPwMALEADADVAAwB+QAMAikADAED5DQDdQAMAIkEDAClBAwB0QQMAgEEDAMZBAwDZQQMAGEIDACBCAwBqQgMAb0IDALxCAwDFQgMADkMDABhDAwBgQwMAaEMDALJDAwC3QwMABEQDABREAwBWRAMAXkQDAKhEAwDBRAMA+kQDAP9EAwBMRQMAVUUDAJ5FAwCrRQMA8EUDAPdFAwBCRgMARUYDAJL5DQCWRgMA5kYDAPBGAwA4RwMAOkcDAIpHAwCjRwMA3EcDAN5HAwAuSAMAMUgDAIBIAwCMSAMA0kgDANpIAwDk+Q0AOEkDAHZJAwB5SQMAyEkDANJJAwAaSgMAJkoDAGxKAwCCSgMAvkoDAMZKAwAQSwMAHksDAGJLAwBlSwMAtEsDALxLAwAGTAMACUwDAFhMAwAUTAMAElMDAGJMAwCqTAMAY0wDAIxPAwCsTAMA/EwDAAJNAwBOTQMAWE0DAKBNAwCuTQMA8k0DAP9NAwBETgMAW04DAJZOAwCeTgMA6E4DAPFOAwA6TwMAO08DADb6DQCVTwMA3k8DAOhPAwAwUAMAOlADAIJQAwCQUAMA1FADAOFQAwAmUQMAPVEDAHhRAwCAUQMAylEDANFRAwAcUgMAIVIDAG5SAwByUgMAwFIDAM1SAwCI+g0AH1MDAGRTAwBsUwMAtlMDALxTAwAIVAMAFFQDAFpUAwBpVAMArFQDALFUAwD+VAMAGVUDAFBVAwBcVQMAolUDAKhVAwD0VQMACFYDAEZWAwBOVgMAmFYDAK5WAwDqVgMA71YDADxXAwBDVwMAjlcDAJpXAwDa+g0A51cDADJYAwBAWAMAhFgDAJFYAwDWWAMA7VgDAChZAwAwWQMAelkDAIBZAwDMWQMA2FkDAB5aAwAlWgMAcFoDAH5aAwDCWgMAxVoDABRbAwAcWwMAZlsDAHRbAwC4WwMAu1sDAApcAwASXAMAXFwDAG1cAwCuXAMAs1wDAABdAwACXQMAUl0DAFldAwCkXQMAsl0DAPZdAwADXgMASF4DAF9eAwCaXgMAol4DAOxeAwD2XgMAPl8DAElfAwCQXwMAnF8DAOJfAwDqXwMALPsNADZgAwCGYAMAkGADANhgAwDaYAMAKmEDAC1hAwB8YQMAiGEDAM5hAwDYYQMAIGIDAChiAwByYgMAgGIDAMRiAwDRYgMAFmMDAB5jAwBoYwMAfmMDALpjAwDGYwMADGQDACJkAwBeZAMAY2QDALBkAwC2ZAMAAmUDABZlAwB++w0AV2UDAKZlAwCuZQMA+GUDAAZmAwBKZgMADmYDAHQZBwBXZgMAnGYDAKRmAwDuZgMA+GYDAEBnAwBLZwMAkmcDAJ5nAwDkZwMA7GcDAND7DQA8aAMAiGgDAI1oAwDaaAMA6WgDACxpAwA4aQMAfmkDAIFpAwDQaQMA02kDACJqAwAqagMAdGoDAHlqAwDGagMA1moDABhrAwAgawMAamsDAG1rAwC8awMAxmsDAA5sAwAQbAMAYGwDAGZsAwCybAMAvGwDAARtAwASbQMAVm0DAGNtAwCobQMAv20DAPptAwACbgMATG4DAFVuAwCebgMAn24DACL8DQD8bgMAQm8DAEVvAwA6mAgAUW8DAJRvAwBVbwMAiIgIAJ5vAwDmbwMA7m8DAO7hAwDybwMA8pcMAPRvAwA4cAMAAnADAP5+BwA9cAMAinADAEVwAwB2ugQAl3ADANxwAwDfcAMA5AIJAOJwAwCSXggA5HADAC5xAwDmcAMAmnMFAOhwAwC8VwUANHEDAJ7VBQA4cQMAgHEDADxxAwCOyQgAhXEDANJxAwCMcQMAGA8EANpxAwAkcgMAJ3IDAHZyAwCCcgMAyHIDAM5yAwAacwMANXMDAGxzAwB4cwMAvnMDAMRzAwAQdAMAGHQDAGJ0AwBkdAMAtHQDAGd0AwBYdQMAvnQDAAZ1AwAOdQMAdPwNAGV1AwCqdQMAsnUDAPx1AwD/dQMATnYDAFN2AwCgdgMAr3YDAPJ2AwASdwMARHcDAFB3AwCWdwMAoHcDAOh3AwDwdwMAOngDAEx4AwAY/Q0AlngDAN54AwDseAMAMHkDAD15AwCCeQMAmXkDANR5AwDceQMAJnoDADV6AwB4egMAfXoDAMp6AwDXegMAHHsDACl7AwBuewMAensDAMB7AwDPewMAEnwDABx8AwBkfAMAcnwDALZ8AwC7fAMACH0DABV9AwBafQMAXX0DAKx9AwC0fQMA/n0DAAN+AwBQfgMAXX4DAKJ+AwCqfgMA9H4DAP1+AwBGfwMAU38DAJh/AwCmfwMA6n8DAP1/AwA8gAMARIADAI6AAwCVgAMA4IADAOWAAwAygQMASIEDAISBAwCGgQMA1oEDAOSBAwAoggMANYIDAHqCAwCCggMAzIIDAM+CAwAegwMAI4MDAHCDAwB/gwMAwoMDAOKDAwAUhAMAIIQDAGaEAwBwhAMAuIQDAMCEAwAKhQMAHIUDAGr9DQBthQMAroUDALWFAwAAhgMACIYDAFKGAwBfhgMApIYDAKmGAwD2hgMAAIcDAEiHAwBQhwMAmocDAJyHAwDoEgkApIcDAOQrCQCphwMA7IcDAKqHAwDO3QcA8YcDAD6IAwBLiAMAkIgDAJ2IAwDiiAMA7ogDADSJAwBDiQMAhokDAJCJAwDYiQMA4IkDACqKAwA0igMAfIoDAIGKAwDOigMA1ooDALz9DQAsiwMAcosDAHiLAwDEiwMA34sDABaMAwAijAMAaIwDAG6MAwC6jAMA1owDAAyNAwAUjQMADv4NAGaNAwCwjQMAuo0DAAKOAwANjgMAVI4DAGCOAwCmjgMAro4DAGD+DQAEjwMASo8DAFCPAwCcjwMAt48DAO6PAwD6jwMAQJADAEaQAwCSkAMAmpADAOSQAwDqkAMANpEDAD+RAwCIkQMAlZEDANqRAwDnkQMALJIDADqSAwB+kgMAi5IDANCSAwDnkgMAIpMDACqTAwB0kwMAeZMDAMaTAwCFkwMAspUDANOTAwAYlAMAIJQDAGqUAwB1lAMAvJQDAMGUAwAOlQMAEZUDAGCVAwBqlQMAsv4NALeVAwAElgMAE5YDAFaWAwBYlgMAqJYDALmWAwD6lgMAC5cDAEyXAwBglwMABP8NAK+XAwDwlwMA85cDAEKYAwD4lwMA8tMGAP2XAwDGiwwATJgDAJSYAwCWmAMA5pgDAPCYAwA4mQMARJkDAIqZAwCymQMA3JkDAOeZAwCYTAQAApoDAC6aAwBfmgMAgJoDAKaaAwDSmgMA+JoDACSbAwBWmwMAdpsDAKabAwDImwMA0JsDABqcAwBCnAMAbJwDAJ+cAwC+nAMA7pwDABCdAwAYnQMAYp0DAHGdAwC0nQMAuZ0DAAaeAwAPngMAWJ4DABOeAwC2pQMAaZ4DAKqeAwCxngMA/J4DAASfAwBOnwMAW58DAKCfAwClnwMA8p8DAPyfAwBEoAMATKADAJagAwCgoAMAHqwDAKWgAwDooAMA7aADADqhAwBHoQMAjKEDAJmhAwDeoQMA6qEDADCiAwA/ogMAgqIDAIyiAwDUogMA3KIDACajAwAwowMAeKMDAH2jAwDKowMA0qMDAFb/DQAopAMAbqQDAHSkAwDApAMA26QDABKlAwAepQMAZKUDAGqlAwCo/w0Aw6UDAAimAwAUpgMAWqYDAGmmAwCspgMAtqYDAP6mAwAMpwMAUKcDAFWnAwCipwMAr6cDAPSnAwD8pwMARqgDAFCoAwCYqAMAnagDAOqoAwDyqAMAPKkDAD+pAwCOqQMAmqkDAOCpAwDmqQMAMqoDAE2qAwCEqgMAkKoDANaqAwDcqgMAKKsDADCrAwB6qwMAfKsDAMyrAwDWqwMA+v8NACSsAwBwrAMAcqwDAMKsAwDPrAMAFK0DABetAwBmrQMAd60DALitAwC6rQMACq4DABSuAwBcrgMAaK4DAK6uAwC2rgMATAAOAAWvAwBSrwMAVa8DAKSvAwCurwMA9q8DAP6vAwBIsAMAVbADAJqwAwCcsAMA7LADAAKxAwA+sQMASrEDAJ4ADgCssQMA4rEDAP6xAwDwAA4AObIDAIayAwCTsgMA2LIDAOWyAwAqswMANrMDAHyzAwCLswMAzrMDANizAwAgtAMALrQDAHK0AwB3tAMAxLQDANG0AwAWtQMAL7UDAGi1AwBqtQMAurUDAMG1AwBCAQ4AKbYDAF62AwBvtgMAsLYDALy2AwACtwMAFbcDAFS3AwBjtwMAprcDALK3AwD4twMA+bcDAEq4AwBUuAMAnLgDAKq4AwDuuAMA87gDAEC5AwBNuQMAlAEOAJe5AwDkuQMA8bkDADa6AwBDugMAiLoDAJS6AwDaugMA6boDACy7AwA2uwMAfrsDAIy7AwDQuwMA1bsDACK8AwAvvAMAdLwDAHy8AwDGvAMA0LwDABi9AwAdvQMAar0DAHK9AwCKAg4Avr0DAA6+AwAcvgMAYL4DAHG+AwDcAg4Aub4DAC4DDgAJvwMAVr8DAF6/AwCovwMAt78DAPq/AwD/vwMATMADAFnAAwCewAMAq8ADAPDAAwD8wAMAQsEDAFHBAwCUwQMAnsEDANIDDgDswQMANp0KAPnBAwA4wgMAR8IDAIrCAwCWwgMA3MIDAN3CAwAuwwMAOMMDAIDDAwCOwwMA0sMDANfDAwAkxAMAMcQDACQEDgB6xAMAyMQDANPEAwAaxQMAKMUDAGzFAwB9xQMAvsUDAMrFAwAQxgMAGMYDAHYEDgBnxgMAtMYDAMHGAwAGxwMAE8cDAFjHAwBkxwMAqscDALnHAwD8xwMABsgDAE7IAwBcyAMAoMgDAK3IAwDyyAMACckDAMgEDgBRyQMAlskDAKPJAwDoyQMA9MkDADrKAwBJygMAjMoDAJbKAwDeygMA7MoDADDLAwD6ygMAhi4IADXLAwCCywMAj8sDANTLAwDcywMAJswDACzMAwB4zAMAhMwDAMrMAwDazAMAHM0DACXNAwBuzQMAcc0DAMDNAwDMzQMAEs4DABnOAwAaBQ4Acc4DALbOAwDFzgMACM8DAAnPAwBazwMAcc8DAKzPAwDGzwMA/s8DAArQAwBQ0AMAY9ADAKLQAwCx0AMA9NADAADRAwBG0QMAR9EDAJjRAwCi0QMA6tEDAPjRAwA80gMAQdIDAI7SAwCb0gMAbAUOAPrSAwAy0wMAQdMDAITTAwCG0wMA1tMDAInTAwDs2QMA49MDACjUAwA11AMAetQDAH/UAwDM1AMA1tQDAB7VAwAt1QMAcNUDAHXVAwDC1QMAz9UDABTWAwAh1gMAZtYDAHLWAwC41gMAx9YDAArXAwAU1wMAXNcDAGnXAwCu1wMAs9cDAADYAwAE2AMAUtgDAF7YAwCk2AMAqtgDAPbYAwD82AMASNkDAE3ZAwCa2QMAoNkDAL4FDgD52QMAPtoDAEvaAwCQ2gMAnNoDAOLaAwDx2gMANNsDAD7bAwCG2wMAlNsDANjbAwDd2wMAKtwDADfcAwB83AMAg9wDAM7cAwDT3AMAIN0DACzdAwBy3QMAdd0DAMTdAwDR3QMAFt4DABveAwBo3gMAct4DALreAwDG3gMADN8DAB/fAwBe3wMAbN8DALDfAwCz3wMAAuADAAzgAwBU4AMAYOADAKbgAwCs4AMA+OADAP7gAwBK4QMAT+EDAJzhAwCi4QMAEAYOAPjhAwAQBAYA+uEDALbPBwD94QMAQOIDAELiAwCS4gMAo+IDAOTiAwD14gMANuMDAD7jAwCI4wMAmOMDANrjAwDc4wMALOQDADrkAwB+5AMAj+QDAGIGDgDX5AMAtAYOACPlAwB05QMAeeUDAMblAwDM5QMAGOYDACLmAwBq5gMAduYDALzmAwDC5gMADucDABTnAwBg5wMAZecDALLnAwC45wMABgcOABLoAwBW6AMAb+gDAKjoAwCp6AMA+ugDABfpAwBM6QMAZukDAJ7pAwCh6QMA8OkDAPXpAwD8Bw4AW+oDAJTqAwCa6gMA5uoDAKrqAwCwWgQA6OoDADjrAwA+6wMAiusDAJ7rAwDc6wMA5OsDAC7sAwA77AMAgOwDAIXsAwDS7AMA3OwDACTtAwAs7QMAdu0DAIftAwDI7QMAze0DABruAwAc7gMAbO4DAHPuAwC+7gMAyu4DABDvAwAX7wMAYu8DAH7vAwC07wMAvO8DAE4IDgAL8AMAWPADAFrwAwCq8AMAsfADAPzwAwAK8QMATvEDAFvxAwCg8QMAt/EDAPLxAwD68QMARPIDAE7yAwCW8gMAWvIDAIZWBACh8gMA6PIDAPTyAwA68wMAQvMDAKAIDgCN8wMA3vMDAOPzAwAw9AMAM/QDAIL0AwCM9AMA1PQDAOv0AwAm9QMALPUDAHj1AwCE9QMAyvUDAM31AwAc9gMAOfYDAG72AwB/9gMAwPYDAN/2AwAS9wMAGvcDAGT3AwBm9wMAtvcDAMX3AwAI+AMAEvgDAFr4AwBo+AMArPgDAMf4AwD++AMACvkDAFD5AwBY+QMA8ggOAK75AwD0+QMAA/oDAEb6AwBL+gMAmPoDAJ76AwDq+gMA8foDADz7AwBE+wMAjvsDAJD7AwDg+wMA5/sDADL8AwA0/AMAhPwDAIX8AwDW/AMA4PwDACj9AwA0/QMAev0DAID9AwDM/QMA5v0DAB7+AwAm/gMAcP4DAIb+AwDC/gMA0P4DABT/AwAX/wMAZv8DAGn/AwC4/wMAxv8DAAoABAAXAAQAXAAEAHMABACuAAQAtgAEAAABBAACAQQAUgEEAFoBBACkAQQAuwEEAPYBBAACAgQASAIEAF4CBACaAgQAogIEAOwCBAD6AgQAPgMEAEgDBACQAwQAmAMEAOIDBADpAwQANAQEAEAEBACGBAQAhwQEANgEBADkBAQAKgUEADcFBAB8BQQAgwUEAM4FBADRBQQAIAYEACgGBAByBgQAdwYEAMQGBADRBgQAFgcEAEQHBABoBwQAcAcEAEQJDgDCBwQAjjsOANYHBAAMCAQAFAgEAJYJDgBsCAQAsAgEALIIBAACCQQAEwkEAFQJBABcCQQApgkEALIJBAD4CQQA/gkEAEoKBABQCgQAnAoEAKEKBADuCgQA9AoEAOgJDgBFCwQAkgsEAEwLBAAoWwsAmgsEAOQLBADpCwQAPPIIAOoLBADU4QkA8AsEAOydCQDzCwQANgwEAPULBABE3wkAOwwEAIgMBAA8DAQA1v0HAJUMBADaDAQA5wwEACwNBAA4DQQAfg0EAI0NBADQDQQA2g0EADALDgAsDgQAdA4EAHkOBADGDgQAzg4EAIILDgAeDwQAag8EAIAPBAC8DwQAyg8EAA4QBAAbEAQAYBAEAGIQBACyEAQAvBAEAAQRBAAQEQQAVhEEAF0RBACoEQQAsBEEAPoRBAABEgQATBIEAFUSBACeEgQAqhIEAPASBAD4EgQAJgwOAEcTBACUEwQAnBMEAOYTBAD1EwQAOBQEAD0UBACKFAQAlxQEANwUBADpFAQALhUEADoVBACAFQQAjxUEANIVBADcFQQAJBYEADIWBAB2FgQAexYEAMgWBADVFgQAGhcEACIXBABsFwQAdhcEAL4XBADMFwQAEBgEACYYBABiGAQAbhgEALQYBAC5GAQABhkEAA8ZBABYGQQAYhkEAHgMDgC0GQQA/BkEAAgaBABOGgQAVhoEAMoMDgClGgQA8hoEAP8aBABEGwQAURsEAJYbBACiGwQA6BsEAPcbBAA6HAQARBwEAIwcBACkHAQA3hwEAOgcBAAwHQQAPh0EAIIdBACYHQQA1B0EAOAdBAAmHgQAKx4EAHgeBACBHgQAyh4EANQeBAAcHwQAJB8EABwNDgB7HwQAwB8EAIQfBAB6cA0AzR8EABIgBAAeIAQAZCAEAHMgBAC2IAQAwCAEAAghBAAWIQQAWiEEAGchBACsIQQAwyEEAP4hBAAGIgQAUCIEAFoiBACiIgQApyIEAPQiBAD8IgQAbg0OAFIjBACYIwQAniMEAOojBAAFJAQAPCQEAEgkBACOJAQAlCQEAOAkBAD8JAQAMiUEADolBADADQ4AiSUEANYlBADjJQQAKCYEADUmBAB6JgQAhiYEAMwmBADbJgQAHicEACgnBABwJwQAficEAMInBADHJwQAFCgEACEoBABmKAQAbigEALgoBAC+KAQACikEAMIoBAD2KgQAFikEAFwpBABsKQQArikEALcpBAAAKgQAAyoEAFIqBABeKgQApCoEAKsqBAASDg4ABCsEAEgrBABeKwQAmisEAKYrBADsKwQA8ysEAD4sBABGLAQAkCwEAJUsBADiLAQA6ywEADQtBAA+LQQAZA4OAIstBADYLQQAki0EAAIyBADgLQQAKi4EADAuBAB8LgQAgS4EAM4uBADXLgQAIC8EACovBAByLwQAfi8EAMQvBADMLwQAtg4OABswBABoMAQAcDAEALowBADFMAQADDEEABExBABeMQQAYTEEALAxBAC6MQQACA8OAAwyBABUMgQAWDIEAKYyBACrMgQA+DIEAP4yBABKMwQAajMEAJwzBACkMwQA7jMEAPwzBABANAQAQzQEAJI0BACaNAQA5DQEAO00BAA2NQQAQzUEAIg1BACONQQA2jUEAOY1BAAsNgQALjYEAH42BACNNgQA0DYEANs2BAAiNwQAJDcEAHQ3BACNNwQAxjcEANc3BAAYOAQAJDgEAFoPDgByOAQAvDgEANw4BAAOOQQAHDkEAGA5BABtOQQAsjkEALk5BAAEOgQAIDoEAFY6BABeOgQArA8OAK06BAD6OgQABzsEAEw7BABZOwQAnjsEAKo7BADwOwQA/zsEAEI8BABMPAQAlDwEAKk8BADmPAQA7jwEADg9BABHPQQAij0EAIw9BADcPQQA5T0EAC4+BAAxPgQAgD4EAIw+BADSPgQA7j4EACQ/BAAsPwQA/g8OAHs/BADIPwQA3j8EABpABAAmQAQAbEAEAI9ABABQEA4AyEAEABBBBAAYQQQAYkEEAGhBBABwUQgAcUEEALRBBAC5QQQABkIEABNCBABYQgQAZUIEAKpCBAC2QgQA/EIEAAtDBABOQwQAWEMEAKBDBACoQwQA8kMEAPxDBABERAQASUQEAJZEBACeRAQAohAOAOtEBAA6RQQAV0UEAIxFBACdRQQA3kUEAOxFBABYlAQAE0YEADBGBABMRgQAgkYEAJ5GBAD0EA4A2kYEACZHBAAsRwQAeEcEAH1HBADKRwQA0EcEAEYRDgAhSAQAbkgEAHtIBADASAQAzUgEABJJBAAeSQQAZEkEAHNJBAC2SQQAwEkEAAhKBAAWSgQAWkoEAF9KBACsSgQAuUoEAP5KBAAKSwQAUEsEAFZLBACiSwQAqEsEAPRLBAD5SwQARkwEAExMBAA8Eg4ArEwEAOpMBAAQTQQAPE0EAGJNBACOTQQAtE0EAOBNBAAQTgQAMk4EADpOBACETgQArE4EANZOBAALTwQAKE8EAE5PBAB6TwQAoE8EAMxPBAABUAQAHlAEAE5QBABwUAQAeFAEAMJQBADHUAQAKqkEANFQBAAUUQQAGVEEAGZRBABzUQQAuFEEAMVRBAAKUgQAFlIEAFxSBABrUgQArlIEALhSBAAAUwQADlMEAFJTBABXUwQApFMEALFTBAD2UwQA/lMEAEhUBABOVAQAmlQEAFJUBACapgQAplQEAOxUBAD8VAQAPlUEAEdVBACQVQQAk1UEAOJVBADuVQQANFYEADtWBACOEg4AmlYEANhWBADbVgQAKlcEAEdXBAB8VwQAjVcEAM5XBADVVwQAIFgEADlYBAByWAQAelgEAMRYBADaWAQAFlkEABtZBABoWQQAb1kEALpZBADDWQQADFoEAB1aBABeWgQAaloEAOASDgDEWgQAAlsEAAVbBABUWwQAcVsEAKZbBAC3WwQA+FsEAAdcBABKXAQAW1wEAJxcBACqXAQA7lwEAPpcBABAXQQATV0EAJJdBACcXQQAMhMOAO1dBAA2XgQAQ14EAIheBACWXgQA2l4EAOleBAAsXwQALl8EAH5fBACIXwQA0F8EAN5fBAAiYAQAJ2AEAHRgBACBYAQAxmAEAMlgBAAYYQQAJGEEAGphBAB9YQQAvGEEAMthBAAOYgQAGmIEAGBiBABhYgQAsmIEALxiBAAEYwQAEmMEAFZjBABbYwQAqGMEALVjBACEEw4A/2MEAExkBABiZAQAnmQEALRkBADwZAQA+WQEAEJlBABPZQQAlGUEAKJlBADmZQQA9WUEADhmBAA6ZgQAimYEAJRmBADcZgQA6mYEAC5nBAAzZwQAgGcEAI1nBADSZwQA1WcEACRoBAAsaAQAdmgEAIdoBADIaAQA1mgEABppBAAnaQQAbGkEAIxpBAC+aQQAxmkEABBqBAAgagQAYmoEAGRqBAC0agQAwmoEAAZrBAAXawQAehQOAF5rBACqawQAtmsEAMwUDgADbAQATmwEAAlsBAAsIgYAVWwEAKBsBACmbAQA8mwEAP5sBABEbQQAR20EAJZtBACZbQQA6G0EABNuBAA6bgQAXW4EAIxuBACXbgQA3m4EAONuBAAwbwQAM28EAIJvBACMbwQA1G8EAP9vBAAeFQ4AK3AEAHhwBACFcAQAynAEANdwBAAccQQAKHEEAG5xBAB9cQQAwHEEAMpxBAAScgQAGnIEAGRyBABucgQAtnIEALtyBAAIcwQAEHMEAHAVDgBncwQArHMEAMBzBAD+cwQABnQEAFB0BABVdAQAonQEALJ0BAD0dAQA/HQEAEZ1BABQdQQAmHUEAKN1BADqdQQA9nUEADx2BABEdgQAwhUOAI92BADgdgQA7HYEADJ3BABBdwQAhHcEAJJ3BADWdwQA5ncEACh4BAA2eAQAengEAIZ4BADMeAQA03gEAB55BAAmeQQAcHkEAIZ5BADCeQQA1nkEABR6BAAXegQAZnoEAIN6BAC4egQAyXoEAAp7BAASewQAXHsEAGd7BACuewQAs3sEAAB8BAADfAQAUnwEAFx8BACkfAQAp3wEABQWDgAKfQQASH0EAEt9BACafQQAt30EAOx9BAD9fQQAPn4EAEZ+BACQfgQAk34EAOJ+BADufgQANH8EADp/BACGfwQAoX8EANh/BADkfwQAKoAEADCABAB8gAQAhIAEAM6ABADZgAQAIIEEACWBBABygQQAdYEEAMSBBADOgQQAFoIEAB6CBABoggQAh4IEAGYWDgDOggQADIMEADKDBABegwQAhIMEALCDBADWgwQAAoQEADiEBABUhAQAiYQEAKaEBADMhAQA+IQEAB6FBABKhQQAf4UEAJyFBADAhQQA7oUEAAqGBABAhgQASIYEALgWDgCXhgQA5IYEAPGGBAA2hwQAQ4cEAIiHBACUhwQA2ocEAOmHBAAsiAQANogEAH6IBACMiAQA0IgEANWIBAAiiQQAL4kEAHSJBAB8iQQAxokEAMyJBAAYigQA0IkEAASMBAAkigQAaooEAHqKBAC8igQAxYoEAA6LBAARiwQAYIsEAGyLBACyiwQAuYsEAAoXDgASjAQAVowEAGyMBACojAQAtIwEAPqMBAABjQQATI0EAFSNBACejQQAo40EAPCNBAD5jQQAQo4EAEyOBABcFw4AlY4EAOaOBADyjgQAOI8EAD6PBACKjwQAjI8EANyPBADmjwQALpAEADyQBACAkAQAhZAEANKQBADfkAQAJJEEACyRBAB2kQQAgJEEAMiRBADWkQQAGpIEADCSBABskgQAeJIEAL6SBADFkgQAEJMEABiTBABikwQAZ5MEALSTBAC9kwQABpQEABCUBACuFw4AcJQEAKqUBACtlAQA/JQEABmVBABOlQQAX5UEAKCVBAC4lQQA8pUEAP6VBABElgQAV5YEAJaWBACllgQA6JYEAPSWBAA6lwQAO5cEAIyXBACWlwQA3pcEAOyXBAAwmAQANZgEAIKYBACPmAQAABgOANmYBAAmmQQAM5kEAHiZBACFmQQAypkEANaZBAAcmgQAK5oEAG6aBAB4mgQAwJoEAM6aBAASmwQAF5sEAGSbBABxmwQAtpsEAL6bBAAInAQADpwEAFqcBAASnAQARp4EAGacBACsnAQAvJwEAP6cBAAHnQQAUJ0EAFOdBACinQQArp0EAPSdBAD7nQQA9hgOAFSeBACYngQArp4EAOqeBAD2ngQAPJ8EAEOfBACOnwQAlp8EAOCfBADlnwQAMqAEADugBACEoAQAjqAEAEgZDgDXoAQAKKEEADShBAB6oQQAgKEEAMyhBADOoQQAHqIEACiiBABwogQAfqIEAMKiBADHogQAFKMEACGjBABmowQAbqMEALijBADCowQACqQEABikBABcpAQAcqQEAK6kBAC6pAQAAKUEAAelBABSpQQAWqUEAKSlBACppQQA9qUEAP+lBABIpgQAUqYEAJoZDgCopgQA7KYEAAKnBAA+pwQASqcEAJCnBACXpwQA4qcEAOqnBAA0qAQAOagEAIaoBACPqAQA2KgEAOKoBADsGQ4AK6kEAHypBACIqQQAzqkEANSpBAAgqgQAIqoEAHKqBAB8qgQAxKoEANKqBAAWqwQAG6sEAGirBAB1qwQAuqsEAMKrBAAMrAQAFqwEAF6sBABsrAQAsKwEAMasBAACrQQADq0EAFStBABbrQQApq0EAK6tBAD4rQQA/a0EAEquBABTrgQAnK4EAKauBAA+Gg4A8K4EAFCzCgD8rgQAQK8EAFGvBACSrwQAl68EAOSvBAD7rwQANrAEAEqwBACIsAQAoLAEANqwBADpsAQALLEEADGxBAB+sQQAi7EEANCxBADdsQQAIrIEAC6yBAB0sgQAg7IEAMayBADQsgQAGLMEACCzBABqswQAiLMEALyzBADEswQADrQEABe0BABgtAQAbbQEALK0BAC0tAQABLUEAB21BABWtQQAZ7UEAKi1BAC0tQQA+rUEAAK2BACQGg4AUbYEAJ62BACmtgQA8LYEAP+2BABCtwQAR7cEAJS3BAChtwQA5rcEAPO3BAA4uAQARLgEAIq4BACZuAQA3LgEAOa4BAAuuQQANrkEAIC5BACKuQQA0rkEANe5BAAkugQALLoEAOIaDgCNugQAyLoEANC6BAAauwQAJLsEAGy7BABxuwQAvrsEAMa7BAA0Gw4AFbwEAGK8BABrvAQAKDwKAG+8BAC0vAQAeLwEANYnDADBvAQABr0EABK9BABYvQQAZ70EAKq9BAC0vQQA/L0EAAS+BACUrgkACr4EAE6+BABbvgQAoL4EALe+BADyvgQA+r4EAES/BABOvwQAlr8EAJu/BADovwQA8L8EAIYbDgBHwAQAjMAEAJrABADewAQA8cAEADDBBAA4wQQAgsEEAIXBBADUwQQA2cEEACbCBAA1wgQAeMIEAJjCBADKwgQA1sIEABzDBAAmwwQAbsMEAIrDBADAwwQAyMMEANgbDgAlxAQAZMQEAGrEBAC2xAQAwsQEAAjFBAASxQQAWsUEAGDFBACsxQQAusUEAP7FBAAKxgQAUMYEAFPGBACixgQAo8YEAPTGBAAAxwQARscEAEzHBACYxwQAnscEAOrHBAD2xwQAPMgEAFnIBACOyAQAl8gEAODIBADsyAQAMskEADXJBACEyQQAjskEANbJBADiyQQAKMoEAC7KBAB6ygQAgMoEAMzKBADRygQAHssEACTLBAAqHA4AfMsEAMLLBADEywQAFMwEACPMBABmzAQAccwEALjMBADEzAQACs0EABHNBABczQQAZM0EAK7NBAC4zQQAAM4EAAvOBABSzgQAXs4EAKTOBACszgQAIB0OAPjOBABIzwQAW88EAJrPBACizwQA7M8EAPLPBAA+0AQAStAEAJDQBACa0AQA4tAEAOjQBAA00QQAQtEEAIbRBACS0QQA2NEEANvRBAAq0gQAMtIEAHzSBAB90gQAztIEANrSBAAg0wQAJtMEAHLTBAB60wQAxNMEAMrTBAAW1AQAItQEAGjUBACF1AQAutQEAMPUBAAM1QQAGNUEAF7VBABh1QQAsNUEALrVBAAC1gQACtYEAFTWBABl1gQAptYEALTWBAD41gQADtcEAErXBABY1wQAnNcEAKbXBAByHQ4A/dcEAEDYBABL2AQAktgEAJ7YBADk2AQA69gEADbZBAA+2QQAiNkEAJLZBADa2QQA5dkEACzaBAA42gQAftoEAIbaBADEHQ4A0toEACLbBAA12wQAdNsEAHzbBADG2wQAzNsEABjcBAAk3AQAatwEAHTcBAC83AQAwtwEAA7dBAAc3QQAYN0EAGzdBACy3QQAtd0EAATeBAAM3gQAVt4EAFfeBACo3gQAtN4EAPreBAAA3wQATN8EAFTfBACe3wQApN8EAPDfBAD83wQAQuAEAF/gBACU4AQAneAEAObgBADy4AQAOOEEADvhBACK4QQAlOEEANzhBADk4QQALuIEAD/iBACA4gQAjuIEANLiBADo4gQAJOMEADLjBAB24wQAgOMEAMjjBADQ4wQAGuQEAD3kBABs5AQAcOQEAL7kBADJ5AQAEOUEAB7lBABi5QQAceUEALTlBAC/5QQABuYEAA7mBABY5gQAZuYEAKrmBACt5gQA/OYEAATnBAAWHg4AXOcEAKDnBACj5wQA8ucEAPrnBAAyRAUA/ucEADwaBQAB6AQACO4EAA7oBABE6AQAYOgEAGgeDgCY6AQA6OgEAPXoBAA66QQAR+kEAIzpBACR6QQA3ukEAOjpBAAw6gQAP+oEAILqBACH6gQA1OoEAOHqBAAm6wQAM+sEAHjrBACE6wQAyusEANnrBAAc7AQAJuwEAG7sBAB67AQAwOwEAMbsBAAS7QQAGO0EAGTtBABp7QQAtu0EALztBAC6Hg4ADe4EAPwPBQAZ7gQAWu4EAGjuBACs7gQAuO4EAP7uBAAL7wQAUO8EAFrvBACi7wQAvu8EAPTvBAAQ8AQADB8OAEjwBACY8AQApfAEAOrwBAD38AQAPPEEAEHxBACO8QQAmPEEAODxBADv8QQAMvIEADfyBACE8gQAkfIEANbyBADj8gQAKPMEADTzBAB68wQAifMEAMzzBADW8wQAHvQEACr0BABw9AQAdvQEAML0BADI9AQAFPUEABn1BABm9QQAbPUEAF4fDgC/9QQACvYEABj2BABc9gQAX/YEAK72BAC99gQAAPcEAAX3BABS9wQAX/cEAKT3BACx9wQA9vcEAAL4BABI+AQAV/gEAJr4BACk+AQA7PgEAPr4BAA++QQAQ/kEAJD5BACd+QQA4vkEAO75BAA0+gQAR/oEAIb6BACV+gQA2PoEAOT6BAAq+wQAK/sEAHz7BACG+wQAzvsEANz7BAAg/AQAJfwEAHL8BAB//AQAsB8OAMn8BAAW/QQAH/0EAGj9BAB5/QQAuv0EAMH9BAAM/gQAFP4EAF7+BABr/gQAsP4EALX+BAAC/wQADP8EAFT/BABc/wQApv8EAL3/BAD4/wQABAAFAEoABQBUAAUAnAAFAKQABQDuAAUA8AAFAEABBQBIAQUAkgEFAJgBBQDkAQUA8AEFADYCBQA5AgUAiAIFAI0CBQDaAgUA4wIFACwDBQAyAwUAfgMFAI0DBQDQAwUA3AMFAKYgDgAkBAUAdAQFAIIEBQDGBAUA1wQFAPggDgAfBQUASiEOAG8FBQC8BQUAxAUFAA4GBQAdBgUAYAYFAGUGBQCyBgUAvwYFAAQHBQARBwUAVgcFAGIHBQCoBwUAtwcFAPoHBQAECAUA7iEOAE4IBQCeCAUAuQgFAPAIBQDyCAUAQgkFAFwJBQCUCQUAoQkFAOYJBQDyCQUAOAoFAEIKBQCKCgUApAoFANwKBQDrCgUALgsFADMLBQCACwUAjQsFANILBQDfCwUAJAwFADAMBQB2DAUAhQwFAMgMBQDSDAUAGg0FACYNBQBsDQUAfw0FAL4NBQDNDQUAEA4FABwOBQBiDgUAYw4FALQOBQC+DgUABg8FABQPBQBYDwUAXQ8FAKoPBQC3DwUAQCIOAAkQBQBOEAUAWxAFAKAQBQCsEAUA8hAFAAERBQBEEQUAThEFAJYRBQCkEQUA6BEFAO0RBQA6EgUARxIFAIwSBQCYEgUA3hIFAPESBQAwEwUAPxMFAIITBQCOEwUA1BMFANUTBQAmFAUAMBQFAHgUBQCGFAUAyhQFAM8UBQAcFQUAKRUFAJIiDgB7FQUAwBUFAMIVBQASFgUAKxYFAGQWBQB1FgUAthYFAMIWBQAIFwUAEBcFAIgjDgBfFwUArBcFALQXBQD+FwUADRgFAFAYBQBVGAUAohgFAK8YBQD0GAUAARkFAEYZBQBSGQUAmBkFAKcZBQDqGQUA9BkFANojDgBPGgUAjhoFAJ0aBQDgGgUA7BoFADIbBQAzGwUAhBsFAI4bBQDWGwUA5BsFACgcBQAtHAUAehwFAIccBQAsJA4A0RwFAB4dBQArHQUAcB0FAH0dBQDCHQUAzh0FABQeBQAjHgUAZh4FAHAeBQC4HgUAxh4FAAofBQAPHwUAXB8FAGkfBQCuHwUAth8FAAAgBQAGIAUAUiAFAAogBQBGawUAXiAFAKQgBQC0IAUA9iAFAP8gBQBIIQUASyEFAJohBQCmIQUA7CEFAPMhBQAiJQ4ASSIFAJAiBQCRIgUA4iIFAPoiBQA0IwUAQSMFAIYjBQCSIwUA2CMFAOIjBQAqJAUALiQFAHwkBQCBJAUAziQFANQkBQAgJQUAQCUFAHIlBQCKJQUAxCUFANslBQAWJgUAIiYFAGgmBQByJgUAuiYFALwmBQAMJwUAEycFAF4nBQBlJwUAsCcFALYnBQACKAUADigFAFQoBQBXKAUApigFAKkoBQD4KAUABCkFAEopBQBNKQUAdCUOAKEpBQDuKQUA9ikFAEAqBQBGKgUAkioFAJcqBQDkKgUA7SoFADYrBQBAKwUAiCsFAJQrBQDaKwUA4isFAMYlDgAxLAUAfiwFAIYsBQDQLAUA2ywFACItBQAnLQUAdC0FAHctBQDGLQUA0C0FABgmDgAkLgUAai4FAHEuBQC8LgUAyi4FAA4vBQARLwUAYC8FAGgvBQCyLwUAtS8FAAQwBQAQMAUAVjAFAFwwBQCoMAUAwzAFAPowBQAGMQUATDEFAFIxBQCeMQUApjEFAPAxBQD0MQUAQjIFAE4yBQCUMgUAoTIFAOYyBQDwMgUAODMFAEAzBQCKMwUAjDMFANwzBQDgMwUALjQFADA0BQCANAUAlDQFAGomDgDaNAUAJDUFACg1BQB2NQUAeDUFAMg1BQDLNQUAGjYFACI2BQBsNgUAeTYFAL42BQDDNgUAEDcFABo3BQBiNwUAajcFALQ3BQC1NwUABjgFAAs4BQBYOAUAWzgFAKo4BQCtOAUA/DgFAAo5BQBOOQUAZzkFAKA5BQCxOQUA8jkFAP45BQBEOgUATDoFALwmDgCbOgUA6DoFAPA6BQA6OwUASTsFAIw7BQCROwUA3jsFAOs7BQAwPAUAPTwFAII8BQCOPAUA1DwFAOM8BQAmPQUAMD0FAHg9BQCAPQUAyj0FANQ9BQAcPgUAIT4FAG4+BQB2PgUADicOAMs+BQASPwUAHj8FAGQ/BQBsPwUAYCcOAMI/BQAIQAUAD0AFAFpABQBoQAUArEAFAK9ABQD+QAUABkEFAFBBBQBTQQUAokEFAK5BBQD0QQUA+kEFAEZCBQBhQgUAmEIFAKRCBQDqQgUA8EIFADxDBQBfQwUAjkMFAJFDBQDgQwUABEQFALInDgBBRAUAhEQFAIlEBQDWRAUA40QFAChFBQA1RQUAekUFAIZFBQDMRQUA20UFAB5GBQAoRgUAcEYFAH5GBQDCRgUAx0YFABRHBQAhRwUAZkcFAG5HBQAEKA4AxUcFAApIBQASSAUAXEgFAHVIBQCuSAUAtEgFAABJBQAFSQUAUkkFAHJJBQCkSQUAsEkFAPZJBQADSgUASEoFAFBKBQCaSgUAnUoFAOxKBQD2SgUAPksFAEBLBQCQSwUAmksFAOJLBQDuSwUAVigOAEpMBQCGTAUAkkwFANhMBQDdTAUAKk0FAOBMBQDiEA8AM00FAHxNBQCGTQUAzk0FANZNBQD2+AgA2k0FACBOBQDxTQUATugIACZOBQByTgUAM04FAGjqCgB4TgUAxE4FAMlOBQAWTwUAHE8FAKgoDgB2TwUAuk8FANBPBQAMUAUAGFAFAF5QBQBjUAUAsFAFALlQBQACUQUADFEFAFRRBQBcUQUAplEFALVRBQD4UQUA/VEFAEpSBQBXUgUAnFIFAKlSBQDuUgUA+lIFAEBTBQBPUwUAklMFAJxTBQDkUwUA8lMFADZUBQBDVAUAiFQFAJ9UBQDaVAUA4lQFACxVBQA2VQUAflUFAINVBQDQVQUA2FUFAJ4pDgAuVgUAdFYFAHpWBQDGVgUA4VYFABhXBQAkVwUAalcFAHBXBQDwKQ4Az1cFAA5YBQAdWAUAYFgFAGxYBQCyWAUAs1gFAARZBQAOWQUAVlkFAGRZBQCoWQUArVkFAPpZBQAHWgUAQioOAFFaBQCeWgUAploFAPBaBQDzWgUAQlsFAEtbBQCUWwUAo1sFAOZbBQDxWwUAOFwFAEBcBQCKXAUAmlwFANxcBQDqXAUALl0FAD9dBQCAXQUAjF0FANJdBQDaXQUAOCsOACpeBQB2XgUAfl4FAMheBQDPXgUAGl8FAChfBQBsXwUAcl8FAL5fBQDKXwUAEGAFAB9gBQBiYAUAbGAFALRgBQC5YAUABmEFAAxhBQBYYQUAbGEFAKphBQCyYQUA/GEFACRiBQBOYgUAV2IFAKBiBQCtYgUA8mIFAABjBQBEYwUAV2MFAJZjBQCyYwUAiisOAO1jBQA6ZAUAR2QFAIxkBQCZZAUA3mQFAOpkBQAwZQUAP2UFAIJlBQCMZQUA1GUFAOJlBQAmZgUAK2YFAHhmBQCFZgUAymYFANJmBQAcZwUAImcFAG5nBQB6ZwUAwGcFANBnBQASaAUAG2gFAGRoBQBnaAUAtmgFAMJoBQAIaQUAD2kFANwrDgCCaQUArGkFALVpBQD+aQUAC2oFAFBqBQBeagUAomoFALVqBQD0agUAEGsFAC4sDgBUawUAmGsFAK5rBQDqawUA9msFADxsBQBDbAUAjmwFAJZsBQDgbAUA5WwFADJtBQA7bQUAhG0FAI5tBQCALA4A120FAChuBQA0bgUAem4FAIBuBQDMbgUAzm4FAB5vBQAobwUAcG8FAH5vBQDCbwUAx28FABRwBQAhcAUAZnAFAG5wBQC4cAUAwnAFAApxBQAYcQUAXHEFAHJxBQCucQUAunEFAAByBQAHcgUAUnIFAFpyBQCkcgUAqXIFAPZyBQD/cgUASHMFAFJzBQDSLA4AqHMFAOxzBQACdAUAPnQFAEp0BQCQdAUAlXQFAOJ0BQDrdAUANHUFAD51BQCGdQUAknUFANh1BQDedQUAKnYFADB2BQB8dgUAgXYFAM52BQDUdgUAJC0OACV3BQBydwUAf3cFAMR3BQDRdwUAFngFACJ4BQBoeAUAd3gFALp4BQDEeAUADHkFABp5BQBeeQUAY3kFALB5BQC9eQUAAnoFAAp6BQBUegUAXnoFAKZ6BQC0egUA+HoFAA57BQBKewUAVnsFAJx7BQChewUA7nsFAPd7BQBAfAUASnwFABouDgCefAUA5HwFAPV8BQA2fQUAQn0FAIh9BQCXfQUA2n0FAOR9BQAsfgUAOn4FAH5+BQCDfgUA0H4FAN1+BQAifwUALH8FAHR/BQAufwUA+oIFAIJ/BQDGfwUA3H8FABiABQAkgAUAaoAFAG+ABQC8gAUAxYAFAA6BBQAYgQUAYIEFAGyBBQCygQUAuIEFAASCBQAKggUAVoIFAFuCBQCoggUAroIFAGwuDgAAgwUATIMFAFKDBQCegwUAo4MFAPCDBQD2gwUAvi4OAFCEBQCUhAUAqoQFAOaEBQDyhAUAOIUFAD2FBQCKhQUAk4UFANyFBQDmhQUALoYFADqGBQCAhgUAk4YFANKGBQDhhgUAJIcFADCHBQB2hwUAd4cFAMiHBQDShwUAGogFACiIBQBsiAUAcYgFAL6IBQDLiAUAEC8OAB+JBQBiiQUAgokFALSJBQDAiQUABooFABCKBQBYigUAXYoFAKqKBQCrigUA/IoFAAiLBQBOiwUAW4sFAKCLBQCsiwUA8osFAAWMBQBEjAUAU4wFAJaMBQCijAUA6IwFAOmMBQA6jQUARI0FAIyNBQCajQUA3o0FAOONBQAwjgUAPY4FAGIvDgCejgUAtC8OANqOBQAmjwUALI8FAHiPBQB9jwUAyo8FANCPBQAGMA4AIZAFAG6QBQBxkAUAwJAFAMyQBQASkQUAGJEFAGSRBQB/kQUAtpEFAMKRBQAIkgUADpIFAFqSBQBckgUArJIFAMeSBQD+kgUAAJMFAFCTBQBekwUAopMFALOTBQD0kwUA9pMFAEaUBQBflAUAmJQFAKmUBQDqlAUA9pQFAPwwDgBGlQUAjpUFAJyVBQDglQUA9pUFADKWBQA+lgUAhJYFAImWBQDWlgUA35YFACiXBQAylwUAepcFAIKXBQDMlwUA0ZcFAB6YBQAtmAUAcJgFAH+YBQDCmAUAy5gFABSZBQAamQUAZpkFAGyZBQC4mQUAxJkFAAqaBQARmgUAXJoFAGSaBQCumgUAsJoFAACbBQAQmwUAUpsFAFybBQCkmwUAsJsFAPabBQD8mwUASJwFAFCcBQBOMQ4AppwFAOycBQD9nAUAPp0FAEqdBQCQnQUAn50FAOKdBQDsnQUANJ4FAEKeBQCGngUAi54FANieBQDlngUAKp8FADKfBQB8nwUAhp8FADq2BQCInwUAzp8FANSfBQAgoAUAJqAFAHKgBQB3oAUAxKAFAMqgBQCgMQ4AIqEFAGihBQBuoQUAuqEFANWhBQAMogUAGKIFAF6iBQBkogUAsKIFALiiBQACowUABaMFAFSjBQBgowUApqMFALejBQD4owUABKQFAEqkBQBZpAUAnKQFAKakBQDupAUA/KQFAEClBQBFpQUAkqUFAJ+lBQDkpQUA7KUFADamBQBApgUAiKYFAJamBQDapgUA8KYFACynBQA4pwUAfqcFAIOnBQDQpwUA2acFACKoBQAsqAUAljIOAHqoBQDGqAUAzKgFABipBQAkqQUAaqkFAHepBQC8qQUAxqkFAA6qBQAWqgUAYKoFAGqqBQCyqgUAt6oFAASrBQAFqwUAVqsFAFurBQCoqwUAuasFAPqrBQD/qwUATKwFAGOsBQCerAUAsqwFAPCsBQAMrQUAQq0FAEqtBQDoMg4AnK0FAOatBQDwrQUAOK4FAEyuBQCKrgUAi64FANyuBQDorgUALq8FAEqvBQCArwUAiK8FADozDgDbrwUAJLAFADKwBQB2sAUAM7AFAJJ9CQCAsAUAyLAFAMqwBQAasQUAM7EFAGyxBQB9sQUAvrEFAMqxBQAQsgUAGLIFAIwzDgBusgUAtLIFALqyBQAGswUAIbMFAFizBQBkswUAqrMFALCzBQD8swUA/7MFAE60BQBWtAUAoLQFALC0BQDytAUA97QFAES1BQBNtQUAlrUFAKO1BQDotQUA77UFAN4zDgBItgUAjLYFAKK2BQDetgUA6rYFADC3BQA1twUAgrcFAIu3BQDUtwUA3rcFACa4BQBCuAUAeLgFAIC4BQAwNA4Az7gFABy5BQAkuQUAbrkFAHC5BQDAuQUA27kFABK6BQAUugUAZLoFAHK6BQC2ugUAx7oFAAi7BQAKuwUAWrsFAHO7BQCsuwUAvbsFAP67BQAKvAUAULwFAFi8BQCCNA4ArrwFAPS8BQD6vAUARr0FAGG9BQCYvQUApL0FAOq9BQDwvQUAPL4FAD++BQDUNA4Aq74FAOC+BQDhvgUAMr8FAEG/BQCEvwUAib8FANa/BQDjvwUAKMAFADXABQB6wAUAhsAFAMzABQDbwAUAHsEFACjBBQBwwQUAfsEFAMLBBQDHwQUAFMIFACHCBQBmwgUAcsIFALjCBQC+wgUACsMFAMvCBQCK1wUAEMMFAFzDBQBhwwUArsMFALTDBQAmNQ4ABcQFAFLEBQByxAUApMQFALDEBQD2xAUA/MQFAEjFBQBQxQUA7vYFAFHFBQCaxQUAp8UFAOzFBQDyxQUAPsYFAErGBQCQxgUAksYFAOLGBQDxxgUANMcFAD/HBQCGxwUAiMcFANjHBQDxxwUAKsgFADvIBQB8yAUAiMgFAM7IBQDayAUAIMkFADPJBQByyQUAgckFAMTJBQDQyQUAFsoFABfKBQBoygUAcsoFALrKBQDIygUADMsFABHLBQBeywUAa8sFAHg1DgC9ywUAAswFABbMBQBUzAUAcMwFAKbMBQDCzAUAyjUOAAfNBQBKzQUAS80FAJzNBQCrzQUA7s0FAPPNBQBAzgUATc4FAJLOBQCfzgUA5M4FAPDOBQA2zwUARc8FAIjPBQCSzwUA2s8FAOjPBQAs0AUAMdAFAH7QBQCL0AUA0NAFAODQBQAi0QUAJNEFAHTRBQCC0QUAxtEFANfRBQAcNg4AH9IFAG42DgBv0gUAvNIFAMnSBQAO0wUAG9MFAGDTBQBm0wUAstMFAL7TBQAE1AUAFNQFAFbUBQBf1AUAqNQFAKvUBQD61AUABtUFAEzVBQBT1QUAwDYOAKrVBQDw1QUAANYFAELWBQBL1gUAlNYFAJfWBQDm1gUA8tYFADjXBQA/1wUAEjcOAJnXBQDc1wUA6NcFAC7YBQAv2AUAgNgFAIrYBQDS2AUA4NgFACTZBQAp2QUAdtkFAIPZBQBkNw4AzdkFABraBQAp2gUAbNoFAIzaBQC+2gUAytoFABDbBQAa2wUAYtsFAGrbBQC02wUAwNsFAAbcBQAM3AUAWNwFAF7cBQCq3AUAr9wFAPzcBQAC3QUAWjgOAFPdBQCg3QUAqd0FAPLdBQAD3gUARN4FAEveBQCW3gUAnt4FAOjeBQD13gUAOt8FAD/fBQCM3wUAlt8FAN7fBQDm3wUAMOAFAD/gBQCC4AUAh+AFANTgBQDh4AUAJuEFADPhBQB44QUAhOEFAMrhBQDZ4QUAHOIFACbiBQBu4gUAduIFAMDiBQDK4gUAEuMFABfjBQBk4wUAbOMFAFA5DgC74wUACOQFAAvkBQBa5AUAZOQFAKI5DgCy5AUA/uQFAAPlBQBQ5QUAcOUFAKLlBQCu5QUA9OUFAPrlBQBG5gUASeYFAJjmBQCa5gUA6uYFAAXnBQA85wUAPucFAI7nBQCc5wUA4OcFAPHnBQAy6AUANOgFAIToBQCd6AUA1ugFAOfoBQAo6QUANOkFAPQ5DgCK6QUAzOkFAOzpBQAe6gUAIOoFAHDqBQB86gUAYpUMAH/qBQCqBQYAjOoFAHoSBgCZ6gUAwuoFAMXqBQAU6wUAIesFAOLvBQAj6wUAZusFAGvrBQC46wUAxesFAArsBQAX7AUAXOwFAGjsBQCu7AUAvewFAADtBQAK7QUAUu0FAGDtBQCk7QUAqe0FAPbtBQAD7gUASO4FAFTuBQCa7gUAoO4FAOzuBQDy7gUAPu8FAEPvBQCQ7wUAlu8FAEY6DgDr7wUANPAFAErwBQCG8AUAn/AFANjwBQDk8AUAKvEFADDxBQB88QUAgfEFAM7xBQDe8QUAIPIFACbyBQBy8gUAfvIFAMTyBQDO8gUAFvMFABzzBQBo8wUAdvMFALrzBQDG8wUADPQFAA/0BQBe9AUAavQFALD0BQDD9AUAAvUFABH1BQBU9QUAYPUFAKb1BQCy9QUA+PUFAP/1BQBK9gUAVvYFAJz2BQCj9gUAmDoOAAT3BQBA9wUAQvcFAJL3BQCm9wUA5PcFAOz3BQA2+AUAQ/gFAIj4BQCN+AUA2vgFAOT4BQAs+QUANPkFAH75BQCX+QUA0PkFANz5BQAi+gUAKvoFAOo6DgCP+gUAxvoFAMj6BQAY+wUAJvsFAGr7BQB7+wUAvPsFAL77BQAO/AUAJ/wFAGD8BQBx/AUAsvwFAL78BQA8Ow4ACf0FAFb9BQBf/QUAqP0FALn9BQD6/QUAAf4FAEz+BQBU/gUAnv4FAKv+BQDw/gUA9f4FAEL/BQBM/wUAlP8FAJz/BQDm/wUA//8FADgABgBEAAYAigAGAJIABgDgOw4A3wAGAC4BBgA4AQYAgAEGAIIBBgDSAQYA6wEGACQCBgA1AgYAdgIGAIQCBgDIAgYAywIGABoDBgAlAwYAbAMGAHgDBgC+AwYAxQMGADI8DgAVBAYAYgQGAGoEBgC0BAYAwgQGAAYFBgAHBQYAWAUGAHMFBgCEPA4ArwUGAPwFBgAJBgYATgYGAFsGBgCgBgYArAYGAPIGBgABBwYARAcGAE4HBgCWBwYApAcGAOgHBgDtBwYAOggGAEcIBgCMCAYAmAgGAN4IBgDkCAYAMAkGADYJBgCCCQYAhwkGANQJBgDaCQYA1jwOADMKBgB4CgYAegoGAMoKBgDjCgYAHAsGAC0LBgBuCwYAegsGAMALBgDICwYAzD0OABcMBgBkDAYAbAwGALYMBgDPDAYACA0GAA0NBgBaDQYAXw0GAKwNBgC2DQYA/g0GAAEOBgBQDgYAWg4GAKIOBgCoDgYA9A4GAPYOBgBGDwYARw8GAJgPBgCgDwYA6g8GAPoPBgA8EAYAQhAGAI4QBgCTEAYA4BAGAPYQBgAyEQYAOhEGAIQRBgCsEQYA1hEGAPkRBgAoEgYARxIGAB4+DgCCEgYAcD4OAN0SBgAeEwYALBMGAHATBgB8EwYAwhMGAM8TBgAUFAYAHhQGAGYUBgBuFAYAuBQGAMMUBgAKFQYADBUGAFwVBgBfFQYArhUGALYVBgAAFgYABhYGAFIWBgBbFgYApBYGALEWBgD2FgYA/hYGAEgXBgBNFwYAmhcGAKMXBgDsFwYA9hcGAD4YBgBGGAYAkBgGAJUYBgDiGAYA8hgGADQZBgA8GQYAhhkGAIgZBgDYGQYA8xkGACoaBgAsGgYAfBoGAIoaBgDOGgYA3xoGACAbBgAiGwYAchsGAIsbBgDEGwYA1RsGABYcBgAiHAYAaBwGAHAcBgDCPg4AwBwGAAwdBgARHQYAXh0GAH4dBgCwHQYAvB0GAAIeBgAIHgYAVB4GAFceBgCmHgYArh4GAPgeBgACHwYASh8GAE8fBgCcHwYApB8GAO4fBgD4HwYAQCAGAEIgBgCSIAYAoyAGAOQgBgAEIQYANiEGAD4hBgCIIQYAkiEGANohBgDfIQYAFD8OAEAiBgB+IgYAhiIGANAiBgDVIgYAIiMGADIjBgB0IwYAfCMGAMYjBgDQIwYAGCQGACMkBgBqJAYAdiQGALwkBgDEJAYAZj8OABolBgBgJQYAbCUGALIlBgC5JQYABCYGAAwmBgBWJgYAbyYGAKgmBgCuJgYA+iYGAP8mBgBMJwYAbCcGAJ4nBgCqJwYA8CcGAPYnBgBCKAYARSgGALg/DgCWKAYA5igGAKIoBgAsgA0A6SgGADgpBgBCKQYAiikGAJgpBgDcKQYA6ykGAC4qBgAxKgYAgCoGAEYqBgAETwYASioGAEhABgCMKgYA0ioGANQqBgAkKwYAKisGAHYrBgCFKwYAyCsGANMrBgAaLAYAIiwGACiNBgA0LAYAbCwGAHgsBgC+LAYA0SwGABAtBgAfLQYAYi0GAG4tBgC0LQYAtS0GAAYuBgAQLgYAWC4GAGYuBgCqLgYAry4GAPwuBgAJLwYACkAOAGgvBgCgLwYAry8GAPIvBgD3LwYARDAGAFEwBgCWMAYAozAGAOgwBgD0MAYAOjEGAEkxBgCMMQYAljEGAN4xBgDsMQYAMDIGADUyBgCCMgYAjzIGANQyBgDgMgYAJjMGACwzBgB4MwYAfjMGAMozBgDPMwYAHDQGACI0BgBcQA4AbzQGAMA0BgB3NAYAzlgIAHs0BgDyRAgAjjQGAOLcCwDMNAYAEjUGABg1BgBWtggAHzUGAGQ1BgBnNQYAtjUGAMI1BgAINgYACjYGAFo2BgBgNgYArDYGALs2BgD+NgYACTcGAFA3BgBRNwYAojcGALY3BgD0NwYADjgGAEY4BgBSOAYAmDgGAKs4BgDqOAYA+TgGADw5BgBIOQYAjjkGAI85BgDgOQYA6jkGADI6BgBAOgYAhDoGAIk6BgDWOgYA4zoGAK5ADgBCOwYAejsGAIk7BgDMOwYA0TsGAB48BgArPAYAcDwGAH08BgDCPAYAzjwGABQ9BgAjPQYAZj0GAHA9BgC4PQYAxj0GAAo+BgAPPgYAXD4GAGk+BgCuPgYAuj4GAAA/BgAGPwYAUj8GAFg/BgCkPwYAqT8GAPY/BgD8PwYAAEEOAGRABgBSQQ4AoEAGAOxABgDuQAYAPkEGAEtBBgCQQQYAk0EGAOJBBgDjQQYANEIGADlCBgCGQgYAjEIGANhCBgDiQgYAKkMGAEZDBgB8QwYAmEMGAKRBDgDUQwYAIEQGACJEBgByRAYAf0QGAMREBgDHRAYAFkUGABdFBgBoRQYAbUUGALpFBgDARQYADEYGABZGBgBeRgYAekYGALBGBgDMRgYA9kEOAAhHBgBURwYAWkcGAKZHBgCrRwYA+EcGAP5HBgBIQg4AWEgGAJxIBgC3SAYA7kgGAPxIBgBASQYATUkGAJJJBgCpSQYA5EkGAPNJBgA2SgYAO0oGAIhKBgCVSgYA2koGAOdKBgAsSwYAOEsGAH5LBgCNSwYA0EsGANpLBgAiTAYAMEwGAHRMBgB5TAYAxkwGANNMBgAYTQYAG00GAGpNBgB2TQYAvE0GAMJNBgAOTgYAFE4GAGBOBgBlTgYAsk4GALhOBgCaQg4ADk8GAFZPBgBcTwYAqE8GAKpPBgD6TwYAB1AGAExQBgBPUAYAnlAGAJ9QBgDwUAYA9VAGAEJRBgBIUQYAlFEGAJ5RBgDmUQYAAFIGADhSBgBHUgYAilIGAI9SBgDcUgYA6VIGAC5TBgA7UwYAgFMGAIxTBgDSUwYA4VMGACRUBgAuVAYAdlQGAIRUBgDIVAYAzVQGABpVBgAnVQYAbFUGAHZVBgAIXwYAeFUGAL5VBgDEVQYAEFYGABZWBgBiVgYAZ1YGALRWBgC6VgYA7EIOAAtXBgBYVwYAZVcGAKpXBgC3VwYA/FcGAAhYBgBOWAYAXVgGAKBYBgCqWAYA8lgGAABZBgBEWQYASVkGAJZZBgCjWQYA6FkGAPBZBgA6WgYARloGAIxaBgCSWgYA3loGAORaBgAwWwYANVsGAIJbBgCIWwYA4kMOANZbBgAmXAYAL1wGAHhcBgB7XAYAylwGANZcBgAcXQYAI10GAG5dBgB2XQYAwF0GANldBgASXgYAJl4GAGReBgCAXgYAtl4GAL5eBgCGRA4AFl8GAFpfBgBwXwYArF8GALhfBgD+XwYAA2AGAFBgBgBZYAYAomAGAKxgBgD0YAYAEGEGAEZhBgBOYQYA2EQOAJ1hBgDqYQYA92EGADxiBgBJYgYAjmIGAJpiBgDgYgYA72IGADJjBgA8YwYAhGMGAJJjBgDWYwYA22MGAChkBgA1ZAYAemQGAIJkBgDMZAYA1mQGAB5lBgAsZQYAcGUGAIZlBgDCZQYAzmUGABRmBgAZZgYAZmYGAG9mBgC4ZgYAwmYGAApnBgASZwYAXGcGAGtnBgCuZwYAsGcGAABoBgAJaAYAUmgGAFVoBgCkaAYAsGgGAPZoBgD9aAYASGkGAFBpBgCaaQYAs2kGAOxpBgAAagYAPmoGAFpqBgCQagYAmGoGACpFDgDnagYANGsGAEFrBgCGawYAk2sGANhrBgDkawYAKmwGADlsBgB8bAYAhmwGAM5sBgDYbAYAIG0GAC5tBgBybQYAiG0GAMRtBgDQbQYAFm4GABtuBgBobgYAcW4GALpuBgDEbgYADG8GABhvBgBebwYAZG8GALBvBgC2bwYAAnAGAAdwBgBUcAYAWnAGAHxFDgCycAYA+HAGAPxwBgBKcQYAWXEGAJxxBgChcQYA7nEGAPtxBgBAcgYATXIGAJJyBgCecgYA5HIGAPNyBgA2cwYAQHMGAIhzBgCWcwYA2nMGAN9zBgAsdAYAOXQGAH50BgCKdAYA0HQGANZ0BgAidQYAKHUGAHR1BgB5dQYAxnUGAMx1BgDORQ4AHXYGAGp2BgBxdgYAvHYGAMh2BgAOdwYAEHcGAGB3BgARdwYA0nwGAHt3BgCydwYAtHcGAAR4BgASeAYAVngGAGd4BgCoeAYAqngGAPp4BgATeQYATHkGAF15BgCeeQYAqnkGAPB5BgD8eQYAQnoGAFV6BgCUegYAo3oGAOZ6BgDyegYAOHsGADl7BgCKewYAlHsGANx7BgDqewYALnwGADN8BgCAfAYAjXwGACBGDgDUfAYAJH0GAD99BgB2fQYAeH0GAMh9BgDWfQYAGn4GACt+BgBsfgYAbn4GAL5+BgDXfgYAEH8GACF/BgBifwYAbn8GALR/BgDAfwYABoAGABmABgBYgAYAZ4AGAKqABgC2gAYA/IAGAP2ABgBOgQYAWIEGAKCBBgCugQYA8oEGAPeBBgBEggYAUYIGABZHDgCbggYA6IIGAPCCBgA6gwYAPIMGAIyDBgCdgwYA3oMGAOyDBgAwhAYAS4QGAIKEBgCOhAYA1IQGANyEBgAMSA4AK4UGAHiFBgB/hQYAyoUGANaFBgAchgYAH4YGAG6GBgB2hgYAwIYGANCGBgAShwYAF4cGAGSHBgBthwYAtocGAMOHBgAIiAYAD4gGAFqIBgBiiAYAXkgOALmIBgD+iAYABokGAFCJBgBkiQYAookGAKeJBgD0iQYA/YkGAEaKBgBMigYAmIoGAKCKBgDqigYA+YoGADyLBgBNiwYAjosGAJeLBgDgiwYA44sGADKMBgA8jAYAhIwGAJCMBgDWjAYA3IwGALBIDgA1jQYAeo0GAH+NBgDMjQYA040GAB6OBgAqjgYAcI4GAHiOBgACSQ4A3Y4GABSPBgAWjwYAZo8GAHSPBgC4jwYAyY8GAAqQBgAMkAYAXJAGAHWQBgCukAYAv5AGAACRBgAMkQYAVEkOAGGRBgCkkQYAs5EGAPaRBgD/kQYASJIGAE6SBgCakgYAoJIGAOySBgD4kgYAPpMGAEWTBgCQkwYAmJMGAOKTBgDmkwYANJQGAD+UBgCGlAYAlJQGANiUBgDplAYAKpUGADaVBgB8lQYAhJUGAKZJDgDRlQYAIJYGACqWBgBylgYAdJYGAMSWBgDdlgYAFpcGACeXBgBolwYAdpcGALqXBgC9lwYADJgGABeYBgBemAYAbJgGALCYBgC9mAYAApkGABmZBgBUmQYAXJkGAKaZBgComQYA+JkGAACaBgBKmgYAWZoGAJyaBgChmgYA7poGAPuaBgBAmwYATZsGAJKbBgCemwYA5JsGAPObBgA2nAYAQJwGAIicBgCWnAYA2pwGAN+cBgAsnQYAOZ0GAH6dBgCGnQYA0J0GANqdBgAingYAJ54GAHSeBgB8ngYAxp4GAMmeBgAYnwYANZ8GAGqfBgB7nwYAvJ8GAMSfBgAOoAYAEaAGAGCgBgBsoAYAsqAGALigBgAEoQYAH6EGAFahBgBioQYAqKEGAK6hBgD4SQ4ACaIGAEyiBgBNogYAnqIGANSiBgDwogYA/qIGAEKjBgBDowYAlKMGAJyjBgDmowYA9aMGADikBgA9pAYAiqQGAJekBgDcpAYA6aQGAC6lBgA6pQYAgKUGAI+lBgDSpQYA3KUGACSmBgAypgYAdqYGAHumBgDIpgYA1aYGABqnBgAipwYAbKcGAHanBgC+pwYAw6cGABCoBgAYqAYAYqgGAGyoBgC0qAYAv6gGAAapBgASqQYAWKkGAGCpBgBKSg4Ar6kGAPypBgD/qQYATqoGAFiqBgCgqgYAqKoGAJxKDgAAqwYARKsGAFqrBgCWqwYAoqsGAOirBgDtqwYAOqwGAEOsBgCMrAYAlqwGAN6sBgDmrAYAMK0GADytBgCCrQYAla0GANStBgDVrQYAJq4GADSuBgB4rgYAfq4GAMquBgDWrgYAHK8GACOvBgDuSg4Ab68GAMCvBgDMrwYAErAGAB+wBgBksAYAbLAGALawBgDAsAYACLEGABexBgBasQYAW7EGAKyxBgC0sQYA/rEGAA2yBgBQsgYAVbIGAKKyBgCvsgYA9LIGAAGzBgBGswYAUrMGAJizBgCnswYA6rMGAPSzBgA8tAYASrQGAI60BgCTtAYA4LQGAO20BgAytQYAOrUGAIS1BgCItQYA1rUGAOS1BgAotgYAMrYGAHq2BgCFtgYAzLYGANS2BgAetwYAKbcGAHC3BgB1twYAwrcGAMW3BgAUuAYAHrgGAGa4BgBuuAYAuLgGANe4BgBASw4ADLkGAFy5BgBduQYArrkGALi5BgAAugYADroGAFK6BgBtugYApLoGALC6BgD2ugYA/roGAJJLDgBUuwYAmrsGAKC7BgDsuwYAB7wGAD68BgBKvAYAkLwGAJa8BgDivAYA6rwGADS9BgBCvQYAhr0GAIm9BgDYvQYA4L0GACq+BgAzvgYAfL4GAIm+BgDOvgYA0L4GACC/BgA7vwYAcr8GAHS/BgDEvwYA0r8GABbABgAnwAYAaMAGAGrABgC6wAYA08AGAAzBBgAdwQYAXsEGAGrBBgCwwQYAuMEGAORLDgAIwgYAVMIGAFzCBgCmwgYArcIGAPjCBgD9wgYASsMGAFbDBgCcwwYAn8MGAO7DBgD2wwYAQMQGAE3EBgCSxAYAl8QGAOTEBgDuxAYANsUGAD7FBgCIxQYAlMUGANrFBgDtxQYALMYGADrGBgB+xgYAgcYGANDGBgDaxgYANkwOACXHBgB0xwYAfMcGAMbHBgDJxwYAGMgGACTIBgBqyAYAcMgGALzIBgDXyAYADskGABrJBgBgyQYAZskGALLJBgC6yQYABMoGABLKBgBWygYAWcoGAKjKBgCwygYA+soGAAPLBgBMywYAWcsGAJ7LBgCgywYA8MsGAAvMBgBCzAYARMwGAJTMBgCizAYA5swGAPfMBgA4zQYAOs0GAIrNBgCjzQYA3M0GAO3NBgAuzgYAOs4GAIDOBgCIzgYAiEwOANjOBgAkzwYALM8GAHbPBgB9zwYAyM8GAM3PBgAa0AYAJtAGAGzQBgBv0AYAvtAGAMbQBgAQ0QYAHdEGAGLRBgBn0QYAtNEGAL7RBgAG0gYADtIGAFjSBgBk0gYAqtIGAL3SBgD80gYACtMGAE7TBgBR0wYAoNMGAKrTBgDaTA4A9dMGAETUBgBQ1AYAltQGAJzUBgDo1AYAA9UGADrVBgBG1QYAjNUGAJLVBgDe1QYA5tUGADDWBgA+1gYAgtYGAIXWBgDU1gYA3NYGACbXBgAv1wYAeNcGAIXXBgDK1wYAzNcGABzYBgA32AYAbtgGAHDYBgDA2AYAztgGABLZBgAj2QYAZNkGAGbZBgC22QYAz9kGAAjaBgAZ2gYAWtoGAGbaBgCs2gYAtNoGACxNDgAE2wYAUNsGAFjbBgCi2wYAqdsGAPTbBgD52wYARtwGAFLcBgCY3AYAm9wGAOrcBgDy3AYAPN0GAEndBgCO3QYAk90GAODdBgDq3QYAMt4GADreBgCE3gYAkN4GANbeBgDp3gYAKN8GADbfBgB63wYAfd8GAMzfBgDW3wYAfk0OACDgBgBw4AYAI+AGAPawBwAn4AYALC4NACrgBgCEUAwALOAGAPoSCAB64AYA9qcMAIHgBgDC4AYA0+AGABThBgAi4QYAZuEGAILhBgC44QYA1OEGANBNDgAY4gYAXOIGAGniBgCu4gYAxeIGAADjBgAM4wYAUuMGAFjjBgCk4wYAquMGAPbjBgD74wYASOQGAE7kBgAiTg4An+QGAOzkBgD05AYAPuUGAEHlBgCQ5QYAnOUGAOLlBgDo5QYANOYGAE/mBgCG5gYAkuYGANjmBgDe5gYAKucGADLnBgB85wYAfucGAM7nBgDp5wYAIOgGACLoBgBy6AYAgOgGAMToBgDV6AYAFukGABjpBgBo6QYAgekGALrpBgDL6QYADOoGABjqBgAYTw4AdOoGALDqBgC/6gYAAusGANnqBgDQ7wYABOsGAFTrBgBj6wYApusGALHrBgD46wYABOwGAErsBgBN7AYAnOwGAFHsBgAa+QYAZuwGAATzBgCo7AYA7uwGAPTsBgBA7QYAW+0GAJLtBgCe7QYA5O0GAOrtBgA27gYAQu4GAIjuBgCO7gYA2u4GAODuBgAs7wYAMe8GAH7vBgCE7wYAak8OANPvBgAi8AYAPvAGAHTwBgB88AYAYFAOANLwBgAY8QYAHvEGAGrxBgCF8QYAvPEGAMjxBgAO8gYAFPIGAGDyBgBo8gYAsvIGANPyBgCyUA4ADPMGAARRDgBb8wYAqPMGALXzBgD68wYAB/QGAEz0BgBY9AYAnvQGAK30BgDw9AYA+vQGAEL1BgBK9QYAlPUGAJ71BgDm9QYA9PUGADj2BgBO9gYAivYGAJb2BgDc9gYA4fYGAC73BgA39wYAgPcGAIr3BgDS9wYA2vcGACT4BgAu+AYAdvgGAHv4BgDI+AYA0PgGAFZRDgAm+QYAbPkGAH/5BgC++QYAzfkGABD6BgAc+gYAYvoGAGP6BgC0+gYAvvoGAAb7BgAU+wYAWPsGAF37BgCq+wYAt/sGAKhRDgAH/AYATvwGAFr8BgCg/AYApvwGAPL8BgD+/AYARP0GAEz9BgCeUg4Amf0GAOj9BgDw/QYAOv4GAEf+BgCM/gYAkf4GAN7+BgDm/gYAMP8GADL/BgCC/wYAnf8GANT/BgDW/wYAJgAHADQABwB4AAcAiQAHAMoABwDMAAcAHAEHADUBBwBuAQcAfwEHAMABBwDMAQcAEgIHABoCBwDwUg4AaQIHALYCBwDDAgcACAMHABUDBwBaAwcAZgMHAKwDBwC7AwcA/gMHAAgEBwBQBAcAXgQHAKIEBwCnBAcA9AQHAAEFBwBGBQcATgUHAJgFBwCaBQcA6gUHAPQFBwA8BgcARAYHAEJTDgCZBgcA4AYHAO4GBwAyBwcANQcHAIQHBwCMBwcA1gcHAOwHBwAoCAcALQgHAHoIBwCQCAcAzAgHANgIBwAeCQcAKwkHAHAJBwB6CQcAlFMOANAJBwAUCgcALQoHAGYKBwB8CgcAuAoHAMcKBwAKCwcAJAsHAFwLBwBfCwcAKhAHAGcLBwD4FAcAawsHAK4LBwCzCwcAAAwHAA0MBwBSDAcAXwwHAKQMBwCwDAcA9gwHAAUNBwBIDQcAUg0HAJoNBwCoDQcA7A0HAPENBwA+DgcASw4HAJAOBwCcDgcA4g4HAOgOBwA0DwcAOg8HAIYPBwCLDwcA2A8HAN4PBwDmUw4ANhAHAHwQBwCCEAcAzhAHAOkQBwAgEQcALBEHAHIRBwB4EQcAxBEHAMsRBwAWEgcAGxIHALATBwAiEgcAaBIHAGoSBwC6EgcAwRIHAAwTBwAoEwcAXhMHAGYTBwDcVA4AtBMHAAIUBwAPFAcAVBQHAHAUBwCmFAcArhQHAC5VDgD9FAcAShUHAE0VBwCcFQcAphUHAO4VBwD/FQcAQBYHAEUWBwCSFgcAlxYHAOQWBwAEFwcANhcHAD8XBwCIFwcAiRcHANoXBwDmFwcALBgHADIYBwB+GAcAhBgHANAYBwDVGAcAIhkHACgZBwCAVQ4AdhkHAMYZBwDMGQcAGBoHADgaBwBqGgcAdhoHALwaBwDDGgcADhsHABYbBwBgGwcAZxsHALIbBwC+GwcABBwHAAYcBwBWHAcAXRwHAHZWDgCqHAcA+hwHAP0cBwBMHQcAVB0HAJ4dBwCuHQcA8B0HAPIdBwBCHgcAUB4HAJQeBwClHgcAyFYOAO0eBwAaVw4ARR8HAIofBwCRHwcA3B8HAOQfBwAuIAcAPCAHAIAgBwCDIAcA0iAHANogBwAkIQcAKyEHAHYhBwCEIQcAyCEHAMshBwAaIgcAHCIHAGwiBwCFIgcAviIHAM8iBwAQIwcAHCMHAGIjBwBpIwcAtCMHALwjBwAGJAcADyQHAFgkBwBlJAcAqiQHALQkBwD8JAcACiUHAE4lBwBfJQcAoCUHAKglBwDyJQcA/CUHAEQmBwBSJgcAliYHAKwmBwDoJgcA9CYHADonBwBBJwcAjCcHAJQnBwDeJwcA5CcHADAoBwA8KAcAgigHAIwoBwDUKAcA2igHACYpBwA6KQcAvlcOAH0pBwDKKQcAzSkHABwqBwAmKgcAbioHAHAqBwDAKgcA2yoHABIrBwAUKwcAZCsHAHIrBwC2KwcAxysHAAgsBwAKLAcAWiwHAHMsBwCsLAcAvSwHAP4sBwAKLQcAEFgOAG0tBwCiLQcAsy0HAPQtBwAQLgcARi4HAE4uBwBiWA4AnS4HAOouBwDyLgcAPC8HAEcvBwCOLwcAky8HAOAvBwDjLwcAMjAHADwwBwCEMAcAhzAHANYwBwDeMAcAKDEHACoxBwB6MQcAlTEHAMwxBwDOMQcAHjIHACwyBwBwMgcAgTIHAMIyBwDEMgcAFDMHAC0zBwBmMwcAdzMHALgzBwDEMwcACjQHABI0BwC0WA4AaTQHAK40BwC2NAcAADUHAAo1BwBSNQcAXTUHAKQ1BwCwNQcA9jUHAP41BwAGWQ4ATTYHAJo2BwCfNgcA7DYHAP02BwBYWQ4ASzcHAJA3BwCSNwcA4jcHAPs3BwA0OAcARTgHAIY4BwCSOAcA2DgHAOA4BwCqWQ4ALzkHAHw5BwCEOQcAzjkHAN05BwAgOgcAJjoHAHI6BwB+OgcAxDoHAMY6BwAWOwcAIDsHAGg7BwB0OwcAujsHAMI7BwD8WQ4AGDwHAF48BwBhPAcAsDwHALM8BwACPQcAED0HAFQ9BwBZPQcApj0HALM9BwBOWg4ACT4HAEo+BwBSPgcAnD4HAFc+BwCURwcApz4HAO4+BwDzPgcAQD8HAEM/BwCSPwcAnD8HAOQ/BwAHQAcANkAHADlABwCIQAcArEAHANpABwDiQAcAoFoOADJBBwB+QQcAjEEHANBBBwDcQQcAIkIHAClCBwB0QgcAfEIHAMZCBwDWQgcAGEMHAB1DBwBqQwcAcEMHALxDBwDEQwcADkQHACtEBwBgRAcAaUQHALJEBwC+RAcABEUHAApFBwBWRQcAakUHAKhFBwCwRQcA+kUHAApGBwBMRgcATkYHAJ5GBwCsRgcA8EYHAAFHBwDyWg4ASUcHAERbDgCZRwcA5kcHAO1HBwA4SAcAREgHAIpIBwCNSAcA3EgHAOxIBwAuSQcAMEkHAIBJBwCOSQcA0kkHAONJBwCWWw4AK0oHAOhbDgCJSgcAyEoHANdKBwAaSwcAJksHAGxLBwBtSwcAvksHAMhLBwAQTAcAHkwHAGJMBwBnTAcAtEwHAMFMBwA6XA4AC00HAFhNBwBhTQcAqk0HALtNBwD8TQcAA04HAE5OBwBWTgcAoE4HAK1OBwDyTgcA904HAERPBwBOTwcAlk8HAJ5PBwDoTwcA7k8HADpQBwBGUAcAjFAHAI5QBwDeUAcA7VAHADBRBwA7UQcAglEHAIpRBwDUUQcA1lEHACZSBwAzUgcAeFIHAIxSBwDKUgcA0lIHABxTBwArUwcAblMHAHNTBwDAUwcAzVMHABJUBwAcVAcAZFQHAGZUBwC2VAcAxVQHAAhVBwASVQcAWlUHAGJVBwCsVQcArVUHAP5VBwADVgcAUFYHAF5WBwCiVgcAr1YHAPRWBwD+VgcAMF0OAElXBwCYVwcApFcHAFRmBwC0VwcA6lcHAPJXBwCCXQ4AQVgHAI5YBwCWWAcA4FgHAONYBwAyWQcAPlkHAIRZBwCKWQcA1lkHAPFZBwAoWgcANFoHAHpaBwCAWgcAzFoHAM9aBwAeWwcAJlsHAHBbBwByWwcAwlsHAN1bBwAUXAcAFlwHAGZcBwB0XAcAuFwHAMlcBwAKXQcADF0HAFxdBwB1XQcArl0HAL9dBwAAXgcADF4HAFJeBwBaXgcA1F0OAKleBwD2XgcA/F4HAEhfBwBQXwcAml8HAKlfBwDsXwcA8V8HAD5gBwBLYAcAkGAHAJ1gBwDiYAcA7mAHADRhBwBDYQcAhmEHAJBhBwDYYQcA5mEHACpiBwAvYgcAfGIHAIliBwAmXg4A2mIHACBjBwAmYwcAcmMHAI1jBwDEYwcA0GMHABZkBwAcZAcAaGQHAGtkBwC6ZAcAxmQHAAxlBwASZQcAXmUHAGRlBwCwZQcAtWUHAAJmBwAIZgcAeF4OAFpmBwCmZgcArGYHAPhmBwD9ZgcASmcHAFBnBwDKXg4AoWcHAO5nBwD7ZwcAQGgHAE1oBwCSaAcAnmgHAORoBwDzaAcANmkHAEBpBwCIaQcAlmkHANppBwDfaQcALGoHADlqBwB+agcAlmoHANBqBwDWagcAImsHAC5rBwB0awcAhGsHAMZrBwDPawcAGGwHABtsBwBqbAcAdmwHALxsBwDDbAcAwF8OABBtBwBgbQcAam0HALJtBwC1bQcABG4HAAxuBwBWbgcAWW4HAKhuBwC0bgcA+m4HAABvBwBMbwcAZ28HAJ5vBwCqbwcA8G8HAPZvBwASYA4AYnAHAJRwBwCfcAcA5nAHAOtwBwA4cQcAQXEHAIpxBwCNcQcA3HEHAOhxBwAucgcAOnIHAG58BwBGcgcAgHIHAIdyBwDScgcA2HIHACRzBwAycwcAdnMHAJFzBwDIcwcA1HMHABp0BwAgdAcAbHQHAIZ0BwC+dAcAynQHABB1BwAWdQcAYnUHAGh1BwC0dQcAuXUHAAZ2BwAMdgcAZGAOAGV2BwCqdgcAtnYHAPx2BwAGdwcATncHAFJ3BwCgdwcApXcHAPJ3BwD4dwcARHgHAGR4BwCWeAcAongHAOh4BwDueAcAOnkHAEB5BwCMeQcAkXkHAN55BwDkeQcACGEOADV6BwCCegcAiXoHANR6BwDgegcAJnsHAEJ7BwB4ewcAgHsHAP5hDgABfAcAHHwHAEJ8BwBQYg4AgXwHAMB8BwDPfAcAEn0HAB59BwBkfQcAZX0HALZ9BwDAfQcACH4HABZ+BwBafgcAX34HAKx+BwC5fgcAomIOAAZ/BwCYYw4AVX8HAKJ/BwCvfwcA9H8HAAGABwBGgAcAUoAHAJiABwCngAcA6oAHAPSABwA8gQcASoEHAI6BBwCTgQcA4IEHAO2BBwAyggcAOoIHAISCBwCKggcA1oIHAOKCBwAogwcAOIMHAHqDBwCDgwcAzIMHAM+DBwAehAcAKoQHAHCEBwB3hAcA6mMOAM2EBwAUhQcAIIUHAGaFBwBuhQcAPGQOAMWFBwAKhgcAEYYHAFyGBwBdhgcAroYHALOGBwAAhwcADocHAFKHBwBfhwcApIcHAK6HBwD2hwcA/ocHAEiIBwBRiAcAmogHAKCIBwDsiAcA/YgHAD6JBwBaiQcAkIkHAJiJBwCOZA4A7YkHADSKBwA+igcAhooHAJCKBwDYigcA2YoHAOBkDgAviwcAfIsHAImLBwDOiwcA24sHACCMBwAsjAcAcowHAIGMBwDEjAcAzowHABaNBwAejQcAaI0HAHKNBwC6jQcAv40HAAyOBwAUjgcAMmUOAGmOBwCwjgcAvI4HAAKPBwAKjwcAhGUOAFmPBwCmjwcAtY8HAPiPBwAYkAcASpAHAFaQBwCckAcAopAHAO6QBwD2kAcAQJEHAEeRBwCSkQcAlJEHAOSRBwDwkQcANpIHAEySBwCIkgcAjZIHANqSBwDnkgcA1mUOADGTBwB+kwcAjZMHANCTBwDwkwcAIpQHAC6UBwB0lAcAepQHAMaUBwDOlAcAGJUHAB+VBwBqlQcAbJUHALyVBwDIlQcADpYHACSWBwBglgcAZZYHALKWBwC/lgcABJcHAAyXBwBWlwcAXJcHAKiXBwCxlwcA+pcHAAeYBwBMmAcAWZgHAJ6YBwCsmAcA8JgHAP2YBwBCmQcAWZkHAJSZBwDCmQcAKGYOAOyZBwA4mgcA85kHADZgDABOmgcAipoHAJiaBwDcmgcA35oHAC6bBwAxmwcAgJsHAI6bBwDSmwcA15sHACScBwAxnAcAdpwHAH6cBwDInAcAz5wHABqdBwAmnQcAbJ0HAHmdBwC+nQcAzJ0HABCeBwAcngcAYp4HAGmeBwC0ngcAvJ4HAAafBwAKnwcAWJ8HAGOfBwCqnwcAuJ8HAPyfBwANoAcATqAHAFqgBwCgoAcAqKAHAHpmDgD4oAcARKEHAFihBwCWoQcApKEHAOihBwD1oQcAOqIHAFGiBwCMogcAlKIHAN6iBwDoogcAMKMHADWjBwCCowcAiqMHANSjBwDjowcAJqQHACukBwB4pAcAhaQHAMqkBwDXpAcAHKUHACilBwBupQcAfaUHAMClBwDKpQcAEqYHABqmBwBkpgcAbqYHALamBwC7pgcACKcHABCnBwDMZg4AZacHAKynBwC4pwcA/qcHAAaoBwAeZw4AVagHAKKoBwCxqAcA9KgHABSpBwBGqQcAUqkHAJipBwCeqQcA6qkHAPKpBwA8qgcAQ6oHAI6qBwCQqgcA4KoHAOyqBwAyqwcASKsHAISrBwCJqwcA1qsHAOOrBwBwZw4AMawHAHqsBwCArAcAzKwHANqsBwAerQcAK60HAHCtBwCHrQcAwq0HAMqtBwAUrgcAI64HAGauBwBrrgcAuK4HAMWuBwAKrwcAF68HAFyvBwBorwcArq8HAL2vBwAAsAcACrAHAFKwBwBusAcApLAHAKywBwDCZw4AA7EHAFRnCwAFsQcASLEHAFKxBwDEtgsAaLEHAJqxBwCmsQcA7LEHAPKxBwA+sgcARrIHAKrxBwBKsgcAkLIHAFiyBwCG3AcAo7IHAOKyBwDxsgcANLMHAECzBwCGswcAh7MHANizBwDiswcAKrQHADi0BwB8tAcAgbQHAM60BwDbtAcAFGgOACa1BwBytQcAeLUHAMS1BwDJtQcAFrYHABy2BwAKaQ4Ac7YHALq2BwDItgcADLcHAB23BwBetwcAarcHALC3BwC4twcArmkOAA64BwBUuAcAXrgHAKa4BwC1uAcA+LgHAAO5BwBKuQcAWLkHAJy5BwCpuQcA7rkHAAW6BwBAugcASLoHAJK6BwCVugcA5LoHAPC6BwA2uwcAPLsHAIi7BwCjuwcA2rsHAOa7BwAsvAcAMrwHAH68BwCGvAcA0LwHANK8BwAivQcAI70HAHS9BwCCvQcAxr0HAM69BwAYvgcAM74HAGq+BwB2vgcAvL4HAMK+BwAOvwcAEb8HAGC/BwBuvwcAsr8HALe/BwAEwAcAEcAHAABqDgBjwAcA4rMLAGfABwCowAcAacAHAI79CwC0wAcA+sAHAAfBBwBMwQcAUcEHAJ7BBwCowQcA8MEHAADCBwBCwgcAR8IHAJTCBwCdwgcA5sIHAPPCBwA4wwcAP8MHAIrDBwCWwwcA3MMHAOLDBwAuxAcANMQHAIDEBwCFxAcA0sQHANjEBwBSag4AMMUHAHbFBwB8xQcAyMUHAM7FBwAaxgcAJ8YHAGzGBwBxxgcAvsYHAMbGBwAQxwcARccHAGLHBwCSxwcAtMcHALzHBwAGyAcAE8gHAFjIBwBdyAcAqsgHALLIBwD8yAcA/8gHAE7JBwBXyQcAoMkHAK/JBwDyyQcA/ckHAETKBwBMygcAlsoHAKbKBwDoygcA9soHADrLBwBLywcAjMsHAJjLBwDeywcA5ssHAEhrDgA2zAcAgswHAIrMBwDUzAcA28wHACbNBwA0zQcAeM0HAH7NBwDKzQcA1s0HABzOBwArzgcAbs4HAHjOBwDAzgcAxc4HABLPBwAYzwcAZM8HAHjPBwCaaw4Aw88HAAjQBwDFzwcAxg8IAA3QBwBa0AcAZtAHAKzQBwC50AcA/tAHAAjRBwDsaw4Aa9EHAKLRBwCk0QcA9NEHAPrRBwBG0gcAfNIHAJjSBwCe0gcA6tIHAPPSBwA80wcASdMHAI7TBwDE0wcA4NMHAOfTBwAy1AcAN9QHAITUBwCT1AcA1tQHAPbUBwAo1QcANNUHAHrVBwCA1QcAzNUHAObVBwAe1gcAIdYHAHDWBwB11gcAwtYHANHWBwAU1wcANNcHAJBsDgCG1wcAuNcHAMTXBwAK2AcAFNgHAFzYBwBo2AcAXoQIAGnYBwCu2AcAs9gHAADZBwAK2QcAUtkHAGLZBwCk2QcAqdkHAPbZBwD/2QcASNoHAFXaBwCa2gcAodoHAOzaBwD42gcAPtsHAETbBwCQ2wcAltsHAOLbBwDn2wcANNwHADrcBwDibA4AidwHANjcBwDd3AcAKt0HADndBwB83QcAnN0HAIZtDgDc3QcAIN4HAC3eBwBy3gcAed4HAMTeBwDM3gcAFt8HABjfBwBo3wcAHd8HAH5MCgAt3wcA1hIKAG7fBwAINwoAcN8HALrfBwC+3wcAaucHANDfBwBe9QkA1d8HAAzgBwAO4AcAXuAHAG/gBwCw4AcAvuAHAALhBwAJ4QcAVOEHAFzhBwCm4QcAreEHAPjhBwD94QcASuIHAFniBwCc4gcAvOIHAO7iBwD64gcAQOMHAEbjBwCS4wcAmuMHAOTjBwDw4wcANuQHAEPkBwCI5AcAo+QHANrkBwDo5AcALOUHADLlBwB+5QcAg+UHANDlBwDd5QcAIuYHADjmBwB05gcAgOYHAMbmBwDT5gcAGOcHACLnBwDYbQ4Ab+cHALznBwDC5wcADugHAC7oBwBg6AcAbugHALLoBwC/6AcABOkHABvpBwBW6QcAXukHAKjpBwC36QcA+ukHAP/pBwBM6gcAWeoHAJ7qBwCo6gcA8OoHAPLqBwBC6wcAUOsHAJTrBwCh6wcA5usHAPLrBwA47AcAPuwHAIrsBwCS7AcA3OwHAOLsBwAu7QcAN+0HAIDtBwCN7QcA0u0HANztBwAk7gcAMu4HAHbuBwCM7gcAyO4HANTuBwAa7wcAIu8HACpuDgB27wcAvu8HAMTvBwAQ8AcAEvAHAGLwBwBs8AcAtPAHAMDwBwAG8QcAHfEHAFjxBwBs8QcAfG4OALjxBwD88QcA//EHAE7yBwBW8gcAoPIHAKzyBwDy8gcAAPMHAETzBwBO8wcAlvMHAKHzBwDo8wcA9PMHADr0BwBA9AcAjPQHAJT0BwDe9AcA6/QHADD1BwA19QcAgvUHAIz1BwDU9QcA3PUHACb2BwAs9gcAePYHAIH2BwDK9gcA1/YHABz3BwAp9wcAbvcHAHz3BwDA9wcAzfcHABL4BwAp+AcAZPgHAGz4BwC2+AcAu/gHAAj5BwAO+QcAWvkHAGL5BwCs+QcAwvkHAP75BwAM+gcAUPoHAFP6BwCi+gcAsfoHAPT6BwD5+gcARvsHAFP7BwCY+wcAqPsHAOr7BwD4+wcAPPwHAFP8BwCO/AcAl/wHAOD8BwDm/AcAMv0HAD79BwCE/QcAi/0HAM5uDgDi/QcAKP4HACr+BwB6/gcAhP4HAMz+BwDY/gcAHv8HACb/BwAgbw4Adf8HAML/BwDR/wcAFAAIADQACABmAAgAcgAIALgACAC+AAgACgEIABIBCABcAQgAXQEIAK4BCAC0AQgAAAIIAAUCCABSAggAbQIIAKQCCACyAggA9gIIAP0CCABIAwgAVAMIAJoDCACgAwgAcm8OAPEDCAA+BAgASAQIAJAECAChBAgA4gQIAO4ECAA0BQgANwUIAIYFCACJBQgA2AUIAOAFCAAqBggAMQYIAHwGCACBBggAzgYIAN0GCAAgBwgAQAcIAHIHCAB+BwgAxAcIAMoHCAAWCAgAHggIAGgICAB1CAgAuggIAL8ICAAMCQgAFgkIAF4JCABmCQgAsAkIAMAJCAACCggABwoIAFQKCABdCggApgoIALMKCAD4CggA/woIAMRvDgBPCwgAnAsIAKsLCADuCwgADgwIAEAMCABMDAgAkgwIAJgMCADkDAgA7AwIADYNCABCDQgAiA0IAJUNCADaDQgA4Q0IACwOCAAtDggAfg4IAIMOCADQDggA3g4IACIPCAAvDwgAdA8IAH4PCAAWcA4Ayw8IABgQCAAlEAgAahAIAHcQCAC8EAgAwhAIAA4RCAAaEQgAYBEIAHARCACyEQgAuxEIAAQSCAAHEggAVhIIAGISCACoEggArxIIAGhwDgD8EggATBMIAAETCABwCgsAChMIAJwCDQBdEwgAnhMIAKYTCADwEwgA+hMIAEIUCABRFAgAlBQIAJUUCADmFAgA7hQIAAxxDgBAFQgAXnEOAKkVCAACcg4A+hUIAC4WCAD/FQgA2IAIAAQWCAA2NggANhYIAIAWCACPFggA0hYIANcWCAAkFwgAMRcIAHYXCACDFwgAyBcIANQXCAAaGAgAKRgIAGwYCAB2GAgAvhgIAOEYCAAQGQgARRkIAGIZCACGGQgAtBkIALwZCABUcg4ACxoIAFgaCABeGggAqhoIALIaCACmcg4AChsIAE4bCABpGwgAoBsIAKwbCADyGwgAAxwIAEQcCABYHAgAlhwIAJ4cCADoHAgA7hwIADodCABGHQgAjB0IAJwdCADeHQgA5x0IADAeCAAzHggAgh4IAI4eCADUHggA2x4IAPhyDgA0HwgAeB8IAIIfCABKcw4Azx8IABwgCAApIAgAbiAIAHsgCADAIAgAzCAIABIhCAAhIQgAZCEIAG4hCAC2IQgAxCEIAAgiCAANIggAWiIIAGciCACsIggAtCIIAP4iCAAEIwgAUCMIAFwjCACiIwgAsiMIAPQjCAD9IwgARiQIAEkkCACYJAgApCQIAOokCADxJAgAnHMOAEslCACOJQgAkyUIAOAlCADtJQgAMiYIAD8mCACEJggAiiYIANYmCADiJggAKCcIADgnCAB6JwgAgycIAMwnCADPJwgAHigIACooCABwKAgAdygIAO5zDgDHKAgAFCkIACEpCABmKQgAhCkIALgpCADEKQgACioIAB0qCABcKggAaioIAK4qCACxKggAACsIAAorCABSKwgAYCsIAKQrCACxKwgA9isIAA0sCABILAgAUCwIAJosCAChLAgA7CwIAPEsCAA+LQgAVC0IAJAtCACSLQgA4i0IAPAtCAA0LggAQS4IAEB0DgCOLggAknQOAN0uCAAqLwgANy8IAHwvCACJLwgAzi8IANovCAAgMAgALzAIAHIwCAB8MAgAxDAIANIwCAAWMQgAGzEIAGgxCAB1MQgAujEIAMIxCAAMMggAEjIIAF4yCABqMggAsDIIAMAyCAACMwgACzMIAFQzCABXMwgApjMIALIzCAD4MwgA/zMIAOR0DgBWNAgAnDQIAKw0CADuNAgA9zQIAEA1CABDNQgAkjUIAJ41CADkNQgA6zUIADZ1DgA/NggAajkIAEA2CACINggAlzYIANo2CACZNggAIjgIANs2CAAsNwgASDcIAH43CAC0NwgA0DcIAAY4CACIdQ4AJTgIAHQ4CACQOAgAxjgIAPw4CAAYOQgATjkIANp1DgB3OQgAvDkIAMo5CAAOOggAIToIAGA6CAB8OggAsjoIAOg6CAAEOwgAOjsIACx2DgBnOwgAqDsIALQ7CAD6OwgAAjwIAH52DgBRPAgAnjwIAKY8CADwPAgA/zwIAEI9CABHPQgAlD0IAKE9CADmPQgA8z0IADg+CABEPggAij4IAJk+CADcPggA5j4IAC4/CAA2PwgAgD8IAIo/CADSPwgA1z8IACRACAAsQAgA0HYOAIVACADIQAgAh0AIABBCCADJQAgAGkEIADZBCABsQQgAokEIAL5BCAD0QQgAIncOABNCCABiQggAfkIIALRCCADqQggABkMIADxDCAB0dw4AW0MIAKpDCAC7QwgA/EMIABhECABORAgAhEQIAKBECADWRAgAxncOAP9ECABERQgAUEUIAJZFCAClRQgA6EUIAPJFCAA6RggASEYIAIxGCACRRggA3kYIAOtGCAAwRwgAOEcIAIJHCACIRwgA1EcIAJJHCADspwgA4EcIACZICAA2SAgAeEgIAIFICADKSAgAzUgIABxJCAAoSQgAbkkIAHVJCAAYeA4AxUkIAKrTCgDKSQgAEkoIAMxJCABybgoAHEoIAGRKCABlSggAtkoIAMVKCAAISwgADUsIAFpLCABnSwgArEsIALlLCAD+SwgACkwIAFBMCABfTAgAokwIAKxMCAD0TAgAAk0IAEZNCABLTQgAmE0IAKVNCADqTQgA600IADxOCABBTggAjk4IAJNOCADgTggA8U4IADJPCABVTwgAhE8IAI9PCADWTwgA208IAChQCAArUAgAelAIAIRQCADMUAgA91AIAB5RCAA9UQgAangOAHxRCADCUQgAxFEIABRSCAAjUggAZlIIAHFSCAC4UggAwFIIAApTCAARUwgAXFMIAF5TCACuUwgAuFMIAABUCAACVAgAUlQIAGtUCACkVAgAplQIAPZUCAD5VAgASFUIAFRVCACaVQgAolUIALx4DgD4VQgAPlYIAERWCACQVggAq1YIAOJWCADuVggANFcIADpXCACGVwgAjlcIANhXCADaVwgAKlgIADRYCAB8WAgAhFgIAA55DgDfWAgAIFkIACdZCAByWQgAelkIAMRZCADRWQgAFloIABtaCABoWggAcloIALpaCADCWggADFsIABtbCABeWwgAY1sIALBbCAC9WwgAAlwIAA9cCABUXAgAYFwIAKZcCAC1XAgA+FwIAAJdCABKXQgAUl0IAJxdCACmXQgA7l0IAPNdCABAXggASF4IAGB5DgCeXggA5F4IAPReCAA2XwgAP18IAIhfCACLXwgA2l8IAOZfCAAsYAgAM2AIALJ5DgCEYAgA0GAIANZgCAAiYQgAJ2EIAHRhCAB6YQgABHoOAMxhCAAYYggAHmIIAGpiCABvYggAfg8MAHdiCAC8YggAwWIIAA5jCAAWYwgAYGMIAJJjCAC+aggAl2MIALJjCADpYwgABGQIADtkCABWZAgAhmQIAKhkCACwZAgA+mQIAAllCABMZQgAUWUIAJ5lCACrZQgA8GUIAP1lCABCZggATmYIAJRmCACjZggA5mYIAPBmCAA4ZwgARmcIAIpnCACPZwgA3GcIAOlnCAAuaAgANmgIAIBoCACGaAgA0mgIAN5oCAAkaQgANGkIAHZpCAB/aQgAyGkIAMtpCAAaaggAJmoIAGxqCABzaggAVnoOAPVqCAAQawgAQGsIAGJrCABqawgAtGsIAMNrCAAGbAgAC2wIAFhsCABlbAgAqmwIALdsCAD8bAgACG0IAE5tCABdbQgAoG0IAKptCADybQgAAG4IAERuCABJbggAlm4IAKNuCADobggA8G4IADpvCABAbwgAjG8IAJhvCADebwgA7m8IADBwCAA5cAgAgnAIAIVwCADUcAgA4HAIACZxCAAtcQgAqHoOAHpxCACMHgwAhnEIAMpxCADXcQgAHHIIAChyCABucggAdHIIAMByCADGcggAEnMIABdzCABkcwgAanMIAPp6DgDccwgACHQIAC50CABadAgAjHQIAKx0CADjdAgA/nQIAC51CACeew4AXHUIAKJ1CABedQgA5oUJAKx1CAD0dQgADnYIAEZ2CABVdggAmHYIAJ12CADqdggA93YIADx3CABJdwgAjncIAJp3CADgdwgA73cIADJ4CAA8eAgAhHgIAJB4CADWeAgA6XgIACh5CAA3eQgAenkIAIZ5CADMeQgAzXkIAB56CAAoeggAcHoIAH56CADCeggAx3oIABR7CAAhewgA8HsOAGt7CAC4ewgAxXsIAAp8CAAXfAgAXHwIAGh8CACufAgAvXwIAAB9CAAKfQgAUn0IAGB9CACkfQgAqX0IAPZ9CAADfggASH4IAFB+CACafggAoH4IAOx+CAD4fggAPn8IAE5/CACQfwgAmX8IAOJ/CADlfwgANIAIAECACACGgAgAjYAIAOZ8DgDdgAgAKoEIAC2BCAB8gQgAhIEIAM6BCADagQgAIIIIACaCCABygggAeIIIAMSCCADJgggAFoMIAByDCAA4fQ4An4MIALqDCADxgwgADIQIADCECADcfQ4AZIQIAPacCQBxhAgAsIQIAL+ECAAChQgADoUIAFSFCABVhQgApoUIALCFCAD4hQgABoYIAEqGCABPhggAnIYIAKmGCAAufg4AEYcIAECHCAB3hwgAkocIAMmHCADkhwgAG4gIADaICABaiAgAgH4OAJaICADaiAgA34gIACyJCAA5iQgAfokIAIaJCADQiQgA1okIACKKCAAuiggAdIoIAISKCADGiggAz4oIABiLCAAbiwgAaosIAKKLCAC8iwgAyIsIANJ+DgAUjAgAYIwIAHmMCACyjAgAwIwIAASNCAARjQgAVo0IAF2NCACojQgAsY0IAPqNCAAHjggATI4IAGOOCACejggAoY4IAPCOCADyjggAQo8IAEuPCACUjwgApI8IAOaPCAD/jwgAOJAIADqQCACKkAgAk5AIANyQCADkkAgALpEIADCRCACAkQgAmZEIANKRCADpkQgAJJIIADCSCAB2kggAh5IIAMiSCADUkggAGpMIACWTCABskwgAeZMIAL6TCADIkwgAJH8OACOUCABilAgAcJQIALSUCACclAgAtpwIAO2UCAAGlQgAE5UIAFiVCABglQgAqpUIALCVCAD8lQgACJYIAE6WCABZlggAoJYIAKmWCADylggA9ZYIAESXCABGlwgAlpcIAJ2XCADolwgA6pcIAHZ/DgA9mAgAjJgIAJqYCADemAgA45gIADCZCAA9mQgAgpkIAI6ZCADUmQgA3JkIAMh/DgA0mggAeJoIAIiaCADKmggA2JoIABybCAAlmwgAbpsIAHibCADAmwgAwpsIABKcCAAcnAgAZJwIAGacCAAagA4Au5wIAAidCAAQnQgAWp0IAGCdCACsnQgAuJ0IAP6dCAANnggAUJ4IAFmeCACinggApZ4IAPSeCAD2nggARp8IAE2fCACYnwgAmp8IAGyADgDvnwgAPKAIAFigCACOoAgAqqAIAL6ADgDtoAgAyrkJAO+gCAAyoQgAN6EIAIShCACRoQgA1qEIAOOhCAAooggALqIIAHqiCACGoggAzKIIANyiCAAeowgAJ6MIAHCjCABzowgAwqMIAM6jCAAUpAgAG6QIABCBDgB1pAgAuKQIAL2kCAAKpQgAF6UIAFylCABppQgArqUIALSlCAAApggADKYIAFKmCABipggApKYIAK2mCAD2pggA+aYIAEinCABUpwgAmqcIAKGnCABigQ4A7qcIAD6oCABMqAgAkKgIAKGoCAC0gQ4A6agIAAaCDgA8qQgAWIIOAIupCADYqQgA5akIACqqCAA3qggAfKoIAIiqCADOqggA3aoIACCrCAAqqwgAcqsIAICrCADEqwgAyasIABasCAAjrAgAaKwIAHCsCAC6rAgAwKwIAAytCAAYrQgAXq0IAG6tCACwrQgAua0IAAKuCAAFrggAVK4IAGCuCACmrggAra4IAKqCDgD9rggASq8IAFKvCACcrwgAn68IAO6vCAD3rwgAQLAIAE+wCACSsAgAnbAIAOSwCADssAgANrEIAEaxCACIsQgAlrEIANqxCADrsQgALLIIADiyCAB+sggAhrIIAPyCDgDWsggAIrMIACqzCAB0swgAe7MIAMazCADUswgAGLQIAB60CABqtAgAdrQIALy0CADLtAgADrUIABi1CABgtQgAZbUIALK1CAC4tQgABLYIABi2CABOgw4AWLYIAKi2CACytggA+rYIAAi3CABMtwgAUbcIAJ63CACrtwgA8LcIAPK3CABCuAgAU7gIAJS4CACguAgA5rgIAOy4CAA4uQgAPrkIAIq5CACPuQgA3LkIAOK5CACggw4AM7oIAIC6CACRuggA0roIANq6CAAkuwgA3roIAELhCADguggA6qAMAC67CAB2uwgAhLsIAMi7CADeuwgAGrwIACa8CABsvAgAc7wIAL68CADGvAgAEL0IABW9CABivQgAa70IALS9CAC+vQgABr4IAA6+CABYvggAXL4IAKq+CAC1vggA/L4IAAq/CABOvwgAX78IAKC/CACsvwgA8r8IAPq/CADygw4ARsAIAJbACACkwAgA6MAIAPLACAA6wQgASMEIAIzBCACZwQgA3sEIAPXBCAAwwggAOMIIAILCCACSwggA1MIIANnCCAAmwwgALMMIAHjDCACAwwgAysMIAMzDCAAcxAgAKcQIAG7ECAB2xAgAwMQIAMXECAASxQgAE8UIAGTFCABwxQgAtsUIAMPFCAAIxggAEMYIAFrGCABpxggArMYIALHGCAD+xggAC8cIAFDHCABdxwgAoscIAK7HCAD0xwgAA8gIAEbICABQyAgAmMgIAKbICADqyAgA78gIADzJCABJyQgARIQOAJHJCADgyQgA6MkIADLKCAA/yggAhMoIAInKCADWyggA4MoIACjLCAAwywgAessIAHzLCADMywgA58sIAB7MCAAgzAgAcMwIAH7MCADCzAgA08wIABTNCAAWzQgAZs0IAH/NCAC4zQgAyc0IAArOCAAWzggAXM4IAHHOCACuzggAts4IAADPCAAGzwgAUs8IAF7PCACkzwgAwc8IAPbPCAD/zwgASNAIAFTQCACa0AgAndAIAOzQCAD20AgAPtEIAEbRCACQ0QgAmtEIAOLRCADw0QgANNIIAErSCACG0ggAktIIANjSCADf0ggAKtMIADLTCAB80wgAgdMIAM7TCADX0wgAINQIACrUCABy1AgAetQIAMTUCADG1AgAFtUIACbVCABo1QgActUIALrVCADG1QgADNYIABLWCABe1ggAZtYIAJaEDgC81ggAAtcIABXXCABU1wgAcNcIAKbXCACu1wgA6IQOAAbYCABK2AgAYNgIAJzYCACo2AgA7tgIAPPYCABA2QgASdkIAJLZCACc2QgA5NkIAOzZCAA22ggAONoIAIjaCACX2ggA2toIAPfaCAAs2wgANdsIAH7bCACM2wgA0NsIANbbCAAi3AgAMNwIAHTcCACB3AgAxtwIAN3cCAAY3QgAIN0IAGrdCABs3QgAvN0IAMTdCAAO3ggAHd4IAGDeCABl3ggAst4IAL/eCAAE3wgAEd8IAFbfCABi3wgAqN8IALffCAD63wgABOAIAEzgCABa4AgAnuAIAKPgCADw4AgA/eAIADqFDgBI4QgAlOEIAJrhCADm4QgA6+EIADjiCAA+4ggAjIUOAJjiCADc4ggA8uIIAC7jCAA64wgAgOMIAIXjCADS4wgA2+MIACTkCAAu5AgAduQIAJnkCADI5AgAzOQIABrlCADX5AgAYuYIABzlCABs5QgAeuUIAL7lCADI5QgAEOYIADTmCACChg4AaOYIALTmCADA5ggABucIAAjnCABY5wgAYucIAKrnCAC25wgA/OcIACDoCADUhg4AUugIAKDoCABd6AgA6OkIAKLoCADy6AgAAOkIAETpCABO6QgAlukIALrpCAAmhw4A7ukIADrqCABG6ggAjOoIAI7qCADe6ggA6OoIADDrCAA86wgAgusIAKbrCAB4hw4A8esIACbsCAAv7AgAeOwIAIbsCADK7AgA0OwIABztCAAo7QgAbu0IAHbtCADKhw4Ax+0IABLuCAAr7ggAZO4IAHPuCAC27ggAvu4IAAjvCAAX7wgAWu8IAF/vCACs7wgAue8IAP7vCAAL8AgAUPAIAFzwCACi8AgAsfAIAPTwCAD+8AgARvEIAFTxCACY8QgAnfEIAOrxCAD38QgAHIgOAD3yCAAQYQkAVfIIAI7yCACY8ggA4PIIAOLyCAAy8wgAQPMIAITzCACR8wgA1vMIAN7zCAAo9AgAUfQIAHr0CACB9AgAzPQIAOX0CAAe9QgALfUIAHD1CAB49QgAwvUIANH1CAAU9ggAGfYIAGb2CABz9ggAuPYIAMX2CAAK9wgAFvcIAFz3CABr9wgArvcIALj3CAAA+AgADvgIAFL4CABX+AgApPgIALH4CABuiA4A+/gIAHjYCgAC+QgASPkIAB75CAAYHA8AW/kIAJr5CACp+QgA7PkIAPj5CAA++ggASvoIAJD6CACX+ggA4voIAO76CAA0+wgAO/sIAIb7CACO+wgA2PsIANz7CAAq/AgANfwIAHz8CACI/AgAzvwIANv8CAAg/QgAKP0IAHL9CAB8/QgAxP0IAMr9CAAW/ggAKv4IAGj+CAB2/ggAuv4IAMf+CAAM/wgAI/8IAF7/CABm/wgAsP8IALr/CAACAAkABwAJAFQACQBcAAkApgAJALUACQD4AAkA/QAJAEoBCQBXAQkAnAEJAKkBCQDuAQkA+gEJAEACCQBPAgkAkgIJAJwCCQDAiA4A7AIJADYDCQBFAwkAiAMJAI0DCQDaAwkA4wMJACwECQA9BAkAfgQJAIUECQDQBAkA2AQJACIFCQAvBQkAdAUJAHkFCQDGBQkA0AUJABgGCQAgBgkAagYJAIMGCQC8BgkAyAYJAA4HCQAWBwkAEokOAG8HCQCyBwkAzwcJAAQICQANCAkAVggJAGQICQCoCAkArggJAPoICQAGCQkATAkJAFMJCQCeCQkApgkJAPAJCQAACgkAQgoJAEgKCQCUCgkAmQoJAOYKCQD8CgkAOAsJAEALCQCKCwkAlAsJANwLCQDnCwkALgwJADoMCQCADAkAiAwJAGSJDgDfDAkAJA0JACsNCQB2DQkAgg0JAMgNCQDODQkAGg4JACsOCQBsDgkAgA4JAL4OCQDMDgkAEA8JAB0PCQBiDwkAeQ8JALQPCQC8DwkABhAJAA0QCQBYEAkAWhAJAKoQCQC0EAkA/BAJAP4QCQBOEQkAZxEJAKARCQCiEQkA8hEJAPURCQBEEgkAUBIJAJYSCQDCEgkAtokOAPcSCQA6EwkAVxMJAIwTCQCVEwkA3hMJAOwTCQAwFAkANhQJAIIUCQCOFAkA1BQJANwUCQAIig4ALhUJAHgVCQB+FQkAyhUJANYVCQAcFgkAHxYJAG4WCQBzFgkAwBYJAMkWCQASFwkAGBcJAGQXCQBzFwkAthcJAMIXCQAIGAkAEBgJAFqKDgBgGAkArBgJALEYCQD+GAkAFBkJAFAZCQBYGQkAohkJALAZCQD0GQkA/hkJAEYaCQBJGgkAmBoJAKAaCQDqGgkA6xoJADwbCQBCGwkAjhsJAJwbCQDgGwkA9hsJADIcCQA0HAkAhBwJAIocCQDWHAkA6hwJACgdCQAwHQkAeh0JAIodCQDMHQkAzh0JAB4eCQAtHgkAcB4JAHoeCQDCHgkAxx4JABQfCQAaHwkAZh8JAHofCQC4HwkAwB8JAAogCQAPIAkAXCAJAGIgCQCuIAkAtiAJAAAhCQADIQkAUiEJAFchCQCkIQkArSEJAPYhCQD8IQkASCIJAFciCQCaIgkApiIJAKyKDgD2IgkAPiMJAEAjCQCQIwkAlyMJAOIjCQDpIwkANCQJADokCQCGJAkAlCQJANgkCQDlJAkAKiUJADolCQB8JQkAgSUJAM4lCQDWJQkAICYJAOolCQDAkQkALCYJAHImCQB0JgkAVCkJAH8mCQDEJgkAySYJABYnCQAgJwkAaCcJAHgnCQC6JwkAvycJAAwoCQAVKAkAXigJAGsoCQCwKAkAtygJAAIpCQAKKQkA/ooOAGIpCQCmKQkAvikJAPgpCQD6KQkASioJAGEqCQCcKgkAnioJAO4qCQD8KgkAQCsJAE0rCQCSKwkAmisJAFCLDgDqKwkANiwJADgsCQCILAkAlSwJANosCQDdLAkALC0JAD0tCQB+LQkAgC0JANAtCQDaLQkAIi4JAC4uCQB0LgkAfC4JAKKLDgDLLgkAGC8JABsvCQBqLwkAdC8JALwvCQDELwkADjAJABswCQBgMAkAYjAJALIwCQDIMAkABDEJABAxCQBWMQkAXjEJAPSLDgCrMQkA+jEJAAMyCQBMMgkAWjIJAExbCQBbMgkAnjIJAKkyCQDwMgkA+DIJAEIzCQBNMwkAlDMJAJkzCQDmMwkA6TMJADg0CQBCNAkAmIwOAJA0CQDcNAkA9zQJAC41CQA6NQkAgDUJAIY1CQDSNQkA2jUJACQ2CQA6NgkAdjYJAIQ2CQDINgkAyzYJABo3CQAzNwkAbDcJAHg3CQC+NwkAyTcJABA4CQASOAkAYjgJAH04CQC0OAkAwjgJAAY5CQATOQkAWDkJAG85CQDqjA4AwDkJAPw5CQD9OQkATjoJAFM6CQCgOgkApjoJAPI6CQD0OgkARDsJAEo7CQCWOwkAqjsJAOg7CQDwOwkAOjwJAEo8CQCMPAkAjjwJAN48CQDsPAkAMD0JAEE9CQA8jQ4AiD0JANQ9CQDgPQkAjo0OACg+CQB4PgkAiT4JAMo+CQDSPgkAHD8JACU/CQBuPwkAdT8JAMA/CQDBPwkA4I0OAB5ACQBkQAkAZkAJALZACQC9QAkACEEJABBBCQBaQQkAY0EJAKxBCQCzQQkA/kEJAP9BCQAyjg4AVUIJAKJCCQCqQgkA9EIJAP5CCQBGQwkAVEMJAJhDCQCuQwkA6kMJAPZDCQA8RAkAQUQJAI5ECQCXRAkA4EQJAOpECQCEjg4AM0UJAIRFCQCMRQkAdn4KAJxFCQDWRQkA40UJAChGCQA0RgkAekYJAIRGCQDMRgkA0EYJAB5HCQAjRwkAcEcJAHZHCQDCRwkA4kcJABRICQAsSAkAZkgJAH1ICQC4SAkAxEgJAApJCQAUSQkAXEkJAF5JCQCuSQkAtUkJAABKCQAHSgkAUkoJAFhKCQCkSgkAsEoJAPZKCQD5SgkASEsJAEtLCQCaSwkApksJAOxLCQDvSwkAPkwJAFpMCQCQTAkAmEwJANaODgDuTAkANE0JAD5NCQCGTQkAiE0JANhNCQDfTQkAKk4JADFOCQB8TgkAgk4JAM5OCQDcTgkAIE8JAC1PCQByTwkAgk8JAMRPCQDJTwkAFlAJAB5QCQBoUAkAeFAJALpQCQC/UAkADFEJABJRCQBeUQkAZlEJACiPDgC2UQkAAlIJAApSCQBUUgkAV1IJAKZSCQCyUgkA+FIJAP5SCQBKUwkAZVMJAJxTCQCqUwkA7lMJAP1TCQBAVAkATFQJAJJUCQCaVAkAzI8OAOlUCQA2VQkAQFUJAIhVCQCQVQkA2lUJAPpVCQAsVgkAOVYJAH5WCQCDVgkA0FYJANRWCQAiVwkAL1cJAB6QDgB5VwkAxlcJAMlXCQAYWAkAIlgJAGpYCQB2WAkAvFgJAM9YCQAOWQkAHVkJAGBZCQBsWQkAslkJALNZCQAEWgkADloJAFZaCQBkWgkAqFoJAK1aCQD6WgkAB1sJAHCQDgBWWwkAnlsJAKBbCQDwWwkACVwJAEJcCQBTXAkAlFwJAKBcCQDmXAkA7lwJAGaRDgA/XQkAil0JAJFdCQDcXQkA4l0JAC5eCQA6XgkAgF4JAINeCQDSXgkA1V4JACRfCQAsXwkAdl8JAIZfCQDIXwkAzV8JABpgCQAjYAkAbGAJAHlgCQC+YAkAxWAJALiRDgAcYQkAYmEJAG9hCQC0YQkAvGEJAAZiCQAQYgkAWGIJAGdiCQCqYgkAq2IJAPxiCQAEYwkATmMJAF1jCQCgYwkApWMJAPJjCQD/YwkARGQJAFFkCQCWZAkAomQJAOhkCQD3ZAkAOmUJAERlCQCMZQkAmmUJAN5lCQDjZQkAMGYJAD1mCQCCZgkAimYJANRmCQDeZgkAJmcJACtnCQB4ZwkAgGcJAAqSDgDYZwkAHGgJAChoCQBuaAkAdGgJAMBoCQDGaAkAEmkJABdpCQBkaQkAamkJAFySDgDCaQkACGoJAA5qCQBaagkAYGoJAKxqCQC5agkA/moJAANrCQBQawkAWGsJAKJrCQDAawkAUpMOAPZrCQAQdgsA92sJAOrdCgD6awkAknMKAApsCQBGbAkAR2wJAJhsCQCdbAkA6mwJAPBsCQA8bQkAPm0JAI5tCQCUbQkA4G0JAPRtCQAybgkAOm4JAIRuCQCUbgkA1m4JANhuCQAobwkANm8JAHpvCQCLbwkApJMOANJvCQAecAkAKnAJAPaTDgB9cAkAwnAJAMpwCQAUcQkAIXEJAGZxCQBocQkAuHEJAM5xCQAKcgkAFnIJAFxyCQBkcgkAmpQOALpyCQAAcwkAA3MJAFJzCQBXcwkApHMJALVzCQD2cwkA/3MJAEh0CQBSdAkAmnQJAKh0CQDsdAkA8XQJAD51CQBLdQkA7JQOAJx1CQDidQkA73UJADR2CQA2dgkAhnYJAJx2CQDYdgkA5HYJACp3CQAydwkAPpUOAIF3CQDOdwkA1HcJACB4CQAoeAkAcngJAHV4CQDEeAkA0HgJABZ5CQAceQkAaHkJAIN5CQC6eQkAx3kJAAx6CQAOegkAXnoJAHR6CQCwegkAvHoJAAJ7CQAKewkAkJUOAFp7CQCmewkAq3sJAPh7CQATfAkASnwJAFh8CQCcfAkAo3wJAO58CQD6fAkAQH0JAEd9CQDilQ4AnX0JAOR9CQDsfQkANn4JAEF+CQCIfgkAjX4JANp+CQDdfgkALH8JADZ/CQB+fwkAhn8JANB/CQDefwkAIoAJACWACQB0gAkAfIAJAMaACQDmgAkAGIEJACWBCQBqgQkAb4EJALyBCQDAgQkADoIJABuCCQA0lg4AgIIJALKCCQC7ggkABIMJAAWDCQBWgwkAXoMJAKiDCQC4gwkA+oMJAPyDCQBMhAkAWoQJAJ6ECQCvhAkAhpYOAPaECQBChQkAToUJANiWDgCbhQkAKpcOAOuFCQA4hgkAUoYJAIqGCQCZhgkA3IYJAOeGCQAuhwkAMIcJAICHCQCNhwkA0ocJAN+HCQAkiAkAMIgJAHaICQCHiAkAyIgJAMuICQAaiQkANIkJAGyJCQB1iQkAvokJAMuJCQAQigkAFooJAGKKCQBuigkAtIoJALeKCQAGiwkAC4sJAFiLCQBpiwkAqosJAMWLCQD8iwkACIwJAE6MCQBVjAkAoIwJAKKMCQDyjAkA+YwJAESNCQBLjQkAlo0JAJyNCQDojQkA9I0JADqOCQA9jgkAjI4JAI+OCQDejgkA6o4JADCPCQBDjwkAgo8JAJGPCQDUjwkA4I8JACaQCQAnkAkAeJAJAIKQCQDKkAkA2JAJAByRCQAhkQkAbpEJAHuRCQB8lw4AyJEJAM6XDgAUkgkAZJIJAHqSCQC2kgkAwpIJAAiTCQAQkwkAIJgOAGCTCQCskwkAtJMJAP6TCQABlAkAUJQJAFyUCQCilAkAqJQJAPSUCQAPlQkARpUJAFSVCQCYlQkAp5UJAOqVCQD2lQkAPJYJAESWCQBymA4Ak5YJAOCWCQDqlgkAMpcJADqXCQCElwkApJcJANaXCQDjlwkAKJgJAC2YCQB6mAkAfpgJAMyYCQDZmAkAxJgOAEGZCQBwmQkAc5kJAMKZCQDHmQkAFJoJACOaCQBmmgkAhpoJALiaCQDEmgkACpsJABSbCQBcmwkAaJsJAK6bCQC0mwkAAJwJAAacCQBSnAkAV5wJAKScCQCqnAkAFpkOAPycCQBInQkATZ0JAJqdCQCgnQkAupkOAO+dCQA+ngkASJ4JAJCeCQCSngkA4p4JAPueCQA0nwkARZ8JAIafCQCUnwkA2J8JANufCQAqoAkANaAJAHygCQCEoAkAzqAJANCgCQAgoQkAKKEJAHKhCQB/oQkAxKEJANChCQAWogkAGqIJAGiiCQBwogkAuqIJAMmiCQAMowkAEaMJAF6jCQBrowkAsKMJAL2jCQACpAkADqQJAFSkCQBjpAkApqQJALCkCQD4pAkABqUJAEqlCQBPpQkAnKUJAKmlCQAMmg4A9qUJAF6aDgBEpgkAaqoJAEymCQCSpgkAmKYJAOSmCQDqpgkANqcJAEOnCQCIpwkAjacJANqnCQDipwkALKgJAF6oCQAiqQkAY6gJAH6oCQCkqAkAdKkJALWoCQDQqAkAB6kJALCaDgBZqQkAApsOAJqpCQDGqQkA+KkJABiqCQBPqgkAVJsOAHiqCQC8qgkAyaoJAA6rCQAaqwkAYKsJAGarCQCyqwkAuKsJAASsCQAJrAkAVqwJAFysCQCmmw4AzqwJAJ6tCQDfrAkA+qwJADGtCQBKnA4Ag60JAJycDgDErQkA8K0JACKuCQBCrgkAea4JAO6cDgCergkA5q4JAOuuCQA4rwkAQK8JAECdDgCPrwkA3K8JAOWvCQAusAkAO7AJAICwCQCHsAkAkp0OANqwCQDknQ4AN7EJAHaxCQCCsQkAyLEJANexCQAasgkAI7IJAGyyCQB2sgkAvrIJAMCyCQAQswkAKbMJAGKzCQBzswkAtLMJAMCzCQAGtAkADrQJADaeDgBmtAkAqrQJALu0CQD8tAkACLUJAE61CQBWtQkAiJ4OAKW1CQDytQkA/LUJAES2CQBMtgkAlrYJAKa2CQDotgkA7bYJADq3CQBDtwkAjLcJAJm3CQDetwkA5bcJANqeDgA9uAkAgrgJAEO4CQBgZAwAh7gJANS4CQDguAkAJrkJADO5CQB4uQkAgrkJACyfDgDPuQkAHLoJACi6CQBuugkAe7oJAMC6CQDKugkAErsJAC67CQBkuwkAbLsJAH6fDgC7uwkACLwJABC8CQBavAkAXbwJAKy8CQC1vAkA/rwJAA29CQBQvQkAW70JAKK9CQCqvQkA9L0JAAS+CQBGvgkAVL4JAJi+CQCpvgkA6r4JAPa+CQA8vwkARL8JANCfDgCUvwkA4L8JAOi/CQAywAkAOcAJAITACQCSwAkA1sAJANzACQAowQkANMEJAHrBCQCJwQkAzMEJANbBCQAewgkAI8IJAHDCCQB2wgkAwsIJANbCCQAUwwkAHMMJAGbDCQCEwwkAuMMJAMDDCQAioA4AEsQJAHSgDgBkxAkArsQJAMfECQAAxQkACcUJAFLFCQBixQkApMUJALTFCQD2xQkAAsYJAEjGCQBOxgkAmsYJAKjGCQDsxgkA+cYJAD7HCQBVxwkAkMcJAJjHCQDixwkA7McJADTICQBCyAkAhsgJAJzICQDYyAkA5MgJACrJCQAxyQkAfMkJAITJCQDOyQkA08kJACDKCQApygkAcsoJAHzKCQDEygkAzMoJABbLCQAYywkAaMsJAHjLCQC6ywkAxMsJAAzMCQAYzAkAXswJAGTMCQCwzAkAuMwJABihDgALzQkAVM0JAGXNCQCmzQkAss0JAPjNCQAFzgkASs4JAE/OCQCczgkAps4JAO7OCQD+zgkAQM8JAEXPCQCSzwkAm88JAOTPCQDxzwkANtAJAD3QCQCI0AkAlNAJANrQCQDg0AkALNEJADLRCQB+0QkAg9EJANDRCQDW0QkAaqEOACfSCQB00gkAfNIJAMbSCQDc0gkAGNMJAB3TCQBq0wkAcdMJALzTCQDF0wkADtQJAB/UCQBg1AkAbNQJALLUCQC61AkAYKIOAAbVCQBW1QkAbNUJAKjVCQC01QkA+tUJAAHWCQBM1gkAVNYJALKiDgCj1gkA8NYJAPjWCQBC1wkAWNcJAJTXCQCZ1wkA5tcJAO3XCQA42AkAQdgJAIrYCQCb2AkA3NgJAOjYCQAu2QkANtkJAASjDgCC2QkA0tkJAOjZCQAk2gkAMNoJAHbaCQB92gkAyNoJANDaCQBWow4AH9sJAGzbCQBz2wkAvtsJAMfbCQAQ3AkAIdwJAGLcCQBu3AkAtNwJALzcCQCoow4ACN0JAFjdCQBn3QkAqt0JAMrdCQD83QkA/t0JAE7eCQBl3gkAoN4JAKzeCQDy3gkA+t4JAEykDgBJ3wkAlt8JAJjfCQDo3wkA798JADrgCQBC4AkAjOAJAJXgCQDe4AkA5OAJADDhCQBB4QkAguEJAIrhCQDwpA4A4OEJACbiCQAp4gkAeOIJAH3iCQDK4gkA2+IJABzjCQA34wkAbuMJAHrjCQDA4wkAyOMJAEKlDgAo5AkAZOQJAGXkCQC25AkAu+QJAAjlCQAO5QkAWuUJAGTlCQCs5QkAtOUJAP7lCQAQ5gkAlKUOAF3mCQCi5gkArOYJAPTmCQD65gkARucJAFrnCQCY5wkAoOcJAOrnCQD65wkAPOgJAEHoCQCO6AkAlOgJAODoCQDo6AkAMukJADPpCQCE6QkAhukJANbpCQDl6QkAKOoJAEjqCQB66gkAfOoJAMzqCQDj6gkAHusJACrrCQBw6wkAeOsJAOalDgDK6wkAFOwJAC3sCQBm7AkAb+wJALjsCQDC7AkACu0JABLtCQBc7QkAbO0JAK7tCQCz7QkAAO4JAAnuCQBS7gkAX+4JAKTuCQCr7gkA9u4JAP7uCQCKpg4AUu8JAJrvCQCi7wkA7O8JAPrvCQA+8AkAS/AJAJDwCQCY8AkA4vAJAOTwCQA08QkAPPEJAIbxCQCH8QkA2PEJANrxCQAq8gkAOfIJAHzyCQCc8gkAzvIJANDyCQAg8wkAN/MJAHLzCQB+8wkAxPMJAN7zCQAW9AkAP/QJAGj0CQBr9AkAuvQJAL/0CQAM9QkAGfUJANymDgBg9QkAsPUJALr1CQAC9gkAEfYJAFT2CQBf9gkApvYJALT2CQD49gkABfcJAEr3CQBh9wkAnPcJAKT3CQDu9wkA7/cJAED4CQBC+AkAkvgJAKH4CQDk+AkABPkJADb5CQA4+QkAiPkJAJ/5CQDa+QkA5vkJACz6CQA0+gkALqcOAIP6CQDQ+gkA1voJACL7CQAq+wkAdPsJAJP7CQDG+wkA0/sJABj8CQAZ/AkAavwJAID8CQC8/AkA2PwJAICnDgAT/QkAYP0JAGr9CQCy/QkAuv0JAAT+CQAF/gkAVv4JAAb+CQD8BgoAXP4JAKj+CQC0/gkA+v4JAAr/CQBM/wkAWv8JAJ7/CQCx/wkA8P8JAPz/CQBCAAoASQAKAJQACgCcAAoA5gAKAOoACgA4AQoARgEKAIoBCgCUAQoA3AEKAOcBCgAuAgoANgIKAIACCgC2AgoA0gIKANoCCgAkAwoAKQMKAHYDCgB8AwoAyAMKANADCgAaBAoANAQKAGwECgCiBAoAvgQKAMYECgAQBQoAFQUKAGIFCgBoBQoAtAUKALwFCgAGBgoAIAYKAFgGCgByBgoAqgYKAOAGCgDSpw4ABAcKAE4HCgBVBwoAoAcKAKwHCgDyBwoA8wcKAEQICgBQCAoAlggKAKMICgDoCAoA7wgKADoJCgBGCQoAjAkKAJkJCgDeCQoA7QkKADAKCgBECgoAJKgOAI8KCgDUCgoA3goKACYLCgA0CwoAeAsKAI4LCgDKCwoA1gsKABwMCgAoDAoAbgwKAHQMCgDADAoAxgwKABINCgAXDQoAZA0KAGoNCgB2qA4Auw0KAAgOCgAKDgoAWg4KAGEOCgCsDgoAtA4KAP4OCgABDwoAUA8KAFkPCgCiDwoAsQ8KAPQPCgD/DwoARhAKAE4QCgCYEAoAqBAKAOoQCgD4EAoAPBEKAE0RCgCOEQoAmhEKAOARCgDoEQoAbKkOAFASCgCEEgoAjBIKAL6pDgDiEgoAKBMKAD4TCgB6EwoAghMKAMwTCgDrEwoAEKoOACEUCgCcSQoAKxQKAHAUCgBzFAoAclANAHgUCgDCFAoAehQKADjECwDEFAoAFBUKAMwUCgDuIAoA0xQKADQaCgAhFQoAZhUKAHoVCgC4FQoAwBUKAAoWCgAPFgoAXBYKAGwWCgCuFgoAthYKAAAXCgAKFwoAUhcKAF0XCgCkFwoAsBcKAPYXCgD+FwoAYqoOAE0YCgCaGAoAoxgKAOwYCgDyGAoAPhkKAE0ZCgCQGQoAnBkKAOIZCgDlGQoAtKoOADkaCgCGGgoAlRoKANgaCgDaGgoAKhsKADsbCgB8GwoAjRsKAM4bCgDiGwoAIBwKACgcCgByHAoAgBwKAMQcCgDRHAoAFh0KABkdCgBoHQoAch0KALodCgC8HQoADB4KAB0eCgBeHgoAbx4KALAeCgC8HgoAAh8KAAkfCgBUHwoAXB8KAKYfCgC9HwoA+B8KAAQgCgBKIAoAYCAKAJwgCgCfIAoABqsOAPkgCgBAIQoATCEKAJIhCgCaIQoAWKsOAPAhCgA2IgoATCIKAIgiCgCLIgoA2iIKAOIiCgAsIwoALiMKAH4jCgCZIwoA0CMKANIjCgAiJAoAMCQKAHQkCgCFJAoAxiQKAMgkCgAYJQoAMSUKAGolCgB7JQoAvCUKAMglCgCqqw4AFCYKAGAmCgBuJgoAsiYKAM0mCgAEJwoAECcKAFYnCgBcJwoAqCcKALAnCgD6JwoACigKAEwoCgBRKAoAnigKAKcoCgDwKAoA/SgKAEIpCgBJKQoAlCkKAJwpCgD8qw4A6ykKADgqCgA+KgoAiioKAJIqCgDcKgoABSsKAC4rCgA1KwoAgCsKAJkrCgDSKwoA4SsKACQsCgBALAoATqwOAHssCgDILAoA0iwKABotCgAqLQoAbC0KAHEtCgC+LQoAxy0KABAuCgAdLgoAYi4KAGkuCgC0LgoAwC4KAAYvCgAZLwoAWC8KAGcvCgCqLwoAti8KAPwvCgD9LwoATjAKAFgwCgCgMAoArjAKAPIwCgD3MAoARDEKAFExCgCgrA4ApzEKAOgxCgDqMQoAOjIKAD0yCgCMMgoAjzIKAN4yCgDlMgoAMDMKADwzCgCCMwoAkjMKANQzCgDkMwoAJjQKACs0CgB4NAoAgTQKAMo0CgDXNAoAHDUKACM1CgBuNQoAejUKAMA1CgDGNQoAEjYKABg2CgBkNgoAaTYKALY2CgC8NgoAlq0OABI3CgBaNwoAaDcKAKw3CgC8NwoA/jcKAAA4CgBQOAoAXzgKAKI4CgCsOAoA9DgKAPw4CgCMrg4ATDkKAJg5CgCkOQoA3q4OAO85CgA8OgoARDoKAI46CgCeOgoA4DoKAO46CgAyOwoAPzsKAIQ7CgCLOwoA1jsKAN47CgCCrw4AOTwKAHo8CgCBPAoAzDwKANQ8CgAePQoAKz0KAHA9CgB1PQoAwj0KAMw9CgAUPgoAHD4KAGY+CgB/PgoAuD4KAMQ+CgAKPwoAEj8KANSvDgBoPwoArj8KALE/CgAAQAoABUAKAFJACgBjQAoApEAKAL9ACgD2QAoAAkEKAEhBCgBPQQoAmkEKALZBCgDsQQoA9EEKACawDgBDQgoAkEIKAJpCCgDiQgoA6kIKADRDCgBEQwoAhkMKAItDCgDYQwoA4UMKACpECgA3RAoAfEQKAINECgB4sA4A10QKACBFCgAtRQoAckUKAIFFCgDERQoAzkUKABZGCgAkRgoAaEYKAG1GCgC6RgoAx0YKAAxHCgAURwoAyrAOAGpHCgCwRwoAvUcKAAJICgAFSAoAVEgKAGJICgCmSAoAq0gKAPhICgAFSQoASkkKAFJJCgAcsQ4ApEkKAO5JCgD0SQoAQEoKAPVJCgCoogoATEoKAJJKCgCvSgoA5EoKAO1KCgA2SwoAREsKAIhLCgCOSwoA2ksKAOZLCgAsTAoAM0wKAG6xDgCETAoA0EwKAN5MCgAiTQoAPU0KAHRNCgCATQoAxk0KAMxNCgDAsQ4AO04KAGpOCgB5TgoAvE4KAMFOCgAOTwoAG08KAGBPCgBtTwoAsk8KAL5PCgAEUAoAE1AKAFZQCgBgUAoAqFAKALZQCgD6UAoA/1AKAExRCgBZUQoAnlEKALpRCgDwUQoA+FEKABKyDgBOUgoAlFIKALFSCgDmUgoA71IKADhTCgBGUwoAilMKAJBTCgDcUwoA6FMKAC5UCgA1VAoAgFQKAIhUCgDSVAoA6FQKACRVCgApVQoAdlUKAH1VCgDIVQoA0VUKABpWCgArVgoAbFYKAHhWCgC+VgoAxlYKALayDgAWVwoAYlcKAGdXCgC0VwoAz1cKAAZYCgAUWAoAWFgKAF9YCgCqWAoAtlgKAPxYCgD/WAoATlkKAFZZCgCgWQoAoVkKAPJZCgD0WQoARFoKAFNaCgCWWgoAtloKAOhaCgDqWgoAOlsKAFFbCgCMWwoAmFsKAN5bCgDmWwoACLMOADFcCgCCXAoAjlwKANRcCgDjXAoAJl0KAC5dCgBasw4Ael0KAMpdCgDYXQoAHF4KAC1eCgCssw4AdV4KAP6zDgDIXgoAorQOABxfCgBkXwoAcF8KALZfCgDMXwoACGAKABRgCgBaYAoAbWAKAKxgCgC6YAoA/mAKAAhhCgD0tA4AWGEKAEa1DgC4YQoA9GEKAABiCgBGYgoAU2IKAJhiCgCiYgoA6mIKAOxiCgA8YwoARmMKAI5jCgCcYwoA4GMKAOVjCgAyZAoAP2QKAIRkCgCMZAoA1mQKAOZkCgAoZQoAKmUKAHplCgCDZQoAzGUKAN1lCgAeZgoAKGYKAJi1DgB8ZgoAwmYKANlmCgAUZwoAL2cKAOq1DgB/ZwoAuGcKAL5nCgAKaAoAFGgKADy2DgBeaAoArmgKAL9oCgAAaQoACGkKAFJpCgAcaQoAFJAKAF5pCgCkaQoAqmkKAPZpCgD8aQoASGoKAE1qCgCaagoAoGoKAI62DgAIawoAPmsKAEZrCgCEtw4AnmsKAOJrCgDzawoANGwKAEVsCgCGbAoAkmwKANhsCgDfbAoA1rcOADttCgB8bQoAjW0KAM5tCgDabQoAIG4KACduCgAouA4AdG4KAMRuCgDFbgoAFm8KAB5vCgBobwoAbW8KALpvCgDDbwoADHAKABZwCgBecAoAZnAKALBwCgC1cAoAAnEKABJxCgBUcQoAXHEKAKZxCgC8cQoA+HEKAARyCgBKcgoAYHIKAJxyCgChcgoA7nIKAPRyCgBAcwoAVHMKAHq4DgCocwoA5HMKAPJzCgA2dAoAQ3QKAIh0CgCKdAoA2nQKAOR0CgAsdQoAOHUKAH51CgCFdQoA0HUKANh1CgAidgoAO3YKAHR2CgCIdgoAxnYKAM52CgAYdwoAGncKAGp3CgB3dwoAvHcKAMF3CgAOeAoAGHgKAGB4CgBreAoAsngKAL54CgAEeQoACnkKAFZ5CgBeeQoAqHkKAKl5CgD6eQoAAHoKAEx6CgBRegoAnnoKAK16CgDwegoA/HoKAEJ7CgBFewoAlHsKAJd7CgDMuA4A63sKADh8CgBUfAoAHrkOAKp8CgDcfAoA5HwKAHC5DgA0fQoAgH0KAIx9CgDCuQ4A2H0KACR+CgAwfgoAALwOAHd+CgD8gQoAhn4KAMh+CgDKfgoAGn8KACR/CgBsfwoAbn8KAL5/CgDPfwoAEIAKABiACgBigAoAboAKALSACgC6gAoABoEKAAyBCgBYgQoAXYEKAKqBCgCwgQoAUrwOAP6BCgBOggoAVIIKAKCCCgCjggoA8oIKAP6CCgBEgwoATIMKAEi9DgCcgwoA6IMKAO6DCgA6hAoAP4QKAIyECgCShAoAmr0OAOCECgAwhQoAOYUKAIKFCgCZhQoA1IUKAN+FCgAmhgoAMIYKAHiGCgCAhgoAkL4OANeGCgAchwoAJIcKAG6HCgB4hwoAwIcKAMuHCgASiAoAGIgKAGSICgBwiAoAtogKALiICgAIiQoAD4kKAFqJCgBiiQoArIkKAL6JCgDivg4AOYoKAFCKCgBYigoAoooKAMWKCgDYvw4A9ooKAEaLCgBTiwoAmIsKAJ+LCgDqiwoA+4sKADyMCgBIjAoAjowKAJWMCgDgjAoA4YwKADqtCgDojAoAKsAOAEWNCgCEjQoAk40KANaNCgDijQoAKI4KACmOCgB6jgoAhI4KAMyOCgDajgoAHo8KACOPCgBwjwoAfY8KAHzADgDKjwoAzsAOAByQCgAgwQ4AaJAKALiQCgBykAoAwtcLALuQCgCobwsAxZAKAAqRCgAYkQoAXJEKAGuRCgCukQoAzpEKAACSCgAMkgoAUpIKAFmSCgCkkgoArJIKAPaSCgD4kgoASJMKAFKTCgAWwg4ApJMKAOyTCgD0kwoAaMIOAEiUCgCQlAoAmJQKALrCDgAelQoANJUKADyVCgCGlQoApJUKAAzDDgDmlQoAKpYKADGWCgCowQsAOpYKAHyWCgCMlgoAzpYKANqWCgAglwoAJpcKAHKXCgCOlwoAxJcKAMyXCgBeww4AKpgKAGiYCgBymAoAupgKAMaYCgAMmQoAFJkKALDDDgBpmQoAsJkKALKZCgACmgoACJoKAFSaCgBcmgoAAsQOAKiaCgD4mgoA+5oKAEqbCgBSmwoAnJsKAKybCgDumwoA8JsKAECcCgBOnAoAkpwKAKOcCgBUxA4A65wKAKbEDgA8nQoAiJ0KAI2dCgDanQoA4J0KAPjEDgA5ngoAfp4KAIieCgDQngoA0p4KACKfCgA1nwoAdJ8KAHyfCgDGnwoA0p8KABigCgAeoAoAaqAKAHCgCgC8oAoAwaAKAA6hCgAUoQoA7sUOAGmhCgCyoQoAv6EKAASiCgALogoAVqIKAF6iCgBAxg4AtKIKAPqiCgAEowoATKMKAFijCgCeowoAraMKAPCjCgD6owoAQqQKAE6kCgCUpAoAm6QKAJLGDgDppAoA2FgMAOykCgA4pQoA9aQKAEiyCwBEpQoAiqUKAJKlCgDkxg4A6KUKAC6mCgA4pgoAgKYKAIymCgDSpgoA4aYKACSnCgAupwoAdqcKAIKnCgDIpwoAz6cKADbHDgAoqAoAbKgKADqoCgA6owsAg6gKAL6oCgDLqAoAEKkKABKpCgBiqQoAc6kKALSpCgDQqQoABqoKAA6qCgCIxw4AcaoKAKqqCgC+qgoA/KoKAASrCgBOqwoAUasKAKCrCgCuqwoA8qsKAAmsCgBErAoAUawKAJasCgCYrAoA6KwKAPmsCgDaxw4AQK0KAIytCgCRrQoA3q0KAPStCgAwrgoAPq4KAIKuCgCFrgoA1K4KAOCuCgAmrwoALK8KAHivCgCErwoAyq8KAPOvCgAcsAoAKLAKAG6wCgB9sAoAwLAKAMqwCgASsQoAILEKAGSxCgBpsQoAtrEKAMOxCgAsyA4ACrIKAFqyCgBosgoArLIKALmyCgD+sgoAELMKAH7IDgBfswoAorMKAK6zCgD0swoADbQKAEa0CgBItAoAmLQKAKe0CgDqtAoACrUKADy1CgBEtQoAjrUKALG1CgDgtQoA9rUKADK2CgA3tgoAhLYKAIe2CgDWtgoA4LYKACi3CgAwtwoAercKAIC3CgDMtwoA2LcKAB64CgAtuAoAcLgKAHy4CgDCuAoAz7gKABS5CgAeuQoAZrkKAG65CgC4uQoAx7kKAAq6CgAMugoAXLoKAG26CgCuugoAv7oKAAC7CgAIuwoAUrsKAGO7CgCkuwoAprsKAPa7CgD5uwoASLwKAFK8CgCavAoAvrwKAOy8CgAIvQoA0MgOAES9CgCQvQoAlb0KAOK9CgDxvQoANL4KAEC+CgCGvgoAib4KANi+CgDbvgoAKr8KADK/CgB8vwoAi78KAM6/CgDTvwoAIMAKADbACgBywAoAc8AKAMTACgDVwAoAFsEKACLBCgBowQoAcsEKALrBCgDGwQoADMIKABPCCgAiyQ4AYsIKALDCCgC+wgoAAsMKAAzDCgBUwwoAX8MKAKbDCgCuwwoA+MMKAATECgBKxAoAXcQKAJzECgCqxAoA7sQKAPjECgBAxQoASMUKAJLFCgChxQoA5MUKAOnFCgA2xgoAPcYKAIjGCgCUxgoAdMkOAObGCgAsxwoAL8cKAH7HCgCBxwoA0McKAOrHCgAiyAoALsgKAHTICgCHyAoAxsgKANTICgAYyQoAIskKAGrJCgCNyQoAxskOAMbJCgAOygoAGsoKAGDKCgBnygoAssoKALrKCgAEywoACMsKAFbLCgBkywoAqMsKALLLCgD6ywoABcwKAEzMCgBUzAoAnswKAK3MCgDwzAoA9cwKAELNCgBJzQoAlM0KAKDNCgDmzQoA7s0KABjKDgBOzgoAkjYMAFHOCgCKzgoAlM4KANzOCgDozgoALs8KADHPCgCAzwoAis8KANLPCgDVzwoAJNAKADTQCgB20AoAeNAKAMjQCgDW0AoAGtEKACvRCgBqyg4Ac9EKALzKDgDH0QoAENIKAMjRCgBaIwwA3tEKAGCXCwAp0goAYtIKAGzSCgC00goAwNIKAAbTCgAJ0woAWNMKAGLTCgAOyw4Ar9MKAPzTCgAc1AoATtQKAFbUCgBgyw4ArtQKAPLUCgAI1QoARNUKAFDVCgCW1QoAndUKAOjVCgDw1QoAOtYKAD/WCgCM1goAldYKAN7WCgDo1goAMNcKADjXCgCC1woAkNcKANTXCgDh1woAJtgKAC7YCgCyyw4AiNgKAMrYCgDS2AoABMwOACPZCgBu2QoAetkKAMDZCgDH2QoAEtoKABraCgBk2goAbtoKALbaCgDE2goACNsKAB7bCgBa2woAZtsKAKzbCgCx2woA/tsKAAfcCgBQ3AoAWtwKAKLcCgCq3AoA9NwKAPncCgBG3QoAVt0KAJjdCgCg3QoAVswOAPTdCgA83goAP94KALhdCwBE3goAqMwOAJzeCgDg3goA9t4KADLfCgA+3woAhN8KAIvfCgDW3woA3t8KACjgCgAt4AoAeuAKAIPgCgDM4AoA1uAKAB7hCgAm4QoAcOEKAHLhCgCm7AoAfuEKAMLhCgDP4QoAFOIKABziCgD6zA4AcuIKALjiCgC74goACuMKABTjCgBMzQ4AauMKAK7jCgDE4woAAOQKAAzkCgBS5AoAWeQKAKTkCgCs5AoA9uQKAPvkCgBI5QoAUeUKAJrlCgCk5QoA7OUKAPTlCgA+5goAQOYKAJDmCgCg5goA4uYKAOzmCgA05woAQOcKAIbnCgCM5woA8M0OAObnCgAq6AoAQOgKAHzoCgCI6AoAzugKANPoCgAg6QoAKekKAHLpCgB86QoAxOkKAMzpCgAW6goAOOoKAELODgB36goAuuoKAMbqCgAM6woADesKAF7rCgBo6woAsOsKAL7rCgAC7AoAB+wKAFTsCgBh7AoAlM4OALbsCgD47AoAAu0KAErtCgBW7QoAnO0KAKLtCgDu7QoA9u0KAIrPDgBF7goAku4KAJruCgDk7goA8O4KAID4CgD97goANu8KAELvCgCI7woAkO8KANzPDgDn7woALPAKADTwCgB+8AoAjPAKANDwCgDd8AoAIvEKACXxCgB08QoAfvEKAMbxCgDI8QoAGPIKACXyCgBq8goAefIKALzyCgDI8goADvMKABbzCgAu0A4AcPMKALLzCgC68woABPQKABD0CgBW9AoAXPQKAKj0CgCu9AoA+vQKAP/0CgBM9QoAUvUKAIDQDgCr9QoA8PUKAPX1CgBC9goATPYKAJT2CgCc9goA5vYKAPL2CgA49woAS/cKAIr3CgCY9woA3PcKAN/3CgAu+AoAOPgKANLQDgCT+AoA0vgKAOD4CgAk+QoAJ/kKAHb5CgCA+QoAJNEOAM35CgAa+goA1vkKAJIXCwAi+goAbPoKAHj6CgC++goAxPoKABD7CgDR+goAVBULABb7CgBi+woAZ/sKALT7CgC6+woAdtEOAAz8CgBY/AoAXfwKAKr8CgCw/AoAyNEOAAr9CgBO/QoAaf0KAKD9CgCs/QoA8v0KAPn9CgAa0g4ATf4KAJb+CgCj/goA6P4KAPT+CgA6/woATf8KAIz/CgCN/woA3v8KAOr/CgAwAAsAPwALAIIACwCMAAsA1AALAOAACwAmAQsALQELAGzSDgB+AQsAygELANABCwAcAgsAIQILAG4CCwB0AgsAENMOAMkCCwASAwsAHwMLAGQDCwBoAwsAtgMLALgDCwAIBAsAFQQLAFoECwBkBAsAYtMOALMECwD+BAsABgULAFAFCwBcBQsAogULALUFCwD0BQsAAwYLAEYGCwBSBgsAmAYLAJkGCwDqBgsA9AYLADwHCwBKBwsAjgcLAJMHCwDgBwsA7QcLALTTDgA+CAsAhAgLAIoICwDWCAsA3AgLACgJCwAtCQsAegkLAIAJCwAG1A4A0QkLAB4KCwAoCgsAqtQOAHgKCwDCCgsAzwoLABQLCwAZCwsAZgsLAHALCwC4CwsAwAsLAAoMCwAWDAsAXAwLAG8MCwCuDAsArwwLAAANCwAMDQsAUg0LAGENCwCkDQsArg0LAPYNCwD+DQsASA4LAEoOCwD81A4Aow4LAOwOCwD7DgsAPg8LAE0PCwCQDwsAnA8LAOIPCwDlDwsANBALADcQCwBO1Q4AiBALANgQCwDbEAsAKhELADIRCwB8EQsAiRELAM4RCwDTEQsAIBILACoSCwByEgsAehILAMQSCwDQEgsAFhMLACkTCwBoEwsAaRMLALoTCwDGEwsADBQLABsUCwBeFAsAaBQLALAUCwC8FAsAAhULAAkVCwCg1Q4AYxULAKYVCwCyFQsA+BULAPkVCwBKFgsAVBYLAJwWCwCqFgsA7hYLAPMWCwBAFwsATRcLAPLVDgCjFwsARNYOAPEXCwA2GAsARBgLAIgYCwCZGAsA2hgLAPwYCwCW1g4AMRkLAH4ZCwAyGQsABk4LAIYZCwDQGQsA0RkLAPodCwDTGQsA8B4LANUZCwAEHQsA1hkLADggCwDXGQsADhwLAN8ZCwAiGgsA6RkLABojCwAnGgsAdBoLAIEaCwDGGgsA0xoLABgbCwAkGwsAahsLAHkbCwC8GwsAxhsLAOjWDgAcHAsAYBwLAGIcCwCyHAsAwxwLADrXDgAFHQsAVh0LAGIdCwCoHQsAtR0LAIzXDgAIHgsATB4LAFkeCwCeHgsAtR4LAN7XDgD5HgsAgCELAPoeCwBCHwsARB8LAJQfCwCaHwsA5h8LAPAfCwAw2A4ARCALAIogCwCMIAsA3CALAOsgCwAuIQsAOSELAILYDgCPIQsA0iELAOEhCwAkIgsAMCILAHYiCwCCIgsAyCILAM8iCwDU2A4AJiMLAGwjCwB0IwsAJtkOANcjCwAQJAsAISQLAGIkCwBuJAsAeNkOALskCwAGJQsADiULAFglCwBZJQsAqiULALAlCwD8JQsAASYLAE4mCwBPJgsAoCYLAKwmCwDyJgsA+CYLAEQnCwBOJwsAlicLAKQnCwC2LAsAqicLAOgnCwDwJwsAytkOAEooCwCMKAsAlCgLAN4oCwDnKAsAMCkLAOsoCwDAKwsAPSkLAIIpCwCJKQsA1CkLAOApCwAmKgsANioLAHgqCwCGKgsAyioLANcqCwAcKwsAKCsLAG4rCwB1KwsAHNoOAMkrCwASLAsAIywLAGQsCwB1LAsAbtoOAMIsCwAILQsACy0LAFotCwBiLQsArC0LALEtCwD+LQsADi4LAFAuCwBYLgsAoi4LAKsuCwD0LgsAry4LAIQxCwABLwsARi8LAE0vCwCYLwsApC8LAOovCwD6LwsAPDALAEowCwCOMAsAmzALAOAwCwDsMAsAMjELADkxCwDA2g4AjTELANYxCwDnMQsAKDILADkyCwAS2w4AfzILAMwyCwDZMgsAHjMLACozCwBwMwsAejMLAMIzCwDWMwsAFDQLABU0CwBmNAsAcjQLALg0CwDXNAsACjULABI1CwBcNQsAYTULAK41CwDHNQsAADYLACk2CwBSNgsAXjYLAKQ2CwCzNgsA9jYLAAA3CwBINwsAUDcLAJo3CwClNwsA7DcLAO43CwA+OAsAQTgLAJA4CwCYOAsA4jgLAO84CwA0OQsAOTkLAIY5CwCOOQsA2DkLANo5CwAqOgsANDoLAHw6CwCGOgsAzjoLANQ6CwAgOwsALjsLAHI7CwCLOwsAxDsLAM07CwAWPAsAIDwLAGg8CwB0PAsAZNsOAMY8CwAMPQsAFj0LAF49CwBpPQsAsD0LALU9CwACPgsACT4LAFQ+CwBcPgsApj4LANA+CwC22w4A/z4LAEo/CwBSPwsAnD8LAMY/CwDuPwsA8z8LAEBACwBBQAsAkkALAJxACwDkQAsA8kALADZBCwA7QQsAiEELAJVBCwDaQQsA9kELACxCCwBIQgsACNwOAItCCwDQQgsA1EILACJDCwAoQwsAdEMLAHZDCwDGQwsAx0MLABhECwA7RAsAakQLAI5ECwC8RAsA5kQLAA5FCwAWRQsAYEULAGVFCwCyRQsAv0ULAARGCwAMRgsAVkYLAFhGCwCoRgsAsEYLAPpGCwAkRwsATEcLAFlHCwCeRwsAo0cLAPBHCwD9RwsAQkgLAE5ICwCUSAsAvkgLAOZICwDuSAsAOEkLAFNJCwCKSQsAjEkLANxJCwDtSQsALkoLADdKCwCASgsAjEoLAFrcDgDfSgsAJEsLAD9LCwB2SwsAe0sLAMhLCwDoSwsAGkwLACZMCwBsTAsAdEwLAKzcDgDMTAsAEE0LABpNCwBiTQsAbU0LALRNCwC8TQsAUN0OAA9OCwBYTgsAYk4LAKpOCwC1TgsA/E4LABBPCwBOTwsAY08LAKBPCwCoTwsA8k8LAAlQCwBEUAsASVALAJZQCwCgUAsA6FALAPBQCwCi3Q4APFELAIxRCwCdUQsA3lELAOFRCwAwUgsAPFILAPTdDgCQUgsA1FILAOVSCwBG3g4AKVMLAHhTCwB7UwsAylMLANZTCwAcVAsAIlQLAG5UCwB4VAsAmN4OAM1UCwASVQsAKVULAGRVCwBsVQsA6t4OAL5VCwA83w4AH1YLAFpWCwBgVgsArFYLALhWCwD+VgsAFVcLAFBXCwBSVwsAolcLAKxXCwD0VwsAAFgLAEZYCwBSWAsAmFgLAJ5YCwDqWAsA8FgLADxZCwBBWQsAjlkLAJRZCwCO3w4A41kLALzeDADrWQsAMloLADNaCwCEWgsAjloLANZaCwAGWwsA4N8OACtbCwB6WwsAhFsLADLgDgDVWwsAHlwLADRcCwBwXAsAhlwLAMJcCwDEXAsAFF0LABpdCwBmXQsAel0LANbgDgDAXQsACl4LANRdCwAGJg8AGl4LAFxeCwAjXgsA+mUMAF5eCwCuXgsAvF4LAABfCwARXwsAKOEOAFlfCwB64Q4ArV8LAIo/DACwXwsA9l8LAPlfCwBIYAsAUWALAJpgCwCrYAsA7GALAPZgCwA+YQsARmELAJBhCwBaYQsAQDYMAJNhCwDiYQsA62ELADRiCwBKYgsAhmILAJxiCwDYYgsA2mILACpjCwAwYwsAfGMLAJBjCwDM4Q4A+WMLACBkCwBLZAsAHuIOAHhkCwD2AwwAfmQLAAxmCwB/ZAsAkAUMAIFkCwCaBAwAgmQLAMRkCwDGZAsAFmULACRlCwBoZQsAeWULAHDiDgDCZQsAwuIOABJmCwBeZgsAZGYLALBmCwC1ZgsAAmcLAAhnCwAU4w4AYGcLAKZnCwCuZwsAuOMOAARoCwBKaAsAVGgLAJxoCwClaAsA7mgLAO9oCwBAaQsASGkLAJJpCwCXaQsA5GkLAPRpCwBc5A4AQmoLAIhqCwCKagsA2moLAOBqCwAsawsAM2sLAH5rCwCDawsA0GsLANRrCwAibAsAL2wLAHRsCwB8bAsAxmwLAMtsCwAYbQsAKG0LAK7kDgB7bQsAvG0LAMhtCwAObgsAHW4LAGBuCwBqbgsAsm4LAMBuCwAEbwsAEW8LAFZvCwBtbwsAAOUOAKtvCwCk5Q4A/W8LAExwCwABcAsAfvEOAFRwCwCecAsAyXALAPBwCwAbcQsAQnELAG1xCwD25Q4AnXELAOZxCwDncQsAOHILAEdyCwCKcgsATnILACR0CwCbcgsA3HILAN5yCwAucwsAMXMLAIBzCwCDcwsA0nMLANpzCwDs5g4AKXQLAHZ0CwB9dAsAyHQLANF0CwAadQsAK3ULAGx1CwB4dQsAvnULAMZ1CwA+5w4AFnYLAGJ2CwBpdgsAtHYLALl2CwAGdwsACncLAFh3CwBldwsAqncLALl3CwD8dwsADXgLAE54CwBQeAsAoHgLAKN4CwDyeAsA9XgLAER5CwBMeQsAkOcOAJt5CwComAsAoXkLADrrDACieQsA6HkLAOt5CwA6egsARHoLAOLnDgCVegsA3noLAO16CwAwewsAP3sLAIJ7CwCOewsA1HsLANd7CwAmfAsAKXwLADToDgB7fAsAynwLAPV8CwCG6A4AJH0LANjoDgB2fQsAKukOAMh9CwB86Q4AF34LAGR+CwBxfgsAtn4LALl+CwAIfwsADX8LAFp/CwBrfwsArH8LALh/CwDO6Q4AA4ALAFCACwBhgAsAooALAK6ACwD0gAsADoELAEaBCwBKgQsAMoMLAE2BCwBwhQsAUIELALiGCwBSgQsAKIQLAFSBCwA8ggsAV4ELAJiBCwCdgQsA6oELAAGCCwAg6g4ASYILAI6CCwCeggsA4IILAOWCCwBy6g4ANIMLAISDCwCKgwsA1oMLAOODCwDE6g4ALoQLAHqECwCAhAsAzIQLANGECwAehQsAJIULABbrDgB8hQsAwoULANuFCwAUhgsAHYYLAGaGCwB9hgsAaOsOAL6GCwAKhwsADIcLAFyHCwBrhwsArocLALqHCwC66w4ACYgLAFKICwBgiAsApIgLAK6ICwD2iAsAAokLAEiJCwBLiQsAmokLALaJCwDsiQsA9IkLAAzsDgBKigsAkIoLAJOKCwDiigsA7IoLAALtDgA9iwsAhosLAJSLCwDYiwsA4osLACqMCwA2jAsAfIwLAISMCwCm7Q4A0IwLACCNCwAujQsAco0LAIONCwD47Q4Ay40LAEruDgAbjgsAaI4LAHCOCwC6jgsAwI4LAAyPCwAVjwsAXo8LAGuPCwDu7g4AtY8LAAKQCwC8jwsAnJELAAuQCwBUkAsAXpALAKaQCwCukAsA+JALADiRCwBKkQsAUpELAEDvDgCikQsA7pELAPSRCwBAkgsASJILAJKSCwDSkgsA5JILAOySCwCS7w4APpMLAOTvDgDKkwsA2pMLAByUCwA28A4AOpQLAH6UCwCPlAsA0JQLANyUCwAilQsAJZULAIjwDgCElQsAxpULAMiVCwAYlgsAJpYLAGqWCwB7lgsA2vAOANiWCwAOlwsAFpcLACzxDgBulwsAspcLALOXCwDQ8Q4AEJgLAFaYCwBdmAsAIvIOAK+YCwD6mAsA/5gLAHTyDgBUmQsAxvIOAKaZCwDwmQsA4ZkLAM54DQDxmQsAlOwLAPOZCwCA7gsA+ZkLAEKaCwD6mQsATOsLAACaCwCK7QsAT5oLAJSaCwCfmgsA5poLAOiaCwA4mwsARZsLAIqbCwCRmwsA3JsLAO2bCwAunAsAOpwLAICcCwCHnAsA0pwLANqcCwAY8w4AKp0LAHadCwB8nQsAyJ0LAM2dCwAangsAIJ4LAGrzDgB4ngsAvp4LAMieCwAQnwsAFJ8LAGKfCwBunwsAtJ8LAMCfCwAGoAsAE6ALAFigCwBgoAsAqqALALSgCwD8oAsACKELAE6hCwBRoQsAoKELAKqhCwAO9A4A9KELAESiCwBHogsAlqILAJmiCwCy9A4A8KILAAT1DgBIowsAjKMLAI2jCwBW9Q4A5qMLAKj1DgA1pAsAgqQLAImkCwDUpAsA2aQLAPr1DgAupQsATPYOAIClCwDKpQsA1KULABymCwAnpgsAbqYLAHymCwDApgsAw6YLABKnCwAapwsAZKcLAG6nCwC2pwsAwqcLAAioCwALqAsAWqgLAGSoCwCe9g4AuqgLAP6oCwAUqQsAUKkLAFypCwCiqQsAqakLAPSpCwD8qQsARqoLAEuqCwCYqgsAoaoLAOqqCwD0qgsAPKsLAESrCwCOqwsAkKsLAOCrCwDwqwsAMqwLADysCwCErAsAkKwLANasCwDcrAsAKK0LADCtCwBC9w4AiK0LAMytCwDNrQsAlPcOACOuCwDm9w4Acq4LAMKuCwDDrgsAFK8LABevCwBmrwsAca8LALivCwC9rwsACrALABSwCwA4+A4AgLALAK6wCwC2sAsAivgOAAKxCwBSsQsAY7ELAKSxCwC1sQsA9rELAPmxCwDc+A4ATrILAJqyCwCfsgsA7LILAO+yCwA+swsAQbMLAJCzCwCYswsALvkOAPCzCwA0tAsAN7QLAIa0CwCRtAsA2LQLAOS0CwAqtQsAMbULAHy1CwCEtQsAzrULANy1CwAgtgsALbYLAHK2CwB6tgsAgPkOANC2CwAWtwsAGbcLAGi3CwBytwsAurcLAMK3CwDS+Q4AGLgLAF64CwBkuAsAsLgLALq4CwACuQsAFrkLAFS5CwBcuQsAJPoOALO5CwD4uQsAALoLAEq6CwBNugsAnLoLAKi6CwDuugsA+LoLAEC7CwBJuwsAkrsLAJO7CwDkuwsA/LsLADa8CwA4vAsAiLwLAJm8CwDavAsA67wLACy9CwA0vQsAfr0LAI29CwDQvQsA0r0LACK+CwAzvgsAdL4LAIW+CwDGvgsA374LABi/CwAavwsAar8LAHm/CwC8vwsA3L8LAMj6DgBTwAsAYMALAKXACwAa+w4AtMALAATBCwAkwQsAVsELAGrBCwBs+w4AsMELAPrBCwAHwgsATMILAFHCCwCewgsAqMILAPDCCwD4wgsAQsMLAEjDCwCUwwsAncMLAObDCwDzwwsAvvsOAETECwCKxAsAkMQLANzECwDixAsALsULADfFCwCAxQsAgcULANLFCwDcxQsAJMYLADDGCwB2xgsAfcYLABD8DgDQxgsAYvwOACLHCwC0/A4AdMcLAAb9DgDKxwsAEMgLACDICwBiyAsAZ8gLALTICwC6yAsABskLABLJCwBYyQsAYMkLAFj9DgC7yQsA/MkLAA3KCwBOygsAYMoLAKDKCwCoygsA8soLAP3KCwBEywsAScsLAJbLCwCbywsA6MsLAAjMCwCq/Q4ASswLAIzMCwCWzAsA3swLAOrMCwAwzQsANs0LAILNCwCKzQsA1M0LANbNCwAmzgsA4M0LAJjTCwA3zgsAeM4LAInOCwDKzgsA3M4LABzPCwAkzwsAbs8LAHnPCwDAzwsAxc8LABLQCwAX0AsAZNALAITQCwD8/Q4AuNALAAjRCwAX0QsAWtELAGXRCwCs0QsAvtELAP7RCwAG0gsAUNILAFvSCwCi0gsAp9ILAPTSCwD50gsARtMLAGbTCwBO/g4AmtMLAOrTCwD50wsAPNQLAEfUCwCO1AsAoNQLAODUCwDo1AsAMtULAD3VCwCE1QsAidULANbVCwDb1QsAKNYLAEjWCwCg/g4Ah9YLAMzWCwDj1gsA8v4OACvXCwBw1wsAh9cLAET/DgDP1wsAFNgLABvYCwBm2AsAdNgLALjYCwDF2AsACtkLACHZCwCW/w4AZNkLAOj/DgCw2QsAANoLAA7aCwBS2gsAY9oLADoADwCx2gsA9toLAA3bCwCMAA8AUtsLAJrbCwCm2wsA7NsLAO/bCwA+3AsASNwLAN4ADwCs3AsAMAEPAOrcCwCCAQ8APN0LAIbdCwCH3QsADOELAIndCwAg3wsAjd0LAMbnCwCQ3QsA2N0LAJXdCwD44gsAlt0LAALiCwDd3QsAIucLAOTdCwAq3gsALd4LAHzeCwCG3gsA1AEPANbeCwAmAg8AKd8LAHLfCwBA3wsA2uULAIDfCwDE3wsAzt8LABbgCwAi4AsAaOALAGvgCwC64AsAwuALAHgCDwAO4QsAXuELAGHhCwCw4QsAs+ELAMoCDwAE4gsAVOILAGLiCwCm4gsAt+ILAG4DDwD64gsASuMLAFfjCwCc4wsAq+MLAO7jCwD64wsAQOQLAFHkCwCS5AsAo+QLAOTkCwDw5AsANuULAD3lCwCI5QsAkOULABIEDwDo5QsALOYLAC3mCwBkBA8AiuYLANDmCwDX5gsAtgQPACnnCwB05wsAeecLAFoFDwDP5wsAGOgLAB7oCwBq6AsAbOgLALzoCwDG6AsADukLABzpCwBg6QsAZekLALLpCwC/6QsABOoLABzqCwBW6gsAbOoLAKjqCwCr6gsA+uoLAALrCwD+BQ8AWOsLAJ7rCwCh6wsA8OsLAPrrCwBQBg8ASuwLAKIGDwCW7AsA5uwLAOnsCwA47QsAO+0LAPQGDwCM7QsA3O0LAOrtCwAu7gsAP+4LAJgHDwCJ7gsA0u4LAODuCwAk7wsA6+4LALZBDQAu7wsAdu8LAILvCwDI7wsAy+8LABrwCwAi8AsAPAgPAIbwCwCOCA8A2PALABDxCwAq8QsA4AgPAGfxCwCM9QsAcPELADD2CwBy8QsAtPELALbxCwAG8gsAFPILAFjyCwBp8gsAMgkPALHyCwCECQ8AAvMLAE7zCwBU8wsAoPMLAKXzCwDy8wsA+PMLANYJDwBK9AsAlvQLAJv0CwDo9AsA/vQLADr1CwBC9QsAegoPAKz1CwDe9QsA5vULAMwKDwBH9gsAgvYLAI/2CwDU9gsA2fYLACb3CwAs9wsAePcLAIT3CwDK9wsA0fcLABz4CwAk+AsAbvgLAJH4CwBwCw8AyfgLABL5CwAf+QsAZPkLAHP5CwC2+QsAuPkLAAj6CwAR+gsAWvoLAHH6CwCs+gsAt/oLAP76CwAI+wsAUPsLAFj7CwDCCw8AqPsLAPT7CwD6+wsARvwLAEv8CwCY/AsAnvwLABQMDwAM/QsAPP0LAET9CwC4DA8AmP0LAOD9CwDp/QsAMv4LADj+CwCE/gsAkP4LANb+CwD0/gsAKP8LACn/CwB6/wsAfP8LAMz/CwDZ/wsAHgAMACwADABwAAwAfwAMAMIADADeAAwAFAEMABwBDAAKDQ8AeQEMALgBDAC5AQwACgIMABYCDABcAgwAawIMAK4CDAC4AgwAAAMMAAwDDABSAwwAWQMMAFwNDwCsAwwArg0PAP8DDABIBAwAVQQMAAAODwCfBAwA7AQMAPkEDAA+BQwASAUMAFIODwCSBQwA4gUMAPgFDAA0BgwAQAYMAKQODwCOBgwAguwMAKQGDADYBgwA9gYMACoHDAAyBwwAfAcMAEwHDABiEA0AfQcMABYJDAB/BwwAXgoMAIgHDAC0EA0AjAcMAM4HDADQBwwAIAgMAC4IDAByCAwAgwgMAPYODwDMCAwASA8PABgJDABoCQwAawkMALoJDAC9CQwAmg8PABQKDADsDw8AaAoMAAwzDAB+CgwAsAoMAL4KDAACCwwAAwsMAD4QDwBcCwwAkBAPALcLDAD4CwwA+gsMAEoMDABLDAwAnAwMAJ8MDADuDAwA+gwMAEANDABHDQwAkg0MAK4NDADkDQwA7A0MADQRDwBDDgwAiA4MAJgODADaDgwA3w4MACwPDABcDwwAhhEPAIQPDADYEQ8A2A8MACIQDAAjEAwAGhkMACgQDACMjw0ALBAMAHQQDAAuEAwAnhQMADIQDAAEEwwAQBAMAE4cDAB5EAwALogNAH8QDABggw0AgBAMAMYQDADJEAwAGBEMACIRDAAqEg8AchEMALwRDADCEQwADhIMABcSDABgEgwAbRIMALISDADOEgwAfBIPAAYTDABWEwwACRMMABKTDQBkEwwAqBMMALkTDADOEg8AABQMAEwUDABYFAwAIBMPAKQUDADwFAwA9hQMAEIVDABHFQwAlBUMAJoVDAAWFA8A7RUMAAwVDwA9FgwAihYMAJIWDADcFgwA6BYMAC4XDABBFwwAgBcMAIwXDADSFwwA4RcMACQYDAAtGAwAdhgMAIAYDADIGAwA1BgMALAVDwArGQwAbBkMAHgZDAC+GQwAwBkMABAaDAATGgwAYhoMAG4aDAC0GgwAvBoMAAIWDwASGwwAWBsMAGgbDACqGwwAthsMAPwbDAACHAwAVBYPAHAcDACgHAwAqBwMAPIcDAAaHQwARB0MAE8dDACWHQwAoh0MAOgdDAD5HQwAOh4MADseDACmFg8Akh4MAN4eDADrHgwA+BYPAD0fDACCHwwAmR8MANQfDAAEIAwAJiAMAC4gDAB4IAwAgiAMAMogDADWIAwAHCEMAB8hDABuIQwAeCEMAEoXDwDIIQwAEiIMABgiDABkIgwAbSIMALYiDADDIgwACCMMACQjDACcFw8AXCMMAKwjDABhIwwAfDAMALkjDAD+IwwABSQMAFAkDABSJAwAoiQMAKgkDAD0JAwA+yQMAEYlDABeJQwAmCUMAJ0lDADqJQwApCUMAI4mDADzJQwAPCYMAEYmDADuFw8AlCYMAOAmDADmJgwAMicMADcnDACEJwwAiicMAEAYDwDXJwwAKCgMADkoDAB6KAwAhigMAMwoDADWKAwAHikMACopDABwKQwAdykMAJIYDwDEKQwAFCoMAM0pDACang0AFyoMAGYqDACGKgwAuCoMAMAqDADkGA8AGysMAFwrDABjKwwArisMALYrDAAALAwAAywMAJotDAAQLAwAUiwMAFQsDACkLAwAsiwMAPYsDAAHLQwANhkPAE8tDACIGQ8Aoy0MAOwtDAD7LQwAPi4MAE0uDACQLgwAnC4MAOIuDADlLgwANC8MADcvDACGLwwAli8MANgvDADhLwwAKjAMADswDADaGQ8AgTAMAM4wDADXMAwAIDEMACoxDAByMQwAejEMAMQxDADiMQwAFjIMADQyDABoMgwAhjIMALoyDADYMgwALBoPABMzDABeMwwAYzMMALAzDABqMwwApjQMALkzDAACNAwADDQMAFQ0DABwNAwAfhoPAKw0DAD4NAwA/jQMAEo1DABmNQwA0BoPAMQ1DAB0Gw8AFjYMAMYbDwBINgwAvBwPAKg2DADkNgwA5jYMADY3DAA8NwwAiDcMAJw3DADaNwwA4jcMACw4DABUOAwADh0PAIc4DADQOAwA3TgMACI5DAAwOQwAdDkMAH45DADGOQwA4DkMABg6DAAlOgwAajoMAHY6DAC8OgwAxjoMAA47DAAWOwwAYB0PAGc7DACyOwwAujsMALIdDwDeOwwAqB4PABA8DABWPAwAXTwMAKg8DACwPAwABB4PAPw8DABMPQwAXT0MAJ49DACmPQwA8D0MAPo9DABCPgwATj4MAJQ+DACXPgwA5j4MAPA+DAD6Hg8AVD8MAEwfDwCXPwwA3D8MAOQ/DAAuQAwAMUAMAMhBDAA+QAwAgEAMAIJADADSQAwA4EAMACRBDAA1QQwAnh8PAH1BDADwHw8A0UEMABpCDAApQgwAbEIMAHtCDAC+QgwAykIMABBDDAATQwwAYkMMAGVDDAC0QwwAxEMMAAZEDAAPRAwAWEQMAGlEDABCIA8AtkQMAPxEDAAERQwAlCAPAFBFDACgRQwAWkUMAERGDACjRQwA8kUMAPpFDADmIA8ASkYMAJZGDACiRgwA6EYMAPBGDAA4IQ8ARkcMAIxHDACPRwwA3kcMAOhHDACKIQ8ANUgMAIJIDACYSAwA1EgMANVIDAAmSQwAN0kMAHhJDACESQwAykkMANRJDAAcSgwAKEoMANwhDwB6SgwAwEoMAMNKDAASSwwAHEsMAIAiDwBnSwwAtksMALlLDAAITAwAFEwMAFpMDABgTAwArEwMALZMDADSIg8AA00MAFBNDABdTQwAok0MAKVNDAD0TQwAEE4MAEZODABOTgwAJCMPAKBODAB2Iw8A8k4MAMgjDwA/TwwAjk8MAFNPDABMCg0Ark8MAOBPDAD0TwwAGiQPAD9QDABsJA8AhVAMANZQDADcUAwAKFEMADRRDAB6UQwAiVEMAMxRDADOUQwAHlIMAChSDABwUgwAfFIMAMJSDADJUgwAviQPACBTDAAQJQ8AblMMAGIlDwD9UwwAClQMAE9UDABcVAwAoVQMAK5UDADzVAwAAFUMAEVVDABSVQwAl1UMAKRVDADpVQwAtCUPAPhVDABIVgwAVlYMAJpWDACrVgwAWCYPAPJWDAA+VwwASlcMAKomDwCWVwwA4lcMAOhXDAA0WAwAOVgMAIZYDACMWAwATicPANtYDAAqWQwANlkMAHxZDACCWQwAzlkMANhZDADyJw8AJVoMAHJaDAB/WgwAxFoMAMdaDAAWWwwAK1sMAGhbDABwWwwARCgPAMJbDAAMXAwAGFwMAF5cDABkXAwAsFwMALZcDAACXQwAB10MAFRdDABaXQwAMCoPALVdDAD4XQwAB14MAEpeDABTXgwAnF4MAKJeDADuXgwA9F4MAEBfDABMXwwAkl8MAJlfDADkXwwA7F8MANQqDwA9YAwAiGAMAJZgDADaYAwA52AMACxhDABDYQwAfmEMAJphDADQYQwA2GEMACYrDwA1YgwAdGIMAHZiDADGYgwA3GIMABhjDAAZYwwAamMMAHtjDAC8YwwAyGMMAHgrDwAqZAwAyisPAGJkDACyZAwAyGQMAARlDAAFZQwAVmUMAGdlDACoZQwAtGUMABwsDwD/ZQwATGYMAFJmDACeZgwAvmYMAPBmDAD8ZgwAQmcMAElnDABuLA8AoGcMAIBpDACkZwwA5mcMAOhnDAA4aAwARmgMAIpoDACbaAwAwCwPAOJoDAAuaQwAOmkMABItDwCGaQwA0mkMANhpDAAkagwAKWoMAHZqDAB8agwACC4PANxqDAAaawwAG2sMAGxrDAB4awwAvmsMANprDAAQbAwAGGwMAFAvDwBubAwAtGwMANBsDAAGbQwADm0MAPQvDwBkbQwAqm0MALBtDAD8bQwAAm4MAE5uDABmbgwAoG4MAKpuDADybgwA/m4MAERvDABHbwwAlm8MAKBvDADobwwAAHAMADpwDABKcAwAjHAMAI5wDADecAwA7HAMADBxDABBcQwARjAPAIhxDADUcQwA4HEMAJgwDwAucgwAPDEPAIRyDADKcgwAzXIMABxzDAAmcwwAjjEPAHBzDADAcwwAznMMABJ0DAAjdAwAMjIPAGt0DACEMg8AvnQMANYyDwAQdQwAzDMPAFx1DACsdQwAuXUMAP51DAANdgwAUHYMAFZ2DACidgwArnYMAPR2DAD2dgwARncMAFB3DACYdwwApncMAOp3DADvdwwAPHgMAEl4DACOeAwAmngMAOB4DADzeAwAMnkMAEF5DACEeQwAkHkMANZ5DADXeQwAKHoMADJ6DAB6egwAiHoMAMx6DADRegwAHnsMACt7DAAeNA8AensMAMJ7DADQewwAFHwMABd8DABmfAwAdnwMALh8DADGfAwACn0MABZ9DABcfQwAY30MAK59DAC1fQwAAH4MAAx+DABSfgwAU34MAKR+DACwfgwA9n4MAAN/DABIfwwAT38MAJp/DACmfwwA7H8MAPl/DAA+gAwATYAMAJCADACkgAwA4oAMAO6ADAA0gQwAR4EMAIaBDACVgQwA2IEMAOSBDAAqggwAK4IMAHyCDACGggwAzoIMANyCDAAggwwAJYMMAHKDDAB/gwwAcDQPAMWDDAAWhAwAJ4QMAGiEDAB2hAwAuoQMAMmEDAAMhQwADoUMAF6FDABohQwAsIUMAL6FDAAChgwAB4YMAFSGDABhhgwApoYMALWGDAD4hgwA/YYMAEqHDABXhwwAnIcMAKaHDADuhwwA+ocMAECIDABTiAwAkogMAJyIDADkiAwA8IgMADaJDABJiQwAiIkMAJeJDADaiQwA5okMACyKDAAtigwAfooMAIiKDADQigwA3ooMACKLDAAniwwAdIsMAIGLDADCNA8Ay4sMABiMDAAljAwAaowMAHSMDAC8jAwAwowMAA6NDAAQjQwAYI0MAG2NDACyjQwAtY0MAASODAASjgwAVo4MAGKODACojgwAtY4MAPqODAAEjwwATI8MAFuPDACejwwAo48MAPCPDAD9jwwAQpAMAE+QDACUkAwAoJAMAOaQDAD1kAwAOJEMAEKRDACKkQwAmJEMANyRDADhkQwALpIMADuSDACAkgwAjJIMANKSDADlkgwAJJMMADOTDAB2kwwAgpMMAMiTDADJkwwAGpQMACSUDABslAwAepQMAL6UDADDlAwAEJUMAB2VDAAUNQ8AdZUMALSVDADDlQwABpYMABKWDABYlgwAWZYMAKqWDAC0lgwA/JYMAAqXDABOlwwAU5cMAKCXDACtlwwAZjUPAAWYDABEmAwAU5gMAJaYDACimAwA6JgMAOmYDAA6mQwARJkMAIyZDACamQwA3pkMAOOZDAAwmgwAPZoMALg1DwCEmgwA1JoMAOKaDAAmmwwAM5sMAHibDACEmwwAypsMANCbDAAcnAwALZwMAG6cDABwnAwAwJwMAMmcDAASnQwAH50MAGSdDABznQwAtp0MAMGdDAAIngwAFJ4MAFqeDABtngwArJ4MALueDAD+ngwACp8MAFCfDABRnwwAop8MAKyfDAD0nwwAAqAMAEagDABLoAwAmKAMAKWgDAAKNg8A96AMADyhDABKoQwAjqEMAJihDADgoQwA7qEMADKiDAA0ogwAhKIMAJWiDADWogwA5KIMACijDABXowwAeqMMAHyjDADMowwA1qMMAB6kDAAspAwAcKQMAHWkDADCpAwAz6QMABSlDAAgpQwAZqUMAHmlDAC4pQwAx6UMAAqmDAAWpgwAXKYMAF2mDACupgwAuKYMAACnDAAOpwwAUqcMAFenDACkpwwAsacMAFw2DwD4pwwASKgMAEqoDACaqAwAqagMAOyoDAD7qAwAPqkMAEqpDACQqQwAk6kMAOKpDADlqQwANKoMADqqDACGqgwAkqoMANiqDADbqgwAKqsMAC+rDAB8qwwAhasMAM6rDADUqwwAIKwMAC+sDAByrAwAfqwMAMSsDADUrAwAFq0MABitDABorQwAdq0MALqtDADLrQwArjYPABKuDABergwAaq4MAAA3DwDDrgwAAq8MABGvDABUrwwAYK8MAKavDACnrwwA+K8MAAKwDABKsAwAWLAMAJywDAChsAwA7rAMAPuwDABSNw8ATLEMAJKxDACcsQwA5LEMAA2yDAA2sgwAPbIMAIiyDAChsgwA2rIMAOmyDAAsswwAO7MMAH6zDACDswwA0LMMAN2zDAAitAwAL7QMAHS0DACAtAwAxrQMANW0DAAYtQwAIrUMAGq1DAB4tQwAvLUMAMG1DAAOtgwAG7YMAGC2DABstgwAsrYMAMW2DAAEtwwAE7cMAFa3DABitwwAqLcMAKm3DAD6twwABLgMAEy4DABauAwAnrgMAKO4DADwuAwA/bgMAKQ3DwBTuQwAlLkMAKW5DADmuQwA8rkMADi6DABPugwAiroMAIy6DADcugwA7boMAC67DAAxuwwAgLsMAIq7DADSuwwA1LsMACS8DAAuvAwAdrwMAIK8DADIvAwA1LwMABq9DAAtvQwAbL0MAHu9DAC+vQwAyr0MABC+DAARvgwAYr4MAGy+DAC0vgwAwr4MAAa/DAALvwwAWL8MAGW/DAD2Nw8ArL8MAPy/DAAGwAwATsAMAFbADABIOA8As8AMAPLADAD+wAwARMEMAFPBDACWwQwAn8EMAOjBDADywQwAOsIMAEjCDACMwgwAkcIMAN7CDADrwgwAMMMMADzDDACCwwwAlcMMANTDDADjwwwAJsQMADLEDAB4xAwAecQMAMrEDADUxAwAHMUMACrFDABuxQwAc8UMAMDFDADNxQwAmjgPABTGDABkxgwAbsYMALbGDAC+xgwA7DgPAA3HDABaxwwAcMcMAKzHDACtxwwA/scMAA/IDABQyAwAXMgMAKLIDACsyAwA9MgMAALJDABGyQwAS8kMAJjJDAClyQwA6skMAPbJDAA8ygwAT8oMAI7KDACdygwA4MoMAOzKDAAyywwAM8sMAITLDACOywwA1ssMAOTLDAAozAwALcwMAHrMDACHzAwAPjkPAM7MDAAezQwAKM0MAHDNDAB4zQwAkDkPANjNDAAUzgwAIM4MAGbODABrzgwAuM4MAMHODAAKzwwAFM8MAFzPDABozwwArs8MAMHPDAAA0AwAD9AMAFLQDABe0AwApNAMAKXQDAD20AwAANEMAEjRDABW0QwAmtEMAJ/RDADs0QwA+dEMAOI5DwBA0gwAkNIMAJrSDADi0gwA6tIMADQ6DwBB0wwAhtMMAJXTDADY0wwA49MMACrUDAA21AwAfNQMAIvUDADO1AwA7tQMACDVDAAs1QwActUMAHnVDADE1QwA0tUMABbWDAAb1gwAaNYMAHTWDAC61gwAzdYMAAzXDAAb1wwAXtcMAGrXDACw1wwAsdcMAALYDAAM2AwAVNgMAGLYDACm2AwAq9gMAPjYDAAF2QwAhjoPAEzZDACc2QwAptkMAO7ZDAD22QwA2DoPAF3aDACS2gwAo9oMAOTaDADw2gwANtsMAEnbDACI2wwAl9sMANrbDADm2wwALNwMAC3cDAB+3AwAiNwMANDcDADe3AwAIt0MACfdDAB03QwAgd0MACo7DwDI3QwAGN4MACLeDABq3gwAct4MAHw7DwDZ3gwADt8MAB/fDABg3wwAbN8MALLfDADF3wwABOAMABPgDABW4AwAYuAMAKjgDACp4AwA+uAMAAThDABM4QwAWuEMAJ7hDACj4QwA8OEMAP3hDADOOw8AROIMAJTiDACe4gwA5uIMAO7iDAAgPA8ASeMMAIrjDACe4wwA3OMMAODjDAAu5AwAMOQMAIDkDACU5AwA0uQMANXkDAAk5QwAQeUMAHblDACH5QwAyOUMANTlDAAa5gwALeYMAGzmDAB75gwAvuYMAMrmDAAQ5wwAEecMAGLnDABs5wwAtOcMAMLnDAAG6AwAC+gMAFjoDABl6AwAcjwPAKzoDAD86AwABukMAE7pDABW6QwAxDwPAKLpDADy6QwAAOoMAETqDABV6gwAFj0PAJ3qDABoPQ8A8OoMAAI/DwBA6wwAjOsMAJHrDADe6wwA4usMADDsDAA97AwAVD8PAIXsDAD08QwAjuwMANTsDADn7AwAJu0MACftDAB47QwAhO0MAMrtDADZ7QwAHO4MACbuDABu7gwAeu4MAMDuDADH7gwApj8PABrvDABk7wwAZu8MAOz6DABn7wwAMvQMAGrvDAC27wwAcO8MAHD2DABx7wwABFsNAMLvDAAI8AwAF/AMAFrwDABm8AwArPAMALrwDAD+8AwAGfEMAFDxDABc8QwAovEMAKnxDAD4Pw8AAfIMAEbyDABI8gwAmPIMAJnyDADq8gwA7fIMADzzDABH8wwAjvMMAJPzDADg8wwA6vMMAEpADwA/9AwAhPQMAIb0DADW9AwA1/QMACj1DAAr9QwAevUMAIX1DADM9QwA0fUMAB72DAAo9gwAnEAPAIP2DADC9gwAw/YMABT3DAAg9wwAZvcMAHX3DAC49wwAwvcMAAr4DAAW+AwAXPgMAGP4DADuQA8AtvgMAAD5DAAC+QwAUvkMAGH5DACk+QwArvkMAPb5DAD/+QwASPoMAEr6DACa+gwAq/oMAJJBDwD7+gwAPvsMAEj7DACQ+wwAmfsMAOL7DADk+wwANPwMAEX8DACG/AwAjvwMANj8DAD2/AwAKv0MADL9DAB8/QwAiP0MAM79DADh/QwAIP4MACH+DABy/gwAfv4MAMT+DADT/gwAFv8MACD/DABo/wwAdP8MALr/DADB/wwA5EEPAB0ADQBeAA0AbwANALAADQC4AA0AAgENAAkBDQBUAQ0AYgENAKYBDQC2AQ0A+AENAAgCDQBKAg0AZgINADZCDwCsAg0A7gINAPoCDQBAAw0ARgMNAJIDDQCgAw0A5AMNAPEDDQA2BA0ATQQNAIgEDQCQBA0A2gQNAOgEDQAsBQ0ANgUNAH4FDQCKBQ0A0AUNAOYFDQAiBg0AJQYNAHQGDQCQBg0AiEIPANYGDQAYBw0AIgcNAGoHDQByBw0AvAcNAMsHDQAOCA0AEwgNAGAIDQBtCA0AsggNALwIDQAECQ0ABgkNAFYJDQBkCQ0AqAkNALUJDQD6CQ0A/QkNANpCDwBXCg0AngoNAKgKDQDwCg0A+AoNAEILDQBRCw0AlAsNAJkLDQDmCw0A8wsNADgMDQBCDA0AigwNAIwMDQDcDA0A6gwNAC4NDQA7DQ0AgA0NAIMNDQAsQw8A1Q0NACQODQAwDg0Adg4NAH0ODQDIDg0A0A4NABoPDQAzDw0AbA8NAIAPDQC+Dw0A2g8NABAQDQAYEA0A0EMPAGoQDQAiRA8AwRANAAYRDQANEQ0AWBENAGARDQCqEQ0ArxENAPwRDQAMEg0AThINAFYSDQCgEg0ArhINAPISDQD/Eg0ARBMNAFETDQCWEw0AohMNAOgTDQDuEw0AOhQNAEIUDQCMFA0AmBQNAN4UDQDxFA0AMBUNAD8VDQCCFQ0AjhUNANQVDQDVFQ0AJhYNADAWDQB4Fg0AhhYNAMoWDQDPFg0AHBcNACkXDQB0RA8AcRcNAMAXDQDKFw0AEhgNABQYDQBkGA0AcxgNALYYDQDWGA0ACBkNABAZDQBaGQ0AZBkNAKwZDQCyGQ0A/hkNAAAaDQBQGg0AXxoNAKIaDQCuGg0A9BoNAPwaDQDGRA8AZBsNAJgbDQC2Gw0AGEUPAAMcDQA8HA0AQRwNAI4cDQCpHA0A4BwNAOwcDQAyHQ0AOh0NAGpFDwCXHQ0A1h0NAOUdDQAoHg0ANB4NAHoeDQB7Hg0AzB4NANYeDQAeHw0ALB8NAHAfDQB1Hw0Awh8NAM8fDQC8RQ8AGCANAGYgDQBoIA0AuCANALsgDQAKIQ0AEiENAFwhDQBmIQ0AriENALkhDQAAIg0ADCINAFIiDQBaIg0ADkYPALIiDQD2Ig0A/CINAEgjDQBUIw0AmiMNAKkjDQDsIw0A9iMNAD4kDQBGJA0AkCQNAJ8kDQDiJA0A5CQNADQlDQA9JQ0AhiUNAIklDQDYJQ0A5CUNAComDQAyJg0AYEYPAIwmDQDOJg0A1iYNACAnDQAqJw0AcicNAH0nDQDEJw0A0CcNABYoDQAeKA0AskYPAG0oDQC6KA0AyygNAAwpDQAdKQ0AXikNAGMpDQCwKQ0AtCkNAAIqDQAQKg0AVCoNAGEqDQCmKg0AvSoNAPgqDQAAKw0ASisNAFYrDQCcKw0ArysNAO4rDQD9Kw0AQCwNAEwsDQCSLA0AkywNAOQsDQDuLA0ANi0NAEQtDQCILQ0AjS0NANotDQDnLQ0ABEcPADIuDQB+Lg0AjC4NANAuDQDdLg0AIi8NADkvDQB0Lw0AfC8NAMYvDQDRLw0AGDANABowDQBqMA0AdzANALwwDQDDMA0ADjENAB8xDQBgMQ0AbjENALIxDQC/MQ0ABDINABsyDQBWMg0AXjINAKgyDQCtMg0A+jINAAozDQBMMw0AVDMNAJ4zDQCoMw0A8DMNAPszDQBCNA0ATjQNAJQ0DQCcNA0AqEcPAP80DQA4NQ0APTUNAIo1DQClNQ0A3DUNAOg1DQAuNg0ANjYNAPpHDwCTNg0A0jYNAOE2DQAkNw0AMDcNAHY3DQB3Nw0AyDcNANI3DQAaOA0AKDgNAGw4DQBxOA0AvjgNAMs4DQBMSA8AGDkNAGI5DQBkOQ0AtDkNAME5DQAGOg0ACzoNAFg6DQBiOg0AqjoNALU6DQD8Og0ACDsNAE47DQBUOw0AoDsNAKg7DQDyOw0A/jsNAEQ8DQBXPA0AljwNAKU8DQDoPA0A9DwNADo9DQA7PQ0AjD0NAJY9DQDePQ0A7D0NADA+DQA1Pg0Agj4NAI8+DQCeSA8A2T4NACY/DQA1Pw0AeD8NAIc/DQDKPw0A0z8NABxADQAiQA0AbkANAHRADQDAQA0AzEANABJBDQAZQQ0AZEENAIBBDQDwSA8AwEENAAhCDQAUQg0AWkINAF1CDQCsQg0AtkINAEJJDwAGQw0AlEkPAFhDDQDmSQ8AqkMNADhKDwD8Qw0ARkQNAEdEDQCkSw0AU0QNAJhEDQBaRA0AFEkNAF1EDQAMUg0AX0QNAJJVDQCZRA0A6kQNAABFDQA8RQ0AREUNAI5FDQCQRQ0AHkgNAJxFDQDgRQ0A6EUNAIpKDwDtRQ0AMkYNADVGDQCERg0AjkYNANZGDQDYRg0AKEcNADlHDQB6Rw0Ai0cNAMxHDQDURw0A3EoPACVIDQBwSA0Ad0gNAMJIDQDKSA0ALksPABZJDQBmSQ0AbEkNALhJDQDFSQ0ACkoNABJKDQBcSg0AXkoNAK5KDQC1Sg0AAEsNAAdLDQBSSw0AWksNAIBLDwCxSw0A9ksNAPdLDQBITA0AXkwNAJpMDQCiTA0A7EwNAO5MDQB8Tw0A+kwNAD5NDQBGTQ0A0ksPAEtNDQCQTQ0Ak00NAOJNDQDsTQ0ANE4NADZODQCGTg0Al04NANhODQDpTg0AKk8NADJPDQAkTA8Ag08NAM5PDQDVTw0AIFANAChQDQB2TA8AfFANAMRQDQDGUA0AFlENACdRDQBoUQ0AeVENALpRDQDCUQ0AyEwPABFSDQBqWQ0AGFINAF5SDQB0Ug0AsFINALhSDQACUw0AEFMNAFRTDQBhUw0AplMNAKlTDQD4Uw0AAlQNAEpUDQBMVA0AnFQNAK1UDQDuVA0A/1QNAEBVDQBIVQ0AGk0PAJtVDQDkVQ0A8VUNADZWDQA9Vg0AiFYNAJlWDQDaVg0A5lYNACxXDQA0Vw0AbE0PAItXDQDQVw0A01cNACJYDQAsWA0AdFgNAHZYDQDGWA0A11gNABhZDQApWQ0Avk0PAHJZDQC8WQ0A01kNAA5aDQAaWg0AYFoNAGpaDQCyWg0AuloNABBODwAFWw0AVlsNAGxbDQCoWw0AsFsNAPpbDQAIXA0ATFwNAFRcDQBiTg8AWVwNAJ5cDQChXA0A8FwNAPpcDQBCXQ0ARF0NAJRdDQClXQ0A5l0NAPddDQA4Xg0AQF4NALRODwCQXg0A3F4NAOFeDQAuXw0ASV8NAIBfDQCOXw0A0l8NANlfDQAkYA0AMGANAHZgDQB8YA0AyGANAMtgDQAaYQ0AJGENAGxhDQByYQ0AvmENAMBhDQAQYg0AGmINAGJiDQBuYg0AtGINAMtiDQAGYw0AGmMNAFhjDQB0Yw0AqmMNALJjDQAGTw8A/mMNAE5kDQBcZA0AoGQNALFkDQBYTw8A+WQNAKpPDwBSZQ0AlmUNAKBlDQDoZQ0A82UNADpmDQBCZg0AjGYNAJhmDQDeZg0A8WYNADBnDQA/Zw0AgmcNAI5nDQDUZw0A1WcNACZoDQAwaA0AeGgNAIZoDQDKaA0Az2gNABxpDQApaQ0ATlAPAHZpDQDAaQ0AymkNABJqDQAXag0AZGoNAGxqDQC2ag0AvGoNAAhrDQAUaw0AWmsNAGBrDQCsaw0AtWsNAP5rDQALbA0AUGwNAFhsDQCibA0Ao2wNAPRsDQD2bA0ARm0NAEltDQCYbQ0Am20NAPJQDwAAbg0APG4NAERuDQCObg0Amm4NAOBuDQDmbg0AMm8NADhvDQCEbw0AiW8NAChwDQCwbw0A1m8NAN5vDQCWUQ8ALnANAOhRDwCQcA0AzHANAM5wDQAecQ0AK3ENAHBxDQB3cQ0AwnENAMpxDQAUcg0AJHINAGZyDQBocg0AuHINAMZyDQAKcw0AG3MNAIxSDwBjcw0A3lIPALxzDQAAdA0ACnQNAFJ0DQBddA0ApHQNAKx0DQD2dA0AAnUNAEh1DQBbdQ0AmnUNAKh1DQDsdQ0A9nUNAD52DQBGdg0AkHYNAJ92DQDidg0A53YNADR3DQA7dw0AhncNAJJ3DQCCUw8AE3gNACp4DQBleA0AfHgNAIR4DQDUUw8A9ngNACB5DQAseQ0AcnkNAHh5DQDEeQ0AynkNABZ6DQAbeg0AaHoNAG56DQAmVA8Au3oNAAx7DQASew0AXnsNAGN7DQCwew0Av3sNAAJ8DQAOfA0AVHwNAFd8DQCmfA0AqXwNAPh8DQAAfQ0ASn0NAFl9DQCcfQ0AoX0NAO59DQAEfg0AQH4NAEF+DQCSfg0Ao34NAOR+DQDwfg0ANn8NAEB/DQCIfw0AlH8NANp/DQDhfw0AeFQPADyADQB+gA0AioANANCADQDfgA0AIoENADaBDQB0gQ0Ag4ENAMaBDQDXgQ0AGIINACSCDQDKVA8Ab4INALyCDQC+gg0ADoMNAB+DDQBuVQ8AbIMNALKDDQC4gw0ABIQNABCEDQBWhA0AXoQNAMBVDwCuhA0A+oQNAAaFDQBMhQ0AVIUNABJWDwCqhQ0A8IUNAPOFDQBChg0ATIYNAGRWDwCWhg0A5oYNAPSGDQA4hw0ASYcNAAhXDwCQhw0A3IcNAOiHDQBaVw8ANogNAICIDQCDiA0A0ogNAN6IDQAkiQ0AMIkNAHaJDQB+iQ0A/lcPANOJDQAaig0AJooNAGyKDQB0ig0AUFgPAMeKDQAQiw0AIYsNAGKLDQBziw0AtIsNALyLDQAGjA0ACYwNAFiMDQBijA0AqowNAKyMDQD8jA0AC40NAE6NDQBujQ0AoI0NAKiNDQDyjQ0A/I0NAESODQBKjg0Alo4NAJiODQDojg0A944NADqPDQBGjw0AolgPAJiPDQDejw0A/I8NADCQDQA2kA0AgpANAIuQDQDUkA0A4ZANACaRDQAukQ0AeJENAI6RDQDKkQ0AzJENABySDQA3kg0AbpINAHqSDQDAkg0AzZINAPRYDwAYkw0AZJMNAGyTDQC2kw0AzJMNAAiUDQANlA0AWpQNAGCUDQCslA0AuJQNAP6UDQAGlQ0ARlkPAF2VDQCilQ0AspUNAPSVDQD5lQ0ARpYNAEyWDQCYlg0ArpYNAOqWDQDslg0APJcNAEaXDQCOlw0AnJcNAOCXDQDllw0AMpgNAD+YDQCYWQ8Ak5gNANaYDQDfmA0AKJkNADKZDQB6mQ0AiJkNAMyZDQDRmQ0AHpoNACuaDQBwmg0AeJoNAMKaDQDSmg0AFJsNABabDQBmmw0AdJsNALibDQDJmw0A6lkPABGcDQA8Wg8AYZwNAK6cDQC0nA0AAJ0NAAidDQBSnQ0AXJ0NAKSdDQCmnQ0A9p0NAPmdDQBIng0AaJ4NAOBaDwCmng0A7J4NAPKeDQA+nw0ASp8NAJCfDQCYnw0AMlsPAO6fDQA0oA0AOqANAIagDQCSoA0A2KANAOCgDQCEWw8ALKENAHyhDQCKoQ0AzqENAN+hDQDWWw8ALaINAHKiDQCJog0AKFwPAM6iDQAWow0AIqMNAGijDQBrow0AuqMNAMSjDQB6XA8AEaQNAF6kDQBnpA0AsKQNAMGkDQACpQ0ACaUNAFSlDQBcpQ0ApqUNALOlDQD4pQ0A/aUNAEqmDQBUpg0AnKYNAKSmDQDupg0A/aYNAECnDQBFpw0AkqcNAKinDQDkpw0A5acNADaoDQBEqA0AiKgNAJmoDQDaqA0A5qgNACypDQA0qQ0AHl0PAIKpDQBIAQAAhqkNAF7sDgCKqQ0AYDsMANypDQCmCAAAKqoNAAStDQDJqw0AUikAABKsDQA+KwAAFK0NAKg5AACrrQ0AijwAAP2tDQCMRAAAoK4NAOobDQChrg0AHEcAAKWuDQCURgMAqK4NAPqhBgD0rg0AulgAAJivDQDQXgAA6q8NAKpqAACNsA0AEnEAAOuwDQC4eQAAMrENAOx8AACCsQ0AxIAAACyyDQC8iQAA57INABqzDQBgtQ0A4McAAFK2DQBo0wAApLYNAGDcAABItw0AeOoAAPS3DQBw8wAAXrgNAMLzAACOuA0AFPQAAOq4DQDY+QAAjLkNAHL7AADduQ0AQAABAJe6DQDmCAEA1roNAKoOAQA7uw0AbrsNANy7DQASvA0AGrwNAGS8DQBwvA0AthUBAL68DQBGGAEAdr0NAKy9DQC0vQ0A/r0NAAC+DQBSHwEAXL4NABYlAQD8vg0ADi4BAEjADQBmRgEA6MANAOxJAQD8wA0AcsEOAATBDQCGvw4AOMENANhLAQCWwQ0AFk4BANvBDQD4UAEALMINAORSAQAqww0A1GQBAIrDDQDCww0AysMNACZlAQAjxA0AZGcBALrFDQCygAEACMYNAFLGDQBixg0ABIEBAALHDQDchAEAUMcNAJrHDQCqxw0ALoUBAErIDQCCjQEAgsoNALYLAgCGyg0AUA0CAIrKDQCmogEAlsoNABYbAgAoyw0AsOwOACnLDQBGOQoALMsNAIilAQA8yw0AUGEKAHrLDQDeCg4AjssNANqlAQCeyw0AVh4PAMvLDQAspgEAzssNANjnCgB0zA0A+qoBAMbMDQBMqwEAbM0NAGKxAQALzg0AeLcBAK/ODQBQuwEA+84NAErPDQBWzw0A9LsBAEjQDQCS0A0AldANAIx6CwCe0A0AXMIBAPnQDQDsxAEAV9ENAIjRDQDe0Q0AvkwLAOrRDQCy0gEABNINAM7HAQA40g0A5M0BANzSDQBg0gEAgNMNAKjTAQDi0w0A+tMBAHrUDQCe1AEAxdQNAJTVAQDA1Q0Agt8BAF/WDQDSfQoAYtYNAFDkAQBk1g0AetYLAMLWDQD61g0AVNcNAJ7XDQBo1w0APu4BAKHXDQCaDgsAqNcNACwZCwCr1w0AyPkKALnXDQA85gEAv9cNAOQXCwBE2A0AZuoBAGrYDQB0lQsAotgNAADsAQDy2A0A9uwBADPcDQDm/gEAUukNALo8CwDw6Q0AzkQKAPbpDQD6oAIAK+sNAFy7DgAw6w0AzOsNAETrDQCu7g0ATOsNADS/DgBQ6w0AWrACAM7rDQA+lAoA0OsNAIYQCwDR6w0AUpEGANPrDQAorAcA1usNAKywAgDb6w0A/rACAN3rDQAG8AMAAOwNAGo4BAAW7g0Aur8CALbuDQAA7w0AAe8NAD69CgAK7w0AeHIMAA/vDQAMpA0AH+8NAP4uDwBc7w0AiMQCAEvwDQDu6wIATvANABJACQBP8A0AUNoCAFHwDQCUywIAUvANAAbRAgBU8A0A5sEDAFXwDQBE0wIAVvANALjgAgBX8A0AJM4CAFjwDQC8vQMAXvANACbWAgCD8A0A2HcNAH7zDQBWGwMAgvMNALzwAgCG8w0AZuIKANrzDQD68gIAEPYNAMQQAwBt9w0A6CUDABH4DQCELwMAu/gNAFwzAwD3+A0AfDgDAOf5DQAkSQMAM/sNADRgAwDR+w0ANmgDAIb8DQDG/A0Avv0NAPxrBAC//Q0AIIsDAMb9DQDChAcAY/4NAPiOAwBn/g0ALJMHAFn/DQAcpAMAVwAOAACvAwD/AA4ANLIDALABDgDmAQ4A7gEOADgCDgBHAg4AkrkDAOUCDgAufQoA6AIOALK+AwA2Aw4AgAMOAEoDDgAUug4AigMOAAS/AwAsBA4AdsQDAIUEDgBixgMAbwUOAODSAwBuBg4A0OQDALwGDgCwcQ4AIgcOAFgHDgBgBw4AqgcOALcHDgCe1gkAuwcOAAToAwC/CA4AjPMDAPgIDgCi+QMAnQkOAF4IBACiCQ4APCUIAKMJDgDCKAgApQkOAMofCAAECg4AOgoOAEIKDgCMCg4A4AoOACZTCwDmCg4AZroOAOgKDgBACwQA6goOACJiDAABCw4AlGcMAB4LDgAmcgwAOAsOACIOBACsCw4A1AsOADAMDgBCEwQA2QwOAKAaBABxDQ4ARiMEAM0NDgCGLQQAzw0OAIQlBADADg4AFjAEALsPDgCoOgQAARAOAHY/BAAAEQ4A1EYEAGIRDgCYEQ4AtBEOAOoRDgD5EQ4AHEgEAKATDgDWEw4A3hMOACgUDgA3FA4A+mMEAIMUDgBYawQAchUOAFpzBAB9FQ4ADm0HAMUVDgCOdgQAvRYOAJSOBADHFg4AkoYEABwYDgBSGA4AWhgOAKQYDgCpGA4A1qAEALMYDgDUmAQAmhoOAEy2BACPGw4AOsAEAEYcDgB8HA4AhBwOAM4cDgDUHA4AcMsEADYdDgD2zgQA2h0OANDaBAB3Hg4AlugEABsfDgBG8AQAzB8OAAIgDgAKIA4AVCAOAGMgDgDE/AQAZCAOACIEBQB9IA4ATAgFAAQhDgAYBQUAUiEOAJwhDgCmIQ4AagUFAK4iDgDkIg4A7CIOADYjDgA/Iw4AbhUFAJIjDgBaFwUASCQOAH4kDgCGJA4A0CQOANEkDgA+IgUA1SQOANZtBQDWJA4AGC4FAN0kDgCcKQUA3yQOAMwcBQDQJQ4ALCwFAMYmDgCWOgUAGCcOAMA+BQBmJw4Atj8FABIoDgC4RwUAxCgOAPooDgACKQ4ATCkOAFYpDgBoTwUAoSkOACJWBQBeKg4AlCoOAJwqDgDmKg4A8yoOAExaBQD1Kg4A6GMFAD0rDgAkXgUA5CsOAFppBQBALQ4Adi0OAH4tDgDILQ4A1y0OACB3BQDALw4A1I4FACIwDgBYMA4AdDAOAKowDgC3MA4AHJAFALwxDgDyMQ4A+jEOAEQyDgBHMg4AFqEFABwzDgCUrQUAjzMOAGKyBQCTMw4ADiYKAD00DgDKuAUAhTQOAKK8BQDUNQ4A+MwFACg2DgAY0gUAGjcOANwVCAAuNw4AOBUIAIA3DgC2Nw4AvjcOAAg4DgALOA4AyNkFAHY4DgCsOA4AtDgOAP44DgANOQ4ATt0FAFs5DgC24wUA7DoOAHT6BQCaOw4AkFcMAJ07DgAE/QUAnjsOAPZVDADsOw4A3AAGAPI8DgAoPQ4AMD0OAHo9DgCDPQ4AJgoGANY9DgASDAYAfz4OAMwSBgDbPg4AuhwGAGk/DgAOJQYADUAOAE4vBgCxQA4AKDsGAFxBDgCaQAYArkEOAM5DBgACQg4AAkcGAAhDDgA+Qw4ARkMOAJBDDgCfQw4ABlcGAOpDDgA0RA4AQ0QOANRbBgDnRA4AmGEGADdFDgCmcAYAOUUOAOJqBgA8Rg4AckYOAHpGDgDERg4AMkcOAGhHDgBwRw4AukcOAMdHDgCWggYAGUgOACaFBgBsSA4ArIgGAARJDgDCjgYAskkOAM6VBgBVSg4AqqkGAJVLDgBIuwYA6UsOAALCBgCNTA4A0s4GADFNDgD+2gYA1k0OAAriBgA+Tg4AdE4OAHxODgDGTg4A004OAJrkBgCGTw4AvE8OAMRPDgAOUA4AY1AOAMbwBgATUQ4AVvMGAMRRDgD6UQ4AAlIOAExSDgBWUg4A/PsGAKxSDgCW/QYA/1IOAGQCBwBMUw4AjgYHAAJUDgA4VA4AQFQOAIpUDgCcVQ4A0lUOANpVDgAkVg4A1FYOAOYeBwAiVw4AbFcOAG5XDgA4HwcAa1gOAD43BwBvWA4AmC4HAMJYDgBcNAcAB1kOAEg2BwC0WQ4AKjkHAP9ZDgAMPAcAqloOACxBBwD+Wg4AQkcHAKJbDgAkSgcA9FsOAHZKBwBWXA4AjFwOAJRcDgDeXA4A7VwOAAZNBwCPXQ4APFgHAORdDgCkXgcA5l4OABxfDgAkXw4Abl8OAH1fDgCcZwcAZ2AOALZgDgDQYA4AWHYHACRhDgBaYQ4AYmEOAKxhDgC7YQ4AMHoHADNiDgDKewcAvmIOAPRiDgD8Yg4ARmMOAKdjDgBQfwcASGQOALiFBwCgZA4A4okHADllDgBKCwgAPGUOAF6OBwCLZQ4AVI8HAIRmDgDyoAcA1mYOAFqnBwAlZw4AUKgHADBoDgBmaA4AbmgOALhoDgDEaA4AILUHABJpDgBcaQ4AYGkOAGi2BwC+aQ4AArgHAG5qDgCkag4ArGoOAPZqDgAeaw4AJMUHAE1rDgAwzAcAtmsOAArECQD0aw4APmwOAHRsDgBQ0QcABW0OADRtDgAtbg4AbO8HACdvDgBw/wcAcHAOALpwDgDTcQ4AihUIAGRyDgAGGggAAHMOACYfCACfdA4A+K4IAKF0DgDYLggAiHYOAEw8CADTdg4AWEMIANp2DgB2QAgAv3gOAOxVCAC+eQ4AfmAIAAJ7DgBMew4Ag3sOALZzCAAMfA4AQnwOAEp8DgCUfA4Ao3wOAGZ7CABAfQ4Ain0OAMF9DgBogwgANn4OAO6GCADOfw4AJpoIAMqADgDgoAgAwIEOAOKoCAAigg4ANKkIAGeCDgCGqQgAAYMOANCyCAD2gw4ARMAIAPKEDgD41wgAqIUOAN6FDgDmhQ4AMIYOADqGDgCK4ggA84cOAMDtCAAUiQ4AYAcJAG2JDgDSDAkACooOACYVCQBqig4AWhgJAK2LDgDGLgkABowOAEaMDgBFjQ4Agj0JAO2ODgDiTAkAf48OALBRCQDZjw4A5FQJAIyQDgDCkA4AypAOABSRDgBokQ4AOF0JAHiSDgCukg4AtpIOAACTDgAokw4AtmkJAK2TDgDMbwkA/pMOAEiUDgBWlA4AcHAJAKCUDgCucgkAS5UOAHx3CQCRlQ4AVHsJAI+WDgDwhAkAkpYOAJSFCQDblw4AEpIJACWYDgBakwkAf5gOAI6WCQDMmA4AHpkJADqZDgBomQ4AKJoOAO6lCQCGmg4AQKYJAK6bDgD4mw4AKpwOAEytCQAvnA4AqKwJAPCdDgAksQkARp4OAFi0CQCVng4AoLUJAIufDgC2uwkA1Z8OAI6/CQCToA4AxqAOAIahDgC8oQ4AxKEOAA6iDgAbog4AItIJAG2iDgAE1QkAEaMOAIDZCQDHow4A+qMOAF6kDgBksg4Aa6QOAJ6kDgBOpQ4AUOYJAFClDgAS5AkA+KUOADimDgCYpg4ASO8JAD6nDgB++gkAkqgOAMioDgDQqA4AGqkOAIqpDgAyEgoAZaoOAEgYCgBvqw4A5CEKAAysDgDmKQoAvKwOAPKsDgD6rA4ARK0OALKtDgDorQ4A8K0OADquDgDhrg4AuLoOAOauDgAwrw4A6K4OAMhqDAD6rg4ASOYOADqvDgDqOQoA2q8OAFw/CgDIsQ4AGE4KALeyDgAQVwoAuLMOAG5eCgDQsw4ATJkLAAa0DgBQtA4AbrQOAMBeCgDytQ4AnDUMAES2DgDuNQwAqrYOAOC2DgDotg4AMrcOAKS3DgCQawoAMLgOAFiqCgDKuQ4AdvoOANS6DgBqHA8A5LoOAAq7DgCIuw4ArrsOAG68DgCkvA4ArLwOAPa8DgBUvQ4AloMKALa9DgDsvQ4A9L0OAD6+DgCcvg4A/PILAPi+DgAIsgoANsAOADKNCgCWwA4Awo8KAHrBDgDEwQ4AHsIOAH5DDwBtww4AXpkKAHfDDgAWmAoAYMQOAOScCgAUxQ4ASsUOAFLFDgCcxQ4A68YOANylCgAqyQ4AXsIKAHbKDgBs0QoAassOAKDUCgCrzA4AAIgLAK7MDgCkXwsAsswOAI7eCgC4zA4ALJQLAFTNDgCezQ4AqM0OAFzjCgCwzg4A5s4OAO7ODgA4zw4A3s8OANrvCgAz0A4AYPMKACLSDgBE/goAdNIOAL7SDgDK0g4AeAELAG7TDgCsBAsADtQOAFjUDgBv1A4AzAkLACjZDgC+IwsAz9kOADooCwAR3A4AfkILAL7cDgD+3A4Ar90OAIJSCwCy3Q4AOlELAKbeDgDAVAsAOuAOAITgDgCH4A4AzFsLADThDgBSXwsAJuIOAHJkCwBJ4g4AligPAIziDgC6ZQsAF+MOAGbjDgAN5A4A+GcLABTkDgA2agsAsOUOAPpvCwCy5Q4AHtcLAFDmDgCa5g4AQOgOAHh8CwCG6Q4APooLAIvpDgASfgsAvOwOAGYBDADY7A4AIhsPAArtDgBU7Q4AV+0OADSLCwC27Q4AzowLAATuDgDEjQsAUu4OAJzuDgCm7g4AFo4LAArxDgC8lgsAk/EOALZ0DADR8Q4ABJgLACTzDgAknQsAcvMOALzzDgDV8w4AbJ4LABH0DgBg9A4A1vQOAOiiCwB69Q4A3qMLAB72DgAmpQsApvYOAPD2DgD69g4ArKgLAJX3DgAEPAwAmfgOAACxCwB7+g4AprkLAFr9DgCqyQsAZP0OALbQCwD4/w4ArtkLAEgADwCk2gsAlAAPAEjbCwDhAA8AkNwLANcBDwDO3gsA0gIPABwDDwB2Aw8AwAMPAGUEDwB+5gsAvgQPAAgFDwBiBQ8ArAUPAFMGDwBC7AsA/AYPAEYHDwCgBw8A6gcPAOgIDwBi8QsAPgkPAKryCwDeCQ8AKAoPADgKDwBE9AsA7woPAB4LDwDOCw8AovsLADgMDwBmDA8AeA0PAKQDDAASDw8AxAgMALYPDwAMCgwAWhAPAFQLDADuEA8ApgsMAAgSDwDQDwwALRIPAGoRDACEEg8AKDMPANcSDwD6EwwA2hIPAOYVDAAjEw8AchMPAI4TDwDEEw8AGRQPAGgUDwCEFA8AuhQPABQVDwBeFQ8AaBUPADgWDAC4FQ8AHFUPAAgWDwAGGwwABhcPADAfDABNFw8AwCEMAKQXDwB6Mw8ApxgPAAh1DABCGQ8ASC0MAMwcDwCg6QwADh4PADpHDAD9Hg8AOD8MAKofDwB2QQwAmCAPAE5FDADkIQ8ALiIPADgiDwBuSgwA4CIPAP5MDABhJg8A7FYMAMYmDwD8Jg8AaicPAKAnDwAAKA8AIFoMAMEoDwDoKA8AEykPADopDwBlKQ8AjCkPALcpDwDeKQ8AOCoPAIIqDwCHKg8Apl0MAHsrDwAOZAwAySwPANxoDAAVLQ8AZC0PAI8tDwC2LQ8ACy4PAFouDwCFLg8ArC4PAG8vDwCiLw8AEzAPAFhtDABPMA8AgnEMALcwDwDqMA8AljEPAOAxDwDwMQ8AbnMMAD4yDwBkdAwAmTIPAG5pDQC3Ng8ADK4MAAw3DwCwrgwA/jcPAKq/DACiOA8AEsYMAEY5DwDMzAwA6jkPAD7SDACOOg8AStkMADI7DwDG3QwA1jsPAELiDAB6PA8AqugMACI9DwCW6gwAgj0PALo9DwDCPQ8ADD4PAPZADwBAQQ8AXkEPAK74DAB8RA8AbhcNAOREDwBGGw0AdkUPAIQdDQDERQ8AFCANABVGDwCkIg0AZUYPAHwmDQDCRg8AaCgNACBHDwBWRw8AqkcPAOY0DQAGSA8AgDYNAGFIDwAQOQ0ApkgPANQ+DQBeSQ8A/kINAHpNDwB+Vw0AFk8PAPxjDQBkTw8A8mQNALJPDwD8Tw8AAFAPAERlDQBWUA8AoFAPAPpQDwBEUQ8A8FEPADpSDwCYUg8AXHMNAOZSDwAwUw8ANFMPAK5zDQBWVA8AunoNADNVDwBqgg0AwlUPAKiEDQAcVg8AnoUNAGxWDwC2Vg8AxlYPAJSGDQARVw8AiocNAF1XDwCsVw8ACFgPAMiJDQBgWA8AvooNAFRZDwBQlQ0A9lkPAAqcDQBEWg8AjloPAJ5aDwBcnA0ANlsPAOKfDQCUWw8AKqENAORbDwAgog0AMFwPAMSiDQB9XA8AzFwPAA==","fail":"AAAAAAAAAAACgwAAXqEBAD7PAABuNAYA4hcCAB7gBgAI4wEA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAA5oMBADiEAQCKhAEA3IQBAAAAAAAI4wEA2JUKAPawBwAujwAAxg0AAAjjAQA+QgoAkEIKAOJCCgA0QwoAavoBAGBkDAC8yQoAXo0DAAAAAABuNAYA4hcCAOIXAgAsngoAtAMCAAYEAgCWeQsAqJgLAOaiAgA4owIA/A4BABLEBAC6WwwALJ4KAAjjAQAQvAQAXqsAALCrAAACrAAAVKwAAKasAADGDQAACOMBAOakCgD4PQcA4hcCANogAgDu1wQACrkGAAAAAABuNAYACOMBAGaQCgCQsQMATgUCAMBJCADa9wEAAoMAAOoOAgAIxwwAWscMAFCIAgB6JQAACOMBADC4CQCCuAkAJkYAAO6uBAAujwAAgI8AAEiRAgAOjAgAYIwIAAjjAQDYlQoA9rAHAC6PAADGDQAACOMBAD5CCgCQQgoA4kIKADRDCgC+0QoAENIKAFIAAABSAAAALroIAOIXAgAmRgAACOMBAL7RCgDYnQEAAAAAAC6PAABOBQIAxg0AAHgdAABiFwAAHuAGAHDgBgAwwAAAgsAAANTAAABCywIARNMCAJbTAgCoMQkAWBgAALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAC+0QoAENIKAFIAAABSAAAA0H0BAELqAwAujwAADKsAAOIXAgA0GAIAjr4FAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAFrEAABKNAgAnDQIAAAAAAAOigAArnABAOIXAgDaIAIAxg0AAAjjAQDQfQEAQuoDAJTqAwBSAAAALoUBAICFAQDShQEAJIYBAHaGAQDIhgEAGocBAAAAAABCywIA7usCANidAQAqngEAfJ4BAB4UCgCcSQoA7kkKAD5CCgCQQgoA4kIKADRDCgBq+gEAgrgJALIkAgBWOwgAqDsIAPo7CAAe4AYACOMBAG40BgDyRAgACOMBAJZ5CwA66wwAykYAABxHAABuRwAAwEcAABJIAABkSAAAAAAAAMBJCABybgoAvtEKAHgdAADKHQAAHB4AAG4eAADAHgAAEh8AAEo0CACcNAgAAAAAAA6KAAAujwAAxg0AAJhgAgD0awkAHuAGAAjjAQC+0QoAFi8AAGgvAAC6LwAADDAAAIYGDADa9wEAAoMAAF6hAQB4HQAAHuAGAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAALQDAgAGBAIA2vcBACz4AQB++AEA0PgBAD5CCgCQQgoABhgAAFgYAAC4kAoAqG8LAEgBAACaAQAA7AEAAD4CAACQAgAAPs8AABADAgBeoQEACOMBAGaQCgAwOwEAgjsBAEiRAgCucAEAHuAGAIRQDABmkAoAuJAKAKhvCwBIAQAAmgEAAOwBAAA+AgAAhgYMANr3AQACgwAAXqEBAHgdAAAe4AYACOMBAOakCgAwwAAAgsAAANTAAAAmwQAAeMEAAMrBAAAcwgAAbsIAAMDCAAASwwAAZMMAALbDAAAIxAAAtAMCAAYEAgDa9wEALPgBAH74AQDQ+AEAPkIKAJBCCgAGGAAAWBgAALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAA+zwAAEAMCAF6hAQAI4wEAZpAKADA7AQCCOwEASJECAK5wAQAe4AYAhFAMAAKDAABeoQEAoCQDAELLAgDu6wIAFi8AAGgvAAC6LwAADDAAAIYGDADGDQAAeB0AAModAAAcHgAAbh4AAMAeAACGBgwAeiUAAFbABwDiFwIAMFwKAJhgAgCGBgwA/A4BAF7qBgDGDQAA2J0BAMpvAAAIVgsA7CIJALZVCwAkzgIAXqsAALCrAAACrAAAVKwAAKasAAD4rAAAZpAKALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAD8DgEAHLgBAMYNAACYYAIACOMBANr3AQBadQwA5qQKADyVBQC+0QoAWiMMAO6uBABArwQAAHEBAAAAAAAMqwAADKsAAC6PAADGDQAA2J0BAAjjAQDYlQoAhFAMAGIXAACcFAMALo8AAB7gBgAI4wEAWuMBAGChCgDiFwIACOMBAA6KAADGDQAAeB0AAAjjAQAAAAAAYhcAAOA4AgCw1ggAtBcAAD7PAABiFwAACOMBANiVCgBw4AYA9qcMAEioDADa9wEAAoMAAF6hAQB4HQAAAAAAAOIXAgBOBQIAAoMAAFSDAACmgwAA+IMAAEqEAACchAAAaCUBAB7gBgCEUAwAYhcAAJwUAwAujwAAHuAGAE4FAgAujwAAgI8AANzgAAAIsAIA2vcBAAKDAAAKuQYATgUCAB7gBgDa9wEATgUCAC6PAACAjwAA3OAAAAiwAgAOigAA2vcBANB9AQBC6gMADKsAAAjjAQDgOAIAMjkCAIQ5AgAI4wEASjQIAJw0CAAmRgAA7q4EAECvBAAujwAASJECAJqRAgDskQIACOMBAB4UCgCcSQoA7kkKAD5CCgCQQgoA4kIKADRDCgDmpAoA+D0HAEo+BwAifgEAPs8AAC6PAABiFwAAtBcAAKo3AQD8NwEAxg0AADjOCgBSAAAAUgAAAC66CADiFwIAJkYAAPRrCQAe4AYATgUCAAKDAAAwwAAAgsAAANTAAABOBQIA/A4BAE4PAQACzQkAAAAAANB9AQBC6gMALo8AAGIXAAAmRgAACOMBANiVCgD2sAcALo8AAMYNAAAI4wEAPkIKAJBCCgDiQgoANEMKAL7RCgAQ0goAUgAAAFIAAAAuuggA4hcCACZGAAAI4wEA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAArMQAADA7AQCCOwEAJkYAAKQVAgAMqwAAoLMBAGptCwAI4wEASjQIAJw0CAAAAAAADooAAC6PAADGDQAAmGACAPRrCQAe4AYACOMBANr3AQAsngoACOMBAL7RCgB4HQAAyh0AABweAABuHgAADooAACZGAAB4RgAAykYAAGIXAAAmRgAANEwFAAyrAABolgIA8CYCADRMBQBuNAYA8kQIAAjjAQBmkAoA0H0BAA6KAACQ7gEArnABAABxAQAI4wEAAoMAADDAAACCwAAAztEAAOakCgAwwAAAgsAAANTAAAAmwQAAeMEAAMrBAAAcwgAAbsIAAMDCAAASwwAAZMMAALbDAAAIxAAAWsQAAEo0CACcNAgAAAAAAA6KAACucAEA4hcCANogAgAAAAAA4hcCAOwDCADyRAgAkO4BAFIAAACkAAAA9gAAAAjjAQAAAAAAUgAAAKQAAAD2AAAASAEAAJoBAADsAQAAPgIAADy9AQCOvQEAELwEAGiWAgC6lgIADJcCAPg+CwBKPwsAnD8LAD7PAACucAEA0jQFAHhGAACq0woAzlgIACZGAAAI4wEA5qQKALpbDAAsngoACOMBAGaQCgC4kAoAqG8LAEgBAACaAQAA7AEAAD4CAACQAgAAELwEAGK8BAC0vAQAeiUAAFbABwCQ7gEADooAAOIXAgDaIAIA4hcCAAjjAQAQvAQAXqsAALCrAAACrAAAVKwAAKasAAD4rAAAvtEKAHgdAABiFwAAJkYAAAjjAQDmpAoAMMAAAILAAADUwAAAtAMCAAYEAgDa9wEALPgBAH74AQDQ+AEAPkIKAJBCCgAGGAAAWBgAALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAAeFAoAnEkKAO5JCgC+0QoAeB0AAAAAAAACgwAAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAHolAADkpAEANqUBAIilAQC6BwQA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAA5oMBADiEAQCKhAEA3IQBALIkAgBWOwgAqDsIAPo7CABMPAgAnjwIAPA8CADmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAPRrCQAOigAAxg0AACB2AQAAcQEAkO4BAAjjAQD8DgEAXuoGAGrSBQDASQgAAoMAALpbDACcFAMAXo0DAPwOAQAI4wEAAAAAAAyrAACgswEAYmwMALRsDABiFwAAsiQCAAQlAgBWJQIAYAUBAELLAgBgBQEAAoMAADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAAB6JQAA5KQBADalAQCIpQEAAAAAAG40BgDyRAgAkO4BAOLuAQDGDQAAeB0AAGrSBQB0qAUAxqgFADxPDADSNAUAnB4CAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA5sEDADjCAwCKwgMA3MIDAC7DAwCAwwMA0sMDACTEAwB2xAMAmpMKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAAHEBAModAAAcHgAAbh4AAMAeAADaIAIAgI8AANzgAAAIsAIA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAA5oMBADiEAQCKhAEA3IQBAE4FAgDiFwIA2iACACwhAgAMAA0Axg0AAHgdAAAe4AYACOMBAIYGDACC7AwA0H0BACJ+AQB0fgEAxn4BABh/AQBqfwEAPs8AABADAgBeoQEACOMBAEo0CACcNAgA7jQIAEA1CACSNQgA5DUIAAjjAQAOigAAxg0AACB2AQAAcQEAkO4BAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAFrEAAD8DgEAXuoGAGrSBQDASQgAAoMAALpbDACcFAMAXo0DACZGAABOBQIAAoMAAPg9BwBKPgcAIn4BAD7PAAAujwAAHuAGAAjjAQCGBgwA4hcCAOwDCADa9wEAAoMAANr3AQDQfQEAxgYNAAKDAAAwwAAAgsAAANTAAAAmwQAAeMEAAMrBAAAcwgAAbsIAAMDCAAASwwAAZMMAALbDAAAIxAAALo8AAICPAADc4AAACLACAFSDAACmgwAA+IMAAEqEAACchAAANnwBAIh8AQDafAEALH0BAH59AQCEUAwAgI8AANzgAAAIsAIAONYBAAyrAAAujwAAUgAAACZGAAA0TAUAbjQGAAjjAQDA+AsAAAAAAAAAAAAAAAAAugcEAEo0CACcNAgA7tcEAF6hAQAYDgAA8kQIAELLAgD4CAAADooAAMYNAAB4HQAAyh0AAGIXAACyJAIABCUCAFYlAgCwUQkAAlIJAFRSCQBmkAoAuJAKAKhvCwBIAQAAmgEAAOwBAAA+AgAAkAIAAD5CCgCQQgoA4kIKADRDCgDmpAoA+D0HAEo+BwAifgEAPs8AAC6PAAAe4AYAYhcAALQXAAAGGAAA5qQKAEiyCwCmgwAA+IMAAEqEAACchAAA7oQAAJZ5CwComAsAnvUKAJZ5CwA66wwArnABAF6NAwCwjQMASJECAMBJCACq0woAxg0AAJhgAgA+zwAArnABANI0BQB4RgAACOMBAEo0CAA0GAIA2vcBANr3AQCucAEA0jQFAPwOAQAAAAAACOMBAFrjAQCs4wEA/uMBAFDkAQAI4wEAZpAKANB9AQDGBg0AAoMAAF6hAQB4HQAAELwEAMBJCABybgoAatIFAOA4AgAI4wEALJ4KAG40BgDOWAgA4hcCAAjjAQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAL7RCgB4HQAAlHELACZGAAA0TAUAAHEBAJDuAQAAAAAAYhcAAEiRAgCakQIA7JECAELqAwAe4AYAcOAGAFSDAACmgwAA+IMAAEqEAACchAAAeq0LADI5AgCEOQIArnABAK5wAQCQ7gEAYhcAALIkAgBGVwcADooAAOIXAgDaIAIATucEAPawBwAujwAAxg0AAHCuCwC0FwAAqjcBAPwOAQASxAQA8CYCAAyrAAAe4AYAhFAMAGIXAACcFAMALo8AAAAAAABuNAYAkO4BAK5wAQAAcQEACOMBAFrjAQCs4wEA/uMBAFDkAQBa4wEAYKEKAOIXAgAI4wEADooAAMYNAAB4HQAAyh0AAAjjAQBa4wEArOMBAP7jAQBQ5AEAWuMBAGChCgDiFwIACOMBAA6KAADGDQAAeB0AAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAFrEAADmgwEAOIQBAIqEAQDchAEACOMBAA6KAADGDQAAeB0AAModAABiFwAAsiQCAAQlAgBIkQIADowIAGCMCAAwXAoAIHYBAG40BgDyRAgArnABAABxAQCcFAMAIuUDABy4AQD8DgEACOMBAL7RCgAQ0goAUgAAAFIAAAAuuggA4hcCACZGAAD0awkAHuAGAAjjAQDmpAoAxIMMAK5wAQAI4wEASJECAA6MCABgjAgAMFwKACB2AQBuNAYA8kQIAAjjAQAeFAoAAAAAAMYNAADYnQEAKp4BAELLAgDGDQAAoCQDAAjjAQBKNAgA7AMIAM5YCAAmRgAANEwFAABxAQAujwAAxg0AAMYNAADYnQEAeB0AAModAAA0TAUAbjQGAPJECAAujwAAgI8AANzgAAAIsAIAAoMAAK5wAQDGBg0AQssCAFDaAgAmPgkAqMELAPrBCwBMwgsAnsILAPDCCwBCwwsAlMMLADQYAgCGGAIA2BgCAHolAADkpAEANqUBAIilAQCEUAwAgI8AANzgAAAIsAIAAAAAAAKDAABIkQIAmpECAOoOAgDQfQEAAoMAALpbDACQ7gEA6g4CAAKDAABeoQEAsKEBAAKiAQBUogEApqIBAPiiAQBKowEAnKMBAO6jAQBApAEAkqQBAG40BgD8DgEAUgAAAKQAAAA2SQIAPE8MAI5PDAAYDgAA8kQIAHolAADkpAEANqUBAEY5CgCYOQoADooAANB9AQAmRgAANEwFAFIAAADQfQEAxgYNABgHDQDkpAEANqUBAEY5CgCYOQoAeB0AAModAADc4AAACLACAAAAAAAI4wEA2vcBACz4AQB++AEA0PgBACL5AQB0+QEAxvkBAC6PAACuRwEAouQBAPTkAQBG5QEAmOUBAOrlAQAwuAkAYGQMAABIAQBSSAEApEgBAPZIAQBISQEAmkkBALQDAgAGBAIAMLgJAGBkDACi5AEA9OQBAEblAQCY5QEA6uUBAFzECQDQfQEAxgYNABgHDQBqBw0AvAcNAOr8CwAgZAsACOMBAEo0CAA8TwwATAoNAJ4KDQDwCg0AXMQJAK7ECQBa4wEArOMBAP7jAQBQ5AEAAAAAAM5jCwAI4wEASjQIADxPDABMCg0AngoNAPAKDQBcxAkArsQJAFrjAQCs4wEA/uMBAFDkAQBa4wEArOMBAP7jAQBQ5AEA2qUBALoHBAD2VQwASFYMAJpWDADsVgwAPlcMAAAAAAAOigAAYIoAAJwUAwDSNAUA6g4CAEDaDAAe4AYA4DgCAA6KAABgigAAnBQDANI0BQDqDgIAOOMMAOIXAgA0GAIAjr4FAF7qBgA+zwAAbjQGAOIXAgDgOAIA6g4CAAKDAABeoQEAsKEBAAKiAQBUogEApqIBAPiiAQBKowEAnKMBAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAAAAAAeiUAAOSkAQA2pQEAiKUBAFIAAADmmQcAatIFACZGAAD0awkASJECAJqRAgDskQIAPpICAJCSAgDGDQAACOMBAJZ5CwComAsAnvUKANr3AQBadQwAAAAAAOakCgDYWAwAKlkMAHxZDADOWQwAIFoMAHJaDADEWgwAMLgJAICPAADc4AAACLACAELLAgAAAAAAbjQGACZGAABCywIADKsAAKCzAQDyswEARLQBAJa0AQDotAEA2iACAE7nBAAI4wEADooAAMYNAAAgdgEAAHEBAJDuAQAI4wEA6vwLACBkCwAwuAkAAAAAANB9AQAAAAAADooAAAKDAAD4PQcAAAAAAAAAAAAOigAAJkYAAAjjAQA+zwAAEAMCAF6hAQAI4wEAMLgJAAAAAAAOigAAAoMAAMBJCACq0woAzlgIACBZCAByWQgAxFkIANr3AQAWWggAaFoIALpaCADa9wEAELwEAGK8BAC0vAQAgpoMANSaDAAmmwwAELwEAGK8BAC0vAQAgpoMANSaDAAmmwwAAoMAALpbDAAAAAAACOMBAJDuAQDi7gEANO8BAAAAAAAmRgAA9GsJAOrdCgA83goA6g4CAOZ7CgA4fAoALJ4KACZGAAD0awkA6t0KADzeCgDqDgIAPA8CADQYAgCGGAIA2BgCACoZAgDGDQAA7q4EAFCzCgCGGAIA2BgCACoZAgAmRgAAeEYAAOIXAgDsAwgAPs8AAAAAAADiFwIA2iACAJSsAQC49QQAatIFACZGAADGDQAA6g4CALgTAgAKFAIAXBQCAK4UAgAAFQIAUhUCACZGAACkFQIA+jwMAHhGAADiFwIA7AMIAG40BgDqDgIAuBMCAHhGAADiFwIA7AMIAD7PAAAAAAAAAoMAAK5wAQBejQMAeB0AAE4FAgAujwAAgI8AANzgAAAIsAIA6g4CALgTAgB4RgAA4hcCAOwDCAA+zwAA6g4CALgTAgB4RgAA4hcCAOwDCAAsngoAUgAAAOaZBwAujwAAgI8AANzgAAAIsAIALo8AAHolAADMJQAAgI8AANogAgBiFwAADKsAAC6PAAAujwAAgI8AANzgAAAIsAIAAoMAAI6+BQBe6gYALo8AAICPAADc4AAACLACACZGAAAmRgAA7q4EAECvBADa9wEALPgBAH74AQD0awkALo8AAICPAADc4AAACLACAPwOAQBe6gYAJkYAAHhGAACq0woAHuAGAIRQDACAjwAA3OAAAAiwAgDQfQEA0H0BAFIAAAAuuggArnABAABxAQCsKwMA/isDAJJzCgDaIAIArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAOIXAgDaIAIALCECAH4hAgDQIQIAIiICAHQiAgDGIgIAGCMCAGojAgCuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAAAAAAC6PAAAsngoALo8AAICPAADc4AAACLACAB7gBgCEUAwArkcBAISYDQCAjwAA3OAAAAiwAgAAAAAALo8AAICPAADsAwgAHuAGAPoSCABIkQIArnABAF6NAwAgdgEAbjQGAPJECAAujwAAgI8AANzgAAAIsAIA2vcBAG40BgDOWAgAYIoAACqUAgDQfQEAIn4BAAyrAABolgIAupYCAMYGDQCAjwAA3OAAAAiwAgC6WwwAkO4BAOwiCQAujwAAgI8AANzgAAAIsAIA4hcCAJDuAQAOigAA/A4BAF7qBgBiFwAAJkYAAPRrCQCScwoA3OAAAAiwAgBuNAYAzlgIACZGAACkFQIAeiUAANr3AQBuNAYAzlgIAGCKAAAqlAIAxg0AAHgdAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAAoMAAF6hAQCwoQEAFi8AAGiWAgBeoQEAmGACAPRrCQCuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA9rAHAMA0BgASNQYAVrYIAKi2CAD6tggATLcIAJ63CADwtwgALo8AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQBq0gUAdKgFAMaoBQAwXAoAIHYBAG40BgDyRAgALo8AAICPAADc4AAACLACACZGAAACgwAAVIMAAOA4AgBuNAYASJECAA6MCABgjAgAeiUAANB9AQAifgEAPs8AAC6PAACAjwAA3OAAAAiwAgA0TAUAhkwFAHTlAwDQfQEAxgYNAPwOAQBe6gYAYhcAACZGAAD0awkAHuAGAIRQDACAjwAA3OAAAAiwAgDGDQAAOM4KAFIAAABSAAAALroIAOIXAgAmRgAA9GsJAB7gBgD2sAcAwDQGABI1BgBWtggAqLYIAPq2CABMtwgAnrcIAPC3CAAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBANB9AQDQfQEAxgYNAJDuAQDKZwkA+D0HAAKDAAA2SQIAiEkCANpJAgAsSgIAfkoCANBKAgAiSwIAdEsCAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDiFwIANBgCACyeCgCucAEAAHEBAB47AgBwOwIAwjsCALxMAgAOTQIAYE0CALJNAgAETgIAVk4CAKhOAgD6TgIATE8CAJ5PAgDwTwIAQlACAJRQAgDmUAIAOFECAIpRAgDcUQIALlICAIBSAgD8DgEA2vcBAFp1DACAjwAAeiUAAGChCgDiFwIA/A4BABLEBADwJgIA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDyRAgADKsAAHSoBQDGqAUAGKkFAGqpBQC8qQUADqoFAPwOAQBODwEAAs0JAPoSCACcAg0AVsAHAAyrAABolgIA8CYCADRMBQBuNAYA8kQIAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAAAAAAAKDAAD4PQcADooAAC6PAAAujwAAgI8AANzgAAAIsAIAHuAGAIRQDAB6JQAAVsAHAOKzCwAujwAAHuAGAAKDAAD4PQcASj4HAJw+BwCWeQsAqJgLAJ71CgDmpAoAPJUFAPwOAQBe6gYAsOoGANr3AQBadQwAgI8AAAjjAQBa4wEADAANAGCKAADehAoAJkYAADRMBQBuNAYA8kQIAA6KAABgigAAKpQCAHyUAgDOlAIAIJUCAHKVAgDElQIAFpYCALo8CwAMPQsAXj0LALA9CwACPgsAVD4LAG40BgAI4wEAWuMBAMwlAAA+zwAACOMBAOakCgA4pQoAiEkCANpJAgAsSgIAfkoCANBKAgAiSwIAxg0AAAjjAQCWeQsAqJgLAJ71CgBa4wEADAANAGCKAADehAoAJkYAADRMBQBuNAYA8kQIALpbDABiFwAAtBcAAKo3AQAY+gEASjQIAJw0CABO5wQAhFAMAGrSBQBeqwAA0lICADZJAgDaIAIA7AMIAD6cAQCWeQsAELwEACyeCgB+ngoA0J4KACKfCgB0nwoALo8AAICPAADc4AAACLACAGIXAAAmRgAAAoMAAPAmAgA0TAUAbjQGAPJECAAujwAAgI8AANzgAAAIsAIAiq8JAFbABwDiswsAHjsCAAjjAQC+0QoAULECAPwOAQDa9wEAbjQGAK5wAQDacgIAAoMAAPAmAgA0TAUAbjQGAPJECAAI4wEAMLgJAICPAADc4AAACLACAFrjAQCs4wEA/uMBAFDkAQAAAAAACOMBAB4UCgBwFAoAMEgMAIJIDADUSAwAJkkMAJa0AQDwJgIANEwFANr3AQDQfQEAxgYNAJZ5CwCcHgIA7h4CAEAfAgAQvAQAaJYCAIyrAgDeqwIAMKwCAIKsAgDUrAIAuLcCAAq4AgBcuAIArrgCAAC5AgBSuQIApLkCAPa5AgBIugIAmroCAAAAAAAOigAAYIoAACqUAgB8lAIAzpQCACCVAgBylQIAxJUCABC8BABolgIAjKsCAN6rAgAwrAIAgqwCANSsAgAOigAAxg0AAJZ5CwComAsA5qICADijAgD8DgEAEsQEALpbDAA+QgoAkEIKAOJCCgA0QwoAavoBAIK4CQDUuAkAzlgIAJDuAQD8DgEAopIBAF6NAwDYnQEAIHYBAABxAQCQ7gEACOMBAEo0CACcNAgAJkYAAA6KAADiFwIA2JUKAIRQDABq0gUAXqsAANJSAgA2SQIA2iACAE7nBAAI4wEA5qQKALpbDAAe4AYACOMBAD5CCgCQQgoA4kIKADRDCgAOigAAxg0AAHgdAAAeFAoAcBQKAFJxAQCkcQEA9nEBAEhyAQCacgEA1I0BAG40BgDANAYAEjUGAFa2CACotggA+rYIAEy3CACetwgAIuUDAHTlAwDG5QMAGOYDAGrmAwC85gMAHuAGAAjjAQDmpAoAulsMAB7gBgAI4wEAPkIKAJBCCgDiQgoANEMKAA6KAADGDQAAeB0AAL7RCgBQsQIAorECAPSxAgBGsgIAmLICAMafCgAYoAoAaqAKALygCgAOoQoAulsMAJwUAwAMqwAAQssCABJACQCCCgoA1AoKACYLCgB4CwoAygsKABwMCgCmCwwAgI8AANzgAAAIsAIACOMBAG40BgDOWAgAJkYAAAjjAQBuNAYAeiUAAAjjAQDa9wEAbjQGAM5YCABgigAAKpQCAEo0CAA0GAIA+EYCAEpHAgD0awkARmwJAJhsCQAmRgAACOMBAJZ5CwComAsAnvUKAOakCgAKuQYAHuAGAAjjAQA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQC+0QoAENIKAGLSCgC00goA7q4EAFCzCgCiswoA/BoIAAjjAQA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQD8DgEAHLgBAG64AQDAuAEAErkBAGS5AQC2uQEALJ4KAAjjAQA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQDYlQoAKpYKAEiRAgCucAEAHuAGAIRQDAA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQCucAEA2nICAAjjAQBmkAoALroIAK5wAQAAcQEArCsDAP4rAwCScwoACOMBANiVCgCEUAwAgI8AANogAgAsIQIAfiECANAhAgAiIgIAdCICAMYiAgDmpAoA2FgMACpZDAAgdgEAcnYBAMR2AQD8DgEAXuoGAGIXAAAmRgAACOMBAJZ5CwComAsAnvUKADC4CQCCuAkAJkYAAO6uBAAsngoACOMBAB4UCgBwFAoAwhQKAD5CCgCcFAMA7hQDAEAVAwD8DgEAEsQEANB9AQBC6gMADKsAAC6PAADa9wEAbjQGAM5YCABgigAAKpQCAMYNAAAI4wEAbjQGAM5YCAAmRgAACOMBAG40BgB6JQAACOMBAEo0CAA0GAIA+EYCAEpHAgAmRgAA9GsJAJDuAQDsIgkAgI8AAAjjAQDYlQoAKpYKAEiRAgCucAEAHuAGAIRQDADa9wEALJ4KAAjjAQBcPQIArj0CAAA+AgDgOAIAMjkCAB7gBgAI4wEA5qQKAPAmAgBgBQEAsgUBAGiWAgC6lgIADJcCAPg+CwBKPwsAnD8LAO4/CwBAQAsAkkALAORACwA2QQsAiEELANpBCwAsQgsAfkILANBCCwAiQwsAdEMLAMZDCwAYRAsAakQLALxECwAORQsAYEULALJFCwAERgsAVkYLAKhGCwD6RgsATEcLAJ5HCwDwRwsAQkgLAJRICwDmSAsAOEkLAIpJCwDcSQsALkoLAIBKCwCucAEAAHEBAB47AgBwOwIAwjsCAEL0AgCU9AIA5vQCADj1AgCK9QIA3PUCAC72AgCA9gIA0vYCACT3AgB29wIAyPcCABr4AgDYlQoAcOAGAPanDABIqAwA2vcBAAKDAABeoQEAeB0AAL7RCgBQsQIAEl8KAGRfCgC2XwoACGAKAAjjAQAeFAoAnEkKAO5JCgC+0QoAWiMMAKwjDAA2SQIAJkYAADRMBQAAcQEAkO4BAAjjAQAOigAAsvsBAA6KAAAmRgAAJkYAADRMBQAAcQEAkO4BAAjjAQDYlQoA9rAHAD7PAAAeFAoAcBQKAMIUCgBKNAgAnDQIABJdAgC80gUASJECAA6MCABgjAgALJ4KAAjjAQD8DgEATg8BAALNCQACgwAACrkGAPoSCAAAcQEAkO4BAAjjAQBKNAgAnDQIAE7nBACg5wQA8ucEADJEBQAeFAoAnEkKAO5JCgDQfQEAIn4BAOBXAwAyWAMAhFgDANZYAwAoWQMAelkDAJZ5CwA66wwAykYAAJRGAwDmRgMAOEcDAIpHAwBeoQEAeB0AAJRxCwAI4wEAHhQKAHAUCgDCFAoA/A4BAF7qBgCw6gYATg8BAOIXAgAeFAoAnEkKAO5JCgAeFAoAcBQKAMIUCgDuIAoAQCEKAJIhCgBmkAoAMDsBAII7AQDaxgoALMcKAH7HCgDQxwoACOMBAG40BgB6JQAACOMBAL7RCgBaIwwArCMMADZJAgAmRgAANEwFAABxAQCQ7gEACOMBAA6KAABERQgAlkUIAOhFCAA6RggAjEYIAN5GCAAwRwgAgkcIAJZ5CwComAsAnvUKAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAADmpAoA8CYCAG40BgDyRAgACOMBAL7RCgAYDgAAZtcHALjXBwAK2AcAXNgHAAjjAQBSAAAAJkYAADRMBQAAcQEAkO4BAAjjAQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMA5AIJADYDCQBuNAYA8kQIAAjjAQAOigAAYIoAAJwUAwA41gEACOMBANiVCgD2sAcA/A4BABLEBACucAEAAHEBAAjjAQC+0QoAGA4AAGbXBwC41wcACtgHAFzYBwAI4wEAzlgIACBZCAByWQgAxFkIABZaCABoWggAuloIAAxbCABeWwgAsFsIAAJcCABUXAgAplwIAPhcCABKXQgAnF0IAO5dCABAXggAvtEKAHgdAADKHQAAHB4AAG4eAADAHgAAQssCAMYNAAAI4wEAlnkLADrrDADKRgAAHEcAAG5HAADARwAAEkgAAGRIAAC2SAAACEkAAFpJAACCCgoA1AoKAGIXAACcFAMAAHEBAJDuAQAI4wEAbjQGAPJECAAI4wEAppoKAKrTCgDGDQAA0H0BACJ+AQAMqwAAaJYCALqWAgAMlwIAAAAAANB9AQDGDQAAmGACAOpgAgDwJgIA9GsJAD6cAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAzAAgBewAIAPpwBAAAAAAAMwAIAXsACANDFAgBivAQAKDwKAHo8CgDMPAoAHj0KAHA9CgDCPQoAFD4KAGY+CgDshwMAPogDAJCIAwDiiAMANIkDAIaJAwDYiQMAKooDAHyKAwDOigMAIIsDAHKLAwDEiwMAFowDAGiMAwC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMA3HADAC5xAwCAcQMA0nEDACRyAwB2cgMAyHIDABpzAwBscwMAvnMDABB0AwBidAMAtHQDAOQrCQA2LAkAiCwJANosCQAsLQkAfi0JANAtCQAiLgkAdC4JAMYuCQAYLwkAai8JALwvCQAOMAkAYDAJALIwCQAEMQkAkO4BAELLAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMA2vcBAAKDAADGDQAAnpcDAPCXAwDGBg0ArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBACTOAgBEyQMAlskDAOjJAwA6ygMAjMoDAN7KAwAwywMAgssDANTLAwAmzAMAgHEDANJxAwBa4wEArOMBAP7jAQBQ5AEAQAsEAJILBADkCwQANgwEAIgMBADaDAQALA0EAH4NBADQDQQAMLgJAGBkDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAPs8AAMBJCACucAEA2nICAMYGDQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAKC+BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAntUFAPDVBQBC1gUAlNYFAObWBQA41wUAULECAKKxAgAMqwAAUgAAAJCxAwDqDgIAoMAMAPLADAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDGDQAA6g4CAAjHDABolgIAjKsCAN6rAgAwrAIAgqwCAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwBiFwAAtBcAAD7PAAAujwAAgI8AANzgAAAIsAIAWscMAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAHuAGAPawBwAujwAAxg0AAHCuCwC0FwAAqjcBAPRrCQCuRwEAvMkKAF6NAwCYYAIA9GsJAJJzCgDc4AAACLACAAjjAQAQvAQAaJYCALqWAgAMlwIAXpcCAFrjAQCs4wEA/uMBAFDkAQD8DgEAUgAAAC66CADiFwIAJkYAAPRrCQCScwoA3OAAAAiwAgDQfQEAQuoDAJTqAwBSAAAA5jsAAOoOAgBA2gwArnABANr3AQAAxAUANBgCADZJAgAsngoACOMBAD5CCgCQQgoA4kIKADRDCgDQfQEAIn4BAOBXAwAyWAMAhFAMAB7gBgBCywIA0H0BACJ+AQDgVwMAMlgDAIRYAwDWWAMAKFkDAHpZAwCWeQsAOusMAMpGAABgBQEAUgAAAC66CADGDQAAmGACAJDuAQDiFwIA2iACAMYNAACelwMA8JcDAGAFAQAI4wEA5qQKAEiyCwD8GggAThsIAKAbCADyGwgASjQIAJw0CAASXQIAvNIFAOIXAgAe4AYACOMBAOakCgAKuQYAXLkGAK65BgAAugYA9GsJAJJzCgDqDgIACOMBAPwOAQCikgEAXo0DANidAQAgdgEAAHEBAJDuAQAI4wEA5qQKADyVBQCQ7gEA7CIJAPwOAQAI4wEAHhQKANI0BQAkNQUA2JUKAIRQDADWUAwA5pkHADZgDACIYAwAxg0AAAjjAQBuNAYA8kQIAAAAAAAAAAAAQssCAFDaAgAmPgkAeD4JAMo+CQAcPwkAMLgJAICPAADc4AAACLACAJZ5CwComAsAnvUKABC8BABivAQAtLwEAAa9BABYvQQAqr0EAJSuCQDmrgkAOK8JAOh5CwCScwoA5HMKADZ0CgCIdAoA2nQKACx1CgB+dQoA0HUKACJ2CgDYlQoALC4NAC6PAACWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAIBxAwA0TAUAhkwFANhMBQAqTQUAfE0FADxPDADSNAUA9GsJABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOBQIAoAUCADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACgvgQA8r4EAES/BACWvwQA6L8EAL7RCgB4HQAAyh0AABweAABuHgAAwB4AAELLAgAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAIBxAwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgARNMCAJbTAgCoMQkAQlIKAOwDCADOWAgAJkYAAPRrCQCWeQsAqJgLAJ71CgCmmgoAqtMKAMYNAAAujwAAJkYAAD7PAABuNAYA4hcCAOA4AgAI4wEAHhQKAJxJCgDuSQoADooAAGCKAADiFwIA2iACAO7XBABA2AQAktgEAAKDAADa9wEA0H0BAAAAAAAI4wEA4DgCACptCgAAcQEAHjsCAELLAgAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAtAMCAAYEAgAQvAQAaJYCANINDQAkDg0Adg4NALZVCwDu6wIAGA4AAPwOAQBe6gYAYAUBACZGAAAI4wEAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAJSuCQDmrgkAOK8JACyeCgDGDQAAnpcDAPCXAwAAAAAAQssCAGakCACAjwAA3OAAAAiwAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAICPAADc4AAACLACAMBJCAAsngoAAAAAAAAAAAAAAAAADMACAF7AAgA+nAEAAAAAAAAAAAAAAAAAAAAAAAzAAgBewAIA0MUCAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMA3HADAC5xAwCe1QUA8NUFAELWBQCU1gUA5tYFADjXBQD8DgEA6EQEADpFBACMRQQA3kUEAB7gBgDa9wEACOMBAPwOAQBODwEAAs0JAFTNCQCmzQkA/A4BAOhEBAA6RQQAjEUEAN5FBAAMqwAAXqsAALCrAAACrAAAVKwAAPwOAQAcuAEAYIoAAJwUAwAMqwAAaJYCAPAmAgA0TAUAbjQGAPJECADGDQAAeB0AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAkzgIARMkDANYnDADkXQQANl4EAIheBADaXgQALF8EAH5fBADQXwQAImAEAHRgBADGYAQAGGEEAAjjAQDQfQEAQuoDAABxAQDgOAIACOMBAFrjAQCs4wEA/uMBANJ9CgAkfgoA5qQKAAq5BgAe4AYA4hcCANogAgDGDQAA2J0BAM5jCwCs7QAAuoIEAKrTCgDGDQAAmGACAEI9CACUPQgA5j0IADg+CACKPggA3D4IAC4/CACAPwgA0j8IACRACADmpAoAulsMACyeCgAI4wEAbjQGAHolAAAI4wEAlnkLADrrDADKRgAAHEcAAFIAAADmmQcAatIFAK5wAQAyCAsAVsAHAC6PAAAe4AYACOMBAPwOAQDoRAQAOkUEAIxFBADeRQQA8tMGAKaaCgCq0woAxg0AAJhgAgD8DgEA6EQEADpFBACMRQQA3kUEAPLTBgBE1AYAltQGAOjUBgA61QYAjNUGAN7VBgAw1gYAqBwHAKrTCgDGDQAAmGACAAjjAQDASQgALJ4KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAugcEAAwIBADKHwgAHCAIAG4gCADAIAgAEiEIAGQhCAC2IQgACCIIAFoiCACsIggA/iIIAFAjCACiIwgA9CMIAEYkCACYJAgA6iQIAIBxAwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAbjQGAMA0BgASNQYAVrYIAKi2CAD6tggATLcIAJ63CADwtwgACOMBAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAQuoDAE4FAgDGDQAAnpcDAPCXAwBOBQIALo8AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAIBxAwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAbjQGAMA0BgASNQYAVrYIAKi2CAD6tggATLcIAJ63CADwtwgACOMBAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAgHEDADRMBQCGTAUA2EwFAB7gBgAI4wEAbjQGAM5YCABuNAYAwDQGABI1BgBWtggAqLYIAPq2CABMtwgAnrcIAPC3CAAI4wEAlnkLADRMBQCGTAUA2EwFAB7gBgAI4wEAbjQGAM5YCADiFwIAPE8MANpyAgAifgEAdH4BACyeCgBOBQIADKsAAKCzAQBQiAIA8G4DAEJvAwCUbwMA5m8DAO7hAwCGBgwAguwMAA6KAABgigAAKvoAAHz6AADO+gAAIPsAAHL7AADE+wAAFvwAACZwBAB4cAQAynAEABxxBABucQQAwHEEABJyBABkcgQAtnIEAAhzBAAAcQEAkO4BAAjjAQCWeQsAqJgLAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAdroEAMi6BAAauwQAbLsEAL67BAAOigAAYIoAAJwUAwA41gEACOMBAL7RCgAYDgAAZtcHALjXBwAK2AcAXNgHAELLAgACgwAAONYBAOIXAgDaIAIAJkYAAO6uBABArwQALo8AAMYNAABSAAAA5pkHADiaBwDc4AAA2iACAAAAAAAOigAALo8AAMYNAACYYAIA9GsJAJJzCgDc4AAACLACABJACQBkQAkAtkAJAEDYBACS2AQA5NgEADbZBACI2QQA2tkEACzaBAB+2gQA0NoEACLbBAB02wQAxtsEABjcBABq3AQAvNwEAA7dBABg3QQAst0EAATeBABW3gQAqN4EAPreBABM3wQAnt8EAPDfBABC4AQAlOAEAObgBAA44QQAiuEEANzhBAAu4gQAgOIEANLiBAAk4wQAduMEAAKDAABUgwAAwEkIAHJuCgAe4AYACOMBAJZ5CwA66wwAykYAAPwOAQASxAQAZMQEAAjjAQBKNAgAnDQIACZGAADurgQAQK8EAC6PAADGDQAACOMBAGaQCgDC1wsAOJoHAAjjAQBKNAgAnDQIAAAAAAAOigAALo8AAMYNAACYYAIACOMBANB9AQBC6gMAIuUDAKKSAQDSNAUAJDUFAMD4CwA+zwAAwEkIAK5wAQAMqwAAwEkIAAjjAQAeFAoAnEkKAB7gBgD6EggAXo0DAELLAgAMqwAAaJYCAIyrAgDeqwIAMKwCAIKsAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMA8pcMAJJzCgDc4AAACLACABYvAABeqwAAsKsAAAKsAABUrAAApqwAAELLAgAMqwAAaJYCAIyrAgDeqwIAMKwCAIKsAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMA8pcMAJJzCgDc4AAACLACAC6PAAAe4AYA+hIIAF6NAwAWLwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAA5YBQBgWAUAslgFAARZBQBWWQUAqFkFAPpZBQDoYwUAOmQFACg8CgB6PAoAzDwKAB49CgBwPQoAwj0KABQ+CgBmPgoAkO4BAOwiCQA+IwkACOMBAOakCgA8lQUASjQIAJw0CADGDQAAGA4AAM5YCADiFwIADKsAALy9AwAOvgMAYL4DALK+AwAEvwMAVr8DAKi/AwD6vwMATMADAJ7AAwDwwAMAQsEDAJTBAwCUrAEA5qwBADitAQCKrQEA3K0BAFB1CACidQgA9HUIAEZ2CACYdggA6nYIADx3CACOdwgA4HcIADJ4CACEeAgA1ngIACh5CAB6eQgAzHkIAB56CABweggAwnoIABR7CACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUADlgFAGBYBQCyWAUABFkFAFZZBQCoWQUA+lkFAJTLAgDmywIAKvoAAHz6AADO+gAAIPsAAHL7AADE+wAAFvwAACZwBAB4cAQAynAEABxxBABucQQAwHEEAHgdAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAJM4CAETJAwCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwB4zAMAyswDABzNAwBuzQMAwM0DABLOAwBmkAoAMkUJAIRFCQDWRQkAKEYJAHpGCQDMRgkAHkcJAHBHCQDCRwkAFEgJAGZICQC4SAkACkkJAFxJCQCuSQkAAEoJAFJKCQCkSgkA9koJAEhLCQCaSwkA7EsJAETTAgCW0wIAqDEJAEJSCgDsAwgAzlgIACZGAAD0awkAlnkLAKiYCwCe9QoAppoKAKrTCgDGDQAAEkAJAGRACQBO5wQAoOcEAPLnBAAyRAUAvtEKAHgdAADKHQAAHB4AAG4eAADAHgAAEh8AAD7PAAAujwAAYhcAACZGAAAI4wEA5qQKAD7PAAAQAwIAJkYAAAjjAQA+zwAAEAMCAF6hAQAI4wEAPkIKAJBCCgDiQgoANEMKAGaQCgAuuggAxg0AANidAQAgdgEA2vcBANB9AQDGBg0AlnkLAKiYCwCe9QoAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAJSuCQDmrgkAOK8JAJZ5CwA66wwAykYAAEo0CACcNAgATucEAKDnBADy5wQAMkQFAL7RCgB4HQAAyh0AABweAABuHgAAwB4AAKztAAAaqAoAsI0DABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwCOyQgAcBQKAMIUCgDa9wEAAMQFAFLEBQCkxAUA9sQFAGIXAAAI4wEAvtEKAFojDACsIwwA8CYCAK5wAQAi5QMAXuoGAG40BgDOWAgAJkYAAPRrCQCScwoA3OAAAAiwAgB4cgwANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAoL4EAPK+BABEvwQAlr8EAOi/BAC+0QoAeB0AAModAAAcHgAAbh4AAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEARNMCAJbTAgCoMQkA+jEJAEwyCQCeMgkA8DIJAEIzCQBa4wEAVsAHAKjABwD6wAcAbjQGAOIXAgAI4wEA2JUKACqWCgDiFwIA2iACABJdAgAmRgAApBUCAOIXAgAsngoACOMBAD6cAQAOigAAYIoAAJwUAwA41gEAJM4CAETJAwCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwB4zAMAyswDABzNAwBuzQMAwM0DABLOAwDcFQgANjYIAGo5CAC8OQgADjoIAGA6CACAcQMANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIAG40BgDANAYAEjUGAFa2CACotggA+rYIAEy3CACetwgA8LcIAAjjAQCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIACZGAAA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQAgTgUAck4FAMROBQAWTwUADKQNAF6kDQCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwCAcQMANEwFAIZMBQDYTAUAKk0FAHxNBQAwXAoAeB0AAJQoBgDGBg0AatIFACZGAAA0TAUAbjQGAPJECAAmRgAANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAIE4FAHJOBQDETgUAFk8FAC6PAACAjwAA3OAAAAiwAgA07wEANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAIE4FAGjqCgC66goADOsKAF7rCgCw6woAAuwKAFTsCgAYDgAAZtcHALjXBwAK2AcAXNgHAKQVAgDANAYAEjUGAGQ1BgAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAELLAgBmpAgAgI8AANzgAAAIsAIAYhcAALQXAADOYgcAIGMHAHJjBwDEYwcAFmQHAGhkBwA0GAIASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAAjjAQCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIAHjYCgAMqwAADKsAAHSoBQDGqAUAGKkFAGqpBQBO5wQACOMBAOakCgB6JQAAJkYAAPRrCQCScwoAvtEKAHgdAACUKAYAxgYNAGrSBQAmRgAANEwFAG40BgDyRAgACOMBADC4CQCAjwAA3OAAAAiwAgDu6wIAijQJANw0CQAuNQkAgDUJANI1CQAkNgkAmpwFAOycBQA+nQUAkJ0FAOKdBQA0ngUAhp4FANieBQAqnwUAfJ8FADq2BQCMtgUA3rYFADC3BQCCtwUA1LcFAA6KAADiFwIA4hcCANogAgBiFwAAJkYAAAjjAQCWeQsAqJgLAMA0BgAuuggA0H0BACJ+AQB0fgEALJ4KAELLAgAAAAAACOMBAJZ5CwCcHgIA7h4CAEAfAgC2VQsAvtEKABDSCgCucAEA0jQFAAKDAADa9wEA0H0BAMYGDQC+0QoAeB0AAModAAAcHgAAbh4AAMAeAACSfAUACOMBAFrjAQBgoQoAsqEKAASiCgCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAQssCAETTAgCW0wIAqDEJAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAxgYNAL7RCgB4HQAAyh0AABweAABuHgAAwB4AAPwOAQAAAAAAUgAAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIA4hcCAOwDCADi3AsAMjkCAICPAACCCgoA1AoKAOIXAgDaIAIA7tcEAEDYBACS2AQAAoMAANr3AQDQfQEAxgYNAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAYIoAAGIXAAAsngoAQssCACZGAAAMqwAAUgAAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwB6JQAA5KQBADalAQCIpQEADKsAAKCzAQBQiAIA8G4DAOIXAgDaIAIALCECAAwADQDGDQAAeB0AANRHCAAmSAgAeEgIAMpICAAcSQgAbkkIAA5YBQBgWAUAslgFAARZBQBWWQUAqFkFAPpZBQDu6wIAGA4AAGbXBwC41wcACtgHAFzYBwAI4wEAMLgJAICPAADc4AAACLACAAykDQBepA0AsKQNAAKlDQBUpQ0ApqUNAPilDQBKpg0AnKYNAO6mDQBApw0AkqcNAJCIAwDiiAMANIkDAIaJAwDYiQMAKooDAHyKAwDOigMAppoKAKrTCgDGDQAA2vcBAADEBQBSxAUApMQFAPbEBQBIxQUAMFwKAMpvAABIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAAoMAAHolAADgOAIAeukFAJSsAQDGDQAAFi8AAKCzAQBQiAIA8G4DAEJvAwCUbwMA5m8DADhwAwCKcAMA3HADALxXBQCAjwAA3OAAAAiwAgBwrgsAGtkBAIyCAgDeggIAMIMCAIKDAgDsAwgAeiUAAOIXAgDaIAIAJkYAAO6uBABArwQALo8AAMYNAAB4HQAArkcBAABIAQBSSAEAHNkKAG7ZCgDA2QoACOMBAPwOAQASxAQALJ4KAAjjAQA+QgoAkEIKAOJCCgA0QwoA2vcBAFp1DADmpAoASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BABC8BABivAQAKDwKAHo8CgDMPAoAHj0KAHA9CgDCPQoAFD4KAGY+CgC4PgoACj8KADC4CQDGDQAAmGACAOpgAgDa9wEA0H0BAELqAwBejQMAsvsBAHJuCgCWeQsAqJgLAJ71CgAeFAoAUgAAAFSDAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIAlMsCAObLAgAq+gAAfPoAAM76AAAg+wAAcvsAAMT7AAAW/AAA2vcBAG40BgBuNAYAJkYAAMYNAACYYAIA7q4EAFCzCgDEgwwACOMBAFrjAQDiFwIA7AMIAPwOAQAI4wEAPpwBAKztAABCywIAJM4CAF6rAACwqwAAAqwAAFSsAACmrAAA+KwAAKaaCgD4mgoASpsKAJybCgBKNAgAggoKANQKCgAI4wEAbjQGAM5YCAAmRgAACOMBAG40BgB6JQAACOMBAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAxgYNANr3AQAAxAUAUsQFAKTEBQD2xAUASMUFADBcCgAI4wEAlnkLAKiYCwCe9QoAlnkLAAKDAAD4PQcA4DgCAAjjAQCWeQsAulsMACyeCgAI4wEAbjQGAHolAAAI4wEAlnkLADrrDADKRgAAHEcAAG5HAAAujwAAHuAGAAjjAQDa9wEAAMQFAFLEBQCkxAUA9sQFAEjFBQDQfQEAAoMAAF6hAQCYYAIANEwFAAyrAADGDQAAeB0AAAKDAAA2SQIADKsAAMBJCADqDgIAoMAMAPLADAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDGDQAA6g4CAAjHDABaxwwAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIAAAAAAFIAAADmmQcANmAMAMYNAAB4HQAAAoMAADZJAgAMqwAAwEkIAFIAAADeBwIA6g4CAKDADADywAwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAxg0AAOoOAgAIxwwAWscMAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAICPAADc4AAACLACAELLAgAmRgAA7q4EAFCzCgD4RgIAxg0AAFIAAAAuuggA4hcCACZGAABCywIAJkYAAO6uBABQswoA+EYCAMYNAABSAAAALroIAOIXAgAmRgAAQssCAGakCACAjwAA3OAAAAiwAgDQfQEAQuoDAEiRAgCucAEAAHEBAJDuAQAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMA5AIJAHgdAADKHQAA3OAAAAiwAgBOBQIAoAUCAO6uBABQswoA+EYCAMYNAABSAAAALroIAOIXAgAmRgAA6g4CAAjHDABaxwwAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIADKQNAF6kDQCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwAwuAkAgI8AANzgAAAIsAIA/rACAGiWAgDSDQ0AJA4NAHYODQDIDg0AGg8NAGwPDQC+Dw0AEBANAJpzBQDscwUAPnQFAJB0BQDidAUANHUFAIZ1BQBCywIAJM4CAETJAwCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwCAcQMANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIABC8BABolgIA0g0NACQODQB2Dg0AyA4NABoPDQBsDw0Avg8NABAQDQAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAJkYAADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FACBOBQByTgUAxE4FABZPBQBE0wIALo8AAD7PAAAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAICPAADc4AAACLACAPJECAC0FwAAkHUJAOJ1CQACgwAASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAMYGDQAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAMYNAADKbwAASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAMYGDQAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAETTAgCW0wIAqDEJAOakCgD4PQcAQuoDAEiRAgAOjAgAPkIKAJBCCgCQdQkA4nUJAMYNAAAI4wEAWuMBAGChCgCyoQoABKIKAFaiCgAeFAoAcBQKAMIUCgAsngoAbjQGAM5YCADiFwIACOMBABC8BABeqwAADooAAMYNAACYYAIA9GsJAAjjAQA+QgoAkEIKAJB1CQDidQkA5qQKAEiRAgCakQIArnABANpyAgACgwAA2vcBANB9AQBuNAYADKsAAAyrAAB0qAUAxqgFABipBQBqqQUATucEAAjjAQA+zwAAwEkIAK5wAQDacgIAxgYNADC4CQDGDQAAmGACAOpgAgDa9wEA0H0BAELqAwBejQMAsvsBAK5wAQAAcQEAkO4BAAjjAQDmpAoAPJUFABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAgHEDANJxAwAkcgMAdnIDAJ6XAwDwlwMA8tMGAETUBgCW1AYA6NQGADrVBgCM1QYAlnkLAAyrAABSAAAAAAAAAK5wAQBSAAAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAgHEDANJxAwAkcgMAlnkLADrrDADKRgAAppoKAKrTCgDGDQAAmGACAJZ5CwA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQD2+AgASPkIAJr5CACi5AEArnABAOIXAgDaIAIAbjQGAMA0BgASNQYAZDUGAAjjAQCWeQsADKsAAFIAAAAI4wEAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMA3HADAC5xAwA+zwAArnABANI0BQB4RgAACOMBAKaaCgCq0woAxg0AAJhgAgAI4wEAHuAGAHDgBgDEgwwAJkYAADRMBQBIkQIADowIAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAABUZQMApmUDAPhlAwAOigAAYIoAACr6AABIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAxgYNAG40BgDiFwIACOMBANiVCgD2sAcALo8AAMYNAAAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQBgZAwAvMkKAF6NAwAe4AYAxg0AAAjjAQC+0QoAeB0AAModAAAcHgAAbh4AAMAeAAASHwAAVGUDAKZlAwD4ZQMADooAAGCKAAAq+gAASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAMYGDQBuNAYA4hcCAAjjAQDYlQoA9rAHAC6PAADGDQAACOMBAD5CCgCQQgoA4kIKADRDCgBq+gEAYGQMALzJCgBejQMACOMBAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAABUZQMApmUDAPhlAwAOigAAYIoAACr6AABIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAxgYNAG40BgDiFwIACOMBANiVCgD2sAcALo8AAMYNAAAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQBgZAwAvMkKAF6NAwAAAAAAAoMAAPg9BwBKPgcAQuoDAELLAgDiFwIAPE8MAABxAQCQ7gEA7CIJAICPAADc4AAACLACAETTAgCW0wIAqDEJAPoxCQB4HQAAyh0AABweAABuHgAAwB4AABIfAADmpAoASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAC6PAAD8DgEADKsAAGiWAgBUgwAAwEkIAHJuCgDGDQAAeB0AAModAAAcHgAAbh4AAMAeAADaIAIAgI8AANzgAAAIsAIAlKwBAMYNAABCywIA7usCAIo0CQDcNAkALjUJAIA1CQDSNQkAJDYJALZVCwAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAlK4JAOauCQA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQD2+AgAlnkLAKiYCwAe4AYAhFAMAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAG0QIAOusMAMpGAACqRAwA/EQMAB4UCgCcSQoA7kkKAD5CCgCQQgoABhgAAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAxgYNABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMA5qQKAPAmAgA2agsAOusMAK5wAQBejQMAsI0DAPwOAQBODwEA/A4BAF7qBgBiFwAA0H0BAELqAwCU6gMAsFoEAAyrAADqDgIACMcMAFrHDABQiAIA8G4DAEJvAwCUbwMA5m8DADhwAwCKcAMA3HADALxXBQCAjwAA3OAAAAiwAgBA2gwAeB0AAModAAAcHgAAbh4AAMAeAAAe4AYAhFAMAAKDAAAKuQYAQssCAPawBwA+zwAAYhcAAELLAgDASQgAqtMKAMYNAACYYAIA0H0BACJ+AQBgggkAsoIJAASDCQBWgwkA5pkHADiaBwDc4AAACLACAPwOAQASxAQANkkCAOA4AgAyOQIAHuAGAAjjAQDYlQoAhFAMAAKDAACmmgoA+JoKAEqbCgCcmwoA7psKAECcCgCSnAoA5JwKACZTCwC6WwwAHuAGAAjjAQAeFAoAnEkKAO5JCgCoogoAKpYKAF6NAwDKbwAA2vcBANB9AQDGBg0AHuAGAAjjAQAOigAAYIoAACZGAAA0TAUA2nICAAjjAQCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBKNAgAnDQIACZGAADurgQAwEkIAKrTCgDGDQAAmGACAOpgAgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEADKsAAAAAAADQfQEAQssCAETTAgCW0wIAqDEJAKaaCgCq0woAxg0AAJhgAgDGDQAACOMBAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAxgYNAB4UCgBwFAoAwhQKAO4gCgBAIQoAkiEKAGaQCgAuuggAgLoIAJTLAgDmywIAKvoAAHz6AADO+gAAIPsAAHL7AADE+wAAFvwAACZwBADiFwIA2iACAO7XBADwJgIA9GsJAL7RCgB4HQAAxg0AANidAQAgdgEAbjQGANB9AQDQfQEACOMBAKaaCgCq0woAxg0AAJhgAgCs7QAAGqgKALoHBACWeQsA7q4EAECvBAAujwAAHuAGAAjjAQBa4wEAYKEKAOIXAgAI4wEAAAAAAA6KAAAujwAAgI8AACyeCgAI4wEAWuMBAKzjAQD+4wEAUOQBAGIXAAC0FwAAkHUJAOJ1CQDGDQAAeiUAAOSkAQA2pQEAiKUBAIRQDACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAJM4CAETJAwAoPAoAejwKAMw8CgAePQoAcD0KAMI9CgAUPgoAZj4KAEo0CACcNAgA7tcEAEDYBACS2AQACOMBAOakCgC6WwwALJ4KAAjjAQAQvAQAYrwEALS8BACCmgwA1JoMAFSDAAD8GggACOMBAGaQCgAuuggArnABAABxAQDwJgIAxg0AAELLAgBE0wIAltMCAKgxCQD6MQkAeB0AAModAAAcHgAAbh4AAMAeAACSfAUACOMBAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAxgYNAFrjAQBgoQoA4hcCAAjjAQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDGDQAAeB0AAModAAAcHgAAbh4AAMAeAACSfAUA5HwFAModAADc4AAACLACAHgdAADKHQAA3OAAAAiwAgAMpA0AXqQNAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMATgUCAOIXAgDaIAIALCECAAwADQDGDQAAeB0AAPD1CgCyJAIARlcHAJhXBwAI4wEAvtEKAHgdAADKHQAAHB4AAG4eAAAMqwAA4DgCAMBJCACq0woAzlgIAMYNAAB4HQAATgUCAB7gBgDiFwIAPE8MAEiRAgAOjAgAYIwIAOoOAgCgwAwAgI8AANzgAAAIsAIA6g4CAGIXAAAujwAAJkYAAD7PAABuNAYA4hcCAOA4AgAyOQIAgI8AANzgAAAIsAIADKQNAF6kDQBibAwAtGwMAAZtDAAAAAAAAAAAAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAQssCACTOAgBEyQMAlskDAOjJAwA6ygMAjMoDAN7KAwAwywMAgssDANTLAwAmzAMAeMwDAMrMAwAczQMAbs0DAMDNAwASzgMAlnkLADrrDADKRgAAMLgJAIK4CQAe4AYAUgAAAC66CACucAEAAHEBAKwrAwAI4wEADooAAOIXAgDQfQEAQssCAPgIAADASQgAEkoIAGRKCAAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQAlK4JAOauCQA4rwkAlnkLADrrDADKRgAAlEYDAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHANiVCgBw4AYALo8AAPwOAQBODwEAlEYDAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHANiVCgBw4AYALo8AAPwOAQBODwEAoA8BAAjjAQBKNAgAggoKANQKCgBiFwAAnBQDAABxAQCQ7gEALo8AAICPAAD8DgEAopIBAF6NAwDYnQEAIHYBAG40BgDyRAgACOMBANiVCgCEUAwAYhcAAJwUAwAujwAAHuAGAAjjAQA+zwAAwEkIAK5wAQDacgIAxgYNAJZ5CwDurgQALJ4KAK5wAQAAcQEAkO4BAAjjAQCWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQAlK4JAOauCQA4rwkAlnkLADrrDADKRgAAlEYDAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHANiVCgBw4AYALo8AAPwOAQBODwEA2JUKACwuDQB+Lg0A0C4NACIvDQB0Lw0Axi8NABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BAD+fgcAbjQGAAyrAADgOAIAMjkCAICPAADaIAIArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAObBAwA2nQoAiJ0KANqdCgCGEAsAwEkIAK5wAQDacgIAxgYNAFrjAQDMJQAAJkYAAAyrAADASQgArnABAABxAQCQ7gEACOMBAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAADmpAoAxIMMAK5wAQAI4wEASJECAA6MCABgjAgAMFwKACB2AQBuNAYArnABANpyAgDGBg0AYhcAALQXAACqNwEAeiUAAGChCgCyoQoABKIKAFaiCgB8lAIAgI8AANzgAAAIsAIAPpwBAMZhCAAYYggAamIIALxiCAAOYwgAYGMIAAAAAAAMwAIAXsACAD5CCgCQQgoABhgAANKvBQAksAUAkn0JAOR9CQA2fgkAWuMBAFbABwCowAcA+sAHAG40BgDiFwIACOMBANiVCgAqlgoA4hcCANogAgASXQIAJkYAAKQVAgDiFwIAMLgJAIK4CQDUuAkAJrkJAHi5CQAAAAAASJECAJqRAgA2SQIAAAAAAOIXAgCCCgoA1AoKAAAAAAAe4AYA9rAHAEixBwCasQcA7LEHAD6yBwCG3AcA2NwHACrdBwB83QcADKsAAOA4AgAyOQIAJkYAAGIXAAC0FwAAqjcBAHolAABgoQoAsqEKAASiCgBWogoAfJQCAICPAADc4AAACLACAOoOAgBA2gwAGA4AAGbXBwCGQwoAVsAHAOKzCwAeOwIACOMBAOakCgA8lQUASJECAJqRAgDskQIAQuoDAB7gBgAI4wEA2JUKAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHADC4CQCCuAkASJECAK5wAQDiFwIA7AMIAPJECAD8DgEAXuoGAGIXAAA+zwAAbjQGAOIXAgDgOAIAKm0KAABxAQCQ7gEACOMBABC8BABivAQAtLwEAIKaDADUmgwAJpsMAHibDADKmwwAHJwMAAjjAQBKNAgAggoKANQKCgAmCwoAeAsKAMoLCgAcDAoAvtEKAFojDADurgQAULMKAPAmAgD0awkAkO4BAAjjAQAeFAoAnEkKAO5JCgAwuAkArnABANI0BQB4RgAAykYAAKpEDAAI4wEAPkIKAJBCCgDiQgoANEMKAEo0CACCCgoA1AoKAGIXAACcFAMAAHEBAJDuAQAI4wEAbjQGAOIXAgAI4wEA/A4BAKKSAQBejQMAFi8AAKCzAQBQiAIAeiUAAFbABwCQ7gEADooAAOIXAgDaIAIA4hcCANogAgDu1wQA8CYCAPRrCQDYlQoA9rAHAEixBwCasQcA7LEHAD6yBwCq8QcAZpAKADA7AQCCOwEASJECAK5wAQAe4AYAhFAMAG40BgBuNAYAJkYAANB9AQDGBg0Axg0AANidAQAI4wEA2JUKAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHAD5CCgCQQgoA4kIKADRDCgCGQwoA2EMKACpECgB8RAoA2JUKAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHADC4CQCCuAkAHuAGAFIAAAAuuggArnABAABxAQBq0gUAvNIFAA7TBQBg0wUAstMFAATUBQBW1AUAqNQFAPrUBQBM1QUArnABAAKDAAD4PQcACOMBAJZ5CwAMqwAAUgAAAELLAgCUZwwACOMBAIYGDACC7AwAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAKztAAAAAAAAugcEAPZVDABgoQoA4hcCACZGAAA0TAUASJECAA6MCACUKAYALJ4KAAjjAQBKNAgAnDQIAO40CABANQgAkjUIAOQ1CAAI4wEAHhQKACTOAgBEyQMAlskDAOjJAwA6ygMAjMoDAN7KAwAwywMAgssDANTLAwAmzAMAeMwDAMrMAwAczQMAbs0DAMDNAwASzgMA5sEDAGrSBQC80gUADtMFAGDTBQCy0wUABNQFAFbUBQCo1AUA+tQFAEzVBQBE0wIAltMCABh2BgCGBgwALo8AAK5HAQC8yQoAXo0DAJhgAgA0TAUAAHEBAJDuAQAI4wEA2JUKAPawBwD8DgEAEsQEAK5wAQD+fgcAUH8HAKJ/BwD0fwcARoAHAJiABwDqgAcAPIEHAI6BBwDggQcAMoIHAISCBwDWggcAKIMHAHqDBwDMgwcAHoQHAHCEBwDiFwIA2iACACwhAgAMAA0Axg0AAHgdAAA+nAEAJkYAAAyrAABSAAAAQssCAAAAAADQfQEAxg0AAELLAgAAAAAADooAAGCKAACcFAMAONYBAELLAgAAAAAA2vcBANB9AQDGBg0AlnkLAKiYCwCe9QoAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAJSuCQDmrgkAOK8JAJZ5CwAMqwAAUgAAAELLAgAAAAAA0H0BAMYNAABCywIAAAAAAL7RCgDYnQEAKp4BAELLAgAAAAAAYhcAAGIXAAAujwAAatIFACZGAAA0TAUAbjQGAPJECAAI4wEASjQIAJw0CADuNAgAQDUIAJI1CADkNQgAAAAAACZGAAAmRgAAUgAAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwDqbQ0ALroIAIC6CADSuggArO0AALqCBACq0woAxg0AAJhgAgDOYwsASjQIAJw0CADu1wQAQNgEAJLYBAAI4wEA2JUKAHDgBgD2pwwASKgMANr3AQACgwAAXqEBAHgdAAC+0QoAeB0AAModAAAcHgAAbh4AAMAeAAASHwAA5qQKAPAmAgAOigAA0H0BAB7gBgAI4wEAPkIKAJBCCgDiQgoANEMKABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BACUrgkA5q4JADivCQDiFwIA2iACACwhAgAMAA0Axg0AAHgdAACEUAwAgI8AANzgAAAIsAIALo8AAICPAADc4AAA6p8IADygCAAGGAAAAAAAAAAAAAAAAAAADMACAF7AAgDQxQIAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAJ7VBQDw1QUAQtYFAJTWBQDm1gUAONcFAAAAAAAAAAAADMACAF7AAgDQxQIAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAJ7VBQDw1QUAQtYFAJTWBQDm1gUAONcFAD7PAACucAEAAHEBAC6PAACAjwAA3OAAAAiwAgAAAAAAAAAAAAAAAAAAAAAAAAAAAGIXAAAujwAAJkYAAOoOAgAIxwwAWscMAFCIAgDwbgMAQm8DAJRvAwDmbwMA8pcMAESYDACWmAwA6JgMADqZDACMmQwA3pkMADCaDAAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAMD4CwBuNAYAxg0AAAjjAQAwuAkAgI8AANzgAAAIsAIAAAAAAAAAAAAAAAAA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAPkoBAAAAAAAAAAAAAAAAAK5HAQC8yQoAbjQGAPJECAAI4wEASjQIAJw0CADuNAgAQDUIAJI1CAAAAAAALo8AAICPAADa9wEArnABAABxAQAeOwIALC4NAGCKAACQ7gEAxg0AAMpvAAAwwAAAeiUAANr3AQACgwAAMMAAAAjjAQDmpAoA2vcBAJDuAQDsIgkAlCgGAMYGDQDASQgAYhcAAC6PAACuRwEAvMkKAAAAAABiFwAACOMBAEo0CACcNAgAwEkIAA6KAADGDQAAym8AAAq5BgDGDQAA2J0BACB2AQBuNAYA8kQIAC6PAABKNAgAPE8MADIICwBWwAcADooAACZGAAACgwAA8CYCAAAAAABuNAYACOMBAEo0CACcNAgAEl0CAGRdAgDGDQAAym8AAAq5BgBiFwAAtBcAAELLAgBmpAgAuKQIAAqlCABcpQgArqUIAACmCABSpggApKYIAPamCABIpwgAmqcIAC6PAABq0gUAvNIFAA7TBQBg0wUAstMFAATUBQBW1AUAqNQFAPrUBQBM1QUAWuMBAKzjAQD+4wEAUOQBANqlAQAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAETTAgCW0wIAqDEJAPoxCQBMMgkAnjIJAPAyCQBCMwkAWuMBAFbABwCowAcA+sAHAG40BgDiFwIACOMBANiVCgAqlgoA4hcCANogAgASXQIAJkYAAKQVAgDiFwIAOJoHADQYAgDwJgIANEwFAG40BgDyRAgAsiQCAPg9BwDGBg0AgI8AANzgAAAIsAIAbjQGAG40BgDQfQEACOMBAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAJkYAAAjjAQA+zwAAwEkIAK5wAQDacgIAxgYNAD7PAAAQAwIArnABANI0BQA0TAUAAHEBAJDuAQAI4wEAWuMBAGChCgDiFwIACOMBAOakCgC6WwwADFwMAG40BgDANAYAEjUGAGQ1BgAI4wEAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMAHhQKAJxJCgDuSQoAPkIKAJBCCgDiQgoANEMKAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAxgYNALQDAgAGBAIASjQIAJw0CAAAAAAADooAAC6PAADGDQAAmGACAAjjAQCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIACZGAAAI4wEA5qQKAHolAAAmRgAA9GsJAJJzCgBiFwAALo8AAK5HAQBCywIABtECADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FAPb4CADmpAoASLILAAAAAAAOigAArnABAOIXAgA8TwwAAHEBAJDuAQAI4wEA5qQKADyVBQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDGBg0AgI8AANzgAAAIsAIAeHIMADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FAE7oCACg6AgA8ugIAETpCACW6QgA6OkIADrqCACM6ggA3uoIADDrCACC6wgArO0AAD7PAAAQAwIArnABANI0BQDY7wEA4hcCANogAgDu1wQA8CYCAPRrCQBIsgsAAAAAAA6KAACucAEA4hcCANogAgCUrAEAHuAGANr3AQAMqwAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADAG40BgDa9wEAJkYAAAKDAACucAEAAHEBAAjjAQCUrAEAHuAGANr3AQAMqwAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADAAjjAQAwuAkAYGQMAABIAQBSSAEAHNkKAG7ZCgDA2QoAEtoKAGTaCgA+zwAAwEkIAHJuCgBiFwAACOMBAJZ5CwDurgQALJ4KAK5wAQAAcQEAkO4BAAjjAQCWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BADGDQAACOMBABC8BABivAQAKDwKAHo8CgDMPAoAHj0KAHA9CgDCPQoAFD4KAGY+CgC4PgoACj8KAOakCgBIsgsAAAAAAA6KAACucAEA4hcCANogAgBO5wQACOMBAFrjAQDiFwIA7AMIAPwOAQAI4wEAlnkLADrrDADKRgAADooAAGCKAAAqlAIAfJQCAICPAADQfQEALJ4KAK5wAQAAcQEAkO4BAAjjAQDYlQoAcOAGAPanDABIqAwA2vcBAAKDAABeoQEAeB0AAOakCgBIsgsAAAAAAA6KAACucAEA4hcCANogAgDmpAoAPJUFAEo0CACcNAgAxg0AABgOAADOWAgA4hcCAAyrAAAujwAAWuMBAOIXAgDsAwgA/A4BAAjjAQAeFAoA0jQFAMYNAAAI4wEAZpAKADA7AQA8TwwAIuUDABLEBAA2SQIALJ4KAAjjAQBa4wEArOMBAFSDAAD8GggApBUCAOIXAgAsngoACOMBAG40BgDiFwIACOMBAL7RCgAYDgAAzlgIAOIXAgAMqwAALo8AACZGAAACgwAACrkGAB7gBgDiFwIAPE8MAABxAQB6JQAAYKEKAAjjAQAwuAkAgrgJANS4CQCqNwEAeiUAAGChCgCyoQoABKIKAFaiCgACgwAArnABAE4FAgACgwAACFYLAMpnCQAcaAkAAHEBAEDuCgDurgQAULMKAPhGAgDGDQAAoCQDAAKDAADwJgIA9GsJAKaaCgCq0woAxg0AAJhgAgAI4wEAPkIKALIkAgAEJQIAViUCAAYYAADSrwUAJLAFAJJ9CQDkfQkANn4JAIh+CQDafgkALH8JAHgdAADKHQAAHB4AAG4eAADAHgAAEh8AAPwOAQCikgEAXo0DANr3AQBadQwAwEkIAAKDAABIkQIArnABAABxAQDoeQsARmwJAJhsCQDqbAkAPG0JAI5tCQDgbQkAMm4JAIRuCQDWbgkAKG8JAHpvCQDMbwkAHnAJACqWCgBMEwgAnhMIAPATCAAOigAAHuAGAEo0CACcNAgA7tcEAAq5BgAI4wEADooAAB7gBgAAAAAAbjQGAAjjAQCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDASQgAUgAAAE4FAgBiFwAALo8AACZGAAA+zwAAbjQGAOIXAgDgOAIATgUCAJDuAQDsIgkAPiMJAJAjCQDiIwkANCQJAIYkCQDaIAIAxg0AANidAQB4HQAAxg0AAELLAgCQ7gEA7CIJAD4jCQCQIwkA4iMJADQkCQCGJAkA2CQJAColCQB8JQkAziUJACAmCQBa4wEAYKEKAOIXAgBuNAYA4hcCAAjjAQC+0QoAeB0AAModAAAcHgAArnABAAyrAAAujwAAPkIKAJBCCgDiQgoANEMKAOA4AgCw1ggAtBcAAD7PAADASQgAqtMKAMYNAACYYAIA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQB2sAUAyLAFABqxBQBssQUAvrEFABCyBQDmpAoACrkGAB7gBgDiFwIA2iACAMYNAADYnQEACOMBAFrjAQBgoQoAsqEKAASiCgDANAYAEjUGAGQ1BgAI4wEAlnkLAAyrAABSAAAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAgHEDANJxAwACgwAArnABAC6PAACAjwAA3OAAAAiwAgA+nAEAxmEIABhiCABqYggAvGIIAA5jCABgYwgALo8AAPwOAQBSAAAALroIAOIXAgA0GAIANkkCACyeCgAI4wEAWuMBAKzjAQD+4wEA0n0KACR+CgAeFAoAcBQKAMIUCgA+QgoAsiQCAAQlAgBWJQIASjQIAJw0CADGDQAAGA4AANB9AQAOigAAJkYAADRMBQBuNAYAHuAGAIRQDABiFwAAsiQCAAQlAgBWJQIAPkIKAJBCCgDiFwIACOMBAL7RCgB4HQAAyh0AABweAABiFwAAsiQCAAQlAgBWJQIAZpAKADA7AQCCOwEASJECAK5wAQAe4AYAhFAMAAyrAADASQgACOMBAKaaCgCq0woAxg0AAJhgAgAI4wEAHhQKAJxJCgDuSQoA4DgCALDWCAC0FwAAPs8AAG40BgDi3AsADooAAFIAAAAI4wEAWuMBAKzjAQD+4wEA0n0KACR+CgBQ5AEAnBQDAG40BgDqDgIACMcMAMBJCAACgwAAulsMAGIXAAAujwAAlCgGAMYNAADqDgIANNMMAIbTDADiFwIA2iACAMYNAAAYDgAA0H0BAEiRAgAOjAgAHuAGAHDgBgAKuQYAHuAGAOIXAgDaIAIAxg0AANidAQB4HQAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAELLAgBE0wIAsiQCAAQlAgBWJQIAsFEJAAJSCQBUUgkAplIJAPhSCQBKUwkAnFMJAO5TCQBAVAkAklQJAORUCQA2VQkAiFUJANpVCQAsVgkAflYJANBWCQAiVwkACOMBAMD4CwAaqAoAGA4AAGbXBwC41wcACtgHAFzYBwBehAgA9pwJAEidCQCanQkAknMKANzgAAAIsAIAMLgJAMYNAACYYAIA6mACANr3AQDQfQEAQuoDAF6NAwCy+wEACOMBAOakCgA8lQUAPkIKAC6PAAA+zwAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADAELLAgA+nAEAxmEIABhiCABqYggAvGIIAA5jCABgYwgAsmMIAARkCAC+aggAAAAAAAAAAAAAAAAAeHEIAMpxCAAccggAbnIIAMByCAAScwgAZHMIALZzCAAAAAAAAAAAAAh0CABadAgArHQIAO7hAwAQBAYAYgQGAFrjAQBgoQoAsqEKAASiCgBCywIA5sEDADjCAwCEmA0A1pgNACiZDQB6mQ0AAoMAANr3AQDQfQEAxgYNAFrjAQBWwAcAqMAHAPrABwA+QgoAkEIKAOJCCgA0QwoAhkMKANhDCgAqRAoAfEQKAC6PAABiFwAAtBcAAC6PAABiFwAAYhcAALQXAAAujwAAYhcAACZGAABCywIARNMCAJbTAgCoMQkA+jEJAEwyCQCeMgkA8DIJAEIzCQBa4wEAVsAHAKjABwD6wAcAbjQGAOIXAgAI4wEA2JUKACqWCgDiFwIA2iACABJdAgAmRgAApBUCAOIXAgAsngoACOMBAIYGDABCywIAAAAAAAjjAQDa9wEALPgBAHolAAB6JQAAzCUAAICPAAA8TwwAAHEBAJDuAQAI4wEAlnkLADRMBQCGTAUA2EwFAB7gBgAI4wEAbjQGAM5YCAAmRgAACOMBAOakCgB6JQAAJkYAAPRrCQCScwoAHuAGACwuDQDQfQEAxgYNAGIXAAC0FwAAqjcBAHolAABgoQoAsqEKAASiCgBWogoAfJQCAICPAADc4AAACLACAETTAgCW0wIAqDEJAPwOAQBODwEAAs0JAFTNCQCmzQkA+M0JAD5CCgCyJAIABCUCAFYlAgAe4AYARNMCAJbTAgCoMQkA/A4BAE4PAQACzQkAVM0JAKbNCQD4zQkAPkIKALIkAgAEJQIAViUCAB7gBgD8DgEATg8BAALNCQBUzQkAps0JAPjNCQBmkAoAuJAKAFSDAADgOAIAeukFAAhWCwDsIgkA0H0BACJ+AQDgVwMAMlgDAAjjAQAOigAA4hcCANB9AQBKNAgAnDQIAMYNAAAYDgAA0H0BAEiRAgAOjAgAHhQKACLlAwB05QMAxuUDABjmAwBq5gMACOMBADC4CQCCuAkAJkYAAO6uBAAsngoACOMBAFrjAQBgoQoA4hcCAAjjAQBmkAoAuJAKAFSDAADgOAIAeukFAAhWCwDsIgkAtAMCAAYEAgDa9wEALPgBAH74AQDQ+AEAWuMBAGChCgCyoQoABKIKAFaiCgAeFAoA0jQFACQ1BQAeFAoAcBQKAMIUCgAUFQoAPJUFAGaQCgC4kAoAVIMAAOA4AgB66QUACFYLAOwiCQDqDgIAlKwBAMYNAAAYDgAA/A4BABLEBADwJgIADKsAAMBJCACucAEAAHEBAJDuAQAI4wEAZpAKALiQCgBUgwAA4DgCAHrpBQAIVgsA7CIJAFrjAQBgoQoA4hcCAAjjAQBgBQEAejILAOptDQA8bg0APkIKAJBCCgDiQgoANEMKAGaQCgAwOwEA2iACACwhAgBWwAcAjv0LAC6PAAAe4AYACOMBAD7PAACucAEA0jQFAHhGAAAI4wEAAAAAAAjjAQBuNAYA4hcCAAjjAQC+8AsAAAAAAAjjAQBuNAYA4hcCAAjjAQC+8AsAEPELAOakCgA8lQUA2JUKAIRQDADWUAwA5pkHADZgDACIYAwAhFAMAGIXAAAMqwAADooAAGCKAAAmRgAANEwFAIZMBQDYTAUALo8AAICPAADc4AAACLACANB9AQAifgEA4FcDADJYAwAI4wEAvtEKABDSCgAMqwAAwEkIAAjjAQBa4wEAVsAHAKjABwD6wAcAhgYMANgGDACQ7gEA7CIJAPwOAQAI4wEArnABAABxAQAI4wEA5qQKALpbDAAsngoACOMBAG40BgB6JQAACOMBAJZ5CwA66wwAykYAABxHAAAYDgAAzlgIAOIXAgAMqwAALo8AANB9AQAifgEADKsAAGiWAgC6lgIADJcCACyeCgAI4wEAHhQKAHAUCgByUA0AxFANABZRDQBoUQ0AulENAMYGDQAe4AYACOMBAJDuAQDsIgkA/A4BAJZ5CwA66wwAykYAAJDuAQDsIgkA/A4BAMYNAAAI4wEA5qQKAEiRAgCakQIArnABANpyAgACgwAA2vcBANB9AQDYlQoA4hcCADxPDABIkQIADowIAGCMCAAI4wEAWuMBAGChCgCyoQoABKIKAFaiCgBa4wEAYKEKAOIXAgAI4wEAlKwBAB7gBgDa9wEADKsAAHCuCwC0FwAAqjcBAHolAABgoQoAsqEKAASiCgBWogoAfJQCAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAMqwAAXqsAANJSAgAkUwIAdlMCAB7gBgCEUAwAeiUAAHolAABgoQoAsqEKAASiCgBWogoAfJQCAICPAADc4AAACLACADilCgAmRgAANEwFADIICwDkpAEAVIMAAPwaCAAOigAA4hcCAJZ5CwComAsAnvUKAFrjAQBWwAcA4rMLAB47AgBchQMAroUDAACGAwBShgMApIYDAPaGAwBIhwMAmocDANr3AQBadQwASjQIAJw0CADGDQAAGA4AANB9AQBIkQIADowIAB7gBgBCywIAYhcAALQXAACqNwEAGPoBAIqvCQDcrwkALrAJAICwCQBa4wEADAANAGCKAADehAoAJkYAADRMBQBuNAYA8kQIACZGAAD0awkAYhcAAMYNAAAgdgEAbjQGAPJECABejQMAsI0DAEo0CACcNAgAAAAAAA6KAACucAEA4hcCANogAgDYlQoA4hcCADxPDABIkQIADowIAAjjAQDA+AsA2O8BACrwAQBQiAIA8G4DAEJvAwCUbwMA5m8DADhwAwCKcAMA3HADAELLAgBKNAgAnDQIAAAAAAAOigAArnABAOIXAgDaIAIATucEAAjjAQD8DgEATg8BAALNCQBUzQkAps0JAPjNCQBmkAoAMDsBAII7AQBIkQIArnABAB7gBgCEUAwAxg0AAAjjAQBmkAoAuJAKAFSDAADgOAIAeukFAAhWCwDsIgkAxg0AAFIAAADmmQcAatIFAHolAADkpAEANqUBAIilAQCGBgwAxg0AAJhgAgD0awkARmwJAF7qBgCuRwEAvMkKAELLAgCQ7gEA/A4BAF7qBgBiFwAAJkYAAAKDAADwJgIANEwFAG40BgDyRAgACOMBAFrjAQCs4wEAMMAAANB9AQDGDQAAeB0AAKJhCgDKZwkA2vcBAADEBQDwJgIAAoMAAPg9BwAI4wEAMLgJAICPAADc4AAACLACAPg9BwBCywIA4DgCACptCgB8bQoAzm0KACBuCgCucAEA2nICACxzAgB+cwIALo8AAAKDAADEgwwACOMBAG40BgDOWAgAJkYAAAjjAQBuNAYAeiUAAAjjAQD8DgEAXuoGALDqBgBODwEA4hcCAICPAAD8DgEAopIBAPSSAQCyJAIARlcHAPRrCQAe4AYACOMBANr3AQAsngoACOMBAOakCgC6WwwAtBcAAKo3AQB4RgAAykYAAKpEDAAI4wEAZpAKADA7AQCCOwEA2sYKACzHCgB+xwoAkO4BAOLuAQBuNAYA4twLANJ9CgAkfgoARjkKAJg5CgAI4wEAWuMBAKzjAQBcaAoArmgKAABpCgBSaQoApGkKAPZpCgBIagoAmmoKAGaQCgC4kAoANkkCADBcCgB4HQAAMLgJAICPAADc4AAACLACAAyrAABolgIA0g0NAJDuAQDASQgAEkoIAB4UCgBwFAoAwhQKAO4gCgBAIQoAjOsMANogAgDu1wQACrkGAAjjAQAAAAAA/okKAAjjAQDASQgAAoMAALpbDAAe4AYA0H0BAMYGDQAe4AYAMLgJAGBkDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDqDgIAQssCAFIAAACkAAAAdO8CAMbvAgAY8AIAcDEDAMIxAwAUMgMAZjIDALgyAwDmpAoA8CYCAOakCgDwJgIAAAAAAOKUCgAI4wEAHuAGAPoSCACcAg0A7gINAEADDQCSAw0AQssCANr3AQAsngoAJkYAAPRrCQAkzgIAwEkIAAKDAAA2SQIAwEkIAAKDAABeoQEACOMBAFrjAQCs4wEA/uMBAFDkAQCAjwAA3OAAAAiwAgAAAAAAYhcAACZGAAACgwAAONYBAAjjAQAwuAkAgI8AANzgAAAIsAIAbjQGAM5YCABgigAAKpQCANiVCgCEUAwAJkYAAPRrCQBq0gUAJkYAAPRrCQACgwAANkkCANogAgDYlQoAhFAMACZGAAD0awkAatIFACZGAAD0awkAxg0AACB2AQBydgEAxHYBABZ3AQDsagoAPmsKAAjjAQDa9wEALJ4KAAjjAQC+0QoAIHYBAHJ2AQDEdgEAFncBAFIAAAAwOwEAgjsBAPwOAQCikgEAXo0DAHgdAADKHQAA2iACAJSsAQC49QQAatIFACZGAAA0TAUAbjQGAPwOAQASxAQArnABAABxAQA0GAIAVIMAAC6PAADa9wEAAoMAAFSDAADgOAIACOMBAMD4CwD8DgEATg8BAMYNAACYYAIACOMBAEo0CACcNAgAEl0CAPz8CgBiFwAAJkYAAAjjAQAQvAQAaJYCALqWAgAMlwIAXpcCANB9AQACgwAAXqEBAJhgAgC6BwQAZpAKADA7AQCCOwEA2sYKACzHCgB+xwoA0McKAAjjAQAQvAQAYrwEANYnDAAoKAwAeigMAMwoDAAeKQwAcCkMAAjjAQA+zwAArnABANI0BQB4RgAACOMBADC4CQBgZAwAvMkKAA7KCgAkNQUAELwEAGK8BABibAwADKsAAC6PAADGDQAA2J0BAOoOAgCgwAwA8sAMALzJCgAOygoArnABANI0BQD0awkAHuAGAAjjAQA+zwAArnABANI0BQB4RgAACOMBABC8BABivAQAYmwMALRsDAAOigAA2vcBACZGAAD0awkA6t0KADzeCgC4XQsAeiUAAOSkAQA2pQEAiKUBAMYNAAA4zgoAis4KANzOCgAuzwoAgM8KAG40BgBuNAYA4twLAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAJkYAAAjjAQAeFAoAcBQKAG40BgB6JQAALo8AAB7gBgCEUAwAHuAGAAjjAQCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIAHjYCgDK2AoAxg0AAJhgAgCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIACZGAAAI4wEAHhQKAHAUCgAG0QIAqjkJADp6CwCO3goA4N4KADLfCgCE3woA1t8KACjgCgB64AoAzOAKAB7hCgBw4QoApuwKAPjsCgBK7QoAnO0KAAbRAgA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQD2+AgArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAOakCgB6JQAAJkYAAPRrCQCScwoAlnkLAKiYCwCe9QoA2vcBAFp1DADmpAoAulsMAAxcDAAeFAoAcBQKAHJQDQDEUA0AFlENALpbDAAMqwAALo8AAG40BgB6JQAACOMBADC4CQCAjwAA3OAAAAiwAgAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQBgZAwAvMkKAF6NAwAwuAkAYGQMALzJCgBejQMAPkIKAJBCCgAGGAAAMLgJAICPAADc4AAACLACAICPAADc4AAACLACAC6PAACucAEASJECAA6MCAAI4wEADooAAGCKAAAewAEAcMABAMLAAQAUwQEAZsEBALjBAQAKwgEAXMIBAAb8CgBY/AoAqvwKAAjjAQAOigAAYIoAAD7PAAAQAwIAYgMCAPRrCQAe4AYACOMBADC4CQBgZAwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAeiUAAMwlAACAjwAA3OAAAAiwAgCQ7gEA4u4BAB7gBgAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQBgZAwAouQBAPTkAQBG5QEAmOUBAAjjAQC+0QoAENIKAAyrAAAMqwAALo8AAMYNAAA+zwAAEAMCAF6hAQAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQBgZAwAouQBAPTkAQBG5QEAmOUBAOrlAQBgZAwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAnBQDAAAAAABiFwAAnBQDAO4UAwCWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BADYlQoAKpYKAEwTCABuNAYAwDQGABI1BgBmkAoArnABAABxAQC+0QoAWiMMAKwjDAA2SQIASjQIAJw0CADu1wQAQNgEABDSCgAMqwAADKsAAC6PAAAujwAA2vcBAFp1DADmpAoA2vcBANB9AQDu1wQACrkGAAjjAQBmkAoAMDsBAII7AQAMuAsAXrgLALC4CwACuQsAVLkLAG40BgB6JQAACOMBAA6KAABgigAAKpQCAHyUAgDOlAIAIJUCAHKVAgDElQIAPkIKABrZAQD8LQIANEwFAC6PAADGDQAACOMBAG40BgB6JQAACOMBAA6KAABgigAAKpQCAHyUAgDOlAIAIJUCAHKVAgDElQIAPkIKABrZAQD8LQIAYhcAALQXAAAYdgYALo8AACZGAACcHgIA7h4CAEAfAgBgBQEACOMBAG40BgDa9wEAlKwBALj1BABq0gUAJkYAAAjjAQCmmgoA+JoKAEqbCgCcmwoAPkIKAJBCCgAGGAAA5qQKAPAmAgBCJwIAlCcCAOYnAgA4KAIAiigCANwoAgD8DgEAXuoGACZGAAB4RgAAqtMKAB7gBgAI4wEAxgYNAB7gBgAI4wEAXMQJAG40BgDANAYAJkYAADRMBQBuNAYA8kQIAELLAgAOigAAYIoAAD7PAACQzwAANBgCAMSDDACs7QAATNQBAFzECQCuxAkAbjQGAPJECAAI4wEA5qQKADyVBQBcxAkAYhcAALQXAAAYdgYALo8AAFzECQCuxAkASJECAJqRAgDskQIAPpICAB4UCgBwFAoAUnEBAG40BgDi3AsAMjkCAD7PAACucAEA0jQFAHhGAADurgQAggoKACZGAAB4RgAALJ4KALQDAgAGBAIAWAQCAKoEAgD8BAIAWuMBAKzjAQD4PQcAxg0AAD5CCgCcFAMA5qQKANhYDAAqWQwAfFkMAM5ZDAAgWgwAAHEBAJDuAQBCywIAkO4BAJDuAQDiFwIA2iACAJDuAQDKZwkA8CYCAPRrCQAujwAAgI8AANzgAAAIsAIAUgAAADJFCQCERQkAJkYAAOh5CwA6egsAAIgLAFKICwCSNgwA5DYMADY3DACINwwAxg0AAAjjAQBa4wEArOMBAP7jAQBQ5AEASjQIAJw0CADGDQAAOM4KANB9AQAmRgAACOMBAL7RCgAQ0goAkjYMAOQ2DAA2NwwAiDcMAAAAAADOYwsACOMBAFrjAQCs4wEA/uMBAFBhCgAwuAkAgI8AANzgAAAIsAIA8kQIAC6PAAC+0QoAeB0AAJRxCwDmcQsAOHILAAjjAQBuNAYAlnkLAOh5CwAQdgsAYnYLALR2CwAGdwsAWHcLAKp3CwAI4wEAbjQGANB9AQDQfQEAxgYNAGrSBQAmRgAANEwFAABxAQD2AAAAYDsMAMYNAAAI4wEA6vwLACBkCwAmRgAADooAAFIAAAAMqwAAXqsAANJSAgAkUwIAdlMCAPwOAQBODwEAAs0JAFTNCQCmzQkA+M0JAAKDAAA2SQIAHuAGAPawBwA+zwAAYhcAAAyrAABeqwAA0lICACRTAgB2UwIAJkYAAPRrCQDq3QoAmg4LAOwOCwA+DwsAkA8LAOIPCwA0EAsAeB0AAMYNAAAAAAAAAAAAAAAAAAAQvAQAYrwEALS8BAD+fwsAUIALAKKACwDGDQAAGA4AANB9AQDGBg0A6g4CANB9AQAifgEAQrkMAABxAQB6JQAAPs8AABADAgAyUAwAoMAMAICPAADc4AAACLACAB7gBgCEUAwA2vcBACz4AQC4EwIA7q4EAFCzCgCiswoAvtEKABDSCgCucAEA0jQFAPRrCQDq3QoAQssCAJZ5CwDoeQsAOnoLAACICwBSiAsApIgLAPaICwBIiQsAWuMBAKzjAQD+4wEAUOQBAEALBACSCwQA5AsEANThCQCCCgoAIscGAPawBwDOWAgAJkYAAAjjAQAAAAAAhFAMAICPAADc4AAALuEAAAAAAAAAAAAAAAAAAIiTCwBa4wEAVsAHAKjABwD6wAcAPpwBAHolAADkpAEANqUBAAzAAgBCywIAeq0LAMytCwAEPAwAVjwMAKQVAgAergsAugcEAAAAAAAI4wEADooAAGCKAAD0igoARosKAJiLCgDqiwoAPIwKAI6MCgDgjAoAMo0KAICPAADc4AAACLACANr3AQBadQwAJkYAAD7PAAAujwAALo8AAGIXAAAI4wEAlnkLAOh5CwA6egsAUgAAAKQAAAD2AAAAugcEAHqtCwDMrQsAugcEACZGAACkFQIAHq4LALoHBAAAAAAACOMBAJZ5CwA66wwArnABAF6NAwCwjQMAAo4DAOh5CwA6egsAjt4KAODeCgAy3woAhN8KANbfCgAo4AoAeuAKAMzgCgAe4QoAcOEKAKbsCgD47AoASu0KAJztCgDu7QoA4DgCACptCgAe4AYAYhcAALIkAgDEgwwADLYDALL7AQAE/AEArO0AAEzUAQAE/QUAaJYCALqWAgAMlwIAVIMAAOIXAgDsAwgAxg0AANidAQAAcQEAnBQDAF6NAwCy+wEAcm4KAB7gBgAI4wEAHhQKAHAUCgAmRgAA9GsJAOrdCgA83goAwDQGABI1BgBWtggAJkYAAJweAgBuNAYA8kQIAAjjAQC+0QoAeB0AAJRxCwDmcQsAOHILAE4FAgACgwAA+D0HAEo+BwCcPgcAELwEAGiWAgC6lgIADJcCANr3AQACgwAAVIMAALhTDAAKVAwA0H0BAAKDAADgOAIAcAoLAMIKCwAUCwsAZgsLALgLCwAKDAsASjQIAIIKCgCsKwMA/isDAJJzCgDc4AAAggoKAFIAAAAmRgAA9GsJAAAAAAAAAAAAAAAAANr3AQBadQwAeiUAAGChCgDiFwIA2iACAOakCgD4PQcASj4HAPgIAABKCQAAppoKAKrTCgD80woAAoMAAHolAAAmRgAA9GsJAJJzCgAI4wEA5qQKAPg9BwBKPgcA+AgAAEoJAACmmgoAqtMKAPzTCgAwuAkAAoMAAFSDAADASQgA+AgAAEoJAACmmgoAqtMKAPzTCgAwuAkAAoMAAFSDAADASQgA+AgAAEoJAACmmgoAqtMKAPzTCgBC6gMAAHEBACB2AQAAcQEA5pkHADZgDACIYAwA2mAMACxhDAAAAAAAWuMBAKzjAQD+4wEAetYLAMzWCwAI4wEAlnkLAOh5CwA6egsAuF0LAOA4AgAAAAAACOMBAJZ5CwDoeQsAOnoLALhdCwC+0QoAENIKAK5wAQDSNAUA9GsJAOrdCgBmkAoAuJAKAKhvCwBa4wEArOMBAP7jAQAQvAQAaJYCAIyrAgAMqwAALo8AAJQoBgDQfQEAxgYNAB7gBgBglwsAspcLAASYCwBWmAsAqJgLAPqYCwDYlQoALC4NAH4uDQA0GAIA8CYCADRMBQBuNAYA8kQIAE4FAgD8DgEAxg0AAJZ5CwDoeQsAOnoLALhdCwBmkAoAuJAKAKhvCwBa4wEArOMBAP7jAQC+0QoAENIKAK5wAQDSNAUA9GsJAOrdCgDqDgIA6g4CAGzwCwAI4wEAWuMBAKzjAQD+4wEAUOQBADC4CQCAjwAA3OAAAAiwAgBa4wEA4hcCAOwDCAD8DgEAbjQGAOLcCwAeFAoAkO4BAGIXAAC0FwAA4hcCANogAgBO5wQACOMBAKztAAAOigAAYIoAAN6ECgAwhQoAgoUKANSFCgAmhgoAeIYKAPzyCwBO8wsAoPMLAPLzCwDOYwsAPL0BADjWAQAmRgAADooAAOIXAgDaIAIAhgYMAFIAAACkAAAAdO8CAMbvAgAY8AIAavACADC4CQBgZAwAouQBAPTkAQBG5QEAmOUBAOrlAQA+7gEASjQIAIIKCgAQvAQAYrwEALS8BAA+QgoAsiQCAAQlAgAAAAAAhgYMANgGDACC7AwAWuMBAKzjAQD+4wEAUGEKAGaQCgC4kAoAqG8LAELLAgD08QwAYJcLALKXCwBCywIAMLgJAJQoBgDmKAYAxIMMAAy2AwB4HQAAHuAGAELLAgCucAEAAHEBAHolAABgoQoACLACAAzAAgBewAIAlnkLAOh5CwA6egsAuF0LAApeCwBKNAgAggoKANQKCgBa4wEArOMBAP7jAQDSfQoAJH4KADC4CQCAjwAA3OAAAAiwAgBQ5AEAQAsEAJILBADkCwQA7J0JAGBkDACEmA0A1pgNACiZDQB6mQ0AZpAKANB9AQDGBg0AAoMAAF6hAQB4HQAASjQIAJw0CADuNAgAfiECAIYGDAA8vQEAjr0BAD6cAQDASQgAcm4KAJQoBgAQAwIAMlAMAJwUAwAAcQEAkO4BAAzAAgBewAIAlnkLAOh5CwA6egsAuF0LAApeCwBKNAgAggoKANQKCgCYYAIA6mACALpbDAAe4AYAcOAGADZJAgAe4AYATgUCAG40BgDOWAgALo8AAICPAADc4AAACLACAPKzAQBEtAEA0H0BAMYGDQAmRgAA9GsJAJZ5CwACgwAAXqEBAHqtCwCucAEA2nICAB7gBgAI4wEAWuMBAKzjAQD+4wEAUOQBAL7RCgAQ0goADKsAAAyrAAAujwAAxg0AANidAQB6JQAADAANALCPCwACkAsAVJALAKaQCwD4kAsAhgYMANgGDAAqBwwAWiMMAHwwDADOMAwAIDEMAHIxDACckQsA7pELAECSCwAI4wEACOMBAELLAgD8DgEA/A4BABLEBAA2SQIALJ4KAAjjAQA41gEAitYBANzWAQAu1wEAgNcBANLXAQBiFwAALo8AACZGAAACogEAHuAGAFIAAADmmQcAHuAGACZGAAACgwAA+D0HAAjjAQCWeQsA6HkLADp6CwC4XQsAggoKANQKCgAI4wEAWuMBAKzjAQD+4wEAUOQBAL7RCgAQ0goADKsAAAyrAAAujwAAxg0AANidAQB6JQAADAANAICPAADaIAIAPs8AABADAgBeoQEALo8AAICPAADaIAIAlnkLAOh5CwA6egsADKsAAKCzAQDyswEARLQBANB9AQDGBg0AJkYAAJZ5CwDoeQsAOnoLAOakCgDYWAwAKlkMAHxZDADOWQwAIFoMAHJaDADEWgwAFlsMAELLAgAAAAAAAAAAAK5wAQBejQMAeq0LADZJAgAujwAAUgAAADA7AQDaIAIAEl0CAGiWAgDwJgIA9GsJAAyrAAAAAAAAAAAAALhTDAAKVAwAXFQMAK5UDAAAVQwAUlUMAFrjAQCs4wEA/uMBANJ9CgAkfgoAMLgJAICPAADc4AAACLACAF6hAQCwoQEAAqIBAFSiAQCmogEA+KIBAEqjAQDGDQAAtAMCAGIXAAAI4wEAMLgJAICPAADc4AAACLACAFKRBgCkkQYA9pEGAEiSBgCakgYA7JIGAD6TBgCQkwYAYhcAAB7gBgD6EggAAHEBAJDuAQBCywIAMLgJAGBkDACyZAwABGUMAFZlDACoZQwAxg0AAK5HAQACgwAAjr4FAFIAAADQfQEA2vcBAG40BgDiFwIA4DgCADI5AgDA+AsAeF0KAMpdCgAcXgoARjkKAJg5CgAujwAAgI8AANzgAAAIsAIAJkYAAJweAgDuHgIAQB8CALZVCwAe4AYAhFAMALZVCwBgBQEALo8AAICPAADc4AAATgUCAKAFAgDyBQIARAYCAJYGAgBOBQIAeiUAAOSkAQA2pQEARjkKAJg5CgAAAAAABtECAKo5CQA6egsALJQLAKzjAQD+4wEAUOQBALQDAgC0AwIALo8AAAKDAAC6WwwADKsAAOIXAgDaIAIA7tcEAPAmAgA0TAUAbjQGAPJECAAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAMpvAADwJgIANEwFAF6NAwB6JQAAVsAHAC6PAAAe4AYAHuAGAIRQDADWUAwA5pkHADZgDACIYAwAhFAMAGIXAAAMqwAALJ4KAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAUgAAAFIAAADQfQEAQuoDAAyrAABolgIA8CYCADRMBQBuNAYA8kQIAAyrAACgswEAUIgCAIKaDAD0awkArkcBAF5HCgCwRwoArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAGIXAAC0FwAAGHYGACZGAADurgQAULMKAPhGAgDGDQAAIHYBAC6PAABiFwAAJkYAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUADlgFAGBYBQCyWAUABFkFAFZZBQCoWQUA+lkFAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAmRgAAAoMAAK5wAQAAcQEALo8AAICPAADQfQEAAoMAADDAAABgigAA3oQKAMBJCABybgoArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAELqAwAAcQEAnBQDANI0BQA0TAUAAoMAAPg9BwBC6gMAXD0CAAKDAADwJgIANEwFAG40BgDyRAgALo8AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDwJgIAAoMAAAKDAABUgwAApoMAAPiDAABKhAAAnIQAAOIXAgDaIAIAxg0AABgOAADOWAgA4hcCAAyrAAAujwAAeiUAAOSkAQA2pQEARjkKAJg5CgAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAJDuAQDsIgkAPiMJAJSsAQAe4AYA2vcBAAyrAAAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAA5YBQBgWAUAslgFAARZBQBWWQUAqFkFAPpZBQCucAEA2nICACxzAgB+cwIA0HMCACJ0AgB0dAIAxg0AAJhgAgDqYAIA8CYCAPRrCQAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAOxJAQCakwoA7JMKAC6PAACuRwEAhJgNANaYDQAomQ0AepkNAMyZDQAemg0AcJoNAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoADKsAAKCzAQDyswEARLQBANB9AQDGBg0AJkYAADRMBQBuNAYA8kQIAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAIE4FAGjqCgC66goADOsKAF7rCgCw6woAAuwKAFTsCgDsSQEAmpMKAOyTCgAOigAAYIoAAN6ECgDASQgAcm4KAGrSBQDgOAIAMjkCAB7gBgD6EggAbjQGAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoAxg0AAJ6XAwDwlwMAxgYNAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAmpMKAOyTCgAMtgMAXrYDALC2AwACtwMAVLcDAKa3AwD4twMASrgDAJy4AwDuuAMAQLkDAOxJAQCakwoA7JMKAHolAADQfQEALJ4KAD7PAAAQAwIALJ4KAMYNAACelwMA8JcDAMYGDQCuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoAvL0DAA6+AwBgvgMAsr4DAELLAgB4RgAA4hcCAOwDCAA+zwAACOMBADC4CQBgZAwAouQBAPTkAQBG5QEAmOUBAOrlAQAAAAAACOMBAEo0CACcNAgAEl0CAPz8CgBO/QoAoP0KAPL9CgC+0QoAcK4LAMKuCwAUrwsAZq8LALivCwAKsAsAvtEKAHCuCwDCrgsAFK8LAGavCwC4rwsACrALADC4CQBgZAwAouQBAPTkAQBG5QEAmOUBAOrlAQCGBgwAguwMAOakCgBIsgsA/BoIAA6KAAACgwAA5qQKAEiyCwD8GggADooAAAKDAAD4PQcACOMBAIYGDACC7AwA1OwMACbtDAB47QwAyu0MABzuDABu7gwAwO4MAA6KAADQfQEA0H0BAAjjAQDYlQoAKpYKAHyWCgDOlgoAMggLAHolAADMJQAAgI8AADxPDAAAcQEAkO4BAAjjAQAeFAoA0jQFAPRrCQBGbAkAxg0AAC6PAAB6JQAAJkYAAAjjAQAQvAQAYrwEALS8BACCmgwA1JoMACabDAB4mwwAkO4BAMBJCAASSggACOMBABC8BABivAQAtLwEAIKaDADUmgwAJpsMAHibDAAwwAAAxg0AAHgdAAAe4AYACOMBANr3AQAsngoAQssCADy9AQDU7AwAgrgJAB7gBgAI4wEAbjQGAHolAAAI4wEAHhQKAHAUCgBiFwAALo8AAICPAAAI4wEAMLgJAGBkDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAvtEKAFojDACsIwwAPGECAI5hAgAI4wEAlnkLAO6uBABQswoAorMKAPSzCgCGBgwA2AYMAOakCgDa9wEAbjQGAEiRAgAOjAgAMLgJAGBkDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAPs8AABADAgBeoQEACOMBAJZ5CwA66wwAykYAAJRGAwAqlgoA4hcCANogAgASXQIAJkYAAAjjAQAQvAQAaJYCANINDQAkDg0Adg4NAG40BgB6JQAACOMBAJZ5CwA66wwAykYAAFrjAQBgoQoA0H0BANB9AQAifgEAPs8AAK5wAQAAcQEAkO4BAAjjAQAwuAkAYGQMAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAA6KAADiFwIAPE8MAABxAQCQ7gEACOMBAKaaCgD4mgoAulsMAB7gBgDQfQEAQuoDAABxAQCQ7gEACOMBAG40BgB6JQAACOMBAJZ5CwA66wwAykYAAOobDQA8HA0AjhwNAOAcDQAyHQ0AhB0NANYdDQAoHg0Aeh4NAMweDQAeHw0AcB8NAMIfDQC0AwIABgQCAGRLDAC6WwwAtBcAAKo3AQB4RgAAykYAAKpEDAAI4wEAMLgJAGBkDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAbjQGAAyrAAAMqwAAdKgFAMaoBQAYqQUAaqkFAE7nBABi0goAtNIKAAbTCgBY0woAQssCAAAAAAAAAAAAAAAAAAjjAQA+QgoA6m0NADxuDQCObg0AHhQKAHAUCgByUA0AxFANABZRDQBoUQ0AulENAOakCgAKuQYAHuAGACyeCgACgwAANkkCAGIXAAAI4wEA5qQKAAq5BgAe4AYAZpAKAGIXAADqbQ0APG4NAI5uDQAeFAoAcBQKAHJQDQDEUA0AFlENAGhRDQC6UQ0A5qQKAAq5BgAe4AYAxg0AAJhgAgDqYAIA+D0HAEo+BwCQ7gEA7CIJAPwOAQAI4wEAHhQKAHAUCgByUA0AxFANABZRDQBoUQ0AulENANr3AQAs+AEAsMsFACqUAgDQfQEAxgYNAB4UCgBwFAoAclANAMRQDQAWUQ0AaFENAOLuAQAI4wEAkO4BAOwiCQA+IwkAPkIKAOptDQA8bg0Ajm4NAB4UCgBwFAoAclANAMRQDQAWUQ0AaFENALpRDQBSAAAAMDsBAII7AQBIkQIArnABAB7gBgCEUAwAgI8AADBcCgCYYAIA7q4EAFCzCgDwJgIA9GsJAJDuAQAsngoAQssCALy9AwAOvgMAYL4DALK+AwA+zwAArnABANI0BQB4RgAACOMBADC4CQBgZAwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAtAMCAAYEAgCWeQsAqJgLAJ71CgBKNAgAnDQIAICPAACCCgoA1AoKAAjjAQBmkAoAuJAKAKhvCwBSAAAA/A4BAAjjAQAwuAkAgI8AANzgAAAAAAAACLACANYnDADkXQQAEsQEALpbDAAe4AYACOMBAFrjAQCs4wEA/uMBAFDkAQA+zwAArnABANI0BQB4RgAACOMBADC4CQBgZAwAvMkKAA7KCgAkNQUAELwEAGK8BABibAwA/okKAFCKCgBQigoAnpkLAD6cAQDGYQgAGGIIAGpiCAB+DwwA0A8MAFIAAAAwOwEAgjsBANrGCgAsxwoAfscKANDHCgAI4wEAELwEAGK8BADWJwwAKCgMAHooDADMKAwAHikMAHApDABC6gMAMggLAIQICwBq0gUALJ4KAAyrAABeqwAAkO4BAOLuAQACgwAAOusMAMpGAACqRAwA/EQMAOakCgA4pQoAiqUKAJZ5CwDoeQsAOnoLACyUCwCs4wEA/uMBANJ9CgAkfgoAqJgLAJ71CgC+0QoAeB0AAC6PAACWeQsAOusMAMpGAABa4wEADAANAF4ADQCwAA0AAgENAL7RCgBaIwwArCMMADxhAgCOYQIACOMBAJZ5CwDurgQAULMKAKKzCgBKNAgAnDQIAIYGDADiFwIAggoKANQKCgAI4wEA/A4BABLEBABIkQIADowIAGChCgDiFwIACOMBAPwOAQBODwEA4hcCANogAgAeFAoAcBQKAHolAABgoQoA4hcCAPwOAQASxAQA8CYCADRMBQBuNAYALo8AAGrSBQB0qAUAJkYAADRMBQBuNAYA8kQIAAjjAQBa4wEArOMBAP7jAQBQ5AEAWuMBAGChCgDiFwIACOMBAJZ5CwACgwAAXqEBADrrDADKRgAAqkQMAPxEDABORQwAREYMAJZGDADoRgwAWuMBAKzjAQD+4wEAetYLAMzWCwAI4wEAlnkLAOh5CwA6egsAJM4CAETJAwAoPAoAejwKAMw8CgAePQoAcD0KAMI9CgAUPgoAZj4KAOyHAwA+iAMA1icMACgoDADsugIAPrsCAMYGDQCwoQEA9sYNAEjHDQCYYAIALJ4KACyeCgAqngEASPANAKTlDgAe4AYA5jsAAJrHDQDsxw0ASPANAJ6uDQC2SAAAXj4PAKTlDgAe4AYApOUOAKTlDgAe4AYASPANADzfDgCk5Q4AXj4PAJDuAQDKHQAAYAUBAF4+DwBgBQEAKOsNACjrDQAe4AYAhFAMAMAeAABgBQEA1MAAAE7nBAB+qQ0AfqkNAKTlDgBO5wQApOUOAJRxCwAgyw0AcssNAI47DgD2xg0ASMcNAH52DgBePg8A+AgAAEjwDQAgyw0AcssNAGAFAQDgwA0AcsEOAMTBDgAkBA4AkO4BACjrDQCu7g0AAO8NAPbGDQBIxw0ANnUOAPwOAQCC7AwAKOsNAFzFDQAo6w0A8kQIAI47DgBI8A0Aeo8OAKTlDgD4CAAA+AgAAFbWDQCo1g0A+tYNAF4+DwDGDQAAHuAGAMBJCAAe4AYAVtYNAKjWDQDeCg4AYAUBAFbWDQCo1g0A3goOAModAAD2xg0ASMcNAFYlAgAI4wEAnEkKAEjwDQBCywIAJkYAACjrDQDacgIAHuAGAEjwDQAqGQIAIMsNAHLLDQAo6w0AfMoNAM7KDQAgyw0A3q4OACDLDQDerg4AuLoOACjrDQAk2w0ATNcNAJ7XDQDgwA0ATNcNAAAAAAAI4wEAVtYNAKjWDQBW1g0AqNYNAFbWDQCo1g0AxMsNAI47DgBYJg8AqiYPAOoOAgB8yg0A4MANACDLDQByyw0A6g4CAB7gBgAI4wEAXj4PAAjjAQDyJw8A2tENACjrDQBI8A0ASPANALoHBAC6BwQAugcEAELLAgD4PQcAWnUMAAxbCABadQwAeJsMAHibDAAmRgAAwAILAB65DgCs7QAAxg0AAMYNAACg3w0APs8AAKztAAAo6w0Axg0AAD7PAAAo6w0AKOsNACjrDQAo6w0AKOsNAODADQDgwA0AKOsNACjrDQAo6w0AKOsNACjrDQAo6w0A4MANAODADQDgwA0AKOsNACjrDQAo6w0A4MANAODADQBk5Q0A4MANAODADQAo6w0ACOMBAAjjAQA86Q0Apj4LAAjjAQBePg8A4hcCAMZhCAAI4wEAxg0AAMYNAAAo6w0AKOsNANB9AQAo6w0AVtYNAKjWDQBCywIASPANAF4+DwDGDQAAZu0NAAjjAQAWlgIAeB0AACyeCgDASQgAYhcAAB7gBgDwtwgAHuAGAO7FDgBI8A0A4hAPACjrDQDGDQAAnEcCAD7PAAA+zwAAPs8AAF4+DwA+zwAAGCMCAMSDDABePg8AnEcCAF4+DwBSPgIACuQOAAjcDgBa3A4AcvQNAF4+DwBSAAAAYhcAAIRQDACerg0ALJ4KAFirDgBSAAAACuQOAPgIAAD4CAAA+AgAAGB5DgBI8A0Anq4NAJhgAgAsngoAvP0NALqMAwAGdQMAoosOAFYxCQCwPg8ACrkGAODADQBywQ4AxMEOACRyAwBW1g0AqNYNAN4KDgAwCw4A4MANAF4+DwDyvgQAEjcOAODADQAo6w0AKOsNAFbWDQCo1g0AKOsNAK7uDQAA7w0AGA4AAEjwDQCerg0AXj4PAAjjAQBI8A0AKOsNAK7uDQAA7w0ACOMBAPy9BABAnQ4AXMQJAF4+DwDOTQUAXj4PAPb4CACGGw4ASPANABoFDgAmRgAAXj4PAJhgAgDGBg0ASPANADzfDgCs7QAAQJ0OALA+DwAo6w0Aru4NALA+DwAo6w0AEjcOAPjNCQCmrAAA4MANAHLBDgDEwQ4AVtYNAAC8DgDOYwsA0HYOAJ6uDQDGDQAAYAUBAJYJDgCccw4AJkYAACZGAADgwA0AcsEOAMTBDgAaBQ4AJkYAACZGAAAmRgAAJkYAAIK5DQBwFQ4AnvUKADQbDgBI8A0AKOsNAK7uDQAA7w0AxB0OAMjjBACerg0A7kkKALA+DwAo6w0AsD4PACjrDQBCKg4AlCoOAOYqDgAujwAA3AIOAC4DDgCAAw4A0gMOAPB7DgBCKg4AlCoOAOYqDgCCuQ0AEnIEAODADQBywQ4AxMEOABoFDgA+TAkAXj4PAJhgAgAsngoAXj4PAECdDgCerg0AugcEAC5xAwD0awkAKOsNAK7uDQAA7w0AhhsOAMAeAADgwA0AcsEOAMTBDgBePg8AQssCABoFDgCyOggAJkYAACZGAACoKA4A+igOAEwpDgDOTQUAqCgOACjrDQCUzg4A4MANALA+DwAo6w0Aru4NALA+DwDGBg0ACOMBACjrDQCu7g0AAO8NACa4BQBI8A0APN8OAF4+DwBWogoASPANAF4+DwCSfAUAKOsNAODADQCwPg8AIMsNAHLLDQAe4AYAGHgOAEIqDgCUKg4A5ioOACjrDQCu7g0AAO8NALz9DQCYYAIAxgYNACjrDQAS2goAXj4PAMYGDQAI4wEA1K8OAB7gBgBIkQIAKOsNAK7uDQAA7w0AgrkNAGAFAQBI8A0AXj4PAKiYCwCerg0AMFwKAODADQAo6w0A4MANACjrDQCwPg8AsD4PALA+DwAo6w0AKOsNACjrDQCu7g0AAO8NACjrDQDM6w0A0EMPAEjwDQDQQw8AqCgOACjrDQDgwA0AcsEOAMTBDgDgwA0AcsEOAMTBDgBePg8AQMYOAJJzCgBePg8AxgYNAF4+DwDe1QYAnq4NAAjjAQBO5wQAYAUBAF4+DwBePg8AmGACAF4+DwCYYAIAXj4PAJhgAgCwPg8AKOsNAK7uDQAA7w0AxgYNACjrDQCu7g0AAO8NAEjwDQAAAAAAPN8OAJ71CgDgwA0AcsEOAMTBDgCUIA8AXj4PAArkDgAmRgAAKOsNAK7uDQAA7w0ASPANAEjwDQAo6w0Aru4NAADvDQAKuQYAVMQOAKbEDgDeCg4ALJ4KAMYGDQBI8A0AXj4PAFirDgDSuggAgrkNAF4+DwDyRAgAjjsOAFbWDQCo1g0AIMsNAHLLDQDgwA0AcsEOAMTBDgCsKwMASPANAF4+DwDccAMAKOsNACjrDQCu7g0AAO8NAB7gBgDAHgAAKOsNAFy7DgAo6w0Aru4NAADvDQD0Lw8AAAAAAODADQBywQ4AxMEOAEjwDQAaBQ4Anq4NAEjwDQC2SggAQJ0OAJ6uDQCgDwEAAAAAAF4+DwBAnQ4Anq4NAKAPAQCYYw4A4MANAHLBDgDEwQ4A+MQOAMzrDQBePg8A8kQIACjrDQCu7g0AAO8NAF4+DwAsngoALJ8OAAjjAQCGbQ4AKOsNAKztAAC41wcAJkYAAOIQDwAsngoATucEAF4+DwCAjwAAeLAOAKwrAwDANg4ACOMBAAjjAQBI8A0A3goOAGAFAQCOOw4ACOMBADZ1DgDSNAUAGgUOAMA2DgAAcQEAmGMOAOpjDgAe4AYAAAAAAAAAAAAAAAAAXj4PAECdDgAAAAAAAAAAAAAAAAA2dQ4AYAUBAF4+DwAK5A4AQJ0OAB7gBgAo6w0AEjcOABI3DgAo6w0AzOsNAAzAAgC4NQ8AcsEOAMTBDgAaBQ4AKOsNAMzrDQC6BwQA4MANALoHBAAujwAAJkYAAFy5BgBePg8AAoMAAFy5BgCwPg8AYoEOAMA2DgBW1g0AqNYNAMTLDQAaBQ4AXj4PACyeCgAo6w0AXj4PANxwAwAI4wEASPANANxwAwAo6w0Aru4NAADvDQAmhw4AeIcOALoHBAC6BwQAXj4PANxwAwDccAMA/L0EANSvDgCerg0AAAAAAF4+DwBePg8ALo8AAEDGDgAI4wEAXj4PAHqPDgD4CAAAfn8JAJDuAQCkkw4A9pMOAFIAAABSAAAAzk0FAEjwDQAI4wEAXj4PAF4+DwBiFwAA4MANAHLBDgDEwQ4AjDMOAFaiCgAkcgMAKOsNAK7uDQAA7w0AhgYMAFbWDQAAvA4AMK8OAHqPDgDyRAgAeo8OAHqPDgAe4AYAYhcAAFbWDQAAvA4AqNYNAODADQBI8A0Aeo8OAMyPDgAekA4AupkOADS/DgAo6w0A3HADAEjwDQBWZAgAEGsIAAAAAAD6eg4ATHsOAAAAAAAAAAAA/nQIALQEBgBWogoASPANAF4+DwBePg8AeLAOACZGAABI8A0AXj4PAILsDABI8A0AYAUBAAjjAQAo6w0Aru4NAADvDQBePg8ACOMBAF4+DwAI4wEAXj4PAGAFAQBePg8AYAUBAAjjAQBePg8A+AgAAF4+DwD4CAAAQMYOAPJECABePg8AQssCAAAAAAAsngoAKOsNAK7uDQAA7w0AXj4PAILsDABgBQEAnq4NAMYNAADGDQAAnq4NAMYGDQBAxg4AQssCAODADQBywQ4AxMEOACjrDQCu7g0AAO8NAAjjAQDaIAIAXj4PAAjjAQBePg8ASPANAJKdDgAI4wEACOMBAE7nBABgjAgASPANAPgIAABePg8AXj4PAAjjAQAgyw0AcssNAN4KDgCC7AwADsoKAEjwDQAmRgAASJECACZGAAAo6w0Aru4NAADvDQBI8A0AKLgOAB7gBgAsngoA0McKAELLAgCCAQ8AALwOANqlAQAI4wEAxg0AAAAAAAAwXAoAAAAAAN6uDgCOtg4A4LYOADK3DgBePg8AKOsNAK7uDQAA7w0ACOMBAPgIAAC6BwQAugcEAMD4CwAI4wEA4MANAAjjAQBI8A0AQssCAEjwDQAKMwMACuQOAArkDgCGBgwASPANAF4+DwAI4wEAVtYNAKjWDQAo6w0Aru4NAADvDQAo6w0ACOMBAB7gBgBePg8AHuAGAIS3DgDsagoA8kQIAPgIAAAMCAQAkhgPALRsDACs7QAAXj4PACDLDQByyw0A0s8KAIIBDwDCFAoACOMBAATMDgAI4wEAwhQKAOLnDgCozA4A7u0KADy9AQDgwA0AcsEOAMTBDgAI4wEAXj4PAF4+DwAo6w0AmGACAJhgAgAo6w0AKOsNAB7gBgBA0A0AktANAMjRDgBi3Q0A4MANACjrDQDM6w0ANO8BAOakCgDYnQEATNcNAODADQDuFAMAPL0BAPy9BACeEwgAZDUGAJDuAQAmRgAAktgEAB7gBgBePg8AxgYNACT6DgAWlgIATi4CABaWAgBOLgIALikCAFzECQCwPg8AkJICAF4+DwD4CAAACOMBALTdDQB4HQAA7hQDAPInDwAI4wEASPANACjrDQAMwAIA4ucOAKjMDgDaNwwAVtYNAKjWDQDaNwwAIGQLAFbWDQBGtQ4AKOsNAFy7DgBePg8ACOMBAHolAAB6JQAAkO4BAE4FAgB+qQ0AHuIOALZVCwA83w4ACOMBAF4+DwAI4wEAPN4KAE7VDgDOYwsACOMBAAjjAQAI4wEA9IALAHR+AQBgoQoAbCQPACjrDQCQ7gEA9LMKAEjwDQAI4wEACOMBAOLnDgCozA4AXj4PAFbWDQCo1g0A3goOANQKCgAI4wEACOMBAAjjAQDakwsAxg0AACDLDQBI8A0AsjsMAJT3DgCoPAwA5vcOAI47DgAqwA4AKOsNAMzrDQDi5w4AuF0LAH6pDQCOOw4AlPcOAI47DgDm9w4AjjsOAOLnDgCozA4Ais8OAFIAAAD2sAcAJkYAAGrUDQDGDQAACOMBAMIUCgCozA4ACOMBADCvDgDgOAIAXFQMACyeCgDUCgoAHuAGAAjjAQAI4wEACOMBAF4+DwBO1AoATtQKAE7UCgBO1AoAkO4BAJDuAQB+YQwACOMBAFbWDQDy/g4A4ucOAAYmDwAI4wEA4ucOAApeCwAI4wEApOUOAF7sDgBW1g0AsOwOAAjjAQDQ8Q4AIvIOAAQeDwB08g4ACOMBAAjjAQDi5w4ACl4LAKTlDgBe7A4AVtYNALDsDgAI4wEAbPALAI4IDwBW1g0AqNYNACjrDQDM6w0ACOMBAIIBDwDA+AsAwPgLAJC+DgDWCQ8ANL8OAI69AQB88w0ATNcNAIrZDQDUCgoAgpoMAFYlAgBW1g0ARrUOAKTlDgBI8A0A0PEOAEjwDQBePg8ASPANAAzAAgAo6w0A4ucOAELLAgBW1g0AALwOALi6DgBqHA8AKOsNAFy7DgBCywIAqNYNAN4KDgD0awkAXj4PANAhAgBSAAAAbCQPAOLnDgBCywIAJkYAACjrDQAe4AYACOMBAFbWDQCo1g0AXgANACoHDABCywIAQssCAD6cAQA+nAEAPpwBAD6cAQBCywIASPANAD6cAQAI4wEACOMBAAjjAQAAAAAAAAAAAOLnDgAGJg8AVtYNAKjWDQBeAA0AXj4PAAjjAQBePg8A4ucOAPRrCQBePg8A4ucOAPInDwBI8A0ACOMBAAjjAQAsngoAYhcAAB7gBgAujwAACOMBAKRVDABCywIAVtYNAAC8DgBI5g4AKOsNAK7uDQB8yg0ABgQCAB7iDgCWKA8A6CgPADopDwCMKQ8AKOsNAMzrDQDikwYASPANABwsDwBCywIAxgYNAB7gBgCssw4A3q4OALi6DgDOYwsAKOsNAFy7DgDOYwsAYAUBADzfDgBgBQEAPN8OACDLDQDerg4AYAUBAAjjAQDi5w4AqMwOAFbWDQCo1g0ABgQCAEjwDQBI8A0ABgQCAODADQDgwA0A4MANAEIqDgDgwA0A4MANAODADQDgwA0AIMsNAN6uDgDgwA0AQioOAODADQBowg4A4MANAGjCDgDgwA0AaMIOAJTODgBowg4A4MANAGjCDgDgwA0AaMIOAJQBDgBowg4A4MANAGjCDgDcAg4ALgMOAPrWDQAI4wEACOMBAELLAgBI8A0AYhcAAEzXDQAa0g4AOPgOADj4DgBM1w0AntcNAPg9BwCmPw8AQssCAELLAgDGDQAAxg0AAJz4DQBI8A0Ajr0BAODADQBePg8AKgcMAF4+DwDgwA0Anq4NAF4+DwCerg0A4MANAHLBDgCerg0AakUPALxFDwDgwA0AQssCAA7LDgBI8A0ACOMBAAjjAQAI4wEAyEwPAAjjAQAI4wEACOMBAMhMDwAI4wEAnD4HAMhMDwBePg8AulENAAjjAQAI4wEAyEwPAEjwDQDcAg4ALgMOAIADDgDgwA0A7EkBAKTlDgBe7A4ACOMBACjrDQDM6w0AVtYNAKjWDQDeCg4AtGwMAKKKCgDYEQ8AkhgPAMYGDQBePg8A+D0HAJQgDwDkxg4A4ucOAKjMDgBW1g0AALwOALi6DgBePg8Anq4NAPSzCgBiFwAAXj4PAPJECABW1g0AqNYNAN4KDgB6rQsAlCAPADghDwBW1g0A8v4OAOLnDgC4XQsAXj4PAA==","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAwAAAAEAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAACAAEAAAAAACAAAQAAA6AgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAIAAQAAAAAAIAABAAADoCAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAADAABAAAAAADAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAABAgAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAgABAAAAAAAgAAEAAAOgIAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAgABAAAAAAAgAAEAAAOgIAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAACAAEAAAAAACAAAQAAA6AgABAAAAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAgABAAAAAAAgAAEAAAOgIAAQAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAIAAQAAAAAAIAABAAADoCAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAADAABAAAAAADAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAADAABAAAAAADAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAACAAEAAAAAACAAAQAAA6AgABAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAIAAQAAAAAAIAABAAADoCAAEAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAgABAAAAAAAgAAEAAAOgIAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAgABAAAAAAAgAAEAAAOgIAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAACAAEAAAAAACAAAQAAA6AgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAIAAQAAAAAAIAABAAADoCAAEAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAgABAAAAAAAgAAEAAAOgIAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAECAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAACBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAACAAEAAAAAACAAAQAAA6AgABAAAAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAACAAEAAAAAACAAAQAAA6AgABAAAAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAgABAAAAAAAgAAEAAAOgIAAQAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAQIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAIAAQAAAAAAIAABAAADoCAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAAEAAAAAAAAAAAAAAAgQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAAEAAAAAAAAAAAAAAAgQEAAAAAAAAAAAAAAAAAIAAQAAAAAAIAABAAADoCAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAoAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAACAAEAAAAAACAAAQAAA6AgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAEAAAACAAEAAAAAACAAAQAEA6AgABAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAEABAQAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAgAAAAAAAAAAEAAAAAgAAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAgABAAAAAAAgAAEAAAOgIAAQAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAIAAQABAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAACAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAAgAAAEAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAIAAQACAAAAIAABAAADoCAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAEAAAAAAAAkAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAQAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAIAABAAADoCAAEAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAACAAAAggAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAgABAAAAAAIgAAEAAAOgIAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAACAAEAAAAAACAAIQAAA6AgABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAIAAAAAAAAAAAAAQAAgAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAAAAAAAAAAEAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAACBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAYAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAABAAAAIAAACCAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAAMAAAAAAABAAAAAAAAAAAAEAAAAAAAgABAAAAAAAgAAEAAAOoIAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAwAAQAAAAAAwAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAIAAQAAAAAAIAABAAADoCAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAIAAQAAAAAAIAABAAADoCAAEAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAACAAAAggAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAwAAQAAAAAAwAAAAAAAEAAAAAAAAAAAAQAAAAAACAAEAAAAAACAAAQAAA6AgABAAAAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAIIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAQAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAIEBAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAIAAQAAAAAAIAABAAADoCAAEAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAgAAAAAAAAAAAAADAABAAAAAADAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAI="},"index":{"lists":[[77,79,80,81],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,49,54,55,57,58,59,60,61,62,63,64,65,66,67,68,72,73,74,75,77,79,80,81,85,86,104,107,108,110,121,122,123,124,125,126,127,128,129,138,148,149,153,154,157,163,164,168,172,174,175,176,177,179,181,182,184,187,188,189,190,204],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,49,50,54,55,57,58,59,60,61,62,63,64,65,66,67,68,71,72,73,74,75,77,79,80,81,85,86,104,107,108,110,121,122,123,124,125,126,127,128,129,138,148,149,150,153,154,157,163,164,168,172,174,175,176,177,179,181,182,184,187,188,189,190,193,194,195,204],[47,70,77,79,80,81,156,193,210],[77,79,80,81,95,96,97,196,197,198,199,200,201,202],[46,48,77,79,80,81],[77,79,80,81,184,203],[59,77,79,80,81,85,86,102,103,184,189,190],[77,79,80,81,95,96,97],[45,52,57,60,64,65,77,79,80,81,95,96,97,98,115,128,129,130,134,141,143,149,151,152,153,154,162,169,170,171,178,204],[14,15,16,22,23,77,79,80,81,84,133,145],[77,79,80,81,99,216],[6,77,79,80,81],[1,7,77,79,80,81,95,96,97,135,172,176,177,204],[9,77,79,80,81,95,96,97,101,172,176,177,204],[31,77,79,80,81,95,96,97,157,172,176,177,188,204],[17,77,79,80,81,95,96,97,124,144,172,176,177,192,204],[0,2,4,5,20,21,24,25,74,77,79,80,81,95,96,97,118,124,132,157,159,172,173,176,177,180,183,185,204,205,208,211,212,215,217],[3,8,11,20,24,25,27,33,36,37,53,56,75,76,77,79,80,81,82,88,89,95,96,97,100,105,108,111,118,124,131,137,139,140,146,157,158,166,172,176,177,204,213,218],[77,79,80,81,95,96,97,172,176,177,204],[77,79,80,81,95,96,97,124,172,176,177,204],[77,79,80,81,95,96,97,172,176,177,204,209],[73,77,79,80,81,95,96,97,124,172,176,177,194,204,206,207],[68,76,77,79,80,81,83,87,95,96,97,120,160,172,176,177,194,204],[10,33,77,79,80,81,82,90,95,96,97,110,111,136,172,176,177,204],[4,26,51,77,79,80,81,95,96,97,124,172,176,177,204],[10,39,77,79,80,81,95,96,97,110,172,176,177,204],[12,13,32,43,77,79,80,81,95,96,97,106,112,113,114,116,117,119,127,142,147,148,165,167,168,172,176,177,186,191,204],[7,77,78,79,80,81,95,96,97,172,176,177,204],[10,77,79,80,81,95,96,97,172,176,177,204],[77,79,80,81,91,92,93,94,109,161,214],[49,77,79,80,81],[18,19,77,79,80,81,95,96,97,172,176,177,204],[28,77,79,80,81],[29,30,34,35,77,79,80,81],[38,42,77,79,80,81],[41,58,77,79,80,81],[41,77,79,80,81],[41,59,61,77,79,80,81],[44,58,77,79,80,81,179],[58,77,79,80,81,179],[59,61,67,77,79,80,81,195],[61,77,79,80,81],[66,72,77,79,80,81,179,195],[69,77,79,80,81,155],[77,79,80,81,125],[77,79,80,81,126],[77,79,80,81,179],[77,79,80,81,195],[63,77,79,80,81,182],[63,77,79,80,81,182,193],[63,77,79,80,81,163,164,182],[63,77,79,80,81,182,184],[59,63,77,79,80,81,85,86,182,184,189,190],[63,71,77,79,80,81,163,164,182],[45,50,54,55,57,60,62,63,64,65,77,79,80,81,128,129,138,149,150,153,154,163,164,182,204],[1,7,63,77,79,80,81,163,164,172,174,175,176,177,182,187,204],[63,77,79,80,81,163,164,172,174,175,176,177,182,204],[31,63,77,79,80,81,157,163,164,172,174,175,176,177,182,188,204],[63,77,79,80,81,124,163,164,172,174,175,176,177,182,204],[2,4,63,74,77,79,80,81,124,157,163,164,172,174,175,176,177,181,182,204],[36,37,63,75,77,79,80,81,104,108,124,157,163,164,172,174,175,176,177,182,204],[63,73,77,79,80,81,124,163,164,172,174,175,176,177,182,194,204],[63,68,77,79,80,81,163,164,172,174,175,176,177,182,194,204],[63,77,79,80,81,110,163,164,172,174,175,176,177,182,204],[4,63,77,79,80,81,124,163,164,172,174,175,176,177,182,204],[63,77,79,80,81,104,107,110,163,164,172,174,175,176,177,182,204],[43,63,77,79,80,81,104,127,148,163,164,168,172,174,175,176,177,182,204],[7,63,77,79,80,81,163,164,172,174,175,176,177,182,204],[49,63,77,79,80,81,182],[63,77,79,80,81,163,164,172,176,177,182,204],[28,63,77,79,80,81,182],[29,30,34,35,63,77,79,80,81,182],[42,63,77,79,80,81,182],[40,41,58,63,77,79,80,81,182],[41,63,77,79,80,81,182],[41,59,61,63,77,79,80,81,182],[44,58,63,77,79,80,81,121,179,182],[58,63,77,79,80,81,179,182],[59,61,63,67,77,79,80,81,123,182,195],[61,63,77,79,80,81,182],[63,66,72,77,79,80,81,179,182,195],[63,77,79,80,81,122,182],[63,77,79,80,81,123,182],[63,77,79,80,81,125,182],[63,77,79,80,81,126,182],[63,77,79,80,81,179,182],[63,77,79,80,81,182,195]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,30,0,0,31,32,0,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,33],[9679,34],[9135,35],[215,36],[10095,37],[10003,38],[8595,37],[10008,39],[10007,40],[10004,41],[8730,42],[10006,43],[8505,44],[9762,0],[9888,0],[8617,0],[8226,45],[9472,46],[10060,47],[9654,48],[65123,48]],"plainDefault":0,"spaced":[49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,50,51,49,49,49,49,49,49,52,49,53,54,49,55,55,55,55,55,55,55,55,55,55,49,49,49,49,49,49,49,56,57,58,59,60,61,57,57,59,57,57,57,57,62,63,64,57,65,66,67,68,57,59,57,57,57,49,49,49,69,70,49,56,57,58,59,60,61,57,57,59,57,57,57,57,62,63,64,57,65,66,67,68,57,59,57,57,57,49,49,49,49,49],"spacedOther":[[160,49],[5760,49],[8192,49],[8193,49],[8194,49],[8195,49],[8196,49],[8197,49],[8198,49],[8199,49],[8200,49],[8201,49],[8202,49],[8232,49],[8233,49],[8239,49],[8287,49],[12288,49],[65279,49],[9676,71],[9679,72],[9135,73],[215,74],[10095,75],[10003,76],[8595,75],[10008,77],[10007,78],[10004,79],[8730,80],[10006,81],[8505,49],[9762,82],[9888,82],[8617,83],[8226,84],[9472,85],[10060,86],[9654,87],[65123,87]],"spacedDefault":49,"blank":49}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[57,58,59,60],[18,19,20,22,23,24,25,27,28,29,30,31,35,38,39,41,42,43,44,45,46,47,48,49,50,51,53,54,55,56,57,58,59,60,64,65,77,78,79,80,86,87,88,89,90,91,92,93,101],[18,19,20,22,23,24,25,27,28,29,30,31,35,36,38,39,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,64,65,77,78,79,80,86,87,88,89,90,91,92,93,101],[33,52,57,58,59,60],[57,58,59,60,71,72,73],[32,34,57,58,59,60],[43,57,58,59,60,64,65,75,76],[31,37,41,44,48,49,57,58,59,60,71,72,73,74,82,92,93,94,97,102],[5,6,12,13,57,58,59,60,63,97],[57,58,59,60,74],[57,58,59,60,71,72,73,98],[1,57,58,59,60,71,72,73,74],[7,57,58,59,60,71,72,73,89],[10,11,14,15,55,57,58,59,60,71,72,73,85,89,96],[0,3,10,14,15,17,21,24,25,37,40,56,57,58,59,60,61,67,68,71,72,73,74,79,80,85,89,95,100,102],[57,58,59,60,71,72,73,89],[57,58,59,60,62,71,72,73,85],[2,21,57,58,59,60,61,68,71,72,73,80,99],[16,36,57,58,59,60,71,72,73,89],[2,57,58,59,60,71,72,73,80],[4,21,29,57,58,59,60,71,72,73,80,81,83,84,85,91],[2,57,58,59,60,71,72,73],[57,58,59,60,69,70,79],[35,57,58,59,60],[8,9,57,58,59,60,71,72,73],[20,57,58,59,60,71,72,73],[57,58,59,60,71,72,73,78],[54,57,58,59,60,71,72,73],[51,56,57,58,59,60,66,71,72,73],[26,57,58,59,60,71,72,73],[18,57,58,59,60],[19,20,22,23,57,58,59,60],[25,29,57,58,59,60],[28,42,57,58,59,60],[28,57,58,59,60],[28,43,45,57,58,59,60],[30,42,57,58,59,60],[42,57,58,59,60],[43,45,51,57,58,59,60],[45,57,58,59,60],[50,53,57,58,59,60],[52,57,58,59,60],[57,58,59,60,90],[57,58,59,60,91],[47,57,58,59,60],[47,52,57,58,59,60],[43,47,57,58,59,60,64,65],[31,36,38,39,41,44,46,47,48,49,57,58,59,60,92,93,101],[47,57,58,59,60,89],[47,55,57,58,59,60,89],[24,25,47,56,57,58,59,60,77,79,80,89],[47,57,58,59,60,80],[36,47,57,58,59,60,89],[47,57,58,59,60,77,78,80],[29,47,57,58,59,60,77,80,91],[47,57,58,59,60,79],[35,47,57,58,59,60],[20,47,57,58,59,60],[47,57,58,59,60,78],[47,54,57,58,59,60],[47,51,56,57,58,59,60],[18,47,57,58,59,60],[19,20,22,23,47,57,58,59,60],[25,29,47,57,58,59,60],[27,28,42,47,57,58,59,60],[28,47,57,58,59,60],[28,43,45,47,57,58,59,60],[30,42,47,57,58,59,60,86],[42,47,57,58,59,60],[43,45,47,51,57,58,59,60,88],[45,47,57,58,59,60],[47,50,53,57,58,59,60],[47,57,58,59,60,87],[47,57,58,59,60,88],[47,57,58,59,60,90],[47,57,58,59,60,91]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,15,4,4,4,4,15,16,17,4,18,19,20,4,4,15,21,4,4,22,0,0,23,24,0,4,4,25,4,4,26,4,4,4,4,4,4,4,27,28,4,4,4,29,26,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,30],[9679,31],[9135,32],[215,33],[10095,34],[10003,35],[8595,34],[10008,36],[10007,37],[10004,38],[8730,39],[10006,40],[8505,41],[9762,0],[9888,0],[8617,0],[8226,42],[9472,43]],"plainDefault":0,"spaced":[44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,45,44,44,44,44,44,44,44,44,44,46,45,44,47,47,47,47,47,47,47,47,47,47,44,44,44,44,44,44,44,44,44,44,48,49,50,44,44,48,44,44,44,44,48,44,51,44,52,53,54,44,44,48,44,44,44,55,44,44,56,44,44,44,44,57,44,44,58,44,44,44,44,44,44,44,59,60,44,44,44,44,58,44,44,44,44,44,44,44,44,44,44,44],"spacedOther":[[160,44],[5760,44],[8192,44],[8193,44],[8194,44],[8195,44],[8196,44],[8197,44],[8198,44],[8199,44],[8200,44],[8201,44],[8202,44],[8232,44],[8233,44],[8239,44],[8287,44],[12288,44],[65279,44],[9676,61],[9679,62],[9135,63],[215,64],[10095,65],[10003,66],[8595,65],[10008,67],[10007,68],[10004,69],[8730,70],[10006,71],[8505,45],[9762,72],[9888,72],[8617,73],[8226,74],[9472,75]],"spacedDefault":44,"blank":44}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,20],[5,6,7,10,11,20],[12],[6,8,9,10,11,16,21,22,23],[2],[1],[3,13,18],[14],[0,4,5,19,20],[15],[17],[6,7,10,11],[5,20]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var FAILURE_SHAPE_AT_START = /^\d{1,9}(?:,\d{1,9})?[acd]\d{1,9}(?:,\d{1,9})?\s*$|^\s{0,8}[✗✘✖❌] \S|^E\s{1,40}(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z][\w$]{1,120}(?::\s.*|\s*)$|^\s{2,12}error: ['"]\S|^\s{4}\S[^\n]{0,500} thrown$|^error$/;
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
    timeoutNoted: false,
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
  into.timeoutNoted ||= from.timeoutNoted;
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
    const confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut || unit.timeoutNoted ? "ambiguous" : "high";
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

// src/classify/streams.ts
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
var TASK_PREFIX = /^(?:(?:[\w.@-]{1,100}\/){1,6}[\w.@-]{1,100} [a-z][\w:.-]{0,60}|(?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}:[a-z][\w:.-]{0,60}):(?: |$)/;
function startsLikeAPrefix(raw, colon) {
  let slash = false;
  for (let i = 0; i < colon; i++) {
    const c = raw.charCodeAt(i);
    if (c === 47) slash = true;
    else if (c === 32) return slash && i > 0;
    else if (!(c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 64 || c === 46 || c === 45 || c === 95 || slash && c >= 65 && c <= 90)) return false;
  }
  const next = raw.charCodeAt(colon + 1);
  return colon > 0 && next >= 97 && next <= 122;
}
var MAX_STREAMS = 32;
function taskLine(raw) {
  const sep = raw.indexOf(":");
  if (sep < 0 || sep > 0 && raw.charCodeAt(0) !== 27 && !startsLikeAPrefix(raw, sep)) return void 0;
  const plain = raw.charCodeAt(0) === 27 ? raw.replace(ANSI, "") : raw;
  const found = TASK_PREFIX.exec(plain);
  if (!found) return void 0;
  const prefix = found[0];
  return { stream: prefix.replace(/: ?$/, ""), line: plain.slice(prefix.length) };
}
function leniency(verdict) {
  if (verdict.classification === "code") return verdict.confidence === "high" ? 0 : 1;
  return verdict.confidence === "high" ? 3 : 2;
}
var EVIDENCE_MAX2 = 12;
var TESTS_MAX2 = 100;
function combineStreams(streams) {
  const [first] = streams;
  if (first === void 0) throw new Error("combineStreams: no stream to combine");
  if (streams.length === 1) return first.verdict;
  const deciding = streams.reduce((worst, s) => leniency(s.verdict) < leniency(worst.verdict) ? s : worst);
  const all = streams.map((s) => s.verdict);
  const tests = all.flatMap((v) => v.tests).slice(0, TESTS_MAX2);
  const failingTests = all.reduce((n, v) => n + v.failingTests, 0);
  const counts = {
    infrastructureHigh: all.reduce((n, v) => n + v.counts.infrastructureHigh, 0),
    infrastructureAmbiguous: all.reduce((n, v) => n + v.counts.infrastructureAmbiguous, 0),
    code: all.reduce((n, v) => n + v.counts.code, 0)
  };
  const evidence = [...deciding.verdict.evidence, ...all.filter((v) => v !== deciding.verdict).flatMap((v) => v.evidence)].slice(0, EVIDENCE_MAX2);
  const names2 = streams.map((s) => s.name).join(", ");
  if (all.every((v) => v.classification === "infrastructure" && v.confidence === "high")) {
    const services = [...new Set(all.flatMap((v) => v.services))].sort();
    return {
      ...deciding.verdict,
      services,
      unnamedService: all.some((v) => v.unnamedService),
      tests,
      failingTests,
      counts,
      evidence,
      explanation: `Each package's log judged on its own (${names2}): every one failed for a missing service. ${streams.map((s) => `${s.name}: ${s.verdict.explanation}`).join(" ")}`
    };
  }
  return {
    ...deciding.verdict,
    tests,
    failingTests,
    counts,
    evidence,
    explanation: `Each package's log judged on its own (${names2}); ${deciding.name} decides: ${deciding.verdict.explanation}`
  };
}
var TASK_FAILED = /^(?:Failed|npm (?:error|ERR!) (?:code (?:[1-9]\d{0,2}|ELIFECYCLE)|Lifecycle script .{1,200} failed\b.*)|\s*ELIFECYCLE\s+(?:Test|Command) failed\b.*|error Command failed with exit code [1-9]\d{0,2}\.?|error: script ".{1,200}" exited with code [1-9]\d{0,2})\s*$/;
function taskFailedLine(line) {
  const plain = line.includes("\x1B") ? line.replace(ANSI, "") : line;
  return TASK_FAILED.test(plain);
}
var TURBO_TASK_FAILED = /^((?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100})#([a-z][\w:.-]{0,60}): {1,4}(?:(?:ERROR|WARNING) {1,4})?command (?:\(.{0,1000}\) .{0,1000} exited \(\d{1,3}\)|finished with error)/;
var TURBO_FAILED_LIST = /^Failed: {1,10}((?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}#[a-z][\w:.-]{0,60}(?:, (?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}#[a-z][\w:.-]{0,60}){0,1000})\s*$/;
function failedTasksNamed(raw) {
  if (!raw.includes("#")) return [];
  const plain = raw.includes("\x1B") ? raw.replace(ANSI, "") : raw;
  const one = TURBO_TASK_FAILED.exec(plain);
  if (one) return [`${one[1]}:${one[2]}`];
  const list = TURBO_FAILED_LIST.exec(plain);
  return list ? list[1].split(", ").map((task) => task.replace("#", ":")) : [];
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
var LogClassifier = class _LogClassifier {
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
  /** The line of a spec suite's `✖` over a failing `✖`: a parent unless it prints a failure of its own. */
  specParentAt = 0;
  /** Suites made parents by the spec reporter's nesting alone, until a line of their own says otherwise. */
  specParents = /* @__PURE__ */ new WeakSet();
  /** The last failing test's marker, for a runner that prints one error for several tests. */
  lastStart;
  /** The last line a finding naming a service was recorded in a logging block. */
  loggedRefusalLine = 0;
  /** Each package's lines, when a monorepo's task runner prefixed them (streams.ts), judged apart. */
  streams;
  /** The packages whose task the task runner, or the package manager in it, says failed. */
  failedTasks = /* @__PURE__ */ new Set();
  /** Lines pushed without a number: the log's own line numbers, once lines go to streams. */
  pushed = 0;
  /** Feed one line of the log (without its newline); `lineNumber` sets its number explicitly. */
  push(rawLine, lineNumber) {
    if (lineNumber === void 0 && !this.reportMode) {
      this.pushed++;
      const task = taskLine(rawLine);
      if (task !== void 0 || this.streams !== void 0) {
        this.route(rawLine, task);
        return;
      }
    }
    this.pushOwn(rawLine, lineNumber);
  }
  route(rawLine, task) {
    this.streams ??= /* @__PURE__ */ new Map();
    let stream = task && this.streams.get(task.stream);
    if (task && !stream && this.streams.size < MAX_STREAMS) {
      stream = new _LogClassifier();
      this.streams.set(task.stream, stream);
    }
    if (task && taskFailedLine(task.line)) this.failedTasks.add(task.stream);
    if (!task) for (const name of failedTasksNamed(rawLine)) this.failedTasks.add(name);
    if (task && stream) stream.pushOwn(task.line, this.pushed);
    else this.pushOwn(rawLine, this.pushed);
  }
  pushOwn(rawLine, lineNumber) {
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
    return Math.max(this.lineNumber + this.batch.length, this.pushed);
  }
  result(end) {
    const own = this.ownResult(end);
    if (this.streams === void 0) return own;
    const judged = [...this.streams].map(([name, stream]) => {
      const failed = this.failedTasks.has(name);
      if (failed && stream.saidNothing()) stream.failedSilently(name);
      return { name, verdict: stream.ownResult(), quiet: !failed && stream.saidNothing() };
    });
    const unmatched = [...this.failedTasks].some((name) => !this.streams?.has(name));
    const speaking = [...this.saidNothing() && !unmatched ? [] : [{ name: "the log outside any package", verdict: own }], ...judged.filter((s) => !s.quiet)];
    return speaking.length === 0 ? own : combineStreams(speaking);
  }
  /** The task runner says this package's task failed, and its lines show no failure. */
  failedSilently(name) {
    count(this.outside, { ruleId: "task.failed-unexplained", title: "A package's task failed and its lines show no failure", kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: `the task runner reports that ${name} failed, and no failure in its lines explains it` });
  }
  /** Nothing in the lines fed so far: no failing test, no finding, no runner's failure count. */
  saidNothing() {
    return this.units.size === 0 && this.fatal === void 0 && this.firstCode === void 0 && this.firstInfra === void 0 && this.reportedFailures === 0 && !hasFindings(this.outside) && !hasFindings(this.preceding);
  }
  ownResult(end) {
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && !interesting(lines[i])) continue;
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
      this.onMarker({ dialect: GO, event: "run", name: jsonTest, key: `go:${jsonTest}`, afterOutput: false, closes: false, asserts: false });
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
    const own = this.current;
    if (own && this.specParents.has(own) && line.trim() !== "" && !SPEC_LINE.test(line) && !PARENT_MARKER.test(line) && !markerOf(line)) {
      own.parent = false;
      this.specParents.delete(own);
    }
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
        if (marker.dialect.subtestsBySlash && [...this.units.values()].some((u) => u !== unit && u.runner === runner && u.name.startsWith(`${unit.name}/`))) unit.parent = true;
        if (this.specParentAt === this.lineNumber) this.specParents.add(unit);
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
    if (scope?.failedInside) {
      this.tapParentAt = this.lineNumber;
      this.specParentAt = this.lineNumber;
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
      if (target2 && target2.lastInfraLine > 0 && nullHandle && mayBeHandleOf(line, target2)) {
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
function mayBeHandleOf(line, unit) {
  if (!SQL_HANDLE.test(line) || unit.infraServices.size === 0) return true;
  return [...unit.infraServices].some((s) => s === "sql" || serviceDefinition(s)?.family === "sql");
}

export {
  LogClassifier,
  classifyText,
  lastShown
};
