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
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, MOCHA, NODE_TEST, DENO, GOCHECK, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 236\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\".\\\\/\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\".\\\\/\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED\\\\b[^\\\\n]{0,200}$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,198,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,363,365,366,367,368,369,370,371,374,375,376,378],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,94,10003,10004,8730,10006,8505,35,9762,9888,8226,9472,43,9654,65123,36],"words":7,"quiet":10874,"states":12226,"edges":"AAAAAAAAAAABAAAAUgAAAAIAAAACgwAAAwAAAMYNAAAEAAAAPs8AAAUAAABuNAYABgAAAOIXAgAHAAAAHuAGAAgAAAAI4wEACQAAAA6KAAAKAAAAJkYAAAsAAADASQgADAAAAC6PAAANAAAAYhcAAA4AAACucAEADwAAAAyrAAAQAAAAeiUAABEAAADQfQEAEgAAAPgIAAATAAAAONYBABQAAAAsngoAFQAAALQDAgAWAAAA/A4BABcAAACQ7gEAGAAAAE4FAgAZAAAA2vcBABoAAADqDgIAGwAAAEiRAgAcAAAAQssCAB0AAAAAAAAAHgAAABz4CwAfAAAAYAUBACAAAADgOAIAIQAAAAAAAAAiAAAAPL0BACMAAACs7QAAJAAAALoHBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAPpwBACkAAACUrAEAKgAAAFzECQArAAAAzmMLACwAAAAAAAAALQAAABTqAQAuAAAAAAAAAC8AAABcPQIAMAAAAAzAAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAD+iQoAPAAAAOKUCgA9AAAAHH0LAD4AAAAAAAAAPwAAAMB9CwBAAAAAAAAAAEEAAAA2kwsAQgAAAIiTCwBDAAAAJJ0LAEQAAAC6twsARQAAAAy4CwBGAAAAXrgLAEcAAABOygsASAAAACbOCwBJAAAAPtwLAEoAAAAuQAwASwAAAIBADABMAAAA/EQMAE0AAABORQwATgAAAKjgDABPAAAA5jQNAFAAAAA4NQ0AUQAAAIo1DQBUAAAApAAAAFUAAAAMtgMAVwAAAC66CABYAAAAMDsBAFsAAABumQAAXQAAADJFCQBeAAAA5pkHAGYAAADeBwIAaQAAAJCxAwBvAAAA5jsAAKcAAAD2AAAAsQAAAHTvAgD5AAAAFJsNAE0BAACaAQAAoAEAAOwBAADzAQAAPgIAAEYCAACQAgAAkgIAAOICAADrAgAANAMAAD4DAACGAwAAkQMAANgDAADkAwAAKgQAADcEAAB8BAAAhgQAAM4EAADcBAAAIAUAAC8FAAByBQAAdAUAAMQFAADOBQAAFgYAACQGAABoBgAAbQYAALoGAADHBgAADAcAABQHAABeBwAAbgcAALAHAACyBwAAAggAABAIAABUCAAAZQgAAGabDQCtCAAAuJsNAPoIAAAsvQsAAAkAAEoJAAANCQAAwusJABEJAACwuAsAFAkAANKwCQBRCQAAnAkAAFcJAAAO/QkAoQkAAO4JAAD6CQAAQAoAAEMKAACSCgAAmgoAAOQKAADxCgAANgsAADsLAACICwAAkgsAANoLAADiCwAALAwAADgMAAB+DAAAOwwAACQBAgCRDAAA0AwAAN4MAAAiDQAAJQ0AAHQNAAB+DQAACpwNAMgNAADKbwAAyQ0AANidAQDLDQAAGA4AAM8NAAA4zgoA0A0AAJhgAgDRDQAAsvsBANINAAB4HQAA0w0AABymCwDUDQAAIHYBANUNAAAWLwAA1w0AAKAkAwDaDQAAULECAOMNAACelwMA5g0AACalCwAeDgAAag4AACcOAABm1wcAcA4AALwOAADQDgAADg8AACMPAABgDwAAaA8AALIPAAC8DwAABBAAAAkQAABWEAAAWxAAAKgQAACwEAAA+hAAABARAABMEQAAThEAAJ4RAACrEQAA8BEAAAQSAABCEgAAShIAAJQSAACjEgAA5hIAAPcSAAA4EwAARhMAAIoTAACWEwAA3BMAAOkTAAAuFAAAOBQAAIAUAACDFAAA0hQAANoUAAAkFQAAJhUAAHYVAACHFQAAyBUAAM4VAAAaFgAAJhYAAGwWAABuFgAAvhYAAMUWAAAQFwAAJBcAAFycDQBjFwAAgF8NAGQXAACyJAIAZxcAALQXAABrFwAAGtkBAHAXAACcFAMAthcAAOrGAAC3FwAAzmIHALsXAACQdQkAvBcAAAYYAAC+FwAAqjcBAL8XAAB4KQcAwRcAABh2BgDDFwAAljEKAMUXAABKSAYAyhcAAMgqAgDNFwAArOQFAAcYAABYGAAACRgAANKvBQAMGAAAQlIKAG8YAACqGAAAwhgAAPwYAAAHGQAAThkAAGcZAACgGQAAohkAAPIZAAAMGgAARBoAAFMaAACWGgAAmxoAAOgaAAD1GgAAOhsAAEobAACMGwAAlBsAAN4bAADqGwAAMBwAAD0cAACCHAAAjBwAANQcAADaHAAAJh0AADodAACunA0Afh0AAModAACCHQAAlHELAI8dAACiYQoA5R0AABweAAAoHgAAbh4AAHQeAADAHgAAwx4AAJJ8BQDIHgAAEh8AABUfAACanAUAGR8AAGQfAAAdHwAAqBwHACAfAABUZQMAaR8AALYfAADCHwAACCAAAAsgAABaIAAAYiAAAKwgAAC5IAAA/iAAAAMhAABQIQAAWiEAAKIhAACqIQAA9CEAAPchAABGIgAATyIAAJgiAACZIgAA6iIAAOsiAAA8IwAAQSMAAI4jAACUIwAA4CMAAOojAAAyJAAAOiQAAIQkAACHJAAA1iQAANkkAAAoJQAAOSUAAACdDQB8JQAA5KQBAH8lAABgoQoAgyUAAKLxDACGJQAAzCUAAIglAABWwAcA5CUAAB4mAAAhJgAAcCYAAHwmAADCJgAAzyYAABQnAAAbJwAAZicAAGgnAAC4JwAAwScAAAooAAAUKAAAXCgAAGcoAACuKAAAyigAAAApAAAIKQAAUp0NAFcpAACkKQAArCkAAPYpAAD3KQAASCoAAEoqAACaKgAAnSoAAOwqAADvKgAApJ0NAEMrAACQKwAAlisAAOIrAADpKwAANCwAADwsAACGLAAAiSwAANgsAADhLAAAKi0AACstAAB8LQAAfS0AAM4tAADfLQAAIC4AAC4uAAByLgAAfi4AAMQuAADLLgAA9p0NABwvAABoLwAAai8AALovAADQLwAADDAAABQwAABeMAAAYDAAALAwAAC5MAAAAjEAAAwxAABUMQAAXzEAAKYxAACyMQAA+DEAAAUyAABKMgAAVDIAAJwyAACqMgAA7jIAAP0yAABAMwAAQjMAAJIzAACcMwAA5DMAAPIzAAA2NAAAOzQAAIg0AACVNAAA2jQAAOI0AAAsNQAAMjUAAH41AACKNQAA0DUAAO01AAAiNgAAKzYAAHQ2AACCNgAAxjYAAMw2AAAYNwAAJDcAAGo3AABtNwAAvDcAAMQ3AAAOOAAAHzgAAGA4AABuOAAAsjgAAMs4AAAEOQAABTkAAFY5AABzOQAASJ4NAK05AAD6OQAAADoAAEw6AABUOgAAnjoAAKc6AADwOgAA8zoAAEI7AABOOwAAlDsAAJo7AADsng0AAjwAADg8AABAPAAAPp8NAI08AADcPAAA7TwAAC49AAA2PQAAgD0AAI49AADSPQAA1T0AACQ+AAAsPgAAdj4AAIM+AADIPgAAzT4AABo/AAAkPwAAbD8AAHQ/AAC+PwAAyj8AABBAAAAdQAAAYkAAAGRAAAC0QAAAzUAAAAZBAAAXQQAAWEEAAGRBAACqQQAAsUEAAPxBAAAEQgAATkIAAFNCAACgQgAArUIAAPJCAAD6QgAAREMAAE5DAACWQwAAoUMAAOhDAAD0QwAAOkQAAEJEAACQnw0AmEQAAN5EAADkRAAAMEUAAEtFAACCRQAAjkUAANRFAADaRQAA4p8NACtGAACkFQIALEYAAO6uBAAtRgAAIscGADFGAAB4RgAAMkYAAPRrCQA0RgAANEwFADpGAACcHgIAhEYAAMpGAADQRgAAQDYMANJGAAA0oA0AKEcAAG5HAAB0RwAAwEcAANtHAAASSAAAHkgAAGRIAABqSAAAtkgAAL5IAAAISQAADkkAAFpJAABmSQAArEkAAMlJAAD+SQAAB0oAAFBKAABcSgAAokoAAKVKAAD0SgAA/koAAEZLAABSSwAAmEsAAJ9LAADqSwAA8ksAADxMAAA9TAAA2l0AAD9MAACOTAAAnUwAAOBMAADmTAAAMk0AADRNAACETQAAmk0AANZNAAD0TQAAKE4AAEFOAAB6TgAAfE4AAMxOAADPTgAAHk8AACpPAABwTwAAd08AAMJPAADKTwAAFFAAABZQAABmUAAAb1AAALhQAADCUAAAClEAABVRAABcUQAAaFEAAK5RAAC7UQAAAFIAAApSAABSUgAAYFIAAKRSAACzUgAA9lIAAPhSAABIUwAAUlMAAJpTAACoUwAA7FMAAPFTAAA+VAAAS1QAAJBUAAClVAAA4lQAAOpUAAA0VQAATVUAAIZVAACPVQAA2FUAAOJVAAAqVgAAMlYAAHxWAACJVgAAzlYAANNWAAAgVwAAKFcAAHJXAABzVwAAxFcAAMZXAAAWWAAAGVgAAGhYAABrWAAAhqANAL9YAAAMWQAAElkAAF5ZAABlWQAAsFkAALhZAAACWgAABloAAFRaAABWWgAAploAAKlaAAD4WgAAAFsAAEpbAABLWwAAnFsAAKJbAADuWwAA81sAAEBcAABbXAAAklwAAKBcAADkXAAA61wAADZdAABCXQAAiF0AAI9dAADYoA0A3F0AACxeAAAvXgAAfl4AAIFeAAAqoQ0A1V4AACJfAAAoXwAAdF8AAHtfAADGXwAA5F8AABhgAAAxYAAAamAAAGxgAAC8YAAAv2AAAA5hAAAaYQAAYGEAAGdhAACyYQAAumEAAARiAAAGYgAAVmIAAF9iAACoYgAAsmIAAPpiAAAFYwAATGMAAFhjAACeYwAAq2MAAPBjAAD6YwAAQmQAAFBkAACUZAAAo2QAAOZkAADoZAAAOGUAAEJlAACKZQAAmGUAANxlAADhZQAALmYAADtmAACAZgAAlWYAANJmAADaZgAAJGcAAD1nAAB2ZwAAf2cAAMhnAADSZwAAGmgAACJoAABsaAAAeWgAAL5oAADDaAAAEGkAABhpAABiaQAAY2kAALRpAAC2aQAABmoAAAlqAABYagAAW2oAAHyhDQCvagAA/GoAAAJrAABOawAAVWsAAKBrAACoawAA8msAAPZrAABEbAAARmwAAJZsAACZbAAA6GwAAPBsAAA6bQAAO20AAIxtAACSbQAA3m0AAONtAAAwbgAAS24AAIJuAACQbgAA1G4AANtuAAAmbwAAMm8AAHhvAAB/bwAAzqENAM1vAAAccAAALXAAAG5wAAB2cAAAbIcBAIpwAADAcAAAyHAAACCiDQAhcQAAZHEAAGpxAAC2cQAAuHEAAAhyAAAecgAAWnIAAHhyAACscgAAr3IAAP5yAAAKcwAAUHMAAFZzAACicwAAvXMAAPRzAAAAdAAARnQAAEx0AACYdAAAtnQAAOp0AAD6dAAAPHUAAEp1AACOdQAAlHUAAOB1AADjdQAAMnYAADx2AACEdgAAonYAANZ2AADsdgAAKHcAADR3AAB6dwAAfXcAAMx3AADPdwAAHngAACB4AABweAAAh3gAAMJ4AADOeAAAFHkAADB5AABmeQAAbnkAAHKiDQDJeQAACnoAABh6AABcegAAaHoAAK56AAC7egAAAHsAAAp7AABSewAAWnsAAKR7AAClewAA9nsAAPh7AABIfAAAS3wAAJp8AACdfAAAxKINAPF8AAA+fQAARH0AAJB9AACXfQAA4n0AAOp9AAA0fgAASn4AAIZ+AACPfgAA2H4AANt+AAAqfwAANH8AAHx/AACEfwAAzn8AAOd/AAAggAAALIAAAHKAAAB6gAAAFqMNAMyAAAAWgQAAGYEAAGiBAABygQAAuoEAAMCBAAAMggAAGoIAAF6CAABrggAAsIIAAMeCAABoow0AA4MAAFp1DAAFgwAAXqEBAAiDAAA2SQIACYMAAAq5BgAKgwAAPJUFAAuDAAAwwAAADIMAAPAmAgAPgwAAUE0MABGDAABUgwAAE4MAAPg9BwAYgwAAjr4FABmDAAAIVgsAXoMAAPwaCABjgwAApoMAALKDAAD4gwAA+YMAAIx4AwD7gwAASoQAAE2EAACchAAAo4QAADZ8AQCkhAAA7oQAALSEAABoJQEA9YQAAECFAABMhQAAkoUAAJ+FAADkhQAA8oUAADaGAABChgAAiIYAAI+GAADahgAA4oYAACyHAAA8hwAAfocAAIOHAADQhwAA1ocAACKIAAAqiAAAdIgAAH2IAADGiAAAyYgAABiJAAAkiQAAaokAAHCJAAC6ow0A24kAAAykDQAbigAAYIoAAGKKAAAq+gAAY4oAAIZqAgBnigAAKpQCAGuKAAD0igoAbIoAAB7AAQBvigAA3oQKAHmKAAB8QgIAgIoAALKKAAC/igAABIsAAAmLAABWiwAAWosAAKiLAAC1iwAA+osAAAKMAABMjAAABYwAAHRXCQBTjAAAnowAAGKMAAD2fAQAoIwAAPCMAAD6jAAAQo0AAESNAACUjQAArY0AAOaNAADojQAAOI4AADuOAACKjgAAlo4AANyOAADkjgAAXqQNADSPAACAjwAANo8AABItDwA9jwAAatIFAD+PAACUKAYAQY8AAK5HAQBKjwAAtlULAIaPAADc4AAAmI8AANKPAADUjwAAJJAAAN+PAAAApAAA648AAOiVAAAzkAAAdpAAAIWQAADIkAAA1JAAABqRAAAdkQAAbJEAAG+RAAC+kQAA1pEAABCSAAAXkgAAYpIAAG6SAAC0kgAAwZIAAAaTAAAUkwAAWJMAAGSTAACqkwAAsZMAAPyTAAAUlAAATpQAAFqUAACglAAAppQAAPKUAAD4lAAARJUAAEmVAACWlQAAnJUAAAKlDQDqlQAAOpYAAEGWAACMlgAApJYAAN6WAADllgAAMJcAAEmXAACClwAAmpcAANSXAADglwAAJpgAACyYAAB4mAAAfpgAAMqYAADPmAAAHJkAACKZAABUpQ0Ah5kAAMCZAADRmQAAEpoAACCaAABkmgAAc5oAALaaAAC+mgAACJsAACibAABamwAAZpsAAKybAADAmwAA/psAAAacAABQnAAAVpwAAKKcAACunAAA9JwAAP6cAABGnQAATJ0AAJidAACmnQAA6p0AAPadAAA8ngAAV54AAI6eAACQngAA4J4AAPGeAAAynwAAOp8AAISfAACSnwAA1p8AANmfAAAooAAAMKAAAHqgAACHoAAAzKAAANGgAAAeoQAAKKEAAHChAAB4oQAAwqEAAMShAAAUogAAJaIAAGaiAAB3ogAAuKIAAL2iAAAKowAADqMAAFyjAABoowAArqMAALWjAACmpQ0ABaQAAFKkAABcpAAApKQAALykAAD2pAAA+aQAAEilAABRpQAAmqUAAJulAADspQAA7aUAAD6mAABDpgAAkKYAAJamAADipgAA7KYAADSnAABApwAAhqcAAI2nAADYpwAA8KcAACqoAAAsqAAAfKgAAIWoAADOqAAA2KgAACCpAAArqQAAcqkAAIqpAADEqQAA2qkAABaqAAAbqgAAaKoAAG+qAAC6qgAAxqoAAPilDQAOqwAAaJYCABGrAACgswEAFasAAHSoBQAdqwAAXqsAAGCrAADSUgIAbKsAALCrAAC8qwAAAqwAAL+rAABCcAcAD6wAAFSsAABerAAApqwAAKesAAAgUA0ArqwAAPisAAD/rAAASq0AABOtAABkkAEAT60AAJytAACorQAA7q0AAPGtAABArgAASK4AAJKuAACfrgAA5K4AAOmuAAA2rwAAQK8AAIivAACQrwAA2q8AAN2vAAAssAAANbAAAH6wAAB/sAAA0LAAANGwAAAisQAAJ7EAAHSxAAB6sQAAxrEAANCxAAAYsgAAILIAAGqyAABssgAAvLIAAMWyAAAOswAAGLMAAGCzAABrswAAsrMAAL6zAAAEtAAAEbQAAFa0AABgtAAAqLQAALa0AAD6tAAACbUAAEy1AABOtQAAnrUAAKi1AADwtQAA/rUAAEK2AABHtgAAlLYAAKG2AADmtgAA7rYAADi3AAA5twAAircAAJC3AADctwAA4bcAAC64AAA4uAAAgLgAAIW4AADSuAAA4bgAACS5AAApuQAAdrkAAIe5AADIuQAA0LkAABq6AAAgugAAbLoAAHi6AAC+ugAA27oAABC7AAAZuwAAYrsAAG67AAC0uwAAt7sAAAa8AAAQvAAAWLwAAGS8AACqvAAAsbwAAPy8AAAEvQAATr0AAGe9AACgvQAAtL0AAPK9AAD6vQAARL4AAEe+AACWvgAAor4AAOi+AADuvgAAOr8AAFW/AACMvwAAmL8AAN6/AADkvwAASqYNADrAAACCwAAAjcAAANTAAADcwAAAztEAAODAAAAmwQAAM8EAAHjBAACCwQAAysEAANjBAAAcwgAAK8IAAG7CAABwwgAAwMIAAMrCAAASwwAAIMMAAGTDAABpwwAAtsMAAMPDAAAIxAAAEMQAAFrEAABbxAAArMQAAF7EAABiXwEAasQAAOaDAQC9xAAA/sQAAAfFAABQxQAAZ8UAAKLFAACwxQAA9MUAAAHGAABGxgAATsYAAJjGAAC3xgAAnKYNAPPGAAA8xwAARscAAI7HAACZxwAA7qYNAOLHAAAyyAAAO8gAAITIAACOyAAA1sgAAOHIAAAoyQAANMkAAHrJAACHyQAAzMkAANbJAAAeygAALMoAAHDKAAB/ygAAwsoAAMTKAAAUywAAHssAAGbLAAB0ywAAuMsAAL3LAAAKzAAAF8wAAFzMAABkzAAArswAALTMAAAAzQAADM0AAFLNAABvzQAApM0AAK3NAAD2zQAABM4AAEjOAABOzgAAms4AAKbOAADszgAA884AAECnDQBAzwAAEAMCAETPAACQzwAAlc8AAOLPAACezwAAqhkEAO/PAAA00AAAS9AAAIbQAACH0AAA2NAAANrQAAAq0QAALdEAAHzRAAB/0QAAkqcNAO/RAAAg0gAAIdIAAHLSAAB00gAAxNIAAMfSAAAW0wAAGdMAAOSnDQBt0wAAutMAAMDTAAAM1AAAE9QAAF7UAACA1AAAsNQAALjUAAAC1QAAEdUAAFTVAABW1QAAptUAALfVAAD41QAACdYAAErWAABW1gAAnNYAAKPWAADu1gAA9tYAAEDXAABE1wAAktcAAKDXAADk1wAA7tcAADbYAABB2AAAiNgAAI3YAADa2AAA49gAACzZAAA22QAAftkAAIbZAADQ2QAA0tkAACLaAAAv2gAAdNoAAIjaAADG2gAAztoAABjbAAAZ2wAAatsAAGzbAAC82wAAv9sAAA7cAAAR3AAANqgNAGXcAACy3AAAuNwAAATdAAAL3QAAVt0AAF7dAACo3QAAt90AAPrdAAD/3QAATN4AAFneAACe3gAArt4AAPDeAAD+3gAAQt8AAFnfAACU3wAAnd8AAObfAADs3wAAOOAAAETgAACK4AAAkeAAAIioDQDh4AAACLACAOTgAAAu4QAA6eAAAOqfCAA94QAAgOEAAJHhAADS4QAA4OEAACTiAAAw4gAAduIAAIPiAADI4gAA0uIAABrjAAAi4wAAbOMAAG/jAAC+4wAAyuMAABDkAAAd5AAAYuQAAGzkAAC05AAAvOQAAAblAAAI5QAAWOUAAGHlAACq5QAAtOUAAPzlAAAH5gAATuYAAGPmAACg5gAAqOYAAPLmAAAL5wAAROcAAE3nAACW5wAAoOcAAOjnAADw5wAAOugAAEfoAACM6AAAkegAAN7oAADm6AAAMOkAADHpAACC6QAAhOkAANTpAADX6QAAJuoAACnqAADaqA0AfeoAAMrqAADQ6gAAHOsAACPrAABu6wAAdusAAMDrAADO6wAAEuwAABXsAABk7AAAbOwAALbsAAC57AAACO0AABTtAABa7QAAZO0AACypDQCt7QAAnpkLAK7tAAD+7QAAr+0AABqoCgC27QAA3JsLALftAAC6ggQAu+0AANjvAQC87QAAeF0KANDtAABM1AEAB+4AAFDuAABa7gAAou4AAK3uAAD07gAAAO8AAEbvAABT7wAAmO8AAKLvAADq7wAA+O8AADzwAABL8AAAjvAAAJDwAADg8AAA6vAAADLxAABA8QAAhPEAAInxAADW8QAA4/EAACjyAAA48gAAevIAAHzyAADM8gAA2vIAAB7zAAAv8wAAfqkNAHfzAADQqQ0AyvMAACKqDQAd9AAAZvQAAHD0AAC49AAAw/QAAAr1AAAW9QAAXPUAAGn1AACu9QAAuPUAAAD2AAAO9gAAUvYAAGH2AACk9gAApvYAAPb2AAAA9wAASPcAAFb3AACa9wAAn/cAAOz3AAD59wAAPvgAAEb4AACQ+AAAoPgAAOL4AADk+AAANPkAAEL5AACG+QAAl/kAAHSqDQDf+QAAxqoNAEP6AAB8+gAAjfoAAM76AADa+gAAIPsAACj7AAAYqw0Ad/sAAMT7AADM+wAAFvwAABj8AABo/AAAG/wAAG6vBgAl/AAAJnAEAHH8AAC6/AAAd/wAANTrCADE/AAADP0AABf9AABe/QAAav0AALD9AAC9/QAAAv4AAAz+AABU/gAAYv4AAKb+AAC1/gAA+P4AAPr+AABK/wAAVP8AAJz/AACo/wAA7v8AAPb/AABqqw0AQwABAJIAAQCgAAEA5AABAPEAAQA2AQEATQEBAIgBAQCQAQEA2gEBAPABAQAsAgEAOAIBAH4CAQCNAgEA0AIBANsCAQAiAwEAJAMBAHQDAQCBAwEAxgMBANQDAQAYBAEAGwQBAGoEAQCABAEAvAQBAMQEAQAOBQEAIAUBALyrDQBtBQEAejILAG8FAQCyBQEAtwUBAAQGAQALBgEAVgYBAGIGAQCoBgEAtQYBAPoGAQD8BgEATAcBAGIHAQCeBwEAqgcBAPAHAQAPCAEAQggBAF4IAQCUCAEAnAgBAA6sDQDoCAEAOAkBAEEJAQCKCQEAlAkBANwJAQDnCQEALgoBADoKAQCACgEAjQoBANIKAQDcCgEAJAsBADILAQB2CwEAhQsBAMgLAQDKCwEAGgwBACQMAQBsDAEAegwBAL4MAQDDDAEAEA0BAB0NAQBiDQEAcg0BALQNAQC2DQEABg4BABQOAQBYDgEAaQ4BAGCsDQCxDgEAsqwNAP4OAQASxAQAAQ8BAE4PAQAFDwEAHLgBAAgPAQBe6gYACg8BAKKSAQAQDwEA6EQEAFUPAQACzQkAWw8BAKAPAQC3DwEA8g8BAPcPAQBEEAEARxABAJYQAQBOEAEAQoQFAGAQAQCCjgUAmxABABCJBQCiEAEA6BABAO4QAQDCHAEA9xABADoRAQBDEQEAjBEBAJIRAQDeEQEA7BEBADASAQA6EgEAghIBAJYSAQDUEgEA4BIBACYTAQA5EwEAeBMBAIcTAQDKEwEA1hMBABwUAQAdFAEAbhQBAHgUAQDAFAEAzhQBABIVAQAXFQEAZBUBAHEVAQBWrQ0AyRUBAAgWAQAXFgEAWhYBAGYWAQCsFgEArRYBAP4WAQAIFwEAUBcBAF4XAQCiFwEApxcBAPQXAQABGAEATK4NAEgYAQCYGAEAoRgBAOoYAQD0GAEAPBkBAEcZAQCOGQEAmhkBAOAZAQDtGQEAMhoBADwaAQCEGgEAkhoBANYaAQDlGgEAKBsBACobAQB6GwEAhBsBAMwbAQDaGwEAHhwBACscAQBwHAEAhxwBAJ6uDQDdHAEAFB0BACAdAQBmHQEAbB0BALgdAQDEHQEACh4BABAeAQBcHgEAYh4BAK4eAQCzHgEAAB8BAAYfAQDwrg0AWx8BAKQfAQCuHwEA9h8BAAEgAQBIIAEAVCABAJogAQCnIAEA7CABAPYgAQA+IQEATCEBAJAhAQCfIQEA4iEBAOQhAQA0IgEAPiIBAIYiAQCUIgEA2CIBAN0iAQAqIwEANyMBAHwjAQCEIwEAziMBAN4jAQAgJAEAIiQBAHIkAQCAJAEAxCQBANUkAQDmrw0AHSUBADiwDQBuJQEAuiUBAMYlAQAMJgEAHCYBAF4mAQBnJgEAsCYBALMmAQACJwEADicBAFQnAQBbJwEApicBAK4nAQD4JwEAFigBAEooAQBSKAEAnCgBAK0oAQDuKAEA8ygBAEApAQBXKQEAkikBAKApAQDkKQEA8SkBADYqAQA+KgEAiCoBAIwqAQDaKgEA3CoBACwrAQAvKwEAfisBAIYrAQDQKwEA1isBACIsAQAuLAEAdCwBAIQsAQDGLAEAzywBABgtAQAbLQEAai0BAHYtAQC8LQEAwy0BAIqwDQAXLgEAYC4BAGMuAQCyLgEAwC4BAAQvAQARLwEAVi8BAG0vAQCoLwEAsC8BAPovAQD8LwEATDABAFUwAQCeMAEAqDABAPAwAQD7MAEAQjEBAE4xAQCUMQEAoTEBAOYxAQDwMQEAODIBAEYyAQCKMgEAmTIBANwyAQDeMgEALjMBADgzAQCAMwEAjjMBANIzAQDXMwEAJDQBADE0AQB2NAEAfjQBAMg0AQDeNAEAGjUBACY1AQBsNQEAezUBAL41AQDJNQEAEDYBABI2AQBiNgEAbzYBALQ2AQDCNgEABjcBAAk3AQBYNwEAbjcBANywDQCyNwEAGPoBALg3AQC4ZQIAwjcBAPw3AQD+NwEATjgBAF84AQCgOAEAsTgBAPI4AQD3OAEARDkBAEg5AQCWOQEAojkBAOg5AQDvOQEAOjoBAEI6AQCMOgEAqjoBAN46AQDmOgEALrENADU7AQCCOwEAgzsBALivCwCROwEA2sYKAJs7AQDUOwEA1jsBACY8AQA/PAEAeDwBAIk8AQDKPAEA1jwBABw9AQAePQEAbj0BAHc9AQDAPQEAfT0BADJDAQDKPQEAEj4BAB0+AQBkPgEAcD4BALY+AQDDPgEACD8BABI/AQBaPwEAaD8BAKw/AQC7PwEA/j8BAABAAQBQQAEAWkABAKJAAQCwQAEA9EABAPlAAQBGQQEAU0EBAJhBAQCkQQEA6kEBAPBBAQA8QgEAQkIBAI5CAQCTQgEA4EIBAOZCAQCAsQ0AQUMBAIRDAQCQQwEA1kMBANlDAQAoRAEAK0QBAHpEAQCBRAEAzEQBANhEAQAeRQEAK0UBAHBFAQB+RQEAwkUBAM5FAQAURgEAG0YBANKxDQBsRgEAuEYBAL5GAQAKRwEAD0cBAFxHAQBiRwEAJLINAK9HAQCi5AEAuEcBAF5HCgC6RwEAGooNALxHAQC8yQoAvUcBAABIAQAMSAEAUkgBAFNIAQCkSAEAXkgBABzZCgCuSAEA9kgBAARJAQBISQEATUkBAJpJAQCnSQEAdrINAO5JAQCakwoA+kkBAMqGCgAPSgEAPkoBAGNKAQCQSgEAtkoBAOJKAQAJSwEANEsBAFhLAQCGSwEAjksBAMiyDQDkSwEAKkwBACxMAQB8TAEAf0wBAM5MAQDTTAEAIE0BAC1NAQByTQEAjk0BAMRNAQDMTQEAGrMNAB9OAQBoTgEAI04BAARYAQBrTgEAuk4BAMZOAQAMTwEAEk8BAF5PAQBrTwEAsE8BALJPAQACUAEAGFABAFRQAQBgUAEAplABAK5QAQBssw0A/lABAEpRAQBSUQEAnFEBAJ1RAQDuUQEA8FEBAEBSAQBDUgEAklIBAJVSAQC+sw0A6VIBADZTAQA8UwEAiFMBAI9TAQDaUwEA4lMBACxUAQA5VAEAflQBAINUAQDQVAEA2lQBACJVAQAqVQEAdFUBAHZVAQDGVQEA11UBABhWAQApVgEAalYBAG9WAQC8VgEAwFYBAA5XAQAaVwEAYFcBAGdXAQCyVwEAxFcBABC0DQAJWAEAVlgBAF5YAQCoWAEAqlgBAPpYAQAJWQEATFkBAFtZAQCeWQEAqlkBAPBZAQDzWQEAQloBAEVaAQCUWgEAnFoBAOZaAQDwWgEAOFsBAD1bAQCKWwEAklsBANxbAQDmWwEALlwBADlcAQCAXAEAjlwBANJcAQDVXAEAJF0BACxdAQB2XQEAkV0BAMhdAQDTXQEAGl4BAB9eAQBsXgEAb14BAL5eAQDIXgEAEF8BACJfAQBitA0AcF8BALRfAQC+XwEABmABABFgAQBYYAEAYGABAKpgAQCwYAEA/GABAP5gAQBOYQEAZ2EBAKBhAQC5YQEA8mEBAABiAQBEYgEATmIBAJZiAQCsYgEA6GIBAAVjAQA6YwEAQmMBAIxjAQCcYwEA3mMBAOBjAQAwZAEAPmQBAIJkAQCTZAEAtLQNANtkAQAGtQ0AJ2UBAHhlAQCJZQEAymUBANZlAQAcZgEAHmYBAG5mAQBxZgEAwGYBAMxmAQASZwEAGmcBAKq1DQBvZwEAtmcBAMJnAQAIaAEAF2gBAFpoAQB6aAEArGgBALRoAQD+aAEAEmkBAFBpAQBVaQEAomkBAKtpAQD0aQEA+mkBAEZqAQBOagEAmGoBAKdqAQDqagEA72oBADxrAQBJawEAjmsBAJtrAQDgawEA7GsBADJsAQBBbAEAhGwBAI5sAQDWbAEA5GwBAChtAQAtbQEAem0BAIdtAQDMbQEA1G0BAB5uAQAhbgEAcG4BAHxuAQDCbgEAzG4BABRvAQAebwEAZm8BAHRvAQC4bwEAxW8BAApwAQAhcAEAXHABAF9wAQD8tQ0AsXABAF6NAwC4cAEA0jQFALtwAQAAcQEAvnABADIICwC/cAEA2nICAMRwAQAi5QMAB3EBAB47AgAKcQEArCsDAA9xAQDGOQwAG3EBAFJxAQBUcQEApHEBALVxAQD2cQEABHIBAEhyAQBPcgEAmnIBAJxyAQDscgEAn3IBAKBXAgCicgEA1I0BAPtyAQA+cwEATXMBAJBzAQCccwEA4nMBAOVzAQA0dAEAN3QBAIZ0AQCmdAEA2HQBAOR0AQAqdQEAPnUBAHx1AQCKdQEAznUBANV1AQBOtg0AN3YBAHJ2AQB0dgEAZmcKAHV2AQBwZgoAf3YBAMR2AQDGdgEAFncBACB3AQBodwEAJ3cBAOxqCgBxdwEAuncBAMB3AQAMeAEAGHgBAF54AQBleAEAsHgBALV4AQACeQEADnkBAFR5AQBXeQEApnkBALN5AQD4eQEA/XkBAEp6AQBUegEAnHoBALJ6AQDuegEA8HoBAEB7AQBKewEAknsBAKF7AQDkewEA73sBAKC2DQBCfAEAiHwBAJV8AQDafAEA6HwBACx9AQA4fQEAfn0BAIV9AQDytg0A1X0BACJ+AQDcfQEAXPgMAN59AQBC6gMAJH4BAOBXAwAnfgEAYIIJADl+AQB0fgEAgn4BAMZ+AQDTfgEAGH8BACB/AQBqfwEAdH8BAPKqBgB6fwEAvH8BAL5/AQAOgAEAHIABAGCAAQBxgAEARLcNALmAAQCWtw0ACYEBAFaBAQBcgQEAqIEBALCBAQD6gQEAA4IBAEyCAQBPggEAnoIBAKqCAQDwggEA9oIBAEKDAQBKgwEAlIMBALODAQA6uA0A6IMBADiEAQBGhAEAioQBAJuEAQCMuA0A44QBAN64DQAzhQEAgIUBAIaFAQDShQEA2oUBACSGAQAthgEAdoYBAHmGAQDIhgEA1IYBABqHAQAghwEAgrkNAG6HAQC+hwEAx4cBABCIAQAaiAEAYogBAG2IAQC0iAEAwIgBAAaJAQATiQEAWIkBAGKJAQCqiQEAuIkBAPyJAQALigEATooBAFCKAQCgigEAqooBAPKKAQAAiwEARIsBAEmLAQCWiwEAo4sBAOiLAQDwiwEAOowBAEqMAQCMjAEAjowBAN6MAQDsjAEAMI0BAEGNAQDUuQ0AiY0BACa6DQDdjQEAJo4BACmOAQB4jgEAhI4BAMqOAQDQjgEAHI8BACmPAQBujwEAcI8BAMCPAQDWjwEAEpABAB6QAQB4ug0AcJABALaQAQC8kAEACJEBAAuRAQBakQEAaJEBAKyRAQCxkQEA/pEBAAuSAQBQkgEAWJIBAMq6DQCvkgEA9JIBAAKTAQBGkwEAXJMBAJiTAQChkwEA6pMBAACUAQA8lAEARJQBAI6UAQCRlAEA4JQBAOmUAQAylQEAM5UBAISVAQCFlQEA1pUBANuVAQAolgEALpYBAHqWAQCElgEAzJYBANiWAQAelwEAJZcBAHCXAQB4lwEAwpcBAMSXAQAUmAEAFZgBAGaYAQB0mAEAuJgBAMCYAQAKmQEAJZkBAFyZAQBomQEArpkBALSZAQAAmgEAA5oBAFKaAQBgmgEApJoBAKmaAQD2mgEAA5sBAEibAQBQmwEAmpsBAKibAQDsmwEA75sBABy7DQBBnAEAkJwBAEKcAQB4cQgASpwBAMZhCABMnAEAzP8LAFGcAQAUKgwAk5wBAOKcAQDznAEANJ0BAFCdAQCGnQEAjp0BAG67DQDpnQEAKp4BADKeAQB8ngEAgp4BAM6eAQDTngEAIJ8BACmfAQBynwEAfJ8BAMSfAQDSnwEAFqABACOgAQBooAEAdKABALqgAQC9oAEADKEBACihAQDAuw0AYaEBALChAQByoQEAZM4DALyhAQACogEACKIBAFSiAQBeogEAErwNAKuiAQD4ogEABaMBAEqjAQBSowEAcMMNAFajAQCcowEAWqMBAASqAQCiowEA7qMBAPSjAQBApAEARaQBAJKkAQCYpAEAZLwNAO6kAQBcaAoA8qQBADalAQBHpQEAtrwNAI+lAQAIvQ0A4qUBAFq9DQA6pgEAfqYBAIWmAQDQpgEA2KYBACKnAQAvpwEAdKcBAHmnAQDGpwEA0KcBABioAQAgqAEAaqgBAHCoAQC8qAEAvqgBAA6pAQAcqQEAYKkBAGOpAQCyqQEAvqkBAKy9DQAGqgEAVqoBAGSqAQCoqgEAuaoBAP69DQABqwEAUL4NAFKrAQCeqwEApKsBAPCrAQD1qwEAQqwBAEisAQCivg0AlqwBAOasAQCgrAEAuPUEAAGtAQA4rQEAOq0BAIqtAQCkrQEA3K0BAOmtAQBQdQgA7a0BAC6uAQAwrgEAgK4BAI2uAQDSrgEA6a4BACSvAQA+rwEAdq8BAHivAQDIrwEAy68BABqwAQAdsAEAbLABAHiwAQC+sAEAxLABABCxAQAasQEA9L4NAGexAQC0sQEAwbEBAAayAQASsgEAWLIBAF6yAQCqsgEAsLIBAPyyAQABswEATrMBAFSzAQBGvw0Ap7MBAPhdDACpswEAXIUDAK2zAQBQiAIAsbMBAGptCwC2swEA8rMBAPOzAQBEtAEACLQBAORdBABGtAEAlrQBAFK0AQDsugIAnLQBAOi0AQD2tAEAOrUBAD21AQCMtQEAkbUBAN61AQDrtQEAMLYBAEC2AQCCtgEAhLYBANS2AQDitgEAJrcBADe3AQCYvw0AfrcBAMq3AQDWtwEA6r8NAC24AQBuuAEAeLgBAMC4AQDOuAEAErkBABO5AQBkuQEAdbkBALa5AQDCuQEACLoBABi6AQBaugEAXLoBAKy6AQC6ugEA/roBAA+7AQA8wA0AVrsBAKK7AQCuuwEAjsANAPq7AQBGvAEATLwBAJi8AQCdvAEA6rwBAPC8AQAywQ0ARL0BAI69AQCYvQEAWBsMAKe9AQDgvQEA6b0BADK+AQA8vgEAhL4BAIy+AQDWvgEA2r4BACi/AQAqvwEAer8BAH2/AQDMvwEA6L8BAITBDQAxwAEAcMABAHHAAQDCwAEAzsABABTBAQAjwQEAZsEBAHDBAQC4wQEAxMEBAArCAQARwgEA1sENAGLCAQAG/AoAb8IBAK7CAQC9wgEAAMMBAAzDAQBSwwEAU8MBAKTDAQCuwwEA9sMBAATEAQBIxAEATcQBAJrEAQCnxAEAesINAPTEAQA+xQEASsUBAJDFAQCjxQEA4sUBAOPFAQA0xgEAQMYBAIbGAQCVxgEA2MYBAOLGAQAqxwEANscBAHzHAQCDxwEAzMINAN/HAQAgyAEALMgBAHLIAQCCyAEAxMgBAM7IAQAWyQEAHskBAGjJAQCTyQEAuskBAJTJAQA2zgEA5ckBAAzKAQAUygEAXsoBAGTKAQCwygEAvsoBAALLAQAZywEAVMsBAF/LAQCmywEAsMsBAPjLAQAizAEASswBAFLMAQCczAEArMwBAO7MAQDwzAEAQM0BAE7NAQCSzQEAo80BAMLDDQDrzQEAFMQNAGHOAQCIzgEAkM4BANrOAQDgzgEALM8BADrPAQB+zwEAlc8BANDPAQDbzwEAItABACzQAQB00AEAntABAMbQAQDO0AEAGNEBACjRAQBq0QEAbNEBALzRAQDK0QEADtIBAB/SAQBmxA0AZ9IBALjEDQC00gEABNMBABLTAQBW0wEAZ9MBAArFDQCv0wEAXMUNAALUAQCuxQ0AVNQBAADGDQCg1AEA8NQBAP7UAQBC1QEAU9UBAFLGDQCa1QEA5tUBAPLVAQCkxg0AQdYBAIrWAQCX1gEA3NYBAOrWAQAu1wEAONcBAIDXAQCa1wEA0tcBANXXAQAk2AEAK9gBAHbYAQCW2AEAyNgBAOLYAQD2xg0AJ9kBAGzZAQAr2QEA/C0CADDZAQCMggIAetkBAL7ZAQDI2QEAENoBACraAQBi2gEActoBALTaAQC62gEABtsBAAjbAQBY2wEAbtsBAKrbAQC22wEA/NsBAADcAQBO3AEAU9wBAKDcAQCm3AEA8twBABLdAQBE3QEAXt0BAJbdAQCY3QEA6N0BAOvdAQA63gEAPd4BAIzeAQCY3gEA3t4BAOTeAQAw3wEAOt8BAEjHDQCH3wEA1N8BAOHfAQAm4AEAMuABAHjgAQCL4AEAyuABANngAQAc4QEAKOEBAG7hAQBv4QEAwOEBAMrhAQAS4gEAIOIBAGTiAQBp4gEAtuIBAMPiAQCaxw0ACeMBAGaQCgAK4wEA5qQKAAvjAQC+0QoADuMBAEo0CAAP4wEA2JUKABLjAQCWeQsAE+MBAKaaCgAU4wEAMLgJABXjAQA+QgoAFuMBAB4UCgAX4wEAELwEABjjAQBa4wEAIOMBAOjWDgAi4wEAVOILACTjAQB+3AwAK+MBAFbqCwAz4wEAgO4LAEbjAQBufQsAXOMBAKzjAQC64wEA/uMBAA/kAQDsxw0AV+QBAD7IDQCu5AEA9OQBAAPlAQBG5QEAUOUBAJjlAQCk5QEA6uUBALvlAQAIqAsA8eUBAOLIDQA+5gEAjuYBAJ/mAQDg5gEA6eYBADLnAQA+5wEAhOcBAIfnAQDW5wEA3ucBACjoAQAy6AEAeugBAH/oAQDM6AEA1OgBAB7pAQA36QEAcOkBAHzpAQDC6QEAyukBAIbJDQAc6gEA2MkNAGnqAQC46gEAu+oBAArrAQAW6wEAXOsBAGLrAQCu6wEAuOsBACrKDQAF7AEAUuwBAF/sAQCk7AEArOwBAHzKDQD87AEASO0BAE7tAQCa7QEAn+0BAOztAQDy7QEAzsoNAEbuAQAgyw0Aku4BAMpnCQCV7gEA4u4BAJzuAQDsIgkA7O4BADTvAQDx7gEAUC0HADzvAQDAAgsAUO8BAIbvAQCO7wEAcssNAN3vAQAq8AEAQPABAHzwAQB98AEAzvABANDwAQAg8QEAJvEBAHLxAQB+8QEAxPEBAMvxAQAW8gEAHvIBAGjyAQBx8gEAuvIBAL3yAQAM8wEAGvMBAF7zAQBr8wEAsPMBAMfzAQAC9AEACvQBAFT0AQBg9AEASvUBAH/0AQCm9AEA0fQBAPj0AQAc9QEAxMsNAGf1AQCc9QEApfUBAJL2AQCt9QEA7vUBABz2AQBA9gEAZPYBABbMDQCU9gEA5PYBAPX2AQA29wEAZPcBAIj3AQCs9wEAaMwNAOD3AQAAxAUA4/cBACz4AQDm9wEA8GYMADb4AQB++AEAOfgBALDLBQA6+AEAoBwMAIb4AQDQ+AEA1PgBACL5AQAk+QEAdPkBAHf5AQDG+QEA4vkBALrMDQAd+gEAinwKACL6AQBA7goAJPoBAGr6AQAo+gEAiq8JAIf6AQC8+gEAxfoBAA77AQAQ+wEAYPsBAHH7AQAMzQ0At/sBAAT8AQAN/AEAVvwBAGf8AQCo/AEAr/wBAPr8AQAC/QEATP0BABT9AQACHQIAWf0BAPD9AQBb/QEAOP8BAGX9AQCe/QEAqv0BAF7NDQD1/QEAQv4BAEz+AQCU/gEAnP4BALDNDQDy/gEAAs4NAD3/AQCK/wEAl/8BANz/AQDm/wEALgACADAAAgCAAAIAjgACANIAAgDfAAIAVM4NACkBAgB2AQIAgwECAMgBAgDSAQIAGgICABwCAgBsAgIAegICAL4CAgDLAgIAps4NABYDAgDIQQwAHQMCAGIDAgBsAwIA+M4NALwDAgAGBAIACAQCAPo8DAAdBAIAWAQCAF0EAgCqBAIAtAQCAPwEAgAEBQIASs8NAFgFAgCgBQIArAUCAPIFAgD1BQIARAYCAE4GAgCWBgIAsAYCAOgGAgD/BgIAOgcCAD8HAgCMBwIAqAcCAJzPDQDoBwIAMAgCAO8HAgDCCQcAPAgCAIIIAgCFCAIA1AgCAN4IAgAmCQIAQAkCAHgJAgB+CQIAygkCAMwJAgAcCgIAKgoCAG4KAgBxCgIAwAoCAMwKAgASCwIAFQsCAGQLAgCHCwIA7s8NALgLAgAIDAIAFgwCAFoMAgBdDAIArAwCALgMAgD+DAIAAQ0CAEDQDQBbDQIAog0CAKgNAgD0DQIA+Q0CAEYOAgBKDgIAmA4CAJsOAgCS0A0A6w4CAOBZCwDtDgIA1ssMAPAOAgA8DwIA8w4CAMrEDAD0DgIAuBMCAPYOAgA2sgwA+A4CANiqDAD5DgIAnrgMAPoOAgDO1AwAAQ8CAOZ7CgAEDwIAAuILAEgPAgCODwIAtw8CAOAPAgDsDwIAMhACAEEQAgCEEAIAjhACANYQAgDZEAIAKBECAEIRAgB6EQIAhBECAMwRAgDREQIAHhICACgSAgBwEgIAexICAMISAgDIEgIAFBMCABkTAgBmEwIAahMCAOTQDQC9EwIAChQCAMYTAgBYvwwAFBQCAFwUAgBnFAIArhQCALQUAgAAFQIABRUCAFIVAgBWFQIANtENAKkVAgDmogIAqxUCAMqlCwCsFQIAnvUKAK4VAgCQLgwAvhUCAPYVAgAAFgIASBYCAFMWAgCaFgIAoBYCAOwWAgDxFgIAPhcCAEIXAgCQFwIAsxcCAIjRDQDkFwIANBgCAOUXAgAwXAoA5xcCAOwDCADrFwIAggoKAO4XAgDaIAIA8BcCANJADABBGAIA+EYCAEIYAgCGGAIAiRgCANgYAgDkGAIAKhkCAEIZAgB8GQIAiBkCAM4ZAgDUGQIAIBoCACYaAgByGgIAdxoCAMQaAgDKGgIA2tENACAbAgBoGwIAcxsCALobAgDAGwIADBwCABEcAgBeHAIAYhwCALAcAgCzHAIALNINAAwdAgBUHQIAXx0CAKYdAgCsHQIA+B0CAP0dAgBKHgIATh4CAH7SDQCdHgIA7h4CAPoeAgBAHwIATB8CAJIfAgCYHwIA5B8CAOofAgA2IAIAOyACAIggAgCOIAIA0NINANwgAgDu1wQA4SACAE7nBADpIAIAEl0CAOogAgAsIQIAOCECAH4hAgCEIQIA0CECANwhAgAiIgIALyICAHQiAgCDIgIAxiICANIiAgAYIwIAJCMCAGojAgBwIwIAvCMCAMIjAgAOJAIAEyQCAGAkAgBmJAIAItMNALwkAgBGVwcAyCQCAAQlAgDLJAIAVjsIABAlAgBWJQIAXiUCABCBDgBiJQIAqCUCAK4lAgD6JQIAACYCAEwmAgBRJgIAniYCAKQmAgB00w0A+CYCAKDVDgD6JgIAQicCAEgnAgCUJwIATicCALT5AgCiJwIA5icCAP8nAgA4KAIAQSgCAIooAgCUKAIA3CgCAOgoAgAuKQIAOikCAIApAgCGKQIA0ikCANgpAgAkKgIAKSoCAHYqAgB8KgIAxtMNANQqAgAaKwIAJCsCAGwrAgB3KwIAvisCAMMrAgAQLAIAFywCAGIsAgBuLAIAtCwCALosAgAGLQIADC0CAFgtAgBdLQIAqi0CALAtAgAY1A0ADS4CAE4uAgBPLgIAoC4CAFQuAgBuMwIApS4CAPIuAgAALwIARC8CAFEvAgCWLwIAoC8CAOgvAgD0LwIAOjACAEAwAgCMMAIAmDACAN4wAgDxMAIAMDECAD8xAgCCMQIAjjECANQxAgDVMQIAJjICADAyAgB4MgIAhjICAMoyAgDPMgIAHDMCACkzAgBq1A0AejMCAMAzAgDQMwIAEjQCAB40AgBkNAIAajQCALY0AgDCNAIACDUCABU1AgBaNQIAaTUCAKw1AgC4NQIA/jUCAAo2AgBQNgIAYzYCAKI2AgCxNgIA9DYCAAA3AgBGNwIARzcCAJg3AgCiNwIA6jcCAPg3AgA8OAIAQTgCAI44AgCbOAIAvNQNAOI4AgB66QUA7DgCADI5AgDtOAIAsNYIAO44AgAqbQoARjkCAIQ5AgCQOQIA1jkCANw5AgAoOgIALjoCAHo6AgB/OgIAzDoCANI6AgAO1Q0AKjsCAHA7AgB9OwIAMrQCAIM7AgDCOwIAxzsCALxMAgDKOwIAQvQCAM47AgAUPAIAGjwCAGY8AgBsPAIAuDwCAL08AgAKPQIAED0CAGDVDQBoPQIArj0CALQ9AgAAPgIABT4CAFI+AgBZPgIApD4CALI+AgD2PgIAET8CAEg/AgBWPwIAmj8CAJ0/AgDsPwIA+j8CAD5AAgBDQAIAkEACAJ1AAgDiQAIA7kACADRBAgA6QQIAhkECAIxBAgDYQQIA3UECACpCAgAwQgIAstUNAIFCAgDOQgIA10ICACBDAgAtQwIAckMCAHlDAgDEQwIA1UMCABZEAgAbRAIAaEQCAHdEAgC6RAIAvEQCAAxFAgAdRQIAXkUCAGpFAgCwRQIAtkUCAAJGAgAIRgIAVEYCAFlGAgCmRgIArEYCAATWDQAPRwIASkcCAFZHAgCcRwIAqEcCAO5HAgD0RwIAQEgCAEZIAgCSSAIAl0gCAORIAgDqSAIAVtYNADxJAgDmeQIATUkCAIhJAgCRSQIA2kkCAPBJAgAsSgIAOEoCAH5KAgCLSgIA0EoCANpKAgAiSwIALksCAHRLAgB6SwIAxksCAMxLAgAYTAIAHUwCAGpMAgBwTAIAqNYNAMVMAgAOTQIAGE0CAGBNAgBlTQIAsk0CAMJNAgAETgIAHU4CAFZOAgBbTgIAqE4CALFOAgD6TgIAB08CAExPAgBTTwIAnk8CAKFPAgDwTwIA/E8CAEJQAgBVUAIAlFACAKNQAgDmUAIA8lACADhRAgA5UQIAilECAJRRAgDcUQIA6lECAC5SAgAzUgIAgFICAI1SAgD61g0A1VICACRTAgAnUwIAdlMCAINTAgB2LAoAhVMCAMhTAgDKUwIAGlQCAB1UAgBsVAIAdlQCAL5UAgDKVAIAEFUCACNVAgBiVQIAcVUCALRVAgDAVQIABlYCAAdWAgBYVgIAYlYCAKpWAgC4VgIA/FYCAAFXAgBOVwIAW1cCAEzXDQChVwIA8lcCAP5XAgBEWAIASlgCAJZYAgCYWAIA6FgCAPJYAgA6WQIASFkCAIxZAgCRWQIA3lkCAOtZAgAwWgIAPFoCAIJaAgCVWgIA1FoCAONaAgAmWwIAMlsCAHhbAgB5WwIAylsCANRbAgAcXAIAKlwCAG5cAgBzXAIAwFwCAM1cAgCe1w0AG10CAGRdAgAeXQIA/PwKAGpdAgC2XQIAuV0CAAheAgAWXgIAWl4CAF9eAgCsXgIAuV4CAP5eAgAKXwIAUF8CAFZfAgCiXwIAqF8CAPRfAgD5XwIARmACAExgAgDw1w0AmmACAOpgAgCfYAIAsI8LAPlgAgA8YQIAXGECAI5hAgCTYQIA4GECAPthAgAyYgIAPmICAIRiAgCKYgIA1mICAOZiAgAoYwIAOWMCAHpjAgB/YwIAzGMCANBjAgAeZAIAKmQCAHBkAgB2ZAIAwmQCAMhkAgAUZQIAGWUCAGZlAgBsZQIAQtgNAMdlAgCqRAwAzmUCAApmAgALZgIAXGYCAG1mAgCuZgIAumYCAABnAgAWZwIAUmcCAF5nAgCkZwIAsWcCAPZnAgAAaAIASGgCAFRoAgCaaAIAoWgCAOxoAgD4aAIAPmkCAERpAgCQaQIAlmkCAOJpAgDnaQIANGoCADpqAgCU2A0AiGoCAAZtDACPagIA2GoCANlqAgAqawIAK2sCAHxrAgCBawIAzmsCANRrAgAgbAIAKmwCAHJsAgB+bAIAxGwCAMtsAgAWbQIAG20CAGhtAgBpbQIAum0CAMZtAgAMbgIAEm4CAF5uAgBgbgIAsG4CALpuAgACbwIAEG8CAFRvAgBZbwIApm8CALNvAgD4bwIABHACAEpwAgBdcAIAnHACAKtwAgDucAIA+nACAEBxAgBBcQIAknECAJxxAgDkcQIA8nECADZyAgA7cgIAiHICAJVyAgDm2A0A63ICACxzAgA4cwIAfnMCAJVzAgDQcwIA0nMCACJ0AgAzdAIAdHQCAHZ0AgDGdAIAzHQCABh1AgAvdQIAanUCAHN1AgC8dQIA0nUCAA52AgAadgIAYHYCAG12AgCydgIAvHYCAAR3AgAQdwIAVncCAGl3AgCodwIAt3cCAPp3AgAGeAIATHgCAE14AgCeeAIAqHgCAPB4AgD+eAIAQnkCAEd5AgCUeQIAoXkCADjZDQDoeQIAOHoCAEx6AgCKegIAmHoCANx6AgDpegIALnsCADV7AgCAewIAjHsCANJ7AgDlewIAJHwCACl8AgB2fAIAf3wCAMh8AgDSfAIAGn0CAB99AgBsfQIAfH0CAL59AgDXfQIAEH4CABV+AgBifgIAa34CALR+AgDBfgIABn8CAA1/AgBYfwIAW38CAKp/AgC2fwIA/H8CAA+AAgBOgAIAXYACAKCAAgCsgAIA8oACAPOAAgBEgQIAToECAJaBAgCkgQIA6IECAO2BAgA6ggIAR4ICAIrZDQClggIA3oICAOqCAgAwgwIANoMCAIKDAgCSgwIA1IMCANmDAgAmhAIALIQCAHiEAgCOhAIAyoQCAMyEAgAchQIAJoUCAG6FAgB6hQIAwIUCANOFAgAShgIAIYYCAGSGAgBwhgIAtoYCALeGAgAIhwIAEocCAFqHAgBohwIArIcCALGHAgD+hwIAC4gCANzZDQBTiAIA/n8LAFqIAgAYjAwAXIgCABCUCABdiAIA8G4DAF+IAgCiiAIAq4gCAPSIAgD6iAIARokCAEyJAgCYiQIApIkCAOqJAgD3iQIAPIoCAEaKAgCOigIApIoCAOCKAgDligIAMosCADmLAgCEiwIAkosCANaLAgDmiwIAKIwCADaMAgB6jAIAiYwCAMyMAgDOjAIAHo0CACiNAgBwjQIAfo0CAMKNAgDHjQIAFI4CACGOAgBmjgIAco4CALiOAgDLjgIACo8CABmPAgBcjwIAaI8CAK6PAgCvjwIAAJACAAqQAgBSkAIAYJACAKSQAgCpkAIA9pACAAORAgAu2g0ASpECAJqRAgBUkQIADowIAKuRAgDskQIA9ZECAD6SAgBKkgIAkJICAJySAgDikgIA6JICADSTAgA6kwIAhpMCAIuTAgDYkwIA3pMCAIDaDQA2lAIAfJQCAIyUAgDOlAIA3JQCACCVAgAtlQIAcpUCAH6VAgDElQIAy5UCABaWAgAelgIA0toNAHGWAgBo/wwAdZYCAIyrAgB5lgIAupYCAMuWAgAMlwIAFJcCAF6XAgAYlwIA+D4LAGiXAgCwlwIAtZcCAAKYAgAKmAIAVJgCAFaYAgCmmAIAXZgCABieAgCumAIA+JgCAA6ZAgBKmQIAVpkCAJyZAgCymQIA7pkCAAeaAgBAmgIATJoCAJKaAgCYmgIA5JoCAOyaAgA2mwIARpsCAIibAgCRmwIA2psCAOebAgAsnAIAO5wCAH6cAgCInAIA0JwCAN6cAgAinQIAJ50CAHSdAgCBnQIAxp0CAM6dAgAk2w0AJZ4CAGqeAgBxngIAvJ4CAMieAgAOnwIAHp8CAGCfAgBunwIAsp8CAL+fAgAEoAIAEKACAFagAgBdoAIAqKACALCgAgB22w0ABqECAEyhAgBWoQIAnqECAKmhAgDwoQIA9aECAEKiAgBJogIAlKICAJyiAgDI2w0A7qICADijAgBIowIAiqMCAJajAgDcowIA4KMCAC6kAgA2pAIAgKQCAIKkAgDSpAIA2KQCACSlAgA7pQIAdqUCAH+lAgDIpQIA3qUCABqmAgAmpgIAbKYCAHmmAgC+pgIAyKYCABCnAgATpwIAYqcCAGqnAgC0pwIAvqcCAAaoAgALqAIAWKgCAGCoAgCqqAIAuqgCAPyoAgAFqQIATqkCAFupAgCgqQIAr6kCAPKpAgD8qQIARKoCAFKqAgCWqgIAm6oCAOiqAgD1qgIAOqsCAEKrAgAa3A0AmasCAN6rAgCrqwIAvkAEAOOrAgAwrAIAOqwCAIKsAgCKrAIA1KwCAJmsAgDWogwA2qwCACatAgDirAIA0koLAOOsAgAqiwcA5KwCALi3AgDlrAIAtg0KADKtAgB4rQIAeq0CALQkCwB/rQIAyq0CANatAgAcrgIAK64CAG6uAgB/rgIAwK4CAMKuAgASrwIAGK8CAGSvAgBwrwIAtq8CAL6vAgBs3A0ADrACAL7cDQBmsAIAEN0NAK+wAgC03Q0AAbECAAbeDQADsQIAbh8EAFOxAgASXwoAXbECAKKxAgCssQIA9LECAPaxAgBGsgIAWbICAJiyAgCksgIA6rICAPCyAgA8swIAQrMCAI6zAgCTswIA4LMCAOazAgBY3g0APLQCAIS0AgCGtAIA1rQCAOC0AgAotQIANrUCAHq1AgB/tQIAzLUCANm1AgAetgIAKrYCAHC2AgB2tgIAwrYCAMi2AgAUtwIAGbcCAGa3AgBstwIAqt4NAMa3AgAKuAIAF7gCAFy4AgBjuAIArrgCALa4AgAAuQIAAbkCAAbdCQADuQIAUrkCABa5AgAa2wkAZrkCAKS5AgC6uQIA9rkCAA+6AgBIugIATboCAJq6AgCrugIA/N4NAP26AgA+uwIAQLsCAJC7AgCauwIA4rsCAPC7AgA0vAIAObwCAIa8AgCTvAIA2LwCAOC8AgAqvQIANr0CAHy9AgA6vQIAxL4CAIK9AgDOvQIA1L0CACC+AgAlvgIAcr4CAHi+AgBO3w0Axr4CABa/AgAkvwIAaL8CAHm/AgCg3w0Awb8CAPLfDQAUwAIAXsACAGzAAgCwwAIAbcACANDFAgC9wAIAAsECABHBAgBUwQIAWcECAKbBAgC8wQIA+MECAPnBAgBKwgIATMICAJzCAgCmwgIA7sICAPzCAgBAwwIAWcMCAJLDAgCjwwIA5MMCAPDDAgA2xAIAPsQCAOjgDQCcxAIA2sQCANvEAgAsxQIAOMUCAH7FAgCBxQIAOuENANLFAgAixgIAL8YCAHTGAgCBxgIAxsYCAMvGAgAYxwIAIscCAGrHAgByxwIAvMcCAMzHAgAOyAIAHMgCAGDIAgBtyAIAssgCALnIAgAEyQIADMkCAFbJAgBZyQIAqMkCALzJAgD6yQIAEMoCAEzKAgBlygIAnsoCAKPKAgDwygIAAcsCAIzhDQBKywIA3uENAE7LAgBmpAgAXssCAGQtDwChywIA5ssCAO3LAgA4zAIARMwCAIrMAgCazAIA3MwCAOrMAgAuzQIAO80CAIDNAgCMzQIA0s0CANnNAgAw4g0AJs4CAHbOAgApzgIARMkDAIPOAgDIzgIA1c4CABrPAgAfzwIAbM8CAHbPAgC+zwIAxs8CABDQAgAZ0AIAYtACAGXQAgC00AIAwNACAILiDQAL0QIAWNECABLRAgCqOQkAXdECAKrRAgCy0QIA/NECABLSAgBO0gIAUNICAKDSAgCt0gIA8tICAAbTAgDU4g0ASdMCAJbTAgCe0wIAqDEJAKDTAgDo0wIA8NMCADrUAgBG1AIAjNQCAJnUAgDe1AIA49QCADDVAgA51QIAgtUCAJnVAgDU1QIA39UCACbjDQA01gIAeNYCAHvWAgDK1gIAzdYCABzXAgAq1wIAbtcCAHvXAgDA1wIA19cCABLYAgAa2AIAZNgCAGrYAgC22AIAwtgCAAjZAgAS2QIAWtkCAGPZAgCs2QIAstkCAP7ZAgAL2gIAeOMNAFzaAgCi2gIAXtoCACY+CQCx2gIA9NoCAAXbAgBG2wIASNsCAJjbAgCe2wIA6tsCAPbbAgA83AIAQ9wCAI7cAgCW3AIA4NwCAOLcAgAy3QIAP90CAITdAgCL3QIA1t0CAN7dAgAo3gIANd4CAHreAgB/3gIAzN4CANbeAgAe3wIAJt8CAHDfAgB53wIAwt8CAMXfAgAU4AIAIOACAGbgAgBt4AIAyuMNAMXgAgAK4QIAzuACANjlAgDu4AIAUEIJACXhAgBc4QIAXuECAK7hAgC/4QIAAOICAA7iAgBS4gIAWeICAKTiAgCs4gIA9uICAPviAgBI4wIASeMCAJrjAgCm4wIA7OMCAPLjAgA+5AIAQOQCAJDkAgCa5AIA4uQCAPDkAgA05QIAOeUCAIblAgCT5QIAHOQNANnlAgAq5gIAL+YCAHzmAgCC5gIAzuYCANjmAgAg5wIALOcCAHLnAgB55wIAxOcCAMznAgAW6AIAGOgCAGjoAgB16AIAuugCAMHoAgAM6QIAFOkCAF7pAgBr6QIAsOkCALXpAgAC6gIADOoCAFTqAgBc6gIApuoCAK/qAgD46gIA++oCAErrAgBW6wIAnOsCAKPrAgBu5A0A+usCAIo0CQAC7AIAQOwCAE3sAgCS7AIAnOwCAOTsAgDm7AIANu0CAEntAgCI7QIAkO0CANrtAgDm7QIALO4CADLuAgB+7gIAhO4CANDuAgDV7gIAIu8CACjvAgDA5A0Agu8CAMbvAgDV7wIAGPACADTwAgBq8AIAOPACAHAxAwBy8AIAEuUNAMXwAgAO8QIAG/ECAGDxAgBq8QIAsvECAMDxAgAE8gIAGvICAFbyAgBi8gIAqPICALDyAgBk5Q0AAPMCAEzzAgBS8wIAnvMCAKPzAgDw8wIA9vMCALblDQBH9AIAlPQCAJ30AgDm9AIA8PQCADj1AgBA9QIAivUCAI/1AgDc9QIA7PUCAC72AgA29gIAgPYCAIb2AgBs+AIAmfYCANL2AgDX9gIAJPcCAC33AgB29wIAg/cCAMj3AgDP9wIAGvgCAB34AgAI5g0AbvgCAL74AgDL+AIAEPkCACf5AgBi+QIAbvkCAFrmDQDK+QIABvoCAAf6AgBY+gIAYvoCAKr6AgCy+gIA/PoCAAb7AgBO+wIAU/sCAKD7AgCo+wIA8vsCAPT7AgBE/AIA9fsCAGQBAwD5+wIA2A4DAAj8AgAeCAMAS/wCAJb8AgCd/AIA6PwCAPD8AgA6/QIAPv0CAIz9AgCa/QIA3v0CAOj9AgAw/gIAO/4CAIL+AgCK/gIA1P4CANn+AgAm/wIAQf8CAHj/AgCE/wIAyv8CAND/AgAcAAMALAADAG4AAwB/AAMAwAADAMUAAwASAQMAFgEDAKzmDQBtAQMAtgEDAM8BAwAIAgMAEgIDAFoCAwBgAgMArAIDAK4CAwD+AgMADQMDAFADAwBaAwMAogMDAKoDAwD0AwMA+AMDAEYEAwBUBAMAmAQDAKIEAwDqBAMA9QQDADwFAwBEBQMAjgUDAJMFAwDgBQMA+wUDADIGAwA+BgMAhAYDAIoGAwDWBgMA5gYDACgHAwA5BwMAegcDAH8HAwDMBwMA0AcDAP7mDQAnCAMAcAgDAIEIAwDCCAMAzAgDABQJAwAiCQMAZgkDAGcJAwC4CQMAyQkDAAoKAwAeCgMAXAoDAGQKAwCuCgMAsgoDAAALAwAOCwMAUgsDAFwLAwCkCwMArwsDAPYLAwD+CwMASAwDAE0MAwCaDAMAtQwDAOwMAwD4DAMAPg0DAEQNAwCQDQMAoA0DAOINAwDzDQMANA4DADkOAwCGDgMAig4DAFDnDQDmDgMAKg8DAEUPAwB8DwMAig8DAM4PAwDVDwMAIBADACwQAwByEAMAehADAKLnDQDSEAMAFhEDACARAwBoEQMAcxEDALoRAwDCEQMADBIDABESAwBeEgMAeRIDALASAwC8EgMAAhMDAAgTAwBUEwMAZBMDAKYTAwC3EwMA+BMDAP0TAwBKFAMAThQDAPTnDQCtFAMA7hQDAPYUAwBAFQMAQRUDAJIVAwCXFQMA5BUDAPIVAwA2FgMAQxYDAIgWAwCSFgMA2hYDAOYWAwAsFwMAMhcDAH4XAwCGFwMA0BcDANcXAwAiGAMALhgDAHQYAwB6GAMAxhgDANIYAwAYGQMAKBkDAGoZAwB2GQMAvBkDAMIZAwAOGgMAGhoDAGAaAwBtGgMAshoDAMEaAwAEGwMAEBsDAEboDQBZGwMAqBsDAKsbAwD6GwMACBwDAEwcAwBjHAMAnhwDAKscAwDwHAMABh0DAEIdAwBOHQMAlB0DAKEdAwDmHQMA8B0DADgeAwBAHgMAih4DAJQeAwDcHgMA4R4DAC4fAwA2HwMAgB8DAIwfAwDSHwMA3x8DACQgAwAuIAMAdiADAHwgAwDIIAMA3CADABohAwAiIQMAbCEDAHohAwC+IQMAyyEDABAiAwAYIgMAYiIDAG8iAwC0IgMAwiIDAAYjAwAXIwMAWCMDAGAjAwCqIwMAwCMDAPwjAwD+IwMATiQDAE8kAwCY6A0AriQDAPIkAwABJQMARCUDAFAlAwCWJQMAniUDAOroDQDtJQMAOiYDAEMmAwCMJgMAmSYDAN4mAwDlJgMAMCcDADMnAwCCJwMAiicDANQnAwDZJwMAJigDAC8oAwB4KAMAgigDAMooAwDSKAMAHCkDACEpAwBuKQMAfikDAMApAwDIKQMAEioDABgqAwBkKgMAZioDALYqAwDDKgMACCsDAB8rAwBaKwMAZisDADzpDQC4KwMA/isDABUsAwBQLAMAXCwDAKIsAwCoLAMA9CwDAPwsAwBGLQMATS0DAJgtAwCmLQMA6i0DAAUuAwA8LgMASi4DAI4uAwCVLgMA4C4DAOwuAwAyLwMAOi8DAI7pDQCYLwMA1i8DAN4vAwAoMAMAVzADAHowAwCGMAMAzDADANIwAwAeMQMAIzEDAODpDQB8MQMAwjEDAMkxAwAUMgMAHDIDAGYyAwBoMgMAuDIDAMIyAwAKMwMAEjMDADLqDQBqMwMA0EADAGszAwCuMwMAsDMDAAA0AwARNAMAUjQDAGM0AwCkNAMAsDQDAPY0AwD9NAMASDUDAFA1AwCaNQMAxDUDAOw1AwDxNQMAPjYDAD82AwCQNgMAmjYDAOI2AwDwNgMANDcDADk3AwCGNwMAkzcDANg3AwD0NwMAKjgDAEY4AwCE6g0AiTgDAM44AwDSOAMAIDkDACY5AwByOQMAdDkDAMQ5AwDFOQMAFjoDADk6AwBoOgMAjDoDALo6AwDkOgMADDsDABQ7AwBeOwMAYzsDALA7AwC9OwMAAjwDAAo8AwBUPAMAVjwDAKY8AwCuPAMA+DwDACI9AwBKPQMAVz0DAJw9AwChPQMA7j0DAPs9AwBAPgMATD4DAJI+AwC8PgMA5D4DAOw+AwA2PwMAUT8DAIg/AwCKPwMA2j8DAOs/AwAsQAMANUADAH5AAwCKQAMA1uoNAN1AAwAiQQMAKUEDAHRBAwCAQQMAxkEDANlBAwAYQgMAIEIDAGpCAwBvQgMAvEIDAMVCAwAOQwMAGEMDAGBDAwBoQwMAskMDALdDAwAERAMAFEQDAFZEAwBeRAMAqEQDAMFEAwD6RAMA/0QDAExFAwBVRQMAnkUDAKtFAwDwRQMA90UDAEJGAwBFRgMAKOsNAJZGAwDmRgMA8EYDADhHAwA6RwMAikcDAKNHAwDcRwMA3kcDAC5IAwAxSAMAgEgDAIxIAwDSSAMA2kgDAHrrDQA4SQMAdkkDAHlJAwDISQMA0kkDABpKAwAmSgMAbEoDAIJKAwC+SgMAxkoDABBLAwAeSwMAYksDAGVLAwC0SwMAvEsDAAZMAwAJTAMAWEwDABRMAwASUwMAYkwDAKpMAwBjTAMAjE8DAKxMAwD8TAMAAk0DAE5NAwBYTQMAoE0DAK5NAwDyTQMA/00DAEROAwBbTgMAlk4DAJ5OAwDoTgMA8U4DADpPAwA7TwMAzOsNAJVPAwDeTwMA6E8DADBQAwA6UAMAglADAJBQAwDUUAMA4VADACZRAwA9UQMAeFEDAIBRAwDKUQMA0VEDABxSAwAhUgMAblIDAHJSAwDAUgMAzVIDAB7sDQAfUwMAZFMDAGxTAwC2UwMAvFMDAAhUAwAUVAMAWlQDAGlUAwCsVAMAsVQDAP5UAwAZVQMAUFUDAFxVAwCiVQMAqFUDAPRVAwAIVgMARlYDAE5WAwCYVgMArlYDAOpWAwDvVgMAPFcDAENXAwCOVwMAmlcDAHDsDQDnVwMAMlgDAEBYAwCEWAMAkVgDANZYAwDtWAMAKFkDADBZAwB6WQMAgFkDAMxZAwDYWQMAHloDACVaAwBwWgMAfloDAMJaAwDFWgMAFFsDABxbAwBmWwMAdFsDALhbAwC7WwMAClwDABJcAwBcXAMAbVwDAK5cAwCzXAMAAF0DAAJdAwBSXQMAWV0DAKRdAwCyXQMA9l0DAANeAwBIXgMAX14DAJpeAwCiXgMA7F4DAPZeAwA+XwMASV8DAJBfAwCcXwMA4l8DAOpfAwDC7A0ANmADAIZgAwCQYAMA2GADANpgAwAqYQMALWEDAHxhAwCIYQMAzmEDANhhAwAgYgMAKGIDAHJiAwCAYgMAxGIDANFiAwAWYwMAHmMDAGhjAwB+YwMAumMDAMZjAwAMZAMAImQDAF5kAwBjZAMAsGQDALZkAwACZQMAFmUDABTtDQBXZQMApmUDAK5lAwD4ZQMABmYDAEpmAwAOZgMAdBkHAFdmAwCcZgMApGYDAO5mAwD4ZgMAQGcDAEtnAwCSZwMAnmcDAORnAwDsZwMAZu0NADxoAwCIaAMAjWgDANpoAwDpaAMALGkDADhpAwB+aQMAgWkDANBpAwDTaQMAImoDACpqAwB0agMAeWoDAMZqAwDWagMAGGsDACBrAwBqawMAbWsDALxrAwDGawMADmwDABBsAwBgbAMAZmwDALJsAwC8bAMABG0DABJtAwBWbQMAY20DAKhtAwC/bQMA+m0DAAJuAwBMbgMAVW4DAJ5uAwCfbgMAuO0NAPxuAwBCbwMARW8DADqYCABRbwMAlG8DAFVvAwCIiAgAnm8DAOZvAwDubwMA7uEDAPJvAwCIiQwA9G8DADhwAwACcAMA/n4HAD1wAwCKcAMARXADAHa6BACXcAMA3HADAN9wAwDkAgkA4nADAJJeCADkcAMALnEDAOZwAwCacwUA6HADALxXBQA0cQMAntUFADhxAwCAcQMAPHEDAI7JCACFcQMA0nEDAIxxAwAYDwQA2nEDACRyAwAncgMAdnIDAIJyAwDIcgMAznIDABpzAwA1cwMAbHMDAHhzAwC+cwMAxHMDABB0AwAYdAMAYnQDAGR0AwC0dAMAZ3QDAFh1AwC+dAMABnUDAA51AwAK7g0AZXUDAKp1AwCydQMA/HUDAP91AwBOdgMAU3YDAKB2AwCvdgMA8nYDABJ3AwBEdwMAUHcDAJZ3AwCgdwMA6HcDAPB3AwA6eAMATHgDAK7uDQCWeAMA3ngDAOx4AwAweQMAPXkDAIJ5AwCZeQMA1HkDANx5AwAmegMANXoDAHh6AwB9egMAynoDANd6AwAcewMAKXsDAG57AwB6ewMAwHsDAM97AwASfAMAHHwDAGR8AwByfAMAtnwDALt8AwAIfQMAFX0DAFp9AwBdfQMArH0DALR9AwD+fQMAA34DAFB+AwBdfgMAon4DAKp+AwD0fgMA/X4DAEZ/AwBTfwMAmH8DAKZ/AwDqfwMA/X8DADyAAwBEgAMAjoADAJWAAwDggAMA5YADADKBAwBIgQMAhIEDAIaBAwDWgQMA5IEDACiCAwA1ggMAeoIDAIKCAwDMggMAz4IDAB6DAwAjgwMAcIMDAH+DAwDCgwMA4oMDABSEAwAghAMAZoQDAHCEAwC4hAMAwIQDAAqFAwAchQMAAO8NAG2FAwCuhQMAtYUDAACGAwAIhgMAUoYDAF+GAwCkhgMAqYYDAPaGAwAAhwMASIcDAFCHAwCahwMAnIcDAOgSCQCkhwMA5CsJAKmHAwDshwMAqocDAM7dBwDxhwMAPogDAEuIAwCQiAMAnYgDAOKIAwDuiAMANIkDAEOJAwCGiQMAkIkDANiJAwDgiQMAKooDADSKAwB8igMAgYoDAM6KAwDWigMAUu8NACyLAwByiwMAeIsDAMSLAwDfiwMAFowDACKMAwBojAMAbowDALqMAwDWjAMADI0DABSNAwCk7w0AZo0DALCNAwC6jQMAAo4DAA2OAwBUjgMAYI4DAKaOAwCujgMA9u8NAASPAwBKjwMAUI8DAJyPAwC3jwMA7o8DAPqPAwBAkAMARpADAJKQAwCakAMA5JADAOqQAwA2kQMAP5EDAIiRAwCVkQMA2pEDAOeRAwAskgMAOpIDAH6SAwCLkgMA0JIDAOeSAwAikwMAKpMDAHSTAwB5kwMAxpMDAIWTAwCylQMA05MDABiUAwAglAMAapQDAHWUAwC8lAMAwZQDAA6VAwARlQMAYJUDAGqVAwBI8A0At5UDAASWAwATlgMAVpYDAFiWAwColgMAuZYDAPqWAwALlwMATJcDAGCXAwCa8A0Ar5cDAPCXAwDzlwMAQpgDAPiXAwDy0wYA/ZcDAFx9DABMmAMAlJgDAJaYAwDmmAMA8JgDADiZAwBEmQMAipkDALKZAwDcmQMA55kDAJhMBAACmgMALpoDAF+aAwCAmgMAppoDANKaAwD4mgMAJJsDAFabAwB2mwMAppsDAMibAwDQmwMAGpwDAEKcAwBsnAMAn5wDAL6cAwDunAMAEJ0DABidAwBinQMAcZ0DALSdAwC5nQMABp4DAA+eAwBYngMAE54DALalAwBpngMAqp4DALGeAwD8ngMABJ8DAE6fAwBbnwMAoJ8DAKWfAwDynwMA/J8DAESgAwBMoAMAlqADAKCgAwAerAMApaADAOigAwDtoAMAOqEDAEehAwCMoQMAmaEDAN6hAwDqoQMAMKIDAD+iAwCCogMAjKIDANSiAwDcogMAJqMDADCjAwB4owMAfaMDAMqjAwDSowMA7PANACikAwBupAMAdKQDAMCkAwDbpAMAEqUDAB6lAwBkpQMAaqUDAD7xDQDDpQMACKYDABSmAwBapgMAaaYDAKymAwC2pgMA/qYDAAynAwBQpwMAVacDAKKnAwCvpwMA9KcDAPynAwBGqAMAUKgDAJioAwCdqAMA6qgDAPKoAwA8qQMAP6kDAI6pAwCaqQMA4KkDAOapAwAyqgMATaoDAISqAwCQqgMA1qoDANyqAwAoqwMAMKsDAHqrAwB8qwMAzKsDANarAwCQ8Q0AJKwDAHCsAwByrAMAwqwDAM+sAwAUrQMAF60DAGatAwB3rQMAuK0DALqtAwAKrgMAFK4DAFyuAwBorgMArq4DALauAwDi8Q0ABa8DAFKvAwBVrwMApK8DAK6vAwD2rwMA/q8DAEiwAwBVsAMAmrADAJywAwDssAMAArEDAD6xAwBKsQMANPINAKyxAwDisQMA/rEDAIbyDQA5sgMAhrIDAJOyAwDYsgMA5bIDACqzAwA2swMAfLMDAIuzAwDOswMA2LMDACC0AwAutAMAcrQDAHe0AwDEtAMA0bQDABa1AwAvtQMAaLUDAGq1AwC6tQMAwbUDANjyDQAptgMAXrYDAG+2AwCwtgMAvLYDAAK3AwAVtwMAVLcDAGO3AwCmtwMAsrcDAPi3AwD5twMASrgDAFS4AwCcuAMAqrgDAO64AwDzuAMAQLkDAE25AwAq8w0Al7kDAOS5AwDxuQMANroDAEO6AwCIugMAlLoDANq6AwDpugMALLsDADa7AwB+uwMAjLsDANC7AwDVuwMAIrwDAC+8AwB0vAMAfLwDAMa8AwDQvAMAGL0DAB29AwBqvQMAcr0DACD0DQC+vQMADr4DABy+AwBgvgMAcb4DAHL0DQC5vgMAxPQNAAm/AwBWvwMAXr8DAKi/AwC3vwMA+r8DAP+/AwBMwAMAWcADAJ7AAwCrwAMA8MADAPzAAwBCwQMAUcEDAJTBAwCewQMAaPUNAOzBAwA2nQoA+cEDADjCAwBHwgMAisIDAJbCAwDcwgMA3cIDAC7DAwA4wwMAgMMDAI7DAwDSwwMA18MDACTEAwAxxAMAuvUNAHrEAwDIxAMA08QDABrFAwAoxQMAbMUDAH3FAwC+xQMAysUDABDGAwAYxgMADPYNAGfGAwC0xgMAwcYDAAbHAwATxwMAWMcDAGTHAwCqxwMAuccDAPzHAwAGyAMATsgDAFzIAwCgyAMArcgDAPLIAwAJyQMAXvYNAFHJAwCWyQMAo8kDAOjJAwD0yQMAOsoDAEnKAwCMygMAlsoDAN7KAwDsygMAMMsDAPrKAwCGLggANcsDAILLAwCPywMA1MsDANzLAwAmzAMALMwDAHjMAwCEzAMAyswDANrMAwAczQMAJc0DAG7NAwBxzQMAwM0DAMzNAwASzgMAGc4DALD2DQBxzgMAts4DAMXOAwAIzwMACc8DAFrPAwBxzwMArM8DAMbPAwD+zwMACtADAFDQAwBj0AMAotADALHQAwD00AMAANEDAEbRAwBH0QMAmNEDAKLRAwDq0QMA+NEDADzSAwBB0gMAjtIDAJvSAwAC9w0A+tIDADLTAwBB0wMAhNMDAIbTAwDW0wMAidMDAOzZAwDj0wMAKNQDADXUAwB61AMAf9QDAMzUAwDW1AMAHtUDAC3VAwBw1QMAddUDAMLVAwDP1QMAFNYDACHWAwBm1gMActYDALjWAwDH1gMACtcDABTXAwBc1wMAadcDAK7XAwCz1wMAANgDAATYAwBS2AMAXtgDAKTYAwCq2AMA9tgDAPzYAwBI2QMATdkDAJrZAwCg2QMAVPcNAPnZAwA+2gMAS9oDAJDaAwCc2gMA4toDAPHaAwA02wMAPtsDAIbbAwCU2wMA2NsDAN3bAwAq3AMAN9wDAHzcAwCD3AMAztwDANPcAwAg3QMALN0DAHLdAwB13QMAxN0DANHdAwAW3gMAG94DAGjeAwBy3gMAut4DAMbeAwAM3wMAH98DAF7fAwBs3wMAsN8DALPfAwAC4AMADOADAFTgAwBg4AMApuADAKzgAwD44AMA/uADAErhAwBP4QMAnOEDAKLhAwCm9w0A+OEDABAEBgD64QMAts8HAP3hAwBA4gMAQuIDAJLiAwCj4gMA5OIDAPXiAwA24wMAPuMDAIjjAwCY4wMA2uMDANzjAwAs5AMAOuQDAH7kAwCP5AMA+PcNANfkAwBK+A0AI+UDAHTlAwB55QMAxuUDAMzlAwAY5gMAIuYDAGrmAwB25gMAvOYDAMLmAwAO5wMAFOcDAGDnAwBl5wMAsucDALjnAwCc+A0AEugDAFboAwBv6AMAqOgDAKnoAwD66AMAF+kDAEzpAwBm6QMAnukDAKHpAwDw6QMA9ekDAJL5DQBb6gMAlOoDAJrqAwDm6gMAquoDALBaBADo6gMAOOsDAD7rAwCK6wMAnusDANzrAwDk6wMALuwDADvsAwCA7AMAhewDANLsAwDc7AMAJO0DACztAwB27QMAh+0DAMjtAwDN7QMAGu4DABzuAwBs7gMAc+4DAL7uAwDK7gMAEO8DABfvAwBi7wMAfu8DALTvAwC87wMA5PkNAAvwAwBY8AMAWvADAKrwAwCx8AMA/PADAArxAwBO8QMAW/EDAKDxAwC38QMA8vEDAPrxAwBE8gMATvIDAJbyAwBa8gMAhlYEAKHyAwDo8gMA9PIDADrzAwBC8wMANvoNAI3zAwDe8wMA4/MDADD0AwAz9AMAgvQDAIz0AwDU9AMA6/QDACb1AwAs9QMAePUDAIT1AwDK9QMAzfUDABz2AwA59gMAbvYDAH/2AwDA9gMA3/YDABL3AwAa9wMAZPcDAGb3AwC29wMAxfcDAAj4AwAS+AMAWvgDAGj4AwCs+AMAx/gDAP74AwAK+QMAUPkDAFj5AwCI+g0ArvkDAPT5AwAD+gMARvoDAEv6AwCY+gMAnvoDAOr6AwDx+gMAPPsDAET7AwCO+wMAkPsDAOD7AwDn+wMAMvwDADT8AwCE/AMAhfwDANb8AwDg/AMAKP0DADT9AwB6/QMAgP0DAMz9AwDm/QMAHv4DACb+AwBw/gMAhv4DAML+AwDQ/gMAFP8DABf/AwBm/wMAaf8DALj/AwDG/wMACgAEABcABABcAAQAcwAEAK4ABAC2AAQAAAEEAAIBBABSAQQAWgEEAKQBBAC7AQQA9gEEAAICBABIAgQAXgIEAJoCBACiAgQA7AIEAPoCBAA+AwQASAMEAJADBACYAwQA4gMEAOkDBAA0BAQAQAQEAIYEBACHBAQA2AQEAOQEBAAqBQQANwUEAHwFBACDBQQAzgUEANEFBAAgBgQAKAYEAHIGBAB3BgQAxAYEANEGBAAWBwQARAcEAGgHBABwBwQA2voNAMIHBAAkLQ4A1gcEAAwIBAAUCAQALPsNAGwIBACwCAQAsggEAAIJBAATCQQAVAkEAFwJBACmCQQAsgkEAPgJBAD+CQQASgoEAFAKBACcCgQAoQoEAO4KBAD0CgQAfvsNAEULBACSCwQATAsEAChbCwCaCwQA5AsEAOkLBAA88ggA6gsEANThCQDwCwQA7J0JAPMLBAA2DAQA9QsEAETfCQA7DAQAiAwEADwMBADW/QcAlQwEANoMBADnDAQALA0EADgNBAB+DQQAjQ0EANANBADaDQQAxvwNACwOBAB0DgQAeQ4EAMYOBADODgQAGP0NAB4PBABqDwQAgA8EALwPBADKDwQADhAEABsQBABgEAQAYhAEALIQBAC8EAQABBEEABARBABWEQQAXREEAKgRBACwEQQA+hEEAAESBABMEgQAVRIEAJ4SBACqEgQA8BIEAPgSBAC8/Q0ARxMEAJQTBACcEwQA5hMEAPUTBAA4FAQAPRQEAIoUBACXFAQA3BQEAOkUBAAuFQQAOhUEAIAVBACPFQQA0hUEANwVBAAkFgQAMhYEAHYWBAB7FgQAyBYEANUWBAAaFwQAIhcEAGwXBAB2FwQAvhcEAMwXBAAQGAQAJhgEAGIYBABuGAQAtBgEALkYBAAGGQQADxkEAFgZBABiGQQADv4NALQZBAD8GQQACBoEAE4aBABWGgQAYP4NAKUaBADyGgQA/xoEAEQbBABRGwQAlhsEAKIbBADoGwQA9xsEADocBABEHAQAjBwEAKQcBADeHAQA6BwEADAdBAA+HQQAgh0EAJgdBADUHQQA4B0EACYeBAArHgQAeB4EAIEeBADKHgQA1B4EABwfBAAkHwQAsv4NAHsfBADAHwQAhB8EABBiDQDNHwQAEiAEAB4gBABkIAQAcyAEALYgBADAIAQACCEEABYhBABaIQQAZyEEAKwhBADDIQQA/iEEAAYiBABQIgQAWiIEAKIiBACnIgQA9CIEAPwiBAAE/w0AUiMEAJgjBACeIwQA6iMEAAUkBAA8JAQASCQEAI4kBACUJAQA4CQEAPwkBAAyJQQAOiUEAFb/DQCJJQQA1iUEAOMlBAAoJgQANSYEAHomBACGJgQAzCYEANsmBAAeJwQAKCcEAHAnBAB+JwQAwicEAMcnBAAUKAQAISgEAGYoBABuKAQAuCgEAL4oBAAKKQQAwigEAPYqBAAWKQQAXCkEAGwpBACuKQQAtykEAAAqBAADKgQAUioEAF4qBACkKgQAqyoEAKj/DQAEKwQASCsEAF4rBACaKwQApisEAOwrBADzKwQAPiwEAEYsBACQLAQAlSwEAOIsBADrLAQANC0EAD4tBAD6/w0Aiy0EANgtBACSLQQAAjIEAOAtBAAqLgQAMC4EAHwuBACBLgQAzi4EANcuBAAgLwQAKi8EAHIvBAB+LwQAxC8EAMwvBABMAA4AGzAEAGgwBABwMAQAujAEAMUwBAAMMQQAETEEAF4xBABhMQQAsDEEALoxBACeAA4ADDIEAFQyBABYMgQApjIEAKsyBAD4MgQA/jIEAEozBABqMwQAnDMEAKQzBADuMwQA/DMEAEA0BABDNAQAkjQEAJo0BADkNAQA7TQEADY1BABDNQQAiDUEAI41BADaNQQA5jUEACw2BAAuNgQAfjYEAI02BADQNgQA2zYEACI3BAAkNwQAdDcEAI03BADGNwQA1zcEABg4BAAkOAQA8AAOAHI4BAC8OAQA3DgEAA45BAAcOQQAYDkEAG05BACyOQQAuTkEAAQ6BAAgOgQAVjoEAF46BABCAQ4ArToEAPo6BAAHOwQATDsEAFk7BACeOwQAqjsEAPA7BAD/OwQAQjwEAEw8BACUPAQAqTwEAOY8BADuPAQAOD0EAEc9BACKPQQAjD0EANw9BADlPQQALj4EADE+BACAPgQAjD4EANI+BADuPgQAJD8EACw/BACUAQ4Aez8EAMg/BADePwQAGkAEACZABABsQAQAj0AEAOYBDgDIQAQAEEEEABhBBABiQQQAaEEEAHBRCABxQQQAtEEEALlBBAAGQgQAE0IEAFhCBABlQgQAqkIEALZCBAD8QgQAC0MEAE5DBABYQwQAoEMEAKhDBADyQwQA/EMEAEREBABJRAQAlkQEAJ5EBAA4Ag4A60QEADpFBABXRQQAjEUEAJ1FBADeRQQA7EUEAFiUBAATRgQAMEYEAExGBACCRgQAnkYEAIoCDgDaRgQAJkcEACxHBAB4RwQAfUcEAMpHBADQRwQA3AIOACFIBABuSAQAe0gEAMBIBADNSAQAEkkEAB5JBABkSQQAc0kEALZJBADASQQACEoEABZKBABaSgQAX0oEAKxKBAC5SgQA/koEAApLBABQSwQAVksEAKJLBACoSwQA9EsEAPlLBABGTAQATEwEANIDDgCsTAQA6kwEABBNBAA8TQQAYk0EAI5NBAC0TQQA4E0EABBOBAAyTgQAOk4EAIROBACsTgQA1k4EAAtPBAAoTwQATk8EAHpPBACgTwQAzE8EAAFQBAAeUAQATlAEAHBQBAB4UAQAwlAEAMdQBAAqqQQA0VAEABRRBAAZUQQAZlEEAHNRBAC4UQQAxVEEAApSBAAWUgQAXFIEAGtSBACuUgQAuFIEAABTBAAOUwQAUlMEAFdTBACkUwQAsVMEAPZTBAD+UwQASFQEAE5UBACaVAQAUlQEAJqmBACmVAQA7FQEAPxUBAA+VQQAR1UEAJBVBACTVQQA4lUEAO5VBAA0VgQAO1YEACQEDgCaVgQA2FYEANtWBAAqVwQAR1cEAHxXBACNVwQAzlcEANVXBAAgWAQAOVgEAHJYBAB6WAQAxFgEANpYBAAWWQQAG1kEAGhZBABvWQQAulkEAMNZBAAMWgQAHVoEAF5aBABqWgQAdgQOAMRaBAACWwQABVsEAFRbBABxWwQAplsEALdbBAD4WwQAB1wEAEpcBABbXAQAnFwEAKpcBADuXAQA+lwEAEBdBABNXQQAkl0EAJxdBADIBA4A7V0EADZeBABDXgQAiF4EAJZeBADaXgQA6V4EACxfBAAuXwQAfl8EAIhfBADQXwQA3l8EACJgBAAnYAQAdGAEAIFgBADGYAQAyWAEABhhBAAkYQQAamEEAH1hBAC8YQQAy2EEAA5iBAAaYgQAYGIEAGFiBACyYgQAvGIEAARjBAASYwQAVmMEAFtjBACoYwQAtWMEABoFDgD/YwQATGQEAGJkBACeZAQAtGQEAPBkBAD5ZAQAQmUEAE9lBACUZQQAomUEAOZlBAD1ZQQAOGYEADpmBACKZgQAlGYEANxmBADqZgQALmcEADNnBACAZwQAjWcEANJnBADVZwQAJGgEACxoBAB2aAQAh2gEAMhoBADWaAQAGmkEACdpBABsaQQAjGkEAL5pBADGaQQAEGoEACBqBABiagQAZGoEALRqBADCagQABmsEABdrBAAQBg4AXmsEAKprBAC2awQAYgYOAANsBABObAQACWwEACwiBgBVbAQAoGwEAKZsBADybAQA/mwEAERtBABHbQQAlm0EAJltBADobQQAE24EADpuBABdbgQAjG4EAJduBADebgQA424EADBvBAAzbwQAgm8EAIxvBADUbwQA/28EALQGDgArcAQAeHAEAIVwBADKcAQA13AEABxxBAAocQQAbnEEAH1xBADAcQQAynEEABJyBAAacgQAZHIEAG5yBAC2cgQAu3IEAAhzBAAQcwQABgcOAGdzBACscwQAwHMEAP5zBAAGdAQAUHQEAFV0BACidAQAsnQEAPR0BAD8dAQARnUEAFB1BACYdQQAo3UEAOp1BAD2dQQAPHYEAER2BABYBw4Aj3YEAOB2BADsdgQAMncEAEF3BACEdwQAkncEANZ3BADmdwQAKHgEADZ4BAB6eAQAhngEAMx4BADTeAQAHnkEACZ5BABweQQAhnkEAMJ5BADWeQQAFHoEABd6BABmegQAg3oEALh6BADJegQACnsEABJ7BABcewQAZ3sEAK57BACzewQAAHwEAAN8BABSfAQAXHwEAKR8BACnfAQAqgcOAAp9BABIfQQAS30EAJp9BAC3fQQA7H0EAP19BAA+fgQARn4EAJB+BACTfgQA4n4EAO5+BAA0fwQAOn8EAIZ/BAChfwQA2H8EAOR/BAAqgAQAMIAEAHyABACEgAQAzoAEANmABAAggQQAJYEEAHKBBAB1gQQAxIEEAM6BBAAWggQAHoIEAGiCBACHggQA/AcOAM6CBAAMgwQAMoMEAF6DBACEgwQAsIMEANaDBAAChAQAOIQEAFSEBACJhAQApoQEAMyEBAD4hAQAHoUEAEqFBAB/hQQAnIUEAMCFBADuhQQACoYEAECGBABIhgQATggOAJeGBADkhgQA8YYEADaHBABDhwQAiIcEAJSHBADahwQA6YcEACyIBAA2iAQAfogEAIyIBADQiAQA1YgEACKJBAAviQQAdIkEAHyJBADGiQQAzIkEABiKBADQiQQABIwEACSKBABqigQAeooEALyKBADFigQADosEABGLBABgiwQAbIsEALKLBAC5iwQAoAgOABKMBABWjAQAbIwEAKiMBAC0jAQA+owEAAGNBABMjQQAVI0EAJ6NBACjjQQA8I0EAPmNBABCjgQATI4EAPIIDgCVjgQA5o4EAPKOBAA4jwQAPo8EAIqPBACMjwQA3I8EAOaPBAAukAQAPJAEAICQBACFkAQA0pAEAN+QBAAkkQQALJEEAHaRBACAkQQAyJEEANaRBAAakgQAMJIEAGySBAB4kgQAvpIEAMWSBAAQkwQAGJMEAGKTBABnkwQAtJMEAL2TBAAGlAQAEJQEAEQJDgBwlAQAqpQEAK2UBAD8lAQAGZUEAE6VBABflQQAoJUEALiVBADylQQA/pUEAESWBABXlgQAlpYEAKWWBADolgQA9JYEADqXBAA7lwQAjJcEAJaXBADelwQA7JcEADCYBAA1mAQAgpgEAI+YBACWCQ4A2ZgEACaZBAAzmQQAeJkEAIWZBADKmQQA1pkEAByaBAArmgQAbpoEAHiaBADAmgQAzpoEABKbBAAXmwQAZJsEAHGbBAC2mwQAvpsEAAicBAAOnAQAWpwEABKcBABGngQAZpwEAKycBAC8nAQA/pwEAAedBABQnQQAU50EAKKdBACunQQA9J0EAPudBACMCg4AVJ4EAJieBACungQA6p4EAPaeBAA8nwQAQ58EAI6fBACWnwQA4J8EAOWfBAAyoAQAO6AEAISgBACOoAQA3goOANegBAAooQQANKEEAHqhBACAoQQAzKEEAM6hBAAeogQAKKIEAHCiBAB+ogQAwqIEAMeiBAAUowQAIaMEAGajBABuowQAuKMEAMKjBAAKpAQAGKQEAFykBABypAQArqQEALqkBAAApQQAB6UEAFKlBABapQQApKUEAKmlBAD2pQQA/6UEAEimBABSpgQAMAsOAKimBADspgQAAqcEAD6nBABKpwQAkKcEAJenBADipwQA6qcEADSoBAA5qAQAhqgEAI+oBADYqAQA4qgEAIILDgArqQQAfKkEAIipBADOqQQA1KkEACCqBAAiqgQAcqoEAHyqBADEqgQA0qoEABarBAAbqwQAaKsEAHWrBAC6qwQAwqsEAAysBAAWrAQAXqwEAGysBACwrAQAxqwEAAKtBAAOrQQAVK0EAFutBACmrQQArq0EAPitBAD9rQQASq4EAFOuBACcrgQApq4EANQLDgDwrgQAULMKAPyuBABArwQAUa8EAJKvBACXrwQA5K8EAPuvBAA2sAQASrAEAIiwBACgsAQA2rAEAOmwBAAssQQAMbEEAH6xBACLsQQA0LEEAN2xBAAisgQALrIEAHSyBACDsgQAxrIEANCyBAAYswQAILMEAGqzBACIswQAvLMEAMSzBAAOtAQAF7QEAGC0BABttAQAsrQEALS0BAAEtQQAHbUEAFa1BABntQQAqLUEALS1BAD6tQQAArYEACYMDgBRtgQAnrYEAKa2BADwtgQA/7YEAEK3BABHtwQAlLcEAKG3BADmtwQA87cEADi4BABEuAQAirgEAJm4BADcuAQA5rgEAC65BAA2uQQAgLkEAIq5BADSuQQA17kEACS6BAAsugQAeAwOAI26BADIugQA0LoEABq7BAAkuwQAbLsEAHG7BAC+uwQAxrsEAMoMDgAVvAQAYrwEAGu8BAAoPAoAb7wEALS8BAB4vAQAbBkMAMG8BAAGvQQAEr0EAFi9BABnvQQAqr0EALS9BAD8vQQABL4EAJSuCQAKvgQATr4EAFu+BACgvgQAt74EAPK+BAD6vgQARL8EAE6/BACWvwQAm78EAOi/BADwvwQAHA0OAEfABACMwAQAmsAEAN7ABADxwAQAMMEEADjBBACCwQQAhcEEANTBBADZwQQAJsIEADXCBAB4wgQAmMIEAMrCBADWwgQAHMMEACbDBABuwwQAisMEAMDDBADIwwQAbg0OACXEBABkxAQAasQEALbEBADCxAQACMUEABLFBABaxQQAYMUEAKzFBAC6xQQA/sUEAArGBABQxgQAU8YEAKLGBACjxgQA9MYEAADHBABGxwQATMcEAJjHBACexwQA6scEAPbHBAA8yAQAWcgEAI7IBACXyAQA4MgEAOzIBAAyyQQANckEAITJBACOyQQA1skEAOLJBAAoygQALsoEAHrKBACAygQAzMoEANHKBAAeywQAJMsEAMANDgB8ywQAwssEAMTLBAAUzAQAI8wEAGbMBABxzAQAuMwEAMTMBAAKzQQAEc0EAFzNBABkzQQArs0EALjNBAAAzgQAC84EAFLOBABezgQApM4EAKzOBAC2Dg4A+M4EAEjPBABbzwQAms8EAKLPBADszwQA8s8EAD7QBABK0AQAkNAEAJrQBADi0AQA6NAEADTRBABC0QQAhtEEAJLRBADY0QQA29EEACrSBAAy0gQAfNIEAH3SBADO0gQA2tIEACDTBAAm0wQActMEAHrTBADE0wQAytMEABbUBAAi1AQAaNQEAIXUBAC61AQAw9QEAAzVBAAY1QQAXtUEAGHVBACw1QQAutUEAALWBAAK1gQAVNYEAGXWBACm1gQAtNYEAPjWBAAO1wQAStcEAFjXBACc1wQAptcEAAgPDgD91wQAQNgEAEvYBACS2AQAntgEAOTYBADr2AQANtkEAD7ZBACI2QQAktkEANrZBADl2QQALNoEADjaBAB+2gQAhtoEAFoPDgDS2gQAItsEADXbBAB02wQAfNsEAMbbBADM2wQAGNwEACTcBABq3AQAdNwEALzcBADC3AQADt0EABzdBABg3QQAbN0EALLdBAC13QQABN4EAAzeBABW3gQAV94EAKjeBAC03gQA+t4EAADfBABM3wQAVN8EAJ7fBACk3wQA8N8EAPzfBABC4AQAX+AEAJTgBACd4AQA5uAEAPLgBAA44QQAO+EEAIrhBACU4QQA3OEEAOThBAAu4gQAP+IEAIDiBACO4gQA0uIEAOjiBAAk4wQAMuMEAHbjBACA4wQAyOMEANDjBAAa5AQAPeQEAGzkBABw5AQAvuQEAMnkBAAQ5QQAHuUEAGLlBABx5QQAtOUEAL/lBAAG5gQADuYEAFjmBABm5gQAquYEAK3mBAD85gQABOcEAKwPDgBc5wQAoOcEAKPnBADy5wQA+ucEADJEBQD+5wQAPBoFAAHoBAAI7gQADugEAEToBABg6AQA/g8OAJjoBADo6AQA9egEADrpBABH6QQAjOkEAJHpBADe6QQA6OkEADDqBAA/6gQAguoEAIfqBADU6gQA4eoEACbrBAAz6wQAeOsEAITrBADK6wQA2esEABzsBAAm7AQAbuwEAHrsBADA7AQAxuwEABLtBAAY7QQAZO0EAGntBAC27QQAvO0EAFAQDgAN7gQA/A8FABnuBABa7gQAaO4EAKzuBAC47gQA/u4EAAvvBABQ7wQAWu8EAKLvBAC+7wQA9O8EABDwBACiEA4ASPAEAJjwBACl8AQA6vAEAPfwBAA88QQAQfEEAI7xBACY8QQA4PEEAO/xBAAy8gQAN/IEAITyBACR8gQA1vIEAOPyBAAo8wQANPMEAHrzBACJ8wQAzPMEANbzBAAe9AQAKvQEAHD0BAB29AQAwvQEAMj0BAAU9QQAGfUEAGb1BABs9QQA9BAOAL/1BAAK9gQAGPYEAFz2BABf9gQArvYEAL32BAAA9wQABfcEAFL3BABf9wQApPcEALH3BAD29wQAAvgEAEj4BABX+AQAmvgEAKT4BADs+AQA+vgEAD75BABD+QQAkPkEAJ35BADi+QQA7vkEADT6BABH+gQAhvoEAJX6BADY+gQA5PoEACr7BAAr+wQAfPsEAIb7BADO+wQA3PsEACD8BAAl/AQAcvwEAH/8BABGEQ4AyfwEABb9BAAf/QQAaP0EAHn9BAC6/QQAwf0EAAz+BAAU/gQAXv4EAGv+BACw/gQAtf4EAAL/BAAM/wQAVP8EAFz/BACm/wQAvf8EAPj/BAAEAAUASgAFAFQABQCcAAUApAAFAO4ABQDwAAUAQAEFAEgBBQCSAQUAmAEFAOQBBQDwAQUANgIFADkCBQCIAgUAjQIFANoCBQDjAgUALAMFADIDBQB+AwUAjQMFANADBQDcAwUAPBIOACQEBQB0BAUAggQFAMYEBQDXBAUAjhIOAB8FBQDgEg4AbwUFALwFBQDEBQUADgYFAB0GBQBgBgUAZQYFALIGBQC/BgUABAcFABEHBQBWBwUAYgcFAKgHBQC3BwUA+gcFAAQIBQCEEw4ATggFAJ4IBQC5CAUA8AgFAPIIBQBCCQUAXAkFAJQJBQChCQUA5gkFAPIJBQA4CgUAQgoFAIoKBQCkCgUA3AoFAOsKBQAuCwUAMwsFAIALBQCNCwUA0gsFAN8LBQAkDAUAMAwFAHYMBQCFDAUAyAwFANIMBQAaDQUAJg0FAGwNBQB/DQUAvg0FAM0NBQAQDgUAHA4FAGIOBQBjDgUAtA4FAL4OBQAGDwUAFA8FAFgPBQBdDwUAqg8FALcPBQDWEw4ACRAFAE4QBQBbEAUAoBAFAKwQBQDyEAUAAREFAEQRBQBOEQUAlhEFAKQRBQDoEQUA7REFADoSBQBHEgUAjBIFAJgSBQDeEgUA8RIFADATBQA/EwUAghMFAI4TBQDUEwUA1RMFACYUBQAwFAUAeBQFAIYUBQDKFAUAzxQFABwVBQApFQUAKBQOAHsVBQDAFQUAwhUFABIWBQArFgUAZBYFAHUWBQC2FgUAwhYFAAgXBQAQFwUAHhUOAF8XBQCsFwUAtBcFAP4XBQANGAUAUBgFAFUYBQCiGAUArxgFAPQYBQABGQUARhkFAFIZBQCYGQUApxkFAOoZBQD0GQUAcBUOAE8aBQCOGgUAnRoFAOAaBQDsGgUAMhsFADMbBQCEGwUAjhsFANYbBQDkGwUAKBwFAC0cBQB6HAUAhxwFAMIVDgDRHAUAHh0FACsdBQBwHQUAfR0FAMIdBQDOHQUAFB4FACMeBQBmHgUAcB4FALgeBQDGHgUACh8FAA8fBQBcHwUAaR8FAK4fBQC2HwUAACAFAAYgBQBSIAUACiAFAEZrBQBeIAUApCAFALQgBQD2IAUA/yAFAEghBQBLIQUAmiEFAKYhBQDsIQUA8yEFALgWDgBJIgUAkCIFAJEiBQDiIgUA+iIFADQjBQBBIwUAhiMFAJIjBQDYIwUA4iMFACokBQAuJAUAfCQFAIEkBQDOJAUA1CQFACAlBQBAJQUAciUFAIolBQDEJQUA2yUFABYmBQAiJgUAaCYFAHImBQC6JgUAvCYFAAwnBQATJwUAXicFAGUnBQCwJwUAticFAAIoBQAOKAUAVCgFAFcoBQCmKAUAqSgFAPgoBQAEKQUASikFAE0pBQAKFw4AoSkFAO4pBQD2KQUAQCoFAEYqBQCSKgUAlyoFAOQqBQDtKgUANisFAEArBQCIKwUAlCsFANorBQDiKwUAXBcOADEsBQB+LAUAhiwFANAsBQDbLAUAIi0FACctBQB0LQUAdy0FAMYtBQDQLQUArhcOACQuBQBqLgUAcS4FALwuBQDKLgUADi8FABEvBQBgLwUAaC8FALIvBQC1LwUABDAFABAwBQBWMAUAXDAFAKgwBQDDMAUA+jAFAAYxBQBMMQUAUjEFAJ4xBQCmMQUA8DEFAPQxBQBCMgUATjIFAJQyBQChMgUA5jIFAPAyBQA4MwUAQDMFAIozBQCMMwUA3DMFAOAzBQAuNAUAMDQFAIA0BQCUNAUAABgOANo0BQAkNQUAKDUFAHY1BQB4NQUAyDUFAMs1BQAaNgUAIjYFAGw2BQB5NgUAvjYFAMM2BQAQNwUAGjcFAGI3BQBqNwUAtDcFALU3BQAGOAUACzgFAFg4BQBbOAUAqjgFAK04BQD8OAUACjkFAE45BQBnOQUAoDkFALE5BQDyOQUA/jkFAEQ6BQBMOgUAUhgOAJs6BQDoOgUA8DoFADo7BQBJOwUAjDsFAJE7BQDeOwUA6zsFADA8BQA9PAUAgjwFAI48BQDUPAUA4zwFACY9BQAwPQUAeD0FAIA9BQDKPQUA1D0FABw+BQAhPgUAbj4FAHY+BQCkGA4Ayz4FABI/BQAePwUAZD8FAGw/BQD2GA4Awj8FAAhABQAPQAUAWkAFAGhABQCsQAUAr0AFAP5ABQAGQQUAUEEFAFNBBQCiQQUArkEFAPRBBQD6QQUARkIFAGFCBQCYQgUApEIFAOpCBQDwQgUAPEMFAF9DBQCOQwUAkUMFAOBDBQAERAUASBkOAEFEBQCERAUAiUQFANZEBQDjRAUAKEUFADVFBQB6RQUAhkUFAMxFBQDbRQUAHkYFAChGBQBwRgUAfkYFAMJGBQDHRgUAFEcFACFHBQBmRwUAbkcFAJoZDgDFRwUACkgFABJIBQBcSAUAdUgFAK5IBQC0SAUAAEkFAAVJBQBSSQUAckkFAKRJBQCwSQUA9kkFAANKBQBISgUAUEoFAJpKBQCdSgUA7EoFAPZKBQA+SwUAQEsFAJBLBQCaSwUA4ksFAO5LBQDsGQ4ASkwFAIZMBQCSTAUA2EwFAN1MBQAqTQUA4EwFAJb/DgAzTQUAfE0FAIZNBQDOTQUA1k0FAPb4CADaTQUAIE4FAPFNBQBO6AgAJk4FAHJOBQAzTgUAaOoKAHhOBQDETgUAyU4FABZPBQAcTwUAPhoOAHZPBQC6TwUA0E8FAAxQBQAYUAUAXlAFAGNQBQCwUAUAuVAFAAJRBQAMUQUAVFEFAFxRBQCmUQUAtVEFAPhRBQD9UQUASlIFAFdSBQCcUgUAqVIFAO5SBQD6UgUAQFMFAE9TBQCSUwUAnFMFAORTBQDyUwUANlQFAENUBQCIVAUAn1QFANpUBQDiVAUALFUFADZVBQB+VQUAg1UFANBVBQDYVQUANBsOAC5WBQB0VgUAelYFAMZWBQDhVgUAGFcFACRXBQBqVwUAcFcFAIYbDgDPVwUADlgFAB1YBQBgWAUAbFgFALJYBQCzWAUABFkFAA5ZBQBWWQUAZFkFAKhZBQCtWQUA+lkFAAdaBQDYGw4AUVoFAJ5aBQCmWgUA8FoFAPNaBQBCWwUAS1sFAJRbBQCjWwUA5lsFAPFbBQA4XAUAQFwFAIpcBQCaXAUA3FwFAOpcBQAuXQUAP10FAIBdBQCMXQUA0l0FANpdBQDOHA4AKl4FAHZeBQB+XgUAyF4FAM9eBQAaXwUAKF8FAGxfBQByXwUAvl8FAMpfBQAQYAUAH2AFAGJgBQBsYAUAtGAFALlgBQAGYQUADGEFAFhhBQBsYQUAqmEFALJhBQD8YQUAJGIFAE5iBQBXYgUAoGIFAK1iBQDyYgUAAGMFAERjBQBXYwUAlmMFALJjBQAgHQ4A7WMFADpkBQBHZAUAjGQFAJlkBQDeZAUA6mQFADBlBQA/ZQUAgmUFAIxlBQDUZQUA4mUFACZmBQArZgUAeGYFAIVmBQDKZgUA0mYFABxnBQAiZwUAbmcFAHpnBQDAZwUA0GcFABJoBQAbaAUAZGgFAGdoBQC2aAUAwmgFAAhpBQAPaQUAch0OAIJpBQCsaQUAtWkFAP5pBQALagUAUGoFAF5qBQCiagUAtWoFAPRqBQAQawUAxB0OAFRrBQCYawUArmsFAOprBQD2awUAPGwFAENsBQCObAUAlmwFAOBsBQDlbAUAMm0FADttBQCEbQUAjm0FABYeDgDXbQUAKG4FADRuBQB6bgUAgG4FAMxuBQDObgUAHm8FAChvBQBwbwUAfm8FAMJvBQDHbwUAFHAFACFwBQBmcAUAbnAFALhwBQDCcAUACnEFABhxBQBccQUAcnEFAK5xBQC6cQUAAHIFAAdyBQBScgUAWnIFAKRyBQCpcgUA9nIFAP9yBQBIcwUAUnMFAGgeDgCocwUA7HMFAAJ0BQA+dAUASnQFAJB0BQCVdAUA4nQFAOt0BQA0dQUAPnUFAIZ1BQCSdQUA2HUFAN51BQAqdgUAMHYFAHx2BQCBdgUAznYFANR2BQC6Hg4AJXcFAHJ3BQB/dwUAxHcFANF3BQAWeAUAIngFAGh4BQB3eAUAungFAMR4BQAMeQUAGnkFAF55BQBjeQUAsHkFAL15BQACegUACnoFAFR6BQBeegUApnoFALR6BQD4egUADnsFAEp7BQBWewUAnHsFAKF7BQDuewUA93sFAEB8BQBKfAUAsB8OAJ58BQDkfAUA9XwFADZ9BQBCfQUAiH0FAJd9BQDafQUA5H0FACx+BQA6fgUAfn4FAIN+BQDQfgUA3X4FACJ/BQAsfwUAdH8FAC5/BQD6ggUAgn8FAMZ/BQDcfwUAGIAFACSABQBqgAUAb4AFALyABQDFgAUADoEFABiBBQBggQUAbIEFALKBBQC4gQUABIIFAAqCBQBWggUAW4IFAKiCBQCuggUAAiAOAACDBQBMgwUAUoMFAJ6DBQCjgwUA8IMFAPaDBQBUIA4AUIQFAJSEBQCqhAUA5oQFAPKEBQA4hQUAPYUFAIqFBQCThQUA3IUFAOaFBQAuhgUAOoYFAICGBQCThgUA0oYFAOGGBQAkhwUAMIcFAHaHBQB3hwUAyIcFANKHBQAaiAUAKIgFAGyIBQBxiAUAvogFAMuIBQCmIA4AH4kFAGKJBQCCiQUAtIkFAMCJBQAGigUAEIoFAFiKBQBdigUAqooFAKuKBQD8igUACIsFAE6LBQBbiwUAoIsFAKyLBQDyiwUABYwFAESMBQBTjAUAlowFAKKMBQDojAUA6YwFADqNBQBEjQUAjI0FAJqNBQDejQUA440FADCOBQA9jgUA+CAOAJ6OBQBKIQ4A2o4FACaPBQAsjwUAeI8FAH2PBQDKjwUA0I8FAJwhDgAhkAUAbpAFAHGQBQDAkAUAzJAFABKRBQAYkQUAZJEFAH+RBQC2kQUAwpEFAAiSBQAOkgUAWpIFAFySBQCskgUAx5IFAP6SBQAAkwUAUJMFAF6TBQCikwUAs5MFAPSTBQD2kwUARpQFAF+UBQCYlAUAqZQFAOqUBQD2lAUAkiIOAEaVBQCOlQUAnJUFAOCVBQD2lQUAMpYFAD6WBQCElgUAiZYFANaWBQDflgUAKJcFADKXBQB6lwUAgpcFAMyXBQDRlwUAHpgFAC2YBQBwmAUAf5gFAMKYBQDLmAUAFJkFABqZBQBmmQUAbJkFALiZBQDEmQUACpoFABGaBQBcmgUAZJoFAK6aBQCwmgUAAJsFABCbBQBSmwUAXJsFAKSbBQCwmwUA9psFAPybBQBInAUAUJwFAOQiDgCmnAUA7JwFAP2cBQA+nQUASp0FAJCdBQCfnQUA4p0FAOydBQA0ngUAQp4FAIaeBQCLngUA2J4FAOWeBQAqnwUAMp8FAHyfBQCGnwUAOrYFAIifBQDOnwUA1J8FACCgBQAmoAUAcqAFAHegBQDEoAUAyqAFADYjDgAioQUAaKEFAG6hBQC6oQUA1aEFAAyiBQAYogUAXqIFAGSiBQCwogUAuKIFAAKjBQAFowUAVKMFAGCjBQCmowUAt6MFAPijBQAEpAUASqQFAFmkBQCcpAUApqQFAO6kBQD8pAUAQKUFAEWlBQCSpQUAn6UFAOSlBQDspQUANqYFAECmBQCIpgUAlqYFANqmBQDwpgUALKcFADinBQB+pwUAg6cFANCnBQDZpwUAIqgFACyoBQAsJA4AeqgFAMaoBQDMqAUAGKkFACSpBQBqqQUAd6kFALypBQDGqQUADqoFABaqBQBgqgUAaqoFALKqBQC3qgUABKsFAAWrBQBWqwUAW6sFAKirBQC5qwUA+qsFAP+rBQBMrAUAY6wFAJ6sBQCyrAUA8KwFAAytBQBCrQUASq0FAH4kDgCcrQUA5q0FAPCtBQA4rgUATK4FAIquBQCLrgUA3K4FAOiuBQAurwUASq8FAICvBQCIrwUA0CQOANuvBQAksAUAMrAFAHawBQAzsAUAkn0JAICwBQDIsAUAyrAFABqxBQAzsQUAbLEFAH2xBQC+sQUAyrEFABCyBQAYsgUAIiUOAG6yBQC0sgUAurIFAAazBQAhswUAWLMFAGSzBQCqswUAsLMFAPyzBQD/swUATrQFAFa0BQCgtAUAsLQFAPK0BQD3tAUARLUFAE21BQCWtQUAo7UFAOi1BQDvtQUAdCUOAEi2BQCMtgUAorYFAN62BQDqtgUAMLcFADW3BQCCtwUAi7cFANS3BQDetwUAJrgFAEK4BQB4uAUAgLgFAMYlDgDPuAUAHLkFACS5BQBuuQUAcLkFAMC5BQDbuQUAEroFABS6BQBkugUAcroFALa6BQDHugUACLsFAAq7BQBauwUAc7sFAKy7BQC9uwUA/rsFAAq8BQBQvAUAWLwFABgmDgCuvAUA9LwFAPq8BQBGvQUAYb0FAJi9BQCkvQUA6r0FAPC9BQA8vgUAP74FAGomDgCrvgUA4L4FAOG+BQAyvwUAQb8FAIS/BQCJvwUA1r8FAOO/BQAowAUANcAFAHrABQCGwAUAzMAFANvABQAewQUAKMEFAHDBBQB+wQUAwsEFAMfBBQAUwgUAIcIFAGbCBQBywgUAuMIFAL7CBQAKwwUAy8IFAIrXBQAQwwUAXMMFAGHDBQCuwwUAtMMFALwmDgAFxAUAUsQFAHLEBQCkxAUAsMQFAPbEBQD8xAUASMUFAFDFBQDu9gUAUcUFAJrFBQCnxQUA7MUFAPLFBQA+xgUASsYFAJDGBQCSxgUA4sYFAPHGBQA0xwUAP8cFAIbHBQCIxwUA2McFAPHHBQAqyAUAO8gFAHzIBQCIyAUAzsgFANrIBQAgyQUAM8kFAHLJBQCByQUAxMkFANDJBQAWygUAF8oFAGjKBQByygUAusoFAMjKBQAMywUAEcsFAF7LBQBrywUADicOAL3LBQACzAUAFswFAFTMBQBwzAUApswFAMLMBQBgJw4AB80FAErNBQBLzQUAnM0FAKvNBQDuzQUA880FAEDOBQBNzgUAks4FAJ/OBQDkzgUA8M4FADbPBQBFzwUAiM8FAJLPBQDazwUA6M8FACzQBQAx0AUAftAFAIvQBQDQ0AUA4NAFACLRBQAk0QUAdNEFAILRBQDG0QUA19EFALInDgAf0gUABCgOAG/SBQC80gUAydIFAA7TBQAb0wUAYNMFAGbTBQCy0wUAvtMFAATUBQAU1AUAVtQFAF/UBQCo1AUAq9QFAPrUBQAG1QUATNUFAFPVBQBWKA4AqtUFAPDVBQAA1gUAQtYFAEvWBQCU1gUAl9YFAObWBQDy1gUAONcFAD/XBQCoKA4AmdcFANzXBQDo1wUALtgFAC/YBQCA2AUAitgFANLYBQDg2AUAJNkFACnZBQB22QUAg9kFAPooDgDN2QUAGtoFACnaBQBs2gUAjNoFAL7aBQDK2gUAENsFABrbBQBi2wUAatsFALTbBQDA2wUABtwFAAzcBQBY3AUAXtwFAKrcBQCv3AUA/NwFAALdBQDwKQ4AU90FAKDdBQCp3QUA8t0FAAPeBQBE3gUAS94FAJbeBQCe3gUA6N4FAPXeBQA63wUAP98FAIzfBQCW3wUA3t8FAObfBQAw4AUAP+AFAILgBQCH4AUA1OAFAOHgBQAm4QUAM+EFAHjhBQCE4QUAyuEFANnhBQAc4gUAJuIFAG7iBQB24gUAwOIFAMriBQAS4wUAF+MFAGTjBQBs4wUA5ioOALvjBQAI5AUAC+QFAFrkBQBk5AUAOCsOALLkBQD+5AUAA+UFAFDlBQBw5QUAouUFAK7lBQD05QUA+uUFAEbmBQBJ5gUAmOYFAJrmBQDq5gUABecFADznBQA+5wUAjucFAJznBQDg5wUA8ecFADLoBQA06AUAhOgFAJ3oBQDW6AUA5+gFACjpBQA06QUAiisOAIrpBQDM6QUA7OkFAB7qBQAg6gUAcOoFAHzqBQD4hgwAf+oFAKoFBgCM6gUAehIGAJnqBQDC6gUAxeoFABTrBQAh6wUA4u8FACPrBQBm6wUAa+sFALjrBQDF6wUACuwFABfsBQBc7AUAaOwFAK7sBQC97AUAAO0FAArtBQBS7QUAYO0FAKTtBQCp7QUA9u0FAAPuBQBI7gUAVO4FAJruBQCg7gUA7O4FAPLuBQA+7wUAQ+8FAJDvBQCW7wUA3CsOAOvvBQA08AUASvAFAIbwBQCf8AUA2PAFAOTwBQAq8QUAMPEFAHzxBQCB8QUAzvEFAN7xBQAg8gUAJvIFAHLyBQB+8gUAxPIFAM7yBQAW8wUAHPMFAGjzBQB28wUAuvMFAMbzBQAM9AUAD/QFAF70BQBq9AUAsPQFAMP0BQAC9QUAEfUFAFT1BQBg9QUApvUFALL1BQD49QUA//UFAEr2BQBW9gUAnPYFAKP2BQAuLA4ABPcFAED3BQBC9wUAkvcFAKb3BQDk9wUA7PcFADb4BQBD+AUAiPgFAI34BQDa+AUA5PgFACz5BQA0+QUAfvkFAJf5BQDQ+QUA3PkFACL6BQAq+gUAgCwOAI/6BQDG+gUAyPoFABj7BQAm+wUAavsFAHv7BQC8+wUAvvsFAA78BQAn/AUAYPwFAHH8BQCy/AUAvvwFANIsDgAJ/QUAVv0FAF/9BQCo/QUAuf0FAPr9BQAB/gUATP4FAFT+BQCe/gUAq/4FAPD+BQD1/gUAQv8FAEz/BQCU/wUAnP8FAOb/BQD//wUAOAAGAEQABgCKAAYAkgAGAHYtDgDfAAYALgEGADgBBgCAAQYAggEGANIBBgDrAQYAJAIGADUCBgB2AgYAhAIGAMgCBgDLAgYAGgMGACUDBgBsAwYAeAMGAL4DBgDFAwYAyC0OABUEBgBiBAYAagQGALQEBgDCBAYABgUGAAcFBgBYBQYAcwUGABouDgCvBQYA/AUGAAkGBgBOBgYAWwYGAKAGBgCsBgYA8gYGAAEHBgBEBwYATgcGAJYHBgCkBwYA6AcGAO0HBgA6CAYARwgGAIwIBgCYCAYA3ggGAOQIBgAwCQYANgkGAIIJBgCHCQYA1AkGANoJBgBsLg4AMwoGAHgKBgB6CgYAygoGAOMKBgAcCwYALQsGAG4LBgB6CwYAwAsGAMgLBgBiLw4AFwwGAGQMBgBsDAYAtgwGAM8MBgAIDQYADQ0GAFoNBgBfDQYArA0GALYNBgD+DQYAAQ4GAFAOBgBaDgYAog4GAKgOBgD0DgYA9g4GAEYPBgBHDwYAmA8GAKAPBgDqDwYA+g8GADwQBgBCEAYAjhAGAJMQBgDgEAYA9hAGADIRBgA6EQYAhBEGAKwRBgDWEQYA+REGACgSBgBHEgYAtC8OAIISBgAGMA4A3RIGAB4TBgAsEwYAcBMGAHwTBgDCEwYAzxMGABQUBgAeFAYAZhQGAG4UBgC4FAYAwxQGAAoVBgAMFQYAXBUGAF8VBgCuFQYAthUGAAAWBgAGFgYAUhYGAFsWBgCkFgYAsRYGAPYWBgD+FgYASBcGAE0XBgCaFwYAoxcGAOwXBgD2FwYAPhgGAEYYBgCQGAYAlRgGAOIYBgDyGAYANBkGADwZBgCGGQYAiBkGANgZBgDzGQYAKhoGACwaBgB8GgYAihoGAM4aBgDfGgYAIBsGACIbBgByGwYAixsGAMQbBgDVGwYAFhwGACIcBgBoHAYAcBwGAFgwDgDAHAYADB0GABEdBgBeHQYAfh0GALAdBgC8HQYAAh4GAAgeBgBUHgYAVx4GAKYeBgCuHgYA+B4GAAIfBgBKHwYATx8GAJwfBgCkHwYA7h8GAPgfBgBAIAYAQiAGAJIgBgCjIAYA5CAGAAQhBgA2IQYAPiEGAIghBgCSIQYA2iEGAN8hBgCqMA4AQCIGAH4iBgCGIgYA0CIGANUiBgAiIwYAMiMGAHQjBgB8IwYAxiMGANAjBgAYJAYAIyQGAGokBgB2JAYAvCQGAMQkBgD8MA4AGiUGAGAlBgBsJQYAsiUGALklBgAEJgYADCYGAFYmBgBvJgYAqCYGAK4mBgD6JgYA/yYGAEwnBgBsJwYAnicGAKonBgDwJwYA9icGAEIoBgBFKAYATjEOAJYoBgDmKAYAoigGAMJxDQDpKAYAOCkGAEIpBgCKKQYAmCkGANwpBgDrKQYALioGADEqBgCAKgYARioGAARPBgBKKgYASEAGAIwqBgDSKgYA1CoGACQrBgAqKwYAdisGAIUrBgDIKwYA0ysGABosBgAiLAYAKI0GADQsBgBsLAYAeCwGAL4sBgDRLAYAEC0GAB8tBgBiLQYAbi0GALQtBgC1LQYABi4GABAuBgBYLgYAZi4GAKouBgCvLgYA/C4GAAkvBgCgMQ4AaC8GAKAvBgCvLwYA8i8GAPcvBgBEMAYAUTAGAJYwBgCjMAYA6DAGAPQwBgA6MQYASTEGAIwxBgCWMQYA3jEGAOwxBgAwMgYANTIGAIIyBgCPMgYA1DIGAOAyBgAmMwYALDMGAHgzBgB+MwYAyjMGAM8zBgAcNAYAIjQGAPIxDgBvNAYAwDQGAHc0BgDOWAgAezQGAPJECACONAYA1M0LAMw0BgASNQYAGDUGAFa2CAAfNQYAZDUGAGc1BgC2NQYAwjUGAAg2BgAKNgYAWjYGAGA2BgCsNgYAuzYGAP42BgAJNwYAUDcGAFE3BgCiNwYAtjcGAPQ3BgAOOAYARjgGAFI4BgCYOAYAqzgGAOo4BgD5OAYAPDkGAEg5BgCOOQYAjzkGAOA5BgDqOQYAMjoGAEA6BgCEOgYAiToGANY6BgDjOgYARDIOAEI7BgB6OwYAiTsGAMw7BgDROwYAHjwGACs8BgBwPAYAfTwGAMI8BgDOPAYAFD0GACM9BgBmPQYAcD0GALg9BgDGPQYACj4GAA8+BgBcPgYAaT4GAK4+BgC6PgYAAD8GAAY/BgBSPwYAWD8GAKQ/BgCpPwYA9j8GAPw/BgCWMg4AZEAGAOgyDgCgQAYA7EAGAO5ABgA+QQYAS0EGAJBBBgCTQQYA4kEGAONBBgA0QgYAOUIGAIZCBgCMQgYA2EIGAOJCBgAqQwYARkMGAHxDBgCYQwYAOjMOANRDBgAgRAYAIkQGAHJEBgB/RAYAxEQGAMdEBgAWRQYAF0UGAGhFBgBtRQYAukUGAMBFBgAMRgYAFkYGAF5GBgB6RgYAsEYGAMxGBgCMMw4ACEcGAFRHBgBaRwYApkcGAKtHBgD4RwYA/kcGAN4zDgBYSAYAnEgGALdIBgDuSAYA/EgGAEBJBgBNSQYAkkkGAKlJBgDkSQYA80kGADZKBgA7SgYAiEoGAJVKBgDaSgYA50oGACxLBgA4SwYAfksGAI1LBgDQSwYA2ksGACJMBgAwTAYAdEwGAHlMBgDGTAYA00wGABhNBgAbTQYAak0GAHZNBgC8TQYAwk0GAA5OBgAUTgYAYE4GAGVOBgCyTgYAuE4GADA0DgAOTwYAVk8GAFxPBgCoTwYAqk8GAPpPBgAHUAYATFAGAE9QBgCeUAYAn1AGAPBQBgD1UAYAQlEGAEhRBgCUUQYAnlEGAOZRBgAAUgYAOFIGAEdSBgCKUgYAj1IGANxSBgDpUgYALlMGADtTBgCAUwYAjFMGANJTBgDhUwYAJFQGAC5UBgB2VAYAhFQGAMhUBgDNVAYAGlUGACdVBgBsVQYAdlUGAAhfBgB4VQYAvlUGAMRVBgAQVgYAFlYGAGJWBgBnVgYAtFYGALpWBgCCNA4AC1cGAFhXBgBlVwYAqlcGALdXBgD8VwYACFgGAE5YBgBdWAYAoFgGAKpYBgDyWAYAAFkGAERZBgBJWQYAllkGAKNZBgDoWQYA8FkGADpaBgBGWgYAjFoGAJJaBgDeWgYA5FoGADBbBgA1WwYAglsGAIhbBgB4NQ4A1lsGACZcBgAvXAYAeFwGAHtcBgDKXAYA1lwGABxdBgAjXQYAbl0GAHZdBgDAXQYA2V0GABJeBgAmXgYAZF4GAIBeBgC2XgYAvl4GABw2DgAWXwYAWl8GAHBfBgCsXwYAuF8GAP5fBgADYAYAUGAGAFlgBgCiYAYArGAGAPRgBgAQYQYARmEGAE5hBgBuNg4AnWEGAOphBgD3YQYAPGIGAEliBgCOYgYAmmIGAOBiBgDvYgYAMmMGADxjBgCEYwYAkmMGANZjBgDbYwYAKGQGADVkBgB6ZAYAgmQGAMxkBgDWZAYAHmUGACxlBgBwZQYAhmUGAMJlBgDOZQYAFGYGABlmBgBmZgYAb2YGALhmBgDCZgYACmcGABJnBgBcZwYAa2cGAK5nBgCwZwYAAGgGAAloBgBSaAYAVWgGAKRoBgCwaAYA9mgGAP1oBgBIaQYAUGkGAJppBgCzaQYA7GkGAABqBgA+agYAWmoGAJBqBgCYagYAwDYOAOdqBgA0awYAQWsGAIZrBgCTawYA2GsGAORrBgAqbAYAOWwGAHxsBgCGbAYAzmwGANhsBgAgbQYALm0GAHJtBgCIbQYAxG0GANBtBgAWbgYAG24GAGhuBgBxbgYAum4GAMRuBgAMbwYAGG8GAF5vBgBkbwYAsG8GALZvBgACcAYAB3AGAFRwBgBacAYAEjcOALJwBgD4cAYA/HAGAEpxBgBZcQYAnHEGAKFxBgDucQYA+3EGAEByBgBNcgYAknIGAJ5yBgDkcgYA83IGADZzBgBAcwYAiHMGAJZzBgDacwYA33MGACx0BgA5dAYAfnQGAIp0BgDQdAYA1nQGACJ1BgAodQYAdHUGAHl1BgDGdQYAzHUGAGQ3DgAddgYAanYGAHF2BgC8dgYAyHYGAA53BgAQdwYAYHcGABF3BgDSfAYAe3cGALJ3BgC0dwYABHgGABJ4BgBWeAYAZ3gGAKh4BgCqeAYA+ngGABN5BgBMeQYAXXkGAJ55BgCqeQYA8HkGAPx5BgBCegYAVXoGAJR6BgCjegYA5noGAPJ6BgA4ewYAOXsGAIp7BgCUewYA3HsGAOp7BgAufAYAM3wGAIB8BgCNfAYAtjcOANR8BgAkfQYAP30GAHZ9BgB4fQYAyH0GANZ9BgAafgYAK34GAGx+BgBufgYAvn4GANd+BgAQfwYAIX8GAGJ/BgBufwYAtH8GAMB/BgAGgAYAGYAGAFiABgBngAYAqoAGALaABgD8gAYA/YAGAE6BBgBYgQYAoIEGAK6BBgDygQYA94EGAESCBgBRggYArDgOAJuCBgDoggYA8IIGADqDBgA8gwYAjIMGAJ2DBgDegwYA7IMGADCEBgBLhAYAgoQGAI6EBgDUhAYA3IQGAKI5DgArhQYAeIUGAH+FBgDKhQYA1oUGAByGBgAfhgYAboYGAHaGBgDAhgYA0IYGABKHBgAXhwYAZIcGAG2HBgC2hwYAw4cGAAiIBgAPiAYAWogGAGKIBgD0OQ4AuYgGAP6IBgAGiQYAUIkGAGSJBgCiiQYAp4kGAPSJBgD9iQYARooGAEyKBgCYigYAoIoGAOqKBgD5igYAPIsGAE2LBgCOiwYAl4sGAOCLBgDjiwYAMowGADyMBgCEjAYAkIwGANaMBgDcjAYARjoOADWNBgB6jQYAf40GAMyNBgDTjQYAHo4GACqOBgBwjgYAeI4GAJg6DgDdjgYAFI8GABaPBgBmjwYAdI8GALiPBgDJjwYACpAGAAyQBgBckAYAdZAGAK6QBgC/kAYAAJEGAAyRBgDqOg4AYZEGAKSRBgCzkQYA9pEGAP+RBgBIkgYATpIGAJqSBgCgkgYA7JIGAPiSBgA+kwYARZMGAJCTBgCYkwYA4pMGAOaTBgA0lAYAP5QGAIaUBgCUlAYA2JQGAOmUBgAqlQYANpUGAHyVBgCElQYAPDsOANGVBgAglgYAKpYGAHKWBgB0lgYAxJYGAN2WBgAWlwYAJ5cGAGiXBgB2lwYAupcGAL2XBgAMmAYAF5gGAF6YBgBsmAYAsJgGAL2YBgACmQYAGZkGAFSZBgBcmQYAppkGAKiZBgD4mQYAAJoGAEqaBgBZmgYAnJoGAKGaBgDumgYA+5oGAECbBgBNmwYAkpsGAJ6bBgDkmwYA85sGADacBgBAnAYAiJwGAJacBgDanAYA35wGACydBgA5nQYAfp0GAIadBgDQnQYA2p0GACKeBgAnngYAdJ4GAHyeBgDGngYAyZ4GABifBgA1nwYAap8GAHufBgC8nwYAxJ8GAA6gBgARoAYAYKAGAGygBgCyoAYAuKAGAAShBgAfoQYAVqEGAGKhBgCooQYArqEGAI47DgAJogYATKIGAE2iBgCeogYA1KIGAPCiBgD+ogYAQqMGAEOjBgCUowYAnKMGAOajBgD1owYAOKQGAD2kBgCKpAYAl6QGANykBgDppAYALqUGADqlBgCApQYAj6UGANKlBgDcpQYAJKYGADKmBgB2pgYAe6YGAMimBgDVpgYAGqcGACKnBgBspwYAdqcGAL6nBgDDpwYAEKgGABioBgBiqAYAbKgGALSoBgC/qAYABqkGABKpBgBYqQYAYKkGAOA7DgCvqQYA/KkGAP+pBgBOqgYAWKoGAKCqBgCoqgYAMjwOAACrBgBEqwYAWqsGAJarBgCiqwYA6KsGAO2rBgA6rAYAQ6wGAIysBgCWrAYA3qwGAOasBgAwrQYAPK0GAIKtBgCVrQYA1K0GANWtBgAmrgYANK4GAHiuBgB+rgYAyq4GANauBgAcrwYAI68GAIQ8DgBvrwYAwK8GAMyvBgASsAYAH7AGAGSwBgBssAYAtrAGAMCwBgAIsQYAF7EGAFqxBgBbsQYArLEGALSxBgD+sQYADbIGAFCyBgBVsgYAorIGAK+yBgD0sgYAAbMGAEazBgBSswYAmLMGAKezBgDqswYA9LMGADy0BgBKtAYAjrQGAJO0BgDgtAYA7bQGADK1BgA6tQYAhLUGAIi1BgDWtQYA5LUGACi2BgAytgYAerYGAIW2BgDMtgYA1LYGAB63BgAptwYAcLcGAHW3BgDCtwYAxbcGABS4BgAeuAYAZrgGAG64BgC4uAYA17gGANY8DgAMuQYAXLkGAF25BgCuuQYAuLkGAAC6BgAOugYAUroGAG26BgCkugYAsLoGAPa6BgD+ugYAKD0OAFS7BgCauwYAoLsGAOy7BgAHvAYAPrwGAEq8BgCQvAYAlrwGAOK8BgDqvAYANL0GAEK9BgCGvQYAib0GANi9BgDgvQYAKr4GADO+BgB8vgYAib4GAM6+BgDQvgYAIL8GADu/BgByvwYAdL8GAMS/BgDSvwYAFsAGACfABgBowAYAasAGALrABgDTwAYADMEGAB3BBgBewQYAasEGALDBBgC4wQYAej0OAAjCBgBUwgYAXMIGAKbCBgCtwgYA+MIGAP3CBgBKwwYAVsMGAJzDBgCfwwYA7sMGAPbDBgBAxAYATcQGAJLEBgCXxAYA5MQGAO7EBgA2xQYAPsUGAIjFBgCUxQYA2sUGAO3FBgAsxgYAOsYGAH7GBgCBxgYA0MYGANrGBgDMPQ4AJccGAHTHBgB8xwYAxscGAMnHBgAYyAYAJMgGAGrIBgBwyAYAvMgGANfIBgAOyQYAGskGAGDJBgBmyQYAsskGALrJBgAEygYAEsoGAFbKBgBZygYAqMoGALDKBgD6ygYAA8sGAEzLBgBZywYAnssGAKDLBgDwywYAC8wGAELMBgBEzAYAlMwGAKLMBgDmzAYA98wGADjNBgA6zQYAis0GAKPNBgDczQYA7c0GAC7OBgA6zgYAgM4GAIjOBgAePg4A2M4GACTPBgAszwYAds8GAH3PBgDIzwYAzc8GABrQBgAm0AYAbNAGAG/QBgC+0AYAxtAGABDRBgAd0QYAYtEGAGfRBgC00QYAvtEGAAbSBgAO0gYAWNIGAGTSBgCq0gYAvdIGAPzSBgAK0wYATtMGAFHTBgCg0wYAqtMGAHA+DgD10wYARNQGAFDUBgCW1AYAnNQGAOjUBgAD1QYAOtUGAEbVBgCM1QYAktUGAN7VBgDm1QYAMNYGAD7WBgCC1gYAhdYGANTWBgDc1gYAJtcGAC/XBgB41wYAhdcGAMrXBgDM1wYAHNgGADfYBgBu2AYAcNgGAMDYBgDO2AYAEtkGACPZBgBk2QYAZtkGALbZBgDP2QYACNoGABnaBgBa2gYAZtoGAKzaBgC02gYAwj4OAATbBgBQ2wYAWNsGAKLbBgCp2wYA9NsGAPnbBgBG3AYAUtwGAJjcBgCb3AYA6twGAPLcBgA83QYASd0GAI7dBgCT3QYA4N0GAOrdBgAy3gYAOt4GAITeBgCQ3gYA1t4GAOneBgAo3wYANt8GAHrfBgB93wYAzN8GANbfBgAUPw4AIOAGAHDgBgAj4AYA9rAHACfgBgDCHw0AKuAGABpCDAAs4AYA+hIIAHrgBgCMmQwAgeAGAMLgBgDT4AYAFOEGACLhBgBm4QYAguEGALjhBgDU4QYAZj8OABjiBgBc4gYAaeIGAK7iBgDF4gYAAOMGAAzjBgBS4wYAWOMGAKTjBgCq4wYA9uMGAPvjBgBI5AYATuQGALg/DgCf5AYA7OQGAPTkBgA+5QYAQeUGAJDlBgCc5QYA4uUGAOjlBgA05gYAT+YGAIbmBgCS5gYA2OYGAN7mBgAq5wYAMucGAHznBgB+5wYAzucGAOnnBgAg6AYAIugGAHLoBgCA6AYAxOgGANXoBgAW6QYAGOkGAGjpBgCB6QYAuukGAMvpBgAM6gYAGOoGAK5ADgB06gYAsOoGAL/qBgAC6wYA2eoGANDvBgAE6wYAVOsGAGPrBgCm6wYAsesGAPjrBgAE7AYASuwGAE3sBgCc7AYAUewGABr5BgBm7AYABPMGAKjsBgDu7AYA9OwGAEDtBgBb7QYAku0GAJ7tBgDk7QYA6u0GADbuBgBC7gYAiO4GAI7uBgDa7gYA4O4GACzvBgAx7wYAfu8GAITvBgAAQQ4A0+8GACLwBgA+8AYAdPAGAHzwBgD2QQ4A0vAGABjxBgAe8QYAavEGAIXxBgC88QYAyPEGAA7yBgAU8gYAYPIGAGjyBgCy8gYA0/IGAEhCDgAM8wYAmkIOAFvzBgCo8wYAtfMGAPrzBgAH9AYATPQGAFj0BgCe9AYArfQGAPD0BgD69AYAQvUGAEr1BgCU9QYAnvUGAOb1BgD09QYAOPYGAE72BgCK9gYAlvYGANz2BgDh9gYALvcGADf3BgCA9wYAivcGANL3BgDa9wYAJPgGAC74BgB2+AYAe/gGAMj4BgDQ+AYA7EIOACb5BgBs+QYAf/kGAL75BgDN+QYAEPoGABz6BgBi+gYAY/oGALT6BgC++gYABvsGABT7BgBY+wYAXfsGAKr7BgC3+wYAPkMOAAf8BgBO/AYAWvwGAKD8BgCm/AYA8vwGAP78BgBE/QYATP0GADREDgCZ/QYA6P0GAPD9BgA6/gYAR/4GAIz+BgCR/gYA3v4GAOb+BgAw/wYAMv8GAIL/BgCd/wYA1P8GANb/BgAmAAcANAAHAHgABwCJAAcAygAHAMwABwAcAQcANQEHAG4BBwB/AQcAwAEHAMwBBwASAgcAGgIHAIZEDgBpAgcAtgIHAMMCBwAIAwcAFQMHAFoDBwBmAwcArAMHALsDBwD+AwcACAQHAFAEBwBeBAcAogQHAKcEBwD0BAcAAQUHAEYFBwBOBQcAmAUHAJoFBwDqBQcA9AUHADwGBwBEBgcA2EQOAJkGBwDgBgcA7gYHADIHBwA1BwcAhAcHAIwHBwDWBwcA7AcHACgIBwAtCAcAeggHAJAIBwDMCAcA2AgHAB4JBwArCQcAcAkHAHoJBwAqRQ4A0AkHABQKBwAtCgcAZgoHAHwKBwC4CgcAxwoHAAoLBwAkCwcAXAsHAF8LBwAqEAcAZwsHAPgUBwBrCwcArgsHALMLBwAADAcADQwHAFIMBwBfDAcApAwHALAMBwD2DAcABQ0HAEgNBwBSDQcAmg0HAKgNBwDsDQcA8Q0HAD4OBwBLDgcAkA4HAJwOBwDiDgcA6A4HADQPBwA6DwcAhg8HAIsPBwDYDwcA3g8HAHxFDgA2EAcAfBAHAIIQBwDOEAcA6RAHACARBwAsEQcAchEHAHgRBwDEEQcAyxEHABYSBwAbEgcAsBMHACISBwBoEgcAahIHALoSBwDBEgcADBMHACgTBwBeEwcAZhMHAHJGDgC0EwcAAhQHAA8UBwBUFAcAcBQHAKYUBwCuFAcAxEYOAP0UBwBKFQcATRUHAJwVBwCmFQcA7hUHAP8VBwBAFgcARRYHAJIWBwCXFgcA5BYHAAQXBwA2FwcAPxcHAIgXBwCJFwcA2hcHAOYXBwAsGAcAMhgHAH4YBwCEGAcA0BgHANUYBwAiGQcAKBkHABZHDgB2GQcAxhkHAMwZBwAYGgcAOBoHAGoaBwB2GgcAvBoHAMMaBwAOGwcAFhsHAGAbBwBnGwcAshsHAL4bBwAEHAcABhwHAFYcBwBdHAcADEgOAKocBwD6HAcA/RwHAEwdBwBUHQcAnh0HAK4dBwDwHQcA8h0HAEIeBwBQHgcAlB4HAKUeBwBeSA4A7R4HALBIDgBFHwcAih8HAJEfBwDcHwcA5B8HAC4gBwA8IAcAgCAHAIMgBwDSIAcA2iAHACQhBwArIQcAdiEHAIQhBwDIIQcAyyEHABoiBwAcIgcAbCIHAIUiBwC+IgcAzyIHABAjBwAcIwcAYiMHAGkjBwC0IwcAvCMHAAYkBwAPJAcAWCQHAGUkBwCqJAcAtCQHAPwkBwAKJQcATiUHAF8lBwCgJQcAqCUHAPIlBwD8JQcARCYHAFImBwCWJgcArCYHAOgmBwD0JgcAOicHAEEnBwCMJwcAlCcHAN4nBwDkJwcAMCgHADwoBwCCKAcAjCgHANQoBwDaKAcAJikHADopBwBUSQ4AfSkHAMopBwDNKQcAHCoHACYqBwBuKgcAcCoHAMAqBwDbKgcAEisHABQrBwBkKwcAcisHALYrBwDHKwcACCwHAAosBwBaLAcAcywHAKwsBwC9LAcA/iwHAAotBwCmSQ4AbS0HAKItBwCzLQcA9C0HABAuBwBGLgcATi4HAPhJDgCdLgcA6i4HAPIuBwA8LwcARy8HAI4vBwCTLwcA4C8HAOMvBwAyMAcAPDAHAIQwBwCHMAcA1jAHAN4wBwAoMQcAKjEHAHoxBwCVMQcAzDEHAM4xBwAeMgcALDIHAHAyBwCBMgcAwjIHAMQyBwAUMwcALTMHAGYzBwB3MwcAuDMHAMQzBwAKNAcAEjQHAEpKDgBpNAcArjQHALY0BwAANQcACjUHAFI1BwBdNQcApDUHALA1BwD2NQcA/jUHAJxKDgBNNgcAmjYHAJ82BwDsNgcA/TYHAO5KDgBLNwcAkDcHAJI3BwDiNwcA+zcHADQ4BwBFOAcAhjgHAJI4BwDYOAcA4DgHAEBLDgAvOQcAfDkHAIQ5BwDOOQcA3TkHACA6BwAmOgcAcjoHAH46BwDEOgcAxjoHABY7BwAgOwcAaDsHAHQ7BwC6OwcAwjsHAJJLDgAYPAcAXjwHAGE8BwCwPAcAszwHAAI9BwAQPQcAVD0HAFk9BwCmPQcAsz0HAORLDgAJPgcASj4HAFI+BwCcPgcAVz4HAJRHBwCnPgcA7j4HAPM+BwBAPwcAQz8HAJI/BwCcPwcA5D8HAAdABwA2QAcAOUAHAIhABwCsQAcA2kAHAOJABwA2TA4AMkEHAH5BBwCMQQcA0EEHANxBBwAiQgcAKUIHAHRCBwB8QgcAxkIHANZCBwAYQwcAHUMHAGpDBwBwQwcAvEMHAMRDBwAORAcAK0QHAGBEBwBpRAcAskQHAL5EBwAERQcACkUHAFZFBwBqRQcAqEUHALBFBwD6RQcACkYHAExGBwBORgcAnkYHAKxGBwDwRgcAAUcHAIhMDgBJRwcA2kwOAJlHBwDmRwcA7UcHADhIBwBESAcAikgHAI1IBwDcSAcA7EgHAC5JBwAwSQcAgEkHAI5JBwDSSQcA40kHACxNDgArSgcAfk0OAIlKBwDISgcA10oHABpLBwAmSwcAbEsHAG1LBwC+SwcAyEsHABBMBwAeTAcAYkwHAGdMBwC0TAcAwUwHANBNDgALTQcAWE0HAGFNBwCqTQcAu00HAPxNBwADTgcATk4HAFZOBwCgTgcArU4HAPJOBwD3TgcARE8HAE5PBwCWTwcAnk8HAOhPBwDuTwcAOlAHAEZQBwCMUAcAjlAHAN5QBwDtUAcAMFEHADtRBwCCUQcAilEHANRRBwDWUQcAJlIHADNSBwB4UgcAjFIHAMpSBwDSUgcAHFMHACtTBwBuUwcAc1MHAMBTBwDNUwcAElQHABxUBwBkVAcAZlQHALZUBwDFVAcACFUHABJVBwBaVQcAYlUHAKxVBwCtVQcA/lUHAANWBwBQVgcAXlYHAKJWBwCvVgcA9FYHAP5WBwDGTg4ASVcHAJhXBwCkVwcAVGYHALRXBwDqVwcA8lcHABhPDgBBWAcAjlgHAJZYBwDgWAcA41gHADJZBwA+WQcAhFkHAIpZBwDWWQcA8VkHAChaBwA0WgcAeloHAIBaBwDMWgcAz1oHAB5bBwAmWwcAcFsHAHJbBwDCWwcA3VsHABRcBwAWXAcAZlwHAHRcBwC4XAcAyVwHAApdBwAMXQcAXF0HAHVdBwCuXQcAv10HAABeBwAMXgcAUl4HAFpeBwBqTw4AqV4HAPZeBwD8XgcASF8HAFBfBwCaXwcAqV8HAOxfBwDxXwcAPmAHAEtgBwCQYAcAnWAHAOJgBwDuYAcANGEHAENhBwCGYQcAkGEHANhhBwDmYQcAKmIHAC9iBwB8YgcAiWIHALxPDgDaYgcAIGMHACZjBwByYwcAjWMHAMRjBwDQYwcAFmQHABxkBwBoZAcAa2QHALpkBwDGZAcADGUHABJlBwBeZQcAZGUHALBlBwC1ZQcAAmYHAAhmBwAOUA4AWmYHAKZmBwCsZgcA+GYHAP1mBwBKZwcAUGcHAGBQDgChZwcA7mcHAPtnBwBAaAcATWgHAJJoBwCeaAcA5GgHAPNoBwA2aQcAQGkHAIhpBwCWaQcA2mkHAN9pBwAsagcAOWoHAH5qBwCWagcA0GoHANZqBwAiawcALmsHAHRrBwCEawcAxmsHAM9rBwAYbAcAG2wHAGpsBwB2bAcAvGwHAMNsBwBWUQ4AEG0HAGBtBwBqbQcAsm0HALVtBwAEbgcADG4HAFZuBwBZbgcAqG4HALRuBwD6bgcAAG8HAExvBwBnbwcAnm8HAKpvBwDwbwcA9m8HAKhRDgBicAcAlHAHAJ9wBwDmcAcA63AHADhxBwBBcQcAinEHAI1xBwDccQcA6HEHAC5yBwA6cgcAbnwHAEZyBwCAcgcAh3IHANJyBwDYcgcAJHMHADJzBwB2cwcAkXMHAMhzBwDUcwcAGnQHACB0BwBsdAcAhnQHAL50BwDKdAcAEHUHABZ1BwBidQcAaHUHALR1BwC5dQcABnYHAAx2BwD6UQ4AZXYHAKp2BwC2dgcA/HYHAAZ3BwBOdwcAUncHAKB3BwCldwcA8ncHAPh3BwBEeAcAZHgHAJZ4BwCieAcA6HgHAO54BwA6eQcAQHkHAIx5BwCReQcA3nkHAOR5BwCeUg4ANXoHAIJ6BwCJegcA1HoHAOB6BwAmewcAQnsHAHh7BwCAewcAlFMOAAF8BwAcfAcAQnwHAOZTDgCBfAcAwHwHAM98BwASfQcAHn0HAGR9BwBlfQcAtn0HAMB9BwAIfgcAFn4HAFp+BwBffgcArH4HALl+BwA4VA4ABn8HAC5VDgBVfwcAon8HAK9/BwD0fwcAAYAHAEaABwBSgAcAmIAHAKeABwDqgAcA9IAHADyBBwBKgQcAjoEHAJOBBwDggQcA7YEHADKCBwA6ggcAhIIHAIqCBwDWggcA4oIHACiDBwA4gwcAeoMHAIODBwDMgwcAz4MHAB6EBwAqhAcAcIQHAHeEBwCAVQ4AzYQHABSFBwAghQcAZoUHAG6FBwDSVQ4AxYUHAAqGBwARhgcAXIYHAF2GBwCuhgcAs4YHAACHBwAOhwcAUocHAF+HBwCkhwcArocHAPaHBwD+hwcASIgHAFGIBwCaiAcAoIgHAOyIBwD9iAcAPokHAFqJBwCQiQcAmIkHACRWDgDtiQcANIoHAD6KBwCGigcAkIoHANiKBwDZigcAdlYOAC+LBwB8iwcAiYsHAM6LBwDbiwcAIIwHACyMBwByjAcAgYwHAMSMBwDOjAcAFo0HAB6NBwBojQcAco0HALqNBwC/jQcADI4HABSOBwDIVg4AaY4HALCOBwC8jgcAAo8HAAqPBwAaVw4AWY8HAKaPBwC1jwcA+I8HABiQBwBKkAcAVpAHAJyQBwCikAcA7pAHAPaQBwBAkQcAR5EHAJKRBwCUkQcA5JEHAPCRBwA2kgcATJIHAIiSBwCNkgcA2pIHAOeSBwBsVw4AMZMHAH6TBwCNkwcA0JMHAPCTBwAilAcALpQHAHSUBwB6lAcAxpQHAM6UBwAYlQcAH5UHAGqVBwBslQcAvJUHAMiVBwAOlgcAJJYHAGCWBwBllgcAspYHAL+WBwAElwcADJcHAFaXBwBclwcAqJcHALGXBwD6lwcAB5gHAEyYBwBZmAcAnpgHAKyYBwDwmAcA/ZgHAEKZBwBZmQcAlJkHAMKZBwC+Vw4A7JkHADiaBwDzmQcAzFEMAE6aBwCKmgcAmJoHANyaBwDfmgcALpsHADGbBwCAmwcAjpsHANKbBwDXmwcAJJwHADGcBwB2nAcAfpwHAMicBwDPnAcAGp0HACadBwBsnQcAeZ0HAL6dBwDMnQcAEJ4HAByeBwBingcAaZ4HALSeBwC8ngcABp8HAAqfBwBYnwcAY58HAKqfBwC4nwcA/J8HAA2gBwBOoAcAWqAHAKCgBwCooAcAEFgOAPigBwBEoQcAWKEHAJahBwCkoQcA6KEHAPWhBwA6ogcAUaIHAIyiBwCUogcA3qIHAOiiBwAwowcANaMHAIKjBwCKowcA1KMHAOOjBwAmpAcAK6QHAHikBwCFpAcAyqQHANekBwAcpQcAKKUHAG6lBwB9pQcAwKUHAMqlBwASpgcAGqYHAGSmBwBupgcAtqYHALumBwAIpwcAEKcHAGJYDgBlpwcArKcHALinBwD+pwcABqgHALRYDgBVqAcAoqgHALGoBwD0qAcAFKkHAEapBwBSqQcAmKkHAJ6pBwDqqQcA8qkHADyqBwBDqgcAjqoHAJCqBwDgqgcA7KoHADKrBwBIqwcAhKsHAImrBwDWqwcA46sHAAZZDgAxrAcAeqwHAICsBwDMrAcA2qwHAB6tBwArrQcAcK0HAIetBwDCrQcAyq0HABSuBwAjrgcAZq4HAGuuBwC4rgcAxa4HAAqvBwAXrwcAXK8HAGivBwCurwcAva8HAACwBwAKsAcAUrAHAG6wBwCksAcArLAHAFhZDgADsQcAVGcLAAWxBwBIsQcAUrEHAHCuCwBosQcAmrEHAKaxBwDssQcA8rEHAD6yBwBGsgcAqvEHAEqyBwCQsgcAWLIHAIbcBwCjsgcA4rIHAPGyBwA0swcAQLMHAIazBwCHswcA2LMHAOKzBwAqtAcAOLQHAHy0BwCBtAcAzrQHANu0BwCqWQ4AJrUHAHK1BwB4tQcAxLUHAMm1BwAWtgcAHLYHAKBaDgBztgcAurYHAMi2BwAMtwcAHbcHAF63BwBqtwcAsLcHALi3BwBEWw4ADrgHAFS4BwBeuAcAprgHALW4BwD4uAcAA7kHAEq5BwBYuQcAnLkHAKm5BwDuuQcABboHAEC6BwBIugcAkroHAJW6BwDkugcA8LoHADa7BwA8uwcAiLsHAKO7BwDauwcA5rsHACy8BwAyvAcAfrwHAIa8BwDQvAcA0rwHACK9BwAjvQcAdL0HAIK9BwDGvQcAzr0HABi+BwAzvgcAar4HAHa+BwC8vgcAwr4HAA6/BwARvwcAYL8HAG6/BwCyvwcAt78HAATABwARwAcAllsOAGPABwCOqwsAZ8AHAKjABwBpwAcAJO8LALTABwD6wAcAB8EHAEzBBwBRwQcAnsEHAKjBBwDwwQcAAMIHAELCBwBHwgcAlMIHAJ3CBwDmwgcA88IHADjDBwA/wwcAisMHAJbDBwDcwwcA4sMHAC7EBwA0xAcAgMQHAIXEBwDSxAcA2MQHAOhbDgAwxQcAdsUHAHzFBwDIxQcAzsUHABrGBwAnxgcAbMYHAHHGBwC+xgcAxsYHABDHBwBFxwcAYscHAJLHBwC0xwcAvMcHAAbIBwATyAcAWMgHAF3IBwCqyAcAssgHAPzIBwD/yAcATskHAFfJBwCgyQcAr8kHAPLJBwD9yQcARMoHAEzKBwCWygcApsoHAOjKBwD2ygcAOssHAEvLBwCMywcAmMsHAN7LBwDmywcA3lwOADbMBwCCzAcAiswHANTMBwDbzAcAJs0HADTNBwB4zQcAfs0HAMrNBwDWzQcAHM4HACvOBwBuzgcAeM4HAMDOBwDFzgcAEs8HABjPBwBkzwcAeM8HADBdDgDDzwcACNAHAMXPBwDGDwgADdAHAFrQBwBm0AcArNAHALnQBwD+0AcACNEHAIJdDgBr0QcAotEHAKTRBwD00QcA+tEHAEbSBwB80gcAmNIHAJ7SBwDq0gcA89IHADzTBwBJ0wcAjtMHAMTTBwDg0wcA59MHADLUBwA31AcAhNQHAJPUBwDW1AcA9tQHACjVBwA01QcAetUHAIDVBwDM1QcA5tUHAB7WBwAh1gcAcNYHAHXWBwDC1gcA0dYHABTXBwA01wcAJl4OAIbXBwC41wcAxNcHAArYBwAU2AcAXNgHAGjYBwBehAgAadgHAK7YBwCz2AcAANkHAArZBwBS2QcAYtkHAKTZBwCp2QcA9tkHAP/ZBwBI2gcAVdoHAJraBwCh2gcA7NoHAPjaBwA+2wcARNsHAJDbBwCW2wcA4tsHAOfbBwA03AcAOtwHAHheDgCJ3AcA2NwHAN3cBwAq3QcAOd0HAHzdBwCc3QcAHF8OANzdBwAg3gcALd4HAHLeBwB53gcAxN4HAMzeBwAW3wcAGN8HAGjfBwAd3wcAfkwKAC3fBwDWEgoAbt8HAAg3CgBw3wcAut8HAL7fBwBq5wcA0N8HAF71CQDV3wcADOAHAA7gBwBe4AcAb+AHALDgBwC+4AcAAuEHAAnhBwBU4QcAXOEHAKbhBwCt4QcA+OEHAP3hBwBK4gcAWeIHAJziBwC84gcA7uIHAPriBwBA4wcARuMHAJLjBwCa4wcA5OMHAPDjBwA25AcAQ+QHAIjkBwCj5AcA2uQHAOjkBwAs5QcAMuUHAH7lBwCD5QcA0OUHAN3lBwAi5gcAOOYHAHTmBwCA5gcAxuYHANPmBwAY5wcAIucHAG5fDgBv5wcAvOcHAMLnBwAO6AcALugHAGDoBwBu6AcAsugHAL/oBwAE6QcAG+kHAFbpBwBe6QcAqOkHALfpBwD66QcA/+kHAEzqBwBZ6gcAnuoHAKjqBwDw6gcA8uoHAELrBwBQ6wcAlOsHAKHrBwDm6wcA8usHADjsBwA+7AcAiuwHAJLsBwDc7AcA4uwHAC7tBwA37QcAgO0HAI3tBwDS7QcA3O0HACTuBwAy7gcAdu4HAIzuBwDI7gcA1O4HABrvBwAi7wcAwF8OAHbvBwC+7wcAxO8HABDwBwAS8AcAYvAHAGzwBwC08AcAwPAHAAbxBwAd8QcAWPEHAGzxBwASYA4AuPEHAPzxBwD/8QcATvIHAFbyBwCg8gcArPIHAPLyBwAA8wcARPMHAE7zBwCW8wcAofMHAOjzBwD08wcAOvQHAED0BwCM9AcAlPQHAN70BwDr9AcAMPUHADX1BwCC9QcAjPUHANT1BwDc9QcAJvYHACz2BwB49gcAgfYHAMr2BwDX9gcAHPcHACn3BwBu9wcAfPcHAMD3BwDN9wcAEvgHACn4BwBk+AcAbPgHALb4BwC7+AcACPkHAA75BwBa+QcAYvkHAKz5BwDC+QcA/vkHAAz6BwBQ+gcAU/oHAKL6BwCx+gcA9PoHAPn6BwBG+wcAU/sHAJj7BwCo+wcA6vsHAPj7BwA8/AcAU/wHAI78BwCX/AcA4PwHAOb8BwAy/QcAPv0HAIT9BwCL/QcAZGAOAOL9BwAo/gcAKv4HAHr+BwCE/gcAzP4HANj+BwAe/wcAJv8HALZgDgB1/wcAwv8HANH/BwAUAAgANAAIAGYACAByAAgAuAAIAL4ACAAKAQgAEgEIAFwBCABdAQgArgEIALQBCAAAAggABQIIAFICCABtAggApAIIALICCAD2AggA/QIIAEgDCABUAwgAmgMIAKADCAAIYQ4A8QMIAD4ECABIBAgAkAQIAKEECADiBAgA7gQIADQFCAA3BQgAhgUIAIkFCADYBQgA4AUIACoGCAAxBggAfAYIAIEGCADOBggA3QYIACAHCABABwgAcgcIAH4HCADEBwgAygcIABYICAAeCAgAaAgIAHUICAC6CAgAvwgIAAwJCAAWCQgAXgkIAGYJCACwCQgAwAkIAAIKCAAHCggAVAoIAF0KCACmCggAswoIAPgKCAD/CggAWmEOAE8LCACcCwgAqwsIAO4LCAAODAgAQAwIAEwMCACSDAgAmAwIAOQMCADsDAgANg0IAEINCACIDQgAlQ0IANoNCADhDQgALA4IAC0OCAB+DggAgw4IANAOCADeDggAIg8IAC8PCAB0DwgAfg8IAKxhDgDLDwgAGBAIACUQCABqEAgAdxAIALwQCADCEAgADhEIABoRCABgEQgAcBEIALIRCAC7EQgABBIIAAcSCABWEggAYhIIAKgSCACvEggA/mEOAPwSCABMEwgAARMIAHAKCwAKEwgAMvQMAF0TCACeEwgAphMIAPATCAD6EwgAQhQIAFEUCACUFAgAlRQIAOYUCADuFAgAomIOAEAVCAD0Yg4AqRUIAJhjDgD6FQgALhYIAP8VCADYgAgABBYIADY2CAA2FggAgBYIAI8WCADSFggA1xYIACQXCAAxFwgAdhcIAIMXCADIFwgA1BcIABoYCAApGAgAbBgIAHYYCAC+GAgA4RgIABAZCABFGQgAYhkIAIYZCAC0GQgAvBkIAOpjDgALGggAWBoIAF4aCACqGggAshoIADxkDgAKGwgAThsIAGkbCACgGwgArBsIAPIbCAADHAgARBwIAFgcCACWHAgAnhwIAOgcCADuHAgAOh0IAEYdCACMHQgAnB0IAN4dCADnHQgAMB4IADMeCACCHggAjh4IANQeCADbHggAjmQOADQfCAB4HwgAgh8IAOBkDgDPHwgAHCAIACkgCABuIAgAeyAIAMAgCADMIAgAEiEIACEhCABkIQgAbiEIALYhCADEIQgACCIIAA0iCABaIggAZyIIAKwiCAC0IggA/iIIAAQjCABQIwgAXCMIAKIjCACyIwgA9CMIAP0jCABGJAgASSQIAJgkCACkJAgA6iQIAPEkCAAyZQ4ASyUIAI4lCACTJQgA4CUIAO0lCAAyJggAPyYIAIQmCACKJggA1iYIAOImCAAoJwgAOCcIAHonCACDJwgAzCcIAM8nCAAeKAgAKigIAHAoCAB3KAgAhGUOAMcoCAAUKQgAISkIAGYpCACEKQgAuCkIAMQpCAAKKggAHSoIAFwqCABqKggArioIALEqCAAAKwgACisIAFIrCABgKwgApCsIALErCAD2KwgADSwIAEgsCABQLAgAmiwIAKEsCADsLAgA8SwIAD4tCABULQgAkC0IAJItCADiLQgA8C0IADQuCABBLggA1mUOAI4uCAAoZg4A3S4IACovCAA3LwgAfC8IAIkvCADOLwgA2i8IACAwCAAvMAgAcjAIAHwwCADEMAgA0jAIABYxCAAbMQgAaDEIAHUxCAC6MQgAwjEIAAwyCAASMggAXjIIAGoyCACwMggAwDIIAAIzCAALMwgAVDMIAFczCACmMwgAsjMIAPgzCAD/MwgAemYOAFY0CACcNAgArDQIAO40CAD3NAgAQDUIAEM1CACSNQgAnjUIAOQ1CADrNQgAzGYOAD82CABqOQgAQDYIAIg2CACXNggA2jYIAJk2CAAiOAgA2zYIACw3CABINwgAfjcIALQ3CADQNwgABjgIAB5nDgAlOAgAdDgIAJA4CADGOAgA/DgIABg5CABOOQgAcGcOAHc5CAC8OQgAyjkIAA46CAAhOggAYDoIAHw6CACyOggA6DoIAAQ7CAA6OwgAwmcOAGc7CACoOwgAtDsIAPo7CAACPAgAFGgOAFE8CACePAgApjwIAPA8CAD/PAgAQj0IAEc9CACUPQgAoT0IAOY9CADzPQgAOD4IAEQ+CACKPggAmT4IANw+CADmPggALj8IADY/CACAPwgAij8IANI/CADXPwgAJEAIACxACABmaA4AhUAIAMhACACHQAgAEEIIAMlACAAaQQgANkEIAGxBCACiQQgAvkEIAPRBCAC4aA4AE0IIAGJCCAB+QggAtEIIAOpCCAAGQwgAPEMIAAppDgBbQwgAqkMIALtDCAD8QwgAGEQIAE5ECACERAgAoEQIANZECABcaQ4A/0QIAERFCABQRQgAlkUIAKVFCADoRQgA8kUIADpGCABIRggAjEYIAJFGCADeRggA60YIADBHCAA4RwgAgkcIAIhHCADURwgAkkcIAOynCADgRwgAJkgIADZICAB4SAgAgUgIAMpICADNSAgAHEkIAChJCABuSQgAdUkIAK5pDgDFSQgAqtMKAMpJCAASSggAzEkIAHJuCgAcSggAZEoIAGVKCAC2SggAxUoIAAhLCAANSwgAWksIAGdLCACsSwgAuUsIAP5LCAAKTAgAUEwIAF9MCACiTAgArEwIAPRMCAACTQgARk0IAEtNCACYTQgApU0IAOpNCADrTQgAPE4IAEFOCACOTggAk04IAOBOCADxTggAMk8IAFVPCACETwgAj08IANZPCADbTwgAKFAIACtQCAB6UAgAhFAIAMxQCAD3UAgAHlEIAD1RCAAAag4AfFEIAMJRCADEUQgAFFIIACNSCABmUggAcVIIALhSCADAUggAClMIABFTCABcUwgAXlMIAK5TCAC4UwgAAFQIAAJUCABSVAgAa1QIAKRUCACmVAgA9lQIAPlUCABIVQgAVFUIAJpVCACiVQgAUmoOAPhVCAA+VggARFYIAJBWCACrVggA4lYIAO5WCAA0VwgAOlcIAIZXCACOVwgA2FcIANpXCAAqWAgANFgIAHxYCACEWAgApGoOAN9YCAAgWQgAJ1kIAHJZCAB6WQgAxFkIANFZCAAWWggAG1oIAGhaCAByWggAuloIAMJaCAAMWwgAG1sIAF5bCABjWwgAsFsIAL1bCAACXAgAD1wIAFRcCABgXAgAplwIALVcCAD4XAgAAl0IAEpdCABSXQgAnF0IAKZdCADuXQgA810IAEBeCABIXggA9moOAJ5eCADkXggA9F4IADZfCAA/XwgAiF8IAItfCADaXwgA5l8IACxgCAAzYAgASGsOAIRgCADQYAgA1mAIACJhCAAnYQgAdGEIAHphCACaaw4AzGEIABhiCAAeYggAamIIAG9iCAAUAQwAd2IIALxiCADBYggADmMIABZjCABgYwgAkmMIAL5qCACXYwgAsmMIAOljCAAEZAgAO2QIAFZkCACGZAgAqGQIALBkCAD6ZAgACWUIAExlCABRZQgAnmUIAKtlCADwZQgA/WUIAEJmCABOZggAlGYIAKNmCADmZggA8GYIADhnCABGZwgAimcIAI9nCADcZwgA6WcIAC5oCAA2aAgAgGgIAIZoCADSaAgA3mgIACRpCAA0aQgAdmkIAH9pCADIaQgAy2kIABpqCAAmaggAbGoIAHNqCADsaw4A9WoIABBrCABAawgAYmsIAGprCAC0awgAw2sIAAZsCAALbAgAWGwIAGVsCACqbAgAt2wIAPxsCAAIbQgATm0IAF1tCACgbQgAqm0IAPJtCAAAbggARG4IAEluCACWbggAo24IAOhuCADwbggAOm8IAEBvCACMbwgAmG8IAN5vCADubwgAMHAIADlwCACCcAgAhXAIANRwCADgcAgAJnEIAC1xCAA+bA4AenEIACIQDACGcQgAynEIANdxCAAccggAKHIIAG5yCAB0cggAwHIIAMZyCAAScwgAF3MIAGRzCABqcwgAkGwOANxzCAAIdAgALnQIAFp0CACMdAgArHQIAON0CAD+dAgALnUIADRtDgBcdQgAonUIAF51CADmhQkArHUIAPR1CAAOdggARnYIAFV2CACYdggAnXYIAOp2CAD3dggAPHcIAEl3CACOdwgAmncIAOB3CADvdwgAMngIADx4CACEeAgAkHgIANZ4CADpeAgAKHkIADd5CAB6eQgAhnkIAMx5CADNeQgAHnoIACh6CABweggAfnoIAMJ6CADHeggAFHsIACF7CACGbQ4Aa3sIALh7CADFewgACnwIABd8CABcfAgAaHwIAK58CAC9fAgAAH0IAAp9CABSfQgAYH0IAKR9CACpfQgA9n0IAAN+CABIfggAUH4IAJp+CACgfggA7H4IAPh+CAA+fwgATn8IAJB/CACZfwgA4n8IAOV/CAA0gAgAQIAIAIaACACNgAgAfG4OAN2ACAAqgQgALYEIAHyBCACEgQgAzoEIANqBCAAggggAJoIIAHKCCAB4gggAxIIIAMmCCAAWgwgAHIMIAM5uDgCfgwgAuoMIAPGDCAAMhAgAMIQIAHJvDgBkhAgA9pwJAHGECACwhAgAv4QIAAKFCAAOhQgAVIUIAFWFCACmhQgAsIUIAPiFCAAGhggASoYIAE+GCACchggAqYYIAMRvDgARhwgAQIcIAHeHCACShwgAyYcIAOSHCAAbiAgANogIAFqICAAWcA4AlogIANqICADfiAgALIkIADmJCAB+iQgAhokIANCJCADWiQgAIooIAC6KCAB0iggAhIoIAMaKCADPiggAGIsIABuLCABqiwgAoosIALyLCADIiwgAaHAOABSMCABgjAgAeYwIALKMCADAjAgABI0IABGNCABWjQgAXY0IAKiNCACxjQgA+o0IAAeOCABMjggAY44IAJ6OCAChjggA8I4IAPKOCABCjwgAS48IAJSPCACkjwgA5o8IAP+PCAA4kAgAOpAIAIqQCACTkAgA3JAIAOSQCAAukQgAMJEIAICRCACZkQgA0pEIAOmRCAAkkggAMJIIAHaSCACHkggAyJIIANSSCAAakwgAJZMIAGyTCAB5kwgAvpMIAMiTCAC6cA4AI5QIAGKUCABwlAgAtJQIAJyUCAC2nAgA7ZQIAAaVCAATlQgAWJUIAGCVCACqlQgAsJUIAPyVCAAIlggATpYIAFmWCACglggAqZYIAPKWCAD1lggARJcIAEaXCACWlwgAnZcIAOiXCADqlwgADHEOAD2YCACMmAgAmpgIAN6YCADjmAgAMJkIAD2ZCACCmQgAjpkIANSZCADcmQgAXnEOADSaCAB4mggAiJoIAMqaCADYmggAHJsIACWbCABumwgAeJsIAMCbCADCmwgAEpwIABycCABknAgAZpwIALBxDgC7nAgACJ0IABCdCABanQgAYJ0IAKydCAC4nQgA/p0IAA2eCABQnggAWZ4IAKKeCAClnggA9J4IAPaeCABGnwgATZ8IAJifCACanwgAAnIOAO+fCAA8oAgAWKAIAI6gCACqoAgAVHIOAO2gCADKuQkA76AIADKhCAA3oQgAhKEIAJGhCADWoQgA46EIACiiCAAuoggAeqIIAIaiCADMoggA3KIIAB6jCAAnowgAcKMIAHOjCADCowgAzqMIABSkCAAbpAgApnIOAHWkCAC4pAgAvaQIAAqlCAAXpQgAXKUIAGmlCACupQgAtKUIAACmCAAMpggAUqYIAGKmCACkpggAraYIAPamCAD5pggASKcIAFSnCACapwgAoacIAPhyDgDupwgAPqgIAEyoCACQqAgAoagIAEpzDgDpqAgAnHMOADypCADucw4Ai6kIANipCADlqQgAKqoIADeqCAB8qggAiKoIAM6qCADdqggAIKsIACqrCAByqwgAgKsIAMSrCADJqwgAFqwIACOsCABorAgAcKwIALqsCADArAgADK0IABitCABerQgAbq0IALCtCAC5rQgAAq4IAAWuCABUrggAYK4IAKauCACtrggAQHQOAP2uCABKrwgAUq8IAJyvCACfrwgA7q8IAPevCABAsAgAT7AIAJKwCACdsAgA5LAIAOywCAA2sQgARrEIAIixCACWsQgA2rEIAOuxCAAssggAOLIIAH6yCACGsggAknQOANayCAAiswgAKrMIAHSzCAB7swgAxrMIANSzCAAYtAgAHrQIAGq0CAB2tAgAvLQIAMu0CAAOtQgAGLUIAGC1CABltQgAsrUIALi1CAAEtggAGLYIAOR0DgBYtggAqLYIALK2CAD6tggACLcIAEy3CABRtwgAnrcIAKu3CADwtwgA8rcIAEK4CABTuAgAlLgIAKC4CADmuAgA7LgIADi5CAA+uQgAirkIAI+5CADcuQgA4rkIADZ1DgAzuggAgLoIAJG6CADSuggA2roIACS7CADeuggAQuEIAOC6CACAkgwALrsIAHa7CACEuwgAyLsIAN67CAAavAgAJrwIAGy8CABzvAgAvrwIAMa8CAAQvQgAFb0IAGK9CABrvQgAtL0IAL69CAAGvggADr4IAFi+CABcvggAqr4IALW+CAD8vggACr8IAE6/CABfvwgAoL8IAKy/CADyvwgA+r8IAIh1DgBGwAgAlsAIAKTACADowAgA8sAIADrBCABIwQgAjMEIAJnBCADewQgA9cEIADDCCAA4wggAgsIIAJLCCADUwggA2cIIACbDCAAswwgAeMMIAIDDCADKwwgAzMMIABzECAApxAgAbsQIAHbECADAxAgAxcQIABLFCAATxQgAZMUIAHDFCAC2xQgAw8UIAAjGCAAQxggAWsYIAGnGCACsxggAscYIAP7GCAALxwgAUMcIAF3HCACixwgArscIAPTHCAADyAgARsgIAFDICACYyAgApsgIAOrICADvyAgAPMkIAEnJCADadQ4AkckIAODJCADoyQgAMsoIAD/KCACEyggAicoIANbKCADgyggAKMsIADDLCAB6ywgAfMsIAMzLCADnywgAHswIACDMCABwzAgAfswIAMLMCADTzAgAFM0IABbNCABmzQgAf80IALjNCADJzQgACs4IABbOCABczggAcc4IAK7OCAC2zggAAM8IAAbPCABSzwgAXs8IAKTPCADBzwgA9s8IAP/PCABI0AgAVNAIAJrQCACd0AgA7NAIAPbQCAA+0QgARtEIAJDRCACa0QgA4tEIAPDRCAA00ggAStIIAIbSCACS0ggA2NIIAN/SCAAq0wgAMtMIAHzTCACB0wgAztMIANfTCAAg1AgAKtQIAHLUCAB61AgAxNQIAMbUCAAW1QgAJtUIAGjVCABy1QgAutUIAMbVCAAM1ggAEtYIAF7WCABm1ggALHYOALzWCAAC1wgAFdcIAFTXCABw1wgAptcIAK7XCAB+dg4ABtgIAErYCABg2AgAnNgIAKjYCADu2AgA89gIAEDZCABJ2QgAktkIAJzZCADk2QgA7NkIADbaCAA42ggAiNoIAJfaCADa2ggA99oIACzbCAA12wgAftsIAIzbCADQ2wgA1tsIACLcCAAw3AgAdNwIAIHcCADG3AgA3dwIABjdCAAg3QgAat0IAGzdCAC83QgAxN0IAA7eCAAd3ggAYN4IAGXeCACy3ggAv94IAATfCAAR3wgAVt8IAGLfCACo3wgAt98IAPrfCAAE4AgATOAIAFrgCACe4AgAo+AIAPDgCAD94AgA0HYOAEjhCACU4QgAmuEIAObhCADr4QgAOOIIAD7iCAAidw4AmOIIANziCADy4ggALuMIADrjCACA4wgAheMIANLjCADb4wgAJOQIAC7kCAB25AgAmeQIAMjkCADM5AgAGuUIANfkCABi5ggAHOUIAGzlCAB65QgAvuUIAMjlCAAQ5ggANOYIABh4DgBo5ggAtOYIAMDmCAAG5wgACOcIAFjnCABi5wgAqucIALbnCAD85wgAIOgIAGp4DgBS6AgAoOgIAF3oCADo6QgAougIAPLoCAAA6QgAROkIAE7pCACW6QgAuukIALx4DgDu6QgAOuoIAEbqCACM6ggAjuoIAN7qCADo6ggAMOsIADzrCACC6wgApusIAA55DgDx6wgAJuwIAC/sCAB47AgAhuwIAMrsCADQ7AgAHO0IACjtCABu7QgAdu0IAGB5DgDH7QgAEu4IACvuCABk7ggAc+4IALbuCAC+7ggACO8IABfvCABa7wgAX+8IAKzvCAC57wgA/u8IAAvwCABQ8AgAXPAIAKLwCACx8AgA9PAIAP7wCABG8QgAVPEIAJjxCACd8QgA6vEIAPfxCACyeQ4APfIIABBhCQBV8ggAjvIIAJjyCADg8ggA4vIIADLzCABA8wgAhPMIAJHzCADW8wgA3vMIACj0CABR9AgAevQIAIH0CADM9AgA5fQIAB71CAAt9QgAcPUIAHj1CADC9QgA0fUIABT2CAAZ9ggAZvYIAHP2CAC49ggAxfYIAAr3CAAW9wgAXPcIAGv3CACu9wgAuPcIAAD4CAAO+AgAUvgIAFf4CACk+AgAsfgIAAR6DgD7+AgAeNgKAAL5CABI+QgAHvkIAMwKDwBb+QgAmvkIAKn5CADs+QgA+PkIAD76CABK+ggAkPoIAJf6CADi+ggA7voIADT7CAA7+wgAhvsIAI77CADY+wgA3PsIACr8CAA1/AgAfPwIAIj8CADO/AgA2/wIACD9CAAo/QgAcv0IAHz9CADE/QgAyv0IABb+CAAq/ggAaP4IAHb+CAC6/ggAx/4IAAz/CAAj/wgAXv8IAGb/CACw/wgAuv8IAAIACQAHAAkAVAAJAFwACQCmAAkAtQAJAPgACQD9AAkASgEJAFcBCQCcAQkAqQEJAO4BCQD6AQkAQAIJAE8CCQCSAgkAnAIJAFZ6DgDsAgkANgMJAEUDCQCIAwkAjQMJANoDCQDjAwkALAQJAD0ECQB+BAkAhQQJANAECQDYBAkAIgUJAC8FCQB0BQkAeQUJAMYFCQDQBQkAGAYJACAGCQBqBgkAgwYJALwGCQDIBgkADgcJABYHCQCoeg4AbwcJALIHCQDPBwkABAgJAA0ICQBWCAkAZAgJAKgICQCuCAkA+ggJAAYJCQBMCQkAUwkJAJ4JCQCmCQkA8AkJAAAKCQBCCgkASAoJAJQKCQCZCgkA5goJAPwKCQA4CwkAQAsJAIoLCQCUCwkA3AsJAOcLCQAuDAkAOgwJAIAMCQCIDAkA+noOAN8MCQAkDQkAKw0JAHYNCQCCDQkAyA0JAM4NCQAaDgkAKw4JAGwOCQCADgkAvg4JAMwOCQAQDwkAHQ8JAGIPCQB5DwkAtA8JALwPCQAGEAkADRAJAFgQCQBaEAkAqhAJALQQCQD8EAkA/hAJAE4RCQBnEQkAoBEJAKIRCQDyEQkA9REJAEQSCQBQEgkAlhIJAMISCQBMew4A9xIJADoTCQBXEwkAjBMJAJUTCQDeEwkA7BMJADAUCQA2FAkAghQJAI4UCQDUFAkA3BQJAJ57DgAuFQkAeBUJAH4VCQDKFQkA1hUJABwWCQAfFgkAbhYJAHMWCQDAFgkAyRYJABIXCQAYFwkAZBcJAHMXCQC2FwkAwhcJAAgYCQAQGAkA8HsOAGAYCQCsGAkAsRgJAP4YCQAUGQkAUBkJAFgZCQCiGQkAsBkJAPQZCQD+GQkARhoJAEkaCQCYGgkAoBoJAOoaCQDrGgkAPBsJAEIbCQCOGwkAnBsJAOAbCQD2GwkAMhwJADQcCQCEHAkAihwJANYcCQDqHAkAKB0JADAdCQB6HQkAih0JAMwdCQDOHQkAHh4JAC0eCQBwHgkAeh4JAMIeCQDHHgkAFB8JABofCQBmHwkAeh8JALgfCQDAHwkACiAJAA8gCQBcIAkAYiAJAK4gCQC2IAkAACEJAAMhCQBSIQkAVyEJAKQhCQCtIQkA9iEJAPwhCQBIIgkAVyIJAJoiCQCmIgkAQnwOAPYiCQA+IwkAQCMJAJAjCQCXIwkA4iMJAOkjCQA0JAkAOiQJAIYkCQCUJAkA2CQJAOUkCQAqJQkAOiUJAHwlCQCBJQkAziUJANYlCQAgJgkA6iUJAMCRCQAsJgkAciYJAHQmCQBUKQkAfyYJAMQmCQDJJgkAFicJACAnCQBoJwkAeCcJALonCQC/JwkADCgJABUoCQBeKAkAaygJALAoCQC3KAkAAikJAAopCQCUfA4AYikJAKYpCQC+KQkA+CkJAPopCQBKKgkAYSoJAJwqCQCeKgkA7ioJAPwqCQBAKwkATSsJAJIrCQCaKwkA5nwOAOorCQA2LAkAOCwJAIgsCQCVLAkA2iwJAN0sCQAsLQkAPS0JAH4tCQCALQkA0C0JANotCQAiLgkALi4JAHQuCQB8LgkAOH0OAMsuCQAYLwkAGy8JAGovCQB0LwkAvC8JAMQvCQAOMAkAGzAJAGAwCQBiMAkAsjAJAMgwCQAEMQkAEDEJAFYxCQBeMQkAin0OAKsxCQD6MQkAAzIJAEwyCQBaMgkATFsJAFsyCQCeMgkAqTIJAPAyCQD4MgkAQjMJAE0zCQCUMwkAmTMJAOYzCQDpMwkAODQJAEI0CQAufg4AkDQJANw0CQD3NAkALjUJADo1CQCANQkAhjUJANI1CQDaNQkAJDYJADo2CQB2NgkAhDYJAMg2CQDLNgkAGjcJADM3CQBsNwkAeDcJAL43CQDJNwkAEDgJABI4CQBiOAkAfTgJALQ4CQDCOAkABjkJABM5CQBYOQkAbzkJAIB+DgDAOQkA/DkJAP05CQBOOgkAUzoJAKA6CQCmOgkA8joJAPQ6CQBEOwkASjsJAJY7CQCqOwkA6DsJAPA7CQA6PAkASjwJAIw8CQCOPAkA3jwJAOw8CQAwPQkAQT0JANJ+DgCIPQkA1D0JAOA9CQAkfw4AKD4JAHg+CQCJPgkAyj4JANI+CQAcPwkAJT8JAG4/CQB1PwkAwD8JAME/CQB2fw4AHkAJAGRACQBmQAkAtkAJAL1ACQAIQQkAEEEJAFpBCQBjQQkArEEJALNBCQD+QQkA/0EJAMh/DgBVQgkAokIJAKpCCQD0QgkA/kIJAEZDCQBUQwkAmEMJAK5DCQDqQwkA9kMJADxECQBBRAkAjkQJAJdECQDgRAkA6kQJABqADgAzRQkAhEUJAIxFCQB2fgoAnEUJANZFCQDjRQkAKEYJADRGCQB6RgkAhEYJAMxGCQDQRgkAHkcJACNHCQBwRwkAdkcJAMJHCQDiRwkAFEgJACxICQBmSAkAfUgJALhICQDESAkACkkJABRJCQBcSQkAXkkJAK5JCQC1SQkAAEoJAAdKCQBSSgkAWEoJAKRKCQCwSgkA9koJAPlKCQBISwkAS0sJAJpLCQCmSwkA7EsJAO9LCQA+TAkAWkwJAJBMCQCYTAkAbIAOAO5MCQA0TQkAPk0JAIZNCQCITQkA2E0JAN9NCQAqTgkAMU4JAHxOCQCCTgkAzk4JANxOCQAgTwkALU8JAHJPCQCCTwkAxE8JAMlPCQAWUAkAHlAJAGhQCQB4UAkAulAJAL9QCQAMUQkAElEJAF5RCQBmUQkAvoAOALZRCQACUgkAClIJAFRSCQBXUgkAplIJALJSCQD4UgkA/lIJAEpTCQBlUwkAnFMJAKpTCQDuUwkA/VMJAEBUCQBMVAkAklQJAJpUCQBigQ4A6VQJADZVCQBAVQkAiFUJAJBVCQDaVQkA+lUJACxWCQA5VgkAflYJAINWCQDQVgkA1FYJACJXCQAvVwkAtIEOAHlXCQDGVwkAyVcJABhYCQAiWAkAalgJAHZYCQC8WAkAz1gJAA5ZCQAdWQkAYFkJAGxZCQCyWQkAs1kJAARaCQAOWgkAVloJAGRaCQCoWgkArVoJAPpaCQAHWwkABoIOAFZbCQCeWwkAoFsJAPBbCQAJXAkAQlwJAFNcCQCUXAkAoFwJAOZcCQDuXAkA/IIOAD9dCQCKXQkAkV0JANxdCQDiXQkALl4JADpeCQCAXgkAg14JANJeCQDVXgkAJF8JACxfCQB2XwkAhl8JAMhfCQDNXwkAGmAJACNgCQBsYAkAeWAJAL5gCQDFYAkAToMOABxhCQBiYQkAb2EJALRhCQC8YQkABmIJABBiCQBYYgkAZ2IJAKpiCQCrYgkA/GIJAARjCQBOYwkAXWMJAKBjCQClYwkA8mMJAP9jCQBEZAkAUWQJAJZkCQCiZAkA6GQJAPdkCQA6ZQkARGUJAIxlCQCaZQkA3mUJAONlCQAwZgkAPWYJAIJmCQCKZgkA1GYJAN5mCQAmZwkAK2cJAHhnCQCAZwkAoIMOANhnCQAcaAkAKGgJAG5oCQB0aAkAwGgJAMZoCQASaQkAF2kJAGRpCQBqaQkA8oMOAMJpCQAIagkADmoJAFpqCQBgagkArGoJALlqCQD+agkAA2sJAFBrCQBYawkAomsJAMBrCQDohA4A9msJABB2CwD3awkA6t0KAPprCQCScwoACmwJAEZsCQBHbAkAmGwJAJ1sCQDqbAkA8GwJADxtCQA+bQkAjm0JAJRtCQDgbQkA9G0JADJuCQA6bgkAhG4JAJRuCQDWbgkA2G4JAChvCQA2bwkAem8JAItvCQA6hQ4A0m8JAB5wCQAqcAkAjIUOAH1wCQDCcAkAynAJABRxCQAhcQkAZnEJAGhxCQC4cQkAznEJAApyCQAWcgkAXHIJAGRyCQAwhg4AunIJAABzCQADcwkAUnMJAFdzCQCkcwkAtXMJAPZzCQD/cwkASHQJAFJ0CQCadAkAqHQJAOx0CQDxdAkAPnUJAEt1CQCChg4AnHUJAOJ1CQDvdQkANHYJADZ2CQCGdgkAnHYJANh2CQDkdgkAKncJADJ3CQDUhg4AgXcJAM53CQDUdwkAIHgJACh4CQByeAkAdXgJAMR4CQDQeAkAFnkJABx5CQBoeQkAg3kJALp5CQDHeQkADHoJAA56CQBeegkAdHoJALB6CQC8egkAAnsJAAp7CQAmhw4AWnsJAKZ7CQCrewkA+HsJABN8CQBKfAkAWHwJAJx8CQCjfAkA7nwJAPp8CQBAfQkAR30JAHiHDgCdfQkA5H0JAOx9CQA2fgkAQX4JAIh+CQCNfgkA2n4JAN1+CQAsfwkANn8JAH5/CQCGfwkA0H8JAN5/CQAigAkAJYAJAHSACQB8gAkAxoAJAOaACQAYgQkAJYEJAGqBCQBvgQkAvIEJAMCBCQAOggkAG4IJAMqHDgCAggkAsoIJALuCCQAEgwkABYMJAFaDCQBegwkAqIMJALiDCQD6gwkA/IMJAEyECQBahAkAnoQJAK+ECQAciA4A9oQJAEKFCQBOhQkAbogOAJuFCQDAiA4A64UJADiGCQBShgkAioYJAJmGCQDchgkA54YJAC6HCQAwhwkAgIcJAI2HCQDShwkA34cJACSICQAwiAkAdogJAIeICQDIiAkAy4gJABqJCQA0iQkAbIkJAHWJCQC+iQkAy4kJABCKCQAWigkAYooJAG6KCQC0igkAt4oJAAaLCQALiwkAWIsJAGmLCQCqiwkAxYsJAPyLCQAIjAkATowJAFWMCQCgjAkAoowJAPKMCQD5jAkARI0JAEuNCQCWjQkAnI0JAOiNCQD0jQkAOo4JAD2OCQCMjgkAj44JAN6OCQDqjgkAMI8JAEOPCQCCjwkAkY8JANSPCQDgjwkAJpAJACeQCQB4kAkAgpAJAMqQCQDYkAkAHJEJACGRCQBukQkAe5EJABKJDgDIkQkAZIkOABSSCQBkkgkAepIJALaSCQDCkgkACJMJABCTCQC2iQ4AYJMJAKyTCQC0kwkA/pMJAAGUCQBQlAkAXJQJAKKUCQColAkA9JQJAA+VCQBGlQkAVJUJAJiVCQCnlQkA6pUJAPaVCQA8lgkARJYJAAiKDgCTlgkA4JYJAOqWCQAylwkAOpcJAISXCQCklwkA1pcJAOOXCQAomAkALZgJAHqYCQB+mAkAzJgJANmYCQBaig4AQZkJAHCZCQBzmQkAwpkJAMeZCQAUmgkAI5oJAGaaCQCGmgkAuJoJAMSaCQAKmwkAFJsJAFybCQBomwkArpsJALSbCQAAnAkABpwJAFKcCQBXnAkApJwJAKqcCQCsig4A/JwJAEidCQBNnQkAmp0JAKCdCQBQiw4A750JAD6eCQBIngkAkJ4JAJKeCQDingkA+54JADSfCQBFnwkAhp8JAJSfCQDYnwkA258JACqgCQA1oAkAfKAJAISgCQDOoAkA0KAJACChCQAooQkAcqEJAH+hCQDEoQkA0KEJABaiCQAaogkAaKIJAHCiCQC6ogkAyaIJAAyjCQARowkAXqMJAGujCQCwowkAvaMJAAKkCQAOpAkAVKQJAGOkCQCmpAkAsKQJAPikCQAGpQkASqUJAE+lCQCcpQkAqaUJAKKLDgD2pQkA9IsOAESmCQBqqgkATKYJAJKmCQCYpgkA5KYJAOqmCQA2pwkAQ6cJAIinCQCNpwkA2qcJAOKnCQAsqAkAXqgJACKpCQBjqAkAfqgJAKSoCQB0qQkAtagJANCoCQAHqQkARowOAFmpCQCYjA4AmqkJAMapCQD4qQkAGKoJAE+qCQDqjA4AeKoJALyqCQDJqgkADqsJABqrCQBgqwkAZqsJALKrCQC4qwkABKwJAAmsCQBWrAkAXKwJADyNDgDOrAkAnq0JAN+sCQD6rAkAMa0JAOCNDgCDrQkAMo4OAMStCQDwrQkAIq4JAEKuCQB5rgkAhI4OAJ6uCQDmrgkA664JADivCQBArwkA1o4OAI+vCQDcrwkA5a8JAC6wCQA7sAkAgLAJAIewCQAojw4A2rAJAHqPDgA3sQkAdrEJAIKxCQDIsQkA17EJABqyCQAjsgkAbLIJAHayCQC+sgkAwLIJABCzCQApswkAYrMJAHOzCQC0swkAwLMJAAa0CQAOtAkAzI8OAGa0CQCqtAkAu7QJAPy0CQAItQkATrUJAFa1CQAekA4ApbUJAPK1CQD8tQkARLYJAEy2CQCWtgkAprYJAOi2CQDttgkAOrcJAEO3CQCMtwkAmbcJAN63CQDltwkAcJAOAD24CQCCuAkAQ7gJAPZVDACHuAkA1LgJAOC4CQAmuQkAM7kJAHi5CQCCuQkAwpAOAM+5CQAcugkAKLoJAG66CQB7ugkAwLoJAMq6CQASuwkALrsJAGS7CQBsuwkAFJEOALu7CQAIvAkAELwJAFq8CQBdvAkArLwJALW8CQD+vAkADb0JAFC9CQBbvQkAor0JAKq9CQD0vQkABL4JAEa+CQBUvgkAmL4JAKm+CQDqvgkA9r4JADy/CQBEvwkAZpEOAJS/CQDgvwkA6L8JADLACQA5wAkAhMAJAJLACQDWwAkA3MAJACjBCQA0wQkAesEJAInBCQDMwQkA1sEJAB7CCQAjwgkAcMIJAHbCCQDCwgkA1sIJABTDCQAcwwkAZsMJAITDCQC4wwkAwMMJALiRDgASxAkACpIOAGTECQCuxAkAx8QJAADFCQAJxQkAUsUJAGLFCQCkxQkAtMUJAPbFCQACxgkASMYJAE7GCQCaxgkAqMYJAOzGCQD5xgkAPscJAFXHCQCQxwkAmMcJAOLHCQDsxwkANMgJAELICQCGyAkAnMgJANjICQDkyAkAKskJADHJCQB8yQkAhMkJAM7JCQDTyQkAIMoJACnKCQByygkAfMoJAMTKCQDMygkAFssJABjLCQBoywkAeMsJALrLCQDEywkADMwJABjMCQBezAkAZMwJALDMCQC4zAkArpIOAAvNCQBUzQkAZc0JAKbNCQCyzQkA+M0JAAXOCQBKzgkAT84JAJzOCQCmzgkA7s4JAP7OCQBAzwkARc8JAJLPCQCbzwkA5M8JAPHPCQA20AkAPdAJAIjQCQCU0AkA2tAJAODQCQAs0QkAMtEJAH7RCQCD0QkA0NEJANbRCQAAkw4AJ9IJAHTSCQB80gkAxtIJANzSCQAY0wkAHdMJAGrTCQBx0wkAvNMJAMXTCQAO1AkAH9QJAGDUCQBs1AkAstQJALrUCQD2kw4ABtUJAFbVCQBs1QkAqNUJALTVCQD61QkAAdYJAEzWCQBU1gkASJQOAKPWCQDw1gkA+NYJAELXCQBY1wkAlNcJAJnXCQDm1wkA7dcJADjYCQBB2AkAitgJAJvYCQDc2AkA6NgJAC7ZCQA22QkAmpQOAILZCQDS2QkA6NkJACTaCQAw2gkAdtoJAH3aCQDI2gkA0NoJAOyUDgAf2wkAbNsJAHPbCQC+2wkAx9sJABDcCQAh3AkAYtwJAG7cCQC03AkAvNwJAD6VDgAI3QkAWN0JAGfdCQCq3QkAyt0JAPzdCQD+3QkATt4JAGXeCQCg3gkArN4JAPLeCQD63gkA4pUOAEnfCQCW3wkAmN8JAOjfCQDv3wkAOuAJAELgCQCM4AkAleAJAN7gCQDk4AkAMOEJAEHhCQCC4QkAiuEJAIaWDgDg4QkAJuIJACniCQB44gkAfeIJAMriCQDb4gkAHOMJADfjCQBu4wkAeuMJAMDjCQDI4wkA2JYOACjkCQBk5AkAZeQJALbkCQC75AkACOUJAA7lCQBa5QkAZOUJAKzlCQC05QkA/uUJABDmCQAqlw4AXeYJAKLmCQCs5gkA9OYJAPrmCQBG5wkAWucJAJjnCQCg5wkA6ucJAPrnCQA86AkAQegJAI7oCQCU6AkA4OgJAOjoCQAy6QkAM+kJAITpCQCG6QkA1ukJAOXpCQAo6gkASOoJAHrqCQB86gkAzOoJAOPqCQAe6wkAKusJAHDrCQB46wkAfJcOAMrrCQAU7AkALewJAGbsCQBv7AkAuOwJAMLsCQAK7QkAEu0JAFztCQBs7QkAru0JALPtCQAA7gkACe4JAFLuCQBf7gkApO4JAKvuCQD27gkA/u4JACCYDgBS7wkAmu8JAKLvCQDs7wkA+u8JAD7wCQBL8AkAkPAJAJjwCQDi8AkA5PAJADTxCQA88QkAhvEJAIfxCQDY8QkA2vEJACryCQA58gkAfPIJAJzyCQDO8gkA0PIJACDzCQA38wkAcvMJAH7zCQDE8wkA3vMJABb0CQA/9AkAaPQJAGv0CQC69AkAv/QJAAz1CQAZ9QkAcpgOAGD1CQCw9QkAuvUJAAL2CQAR9gkAVPYJAF/2CQCm9gkAtPYJAPj2CQAF9wkASvcJAGH3CQCc9wkApPcJAO73CQDv9wkAQPgJAEL4CQCS+AkAofgJAOT4CQAE+QkANvkJADj5CQCI+QkAn/kJANr5CQDm+QkALPoJADT6CQDEmA4Ag/oJAND6CQDW+gkAIvsJACr7CQB0+wkAk/sJAMb7CQDT+wkAGPwJABn8CQBq/AkAgPwJALz8CQDY/AkAFpkOABP9CQBg/QkAav0JALL9CQC6/QkABP4JAAX+CQBW/gkABv4JAPwGCgBc/gkAqP4JALT+CQD6/gkACv8JAEz/CQBa/wkAnv8JALH/CQDw/wkA/P8JAEIACgBJAAoAlAAKAJwACgDmAAoA6gAKADgBCgBGAQoAigEKAJQBCgDcAQoA5wEKAC4CCgA2AgoAgAIKALYCCgDSAgoA2gIKACQDCgApAwoAdgMKAHwDCgDIAwoA0AMKABoECgA0BAoAbAQKAKIECgC+BAoAxgQKABAFCgAVBQoAYgUKAGgFCgC0BQoAvAUKAAYGCgAgBgoAWAYKAHIGCgCqBgoA4AYKAGiZDgAEBwoATgcKAFUHCgCgBwoArAcKAPIHCgDzBwoARAgKAFAICgCWCAoAowgKAOgICgDvCAoAOgkKAEYJCgCMCQoAmQkKAN4JCgDtCQoAMAoKAEQKCgC6mQ4AjwoKANQKCgDeCgoAJgsKADQLCgB4CwoAjgsKAMoLCgDWCwoAHAwKACgMCgBuDAoAdAwKAMAMCgDGDAoAEg0KABcNCgBkDQoAag0KAAyaDgC7DQoACA4KAAoOCgBaDgoAYQ4KAKwOCgC0DgoA/g4KAAEPCgBQDwoAWQ8KAKIPCgCxDwoA9A8KAP8PCgBGEAoAThAKAJgQCgCoEAoA6hAKAPgQCgA8EQoATREKAI4RCgCaEQoA4BEKAOgRCgACmw4AUBIKAIQSCgCMEgoAVJsOAOISCgAoEwoAPhMKAHoTCgCCEwoAzBMKAOsTCgCmmw4AIRQKAJxJCgArFAoAcBQKAHMUCgAIQg0AeBQKAMIUCgDEFAoAFBUKAMwUCgDuIAoA0xQKADQaCgAhFQoAZhUKAHoVCgC4FQoAwBUKAAoWCgAPFgoAXBYKAGwWCgCuFgoAthYKAAAXCgAKFwoAUhcKAF0XCgCkFwoAsBcKAPYXCgD+FwoA+JsOAE0YCgCaGAoAoxgKAOwYCgDyGAoAPhkKAE0ZCgCQGQoAnBkKAOIZCgDlGQoASpwOADkaCgCGGgoAlRoKANgaCgDaGgoAKhsKADsbCgB8GwoAjRsKAM4bCgDiGwoAIBwKACgcCgByHAoAgBwKAMQcCgDRHAoAFh0KABkdCgBoHQoAch0KALodCgC8HQoADB4KAB0eCgBeHgoAbx4KALAeCgC8HgoAAh8KAAkfCgBUHwoAXB8KAKYfCgC9HwoA+B8KAAQgCgBKIAoAYCAKAJwgCgCfIAoAnJwOAPkgCgBAIQoATCEKAJIhCgCaIQoA7pwOAPAhCgA2IgoATCIKAIgiCgCLIgoA2iIKAOIiCgAsIwoALiMKAH4jCgCZIwoA0CMKANIjCgAiJAoAMCQKAHQkCgCFJAoAxiQKAMgkCgAYJQoAMSUKAGolCgB7JQoAvCUKAMglCgBAnQ4AFCYKAGAmCgBuJgoAsiYKAM0mCgAEJwoAECcKAFYnCgBcJwoAqCcKALAnCgD6JwoACigKAEwoCgBRKAoAnigKAKcoCgDwKAoA/SgKAEIpCgBJKQoAlCkKAJwpCgCSnQ4A6ykKADgqCgA+KgoAiioKAJIqCgDcKgoABSsKAC4rCgA1KwoAgCsKAJkrCgDSKwoA4SsKACQsCgBALAoA5J0OAHssCgDILAoA0iwKABotCgAqLQoAbC0KAHEtCgC+LQoAxy0KABAuCgAdLgoAYi4KAGkuCgC0LgoAwC4KAAYvCgAZLwoAWC8KAGcvCgCqLwoAti8KAPwvCgD9LwoATjAKAFgwCgCgMAoArjAKAPIwCgD3MAoARDEKAFExCgA2ng4ApzEKAOgxCgDqMQoAOjIKAD0yCgCMMgoAjzIKAN4yCgDlMgoAMDMKADwzCgCCMwoAkjMKANQzCgDkMwoAJjQKACs0CgB4NAoAgTQKAMo0CgDXNAoAHDUKACM1CgBuNQoAejUKAMA1CgDGNQoAEjYKABg2CgBkNgoAaTYKALY2CgC8NgoALJ8OABI3CgBaNwoAaDcKAKw3CgC8NwoA/jcKAAA4CgBQOAoAXzgKAKI4CgCsOAoA9DgKAPw4CgAioA4ATDkKAJg5CgCkOQoAdKAOAO85CgA8OgoARDoKAI46CgCeOgoA4DoKAO46CgAyOwoAPzsKAIQ7CgCLOwoA1jsKAN47CgAYoQ4AOTwKAHo8CgCBPAoAzDwKANQ8CgAePQoAKz0KAHA9CgB1PQoAwj0KAMw9CgAUPgoAHD4KAGY+CgB/PgoAuD4KAMQ+CgAKPwoAEj8KAGqhDgBoPwoArj8KALE/CgAAQAoABUAKAFJACgBjQAoApEAKAL9ACgD2QAoAAkEKAEhBCgBPQQoAmkEKALZBCgDsQQoA9EEKALyhDgBDQgoAkEIKAJpCCgDiQgoA6kIKADRDCgBEQwoAhkMKAItDCgDYQwoA4UMKACpECgA3RAoAfEQKAINECgAOog4A10QKACBFCgAtRQoAckUKAIFFCgDERQoAzkUKABZGCgAkRgoAaEYKAG1GCgC6RgoAx0YKAAxHCgAURwoAYKIOAGpHCgCwRwoAvUcKAAJICgAFSAoAVEgKAGJICgCmSAoAq0gKAPhICgAFSQoASkkKAFJJCgCyog4ApEkKAO5JCgD0SQoAQEoKAPVJCgCoogoATEoKAJJKCgCvSgoA5EoKAO1KCgA2SwoAREsKAIhLCgCOSwoA2ksKAOZLCgAsTAoAM0wKAASjDgCETAoA0EwKAN5MCgAiTQoAPU0KAHRNCgCATQoAxk0KAMxNCgBWow4AO04KAGpOCgB5TgoAvE4KAMFOCgAOTwoAG08KAGBPCgBtTwoAsk8KAL5PCgAEUAoAE1AKAFZQCgBgUAoAqFAKALZQCgD6UAoA/1AKAExRCgBZUQoAnlEKALpRCgDwUQoA+FEKAKijDgBOUgoAlFIKALFSCgDmUgoA71IKADhTCgBGUwoAilMKAJBTCgDcUwoA6FMKAC5UCgA1VAoAgFQKAIhUCgDSVAoA6FQKACRVCgApVQoAdlUKAH1VCgDIVQoA0VUKABpWCgArVgoAbFYKAHhWCgC+VgoAxlYKAEykDgAWVwoAYlcKAGdXCgC0VwoAz1cKAAZYCgAUWAoAWFgKAF9YCgCqWAoAtlgKAPxYCgD/WAoATlkKAFZZCgCgWQoAoVkKAPJZCgD0WQoARFoKAFNaCgCWWgoAtloKAOhaCgDqWgoAOlsKAFFbCgCMWwoAmFsKAN5bCgDmWwoAnqQOADFcCgCCXAoAjlwKANRcCgDjXAoAJl0KAC5dCgDwpA4Ael0KAMpdCgDYXQoAHF4KAC1eCgBCpQ4AdV4KAJSlDgDIXgoAOKYOABxfCgBkXwoAcF8KALZfCgDMXwoACGAKABRgCgBaYAoAbWAKAKxgCgC6YAoA/mAKAAhhCgCKpg4AWGEKANymDgC4YQoA9GEKAABiCgBGYgoAU2IKAJhiCgCiYgoA6mIKAOxiCgA8YwoARmMKAI5jCgCcYwoA4GMKAOVjCgAyZAoAP2QKAIRkCgCMZAoA1mQKAOZkCgAoZQoAKmUKAHplCgCDZQoAzGUKAN1lCgAeZgoAKGYKAC6nDgB8ZgoAwmYKANlmCgAUZwoAL2cKAICnDgB/ZwoAuGcKAL5nCgAKaAoAFGgKANKnDgBeaAoArmgKAL9oCgAAaQoACGkKAFJpCgAcaQoAFJAKAF5pCgCkaQoAqmkKAPZpCgD8aQoASGoKAE1qCgCaagoAoGoKACSoDgAIawoAPmsKAEZrCgAaqQ4AnmsKAOJrCgDzawoANGwKAEVsCgCGbAoAkmwKANhsCgDfbAoAbKkOADttCgB8bQoAjW0KAM5tCgDabQoAIG4KACduCgC+qQ4AdG4KAMRuCgDFbgoAFm8KAB5vCgBobwoAbW8KALpvCgDDbwoADHAKABZwCgBecAoAZnAKALBwCgC1cAoAAnEKABJxCgBUcQoAXHEKAKZxCgC8cQoA+HEKAARyCgBKcgoAYHIKAJxyCgChcgoA7nIKAPRyCgBAcwoAVHMKABCqDgCocwoA5HMKAPJzCgA2dAoAQ3QKAIh0CgCKdAoA2nQKAOR0CgAsdQoAOHUKAH51CgCFdQoA0HUKANh1CgAidgoAO3YKAHR2CgCIdgoAxnYKAM52CgAYdwoAGncKAGp3CgB3dwoAvHcKAMF3CgAOeAoAGHgKAGB4CgBreAoAsngKAL54CgAEeQoACnkKAFZ5CgBeeQoAqHkKAKl5CgD6eQoAAHoKAEx6CgBRegoAnnoKAK16CgDwegoA/HoKAEJ7CgBFewoAlHsKAJd7CgBiqg4A63sKADh8CgBUfAoAtKoOAKp8CgDcfAoA5HwKAAarDgA0fQoAgH0KAIx9CgBYqw4A2H0KACR+CgAwfgoAlq0OAHd+CgD8gQoAhn4KAMh+CgDKfgoAGn8KACR/CgBsfwoAbn8KAL5/CgDPfwoAEIAKABiACgBigAoAboAKALSACgC6gAoABoEKAAyBCgBYgQoAXYEKAKqBCgCwgQoA6K0OAP6BCgBOggoAVIIKAKCCCgCjggoA8oIKAP6CCgBEgwoATIMKAN6uDgCcgwoA6IMKAO6DCgA6hAoAP4QKAIyECgCShAoAMK8OAOCECgAwhQoAOYUKAIKFCgCZhQoA1IUKAN+FCgAmhgoAMIYKAHiGCgCAhgoAJrAOANeGCgAchwoAJIcKAG6HCgB4hwoAwIcKAMuHCgASiAoAGIgKAGSICgBwiAoAtogKALiICgAIiQoAD4kKAFqJCgBiiQoArIkKAL6JCgB4sA4AOYoKAFCKCgBYigoAoooKAMWKCgBusQ4A9ooKAEaLCgBTiwoAmIsKAJ+LCgDqiwoA+4sKADyMCgBIjAoAjowKAJWMCgDgjAoA4YwKADqtCgDojAoAwLEOAEWNCgCEjQoAk40KANaNCgDijQoAKI4KACmOCgB6jgoAhI4KAMyOCgDajgoAHo8KACOPCgBwjwoAfY8KABKyDgDKjwoAZLIOAByQCgC2sg4AaJAKALiQCgBykAoAtMgLALuQCgCobwsAxZAKAAqRCgAYkQoAXJEKAGuRCgCukQoAzpEKAACSCgAMkgoAUpIKAFmSCgCkkgoArJIKAPaSCgD4kgoASJMKAFKTCgCssw4ApJMKAOyTCgD0kwoA/rMOAEiUCgCQlAoAmJQKAFC0DgAelQoANJUKADyVCgCGlQoApJUKAKK0DgDmlQoAKpYKADqWCgB8lgoAjJYKAM6WCgDalgoAIJcKACaXCgBylwoAjpcKAMSXCgDMlwoA9LQOACqYCgBomAoAcpgKALqYCgDGmAoADJkKABSZCgBGtQ4AaZkKALCZCgCymQoAApoKAAiaCgBUmgoAXJoKAJi1DgComgoA+JoKAPuaCgBKmwoAUpsKAJybCgCsmwoA7psKAPCbCgBAnAoATpwKAJKcCgCjnAoA6rUOAOucCgA8tg4APJ0KAIidCgCNnQoA2p0KAOCdCgCOtg4AOZ4KAH6eCgCIngoA0J4KANKeCgAinwoANZ8KAHSfCgB8nwoAxp8KANKfCgAYoAoAHqAKAGqgCgBwoAoAvKAKAMGgCgAOoQoAFKEKAIS3DgBpoQoAsqEKAL+hCgAEogoAC6IKAFaiCgBeogoA1rcOALSiCgD6ogoABKMKAEyjCgBYowoAnqMKAK2jCgDwowoA+qMKAEKkCgBOpAoAlKQKAJukCgAouA4A6aQKAG5KDADspAoAOKUKAPWkCgD0qQsARKUKAIqlCgCSpQoAergOAOilCgAupgoAOKYKAICmCgCMpgoA0qYKAOGmCgAkpwoALqcKAHanCgCCpwoAyKcKAM+nCgDMuA4AKKgKAGyoCgA6qAoA5poLAIOoCgC+qAoAy6gKABCpCgASqQoAYqkKAHOpCgC0qQoA0KkKAAaqCgAOqgoAHrkOAHGqCgCqqgoAvqoKAPyqCgAEqwoATqsKAFGrCgCgqwoArqsKAPKrCgAJrAoARKwKAFGsCgCWrAoAmKwKAOisCgD5rAoAcLkOAECtCgCMrQoAka0KAN6tCgD0rQoAMK4KAD6uCgCCrgoAha4KANSuCgDgrgoAJq8KACyvCgB4rwoAhK8KAMqvCgDzrwoAHLAKACiwCgBusAoAfbAKAMCwCgDKsAoAErEKACCxCgBksQoAabEKALaxCgDDsQoAwrkOAAqyCgBasgoAaLIKAKyyCgC5sgoA/rIKABCzCgAUug4AX7MKAKKzCgCuswoA9LMKAA20CgBGtAoASLQKAJi0CgCntAoA6rQKAAq1CgA8tQoARLUKAI61CgCxtQoA4LUKAPa1CgAytgoAN7YKAIS2CgCHtgoA1rYKAOC2CgAotwoAMLcKAHq3CgCAtwoAzLcKANi3CgAeuAoALbgKAHC4CgB8uAoAwrgKAM+4CgAUuQoAHrkKAGa5CgBuuQoAuLkKAMe5CgAKugoADLoKAFy6CgBtugoArroKAL+6CgAAuwoACLsKAFK7CgBjuwoApLsKAKa7CgD2uwoA+bsKAEi8CgBSvAoAmrwKAL68CgDsvAoACL0KAGa6DgBEvQoAkL0KAJW9CgDivQoA8b0KADS+CgBAvgoAhr4KAIm+CgDYvgoA274KACq/CgAyvwoAfL8KAIu/CgDOvwoA078KACDACgA2wAoAcsAKAHPACgDEwAoA1cAKABbBCgAiwQoAaMEKAHLBCgC6wQoAxsEKAAzCCgATwgoAuLoOAGLCCgCwwgoAvsIKAALDCgAMwwoAVMMKAF/DCgCmwwoArsMKAPjDCgAExAoASsQKAF3ECgCcxAoAqsQKAO7ECgD4xAoAQMUKAEjFCgCSxQoAocUKAOTFCgDpxQoANsYKAD3GCgCIxgoAlMYKAAq7DgDmxgoALMcKAC/HCgB+xwoAgccKANDHCgDqxwoAIsgKAC7ICgB0yAoAh8gKAMbICgDUyAoAGMkKACLJCgBqyQoAjckKAFy7DgDGyQoADsoKABrKCgBgygoAZ8oKALLKCgC6ygoABMsKAAjLCgBWywoAZMsKAKjLCgCyywoA+ssKAAXMCgBMzAoAVMwKAJ7MCgCtzAoA8MwKAPXMCgBCzQoASc0KAJTNCgCgzQoA5s0KAO7NCgCuuw4ATs4KACgoDABRzgoAis4KAJTOCgDczgoA6M4KAC7PCgAxzwoAgM8KAIrPCgDSzwoA1c8KACTQCgA00AoAdtAKAHjQCgDI0AoA1tAKABrRCgAr0QoAALwOAHPRCgBSvA4Ax9EKABDSCgDI0QoA8BQMAN7RCgBglwsAKdIKAGLSCgBs0goAtNIKAMDSCgAG0woACdMKAFjTCgBi0woApLwOAK/TCgD80woAHNQKAE7UCgBW1AoA9rwOAK7UCgDy1AoACNUKAETVCgBQ1QoAltUKAJ3VCgDo1QoA8NUKADrWCgA/1goAjNYKAJXWCgDe1goA6NYKADDXCgA41woAgtcKAJDXCgDU1woA4dcKACbYCgAu2AoASL0OAIjYCgDK2AoA0tgKAJq9DgAj2QoAbtkKAHrZCgDA2QoAx9kKABLaCgAa2goAZNoKAG7aCgC22goAxNoKAAjbCgAe2woAWtsKAGbbCgCs2woAsdsKAP7bCgAH3AoAUNwKAFrcCgCi3AoAqtwKAPTcCgD53AoARt0KAFbdCgCY3QoAoN0KAOy9DgD03QoAPN4KAD/eCgC4XQsARN4KAD6+DgCc3goA4N4KAPbeCgAy3woAPt8KAITfCgCL3woA1t8KAN7fCgAo4AoALeAKAHrgCgCD4AoAzOAKANbgCgAe4QoAJuEKAHDhCgBy4QoApuwKAH7hCgDC4QoAz+EKABTiCgAc4goAkL4OAHLiCgC44goAu+IKAArjCgAU4woA4r4OAGrjCgCu4woAxOMKAADkCgAM5AoAUuQKAFnkCgCk5AoArOQKAPbkCgD75AoASOUKAFHlCgCa5QoApOUKAOzlCgD05QoAPuYKAEDmCgCQ5goAoOYKAOLmCgDs5goANOcKAEDnCgCG5woAjOcKAIa/DgDm5woAKugKAEDoCgB86AoAiOgKAM7oCgDT6AoAIOkKACnpCgBy6QoAfOkKAMTpCgDM6QoAFuoKADjqCgDYvw4Ad+oKALrqCgDG6goADOsKAA3rCgBe6woAaOsKALDrCgC+6woAAuwKAAfsCgBU7AoAYewKACrADgC27AoA+OwKAALtCgBK7QoAVu0KAJztCgCi7QoA7u0KAPbtCgAgwQ4ARe4KAJLuCgCa7goA5O4KAPDuCgCA+AoA/e4KADbvCgBC7woAiO8KAJDvCgBywQ4A5+8KACzwCgA08AoAfvAKAIzwCgDQ8AoA3fAKACLxCgAl8QoAdPEKAH7xCgDG8QoAyPEKABjyCgAl8goAavIKAHnyCgC88goAyPIKAA7zCgAW8woAxMEOAHDzCgCy8woAuvMKAAT0CgAQ9AoAVvQKAFz0CgCo9AoArvQKAPr0CgD/9AoATPUKAFL1CgAWwg4Aq/UKAPD1CgD19QoAQvYKAEz2CgCU9goAnPYKAOb2CgDy9goAOPcKAEv3CgCK9woAmPcKANz3CgDf9woALvgKADj4CgBowg4Ak/gKANL4CgDg+AoAJPkKACf5CgB2+QoAgPkKALrCDgDN+QoAGvoKANb5CgCSFwsAIvoKAGz6CgB4+goAvvoKAMT6CgAQ+woA0foKAFQVCwAW+woAYvsKAGf7CgC0+woAuvsKAAzDDgAM/AoAWPwKAF38CgCq/AoAsPwKAF7DDgAK/QoATv0KAGn9CgCg/QoArP0KAPL9CgD5/QoAsMMOAE3+CgCW/goAo/4KAOj+CgD0/goAOv8KAE3/CgCM/woAjf8KAN7/CgDq/woAMAALAD8ACwCCAAsAjAALANQACwDgAAsAJgELAC0BCwACxA4AfgELAMoBCwDQAQsAHAILACECCwBuAgsAdAILAKbEDgDJAgsAEgMLAB8DCwBkAwsAaAMLALYDCwC4AwsACAQLABUECwBaBAsAZAQLAPjEDgCzBAsA/gQLAAYFCwBQBQsAXAULAKIFCwC1BQsA9AULAAMGCwBGBgsAUgYLAJgGCwCZBgsA6gYLAPQGCwA8BwsASgcLAI4HCwCTBwsA4AcLAO0HCwBKxQ4APggLAIQICwCKCAsA1ggLANwICwAoCQsALQkLAHoJCwCACQsAnMUOANEJCwAeCgsAKAoLAEDGDgB4CgsAwgoLAM8KCwAUCwsAGQsLAGYLCwBwCwsAuAsLAMALCwAKDAsAFgwLAFwMCwBvDAsArgwLAK8MCwAADQsADA0LAFINCwBhDQsApA0LAK4NCwD2DQsA/g0LAEgOCwBKDgsAksYOAKMOCwDsDgsA+w4LAD4PCwBNDwsAkA8LAJwPCwDiDwsA5Q8LADQQCwA3EAsA5MYOAIgQCwDYEAsA2xALACoRCwAyEQsAfBELAIkRCwDOEQsA0xELACASCwAqEgsAchILAHoSCwDEEgsA0BILABYTCwApEwsAaBMLAGkTCwC6EwsAxhMLAAwUCwAbFAsAXhQLAGgUCwCwFAsAvBQLAAIVCwAJFQsANscOAGMVCwCmFQsAshULAPgVCwD5FQsAShYLAFQWCwCcFgsAqhYLAO4WCwDzFgsAQBcLAE0XCwCIxw4AoxcLANrHDgDxFwsANhgLAEQYCwCIGAsAmRgLANoYCwD8GAsALMgOADEZCwB+GQsAMhkLAAZOCwCGGQsA0BkLANEZCwD6HQsA0xkLAPAeCwDVGQsABB0LANYZCwA4IAsA1xkLAA4cCwDfGQsAIhoLAOkZCwAaIwsAJxoLAHQaCwCBGgsAxhoLANMaCwAYGwsAJBsLAGobCwB5GwsAvBsLAMYbCwB+yA4AHBwLAGAcCwBiHAsAshwLAMMcCwDQyA4ABR0LAFYdCwBiHQsAqB0LALUdCwAiyQ4ACB4LAEweCwBZHgsAnh4LALUeCwB0yQ4A+R4LAIAhCwD6HgsAQh8LAEQfCwCUHwsAmh8LAOYfCwDwHwsAxskOAEQgCwCKIAsAjCALANwgCwDrIAsALiELADkhCwAYyg4AjyELANIhCwDhIQsAJCILADAiCwB2IgsAgiILAMgiCwDPIgsAasoOACYjCwBsIwsAdCMLALzKDgDXIwsAECQLACEkCwBiJAsAbiQLAA7LDgC7JAsABiULAA4lCwBYJQsAWSULAKolCwCwJQsA/CULAAEmCwBOJgsATyYLAKAmCwCsJgsA8iYLAPgmCwBEJwsATicLAJYnCwCkJwsAtiwLAKonCwDoJwsA8CcLAGDLDgBKKAsAjCgLAJQoCwDeKAsA5ygLADApCwDrKAsAwCsLAD0pCwCCKQsAiSkLANQpCwDgKQsAJioLADYqCwB4KgsAhioLAMoqCwDXKgsAHCsLACgrCwBuKwsAdSsLALLLDgDJKwsAEiwLACMsCwBkLAsAdSwLAATMDgDCLAsACC0LAAstCwBaLQsAYi0LAKwtCwCxLQsA/i0LAA4uCwBQLgsAWC4LAKIuCwCrLgsA9C4LAK8uCwCEMQsAAS8LAEYvCwBNLwsAmC8LAKQvCwDqLwsA+i8LADwwCwBKMAsAjjALAJswCwDgMAsA7DALADIxCwA5MQsAVswOAI0xCwDWMQsA5zELACgyCwA5MgsAqMwOAH8yCwDMMgsA2TILAB4zCwAqMwsAcDMLAHozCwDCMwsA1jMLABQ0CwAVNAsAZjQLAHI0CwC4NAsA1zQLAAo1CwASNQsAXDULAGE1CwCuNQsAxzULAAA2CwApNgsAUjYLAF42CwCkNgsAszYLAPY2CwAANwsASDcLAFA3CwCaNwsApTcLAOw3CwDuNwsAPjgLAEE4CwCQOAsAmDgLAOI4CwDvOAsANDkLADk5CwCGOQsAjjkLANg5CwDaOQsAKjoLADQ6CwB8OgsAhjoLAM46CwDUOgsAIDsLAC47CwByOwsAizsLAMQ7CwDNOwsAFjwLACA8CwBoPAsAdDwLAPrMDgDGPAsADD0LABY9CwBePQsAaT0LALA9CwC1PQsAAj4LAAk+CwBUPgsAXD4LAKY+CwDQPgsATM0OAP8+CwBKPwsAUj8LAJw/CwDGPwsA7j8LAPM/CwBAQAsAQUALAJJACwCcQAsA5EALAPJACwA2QQsAO0ELAIhBCwCVQQsA2kELAPZBCwAsQgsASEILAJ7NDgCLQgsA0EILANRCCwAiQwsAKEMLAHRDCwB2QwsAxkMLAMdDCwAYRAsAO0QLAGpECwCORAsAvEQLAOZECwAORQsAFkULAGBFCwBlRQsAskULAL9FCwAERgsADEYLAFZGCwBYRgsAqEYLALBGCwD6RgsAJEcLAExHCwBZRwsAnkcLAKNHCwDwRwsA/UcLAEJICwBOSAsAlEgLAL5ICwDmSAsA7kgLADhJCwBTSQsAikkLAIxJCwDcSQsA7UkLAC5KCwA3SgsAgEoLAIxKCwDwzQ4A30oLACRLCwA/SwsAdksLAHtLCwDISwsA6EsLABpMCwAmTAsAbEwLAHRMCwBCzg4AzEwLABBNCwAaTQsAYk0LAG1NCwC0TQsAvE0LAObODgAPTgsAWE4LAGJOCwCqTgsAtU4LAPxOCwAQTwsATk8LAGNPCwCgTwsAqE8LAPJPCwAJUAsARFALAElQCwCWUAsAoFALAOhQCwDwUAsAOM8OADxRCwCMUQsAnVELAN5RCwDhUQsAMFILADxSCwCKzw4AkFILANRSCwDlUgsA3M8OAClTCwB4UwsAe1MLAMpTCwDWUwsAHFQLACJUCwBuVAsAeFQLAC7QDgDNVAsAElULAClVCwBkVQsAbFULAIDQDgC+VQsA0tAOAB9WCwBaVgsAYFYLAKxWCwC4VgsA/lYLABVXCwBQVwsAUlcLAKJXCwCsVwsA9FcLAABYCwBGWAsAUlgLAJhYCwCeWAsA6lgLAPBYCwA8WQsAQVkLAI5ZCwCUWQsAJNEOAONZCwBS0AwA61kLADJaCwAzWgsAhFoLAI5aCwDWWgsABlsLAHbRDgArWwsAelsLAIRbCwDI0Q4A1VsLAB5cCwA0XAsAcFwLAIZcCwDCXAsAxFwLABRdCwAaXQsAZl0LAHpdCwBs0g4AwF0LAApeCwDUXQsAuhQPABpeCwBcXgsAI14LAJBXDABeXgsArl4LALxeCwAAXwsAEV8LAL7SDgBZXwsAENMOAK1fCwAgMQwAsF8LAPZfCwD5XwsASGALAFFgCwCaYAsAq2ALAOxgCwD2YAsAPmELAEZhCwCQYQsAWmELANYnDACTYQsA4mELAOthCwA0YgsASmILAIZiCwCcYgsA2GILANpiCwAqYwsAMGMLAHxjCwCQYwsAYtMOAPljCwAgZAsAS2QLALTTDgB4ZAsAjPULAH5kCwAMZgsAf2QLACb3CwCBZAsAMPYLAIJkCwDEZAsAxmQLABZlCwAkZQsAaGULAHllCwAG1A4AwmULAFjUDgASZgsAXmYLAGRmCwCwZgsAtWYLAAJnCwAIZwsAqtQOAGBnCwCmZwsArmcLAE7VDgAEaAsASmgLAFRoCwCcaAsApWgLAO5oCwDvaAsAQGkLAEhpCwCSaQsAl2kLAORpCwD0aQsA8tUOAEJqCwCIagsAimoLANpqCwDgagsALGsLADNrCwB+awsAg2sLANBrCwDUawsAImwLAC9sCwB0bAsAfGwLAMZsCwDLbAsAGG0LAChtCwBE1g4Ae20LALxtCwDIbQsADm4LAB1uCwBgbgsAam4LALJuCwDAbgsABG8LABFvCwBWbwsAbW8LAJbWDgCrbwsAOtcOAP1vCwBMcAsAAXALABTjDgBUcAsAnnALAMlwCwDwcAsAG3ELAEJxCwBtcQsAjNcOAJ1xCwDmcQsA53ELADhyCwBHcgsAinILAE5yCwAkdAsAm3ILANxyCwDecgsALnMLADFzCwCAcwsAg3MLANJzCwDacwsAgtgOACl0CwB2dAsAfXQLAMh0CwDRdAsAGnULACt1CwBsdQsAeHULAL51CwDGdQsA1NgOABZ2CwBidgsAaXYLALR2CwC5dgsABncLAAp3CwBYdwsAZXcLAKp3CwC5dwsA/HcLAA14CwBOeAsAUHgLAKB4CwCjeAsA8ngLAPV4CwBEeQsATHkLACbZDgCbeQsAqJgLAKF5CwDQ3AwAonkLAOh5CwDreQsAOnoLAER6CwB42Q4AlXoLAN56CwDtegsAMHsLAD97CwCCewsAjnsLANR7CwDXewsAJnwLACl8CwDK2Q4Ae3wLAMp8CwD1fAsAHNoOACR9CwBu2g4Adn0LAMDaDgDIfQsAEtsOABd+CwBkfgsAcX4LALZ+CwC5fgsACH8LAA1/CwBafwsAa38LAKx/CwC4fwsAZNsOAAOACwBQgAsAYYALAKKACwCugAsA9IALAA6BCwBGgQsASoELADKDCwBNgQsAcIULAFCBCwC4hgsAUoELACiECwBUgQsAPIILAFeBCwCYgQsAnYELAOqBCwABggsAttsOAEmCCwCOggsAnoILAOCCCwDlggsACNwOADSDCwCEgwsAioMLANaDCwDjgwsAWtwOAC6ECwB6hAsAgIQLAMyECwDRhAsAHoULACSFCwCs3A4AfIULAMKFCwDbhQsAFIYLAB2GCwBmhgsAfYYLAP7cDgC+hgsACocLAAyHCwBchwsAa4cLAK6HCwC6hwsAUN0OAAmICwBSiAsAYIgLAKSICwCuiAsA9ogLAAKJCwBIiQsAS4kLAJqJCwC2iQsA7IkLAPSJCwCi3Q4ASooLAJCKCwCTigsA4ooLAOyKCwCY3g4APYsLAIaLCwCUiwsA2IsLAOKLCwAqjAsANowLAHyMCwCEjAsAPN8OANCMCwAgjQsALo0LAHKNCwCDjQsAjt8OAMuNCwDg3w4AG44LAGiOCwBwjgsAuo4LAMCOCwAMjwsAFY8LAF6PCwBrjwsAhOAOALWPCwACkAsAvI8LAJyRCwALkAsAVJALAF6QCwCmkAsArpALAPiQCwA4kQsASpELAFKRCwDW4A4AopELAO6RCwD0kQsAQJILAEiSCwCSkgsA0pILAOSSCwDskgsAKOEOAD6TCwB64Q4AypMLANqTCwAclAsAzOEOADqUCwB+lAsAj5QLANCUCwDclAsAIpULACWVCwAe4g4AhJULAMaVCwDIlQsAGJYLACaWCwBqlgsAe5YLAHDiDgDYlgsADpcLABaXCwDC4g4AbpcLALKXCwCzlwsAZuMOABCYCwBWmAsAXZgLALjjDgCvmAsA+pgLAP+YCwAK5A4AVJkLAFzkDgCgmQsA8JkLAPOZCwBCmgsARZoLAK7kDgCcmgsAAOUOAPSaCwA4mwsAOZsLAFLlDgCSmwsApOUOAOGbCwAunAsANZwLAICcCwCFnAsA9uUOANqcCwBI5g4ALJ0LAHadCwCAnQsAyJ0LANOdCwAangsAKJ4LAGyeCwBvngsAvp4LAMaeCwAQnwsAGp8LAGKfCwBunwsAtJ8LALefCwAGoAsAEKALAJrmDgBmoAsAqqALAMCgCwD8oAsACKELAE6hCwBVoQsAoKELAKihCwDyoQsA96ELAESiCwBNogsAlqILAKCiCwDoogsA8KILADqjCwA8owsAjKMLAJyjCwDeowsA6KMLADCkCwA8pAsAgqQLAIikCwDUpAsA3KQLAD7nDgA0pQsAeKULAHmlCwCQ5w4Az6ULAOLnDgAepgsAbqYLAG+mCwDApgsAw6YLABKnCwAdpwsAZKcLAGmnCwC2pwsAwKcLADToDgAsqAsAWqgLAGKoCwCG6A4ArqgLAP6oCwAPqQsAUKkLAGGpCwCiqQsApakLANjoDgD6qQsARqoLAEuqCwCYqgsAm6oLAOqqCwDtqgsAPKsLAESrCwAq6Q4AnKsLAOCrCwDjqwsAMqwLAD2sCwCErAsAkKwLANasCwDdrAsAKK0LADCtCwB6rQsAiK0LAMytCwDZrQsAHq4LACauCwB86Q4AfK4LAMKuCwDFrgsAFK8LAB6vCwBmrwsAbq8LAM7pDgDErwsACrALABCwCwBcsAsAZrALAK6wCwDCsAsAALELAAixCwAg6g4AX7ELAKSxCwCssQsA9rELAPmxCwBIsgsAVLILAJqyCwCksgsA7LILAPWyCwA+swsAP7MLAJCzCwCoswsA4rMLAOSzCwA0tAsARbQLAIa0CwCXtAsA2LQLAOC0CwAqtQsAObULAHy1CwB+tQsAzrULAN+1CwAgtgsAMbYLAHK2CwCLtgsAxLYLAMa2CwAWtwsAJbcLAGi3CwCItwsAxOoOAMK3CwAW6w4AFLgLAGjrDgBmuAsAuusOALy4CwACuQsAErkLAFS5CwBZuQsAprkLAKy5CwD4uQsABLoLAEq6CwBSugsADOwOAK26CwDuugsA/7oLAEC7CwBSuwsAkrsLAJq7CwDkuwsA77sLADa8CwA7vAsAiLwLAI28CwDavAsA+rwLAF7sDgA8vQsAfr0LAIi9CwDQvQsA3L0LACK+CwAovgsAdL4LAHy+CwDGvgsAyL4LABi/CwDSvgsAisQLACm/CwBqvwsAe78LALy/CwDOvwsADsALABbACwBgwAsAa8ALALLACwC3wAsABMELAAnBCwBWwQsAdsELALDsDgCqwQsA+sELAAnCCwBMwgsAV8ILAJ7CCwCwwgsA8MILAPjCCwBCwwsATcMLAJTDCwCZwwsA5sMLAOvDCwA4xAsAWMQLAALtDgCMxAsA3MQLAOvECwAuxQsAOcULAIDFCwCSxQsA0sULANrFCwAkxgsAL8YLAHbGCwB7xgsAyMYLAM3GCwAaxwsAOscLAFTtDgB5xwsAvscLANXHCwCm7Q4AHcgLAGLICwB5yAsA+O0OAMHICwAGyQsADckLAFjJCwBmyQsAqskLALfJCwD8yQsAE8oLAEruDgBWygsAnO4OAKLKCwDyygsAAMsLAETLCwBVywsA7u4OAKPLCwDoywsA/8sLAEDvDgBEzAsAjMwLAJjMCwDezAsA4cwLADDNCwA6zQsAku8OAJ7NCwDk7w4A3M0LADbwDgAuzgsAeM4LAHnOCwD+0QsAe84LABLQCwB/zgsAuNgLAILOCwDKzgsAh84LAOrTCwCIzgsA9NILAM/OCwAU2AsA1s4LABzPCwAfzwsAbs8LAHjPCwCI8A4AyM8LANrwDgAb0AsAZNALADLQCwDM1gsActALALbQCwDA0AsACNELABTRCwBa0QsAXdELAKzRCwC00QsALPEOAADSCwBQ0gsAU9ILAKLSCwCl0gsAfvEOAPbSCwBG0wsAVNMLAJjTCwCp0wsAIvIOAOzTCwA81AsASdQLAI7UCwCd1AsA4NQLAOzUCwAy1QsAQ9ULAITVCwCV1QsA1tULAOLVCwAo1gsAL9YLAHrWCwCC1gsAxvIOANrWCwAe1wsAH9cLABjzDgB81wsAwtcLAMnXCwBq8w4AG9gLAGbYCwBr2AsADvQOAMHYCwAK2QsAENkLAFzZCwBe2QsArtkLALjZCwAA2gsADtoLAFLaCwBX2gsApNoLALHaCwD22gsADtsLAEjbCwBe2wsAmtsLAJ3bCwDs2wsA9NsLALL0DgBG3AsAkNwLAIfcCwBkag0AkdwLACreCwCT3AsAFuALAJrcCwDi3AsAoNwLACDfCwDu3AsANN0LADfdCwCG3QsAkN0LAAT1DgDg3QsAVvUOACzeCwB83gsAf94LAM7eCwDR3gsAqPUOACLfCwBy3wsAgN8LAMTfCwDV3wsATPYOAB/gCwBo4AsAduALALrgCwCB4AsATDMNAMTgCwAM4QsAGOELAF7hCwBh4QsAsOELALjhCwDw9g4AHOILAEL3DgBu4gsApuILAMDiCwCU9w4A/eILACLnCwAG4wsAxucLAAjjCwBK4wsATOMLAJzjCwCq4wsA7uMLAP/jCwDm9w4AR+QLADj4DgCY5AsA5OQLAOrkCwA25QsAO+ULAIjlCwCO5QsAivgOAODlCwAs5gsAMeYLAH7mCwCU5gsA0OYLANjmCwAu+Q4AQucLAHTnCwB85wsAgPkOAN3nCwAY6AsAJegLAGroCwBv6AsAvOgLAMLoCwAO6QsAGukLAGDpCwBn6QsAsukLALrpCwAE6gsAJ+oLACT6DgBf6gsAqOoLALXqCwD66gsACesLAEzrCwBO6wsAnusLAKfrCwDw6wsAB+wLAELsCwBN7AsAlOwLAJ7sCwDm7AsA7uwLAHb6DgA+7QsAiu0LAJDtCwDc7QsA4e0LAC7uCwA07gsAyPoOAKLuCwDS7gsA2u4LAGz7DgAu7wsAdu8LAH/vCwDI7wsAzu8LABrwCwAm8AsAbPALAIrwCwC+8AsAv/ALABDxCwAS8QsAYvELAG/xCwC08QsAwvELAAbyCwAV8gsAWPILAHTyCwCq8gsAsvILAL77DgAP8wsATvMLAE/zCwCg8wsArPMLAPLzCwAB9AsARPQLAE70CwCW9AsAovQLAOj0CwDv9AsAEPwOAEL1CwBi/A4AlfULAN71CwDr9QsAtPwOADX2CwCC9gsAj/YLANT2CwDe9gsABv0OACj3CwB49wsAjvcLAMr3CwDW9wsAWP0OACT4CwAY3gwAOvgLAG74CwCM+AsAwPgLAMj4CwAS+QsA4vgLAPgBDQAT+QsArPoLABX5CwD0+wsAHvkLAEoCDQAi+QsAZPkLAGb5CwC2+QsAxPkLAAj6CwAZ+gsAqv0OAGL6CwD8/Q4ArvoLAP76CwAB+wsAUPsLAFP7CwBO/g4AqvsLAKD+DgD++wsAoiQMABT8CwBG/AsAVPwLAJj8CwCZ/AsA8v4OAPL8CwBE/w4ATf0LAI79CwCQ/QsA4P0LAOH9CwAy/gsANf4LAIT+CwCQ/gsA1v4LAN3+CwAo/wsARP8LAHr/CwCC/wsA6P8OANn/CwAeAAwALgAMAHAADAB1AAwAwgAMAPIADAA6AA8AGgEMAIwADwBuAQwAuAEMALkBDACwCgwAvgEMACKBDQDCAQwACgIMAMQBDAA0BgwAyAEMAJoEDADWAQwA5A0MAA8CDADEeQ0AFQIMAPZ0DQAWAgwAXAIMAF8CDACuAgwAuAIMAN4ADwAIAwwAUgMMAFgDDACkAwwArQMMAPYDDAADBAwASAQMAGQEDAAwAQ8AnAQMAOwEDACfBAwAqIQNAPoEDAA+BQwATwUMAIIBDwCWBQwA4gUMAO4FDADUAQ8AOgYMAIYGDACMBgwA2AYMAN0GDAAqBwwAMAcMAMoCDwCDBwwAwAMPANMHDAAgCAwAKAgMAHIIDAB+CAwAxAgMANcIDAAWCQwAIgkMAGgJDAB3CQwAugkMAMMJDAAMCgwAFgoMAF4KDABqCgwAZAQPAMEKDAACCwwADgsMAFQLDABWCwwApgsMAKkLDAD4CwwABAwMAEoMDABSDAwAtgQPAKgMDADuDAwA/gwMAEANDABMDQwAkg0MAJgNDAAIBQ8ABg4MADYODAA+DgwAiA4MALAODADaDgwA5Q4MACwPDAA4DwwAfg8MAI8PDADQDwwA0Q8MAFoFDwAoEAwAdBAMAIEQDACsBQ8A0xAMABgRDAAvEQwAahEMAJoRDAC8EQwAxBEMAA4SDAAYEgwAYBIMAGwSDACyEgwAtRIMAAQTDAAOEwwA/gUPAF4TDACoEwwArhMMAPoTDAADFAwATBQMAFkUDACeFAwAuhQMAFAGDwDyFAwAQhUMAPcUDAASIgwATxUMAJQVDACbFQwA5hUMAOgVDAA4FgwAPhYMAIoWDACRFgwA3BYMAPQWDAAuFwwAMxcMAIAXDAA6FwwAJBgMAIkXDADSFwwA3BcMAKIGDwAqGAwAdhgMAHwYDADIGAwAzRgMABoZDAAgGQwA9AYPAG0ZDAC+GQwAzxkMABAaDAAcGgwAYhoMAGwaDAC0GgwAwBoMAAYbDAANGwwARgcPAFobDACqGwwAYxsMADCQDQCtGwwA/BsMABwcDABOHAwAVhwMAJgHDwCxHAwA8hwMAPkcDABEHQwATB0MAJYdDACZHQwAMB8MAKYdDADoHQwA6h0MADoeDABIHgwAjB4MAJ0eDADqBw8A5R4MADwIDwA5HwwAgh8MAJEfDADUHwwA4x8MACYgDAAyIAwAeCAMAHsgDADKIAwAzSAMABwhDAAsIQwAbiEMAHchDADAIQwA0SEMAI4IDwAXIgwAZCIMAG0iDAC2IgwAwCIMAAgjDAAQIwwAWiMMAHgjDACsIwwAyiMMAP4jDAAcJAwAUCQMAG4kDADgCA8AqSQMAPQkDAD5JAwARiUMAAAlDAA8JgwATyUMAJglDACiJQwA6iUMAAYmDAAyCQ8AQiYMAI4mDACUJgwA4CYMAPwmDACECQ8AWicMACgKDwCsJwwAegoPAN4nDABwCw8APigMAHooDAB8KAwAzCgMANIoDAAeKQwAMikMAHApDAB4KQwAwikMAOopDADCCw8AHSoMAGYqDABzKgwAuCoMAMYqDAAKKwwAFCsMAFwrDAB2KwwArisMALsrDAAALAwADCwMAFIsDABcLAwApCwMAKwsDAAUDA8A/SwMAEgtDABQLQwAZgwPAHQtDABcDQ8Api0MAOwtDADzLQwAPi4MAEYuDAC4DA8Aki4MAOIuDADzLgwANC8MADwvDACGLwwAkC8MANgvDADkLwwAKjAMAC0wDAB8MAwAhjAMAK4NDwDqMAwAAA4PAC0xDAByMQwAejEMAMQxDADHMQwAXjMMANQxDAAWMgwAGDIMAGgyDAB2MgwAujIMAMsyDABSDg8AEzMMAKQODwBnMwwAsDMMAL8zDAACNAwAETQMAFQ0DABgNAwApjQMAKk0DAD4NAwA+zQMAEo1DABaNQwAnDUMAKU1DADuNQwA/zUMAPYODwBMNgwAkjYMAJo2DABIDw8A5jYMADY3DADwNgwA2jcMADk3DACINwwAkDcMAJoPDwDgNwwALDgMADg4DAB+OAwAhjgMAOwPDwDcOAwAIjkMACU5DAB0OQwAfjkMAD4QDwDLOQwAGDoMAC46DABqOgwAazoMALw6DADNOgwADjsMABo7DABgOwwAajsMALI7DAC+OwwAkBAPABA8DABWPAwAWTwMAKg8DACyPAwANBEPAP08DABMPQwATz0MAJ49DACqPQwA8D0MAPY9DABCPgwATD4MAIYRDwCZPgwA5j4MAPM+DAA4PwwAOz8MAIo/DACmPwwA3D8MAOQ/DADYEQ8ANkAMACoSDwCIQAwAfBIPANVADAAkQQwA6UAMAOL7DABEQQwAdkEMAIpBDADOEg8A1UEMACATDwAbQgwAbEIMAHJCDAC+QgwAykIMABBDDAAfQwwAYkMMAGRDDAC0QwwAvkMMAAZEDAASRAwAWEQMAF9EDAByEw8AtkQMAMQTDwAERQwAFhQPAJtFDACgRQwA7UUMAPJFDAA/RgwAREYMAJFGDACWRgwA40YMAOhGDAA1RwwAOkcMAIdHDABoFA8AjkcMAN5HDADsRwwAMEgMAEFIDAAMFQ8AiEgMANRIDADgSAwAXhUPACxJDAB4SQwAfkkMAMpJDADPSQwAHEoMACJKDAACFg8AcUoMAMBKDADMSgwAEksMABhLDABkSwwAbksMAKYWDwC7SwwACEwMABVMDABaTAwAXUwMAKxMDADBTAwA/kwMAAZNDAD4Fg8AWE0MAKJNDACuTQwA9E0MAPpNDABGTgwATE4MAJhODACdTgwA6k4MAPBODADkGA8AS08MAI5PDACdTwwA4E8MAOlPDAAyUAwAOFAMAIRQDACKUAwA1lAMAOJQDAAoUQwAL1EMAHpRDACCUQwAiBkPANNRDAAeUgwALFIMAHBSDAB9UgwAwlIMANlSDAAUUwwAMFMMAGZTDABuUwwA2hkPAMtTDAAKVAwADFQMAFxUDAByVAwArlQMAK9UDAAAVQwAEVUMAFJVDABeVQwALBoPAMBVDAB+Gg8A+FUMAEhWDABeVgwAmlYMAJtWDADsVgwA/VYMAD5XDABKVwwA0BoPAJVXDADiVwwA6FcMADRYDABUWAwAhlgMAJJYDADYWAwA31gMACIbDwA2WQwAFlsMADpZDAB8WQwAflkMAM5ZDADcWQwAIFoMADFaDAB0Gw8AeFoMAMRaDADQWgwAxhsPABxbDABoWwwAblsMALpbDAC/WwwADFwMABJcDAC8HA8AclwMALBcDACxXAwAAl0MAA5dDABUXQwAcF0MAKZdDACuXQwABB4PAAReDABKXgwAZl4MAJxeDACkXgwAqB4PAPpeDABAXwwARl8MAJJfDACYXwwA5F8MAPxfDAA2YAwAQGAMAIhgDACUYAwA2mAMAN1gDAAsYQwANmEMAH5hDACWYQwA0GEMAOBhDAAiYgwAJGIMAHRiDACCYgwAxmIMANdiDAD6Hg8AHmMMAGpjDAB2YwwATB8PAMRjDADwHw8AGmQMAGBkDABjZAwAsmQMALxkDABCIA8ABmUMAFZlDABkZQwAqGUMALllDADmIA8AAWYMADghDwBUZgwAiiEPAKZmDACAIg8A8mYMAEJnDABPZwwAlGcMAKNnDADmZwwA7GcMADhoDABEaAwAimgMAIxoDADcaAwA5mgMAC5pDAA8aQwAgGkMAIVpDADSaQwA32kMACRqDAAwagwAdmoMAIlqDADIagwA12oMABprDAAmawwAbGsMAG1rDAC+awwAyGsMABBsDAAebAwAYmwMAGdsDAC0bAwAwWwMANIiDwAQbQwAWG0MAGZtDACqbQwArW0MAPxtDAAMbgwATm4MAFxuDACgbgwArG4MAPJuDAD5bgwARG8MAEtvDACWbwwAom8MAOhvDADpbwwAOnAMAEZwDACMcAwAmXAMAN5wDADlcAwAMHEMADxxDACCcQwAj3EMANRxDADjcQwAJnIMADpyDAB4cgwAhHIMAMpyDADdcgwAHHMMACtzDABucwwAenMMAMBzDADBcwwAEnQMABx0DABkdAwAcnQMALZ0DAC7dAwACHUMABV1DAAkIw8AW3UMAKx1DAC9dQwA/nUMAAx2DABQdgwAX3YMAKJ2DACkdgwA9HYMAP52DABGdwwAVHcMAJh3DACddwwA6ncMAPd3DAA8eAwAS3gMAI54DACTeAwA4HgMAO14DAAyeQwAPHkMAIR5DACQeQwA1nkMAOl5DAAoegwAMnoMAHp6DACGegwAzHoMAN96DAAeewwALXsMAHB7DAB8ewwAwnsMAMN7DAAUfAwAHnwMAGZ8DAB0fAwAuHwMAL18DAAKfQwAF30MAHYjDwBhfQwArn0MALt9DAAAfgwACn4MAFJ+DABYfgwApH4MAKZ+DAD2fgwAA38MAEh/DABLfwwAmn8MAKh/DADsfwwA+H8MAD6ADABLgAwAkIAMAJqADADigAwA8YAMADSBDAA5gQwAhoEMAJOBDADYgQwA5YEMACqCDAA2ggwAfIIMAIuCDADOggwA2IIMACCDDAAugwwAcoMMAHeDDADEgwwA0YMMABaEDAAihAwAaIQMAHuEDAC6hAwAyYQMAAyFDAAYhQwAXoUMAF+FDACwhQwAuoUMAAKGDAAQhgwAVIYMAFmGDACmhgwAs4YMAMgjDwALhwwASocMAFmHDACchwwAqIcMAO6HDADvhwwAQIgMAEqIDACSiAwAoIgMAOSIDADpiAwANokMAEOJDAAaJA8Am4kMANqJDADpiQwALIoMADiKDAB+igwAf4oMANCKDADaigwAIosMADCLDAB0iwwAeYsMAMaLDADTiwwAbCQPABqMDABqjAwAeIwMALyMDADJjAwADo0MABqNDABgjQwAZo0MALKNDADDjQwABI4MAAaODABWjgwAX44MAKiODAC1jgwA+o4MAAmPDABMjwwAV48MAJ6PDACqjwwA8I8MAAOQDABCkAwAUZAMAJSQDACgkAwA5pAMAOeQDAA4kQwAQpEMAIqRDACYkQwA3JEMAOGRDAAukgwAO5IMAL4kDwCNkgwA0pIMAOCSDAAkkwwALpMMAHaTDACEkwwAyJMMAMqTDAAalAwAK5QMAGyUDAB6lAwAvpQMAO2UDAAQlQwAEpUMAGKVDABslQwAtJUMAMKVDAAGlgwAC5YMAFiWDABllgwAqpYMALaWDAD8lgwAD5cMAE6XDABdlwwAoJcMAKyXDADylwwA85cMAESYDABOmAwAlpgMAKSYDADomAwA7ZgMADqZDABHmQwAECUPAI6ZDADemQwA4JkMADCaDAA/mgwAgpoMAJGaDADUmgwA4JoMACabDAApmwwAeJsMAHubDADKmwwA0JsMABycDAAonAwAbpwMAHGcDADAnAwAxZwMABKdDAAbnQwAZJ0MAGqdDAC2nQwAxZ0MAAieDAAUngwAWp4MAGqeDACsngwArp4MAP6eDAAMnwwAUJ8MAGGfDABiJQ8AqJ8MAPSfDAAAoAwAtCUPAFmgDACYoAwAp6AMAOqgDAD2oAwAPKEMAD2hDACOoQwAmKEMAOChDADuoQwAMqIMADeiDACEogwAkaIMAAYmDwDiogwAKKMMADKjDAB6owwAo6MMAMyjDADTowwAHqQMADekDABwpAwAf6QMAMKkDADRpAwAFKUMABmlDABmpQwAc6UMALilDADFpQwACqYMABamDABcpgwAa6YMAK6mDAC4pgwAAKcMAA6nDABSpwwAV6cMAKSnDACxpwwA9qcMAAKoDABIqAwAW6gMAJqoDACpqAwA7KgMAPioDAA+qQwAP6kMAJCpDACaqQwA4qkMAPCpDAA0qgwAOaoMAIaqDACTqgwAWCYPAOmqDAAqqwwAO6sMAHyrDACIqwwAzqsMAOWrDAAgrAwAIqwMAHKsDACDrAwAxKwMAMesDAAWrQwAIK0MAGitDABqrQwAuq0MAMStDAAMrgwAGK4MAF6uDABqrgwAsK4MAMOuDAACrwwAEa8MAFSvDABgrwwApq8MAKevDAD4rwwAArAMAEqwDABYsAwAnLAMAKGwDADusAwA+7AMAKomDwBCsQwAkrEMAJyxDADksQwA7LEMAPwmDwBJsgwAiLIMAJSyDADasgwA6bIMACyzDAA1swwAfrMMAIizDADQswwA3rMMACK0DAAntAwAdLQMAIG0DADGtAwA0rQMABi1DAArtQwAarUMAHm1DAC8tQwAyLUMAA62DAAPtgwAYLYMAGq2DACytgwAwLYMAAS3DAAJtwwAVrcMAGO3DABOJw8AqrcMAPq3DAAEuAwATLgMAFS4DACgJw8Ao7gMAPC4DAAGuQwAQrkMAEO5DACUuQwApbkMAOa5DADyuQwAOLoMAEK6DACKugwAmLoMANy6DADhugwALrsMADu7DACAuwwAjLsMANK7DADluwwAJLwMADO8DAB2vAwAgrwMAMi8DADJvAwAGr0MACS9DABsvQwAer0MAL69DADDvQwAEL4MAB2+DADyJw8AZL4MALS+DAC+vgwABr8MAA6/DABEKA8Abr8MAKq/DAC2vwwA/L8MAAHADABOwAwAV8AMAKDADACqwAwA8sAMAP7ADABEwQwAV8EMAJbBDAClwQwA6MEMAPTBDAA6wgwAO8IMAIzCDACWwgwA3sIMAOzCDAAwwwwANcMMAILDDACPwwwAligPANbDDAAmxAwAMMQMAHjEDACAxAwA6CgPANfEDAAcxQwAK8UMAG7FDAB5xQwAwMUMAMzFDAASxgwAIcYMAGTGDACExgwAtsYMAMLGDAAIxwwAD8cMAFrHDABoxwwArMcMALHHDAD+xwwACsgMAFDIDABjyAwAosgMALHIDAD0yAwAAMkMAEbJDABHyQwAmMkMAKLJDADqyQwA+MkMADzKDABBygwAjsoMAJvKDAA6KQ8A4soMADLLDAA8ywwAhMsMAIzLDACMKQ8A88sMACjMDAA5zAwAeswMAIbMDADMzAwA38wMAB7NDAAtzQwAcM0MAHzNDADCzQwAw80MABTODAAezgwAZs4MAHTODAC4zgwAvc4MAArPDAAXzwwA3ikPAF7PDACuzwwAuM8MAADQDAAI0AwAMCoPAG/QDACk0AwAtdAMAPbQDAAC0QwASNEMAFvRDACa0QwAqdEMAOzRDAD40QwAPtIMAD/SDACQ0gwAmtIMAOLSDADw0gwANNMMADnTDACG0wwAk9MMAIIqDwDa0wwAKtQMADTUDAB81AwAhNQMANQqDwDf1AwAINUMADTVDABy1QwAdtUMAMTVDADG1QwAFtYMACrWDABo1gwAa9YMALrWDADX1gwADNcMAB3XDABe1wwAatcMALDXDADD1wwAAtgMABHYDABU2AwAYNgMAKbYDACn2AwA+NgMAALZDABK2QwAWNkMAJzZDACh2QwA7tkMAPvZDAAmKw8AQtoMAJLaDACc2gwA5NoMAOzaDAB4Kw8AONsMAIjbDACW2wwA2tsMAOvbDADKKw8AM9wMABwsDwCG3AwAti0PANbcDAAi3QwAJ90MAHTdDAB43QwAxt0MANPdDAAILg8AG94MAIrjDAAk3gwAat4MAH3eDAC83gwAvd4MAA7fDAAa3wwAYN8MAG/fDACy3wwAvN8MAATgDAAQ4AwAVuAMAF3gDABaLg8AsOAMAPrgDAD84AwAguwMAP3gDADI5QwAAOEMAEzhDAAG4QwABugMAAfhDACaTA0AWOEMAJ7hDACt4QwA8OEMAPzhDABC4gwAUOIMAJTiDACv4gwA5uIMAPLiDAA44wwAP+MMAKwuDwCX4wwA3OMMAN7jDAAu5AwAL+QMAIDkDACD5AwA0uQMAN3kDAAk5QwAKeUMAHblDACA5QwA/i4PANXlDAAa5gwAHOYMAGzmDABt5gwAvuYMAMHmDAAQ5wwAG+cMAGLnDABn5wwAtOcMAL7nDABQLw8AGegMAFjoDABZ6AwAqugMALboDAD86AwAC+kMAE7pDABY6QwAoOkMAKzpDADy6QwA+ekMAKIvDwBM6gwAluoMAJjqDADo6gwA9+oMADrrDABE6wwAjOsMAJXrDADe6wwA4OsMADDsDABB7AwARjAPAJHsDADU7AwA3uwMACbtDAAv7QwAeO0MAHrtDADK7QwA2+0MABzuDAAk7gwAbu4MAIzuDADA7gwAyO4MABLvDAAe7wwAZO8MAHfvDAC27wwAt+8MAAjwDAAU8AwAWvAMAGnwDACs8AwAtvAMAP7wDAAK8QwAUPEMAFfxDACYMA8As/EMAPTxDAAF8gwARvIMAE7yDACY8gwAn/IMAOryDAD48gwAPPMMAEzzDACO8wwAnvMMAODzDAD88wwA6jAPAEL0DACE9AwAkPQMANb0DADc9AwAKPUMADb1DAB69QwAh/UMAMz1DADj9QwAHvYMACb2DABw9gwAfvYMAML2DADM9gwAFPcMACD3DABm9wwAfPcMALj3DAC79wwACvgMACb4DAA8MQ8AbPgMAK74DAC4+AwAAPkMAAj5DABS+QwAYfkMAKT5DACp+QwA9vkMAAP6DABI+gwAUvoMAJr6DACc+gwA7PoMAPr6DAA++wwAS/sMAJD7DACT+wwAjjEPAO37DAA0/AwAPvwMAIb8DACO/AwA2PwMAOf8DAAq/QwAL/0MAHz9DACJ/QwAzv0MANj9DAAg/gwAIv4MAHL+DACA/gwAxP4MANH+DAAW/wwAGf8MAOAxDwBr/wwAuv8MAMb/DAAMAA0AEwANAF4ADQBmAA0AsAANAMkADQACAQ0AFgENAFQBDQBwAQ0ApgENAK4BDQCEMg8AAAINANYyDwBXAg0AnAINAKMCDQDuAg0A9gINAEADDQBFAw0AkgMNAKIDDQDkAw0A7AMNADYEDQBEBA0AiAQNAJUEDQDaBA0A5wQNACwFDQA4BQ0AfgUNAIQFDQDQBQ0A2AUNACIGDQAuBg0AdAYNAIcGDQDGBg0A1QYNABgHDQAkBw0AagcNAGsHDQC8Bw0AxgcNAA4IDQAcCA0AYAgNAGUIDQCyCA0AvwgNACgzDwAHCQ0AVgkNAGAJDQCoCQ0AqgkNAPoJDQAJCg0ATAoNAGwKDQCeCg0ApgoNAPAKDQD6Cg0AQgsNAEgLDQCUCw0AlgsNAOYLDQD1Cw0AOAwNAEQMDQCKDA0AkgwNAHozDwD6DA0ALg0NAEwNDQDMMw8AmQ0NANINDQDXDQ0AJA4NAD8ODQB2Dg0Agg4NAMgODQDQDg0AHjQPAC0PDQBsDw0Aew8NAL4PDQDKDw0AEBANABEQDQBiEA0AbBANALQQDQDCEA0ABhENAAsRDQBYEQ0AZRENAHA0DwCuEQ0A/BENAP4RDQBOEg0AURINAKASDQCoEg0A8hINAPwSDQBEEw0ATxMNAJYTDQCiEw0A6BMNAPATDQDCNA8ASBQNAIwUDQCSFA0A3hQNAOoUDQAwFQ0APxUNAIIVDQCMFQ0A1BUNANwVDQAmFg0ANRYNAHgWDQB6Fg0AyhYNANMWDQAcFw0AHxcNAG4XDQB6Fw0AwBcNAMgXDQAUNQ8AIhgNAGQYDQBsGA0AthgNAMAYDQAIGQ0AExkNAFoZDQBmGQ0ArBkNALQZDQBmNQ8AAxoNAFAaDQBhGg0AohoNALMaDQD0Gg0A+RoNAEYbDQBKGw0AmBsNAKYbDQDqGw0A9xsNADwcDQBTHA0AjhwNAJYcDQDgHA0A7BwNADIdDQBFHQ0AhB0NAJMdDQDWHQ0A4h0NACgeDQApHg0Aeh4NAIQeDQDMHg0A2h4NAB4fDQAjHw0AcB8NAH0fDQC4NQ8AyB8NABQgDQAiIA0AZiANAHMgDQC4IA0AzyANAAohDQASIQ0AXCENAGchDQCuIQ0AsCENAAAiDQANIg0AUiINAFkiDQCkIg0AtSINAPYiDQAEIw0ASCMNAFUjDQCaIw0AsSMNAOwjDQD0Iw0APiQNAEMkDQCQJA0AoCQNAOIkDQDqJA0ANCUNAD4lDQCGJQ0AkSUNANglDQDkJQ0AKiYNADImDQBcNg8AlSYNAM4mDQDTJg0AICcNADsnDQByJw0AficNAMQnDQDMJw0ArjYPACkoDQBoKA0AdygNALooDQDGKA0ADCkNAA0pDQBeKQ0AaCkNALApDQC+KQ0AAioNAAcqDQBUKg0AYSoNAAA3DwCuKg0A+CoNAPoqDQBKKw0AVysNAJwrDQChKw0A7isNAPgrDQBALA0ASywNAJIsDQCeLA0A5CwNAOosDQA2LQ0APi0NAIgtDQCULQ0A2i0NAO0tDQAsLg0AOy4NAH4uDQCKLg0A0C4NANEuDQAiLw0ALC8NAHQvDQCCLw0Axi8NAMsvDQAYMA0AJTANAFI3DwBvMA0AvDANAMswDQAOMQ0AHTENAGAxDQBpMQ0AsjENALgxDQAEMg0ACjINAFYyDQBiMg0AqDINAK8yDQD6Mg0AFjMNAKQ3DwBWMw0AnjMNAKozDQDwMw0A8zMNAEI0DQBMNA0A9jcPAJw0DQBIOA8A7jQNAJo4DwBANQ0A7DgPAJI1DQDcNQ0A3TUNADo9DQDpNQ0ALjYNAPA1DQCqOg0A8zUNAKJDDQD1NQ0AKEcNAC82DQCANg0AljYNANI2DQDaNg0AJDcNACY3DQC0OQ0AMjcNAHY3DQB+Nw0APjkPAIM3DQDINw0AyzcNABo4DQAkOA0AbDgNAG44DQC+OA0AzzgNABA5DQAhOQ0AYjkNAGo5DQCQOQ8AuzkNAAY6DQANOg0AWDoNAGA6DQDiOQ8ArDoNAPw6DQACOw0ATjsNAFs7DQCgOw0AqDsNAPI7DQD0Ow0ARDwNAEs8DQCWPA0AnTwNAOg8DQDwPA0ANDoPAEc9DQCMPQ0AjT0NAN49DQD0PQ0AMD4NADg+DQCCPg0AhD4NABJBDQCQPg0A1D4NANw+DQCGOg8A4T4NACY/DQApPw0AeD8NAII/DQDKPw0AzD8NABxADQAtQA0AbkANAH9ADQDAQA0AyEANANg6DwAZQQ0AZEENAGtBDQC2QQ0AvkENACo7DwASQg0AWkINAFxCDQCsQg0AvUINAP5CDQAPQw0AUEMNAFhDDQB8Ow8Ap0MNAABLDQCuQw0A9EMNAApEDQBGRA0ATkQNAJhEDQCmRA0A6kQNAPdEDQA8RQ0AP0UNAI5FDQCYRQ0A4EUNAOJFDQAyRg0AQ0YNAIRGDQCVRg0A1kYNAN5GDQDOOw8AMUcNAHpHDQCHRw0AzEcNANNHDQAeSA0AL0gNAHBIDQB8SA0AwkgNAMpIDQAgPA8AIUkNAGZJDQBpSQ0AuEkNAMJJDQAKSg0ADEoNAFxKDQBtSg0ArkoNAL9KDQByPA8ACEsNAFJLDQBpSw0ApEsNALBLDQD2Sw0AAEwNAEhMDQBQTA0AxDwPAJtMDQDsTA0AAk0NAD5NDQBGTQ0AkE0NAJ5NDQDiTQ0A6k0NABY9DwDvTQ0ANE4NADdODQCGTg0AkE4NANhODQDaTg0AKk8NADtPDQB8Tw0AjU8NAM5PDQDWTw0AaD0PACZQDQByUA0Ad1ANAMRQDQDfUA0AFlENACRRDQBoUQ0Ab1ENALpRDQDGUQ0ADFINABJSDQBeUg0AYVINALBSDQC6Ug0AAlMNAAhTDQBUUw0AVlMNAKZTDQCwUw0A+FMNAARUDQBKVA0AYVQNAJxUDQCwVA0A7lQNAApVDQBAVQ0ASFUNALo9DwCUVQ0A5FUNAPJVDQA2Vg0AR1YNAAw+DwCPVg0AXj4PAOhWDQAsVw0ANlcNAH5XDQCJVw0A0FcNANhXDQAiWA0ALlgNAHRYDQCHWA0AxlgNANVYDQAYWQ0AJFkNAGpZDQBrWQ0AvFkNAMZZDQAOWg0AHFoNAGBaDQBlWg0AsloNAL9aDQACPw8ADFsNAFZbDQBgWw0AqFsNAK1bDQD6Ww0AAlwNAExcDQBSXA0AnlwNAKpcDQDwXA0A9lwNAEJdDQBLXQ0AlF0NAKFdDQDmXQ0A7l0NADheDQA5Xg0Ail4NAIxeDQDcXg0A314NAC5fDQAxXw0Apj8PAJZfDQDSXw0A2l8NACRgDQAwYA0AdmANAHxgDQDIYA0AzmANABphDQAfYQ0AvmENAEZhDQBsYQ0AdGENAEpADwDEYQ0AnEAPACZiDQBiYg0AZGINALRiDQDBYg0ABmMNAA1jDQBYYw0AYGMNAKpjDQC6Yw0A/GMNAP5jDQBOZA0AXGQNAKBkDQCxZA0AQEEPAPlkDQCSQQ8AUmUNAJZlDQCgZQ0A6GUNAPNlDQA6Zg0AQmYNAIxmDQCYZg0A3mYNAPFmDQAwZw0APmcNAIJnDQCMZw0A1GcNANxnDQAmaA0ANWgNAHhoDQB9aA0AymgNANFoDQAcaQ0AKGkNADZCDwCpaQ0AwGkNAPtpDQASag0AGmoNAIhCDwCMag0AtmoNAMJqDQAIaw0ADmsNAFprDQBgaw0ArGsNALFrDQD+aw0ABGwNANpCDwBRbA0AomwNAKhsDQD0bA0A+WwNAEZtDQBVbQ0AmG0NAKRtDQDqbQ0A7W0NADxuDQA/bg0Ajm4NAJZuDQDgbg0A724NADJvDQA3bw0AhG8NAJpvDQDWbw0A128NAChwDQA5cA0AenANAIZwDQDMcA0A1nANAB5xDQAqcQ0AcHENAHdxDQAsQw8A0nENABRyDQAgcg0AZnINAHVyDQC4cg0AzHINAApzDQAZcw0AXHMNAG1zDQCucw0AunMNAH5DDwAFdA0AUnQNAFR0DQCkdA0AtXQNACJEDwACdQ0ASHUNAE51DQCadQ0ApnUNAOx1DQD0dQ0AdEQPAER2DQCQdg0AnHYNAOJ2DQDqdg0AxkQPAEB3DQCGdw0AiXcNANh3DQDidw0AGEUPACx4DQB8eA0AingNAM54DQDfeA0AvEUPACZ5DQByeQ0AfnkNAA5GDwDMeQ0AFnoNABl6DQBoeg0AdHoNALp6DQDGeg0ADHsNABR7DQCyRg8AaXsNALB7DQC8ew0AAnwNAAp8DQAERw8AXXwNAKZ8DQC3fA0A+HwNAAl9DQBKfQ0AUn0NAJx9DQCffQ0A7n0NAPh9DQBAfg0AQn4NAJJ+DQChfg0A5H4NAAR/DQA2fw0APn8NAIh/DQCSfw0A2n8NAOB/DQAsgA0ALoANAH6ADQCNgA0A0IANANyADQBWRw8ALoENAHSBDQCSgQ0AxoENAMyBDQAYgg0AIYINAGqCDQB3gg0AvIINAMSCDQAOgw0AJIMNAGCDDQBigw0AsoMNAM2DDQAEhA0AEIQNAFaEDQBjhA0AqEcPAK6EDQD6hA0AAoUNAEyFDQBihQ0AnoUNAKOFDQDwhQ0A9oUNAEKGDQBOhg0AlIYNAJyGDQD6Rw8A84YNADiHDQBIhw0AiocNAI+HDQDchw0A4ocNAC6IDQBEiA0AgIgNAIKIDQDSiA0A3IgNACSJDQAyiQ0AdokNAHuJDQDIiQ0A1YkNAExIDwApig0AbIoNAHWKDQC+ig0AyIoNABCLDQAeiw0AYosNAGeLDQC0iw0AwYsNAAaMDQAOjA0AWIwNAGiMDQCqjA0ArIwNAPyMDQAKjQ0ATo0NAF+NDQCeSA8Ap40NAPBIDwD3jQ0ARI4NAEqODQCWjg0Ano4NAOiODQDyjg0AOo8NADyPDQCMjw0Aj48NAN6PDQD+jw0AlEkPADyQDQCCkA0AiJANANSQDQDgkA0AJpENAC6RDQDmSQ8AhJENAMqRDQDQkQ0AHJINACiSDQBukg0AdpINADhKDwDCkg0AEpMNACCTDQBkkw0AdZMNAIpKDwDDkw0ACJQNAB+UDQDcSg8AZJQNAKyUDQC4lA0A/pQNAAGVDQBQlQ0AWpUNAC5LDwCnlQ0A9JUNAP2VDQBGlg0AV5YNAJiWDQCflg0A6pYNAPKWDQA8lw0ASZcNAI6XDQCTlw0A4JcNAOqXDQAymA0AOpgNAISYDQCTmA0A1pgNANuYDQAomQ0APpkNAHqZDQB7mQ0AzJkNANqZDQAemg0AL5oNAHCaDQB8mg0AwpoNAMqaDQDSSw8AGJsNAEgBAAAcmw0A9N0OACCbDQD2LAwAcpsNAKYIAADAmw0Amp4NAF+dDQBSKQAAqJ0NAD4rAACqng0AqDkAAEGfDQCKPAAAk58NAIxEAAA2oA0AgA0NADegDQAcRwAAO6ANAJRGAwA+oA0A+qEGAIqgDQC6WAAALqENANBeAACAoQ0AqmoAACOiDQAScQAAgaINALh5AADIog0A7HwAABijDQDEgAAAwqMNALyJAAB9pA0AsKQNAPamDQDgxwAA6KcNAGjTAAA6qA0AYNwAAN6oDQB46gAAiqkNAHDzAAD0qQ0AwvMAACSqDQAU9AAAgKoNANj5AAAiqw0AcvsAAHOrDQBAAAEALawNAOYIAQBsrA0Aqg4BANGsDQAErQ0Acq0NAKitDQCwrQ0A+q0NAAauDQC2FQEAVK4NAEYYAQAMrw0AQq8NAEqvDQCUrw0Alq8NAFIfAQDyrw0AFiUBAJKwDQAOLgEA3rENAGZGAQB+sg0A7EkBAJKyDQAIsw4AmrINAByxDgDOsg0A2EsBACyzDQAWTgEAcbMNAPhQAQDCsw0A5FIBAMC0DQDUZAEAILUNAFi1DQBgtQ0AJmUBALm1DQBkZwEAULcNALKAAQCetw0A6LcNAPi3DQAEgQEAmLgNANyEAQDmuA0AMLkNAEC5DQAuhQEA4LkNAIKNAQAYvA0AtgsCABy8DQBQDQIAILwNAKaiAQAsvA0AFhsCAL68DQBG3g4Av7wNAEY5CgDCvA0AiKUBANK8DQBQYQoAEL0NAHT8DQAkvQ0A2qUBADS9DQAKDQ8AYb0NACymAQBkvQ0A2OcKAAq+DQD6qgEAXL4NAEyrAQACvw0AYrEBAKG/DQB4twEARcANAFC7AQCRwA0A4MANAOzADQD0uwEA3sENACjCDQArwg0AjHoLADTCDQBcwgEAj8INAOzEAQDtwg0AHsMNAHTDDQC+TAsAgMMNALLSAQCaww0AzscBAM7DDQDkzQEAcsQNAGDSAQAWxQ0AqNMBAHjFDQD60wEAEMYNAJ7UAQBbxg0AlNUBAFbHDQCC3wEA9ccNANJ9CgD4xw0AUOQBAPrHDQBsxwsAWMgNAJDIDQDqyA0ANMkNAP7IDQA+7gEAN8kNAJoOCwA+yQ0ALBkLAEHJDQDI+QoAT8kNADzmAQBVyQ0A5BcLANrJDQBm6gEAAMoNAHSVCwA4yg0AAOwBAIjKDQD27AEAyc0NAOb+AQDo2g0AujwLAIbbDQDORAoAjNsNAPqgAgDB3A0A8qwOAMbcDQBi3Q0A2twNAETgDQDi3A0AyrAOAObcDQBasAIAZN0NAD6UCgBm3Q0AhhALAGfdDQBSkQYAad0NACisBwBs3Q0ArLACAHHdDQD+sAIAc90NAAbwAwCW3Q0AajgEAKzfDQC6vwIATOANAJbgDQCX4A0APr0KAKDgDQAOZAwApeANAKKVDQC14A0Ash0PAPLgDQCIxAIA4eENAO7rAgDk4Q0AEkAJAOXhDQBQ2gIA5+ENAJTLAgDo4Q0ABtECAOrhDQDmwQMA6+ENAETTAgDs4Q0AuOACAO3hDQAkzgIA7uENALy9AwD04Q0AJtYCABniDQBuaQ0AFOUNAFYbAwAY5Q0AvPACABzlDQBm4goAcOUNAPryAgCm5w0AxBADAAPpDQDoJQMAp+kNAIQvAwBR6g0AXDMDAI3qDQB8OAMAfesNACRJAwDJ7A0ANGADAGftDQA2aAMAHO4NAFzuDQBU7w0A/GsEAFXvDQAgiwMAXO8NAMKEBwD57w0A+I4DAP3vDQAskwcA7/ANABykAwDt8Q0AAK8DAJXyDQA0sgMARvMNAHzzDQCE8w0AzvMNAN3zDQCSuQMAe/QNAC59CgB+9A0Asr4DAMz0DQAW9Q0A4PQNAKqrDgAg9Q0ABL8DAML1DQB2xAMAG/YNAGLGAwAF9w0A4NIDAAT4DQDQ5AMAUvgNAEZjDgC4+A0A7vgNAPb4DQBA+Q0ATfkNAJ7WCQBR+Q0ABOgDAFX6DQCM8wMAjvoNAKL5AwAz+w0AXggEADj7DQA8JQgAOfsNAMIoCAA7+w0Ayh8IAJr7DQDQ+w0A2PsNACL8DQB2/A0AJlMLAHz8DQD8qw4AfvwNAEALBACA/A0AuFMMAJf8DQAqWQwAtPwNALxjDADO/A0AIg4EAEL9DQBq/Q0Axv0NAEITBABv/g0AoBoEAAf/DQBGIwQAY/8NAIYtBABl/w0AhCUEAFYADgAWMAQAUQEOAKg6BACXAQ4Adj8EAJYCDgDURgQA+AIOAC4DDgBKAw4AgAMOAI8DDgAcSAQANgUOAGwFDgB0BQ4AvgUOAM0FDgD6YwQAGQYOAFhrBAAIBw4AWnMEABMHDgAObQcAWwcOAI52BABTCA4AlI4EAF0IDgCShgQAsgkOAOgJDgDwCQ4AOgoOAD8KDgDWoAQASQoOANSYBAAwDA4ATLYEACUNDgA6wAQA3A0OABIODgAaDg4AZA4OAGoODgBwywQAzA4OAPbOBABwDw4A0NoEAA0QDgCW6AQAsRAOAEbwBABiEQ4AmBEOAKARDgDqEQ4A+REOAMT8BAD6EQ4AIgQFABMSDgBMCAUAmhIOABgFBQDoEg4AMhMOADwTDgBqBQUARBQOAHoUDgCCFA4AzBQOANUUDgBuFQUAKBUOAFoXBQDeFQ4AFBYOABwWDgBmFg4AZxYOAD4iBQBrFg4A1m0FAGwWDgAYLgUAcxYOAJwpBQB1Fg4AzBwFAGYXDgAsLAUAXBgOAJY6BQCuGA4AwD4FAPwYDgC2PwUAqBkOALhHBQBaGg4AkBoOAJgaDgDiGg4A7BoOAGhPBQA3Gw4AIlYFAPQbDgAqHA4AMhwOAHwcDgCJHA4ATFoFAIscDgDoYwUA0xwOACReBQB6HQ4AWmkFANYeDgAMHw4AFB8OAF4fDgBtHw4AIHcFAFYhDgDUjgUAuCEOAO4hDgAKIg4AQCIOAE0iDgAckAUAUiMOAIgjDgCQIw4A2iMOAN0jDgAWoQUAsiQOAJStBQAlJQ4AYrIFACklDgAOJgoA0yUOAMq4BQAbJg4AorwFAGonDgD4zAUAvicOABjSBQCwKA4A3BUIAMQoDgA4FQgAFikOAEwpDgBUKQ4AnikOAKEpDgDI2QUADCoOAEIqDgBKKg4AlCoOAKMqDgBO3QUA8SoOALbjBQCCLA4AdPoFADAtDgAmSQwAMy0OAAT9BQA0LQ4AjEcMAIItDgDcAAYAiC4OAL4uDgDGLg4AEC8OABkvDgAmCgYAbC8OABIMBgAVMA4AzBIGAHEwDgC6HAYA/zAOAA4lBgCjMQ4ATi8GAEcyDgAoOwYA8jIOAJpABgBEMw4AzkMGAJgzDgACRwYAnjQOANQ0DgDcNA4AJjUOADU1DgAGVwYAgDUOAMo1DgDZNQ4A1FsGAH02DgCYYQYAzTYOAKZwBgDPNg4A4moGANI3DgAIOA4AEDgOAFo4DgDIOA4A/jgOAAY5DgBQOQ4AXTkOAJaCBgCvOQ4AJoUGAAI6DgCsiAYAmjoOAMKOBgBIOw4AzpUGAOs7DgCqqQYAKz0OAEi7BgB/PQ4AAsIGACM+DgDSzgYAxz4OAP7aBgBsPw4ACuIGANQ/DgAKQA4AEkAOAFxADgBpQA4AmuQGABxBDgBSQQ4AWkEOAKRBDgD5QQ4AxvAGAKlCDgBW8wYAWkMOAJBDDgCYQw4A4kMOAOxDDgD8+wYAQkQOAJb9BgCVRA4AZAIHAOJEDgCOBgcAmEUOAM5FDgDWRQ4AIEYOADJHDgBoRw4AcEcOALpHDgBqSA4A5h4HALhIDgACSQ4ABEkOADgfBwABSg4APjcHAAVKDgCYLgcAWEoOAFw0BwCdSg4ASDYHAEpLDgAqOQcAlUsOAAw8BwBATA4ALEEHAJRMDgBCRwcAOE0OACRKBwCKTQ4AdkoHAOxNDgAiTg4AKk4OAHRODgCDTg4ABk0HACVPDgA8WAcAek8OAKReBwB8UA4AslAOALpQDgAEUQ4AE1EOAJxnBwD9UQ4ATFIOAGZSDgBYdgcAulIOAPBSDgD4Ug4AQlMOAFFTDgAwegcAyVMOAMp7BwBUVA4AilQOAJJUDgDcVA4APVUOAFB/BwDeVQ4AuIUHADZWDgDiiQcAz1YOAEoLCADSVg4AXo4HACFXDgBUjwcAGlgOAPKgBwBsWA4AWqcHALtYDgBQqAcAxlkOAPxZDgAEWg4ATloOAFpaDgAgtQcAqFoOAPJaDgD2Wg4AaLYHAFRbDgACuAcABFwOADpcDgBCXA4AjFwOALRcDgAkxQcA41wOADDMBwBMXQ4ACsQJAIpdDgDUXQ4ACl4OAFDRBwCbXg4Ayl4OAMNfDgBs7wcAvWAOAHD/BwAGYg4AUGIOAGljDgCKFQgA+mMOAAYaCACWZA4AJh8IADVmDgD4rggAN2YOANguCAAeaA4ATDwIAGloDgBYQwgAcGgOAHZACABVag4A7FUIAFRrDgB+YAgAmGwOAOJsDgAZbQ4AtnMIAKJtDgDYbQ4A4G0OACpuDgA5bg4AZnsIANZuDgAgbw4AV28OAGiDCADMbw4A7oYIAGRxDgAmmggAYHIOAOCgCABWcw4A4qgIALhzDgA0qQgA/XMOAIapCACXdA4A0LIIAIx1DgBEwAgAiHYOAPjXCAA+dw4AdHcOAHx3DgDGdw4A0HcOAIriCACJeQ4AwO0IAKp6DgBgBwkAA3sOANIMCQCgew4AJhUJAAB8DgBaGAkAQ30OAMYuCQCcfQ4A3H0OANt+DgCCPQkAg4AOAOJMCQAVgQ4AsFEJAG+BDgDkVAkAIoIOAFiCDgBggg4AqoIOAP6CDgA4XQkADoQOAESEDgBMhA4AloQOAL6EDgC2aQkAQ4UOAMxvCQCUhQ4A3oUOAOyFDgBwcAkANoYOAK5yCQDhhg4AfHcJACeHDgBUewkAJYgOAPCECQAoiA4AlIUJAHGJDgASkgkAu4kOAFqTCQAVig4AjpYJAGKKDgAemQkA0IoOAP6KDgC+iw4A7qUJAByMDgBApgkARI0OAI6NDgDAjQ4ATK0JAMWNDgCorAkAho8OACSxCQDcjw4AWLQJACuQDgCgtQkAIZEOALa7CQBrkQ4Ajr8JACmSDgBckg4AHJMOAFKTDgBakw4ApJMOALGTDgAi0gkAA5QOAATVCQCnlA4AgNkJAF2VDgCQlQ4A9JUOAPqjDgABlg4ANJYOAOSWDgBQ5gkA5pYOABLkCQCOlw4AzpcOAC6YDgBI7wkA1JgOAH76CQAomg4AXpoOAGaaDgCwmg4AIJsOADISCgD7mw4ASBgKAAWdDgDkIQoAop0OAOYpCgBSng4AiJ4OAJCeDgDang4ASJ8OAH6fDgCGnw4A0J8OAHegDgBOrA4AfKAOAMagDgB+oA4AXlwMAJCgDgDe1w4A0KAOAOo5CgBwoQ4AXD8KAF6jDgAYTgoATaQOABBXCgBOpQ4Abl4KAGalDgBMmQsAnKUOAOalDgAEpg4AwF4KAIinDgAyJwwA2qcOAIQnDABAqA4AdqgOAH6oDgDIqA4AOqkOAJBrCgDGqQ4AWKoKAGCrDgBy6g4AaqwOAB4LDwB6rA4AoKwOAB6tDgBErQ4ABK4OADquDgBCrg4AjK4OAOquDgCWgwoATK8OAIKvDgCKrw4A1K8OADKwDgCS5AsAjrAOAAiyCgDMsQ4AMo0KACyyDgDCjwoAELMOAFqzDgC0sw4AMjIPAAO1DgBemQoADbUOABaYCgD2tQ4A5JwKAKq2DgDgtg4A6LYOADK3DgCBuA4A3KUKAMC6DgBewgoADLwOAGzRCgAAvQ4AoNQKAEG+DgAAiAsARL4OAKRfCwBIvg4Ajt4KAE6+DgAslAsA6r4OADS/DgA+vw4AXOMKAEbADgB8wA4AhMAOAM7ADgB0wQ4A2u8KAMnBDgBg8woAuMMOAET+CgAKxA4AVMQOAGDEDgB4AQsABMUOAKwECwCkxQ4A7sUOAAXGDgDMCQsAvsoOAL4jCwBlyw4AOigLAKfNDgB+QgsAVM4OAJTODgBFzw4AglILAEjPDgA6UQsAPNAOAMBUCwDQ0Q4AGtIOAB3SDgDMWwsAytIOAFJfCwC80w4AcmQLAN/TDgBKFw8AItQOALplCwCt1A4A/NQOAKPVDgD4ZwsAqtUOADZqCwBG1w4A+m8LAEjXDgAQyAsA5tcOADDYDgDW2Q4AeHwLABzbDgA+igsAIdsOABJ+CwBS3g4A/PILAG7eDgDWCQ8AoN4OAOreDgDt3g4ANIsLAEzfDgDOjAsAmt8OAMSNCwDo3w4AMuAOADzgDgAWjgsAoOIOALyWCwAp4w4ATGYMAGfjDgAEmAsA0uQOAJSaCwB25Q4AipsLABrmDgDSnAsAouYOAOzmDgD25g4AWKALAJHnDgCaLQwAlegOAKyoCwB36g4AUrELAA7sDgCcugsAGOwOAKjBCwCs7g4AoMoLAPzuDgCWywsASO8OADrMCwCV7w4Ags0LAIvwDgDAzwsAhvEOANDxDgAq8g4AdPIOABnzDgBw1wsAcvMOALzzDgAW9A4AYPQOAAf1DgDY3QsAsPUOAPr1DgBU9g4AnvYOAJz3DgD44gsA8vcOAEDkCwCS+A4A3PgOAOz4DgDa5QsAo/kOANL5DgCC+g4AOO0LAOz6DgAa+w4ALPwOADr1CwDG/Q4AWvoLAGr+DgCi+wsADv8OAOr8CwCi/w4APP0LALwADwBmAQwA4QAPAAADDAA4AQ8A3CEPAIsBDwCQBQwAjgEPAHwHDADXAQ8AJgIPAEICDwB4Ag8AzQIPABwDDwA4Aw8AbgMPAMgDDwASBA8AHAQPAM4HDABsBA8A0EMPALwEDwCcDAwAugUPAMYQDAABBg8AVhMMAFgGDwAuIg8AWwcPAJ5mDAD2Bw8A3h4MAIALDwA22wwAwgwPANA4DACxDQ8AzjAMAF4ODwAMMwwATA8PAOQ2DACYEA8A4hAPAOwQDwAEPAwAlBEPAJQ+DAAVFQ8AgkgMAHoVDwCwFQ8AHhYPAFQWDwC0Fg8AtksMAHUXDwCcFw8AxxcPAO4XDwAZGA8AQBgPAGsYDwCSGA8A7BgPADYZDwA7GQ8APE8MAC8aDwCkVQwAfRsPAHJaDADJGw8AGBwPAEMcDwBqHA8AvxwPAA4dDwA5HQ8AYB0PACMeDwBWHg8Axx4PAO5eDAADHw8AGGMMAGsfDwCeHw8ASiAPAJQgDwCkIA8ABGUMAPIgDwD6ZQwATSEPAARbDQBrJQ8Aop8MAMAlDwBGoAwAsiYPAECxDABWJw8AqLcMAPonDwBivgwAnigPANTDDABCKQ8A4MoMAOYpDwBczwwAiioPANjTDAAuKw8AQNoMANYrDwAs3AwANiwPAG4sDwB2LA8AwCwPAKovDwD0Lw8AEjAPAETqDAAwMw8ABAkNAJgzDwDcDA0AKjQPABoPDQB4NA8AqhENAMk0DwA6FA0AGTUPABIYDQB2NQ8A/hkNANQ1DwAKNg8AXjYPAHwmDQC6Ng8AFigNABU3DwCmKg0AWjcPAGowDQASOA8AlDQNAC48DwAUSQ0Ayj0PAJJVDQAYPg8AiFYNAGY+DwCwPg8AtD4PANpWDQAKPw8AVD8PAK4/DwD4Pw8ApEAPAO5ADwBMQQ8A8mQNAJpBDwDkQQ8A6EEPAERlDQAKQw8AUGwNAOdDDwAAdA0AdkQPAD52DQDQRA8ANHcNACBFDwBqRQ8AekUPACp4DQDFRQ8AIHkNABFGDwBgRg8AvEYPAF57DQAURw8AVHwNAAhIDwDmhg0AqkgPAKCNDQD4SA8AQkkPAFJJDwDyjQ0A6kkPAHiRDQBISg8AwJINAJhKDwC2kw0A5EoPAFqUDQAxSw8AgEsPAA==","fail":"AAAAAAAAAAACgwAAXqEBAD7PAABuNAYA4hcCAB7gBgAI4wEA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAA5oMBADiEAQCKhAEA3IQBAAAAAAAI4wEA2JUKAPawBwAujwAAxg0AAAjjAQA+QgoAkEIKAOJCCgA0QwoAavoBAPZVDAC8yQoAXo0DAAAAAABuNAYA4hcCAOIXAgAsngoAtAMCAAYEAgCWeQsAqJgLAOaiAgA4owIA/A4BABLEBABQTQwALJ4KAAjjAQAQvAQAXqsAALCrAAACrAAAVKwAAKasAADGDQAACOMBAOakCgD4PQcA4hcCANogAgDu1wQACrkGAAAAAABuNAYACOMBAGaQCgCQsQMATgUCAMBJCADa9wEAAoMAAOoOAgCeuAwA8LgMAFCIAgB6JQAACOMBADC4CQCCuAkAJkYAAO6uBAAujwAAgI8AAEiRAgAOjAgAYIwIAAjjAQDYlQoA9rAHAC6PAADGDQAACOMBAD5CCgCQQgoA4kIKADRDCgC+0QoAENIKAFIAAABSAAAALroIAOIXAgAmRgAACOMBAL7RCgDYnQEAAAAAAC6PAABOBQIAxg0AAHgdAABiFwAAHuAGAHDgBgAwwAAAgsAAANTAAABCywIARNMCAJbTAgCoMQkAWBgAALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAC+0QoAENIKAFIAAABSAAAA0H0BAELqAwAujwAADKsAAOIXAgA0GAIAjr4FAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAFrEAABKNAgAnDQIAAAAAAAOigAArnABAOIXAgDaIAIAxg0AAAjjAQDQfQEAQuoDAJTqAwBSAAAALoUBAICFAQDShQEAJIYBAHaGAQDIhgEAGocBAAAAAABCywIA7usCANidAQAqngEAfJ4BAB4UCgCcSQoA7kkKAD5CCgCQQgoA4kIKADRDCgBq+gEAgrgJALIkAgBWOwgAqDsIAPo7CAAe4AYACOMBAG40BgDyRAgACOMBAJZ5CwDQ3AwAykYAABxHAABuRwAAwEcAABJIAABkSAAAAAAAAMBJCABybgoAvtEKAHgdAADKHQAAHB4AAG4eAADAHgAAEh8AAEo0CACcNAgAAAAAAA6KAAAujwAAxg0AAJhgAgD0awkAHuAGAAjjAQC+0QoAFi8AAGgvAAC6LwAADDAAABz4CwDa9wEAAoMAAF6hAQB4HQAAHuAGAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAALQDAgAGBAIA2vcBACz4AQB++AEA0PgBAD5CCgCQQgoABhgAAFgYAAC4kAoAqG8LAEgBAACaAQAA7AEAAD4CAACQAgAAPs8AABADAgBeoQEACOMBAGaQCgAwOwEAgjsBAEiRAgCucAEAHuAGABpCDABmkAoAuJAKAKhvCwBIAQAAmgEAAOwBAAA+AgAAHPgLANr3AQACgwAAXqEBAHgdAAAe4AYACOMBAOakCgAwwAAAgsAAANTAAAAmwQAAeMEAAMrBAAAcwgAAbsIAAMDCAAASwwAAZMMAALbDAAAIxAAAtAMCAAYEAgDa9wEALPgBAH74AQDQ+AEAPkIKAJBCCgAGGAAAWBgAALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAA+zwAAEAMCAF6hAQAI4wEAZpAKADA7AQCCOwEASJECAK5wAQAe4AYAGkIMAAKDAABeoQEAoCQDAELLAgDu6wIAFi8AAGgvAAC6LwAADDAAABz4CwDGDQAAeB0AAModAAAcHgAAbh4AAMAeAAAc+AsAeiUAAFbABwDiFwIAMFwKAJhgAgAc+AsA/A4BAF7qBgDGDQAA2J0BAMpvAAAIVgsA7CIJALZVCwAkzgIAXqsAALCrAAACrAAAVKwAAKasAAD4rAAAZpAKALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAD8DgEAHLgBAMYNAACYYAIACOMBANr3AQDwZgwA5qQKADyVBQC+0QoA8BQMAO6uBABArwQAAHEBAAAAAAAMqwAADKsAAC6PAADGDQAA2J0BAAjjAQDYlQoAGkIMAGIXAACcFAMALo8AAB7gBgAI4wEAWuMBAGChCgDiFwIACOMBAA6KAADGDQAAeB0AAAjjAQAAAAAAYhcAAOA4AgCw1ggAtBcAAD7PAABiFwAACOMBANiVCgBw4AYAjJkMAN6ZDADa9wEAAoMAAF6hAQB4HQAAAAAAAOIXAgBOBQIAAoMAAFSDAACmgwAA+IMAAEqEAACchAAAaCUBAB7gBgAaQgwAYhcAAJwUAwAujwAAHuAGAE4FAgAujwAAgI8AANzgAAAIsAIA2vcBAAKDAAAKuQYATgUCAB7gBgDa9wEATgUCAC6PAACAjwAA3OAAAAiwAgAOigAA2vcBANB9AQBC6gMADKsAAAjjAQDgOAIAMjkCAIQ5AgAI4wEASjQIAJw0CAAmRgAA7q4EAECvBAAujwAASJECAJqRAgDskQIACOMBAB4UCgCcSQoA7kkKAD5CCgCQQgoA4kIKADRDCgDmpAoA+D0HAEo+BwAifgEAPs8AAC6PAABiFwAAtBcAAKo3AQD8NwEAxg0AADjOCgBSAAAAUgAAAC66CADiFwIAJkYAAPRrCQAe4AYATgUCAAKDAAAwwAAAgsAAANTAAABOBQIA/A4BAE4PAQACzQkAAAAAANB9AQBC6gMALo8AAGIXAAAmRgAACOMBANiVCgD2sAcALo8AAMYNAAAI4wEAPkIKAJBCCgDiQgoANEMKAL7RCgAQ0goAUgAAAFIAAAAuuggA4hcCACZGAAAI4wEA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAArMQAADA7AQCCOwEAJkYAAKQVAgAMqwAAoLMBAGptCwAI4wEASjQIAJw0CAAAAAAADooAAC6PAADGDQAAmGACAPRrCQAe4AYACOMBANr3AQAsngoACOMBAL7RCgB4HQAAyh0AABweAABuHgAADooAACZGAAB4RgAAykYAAGIXAAAmRgAANEwFAAyrAABolgIA8CYCADRMBQBuNAYA8kQIAAjjAQBmkAoA0H0BAA6KAACQ7gEArnABAABxAQAI4wEAAoMAADDAAACCwAAAztEAAOakCgAwwAAAgsAAANTAAAAmwQAAeMEAAMrBAAAcwgAAbsIAAMDCAAASwwAAZMMAALbDAAAIxAAAWsQAAEo0CACcNAgAAAAAAA6KAACucAEA4hcCANogAgAAAAAA4hcCAOwDCADyRAgAkO4BAFIAAACkAAAA9gAAAAjjAQAAAAAAUgAAAKQAAAD2AAAASAEAAJoBAADsAQAAPgIAADy9AQCOvQEAELwEAGiWAgC6lgIADJcCAPg+CwBKPwsAnD8LAD7PAACucAEA0jQFAHhGAACq0woAzlgIACZGAAAI4wEA5qQKAFBNDAAsngoACOMBAGaQCgC4kAoAqG8LAEgBAACaAQAA7AEAAD4CAACQAgAAELwEAGK8BAC0vAQAeiUAAFbABwCQ7gEADooAAOIXAgDaIAIA4hcCAAjjAQAQvAQAXqsAALCrAAACrAAAVKwAAKasAAD4rAAAvtEKAHgdAABiFwAAJkYAAAjjAQDmpAoAMMAAAILAAADUwAAAtAMCAAYEAgDa9wEALPgBAH74AQDQ+AEAPkIKAJBCCgAGGAAAWBgAALiQCgCobwsASAEAAJoBAADsAQAAPgIAAJACAAAeFAoAnEkKAO5JCgC+0QoAeB0AAAAAAAACgwAAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAHolAADkpAEANqUBAIilAQC6BwQA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAA5oMBADiEAQCKhAEA3IQBALIkAgBWOwgAqDsIAPo7CABMPAgAnjwIAPA8CADmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAPRrCQAOigAAxg0AACB2AQAAcQEAkO4BAAjjAQD8DgEAXuoGAGrSBQDASQgAAoMAAFBNDACcFAMAXo0DAPwOAQAI4wEAAAAAAAyrAACgswEA+F0MAEpeDABiFwAAsiQCAAQlAgBWJQIAYAUBAELLAgBgBQEAAoMAADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAAB6JQAA5KQBADalAQCIpQEAAAAAAG40BgDyRAgAkO4BAOLuAQDGDQAAeB0AAGrSBQB0qAUAxqgFANJADADSNAUAnB4CAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA5sEDADjCAwCKwgMA3MIDAC7DAwCAwwMA0sMDACTEAwB2xAMAmpMKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAAHEBAModAAAcHgAAbh4AAMAeAADaIAIAgI8AANzgAAAIsAIA5qQKADDAAACCwAAA1MAAACbBAAB4wQAAysEAABzCAABuwgAAwMIAABLDAABkwwAAtsMAAAjEAABaxAAA5oMBADiEAQCKhAEA3IQBAE4FAgDiFwIA2iACACwhAgCi8QwAxg0AAHgdAAAe4AYACOMBABz4CwAY3gwA0H0BACJ+AQB0fgEAxn4BABh/AQBqfwEAPs8AABADAgBeoQEACOMBAEo0CACcNAgA7jQIAEA1CACSNQgA5DUIAAjjAQAOigAAxg0AACB2AQAAcQEAkO4BAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAFrEAAD8DgEAXuoGAGrSBQDASQgAAoMAAFBNDACcFAMAXo0DACZGAABOBQIAAoMAAPg9BwBKPgcAIn4BAD7PAAAujwAAHuAGAAjjAQAc+AsA4hcCAOwDCADa9wEAAoMAANr3AQDQfQEAXPgMAAKDAAAwwAAAgsAAANTAAAAmwQAAeMEAAMrBAAAcwgAAbsIAAMDCAAASwwAAZMMAALbDAAAIxAAALo8AAICPAADc4AAACLACAFSDAACmgwAA+IMAAEqEAACchAAANnwBAIh8AQDafAEALH0BAH59AQAaQgwAgI8AANzgAAAIsAIAONYBAAyrAAAujwAAUgAAACZGAAA0TAUAbjQGAAjjAQBW6gsAAAAAAAAAAAAAAAAAugcEAEo0CACcNAgA7tcEAF6hAQAYDgAA8kQIAELLAgD4CAAADooAAMYNAAB4HQAAyh0AAGIXAACyJAIABCUCAFYlAgCwUQkAAlIJAFRSCQBmkAoAuJAKAKhvCwBIAQAAmgEAAOwBAAA+AgAAkAIAAD5CCgCQQgoA4kIKADRDCgDmpAoA+D0HAEo+BwAifgEAPs8AAC6PAAAe4AYAYhcAALQXAAAGGAAA5qQKAPSpCwCmgwAA+IMAAEqEAACchAAA7oQAAJZ5CwComAsAnvUKAJZ5CwDQ3AwArnABAF6NAwCwjQMASJECAMBJCACq0woAxg0AAJhgAgA+zwAArnABANI0BQB4RgAACOMBAEo0CAA0GAIA2vcBANr3AQCucAEA0jQFAPwOAQAAAAAACOMBAFrjAQCs4wEA/uMBAFDkAQAI4wEAZpAKANB9AQBc+AwAAoMAAF6hAQB4HQAAELwEAMBJCABybgoAatIFAOA4AgAI4wEALJ4KAG40BgDOWAgA4hcCAAjjAQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAL7RCgB4HQAAlHELACZGAAA0TAUAAHEBAJDuAQAAAAAAYhcAAEiRAgCakQIA7JECAELqAwAe4AYAcOAGAFSDAACmgwAA+IMAAEqEAACchAAAJqULADI5AgCEOQIArnABAK5wAQCQ7gEAYhcAALIkAgBGVwcADooAAOIXAgDaIAIATucEAPawBwAujwAAxg0AABymCwC0FwAAqjcBAPwOAQASxAQA8CYCAAyrAAAe4AYAGkIMAGIXAACcFAMALo8AAAAAAABuNAYAkO4BAK5wAQAAcQEACOMBAFrjAQCs4wEA/uMBAFDkAQBa4wEAYKEKAOIXAgAI4wEADooAAMYNAAB4HQAAyh0AAAjjAQBa4wEArOMBAP7jAQBQ5AEAWuMBAGChCgDiFwIACOMBAA6KAADGDQAAeB0AAAjjAQDmpAoAMMAAAILAAADUwAAAJsEAAHjBAADKwQAAHMIAAG7CAADAwgAAEsMAAGTDAAC2wwAACMQAAFrEAADmgwEAOIQBAIqEAQDchAEACOMBAA6KAADGDQAAeB0AAModAABiFwAAsiQCAAQlAgBIkQIADowIAGCMCAAwXAoAIHYBAG40BgDyRAgArnABAABxAQCcFAMAIuUDABy4AQD8DgEACOMBAL7RCgAQ0goAUgAAAFIAAAAuuggA4hcCACZGAAD0awkAHuAGAAjjAQDmpAoAWnUMAK5wAQAI4wEASJECAA6MCABgjAgAMFwKACB2AQBuNAYA8kQIAAjjAQAeFAoAAAAAAMYNAADYnQEAKp4BAELLAgDGDQAAoCQDAAjjAQBKNAgA7AMIAM5YCAAmRgAANEwFAABxAQAujwAAxg0AAMYNAADYnQEAeB0AAModAAA0TAUAbjQGAPJECAAujwAAgI8AANzgAAAIsAIAAoMAAK5wAQBc+AwAQssCAFDaAgAmPgkAcAoLAMIKCwAUCwsAZgsLALgLCwAKDAsASjQIADQYAgCGGAIA2BgCAHolAADkpAEANqUBAIilAQAaQgwAgI8AANzgAAAIsAIAAAAAAAKDAABIkQIAmpECAOoOAgDQfQEAAoMAAFBNDACQ7gEA6g4CAAKDAABeoQEAsKEBAAKiAQBUogEApqIBAPiiAQBKowEAnKMBAO6jAQBApAEAkqQBAG40BgD8DgEAUgAAAKQAAAA2SQIA0kAMACRBDAAYDgAA8kQIAHolAADkpAEANqUBAEY5CgCYOQoADooAANB9AQAmRgAANEwFAFIAAADQfQEAXPgMAK74DADkpAEANqUBAEY5CgCYOQoAeB0AAModAADc4AAACLACAAAAAAAI4wEA2vcBACz4AQB++AEA0PgBACL5AQB0+QEAxvkBAC6PAACuRwEAouQBAPTkAQBG5QEAmOUBAOrlAQAwuAkA9lUMAABIAQBSSAEApEgBAPZIAQBISQEAmkkBALQDAgAGBAIAMLgJAPZVDACi5AEA9OQBAEblAQCY5QEA6uUBAFzECQDQfQEAXPgMAK74DAAA+QwAUvkMAIDuCwAgZAsACOMBAEo0CADSQAwA4vsMADT8DACG/AwAXMQJAK7ECQBa4wEArOMBAP7jAQBQ5AEAAAAAAM5jCwAI4wEASjQIANJADADi+wwANPwMAIb8DABcxAkArsQJAFrjAQCs4wEA/uMBAFDkAQBa4wEArOMBAP7jAQBQ5AEA2qUBALoHBACMRwwA3kcMADBIDACCSAwA1EgMAAAAAAAOigAAYIoAAJwUAwDSNAUA6g4CANbLDAAe4AYA4DgCAA6KAABgigAAnBQDANI0BQDqDgIAztQMAOIXAgA0GAIAjr4FAF7qBgA+zwAAbjQGAOIXAgDgOAIA6g4CAAKDAABeoQEAsKEBAAKiAQBUogEApqIBAPiiAQBKowEAnKMBAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAAAAAAeiUAAOSkAQA2pQEAiKUBAFIAAADmmQcAatIFACZGAAD0awkASJECAJqRAgDskQIAPpICAJCSAgDGDQAACOMBAJZ5CwComAsAnvUKANr3AQDwZgwAAAAAAOakCgBuSgwAwEoMABJLDABkSwwAtksMAAhMDABaTAwAMLgJAICPAADc4AAACLACAELLAgAAAAAAbjQGACZGAABCywIADKsAAKCzAQDyswEARLQBAJa0AQDotAEA2iACAE7nBAAI4wEADooAAMYNAAAgdgEAAHEBAJDuAQAI4wEAgO4LACBkCwAwuAkAAAAAANB9AQAAAAAADooAAAKDAAD4PQcAAAAAAAAAAAAOigAAJkYAAAjjAQA+zwAAEAMCAF6hAQAI4wEAMLgJAAAAAAAOigAAAoMAAMBJCACq0woAzlgIACBZCAByWQgAxFkIANr3AQAWWggAaFoIALpaCADa9wEAELwEAGK8BAC0vAQAGIwMAGqMDAC8jAwAELwEAGK8BAC0vAQAGIwMAGqMDAC8jAwAAoMAAFBNDAAAAAAACOMBAJDuAQDi7gEANO8BAAAAAAAmRgAA9GsJAOrdCgA83goA6g4CAOZ7CgA4fAoALJ4KACZGAAD0awkA6t0KADzeCgDqDgIAPA8CADQYAgCGGAIA2BgCACoZAgDGDQAA7q4EAFCzCgCGGAIA2BgCACoZAgAmRgAAeEYAAOIXAgDsAwgAPs8AAAAAAADiFwIA2iACAJSsAQC49QQAatIFACZGAADGDQAA6g4CALgTAgAKFAIAXBQCAK4UAgAAFQIAUhUCACZGAACkFQIAkC4MAHhGAADiFwIA7AMIAG40BgDqDgIAuBMCAHhGAADiFwIA7AMIAD7PAAAAAAAAAoMAAK5wAQBejQMAeB0AAE4FAgAujwAAgI8AANzgAAAIsAIA6g4CALgTAgB4RgAA4hcCAOwDCAA+zwAA6g4CALgTAgB4RgAA4hcCAOwDCAAsngoAUgAAAOaZBwAujwAAgI8AANzgAAAIsAIALo8AAHolAADMJQAAgI8AANogAgBiFwAADKsAAC6PAAAujwAAgI8AANzgAAAIsAIAAoMAAI6+BQBe6gYALo8AAICPAADc4AAACLACACZGAAAmRgAA7q4EAECvBADa9wEALPgBAH74AQD0awkALo8AAICPAADc4AAACLACAPwOAQBe6gYAJkYAAHhGAACq0woAHuAGABpCDACAjwAA3OAAAAiwAgDQfQEA0H0BAFIAAAAuuggArnABAABxAQCsKwMA/isDAJJzCgDaIAIArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAOIXAgDaIAIALCECAH4hAgDQIQIAIiICAHQiAgDGIgIAGCMCAGojAgCuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAAAAAAC6PAAAsngoALo8AAICPAADc4AAACLACAB7gBgAaQgwArkcBABqKDQCAjwAA3OAAAAiwAgAAAAAALo8AAICPAADsAwgAHuAGAPoSCABIkQIArnABAF6NAwAgdgEAbjQGAPJECAAujwAAgI8AANzgAAAIsAIA2vcBAG40BgDOWAgAYIoAACqUAgDQfQEAIn4BAAyrAABolgIAupYCAFz4DACAjwAA3OAAAAiwAgBQTQwAkO4BAOwiCQAujwAAgI8AANzgAAAIsAIA4hcCAJDuAQAOigAA/A4BAF7qBgBiFwAAJkYAAPRrCQCScwoA3OAAAAiwAgBuNAYAzlgIACZGAACkFQIAeiUAANr3AQBuNAYAzlgIAGCKAAAqlAIAxg0AAHgdAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAAoMAAF6hAQCwoQEAFi8AAGiWAgBeoQEAmGACAPRrCQCuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA9rAHAMA0BgASNQYAVrYIAKi2CAD6tggATLcIAJ63CADwtwgALo8AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQBq0gUAdKgFAMaoBQAwXAoAIHYBAG40BgDyRAgALo8AAICPAADc4AAACLACACZGAAACgwAAVIMAAOA4AgBuNAYASJECAA6MCABgjAgAeiUAANB9AQAifgEAPs8AAC6PAACAjwAA3OAAAAiwAgA0TAUAhkwFAHTlAwDQfQEAXPgMAPwOAQBe6gYAYhcAACZGAAD0awkAHuAGABpCDACAjwAA3OAAAAiwAgDGDQAAOM4KAFIAAABSAAAALroIAOIXAgAmRgAA9GsJAB7gBgD2sAcAwDQGABI1BgBWtggAqLYIAPq2CABMtwgAnrcIAPC3CAAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBANB9AQDQfQEAXPgMAJDuAQDKZwkA+D0HAAKDAAA2SQIAiEkCANpJAgAsSgIAfkoCANBKAgAiSwIAdEsCAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDiFwIANBgCACyeCgCucAEAAHEBAB47AgBwOwIAwjsCALxMAgAOTQIAYE0CALJNAgAETgIAVk4CAKhOAgD6TgIATE8CAJ5PAgDwTwIAQlACAJRQAgDmUAIAOFECAIpRAgDcUQIALlICAIBSAgD8DgEA2vcBAPBmDACAjwAAeiUAAGChCgDiFwIA/A4BABLEBADwJgIA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDyRAgADKsAAHSoBQDGqAUAGKkFAGqpBQC8qQUADqoFAPwOAQBODwEAAs0JAPoSCAAy9AwAVsAHAAyrAABolgIA8CYCADRMBQBuNAYA8kQIAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAAAAAAAKDAAD4PQcADooAAC6PAAAujwAAgI8AANzgAAAIsAIAHuAGABpCDAB6JQAAVsAHAI6rCwAujwAAHuAGAAKDAAD4PQcASj4HAJw+BwCWeQsAqJgLAJ71CgDmpAoAPJUFAPwOAQBe6gYAsOoGANr3AQDwZgwAgI8AAAjjAQBa4wEAovEMAGCKAADehAoAJkYAADRMBQBuNAYA8kQIAA6KAABgigAAKpQCAHyUAgDOlAIAIJUCAHKVAgDElQIAFpYCALo8CwAMPQsAXj0LALA9CwACPgsAVD4LAG40BgAI4wEAWuMBAMwlAAA+zwAACOMBAOakCgA4pQoAiEkCANpJAgAsSgIAfkoCANBKAgAiSwIAxg0AAAjjAQCWeQsAqJgLAJ71CgBa4wEAovEMAGCKAADehAoAJkYAADRMBQBuNAYA8kQIAFBNDABiFwAAtBcAAKo3AQAY+gEASjQIAJw0CABO5wQAGkIMAGrSBQBeqwAA0lICADZJAgDaIAIA7AMIAD6cAQCWeQsAELwEACyeCgB+ngoA0J4KACKfCgB0nwoALo8AAICPAADc4AAACLACAGIXAAAmRgAAAoMAAPAmAgA0TAUAbjQGAPJECAAujwAAgI8AANzgAAAIsAIAiq8JAFbABwCOqwsAHjsCAAjjAQC+0QoAULECAPwOAQDa9wEAbjQGAK5wAQDacgIAAoMAAPAmAgA0TAUAbjQGAPJECAAI4wEAMLgJAICPAADc4AAACLACAFrjAQCs4wEA/uMBAFDkAQAAAAAACOMBAB4UCgBwFAoAxjkMABg6DABqOgwAvDoMAJa0AQDwJgIANEwFANr3AQDQfQEAXPgMAJZ5CwCcHgIA7h4CAEAfAgAQvAQAaJYCAIyrAgDeqwIAMKwCAIKsAgDUrAIAuLcCAAq4AgBcuAIArrgCAAC5AgBSuQIApLkCAPa5AgBIugIAmroCAAAAAAAOigAAYIoAACqUAgB8lAIAzpQCACCVAgBylQIAxJUCABC8BABolgIAjKsCAN6rAgAwrAIAgqwCANSsAgAOigAAxg0AAJZ5CwComAsA5qICADijAgD8DgEAEsQEAFBNDAA+QgoAkEIKAOJCCgA0QwoAavoBAIK4CQDUuAkAzlgIAJDuAQD8DgEAopIBAF6NAwDYnQEAIHYBAABxAQCQ7gEACOMBAEo0CACcNAgAJkYAAA6KAADiFwIA2JUKABpCDABq0gUAXqsAANJSAgA2SQIA2iACAE7nBAAI4wEA5qQKAFBNDAAe4AYACOMBAD5CCgCQQgoA4kIKADRDCgAOigAAxg0AAHgdAAAeFAoAcBQKAFJxAQCkcQEA9nEBAEhyAQCacgEA1I0BAG40BgDANAYAEjUGAFa2CACotggA+rYIAEy3CACetwgAIuUDAHTlAwDG5QMAGOYDAGrmAwC85gMAHuAGAAjjAQDmpAoAUE0MAB7gBgAI4wEAPkIKAJBCCgDiQgoANEMKAA6KAADGDQAAeB0AAL7RCgBQsQIAorECAPSxAgBGsgIAmLICAMafCgAYoAoAaqAKALygCgAOoQoAUE0MAJwUAwAMqwAAQssCABJACQCCCgoA1AoKACYLCgB4CwoAygsKABwMCgA8/QsAgI8AANzgAAAIsAIACOMBAG40BgDOWAgAJkYAAAjjAQBuNAYAeiUAAAjjAQDa9wEAbjQGAM5YCABgigAAKpQCAEo0CAA0GAIA+EYCAEpHAgD0awkARmwJAJhsCQAmRgAACOMBAJZ5CwComAsAnvUKAOakCgAKuQYAHuAGAAjjAQA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQC+0QoAENIKAGLSCgC00goA7q4EAFCzCgCiswoA/BoIAAjjAQA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQD8DgEAHLgBAG64AQDAuAEAErkBAGS5AQC2uQEALJ4KAAjjAQA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQDYlQoAKpYKAEiRAgCucAEAHuAGABpCDAA+zwAArnABANI0BQB4RgAACOMBAG40BgBIkQIADowIAGCMCAB6JQAA0H0BACJ+AQCucAEA2nICAAjjAQBmkAoALroIAK5wAQAAcQEArCsDAP4rAwCScwoACOMBANiVCgAaQgwAgI8AANogAgAsIQIAfiECANAhAgAiIgIAdCICAMYiAgDmpAoAbkoMAMBKDAAgdgEAcnYBAMR2AQD8DgEAXuoGAGIXAAAmRgAACOMBAJZ5CwComAsAnvUKADC4CQCCuAkAJkYAAO6uBAAsngoACOMBAB4UCgBwFAoAwhQKAD5CCgCcFAMA7hQDAEAVAwD8DgEAEsQEANB9AQBC6gMADKsAAC6PAADa9wEAbjQGAM5YCABgigAAKpQCAMYNAAAI4wEAbjQGAM5YCAAmRgAACOMBAG40BgB6JQAACOMBAEo0CAA0GAIA+EYCAEpHAgAmRgAA9GsJAJDuAQDsIgkAgI8AAAjjAQDYlQoAKpYKAEiRAgCucAEAHuAGABpCDADa9wEALJ4KAAjjAQBcPQIArj0CAAA+AgDgOAIAMjkCAB7gBgAI4wEA5qQKAPAmAgBgBQEAsgUBAGiWAgC6lgIADJcCAPg+CwBKPwsAnD8LAO4/CwBAQAsAkkALAORACwA2QQsAiEELANpBCwAsQgsAfkILANBCCwAiQwsAdEMLAMZDCwAYRAsAakQLALxECwAORQsAYEULALJFCwAERgsAVkYLAKhGCwD6RgsATEcLAJ5HCwDwRwsAQkgLAJRICwDmSAsAOEkLAIpJCwDcSQsALkoLAIBKCwCucAEAAHEBAB47AgBwOwIAwjsCAEL0AgCU9AIA5vQCADj1AgCK9QIA3PUCAC72AgCA9gIA0vYCACT3AgB29wIAyPcCABr4AgDYlQoAcOAGAIyZDADemQwA2vcBAAKDAABeoQEAeB0AAL7RCgBQsQIAEl8KAGRfCgC2XwoACGAKAAjjAQAeFAoAnEkKAO5JCgC+0QoA8BQMAEIVDAA2SQIAJkYAADRMBQAAcQEAkO4BAAjjAQAOigAAsvsBAA6KAAAmRgAAJkYAADRMBQAAcQEAkO4BAAjjAQDYlQoA9rAHAD7PAAAeFAoAcBQKAMIUCgBKNAgAnDQIABJdAgC80gUASJECAA6MCABgjAgALJ4KAAjjAQD8DgEATg8BAALNCQACgwAACrkGAPoSCAAAcQEAkO4BAAjjAQBKNAgAnDQIAE7nBACg5wQA8ucEADJEBQAeFAoAnEkKAO5JCgDQfQEAIn4BAOBXAwAyWAMAhFgDANZYAwAoWQMAelkDAJZ5CwDQ3AwAykYAAJRGAwDmRgMAOEcDAIpHAwBeoQEAeB0AAJRxCwAI4wEAHhQKAHAUCgDCFAoA/A4BAF7qBgCw6gYATg8BAOIXAgAeFAoAnEkKAO5JCgAeFAoAcBQKAMIUCgDuIAoAQCEKAJIhCgBmkAoAMDsBAII7AQDaxgoALMcKAH7HCgDQxwoACOMBAG40BgB6JQAACOMBAL7RCgDwFAwAQhUMADZJAgAmRgAANEwFAABxAQCQ7gEACOMBAA6KAABERQgAlkUIAOhFCAA6RggAjEYIAN5GCAAwRwgAgkcIAJZ5CwComAsAnvUKAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAADmpAoA8CYCAG40BgDyRAgACOMBAL7RCgAYDgAAZtcHALjXBwAK2AcAXNgHAAjjAQBSAAAAJkYAADRMBQAAcQEAkO4BAAjjAQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMA5AIJADYDCQBuNAYA8kQIAAjjAQAOigAAYIoAAJwUAwA41gEACOMBANiVCgD2sAcA/A4BABLEBACucAEAAHEBAAjjAQC+0QoAGA4AAGbXBwC41wcACtgHAFzYBwAI4wEAzlgIACBZCAByWQgAxFkIABZaCABoWggAuloIAAxbCABeWwgAsFsIAAJcCABUXAgAplwIAPhcCABKXQgAnF0IAO5dCABAXggAvtEKAHgdAADKHQAAHB4AAG4eAADAHgAAQssCAMYNAAAI4wEAlnkLANDcDADKRgAAHEcAAG5HAADARwAAEkgAAGRIAAC2SAAACEkAAFpJAACCCgoA1AoKAGIXAACcFAMAAHEBAJDuAQAI4wEAbjQGAPJECAAI4wEAppoKAKrTCgDGDQAA0H0BACJ+AQAMqwAAaJYCALqWAgAMlwIAAAAAANB9AQDGDQAAmGACAOpgAgDwJgIA9GsJAD6cAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAzAAgBewAIAPpwBAAAAAAAMwAIAXsACANDFAgBivAQAKDwKAHo8CgDMPAoAHj0KAHA9CgDCPQoAFD4KAGY+CgDshwMAPogDAJCIAwDiiAMANIkDAIaJAwDYiQMAKooDAHyKAwDOigMAIIsDAHKLAwDEiwMAFowDAGiMAwC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMA3HADAC5xAwCAcQMA0nEDACRyAwB2cgMAyHIDABpzAwBscwMAvnMDABB0AwBidAMAtHQDAOQrCQA2LAkAiCwJANosCQAsLQkAfi0JANAtCQAiLgkAdC4JAMYuCQAYLwkAai8JALwvCQAOMAkAYDAJALIwCQAEMQkAkO4BAELLAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMA2vcBAAKDAADGDQAAnpcDAPCXAwBc+AwArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBACTOAgBEyQMAlskDAOjJAwA6ygMAjMoDAN7KAwAwywMAgssDANTLAwAmzAMAgHEDANJxAwBa4wEArOMBAP7jAQBQ5AEAQAsEAJILBADkCwQANgwEAIgMBADaDAQALA0EAH4NBADQDQQAMLgJAPZVDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAPs8AAMBJCACucAEA2nICAFz4DAAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAKC+BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAntUFAPDVBQBC1gUAlNYFAObWBQA41wUAULECAKKxAgAMqwAAUgAAAJCxAwDqDgIANrIMAIiyDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDGDQAA6g4CAJ64DABolgIAjKsCAN6rAgAwrAIAgqwCAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwBiFwAAtBcAAD7PAAAujwAAgI8AANzgAAAIsAIA8LgMAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAHuAGAPawBwAujwAAxg0AABymCwC0FwAAqjcBAPRrCQCuRwEAvMkKAF6NAwCYYAIA9GsJAJJzCgDc4AAACLACAAjjAQAQvAQAaJYCALqWAgAMlwIAXpcCAFrjAQCs4wEA/uMBAFDkAQD8DgEAUgAAAC66CADiFwIAJkYAAPRrCQCScwoA3OAAAAiwAgDQfQEAQuoDAJTqAwBSAAAA5jsAAOoOAgDWywwArnABANr3AQAAxAUANBgCADZJAgAsngoACOMBAD5CCgCQQgoA4kIKADRDCgDQfQEAIn4BAOBXAwAyWAMAGkIMAB7gBgBCywIA0H0BACJ+AQDgVwMAMlgDAIRYAwDWWAMAKFkDAHpZAwCWeQsA0NwMAMpGAABgBQEAUgAAAC66CADGDQAAmGACAJDuAQDiFwIA2iACAMYNAACelwMA8JcDAGAFAQAI4wEA5qQKAPSpCwD8GggAThsIAKAbCADyGwgASjQIAJw0CAASXQIAvNIFAOIXAgAe4AYACOMBAOakCgAKuQYAXLkGAK65BgAAugYA9GsJAJJzCgDqDgIACOMBAPwOAQCikgEAXo0DANidAQAgdgEAAHEBAJDuAQAI4wEA5qQKADyVBQCQ7gEA7CIJAPwOAQAI4wEAHhQKANI0BQAkNQUA2JUKABpCDABsQgwA5pkHAMxRDAAeUgwAxg0AAAjjAQBuNAYA8kQIAAAAAAAAAAAAQssCAFDaAgAmPgkAeD4JAMo+CQAcPwkAMLgJAICPAADc4AAACLACAJZ5CwComAsAnvUKABC8BABivAQAtLwEAAa9BABYvQQAqr0EAJSuCQDmrgkAOK8JAOh5CwCScwoA5HMKADZ0CgCIdAoA2nQKACx1CgB+dQoA0HUKACJ2CgDYlQoAwh8NAC6PAACWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAIBxAwA0TAUAhkwFANhMBQAqTQUAfE0FANJADADSNAUA9GsJABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOBQIAoAUCADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACgvgQA8r4EAES/BACWvwQA6L8EAL7RCgB4HQAAyh0AABweAABuHgAAwB4AAELLAgAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAIBxAwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgARNMCAJbTAgCoMQkAQlIKAOwDCADOWAgAJkYAAPRrCQCWeQsAqJgLAJ71CgCmmgoAqtMKAMYNAAAujwAAJkYAAD7PAABuNAYA4hcCAOA4AgAI4wEAHhQKAJxJCgDuSQoADooAAGCKAADiFwIA2iACAO7XBABA2AQAktgEAAKDAADa9wEA0H0BAAAAAAAI4wEA4DgCACptCgAAcQEAHjsCAELLAgAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAtAMCAAYEAgAQvAQAaJYCAGj/DAC6/wwADAANALZVCwDu6wIAGA4AAPwOAQBe6gYAYAUBACZGAAAI4wEAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAJSuCQDmrgkAOK8JACyeCgDGDQAAnpcDAPCXAwAAAAAAQssCAGakCACAjwAA3OAAAAiwAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAICPAADc4AAACLACAMBJCAAsngoAAAAAAAAAAAAAAAAADMACAF7AAgA+nAEAAAAAAAAAAAAAAAAAAAAAAAzAAgBewAIA0MUCAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMA3HADAC5xAwCe1QUA8NUFAELWBQCU1gUA5tYFADjXBQD8DgEA6EQEADpFBACMRQQA3kUEAB7gBgDa9wEACOMBAPwOAQBODwEAAs0JAFTNCQCmzQkA/A4BAOhEBAA6RQQAjEUEAN5FBAAMqwAAXqsAALCrAAACrAAAVKwAAPwOAQAcuAEAYIoAAJwUAwAMqwAAaJYCAPAmAgA0TAUAbjQGAPJECADGDQAAeB0AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAkzgIARMkDAGwZDADkXQQANl4EAIheBADaXgQALF8EAH5fBADQXwQAImAEAHRgBADGYAQAGGEEAAjjAQDQfQEAQuoDAABxAQDgOAIACOMBAFrjAQCs4wEA/uMBANJ9CgAkfgoA5qQKAAq5BgAe4AYA4hcCANogAgDGDQAA2J0BAM5jCwCs7QAAuoIEAKrTCgDGDQAAmGACAEI9CACUPQgA5j0IADg+CACKPggA3D4IAC4/CACAPwgA0j8IACRACADmpAoAUE0MACyeCgAI4wEAbjQGAHolAAAI4wEAlnkLANDcDADKRgAAHEcAAFIAAADmmQcAatIFAK5wAQAyCAsAVsAHAC6PAAAe4AYACOMBAPwOAQDoRAQAOkUEAIxFBADeRQQA8tMGAKaaCgCq0woAxg0AAJhgAgD8DgEA6EQEADpFBACMRQQA3kUEAPLTBgBE1AYAltQGAOjUBgA61QYAjNUGAN7VBgAw1gYAqBwHAKrTCgDGDQAAmGACAAjjAQDASQgALJ4KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAugcEAAwIBADKHwgAHCAIAG4gCADAIAgAEiEIAGQhCAC2IQgACCIIAFoiCACsIggA/iIIAFAjCACiIwgA9CMIAEYkCACYJAgA6iQIAIBxAwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAbjQGAMA0BgASNQYAVrYIAKi2CAD6tggATLcIAJ63CADwtwgACOMBAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAQuoDAE4FAgDGDQAAnpcDAPCXAwBOBQIALo8AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAIBxAwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAbjQGAMA0BgASNQYAVrYIAKi2CAD6tggATLcIAJ63CADwtwgACOMBAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAgHEDADRMBQCGTAUA2EwFAB7gBgAI4wEAbjQGAM5YCABuNAYAwDQGABI1BgBWtggAqLYIAPq2CABMtwgAnrcIAPC3CAAI4wEAlnkLADRMBQCGTAUA2EwFAB7gBgAI4wEAbjQGAM5YCADiFwIA0kAMANpyAgAifgEAdH4BACyeCgBOBQIADKsAAKCzAQBQiAIA8G4DAEJvAwCUbwMA5m8DAO7hAwAc+AsAGN4MAA6KAABgigAAKvoAAHz6AADO+gAAIPsAAHL7AADE+wAAFvwAACZwBAB4cAQAynAEABxxBABucQQAwHEEABJyBABkcgQAtnIEAAhzBAAAcQEAkO4BAAjjAQCWeQsAqJgLAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAdroEAMi6BAAauwQAbLsEAL67BAAOigAAYIoAAJwUAwA41gEACOMBAL7RCgAYDgAAZtcHALjXBwAK2AcAXNgHAELLAgACgwAAONYBAOIXAgDaIAIAJkYAAO6uBABArwQALo8AAMYNAABSAAAA5pkHADiaBwDc4AAA2iACAAAAAAAOigAALo8AAMYNAACYYAIA9GsJAJJzCgDc4AAACLACABJACQBkQAkAtkAJAEDYBACS2AQA5NgEADbZBACI2QQA2tkEACzaBAB+2gQA0NoEACLbBAB02wQAxtsEABjcBABq3AQAvNwEAA7dBABg3QQAst0EAATeBABW3gQAqN4EAPreBABM3wQAnt8EAPDfBABC4AQAlOAEAObgBAA44QQAiuEEANzhBAAu4gQAgOIEANLiBAAk4wQAduMEAAKDAABUgwAAwEkIAHJuCgAe4AYACOMBAJZ5CwDQ3AwAykYAAPwOAQASxAQAZMQEAAjjAQBKNAgAnDQIACZGAADurgQAQK8EAC6PAADGDQAACOMBAGaQCgC0yAsAOJoHAAjjAQBKNAgAnDQIAAAAAAAOigAALo8AAMYNAACYYAIACOMBANB9AQBC6gMAIuUDAKKSAQDSNAUAJDUFAFbqCwA+zwAAwEkIAK5wAQAMqwAAwEkIAAjjAQAeFAoAnEkKAB7gBgD6EggAXo0DAELLAgAMqwAAaJYCAIyrAgDeqwIAMKwCAIKsAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAiIkMAJJzCgDc4AAACLACABYvAABeqwAAsKsAAAKsAABUrAAApqwAAELLAgAMqwAAaJYCAIyrAgDeqwIAMKwCAIKsAgAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAiIkMAJJzCgDc4AAACLACAC6PAAAe4AYA+hIIAF6NAwAWLwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAA5YBQBgWAUAslgFAARZBQBWWQUAqFkFAPpZBQDoYwUAOmQFACg8CgB6PAoAzDwKAB49CgBwPQoAwj0KABQ+CgBmPgoAkO4BAOwiCQA+IwkACOMBAOakCgA8lQUASjQIAJw0CADGDQAAGA4AAM5YCADiFwIADKsAALy9AwAOvgMAYL4DALK+AwAEvwMAVr8DAKi/AwD6vwMATMADAJ7AAwDwwAMAQsEDAJTBAwCUrAEA5qwBADitAQCKrQEA3K0BAFB1CACidQgA9HUIAEZ2CACYdggA6nYIADx3CACOdwgA4HcIADJ4CACEeAgA1ngIACh5CAB6eQgAzHkIAB56CABweggAwnoIABR7CACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUADlgFAGBYBQCyWAUABFkFAFZZBQCoWQUA+lkFAJTLAgDmywIAKvoAAHz6AADO+gAAIPsAAHL7AADE+wAAFvwAACZwBAB4cAQAynAEABxxBABucQQAwHEEAHgdAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAJM4CAETJAwCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwB4zAMAyswDABzNAwBuzQMAwM0DABLOAwBmkAoAMkUJAIRFCQDWRQkAKEYJAHpGCQDMRgkAHkcJAHBHCQDCRwkAFEgJAGZICQC4SAkACkkJAFxJCQCuSQkAAEoJAFJKCQCkSgkA9koJAEhLCQCaSwkA7EsJAETTAgCW0wIAqDEJAEJSCgDsAwgAzlgIACZGAAD0awkAlnkLAKiYCwCe9QoAppoKAKrTCgDGDQAAEkAJAGRACQBO5wQAoOcEAPLnBAAyRAUAvtEKAHgdAADKHQAAHB4AAG4eAADAHgAAEh8AAD7PAAAujwAAYhcAACZGAAAI4wEA5qQKAD7PAAAQAwIAJkYAAAjjAQA+zwAAEAMCAF6hAQAI4wEAPkIKAJBCCgDiQgoANEMKAGaQCgAuuggAxg0AANidAQAgdgEA2vcBANB9AQBc+AwAlnkLAKiYCwCe9QoAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAJSuCQDmrgkAOK8JAJZ5CwDQ3AwAykYAAEo0CACcNAgATucEAKDnBADy5wQAMkQFAL7RCgB4HQAAyh0AABweAABuHgAAwB4AAKztAAAaqAoAsI0DABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwCOyQgAcBQKAMIUCgDa9wEAAMQFAFLEBQCkxAUA9sQFAGIXAAAI4wEAvtEKAPAUDABCFQwA8CYCAK5wAQAi5QMAXuoGAG40BgDOWAgAJkYAAPRrCQCScwoA3OAAAAiwAgAOZAwANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAoL4EAPK+BABEvwQAlr8EAOi/BAC+0QoAeB0AAModAAAcHgAAbh4AAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEARNMCAJbTAgCoMQkA+jEJAEwyCQCeMgkA8DIJAEIzCQBa4wEAVsAHAKjABwD6wAcAbjQGAOIXAgAI4wEA2JUKACqWCgDiFwIA2iACABJdAgAmRgAApBUCAOIXAgAsngoACOMBAD6cAQAOigAAYIoAAJwUAwA41gEAJM4CAETJAwCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwB4zAMAyswDABzNAwBuzQMAwM0DABLOAwDcFQgANjYIAGo5CAC8OQgADjoIAGA6CACAcQMANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIAG40BgDANAYAEjUGAFa2CACotggA+rYIAEy3CACetwgA8LcIAAjjAQCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIACZGAAA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQAgTgUAck4FAMROBQAWTwUAopUNAPSVDQCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwCAcQMANEwFAIZMBQDYTAUAKk0FAHxNBQAwXAoAeB0AAJQoBgBc+AwAatIFACZGAAA0TAUAbjQGAPJECAAmRgAANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAIE4FAHJOBQDETgUAFk8FAC6PAACAjwAA3OAAAAiwAgA07wEANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAIE4FAGjqCgC66goADOsKAF7rCgCw6woAAuwKAFTsCgAYDgAAZtcHALjXBwAK2AcAXNgHAKQVAgDANAYAEjUGAGQ1BgAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAELLAgBmpAgAgI8AANzgAAAIsAIAYhcAALQXAADOYgcAIGMHAHJjBwDEYwcAFmQHAGhkBwA0GAIASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAAjjAQCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIAHjYCgAMqwAADKsAAHSoBQDGqAUAGKkFAGqpBQBO5wQACOMBAOakCgB6JQAAJkYAAPRrCQCScwoAvtEKAHgdAACUKAYAXPgMAGrSBQAmRgAANEwFAG40BgDyRAgACOMBADC4CQCAjwAA3OAAAAiwAgDu6wIAijQJANw0CQAuNQkAgDUJANI1CQAkNgkAmpwFAOycBQA+nQUAkJ0FAOKdBQA0ngUAhp4FANieBQAqnwUAfJ8FADq2BQCMtgUA3rYFADC3BQCCtwUA1LcFAA6KAADiFwIA4hcCANogAgBiFwAAJkYAAAjjAQCWeQsAqJgLAMA0BgAuuggA0H0BACJ+AQB0fgEALJ4KAELLAgAAAAAACOMBAJZ5CwCcHgIA7h4CAEAfAgC2VQsAvtEKABDSCgCucAEA0jQFAAKDAADa9wEA0H0BAFz4DAC+0QoAeB0AAModAAAcHgAAbh4AAMAeAACSfAUACOMBAFrjAQBgoQoAsqEKAASiCgCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAQssCAETTAgCW0wIAqDEJAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAXPgMAL7RCgB4HQAAyh0AABweAABuHgAAwB4AAPwOAQAAAAAAUgAAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIA4hcCAOwDCADUzQsAMjkCAICPAACCCgoA1AoKAOIXAgDaIAIA7tcEAEDYBACS2AQAAoMAANr3AQDQfQEAXPgMAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAYIoAAGIXAAAsngoAQssCACZGAAAMqwAAUgAAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwB6JQAA5KQBADalAQCIpQEADKsAAKCzAQBQiAIA8G4DAOIXAgDaIAIALCECAKLxDADGDQAAeB0AANRHCAAmSAgAeEgIAMpICAAcSQgAbkkIAA5YBQBgWAUAslgFAARZBQBWWQUAqFkFAPpZBQDu6wIAGA4AAGbXBwC41wcACtgHAFzYBwAI4wEAMLgJAICPAADc4AAACLACAKKVDQD0lQ0ARpYNAJiWDQDqlg0APJcNAI6XDQDglw0AMpgNAISYDQDWmA0AKJkNAJCIAwDiiAMANIkDAIaJAwDYiQMAKooDAHyKAwDOigMAppoKAKrTCgDGDQAA2vcBAADEBQBSxAUApMQFAPbEBQBIxQUAMFwKAMpvAABIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAAoMAAHolAADgOAIAeukFAJSsAQDGDQAAFi8AAKCzAQBQiAIA8G4DAEJvAwCUbwMA5m8DADhwAwCKcAMA3HADALxXBQCAjwAA3OAAAAiwAgAcpgsAGtkBAIyCAgDeggIAMIMCAIKDAgDsAwgAeiUAAOIXAgDaIAIAJkYAAO6uBABArwQALo8AAMYNAAB4HQAArkcBAABIAQBSSAEAHNkKAG7ZCgDA2QoACOMBAPwOAQASxAQALJ4KAAjjAQA+QgoAkEIKAOJCCgA0QwoA2vcBAPBmDADmpAoASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BABC8BABivAQAKDwKAHo8CgDMPAoAHj0KAHA9CgDCPQoAFD4KAGY+CgC4PgoACj8KADC4CQDGDQAAmGACAOpgAgDa9wEA0H0BAELqAwBejQMAsvsBAHJuCgCWeQsAqJgLAJ71CgAeFAoAUgAAAFSDAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIAlMsCAObLAgAq+gAAfPoAAM76AAAg+wAAcvsAAMT7AAAW/AAA2vcBAG40BgBuNAYAJkYAAMYNAACYYAIA7q4EAFCzCgBadQwACOMBAFrjAQDiFwIA7AMIAPwOAQAI4wEAPpwBAKztAABCywIAJM4CAF6rAACwqwAAAqwAAFSsAACmrAAA+KwAAKaaCgD4mgoASpsKAJybCgBKNAgAggoKANQKCgAI4wEAbjQGAM5YCAAmRgAACOMBAG40BgB6JQAACOMBAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAXPgMANr3AQAAxAUAUsQFAKTEBQD2xAUASMUFADBcCgAI4wEAlnkLAKiYCwCe9QoAlnkLAAKDAAD4PQcA4DgCAAjjAQCWeQsAUE0MACyeCgAI4wEAbjQGAHolAAAI4wEAlnkLANDcDADKRgAAHEcAAG5HAAAujwAAHuAGAAjjAQDa9wEAAMQFAFLEBQCkxAUA9sQFAEjFBQDQfQEAAoMAAF6hAQCYYAIANEwFAAyrAADGDQAAeB0AAAKDAAA2SQIADKsAAMBJCADqDgIANrIMAIiyDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDGDQAA6g4CAJ64DADwuAwAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIAAAAAAFIAAADmmQcAzFEMAMYNAAB4HQAAAoMAADZJAgAMqwAAwEkIAFIAAADeBwIA6g4CADayDACIsgwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAxg0AAOoOAgCeuAwA8LgMAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAICPAADc4AAACLACAELLAgAmRgAA7q4EAFCzCgD4RgIAxg0AAFIAAAAuuggA4hcCACZGAABCywIAJkYAAO6uBABQswoA+EYCAMYNAABSAAAALroIAOIXAgAmRgAAQssCAGakCACAjwAA3OAAAAiwAgDQfQEAQuoDAEiRAgCucAEAAHEBAJDuAQAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMA5AIJAHgdAADKHQAA3OAAAAiwAgBOBQIAoAUCAO6uBABQswoA+EYCAMYNAABSAAAALroIAOIXAgAmRgAA6g4CAJ64DADwuAwAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUAgI8AANzgAAAIsAIAopUNAPSVDQCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwAwuAkAgI8AANzgAAAIsAIA/rACAGiWAgBo/wwAuv8MAAwADQBeAA0AsAANAAIBDQBUAQ0ApgENAJpzBQDscwUAPnQFAJB0BQDidAUANHUFAIZ1BQBCywIAJM4CAETJAwCWyQMA6MkDADrKAwCMygMA3soDADDLAwCCywMA1MsDACbMAwCAcQMANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIABC8BABolgIAaP8MALr/DAAMAA0AXgANALAADQACAQ0AVAENAKYBDQAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAJkYAADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FACBOBQByTgUAxE4FABZPBQBE0wIALo8AAD7PAAAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAICPAADc4AAACLACAPJECAC0FwAAkHUJAOJ1CQACgwAASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAFz4DAAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAMYNAADKbwAASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAFz4DAAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAETTAgCW0wIAqDEJAOakCgD4PQcAQuoDAEiRAgAOjAgAPkIKAJBCCgCQdQkA4nUJAMYNAAAI4wEAWuMBAGChCgCyoQoABKIKAFaiCgAeFAoAcBQKAMIUCgAsngoAbjQGAM5YCADiFwIACOMBABC8BABeqwAADooAAMYNAACYYAIA9GsJAAjjAQA+QgoAkEIKAJB1CQDidQkA5qQKAEiRAgCakQIArnABANpyAgACgwAA2vcBANB9AQBuNAYADKsAAAyrAAB0qAUAxqgFABipBQBqqQUATucEAAjjAQA+zwAAwEkIAK5wAQDacgIAXPgMADC4CQDGDQAAmGACAOpgAgDa9wEA0H0BAELqAwBejQMAsvsBAK5wAQAAcQEAkO4BAAjjAQDmpAoAPJUFABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAgHEDANJxAwAkcgMAdnIDAJ6XAwDwlwMA8tMGAETUBgCW1AYA6NQGADrVBgCM1QYAlnkLAAyrAABSAAAAAAAAAK5wAQBSAAAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAgHEDANJxAwAkcgMAlnkLANDcDADKRgAAppoKAKrTCgDGDQAAmGACAJZ5CwA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQD2+AgASPkIAJr5CACi5AEArnABAOIXAgDaIAIAbjQGAMA0BgASNQYAZDUGAAjjAQCWeQsADKsAAFIAAAAI4wEAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMA3HADAC5xAwA+zwAArnABANI0BQB4RgAACOMBAKaaCgCq0woAxg0AAJhgAgAI4wEAHuAGAHDgBgBadQwAJkYAADRMBQBIkQIADowIAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAABUZQMApmUDAPhlAwAOigAAYIoAACr6AABIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAXPgMAG40BgDiFwIACOMBANiVCgD2sAcALo8AAMYNAAAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQD2VQwAvMkKAF6NAwAe4AYAxg0AAAjjAQC+0QoAeB0AAModAAAcHgAAbh4AAMAeAAASHwAAVGUDAKZlAwD4ZQMADooAAGCKAAAq+gAASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAFz4DABuNAYA4hcCAAjjAQDYlQoA9rAHAC6PAADGDQAACOMBAD5CCgCQQgoA4kIKADRDCgBq+gEA9lUMALzJCgBejQMACOMBAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAABUZQMApmUDAPhlAwAOigAAYIoAACr6AABIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAXPgMAG40BgDiFwIACOMBANiVCgD2sAcALo8AAMYNAAAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQD2VQwAvMkKAF6NAwAAAAAAAoMAAPg9BwBKPgcAQuoDAELLAgDiFwIA0kAMAABxAQCQ7gEA7CIJAICPAADc4AAACLACAETTAgCW0wIAqDEJAPoxCQB4HQAAyh0AABweAABuHgAAwB4AABIfAADmpAoASJECAJqRAgCucAEA2nICAAKDAADa9wEA0H0BAC6PAAD8DgEADKsAAGiWAgBUgwAAwEkIAHJuCgDGDQAAeB0AAModAAAcHgAAbh4AAMAeAADaIAIAgI8AANzgAAAIsAIAlKwBAMYNAABCywIA7usCAIo0CQDcNAkALjUJAIA1CQDSNQkAJDYJALZVCwAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAlK4JAOauCQA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQD2+AgAlnkLAKiYCwAe4AYAGkIMAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAG0QIA0NwMAMpGAABANgwAkjYMAB4UCgCcSQoA7kkKAD5CCgCQQgoABhgAAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAXPgMABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMA5qQKAPAmAgA2agsA0NwMAK5wAQBejQMAsI0DAPwOAQBODwEA/A4BAF7qBgBiFwAA0H0BAELqAwCU6gMAsFoEAAyrAADqDgIAnrgMAPC4DABQiAIA8G4DAEJvAwCUbwMA5m8DADhwAwCKcAMA3HADALxXBQCAjwAA3OAAAAiwAgDWywwAeB0AAModAAAcHgAAbh4AAMAeAAAe4AYAGkIMAAKDAAAKuQYAQssCAPawBwA+zwAAYhcAAELLAgDASQgAqtMKAMYNAACYYAIA0H0BACJ+AQBgggkAsoIJAASDCQBWgwkA5pkHADiaBwDc4AAACLACAPwOAQASxAQANkkCAOA4AgAyOQIAHuAGAAjjAQDYlQoAGkIMAAKDAACmmgoA+JoKAEqbCgCcmwoA7psKAECcCgCSnAoA5JwKACZTCwBQTQwAHuAGAAjjAQAeFAoAnEkKAO5JCgCoogoAKpYKAF6NAwDKbwAA2vcBANB9AQBc+AwAHuAGAAjjAQAOigAAYIoAACZGAAA0TAUA2nICAAjjAQCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBKNAgAnDQIACZGAADurgQAwEkIAKrTCgDGDQAAmGACAOpgAgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEADKsAAAAAAADQfQEAQssCAETTAgCW0wIAqDEJAKaaCgCq0woAxg0AAJhgAgDGDQAACOMBAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAXPgMAB4UCgBwFAoAwhQKAO4gCgBAIQoAkiEKAGaQCgAuuggAgLoIAJTLAgDmywIAKvoAAHz6AADO+gAAIPsAAHL7AADE+wAAFvwAACZwBADiFwIA2iACAO7XBADwJgIA9GsJAL7RCgB4HQAAxg0AANidAQAgdgEAbjQGANB9AQDQfQEACOMBAKaaCgCq0woAxg0AAJhgAgCs7QAAGqgKALoHBACWeQsA7q4EAECvBAAujwAAHuAGAAjjAQBa4wEAYKEKAOIXAgAI4wEAAAAAAA6KAAAujwAAgI8AACyeCgAI4wEAWuMBAKzjAQD+4wEAUOQBAGIXAAC0FwAAkHUJAOJ1CQDGDQAAeiUAAOSkAQA2pQEAiKUBABpCDACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAJM4CAETJAwAoPAoAejwKAMw8CgAePQoAcD0KAMI9CgAUPgoAZj4KAEo0CACcNAgA7tcEAEDYBACS2AQACOMBAOakCgBQTQwALJ4KAAjjAQAQvAQAYrwEALS8BAAYjAwAaowMAFSDAAD8GggACOMBAGaQCgAuuggArnABAABxAQDwJgIAxg0AAELLAgBE0wIAltMCAKgxCQD6MQkAeB0AAModAAAcHgAAbh4AAMAeAACSfAUACOMBAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAXPgMAFrjAQBgoQoA4hcCAAjjAQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDGDQAAeB0AAModAAAcHgAAbh4AAMAeAACSfAUA5HwFAModAADc4AAACLACAHgdAADKHQAA3OAAAAiwAgCilQ0A9JUNAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMATgUCAOIXAgDaIAIALCECAKLxDADGDQAAeB0AAPD1CgCyJAIARlcHAJhXBwAI4wEAvtEKAHgdAADKHQAAHB4AAG4eAAAMqwAA4DgCAMBJCACq0woAzlgIAMYNAAB4HQAATgUCAB7gBgDiFwIA0kAMAEiRAgAOjAgAYIwIAOoOAgA2sgwAgI8AANzgAAAIsAIA6g4CAGIXAAAujwAAJkYAAD7PAABuNAYA4hcCAOA4AgAyOQIAgI8AANzgAAAIsAIAopUNAPSVDQD4XQwASl4MAJxeDAAAAAAAAAAAAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAQssCACTOAgBEyQMAlskDAOjJAwA6ygMAjMoDAN7KAwAwywMAgssDANTLAwAmzAMAeMwDAMrMAwAczQMAbs0DAMDNAwASzgMAlnkLANDcDADKRgAAMLgJAIK4CQAe4AYAUgAAAC66CACucAEAAHEBAKwrAwAI4wEADooAAOIXAgDQfQEAQssCAPgIAADASQgAEkoIAGRKCAAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQAlK4JAOauCQA4rwkAlnkLANDcDADKRgAAlEYDAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHANiVCgBw4AYALo8AAPwOAQBODwEAlEYDAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHANiVCgBw4AYALo8AAPwOAQBODwEAoA8BAAjjAQBKNAgAggoKANQKCgBiFwAAnBQDAABxAQCQ7gEALo8AAICPAAD8DgEAopIBAF6NAwDYnQEAIHYBAG40BgDyRAgACOMBANiVCgAaQgwAYhcAAJwUAwAujwAAHuAGAAjjAQA+zwAAwEkIAK5wAQDacgIAXPgMAJZ5CwDurgQALJ4KAK5wAQAAcQEAkO4BAAjjAQCWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQAlK4JAOauCQA4rwkAlnkLANDcDADKRgAAlEYDAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHANiVCgBw4AYALo8AAPwOAQBODwEA2JUKAMIfDQAUIA0AZiANALggDQAKIQ0AXCENABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BAD+fgcAbjQGAAyrAADgOAIAMjkCAICPAADaIAIArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAObBAwA2nQoAiJ0KANqdCgCGEAsAwEkIAK5wAQDacgIAXPgMAFrjAQDMJQAAJkYAAAyrAADASQgArnABAABxAQCQ7gEACOMBAL7RCgB4HQAAyh0AABweAABuHgAAwB4AABIfAADmpAoAWnUMAK5wAQAI4wEASJECAA6MCABgjAgAMFwKACB2AQBuNAYArnABANpyAgBc+AwAYhcAALQXAACqNwEAeiUAAGChCgCyoQoABKIKAFaiCgB8lAIAgI8AANzgAAAIsAIAPpwBAMZhCAAYYggAamIIALxiCAAOYwgAYGMIAAAAAAAMwAIAXsACAD5CCgCQQgoABhgAANKvBQAksAUAkn0JAOR9CQA2fgkAWuMBAFbABwCowAcA+sAHAG40BgDiFwIACOMBANiVCgAqlgoA4hcCANogAgASXQIAJkYAAKQVAgDiFwIAMLgJAIK4CQDUuAkAJrkJAHi5CQAAAAAASJECAJqRAgA2SQIAAAAAAOIXAgCCCgoA1AoKAAAAAAAe4AYA9rAHAEixBwCasQcA7LEHAD6yBwCG3AcA2NwHACrdBwB83QcADKsAAOA4AgAyOQIAJkYAAGIXAAC0FwAAqjcBAHolAABgoQoAsqEKAASiCgBWogoAfJQCAICPAADc4AAACLACAOoOAgDWywwAGA4AAGbXBwCGQwoAVsAHAI6rCwAeOwIACOMBAOakCgA8lQUASJECAJqRAgDskQIAQuoDAB7gBgAI4wEA2JUKAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHADC4CQCCuAkASJECAK5wAQDiFwIA7AMIAPJECAD8DgEAXuoGAGIXAAA+zwAAbjQGAOIXAgDgOAIAKm0KAABxAQCQ7gEACOMBABC8BABivAQAtLwEABiMDABqjAwAvIwMAA6NDABgjQwAso0MAAjjAQBKNAgAggoKANQKCgAmCwoAeAsKAMoLCgAcDAoAvtEKAPAUDADurgQAULMKAPAmAgD0awkAkO4BAAjjAQAeFAoAnEkKAO5JCgAwuAkArnABANI0BQB4RgAAykYAAEA2DAAI4wEAPkIKAJBCCgDiQgoANEMKAEo0CACCCgoA1AoKAGIXAACcFAMAAHEBAJDuAQAI4wEAbjQGAOIXAgAI4wEA/A4BAKKSAQBejQMAFi8AAKCzAQBQiAIAeiUAAFbABwCQ7gEADooAAOIXAgDaIAIA4hcCANogAgDu1wQA8CYCAPRrCQDYlQoA9rAHAEixBwCasQcA7LEHAD6yBwCq8QcAZpAKADA7AQCCOwEASJECAK5wAQAe4AYAGkIMAG40BgBuNAYAJkYAANB9AQBc+AwAxg0AANidAQAI4wEA2JUKAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHAD5CCgCQQgoA4kIKADRDCgCGQwoA2EMKACpECgB8RAoA2JUKAPawBwBIsQcAmrEHAOyxBwA+sgcAqvEHADC4CQCCuAkAHuAGAFIAAAAuuggArnABAABxAQBq0gUAvNIFAA7TBQBg0wUAstMFAATUBQBW1AUAqNQFAPrUBQBM1QUArnABAAKDAAD4PQcACOMBAJZ5CwAMqwAAUgAAAELLAgAqWQwACOMBABz4CwAY3gwAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAKztAAAAAAAAugcEAIxHDABgoQoA4hcCACZGAAA0TAUASJECAA6MCACUKAYALJ4KAAjjAQBKNAgAnDQIAO40CABANQgAkjUIAOQ1CAAI4wEAHhQKACTOAgBEyQMAlskDAOjJAwA6ygMAjMoDAN7KAwAwywMAgssDANTLAwAmzAMAeMwDAMrMAwAczQMAbs0DAMDNAwASzgMA5sEDAGrSBQC80gUADtMFAGDTBQCy0wUABNQFAFbUBQCo1AUA+tQFAEzVBQBE0wIAltMCABh2BgAc+AsALo8AAK5HAQC8yQoAXo0DAJhgAgA0TAUAAHEBAJDuAQAI4wEA2JUKAPawBwD8DgEAEsQEAK5wAQD+fgcAUH8HAKJ/BwD0fwcARoAHAJiABwDqgAcAPIEHAI6BBwDggQcAMoIHAISCBwDWggcAKIMHAHqDBwDMgwcAHoQHAHCEBwDiFwIA2iACACwhAgCi8QwAxg0AAHgdAAA+nAEAJkYAAAyrAABSAAAAQssCAAAAAADQfQEAxg0AAELLAgAAAAAADooAAGCKAACcFAMAONYBAELLAgAAAAAA2vcBANB9AQBc+AwAlnkLAKiYCwCe9QoAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAJSuCQDmrgkAOK8JAJZ5CwAMqwAAUgAAAELLAgAAAAAA0H0BAMYNAABCywIAAAAAAL7RCgDYnQEAKp4BAELLAgAAAAAAYhcAAGIXAAAujwAAatIFACZGAAA0TAUAbjQGAPJECAAI4wEASjQIAJw0CADuNAgAQDUIAJI1CADkNQgAAAAAACZGAAAmRgAAUgAAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwCAXw0ALroIAIC6CADSuggArO0AALqCBACq0woAxg0AAJhgAgDOYwsASjQIAJw0CADu1wQAQNgEAJLYBAAI4wEA2JUKAHDgBgCMmQwA3pkMANr3AQACgwAAXqEBAHgdAAC+0QoAeB0AAModAAAcHgAAbh4AAMAeAAASHwAA5qQKAPAmAgAOigAA0H0BAB7gBgAI4wEAPkIKAJBCCgDiQgoANEMKABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BACUrgkA5q4JADivCQDiFwIA2iACACwhAgCi8QwAxg0AAHgdAAAaQgwAgI8AANzgAAAIsAIALo8AAICPAADc4AAA6p8IADygCAAGGAAAAAAAAAAAAAAAAAAADMACAF7AAgDQxQIAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAJ7VBQDw1QUAQtYFAJTWBQDm1gUAONcFAAAAAAAAAAAADMACAF7AAgDQxQIAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwDccAMALnEDAJ7VBQDw1QUAQtYFAJTWBQDm1gUAONcFAD7PAACucAEAAHEBAC6PAACAjwAA3OAAAAiwAgAAAAAAAAAAAAAAAAAAAAAAAAAAAGIXAAAujwAAJkYAAOoOAgCeuAwA8LgMAFCIAgDwbgMAQm8DAJRvAwDmbwMAiIkMANqJDAAsigwAfooMANCKDAAiiwwAdIsMAMaLDAAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAFbqCwBuNAYAxg0AAAjjAQAwuAkAgI8AANzgAAAIsAIAAAAAAAAAAAAAAAAA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAPkoBAAAAAAAAAAAAAAAAAK5HAQC8yQoAbjQGAPJECAAI4wEASjQIAJw0CADuNAgAQDUIAJI1CAAAAAAALo8AAICPAADa9wEArnABAABxAQAeOwIAwh8NAGCKAACQ7gEAxg0AAMpvAAAwwAAAeiUAANr3AQACgwAAMMAAAAjjAQDmpAoA2vcBAJDuAQDsIgkAlCgGAFz4DADASQgAYhcAAC6PAACuRwEAvMkKAAAAAABiFwAACOMBAEo0CACcNAgAwEkIAA6KAADGDQAAym8AAAq5BgDGDQAA2J0BACB2AQBuNAYA8kQIAC6PAABKNAgA0kAMADIICwBWwAcADooAACZGAAACgwAA8CYCAAAAAABuNAYACOMBAEo0CACcNAgAEl0CAGRdAgDGDQAAym8AAAq5BgBiFwAAtBcAAELLAgBmpAgAuKQIAAqlCABcpQgArqUIAACmCABSpggApKYIAPamCABIpwgAmqcIAC6PAABq0gUAvNIFAA7TBQBg0wUAstMFAATUBQBW1AUAqNQFAPrUBQBM1QUAWuMBAKzjAQD+4wEAUOQBANqlAQAkzgIARMkDAJbJAwDoyQMAOsoDAIzKAwDeygMAMMsDAILLAwDUywMAJswDAHjMAwDKzAMAHM0DAG7NAwDAzQMAEs4DAETTAgCW0wIAqDEJAPoxCQBMMgkAnjIJAPAyCQBCMwkAWuMBAFbABwCowAcA+sAHAG40BgDiFwIACOMBANiVCgAqlgoA4hcCANogAgASXQIAJkYAAKQVAgDiFwIAOJoHADQYAgDwJgIANEwFAG40BgDyRAgAsiQCAPg9BwBc+AwAgI8AANzgAAAIsAIAbjQGAG40BgDQfQEACOMBAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAJkYAAAjjAQA+zwAAwEkIAK5wAQDacgIAXPgMAD7PAAAQAwIArnABANI0BQA0TAUAAHEBAJDuAQAI4wEAWuMBAGChCgDiFwIACOMBAOakCgBQTQwAok0MAG40BgDANAYAEjUGAGQ1BgAI4wEAELwEAGK8BAC0vAQABr0EAFi9BACqvQQA/L0EAE6+BACKcAMAHhQKAJxJCgDuSQoAPkIKAJBCCgDiQgoANEMKAOakCgBIkQIAmpECAK5wAQDacgIAAoMAANr3AQDQfQEAXPgMALQDAgAGBAIASjQIAJw0CAAAAAAADooAAC6PAADGDQAAmGACAAjjAQCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIACZGAAAI4wEA5qQKAHolAAAmRgAA9GsJAJJzCgBiFwAALo8AAK5HAQBCywIABtECADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FAPb4CADmpAoA9KkLAAAAAAAOigAArnABAOIXAgDSQAwAAHEBAJDuAQAI4wEA5qQKADyVBQAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BAD8vQQATr4EAIpwAwBc+AwAgI8AANzgAAAIsAIADmQMADRMBQCGTAUA2EwFACpNBQB8TQUAzk0FAE7oCACg6AgA8ugIAETpCACW6QgA6OkIADrqCACM6ggA3uoIADDrCACC6wgArO0AAD7PAAAQAwIArnABANI0BQDY7wEA4hcCANogAgDu1wQA8CYCAPRrCQD0qQsAAAAAAA6KAACucAEA4hcCANogAgCUrAEAHuAGANr3AQAMqwAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADAG40BgDa9wEAJkYAAAKDAACucAEAAHEBAAjjAQCUrAEAHuAGANr3AQAMqwAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADAAjjAQAwuAkA9lUMAABIAQBSSAEAHNkKAG7ZCgDA2QoAEtoKAGTaCgA+zwAAwEkIAHJuCgBiFwAACOMBAJZ5CwDurgQALJ4KAK5wAQAAcQEAkO4BAAjjAQCWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BADGDQAACOMBABC8BABivAQAKDwKAHo8CgDMPAoAHj0KAHA9CgDCPQoAFD4KAGY+CgC4PgoACj8KAOakCgD0qQsAAAAAAA6KAACucAEA4hcCANogAgBO5wQACOMBAFrjAQDiFwIA7AMIAPwOAQAI4wEAlnkLANDcDADKRgAADooAAGCKAAAqlAIAfJQCAICPAADQfQEALJ4KAK5wAQAAcQEAkO4BAAjjAQDYlQoAcOAGAIyZDADemQwA2vcBAAKDAABeoQEAeB0AAOakCgD0qQsAAAAAAA6KAACucAEA4hcCANogAgDmpAoAPJUFAEo0CACcNAgAxg0AABgOAADOWAgA4hcCAAyrAAAujwAAWuMBAOIXAgDsAwgA/A4BAAjjAQAeFAoA0jQFAMYNAAAI4wEAZpAKADA7AQDSQAwAIuUDABLEBAA2SQIALJ4KAAjjAQBa4wEArOMBAFSDAAD8GggApBUCAOIXAgAsngoACOMBAG40BgDiFwIACOMBAL7RCgAYDgAAzlgIAOIXAgAMqwAALo8AACZGAAACgwAACrkGAB7gBgDiFwIA0kAMAABxAQB6JQAAYKEKAAjjAQAwuAkAgrgJANS4CQCqNwEAeiUAAGChCgCyoQoABKIKAFaiCgACgwAArnABAE4FAgACgwAACFYLAMpnCQAcaAkAAHEBAEDuCgDurgQAULMKAPhGAgDGDQAAoCQDAAKDAADwJgIA9GsJAKaaCgCq0woAxg0AAJhgAgAI4wEAPkIKALIkAgAEJQIAViUCAAYYAADSrwUAJLAFAJJ9CQDkfQkANn4JAIh+CQDafgkALH8JAHgdAADKHQAAHB4AAG4eAADAHgAAEh8AAPwOAQCikgEAXo0DANr3AQDwZgwAwEkIAAKDAABIkQIArnABAABxAQDoeQsARmwJAJhsCQDqbAkAPG0JAI5tCQDgbQkAMm4JAIRuCQDWbgkAKG8JAHpvCQDMbwkAHnAJACqWCgBMEwgAnhMIAPATCAAOigAAHuAGAEo0CACcNAgA7tcEAAq5BgAI4wEADooAAB7gBgAAAAAAbjQGAAjjAQCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDASQgAUgAAAE4FAgBiFwAALo8AACZGAAA+zwAAbjQGAOIXAgDgOAIATgUCAJDuAQDsIgkAPiMJAJAjCQDiIwkANCQJAIYkCQDaIAIAxg0AANidAQB4HQAAxg0AAELLAgCQ7gEA7CIJAD4jCQCQIwkA4iMJADQkCQCGJAkA2CQJAColCQB8JQkAziUJACAmCQBa4wEAYKEKAOIXAgBuNAYA4hcCAAjjAQC+0QoAeB0AAModAAAcHgAArnABAAyrAAAujwAAPkIKAJBCCgDiQgoANEMKAOA4AgCw1ggAtBcAAD7PAADASQgAqtMKAMYNAACYYAIA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQB2sAUAyLAFABqxBQBssQUAvrEFABCyBQDmpAoACrkGAB7gBgDiFwIA2iACAMYNAADYnQEACOMBAFrjAQBgoQoAsqEKAASiCgDANAYAEjUGAGQ1BgAI4wEAlnkLAAyrAABSAAAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADANxwAwAucQMAgHEDANJxAwACgwAArnABAC6PAACAjwAA3OAAAAiwAgA+nAEAxmEIABhiCABqYggAvGIIAA5jCABgYwgALo8AAPwOAQBSAAAALroIAOIXAgA0GAIANkkCACyeCgAI4wEAWuMBAKzjAQD+4wEA0n0KACR+CgAeFAoAcBQKAMIUCgA+QgoAsiQCAAQlAgBWJQIASjQIAJw0CADGDQAAGA4AANB9AQAOigAAJkYAADRMBQBuNAYAHuAGABpCDABiFwAAsiQCAAQlAgBWJQIAPkIKAJBCCgDiFwIACOMBAL7RCgB4HQAAyh0AABweAABiFwAAsiQCAAQlAgBWJQIAZpAKADA7AQCCOwEASJECAK5wAQAe4AYAGkIMAAyrAADASQgACOMBAKaaCgCq0woAxg0AAJhgAgAI4wEAHhQKAJxJCgDuSQoA4DgCALDWCAC0FwAAPs8AAG40BgDUzQsADooAAFIAAAAI4wEAWuMBAKzjAQD+4wEA0n0KACR+CgBQ5AEAnBQDAG40BgDqDgIAnrgMAMBJCAACgwAAUE0MAGIXAAAujwAAlCgGAMYNAADqDgIAysQMABzFDADiFwIA2iACAMYNAAAYDgAA0H0BAEiRAgAOjAgAHuAGAHDgBgAKuQYAHuAGAOIXAgDaIAIAxg0AANidAQB4HQAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAELLAgBE0wIAsiQCAAQlAgBWJQIAsFEJAAJSCQBUUgkAplIJAPhSCQBKUwkAnFMJAO5TCQBAVAkAklQJAORUCQA2VQkAiFUJANpVCQAsVgkAflYJANBWCQAiVwkACOMBAFbqCwAaqAoAGA4AAGbXBwC41wcACtgHAFzYBwBehAgA9pwJAEidCQCanQkAknMKANzgAAAIsAIAMLgJAMYNAACYYAIA6mACANr3AQDQfQEAQuoDAF6NAwCy+wEACOMBAOakCgA8lQUAPkIKAC6PAAA+zwAACOMBABC8BABivAQAtLwEAAa9BABYvQQAqr0EAPy9BABOvgQAinADAELLAgA+nAEAxmEIABhiCABqYggAvGIIAA5jCABgYwgAsmMIAARkCAC+aggAAAAAAAAAAAAAAAAAeHEIAMpxCAAccggAbnIIAMByCAAScwgAZHMIALZzCAAAAAAAAAAAAAh0CABadAgArHQIAO7hAwAQBAYAYgQGAFrjAQBgoQoAsqEKAASiCgBCywIA5sEDADjCAwAaig0AbIoNAL6KDQAQiw0AAoMAANr3AQDQfQEAXPgMAFrjAQBWwAcAqMAHAPrABwA+QgoAkEIKAOJCCgA0QwoAhkMKANhDCgAqRAoAfEQKAC6PAABiFwAAtBcAAC6PAABiFwAAYhcAALQXAAAujwAAYhcAACZGAABCywIARNMCAJbTAgCoMQkA+jEJAEwyCQCeMgkA8DIJAEIzCQBa4wEAVsAHAKjABwD6wAcAbjQGAOIXAgAI4wEA2JUKACqWCgDiFwIA2iACABJdAgAmRgAApBUCAOIXAgAsngoACOMBABz4CwBCywIAAAAAAAjjAQDa9wEALPgBAHolAAB6JQAAzCUAAICPAADSQAwAAHEBAJDuAQAI4wEAlnkLADRMBQCGTAUA2EwFAB7gBgAI4wEAbjQGAM5YCAAmRgAACOMBAOakCgB6JQAAJkYAAPRrCQCScwoAHuAGAMIfDQDQfQEAXPgMAGIXAAC0FwAAqjcBAHolAABgoQoAsqEKAASiCgBWogoAfJQCAICPAADc4AAACLACAETTAgCW0wIAqDEJAPwOAQBODwEAAs0JAFTNCQCmzQkA+M0JAD5CCgCyJAIABCUCAFYlAgAe4AYARNMCAJbTAgCoMQkA/A4BAE4PAQACzQkAVM0JAKbNCQD4zQkAPkIKALIkAgAEJQIAViUCAB7gBgD8DgEATg8BAALNCQBUzQkAps0JAPjNCQBmkAoAuJAKAFSDAADgOAIAeukFAAhWCwDsIgkA0H0BACJ+AQDgVwMAMlgDAAjjAQAOigAA4hcCANB9AQBKNAgAnDQIAMYNAAAYDgAA0H0BAEiRAgAOjAgAHhQKACLlAwB05QMAxuUDABjmAwBq5gMACOMBADC4CQCCuAkAJkYAAO6uBAAsngoACOMBAFrjAQBgoQoA4hcCAAjjAQBmkAoAuJAKAFSDAADgOAIAeukFAAhWCwDsIgkAtAMCAAYEAgDa9wEALPgBAH74AQDQ+AEAWuMBAGChCgCyoQoABKIKAFaiCgAeFAoA0jQFACQ1BQAeFAoAcBQKAMIUCgAUFQoAPJUFAGaQCgC4kAoAVIMAAOA4AgB66QUACFYLAOwiCQDqDgIAlKwBAMYNAAAYDgAA/A4BABLEBADwJgIADKsAAMBJCACucAEAAHEBAJDuAQAI4wEAZpAKALiQCgBUgwAA4DgCAHrpBQAIVgsA7CIJAFrjAQBgoQoA4hcCAAjjAQBgBQEAejILAIBfDQDSXw0APkIKAJBCCgDiQgoANEMKAGaQCgAwOwEA2iACACwhAgBWwAcAJO8LAC6PAAAe4AYACOMBAD7PAACucAEA0jQFAHhGAAAI4wEAAAAAAAjjAQBuNAYA4hcCAAjjAQBU4gsAAAAAAAjjAQBuNAYA4hcCAAjjAQBU4gsApuILAOakCgA8lQUA2JUKABpCDABsQgwA5pkHAMxRDAAeUgwAGkIMAGIXAAAMqwAADooAAGCKAAAmRgAANEwFAIZMBQDYTAUALo8AAICPAADc4AAACLACANB9AQAifgEA4FcDADJYAwAI4wEAvtEKABDSCgAMqwAAwEkIAAjjAQBa4wEAVsAHAKjABwD6wAcAHPgLAG74CwCQ7gEA7CIJAPwOAQAI4wEArnABAABxAQAI4wEA5qQKAFBNDAAsngoACOMBAG40BgB6JQAACOMBAJZ5CwDQ3AwAykYAABxHAAAYDgAAzlgIAOIXAgAMqwAALo8AANB9AQAifgEADKsAAGiWAgC6lgIADJcCACyeCgAI4wEAHhQKAHAUCgAIQg0AWkINAKxCDQD+Qg0AUEMNAFz4DAAe4AYACOMBAJDuAQDsIgkA/A4BAJZ5CwDQ3AwAykYAAJDuAQDsIgkA/A4BAMYNAAAI4wEA5qQKAEiRAgCakQIArnABANpyAgACgwAA2vcBANB9AQDYlQoA4hcCANJADABIkQIADowIAGCMCAAI4wEAWuMBAGChCgCyoQoABKIKAFaiCgBa4wEAYKEKAOIXAgAI4wEAlKwBAB7gBgDa9wEADKsAABymCwC0FwAAqjcBAHolAABgoQoAsqEKAASiCgBWogoAfJQCAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAMqwAAXqsAANJSAgAkUwIAdlMCAB7gBgAaQgwAeiUAAHolAABgoQoAsqEKAASiCgBWogoAfJQCAICPAADc4AAACLACADilCgAmRgAANEwFADIICwDkpAEAVIMAAPwaCAAOigAA4hcCAJZ5CwComAsAnvUKAFrjAQBWwAcAjqsLAB47AgBchQMAroUDAACGAwBShgMApIYDAPaGAwBIhwMAmocDANr3AQDwZgwASjQIAJw0CADGDQAAGA4AANB9AQBIkQIADowIAB7gBgBCywIAYhcAALQXAACqNwEAGPoBAIqvCQDcrwkALrAJAICwCQBa4wEAovEMAGCKAADehAoAJkYAADRMBQBuNAYA8kQIACZGAAD0awkAYhcAAMYNAAAgdgEAbjQGAPJECABejQMAsI0DAEo0CACcNAgAAAAAAA6KAACucAEA4hcCANogAgDYlQoA4hcCANJADABIkQIADowIAAjjAQBW6gsA2O8BACrwAQBQiAIA8G4DAEJvAwCUbwMA5m8DADhwAwCKcAMA3HADAELLAgBKNAgAnDQIAAAAAAAOigAArnABAOIXAgDaIAIATucEAAjjAQD8DgEATg8BAALNCQBUzQkAps0JAPjNCQBmkAoAMDsBAII7AQBIkQIArnABAB7gBgAaQgwAxg0AAAjjAQBmkAoAuJAKAFSDAADgOAIAeukFAAhWCwDsIgkAxg0AAFIAAADmmQcAatIFAHolAADkpAEANqUBAIilAQAc+AsAxg0AAJhgAgD0awkARmwJAF7qBgCuRwEAvMkKAELLAgCQ7gEA/A4BAF7qBgBiFwAAJkYAAAKDAADwJgIANEwFAG40BgDyRAgACOMBAFrjAQCs4wEAMMAAANB9AQDGDQAAeB0AAKJhCgDKZwkA2vcBAADEBQDwJgIAAoMAAPg9BwAI4wEAMLgJAICPAADc4AAACLACAPg9BwBCywIA4DgCACptCgB8bQoAzm0KACBuCgCucAEA2nICACxzAgB+cwIALo8AAAKDAABadQwACOMBAG40BgDOWAgAJkYAAAjjAQBuNAYAeiUAAAjjAQD8DgEAXuoGALDqBgBODwEA4hcCAICPAAD8DgEAopIBAPSSAQCyJAIARlcHAPRrCQAe4AYACOMBANr3AQAsngoACOMBAOakCgBQTQwAtBcAAKo3AQB4RgAAykYAAEA2DAAI4wEAZpAKADA7AQCCOwEA2sYKACzHCgB+xwoAkO4BAOLuAQBuNAYA1M0LANJ9CgAkfgoARjkKAJg5CgAI4wEAWuMBAKzjAQBcaAoArmgKAABpCgBSaQoApGkKAPZpCgBIagoAmmoKAGaQCgC4kAoANkkCADBcCgB4HQAAMLgJAICPAADc4AAACLACAAyrAABolgIAaP8MAJDuAQDASQgAEkoIAB4UCgBwFAoAwhQKAO4gCgBAIQoAIt0MANogAgDu1wQACrkGAAjjAQAAAAAA/okKAAjjAQDASQgAAoMAAFBNDAAe4AYA0H0BAFz4DAAe4AYAMLgJAPZVDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDqDgIAQssCAFIAAACkAAAAdO8CAMbvAgAY8AIAcDEDAMIxAwAUMgMAZjIDALgyAwDmpAoA8CYCAOakCgDwJgIAAAAAAOKUCgAI4wEAHuAGAPoSCAAy9AwAhPQMANb0DAAo9QwAQssCANr3AQAsngoAJkYAAPRrCQAkzgIAwEkIAAKDAAA2SQIAwEkIAAKDAABeoQEACOMBAFrjAQCs4wEA/uMBAFDkAQCAjwAA3OAAAAiwAgAAAAAAYhcAACZGAAACgwAAONYBAAjjAQAwuAkAgI8AANzgAAAIsAIAbjQGAM5YCABgigAAKpQCANiVCgAaQgwAJkYAAPRrCQBq0gUAJkYAAPRrCQACgwAANkkCANogAgDYlQoAGkIMACZGAAD0awkAatIFACZGAAD0awkAxg0AACB2AQBydgEAxHYBABZ3AQDsagoAPmsKAAjjAQDa9wEALJ4KAAjjAQC+0QoAIHYBAHJ2AQDEdgEAFncBAFIAAAAwOwEAgjsBAPwOAQCikgEAXo0DAHgdAADKHQAA2iACAJSsAQC49QQAatIFACZGAAA0TAUAbjQGAPwOAQASxAQArnABAABxAQA0GAIAVIMAAC6PAADa9wEAAoMAAFSDAADgOAIACOMBAFbqCwD8DgEATg8BAMYNAACYYAIACOMBAEo0CACcNAgAEl0CAPz8CgBiFwAAJkYAAAjjAQAQvAQAaJYCALqWAgAMlwIAXpcCANB9AQACgwAAXqEBAJhgAgC6BwQAZpAKADA7AQCCOwEA2sYKACzHCgB+xwoA0McKAAjjAQAQvAQAYrwEAGwZDAC+GQwAEBoMAGIaDAC0GgwABhsMAAjjAQA+zwAArnABANI0BQB4RgAACOMBADC4CQD2VQwAvMkKAA7KCgAkNQUAELwEAGK8BAD4XQwADKsAAC6PAADGDQAA2J0BAOoOAgA2sgwAiLIMALzJCgAOygoArnABANI0BQD0awkAHuAGAAjjAQA+zwAArnABANI0BQB4RgAACOMBABC8BABivAQA+F0MAEpeDAAOigAA2vcBACZGAAD0awkA6t0KADzeCgC4XQsAeiUAAOSkAQA2pQEAiKUBAMYNAAA4zgoAis4KANzOCgAuzwoAgM8KAG40BgBuNAYA1M0LAJZ5CwA0TAUAhkwFANhMBQAe4AYACOMBAG40BgDOWAgAJkYAAAjjAQAeFAoAcBQKAG40BgB6JQAALo8AAB7gBgAaQgwAHuAGAAjjAQCWeQsANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUA9vgIAHjYCgDK2AoAxg0AAJhgAgCWeQsANEwFAIZMBQDYTAUAHuAGAAjjAQBuNAYAzlgIACZGAAAI4wEAHhQKAHAUCgAG0QIAqjkJADp6CwCO3goA4N4KADLfCgCE3woA1t8KACjgCgB64AoAzOAKAB7hCgBw4QoApuwKAPjsCgBK7QoAnO0KAAbRAgA0TAUAhkwFANhMBQAqTQUAfE0FAM5NBQD2+AgArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAOakCgB6JQAAJkYAAPRrCQCScwoAlnkLAKiYCwCe9QoA2vcBAPBmDADmpAoAUE0MAKJNDAAeFAoAcBQKAAhCDQBaQg0ArEINAFBNDAAMqwAALo8AAG40BgB6JQAACOMBADC4CQCAjwAA3OAAAAiwAgAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQD2VQwAvMkKAF6NAwAwuAkA9lUMALzJCgBejQMAPkIKAJBCCgAGGAAAMLgJAICPAADc4AAACLACAICPAADc4AAACLACAC6PAACucAEASJECAA6MCAAI4wEADooAAGCKAAAewAEAcMABAMLAAQAUwQEAZsEBALjBAQAKwgEAXMIBAAb8CgBY/AoAqvwKAAjjAQAOigAAYIoAAD7PAAAQAwIAYgMCAPRrCQAe4AYACOMBADC4CQD2VQwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAeiUAAMwlAACAjwAA3OAAAAiwAgCQ7gEA4u4BAB7gBgAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQD2VQwAouQBAPTkAQBG5QEAmOUBAAjjAQC+0QoAENIKAAyrAAAMqwAALo8AAMYNAAA+zwAAEAMCAF6hAQAI4wEAPkIKAJBCCgDiQgoANEMKAGr6AQD2VQwAouQBAPTkAQBG5QEAmOUBAOrlAQD2VQwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAnBQDAAAAAABiFwAAnBQDAO4UAwCWeQsAqJgLAJ71CgAQvAQAYrwEALS8BAAGvQQAWL0EAKq9BADYlQoAKpYKAEwTCABuNAYAwDQGABI1BgBmkAoArnABAABxAQC+0QoA8BQMAEIVDAA2SQIASjQIAJw0CADu1wQAQNgEABDSCgAMqwAADKsAAC6PAAAujwAA2vcBAPBmDADmpAoA2vcBANB9AQDu1wQACrkGAAjjAQBmkAoAMDsBAII7AQC4rwsACrALAFywCwCusAsAALELAG40BgB6JQAACOMBAA6KAABgigAAKpQCAHyUAgDOlAIAIJUCAHKVAgDElQIAPkIKABrZAQD8LQIANEwFAC6PAADGDQAACOMBAG40BgB6JQAACOMBAA6KAABgigAAKpQCAHyUAgDOlAIAIJUCAHKVAgDElQIAPkIKABrZAQD8LQIAYhcAALQXAAAYdgYALo8AACZGAACcHgIA7h4CAEAfAgBgBQEACOMBAG40BgDa9wEAlKwBALj1BABq0gUAJkYAAAjjAQCmmgoA+JoKAEqbCgCcmwoAPkIKAJBCCgAGGAAA5qQKAPAmAgBCJwIAlCcCAOYnAgA4KAIAiigCANwoAgD8DgEAXuoGACZGAAB4RgAAqtMKAB7gBgAI4wEAXPgMAB7gBgAI4wEAXMQJAG40BgDANAYAJkYAADRMBQBuNAYA8kQIAELLAgAOigAAYIoAAD7PAACQzwAANBgCAFp1DACs7QAATNQBAFzECQCuxAkAbjQGAPJECAAI4wEA5qQKADyVBQBcxAkAYhcAALQXAAAYdgYALo8AAFzECQCuxAkASJECAJqRAgDskQIAPpICAB4UCgBwFAoAUnEBAG40BgDUzQsAMjkCAD7PAACucAEA0jQFAHhGAADurgQAggoKACZGAAB4RgAALJ4KALQDAgAGBAIAWAQCAKoEAgD8BAIAWuMBAKzjAQD4PQcAxg0AAD5CCgCcFAMA5qQKAG5KDADASgwAEksMAGRLDAC2SwwAAHEBAJDuAQBCywIAkO4BAJDuAQDiFwIA2iACAJDuAQDKZwkA8CYCAPRrCQAujwAAgI8AANzgAAAIsAIAUgAAADJFCQCERQkAJkYAAOh5CwA6egsAAIgLAFKICwAoKAwAeigMAMwoDAAeKQwAxg0AAAjjAQBa4wEArOMBAP7jAQBQ5AEASjQIAJw0CADGDQAAOM4KANB9AQAmRgAACOMBAL7RCgAQ0goAKCgMAHooDADMKAwAHikMAAAAAADOYwsACOMBAFrjAQCs4wEA/uMBAFBhCgAwuAkAgI8AANzgAAAIsAIA8kQIAC6PAAC+0QoAeB0AAJRxCwDmcQsAOHILAAjjAQBuNAYAlnkLAOh5CwAQdgsAYnYLALR2CwAGdwsAWHcLAKp3CwAI4wEAbjQGANB9AQDQfQEAXPgMAGrSBQAmRgAANEwFAABxAQD2AAAA9iwMAMYNAAAI4wEAgO4LACBkCwAmRgAADooAAFIAAAAMqwAAXqsAANJSAgAkUwIAdlMCAPwOAQBODwEAAs0JAFTNCQCmzQkA+M0JAAKDAAA2SQIAHuAGAPawBwA+zwAAYhcAAAyrAABeqwAA0lICACRTAgB2UwIAJkYAAPRrCQDq3QoAmg4LAOwOCwA+DwsAkA8LAOIPCwA0EAsAeB0AAMYNAAAAAAAAAAAAAAAAAAAQvAQAYrwEALS8BAD+fwsAUIALAKKACwDGDQAAGA4AANB9AQBc+AwA6g4CANB9AQAifgEA2KoMAABxAQB6JQAAPs8AABADAgDIQQwANrIMAICPAADc4AAACLACAB7gBgAaQgwA2vcBACz4AQC4EwIA7q4EAFCzCgCiswoAvtEKABDSCgCucAEA0jQFAPRrCQDq3QoAQssCAJZ5CwDoeQsAOnoLAACICwBSiAsApIgLAPaICwBIiQsAWuMBAKzjAQD+4wEAUOQBAEALBACSCwQA5AsEANThCQCCCgoAIscGAPawBwDOWAgAJkYAAAjjAQAAAAAAGkIMAICPAADc4AAALuEAAAAAAAAAAAAAAAAAAIiTCwBa4wEAVsAHAKjABwD6wAcAPpwBAHolAADkpAEANqUBAAzAAgBCywIAJqULAHilCwCaLQwA7C0MAKQVAgDKpQsAugcEAFIAAACkAAAA9gAAALoHBAAmpQsAeKULALoHBAAmRgAApBUCAMqlCwC6BwQAAAAAAAjjAQCWeQsA0NwMAK5wAQBejQMAsI0DAAKOAwDoeQsAOnoLAI7eCgDg3goAMt8KAITfCgDW3woAKOAKAHrgCgDM4AoAHuEKAHDhCgCm7AoA+OwKAErtCgCc7QoA7u0KAOA4AgAqbQoAHuAGAGIXAACyJAIAWnUMAAy2AwCy+wEABPwBAKztAABM1AEABP0FAGiWAgC6lgIADJcCAFSDAADiFwIA7AMIAMYNAADYnQEAAHEBAJwUAwBejQMAsvsBAHJuCgAe4AYACOMBAB4UCgBwFAoAJkYAAPRrCQDq3QoAPN4KAMA0BgASNQYAVrYIACZGAACcHgIAbjQGAPJECAAI4wEAvtEKAHgdAACUcQsA5nELADhyCwBOBQIAAoMAAPg9BwBKPgcAnD4HABC8BABolgIAupYCAAyXAgDa9wEAAoMAAFSDAAAAAAAAAAAAAAAAAADa9wEA8GYMAHolAABgoQoA4hcCANogAgDmpAoA+D0HAEo+BwD4CAAASgkAAKaaCgCq0woA/NMKAAKDAAB6JQAAJkYAAPRrCQCScwoACOMBAOakCgD4PQcASj4HAPgIAABKCQAAppoKAKrTCgD80woAMLgJAAKDAABUgwAAwEkIAPgIAABKCQAAppoKAKrTCgD80woAMLgJAAKDAABUgwAAwEkIAPgIAABKCQAAppoKAKrTCgD80woAQuoDAABxAQAgdgEAAHEBAOaZBwDMUQwAHlIMAHBSDADCUgwAAAAAAFrjAQCs4wEA/uMBAGzHCwC+xwsACOMBAJZ5CwDoeQsAOnoLALhdCwDgOAIAAAAAAAjjAQCWeQsA6HkLADp6CwC4XQsAvtEKABDSCgCucAEA0jQFAPRrCQDq3QoAZpAKALiQCgCobwsAWuMBAKzjAQD+4wEAELwEAGiWAgCMqwIADKsAAC6PAACUKAYA0H0BAFz4DAAe4AYAYJcLALKXCwAEmAsAVpgLAKiYCwD6mAsA2JUKAMIfDQAUIA0ANBgCAPAmAgA0TAUAbjQGAPJECABOBQIA/A4BAMYNAAAAAAAACOMBAJZ5CwDoeQsAOnoLALhdCwBmkAoAuJAKAKhvCwBa4wEArOMBAP7jAQC+0QoAENIKAK5wAQDSNAUA9GsJAOrdCgDqDgIA6g4CAALiCwAI4wEAWuMBAKzjAQD+4wEAUOQBADC4CQCAjwAA3OAAAAiwAgBa4wEA4hcCAOwDCAD8DgEAbjQGANTNCwAeFAoAkO4BAGIXAAC0FwAA4hcCANogAgBO5wQACOMBAKztAAAOigAAYIoAAN6ECgAwhQoAgoUKANSFCgAmhgoAeIYKAJLkCwDk5AsANuULAIjlCwDOYwsAPL0BADjWAQAmRgAADooAAOIXAgDaIAIAHPgLAFIAAACkAAAAdO8CAMbvAgAY8AIAavACADC4CQD2VQwAouQBAPTkAQBG5QEAmOUBAOrlAQA+7gEASjQIAIIKCgAQvAQAYrwEALS8BAA+QgoAsiQCAAQlAgAAAAAAHPgLAG74CwAY3gwAWuMBAKzjAQD+4wEAUGEKAGaQCgC4kAoAqG8LAELLAgCK4wwAYJcLALKXCwBCywIAMLgJAJQoBgDmKAYAWnUMAAy2AwB4HQAAHuAGAELLAgCucAEAAHEBAHolAABgoQoACLACAAzAAgBewAIAlnkLAOh5CwA6egsAuF0LAApeCwBKNAgAggoKANQKCgBa4wEArOMBAP7jAQDSfQoAJH4KADC4CQCAjwAA3OAAAAiwAgBQ5AEAQAsEAJILBADkCwQA7J0JAPZVDAAaig0AbIoNAL6KDQAQiw0AZpAKANB9AQBc+AwAAoMAAF6hAQB4HQAASjQIAJw0CADuNAgAfiECABz4CwA8vQEAjr0BAD6cAQDASQgAcm4KAJQoBgAQAwIAyEEMAJwUAwAAcQEAkO4BAAzAAgBewAIAlnkLAOh5CwA6egsAuF0LAApeCwBKNAgAggoKANQKCgCYYAIA6mACAFBNDAAe4AYAcOAGADZJAgAe4AYATgUCAG40BgDOWAgALo8AAICPAADc4AAACLACAPKzAQBEtAEA0H0BAFz4DAAmRgAA9GsJAJZ5CwACgwAAXqEBACalCwCucAEA2nICAB7gBgAI4wEAWuMBAKzjAQD+4wEAUOQBAL7RCgAQ0goADKsAAAyrAAAujwAAxg0AANidAQB6JQAAovEMALCPCwACkAsAVJALAKaQCwD4kAsAHPgLAG74CwDA+AsA8BQMABIiDABkIgwAtiIMAAgjDACckQsA7pELAECSCwAI4wEACOMBAELLAgD8DgEA/A4BABLEBAA2SQIALJ4KAAjjAQA41gEAitYBANzWAQAu1wEAgNcBANLXAQBiFwAALo8AACZGAAACogEAHuAGAFIAAADmmQcAHuAGACZGAAACgwAA+D0HAAjjAQCWeQsA6HkLADp6CwC4XQsAggoKANQKCgAI4wEAWuMBAKzjAQD+4wEAUOQBAL7RCgAQ0goADKsAAAyrAAAujwAAxg0AANidAQB6JQAAovEMAICPAADaIAIAPs8AABADAgBeoQEALo8AAICPAADaIAIAlnkLAOh5CwA6egsADKsAAKCzAQDyswEARLQBANB9AQBc+AwAJkYAAJZ5CwDoeQsAOnoLAOakCgBuSgwAwEoMABJLDABkSwwAtksMAAhMDABaTAwArEwMAELLAgAAAAAAAAAAAK5wAQBejQMAJqULADZJAgAujwAAUgAAADA7AQDaIAIAEl0CAGiWAgDwJgIA9GsJAAyrAAAAAAAAAAAAAE5FDACgRQwA8kUMAERGDACWRgwA6EYMAFrjAQCs4wEA/uMBANJ9CgAkfgoAMLgJAICPAADc4AAACLACAF6hAQCwoQEAAqIBAFSiAQCmogEA+KIBAEqjAQDGDQAAtAMCAGIXAAAI4wEAMLgJAICPAADc4AAACLACAFKRBgCkkQYA9pEGAEiSBgCakgYA7JIGAD6TBgCQkwYAYhcAAB7gBgD6EggAAHEBAJDuAQBCywIAMLgJAPZVDABIVgwAmlYMAOxWDAA+VwwAxg0AAK5HAQACgwAAjr4FAFIAAADQfQEA2vcBAG40BgDiFwIA4DgCADI5AgBW6gsAeF0KAMpdCgAcXgoARjkKAJg5CgAujwAAgI8AANzgAAAIsAIAJkYAAJweAgDuHgIAQB8CALZVCwAe4AYAGkIMALZVCwBgBQEALo8AAICPAADc4AAATgUCAKAFAgDyBQIARAYCAJYGAgBOBQIAeiUAAOSkAQA2pQEARjkKAJg5CgAAAAAABtECAKo5CQA6egsALJQLAKzjAQD+4wEAUOQBALQDAgC0AwIALo8AAAKDAABQTQwADKsAAOIXAgDaIAIA7tcEAPAmAgA0TAUAbjQGAPJECAAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAMpvAADwJgIANEwFAF6NAwB6JQAAVsAHAC6PAAAe4AYAHuAGABpCDABsQgwA5pkHAMxRDAAeUgwAGkIMAGIXAAAMqwAALJ4KAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAUgAAAFIAAADQfQEAQuoDAAyrAABolgIA8CYCADRMBQBuNAYA8kQIAAyrAACgswEAUIgCABiMDAD0awkArkcBAF5HCgCwRwoArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAGIXAAC0FwAAGHYGACZGAADurgQAULMKAPhGAgDGDQAAIHYBAC6PAABiFwAAJkYAAAyrAACgswEAUIgCAPBuAwBCbwMAlG8DAOZvAwA4cAMAinADANxwAwC8VwUADlgFAGBYBQCyWAUABFkFAFZZBQCoWQUA+lkFAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA9GsJAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQAmRgAAAoMAAK5wAQAAcQEALo8AAICPAADQfQEAAoMAADDAAABgigAA3oQKAMBJCABybgoArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAELqAwAAcQEAnBQDANI0BQA0TAUAAoMAAPg9BwBC6gMAXD0CAAKDAADwJgIANEwFAG40BgDyRAgALo8AAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDwJgIAAoMAAAKDAABUgwAApoMAAPiDAABKhAAAnIQAAOIXAgDaIAIAxg0AABgOAADOWAgA4hcCAAyrAAAujwAAeiUAAOSkAQA2pQEARjkKAJg5CgAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAJDuAQDsIgkAPiMJAJSsAQAe4AYA2vcBAAyrAAAMqwAAoLMBAFCIAgDwbgMAQm8DAJRvAwDmbwMAOHADAIpwAwDccAMAvFcFAA5YBQBgWAUAslgFAARZBQBWWQUAqFkFAPpZBQCucAEA2nICACxzAgB+cwIA0HMCACJ0AgB0dAIAxg0AAJhgAgDqYAIA8CYCAPRrCQAujwAArkcBAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAOxJAQCakwoA7JMKAC6PAACuRwEAGooNAGyKDQC+ig0AEIsNAGKLDQC0iw0ABowNAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoADKsAAKCzAQDyswEARLQBANB9AQBc+AwAJkYAADRMBQBuNAYA8kQIAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoANEwFAIZMBQDYTAUAKk0FAHxNBQDOTQUAIE4FAGjqCgC66goADOsKAF7rCgCw6woAAuwKAFTsCgDsSQEAmpMKAOyTCgAOigAAYIoAAN6ECgDASQgAcm4KAGrSBQDgOAIAMjkCAB7gBgD6EggAbjQGAC6PAACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoAxg0AAJ6XAwDwlwMAXPgMAK5HAQAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAmpMKAOyTCgAMtgMAXrYDALC2AwACtwMAVLcDAKa3AwD4twMASrgDAJy4AwDuuAMAQLkDAOxJAQCakwoA7JMKAHolAADQfQEALJ4KAD7PAAAQAwIALJ4KAMYNAACelwMA8JcDAFz4DACuRwEAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEA7EkBAJqTCgDskwoAvL0DAA6+AwBgvgMAsr4DAELLAgB4RgAA4hcCAOwDCAA+zwAACOMBADC4CQD2VQwAouQBAPTkAQBG5QEAmOUBAOrlAQAAAAAACOMBAEo0CACcNAgAEl0CAPz8CgBO/QoAoP0KAPL9CgC+0QoAHKYLAG6mCwDApgsAEqcLAGSnCwC2pwsAvtEKABymCwBupgsAwKYLABKnCwBkpwsAtqcLADC4CQD2VQwAouQBAPTkAQBG5QEAmOUBAOrlAQAc+AsAGN4MAOakCgD0qQsA/BoIAA6KAAACgwAA5qQKAPSpCwD8GggADooAAAKDAAD4PQcACOMBABz4CwAY3gwAat4MALzeDAAO3wwAYN8MALLfDAAE4AwAVuAMAA6KAADQfQEA0H0BAAjjAQDYlQoAKpYKAHyWCgDOlgoAMggLAHolAADMJQAAgI8AANJADAAAcQEAkO4BAAjjAQAeFAoA0jQFAPRrCQBGbAkAxg0AAC6PAAB6JQAAJkYAAAjjAQAQvAQAYrwEALS8BAAYjAwAaowMALyMDAAOjQwAkO4BAMBJCAASSggACOMBABC8BABivAQAtLwEABiMDABqjAwAvIwMAA6NDAAwwAAAxg0AAHgdAAAe4AYACOMBANr3AQAsngoAQssCADy9AQBq3gwAgrgJAB7gBgAI4wEAbjQGAHolAAAI4wEAHhQKAHAUCgBiFwAALo8AAICPAAAI4wEAMLgJAPZVDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAvtEKAPAUDABCFQwAPGECAI5hAgAI4wEAlnkLAO6uBABQswoAorMKAPSzCgAc+AsAbvgLAOakCgDa9wEAbjQGAEiRAgAOjAgAMLgJAPZVDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAPs8AABADAgBeoQEACOMBAJZ5CwDQ3AwAykYAAJRGAwAqlgoA4hcCANogAgASXQIAJkYAAAjjAQAQvAQAaJYCAGj/DAC6/wwADAANAG40BgB6JQAACOMBAJZ5CwDQ3AwAykYAAFrjAQBgoQoA0H0BANB9AQAifgEAPs8AAK5wAQAAcQEAkO4BAAjjAQAwuAkA9lUMAABIAQBSSAEApEgBAPZIAQBISQEAmkkBAA6KAADiFwIA0kAMAABxAQCQ7gEACOMBAKaaCgD4mgoAUE0MAB7gBgDQfQEAQuoDAABxAQCQ7gEACOMBAG40BgB6JQAACOMBAJZ5CwDQ3AwAykYAAIANDQDSDQ0AJA4NAHYODQDIDg0AGg8NAGwPDQC+Dw0AEBANAGIQDQC0EA0ABhENAFgRDQC0AwIABgQCAPo8DABQTQwAtBcAAKo3AQB4RgAAykYAAEA2DAAI4wEAMLgJAPZVDAAASAEAUkgBAKRIAQD2SAEASEkBAJpJAQDsSQEAbjQGAAyrAAAMqwAAdKgFAMaoBQAYqQUAaqkFAE7nBABi0goAtNIKAAbTCgBY0woAQssCAAAAAAAAAAAAAAAAAAjjAQA+QgoAgF8NANJfDQAkYA0AHhQKAHAUCgAIQg0AWkINAKxCDQD+Qg0AUEMNAOakCgAKuQYAHuAGACyeCgACgwAANkkCAGIXAAAI4wEA5qQKAAq5BgAe4AYAZpAKAGIXAACAXw0A0l8NACRgDQAeFAoAcBQKAAhCDQBaQg0ArEINAP5CDQBQQw0A5qQKAAq5BgAe4AYAxg0AAJhgAgDqYAIA+D0HAEo+BwCQ7gEA7CIJAPwOAQAI4wEAHhQKAHAUCgAIQg0AWkINAKxCDQD+Qg0AUEMNANr3AQAs+AEAsMsFACqUAgDQfQEAXPgMAB4UCgBwFAoACEINAFpCDQCsQg0A/kINAOLuAQAI4wEAkO4BAOwiCQA+IwkAPkIKAIBfDQDSXw0AJGANAB4UCgBwFAoACEINAFpCDQCsQg0A/kINAFBDDQBSAAAAMDsBAII7AQBIkQIArnABAB7gBgAaQgwAgI8AADBcCgCYYAIA7q4EAFCzCgDwJgIA9GsJAJDuAQAsngoAQssCALy9AwAOvgMAYL4DALK+AwA+zwAArnABANI0BQB4RgAACOMBADC4CQD2VQwAAEgBAFJIAQCkSAEA9kgBAEhJAQCaSQEAtAMCAAYEAgCWeQsAqJgLAJ71CgBKNAgAnDQIAICPAACCCgoA1AoKAAjjAQBmkAoAuJAKAKhvCwBSAAAA/A4BAAjjAQAwuAkAgI8AANzgAAAAAAAACLACAGwZDADkXQQAEsQEAFBNDAAe4AYACOMBAFrjAQCs4wEA/uMBAFDkAQA+zwAArnABANI0BQB4RgAACOMBADC4CQD2VQwAvMkKAA7KCgAkNQUAELwEAGK8BAD4XQwA/okKAFCKCgBQigoAPtwLAD6cAQDGYQgAGGIIAGpiCAAUAQwAZgEMAFIAAAAwOwEAgjsBANrGCgAsxwoAfscKANDHCgAI4wEAELwEAGK8BABsGQwAvhkMABAaDABiGgwAtBoMAAYbDABC6gMAMggLAIQICwBq0gUALJ4KAAyrAABeqwAAkO4BAOLuAQACgwAA0NwMAMpGAABANgwAkjYMAOakCgA4pQoAiqUKAJZ5CwDoeQsAOnoLACyUCwCs4wEA/uMBANJ9CgAkfgoAqJgLAJ71CgC+0QoAeB0AAC6PAACWeQsA0NwMAMpGAABa4wEAovEMAPTxDABG8gwAmPIMAL7RCgDwFAwAQhUMADxhAgCOYQIACOMBAJZ5CwDurgQAULMKAKKzCgBKNAgAnDQIABz4CwDiFwIAggoKANQKCgAI4wEA/A4BABLEBABIkQIADowIAGChCgDiFwIACOMBAPwOAQBODwEA4hcCANogAgAeFAoAcBQKAHolAABgoQoA4hcCAPwOAQASxAQA8CYCADRMBQBuNAYALo8AAGrSBQB0qAUAJkYAADRMBQBuNAYA8kQIAAjjAQBa4wEArOMBAP7jAQBQ5AEAWuMBAGChCgDiFwIACOMBAJZ5CwACgwAAXqEBANDcDADKRgAAQDYMAJI2DADkNgwA2jcMACw4DAB+OAwAWuMBAKzjAQD+4wEAbMcLAL7HCwAI4wEAlnkLAOh5CwA6egsAJM4CAETJAwAoPAoAejwKAMw8CgAePQoAcD0KAMI9CgAUPgoAZj4KAOyHAwA+iAMAbBkMAL4ZDADsugIAPrsCAFz4DACwoQEAjLgNAN64DQCYYAIALJ4KACyeCgAqngEA3uENADrXDgAe4AYA5jsAADC5DQCCuQ0A3uENADSgDQC2SAAAEi0PADrXDgAe4AYAOtcOADrXDgAe4AYA3uENANLQDgA61w4AEi0PAJDuAQDKHQAAYAUBABItDwBgBQEAvtwNAL7cDQAe4AYAGkIMAMAeAABgBQEA1MAAAE7nBAAUmw0AFJsNADrXDgBO5wQAOtcOAJRxCwC2vA0ACL0NACQtDgCMuA0A3rgNABRoDgASLQ8A+AgAAN7hDQC2vA0ACL0NAGAFAQB2sg0ACLMOAFqzDgC69Q0AkO4BAL7cDQBE4A0AluANAIy4DQDeuA0AzGYOAPwOAQAY3gwAvtwNAPK2DQC+3A0A8kQIACQtDgDe4Q0AEIEOADrXDgD4CAAA+AgAAOzHDQA+yA0AkMgNABItDwDGDQAAHuAGAMBJCAAe4AYA7McNAD7IDQB0/A0AYAUBAOzHDQA+yA0AdPwNAModAACMuA0A3rgNAFYlAgAI4wEAnEkKAN7hDQBCywIAJkYAAL7cDQDacgIAHuAGAN7hDQAqGQIAtrwNAAi9DQC+3A0AErwNAGS8DQC2vA0AdKAOALa8DQB0oA4ATqwOAL7cDQC6zA0A4sgNADTJDQB2sg0A4sgNAAAAAAAI4wEA7McNAD7IDQDsxw0APsgNAOzHDQA+yA0AWr0NACQtDgAMFQ8AXhUPAOoOAgASvA0AdrINALa8DQAIvQ0A6g4CAB7gBgAI4wEAEi0PAAjjAQCmFg8AcMMNAL7cDQDe4Q0A3uENALoHBAC6BwQAugcEAELLAgD4PQcA8GYMAAxbCADwZgwADo0MAA6NDAAmRgAAwAILALSqDgCs7QAAxg0AAMYNAAA20Q0APs8AAKztAAC+3A0Axg0AAD7PAAC+3A0AvtwNAL7cDQC+3A0AvtwNAHayDQB2sg0AvtwNAL7cDQC+3A0AvtwNAL7cDQC+3A0AdrINAHayDQB2sg0AvtwNAL7cDQC+3A0AdrINAHayDQD61g0AdrINAHayDQC+3A0ACOMBAAjjAQDS2g0Apj4LAAjjAQASLQ8A4hcCAMZhCAAI4wEAxg0AAMYNAAC+3A0AvtwNANB9AQC+3A0A7McNAD7IDQBCywIA3uENABItDwDGDQAA/N4NAAjjAQAWlgIAeB0AACyeCgDASQgAYhcAAB7gBgDwtwgAHuAGAIS3DgDe4Q0Alv8OAL7cDQDGDQAAnEcCAD7PAAA+zwAAPs8AABItDwA+zwAAGCMCAFp1DAASLQ8AnEcCABItDwBSPgIAoNUOAJ7NDgDwzQ4ACOYNABItDwBSAAAAYhcAABpCDAA0oA0ALJ4KAO6cDgBSAAAAoNUOAPgIAAD4CAAA+AgAAPZqDgDe4Q0ANKANAJhgAgAsngoAUu8NALqMAwAGdQMAOH0OAFYxCQBkLQ8ACrkGAHayDQAIsw4AWrMOACRyAwDsxw0APsgNAHT8DQDG/A0AdrINABItDwDyvgQAqCgOAHayDQC+3A0AvtwNAOzHDQA+yA0AvtwNAETgDQCW4A0AGA4AAN7hDQA0oA0AEi0PAAjjAQDe4Q0AvtwNAETgDQCW4A0ACOMBAPy9BADWjg4AXMQJABItDwDOTQUAEi0PAPb4CAAcDQ4A3uENALD2DQAmRgAAEi0PAJhgAgBc+AwA3uENANLQDgCs7QAA1o4OAGQtDwC+3A0AROANAGQtDwC+3A0AqCgOAPjNCQCmrAAAdrINAAizDgBasw4A7McNAJatDgDOYwsAZmgOADSgDQDGDQAAYAUBACz7DQAyZQ4AJkYAACZGAAB2sg0ACLMOAFqzDgCw9g0AJkYAACZGAAAmRgAAJkYAABirDQAGBw4AnvUKAMoMDgDe4Q0AvtwNAETgDQCW4A0AWg8OAMjjBAA0oA0A7kkKAGQtDwC+3A0AZC0PAL7cDQDYGw4AKhwOAHwcDgAujwAAcvQNAMT0DQAW9Q0AaPUNAIZtDgDYGw4AKhwOAHwcDgAYqw0AEnIEAHayDQAIsw4AWrMOALD2DQA+TAkAEi0PAJhgAgAsngoAEi0PANaODgA0oA0AugcEAC5xAwD0awkAvtwNAETgDQCW4A0AHA0OAMAeAAB2sg0ACLMOAFqzDgASLQ8AQssCALD2DQCyOggAJkYAACZGAAA+Gg4AkBoOAOIaDgDOTQUAPhoOAL7cDQAqwA4AdrINAGQtDwC+3A0AROANAGQtDwBc+AwACOMBAL7cDQBE4A0AluANACa4BQDe4Q0A0tAOABItDwBWogoA3uENABItDwCSfAUAvtwNAHayDQBkLQ8AtrwNAAi9DQAe4AYArmkOANgbDgAqHA4AfBwOAL7cDQBE4A0AluANAFLvDQCYYAIAXPgMAL7cDQAS2goAEi0PAFz4DAAI4wEAaqEOAB7gBgBIkQIAvtwNAETgDQCW4A0AGKsNAGAFAQDe4Q0AEi0PAKiYCwA0oA0AMFwKAHayDQC+3A0AdrINAL7cDQBkLQ8AZC0PAGQtDwC+3A0AvtwNAL7cDQBE4A0AluANAL7cDQBi3Q0AhDIPAN7hDQCEMg8APhoOAL7cDQB2sg0ACLMOAFqzDgB2sg0ACLMOAFqzDgASLQ8A1rcOAJJzCgASLQ8AXPgMABItDwDe1QYANKANAAjjAQBO5wQAYAUBABItDwASLQ8AmGACABItDwCYYAIAEi0PAJhgAgBkLQ8AvtwNAETgDQCW4A0AXPgMAL7cDQBE4A0AluANAN7hDQAAAAAA0tAOAJ71CgB2sg0ACLMOAFqzDgBIDw8AEi0PAKDVDgAmRgAAvtwNAETgDQCW4A0A3uENAN7hDQC+3A0AROANAJbgDQAKuQYA6rUOADy2DgB0/A0ALJ4KAFz4DADe4Q0AEi0PAO6cDgDSuggAGKsNABItDwDyRAgAJC0OAOzHDQA+yA0AtrwNAAi9DQB2sg0ACLMOAFqzDgCsKwMA3uENABItDwDccAMAvtwNAL7cDQBE4A0AluANAB7gBgDAHgAAvtwNAPKsDgC+3A0AROANAJbgDQCoHg8AAAAAAHayDQAIsw4AWrMOAN7hDQCw9g0ANKANAN7hDQC2SggA1o4OADSgDQCgDwEAAAAAABItDwDWjg4ANKANAKAPAQAuVQ4AdrINAAizDgBasw4AjrYOAGLdDQASLQ8A8kQIAL7cDQBE4A0AluANABItDwAsngoAwpAOAAjjAQAcXw4AvtwNAKztAAC41wcAJkYAAJb/DgAsngoATucEABItDwCAjwAADqIOAKwrAwBWKA4ACOMBAAjjAQDe4Q0AdPwNAGAFAQAkLQ4ACOMBAMxmDgDSNAUAsPYNAFYoDgAAcQEALlUOAIBVDgAe4AYAAAAAAAAAAAAAAAAAEi0PANaODgAAAAAAAAAAAAAAAADMZg4AYAUBABItDwCg1Q4A1o4OAB7gBgC+3A0AqCgOAKgoDgC+3A0AYt0NAAzAAgBsJA8ACLMOAFqzDgCw9g0AvtwNAGLdDQC6BwQAdrINALoHBAAujwAAJkYAAFy5BgASLQ8AAoMAAFy5BgBkLQ8A+HIOAFYoDgDsxw0APsgNAFq9DQCw9g0AEi0PACyeCgC+3A0AEi0PANxwAwAI4wEA3uENANxwAwC+3A0AROANAJbgDQC8eA4ADnkOALoHBAC6BwQAEi0PANxwAwDccAMA/L0EAGqhDgA0oA0AAAAAABItDwASLQ8ALo8AANa3DgAI4wEAEi0PABCBDgD4CAAAfn8JAJDuAQA6hQ4AjIUOAFIAAABSAAAAzk0FAN7hDQAI4wEAEi0PABItDwBiFwAAdrINAAizDgBasw4AIiUOAFaiCgAkcgMAvtwNAETgDQCW4A0AHPgLAOzHDQCWrQ4AxqAOABCBDgDyRAgAEIEOABCBDgAe4AYAYhcAAOzHDQCWrQ4APsgNAHayDQDe4Q0AEIEOAGKBDgC0gQ4AUIsOAMqwDgC+3A0A3HADAN7hDQBWZAgAEGsIAAAAAACQbA4A4mwOAAAAAAAAAAAA/nQIALQEBgBWogoA3uENABItDwASLQ8ADqIOACZGAADe4Q0AEi0PABjeDADe4Q0AYAUBAAjjAQC+3A0AROANAJbgDQASLQ8ACOMBABItDwAI4wEAEi0PAGAFAQASLQ8AYAUBAAjjAQASLQ8A+AgAABItDwD4CAAA1rcOAPJECAASLQ8AQssCAAAAAAAsngoAvtwNAETgDQCW4A0AEi0PABjeDABgBQEANKANAMYNAADGDQAANKANAFz4DADWtw4AQssCAHayDQAIsw4AWrMOAL7cDQBE4A0AluANAAjjAQDaIAIAEi0PAAjjAQASLQ8A3uENACiPDgAI4wEACOMBAE7nBABgjAgA3uENAPgIAAASLQ8AEi0PAAjjAQC2vA0ACL0NAHT8DQAY3gwADsoKAN7hDQAmRgAASJECACZGAAC+3A0AROANAJbgDQDe4Q0AvqkOAB7gBgAsngoA0McKAELLAgA28A4Alq0OANqlAQAI4wEAxg0AAAAAAAAwXAoAAAAAAHSgDgAkqA4AdqgOAMioDgASLQ8AvtwNAETgDQCW4A0ACOMBAPgIAAC6BwQAugcEAFbqCwAI4wEAdrINAAjjAQDe4Q0AQssCAN7hDQAKMwMAoNUOAKDVDgAc+AsA3uENABItDwAI4wEA7McNAD7IDQC+3A0AROANAJbgDQC+3A0ACOMBAB7gBgASLQ8AHuAGABqpDgDsagoA8kQIAPgIAAAMCAQARgcPAEpeDACs7QAAEi0PALa8DQAIvQ0A0s8KADbwDgDCFAoACOMBAJq9DgAI4wEAwhQKAHjZDgA+vg4A7u0KADy9AQB2sg0ACLMOAFqzDgAI4wEAEi0PABItDwC+3A0AmGACAJhgAgC+3A0AvtwNAB7gBgDWwQ0AKMINAF7DDgD4zg0AdrINAL7cDQBi3Q0ANO8BAOakCgDYnQEA4sgNAHayDQDuFAMAPL0BAPy9BACeEwgAZDUGAJDuAQAmRgAAktgEAB7gBgASLQ8AXPgMACDqDgAWlgIATi4CABaWAgBOLgIALikCAFzECQBkLQ8AkJICABItDwD4CAAACOMBAErPDQB4HQAA7hQDAKYWDwAI4wEA3uENAL7cDQAMwAIAeNkOAD6+DgBwKQwA7McNAD7IDQBwKQwAIGQLAOzHDQDcpg4AvtwNAPKsDgASLQ8ACOMBAHolAAB6JQAAkO4BAE4FAgAUmw0AtNMOALZVCwDS0A4ACOMBABItDwAI4wEAPN4KAOTGDgDOYwsACOMBAAjjAQAI4wEA9IALAHR+AQBgoQoAIBMPAL7cDQCQ7gEA9LMKAN7hDQAI4wEACOMBAHjZDgA+vg4AEi0PAOzHDQA+yA0AdPwNANQKCgAI4wEACOMBAAjjAQDakwsAxg0AALa8DQDe4Q0ASC0MAJDnDgA+LgwA4ucOACQtDgAUmw0AJC0OAJDnDgAkLQ4A4ucOACQtDgB42Q4APr4OACDBDgBSAAAA9rAHACZGAAAAxg0Axg0AAAjjAQDCFAoAPr4OAAjjAQDGoA4A4DgCAAjjAQAI4wEACOMBABItDwBO1AoATtQKAE7UCgBO1AoAkO4BAJDuAQAUUwwACOMBAOzHDQCm7Q4AeNkOALoUDwAI4wEAeNkOAApeCwAI4wEAOtcOAPTdDgDsxw0ARt4OAAjjAQBm4w4AuOMOALgMDwAK5A4ACOMBAAjjAQB42Q4ACl4LADrXDgD03Q4A7McNAEbeDgAI4wEAAuILAEL3DgDsxw0APsgNAL7cDQBi3Q0ACOMBADbwDgBW6gsAVuoLACawDgCK+A4AyrAOAI69AQAS5Q0A4sgNACDLDQDUCgoAGIwMAFYlAgDsxw0A3KYOADrXDgDe4Q0AZuMOAN7hDQASLQ8A3uENAAzAAgC+3A0AeNkOAELLAgDsxw0Alq0OAE6sDgAeCw8AvtwNAPKsDgBCywIAPsgNAHT8DQD0awkAEi0PANAhAgBSAAAAIBMPAHjZDgBCywIAJkYAAL7cDQAe4AYACOMBAOzHDQA+yA0A9PEMAMD4CwBCywIAQssCAD6cAQA+nAEAPpwBAD6cAQBCywIA3uENAD6cAQAI4wEACOMBAAjjAQAAAAAAAAAAAHjZDgC6FA8A7McNAD7IDQD08QwAEi0PAAjjAQASLQ8AeNkOAPRrCQASLQ8AeNkOAKYWDwDe4Q0ACOMBAAjjAQAsngoAYhcAAB7gBgAujwAACOMBADpHDABCywIA7McNAJatDgDe1w4AvtwNAETgDQASvA0ABgQCALTTDgBKFw8AnBcPAO4XDwBAGA8AvtwNAGLdDQDikwYA3uENANAaDwBCywIAXPgMAB7gBgBCpQ4AdKAOAE6sDgDOYwsAvtwNAPKsDgDOYwsAYAUBANLQDgBgBQEA0tAOALa8DQB0oA4AYAUBAAjjAQB42Q4APr4OAOzHDQA+yA0ABgQCAN7hDQDe4Q0ABgQCAHayDQB2sg0AdrINANgbDgB2sg0AdrINAHayDQB2sg0AtrwNAHSgDgB2sg0A2BsOAHayDQD+sw4AdrINAP6zDgB2sg0A/rMOACrADgD+sw4AdrINAP6zDgB2sg0A/rMOACrzDQD+sw4AdrINAP6zDgBy9A0AxPQNAJDIDQAI4wEACOMBAELLAgDe4Q0AYhcAAOLIDQCwww4ANOgOADToDgDiyA0ANMkNAPg9BwBaLg8AQssCAELLAgDGDQAAxg0AADLqDQDe4Q0Ajr0BAHayDQASLQ8AwPgLABItDwB2sg0ANKANABItDwA0oA0AdrINAAizDgA0oA0AHjQPAHA0DwB2sg0AQssCAKS8DgDe4Q0ACOMBAAjjAQAI4wEAfDsPAAjjAQAI4wEACOMBAHw7DwAI4wEAnD4HAHw7DwASLQ8AUEMNAAjjAQAI4wEAfDsPAN7hDQBy9A0AxPQNABb1DQB2sg0A7EkBADrXDgD03Q4ACOMBAL7cDQBi3Q0A7McNAD7IDQB0/A0ASl4MAKKKCgCMAA8ARgcPAFz4DAASLQ8A+D0HAEgPDwB6uA4AeNkOAD6+DgDsxw0Alq0OAE6sDgASLQ8ANKANAPSzCgBiFwAAEi0PAPJECADsxw0APsgNAHT8DQAmpQsASA8PAOwPDwDsxw0Apu0OAHjZDgC4XQsAEi0PAA==","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAwAAAAEAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAACAAAAAAABAAAIAAANABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAIAAAAAAAEAAAgAAA0AEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAQIAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAgAAAAAAAQAACAAADQAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAABAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAgAAAAAAAQAACAAADQAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAACAAAAAAABAAAIAAANABAAQAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAgAAAAAAAQAACAAADQAQAEAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAIAAAAAAAEAAAgAAA0AEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAACAAAAAAABAAAIAAANABAAQAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAIAAAAAAAEAAAgAAA0AEABAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAgAAAAAAAQAACAAADQAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAgAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAgAAAAAAAQAACAAADQAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAACAAAAAAABAAAIAAANABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAIAAAAAAAEAAAgAAA0AEABAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAgAAAAAAAQAACAAADQAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAABAgAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAACAAAAAAABAAAIAAANABAAQAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAACAAAAAAABAAAIAAANABAAQAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAgAAAAAAAQAACAAADQAQAEAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAECAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAIAAAAAAAEAAAgAAA0AEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAgAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAgAAA0AEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAIAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAgAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAACAAAAAAABAAAIAAANABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAEAAAACAAAAAAABAAAIAAANIBAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAEABAQAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAIAAAAgAAAAAAAACAAAAAQAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAgAAAAAAAQAACAAADQAQAEAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAgEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAQAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAABAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAACAAAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAAgAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAIAAAAAEAEAAAgAAA0AEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAEAAAAAACABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAgAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAgAAA0AEABAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAgAAAAAAAQAQCAAADQAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAACAAAAAAABAAEIAAANABAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAACAAAAAAAAAAAAAAAQAAgAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAgAAAAAAAACACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAGAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAACAAAAAAAAAAgAAAAAAAAgAAAAAAAQAACAAADQAQIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAEAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAIAAAAAAAEAAAgAAA0AEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAIAAAAAAAEAAAgAAA0AEABAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAIAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAwAAIAAAAYAAAAAAAAAAIAAAAAAAAACAAAAAAAACAAAAAAABAAAIAAANABAAQAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAgAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAIAAAAAAAEAAAgAAA0AEABAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAIAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAA="},"index":{"lists":[[72,74,75,76],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,48,53,54,56,57,58,59,60,61,62,63,67,68,69,70,72,74,75,76,80,81,99,102,103,105,116,117,118,119,120,121,122,123,124,133,143,144,148,151,157,158,162,166,168,169,170,171,173,175,176,177,180,181,182,183,197],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,48,49,53,54,56,57,58,59,60,61,62,63,66,67,68,69,70,72,74,75,76,80,81,99,102,103,105,116,117,118,119,120,121,122,123,124,133,143,144,145,148,151,157,158,162,166,168,169,170,171,173,175,176,177,180,181,182,183,186,187,188,197],[65,72,74,75,76,150,186,203],[72,74,75,76,90,91,92,189,190,191,192,193,194,195],[46,47,72,74,75,76],[72,74,75,76,177,196],[72,74,75,76,80,81,97,98,177,182,183],[72,74,75,76,90,91,92],[45,51,59,60,72,74,75,76,90,91,92,93,110,123,124,125,129,136,138,144,146,147,148,156,163,164,165,172,197],[14,15,16,22,23,72,74,75,76,79,128,140],[72,74,75,76,94,209],[6,72,74,75,76],[1,7,72,74,75,76,90,91,92,130,166,170,171,197],[9,72,74,75,76,90,91,92,96,166,170,171,197],[31,72,74,75,76,90,91,92,151,166,170,171,181,197],[17,72,74,75,76,90,91,92,119,139,166,170,171,185,197],[0,2,4,5,20,21,24,25,69,72,74,75,76,90,91,92,113,119,127,151,153,166,167,170,171,174,178,197,198,201,204,205,208,210],[3,8,11,20,24,25,27,33,36,37,52,55,70,71,72,74,75,76,77,83,84,90,91,92,95,100,103,106,113,119,126,132,134,135,141,151,152,160,166,170,171,197,206,211],[72,74,75,76,90,91,92,166,170,171,197],[72,74,75,76,90,91,92,119,166,170,171,197],[72,74,75,76,90,91,92,166,170,171,197,202],[68,72,74,75,76,90,91,92,119,166,170,171,187,197,199,200],[63,71,72,74,75,76,78,82,90,91,92,115,154,166,170,171,187,197],[10,33,72,74,75,76,77,85,90,91,92,105,106,131,166,170,171,197],[4,26,50,72,74,75,76,90,91,92,119,166,170,171,197],[10,39,72,74,75,76,90,91,92,105,166,170,171,197],[12,13,32,43,72,74,75,76,90,91,92,101,107,108,109,111,112,114,122,137,142,143,159,161,162,166,170,171,179,184,197],[7,72,73,74,75,76,90,91,92,166,170,171,197],[10,72,74,75,76,90,91,92,166,170,171,197],[72,74,75,76,86,87,88,89,104,155,207],[48,72,74,75,76],[18,19,72,74,75,76,90,91,92,166,170,171,197],[28,72,74,75,76],[29,30,34,35,72,74,75,76],[38,42,72,74,75,76],[41,72,74,75,76],[41,56,72,74,75,76],[44,72,74,75,76,173],[56,62,72,74,75,76,188],[56,72,74,75,76],[61,67,72,74,75,76,173,188],[64,72,74,75,76,149],[72,74,75,76,120],[72,74,75,76,121],[72,74,75,76,173],[72,74,75,76,188],[58,72,74,75,76,176],[58,72,74,75,76,176,186],[58,72,74,75,76,157,158,176],[58,72,74,75,76,176,177],[58,72,74,75,76,80,81,176,177,182,183],[58,66,72,74,75,76,157,158,176],[45,49,53,54,57,58,59,60,72,74,75,76,123,124,133,144,145,148,157,158,176,197],[1,7,58,72,74,75,76,157,158,166,168,169,170,171,176,180,197],[58,72,74,75,76,157,158,166,168,169,170,171,176,197],[31,58,72,74,75,76,151,157,158,166,168,169,170,171,176,181,197],[58,72,74,75,76,119,157,158,166,168,169,170,171,176,197],[2,4,58,69,72,74,75,76,119,151,157,158,166,168,169,170,171,175,176,197],[36,37,58,70,72,74,75,76,99,103,119,151,157,158,166,168,169,170,171,176,197],[58,68,72,74,75,76,119,157,158,166,168,169,170,171,176,187,197],[58,63,72,74,75,76,157,158,166,168,169,170,171,176,187,197],[58,72,74,75,76,105,157,158,166,168,169,170,171,176,197],[4,58,72,74,75,76,119,157,158,166,168,169,170,171,176,197],[58,72,74,75,76,99,102,105,157,158,166,168,169,170,171,176,197],[43,58,72,74,75,76,99,122,143,157,158,162,166,168,169,170,171,176,197],[7,58,72,74,75,76,157,158,166,168,169,170,171,176,197],[48,58,72,74,75,76,176],[58,72,74,75,76,157,158,166,170,171,176,197],[28,58,72,74,75,76,176],[29,30,34,35,58,72,74,75,76,176],[42,58,72,74,75,76,176],[40,41,58,72,74,75,76,176],[41,58,72,74,75,76,176],[41,56,58,72,74,75,76,176],[44,58,72,74,75,76,116,173,176],[56,58,62,72,74,75,76,118,176,188],[56,58,72,74,75,76,176],[58,61,67,72,74,75,76,173,176,188],[58,72,74,75,76,117,176],[58,72,74,75,76,118,176],[58,72,74,75,76,120,176],[58,72,74,75,76,121,176],[58,72,74,75,76,173,176],[58,72,74,75,76,176,188]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,30,0,0,31,32,0,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,33],[9679,34],[9135,35],[215,36],[10095,36],[10003,37],[8595,36],[10008,38],[10004,39],[8730,40],[10006,41],[8505,42],[9762,0],[9888,0],[8617,0],[8226,43],[9472,44],[10007,45],[10060,45],[9654,46],[65123,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,49,47,47,47,47,47,47,50,47,51,52,47,53,53,53,53,53,53,53,53,53,53,47,47,47,47,47,47,47,54,55,56,57,58,59,55,55,57,55,55,55,55,60,61,62,55,63,64,65,66,55,57,55,55,55,47,47,47,67,68,47,54,55,56,57,58,59,55,55,57,55,55,55,55,60,61,62,55,63,64,65,66,55,57,55,55,55,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,69],[9679,70],[9135,71],[215,72],[10095,73],[10003,74],[8595,73],[10008,75],[10004,76],[8730,77],[10006,78],[8505,47],[9762,79],[9888,79],[8617,80],[8226,81],[9472,82],[10007,83],[10060,83],[9654,84],[65123,84]],"spacedDefault":47,"blank":47}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED\\\\b[^\\\\n]{0,200}$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[52,53,54,55],[18,19,20,22,23,24,25,27,28,29,30,31,34,37,38,40,41,42,43,44,45,46,48,49,50,51,52,53,54,55,59,60,72,73,74,75,81,82,83,84,85,86,87,88,96],[18,19,20,22,23,24,25,27,28,29,30,31,34,35,37,38,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,59,60,72,73,74,75,81,82,83,84,85,86,87,88,96],[47,52,53,54,55],[52,53,54,55,66,67,68],[32,33,52,53,54,55],[52,53,54,55,59,60,70,71],[31,36,43,44,52,53,54,55,66,67,68,69,77,87,88,89,92,97],[5,6,12,13,52,53,54,55,58,92],[52,53,54,55,69],[52,53,54,55,66,67,68,93],[1,52,53,54,55,66,67,68,69],[7,52,53,54,55,66,67,68,84],[10,11,14,15,50,52,53,54,55,66,67,68,80,84,91],[0,3,10,14,15,17,21,24,25,36,39,51,52,53,54,55,56,62,63,66,67,68,69,74,75,80,84,90,95,97],[52,53,54,55,66,67,68,84],[52,53,54,55,57,66,67,68,80],[2,21,52,53,54,55,56,63,66,67,68,75,94],[16,35,52,53,54,55,66,67,68,84],[2,52,53,54,55,66,67,68,75],[4,21,29,52,53,54,55,66,67,68,75,76,78,79,80,86],[2,52,53,54,55,66,67,68],[52,53,54,55,64,65,74],[34,52,53,54,55],[8,9,52,53,54,55,66,67,68],[20,52,53,54,55,66,67,68],[52,53,54,55,66,67,68,73],[49,52,53,54,55,66,67,68],[46,51,52,53,54,55,61,66,67,68],[26,52,53,54,55,66,67,68],[18,52,53,54,55],[19,20,22,23,52,53,54,55],[25,29,52,53,54,55],[28,52,53,54,55],[28,40,52,53,54,55],[30,52,53,54,55],[40,46,52,53,54,55],[40,52,53,54,55],[45,48,52,53,54,55],[52,53,54,55,85],[52,53,54,55,86],[42,52,53,54,55],[42,47,52,53,54,55],[42,52,53,54,55,59,60],[31,35,37,38,41,42,43,44,52,53,54,55,87,88,96],[42,52,53,54,55,84],[42,50,52,53,54,55,84],[24,25,42,51,52,53,54,55,72,74,75,84],[42,52,53,54,55,75],[35,42,52,53,54,55,84],[42,52,53,54,55,72,73,75],[29,42,52,53,54,55,72,75,86],[42,52,53,54,55,74],[34,42,52,53,54,55],[20,42,52,53,54,55],[42,52,53,54,55,73],[42,49,52,53,54,55],[42,46,51,52,53,54,55],[18,42,52,53,54,55],[19,20,22,23,42,52,53,54,55],[25,29,42,52,53,54,55],[27,28,42,52,53,54,55],[28,42,52,53,54,55],[28,40,42,52,53,54,55],[30,42,52,53,54,55,81],[40,42,46,52,53,54,55,83],[40,42,52,53,54,55],[42,45,48,52,53,54,55],[42,52,53,54,55,82],[42,52,53,54,55,83],[42,52,53,54,55,85],[42,52,53,54,55,86]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,15,4,4,4,4,15,16,17,4,18,19,20,4,4,15,21,4,4,22,0,0,23,24,0,4,4,25,4,4,26,4,4,4,4,4,4,4,27,28,4,4,4,29,26,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,30],[9679,31],[9135,32],[215,33],[10095,33],[10003,34],[8595,33],[10008,35],[10004,36],[8730,37],[10006,38],[8505,3],[9762,0],[9888,0],[8617,0],[8226,39],[9472,40]],"plainDefault":0,"spaced":[41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,41,42,41,41,41,41,41,41,41,41,41,43,42,41,44,44,44,44,44,44,44,44,44,44,41,41,41,41,41,41,41,41,41,41,45,46,47,41,41,45,41,41,41,41,45,41,48,41,49,50,51,41,41,45,41,41,41,52,41,41,53,41,41,41,41,54,41,41,55,41,41,41,41,41,41,41,56,57,41,41,41,41,55,41,41,41,41,41,41,41,41,41,41,41],"spacedOther":[[160,41],[5760,41],[8192,41],[8193,41],[8194,41],[8195,41],[8196,41],[8197,41],[8198,41],[8199,41],[8200,41],[8201,41],[8202,41],[8232,41],[8233,41],[8239,41],[8287,41],[12288,41],[65279,41],[9676,58],[9679,59],[9135,60],[215,61],[10095,62],[10003,63],[8595,62],[10008,64],[10004,65],[8730,66],[10006,67],[8505,42],[9762,68],[9888,68],[8617,69],[8226,70],[9472,71]],"spacedDefault":41,"blank":41}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,19],[5,6,7,10,19],[11],[6,8,9,10,15,20,21,22],[2],[1],[3,12,17],[13],[0,4,5,18,19],[14],[16],[6,7,10],[5,19]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
