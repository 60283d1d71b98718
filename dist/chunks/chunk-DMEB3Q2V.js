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
  subtestsBySlash: true,
  holdsOutputOf: "go",
  countsParents: true
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
    { event: "quiet", pattern: /^\s{0,40}\S[^\n]{0,500}? \.\.\. FAILED(?: \(due to [^()\n]{1,200}\))? \([\d.]{1,12} ?[mµn]?s\)$/, contains: " ... FAILED" },
    { event: "quiet", pattern: /^Uncaught error from \S{1,300} FAILED$/ },
    { event: "pass", pattern: /^\s{0,40}\S[^\n]{0,500}? \.\.\. (?:ok|ignored) \([\d.]{1,12} ?(?:[mµn]?s)\)$/, contains: " ... " },
    { event: "outside", pattern: /^(?<name>\S{1,300}) \(uncaught error\)$/, contains: " (uncaught error)" },
    { event: "start", pattern: /^(?<name>\S[^\n]{0,500}?) => (?:\.{1,2}\/|file:\/\/\/?|\/)\S{0,300}?:\d{1,6}:\d{1,6}$/, contains: " => " }
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
var JAPA = {
  id: "japa",
  markers: [
    { event: "outside", pattern: /^❯ (?<name>\S[^\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/ },
    { event: "start", pattern: /^❯ (?<name>\S[^\n]{0,300}? \/ [^\n]{1,300}?)$/, keyFromName: (name) => `node:test:${name.split(" / ").pop() ?? name}` },
    { event: "end", pattern: /^\[\d{1,6}\/\d{1,6}\]─|^\s?FAILED\s?$|^Tests\s{1,4}\d{1,6} (?:passed|failed)\b/ }
  ],
  reportedFailures: /^Tests\s{1,4}(?:\d{1,6} passed, )?(\d{1,6}) failed/
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
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 236\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,198,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,374,376,377,378,379,380,381,382,385,386,387,389],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,35,94,9472,10003,10004,8730,10006,8505,10095,9762,9888,8226,43,9654,65123,36],"words":8,"quiet":10962,"states":12329,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAADNRwYABgAAAGseAgAHAAAAlfUGAAgAAADs6AEACQAAAL2LAAAKAAAAAUcAAAsAAACgYwgADAAAAO2QAAANAAAAqxcAAA4AAAAtdQEADwAAACKtAAAQAAAA7yUAABEAAAB4ggEAEgAAABQJAAATAAAA9NsBABQAAABSvwoAFQAAAP4JAgAWAAAAShIBABcAAACY9AEAGAAAAJ0LAgAZAAAA//0BABoAAABXFQIAGwAAAEyZAgAcAAAA+9MCAB0AAAAAAAAAHgAAAAI6DAAfAAAAkAgBACAAAADQPwIAIQAAAAAAAAAiAAAAqsIBACMAAACS8AAAJAAAAE8UBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAARaEBACkAAADOsQEAKgAAANriCQArAAAAXYcLACwAAAAAAAAALQAAAA7wAQAuAAAAAAAAAC8AAABaRAIAMAAAAKLIAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAADlqgoAPAAAAOu1CgA9AAAA+qALAD4AAAAAAAAAPwAAAKChCwBAAAAAAAAAAEEAAABZtwsAQgAAAKy3CwBDAAAA1b0LAEQAAADUyQsARQAAACWIDABGAAAAjOsLAEcAAADf6wsASAAAADLsCwBJAAAAWv4LAEoAAAA+AgwASwAAAJswDABMAAAA9YIMAE0AAABIgwwATgAAANKHDABPAAAAZCUNAFAAAACpeg0AUQAAAPx6DQBSAAAAT3sNAFUAAACmAAAAVgAAAKLBAwBYAAAAbdUIAFkAAAAIPwEAXAAAAE2bAABeAAAAI2IJAF8AAAChsQcAZwAAADUOAgBqAAAAGL0DAHAAAAChPAAAqQAAAPkAAACzAAAAnvgCAPwAAAAW4g0AUQEAAJ8BAAClAQAA8gEAAPkBAABFAgAATQIAAJgCAACaAgAA6wIAAPQCAAA+AwAASAMAAJEDAACcAwAA5AMAAPADAAA3BAAARAQAAIoEAACUBAAA3QQAAOsEAAAwBQAAPwUAAIMFAACFBQAA1gUAAOAFAAApBgAANwYAAHwGAACBBgAAzwYAANwGAAAiBwAAKgcAAHUHAACFBwAAyAcAAMoHAAAbCAAAKQgAAG4IAAB/CAAAaeINAMgIAAC84g0AFgkAAA/xCwAcCQAAZwkAACkJAAC7CgoALQkAAIXsCwAwCQAAE88JAG4JAAC6CQAAdAkAAD0cCgC/CQAADQoAABkKAABgCgAAYwoAALMKAAC7CgAABgsAABMLAABZCwAAXgsAAKwLAAC2CwAA/wsAAAcMAABSDAAAXgwAAKUMAABhDAAAZgcCALgMAAD4DAAABg0AAEsNAABODQAAng0AAKgNAAAP4w0A8w0AACdxAAD0DQAA5KIBAPYNAABEDgAA+g0AAPTvCgD7DQAABGgCAPwNAADjAQIA/Q0AANQdAAD+DQAA6NILAP8NAACwegEAAA4AAKkvAAACDgAAcC4DAAUOAAC4uQIADg4AANWiAwARDgAA79ELAEoOAACXDgAAUw4AAOHvBwCdDgAA6g4AAP4OAAA9DwAAUg8AAJAPAACYDwAA4w8AAO0PAAA2EAAAOxAAAIkQAACOEAAA3BAAAOQQAAAvEQAARREAAIIRAACEEQAA1REAAOIRAAAoEgAAPBIAAHsSAACDEgAAzhIAAN0SAAAhEwAAMhMAAHQTAACCEwAAxxMAANMTAAAaFAAAJxQAAG0UAAB3FAAAwBQAAMMUAAATFQAAGxUAAGYVAABoFQAAuRUAAMoVAAAMFgAAEhYAAF8WAABrFgAAshYAALQWAAAFFwAADBcAAFgXAABsFwAAYuMNAKwXAADIpQ0ArRcAAGMrAgCwFwAA/hcAALQXAADf3gEAuRcAADoeAwAAGAAAV8kAAAEYAADdeQcABRgAABiTCQAGGAAAURgAAAgYAAB3OwEACRgAANQ/BwALGAAARIoGAA0YAABpUQoADxgAAOdbBgAUGAAAjDECABcYAAAS9wUAUhgAAKQYAABUGAAAk8EFAFcYAAB7cgoAuxgAAPcYAAAPGQAAShkAAFUZAACdGQAAthkAAPAZAADyGQAAQxoAAF0aAACWGgAApRoAAOkaAADuGgAAPBsAAEkbAACPGwAAnxsAAOIbAADqGwAANRwAAEEcAACIHAAAlRwAANscAADlHAAALh0AADQdAACBHQAAlR0AALXjDQDaHQAAJx4AAN4dAABOlQsA6x0AAAuCCgBCHgAAeh4AAIYeAADNHgAA0x4AACAfAAAjHwAAs40FACgfAABzHwAAdh8AAB+uBQB6HwAAxh8AAH4fAADcMgcAgR8AAO5vAwDLHwAAGSAAACUgAABsIAAAbyAAAL8gAADHIAAAEiEAAB8hAABlIQAAaiEAALghAADCIQAACyIAABMiAABeIgAAYSIAALEiAAC6IgAABCMAAAUjAABXIwAAWCMAAKojAACvIwAA/SMAAAMkAABQJAAAWiQAAKMkAACrJAAA9iQAAPkkAABJJQAATCUAAJwlAACtJQAACOQNAPElAAAGqgEA9CUAAJDCCgD4JQAAkzYNAPslAABCJgAA/SUAAInYBwBaJgAAlSYAAJgmAADoJgAA9CYAADsnAABIJwAAjicAAJUnAADhJwAA4ycAADQoAAA9KAAAhygAAJEoAADaKAAA5SgAAC0pAABJKQAAgCkAAIgpAABb5A0A2CkAACYqAAAuKgAAeSoAAHoqAADMKgAAzioAAB8rAAAiKwAAcisAAHUrAACu5A0AyisAABgsAAAeLAAAaywAAHIsAAC+LAAAxiwAABEtAAAULQAAZC0AAG0tAAC3LQAAuC0AAAouAAALLgAAXS4AAG4uAACwLgAAvi4AAAMvAAAPLwAAVi8AAF0vAAAB5Q0Ary8AAPwvAAD+LwAATzAAAGUwAACiMAAAqjAAAPUwAAD3MAAASDEAAFExAACbMQAApTEAAO4xAAD5MQAAQTIAAE0yAACUMgAAoTIAAOcyAADxMgAAOjMAAEgzAACNMwAAnDMAAOAzAADiMwAAMzQAAD00AACGNAAAlDQAANk0AADeNAAALDUAADk1AAB/NQAAhzUAANI1AADYNQAAJTYAADE2AAB4NgAAlTYAAMs2AADUNgAAHjcAACw3AABxNwAAdzcAAMQ3AADQNwAAFzgAABo4AABqOAAAcjgAAL04AADOOAAAEDkAAB45AABjOQAAfDkAALY5AAC3OQAACToAACY6AABU5Q0AYToAAK86AAC1OgAAAjsAAAo7AABVOwAAXjsAAKg7AACrOwAA+zsAAAc8AABOPAAAVDwAAPrlDQC9PAAA9DwAAPw8AABN5g0ASj0AAJo9AACrPQAA7T0AAPU9AABAPgAATj4AAJM+AACWPgAA5j4AAO4+AAA5PwAARj8AAIw/AACRPwAA3z8AAOk/AAAyQAAAOkAAAIVAAACRQAAA2EAAAOVAAAArQQAALUEAAH5BAACXQQAA0UEAAOJBAAAkQgAAMEIAAHdCAAB+QgAAykIAANJCAAAdQwAAIkMAAHBDAAB9QwAAw0MAAMtDAAAWRAAAIEQAAGlEAAB0RAAAvEQAAMhEAAAPRQAAF0UAAKDmDQBuRQAAtUUAALtFAAAIRgAAI0YAAFtGAABnRgAArkYAALRGAADz5g0ABkcAACYcAgAHRwAAjb0EAAhHAABL3AYADEcAAFRHAAANRwAAXokJAA9HAAC+XAUAFUcAADolAgBgRwAAp0cAAK1HAADoeAwAr0cAAEbnDQAGSAAATUgAAFNIAACgSAAAu0gAAPNIAAD/SAAARkkAAExJAACZSQAAoUkAAOxJAADySQAAP0oAAEtKAACSSgAAr0oAAOVKAADuSgAAOEsAAERLAACLSwAAjksAAN5LAADoSwAAMUwAAD1MAACETAAAi0wAANdMAADfTAAAKk0AACtNAAD/XgAALU0AAH1NAACMTQAA0E0AANZNAAAjTgAAJU4AAHZOAACMTgAAyU4AAOdOAAAcTwAANU8AAG9PAABxTwAAwk8AAMVPAAAVUAAAIVAAAGhQAABvUAAAu1AAAMNQAAAOUQAAEFEAAGFRAABqUQAAtFEAAL5RAAAHUgAAElIAAFpSAABmUgAArVIAALpSAAAAUwAAClMAAFNTAABhUwAAplMAALVTAAD5UwAA+1MAAExUAABWVAAAn1QAAK1UAADyVAAA91QAAEVVAABSVQAAmFUAAK1VAADrVQAA81UAAD5WAABXVgAAkVYAAJpWAADkVgAA7lYAADdXAAA/VwAAilcAAJdXAADdVwAA4lcAADBYAAA4WAAAg1gAAIRYAADWWAAA2FgAAClZAAAsWQAAfFkAAH9ZAACZ5w0A1FkAACJaAAAoWgAAdVoAAHxaAADIWgAA0FoAABtbAAAfWwAAblsAAHBbAADBWwAAxFsAABRcAAAcXAAAZ1wAAGhcAAC6XAAAwFwAAA1dAAASXQAAYF0AAHtdAACzXQAAwV0AAAZeAAANXgAAWV4AAGVeAACsXgAAs14AAOznDQABXwAAUl8AAFVfAAClXwAAqF8AAD/oDQD9XwAAS2AAAFFgAACeYAAApWAAAPFgAAAPYQAARGEAAF1hAACXYQAAmWEAAOphAADtYQAAPWIAAEliAACQYgAAl2IAAONiAADrYgAANmMAADhjAACJYwAAkmMAANxjAADmYwAAL2QAADpkAACCZAAAjmQAANVkAADiZAAAKGUAADJlAAB7ZQAAiWUAAM5lAADdZQAAIWYAACNmAAB0ZgAAfmYAAMdmAADVZgAAGmcAAB9nAABtZwAAemcAAMBnAADVZwAAE2gAABtoAABmaAAAf2gAALloAADCaAAADGkAABZpAABfaQAAZ2kAALJpAAC/aQAABWoAAApqAABYagAAYGoAAKtqAACsagAA/moAAABrAABRawAAVGsAAKRrAACnawAAkugNAPxrAABKbAAAUGwAAJ1sAACkbAAA8GwAAPhsAABDbQAAR20AAJZtAACYbQAA6W0AAOxtAAA8bgAARG4AAI9uAACQbgAA4m4AAOhuAAA1bwAAOm8AAIhvAACjbwAA228AAOlvAAAucAAANXAAAIFwAACNcAAA1HAAANtwAADl6A0AKnEAAHpxAACLcQAAzXEAANVxAAAyjAEA6XEAACByAAAocgAAOOkNAIJyAADGcgAAzHIAABlzAAAbcwAAbHMAAIJzAAC/cwAA3XMAABJ0AAAVdAAAZXQAAHF0AAC4dAAAvnQAAAt1AAAmdQAAXnUAAGp1AACxdQAAt3UAAAR2AAAidgAAV3YAAGd2AACqdgAAuHYAAP12AAADdwAAUHcAAFN3AACjdwAArXcAAPZ3AAAUeAAASXgAAF94AACceAAAqHgAAO94AADyeAAAQnkAAEV5AACVeQAAl3kAAOh5AAD/eQAAO3oAAEd6AACOegAAqnoAAOF6AADpegAAi+kNAEV7AACHewAAlXsAANp7AADmewAALXwAADp8AACAfAAAinwAANN8AADbfAAAJn0AACd9AAB5fQAAe30AAMx9AADPfQAAH34AACJ+AADe6Q0Ad34AAMV+AADLfgAAGH8AAB9/AABrfwAAc38AAL5/AADUfwAAEYAAABqAAABkgAAAZ4AAALeAAADBgAAACoEAABKBAABdgQAAdoEAALCBAAC8gQAAA4IAAAuCAAAx6g0AXoIAAKmCAACsggAA/IIAAAaDAABPgwAAVYMAAKKDAACwgwAA9YMAAAKEAABIhAAAX4QAAITqDQCchAAAx7gMAJ6EAAB1pgEAoYQAAFlQAgCihAAAB84GAKOEAACqpgUApIQAAIjCAAClhAAAqC0CAKiEAABAkAwAqoQAAO6EAACshAAAlFQHALGEAAB90AUAsoQAAGx5CwD4hAAASjQIAP2EAABBhQAATYUAAJSFAACVhQAAYoMDAJeFAADnhQAA6oUAADqGAABBhgAA2YABAEKGAACNhgAAUoYAAPwoAQCUhgAA4IYAAOyGAAAzhwAAQIcAAIaHAACUhwAA2YcAAOWHAAAsiAAAM4gAAH+IAACHiAAA0ogAAOKIAAAliQAAKokAAHiJAAB+iQAAy4kAANOJAAAeigAAJ4oAAHGKAAB0igAAxIoAANCKAAAXiwAAHYsAANfqDQCJiwAAKusNAMqLAAAQjAAAEowAADf9AAATjAAAEXICABeMAAA3nAIAG4wAAN6rCgAcjAAAlcUBAB+MAAC1pQoAKYwAAIpJAgAwjAAAY4wAAHCMAAC2jAAAu4wAAAmNAAANjQAAXI0AAGmNAACvjQAAt40AAAKOAAC6jQAAnnQJAAmOAABVjgAAGI4AAPmKBABXjgAAqI4AALKOAAD7jgAA/Y4AAE6PAABnjwAAoY8AAKOPAAD0jwAA948AAEeQAABTkAAAmpAAAKKQAAB96w0A85AAAECRAAD1kAAA2H0PAPyQAACX5AUA/pAAAM47BgAAkQAArUsBAAmRAAAZeQsARpEAAJrjAABYkQAAk5EAAJWRAADmkQAAoJEAAACmAACskQAAvJcAAPWRAAA5kgAASJIAAIySAACYkgAA35IAAOKSAAAykwAANZMAAIWTAACdkwAA2JMAAN+TAAArlAAAN5QAAH6UAACLlAAA0ZQAAN+UAAAklQAAMJUAAHeVAAB+lQAAypUAAOKVAAAdlgAAKZYAAHCWAAB2lgAAw5YAAMmWAAAWlwAAG5cAAGmXAABvlwAAI+wNAL6XAAAPmAAAFpgAAGKYAAB6mAAAtZgAALyYAAAImQAAIZkAAFuZAABzmQAArpkAALqZAAABmgAAB5oAAFSaAABamgAAp5oAAKyaAAD6mgAAAJsAAHbsDQBmmwAAoJsAALGbAADzmwAAAZwAAEacAABVnAAAmZwAAKGcAADsnAAADJ0AAD+dAABLnQAAkp0AAKadAADlnQAA7Z0AADieAAA+ngAAi54AAJeeAADengAA6J4AADGfAAA3nwAAhJ8AAJKfAADXnwAA458AACqgAABFoAAAfaAAAH+gAADQoAAA4aAAACOhAAAroQAAdqEAAIShAADJoQAAzKEAAByiAAAkogAAb6IAAHyiAADCogAAx6IAABWjAAAfowAAaKMAAHCjAAC7owAAvaMAAA6kAAAfpAAAYaQAAHKkAAC0pAAAuaQAAAelAAALpQAAWqUAAGalAACtpQAAtKUAAMnsDQAFpgAAU6YAAF2mAACmpgAAvqYAAPmmAAD8pgAATKcAAFWnAACfpwAAoKcAAPKnAADzpwAARagAAEqoAACYqAAAnqgAAOuoAAD1qAAAPqkAAEqpAACRqQAAmKkAAOSpAAD8qQAAN6oAADmqAACKqgAAk6oAAN2qAADnqgAAMKsAADurAACDqwAAm6sAANarAADsqwAAKawAAC6sAAB8rAAAg6wAAM+sAADbrAAAHO0NACStAAB8ngIAJ60AAPC4AQArrQAAHroFADOtAAB1rQAAd60AABNaAgCDrQAAyK0AANStAAAbrgAA160AAHuHBwAorgAAbq4AAHiuAADBrgAAwq4AADiWDQDJrgAAFK8AABuvAABnrwAAL68AAEaVAQBsrwAAuq8AAMavAAANsAAAELAAAGCwAABosAAAs7AAAMCwAAAGsQAAC7EAAFmxAABjsQAArLEAALSxAAD/sQAAArIAAFKyAABbsgAApbIAAKayAAD4sgAA+bIAAEuzAABQswAAnrMAAKSzAADxswAA+7MAAES0AABMtAAAl7QAAJm0AADqtAAA87QAAD21AABHtQAAkLUAAJu1AADjtQAA77UAADa2AABDtgAAibYAAJO2AADctgAA6rYAAC+3AAA+twAAgrcAAIS3AADVtwAA37cAACi4AAA2uAAAe7gAAIC4AADOuAAA27gAACG5AAApuQAAdLkAAHW5AADHuQAAzbkAABq6AAAfugAAbboAAHe6AADAugAAxboAABO7AAAiuwAAZrsAAGu7AAC5uwAAyrsAAAy8AAAUvAAAX7wAAGW8AACyvAAAvrwAAAW9AAAivQAAWL0AAGG9AACrvQAAt70AAP69AAABvgAAUb4AAFu+AACkvgAAsL4AAPe+AAD+vgAASr8AAFK/AACdvwAAtr8AAPC/AAAEwAAAQ8AAAEvAAACWwAAAmcAAAOnAAAD1wAAAPMEAAELBAACPwQAAqsEAAOLBAADuwQAANcIAADvCAABv7Q0AksIAANvCAADmwgAALsMAADbDAABd1AAAOsMAAIHDAACOwwAA1MMAAN7DAAAnxAAANcQAAHrEAACJxAAAzcQAAM/EAAAgxQAAKsUAAHPFAACBxQAAxsUAAMvFAAAZxgAAJsYAAGzGAAB0xgAAv8YAAMDGAAASxwAAw8YAAKtjAQDPxgAAoYgBACPHAABlxwAAbscAALjHAADPxwAAC8gAABnIAABeyAAAa8gAALHIAAC5yAAABMkAACPJAADC7Q0AYMkAAKrJAAC0yQAA/ckAAAjKAAAV7g0AUsoAAKPKAACsygAA9soAAADLAABJywAAVMsAAJzLAACoywAA78sAAPzLAABCzAAATMwAAJXMAACjzAAA6MwAAPfMAAA7zQAAPc0AAI7NAACYzQAA4c0AAO/NAAA0zgAAOc4AAIfOAACUzgAA2s4AAOLOAAAtzwAAM88AAIDPAACMzwAA088AAPDPAAAm0AAAL9AAAHnQAACH0AAAzNAAANLQAAAf0QAAK9EAAHLRAAB50QAAaO4NAMfRAABYCQIAy9EAABjSAAAd0gAAa9IAACbSAAB3JgQAeNIAAL7SAADV0gAAEdMAABLTAABk0wAAZtMAALfTAAC60wAACtQAAA3UAAC77g0AftQAALDUAACx1AAAA9UAAAXVAABW1QAAWdUAAKnVAACs1QAADu8NAAHWAABP1gAAVdYAAKLWAACp1gAA9dYAABfXAABI1wAAUNcAAJvXAACq1wAA7tcAAPDXAABB2AAAUtgAAJTYAACl2AAA59gAAPPYAAA62QAAQdkAAI3ZAACV2QAA4NkAAOTZAAAz2gAAQdoAAIbaAACQ2gAA2doAAOTaAAAs2wAAMdsAAH/bAACI2wAA0tsAANzbAAAl3AAALdwAAHjcAAB63AAAy9wAANjcAAAe3QAAMt0AAHHdAAB53QAAxN0AAMXdAAAX3gAAGd4AAGreAABt3gAAvd4AAMDeAABh7w0AFd8AAGPfAABp3wAAtt8AAL3fAAAJ4AAAEeAAAFzgAABr4AAAr+AAALTgAAAC4QAAD+EAAFXhAABl4QAAqOEAALbhAAD74QAAEuIAAE7iAABX4gAAoeIAAKfiAAD04gAAAOMAAEfjAABO4wAAtO8NAJ/jAABsuAIAouMAAO3jAACn4wAA17oIAPzjAABA5AAAUeQAAJPkAACh5AAA5uQAAPLkAAA55QAARuUAAIzlAACW5QAA3+UAAOflAAAy5gAANeYAAIXmAACR5gAA2OYAAOXmAAAr5wAANecAAH7nAACG5wAA0ecAANPnAAAk6AAALegAAHfoAACB6AAAyugAANXoAAAd6QAAMukAAHDpAAB46QAAw+kAANzpAAAW6gAAH+oAAGnqAABz6gAAvOoAAMTqAAAP6wAAHOsAAGLrAABn6wAAtesAAL3rAAAI7AAACewAAFvsAABd7AAAruwAALHsAAAB7QAABO0AAAfwDQBZ7QAAp+0AAK3tAAD67QAAAe4AAE3uAABV7gAAoO4AAK7uAADz7gAA9u4AAEbvAABO7wAAme8AAJzvAADs7wAA+O8AAD/wAABJ8AAAWvANAJPwAABDxgsAlPAAAOXwAACV8AAAX8kKAJzwAACIyAsAnfAAAM+QBACh8AAA5PUBAKLwAADUfQoAtvAAAALaAQDu8AAAOPEAAELxAACL8QAAlvEAAN7xAADq8QAAMfIAAD7yAACE8gAAjvIAANfyAADl8gAAKvMAADnzAAB98wAAf/MAANDzAADa8wAAI/QAADH0AAB29AAAe/QAAMn0AADW9AAAHPUAACz1AABv9QAAcfUAAML1AADQ9QAAFfYAACb2AACt8A0Ab/YAAADxDQDD9gAAU/ENABf3AABh9wAAa/cAALT3AAC/9wAAB/gAABP4AABa+AAAZ/gAAK34AAC3+AAAAPkAAA75AABT+QAAYvkAAKb5AACo+QAA+fkAAAP6AABM+gAAWvoAAJ/6AACk+gAA8voAAP/6AABF+wAATfsAAJj7AACo+wAA6/sAAO37AAA+/AAATPwAAJH8AACi/AAApvENAOv8AAD58Q0AUP0AAIr9AACb/QAA3f0AAOn9AAAw/gAAOP4AAEzyDQCI/gAA1v4AAN7+AAAp/wAAK/8AAHz/AAAu/wAATcQGADj/AAABfgQAhf8AAM//AACL/wAArgcJANn/AAAiAAEALQABAHUAAQCBAAEAyAABANUAAQAbAQEAJQEBAG4BAQB8AQEAwQEBANABAQAUAgEAFgIBAGcCAQBxAgEAugIBAMYCAQANAwEAFQMBAJ/yDQBjAwEAswMBAMEDAQAGBAEAEwQBAFkEAQBwBAEArAQBALQEAQD/BAEAFQUBAFIFAQBeBQEApQUBALQFAQD4BQEAAwYBAEsGAQBNBgEAngYBAKsGAQDxBgEA/wYBAEQHAQBHBwEAlwcBAK0HAQDqBwEA8gcBAD0IAQBPCAEA8vINAJ0IAQBvVQsAnwgBAOMIAQDoCAEANgkBAD0JAQCJCQEAlQkBANwJAQDpCQEALwoBADEKAQCCCgEAmAoBANUKAQDhCgEAKAsBAEcLAQB7CwEAlwsBAM4LAQDWCwEARfMNACMMAQB0DAEAfQwBAMcMAQDRDAEAGg0BACUNAQBtDQEAeQ0BAMANAQDNDQEAEw4BAB0OAQBmDgEAdA4BALkOAQDIDgEADA8BAA4PAQBfDwEAaQ8BALIPAQDADwEABRABAAoQAQBYEAEAZRABAKsQAQC7EAEA/hABAAARAQBREQEAXxEBAKQRAQC1EQEAmPMNAP4RAQDr8w0ATBIBAPPSBABPEgEAnRIBAFMSAQB6vQEAVhIBAPX/BgBYEgEAi5cBAF4SAQA8UgQApBIBAJvrCQCqEgEA8BIBAAcTAQBDEwEASBMBAJYTAQCZEwEA6RMBAKATAQB7lQUAshMBANufBQDuEwEAWJoFAPUTAQA8FAEAQhQBADsgAQBLFAEAjxQBAJgUAQDiFAEA6BQBADUVAQBDFQEAiBUBAJIVAQDbFQEA7xUBAC4WAQA6FgEAgRYBAJQWAQDUFgEA4xYBACcXAQAzFwEAehcBAHsXAQDNFwEA1xcBACAYAQAuGAEAcxgBAHgYAQDGGAEA0xgBAJH0DQAsGQEAbBkBAHsZAQC/GQEAyxkBABIaAQATGgEAZRoBAG8aAQC4GgEAxhoBAAsbAQAQGwEAXhsBAGsbAQCK9Q0AsxsBAAQcAQANHAEAVxwBAGEcAQCqHAEAtRwBAP0cAQAJHQEAUB0BAF0dAQCjHQEArR0BAPYdAQAEHgEASR4BAFgeAQCcHgEAnh4BAO8eAQD5HgEAQh8BAFAfAQCVHwEAoh8BAOgfAQD/HwEA3fUNAFYgAQCOIAEAmiABAOEgAQDnIAEANCEBAEAhAQCHIQEAjSEBANohAQDgIQEALSIBADIiAQCAIgEAhiIBADD2DQDcIgEAJiMBADAjAQB5IwEAhCMBAMwjAQDYIwEAHyQBACwkAQByJAEAfCQBAMUkAQDTJAEAGCUBACclAQBrJQEAbSUBAL4lAQDIJQEAESYBAB8mAQBkJgEAaSYBALcmAQDEJgEACicBABInAQBdJwEAbScBALAnAQCyJwEAAygBABEoAQBWKAEAZygBACn3DQCwKAEAfPcNAAIpAQBPKQEAWykBAKIpAQCyKQEA9SkBAP4pAQBIKgEASyoBAJsqAQCnKgEA7ioBAPUqAQBBKwEASSsBAJQrAQCyKwEA5ysBAO8rAQA6LAEASywBAI0sAQCSLAEA4CwBAPcsAQAzLQEAQS0BAIYtAQCTLQEA2S0BAOEtAQAsLgEAMC4BAH8uAQCBLgEA0i4BANUuAQAlLwEALS8BAHgvAQB+LwEAyy8BANcvAQAeMAEALjABAHEwAQB6MAEAxDABAMcwAQAXMQEAIzEBAGoxAQBxMQEAz/cNAMYxAQAQMgEAEzIBAGMyAQBxMgEAtjIBAMMyAQAJMwEAIDMBAFwzAQBkMwEArzMBALEzAQACNAEACzQBAFU0AQBfNAEAqDQBALM0AQD7NAEABzUBAE41AQBbNQEAoTUBAKs1AQD0NQEAAjYBAEc2AQBWNgEAmjYBAJw2AQDtNgEA9zYBAEA3AQBONwEAkzcBAJg3AQDmNwEA8zcBADk4AQBBOAEAjDgBAKI4AQDfOAEA6zgBADI5AQBBOQEAhTkBAJA5AQDYOQEA2jkBACs6AQA4OgEAfjoBAIw6AQDROgEA1DoBACQ7AQA6OwEAIvgNAH87AQBEAAIAhTsBADRtAgCPOwEAyjsBAMw7AQAdPAEALjwBAHA8AQCBPAEAwzwBAMg8AQAWPQEAGj0BAGk9AQB1PQEAvD0BAMM9AQAPPgEAFz4BAGI+AQCAPgEAtT4BAL0+AQB1+A0ADT8BAFs/AQBcPwEAotwLAGo/AQB/6AoAdD8BAK4/AQCwPwEAAUABABpAAQBUQAEAZUABAKdAAQCzQAEA+kABAPxAAQBNQQEAVkEBAKBBAQBcQQEAI0cBAKpBAQDzQQEA/kEBAEZCAQBSQgEAmUIBAKZCAQDsQgEA9kIBAD9DAQBNQwEAkkMBAKFDAQDlQwEA50MBADhEAQBCRAEAi0QBAJlEAQDeRAEA40QBADFFAQA+RQEAhEUBAJBFAQDXRQEA3UUBACpGAQAwRgEAfUYBAIJGAQDQRgEA1kYBAMj4DQAyRwEAdkcBAIJHAQDJRwEAzEcBABxIAQAfSAEAb0gBAHZIAQDCSAEAzkgBABVJAQAiSQEAaEkBAHZJAQC7SQEAx0kBAA5KAQAVSgEAG/kNAGdKAQC0SgEAukoBAAdLAQAMSwEAWksBAGBLAQBu+Q0ArksBAIvqAQC3SwEAdWcKALlLAQDn0A0Au0sBAGrrCgC8SwEAAEwBAAxMAQBTTAEAVEwBAKZMAQBfTAEA+voKALBMAQD5TAEAB00BAExNAQBRTQEAn00BAKxNAQDB+Q0A9E0BAJ+0CgAATgEAp6cKABVOAQBFTgEAak4BAJhOAQC+TgEA604BABJPAQA+TwEAYk8BAJFPAQCZTwEAFPoNAPBPAQA3UAEAOVABAIpQAQCNUAEA3VABAOJQAQAwUQEAPVEBAINRAQCfUQEA1lEBAN5RAQBn+g0AMlIBAHxSAQA2UgEANlwBAH9SAQDPUgEA21IBACJTAQAoUwEAdVMBAIJTAQDIUwEAylMBABtUAQAxVAEAblQBAHpUAQDBVAEAyVQBALr6DQAaVQEAZ1UBAG9VAQC6VQEAu1UBAA1WAQAPVgEAYFYBAGNWAQCzVgEAtlYBAA37DQALVwEAWVcBAF9XAQCsVwEAs1cBAP9XAQAHWAEAUlgBAF9YAQClWAEAqlgBAPhYAQACWQEAS1kBAFNZAQCeWQEAoFkBAPFZAQACWgEARFoBAFVaAQCXWgEAnFoBAOpaAQDuWgEAPVsBAElbAQCQWwEAl1sBAONbAQD1WwEAYPsNADtcAQCJXAEAkVwBANxcAQDeXAEAL10BAD5dAQCCXQEAkV0BANVdAQDhXQEAKF4BACteAQB7XgEAfl4BAM5eAQDWXgEAIV8BACtfAQB0XwEAeV8BAMdfAQDPXwEAGmABACRgAQBtYAEAeGABAMBgAQDOYAEAE2EBABZhAQBmYQEAbmEBALlhAQDUYQEADGIBABdiAQBfYgEAZGIBALJiAQC1YgEABWMBAA9jAQBYYwEAamMBALP7DQC5YwEA/mMBAAhkAQBRZAEAXGQBAKRkAQCsZAEA92QBAP1kAQBKZQEATGUBAJ1lAQC2ZQEA8GUBAAlmAQBDZgEAUWYBAJZmAQCgZgEA6WYBAP9mAQA8ZwEAWWcBAI9nAQCXZwEA4mcBAPJnAQA1aAEAN2gBAIhoAQCWaAEA22gBAOxoAQAG/A0ANWkBAFn8DQCCaQEA1GkBAOVpAQAnagEAM2oBAHpqAQB8agEAzWoBANBqAQAgawEALGsBAHNrAQB7awEA//wNANFrAQAZbAEAJWwBAGxsAQB7bAEAv2wBAN9sAQASbQEAGm0BAGVtAQB5bQEAuG0BAL1tAQALbgEAFG4BAF5uAQBkbgEAsW4BALluAQAEbwEAE28BAFdvAQBcbwEAqm8BALdvAQD9bwEACnABAFBwAQBccAEAo3ABALJwAQD2cAEAAHEBAElxAQBXcQEAnHEBAKFxAQDvcQEA/HEBAEJyAQBKcgEAlXIBAJhyAQDocgEA9HIBADtzAQBFcwEAjnMBAJhzAQDhcwEA73MBADR0AQBBdAEAh3QBAJ50AQDadAEA3XQBAFL9DQAwdQEAdZgDADd1AQATRQUAOnUBAIB1AQA9dQEAoyoLAD51AQB/egIAQ3UBAEvxAwCHdQEAFUICAIp1AQCSNQMAj3UBAHl8DACbdQEA03UBANV1AQAmdgEAN3YBAHl2AQCHdgEAzHYBANN2AQAfdwEAIXcBAHJ3AQAkdwEA8F4CACd3AQCukgEAgXcBAMV3AQDUdwEAGHgBACR4AQBreAEAbngBAL54AQDBeAEAEXkBADF5AQBkeQEAcHkBALd5AQDLeQEACnoBABh6AQBdegEAZHoBAKX9DQDHegEAA3sBAAV7AQDhhwoABnsBAOiGCgAQewEAVnsBAFh7AQCpewEAs3sBAPx7AQC6ewEAcosKAAV8AQBPfAEAVXwBAKJ8AQCufAEA9XwBAPx8AQBIfQEATX0BAJt9AQCnfQEA7n0BAPF9AQBBfgEATn4BAJR+AQCZfgEA534BAPF+AQA6fwEAUH8BAI1/AQCPfwEA4H8BAOp/AQAzgAEAQoABAIaAAQCRgAEA+P0NAOWAAQAsgQEAOYEBAH+BAQCNgQEA0oEBAN6BAQAlggEALIIBAEv+DQB9ggEAy4IBAISCAQBiPQ0AhoIBAHv2AwDNggEAUGIDANCCAQAQoAkA4oIBAB6DAQAsgwEAcYMBAH6DAQDEgwEAzIMBABeEAQAhhAEAw78GACeEAQBqhAEAbIQBAL2EAQDLhAEAEIUBACGFAQCe/g0AaoUBAPH+DQC7hQEACYYBAA+GAQBchgEAZIYBAK+GAQC4hgEAAocBAAWHAQBVhwEAYYcBAKiHAQCuhwEA+4cBAAOIAQBOiAEAbYgBAJf/DQCjiAEA9IgBAAKJAQBHiQEAWIkBAOr/DQChiQEAPQAOAPKJAQBAigEARooBAJOKAQCbigEA5ooBAO+KAQA5iwEAPIsBAIyLAQCYiwEA34sBAOWLAQDjAA4ANIwBAIWMAQCOjAEA2IwBAOKMAQArjQEANo0BAH6NAQCKjQEA0Y0BAN6NAQAkjgEALo4BAHeOAQCFjgEAyo4BANmOAQAdjwEAH48BAHCPAQB6jwEAw48BANGPAQAWkAEAG5ABAGmQAQB2kAEAvJABAMSQAQAPkQEAH5EBAGKRAQBkkQEAtZEBAMORAQAIkgEAGZIBADYBDgBikgEAiQEOALeSAQABkwEABJMBAFSTAQBgkwEAp5MBAK2TAQD6kwEAB5QBAE2UAQBPlAEAoJQBALaUAQDzlAEA/5QBANwBDgBSlQEAmZUBAJ+VAQDslQEA75UBAD+WAQBNlgEAkpYBAJeWAQDllgEA8pYBADiXAQBAlwEALwIOAJiXAQDelwEA7JcBADGYAQBHmAEAhJgBAI2YAQDXmAEA7ZgBACqZAQAymQEAfZkBAICZAQDQmQEA2ZkBACOaAQAkmgEAdpoBAHeaAQDJmgEAzpoBABybAQAimwEAb5sBAHmbAQDCmwEAzpsBABWcAQAcnAEAaJwBAHCcAQC7nAEAvZwBAA6dAQAPnQEAYZ0BAG+dAQC0nQEAvJ0BAAeeAQAingEAWp4BAGaeAQCtngEAs54BAACfAQADnwEAU58BAGGfAQCmnwEAq58BAPmfAQAGoAEATKABAFSgAQCfoAEAraABAPKgAQD1oAEAggIOAEihAQCYoQEASaEBANSLCABRoQEA8XsIAFOhAQDKQQwAWKEBAJZsDACboQEA66EBAPyhAQA+ogEAWqIBAJGiAQCZogEA1QIOAPWiAQA3owEAP6MBAIqjAQCQowEA3aMBAOKjAQAwpAEAOaQBAIOkAQCNpAEA1qQBAOSkAQAppQEANqUBAHylAQCIpQEAz6UBANKlAQAipgEAPqYBACgDDgB4pgEAyKYBAImmAQBG2gMA1KYBABunAQAhpwEAbqcBAHinAQB7Aw4AxqcBABSoAQAhqAEAZ6gBAG+oAQDwCg4Ac6gBALqoAQB3qAEANq8BAMCoAQANqQEAE6kBAGCpAQBlqQEAs6kBALmpAQDOAw4AEKoBANqICgAUqgEAWaoBAGqqAQAhBA4As6oBAHQEDgAHqwEAxwQOAGCrAQClqwEArKsBAPirAQAArAEAS6wBAFisAQCerAEAo6wBAPGsAQD7rAEARK0BAEytAQCXrQEAna0BAOqtAQDsrQEAPa4BAEuuAQCQrgEAk64BAOOuAQDvrgEAGgUOADivAQCJrwEAl68BANyvAQDtrwEAbQUOADawAQDABQ4AiLABANWwAQDbsAEAKLEBAC2xAQB7sQEAgbEBABMGDgDQsQEAIbIBANqxAQA0BQUAPLIBAHSyAQB2sgEAx7IBAOGyAQAaswEAJ7MBALiPCAArswEAbbMBAG+zAQDAswEAzbMBABO0AQAqtAEAZrQBAIC0AQC5tAEAu7QBAAy1AQAPtQEAX7UBAGK1AQCytQEAvrUBAAW2AQALtgEAWLYBAGK2AQBmBg4AsLYBAP62AQALtwEAUbcBAF23AQCktwEAqrcBAPe3AQD9twEASrgBAE+4AQCduAEAo7gBALkGDgD3uAEAHKEMAPm4AQBakAMA/bgBADiQAgABuQEAF5ELAAa5AQBDuQEARLkBAJa5AQBZuQEAhmsEAJi5AQDpuQEApLkBAHLDAgDvuQEAPLoBAEq6AQCPugEAkroBAOK6AQDnugEANbsBAEK7AQCIuwEAmLsBANu7AQDduwEALrwBADy8AQCBvAEAkrwBAAwHDgDavAEAJ70BADO9AQBfBw4Ai70BAM29AQDXvQEAIL4BAC6+AQBzvgEAdL4BAMa+AQDXvgEAGb8BACW/AQBsvwEAfL8BAL+/AQDBvwEAEsABACDAAQBlwAEAdsABALIHDgC+wAEAC8EBABfBAQAFCA4AZMEBALHBAQC3wQEABMIBAAnCAQBXwgEAXcIBAKsIDgCywgEA/cIBAAfDAQCsXQwAFsMBAFDDAQBZwwEAo8MBAK3DAQD2wwEA/sMBAEnEAQBNxAEAnMQBAJ7EAQDvxAEA8sQBAELFAQBexQEA/ggOAKjFAQDoxQEA6cUBADvGAQBHxgEAjsYBAJ3GAQDhxgEA68YBADTHAQBAxwEAh8cBAI7HAQBRCQ4A4McBAFEeCwDtxwEALcgBADzIAQCAyAEAjMgBANPIAQDUyAEAJskBADDJAQB5yQEAh8kBAMzJAQDRyQEAH8oBACzKAQD3CQ4AesoBAMXKAQDRygEAGMsBACvLAQBrywEAbMsBAL7LAQDKywEAEcwBACDMAQBkzAEAbswBALfMAQDDzAEACs0BABHNAQBKCg4Abs0BALDNAQC8zQEAA84BABPOAQBWzgEAYM4BAKnOAQCxzgEA/M4BACfPAQBPzwEAKM8BANnTAQB6zwEAos8BAKrPAQD1zwEA+88BAEjQAQBW0AEAm9ABALLQAQDu0AEA+dABAEHRAQBL0QEAlNEBAL7RAQDn0QEA79EBADrSAQBK0gEAjdIBAI/SAQDg0gEA7tIBADPTAQBE0wEAQwsOAI3TAQCWCw4ABNQBACzUAQA01AEAf9QBAIXUAQDS1AEA4NQBACXVAQA81QEAeNUBAIPVAQDL1QEA1dUBAB7WAQBI1gEAcdYBAHnWAQDE1gEA1NYBABfXAQAZ1wEAatcBAHjXAQC91wEAztcBAOkLDgAX2AEAPAwOAGXYAQC22AEAxNgBAAnZAQAa2QEAjwwOAGPZAQDiDA4At9kBADUNDgAK2gEAiA0OAFfaAQCo2gEAttoBAPvaAQAM2wEA2w0OAFTbAQCh2wEArdsBAC4ODgD92wEAR9wBAFTcAQCa3AEAqNwBAO3cAQD33AEAQN0BAFrdAQCT3QEAlt0BAObdAQDt3QEAOd4BAFneAQCM3gEApt4BAIEODgDs3gEAMt8BAPDeAQDKNAIA9d4BAGKKAgBA3wEAhd8BAI/fAQDY3wEA8t8BACvgAQA74AEAfuABAITgAQDR4AEA0+ABACThAQA64QEAd+EBAIPhAQDK4QEAzuEBAB3iAQAi4gEAcOIBAHbiAQDD4gEA4+IBABbjAQAw4wEAaeMBAGvjAQC84wEAv+MBAA/kAQAS5AEAYuQBAG7kAQC15AEAu+QBAAjlAQAS5QEA1A4OAGDlAQCu5QEAu+UBAAHmAQAN5gEAVOYBAGfmAQCn5gEAtuYBAPrmAQAG5wEATecBAE7nAQCg5wEAqucBAPPnAQAB6AEARugBAEvoAQCZ6AEApugBACcPDgDt6AEAYbEKAO7oAQAhxgoA7+gBAIXzCgDy6AEA500IAPPoAQDktgoA9ugBAGmdCwD36AEAwbsKAPjoAQCI1gkA+egBAEViCgD66AEAlTMKAPvoAQDYygQA/OgBAD/pAQAE6QEAxCEPAAbpAQAFFgwACOkBAC0hDQAP6QEAIB4MABfpAQBXIgwAKukBAE2hCwAx6QEAveQLAEHpAQCS6QEAUOkBAGPlCwCg6QEA5ekBAPbpAQB6Dw4AP+oBAM0PDgCX6gEA3uoBAO3qAQAx6wEAO+sBAITrAQCQ6wEA1+sBAKfrAQDa1AsA3usBAHMQDgAs7AEAfewBAI7sAQDQ7AEA2ewBACPtAQAv7QEAdu0BAHntAQDJ7QEA0e0BABzuAQAm7gEAb+4BAHTuAQDC7gEAyu4BABXvAQAu7wEAaO8BAHTvAQC77wEAw+8BABkRDgAW8AEAbBEOAGTwAQC08AEAt/ABAAfxAQAT8QEAWvEBAGDxAQCt8QEAt/EBAL8RDgAF8gEAU/IBAGDyAQCm8gEArvIBABISDgD/8gEATPMBAFLzAQCf8wEApPMBAPLzAQD48wEAZRIOAE30AQC4Eg4AmvQBACeFCQCd9AEA6/QBAKT0AQByPwkA9fQBAD71AQD69AEAuEMHAEb1AQAgJQsAWvUBAJH1AQCZ9QEACxMOAOn1AQA39gEATfYBAIr2AQCL9gEA3fYBAN/2AQAw9wEANvcBAIP3AQCP9wEA1vcBAN33AQAp+AEAMfgBAHz4AQCF+AEAz/gBANL4AQAi+QEAMPkBAHX5AQCC+QEAyPkBAN/5AQAb+gEAI/oBAG76AQB6+gEAZ/sBAJn6AQDB+gEA7PoBABT7AQA4+wEAXhMOAIT7AQC6+wEAw/sBALP8AQDL+wEADfwBADv8AQBg/AEAhPwBALETDgC1/AEABv0BABf9AQBZ/QEAh/0BAKz9AQDQ/QEABBQOAAX+AQAA1gUACP4BAFL+AQAL/gEAMKoMAFz+AQCl/gEAX/4BAMjdBQBg/gEA+F4MAK3+AQD4/gEA/P4BAEv/AQBN/wEAnv8BAKH/AQDx/wEADQACAFcUDgBJAAIAR50KAE4AAgBgEAsAUAACAJcAAgBUAAIAx80JALQAAgDqAAIA8wACAD0BAgA/AQIAkAECAKEBAgCqFA4A6AECADYCAgA/AgIAiQICAJoCAgDcAgIA4wICAC8DAgA3AwIAggMCAEkDAgCbIwIAjwMCACgEAgCRAwIAdAUCAJsDAgDVAwIA4QMCAP0UDgAtBAIAewQCAIUEAgDOBAIA1gQCAFAVDgAtBQIAoxUOAHkFAgDHBQIA1AUCABoGAgAkBgIAbQYCAG8GAgDABgIAzgYCABMHAgAgBwIA9hUOAGsHAgC5BwIAxgcCAAwIAgAWCAIAXwgCAGEIAgCyCAIAwAgCAAUJAgASCQIASRYOAF4JAgCUhAwAZQkCAKsJAgC1CQIAnBYOAAYKAgBRCgIAUwoCALd/DABoCgIApAoCAKkKAgD3CgIAAQsCAEoLAgBSCwIA7xYOAKcLAgDwCwIA/AsCAEMMAgBGDAIAlgwCAKAMAgDpDAIAAw0CADwNAgBTDQIAjw0CAJQNAgDiDQIA/g0CAEIXDgA/DgIAiA4CAEYOAgC7HwcAlA4CANsOAgDeDgIALg8CADgPAgCBDwIAmw8CANQPAgDaDwIAJxACACkQAgB6EAIAiBACAM0QAgDQEAIAIBECACwRAgBzEQIAdhECAMYRAgDpEQIAlRcOABsSAgBsEgIAehICAL8SAgDCEgIAEhMCAB4TAgBlEwIAaBMCAOgXDgDDEwIACxQCABEUAgBeFAIAYxQCALEUAgC1FAIABBUCAAcVAgA7GA4AWBUCAFB9CwBaFQIAURANAF0VAgCqFQIAYBUCAC8JDQBhFQIANBoCAGMVAgBh9gwAZRUCAOzuDABmFQIA3fwMAGcVAgBlGQ0AbhUCAKGcCgBxFQIAshUMALYVAgD9FQIAJhYCAFAWAgBcFgIAoxYCALIWAgD2FgIAABcCAEkXAgBMFwIAnBcCALYXAgDvFwIA+RcCAEIYAgBHGAIAlRgCAJ8YAgDoGAIA8xgCADsZAgBBGQIAjhkCAJMZAgDhGQIA5RkCAI4YDgA5GgIAhxoCAEIaAgCsAw0AkRoCANoaAgDlGgIALRsCADMbAgCAGwIAhRsCANMbAgDXGwIA4RgOACscAgAhqwIALRwCAJXSCwAuHAIA1RcLADAcAgAgcQwAQBwCAHkcAgCDHAIAzBwCANccAgAfHQIAJR0CAHIdAgB3HQIAxR0CAMkdAgAYHgIAOx4CADQZDgBtHgIAvh4CAG4eAgCIfAoAcB4CAPIcCAB0HgIA2ykKAHceAgB/JwIAeR4CAJuDDADLHgIAFE4CAMweAgARHwIAFB8CAGQfAgBwHwIAtx8CAM8fAgAKIAIAFiACAF0gAgBjIAIAsCACALYgAgADIQIACCECAFYhAgBcIQIAhxkOALMhAgD8IQIAByICAE8iAgBVIgIAoiICAKciAgD1IgIA+SICAEgjAgBLIwIA2hkOAKUjAgDuIwIA+SMCAEEkAgBHJAIAlCQCAJkkAgDnJAIA6yQCAC0aDgA7JQIAjSUCAJklAgDgJQIA7CUCADMmAgA5JgIAhiYCAIwmAgDZJgIA3iYCACwnAgAyJwIAgBoOAIEnAgAN5wQAhicCAJ32BACOJwIAc2QCAI8nAgDSJwIA3icCACUoAgArKAIAeCgCAIQoAgDLKAIA2CgCAB4pAgAtKQIAcSkCAH0pAgDEKQIA0CkCABcqAgAdKgIAaioCAHAqAgC9KgIAwioCABArAgAWKwIA0xoOAG0rAgAxbgcAeSsCALYrAgB8KwIACVUIAMIrAgAJLAIAESwCAODKDgAVLAIAXCwCAGIsAgCvLAIAtSwCAAItAgAHLQIAVS0CAFstAgAmGw4AsC0CAHggDwCyLQIA+y0CAAEuAgBOLgIABy4CAP4CAwBcLgIAoS4CALouAgD0LgIA/S4CAEcvAgBRLwIAmi8CAKYvAgDtLwIA+S8CAEAwAgBGMAIAkzACAJkwAgDmMAIA6zACADkxAgA/MQIAeRsOAJgxAgDfMQIA6TECADIyAgA9MgIAhTICAIoyAgDYMgIA3zICACszAgA3MwIAfjMCAIQzAgDRMwIA1zMCACQ0AgApNAIAdzQCAH00AgDMGw4A2zQCAB01AgAeNQIAcDUCACM1AgBNOgIAdTUCAMM1AgDRNQIAFjYCACM2AgBpNgIAczYCALw2AgDINgIADzcCABU3AgBiNwIAbjcCALU3AgDINwIACDgCABc4AgBbOAIAZzgCAK44AgCvOAIAATkCAAs5AgBUOQIAYjkCAKc5AgCsOQIA+jkCAAc6AgAfHA4AWToCAKA6AgCwOgIA8zoCAP86AgBGOwIATDsCAJk7AgClOwIA7DsCAPk7AgA/PAIATjwCAJI8AgCePAIA5TwCAPE8AgA4PQIASz0CAIs9AgCaPQIA3j0CAOo9AgAxPgIAMj4CAIQ+AgCOPgIA1z4CAOU+AgAqPwIALz8CAH0/AgCKPwIAchwOANI/AgDv+wUA3D8CACNAAgDdPwIASPIIAN4/AgC3jQoAN0ACAHZAAgCCQAIAyUACAM9AAgAcQQIAIkECAG9BAgB0QQIAwkECAMhBAgDFHA4AIUICAGhCAgB1QgIAo7wCAHtCAgC7QgIAwEICAOpTAgDDQgIAe/0CAMdCAgAOQwIAFEMCAGFDAgBnQwIAtEMCALlDAgAHRAIADUQCABgdDgBmRAIArUQCALNEAgAARQIABUUCAFNFAgBaRQIApkUCALRFAgD5RQIAFEYCAExGAgBaRgIAn0YCAKJGAgDyRgIAAEcCAEVHAgBKRwIAmEcCAKVHAgDrRwIA90cCAD5IAgBESAIAkUgCAJdIAgDkSAIA6UgCADdJAgA9SQIAax0OAI9JAgDdSQIA5kkCADBKAgA9SgIAg0oCAIpKAgDWSgIA50oCAClLAgAuSwIAfEsCAItLAgDPSwIA0UsCACJMAgAzTAIAdUwCAIFMAgDITAIAzkwCABtNAgAhTQIAbk0CAHNNAgDBTQIAx00CAL4dDgArTgIAZ04CAHNOAgC6TgIAxk4CAA1PAgATTwIAYE8CAGZPAgCzTwIAuE8CAAZQAgAMUAIAER4OAF9QAgChgQIAcFACAKxQAgC1UAIA/1ACABVRAgBSUQIAXlECAKVRAgCyUQIA+FECAAJSAgBLUgIAV1ICAJ5SAgCkUgIA8VICAPdSAgBEUwIASVMCAJdTAgCdUwIAZB4OAPNTAgA9VAIAR1QCAJBUAgCVVAIA41QCAPNUAgA2VQIAT1UCAIlVAgCOVQIA3FUCAOVVAgAvVgIAPFYCAIJWAgCJVgIA1VYCANhWAgAoVwIANFcCAHtXAgCOVwIAzlcCAN1XAgAhWAIALVgCAHRYAgB1WAIAx1gCANFYAgAaWQIAKFkCAG1ZAgByWQIAwFkCAM1ZAgC3Hg4AFloCAGZaAgBpWgIAuVoCAMZaAgA5TAoAyFoCAAxbAgAOWwIAX1sCAGJbAgCyWwIAvFsCAAVcAgARXAIAWFwCAGtcAgCrXAIAulwCAP5cAgAKXQIAUV0CAFJdAgCkXQIArl0CAPddAgAFXgIASl4CAE9eAgCdXgIAql4CAAofDgDxXgIAQ18CAE9fAgCWXwIAnF8CAOlfAgDrXwIAPGACAEZgAgCPYAIAnWACAOJgAgDnYAIANWECAEJhAgCIYQIAlGECANthAgDuYQIALmICAD1iAgCBYgIAjWICANRiAgDVYgIAJ2MCADFjAgB6YwIAiGMCAM1jAgDSYwIAIGQCAC1kAgBdHw4AfGQCAMZkAgB/ZAIASh8LAMxkAgAZZQIAHGUCAGxlAgB6ZQIAv2UCAMRlAgASZgIAH2YCAGVmAgBxZgIAuGYCAL5mAgALZwIAEWcCAF5nAgBjZwIAsWcCALdnAgCwHw4ABmgCAFdoAgALaAIAyLMLAGZoAgCqaAIAymgCAP1oAgACaQIAUGkCAGtpAgCjaQIAr2kCAPZpAgD8aQIASWoCAFlqAgCcagIArWoCAO9qAgD0agIAQmsCAEZrAgCVawIAoWsCAOhrAgDuawIAO2wCAEFsAgCObAIAk2wCAOFsAgDnbAIAAyAOAENtAgB/hwwASm0CAIdtAgCIbQIA2m0CAOttAgAtbgIAOW4CAIBuAgCWbgIA024CAN9uAgAmbwIAM28CAHlvAgCDbwIAzG8CANhvAgAfcAIAJnACAHJwAgB+cAIAxXACAMtwAgAYcQIAHnECAGtxAgBwcQIAvnECAMRxAgBWIA4AE3ICAFmwDAAacgIAZHICAGVyAgC3cgIAuHICAApzAgAPcwIAXXMCAGNzAgCwcwIAunMCAAN0AgAPdAIAVnQCAF10AgCpdAIArnQCAPx0AgD9dAIAT3UCAFt1AgCidQIAqHUCAPV1AgD3dQIASHYCAFJ2AgCbdgIAqXYCAO52AgDzdgIAQXcCAE53AgCUdwIAoHcCAOd3AgD6dwIAOngCAEl4AgCNeAIAmXgCAOB4AgDheAIAM3kCAD15AgCGeQIAlHkCANl5AgDeeQIALHoCADl6AgCpIA4AkHoCANJ6AgDeegIAJXsCADx7AgB4ewIAensCAMt7AgDcewIAHnwCACB8AgBxfAIAd3wCAMR8AgDbfAIAF30CACB9AgBqfQIAgH0CAL19AgDJfQIAEH4CAB1+AgBjfgIAbX4CALZ+AgDCfgIACX8CABx/AgBcfwIAa38CAK9/AgC7fwIAAoACAAOAAgBVgAIAX4ACAKiAAgC2gAIA+4ACAACBAgBOgQIAW4ECAPwgDgCjgQIA9IECAAiCAgBHggIAVYICAJqCAgCnggIA7YICAPSCAgBAgwIATIMCAJODAgCmgwIA5oMCAOuDAgA5hAIAQoQCAIyEAgCWhAIA34QCAOSEAgAyhQIAQoUCAIWFAgCehQIA2IUCAN2FAgArhgIANIYCAH6GAgCLhgIA0YYCANiGAgAkhwIAJ4cCAHeHAgCDhwIAyocCAN2HAgAdiAIALIgCAHCIAgB8iAIAw4gCAMSIAgAWiQIAIIkCAGmJAgB3iQIAvIkCAMGJAgAPigIAHIoCAE8hDgB7igIAtYoCAMGKAgAIiwIADosCAFuLAgBriwIArosCALOLAgABjAIAB4wCAFSMAgBqjAIAp4wCAKmMAgD6jAIABI0CAE2NAgBZjQIAoI0CALONAgDzjQIAAo4CAEaOAgBSjgIAmY4CAJqOAgDsjgIA9o4CAD+PAgBNjwIAko8CAJePAgDljwIA8o8CAKIhDgA7kAIA5aMLAEKQAgDMzwwARJACANiuCABFkAIAqHkDAEeQAgCLkAIAlJACAN6QAgDkkAIAMZECADeRAgCEkQIAkJECANeRAgDkkQIAKpICADSSAgB9kgIAk5ICANCSAgDVkgIAI5MCACqTAgB2kwIAhJMCAMmTAgDZkwIAHJQCACqUAgBvlAIAfpQCAMKUAgDElAIAFZUCAB+VAgBolQIAdpUCALuVAgDAlQIADpYCABuWAgBhlgIAbZYCALSWAgDHlgIAB5cCABaXAgBalwIAZpcCAK2XAgCulwIAAJgCAAqYAgBTmAIAYZgCAKaYAgCrmAIA+ZgCAAaZAgD1IQ4ATpkCAJ+ZAgBYmQIAvaYIALCZAgDymQIA+5kCAEWaAgBRmgIAmJoCAKSaAgDrmgIA8ZoCAD6bAgBEmwIAkZsCAJabAgDkmwIA6psCAEgiDgBDnAIAipwCAJqcAgDdnAIA65wCADCdAgA9nQIAg50CAI+dAgDWnQIA3Z0CACmeAgAxngIAmyIOAIWeAgCERA0AiZ4CAOKzAgCNngIAz54CAOCeAgAinwIAKp8CAHWfAgAunwIAFGILAH+fAgDInwIAzZ8CABugAgAjoAIAbqACAHCgAgDBoAIAd6ACAESmAgDJoAIAFKECACqhAgBnoQIAc6ECALqhAgDQoQIADaICACaiAgBgogIAbKICALOiAgC5ogIABqMCAA6jAgBZowIAaaMCAKyjAgC1owIA/6MCAAykAgBSpAIAYaQCAKWkAgCvpAIA+KQCAAalAgBLpQIAUKUCAJ6lAgCrpQIA8aUCAPmlAgDuIg4AUaYCAJemAgCepgIA6qYCAPamAgA9pwIATacCAJCnAgCepwIA46cCAPCnAgA2qAIAQqgCAImoAgCQqAIA3KgCAOSoAgBBIw4AO6kCAIKpAgCMqQIA1akCAOCpAgAoqgIALaoCAHuqAgCCqgIAzqoCANaqAgCUIw4AKasCAHSrAgCEqwIAx6sCANOrAgAarAIAHqwCAG2sAgB1rAIAwKwCAMKsAgATrQIAGa0CAGatAgB9rQIAua0CAMKtAgAMrgIAIq4CAF+uAgBrrgIAsq4CAL+uAgAFrwIAD68CAFivAgBbrwIAq68CALOvAgD+rwIACLACAFGwAgBWsAIApLACAKywAgD3sAIAB7ECAEqxAgBTsQIAnbECAKqxAgDwsQIA/7ECAEOyAgBNsgIAlrICAKSyAgDpsgIA7rICADyzAgBJswIAj7MCAJezAgDnIw4A77MCADW0AgABtAIABU4EADq0AgCItAIAkrQCANu0AgDjtAIALrUCAPK0AgDR5gwANLUCAIG1AgA8tQIAE24LAD21AgC3ogcAPrUCADTAAgA/tQIAGS0KAI21AgDUtQIA1rUCAH5HCwDbtQIAJ7YCADO2AgB6tgIAibYCAM22AgDetgIAILcCACK3AgBztwIAebcCAMa3AgDStwIAGbgCACG4AgA6JA4AcrgCAI0kDgDLuAIA4CQOABW5AgCGJQ4AaLkCANklDgBquQIATSwEALu5AgBzfwoAxbkCAAu6AgAVugIAXroCAGC6AgCxugIAxLoCAAS7AgAQuwIAV7sCAF27AgCquwIAsLsCAP27AgACvAIAULwCAFa8AgAsJg4ArbwCAPa8AgD4vAIASb0CAFO9AgCcvQIAqr0CAO+9AgD0vQIAQr4CAE++AgCVvgIAob4CAOi+AgDuvgIAO78CAEG/AgCOvwIAk78CAOG/AgDnvwIAfyYOAELAAgCHwAIAlMACANrAAgDhwAIALcECADXBAgCAwQIAgcECANH7CQCDwQIA08ECAJbBAgDf+QkA58ECACbCAgA8wgIAecICAJLCAgDMwgIA0cICAB/DAgAwwwIA0iYOAIPDAgDFwwIAx8MCABjEAgAixAIAa8QCAHnEAgC+xAIAw8QCABHFAgAexQIAZMUCAGzFAgC3xQIAw8UCAArGAgDHxQIAVscCABDGAgBdxgIAY8YCALDGAgC1xgIAA8cCAAnHAgAlJw4AWMcCAKnHAgC3xwIA/McCAA3IAgB4Jw4AVsgCAMsnDgCqyAIA9cgCAOfIAgCXSw8AA8kCAEjJAgAEyQIAeM4CAFXJAgCbyQIAqskCAO7JAgDzyQIAQcoCAFfKAgCUygIAlcoCAOfKAgDpygIAOssCAETLAgCNywIAm8sCAODLAgD5ywIAM8wCAETMAgCGzAIAkswCANnMAgDhzAIAxCgOAEDNAgB/zQIAgM0CANLNAgDezQIAJc4CACjOAgAXKQ4Aes4CAMvOAgDYzgIAHs8CACvPAgBxzwIAds8CAMTPAgDOzwIAF9ACAB/QAgBq0AIAetACAL3QAgDL0AIAENECAB3RAgBj0QIAatECALbRAgC+0QIACdICAAzSAgBc0gIAcNICAK/SAgDF0gIAAtMCABvTAgBV0wIAWtMCAKjTAgC50wIAaikOAAPUAgC9KQ4AB9QCAGG/CAAX1AIAK34PAFvUAgCh1AIAqNQCAPTUAgAA1QIAR9UCAFfVAgCa1QIAqNUCAO3VAgD61QIAQNYCAEzWAgCT1gIAmtYCABAqDgDo1gIAOdcCAOvWAgAW1QMARtcCAIzXAgCZ1wIA39cCAOTXAgAy2AIAPNgCAIXYAgCN2AIA2NgCAOHYAgAr2QIALtkCAH7ZAgCK2QIAYyoOANbZAgAk2gIA3dkCAHdWCQAp2gIAd9oCAH/aAgDK2gIA4NoCAB3bAgAf2wIAcNsCAH3bAgDD2wIA19sCALYqDgAb3AIAadwCAHHcAgBcTgkAc9wCALzcAgDE3AIAD90CABvdAgBi3QIAb90CALXdAgC63QIACN4CABHeAgBb3gIAct4CAK7eAgC53gIACSsOAA/fAgBU3wIAV98CAKffAgCq3wIA+t8CAAjgAgBN4AIAWuACAKDgAgC34AIA8+ACAPvgAgBG4QIATOECAJnhAgCl4QIA7OECAPbhAgA/4gIASOICAJLiAgCY4gIA5eICAPLiAgBcKw4AROMCAIvjAgBG4wIAAVsJAJrjAgDe4wIA7+MCADHkAgAz5AIAhOQCAIrkAgDX5AIA4+QCACrlAgAx5QIAfeUCAIXlAgDQ5QIA0uUCACPmAgAw5gIAduYCAH3mAgDJ5gIA0eYCABznAgAp5wIAb+cCAHTnAgDC5wIAzOcCABXoAgAd6AIAaOgCAHHoAgC76AIAvugCAA7pAgAa6QIAYekCAGjpAgCvKw4AwekCAAfqAgDK6QIA5O4CAOrpAgA4XwkAIuoCAFrqAgBc6gIAreoCAL7qAgAA6wIADusCAFPrAgBa6wIApusCAK7rAgD56wIA/usCAEzsAgBN7AIAn+wCAKvsAgDy7AIA+OwCAEXtAgBH7QIAmO0CAKLtAgDr7QIA+e0CAD7uAgBD7gIAke4CAJ7uAgACLA4A5e4CADfvAgA87wIAiu8CAJDvAgDd7wIA5+8CADDwAgA88AIAg/ACAIrwAgDW8AIA3vACACnxAgAr8QIAfPECAInxAgDP8QIA1vECACLyAgAq8gIAdfICAILyAgDI8gIAzfICABvzAgAl8wIAbvMCAHbzAgDB8wIAyvMCABT0AgAX9AIAZ/QCAHP0AgC69AIAwfQCAFUsDgAZ9QIAR1EJACH1AgBg9QIAbfUCALP1AgC99QIABvYCAAj2AgBZ9gIAbPYCAKz2AgC09gIA//YCAAv3AgBS9wIAWPcCAKX3AgCr9wIA+PcCAP33AgBL+AIAUfgCAKgsDgCs+AIA8fgCAAD5AgBE+QIAYPkCAJf5AgBk+QIAaDsDAJ/5AgD7LA4A8/kCAD36AgBK+gIAkPoCAJr6AgDj+gIA8foCADb7AgBM+wIAifsCAJX7AgDc+wIA5PsCAE4tDgA1/AIAgvwCAIj8AgDV/AIA2vwCACj9AgAu/QIAoS0OAID9AgDO/QIA1/0CACH+AgAr/gIAdP4CAHz+AgDH/gIAzP4CABr/AgAq/wIAbf8CAHX/AgDA/wIAxv8CALIBAwDZ/wIAEwADABgAAwBmAAMAbwADALkAAwDGAAMADAEDABMBAwBfAQMAYgEDAPQtDgC0AQMABQIDABICAwBYAgMAbwIDAKsCAwC3AgMARy4OABQDAwBRAwMAUgMDAKQDAwCuAwMA9wMDAP8DAwBKBAMAVAQDAJ0EAwCiBAMA8AQDAPgEAwBDBQMARQUDAJYFAwBGBQMAxgoDAEoFAwBkGAMAWQUDAJURAwCdBQMA6QUDAPAFAwA8BgMARAYDAI8GAwCTBgMA4gYDAPAGAwA1BwMAPwcDAIgHAwCTBwMA2wcDAOMHAwAuCAMAMwgDAIEIAwCcCAMA1AgDAOAIAwAnCQMALQkDAHoJAwCKCQMAzQkDAN4JAwAgCgMAJQoDAHMKAwB3CgMAmi4OAM8KAwAZCwMAMgsDAGwLAwB2CwMAvwsDAMULAwASDAMAFAwDAGUMAwB0DAMAuAwDAMIMAwALDQMAEw0DAF4NAwBiDQMAsQ0DAL8NAwAEDgMADg4DAFcOAwBiDgMAqg4DALIOAwD9DgMAAg8DAFAPAwBrDwMAow8DAK8PAwD2DwMA/A8DAEkQAwBZEAMAnBADAK0QAwDvEAMA9BADAEIRAwBGEQMA7S4OAJ4RAwDoEQMA+REDADsSAwBFEgMAjhIDAJwSAwDhEgMA4hIDADQTAwBFEwMAhxMDAJsTAwDaEwMA4hMDAC0UAwAxFAMAgBQDAI4UAwDTFAMA3RQDACYVAwAxFQMAeRUDAIEVAwDMFQMA0RUDAB8WAwA6FgMAchYDAH4WAwDFFgMAyxYDABgXAwAoFwMAaxcDAHwXAwC+FwMAwxcDABEYAwAVGAMAQC8OAHIYAwC3GAMA0hgDAAoZAwAYGQMAXRkDAGQZAwCwGQMAvBkDAAMaAwALGgMAky8OAGQaAwCpGgMAsxoDAPwaAwAHGwMATxsDAFcbAwCiGwMApxsDAPUbAwAQHAMASBwDAFQcAwCbHAMAoRwDAO4cAwD+HAMAQR0DAFIdAwCUHQMAmR0DAOcdAwDrHQMA5i8OAEseAwCNHgMAlR4DAOAeAwDhHgMAMx8DADgfAwCGHwMAlB8DANkfAwDmHwMALCADADYgAwB/IAMAiyADANIgAwDYIAMAJSEDAC0hAwB4IQMAfyEDAMshAwDXIQMAHiIDACQiAwBxIgMAfSIDAMQiAwDUIgMAFyMDACMjAwBqIwMAcCMDAL0jAwDJIwMAECQDAB0kAwBjJAMAciQDALYkAwDCJAMAOTAOAAwlAwBcJQMAXyUDAK8lAwC9JQMAAiYDABkmAwBVJgMAYiYDAKgmAwC+JgMA+yYDAAcnAwBOJwMAWycDAKEnAwCrJwMA9CcDAPwnAwBHKAMAUSgDAJooAwCfKAMA7SgDAPUoAwBAKQMATCkDAJMpAwCgKQMA5ikDAPApAwA5KgMAPyoDAIwqAwCgKgMA3yoDAOcqAwAyKwMAQCsDAIUrAwCSKwMA2CsDAOArAwArLAMAOCwDAH4sAwCMLAMA0SwDAOIsAwAkLQMALC0DAHctAwCNLQMAyi0DAMwtAwAdLgMAHi4DAIwwDgB+LgMAwy4DANIuAwAWLwMAIi8DAGkvAwBxLwMA3zAOAMEvAwAPMAMAGDADAGIwAwBvMAMAtTADALwwAwAIMQMACzEDAFsxAwBjMQMArjEDALMxAwABMgMACjIDAFQyAwBeMgMApzIDAK8yAwD6MgMA/zIDAE0zAwBdMwMAoDMDAKgzAwDzMwMA+TMDAEY0AwBINAMAmTQDAKY0AwDsNAMAAzUDAD81AwBLNQMAMjEOAJ41AwDlNQMA/DUDADg2AwBENgMAizYDAJE2AwDeNgMA5jYDADE3AwA4NwMAhDcDAJI3AwDXNwMA8jcDACo4AwA4OAMAfTgDAIQ4AwDQOAMA3DgDACM5AwArOQMAhTEOAIo5AwDJOQMA0TkDABw6AwBLOgMAbzoDAHs6AwDCOgMAyDoDABU7AwAaOwMA2DEOAHQ7AwC7OwMAwjsDAA48AwAWPAMAYTwDAGM8AwC0PAMAvjwDAAc9AwAPPQMAKzIOAGg9AwD4SgMAaT0DAK09AwCvPQMAAD4DABE+AwBTPgMAZD4DAKY+AwCyPgMA+T4DAAA/AwBMPwMAVD8DAJ8/AwDJPwMA8j8DAPc/AwBFQAMARkADAJhAAwCiQAMA60ADAPlAAwA+QQMAQ0EDAJFBAwCeQQMA5EEDAABCAwA3QgMAU0IDAH4yDgCXQgMA3UIDAOFCAwAwQwMANkMDAINDAwCFQwMA1kMDANdDAwApRAMATEQDAHxEAwCgRAMAz0QDAPlEAwAiRQMAKkUDAHVFAwB6RQMAyEUDANVFAwAbRgMAI0YDAG5GAwBwRgMAwUYDAMlGAwAURwMAPkcDAGdHAwB0RwMAukcDAL9HAwANSAMAGkgDAGBIAwBsSAMAs0gDAN1IAwAGSQMADkkDAFlJAwB0SQMArEkDAK5JAwD/SQMAEEoDAFJKAwBbSgMApUoDALFKAwDRMg4ABUsDAEtLAwBSSwMAnksDAKpLAwDxSwMABEwDAERMAwBMTAMAl0wDAJxMAwDqTAMA80wDAD1NAwBHTQMAkE0DAJhNAwDjTQMA6E0DADZOAwBGTgMAiU4DAJFOAwDcTgMA9U4DAC9PAwA0TwMAgk8DAItPAwDVTwMA4k8DAChQAwAvUAMAe1ADAH5QAwAkMw4A0FADACFRAwArUQMAdFEDAHZRAwDHUQMA4FEDABpSAwAcUgMAbVIDAHBSAwDAUgMAzFIDABNTAwAbUwMAdzMOAHpTAwC5UwMAvFMDAAxUAwAWVAMAX1QDAGtUAwCyVAMAyFQDAAVVAwANVQMAWFUDAGZVAwCrVQMArlUDAP5VAwAGVgMAUVYDAFRWAwCkVgMAX1YDAHNdAwCuVgMA91YDAK9WAwDiWQMA+VYDAEpXAwBQVwMAnVcDAKdXAwDwVwMA/lcDAENYAwBQWAMAllgDAK1YAwDpWAMA8VgDADxZAwBFWQMAj1kDAJBZAwDKMw4A61kDADVaAwA/WgMAiFoDAJJaAwDbWgMA6VoDAC5bAwA7WwMAgVsDAJhbAwDUWwMA3FsDACdcAwAuXAMAelwDAH9cAwDNXAMA0VwDACBdAwAtXQMAHTQOAIBdAwDGXQMAzl0DABleAwAfXgMAbF4DAHheAwC/XgMAzl4DABJfAwAXXwMAZV8DAIBfAwC4XwMAxF8DAAtgAwARYAMAXmADAHJgAwCxYAMAuWADAARhAwAaYQMAV2EDAFxhAwCqYQMAsWEDAP1hAwAJYgMAcDQOAFdiAwCjYgMAsWIDAPZiAwADYwMASWMDAGBjAwCcYwMApGMDAO9jAwD1YwMAQmQDAE5kAwCVZAMAnGQDAOhkAwD2ZAMAO2UDAD5lAwCOZQMAlmUDAOFlAwDvZQMANGYDADdmAwCHZgMAj2YDANpmAwDrZgMALWcDADJnAwCAZwMAgmcDANNnAwDaZwMAJmgDADRoAwB5aAMAhmgDAMxoAwDjaAMAH2kDACdpAwByaQMAfGkDAMVpAwDQaQMAGGoDACRqAwBragMAc2oDAMM0DgDAagMAEWsDABtrAwBkawMAZmsDALdrAwC6awMACmwDABZsAwBdbAMAZ2wDALBsAwC4bAMAA20DABFtAwBWbQMAY20DAKltAwCxbQMA/G0DABJuAwBPbgMAW24DAKJuAwC4bgMA9W4DAPpuAwBIbwMATm8DAJtvAwCvbwMAFjUOAPFvAwBBcAMASXADAJRwAwCicAMA53ADAKpwAwCeLwcA9HADADpxAwBCcQMAjXEDAJdxAwDgcQMA63EDADNyAwA/cgMAhnIDAI5yAwBpNQ4A33IDACxzAwAxcwMAf3MDAI5zAwDScwMA3nMDACV0AwAodAMAeHQDAHt0AwDLdAMA03QDAB51AwAjdQMAcXUDAIF1AwDEdQMAzHUDABd2AwAadgMAanYDAHR2AwC9dgMAv3YDABB3AwAWdwMAY3cDAG13AwC2dwMAxHcDAAl4AwAWeAMAXHgDAHN4AwCveAMAt3gDAAJ5AwALeQMAVXkDAFZ5AwC8NQ4AtHkDAPt5AwD+eQMAD7MIAAp6AwBOegMADnoDACyjCABYegMAoXoDAKl6AwAN7gMArXoDADTNDACvegMA9HoDAL16AwBllgcA+XoDAEd7AwABewMAOckEAFR7AwCaewMAnXsDAAYfCQCgewMAs3gIAKJ7AwDtewMApHsDAJ+EBQCmewMAamgFAPN7AwDV5wUA93sDAEB8AwD7ewMA/eQIAEV8AwCTfAMATHwDAMQbBACbfAMA5nwDAOl8AwA5fQMARX0DAIx9AwCSfQMA330DAPp9AwAyfgMAPn4DAIV+AwCLfgMA2H4DAOB+AwArfwMALX8DAH5/AwAwfwMAJIADAIh/AwDRfwMA2X8DAA82DgAxgAMAd4ADAH+AAwDKgAMAzYADAB2BAwAigQMAcIEDAH+BAwDDgQMA44EDABaCAwAiggMAaYIDAHOCAwC8ggMAxIIDAA+DAwAhgwMAtTYOAGyDAwC1gwMAw4MDAAiEAwAVhAMAW4QDAHKEAwCuhAMAtoQDAAGFAwAQhQMAVIUDAFmFAwCnhQMAtIUDAPqFAwAHhgMATYYDAFmGAwCghgMAr4YDAPOGAwD9hgMARocDAFSHAwCZhwMAnocDAOyHAwD5hwMAP4gDAEKIAwCSiAMAmogDAOWIAwDqiAMAOIkDAEWJAwCLiQMAk4kDAN6JAwDniQMAMYoDAD6KAwCEigMAkooDANeKAwDqigMAKosDADKLAwB9iwMAhIsDANCLAwDViwMAI4wDADmMAwB2jAMAeIwDAMmMAwDXjAMAHI0DACmNAwBvjQMAd40DAMKNAwDFjQMAFY4DABqOAwBojgMAd44DALuOAwDbjgMADo8DABqPAwBhjwMAa48DALSPAwC8jwMAB5ADABmQAwAINw4Aa5ADAK2QAwC0kAMAAJEDAAiRAwBTkQMAYJEDAKaRAwCrkQMA+ZEDAAOSAwBMkgMAVJIDAJ+SAwChkgMAPC8JAKmSAwCGSAkArpIDAPKSAwCvkgMAXfYHAPeSAwBFkwMAUpMDAJiTAwClkwMA65MDAPeTAwA+lAMATZQDAJGUAwCblAMA5JQDAOyUAwA3lQMAQZUDAIqVAwCPlQMA3ZUDAOWVAwBbNw4APJYDAIOWAwCJlgMA1pYDAPGWAwAplwMANZcDAHyXAwCClwMAz5cDAOuXAwAimAMAKpgDAK43DgB9mAMAyJgDANKYAwAbmQMAJpkDAG6ZAwB6mQMAwZkDAMmZAwABOA4AIJoDAGeaAwBtmgMAupoDANWaAwANmwMAGZsDAGCbAwBmmwMAs5sDALubAwAGnAMADJwDAFmcAwBinAMArJwDALmcAwD/nAMADJ0DAFKdAwBgnQMApZ0DALKdAwD4nQMAD54DAEueAwBTngMAnp4DAKOeAwDxngMAr54DAOOgAwD+ngMARJ8DAEyfAwCXnwMAop8DAOqfAwDvnwMAPaADAECgAwCQoAMAmqADAFQ4DgDooAMANqEDAEWhAwCJoQMAi6EDANyhAwDtoQMAL6IDAECiAwCCogMAlqIDAKc4DgDmogMAKKMDACujAwB7owMAMKMDAEPpBgA1owMA4sAMAIWjAwDOowMA0KMDACGkAwArpAMAdKQDAICkAwDHpAMA76QDABqlAwAlpQMABFoEAEClAwBtpQMAnqUDAMClAwDmpQMAE6YDADmmAwBmpgMAmKYDALmmAwDppgMADKcDABSnAwBfpwMAh6cDALKnAwDlpwMABagDADWoAwBYqAMAYKgDAKuoAwC6qAMA/qgDAAOpAwBRqQMAWqkDAKSpAwBeqQMAGbEDALWpAwD3qQMA/qkDAEqqAwBSqgMAnaoDAKqqAwDwqgMA9aoDAEOrAwBNqwMAlqsDAJ6rAwDpqwMA86sDAJW3AwD4qwMAPKwDAEGsAwCPrAMAnKwDAOKsAwDvrAMANa0DAEGtAwCIrQMAl60DANutAwDlrQMALq4DADauAwCBrgMAi64DANSuAwDZrgMAJ68DAC+vAwD6OA4Ahq8DAM2vAwDTrwMAILADADuwAwBzsAMAf7ADAMawAwDMsAMATTkOACaxAwBssQMAeLEDAL+xAwDOsQMAErIDAByyAwBlsgMAc7IDALiyAwC9sgMAC7MDABizAwBeswMAZrMDALGzAwC7swMABLQDAAm0AwBXtAMAX7QDAKq0AwCttAMA/bQDAAm1AwBQtQMAVrUDAKO1AwC+tQMA9rUDAAK2AwBJtgMAT7YDAJy2AwCktgMA77YDAPG2AwBCtwMATLcDAKA5DgCbtwMA6LcDAOq3AwA7uAMASLgDAI64AwCRuAMA4bgDAPK4AwA0uQMANrkDAIe5AwCRuQMA2rkDAOa5AwAtugMANboDAPM5DgCFugMA07oDANa6AwAmuwMAMLsDAHm7AwCBuwMAzLsDANm7AwAfvAMAIbwDAHK8AwCIvAMAxbwDANG8AwBGOg4ANL0DAGu9AwCHvQMAmToOAMO9AwARvgMAHr4DAGS+AwBxvgMAt74DAMO+AwAKvwMAGb8DAF2/AwBnvwMAsL8DAL6/AwADwAMACMADAFbAAwBjwAMAqcADAMLAAwD8wAMA/sADAE/BAwBWwQMA7DoOAL/BAwD1wQMABsIDAEjCAwBUwgMAm8IDAK7CAwDuwgMA/cIDAEHDAwBNwwMAlMMDAJXDAwDnwwMA8cMDADrEAwBIxAMAjcQDAJLEAwDgxAMA7cQDAD87DgA4xQMAhsUDAJPFAwDZxQMA5sUDACzGAwA4xgMAf8YDAI7GAwDSxgMA3MYDACXHAwAzxwMAeMcDAH3HAwDLxwMA2McDAB7IAwAmyAMAccgDAHvIAwDEyAMAycgDABfJAwAfyQMAODwOAGzJAwC9yQMAy8kDABDKAwAhygMAizwOAGrKAwDePA4Au8oDAAnLAwARywMAXMsDAGvLAwCvywMAtMsDAALMAwAPzAMAVcwDAGLMAwCozAMAtMwDAPvMAwAKzQMATs0DAFjNAwCEPQ4Ao80DAIAoDACnzQMAWb4KALTNAwD0zQMAA84DAEfOAwBTzgMAms4DAJvOAwDtzgMA984DAEDPAwBOzwMAk88DAJjPAwDmzwMA888DANc9DgA90AMAjNADAJfQAwDf0AMA7dADADLRAwBD0QMAhdEDAJHRAwDY0QMA4NEDACo+DgAw0gMAftIDAIvSAwDR0gMA3tIDACTTAwAw0wMAd9MDAIbTAwDK0wMA1NMDAB3UAwAr1AMAcNQDAH3UAwDD1AMA2tQDAH0+DgAj1QMAadUDAHbVAwC81QMAyNUDAA/WAwAe1gMAYtYDAGzWAwC11gMAw9YDAAjXAwDR1gMAEUgIAA3XAwBb1wMAaNcDAK7XAwC21wMAAdgDAAfYAwBU2AMAYNgDAKfYAwC32AMA+tgDAAPZAwBN2QMAUNkDAKDZAwCs2QMA89kDAPrZAwDQPg4AU9oDAJnaAwCo2gMA7NoDAO3aAwA/2wMAVtsDAJLbAwCs2wMA5dsDAPHbAwA43AMAS9wDAIvcAwCa3AMA3twDAOrcAwAx3QMAMt0DAITdAwCO3QMA190DAOXdAwAq3gMAL94DAH3eAwCK3gMAIz8OAOreAwAj3wMAMt8DAHbfAwB43wMAyd8DAHvfAwDy5QMA1t8DABzgAwAp4AMAb+ADAHTgAwDC4AMAzOADABXhAwAk4QMAaOEDAG3hAwC74QMAyOEDAA7iAwAb4gMAYeIDAG3iAwC04gMAw+IDAAfjAwAR4wMAWuMDAGfjAwCt4wMAsuMDAADkAwAE5AMAU+QDAF/kAwCm5AMArOQDAPnkAwD/5AMATOUDAFHlAwCf5QMApeUDAHY/DgD/5QMAReYDAFLmAwCY5gMApOYDAOvmAwD65gMAPucDAEjnAwCR5wMAn+cDAOTnAwDp5wMAN+gDAEToAwCK6AMAkegDAN3oAwDi6AMAMOkDADzpAwCD6QMAhukDANbpAwDj6QMAKeoDAC7qAwB86gMAhuoDAM/qAwDb6gMAIusDADXrAwB16wMAg+sDAMjrAwDL6wMAG+wDACXsAwBu7AMAeuwDAMHsAwDH7AMAFO0DABrtAwBn7QMAbO0DALrtAwDA7QMAyT8OABfuAwDYFgYAGe4DABnoBwAc7gMAYO4DAGLuAwCz7gMAxO4DAAbvAwAX7wMAWe8DAGHvAwCs7wMAvO8DAP/vAwAB8AMAUvADAGDwAwCl8AMAtvADABxADgD/8AMAb0AOAEzxAwCe8QMAo/EDAPHxAwD38QMARPIDAE7yAwCX8gMAo/IDAOryAwDw8gMAPfMDAEPzAwCQ8wMAlfMDAOPzAwDp8wMAwkAOAET0AwCJ9AMAovQDANz0AwDd9AMAL/UDAEz1AwCC9QMAnPUDANX1AwDY9QMAKPYDAC32AwC7QQ4AlPYDAM72AwDU9gMAIfcDAOT2AwBIaAQAI/cDAHT3AwB69wMAx/cDANv3AwAa+AMAIvgDAG34AwB6+AMAwPgDAMX4AwAT+QMAHfkDAGb5AwBu+QMAufkDAMr5AwAM+gMAEfoDAF/6AwBh+gMAsvoDALn6AwAF+wMAEfsDAFj7AwBf+wMAq/sDAMf7AwD++wMABvwDAA5CDgBW/AMApPwDAKb8AwD3/AMA/vwDAEr9AwBY/QMAnf0DAKr9AwDw/QMAB/4DAEP+AwBL/gMAlv4DAKD+AwDp/gMArP4DABFkBAD0/gMAPP8DAEj/AwCP/wMAl/8DAGFCDgDj/wMANQAEADoABACIAAQAiwAEANsABADlAAQALgEEAEUBBACBAQQAhwEEANQBBADgAQQAJwIEACoCBAB6AgQAlwIEAM0CBADeAgQAIAMEAD8DBABzAwQAewMEAMYDBADIAwQAGQQEACgEBABsBAQAdgQEAL8EBADNBAQAEgUEAC0FBABlBQQAcQUEALgFBADABQQAtEIOABcGBABeBgQAbQYEALEGBAC2BgQABAcEAAoHBABXBwQAXgcEAKoHBACyBwQA/QcEAP8HBABQCAQAVwgEAKMIBAClCAQA9ggEAPcIBABJCQQAUwkEAJwJBACoCQQA7wkEAPUJBABCCgQAXAoEAJUKBACdCgQA6AoEAP4KBAA7CwQASQsEAI4LBACRCwQA4QsEAOQLBAA0DAQAQgwEAIcMBACUDAQA2gwEAPEMBAAtDQQANQ0EAIANBACCDQQA0w0EANsNBAAmDgQAPQ4EAHkOBACFDgQAzA4EAOIOBAAfDwQAJw8EAHIPBACADwQAxQ8EAM8PBAAYEAQAIBAEAGsQBAByEAQAvhAEAMoQBAAREQQAEhEEAGQRBABwEQQAtxEEAMQRBAAKEgQAERIEAF0SBABgEgQAsBIEALgSBAADEwQACBMEAFYTBABjEwQAqRMEANcTBAD8EwQABBQEAAdDDgBXFAQA7nUOAGsUBACiFAQAqhQEAFpDDgADFQQASBUEAEoVBACbFQQArBUEAO4VBAD2FQQAQRYEAE0WBACUFgQAmhYEAOcWBADtFgQAOhcEAD8XBACNFwQAkxcEAK1DDgDlFwQAMxgEAOwXBACcfgsAOxgEAIYYBACLGAQAKg4JAIwYBACuAAoAkhgEAPK7CQCVGAQA2RgEAJcYBAAW/gkA3hgEACwZBADfGAQAyRYIADkZBAB/GQQAjBkEANIZBADeGQQAJRoEADQaBAB4GgQAghoEAPlEDgDVGgQAHhsEACMbBABxGwQAeRsEAExFDgDKGwQAFxwEAC0cBABqHAQAeBwEAL0cBADKHAQAEB0EABIdBABjHQQAbR0EALYdBADCHQQACR4EABAeBABcHgQAZB4EAK8eBAC2HgQAAh8EAAsfBABVHwQAYR8EAKgfBACwHwQA8kUOAAAgBABOIAQAViAEAKEgBACwIAQA9CAEAPkgBABHIQQAVCEEAJohBACnIQQA7SEEAPkhBABAIgQATyIEAJMiBACdIgQA5iIEAPQiBAA5IwQAPiMEAIwjBACZIwQA3yMEAOcjBAAyJAQAPCQEAIUkBACTJAQA2CQEAO4kBAArJQQANyUEAH4lBACDJQQA0SUEANolBAAkJgQALiYEAEVGDgCBJgQAyiYEANYmBAAdJwQAJScEAJhGDgB1JwQAwycEANAnBAAWKAQAIygEAGkoBAB1KAQAvCgEAMsoBAAPKQQAGSkEAGIpBAB6KQQAtSkEAL8pBAAIKgQAFioEAFsqBABxKgQArioEALoqBAABKwQABisEAFQrBABdKwQApysEALErBAD6KwQAAiwEAOtGDgBaLAQAoCwEAGMsBABgqA0ArSwEAPMsBAD/LAQARi0EAFUtBACZLQQAoy0EAOwtBAD6LQQAPy4EAEwuBACSLgQAqS4EAOUuBADtLgQAOC8EAEIvBACLLwQAkC8EAN4vBADmLwQAPkcOAD0wBACEMAQAijAEANcwBADyMAQAKjEEADYxBAB9MQQAgzEEANAxBADsMQQAIzIEACsyBACRRw4AezIEAMkyBADWMgQAHDMEACkzBABvMwQAezMEAMIzBADRMwQAFTQEAB80BABoNAQAdjQEALs0BADANAQADjUEABs1BABhNQQAaTUEALQ1BAC6NQQABzYEAL41BAD5NwQAEzYEAFo2BABqNgQArTYEALY2BAAANwQAAzcEAFM3BABfNwQApjcEAK03BADkRw4ABzgEAEw4BABiOAQAnzgEAKs4BADyOAQA+TgEAEU5BABNOQQAmDkEAJ05BADrOQQA9DkEAD46BABIOgQAN0gOAJY6BADkOgQAnToEABs/BADsOgQANzsEAD07BACKOwQAjzsEAN07BADmOwQAMDwEADo8BACDPAQAjzwEANY8BADePAQAikgOAC49BAB8PQQAhD0EAM89BADaPQQAIj4EACc+BAB1PgQAeD4EAMg+BADSPgQA3UgOACU/BABuPwQAcj8EAME/BADGPwQAFEAEABpABABnQAQAh0AEALpABADCQAQADUEEABtBBABgQQQAY0EEALNBBAC7QQQABkIEAA9CBABZQgQAZkIEAKxCBACyQgQA/0IEAAtDBABSQwQAVEMEAKVDBAC0QwQA+EMEAANEBABLRAQATUQEAJ5EBAC3RAQA8UQEAAJFBABERQQAUEUEADBJDgCfRQQA6kUEAApGBAA9RgQAS0YEAJBGBACdRgQA40YEAOpGBAA2RwQAUkcEAIlHBACRRwQAg0kOAOFHBAAvSAQAPEgEAIJIBACPSAQA1UgEAOFIBAAoSQQAN0kEAHtJBACFSQQAzkkEAONJBAAhSgQAKUoEAHRKBACDSgQAx0oEAMlKBAAaSwQAI0sEAG1LBABwSwQAwEsEAMxLBAATTAQAL0wEAGZMBABuTAQA1kkOAL5MBAAMTQQAIk0EAF9NBABrTQQAsk0EANVNBAApSg4AD04EAFhOBABgTgQAq04EALFOBABoawgAuk4EAP5OBAADTwQAUU8EAF5PBACkTwQAsU8EAPdPBAADUAQASlAEAFlQBACdUAQAp1AEAPBQBAD4UAQAQ1EEAE1RBACWUQQAm1EEAOlRBADxUQQAfEoOAD9SBACPUgQArFIEAOJSBADzUgQANVMEAENTBACkogQAalMEAIhTBACkUwQA21MEAPdTBADPSg4ANFQEAIFUBACHVAQA1FQEANlUBAAnVQQALVUEACJLDgB/VQQAzVUEANpVBAAgVgQALVYEAHNWBAB/VgQAxlYEANVWBAAZVwQAI1cEAGxXBAB6VwQAv1cEAMRXBAASWAQAH1gEAGVYBABxWAQAuFgEAL5YBAALWQQAEVkEAF5ZBABjWQQAsVkEALdZBAAbTA4AGFoEAFdaBAB9WgQAqloEANBaBAD9WgQAI1sEAFBbBACAWwQAo1sEAKtbBAD2WwQAHlwEAElcBAB+XAQAnFwEAMJcBADvXAQAFV0EAEJdBAB3XQQAlV0EAMVdBADoXQQA8F0EADteBABAXgQAt7cEAEpeBACOXgQAk14EAOFeBADuXgQANF8EAEFfBACHXwQAk18EANpfBADpXwQALWAEADdgBACAYAQAjmAEANNgBADYYAQAJmEEADNhBAB5YQQAgWEEAMxhBADSYQQAH2IEANZhBAAftQQAK2IEAHJiBACCYgQAxWIEAM5iBAAYYwQAG2MEAGtjBAB3YwQAvmMEAMVjBABuTA4AJWQEAGRkBABnZAQAt2QEANRkBAAKZQQAG2UEAF1lBABkZQQAsGUEAMllBAADZgQAC2YEAFZmBABsZgQAqWYEAK5mBAD8ZgQAA2cEAE9nBABYZwQAomcEALNnBAD1ZwQAAWgEAMFMDgBcaAQAm2gEAJ5oBADuaAQAC2kEAEFpBABSaQQAlGkEAKNpBADnaQQA+GkEADpqBABIagQAjWoEAJlqBADgagQA7WoEADNrBAA9awQAFE0OAI9rBADZawQA5msEACxsBAA6bAQAf2wEAI5sBADSbAQA1GwEACVtBAAvbQQAeG0EAIZtBADLbQQA0G0EAB5uBAArbgQAcW4EAHRuBADEbgQA0G4EABdvBAAqbwQAam8EAHlvBAC9bwQAyW8EABBwBAARcAQAY3AEAG1wBAC2cAQAxHAEAAlxBAAOcQQAXHEEAGlxBABnTQ4AtHEEAAJyBAAYcgQAVXIEAGtyBACocgQAsXIEAPtyBAAIcwQATnMEAFxzBAChcwQAsHMEAPRzBAD2cwQAR3QEAFF0BACadAQAqHQEAO10BADydAQAQHUEAE11BACTdQQAlnUEAOZ1BADudQQAOXYEAEp2BACMdgQAmnYEAN92BADsdgQAMncEAFJ3BACFdwQAjXcEANh3BADodwQAK3gEAC14BAB+eAQAjHgEANF4BADieAQAYE4OACp5BAB3eQQAg3kEALNODgDReQQAHXoEANd5BABSNQYAJHoEAHB6BAB2egQAw3oEAM96BAAWewQAGXsEAGl7BABsewQAvHsEAOd7BAAPfAQAMnwEAGJ8BABtfAQAtXwEALp8BAAIfQQAC30EAFt9BABlfQQArn0EANl9BAAGTw4ABn4EAFR+BABhfgQAp34EALR+BAD6fgQABn8EAE1/BABcfwQAoH8EAKp/BADzfwQA+38EAEaABABQgAQAmYAEAJ6ABADsgAQA9IAEAFlPDgBMgQQAkoEEAKaBBADlgQQA7YEEADiCBAA9ggQAi4IEAJuCBADeggQA5oIEADGDBAA7gwQAhIMEAI+DBADXgwQA44MEACqEBAAyhAQArE8OAH6EBADQhAQA3IQEACOFBAAyhQQAdoUEAISFBADJhQQA2YUEAByGBAAqhgQAb4YEAHuGBADChgQAyYYEABWHBAAdhwQAaIcEAH6HBAC7hwQAz4cEAA6IBAARiAQAYYgEAH6IBAC0iAQAxYgEAAeJBAAPiQQAWokEAGWJBACtiQQAsokEAACKBAADigQAU4oEAF2KBACmigQAqYoEAP9PDgANiwQATIsEAE+LBACfiwQAvIsEAPKLBAADjAQARYwEAE2MBACYjAQAm4wEAOuMBAD3jAQAPo0EAESNBACRjQQArI0EAOSNBADwjQQAN44EAD2OBACKjgQAko4EAN2OBADojgQAMI8EADWPBACDjwQAho8EANaPBADgjwQAKZAEADGQBAB8kAQAm5AEAFJQDgDjkAQAIpEEAEiRBAB1kQQAm5EEAMiRBADukQQAG5IEAFGSBABukgQAo5IEAMGSBADnkgQAFJMEADqTBABnkwQAnJMEALqTBADekwQADZQEACmUBABglAQAaJQEAKVQDgC4lAQABpUEABOVBABZlQQAZpUEAKyVBAC4lQQA/5UEAA6WBABSlgQAXJYEAKWWBACzlgQA+JYEAP2WBABLlwQAWJcEAJ6XBACmlwQA8ZcEAPeXBABEmAQA+5cEADaaBABQmAQAl5gEAKeYBADqmAQA85gEAD2ZBABAmQQAkJkEAJyZBADjmQQA6pkEAPhQDgBEmgQAiZoEAJ+aBADcmgQA6JoEAC+bBAA2mwQAgpsEAIqbBADVmwQA2psEACicBAAxnAQAe5wEAIWcBABLUQ4Az5wEACGdBAAtnQQAdJ0EAHqdBADHnQQAyZ0EABqeBAAkngQAbZ4EAHueBADAngQAxZ4EABOfBAAgnwQAZp8EAG6fBAC5nwQAw58EAAygBAAaoAQAX6AEAHWgBACyoAQAvqAEAAWhBAAMoQQAWKEEAGChBACroQQAsKEEAP6hBAAHogQAUaIEAFuiBACeUQ4AvKIEAPeiBAD6ogQASqMEAGejBACdowQArqMEAPCjBAAIpAQAQ6QEAE+kBACWpAQAqaQEAOmkBAD4pAQAPKUEAEilBACPpQQAkKUEAOKlBADspQQANaYEAEOmBACIpgQAjaYEANumBADopgQA8VEOADOnBACBpwQAjqcEANSnBADhpwQAJ6gEADOoBAB6qAQAiagEAM2oBADXqAQAIKkEAC6pBABzqQQAeKkEAMapBADTqQQAGaoEACGqBABsqgQAcqoEAL+qBAB2qgQAsawEAMuqBAASqwQAIqsEAGWrBABuqwQAuKsEALurBAALrAQAF6wEAF6sBABlrAQA6lIOAL+sBAAErQQAGq0EAFetBABjrQQAqq0EALGtBAD9rQQABa4EAFCuBABVrgQAo64EAKyuBAD2rgQAAK8EAD1TDgBKrwQAnK8EAKivBADvrwQA9a8EAEKwBABEsAQAlbAEAJ+wBADosAQA9rAEADuxBABAsQQAjrEEAJuxBADhsQQA6bEEADSyBAA+sgQAh7IEAJWyBADasgQA8LIEAC2zBAA5swQAgLMEAIezBADTswQA27MEACa0BAArtAQAebQEAIK0BADMtAQA1rQEAJBTDgAttQQAcrUEAIi1BADFtQQA0bUEABi2BAAftgQAa7YEAHO2BAC+tgQAw7YEABG3BAAatwQAZLcEAG63BADjUw4AuLcEAAq4BAAWuAQAXbgEAGO4BACwuAQAsrgEAAO5BAANuQQAVrkEAGS5BACpuQQArrkEAPy5BAAJugQAT7oEAFe6BACiugQArLoEAPW6BAADuwQASLsEAF67BACbuwQAp7sEAO67BAD1uwQAQbwEAEm8BACUvAQAmbwEAOe8BADwvAQAOr0EAES9BAA2VA4Aj70EALjUCgCbvQQA4L0EAPG9BAAzvgQAOL4EAIa+BACdvgQA2b4EAO2+BAAsvwQARL8EAH+/BACOvwQA0r8EANe/BAAlwAQAMsAEAHjABACFwAQAy8AEANfABAAewQQALcEEAHHBBAB7wQQAxMEEAMzBBAAXwgQANcIEAGrCBABywgQAvcIEAMbCBAAQwwQAHcMEAGPDBABlwwQAtsMEAM/DBAAJxAQAGsQEAFzEBABoxAQAr8QEALfEBACJVA4AB8UEAFXFBABdxQQAqMUEALfFBAD7xQQAAMYEAE7GBABbxgQAocYEAK7GBAD0xgQAAMcEAEfHBABWxwQAmscEAKTHBADtxwQA9ccEAEDIBABKyAQAk8gEAJjIBADmyAQA7sgEANxUDgBQyQQAjMkEAJTJBADfyQQA6ckEADLKBAA3ygQAhcoEAI3KBAAvVQ4A3coEACvLBAA0ywQAHFwKADjLBAB+ywQAQcsEALpbDACLywQA0csEAN3LBAAkzAQAM8wEAHfMBACBzAQAyswEANLMBADOzAkA2MwEAB3NBAAqzQQAcM0EAIfNBADDzQQAy80EABbOBAAgzgQAac4EAG7OBAC8zgQAxM4EAIJVDgAczwQAYs8EAHDPBAC1zwQAyM8EAAjQBAAQ0AQAW9AEAF7QBACu0AQAs9AEAAHRBAAQ0QQAVNEEAHTRBACn0QQAs9EEAPrRBAAE0gQATdIEAGnSBACg0gQAqNIEANVVDgAG0wQARtMEAEzTBACZ0wQApdMEAOzTBAD20wQAP9QEAEXUBACS1AQAoNQEAOXUBADx1AQAONUEADvVBACL1QQAjNUEAN7VBADq1QQAMdYEADfWBACE1gQAitYEANfWBADj1gQAKtcEAEfXBAB91wQAhtcEANDXBADc1wQAI9gEACbYBAB22AQAgNgEAMnYBADV2AQAHNkEACLZBABv2QQAddkEAMLZBADH2QQAFdoEABvaBAAoVg4AdNoEALvaBAC92gQADtsEAB3bBABh2wQAbNsEALTbBADA2wQAB9wEAA7cBABa3AQAYtwEAK3cBAC33AQAAN0EAAvdBABT3QQAX90EAKbdBACu3QQAIVcOAPvdBABM3gQAX94EAJ/eBACn3gQA8t4EAPjeBABF3wQAUd8EAJjfBACi3wQA698EAPHfBAA+4AQATOAEAJHgBACd4AQA5OAEAOfgBAA34QQAP+EEAIrhBACL4QQA3eEEAOnhBAAw4gQANuIEAIPiBACL4gQA1uIEANziBAAp4wQANeMEAHzjBACZ4wQAz+MEANjjBAAi5AQALuQEAHXkBAB45AQAyOQEANLkBAAb5QQAI+UEAG7lBAB/5QQAweUEAM/lBAAU5gQAKuYEAGfmBAB15gQAuuYEAMTmBAB0Vw4AHOcEAGDnBABr5wQAs+cEAL/nBAAG6AQADegEAFnoBABh6AQArOgEALboBAD/6AQACukEAFLpBABe6QQApekEAK3pBADHVw4A+ukEAEvqBABe6gQAnuoEAKbqBADx6gQA9+oEAETrBABQ6wQAl+sEAKHrBADq6wQA8OsEAD3sBABL7AQAkOwEAJzsBADj7AQA5uwEADbtBAA+7QQAie0EAIrtBADc7QQA6O0EAC/uBAA17gQAgu4EAIruBADV7gQA2+4EACjvBAA07wQAe+8EAJjvBADO7wQA1+8EACHwBAAt8AQAdPAEAHfwBADH8AQA0fAEABrxBAAi8QQAbfEEAH7xBADA8QQAzvEEABPyBAAp8gQAZvIEAHTyBAC58gQAw/IEAAzzBAAU8wQAX/MEAILzBACy8wQAtvMEAAX0BAAQ9AQAWPQEAGb0BACr9AQAuvQEAP70BAAJ9QQAUfUEAFn1BACk9QQAsvUEAPf1BAD69QQASvYEAFL2BAAaWA4Aq/YEAPD2BADz9gQAQ/cEAEv3BACjVAUAT/cEACoqBQBS9wQAbP0EAF/3BACW9wQAsvcEAG1YDgDr9wQAPPgEAEn4BACP+AQAnPgEAOL4BADn+AQANfkEAD/5BACI+QQAl/kEANv5BADg+QQALvoEADv6BACB+gQAjvoEANT6BADg+gQAJ/sEADb7BAB6+wQAhPsEAM37BADZ+wQAIPwEACb8BABz/AQAefwEAMb8BADL/AQAGf0EAB/9BADAWA4Acf0EAMofBQB9/QQAv/0EAM39BAAS/gQAHv4EAGX+BABy/gQAuP4EAML+BAAL/wQAJ/8EAF7/BAB6/wQAE1kOALP/BAAEAAUAEQAFAFcABQBkAAUAqgAFAK8ABQD9AAUABwEFAFABBQBfAQUAowEFAKgBBQD2AQUAAwIFAEkCBQBWAgUAnAIFAKgCBQDvAgUA/gIFAEIDBQBMAwUAlQMFAKEDBQDoAwUA7gMFADsEBQBBBAUAjgQFAJMEBQDhBAUA5wQFAGZZDgA7BQUAhwUFAJUFBQDaBQUA3QUFAC0GBQA8BgUAgAYFAIUGBQDTBgUA4AYFACYHBQAzBwUAeQcFAIUHBQDMBwUA2wcFAB8IBQApCAUAcggFAIAIBQDFCAUAyggFABgJBQAlCQUAawkFAHcJBQC+CQUA0QkFABEKBQAgCgUAZAoFAHAKBQC3CgUAuAoFAAoLBQAUCwUAXQsFAGsLBQCwCwUAtQsFAAMMBQAQDAUAuVkOAFsMBQCpDAUAsgwFAPwMBQANDQUATw0FAFYNBQCiDQUAqg0FAPUNBQACDgUASA4FAE0OBQCbDgUApQ4FAO4OBQD2DgUAQQ8FAFgPBQCUDwUAoA8FAOcPBQDxDwUAOhAFAEIQBQCNEAUAjxAFAOAQBQDoEAUAMxEFADkRBQCGEQUAkhEFANkRBQDcEQUALBIFADESBQB/EgUAiBIFANISBQDYEgUAJRMFADQTBQB4EwUAhBMFALJaDgDNEwUAHhQFACwUBQBxFAUAghQFAAVbDgDLFAUAWFsOABwVBQBqFQUAchUFAL0VBQDMFQUAEBYFABUWBQBjFgUAcBYFALYWBQDDFgUACRcFABUXBQBcFwUAaxcFAK8XBQC5FwUA/lsOAAQYBQBVGAUAcBgFAKgYBQCqGAUA+xgFABUZBQBOGQUAWxkFAKEZBQCtGQUA9BkFAP4ZBQBHGgUAYRoFAJoaBQCpGgUA7RoFAPIaBQBAGwUATRsFAJMbBQCgGwUA5hsFAPIbBQA5HAUASBwFAIwcBQCWHAUA3xwFAOscBQAyHQUARR0FAIUdBQCUHQUA2B0FAOQdBQArHgUALB4FAH4eBQCIHgUA0R4FAN8eBQAkHwUAKR8FAHcfBQCEHwUAUVwOANcfBQAdIAUAKiAFAHAgBQB8IAUAwyAFANIgBQAWIQUAICEFAGkhBQB3IQUAvCEFAMEhBQAPIgUAHCIFAGIiBQBuIgUAtSIFAMgiBQAIIwUAFyMFAFsjBQBnIwUAriMFAK8jBQABJAUACyQFAFQkBQBiJAUApyQFAKwkBQD6JAUAByUFAKRcDgBaJQUAoCUFAKIlBQDzJQUADCYFAEYmBQBXJgUAmSYFAKUmBQDsJgUA9CYFAJ1dDgBEJwUAkicFAJonBQDlJwUA9CcFADgoBQA9KAUAiygFAJgoBQDeKAUA6ygFADEpBQA9KQUAhCkFAJMpBQDXKQUA4SkFAPBdDgA9KgUAfSoFAIwqBQDQKgUA3CoFACMrBQAkKwUAdisFAIArBQDJKwUA1ysFABwsBQAhLAUAbywFAHwsBQBDXg4AxywFABUtBQAiLQUAaC0FAHUtBQC7LQUAxy0FAA4uBQAdLgUAYS4FAGsuBQC0LgUAwi4FAAcvBQAMLwUAWi8FAGcvBQCtLwUAtS8FAAAwBQAGMAUAUzAFAAowBQAxfAUAXzAFAKYwBQC2MAUA+TAFAAIxBQBMMQUATzEFAJ8xBQCrMQUA8jEFAPkxBQA8Xw4AUDIFAJgyBQCZMgUA6zIFAAMzBQA+MwUASzMFAJEzBQCdMwUA5DMFAO4zBQA3NAUAOzQFAIo0BQCPNAUA3TQFAOM0BQAwNQUAUDUFAIM1BQCbNQUA1jUFAO01BQApNgUANTYFAHw2BQCGNgUAzzYFANE2BQAiNwUAKTcFAHU3BQB8NwUAyDcFAM43BQAbOAUAJzgFAG44BQBxOAUAwTgFAMQ4BQAUOQUAIDkFAGc5BQBqOQUAj18OAL85BQANOgUAFToFAGA6BQBmOgUAszoFALg6BQAGOwUADzsFAFk7BQBjOwUArDsFALg7BQD/OwUABzwFAOJfDgBXPAUApTwFAK08BQD4PAUAAz0FAEs9BQBQPQUAnj0FAKE9BQDxPQUA+z0FADVgDgBQPgUAlz4FAJ4+BQDqPgUA+D4FAD0/BQBAPwUAkD8FAJg/BQDjPwUA5j8FADZABQBCQAUAiUAFAI9ABQDcQAUA90AFAC9BBQA7QQUAgkEFAIhBBQDVQQUA3UEFAChCBQAsQgUAe0IFAIdCBQDOQgUA20IFACFDBQArQwUAdEMFAHxDBQDHQwUAyUMFABpEBQAeRAUAbUQFAG9EBQDARAUA1EQFAIhgDgAbRQUAZkUFAGpFBQC5RQUAu0UFAAxGBQAPRgUAX0YFAGdGBQCyRgUAv0YFAAVHBQAKRwUAWEcFAGJHBQCrRwUAs0cFAP5HBQD/RwUAUUgFAFZIBQCkSAUAp0gFAPdIBQD6SAUASkkFAFhJBQCdSQUAtkkFAPBJBQABSgUAQ0oFAE9KBQCWSgUAnkoFANtgDgDuSgUAPEsFAERLBQCPSwUAnksFAOJLBQDnSwUANUwFAEJMBQCITAUAlUwFANtMBQDnTAUALk0FAD1NBQCBTQUAi00FANRNBQDcTQUAJ04FADFOBQB6TgUAf04FAM1OBQDVTgUALmEOACtPBQBzTwUAf08FAMZPBQDOTwUAgWEOACVQBQBsUAUAc1AFAL9QBQDNUAUAElEFABVRBQBlUQUAbVEFALhRBQC7UQUAC1IFABdSBQBeUgUAZFIFALFSBQDMUgUABFMFABBTBQBXUwUAXVMFAKpTBQDNUwUA/VMFAABUBQBQVAUAdFQFANRhDgCyVAUA9lQFAPtUBQBJVQUAVlUFAJxVBQCpVQUA71UFAPtVBQBCVgUAUVYFAJVWBQCfVgUA6FYFAPZWBQA7VwUAQFcFAI5XBQCbVwUA4VcFAOlXBQAnYg4AQVgFAIdYBQCPWAUA2lgFAPNYBQAtWQUAM1kFAIBZBQCFWQUA01kFAPNZBQAmWgUAMloFAHlaBQCGWgUAzFoFANRaBQAfWwUAIlsFAHJbBQB8WwUAxVsFAMdbBQAYXAUAIlwFAGtcBQB3XAUAemIOANRcBQARXQUAHV0FAGRdBQBpXQUAt10FAGxdBQDOTw8AwF0FAApeBQAUXgUAXV4FAGVeBQD5FAkAaV4FALBeBQCAXgUAHQQJALZeBQADXwUAw14FAHwMCwAJXwUAVl8FAFtfBQCpXwUAr18FAM1iDgAKYAUAT2AFAGVgBQCiYAUArmAFAPVgBQD6YAUASGEFAFFhBQCbYQUApWEFAO5hBQD2YQUAQWIFAFBiBQCUYgUAmWIFAOdiBQD0YgUAOmMFAEdjBQCNYwUAmWMFAOBjBQDvYwUAM2QFAD1kBQCGZAUAlGQFANlkBQDmZAUALGUFAENlBQB/ZQUAh2UFANJlBQDcZQUAJWYFACpmBQB4ZgUAgGYFAMZjDgDXZgUAHmcFACRnBQBxZwUAjGcFAMRnBQDQZwUAF2gFAB1oBQAZZA4AfWgFAL1oBQDMaAUAEGkFABxpBQBjaQUAZGkFALZpBQDAaQUACWoFABdqBQBcagUAYWoFAK9qBQC8agUAbGQOAAdrBQBVawUAXWsFAKhrBQCrawUA+2sFAARsBQBObAUAXWwFAKFsBQCsbAUA9GwFAPxsBQBHbQUAV20FAJptBQCobQUA7W0FAP5tBQBAbgUATG4FAJNuBQCbbgUAZWUOAOxuBQA5bwUAQW8FAIxvBQCTbwUA328FAO1vBQAycAUAOHAFAIVwBQCRcAUA2HAFAOdwBQArcQUANXEFAH5xBQCDcQUA0XEFANdxBQAkcgUAOHIFAHdyBQB/cgUAynIFAPJyBQAdcwUAJnMFAHBzBQB9cwUAw3MFANFzBQAWdAUAKXQFAGl0BQCFdAUAuGUOAMF0BQAPdQUAHHUFAGJ1BQBvdQUAtXUFAMF1BQAIdgUAF3YFAFt2BQBldgUArnYFALx2BQABdwUABncFAFR3BQBhdwUAp3cFAK93BQD6dwUAAHgFAE14BQBZeAUAoHgFALB4BQDzeAUA/HgFAEZ5BQBJeQUAmXkFAKV5BQDseQUA83kFAAtmDgBnegUAknoFAJt6BQDlegUA8noFADh7BQBGewUAi3sFAJ57BQDeewUA+nsFAF5mDgA/fAUAhHwFAJp8BQDXfAUA43wFACp9BQAxfQUAfX0FAIV9BQDQfQUA1X0FACN+BQAsfgUAdn4FAIB+BQCxZg4Ayn4FABx/BQAofwUAb38FAHV/BQDCfwUAxH8FABWABQAfgAUAaIAFAHaABQC7gAUAwIAFAA6BBQAbgQUAYYEFAGmBBQC0gQUAvoEFAAeCBQAVggUAWoIFAHCCBQCtggUAuYIFAACDBQAHgwUAU4MFAFuDBQCmgwUAq4MFAPmDBQAChAUATIQFAFaEBQAEZw4ArYQFAPKEBQAIhQUARYUFAFGFBQCYhQUAnYUFAOuFBQD0hQUAPoYFAEiGBQCRhgUAnYYFAOSGBQDqhgUAN4cFAD2HBQCKhwUAj4cFAN2HBQDjhwUAV2cOADWIBQCDiAUAkIgFANaIBQDjiAUAKYkFADWJBQB8iQUAi4kFAM+JBQDZiQUAIooFADCKBQB1igUAeooFAMiKBQDVigUAG4sFACOLBQBuiwUAeIsFAMGLBQDPiwUAFIwFACqMBQBnjAUAc4wFALqMBQC/jAUADY0FABaNBQBgjQUAao0FAFBoDgC/jQUABo4FABeOBQBZjgUAZY4FAKyOBQC7jgUA/44FAAmPBQBSjwUAYI8FAKWPBQCqjwUA+I8FAAWQBQBLkAUAVZAFAJ6QBQBXkAUAL5QFAKyQBQDxkAUAB5EFAESRBQBQkQUAl5EFAJyRBQDqkQUA85EFAD2SBQBHkgUAkJIFAJySBQDjkgUA6ZIFADaTBQA8kwUAiZMFAI6TBQDckwUA4pMFAKNoDgA1lAUAgpQFAIiUBQDVlAUA2pQFACiVBQAulQUA9mgOAImVBQDOlQUA5JUFACGWBQAtlgUAdJYFAHmWBQDHlgUA0JYFABqXBQAklwUAbZcFAHmXBQDAlwUA05cFABOYBQAimAUAZpgFAHKYBQC5mAUAupgFAAyZBQAWmQUAX5kFAG2ZBQCymQUAt5kFAAWaBQASmgUASWkOAGeaBQCrmgUAy5oFAP6aBQAKmwUAUZsFAFubBQCkmwUAqZsFAPebBQD4mwUASpwFAFacBQCdnAUAqpwFAPCcBQD8nAUAQ50FAFadBQCWnQUApZ0FAOmdBQD1nQUAPJ4FAD2eBQCPngUAmZ4FAOKeBQDwngUANZ8FADqfBQCInwUAlZ8FAJxpDgD3nwUA72kOADSgBQCBoAUAh6AFANSgBQDZoAUAJ6EFAC2hBQBCag4Af6EFAM2hBQDQoQUAIKIFACyiBQBzogUAeaIFAMaiBQDhogUAGaMFACWjBQBsowUAcqMFAL+jBQDBowUAEqQFAC2kBQBlpAUAZ6QFALikBQDGpAUAC6UFABylBQBepQUAYKUFALGlBQDKpQUABKYFABWmBQBXpgUAY6YFADtrDgC0pgUA/aYFAAunBQBQpwUAZqcFAKOnBQCvpwUA9qcFAPunBQBJqAUAUqgFAJyoBQCmqAUA76gFAPeoBQBCqQUAR6kFAJWpBQCkqQUA6KkFAPepBQA7qgUARKoFAI6qBQCUqgUA4aoFAOeqBQA0qwUAQKsFAIerBQCOqwUA2qsFAOKrBQAtrAUAL6wFAICsBQCQrAUA06wFAN2sBQAmrQUAMq0FAHmtBQB/rQUAzK0FANStBQCOaw4AK64FAHKuBQCDrgUAxa4FANGuBQAYrwUAJ68FAGuvBQB1rwUAvq8FAMyvBQARsAUAFrAFAGSwBQBxsAUAt7AFAL+wBQAKsQUAFLEFAA/IBQAWsQUAXbEFAGOxBQCwsQUAtrEFAAOyBQAIsgUAVrIFAFyyBQDhaw4AtbIFAPyyBQACswUAT7MFAGqzBQCiswUArrMFAPWzBQD7swUASLQFAFC0BQCbtAUAnrQFAO60BQD6tAUAQbUFAFK1BQCUtQUAoLUFAOe1BQD2tQUAOrYFAES2BQCNtgUAm7YFAOC2BQDltgUAM7cFAEC3BQCGtwUAjrcFANm3BQDjtwUALLgFADq4BQB/uAUAlbgFANK4BQDeuAUAJbkFACq5BQB4uQUAgbkFAMu5BQDVuQUA2mwOACS6BQBxugUAd7oFAMS6BQDQugUAF7sFACS7BQBquwUAdLsFAL27BQDFuwUAELwFABq8BQBjvAUAaLwFALa8BQC3vAUACb0FAA69BQBcvQUAbb0FAK+9BQC0vQUAAr4FABm+BQBVvgUAab4FAKi+BQDEvgUA+74FAAO/BQAtbQ4AVr8FAKG/BQCrvwUA9L8FAAjABQBHwAUASMAFAJrABQCmwAUA7cAFAAnBBQBAwQUASMEFAIBtDgCcwQUA5sEFAPTBBQA5wgUA9cEFADObCQBDwgUAjMIFAI7CBQDfwgUA+MIFADLDBQBDwwUAhcMFAJHDBQDYwwUA4MMFANNtDgA3xAUAfsQFAITEBQDRxAUA7MQFACTFBQAwxQUAd8UFAH3FBQDKxQUAzcUFAB3GBQAlxgUAcMYFAIDGBQDDxgUAyMYFABbHBQAfxwUAaccFAHbHBQC8xwUAw8cFACZuDgAdyAUAYsgFAHjIBQC1yAUAwcgFAAjJBQANyQUAW8kFAGTJBQCuyQUAuMkFAAHKBQAdygUAVMoFAFzKBQB5bg4ArMoFAPrKBQACywUATcsFAE/LBQCgywUAu8sFAPPLBQD1ywUARswFAFTMBQCZzAUAqswFAOzMBQDuzAUAP80FAFjNBQCSzQUAo80FAOXNBQDxzQUAOM4FAEDOBQDMbg4Al84FAN7OBQDkzgUAMc8FAEzPBQCEzwUAkM8FANfPBQDdzwUAKtAFAC3QBQAfbw4AmtAFANDQBQDR0AUAI9EFADLRBQB20QUAe9EFAMnRBQDW0QUAHNIFACnSBQBv0gUAe9IFAMLSBQDR0gUAFdMFAB/TBQBo0wUAdtMFALvTBQDA0wUADtQFABvUBQBh1AUAbdQFALTUBQC61AUAB9UFAMfUBQDH6QUADdUFAFrVBQBf1QUArdUFALPVBQBybw4ABdYFAFPWBQBz1gUAptYFALLWBQD51gUA/9YFAEzXBQBU1wUAjQkGAFXXBQCf1wUArNcFAPLXBQD41wUARdgFAFHYBQCY2AUAmtgFAOvYBQD62AUAPtkFAEnZBQCR2QUAk9kFAOTZBQD92QUAN9oFAEjaBQCK2gUAltoFAN3aBQDp2gUAMNsFAEPbBQCD2wUAktsFANbbBQDi2wUAKdwFACrcBQB83AUAhtwFAM/cBQDd3AUAIt0FACfdBQB13QUAgt0FAMVvDgDV3QUAG94FAC/eBQBu3gUAit4FAMHeBQDd3gUAGHAOACPfBQBn3wUAaN8FALrfBQDJ3wUADeAFABLgBQBg4AUAbeAFALPgBQDA4AUABuEFABLhBQBZ4QUAaOEFAKzhBQC24QUA/+EFAA3iBQBS4gUAV+IFAKXiBQCy4gUA+OIFAAjjBQBL4wUATeMFAJ7jBQCs4wUA8eMFAALkBQBrcA4AS+QFAL5wDgCc5AUA6uQFAPfkBQA95QUASuUFAJDlBQCW5QUA4+UFAO/lBQA25gUARuYFAInmBQCS5gUA3OYFAN/mBQAv5wUAO+cFAILnBQCJ5wUAEXEOAOHnBQAo6AUAOOgFAHvoBQCE6AUAzugFANHoBQAh6QUALekFAHTpBQB76QUAZHEOANbpBQAa6gUAJuoFAG3qBQBu6gUAwOoFAMrqBQAT6wUAIesFAGbrBQBr6wUAuesFAMbrBQC3cQ4AEewFAF/sBQBu7AUAsuwFANLsBQAF7QUAEe0FAFjtBQBi7QUAq+0FALPtBQD+7QUACu4FAFHuBQBX7gUApO4FAKruBQD37gUA/O4FAErvBQBQ7wUAsHIOAKLvBQDw7wUA+e8FAEPwBQBU8AUAlvAFAJ3wBQDp8AUA8fAFADzxBQBJ8QUAj/EFAJTxBQDi8QUA7PEFADXyBQA98gUAiPIFAJfyBQDb8gUA4PIFAC7zBQA78wUAgfMFAI7zBQDU8wUA4PMFACf0BQA29AUAevQFAIT0BQDN9AUA1fQFACD1BQAq9QUAc/UFAHj1BQDG9QUAzvUFAKlzDgAe9gUAbPYFAG/2BQC/9gUAyfYFAPxzDgAY9wUAZfcFAGr3BQC49wUA2PcFAAv4BQAX+AUAXvgFAGT4BQCx+AUAtPgFAAT5BQAG+QUAV/kFAHL5BQCq+QUArPkFAP35BQAL+gUAUPoFAGH6BQCj+gUApfoFAPb6BQAP+wUASfsFAFr7BQCc+wUAqPsFAE90DgD/+wUAQvwFAGL8BQCV/AUAl/wFAOj8BQD0/AUAnMoMAPf8BQB3GAYABP0FAG8lBgAR/QUAO/0FAD79BQCO/QUAm/0FAGsCBgCd/QUA4f0FAOb9BQA0/gUAQf4FAIf+BQCU/gUA2v4FAOb+BQAt/wUAPP8FAID/BQCK/wUA0/8FAOH/BQAmAAYAKwAGAHkABgCGAAYAzAAGANgABgAfAQYAJQEGAHIBBgB4AQYAxQEGAMoBBgAYAgYAHgIGAKJ0DgB0AgYAvgIGANQCBgARAwYAKgMGAGQDBgBwAwYAtwMGAL0DBgAKBAYADwQGAF0EBgBtBAYAsAQGALYEBgADBQYADwUGAFYFBgBgBQYAqQUGAK8FBgD8BQYACgYGAE8GBgBbBgYAogYGAKUGBgD1BgYAAQcGAEgHBgBbBwYAmwcGAKoHBgDuBwYA+gcGAEEIBgBNCAYAlAgGAJsIBgDnCAYA8wgGADoJBgBBCQYA9XQOAKMJBgDgCQYA4gkGADMKBgBHCgYAhgoGAI4KBgDZCgYA5goGACwLBgAxCwYAfwsGAIkLBgDSCwYA2gsGACUMBgA+DAYAeAwGAIQMBgDLDAYA0wwGAEh1DgA5DQYAcQ0GAHMNBgDEDQYA0g0GABcOBgAoDgYAag4GAGwOBgC9DgYA1g4GABAPBgAhDwYAYw8GAG8PBgCbdQ4Auw8GAAkQBgASEAYAXBAGAG0QBgCvEAYAthAGAAIRBgAKEQYAVREGAGIRBgCoEQYArREGAPsRBgAFEgYAThIGAFYSBgChEgYAuhIGAPQSBgAAEwYARxMGAE8TBgBBdg4AnRMGAO0TBgD3EwYAQBQGAEIUBgCTFAYArBQGAOYUBgD3FAYAORUGAEcVBgCMFQYAjxUGAN8VBgDqFQYAMhYGAD4WBgCFFgYAjBYGAJR2DgDdFgYAKxcGADMXBgB+FwYAjBcGANEXBgDSFwYAJBgGAD8YBgDndg4AfBgGAMoYBgDXGAYAHRkGACoZBgBwGQYAfBkGAMMZBgDSGQYAFhoGACAaBgBpGgYAdxoGALwaBgDBGgYADxsGABwbBgBiGwYAbhsGALUbBgC7GwYACBwGAA4cBgBbHAYAYBwGAK4cBgC0HAYAOncOAA4dBgBUHQYAVh0GAKcdBgDAHQYA+h0GAAseBgBNHgYAWR4GAKAeBgCoHgYAM3gOAPgeBgBGHwYATh8GAJkfBgCyHwYA7B8GAPEfBgA/IAYARCAGAJIgBgCcIAYA5SAGAOggBgA4IQYAQiEGAIshBgCRIQYA3iEGAOAhBgAxIgYAMiIGAIQiBgCMIgYA1yIGAOciBgAqIwYAMCMGAH0jBgCCIwYA0CMGAOYjBgAjJAYAKyQGAHYkBgCeJAYAySQGAOwkBgAcJQYAOyUGAIZ4DgB3JQYA2XgOANMlBgAVJgYAIyYGAGgmBgB0JgYAuyYGAMgmBgAOJwYAGCcGAGEnBgBpJwYAtCcGAL8nBgAHKAYACSgGAFooBgBdKAYArSgGALUoBgAAKQYABikGAFMpBgBcKQYApikGALMpBgD5KQYAASoGAEwqBgBRKgYAnyoGAKgqBgDyKgYA/CoGAEUrBgBNKwYAmCsGAJ0rBgDrKwYA+ysGAD4sBgBGLAYAkSwGAJMsBgDkLAYA/ywGADctBgA5LQYAii0GAJgtBgDdLQYA7i0GADAuBgAyLgYAgy4GAJwuBgDWLgYA5y4GACkvBgA1LwYAfC8GAIQvBgAseQ4A1S8GACIwBgAnMAYAdTAGAJUwBgDIMAYA1DAGABsxBgAhMQYAbjEGAHExBgDBMQYAyTEGABQyBgAeMgYAZzIGAGwyBgC6MgYAwjIGAA0zBgAXMwYAYDMGAGIzBgCzMwYAxDMGAAY0BgAmNAYAWTQGAGE0BgCsNAYAtjQGAP80BgAENQYAf3kOAGY1BgClNQYArTUGAPg1BgD9NQYASzYGAFs2BgCeNgYApjYGAPE2BgD7NgYARDcGAE83BgCXNwYAozcGAOo3BgDyNwYA0nkOAEk4BgCQOAYAnDgGAOM4BgDqOAYANjkGAD45BgCJOQYAojkGANw5BgDiOQYALzoGADQ6BgCCOgYAojoGANU6BgDhOgYAKDsGAC47BgB7OwYAfjsGACV6DgDQOwYAITwGANw7BgBDuA0AJDwGAHQ8BgB+PAYAxzwGANU8BgAaPQYAKT0GAG09BgBwPQYAwD0GAIU9BgC2YgYAiT0GAMxTBgDMPQYAEz4GABU+BgBmPgYAbD4GALk+BgDIPgYADD8GABc/BgBfPwYAZz8GAJyhBgB5PwYAsj8GAL4/BgAFQAYAGEAGAFhABgBnQAYAq0AGALdABgD+QAYA/0AGAFFBBgBbQQYApEEGALJBBgD3QQYA/EEGAEpCBgBXQgYAeHoOALdCBgDwQgYA/0IGAENDBgBIQwYAlkMGAKNDBgDpQwYA9kMGADxEBgBIRAYAj0QGAJ5EBgDiRAYA7EQGADVFBgBDRQYAiEUGAI1FBgDbRQYA6EUGAC5GBgA6RgYAgUYGAIdGBgDURgYA2kYGACdHBgAsRwYAekcGAIBHBgDLeg4AzkcGACBIBgDWRwYA3XIIANpHBgDDXggA7UcGAOsBDAAsSAYAc0gGAHlIBgCJ0QgAgEgGAMZIBgDJSAYAGUkGACVJBgBsSQYAbkkGAL9JBgDFSQYAEkoGACFKBgBlSgYAcEoGALhKBgC5SgYAC0sGAB9LBgBeSwYAeEsGALFLBgC9SwYABEwGABdMBgBXTAYAZkwGAKpMBgC2TAYA/UwGAP5MBgBQTQYAWk0GAKNNBgCxTQYA9k0GAPtNBgBJTgYAVk4GAB57DgC2TgYA704GAP5OBgBCTwYAR08GAJVPBgCiTwYA6E8GAPVPBgA7UAYAR1AGAI5QBgCdUAYA4VAGAOtQBgA0UQYAQlEGAIdRBgCMUQYA2lEGAOdRBgAtUgYAOVIGAIBSBgCGUgYA01IGANlSBgAmUwYAK1MGAHlTBgB/UwYAcXsOAOhTBgDEew4AJVQGAHJUBgB0VAYAxVQGANJUBgAYVQYAG1UGAGtVBgBsVQYAvlUGAMNVBgARVgYAF1YGAGRWBgBuVgYAt1YGANNWBgAKVwYAJlcGABd8DgBjVwYAsFcGALJXBgADWAYAEFgGAFZYBgBZWAYAqVgGAKpYBgD8WAYAAVkGAE9ZBgBVWQYAolkGAKxZBgD1WQYAEVoGAEhaBgBkWgYAanwOAKFaBgDuWgYA9FoGAEFbBgBGWwYAlFsGAJpbBgC9fA4A9VsGADpcBgBVXAYAjVwGAJtcBgDgXAYA7VwGADNdBgBKXQYAhl0GAJVdBgDZXQYA3l0GACxeBgA5XgYAf14GAIxeBgDSXgYA3l4GACVfBgA0XwYAeF8GAIJfBgDLXwYA2V8GAB5gBgAjYAYAcWAGAH5gBgDEYAYAx2AGABdhBgAjYQYAamEGAHBhBgC9YQYAw2EGABBiBgAVYgYAY2IGAGliBgAQfQ4AwGIGAAljBgAPYwYAXGMGAF5jBgCvYwYAvGMGAAJkBgAFZAYAVWQGAFZkBgCoZAYArWQGAPtkBgABZQYATmUGAFhlBgChZQYAu2UGAPRlBgADZgYAR2YGAExmBgCaZgYAp2YGAO1mBgD6ZgYAQGcGAExnBgCTZwYAomcGAOZnBgDwZwYAOWgGAEdoBgCMaAYAkWgGAN9oBgDsaAYAMmkGADxpBgDscgYAPmkGAIVpBgCLaQYA2GkGAN5pBgAragYAMGoGAH5qBgCEagYAY30OANZqBgAkawYAMWsGAHdrBgCEawYAymsGANZrBgAdbAYALGwGAHBsBgB6bAYAw2wGANFsBgAWbQYAG20GAGltBgB2bQYAvG0GAMRtBgAPbgYAG24GAGJuBgBobgYAtW4GALtuBgAIbwYADW8GAFtvBgBhbwYAXH4OALBvBgABcAYACnAGAFRwBgBXcAYAp3AGALNwBgD6cAYAAXEGAE1xBgBVcQYAoHEGALlxBgDzcQYAB3IGAEZyBgBicgYAmXIGAKFyBgACfw4A+nIGAD9zBgBVcwYAknMGAJ5zBgDlcwYA6nMGADh0BgBBdAYAi3QGAJV0BgDedAYA+nQGADF1BgA5dQYAVX8OAIl1BgDXdQYA5HUGACp2BgA3dgYAfXYGAIl2BgDQdgYA33YGACN3BgAtdwYAdncGAIR3BgDJdwYAzncGABx4BgApeAYAb3gGAHd4BgDCeAYAzHgGABV5BgAjeQYAaHkGAH55BgC7eQYAx3kGAA56BgATegYAYXoGAGp6BgC0egYAvnoGAAd7BgAPewYAWnsGAGl7BgCtewYAr3sGAAB8BgAJfAYAU3wGAFZ8BgCmfAYAsnwGAPl8BgAAfQYATH0GAFR9BgCffQYAuH0GAPJ9BgAGfgYARX4GAGF+BgCYfgYAoH4GAKh/DgDwfgYAPn8GAEt/BgCRfwYAnn8GAOR/BgDwfwYAN4AGAEaABgCKgAYAlIAGAN2ABgDngAYAMIEGAD6BBgCDgQYAmYEGANaBBgDigQYAKYIGAC6CBgB8ggYAhYIGAM+CBgDZggYAIoMGAC6DBgB1gwYAe4MGAMiDBgDOgwYAG4QGACCEBgBuhAYAdIQGAPt/DgDNhAYAFIUGABiFBgBnhQYAdoUGALqFBgC/hQYADYYGABqGBgBghgYAbYYGALOGBgC/hgYABocGABWHBgBZhwYAY4cGAKyHBgC6hwYA/4cGAASIBgBSiAYAX4gGAKWIBgCxiAYA+IgGAP6IBgBLiQYAUYkGAJ6JBgCjiQYA8YkGAPeJBgBOgA4ASYoGAJeKBgCeigYA6ooGAPaKBgA9iwYAP4sGAJCLBgBAiwYAE5EGAKuLBgDjiwYA5YsGADaMBgBEjAYAiYwGAJqMBgDcjAYA3owGAC+NBgBIjQYAgo0GAJONBgDVjQYA4Y0GACiOBgA0jgYAe44GAI6OBgDOjgYA3Y4GACGPBgAtjwYAdI8GAHWPBgDHjwYA0Y8GABqQBgAokAYAbZAGAHKQBgDAkAYAzZAGAKGADgAVkQYAZpEGAIGRBgC5kQYAu5EGAAySBgAakgYAX5IGAHCSBgCykgYAtJIGAAWTBgAekwYAWJMGAGmTBgCrkwYAt5MGAP6TBgAKlAYAUZQGAGSUBgCklAYAs5QGAPeUBgADlQYASpUGAEuVBgCdlQYAp5UGAPCVBgD+lQYAQ5YGAEiWBgCWlgYAo5YGAJqBDgDulgYAPJcGAESXBgCPlwYAkZcGAOKXBgDzlwYANZgGAEOYBgCImAYAo5gGANuYBgDnmAYALpkGADaZBgCTgg4AhpkGANSZBgDbmQYAJ5oGADOaBgB6mgYAfZoGAM2aBgDVmgYAIJsGADCbBgBzmwYAeJsGAMabBgDPmwYAGZwGACacBgBsnAYAc5wGAL+cBgDHnAYA5oIOAB+dBgBlnQYAbZ0GALidBgDMnQYAC54GABCeBgBengYAZ54GALGeBgC3ngYABJ8GAAyfBgBXnwYAZp8GAKqfBgC7nwYA/Z8GAAagBgBQoAYAU6AGAKOgBgCtoAYA9qAGAAKhBgBJoQYAT6EGADmDDgCpoQYA76EGAPShBgBCogYASaIGAJWiBgChogYA6KIGAPCiBgCMgw4AVqMGAI6jBgCQowYA4aMGAO+jBgA0pAYARaQGAIekBgCJpAYA2qQGAPOkBgAtpQYAPqUGAIClBgCMpQYA34MOAOKlBgAmpgYANaYGAHmmBgCCpgYAzKYGANKmBgAfpwYAJacGAHKnBgB+pwYAxacGAMynBgAYqAYAIKgGAGuoBgBvqAYAvqgGAMmoBgARqQYAH6kGAGSpBgB1qQYAt6kGAMOpBgAKqgYAEqoGADKEDgBgqgYAsKoGALqqBgADqwYABasGAFarBgBvqwYAqasGALqrBgD8qwYACqwGAE+sBgBSrAYAoqwGAK2sBgD1rAYAA60GAEitBgBVrQYAm60GALKtBgDurQYA9q0GAEGuBgBDrgYAlK4GAJyuBgDnrgYA9q4GADqvBgA/rwYAja8GAJqvBgDgrwYA7a8GADOwBgA/sAYAhrAGAJWwBgDZsAYA47AGACyxBgA6sQYAf7EGAISxBgDSsQYA37EGACWyBgAtsgYAeLIGAIKyBgDLsgYA0LIGAB6zBgAmswYAcbMGAHSzBgDEswYA4bMGABe0BgAotAYAarQGAHK0BgC9tAYAwLQGABC1BgActQYAY7UGAGm1BgC2tQYA0bUGAAm2BgAVtgYAXLYGAGK2BgCFhA4AvrYGAAK3BgADtwYAVbcGAIu3BgCotwYAtrcGAPu3BgD8twYATrgGAFa4BgChuAYAsLgGAPS4BgD5uAYAR7kGAFS5BgCauQYAp7kGAO25BgD5uQYAQLoGAE+6BgCTugYAnboGAOa6BgD0ugYAObsGAD67BgCMuwYAmbsGAN+7BgDnuwYAMrwGADy8BgCFvAYAirwGANi8BgDgvAYAK70GADW9BgB+vQYAib0GANG9BgDdvQYAJL4GACy+BgDYhA4AfL4GAMq+BgDNvgYAHb8GACe/BgBwvwYAeL8GACuFDgDRvwYAFsAGACzABgBpwAYAdcAGALzABgDBwAYAD8EGABjBBgBiwQYAbMEGALXBBgC9wQYACMIGABTCBgBbwgYAbsIGAK7CBgCvwgYAAcMGAA/DBgBUwwYAWsMGAKfDBgCzwwYA+sMGAAHEBgB+hQ4ATsQGAKDEBgCsxAYA88QGAADFBgBGxQYATsUGAJnFBgCjxQYA7MUGAPvFBgA/xgYAQMYGAJLGBgCaxgYA5cYGAPTGBgA4xwYAPccGAIvHBgCYxwYA3scGAOvHBgAxyAYAPcgGAITIBgCTyAYA18gGAOHIBgAqyQYAOMkGAH3JBgCCyQYA0MkGAN3JBgAjygYAK8oGAHbKBgB6ygYAycoGANfKBgAcywYAJssGAG/LBgB6ywYAwssGAMrLBgAVzAYAIMwGAGjMBgBtzAYAu8wGAL7MBgAOzQYAGM0GAGHNBgBpzQYAtM0GANPNBgDRhQ4ACc4GAFrOBgBbzgYArc4GALfOBgAAzwYADs8GAFPPBgBuzwYAps8GALLPBgD5zwYAAdAGACSGDgBY0AYAn9AGAKXQBgDy0AYADdEGAEXRBgBR0QYAmNEGAJ7RBgDr0QYA89EGAD7SBgBM0gYAkdIGAJTSBgDk0gYA7NIGADfTBgBA0wYAitMGAJfTBgDd0wYA39MGADDUBgBL1AYAg9QGAIXUBgDW1AYA5NQGACnVBgA61QYAfNUGAH7VBgDP1QYA6NUGACLWBgAz1gYAddYGAIHWBgDI1gYA0NYGAHeGDgAh1wYAbtcGAHbXBgDB1wYAyNcGABTYBgAZ2AYAZ9gGAHPYBgC62AYAvdgGAA3ZBgAV2QYAYNkGAG3ZBgCz2QYAuNkGAAbaBgAQ2gYAWdoGAGHaBgCs2gYAuNoGAP/aBgAS2wYAUtsGAGDbBgCl2wYAqNsGAPjbBgAC3AYAyoYOAE7cBgCe3AYAptwGAPHcBgD03AYARN0GAFDdBgCX3QYAnd0GAOrdBgAF3gYAPd4GAEneBgCQ3gYAlt4GAOPeBgDr3gYANt8GAETfBgCJ3wYAjN8GANzfBgDk3wYAL+AGADjgBgCC4AYAj+AGANXgBgDX4AYAKOEGAEPhBgB74QYAfeEGAM7hBgDc4QYAIeIGADLiBgB04gYAduIGAMfiBgDg4gYAGuMGACvjBgBt4wYAeeMGAMDjBgDI4wYAHYcOABnkBgBm5AYAbuQGALnkBgDA5AYADOUGABHlBgBf5QYAa+UGALLlBgC15QYABeYGAA3mBgBY5gYAZeYGAKvmBgCw5gYA/uYGAAjnBgBR5wYAWecGAKTnBgCw5wYA9+cGAAroBgBK6AYAWOgGAJ3oBgCg6AYA8OgGAProBgBwhw4ARukGAJbpBgCi6QYA6ekGAO/pBgA86gYAV+oGAI/qBgCb6gYA4uoGAOjqBgA16wYAPesGAIjrBgCW6wYA2+sGAN7rBgAu7AYANuwGAIHsBgCK7AYA1OwGAOHsBgAn7QYAKe0GAHrtBgCV7QYAze0GAM/tBgAg7gYALu4GAHPuBgCE7gYAxu4GAMjuBgAZ7wYAMu8GAGzvBgB97wYAv+8GAMvvBgAS8AYAGvAGAMOHDgBr8AYAuPAGAMDwBgAL8QYAEvEGAF7xBgBj8QYAsfEGAL3xBgAE8gYAB/IGAFfyBgBf8gYAqvIGALfyBgD98gYAAvMGAFDzBgBa8wYAo/MGAKvzBgD28wYAAvQGAEn0BgBc9AYAnPQGAKr0BgDv9AYA8vQGAEL1BgBM9QYAFogOAJf1BgDo9QYAmvUGAPnIBwCe9QYAQ2UNAKH1BgDnhAwAo/UGAC8sCADy9QYAat0MAPn1BgA79gYATPYGAI72BgCc9gYA4fYGAP32BgA09wYAUPcGAGmIDgCV9wYA2vcGAOf3BgAt+AYARPgGAID4BgCM+AYA0/gGANn4BgAm+QYALPkGAHn5BgB++QYAzPkGANL5BgC8iA4AJPoGAHL6BgB6+gYAxfoGAMj6BgAY+wYAJPsGAGv7BgBx+wYAvvsGANn7BgAR/AYAHfwGAGT8BgBq/AYAt/wGAL/8BgAK/QYADP0GAF39BgB4/QYAsP0GALL9BgAD/gYAEf4GAFb+BgBn/gYAqf4GAKv+BgD8/gYAFf8GAE//BgBg/wYAov8GAK7/BgC1iQ4ACwAHAEgABwBXAAcAmwAHAHEABwB4BQcAnQAHAO4ABwD9AAcAQQEHAEwBBwCUAQcAoAEHAOcBBwDqAQcAOgIHAO4BBwDfDgcAAwIHALYIBwBGAgcAjQIHAJMCBwDgAgcA+wIHADMDBwA/AwcAhgMHAIwDBwDZAwcA5QMHACwEBwAyBAcAfwQHAIUEBwDSBAcA1wQHACUFBwArBQcACIoOAHsFBwDLBQcA5wUHAB4GBwAmBgcAAYsOAH0GBwDEBgcAygYHABcHBwAyBwcAagcHAHYHBwC9BwcAwwcHABAIBwAYCAcAYwgHAIQIBwBUiw4AvggHAKeLDgAOCQcAXAkHAGkJBwCvCQcAvAkHAAIKBwAOCgcAVQoHAGQKBwCoCgcAsgoHAPsKBwADCwcATgsHAFgLBwChCwcArwsHAPQLBwAKDAcARwwHAFMMBwCaDAcAnwwHAO0MBwD2DAcAQA0HAEoNBwCTDQcAmw0HAOYNBwDwDQcAOQ4HAD4OBwCMDgcAlA4HAPqLDgDrDgcAMg8HAEUPBwCFDwcAlA8HANgPBwDkDwcAKxAHACwQBwB+EAcAiBAHANEQBwDfEAcAJBEHACkRBwB3EQcAhBEHAE2MDgDVEQcAHRIHACkSBwBwEgcAdhIHAMMSBwDPEgcAFhMHAB4TBwBGjQ4AbBMHALwTBwDEEwcADxQHABwUBwBiFAcAZxQHALUUBwC9FAcACBUHAAoVBwBbFQcAdhUHAK4VBwCwFQcAARYHAA8WBwBUFgcAZRYHAKcWBwCpFgcA+hYHABMXBwBNFwcAXhcHAKAXBwCsFwcA8xcHAPsXBwCZjQ4ASxgHAJkYBwCmGAcA7BgHAPkYBwA/GQcASxkHAJIZBwChGQcA5RkHAO8ZBwA4GgcARhoHAIsaBwCQGgcA3hoHAOsaBwAxGwcAORsHAIQbBwCGGwcA1xsHAOEbBwAqHAcAMhwHAOyNDgCIHAcA0BwHAN4cBwAjHQcAJh0HAHYdBwB+HQcAyR0HAN8dBwAcHgcAIR4HAG8eBwCFHgcAwh4HAM4eBwAVHwcAIh8HAGgfBwByHwcAP44OAMkfBwAOIAcAJyAHAGEgBwB3IAcAtCAHAMMgBwAHIQcAISEHAFohBwBdIQcANyYHAGUhBwAUKwcAaSEHAK0hBwCyIQcAACIHAA0iBwBTIgcAYCIHAKYiBwCyIgcA+SIHAAgjBwBMIwcAViMHAJ8jBwCtIwcA8iMHAPcjBwBFJAcAUiQHAJgkBwCkJAcA6yQHAPEkBwA+JQcARCUHAJElBwCWJQcA5CUHAOolBwCSjg4AQyYHAIomBwCQJgcA3SYHAPgmBwAwJwcAPCcHAIMnBwCJJwcA1icHAN0nBwApKAcALigHAMgpBwA1KAcAfCgHAH4oBwDPKAcA1igHACIpBwA+KQcAdSkHAH0pBwCLjw4AzCkHABsqBwAoKgcAbioHAIoqBwDBKgcAySoHAN6PDgAZKwcAZysHAGorBwC6KwcAxCsHAA0sBwAeLAcAYCwHAGUsBwCzLAcAuCwHAAYtBwAmLQcAWS0HAGItBwCsLQcArS0HAP8tBwALLgcAUi4HAFguBwClLgcAqy4HAPguBwD9LgcASy8HAFEvBwAxkA4AoC8HAPEvBwD3LwcARDAHAGQwBwCXMAcAozAHAOowBwDxMAcAPTEHAEUxBwCQMQcAlzEHAOMxBwDvMQcANjIHADgyBwCJMgcAkDIHACqRDgDeMgcALzMHADIzBwCCMwcAijMHANUzBwDlMwcAKDQHACo0BwB7NAcAiTQHAM40BwDfNAcAfZEOACg1BwDQkQ4AgTUHAMc1BwDONQcAGjYHACI2BwBtNgcAezYHAMA2BwDDNgcAEzcHABs3BwBmNwcAbTcHALk3BwDHNwcADDgHAA84BwBfOAcAYTgHALI4BwDLOAcABTkHABY5BwBYOQcAZDkHAKs5BwCyOQcA/jkHAAY6BwBROgcAWjoHAKQ6BwCxOgcA9zoHAAE7BwBKOwcAWDsHAJ07BwCuOwcA8DsHAPg7BwBDPAcATTwHAJY8BwCkPAcA6TwHAP88BwA8PQcASD0HAI89BwCWPQcA4j0HAOo9BwA1PgcAOz4HAIg+BwCUPgcA2z4HAOU+BwAuPwcAND8HAIE/BwCVPwcAdpIOANk/BwAnQAcAKkAHAHpABwCEQAcAzUAHAM9ABwAgQQcAO0EHAHNBBwB1QQcAxkEHANRBBwAZQgcAKkIHAGxCBwBuQgcAv0IHANhCBwASQwcAI0MHAGVDBwBxQwcAyZIOANVDBwALRAcAHEQHAF5EBwB6RAcAsUQHALlEBwAckw4ACUUHAFdFBwBfRQcAqkUHALVFBwD9RQcAAkYHAFBGBwBTRgcAo0YHAK1GBwD2RgcA+UYHAElHBwBRRwcAnEcHAJ5HBwDvRwcACkgHAEJIBwBESAcAlUgHAKNIBwDoSAcA+UgHADtJBwA9SQcAjkkHAKdJBwDhSQcA8kkHADRKBwBASgcAh0oHAI9KBwBvkw4A50oHAC1LBwA1SwcAgEsHAIpLBwDTSwcA3ksHACZMBwAyTAcAeUwHAIFMBwDCkw4A0UwHAB9NBwAkTQcAck0HAINNBwAVlA4A0k0HABhOBwAaTgcAa04HAIROBwC+TgcAz04HABFPBwAdTwcAZE8HAGxPBwBolA4AvE8HAApQBwASUAcAXVAHAGxQBwCwUAcAtlAHAANRBwAPUQcAVlEHAFhRBwCpUQcAs1EHAPxRBwAIUgcAT1IHAFdSBwC7lA4ArlIHAPVSBwD4UgcASFMHAEtTBwCbUwcAqVMHAO5TBwDzUwcAQVQHAE5UBwAOlQ4ApVQHAOdUBwDvVAcAOlUHAPRUBwBOXgcARVUHAI1VBwCSVQcA4FUHAONVBwAzVgcAPVYHAIZWBwCpVgcA2VYHANxWBwAsVwcAUFcHAH9XBwCHVwcAYZUOANhXBwAlWAcAM1gHAHhYBwCEWAcAy1gHANJYBwAeWQcAJlkHAHFZBwCBWQcAxFkHAMlZBwAXWgcAHVoHAGpaBwByWgcAvVoHANpaBwAQWwcAGVsHAGNbBwBvWwcAtlsHALxbBwAJXAcAHVwHAFxcBwBkXAcAr1wHAL9cBwACXQcABF0HAFVdBwBjXQcAqF0HALldBwC0lQ4AAl4HAAeWDgBTXgcAoV4HAKheBwD0XgcAAF8HAEdfBwBKXwcAml8HAKpfBwDtXwcA718HAEBgBwBOYAcAk2AHAKRgBwBalg4A7WAHAK2WDgBMYQcAjGEHAJthBwDfYQcA62EHADJiBwAzYgcAhWIHAI9iBwDYYgcA5mIHACtjBwAwYwcAfmMHAItjBwAAlw4A1mMHACRkBwAtZAcAd2QHAIhkBwDKZAcA0WQHAB1lBwAlZQcAcGUHAH1lBwDDZQcAyGUHABZmBwAgZgcAaWYHAHFmBwC8ZgcAwmYHAA9nBwAbZwcAYmcHAGRnBwC1ZwcAxGcHAAhoBwATaAcAW2gHAGNoBwCuaAcAsGgHAAFpBwAOaQcAVGkHAGhpBwCnaQcAr2kHAPppBwAJagcATWoHAFJqBwCgagcArWoHAPNqBwD9agcARmsHAEhrBwCZawcAqGsHAOxrBwD2awcAP2wHAEdsBwCSbAcAk2wHAOVsBwDqbAcAOG0HAEZtBwCLbQcAmG0HAN5tBwDobQcA+ZcOADRuBwCEbgcAkG4HAG59BwCgbgcA124HAN9uBwBMmA4AL28HAH1vBwCFbwcA0G8HANNvBwAjcAcAL3AHAHZwBwB8cAcAyXAHAORwBwAccQcAKHEHAG9xBwB1cQcAwnEHAMVxBwAVcgcAHXIHAGhyBwBqcgcAu3IHANZyBwAOcwcAEHMHAGFzBwBvcwcAtHMHAMVzBwAHdAcACXQHAFp0BwBzdAcArXQHAL50BwAAdQcADHUHAFN1BwBbdQcAn5gOAKt1BwD5dQcA/3UHAEx2BwBUdgcAn3YHAK52BwDydgcA93YHAEV3BwBSdwcAmHcHAKV3BwDrdwcA93cHAD54BwBNeAcAkXgHAJt4BwDkeAcA8ngHADd5BwA8eQcAinkHAJd5BwDymA4A6XkHADB6BwA2egcAg3oHAJ56BwDWegcA4noHACl7BwAvewcAfHsHAH97BwDPewcA23sHACJ8BwAofAcAdXwHAHt8BwDIfAcAzXwHABt9BwAhfQcARZkOAHR9BwDBfQcAx30HABR+BwAZfgcAZ34HAG1+BwCYmQ4Av34HAA1/BwAafwcAYH8HAG1/BwCzfwcAv38HAAaABwAVgAcAWYAHAGOABwCsgAcAuoAHAP+ABwAEgQcAUoEHAF+BBwClgQcAvYEHAPiBBwD+gQcAS4IHAFeCBwCeggcAroIHAPGCBwD6ggcARIMHAEeDBwCXgwcAo4MHAOqDBwDxgwcAkZoOAD+EBwCQhAcAmoQHAOOEBwDmhAcANoUHAD6FBwCJhQcAjIUHANyFBwDohQcAL4YHADWGBwCChgcAnYYHANWGBwDhhgcAKIcHAC6HBwDkmg4Am4cHAM6HBwDZhwcAIYgHACaIBwB0iAcAfYgHAMeIBwDKiAcAGokHACaJBwBtiQcAeYkHAM2TBwCFiQcAwIkHAMeJBwATigcAGYoHAGaKBwB0igcAuYoHANSKBwAMiwcAGIsHAF+LBwBliwcAsosHAMyLBwAFjAcAEYwHAFiMBwBejAcAq4wHALGMBwD+jAcAA40HAFGNBwBXjQcAN5sOALGNBwD3jQcAA44HAEqOBwBUjgcAnY4HAKGOBwDwjgcA9Y4HAEOPBwBJjwcAlo8HALaPBwDpjwcA9Y8HADyQBwBCkAcAj5AHAJWQBwDikAcA55AHADWRBwA7kQcA3ZsOAI2RBwDbkQcA4pEHAC6SBwA6kgcAgZIHAJ2SBwDUkgcA3JIHANacDgBekwcAepMHAKCTBwApnQ4A4JMHACCUBwAvlAcAc5QHAH+UBwDGlAcAx5QHABmVBwAjlQcAbJUHAHqVBwC/lQcAxJUHABKWBwAflgcAfJ0OAG2WBwB1ng4AvZYHAAuXBwAYlwcAXpcHAGuXBwCxlwcAvZcHAASYBwATmAcAV5gHAGGYBwCqmAcAuJgHAP2YBwACmQcAUJkHAF2ZBwCjmQcAq5kHAPaZBwD8mQcASZoHAFWaBwCcmgcArJoHAO+aBwD4mgcAQpsHAEWbBwCVmwcAoZsHAOibBwDvmwcAyJ4OAEacBwCOnAcAmpwHAOGcBwDpnAcAG58OAEGdBwCHnQcAjp0HANqdBwDbnQcALZ4HADKeBwCAngcAjp4HANOeBwDgngcAJp8HADCfBwB5nwcAgZ8HAMyfBwDVnwcAH6AHACWgBwByoAcAg6AHAMWgBwDhoAcAGKEHACChBwBunw4AdqEHAL6hBwDIoQcAEaIHABuiBwBkogcAZaIHAMGfDgC8ogcACqMHABejBwBdowcAaqMHALCjBwC8owcAA6QHABKkBwBWpAcAYKQHAKmkBwCxpAcA/KQHAAalBwBPpQcAVKUHAKKlBwCqpQcAFKAOAACmBwBIpgcAVKYHAJumBwCjpgcAZ6AOAPOmBwBBpwcAUKcHAJSnBwC0pwcA56cHAPOnBwA6qAcAQKgHAI2oBwCVqAcA4KgHAOeoBwAzqQcANakHAIapBwCSqQcA2akHAO+pBwAsqgcAMaoHAH+qBwCMqgcAuqAOANeqBwAlqwcANKsHAHirBwCYqwcAy6sHANerBwAerAcAJKwHAHGsBwB5rAcAxKwHAMusBwAXrQcAGa0HAGqtBwB2rQcAva0HANOtBwAQrgcAFa4HAGOuBwBwrgcAtq4HAL6uBwAJrwcAD68HAFyvBwBlrwcAr68HALyvBwACsAcAD7AHAFWwBwBjsAcAqLAHALWwBwD7sAcAErEHAE6xBwB8sQcADaEOAKexBwD0sQcArrEHAMqUDAAKsgcAR7IHAFWyBwCasgcAnbIHAO2yBwDwsgcAQLMHAE6zBwCTswcAmLMHAOazBwDzswcAObQHAEG0BwCMtAcAk7QHAN+0BwDrtAcAMrUHAD+1BwCFtQcAk7UHANi1BwDktQcAK7YHADK2BwB+tgcAhrYHANG2BwDVtgcAJLcHAC+3BwB3twcAhbcHAMq3BwDbtwcAHbgHACm4BwBwuAcAeLgHAGChDgDJuAcAFrkHACq5BwBpuQcAd7kHALy5BwDJuQcAD7oHACa6BwBiugcAaroHALW6BwC/ugcACLsHAA27BwBbuwcAY7sHAK67BwC9uwcAAbwHAAa8BwBUvAcAYbwHAKe8BwC0vAcA+rwHAAa9BwBNvQcAXL0HAKC9BwCqvQcA870HAPu9BwBGvgcAUL4HAJm+BwCevgcA7L4HAPS+BwCzoQ4ASr8HAJK/BwCevwcA5b8HAO2/BwAGog4APcAHAIvABwCawAcA3sAHAP7ABwAxwQcAPcEHAITBBwCKwQcA18EHAN/BBwAqwgcAMcIHAH3CBwB/wgcA0MIHANzCBwAjwwcAOcMHAHbDBwB7wwcAycMHANbDBwBZog4AJcQHAG/EBwB1xAcAwsQHANDEBwAVxQcAIsUHAGjFBwB/xQcAu8UHAMPFBwAOxgcAHcYHAGHGBwBmxgcAtMYHAMHGBwAHxwcAFMcHAFrHBwBmxwcArccHALzHBwAAyAcACsgHAFPIBwBvyAcApsgHAK7IBwCsog4ABskHAO6KCwAIyQcATMkHAFbJBwBW2wsAbMkHAJ/JBwCryQcA8skHAPjJBwBFygcATcoHAHcKCABRygcAmMoHAF/KBwAR9QcAq8oHAOvKBwD6ygcAPssHAErLBwCRywcAkssHAOTLBwDuywcAN8wHAEXMBwCKzAcAj8wHAN3MBwDqzAcA/6IOADbNBwCDzQcAic0HANbNBwDbzQcAKc4HAC/OBwD4ow4Ah84HAM/OBwDdzgcAIs8HADPPBwB1zwcAgc8HAMjPBwDQzwcAnqQOACfQBwBu0AcAeNAHAMHQBwDQ0AcAFNEHAB/RBwBn0QcAddEHALrRBwDH0QcADdIHACTSBwBg0gcAaNIHALPSBwC20gcABtMHABLTBwBZ0wcAX9MHAKzTBwDH0wcA/9MHAAvUBwBS1AcAWNQHAKXUBwCt1AcA+NQHAPrUBwBL1QcATNUHAJ7VBwCs1QcA8dUHAPnVBwBE1gcAX9YHAJfWBwCj1gcA6tYHAPDWBwA91wcAQNcHAJDXBwCe1wcA49cHAOjXBwA22AcAQ9gHAPGkDgCW2AcAa9gLAJrYBwDc2AcAnNgHAO4wDADo2AcAL9kHADzZBwCC2QcAh9kHANXZBwDf2QcAKNoHADjaBwB72gcAgNoHAM7aBwDX2gcAIdsHAC7bBwB02wcAe9sHAMfbBwDT2wcAGtwHACDcBwBt3AcAc9wHAMDcBwDF3AcAE90HABndBwBEpQ4Act0HALndBwC/3QcADN4HABLeBwBf3gcAbN4HALLeBwC33gcABd8HAA3fBwBY3wcAjd8HAKvfBwDb3wcA/t8HAAbgBwBR4AcAXuAHAKTgBwCp4AcA9+AHAP/gBwBK4QcATeEHAJ3hBwCm4QcA8OEHAP/hBwBD4gcATuIHAJbiBwCe4gcA6eIHAPniBwA84wcASuMHAI/jBwCg4wcA4uMHAO7jBwA15AcAPeQHAD2mDgCO5AcA2+QHAOPkBwAu5QcANeUHAIHlBwCP5QcA1OUHANrlBwAn5gcAM+YHAHrmBwCJ5gcAzeYHANfmBwAg5wcAJecHAHPnBwB55wcAxucHANrnBwCQpg4AJugHAGzoBwAo6AcA8SgIAHHoBwC/6AcAy+gHABLpBwAf6QcAZekHAG/pBwDjpg4A0+kHAAvqBwAN6gcAXuoHAGTqBwCx6gcA5+oHAATrBwAK6wcAV+sHAGDrBwCq6wcAt+sHAP3rBwAz7AcAUOwHAFfsBwCj7AcAqOwHAPbsBwAF7QcASe0HAGntBwCc7QcAqO0HAO/tBwD17QcAQu4HAFzuBwCV7gcAmO4HAOjuBwDt7gcAO+8HAErvBwCO7wcAru8HAImnDgAB8AcANPAHAEDwBwCH8AcAkfAHANrwBwDm8AcA9Z4IAOfwBwAt8QcAMvEHAIDxBwCK8QcA0/EHAOPxBwAm8gcAK/IHAHnyBwCC8gcAzPIHANnyBwAf8wcAJvMHAHLzBwB+8wcAxfMHAMvzBwAY9AcAHvQHAGv0BwBw9AcAvvQHAMT0BwDcpw4AFPUHAGT1BwBp9QcAt/UHAMb1BwAK9gcAKvYHAIKoDgBr9gcAsPYHAL32BwAD9wcACvcHAFb3BwBe9wcAqfcHAKv3BwD89wcAsPcHAKVsCgDA9wcASTIKAAL4BwDsVgoABPgHAE/4BwBT+AcAFwAIAGX4BwB1FAoAavgHAKL4BwCk+AcA9fgHAAb5BwBI+QcAVvkHAJv5BwCi+QcA7vkHAPb5BwBB+gcASPoHAJT6BwCZ+gcA5/oHAPb6BwA6+wcAWvsHAI37BwCZ+wcA4PsHAOb7BwAz/AcAO/wHAIb8BwCS/AcA2fwHAOb8BwAs/QcAR/0HAH/9BwCN/QcA0v0HANj9BwAl/gcAKv4HAHj+BwCF/gcAy/4HAOH+BwAe/wcAKv8HAHH/BwB+/wcAxP8HAM7/BwDVqA4AHAAIAGoACABwAAgAvQAIAN0ACAAQAQgAHgEIAGMBCABwAQgAtgEIAM0BCAAJAggAEQIIAFwCCABrAggArwIIALQCCAACAwgADwMIAFUDCABfAwgAqAMIAKoDCAD7AwgACQQIAE4ECABbBAgAoQQIAK0ECAD0BAgA+gQIAEcFCABPBQgAmgUIAKAFCADtBQgA9gUIAEAGCABNBggAkwYIAJ0GCADmBggA9AYIADkHCABPBwgAjAcIAJgHCADfBwgA5wcIACipDgA8CAgAhQgIAIsICADYCAgA2ggIACsJCAA1CQgAfgkIAIoJCADRCQgA6AkIACQKCAA4CggAe6kOAIUKCADKCggAzQoIAB0LCAAlCwgAcAsIAHwLCADDCwgA0QsIABYMCAAgDAgAaQwIAHQMCAC8DAgAyAwIAA8NCAAVDQgAYg0IAGoNCAC1DQgAwg0IAAgOCAANDggAWw4IAGUOCACuDggAtg4IAAEPCAAHDwgAVA8IAF0PCACnDwgAtA8IAPoPCAAHEAgATRAIAFsQCACgEAgArRAIAPMQCAAKEQgARhEIAE4RCACZEQgAnhEIAOwRCADyEQgAPxIIAEcSCACSEggAqBIIAOUSCADzEggAOBMIADsTCACLEwgAmhMIAN4TCADjEwgAMRQIAD4UCACEFAgAlBQIANcUCADlFAgAKhUIAEEVCAB9FQgAhhUIANAVCADWFQgAIxYIAC8WCAB2FggAfRYIAM6pDgDVFggAHBcIAB4XCABvFwgAeRcIAMIXCADOFwgAFRgIAB0YCAAhqg4AbRgIALsYCADKGAgADhkIAC4ZCABhGQgAbRkIALQZCAC6GQgABxoIAA8aCABaGggAWxoIAK0aCACzGggAABsIAAUbCABTGwgAbhsIAKYbCAC0GwgA+RsIAAAcCABMHAgAWBwIAJ8cCAClHAgAdKoOAPccCABFHQgATx0IAJgdCACpHQgA6x0IAPcdCAA+HggAQR4IAJEeCACUHggA5B4IAOweCAA3HwgAPh8IAIofCACPHwgA3R8IAOwfCAAwIAgAUCAIAIMgCACPIAgA1iAIANwgCAApIQgAMSEIAHwhCACJIQgAzyEIANQhCAAiIggALCIIAHUiCAB9IggAyCIIANgiCAAbIwgAICMIAG4jCAB3IwgAwSMIAM4jCAAUJAgAGyQIAMeqDgBsJAgAuiQIAMkkCAANJQgALSUIAGAlCABsJQgAsyUIALklCAAGJggADiYIAFkmCABlJggArCYIALkmCAD/JggABicIAFInCABTJwgApScIAKonCAD4JwgABigIAEsoCABYKAgAnigIAKgoCAAaqw4A9igIAEQpCABRKQgAlykIAKQpCADqKQgA8CkIAD0qCABJKggAkCoIAKAqCADjKggA7CoIADYrCAA5KwgAiSsIAJUrCADcKwgA4ysIAG2rDgAxLAgAgiwIADYsCADoLAsAPywIACs5DQCTLAgA1SwIAN0sCAAoLQgAMi0IAHstCACKLQgAzi0IAM8tCAAhLggAKS4IABOsDgB8LggAZqwOAOYuCAAMrQ4AOC8IAG0vCAA9LwgAZJsIAEIvCADZTwgAdS8IAMAvCADPLwgAEzAIABgwCABmMAgAczAIALkwCADGMAgADDEIABgxCABfMQgAbjEIALIxCAC8MQgABTIIACgyCABYMggAjTIIAKsyCADPMggA/jIIAAYzCABfrQ4AVjMIAKQzCACqMwgA9zMIAP8zCACyrQ4AWDQIAJ00CAC4NAgA8DQIAPw0CABDNQgAVDUIAJY1CACqNQgA6TUIAPE1CAA8NggAQjYIAI82CACbNggA4jYIAPI2CAA1NwgAPjcIAIg3CACLNwgA2zcIAOc3CAAuOAgANTgIAAWuDgCPOAgA1DgIAN44CABYrg4ALDkIAHo5CACHOQgAzTkIANo5CAAgOggALDoIAHM6CACCOggAxjoIANA6CAAZOwgAJzsIAGw7CABxOwgAvzsIAMw7CAASPAgAGjwIAGU8CABrPAgAuDwIAMQ8CAALPQgAGz0IAF49CABnPQgAsT0IALQ9CAAEPggAED4IAFc+CABePggAq64OALk+CAD9PggAAj8IAFA/CABdPwgAoz8IALA/CAD2PwgA/D8IAElACABVQAgAnEAIAKxACADvQAgA+EAIAEJBCABFQQgAlUEIAKFBCADoQQgA70EIAP6uDgBAQggAjkIIAJtCCADhQggA/0IIADRDCABAQwgAh0MIAJpDCADaQwgA6EMIAC1ECAAwRAgAgEQIAIpECADTRAgA4UQIACZFCAAzRQgAeUUIAJBFCADMRQgA1EUIAB9GCAAmRggAckYIAHdGCADFRggA20YIABhHCAAaRwgAa0cIAHlHCAC+RwgAy0cIAFGvDgAZSAgApK8OAGlICAC3SAgAxEgIAApJCAAXSQgAXUkIAGlJCACwSQgAv0kIAANKCAANSggAVkoIAGRKCACpSggArkoIAPxKCAAJSwgAT0sIAFdLCACiSwgAqEsIAPVLCAABTAgASEwIAFhMCACbTAgApEwIAO5MCADxTAgAQU0IAE1NCACUTQgAm00IAPevDgDzTQgAOk4IAEpOCACNTggAlk4IAOBOCADjTggAM08IAD9PCACGTwgAjU8IAEqwDgDiTwgAF1MIAONPCAAsUAgAO1AIAH9QCAA9UAgAy1EIAIBQCADSUAgA7lAIACVRCABbUQgAeFEIAK5RCACdsA4AzlEIAB5SCAA6UggAcVIIAKdSCADEUggA+lIIAPCwDgAkUwgAalMIAHhTCAC9UwgA0FMIABBUCAAsVAgAY1QIAJlUCAC2VAgA7FQIAEOxDgAaVQgAXFUIAGhVCACvVQgAt1UIAJaxDgAHVggAVVYIAF1WCACoVggAt1YIAPtWCAAAVwgATlcIAFtXCAChVwgArlcIAPRXCAAAWAgAR1gIAFZYCACaWAgApFgIAO1YCAD1WAgAQFkIAEpZCACTWQgAmFkIAOZZCADuWQgA6bEOAEhaCACMWggASloIANhbCACNWggA31oIAPtaCAAyWwgAaFsIAIVbCAC7WwgAPLIOANtbCAArXAgAR1wIAH5cCAC0XAgA0VwIAAddCACPsg4AJ10IAHddCACIXQgAyl0IAOZdCAAdXggAU14IAHBeCACmXggA4rIOANBeCAAWXwgAIl8IAGlfCAB4XwgAvF8IAMZfCAAPYAgAHWAIAGJgCABnYAgAtWAIAMJgCAAIYQgAEGEIAFthCABhYQgArmEIAGthCADywggAumEIAAFiCAARYggAVGIIAF1iCACnYggAqmIIAPpiCAAGYwgATWMIAFRjCAA1sw4ApWMIAHf1CgCqYwgA82MIAKxjCAADjwoA/WMIAEZkCABHZAgAmWQIAKhkCADsZAgA8WQIAD9lCABMZQgAkmUIAJ9lCADlZQgA8WUIADhmCABHZggAi2YIAJVmCADeZggA7GYIADFnCAA2ZwgAhGcIAJFnCADXZwgA2GcIACpoCAAvaAgAfWgIAIJoCADQaAgA4WgIACNpCABGaQgAdmkIAIFpCADJaQgAzmkIABxqCAAfaggAb2oIAHlqCADCaggA7WoIABVrCAA0awgAiLMOAHRrCAC7awgAvWsIAA5sCAAdbAgAYWwIAGxsCAC0bAgAvGwIAAdtCAAObQgAWm0IAFxtCACtbQgAt20IAABuCAACbggAU24IAGxuCACmbggAqG4IAPluCAD8bggATG8IAFhvCACfbwgAp28IANuzDgD+bwgARXAIAEtwCACYcAgAs3AIAOtwCAD3cAgAPnEIAERxCACRcQgAmXEIAORxCADmcQgAN3IIAEFyCACKcggAknIIAC60DgDucggAMHMIADdzCACDcwgAi3MIANZzCADjcwgAKXQIAC50CAB8dAgAhnQIAM90CADXdAgAInUIADF1CAB1dQgAenUIAMh1CADVdQgAG3YIACh2CABudggAenYIAMF2CADQdggAFHcIAB53CABndwgAb3cIALp3CADEdwgADXgIABJ4CABgeAgAaHgIAIG0DgC/eAgABnkIABZ5CABZeQgAYnkIAKx5CACveQgA/3kIAAt6CABSeggAWXoIANS0DgCreggA+HoIAP56CABLewgAUHsIAJ57CACkewgAJ7UOAPd7CABEfAgASnwIAJd8CACcfAgAFkMMAKR8CADqfAgA73wIAD19CABFfQgAkH0IAMJ9CAAFhQgAx30IAON9CAAafggANn4IAG1+CACJfggAuX4IANx+CADkfggAL38IAD5/CACCfwgAh38IANV/CADifwgAKIAIADWACAB7gAgAh4AIAM6ACADdgAgAIYEIACuBCAB0gQgAgoEIAMeBCADMgQgAGoIIACeCCABtgggAdYIIAMCCCADGgggAE4MIAB+DCABmgwgAdoMIALmDCADCgwgADIQIAA+ECABfhAgAa4QIALKECAC5hAgAerUOADyFCABYhQgAiIUIAKuFCACzhQgA/oUIAA2GCABRhggAVoYIAKSGCACxhggA94YIAASHCABKhwgAVocIAJ2HCACshwgA8IcIAPqHCABDiAgAUYgIAJaICACbiAgA6YgIAPaICAA8iQgARIkIAI+JCACViQgA4okIAO6JCAA1iggARYoIAIiKCACRiggA24oIAN6KCAAuiwgAOosIAIGLCACIiwgAzbUOANaLCABTUgwA4osIACeMCAA0jAgAeowIAIaMCADNjAgA04wIACCNCAAmjQgAc40IAHiNCADGjQgAzI0IACC2DgA/jggAbI4IAJKOCAC/jggA8Y4IABKPCABJjwgAZY8IAJWPCADGtg4AxI8IAAuQCADGjwgAoaMJABWQCABekAgAeJAIALGQCADAkAgABJEIAAmRCABXkQgAZJEIAKqRCAC3kQgA/ZEIAAmSCABQkggAX5IIAKOSCACtkggA9pIIAAKTCABJkwgAXJMIAJyTCACrkwgA75MIAPuTCABClAgAQ5QIAJWUCACflAgA6JQIAPaUCAA7lQgAQJUIAI6VCACblQgAGbcOAOaVCAA0lggAQZYIAIeWCACUlggA2pYIAOaWCAAtlwgAPJcIAICXCACKlwgA05cIAOGXCAAmmAgAK5gIAHmYCACGmAgAzJgIANSYCAAfmQgAJZkIAHKZCAB+mQgAxZkIANWZCAAYmggAIZoIAGuaCABumggAvpoIAMqaCAARmwgAGJsIABK4DgBpmwgAt5sIALqbCAAKnAgAEpwIAF2cCABpnAgAsJwIALacCAADnQgACZ0IAFadCABbnQgAqZ0IAK+dCABluA4AM54IAE+eCACGnggAop4IAMaeCAALuQ4A+54IAPm6CQAInwgASJ8IAFefCACbnwgAp58IAO6fCADvnwgAQaAIAEugCACUoAgAoqAIAOegCADsoAgAOqEIAEehCABeuQ4AsKEIAOChCAAXoggAM6IIAGqiCACGoggAvaIIANmiCAD9oggAsbkOADqjCAB/owgAhKMIANKjCADfowgAJaQIAC2kCAB4pAgAfqQIAMukCADXpAgAHqUIAC6lCABxpQgAeqUIAMSlCADHpQgAF6YIAE+mCABqpggAdqYIAAS6DgDDpggAEKcIACmnCABjpwgAcacIALanCADDpwgACagIABCoCABcqAgAZagIAK+oCAC8qAgAAqkIABmpCABVqQgAWKkIAKipCACqqQgA+6kIAASqCABOqggAXqoIAKGqCAC6qggA9KoIAPaqCABHqwgAUKsIAJqrCACiqwgA7asIAO+rCABArAgAWawIAJOsCACqrAgA5qwIAPKsCAA5rQgASq0IAIytCACYrQgA360IAOqtCAAyrggAP64IAIWuCACPrggAV7oOAOuuCAArrwgAOa8IAH6vCABlrwgAmbcIALevCADRrwgA3q8IACSwCAAssAgAd7AIAH2wCADKsAgA1rAIAB2xCAAosQgAcLEIAHmxCADDsQgAxrEIABayCAAYsggAabIIAHCyCAC8sggAvrIIAKq6DgASswgAYrMIAHCzCAC1swgAurMIAAi0CAAVtAgAW7QIAGe0CACutAgAtrQIAP26DgAPtQgAVLUIAGS1CACntQgAtbUIAPq1CAADtggATbYIAFe2CACgtggAorYIAPO2CAD9tggARrcIAEi3CABQuw4AnrcIAOy3CAD0twgAP7gIAEW4CACSuAgAnrgIAOW4CAD0uAgAOLkIAEG5CACLuQgAjrkIAN65CADguQgAMboIADi6CACEuggAhroIAKO7DgDcuggAKrsIAEa7CAB9uwgAmbsIAPa7DgDduwgAJ9gJAN+7CAAjvAgAKLwIAHa8CACDvAgAybwIANa8CAAcvQgAIr0IAG+9CAB7vQgAwr0IANK9CAAVvggAHr4IAGi+CABrvggAu74IAMe+CAAOvwgAFb8IAEm8DgBwvwgAtL8IALm/CAAHwAgAFMAIAFrACABnwAgArcAIALPACAAAwQgADMEIAFPBCABjwQgApsEIAK/BCAD5wQgA/MEIAEzCCABYwggAn8IIAKbCCACcvA4A9MIIAEXDCABTwwgAmMMIAKnDCADvvA4A8sMIAEK9DgBGxAgAlb0OAJbECADkxAgA8cQIADfFCABExQgAisUIAJbFCADdxQgA7MUIADDGCAA6xggAg8YIAJHGCADWxggA28YIACnHCAA2xwgAfMcIAITHCADPxwgA1ccIACLICAAuyAgAdcgIAIXICADIyAgA0cgIABvJCAAeyQgAbskIAHrJCADByQgAyMkIAOi9DgAZyggAZ8oIAG/KCAC6yggAvcoIAA3LCAAWywgAYMsIAG/LCACzywgAvssIAAbMCAAOzAgAWcwIAGnMCACszAgAuswIAP/MCAAQzQgAUs0IAF7NCAClzQgArc0IADu+DgD+zQgAS84IAFPOCACezggApc4IAPHOCAD/zggARM8IAErPCACXzwgAo88IAOrPCAD5zwgAPdAIAEfQCACQ0AgAldAIAOPQCADp0AgANtEIAErRCACOvg4Ai9EIANzRCADm0QgAL9IIAD3SCACC0ggAh9IIANXSCADi0ggAKNMIACrTCAB70wgAjNMIAM7TCADa0wgAIdQIACfUCAB01AgAetQIAMfUCADM1AgAGtUIACDVCADhvg4ActUIAMDVCADR1QgAE9YIABvWCABm1ggAH9YIAPv8CAAh1ggASNYMAHDWCAC51ggAx9YIAAzXCAAi1wgAX9cIAGvXCACy1wgAudcIAAXYCAAN2AgAWNgIAF3YCACr2AgAtNgIAP7YCAAI2QgAUdkIAFnZCACk2QgAqNkIAPfZCAAC2ggAStoIAFjaCACd2ggArtoIAPDaCAD82ggAQ9sIAEvbCAA0vw4AmNsIAOnbCAD32wgAPNwIAEbcCACP3AgAndwIAOLcCADv3AgANd0IAEzdCACI3QgAkN0IANvdCADr3QgALt4IADPeCACB3ggAh94IANTeCADc3ggAJ98IACnfCAB63wgAh98IAM3fCADV3wgAIOAIACXgCABz4AgAdOAIAMbgCADS4AgAGeEIACbhCABs4QgAdOEIAL/hCADO4QgAEuIIABfiCABl4ggAcuIIALjiCADF4ggAC+MIABfjCABe4wgAbeMIALHjCAC74wgABOQIABLkCABX5AgAXOQIAKrkCAC35AgAh78OAADlCABQ5QgAWOUIAKPlCACw5QgA9uUIAPvlCABJ5ggAU+YIAJzmCACk5ggA7+YIAPHmCABC5wgAXecIAJXnCACX5wgA6OcIAPbnCAA76AgATOgIAI7oCACQ6AgA4egIAProCAA06QgARekIAIfpCACT6QgA2ukIAO/pCAAt6ggANeoIAIDqCACG6ggA0+oIAN/qCAAm6wgAQ+sIAHnrCACC6wgAzOsIANjrCAAf7AgAIuwIAHLsCAB87AgAxewIAM3sCAAY7QgAIu0IAGvtCAB57QgAvu0IANTtCAAR7ggAHe4IAGTuCABr7ggAt+4IAL/uCAAK7wgAD+8IAF3vCABm7wgAsO8IALrvCAAD8AgAC/AIAFbwCABY8AgAqfAIALnwCAD88AgABvEIAE/xCABb8QgAovEIAKjxCAD18QgA/fEIANq/DgBU8ggAm/IIAK7yCADu8ggACvMIAEHzCABJ8wgALcAOAKLzCADn8wgA/fMIADr0CABG9AgAjfQIAJL0CADg9AgA6fQIADP1CAA99QgAhvUIAI71CADZ9QgA2/UIACz2CAA79ggAf/YIAJz2CADS9ggA2/YIACX3CAAz9wgAePcIAH73CADL9wgA2fcIAB74CAAr+AgAcfgIAIj4CADE+AgAzPgIABf5CAAZ+QgAavkIAHL5CAC9+QgAzPkIABD6CAAV+ggAY/oIAHD6CAC2+ggAw/oIAAn7CAAV+wgAXPsIAGv7CACv+wgAufsIAAL8CAAQ/AgAVfwIAFr8CACo/AgAtfwIAIDADgAB/QgATv0IAFT9CACh/QgApv0IAPT9CAD6/QgA08AOAFX+CACa/ggAsP4IAO3+CAD5/ggAQP8IAEX/CACT/wgAnP8IAOb/CADw/wgAOQAJAFwACQCMAAkAkAAJAN8ACQCbAAkAKwIJAOEACQAyAQkAQAEJAIUBCQCPAQkA2AEJAPwBCQDMwQ4AMQIJAH4CCQCKAgkA0QIJANMCCQAkAwkALgMJAHcDCQCDAwkAygMJAO4DCQAfwg4AIQQJAHAECQAsBAkAvAUJAHIECQDDBAkA0QQJABYFCQAgBQkAaQUJAI0FCQBywg4AwgUJAA8GCQAbBgkAYgYJAGQGCQC1BgkAvwYJAAgHCQAUBwkAWwcJAH8HCQDFwg4AywcJAAEICQAKCAkAVAgJAGIICQCnCAkArQgJAPoICQAGCQkATQkJAFUJCQAYww4ApwkJAPMJCQAMCgkARgoJAFUKCQCZCgkAoQoJAOwKCQD7CgkAPwsJAEQLCQCSCwkAnwsJAOULCQDyCwkAOAwJAEQMCQCLDAkAmgwJAN4MCQDoDAkAMQ0JAD8NCQCEDQkAiQ0JANcNCQDkDQkAa8MOACsOCQBYfgkAQw4JAH0OCQCHDgkA0A4JANIOCQAjDwkAMQ8JAHYPCQCDDwkAyQ8JANEPCQAcEAkARRAJAG8QCQB2EAkAwhAJANsQCQAVEQkAJBEJAGgRCQBwEQkAuxEJAMoRCQAOEgkAExIJAGESCQBuEgkAtBIJAMESCQAHEwkAExMJAFoTCQBpEwkArRMJALcTCQAAFAkADhQJAFMUCQBYFAkAphQJALMUCQC+ww4A/hQJAFT6CgAFFQkATBUJACEVCQAnWw8AXxUJAJ8VCQCuFQkA8hUJAP4VCQBFFgkAURYJAJgWCQCfFgkA6xYJAPcWCQA+FwkARRcJAJEXCQCZFwkA5BcJAOgXCQA3GAkAQhgJAIoYCQCWGAkA3RgJAOoYCQAwGQkAOBkJAIMZCQCNGQkA1hkJANwZCQApGgkAPRoJAHwaCQCKGgkAzxoJANwaCQAiGwkAORsJAHUbCQB9GwkAyBsJANIbCQAbHAkAIBwJAG4cCQB2HAkAwRwJANAcCQAUHQkAGR0JAGcdCQB0HQkAuh0JAMcdCQANHgkAGR4JAGAeCQBvHgkAsx4JAL0eCQARxA4ADh8JAFkfCQBoHwkArB8JALEfCQD/HwkACCAJAFIgCQBjIAkApSAJAKwgCQD4IAkAACEJAEshCQBYIQkAniEJAKMhCQDxIQkA+yEJAEQiCQBMIgkAlyIJALAiCQDqIgkA9iIJAD0jCQBFIwkAZMQOAJ8jCQDjIwkAACQJADYkCQA/JAkAiSQJAJckCQDcJAkA4iQJAC8lCQA7JQkAgiUJAIklCQDVJQkA3SUJACgmCQA4JgkAeyYJAIEmCQDOJgkA0yYJACEnCQA3JwkAdCcJAHwnCQDHJwkA0ScJABooCQAlKAkAbSgJAHkoCQDAKAkAyCgJALfEDgAgKQkAZikJAG0pCQC5KQkAxSkJAAwqCQASKgkAXyoJAHAqCQCyKgkAxioJAAUrCQATKwkAWCsJAGUrCQCrKwkAwisJAP4rCQAGLAkAUSwJAFgsCQCkLAkApiwJAPcsCQABLQkASi0JAEwtCQCdLQkAti0JAPAtCQDyLQkAQy4JAEYuCQCWLgkAoi4JAOkuCQAVLwkACsUOAEsvCQCPLwkArC8JAOIvCQDrLwkANTAJAEMwCQCIMAkAjjAJANswCQDnMAkALjEJADYxCQBdxQ4AiTEJANQxCQDaMQkAJzIJADMyCQB6MgkAfTIJAM0yCQDSMgkAIDMJACkzCQBzMwkAeTMJAMYzCQDVMwkAGTQJACU0CQBsNAkAdDQJALDFDgDFNAkAEjUJABc1CQBlNQkAezUJALg1CQDANQkACzYJABk2CQBeNgkAaDYJALE2CQC0NgkABDcJAAw3CQBXNwkAWDcJAKo3CQCwNwkA/TcJAAs4CQBQOAkAZjgJAKM4CQClOAkA9jgJAPw4CQBJOQkAXTkJAJw5CQCkOQkA7zkJAP85CQBCOgkARDoJAJU6CQCkOgkA6DoJAPI6CQA7OwkAQDsJAI47CQCUOwkA4TsJAPU7CQA0PAkAPDwJAIc8CQCMPAkA2jwJAOA8CQAtPQkANT0JAIA9CQCDPQkA0z0JANg9CQAmPgkALz4JAHk+CQB/PgkAzD4JANs+CQAfPwkAKz8JAAPGDgB8PwkAxT8JAMc/CQAYQAkAH0AJAGtACQByQAkAvkAJAMRACQARQQkAH0EJAGRBCQBxQQkAt0EJAMdBCQAKQgkAD0IJAF1CCQBlQgkAsEIJAHlCCQCgrwkAvEIJAANDCQAFQwkA7kUJABBDCQBWQwkAW0MJAKlDCQCzQwkA/EMJAAxECQBPRAkAVEQJAKJECQCrRAkA9UQJAAJFCQBIRQkAT0UJAJtFCQCjRQkAVsYOAPxFCQBBRgkAWUYJAJRGCQCWRgkA50YJAP5GCQA6RwkAPEcJAI1HCQCbRwkA4EcJAO1HCQAzSAkAO0gJAKnGDgCMSAkA2UgJANtICQAsSQkAOUkJAH9JCQCCSQkA0kkJAONJCQAlSgkAJ0oJAHhKCQCCSgkAy0oJANdKCQAeSwkAJksJAPzGDgB2SwkAxEsJAMdLCQAXTAkAIUwJAGpMCQByTAkAvUwJAMpMCQAQTQkAEk0JAGNNCQB5TQkAtk0JAMJNCQAJTgkAEU4JAE/HDgBfTgkAr04JALhOCQACTwkAEE8JAIJ4CQARTwkAVU8JAGBPCQCoTwkAsE8JAPtPCQAGUAkATlAJAFNQCQChUAkApFAJAPRQCQD+UAkA9ccOAE1RCQCaUQkAUVEJAP0iDAC1UQkA7VEJAPlRCQBAUgkARlIJAJNSCQCbUgkA5lIJAPxSCQA5UwkAR1MJAIxTCQCPUwkA31MJAPhTCQAyVAkAPlQJAIVUCQCQVAkA2FQJANpUCQArVQkARlUJAH5VCQCMVQkA0VUJAN5VCQAkVgkAO1YJAEjIDgB5VgkAQiUMAI1WCQDKVgkAy1YJAB1XCQAiVwkAcFcJAHZXCQDDVwkAxVcJABZYCQAcWAkAaVgJAH1YCQC8WAkAxFgJAA9ZCQAfWQkAYlkJAGRZCQC1WQkAw1kJAAhaCQAZWgkAm8gOAGFaCQCuWgkAuloJAO7IDgADWwkAVFsJAGVbCQCnWwkAr1sJAPpbCQADXAkATVwJAFRcCQCgXAkAoVwJAEHJDgD/XAkARl0JAEhdCQCZXQkAoF0JAOxdCQD0XQkAP14JAEheCQCSXgkAmV4JAOVeCQDmXgkAlMkOAD1fCQCLXwkAk18JAN5fCQDoXwkAMWAJAD9gCQCEYAkAmmAJANdgCQDjYAkAKmEJAC9hCQB9YQkAhmEJANBhCQDaYQkA58kOACRiCQB2YgkAfmIJADmfCgCOYgkAyWIJANZiCQAcYwkAKGMJAG9jCQB5YwkAwmMJAMZjCQAVZAkAGmQJAGhkCQBuZAkAu2QJANtkCQAOZQkAJmUJAGFlCQB4ZQkAtGUJAMBlCQAHZgkAEWYJAFpmCQBcZgkArWYJALRmCQAAZwkAB2cJAFNnCQBZZwkApmcJALJnCQD5ZwkA/GcJAExoCQBPaAkAn2gJAKtoCQDyaAkA9WgJAEVpCQBhaQkAmGkJAKBpCQA6yg4A92kJAD5qCQBIagkAkWoJAJNqCQDkagkA62oJADdrCQA+awkAimsJAJBrCQDdawkA62sJADBsCQA9bAkAg2wJAJNsCQDWbAkA22wJACltCQAxbQkAfG0JAIxtCQDPbQkA1G0JACJuCQAobgkAdW4JAH1uCQCNyg4Azm4JABtvCQAjbwkAbm8JAHFvCQDBbwkAzW8JABRwCQAacAkAZ3AJAIJwCQC6cAkAyHAJAA1xCQAccQkAYHEJAGxxCQCzcQkAu3EJADPLDgALcgkAWXIJAGNyCQCscgkAtHIJAP9yCQAfcwkAUnMJAF9zCQClcwkAqnMJAPhzCQD8cwkAS3QJAFh0CQCGyw4Ao3QJAPF0CQD0dAkARHUJAE51CQCXdQkAo3UJAOp1CQD9dQkAPXYJAEx2CQCQdgkAnHYJAON2CQDkdgkANncJAEB3CQCJdwkAl3cJANx3CQDhdwkAL3gJADx4CQDZyw4AjHgJANV4CQDXeAkAKHkJAEF5CQB7eQkAjHkJAM55CQDaeQkAIXoJACl6CQDSzA4Ae3oJAMd6CQDOegkAGnsJACB7CQBtewkAeXsJAMB7CQDDewkAE3wJABZ8CQBmfAkAbnwJALl8CQDJfAkADH0JABF9CQBffQkAaH0JALJ9CQC/fQkABX4JAAx+CQAlzQ4AZH4JAKt+CQC4fgkA/n4JAAZ/CQBRfwkAW38JAKR/CQCzfwkA938JAPh/CQBKgAkAUoAJAJ2ACQCsgAkA8IAJAPWACQBDgQkAUIEJAJaBCQCjgQkA6YEJAPWBCQA8ggkAS4IJAI+CCQCZggkA4oIJAPCCCQA1gwkAOoMJAIiDCQCVgwkA24MJAOODCQAuhAkAOIQJAIGECQCGhAkA1IQJANyECQB4zQ4ANYUJAHqFCQCGhQkAzYUJANOFCQAghgkAJoYJAHOGCQB4hgkAxoYJAMyGCQDLzQ4AJYcJAGyHCQByhwkAv4cJAMWHCQASiAkAH4gJAGWICQBqiAkAuIgJAMCICQALiQkAKYkJAMTODgBgiQkA2JkLAGGJCQDX/woAZIkJADOUCgB0iQkAsYkJALKJCQAEigkACYoJAFeKCQBdigkAqooJAKyKCQD9igkAA4sJAFCLCQBkiwkAo4sJAKuLCQD2iwkABowJAEmMCQBLjAkAnIwJAKqMCQDvjAkAAI0JABfPDgBIjQkAlY0JAKGNCQBqzw4A9Y0JADuOCQBDjgkAjo4JAJuOCQDhjgkA444JADSPCQBKjwkAh48JAJOPCQDajwkA4o8JABDQDgA5kAkAgJAJAIOQCQDTkAkA2JAJACaRCQA3kQkAeZEJAIKRCQDMkQkA1pEJAB+SCQAtkgkAcpIJAHeSCQDFkgkA0pIJAGPQDgAkkwkAa5MJAHiTCQC+kwkAwJMJABGUCQAnlAkAZJQJAHCUCQC3lAkAv5QJALbQDgAPlQkAXZUJAGOVCQCwlQkAuJUJAAOWCQAGlgkAVpYJAGKWCQCplgkAr5YJAPyWCQAXlwkAT5cJAFyXCQCilwkApJcJAPWXCQALmAkASJgJAFSYCQCbmAkAo5gJAAnRDgD0mAkAQZkJAEaZCQCUmQkAr5kJAOeZCQD1mQkAOpoJAEGaCQCNmgkAmZoJAOCaCQDnmgkAXNEOAD6bCQCGmwkAjpsJANmbCQDkmwkALJwJADGcCQB/nAkAgpwJANKcCQDcnAkAJZ0JAC2dCQB4nQkAhp0JAMudCQDOnQkAHp4JACaeCQBxngkAkZ4JAMSeCQDRngkAF58JAByfCQBqnwkAbp8JAL2fCQDKnwkAr9EOADCgCQBjoAkAbKAJALagCQC3oAkACaEJABGhCQBcoQkAbKEJAK+hCQCxoQkAAqIJABCiCQBVogkAZqIJAALSDgCuogkA+6IJAAejCQBV0g4AVaMJAKjSDgCmowkA9KMJAA6kCQBHpAkAVqQJAJqkCQClpAkA7aQJAO+kCQBApQkATaUJAJOlCQCgpQkA5qUJAPKlCQA5pgkASqYJAIymCQCPpgkA36YJAPmmCQAypwkAO6cJAIWnCQCSpwkA2KcJAN6nCQArqAkAN6gJAH6oCQCBqAkA0agJANaoCQAkqQkANakJAHepCQCSqQkAyqkJANapCQAdqgkAJKoJAHCqCQByqgkAw6oJAMqqCQAWqwkAHasJAGmrCQBvqwkAvKsJAMirCQAPrAkAEqwJAGKsCQBlrAkAtawJAMGsCQAIrQkAG60JAFutCQBqrQkArq0JALqtCQABrgkAAq4JAFSuCQBergkAp64JALWuCQD6rgkA/64JAE2vCQBarwkA+9IOAKivCQBO0w4A9a8JAEawCQBcsAkAmbAJAKWwCQDssAkA9LAJAKHTDgBFsQkAkrEJAJqxCQDlsQkA6LEJADiyCQBEsgkAi7IJAJGyCQDesgkA+bIJADGzCQA/swkAhLMJAJOzCQDXswkA47MJACq0CQAytAkA9NMOAIK0CQDQtAkA2rQJACO1CQArtQkAdrUJAJa1CQDJtQkA1rUJABy2CQAhtgkAb7YJAHO2CQDCtgkAz7YJAEfUDgA4twkAaLcJAGu3CQC7twkAwLcJAA64CQAduAkAYbgJAIG4CQC0uAkAwLgJAAe5CQARuQkAWrkJAGa5CQCtuQkAs7kJAAC6CQAGugkAU7oJAFi6CQCmugkArLoJAJrUDgD/ugkATLsJAFG7CQCfuwkApbsJAEDVDgD1uwkARbwJAE+8CQCYvAkAmrwJAOu8CQAEvQkAPr0JAE+9CQCRvQkAn70JAOS9CQDnvQkAN74JAEK+CQCKvgkAkr4JAN2+CQDfvgkAML8JADi/CQCDvwkAkL8JANa/CQDivwkAKcAJAC3ACQB8wAkAhMAJAM/ACQDewAkAIsEJACfBCQB1wQkAgsEJAMjBCQDVwQkAG8IJACfCCQBuwgkAfcIJAMHCCQDLwgkAFMMJACLDCQBnwwkAbMMJALrDCQDHwwkAk9UOABXECQDm1Q4AZMQJAJfICQBsxAkAs8QJALnECQAGxQkADMUJAFnFCQBmxQkArMUJALHFCQD/xQkAB8YJAFLGCQCExgkAS8cJAInGCQClxgkAy8YJAJ7HCQDcxgkA+MYJAC/HCQA51g4AgscJAIzWDgDExwkA8ccJACPICQBEyAkAe8gJAN/WDgClyAkA6sgJAPfICQA9yQkASckJAJDJCQCWyQkA48kJAOnJCQA2ygkAO8oJAInKCQCPygkAMtcOAALLCQDVywkAE8sJAC/LCQBmywkA2NcOALnLCQAr2A4A+8sJACjMCQBazAkAe8wJALLMCQB+2A4A2MwJACHNCQAmzQkAdM0JAHzNCQDR2A4AzM0JABrOCQAjzgkAbc4JAHrOCQDAzgkAx84JACTZDgAbzwkAd9kOAHnPCQC5zwkAxc8JAAzQCQAb0AkAX9AJAGjQCQCy0AkAvNAJAAXRCQAH0QkAWNEJAHHRCQCr0QkAvNEJAP7RCQAK0gkAUdIJAFnSCQDK2Q4AstIJAPfSCQAI0wkAStMJAFbTCQCd0wkApdMJAB3aDgD10wkAQ9QJAE3UCQCW1AkAntQJAOnUCQD51AkAPNUJAEHVCQCP1QkAmNUJAOLVCQDv1QkANdYJADzWCQBw2g4AldYJANvWCQCb1gkAAZkMAODWCQAu1wkAOtcJAIHXCQCO1wkA1NcJAN7XCQDD2g4ALNgJAHrYCQCG2AkAzdgJANrYCQAg2QkAKtkJAHPZCQCP2QkAxtkJAM7ZCQAW2w4AHtoJAGzaCQB02gkAv9oJAMLaCQAS2wkAG9sJAGXbCQB02wkAuNsJAMPbCQAL3AkAE9wJAF7cCQBu3AkAsdwJAL/cCQAE3QkAFd0JAFfdCQBj3QkAqt0JALLdCQBp2w4AA94JAFDeCQBY3gkAo94JAKreCQD23gkABN8JAEnfCQBP3wkAnN8JAKjfCQDv3wkA/t8JAELgCQBM4AkAleAJAJrgCQDo4AkA7uAJADvhCQBP4QkAjuEJAJbhCQDh4QkA/+EJADTiCQA84gkAvNsOAI/iCQAP3A4A4uIJAC3jCQBG4wkAgOMJAInjCQDT4wkA4+MJACbkCQA25AkAeeQJAIXkCQDM5AkA0uQJAB/lCQAt5QkAcuUJAH/lCQDF5QkA3OUJABjmCQAg5gkAa+YJAHXmCQC+5gkAzOYJABHnCQAn5wkAZOcJAHDnCQC35wkAvucJAAroCQAS6AkAXegJAGLoCQCw6AkAuegJAAPpCQAN6QkAVukJAF7pCQCp6QkAq+kJAPzpCQAM6gkAT+oJAFnqCQCi6gkAruoJAPXqCQD76gkASOsJAFDrCQC13A4ApOsJAO7rCQD/6wkAQewJAE3sCQCU7AkAoewJAOfsCQDs7AkAOu0JAETtCQCN7QkAne0JAODtCQDl7QkAM+4JADzuCQCG7gkAk+4JANnuCQDg7gkALO8JADjvCQB/7wkAhe8JANLvCQDY7wkAJfAJACrwCQB48AkAfvAJAAjdDgDQ8AkAHvEJACbxCQBx8QkAh/EJAMTxCQDJ8QkAF/IJAB7yCQBq8gkAc/IJAL3yCQDO8gkAEPMJABzzCQBj8wkAa/MJAAHeDgC48wkACfQJAB/0CQBc9AkAaPQJAK/0CQC29AkAAvUJAAr1CQBU3g4AWvUJAKj1CQCw9QkA+/UJABH2CQBO9gkAU/YJAKH2CQCo9gkA9PYJAP32CQBH9wkAWPcJAJr3CQCm9wkA7fcJAPX3CQCn3g4AQvgJAJP4CQCp+AkA5vgJAPL4CQA5+QkAQPkJAIz5CQCU+QkA+t4OAOT5CQAy+gkAOfoJAIX6CQCO+gkA2PoJAOn6CQAr+wkAN/sJAH77CQCG+wkATd8OANP7CQAk/AkAM/wJAHf8CQCX/AkAyvwJAMz8CQAd/QkANP0JAHD9CQB8/QkAw/0JAMv9CQDz3w4AG/4JAGn+CQBr/gkAvP4JAMP+CQAP/wkAF/8JAGL/CQBr/wkAtf8JALv/CQAIAAoAGQAKAFsACgBjAAoAmeAOALoACgABAQoABAEKAFQBCgBZAQoApwEKALgBCgD6AQoAFQIKAE0CCgBZAgoAoAIKAKgCCgDs4A4ACQMKAEYDCgBHAwoAmQMKAJ4DCgDsAwoA8gMKAD8ECgBJBAoAkgQKAJoECgDlBAoA9wQKAD/hDgBFBQoAiwUKAJUFCgDeBQoA5AUKADEGCgBFBgoAhAYKAIwGCgDXBgoA5wYKACoHCgAvBwoAfQcKAIMHCgDQBwoA2AcKACMICgAkCAoAdggKAHgICgDJCAoA2AgKABwJCgA8CQoAbwkKAHEJCgDCCQoA2QkKABUKCgAhCgoAaAoKAHAKCgCS4Q4AwwoKAA4LCgAnCwoAYQsKAGoLCgC0CwoAvgsKAAcMCgAPDAoAWgwKAGoMCgCtDAoAsgwKAAANCgAJDQoAUw0KAGANCgCmDQoArQ0KAPkNCgABDgoAOOIOAFYOCgCfDgoApw4KAPIOCgAADwoARQ8KAFIPCgCYDwoAoA8KAOsPCgDtDwoAPhAKAEYQCgCREAoAkhAKAOQQCgDmEAoANxEKAEYRCgCKEQoAqhEKAN0RCgDfEQoAMBIKAEcSCgCDEgoAjxIKANYSCgDwEgoAKRMKAFITCgB8EwoAfxMKAM8TCgDUEwoAIhQKAC8UCgCL4g4AdxQKAMgUCgDSFAoAGxUKACoVCgBuFQoAeRUKAMEVCgDPFQoAFBYKACEWCgBnFgoAfhYKALoWCgDCFgoADRcKAA4XCgBgFwoAYhcKALMXCgDCFwoABhgKACYYCgBZGAoAWxgKAKwYCgDDGAoA/xgKAAsZCgBSGQoAWhkKAN7iDgCqGQoA+BkKAP4ZCgBLGgoAUxoKAJ4aCgC9GgoA8RoKAP4aCgBEGwoARRsKAJcbCgCtGwoA6hsKAAYcCgAx4w4AQhwKAJAcCgCaHAoA4xwKAOscCgA2HQoANx0KAIkdCgA4HQoASiYKAI8dCgDcHQoA6B0KAC8eCgA/HgoAgh4KAJAeCgDVHgoA6B4KACgfCgA0HwoAex8KAIIfCgDOHwoA1h8KACEgCgAlIAoAdCAKAIIgCgDHIAoA0SAKABohCgAlIQoAbSEKAHUhCgDAIQoA9iEKABMiCgAbIgoAZiIKAGsiCgC5IgoAvyIKAAwjCgAUIwoAXyMKAHkjCgCyIwoA6CMKAAUkCgANJAoAWCQKAF0kCgCrJAoAsSQKAP4kCgAGJQoAUSUKAGslCgCkJQoAviUKAPclCgAtJgoAhOMOAFImCgCdJgoApCYKAPAmCgD8JgoAQycKAEQnCgCWJwoAoicKAOknCgD2JwoAPCgKAEMoCgCPKAoAmygKAOIoCgDvKAoANSkKAEQpCgCIKQoAnCkKANfjDgDoKQoALioKADgqCgCBKgoAjyoKANQqCgDqKgoAJysKADMrCgB6KwoAhisKAM0rCgDTKwoAICwKACYsCgBzLAoAeCwKAMYsCgDMLAoAKuQOAB4tCgBsLQoAbi0KAL8tCgDGLQoAEi4KABouCgBlLgoAaC4KALguCgDBLgoACy8KABovCgBeLwoAaS8KALEvCgC5LwoABDAKABQwCgBXMAoAZTAKAKowCgC7MAoA/TAKAAkxCgBQMQoAWDEKACPlDgDBMQoA9jEKAP4xCgB25Q4AVTIKAJwyCgCyMgoA7zIKAPcyCgBCMwoAYTMKAMnlDgCYMwoAumkKAKIzCgDoMwoA6zMKAPSHDQDwMwoAOzQKAPIzCgD06AsAPTQKAI40CgBFNAoAjUAKAEw0CgC+OQoAmzQKAOE0CgD1NAoANDUKADw1CgCHNQoAjDUKANo1CgDqNQoALTYKADU2CgCANgoAijYKANM2CgDeNgoAJjcKADI3CgB5NwoAgTcKABzmDgDRNwoAHzgKACg4CgByOAoAeDgKAMU4CgDUOAoAGDkKACQ5CgBrOQoAbjkKAG/mDgDDOQoAEToKACA6CgBkOgoAZjoKALc6CgDIOgoACjsKABs7CgBdOwoAcTsKALA7CgC4OwoAAzwKABE8CgBWPAoAYzwKAKk8CgCsPAoA/DwKAAY9CgBPPQoAUT0KAKI9CgCzPQoA9T0KAAY+CgBIPgoAVD4KAJs+CgCiPgoA7j4KAPY+CgBBPwoAWD8KAJQ/CgCgPwoA5z8KAP0/CgA6QAoAPUAKAMLmDgCYQAoA4EAKAOxACgAzQQoAO0EKABXnDgCSQQoA2UEKAO9BCgAsQgoAL0IKAH9CCgCHQgoA0kIKANRCCgAlQwoAQEMKAHhDCgB6QwoAy0MKANlDCgAeRAoAL0QKAHFECgBzRAoAxEQKAN1ECgAXRQoAKEUKAGpFCgB2RQoAaOcOAMNFCgAQRgoAHkYKAGNGCgB+RgoAtkYKAMJGCgAJRwoAD0cKAFxHCgBkRwoAr0cKAL9HCgACSAoAB0gKAFVICgBeSAoAqEgKALVICgD7SAoAAkkKAE5JCgBWSQoAu+cOAKZJCgD0SQoA+kkKAEdKCgBPSgoAmkoKAMNKCgDtSgoA9EoKAEBLCgBZSwoAk0sKAKJLCgDmSwoAAkwKAA7oDgA+TAoAjEwKAJZMCgDfTAoA70wKADJNCgA3TQoAhU0KAI5NCgDYTQoA5U0KACtOCgAyTgoAfk4KAIpOCgDRTgoA5E4KACRPCgAzTwoAd08KAINPCgDKTwoAy08KAB1QCgAnUAoAcFAKAH5QCgDDUAoAyFAKABZRCgAjUQoAYegOAHpRCgC8UQoAvlEKAA9SCgASUgoAYlIKAGVSCgC1UgoAvFIKAAhTCgAUUwoAW1MKAGtTCgCuUwoAvlMKAAFUCgAGVAoAVFQKAF1UCgCnVAoAtFQKAPpUCgABVQoATVUKAFlVCgCgVQoAplUKAPNVCgD5VQoARlYKAEtWCgCZVgoAn1YKAFrpDgD2VgoAP1cKAE1XCgCSVwoAolcKAOVXCgDnVwoAOFgKAEdYCgCLWAoAlVgKAN5YCgDmWAoAU+oOADdZCgCEWQoAkFkKAKbqDgDcWQoAKloKADJaCgB9WgoAjVoKANBaCgDeWgoAI1sKADBbCgB2WwoAfVsKAMlbCgDRWwoATOsOAC1cCgBvXAoAdlwKAMJcCgDKXAoAFV0KACJdCgBoXQoAbV0KALtdCgDFXQoADl4KABZeCgBhXgoAel4KALReCgDAXgoAB18KAA9fCgCf6w4AZl8KAK1fCgCwXwoAAGAKAAVgCgBTYAoAZGAKAKZgCgDBYAoA+WAKAAVhCgBMYQoAU2EKAJ9hCgC7YQoA8mEKAPphCgDy6w4ASmIKAJhiCgCiYgoA62IKAPNiCgA+YwoATmMKAJFjCgCWYwoA5GMKAO1jCgA3ZAoARGQKAIpkCgCRZAoARewOAOZkCgAwZQoAPWUKAINlCgCSZQoA1mUKAOBlCgApZgoAN2YKAHxmCgCBZgoAz2YKANxmCgAiZwoAKmcKAJjsDgCBZwoAyGcKANVnCgAbaAoAHmgKAG5oCgB8aAoAwWgKAMZoCgAUaQoAIWkKAGdpCgBvaQoA6+wOAMJpCgANagoAE2oKAGBqCgAUagoA3MMKAGxqCgCzagoA0GoKAAZrCgAPawoAWWsKAGdrCgCsawoAsmsKAP9rCgALbAoAUmwKAFlsCgA+7Q4Aq2wKAPhsCgAGbQoAS20KAGZtCgCebQoAqm0KAPFtCgD3bQoAke0OAGduCgCXbgoApm4KAOpuCgDvbgoAPW8KAEpvCgCQbwoAnW8KAONvCgDvbwoANnAKAEVwCgCJcAoAk3AKANxwCgDqcAoAL3EKADRxCgCCcQoAj3EKANVxCgDxcQoAKHIKADByCgDk7Q4Ah3IKAM5yCgDrcgoAIXMKACpzCgB0cwoAgnMKAMdzCgDNcwoAGnQKACZ0CgBtdAoAdHQKAMB0CgDIdAoAE3UKACl1CgBmdQoAa3UKALl1CgDAdQoADHYKABV2CgBfdgoAcHYKALJ2CgC+dgoABXcKAA13CgCK7g4AXncKAKt3CgCwdwoA/ncKABl4CgBReAoAX3gKAKR4CgCreAoA93gKAAN5CgBKeQoATXkKAJ15CgCleQoA8HkKAPF5CgBDegoARXoKAJZ6CgClegoA6XoKAAl7CgA8ewoAPnsKAI97CgCmewoA4nsKAO57CgA1fAoAPXwKAN3uDgCJfAoA23wKAOd8CgAufQoAPX0KAIF9CgCJfQoAMO8OANZ9CgAnfgoANX4KAHp+CgCLfgoAg+8OANR+CgDW7w4AKH8KAHzwDgB9fwoAxn8KANJ/CgAZgAoAL4AKAGyACgB4gAoAv4AKANKACgASgQoAIIEKAGWBCgBvgQoAz/AOAMCBCgAi8Q4AIYIKAF6CCgBqggoAsYIKAL6CCgAEgwoADoMKAFeDCgBZgwoAqoMKALSDCgD9gwoAC4QKAFCECgBVhAoAo4QKALCECgD2hAoA/oQKAEmFCgBZhQoAnIUKAJ6FCgDvhQoA+IUKAEKGCgBThgoAlYYKAJ+GCgB18Q4A9IYKADuHCgBShwoAjocKAKmHCgDI8Q4A+ocKADSICgA6iAoAh4gKAJGICgAb8g4A3IgKAC2JCgA+iQoAgIkKAIiJCgDTiQoAnIkKAA6xCgDfiQoAJooKACyKCgB5igoAf4oKAMyKCgDRigoAH4sKACWLCgBu8g4AjosKAMWLCgDNiwoAZ/MOACaMCgBrjAoAfIwKAL6MCgDPjAoAEY0KAB2NCgBkjQoAa40KALrzDgDIjQoACo4KABuOCgBdjgoAaY4KALCOCgC3jgoADfQOAAWPCgBWjwoAV48KAKmPCgCxjwoA/I8KAAGQCgBPkAoAWJAKAKKQCgCskAoA9ZAKAP2QCgBIkQoATZEKAJuRCgCrkQoA7pEKAPaRCgBBkgoAV5IKAJSSCgCgkgoA55IKAP2SCgA6kwoAP5MKAI2TCgCTkwoA4JMKAPSTCgBg9A4ASZQKAIaUCgCUlAoA2ZQKAOaUCgAslQoALpUKAH+VCgCJlQoA0pUKAN6VCgAllgoALJYKAHiWCgCAlgoAy5YKAOSWCgAelwoAMpcKAHGXCgB5lwoAxJcKAMaXCgAXmAoAJJgKAGqYCgBvmAoAvZgKAMeYCgAQmQoAG5kKAGOZCgBvmQoAtpkKALyZCgAJmgoAEZoKAFyaCgBdmgoAr5oKALWaCgACmwoAB5sKAFWbCgBkmwoAqJsKALSbCgD7mwoA/psKAE6cCgBRnAoAs/QOAKacCgD0nAoAEJ0KAAb1DgBnnQoAmp0KAKKdCgBZ9Q4A850KAECeCgBMngoArPUOAJmeCgDmngoA8p4KAPH3DgA6nwoAyqIKAEmfCgCMnwoAjp8KAN+fCgDpnwoAMqAKADSgCgCFoAoAlqAKANigCgDgoAoAK6EKADehCgB+oQoAhKEKANGhCgDXoQoAJKIKACmiCgB3ogoAfaIKAET4DgDMogoAHaMKACOjCgBwowoAc6MKAMOjCgDPowoAFqQKAB6kCgA9+Q4Ab6QKALykCgDCpAoAD6UKABSlCgBipQoAaKUKAJD5DgC3pQoACKYKABGmCgBbpgoAcqYKAK6mCgC5pgoAAacKAAunCgBUpwoAXKcKAIn6DgC0pwoA+qcKAAKoCgBNqAoAV6gKAKCoCgCrqAoA86gKAPmoCgBGqQoAUqkKAJmpCgCbqQoA7KkKAPOpCgA/qgoAR6oKAJKqCgCkqgoA3PoOACCrCgA4qwoAQKsKAIurCgCuqwoA1fsOAOCrCgAxrAoAPqwKAISsCgCLrAoA16wKAOisCgAqrQoANq0KAH2tCgCErQoA0K0KANGtCgCPzgoA2K0KACj8DgA2rgoAdq4KAIWuCgDJrgoA1a4KAByvCgAdrwoAb68KAHmvCgDCrwoA0K8KABWwCgAasAoAaLAKAHWwCgB7/A4Aw7AKAM78DgAWsQoAIf0OAGOxCgC0sQoAbbEKALv8CwC3sQoAXJMLAMGxCgAHsgoAFbIKAFqyCgBpsgoArbIKAM2yCgAAswoADLMKAFOzCgBaswoAprMKAK6zCgD5swoA+7MKAEy0CgBWtAoAGv4OAKm0CgDytAoA+rQKAG3+DgBPtQoAmLUKAKC1CgDA/g4AJ7YKAD62CgBGtgoAkbYKAK+2CgAT/w4A8rYKADe3CgA+twoAXOYLAEe3CgCKtwoAmrcKAN23CgDptwoAMLgKADa4CgCDuAoAn7gKANa4CgDeuAoAZv8OAD25CgB8uQoAhrkKAM+5CgDbuQoAIroKACq6CgC5/w4AgLoKAMi6CgDKugoAG7sKACG7CgBuuwoAdrsKAAwADwDDuwoAFLwKABe8CgBnvAoAb7wKALq8CgDKvAoADb0KAA+9CgBgvQoAbr0KALO9CgDEvQoAXwAPAA2+CgCyAA8AX74KAKy+CgCxvgoA/74KAAW/CgAFAQ8AX78KAKW/CgCvvwoA+L8KAPq/CgBLwAoAXsAKAJ7ACgCmwAoA8cAKAP3ACgBEwQoASsEKAJfBCgCdwQoA6sEKAO/BCgA9wgoAQ8IKAP4BDwCZwgoA48IKAPDCCgA2wwoAPcMKAInDCgCRwwoAUQIPAOjDCgAvxAoAOcQKAILECgCOxAoA1cQKAOTECgAoxQoAMsUKAHvFCgCHxQoAzsUKANXFCgCkAg8AJMYKAFWNDAAnxgoAdMYKADDGCgDM1gsAgMYKAMfGCgDPxgoA9wIPACbHCgBtxwoAd8cKAMDHCgDMxwoAE8gKACLICgBmyAoAcMgKALnICgDFyAoADMkKABPJCgBKAw8AbckKALLJCgB/yQoAj8cLAMnJCgAFygoAEsoKAFjKCgBaygoAq8oKALzKCgD+ygoAGssKAFHLCgBZywoAnQMPAL3LCgD3ywoAC8wKAErMCgBSzAoAncwKAKDMCgDwzAoA/swKAEPNCgBazQoAls0KAKPNCgDpzQoA680KADzOCgBNzgoA8AMPAJXOCgDizgoA584KADXPCgBLzwoAiM8KAJbPCgDbzwoA3s8KAC7QCgA60AoAgdAKAIfQCgDU0AoA4NAKACfRCgBQ0QoAetEKAIbRCgDN0QoA3NEKACDSCgAq0goAc9IKAIHSCgDG0goAy9IKABnTCgAm0woAQwQPAG7TCgC/0woAzdMKABLUCgAf1AoAZdQKAHfUCgCWBA8Ax9QKAAvVCgAX1QoAXtUKAHfVCgCx1QoAs9UKAATWCgAT1goAV9YKAHfWCgCq1goAstYKAP3WCgAg1woAUNcKAGbXCgCj1woAqNcKAPbXCgD51woASdgKAFPYCgCc2AoApNgKAO/YCgD12AoAQtkKAE7ZCgCV2QoApNkKAOjZCgD02QoAO9oKAEjaCgCO2goAmNoKAOHaCgDp2goANNsKAEPbCgCH2woAidsKANrbCgDr2woALdwKAD7cCgCA3AoAiNwKANPcCgDk3AoAJt0KACjdCgB53QoAfN0KAMzdCgDW3QoAH94KAEPeCgBy3goAjt4KAOkEDwDL3goAGN8KAB3fCgBr3woAet8KAL7fCgDK3woAEeAKABTgCgBk4AoAZ+AKALfgCgC/4AoACuEKABnhCgBd4QoAYuEKALDhCgDG4QoAA+IKAATiCgBW4goAZ+IKAKniCgC14goA/OIKAAbjCgBP4woAW+MKAKLjCgCp4woAPAUPAPnjCgBI5AoAVuQKAJvkCgCl5AoA7uQKAPnkCgBB5QoASeUKAJTlCgCg5QoA5+UKAPrlCgA65goASOYKAI3mCgCX5goA4OYKAOjmCgAz5woAQucKAIbnCgCL5woA2ecKAODnCgAs6AoAOOgKAI8FDwCL6AoA0ugKANXoCgAl6QoAKOkKAHjpCgCS6QoAy+kKANfpCgAe6goAMeoKAHHqCgB/6goAxOoKAM7qCgAX6woAOusKAOIFDwB06woAvesKAMnrCgAQ7AoAF+wKAGPsCgBr7AoAtuwKALrsCgAJ7QoAF+0KAFztCgBm7QoAr+0KALrtCgAC7goACu4KAFXuCgBk7goAqO4KAK3uCgD77goAAu8KAE7vCgBa7woAoe8KAKnvCgA1Bg8ACvAKAKRqDAAN8AoAR/AKAFHwCgCa8AoApvAKAO3wCgDw8AoAQPEKAErxCgCT8QoAlvEKAObxCgD28QoAOfIKADvyCgCM8goAmvIKAN/yCgDw8goAiAYPADnzCgDbBg8AjvMKANjzCgCP8woAMFcMAKXzCgCQuwsA8fMKACv0CgA19AoAfvQKAIr0CgDR9AoA1PQKACT1CgAu9QoALgcPAHz1CgDK9QoA6vUKAB32CgAl9goAgQcPAH72CgDD9goA2fYKABb3CgAi9woAafcKAHD3CgC89woAxPcKAA/4CgAU+AoAYvgKAGv4CgC1+AoAv/gKAAj5CgAQ+QoAW/kKAGn5CgCu+QoAu/kKAAH6CgAJ+goA1AcPAGT6CgCn+goAr/oKACcIDwAB+woATfsKAFn7CgCg+woAp/sKAPP7CgD7+woARvwKAFD8CgCZ/AoAp/wKAOz8CgAC/QoAP/0KAEv9CgCS/QoAl/0KAOX9CgDu/QoAOP4KAEL+CgCL/goAk/4KAN7+CgDj/goAMf8KAEH/CgCE/woAjP8KAHoIDwDh/woAKgALAC0ACwA0gQsAMgALAM0IDwCLAAsA0AALAOYACwAjAQsALwELAHYBCwB9AQsAyQELANEBCwAcAgsAIQILAG8CCwB4AgsAwgILAMwCCwAVAwsAHQMLAGgDCwBqAwsAwQ4LAHYDCwC7AwsAyAMLAA4ECwAWBAsAIAkPAG0ECwC0BAsAtwQLAAcFCwARBQsAcwkPAGgFCwCtBQsAwwULAAAGCwAMBgsAUwYLAFoGCwCmBgsArgYLAPkGCwD+BgsATAcLAFUHCwCfBwsAqQcLAPIHCwD6BwsARQgLAEcICwCYCAsAqAgLAOsICwD1CAsAPgkLAEoJCwCRCQsAlwkLABkKDwDyCQsANwoLAE0KCwCKCgsAlgoLAN0KCwDiCgsAMAsLADkLCwCDCwsAjQsLANYLCwDeCwsAKQwLAEsMCwBsCg8AiwwLAM8MCwDbDAsAIg0LACMNCwB1DQsAfw0LAMgNCwDWDQsAGw4LACAOCwBuDgsAew4LAL8KDwDRDgsAFA8LAB4PCwBnDwsAcw8LALoPCwDADwsADRALABUQCwC4Cw8AZRALALMQCwC7EAsABhELABIRCwDAGgsAHxELAFkRCwBlEQsArBELALQRCwALDA8ADBILAFISCwBaEgsApRILALMSCwD4EgsABRMLAEsTCwBOEwsAnhMLAKgTCwDxEwsA8xMLAEQUCwBRFAsAlxQLAKYUCwDqFAsA9hQLAD0VCwBFFQsAXgwPAKAVCwDjFQsA6xULADYWCwBCFgsAiRYLAI8WCwDcFgsA4hYLAC8XCwA0FwsAghcLAIgXCwCxDA8A4hcLACgYCwAtGAsAexgLAIUYCwDOGAsA1hgLACEZCwAtGQsAdBkLAIcZCwDHGQsA1RkLABoaCwAdGgsAbRoLAHcaCwAEDQ8A0xoLABMbCwAhGwsAZhsLAGkbCwC5GwsAwxsLAFcNDwARHAsAXxwLABocCwAzOgsAZxwLALIcCwC+HAsABR0LAAsdCwBYHQsAGB0LAO43CwBeHQsAqx0LALAdCwD+HQsABB4LAKoNDwBXHgsApB4LAKkeCwD3HgsA/R4LAP0NDwBYHwsAnR8LALgfCwDwHwsA/B8LAEMgCwBKIAsAUA4PAJ8gCwDpIAsA9iALADwhCwBIIQsAjyELAKIhCwDiIQsA4yELADUiCwBBIgsAiCILAJciCwDbIgsA5SILAC4jCwA6IwsAgSMLAIgjCwCjDg8A2iMLACckCwAtJAsAeiQLAH8kCwDNJAsA0yQLAEkPDwApJQsAcyULAIAlCwDGJQsAyiULABkmCwAbJgsAbCYLAHkmCwC/JgsAySYLAJwPDwAZJwsAZScLAG0nCwC4JwsAxCcLAAsoCwAeKAsAXigLAG0oCwCxKAsAvSgLAAQpCwAFKQsAVykLAGEpCwCqKQsAuCkLAP0pCwACKgsAUCoLAF0qCwDvDw8AryoLAPYqCwD8KgsASSsLAE8rCwCcKwsAoSsLAO8rCwD1KwsAQhAPAEcsCwCVLAsAnywLAOgQDwDwLAsAOy0LAEgtCwCOLQsAky0LAOEtCwDrLQsANC4LADwuCwCHLgsAky4LANouCwDtLgsALS8LAC4vCwCALwsAjC8LANMvCwDiLwsAJjALADAwCwB5MAsAgTALAMwwCwDOMAsAOxEPACgxCwByMQsAgTELAMUxCwDUMQsAGDILACQyCwBrMgsAbjILAL4yCwDBMgsAjhEPABMzCwBkMwsAZzMLALczCwC/MwsACjQLABc0CwBdNAsAYjQLALA0CwC6NAsAAzULAAs1CwBWNQsAYjULAKk1CwC8NQsA/DULAP01CwBPNgsAWzYLAKI2CwCxNgsA9TYLAP82CwBINwsAVDcLAJs3CwCiNwsA4REPAP03CwBBOAsATTgLAJQ4CwCVOAsA5zgLAPE4CwA6OQsASDkLAI05CwCSOQsA4DkLAO05CwA0Eg8ARDoLAIcSDwCTOgsA2ToLAOc6CwAsOwsAPTsLAH87CwChOwsA2hIPANc7CwAlPAsA2DsLAFFxCwAtPAsAeDwLAHk8CwCvQAsAezwLAKhBCwB9PAsAtj8LAH48CwD0QgsAfzwLAL0+CwCHPAsAyzwLAJE8CwDfRQsA0DwLAB49CwArPQsAcT0LAH49CwDEPQsA0D0LABc+CwAmPgsAaj4LAHQ+CwAtEw8Ayz4LABA/CwASPwsAYz8LAHQ/CwCAEw8Atz8LAAlACwAVQAsAXEALAGlACwDTEw8AvUALAAJBCwAPQQsAVUELAGxBCwAmFA8AsUELAEBECwCyQQsA+0ELAP1BCwBOQgsAVEILAKFCCwCrQgsAeRQPAABDCwBHQwsASUMLAJpDCwCpQwsA7UMLAPhDCwDMFA8AT0QLAJNECwCiRAsA5kQLAPJECwA5RQsARUULAIxFCwCTRQsAHxUPAOtFCwAyRgsAOkYLAHIVDwCeRgsA2EYLAOlGCwArRwsAN0cLAMUVDwCFRwsA0UcLANlHCwAkSAsAJUgLAHdICwB9SAsAykgLAM9ICwAdSQsAHkkLAHBJCwB8SQsAw0kLAMlJCwAWSgsAIEoLAGlKCwB3SgsAmU8LAH1KCwC8SgsAxEoLABgWDwAfSwsAYksLAGpLCwC1SwsAvksLAAhMCwDCSwsAoE4LABVMCwBbTAsAYkwLAK5MCwC6TAsAAU0LABFNCwBUTQsAYk0LAKdNCwC0TQsA+k0LAAZOCwBNTgsAVE4LAGsWDwCpTgsA804LAARPCwBGTwsAV08LAL4WDwClTwsA7E8LAO9PCwA/UAsAR1ALAJJQCwCXUAsA5VALAPVQCwA4UQsAQFELAItRCwCUUQsA3lELAJhRCwB2VAsA61ELADFSCwA4UgsAhFILAJBSCwDXUgsA51ILACpTCwA4UwsAfVMLAIpTCwDQUwsA3FMLACNUCwAqVAsAERcPAH9UCwDJVAsA2lQLABxVCwAtVQsAZBcPAHRVCwDCVQsAz1ULABVWCwAhVgsAaFYLAHJWCwC7VgsAz1YLAA5XCwAPVwsAYVcLAG1XCwC0VwsA01cLAAdYCwAPWAsAWlgLAF9YCwCtWAsAxlgLAABZCwApWQsAU1kLAF9ZCwCmWQsAtVkLAPlZCwADWgsATFoLAFRaCwCfWgsAqloLAPJaCwD0WgsARVsLAEhbCwCYWwsAoFsLAOtbCwD4WwsAPlwLAENcCwCRXAsAmVwLAORcCwDmXAsAN10LAEFdCwCKXQsAlF0LAN1dCwDjXQsAMF4LAD5eCwCDXgsAnF4LANZeCwDfXgsAKV8LADNfCwB8XwsAiF8LALcXDwDbXwsAImALACxgCwB1YAsAgGALAMhgCwDNYAsAG2ELACJhCwBuYQsAdmELAMFhCwDrYQsAChgPABtiCwBnYgsAb2ILALpiCwDkYgsADWMLABJjCwBgYwsAYWMLALNjCwC9YwsABmQLABRkCwBZZAsAXmQLAKxkCwC5ZAsA/2QLABtlCwBSZQsAbmULAF0YDwCyZQsA+GULAPxlCwBLZgsAUWYLAJ5mCwCgZgsA8WYLAPJmCwBEZwsAZ2cLAJdnCwC7ZwsA6mcLABRoCwA9aAsARWgLAJBoCwCVaAsA42gLAPBoCwA2aQsAPmkLAIlpCwCLaQsA3GkLAORpCwAvagsAWWoLAIJqCwCPagsA1WoLANpqCwAoawsANWsLAHtrCwCHawsAzmsLAPhrCwAhbAsAKWwLAHRsCwCPbAsAx2wLAMlsCwAabQsAK20LAG1tCwB2bQsAwG0LAMxtCwCwGA8AIG4LAGZuCwCBbgsAuW4LAL5uCwAMbwsALG8LAF9vCwBrbwsAsm8LALpvCwADGQ8AE3ALAFhwCwBicAsAq3ALALZwCwD+cAsABnELAKkZDwBacQsApHELAK5xCwD3cQsAAnILAEpyCwBecgsAnXILALJyCwDwcgsA+HILAENzCwBacwsAlnMLAJtzCwDpcwsA83MLADx0CwBEdAsA/BkPAJF0CwDidAsA83QLADV1CwA4dQsAiHULAJR1CwBPGg8A6XULAC52CwA/dgsAohoPAIR2CwDUdgsA13YLACd3CwAzdwsAencLAIB3CwDNdwsA13cLAPUaDwAteAsAc3gLAIp4CwDGeAsAzngLAEgbDwAheQsAmxsPAIN5CwC/eQsAxXkLABJ6CwAeegsAZXoLAHx6CwC4egsAunoLAAt7CwAVewsAXnsLAGp7CwCxewsAvXsLAAR8CwAKfAsAV3wLAF18CwCqfAsAr3wLAP18CwADfQsA7hsPAFN9CwDbFA0AW30LAKN9CwCkfQsA9n0LAAB+CwBJfgsAeX4LAEEcDwCffgsA734LAPl+CwCUHA8AS38LAJV/CwCrfwsA6H8LAP5/CwA7gAsAPYALAI6ACwCUgAsA4YALAPWACwA6HQ8APIELAIeBCwBQgQsANGUPAJeBCwDagQsAoIELAKCaDADcgQsALYILADuCCwCAggsAkYILAI0dDwDaggsA4B0PAC+DCwC4cwwAMoMLAHmDCwB8gwsAzIMLANWDCwAfhAsAMIQLAHKECwB8hAsAxYQLAM2ECwAYhQsA4YQLAFFqDAAbhQsAa4ULAHSFCwC+hQsA1IULABGGCwAnhgsAZIYLAGaGCwC3hgsAvYYLAAqHCwAehwsAMx4PAIiHCwCwhwsA24cLAIYeDwAJiAsAajcMAA+ICwCiiQsAEIgLAAk5DAASiAsAEDgMABOICwBWiAsAWIgLAKmICwC3iAsA/IgLAA2JCwDZHg8AV4kLACwfDwCoiQsA9YkLAPuJCwBIigsATYoLAJuKCwChigsAfx8PAPqKCwBBiwsASYsLACUgDwCgiwsA54sLAPGLCwA6jAsAQ4wLAI2MCwCOjAsA4IwLAOiMCwAzjQsAOI0LAIaNCwCWjQsAyyAPAOWNCwAsjgsALo4LAH+OCwCFjgsA0o4LANmOCwAljwsAKo8LAHiPCwB8jwsAy48LANiPCwAekAsAJpALAHGQCwB2kAsAxJALANSQCwAeIQ8AKJELAGqRCwB2kQsAvZELAMyRCwAQkgsAGpILAGOSCwBxkgsAtpILAMOSCwAJkwsAIJMLAHEhDwBfkwsAFyIPALKTCwAClAsAtpMLABYuDwAKlAsAVZQLAICUCwColAsA05QLAPuUCwAmlQsAaiIPAFeVCwChlQsAopULAPSVCwADlgsAR5YLAAqWCwDmlwsAWJYLAJqWCwCclgsA7ZYLAPCWCwBAlwsAQ5cLAJOXCwCblwsAYyMPAOuXCwA5mAsAQJgLAIyYCwCVmAsA35gLAPCYCwAymQsAPpkLAIWZCwCNmQsAtiMPAN6ZCwArmgsAMpoLAH6aCwCDmgsA0ZoLANWaCwAkmwsAMZsLAHebCwCGmwsAypsLANubCwAdnAsAH5wLAHCcCwBznAsAw5wLAMacCwAWnQsAHp0LAAkkDwBunQsA3LwLAHSdCwCAIQ0AdZ0LALydCwC/nQsAD54LABmeCwBcJA8Aa54LALWeCwDEngsACJ8LABefCwBbnwsAZ58LAK6fCwCxnwsAAaALAASgCwCvJA8AV6ALAKegCwDSoAsAAiUPAAKhCwBVJQ8AVaELAKglDwCooQsA+yUPAPihCwBGogsAU6ILAJmiCwCcogsA7KILAPGiCwA/owsAUKMLAJKjCwCeowsATiYPAOqjCwA4pAsASaQLAIukCwCXpAsA3qQLAPikCwAxpQsANaULACOnCwA4pQsAaKkLADulCwC0qgsAPaULAByoCwA/pQsAKqYLAEKlCwCEpQsAiaULANelCwDupQsAoSYPADemCwB9pgsAjaYLANCmCwDVpgsA9CYPACWnCwB2pwsAfKcLAMmnCwDWpwsARycPACKoCwBvqAsAdagLAMKoCwDHqAsAFakLABupCwCaJw8AdKkLALupCwDUqQsADqoLABeqCwBhqgsAeKoLAO0nDwC6qgsAB6sLAAmrCwBaqwsAaasLAK2rCwC5qwsAQCgPAAmsCwBTrAsAYawLAKasCwCwrAsA+awLAAWtCwBMrQsAT60LAJ+tCwC7rQsA8q0LAPqtCwCTKA8AUa4LAJiuCwCbrgsA664LAPWuCwCMKQ8AR68LAJGvCwCfrwsA5K8LAO6vCwA3sAsAQ7ALAIqwCwCSsAsAMioPAN+wCwAwsQsAPrELAIOxCwCUsQsAhSoPAN2xCwDYKg8ALrILAHyyCwCEsgsAz7ILANWyCwAiswsAK7MLAHWzCwCCswsAfisPAM2zCwAbtAsA1LMLALq1CwAktAsAbrQLAHi0CwDBtAsAybQLABS1CwBUtQsAZ7ULAG+1CwDRKw8AwLULAA22CwATtgsAYLYLAGi2CwCztgsA87YLAAa3CwAOtwsAJCwPAGG3CwB3LA8A7rcLAP+3CwBBuAsAyiwPAGC4CwCluAsAtrgLAPi4CwAEuQsAS7kLAE65CwAdLQ8ArrkLAPG5CwDzuQsARLoLAFK6CwCXugsAqLoLAHAtDwAGuwsAPbsLAEW7CwDDLQ8AnrsLAOO7CwDkuwsAaS4PAEK8CwCJvAsAkLwLALwuDwDjvAsAL70LADS9CwAPLw8Air0LAGIvDwDdvQsAKL4LABi+CwDOsA0AKb4LAM4RDAArvgsAwBMMADG+CwB7vgsAMr4LAIIQDAA4vgsAxxIMAIi+CwDOvgsA2b4LACG/CwAjvwsAdL8LAIG/CwDHvwsAzr8LABrACwArwAsAbcALAHnACwDAwAsAx8ALABPBCwAbwQsAtS8PAGzBCwC5wQsAv8ELAAzCCwARwgsAX8ILAGXCCwAIMA8AvsILAAXDCwAPwwsAWMMLAFzDCwCrwwsAt8MLAP7DCwAKxAsAUcQLAF7ECwCkxAsArMQLAPfECwABxQsASsULAFbFCwCdxQsAoMULAPDFCwD6xQsArjAPAEXGCwCWxgsAmcYLAOnGCwDsxgsAVDEPAETHCwCnMQ8AnccLAOLHCwDjxwsA+jEPAD3ICwBNMg8AjcgLANvICwDiyAsALskLADPJCwCgMg8AickLAPMyDwDcyQsAJ8oLADHKCwB6ygsAhcoLAM3KCwDbygsAIMsLACPLCwBzywsAe8sLAMbLCwDQywsAGcwLACXMCwBszAsAb8wLAL/MCwDJzAsARjMPACDNCwBlzQsAe80LALjNCwDEzQsAC84LABLOCwBezgsAZs4LALHOCwC2zgsABM8LAA3PCwBXzwsAYc8LAKrPCwCyzwsA/c8LAP/PCwBQ0AsAYNALAKPQCwCt0AsA9tALAALRCwBJ0QsAT9ELAJzRCwCk0QsA7DMPAP3RCwBC0gsAQ9ILAD80DwCa0gsAkjQPAOrSCwA70wsAPNMLAI7TCwCR0wsA4dMLAOzTCwA01AsAOdQLAIfUCwCR1AsA5TQPAP7UCwAt1QsANdULADg1DwCC1QsA09ULAOTVCwAm1gsAN9YLAHnWCwB81gsAizUPANLWCwAf1wsAJNcLAHLXCwB11wsAxdcLAMjXCwAY2AsAINgLAN41DwB52AsAvtgLAMHYCwAR2QsAHNkLAGTZCwBw2QsAt9kLAL7ZCwAK2gsAEtoLAF3aCwBr2gsAsNoLAL3aCwAD2wsAC9sLADE2DwBi2wsAqdsLAKzbCwD82wsABtwLAE/cCwBX3AsAhDYPAK7cCwD13AsA+9wLAEjdCwBS3QsAm90LAK/dCwDu3QsA9t0LANc2DwBO3gsAlN4LAJzeCwDn3gsA6t4LADrfCwBG3wsAjd8LAJffCwDg3wsA6d8LADPgCwA04AsAhuALAJ7gCwDZ4AsA2+ALACzhCwA94QsAf+ELAJDhCwDS4QsA2uELACXiCwA04gsAeOILAHriCwDL4gsA3OILAB7jCwAv4wsAceMLAIrjCwDE4wsAxuMLABfkCwAm5AsAauQLAIrkCwB9Nw8AAuULABDlCwBV5QsA0DcPAGXlCwC25QsA1uULAAnmCwAd5gsAIzgPAGTmCwCv5gsAvOYLAALnCwAH5wsAVecLAF/nCwCo5wsAsOcLAPvnCwAB6AsATugLAFfoCwCh6AsArugLAHY4DwAA6QsAR+kLAE3pCwCa6QsAoOkLAO3pCwD26QsAQOoLAEHqCwCT6gsAneoLAObqCwDy6gsAOesLAEDrCwDJOA8AlOsLABw5DwDn6wsAbzkPADrsCwDCOQ8AkewLANjsCwDo7AsAK+0LADDtCwB+7QsAhO0LANHtCwDd7QsAJO4LACzuCwAVOg8AiO4LAMruCwDb7gsAHe8LAC/vCwBw7wsAeO8LAMPvCwDO7wsAFvALABvwCwBp8AsAbvALALzwCwDc8AsAaDoPAB/xCwBi8QsAbPELALXxCwDB8QsACPILAA7yCwBb8gsAY/ILAK7yCwCw8gsAAfMLALryCwCE+AsAEvMLAFTzCwBl8wsAp/MLALnzCwD68wsAAvQLAE30CwBY9AsAoPQLAKX0CwDz9AsA+PQLAEb1CwBm9QsAuzoPAJv1CwDs9QsA+/ULAD/2CwBK9gsAkvYLAKT2CwDl9gsA7fYLADj3CwBD9wsAi/cLAJD3CwDe9wsA4/cLADH4CwBR+AsADjsPAIb4CwDX+AsA5vgLACr5CwA1+QsAffkLAI/5CwDQ+QsA2PkLACP6CwAu+gsAdvoLAHv6CwDJ+gsAzvoLABz7CwA8+wsAYTsPAHz7CwDC+wsA2fsLALQ7DwAi/AsAaPwLAH/8CwAHPA8AyPwLAA79CwAV/QsAYf0LAG/9CwC0/QsAwf0LAAf+CwAe/gsAWjwPAGL+CwCtPA8Ar/4LAAD/CwAO/wsAU/8LAGT/CwAAPQ8As/8LAPn/CwAQAAwAUz0PAFYADACfAAwAqwAMAPIADAD1AAwARQEMAE8BDACmPQ8AtAEMAPk9DwDzAQwATD4PAEYCDACRAgwAkgIMACIGDACUAgwAMAQMAJgCDADxDAwAmwIMAOQCDACgAgwAFAgMAKECDAAbBwwA6QIMAEsMDADwAgwANwMMADoDDACKAwwAlAMMAJ8+DwDlAwwA8j4PADkEDACDBAwAUAQMAP8KDACRBAwA1gQMAOAEDAApBQwANQUMAHwFDAB/BQwAzwUMANcFDABFPw8AJAYMAHUGDAB4BgwAyAYMAMsGDACYPw8AHQcMAG4HDAB8BwwAwQcMANIHDAA+QA8AFggMAGcIDAB0CAwAuggMAMkIDAANCQwAGQkMAGAJDABxCQwAswkMAMQJDAAGCgwAEgoMAFkKDABgCgwArAoMALQKDADkQA8ADQsMAFILDABTCwwAN0EPALELDAD4CwwA/wsMAIpBDwBSDAwAngwMAKMMDAAwQg8A+gwMAEQNDABKDQwAlw0MAJkNDADqDQwA9A0MAD0ODABLDgwAkA4MAJUODADjDgwA8A4MADYPDABODwwAiQ8MAJ8PDADcDwwA3w8MAC8QDAA3EAwA1kIPAI4QDADVEAwA2BAMACgRDAAyEQwAKUMPAIMRDAB8Qw8A0BEMACESDAAkEgwAdBIMAHcSDADPQw8AyRIMABoTDAAoEwwAbRMMAH4TDAB1RA8AyRMMABMUDAAhFAwAZhQMACwUDAAKeQ0AcBQMALkUDADFFAwADBUMAA8VDABfFQwAZxUMABtFDwDMFQwAbkUPAB8WDABYFgwAchYMAMFFDwCwFgwA4hoMALkWDACIGwwAuxYMAP4WDAAAFwwAURcMAF8XDACkFwwAtRcMABRGDwD+FwwAZ0YPAFAYDACdGAwAoxgMAPAYDAD1GAwAQxkMAEkZDAC6Rg8AnBkMAOkZDADuGQwAPBoMAFIaDACPGgwAlxoMAGBHDwACGwwANRsMAD0bDACzRw8AnxsMANsbDADoGwwALhwMADMcDACBHAwAhxwMANQcDADgHAwAJx0MAC4dDAB6HQwAgh0MAM0dDADwHQwAWUgPACkeDABzHgwAgB4MAMYeDADVHgwAGR8MABsfDABsHwwAdR8MAL8fDADWHwwAEiAMAB0gDABlIAwAbyAMALggDADAIAwArEgPABEhDABeIQwAZCEMALEhDAC2IQwABCIMAAoiDAD/SA8AeSIMAKoiDACyIgwApUkPAAYjDABQIwwAUSMMAKMjDACrIwwA9iMMAAEkDABJJAwATiQMAJwkDAChJAwA7yQMAA8lDAD4SQ8ASCUMAJUlDACcJQwA6CUMAO0lDAA7JgwAPyYMAI4mDACbJgwA4SYMAOkmDAA0JwwAPycMAIcnDACMJwwA2icMAN8nDAAtKAwATSgMAEtKDwCPKAwA0ygMAN4oDAAmKQwALikMAHkpDAB8KQwAzCkMAIMpDAC3LAwA2CkMAB8qDAApKgwAcioMAHsqDADFKgwAxioMABgrDAAgKwwAaysMAHYrDAC+KwwAwysMABEsDAAWLAwAZCwMAIQsDACeSg8AwywMAAotDAAMLQwAXS0MAGMtDACwLQwAty0MAAMuDAAILgwAVi4MAFouDACpLgwAti4MAPwuDAAELwwATy8MAFovDACiLwwApy8MAPUvDAD6LwwASDAMAGgwDADxSg8AozAMAERLDwD4MAwAQTEMAEoxDACUMQwAmjEMAOcxDADzMQwAOjIMAFgyDACNMgwAjjIMAOAyDADiMgwAMzMMAEAzDACGMwwAlDMMANkzDADoMwwALDQMAEg0DAB/NAwAhzQMAOpLDwDlNAwAJTUMACY1DAB4NQwAhDUMAMs1DADaNQwAHjYMACg2DABxNgwAfTYMAMQ2DADLNgwAPUwPAB83DACQTA8AczcMAL03DADKNwwA40wPABU4DABjOAwAcDgMALY4DADAOAwANk0PAAs5DABcOQwAcjkMAK85DAC7OQwAiU0PAAo6DADMIg0AIDoMAFU6DABzOgwAqDoMALA6DAD7OgwAyjoMABxHDQD8OgwAmjwMAP46DADmPQwABzsMAG9HDQALOwwATjsMAFA7DAChOwwArzsMAPQ7DAAFPAwA3E0PAE88DAAvTg8AnDwMAO08DADwPAwAQD0MAEM9DACCTg8Amz0MANVODwDwPQwAE2cMAAY+DAA5PgwARz4MAIw+DACNPgwAKE8PAOc+DAB7Tw8AQz8MAIU/DACHPwwA2D8MANk/DAArQAwALkAMAH5ADACKQAwA0UAMANhADAAkQQwAQEEMAHdBDAB/QQwAIVAPANdBDAAdQgwALUIMAHBCDAB1QgwAw0IMAPNCDAB0UA8AHEMMAMdQDwBxQwwAvEMMAL1DDADQTAwAwkMMANPHDQDGQwwAD0QMAMhDDABGSAwAzEMMAKdGDADaQwwADlAMABREDABewA0AGkQMAIG7DQAbRAwAYkQMAGVEDAC1RAwAv0QMABpRDwAQRQwAW0UMAGFFDACuRQwAt0UMAAFGDAAORgwAVEYMAHBGDABtUQ8AqUYMAPpGDACsRgwAZMsNAAhHDABNRwwAXkcMAMBRDwCmRwwA80cMAP9HDAATUg8ATEgMAJlIDACfSAwA7EgMAPFIDAA/SQwARUkMAAxTDwCZSQwABVQPAOpJDAA4SgwAQEoMAItKDACXSgwA3koMAPFKDAAxSwwAPUsMAIRLDACTSwwA10sMAOBLDAAqTAwANEwMAH1MDACJTAwAq1QPAOFMDAAjTQwAL00MAHZNDAB4TQwAyU0MAMxNDAAcTgwAKE4MAG9ODAB3TgwA/lQPAM5ODAAVTwwAJU8MAGhPDAB0TwwAu08MAMFPDABRVQ8AMFAMAGFQDABpUAwAtFAMANxQDAAHUQwAElEMAFpRDABmUQwArVEMAL5RDAAAUgwAAVIMAKRVDwBZUgwAplIMALNSDAD3VQ8ABlMMAExTDABjUwwAn1MMAM9TDADyUwwA+lMMAEVUDABPVAwAmFQMAKRUDADrVAwA7lQMAD5VDABIVQwASlYPAJlVDADkVQwA6lUMADdWDABAVgwAilYMAJdWDADdVgwA+VYMAJ1WDwAyVwwAg1cMADdXDAB7ZAwAkFcMANZXDADdVwwAKVgMACtYDAB8WAwAglgMAM9YDADWWAwAIlkMADpZDAB1WQwAelkMAMhZDACBWQwAbloMANFZDAAbWgwAJVoMAPBWDwB0WgwAwVoMAMdaDAAUWwwAGVsMAGdbDABtWwwAQ1cPALtbDAANXAwAHlwMAGBcDABsXAwAs1wMAL1cDAAGXQwAEl0MAFldDABgXQwAllcPAK5dDAD/XQwAt10MABDXDQACXgwAUl4MAHJeDAClXgwArV4MAOlXDwAJXwwAS18MAFJfDACeXwwApl8MAPFfDAD0XwwAkGEMAAFgDABEYAwARmAMAJdgDAClYAwA6mAMAPtgDAA8WA8ARGEMAI9YDwCZYQwA42EMAPJhDAA2YgwARWIMAIliDACVYgwA3GIMAN9iDAAvYwwAMmMMAIJjDACSYwwA1WMMAN5jDAAoZAwAOWQMAOJYDwCAZAwAzmQMANdkDAAhZQwAK2UMAHRlDAB8ZQwAx2UMAOVlDAAaZgwAOGYMAG1mDACLZgwAwGYMAN5mDAA1WQ8AGmcMAGZnDABrZwwAuWcMAHJnDACyaAwAwmcMAAxoDAAWaAwAX2gMAHtoDACIWQ8AuGgMAAVpDAALaQwAWGkMAHRpDADbWQ8A02kMAIFaDwAmagwA1FoPAFlqDADNWw8AumoMAPdqDAD5agwASmsMAFBrDACdawwAsWsMAPBrDAD4awwAQ2wMAGtsDAAgXA8An2wMAOlsDAD2bAwAPG0MAEptDACPbQwAmW0MAOJtDAD8bQwANW4MAEJuDACIbgwAlG4MANtuDADlbgwALm8MADZvDABzXA8AiG8MANRvDADcbwwAxlwPAABwDAC/XQ8AM3AMAHpwDACBcAwAzXAMANVwDAAZXQ8AInEMAHNxDACEcQwAxnEMAM5xDAAZcgwAI3IMAGxyDAB4cgwAv3IMAMJyDAAScwwAHHMMABJeDwCBcwwAZV4PAMVzDAALdAwAE3QMAF50DABhdAwA/XUMAG50DACxdAwAs3QMAAR1DAASdQwAV3UMAGh1DAC4Xg8AsXUMAAtfDwAGdgwAUHYMAF92DACjdgwAsnYMAPZ2DAACdwwASXcMAEx3DACcdwwAn3cMAO93DAD/dwwAQngMAEt4DACVeAwApngMAF5fDwD0eAwAO3kMAEN5DACxXw8AkHkMAOF5DACaeQwAh3oMAOR5DAA0egwAPHoMAARgDwCNegwA2noMAOZ6DAAtewwANXsMAFdgDwCMewwA03sMANZ7DAAmfAwAMHwMAKpgDwB+fAwAzHwMAOJ8DAAffQwAIH0MAHJ9DACDfQwAxX0MANF9DAAYfgwAIn4MAGt+DAB3fgwA/WAPAMp+DAARfwwAFH8MAGR/DABufwwAo2EPALp/DAAKgAwADYAMAF2ADABpgAwAsIAMALaADAADgQwADYEMAPZhDwBbgQwAqYEMALaBDAD8gQwA/4EMAE+CDABrggwAooIMAKqCDABJYg8A/YIMAJxiDwBQgwwA72IPAJ6DDADugwwAsoMMAPNADQAOhAwAQYQMAFWEDABCYw8AoYQMAJVjDwDohAwAOoUMAECFDACNhQwAmYUMAOCFDADvhQwAM4YMADWGDACGhgwAkIYMANmGDADlhgwALIcMADOHDADoYw8Ai4cMADtkDwDahwwAjmQPAGqIDAB4iAwAvYgMAMuIDAAQiQwAHokMAGOJDABxiQwAtokMAMSJDAAJigwAF4oMAFyKDADhZA8AbIoMAL2KDADLigwAEIsMACGLDACHZQ8AaYsMALaLDADCiwwA2mUPAA+MDABcjAwAYowMAK+MDAC0jAwAAo0MAAiNDACAZg8AWI0MAKiNDAC0jQwA+40MAAGODABOjgwAWI4MACZnDwCmjgwA9I4MAAGPDABHjwwASo8MAJqPDACvjwwA7Y8MAPWPDAB5Zw8ASJAMAJOQDACfkAwA5pAMAOyQDAA5kQwAP5EMAIyRDACRkQwA35EMAOWRDABraQ8AQZIMAIWSDACUkgwA2JIMAOGSDAArkwwAMZMMAH6TDACEkwwA0ZMMAN2TDAAklAwAK5QMAHeUDAB/lAwAEWoPANGUDAAdlQwAK5UMAHCVDAB9lQwAw5UMANqVDAAWlgwAMpYMAGmWDABxlgwAZGoPAM+WDAAPlwwAEZcMAGKXDAB4lwwAtZcMALaXDAAImAwAGZgMAFuYDABnmAwAt2oPAMqYDAAKaw8AA5kMAFSZDABqmQwAp5kMAKiZDAD6mQwAC5oMAE2aDABZmgwAXWsPAKWaDADzmgwA+ZoMAEabDABmmwwAmZsMAKWbDADsmwwA85sMALBrDwBLnAwAMZ4MAE+cDACSnAwAlJwMAOWcDADznAwAOJ0MAEmdDAADbA8AkZ0MAN6dDADqnQwAVmwPADeeDACEngwAip4MANeeDADcngwAKp8MADCfDABPbQ8AkZ8MANCfDADRnwwAI6AMAC+gDAB2oAwAkqAMAMmgDADRoAwAm24PACihDABvoQwAi6EMAMKhDADKoQwAQW8PACGiDABoogwAbqIMALuiDADBogwADqMMACajDABhowwAa6MMALSjDADAowwAB6QMAAqkDABapAwAZKQMAK2kDADFpAwAAKUMABClDABTpQwAVaUMAKalDAC0pQwA+aUMAAqmDACUbw8AUqYMAJ+mDACrpgwA528PAPqmDACNcA8AUacMAJinDACbpwwA66cMAPWnDADgcA8AQKgMAJGoDACfqAwA5KgMAPWoDACGcQ8APqkMANlxDwCSqQwALHIPAOWpDAAlcw8AMqoMAIOqDACQqgwA1qoMAOWqDAApqwwAL6sMAHyrDACIqwwAz6sMANGrDAAirAwALKwMAHWsDACDrAwAyKwMAM2sDAAbrQwAKK0MAG6tDAB6rQwAwa0MANStDAAUrgwAI64MAGeuDABzrgwAuq4MALuuDAANrwwAF68MAGCvDABurwwAs68MALivDAAGsAwAE7AMAHhzDwBjsAwArLAMALqwDAD/sAwAArEMAFKxDABisQwApbEMALOxDAD4sQwABLIMAEuyDABSsgwAnrIMAKWyDADxsgwA/bIMAESzDABFswwAl7MMAKOzDADqswwA97MMAD20DABEtAwAkLQMAJy0DADjtAwA8LQMADa1DABFtQwAibUMAJ21DADctQwA6LUMAC+2DABCtgwAgrYMAJG2DADVtgwA4bYMACi3DAAptwwAe7cMAIW3DADOtwwA3LcMACG4DAAmuAwAdLgMAIG4DADLcw8AyLgMABq5DAAruQwAbbkMAHu5DADAuQwAz7kMABO6DAAVugwAZroMAHC6DAC5ugwAx7oMAAy7DAARuwwAX7sMAGy7DACyuwwAwbsMAAW8DAAKvAwAWLwMAGW8DACrvAwAtbwMAP68DAAKvQwAUb0MAGS9DACkvQwArr0MAPe9DAADvgwASr4MAF2+DACdvgwArL4MAPC+DAD8vgwAQ78MAES/DACWvwwAoL8MAOm/DAD3vwwAPMAMAEHADACPwAwAnMAMAB50DwDnwAwANcEMAELBDACIwQwAksEMANvBDADhwQwALsIMADDCDACBwgwAjsIMANTCDADXwgwAJ8MMADXDDAB6wwwAhsMMAM3DDADawwwAIMQMACrEDABzxAwAgsQMAMbEDADLxAwAGcUMACbFDABsxQwAecUMAL/FDADLxQwAEsYMACHGDABlxgwAb8YMALjGDADGxgwAC8cMABDHDABexwwAa8cMALHHDAC9xwwABMgMABfIDABXyAwAZsgMAKrIDAC2yAwA/cgMAP7IDABQyQwAWskMAKPJDACxyQwA9skMAPvJDABJygwAVsoMAHF0DwCvygwA78oMAP7KDABCywwATssMAJXLDACWywwA6MsMAPLLDAA7zAwAScwMAI7MDACTzAwA4cwMAO7MDADEdA8AR80MAIfNDACWzQwA2s0MAObNDAAtzgwALs4MAIDODACKzgwA084MAOHODAAmzwwAK88MAHnPDACGzwwAF3UPAM7PDAAf0AwALdAMAHLQDAB/0AwAxdAMANHQDAAY0QwAHtEMAGvRDAB80QwAvtEMAMDRDAAR0gwAGtIMAGTSDABx0gwAt9IMAMbSDAAK0wwAFdMMAF3TDABp0wwAsNMMAMPTDAAD1AwAEtQMAFbUDABi1AwAqdQMAKrUDAD81AwABtUMAE/VDABd1QwAotUMAKfVDAD11QwAAtYMAGp1DwBV1gwAm9YMAKnWDADu1gwA+NYMAEHXDABP1wwAlNcMAJbXDADn1wwA+NcMADrYDABI2AwAjdgMALzYDADg2AwA4tgMADPZDAA92QwAhtkMAJTZDADZ2QwA3tkMACzaDAA52gwAf9oMAIvaDADS2gwA5doMACXbDAA02wwAeNsMAITbDADL2wwAzNsMAB7cDAAo3AwAcdwMAH/cDADE3AwAydwMABfdDAAk3QwAvXUPAGzdDAC93QwAv90MABDeDAAf3gwAY94MAHLeDAC23gwAwt4MAAnfDAAM3wwAXN8MAF/fDACv3wwAtd8MAALgDAAO4AwAVeAMAFjgDACo4AwAreAMAPvgDAAE4QwATuEMAFThDACh4QwAsOEMAPThDAAA4gwAR+IMAFfiDACa4gwAnOIMAO3iDAD74gwAQOMMAFHjDAAQdg8AmeMMAObjDADy4wwAY3YPAEzkDACM5AwAm+QMAN/kDADr5AwAMuUMADPlDACF5QwAj+UMANjlDADm5QwAK+YMADDmDAB+5gwAi+YMALZ2DwDd5gwAJOcMAC7nDAB35wwAoOcMAMrnDADR5wwAHegMADboDABw6AwAf+gMAMPoDADS6AwAFukMABvpDABp6QwAdukMALzpDADJ6QwAD+oMABvqDABi6gwAceoMALXqDAC/6gwACOsMABbrDABb6wwAYOsMAK7rDAC76wwAAewMAA3sDABU7AwAZ+wMAKfsDAC27AwA+uwMAAbtDABN7QwATu0MAKDtDACq7QwA8+0MAAHuDABG7gwAS+4MAJnuDACm7gwACXcPAP3uDAA/7wwAUO8MAJLvDACe7wwA5e8MAPzvDAA48AwAOvAMAIvwDACc8AwA3vAMAOHwDAAx8QwAO/EMAITxDACG8QwA1/EMAOHxDAAq8gwANvIMAH3yDACJ8gwA0PIMAOPyDAAj8wwAMvMMAHbzDACC8wwAyfMMAMrzDAAc9AwAJvQMAG/0DAB99AwAwvQMAMf0DAAV9QwAIvUMAFx3DwBq9QwAu/UMAMX1DAAO9gwAFvYMAK93DwB09gwAtPYMAMD2DAAH9wwAFvcMAFr3DABj9wwArfcMALf3DAAA+AwADvgMAFP4DABY+AwApvgMALP4DAD5+AwABfkMAEz5DABf+QwAn/kMAK75DADy+QwA/vkMAEX6DABG+gwAmPoMAKL6DADr+gwA+foMAD77DABD+wwAkfsMAJ77DAACeA8A5vsMADf8DABB/AwAivwMAJL8DABVeA8A4vwMADD9DABG/QwAg/0MAIT9DADW/QwA5/0MACn+DAA1/gwAfP4MAIb+DADP/gwA3f4MACL/DAAn/wwAdf8MAIL/DADI/wwA1P8MABsADQAuAA0AbgANAH0ADQDBAA0AzQANABQBDQAVAQ0AZwENAHEBDQC6AQ0AyAENAA0CDQASAg0AYAINAG0CDQCoeA8AtQINAAYDDQAQAw0AWQMNAGEDDQD7eA8AwgMNAP8DDQALBA0AUgQNAFcEDQClBA0ArgQNAPgEDQACBQ0ASwUNAFcFDQCeBQ0AsQUNAPEFDQAABg0ARAYNAFAGDQCXBg0AmAYNAOoGDQD0Bg0APQcNAEsHDQCQBw0AlQcNAOMHDQDwBw0ATnkPADgIDQCJCA0AkwgNANwIDQDkCA0AoXkPADwJDQCCCQ0AkQkNANUJDQDgCQ0AKAoNADQKDQB7Cg0AigoNAM4KDQDuCg0AIQsNAC0LDQB0Cw0AewsNAMcLDQDVCw0AGgwNAB8MDQBtDA0AeQwNAMAMDQDTDA0AEw0NACINDQBmDQ0Acg0NALkNDQC6DQ0ADA4NABYODQBfDg0AbQ4NALIODQC3Dg0ABQ8NABIPDQD0eQ8AWg8NAKsPDQC1Dw0A/g8NAAYQDQBHeg8AbhANAKQQDQC1EA0A9xANAAMRDQBKEQ0AXRENAJ0RDQCsEQ0A8BENAPwRDQBDEg0ARBINAJYSDQCgEg0A6RINAPcSDQA8Ew0AQRMNAI8TDQCcEw0AmnoPAOQTDQA1FA0APxQNAIgUDQCQFA0A7XoPAPgUDQAuFQ0APxUNAIEVDQCNFQ0A1BUNAOcVDQAnFg0ANhYNAHoWDQCGFg0AzRYNAM4WDQAgFw0AKhcNAHMXDQCBFw0AxhcNAMsXDQAZGA0AJhgNAEB7DwBuGA0AvxgNAMkYDQASGQ0AGhkNAJN7DwB2GQ0AuBkNAMwZDQALGg0ADxoNAF4aDQBgGg0AsRoNAMUaDQAEGw0ABxsNAFcbDQB0Gw0AqhsNALsbDQD9Gw0ACRwNAFAcDQBjHA0AoxwNALIcDQD2HA0AAh0NAEkdDQBKHQ0AnB0NAKYdDQDvHQ0A/R0NAEIeDQBHHg0AlR4NAKIeDQDmew8A6h4NADsfDQBFHw0Ajh8NAJYfDQA5fA8A4x8NADQgDQBCIA0AhyANAJggDQCMfA8A4SANAN98DwA1IQ0Afn4PAIYhDQDTIQ0A2CENACYiDQAqIg0AeSINAIYiDQDRfg8AzyINAE8oDQDYIg0AHyMNADIjDQByIw0AcyMNAMUjDQDRIw0AGCQNACckDQBrJA0AdSQNAL4kDQDKJA0AESUNABglDQAkfw8AbCUNALclDQC5JQ0AYzENALolDQCUKg0AvSUNAAomDQDDJQ0A2SwNAMQlDQCnkg0AFiYNAF0mDQBsJg0AsCYNALwmDQADJw0AEScNAFYnDQBxJw0AqScNALUnDQD8Jw0AAygNAHd/DwBcKA0AoigNAKQoDQD1KA0A9igNAEgpDQBLKQ0AmykNAKYpDQDuKQ0A8ykNAEEqDQBLKg0Ayn8PAKEqDQDnKg0A6SoNADorDQA7Kw0AjSsNAJArDQDgKw0A6ysNADMsDQA4LA0AhiwNAJAsDQAdgA8A7CwNACwtDQAtLQ0Afy0NAIstDQDSLQ0A4S0NACUuDQAvLg0AeC4NAIQuDQDLLg0A0i4NAHCADwAmLw0AcS8NAHMvDQDELw0A0y8NABcwDQAhMA0AajANAHMwDQC9MA0AvzANABAxDQAhMQ0AFoEPAHIxDQC2MQ0AwDENAAkyDQASMg0AXDINAF4yDQCvMg0AwDINAAIzDQAKMw0AVTMNAHMzDQCoMw0AsDMNAPszDQAHNA0ATjQNAGE0DQChNA0AojQNAPQ0DQAANQ0ARzUNAFY1DQCaNQ0ApDUNAO01DQD5NQ0AQDYNAEc2DQBpgQ8ApDYNAOY2DQD3Ng0AOTcNAEE3DQCMNw0AkzcNAN83DQDtNw0AMjgNAEI4DQCFOA0AlTgNANg4DQD0OA0AvIEPADs5DQB+OQ0AijkNANE5DQDXOQ0AJDoNADI6DQB3Og0AhDoNAMo6DQDhOg0AHTsNACU7DQBwOw0AfjsNAMM7DQDNOw0AFjwNACI8DQBpPA0AfzwNALw8DQC/PA0ADz0NACs9DQAPgg8Acj0NALU9DQC/PQ0ACD4NABA+DQBbPg0Aaj4NAK4+DQCzPg0AAT8NAA4/DQBUPw0AXj8NAKc/DQCpPw0A+j8NAAhADQBNQA0AWkANAKBADQCjQA0AYoIPAP5ADQBGQQ0AUEENAJlBDQChQQ0A7EENAPtBDQA/Qg0AREINAJJCDQCfQg0A5UINAO9CDQA4Qw0AOkMNAItDDQCZQw0A3kMNAOtDDQAxRA0ANEQNALWCDwCHRA0A10QNAONEDQAqRQ0AMUUNAH1FDQCFRQ0A0EUNAOlFDQAjRg0AN0YNAHZGDQCSRg0AyUYNANFGDQBbgw8AJEcNAK6DDwB8Rw0AwkcNAMlHDQAVSA0AHUgNAGhIDQBtSA0Au0gNAMtIDQAOSQ0AFkkNAGFJDQBvSQ0AtEkNAMFJDQAHSg0AFEoNAFpKDQBmSg0ArUoNALNKDQAASw0ACEsNAFNLDQBfSw0ApksNALlLDQD5Sw0ACEwNAExMDQBYTA0An0wNAKBMDQDyTA0A/EwNAEVNDQBTTQ0AmE0NAJ1NDQDrTQ0A+E0NAAGEDwBBTg0AkU4NAJtODQDkTg0A5k4NADdPDQBGTw0Aik8NAKpPDQDdTw0A5U8NADBQDQA6UA0Ag1ANAIlQDQDWUA0A2FANAClRDQA4UQ0AfFENAIhRDQDPUQ0A11ENAFSEDwBAUg0AdVINAJNSDQCnhA8A4VINABtTDQAgUw0AblMNAIlTDQDBUw0AzVMNABRUDQAcVA0A+oQPAHpUDQC6VA0AyVQNAA1VDQAZVQ0AYFUNAGFVDQCzVQ0AvVUNAAZWDQAUVg0AWVYNAF5WDQCsVg0AuVYNAE2FDwADVw0AUlcNAFRXDQClVw0AqFcNAPhXDQAAWA0AS1gNAFVYDQCeWA0AqVgNAPFYDQD9WA0ARFkNAExZDQCghQ8ApVkNAOpZDQDwWQ0APVoNAElaDQCQWg0An1oNAONaDQDtWg0ANlsNAD5bDQCJWw0AmFsNANxbDQDeWw0AL1wNADhcDQCCXA0AhVwNANVcDQDhXA0AKF0NADBdDQDzhQ8Ai10NAM5dDQDWXQ0AIV4NACteDQB0Xg0Af14NAMdeDQDTXg0AGl8NACJfDQBGhg8Acl8NAMBfDQDRXw0AE2ANACRgDQBmYA0Aa2ANALlgDQC9YA0ADGENABphDQBfYQ0AbGENALJhDQDJYQ0ABWINAA1iDQBYYg0AZGINAKtiDQC+Yg0A/mINAA1jDQBRYw0AXWMNAKRjDQClYw0A92MNAAFkDQBKZA0AWGQNAJ1kDQCiZA0A8GQNAP1kDQCZhg8ASWUNAJZlDQCkZQ0A6WUNAPZlDQA8Zg0AU2YNAI9mDQCXZg0A4mYNAO1mDQA1Zw0AN2cNAIhnDQCVZw0A22cNAOJnDQAuaA0AP2gNAIFoDQCPaA0A1GgNAOFoDQAnaQ0APmkNAHppDQCCaQ0AzWkNANJpDQAgag0AMGoNAHNqDQB7ag0AxmoNANBqDQAZaw0AJGsNAGxrDQB4aw0Av2sNAMdrDQA/hw8AK2wNAGVsDQBqbA0AuGwNANNsDQALbQ0AF20NAF5tDQBmbQ0AkocPAMRtDQAEbg0AE24NAFduDQBjbg0Aqm4NAKtuDQD9bg0AB28NAFBvDQBebw0Ao28NAKhvDQD2bw0AA3ANAOWHDwBRcA0AnHANAJ5wDQDvcA0A/HANAEJxDQBHcQ0AlXENAJ9xDQDocQ0A83ENADtyDQBHcg0AjnINAJRyDQDhcg0A6XINADRzDQBAcw0Ah3MNAJpzDQDacw0A6XMNAC10DQA5dA0AgHQNAIF0DQDTdA0A3XQNACZ1DQA0dQ0AeXUNAH51DQDMdQ0A2XUNADiIDwAkdg0AcnYNAIF2DQDFdg0A1HYNABh3DQAhdw0Aa3cNAHF3DQC+dw0AxHcNABF4DQAdeA0AZHgNAGt4DQC3eA0A03gNAIuIDwAUeQ0AXXkNAGl5DQCweQ0As3kNAAN6DQANeg0A3ogPAF56DQAxiQ8AsXoNAISJDwAEew0A14kPAFd7DQCiew0Ao3sNABeDDQCvew0A9XsNALZ7DQB/gA0AuXsNAJOJDQC7ew0AJI0NAPZ7DQBIfA0AXnwNAJt8DQCjfA0A7nwNAPB8DQCGfw0A/HwNAEF9DQBJfQ0AKooPAE59DQCUfQ0Al30NAOd9DQDxfQ0AOn4NADx+DQCNfg0Ann4NAOB+DQDxfg0AM38NADt/DQB9ig8AjX8NANl/DQDgfw0ALIANADSADQDQig8AgYANANKADQDYgA0AJYENADKBDQB4gQ0AgIENAMuBDQDNgQ0AHoINACWCDQBxgg0AeIINAMSCDQDMgg0AI4sPACSDDQBqgw0Aa4MNAL2DDQDTgw0AEIQNABiEDQBjhA0AZYQNAPuGDQBxhA0AtoQNAL6EDQB2iw8Aw4QNAAmFDQAMhQ0AXIUNAGaFDQCvhQ0AsYUNAAKGDQAThg0AVYYNAGaGDQCohg0AsIYNAMmLDwAChw0ATocNAFWHDQChhw0AqYcNAByMDwD+hw0AR4gNAEmIDQCaiA0Aq4gNAO2IDQD+iA0AQIkNAEiJDQBvjA8AmIkNAAiRDQCfiQ0A5okNAPyJDQA5ig0AQYoNAIyKDQCaig0A34oNAOyKDQAyiw0ANYsNAIWLDQCPiw0A2IsNANqLDQArjA0APIwNAH6MDQCPjA0A0YwNANmMDQDCjA8ALY0NAHeNDQCEjQ0Ayo0NANGNDQAdjg0ALo4NAHCODQB8jg0Aw44NAMuODQAVjQ8AI48NAGmPDQBsjw0AvI8NAMaPDQAPkA0AEZANAGKQDQBzkA0AtZANAMaQDQBojQ8AEJENAFuRDQBykQ0ArpENALqRDQABkg0AC5INAFSSDQBckg0Au40PAKiSDQD6kg0AEJMNAE2TDQBVkw0AoJMNAK6TDQDzkw0A+5MNAA6ODwAAlA0ARpQNAEmUDQCZlA0Ao5QNAOyUDQDulA0AP5UNAFCVDQCSlQ0Ao5UNAOWVDQDtlQ0AYY4PAD6WDQCLlg0AkJYNAN6WDQD5lg0AMZcNAD+XDQCElw0Ai5cNANeXDQDjlw0AKpgNADCYDQB9mA0AgJgNANCYDQDamA0AI5kNACmZDQB2mQ0AeJkNAMmZDQDTmQ0AHJoNACiaDQBvmg0AhpoNAMKaDQDWmg0AFZsNADGbDQBomw0AcJsNALSODwC9mw0ADpwNABycDQBhnA0AcpwNAAePDwC7nA0AWo8PABWdDQBanQ0AZJ0NAK2dDQC4nQ0AAJ4NAAieDQBTng0AX54NAKaeDQC5ng0A+Z4NAAifDQBMnw0AWJ8NAJ+fDQCgnw0A8p8NAPyfDQBFoA0AU6ANAJigDQCdoA0A66ANAPigDQAAkA8ARqENAJGhDQCboQ0A5KENAOmhDQA3og0AP6INAIqiDQCQog0A3aINAOmiDQAwow0ANqMNAIOjDQCMow0A1qMNAOOjDQAppA0AMaQNAHykDQB9pA0Az6QNANGkDQAipQ0AJaUNAHWlDQB4pQ0AppAPAN6lDQAbpg0AI6YNAG6mDQB6pg0AwaYNAMemDQAUpw0AGqcNAGenDQBspw0ADagNAJOnDQC6pw0AwqcNAEyRDwATqA0An5EPAHaoDQCzqA0AtagNAAapDQATqQ0AWakNAGCpDQCsqQ0AtKkNAP+pDQAPqg0AUqoNAFSqDQClqg0As6oNAPiqDQAJqw0ARZIPAFKrDQCYkg8ArKsNAPGrDQD7qw0ARKwNAE+sDQCXrA0An6wNAOqsDQD2rA0APa0NAFCtDQCQrQ0Anq0NAOOtDQDtrQ0ANq4NAD6uDQCJrg0AmK4NANyuDQDhrg0AL68NADavDQCCrw0Ajq8NAD6TDwAQsA0AKLANAGOwDQB7sA0Ag7ANAJGTDwD2sA0AIbENAC2xDQB0sQ0AerENAMexDQDNsQ0AGrINAB+yDQBtsg0Ac7INAOSTDwDBsg0AE7MNABmzDQBmsw0Aa7MNALmzDQDIsw0ADLQNABi0DQBftA0AYrQNALK0DQC1tA0ABbUNAA21DQBYtQ0AZ7UNAKu1DQCwtQ0A/rUNABS2DQBRtg0AUrYNAKS2DQC1tg0A97YNAAO3DQBKtw0AVLcNAJ23DQCptw0A8LcNAPe3DQA3lA8AU7gNAJa4DQCiuA0A6bgNAPi4DQA8uQ0AULkNAI+5DQCeuQ0A4rkNAPO5DQA1ug0AQboNAIqUDwCNug0A27oNAN26DQAuuw0AP7sNADCVDwCNuw0A1LsNANq7DQAnvA0AM7wNAHq8DQCCvA0Ag5UPANO8DQAgvQ0ALL0NAHO9DQB7vQ0A1pUPANK9DQAZvg0AHL4NAGy+DQB2vg0AKZYPAMG+DQASvw0AIL8NAGW/DQB2vw0Az5YPAL6/DQALwA0AF8ANACKXDwBmwA0AscANALTADQAEwQ0AEMENAFfBDQBjwQ0AqsENALLBDQDIlw8ACMINAFDCDQBcwg0Ao8INAKvCDQAbmA8A/8INAEnDDQBaww0AnMMNAK3DDQDvww0A98MNAELEDQBFxA0AlcQNAJ/EDQDoxA0A6sQNADvFDQBKxQ0AjsUNAK7FDQDhxQ0A6cUNADTGDQA+xg0Ah8YNAI3GDQDaxg0A3MYNAC3HDQA8xw0AgMcNAIzHDQBumA8A38cNACbIDQBEyA0AecgNAH/IDQDMyA0A1cgNAB/JDQAsyQ0AcskNAHrJDQDFyQ0A28kNABjKDQAayg0Aa8oNAIbKDQC+yg0AysoNABHLDQAeyw0AwZgPAGrLDQC3yw0Av8sNAArMDQAgzA0AXcwNAGLMDQCwzA0AtswNAAPNDQAPzQ0AVs0NAF7NDQAUmQ8Ats0NAPzNDQAMzg0AT84NAFTODQCizg0AqM4NAPXODQALzw0ASM8NAErPDQCbzw0Apc8NAO7PDQD8zw0AQdANAEbQDQCU0A0AodANAGeZDwD20A0AOtENAEPRDQCN0Q0Al9ENAODRDQDu0Q0AM9INADjSDQCG0g0Ak9INANnSDQDh0g0ALNMNADzTDQB/0w0AgdMNANLTDQDg0w0AJdQNADbUDQC6mQ8Af9QNAA2aDwDQ1A0AHtUNACTVDQBx1Q0AedUNAMTVDQDO1Q0AF9YNABnWDQBq1g0AbdYNAL3WDQDd1g0As5oPABzXDQBj1w0AadcNALbXDQDC1w0ACdgNABHYDQAGmw8AaNgNAK/YDQC12A0AAtkNAA7ZDQBV2Q0AXdkNAFmbDwCq2Q0A+9kNAAnaDQBO2g0AX9oNAKybDwCu2g0A9NoNAAvbDQD/mw8AUdsNAJrbDQCm2w0A7dsNAPDbDQBA3A0AStwNAFKcDwCY3A0A5twNAO/cDQA53Q0ASt0NAIzdDQCT3Q0A390NAOfdDQAy3g0AP94NAIXeDQCK3g0A2N4NAOLeDQAr3w0AM98NAH7fDQCN3w0A0d8NANbfDQAk4A0AOuANAHfgDQB44A0AyuANANjgDQAd4Q0ALuENAHDhDQB84Q0Aw+ENAMvhDQD4nA8AGuINAEwBAAAe4g0A5igPACLiDQCBbwwAdeINAMEIAADE4g0Ap+UNAGjkDQDTKQAAsuQNAMUrAAC35Q0AXDoAAFDmDQBHPQAAo+YNAGJFAABI5w0AyFINAEnnDQD6RwAATecNAM5QAwBQ5w0Ar7YGAJ3nDQDPWQAAQ+gNAPhfAACW6A0A92sAADvpDQBzcgAAmukNADR7AADi6Q0Acn4AADPqDQBWggAA3+oNAGqLAACc6w0A0OsNAB3uDQBQygAAEu8NAPzVAABl7w0AEN8AAAvwDQBU7QAAufANAGj2AAAk8Q0Au/YAAFXxDQAO9wAAsvENAOT8AABW8g0Ag/4AAKjyDQBgAwEAZPMNACEMAQCk8w0A9xEBAAr0DQA+9A0ArfQNAOT0DQDs9A0AN/UNAEP1DQAZGQEAkvUNALEbAQBM9g0Ag/YNAIv2DQDW9g0A2PYNANMiAQA19w0AqSgBANf3DQC9MQEAJ/kNAGFKAQDJ+Q0A8k0BAN35DQB0/Q4A5fkNAIL7DgAa+g0A5E8BAHn6DQApUgEAv/oNABRVAQAR+w0ABlcBABL8DQAuaQEAc/wNAKz8DQC0/A0AgWkBAA79DQDGawEAqv4NAGOFAQD5/g0ARP8NAFT/DQC2hQEA9v8NAJqJAQBFAA4AkAAOAKAADgDtiQEAQgEOAFuSAQCBAw4AGRICAIUDDgC4EwIAiQMOAMGnAQCVAw4AqSECACkEDgA5KQ8AKgQOADFZCgAtBA4ArKoBAD0EDgC4gQoAfAQOAKZEDgCQBA4A/6oBAKAEDgBsXQ8AzgQOAFKrAQDRBA4A5AkLAHkFDgAvsAEAzAUOAIKwAQB0Bg4Aq7YBABUHDgDUvAEAuwcOALjAAQAICA4AWAgOAGQIDgBewQEAWQkOAKQJDgCnCQ4AYp4LALAJDgDaxwEADAoOAHLKAQBrCg4AnQoOAPQKDgAFcAsAAAsOAGPYAQAaCw4AXc0BAE8LDgCG0wEA9QsOABDYAQCbDA4AXNkBAP4MDgCv2QEAmA0OAFXaAQDkDQ4ATtsBAOIODgBb5QEAgw8OAJOeCgCGDw4AOOoBAIgPDgBv+wsA5w8OACAQDgB7EA4AxhAOAI8QDgBF9AEAyRAOAB8xCwDQEA4A0jsLANMQDgAMHAsA4RAOACrsAQDnEA4AhjoLAG4RDgBh8AEAlBEOAJ65CwDNEQ4AAPIBAB4SDgD58gEAaRUOACEFAgCxIg4Az18LAFEjDgDdZAoAVyMOAC+pAgCQJA4AS/cOAJUkDgAzJQ4AqSQOAB4oDgCxJA4AL/sOALUkDgC/uAIANSUOAEW1CgA3JQ4AETMLADglDgDTpQYAOiUOABzEBwA9JQ4AErkCAEIlDgBluQIARCUOAFH8AwBnJQ4Al0UEAIQnDgBPyAIAJigOAHEoDgByKA4Axd4KAHsoDgBFpwwAgCgOAJPcDQCQKA4ASG4PAM4oDgAszQIAwCkOAA31AgDDKQ4A81wJAMQpDgA44wIAxikOAE7UAgDHKQ4A0dkCAMkpDgChzQMAyikOABbcAgDLKQ4AtOkCAMwpDgDm1gIAzSkOAGrJAwDTKQ4AAd8CAPgpDgDVrw0A/SwOAAklAwABLQ4A6vkCAAUtDgBhBAsAWi0OAC/8AgCXLw4AVhoDAPgwDgC8LwMAnjEOAHY5AwBKMg4AWj0DAIcyDgCKQgMAejMOAGZTAwDKNA4AvmoDAGo1DgDZcgMAITYOAGI2DgBdNw4AynkEAF43DgAwlgMAZTcOADucBwAEOA4AFJoDAAg4DgDSqgcA/TgOAHqvAwD+OQ4AgLoDAKg6DgC+vQMAWzsOAJI7DgCaOw4A5TsOAPQ7DgAzxQMAlDwOAO2dCgCXPA4AY8oDAOY8DgAxPQ4A+jwOAP/1DgA7PQ4AtsoDAN89DgA50AMAOT4OACvSAwAmPw4A0N4DAChADgD48AMAd0AOALmsDgDeQA4AFUEOAB1BDgBoQQ4AdUEOAFX1CQB5QQ4ANvQDAIBCDgDi/wMAukIOAAsGBABhQw4A9RQEAGZDDgCqPggAZ0MOADtCCABpQw4AJzkIAMlDDgAARA4ACEQOAFNEDgCoRA4AgXYLAK5EDgBS9g4AsEQOAOAXBACyRA4AvJYMAMlEDgA/nAwA5kQOAPKmDAABRQ4AyxoEAHZFDgCfRQ4A/EUOAPsfBACnRg4AcCcEAEFHDgAxMAQAnkcOAJE6BACgRw4AdjIEAJRIDgApPQQAkkkOANxHBADZSQ4AuUwEANtKDgAuVAQAPksOAHVLDgCRSw4AyEsOANdLDgB6VQQAg00OALpNDgDCTQ4ADU4OABxODgCvcQQAaU4OACR5BABbTw4AP4EEAGZPDgA9hAcAr08OAH2EBACqUA4AzpwEALRQDgCzlAQADVIOAERSDgBMUg4Al1IOAJxSDgBJrwQAplIOAC6nBACTVA4AAsUEAItVDgAPzwQARFYOAHtWDgCDVg4AzlYOANRWDgBo2gQAN1cOAPndBADdVw4A+OkEAHxYDgDp9wQAIlkOALH/BADVWQ4ADFoOABRaDgBfWg4AbloOAFYMBQBvWg4AyxMFAIhaDgACGAUAEVsOAMQUBQBgWw4Aq1sOALVbDgAXFQUAwFwOAPdcDgD/XA4ASl0OAFNdDgBNJQUAp10OAD8nBQBfXg4All4OAJ5eDgDpXg4A6l4OAEUyBQDuXg4AyX4FAO9eDgBEPgUA9l4OALo5BQD4Xg4AwiwFAOxfDgBSPAUA5WAOAOlKBQA4YQ4AIE8FAIdhDgAZUAUANWIOADRYBQDpYg4AIGMOAChjDgBzYw4AfWMOAPxfBQDJYw4Ay2YFAIhkDgC/ZA4Ax2QOABJlDgAfZQ4AAmsFACFlDgC8dAUAamUOAOZuBQATZg4AP3oFAHNnDgCqZw4AsmcOAP1nDgAMaA4AMIgFAPtpDgAuoAUAXmoOAJVqDgCxag4A6GoOAPVqDgB6oQUA/WsOADRsDgA8bA4Ah2wOAIpsDgCpsgUAYW0OAE6/BQDWbQ4AK8QFANptDgC9RQoAhm4OAKfKBQDPbg4Ai84FACJwDgAU3wUAd3AOAETkBQBscQ4AGi8IAIBxDgB0LggA03EOAApyDgAScg4AXXIOAGByDgAM7AUAzHIOAANzDgALcw4AVnMOAGVzDgCd7wUAtHMOABn2BQBKdQ4AHg0GAPp1DgAJjAwA/XUOALYPBgD+dQ4AaooMAE12DgCaEwYAVncOAI13DgCVdw4A4HcOAOl3DgABHQYAPXgOAPMeBgDoeA4AwiUGAEV5DgDPLwYA1XkOAD04BgB7eg4AnUIGACF7DgCcTgYAznsOAB9UBgAhfA4AXVcGAHZ8DgCbWgYAf30OALZ9DgC+fQ4ACX4OABh+DgDRagYAZH4OAK9+DgC+fg4Arm8GAGR/DgCEdQYAtX8OAMGEBgC3fw4A634GAL2ADgD0gA4A/IAOAEeBDgC2gQ4A7YEOAPWBDgBAgg4ATYIOAOmWBgCggg4AgZkGAPSCDgASnQYAjoMOADujBgA+hA4AXaoGAOOEDgB3vgYAJ4YOAEzQBgB8hg4AG9cGACKHDgAT5AYAyIcOAGXwBgBviA4Ah/cGANiIDgAPiQ4AF4kOAGKJDgBviQ4AH/oGACSKDgBbig4AY4oOAK6KDgAEiw4AcQYHALaLDgAJCQcAaYwOAKCMDgCojA4A84wOAP2MDgDKEQcAVI0OAGkTBwCojQ4ARhgHAPaNDgB9HAcAro4OAOWODgDtjg4AOI8OAE2QDgCEkA4AjJAOANeQDgCJkQ4AITUHANiRDgAjkg4AJZIOAHQ1BwAlkw4AxU0HACmTDgAERQcAfZMOANpKBwDDkw4AzEwHAHKUDgC3TwcAvpQOAKJSBwBrlQ4A0lcHAMCVDgD7XQcAZpYOAOZgBwC5lg4AOWEHAByXDgBTlw4AW5cOAKaXDgC1lw4A0WMHAFmYDgAqbwcAr5gOAKZ1BwC0mQ4A65kOAPOZDgA+mg4ATZoOALp+BwA6mw4AipsOAKSbDgCkjQcA+ZsOADCcDgA4nA4Ag5wOAJKcDgCIkQcAC50OACeTBwCYnQ4Az50OANedDgAing4AhJ4OALiWBwAnnw4ANJ0HAICfDgBroQcAG6AOAGckCAAeoA4A9aUHAG6gDgDupgcAaqEOAMO4BwC9oQ4AP78HAA2iDgA4wAcAG6MOAFKjDgBaow4ApaMOALGjDgAwzQcAAKQOAEukDgBPpA4AfM4HAK6kDgAb0AcAYKUOAJelDgCfpQ4A6qUOABKmDgBm3QcAQqYOAIjkBwCspg4Ah+IJAOumDgA2pw4AbKcOALjpBwD/pw4AL6gOACupDgAyCAgAKKoOAGgYCAB1qw4AwKsOANysDgDHLggAb60OAFEzCAANrg4AgTgIALGvDgAUyggAs68OAGRICACgsQ4AAlYIAOyxDgAkXQgA87EOADlaCADesw4A8m8IAOC0DgCleggAKLYOAHO2DgCqtg4AGY4IADW3DgBstw4AdLcOAL+3DgDOtw4A4ZUIAG24DgC4uA4A77gOAPydCABmuQ4AjaEIAAO7DgABtQgAArwOANC7CAD7vA4A68MIAF69DgA+xAgApL0OAJHECABAvg4A+M0IADi/DgCW2wgAN8AOAJTzCADvwA4AJsEOAC7BDgB5wQ4Ag8EOAEf+CABBww4AoAkJAGbEDgCQIwkAwMQOABMpCQBfxQ4AgTEJAMDFDgC/NAkAB8cOAHFLCQBhxw4AoscOAKTIDgBbWgkAUcoOAOtpCQDlyg4AyG4JAEDLDgAGcgkA9csOACzMDgA0zA4Af8wOANTMDgB0egkA580OAB7ODgAmzg4Acc4OAJnODgAZhwkAIM8OAEKNCQByzw4Avc8OAMvPDgDojQkAFtAOAC2QCQDD0A4ACpUJAArRDgDumAkAC9IOAKiiCQAO0g4ATqMJAFvTDgDzrwkAptMOAD+xCQAB1A4AfbQJAE/UDgAVtwkAvtQOAO3UDgCv1Q4ADcQJAA7WDgBgxAkAOtcOAIXXDgC31w4AgssJALzXDgDcygkAg9kOAGbPCQDa2Q4ApNIJACraDgDw0wkAI9sOABnaCQBu2w4A/d0JAC7cDgBi3A4AJN0OAFvdDgBj3Q4Art0OALvdDgDL8AkADt4OALbzCQC03g4AQPgJAGzfDgCg3w4ABeAOADfuDgAS4A4ARuAOAPjgDgA4BQoA+uAOAPMCCgCk4Q4A5eEOAEbiDgBMDgoA7uIOAKUZCgBG5A4AfeQOAIXkDgDQ5A4AQeUOAKMxCgAf5g4AzDcKACznDgCGQQoAy+cOAKFJCgB96A4AtOgOALzoDgAH6Q4AdukOAK3pDgC16Q4AAOoOAKnqDgCl9g4AruoOAPnqDgCw6g4AfZ8MAMLqDgC9Ig8AA+sOANdZCgCl6w4AWl8KAJntDgBEbgoAi+4OAFh3CgCP7w4AzX4KAKfvDgCCvQsA3u8OACnwDgBH8A4AIH8KANDxDgCraQwAI/IOAP5pDACK8g4AwfIOAMnyDgAU8w4Ah/MOABiMCgAV9A4ApMsKALT1DgAqNw8AwfYOAHpbDwDR9g4A+PYOAHf3DgCe9w4AYPgOAJf4DgCf+A4A6vgOAEn5DgBppAoArPkOAOP5DgDr+Q4ANvoOAJX6DgBKGAwA8voOAGzTCgA0/A4AI64KAJX8DgC7sAoAfP0OAMf9DgAi/g4ACIMPAHX/DgB1ugoAf/8OACm5CgBrAA8ABr4KACEBDwBYAQ8AYAEPAKsBDwD+Ag8AGscKAEQFDwD14woAlAYPADLzCgCLBw8AcPYKANAIDwAArAsA0wgPACaDCwDXCA8AfQALAN0IDwBSuAsAewkPAMYJDwDQCQ8AWgULANsKDwASCw8AGgsPAGULDwANDA8A/xELAGMMDwCQFQsAWA4PAJYgCwCrDg8A9g4PAAIPDwDUIwsAqA8PABInCwBKEA8AlRAPAKwQDwBCLAsAdBUPAIVGCwAdFg8AD0sLAGYYDwClZQsAFRkPAFYZDwAJGg8A23ULAAwaDwCPdAsAAxsPACB4CwCcHA8A5xwPAOocDwBCfwsAmR0PANOCCwCOHg8AA4gLALEeDwDMZw8A9R4PAE+JCwCCHw8A0h8PAHsgDwCUiwsAgiAPANmNCwAjIg8Ar5MLACUiDwAV/AsAxSIPABAjDwC7JA8AVKALAAUmDwBFrgsACiYPAPOhCwBFKQ8A0jQMAGEpDwAuWg8AlCkPAN8pDwDiKQ8APq8LAEIqDwDdsAsAkSoPANaxCwDgKg8AKysPADUrDwApsgsAoC0PAOq6CwArLg8AiqkMAGouDwA2vAsAwS8PAGbBCwAQMA8AWzAPAHQwDwCywgsAsTAPAAExDwB4MQ8APMcLAB4yDwA1yAsAxDIPAIHJCwBOMw8AmTMPAKMzDwASzQsAQDQPACdwDABHNQ8AgNULAC83DwBB3gsAFzoPAHfuCwAhOg8AmfULAL08DwCt/gsADj0PAKb/CwBbPQ8ATAAMAKk9DwCYAQwAoj4PAN0DDACgPw8A6z8PAEZADwCRQA8AOEEPAKULDACSQQ8A3UEPADhCDwCDQg8ALEMPAHsRDADXQw8AIkQPAH1EDwDIRA8AyUUPAKsWDAAgRg8A9xcMAMJGDwANRw8AHUcPAJYZDADWRw8ABkgPALhIDwALIQwAI0kPAFJJDwBZTA8AFzcMAPhNDwBHPAwAnk4PAJM9DABETw8A3z4MANpPDwAyPwwA91APAGlDDAAdUQ8ACEUMAHVRDwB/cg8AyVEPAKBHDADMUQ8AkkkMABZSDwBmUg8AglIPALlSDwAPUw8AX1MPAHtTDwCyUw8ADVQPAFhUDwBiVA8A5UkMALNUDwDdlA8ABFUPAMJODAAFVg8A+VIMAE1WDwCRVQwApVYPANJyDwCrVw8A3akMAEhYDwA9YQwA3VsPAOEfDQAjXQ8AgHsMABVeDwBlcwwAxF4PAKp1DAC1Xw8AjnkMAAVhDwBQYQ8AWmEPAL5+DAAEYg8AVoEMAJBlDwBjiwwA9mUPAC1mDwCcZg8A02YPADRnDwChjgwA92cPAB9oDwBKaA8AcmgPAJ1oDwDFaA8A8GgPABhpDwBzaQ8AvmkPAMNpDwAykgwAumoPAK6YDAAMbA8Ai50MAFlsDwCpbA8A1GwPAPxsDwBSbQ8Aom0PAM1tDwD1bQ8Aum4PAO5uDwBgbw8AFaIMAJ1vDwBMpgwABnAPADpwDwDocA8AM3EPAENxDwA+qAwAknEPADepDADucQ8APqENABl2DwCT4wwAb3YPADnkDABkdw8AaPUMAAp4DwDk+wwAsHgPALMCDQBWeQ8ANggNAPx5DwBYDw0AonoPAOITDQBIew8AbBgNAO57DwDoHg0AmHwPANogDQD5fA8AMn0PADp9DwCFfQ8AeIAPAMOADwDhgA8AHi8NAAmEDwA+Tg0AcoQPACJSDQAGhQ8AZ1QNAFWFDwD/Vg0Ap4UPAJdZDQD4hQ8Ae10NAFaGDwBtXw0AtYYPAOyGDwBBhw8AEmwNAJ6HDwCxbQ0A+ocPAElwDQBAiA8AH3YNAPqIDwBWeg0AI40PABaPDQDEjg8Au5sNABOPDwC0nA0AYo8PAK2PDwCxjw8AB50NAAiQDwBTkA8ArpAPAPmQDwCnkQ8A8pEPAFGSDwBLqw0AoJIPAOuSDwDvkg8AnqsNABSUDwDAsg0A9JQPAIi6DQCFlQ8AzbwNAOCVDwDGvQ0AMZYPAHyWDwCMlg8Av74NANiWDwC4vw0AJZcPAHWXDwDSlw8A/cENACuYDwD2wg0AIpkPAKnNDQDGmQ8AeNQNABWaDwBgmg8AcJoPAMvUDQAKmw8AXNgNAGmbDwCo2Q0AupsPAKHaDQAHnA8AR9sNAFWcDwClnA8A","fail":"AAAAAAAAAACbhAAAdaYBAMXRAADNRwYAax4CAJX1BgDs6AEAIcYKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAAAAAADs6AEA5LYKAPnIBwDtkAAA8Q0AAOzoAQBFYgoAmGIKAOtiCgA+YwoAlwACAAGZDABq6woAdZgDAAAAAADNRwYAax4CAGseAgBSvwoA/gkCAFEKAgBpnQsA3LwLACGrAgB0qwIAShIBAPPSBABAkAwAUr8KAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAA7OgBACHGCgCUVAcAax4CAH8nAgAN5wQAB84GAAAAAADNRwYA7OgBAGGxCgAYvQMAnQsCAKBjCAD//QEAm4QAAFcVAgDd/AwAMP0MADiQAgDvJQAA7OgBAIjWCQDb1gkAAUcAAI29BADtkAAAQJEAAEyZAgC9pggAEKcIAOzoAQDktgoA+cgHAO2QAADxDQAA7OgBAEViCgCYYgoA62IKAD5jCgCF8woA2PMKAFMAAABTAAAAbdUIAGseAgABRwAA7OgBAIXzCgDkogEAAAAAAO2QAACdCwIA8Q0AANQdAACrFwAAlfUGAOj1BgCIwgAA28IAAC7DAAD70wIAFtwCAGncAgBcTgkApBgAALSxCgBckwsATAEAAJ8BAADyAQAARQIAAJgCAACF8woA2PMKAFMAAABTAAAAeIIBAHv2AwDtkAAAIq0AAGseAgC+HgIAfdAFAOzoAQAhxgoAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAADnTQgAOk4IAAAAAAC9iwAALXUBAGseAgB/JwIA8Q0AAOzoAQB4ggEAe/YDAM72AwBTAAAA7YkBAECKAQCTigEA5ooBADmLAQCMiwEA34sBAAAAAAD70wIADfUCAOSiAQA3owEAiqMBAJUzCgC6aQoADWoKAEViCgCYYgoA62IKAD5jCgCXAAIA29YJAGMrAgAJVQgAXFUIAK9VCACV9QYA7OgBAM1HBgDDXggA7OgBAGmdCwCAIQ0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAKBjCAADjwoAhfMKANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAOdNCAA6TggAAAAAAL2LAADtkAAA8Q0AAARoAgBeiQkAlfUGAOzoAQCF8woAqS8AAPwvAABPMAAAojAAAAI6DAD//QEAm4QAAHWmAQDUHQAAlfUGAOzoAQAhxgoAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAP4JAgBRCgIA//0BAFL+AQCl/gEA+P4BAEViCgCYYgoAURgAAKQYAAC0sQoAXJMLAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAFgJAgB1pgEA7OgBAGGxCgAIPwEAWz8BAEyZAgAtdQEAlfUGAOeEDABhsQoAtLEKAFyTCwBMAQAAnwEAAPIBAABFAgAAAjoMAP/9AQCbhAAAdaYBANQdAACV9QYA7OgBACHGCgCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEARWIKAJhiCgBRGAAApBgAALSxCgBckwsATAEAAJ8BAADyAQAARQIAAJgCAADF0QAAWAkCAHWmAQDs6AEAYbEKAAg/AQBbPwEATJkCAC11AQCV9QYA54QMAJuEAAB1pgEAcC4DAPvTAgAN9QIAqS8AAPwvAABPMAAAojAAAAI6DADxDQAA1B0AACceAAB6HgAAzR4AACAfAAACOgwA7yUAAInYBwBrHgIAiHwKAARoAgACOgwAShIBAPX/BgDxDQAA5KIBACdxAABseQsAcj8JABl5CwDm1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAYbEKALSxCgBckwsATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAer0BAPENAAAEaAIA7OgBAP/9AQAwqgwAIcYKAKqmBQCF8woAMFcMAI29BADgvQQAgHUBAAAAAAAirQAAIq0AAO2QAADxDQAA5KIBAOzoAQDktgoA54QMAKsXAAA6HgMA7ZAAAJX1BgDs6AEAP+kBAJDCCgBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQAAAAAAqxcAANA/AgBI8ggA/hcAAMXRAACrFwAA7OgBAOS2CgDo9QYAat0MAL3dDAD//QEAm4QAAHWmAQDUHQAAAAAAAGseAgCdCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAJX1BgDnhAwAqxcAADoeAwDtkAAAlfUGAJ0LAgDtkAAAQJEAAJrjAABsuAIA//0BAJuEAAAHzgYAnQsCAJX1BgD//QEAnQsCAO2QAABAkQAAmuMAAGy4AgC9iwAA//0BAHiCAQB79gMAIq0AAOzoAQDQPwIAI0ACAHZAAgDs6AEA500IADpOCAABRwAAjb0EAOC9BADtkAAATJkCAJ+ZAgDymQIA7OgBAJUzCgC6aQoADWoKAEViCgCYYgoA62IKAD5jCgAhxgoAlFQHAOdUBwDLggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAPTvCgBTAAAAUwAAAG3VCABrHgIAAUcAAF6JCQCV9QYAnQsCAJuEAACIwgAA28IAAC7DAACdCwIAShIBAJ0SAQCb6wkAAAAAAHiCAQB79gMA7ZAAAKsXAAABRwAA7OgBAOS2CgD5yAcA7ZAAAPENAADs6AEARWIKAJhiCgDrYgoAPmMKAIXzCgDY8woAUwAAAFMAAABt1QgAax4CAAFHAADs6AEAIcYKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAACYcAgAirQAA8LgBABeRCwDs6AEA500IADpOCAAAAAAAvYsAAO2QAADxDQAABGgCAF6JCQCV9QYA7OgBAP/9AQBSvwoA7OgBAIXzCgDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAvlwFACKtAAB8ngIAqC0CAL5cBQDNRwYAw14IAOzoAQBhsQoAeIIBAL2LAACY9AEALXUBAIB1AQDs6AEAm4QAAIjCAADbwgAAXdQAACHGCgCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAOdNCAA6TggAAAAAAL2LAAAtdQEAax4CAH8nAgAAAAAAax4CAPIcCADDXggAmPQBAFMAAACmAAAA+QAAAOzoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAKrCAQD9wgEA2MoEAHyeAgDPngIAIp8CABRiCwBnYgsAumILAMXRAAAtdQEAE0UFAFRHAAB39QoA3XIIAAFHAADs6AEAIcYKAECQDABSvwoA7OgBAGGxCgC0sQoAXJMLAEwBAACfAQAA8gEAAEUCAACYAgAA2MoEACvLBAB+ywQA7yUAAInYBwCY9AEAvYsAAGseAgB/JwIAax4CAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAhfMKANQdAACrFwAAAUcAAOzoAQAhxgoAiMIAANvCAAAuwwAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEARWIKAJhiCgBRGAAApBgAALSxCgBckwsATAEAAJ8BAADyAQAARQIAAJgCAACVMwoAumkKAA1qCgCF8woA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAAAGqgEAWaoBAKyqAQBPFAQAIcYKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAGMrAgAJVQgAXFUIAK9VCAACVggAVVYIAKhWCAAhxgoAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAF6JCQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQBKEgEA9f8GAJfkBQCgYwgAm4QAAECQDAA6HgMAdZgDAEoSAQDs6AEAAAAAACKtAADwuAEAHKEMAG+hDACrFwAAYysCALYrAgAJLAIAkAgBAPvTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAABqoBAFmqAQCsqgEAAAAAAM1HBgDDXggAmPQBAOv0AQDxDQAA1B0AAJfkBQAeugUAcboFAJuDDAATRQUAOiUCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAoc0DAPTNAwBHzgMAms4DAO3OAwBAzwMAk88DAObPAwA50AMAn7QKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAgHUBACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIAIcYKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAJ0LAgBrHgIAfycCANInAgCTNg0A8Q0AANQdAACV9QYA7OgBAAI6DADMIg0AeIIBAMuCAQAegwEAcYMBAMSDAQAXhAEAxdEAAFgJAgB1pgEA7OgBAOdNCAA6TggAjU4IAOBOCAAzTwgAhk8IAOzoAQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQAhxgoAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEA9f8GAJfkBQCgYwgAm4QAAECQDAA6HgMAdZgDAAFHAACdCwIAm4QAAJRUBwDnVAcAy4IBAMXRAADtkAAAlfUGAOzoAQACOgwAax4CAPIcCAD//QEAm4QAAP/9AQB4ggEAYj0NAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAbLgCAO6EAABBhQAAlIUAAOeFAAA6hgAA2YABACyBAQB/gQEA0oEBACWCAQDnhAwAQJEAAJrjAABsuAIA9NsBACKtAADtkAAAUwAAAAFHAAC+XAUAzUcGAOzoAQAgHgwAAAAAAAAAAAAAAAAATxQEAOdNCAA6TggADecEAHWmAQBEDgAAw14IAPvTAgAUCQAAvYsAAPENAADUHQAAJx4AAKsXAABjKwIAtisCAAksAgDIbgkAG28JAG5vCQBhsQoAtLEKAFyTCwBMAQAAnwEAAPIBAABFAgAAmAIAAEViCgCYYgoA62IKAD5jCgAhxgoAlFQHAOdUBwDLggEAxdEAAO2QAACV9QYAqxcAAP4XAABRGAAAIcYKAMzWCwBBhQAAlIUAAOeFAAA6hgAAjYYAAGmdCwDcvAsA1RcLAGmdCwCAIQ0ALXUBAHWYAwDImAMATJkCAKBjCAB39QoA8Q0AAARoAgDF0QAALXUBABNFBQBURwAA7OgBAOdNCAC+HgIA//0BAP/9AQAtdQEAE0UFAEoSAQAAAAAA7OgBAD/pAQCS6QEA5ekBADjqAQDs6AEAYbEKAHiCAQBiPQ0Am4QAAHWmAQDUHQAA2MoEAKBjCAADjwoAl+QFANA/AgDs6AEAUr8KAM1HBgDdcggAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAIXzCgDUHQAATpULAAFHAAC+XAUAgHUBAJj0AQAAAAAAqxcAAEyZAgCfmQIA8pkCAHv2AwCV9QYA6PUGAO6EAABBhQAAlIUAAOeFAAA6hgAA79ELACNAAgB2QAIALXUBAC11AQCY9AEAqxcAAGMrAgAxbgcAvYsAAGseAgB/JwIAnfYEAPnIBwDtkAAA8Q0AAOjSCwD+FwAAdzsBAEoSAQDz0gQAqC0CACKtAACV9QYA54QMAKsXAAA6HgMA7ZAAAAAAAADNRwYAmPQBAC11AQCAdQEA7OgBAD/pAQCS6QEA5ekBADjqAQA/6QEAkMIKAGseAgDs6AEAvYsAAPENAADUHQAAJx4AAOzoAQA/6QEAkukBAOXpAQA46gEAP+kBAJDCCgBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQAhxgoAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAChiAEA9IgBAEeJAQCaiQEA7OgBAL2LAADxDQAA1B0AACceAACrFwAAYysCALYrAgBMmQIAvaYIABCnCACIfAoAsHoBAM1HBgDDXggALXUBAIB1AQA6HgMAS/EDAHq9AQBKEgEA7OgBAIXzCgDY8woAUwAAAFMAAABt1QgAax4CAAFHAABeiQkAlfUGAOzoAQAhxgoAx7gMAC11AQDs6AEATJkCAL2mCAAQpwgAiHwKALB6AQDNRwYAw14IAOzoAQCVMwoAAAAAAPENAADkogEAN6MBAPvTAgDxDQAAcC4DAOzoAQDnTQgA8hwIAN1yCAABRwAAvlwFAIB1AQDtkAAA8Q0AAPENAADkogEA1B0AACceAAC+XAUAzUcGAMNeCADtkAAAQJEAAJrjAABsuAIAm4QAAC11AQBiPQ0A+9MCADjjAgABWwkAXOYLAK/mCwAC5wsAVecLAKjnCwD75wsATugLAL4eAgARHwIAZB8CAO8lAAAGqgEAWaoBAKyqAQDnhAwAQJEAAJrjAABsuAIAAAAAAJuEAABMmQIAn5kCAFcVAgB4ggEAm4QAAECQDACY9AEAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAs6kBAM1HBgBKEgEAUwAAAKYAAABZUAIAm4MMAO6DDABEDgAAw14IAO8lAAAGqgEAWaoBADFZCgCEWQoAvYsAAHiCAQABRwAAvlwFAFMAAAB4ggEAYj0NALU9DQAGqgEAWaoBADFZCgCEWQoA1B0AACceAACa4wAAbLgCAAAAAADs6AEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA8f8BAO2QAACtSwEAi+oBAN7qAQAx6wEAhOsBANfrAQCI1gkAAZkMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIAiNYJAAGZDACL6gEA3uoBADHrAQCE6wEA1+sBANriCQB4ggEAYj0NALU9DQAIPg0AWz4NAFciDACwhwsA7OgBAOdNCACbgwwA80ANAEZBDQCZQQ0A2uIJAC3jCQA/6QEAkukBAOXpAQA46gEAAAAAAF2HCwDs6AEA500IAJuDDADzQA0ARkENAJlBDQDa4gkALeMJAD/pAQCS6QEA5ekBADjqAQA/6QEAkukBAOXpAQA46gEA/6oBAE8UBABqigwAvYoMABCLDABjiwwAtosMAAAAAAC9iwAAEIwAADoeAwATRQUAVxUCAFEQDQCV9QYA0D8CAL2LAAAQjAAAOh4DABNFBQBXFQIAZRkNAGseAgC+HgIAfdAFAPX/BgDF0QAAzUcGAGseAgDQPwIAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7yUAAAaqAQBZqgEArKoBAFMAAAChsQcAl+QFAAFHAABeiQkATJkCAJ+ZAgDymQIARZoCAJiaAgDxDQAA7OgBAGmdCwDcvAsA1RcLAP/9AQAwqgwAAAAAACHGCgBVjQwAqI0MAPuNDABOjgwAoY4MAPSODABHjwwAiNYJAECRAACa4wAAbLgCAPvTAgAAAAAAzUcGAAFHAAD70wIAIq0AAPC4AQBDuQEAlrkBAOm5AQA8ugEAfycCAJ32BADs6AEAvYsAAPENAACwegEAgHUBAJj0AQDs6AEAVyIMALCHCwCI1gkAAAAAAHiCAQAAAAAAvYsAAJuEAACUVAcAAAAAAAAAAAC9iwAAAUcAAOzoAQDF0QAAWAkCAHWmAQDs6AEAiNYJAAAAAAC9iwAAm4QAAKBjCAB39QoA3XIIADBzCACDcwgA1nMIAP/9AQApdAgAfHQIAM90CAD//QEA2MoEACvLBAB+ywQAzM8MAB/QDABy0AwA2MoEACvLBAB+ywQAzM8MAB/QDABy0AwAm4QAAECQDAAAAAAA7OgBAJj0AQDr9AEAPvUBAAAAAAABRwAAXokJANf/CgAqAAsAVxUCAKGcCgD0nAoAUr8KAAFHAABeiQkA1/8KACoACwBXFQIAqhUCAL4eAgARHwIAZB8CALcfAgDxDQAAjb0EALjUCgARHwIAZB8CALcfAgABRwAAVEcAAGseAgDyHAgAxdEAAAAAAABrHgIAfycCAM6xAQA0BQUAl+QFAAFHAADxDQAAVxUCADQaAgCHGgIA2hoCAC0bAgCAGwIA0xsCAAFHAAAmHAIAIHEMAFRHAABrHgIA8hwIAM1HBgBXFQIANBoCAFRHAABrHgIA8hwIAMXRAAAAAAAAm4QAAC11AQB1mAMA1B0AAJ0LAgDtkAAAQJEAAJrjAABsuAIAVxUCADQaAgBURwAAax4CAPIcCADF0QAAVxUCADQaAgBURwAAax4CAPIcCABSvwoAUwAAAKGxBwDtkAAAQJEAAJrjAABsuAIA7ZAAAO8lAABCJgAAQJEAAH8nAgCrFwAAIq0AAO2QAADtkAAAQJEAAJrjAABsuAIAm4QAAH3QBQD1/wYA7ZAAAECRAACa4wAAbLgCAAFHAAABRwAAjb0EAOC9BAD//QEAUv4BAKX+AQBeiQkA7ZAAAECRAACa4wAAbLgCAEoSAQD1/wYAAUcAAFRHAAB39QoAlfUGAOeEDABAkQAAmuMAAGy4AgB4ggEAeIIBAFMAAABt1QgALXUBAIB1AQCSNQMA5TUDADOUCgB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAGseAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCABcqAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAO2QAABSvwoA7ZAAAECRAACa4wAAbLgCAJX1BgDnhAwArUsBAOfQDQBAkQAAmuMAAGy4AgAAAAAA7ZAAAECRAADyHAgAlfUGAC8sCABMmQIALXUBAHWYAwCwegEAzUcGAMNeCADtkAAAQJEAAJrjAABsuAIA//0BAM1HBgDdcggAEIwAADecAgB4ggEAy4IBACKtAAB8ngIAz54CAGI9DQBAkQAAmuMAAGy4AgBAkAwAmPQBAHI/CQDtkAAAQJEAAJrjAABsuAIAax4CAJj0AQC9iwAAShIBAPX/BgCrFwAAAUcAAF6JCQAzlAoAmuMAAGy4AgDNRwYA3XIIAAFHAAAmHAIA7yUAAP/9AQDNRwYA3XIIABCMAAA3nAIA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAm4QAAHWmAQDIpgEAqS8AAHyeAgB1pgEABGgCAF6JCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+cgHACBIBgBzSAYAidEIANzRCAAv0ggAgtIIANXSCAAo0wgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCX5AUAHroFAHG6BQCIfAoAsHoBAM1HBgDDXggA7ZAAAECRAACa4wAAbLgCAAFHAACbhAAA7oQAANA/AgDNRwYATJkCAL2mCAAQpwgA7yUAAHiCAQDLggEAxdEAAO2QAABAkQAAmuMAAGy4AgC+XAUAEV0FAJ7xAwB4ggEAYj0NAEoSAQD1/wYAqxcAAAFHAABeiQkAlfUGAOeEDABAkQAAmuMAAGy4AgDxDQAA9O8KAFMAAABTAAAAbdUIAGseAgABRwAAXokJAJX1BgD5yAcAIEgGAHNIBgCJ0QgA3NEIAC/SCACC0ggA1dIIACjTCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHiCAQB4ggEAYj0NAJj0AQAnhQkAlFQHAJuEAABZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIAnlICAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBrHgIAvh4CAFK/CgAtdQEAgHUBABVCAgBoQgIAu0ICAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAMBZAgBKEgEA//0BADCqDABAkQAA7yUAAJDCCgBrHgIAShIBAPPSBACoLQIAXokJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDDXggAIq0AAB66BQBxugUAxLoFABe7BQBquwUAvbsFAEoSAQCdEgEAm+sJAC8sCAArOQ0AidgHACKtAAB8ngIAqC0CAL5cBQDNRwYAw14IAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAJuEAACUVAcAvYsAAO2QAADtkAAAQJEAAJrjAABsuAIAlfUGAOeEDADvJQAAidgHAGvYCwDtkAAAlfUGAJuEAACUVAcA51QHADpVBwBpnQsA3LwLANUXCwAhxgoAqqYFAEoSAQD1/wYASAAHAP/9AQAwqgwAQJEAAOzoAQA/6QEAkzYNABCMAAC1pQoAAUcAAL5cBQDNRwYAw14IAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAKZ4CAM9fCwAiYAsAdWALAMhgCwAbYQsAbmELAM1HBgDs6AEAP+kBAEImAADF0QAA7OgBACHGCgB0xgoArFACAP9QAgBSUQIApVECAPhRAgBLUgIA8Q0AAOzoAQBpnQsA3LwLANUXCwA/6QEAkzYNABCMAAC1pQoAAUcAAL5cBQDNRwYAw14IAECQDACrFwAA/hcAAHc7AQBEAAIA500IADpOCACd9gQA54QMAJfkBQB1rQAAE1oCAFlQAgB/JwIA8hwIAEWhAQBpnQsA2MoEAFK/CgClvwoA+L8KAEvACgCewAoA7ZAAAECRAACa4wAAbLgCAKsXAAABRwAAm4QAAKgtAgC+XAUAzUcGAMNeCADtkAAAQJEAAJrjAABsuAIAx80JAInYBwBr2AsAFUICAOzoAQCF8woAuLkCAEoSAQD//QEAzUcGAC11AQB/egIAm4QAAKgtAgC+XAUAzUcGAMNeCADs6AEAiNYJAECRAACa4wAAbLgCAD/pAQCS6QEA5ekBADjqAQAAAAAA7OgBAJUzCgDoMwoAeXwMAMx8DAAffQwAcn0MAOm5AQCoLQIAvlwFAP/9AQB4ggEAYj0NAGmdCwA6JQIAjSUCAOAlAgDYygQAfJ4CAOKzAgA1tAIAiLQCANu0AgAutQIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAH8MCAAAAAAC9iwAAEIwAADecAgCKnAIA3ZwCADCdAgCDnQIA1p0CANjKBAB8ngIA4rMCADW0AgCItAIA27QCAC61AgC9iwAA8Q0AAGmdCwDcvAsAIasCAHSrAgBKEgEA89IEAECQDABFYgoAmGIKAOtiCgA+YwoAlwACANvWCQAu1wkA3XIIAJj0AQBKEgEAi5cBAHWYAwDkogEAsHoBAIB1AQCY9AEA7OgBAOdNCAA6TggAAUcAAL2LAABrHgIA5LYKAOeEDACX5AUAda0AABNaAgBZUAIAfycCAJ32BADs6AEAIcYKAECQDACV9QYA7OgBAEViCgCYYgoA62IKAD5jCgC9iwAA8Q0AANQdAACVMwoA6DMKANN1AQAmdgEAeXYBAMx2AQAfdwEArpIBAM1HBgAgSAYAc0gGAInRCADc0QgAL9IIAILSCADV0ggAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAlfUGAOzoAQAhxgoAQJAMAJX1BgDs6AEARWIKAJhiCgDrYgoAPmMKAL2LAADxDQAA1B0AAIXzCgC4uQIAC7oCAF66AgCxugIABLsCAPHACgBEwQoAl8EKAOrBCgA9wgoAQJAMADoeAwAirQAA+9MCAPNcCQDbKQoALioKAIEqCgDUKgoAJysKAHorCgAyPwwAQJEAAJrjAABsuAIA7OgBAM1HBgDdcggAAUcAAOzoAQDNRwYA7yUAAOzoAQD//QEAzUcGAN1yCAAQjAAAN5wCAOdNCAC+HgIAFE4CAGdOAgBeiQkAsYkJAASKCQABRwAA7OgBAGmdCwDcvAsA1RcLACHGCgAHzgYAlfUGAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAM1HBgBMmQIAvaYIABCnCADvJQAAeIIBAMuCAQCF8woA2PMKACv0CgB+9AoAjb0EALjUCgAL1QoASjQIAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAM1HBgBMmQIAvaYIABCnCADvJQAAeIIBAMuCAQBKEgEAer0BAM29AQAgvgEAc74BAMa+AQAZvwEAUr8KAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAM1HBgBMmQIAvaYIABCnCADvJQAAeIIBAMuCAQDktgoAN7cKAEyZAgAtdQEAlfUGAOeEDADF0QAALXUBABNFBQBURwAA7OgBAM1HBgBMmQIAvaYIABCnCADvJQAAeIIBAMuCAQAtdQEAf3oCAOzoAQBhsQoAbdUIAC11AQCAdQEAkjUDAOU1AwAzlAoA7OgBAOS2CgDnhAwAQJEAAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAHEpAgAhxgoAVY0MAKiNDACwegEAA3sBAFZ7AQBKEgEA9f8GAKsXAAABRwAA7OgBAGmdCwDcvAsA1RcLAIjWCQDb1gkAAUcAAI29BABSvwoA7OgBAJUzCgDoMwoAOzQKAEViCgA6HgMAjR4DAOAeAwBKEgEA89IEAHiCAQB79gMAIq0AAO2QAAD//QEAzUcGAN1yCAAQjAAAN5wCAPENAADs6AEAzUcGAN1yCAABRwAA7OgBAM1HBgDvJQAA7OgBAOdNCAC+HgIAFE4CAGdOAgABRwAAXokJAJj0AQByPwkAQJEAAOzoAQDktgoAN7cKAEyZAgAtdQEAlfUGAOeEDAD//QEAUr8KAOzoAQBaRAIArUQCAABFAgDQPwIAI0ACAJX1BgDs6AEAIcYKAKgtAgCQCAEA4wgBAHyeAgDPngIAIp8CABRiCwBnYgsAumILAA1jCwBgYwsAs2MLAAZkCwBZZAsArGQLAP9kCwBSZQsApWULAPhlCwBLZgsAnmYLAPFmCwBEZwsAl2cLAOpnCwA9aAsAkGgLAONoCwA2aQsAiWkLANxpCwAvagsAgmoLANVqCwAoawsAe2sLAM5rCwAhbAsAdGwLAMdsCwAabQsAbW0LAMBtCwAtdQEAgHUBABVCAgBoQgIAu0ICAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAF8BAwDktgoA6PUGAGrdDAC93QwA//0BAJuEAAB1pgEA1B0AAIXzCgC4uQIAc38KAMZ/CgAZgAoAbIAKAOzoAQCVMwoAumkKAA1qCgCF8woAMFcMAINXDABZUAIAAUcAAL5cBQCAdQEAmPQBAOzoAQC9iwAA4wECAL2LAAABRwAAAUcAAL5cBQCAdQEAmPQBAOzoAQDktgoA+cgHAMXRAACVMwoA6DMKADs0CgDnTQgAOk4IAHNkAgDq5AUATJkCAL2mCAAQpwgAUr8KAOzoAQBKEgEAnRIBAJvrCQCbhAAAB84GAC8sCACAdQEAmPQBAOzoAQDnTQgAOk4IAJ32BADw9gQAQ/cEAKNUBQCVMwoAumkKAA1qCgB4ggEAy4IBAFBiAwCjYgMA9mIDAEljAwCcYwMA72MDAGmdCwCAIQ0Ap0cAAM5QAwAhUQMAdFEDAMdRAwB1pgEA1B0AAE6VCwDs6AEAlTMKAOgzCgA7NAoAShIBAPX/BgBIAAcAnRIBAGseAgCVMwoAumkKAA1qCgCVMwoA6DMKADs0CgCNQAoA4EAKADNBCgBhsQoACD8BAFs/AQB/6AoA0ugKACXpCgB46QoA7OgBAM1HBgDvJQAA7OgBAIXzCgAwVwwAg1cMAFlQAgABRwAAvlwFAIB1AQCY9AEA7OgBAL2LAAAWXwgAaV8IALxfCAAPYAgAYmAIALVgCAAIYQgAW2EIAGmdCwDcvAsA1RcLAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAhxgoAqC0CAM1HBgDDXggA7OgBAIXzCgBEDgAA4e8HADTwBwCH8AcA2vAHAOzoAQBTAAAAAUcAAL5cBQCAdQEAmPQBAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMABh8JAFkfCQDNRwYAw14IAOzoAQC9iwAAEIwAADoeAwD02wEA7OgBAOS2CgD5yAcAShIBAPPSBAAtdQEAgHUBAOzoAQCF8woARA4AAOHvBwA08AcAh/AHANrwBwDs6AEA3XIIADBzCACDcwgA1nMIACl0CAB8dAgAz3QIACJ1CAB1dQgAyHUIABt2CABudggAwXYIABR3CABndwgAuncIAA14CABgeAgAhfMKANQdAAAnHgAAeh4AAM0eAAAgHwAA+9MCAPENAADs6AEAaZ0LAIAhDQCnRwAA+kcAAE1IAACgSAAA80gAAEZJAACZSQAA7EkAAD9KAADbKQoALioKAKsXAAA6HgMAgHUBAJj0AQDs6AEAzUcGAMNeCADs6AEAwbsKAHf1CgDxDQAAeIIBAMuCAQAirQAAfJ4CAM+eAgAinwIAAAAAAHiCAQDxDQAABGgCAFdoAgCoLQIAXokJAEWhAQAAAAAAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIARaEBAAAAAACiyAIA9cgCAHjOAgArywQAHFwKAG9cCgDCXAoAFV0KAGhdCgC7XQoADl4KAGFeCgDykgMARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAKZcDAHyXAwB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwBAfAMAk3wDAOZ8AwA5fQMAjH0DAN99AwAyfgMAhX4DANh+AwArfwMAfn8DAIZICQDZSAkALEkJAH9JCQDSSQkAJUoJAHhKCQDLSgkAHksJAHFLCQDESwkAF0wJAGpMCQC9TAkAEE0JAGNNCQC2TQkAmPQBAPvTAgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA//0BAJuEAADxDQAA1aIDACijAwBiPQ0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDAJN8AwA/6QEAkukBAOXpAQA46gEA4BcEADMYBACGGAQA2RgEACwZBAB/GQQA0hkEACUaBAB4GgQAiNYJAAGZDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAKBjCAAtdQEAf3oCAGI9DQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAHDNBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMA1ecFACjoBQB76AUAzugFACHpBQB06QUAuLkCAAu6AgAirQAAUwAAABi9AwBXFQIAYfYMALT2DAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAN38DAB8ngIA4rMCADW0AgCItAIA27QCACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwCrFwAA/hcAAMXRAADtkAAAQJEAAJrjAABsuAIAMP0MADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAlfUGAPnIBwDtkAAA8Q0AAOjSCwD+FwAAdzsBAF6JCQCtSwEAausKAHWYAwAEaAIAXokJADOUCgCa4wAAbLgCAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAD/pAQCS6QEA5ekBADjqAQBKEgEAUwAAAG3VCABrHgIAAUcAAF6JCQAzlAoAmuMAAGy4AgB4ggEAe/YDAM72AwBTAAAAoTwAAFcVAgBREA0ALXUBAP/9AQAA1gUAvh4CAFlQAgBSvwoA7OgBAEViCgCYYgoA62IKAD5jCgB4ggEAy4IBAFBiAwCjYgMA54QMAJX1BgD70wIAeIIBAMuCAQBQYgMAo2IDAPZiAwBJYwMAnGMDAO9jAwBpnQsAgCENAKdHAACQCAEAUwAAAG3VCADxDQAABGgCAJj0AQBrHgIAfycCAPENAADVogMAKKMDAJAIAQDs6AEAIcYKAMzWCwBKNAgAnTQIAPA0CABDNQgA500IADpOCABzZAIA6uQFAGseAgCV9QYA7OgBACHGCgAHzgYAWs4GAK3OBgAAzwYAXokJADOUCgBXFQIA7OgBAEoSAQCLlwEAdZgDAOSiAQCwegEAgHUBAJj0AQDs6AEAIcYKAKqmBQCY9AEAcj8JAEoSAQDs6AEAlTMKABNFBQBmRQUA5LYKAOeEDAA6hQwAobEHAMqUDAAdlQwA8Q0AAOzoAQDNRwYAw14IAAAAAAAAAAAA+9MCADjjAgABWwkAVFsJAKdbCQD6WwkAiNYJAECRAACa4wAAbLgCAGmdCwDcvAsA1RcLANjKBAArywQAfssEANHLBAAkzAQAd8wEAM7MCQAhzQkAdM0JALydCwAzlAoAhpQKANmUCgAslQoAf5UKANKVCgAllgoAeJYKAMuWCgDktgoAQ2UNAO2QAABpnQsA3LwLANUXCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwC+XAUAEV0FAGRdBQC3XQUACl4FAJuDDAATRQUAXokJANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBACdCwIA8AsCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABwzQQAw80EABbOBABpzgQAvM4EAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBAM1HBgDdcggAFtwCAGncAgBcTgkAe3IKAPIcCADdcggAAUcAAF6JCQBpnQsA3LwLANUXCwDBuwoAd/UKAPENAADtkAAAAUcAAMXRAADNRwYAax4CANA/AgDs6AEAlTMKALppCgANagoAvYsAABCMAABrHgIAfycCAA3nBABg5wQAs+cEAJuEAAD//QEAeIIBAAAAAADs6AEA0D8CALeNCgCAdQEAFUICAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMA/gkCAFEKAgDYygQAfJ4CAIREDQDXRA0AKkUNABl5CwAN9QIARA4AAEoSAQD1/wYAkAgBAAFHAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAM7MCQAhzQkAdM0JAFK/CgDxDQAA1aIDACijAwAAAAAA+9MCAGG/CABAkQAAmuMAAGy4AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAKBjCABSvwoAAAAAAAAAAAAAAAAAosgCAPXIAgBFoQEAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIAeM4CACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDV5wUAKOgFAHvoBQDO6AUAIekFAHTpBQBKEgEAPFIEAI9SBADiUgQANVMEAJX1BgD//QEA7OgBAEoSAQCdEgEAm+sJAO7rCQBB7AkAShIBADxSBACPUgQA4lIEADVTBAAirQAAda0AAMitAAAbrgAAbq4AAEoSAQB6vQEAEIwAADoeAwAirQAAfJ4CAKgtAgC+XAUAzUcGAMNeCADxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDALpbDACGawQA2WsEACxsBAB/bAQA0mwEACVtBAB4bQQAy20EAB5uBABxbgQAxG4EAOzoAQB4ggEAe/YDAIB1AQDQPwIA7OgBAD/pAQCS6QEA5ekBAJOeCgDmngoAIcYKAAfOBgCV9QYAax4CAH8nAgDxDQAA5KIBAF2HCwCS8AAAz5AEAHf1CgDxDQAABGgCAPtWCABOVwgAoVcIAPRXCABHWAgAmlgIAO1YCABAWQgAk1kIAOZZCAAhxgoAQJAMAFK/CgDs6AEAzUcGAO8lAADs6AEAaZ0LAIAhDQCnRwAA+kcAAFMAAAChsQcAl+QFAC11AQCjKgsAidgHAO2QAACV9QYA7OgBAEoSAQA8UgQAj1IEAOJSBAA1UwQAQ+kGAMG7CgB39QoA8Q0AAARoAgBKEgEAPFIEAI9SBADiUgQANVMEAEPpBgCW6QYA6ekGADzqBgCP6gYA4uoGADXrBgCI6wYA3DIHAHf1CgDxDQAABGgCAOzoAQCgYwgAUr8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATxQEAKIUBAAnOQgAejkIAM05CAAgOggAczoIAMY6CAAZOwgAbDsIAL87CAASPAgAZTwIALg8CAALPQgAXj0IALE9CAAEPggAVz4IAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBAM1HBgDdcggAzUcGACBIBgBzSAYAidEIANzRCAAv0ggAgtIIANXSCAAo0wgA7OgBAGmdCwC+XAUAEV0FAGRdBQCV9QYA7OgBAM1HBgDdcggAe/YDAJ0LAgDxDQAA1aIDACijAwCdCwIA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBAM1HBgDdcggAzUcGACBIBgBzSAYAidEIANzRCAAv0ggAgtIIANXSCAAo0wgA7OgBAGmdCwC+XAUAEV0FAGRdBQCV9QYA7OgBAM1HBgDdcggAQHwDAL5cBQARXQUAZF0FAJX1BgDs6AEAzUcGAN1yCADNRwYAIEgGAHNIBgCJ0QgA3NEIAC/SCACC0ggA1dIIACjTCADs6AEAaZ0LAL5cBQARXQUAZF0FAJX1BgDs6AEAzUcGAN1yCABrHgIAm4MMAH96AgDLggEAHoMBAFK/CgCdCwIAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAA3uAwACOgwAzCINAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EAPN/BABGgAQAmYAEAOyABACAdQEAmPQBAOzoAQBpnQsA3LwLACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAOckEAIzJBADfyQQAMsoEAIXKBAC9iwAAEIwAADoeAwD02wEA7OgBAIXzCgBEDgAA4e8HADTwBwCH8AcA2vAHAPvTAgCbhAAA9NsBAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAABTAAAAobEHAPSxBwCa4wAAfycCAAAAAAC9iwAA7ZAAAPENAAAEaAIAXokJADOUCgCa4wAAbLgCAPNcCQBGXQkAmV0JAGDnBACz5wQABugEAFnoBACs6AQA/+gEAFLpBACl6QQA+OkEAEvqBACe6gQA8eoEAETrBACX6wQA6usEAD3sBACQ7AQA4+wEADbtBACJ7QQA3O0EAC/uBACC7gQA1e4EACjvBAB77wQAzu8EACHwBAB08AQAx/AEABrxBABt8QQAwPEEABPyBABm8gQAufIEAJuEAADuhAAAoGMIAAOPCgCV9QYA7OgBAGmdCwCAIQ0Ap0cAAEoSAQDz0gQARtMEAOzoAQDnTQgAOk4IAAFHAACNvQQA4L0EAO2QAADxDQAA7OgBAGGxCgC7/AsA9LEHAOzoAQDnTQgAOk4IAAAAAAC9iwAA7ZAAAPENAAAEaAIA7OgBAHiCAQB79gMAS/EDAIuXAQATRQUAZkUFACAeDADF0QAAoGMIAC11AQAirQAAoGMIAOzoAQCVMwoAumkKAJX1BgAvLAgAdZgDAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMANM0MADOUCgCa4wAAbLgCAKkvAAB1rQAAyK0AABuuAABurgAAwa4AAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMANM0MADOUCgCa4wAAbLgCAO2QAACV9QYALywIAHWYAwCpLwAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQC8dAUAD3UFABxcCgBvXAoAwlwKABVdCgBoXQoAu10KAA5eCgBhXgoAmPQBAHI/CQDFPwkA7OgBACHGCgCqpgUA500IADpOCADxDQAARA4AAN1yCABrHgIAIq0AAGrJAwC9yQMAEMoDAGPKAwC2ygMACcsDAFzLAwCvywMAAswDAFXMAwCozAMA+8wDAE7NAwDOsQEAIbIBAHSyAQDHsgEAGrMBALiPCAALkAgAXpAIALGQCAAEkQgAV5EIAKqRCAD9kQgAUJIIAKOSCAD2kggASZMIAJyTCADvkwgAQpQIAJWUCADolAgAO5UIAI6VCADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAvWgFABBpBQBjaQUAtmkFAAlqBQBcagUAr2oFAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwBhsQoAI2IJAHZiCQDJYgkAHGMJAG9jCQDCYwkAFWQJAGhkCQC7ZAkADmUJAGFlCQC0ZQkAB2YJAFpmCQCtZgkAAGcJAFNnCQCmZwkA+WcJAExoCQCfaAkA8mgJABbcAgBp3AIAXE4JAHtyCgDyHAgA3XIIAAFHAABeiQkAaZ0LANy8CwDVFwsAwbsKAHf1CgDxDQAA81wJAEZdCQCd9gQA8PYEAEP3BACjVAUAhfMKANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAMXRAADtkAAAqxcAAAFHAADs6AEAIcYKAMXRAABYCQIAAUcAAOzoAQDF0QAAWAkCAHWmAQDs6AEARWIKAJhiCgDrYgoAPmMKAGGxCgBt1QgA8Q0AAOSiAQCwegEA//0BAHiCAQBiPQ0AaZ0LANy8CwDVFwsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAM7MCQAhzQkAdM0JAGmdCwCAIQ0Ap0cAAOdNCAA6TggAnfYEAPD2BABD9wQAo1QFAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAJLwAABfyQoAyJgDANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwD95AgA6DMKADs0CgD//QEAANYFAFPWBQCm1gUA+dYFAKsXAADs6AEAhfMKADBXDACDVwwAqC0CAC11AQBL8QMA9f8GAM1HBgDdcggAAUcAAF6JCQAzlAoAmuMAAGy4AgBFpwwAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+RQJANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAcM0EAMPNBAAWzgQAac4EALzOBACF8woA1B0AACceAAB6HgAAzR4AAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAFtwCAGncAgBcTgkAr04JAAJPCQBVTwkAqE8JAPtPCQA/6QEAidgHANzYBwAv2QcAzUcGAGseAgDs6AEA5LYKADe3CgBrHgIAfycCAHNkAgABRwAAJhwCAGseAgBSvwoA7OgBAEWhAQC9iwAAEIwAADoeAwD02wEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwAaLwgA2U8IABdTCABqUwgAvVMIABBUCABAfAMAvlwFABFdBQBkXQUAlfUGAOzoAQDNRwYA3XIIAM1HBgAgSAYAc0gGAInRCADc0QgAL9IIAILSCADV0ggAKNMIAOzoAQBpnQsAvlwFABFdBQBkXQUAlfUGAOzoAQDNRwYA3XIIAAFHAAC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAA18FAFZfBQCpXwUAk9wNAObcDQBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBAfAMAvlwFABFdBQBkXQUAt10FAApeBQCIfAoA1B0AAM47BgBiPQ0Al+QFAAFHAAC+XAUAzUcGAMNeCAABRwAAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAANfBQBWXwUAqV8FAO2QAABAkQAAmuMAAGy4AgA+9QEAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAHwMCwDPDAsAIg0LAHUNCwDIDQsAGw4LAG4OCwBEDgAA4e8HADTwBwCH8AcA2vAHACYcAgAgSAYAc0gGAMZIBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPvTAgBhvwgAQJEAAJrjAABsuAIAqxcAAP4XAADdeQcAMHoHAIN6BwDWegcAKXsHAHx7BwC+HgIATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAOzoAQBpnQsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+RQJAFT6CgAirQAAIq0AAB66BQBxugUAxLoFABe7BQCd9gQA7OgBACHGCgDvJQAAAUcAAF6JCQAzlAoAhfMKANQdAADOOwYAYj0NAJfkBQABRwAAvlwFAM1HBgDDXggA7OgBAIjWCQBAkQAAmuMAAGy4AgAN9QIAR1EJAJpRCQDtUQkAQFIJAJNSCQDmUgkAH64FAHKuBQDFrgUAGK8FAGuvBQC+rwUAEbAFAGSwBQC3sAUACrEFAA/IBQBiyAUAtcgFAAjJBQBbyQUArskFAL2LAABrHgIAax4CAH8nAgCrFwAAAUcAAOzoAQBpnQsA3LwLACBIBgBt1QgAeIIBAMuCAQAegwEAUr8KAPvTAgAAAAAA7OgBAGmdCwA6JQIAjSUCAOAlAgAZeQsAhfMKANjzCgAtdQEAE0UFAJuEAAD//QEAeIIBAGI9DQCF8woA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBAD/pAQCQwgoA48IKADbDCgBpnQsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+9MCABbcAgBp3AIAXE4JACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAYj0NAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAEoSAQAAAAAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAax4CAPIcCADrAQwAI0ACAECRAADbKQoALioKAGseAgB/JwIADecEAGDnBACz5wQAm4QAAP/9AQB4ggEAYj0NAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAEIwAAKsXAABSvwoA+9MCAAFHAAAirQAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwDvJQAABqoBAFmqAQCsqgEAIq0AAPC4AQA4kAIAqHkDAGseAgB/JwIA0icCAJM2DQDxDQAA1B0AAK5hCAABYggAVGIIAKdiCAD6YggATWMIAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQAN9QIARA4AAOHvBwA08AcAh/AHANrwBwDs6AEAiNYJAECRAACa4wAAbLgCAJPcDQDm3A0AOd0NAIzdDQDf3Q0AMt4NAIXeDQDY3g0AK98NAH7fDQDR3w0AJOANAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAwbsKAHf1CgDxDQAA//0BAADWBQBT1gUAptYFAPnWBQBM1wUAiHwKACdxAABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAm4QAAO8lAADQPwIA7/sFAM6xAQDxDQAAqS8AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgDo0gsA394BAGKKAgC1igIACIsCAFuLAgDyHAgA7yUAAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAADUHQAArUsBAABMAQBTTAEA+voKAE37CgCg+woA7OgBAEoSAQDz0gQAUr8KAOzoAQBFYgoAmGIKAOtiCgA+YwoA//0BADCqDAAhxgoATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBANjKBAArywQAHFwKAG9cCgDCXAoAFV0KAGhdCgC7XQoADl4KAGFeCgC0XgoAB18KAIjWCQDxDQAABGgCAFdoAgD//QEAeIIBAHv2AwB1mAMA4wECAAOPCgBpnQsA3LwLANUXCwCVMwoAUwAAAO6EAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIATtQCAKHUAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAA//0BAM1HBgDNRwYAAUcAAPENAAAEaAIAjb0EALjUCgDHuAwA7OgBAD/pAQBrHgIA8hwIAEoSAQDs6AEARaEBAJLwAAD70wIA5tYCAHWtAADIrQAAG64AAG6uAADBrgAAFK8AAMG7CgAUvAoAZ7wKALq8CgDnTQgA2ykKAC4qCgDs6AEAzUcGAN1yCAABRwAA7OgBAM1HBgDvJQAA7OgBACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAYj0NAP/9AQAA1gUAU9YFAKbWBQD51gUATNcFAIh8CgDs6AEAaZ0LANy8CwDVFwsAaZ0LAJuEAACUVAcA0D8CAOzoAQBpnQsAQJAMAFK/CgDs6AEAzUcGAO8lAADs6AEAaZ0LAIAhDQCnRwAA+kcAAE1IAADtkAAAlfUGAOzoAQD//QEAANYFAFPWBQCm1gUA+dYFAEzXBQB4ggEAm4QAAHWmAQAEaAIAvlwFACKtAADxDQAA1B0AAJuEAABZUAIAIq0AAKBjCABXFQIAYfYMALT2DAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAN38DAAw/QwAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAAAAAAFMAAAChsQcAypQMAPENAADUHQAAm4QAAFlQAgAirQAAoGMIAFMAAAA1DgIAVxUCAGH2DAC09gwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAFcVAgDd/AwAMP0MADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAPvTAgABRwAAjb0EALjUCgAUTgIA8Q0AAFMAAABt1QgAax4CAAFHAAD70wIAAUcAAI29BAC41AoAFE4CAPENAABTAAAAbdUIAGseAgABRwAA+9MCAGG/CABAkQAAmuMAAGy4AgB4ggEAe/YDAEyZAgAtdQEAgHUBAJj0AQAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMABh8JANQdAAAnHgAAmuMAAGy4AgCdCwIA8AsCAI29BAC41AoAFE4CAPENAABTAAAAbdUIAGseAgABRwAAVxUCAN38DAAw/QwAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAk9wNAObcDQBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwCI1gkAQJEAAJrjAABsuAIAZbkCAHyeAgCERA0A10QNACpFDQB9RQ0A0EUNACNGDQB2Rg0AyUYNAJ+EBQDyhAUARYUFAJiFBQDrhQUAPoYFAJGGBQD70wIA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBAfAMAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+RQJANjKBAB8ngIAhEQNANdEDQAqRQ0AfUUNANBFDQAjRg0AdkYNAMlGDQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMAAUcAAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALBeBQADXwUAVl8FAKlfBQAW3AIA7ZAAAMXRAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAMNeCAD+FwAAGJMJAGuTCQCbhAAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAGI9DQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAncQAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAGI9DQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABbcAgBp3AIAXE4JACHGCgCUVAcAe/YDAEyZAgC9pggARWIKAJhiCgAYkwkAa5MJAPENAADs6AEAP+kBAJDCCgDjwgoANsMKAInDCgCVMwoA6DMKADs0CgBSvwoAzUcGAN1yCABrHgIA7OgBANjKBAB1rQAAvYsAAPENAAAEaAIAXokJAOzoAQBFYgoAmGIKABiTCQBrkwkAIcYKAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQDNRwYAIq0AACKtAAAeugUAcboFAMS6BQAXuwUAnfYEAOzoAQDF0QAAoGMIAC11AQB/egIAYj0NAIjWCQDxDQAABGgCAFdoAgD//QEAeIIBAHv2AwB1mAMA4wECAC11AQCAdQEAmPQBAOzoAQAhxgoAqqYFANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwDmfAMAOX0DANWiAwAoowMAQ+kGAJbpBgDp6QYAPOoGAI/qBgDi6gYAaZ0LACKtAABTAAAAAAAAAC11AQBTAAAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwDmfAMAaZ0LAIAhDQCnRwAAwbsKAHf1CgDxDQAABGgCAGmdCwC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQD5FAkATBUJAJ8VCQCL6gEALXUBAGseAgB/JwIAzUcGACBIBgBzSAYAxkgGAOzoAQBpnQsAIq0AAFMAAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDF0QAALXUBABNFBQBURwAA7OgBAMG7CgB39QoA8Q0AAARoAgDs6AEAlfUGAOj1BgDHuAwAAUcAAL5cBQBMmQIAvaYIAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADubwMAQXADAJRwAwC9iwAAEIwAADf9AABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAYj0NAM1HBgBrHgIA7OgBAOS2CgD5yAcA7ZAAAPENAADs6AEARWIKAJhiCgDrYgoAPmMKAJcAAgABmQwAausKAHWYAwCV9QYA8Q0AAOzoAQCF8woA1B0AACceAAB6HgAAzR4AACAfAABzHwAA7m8DAEFwAwCUcAMAvYsAABCMAAA3/QAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAGI9DQDNRwYAax4CAOzoAQDktgoA+cgHAO2QAADxDQAA7OgBAEViCgCYYgoA62IKAD5jCgCXAAIAAZkMAGrrCgB1mAMA7OgBAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADubwMAQXADAJRwAwC9iwAAEIwAADf9AABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAYj0NAM1HBgBrHgIA7OgBAOS2CgD5yAcA7ZAAAPENAADs6AEARWIKAJhiCgDrYgoAPmMKAJcAAgABmQwAausKAHWYAwAAAAAAm4QAAJRUBwDnVAcAe/YDAPvTAgBrHgIAm4MMAIB1AQCY9AEAcj8JAECRAACa4wAAbLgCABbcAgBp3AIAXE4JAK9OCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAhxgoATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAO2QAABKEgEAIq0AAHyeAgDuhAAAoGMIAAOPCgDxDQAA1B0AACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIAzrEBAPENAAD70wIADfUCAEdRCQCaUQkA7VEJAEBSCQCTUgkA5lIJABl5CwDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMAzswJACHNCQC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQD5FAkAaZ0LANy8CwCV9QYA54QMAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDR2QIAgCENAKdHAADoeAwAO3kMAJUzCgC6aQoADWoKAEViCgCYYgoAURgAACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAYj0NANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAIcYKAKgtAgDZjQsAgCENAC11AQB1mAMAyJgDAEoSAQCdEgEAShIBAPX/BgCrFwAAeIIBAHv2AwDO9gMASGgEACKtAABXFQIA3fwMADD9DAA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgBREA0A1B0AACceAAB6HgAAzR4AACAfAACV9QYA54QMAJuEAAAHzgYA+9MCAPnIBwDF0QAAqxcAAPvTAgCgYwgAd/UKAPENAAAEaAIAeIIBAMuCAQAQoAkAY6AJALagCQAJoQkAobEHAPSxBwCa4wAAbLgCAEoSAQDz0gQAWVACANA/AgAjQAIAlfUGAOzoAQDktgoA54QMAJuEAADBuwoAFLwKAGe8CgC6vAoADb0KAGC9CgCzvQoABr4KAIF2CwBAkAwAlfUGAOzoAQCVMwoAumkKAA1qCgDcwwoAN7cKAHWYAwAncQAA//0BAHiCAQBiPQ0AlfUGAOzoAQC9iwAAEIwAAAFHAAC+XAUAf3oCAOzoAQBpnQsAvlwFABFdBQBkXQUAlfUGAOzoAQDnTQgAOk4IAAFHAACNvQQAoGMIAHf1CgDxDQAABGgCAFdoAgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAIq0AAAAAAAB4ggEA+9MCABbcAgBp3AIAXE4JAMG7CgB39QoA8Q0AAARoAgDxDQAA7OgBACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAYj0NAJUzCgDoMwoAOzQKAI1ACgDgQAoAM0EKAGGxCgBt1QgAwNUIAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABrHgIAfycCAA3nBACoLQIAXokJAIXzCgDUHQAA8Q0AAOSiAQCwegEAzUcGAHiCAQB4ggEA7OgBAMG7CgB39QoA8Q0AAARoAgCS8AAAX8kKAE8UBABpnQsAjb0EAOC9BADtkAAAlfUGAOzoAQA/6QEAkMIKAGseAgDs6AEAAAAAAL2LAADtkAAAQJEAAFK/CgDs6AEAP+kBAJLpAQDl6QEAOOoBAKsXAAD+FwAAGJMJAGuTCQDxDQAA7yUAAAaqAQBZqgEArKoBAOeEDACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwAcXAoAb1wKAMJcCgAVXQoAaF0KALtdCgAOXgoAYV4KAOdNCAA6TggADecEAGDnBACz5wQA7OgBACHGCgBAkAwAUr8KAOzoAQDYygQAK8sEAH7LBADMzwwAH9AMAO6EAABKNAgA7OgBAGGxCgBt1QgALXUBAIB1AQCoLQIA8Q0AAPvTAgAW3AIAadwCAFxOCQCvTgkA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAYj0NAD/pAQCQwgoAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwDxDQAA1B0AACceAAB6HgAAzR4AACAfAACzjQUABo4FACceAACa4wAAbLgCANQdAAAnHgAAmuMAAGy4AgCT3A0A5twNAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAnQsCAGseAgB/JwIA0icCAJM2DQDxDQAA1B0AACgYCwBjKwIAMW4HAIRuBwDs6AEAhfMKANQdAAAnHgAAeh4AAM0eAAAirQAA0D8CAKBjCAB39QoA3XIIAPENAADUHQAAnQsCAJX1BgBrHgIAm4MMAEyZAgC9pggAEKcIAFcVAgBh9gwAQJEAAJrjAABsuAIAVxUCAKsXAADtkAAAAUcAAMXRAADNRwYAax4CANA/AgAjQAIAQJEAAJrjAABsuAIAk9wNAObcDQAcoQwAb6EMAMKhDAAAAAAAAAAAAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+9MCAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAaZ0LAIAhDQCnRwAAiNYJANvWCQCV9QYAUwAAAG3VCAAtdQEAgHUBAJI1AwDs6AEAvYsAAGseAgB4ggEA+9MCABQJAACgYwgA82MIAEZkCADYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAzswJACHNCQB0zQkAaZ0LAIAhDQCnRwAAzlADAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAOS2CgDo9QYA7ZAAAEoSAQCdEgEAzlADAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAOS2CgDo9QYA7ZAAAEoSAQCdEgEA8BIBAOzoAQDnTQgA2ykKAC4qCgCrFwAAOh4DAIB1AQCY9AEA7ZAAAECRAABKEgEAi5cBAHWYAwDkogEAsHoBAM1HBgDDXggA7OgBAOS2CgDnhAwAqxcAADoeAwDtkAAAlfUGAOzoAQDF0QAAoGMIAC11AQB/egIAYj0NAGmdCwCNvQQAUr8KAC11AQCAdQEAmPQBAOzoAQBpnQsA3LwLANUXCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAzswJACHNCQB0zQkAaZ0LAIAhDQCnRwAAzlADAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAOS2CgDo9QYA7ZAAAEoSAQCdEgEA5LYKAENlDQCWZQ0A6WUNADxmDQCPZg0A4mYNANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBABllgcAzUcGACKtAADQPwIAI0ACAECRAAB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKHNAwBZvgoArL4KAP++CgARMwsAoGMIAC11AQB/egIAYj0NAD/pAQBCJgAAAUcAACKtAACgYwgALXUBAIB1AQCY9AEA7OgBAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAhxgoAx7gMAC11AQDs6AEATJkCAL2mCAAQpwgAiHwKALB6AQDNRwYALXUBAH96AgBiPQ0AqxcAAP4XAAB3OwEA7yUAAJDCCgDjwgoANsMKAInDCgCKnAIAQJEAAJrjAABsuAIARaEBAPF7CABEfAgAl3wIAOp8CAA9fQgAkH0IAAAAAACiyAIA9cgCAEViCgCYYgoAURgAAJPBBQDmwQUAM5sJAIabCQDZmwkAP+kBAInYBwDc2AcAL9kHAM1HBgBrHgIA7OgBAOS2CgA3twoAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIAiNYJANvWCQAu1wkAgdcJANTXCQAAAAAATJkCAJ+ZAgBZUAIAAAAAAGseAgDbKQoALioKAAAAAACV9QYA+cgHAEzJBwCfyQcA8skHAEXKBwAR9QcAZPUHALf1BwAK9gcAIq0AANA/AgAjQAIAAUcAAKsXAAD+FwAAdzsBAO8lAACQwgoA48IKADbDCgCJwwoAipwCAECRAACa4wAAbLgCAFcVAgBREA0ARA4AAOHvBwCRYwoAidgHAGvYCwAVQgIA7OgBACHGCgCqpgUATJkCAJ+ZAgDymQIAe/YDAJX1BgDs6AEA5LYKAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAIjWCQDb1gkATJkCAC11AQBrHgIA8hwIAMNeCABKEgEA9f8GAKsXAADF0QAAzUcGAGseAgDQPwIAt40KAIB1AQCY9AEA7OgBANjKBAArywQAfssEAMzPDAAf0AwActAMAMXQDAAY0QwAa9EMAOzoAQDnTQgA2ykKAC4qCgCBKgoA1CoKACcrCgB6KwoAhfMKADBXDACNvQQAuNQKAKgtAgBeiQkAmPQBAOzoAQCVMwoAumkKAA1qCgCI1gkALXUBABNFBQBURwAAp0cAAOh4DADs6AEARWIKAJhiCgDrYgoAPmMKAOdNCADbKQoALioKAKsXAAA6HgMAgHUBAJj0AQDs6AEAzUcGAGseAgDs6AEAShIBAIuXAQB1mAMAqS8AAPC4AQA4kAIA7yUAAInYBwCY9AEAvYsAAGseAgB/JwIAax4CAH8nAgAN5wQAqC0CAF6JCQDktgoA+cgHAEzJBwCfyQcA8skHAEXKBwB3CggAYbEKAAg/AQBbPwEATJkCAC11AQCV9QYA54QMAM1HBgDNRwYAAUcAAHiCAQBiPQ0A8Q0AAOSiAQDs6AEA5LYKAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAEViCgCYYgoA62IKAD5jCgCRYwoA5GMKADdkCgCKZAoA5LYKAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAIjWCQDb1gkAlfUGAFMAAABt1QgALXUBAIB1AQCX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQCJ5gUA3OYFAC/nBQCC5wUALXUBAJuEAACUVAcA7OgBAGmdCwAirQAAUwAAAPvTAgA/nAwA7OgBAAI6DADMIg0A2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAJLwAAAAAAAATxQEAGqKDACQwgoAax4CAAFHAAC+XAUATJkCAL2mCADOOwYAUr8KAOzoAQDnTQgAOk4IAI1OCADgTggAM08IAIZPCADs6AEAlTMKAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAoc0DAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAInmBQDc5gUAL+cFAILnBQAW3AIAadwCAESKBgACOgwA7ZAAAK1LAQBq6woAdZgDAARoAgC+XAUAgHUBAJj0AQDs6AEA5LYKAPnIBwBKEgEA89IEAC11AQBllgcAuJYHAAuXBwBelwcAsZcHAASYBwBXmAcAqpgHAP2YBwBQmQcAo5kHAPaZBwBJmgcAnJoHAO+aBwBCmwcAlZsHAOibBwBrHgIAfycCANInAgCTNg0A8Q0AANQdAABFoQEAAUcAACKtAABTAAAA+9MCAAAAAAB4ggEA8Q0AAPvTAgAAAAAAvYsAABCMAAA6HgMA9NsBAPvTAgAAAAAA//0BAHiCAQBiPQ0AaZ0LANy8CwDVFwsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAM7MCQAhzQkAdM0JAGmdCwAirQAAUwAAAPvTAgAAAAAAeIIBAPENAAD70wIAAAAAAIXzCgDkogEAN6MBAPvTAgAAAAAAqxcAAKsXAADtkAAAl+QFAAFHAAC+XAUAzUcGAMNeCADs6AEA500IADpOCACNTggA4E4IADNPCACGTwgAAAAAAAFHAAABRwAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwDIpQ0AbdUIAMDVCAAT1ggAkvAAAM+QBAB39QoA8Q0AAARoAgBdhwsA500IADpOCAAN5wQAYOcEALPnBADs6AEA5LYKAOj1BgBq3QwAvd0MAP/9AQCbhAAAdaYBANQdAACF8woA1B0AACceAAB6HgAAzR4AACAfAABzHwAAIcYKAKgtAgC9iwAAeIIBAJX1BgDs6AEARWIKAJhiCgDrYgoAPmMKANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBADOzAkAIc0JAHTNCQBrHgIAfycCANInAgCTNg0A8Q0AANQdAADnhAwAQJEAAJrjAABsuAIA7ZAAAECRAACa4wAA17oIACq7CABRGAAAAAAAAAAAAAAAAAAAosgCAPXIAgB4zgIAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDANXnBQAo6AUAe+gFAM7oBQAh6QUAdOkFAAAAAAAAAAAAosgCAPXIAgB4zgIAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDANXnBQAo6AUAe+gFAM7oBQAh6QUAdOkFAMXRAAAtdQEAgHUBAO2QAABAkQAAmuMAAGy4AgAAAAAAAAAAAAAAAAAAAAAAAAAAAKsXAADtkAAAAUcAAFcVAgDd/AwAMP0MADiQAgCoeQMA+3kDAE56AwChegMANM0MAIfNDADazQwALc4MAIDODADTzgwAJs8MAHnPDADm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDACAeDADNRwYA8Q0AAOzoAQCI1gkAQJEAAJrjAABsuAIAAAAAAAAAAAAAAAAAXokJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEARU4BAAAAAAAAAAAAAAAAAK1LAQBq6woAzUcGAMNeCADs6AEA500IADpOCACNTggA4E4IADNPCAAAAAAA7ZAAAECRAAD//QEALXUBAIB1AQAVQgIAQ2UNABCMAACY9AEA8Q0AACdxAACIwgAA7yUAAP/9AQCbhAAAiMIAAOzoAQAhxgoA//0BAJj0AQByPwkAzjsGAGI9DQCgYwgAqxcAAO2QAACtSwEAausKAAAAAACrFwAA7OgBAOdNCAA6TggAoGMIAL2LAADxDQAAJ3EAAAfOBgDxDQAA5KIBALB6AQDNRwYAw14IAO2QAADnTQgAm4MMAKMqCwCJ2AcAvYsAAAFHAACbhAAAqC0CAAAAAADNRwYA7OgBAOdNCAA6TggAc2QCAMZkAgDxDQAAJ3EAAAfOBgCrFwAA/hcAAPvTAgBhvwgAtL8IAAfACABawAgArcAIAADBCABTwQgApsEIAPnBCABMwggAn8IIAO2QAACX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQCJ5gUA3OYFAC/nBQCC5wUAP+kBAJLpAQDl6QEAOOoBAP+qAQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDABbcAgBp3AIAXE4JAK9OCQACTwkAVU8JAKhPCQD7TwkAP+kBAInYBwDc2AcAL9kHAM1HBgBrHgIA7OgBAOS2CgA3twoAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIA9LEHAL4eAgCoLQIAvlwFAM1HBgDDXggAYysCAJRUBwBiPQ0AQJEAAJrjAABsuAIAzUcGAM1HBgB4ggEA7OgBAGmdCwC+XAUAEV0FAGRdBQCV9QYA7OgBAM1HBgDdcggAAUcAAOzoAQDF0QAAoGMIAC11AQB/egIAYj0NAMXRAABYCQIALXUBABNFBQC+XAUAgHUBAJj0AQDs6AEAP+kBAJDCCgBrHgIA7OgBACHGCgBAkAwAk5AMAM1HBgAgSAYAc0gGAMZIBgDs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAlTMKALppCgANagoARWIKAJhiCgDrYgoAPmMKACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAYj0NAP4JAgBRCgIA500IADpOCAAAAAAAvYsAAO2QAADxDQAABGgCAOzoAQBpnQsAvlwFABFdBQBkXQUAlfUGAOzoAQDNRwYA3XIIAAFHAADs6AEAIcYKAO8lAAABRwAAXokJADOUCgCrFwAA7ZAAAK1LAQD70wIA0dkCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FAPkUCQAhxgoAzNYLAAAAAAC9iwAALXUBAGseAgCbgwwAgHUBAJj0AQDs6AEAIcYKAKqmBQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwBiPQ0AQJEAAJrjAABsuAIARacMAL5cBQARXQUAZF0FALddBQAKXgUAXV4FAB0ECQBwBAkAwwQJABYFCQBpBQkAvAUJAA8GCQBiBgkAtQYJAAgHCQBbBwkAkvAAAMXRAABYCQIALXUBABNFBQDk9QEAax4CAH8nAgAN5wQAqC0CAF6JCQDM1gsAAAAAAL2LAAAtdQEAax4CAH8nAgDOsQEAlfUGAP/9AQAirQAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAM1HBgD//QEAAUcAAJuEAAAtdQEAgHUBAOzoAQDOsQEAlfUGAP/9AQAirQAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAOzoAQCI1gkAAZkMAABMAQBTTAEA+voKAE37CgCg+woA8/sKAEb8CgDF0QAAoGMIAAOPCgCrFwAA7OgBAGmdCwCNvQQAUr8KAC11AQCAdQEAmPQBAOzoAQBpnQsA3LwLANUXCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADxDQAA7OgBANjKBAArywQAHFwKAG9cCgDCXAoAFV0KAGhdCgC7XQoADl4KAGFeCgC0XgoAB18KACHGCgDM1gsAAAAAAL2LAAAtdQEAax4CAH8nAgCd9gQA7OgBAD/pAQBrHgIA8hwIAEoSAQDs6AEAaZ0LAIAhDQCnRwAAvYsAABCMAAA3nAIAipwCAECRAAB4ggEAUr8KAC11AQCAdQEAmPQBAOzoAQDktgoA6PUGAGrdDAC93QwA//0BAJuEAAB1pgEA1B0AACHGCgDM1gsAAAAAAL2LAAAtdQEAax4CAH8nAgAhxgoAqqYFAOdNCAA6TggA8Q0AAEQOAADdcggAax4CACKtAADtkAAAP+kBAGseAgDyHAgAShIBAOzoAQCVMwoAE0UFAPENAADs6AEAYbEKAAg/AQCbgwwAS/EDAPPSBABZUAIAUr8KAOzoAQA/6QEAkukBAO6EAABKNAgAJhwCAGseAgBSvwoA7OgBAM1HBgBrHgIA7OgBAIXzCgBEDgAA3XIIAGseAgAirQAA7ZAAAAFHAACbhAAAB84GAJX1BgBrHgIAm4MMAIB1AQDvJQAAkMIKAOzoAQCI1gkA29YJAC7XCQB3OwEA7yUAAJDCCgDjwgoANsMKAInDCgCbhAAALXUBAJ0LAgCbhAAAbHkLACeFCQB6hQkAgHUBAGAQCwCNvQQAuNQKABROAgDxDQAAcC4DAJuEAACoLQIAXokJAMG7CgB39QoA8Q0AAARoAgDs6AEARWIKAGMrAgC2KwIACSwCAFEYAACTwQUA5sEFADObCQCGmwkA2ZsJACycCQB/nAkA0pwJANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAEoSAQCLlwEAdZgDAP/9AQAwqgwAoGMIAJuEAABMmQIALXUBAIB1AQC8nQsAsYkJAASKCQBXigkAqooJAP2KCQBQiwkAo4sJAPaLCQBJjAkAnIwJAO+MCQBCjQkAlY0JADe3CgCCLAgA1SwIACgtCAC9iwAAlfUGAOdNCAA6TggADecEAAfOBgDs6AEAvYsAAJX1BgAAAAAAzUcGAOzoAQBpnQsAvlwFABFdBQBkXQUAt10FAApeBQCgYwgAUwAAAJ0LAgCrFwAA7ZAAAAFHAADF0QAAzUcGAGseAgDQPwIAnQsCAJj0AQByPwkAxT8JABhACQBrQAkAvkAJABFBCQB/JwIA8Q0AAOSiAQDUHQAA8Q0AAPvTAgCY9AEAcj8JAMU/CQAYQAkAa0AJAL5ACQARQQkAZEEJALdBCQAKQgkAXUIJALBCCQA/6QEAkMIKAGseAgDNRwYAax4CAOzoAQCF8woA1B0AACceAAB6HgAALXUBACKtAADtkAAARWIKAJhiCgDrYgoAPmMKANA/AgBI8ggA/hcAAMXRAACgYwgAd/UKAPENAAAEaAIAXokJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQA5wgUAjMIFAN/CBQAywwUAhcMFANjDBQAhxgoAB84GAJX1BgBrHgIAfycCAPENAADkogEA7OgBAD/pAQCQwgoA48IKADbDCgAgSAYAc0gGAMZIBgDs6AEAaZ0LACKtAABTAAAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwCbhAAALXUBAO2QAABAkQAAmuMAAGy4AgBFoQEA8XsIAER8CACXfAgA6nwIAD19CACQfQgA7ZAAAEoSAQBTAAAAbdUIAGseAgC+HgIAWVACAFK/CgDs6AEAP+kBAJLpAQDl6QEAk54KAOaeCgCVMwoA6DMKADs0CgBFYgoAYysCALYrAgAJLAIA500IADpOCADxDQAARA4AAHiCAQC9iwAAAUcAAL5cBQDNRwYAlfUGAOeEDACrFwAAYysCALYrAgAJLAIARWIKAJhiCgBrHgIA7OgBAIXzCgDUHQAAJx4AAHoeAACrFwAAYysCALYrAgAJLAIAYbEKAAg/AQBbPwEATJkCAC11AQCV9QYA54QMACKtAACgYwgA7OgBAMG7CgB39QoA8Q0AAARoAgDs6AEAlTMKALppCgANagoA0D8CAEjyCAD+FwAAxdEAAM1HBgDrAQwAvYsAAFMAAADs6AEAP+kBAJLpAQDl6QEAk54KAOaeCgA46gEAOh4DAM1HBgBXFQIA3fwMAKBjCACbhAAAQJAMAKsXAADtkAAAzjsGAPENAABXFQIALwkNAIIJDQBrHgIAfycCAPENAABEDgAAeIIBAEyZAgC9pggAlfUGAOj1BgAHzgYAlfUGAGseAgB/JwIA8Q0AAOSiAQDUHQAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPvTAgAW3AIAYysCALYrAgAJLAIAyG4JABtvCQBubwkAwW8JABRwCQBncAkAunAJAA1xCQBgcQkAs3EJAAZyCQBZcgkArHIJAP9yCQBScwkApXMJAPhzCQBLdAkA7OgBACAeDABfyQoARA4AAOHvBwA08AcAh/AHANrwBwD1nggA+boJAEy7CQCfuwkAM5QKAJrjAABsuAIAiNYJAPENAAAEaAIAV2gCAP/9AQB4ggEAe/YDAHWYAwDjAQIA7OgBACHGCgCqpgUARWIKAO2QAADF0QAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAPvTAgBFoQEA8XsIAER8CACXfAgA6nwIAD19CACQfQgA430IADZ+CAAFhQgAAAAAAAAAAAAAAAAA1IsIACeMCAB6jAgAzYwIACCNCABzjQgAxo0IABmOCAAAAAAAAAAAAGyOCAC/jggAEo8IAA3uAwDYFgYAKxcGAD/pAQCQwgoA48IKADbDCgD70wIAoc0DAPTNAwDn0A0AOtENAI3RDQDg0Q0Am4QAAP/9AQB4ggEAYj0NAD/pAQCJ2AcA3NgHAC/ZBwBFYgoAmGIKAOtiCgA+YwoAkWMKAORjCgA3ZAoAimQKAO2QAACrFwAA/hcAAO2QAACrFwAAqxcAAP4XAADtkAAAqxcAAAFHAAD70wIAFtwCAGncAgBcTgkAr04JAAJPCQBVTwkAqE8JAPtPCQA/6QEAidgHANzYBwAv2QcAzUcGAGseAgDs6AEA5LYKADe3CgBrHgIAfycCAHNkAgABRwAAJhwCAGseAgBSvwoA7OgBAAI6DAD70wIAAAAAAOzoAQD//QEAUv4BAO8lAADvJQAAQiYAAECRAACbgwwAgHUBAJj0AQDs6AEAaZ0LAL5cBQARXQUAZF0FAJX1BgDs6AEAzUcGAN1yCAABRwAA7OgBACHGCgDvJQAAAUcAAF6JCQAzlAoAlfUGAENlDQB4ggEAYj0NAKsXAAD+FwAAdzsBAO8lAACQwgoA48IKADbDCgCJwwoAipwCAECRAACa4wAAbLgCABbcAgBp3AIAXE4JAEoSAQCdEgEAm+sJAO7rCQBB7AkAlOwJAEViCgBjKwIAtisCAAksAgCV9QYAFtwCAGncAgBcTgkAShIBAJ0SAQCb6wkA7usJAEHsCQCU7AkARWIKAGMrAgC2KwIACSwCAJX1BgBKEgEAnRIBAJvrCQDu6wkAQewJAJTsCQBhsQoAtLEKAO6EAADQPwIA7/sFAGx5CwByPwkAeIIBAMuCAQBQYgMAo2IDAOzoAQC9iwAAax4CAHiCAQDnTQgAOk4IAPENAABEDgAAeIIBAEyZAgC9pggAlTMKAEvxAwCe8QMA8fEDAETyAwCX8gMA7OgBAIjWCQDb1gkAAUcAAI29BABSvwoA7OgBAD/pAQCQwgoAax4CAOzoAQBhsQoAtLEKAO6EAADQPwIA7/sFAGx5CwByPwkA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAP+kBAJDCCgDjwgoANsMKAInDCgCVMwoAE0UFAGZFBQCVMwoA6DMKADs0CgCONAoAqqYFAGGxCgC0sQoA7oQAANA/AgDv+wUAbHkLAHI/CQBXFQIAzrEBAPENAABEDgAAShIBAPPSBACoLQIAIq0AAKBjCAAtdQEAgHUBAJj0AQDs6AEAYbEKALSxCgDuhAAA0D8CAO/7BQBseQsAcj8JAD/pAQCQwgoAax4CAOzoAQCQCAEAb1ULAMilDQAbpg0ARWIKAJhiCgDrYgoAPmMKAGGxCgAIPwEAfycCANInAgCJ2AcA7jAMAO2QAACV9QYA7OgBAMXRAAAtdQEAE0UFAFRHAADs6AEAAAAAAOzoAQDNRwYAax4CAOzoAQAFFgwAAAAAAOzoAQDNRwYAax4CAOzoAQAFFgwAWBYMACHGCgCqpgUA5LYKAOeEDAA6hQwAobEHAMqUDAAdlQwA54QMAKsXAAAirQAAvYsAABCMAAABRwAAvlwFABFdBQBkXQUA7ZAAAECRAACa4wAAbLgCAHiCAQDLggEAUGIDAKNiAwDs6AEAhfMKANjzCgAirQAAoGMIAOzoAQA/6QEAidgHANzYBwAv2QcAAjoMAFU6DACY9AEAcj8JAEoSAQDs6AEALXUBAIB1AQDs6AEAIcYKAECQDABSvwoA7OgBAM1HBgDvJQAA7OgBAGmdCwCAIQ0Ap0cAAPpHAABEDgAA3XIIAGseAgAirQAA7ZAAAHiCAQDLggEAIq0AAHyeAgDPngIAIp8CAFK/CgDs6AEAlTMKAOgzCgD0hw0AR4gNAJqIDQDtiA0AQIkNAGI9DQCV9QYA7OgBAJj0AQByPwkAShIBAGmdCwCAIQ0Ap0cAAJj0AQByPwkAShIBAPENAADs6AEAIcYKAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQDktgoAax4CAJuDDABMmQIAvaYIABCnCADs6AEAP+kBAJDCCgDjwgoANsMKAInDCgA/6QEAkMIKAGseAgDs6AEAzrEBAJX1BgD//QEAIq0AAOjSCwD+FwAAdzsBAO8lAACQwgoA48IKADbDCgCJwwoAipwCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAirQAAda0AABNaAgBmWgIAuVoCAJX1BgDnhAwA7yUAAO8lAACQwgoA48IKADbDCgCJwwoAipwCAECRAACa4wAAbLgCAHTGCgABRwAAvlwFAKMqCwAGqgEA7oQAAEo0CAC9iwAAax4CAGmdCwDcvAsA1RcLAD/pAQCJ2AcAa9gLABVCAgBakAMArZADAACRAwBTkQMAppEDAPmRAwBMkgMAn5IDAP/9AQAwqgwA500IADpOCADxDQAARA4AAHiCAQBMmQIAvaYIAJX1BgD70wIAqxcAAP4XAAB3OwEARAACAMfNCQAazgkAbc4JAMDOCQA/6QEAkzYNABCMAAC1pQoAAUcAAL5cBQDNRwYAw14IAAFHAABeiQkAqxcAAPENAACwegEAzUcGAMNeCAB1mAMAyJgDAOdNCAA6TggAAAAAAL2LAAAtdQEAax4CAH8nAgDktgoAax4CAJuDDABMmQIAvaYIAOzoAQAgHgwA5PUBADf2AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAPvTAgDnTQgAOk4IAAAAAAC9iwAALXUBAGseAgB/JwIAnfYEAOzoAQBKEgEAnRIBAJvrCQDu6wkAQewJAJTsCQBhsQoACD8BAFs/AQBMmQIALXUBAJX1BgDnhAwA8Q0AAOzoAQBhsQoAtLEKAO6EAADQPwIA7/sFAGx5CwByPwkA8Q0AAFMAAAChsQcAl+QFAO8lAAAGqgEAWaoBAKyqAQACOgwA8Q0AAARoAgBeiQkAsYkJAPX/BgCtSwEAausKAPvTAgCY9AEAShIBAPX/BgCrFwAAAUcAAJuEAACoLQIAvlwFAM1HBgDDXggA7OgBAD/pAQCS6QEAiMIAAHiCAQDxDQAA1B0AAAuCCgAnhQkA//0BAADWBQCoLQIAm4QAAJRUBwDs6AEAiNYJAECRAACa4wAAbLgCAJRUBwD70wIA0D8CALeNCgAKjgoAXY4KALCOCgAtdQEAf3oCANJ6AgAlewIA7ZAAAJuEAADHuAwA7OgBAM1HBgDdcggAAUcAAOzoAQDNRwYA7yUAAOzoAQBKEgEA9f8GAEgABwCdEgEAax4CAECRAABKEgEAi5cBAN6XAQBjKwIAMW4HAF6JCQCV9QYA7OgBAP/9AQBSvwoA7OgBACHGCgBAkAwA/hcAAHc7AQBURwAAp0cAAOh4DADs6AEAYbEKAAg/AQBbPwEAf+gKANLoCgAl6QoAmPQBAOv0AQDNRwYA6wEMAJOeCgDmngoAMVkKAIRZCgDs6AEAP+kBAJLpAQDaiAoALYkKAICJCgDTiQoAJooKAHmKCgDMigoAH4sKAGGxCgC0sQoAWVACAIh8CgDUHQAAiNYJAECRAACa4wAAbLgCACKtAAB8ngIAhEQNAJj0AQCgYwgA82MIAJUzCgDoMwoAOzQKAI1ACgDgQAoA0yENAH8nAgAN5wQAB84GAOzoAQAAAAAA5aoKAOzoAQCgYwgAm4QAAECQDACV9QYAeIIBAGI9DQCV9QYAiNYJAAGZDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBXFQIA+9MCAFMAAACmAAAAnvgCAPH4AgBE+QIAaDsDALs7AwAOPAMAYTwDALQ8AwAhxgoAqC0CACHGCgCoLQIAAAAAAOu1CgDs6AEAlfUGAC8sCAArOQ0AfjkNANE5DQAkOg0A+9MCAP/9AQBSvwoAAUcAAF6JCQDm1gIAoGMIAJuEAABZUAIAoGMIAJuEAAB1pgEA7OgBAD/pAQCS6QEA5ekBADjqAQBAkQAAmuMAAGy4AgAAAAAAqxcAAAFHAACbhAAA9NsBAOzoAQCI1gkAQJEAAJrjAABsuAIAzUcGAN1yCAAQjAAAN5wCAOS2CgDnhAwAAUcAAF6JCQCX5AUAAUcAAF6JCQCbhAAAWVACAH8nAgDktgoA54QMAAFHAABeiQkAl+QFAAFHAABeiQkA8Q0AALB6AQADewEAVnsBAKl7AQByiwoAxYsKAOzoAQD//QEAUr8KAOzoAQCF8woAsHoBAAN7AQBWewEAqXsBAFMAAAAIPwEAWz8BAEoSAQCLlwEAdZgDANQdAAAnHgAAfycCAM6xAQA0BQUAl+QFAAFHAAC+XAUAzUcGAEoSAQDz0gQALXUBAIB1AQC+HgIA7oQAAO2QAAD//QEAm4QAAO6EAADQPwIA7OgBACAeDABKEgEAnRIBAPENAAAEaAIA7OgBAOdNCAA6TggAc2QCAEofCwCrFwAAAUcAAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAHiCAQCbhAAAdaYBAARoAgBPFAQAYbEKAAg/AQBbPwEAf+gKANLoCgAl6QoAeOkKAOzoAQDYygQAK8sEALpbDAANXAwAYFwMALNcDAAGXQwAWV0MAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAIjWCQABmQwAausKAL3rCgBmRQUA2MoEACvLBAAcoQwAIq0AAO2QAADxDQAA5KIBAFcVAgBh9gwAtPYMAGrrCgC96woALXUBABNFBQBeiQkAlfUGAOzoAQDF0QAALXUBABNFBQBURwAA7OgBANjKBAArywQAHKEMAG+hDAC9iwAA//0BAAFHAABeiQkA1/8KACoACwA0gQsA7yUAAAaqAQBZqgEArKoBAPENAAD07woAR/AKAJrwCgDt8AoAQPEKAM1HBgDNRwYA6wEMAGmdCwC+XAUAEV0FAGRdBQCV9QYA7OgBAM1HBgDdcggAAUcAAOzoAQCVMwoA6DMKAM1HBgDvJQAA7ZAAAJX1BgDnhAwAlfUGAOzoAQBpnQsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+RQJAFT6CgCn+goA8Q0AAARoAgBpnQsAvlwFABFdBQBkXQUAlfUGAOzoAQDNRwYA3XIIAAFHAADs6AEAlTMKAOgzCgDR2QIAd1YJAA+eCwB9AAsA0AALACMBCwB2AQsAyQELABwCCwBvAgsAwgILABUDCwBoAwsAwQ4LABQPCwBnDwsAug8LANHZAgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQD5FAkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACHGCgDvJQAAAUcAAF6JCQAzlAoAaZ0LANy8CwDVFwsA//0BADCqDAAhxgoAQJAMAJOQDACVMwoA6DMKAPSHDQBHiA0AmogNAECQDAAirQAA7ZAAAM1HBgDvJQAA7OgBAIjWCQBAkQAAmuMAAGy4AgDs6AEARWIKAJhiCgDrYgoAPmMKAJcAAgABmQwAausKAHWYAwCI1gkAAZkMAGrrCgB1mAMARWIKAJhiCgBRGAAAiNYJAECRAACa4wAAbLgCAECRAACa4wAAbLgCAO2QAAAtdQEATJkCAL2mCADs6AEAvYsAABCMAACVxQEA6MUBADvGAQCOxgEA4cYBADTHAQCHxwEA2scBAFEeCwCkHgsA9x4LAOzoAQC9iwAAEIwAAMXRAABYCQIAqwkCAF6JCQCV9QYA7OgBAIjWCQABmQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA7yUAAEImAABAkQAAmuMAAGy4AgCY9AEA6/QBAJX1BgDs6AEARWIKAJhiCgDrYgoAPmMKAJcAAgABmQwAi+oBAN7qAQAx6wEAhOsBAOzoAQCF8woA2PMKACKtAAAirQAA7ZAAAPENAADF0QAAWAkCAHWmAQDs6AEARWIKAJhiCgDrYgoAPmMKAJcAAgABmQwAi+oBAN7qAQAx6wEAhOsBANfrAQABmQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAOh4DAAAAAACrFwAAOh4DAI0eAwBpnQsA3LwLANUXCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADktgoAN7cKAIIsCADNRwYAIEgGAHNIBgBhsQoALXUBAIB1AQCF8woAMFcMAINXDABZUAIA500IADpOCAAN5wQAYOcEANjzCgAirQAAIq0AAO2QAADtkAAA//0BADCqDAAhxgoA//0BAHiCAQAN5wQAB84GAOzoAQBhsQoACD8BAFs/AQCi3AsA9dwLAEjdCwCb3QsA7t0LAM1HBgDvJQAA7OgBAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIARWIKAN/eAQDKNAIAvlwFAO2QAADxDQAA7OgBAM1HBgDvJQAA7OgBAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIARWIKAN/eAQDKNAIAqxcAAP4XAABEigYA7ZAAAAFHAAA6JQIAjSUCAOAlAgCQCAEA7OgBAM1HBgD//QEAzrEBADQFBQCX5AUAAUcAAOzoAQDBuwoAFLwKAGe8CgC6vAoARWIKAJhiCgBRGAAAIcYKAKgtAgD7LQIATi4CAKEuAgD0LgIARy8CAJovAgBKEgEA9f8GAAFHAABURwAAd/UKAJX1BgDs6AEAYj0NAJX1BgDs6AEA2uIJAM1HBgAgSAYAAUcAAL5cBQDNRwYAw14IAPvTAgC9iwAAEIwAAMXRAAAY0gAAvh4CAMe4DACS8AAAAtoBANriCQAt4wkAzUcGAMNeCADs6AEAIcYKAKqmBQDa4gkAqxcAAP4XAABEigYA7ZAAANriCQAt4wkATJkCAJ+ZAgDymQIARZoCAJUzCgDoMwoA03UBAM1HBgDrAQwAI0ACAMXRAAAtdQEAE0UFAFRHAACNvQQA2ykKAAFHAABURwAAUr8KAP4JAgBRCgIApAoCAPcKAgBKCwIAP+kBAJLpAQCUVAcA8Q0AAEViCgA6HgMAIcYKAFWNDACojQwA+40MAE6ODAChjgwAgHUBAJj0AQD70wIAmPQBAJj0AQBrHgIAfycCAJj0AQAnhQkAqC0CAF6JCQDtkAAAQJEAAJrjAABsuAIAUwAAACNiCQB2YgkAAUcAALydCwAPngsAAKwLAFOsCwCkagwA92oMAEprDACdawwA8Q0AAOzoAQA/6QEAkukBAOXpAQA46gEA500IADpOCADxDQAA9O8KAHiCAQABRwAA7OgBAIXzCgDY8woApGoMAPdqDABKawwAnWsMAAAAAABdhwsA7OgBAD/pAQCS6QEA5ekBALiBCgCI1gkAQJEAAJrjAABsuAIAw14IAO2QAACF8woA1B0AAE6VCwChlQsA9JULAOzoAQDNRwYAaZ0LALydCwDYmQsAK5oLAH6aCwDRmgsAJJsLAHebCwDs6AEAzUcGAHiCAQB4ggEAYj0NAJfkBQABRwAAvlwFAIB1AQD5AAAAgW8MAPENAADs6AEAVyIMALCHCwABRwAAvYsAAFMAAAAirQAAda0AABNaAgBmWgIAuVoCAEoSAQCdEgEAm+sJAO7rCQBB7AkAlOwJAJuEAABZUAIAlfUGAPnIBwDF0QAAqxcAACKtAAB1rQAAE1oCAGZaAgC5WgIAAUcAAF6JCQDX/woAHzELAHIxCwDFMQsAGDILAGsyCwC+MgsA1B0AAPENAAAAAAAAAAAAAAAAAADYygQAK8sEAH7LBADlowsAOKQLAIukCwDxDQAARA4AAHiCAQBiPQ0AVxUCAHiCAQDLggEA7O4MAIB1AQDvJQAAxdEAAFgJAgCUhAwAYfYMAECRAACa4wAAbLgCAJX1BgDnhAwA//0BAFL+AQA0GgIAjb0EALjUCgAL1QoAhfMKANjzCgAtdQEAE0UFAF6JCQDX/woA+9MCAGmdCwC8nQsAD54LAACsCwBTrAsApqwLAPmsCwBMrQsAP+kBAJLpAQDl6QEAOOoBAOAXBAAzGAQAhhgEAK4ACgDbKQoAS9wGAPnIBwDdcggAAUcAAOzoAQAAAAAA54QMAECRAACa4wAA7eMAAAAAAAAAAAAAAAAAAKy3CwA/6QEAidgHANzYBwAv2QcARaEBAO8lAAAGqgEAWaoBAKLIAgD70wIA79ELAELSCwAncAwAenAMACYcAgCV0gsATxQEAAAAAADs6AEAvYsAABCMAADeqwoAMawKAISsCgDXrAoAKq0KAH2tCgDQrQoAI64KAECRAACa4wAAbLgCAP/9AQAwqgwAAUcAAMXRAADtkAAA7ZAAAKsXAADs6AEAaZ0LALydCwAPngsAUwAAAKYAAAD5AAAATxQEAO/RCwBC0gsATxQEAAFHAAAmHAIAldILAE8UBAAAAAAA7OgBAGmdCwCAIQ0ALXUBAHWYAwDImAMAG5kDALydCwAPngsAfQALANAACwAjAQsAdgELAMkBCwAcAgsAbwILAMICCwAVAwsAaAMLAMEOCwAUDwsAZw8LALoPCwANEAsA0D8CALeNCgCV9QYAqxcAAGMrAgDHuAwAosEDAOMBAgA2AgIAkvAAAALaAQC2DwYAfJ4CAM+eAgAinwIA7oQAAGseAgDyHAgA8Q0AAOSiAQCAdQEAOh4DAHWYAwDjAQIAA48KAJX1BgDs6AEAlTMKAOgzCgABRwAAXokJANf/CgAqAAsAIEgGAHNIBgCJ0QgAAUcAADolAgDNRwYAw14IAOzoAQCF8woA1B0AAE6VCwChlQsA9JULAJ0LAgCbhAAAlFQHAOdUBwA6VQcA2MoEAHyeAgDPngIAIp8CAP/9AQCbhAAA7oQAACWIDAB4iAwAeIIBAJuEAADQPwIA6CwLADstCwCOLQsA4S0LADQuCwCHLgsA500IANspCgCSNQMA5TUDADOUCgCa4wAA2ykKAFMAAAABRwAAXokJAAAAAAAAAAAAAAAAAP/9AQAwqgwA7yUAAJDCCgBrHgIAfycCACHGCgCUVAcA51QHABQJAABnCQAAwbsKAHf1CgDK9QoAm4QAAO8lAAABRwAAXokJADOUCgDs6AEAIcYKAJRUBwDnVAcAFAkAAGcJAADBuwoAd/UKAMr1CgCI1gkAm4QAAO6EAACgYwgAFAkAAGcJAADBuwoAd/UKAMr1CgCI1gkAm4QAAO6EAACgYwgAFAkAAGcJAADBuwoAd/UKAMr1CgB79gMAgHUBALB6AQCAdQEAobEHAMqUDAAdlQwAcJUMAMOVDAAAAAAAP+kBAJLpAQDl6QEAb/sLAML7CwDs6AEAaZ0LALydCwAPngsANIELANA/AgAAAAAA7OgBAGmdCwC8nQsAD54LADSBCwCF8woA2PMKAC11AQATRQUAXokJANf/CgBhsQoAtLEKAFyTCwA/6QEAkukBAOXpAQDYygQAfJ4CAOKzAgAirQAA7ZAAAM47BgB4ggEAYj0NAJX1BgCQuwsA47sLADa8CwCJvAsA3LwLAC+9CwDktgoAQ2UNAJZlDQC+HgIAqC0CAL5cBQDNRwYAw14IAJ0LAgBKEgEA8Q0AAGmdCwC8nQsAD54LADSBCwBhsQoAtLEKAFyTCwA/6QEAkukBAOXpAQCF8woA2PMKAC11AQATRQUAXokJANf/CgBXFQIAVxUCALIVDADs6AEAP+kBAJLpAQDl6QEAOOoBAIjWCQBAkQAAmuMAAGy4AgA/6QEAax4CAPIcCABKEgEAzUcGAOsBDACVMwoAmPQBAKsXAAD+FwAAax4CAH8nAgCd9gQA7OgBAJLwAAC9iwAAEIwAALWlCgAIpgoAW6YKAK6mCgABpwoAVKcKAEoYDACdGAwA8BgMAEMZDABdhwsAqsIBAE6VCwChlQsA9JULAOzoAQDBuwoAd/UKAMr1CgDYmQsAK5oLAH6aCwDRmgsAJJsLAHebCwDs6AEAwbsKAHf1CgDK9QoAm4QAAO6EAACgYwgA7OgBAIXzCgDUHQAATpULAKGVCwD0lQsA7OgBAMG7CgB39QoAyvUKAGmdCwC8nQsA2JkLACuaCwB+mgsA0ZoLACSbCwB3mwsA7OgBAMG7CgB39QoAyvUKAAAAAAD02wEAAUcAAL2LAABrHgIAfycCAAI6DABTAAAApgAAAJ74AgDx+AIARPkCAJf5AgCI1gkAAZkMAIvqAQDe6gEAMesBAITrAQDX6wEARfQBAOdNCADbKQoA2MoEACvLBAB+ywQARWIKAGMrAgC2KwIAAAAAAAI6DABVOgwAzCINAD/pAQCS6QEA5ekBALiBCgBhsQoAtLEKAFyTCwD70wIATygNAJC7CwDjuwsA+9MCAIjWCQDOOwYAITwGAMe4DACiwQMA1B0AAJX1BgD70wIALXUBAIB1AQDvJQAAkMIKAGy4AgCiyAIA9cgCAGmdCwC8nQsAD54LADSBCwCHgQsA500IANspCgAuKgoAP+kBAJLpAQDl6QEAk54KAOaeCgCI1gkAQJEAAJrjAABsuAIAOOoBAOAXBAAzGAQAhhgEAPK7CQABmQwA59ANADrRDQCN0Q0A4NENAGGxCgB4ggEAYj0NAJuEAAB1pgEA1B0AAOdNCAA6TggAjU4IACUoAgACOgwAqsIBAP3CAQBFoQEAoGMIAAOPCgDOOwYAWAkCAJSEDAA6HgMAgHUBAJj0AQCiyAIA9cgCAGmdCwC8nQsAD54LADSBCwCHgQsA500IANspCgAuKgoABGgCAFdoAgBAkAwAlfUGAOj1BgBZUAIAlfUGAJ0LAgDNRwYA3XIIAO2QAABAkQAAmuMAAGy4AgBDuQEAlrkBAHiCAQBiPQ0AAUcAAF6JCQBpnQsAm4QAAHWmAQDv0QsALXUBAH96AgCV9QYA7OgBAD/pAQCS6QEA5ekBADjqAQCF8woA2PMKACKtAAAirQAA7ZAAAPENAADkogEA7yUAAJM2DQDIswsAG7QLAG60CwDBtAsAFLULAAI6DABVOgwAqDoMADBXDAB7ZAwAzmQMACFlDAB0ZQwAurULAA22CwBgtgsA7OgBAOzoAQD70wIAShIBAEoSAQDz0gQAWVACAFK/CgDs6AEA9NsBAEfcAQCa3AEA7dwBAEDdAQCT3QEAqxcAAO2QAAABRwAAG6cBAJX1BgBTAAAAobEHAJX1BgABRwAAm4QAAJRUBwDs6AEAaZ0LALydCwAPngsANIELANspCgAuKgoA7OgBAD/pAQCS6QEA5ekBADjqAQCF8woA2PMKACKtAAAirQAA7ZAAAPENAADkogEA7yUAAJM2DQBAkQAAfycCAMXRAABYCQIAdaYBAO2QAABAkQAAfycCAGmdCwC8nQsAD54LACKtAADwuAEAQ7kBAJa5AQB4ggEAYj0NAAFHAABpnQsAvJ0LAA+eCwAhxgoAVY0MAKiNDAD7jQwATo4MAKGODAD0jgwAR48MAJqPDAD70wIAAAAAAAAAAAAtdQEAdZgDAO/RCwBZUAIA7ZAAAFMAAAAIPwEAfycCAHNkAgB8ngIAqC0CAF6JCQAirQAAAAAAAAAAAAAliAwAeIgMAMuIDAAeiQwAcYkMAMSJDAA/6QEAkukBAOXpAQCTngoA5p4KAIjWCQBAkQAAmuMAAGy4AgB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEA8Q0AAP4JAgCrFwAA7OgBAIjWCQBAkQAAmuMAAGy4AgDTpQYAJqYGAHmmBgDMpgYAH6cGAHKnBgDFpwYAGKgGAKsXAACV9QYALywIAIB1AQCY9AEA+9MCAIjWCQABmQwAVJkMAKeZDAD6mQwATZoMAPENAACtSwEAm4QAAH3QBQBTAAAAeIIBAP/9AQDNRwYAax4CANA/AgAjQAIAIB4MANR9CgAnfgoAen4KADFZCgCEWQoA7ZAAAECRAACa4wAAbLgCAAFHAAA6JQIAjSUCAOAlAgAZeQsAlfUGAOeEDAAZeQsAkAgBAO2QAABAkQAAmuMAAJ0LAgDwCwIAQwwCAJYMAgDpDAIAnQsCAO8lAAAGqgEAWaoBADFZCgCEWQoAAAAAANHZAgB3VgkAD54LAFK4CwCS6QEA5ekBADjqAQD+CQIA/gkCAO2QAACbhAAAQJAMACKtAABrHgIAfycCAA3nBACoLQIAvlwFAM1HBgDDXggA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAncQAAqC0CAL5cBQB1mAMA7yUAAInYBwDtkAAAlfUGAJX1BgDnhAwAOoUMAKGxBwDKlAwAHZUMAOeEDACrFwAAIq0AAFK/CgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFMAAABTAAAAeIIBAHv2AwAirQAAfJ4CAKgtAgC+XAUAzUcGAMNeCAAirQAA8LgBADiQAgDMzwwAXokJAK1LAQB1ZwoAyGcKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrFwAA/hcAAESKBgABRwAAjb0EALjUCgAUTgIA8Q0AALB6AQDtkAAAqxcAAAFHAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAF6JCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAUcAAJuEAAAtdQEAgHUBAO2QAABAkQAAeIIBAJuEAACIwgAAEIwAALWlCgCgYwgAA48KAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB79gMAgHUBADoeAwATRQUAvlwFAJuEAACUVAcAe/YDAFpEAgCbhAAAqC0CAL5cBQDNRwYAw14IAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqC0CAJuEAACbhAAA7oQAAEGFAACUhQAA54UAADqGAABrHgIAfycCAPENAABEDgAA3XIIAGseAgAirQAA7ZAAAO8lAAAGqgEAWaoBADFZCgCEWQoA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCY9AEAcj8JAMU/CQDOsQEAlfUGAP/9AQAirQAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQC9aAUAEGkFAGNpBQC2aQUACWoFAFxqBQCvagUALXUBAH96AgDSegIAJXsCAHh7AgDLewIAHnwCAPENAAAEaAIAV2gCAKgtAgBeiQkA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAn7QKAPK0CgDtkAAArUsBAOfQDQA60Q0AjdENAODRDQAz0g0AhtINANnSDQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQCftAoA8rQKACKtAADwuAEAQ7kBAJa5AQB4ggEAYj0NAAFHAAC+XAUAzUcGAMNeCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQCftAoA8rQKAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALBeBQB8DAsAzwwLACINCwB1DQsAyA0LABsOCwBuDgsA8k0BAJ+0CgDytAoAvYsAABCMAAC1pQoAoGMIAAOPCgCX5AUA0D8CACNAAgCV9QYALywIAM1HBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQCftAoA8rQKAPENAADVogMAKKMDAGI9DQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAJ+0CgDytAoAosEDAPXBAwBIwgMAm8IDAO7CAwBBwwMAlMMDAOfDAwA6xAMAjcQDAODEAwDyTQEAn7QKAPK0CgDvJQAAeIIBAFK/CgDF0QAAWAkCAFK/CgDxDQAA1aIDACijAwBiPQ0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQCftAoA8rQKAGrJAwC9yQMAEMoDAGPKAwD70wIAVEcAAGseAgDyHAgAxdEAAOzoAQCI1gkAAZkMAIvqAQDe6gEAMesBAITrAQDX6wEAAAAAAOzoAQDnTQgAOk4IAHNkAgBKHwsAnR8LAPAfCwBDIAsAhfMKAOjSCwA70wsAjtMLAOHTCwA01AsAh9QLAIXzCgDo0gsAO9MLAI7TCwDh0wsANNQLAIfUCwCI1gkAAZkMAIvqAQDe6gEAMesBAITrAQDX6wEAAjoMAMwiDQAhxgoAzNYLAEo0CAC9iwAAm4QAACHGCgDM1gsASjQIAL2LAACbhAAAlFQHAOzoAQACOgwAzCINAB8jDQByIw0AxSMNABgkDQBrJA0AviQNABElDQC9iwAAeIIBAHiCAQDs6AEA5LYKADe3CgCKtwoA3bcKAKMqCwDvJQAAQiYAAECRAACbgwwAgHUBAJj0AQDs6AEAlTMKABNFBQBeiQkAsYkJAPENAADtkAAA7yUAAAFHAADs6AEA2MoEACvLBAB+ywQAzM8MAB/QDABy0AwAxdAMAJj0AQCgYwgA82MIAOzoAQDYygQAK8sEAH7LBADMzwwAH9AMAHLQDADF0AwAiMIAAPENAADUHQAAlfUGAOzoAQD//QEAUr8KAPvTAgCqwgEAHyMNANvWCQCV9QYA7OgBAM1HBgDvJQAA7OgBAJUzCgDoMwoAqxcAAO2QAABAkQAA7OgBAIjWCQABmQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAIXzCgAwVwwAg1cMAKpoAgD9aAIA7OgBAGmdCwCNvQQAuNQKAAvVCgBe1QoAAjoMAFU6DAAhxgoA//0BAM1HBgBMmQIAvaYIAIjWCQABmQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAMXRAABYCQIAdaYBAOzoAQBpnQsAgCENAKdHAADOUAMAN7cKAGseAgB/JwIAc2QCAAFHAADs6AEA2MoEAHyeAgCERA0A10QNACpFDQDNRwYA7yUAAOzoAQBpnQsAgCENAKdHAAA/6QEAkMIKAHiCAQB4ggEAy4IBAMXRAAAtdQEAgHUBAJj0AQDs6AEAiNYJAAGZDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQC9iwAAax4CAJuDDACAdQEAmPQBAOzoAQDBuwoAFLwKAECQDACV9QYAeIIBAHv2AwCAdQEAmPQBAOzoAQDNRwYA7yUAAOzoAQBpnQsAgCENAKdHAADIUg0AG1MNAG5TDQDBUw0AFFQNAGdUDQC6VA0ADVUNAGBVDQCzVQ0ABlYNAFlWDQCsVg0A/gkCAFEKAgC3fwwAQJAMAP4XAAB3OwEAVEcAAKdHAADoeAwA7OgBAIjWCQABmQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAM1HBgAirQAAIq0AAB66BQBxugUAxLoFABe7BQCd9gQAK/QKAH70CgDR9AoAJPUKAPvTAgAAAAAAAAAAAAAAAADs6AEARWIKAMilDQAbpg0AbqYNAJUzCgDoMwoA9IcNAEeIDQCaiA0A7YgNAECJDQAhxgoAB84GAJX1BgBSvwoAm4QAAFlQAgCrFwAA7OgBACHGCgAHzgYAlfUGAGGxCgCrFwAAyKUNABumDQBupg0AlTMKAOgzCgD0hw0AR4gNAJqIDQDtiA0AQIkNACHGCgAHzgYAlfUGAPENAAAEaAIAV2gCAJRUBwDnVAcAmPQBAHI/CQBKEgEA7OgBAJUzCgDoMwoA9IcNAEeIDQCaiA0A7YgNAECJDQD//QEAUv4BAMjdBQA3nAIAeIIBAGI9DQCVMwoA6DMKAPSHDQBHiA0AmogNAO2IDQDr9AEA7OgBAJj0AQByPwkAxT8JAEViCgDIpQ0AG6YNAG6mDQCVMwoA6DMKAPSHDQBHiA0AmogNAO2IDQBAiQ0AUwAAAAg/AQBbPwEATJkCAC11AQCV9QYA54QMAECRAACIfAoABGgCAI29BAC41AoAqC0CAF6JCQCY9AEAUr8KAPvTAgBqyQMAvckDABDKAwBjygMAxdEAAC11AQATRQUAVEcAAOzoAQCI1gkAAZkMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIAaZ0LANy8CwDVFwsA500IADpOCABAkQAA2ykKAC4qCgDs6AEAYbEKALSxCgBckwsAUwAAAEoSAQDs6AEAiNYJAECRAACa4wAAAAAAAGy4AgC6WwwAhmsEAPPSBABAkAwAlfUGAOzoAQA/6QEAkukBAOXpAQA46gEAxdEAAC11AQATRQUAVEcAAOzoAQCI1gkAAZkMAGrrCgC96woAZkUFANjKBAArywQAHKEMAOWqCgA4qwoAOKsKANW9CwBFoQEA8XsIAER8CACXfAgAFkMMAGlDDABTAAAACD8BAFs/AQB/6AoA0ugKACXpCgB46QoA7OgBANjKBAArywQAulsMAA1cDABgXAwAs1wMAAZdDABZXQwAe/YDAKMqCwD2KgsAl+QFAFK/CgAirQAAda0AAJj0AQDr9AEAm4QAAIAhDQCnRwAA6HgMADt5DAAhxgoAdMYKAMfGCgBpnQsAvJ0LAA+eCwBSuAsAkukBAOXpAQCTngoA5p4KANy8CwDVFwsAhfMKANQdAADtkAAAaZ0LAIAhDQCnRwAAP+kBAJM2DQDmNg0AOTcNAIw3DQCF8woAMFcMAINXDACqaAIA/WgCAOzoAQBpnQsAjb0EALjUCgAL1QoA500IADpOCAACOgwAax4CANspCgAuKgoA7OgBAEoSAQDz0gQATJkCAL2mCACQwgoAax4CAOzoAQBKEgEAnRIBAGseAgB/JwIAlTMKAOgzCgDvJQAAkMIKAGseAgBKEgEA89IEAKgtAgC+XAUAzUcGAO2QAACX5AUAHroFAAFHAAC+XAUAzUcGAMNeCADs6AEAP+kBAJLpAQDl6QEAOOoBAD/pAQCQwgoAax4CAOzoAQBpnQsAm4QAAHWmAQCAIQ0Ap0cAAOh4DAA7eQwAjnkMAId6DADaegwALXsMAD/pAQCS6QEA5ekBAG/7CwDC+wsA7OgBAGmdCwC8nQsAD54LAObWAgAW1QMAHFwKAG9cCgDCXAoAFV0KAGhdCgC7XQoADl4KAGFeCgDykgMARZMDALpbDAANXAwAcsMCAMXDAgBiPQ0AyKYBAOr/DQA9AA4ABGgCAFK/CgBSvwoAN6MBAL0pDgAXIg8AlfUGAKE8AACQAA4A4wAOAL0pDgBG5w0AmUkAANh9DwAXIg8AlfUGABciDwAXIg8AlfUGAL0pDgCbGw8AFyIPANh9DwCY9AEAJx4AAJAIAQDYfQ8AkAgBAI0kDgCNJA4AlfUGAOeEDAAgHwAAkAgBAC7DAACd9gQAFuINABbiDQAXIg8AnfYEABciDwBOlQsAIQQOAHQEDgDudQ4A6v8NAD0ADgCWsQ4A2H0PABQJAAC9KQ4AIQQOAHQEDgCQCAEAwfkNAHT9DgDH/Q4A1z0OAJj0AQCNJA4AHigOAHEoDgDq/w0APQAOAEqwDgBKEgEAzCINAI0kDgBL/g0AjSQOAMNeCADudQ4AvSkOAODKDgAXIg8AFAkAABQJAAB6Dw4AzQ8OACAQDgDYfQ8A8Q0AAJX1BgCgYwgAlfUGAHoPDgDNDw4ApkQOAJAIAQB6Dw4AzQ8OAKZEDgAnHgAA6v8NAD0ADgAJLAIA7OgBALppCgC9KQ4A+9MCAAFHAACNJA4Af3oCAJX1BgC9KQ4Atx8CACEEDgB0BA4AjSQOAHsDDgDOAw4AIQQOAKbqDgAhBA4ApuoOAKX2DgCNJA4AVxQOAHMQDgDGEA4AwfkNAHMQDgAAAAAA7OgBAHoPDgDNDw4Aeg8OAM0PDgB6Dw4AzQ8OAMcEDgDudQ4Ah2UPANplDwBXFQIAewMOAMH5DQAhBA4AdAQOAFcVAgCV9QYA7OgBANh9DwDs6AEAJmcPAPAKDgCNJA4AvSkOAL0pDgBPFAQATxQEAE8UBAD70wIAlFQHADCqDAAidQgAMKoMAMXQDADF0AwAAUcAACAlCwAG9Q4AkvAAAPENAADxDQAA4RgOAMXRAACS8AAAjSQOAPENAADF0QAAjSQOAI0kDgCNJA4AjSQOAI0kDgDB+Q0AwfkNAI0kDgCNJA4AjSQOAI0kDgCNJA4AjSQOAMH5DQDB+Q0AwfkNAI0kDgCNJA4AjSQOAMH5DQDB+Q0Atx4OAMH5DQDB+Q0AjSQOAOzoAQDs6AEAmyIOAMFhCwDs6AEA2H0PAGseAgDxewgA7OgBAPENAADxDQAAjSQOAI0kDgB4ggEAjSQOAHoPDgDNDw4A+9MCAL0pDgDYfQ8A8Q0AANImDgDs6AEAKZ4CANQdAABSvwoAoGMIAKsXAACV9QYAKNMIAJX1BgD+AQ8AvSkOAM5PDwCNJA4A8Q0AALpOAgDF0QAAxdEAAMXRAADYfQ8AxdEAAMQpAgDHuAwA2H0PALpOAgDYfQ8AU0UCAHggDwBdGA8AsBgPAPQtDgDYfQ8AUwAAAKsXAADnhAwARucNAFK/CgAV5w4AUwAAAHggDwAUCQAAFAkAABQJAACBtA4AvSkOAEbnDQAEaAIAUr8KAFs3DgDPlwMA0X8DAPzGDgAJTgkAK34PAAfOBgDB+Q0AdP0OAMf9DgDmfAMAeg8OAM0PDgCmRA4A+UQOAMH5DQDYfQ8Aw80EAGRxDgDB+Q0AjSQOAI0kDgB6Dw4AzQ8OAI0kDgAeKA4AcSgOAEQOAAC9KQ4ARucNANh9DwDs6AEAvSkOAI0kDgAeKA4AcSgOAOzoAQDKzAQA0dgOANriCQDYfQ8AXV4FANh9DwD5FAkAglUOAL0pDgDQPg4AAUcAANh9DwAEaAIAYj0NAL0pDgCbGw8AkvAAANHYDgArfg8AjSQOAB4oDgArfg8AjSQOAGRxDgCU7AkAwa4AAMH5DQB0/Q4Ax/0OAHoPDgDx9w4AXYcLAOmxDgBG5w0A8Q0AAJAIAQBaQw4Aq64OAAFHAAABRwAAwfkNAHT9DgDH/Q4A0D4OAAFHAAABRwAAAUcAAAFHAABM8g0AWU8OANUXCwAvVQ4AvSkOAI0kDgAeKA4AcSgOAMdXDgAM8wQARucNAA1qCgArfg8AjSQOACt+DwCNJA4AbGQOAL9kDgASZQ4A7ZAAAIs8DgDePA4AMT0OAIQ9DgAZtw4AbGQOAL9kDgASZQ4ATPINAPN/BADB+Q0AdP0OAMf9DgDQPg4ARWkJANh9DwAEaAIAUr8KANh9DwDR2A4ARucNAE8UBADtewMAXokJAI0kDgAeKA4AcSgOAIJVDgAgHwAAwfkNAHT9DgDH/Q4A2H0PAPvTAgDQPg4AY1QIAAFHAAABRwAAzWIOACBjDgBzYw4AXV4FAM1iDgCNJA4AvwoPAMH5DQArfg8AjSQOAB4oDgArfg8AYj0NAOzoAQCNJA4AHigOAHEoDgABygUAvSkOAJsbDwDYfQ8AicMKAL0pDgDYfQ8As40FAI0kDgDB+Q0AK34PACEEDgB0BA4AlfUGADWzDgBsZA4Av2QOABJlDgCNJA4AHigOAHEoDgBbNw4ABGgCAGI9DQCNJA4A8/sKANh9DwBiPQ0A7OgBAJ/rDgCV9QYATJkCAI0kDgAeKA4AcSgOAEzyDQCQCAEAvSkOANh9DwDcvAsARucNAIh8CgDB+Q0AjSQOAMH5DQCNJA4AK34PACt+DwArfg8AjSQOAI0kDgCNJA4AHigOAHEoDgCNJA4AMyUOAFuDDwC9KQ4AW4MPAM1iDgCNJA4AwfkNAHT9DgDH/Q4AwfkNAHT9DgDH/Q4A2H0PAFECDwAzlAoA2H0PAGI9DQDYfQ8ANesGAEbnDQDs6AEAnfYEAJAIAQDYfQ8A2H0PAARoAgDYfQ8ABGgCANh9DwAEaAIAK34PAI0kDgAeKA4AcSgOAGI9DQCNJA4AHigOAHEoDgC9KQ4AAAAAAJsbDwDVFwsAwfkNAHT9DgDH/Q4AsV8PANh9DwB4IA8AAUcAAI0kDgAeKA4AcSgOAL0pDgC9KQ4AjSQOAB4oDgBxKA4AB84GAF8ADwCyAA8ApkQOAFK/CgBiPQ0AvSkOANh9DwAV5w4AE9YIAEzyDQDYfQ8Aw14IAO51DgB6Dw4AzQ8OACEEDgB0BA4AwfkNAHT9DgDH/Q4AkjUDAL0pDgDYfQ8AmnsDAI0kDgCNJA4AHigOAHEoDgCV9QYAIB8AAI0kDgBL9w4AjSQOAB4oDgBxKA4AQW8PAAAAAADB+Q0AdP0OAMf9DgC9KQ4A0D4OAEbnDQC9KQ4AmWQIANHYDgBG5w0A8BIBAAAAAADYfQ8A0dgOAEbnDQDwEgEAdZ4OAMH5DQB0/Q4Ax/0OAAUBDwAzJQ4A2H0PAMNeCACNJA4AHigOAHEoDgDYfQ8AUr8KAMPaDgDs6AEAgqgOAI0kDgCS8AAANPAHAAFHAADOTw8AUr8KAJ32BADYfQ8AQJEAAEXsDgCSNQMAEXEOAOzoAQDs6AEAvSkOAKZEDgCQCAEA7nUOAOzoAQBKsA4AE0UFANA+DgARcQ4AgHUBAHWeDgDIng4AlfUGAAAAAAAAAAAAAAAAANh9DwDR2A4AAAAAAAAAAAAAAAAASrAOAJAIAQDYfQ8AeCAPANHYDgCV9QYAjSQOAGRxDgBkcQ4AjSQOADMlDgCiyAIAF3UPAHT9DgDH/Q4A0D4OAI0kDgAzJQ4ATxQEAMH5DQBPFAQA7ZAAAAFHAABazgYA2H0PAJuEAABazgYAK34PAJy8DgARcQ4Aeg8OAM0PDgDHBA4A0D4OANh9DwBSvwoAjSQOANh9DwCaewMA7OgBAL0pDgCaewMAjSQOAB4oDgBxKA4AcsIOAMXCDgBPFAQATxQEANh9DwCaewMAmnsDAMrMBACf6w4ARucNAAAAAADYfQ8A2H0PAO2QAABRAg8A7OgBANh9DwDgyg4AFAkAACWdCQCY9AEAF88OAGrPDgBTAAAAUwAAAF1eBQC9KQ4A7OgBANh9DwDYfQ8AqxcAAMH5DQB0/Q4Ax/0OANNtDgCJwwoA5nwDAI0kDgAeKA4AcSgOAAI6DAB6Dw4A8fcOAPnqDgDgyg4Aw14IAODKDgDgyg4AlfUGAKsXAAB6Dw4A8fcOAM0PDgDB+Q0AvSkOAODKDgAzyw4AhssOAEDVDgAv+w4AjSQOAJp7AwC9KQ4AiX4IAFiFCAAAAAAAILYOAHO2DgAAAAAAAAAAAGWPCAB+FwYAicMKAL0pDgDYfQ8A2H0PAEXsDgABRwAAvSkOANh9DwDMIg0AvSkOAJAIAQDs6AEAjSQOAB4oDgBxKA4A2H0PAOzoAQDYfQ8A7OgBANh9DwCQCAEA2H0PAJAIAQDs6AEA2H0PABQJAADYfQ8AFAkAAFECDwDDXggA2H0PAPvTAgAAAAAAUr8KAI0kDgAeKA4AcSgOANh9DwDMIg0AkAgBAEbnDQDxDQAA8Q0AAEbnDQBiPQ0AUQIPAPvTAgDB+Q0AdP0OAMf9DgCNJA4AHigOAHEoDgDs6AEAfycCANh9DwDs6AEA2H0PAL0pDgAk2Q4A7OgBAOzoAQCd9gQAEKcIAL0pDgAUCQAA2H0PANh9DwDs6AEAIQQOAHQEDgCmRA4AzCINAL3rCgC9KQ4AAUcAAEyZAgABRwAAjSQOAB4oDgBxKA4AvSkOAA30DgCV9QYAUr8KAHjpCgD70wIATD4PAPH3DgD/qgEA7OgBAPENAAAAAAAAiHwKAAAAAACm6g4AbvIOAMHyDgAU8w4A2H0PAI0kDgAeKA4AcSgOAOzoAQAUCQAATxQEAE8UBAAgHgwA7OgBAMH5DQDs6AEAvSkOAPvTAgC9KQ4ABz0DAHggDwB4IA8AAjoMAL0pDgDYfQ8A7OgBAHoPDgDNDw4AjSQOAB4oDgBxKA4AjSQOAOzoAQCV9QYA2H0PAJX1BgBn8w4AcosKAMNeCAAUCQAAohQEAJZXDwBvoQwAkvAAANh9DwAhBA4AdAQOAJPxCgBMPg8AOzQKAOzoAQAnCA8A7OgBADs0CgBcJA8AzQgPAA0QCwCqwgEAwfkNAHT9DgDH/Q4A7OgBANh9DwDYfQ8AjSQOAARoAgAEaAIAjSQOAI0kDgCV9QYAUQkOAKQJDgD9DQ8AnBYOAMH5DQCNJA4AMyUOAD71AQAhxgoA5KIBAHMQDgDB+Q0AjR4DAKrCAQDKzAQA1SwIAMZIBgCY9AEAAUcAALPnBACV9QYA2H0PAGI9DQDXNg8AKZ4CAB01AgApngIAHTUCAO0vAgDa4gkAK34PAJiaAgDYfQ8AFAkAAOzoAQDvFg4A1B0AAI0eAwAmZw8A7OgBAL0pDgCNJA4AosgCAFwkDwDNCA8A8GsMAHoPDgDNDw4A8GsMALCHCwB6Dw4AIvEOAI0kDgBL9w4A2H0PAOzoAQDvJQAA7yUAAJj0AQCdCwIAFuINAIYeDwAZeQsAmxsPAOzoAQDYfQ8A7OgBACoACwCOEQ8AXYcLAOzoAQDs6AEA7OgBAN6kCwAegwEAkMIKAJVjDwCNJA4AmPQBAF7VCgC9KQ4A7OgBAOzoAQBcJA8AzQgPANh9DwB6Dw4AzQ8OAKZEDgAuKgoA7OgBAOzoAQDs6AEA/7cLAPENAAAhBA4AvSkOANRvDAA/NA8AzXAMAJI0DwDudQ4AKPwOAI0kDgAzJQ4AXCQPADSBCwAW4g0A7nUOAD80DwDudQ4AkjQPAO51DgBcJA8AzQgPALgLDwBTAAAA+cgHAAFHAACIDQ4A8Q0AAOzoAQA7NAoAzQgPAOzoAQD56g4A0D8CAMuIDABSvwoALioKAJX1BgDs6AEA7OgBAOzoAQDYfQ8AHfYKAB32CgAd9goAHfYKAJj0AQCY9AEAFpYMAOzoAQB6Dw4AtDsPAFwkDwA0ZQ8A7OgBAFwkDwCHgQsA7OgBABciDwDmKA8Aeg8OADkpDwDs6AEAaS4PALwuDwAZXQ8ADy8PAOzoAQDs6AEAXCQPAIeBCwAXIg8A5igPAHoPDgA5KQ8A7OgBALIVDABuRQ8Aeg8OAM0PDgCNJA4AMyUOAOzoAQBMPg8AIB4MACAeDACJ+g4AukYPAC/7DgD9wgEAHfYKAB32CgAd9goAHfYKAOzoAQAliAwA+ywOAHMQDgC4Eg4ALioKAMzPDAAJLAIAeg8OACLxDgAXIg8AvSkOAGkuDwC9KQ4A2H0PAL0pDgCiyAIAjSQOAFwkDwD70wIAeg8OAPH3DgCl9g4AelsPAI0kDgBL9w4A+9MCAM0PDgCmRA4AXokJANh9DwB4KAIAUwAAAJVjDwBcJA8A+9MCAAFHAACNJA4AlfUGAOzoAQB6Dw4AzQ8OAOY2DQCoOgwA+9MCAPvTAgBFoQEARaEBAEWhAQBFoQEA+9MCAL0pDgBFoQEA7OgBAOzoAQDs6AEAAAAAAAAAAABcJA8ANGUPAHoPDgDNDw4A5jYNANh9DwDs6AEA2H0PAFwkDwBeiQkA2H0PAFwkDwAmZw8AvSkOAOzoAQDs6AEAUr8KAKsXAACV9QYA7ZAAAOzoAQAXigwA+9MCAHoPDgDx9w4AvSIPAI0kDgAeKA4AewMOAFEKAgCGHg8AzGcPAB9oDwByaA8AxWgPAI0kDgAzJQ4Aa6gGAL0pDgBdaw8A+9MCAGI9DQCV9QYAg+8OAKbqDgCl9g4AXYcLAI0kDgBL9w4AXYcLAJAIAQCbGw8AkAgBAJsbDwAhBA4ApuoOAJAIAQDs6AEAXCQPAM0IDwB6Dw4AzQ8OAFEKAgC9KQ4AvSkOAFEKAgDB+Q0AwfkNAMH5DQBsZA4AwfkNAMH5DQDB+Q0AwfkNACEEDgCm6g4AwfkNAGxkDgDB+Q0Abf4OAMH5DQBt/g4AwfkNAG3+DgC/Cg8Abf4OAMH5DQBt/g4AwfkNAG3+DgA/Ow4Abf4OAMH5DQBt/g4AizwOAN48DgAgEA4A7OgBAOzoAQD70wIAvSkOAKsXAABzEA4AUA4PAOU0DwDlNA8AcxAOAMYQDgCUVAcAJH8PAPvTAgD70wIA8Q0AAPENAAArMg4AvSkOAP3CAQDB+Q0A2H0PAKg6DADYfQ8AwfkNAEbnDQDYfQ8ARucNAMH5DQB0/Q4ARucNAPqEDwBNhQ8AwfkNAPvTAgAuBw8AvSkOAOzoAQDs6AEA7OgBAG+MDwDs6AEA7OgBAOzoAQBvjA8A7OgBADpVBwBvjA8A2H0PAECJDQDs6AEA7OgBAG+MDwC9KQ4AizwOAN48DgAxPQ4AwfkNAPJNAQAXIg8A5igPAOzoAQCNJA4AMyUOAHoPDgDNDw4ApkQOAG+hDACLqwoAx1APAJZXDwBiPQ0A2H0PAJRUBwCxXw8A9wIPAFwkDwDNCA8Aeg8OAPH3DgCl9g4A2H0PAEbnDQBe1QoAqxcAANh9DwDDXggAeg8OAM0PDgCmRA4A79ELALFfDwBXYA8Aeg8OALQ7DwBcJA8ANIELANh9DwA=","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAwAAAAEAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAEAAAAACAEBHIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAACAAEAAAYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAABAgAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAQAAAAAIAQEcgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAQAAAAAIAQEcgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAEAAAAACAEBHIEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAQAAAAAIAQEcgQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAACAAEAAAYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAEAAAAACAEBHIEAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAACAAEAAAYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAQAAAAAIAQEcgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAQAAAAAIAQEcgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAEAAAAACAEBHIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAACAAEAAAYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAQAAAAAIAQEcgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAQIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAEAAAAACAEBHIEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAEAAAAACAEBHIEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAQAAAAAIAQEcgQAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAECAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAACAAEAAAYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAACAAEAAAYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAEAAAAACAEBHIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAQAAAAIAAQAABgAEAAAAACAEhHIEAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAEABAQAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAIAAAABAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAQAAAAAIAQEcgQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAEAAQQAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAABAIAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAACAAEAAgYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAABAAAAAAAAgAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAEAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAQAQAAAIAQEcgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAEAAQAACAEBHIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAgAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAACAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAQAAAAAYAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAgABAAAGAAQAAAAAIAQEcwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAACAAEAAAYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAACAAEAAAYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAACAIAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAMAAEAAAAAGAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAEAAAAACAEBHIEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAACAAEAAAYABAAAAAAgBARyBAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAIAAAAAAAAAAAAAAAAADAABAAAAABgAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAAAA=="},"index":{"lists":[[77,79,80,81],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,49,54,55,57,58,59,60,61,62,63,64,65,66,67,68,72,73,74,75,77,79,80,81,85,90,91,109,112,113,115,126,127,128,129,130,131,132,133,134,143,153,154,158,159,162,169,170,174,178,180,181,182,183,185,187,188,190,193,194,195,196,210],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,49,50,54,55,57,58,59,60,61,62,63,64,65,66,67,68,71,72,73,74,75,77,79,80,81,85,90,91,109,112,113,115,126,127,128,129,130,131,132,133,134,143,153,154,155,158,159,162,169,170,174,178,180,181,182,183,185,187,188,190,193,194,195,196,199,200,201,210],[47,70,77,79,80,81,161,199,216],[77,79,80,81,100,101,102,202,203,204,205,206,207,208],[46,48,77,79,80,81],[77,79,80,81,190,209],[59,77,79,80,81,90,91,107,108,190,195,196],[77,79,80,81,100,101,102],[45,52,57,60,64,65,77,79,80,81,100,101,102,103,120,133,134,135,139,146,148,154,156,157,158,159,168,175,176,177,184,210],[14,15,16,22,23,77,79,80,81,89,138,150],[77,79,80,81,104,222],[6,77,79,80,81],[1,7,77,79,80,81,100,101,102,140,178,182,183,210],[9,77,79,80,81,100,101,102,106,178,182,183,210],[31,77,79,80,81,100,101,102,162,178,182,183,194,210],[17,77,79,80,81,100,101,102,129,149,178,182,183,198,210],[0,2,4,5,20,21,24,25,74,77,79,80,81,100,101,102,123,129,137,162,164,178,179,182,183,186,189,191,210,211,214,217,218,221,223],[3,8,11,20,24,25,27,33,36,37,53,56,75,76,77,79,80,81,85,87,93,94,100,101,102,105,110,113,116,123,129,136,142,144,145,151,162,163,172,178,182,183,210,219,224],[77,79,80,81,100,101,102,178,182,183,210],[77,79,80,81,100,101,102,129,178,182,183,210],[77,79,80,81,100,101,102,178,182,183,210,215],[73,77,79,80,81,100,101,102,129,178,182,183,200,210,212,213],[68,76,77,79,80,81,88,92,100,101,102,125,166,178,182,183,200,210],[10,33,77,79,80,81,87,95,100,101,102,115,116,141,178,182,183,210],[4,26,51,77,79,80,81,100,101,102,129,178,182,183,210],[10,39,77,79,80,81,100,101,102,115,178,182,183,210],[12,13,32,43,77,79,80,81,86,100,101,102,111,117,118,119,121,122,124,132,147,152,153,165,171,173,174,178,182,183,192,197,210],[7,77,78,79,80,81,100,101,102,178,182,183,210],[10,77,79,80,81,100,101,102,178,182,183,210],[77,79,80,81,84,96,97,98,99,114,167,220],[49,77,79,80,81],[18,19,77,79,80,81,100,101,102,178,182,183,210],[28,77,79,80,81],[29,30,34,35,77,79,80,81],[38,42,77,79,80,81],[41,58,77,79,80,81],[41,77,79,80,81,82,83],[41,59,61,77,79,80,81],[41,77,79,80,81],[44,58,77,79,80,81,185],[58,77,79,80,81,185],[59,61,67,77,79,80,81,201],[61,77,79,80,81],[66,72,77,79,80,81,185,201],[69,77,79,80,81,160],[77,79,80,81,130],[77,79,80,81,131],[77,79,80,81,185],[77,79,80,81,201],[63,77,79,80,81,188],[63,77,79,80,81,188,199],[63,77,79,80,81,169,170,188],[63,77,79,80,81,188,190],[59,63,77,79,80,81,90,91,188,190,195,196],[63,71,77,79,80,81,169,170,188],[45,50,54,55,57,60,62,63,64,65,77,79,80,81,133,134,143,154,155,158,159,169,170,188,210],[1,7,63,77,79,80,81,169,170,178,180,181,182,183,188,193,210],[63,77,79,80,81,169,170,178,180,181,182,183,188,210],[31,63,77,79,80,81,162,169,170,178,180,181,182,183,188,194,210],[63,77,79,80,81,129,169,170,178,180,181,182,183,188,210],[2,4,63,74,77,79,80,81,129,162,169,170,178,180,181,182,183,187,188,210],[36,37,63,75,77,79,80,81,85,109,113,129,162,169,170,178,180,181,182,183,188,210],[63,73,77,79,80,81,129,169,170,178,180,181,182,183,188,200,210],[63,68,77,79,80,81,169,170,178,180,181,182,183,188,200,210],[63,77,79,80,81,115,169,170,178,180,181,182,183,188,210],[4,63,77,79,80,81,129,169,170,178,180,181,182,183,188,210],[63,77,79,80,81,109,112,115,169,170,178,180,181,182,183,188,210],[43,63,77,79,80,81,109,132,153,169,170,174,178,180,181,182,183,188,210],[7,63,77,79,80,81,169,170,178,180,181,182,183,188,210],[49,63,77,79,80,81,188],[63,77,79,80,81,169,170,178,182,183,188,210],[28,63,77,79,80,81,188],[29,30,34,35,63,77,79,80,81,188],[42,63,77,79,80,81,188],[40,41,58,63,77,79,80,81,188],[41,63,77,79,80,81,188],[41,59,61,63,77,79,80,81,188],[44,58,63,77,79,80,81,126,185,188],[58,63,77,79,80,81,185,188],[59,61,63,67,77,79,80,81,128,188,201],[61,63,77,79,80,81,188],[63,66,72,77,79,80,81,185,188,201],[63,77,79,80,81,127,188],[63,77,79,80,81,128,188],[63,77,79,80,81,130,188],[63,77,79,80,81,131,188],[63,77,79,80,81,185,188],[63,77,79,80,81,188,201]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,30,0,0,31,32,0,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,33],[9679,34],[9135,35],[215,36],[10095,37],[10003,38],[8595,39],[10008,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46],[9472,47],[10060,48],[9654,49],[65123,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,52,50,50,50,50,50,50,53,50,54,55,50,56,56,56,56,56,56,56,56,56,56,50,50,50,50,50,50,50,57,58,59,60,61,62,58,58,60,58,58,58,58,63,64,65,58,66,67,68,69,58,60,58,58,58,50,50,50,70,71,50,57,58,59,60,61,62,58,58,60,58,58,58,58,63,64,65,58,66,67,68,69,58,60,58,58,58,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,72],[9679,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[10007,79],[10004,80],[8730,81],[10006,82],[8505,50],[9762,83],[9888,83],[8617,84],[8226,85],[9472,86],[10060,87],[9654,88],[65123,88]],"spacedDefault":50,"blank":50}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[57,59,60,61],[18,19,20,22,23,24,25,27,28,29,30,31,35,38,39,41,42,43,44,45,46,47,48,49,50,51,53,54,55,56,57,59,60,61,64,68,69,81,82,83,84,90,91,92,93,94,95,96,97,105],[18,19,20,22,23,24,25,27,28,29,30,31,35,36,38,39,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,59,60,61,64,68,69,81,82,83,84,90,91,92,93,94,95,96,97,105],[33,52,57,59,60,61],[57,59,60,61,75,76,77],[32,34,57,59,60,61],[43,57,59,60,61,68,69,79,80],[31,37,41,44,48,49,57,59,60,61,75,76,77,78,86,96,97,98,101,106],[5,6,12,13,57,59,60,61,67,101],[57,59,60,61,78],[57,59,60,61,75,76,77,102],[1,57,59,60,61,75,76,77,78],[7,57,59,60,61,75,76,77,93],[10,11,14,15,55,57,59,60,61,75,76,77,89,93,100],[0,3,10,14,15,17,21,24,25,37,40,56,57,59,60,61,64,65,71,72,75,76,77,78,83,84,89,93,99,104,106],[57,59,60,61,75,76,77,93],[57,59,60,61,66,75,76,77,89],[2,21,57,59,60,61,65,72,75,76,77,84,103],[16,36,57,59,60,61,75,76,77,93],[2,57,59,60,61,75,76,77,84],[4,21,29,57,59,60,61,64,75,76,77,84,85,87,88,89,95],[57,58,59,60,61,75,76,77],[2,57,59,60,61,75,76,77],[57,59,60,61,64,73,74,83],[35,57,59,60,61],[8,9,57,59,60,61,75,76,77],[20,57,59,60,61,75,76,77],[57,59,60,61,75,76,77,82],[54,57,59,60,61,75,76,77],[51,56,57,59,60,61,70,75,76,77],[26,57,59,60,61,75,76,77],[18,57,59,60,61],[19,20,22,23,57,59,60,61],[25,29,57,59,60,61],[28,42,57,59,60,61],[28,57,59,60,61,62,63],[28,43,45,57,59,60,61],[28,57,59,60,61],[30,42,57,59,60,61],[42,57,59,60,61],[43,45,51,57,59,60,61],[45,57,59,60,61],[50,53,57,59,60,61],[52,57,59,60,61],[57,59,60,61,94],[57,59,60,61,95],[47,57,59,60,61],[47,52,57,59,60,61],[43,47,57,59,60,61,68,69],[31,36,38,39,41,44,46,47,48,49,57,59,60,61,96,97,105],[47,57,59,60,61,93],[47,55,57,59,60,61,93],[24,25,47,56,57,59,60,61,64,81,83,84,93],[47,57,59,60,61,84],[36,47,57,59,60,61,93],[47,57,59,60,61,81,82,84],[29,47,57,59,60,61,64,81,84,95],[47,57,59,60,61,64,83],[35,47,57,59,60,61],[20,47,57,59,60,61],[47,57,59,60,61,82],[47,54,57,59,60,61],[47,51,56,57,59,60,61],[18,47,57,59,60,61],[19,20,22,23,47,57,59,60,61],[25,29,47,57,59,60,61],[27,28,42,47,57,59,60,61],[28,47,57,59,60,61],[28,43,45,47,57,59,60,61],[30,42,47,57,59,60,61,90],[42,47,57,59,60,61],[43,45,47,51,57,59,60,61,92],[45,47,57,59,60,61],[47,50,53,57,59,60,61],[47,57,59,60,61,91],[47,57,59,60,61,92],[47,57,59,60,61,94],[47,57,59,60,61,95]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,15,4,4,4,4,15,16,17,4,18,19,20,21,4,15,22,4,4,23,0,0,24,25,0,4,4,26,4,4,27,4,4,4,4,4,4,4,28,29,4,4,4,30,27,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,31],[9679,32],[9135,33],[215,34],[10095,35],[10003,36],[8595,37],[10008,38],[10007,39],[10004,40],[8730,41],[10006,42],[8505,43],[9762,0],[9888,0],[8617,0],[8226,44],[9472,45]],"plainDefault":0,"spaced":[46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,47,46,46,46,46,46,46,46,46,46,48,47,46,49,49,49,49,49,49,49,49,49,49,46,46,46,46,46,46,46,46,46,46,50,51,52,46,46,50,46,46,46,46,50,46,53,46,54,55,56,46,46,50,46,46,46,57,46,46,58,46,46,46,46,59,46,46,60,46,46,46,46,46,46,46,61,62,46,46,46,46,60,46,46,46,46,46,46,46,46,46,46,46],"spacedOther":[[160,46],[5760,46],[8192,46],[8193,46],[8194,46],[8195,46],[8196,46],[8197,46],[8198,46],[8199,46],[8200,46],[8201,46],[8202,46],[8232,46],[8233,46],[8239,46],[8287,46],[12288,46],[65279,46],[9676,63],[9679,64],[9135,65],[215,66],[10095,67],[10003,68],[8595,67],[10008,69],[10007,70],[10004,71],[8730,72],[10006,73],[8505,47],[9762,74],[9888,74],[8617,75],[8226,76],[9472,77]],"spacedDefault":46,"blank":46}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,21],[5,6,7,10,11,21],[12],[6,8,9,10,11,17,22,23,24],[2],[1],[3,13,19],[15],[0,4,5,14,20,21],[16],[18],[6,7,10,11],[5,21]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    if (marker.contains !== void 0 && !line.includes(marker.contains)) continue;
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
var COUNTS_PARENTS = new Set(DIALECTS.filter((d) => d.countsParents).map((d) => d.id));
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
  const countedParents = inputs.units.filter((u) => u.state === "failing" && !failing.includes(u) && COUNTS_PARENTS.has(u.runner)).length;
  const unprinted = Math.max(0, inputs.reportedFailures - failing.length - countedParents);
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
  if (fatal.structural) return { ...base, ...unrecognised(`${fatal.title}: ${fatal.text}; the failure is treated as the code\u2019s.`), evidence };
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
function startsLikeAPrefix(raw, from) {
  let slash = false;
  for (let i = from; i < from + 400 && i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 47) slash = true;
    else if (c === 32) return slash && i > from;
    else if (c === 58) {
      const next = raw.charCodeAt(i + 1);
      return i > from && next >= 97 && next <= 122;
    } else if (!(c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 64 || c === 46 || c === 45 || c === 95 || slash && c >= 65 && c <= 90)) return false;
  }
  return false;
}
var SCRIPT_HEADER = /^> ((?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100})@[\w.+-]{1,60} ([\w:.-]{1,80})(?: \/\S{0,300})?\s*$/;
function scriptSection(raw) {
  if (raw.charCodeAt(0) !== 62) return void 0;
  const found = SCRIPT_HEADER.exec(raw);
  return found ? `${found[1]} ${found[2]}` : void 0;
}
var NX_HEADER = /^(?:::group::(?<mark>✅|❌|⚠️)?\s?)?> nx run (?<task>(?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100}:[\w:.-]{1,80})(?:\s|$)/;
function nxSection(raw) {
  if (!raw.includes("nx run")) return void 0;
  const found = NX_HEADER.exec(raw.includes("\x1B") ? raw.replace(ANSI, "") : raw);
  return found?.groups ? { task: found.groups.task, failed: found.groups.mark === "\u274C" } : void 0;
}
function nxPrefixed(raw, projects) {
  if (projects.size === 0) return void 0;
  const plain = raw.includes("\x1B") ? raw.replace(ANSI, "") : raw;
  const colon = plain.indexOf(":");
  if (colon < 1 || colon > 201 || plain.length > colon + 1 && plain.charCodeAt(colon + 1) !== 32) return void 0;
  const project = plain.slice(0, colon);
  return projects.has(project) ? { stream: project, line: plain.slice(colon + 2) } : void 0;
}
function nxCached(raw) {
  return /\[(?:local cache|remote cache|existing outputs match the cache, left as is)\]/.test(raw.includes("\x1B") ? raw.replace(ANSI, "") : raw);
}
var NX_FAILED_ITEM = /^- ((?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100}):([\w:.-]{1,80})\s*$/;
function plainText(raw) {
  return raw.includes("\x1B") ? raw.replace(ANSI, "") : raw;
}
function nxFailedItem(raw) {
  const found = NX_FAILED_ITEM.exec(raw.includes("\x1B") ? raw.replace(ANSI, "") : raw);
  return found ? { project: found[1], task: `${found[1]}:${found[2]}` } : void 0;
}
function succeededBefore(opened, chains) {
  const space = opened.lastIndexOf(" ");
  const pkg = opened.slice(0, space);
  const script = opened.slice(space + 1);
  const done = [`${pkg} pre${script}`];
  if (script.startsWith("post") && script.length > 4) done.push(`${pkg} ${script.slice(4)}`);
  const before = chains.get(pkg)?.get(script);
  if (before !== void 0) done.push(`${pkg} ${before}`);
  return done;
}
var RUN_SCRIPT = /^\s*(?:npm run(?:-script)?|pnpm run|yarn run) ([\w:.-]{1,80})\s*$/;
var NPM_TEST = /^\s*(?:npm|pnpm) t(?:est)?\s*$/;
function chainedScripts(command) {
  if (!command.includes("&&")) return [];
  const scripts = command.split("&&").map((part) => RUN_SCRIPT.exec(part)?.[1] ?? (NPM_TEST.test(part) ? "test" : void 0));
  const pairs = [];
  for (let i = 1; i < scripts.length; i++) {
    const a = scripts[i - 1];
    const b = scripts[i];
    if (a !== void 0 && b !== void 0) pairs.push([a, b]);
  }
  return pairs;
}
var MAX_STREAMS = 32;
function taskLine(raw) {
  let from = 0;
  while (raw.charCodeAt(from) === 27) {
    const end = raw.indexOf("m", from);
    if (end < 0 || end - from > 20) return void 0;
    from = end + 1;
  }
  if (!startsLikeAPrefix(raw, from)) return void 0;
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
var TASK_FAILED = /^(?:Failed|npm (?:error|ERR!) (?:code (?:[1-9]\d{0,2}|ELIFECYCLE)|Lifecycle script .{1,200} failed\b.*)|\s*ELIFECYCLE\s+(?:Test|Command) failed\b.*|error Command failed with exit code [1-9]\d{0,2}\.?|error: script ".{1,200}" exited with code [1-9]\d{0,2}|Warning: command ".{1,500}" exited with non-zero status code)\s*$/;
function taskFailedLine(line) {
  const plain = line.includes("\x1B") ? line.replace(ANSI, "") : line;
  return TASK_FAILED.test(plain);
}
var TURBO_TASK_FAILED = /^((?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100})#([a-z][\w:.-]{0,60}): {1,4}(?:(?:ERROR|WARNING) {1,4})?command (?:\(.{0,1000}\) .{0,1000} exited \(\d{1,3}\)|finished with error)/;
var TURBO_FAILED_LIST = /^Failed: {1,10}((?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}#[a-z][\w:.-]{0,60}(?:, (?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}#[a-z][\w:.-]{0,60}){0,1000})\s*$/;
var PNPM_SCRIPT_FAILED = /^\s{0,2}ERROR\s{1,4}((?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100})@[\w.+-]{1,60} ([\w:.-]{1,80}): `/;
function failedTasksNamed(raw) {
  const script = raw.includes("ERROR") ? PNPM_SCRIPT_FAILED.exec(raw.includes("\x1B") ? raw.replace(ANSI, "") : raw) : null;
  if (script) return [{ name: `${script[1]} ${script[2]}`, byPackageName: true }];
  if (!raw.includes("#")) return [];
  const plain = raw.includes("\x1B") ? raw.replace(ANSI, "") : raw;
  const one = TURBO_TASK_FAILED.exec(plain);
  if (one) return [{ name: `${one[1]}:${one[2]}`, byPackageName: false }];
  const list = TURBO_FAILED_LIST.exec(plain);
  return list ? list[1].split(", ").map((task) => ({ name: task.replace("#", ":"), byPackageName: false })) : [];
}
var StreamSplitter = class {
  /** The streams judged apart, once a line belonged to a package (no more than MAX_STREAMS). */
  streams;
  /** The packages whose task the task runner, or the package manager in it, says failed. */
  failedTasks = /* @__PURE__ */ new Set();
  /** Failed tasks named in the runner's own words that must have a stream of their own (a name keyed as the streams are). */
  namedFailed = /* @__PURE__ */ new Set();
  /** The script section a package manager's header opened, which an unprefixed line belongs to. */
  section;
  /** The script sections a later header proves exited 0 (`succeededBefore`). */
  succeeded = /* @__PURE__ */ new Set();
  /** Per package, the script each script follows in a `&&` chain of its command lines. */
  chains = /* @__PURE__ */ new Map();
  /** The header just read: the next line may be the command it runs (`> npm run a && npm run b`). */
  justOpened = false;
  /** The section is an nx task's (`nxSection`). */
  inNxTask = false;
  /** The nx tasks each project's header named (its `--output-style=stream` prefix names only the project). */
  nxProjects = /* @__PURE__ */ new Map();
  /** The open nx task has printed no line yet (another header now means tasks running at once). */
  nxTaskQuiet = false;
  /** nx headers came one after another with no line between: their tasks run at once. */
  nxConcurrent = false;
  /** Tasks running at once printed unprefixed lines into one another's sections. */
  nxInterleaved;
  /** A line nx prefixed with its project came (`--output-style=stream`). */
  nxPrefixSeen = false;
  /** The lines after nx's `Failed tasks:`. */
  nxFailedList = false;
  /** Lines go to streams: the log is a monorepo's. */
  get splitting() {
    return this.streams !== void 0;
  }
  /** Where a raw line goes and the text to feed there; undefined while no line has belonged to a package (the main log's, as it is). */
  route(rawLine) {
    const task = taskLine(rawLine) ?? nxPrefixed(rawLine, this.nxProjects) ?? this.sectionLine(rawLine);
    if (task === void 0 && this.streams === void 0) return void 0;
    this.streams ??= /* @__PURE__ */ new Set();
    let judgedApart = task !== void 0 && this.streams.has(task.stream);
    if (task && !judgedApart && this.streams.size < MAX_STREAMS) {
      this.streams.add(task.stream);
      judgedApart = true;
    }
    if (task && taskFailedLine(task.line)) this.failedTasks.add(task.stream);
    const prefixed = task !== void 0 && task.line !== rawLine ? this.nxProjects.get(task.stream) : void 0;
    if (prefixed !== void 0) this.nxPrefixSeen = true;
    if (prefixed !== void 0 && prefixed.size > 1) this.nxInterleaved ??= [...prefixed];
    if (!task || task.line === rawLine) this.nxFailedListLine(rawLine);
    if (!task || task.line === rawLine) {
      for (const { name, byPackageName } of failedTasksNamed(rawLine)) {
        this.failedTasks.add(name);
        if (!byPackageName || this.section !== void 0) this.namedFailed.add(name);
      }
    }
    return task && judgedApart ? { stream: task.stream, line: task.line } : { stream: void 0, line: rawLine };
  }
  /** An unprefixed line in the section a package manager's `> name@version script` header opened. */
  sectionLine(rawLine) {
    if (this.inNxTask && rawLine.startsWith("::endgroup::")) {
      this.inNxTask = false;
      this.section = void 0;
      return void 0;
    }
    const nx = nxSection(rawLine);
    if (nx !== void 0) {
      if (this.inNxTask && this.nxTaskQuiet) this.nxConcurrent = true;
      this.section = nx.task;
      this.inNxTask = true;
      this.nxTaskQuiet = !nxCached(rawLine);
      this.justOpened = false;
      const project = nx.task.slice(0, nx.task.indexOf(":", 1));
      const tasks = this.nxProjects.get(project) ?? /* @__PURE__ */ new Set();
      tasks.add(nx.task);
      this.nxProjects.set(project, tasks);
      if (nx.failed) this.failedTasks.add(nx.task);
      return { stream: nx.task, line: rawLine };
    }
    if (this.inNxTask && rawLine.trim() !== "") {
      this.nxTaskQuiet = false;
      if (this.nxConcurrent && !this.nxPrefixSeen) this.nxInterleaved ??= [...this.nxProjects.values()].flatMap((t) => [...t]);
    }
    const opened = this.inNxTask ? void 0 : scriptSection(rawLine);
    if (opened !== void 0) {
      this.succeeded.delete(opened);
      for (const name of succeededBefore(opened, this.chains)) if (this.streams?.has(name)) this.succeeded.add(name);
      this.section = opened;
      this.justOpened = true;
    } else if (this.justOpened) {
      this.justOpened = false;
      const section = this.section;
      if (rawLine.startsWith("> ")) {
        const pkg = section.slice(0, section.lastIndexOf(" "));
        for (const [a, b] of chainedScripts(rawLine.slice(2))) {
          const chain = this.chains.get(pkg) ?? /* @__PURE__ */ new Map();
          chain.set(b, a);
          this.chains.set(pkg, chain);
        }
      }
    }
    return this.section === void 0 ? void 0 : { stream: this.section, line: rawLine };
  }
  /** nx's summary: `Failed tasks:`, then `- @shop/web:test` for each (the task and its project's prefixed stream failed). */
  nxFailedListLine(rawLine) {
    const plain = plainText(rawLine).trim();
    if (plain === "Failed tasks:") {
      this.nxFailedList = true;
      return;
    }
    if (!this.nxFailedList || plain === "") return;
    const item = nxFailedItem(plain);
    if (item === void 0) {
      this.nxFailedList = false;
      return;
    }
    this.failedTasks.add(item.task);
    this.failedTasks.add(item.project);
  }
  /**
   * The streams whose verdicts the run's combines, in the order they were opened; the failures of
   * the run only the task runner's structure shows are counted in `main` (the main log's
   * classifier), before its verdict is asked for.
   */
  failingStreams(streams, main) {
    const headerOnly = (name) => {
      const colon = name.indexOf(":", 1);
      return colon > 0 && this.nxProjects.get(name.slice(0, colon))?.has(name) === true && this.streams?.has(name.slice(0, colon)) === true;
    };
    const judged = [...streams].filter(([name, stream]) => !(headerOnly(name) && stream.saidNothing())).map(([name, stream]) => {
      const failed = this.failedTasks.has(name);
      if (failed && stream.saidNothing()) {
        stream.unexplained({ ruleId: "task.failed-unexplained", title: "A package's task failed and its lines show no failure", text: `the task runner reports that ${name} failed, and no failure in its lines explains it` });
      }
      return { name, verdict: stream.verdict(), quiet: !failed && stream.saidNothing() };
    });
    const survived = judged.filter((s) => this.succeeded.has(s.name) && s.verdict.classification === "infrastructure" && s.verdict.confidence === "high");
    const failing = judged.filter((s) => !s.quiet && !survived.includes(s));
    if (survived.length > 0 && failing.length === 0) {
      main.unexplained({ ruleId: "task.survived-refusal", title: "Only scripts that exited 0 show a missing service", text: `${survived.map((s) => s.name).join(", ")} went on after its refusal (the package manager ran the script that follows it only because it exited 0), and no line shows what failed the run` });
    }
    if (this.nxInterleaved !== void 0 && judged.some((s) => !s.quiet)) {
      main.unexplained({ ruleId: "task.interleaved", title: "Tasks' lines are interleaved", text: `nx ran ${this.nxInterleaved.join(", ")} at once and printed their lines interleaved with nothing naming the task: no line can be told to be one task's, so no task's failure is accounted for` });
    }
    return failing;
  }
  /**
   * A task the runner says failed whose lines are in no package's stream (more packages than are
   * judged apart): the main log's to explain.
   */
  failedOutsideStreams() {
    return [...this.namedFailed].some((name) => !this.streams?.has(name));
  }
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
var SPEC_MARKS = new Set(["\u25B6", "\u2716", "\u2714", "\uFE63"].map((c) => c.charCodeAt(0)));
function firstMark(line) {
  let i = 0;
  while (i < 65 && line.charCodeAt(i) === 32) i++;
  return line.charCodeAt(i);
}
var HOLDERS = new Map(DIALECTS.flatMap((d) => d.holdsOutputOf ? [[d.id, d.holdsOutputOf]] : []));
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
  /** Splits a monorepo's log into its packages' streams (streams.ts) and keeps what the task runner says of their tasks. */
  splitter = new StreamSplitter();
  /** Each package's lines, when a monorepo's task runner prefixed them (streams.ts), judged apart. */
  streams = /* @__PURE__ */ new Map();
  /** Lines pushed without a number: the log's own line numbers, once lines go to streams. */
  pushed = 0;
  /** Feed one line of the log (without its newline); `lineNumber` sets its number explicitly. */
  push(rawLine, lineNumber) {
    if (lineNumber === void 0 && !this.reportMode) {
      this.pushed++;
      const routed = this.splitter.route(rawLine);
      if (routed !== void 0) {
        const into = routed.stream === void 0 ? this : this.streamOf(routed.stream);
        into.pushOwn(routed.line, this.pushed);
        return;
      }
    }
    this.pushOwn(rawLine, lineNumber);
  }
  /** The classifier of a package's stream, opened with its first line. */
  streamOf(name) {
    let stream = this.streams.get(name);
    if (stream === void 0) {
      stream = new _LogClassifier();
      this.streams.set(name, stream);
    }
    return stream;
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
    if (!this.splitter.splitting) return this.ownResult(end);
    const judged = new Map([...this.streams].map(([name, stream]) => [name, stream.judged()]));
    const failing = this.splitter.failingStreams(judged, this.judged(end));
    const own = this.ownResult(end);
    const mainSpeaks = !this.saidNothing() || this.splitter.failedOutsideStreams();
    const speaking = [...mainSpeaks ? [{ name: "the log outside any package", verdict: own }] : [], ...failing];
    return speaking.length === 0 ? own : combineStreams(speaking);
  }
  /** This classifier as the splitter asks a stream at the end (streams.ts, `JudgedStream`). */
  judged(end) {
    return {
      saidNothing: () => this.saidNothing(),
      unexplained: (failure) => this.runFailure({ ruleId: failure.ruleId, title: failure.title, kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: failure.text }),
      verdict: () => this.ownResult(end)
    };
  }
  /** A failure of the run the task runner's structure shows and no line does: outside any test, and the run's last word (so a verdict names it). */
  runFailure(finding) {
    const structural = { ...finding, structural: true };
    count(this.outside, structural);
    this.remember_(structural);
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
    if (SPEC_MARKS.has(firstMark(line))) this.trackSpec(line);
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
    const holder = this.current && HOLDERS.get(this.current.runner);
    if (holder !== void 0 && holder === marker.dialect.id && this.current?.name.endsWith(` ${marker.name}`)) return;
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
