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
} from "./chunk-HKMD76KJ.js";
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
var PLAYWRIGHT = {
  id: "playwright",
  markers: [
    { event: "start", pattern: /^\s{0,4}\d{1,5}\) (?<name>(?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › [^\n]{1,500}?) ─{3,}\s*$/ },
    { event: "quiet", pattern: /^\s{0,4}(?:✘|×|✗)\s{1,3}\d{1,6} (?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › / },
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
var DERIVED = `{"prefilter":{"key":"rules 236\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\".\\\\/\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\".\\\\/\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED\\\\b[^\\\\n]{0,200}$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,198,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,368,370,371,372,373,374,375,376,379,380,381,383],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,94,9472,10003,10004,8730,10006,8505,35,9762,9888,8226,43,9654,65123,36],"words":7,"quiet":10895,"states":12251,"edges":"AAAAAAAAAAABAAAAUgAAAAIAAAACgwAAAwAAAMYNAAAEAAAAPs8AAAUAAABuNAYABgAAAOIXAgAHAAAAHuAGAAgAAAAI4wEACQAAAA6KAAAKAAAAJkYAAAsAAADASQgADAAAAC6PAAANAAAAYhcAAA4AAACucAEADwAAAAyrAAAQAAAAeiUAABEAAADQfQEAEgAAAPgIAAATAAAAONYBABQAAAAsngoAFQAAALQDAgAWAAAA/A4BABcAAACQ7gEAGAAAAE4FAgAZAAAA2vcBABoAAADqDgIAGwAAAEiRAgAcAAAAQssCAB0AAAAAAAAAHgAAANb+CwAfAAAAYAUBACAAAADgOAIAIQAAAAAAAAAiAAAAPL0BACMAAACs7QAAJAAAALoHBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAPpwBACkAAACUrAEAKgAAAFzECQArAAAAzmMLACwAAAAAAAAALQAAABTqAQAuAAAAAAAAAC8AAABcPQIAMAAAAAzAAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAD+iQoAPAAAAOKUCgA9AAAAHH0LAD4AAAAAAAAAPwAAAMB9CwBAAAAAAAAAAEEAAAA2kwsAQgAAAIiTCwBDAAAAJJ0LAEQAAAAITAwARQAAAHS+CwBGAAAAxr4LAEcAAAAYvwsASAAAAAjRCwBJAAAA4NQLAEoAAAD44gsASwAAAOhGDABMAAAAOkcMAE0AAAC2SwwATgAAAGLnDABPAAAAoDsNAFAAAADyOw0AUQAAAEQ8DQBUAAAApAAAAFUAAAAMtgMAVwAAAC66CABYAAAAMDsBAFsAAABumQAAXQAAADJFCQBeAAAA5pkHAGYAAADeBwIAaQAAAJCxAwBvAAAA5jsAAKcAAAD2AAAAsQAAAHTvAgD5AAAAzqENAE0BAACaAQAAoAEAAOwBAADzAQAAPgIAAEYCAACQAgAAkgIAAOICAADrAgAANAMAAD4DAACGAwAAkQMAANgDAADkAwAAKgQAADcEAAB8BAAAhgQAAM4EAADcBAAAIAUAAC8FAAByBQAAdAUAAMQFAADOBQAAFgYAACQGAABoBgAAbQYAALoGAADHBgAADAcAABQHAABeBwAAbgcAALAHAACyBwAAAggAABAIAABUCAAAZQgAACCiDQCtCAAAcqINAPoIAADmwwsAAAkAAEoJAAANCQAAwusJABEJAABqvwsAFAkAANKwCQBRCQAAnAkAAFcJAAAO/QkAoQkAAO4JAAD6CQAAQAoAAEMKAACSCgAAmgoAAOQKAADxCgAANgsAADsLAACICwAAkgsAANoLAADiCwAALAwAADgMAAB+DAAAOwwAACQBAgCRDAAA0AwAAN4MAAAiDQAAJQ0AAHQNAAB+DQAAxKINAMgNAADKbwAAyQ0AANidAQDLDQAAGA4AAM8NAAA4zgoA0A0AAJhgAgDRDQAAsvsBANINAAB4HQAA0w0AABymCwDUDQAAIHYBANUNAAAWLwAA1w0AAKAkAwDaDQAAULECAOMNAACelwMA5g0AACalCwAeDgAAag4AACcOAABm1wcAcA4AALwOAADQDgAADg8AACMPAABgDwAAaA8AALIPAAC8DwAABBAAAAkQAABWEAAAWxAAAKgQAACwEAAA+hAAABARAABMEQAAThEAAJ4RAACrEQAA8BEAAAQSAABCEgAAShIAAJQSAACjEgAA5hIAAPcSAAA4EwAARhMAAIoTAACWEwAA3BMAAOkTAAAuFAAAOBQAAIAUAACDFAAA0hQAANoUAAAkFQAAJhUAAHYVAACHFQAAyBUAAM4VAAAaFgAAJhYAAGwWAABuFgAAvhYAAMUWAAAQFwAAJBcAABajDQBjFwAAOmYNAGQXAACyJAIAZxcAALQXAABrFwAAGtkBAHAXAACcFAMAthcAAOrGAAC3FwAAzmIHALsXAACQdQkAvBcAAAYYAAC+FwAAqjcBAL8XAAB4KQcAwRcAABh2BgDDFwAAljEKAMUXAABKSAYAyhcAAMgqAgDNFwAArOQFAAcYAABYGAAACRgAANKvBQAMGAAAQlIKAG8YAACqGAAAwhgAAPwYAAAHGQAAThkAAGcZAACgGQAAohkAAPIZAAAMGgAARBoAAFMaAACWGgAAmxoAAOgaAAD1GgAAOhsAAEobAACMGwAAlBsAAN4bAADqGwAAMBwAAD0cAACCHAAAjBwAANQcAADaHAAAJh0AADodAABoow0Afh0AAModAACCHQAAlHELAI8dAACiYQoA5R0AABweAAAoHgAAbh4AAHQeAADAHgAAwx4AAJJ8BQDIHgAAEh8AABUfAACanAUAGR8AAGQfAAAdHwAAqBwHACAfAABUZQMAaR8AALYfAADCHwAACCAAAAsgAABaIAAAYiAAAKwgAAC5IAAA/iAAAAMhAABQIQAAWiEAAKIhAACqIQAA9CEAAPchAABGIgAATyIAAJgiAACZIgAA6iIAAOsiAAA8IwAAQSMAAI4jAACUIwAA4CMAAOojAAAyJAAAOiQAAIQkAACHJAAA1iQAANkkAAAoJQAAOSUAALqjDQB8JQAA5KQBAH8lAABgoQoAgyUAAFz4DACGJQAAzCUAAIglAABWwAcA5CUAAB4mAAAhJgAAcCYAAHwmAADCJgAAzyYAABQnAAAbJwAAZicAAGgnAAC4JwAAwScAAAooAAAUKAAAXCgAAGcoAACuKAAAyigAAAApAAAIKQAADKQNAFcpAACkKQAArCkAAPYpAAD3KQAASCoAAEoqAACaKgAAnSoAAOwqAADvKgAAXqQNAEMrAACQKwAAlisAAOIrAADpKwAANCwAADwsAACGLAAAiSwAANgsAADhLAAAKi0AACstAAB8LQAAfS0AAM4tAADfLQAAIC4AAC4uAAByLgAAfi4AAMQuAADLLgAAsKQNABwvAABoLwAAai8AALovAADQLwAADDAAABQwAABeMAAAYDAAALAwAAC5MAAAAjEAAAwxAABUMQAAXzEAAKYxAACyMQAA+DEAAAUyAABKMgAAVDIAAJwyAACqMgAA7jIAAP0yAABAMwAAQjMAAJIzAACcMwAA5DMAAPIzAAA2NAAAOzQAAIg0AACVNAAA2jQAAOI0AAAsNQAAMjUAAH41AACKNQAA0DUAAO01AAAiNgAAKzYAAHQ2AACCNgAAxjYAAMw2AAAYNwAAJDcAAGo3AABtNwAAvDcAAMQ3AAAOOAAAHzgAAGA4AABuOAAAsjgAAMs4AAAEOQAABTkAAFY5AABzOQAAAqUNAK05AAD6OQAAADoAAEw6AABUOgAAnjoAAKc6AADwOgAA8zoAAEI7AABOOwAAlDsAAJo7AACmpQ0AAjwAADg8AABAPAAA+KUNAI08AADcPAAA7TwAAC49AAA2PQAAgD0AAI49AADSPQAA1T0AACQ+AAAsPgAAdj4AAIM+AADIPgAAzT4AABo/AAAkPwAAbD8AAHQ/AAC+PwAAyj8AABBAAAAdQAAAYkAAAGRAAAC0QAAAzUAAAAZBAAAXQQAAWEEAAGRBAACqQQAAsUEAAPxBAAAEQgAATkIAAFNCAACgQgAArUIAAPJCAAD6QgAAREMAAE5DAACWQwAAoUMAAOhDAAD0QwAAOkQAAEJEAABKpg0AmEQAAN5EAADkRAAAMEUAAEtFAACCRQAAjkUAANRFAADaRQAAnKYNACtGAACkFQIALEYAAO6uBAAtRgAAIscGADFGAAB4RgAAMkYAAPRrCQA0RgAANEwFADpGAACcHgIAhEYAAMpGAADQRgAA+jwMANJGAADupg0AKEcAAG5HAAB0RwAAwEcAANtHAAASSAAAHkgAAGRIAABqSAAAtkgAAL5IAAAISQAADkkAAFpJAABmSQAArEkAAMlJAAD+SQAAB0oAAFBKAABcSgAAokoAAKVKAAD0SgAA/koAAEZLAABSSwAAmEsAAJ9LAADqSwAA8ksAADxMAAA9TAAA2l0AAD9MAACOTAAAnUwAAOBMAADmTAAAMk0AADRNAACETQAAmk0AANZNAAD0TQAAKE4AAEFOAAB6TgAAfE4AAMxOAADPTgAAHk8AACpPAABwTwAAd08AAMJPAADKTwAAFFAAABZQAABmUAAAb1AAALhQAADCUAAAClEAABVRAABcUQAAaFEAAK5RAAC7UQAAAFIAAApSAABSUgAAYFIAAKRSAACzUgAA9lIAAPhSAABIUwAAUlMAAJpTAACoUwAA7FMAAPFTAAA+VAAAS1QAAJBUAAClVAAA4lQAAOpUAAA0VQAATVUAAIZVAACPVQAA2FUAAOJVAAAqVgAAMlYAAHxWAACJVgAAzlYAANNWAAAgVwAAKFcAAHJXAABzVwAAxFcAAMZXAAAWWAAAGVgAAGhYAABrWAAAQKcNAL9YAAAMWQAAElkAAF5ZAABlWQAAsFkAALhZAAACWgAABloAAFRaAABWWgAAploAAKlaAAD4WgAAAFsAAEpbAABLWwAAnFsAAKJbAADuWwAA81sAAEBcAABbXAAAklwAAKBcAADkXAAA61wAADZdAABCXQAAiF0AAI9dAACSpw0A3F0AACxeAAAvXgAAfl4AAIFeAADkpw0A1V4AACJfAAAoXwAAdF8AAHtfAADGXwAA5F8AABhgAAAxYAAAamAAAGxgAAC8YAAAv2AAAA5hAAAaYQAAYGEAAGdhAACyYQAAumEAAARiAAAGYgAAVmIAAF9iAACoYgAAsmIAAPpiAAAFYwAATGMAAFhjAACeYwAAq2MAAPBjAAD6YwAAQmQAAFBkAACUZAAAo2QAAOZkAADoZAAAOGUAAEJlAACKZQAAmGUAANxlAADhZQAALmYAADtmAACAZgAAlWYAANJmAADaZgAAJGcAAD1nAAB2ZwAAf2cAAMhnAADSZwAAGmgAACJoAABsaAAAeWgAAL5oAADDaAAAEGkAABhpAABiaQAAY2kAALRpAAC2aQAABmoAAAlqAABYagAAW2oAADaoDQCvagAA/GoAAAJrAABOawAAVWsAAKBrAACoawAA8msAAPZrAABEbAAARmwAAJZsAACZbAAA6GwAAPBsAAA6bQAAO20AAIxtAACSbQAA3m0AAONtAAAwbgAAS24AAIJuAACQbgAA1G4AANtuAAAmbwAAMm8AAHhvAAB/bwAAiKgNAM1vAAAccAAALXAAAG5wAAB2cAAAbIcBAIpwAADAcAAAyHAAANqoDQAhcQAAZHEAAGpxAAC2cQAAuHEAAAhyAAAecgAAWnIAAHhyAACscgAAr3IAAP5yAAAKcwAAUHMAAFZzAACicwAAvXMAAPRzAAAAdAAARnQAAEx0AACYdAAAtnQAAOp0AAD6dAAAPHUAAEp1AACOdQAAlHUAAOB1AADjdQAAMnYAADx2AACEdgAAonYAANZ2AADsdgAAKHcAADR3AAB6dwAAfXcAAMx3AADPdwAAHngAACB4AABweAAAh3gAAMJ4AADOeAAAFHkAADB5AABmeQAAbnkAACypDQDJeQAACnoAABh6AABcegAAaHoAAK56AAC7egAAAHsAAAp7AABSewAAWnsAAKR7AAClewAA9nsAAPh7AABIfAAAS3wAAJp8AACdfAAAfqkNAPF8AAA+fQAARH0AAJB9AACXfQAA4n0AAOp9AAA0fgAASn4AAIZ+AACPfgAA2H4AANt+AAAqfwAANH8AAHx/AACEfwAAzn8AAOd/AAAggAAALIAAAHKAAAB6gAAA0KkNAMyAAAAWgQAAGYEAAGiBAABygQAAuoEAAMCBAAAMggAAGoIAAF6CAABrggAAsIIAAMeCAAAiqg0AA4MAABR8DAAFgwAAXqEBAAiDAAA2SQIACYMAAAq5BgAKgwAAPJUFAAuDAAAwwAAADIMAAPAmAgAPgwAAClQMABGDAABUgwAAE4MAAPg9BwAYgwAAjr4FABmDAAAIVgsAXoMAAPwaCABjgwAApoMAALKDAAD4gwAA+YMAAIx4AwD7gwAASoQAAE2EAACchAAAo4QAADZ8AQCkhAAA7oQAALSEAABoJQEA9YQAAECFAABMhQAAkoUAAJ+FAADkhQAA8oUAADaGAABChgAAiIYAAI+GAADahgAA4oYAACyHAAA8hwAAfocAAIOHAADQhwAA1ocAACKIAAAqiAAAdIgAAH2IAADGiAAAyYgAABiJAAAkiQAAaokAAHCJAAB0qg0A24kAAMaqDQAbigAAYIoAAGKKAAAq+gAAY4oAAIZqAgBnigAAKpQCAGuKAAD0igoAbIoAAB7AAQBvigAA3oQKAHmKAAB8QgIAgIoAALKKAAC/igAABIsAAAmLAABWiwAAWosAAKiLAAC1iwAA+osAAAKMAABMjAAABYwAAHRXCQBTjAAAnowAAGKMAAD2fAQAoIwAAPCMAAD6jAAAQo0AAESNAACUjQAArY0AAOaNAADojQAAOI4AADuOAACKjgAAlo4AANyOAADkjgAAGKsNADSPAACAjwAANo8AABQ1DwA9jwAAatIFAD+PAACUKAYAQY8AAK5HAQBKjwAAtlULAIaPAADc4AAAmI8AANKPAADUjwAAJJAAAN+PAAAApAAA648AAOiVAAAzkAAAdpAAAIWQAADIkAAA1JAAABqRAAAdkQAAbJEAAG+RAAC+kQAA1pEAABCSAAAXkgAAYpIAAG6SAAC0kgAAwZIAAAaTAAAUkwAAWJMAAGSTAACqkwAAsZMAAPyTAAAUlAAATpQAAFqUAACglAAAppQAAPKUAAD4lAAARJUAAEmVAACWlQAAnJUAALyrDQDqlQAAOpYAAEGWAACMlgAApJYAAN6WAADllgAAMJcAAEmXAACClwAAmpcAANSXAADglwAAJpgAACyYAAB4mAAAfpgAAMqYAADPmAAAHJkAACKZAAAOrA0Ah5kAAMCZAADRmQAAEpoAACCaAABkmgAAc5oAALaaAAC+mgAACJsAACibAABamwAAZpsAAKybAADAmwAA/psAAAacAABQnAAAVpwAAKKcAACunAAA9JwAAP6cAABGnQAATJ0AAJidAACmnQAA6p0AAPadAAA8ngAAV54AAI6eAACQngAA4J4AAPGeAAAynwAAOp8AAISfAACSnwAA1p8AANmfAAAooAAAMKAAAHqgAACHoAAAzKAAANGgAAAeoQAAKKEAAHChAAB4oQAAwqEAAMShAAAUogAAJaIAAGaiAAB3ogAAuKIAAL2iAAAKowAADqMAAFyjAABoowAArqMAALWjAABgrA0ABaQAAFKkAABcpAAApKQAALykAAD2pAAA+aQAAEilAABRpQAAmqUAAJulAADspQAA7aUAAD6mAABDpgAAkKYAAJamAADipgAA7KYAADSnAABApwAAhqcAAI2nAADYpwAA8KcAACqoAAAsqAAAfKgAAIWoAADOqAAA2KgAACCpAAArqQAAcqkAAIqpAADEqQAA2qkAABaqAAAbqgAAaKoAAG+qAAC6qgAAxqoAALKsDQAOqwAAaJYCABGrAACgswEAFasAAHSoBQAdqwAAXqsAAGCrAADSUgIAbKsAALCrAAC8qwAAAqwAAL+rAABCcAcAD6wAAFSsAABerAAApqwAAKesAADaVg0ArqwAAPisAAD/rAAASq0AABOtAABkkAEAT60AAJytAACorQAA7q0AAPGtAABArgAASK4AAJKuAACfrgAA5K4AAOmuAAA2rwAAQK8AAIivAACQrwAA2q8AAN2vAAAssAAANbAAAH6wAAB/sAAA0LAAANGwAAAisQAAJ7EAAHSxAAB6sQAAxrEAANCxAAAYsgAAILIAAGqyAABssgAAvLIAAMWyAAAOswAAGLMAAGCzAABrswAAsrMAAL6zAAAEtAAAEbQAAFa0AABgtAAAqLQAALa0AAD6tAAACbUAAEy1AABOtQAAnrUAAKi1AADwtQAA/rUAAEK2AABHtgAAlLYAAKG2AADmtgAA7rYAADi3AAA5twAAircAAJC3AADctwAA4bcAAC64AAA4uAAAgLgAAIW4AADSuAAA4bgAACS5AAApuQAAdrkAAIe5AADIuQAA0LkAABq6AAAgugAAbLoAAHi6AAC+ugAA27oAABC7AAAZuwAAYrsAAG67AAC0uwAAt7sAAAa8AAAQvAAAWLwAAGS8AACqvAAAsbwAAPy8AAAEvQAATr0AAGe9AACgvQAAtL0AAPK9AAD6vQAARL4AAEe+AACWvgAAor4AAOi+AADuvgAAOr8AAFW/AACMvwAAmL8AAN6/AADkvwAABK0NADrAAACCwAAAjcAAANTAAADcwAAAztEAAODAAAAmwQAAM8EAAHjBAACCwQAAysEAANjBAAAcwgAAK8IAAG7CAABwwgAAwMIAAMrCAAASwwAAIMMAAGTDAABpwwAAtsMAAMPDAAAIxAAAEMQAAFrEAABbxAAArMQAAF7EAABiXwEAasQAAOaDAQC9xAAA/sQAAAfFAABQxQAAZ8UAAKLFAACwxQAA9MUAAAHGAABGxgAATsYAAJjGAAC3xgAAVq0NAPPGAAA8xwAARscAAI7HAACZxwAAqK0NAOLHAAAyyAAAO8gAAITIAACOyAAA1sgAAOHIAAAoyQAANMkAAHrJAACHyQAAzMkAANbJAAAeygAALMoAAHDKAAB/ygAAwsoAAMTKAAAUywAAHssAAGbLAAB0ywAAuMsAAL3LAAAKzAAAF8wAAFzMAABkzAAArswAALTMAAAAzQAADM0AAFLNAABvzQAApM0AAK3NAAD2zQAABM4AAEjOAABOzgAAms4AAKbOAADszgAA884AAPqtDQBAzwAAEAMCAETPAACQzwAAlc8AAOLPAACezwAAqhkEAO/PAAA00AAAS9AAAIbQAACH0AAA2NAAANrQAAAq0QAALdEAAHzRAAB/0QAATK4NAO/RAAAg0gAAIdIAAHLSAAB00gAAxNIAAMfSAAAW0wAAGdMAAJ6uDQBt0wAAutMAAMDTAAAM1AAAE9QAAF7UAACA1AAAsNQAALjUAAAC1QAAEdUAAFTVAABW1QAAptUAALfVAAD41QAACdYAAErWAABW1gAAnNYAAKPWAADu1gAA9tYAAEDXAABE1wAAktcAAKDXAADk1wAA7tcAADbYAABB2AAAiNgAAI3YAADa2AAA49gAACzZAAA22QAAftkAAIbZAADQ2QAA0tkAACLaAAAv2gAAdNoAAIjaAADG2gAAztoAABjbAAAZ2wAAatsAAGzbAAC82wAAv9sAAA7cAAAR3AAA8K4NAGXcAACy3AAAuNwAAATdAAAL3QAAVt0AAF7dAACo3QAAt90AAPrdAAD/3QAATN4AAFneAACe3gAArt4AAPDeAAD+3gAAQt8AAFnfAACU3wAAnd8AAObfAADs3wAAOOAAAETgAACK4AAAkeAAAEKvDQDh4AAACLACAOTgAAAu4QAA6eAAAOqfCAA94QAAgOEAAJHhAADS4QAA4OEAACTiAAAw4gAAduIAAIPiAADI4gAA0uIAABrjAAAi4wAAbOMAAG/jAAC+4wAAyuMAABDkAAAd5AAAYuQAAGzkAAC05AAAvOQAAAblAAAI5QAAWOUAAGHlAACq5QAAtOUAAPzlAAAH5gAATuYAAGPmAACg5gAAqOYAAPLmAAAL5wAAROcAAE3nAACW5wAAoOcAAOjnAADw5wAAOugAAEfoAACM6AAAkegAAN7oAADm6AAAMOkAADHpAACC6QAAhOkAANTpAADX6QAAJuoAACnqAACUrw0AfeoAAMrqAADQ6gAAHOsAACPrAABu6wAAdusAAMDrAADO6wAAEuwAABXsAABk7AAAbOwAALbsAAC57AAACO0AABTtAABa7QAAZO0AAOavDQCt7QAAnpkLAK7tAAD+7QAAr+0AABqoCgC27QAA3JsLALftAAC6ggQAu+0AANjvAQC87QAAeF0KANDtAABM1AEAB+4AAFDuAABa7gAAou4AAK3uAAD07gAAAO8AAEbvAABT7wAAmO8AAKLvAADq7wAA+O8AADzwAABL8AAAjvAAAJDwAADg8AAA6vAAADLxAABA8QAAhPEAAInxAADW8QAA4/EAACjyAAA48gAAevIAAHzyAADM8gAA2vIAAB7zAAAv8wAAOLANAHfzAACKsA0AyvMAANywDQAd9AAAZvQAAHD0AAC49AAAw/QAAAr1AAAW9QAAXPUAAGn1AACu9QAAuPUAAAD2AAAO9gAAUvYAAGH2AACk9gAApvYAAPb2AAAA9wAASPcAAFb3AACa9wAAn/cAAOz3AAD59wAAPvgAAEb4AACQ+AAAoPgAAOL4AADk+AAANPkAAEL5AACG+QAAl/kAAC6xDQDf+QAAgLENAEP6AAB8+gAAjfoAAM76AADa+gAAIPsAACj7AADSsQ0Ad/sAAMT7AADM+wAAFvwAABj8AABo/AAAG/wAAG6vBgAl/AAAJnAEAHH8AAC6/AAAd/wAANTrCADE/AAADP0AABf9AABe/QAAav0AALD9AAC9/QAAAv4AAAz+AABU/gAAYv4AAKb+AAC1/gAA+P4AAPr+AABK/wAAVP8AAJz/AACo/wAA7v8AAPb/AAAksg0AQwABAJIAAQCgAAEA5AABAPEAAQA2AQEATQEBAIgBAQCQAQEA2gEBAPABAQAsAgEAOAIBAH4CAQCNAgEA0AIBANsCAQAiAwEAJAMBAHQDAQCBAwEAxgMBANQDAQAYBAEAGwQBAGoEAQCABAEAvAQBAMQEAQAOBQEAIAUBAHayDQBtBQEAejILAG8FAQCyBQEAtwUBAAQGAQALBgEAVgYBAGIGAQCoBgEAtQYBAPoGAQD8BgEATAcBAGIHAQCeBwEAqgcBAPAHAQAPCAEAQggBAF4IAQCUCAEAnAgBAMiyDQDoCAEAOAkBAEEJAQCKCQEAlAkBANwJAQDnCQEALgoBADoKAQCACgEAjQoBANIKAQDcCgEAJAsBADILAQB2CwEAhQsBAMgLAQDKCwEAGgwBACQMAQBsDAEAegwBAL4MAQDDDAEAEA0BAB0NAQBiDQEAcg0BALQNAQC2DQEABg4BABQOAQBYDgEAaQ4BABqzDQCxDgEAbLMNAP4OAQASxAQAAQ8BAE4PAQAFDwEAHLgBAAgPAQBe6gYACg8BAKKSAQAQDwEA6EQEAFUPAQACzQkAWw8BAKAPAQC3DwEA8g8BAPcPAQBEEAEARxABAJYQAQBOEAEAQoQFAGAQAQCCjgUAmxABABCJBQCiEAEA6BABAO4QAQDCHAEA9xABADoRAQBDEQEAjBEBAJIRAQDeEQEA7BEBADASAQA6EgEAghIBAJYSAQDUEgEA4BIBACYTAQA5EwEAeBMBAIcTAQDKEwEA1hMBABwUAQAdFAEAbhQBAHgUAQDAFAEAzhQBABIVAQAXFQEAZBUBAHEVAQAQtA0AyRUBAAgWAQAXFgEAWhYBAGYWAQCsFgEArRYBAP4WAQAIFwEAUBcBAF4XAQCiFwEApxcBAPQXAQABGAEABrUNAEgYAQCYGAEAoRgBAOoYAQD0GAEAPBkBAEcZAQCOGQEAmhkBAOAZAQDtGQEAMhoBADwaAQCEGgEAkhoBANYaAQDlGgEAKBsBACobAQB6GwEAhBsBAMwbAQDaGwEAHhwBACscAQBwHAEAhxwBAFi1DQDdHAEAFB0BACAdAQBmHQEAbB0BALgdAQDEHQEACh4BABAeAQBcHgEAYh4BAK4eAQCzHgEAAB8BAAYfAQCqtQ0AWx8BAKQfAQCuHwEA9h8BAAEgAQBIIAEAVCABAJogAQCnIAEA7CABAPYgAQA+IQEATCEBAJAhAQCfIQEA4iEBAOQhAQA0IgEAPiIBAIYiAQCUIgEA2CIBAN0iAQAqIwEANyMBAHwjAQCEIwEAziMBAN4jAQAgJAEAIiQBAHIkAQCAJAEAxCQBANUkAQCgtg0AHSUBAPK2DQBuJQEAuiUBAMYlAQAMJgEAHCYBAF4mAQBnJgEAsCYBALMmAQACJwEADicBAFQnAQBbJwEApicBAK4nAQD4JwEAFigBAEooAQBSKAEAnCgBAK0oAQDuKAEA8ygBAEApAQBXKQEAkikBAKApAQDkKQEA8SkBADYqAQA+KgEAiCoBAIwqAQDaKgEA3CoBACwrAQAvKwEAfisBAIYrAQDQKwEA1isBACIsAQAuLAEAdCwBAIQsAQDGLAEAzywBABgtAQAbLQEAai0BAHYtAQC8LQEAwy0BAES3DQAXLgEAYC4BAGMuAQCyLgEAwC4BAAQvAQARLwEAVi8BAG0vAQCoLwEAsC8BAPovAQD8LwEATDABAFUwAQCeMAEAqDABAPAwAQD7MAEAQjEBAE4xAQCUMQEAoTEBAOYxAQDwMQEAODIBAEYyAQCKMgEAmTIBANwyAQDeMgEALjMBADgzAQCAMwEAjjMBANIzAQDXMwEAJDQBADE0AQB2NAEAfjQBAMg0AQDeNAEAGjUBACY1AQBsNQEAezUBAL41AQDJNQEAEDYBABI2AQBiNgEAbzYBALQ2AQDCNgEABjcBAAk3AQBYNwEAbjcBAJa3DQCyNwEAGPoBALg3AQC4ZQIAwjcBAPw3AQD+NwEATjgBAF84AQCgOAEAsTgBAPI4AQD3OAEARDkBAEg5AQCWOQEAojkBAOg5AQDvOQEAOjoBAEI6AQCMOgEAqjoBAN46AQDmOgEA6LcNADU7AQCCOwEAgzsBALivCwCROwEA2sYKAJs7AQDUOwEA1jsBACY8AQA/PAEAeDwBAIk8AQDKPAEA1jwBABw9AQAePQEAbj0BAHc9AQDAPQEAfT0BADJDAQDKPQEAEj4BAB0+AQBkPgEAcD4BALY+AQDDPgEACD8BABI/AQBaPwEAaD8BAKw/AQC7PwEA/j8BAABAAQBQQAEAWkABAKJAAQCwQAEA9EABAPlAAQBGQQEAU0EBAJhBAQCkQQEA6kEBAPBBAQA8QgEAQkIBAI5CAQCTQgEA4EIBAOZCAQA6uA0AQUMBAIRDAQCQQwEA1kMBANlDAQAoRAEAK0QBAHpEAQCBRAEAzEQBANhEAQAeRQEAK0UBAHBFAQB+RQEAwkUBAM5FAQAURgEAG0YBAIy4DQBsRgEAuEYBAL5GAQAKRwEAD0cBAFxHAQBiRwEA3rgNAK9HAQCi5AEAuEcBAF5HCgC6RwEA1JANALxHAQC8yQoAvUcBAABIAQAMSAEAUkgBAFNIAQCkSAEAXkgBABzZCgCuSAEA9kgBAARJAQBISQEATUkBAJpJAQCnSQEAMLkNAO5JAQCakwoA+kkBAMqGCgAPSgEAPkoBAGNKAQCQSgEAtkoBAOJKAQAJSwEANEsBAFhLAQCGSwEAjksBAIK5DQDkSwEAKkwBACxMAQB8TAEAf0wBAM5MAQDTTAEAIE0BAC1NAQByTQEAjk0BAMRNAQDMTQEA1LkNAB9OAQBoTgEAI04BAARYAQBrTgEAuk4BAMZOAQAMTwEAEk8BAF5PAQBrTwEAsE8BALJPAQACUAEAGFABAFRQAQBgUAEAplABAK5QAQAmug0A/lABAEpRAQBSUQEAnFEBAJ1RAQDuUQEA8FEBAEBSAQBDUgEAklIBAJVSAQB4ug0A6VIBADZTAQA8UwEAiFMBAI9TAQDaUwEA4lMBACxUAQA5VAEAflQBAINUAQDQVAEA2lQBACJVAQAqVQEAdFUBAHZVAQDGVQEA11UBABhWAQApVgEAalYBAG9WAQC8VgEAwFYBAA5XAQAaVwEAYFcBAGdXAQCyVwEAxFcBAMq6DQAJWAEAVlgBAF5YAQCoWAEAqlgBAPpYAQAJWQEATFkBAFtZAQCeWQEAqlkBAPBZAQDzWQEAQloBAEVaAQCUWgEAnFoBAOZaAQDwWgEAOFsBAD1bAQCKWwEAklsBANxbAQDmWwEALlwBADlcAQCAXAEAjlwBANJcAQDVXAEAJF0BACxdAQB2XQEAkV0BAMhdAQDTXQEAGl4BAB9eAQBsXgEAb14BAL5eAQDIXgEAEF8BACJfAQAcuw0AcF8BALRfAQC+XwEABmABABFgAQBYYAEAYGABAKpgAQCwYAEA/GABAP5gAQBOYQEAZ2EBAKBhAQC5YQEA8mEBAABiAQBEYgEATmIBAJZiAQCsYgEA6GIBAAVjAQA6YwEAQmMBAIxjAQCcYwEA3mMBAOBjAQAwZAEAPmQBAIJkAQCTZAEAbrsNANtkAQDAuw0AJ2UBAHhlAQCJZQEAymUBANZlAQAcZgEAHmYBAG5mAQBxZgEAwGYBAMxmAQASZwEAGmcBAGS8DQBvZwEAtmcBAMJnAQAIaAEAF2gBAFpoAQB6aAEArGgBALRoAQD+aAEAEmkBAFBpAQBVaQEAomkBAKtpAQD0aQEA+mkBAEZqAQBOagEAmGoBAKdqAQDqagEA72oBADxrAQBJawEAjmsBAJtrAQDgawEA7GsBADJsAQBBbAEAhGwBAI5sAQDWbAEA5GwBAChtAQAtbQEAem0BAIdtAQDMbQEA1G0BAB5uAQAhbgEAcG4BAHxuAQDCbgEAzG4BABRvAQAebwEAZm8BAHRvAQC4bwEAxW8BAApwAQAhcAEAXHABAF9wAQC2vA0AsXABAF6NAwC4cAEA0jQFALtwAQAAcQEAvnABADIICwC/cAEA2nICAMRwAQAi5QMAB3EBAB47AgAKcQEArCsDAA9xAQCAQAwAG3EBAFJxAQBUcQEApHEBALVxAQD2cQEABHIBAEhyAQBPcgEAmnIBAJxyAQDscgEAn3IBAKBXAgCicgEA1I0BAPtyAQA+cwEATXMBAJBzAQCccwEA4nMBAOVzAQA0dAEAN3QBAIZ0AQCmdAEA2HQBAOR0AQAqdQEAPnUBAHx1AQCKdQEAznUBANV1AQAIvQ0AN3YBAHJ2AQB0dgEAZmcKAHV2AQBwZgoAf3YBAMR2AQDGdgEAFncBACB3AQBodwEAJ3cBAOxqCgBxdwEAuncBAMB3AQAMeAEAGHgBAF54AQBleAEAsHgBALV4AQACeQEADnkBAFR5AQBXeQEApnkBALN5AQD4eQEA/XkBAEp6AQBUegEAnHoBALJ6AQDuegEA8HoBAEB7AQBKewEAknsBAKF7AQDkewEA73sBAFq9DQBCfAEAiHwBAJV8AQDafAEA6HwBACx9AQA4fQEAfn0BAIV9AQCsvQ0A1X0BACJ+AQDcfQEAFv8MAN59AQBC6gMAJH4BAOBXAwAnfgEAYIIJADl+AQB0fgEAgn4BAMZ+AQDTfgEAGH8BACB/AQBqfwEAdH8BAPKqBgB6fwEAvH8BAL5/AQAOgAEAHIABAGCAAQBxgAEA/r0NALmAAQBQvg0ACYEBAFaBAQBcgQEAqIEBALCBAQD6gQEAA4IBAEyCAQBPggEAnoIBAKqCAQDwggEA9oIBAEKDAQBKgwEAlIMBALODAQD0vg0A6IMBADiEAQBGhAEAioQBAJuEAQBGvw0A44QBAJi/DQAzhQEAgIUBAIaFAQDShQEA2oUBACSGAQAthgEAdoYBAHmGAQDIhgEA1IYBABqHAQAghwEAPMANAG6HAQC+hwEAx4cBABCIAQAaiAEAYogBAG2IAQC0iAEAwIgBAAaJAQATiQEAWIkBAGKJAQCqiQEAuIkBAPyJAQALigEATooBAFCKAQCgigEAqooBAPKKAQAAiwEARIsBAEmLAQCWiwEAo4sBAOiLAQDwiwEAOowBAEqMAQCMjAEAjowBAN6MAQDsjAEAMI0BAEGNAQCOwA0AiY0BAODADQDdjQEAJo4BACmOAQB4jgEAhI4BAMqOAQDQjgEAHI8BACmPAQBujwEAcI8BAMCPAQDWjwEAEpABAB6QAQAywQ0AcJABALaQAQC8kAEACJEBAAuRAQBakQEAaJEBAKyRAQCxkQEA/pEBAAuSAQBQkgEAWJIBAITBDQCvkgEA9JIBAAKTAQBGkwEAXJMBAJiTAQChkwEA6pMBAACUAQA8lAEARJQBAI6UAQCRlAEA4JQBAOmUAQAylQEAM5UBAISVAQCFlQEA1pUBANuVAQAolgEALpYBAHqWAQCElgEAzJYBANiWAQAelwEAJZcBAHCXAQB4lwEAwpcBAMSXAQAUmAEAFZgBAGaYAQB0mAEAuJgBAMCYAQAKmQEAJZkBAFyZAQBomQEArpkBALSZAQAAmgEAA5oBAFKaAQBgmgEApJoBAKmaAQD2mgEAA5sBAEibAQBQmwEAmpsBAKibAQDsmwEA75sBANbBDQBBnAEAkJwBAEKcAQB4cQgASpwBAMZhCABMnAEAhgYMAFGcAQDOMAwAk5wBAOKcAQDznAEANJ0BAFCdAQCGnQEAjp0BACjCDQDpnQEAKp4BADKeAQB8ngEAgp4BAM6eAQDTngEAIJ8BACmfAQBynwEAfJ8BAMSfAQDSnwEAFqABACOgAQBooAEAdKABALqgAQC9oAEADKEBACihAQB6wg0AYaEBALChAQByoQEAZM4DALyhAQACogEACKIBAFSiAQBeogEAzMINAKuiAQD4ogEABaMBAEqjAQBSowEAKsoNAFajAQCcowEAWqMBAASqAQCiowEA7qMBAPSjAQBApAEARaQBAJKkAQCYpAEAHsMNAO6kAQBcaAoA8qQBADalAQBHpQEAcMMNAI+lAQDCww0A4qUBABTEDQA6pgEAfqYBAIWmAQDQpgEA2KYBACKnAQAvpwEAdKcBAHmnAQDGpwEA0KcBABioAQAgqAEAaqgBAHCoAQC8qAEAvqgBAA6pAQAcqQEAYKkBAGOpAQCyqQEAvqkBAGbEDQAGqgEAVqoBAGSqAQCoqgEAuaoBALjEDQABqwEACsUNAFKrAQCeqwEApKsBAPCrAQD1qwEAQqwBAEisAQBcxQ0AlqwBAOasAQCgrAEAuPUEAAGtAQA4rQEAOq0BAIqtAQCkrQEA3K0BAOmtAQBQdQgA7a0BAC6uAQAwrgEAgK4BAI2uAQDSrgEA6a4BACSvAQA+rwEAdq8BAHivAQDIrwEAy68BABqwAQAdsAEAbLABAHiwAQC+sAEAxLABABCxAQAasQEArsUNAGexAQC0sQEAwbEBAAayAQASsgEAWLIBAF6yAQCqsgEAsLIBAPyyAQABswEATrMBAFSzAQAAxg0Ap7MBALJkDACpswEAXIUDAK2zAQBQiAIAsbMBAGptCwC2swEA8rMBAPOzAQBEtAEACLQBAORdBABGtAEAlrQBAFK0AQDsugIAnLQBAOi0AQD2tAEAOrUBAD21AQCMtQEAkbUBAN61AQDrtQEAMLYBAEC2AQCCtgEAhLYBANS2AQDitgEAJrcBADe3AQBSxg0AfrcBAMq3AQDWtwEApMYNAC24AQBuuAEAeLgBAMC4AQDOuAEAErkBABO5AQBkuQEAdbkBALa5AQDCuQEACLoBABi6AQBaugEAXLoBAKy6AQC6ugEA/roBAA+7AQD2xg0AVrsBAKK7AQCuuwEASMcNAPq7AQBGvAEATLwBAJi8AQCdvAEA6rwBAPC8AQDsxw0ARL0BAI69AQCYvQEAEiIMAKe9AQDgvQEA6b0BADK+AQA8vgEAhL4BAIy+AQDWvgEA2r4BACi/AQAqvwEAer8BAH2/AQDMvwEA6L8BAD7IDQAxwAEAcMABAHHAAQDCwAEAzsABABTBAQAjwQEAZsEBAHDBAQC4wQEAxMEBAArCAQARwgEAkMgNAGLCAQAG/AoAb8IBAK7CAQC9wgEAAMMBAAzDAQBSwwEAU8MBAKTDAQCuwwEA9sMBAATEAQBIxAEATcQBAJrEAQCnxAEANMkNAPTEAQA+xQEASsUBAJDFAQCjxQEA4sUBAOPFAQA0xgEAQMYBAIbGAQCVxgEA2MYBAOLGAQAqxwEANscBAHzHAQCDxwEAhskNAN/HAQAgyAEALMgBAHLIAQCCyAEAxMgBAM7IAQAWyQEAHskBAGjJAQCTyQEAuskBAJTJAQA2zgEA5ckBAAzKAQAUygEAXsoBAGTKAQCwygEAvsoBAALLAQAZywEAVMsBAF/LAQCmywEAsMsBAPjLAQAizAEASswBAFLMAQCczAEArMwBAO7MAQDwzAEAQM0BAE7NAQCSzQEAo80BAHzKDQDrzQEAzsoNAGHOAQCIzgEAkM4BANrOAQDgzgEALM8BADrPAQB+zwEAlc8BANDPAQDbzwEAItABACzQAQB00AEAntABAMbQAQDO0AEAGNEBACjRAQBq0QEAbNEBALzRAQDK0QEADtIBAB/SAQAgyw0AZ9IBAHLLDQC00gEABNMBABLTAQBW0wEAZ9MBAMTLDQCv0wEAFswNAALUAQBozA0AVNQBALrMDQCg1AEA8NQBAP7UAQBC1QEAU9UBAAzNDQCa1QEA5tUBAPLVAQBezQ0AQdYBAIrWAQCX1gEA3NYBAOrWAQAu1wEAONcBAIDXAQCa1wEA0tcBANXXAQAk2AEAK9gBAHbYAQCW2AEAyNgBAOLYAQCwzQ0AJ9kBAGzZAQAr2QEA/C0CADDZAQCMggIAetkBAL7ZAQDI2QEAENoBACraAQBi2gEActoBALTaAQC62gEABtsBAAjbAQBY2wEAbtsBAKrbAQC22wEA/NsBAADcAQBO3AEAU9wBAKDcAQCm3AEA8twBABLdAQBE3QEAXt0BAJbdAQCY3QEA6N0BAOvdAQA63gEAPd4BAIzeAQCY3gEA3t4BAOTeAQAw3wEAOt8BAALODQCH3wEA1N8BAOHfAQAm4AEAMuABAHjgAQCL4AEAyuABANngAQAc4QEAKOEBAG7hAQBv4QEAwOEBAMrhAQAS4gEAIOIBAGTiAQBp4gEAtuIBAMPiAQBUzg0ACeMBAGaQCgAK4wEA5qQKAAvjAQC+0QoADuMBAEo0CAAP4wEA2JUKABLjAQCWeQsAE+MBAKaaCgAU4wEAMLgJABXjAQA+QgoAFuMBAB4UCgAX4wEAELwEABjjAQBa4wEAIOMBAKLdDgAi4wEADukLACTjAQA44wwAK+MBABDxCwAz4wEAOvULAEbjAQBufQsATOMBALq3CwBc4wEArOMBAGvjAQBeuAsAuuMBAP7jAQAP5AEAps4NAFfkAQD4zg0AruQBAPTkAQAD5QEARuUBAFDlAQCY5QEApOUBAOrlAQC75QEACKgLAPHlAQCczw0APuYBAI7mAQCf5gEA4OYBAOnmAQAy5wEAPucBAITnAQCH5wEA1ucBAN7nAQAo6AEAMugBAHroAQB/6AEAzOgBANToAQAe6QEAN+kBAHDpAQB86QEAwukBAMrpAQBA0A0AHOoBAJLQDQBp6gEAuOoBALvqAQAK6wEAFusBAFzrAQBi6wEArusBALjrAQDk0A0ABewBAFLsAQBf7AEApOwBAKzsAQA20Q0A/OwBAEjtAQBO7QEAmu0BAJ/tAQDs7QEA8u0BAIjRDQBG7gEA2tENAJLuAQDKZwkAle4BAOLuAQCc7gEA7CIJAOzuAQA07wEA8e4BAFAtBwA87wEAwAILAFDvAQCG7wEAju8BACzSDQDd7wEAKvABAEDwAQB88AEAffABAM7wAQDQ8AEAIPEBACbxAQBy8QEAfvEBAMTxAQDL8QEAFvIBAB7yAQBo8gEAcfIBALryAQC98gEADPMBABrzAQBe8wEAa/MBALDzAQDH8wEAAvQBAAr0AQBU9AEAYPQBAEr1AQB/9AEApvQBANH0AQD49AEAHPUBAH7SDQBn9QEAnPUBAKX1AQCS9gEArfUBAO71AQAc9gEAQPYBAGT2AQDQ0g0AlPYBAOT2AQD19gEANvcBAGT3AQCI9wEArPcBACLTDQDg9wEAAMQFAOP3AQAs+AEA5vcBAKptDAA2+AEAfvgBADn4AQCwywUAOvgBAFojDACG+AEA0PgBANT4AQAi+QEAJPkBAHT5AQB3+QEAxvkBAOL5AQB00w0AHfoBAIp8CgAi+gEAQO4KACT6AQBq+gEAKPoBAIqvCQCH+gEAvPoBAMX6AQAO+wEAEPsBAGD7AQBx+wEAxtMNALf7AQAE/AEADfwBAFb8AQBn/AEAqPwBAK/8AQD6/AEAAv0BAEz9AQAU/QEAAh0CAFn9AQDw/QEAW/0BADj/AQBl/QEAnv0BAKr9AQAY1A0A9f0BAEL+AQBM/gEAlP4BAJz+AQBq1A0A8v4BALzUDQA9/wEAiv8BAJf/AQDc/wEA5v8BAC4AAgAwAAIAgAACAI4AAgDSAAIA3wACAA7VDQApAQIAdgECAIMBAgDIAQIA0gECABoCAgAcAgIAbAICAHoCAgC+AgIAywICAGDVDQAWAwIAgkgMAB0DAgBiAwIAbAMCALLVDQC8AwIABgQCAAgEAgC0QwwAHQQCAFgEAgBdBAIAqgQCALQEAgD8BAIABAUCAATWDQBYBQIAoAUCAKwFAgDyBQIA9QUCAEQGAgBOBgIAlgYCALAGAgDoBgIA/wYCADoHAgA/BwIAjAcCAKgHAgBW1g0A6AcCADAIAgDvBwIAwgkHADwIAgCCCAIAhQgCANQIAgDeCAIAJgkCAEAJAgB4CQIAfgkCAMoJAgDMCQIAHAoCACoKAgBuCgIAcQoCAMAKAgDMCgIAEgsCABULAgBkCwIAhwsCAKjWDQC4CwIACAwCABYMAgBaDAIAXQwCAKwMAgC4DAIA/gwCAAENAgD61g0AWw0CAKINAgCoDQIA9A0CAPkNAgBGDgIASg4CAJgOAgCbDgIATNcNAOsOAgDgWQsA7Q4CAJDSDADwDgIAPA8CAPMOAgCEywwA9A4CALgTAgD2DgIA8LgMAPgOAgCSsQwA+Q4CAFi/DAD6DgIAiNsMAAEPAgDmewoABA8CALzoCwBIDwIAjg8CALcPAgDgDwIA7A8CADIQAgBBEAIAhBACAI4QAgDWEAIA2RACACgRAgBCEQIAehECAIQRAgDMEQIA0RECAB4SAgAoEgIAcBICAHsSAgDCEgIAyBICABQTAgAZEwIAZhMCAGoTAgCe1w0AvRMCAAoUAgDGEwIAEsYMABQUAgBcFAIAZxQCAK4UAgC0FAIAABUCAAUVAgBSFQIAVhUCAPDXDQCpFQIA5qICAKsVAgDKpQsArBUCAJ71CgCuFQIASjUMAL4VAgD2FQIAABYCAEgWAgBTFgIAmhYCAKAWAgDsFgIA8RYCAD4XAgBCFwIAkBcCALMXAgBC2A0A5BcCADQYAgDlFwIAMFwKAOcXAgDsAwgA6xcCAIIKCgDuFwIA2iACAPAXAgCMRwwAQRgCAPhGAgBCGAIAhhgCAIkYAgDYGAIA5BgCACoZAgBCGQIAfBkCAIgZAgDOGQIA1BkCACAaAgAmGgIAchoCAHcaAgDEGgIAyhoCAJTYDQAgGwIAaBsCAHMbAgC6GwIAwBsCAAwcAgARHAIAXhwCAGIcAgCwHAIAsxwCAObYDQAMHQIAVB0CAF8dAgCmHQIArB0CAPgdAgD9HQIASh4CAE4eAgA42Q0AnR4CAO4eAgD6HgIAQB8CAEwfAgCSHwIAmB8CAOQfAgDqHwIANiACADsgAgCIIAIAjiACAIrZDQDcIAIA7tcEAOEgAgBO5wQA6SACABJdAgDqIAIALCECADghAgB+IQIAhCECANAhAgDcIQIAIiICAC8iAgB0IgIAgyICAMYiAgDSIgIAGCMCACQjAgBqIwIAcCMCALwjAgDCIwIADiQCABMkAgBgJAIAZiQCANzZDQC8JAIARlcHAMgkAgAEJQIAyyQCAFY7CAAQJQIAViUCAF4lAgDKhw4AYiUCAKglAgCuJQIA+iUCAAAmAgBMJgIAUSYCAJ4mAgCkJgIALtoNAPgmAgBa3A4A+iYCAEInAgBIJwIAlCcCAE4nAgC0+QIAoicCAOYnAgD/JwIAOCgCAEEoAgCKKAIAlCgCANwoAgDoKAIALikCADopAgCAKQIAhikCANIpAgDYKQIAJCoCACkqAgB2KgIAfCoCAIDaDQDUKgIAGisCACQrAgBsKwIAdysCAL4rAgDDKwIAECwCABcsAgBiLAIAbiwCALQsAgC6LAIABi0CAAwtAgBYLQIAXS0CAKotAgCwLQIA0toNAA0uAgBOLgIATy4CAKAuAgBULgIAbjMCAKUuAgDyLgIAAC8CAEQvAgBRLwIAli8CAKAvAgDoLwIA9C8CADowAgBAMAIAjDACAJgwAgDeMAIA8TACADAxAgA/MQIAgjECAI4xAgDUMQIA1TECACYyAgAwMgIAeDICAIYyAgDKMgIAzzICABwzAgApMwIAJNsNAHozAgDAMwIA0DMCABI0AgAeNAIAZDQCAGo0AgC2NAIAwjQCAAg1AgAVNQIAWjUCAGk1AgCsNQIAuDUCAP41AgAKNgIAUDYCAGM2AgCiNgIAsTYCAPQ2AgAANwIARjcCAEc3AgCYNwIAojcCAOo3AgD4NwIAPDgCAEE4AgCOOAIAmzgCAHbbDQDiOAIAeukFAOw4AgAyOQIA7TgCALDWCADuOAIAKm0KAEY5AgCEOQIAkDkCANY5AgDcOQIAKDoCAC46AgB6OgIAfzoCAMw6AgDSOgIAyNsNACo7AgBwOwIAfTsCADK0AgCDOwIAwjsCAMc7AgC8TAIAyjsCAEL0AgDOOwIAFDwCABo8AgBmPAIAbDwCALg8AgC9PAIACj0CABA9AgAa3A0AaD0CAK49AgC0PQIAAD4CAAU+AgBSPgIAWT4CAKQ+AgCyPgIA9j4CABE/AgBIPwIAVj8CAJo/AgCdPwIA7D8CAPo/AgA+QAIAQ0ACAJBAAgCdQAIA4kACAO5AAgA0QQIAOkECAIZBAgCMQQIA2EECAN1BAgAqQgIAMEICAGzcDQCBQgIAzkICANdCAgAgQwIALUMCAHJDAgB5QwIAxEMCANVDAgAWRAIAG0QCAGhEAgB3RAIAukQCALxEAgAMRQIAHUUCAF5FAgBqRQIAsEUCALZFAgACRgIACEYCAFRGAgBZRgIApkYCAKxGAgC+3A0AD0cCAEpHAgBWRwIAnEcCAKhHAgDuRwIA9EcCAEBIAgBGSAIAkkgCAJdIAgDkSAIA6kgCABDdDQA8SQIA5nkCAE1JAgCISQIAkUkCANpJAgDwSQIALEoCADhKAgB+SgIAi0oCANBKAgDaSgIAIksCAC5LAgB0SwIAeksCAMZLAgDMSwIAGEwCAB1MAgBqTAIAcEwCAGLdDQDFTAIADk0CABhNAgBgTQIAZU0CALJNAgDCTQIABE4CAB1OAgBWTgIAW04CAKhOAgCxTgIA+k4CAAdPAgBMTwIAU08CAJ5PAgChTwIA8E8CAPxPAgBCUAIAVVACAJRQAgCjUAIA5lACAPJQAgA4UQIAOVECAIpRAgCUUQIA3FECAOpRAgAuUgIAM1ICAIBSAgCNUgIAtN0NANVSAgAkUwIAJ1MCAHZTAgCDUwIAdiwKAIVTAgDIUwIAylMCABpUAgAdVAIAbFQCAHZUAgC+VAIAylQCABBVAgAjVQIAYlUCAHFVAgC0VQIAwFUCAAZWAgAHVgIAWFYCAGJWAgCqVgIAuFYCAPxWAgABVwIATlcCAFtXAgAG3g0AoVcCAPJXAgD+VwIARFgCAEpYAgCWWAIAmFgCAOhYAgDyWAIAOlkCAEhZAgCMWQIAkVkCAN5ZAgDrWQIAMFoCADxaAgCCWgIAlVoCANRaAgDjWgIAJlsCADJbAgB4WwIAeVsCAMpbAgDUWwIAHFwCACpcAgBuXAIAc1wCAMBcAgDNXAIAWN4NABtdAgBkXQIAHl0CAPz8CgBqXQIAtl0CALldAgAIXgIAFl4CAFpeAgBfXgIArF4CALleAgD+XgIACl8CAFBfAgBWXwIAol8CAKhfAgD0XwIA+V8CAEZgAgBMYAIAqt4NAJpgAgDqYAIAn2ACALCPCwD5YAIAPGECAFxhAgCOYQIAk2ECAOBhAgD7YQIAMmICAD5iAgCEYgIAimICANZiAgDmYgIAKGMCADljAgB6YwIAf2MCAMxjAgDQYwIAHmQCACpkAgBwZAIAdmQCAMJkAgDIZAIAFGUCABllAgBmZQIAbGUCAPzeDQDHZQIAZEsMAM5lAgAKZgIAC2YCAFxmAgBtZgIArmYCALpmAgAAZwIAFmcCAFJnAgBeZwIApGcCALFnAgD2ZwIAAGgCAEhoAgBUaAIAmmgCAKFoAgDsaAIA+GgCAD5pAgBEaQIAkGkCAJZpAgDiaQIA52kCADRqAgA6agIATt8NAIhqAgDAcwwAj2oCANhqAgDZagIAKmsCACtrAgB8awIAgWsCAM5rAgDUawIAIGwCACpsAgBybAIAfmwCAMRsAgDLbAIAFm0CABttAgBobQIAaW0CALptAgDGbQIADG4CABJuAgBebgIAYG4CALBuAgC6bgIAAm8CABBvAgBUbwIAWW8CAKZvAgCzbwIA+G8CAARwAgBKcAIAXXACAJxwAgCrcAIA7nACAPpwAgBAcQIAQXECAJJxAgCccQIA5HECAPJxAgA2cgIAO3ICAIhyAgCVcgIAoN8NAOtyAgAscwIAOHMCAH5zAgCVcwIA0HMCANJzAgAidAIAM3QCAHR0AgB2dAIAxnQCAMx0AgAYdQIAL3UCAGp1AgBzdQIAvHUCANJ1AgAOdgIAGnYCAGB2AgBtdgIAsnYCALx2AgAEdwIAEHcCAFZ3AgBpdwIAqHcCALd3AgD6dwIABngCAEx4AgBNeAIAnngCAKh4AgDweAIA/ngCAEJ5AgBHeQIAlHkCAKF5AgDy3w0A6HkCADh6AgBMegIAinoCAJh6AgDcegIA6XoCAC57AgA1ewIAgHsCAIx7AgDSewIA5XsCACR8AgApfAIAdnwCAH98AgDIfAIA0nwCABp9AgAffQIAbH0CAHx9AgC+fQIA130CABB+AgAVfgIAYn4CAGt+AgC0fgIAwX4CAAZ/AgANfwIAWH8CAFt/AgCqfwIAtn8CAPx/AgAPgAIAToACAF2AAgCggAIArIACAPKAAgDzgAIARIECAE6BAgCWgQIApIECAOiBAgDtgQIAOoICAEeCAgBE4A0ApYICAN6CAgDqggIAMIMCADaDAgCCgwIAkoMCANSDAgDZgwIAJoQCACyEAgB4hAIAjoQCAMqEAgDMhAIAHIUCACaFAgBuhQIAeoUCAMCFAgDThQIAEoYCACGGAgBkhgIAcIYCALaGAgC3hgIACIcCABKHAgBahwIAaIcCAKyHAgCxhwIA/ocCAAuIAgCW4A0AU4gCAP5/CwBaiAIA0pIMAFyIAgAQlAgAXYgCAPBuAwBfiAIAoogCAKuIAgD0iAIA+ogCAEaJAgBMiQIAmIkCAKSJAgDqiQIA94kCADyKAgBGigIAjooCAKSKAgDgigIA5YoCADKLAgA5iwIAhIsCAJKLAgDWiwIA5osCACiMAgA2jAIAeowCAImMAgDMjAIAzowCAB6NAgAojQIAcI0CAH6NAgDCjQIAx40CABSOAgAhjgIAZo4CAHKOAgC4jgIAy44CAAqPAgAZjwIAXI8CAGiPAgCujwIAr48CAACQAgAKkAIAUpACAGCQAgCkkAIAqZACAPaQAgADkQIA6OANAEqRAgCakQIAVJECAA6MCACrkQIA7JECAPWRAgA+kgIASpICAJCSAgCckgIA4pICAOiSAgA0kwIAOpMCAIaTAgCLkwIA2JMCAN6TAgA64Q0ANpQCAHyUAgCMlAIAzpQCANyUAgAglQIALZUCAHKVAgB+lQIAxJUCAMuVAgAWlgIAHpYCAIzhDQBxlgIAIgYNAHWWAgCMqwIAeZYCALqWAgDLlgIADJcCABSXAgBelwIAGJcCAPg+CwBolwIAsJcCALWXAgACmAIACpgCAFSYAgBWmAIAppgCAF2YAgAYngIArpgCAPiYAgAOmQIASpkCAFaZAgCcmQIAspkCAO6ZAgAHmgIAQJoCAEyaAgCSmgIAmJoCAOSaAgDsmgIANpsCAEabAgCImwIAkZsCANqbAgDnmwIALJwCADucAgB+nAIAiJwCANCcAgDenAIAIp0CACedAgB0nQIAgZ0CAMadAgDOnQIA3uENACWeAgBqngIAcZ4CALyeAgDIngIADp8CAB6fAgBgnwIAbp8CALKfAgC/nwIABKACABCgAgBWoAIAXaACAKigAgCwoAIAMOINAAahAgBMoQIAVqECAJ6hAgCpoQIA8KECAPWhAgBCogIASaICAJSiAgCcogIAguINAO6iAgA4owIASKMCAIqjAgCWowIA3KMCAOCjAgAupAIANqQCAICkAgCCpAIA0qQCANikAgAkpQIAO6UCAHalAgB/pQIAyKUCAN6lAgAapgIAJqYCAGymAgB5pgIAvqYCAMimAgAQpwIAE6cCAGKnAgBqpwIAtKcCAL6nAgAGqAIAC6gCAFioAgBgqAIAqqgCALqoAgD8qAIABakCAE6pAgBbqQIAoKkCAK+pAgDyqQIA/KkCAESqAgBSqgIAlqoCAJuqAgDoqgIA9aoCADqrAgBCqwIA1OINAJmrAgDeqwIAq6sCAL5ABADjqwIAMKwCADqsAgCCrAIAiqwCANSsAgCZrAIAkKkMANqsAgAmrQIA4qwCANJKCwDjrAIAKosHAOSsAgC4twIA5awCALYNCgAyrQIAeK0CAHqtAgC0JAsAf60CAMqtAgDWrQIAHK4CACuuAgBurgIAf64CAMCuAgDCrgIAEq8CABivAgBkrwIAcK8CALavAgC+rwIAJuMNAA6wAgB44w0AZrACAMrjDQCvsAIAbuQNAAGxAgDA5A0AA7ECAG4fBABTsQIAEl8KAF2xAgCisQIArLECAPSxAgD2sQIARrICAFmyAgCYsgIApLICAOqyAgDwsgIAPLMCAEKzAgCOswIAk7MCAOCzAgDmswIAEuUNADy0AgCEtAIAhrQCANa0AgDgtAIAKLUCADa1AgB6tQIAf7UCAMy1AgDZtQIAHrYCACq2AgBwtgIAdrYCAMK2AgDItgIAFLcCABm3AgBmtwIAbLcCAGTlDQDGtwIACrgCABe4AgBcuAIAY7gCAK64AgC2uAIAALkCAAG5AgAG3QkAA7kCAFK5AgAWuQIAGtsJAGa5AgCkuQIAurkCAPa5AgAPugIASLoCAE26AgCaugIAq7oCALblDQD9ugIAPrsCAEC7AgCQuwIAmrsCAOK7AgDwuwIANLwCADm8AgCGvAIAk7wCANi8AgDgvAIAKr0CADa9AgB8vQIAOr0CAMS+AgCCvQIAzr0CANS9AgAgvgIAJb4CAHK+AgB4vgIACOYNAMa+AgAWvwIAJL8CAGi/AgB5vwIAWuYNAMG/AgCs5g0AFMACAF7AAgBswAIAsMACAG3AAgDQxQIAvcACAALBAgARwQIAVMECAFnBAgCmwQIAvMECAPjBAgD5wQIASsICAEzCAgCcwgIApsICAO7CAgD8wgIAQMMCAFnDAgCSwwIAo8MCAOTDAgDwwwIANsQCAD7EAgCi5w0AnMQCANrEAgDbxAIALMUCADjFAgB+xQIAgcUCAPTnDQDSxQIAIsYCAC/GAgB0xgIAgcYCAMbGAgDLxgIAGMcCACLHAgBqxwIAcscCALzHAgDMxwIADsgCABzIAgBgyAIAbcgCALLIAgC5yAIABMkCAAzJAgBWyQIAWckCAKjJAgC8yQIA+skCABDKAgBMygIAZcoCAJ7KAgCjygIA8MoCAAHLAgBG6A0ASssCAJjoDQBOywIAZqQIAF7LAgBmNQ8AocsCAObLAgDtywIAOMwCAETMAgCKzAIAmswCANzMAgDqzAIALs0CADvNAgCAzQIAjM0CANLNAgDZzQIA6ugNACbOAgB2zgIAKc4CAETJAwCDzgIAyM4CANXOAgAazwIAH88CAGzPAgB2zwIAvs8CAMbPAgAQ0AIAGdACAGLQAgBl0AIAtNACAMDQAgA86Q0AC9ECAFjRAgAS0QIAqjkJAF3RAgCq0QIAstECAPzRAgAS0gIATtICAFDSAgCg0gIArdICAPLSAgAG0wIAjukNAEnTAgCW0wIAntMCAKgxCQCg0wIA6NMCAPDTAgA61AIARtQCAIzUAgCZ1AIA3tQCAOPUAgAw1QIAOdUCAILVAgCZ1QIA1NUCAN/VAgDg6Q0ANNYCAHjWAgB71gIAytYCAM3WAgAc1wIAKtcCAG7XAgB71wIAwNcCANfXAgAS2AIAGtgCAGTYAgBq2AIAttgCAMLYAgAI2QIAEtkCAFrZAgBj2QIArNkCALLZAgD+2QIAC9oCADLqDQBc2gIAotoCAF7aAgAmPgkAsdoCAPTaAgAF2wIARtsCAEjbAgCY2wIAntsCAOrbAgD22wIAPNwCAEPcAgCO3AIAltwCAODcAgDi3AIAMt0CAD/dAgCE3QIAi90CANbdAgDe3QIAKN4CADXeAgB63gIAf94CAMzeAgDW3gIAHt8CACbfAgBw3wIAed8CAMLfAgDF3wIAFOACACDgAgBm4AIAbeACAITqDQDF4AIACuECAM7gAgDY5QIA7uACAFBCCQAl4QIAXOECAF7hAgCu4QIAv+ECAADiAgAO4gIAUuICAFniAgCk4gIArOICAPbiAgD74gIASOMCAEnjAgCa4wIApuMCAOzjAgDy4wIAPuQCAEDkAgCQ5AIAmuQCAOLkAgDw5AIANOUCADnlAgCG5QIAk+UCANbqDQDZ5QIAKuYCAC/mAgB85gIAguYCAM7mAgDY5gIAIOcCACznAgBy5wIAeecCAMTnAgDM5wIAFugCABjoAgBo6AIAdegCALroAgDB6AIADOkCABTpAgBe6QIAa+kCALDpAgC16QIAAuoCAAzqAgBU6gIAXOoCAKbqAgCv6gIA+OoCAPvqAgBK6wIAVusCAJzrAgCj6wIAKOsNAPrrAgCKNAkAAuwCAEDsAgBN7AIAkuwCAJzsAgDk7AIA5uwCADbtAgBJ7QIAiO0CAJDtAgDa7QIA5u0CACzuAgAy7gIAfu4CAITuAgDQ7gIA1e4CACLvAgAo7wIAeusNAILvAgDG7wIA1e8CABjwAgA08AIAavACADjwAgBwMQMAcvACAMzrDQDF8AIADvECABvxAgBg8QIAavECALLxAgDA8QIABPICABryAgBW8gIAYvICAKjyAgCw8gIAHuwNAADzAgBM8wIAUvMCAJ7zAgCj8wIA8PMCAPbzAgBw7A0AR/QCAJT0AgCd9AIA5vQCAPD0AgA49QIAQPUCAIr1AgCP9QIA3PUCAOz1AgAu9gIANvYCAID2AgCG9gIAbPgCAJn2AgDS9gIA1/YCACT3AgAt9wIAdvcCAIP3AgDI9wIAz/cCABr4AgAd+AIAwuwNAG74AgC++AIAy/gCABD5AgAn+QIAYvkCAG75AgAU7Q0AyvkCAAb6AgAH+gIAWPoCAGL6AgCq+gIAsvoCAPz6AgAG+wIATvsCAFP7AgCg+wIAqPsCAPL7AgD0+wIARPwCAPX7AgBkAQMA+fsCANgOAwAI/AIAHggDAEv8AgCW/AIAnfwCAOj8AgDw/AIAOv0CAD79AgCM/QIAmv0CAN79AgDo/QIAMP4CADv+AgCC/gIAiv4CANT+AgDZ/gIAJv8CAEH/AgB4/wIAhP8CAMr/AgDQ/wIAHAADACwAAwBuAAMAfwADAMAAAwDFAAMAEgEDABYBAwBm7Q0AbQEDALYBAwDPAQMACAIDABICAwBaAgMAYAIDAKwCAwCuAgMA/gIDAA0DAwBQAwMAWgMDAKIDAwCqAwMA9AMDAPgDAwBGBAMAVAQDAJgEAwCiBAMA6gQDAPUEAwA8BQMARAUDAI4FAwCTBQMA4AUDAPsFAwAyBgMAPgYDAIQGAwCKBgMA1gYDAOYGAwAoBwMAOQcDAHoHAwB/BwMAzAcDANAHAwC47Q0AJwgDAHAIAwCBCAMAwggDAMwIAwAUCQMAIgkDAGYJAwBnCQMAuAkDAMkJAwAKCgMAHgoDAFwKAwBkCgMArgoDALIKAwAACwMADgsDAFILAwBcCwMApAsDAK8LAwD2CwMA/gsDAEgMAwBNDAMAmgwDALUMAwDsDAMA+AwDAD4NAwBEDQMAkA0DAKANAwDiDQMA8w0DADQOAwA5DgMAhg4DAIoOAwAK7g0A5g4DACoPAwBFDwMAfA8DAIoPAwDODwMA1Q8DACAQAwAsEAMAchADAHoQAwBc7g0A0hADABYRAwAgEQMAaBEDAHMRAwC6EQMAwhEDAAwSAwAREgMAXhIDAHkSAwCwEgMAvBIDAAITAwAIEwMAVBMDAGQTAwCmEwMAtxMDAPgTAwD9EwMAShQDAE4UAwCu7g0ArRQDAO4UAwD2FAMAQBUDAEEVAwCSFQMAlxUDAOQVAwDyFQMANhYDAEMWAwCIFgMAkhYDANoWAwDmFgMALBcDADIXAwB+FwMAhhcDANAXAwDXFwMAIhgDAC4YAwB0GAMAehgDAMYYAwDSGAMAGBkDACgZAwBqGQMAdhkDALwZAwDCGQMADhoDABoaAwBgGgMAbRoDALIaAwDBGgMABBsDABAbAwAA7w0AWRsDAKgbAwCrGwMA+hsDAAgcAwBMHAMAYxwDAJ4cAwCrHAMA8BwDAAYdAwBCHQMATh0DAJQdAwChHQMA5h0DAPAdAwA4HgMAQB4DAIoeAwCUHgMA3B4DAOEeAwAuHwMANh8DAIAfAwCMHwMA0h8DAN8fAwAkIAMALiADAHYgAwB8IAMAyCADANwgAwAaIQMAIiEDAGwhAwB6IQMAviEDAMshAwAQIgMAGCIDAGIiAwBvIgMAtCIDAMIiAwAGIwMAFyMDAFgjAwBgIwMAqiMDAMAjAwD8IwMA/iMDAE4kAwBPJAMAUu8NAK4kAwDyJAMAASUDAEQlAwBQJQMAliUDAJ4lAwCk7w0A7SUDADomAwBDJgMAjCYDAJkmAwDeJgMA5SYDADAnAwAzJwMAgicDAIonAwDUJwMA2ScDACYoAwAvKAMAeCgDAIIoAwDKKAMA0igDABwpAwAhKQMAbikDAH4pAwDAKQMAyCkDABIqAwAYKgMAZCoDAGYqAwC2KgMAwyoDAAgrAwAfKwMAWisDAGYrAwD27w0AuCsDAP4rAwAVLAMAUCwDAFwsAwCiLAMAqCwDAPQsAwD8LAMARi0DAE0tAwCYLQMApi0DAOotAwAFLgMAPC4DAEouAwCOLgMAlS4DAOAuAwDsLgMAMi8DADovAwBI8A0AmC8DANYvAwDeLwMAKDADAFcwAwB6MAMAhjADAMwwAwDSMAMAHjEDACMxAwCa8A0AfDEDAMIxAwDJMQMAFDIDABwyAwBmMgMAaDIDALgyAwDCMgMACjMDABIzAwDs8A0AajMDANBAAwBrMwMArjMDALAzAwAANAMAETQDAFI0AwBjNAMApDQDALA0AwD2NAMA/TQDAEg1AwBQNQMAmjUDAMQ1AwDsNQMA8TUDAD42AwA/NgMAkDYDAJo2AwDiNgMA8DYDADQ3AwA5NwMAhjcDAJM3AwDYNwMA9DcDACo4AwBGOAMAPvENAIk4AwDOOAMA0jgDACA5AwAmOQMAcjkDAHQ5AwDEOQMAxTkDABY6AwA5OgMAaDoDAIw6AwC6OgMA5DoDAAw7AwAUOwMAXjsDAGM7AwCwOwMAvTsDAAI8AwAKPAMAVDwDAFY8AwCmPAMArjwDAPg8AwAiPQMASj0DAFc9AwCcPQMAoT0DAO49AwD7PQMAQD4DAEw+AwCSPgMAvD4DAOQ+AwDsPgMANj8DAFE/AwCIPwMAij8DANo/AwDrPwMALEADADVAAwB+QAMAikADAJDxDQDdQAMAIkEDAClBAwB0QQMAgEEDAMZBAwDZQQMAGEIDACBCAwBqQgMAb0IDALxCAwDFQgMADkMDABhDAwBgQwMAaEMDALJDAwC3QwMABEQDABREAwBWRAMAXkQDAKhEAwDBRAMA+kQDAP9EAwBMRQMAVUUDAJ5FAwCrRQMA8EUDAPdFAwBCRgMARUYDAOLxDQCWRgMA5kYDAPBGAwA4RwMAOkcDAIpHAwCjRwMA3EcDAN5HAwAuSAMAMUgDAIBIAwCMSAMA0kgDANpIAwA08g0AOEkDAHZJAwB5SQMAyEkDANJJAwAaSgMAJkoDAGxKAwCCSgMAvkoDAMZKAwAQSwMAHksDAGJLAwBlSwMAtEsDALxLAwAGTAMACUwDAFhMAwAUTAMAElMDAGJMAwCqTAMAY0wDAIxPAwCsTAMA/EwDAAJNAwBOTQMAWE0DAKBNAwCuTQMA8k0DAP9NAwBETgMAW04DAJZOAwCeTgMA6E4DAPFOAwA6TwMAO08DAIbyDQCVTwMA3k8DAOhPAwAwUAMAOlADAIJQAwCQUAMA1FADAOFQAwAmUQMAPVEDAHhRAwCAUQMAylEDANFRAwAcUgMAIVIDAG5SAwByUgMAwFIDAM1SAwDY8g0AH1MDAGRTAwBsUwMAtlMDALxTAwAIVAMAFFQDAFpUAwBpVAMArFQDALFUAwD+VAMAGVUDAFBVAwBcVQMAolUDAKhVAwD0VQMACFYDAEZWAwBOVgMAmFYDAK5WAwDqVgMA71YDADxXAwBDVwMAjlcDAJpXAwAq8w0A51cDADJYAwBAWAMAhFgDAJFYAwDWWAMA7VgDAChZAwAwWQMAelkDAIBZAwDMWQMA2FkDAB5aAwAlWgMAcFoDAH5aAwDCWgMAxVoDABRbAwAcWwMAZlsDAHRbAwC4WwMAu1sDAApcAwASXAMAXFwDAG1cAwCuXAMAs1wDAABdAwACXQMAUl0DAFldAwCkXQMAsl0DAPZdAwADXgMASF4DAF9eAwCaXgMAol4DAOxeAwD2XgMAPl8DAElfAwCQXwMAnF8DAOJfAwDqXwMAfPMNADZgAwCGYAMAkGADANhgAwDaYAMAKmEDAC1hAwB8YQMAiGEDAM5hAwDYYQMAIGIDAChiAwByYgMAgGIDAMRiAwDRYgMAFmMDAB5jAwBoYwMAfmMDALpjAwDGYwMADGQDACJkAwBeZAMAY2QDALBkAwC2ZAMAAmUDABZlAwDO8w0AV2UDAKZlAwCuZQMA+GUDAAZmAwBKZgMADmYDAHQZBwBXZgMAnGYDAKRmAwDuZgMA+GYDAEBnAwBLZwMAkmcDAJ5nAwDkZwMA7GcDACD0DQA8aAMAiGgDAI1oAwDaaAMA6WgDACxpAwA4aQMAfmkDAIFpAwDQaQMA02kDACJqAwAqagMAdGoDAHlqAwDGagMA1moDABhrAwAgawMAamsDAG1rAwC8awMAxmsDAA5sAwAQbAMAYGwDAGZsAwCybAMAvGwDAARtAwASbQMAVm0DAGNtAwCobQMAv20DAPptAwACbgMATG4DAFVuAwCebgMAn24DAHL0DQD8bgMAQm8DAEVvAwA6mAgAUW8DAJRvAwBVbwMAiIgIAJ5vAwDmbwMA7m8DAO7hAwDybwMAQpAMAPRvAwA4cAMAAnADAP5+BwA9cAMAinADAEVwAwB2ugQAl3ADANxwAwDfcAMA5AIJAOJwAwCSXggA5HADAC5xAwDmcAMAmnMFAOhwAwC8VwUANHEDAJ7VBQA4cQMAgHEDADxxAwCOyQgAhXEDANJxAwCMcQMAGA8EANpxAwAkcgMAJ3IDAHZyAwCCcgMAyHIDAM5yAwAacwMANXMDAGxzAwB4cwMAvnMDAMRzAwAQdAMAGHQDAGJ0AwBkdAMAtHQDAGd0AwBYdQMAvnQDAAZ1AwAOdQMAxPQNAGV1AwCqdQMAsnUDAPx1AwD/dQMATnYDAFN2AwCgdgMAr3YDAPJ2AwASdwMARHcDAFB3AwCWdwMAoHcDAOh3AwDwdwMAOngDAEx4AwBo9Q0AlngDAN54AwDseAMAMHkDAD15AwCCeQMAmXkDANR5AwDceQMAJnoDADV6AwB4egMAfXoDAMp6AwDXegMAHHsDACl7AwBuewMAensDAMB7AwDPewMAEnwDABx8AwBkfAMAcnwDALZ8AwC7fAMACH0DABV9AwBafQMAXX0DAKx9AwC0fQMA/n0DAAN+AwBQfgMAXX4DAKJ+AwCqfgMA9H4DAP1+AwBGfwMAU38DAJh/AwCmfwMA6n8DAP1/AwA8gAMARIADAI6AAwCVgAMA4IADAOWAAwAygQMASIEDAISBAwCGgQMA1oEDAOSBAwAoggMANYIDAHqCAwCCggMAzIIDAM+CAwAegwMAI4MDAHCDAwB/gwMAwoMDAOKDAwAUhAMAIIQDAGaEAwBwhAMAuIQDAMCEAwAKhQMAHIUDALr1DQBthQMAroUDALWFAwAAhgMACIYDAFKGAwBfhgMApIYDAKmGAwD2hgMAAIcDAEiHAwBQhwMAmocDAJyHAwDoEgkApIcDAOQrCQCphwMA7IcDAKqHAwDO3QcA8YcDAD6IAwBLiAMAkIgDAJ2IAwDiiAMA7ogDADSJAwBDiQMAhokDAJCJAwDYiQMA4IkDACqKAwA0igMAfIoDAIGKAwDOigMA1ooDAAz2DQAsiwMAcosDAHiLAwDEiwMA34sDABaMAwAijAMAaIwDAG6MAwC6jAMA1owDAAyNAwAUjQMAXvYNAGaNAwCwjQMAuo0DAAKOAwANjgMAVI4DAGCOAwCmjgMAro4DALD2DQAEjwMASo8DAFCPAwCcjwMAt48DAO6PAwD6jwMAQJADAEaQAwCSkAMAmpADAOSQAwDqkAMANpEDAD+RAwCIkQMAlZEDANqRAwDnkQMALJIDADqSAwB+kgMAi5IDANCSAwDnkgMAIpMDACqTAwB0kwMAeZMDAMaTAwCFkwMAspUDANOTAwAYlAMAIJQDAGqUAwB1lAMAvJQDAMGUAwAOlQMAEZUDAGCVAwBqlQMAAvcNALeVAwAElgMAE5YDAFaWAwBYlgMAqJYDALmWAwD6lgMAC5cDAEyXAwBglwMAVPcNAK+XAwDwlwMA85cDAEKYAwD4lwMA8tMGAP2XAwAWhAwATJgDAJSYAwCWmAMA5pgDAPCYAwA4mQMARJkDAIqZAwCymQMA3JkDAOeZAwCYTAQAApoDAC6aAwBfmgMAgJoDAKaaAwDSmgMA+JoDACSbAwBWmwMAdpsDAKabAwDImwMA0JsDABqcAwBCnAMAbJwDAJ+cAwC+nAMA7pwDABCdAwAYnQMAYp0DAHGdAwC0nQMAuZ0DAAaeAwAPngMAWJ4DABOeAwC2pQMAaZ4DAKqeAwCxngMA/J4DAASfAwBOnwMAW58DAKCfAwClnwMA8p8DAPyfAwBEoAMATKADAJagAwCgoAMAHqwDAKWgAwDooAMA7aADADqhAwBHoQMAjKEDAJmhAwDeoQMA6qEDADCiAwA/ogMAgqIDAIyiAwDUogMA3KIDACajAwAwowMAeKMDAH2jAwDKowMA0qMDAKb3DQAopAMAbqQDAHSkAwDApAMA26QDABKlAwAepQMAZKUDAGqlAwD49w0Aw6UDAAimAwAUpgMAWqYDAGmmAwCspgMAtqYDAP6mAwAMpwMAUKcDAFWnAwCipwMAr6cDAPSnAwD8pwMARqgDAFCoAwCYqAMAnagDAOqoAwDyqAMAPKkDAD+pAwCOqQMAmqkDAOCpAwDmqQMAMqoDAE2qAwCEqgMAkKoDANaqAwDcqgMAKKsDADCrAwB6qwMAfKsDAMyrAwDWqwMASvgNACSsAwBwrAMAcqwDAMKsAwDPrAMAFK0DABetAwBmrQMAd60DALitAwC6rQMACq4DABSuAwBcrgMAaK4DAK6uAwC2rgMAnPgNAAWvAwBSrwMAVa8DAKSvAwCurwMA9q8DAP6vAwBIsAMAVbADAJqwAwCcsAMA7LADAAKxAwA+sQMASrEDAO74DQCssQMA4rEDAP6xAwBA+Q0AObIDAIayAwCTsgMA2LIDAOWyAwAqswMANrMDAHyzAwCLswMAzrMDANizAwAgtAMALrQDAHK0AwB3tAMAxLQDANG0AwAWtQMAL7UDAGi1AwBqtQMAurUDAMG1AwCS+Q0AKbYDAF62AwBvtgMAsLYDALy2AwACtwMAFbcDAFS3AwBjtwMAprcDALK3AwD4twMA+bcDAEq4AwBUuAMAnLgDAKq4AwDuuAMA87gDAEC5AwBNuQMA5PkNAJe5AwDkuQMA8bkDADa6AwBDugMAiLoDAJS6AwDaugMA6boDACy7AwA2uwMAfrsDAIy7AwDQuwMA1bsDACK8AwAvvAMAdLwDAHy8AwDGvAMA0LwDABi9AwAdvQMAar0DAHK9AwDa+g0Avr0DAA6+AwAcvgMAYL4DAHG+AwAs+w0Aub4DAH77DQAJvwMAVr8DAF6/AwCovwMAt78DAPq/AwD/vwMATMADAFnAAwCewAMAq8ADAPDAAwD8wAMAQsEDAFHBAwCUwQMAnsEDACL8DQDswQMANp0KAPnBAwA4wgMAR8IDAIrCAwCWwgMA3MIDAN3CAwAuwwMAOMMDAIDDAwCOwwMA0sMDANfDAwAkxAMAMcQDAHT8DQB6xAMAyMQDANPEAwAaxQMAKMUDAGzFAwB9xQMAvsUDAMrFAwAQxgMAGMYDAMb8DQBnxgMAtMYDAMHGAwAGxwMAE8cDAFjHAwBkxwMAqscDALnHAwD8xwMABsgDAE7IAwBcyAMAoMgDAK3IAwDyyAMACckDABj9DQBRyQMAlskDAKPJAwDoyQMA9MkDADrKAwBJygMAjMoDAJbKAwDeygMA7MoDADDLAwD6ygMAhi4IADXLAwCCywMAj8sDANTLAwDcywMAJswDACzMAwB4zAMAhMwDAMrMAwDazAMAHM0DACXNAwBuzQMAcc0DAMDNAwDMzQMAEs4DABnOAwBq/Q0Acc4DALbOAwDFzgMACM8DAAnPAwBazwMAcc8DAKzPAwDGzwMA/s8DAArQAwBQ0AMAY9ADAKLQAwCx0AMA9NADAADRAwBG0QMAR9EDAJjRAwCi0QMA6tEDAPjRAwA80gMAQdIDAI7SAwCb0gMAvP0NAPrSAwAy0wMAQdMDAITTAwCG0wMA1tMDAInTAwDs2QMA49MDACjUAwA11AMAetQDAH/UAwDM1AMA1tQDAB7VAwAt1QMAcNUDAHXVAwDC1QMAz9UDABTWAwAh1gMAZtYDAHLWAwC41gMAx9YDAArXAwAU1wMAXNcDAGnXAwCu1wMAs9cDAADYAwAE2AMAUtgDAF7YAwCk2AMAqtgDAPbYAwD82AMASNkDAE3ZAwCa2QMAoNkDAA7+DQD52QMAPtoDAEvaAwCQ2gMAnNoDAOLaAwDx2gMANNsDAD7bAwCG2wMAlNsDANjbAwDd2wMAKtwDADfcAwB83AMAg9wDAM7cAwDT3AMAIN0DACzdAwBy3QMAdd0DAMTdAwDR3QMAFt4DABveAwBo3gMAct4DALreAwDG3gMADN8DAB/fAwBe3wMAbN8DALDfAwCz3wMAAuADAAzgAwBU4AMAYOADAKbgAwCs4AMA+OADAP7gAwBK4QMAT+EDAJzhAwCi4QMAYP4NAPjhAwAQBAYA+uEDALbPBwD94QMAQOIDAELiAwCS4gMAo+IDAOTiAwD14gMANuMDAD7jAwCI4wMAmOMDANrjAwDc4wMALOQDADrkAwB+5AMAj+QDALL+DQDX5AMABP8NACPlAwB05QMAeeUDAMblAwDM5QMAGOYDACLmAwBq5gMAduYDALzmAwDC5gMADucDABTnAwBg5wMAZecDALLnAwC45wMAVv8NABLoAwBW6AMAb+gDAKjoAwCp6AMA+ugDABfpAwBM6QMAZukDAJ7pAwCh6QMA8OkDAPXpAwBMAA4AW+oDAJTqAwCa6gMA5uoDAKrqAwCwWgQA6OoDADjrAwA+6wMAiusDAJ7rAwDc6wMA5OsDAC7sAwA77AMAgOwDAIXsAwDS7AMA3OwDACTtAwAs7QMAdu0DAIftAwDI7QMAze0DABruAwAc7gMAbO4DAHPuAwC+7gMAyu4DABDvAwAX7wMAYu8DAH7vAwC07wMAvO8DAJ4ADgAL8AMAWPADAFrwAwCq8AMAsfADAPzwAwAK8QMATvEDAFvxAwCg8QMAt/EDAPLxAwD68QMARPIDAE7yAwCW8gMAWvIDAIZWBACh8gMA6PIDAPTyAwA68wMAQvMDAPAADgCN8wMA3vMDAOPzAwAw9AMAM/QDAIL0AwCM9AMA1PQDAOv0AwAm9QMALPUDAHj1AwCE9QMAyvUDAM31AwAc9gMAOfYDAG72AwB/9gMAwPYDAN/2AwAS9wMAGvcDAGT3AwBm9wMAtvcDAMX3AwAI+AMAEvgDAFr4AwBo+AMArPgDAMf4AwD++AMACvkDAFD5AwBY+QMAQgEOAK75AwD0+QMAA/oDAEb6AwBL+gMAmPoDAJ76AwDq+gMA8foDADz7AwBE+wMAjvsDAJD7AwDg+wMA5/sDADL8AwA0/AMAhPwDAIX8AwDW/AMA4PwDACj9AwA0/QMAev0DAID9AwDM/QMA5v0DAB7+AwAm/gMAcP4DAIb+AwDC/gMA0P4DABT/AwAX/wMAZv8DAGn/AwC4/wMAxv8DAAoABAAXAAQAXAAEAHMABACuAAQAtgAEAAABBAACAQQAUgEEAFoBBACkAQQAuwEEAPYBBAACAgQASAIEAF4CBACaAgQAogIEAOwCBAD6AgQAPgMEAEgDBACQAwQAmAMEAOIDBADpAwQANAQEAEAEBACGBAQAhwQEANgEBADkBAQAKgUEADcFBAB8BQQAgwUEAM4FBADRBQQAIAYEACgGBAByBgQAdwYEAMQGBADRBgQAFgcEAEQHBABoBwQAcAcEAJQBDgDCBwQA3jMOANYHBAAMCAQAFAgEAOYBDgBsCAQAsAgEALIIBAACCQQAEwkEAFQJBABcCQQApgkEALIJBAD4CQQA/gkEAEoKBABQCgQAnAoEAKEKBADuCgQA9AoEADgCDgBFCwQAkgsEAEwLBAAoWwsAmgsEAOQLBADpCwQAPPIIAOoLBADU4QkA8AsEAOydCQDzCwQANgwEAPULBABE3wkAOwwEAIgMBAA8DAQA1v0HAJUMBADaDAQA5wwEACwNBAA4DQQAfg0EAI0NBADQDQQA2g0EAIADDgAsDgQAdA4EAHkOBADGDgQAzg4EANIDDgAeDwQAag8EAIAPBAC8DwQAyg8EAA4QBAAbEAQAYBAEAGIQBACyEAQAvBAEAAQRBAAQEQQAVhEEAF0RBACoEQQAsBEEAPoRBAABEgQATBIEAFUSBACeEgQAqhIEAPASBAD4EgQAdgQOAEcTBACUEwQAnBMEAOYTBAD1EwQAOBQEAD0UBACKFAQAlxQEANwUBADpFAQALhUEADoVBACAFQQAjxUEANIVBADcFQQAJBYEADIWBAB2FgQAexYEAMgWBADVFgQAGhcEACIXBABsFwQAdhcEAL4XBADMFwQAEBgEACYYBABiGAQAbhgEALQYBAC5GAQABhkEAA8ZBABYGQQAYhkEAMgEDgC0GQQA/BkEAAgaBABOGgQAVhoEABoFDgClGgQA8hoEAP8aBABEGwQAURsEAJYbBACiGwQA6BsEAPcbBAA6HAQARBwEAIwcBACkHAQA3hwEAOgcBAAwHQQAPh0EAIIdBACYHQQA1B0EAOAdBAAmHgQAKx4EAHgeBACBHgQAyh4EANQeBAAcHwQAJB8EAGwFDgB7HwQAwB8EAIQfBADKaA0AzR8EABIgBAAeIAQAZCAEAHMgBAC2IAQAwCAEAAghBAAWIQQAWiEEAGchBACsIQQAwyEEAP4hBAAGIgQAUCIEAFoiBACiIgQApyIEAPQiBAD8IgQAvgUOAFIjBACYIwQAniMEAOojBAAFJAQAPCQEAEgkBACOJAQAlCQEAOAkBAD8JAQAMiUEADolBAAQBg4AiSUEANYlBADjJQQAKCYEADUmBAB6JgQAhiYEAMwmBADbJgQAHicEACgnBABwJwQAficEAMInBADHJwQAFCgEACEoBABmKAQAbigEALgoBAC+KAQACikEAMIoBAD2KgQAFikEAFwpBABsKQQArikEALcpBAAAKgQAAyoEAFIqBABeKgQApCoEAKsqBABiBg4ABCsEAEgrBABeKwQAmisEAKYrBADsKwQA8ysEAD4sBABGLAQAkCwEAJUsBADiLAQA6ywEADQtBAA+LQQAtAYOAIstBADYLQQAki0EAAIyBADgLQQAKi4EADAuBAB8LgQAgS4EAM4uBADXLgQAIC8EACovBAByLwQAfi8EAMQvBADMLwQABgcOABswBABoMAQAcDAEALowBADFMAQADDEEABExBABeMQQAYTEEALAxBAC6MQQAWAcOAAwyBABUMgQAWDIEAKYyBACrMgQA+DIEAP4yBABKMwQAajMEAJwzBACkMwQA7jMEAPwzBABANAQAQzQEAJI0BACaNAQA5DQEAO00BAA2NQQAQzUEAIg1BACONQQA2jUEAOY1BAAsNgQALjYEAH42BACNNgQA0DYEANs2BAAiNwQAJDcEAHQ3BACNNwQAxjcEANc3BAAYOAQAJDgEAKoHDgByOAQAvDgEANw4BAAOOQQAHDkEAGA5BABtOQQAsjkEALk5BAAEOgQAIDoEAFY6BABeOgQA/AcOAK06BAD6OgQABzsEAEw7BABZOwQAnjsEAKo7BADwOwQA/zsEAEI8BABMPAQAlDwEAKk8BADmPAQA7jwEADg9BABHPQQAij0EAIw9BADcPQQA5T0EAC4+BAAxPgQAgD4EAIw+BADSPgQA7j4EACQ/BAAsPwQATggOAHs/BADIPwQA3j8EABpABAAmQAQAbEAEAI9ABACgCA4AyEAEABBBBAAYQQQAYkEEAGhBBABwUQgAcUEEALRBBAC5QQQABkIEABNCBABYQgQAZUIEAKpCBAC2QgQA/EIEAAtDBABOQwQAWEMEAKBDBACoQwQA8kMEAPxDBABERAQASUQEAJZEBACeRAQA8ggOAOtEBAA6RQQAV0UEAIxFBACdRQQA3kUEAOxFBABYlAQAE0YEADBGBABMRgQAgkYEAJ5GBABECQ4A2kYEACZHBAAsRwQAeEcEAH1HBADKRwQA0EcEAJYJDgAhSAQAbkgEAHtIBADASAQAzUgEABJJBAAeSQQAZEkEAHNJBAC2SQQAwEkEAAhKBAAWSgQAWkoEAF9KBACsSgQAuUoEAP5KBAAKSwQAUEsEAFZLBACiSwQAqEsEAPRLBAD5SwQARkwEAExMBACMCg4ArEwEAOpMBAAQTQQAPE0EAGJNBACOTQQAtE0EAOBNBAAQTgQAMk4EADpOBACETgQArE4EANZOBAALTwQAKE8EAE5PBAB6TwQAoE8EAMxPBAABUAQAHlAEAE5QBABwUAQAeFAEAMJQBADHUAQAKqkEANFQBAAUUQQAGVEEAGZRBABzUQQAuFEEAMVRBAAKUgQAFlIEAFxSBABrUgQArlIEALhSBAAAUwQADlMEAFJTBABXUwQApFMEALFTBAD2UwQA/lMEAEhUBABOVAQAmlQEAFJUBACapgQAplQEAOxUBAD8VAQAPlUEAEdVBACQVQQAk1UEAOJVBADuVQQANFYEADtWBADeCg4AmlYEANhWBADbVgQAKlcEAEdXBAB8VwQAjVcEAM5XBADVVwQAIFgEADlYBAByWAQAelgEAMRYBADaWAQAFlkEABtZBABoWQQAb1kEALpZBADDWQQADFoEAB1aBABeWgQAaloEADALDgDEWgQAAlsEAAVbBABUWwQAcVsEAKZbBAC3WwQA+FsEAAdcBABKXAQAW1wEAJxcBACqXAQA7lwEAPpcBABAXQQATV0EAJJdBACcXQQAggsOAO1dBAA2XgQAQ14EAIheBACWXgQA2l4EAOleBAAsXwQALl8EAH5fBACIXwQA0F8EAN5fBAAiYAQAJ2AEAHRgBACBYAQAxmAEAMlgBAAYYQQAJGEEAGphBAB9YQQAvGEEAMthBAAOYgQAGmIEAGBiBABhYgQAsmIEALxiBAAEYwQAEmMEAFZjBABbYwQAqGMEALVjBADUCw4A/2MEAExkBABiZAQAnmQEALRkBADwZAQA+WQEAEJlBABPZQQAlGUEAKJlBADmZQQA9WUEADhmBAA6ZgQAimYEAJRmBADcZgQA6mYEAC5nBAAzZwQAgGcEAI1nBADSZwQA1WcEACRoBAAsaAQAdmgEAIdoBADIaAQA1mgEABppBAAnaQQAbGkEAIxpBAC+aQQAxmkEABBqBAAgagQAYmoEAGRqBAC0agQAwmoEAAZrBAAXawQAygwOAF5rBACqawQAtmsEABwNDgADbAQATmwEAAlsBAAsIgYAVWwEAKBsBACmbAQA8mwEAP5sBABEbQQAR20EAJZtBACZbQQA6G0EABNuBAA6bgQAXW4EAIxuBACXbgQA3m4EAONuBAAwbwQAM28EAIJvBACMbwQA1G8EAP9vBABuDQ4AK3AEAHhwBACFcAQAynAEANdwBAAccQQAKHEEAG5xBAB9cQQAwHEEAMpxBAAScgQAGnIEAGRyBABucgQAtnIEALtyBAAIcwQAEHMEAMANDgBncwQArHMEAMBzBAD+cwQABnQEAFB0BABVdAQAonQEALJ0BAD0dAQA/HQEAEZ1BABQdQQAmHUEAKN1BADqdQQA9nUEADx2BABEdgQAEg4OAI92BADgdgQA7HYEADJ3BABBdwQAhHcEAJJ3BADWdwQA5ncEACh4BAA2eAQAengEAIZ4BADMeAQA03gEAB55BAAmeQQAcHkEAIZ5BADCeQQA1nkEABR6BAAXegQAZnoEAIN6BAC4egQAyXoEAAp7BAASewQAXHsEAGd7BACuewQAs3sEAAB8BAADfAQAUnwEAFx8BACkfAQAp3wEAGQODgAKfQQASH0EAEt9BACafQQAt30EAOx9BAD9fQQAPn4EAEZ+BACQfgQAk34EAOJ+BADufgQANH8EADp/BACGfwQAoX8EANh/BADkfwQAKoAEADCABAB8gAQAhIAEAM6ABADZgAQAIIEEACWBBABygQQAdYEEAMSBBADOgQQAFoIEAB6CBABoggQAh4IEALYODgDOggQADIMEADKDBABegwQAhIMEALCDBADWgwQAAoQEADiEBABUhAQAiYQEAKaEBADMhAQA+IQEAB6FBABKhQQAf4UEAJyFBADAhQQA7oUEAAqGBABAhgQASIYEAAgPDgCXhgQA5IYEAPGGBAA2hwQAQ4cEAIiHBACUhwQA2ocEAOmHBAAsiAQANogEAH6IBACMiAQA0IgEANWIBAAiiQQAL4kEAHSJBAB8iQQAxokEAMyJBAAYigQA0IkEAASMBAAkigQAaooEAHqKBAC8igQAxYoEAA6LBAARiwQAYIsEAGyLBACyiwQAuYsEAFoPDgASjAQAVowEAGyMBACojAQAtIwEAPqMBAABjQQATI0EAFSNBACejQQAo40EAPCNBAD5jQQAQo4EAEyOBACsDw4AlY4EAOaOBADyjgQAOI8EAD6PBACKjwQAjI8EANyPBADmjwQALpAEADyQBACAkAQAhZAEANKQBADfkAQAJJEEACyRBAB2kQQAgJEEAMiRBADWkQQAGpIEADCSBABskgQAeJIEAL6SBADFkgQAEJMEABiTBABikwQAZ5MEALSTBAC9kwQABpQEABCUBAD+Dw4AcJQEAKqUBACtlAQA/JQEABmVBABOlQQAX5UEAKCVBAC4lQQA8pUEAP6VBABElgQAV5YEAJaWBACllgQA6JYEAPSWBAA6lwQAO5cEAIyXBACWlwQA3pcEAOyXBAAwmAQANZgEAIKYBACPmAQAUBAOANmYBAAmmQQAM5kEAHiZBACFmQQAypkEANaZBAAcmgQAK5oEAG6aBAB4mgQAwJoEAM6aBAASmwQAF5sEAGSbBABxmwQAtpsEAL6bBAAInAQADpwEAFqcBAASnAQARp4EAGacBACsnAQAvJwEAP6cBAAHnQQAUJ0EAFOdBACinQQArp0EAPSdBAD7nQQARhEOAFSeBACYngQArp4EAOqeBAD2ngQAPJ8EAEOfBACOnwQAlp8EAOCfBADlnwQAMqAEADugBACEoAQAjqAEAJgRDgDXoAQAKKEEADShBAB6oQQAgKEEAMyhBADOoQQAHqIEACiiBABwogQAfqIEAMKiBADHogQAFKMEACGjBABmowQAbqMEALijBADCowQACqQEABikBABcpAQAcqQEAK6kBAC6pAQAAKUEAAelBABSpQQAWqUEAKSlBACppQQA9qUEAP+lBABIpgQAUqYEAOoRDgCopgQA7KYEAAKnBAA+pwQASqcEAJCnBACXpwQA4qcEAOqnBAA0qAQAOagEAIaoBACPqAQA2KgEAOKoBAA8Eg4AK6kEAHypBACIqQQAzqkEANSpBAAgqgQAIqoEAHKqBAB8qgQAxKoEANKqBAAWqwQAG6sEAGirBAB1qwQAuqsEAMKrBAAMrAQAFqwEAF6sBABsrAQAsKwEAMasBAACrQQADq0EAFStBABbrQQApq0EAK6tBAD4rQQA/a0EAEquBABTrgQAnK4EAKauBACOEg4A8K4EAFCzCgD8rgQAQK8EAFGvBACSrwQAl68EAOSvBAD7rwQANrAEAEqwBACIsAQAoLAEANqwBADpsAQALLEEADGxBAB+sQQAi7EEANCxBADdsQQAIrIEAC6yBAB0sgQAg7IEAMayBADQsgQAGLMEACCzBABqswQAiLMEALyzBADEswQADrQEABe0BABgtAQAbbQEALK0BAC0tAQABLUEAB21BABWtQQAZ7UEAKi1BAC0tQQA+rUEAAK2BADgEg4AUbYEAJ62BACmtgQA8LYEAP+2BABCtwQAR7cEAJS3BAChtwQA5rcEAPO3BAA4uAQARLgEAIq4BACZuAQA3LgEAOa4BAAuuQQANrkEAIC5BACKuQQA0rkEANe5BAAkugQALLoEADITDgCNugQAyLoEANC6BAAauwQAJLsEAGy7BABxuwQAvrsEAMa7BACEEw4AFbwEAGK8BABrvAQAKDwKAG+8BAC0vAQAeLwEACYgDADBvAQABr0EABK9BABYvQQAZ70EAKq9BAC0vQQA/L0EAAS+BACUrgkACr4EAE6+BABbvgQAoL4EALe+BADyvgQA+r4EAES/BABOvwQAlr8EAJu/BADovwQA8L8EANYTDgBHwAQAjMAEAJrABADewAQA8cAEADDBBAA4wQQAgsEEAIXBBADUwQQA2cEEACbCBAA1wgQAeMIEAJjCBADKwgQA1sIEABzDBAAmwwQAbsMEAIrDBADAwwQAyMMEACgUDgAlxAQAZMQEAGrEBAC2xAQAwsQEAAjFBAASxQQAWsUEAGDFBACsxQQAusUEAP7FBAAKxgQAUMYEAFPGBACixgQAo8YEAPTGBAAAxwQARscEAEzHBACYxwQAnscEAOrHBAD2xwQAPMgEAFnIBACOyAQAl8gEAODIBADsyAQAMskEADXJBACEyQQAjskEANbJBADiyQQAKMoEAC7KBAB6ygQAgMoEAMzKBADRygQAHssEACTLBAB6FA4AfMsEAMLLBADEywQAFMwEACPMBABmzAQAccwEALjMBADEzAQACs0EABHNBABczQQAZM0EAK7NBAC4zQQAAM4EAAvOBABSzgQAXs4EAKTOBACszgQAcBUOAPjOBABIzwQAW88EAJrPBACizwQA7M8EAPLPBAA+0AQAStAEAJDQBACa0AQA4tAEAOjQBAA00QQAQtEEAIbRBACS0QQA2NEEANvRBAAq0gQAMtIEAHzSBAB90gQAztIEANrSBAAg0wQAJtMEAHLTBAB60wQAxNMEAMrTBAAW1AQAItQEAGjUBACF1AQAutQEAMPUBAAM1QQAGNUEAF7VBABh1QQAsNUEALrVBAAC1gQACtYEAFTWBABl1gQAptYEALTWBAD41gQADtcEAErXBABY1wQAnNcEAKbXBADCFQ4A/dcEAEDYBABL2AQAktgEAJ7YBADk2AQA69gEADbZBAA+2QQAiNkEAJLZBADa2QQA5dkEACzaBAA42gQAftoEAIbaBAAUFg4A0toEACLbBAA12wQAdNsEAHzbBADG2wQAzNsEABjcBAAk3AQAatwEAHTcBAC83AQAwtwEAA7dBAAc3QQAYN0EAGzdBACy3QQAtd0EAATeBAAM3gQAVt4EAFfeBACo3gQAtN4EAPreBAAA3wQATN8EAFTfBACe3wQApN8EAPDfBAD83wQAQuAEAF/gBACU4AQAneAEAObgBADy4AQAOOEEADvhBACK4QQAlOEEANzhBADk4QQALuIEAD/iBACA4gQAjuIEANLiBADo4gQAJOMEADLjBAB24wQAgOMEAMjjBADQ4wQAGuQEAD3kBABs5AQAcOQEAL7kBADJ5AQAEOUEAB7lBABi5QQAceUEALTlBAC/5QQABuYEAA7mBABY5gQAZuYEAKrmBACt5gQA/OYEAATnBABmFg4AXOcEAKDnBACj5wQA8ucEAPrnBAAyRAUA/ucEADwaBQAB6AQACO4EAA7oBABE6AQAYOgEALgWDgCY6AQA6OgEAPXoBAA66QQAR+kEAIzpBACR6QQA3ukEAOjpBAAw6gQAP+oEAILqBACH6gQA1OoEAOHqBAAm6wQAM+sEAHjrBACE6wQAyusEANnrBAAc7AQAJuwEAG7sBAB67AQAwOwEAMbsBAAS7QQAGO0EAGTtBABp7QQAtu0EALztBAAKFw4ADe4EAPwPBQAZ7gQAWu4EAGjuBACs7gQAuO4EAP7uBAAL7wQAUO8EAFrvBACi7wQAvu8EAPTvBAAQ8AQAXBcOAEjwBACY8AQApfAEAOrwBAD38AQAPPEEAEHxBACO8QQAmPEEAODxBADv8QQAMvIEADfyBACE8gQAkfIEANbyBADj8gQAKPMEADTzBAB68wQAifMEAMzzBADW8wQAHvQEACr0BABw9AQAdvQEAML0BADI9AQAFPUEABn1BABm9QQAbPUEAK4XDgC/9QQACvYEABj2BABc9gQAX/YEAK72BAC99gQAAPcEAAX3BABS9wQAX/cEAKT3BACx9wQA9vcEAAL4BABI+AQAV/gEAJr4BACk+AQA7PgEAPr4BAA++QQAQ/kEAJD5BACd+QQA4vkEAO75BAA0+gQAR/oEAIb6BACV+gQA2PoEAOT6BAAq+wQAK/sEAHz7BACG+wQAzvsEANz7BAAg/AQAJfwEAHL8BAB//AQAABgOAMn8BAAW/QQAH/0EAGj9BAB5/QQAuv0EAMH9BAAM/gQAFP4EAF7+BABr/gQAsP4EALX+BAAC/wQADP8EAFT/BABc/wQApv8EAL3/BAD4/wQABAAFAEoABQBUAAUAnAAFAKQABQDuAAUA8AAFAEABBQBIAQUAkgEFAJgBBQDkAQUA8AEFADYCBQA5AgUAiAIFAI0CBQDaAgUA4wIFACwDBQAyAwUAfgMFAI0DBQDQAwUA3AMFAPYYDgAkBAUAdAQFAIIEBQDGBAUA1wQFAEgZDgAfBQUAmhkOAG8FBQC8BQUAxAUFAA4GBQAdBgUAYAYFAGUGBQCyBgUAvwYFAAQHBQARBwUAVgcFAGIHBQCoBwUAtwcFAPoHBQAECAUAPhoOAE4IBQCeCAUAuQgFAPAIBQDyCAUAQgkFAFwJBQCUCQUAoQkFAOYJBQDyCQUAOAoFAEIKBQCKCgUApAoFANwKBQDrCgUALgsFADMLBQCACwUAjQsFANILBQDfCwUAJAwFADAMBQB2DAUAhQwFAMgMBQDSDAUAGg0FACYNBQBsDQUAfw0FAL4NBQDNDQUAEA4FABwOBQBiDgUAYw4FALQOBQC+DgUABg8FABQPBQBYDwUAXQ8FAKoPBQC3DwUAkBoOAAkQBQBOEAUAWxAFAKAQBQCsEAUA8hAFAAERBQBEEQUAThEFAJYRBQCkEQUA6BEFAO0RBQA6EgUARxIFAIwSBQCYEgUA3hIFAPESBQAwEwUAPxMFAIITBQCOEwUA1BMFANUTBQAmFAUAMBQFAHgUBQCGFAUAyhQFAM8UBQAcFQUAKRUFAOIaDgB7FQUAwBUFAMIVBQASFgUAKxYFAGQWBQB1FgUAthYFAMIWBQAIFwUAEBcFANgbDgBfFwUArBcFALQXBQD+FwUADRgFAFAYBQBVGAUAohgFAK8YBQD0GAUAARkFAEYZBQBSGQUAmBkFAKcZBQDqGQUA9BkFACocDgBPGgUAjhoFAJ0aBQDgGgUA7BoFADIbBQAzGwUAhBsFAI4bBQDWGwUA5BsFACgcBQAtHAUAehwFAIccBQB8HA4A0RwFAB4dBQArHQUAcB0FAH0dBQDCHQUAzh0FABQeBQAjHgUAZh4FAHAeBQC4HgUAxh4FAAofBQAPHwUAXB8FAGkfBQCuHwUAth8FAAAgBQAGIAUAUiAFAAogBQBGawUAXiAFAKQgBQC0IAUA9iAFAP8gBQBIIQUASyEFAJohBQCmIQUA7CEFAPMhBQByHQ4ASSIFAJAiBQCRIgUA4iIFAPoiBQA0IwUAQSMFAIYjBQCSIwUA2CMFAOIjBQAqJAUALiQFAHwkBQCBJAUAziQFANQkBQAgJQUAQCUFAHIlBQCKJQUAxCUFANslBQAWJgUAIiYFAGgmBQByJgUAuiYFALwmBQAMJwUAEycFAF4nBQBlJwUAsCcFALYnBQACKAUADigFAFQoBQBXKAUApigFAKkoBQD4KAUABCkFAEopBQBNKQUAxB0OAKEpBQDuKQUA9ikFAEAqBQBGKgUAkioFAJcqBQDkKgUA7SoFADYrBQBAKwUAiCsFAJQrBQDaKwUA4isFABYeDgAxLAUAfiwFAIYsBQDQLAUA2ywFACItBQAnLQUAdC0FAHctBQDGLQUA0C0FAGgeDgAkLgUAai4FAHEuBQC8LgUAyi4FAA4vBQARLwUAYC8FAGgvBQCyLwUAtS8FAAQwBQAQMAUAVjAFAFwwBQCoMAUAwzAFAPowBQAGMQUATDEFAFIxBQCeMQUApjEFAPAxBQD0MQUAQjIFAE4yBQCUMgUAoTIFAOYyBQDwMgUAODMFAEAzBQCKMwUAjDMFANwzBQDgMwUALjQFADA0BQCANAUAlDQFALoeDgDaNAUAJDUFACg1BQB2NQUAeDUFAMg1BQDLNQUAGjYFACI2BQBsNgUAeTYFAL42BQDDNgUAEDcFABo3BQBiNwUAajcFALQ3BQC1NwUABjgFAAs4BQBYOAUAWzgFAKo4BQCtOAUA/DgFAAo5BQBOOQUAZzkFAKA5BQCxOQUA8jkFAP45BQBEOgUATDoFAAwfDgCbOgUA6DoFAPA6BQA6OwUASTsFAIw7BQCROwUA3jsFAOs7BQAwPAUAPTwFAII8BQCOPAUA1DwFAOM8BQAmPQUAMD0FAHg9BQCAPQUAyj0FANQ9BQAcPgUAIT4FAG4+BQB2PgUAXh8OAMs+BQASPwUAHj8FAGQ/BQBsPwUAsB8OAMI/BQAIQAUAD0AFAFpABQBoQAUArEAFAK9ABQD+QAUABkEFAFBBBQBTQQUAokEFAK5BBQD0QQUA+kEFAEZCBQBhQgUAmEIFAKRCBQDqQgUA8EIFADxDBQBfQwUAjkMFAJFDBQDgQwUABEQFAAIgDgBBRAUAhEQFAIlEBQDWRAUA40QFAChFBQA1RQUAekUFAIZFBQDMRQUA20UFAB5GBQAoRgUAcEYFAH5GBQDCRgUAx0YFABRHBQAhRwUAZkcFAG5HBQBUIA4AxUcFAApIBQASSAUAXEgFAHVIBQCuSAUAtEgFAABJBQAFSQUAUkkFAHJJBQCkSQUAsEkFAPZJBQADSgUASEoFAFBKBQCaSgUAnUoFAOxKBQD2SgUAPksFAEBLBQCQSwUAmksFAOJLBQDuSwUApiAOAEpMBQCGTAUAkkwFANhMBQDdTAUAKk0FAOBMBQCYBw8AM00FAHxNBQCGTQUAzk0FANZNBQD2+AgA2k0FACBOBQDxTQUATugIACZOBQByTgUAM04FAGjqCgB4TgUAxE4FAMlOBQAWTwUAHE8FAPggDgB2TwUAuk8FANBPBQAMUAUAGFAFAF5QBQBjUAUAsFAFALlQBQACUQUADFEFAFRRBQBcUQUAplEFALVRBQD4UQUA/VEFAEpSBQBXUgUAnFIFAKlSBQDuUgUA+lIFAEBTBQBPUwUAklMFAJxTBQDkUwUA8lMFADZUBQBDVAUAiFQFAJ9UBQDaVAUA4lQFACxVBQA2VQUAflUFAINVBQDQVQUA2FUFAO4hDgAuVgUAdFYFAHpWBQDGVgUA4VYFABhXBQAkVwUAalcFAHBXBQBAIg4Az1cFAA5YBQAdWAUAYFgFAGxYBQCyWAUAs1gFAARZBQAOWQUAVlkFAGRZBQCoWQUArVkFAPpZBQAHWgUAkiIOAFFaBQCeWgUAploFAPBaBQDzWgUAQlsFAEtbBQCUWwUAo1sFAOZbBQDxWwUAOFwFAEBcBQCKXAUAmlwFANxcBQDqXAUALl0FAD9dBQCAXQUAjF0FANJdBQDaXQUAiCMOACpeBQB2XgUAfl4FAMheBQDPXgUAGl8FAChfBQBsXwUAcl8FAL5fBQDKXwUAEGAFAB9gBQBiYAUAbGAFALRgBQC5YAUABmEFAAxhBQBYYQUAbGEFAKphBQCyYQUA/GEFACRiBQBOYgUAV2IFAKBiBQCtYgUA8mIFAABjBQBEYwUAV2MFAJZjBQCyYwUA2iMOAO1jBQA6ZAUAR2QFAIxkBQCZZAUA3mQFAOpkBQAwZQUAP2UFAIJlBQCMZQUA1GUFAOJlBQAmZgUAK2YFAHhmBQCFZgUAymYFANJmBQAcZwUAImcFAG5nBQB6ZwUAwGcFANBnBQASaAUAG2gFAGRoBQBnaAUAtmgFAMJoBQAIaQUAD2kFACwkDgCCaQUArGkFALVpBQD+aQUAC2oFAFBqBQBeagUAomoFALVqBQD0agUAEGsFAH4kDgBUawUAmGsFAK5rBQDqawUA9msFADxsBQBDbAUAjmwFAJZsBQDgbAUA5WwFADJtBQA7bQUAhG0FAI5tBQDQJA4A120FAChuBQA0bgUAem4FAIBuBQDMbgUAzm4FAB5vBQAobwUAcG8FAH5vBQDCbwUAx28FABRwBQAhcAUAZnAFAG5wBQC4cAUAwnAFAApxBQAYcQUAXHEFAHJxBQCucQUAunEFAAByBQAHcgUAUnIFAFpyBQCkcgUAqXIFAPZyBQD/cgUASHMFAFJzBQAiJQ4AqHMFAOxzBQACdAUAPnQFAEp0BQCQdAUAlXQFAOJ0BQDrdAUANHUFAD51BQCGdQUAknUFANh1BQDedQUAKnYFADB2BQB8dgUAgXYFAM52BQDUdgUAdCUOACV3BQBydwUAf3cFAMR3BQDRdwUAFngFACJ4BQBoeAUAd3gFALp4BQDEeAUADHkFABp5BQBeeQUAY3kFALB5BQC9eQUAAnoFAAp6BQBUegUAXnoFAKZ6BQC0egUA+HoFAA57BQBKewUAVnsFAJx7BQChewUA7nsFAPd7BQBAfAUASnwFAGomDgCefAUA5HwFAPV8BQA2fQUAQn0FAIh9BQCXfQUA2n0FAOR9BQAsfgUAOn4FAH5+BQCDfgUA0H4FAN1+BQAifwUALH8FAHR/BQAufwUA+oIFAIJ/BQDGfwUA3H8FABiABQAkgAUAaoAFAG+ABQC8gAUAxYAFAA6BBQAYgQUAYIEFAGyBBQCygQUAuIEFAASCBQAKggUAVoIFAFuCBQCoggUAroIFALwmDgAAgwUATIMFAFKDBQCegwUAo4MFAPCDBQD2gwUADicOAFCEBQCUhAUAqoQFAOaEBQDyhAUAOIUFAD2FBQCKhQUAk4UFANyFBQDmhQUALoYFADqGBQCAhgUAk4YFANKGBQDhhgUAJIcFADCHBQB2hwUAd4cFAMiHBQDShwUAGogFACiIBQBsiAUAcYgFAL6IBQDLiAUAYCcOAB+JBQBiiQUAgokFALSJBQDAiQUABooFABCKBQBYigUAXYoFAKqKBQCrigUA/IoFAAiLBQBOiwUAW4sFAKCLBQCsiwUA8osFAAWMBQBEjAUAU4wFAJaMBQCijAUA6IwFAOmMBQA6jQUARI0FAIyNBQCajQUA3o0FAOONBQAwjgUAPY4FALInDgCejgUABCgOANqOBQAmjwUALI8FAHiPBQB9jwUAyo8FANCPBQBWKA4AIZAFAG6QBQBxkAUAwJAFAMyQBQASkQUAGJEFAGSRBQB/kQUAtpEFAMKRBQAIkgUADpIFAFqSBQBckgUArJIFAMeSBQD+kgUAAJMFAFCTBQBekwUAopMFALOTBQD0kwUA9pMFAEaUBQBflAUAmJQFAKmUBQDqlAUA9pQFAEwpDgBGlQUAjpUFAJyVBQDglQUA9pUFADKWBQA+lgUAhJYFAImWBQDWlgUA35YFACiXBQAylwUAepcFAIKXBQDMlwUA0ZcFAB6YBQAtmAUAcJgFAH+YBQDCmAUAy5gFABSZBQAamQUAZpkFAGyZBQC4mQUAxJkFAAqaBQARmgUAXJoFAGSaBQCumgUAsJoFAACbBQAQmwUAUpsFAFybBQCkmwUAsJsFAPabBQD8mwUASJwFAFCcBQCeKQ4AppwFAOycBQD9nAUAPp0FAEqdBQCQnQUAn50FAOKdBQDsnQUANJ4FAEKeBQCGngUAi54FANieBQDlngUAKp8FADKfBQB8nwUAhp8FADq2BQCInwUAzp8FANSfBQAgoAUAJqAFAHKgBQB3oAUAxKAFAMqgBQDwKQ4AIqEFAGihBQBuoQUAuqEFANWhBQAMogUAGKIFAF6iBQBkogUAsKIFALiiBQACowUABaMFAFSjBQBgowUApqMFALejBQD4owUABKQFAEqkBQBZpAUAnKQFAKakBQDupAUA/KQFAEClBQBFpQUAkqUFAJ+lBQDkpQUA7KUFADamBQBApgUAiKYFAJamBQDapgUA8KYFACynBQA4pwUAfqcFAIOnBQDQpwUA2acFACKoBQAsqAUA5ioOAHqoBQDGqAUAzKgFABipBQAkqQUAaqkFAHepBQC8qQUAxqkFAA6qBQAWqgUAYKoFAGqqBQCyqgUAt6oFAASrBQAFqwUAVqsFAFurBQCoqwUAuasFAPqrBQD/qwUATKwFAGOsBQCerAUAsqwFAPCsBQAMrQUAQq0FAEqtBQA4Kw4AnK0FAOatBQDwrQUAOK4FAEyuBQCKrgUAi64FANyuBQDorgUALq8FAEqvBQCArwUAiK8FAIorDgDbrwUAJLAFADKwBQB2sAUAM7AFAJJ9CQCAsAUAyLAFAMqwBQAasQUAM7EFAGyxBQB9sQUAvrEFAMqxBQAQsgUAGLIFANwrDgBusgUAtLIFALqyBQAGswUAIbMFAFizBQBkswUAqrMFALCzBQD8swUA/7MFAE60BQBWtAUAoLQFALC0BQDytAUA97QFAES1BQBNtQUAlrUFAKO1BQDotQUA77UFAC4sDgBItgUAjLYFAKK2BQDetgUA6rYFADC3BQA1twUAgrcFAIu3BQDUtwUA3rcFACa4BQBCuAUAeLgFAIC4BQCALA4Az7gFABy5BQAkuQUAbrkFAHC5BQDAuQUA27kFABK6BQAUugUAZLoFAHK6BQC2ugUAx7oFAAi7BQAKuwUAWrsFAHO7BQCsuwUAvbsFAP67BQAKvAUAULwFAFi8BQDSLA4ArrwFAPS8BQD6vAUARr0FAGG9BQCYvQUApL0FAOq9BQDwvQUAPL4FAD++BQAkLQ4Aq74FAOC+BQDhvgUAMr8FAEG/BQCEvwUAib8FANa/BQDjvwUAKMAFADXABQB6wAUAhsAFAMzABQDbwAUAHsEFACjBBQBwwQUAfsEFAMLBBQDHwQUAFMIFACHCBQBmwgUAcsIFALjCBQC+wgUACsMFAMvCBQCK1wUAEMMFAFzDBQBhwwUArsMFALTDBQB2LQ4ABcQFAFLEBQByxAUApMQFALDEBQD2xAUA/MQFAEjFBQBQxQUA7vYFAFHFBQCaxQUAp8UFAOzFBQDyxQUAPsYFAErGBQCQxgUAksYFAOLGBQDxxgUANMcFAD/HBQCGxwUAiMcFANjHBQDxxwUAKsgFADvIBQB8yAUAiMgFAM7IBQDayAUAIMkFADPJBQByyQUAgckFAMTJBQDQyQUAFsoFABfKBQBoygUAcsoFALrKBQDIygUADMsFABHLBQBeywUAa8sFAMgtDgC9ywUAAswFABbMBQBUzAUAcMwFAKbMBQDCzAUAGi4OAAfNBQBKzQUAS80FAJzNBQCrzQUA7s0FAPPNBQBAzgUATc4FAJLOBQCfzgUA5M4FAPDOBQA2zwUARc8FAIjPBQCSzwUA2s8FAOjPBQAs0AUAMdAFAH7QBQCL0AUA0NAFAODQBQAi0QUAJNEFAHTRBQCC0QUAxtEFANfRBQBsLg4AH9IFAL4uDgBv0gUAvNIFAMnSBQAO0wUAG9MFAGDTBQBm0wUAstMFAL7TBQAE1AUAFNQFAFbUBQBf1AUAqNQFAKvUBQD61AUABtUFAEzVBQBT1QUAEC8OAKrVBQDw1QUAANYFAELWBQBL1gUAlNYFAJfWBQDm1gUA8tYFADjXBQA/1wUAYi8OAJnXBQDc1wUA6NcFAC7YBQAv2AUAgNgFAIrYBQDS2AUA4NgFACTZBQAp2QUAdtkFAIPZBQC0Lw4AzdkFABraBQAp2gUAbNoFAIzaBQC+2gUAytoFABDbBQAa2wUAYtsFAGrbBQC02wUAwNsFAAbcBQAM3AUAWNwFAF7cBQCq3AUAr9wFAPzcBQAC3QUAqjAOAFPdBQCg3QUAqd0FAPLdBQAD3gUARN4FAEveBQCW3gUAnt4FAOjeBQD13gUAOt8FAD/fBQCM3wUAlt8FAN7fBQDm3wUAMOAFAD/gBQCC4AUAh+AFANTgBQDh4AUAJuEFADPhBQB44QUAhOEFAMrhBQDZ4QUAHOIFACbiBQBu4gUAduIFAMDiBQDK4gUAEuMFABfjBQBk4wUAbOMFAKAxDgC74wUACOQFAAvkBQBa5AUAZOQFAPIxDgCy5AUA/uQFAAPlBQBQ5QUAcOUFAKLlBQCu5QUA9OUFAPrlBQBG5gUASeYFAJjmBQCa5gUA6uYFAAXnBQA85wUAPucFAI7nBQCc5wUA4OcFAPHnBQAy6AUANOgFAIToBQCd6AUA1ugFAOfoBQAo6QUANOkFAEQyDgCK6QUAzOkFAOzpBQAe6gUAIOoFAHDqBQB86gUAso0MAH/qBQCqBQYAjOoFAHoSBgCZ6gUAwuoFAMXqBQAU6wUAIesFAOLvBQAj6wUAZusFAGvrBQC46wUAxesFAArsBQAX7AUAXOwFAGjsBQCu7AUAvewFAADtBQAK7QUAUu0FAGDtBQCk7QUAqe0FAPbtBQAD7gUASO4FAFTuBQCa7gUAoO4FAOzuBQDy7gUAPu8FAEPvBQCQ7wUAlu8FAJYyDgDr7wUANPAFAErwBQCG8AUAn/AFANjwBQDk8AUAKvEFADDxBQB88QUAgfEFAM7xBQDe8QUAIPIFACbyBQBy8gUAfvIFAMTyBQDO8gUAFvMFABzzBQBo8wUAdvMFALrzBQDG8wUADPQFAA/0BQBe9AUAavQFALD0BQDD9AUAAvUFABH1BQBU9QUAYPUFAKb1BQCy9QUA+PUFAP/1BQBK9gUAVvYFAJz2BQCj9gUA6DIOAAT3BQBA9wUAQvcFAJL3BQCm9wUA5PcFAOz3BQA2+AUAQ/gFAIj4BQCN+AUA2vgFAOT4BQAs+QUANPkFAH75BQCX+QUA0PkFANz5BQAi+gUAKvoFADozDgCP+gUAxvoFAMj6BQAY+wUAJvsFAGr7BQB7+wUAvPsFAL77BQAO/AUAJ/wFAGD8BQBx/AUAsvwFAL78BQCMMw4ACf0FAFb9BQBf/QUAqP0FALn9BQD6/QUAAf4FAEz+BQBU/gUAnv4FAKv+BQDw/gUA9f4FAEL/BQBM/wUAlP8FAJz/BQDm/wUA//8FADgABgBEAAYAigAGAJIABgAwNA4A3wAGAC4BBgA4AQYAgAEGAIIBBgDSAQYA6wEGACQCBgA1AgYAdgIGAIQCBgDIAgYAywIGABoDBgAlAwYAbAMGAHgDBgC+AwYAxQMGAII0DgAVBAYAYgQGAGoEBgC0BAYAwgQGAAYFBgAHBQYAWAUGAHMFBgDUNA4ArwUGAPwFBgAJBgYATgYGAFsGBgCgBgYArAYGAPIGBgABBwYARAcGAE4HBgCWBwYApAcGAOgHBgDtBwYAOggGAEcIBgCMCAYAmAgGAN4IBgDkCAYAMAkGADYJBgCCCQYAhwkGANQJBgDaCQYAJjUOADMKBgB4CgYAegoGAMoKBgDjCgYAHAsGAC0LBgBuCwYAegsGAMALBgDICwYAHDYOABcMBgBkDAYAbAwGALYMBgDPDAYACA0GAA0NBgBaDQYAXw0GAKwNBgC2DQYA/g0GAAEOBgBQDgYAWg4GAKIOBgCoDgYA9A4GAPYOBgBGDwYARw8GAJgPBgCgDwYA6g8GAPoPBgA8EAYAQhAGAI4QBgCTEAYA4BAGAPYQBgAyEQYAOhEGAIQRBgCsEQYA1hEGAPkRBgAoEgYARxIGAG42DgCCEgYAwDYOAN0SBgAeEwYALBMGAHATBgB8EwYAwhMGAM8TBgAUFAYAHhQGAGYUBgBuFAYAuBQGAMMUBgAKFQYADBUGAFwVBgBfFQYArhUGALYVBgAAFgYABhYGAFIWBgBbFgYApBYGALEWBgD2FgYA/hYGAEgXBgBNFwYAmhcGAKMXBgDsFwYA9hcGAD4YBgBGGAYAkBgGAJUYBgDiGAYA8hgGADQZBgA8GQYAhhkGAIgZBgDYGQYA8xkGACoaBgAsGgYAfBoGAIoaBgDOGgYA3xoGACAbBgAiGwYAchsGAIsbBgDEGwYA1RsGABYcBgAiHAYAaBwGAHAcBgASNw4AwBwGAAwdBgARHQYAXh0GAH4dBgCwHQYAvB0GAAIeBgAIHgYAVB4GAFceBgCmHgYArh4GAPgeBgACHwYASh8GAE8fBgCcHwYApB8GAO4fBgD4HwYAQCAGAEIgBgCSIAYAoyAGAOQgBgAEIQYANiEGAD4hBgCIIQYAkiEGANohBgDfIQYAZDcOAEAiBgB+IgYAhiIGANAiBgDVIgYAIiMGADIjBgB0IwYAfCMGAMYjBgDQIwYAGCQGACMkBgBqJAYAdiQGALwkBgDEJAYAtjcOABolBgBgJQYAbCUGALIlBgC5JQYABCYGAAwmBgBWJgYAbyYGAKgmBgCuJgYA+iYGAP8mBgBMJwYAbCcGAJ4nBgCqJwYA8CcGAPYnBgBCKAYARSgGAAg4DgCWKAYA5igGAKIoBgB8eA0A6SgGADgpBgBCKQYAiikGAJgpBgDcKQYA6ykGAC4qBgAxKgYAgCoGAEYqBgAETwYASioGAEhABgCMKgYA0ioGANQqBgAkKwYAKisGAHYrBgCFKwYAyCsGANMrBgAaLAYAIiwGACiNBgA0LAYAbCwGAHgsBgC+LAYA0SwGABAtBgAfLQYAYi0GAG4tBgC0LQYAtS0GAAYuBgAQLgYAWC4GAGYuBgCqLgYAry4GAPwuBgAJLwYAWjgOAGgvBgCgLwYAry8GAPIvBgD3LwYARDAGAFEwBgCWMAYAozAGAOgwBgD0MAYAOjEGAEkxBgCMMQYAljEGAN4xBgDsMQYAMDIGADUyBgCCMgYAjzIGANQyBgDgMgYAJjMGACwzBgB4MwYAfjMGAMozBgDPMwYAHDQGACI0BgCsOA4AbzQGAMA0BgB3NAYAzlgIAHs0BgDyRAgAjjQGAI7UCwDMNAYAEjUGABg1BgBWtggAHzUGAGQ1BgBnNQYAtjUGAMI1BgAINgYACjYGAFo2BgBgNgYArDYGALs2BgD+NgYACTcGAFA3BgBRNwYAojcGALY3BgD0NwYADjgGAEY4BgBSOAYAmDgGAKs4BgDqOAYA+TgGADw5BgBIOQYAjjkGAI85BgDgOQYA6jkGADI6BgBAOgYAhDoGAIk6BgDWOgYA4zoGAP44DgBCOwYAejsGAIk7BgDMOwYA0TsGAB48BgArPAYAcDwGAH08BgDCPAYAzjwGABQ9BgAjPQYAZj0GAHA9BgC4PQYAxj0GAAo+BgAPPgYAXD4GAGk+BgCuPgYAuj4GAAA/BgAGPwYAUj8GAFg/BgCkPwYAqT8GAPY/BgD8PwYAUDkOAGRABgCiOQ4AoEAGAOxABgDuQAYAPkEGAEtBBgCQQQYAk0EGAOJBBgDjQQYANEIGADlCBgCGQgYAjEIGANhCBgDiQgYAKkMGAEZDBgB8QwYAmEMGAPQ5DgDUQwYAIEQGACJEBgByRAYAf0QGAMREBgDHRAYAFkUGABdFBgBoRQYAbUUGALpFBgDARQYADEYGABZGBgBeRgYAekYGALBGBgDMRgYARjoOAAhHBgBURwYAWkcGAKZHBgCrRwYA+EcGAP5HBgCYOg4AWEgGAJxIBgC3SAYA7kgGAPxIBgBASQYATUkGAJJJBgCpSQYA5EkGAPNJBgA2SgYAO0oGAIhKBgCVSgYA2koGAOdKBgAsSwYAOEsGAH5LBgCNSwYA0EsGANpLBgAiTAYAMEwGAHRMBgB5TAYAxkwGANNMBgAYTQYAG00GAGpNBgB2TQYAvE0GAMJNBgAOTgYAFE4GAGBOBgBlTgYAsk4GALhOBgDqOg4ADk8GAFZPBgBcTwYAqE8GAKpPBgD6TwYAB1AGAExQBgBPUAYAnlAGAJ9QBgDwUAYA9VAGAEJRBgBIUQYAlFEGAJ5RBgDmUQYAAFIGADhSBgBHUgYAilIGAI9SBgDcUgYA6VIGAC5TBgA7UwYAgFMGAIxTBgDSUwYA4VMGACRUBgAuVAYAdlQGAIRUBgDIVAYAzVQGABpVBgAnVQYAbFUGAHZVBgAIXwYAeFUGAL5VBgDEVQYAEFYGABZWBgBiVgYAZ1YGALRWBgC6VgYAPDsOAAtXBgBYVwYAZVcGAKpXBgC3VwYA/FcGAAhYBgBOWAYAXVgGAKBYBgCqWAYA8lgGAABZBgBEWQYASVkGAJZZBgCjWQYA6FkGAPBZBgA6WgYARloGAIxaBgCSWgYA3loGAORaBgAwWwYANVsGAIJbBgCIWwYAMjwOANZbBgAmXAYAL1wGAHhcBgB7XAYAylwGANZcBgAcXQYAI10GAG5dBgB2XQYAwF0GANldBgASXgYAJl4GAGReBgCAXgYAtl4GAL5eBgDWPA4AFl8GAFpfBgBwXwYArF8GALhfBgD+XwYAA2AGAFBgBgBZYAYAomAGAKxgBgD0YAYAEGEGAEZhBgBOYQYAKD0OAJ1hBgDqYQYA92EGADxiBgBJYgYAjmIGAJpiBgDgYgYA72IGADJjBgA8YwYAhGMGAJJjBgDWYwYA22MGAChkBgA1ZAYAemQGAIJkBgDMZAYA1mQGAB5lBgAsZQYAcGUGAIZlBgDCZQYAzmUGABRmBgAZZgYAZmYGAG9mBgC4ZgYAwmYGAApnBgASZwYAXGcGAGtnBgCuZwYAsGcGAABoBgAJaAYAUmgGAFVoBgCkaAYAsGgGAPZoBgD9aAYASGkGAFBpBgCaaQYAs2kGAOxpBgAAagYAPmoGAFpqBgCQagYAmGoGAHo9DgDnagYANGsGAEFrBgCGawYAk2sGANhrBgDkawYAKmwGADlsBgB8bAYAhmwGAM5sBgDYbAYAIG0GAC5tBgBybQYAiG0GAMRtBgDQbQYAFm4GABtuBgBobgYAcW4GALpuBgDEbgYADG8GABhvBgBebwYAZG8GALBvBgC2bwYAAnAGAAdwBgBUcAYAWnAGAMw9DgCycAYA+HAGAPxwBgBKcQYAWXEGAJxxBgChcQYA7nEGAPtxBgBAcgYATXIGAJJyBgCecgYA5HIGAPNyBgA2cwYAQHMGAIhzBgCWcwYA2nMGAN9zBgAsdAYAOXQGAH50BgCKdAYA0HQGANZ0BgAidQYAKHUGAHR1BgB5dQYAxnUGAMx1BgAePg4AHXYGAGp2BgBxdgYAvHYGAMh2BgAOdwYAEHcGAGB3BgARdwYA0nwGAHt3BgCydwYAtHcGAAR4BgASeAYAVngGAGd4BgCoeAYAqngGAPp4BgATeQYATHkGAF15BgCeeQYAqnkGAPB5BgD8eQYAQnoGAFV6BgCUegYAo3oGAOZ6BgDyegYAOHsGADl7BgCKewYAlHsGANx7BgDqewYALnwGADN8BgCAfAYAjXwGAHA+DgDUfAYAJH0GAD99BgB2fQYAeH0GAMh9BgDWfQYAGn4GACt+BgBsfgYAbn4GAL5+BgDXfgYAEH8GACF/BgBifwYAbn8GALR/BgDAfwYABoAGABmABgBYgAYAZ4AGAKqABgC2gAYA/IAGAP2ABgBOgQYAWIEGAKCBBgCugQYA8oEGAPeBBgBEggYAUYIGAGY/DgCbggYA6IIGAPCCBgA6gwYAPIMGAIyDBgCdgwYA3oMGAOyDBgAwhAYAS4QGAIKEBgCOhAYA1IQGANyEBgBcQA4AK4UGAHiFBgB/hQYAyoUGANaFBgAchgYAH4YGAG6GBgB2hgYAwIYGANCGBgAShwYAF4cGAGSHBgBthwYAtocGAMOHBgAIiAYAD4gGAFqIBgBiiAYArkAOALmIBgD+iAYABokGAFCJBgBkiQYAookGAKeJBgD0iQYA/YkGAEaKBgBMigYAmIoGAKCKBgDqigYA+YoGADyLBgBNiwYAjosGAJeLBgDgiwYA44sGADKMBgA8jAYAhIwGAJCMBgDWjAYA3IwGAABBDgA1jQYAeo0GAH+NBgDMjQYA040GAB6OBgAqjgYAcI4GAHiOBgBSQQ4A3Y4GABSPBgAWjwYAZo8GAHSPBgC4jwYAyY8GAAqQBgAMkAYAXJAGAHWQBgCukAYAv5AGAACRBgAMkQYApEEOAGGRBgCkkQYAs5EGAPaRBgD/kQYASJIGAE6SBgCakgYAoJIGAOySBgD4kgYAPpMGAEWTBgCQkwYAmJMGAOKTBgDmkwYANJQGAD+UBgCGlAYAlJQGANiUBgDplAYAKpUGADaVBgB8lQYAhJUGAPZBDgDRlQYAIJYGACqWBgBylgYAdJYGAMSWBgDdlgYAFpcGACeXBgBolwYAdpcGALqXBgC9lwYADJgGABeYBgBemAYAbJgGALCYBgC9mAYAApkGABmZBgBUmQYAXJkGAKaZBgComQYA+JkGAACaBgBKmgYAWZoGAJyaBgChmgYA7poGAPuaBgBAmwYATZsGAJKbBgCemwYA5JsGAPObBgA2nAYAQJwGAIicBgCWnAYA2pwGAN+cBgAsnQYAOZ0GAH6dBgCGnQYA0J0GANqdBgAingYAJ54GAHSeBgB8ngYAxp4GAMmeBgAYnwYANZ8GAGqfBgB7nwYAvJ8GAMSfBgAOoAYAEaAGAGCgBgBsoAYAsqAGALigBgAEoQYAH6EGAFahBgBioQYAqKEGAK6hBgBIQg4ACaIGAEyiBgBNogYAnqIGANSiBgDwogYA/qIGAEKjBgBDowYAlKMGAJyjBgDmowYA9aMGADikBgA9pAYAiqQGAJekBgDcpAYA6aQGAC6lBgA6pQYAgKUGAI+lBgDSpQYA3KUGACSmBgAypgYAdqYGAHumBgDIpgYA1aYGABqnBgAipwYAbKcGAHanBgC+pwYAw6cGABCoBgAYqAYAYqgGAGyoBgC0qAYAv6gGAAapBgASqQYAWKkGAGCpBgCaQg4Ar6kGAPypBgD/qQYATqoGAFiqBgCgqgYAqKoGAOxCDgAAqwYARKsGAFqrBgCWqwYAoqsGAOirBgDtqwYAOqwGAEOsBgCMrAYAlqwGAN6sBgDmrAYAMK0GADytBgCCrQYAla0GANStBgDVrQYAJq4GADSuBgB4rgYAfq4GAMquBgDWrgYAHK8GACOvBgA+Qw4Ab68GAMCvBgDMrwYAErAGAB+wBgBksAYAbLAGALawBgDAsAYACLEGABexBgBasQYAW7EGAKyxBgC0sQYA/rEGAA2yBgBQsgYAVbIGAKKyBgCvsgYA9LIGAAGzBgBGswYAUrMGAJizBgCnswYA6rMGAPSzBgA8tAYASrQGAI60BgCTtAYA4LQGAO20BgAytQYAOrUGAIS1BgCItQYA1rUGAOS1BgAotgYAMrYGAHq2BgCFtgYAzLYGANS2BgAetwYAKbcGAHC3BgB1twYAwrcGAMW3BgAUuAYAHrgGAGa4BgBuuAYAuLgGANe4BgCQQw4ADLkGAFy5BgBduQYArrkGALi5BgAAugYADroGAFK6BgBtugYApLoGALC6BgD2ugYA/roGAOJDDgBUuwYAmrsGAKC7BgDsuwYAB7wGAD68BgBKvAYAkLwGAJa8BgDivAYA6rwGADS9BgBCvQYAhr0GAIm9BgDYvQYA4L0GACq+BgAzvgYAfL4GAIm+BgDOvgYA0L4GACC/BgA7vwYAcr8GAHS/BgDEvwYA0r8GABbABgAnwAYAaMAGAGrABgC6wAYA08AGAAzBBgAdwQYAXsEGAGrBBgCwwQYAuMEGADREDgAIwgYAVMIGAFzCBgCmwgYArcIGAPjCBgD9wgYASsMGAFbDBgCcwwYAn8MGAO7DBgD2wwYAQMQGAE3EBgCSxAYAl8QGAOTEBgDuxAYANsUGAD7FBgCIxQYAlMUGANrFBgDtxQYALMYGADrGBgB+xgYAgcYGANDGBgDaxgYAhkQOACXHBgB0xwYAfMcGAMbHBgDJxwYAGMgGACTIBgBqyAYAcMgGALzIBgDXyAYADskGABrJBgBgyQYAZskGALLJBgC6yQYABMoGABLKBgBWygYAWcoGAKjKBgCwygYA+soGAAPLBgBMywYAWcsGAJ7LBgCgywYA8MsGAAvMBgBCzAYARMwGAJTMBgCizAYA5swGAPfMBgA4zQYAOs0GAIrNBgCjzQYA3M0GAO3NBgAuzgYAOs4GAIDOBgCIzgYA2EQOANjOBgAkzwYALM8GAHbPBgB9zwYAyM8GAM3PBgAa0AYAJtAGAGzQBgBv0AYAvtAGAMbQBgAQ0QYAHdEGAGLRBgBn0QYAtNEGAL7RBgAG0gYADtIGAFjSBgBk0gYAqtIGAL3SBgD80gYACtMGAE7TBgBR0wYAoNMGAKrTBgAqRQ4A9dMGAETUBgBQ1AYAltQGAJzUBgDo1AYAA9UGADrVBgBG1QYAjNUGAJLVBgDe1QYA5tUGADDWBgA+1gYAgtYGAIXWBgDU1gYA3NYGACbXBgAv1wYAeNcGAIXXBgDK1wYAzNcGABzYBgA32AYAbtgGAHDYBgDA2AYAztgGABLZBgAj2QYAZNkGAGbZBgC22QYAz9kGAAjaBgAZ2gYAWtoGAGbaBgCs2gYAtNoGAHxFDgAE2wYAUNsGAFjbBgCi2wYAqdsGAPTbBgD52wYARtwGAFLcBgCY3AYAm9wGAOrcBgDy3AYAPN0GAEndBgCO3QYAk90GAODdBgDq3QYAMt4GADreBgCE3gYAkN4GANbeBgDp3gYAKN8GADbfBgB63wYAfd8GAMzfBgDW3wYAzkUOACDgBgBw4AYAI+AGAPawBwAn4AYAfCYNACrgBgDUSAwALOAGAPoSCAB64AYARqAMAIHgBgDC4AYA0+AGABThBgAi4QYAZuEGAILhBgC44QYA1OEGACBGDgAY4gYAXOIGAGniBgCu4gYAxeIGAADjBgAM4wYAUuMGAFjjBgCk4wYAquMGAPbjBgD74wYASOQGAE7kBgByRg4An+QGAOzkBgD05AYAPuUGAEHlBgCQ5QYAnOUGAOLlBgDo5QYANOYGAE/mBgCG5gYAkuYGANjmBgDe5gYAKucGADLnBgB85wYAfucGAM7nBgDp5wYAIOgGACLoBgBy6AYAgOgGAMToBgDV6AYAFukGABjpBgBo6QYAgekGALrpBgDL6QYADOoGABjqBgBoRw4AdOoGALDqBgC/6gYAAusGANnqBgDQ7wYABOsGAFTrBgBj6wYApusGALHrBgD46wYABOwGAErsBgBN7AYAnOwGAFHsBgAa+QYAZuwGAATzBgCo7AYA7uwGAPTsBgBA7QYAW+0GAJLtBgCe7QYA5O0GAOrtBgA27gYAQu4GAIjuBgCO7gYA2u4GAODuBgAs7wYAMe8GAH7vBgCE7wYAukcOANPvBgAi8AYAPvAGAHTwBgB88AYAsEgOANLwBgAY8QYAHvEGAGrxBgCF8QYAvPEGAMjxBgAO8gYAFPIGAGDyBgBo8gYAsvIGANPyBgACSQ4ADPMGAFRJDgBb8wYAqPMGALXzBgD68wYAB/QGAEz0BgBY9AYAnvQGAK30BgDw9AYA+vQGAEL1BgBK9QYAlPUGAJ71BgDm9QYA9PUGADj2BgBO9gYAivYGAJb2BgDc9gYA4fYGAC73BgA39wYAgPcGAIr3BgDS9wYA2vcGACT4BgAu+AYAdvgGAHv4BgDI+AYA0PgGAKZJDgAm+QYAbPkGAH/5BgC++QYAzfkGABD6BgAc+gYAYvoGAGP6BgC0+gYAvvoGAAb7BgAU+wYAWPsGAF37BgCq+wYAt/sGAPhJDgAH/AYATvwGAFr8BgCg/AYApvwGAPL8BgD+/AYARP0GAEz9BgDuSg4Amf0GAOj9BgDw/QYAOv4GAEf+BgCM/gYAkf4GAN7+BgDm/gYAMP8GADL/BgCC/wYAnf8GANT/BgDW/wYAJgAHADQABwB4AAcAiQAHAMoABwDMAAcAHAEHADUBBwBuAQcAfwEHAMABBwDMAQcAEgIHABoCBwBASw4AaQIHALYCBwDDAgcACAMHABUDBwBaAwcAZgMHAKwDBwC7AwcA/gMHAAgEBwBQBAcAXgQHAKIEBwCnBAcA9AQHAAEFBwBGBQcATgUHAJgFBwCaBQcA6gUHAPQFBwA8BgcARAYHAJJLDgCZBgcA4AYHAO4GBwAyBwcANQcHAIQHBwCMBwcA1gcHAOwHBwAoCAcALQgHAHoIBwCQCAcAzAgHANgIBwAeCQcAKwkHAHAJBwB6CQcA5EsOANAJBwAUCgcALQoHAGYKBwB8CgcAuAoHAMcKBwAKCwcAJAsHAFwLBwBfCwcAKhAHAGcLBwD4FAcAawsHAK4LBwCzCwcAAAwHAA0MBwBSDAcAXwwHAKQMBwCwDAcA9gwHAAUNBwBIDQcAUg0HAJoNBwCoDQcA7A0HAPENBwA+DgcASw4HAJAOBwCcDgcA4g4HAOgOBwA0DwcAOg8HAIYPBwCLDwcA2A8HAN4PBwA2TA4ANhAHAHwQBwCCEAcAzhAHAOkQBwAgEQcALBEHAHIRBwB4EQcAxBEHAMsRBwAWEgcAGxIHALATBwAiEgcAaBIHAGoSBwC6EgcAwRIHAAwTBwAoEwcAXhMHAGYTBwAsTQ4AtBMHAAIUBwAPFAcAVBQHAHAUBwCmFAcArhQHAH5NDgD9FAcAShUHAE0VBwCcFQcAphUHAO4VBwD/FQcAQBYHAEUWBwCSFgcAlxYHAOQWBwAEFwcANhcHAD8XBwCIFwcAiRcHANoXBwDmFwcALBgHADIYBwB+GAcAhBgHANAYBwDVGAcAIhkHACgZBwDQTQ4AdhkHAMYZBwDMGQcAGBoHADgaBwBqGgcAdhoHALwaBwDDGgcADhsHABYbBwBgGwcAZxsHALIbBwC+GwcABBwHAAYcBwBWHAcAXRwHAMZODgCqHAcA+hwHAP0cBwBMHQcAVB0HAJ4dBwCuHQcA8B0HAPIdBwBCHgcAUB4HAJQeBwClHgcAGE8OAO0eBwBqTw4ARR8HAIofBwCRHwcA3B8HAOQfBwAuIAcAPCAHAIAgBwCDIAcA0iAHANogBwAkIQcAKyEHAHYhBwCEIQcAyCEHAMshBwAaIgcAHCIHAGwiBwCFIgcAviIHAM8iBwAQIwcAHCMHAGIjBwBpIwcAtCMHALwjBwAGJAcADyQHAFgkBwBlJAcAqiQHALQkBwD8JAcACiUHAE4lBwBfJQcAoCUHAKglBwDyJQcA/CUHAEQmBwBSJgcAliYHAKwmBwDoJgcA9CYHADonBwBBJwcAjCcHAJQnBwDeJwcA5CcHADAoBwA8KAcAgigHAIwoBwDUKAcA2igHACYpBwA6KQcADlAOAH0pBwDKKQcAzSkHABwqBwAmKgcAbioHAHAqBwDAKgcA2yoHABIrBwAUKwcAZCsHAHIrBwC2KwcAxysHAAgsBwAKLAcAWiwHAHMsBwCsLAcAvSwHAP4sBwAKLQcAYFAOAG0tBwCiLQcAsy0HAPQtBwAQLgcARi4HAE4uBwCyUA4AnS4HAOouBwDyLgcAPC8HAEcvBwCOLwcAky8HAOAvBwDjLwcAMjAHADwwBwCEMAcAhzAHANYwBwDeMAcAKDEHACoxBwB6MQcAlTEHAMwxBwDOMQcAHjIHACwyBwBwMgcAgTIHAMIyBwDEMgcAFDMHAC0zBwBmMwcAdzMHALgzBwDEMwcACjQHABI0BwAEUQ4AaTQHAK40BwC2NAcAADUHAAo1BwBSNQcAXTUHAKQ1BwCwNQcA9jUHAP41BwBWUQ4ATTYHAJo2BwCfNgcA7DYHAP02BwCoUQ4ASzcHAJA3BwCSNwcA4jcHAPs3BwA0OAcARTgHAIY4BwCSOAcA2DgHAOA4BwD6UQ4ALzkHAHw5BwCEOQcAzjkHAN05BwAgOgcAJjoHAHI6BwB+OgcAxDoHAMY6BwAWOwcAIDsHAGg7BwB0OwcAujsHAMI7BwBMUg4AGDwHAF48BwBhPAcAsDwHALM8BwACPQcAED0HAFQ9BwBZPQcApj0HALM9BwCeUg4ACT4HAEo+BwBSPgcAnD4HAFc+BwCURwcApz4HAO4+BwDzPgcAQD8HAEM/BwCSPwcAnD8HAOQ/BwAHQAcANkAHADlABwCIQAcArEAHANpABwDiQAcA8FIOADJBBwB+QQcAjEEHANBBBwDcQQcAIkIHAClCBwB0QgcAfEIHAMZCBwDWQgcAGEMHAB1DBwBqQwcAcEMHALxDBwDEQwcADkQHACtEBwBgRAcAaUQHALJEBwC+RAcABEUHAApFBwBWRQcAakUHAKhFBwCwRQcA+kUHAApGBwBMRgcATkYHAJ5GBwCsRgcA8EYHAAFHBwBCUw4ASUcHAJRTDgCZRwcA5kcHAO1HBwA4SAcAREgHAIpIBwCNSAcA3EgHAOxIBwAuSQcAMEkHAIBJBwCOSQcA0kkHAONJBwDmUw4AK0oHADhUDgCJSgcAyEoHANdKBwAaSwcAJksHAGxLBwBtSwcAvksHAMhLBwAQTAcAHkwHAGJMBwBnTAcAtEwHAMFMBwCKVA4AC00HAFhNBwBhTQcAqk0HALtNBwD8TQcAA04HAE5OBwBWTgcAoE4HAK1OBwDyTgcA904HAERPBwBOTwcAlk8HAJ5PBwDoTwcA7k8HADpQBwBGUAcAjFAHAI5QBwDeUAcA7VAHADBRBwA7UQcAglEHAIpRBwDUUQcA1lEHACZSBwAzUgcAeFIHAIxSBwDKUgcA0lIHABxTBwArUwcAblMHAHNTBwDAUwcAzVMHABJUBwAcVAcAZFQHAGZUBwC2VAcAxVQHAAhVBwASVQcAWlUHAGJVBwCsVQcArVUHAP5VBwADVgcAUFYHAF5WBwCiVgcAr1YHAPRWBwD+VgcAgFUOAElXBwCYVwcApFcHAFRmBwC0VwcA6lcHAPJXBwDSVQ4AQVgHAI5YBwCWWAcA4FgHAONYBwAyWQcAPlkHAIRZBwCKWQcA1lkHAPFZBwAoWgcANFoHAHpaBwCAWgcAzFoHAM9aBwAeWwcAJlsHAHBbBwByWwcAwlsHAN1bBwAUXAcAFlwHAGZcBwB0XAcAuFwHAMlcBwAKXQcADF0HAFxdBwB1XQcArl0HAL9dBwAAXgcADF4HAFJeBwBaXgcAJFYOAKleBwD2XgcA/F4HAEhfBwBQXwcAml8HAKlfBwDsXwcA8V8HAD5gBwBLYAcAkGAHAJ1gBwDiYAcA7mAHADRhBwBDYQcAhmEHAJBhBwDYYQcA5mEHACpiBwAvYgcAfGIHAIliBwB2Vg4A2mIHACBjBwAmYwcAcmMHAI1jBwDEYwcA0GMHABZkBwAcZAcAaGQHAGtkBwC6ZAcAxmQHAAxlBwASZQcAXmUHAGRlBwCwZQcAtWUHAAJmBwAIZgcAyFYOAFpmBwCmZgcArGYHAPhmBwD9ZgcASmcHAFBnBwAaVw4AoWcHAO5nBwD7ZwcAQGgHAE1oBwCSaAcAnmgHAORoBwDzaAcANmkHAEBpBwCIaQcAlmkHANppBwDfaQcALGoHADlqBwB+agcAlmoHANBqBwDWagcAImsHAC5rBwB0awcAhGsHAMZrBwDPawcAGGwHABtsBwBqbAcAdmwHALxsBwDDbAcAEFgOABBtBwBgbQcAam0HALJtBwC1bQcABG4HAAxuBwBWbgcAWW4HAKhuBwC0bgcA+m4HAABvBwBMbwcAZ28HAJ5vBwCqbwcA8G8HAPZvBwBiWA4AYnAHAJRwBwCfcAcA5nAHAOtwBwA4cQcAQXEHAIpxBwCNcQcA3HEHAOhxBwAucgcAOnIHAG58BwBGcgcAgHIHAIdyBwDScgcA2HIHACRzBwAycwcAdnMHAJFzBwDIcwcA1HMHABp0BwAgdAcAbHQHAIZ0BwC+dAcAynQHABB1BwAWdQcAYnUHAGh1BwC0dQcAuXUHAAZ2BwAMdgcAtFgOAGV2BwCqdgcAtnYHAPx2BwAGdwcATncHAFJ3BwCgdwcApXcHAPJ3BwD4dwcARHgHAGR4BwCWeAcAongHAOh4BwDueAcAOnkHAEB5BwCMeQcAkXkHAN55BwDkeQcAWFkOADV6BwCCegcAiXoHANR6BwDgegcAJnsHAEJ7BwB4ewcAgHsHAE5aDgABfAcAHHwHAEJ8BwCgWg4AgXwHAMB8BwDPfAcAEn0HAB59BwBkfQcAZX0HALZ9BwDAfQcACH4HABZ+BwBafgcAX34HAKx+BwC5fgcA8loOAAZ/BwDoWw4AVX8HAKJ/BwCvfwcA9H8HAAGABwBGgAcAUoAHAJiABwCngAcA6oAHAPSABwA8gQcASoEHAI6BBwCTgQcA4IEHAO2BBwAyggcAOoIHAISCBwCKggcA1oIHAOKCBwAogwcAOIMHAHqDBwCDgwcAzIMHAM+DBwAehAcAKoQHAHCEBwB3hAcAOlwOAM2EBwAUhQcAIIUHAGaFBwBuhQcAjFwOAMWFBwAKhgcAEYYHAFyGBwBdhgcAroYHALOGBwAAhwcADocHAFKHBwBfhwcApIcHAK6HBwD2hwcA/ocHAEiIBwBRiAcAmogHAKCIBwDsiAcA/YgHAD6JBwBaiQcAkIkHAJiJBwDeXA4A7YkHADSKBwA+igcAhooHAJCKBwDYigcA2YoHADBdDgAviwcAfIsHAImLBwDOiwcA24sHACCMBwAsjAcAcowHAIGMBwDEjAcAzowHABaNBwAejQcAaI0HAHKNBwC6jQcAv40HAAyOBwAUjgcAgl0OAGmOBwCwjgcAvI4HAAKPBwAKjwcA1F0OAFmPBwCmjwcAtY8HAPiPBwAYkAcASpAHAFaQBwCckAcAopAHAO6QBwD2kAcAQJEHAEeRBwCSkQcAlJEHAOSRBwDwkQcANpIHAEySBwCIkgcAjZIHANqSBwDnkgcAJl4OADGTBwB+kwcAjZMHANCTBwDwkwcAIpQHAC6UBwB0lAcAepQHAMaUBwDOlAcAGJUHAB+VBwBqlQcAbJUHALyVBwDIlQcADpYHACSWBwBglgcAZZYHALKWBwC/lgcABJcHAAyXBwBWlwcAXJcHAKiXBwCxlwcA+pcHAAeYBwBMmAcAWZgHAJ6YBwCsmAcA8JgHAP2YBwBCmQcAWZkHAJSZBwDCmQcAeF4OAOyZBwA4mgcA85kHAIZYDABOmgcAipoHAJiaBwDcmgcA35oHAC6bBwAxmwcAgJsHAI6bBwDSmwcA15sHACScBwAxnAcAdpwHAH6cBwDInAcAz5wHABqdBwAmnQcAbJ0HAHmdBwC+nQcAzJ0HABCeBwAcngcAYp4HAGmeBwC0ngcAvJ4HAAafBwAKnwcAWJ8HAGOfBwCqnwcAuJ8HAPyfBwANoAcATqAHAFqgBwCgoAcAqKAHAMpeDgD4oAcARKEHAFihBwCWoQcApKEHAOihBwD1oQcAOqIHAFGiBwCMogcAlKIHAN6iBwDoogcAMKMHADWjBwCCowcAiqMHANSjBwDjowcAJqQHACukBwB4pAcAhaQHAMqkBwDXpAcAHKUHACilBwBupQcAfaUHAMClBwDKpQcAEqYHABqmBwBkpgcAbqYHALamBwC7pgcACKcHABCnBwAcXw4AZacHAKynBwC4pwcA/qcHAAaoBwBuXw4AVagHAKKoBwCxqAcA9KgHABSpBwBGqQcAUqkHAJipBwCeqQcA6qkHAPKpBwA8qgcAQ6oHAI6qBwCQqgcA4KoHAOyqBwAyqwcASKsHAISrBwCJqwcA1qsHAOOrBwDAXw4AMawHAHqsBwCArAcAzKwHANqsBwAerQcAK60HAHCtBwCHrQcAwq0HAMqtBwAUrgcAI64HAGauBwBrrgcAuK4HAMWuBwAKrwcAF68HAFyvBwBorwcArq8HAL2vBwAAsAcACrAHAFKwBwBusAcApLAHAKywBwASYA4AA7EHAFRnCwAFsQcASLEHAFKxBwBwrgsAaLEHAJqxBwCmsQcA7LEHAPKxBwA+sgcARrIHAKrxBwBKsgcAkLIHAFiyBwCG3AcAo7IHAOKyBwDxsgcANLMHAECzBwCGswcAh7MHANizBwDiswcAKrQHADi0BwB8tAcAgbQHAM60BwDbtAcAZGAOACa1BwBytQcAeLUHAMS1BwDJtQcAFrYHABy2BwBaYQ4Ac7YHALq2BwDItgcADLcHAB23BwBetwcAarcHALC3BwC4twcA/mEOAA64BwBUuAcAXrgHAKa4BwC1uAcA+LgHAAO5BwBKuQcAWLkHAJy5BwCpuQcA7rkHAAW6BwBAugcASLoHAJK6BwCVugcA5LoHAPC6BwA2uwcAPLsHAIi7BwCjuwcA2rsHAOa7BwAsvAcAMrwHAH68BwCGvAcA0LwHANK8BwAivQcAI70HAHS9BwCCvQcAxr0HAM69BwAYvgcAM74HAGq+BwB2vgcAvL4HAMK+BwAOvwcAEb8HAGC/BwBuvwcAsr8HALe/BwAEwAcAEcAHAFBiDgBjwAcAjqsLAGfABwCowAcAacAHAN71CwC0wAcA+sAHAAfBBwBMwQcAUcEHAJ7BBwCowQcA8MEHAADCBwBCwgcAR8IHAJTCBwCdwgcA5sIHAPPCBwA4wwcAP8MHAIrDBwCWwwcA3MMHAOLDBwAuxAcANMQHAIDEBwCFxAcA0sQHANjEBwCiYg4AMMUHAHbFBwB8xQcAyMUHAM7FBwAaxgcAJ8YHAGzGBwBxxgcAvsYHAMbGBwAQxwcARccHAGLHBwCSxwcAtMcHALzHBwAGyAcAE8gHAFjIBwBdyAcAqsgHALLIBwD8yAcA/8gHAE7JBwBXyQcAoMkHAK/JBwDyyQcA/ckHAETKBwBMygcAlsoHAKbKBwDoygcA9soHADrLBwBLywcAjMsHAJjLBwDeywcA5ssHAJhjDgA2zAcAgswHAIrMBwDUzAcA28wHACbNBwA0zQcAeM0HAH7NBwDKzQcA1s0HABzOBwArzgcAbs4HAHjOBwDAzgcAxc4HABLPBwAYzwcAZM8HAHjPBwDqYw4Aw88HAAjQBwDFzwcAxg8IAA3QBwBa0AcAZtAHAKzQBwC50AcA/tAHAAjRBwA8ZA4Aa9EHAKLRBwCk0QcA9NEHAPrRBwBG0gcAfNIHAJjSBwCe0gcA6tIHAPPSBwA80wcASdMHAI7TBwDE0wcA4NMHAOfTBwAy1AcAN9QHAITUBwCT1AcA1tQHAPbUBwAo1QcANNUHAHrVBwCA1QcAzNUHAObVBwAe1gcAIdYHAHDWBwB11gcAwtYHANHWBwAU1wcANNcHAOBkDgCG1wcAuNcHAMTXBwAK2AcAFNgHAFzYBwBo2AcAXoQIAGnYBwCu2AcAs9gHAADZBwAK2QcAUtkHAGLZBwCk2QcAqdkHAPbZBwD/2QcASNoHAFXaBwCa2gcAodoHAOzaBwD42gcAPtsHAETbBwCQ2wcAltsHAOLbBwDn2wcANNwHADrcBwAyZQ4AidwHANjcBwDd3AcAKt0HADndBwB83QcAnN0HANZlDgDc3QcAIN4HAC3eBwBy3gcAed4HAMTeBwDM3gcAFt8HABjfBwBo3wcAHd8HAH5MCgAt3wcA1hIKAG7fBwAINwoAcN8HALrfBwC+3wcAaucHANDfBwBe9QkA1d8HAAzgBwAO4AcAXuAHAG/gBwCw4AcAvuAHAALhBwAJ4QcAVOEHAFzhBwCm4QcAreEHAPjhBwD94QcASuIHAFniBwCc4gcAvOIHAO7iBwD64gcAQOMHAEbjBwCS4wcAmuMHAOTjBwDw4wcANuQHAEPkBwCI5AcAo+QHANrkBwDo5AcALOUHADLlBwB+5QcAg+UHANDlBwDd5QcAIuYHADjmBwB05gcAgOYHAMbmBwDT5gcAGOcHACLnBwAoZg4Ab+cHALznBwDC5wcADugHAC7oBwBg6AcAbugHALLoBwC/6AcABOkHABvpBwBW6QcAXukHAKjpBwC36QcA+ukHAP/pBwBM6gcAWeoHAJ7qBwCo6gcA8OoHAPLqBwBC6wcAUOsHAJTrBwCh6wcA5usHAPLrBwA47AcAPuwHAIrsBwCS7AcA3OwHAOLsBwAu7QcAN+0HAIDtBwCN7QcA0u0HANztBwAk7gcAMu4HAHbuBwCM7gcAyO4HANTuBwAa7wcAIu8HAHpmDgB27wcAvu8HAMTvBwAQ8AcAEvAHAGLwBwBs8AcAtPAHAMDwBwAG8QcAHfEHAFjxBwBs8QcAzGYOALjxBwD88QcA//EHAE7yBwBW8gcAoPIHAKzyBwDy8gcAAPMHAETzBwBO8wcAlvMHAKHzBwDo8wcA9PMHADr0BwBA9AcAjPQHAJT0BwDe9AcA6/QHADD1BwA19QcAgvUHAIz1BwDU9QcA3PUHACb2BwAs9gcAePYHAIH2BwDK9gcA1/YHABz3BwAp9wcAbvcHAHz3BwDA9wcAzfcHABL4BwAp+AcAZPgHAGz4BwC2+AcAu/gHAAj5BwAO+QcAWvkHAGL5BwCs+QcAwvkHAP75BwAM+gcAUPoHAFP6BwCi+gcAsfoHAPT6BwD5+gcARvsHAFP7BwCY+wcAqPsHAOr7BwD4+wcAPPwHAFP8BwCO/AcAl/wHAOD8BwDm/AcAMv0HAD79BwCE/QcAi/0HAB5nDgDi/QcAKP4HACr+BwB6/gcAhP4HAMz+BwDY/gcAHv8HACb/BwBwZw4Adf8HAML/BwDR/wcAFAAIADQACABmAAgAcgAIALgACAC+AAgACgEIABIBCABcAQgAXQEIAK4BCAC0AQgAAAIIAAUCCABSAggAbQIIAKQCCACyAggA9gIIAP0CCABIAwgAVAMIAJoDCACgAwgAwmcOAPEDCAA+BAgASAQIAJAECAChBAgA4gQIAO4ECAA0BQgANwUIAIYFCACJBQgA2AUIAOAFCAAqBggAMQYIAHwGCACBBggAzgYIAN0GCAAgBwgAQAcIAHIHCAB+BwgAxAcIAMoHCAAWCAgAHggIAGgICAB1CAgAuggIAL8ICAAMCQgAFgkIAF4JCABmCQgAsAkIAMAJCAACCggABwoIAFQKCABdCggApgoIALMKCAD4CggA/woIABRoDgBPCwgAnAsIAKsLCADuCwgADgwIAEAMCABMDAgAkgwIAJgMCADkDAgA7AwIADYNCABCDQgAiA0IAJUNCADaDQgA4Q0IACwOCAAtDggAfg4IAIMOCADQDggA3g4IACIPCAAvDwgAdA8IAH4PCABmaA4Ayw8IABgQCAAlEAgAahAIAHcQCAC8EAgAwhAIAA4RCAAaEQgAYBEIAHARCACyEQgAuxEIAAQSCAAHEggAVhIIAGISCACoEggArxIIALhoDgD8EggATBMIAAETCABwCgsAChMIAOz6DABdEwgAnhMIAKYTCADwEwgA+hMIAEIUCABRFAgAlBQIAJUUCADmFAgA7hQIAFxpDgBAFQgArmkOAKkVCABSag4A+hUIAC4WCAD/FQgA2IAIAAQWCAA2NggANhYIAIAWCACPFggA0hYIANcWCAAkFwgAMRcIAHYXCACDFwgAyBcIANQXCAAaGAgAKRgIAGwYCAB2GAgAvhgIAOEYCAAQGQgARRkIAGIZCACGGQgAtBkIALwZCACkag4ACxoIAFgaCABeGggAqhoIALIaCAD2ag4AChsIAE4bCABpGwgAoBsIAKwbCADyGwgAAxwIAEQcCABYHAgAlhwIAJ4cCADoHAgA7hwIADodCABGHQgAjB0IAJwdCADeHQgA5x0IADAeCAAzHggAgh4IAI4eCADUHggA2x4IAEhrDgA0HwgAeB8IAIIfCACaaw4Azx8IABwgCAApIAgAbiAIAHsgCADAIAgAzCAIABIhCAAhIQgAZCEIAG4hCAC2IQgAxCEIAAgiCAANIggAWiIIAGciCACsIggAtCIIAP4iCAAEIwgAUCMIAFwjCACiIwgAsiMIAPQjCAD9IwgARiQIAEkkCACYJAgApCQIAOokCADxJAgA7GsOAEslCACOJQgAkyUIAOAlCADtJQgAMiYIAD8mCACEJggAiiYIANYmCADiJggAKCcIADgnCAB6JwgAgycIAMwnCADPJwgAHigIACooCABwKAgAdygIAD5sDgDHKAgAFCkIACEpCABmKQgAhCkIALgpCADEKQgACioIAB0qCABcKggAaioIAK4qCACxKggAACsIAAorCABSKwgAYCsIAKQrCACxKwgA9isIAA0sCABILAgAUCwIAJosCAChLAgA7CwIAPEsCAA+LQgAVC0IAJAtCACSLQgA4i0IAPAtCAA0LggAQS4IAJBsDgCOLggA4mwOAN0uCAAqLwgANy8IAHwvCACJLwgAzi8IANovCAAgMAgALzAIAHIwCAB8MAgAxDAIANIwCAAWMQgAGzEIAGgxCAB1MQgAujEIAMIxCAAMMggAEjIIAF4yCABqMggAsDIIAMAyCAACMwgACzMIAFQzCABXMwgApjMIALIzCAD4MwgA/zMIADRtDgBWNAgAnDQIAKw0CADuNAgA9zQIAEA1CABDNQgAkjUIAJ41CADkNQgA6zUIAIZtDgA/NggAajkIAEA2CACINggAlzYIANo2CACZNggAIjgIANs2CAAsNwgASDcIAH43CAC0NwgA0DcIAAY4CADYbQ4AJTgIAHQ4CACQOAgAxjgIAPw4CAAYOQgATjkIACpuDgB3OQgAvDkIAMo5CAAOOggAIToIAGA6CAB8OggAsjoIAOg6CAAEOwgAOjsIAHxuDgBnOwgAqDsIALQ7CAD6OwgAAjwIAM5uDgBRPAgAnjwIAKY8CADwPAgA/zwIAEI9CABHPQgAlD0IAKE9CADmPQgA8z0IADg+CABEPggAij4IAJk+CADcPggA5j4IAC4/CAA2PwgAgD8IAIo/CADSPwgA1z8IACRACAAsQAgAIG8OAIVACADIQAgAh0AIABBCCADJQAgAGkEIADZBCABsQQgAokEIAL5BCAD0QQgAcm8OABNCCABiQggAfkIIALRCCADqQggABkMIADxDCADEbw4AW0MIAKpDCAC7QwgA/EMIABhECABORAgAhEQIAKBECADWRAgAFnAOAP9ECABERQgAUEUIAJZFCAClRQgA6EUIAPJFCAA6RggASEYIAIxGCACRRggA3kYIAOtGCAAwRwgAOEcIAIJHCACIRwgA1EcIAJJHCADspwgA4EcIACZICAA2SAgAeEgIAIFICADKSAgAzUgIABxJCAAoSQgAbkkIAHVJCABocA4AxUkIAKrTCgDKSQgAEkoIAMxJCABybgoAHEoIAGRKCABlSggAtkoIAMVKCAAISwgADUsIAFpLCABnSwgArEsIALlLCAD+SwgACkwIAFBMCABfTAgAokwIAKxMCAD0TAgAAk0IAEZNCABLTQgAmE0IAKVNCADqTQgA600IADxOCABBTggAjk4IAJNOCADgTggA8U4IADJPCABVTwgAhE8IAI9PCADWTwgA208IAChQCAArUAgAelAIAIRQCADMUAgA91AIAB5RCAA9UQgAunAOAHxRCADCUQgAxFEIABRSCAAjUggAZlIIAHFSCAC4UggAwFIIAApTCAARUwgAXFMIAF5TCACuUwgAuFMIAABUCAACVAgAUlQIAGtUCACkVAgAplQIAPZUCAD5VAgASFUIAFRVCACaVQgAolUIAAxxDgD4VQgAPlYIAERWCACQVggAq1YIAOJWCADuVggANFcIADpXCACGVwgAjlcIANhXCADaVwgAKlgIADRYCAB8WAgAhFgIAF5xDgDfWAgAIFkIACdZCAByWQgAelkIAMRZCADRWQgAFloIABtaCABoWggAcloIALpaCADCWggADFsIABtbCABeWwgAY1sIALBbCAC9WwgAAlwIAA9cCABUXAgAYFwIAKZcCAC1XAgA+FwIAAJdCABKXQgAUl0IAJxdCACmXQgA7l0IAPNdCABAXggASF4IALBxDgCeXggA5F4IAPReCAA2XwgAP18IAIhfCACLXwgA2l8IAOZfCAAsYAgAM2AIAAJyDgCEYAgA0GAIANZgCAAiYQgAJ2EIAHRhCAB6YQgAVHIOAMxhCAAYYggAHmIIAGpiCABvYggAzgcMAHdiCAC8YggAwWIIAA5jCAAWYwgAYGMIAJJjCAC+aggAl2MIALJjCADpYwgABGQIADtkCABWZAgAhmQIAKhkCACwZAgA+mQIAAllCABMZQgAUWUIAJ5lCACrZQgA8GUIAP1lCABCZggATmYIAJRmCACjZggA5mYIAPBmCAA4ZwgARmcIAIpnCACPZwgA3GcIAOlnCAAuaAgANmgIAIBoCACGaAgA0mgIAN5oCAAkaQgANGkIAHZpCAB/aQgAyGkIAMtpCAAaaggAJmoIAGxqCABzaggApnIOAPVqCAAQawgAQGsIAGJrCABqawgAtGsIAMNrCAAGbAgAC2wIAFhsCABlbAgAqmwIALdsCAD8bAgACG0IAE5tCABdbQgAoG0IAKptCADybQgAAG4IAERuCABJbggAlm4IAKNuCADobggA8G4IADpvCABAbwgAjG8IAJhvCADebwgA7m8IADBwCAA5cAgAgnAIAIVwCADUcAgA4HAIACZxCAAtcQgA+HIOAHpxCADcFgwAhnEIAMpxCADXcQgAHHIIAChyCABucggAdHIIAMByCADGcggAEnMIABdzCABkcwgAanMIAEpzDgDccwgACHQIAC50CABadAgAjHQIAKx0CADjdAgA/nQIAC51CADucw4AXHUIAKJ1CABedQgA5oUJAKx1CAD0dQgADnYIAEZ2CABVdggAmHYIAJ12CADqdggA93YIADx3CABJdwgAjncIAJp3CADgdwgA73cIADJ4CAA8eAgAhHgIAJB4CADWeAgA6XgIACh5CAA3eQgAenkIAIZ5CADMeQgAzXkIAB56CAAoeggAcHoIAH56CADCeggAx3oIABR7CAAhewgAQHQOAGt7CAC4ewgAxXsIAAp8CAAXfAgAXHwIAGh8CACufAgAvXwIAAB9CAAKfQgAUn0IAGB9CACkfQgAqX0IAPZ9CAADfggASH4IAFB+CACafggAoH4IAOx+CAD4fggAPn8IAE5/CACQfwgAmX8IAOJ/CADlfwgANIAIAECACACGgAgAjYAIADZ1DgDdgAgAKoEIAC2BCAB8gQgAhIEIAM6BCADagQgAIIIIACaCCABygggAeIIIAMSCCADJgggAFoMIAByDCACIdQ4An4MIALqDCADxgwgADIQIADCECAAsdg4AZIQIAPacCQBxhAgAsIQIAL+ECAAChQgADoUIAFSFCABVhQgApoUIALCFCAD4hQgABoYIAEqGCABPhggAnIYIAKmGCAB+dg4AEYcIAECHCAB3hwgAkocIAMmHCADkhwgAG4gIADaICABaiAgA0HYOAJaICADaiAgA34gIACyJCAA5iQgAfokIAIaJCADQiQgA1okIACKKCAAuiggAdIoIAISKCADGiggAz4oIABiLCAAbiwgAaosIAKKLCAC8iwgAyIsIACJ3DgAUjAgAYIwIAHmMCACyjAgAwIwIAASNCAARjQgAVo0IAF2NCACojQgAsY0IAPqNCAAHjggATI4IAGOOCACejggAoY4IAPCOCADyjggAQo8IAEuPCACUjwgApI8IAOaPCAD/jwgAOJAIADqQCACKkAgAk5AIANyQCADkkAgALpEIADCRCACAkQgAmZEIANKRCADpkQgAJJIIADCSCAB2kggAh5IIAMiSCADUkggAGpMIACWTCABskwgAeZMIAL6TCADIkwgAdHcOACOUCABilAgAcJQIALSUCACclAgAtpwIAO2UCAAGlQgAE5UIAFiVCABglQgAqpUIALCVCAD8lQgACJYIAE6WCABZlggAoJYIAKmWCADylggA9ZYIAESXCABGlwgAlpcIAJ2XCADolwgA6pcIAMZ3DgA9mAgAjJgIAJqYCADemAgA45gIADCZCAA9mQgAgpkIAI6ZCADUmQgA3JkIABh4DgA0mggAeJoIAIiaCADKmggA2JoIABybCAAlmwgAbpsIAHibCADAmwgAwpsIABKcCAAcnAgAZJwIAGacCABqeA4Au5wIAAidCAAQnQgAWp0IAGCdCACsnQgAuJ0IAP6dCAANnggAUJ4IAFmeCACinggApZ4IAPSeCAD2nggARp8IAE2fCACYnwgAmp8IALx4DgDvnwgAPKAIAFigCACOoAgAqqAIAA55DgDtoAgAyrkJAO+gCAAyoQgAN6EIAIShCACRoQgA1qEIAOOhCAAooggALqIIAHqiCACGoggAzKIIANyiCAAeowgAJ6MIAHCjCABzowgAwqMIAM6jCAAUpAgAG6QIAGB5DgB1pAgAuKQIAL2kCAAKpQgAF6UIAFylCABppQgArqUIALSlCAAApggADKYIAFKmCABipggApKYIAK2mCAD2pggA+aYIAEinCABUpwgAmqcIAKGnCACyeQ4A7qcIAD6oCABMqAgAkKgIAKGoCAAEeg4A6agIAFZ6DgA8qQgAqHoOAIupCADYqQgA5akIACqqCAA3qggAfKoIAIiqCADOqggA3aoIACCrCAAqqwgAcqsIAICrCADEqwgAyasIABasCAAjrAgAaKwIAHCsCAC6rAgAwKwIAAytCAAYrQgAXq0IAG6tCACwrQgAua0IAAKuCAAFrggAVK4IAGCuCACmrggAra4IAPp6DgD9rggASq8IAFKvCACcrwgAn68IAO6vCAD3rwgAQLAIAE+wCACSsAgAnbAIAOSwCADssAgANrEIAEaxCACIsQgAlrEIANqxCADrsQgALLIIADiyCAB+sggAhrIIAEx7DgDWsggAIrMIACqzCAB0swgAe7MIAMazCADUswgAGLQIAB60CABqtAgAdrQIALy0CADLtAgADrUIABi1CABgtQgAZbUIALK1CAC4tQgABLYIABi2CACeew4AWLYIAKi2CACytggA+rYIAAi3CABMtwgAUbcIAJ63CACrtwgA8LcIAPK3CABCuAgAU7gIAJS4CACguAgA5rgIAOy4CAA4uQgAPrkIAIq5CACPuQgA3LkIAOK5CADwew4AM7oIAIC6CACRuggA0roIANq6CAAkuwgA3roIAELhCADguggAOpkMAC67CAB2uwgAhLsIAMi7CADeuwgAGrwIACa8CABsvAgAc7wIAL68CADGvAgAEL0IABW9CABivQgAa70IALS9CAC+vQgABr4IAA6+CABYvggAXL4IAKq+CAC1vggA/L4IAAq/CABOvwgAX78IAKC/CACsvwgA8r8IAPq/CABCfA4ARsAIAJbACACkwAgA6MAIAPLACAA6wQgASMEIAIzBCACZwQgA3sEIAPXBCAAwwggAOMIIAILCCACSwggA1MIIANnCCAAmwwgALMMIAHjDCACAwwgAysMIAMzDCAAcxAgAKcQIAG7ECAB2xAgAwMQIAMXECAASxQgAE8UIAGTFCABwxQgAtsUIAMPFCAAIxggAEMYIAFrGCABpxggArMYIALHGCAD+xggAC8cIAFDHCABdxwgAoscIAK7HCAD0xwgAA8gIAEbICABQyAgAmMgIAKbICADqyAgA78gIADzJCABJyQgAlHwOAJHJCADgyQgA6MkIADLKCAA/yggAhMoIAInKCADWyggA4MoIACjLCAAwywgAessIAHzLCADMywgA58sIAB7MCAAgzAgAcMwIAH7MCADCzAgA08wIABTNCAAWzQgAZs0IAH/NCAC4zQgAyc0IAArOCAAWzggAXM4IAHHOCACuzggAts4IAADPCAAGzwgAUs8IAF7PCACkzwgAwc8IAPbPCAD/zwgASNAIAFTQCACa0AgAndAIAOzQCAD20AgAPtEIAEbRCACQ0QgAmtEIAOLRCADw0QgANNIIAErSCACG0ggAktIIANjSCADf0ggAKtMIADLTCAB80wgAgdMIAM7TCADX0wgAINQIACrUCABy1AgAetQIAMTUCADG1AgAFtUIACbVCABo1QgActUIALrVCADG1QgADNYIABLWCABe1ggAZtYIAOZ8DgC81ggAAtcIABXXCABU1wgAcNcIAKbXCACu1wgAOH0OAAbYCABK2AgAYNgIAJzYCACo2AgA7tgIAPPYCABA2QgASdkIAJLZCACc2QgA5NkIAOzZCAA22ggAONoIAIjaCACX2ggA2toIAPfaCAAs2wgANdsIAH7bCACM2wgA0NsIANbbCAAi3AgAMNwIAHTcCACB3AgAxtwIAN3cCAAY3QgAIN0IAGrdCABs3QgAvN0IAMTdCAAO3ggAHd4IAGDeCABl3ggAst4IAL/eCAAE3wgAEd8IAFbfCABi3wgAqN8IALffCAD63wgABOAIAEzgCABa4AgAnuAIAKPgCADw4AgA/eAIAIp9DgBI4QgAlOEIAJrhCADm4QgA6+EIADjiCAA+4ggA3H0OAJjiCADc4ggA8uIIAC7jCAA64wgAgOMIAIXjCADS4wgA2+MIACTkCAAu5AgAduQIAJnkCADI5AgAzOQIABrlCADX5AgAYuYIABzlCABs5QgAeuUIAL7lCADI5QgAEOYIADTmCADSfg4AaOYIALTmCADA5ggABucIAAjnCABY5wgAYucIAKrnCAC25wgA/OcIACDoCAAkfw4AUugIAKDoCABd6AgA6OkIAKLoCADy6AgAAOkIAETpCABO6QgAlukIALrpCAB2fw4A7ukIADrqCABG6ggAjOoIAI7qCADe6ggA6OoIADDrCAA86wgAgusIAKbrCADIfw4A8esIACbsCAAv7AgAeOwIAIbsCADK7AgA0OwIABztCAAo7QgAbu0IAHbtCAAagA4Ax+0IABLuCAAr7ggAZO4IAHPuCAC27ggAvu4IAAjvCAAX7wgAWu8IAF/vCACs7wgAue8IAP7vCAAL8AgAUPAIAFzwCACi8AgAsfAIAPTwCAD+8AgARvEIAFTxCACY8QgAnfEIAOrxCAD38QgAbIAOAD3yCAAQYQkAVfIIAI7yCACY8ggA4PIIAOLyCAAy8wgAQPMIAITzCACR8wgA1vMIAN7zCAAo9AgAUfQIAHr0CACB9AgAzPQIAOX0CAAe9QgALfUIAHD1CAB49QgAwvUIANH1CAAU9ggAGfYIAGb2CABz9ggAuPYIAMX2CAAK9wgAFvcIAFz3CABr9wgArvcIALj3CAAA+AgADvgIAFL4CABX+AgApPgIALH4CAC+gA4A+/gIAHjYCgAC+QgASPkIAB75CADOEg8AW/kIAJr5CACp+QgA7PkIAPj5CAA++ggASvoIAJD6CACX+ggA4voIAO76CAA0+wgAO/sIAIb7CACO+wgA2PsIANz7CAAq/AgANfwIAHz8CACI/AgAzvwIANv8CAAg/QgAKP0IAHL9CAB8/QgAxP0IAMr9CAAW/ggAKv4IAGj+CAB2/ggAuv4IAMf+CAAM/wgAI/8IAF7/CABm/wgAsP8IALr/CAACAAkABwAJAFQACQBcAAkApgAJALUACQD4AAkA/QAJAEoBCQBXAQkAnAEJAKkBCQDuAQkA+gEJAEACCQBPAgkAkgIJAJwCCQAQgQ4A7AIJADYDCQBFAwkAiAMJAI0DCQDaAwkA4wMJACwECQA9BAkAfgQJAIUECQDQBAkA2AQJACIFCQAvBQkAdAUJAHkFCQDGBQkA0AUJABgGCQAgBgkAagYJAIMGCQC8BgkAyAYJAA4HCQAWBwkAYoEOAG8HCQCyBwkAzwcJAAQICQANCAkAVggJAGQICQCoCAkArggJAPoICQAGCQkATAkJAFMJCQCeCQkApgkJAPAJCQAACgkAQgoJAEgKCQCUCgkAmQoJAOYKCQD8CgkAOAsJAEALCQCKCwkAlAsJANwLCQDnCwkALgwJADoMCQCADAkAiAwJALSBDgDfDAkAJA0JACsNCQB2DQkAgg0JAMgNCQDODQkAGg4JACsOCQBsDgkAgA4JAL4OCQDMDgkAEA8JAB0PCQBiDwkAeQ8JALQPCQC8DwkABhAJAA0QCQBYEAkAWhAJAKoQCQC0EAkA/BAJAP4QCQBOEQkAZxEJAKARCQCiEQkA8hEJAPURCQBEEgkAUBIJAJYSCQDCEgkABoIOAPcSCQA6EwkAVxMJAIwTCQCVEwkA3hMJAOwTCQAwFAkANhQJAIIUCQCOFAkA1BQJANwUCQBYgg4ALhUJAHgVCQB+FQkAyhUJANYVCQAcFgkAHxYJAG4WCQBzFgkAwBYJAMkWCQASFwkAGBcJAGQXCQBzFwkAthcJAMIXCQAIGAkAEBgJAKqCDgBgGAkArBgJALEYCQD+GAkAFBkJAFAZCQBYGQkAohkJALAZCQD0GQkA/hkJAEYaCQBJGgkAmBoJAKAaCQDqGgkA6xoJADwbCQBCGwkAjhsJAJwbCQDgGwkA9hsJADIcCQA0HAkAhBwJAIocCQDWHAkA6hwJACgdCQAwHQkAeh0JAIodCQDMHQkAzh0JAB4eCQAtHgkAcB4JAHoeCQDCHgkAxx4JABQfCQAaHwkAZh8JAHofCQC4HwkAwB8JAAogCQAPIAkAXCAJAGIgCQCuIAkAtiAJAAAhCQADIQkAUiEJAFchCQCkIQkArSEJAPYhCQD8IQkASCIJAFciCQCaIgkApiIJAPyCDgD2IgkAPiMJAEAjCQCQIwkAlyMJAOIjCQDpIwkANCQJADokCQCGJAkAlCQJANgkCQDlJAkAKiUJADolCQB8JQkAgSUJAM4lCQDWJQkAICYJAOolCQDAkQkALCYJAHImCQB0JgkAVCkJAH8mCQDEJgkAySYJABYnCQAgJwkAaCcJAHgnCQC6JwkAvycJAAwoCQAVKAkAXigJAGsoCQCwKAkAtygJAAIpCQAKKQkAToMOAGIpCQCmKQkAvikJAPgpCQD6KQkASioJAGEqCQCcKgkAnioJAO4qCQD8KgkAQCsJAE0rCQCSKwkAmisJAKCDDgDqKwkANiwJADgsCQCILAkAlSwJANosCQDdLAkALC0JAD0tCQB+LQkAgC0JANAtCQDaLQkAIi4JAC4uCQB0LgkAfC4JAPKDDgDLLgkAGC8JABsvCQBqLwkAdC8JALwvCQDELwkADjAJABswCQBgMAkAYjAJALIwCQDIMAkABDEJABAxCQBWMQkAXjEJAESEDgCrMQkA+jEJAAMyCQBMMgkAWjIJAExbCQBbMgkAnjIJAKkyCQDwMgkA+DIJAEIzCQBNMwkAlDMJAJkzCQDmMwkA6TMJADg0CQBCNAkA6IQOAJA0CQDcNAkA9zQJAC41CQA6NQkAgDUJAIY1CQDSNQkA2jUJACQ2CQA6NgkAdjYJAIQ2CQDINgkAyzYJABo3CQAzNwkAbDcJAHg3CQC+NwkAyTcJABA4CQASOAkAYjgJAH04CQC0OAkAwjgJAAY5CQATOQkAWDkJAG85CQA6hQ4AwDkJAPw5CQD9OQkATjoJAFM6CQCgOgkApjoJAPI6CQD0OgkARDsJAEo7CQCWOwkAqjsJAOg7CQDwOwkAOjwJAEo8CQCMPAkAjjwJAN48CQDsPAkAMD0JAEE9CQCMhQ4AiD0JANQ9CQDgPQkA3oUOACg+CQB4PgkAiT4JAMo+CQDSPgkAHD8JACU/CQBuPwkAdT8JAMA/CQDBPwkAMIYOAB5ACQBkQAkAZkAJALZACQC9QAkACEEJABBBCQBaQQkAY0EJAKxBCQCzQQkA/kEJAP9BCQCChg4AVUIJAKJCCQCqQgkA9EIJAP5CCQBGQwkAVEMJAJhDCQCuQwkA6kMJAPZDCQA8RAkAQUQJAI5ECQCXRAkA4EQJAOpECQDUhg4AM0UJAIRFCQCMRQkAdn4KAJxFCQDWRQkA40UJAChGCQA0RgkAekYJAIRGCQDMRgkA0EYJAB5HCQAjRwkAcEcJAHZHCQDCRwkA4kcJABRICQAsSAkAZkgJAH1ICQC4SAkAxEgJAApJCQAUSQkAXEkJAF5JCQCuSQkAtUkJAABKCQAHSgkAUkoJAFhKCQCkSgkAsEoJAPZKCQD5SgkASEsJAEtLCQCaSwkApksJAOxLCQDvSwkAPkwJAFpMCQCQTAkAmEwJACaHDgDuTAkANE0JAD5NCQCGTQkAiE0JANhNCQDfTQkAKk4JADFOCQB8TgkAgk4JAM5OCQDcTgkAIE8JAC1PCQByTwkAgk8JAMRPCQDJTwkAFlAJAB5QCQBoUAkAeFAJALpQCQC/UAkADFEJABJRCQBeUQkAZlEJAHiHDgC2UQkAAlIJAApSCQBUUgkAV1IJAKZSCQCyUgkA+FIJAP5SCQBKUwkAZVMJAJxTCQCqUwkA7lMJAP1TCQBAVAkATFQJAJJUCQCaVAkAHIgOAOlUCQA2VQkAQFUJAIhVCQCQVQkA2lUJAPpVCQAsVgkAOVYJAH5WCQCDVgkA0FYJANRWCQAiVwkAL1cJAG6IDgB5VwkAxlcJAMlXCQAYWAkAIlgJAGpYCQB2WAkAvFgJAM9YCQAOWQkAHVkJAGBZCQBsWQkAslkJALNZCQAEWgkADloJAFZaCQBkWgkAqFoJAK1aCQD6WgkAB1sJAMCIDgBWWwkAnlsJAKBbCQDwWwkACVwJAEJcCQBTXAkAlFwJAKBcCQDmXAkA7lwJALaJDgA/XQkAil0JAJFdCQDcXQkA4l0JAC5eCQA6XgkAgF4JAINeCQDSXgkA1V4JACRfCQAsXwkAdl8JAIZfCQDIXwkAzV8JABpgCQAjYAkAbGAJAHlgCQC+YAkAxWAJAAiKDgAcYQkAYmEJAG9hCQC0YQkAvGEJAAZiCQAQYgkAWGIJAGdiCQCqYgkAq2IJAPxiCQAEYwkATmMJAF1jCQCgYwkApWMJAPJjCQD/YwkARGQJAFFkCQCWZAkAomQJAOhkCQD3ZAkAOmUJAERlCQCMZQkAmmUJAN5lCQDjZQkAMGYJAD1mCQCCZgkAimYJANRmCQDeZgkAJmcJACtnCQB4ZwkAgGcJAFqKDgDYZwkAHGgJAChoCQBuaAkAdGgJAMBoCQDGaAkAEmkJABdpCQBkaQkAamkJAKyKDgDCaQkACGoJAA5qCQBaagkAYGoJAKxqCQC5agkA/moJAANrCQBQawkAWGsJAKJrCQDAawkAoosOAPZrCQAQdgsA92sJAOrdCgD6awkAknMKAApsCQBGbAkAR2wJAJhsCQCdbAkA6mwJAPBsCQA8bQkAPm0JAI5tCQCUbQkA4G0JAPRtCQAybgkAOm4JAIRuCQCUbgkA1m4JANhuCQAobwkANm8JAHpvCQCLbwkA9IsOANJvCQAecAkAKnAJAEaMDgB9cAkAwnAJAMpwCQAUcQkAIXEJAGZxCQBocQkAuHEJAM5xCQAKcgkAFnIJAFxyCQBkcgkA6owOALpyCQAAcwkAA3MJAFJzCQBXcwkApHMJALVzCQD2cwkA/3MJAEh0CQBSdAkAmnQJAKh0CQDsdAkA8XQJAD51CQBLdQkAPI0OAJx1CQDidQkA73UJADR2CQA2dgkAhnYJAJx2CQDYdgkA5HYJACp3CQAydwkAjo0OAIF3CQDOdwkA1HcJACB4CQAoeAkAcngJAHV4CQDEeAkA0HgJABZ5CQAceQkAaHkJAIN5CQC6eQkAx3kJAAx6CQAOegkAXnoJAHR6CQCwegkAvHoJAAJ7CQAKewkA4I0OAFp7CQCmewkAq3sJAPh7CQATfAkASnwJAFh8CQCcfAkAo3wJAO58CQD6fAkAQH0JAEd9CQAyjg4AnX0JAOR9CQDsfQkANn4JAEF+CQCIfgkAjX4JANp+CQDdfgkALH8JADZ/CQB+fwkAhn8JANB/CQDefwkAIoAJACWACQB0gAkAfIAJAMaACQDmgAkAGIEJACWBCQBqgQkAb4EJALyBCQDAgQkADoIJABuCCQCEjg4AgIIJALKCCQC7ggkABIMJAAWDCQBWgwkAXoMJAKiDCQC4gwkA+oMJAPyDCQBMhAkAWoQJAJ6ECQCvhAkA1o4OAPaECQBChQkAToUJACiPDgCbhQkAeo8OAOuFCQA4hgkAUoYJAIqGCQCZhgkA3IYJAOeGCQAuhwkAMIcJAICHCQCNhwkA0ocJAN+HCQAkiAkAMIgJAHaICQCHiAkAyIgJAMuICQAaiQkANIkJAGyJCQB1iQkAvokJAMuJCQAQigkAFooJAGKKCQBuigkAtIoJALeKCQAGiwkAC4sJAFiLCQBpiwkAqosJAMWLCQD8iwkACIwJAE6MCQBVjAkAoIwJAKKMCQDyjAkA+YwJAESNCQBLjQkAlo0JAJyNCQDojQkA9I0JADqOCQA9jgkAjI4JAI+OCQDejgkA6o4JADCPCQBDjwkAgo8JAJGPCQDUjwkA4I8JACaQCQAnkAkAeJAJAIKQCQDKkAkA2JAJAByRCQAhkQkAbpEJAHuRCQDMjw4AyJEJAB6QDgAUkgkAZJIJAHqSCQC2kgkAwpIJAAiTCQAQkwkAcJAOAGCTCQCskwkAtJMJAP6TCQABlAkAUJQJAFyUCQCilAkAqJQJAPSUCQAPlQkARpUJAFSVCQCYlQkAp5UJAOqVCQD2lQkAPJYJAESWCQDCkA4Ak5YJAOCWCQDqlgkAMpcJADqXCQCElwkApJcJANaXCQDjlwkAKJgJAC2YCQB6mAkAfpgJAMyYCQDZmAkAFJEOAEGZCQBwmQkAc5kJAMKZCQDHmQkAFJoJACOaCQBmmgkAhpoJALiaCQDEmgkACpsJABSbCQBcmwkAaJsJAK6bCQC0mwkAAJwJAAacCQBSnAkAV5wJAKScCQCqnAkAZpEOAPycCQBInQkATZ0JAJqdCQCgnQkACpIOAO+dCQA+ngkASJ4JAJCeCQCSngkA4p4JAPueCQA0nwkARZ8JAIafCQCUnwkA2J8JANufCQAqoAkANaAJAHygCQCEoAkAzqAJANCgCQAgoQkAKKEJAHKhCQB/oQkAxKEJANChCQAWogkAGqIJAGiiCQBwogkAuqIJAMmiCQAMowkAEaMJAF6jCQBrowkAsKMJAL2jCQACpAkADqQJAFSkCQBjpAkApqQJALCkCQD4pAkABqUJAEqlCQBPpQkAnKUJAKmlCQBckg4A9qUJAK6SDgBEpgkAaqoJAEymCQCSpgkAmKYJAOSmCQDqpgkANqcJAEOnCQCIpwkAjacJANqnCQDipwkALKgJAF6oCQAiqQkAY6gJAH6oCQCkqAkAdKkJALWoCQDQqAkAB6kJAACTDgBZqQkAUpMOAJqpCQDGqQkA+KkJABiqCQBPqgkApJMOAHiqCQC8qgkAyaoJAA6rCQAaqwkAYKsJAGarCQCyqwkAuKsJAASsCQAJrAkAVqwJAFysCQD2kw4AzqwJAJ6tCQDfrAkA+qwJADGtCQCalA4Ag60JAOyUDgDErQkA8K0JACKuCQBCrgkAea4JAD6VDgCergkA5q4JAOuuCQA4rwkAQK8JAJCVDgCPrwkA3K8JAOWvCQAusAkAO7AJAICwCQCHsAkA4pUOANqwCQA0lg4AN7EJAHaxCQCCsQkAyLEJANexCQAasgkAI7IJAGyyCQB2sgkAvrIJAMCyCQAQswkAKbMJAGKzCQBzswkAtLMJAMCzCQAGtAkADrQJAIaWDgBmtAkAqrQJALu0CQD8tAkACLUJAE61CQBWtQkA2JYOAKW1CQDytQkA/LUJAES2CQBMtgkAlrYJAKa2CQDotgkA7bYJADq3CQBDtwkAjLcJAJm3CQDetwkA5bcJACqXDgA9uAkAgrgJAEO4CQCwXAwAh7gJANS4CQDguAkAJrkJADO5CQB4uQkAgrkJAHyXDgDPuQkAHLoJACi6CQBuugkAe7oJAMC6CQDKugkAErsJAC67CQBkuwkAbLsJAM6XDgC7uwkACLwJABC8CQBavAkAXbwJAKy8CQC1vAkA/rwJAA29CQBQvQkAW70JAKK9CQCqvQkA9L0JAAS+CQBGvgkAVL4JAJi+CQCpvgkA6r4JAPa+CQA8vwkARL8JACCYDgCUvwkA4L8JAOi/CQAywAkAOcAJAITACQCSwAkA1sAJANzACQAowQkANMEJAHrBCQCJwQkAzMEJANbBCQAewgkAI8IJAHDCCQB2wgkAwsIJANbCCQAUwwkAHMMJAGbDCQCEwwkAuMMJAMDDCQBymA4AEsQJAMSYDgBkxAkArsQJAMfECQAAxQkACcUJAFLFCQBixQkApMUJALTFCQD2xQkAAsYJAEjGCQBOxgkAmsYJAKjGCQDsxgkA+cYJAD7HCQBVxwkAkMcJAJjHCQDixwkA7McJADTICQBCyAkAhsgJAJzICQDYyAkA5MgJACrJCQAxyQkAfMkJAITJCQDOyQkA08kJACDKCQApygkAcsoJAHzKCQDEygkAzMoJABbLCQAYywkAaMsJAHjLCQC6ywkAxMsJAAzMCQAYzAkAXswJAGTMCQCwzAkAuMwJAGiZDgALzQkAVM0JAGXNCQCmzQkAss0JAPjNCQAFzgkASs4JAE/OCQCczgkAps4JAO7OCQD+zgkAQM8JAEXPCQCSzwkAm88JAOTPCQDxzwkANtAJAD3QCQCI0AkAlNAJANrQCQDg0AkALNEJADLRCQB+0QkAg9EJANDRCQDW0QkAupkOACfSCQB00gkAfNIJAMbSCQDc0gkAGNMJAB3TCQBq0wkAcdMJALzTCQDF0wkADtQJAB/UCQBg1AkAbNQJALLUCQC61AkAsJoOAAbVCQBW1QkAbNUJAKjVCQC01QkA+tUJAAHWCQBM1gkAVNYJAAKbDgCj1gkA8NYJAPjWCQBC1wkAWNcJAJTXCQCZ1wkA5tcJAO3XCQA42AkAQdgJAIrYCQCb2AkA3NgJAOjYCQAu2QkANtkJAFSbDgCC2QkA0tkJAOjZCQAk2gkAMNoJAHbaCQB92gkAyNoJANDaCQCmmw4AH9sJAGzbCQBz2wkAvtsJAMfbCQAQ3AkAIdwJAGLcCQBu3AkAtNwJALzcCQD4mw4ACN0JAFjdCQBn3QkAqt0JAMrdCQD83QkA/t0JAE7eCQBl3gkAoN4JAKzeCQDy3gkA+t4JAJycDgBJ3wkAlt8JAJjfCQDo3wkA798JADrgCQBC4AkAjOAJAJXgCQDe4AkA5OAJADDhCQBB4QkAguEJAIrhCQBAnQ4A4OEJACbiCQAp4gkAeOIJAH3iCQDK4gkA2+IJABzjCQA34wkAbuMJAHrjCQDA4wkAyOMJAJKdDgAo5AkAZOQJAGXkCQC25AkAu+QJAAjlCQAO5QkAWuUJAGTlCQCs5QkAtOUJAP7lCQAQ5gkA5J0OAF3mCQCi5gkArOYJAPTmCQD65gkARucJAFrnCQCY5wkAoOcJAOrnCQD65wkAPOgJAEHoCQCO6AkAlOgJAODoCQDo6AkAMukJADPpCQCE6QkAhukJANbpCQDl6QkAKOoJAEjqCQB66gkAfOoJAMzqCQDj6gkAHusJACrrCQBw6wkAeOsJADaeDgDK6wkAFOwJAC3sCQBm7AkAb+wJALjsCQDC7AkACu0JABLtCQBc7QkAbO0JAK7tCQCz7QkAAO4JAAnuCQBS7gkAX+4JAKTuCQCr7gkA9u4JAP7uCQDang4AUu8JAJrvCQCi7wkA7O8JAPrvCQA+8AkAS/AJAJDwCQCY8AkA4vAJAOTwCQA08QkAPPEJAIbxCQCH8QkA2PEJANrxCQAq8gkAOfIJAHzyCQCc8gkAzvIJANDyCQAg8wkAN/MJAHLzCQB+8wkAxPMJAN7zCQAW9AkAP/QJAGj0CQBr9AkAuvQJAL/0CQAM9QkAGfUJACyfDgBg9QkAsPUJALr1CQAC9gkAEfYJAFT2CQBf9gkApvYJALT2CQD49gkABfcJAEr3CQBh9wkAnPcJAKT3CQDu9wkA7/cJAED4CQBC+AkAkvgJAKH4CQDk+AkABPkJADb5CQA4+QkAiPkJAJ/5CQDa+QkA5vkJACz6CQA0+gkAfp8OAIP6CQDQ+gkA1voJACL7CQAq+wkAdPsJAJP7CQDG+wkA0/sJABj8CQAZ/AkAavwJAID8CQC8/AkA2PwJANCfDgAT/QkAYP0JAGr9CQCy/QkAuv0JAAT+CQAF/gkAVv4JAAb+CQD8BgoAXP4JAKj+CQC0/gkA+v4JAAr/CQBM/wkAWv8JAJ7/CQCx/wkA8P8JAPz/CQBCAAoASQAKAJQACgCcAAoA5gAKAOoACgA4AQoARgEKAIoBCgCUAQoA3AEKAOcBCgAuAgoANgIKAIACCgC2AgoA0gIKANoCCgAkAwoAKQMKAHYDCgB8AwoAyAMKANADCgAaBAoANAQKAGwECgCiBAoAvgQKAMYECgAQBQoAFQUKAGIFCgBoBQoAtAUKALwFCgAGBgoAIAYKAFgGCgByBgoAqgYKAOAGCgAioA4ABAcKAE4HCgBVBwoAoAcKAKwHCgDyBwoA8wcKAEQICgBQCAoAlggKAKMICgDoCAoA7wgKADoJCgBGCQoAjAkKAJkJCgDeCQoA7QkKADAKCgBECgoAdKAOAI8KCgDUCgoA3goKACYLCgA0CwoAeAsKAI4LCgDKCwoA1gsKABwMCgAoDAoAbgwKAHQMCgDADAoAxgwKABINCgAXDQoAZA0KAGoNCgDGoA4Auw0KAAgOCgAKDgoAWg4KAGEOCgCsDgoAtA4KAP4OCgABDwoAUA8KAFkPCgCiDwoAsQ8KAPQPCgD/DwoARhAKAE4QCgCYEAoAqBAKAOoQCgD4EAoAPBEKAE0RCgCOEQoAmhEKAOARCgDoEQoAvKEOAFASCgCEEgoAjBIKAA6iDgDiEgoAKBMKAD4TCgB6EwoAghMKAMwTCgDrEwoAYKIOACEUCgCcSQoAKxQKAHAUCgBzFAoAwkgNAHgUCgDCFAoAehQKAOS7CwDEFAoAFBUKAMwUCgDuIAoA0xQKADQaCgAhFQoAZhUKAHoVCgC4FQoAwBUKAAoWCgAPFgoAXBYKAGwWCgCuFgoAthYKAAAXCgAKFwoAUhcKAF0XCgCkFwoAsBcKAPYXCgD+FwoAsqIOAE0YCgCaGAoAoxgKAOwYCgDyGAoAPhkKAE0ZCgCQGQoAnBkKAOIZCgDlGQoABKMOADkaCgCGGgoAlRoKANgaCgDaGgoAKhsKADsbCgB8GwoAjRsKAM4bCgDiGwoAIBwKACgcCgByHAoAgBwKAMQcCgDRHAoAFh0KABkdCgBoHQoAch0KALodCgC8HQoADB4KAB0eCgBeHgoAbx4KALAeCgC8HgoAAh8KAAkfCgBUHwoAXB8KAKYfCgC9HwoA+B8KAAQgCgBKIAoAYCAKAJwgCgCfIAoAVqMOAPkgCgBAIQoATCEKAJIhCgCaIQoAqKMOAPAhCgA2IgoATCIKAIgiCgCLIgoA2iIKAOIiCgAsIwoALiMKAH4jCgCZIwoA0CMKANIjCgAiJAoAMCQKAHQkCgCFJAoAxiQKAMgkCgAYJQoAMSUKAGolCgB7JQoAvCUKAMglCgD6ow4AFCYKAGAmCgBuJgoAsiYKAM0mCgAEJwoAECcKAFYnCgBcJwoAqCcKALAnCgD6JwoACigKAEwoCgBRKAoAnigKAKcoCgDwKAoA/SgKAEIpCgBJKQoAlCkKAJwpCgBMpA4A6ykKADgqCgA+KgoAiioKAJIqCgDcKgoABSsKAC4rCgA1KwoAgCsKAJkrCgDSKwoA4SsKACQsCgBALAoAnqQOAHssCgDILAoA0iwKABotCgAqLQoAbC0KAHEtCgC+LQoAxy0KABAuCgAdLgoAYi4KAGkuCgC0LgoAwC4KAAYvCgAZLwoAWC8KAGcvCgCqLwoAti8KAPwvCgD9LwoATjAKAFgwCgCgMAoArjAKAPIwCgD3MAoARDEKAFExCgDwpA4ApzEKAOgxCgDqMQoAOjIKAD0yCgCMMgoAjzIKAN4yCgDlMgoAMDMKADwzCgCCMwoAkjMKANQzCgDkMwoAJjQKACs0CgB4NAoAgTQKAMo0CgDXNAoAHDUKACM1CgBuNQoAejUKAMA1CgDGNQoAEjYKABg2CgBkNgoAaTYKALY2CgC8NgoA5qUOABI3CgBaNwoAaDcKAKw3CgC8NwoA/jcKAAA4CgBQOAoAXzgKAKI4CgCsOAoA9DgKAPw4CgDcpg4ATDkKAJg5CgCkOQoALqcOAO85CgA8OgoARDoKAI46CgCeOgoA4DoKAO46CgAyOwoAPzsKAIQ7CgCLOwoA1jsKAN47CgDSpw4AOTwKAHo8CgCBPAoAzDwKANQ8CgAePQoAKz0KAHA9CgB1PQoAwj0KAMw9CgAUPgoAHD4KAGY+CgB/PgoAuD4KAMQ+CgAKPwoAEj8KACSoDgBoPwoArj8KALE/CgAAQAoABUAKAFJACgBjQAoApEAKAL9ACgD2QAoAAkEKAEhBCgBPQQoAmkEKALZBCgDsQQoA9EEKAHaoDgBDQgoAkEIKAJpCCgDiQgoA6kIKADRDCgBEQwoAhkMKAItDCgDYQwoA4UMKACpECgA3RAoAfEQKAINECgDIqA4A10QKACBFCgAtRQoAckUKAIFFCgDERQoAzkUKABZGCgAkRgoAaEYKAG1GCgC6RgoAx0YKAAxHCgAURwoAGqkOAGpHCgCwRwoAvUcKAAJICgAFSAoAVEgKAGJICgCmSAoAq0gKAPhICgAFSQoASkkKAFJJCgBsqQ4ApEkKAO5JCgD0SQoAQEoKAPVJCgCoogoATEoKAJJKCgCvSgoA5EoKAO1KCgA2SwoAREsKAIhLCgCOSwoA2ksKAOZLCgAsTAoAM0wKAL6pDgCETAoA0EwKAN5MCgAiTQoAPU0KAHRNCgCATQoAxk0KAMxNCgAQqg4AO04KAGpOCgB5TgoAvE4KAMFOCgAOTwoAG08KAGBPCgBtTwoAsk8KAL5PCgAEUAoAE1AKAFZQCgBgUAoAqFAKALZQCgD6UAoA/1AKAExRCgBZUQoAnlEKALpRCgDwUQoA+FEKAGKqDgBOUgoAlFIKALFSCgDmUgoA71IKADhTCgBGUwoAilMKAJBTCgDcUwoA6FMKAC5UCgA1VAoAgFQKAIhUCgDSVAoA6FQKACRVCgApVQoAdlUKAH1VCgDIVQoA0VUKABpWCgArVgoAbFYKAHhWCgC+VgoAxlYKAAarDgAWVwoAYlcKAGdXCgC0VwoAz1cKAAZYCgAUWAoAWFgKAF9YCgCqWAoAtlgKAPxYCgD/WAoATlkKAFZZCgCgWQoAoVkKAPJZCgD0WQoARFoKAFNaCgCWWgoAtloKAOhaCgDqWgoAOlsKAFFbCgCMWwoAmFsKAN5bCgDmWwoAWKsOADFcCgCCXAoAjlwKANRcCgDjXAoAJl0KAC5dCgCqqw4Ael0KAMpdCgDYXQoAHF4KAC1eCgD8qw4AdV4KAE6sDgDIXgoA8qwOABxfCgBkXwoAcF8KALZfCgDMXwoACGAKABRgCgBaYAoAbWAKAKxgCgC6YAoA/mAKAAhhCgBErQ4AWGEKAJatDgC4YQoA9GEKAABiCgBGYgoAU2IKAJhiCgCiYgoA6mIKAOxiCgA8YwoARmMKAI5jCgCcYwoA4GMKAOVjCgAyZAoAP2QKAIRkCgCMZAoA1mQKAOZkCgAoZQoAKmUKAHplCgCDZQoAzGUKAN1lCgAeZgoAKGYKAOitDgB8ZgoAwmYKANlmCgAUZwoAL2cKADquDgB/ZwoAuGcKAL5nCgAKaAoAFGgKAIyuDgBeaAoArmgKAL9oCgAAaQoACGkKAFJpCgAcaQoAFJAKAF5pCgCkaQoAqmkKAPZpCgD8aQoASGoKAE1qCgCaagoAoGoKAN6uDgAIawoAPmsKAEZrCgDUrw4AnmsKAOJrCgDzawoANGwKAEVsCgCGbAoAkmwKANhsCgDfbAoAJrAOADttCgB8bQoAjW0KAM5tCgDabQoAIG4KACduCgB4sA4AdG4KAMRuCgDFbgoAFm8KAB5vCgBobwoAbW8KALpvCgDDbwoADHAKABZwCgBecAoAZnAKALBwCgC1cAoAAnEKABJxCgBUcQoAXHEKAKZxCgC8cQoA+HEKAARyCgBKcgoAYHIKAJxyCgChcgoA7nIKAPRyCgBAcwoAVHMKAMqwDgCocwoA5HMKAPJzCgA2dAoAQ3QKAIh0CgCKdAoA2nQKAOR0CgAsdQoAOHUKAH51CgCFdQoA0HUKANh1CgAidgoAO3YKAHR2CgCIdgoAxnYKAM52CgAYdwoAGncKAGp3CgB3dwoAvHcKAMF3CgAOeAoAGHgKAGB4CgBreAoAsngKAL54CgAEeQoACnkKAFZ5CgBeeQoAqHkKAKl5CgD6eQoAAHoKAEx6CgBRegoAnnoKAK16CgDwegoA/HoKAEJ7CgBFewoAlHsKAJd7CgAcsQ4A63sKADh8CgBUfAoAbrEOAKp8CgDcfAoA5HwKAMCxDgA0fQoAgH0KAIx9CgASsg4A2H0KACR+CgAwfgoAULQOAHd+CgD8gQoAhn4KAMh+CgDKfgoAGn8KACR/CgBsfwoAbn8KAL5/CgDPfwoAEIAKABiACgBigAoAboAKALSACgC6gAoABoEKAAyBCgBYgQoAXYEKAKqBCgCwgQoAorQOAP6BCgBOggoAVIIKAKCCCgCjggoA8oIKAP6CCgBEgwoATIMKAJi1DgCcgwoA6IMKAO6DCgA6hAoAP4QKAIyECgCShAoA6rUOAOCECgAwhQoAOYUKAIKFCgCZhQoA1IUKAN+FCgAmhgoAMIYKAHiGCgCAhgoA4LYOANeGCgAchwoAJIcKAG6HCgB4hwoAwIcKAMuHCgASiAoAGIgKAGSICgBwiAoAtogKALiICgAIiQoAD4kKAFqJCgBiiQoArIkKAL6JCgAytw4AOYoKAFCKCgBYigoAoooKAMWKCgAouA4A9ooKAEaLCgBTiwoAmIsKAJ+LCgDqiwoA+4sKADyMCgBIjAoAjowKAJWMCgDgjAoA4YwKADqtCgDojAoAergOAEWNCgCEjQoAk40KANaNCgDijQoAKI4KACmOCgB6jgoAhI4KAMyOCgDajgoAHo8KACOPCgBwjwoAfY8KAMy4DgDKjwoAHrkOAByQCgBwuQ4AaJAKALiQCgBykAoAbs8LALuQCgCobwsAxZAKAAqRCgAYkQoAXJEKAGuRCgCukQoAzpEKAACSCgAMkgoAUpIKAFmSCgCkkgoArJIKAPaSCgD4kgoASJMKAFKTCgBmug4ApJMKAOyTCgD0kwoAuLoOAEiUCgCQlAoAmJQKAAq7DgAelQoANJUKADyVCgCGlQoApJUKAFy7DgDmlQoAKpYKADGWCgBUuQsAOpYKAHyWCgCMlgoAzpYKANqWCgAglwoAJpcKAHKXCgCOlwoAxJcKAMyXCgCuuw4AKpgKAGiYCgBymAoAupgKAMaYCgAMmQoAFJkKAAC8DgBpmQoAsJkKALKZCgACmgoACJoKAFSaCgBcmgoAUrwOAKiaCgD4mgoA+5oKAEqbCgBSmwoAnJsKAKybCgDumwoA8JsKAECcCgBOnAoAkpwKAKOcCgCkvA4A65wKAPa8DgA8nQoAiJ0KAI2dCgDanQoA4J0KAEi9DgA5ngoAfp4KAIieCgDQngoA0p4KACKfCgA1nwoAdJ8KAHyfCgDGnwoA0p8KABigCgAeoAoAaqAKAHCgCgC8oAoAwaAKAA6hCgAUoQoAPr4OAGmhCgCyoQoAv6EKAASiCgALogoAVqIKAF6iCgCQvg4AtKIKAPqiCgAEowoATKMKAFijCgCeowoAraMKAPCjCgD6owoAQqQKAE6kCgCUpAoAm6QKAOK+DgDppAoAKFEMAOykCgA4pQoA9aQKAPSpCwBEpQoAiqUKAJKlCgA0vw4A6KUKAC6mCgA4pgoAgKYKAIymCgDSpgoA4aYKACSnCgAupwoAdqcKAIKnCgDIpwoAz6cKAIa/DgAoqAoAbKgKADqoCgDmmgsAg6gKAL6oCgDLqAoAEKkKABKpCgBiqQoAc6kKALSpCgDQqQoABqoKAA6qCgDYvw4AcaoKAKqqCgC+qgoA/KoKAASrCgBOqwoAUasKAKCrCgCuqwoA8qsKAAmsCgBErAoAUawKAJasCgCYrAoA6KwKAPmsCgAqwA4AQK0KAIytCgCRrQoA3q0KAPStCgAwrgoAPq4KAIKuCgCFrgoA1K4KAOCuCgAmrwoALK8KAHivCgCErwoAyq8KAPOvCgAcsAoAKLAKAG6wCgB9sAoAwLAKAMqwCgASsQoAILEKAGSxCgBpsQoAtrEKAMOxCgB8wA4ACrIKAFqyCgBosgoArLIKALmyCgD+sgoAELMKAM7ADgBfswoAorMKAK6zCgD0swoADbQKAEa0CgBItAoAmLQKAKe0CgDqtAoACrUKADy1CgBEtQoAjrUKALG1CgDgtQoA9rUKADK2CgA3tgoAhLYKAIe2CgDWtgoA4LYKACi3CgAwtwoAercKAIC3CgDMtwoA2LcKAB64CgAtuAoAcLgKAHy4CgDCuAoAz7gKABS5CgAeuQoAZrkKAG65CgC4uQoAx7kKAAq6CgAMugoAXLoKAG26CgCuugoAv7oKAAC7CgAIuwoAUrsKAGO7CgCkuwoAprsKAPa7CgD5uwoASLwKAFK8CgCavAoAvrwKAOy8CgAIvQoAIMEOAES9CgCQvQoAlb0KAOK9CgDxvQoANL4KAEC+CgCGvgoAib4KANi+CgDbvgoAKr8KADK/CgB8vwoAi78KAM6/CgDTvwoAIMAKADbACgBywAoAc8AKAMTACgDVwAoAFsEKACLBCgBowQoAcsEKALrBCgDGwQoADMIKABPCCgBywQ4AYsIKALDCCgC+wgoAAsMKAAzDCgBUwwoAX8MKAKbDCgCuwwoA+MMKAATECgBKxAoAXcQKAJzECgCqxAoA7sQKAPjECgBAxQoASMUKAJLFCgChxQoA5MUKAOnFCgA2xgoAPcYKAIjGCgCUxgoAxMEOAObGCgAsxwoAL8cKAH7HCgCBxwoA0McKAOrHCgAiyAoALsgKAHTICgCHyAoAxsgKANTICgAYyQoAIskKAGrJCgCNyQoAFsIOAMbJCgAOygoAGsoKAGDKCgBnygoAssoKALrKCgAEywoACMsKAFbLCgBkywoAqMsKALLLCgD6ywoABcwKAEzMCgBUzAoAnswKAK3MCgDwzAoA9cwKAELNCgBJzQoAlM0KAKDNCgDmzQoA7s0KAGjCDgBOzgoA4i4MAFHOCgCKzgoAlM4KANzOCgDozgoALs8KADHPCgCAzwoAis8KANLPCgDVzwoAJNAKADTQCgB20AoAeNAKAMjQCgDW0AoAGtEKACvRCgC6wg4Ac9EKAAzDDgDH0QoAENIKAMjRCgCqGwwA3tEKAGCXCwAp0goAYtIKAGzSCgC00goAwNIKAAbTCgAJ0woAWNMKAGLTCgBeww4Ar9MKAPzTCgAc1AoATtQKAFbUCgCwww4ArtQKAPLUCgAI1QoARNUKAFDVCgCW1QoAndUKAOjVCgDw1QoAOtYKAD/WCgCM1goAldYKAN7WCgDo1goAMNcKADjXCgCC1woAkNcKANTXCgDh1woAJtgKAC7YCgACxA4AiNgKAMrYCgDS2AoAVMQOACPZCgBu2QoAetkKAMDZCgDH2QoAEtoKABraCgBk2goAbtoKALbaCgDE2goACNsKAB7bCgBa2woAZtsKAKzbCgCx2woA/tsKAAfcCgBQ3AoAWtwKAKLcCgCq3AoA9NwKAPncCgBG3QoAVt0KAJjdCgCg3QoApsQOAPTdCgA83goAP94KALhdCwBE3goA+MQOAJzeCgDg3goA9t4KADLfCgA+3woAhN8KAIvfCgDW3woA3t8KACjgCgAt4AoAeuAKAIPgCgDM4AoA1uAKAB7hCgAm4QoAcOEKAHLhCgCm7AoAfuEKAMLhCgDP4QoAFOIKABziCgBKxQ4AcuIKALjiCgC74goACuMKABTjCgCcxQ4AauMKAK7jCgDE4woAAOQKAAzkCgBS5AoAWeQKAKTkCgCs5AoA9uQKAPvkCgBI5QoAUeUKAJrlCgCk5QoA7OUKAPTlCgA+5goAQOYKAJDmCgCg5goA4uYKAOzmCgA05woAQOcKAIbnCgCM5woAQMYOAObnCgAq6AoAQOgKAHzoCgCI6AoAzugKANPoCgAg6QoAKekKAHLpCgB86QoAxOkKAMzpCgAW6goAOOoKAJLGDgB36goAuuoKAMbqCgAM6woADesKAF7rCgBo6woAsOsKAL7rCgAC7AoAB+wKAFTsCgBh7AoA5MYOALbsCgD47AoAAu0KAErtCgBW7QoAnO0KAKLtCgDu7QoA9u0KANrHDgBF7goAku4KAJruCgDk7goA8O4KAID4CgD97goANu8KAELvCgCI7woAkO8KACzIDgDn7woALPAKADTwCgB+8AoAjPAKANDwCgDd8AoAIvEKACXxCgB08QoAfvEKAMbxCgDI8QoAGPIKACXyCgBq8goAefIKALzyCgDI8goADvMKABbzCgB+yA4AcPMKALLzCgC68woABPQKABD0CgBW9AoAXPQKAKj0CgCu9AoA+vQKAP/0CgBM9QoAUvUKANDIDgCr9QoA8PUKAPX1CgBC9goATPYKAJT2CgCc9goA5vYKAPL2CgA49woAS/cKAIr3CgCY9woA3PcKAN/3CgAu+AoAOPgKACLJDgCT+AoA0vgKAOD4CgAk+QoAJ/kKAHb5CgCA+QoAdMkOAM35CgAa+goA1vkKAJIXCwAi+goAbPoKAHj6CgC++goAxPoKABD7CgDR+goAVBULABb7CgBi+woAZ/sKALT7CgC6+woAxskOAAz8CgBY/AoAXfwKAKr8CgCw/AoAGMoOAAr9CgBO/QoAaf0KAKD9CgCs/QoA8v0KAPn9CgBqyg4ATf4KAJb+CgCj/goA6P4KAPT+CgA6/woATf8KAIz/CgCN/woA3v8KAOr/CgAwAAsAPwALAIIACwCMAAsA1AALAOAACwAmAQsALQELALzKDgB+AQsAygELANABCwAcAgsAIQILAG4CCwB0AgsAYMsOAMkCCwASAwsAHwMLAGQDCwBoAwsAtgMLALgDCwAIBAsAFQQLAFoECwBkBAsAsssOALMECwD+BAsABgULAFAFCwBcBQsAogULALUFCwD0BQsAAwYLAEYGCwBSBgsAmAYLAJkGCwDqBgsA9AYLADwHCwBKBwsAjgcLAJMHCwDgBwsA7QcLAATMDgA+CAsAhAgLAIoICwDWCAsA3AgLACgJCwAtCQsAegkLAIAJCwBWzA4A0QkLAB4KCwAoCgsA+swOAHgKCwDCCgsAzwoLABQLCwAZCwsAZgsLAHALCwC4CwsAwAsLAAoMCwAWDAsAXAwLAG8MCwCuDAsArwwLAAANCwAMDQsAUg0LAGENCwCkDQsArg0LAPYNCwD+DQsASA4LAEoOCwBMzQ4Aow4LAOwOCwD7DgsAPg8LAE0PCwCQDwsAnA8LAOIPCwDlDwsANBALADcQCwCezQ4AiBALANgQCwDbEAsAKhELADIRCwB8EQsAiRELAM4RCwDTEQsAIBILACoSCwByEgsAehILAMQSCwDQEgsAFhMLACkTCwBoEwsAaRMLALoTCwDGEwsADBQLABsUCwBeFAsAaBQLALAUCwC8FAsAAhULAAkVCwDwzQ4AYxULAKYVCwCyFQsA+BULAPkVCwBKFgsAVBYLAJwWCwCqFgsA7hYLAPMWCwBAFwsATRcLAELODgCjFwsAlM4OAPEXCwA2GAsARBgLAIgYCwCZGAsA2hgLAPwYCwDmzg4AMRkLAH4ZCwAyGQsABk4LAIYZCwDQGQsA0RkLAPodCwDTGQsA8B4LANUZCwAEHQsA1hkLADggCwDXGQsADhwLAN8ZCwAiGgsA6RkLABojCwAnGgsAdBoLAIEaCwDGGgsA0xoLABgbCwAkGwsAahsLAHkbCwC8GwsAxhsLADjPDgAcHAsAYBwLAGIcCwCyHAsAwxwLAIrPDgAFHQsAVh0LAGIdCwCoHQsAtR0LANzPDgAIHgsATB4LAFkeCwCeHgsAtR4LAC7QDgD5HgsAgCELAPoeCwBCHwsARB8LAJQfCwCaHwsA5h8LAPAfCwCA0A4ARCALAIogCwCMIAsA3CALAOsgCwAuIQsAOSELANLQDgCPIQsA0iELAOEhCwAkIgsAMCILAHYiCwCCIgsAyCILAM8iCwAk0Q4AJiMLAGwjCwB0IwsAdtEOANcjCwAQJAsAISQLAGIkCwBuJAsAyNEOALskCwAGJQsADiULAFglCwBZJQsAqiULALAlCwD8JQsAASYLAE4mCwBPJgsAoCYLAKwmCwDyJgsA+CYLAEQnCwBOJwsAlicLAKQnCwC2LAsAqicLAOgnCwDwJwsAGtIOAEooCwCMKAsAlCgLAN4oCwDnKAsAMCkLAOsoCwDAKwsAPSkLAIIpCwCJKQsA1CkLAOApCwAmKgsANioLAHgqCwCGKgsAyioLANcqCwAcKwsAKCsLAG4rCwB1KwsAbNIOAMkrCwASLAsAIywLAGQsCwB1LAsAvtIOAMIsCwAILQsACy0LAFotCwBiLQsArC0LALEtCwD+LQsADi4LAFAuCwBYLgsAoi4LAKsuCwD0LgsAry4LAIQxCwABLwsARi8LAE0vCwCYLwsApC8LAOovCwD6LwsAPDALAEowCwCOMAsAmzALAOAwCwDsMAsAMjELADkxCwAQ0w4AjTELANYxCwDnMQsAKDILADkyCwBi0w4AfzILAMwyCwDZMgsAHjMLACozCwBwMwsAejMLAMIzCwDWMwsAFDQLABU0CwBmNAsAcjQLALg0CwDXNAsACjULABI1CwBcNQsAYTULAK41CwDHNQsAADYLACk2CwBSNgsAXjYLAKQ2CwCzNgsA9jYLAAA3CwBINwsAUDcLAJo3CwClNwsA7DcLAO43CwA+OAsAQTgLAJA4CwCYOAsA4jgLAO84CwA0OQsAOTkLAIY5CwCOOQsA2DkLANo5CwAqOgsANDoLAHw6CwCGOgsAzjoLANQ6CwAgOwsALjsLAHI7CwCLOwsAxDsLAM07CwAWPAsAIDwLAGg8CwB0PAsAtNMOAMY8CwAMPQsAFj0LAF49CwBpPQsAsD0LALU9CwACPgsACT4LAFQ+CwBcPgsApj4LANA+CwAG1A4A/z4LAEo/CwBSPwsAnD8LAMY/CwDuPwsA8z8LAEBACwBBQAsAkkALAJxACwDkQAsA8kALADZBCwA7QQsAiEELAJVBCwDaQQsA9kELACxCCwBIQgsAWNQOAItCCwDQQgsA1EILACJDCwAoQwsAdEMLAHZDCwDGQwsAx0MLABhECwA7RAsAakQLAI5ECwC8RAsA5kQLAA5FCwAWRQsAYEULAGVFCwCyRQsAv0ULAARGCwAMRgsAVkYLAFhGCwCoRgsAsEYLAPpGCwAkRwsATEcLAFlHCwCeRwsAo0cLAPBHCwD9RwsAQkgLAE5ICwCUSAsAvkgLAOZICwDuSAsAOEkLAFNJCwCKSQsAjEkLANxJCwDtSQsALkoLADdKCwCASgsAjEoLAKrUDgDfSgsAJEsLAD9LCwB2SwsAe0sLAMhLCwDoSwsAGkwLACZMCwBsTAsAdEwLAPzUDgDMTAsAEE0LABpNCwBiTQsAbU0LALRNCwC8TQsAoNUOAA9OCwBYTgsAYk4LAKpOCwC1TgsA/E4LABBPCwBOTwsAY08LAKBPCwCoTwsA8k8LAAlQCwBEUAsASVALAJZQCwCgUAsA6FALAPBQCwDy1Q4APFELAIxRCwCdUQsA3lELAOFRCwAwUgsAPFILAETWDgCQUgsA1FILAOVSCwCW1g4AKVMLAHhTCwB7UwsAylMLANZTCwAcVAsAIlQLAG5UCwB4VAsA6NYOAM1UCwASVQsAKVULAGRVCwBsVQsAOtcOAL5VCwCM1w4AH1YLAFpWCwBgVgsArFYLALhWCwD+VgsAFVcLAFBXCwBSVwsAolcLAKxXCwD0VwsAAFgLAEZYCwBSWAsAmFgLAJ5YCwDqWAsA8FgLADxZCwBBWQsAjlkLAJRZCwDe1w4A41kLAAzXDADrWQsAMloLADNaCwCEWgsAjloLANZaCwAGWwsAMNgOACtbCwB6WwsAhFsLAILYDgDVWwsAHlwLADRcCwBwXAsAhlwLAMJcCwDEXAsAFF0LABpdCwBmXQsAel0LACbZDgDAXQsACl4LANRdCwC8HA8AGl4LAFxeCwAjXgsASl4MAF5eCwCuXgsAvF4LAABfCwARXwsAeNkOAFlfCwDK2Q4ArV8LANo3DACwXwsA9l8LAPlfCwBIYAsAUWALAJpgCwCrYAsA7GALAPZgCwA+YQsARmELAJBhCwBaYQsAkC4MAJNhCwDiYQsA62ELADRiCwBKYgsAhmILAJxiCwDYYgsA2mILACpjCwAwYwsAfGMLAJBjCwAc2g4A+WMLACBkCwBLZAsAbtoOAHhkCwBG/AsAfmQLAAxmCwB/ZAsA4P0LAIFkCwDq/AsAgmQLAMRkCwDGZAsAFmULACRlCwBoZQsAeWULAMDaDgDCZQsAEtsOABJmCwBeZgsAZGYLALBmCwC1ZgsAAmcLAAhnCwBk2w4AYGcLAKZnCwCuZwsACNwOAARoCwBKaAsAVGgLAJxoCwClaAsA7mgLAO9oCwBAaQsASGkLAJJpCwCXaQsA5GkLAPRpCwCs3A4AQmoLAIhqCwCKagsA2moLAOBqCwAsawsAM2sLAH5rCwCDawsA0GsLANRrCwAibAsAL2wLAHRsCwB8bAsAxmwLAMtsCwAYbQsAKG0LAP7cDgB7bQsAvG0LAMhtCwAObgsAHW4LAGBuCwBqbgsAsm4LAMBuCwAEbwsAEW8LAFZvCwBtbwsAUN0OAKtvCwD03Q4A/W8LAExwCwABcAsAzukOAFRwCwCecAsAyXALAPBwCwAbcQsAQnELAG1xCwBG3g4AnXELAOZxCwDncQsAOHILAEdyCwCKcgsATnILACR0CwCbcgsA3HILAN5yCwAucwsAMXMLAIBzCwCDcwsA0nMLANpzCwA83w4AKXQLAHZ0CwB9dAsAyHQLANF0CwAadQsAK3ULAGx1CwB4dQsAvnULAMZ1CwCO3w4AFnYLAGJ2CwBpdgsAtHYLALl2CwAGdwsACncLAFh3CwBldwsAqncLALl3CwD8dwsADXgLAE54CwBQeAsAoHgLAKN4CwDyeAsA9XgLAER5CwBMeQsA4N8OAJt5CwComAsAoXkLAIrjDACieQsA6HkLAOt5CwA6egsARHoLADLgDgCVegsA3noLAO16CwAwewsAP3sLAIJ7CwCOewsA1HsLANd7CwAmfAsAKXwLAITgDgB7fAsAynwLAPV8CwDW4A4AJH0LACjhDgB2fQsAeuEOAMh9CwDM4Q4AF34LAGR+CwBxfgsAtn4LALl+CwAIfwsADX8LAFp/CwBrfwsArH8LALh/CwAe4g4AA4ALAFCACwBhgAsAooALAK6ACwD0gAsADoELAEaBCwBKgQsAMoMLAE2BCwBwhQsAUIELALiGCwBSgQsAKIQLAFSBCwA8ggsAV4ELAJiBCwCdgQsA6oELAAGCCwBw4g4ASYILAI6CCwCeggsA4IILAOWCCwDC4g4ANIMLAISDCwCKgwsA1oMLAOODCwAU4w4ALoQLAHqECwCAhAsAzIQLANGECwAehQsAJIULAGbjDgB8hQsAwoULANuFCwAUhgsAHYYLAGaGCwB9hgsAuOMOAL6GCwAKhwsADIcLAFyHCwBrhwsArocLALqHCwAK5A4ACYgLAFKICwBgiAsApIgLAK6ICwD2iAsAAokLAEiJCwBLiQsAmokLALaJCwDsiQsA9IkLAFzkDgBKigsAkIoLAJOKCwDiigsA7IoLAFLlDgA9iwsAhosLAJSLCwDYiwsA4osLACqMCwA2jAsAfIwLAISMCwD25Q4A0IwLACCNCwAujQsAco0LAIONCwBI5g4Ay40LAJrmDgAbjgsAaI4LAHCOCwC6jgsAwI4LAAyPCwAVjwsAXo8LAGuPCwA+5w4AtY8LAAKQCwC8jwsAnJELAAuQCwBUkAsAXpALAKaQCwCukAsA+JALADiRCwBKkQsAUpELAJDnDgCikQsA7pELAPSRCwBAkgsASJILAJKSCwDSkgsA5JILAOySCwDi5w4APpMLADToDgDKkwsA2pMLAByUCwCG6A4AOpQLAH6UCwCPlAsA0JQLANyUCwAilQsAJZULANjoDgCElQsAxpULAMiVCwAYlgsAJpYLAGqWCwB7lgsAKukOANiWCwAOlwsAFpcLAHzpDgBulwsAspcLALOXCwAg6g4AEJgLAFaYCwBdmAsAcuoOAK+YCwD6mAsA/5gLAMTqDgBUmQsAFusOAKCZCwDwmQsA85kLAEKaCwBFmgsAaOsOAJyaCwC66w4A9JoLADibCwA5mwsADOwOAJKbCwBe7A4A4ZsLAC6cCwA1nAsAgJwLAIWcCwCw7A4A2pwLAALtDgAsnQsAdp0LAICdCwDInQsA050LABqeCwAongsAbJ4LAG+eCwC+ngsAxp4LABCfCwAanwsAYp8LAG6fCwC0nwsAt58LAAagCwAQoAsAVO0OAGagCwCqoAsAwKALAPygCwAIoQsATqELAFWhCwCgoQsAqKELAPKhCwD3oQsARKILAE2iCwCWogsAoKILAOiiCwDwogsAOqMLADyjCwCMowsAnKMLAN6jCwDoowsAMKQLADykCwCCpAsAiKQLANSkCwDcpAsA+O0OADSlCwB4pQsAeaULAEruDgDPpQsAnO4OAB6mCwBupgsAb6YLAMCmCwDDpgsAEqcLAB2nCwBkpwsAaacLALanCwDApwsA7u4OACyoCwBaqAsAYqgLAEDvDgCuqAsA/qgLAA+pCwBQqQsAYakLAKKpCwClqQsAku8OAPqpCwBGqgsAS6oLAJiqCwCbqgsA6qoLAO2qCwA8qwsARKsLAOTvDgCcqwsA4KsLAOOrCwAyrAsAPawLAISsCwCQrAsA1qwLAN2sCwAorQsAMK0LAHqtCwCIrQsAzK0LANmtCwAergsAJq4LADbwDgB8rgsAwq4LAMWuCwAUrwsAHq8LAGavCwBurwsAiPAOAMSvCwAKsAsAELALAFywCwBmsAsArrALAMKwCwAAsQsACLELANrwDgBfsQsApLELAKyxCwD2sQsA+bELAEiyCwBUsgsAmrILAKSyCwDssgsA9bILAD6zCwA/swsAkLMLAKizCwDiswsA5LMLADS0CwBFtAsAhrQLAJe0CwDYtAsA4LQLACq1CwA5tQsAfLULAH61CwDOtQsA37ULACC2CwAxtgsAcrYLAIu2CwDEtgsAxrYLABa3CwAltwsAaLcLAIi3CwB+8Q4A/rcLAAy4CwBQuAsA0PEOAGC4CwCwuAsA0LgLAAK5CwAWuQsAIvIOAFy5CwCmuQsAs7kLAPi5CwD9uQsASroLAFS6CwCcugsApLoLAO66CwD0ugsAQLsLAEm7CwCSuwsAn7sLAHTyDgDwuwsANrwLADy8CwCIvAsAjrwLANq8CwDjvAsALL0LAC29CwB+vQsAiL0LANC9CwDcvQsAIr4LACm+CwDG8g4AfL4LABjzDgDOvgsAavMOACC/CwC88w4Adr8LALy/CwDMvwsADsALABPACwBgwAsAZsALALLACwC+wAsABMELAAzBCwAO9A4AZ8ELAKjBCwC5wQsA+sELAAzCCwBMwgsAVMILAJ7CCwCpwgsA8MILAPXCCwBCwwsAR8MLAJTDCwC0wwsAYPQOAPbDCwA4xAsAQsQLAIrECwCWxAsA3MQLAOLECwAuxQsANsULAIDFCwCCxQsA0sULAIzFCwBEywsA48ULACTGCwA1xgsAdsYLAIjGCwDIxgsA0MYLABrHCwAlxwsAbMcLAHHHCwC+xwsAw8cLABDICwAwyAsAsvQOAGTICwC0yAsAw8gLAAbJCwARyQsAWMkLAGrJCwCqyQsAsskLAPzJCwAHygsATsoLAFPKCwCgygsApcoLAPLKCwASywsABPUOAEbLCwCWywsApcsLAOjLCwDzywsAOswLAEzMCwCMzAsAlMwLAN7MCwDpzAsAMM0LADXNCwCCzQsAh80LANTNCwD0zQsAVvUOADPOCwB4zgsAj84LAKj1DgDXzgsAHM8LADPPCwD69Q4Ae88LAMDPCwDHzwsAEtALACDQCwBk0AsAcdALALbQCwDN0AsATPYOABDRCwCe9g4AXNELAKzRCwC60QsA/tELAA/SCwDw9g4AXdILAKLSCwC50gsAQvcOAP7SCwBG0wsAUtMLAJjTCwCb0wsA6tMLAPTTCwCU9w4AWNQLAOb3DgCW1AsAOPgOAOjUCwAy1QsAM9ULALjYCwA11QsAzNYLADnVCwBy3wsAPNULAITVCwBB1QsApNoLAELVCwCu2QsAidULAM7eCwCQ1QsA1tULANnVCwAo1gsAMtYLAIr4DgCC1gsA3PgOANXWCwAe1wsA7NYLAIbdCwAs1wsAcNcLAHrXCwDC1wsAztcLABTYCwAX2AsAZtgLAG7YCwAu+Q4AutgLAArZCwAN2QsAXNkLAF/ZCwCA+Q4AsNkLAADaCwAO2gsAUtoLAGPaCwAk+g4AptoLAPbaCwAD2wsASNsLAFfbCwCa2wsAptsLAOzbCwD92wsAPtwLAE/cCwCQ3AsAnNwLAOLcCwDp3AsANN0LADzdCwDI+g4AlN0LANjdCwDZ3QsAGvsOADbeCwB83gsAg94LAGz7DgDV3gsAIN8LACXfCwAQ/A4Ae98LAMTfCwDK3wsAFuALABjgCwBo4AsAcuALALrgCwDI4AsADOELABHhCwBe4QsAa+ELALDhCwDI4QsAAuILABjiCwBU4gsAV+ILAKbiCwCu4gsAtPwOAADjCwBK4wsAQuMLAB5xDQBL4wsA5OQLAE3jCwDQ5gsAVOMLAJzjCwBa4wsA2uULAKjjCwDu4wsA8eMLAEDkCwBK5AsABv0OAJrkCwBY/Q4A5uQLADblCwA55QsAiOULAIvlCwCq/Q4A3OULACzmCwA65gsAfuYLAI/mCwBO/g4A2eYLACLnCwAw5wsAdOcLADvnCwAGOg0AfucLAMbnCwDS5wsAGOgLABvoCwBq6AsAcugLAPL+DgDW6AsARP8OACjpCwBg6QsAeukLAJb/DgC36QsA3O0LAMDpCwCA7gsAwukLAATqCwAG6gsAVuoLAGTqCwCo6gsAueoLAOj/DgAB6wsAOgAPAFLrCwCe6wsApOsLAPDrCwD16wsAQuwLAEjsCwCMAA8AmuwLAObsCwDr7AsAOO0LAE7tCwCK7QsAku0LADABDwD87QsALu4LADbuCwCCAQ8Al+4LANLuCwDf7gsAJO8LACnvCwB27wsAfO8LAMjvCwDU7wsAGvALACHwCwBs8AsAdPALAL7wCwDh8AsAJgIPABnxCwBi8QsAb/ELALTxCwDD8QsABvILAAjyCwBY8gsAYfILAKryCwDB8gsA/PILAAfzCwBO8wsAWPMLAKDzCwCo8wsAeAIPAPjzCwBE9AsASvQLAJb0CwCb9AsA6PQLAO70CwDKAg8AXPULAIz1CwCU9QsAbgMPAOj1CwAw9gsAOfYLAIL2CwCI9gsA1PYLAOD2CwAm9wsARPcLAHj3CwB59wsAyvcLAMz3CwAc+AsAKfgLAG74CwB8+AsAwPgLAM/4CwAS+QsALvkLAGT5CwBs+QsAwAMPAMn5CwAI+gsACfoLAFr6CwBm+gsArPoLALv6CwD++gsACPsLAFD7CwBc+wsAovsLAKn7CwASBA8A/PsLAGQEDwBP/AsAmPwLAKX8CwC2BA8A7/wLADz9CwBJ/QsAjv0LAJj9CwAIBQ8A4v0LADL+CwBI/gsAhP4LAJD+CwBaBQ8A3v4LANLkDAD0/gsAKP8LAEb/CwB6/wsAgv8LAMz/CwCc/wsAsggNAM3/CwBmAQwAz/8LAK4CDADY/wsABAkNANz/CwAeAAwAIAAMAHAADAB+AAwAwgAMANMADACsBQ8AHAEMAP4FDwBoAQwAuAEMALsBDAAKAgwADQIMAFAGDwBkAgwAogYPALgCDABcKwwAzgIMAAADDAAOAwwAUgMMAFMDDAD0Bg8ArAMMAEYHDwAHBAwASAQMAEoEDACaBAwAmwQMAOwEDADvBAwAPgUMAEoFDACQBQwAlwUMAOIFDAD+BQwANAYMADwGDADqBw8AkwYMANgGDADoBgwAKgcMAC8HDAB8BwwArAcMADwIDwDUBwwAjggPACgIDAByCAwAcwgMAGoRDAB4CAwA3IcNAHwIDADECAwAfggMAO4MDACCCAwAVAsMAJAIDACeFAwAyQgMAH6ADQDPCAwAsHsNANAIDAAWCQwAGQkMAGgJDAByCQwA4AgPAMIJDAAMCgwAEgoMAF4KDABnCgwAsAoMAL0KDAACCwwAHgsMADIJDwBWCwwApgsMAFkLDABiiw0AtAsMAPgLDAAJDAwAhAkPAFAMDACcDAwAqAwMANYJDwD0DAwAQA0MAEYNDACSDQwAlw0MAOQNDADqDQwAzAoPAD0ODADCCw8AjQ4MANoODADiDgwALA8MADgPDAB+DwwAkQ8MANAPDADcDwwAIhAMADEQDAB0EAwAfRAMAMYQDADQEAwAGBEMACQRDABmDA8AexEMALwRDADIEQwADhIMABASDABgEgwAYxIMALISDAC+EgwABBMMAAwTDAC4DA8AYhMMAKgTDAC4EwwA+hMMAAYUDABMFAwAUhQMAAoNDwDAFAwA8BQMAPgUDABCFQwAahUMAJQVDACfFQwA5hUMAPIVDAA4FgwASRYMAIoWDACLFgwAXA0PAOIWDAAuFwwAOxcMAK4NDwCNFwwA0hcMAOkXDAAkGAwAVBgMAHYYDAB+GAwAyBgMANIYDAAaGQwAJhkMAGwZDABvGQwAvhkMAMgZDAAADg8AGBoMAGIaDABoGgwAtBoMAL0aDAAGGwwAExsMAFgbDAB0GwwAUg4PAKwbDAD8GwwAsRsMAMwoDAAJHAwAThwMAFUcDACgHAwAohwMAPIcDAD4HAwARB0MAEsdDACWHQwArh0MAOgdDADtHQwAOh4MAPQdDADeHgwAQx4MAIweDACWHgwApA4PAOQeDAAwHwwANh8MAIIfDACHHwwA1B8MANofDAD2Dg8AJyAMAHggDACJIAwAyiAMANYgDAAcIQwAJiEMAG4hDAB6IQwAwCEMAMchDABIDw8AFCIMAGQiDAAdIgwA6pYNAGciDAC2IgwA1iIMAAgjDAAQIwwAmg8PAGsjDACsIwwAsyMMAP4jDAAGJAwAUCQMAFMkDADqJQwAYCQMAKIkDACkJAwA9CQMAAIlDABGJQwAVyUMAOwPDwCfJQwAPhAPAPMlDAA8JgwASyYMAI4mDACdJgwA4CYMAOwmDAAyJwwANScMAIQnDACHJwwA1icMAOYnDAAoKAwAMSgMAHooDACLKAwAkBAPANEoDAAeKQwAJykMAHApDAB6KQwAwikMAMopDAAUKgwAMioMAGYqDACEKgwAuCoMANYqDAAKKwwAKCsMAOIQDwBjKwwArisMALMrDAAALAwAuisMAPYsDAAJLAwAUiwMAFwsDACkLAwAwCwMADQRDwD8LAwASC0MAE4tDACaLQwAti0MAIYRDwAULgwAKhIPAGYuDAB8Eg8AmC4MAHITDwD4LgwANC8MADYvDACGLwwAjC8MANgvDADsLwwAKjAMADIwDAB8MAwApDAMAMQTDwDXMAwAIDEMAC0xDAByMQwAgDEMAMQxDADOMQwAFjIMADAyDABoMgwAdTIMALoyDADGMgwADDMMABYzDABeMwwAZjMMABYUDwC3MwwAAjQMAAo0DABoFA8ALjQMAF4VDwBgNAwApjQMAK00DAD4NAwAADUMALoUDwBMNQwAnDUMAK01DADuNQwA9jUMAEA2DABKNgwAkjYMAJ42DADkNgwA5zYMADY3DABANwwAsBUPAKQ3DAACFg8A5zcMACw4DAA0OAwAfjgMAIE4DAAYOgwAjjgMANA4DADSOAwAIjkMADA5DAB0OQwAhTkMAFQWDwDNOQwAphYPACE6DABqOgwAeToMALw6DADLOgwADjsMABo7DABgOwwAYzsMALI7DAC1OwwABDwMABQ8DABWPAwAXzwMAKg8DAC5PAwA+BYPAAY9DABMPQwAVD0MAEoXDwCgPQwA8D0MAKo9DACUPgwA8z0MAEI+DABKPgwAnBcPAJo+DADmPgwA8j4MADg/DABAPwwA7hcPAJY/DADcPwwA3z8MAC5ADAA4QAwAQBgPAIVADADSQAwA6EAMACRBDAAlQQwAdkEMAIdBDADIQQwA1EEMABpCDAAkQgwAbEIMAHhCDACSGA8AykIMABBDDAATQwwAYkMMAGxDDAA2GQ8At0MMAAZEDAAJRAwAWEQMAGREDACqRAwAsEQMAPxEDAAGRQwAiBkPAFNFDACgRQwArUUMAPJFDAD1RQwAREYMAGBGDACWRgwAnkYMANoZDwDwRgwALBoPAEJHDAB+Gg8Aj0cMAN5HDACjRwwAnAINAP5HDAAwSAwAREgMANAaDwCPSAwAIhsPANVIDAAmSQwALEkMAHhJDACESQwAykkMANlJDAAcSgwAHkoMAG5KDAB4SgwAwEoMAMxKDAASSwwAGUsMAHQbDwBwSwwAxhsPAL5LDAAYHA8ATEwMAFpMDACeTAwArEwMAPBMDAD+TAwAQk0MAFBNDACUTQwAok0MAOZNDAD0TQwAOE4MAGocDwBITgwAmE4MAKZODADqTgwA+04MAA4dDwBCTwwAjk8MAJpPDABgHQ8A5k8MADJQDAA4UAwAhFAMAIlQDADWUAwA3FAMAAQeDwArUQwAelEMAIZRDADMUQwA0lEMAB5SDAAoUgwAqB4PAHVSDADCUgwAz1IMABRTDAAXUwwAZlMMAHtTDAC4UwwAwFMMAPoeDwASVAwAXFQMAGhUDACuVAwAtFQMAABVDAAGVQwAUlUMAFdVDACkVQwAqlUMAOYgDwAFVgwASFYMAFdWDACaVgwAo1YMAOxWDADyVgwAPlcMAERXDACQVwwAnFcMAOJXDADpVwwANFgMADxYDACKIQ8AjVgMANhYDADmWAwAKlkMADdZDAB8WQwAk1kMAM5ZDADqWQwAIFoMAChaDADcIQ8AhVoMAMRaDADGWgwAFlsMACxbDABoWwwAaVsMALpbDADLWwwADFwMABhcDAAuIg8AelwMAIAiDwCyXAwAAl0MABhdDABUXQwAVV0MAKZdDAC3XQwA+F0MAAReDADSIg8AT14MAJxeDACiXgwA7l4MAA5fDABAXwwATF8MAJJfDACZXwwAJCMPAPBfDADQYQwA9F8MADZgDAA4YAwAiGAMAJZgDADaYAwA62AMAHYjDwAyYQwAfmEMAIphDADIIw8A1mEMACJiDAAoYgwAdGIMAHliDADGYgwAzGIMAL4kDwAsYwwAamMMAGtjDAC8YwwAyGMMAA5kDAAqZAwAYGQMAGhkDAAGJg8AvmQMAARlDAAgZQwAVmUMAF5lDACqJg8AtGUMAPplDAAAZgwATGYMAFJmDACeZgwAtmYMAPBmDAD6ZgwAQmcMAE5nDACUZwwAl2cMAOZnDADwZwwAOGgMAFBoDACKaAwAmmgMANxoDADeaAwALmkMADxpDACAaQwAkWkMAPwmDwDYaQwAJGoMADBqDABOJw8AfmoMAPInDwDUagwAGmsMAB1rDABsawwAdmsMAEQoDwDAawwAEGwMAB5sDABibAwAc2wMAOgoDwC7bAwAOikPAA5tDACMKQ8AYG0MAIIqDwCsbQwA/G0MAAluDABObgwAXW4MAKBuDACmbgwA8m4MAP5uDABEbwwARm8MAJZvDACgbwwA6G8MAPZvDAA6cAwAP3AMAIxwDACZcAwA3nAMAOpwDAAwcQwAQ3EMAIJxDACRcQwA1HEMAOBxDAAmcgwAJ3IMAHhyDACCcgwAynIMANhyDAAccwwAIXMMAG5zDAB7cwwA1CoPAMpzDAASdAwAIHQMAGR0DABndAwAtnQMAMZ0DAAIdQwAFnUMAFp1DABmdQwArHUMALN1DAD+dQwABXYMAFB2DABcdgwAonYMAKN2DAD0dgwAAHcMAEZ3DABTdwwAmHcMAJ93DADqdwwA9ncMADx4DABJeAwAjngMAJ14DADgeAwA9HgMADJ5DAA+eQwAhHkMAJd5DADWeQwA5XkMACh6DAA0egwAenoMAHt6DADMegwA1noMAB57DAAsewwAcHsMAHV7DADCewwAz3sMACYrDwAVfAwAZnwMAHd8DAC4fAwAxnwMAAp9DAAZfQwAXH0MAF59DACufQwAuH0MAAB+DAAOfgwAUn4MAFd+DACkfgwAsX4MAPZ+DAAFfwwASH8MAE1/DACafwwAp38MAOx/DAD2fwwAPoAMAEqADACQgAwAo4AMAOKADADsgAwANIEMAECBDACGgQwAmYEMANiBDADngQwAKoIMADaCDAB8ggwAfYIMAM6CDADYggwAIIMMAC6DDABygwwAd4MMAMSDDADRgwwAeCsPABuEDABohAwAdYQMALqEDADEhAwADIUMABKFDABehQwAYIUMALCFDAC9hQwAAoYMAAWGDABUhgwAYoYMAKaGDACyhgwA+IYMAAWHDABKhwwAVIcMAJyHDACrhwwA7ocMAPOHDABAiAwATYgMAJKIDACfiAwA5IgMAPCIDAA2iQwARYkMAIiJDACSiQwA2okMAOiJDAAsigwAMYoMAH6KDACLigwA0IoMANyKDAAiiwwANYsMAHSLDACDiwwAxosMANKLDAAYjAwAGYwMAGqMDAB0jAwAvIwMAMqMDAAOjQwAE40MAGCNDABtjQwAyisPAMWNDAAEjgwAE44MAFaODABijgwAqI4MAKmODAD6jgwABI8MAEyPDABajwwAno8MAKOPDADwjwwA/Y8MABwsDwBVkAwAlJAMAKOQDADmkAwA8pAMADiRDAA5kQwAipEMAJSRDADckQwA6pEMAC6SDAAzkgwAgJIMAI2SDABuLA8A1JIMACSTDAAykwwAdpMMAIOTDADIkwwA1JMMABqUDAAglAwAbJQMAH2UDAC+lAwAwJQMABCVDAAZlQwAYpUMAG+VDAC0lQwAw5UMAAaWDAARlgwAWJYMAGSWDACqlgwAvZYMAPyWDAALlwwATpcMAFqXDACglwwAoZcMAPKXDAD8lwwARJgMAFKYDACWmAwAm5gMAOiYDAD1mAwAwCwPAEeZDACMmQwAmpkMAN6ZDADomQwAMJoMAD6aDACCmgwAhJoMANSaDADlmgwAJpsMADSbDAB4mwwAp5sMAMqbDADMmwwAHJwMACacDABunAwAfJwMAMCcDADFnAwAEp0MAB+dDABknQwAcJ0MALadDADJnQwACJ4MABeeDABangwAZp4MAKyeDACtngwA/p4MAAifDABQnwwAXp8MAKKfDACnnwwA9J8MAAGgDAASLQ8ASKAMAJigDACaoAwA6qAMAPmgDAA8oQwAS6EMAI6hDACaoQwA4KEMAOOhDAAyogwANaIMAISiDACKogwA1qIMAOKiDAAoowwAK6MMAHqjDAB/owwAzKMMANWjDAAepAwAJKQMAHCkDAB/pAwAwqQMAM6kDAAUpQwAJKUMAGalDABopQwAuKUMAMalDAAKpgwAG6YMAGQtDwBipgwArqYMALqmDAC2LQ8AE6cMAFKnDABhpwwApKcMALCnDAD2pwwA96cMAEioDABSqAwAmqgMAKioDADsqAwA8agMAD6pDABLqQwACC4PAJypDADiqQwA7KkMADSqDABdqgwAhqoMAI2qDADYqgwA8aoMACqrDAA5qwwAfKsMAIurDADOqwwA06sMACCsDAAtrAwAcqwMAH+sDADErAwA0KwMABatDAAlrQwAaK0MAHKtDAC6rQwAyK0MAAyuDAARrgwAXq4MAGuuDACwrgwAvK4MAAKvDAAVrwwAVK8MAGOvDACmrwwAsq8MAPivDAD5rwwASrAMAFSwDACcsAwAqrAMAO6wDADzsAwAQLEMAE2xDABaLg8Ao7EMAOSxDAD1sQwANrIMAEKyDACIsgwAn7IMANqyDADcsgwALLMMAD2zDAB+swwAgbMMANCzDADaswwAIrQMACS0DAB0tAwAfrQMAMa0DADStAwAGLUMACS1DABqtQwAfbUMALy1DADLtQwADrYMABq2DABgtgwAYbYMALK2DAC8tgwABLcMABK3DABWtwwAW7cMAKi3DAC1twwArC4PAPy3DABMuAwAVrgMAJ64DACmuAwA/i4PAAO5DABCuQwATrkMAJS5DACjuQwA5rkMAO+5DAA4ugwAQroMAIq6DACYugwA3LoMAOG6DAAuuwwAO7sMAIC7DACMuwwA0rsMAOW7DAAkvAwAM7wMAHa8DACCvAwAyLwMAMm8DAAavQwAJL0MAGy9DAB6vQwAvr0MAMO9DAAQvgwAHb4MAFAvDwBkvgwAtL4MAL6+DAAGvwwADr8MAKIvDwBdvwwAqr8MAMC/DAD8vwwA/b8MAE7ADABfwAwAoMAMAKzADADywAwA/MAMAETBDABSwQwAlsEMAJvBDADowQwA9cEMADrCDABGwgwAjMIMAJ/CDADewgwA7cIMADDDDAA8wwwAgsMMAIPDDADUwwwA3sMMACbEDAA0xAwAeMQMAH3EDADKxAwA18QMAPQvDwAexQwAbsUMAHjFDADAxQwAyMUMAEYwDwAoxgwAZMYMAHDGDAC2xgwAu8YMAAjHDAARxwwAWscMAGTHDACsxwwAuMcMAP7HDAARyAwAUMgMAF/IDACiyAwArsgMAPTIDAD1yAwARskMAFDJDACYyQwApskMAOrJDADvyQwAPMoMAEnKDACYMA8AkMoMAODKDADqygwAMssMADrLDADqMA8AkcsMANbLDADlywwAKMwMADPMDAB6zAwAhswMAMzMDADbzAwAHs0MAD7NDABwzQwAfM0MAMLNDADJzQwAFM4MACLODABmzgwAa84MALjODADEzgwACs8MAB3PDABczwwAa88MAK7PDAC6zwwAANAMAAHQDABS0AwAXNAMAKTQDACy0AwA9tAMAPvQDABI0QwAVdEMADwxDwCc0QwA7NEMAPbRDAA+0gwARtIMAI4xDwCt0gwA4tIMAPPSDAA00wwAQNMMAIbTDACZ0wwA2NMMAOfTDAAq1AwANtQMAHzUDAB91AwAztQMANjUDAAg1QwALtUMAHLVDAB31QwAxNUMANHVDADgMQ8AGNYMAGjWDABy1gwAutYMAMLWDAAyMg8AKdcMAF7XDABv1wwAsNcMALzXDAAC2AwAFdgMAFTYDABj2AwAptgMALLYDAD42AwA+dgMAErZDABU2QwAnNkMAKrZDADu2QwA89kMAEDaDABN2gwAhDIPAJTaDADk2gwA7toMADbbDAA+2wwA1jIPAJnbDADa2wwA7tsMACzcDAAw3AwAftwMAIDcDADQ3AwA5NwMACLdDAAl3QwAdN0MAJHdDADG3QwA190MABjeDAAk3gwAat4MAH3eDAC83gwAy94MAA7fDAAa3wwAYN8MAGHfDACy3wwAvN8MAATgDAAS4AwAVuAMAFvgDACo4AwAteAMACgzDwD84AwATOEMAFbhDACe4QwApuEMAHozDwDy4QwAQuIMAFDiDACU4gwApeIMAMwzDwDt4gwAHjQPAEDjDAC4NQ8AkOMMANzjDADh4wwALuQMADLkDACA5AwAjeQMAAo2DwDV5AwAROoMAN7kDAAk5QwAN+UMAHblDAB35QwAyOUMANTlDAAa5gwAKeYMAGzmDAB25gwAvuYMAMrmDAAQ5wwAF+cMAFw2DwBq5wwAtOcMALbnDAA88wwAt+cMAILsDAC65wwABugMAMDnDADA7gwAwecMAFRTDQAS6AwAWOgMAGfoDACq6AwAtugMAPzoDAAK6QwATukMAGnpDACg6QwArOkMAPLpDAD56QwArjYPAFHqDACW6gwAmOoMAOjqDADp6gwAOusMAD3rDACM6wwAl+sMAN7rDADj6wwAMOwMADrsDAAANw8Aj+wMANTsDADW7AwAJu0MACftDAB47QwAe+0MAMrtDADV7QwAHO4MACHuDABu7gwAeO4MAFI3DwDT7gwAEu8MABPvDABk7wwAcO8MALbvDADF7wwACPAMABLwDABa8AwAZvAMAKzwDACz8AwApDcPAAbxDABQ8QwAUvEMAKLxDACx8QwA9PEMAP7xDABG8gwAT/IMAJjyDACa8gwA6vIMAPvyDABIOA8AS/MMAI7zDACY8wwA4PMMAOnzDAAy9AwANPQMAIT0DACV9AwA1vQMAN70DAAo9QwARvUMAHr1DACC9QwAzPUMANj1DAAe9gwAMfYMAHD2DABx9gwAwvYMAM72DAAU9wwAI/cMAGb3DABw9wwAuPcMAMT3DAAK+AwAEfgMAJo4DwBt+AwArvgMAL/4DAAA+QwACPkMAFL5DABZ+QwApPkMALL5DAD2+QwABvoMAEj6DABY+gwAmvoMALb6DADsOA8A/PoMAD77DABK+wwAkPsMAJb7DADi+wwA8PsMADT8DABB/AwAhvwMAJ38DADY/AwA4PwMACr9DAA4/QwAfP0MAIb9DADO/QwA2v0MACD+DAA2/gwAcv4MAHX+DADE/gwA4P4MAD45DwAm/wwAaP8MAHL/DAC6/wwAwv8MAAwADQAbAA0AXgANAGMADQCwAA0AvQANAAIBDQAMAQ0AVAENAFYBDQCmAQ0AtAENAPgBDQAFAg0ASgINAE0CDQCQOQ8ApwINAO4CDQD4Ag0AQAMNAEgDDQCSAw0AoQMNAOQDDQDpAw0ANgQNAEMEDQCIBA0AkgQNANoEDQDcBA0ALAUNADoFDQB+BQ0AiwUNANAFDQDTBQ0A4jkPACUGDQB0Bg0AgAYNAMYGDQDNBg0AGAcNACAHDQBqBw0AgwcNALwHDQDQBw0ADggNACoIDQBgCA0AaAgNAIY6DwC6CA0A2DoPABEJDQBWCQ0AXQkNAKgJDQCwCQ0A+gkNAP8JDQBMCg0AXAoNAJ4KDQCmCg0A8AoNAP4KDQBCCw0ATwsNAJQLDQChCw0A5gsNAPILDQA4DA0APgwNAIoMDQCSDA0A3AwNAOgMDQAuDQ0AQQ0NAIANDQCPDQ0A0g0NAN4NDQAkDg0AJQ4NAHYODQCADg0AyA4NANYODQAaDw0AHw8NAGwPDQB5Dw0AKjsPAMEPDQAQEA0AGhANAGIQDQBkEA0AtBANAMMQDQAGEQ0AJhENAFgRDQBgEQ0AqhENALQRDQD8EQ0AAhINAE4SDQBQEg0AoBINAK8SDQDyEg0A/hINAEQTDQBMEw0AfDsPALQTDQDoEw0ABhQNAM47DwBTFA0AjBQNAJEUDQDeFA0A+RQNADAVDQA8FQ0AghUNAIoVDQAgPA8A5xUNACYWDQA1Fg0AeBYNAIQWDQDKFg0AyxYNABwXDQAmFw0AbhcNAHwXDQDAFw0AxRcNABIYDQAfGA0AcjwPAGgYDQC2GA0AuBgNAAgZDQALGQ0AWhkNAGIZDQCsGQ0AthkNAP4ZDQAJGg0AUBoNAFwaDQCiGg0AqhoNAMQ8DwACGw0ARhsNAEwbDQCYGw0ApBsNAOobDQD5Gw0APBwNAEYcDQCOHA0AlhwNAOAcDQDvHA0AMh0NADQdDQCEHQ0AjR0NANYdDQDZHQ0AKB4NADQeDQB6Hg0Agh4NABY9DwDcHg0AHh8NACYfDQBwHw0Aeh8NAMIfDQDNHw0AFCANACAgDQBmIA0AbiANAGg9DwC9IA0ACiENABshDQBcIQ0AbSENAK4hDQCzIQ0AACINAAQiDQBSIg0AYCINAKQiDQCxIg0A9iINAA0jDQBIIw0AUCMNAJojDQCmIw0A7CMNAP8jDQA+JA0ATSQNAJAkDQCcJA0A4iQNAOMkDQA0JQ0APiUNAIYlDQCUJQ0A2CUNAN0lDQAqJg0ANyYNALo9DwCCJg0AziYNANwmDQAgJw0ALScNAHInDQCJJw0AxCcNAMwnDQAWKA0AISgNAGgoDQBqKA0AuigNAMcoDQAMKQ0AEykNAF4pDQBvKQ0AsCkNAL4pDQACKg0ADyoNAFQqDQBrKg0ApioNAK4qDQD4Kg0A/SoNAEorDQBaKw0AnCsNAKQrDQDuKw0A+CsNAEAsDQBLLA0AkiwNAJ4sDQDkLA0A7CwNAF4+DwBPLQ0AiC0NAI0tDQDaLQ0A9S0NACwuDQA4Lg0Afi4NAIYuDQCwPg8A4y4NACIvDQAxLw0AdC8NAIAvDQDGLw0Axy8NABgwDQAiMA0AajANAHgwDQC8MA0AwTANAA4xDQAbMQ0AAj8PAGgxDQCyMQ0AtDENAAQyDQARMg0AVjINAFsyDQCoMg0AsjINAPoyDQAFMw0ATDMNAFgzDQCeMw0ApDMNAPAzDQD4Mw0AQjQNAE40DQCUNA0ApzQNAOY0DQD1NA0AODUNAEQ1DQCKNQ0AizUNANw1DQDmNQ0ALjYNADw2DQCANg0AhTYNANI2DQDfNg0AVD8PACk3DQB2Nw0AhTcNAMg3DQDXNw0AGjgNACM4DQBsOA0AcjgNAL44DQDEOA0AEDkNABw5DQBiOQ0AaTkNALQ5DQDQOQ0Apj8PABA6DQBYOg0AZDoNAKo6DQCtOg0A/DoNAAY7DQD4Pw8AVjsNAEpADwCoOw0AnEAPAPo7DQDuQA8ATDwNAJY8DQCXPA0A9EMNAKM8DQDoPA0AqjwNAGRBDQCtPA0AXEoNAK88DQDiTQ0A6TwNADo9DQBQPQ0AjD0NAJQ9DQDePQ0A4D0NAG5ADQDsPQ0AMD4NADg+DQBAQQ8APT4NAII+DQCFPg0A1D4NAN4+DQAmPw0AKD8NAHg/DQCJPw0Ayj8NANs/DQAcQA0AJEANAJJBDwB1QA0AwEANAMdADQASQQ0AGkENAORBDwBmQQ0AtkENALxBDQAIQg0AFUINAFpCDQBiQg0ArEINAK5CDQD+Qg0ABUMNAFBDDQBXQw0AokMNAKpDDQA2Qg8AAUQNAEZEDQBHRA0AmEQNAK5EDQDqRA0A8kQNADxFDQA+RQ0AzEcNAEpFDQCORQ0AlkUNAIhCDwCbRQ0A4EUNAONFDQAyRg0APEYNAIRGDQCGRg0A1kYNAOdGDQAoRw0AOUcNAHpHDQCCRw0A2kIPANNHDQAeSA0AJUgNAHBIDQB4SA0ALEMPAMxIDQAUSQ0AFkkNAGZJDQB3SQ0AuEkNAMlJDQAKSg0AEkoNAH5DDwBhSg0AulENAGhKDQCuSg0AxEoNAABLDQAISw0AUksNAGBLDQCkSw0AsUsNAPZLDQD5Sw0ASEwNAFJMDQCaTA0AnEwNAOxMDQD9TA0APk0NAE9NDQCQTQ0AmE0NANBDDwDrTQ0ANE4NAEFODQCGTg0AjU4NANhODQDpTg0AKk8NADZPDQB8Tw0AhE8NACJEDwDbTw0AIFANACNQDQByUA0AfFANAMRQDQDGUA0AFlENACdRDQBoUQ0AeVENAHREDwDCUQ0ADFINACNSDQBeUg0AalINALBSDQC6Ug0AAlMNAApTDQDGRA8AVVMNAKZTDQC8Uw0A+FMNAABUDQBKVA0AWFQNAJxUDQCkVA0AGEUPAKlUDQDuVA0A8VQNAEBVDQBKVQ0AklUNAJRVDQDkVQ0A9VUNADZWDQBHVg0AiFYNAJBWDQBqRQ8A4FYNACxXDQAxVw0AflcNAJlXDQDQVw0A3lcNACJYDQApWA0AdFgNAIBYDQDGWA0AzFgNABhZDQAbWQ0AalkNAHRZDQC8WQ0AwlkNAA5aDQAQWg0AYFoNAGpaDQCyWg0AvloNAARbDQAbWw0AVlsNAGpbDQCoWw0AxFsNAPpbDQACXA0AvEUPAE5cDQCeXA0ArFwNAPBcDQABXQ0ADkYPAEldDQBgRg8Aol0NAOZdDQDwXQ0AOF4NAENeDQCKXg0Akl4NANxeDQDoXg0ALl8NAEFfDQCAXw0Aj18NANJfDQDeXw0AJGANACVgDQB2YA0AgGANAMhgDQDWYA0AGmENAB9hDQBsYQ0AeWENAARHDwDGYQ0AEGINABpiDQBiYg0AZ2INALRiDQC8Yg0ABmMNAAxjDQBYYw0AZGMNAKpjDQCwYw0A/GMNAAVkDQBOZA0AW2QNAKBkDQCoZA0A8mQNAPNkDQBEZQ0ARmUNAJZlDQCZZQ0A6GUNAOtlDQCoRw8AUGYNAIxmDQCUZg0A3mYNAOpmDQAwZw0ANmcNAIJnDQCIZw0A1GcNANlnDQB4aA0AAGgNACZoDQAuaA0ATEgPAH5oDQCeSA8A4GgNABxpDQAeaQ0AbmkNAHtpDQDAaQ0Ax2kNABJqDQAaag0AZGoNAHRqDQC2ag0AuGoNAAhrDQAWaw0AWmsNAGtrDQBCSQ8As2sNAJRJDwAMbA0AUGwNAFpsDQCibA0ArWwNAPRsDQD8bA0ARm0NAFJtDQCYbQ0Aq20NAOptDQD4bQ0APG4NAEZuDQCObg0Alm4NAOBuDQDvbg0AMm8NADdvDQCEbw0Ai28NANZvDQDibw0AOEoPAGNwDQB6cA0AtXANAMxwDQDUcA0AikoPAEZxDQBwcQ0AfHENAMJxDQDIcQ0AFHINABpyDQBmcg0Aa3INALhyDQC+cg0A3EoPAAtzDQBccw0AYnMNAK5zDQCzcw0AAHQNAA90DQBSdA0AXnQNAKR0DQCndA0A9nQNAPl0DQBIdQ0AUHUNAJp1DQCpdQ0A7HUNAPF1DQA+dg0AVHYNAJB2DQCRdg0A4nYNAPN2DQA0dw0AQHcNAIZ3DQCQdw0A2HcNAOR3DQAqeA0AMXgNAC5LDwCMeA0AzngNANp4DQAgeQ0AL3kNAHJ5DQCGeQ0AxHkNANN5DQAWeg0AJ3oNAGh6DQB0eg0AgEsPAL96DQAMew0ADnsNAF57DQBvew0AJEwPALx7DQACfA0ACHwNAFR8DQBgfA0ApnwNAK58DQB2TA8A/nwNAEp9DQBWfQ0AnH0NAKR9DQDITA8A+n0NAEB+DQBDfg0Akn4NAJx+DQAaTQ8A5n4NADZ/DQBEfw0AiH8NAJl/DQC+TQ8A4H8NACyADQA4gA0AEE4PAIaADQDQgA0A04ANACKBDQAugQ0AdIENAICBDQDGgQ0AzoENALRODwAjgg0AaoINAHaCDQC8gg0AxIINAAZPDwAXgw0AYIMNAHGDDQCygw0Aw4MNAASEDQAMhA0AVoQNAFmEDQCohA0AsoQNAPqEDQD8hA0ATIUNAFuFDQCehQ0AvoUNAPCFDQD4hQ0AQoYNAEyGDQCUhg0AmoYNAOaGDQDohg0AOIcNAEeHDQCKhw0AlocNAFhPDwDohw0ALogNAEyIDQCAiA0AhogNANKIDQDbiA0AJIkNADGJDQB2iQ0AfokNAMiJDQDeiQ0AGooNAByKDQBsig0Ah4oNAL6KDQDKig0AEIsNAB2LDQCqTw8AaIsNALSLDQC8iw0ABowNAByMDQBYjA0AXYwNAKqMDQCwjA0A/IwNAAiNDQBOjQ0AVo0NAPxPDwCtjQ0A8o0NAAKODQBEjg0ASY4NAJaODQCcjg0A6I4NAP6ODQA6jw0API8NAIyPDQCWjw0A3o8NAOyPDQAwkA0ANZANAIKQDQCPkA0ATlAPAOOQDQAmkQ0AL5ENAHiRDQCCkQ0AypENANiRDQAckg0AIZINAG6SDQB7kg0AwJINAMiSDQASkw0AIpMNAGSTDQBmkw0AtpMNAMSTDQAIlA0AGZQNAKBQDwBhlA0A8lAPALGUDQD+lA0ABJUNAFCVDQBYlQ0AopUNAKyVDQD0lQ0A9pUNAEaWDQBJlg0AmJYNALiWDQCWUQ8A9pYNADyXDQBClw0AjpcNAJqXDQDglw0A6JcNAOhRDwA+mA0AhJgNAIqYDQDWmA0A4pgNACiZDQAwmQ0AOlIPAHyZDQDMmQ0A2pkNAB6aDQAvmg0AjFIPAH2aDQDCmg0A2ZoNAN5SDwAemw0AZpsNAHKbDQC4mw0Au5sNAAqcDQAUnA0AMFMPAGGcDQCunA0At5wNAACdDQARnQ0AUp0NAFmdDQCknQ0ArJ0NAPadDQADng0ASJ4NAE2eDQCang0ApJ4NAOyeDQD0ng0APp8NAE2fDQCQnw0AlZ8NAOKfDQD4nw0ANKANADWgDQCGoA0AlKANANigDQDpoA0AKqENADahDQB8oQ0AhKENANRTDwDSoQ0ASAEAANahDQCu5A4A2qENALAzDAAsog0ApggAAHqiDQBUpQ0AGaQNAFIpAABipA0APisAAGSlDQCoOQAA+6UNAIo8AABNpg0AjEQAAPCmDQA6FA0A8aYNABxHAAD1pg0AlEYDAPimDQD6oQYARKcNALpYAADopw0A0F4AADqoDQCqagAA3agNABJxAAA7qQ0AuHkAAIKpDQDsfAAA0qkNAMSAAAB8qg0AvIkAADerDQBqqw0AsK0NAODHAACirg0AaNMAAPSuDQBg3AAAmK8NAHjqAABEsA0AcPMAAK6wDQDC8wAA3rANABT0AAA6sQ0A2PkAANyxDQBy+wAALbINAEAAAQDnsg0A5ggBACazDQCqDgEAi7MNAL6zDQAstA0AYrQNAGq0DQC0tA0AwLQNALYVAQAOtQ0ARhgBAMa1DQD8tQ0ABLYNAE62DQBQtg0AUh8BAKy2DQAWJQEATLcNAA4uAQCYuA0AZkYBADi5DQDsSQEATLkNAMK5DgBUuQ0A1rcOAIi5DQDYSwEA5rkNABZOAQArug0A+FABAHy6DQDkUgEAersNANRkAQDauw0AErwNABq8DQAmZQEAc7wNAGRnAQAKvg0AsoABAFi+DQCivg0Asr4NAASBAQBSvw0A3IQBAKC/DQDqvw0A+r8NAC6FAQCawA0Ago0BANLCDQC2CwIA1sINAFANAgDawg0ApqIBAObCDQAWGwIAeMMNAADlDgB5ww0ARjkKAHzDDQCIpQEAjMMNAFBhCgDKww0ALgMOAN7DDQDapQEA7sMNAAwVDwAbxA0ALKYBAB7EDQDY5woAxMQNAPqqAQAWxQ0ATKsBALzFDQBisQEAW8YNAHi3AQD/xg0AULsBAEvHDQCaxw0ApscNAPS7AQCYyA0A4sgNAOXIDQCMegsA7sgNAFzCAQBJyQ0A7MQBAKfJDQDYyQ0ALsoNAL5MCwA6yg0AstIBAFTKDQDOxwEAiMoNAOTNAQAsyw0AYNIBANDLDQCo0wEAMswNAPrTAQDKzA0AntQBABXNDQCU1QEAEM4NAILfAQCvzg0A0n0KALLODQBQ5AEAtM4NACbOCwASzw0ASs8NAKTPDQDuzw0AuM8NAD7uAQDxzw0Amg4LAPjPDQAsGQsA+88NAMj5CgAJ0A0APOYBAA/QDQDkFwsAlNANAGbqAQC60A0AdJULAPLQDQAA7AEAQtENAPbsAQCD1A0A5v4BAKLhDQC6PAsAQOINAM5ECgBG4g0A+qACAHvjDQCssw4AgOMNABzkDQCU4w0A/uYNAJzjDQCEtw4AoOMNAFqwAgAe5A0APpQKACDkDQCGEAsAIeQNAFKRBgAj5A0AKKwHACbkDQCssAIAK+QNAP6wAgAt5A0ABvADAFDkDQBqOAQAZuYNALq/AgAG5w0AUOcNAFHnDQA+vQoAWucNAMhqDABf5w0AXJwNAG/nDQC0JQ8ArOcNAIjEAgCb6A0A7usCAJ7oDQASQAkAn+gNAFDaAgCh6A0AlMsCAKLoDQAG0QIApOgNAObBAwCl6A0ARNMCAKboDQC44AIAp+gNACTOAgCo6A0AvL0DAK7oDQAm1gIA0+gNAChwDQDO6w0AVhsDANLrDQC88AIA1usNAGbiCgAq7A0A+vICAGDuDQDEEAMAve8NAOglAwBh8A0AhC8DAAvxDQBcMwMAR/ENAHw4AwA38g0AJEkDAIPzDQA0YAMAIfQNADZoAwDW9A0AFvUNAA72DQD8awQAD/YNACCLAwAW9g0AwoQHALP2DQD4jgMAt/YNACyTBwCp9w0AHKQDAKf4DQAArwMAT/kNADSyAwAA+g0ANvoNAD76DQCI+g0Al/oNAJK5AwA1+w0ALn0KADj7DQCyvgMAhvsNAND7DQCa+w0AZLIOANr7DQAEvwMAfPwNAHbEAwDV/A0AYsYDAL/9DQDg0gMAvv4NANDkAwAM/w0AAGoOAHL/DQCo/w0AsP8NAPr/DQAHAA4AntYJAAsADgAE6AMADwEOAIzzAwBIAQ4AovkDAO0BDgBeCAQA8gEOADwlCADzAQ4AwigIAPUBDgDKHwgAVAIOAIoCDgCSAg4A3AIOADADDgAmUwsANgMOALayDgA4Aw4AQAsEADoDDgByWgwAUQMOAORfDABuAw4AdmoMAIgDDgAiDgQA/AMOACQEDgCABA4AQhMEACkFDgCgGgQAwQUOAEYjBAAdBg4Ahi0EAB8GDgCEJQQAEAcOABYwBAALCA4AqDoEAFEIDgB2PwQAUAkOANRGBACyCQ4A6AkOAAQKDgA6Cg4ASQoOABxIBADwCw4AJgwOAC4MDgB4DA4AhwwOAPpjBADTDA4AWGsEAMINDgBacwQAzQ0OAA5tBwAVDg4AjnYEAA0PDgCUjgQAFw8OAJKGBABsEA4AohAOAKoQDgD0EA4A+RAOANagBAADEQ4A1JgEAOoSDgBMtgQA3xMOADrABACWFA4AzBQOANQUDgAeFQ4AJBUOAHDLBACGFQ4A9s4EACoWDgDQ2gQAxxYOAJboBABrFw4ARvAEABwYDgBSGA4AWhgOAKQYDgCzGA4AxPwEALQYDgAiBAUAzRgOAEwIBQBUGQ4AGAUFAKIZDgDsGQ4A9hkOAGoFBQD+Gg4ANBsOADwbDgCGGw4AjxsOAG4VBQDiGw4AWhcFAJgcDgDOHA4A1hwOACAdDgAhHQ4APiIFACUdDgDWbQUAJh0OABguBQAtHQ4AnCkFAC8dDgDMHAUAIB4OACwsBQAWHw4AljoFAGgfDgDAPgUAth8OALY/BQBiIA4AuEcFABQhDgBKIQ4AUiEOAJwhDgCmIQ4AaE8FAPEhDgAiVgUAriIOAOQiDgDsIg4ANiMOAEMjDgBMWgUARSMOAOhjBQCNIw4AJF4FADQkDgBaaQUAkCUOAMYlDgDOJQ4AGCYOACcmDgAgdwUAECgOANSOBQByKA4AqCgOAMQoDgD6KA4ABykOAByQBQAMKg4AQioOAEoqDgCUKg4AlyoOABahBQBsKw4AlK0FAN8rDgBisgUA4ysOAA4mCgCNLA4AyrgFANUsDgCivAUAJC4OAPjMBQB4Lg4AGNIFAGovDgDcFQgAfi8OADgVCADQLw4ABjAOAA4wDgBYMA4AWzAOAMjZBQDGMA4A/DAOAAQxDgBOMQ4AXTEOAE7dBQCrMQ4AtuMFADwzDgB0+gUA6jMOAOBPDADtMw4ABP0FAO4zDgBGTgwAPDQOANwABgBCNQ4AeDUOAIA1DgDKNQ4A0zUOACYKBgAmNg4AEgwGAM82DgDMEgYAKzcOALocBgC5Nw4ADiUGAF04DgBOLwYAATkOACg7BgCsOQ4AmkAGAP45DgDOQwYAUjoOAAJHBgBYOw4AjjsOAJY7DgDgOw4A7zsOAAZXBgA6PA4AhDwOAJM8DgDUWwYANz0OAJhhBgCHPQ4ApnAGAIk9DgDiagYAjD4OAMI+DgDKPg4AFD8OAII/DgC4Pw4AwD8OAApADgAXQA4AloIGAGlADgAmhQYAvEAOAKyIBgBUQQ4Awo4GAAJCDgDOlQYApUIOAKqpBgDlQw4ASLsGADlEDgACwgYA3UQOANLOBgCBRQ4A/toGACZGDgAK4gYAjkYOAMRGDgDMRg4AFkcOACNHDgCa5AYA1kcOAAxIDgAUSA4AXkgOALNIDgDG8AYAY0kOAFbzBgAUSg4ASkoOAFJKDgCcSg4ApkoOAPz7BgD8Sg4Alv0GAE9LDgBkAgcAnEsOAI4GBwBSTA4AiEwOAJBMDgDaTA4A7E0OACJODgAqTg4AdE4OACRPDgDmHgcAck8OALxPDgC+Tw4AOB8HALtQDgA+NwcAv1AOAJguBwASUQ4AXDQHAFdRDgBINgcABFIOACo5BwBPUg4ADDwHAPpSDgAsQQcATlMOAEJHBwDyUw4AJEoHAERUDgB2SgcAplQOANxUDgDkVA4ALlUOAD1VDgAGTQcA31UOADxYBwA0Vg4ApF4HADZXDgBsVw4AdFcOAL5XDgDNVw4AnGcHALdYDgAGWQ4AIFkOAFh2BwB0WQ4AqlkOALJZDgD8WQ4AC1oOADB6BwCDWg4AynsHAA5bDgBEWw4ATFsOAJZbDgD3Ww4AUH8HAJhcDgC4hQcA8FwOAOKJBwCJXQ4ASgsIAIxdDgBejgcA210OAFSPBwDUXg4A8qAHACZfDgBapwcAdV8OAFCoBwCAYA4AtmAOAL5gDgAIYQ4AFGEOACC1BwBiYQ4ArGEOALBhDgBotgcADmIOAAK4BwC+Yg4A9GIOAPxiDgBGYw4AbmMOACTFBwCdYw4AMMwHAAZkDgAKxAkARGQOAI5kDgDEZA4AUNEHAFVlDgCEZQ4AfWYOAGzvBwB3Zw4AcP8HAMBoDgAKaQ4AI2oOAIoVCAC0ag4ABhoIAFBrDgAmHwgA72wOAPiuCADxbA4A2C4IANhuDgBMPAgAI28OAFhDCAAqbw4AdkAIAA9xDgDsVQgADnIOAH5gCABScw4AnHMOANNzDgC2cwgAXHQOAJJ0DgCadA4A5HQOAPN0DgBmewgAkHUOANp1DgARdg4AaIMIAIZ2DgDuhggAHngOACaaCAAaeQ4A4KAIABB6DgDiqAgAcnoOADSpCAC3eg4AhqkIAFF7DgDQsggARnwOAETACABCfQ4A+NcIAPh9DgAufg4ANn4OAIB+DgCKfg4AiuIIAEOADgDA7QgAZIEOAGAHCQC9gQ4A0gwJAFqCDgAmFQkAuoIOAFoYCQD9gw4Axi4JAFaEDgCWhA4AlYUOAII9CQA9hw4A4kwJAM+HDgCwUQkAKYgOAORUCQDciA4AEokOABqJDgBkiQ4AuIkOADhdCQDIig4A/ooOAAaLDgBQiw4AeIsOALZpCQD9iw4AzG8JAE6MDgCYjA4ApowOAHBwCQDwjA4ArnIJAJuNDgB8dwkA4Y0OAFR7CQDfjg4A8IQJAOKODgCUhQkAK5AOABKSCQB1kA4AWpMJAM+QDgCOlgkAHJEOAB6ZCQCKkQ4AuJEOAHiSDgDupQkA1pIOAECmCQD+kw4ASJQOAHqUDgBMrQkAf5QOAKisCQBAlg4AJLEJAJaWDgBYtAkA5ZYOAKC1CQDblw4AtrsJACWYDgCOvwkA45gOABaZDgDWmQ4ADJoOABSaDgBemg4Aa5oOACLSCQC9mg4ABNUJAGGbDgCA2QkAF5wOAEqcDgCunA4AtKoOALucDgDunA4Anp0OAFDmCQCgnQ4AEuQJAEieDgCIng4A6J4OAEjvCQCOnw4AfvoJAOKgDgAYoQ4AIKEOAGqhDgDaoQ4AMhIKALWiDgBIGAoAv6MOAOQhCgBcpA4A5ikKAAylDgBCpQ4ASqUOAJSlDgACpg4AOKYOAECmDgCKpg4AMacOAAizDgA2pw4AgKcOADinDgAYYwwASqcOAJjeDgCKpw4A6jkKACqoDgBcPwoAGKoOABhOCgAHqw4AEFcKAAisDgBuXgoAIKwOAEyZCwBWrA4AoKwOAL6sDgDAXgoAQq4OAOwtDACUrg4APi4MAPquDgAwrw4AOK8OAIKvDgD0rw4AkGsKAICwDgBYqgoAGrIOACzxDgAksw4AIBMPADSzDgBasw4A2LMOAP6zDgC+tA4A9LQOAPy0DgBGtQ4ApLUOAJaDCgAGtg4APLYOAES2DgCOtg4A7LYOAEzrCwBItw4ACLIKAIa4DgAyjQoA5rgOAMKPCgDKuQ4AFLoOAG66DgA0Og8AvbsOAF6ZCgDHuw4AFpgKALC8DgDknAoAZL0OAJq9DgCivQ4A7L0OADu/DgDcpQoAesEOAF7CCgDGwg4AbNEKALrDDgCg1AoA+8QOAACICwD+xA4ApF8LAALFDgCO3goACMUOACyUCwCkxQ4A7sUOAPjFDgBc4woAAMcOADbHDgA+xw4AiMcOAC7IDgDa7woAg8gOAGDzCgByyg4ARP4KAMTKDgAOyw4AGssOAHgBCwC+yw4ArAQLAF7MDgCozA4Av8wOAMwJCwB40Q4AviMLAB/SDgA6KAsAYdQOAH5CCwAO1Q4ATtUOAP/VDgCCUgsAAtYOADpRCwD21g4AwFQLAIrYDgDU2A4A19gOAMxbCwCE2Q4AUl8LAHbaDgByZAsAmdoOAEwfDwDc2g4AumULAGfbDgC22w4AXdwOAPhnCwBk3A4ANmoLAADeDgD6bwsAAt4OAMrOCwCg3g4A6t4OAJDgDgB4fAsA1uEOAD6KCwDb4Q4AEn4LAAzlDgC2+QsAKOUOANgRDwBa5Q4ApOUOAKflDgA0iwsABuYOAM6MCwBU5g4AxI0LAKLmDgDs5g4A9uYOABaOCwBa6Q4AvJYLAOPpDgAGbQwAIeoOAASYCwCM6w4AlJoLADDsDgCKmwsA1OwOANKcCwBc7Q4Apu0OALDtDgBYoAsAS+4OAFQ0DABP7w4ArKgLADHxDgBSsQsAEPQOAFbBCwAa9A4AYsgLAK72DgBa0QsA/vYOAFDSCwBK9w4A9NILAJf3DgA81AsAjfgOAHrWCwCI+Q4A0vkOACz6DgB2+g4AG/sOACreCwB0+w4AvvsOABj8DgBi/A4ACf0OAJLkCwCy/Q4A/P0OAFb+DgCg/g4Anv8OALLpCwD0/w4A+uoLAJQADwDeAA8A7gAPAJTsCwClAQ8A1AEPAIQCDwDy8wsA7gIPABwDDwAuBA8A9PsLAMgFDwAUAQwAbAYPAFwCDAAQBw8ApAMMAKQHDwD2AwwAvggPACAIDADjCA8AugkMADoJDwDeKQ8AjQkPAEoMDACQCQ8ANg4MANkJDwAoCg8ARAoPAHoKDwDPCg8AHgsPADoLDwBwCw8AygsPABQMDwAeDA8AiA4MAG4MDwDSSw8AvgwPAFYTDAC8DQ8AgBcMAAMODwAQGgwAWg4PADAqDwBdDw8AWG0MAPgPDwCYJQwAghMPAPDhDADEFA8Aij8MALMVDwCINwwAYBYPAMY5DABOFw8Anj0MAJoYDwDkGA8A7hgPAL5CDACWGQ8ATkUMABcdDwA8TwwAfB0PALIdDwAgHg8AVh4PALYeDwBwUgwAdx8PAJ4fDwDJHw8A8B8PABsgDwBCIA8AbSAPAJQgDwDuIA8AOCEPAD0hDwD2VQwAMSIPAF5cDAB/Iw8ALGEMAMsjDwAaJA8ARSQPAGwkDwDBJA8AECUPADslDwBiJQ8AJSYPAFgmDwDJJg8AqGUMAAUnDwDSaQwAbScPAKAnDwBMKA8AligPAKYoDwC+awwA9CgPALRsDABPKQ8AvmENAG0tDwBcpgwAwi0PAACnDAC0Lg8A+rcMAFgvDwBivgwA/C8PABzFDACgMA8AjsoMAEQxDwCa0QwA6DEPABbWDACMMg8AktoMADAzDwD64AwA2DMPAObiDAA4NA8AcDQPAHg0DwDCNA8ArDcPAPY3DwAUOA8A/vAMADI7DwC+Dw0AmjsPAJYTDQAsPA8A1BUNAHo8DwBkGA0AyzwPAPQaDQAbPQ8AzB4NAHg9DwC4IA0A1j0PAAw+DwBgPg8ANi0NALw+DwDQLg0AFz8PAGAxDQBcPw8AJDcNABRADwBOOw0AMEQPAM5PDQDMRQ8ATFwNABpGDwBCXQ0AaEYPALJGDwC2Rg8AlF0NAAxHDwBWRw8AsEcPAPpHDwCmSA8A8EgPAE5JDwCsaw0AnEkPAOZJDwDqSQ8A/msNAAxLDwAKcw0A6UsPALp6DQB4TA8A+HwNANJMDwDufQ0AIk0PAGxNDwB8TQ8A5H4NAMdNDwDafw0AE04PAGJODwC+Tg8AGIINABZPDwAOgw0AClAPAKCNDQCsUA8AWpQNAPpQDwBEUQ8AVFEPAKyUDQDsUQ8AMpgNAEpSDwB6mQ0AmlIPAHCaDQDmUg8AFJsNADNTDwCCUw8A","fail":"AAAAAAAAAAACgwAAXqEBAD7PAABuNAYA4hcCAB7gBgAI4wEA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAA5oMBADiEAQCKhAEA3IQBAAAAAAAI4wEA2JUKAPawBwAujwAAxg0AAAjjAQA+QgoAkEIKAOJCCgA0QwoAavoBALBcDAC8yQoAXo0DAAAAAABuNAYA4hcCAOIXAgAsngoAtAMCAAYEAgCWeQsAqJgLAOaiAgA4owIA/A4BABLEBAAKVAwALJ4KAAjjAQAQvAQAXqsAALCrAAACrAAAVKwAAKasAADGDQAACOMBAOakCgD4PQcA4hcCANogAgDu1wQACrkGAAAAAABuNAYACOMBAGaQCgCQsQMATgUCAMBJCADa9wEAAoMAAOoOAgBYvwwAqr8MAFCIAgB6JQAACOMBADC4CQCCuAkAJkYAAO6uBAAujwAAgI8AAEiRAgAOjAgAYIwIAAjjAQDYlQoA9rAHAC6PAADGDQAACOMBAD5CCgCQQgoA4kIKADRDCgC+0QoAENIKAFIAAABSAAAALroIAOIXAgAmRgAACOMBAL7RCgDYnQEAAAAAAC6PAABOBQIAxg0AAHgdAABiFwAAHuAGAHDgBgAwwAAAgsAAANTAAABCywIARNMCAJbTAgCoMQkAWBgAALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAC+0QoAENIKAFIAAABSAAAA0H0BAELqAwAujwAADKsAAOIXAgA0GAIAjr4FAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAFrEAABKNAgAnDQIAAAAAAAOigAArnABAOIXAgDaIAIAxg0AAAjjAQDQfQEAQuoDAJTqAwBSAAAALoUBAICFAQDShQEAJIYBAHaGAQDIhgEAGocBAAAAAABCywIA7usCANidAQAqngEAfJ4BAB4UCgCcSQoA7kkKAD5CCgCQQgoA4kIKADRDCgBq+gEAgrgJALIkAgBWOwgAqDsIAPo7CAAe4AYACOMBAG40BgDyRAgACOMBAJZ5CwCK4wwAykYAABxHAABuRwAAwEcAABJIAABkSAAAAAAAAMBJCABybgoAvtEKAHgdAADKHQAAHB4AAG4eAADAHgAAEh8AAEo0CACcNAgAAAAAAA6KAAAujwAAxg0AAJhgAgD0awkAHuAGAAjjAQC+0QoAFi8AAGgvAAC6LwAADDAAANb+CwDa9wEAAoMAAF6hAQB4HQAAHuAGAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAALQDAgAGBAIA2vcBACz4AQB++AEA0PgBAD5CCgCQQgoABhgAAFgYAAC4kAoAqG8LAEgBAACaAQAA7AEAAD4CAACQAgAAPs8AABADAgBeoQEACOMBAGaQCgAwOwEAgjsBAEiRAgCucAEAHuAGANRIDABmkAoAuJAKAKhvCwBIAQAAmgEAAOwBAAA+AgAA1v4LANr3AQACgwAAXqEBAHgdAAAe4AYACOMBAOakCgAwwAAAgsAAANTAAAAmwQAAeMEAAMrBAAAcwgAAbsIAAMDCAAASwwAAZMMAALbDAAAIxAAAtAMCAAYEAgDa9wEALPgBAH74AQDQ+AEAPkIKAJBCCgAGGAAAWBgAALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAA+zwAAEAMCAF6hAQAI4wEAZpAKADA7AQCCOwEASJECAK5wAQAe4AYA1EgMAAKDAABeoQEAoCQDAELLAgDu6wIAFi8AAGgvAAC6LwAADDAAANb+CwDGDQAAeB0AAModAAAcHgAAbh4AAMAeAADW/gsAeiUAAFbABwDiFwIAMFwKAJhgAgDW/gsA/A4BAF7qBgDGDQAA2J0BAMpvAAAIVgsA7CIJALZVCwAkzgIAXqsAALCrAAACrAAAVKwAAKasAAD4rAAAZpAKALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAD8DgEAHLgBAMYNAACYYAIACOMBANr3AQCqbQwA5qQKADyVBQC+0QoAqhsMAO6uBABArwQAAHEBAAAAAAAMqwAADKsAAC6PAADGDQAA2J0BAAjjAQDYlQoA1EgMAGIXAACcFAMALo8AAB7gBgAI4wEAWuMBAGChCgDiFwIACOMBAA6KAADGDQAAeB0AAAjjAQAAAAAAYhcAAOA4AgCw1ggAtBcAAD7PAABiFwAACOMBANiVCgBw4AYARqAMAJigDADa9wEAAoMAAF6hAQB4HQAAAAAAAOIXAgBOBQIAAoMAAFSDAACmgwAA+IMAAEqEAACchAAAaCUBAB7gBgDUSAwAYhcAAJwUAwAujwAAHuAGAE4FAgAujwAAgI8AANzgAAAIsAIA2vcBAAKDAAAKuQYATgUCAB7gBgDa9wEATgUCAC6PAACAjwAA3OAAAAiwAgAOigAA2vcBANB9AQBC6gMADKsAAAjjAQDgOAIAMjkCAIQ5AgAI4wEASjQIAJw0CAAmRgAA7q4EAECvBAAujwAASJECAJqRAgDskQIACOMBAB4UCgCcSQoA7kkKAD5CCgCQQgoA4kIKADRDCgDmpAoA+D0HAEo+BwAifgEAPs8AAC6PAABiFwAAtBcAAKo3AQD8NwEAxg0AADjOCgBSAAAAUgAAAC66CADiFwIAJkYAAPRrCQAe4AYATgUCAAKDAAAwwAAAgsAAANTAAABOBQIA/A4BAE4PAQACzQkAAAAAANB9AQBC6gMALo8AAGIXAAAmRgAACOMBANiVCgD2sAcALo8AAMYNAAAI4wEAPkIKAJBCCgDiQgoANEMKAL7RCgAQ0goAUgAAAFIAAAAuuggA4hcCACZGAAAI4wEA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAArMQAADA7AQCCOwEAJkYAAKQVAgAMqwAAoLMBAGptCwAI4wEASjQIAJw0CAAAAAAADooAAC6PAADGDQAAmGACAPRrCQAe4AYACOMBANr3AQAsngoACOMBAL7RCgB4HQAAyh0AABweAABuHgAADooAACZGAAB4RgAAykYAAGIXAAAmRgAANEwFAAyrAABolgIA8CYCADRMBQBuNAYA8kQIAAjjAQBmkAoA0H0BAA6KAACQ7gEArnABAABxAQAI4wEAAoMAADDAAACCwAAAztEAAOakCgAwwAAAgsAAANTAAAAmwQAAeMEAAMrBAAAcwgAAbsIAAMDCAAASwwAAZMMAALbDAAAIxAAAWsQAAEo0CACcNAgAAAAAAA6KAACucAEA4hcCANogAgAAAAAA4hcCAOwDCADyRAgAkO4BAFIAAACkAAAA9gAAAAjjAQAAAAAAUgAAAKQAAAD2AAAASAEAAJoBAADsAQAAPgIAADy9AQCOvQEAELwEAGiWAgC6lgIADJcCAPg+CwBKPwsAnD8LAD7PAACucAEA0jQFAHhGAACq0woAzlgIACZGAAAI4wEA5qQKAApUDAAsngoACOMBAGaQCgC4kAoAqG8LAEgBAACaAQAA7AEAAD4CAACQAgAAELwEAGK8BAC0vAQAeiUAAFbABwCQ7gEADooAAOIXAgDaIAIA4hcCAAjjAQAQvAQAXqsAALCrAAACrAAAVKwAAKasAAD4rAAAvtEKAHgdAABiFwAAJkYAAAjjAQDmpAoAMMAAAILAAADUwAAAtAMCAAYEAgDa9wEALPgBAH74AQDQ+AEAPkIKAJBCCgAGGAAAWBgAALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAAeFAoAnEkKAO5JCgC+0QoAeB0AAAAAAAACgwAAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAHolAADkpAEANqUBAIilAQC6BwQA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAA5oMBADiEAQCKhAEA3IQBALIkAgBWOwgAqDsIAPo7CABMPAgAnjwIAPA8CADmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAPRrCQAOigAAxg0AACB2AQAAcQEAkO4BAAjjAQD8DgEAXuoGAGrSBQDASQgAAoMAAApUDACcFAMAXo0DAPwOAQAI4wEAAAAAAAyrAACgswEAsmQMAARlDABiFwAAsiQCAAQlAgBWJQIAYAUBAELLAgBgBQEAAoMAADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAAB6JQAA5KQBADalAQCIpQEAAAAAAG40BgDyRAgAkO4BAOLuAQDGDQAAeB0AAGrSBQB0qAUAxqgFAIxHDADSNAUAnB4CAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA5sEDADjCAwCKwgMA3MIDAC7DAwCAwwMA0sMDACTEAwB2xAMAmpMKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAAHEBAModAAAcHgAAbh4AAMAeAADaIAIAgI8AANzgAAAIsAIA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAA5oMBADiEAQCKhAEA3IQBAE4FAgDiFwIA2iACACwhAgBc+AwAxg0AAHgdAAAe4AYACOMBANb+CwDS5AwA0H0BACJ+AQB0fgEAxn4BABh/AQBqfwEAPs8AABADAgBeoQEACOMBAEo0CACcNAgA7jQIAEA1CACSNQgA5DUIAAjjAQAOigAAxg0AACB2AQAAcQEAkO4BAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAFrEAAD8DgEAXuoGAGrSBQDASQgAAoMAAApUDACcFAMAXo0DACZGAABOBQIAAoMAAPg9BwBKPgcAIn4BAD7PAAAujwAAHuAGAAjjAQDW/gsA4hcCAOwDCADa9wEAAoMAANr3AQDQfQEAFv8MAAKDAAAwwAAAgsAAANTAAAAmwQAAeMEAAMrBAAAcwgAAbsIAAMDCAAASwwAAZMMAALbDAAAIxAAALo8AAICPAADc4AAACLACAFSDAACmgwAA+IMAAEqEAACchAAANnwBAIh8AQDafAEALH0BAH59AQDUSAwAgI8AANzgAAAIsAIAONYBAAyrAAAujwAAUgAAACZGAAA0TAUAbjQGAAjjAQAQ8QsAAAAAAAAAAAAAAAAAugcEAEo0CACcNAgA7tcEAF6hAQAYDgAA8kQIAELLAgD4CAAADooAAMYNAAB4HQAAyh0AAGIXAACyJAIABCUCAFYlAgCwUQkAAlIJAFRSCQBmkAoAuJAKAKhvCwBIAQAAmgEAAOwBAAA+AgAAkAIAAD5CCgCQQgoA4kIKADRDCgDmpAoA+D0HAEo+BwAifgEAPs8AAC6PAAAe4AYAYhcAALQXAAAGGAAA5qQKAPSpCwCmgwAA+IMAAEqEAACchAAA7oQAAJZ5CwComAsAnvUKAJZ5CwCK4wwArnABAF6NAwCwjQMASJECAMBJCACq0woAxg0AAJhgAgA+zwAArnABANI0BQB4RgAACOMBAEo0CAA0GAIA2vcBANr3AQCucAEA0jQFAPwOAQAAAAAACOMBAFrjAQCs4wEA/uMBAFDkAQAI4wEAZpAKANB9AQAW/wwAAoMAAF6hAQB4HQAAELwEAMBJCABybgoAatIFAOA4AgAI4wEALJ4KAG40BgDOWAgA4hcCAAjjAQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAL7RCgB4HQAAlHELACZGAAA0TAUAAHEBAJDuAQAAAAAAYhcAAEiRAgCakQIA7JECAELqAwAe4AYAcOAGAFSDAACmgwAA+IMAAEqEAACchAAAJqULADI5AgCEOQIArnABAK5wAQCQ7gEAYhcAALIkAgBGVwcADooAAOIXAgDaIAIATucEAPawBwAujwAAxg0AABymCwC0FwAAqjcBAPwOAQASxAQA8CYCAAyrAAAe4AYA1EgMAGIXAACcFAMALo8AAAAAAABuNAYAkO4BAK5wAQAAcQEACOMBAFrjAQCs4wEA/uMBAFDkAQBa4wEAYKEKAOIXAgAI4wEADooAAMYNAAB4HQAAyh0AAAjjAQBa4wEArOMBAP7jAQBQ5AEAWuMBAGChCgDiFwIACOMBAA6KAADGDQAAeB0AAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAFrEAADmgwEAOIQBAIqEAQDchAEACOMBAA6KAADGDQAAeB0AAModAABiFwAAsiQCAAQlAgBIkQIADowIAGCMCAAwXAoAIHYBAG40BgDyRAgArnABAABxAQCcFAMAIuUDABy4AQD8DgEACOMBAL7RCgAQ0goAUgAAAFIAAAAuuggA4hcCACZGAAD0awkAHuAGAAjjAQDmpAoAFHwMAK5wAQAI4wEASJECAA6MCABgjAgAMFwKACB2AQBuNAYA8kQIAAjjAQAeFAoAAAAAAMYNAADYnQEAKp4BAELLAgDGDQAAoCQDAAjjAQBKNAgA7AMIAM5YCAAmRgAANEwFAABxAQAujwAAxg0AAMYNAADYnQEAeB0AAModAAA0TAUAbjQGAPJECAAujwAAgI8AANzgAAAIsAIAAoMAAK5wAQAW/wwAQssCAFDaAgAmPgkAVLkLAKa5CwD4uQsASroLAJy6CwDuugsAQLsLADQYAgCGGAIA2BgCAHolAADkpAEANqUBAIilAQDUSAwAgI8AANzgAAAIsAIAAAAAAAKDAABIkQIAmpECAOoOAgDQfQEAAoMAAApUDACQ7gEA6g4CAAKDAABeoQEAsKEBAAKiAQBUogEApqIBAPiiAQBKowEAnKMBAO6jAQBApAEAkqQBAG40BgD8DgEAUgAAAKQAAAA2SQIAjEcMAN5HDAAYDgAA8kQIAHolAADkpAEANqUBAEY5CgCYOQoADooAANB9AQAmRgAANEwFAFIAAADQfQEAFv8MAGj/DADkpAEANqUBAEY5CgCYOQoAeB0AAModAADc4AAACLACAAAAAAAI4wEA2vcBACz4AQB++AEA0PgBACL5AQB0+QEAxvkBAC6PAACuRwEAouQBAPTkAQBG5QEAmOUBAOrlAQAwuAkAsFwMAABIAQBSSAEApEgBAPZIAQBISQEAmkkBALQDAgAGBAIAMLgJALBcDACi5AEA9OQBAEblAQCY5QEA6uUBAFzECQDQfQEAFv8MAGj/DAC6/wwADAANADr1CwAgZAsACOMBAEo0CACMRwwAnAINAO4CDQBAAw0AXMQJAK7ECQBa4wEArOMBAP7jAQBQ5AEAAAAAAM5jCwAI4wEASjQIAIxHDACcAg0A7gINAEADDQBcxAkArsQJAFrjAQCs4wEA/uMBAFDkAQBa4wEArOMBAP7jAQBQ5AEA2qUBALoHBABGTgwAmE4MAOpODAA8TwwAjk8MAAAAAAAOigAAYIoAAJwUAwDSNAUA6g4CAJDSDAAe4AYA4DgCAA6KAABgigAAnBQDANI0BQDqDgIAiNsMAOIXAgA0GAIAjr4FAF7qBgA+zwAAbjQGAOIXAgDgOAIA6g4CAAKDAABeoQEAsKEBAAKiAQBUogEApqIBAPiiAQBKowEAnKMBAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAAAAAAeiUAAOSkAQA2pQEAiKUBAFIAAADmmQcAatIFACZGAAD0awkASJECAJqRAgDskQIAPpICAJCSAgDGDQAACOMBAJZ5CwComAsAnvUKANr3AQCqbQwAAAAAAOakCgAoUQwAelEMAMxRDAAeUgwAcFIMAMJSDAAUUwwAMLgJAICPAADc4AAACLACAELLAgAAAAAAbjQGACZGAABCywIADKsAAKCzAQDyswEARLQBAJa0AQDotAEA2iACAE7nBAAI4wEADooAAMYNAAAgdgEAAHEBAJDuAQAI4wEAOvULACBkCwAwuAkAAAAAANB9AQAAAAAADooAAAKDAAD4PQcAAAAAAAAAAAAOigAAJkYAAAjjAQA+zwAAEAMCAF6hAQAI4wEAMLgJAAAAAAAOigAAAoMAAMBJCACq0woAzlgIACBZCAByWQgAxFkIANr3AQAWWggAaFoIALpaCADa9wEAELwEAGK8BAC0vAQA0pIMACSTDAB2kwwAELwEAGK8BAC0vAQA0pIMACSTDAB2kwwAAoMAAApUDAAAAAAACOMBAJDuAQDi7gEANO8BAAAAAAAmRgAA9GsJAOrdCgA83goA6g4CAOZ7CgA4fAoALJ4KACZGAAD0awkA6t0KADzeCgDqDgIAPA8CADQYAgCGGAIA2BgCACoZAgDGDQAA7q4EAFCzCgCGGAIA2BgCACoZAgAmRgAAeEYAAOIXAgDsAwgAPs8AAAAAAADiFwIA2iACAJSsAQC49QQAatIFACZGAADGDQAA6g4CALgTAgAKFAIAXBQCAK4UAgAAFQIAUhUCACZGAACkFQIASjUMAHhGAADiFwIA7AMIAG40BgDqDgIAuBMCAHhGAADiFwIA7AMIAD7PAAAAAAAAAoMAAK5wAQBejQMAeB0AAE4FAgAujwAAgI8AANzgAAAIsAIA6g4CALgTAgB4RgAA4hcCAOwDCAA+zwAA6g4CALgTAgB4RgAA4hcCAOwDCAAsngoAUgAAAOaZBwAujwAAgI8AANzgAAAIsAIALo8AAHolAADMJQAAgI8AANogAgBiFwAADKsAAC6PAAAujwAAgI8AANzgAAAIsAIAAoMAAI6+BQBe6gYALo8AAICPAADc4AAACLACACZGAAAmRgAA7q4EAECvBADa9wEALPgBAH74AQD0awkALo8AAICPAADc4AAACLACAPwOAQBe6gYAJkYAAHhGAACq0woAHuAGANRIDACAjwAA3OAAAAiwAgDQfQEA0H0BAFIAAAAuuggArnABAABxAQCsKwMA/isDAJJzCgDaIAIArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAOIXAgDaIAIALCECAH4hAgDQIQIAIiICAHQiAgDGIgIAGCMCAGojAgCuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAAAAAAC6PAAAsngoALo8AAICPAADc4AAACLACAB7gBgDUSAwArkcBANSQDQCAjwAA3OAAAAiwAgAAAAAALo8AAICPAADsAwgAHuAGAPoSCABIkQIArnABAF6NAwAgdgEAbjQGAPJECAAujwAAgI8AANzgAAAIsAIA2vcBAG40BgDOWAgAYIoAACqUAgDQfQEAIn4BAAyrAABolgIAupYCABb/DACAjwAA3OAAAAiwAgAKVAwAkO4BAOwiCQAujwAAgI8AANzgAAAIsAIA4hcCAJDuAQAOigAA/A4BAF7qBgBiFwAAJkYAAPRrCQCScwoA3OAAAAiwAgBuNAYAzlgIACZGAACkFQIAeiUAANr3AQBuNAYAzlgIAGCKAAAqlAIAxg0AAHgdAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAAoMAAF6hAQCwoQEAFi8AAGiWAgBeoQEAmGACAPRrCQCuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA9rAHAMA0BgASNQYAVrYIAKi2CAD6tggATLcIAJ63CADwtwgALo8AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQBq0gUAdKgFAMaoBQAwXAoAIHYBAG40BgDyRAgALo8AAICPAADc4AAACLACACZGAAACgwAAVIMAAOA4AgBuNAYASJECAA6MCABgjAgAeiUAANB9AQAifgEAPs8AAC6PAACAjwAA3OAAAAiwAgA0TAUAhkwFAHTlAwDQfQEAFv8MAPwOAQBe6gYAYhcAACZGAAD0awkAHuAGANRIDACAjwAA3OAAAAiwAgDGDQAAOM4KAFIAAABSAAAALroIAOIXAgAmRgAA9GsJAB7gBgD2sAcAwDQGABI1BgBWtggAqLYIAPq2CABMtwgAnrcIAPC3CAAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBANB9AQDQfQEAFv8MAJDuAQDKZwkA+D0HAAKDAAA2SQIAiEkCANpJAgAsSgIAfkoCANBKAgAiSwIAdEsCAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDiFwIANBgCACyeCgCucAEAAHEBAB47AgBwOwIAwjsCALxMAgAOTQIAYE0CALJNAgAETgIAVk4CAKhOAgD6TgIATE8CAJ5PAgDwTwIAQlACAJRQAgDmUAIAOFECAIpRAgDcUQIALlICAIBSAgD8DgEA2vcBAKptDACAjwAAeiUAAGChCgDiFwIA/A4BABLEBADwJgIA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDyRAgADKsAAHSoBQDGqAUAGKkFAGqpBQC8qQUADqoFAPwOAQBODwEAAs0JAPoSCADs+gwAVsAHAAyrAABolgIA8CYCADRMBQBuNAYA8kQIAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAAAAAAAKDAAD4PQcADooAAC6PAAAujwAAgI8AANzgAAAIsAIAHuAGANRIDAB6JQAAVsAHAI6rCwAujwAAHuAGAAKDAAD4PQcASj4HAJw+BwCWeQsAqJgLAJ71CgDmpAoAPJUFAPwOAQBe6gYAsOoGANr3AQCqbQwAgI8AAAjjAQBa4wEAXPgMAGCKAADehAoAJkYAADRMBQBuNAYA8kQIAA6KAABgigAAKpQCAHyUAgDOlAIAIJUCAHKVAgDElQIAFpYCALo8CwAMPQsAXj0LALA9CwACPgsAVD4LAG40BgAI4wEAWuMBAMwlAAA+zwAACOMBAOakCgA4pQoAiEkCANpJAgAsSgIAfkoCANBKAgAiSwIAxg0AAAjjAQCWeQsAqJgLAJ71CgBa4wEAXPgMAGCKAADehAoAJkYAADRMBQBuNAYA8kQIAApUDABiFwAAtBcAAKo3AQAY+gEASjQIAJw0CABO5wQA1EgMAGrSBQBeqwAA0lICADZJAgDaIAIA7AMIAD6cAQCWeQsAELwEACyeCgB+ngoA0J4KACKfCgB0nwoALo8AAICPAADc4AAACLACAGIXAAAmRgAAAoMAAPAmAgA0TAUAbjQGAPJECAAujwAAgI8AANzgAAAIsAIAiq8JAFbABwCOqwsAHjsCAAjjAQC+0QoAULECAPwOAQDa9wEAbjQGAK5wAQDacgIAAoMAAPAmAgA0TAUAbjQGAPJECAAI4wEAMLgJAICPAADc4AAACLACAFrjAQCs4wEA/uMBAFDkAQAAAAAACOMBAB4UCgBwFAoAgEAMANJADAAkQQwAdkEMAJa0AQDwJgIANEwFANr3AQDQfQEAFv8MAJZ5CwCcHgIA7h4CAEAfAgAQvAQAaJYCAIyrAgDeqwIAMKwCAIKsAgDUrAIAuLcCAAq4AgBcuAIArrgCAAC5AgBSuQIApLkCAPa5AgBIugIAmroCAAAAAAAOigAAYIoAACqUAgB8lAIAzpQCACCVAgBylQIAxJUCABC8BABolgIAjKsCAN6rAgAwrAIAgqwCANSsAgAOigAAxg0AAJZ5CwComAsA5qICADijAgD8DgEAEsQEAApUDAA+QgoAkEIKAOJCCgA0QwoAavoBAIK4CQDUuAkAzlgIAJDuAQD8DgEAopIBAF6NAwDYnQEAIHYBAABxAQCQ7gEACOMBAEo0CACcNAgAJkYAAA6KAADiFwIA2JUKANRIDABq0gUAXqsAANJSAgA2SQIA2iACAE7nBAAI4wEA5qQKAApUDAAe4AYACOMBAD5CCgCQQgoA4kIKADRDCgAOigAAxg0AAHgdAAAeFAoAcBQKAFJxAQCkcQEA9nEBAEhyAQCacgEA1I0BAG40BgDANAYAEjUGAFa2CACotggA+rYIAEy3CACetwgAIuUDAHTlAwDG5QMAGOYDAGrmAwC85gMAHuAGAAjjAQDmpAoAClQMAB7gBgAI4wEAPkIKAJBCCgDiQgoANEMKAA6KAADGDQAAeB0AAL7RCgBQsQIAorECAPSxAgBGsgIAmLICAMafCgAYoAoAaqAKALygCgAOoQoAClQMAJwUAwAMqwAAQssCABJACQCCCgoA1AoKACYLCgB4CwoAygsKABwMCgD2AwwAgI8AANzgAAAIsAIACOMBAG40BgDOWAgAJkYAAAjjAQBuNAYAeiUAAAjjAQDa9wEAbjQGAM5YCABgigAAKpQCAEo0CAA0GAIA+EYCAEpHAgD0awkARmwJAJhsCQAmRgAACOMBAJZ5CwComAsAnvUKAOakCgAKuQYAHuAGAAjjAQA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQC+0QoAENIKAGLSCgC00goA7q4EAFCzCgCiswoA/BoIAAjjAQA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQD8DgEAHLgBAG64AQDAuAEAErkBAGS5AQC2uQEALJ4KAAjjAQA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQDYlQoAKpYKAEiRAgCucAEAHuAGANRIDAA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQCucAEA2nICAAjjAQBmkAoALroIAK5wAQAAcQEArCsDAP4rAwCScwoACOMBANiVCgDUSAwAgI8AANogAgAsIQIAfiECANAhAgAiIgIAdCICAMYiAgDmpAoAKFEMAHpRDAAgdgEAcnYBAMR2AQD8DgEAXuoGAGIXAAAmRgAACOMBAJZ5CwComAsAnvUKADC4CQCCuAkAJkYAAO6uBAAsngoACOMBAB4UCgBwFAoAwhQKAD5CCgCcFAMA7hQDAEAVAwD8DgEAEsQEANB9AQBC6gMADKsAAC6PAADa9wEAbjQGAM5YCABgigAAKpQCAMYNAAAI4wEAbjQGAM5YCAAmRgAACOMBAG40BgB6JQAACOMBAEo0CAA0GAIA+EYCAEpHAgAmRgAA9GsJAJDuAQDsIgkAgI8AAAjjAQDYlQoAKpYKAEiRAgCucAEAHuAGANRIDADa9wEALJ4KAAjjAQBcPQIArj0CAAA+AgDgOAIAMjkCAB7gBgAI4wEA5qQKAPAmAgBgBQEAsgUBAGiWAgC6lgIADJcCAPg+CwBKPwsAnD8LAO4/CwBAQAsAkkALAORACwA2QQsAiEELANpBCwAsQgsAfkILANBCCwAiQwsAdEMLAMZDCwAYRAsAakQLALxECwAORQsAYEULALJFCwAERgsAVkYLAKhGCwD6RgsATEcLAJ5HCwDwRwsAQkgLAJRICwDmSAsAOEkLAIpJCwDcSQsALkoLAIBKCwCucAEAAHEBAB47AgBwOwIAwjsCAEL0AgCU9AIA5vQCADj1AgCK9QIA3PUCAC72AgCA9gIA0vYCACT3AgB29wIAyPcCABr4AgDYlQoAcOAGAEagDACYoAwA2vcBAAKDAABeoQEAeB0AAL7RCgBQsQIAEl8KAGRfCgC2XwoACGAKAAjjAQAeFAoAnEkKAO5JCgC+0QoAqhsMAPwbDAA2SQIAJkYAADRMBQAAcQEAkO4BAAjjAQAOigAAsvsBAA6KAAAmRgAAJkYAADRMBQAAcQEAkO4BAAjjAQDYlQoA9rAHAD7PAAAeFAoAcBQKAMIUCgBKNAgAnDQIABJdAgC80gUASJECAA6MCABgjAgALJ4KAAjjAQD8DgEATg8BAALNCQACgwAACrkGAPoSCAAAcQEAkO4BAAjjAQBKNAgAnDQIAE7nBACg5wQA8ucEADJEBQAeFAoAnEkKAO5JCgDQfQEAIn4BAOBXAwAyWAMAhFgDANZYAwAoWQMAelkDAJZ5CwCK4wwAykYAAJRGAwDmRgMAOEcDAIpHAwBeoQEAeB0AAJRxCwAI4wEAHhQKAHAUCgDCFAoA/A4BAF7qBgCw6gYATg8BAOIXAgAeFAoAnEkKAO5JCgAeFAoAcBQKAMIUCgDuIAoAQCEKAJIhCgBmkAoAMDsBAII7AQDaxgoALMcKAH7HCgDQxwoACOMBAG40BgB6JQAACOMBAL7RCgCqGwwA/BsMADZJAgAmRgAANEwFAABxAQCQ7gEACOMBAA6KAABERQgAlkUIAOhFCAA6RggAjEYIAN5GCAAwRwgAgkcIAJZ5CwComAsAnvUKAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAADmpAoA8CYCAG40BgDyRAgACOMBAL7RCgAYDgAAZtcHALjXBwAK2AcAXNgHAAjjAQBSAAAAJkYAADRMBQAAcQEAkO4BAAjjAQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMA5AIJADYDCQBuNAYA8kQIAAjjAQAOigAAYIoAAJwUAwA41gEACOMBANiVCgD2sAcA/A4BABLEBACucAEAAHEBAAjjAQC+0QoAGA4AAGbXBwC41wcACtgHAFzYBwAI4wEAzlgIACBZCAByWQgAxFkIABZaCABoWggAuloIAAxbCABeWwgAsFsIAAJcCABUXAgAplwIAPhcCABKXQgAnF0IAO5dCABAXggAvtEKAHgdAADKHQAAHB4AAG4eAADAHgAAQssCAMYNAAAI4wEAlnkLAIrjDADKRgAAHEcAAG5HAADARwAAEkgAAGRIAAC2SAAACEkAAFpJAACCCgoA1AoKAGIXAACcFAMAAHEBAJDuAQAI4wEAbjQGAPJECAAI4wEAppoKAKrTCgDGDQAA0H0BACJ+AQAMqwAAaJYCALqWAgAMlwIAAAAAANB9AQDGDQAAmGACAOpgAgDwJgIA9GsJAD6cAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAzAAgBewAIAPpwBAAAAAAAMwAIAXsACANDFAgBivAQAKDwKAHo8CgDMPAoAHj0KAHA9CgDCPQoAFD4KAGY+CgDshwMAPogDAJCIAwDiiAMANIkDAIaJAwDYiQMAKooDAHyKAwDOigMAIIsDAHKLAwDEiwMAFowDAGiMAwC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMA3HADAC5xAwCAcQMA0nEDACRyAwB2cgMAyHIDABpzAwBscwMAvnMDABB0AwBidAMAtHQDAOQrCQA2LAkAiCwJANosCQAsLQkAfi0JANAtCQAiLgkAdC4JAMYuCQAYLwkAai8JALwvCQAOMAkAYDAJALIwCQAEMQkAkO4BAELLAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMA2vcBAAKDAADGDQAAnpcDAPCXAwAW/wwArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBACTOAgBEyQMAlskDAOjJAwA6ygMAjMoDAN7KAwAwywMAgssDANTLAwAmzAMAgHEDANJxAwBa4wEArOMBAP7jAQBQ5AEAQAsEAJILBADkCwQANgwEAIgMBADaDAQALA0EAH4NBADQDQQAMLgJALBcDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAPs8AAMBJCACucAEA2nICABb/DAAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAKC+BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAntUFAPDVBQBC1gUAlNYFAObWBQA41wUAULECAKKxAgAMqwAAUgAAAJCxAwDqDgIA8LgMAEK5DAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDGDQAA6g4CAFi/DABolgIAjKsCAN6rAgAwrAIAgqwCAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwBiFwAAtBcAAD7PAAAujwAAgI8AANzgAAAIsAIAqr8MAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAHuAGAPawBwAujwAAxg0AABymCwC0FwAAqjcBAPRrCQCuRwEAvMkKAF6NAwCYYAIA9GsJAJJzCgDc4AAACLACAAjjAQAQvAQAaJYCALqWAgAMlwIAXpcCAFrjAQCs4wEA/uMBAFDkAQD8DgEAUgAAAC66CADiFwIAJkYAAPRrCQCScwoA3OAAAAiwAgDQfQEAQuoDAJTqAwBSAAAA5jsAAOoOAgCQ0gwArnABANr3AQAAxAUANBgCADZJAgAsngoACOMBAD5CCgCQQgoA4kIKADRDCgDQfQEAIn4BAOBXAwAyWAMA1EgMAB7gBgBCywIA0H0BACJ+AQDgVwMAMlgDAIRYAwDWWAMAKFkDAHpZAwCWeQsAiuMMAMpGAABgBQEAUgAAAC66CADGDQAAmGACAJDuAQDiFwIA2iACAMYNAACelwMA8JcDAGAFAQAI4wEA5qQKAPSpCwD8GggAThsIAKAbCADyGwgASjQIAJw0CAASXQIAvNIFAOIXAgAe4AYACOMBAOakCgAKuQYAXLkGAK65BgAAugYA9GsJAJJzCgDqDgIACOMBAPwOAQCikgEAXo0DANidAQAgdgEAAHEBAJDuAQAI4wEA5qQKADyVBQCQ7gEA7CIJAPwOAQAI4wEAHhQKANI0BQAkNQUA2JUKANRIDAAmSQwA5pkHAIZYDADYWAwAxg0AAAjjAQBuNAYA8kQIAAAAAAAAAAAAQssCAFDaAgAmPgkAeD4JAMo+CQAcPwkAMLgJAICPAADc4AAACLACAJZ5CwComAsAnvUKABC8BABivAQAtLwEAAa9BABYvQQAqr0EAJSuCQDmrgkAOK8JAOh5CwCScwoA5HMKADZ0CgCIdAoA2nQKACx1CgB+dQoA0HUKACJ2CgDYlQoAfCYNAC6PAACWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAIBxAwA0TAUAhkwFANhMBQAqTQUAfE0FAIxHDADSNAUA9GsJABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOBQIAoAUCADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACgvgQA8r4EAES/BACWvwQA6L8EAL7RCgB4HQAAyh0AABweAABuHgAAwB4AAELLAgAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAIBxAwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgARNMCAJbTAgCoMQkAQlIKAOwDCADOWAgAJkYAAPRrCQCWeQsAqJgLAJ71CgCmmgoAqtMKAMYNAAAujwAAJkYAAD7PAABuNAYA4hcCAOA4AgAI4wEAHhQKAJxJCgDuSQoADooAAGCKAADiFwIA2iACAO7XBABA2AQAktgEAAKDAADa9wEA0H0BAAAAAAAI4wEA4DgCACptCgAAcQEAHjsCAELLAgAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAtAMCAAYEAgAQvAQAaJYCACIGDQB0Bg0AxgYNALZVCwDu6wIAGA4AAPwOAQBe6gYAYAUBACZGAAAI4wEAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAJSuCQDmrgkAOK8JACyeCgDGDQAAnpcDAPCXAwAAAAAAQssCAGakCACAjwAA3OAAAAiwAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAICPAADc4AAACLACAMBJCAAsngoAAAAAAAAAAAAAAAAADMACAF7AAgA+nAEAAAAAAAAAAAAAAAAAAAAAAAzAAgBewAIA0MUCAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMA3HADAC5xAwCe1QUA8NUFAELWBQCU1gUA5tYFADjXBQD8DgEA6EQEADpFBACMRQQA3kUEAB7gBgDa9wEACOMBAPwOAQBODwEAAs0JAFTNCQCmzQkA/A4BAOhEBAA6RQQAjEUEAN5FBAAMqwAAXqsAALCrAAACrAAAVKwAAPwOAQAcuAEAYIoAAJwUAwAMqwAAaJYCAPAmAgA0TAUAbjQGAPJECADGDQAAeB0AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAkzgIARMkDACYgDADkXQQANl4EAIheBADaXgQALF8EAH5fBADQXwQAImAEAHRgBADGYAQAGGEEAAjjAQDQfQEAQuoDAABxAQDgOAIACOMBAFrjAQCs4wEA/uMBANJ9CgAkfgoA5qQKAAq5BgAe4AYA4hcCANogAgDGDQAA2J0BAM5jCwCs7QAAuoIEAKrTCgDGDQAAmGACAEI9CACUPQgA5j0IADg+CACKPggA3D4IAC4/CACAPwgA0j8IACRACADmpAoAClQMACyeCgAI4wEAbjQGAHolAAAI4wEAlnkLAIrjDADKRgAAHEcAAFIAAADmmQcAatIFAK5wAQAyCAsAVsAHAC6PAAAe4AYACOMBAPwOAQDoRAQAOkUEAIxFBADeRQQA8tMGAKaaCgCq0woAxg0AAJhgAgD8DgEA6EQEADpFBACMRQQA3kUEAPLTBgBE1AYAltQGAOjUBgA61QYAjNUGAN7VBgAw1gYAqBwHAKrTCgDGDQAAmGACAAjjAQDASQgALJ4KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAugcEAAwIBADKHwgAHCAIAG4gCADAIAgAEiEIAGQhCAC2IQgACCIIAFoiCACsIggA/iIIAFAjCACiIwgA9CMIAEYkCACYJAgA6iQIAIBxAwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAbjQGAMA0BgASNQYAVrYIAKi2CAD6tggATLcIAJ63CADwtwgACOMBAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAQuoDAE4FAgDGDQAAnpcDAPCXAwBOBQIALo8AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAIBxAwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAbjQGAMA0BgASNQYAVrYIAKi2CAD6tggATLcIAJ63CADwtwgACOMBAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAgHEDADRMBQCGTAUA2EwFAB7gBgAI4wEAbjQGAM5YCABuNAYAwDQGABI1BgBWtggAqLYIAPq2CABMtwgAnrcIAPC3CAAI4wEAlnkLADRMBQCGTAUA2EwFAB7gBgAI4wEAbjQGAM5YCADiFwIAjEcMANpyAgAifgEAdH4BACyeCgBOBQIADKsAAKCzAQBQiAIA8G4DAEJvAwCUbwMA5m8DAO7hAwDW/gsA0uQMAA6KAABgigAAKvoAAHz6AADO+gAAIPsAAHL7AADE+wAAFvwAACZwBAB4cAQAynAEABxxBABucQQAwHEEABJyBABkcgQAtnIEAAhzBAAAcQEAkO4BAAjjAQCWeQsAqJgLAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAdroEAMi6BAAauwQAbLsEAL67BAAOigAAYIoAAJwUAwA41gEACOMBAL7RCgAYDgAAZtcHALjXBwAK2AcAXNgHAELLAgACgwAAONYBAOIXAgDaIAIAJkYAAO6uBABArwQALo8AAMYNAABSAAAA5pkHADiaBwDc4AAA2iACAAAAAAAOigAALo8AAMYNAACYYAIA9GsJAJJzCgDc4AAACLACABJACQBkQAkAtkAJAEDYBACS2AQA5NgEADbZBACI2QQA2tkEACzaBAB+2gQA0NoEACLbBAB02wQAxtsEABjcBABq3AQAvNwEAA7dBABg3QQAst0EAATeBABW3gQAqN4EAPreBABM3wQAnt8EAPDfBABC4AQAlOAEAObgBAA44QQAiuEEANzhBAAu4gQAgOIEANLiBAAk4wQAduMEAAKDAABUgwAAwEkIAHJuCgAe4AYACOMBAJZ5CwCK4wwAykYAAPwOAQASxAQAZMQEAAjjAQBKNAgAnDQIACZGAADurgQAQK8EAC6PAADGDQAACOMBAGaQCgBuzwsAOJoHAAjjAQBKNAgAnDQIAAAAAAAOigAALo8AAMYNAACYYAIACOMBANB9AQBC6gMAIuUDAKKSAQDSNAUAJDUFABDxCwA+zwAAwEkIAK5wAQAMqwAAwEkIAAjjAQAeFAoAnEkKAB7gBgD6EggAXo0DAELLAgAMqwAAaJYCAIyrAgDeqwIAMKwCAIKsAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAQpAMAJJzCgDc4AAACLACABYvAABeqwAAsKsAAAKsAABUrAAApqwAAELLAgAMqwAAaJYCAIyrAgDeqwIAMKwCAIKsAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAQpAMAJJzCgDc4AAACLACAC6PAAAe4AYA+hIIAF6NAwAWLwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAA5YBQBgWAUAslgFAARZBQBWWQUAqFkFAPpZBQDoYwUAOmQFACg8CgB6PAoAzDwKAB49CgBwPQoAwj0KABQ+CgBmPgoAkO4BAOwiCQA+IwkACOMBAOakCgA8lQUASjQIAJw0CADGDQAAGA4AAM5YCADiFwIADKsAALy9AwAOvgMAYL4DALK+AwAEvwMAVr8DAKi/AwD6vwMATMADAJ7AAwDwwAMAQsEDAJTBAwCUrAEA5qwBADitAQCKrQEA3K0BAFB1CACidQgA9HUIAEZ2CACYdggA6nYIADx3CACOdwgA4HcIADJ4CACEeAgA1ngIACh5CAB6eQgAzHkIAB56CABweggAwnoIABR7CACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUADlgFAGBYBQCyWAUABFkFAFZZBQCoWQUA+lkFAJTLAgDmywIAKvoAAHz6AADO+gAAIPsAAHL7AADE+wAAFvwAACZwBAB4cAQAynAEABxxBABucQQAwHEEAHgdAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAJM4CAETJAwCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwB4zAMAyswDABzNAwBuzQMAwM0DABLOAwBmkAoAMkUJAIRFCQDWRQkAKEYJAHpGCQDMRgkAHkcJAHBHCQDCRwkAFEgJAGZICQC4SAkACkkJAFxJCQCuSQkAAEoJAFJKCQCkSgkA9koJAEhLCQCaSwkA7EsJAETTAgCW0wIAqDEJAEJSCgDsAwgAzlgIACZGAAD0awkAlnkLAKiYCwCe9QoAppoKAKrTCgDGDQAAEkAJAGRACQBO5wQAoOcEAPLnBAAyRAUAvtEKAHgdAADKHQAAHB4AAG4eAADAHgAAEh8AAD7PAAAujwAAYhcAACZGAAAI4wEA5qQKAD7PAAAQAwIAJkYAAAjjAQA+zwAAEAMCAF6hAQAI4wEAPkIKAJBCCgDiQgoANEMKAGaQCgAuuggAxg0AANidAQAgdgEA2vcBANB9AQAW/wwAlnkLAKiYCwCe9QoAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAJSuCQDmrgkAOK8JAJZ5CwCK4wwAykYAAEo0CACcNAgATucEAKDnBADy5wQAMkQFAL7RCgB4HQAAyh0AABweAABuHgAAwB4AAKztAAAaqAoAsI0DABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwCOyQgAcBQKAMIUCgDa9wEAAMQFAFLEBQCkxAUA9sQFAGIXAAAI4wEAvtEKAKobDAD8GwwA8CYCAK5wAQAi5QMAXuoGAG40BgDOWAgAJkYAAPRrCQCScwoA3OAAAAiwAgDIagwANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAoL4EAPK+BABEvwQAlr8EAOi/BAC+0QoAeB0AAModAAAcHgAAbh4AAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEARNMCAJbTAgCoMQkA+jEJAEwyCQCeMgkA8DIJAEIzCQBa4wEAVsAHAKjABwD6wAcAbjQGAOIXAgAI4wEA2JUKACqWCgDiFwIA2iACABJdAgAmRgAApBUCAOIXAgAsngoACOMBAD6cAQAOigAAYIoAAJwUAwA41gEAJM4CAETJAwCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwB4zAMAyswDABzNAwBuzQMAwM0DABLOAwDcFQgANjYIAGo5CAC8OQgADjoIAGA6CACAcQMANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIAG40BgDANAYAEjUGAFa2CACotggA+rYIAEy3CACetwgA8LcIAAjjAQCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIACZGAAA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQAgTgUAck4FAMROBQAWTwUAXJwNAK6cDQCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwCAcQMANEwFAIZMBQDYTAUAKk0FAHxNBQAwXAoAeB0AAJQoBgAW/wwAatIFACZGAAA0TAUAbjQGAPJECAAmRgAANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAIE4FAHJOBQDETgUAFk8FAC6PAACAjwAA3OAAAAiwAgA07wEANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAIE4FAGjqCgC66goADOsKAF7rCgCw6woAAuwKAFTsCgAYDgAAZtcHALjXBwAK2AcAXNgHAKQVAgDANAYAEjUGAGQ1BgAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAELLAgBmpAgAgI8AANzgAAAIsAIAYhcAALQXAADOYgcAIGMHAHJjBwDEYwcAFmQHAGhkBwA0GAIASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAAjjAQCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIAHjYCgAMqwAADKsAAHSoBQDGqAUAGKkFAGqpBQBO5wQACOMBAOakCgB6JQAAJkYAAPRrCQCScwoAvtEKAHgdAACUKAYAFv8MAGrSBQAmRgAANEwFAG40BgDyRAgACOMBADC4CQCAjwAA3OAAAAiwAgDu6wIAijQJANw0CQAuNQkAgDUJANI1CQAkNgkAmpwFAOycBQA+nQUAkJ0FAOKdBQA0ngUAhp4FANieBQAqnwUAfJ8FADq2BQCMtgUA3rYFADC3BQCCtwUA1LcFAA6KAADiFwIA4hcCANogAgBiFwAAJkYAAAjjAQCWeQsAqJgLAMA0BgAuuggA0H0BACJ+AQB0fgEALJ4KAELLAgAAAAAACOMBAJZ5CwCcHgIA7h4CAEAfAgC2VQsAvtEKABDSCgCucAEA0jQFAAKDAADa9wEA0H0BABb/DAC+0QoAeB0AAModAAAcHgAAbh4AAMAeAACSfAUACOMBAFrjAQBgoQoAsqEKAASiCgCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAQssCAETTAgCW0wIAqDEJAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAFv8MAL7RCgB4HQAAyh0AABweAABuHgAAwB4AAPwOAQAAAAAAUgAAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIA4hcCAOwDCACO1AsAMjkCAICPAACCCgoA1AoKAOIXAgDaIAIA7tcEAEDYBACS2AQAAoMAANr3AQDQfQEAFv8MAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAYIoAAGIXAAAsngoAQssCACZGAAAMqwAAUgAAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwB6JQAA5KQBADalAQCIpQEADKsAAKCzAQBQiAIA8G4DAOIXAgDaIAIALCECAFz4DADGDQAAeB0AANRHCAAmSAgAeEgIAMpICAAcSQgAbkkIAA5YBQBgWAUAslgFAARZBQBWWQUAqFkFAPpZBQDu6wIAGA4AAGbXBwC41wcACtgHAFzYBwAI4wEAMLgJAICPAADc4AAACLACAFycDQCunA0AAJ0NAFKdDQCknQ0A9p0NAEieDQCang0A7J4NAD6fDQCQnw0A4p8NAJCIAwDiiAMANIkDAIaJAwDYiQMAKooDAHyKAwDOigMAppoKAKrTCgDGDQAA2vcBAADEBQBSxAUApMQFAPbEBQBIxQUAMFwKAMpvAABIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAAoMAAHolAADgOAIAeukFAJSsAQDGDQAAFi8AAKCzAQBQiAIA8G4DAEJvAwCUbwMA5m8DADhwAwCKcAMA3HADALxXBQCAjwAA3OAAAAiwAgAcpgsAGtkBAIyCAgDeggIAMIMCAIKDAgDsAwgAeiUAAOIXAgDaIAIAJkYAAO6uBABArwQALo8AAMYNAAB4HQAArkcBAABIAQBSSAEAHNkKAG7ZCgDA2QoACOMBAPwOAQASxAQALJ4KAAjjAQA+QgoAkEIKAOJCCgA0QwoA2vcBAKptDADmpAoASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BABC8BABivAQAKDwKAHo8CgDMPAoAHj0KAHA9CgDCPQoAFD4KAGY+CgC4PgoACj8KADC4CQDGDQAAmGACAOpgAgDa9wEA0H0BAELqAwBejQMAsvsBAHJuCgCWeQsAqJgLAJ71CgAeFAoAUgAAAFSDAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIAlMsCAObLAgAq+gAAfPoAAM76AAAg+wAAcvsAAMT7AAAW/AAA2vcBAG40BgBuNAYAJkYAAMYNAACYYAIA7q4EAFCzCgAUfAwACOMBAFrjAQDiFwIA7AMIAPwOAQAI4wEAPpwBAKztAABCywIAJM4CAF6rAACwqwAAAqwAAFSsAACmrAAA+KwAAKaaCgD4mgoASpsKAJybCgBKNAgAggoKANQKCgAI4wEAbjQGAM5YCAAmRgAACOMBAG40BgB6JQAACOMBAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAFv8MANr3AQAAxAUAUsQFAKTEBQD2xAUASMUFADBcCgAI4wEAlnkLAKiYCwCe9QoAlnkLAAKDAAD4PQcA4DgCAAjjAQCWeQsAClQMACyeCgAI4wEAbjQGAHolAAAI4wEAlnkLAIrjDADKRgAAHEcAAG5HAAAujwAAHuAGAAjjAQDa9wEAAMQFAFLEBQCkxAUA9sQFAEjFBQDQfQEAAoMAAF6hAQCYYAIANEwFAAyrAADGDQAAeB0AAAKDAAA2SQIADKsAAMBJCADqDgIA8LgMAEK5DAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDGDQAA6g4CAFi/DACqvwwAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIAAAAAAFIAAADmmQcAhlgMAMYNAAB4HQAAAoMAADZJAgAMqwAAwEkIAFIAAADeBwIA6g4CAPC4DABCuQwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAxg0AAOoOAgBYvwwAqr8MAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAICPAADc4AAACLACAELLAgAmRgAA7q4EAFCzCgD4RgIAxg0AAFIAAAAuuggA4hcCACZGAABCywIAJkYAAO6uBABQswoA+EYCAMYNAABSAAAALroIAOIXAgAmRgAAQssCAGakCACAjwAA3OAAAAiwAgDQfQEAQuoDAEiRAgCucAEAAHEBAJDuAQAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMA5AIJAHgdAADKHQAA3OAAAAiwAgBOBQIAoAUCAO6uBABQswoA+EYCAMYNAABSAAAALroIAOIXAgAmRgAA6g4CAFi/DACqvwwAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIAXJwNAK6cDQCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwAwuAkAgI8AANzgAAAIsAIA/rACAGiWAgAiBg0AdAYNAMYGDQAYBw0AagcNALwHDQAOCA0AYAgNAJpzBQDscwUAPnQFAJB0BQDidAUANHUFAIZ1BQBCywIAJM4CAETJAwCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwCAcQMANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIABC8BABolgIAIgYNAHQGDQDGBg0AGAcNAGoHDQC8Bw0ADggNAGAIDQAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAJkYAADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FACBOBQByTgUAxE4FABZPBQBE0wIALo8AAD7PAAAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAICPAADc4AAACLACAPJECAC0FwAAkHUJAOJ1CQACgwAASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BABb/DAAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAMYNAADKbwAASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BABb/DAAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAETTAgCW0wIAqDEJAOakCgD4PQcAQuoDAEiRAgAOjAgAPkIKAJBCCgCQdQkA4nUJAMYNAAAI4wEAWuMBAGChCgCyoQoABKIKAFaiCgAeFAoAcBQKAMIUCgAsngoAbjQGAM5YCADiFwIACOMBABC8BABeqwAADooAAMYNAACYYAIA9GsJAAjjAQA+QgoAkEIKAJB1CQDidQkA5qQKAEiRAgCakQIArnABANpyAgACgwAA2vcBANB9AQBuNAYADKsAAAyrAAB0qAUAxqgFABipBQBqqQUATucEAAjjAQA+zwAAwEkIAK5wAQDacgIAFv8MADC4CQDGDQAAmGACAOpgAgDa9wEA0H0BAELqAwBejQMAsvsBAK5wAQAAcQEAkO4BAAjjAQDmpAoAPJUFABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAgHEDANJxAwAkcgMAdnIDAJ6XAwDwlwMA8tMGAETUBgCW1AYA6NQGADrVBgCM1QYAlnkLAAyrAABSAAAAAAAAAK5wAQBSAAAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAgHEDANJxAwAkcgMAlnkLAIrjDADKRgAAppoKAKrTCgDGDQAAmGACAJZ5CwA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQD2+AgASPkIAJr5CACi5AEArnABAOIXAgDaIAIAbjQGAMA0BgASNQYAZDUGAAjjAQCWeQsADKsAAFIAAAAI4wEAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMA3HADAC5xAwA+zwAArnABANI0BQB4RgAACOMBAKaaCgCq0woAxg0AAJhgAgAI4wEAHuAGAHDgBgAUfAwAJkYAADRMBQBIkQIADowIAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAABUZQMApmUDAPhlAwAOigAAYIoAACr6AABIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAFv8MAG40BgDiFwIACOMBANiVCgD2sAcALo8AAMYNAAAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQCwXAwAvMkKAF6NAwAe4AYAxg0AAAjjAQC+0QoAeB0AAModAAAcHgAAbh4AAMAeAAASHwAAVGUDAKZlAwD4ZQMADooAAGCKAAAq+gAASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BABb/DABuNAYA4hcCAAjjAQDYlQoA9rAHAC6PAADGDQAACOMBAD5CCgCQQgoA4kIKADRDCgBq+gEAsFwMALzJCgBejQMACOMBAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAABUZQMApmUDAPhlAwAOigAAYIoAACr6AABIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAFv8MAG40BgDiFwIACOMBANiVCgD2sAcALo8AAMYNAAAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQCwXAwAvMkKAF6NAwAAAAAAAoMAAPg9BwBKPgcAQuoDAELLAgDiFwIAjEcMAABxAQCQ7gEA7CIJAICPAADc4AAACLACAETTAgCW0wIAqDEJAPoxCQB4HQAAyh0AABweAABuHgAAwB4AABIfAADmpAoASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAC6PAAD8DgEADKsAAGiWAgBUgwAAwEkIAHJuCgDGDQAAeB0AAModAAAcHgAAbh4AAMAeAADaIAIAgI8AANzgAAAIsAIAlKwBAMYNAABCywIA7usCAIo0CQDcNAkALjUJAIA1CQDSNQkAJDYJALZVCwAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAlK4JAOauCQA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQD2+AgAlnkLAKiYCwAe4AYA1EgMAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAG0QIAiuMMAMpGAAD6PAwATD0MAB4UCgCcSQoA7kkKAD5CCgCQQgoABhgAAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAFv8MABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMA5qQKAPAmAgA2agsAiuMMAK5wAQBejQMAsI0DAPwOAQBODwEA/A4BAF7qBgBiFwAA0H0BAELqAwCU6gMAsFoEAAyrAADqDgIAWL8MAKq/DABQiAIA8G4DAEJvAwCUbwMA5m8DADhwAwCKcAMA3HADALxXBQCAjwAA3OAAAAiwAgCQ0gwAeB0AAModAAAcHgAAbh4AAMAeAAAe4AYA1EgMAAKDAAAKuQYAQssCAPawBwA+zwAAYhcAAELLAgDASQgAqtMKAMYNAACYYAIA0H0BACJ+AQBgggkAsoIJAASDCQBWgwkA5pkHADiaBwDc4AAACLACAPwOAQASxAQANkkCAOA4AgAyOQIAHuAGAAjjAQDYlQoA1EgMAAKDAACmmgoA+JoKAEqbCgCcmwoA7psKAECcCgCSnAoA5JwKACZTCwAKVAwAHuAGAAjjAQAeFAoAnEkKAO5JCgCoogoAKpYKAF6NAwDKbwAA2vcBANB9AQAW/wwAHuAGAAjjAQAOigAAYIoAACZGAAA0TAUA2nICAAjjAQCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBKNAgAnDQIACZGAADurgQAwEkIAKrTCgDGDQAAmGACAOpgAgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEADKsAAAAAAADQfQEAQssCAETTAgCW0wIAqDEJAKaaCgCq0woAxg0AAJhgAgDGDQAACOMBAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAFv8MAB4UCgBwFAoAwhQKAO4gCgBAIQoAkiEKAGaQCgAuuggAgLoIAJTLAgDmywIAKvoAAHz6AADO+gAAIPsAAHL7AADE+wAAFvwAACZwBADiFwIA2iACAO7XBADwJgIA9GsJAL7RCgB4HQAAxg0AANidAQAgdgEAbjQGANB9AQDQfQEACOMBAKaaCgCq0woAxg0AAJhgAgCs7QAAGqgKALoHBACWeQsA7q4EAECvBAAujwAAHuAGAAjjAQBa4wEAYKEKAOIXAgAI4wEAAAAAAA6KAAAujwAAgI8AACyeCgAI4wEAWuMBAKzjAQD+4wEAUOQBAGIXAAC0FwAAkHUJAOJ1CQDGDQAAeiUAAOSkAQA2pQEAiKUBANRIDACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAJM4CAETJAwAoPAoAejwKAMw8CgAePQoAcD0KAMI9CgAUPgoAZj4KAEo0CACcNAgA7tcEAEDYBACS2AQACOMBAOakCgAKVAwALJ4KAAjjAQAQvAQAYrwEALS8BADSkgwAJJMMAFSDAAD8GggACOMBAGaQCgAuuggArnABAABxAQDwJgIAxg0AAELLAgBE0wIAltMCAKgxCQD6MQkAeB0AAModAAAcHgAAbh4AAMAeAACSfAUACOMBAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAFv8MAFrjAQBgoQoA4hcCAAjjAQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDGDQAAeB0AAModAAAcHgAAbh4AAMAeAACSfAUA5HwFAModAADc4AAACLACAHgdAADKHQAA3OAAAAiwAgBcnA0ArpwNAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMATgUCAOIXAgDaIAIALCECAFz4DADGDQAAeB0AAPD1CgCyJAIARlcHAJhXBwAI4wEAvtEKAHgdAADKHQAAHB4AAG4eAAAMqwAA4DgCAMBJCACq0woAzlgIAMYNAAB4HQAATgUCAB7gBgDiFwIAjEcMAEiRAgAOjAgAYIwIAOoOAgDwuAwAgI8AANzgAAAIsAIA6g4CAGIXAAAujwAAJkYAAD7PAABuNAYA4hcCAOA4AgAyOQIAgI8AANzgAAAIsAIAXJwNAK6cDQCyZAwABGUMAFZlDAAAAAAAAAAAAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAQssCACTOAgBEyQMAlskDAOjJAwA6ygMAjMoDAN7KAwAwywMAgssDANTLAwAmzAMAeMwDAMrMAwAczQMAbs0DAMDNAwASzgMAlnkLAIrjDADKRgAAMLgJAIK4CQAe4AYAUgAAAC66CACucAEAAHEBAKwrAwAI4wEADooAAOIXAgDQfQEAQssCAPgIAADASQgAEkoIAGRKCAAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQAlK4JAOauCQA4rwkAlnkLAIrjDADKRgAAlEYDAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHANiVCgBw4AYALo8AAPwOAQBODwEAlEYDAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHANiVCgBw4AYALo8AAPwOAQBODwEAoA8BAAjjAQBKNAgAggoKANQKCgBiFwAAnBQDAABxAQCQ7gEALo8AAICPAAD8DgEAopIBAF6NAwDYnQEAIHYBAG40BgDyRAgACOMBANiVCgDUSAwAYhcAAJwUAwAujwAAHuAGAAjjAQA+zwAAwEkIAK5wAQDacgIAFv8MAJZ5CwDurgQALJ4KAK5wAQAAcQEAkO4BAAjjAQCWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQAlK4JAOauCQA4rwkAlnkLAIrjDADKRgAAlEYDAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHANiVCgBw4AYALo8AAPwOAQBODwEA2JUKAHwmDQDOJg0AICcNAHInDQDEJw0AFigNABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BAD+fgcAbjQGAAyrAADgOAIAMjkCAICPAADaIAIArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAObBAwA2nQoAiJ0KANqdCgCGEAsAwEkIAK5wAQDacgIAFv8MAFrjAQDMJQAAJkYAAAyrAADASQgArnABAABxAQCQ7gEACOMBAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAADmpAoAFHwMAK5wAQAI4wEASJECAA6MCABgjAgAMFwKACB2AQBuNAYArnABANpyAgAW/wwAYhcAALQXAACqNwEAeiUAAGChCgCyoQoABKIKAFaiCgB8lAIAgI8AANzgAAAIsAIAPpwBAMZhCAAYYggAamIIALxiCAAOYwgAYGMIAAAAAAAMwAIAXsACAD5CCgCQQgoABhgAANKvBQAksAUAkn0JAOR9CQA2fgkAWuMBAFbABwCowAcA+sAHAG40BgDiFwIACOMBANiVCgAqlgoA4hcCANogAgASXQIAJkYAAKQVAgDiFwIAMLgJAIK4CQDUuAkAJrkJAHi5CQAAAAAASJECAJqRAgA2SQIAAAAAAOIXAgCCCgoA1AoKAAAAAAAe4AYA9rAHAEixBwCasQcA7LEHAD6yBwCG3AcA2NwHACrdBwB83QcADKsAAOA4AgAyOQIAJkYAAGIXAAC0FwAAqjcBAHolAABgoQoAsqEKAASiCgBWogoAfJQCAICPAADc4AAACLACAOoOAgCQ0gwAGA4AAGbXBwCGQwoAVsAHAI6rCwAeOwIACOMBAOakCgA8lQUASJECAJqRAgDskQIAQuoDAB7gBgAI4wEA2JUKAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHADC4CQCCuAkASJECAK5wAQDiFwIA7AMIAPJECAD8DgEAXuoGAGIXAAA+zwAAbjQGAOIXAgDgOAIAKm0KAABxAQCQ7gEACOMBABC8BABivAQAtLwEANKSDAAkkwwAdpMMAMiTDAAalAwAbJQMAAjjAQBKNAgAggoKANQKCgAmCwoAeAsKAMoLCgAcDAoAvtEKAKobDADurgQAULMKAPAmAgD0awkAkO4BAAjjAQAeFAoAnEkKAO5JCgAwuAkArnABANI0BQB4RgAAykYAAPo8DAAI4wEAPkIKAJBCCgDiQgoANEMKAEo0CACCCgoA1AoKAGIXAACcFAMAAHEBAJDuAQAI4wEAbjQGAOIXAgAI4wEA/A4BAKKSAQBejQMAFi8AAKCzAQBQiAIAeiUAAFbABwCQ7gEADooAAOIXAgDaIAIA4hcCANogAgDu1wQA8CYCAPRrCQDYlQoA9rAHAEixBwCasQcA7LEHAD6yBwCq8QcAZpAKADA7AQCCOwEASJECAK5wAQAe4AYA1EgMAG40BgBuNAYAJkYAANB9AQAW/wwAxg0AANidAQAI4wEA2JUKAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHAD5CCgCQQgoA4kIKADRDCgCGQwoA2EMKACpECgB8RAoA2JUKAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHADC4CQCCuAkAHuAGAFIAAAAuuggArnABAABxAQBq0gUAvNIFAA7TBQBg0wUAstMFAATUBQBW1AUAqNQFAPrUBQBM1QUArnABAAKDAAD4PQcACOMBAJZ5CwAMqwAAUgAAAELLAgDkXwwACOMBANb+CwDS5AwAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAKztAAAAAAAAugcEAEZODABgoQoA4hcCACZGAAA0TAUASJECAA6MCACUKAYALJ4KAAjjAQBKNAgAnDQIAO40CABANQgAkjUIAOQ1CAAI4wEAHhQKACTOAgBEyQMAlskDAOjJAwA6ygMAjMoDAN7KAwAwywMAgssDANTLAwAmzAMAeMwDAMrMAwAczQMAbs0DAMDNAwASzgMA5sEDAGrSBQC80gUADtMFAGDTBQCy0wUABNQFAFbUBQCo1AUA+tQFAEzVBQBE0wIAltMCABh2BgDW/gsALo8AAK5HAQC8yQoAXo0DAJhgAgA0TAUAAHEBAJDuAQAI4wEA2JUKAPawBwD8DgEAEsQEAK5wAQD+fgcAUH8HAKJ/BwD0fwcARoAHAJiABwDqgAcAPIEHAI6BBwDggQcAMoIHAISCBwDWggcAKIMHAHqDBwDMgwcAHoQHAHCEBwDiFwIA2iACACwhAgBc+AwAxg0AAHgdAAA+nAEAJkYAAAyrAABSAAAAQssCAAAAAADQfQEAxg0AAELLAgAAAAAADooAAGCKAACcFAMAONYBAELLAgAAAAAA2vcBANB9AQAW/wwAlnkLAKiYCwCe9QoAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAJSuCQDmrgkAOK8JAJZ5CwAMqwAAUgAAAELLAgAAAAAA0H0BAMYNAABCywIAAAAAAL7RCgDYnQEAKp4BAELLAgAAAAAAYhcAAGIXAAAujwAAatIFACZGAAA0TAUAbjQGAPJECAAI4wEASjQIAJw0CADuNAgAQDUIAJI1CADkNQgAAAAAACZGAAAmRgAAUgAAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwA6Zg0ALroIAIC6CADSuggArO0AALqCBACq0woAxg0AAJhgAgDOYwsASjQIAJw0CADu1wQAQNgEAJLYBAAI4wEA2JUKAHDgBgBGoAwAmKAMANr3AQACgwAAXqEBAHgdAAC+0QoAeB0AAModAAAcHgAAbh4AAMAeAAASHwAA5qQKAPAmAgAOigAA0H0BAB7gBgAI4wEAPkIKAJBCCgDiQgoANEMKABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BACUrgkA5q4JADivCQDiFwIA2iACACwhAgBc+AwAxg0AAHgdAADUSAwAgI8AANzgAAAIsAIALo8AAICPAADc4AAA6p8IADygCAAGGAAAAAAAAAAAAAAAAAAADMACAF7AAgDQxQIAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAJ7VBQDw1QUAQtYFAJTWBQDm1gUAONcFAAAAAAAAAAAADMACAF7AAgDQxQIAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAJ7VBQDw1QUAQtYFAJTWBQDm1gUAONcFAD7PAACucAEAAHEBAC6PAACAjwAA3OAAAAiwAgAAAAAAAAAAAAAAAAAAAAAAAAAAAGIXAAAujwAAJkYAAOoOAgBYvwwAqr8MAFCIAgDwbgMAQm8DAJRvAwDmbwMAQpAMAJSQDADmkAwAOJEMAIqRDADckQwALpIMAICSDAAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DABDxCwBuNAYAxg0AAAjjAQAwuAkAgI8AANzgAAAIsAIAAAAAAAAAAAAAAAAA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAPkoBAAAAAAAAAAAAAAAAAK5HAQC8yQoAbjQGAPJECAAI4wEASjQIAJw0CADuNAgAQDUIAJI1CAAAAAAALo8AAICPAADa9wEArnABAABxAQAeOwIAfCYNAGCKAACQ7gEAxg0AAMpvAAAwwAAAeiUAANr3AQACgwAAMMAAAAjjAQDmpAoA2vcBAJDuAQDsIgkAlCgGABb/DADASQgAYhcAAC6PAACuRwEAvMkKAAAAAABiFwAACOMBAEo0CACcNAgAwEkIAA6KAADGDQAAym8AAAq5BgDGDQAA2J0BACB2AQBuNAYA8kQIAC6PAABKNAgAjEcMADIICwBWwAcADooAACZGAAACgwAA8CYCAAAAAABuNAYACOMBAEo0CACcNAgAEl0CAGRdAgDGDQAAym8AAAq5BgBiFwAAtBcAAELLAgBmpAgAuKQIAAqlCABcpQgArqUIAACmCABSpggApKYIAPamCABIpwgAmqcIAC6PAABq0gUAvNIFAA7TBQBg0wUAstMFAATUBQBW1AUAqNQFAPrUBQBM1QUAWuMBAKzjAQD+4wEAUOQBANqlAQAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAETTAgCW0wIAqDEJAPoxCQBMMgkAnjIJAPAyCQBCMwkAWuMBAFbABwCowAcA+sAHAG40BgDiFwIACOMBANiVCgAqlgoA4hcCANogAgASXQIAJkYAAKQVAgDiFwIAOJoHADQYAgDwJgIANEwFAG40BgDyRAgAsiQCAPg9BwAW/wwAgI8AANzgAAAIsAIAbjQGAG40BgDQfQEACOMBAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAJkYAAAjjAQA+zwAAwEkIAK5wAQDacgIAFv8MAD7PAAAQAwIArnABANI0BQA0TAUAAHEBAJDuAQAI4wEAWuMBAGChCgDiFwIACOMBAOakCgAKVAwAXFQMAG40BgDANAYAEjUGAGQ1BgAI4wEAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMAHhQKAJxJCgDuSQoAPkIKAJBCCgDiQgoANEMKAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAFv8MALQDAgAGBAIASjQIAJw0CAAAAAAADooAAC6PAADGDQAAmGACAAjjAQCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIACZGAAAI4wEA5qQKAHolAAAmRgAA9GsJAJJzCgBiFwAALo8AAK5HAQBCywIABtECADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FAPb4CADmpAoA9KkLAAAAAAAOigAArnABAOIXAgCMRwwAAHEBAJDuAQAI4wEA5qQKADyVBQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwAW/wwAgI8AANzgAAAIsAIAyGoMADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FAE7oCACg6AgA8ugIAETpCACW6QgA6OkIADrqCACM6ggA3uoIADDrCACC6wgArO0AAD7PAAAQAwIArnABANI0BQDY7wEA4hcCANogAgDu1wQA8CYCAPRrCQD0qQsAAAAAAA6KAACucAEA4hcCANogAgCUrAEAHuAGANr3AQAMqwAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADAG40BgDa9wEAJkYAAAKDAACucAEAAHEBAAjjAQCUrAEAHuAGANr3AQAMqwAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADAAjjAQAwuAkAsFwMAABIAQBSSAEAHNkKAG7ZCgDA2QoAEtoKAGTaCgA+zwAAwEkIAHJuCgBiFwAACOMBAJZ5CwDurgQALJ4KAK5wAQAAcQEAkO4BAAjjAQCWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BADGDQAACOMBABC8BABivAQAKDwKAHo8CgDMPAoAHj0KAHA9CgDCPQoAFD4KAGY+CgC4PgoACj8KAOakCgD0qQsAAAAAAA6KAACucAEA4hcCANogAgBO5wQACOMBAFrjAQDiFwIA7AMIAPwOAQAI4wEAlnkLAIrjDADKRgAADooAAGCKAAAqlAIAfJQCAICPAADQfQEALJ4KAK5wAQAAcQEAkO4BAAjjAQDYlQoAcOAGAEagDACYoAwA2vcBAAKDAABeoQEAeB0AAOakCgD0qQsAAAAAAA6KAACucAEA4hcCANogAgDmpAoAPJUFAEo0CACcNAgAxg0AABgOAADOWAgA4hcCAAyrAAAujwAAWuMBAOIXAgDsAwgA/A4BAAjjAQAeFAoA0jQFAMYNAAAI4wEAZpAKADA7AQCMRwwAIuUDABLEBAA2SQIALJ4KAAjjAQBa4wEArOMBAFSDAAD8GggApBUCAOIXAgAsngoACOMBAG40BgDiFwIACOMBAL7RCgAYDgAAzlgIAOIXAgAMqwAALo8AACZGAAACgwAACrkGAB7gBgDiFwIAjEcMAABxAQB6JQAAYKEKAAjjAQAwuAkAgrgJANS4CQCqNwEAeiUAAGChCgCyoQoABKIKAFaiCgACgwAArnABAE4FAgACgwAACFYLAMpnCQAcaAkAAHEBAEDuCgDurgQAULMKAPhGAgDGDQAAoCQDAAKDAADwJgIA9GsJAKaaCgCq0woAxg0AAJhgAgAI4wEAPkIKALIkAgAEJQIAViUCAAYYAADSrwUAJLAFAJJ9CQDkfQkANn4JAIh+CQDafgkALH8JAHgdAADKHQAAHB4AAG4eAADAHgAAEh8AAPwOAQCikgEAXo0DANr3AQCqbQwAwEkIAAKDAABIkQIArnABAABxAQDoeQsARmwJAJhsCQDqbAkAPG0JAI5tCQDgbQkAMm4JAIRuCQDWbgkAKG8JAHpvCQDMbwkAHnAJACqWCgBMEwgAnhMIAPATCAAOigAAHuAGAEo0CACcNAgA7tcEAAq5BgAI4wEADooAAB7gBgAAAAAAbjQGAAjjAQCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDASQgAUgAAAE4FAgBiFwAALo8AACZGAAA+zwAAbjQGAOIXAgDgOAIATgUCAJDuAQDsIgkAPiMJAJAjCQDiIwkANCQJAIYkCQDaIAIAxg0AANidAQB4HQAAxg0AAELLAgCQ7gEA7CIJAD4jCQCQIwkA4iMJADQkCQCGJAkA2CQJAColCQB8JQkAziUJACAmCQBa4wEAYKEKAOIXAgBuNAYA4hcCAAjjAQC+0QoAeB0AAModAAAcHgAArnABAAyrAAAujwAAPkIKAJBCCgDiQgoANEMKAOA4AgCw1ggAtBcAAD7PAADASQgAqtMKAMYNAACYYAIA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQB2sAUAyLAFABqxBQBssQUAvrEFABCyBQDmpAoACrkGAB7gBgDiFwIA2iACAMYNAADYnQEACOMBAFrjAQBgoQoAsqEKAASiCgDANAYAEjUGAGQ1BgAI4wEAlnkLAAyrAABSAAAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAgHEDANJxAwACgwAArnABAC6PAACAjwAA3OAAAAiwAgA+nAEAxmEIABhiCABqYggAvGIIAA5jCABgYwgALo8AAPwOAQBSAAAALroIAOIXAgA0GAIANkkCACyeCgAI4wEAWuMBAKzjAQD+4wEA0n0KACR+CgAeFAoAcBQKAMIUCgA+QgoAsiQCAAQlAgBWJQIASjQIAJw0CADGDQAAGA4AANB9AQAOigAAJkYAADRMBQBuNAYAHuAGANRIDABiFwAAsiQCAAQlAgBWJQIAPkIKAJBCCgDiFwIACOMBAL7RCgB4HQAAyh0AABweAABiFwAAsiQCAAQlAgBWJQIAZpAKADA7AQCCOwEASJECAK5wAQAe4AYA1EgMAAyrAADASQgACOMBAKaaCgCq0woAxg0AAJhgAgAI4wEAHhQKAJxJCgDuSQoA4DgCALDWCAC0FwAAPs8AAG40BgCO1AsADooAAFIAAAAI4wEAWuMBAKzjAQD+4wEA0n0KACR+CgBQ5AEAnBQDAG40BgDqDgIAWL8MAMBJCAACgwAAClQMAGIXAAAujwAAlCgGAMYNAADqDgIAhMsMANbLDADiFwIA2iACAMYNAAAYDgAA0H0BAEiRAgAOjAgAHuAGAHDgBgAKuQYAHuAGAOIXAgDaIAIAxg0AANidAQB4HQAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAELLAgBE0wIAsiQCAAQlAgBWJQIAsFEJAAJSCQBUUgkAplIJAPhSCQBKUwkAnFMJAO5TCQBAVAkAklQJAORUCQA2VQkAiFUJANpVCQAsVgkAflYJANBWCQAiVwkACOMBABDxCwAaqAoAGA4AAGbXBwC41wcACtgHAFzYBwBehAgA9pwJAEidCQCanQkAknMKANzgAAAIsAIAMLgJAMYNAACYYAIA6mACANr3AQDQfQEAQuoDAF6NAwCy+wEACOMBAOakCgA8lQUAPkIKAC6PAAA+zwAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADAELLAgA+nAEAxmEIABhiCABqYggAvGIIAA5jCABgYwgAsmMIAARkCAC+aggAAAAAAAAAAAAAAAAAeHEIAMpxCAAccggAbnIIAMByCAAScwgAZHMIALZzCAAAAAAAAAAAAAh0CABadAgArHQIAO7hAwAQBAYAYgQGAFrjAQBgoQoAsqEKAASiCgBCywIA5sEDADjCAwDUkA0AJpENAHiRDQDKkQ0AAoMAANr3AQDQfQEAFv8MAFrjAQBWwAcAqMAHAPrABwA+QgoAkEIKAOJCCgA0QwoAhkMKANhDCgAqRAoAfEQKAC6PAABiFwAAtBcAAC6PAABiFwAAYhcAALQXAAAujwAAYhcAACZGAABCywIARNMCAJbTAgCoMQkA+jEJAEwyCQCeMgkA8DIJAEIzCQBa4wEAVsAHAKjABwD6wAcAbjQGAOIXAgAI4wEA2JUKACqWCgDiFwIA2iACABJdAgAmRgAApBUCAOIXAgAsngoACOMBANb+CwBCywIAAAAAAAjjAQDa9wEALPgBAHolAAB6JQAAzCUAAICPAACMRwwAAHEBAJDuAQAI4wEAlnkLADRMBQCGTAUA2EwFAB7gBgAI4wEAbjQGAM5YCAAmRgAACOMBAOakCgB6JQAAJkYAAPRrCQCScwoAHuAGAHwmDQDQfQEAFv8MAGIXAAC0FwAAqjcBAHolAABgoQoAsqEKAASiCgBWogoAfJQCAICPAADc4AAACLACAETTAgCW0wIAqDEJAPwOAQBODwEAAs0JAFTNCQCmzQkA+M0JAD5CCgCyJAIABCUCAFYlAgAe4AYARNMCAJbTAgCoMQkA/A4BAE4PAQACzQkAVM0JAKbNCQD4zQkAPkIKALIkAgAEJQIAViUCAB7gBgD8DgEATg8BAALNCQBUzQkAps0JAPjNCQBmkAoAuJAKAFSDAADgOAIAeukFAAhWCwDsIgkA0H0BACJ+AQDgVwMAMlgDAAjjAQAOigAA4hcCANB9AQBKNAgAnDQIAMYNAAAYDgAA0H0BAEiRAgAOjAgAHhQKACLlAwB05QMAxuUDABjmAwBq5gMACOMBADC4CQCCuAkAJkYAAO6uBAAsngoACOMBAFrjAQBgoQoA4hcCAAjjAQBmkAoAuJAKAFSDAADgOAIAeukFAAhWCwDsIgkAtAMCAAYEAgDa9wEALPgBAH74AQDQ+AEAWuMBAGChCgCyoQoABKIKAFaiCgAeFAoA0jQFACQ1BQAeFAoAcBQKAMIUCgAUFQoAPJUFAGaQCgC4kAoAVIMAAOA4AgB66QUACFYLAOwiCQDqDgIAlKwBAMYNAAAYDgAA/A4BABLEBADwJgIADKsAAMBJCACucAEAAHEBAJDuAQAI4wEAZpAKALiQCgBUgwAA4DgCAHrpBQAIVgsA7CIJAFrjAQBgoQoA4hcCAAjjAQBgBQEAejILADpmDQCMZg0APkIKAJBCCgDiQgoANEMKAGaQCgAwOwEA2iACACwhAgBWwAcA3vULAC6PAAAe4AYACOMBAD7PAACucAEA0jQFAHhGAAAI4wEAAAAAAAjjAQBuNAYA4hcCAAjjAQAO6QsAAAAAAAjjAQBuNAYA4hcCAAjjAQAO6QsAYOkLAOakCgA8lQUA2JUKANRIDAAmSQwA5pkHAIZYDADYWAwA1EgMAGIXAAAMqwAADooAAGCKAAAmRgAANEwFAIZMBQDYTAUALo8AAICPAADc4AAACLACANB9AQAifgEA4FcDADJYAwAI4wEAvtEKABDSCgAMqwAAwEkIAAjjAQBa4wEAVsAHAKjABwD6wAcA1v4LACj/CwCQ7gEA7CIJAPwOAQAI4wEArnABAABxAQAI4wEA5qQKAApUDAAsngoACOMBAG40BgB6JQAACOMBAJZ5CwCK4wwAykYAABxHAAAYDgAAzlgIAOIXAgAMqwAALo8AANB9AQAifgEADKsAAGiWAgC6lgIADJcCACyeCgAI4wEAHhQKAHAUCgDCSA0AFEkNAGZJDQC4SQ0ACkoNABb/DAAe4AYACOMBAJDuAQDsIgkA/A4BAJZ5CwCK4wwAykYAAJDuAQDsIgkA/A4BAMYNAAAI4wEA5qQKAEiRAgCakQIArnABANpyAgACgwAA2vcBANB9AQDYlQoA4hcCAIxHDABIkQIADowIAGCMCAAI4wEAWuMBAGChCgCyoQoABKIKAFaiCgBa4wEAYKEKAOIXAgAI4wEAlKwBAB7gBgDa9wEADKsAABymCwC0FwAAqjcBAHolAABgoQoAsqEKAASiCgBWogoAfJQCAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAMqwAAXqsAANJSAgAkUwIAdlMCAB7gBgDUSAwAeiUAAHolAABgoQoAsqEKAASiCgBWogoAfJQCAICPAADc4AAACLACADilCgAmRgAANEwFADIICwDkpAEAVIMAAPwaCAAOigAA4hcCAJZ5CwComAsAnvUKAFrjAQBWwAcAjqsLAB47AgBchQMAroUDAACGAwBShgMApIYDAPaGAwBIhwMAmocDANr3AQCqbQwASjQIAJw0CADGDQAAGA4AANB9AQBIkQIADowIAB7gBgBCywIAYhcAALQXAACqNwEAGPoBAIqvCQDcrwkALrAJAICwCQBa4wEAXPgMAGCKAADehAoAJkYAADRMBQBuNAYA8kQIACZGAAD0awkAYhcAAMYNAAAgdgEAbjQGAPJECABejQMAsI0DAEo0CACcNAgAAAAAAA6KAACucAEA4hcCANogAgDYlQoA4hcCAIxHDABIkQIADowIAAjjAQAQ8QsA2O8BACrwAQBQiAIA8G4DAEJvAwCUbwMA5m8DADhwAwCKcAMA3HADAELLAgBKNAgAnDQIAAAAAAAOigAArnABAOIXAgDaIAIATucEAAjjAQD8DgEATg8BAALNCQBUzQkAps0JAPjNCQBmkAoAMDsBAII7AQBIkQIArnABAB7gBgDUSAwAxg0AAAjjAQBmkAoAuJAKAFSDAADgOAIAeukFAAhWCwDsIgkAxg0AAFIAAADmmQcAatIFAHolAADkpAEANqUBAIilAQDW/gsAxg0AAJhgAgD0awkARmwJAF7qBgCuRwEAvMkKAELLAgCQ7gEA/A4BAF7qBgBiFwAAJkYAAAKDAADwJgIANEwFAG40BgDyRAgACOMBAFrjAQCs4wEAMMAAANB9AQDGDQAAeB0AAKJhCgDKZwkA2vcBAADEBQDwJgIAAoMAAPg9BwAI4wEAMLgJAICPAADc4AAACLACAPg9BwBCywIA4DgCACptCgB8bQoAzm0KACBuCgCucAEA2nICACxzAgB+cwIALo8AAAKDAAAUfAwACOMBAG40BgDOWAgAJkYAAAjjAQBuNAYAeiUAAAjjAQD8DgEAXuoGALDqBgBODwEA4hcCAICPAAD8DgEAopIBAPSSAQCyJAIARlcHAPRrCQAe4AYACOMBANr3AQAsngoACOMBAOakCgAKVAwAtBcAAKo3AQB4RgAAykYAAPo8DAAI4wEAZpAKADA7AQCCOwEA2sYKACzHCgB+xwoAkO4BAOLuAQBuNAYAjtQLANJ9CgAkfgoARjkKAJg5CgAI4wEAWuMBAKzjAQBcaAoArmgKAABpCgBSaQoApGkKAPZpCgBIagoAmmoKAGaQCgC4kAoANkkCADBcCgB4HQAAMLgJAICPAADc4AAACLACAAyrAABolgIAIgYNAJDuAQDASQgAEkoIAB4UCgBwFAoAwhQKAO4gCgBAIQoA3OMMANogAgDu1wQACrkGAAjjAQAAAAAA/okKAAjjAQDASQgAAoMAAApUDAAe4AYA0H0BABb/DAAe4AYAMLgJALBcDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDqDgIAQssCAFIAAACkAAAAdO8CAMbvAgAY8AIAcDEDAMIxAwAUMgMAZjIDALgyAwDmpAoA8CYCAOakCgDwJgIAAAAAAOKUCgAI4wEAHuAGAPoSCADs+gwAPvsMAJD7DADi+wwAQssCANr3AQAsngoAJkYAAPRrCQAkzgIAwEkIAAKDAAA2SQIAwEkIAAKDAABeoQEACOMBAFrjAQCs4wEA/uMBAFDkAQCAjwAA3OAAAAiwAgAAAAAAYhcAACZGAAACgwAAONYBAAjjAQAwuAkAgI8AANzgAAAIsAIAbjQGAM5YCABgigAAKpQCANiVCgDUSAwAJkYAAPRrCQBq0gUAJkYAAPRrCQACgwAANkkCANogAgDYlQoA1EgMACZGAAD0awkAatIFACZGAAD0awkAxg0AACB2AQBydgEAxHYBABZ3AQDsagoAPmsKAAjjAQDa9wEALJ4KAAjjAQC+0QoAIHYBAHJ2AQDEdgEAFncBAFIAAAAwOwEAgjsBAPwOAQCikgEAXo0DAHgdAADKHQAA2iACAJSsAQC49QQAatIFACZGAAA0TAUAbjQGAPwOAQASxAQArnABAABxAQA0GAIAVIMAAC6PAADa9wEAAoMAAFSDAADgOAIACOMBABDxCwD8DgEATg8BAMYNAACYYAIACOMBAEo0CACcNAgAEl0CAPz8CgBiFwAAJkYAAAjjAQAQvAQAaJYCALqWAgAMlwIAXpcCANB9AQACgwAAXqEBAJhgAgC6BwQAZpAKADA7AQCCOwEA2sYKACzHCgB+xwoA0McKAAjjAQAQvAQAYrwEACYgDAB4IAwAyiAMABwhDABuIQwAwCEMAAjjAQA+zwAArnABANI0BQB4RgAACOMBADC4CQCwXAwAvMkKAA7KCgAkNQUAELwEAGK8BACyZAwADKsAAC6PAADGDQAA2J0BAOoOAgDwuAwAQrkMALzJCgAOygoArnABANI0BQD0awkAHuAGAAjjAQA+zwAArnABANI0BQB4RgAACOMBABC8BABivAQAsmQMAARlDAAOigAA2vcBACZGAAD0awkA6t0KADzeCgC4XQsAeiUAAOSkAQA2pQEAiKUBAMYNAAA4zgoAis4KANzOCgAuzwoAgM8KAG40BgBuNAYAjtQLAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAJkYAAAjjAQAeFAoAcBQKAG40BgB6JQAALo8AAB7gBgDUSAwAHuAGAAjjAQCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIAHjYCgDK2AoAxg0AAJhgAgCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIACZGAAAI4wEAHhQKAHAUCgAG0QIAqjkJADp6CwCO3goA4N4KADLfCgCE3woA1t8KACjgCgB64AoAzOAKAB7hCgBw4QoApuwKAPjsCgBK7QoAnO0KAAbRAgA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQD2+AgArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAOakCgB6JQAAJkYAAPRrCQCScwoAlnkLAKiYCwCe9QoA2vcBAKptDADmpAoAClQMAFxUDAAeFAoAcBQKAMJIDQAUSQ0AZkkNAApUDAAMqwAALo8AAG40BgB6JQAACOMBADC4CQCAjwAA3OAAAAiwAgAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQCwXAwAvMkKAF6NAwAwuAkAsFwMALzJCgBejQMAPkIKAJBCCgAGGAAAMLgJAICPAADc4AAACLACAICPAADc4AAACLACAC6PAACucAEASJECAA6MCAAI4wEADooAAGCKAAAewAEAcMABAMLAAQAUwQEAZsEBALjBAQAKwgEAXMIBAAb8CgBY/AoAqvwKAAjjAQAOigAAYIoAAD7PAAAQAwIAYgMCAPRrCQAe4AYACOMBADC4CQCwXAwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAeiUAAMwlAACAjwAA3OAAAAiwAgCQ7gEA4u4BAB7gBgAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQCwXAwAouQBAPTkAQBG5QEAmOUBAAjjAQC+0QoAENIKAAyrAAAMqwAALo8AAMYNAAA+zwAAEAMCAF6hAQAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQCwXAwAouQBAPTkAQBG5QEAmOUBAOrlAQCwXAwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAnBQDAAAAAABiFwAAnBQDAO4UAwCWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BADYlQoAKpYKAEwTCABuNAYAwDQGABI1BgBmkAoArnABAABxAQC+0QoAqhsMAPwbDAA2SQIASjQIAJw0CADu1wQAQNgEABDSCgAMqwAADKsAAC6PAAAujwAA2vcBAKptDADmpAoA2vcBANB9AQDu1wQACrkGAAjjAQBmkAoAMDsBAII7AQC4rwsACrALAFywCwCusAsAALELAG40BgB6JQAACOMBAA6KAABgigAAKpQCAHyUAgDOlAIAIJUCAHKVAgDElQIAPkIKABrZAQD8LQIANEwFAC6PAADGDQAACOMBAG40BgB6JQAACOMBAA6KAABgigAAKpQCAHyUAgDOlAIAIJUCAHKVAgDElQIAPkIKABrZAQD8LQIAYhcAALQXAAAYdgYALo8AACZGAACcHgIA7h4CAEAfAgBgBQEACOMBAG40BgDa9wEAlKwBALj1BABq0gUAJkYAAAjjAQCmmgoA+JoKAEqbCgCcmwoAPkIKAJBCCgAGGAAA5qQKAPAmAgBCJwIAlCcCAOYnAgA4KAIAiigCANwoAgD8DgEAXuoGACZGAAB4RgAAqtMKAB7gBgAI4wEAFv8MAB7gBgAI4wEAXMQJAG40BgDANAYAJkYAADRMBQBuNAYA8kQIAELLAgAOigAAYIoAAD7PAACQzwAANBgCABR8DACs7QAATNQBAFzECQCuxAkAbjQGAPJECAAI4wEA5qQKADyVBQBcxAkAYhcAALQXAAAYdgYALo8AAFzECQCuxAkASJECAJqRAgDskQIAPpICAB4UCgBwFAoAUnEBAG40BgCO1AsAMjkCAD7PAACucAEA0jQFAHhGAADurgQAggoKACZGAAB4RgAALJ4KALQDAgAGBAIAWAQCAKoEAgD8BAIAWuMBAKzjAQD4PQcAxg0AAD5CCgCcFAMA5qQKAChRDAB6UQwAzFEMAB5SDABwUgwAAHEBAJDuAQBCywIAkO4BAJDuAQDiFwIA2iACAJDuAQDKZwkA8CYCAPRrCQAujwAAgI8AANzgAAAIsAIAUgAAADJFCQCERQkAJkYAAOh5CwA6egsAAIgLAFKICwDiLgwANC8MAIYvDADYLwwAxg0AAAjjAQBa4wEArOMBAP7jAQBQ5AEASjQIAJw0CADGDQAAOM4KANB9AQAmRgAACOMBAL7RCgAQ0goA4i4MADQvDACGLwwA2C8MAAAAAADOYwsACOMBAFrjAQCs4wEA/uMBAFBhCgAwuAkAgI8AANzgAAAIsAIA8kQIAC6PAAC+0QoAeB0AAJRxCwDmcQsAOHILAAjjAQBuNAYAlnkLAOh5CwAQdgsAYnYLALR2CwAGdwsAWHcLAKp3CwAI4wEAbjQGANB9AQDQfQEAFv8MAGrSBQAmRgAANEwFAABxAQD2AAAAsDMMAMYNAAAI4wEAOvULACBkCwAmRgAADooAAFIAAAAMqwAAXqsAANJSAgAkUwIAdlMCAPwOAQBODwEAAs0JAFTNCQCmzQkA+M0JAAKDAAA2SQIAHuAGAPawBwA+zwAAYhcAAAyrAABeqwAA0lICACRTAgB2UwIAJkYAAPRrCQDq3QoAmg4LAOwOCwA+DwsAkA8LAOIPCwA0EAsAeB0AAMYNAAAAAAAAAAAAAAAAAAAQvAQAYrwEALS8BAD+fwsAUIALAKKACwDGDQAAGA4AANB9AQAW/wwA6g4CANB9AQAifgEAkrEMAABxAQB6JQAAPs8AABADAgCCSAwA8LgMAICPAADc4AAACLACAB7gBgDUSAwA2vcBACz4AQC4EwIA7q4EAFCzCgCiswoAvtEKABDSCgCucAEA0jQFAPRrCQDq3QoAQssCAJZ5CwDoeQsAOnoLAACICwBSiAsApIgLAPaICwBIiQsAWuMBAKzjAQD+4wEAUOQBAEALBACSCwQA5AsEANThCQCCCgoAIscGAPawBwDOWAgAJkYAAAjjAQAAAAAA1EgMAICPAADc4AAALuEAAAAAAAAAAAAAAAAAAIiTCwBa4wEAVsAHAKjABwD6wAcAPpwBAHolAADkpAEANqUBAAzAAgBCywIAJqULAHilCwBUNAwApjQMAKQVAgDKpQsAugcEAFIAAACkAAAA9gAAALoHBAAmpQsAeKULALoHBAAmRgAApBUCAMqlCwC6BwQAAAAAAAjjAQCWeQsAiuMMAK5wAQBejQMAsI0DAAKOAwDoeQsAOnoLAI7eCgDg3goAMt8KAITfCgDW3woAKOAKAHrgCgDM4AoAHuEKAHDhCgCm7AoA+OwKAErtCgCc7QoA7u0KAOA4AgAqbQoAHuAGAGIXAACyJAIAFHwMAAy2AwCy+wEABPwBAKztAABM1AEABP0FAGiWAgC6lgIADJcCAFSDAADiFwIA7AMIAMYNAADYnQEAAHEBAJwUAwBejQMAsvsBAHJuCgAe4AYACOMBAB4UCgBwFAoAJkYAAPRrCQDq3QoAPN4KAMA0BgASNQYAVrYIACZGAACcHgIAbjQGAPJECAAI4wEAvtEKAHgdAACUcQsA5nELADhyCwBOBQIAAoMAAPg9BwBKPgcAnD4HABC8BABolgIAupYCAAyXAgDa9wEAAoMAAFSDAAAITAwAWkwMANB9AQACgwAA4DgCAHAKCwDCCgsAFAsLAGYLCwC4CwsACgwLAEo0CACCCgoArCsDAP4rAwCScwoA3OAAAIIKCgBSAAAAJkYAAPRrCQAAAAAAAAAAAAAAAADa9wEAqm0MAHolAABgoQoA4hcCANogAgDmpAoA+D0HAEo+BwD4CAAASgkAAKaaCgCq0woA/NMKAAKDAAB6JQAAJkYAAPRrCQCScwoACOMBAOakCgD4PQcASj4HAPgIAABKCQAAppoKAKrTCgD80woAMLgJAAKDAABUgwAAwEkIAPgIAABKCQAAppoKAKrTCgD80woAMLgJAAKDAABUgwAAwEkIAPgIAABKCQAAppoKAKrTCgD80woAQuoDAABxAQAgdgEAAHEBAOaZBwCGWAwA2FgMACpZDAB8WQwAAAAAAFrjAQCs4wEA/uMBACbOCwB4zgsACOMBAJZ5CwDoeQsAOnoLALhdCwDgOAIAAAAAAAjjAQCWeQsA6HkLADp6CwC4XQsAvtEKABDSCgCucAEA0jQFAPRrCQDq3QoAZpAKALiQCgCobwsAWuMBAKzjAQD+4wEAELwEAGiWAgCMqwIADKsAAC6PAACUKAYA0H0BABb/DAAe4AYAYJcLALKXCwAEmAsAVpgLAKiYCwD6mAsA2JUKAHwmDQDOJg0ANBgCAPAmAgA0TAUAbjQGAPJECABOBQIA/A4BAMYNAAAAAAAACOMBAJZ5CwDoeQsAOnoLALhdCwBmkAoAuJAKAKhvCwBa4wEArOMBAP7jAQC+0QoAENIKAK5wAQDSNAUA9GsJAOrdCgDqDgIA6g4CALzoCwAI4wEAWuMBAKzjAQD+4wEAUOQBADC4CQCAjwAA3OAAAAiwAgBa4wEA4hcCAOwDCAD8DgEAbjQGAI7UCwAeFAoAkO4BAGIXAAC0FwAA4hcCANogAgBO5wQACOMBAKztAAAOigAAYIoAAN6ECgAwhQoAgoUKANSFCgAmhgoAeIYKAEzrCwCe6wsA8OsLAELsCwDOYwsAPL0BADjWAQAmRgAADooAAOIXAgDaIAIA1v4LAFIAAACkAAAAdO8CAMbvAgAY8AIAavACADC4CQCwXAwAouQBAPTkAQBG5QEAmOUBAOrlAQA+7gEASjQIAIIKCgAQvAQAYrwEALS8BAA+QgoAsiQCAAQlAgAAAAAA1v4LACj/CwDS5AwAWuMBAKzjAQD+4wEAUGEKAGaQCgC4kAoAqG8LAELLAgBE6gwAYJcLALKXCwBCywIAMLgJAJQoBgDmKAYAFHwMAAy2AwB4HQAAHuAGAELLAgCucAEAAHEBAHolAABgoQoACLACAAzAAgBewAIAlnkLAOh5CwA6egsAuF0LAApeCwBKNAgAggoKANQKCgBa4wEArOMBAP7jAQDSfQoAJH4KADC4CQCAjwAA3OAAAAiwAgBQ5AEAQAsEAJILBADkCwQA7J0JALBcDADUkA0AJpENAHiRDQDKkQ0AZpAKANB9AQAW/wwAAoMAAF6hAQB4HQAASjQIAJw0CADuNAgAfiECANb+CwA8vQEAjr0BAD6cAQDASQgAcm4KAJQoBgAQAwIAgkgMAJwUAwAAcQEAkO4BAAzAAgBewAIAlnkLAOh5CwA6egsAuF0LAApeCwBKNAgAggoKANQKCgCYYAIA6mACAApUDAAe4AYAcOAGADZJAgAe4AYATgUCAG40BgDOWAgALo8AAICPAADc4AAACLACAPKzAQBEtAEA0H0BABb/DAAmRgAA9GsJAJZ5CwACgwAAXqEBACalCwCucAEA2nICAB7gBgAI4wEAWuMBAKzjAQD+4wEAUOQBAL7RCgAQ0goADKsAAAyrAAAujwAAxg0AANidAQB6JQAAXPgMALCPCwACkAsAVJALAKaQCwD4kAsA1v4LACj/CwB6/wsAqhsMAMwoDAAeKQwAcCkMAMIpDACckQsA7pELAECSCwAI4wEACOMBAELLAgD8DgEA/A4BABLEBAA2SQIALJ4KAAjjAQA41gEAitYBANzWAQAu1wEAgNcBANLXAQBiFwAALo8AACZGAAACogEAHuAGAFIAAADmmQcAHuAGACZGAAACgwAA+D0HAAjjAQCWeQsA6HkLADp6CwC4XQsAggoKANQKCgAI4wEAWuMBAKzjAQD+4wEAUOQBAL7RCgAQ0goADKsAAAyrAAAujwAAxg0AANidAQB6JQAAXPgMAICPAADaIAIAPs8AABADAgBeoQEALo8AAICPAADaIAIAlnkLAOh5CwA6egsADKsAAKCzAQDyswEARLQBANB9AQAW/wwAJkYAAJZ5CwDoeQsAOnoLAOakCgAoUQwAelEMAMxRDAAeUgwAcFIMAMJSDAAUUwwAZlMMAELLAgAAAAAAAAAAAK5wAQBejQMAJqULADZJAgAujwAAUgAAADA7AQDaIAIAEl0CAGiWAgDwJgIA9GsJAAyrAAAAAAAAAAAAAAhMDABaTAwArEwMAP5MDABQTQwAok0MAFrjAQCs4wEA/uMBANJ9CgAkfgoAMLgJAICPAADc4AAACLACAF6hAQCwoQEAAqIBAFSiAQCmogEA+KIBAEqjAQDGDQAAtAMCAGIXAAAI4wEAMLgJAICPAADc4AAACLACAFKRBgCkkQYA9pEGAEiSBgCakgYA7JIGAD6TBgCQkwYAYhcAAB7gBgD6EggAAHEBAJDuAQBCywIAMLgJALBcDAACXQwAVF0MAKZdDAD4XQwAxg0AAK5HAQACgwAAjr4FAFIAAADQfQEA2vcBAG40BgDiFwIA4DgCADI5AgAQ8QsAeF0KAMpdCgAcXgoARjkKAJg5CgAujwAAgI8AANzgAAAIsAIAJkYAAJweAgDuHgIAQB8CALZVCwAe4AYA1EgMALZVCwBgBQEALo8AAICPAADc4AAATgUCAKAFAgDyBQIARAYCAJYGAgBOBQIAeiUAAOSkAQA2pQEARjkKAJg5CgAAAAAABtECAKo5CQA6egsALJQLAKzjAQD+4wEAUOQBALQDAgC0AwIALo8AAAKDAAAKVAwADKsAAOIXAgDaIAIA7tcEAPAmAgA0TAUAbjQGAPJECAAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAMpvAADwJgIANEwFAF6NAwB6JQAAVsAHAC6PAAAe4AYAHuAGANRIDAAmSQwA5pkHAIZYDADYWAwA1EgMAGIXAAAMqwAALJ4KAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAUgAAAFIAAADQfQEAQuoDAAyrAABolgIA8CYCADRMBQBuNAYA8kQIAAyrAACgswEAUIgCANKSDAD0awkArkcBAF5HCgCwRwoArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAGIXAAC0FwAAGHYGACZGAADurgQAULMKAPhGAgDGDQAAIHYBAC6PAABiFwAAJkYAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUADlgFAGBYBQCyWAUABFkFAFZZBQCoWQUA+lkFAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAmRgAAAoMAAK5wAQAAcQEALo8AAICPAADQfQEAAoMAADDAAABgigAA3oQKAMBJCABybgoArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAELqAwAAcQEAnBQDANI0BQA0TAUAAoMAAPg9BwBC6gMAXD0CAAKDAADwJgIANEwFAG40BgDyRAgALo8AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDwJgIAAoMAAAKDAABUgwAApoMAAPiDAABKhAAAnIQAAOIXAgDaIAIAxg0AABgOAADOWAgA4hcCAAyrAAAujwAAeiUAAOSkAQA2pQEARjkKAJg5CgAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAJDuAQDsIgkAPiMJAJSsAQAe4AYA2vcBAAyrAAAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAA5YBQBgWAUAslgFAARZBQBWWQUAqFkFAPpZBQCucAEA2nICACxzAgB+cwIA0HMCACJ0AgB0dAIAxg0AAJhgAgDqYAIA8CYCAPRrCQAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAOxJAQCakwoA7JMKAC6PAACuRwEA1JANACaRDQB4kQ0AypENABySDQBukg0AwJINAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoADKsAAKCzAQDyswEARLQBANB9AQAW/wwAJkYAADRMBQBuNAYA8kQIAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAIE4FAGjqCgC66goADOsKAF7rCgCw6woAAuwKAFTsCgDsSQEAmpMKAOyTCgAOigAAYIoAAN6ECgDASQgAcm4KAGrSBQDgOAIAMjkCAB7gBgD6EggAbjQGAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoAxg0AAJ6XAwDwlwMAFv8MAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAmpMKAOyTCgAMtgMAXrYDALC2AwACtwMAVLcDAKa3AwD4twMASrgDAJy4AwDuuAMAQLkDAOxJAQCakwoA7JMKAHolAADQfQEALJ4KAD7PAAAQAwIALJ4KAMYNAACelwMA8JcDABb/DACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoAvL0DAA6+AwBgvgMAsr4DAELLAgB4RgAA4hcCAOwDCAA+zwAACOMBADC4CQCwXAwAouQBAPTkAQBG5QEAmOUBAOrlAQAAAAAACOMBAEo0CACcNAgAEl0CAPz8CgBO/QoAoP0KAPL9CgC+0QoAHKYLAG6mCwDApgsAEqcLAGSnCwC2pwsAvtEKABymCwBupgsAwKYLABKnCwBkpwsAtqcLADC4CQCwXAwAouQBAPTkAQBG5QEAmOUBAOrlAQDW/gsA0uQMAOakCgD0qQsA/BoIAA6KAAACgwAA5qQKAPSpCwD8GggADooAAAKDAAD4PQcACOMBANb+CwDS5AwAJOUMAHblDADI5QwAGuYMAGzmDAC+5gwAEOcMAA6KAADQfQEA0H0BAAjjAQDYlQoAKpYKAHyWCgDOlgoAMggLAHolAADMJQAAgI8AAIxHDAAAcQEAkO4BAAjjAQAeFAoA0jQFAPRrCQBGbAkAxg0AAC6PAAB6JQAAJkYAAAjjAQAQvAQAYrwEALS8BADSkgwAJJMMAHaTDADIkwwAkO4BAMBJCAASSggACOMBABC8BABivAQAtLwEANKSDAAkkwwAdpMMAMiTDAAwwAAAxg0AAHgdAAAe4AYACOMBANr3AQAsngoAQssCADy9AQAk5QwAgrgJAB7gBgAI4wEAbjQGAHolAAAI4wEAHhQKAHAUCgBiFwAALo8AAICPAAAI4wEAMLgJALBcDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAvtEKAKobDAD8GwwAPGECAI5hAgAI4wEAlnkLAO6uBABQswoAorMKAPSzCgDW/gsAKP8LAOakCgDa9wEAbjQGAEiRAgAOjAgAMLgJALBcDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAPs8AABADAgBeoQEACOMBAJZ5CwCK4wwAykYAAJRGAwAqlgoA4hcCANogAgASXQIAJkYAAAjjAQAQvAQAaJYCACIGDQB0Bg0AxgYNAG40BgB6JQAACOMBAJZ5CwCK4wwAykYAAFrjAQBgoQoA0H0BANB9AQAifgEAPs8AAK5wAQAAcQEAkO4BAAjjAQAwuAkAsFwMAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAA6KAADiFwIAjEcMAABxAQCQ7gEACOMBAKaaCgD4mgoAClQMAB7gBgDQfQEAQuoDAABxAQCQ7gEACOMBAG40BgB6JQAACOMBAJZ5CwCK4wwAykYAADoUDQCMFA0A3hQNADAVDQCCFQ0A1BUNACYWDQB4Fg0AyhYNABwXDQBuFw0AwBcNABIYDQC0AwIABgQCALRDDAAKVAwAtBcAAKo3AQB4RgAAykYAAPo8DAAI4wEAMLgJALBcDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAbjQGAAyrAAAMqwAAdKgFAMaoBQAYqQUAaqkFAE7nBABi0goAtNIKAAbTCgBY0woAQssCAAAAAAAAAAAAAAAAAAjjAQA+QgoAOmYNAIxmDQDeZg0AHhQKAHAUCgDCSA0AFEkNAGZJDQC4SQ0ACkoNAOakCgAKuQYAHuAGACyeCgACgwAANkkCAGIXAAAI4wEA5qQKAAq5BgAe4AYAZpAKAGIXAAA6Zg0AjGYNAN5mDQAeFAoAcBQKAMJIDQAUSQ0AZkkNALhJDQAKSg0A5qQKAAq5BgAe4AYAxg0AAJhgAgDqYAIA+D0HAEo+BwCQ7gEA7CIJAPwOAQAI4wEAHhQKAHAUCgDCSA0AFEkNAGZJDQC4SQ0ACkoNANr3AQAs+AEAsMsFACqUAgDQfQEAFv8MAB4UCgBwFAoAwkgNABRJDQBmSQ0AuEkNAOLuAQAI4wEAkO4BAOwiCQA+IwkAPkIKADpmDQCMZg0A3mYNAB4UCgBwFAoAwkgNABRJDQBmSQ0AuEkNAApKDQBSAAAAMDsBAII7AQBIkQIArnABAB7gBgDUSAwAgI8AADBcCgCYYAIA7q4EAFCzCgDwJgIA9GsJAJDuAQAsngoAQssCALy9AwAOvgMAYL4DALK+AwA+zwAArnABANI0BQB4RgAACOMBADC4CQCwXAwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAtAMCAAYEAgCWeQsAqJgLAJ71CgBKNAgAnDQIAICPAACCCgoA1AoKAAjjAQBmkAoAuJAKAKhvCwBSAAAA/A4BAAjjAQAwuAkAgI8AANzgAAAAAAAACLACACYgDADkXQQAEsQEAApUDAAe4AYACOMBAFrjAQCs4wEA/uMBAFDkAQA+zwAArnABANI0BQB4RgAACOMBADC4CQCwXAwAvMkKAA7KCgAkNQUAELwEAGK8BACyZAwA/okKAFCKCgBQigoA+OILAD6cAQDGYQgAGGIIAGpiCADOBwwAIAgMAFIAAAAwOwEAgjsBANrGCgAsxwoAfscKANDHCgAI4wEAELwEAGK8BAAmIAwAeCAMAMogDAAcIQwAbiEMAMAhDABC6gMAMggLAIQICwBq0gUALJ4KAAyrAABeqwAAkO4BAOLuAQACgwAAiuMMAMpGAAD6PAwATD0MAOakCgA4pQoAiqUKAJZ5CwDoeQsAOnoLACyUCwCs4wEA/uMBANJ9CgAkfgoAqJgLAJ71CgC+0QoAeB0AAC6PAACWeQsAiuMMAMpGAABa4wEAXPgMAK74DAAA+QwAUvkMAL7RCgCqGwwA/BsMADxhAgCOYQIACOMBAJZ5CwDurgQAULMKAKKzCgBKNAgAnDQIANb+CwDiFwIAggoKANQKCgAI4wEA/A4BABLEBABIkQIADowIAGChCgDiFwIACOMBAPwOAQBODwEA4hcCANogAgAeFAoAcBQKAHolAABgoQoA4hcCAPwOAQASxAQA8CYCADRMBQBuNAYALo8AAGrSBQB0qAUAJkYAADRMBQBuNAYA8kQIAAjjAQBa4wEArOMBAP7jAQBQ5AEAWuMBAGChCgDiFwIACOMBAJZ5CwACgwAAXqEBAIrjDADKRgAA+jwMAEw9DACePQwAlD4MAOY+DAA4PwwAWuMBAKzjAQD+4wEAJs4LAHjOCwAI4wEAlnkLAOh5CwA6egsAJM4CAETJAwAoPAoAejwKAMw8CgAePQoAcD0KAMI9CgAUPgoAZj4KAOyHAwA+iAMAJiAMAHggDADsugIAPrsCABb/DACwoQEARr8NAJi/DQCYYAIALJ4KACyeCgAqngEAmOgNAPTdDgAe4AYA5jsAAOq/DQA8wA0AmOgNAO6mDQC2SAAAFDUPAPTdDgAe4AYA9N0OAPTdDgAe4AYAmOgNAIzXDgD03Q4AFDUPAJDuAQDKHQAAYAUBABQ1DwBgBQEAeOMNAHjjDQAe4AYA1EgMAMAeAABgBQEA1MAAAE7nBADOoQ0AzqENAPTdDgBO5wQA9N0OAJRxCwBwww0AwsMNAN4zDgBGvw0AmL8NAM5uDgAUNQ8A+AgAAJjoDQBwww0AwsMNAGAFAQAwuQ0AwrkOABS6DgB0/A0AkO4BAHjjDQD+5g0AUOcNAEa/DQCYvw0Ahm0OAPwOAQDS5AwAeOMNAKy9DQB44w0A8kQIAN4zDgCY6A0AyocOAPTdDgD4CAAA+AgAAKbODQD4zg0ASs8NABQ1DwDGDQAAHuAGAMBJCAAe4AYAps4NAPjODQAuAw4AYAUBAKbODQD4zg0ALgMOAModAABGvw0AmL8NAFYlAgAI4wEAnEkKAJjoDQBCywIAJkYAAHjjDQDacgIAHuAGAJjoDQAqGQIAcMMNAMLDDQB44w0AzMINAB7DDQBwww0ALqcOAHDDDQAupw4ACLMOAHjjDQB00w0AnM8NAO7PDQAwuQ0AnM8NAAAAAAAI4wEAps4NAPjODQCmzg0A+M4NAKbODQD4zg0AFMQNAN4zDgAOHQ8AYB0PAOoOAgDMwg0AMLkNAHDDDQDCww0A6g4CAB7gBgAI4wEAFDUPAAjjAQCoHg8AKsoNAHjjDQCY6A0AmOgNALoHBAC6BwQAugcEAELLAgD4PQcAqm0MAAxbCACqbQwAyJMMAMiTDAAmRgAAwAILAG6xDgCs7QAAxg0AAMYNAADw1w0APs8AAKztAAB44w0Axg0AAD7PAAB44w0AeOMNAHjjDQB44w0AeOMNADC5DQAwuQ0AeOMNAHjjDQB44w0AeOMNAHjjDQB44w0AMLkNADC5DQAwuQ0AeOMNAHjjDQB44w0AMLkNADC5DQC03Q0AMLkNADC5DQB44w0ACOMBAAjjAQCM4Q0Apj4LAAjjAQAUNQ8A4hcCAMZhCAAI4wEAxg0AAMYNAAB44w0AeOMNANB9AQB44w0Aps4NAPjODQBCywIAmOgNABQ1DwDGDQAAtuUNAAjjAQAWlgIAeB0AACyeCgDASQgAYhcAAB7gBgDwtwgAHuAGAD6+DgCY6A0AmAcPAHjjDQDGDQAAnEcCAD7PAAA+zwAAPs8AABQ1DwA+zwAAGCMCABR8DAAUNQ8AnEcCABQ1DwBSPgIAWtwOAFjUDgCq1A4AwuwNABQ1DwBSAAAAYhcAANRIDADupg0ALJ4KAKijDgBSAAAAWtwOAPgIAAD4CAAA+AgAALBxDgCY6A0A7qYNAJhgAgAsngoADPYNALqMAwAGdQMA8oMOAFYxCQBmNQ8ACrkGADC5DQDCuQ4AFLoOACRyAwCmzg0A+M4NAC4DDgCAAw4AMLkNABQ1DwDyvgQAYi8OADC5DQB44w0AeOMNAKbODQD4zg0AeOMNAP7mDQBQ5w0AGA4AAJjoDQDupg0AFDUPAAjjAQCY6A0AeOMNAP7mDQBQ5w0ACOMBAPy9BACQlQ4AXMQJABQ1DwDOTQUAFDUPAPb4CADWEw4AmOgNAGr9DQAmRgAAFDUPAJhgAgAW/wwAmOgNAIzXDgCs7QAAkJUOAGY1DwB44w0A/uYNAGY1DwB44w0AYi8OAPjNCQCmrAAAMLkNAMK5DgAUug4Aps4NAFC0DgDOYwsAIG8OAO6mDQDGDQAAYAUBAOYBDgDsaw4AJkYAACZGAAAwuQ0AwrkOABS6DgBq/Q0AJkYAACZGAAAmRgAAJkYAANKxDQDADQ4AnvUKAIQTDgCY6A0AeOMNAP7mDQBQ5w0AFBYOAMjjBADupg0A7kkKAGY1DwB44w0AZjUPAHjjDQCSIg4A5CIOADYjDgAujwAALPsNAH77DQDQ+w0AIvwNAEB0DgCSIg4A5CIOADYjDgDSsQ0AEnIEADC5DQDCuQ4AFLoOAGr9DQA+TAkAFDUPAJhgAgAsngoAFDUPAJCVDgDupg0AugcEAC5xAwD0awkAeOMNAP7mDQBQ5w0A1hMOAMAeAAAwuQ0AwrkOABS6DgAUNQ8AQssCAGr9DQCyOggAJkYAACZGAAD4IA4ASiEOAJwhDgDOTQUA+CAOAHjjDQDkxg4AMLkNAGY1DwB44w0A/uYNAGY1DwAW/wwACOMBAHjjDQD+5g0AUOcNACa4BQCY6A0AjNcOABQ1DwBWogoAmOgNABQ1DwCSfAUAeOMNADC5DQBmNQ8AcMMNAMLDDQAe4AYAaHAOAJIiDgDkIg4ANiMOAHjjDQD+5g0AUOcNAAz2DQCYYAIAFv8MAHjjDQAS2goAFDUPABb/DAAI4wEAJKgOAB7gBgBIkQIAeOMNAP7mDQBQ5w0A0rENAGAFAQCY6A0AFDUPAKiYCwDupg0AMFwKADC5DQB44w0AMLkNAHjjDQBmNQ8AZjUPAGY1DwB44w0AeOMNAHjjDQD+5g0AUOcNAHjjDQAc5A0AhjoPAJjoDQCGOg8A+CAOAHjjDQAwuQ0AwrkOABS6DgAwuQ0AwrkOABS6DgAUNQ8AkL4OAJJzCgAUNQ8AFv8MABQ1DwDe1QYA7qYNAAjjAQBO5wQAYAUBABQ1DwAUNQ8AmGACABQ1DwCYYAIAFDUPAJhgAgBmNQ8AeOMNAP7mDQBQ5w0AFv8MAHjjDQD+5g0AUOcNAJjoDQAAAAAAjNcOAJ71CgAwuQ0AwrkOABS6DgBKFw8AFDUPAFrcDgAmRgAAeOMNAP7mDQBQ5w0AmOgNAJjoDQB44w0A/uYNAFDnDQAKuQYApLwOAPa8DgAuAw4ALJ4KABb/DACY6A0AFDUPAKijDgDSuggA0rENABQ1DwDyRAgA3jMOAKbODQD4zg0AcMMNAMLDDQAwuQ0AwrkOABS6DgCsKwMAmOgNABQ1DwDccAMAeOMNAHjjDQD+5g0AUOcNAB7gBgDAHgAAeOMNAKyzDgB44w0A/uYNAFDnDQCqJg8AAAAAADC5DQDCuQ4AFLoOAJjoDQBq/Q0A7qYNAJjoDQC2SggAkJUOAO6mDQCgDwEAAAAAABQ1DwCQlQ4A7qYNAKAPAQDoWw4AMLkNAMK5DgAUug4ASL0OABzkDQAUNQ8A8kQIAHjjDQD+5g0AUOcNABQ1DwAsngoAfJcOAAjjAQDWZQ4AeOMNAKztAAC41wcAJkYAAJgHDwAsngoATucEABQ1DwCAjwAAyKgOAKwrAwAQLw4ACOMBAAjjAQCY6A0ALgMOAGAFAQDeMw4ACOMBAIZtDgDSNAUAav0NABAvDgAAcQEA6FsOADpcDgAe4AYAAAAAAAAAAAAAAAAAFDUPAJCVDgAAAAAAAAAAAAAAAACGbQ4AYAUBABQ1DwBa3A4AkJUOAB7gBgB44w0AYi8OAGIvDgB44w0AHOQNAAzAAgBuLA8AwrkOABS6DgBq/Q0AeOMNABzkDQC6BwQAMLkNALoHBAAujwAAJkYAAFy5BgAUNQ8AAoMAAFy5BgBmNQ8AsnkOABAvDgCmzg0A+M4NABTEDQBq/Q0AFDUPACyeCgB44w0AFDUPANxwAwAI4wEAmOgNANxwAwB44w0A/uYNAFDnDQB2fw4AyH8OALoHBAC6BwQAFDUPANxwAwDccAMA/L0EACSoDgDupg0AAAAAABQ1DwAUNQ8ALo8AAJC+DgAI4wEAFDUPAMqHDgD4CAAAfn8JAJDuAQD0iw4ARowOAFIAAABSAAAAzk0FAJjoDQAI4wEAFDUPABQ1DwBiFwAAMLkNAMK5DgAUug4A3CsOAFaiCgAkcgMAeOMNAP7mDQBQ5w0A1v4LAKbODQBQtA4AgKcOAMqHDgDyRAgAyocOAMqHDgAe4AYAYhcAAKbODQBQtA4A+M4NADC5DQCY6A0AyocOAByIDgBuiA4ACpIOAIS3DgB44w0A3HADAJjoDQBWZAgAEGsIAAAAAABKcw4AnHMOAAAAAAAAAAAA/nQIALQEBgBWogoAmOgNABQ1DwAUNQ8AyKgOACZGAACY6A0AFDUPANLkDACY6A0AYAUBAAjjAQB44w0A/uYNAFDnDQAUNQ8ACOMBABQ1DwAI4wEAFDUPAGAFAQAUNQ8AYAUBAAjjAQAUNQ8A+AgAABQ1DwD4CAAAkL4OAPJECAAUNQ8AQssCAAAAAAAsngoAeOMNAP7mDQBQ5w0AFDUPANLkDABgBQEA7qYNAMYNAADGDQAA7qYNABb/DACQvg4AQssCADC5DQDCuQ4AFLoOAHjjDQD+5g0AUOcNAAjjAQDaIAIAFDUPAAjjAQAUNQ8AmOgNAOKVDgAI4wEACOMBAE7nBABgjAgAmOgNAPgIAAAUNQ8AFDUPAAjjAQBwww0AwsMNAC4DDgDS5AwADsoKAJjoDQAmRgAASJECACZGAAB44w0A/uYNAFDnDQCY6A0AeLAOAB7gBgAsngoA0McKAELLAgA4+A4AULQOANqlAQAI4wEAxg0AAAAAAAAwXAoAAAAAAC6nDgDerg4AMK8OAIKvDgAUNQ8AeOMNAP7mDQBQ5w0ACOMBAPgIAAC6BwQAugcEABDxCwAI4wEAMLkNAAjjAQCY6A0AQssCAJjoDQAKMwMAWtwOAFrcDgDW/gsAmOgNABQ1DwAI4wEAps4NAPjODQB44w0A/uYNAFDnDQB44w0ACOMBAB7gBgAUNQ8AHuAGANSvDgDsagoA8kQIAPgIAAAMCAQASA8PAARlDACs7QAAFDUPAHDDDQDCww0A0s8KADj4DgDCFAoACOMBAFTEDgAI4wEAwhQKADLgDgD4xA4A7u0KADy9AQAwuQ0AwrkOABS6DgAI4wEAFDUPABQ1DwB44w0AmGACAJhgAgB44w0AeOMNAB7gBgCQyA0A4sgNABjKDgCy1Q0AMLkNAHjjDQAc5A0ANO8BAOakCgDYnQEAnM8NADC5DQDuFAMAPL0BAPy9BACeEwgAZDUGAJDuAQAmRgAAktgEAB7gBgAUNQ8AFv8MANrwDgAWlgIATi4CABaWAgBOLgIALikCAFzECQBmNQ8AkJICABQ1DwD4CAAACOMBAATWDQB4HQAA7hQDAKgeDwAI4wEAmOgNAHjjDQAMwAIAMuAOAPjEDgAqMAwAps4NAPjODQAqMAwAIGQLAKbODQCWrQ4AeOMNAKyzDgAUNQ8ACOMBAHolAAB6JQAAkO4BAE4FAgDOoQ0AbtoOALZVCwCM1w4ACOMBABQ1DwAI4wEAPN4KAJ7NDgDOYwsACOMBAAjjAQAI4wEA9IALAHR+AQBgoQoAIhsPAHjjDQCQ7gEA9LMKAJjoDQAI4wEACOMBADLgDgD4xA4AFDUPAKbODQD4zg0ALgMOANQKCgAI4wEACOMBAAjjAQDakwsAxg0AAHDDDQCY6A0AAjQMAEruDgD4NAwAnO4OAN4zDgDOoQ0A3jMOAEruDgDeMw4AnO4OAN4zDgAy4A4A+MQOANrHDgBSAAAA9rAHACZGAAC6zA0Axg0AAAjjAQDCFAoA+MQOAAjjAQCApw4A4DgCAKxMDAAsngoA1AoKAB7gBgAI4wEACOMBAAjjAQAUNQ8ATtQKAE7UCgBO1AoATtQKAJDuAQCQ7gEAzlkMAAjjAQCmzg0AqPUOADLgDgC8HA8ACOMBADLgDgAKXgsACOMBAPTdDgCu5A4Aps4NAADlDgAI4wEAIOoOAHLqDgC6FA8AxOoOAAjjAQAI4wEAMuAOAApeCwD03Q4AruQOAKbODQAA5Q4ACOMBALzoCwBE/w4Aps4NAPjODQB44w0AHOQNAAjjAQA4+A4AEPELABDxCwDgtg4AjAAPAIS3DgCOvQEAzOsNAJzPDQDa0Q0A1AoKANKSDABWJQIAps4NAJatDgD03Q4AmOgNACDqDgCY6A0AFDUPAJjoDQAMwAIAeOMNADLgDgBCywIAps4NAFC0DgAIsw4AIBMPAHjjDQCssw4AQssCAPjODQAuAw4A9GsJABQ1DwDQIQIAUgAAACIbDwAy4A4AQssCACZGAAB44w0AHuAGAAjjAQCmzg0A+M4NAK74DAB6/wsAQssCAELLAgA+nAEAPpwBAD6cAQA+nAEAQssCAJjoDQA+nAEACOMBAAjjAQAI4wEAAAAAAAAAAAAy4A4AvBwPAKbODQD4zg0ArvgMABQ1DwAI4wEAFDUPADLgDgD0awkAFDUPADLgDgCoHg8AmOgNAAjjAQAI4wEALJ4KAGIXAAAe4AYALo8AAAjjAQD0TQwAQssCAKbODQBQtA4AmN4OAHjjDQD+5g0AzMINAAYEAgBu2g4ATB8PAJ4fDwDwHw8AQiAPAHjjDQAc5A0A4pMGAJjoDQDSIg8AQssCABb/DAAe4AYA/KsOAC6nDgAIsw4AzmMLAHjjDQCssw4AzmMLAGAFAQCM1w4AYAUBAIzXDgBwww0ALqcOAGAFAQAI4wEAMuAOAPjEDgCmzg0A+M4NAAYEAgCY6A0AmOgNAAYEAgAwuQ0AMLkNADC5DQCSIg4AMLkNADC5DQAwuQ0AMLkNAHDDDQAupw4AMLkNAJIiDgAwuQ0AuLoOADC5DQC4ug4AMLkNALi6DgDkxg4AuLoOADC5DQC4ug4AMLkNALi6DgDk+Q0AuLoOADC5DQC4ug4ALPsNAH77DQBKzw0ACOMBAAjjAQBCywIAmOgNAGIXAACczw0AasoOAO7uDgDu7g4AnM8NAO7PDQD4PQcAXDYPAELLAgBCywIAxg0AAMYNAADs8A0AmOgNAI69AQAwuQ0AFDUPAHr/CwAUNQ8AMLkNAO6mDQAUNQ8A7qYNADC5DQDCuQ4A7qYNACA8DwByPA8AMLkNAELLAgBeww4AmOgNAAjjAQAI4wEACOMBAH5DDwAI4wEACOMBAAjjAQB+Qw8ACOMBAJw+BwB+Qw8AFDUPAApKDQAI4wEACOMBAH5DDwCY6A0ALPsNAH77DQDQ+w0AMLkNAOxJAQD03Q4AruQOAAjjAQB44w0AHOQNAKbODQD4zg0ALgMOAARlDACiigoAjggPAEgPDwAW/wwAFDUPAPg9BwBKFw8ANL8OADLgDgD4xA4Aps4NAFC0DgAIsw4AFDUPAO6mDQD0swoAYhcAABQ1DwDyRAgAps4NAPjODQAuAw4AJqULAEoXDwDuFw8Aps4NAKj1DgAy4A4AuF0LABQ1DwA=","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAwAAAAEAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAIAAAAAAAAAAAAQAAAAAAIAAIAAAAAAEAAAgAAB0BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAgAAgAAAAAAQAACAAAHQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAgAAgAAAAAAQAACAAAHQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAgAAgAAAAAAQAACAAAHQGAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAIAAAAAAAAAAAAQAAAAAAIAAIAAAAAAEAAAgAAB0BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAADAAAgAAAIABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAADAAAgAAAIABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAIAAAAAAAAAAAAQAAAAAAIAAIAAAAAAEAAAgAAB0BgAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAgAAgAAAAAAQAACAAAHQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAIAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAgAAgAAAAAAQAACAAAHQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAIAAAAAAAAAAAAQAAAAAAIAAIAAAAAAEAAAgAAB0BgAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAgAAgAAAAAAQAACAAAHQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAACBAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAgAAgAAAAAAQAACAAAHQGAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAIEAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAIAAAAAAAAAAAAQAAAAAAIAAIAAAAAAEAAAgAAB0BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAIAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAIAAIAAAAAAEAAAgAAB0BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAUAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAEAAAACAACAAAAAABAAAIACAdAYAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAEABAQAAAAAAAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAIAAAAgAAAAAAAAAACAAAAAQAAAAACAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAgAAgAAAAAAQAACAAAHQGAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAIAAIAAgEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAABAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAADAAAgAAAIABAAAAAAAAIAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAEAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAAgAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAIAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAQAAABAAAIAAAdAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAABAAAAAAAAEgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAEAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAIAAAAAAAAAAAAQAAAAAAIAAIAAAAABEAAAgAAB0BgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAgAAgAAAAAAQABCAAAHQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAABAAAAAAAAAAAAAEAAIAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAIAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAADAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAAIABAAAAAAAAIAAAAAAAAAAAAQAAAAAAIAAIAAAAAAEAAAgAAB1BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAMAACAAAAgAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAEAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAMAACAAAAgAEAAAAAAAAgAAAAAAAAAAABAAAAAAAgAAgAAAAAAQAACAAAHQGAAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAACAACAAAAAABAAAIAAAdAYAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAEAAAAAAAAAAAAAAwAAIAAACAAQAAAAAAACAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAABAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIAA"},"index":{"lists":[[76,78,79,80],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,48,53,54,56,57,58,59,60,61,62,63,64,65,66,67,71,72,73,74,76,78,79,80,84,85,103,106,107,109,120,121,122,123,124,125,126,127,128,137,147,148,152,153,156,162,163,167,171,173,174,175,176,178,180,181,182,185,186,187,188,202],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,48,49,53,54,56,57,58,59,60,61,62,63,64,65,66,67,70,71,72,73,74,76,78,79,80,84,85,103,106,107,109,120,121,122,123,124,125,126,127,128,137,147,148,149,152,153,156,162,163,167,171,173,174,175,176,178,180,181,182,185,186,187,188,191,192,193,202],[69,76,78,79,80,155,191,208],[76,78,79,80,94,95,96,194,195,196,197,198,199,200],[46,47,76,78,79,80],[76,78,79,80,182,201],[58,76,78,79,80,84,85,101,102,182,187,188],[76,78,79,80,94,95,96],[45,51,56,59,63,64,76,78,79,80,94,95,96,97,114,127,128,129,133,140,142,148,150,151,152,153,161,168,169,170,177,202],[14,15,16,22,23,76,78,79,80,83,132,144],[76,78,79,80,98,214],[6,76,78,79,80],[1,7,76,78,79,80,94,95,96,134,171,175,176,202],[9,76,78,79,80,94,95,96,100,171,175,176,202],[31,76,78,79,80,94,95,96,156,171,175,176,186,202],[17,76,78,79,80,94,95,96,123,143,171,175,176,190,202],[0,2,4,5,20,21,24,25,73,76,78,79,80,94,95,96,117,123,131,156,158,171,172,175,176,179,183,202,203,206,209,210,213,215],[3,8,11,20,24,25,27,33,36,37,52,55,74,75,76,78,79,80,81,87,88,94,95,96,99,104,107,110,117,123,130,136,138,139,145,156,157,165,171,175,176,202,211,216],[76,78,79,80,94,95,96,171,175,176,202],[76,78,79,80,94,95,96,123,171,175,176,202],[76,78,79,80,94,95,96,171,175,176,202,207],[72,76,78,79,80,94,95,96,123,171,175,176,192,202,204,205],[67,75,76,78,79,80,82,86,94,95,96,119,159,171,175,176,192,202],[10,33,76,78,79,80,81,89,94,95,96,109,110,135,171,175,176,202],[4,26,50,76,78,79,80,94,95,96,123,171,175,176,202],[10,39,76,78,79,80,94,95,96,109,171,175,176,202],[12,13,32,43,76,78,79,80,94,95,96,105,111,112,113,115,116,118,126,141,146,147,164,166,167,171,175,176,184,189,202],[7,76,77,78,79,80,94,95,96,171,175,176,202],[10,76,78,79,80,94,95,96,171,175,176,202],[76,78,79,80,90,91,92,93,108,160,212],[48,76,78,79,80],[18,19,76,78,79,80,94,95,96,171,175,176,202],[28,76,78,79,80],[29,30,34,35,76,78,79,80],[38,42,76,78,79,80],[41,57,76,78,79,80],[41,76,78,79,80],[41,58,60,76,78,79,80],[44,57,76,78,79,80,178],[57,76,78,79,80,178],[58,60,66,76,78,79,80,193],[60,76,78,79,80],[65,71,76,78,79,80,178,193],[68,76,78,79,80,154],[76,78,79,80,124],[76,78,79,80,125],[76,78,79,80,178],[76,78,79,80,193],[62,76,78,79,80,181],[62,76,78,79,80,181,191],[62,76,78,79,80,162,163,181],[62,76,78,79,80,181,182],[58,62,76,78,79,80,84,85,181,182,187,188],[62,70,76,78,79,80,162,163,181],[45,49,53,54,56,59,61,62,63,64,76,78,79,80,127,128,137,148,149,152,153,162,163,181,202],[1,7,62,76,78,79,80,162,163,171,173,174,175,176,181,185,202],[62,76,78,79,80,162,163,171,173,174,175,176,181,202],[31,62,76,78,79,80,156,162,163,171,173,174,175,176,181,186,202],[62,76,78,79,80,123,162,163,171,173,174,175,176,181,202],[2,4,62,73,76,78,79,80,123,156,162,163,171,173,174,175,176,180,181,202],[36,37,62,74,76,78,79,80,103,107,123,156,162,163,171,173,174,175,176,181,202],[62,72,76,78,79,80,123,162,163,171,173,174,175,176,181,192,202],[62,67,76,78,79,80,162,163,171,173,174,175,176,181,192,202],[62,76,78,79,80,109,162,163,171,173,174,175,176,181,202],[4,62,76,78,79,80,123,162,163,171,173,174,175,176,181,202],[62,76,78,79,80,103,106,109,162,163,171,173,174,175,176,181,202],[43,62,76,78,79,80,103,126,147,162,163,167,171,173,174,175,176,181,202],[7,62,76,78,79,80,162,163,171,173,174,175,176,181,202],[48,62,76,78,79,80,181],[62,76,78,79,80,162,163,171,175,176,181,202],[28,62,76,78,79,80,181],[29,30,34,35,62,76,78,79,80,181],[42,62,76,78,79,80,181],[40,41,57,62,76,78,79,80,181],[41,62,76,78,79,80,181],[41,58,60,62,76,78,79,80,181],[44,57,62,76,78,79,80,120,178,181],[57,62,76,78,79,80,178,181],[58,60,62,66,76,78,79,80,122,181,193],[60,62,76,78,79,80,181],[62,65,71,76,78,79,80,178,181,193],[62,76,78,79,80,121,181],[62,76,78,79,80,122,181],[62,76,78,79,80,124,181],[62,76,78,79,80,125,181],[62,76,78,79,80,178,181],[62,76,78,79,80,181,193]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,30,0,0,31,32,0,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,33],[9679,34],[9135,35],[215,36],[10095,37],[10003,38],[8595,37],[10008,39],[10007,40],[10004,41],[8730,42],[10006,43],[8505,44],[9762,0],[9888,0],[8617,0],[8226,45],[9472,46],[10060,47],[9654,48],[65123,48]],"plainDefault":0,"spaced":[49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,50,51,49,49,49,49,49,49,52,49,53,54,49,55,55,55,55,55,55,55,55,55,55,49,49,49,49,49,49,49,56,57,58,59,60,61,57,57,59,57,57,57,57,62,63,64,57,65,66,67,68,57,59,57,57,57,49,49,49,69,70,49,56,57,58,59,60,61,57,57,59,57,57,57,57,62,63,64,57,65,66,67,68,57,59,57,57,57,49,49,49,49,49],"spacedOther":[[160,49],[5760,49],[8192,49],[8193,49],[8194,49],[8195,49],[8196,49],[8197,49],[8198,49],[8199,49],[8200,49],[8201,49],[8202,49],[8232,49],[8233,49],[8239,49],[8287,49],[12288,49],[65279,49],[9676,71],[9679,72],[9135,73],[215,74],[10095,75],[10003,76],[8595,75],[10008,77],[10007,78],[10004,79],[8730,80],[10006,81],[8505,49],[9762,82],[9888,82],[8617,83],[8226,84],[9472,85],[10060,86],[9654,87],[65123,87]],"spacedDefault":49,"blank":49}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED\\\\b[^\\\\n]{0,200}$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[56,57,58,59],[18,19,20,22,23,24,25,27,28,29,30,31,34,37,38,40,41,42,43,44,45,46,47,48,49,50,52,53,54,55,56,57,58,59,63,64,76,77,78,79,85,86,87,88,89,90,91,92,100],[18,19,20,22,23,24,25,27,28,29,30,31,34,35,37,38,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,63,64,76,77,78,79,85,86,87,88,89,90,91,92,100],[51,56,57,58,59],[56,57,58,59,70,71,72],[32,33,56,57,58,59],[42,56,57,58,59,63,64,74,75],[31,36,40,43,47,48,56,57,58,59,70,71,72,73,81,91,92,93,96,101],[5,6,12,13,56,57,58,59,62,96],[56,57,58,59,73],[56,57,58,59,70,71,72,97],[1,56,57,58,59,70,71,72,73],[7,56,57,58,59,70,71,72,88],[10,11,14,15,54,56,57,58,59,70,71,72,84,88,95],[0,3,10,14,15,17,21,24,25,36,39,55,56,57,58,59,60,66,67,70,71,72,73,78,79,84,88,94,99,101],[56,57,58,59,70,71,72,88],[56,57,58,59,61,70,71,72,84],[2,21,56,57,58,59,60,67,70,71,72,79,98],[16,35,56,57,58,59,70,71,72,88],[2,56,57,58,59,70,71,72,79],[4,21,29,56,57,58,59,70,71,72,79,80,82,83,84,90],[2,56,57,58,59,70,71,72],[56,57,58,59,68,69,78],[34,56,57,58,59],[8,9,56,57,58,59,70,71,72],[20,56,57,58,59,70,71,72],[56,57,58,59,70,71,72,77],[53,56,57,58,59,70,71,72],[50,55,56,57,58,59,65,70,71,72],[26,56,57,58,59,70,71,72],[18,56,57,58,59],[19,20,22,23,56,57,58,59],[25,29,56,57,58,59],[28,41,56,57,58,59],[28,56,57,58,59],[28,42,44,56,57,58,59],[30,41,56,57,58,59],[41,56,57,58,59],[42,44,50,56,57,58,59],[44,56,57,58,59],[49,52,56,57,58,59],[56,57,58,59,89],[56,57,58,59,90],[46,56,57,58,59],[46,51,56,57,58,59],[42,46,56,57,58,59,63,64],[31,35,37,38,40,43,45,46,47,48,56,57,58,59,91,92,100],[46,56,57,58,59,88],[46,54,56,57,58,59,88],[24,25,46,55,56,57,58,59,76,78,79,88],[46,56,57,58,59,79],[35,46,56,57,58,59,88],[46,56,57,58,59,76,77,79],[29,46,56,57,58,59,76,79,90],[46,56,57,58,59,78],[34,46,56,57,58,59],[20,46,56,57,58,59],[46,56,57,58,59,77],[46,53,56,57,58,59],[46,50,55,56,57,58,59],[18,46,56,57,58,59],[19,20,22,23,46,56,57,58,59],[25,29,46,56,57,58,59],[27,28,41,46,56,57,58,59],[28,46,56,57,58,59],[28,42,44,46,56,57,58,59],[30,41,46,56,57,58,59,85],[41,46,56,57,58,59],[42,44,46,50,56,57,58,59,87],[44,46,56,57,58,59],[46,49,52,56,57,58,59],[46,56,57,58,59,86],[46,56,57,58,59,87],[46,56,57,58,59,89],[46,56,57,58,59,90]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,15,4,4,4,4,15,16,17,4,18,19,20,4,4,15,21,4,4,22,0,0,23,24,0,4,4,25,4,4,26,4,4,4,4,4,4,4,27,28,4,4,4,29,26,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,30],[9679,31],[9135,32],[215,33],[10095,34],[10003,35],[8595,34],[10008,36],[10007,37],[10004,38],[8730,39],[10006,40],[8505,3],[9762,0],[9888,0],[8617,0],[8226,41],[9472,42]],"plainDefault":0,"spaced":[43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,43,44,43,43,43,43,43,43,43,43,43,45,44,43,46,46,46,46,46,46,46,46,46,46,43,43,43,43,43,43,43,43,43,43,47,48,49,43,43,47,43,43,43,43,47,43,50,43,51,52,53,43,43,47,43,43,43,54,43,43,55,43,43,43,43,56,43,43,57,43,43,43,43,43,43,43,58,59,43,43,43,43,57,43,43,43,43,43,43,43,43,43,43,43],"spacedOther":[[160,43],[5760,43],[8192,43],[8193,43],[8194,43],[8195,43],[8196,43],[8197,43],[8198,43],[8199,43],[8200,43],[8201,43],[8202,43],[8232,43],[8233,43],[8239,43],[8287,43],[12288,43],[65279,43],[9676,60],[9679,61],[9135,62],[215,63],[10095,64],[10003,65],[8595,64],[10008,66],[10007,67],[10004,68],[8730,69],[10006,70],[8505,44],[9762,71],[9888,71],[8617,72],[8226,73],[9472,74]],"spacedDefault":43,"blank":43}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,20],[5,6,7,10,11,20],[12],[6,8,9,10,11,16,21,22,23],[2],[1],[3,13,18],[14],[0,4,5,19,20],[15],[17],[6,7,10,11],[5,20]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
        if (marker.dialect.subtestsBySlash && [...this.units.values()].some((u) => u !== unit && u.runner === runner && u.name.startsWith(`${unit.name}/`))) unit.parent = true;
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
