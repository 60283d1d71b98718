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
} from "./chunk-OC36KWCS.js";
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

// src/classify/dialects/index.ts
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, MOCHA, NODE_TEST, DENO, GOCHECK, GO, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 235\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\".\\\\/\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\".\\\\/\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED\\\\b[^\\\\n]{0,200}$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,45,47,197,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,358,360,361,362,363,364,365,366,369,370,371,373],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,94,10003,10004,8730,10006,8505,35,9762,9888,43,9654,65123,36],"words":7,"quiet":10801,"states":12138,"edges":"AAAAAAAAAAABAAAAUAAAAAIAAADQfwAAAwAAAHANAAAEAAAAMMoAAAUAAABg9AUABgAAANAKAgAHAAAA4JsGAAgAAABA1wEACQAAALCGAAAKAAAAcEQAAAsAAACw/AcADAAAALCLAAANAAAA0BYAAA4AAACwZwEADwAAAOCmAAAQAAAAkCQAABEAAACAdAEAEgAAAMAIAAATAAAAwMoBABQAAACQRwoAFQAAACD3AQAWAAAAYAgBABcAAACA4gEAGAAAALD4AQAZAAAAkOsBABoAAAAQAgIAGwAAAECBAgAcAAAAgKACAB0AAAAAAAAAHgAAADCcCwAfAAAAAP8AACAAAAAAKwIAIQAAAAAAAAAiAAAAYLIBACMAAADg5wAAJAAAAEDVAwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAMJIBACkAAAAgogEAKgAAABBuCQArAAAAgAsLACwAAAAAAAAALQAAACDeAQAuAAAAAAAAAC8AAABgLwIAMAAAAJCVAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAADgMwoAPAAAAIA+CgA9AAAAMCQLAD4AAAAAAAAAPwAAANAkCwBAAAAAAAAAAEEAAADAOQsAQgAAABA6CwBDAAAAcEMLAEQAAABgXQsARQAAALBdCwBGAAAAAF4LAEcAAACAbwsASAAAAEBzCwBJAAAAAIELAEoAAAAg4wsASwAAAHDjCwBMAAAAIHkMAE0AAACgywwATgAAAPDLDABPAAAAQMwMAFIAAACgAAAAUwAAAJCFAwBVAAAAYGoIAFYAAACAMwEAWQAAALCVAABbAAAAAPIIAFwAAAAgUQcAZAAAADD7AQBnAAAAMIEDAG0AAABwOgAAowAAAPAAAACtAAAA0MMCAPMAAABQLw0ARQEAAJABAACWAQAA4AEAAOcBAAAwAgAAOAIAAIACAACCAgAA0AIAANkCAAAgAwAAKgMAAHADAAB7AwAAwAMAAMwDAAAQBAAAHQQAAGAEAABqBAAAsAQAAL4EAAAABQAADwUAAFAFAABSBQAAoAUAAKoFAADwBQAA/gUAAEAGAABFBgAAkAYAAJ0GAADgBgAA6AYAADAHAABABwAAgAcAAIIHAADQBwAA3gcAACAIAAAxCAAAoC8NAHcIAADwLw0AwggAALBiCwDICAAAEAkAANUIAACAlAkA2QgAAFBeCwDcCAAAAFsJABcJAABgCQAAHQkAAGClCQBlCQAAsAkAALwJAAAACgAAAwoAAFAKAABYCgAAoAoAAK0KAADwCgAA9QoAAEALAABKCwAAkAsAAJgLAADgCwAA7AsAADAMAADvCwAAoPQBAEMMAACADAAAjgwAANAMAADTDAAAIA0AACoNAABAMA0Acg0AABBtAABzDQAAwJMBAHUNAADADQAAeQ0AAHB2CgB6DQAAwFECAHsNAABQ7wEAfA0AAMAcAAB9DQAAMEwLAH4NAAAAbQEAfw0AAPAtAACBDQAAsPcCAIQNAABQhQIAjQ0AAOBnAwCQDQAAQEsLAMYNAAAQDgAAzw0AACCNBwAWDgAAYA4AAHQOAACwDgAAxQ4AAAAPAAAIDwAAUA8AAFoPAACgDwAApQ8AAPAPAAD1DwAAQBAAAEgQAACQEAAAphAAAOAQAADiEAAAMBEAAD0RAACAEQAAlBEAANARAADYEQAAIBIAAC8SAABwEgAAgRIAAMASAADOEgAAEBMAABwTAABgEwAAbRMAALATAAC6EwAAABQAAAMUAABQFAAAWBQAAKAUAACiFAAA8BQAAAEVAABAFQAARhUAAJAVAACcFQAA4BUAAOIVAAAwFgAANxYAAIAWAACUFgAAkDANANEWAAAw9QwA0hYAAFAXAgDVFgAAIBcAANkWAACQzQEA3hYAABDoAgAiFwAAEMIAACMXAABgGwcAJxcAADAhCQAoFwAAcBcAACoXAAAQMAEAKxcAAHDjBgAtFwAAcDQGAC8XAACg2AkAMRcAAMAHBgA2FwAAQB0CADkXAACQpgUAcRcAAMAXAABzFwAAAHMFAHYXAACA/QkA1xcAABAYAAAoGAAAYBgAAGsYAACwGAAAyRgAAAAZAAACGQAAUBkAAGoZAACgGQAArxkAAPAZAAD1GQAAQBoAAE0aAACQGgAAoBoAAOAaAADoGgAAMBsAADwbAACAGwAAjRsAANAbAADaGwAAIBwAACYcAABwHAAAhBwAAOAwDQDGHAAAEB0AAMocAADwGAsA1xwAAIAMCgArHQAAYB0AAGwdAACwHQAAth0AAAAeAAADHgAAAEEFAAgeAABQHgAAUx4AAEBgBQBXHgAAoB4AAFseAADw1gYAXh4AANA2AwClHgAA8B4AAPweAABAHwAAQx8AAJAfAACYHwAA4B8AAO0fAAAwIAAANSAAAIAgAACKIAAA0CAAANggAAAgIQAAIyEAAHAhAAB5IQAAwCEAAMEhAAAQIgAAESIAAGAiAABlIgAAsCIAALYiAAAAIwAACiMAAFAjAABYIwAAoCMAAKMjAADwIwAA8yMAAEAkAABRJAAAMDENAJIkAACgmgEAlSQAALBKCgCZJAAAsIkMAJwkAADgJAAAniQAAKB2BwD4JAAAMCUAADMlAACAJQAAjCUAANAlAADdJQAAICYAACcmAABwJgAAciYAAMAmAADJJgAAECcAABonAABgJwAAaycAALAnAADMJwAAACgAAAgoAACAMQ0AVSgAAKAoAACoKAAA8CgAAPEoAABAKQAAQikAAJApAACTKQAA4CkAAOMpAADQMQ0ANSoAAIAqAACGKgAA0CoAANcqAAAgKwAAKCsAAHArAABzKwAAwCsAAMkrAAAQLAAAESwAAGAsAABhLAAAsCwAAMEsAAAALQAADi0AAFAtAABcLQAAoC0AAKctAAAgMg0A9i0AAEAuAABCLgAAkC4AAKYuAADgLgAA6C4AADAvAAAyLwAAgC8AAIkvAADQLwAA2i8AACAwAAArMAAAcDAAAHwwAADAMAAAzTAAABAxAAAaMQAAYDEAAG4xAACwMQAAvzEAAAAyAAACMgAAUDIAAFoyAACgMgAArjIAAPAyAAD1MgAAQDMAAE0zAACQMwAAmDMAAOAzAADmMwAAMDQAADw0AACANAAAnTQAANA0AADZNAAAIDUAAC41AABwNQAAdjUAAMA1AADMNQAAEDYAABM2AABgNgAAaDYAALA2AADBNgAAADcAAA43AABQNwAAaTcAAKA3AAChNwAA8DcAAA04AABwMg0ARTgAAJA4AACWOAAA4DgAAOg4AAAwOQAAOTkAAIA5AACDOQAA0DkAANw5AAAgOgAAJjoAABAzDQCMOgAAwDoAAMg6AABgMw0AEzsAAGA7AABxOwAAsDsAALg7AAAAPAAADjwAAFA8AABTPAAAoDwAAKg8AADwPAAA/TwAAEA9AABFPQAAkD0AAJo9AADgPQAA6D0AADA+AAA8PgAAgD4AAI0+AADQPgAA0j4AACA/AAA5PwAAcD8AAIE/AADAPwAAzD8AABBAAAAXQAAAYEAAAGhAAACwQAAAtUAAAABBAAANQQAAUEEAAFhBAACgQQAAqkEAAPBBAAD7QQAAQEIAAExCAACQQgAAmEIAALAzDQDsQgAAMEMAADZDAACAQwAAm0MAANBDAADcQwAAIEQAACZEAAAANA0AdUQAAKAIAgB2RAAAYHgEAHdEAACAgwYAe0QAAMBEAAB8RAAA0BcJAH5EAADQEQUAhEQAAGARAgDMRAAAEEUAABZFAAAg2QsAGEUAAFA0DQBsRQAAsEUAALZFAAAARgAAG0YAAFBGAABcRgAAoEYAAKZGAADwRgAA+EYAAEBHAABGRwAAkEcAAJxHAADgRwAA/UcAADBIAAA5SAAAgEgAAIxIAADQSAAA00gAACBJAAAqSQAAcEkAAHxJAADASQAAx0kAABBKAAAYSgAAYEoAAGFKAACQWwAAY0oAALBKAAC/SgAAAEsAAAZLAABQSwAAUksAAKBLAAC2SwAA8EsAAA5MAABATAAAWUwAAJBMAACSTAAA4EwAAONMAAAwTQAAPE0AAIBNAACHTQAA0E0AANhNAAAgTgAAIk4AAHBOAAB5TgAAwE4AAMpOAAAQTwAAG08AAGBPAABsTwAAsE8AAL1PAAAAUAAAClAAAFBQAABeUAAAoFAAAK9QAADwUAAA8lAAAEBRAABKUQAAkFEAAJ5RAADgUQAA5VEAADBSAAA9UgAAgFIAAJVSAADQUgAA2FIAACBTAAA5UwAAcFMAAHlTAADAUwAAylMAABBUAAAYVAAAYFQAAG1UAACwVAAAtVQAAABVAAAIVQAAUFUAAFFVAACgVQAAolUAAPBVAADzVQAAQFYAAENWAACgNA0AlVYAAOBWAADmVgAAMFcAADdXAACAVwAAiFcAANBXAADUVwAAIFgAACJYAABwWAAAc1gAAMBYAADIWAAAEFkAABFZAABgWQAAZlkAALBZAAC1WQAAAFoAABtaAABQWgAAXloAAKBaAACnWgAA8FoAAPxaAABAWwAAR1sAAPA0DQCSWwAA4FsAAONbAAAwXAAAM1wAAEA1DQCFXAAA0FwAANZcAAAgXQAAJ10AAHBdAACOXQAAwF0AANldAAAQXgAAEl4AAGBeAABjXgAAsF4AALxeAAAAXwAAB18AAFBfAABYXwAAoF8AAKJfAADwXwAA+V8AAEBgAABKYAAAkGAAAJtgAADgYAAA7GAAADBhAAA9YQAAgGEAAIphAADQYQAA3mEAACBiAAAvYgAAcGIAAHJiAADAYgAAymIAABBjAAAeYwAAYGMAAGVjAACwYwAAvWMAAABkAAAVZAAAUGQAAFhkAACgZAAAuWQAAPBkAAD5ZAAAQGUAAEplAACQZQAAmGUAAOBlAADtZQAAMGYAADVmAACAZgAAiGYAANBmAADRZgAAIGcAACJnAABwZwAAc2cAAMBnAADDZwAAkDUNABVoAABgaAAAZmgAALBoAAC3aAAAAGkAAAhpAABQaQAAVGkAAKBpAACiaQAA8GkAAPNpAABAagAASGoAAJBqAACRagAA4GoAAOZqAAAwawAANWsAAIBrAACbawAA0GsAAN5rAAAgbAAAJ2wAAHBsAAB8bAAAwGwAAMdsAADgNQ0AE20AAGBtAABxbQAAsG0AALhtAADgfQEAzG0AAABuAAAIbgAAMDYNAF9uAACgbgAApm4AAPBuAADybgAAQG8AAFZvAACQbwAArm8AAOBvAADjbwAAMHAAADxwAACAcAAAhnAAANBwAADrcAAAIHEAACxxAABwcQAAdnEAAMBxAADecQAAEHIAACByAABgcgAAbnIAALByAAC2cgAAAHMAAANzAABQcwAAWnMAAKBzAAC+cwAA8HMAAAZ0AABAdAAATHQAAJB0AACTdAAA4HQAAON0AAAwdQAAMnUAAIB1AACXdQAA0HUAANx1AAAgdgAAPHYAAHB2AAB4dgAAgDYNANF2AAAQdwAAHncAAGB3AABsdwAAsHcAAL13AAAAeAAACngAAFB4AABYeAAAoHgAAKF4AADweAAA8ngAAEB5AABDeQAAkHkAAJN5AADQNg0A5XkAADB6AAA2egAAgHoAAId6AADQegAA2HoAACB7AAA2ewAAcHsAAHl7AADAewAAw3sAABB8AAAafAAAYHwAAGh8AACwfAAAyXwAAAB9AAAMfQAAUH0AAFh9AAAgNw0AqH0AAPB9AADzfQAAQH4AAEp+AACQfgAAln4AAOB+AADufgAAMH8AAD1/AACAfwAAl38AAHA3DQDRfwAAcBAMANN/AAAwlwEA1n8AAPA6AgDXfwAAwHUGANh/AAAQWQUA2X8AAIC7AADafwAAgBkCAN1/AABg6QsA338AACCAAADhfwAAcPcGAOZ/AABggQUA538AABD+CgAqgAAAEM8HAC+AAABwgAAAfIAAAMCAAADBgAAAkEkDAMOAAAAQgQAAE4EAAGCBAABngQAA8HIBAGiBAACwgQAAeIEAAEAeAQC3gQAAAIIAAAyCAABQggAAXYIAAKCCAACuggAA8IIAAPyCAABAgwAAR4MAAJCDAACYgwAA4IMAAPCDAAAwhAAANYQAAICEAACGhAAA0IQAANiEAAAghQAAKYUAAHCFAABzhQAAwIUAAMyFAAAQhgAAFoYAAMA3DQB/hgAAEDgNAL2GAAAAhwAAAocAABD0AAADhwAAcFsCAAeHAADg4goAC4cAANA0CgAMhwAAMLUBAA+HAADgLgoAGYcAAGA0AgAghwAAUIcAAF2HAACghwAApYcAAPCHAAD0hwAAQIgAAE2IAACQiAAAmIgAAOCIAACbiAAA0AMJAOeIAAAwiQAA9ogAAKBHBAAyiQAAgIkAAIqJAADQiQAA0okAACCKAAA5igAAcIoAAHKKAADAigAAw4oAABCLAAAciwAAYIsAAGiLAABgOA0AtosAAACMAAC4iwAA0LIOAL+LAADAlAUAwYsAANDoBQDDiwAAsD8BAMyLAADA/QoABowAAGDbAAAYjAAAUIwAAFKMAACgjAAAXYwAAACgAABpjAAAQJIAAK+MAADwjAAA/4wAAECNAABMjQAAkI0AAJONAADgjQAA440AADCOAABIjgAAgI4AAIeOAADQjgAA3I4AACCPAAAtjwAAcI8AAH6PAADAjwAAzI8AABCQAAAXkAAAYJAAAHiQAACwkAAAvJAAAACRAAAGkQAAUJEAAFaRAACgkQAApZEAAPCRAAD2kQAAADkNAEKSAACQkgAAl5IAAOCSAAD4kgAAMJMAADeTAACAkwAAmZMAANCTAADokwAAIJQAACyUAABwlAAAdpQAAMCUAADGlAAAEJUAABWVAABglQAAZpUAAFA5DQDJlQAAAJYAABGWAABQlgAAXpYAAKCWAACvlgAA8JYAAPiWAABAlwAAYJcAAJCXAACclwAA4JcAAPSXAAAwmAAAOJgAAICYAACGmAAA0JgAANyYAAAgmQAAKpkAAHCZAAB2mQAAwJkAAM6ZAAAQmgAAHJoAAGCaAAB7mgAAsJoAALKaAAAAmwAAEZsAAFCbAABYmwAAoJsAAK6bAADwmwAA85sAAECcAABInAAAkJwAAJ2cAADgnAAA5ZwAADCdAAA6nQAAgJ0AAIidAADQnQAA0p0AACCeAAAxngAAcJ4AAIGeAADAngAAxZ4AABCfAAAUnwAAYJ8AAGyfAACwnwAAt58AAKA5DQAFoAAAUKAAAFqgAACgoAAAuKAAAPCgAADzoAAAQKEAAEmhAACQoQAAkaEAAOChAADhoQAAMKIAADWiAACAogAAhqIAANCiAADaogAAIKMAACyjAABwowAAd6MAAMCjAADYowAAEKQAABKkAABgpAAAaaQAALCkAAC6pAAAAKUAAAulAABQpQAAaKUAAKClAAC2pQAA8KUAAPWlAABApgAAR6YAAJCmAACcpgAA8DkNAOKmAACQiwIA5aYAAACpAQDppgAA0GsFAPGmAAAwpwAAMqcAAFBEAgA+pwAAgKcAAIynAADQpwAAj6cAAIAoBwDdpwAAIKgAACqoAABwqAAAcagAADDmDAB4qAAAwKgAAMeoAAAQqQAA26gAAKCGAQAVqQAAYKkAAGypAACwqQAAs6kAAACqAAAIqgAAUKoAAF2qAACgqgAApaoAAPCqAAD6qgAAQKsAAEirAACQqwAAk6sAAOCrAADpqwAAMKwAADGsAACArAAAgawAANCsAADVrAAAIK0AACatAABwrQAAeq0AAMCtAADIrQAAEK4AABKuAABgrgAAaa4AALCuAAC6rgAAAK8AAAuvAABQrwAAXK8AAKCvAACtrwAA8K8AAPqvAABAsAAATrAAAJCwAACfsAAA4LAAAOKwAAAwsQAAOrEAAICxAACOsQAA0LEAANWxAAAgsgAALbIAAHCyAAB4sgAAwLIAAMGyAAAQswAAFrMAAGCzAABlswAAsLMAALqzAAAAtAAABbQAAFC0AABftAAAoLQAAKW0AADwtAAAAbUAAEC1AABItQAAkLUAAJa1AADgtQAA7LUAADC2AABNtgAAgLYAAIm2AADQtgAA3LYAACC3AAAjtwAAcLcAAHq3AADAtwAAzLcAABC4AAAXuAAAYLgAAGi4AACwuAAAybgAAAC5AAAUuQAAULkAAFi5AACguQAAo7kAAPC5AAD8uQAAQLoAAEa6AACQugAAq7oAAOC6AADsugAAMLsAADa7AABAOg0AirsAANC7AADbuwAAILwAACi8AACwzAAALLwAAHC8AAB9vAAAwLwAAMq8AAAQvQAAHr0AAGC9AABvvQAAsL0AALK9AAAAvgAACr4AAFC+AABevgAAoL4AAKW+AADwvgAA/b4AAEC/AABIvwAAkL8AAJG/AADgvwAAlL8AANBWAQCgvwAAcHoBAPG/AAAwwAAAOcAAAIDAAACXwAAA0MAAAN7AAAAgwQAALcEAAHDBAAB4wQAAwMEAAN/BAACQOg0AGcIAAGDCAABqwgAAsMIAALvCAADgOg0AAsMAAFDDAABZwwAAoMMAAKrDAADwwwAA+8MAAEDEAABMxAAAkMQAAJ3EAADgxAAA6sQAADDFAAA+xQAAgMUAAI/FAADQxQAA0sUAACDGAAAqxgAAcMYAAH7GAADAxgAAxcYAABDHAAAdxwAAYMcAAGjHAACwxwAAtscAAADIAAAMyAAAUMgAAG3IAACgyAAAqcgAAPDIAAD+yAAAQMkAAEbJAACQyQAAnMkAAODJAADnyQAAMDsNADLKAACA9gEANsoAAIDKAACFygAA0MoAAI7KAADA5gMA3coAACDLAAA3ywAAcMsAAHHLAADAywAAwssAABDMAAATzAAAYMwAAGPMAACAOw0A0cwAAADNAAABzQAAUM0AAFLNAACgzQAAo80AAPDNAADzzQAA0DsNAEXOAACQzgAAls4AAODOAADnzgAAMM8AAFLPAACAzwAAiM8AANDPAADfzwAAINAAACLQAABw0AAAgdAAAMDQAADR0AAAENEAABzRAABg0QAAZ9EAALDRAAC40QAAANIAAATSAABQ0gAAXtIAAKDSAACq0gAA8NIAAPvSAABA0wAARdMAAJDTAACZ0wAA4NMAAOrTAAAw1AAAONQAAIDUAACC1AAA0NQAAN3UAAAg1QAANNUAAHDVAAB41QAAwNUAAMHVAAAQ1gAAEtYAAGDWAABj1gAAsNYAALPWAAAgPA0ABdcAAFDXAABW1wAAoNcAAKfXAADw1wAA+NcAAEDYAABP2AAAkNgAAJXYAADg2AAA7dgAADDZAABA2QAAgNkAAI7ZAADQ2QAA59kAACDaAAAp2gAAcNoAAHbaAADA2gAAzNoAABDbAAAX2wAAcDwNAGXbAAAQhAIAaNsAALDbAABt2wAAwFAIAL/bAAAA3AAAEdwAAFDcAABe3AAAoNwAAKzcAADw3AAA/dwAAEDdAABK3QAAkN0AAJjdAADg3QAA490AADDeAAA83gAAgN4AAI3eAADQ3gAA2t4AACDfAAAo3wAAcN8AAHLfAADA3wAAyd8AABDgAAAa4AAAYOAAAGvgAACw4AAAxeAAAADhAAAI4QAAUOEAAGnhAACg4QAAqeEAAPDhAAD64QAAQOIAAEjiAACQ4gAAneIAAODiAADl4gAAMOMAADjjAACA4wAAgeMAANDjAADS4wAAIOQAACPkAABw5AAAc+QAAMA8DQDF5AAAEOUAABblAABg5QAAZ+UAALDlAAC45QAAAOYAAA7mAABQ5gAAU+YAAKDmAACo5gAA8OYAAPPmAABA5wAATOcAAJDnAACa5wAAED0NAOHnAAAAQAsA4ucAADDoAADj5wAAQFEKAOrnAAAwQgsA6+cAAEBNBADv5wAAwOMBAPDnAABwCAoABOgAAODIAQA56AAAgOgAAIroAADQ6AAA2+gAACDpAAAs6QAAcOkAAH3pAADA6QAAyukAABDqAAAe6gAAYOoAAG/qAACw6gAAsuoAAADrAAAK6wAAUOsAAF7rAACg6wAApesAAPDrAAD96wAAQOwAAFDsAACQ7AAAkuwAAODsAADu7AAAMO0AAEHtAABgPQ0Ah+0AALA9DQDY7QAAAD4NACnuAABw7gAAeu4AAMDuAADL7gAAEO8AABzvAABg7wAAbe8AALDvAAC67wAAAPAAAA7wAABQ8AAAX/AAAKDwAACi8AAA8PAAAPrwAABA8QAATvEAAJDxAACV8QAA4PEAAO3xAAAw8gAAOPIAAIDyAACQ8gAA0PIAANLyAAAg8wAALvMAAHDzAACB8wAAUD4NAMfzAACgPg0AKfQAAGD0AABx9AAAsPQAALz0AAAA9QAACPUAAPA+DQBV9QAAoPUAAKj1AADw9QAA8vUAAED2AAD19QAAYGwGAP/1AAAgOwQASfYAAJD2AABP9gAA0JoIAJr2AADg9gAA6/YAADD3AAA89wAAgPcAAI33AADQ9wAA2vcAACD4AAAu+AAAcPgAAH/4AADA+AAAwvgAABD5AAAa+QAAYPkAAGz5AACw+QAAuPkAAEA/DQAD+gAAUPoAAF76AACg+gAArfoAAPD6AAAH+wAAQPsAAEj7AACQ+wAApvsAAOD7AADs+wAAMPwAAD/8AACA/AAAi/wAAND8AADS/AAAIP0AAC39AABw/QAAfv0AAMD9AADD/QAAEP4AACb+AABg/gAAaP4AALD+AADC/gAAkD8NAA3/AADg2AoAD/8AAFD/AABV/wAAoP8AAKf/AADw/wAA/P8AAEAAAQBNAAEAkAABAJIAAQDgAAEA9gABADABAQA8AQEAgAEBAJ8BAQDQAQEA7AEBACACAQAoAgEA4D8NAHICAQDAAgEAyQIBABADAQAaAwEAYAMBAGsDAQCwAwEAvAMBAAAEAQANBAEAUAQBAFoEAQCgBAEArgQBAPAEAQD/BAEAQAUBAEIFAQCQBQEAmgUBAOAFAQDuBQEAMAYBADUGAQCABgEAjQYBANAGAQDgBgEAIAcBACIHAQBwBwEAfgcBAMAHAQDRBwEAMEANABcIAQCAQA0AYggBAACNBABlCAEAsAgBAGkIAQBgrQEAbAgBAOClBgBuCAEA0IgBAHQIAQDwEAQAtwgBAIB2CQC9CAEAAAkBABcJAQBQCQEAVQkBAKAJAQCjCQEA8AkBAKoJAQCASAUAvAkBAIBSBQD1CQEAME0FAPwJAQBACgEARgoBANAVAQBPCgEAkAoBAJkKAQDgCgEA5goBADALAQA+CwEAgAsBAIoLAQDQCwEA5AsBACAMAQAsDAEAcAwBAIMMAQDADAEAzwwBABANAQAcDQEAYA0BAGENAQCwDQEAug0BAAAOAQAODgEAUA4BAFUOAQCgDgEArQ4BACBBDQADDwEAQA8BAE8PAQCQDwEAnA8BAOAPAQDhDwEAMBABADoQAQCAEAEAjhABANAQAQDVEAEAIBEBAC0RAQAQQg0AchEBAMARAQDJEQEAEBIBABoSAQBgEgEAaxIBALASAQC8EgEAABMBAA0TAQBQEwEAWhMBAKATAQCuEwEA8BMBAP8TAQBAFAEAQhQBAJAUAQCaFAEA4BQBAO4UAQAwFQEAPRUBAIAVAQCXFQEAYEINAOsVAQAgFgEALBYBAHAWAQB2FgEAwBYBAMwWAQAQFwEAFhcBAGAXAQBmFwEAsBcBALUXAQAAGAEABhgBALBCDQBZGAEAoBgBAKoYAQDwGAEA+xgBAEAZAQBMGQEAkBkBAJ0ZAQDgGQEA6hkBADAaAQA+GgEAgBoBAI8aAQDQGgEA0hoBACAbAQAqGwEAcBsBAH4bAQDAGwEAxRsBABAcAQAdHAEAYBwBAGgcAQCwHAEAwBwBAAAdAQACHQEAUB0BAF4dAQCgHQEAsR0BAKBDDQD3HQEA8EMNAEYeAQCQHgEAnB4BAOAeAQDwHgEAMB8BADkfAQCAHwEAgx8BANAfAQDcHwEAICABACcgAQBwIAEAeCABAMAgAQDeIAEAECEBABghAQBgIQEAcSEBALAhAQC1IQEAACIBABciAQBQIgEAXiIBAKAiAQCtIgEA8CIBAPgiAQBAIwEARCMBAJAjAQCSIwEA4CMBAOMjAQAwJAEAOCQBAIAkAQCGJAEA0CQBANwkAQAgJQEAMCUBAHAlAQB5JQEAwCUBAMMlAQAQJgEAHCYBAGAmAQBnJgEAQEQNALkmAQAAJwEAAycBAFAnAQBeJwEAoCcBAK0nAQDwJwEABygBAEAoAQBIKAEAkCgBAJIoAQDgKAEA6SgBADApAQA6KQEAgCkBAIspAQDQKQEA3CkBACAqAQAtKgEAcCoBAHoqAQDAKgEAzioBABArAQAfKwEAYCsBAGIrAQCwKwEAuisBAAAsAQAOLAEAUCwBAFUsAQCgLAEArSwBAPAsAQD4LAEAQC0BAFYtAQCQLQEAnC0BAOAtAQDvLQEAMC4BADsuAQCALgEAgi4BANAuAQDdLgEAIC8BAC4vAQBwLwEAcy8BAMAvAQDWLwEAkEQNABgwAQDA7QEAHjABAMBWAgAoMAEAYDABAGIwAQCwMAEAwTABAAAxAQARMQEAUDEBAFUxAQCgMQEApDEBAPAxAQD8MQEAQDIBAEcyAQCQMgEAmDIBAOAyAQD+MgEAMDMBADgzAQDgRA0AhTMBANAzAQDRMwEAkFULAN8zAQBAbwoA6TMBACA0AQAiNAEAcDQBAIk0AQDANAEA0TQBABA1AQAcNQEAYDUBAGI1AQCwNQEAuTUBAAA2AQC/NQEAUDsBAAo2AQBQNgEAWzYBAKA2AQCsNgEA8DYBAP02AQBANwEASjcBAJA3AQCeNwEA4DcBAO83AQAwOAEAMjgBAIA4AQCKOAEA0DgBAN44AQAgOQEAJTkBAHA5AQB9OQEAwDkBAMw5AQAQOgEAFjoBAGA6AQBmOgEAsDoBALU6AQAAOwEABjsBADBFDQBfOwEAoDsBAKw7AQDwOwEA8zsBAEA8AQBDPAEAkDwBAJc8AQDgPAEA7DwBADA9AQA9PQEAgD0BAI49AQDQPQEA3D0BACA+AQAnPgEAgEUNAHY+AQDAPgEAxj4BABA/AQAVPwEAYD8BAGY/AQDQRQ0AsT8BANDYAQC6PwEA4PIJALw/AQDAHg0Avj8BABByCgC/PwEAAEABAAxAAQBQQAEAUUABAKBAAQBcQAEAEIEKAKpAAQDwQAEA/kABAEBBAQBFQQEAkEEBAJ1BAQAgRg0A4kEBAEA9CgDuQQEAwDAKAANCAQAwQgEAVUIBAIBCAQCmQgEA0EIBAPdCAQAgQwEAREMBAHBDAQB4QwEAcEYNAMxDAQAQRAEAEkQBAGBEAQBjRAEAsEQBALVEAQAARQEADUUBAFBFAQBsRQEAoEUBAKhFAQDARg0A+UUBAEBGAQD9RQEAoE8BAENGAQCQRgEAnEYBAOBGAQDmRgEAMEcBAD1HAQCARwEAgkcBANBHAQDmRwEAIEgBACxIAQBwSAEAeEgBABBHDQDGSAEAEEkBABhJAQBgSQEAYUkBALBJAQCySQEAAEoBAANKAQBQSgEAU0oBAGBHDQClSgEA8EoBAPZKAQBASwEAR0sBAJBLAQCYSwEA4EsBAO1LAQAwTAEANUwBAIBMAQCKTAEA0EwBANhMAQAgTQEAIk0BAHBNAQCBTQEAwE0BANFNAQAQTgEAFU4BAGBOAQBkTgEAsE4BALxOAQAATwEAB08BAFBPAQBiTwEAsEcNAKVPAQDwTwEA+E8BAEBQAQBCUAEAkFABAJ9QAQDgUAEA71ABADBRAQA8UQEAgFEBAINRAQDQUQEA01EBACBSAQAoUgEAcFIBAHpSAQDAUgEAxVIBABBTAQAYUwEAYFMBAGpTAQCwUwEAu1MBAABUAQAOVAEAUFQBAFNUAQCgVAEAqFQBAPBUAQALVQEAQFUBAEtVAQCQVQEAlVUBAOBVAQDjVQEAMFYBADpWAQCAVgEAklYBAABIDQDeVgEAIFcBACpXAQBwVwEAe1cBAMBXAQDIVwEAEFgBABZYAQBgWAEAYlgBALBYAQDJWAEAAFkBABlZAQBQWQEAXlkBAKBZAQCqWQEA8FkBAAZaAQBAWgEAXVoBAJBaAQCYWgEA4FoBAPBaAQAwWwEAMlsBAIBbAQCOWwEA0FsBAOFbAQBQSA0AJ1wBAKBIDQBxXAEAwFwBANFcAQAQXQEAHF0BAGBdAQBiXQEAsF0BALNdAQAAXgEADF4BAFBeAQBYXgEAQEkNAKteAQDwXgEA/F4BAEBfAQBPXwEAkF8BALBfAQDgXwEA6F8BADBgAQBEYAEAgGABAIVgAQDQYAEA2WABACBhAQAmYQEAcGEBAHhhAQDAYQEAz2EBABBiAQAVYgEAYGIBAG1iAQCwYgEAvWIBAABjAQAMYwEAUGMBAF9jAQCgYwEAqmMBAPBjAQD+YwEAQGQBAEVkAQCQZAEAnWQBAOBkAQDoZAEAMGUBADNlAQCAZQEAjGUBANBlAQDaZQEAIGYBACpmAQBwZgEAfmYBAMBmAQDNZgEAEGcBACdnAQBgZwEAY2cBAJBJDQCzZwEA4F0DALpnAQAA+wQAvWcBAABoAQDAZwEAAK8KAMFnAQCQYwIAxmcBAICzAwAHaAEAMC0CAApoAQCQ/gIAD2gBAJDcCwAbaAEAUGgBAFJoAQCgaAEAsWgBAPBoAQD+aAEAQGkBAEdpAQCQaQEAkmkBAOBpAQCVaQEAAEkCAJhpAQAghAEA72kBADBqAQA/agEAgGoBAIxqAQDQagEA02oBACBrAQAjawEAcGsBAJBrAQDAawEAzGsBABBsAQAkbAEAYGwBAG5sAQCwbAEAt2wBAOBJDQAXbQEAUG0BAFJtAQAgEgoAU20BADARCgBdbQEAoG0BAKJtAQDwbQEA+m0BAEBuAQABbgEAkBUKAEluAQCQbgEAlm4BAOBuAQDsbgEAMG8BADdvAQCAbwEAhW8BANBvAQDcbwEAIHABACNwAQBwcAEAfXABAMBwAQDFcAEAEHEBABpxAQBgcQEAdnEBALBxAQCycQEAAHIBAApyAQBQcgEAX3IBAKByAQCrcgEAMEoNAPxyAQBAcwEATXMBAJBzAQCecwEA4HMBAOxzAQAwdAEAN3QBAIBKDQCFdAEA0HQBAIx0AQBAkAwAjnQBAIC4AwDSdAEAsCkDANV0AQCwLQkA53QBACB1AQAudQEAcHUBAH11AQDAdQEAyHUBABB2AQAadgEAAGgGACB2AQBgdgEAYnYBALB2AQC+dgEAAHcBABF3AQDQSg0AV3cBACBLDQCldwEA8HcBAPZ3AQBAeAEASHgBAJB4AQCZeAEA4HgBAON4AQAweQEAPHkBAIB5AQCGeQEA0HkBANh5AQAgegEAP3oBAMBLDQByegEAwHoBAM56AQAQewEAIXsBABBMDQBnewEAYEwNALV7AQAAfAEABnwBAFB8AQBYfAEAoHwBAKl8AQDwfAEA83wBAEB9AQBMfQEAkH0BAJZ9AQAATQ0A4n0BADB+AQA5fgEAgH4BAIp+AQDQfgEA234BACB/AQAsfwEAcH8BAH1/AQDAfwEAyn8BABCAAQAegAEAYIABAG+AAQCwgAEAsoABAACBAQAKgQEAUIEBAF6BAQCggQEApYEBAPCBAQD9gQEAQIIBAEiCAQCQggEAoIIBAOCCAQDiggEAMIMBAD6DAQCAgwEAkYMBAFBNDQDXgwEAoE0NACmEAQBwhAEAc4QBAMCEAQDMhAEAEIUBABaFAQBghQEAbYUBALCFAQCyhQEAAIYBABaGAQBQhgEAXIYBAPBNDQCshgEA8IYBAPaGAQBAhwEAQ4cBAJCHAQCehwEA4IcBAOWHAQAwiAEAPYgBAICIAQCIiAEAQE4NAN2IAQAgiQEALokBAHCJAQCGiQEAwIkBAMmJAQAQigEAJooBAGCKAQBoigEAsIoBALOKAQAAiwEACYsBAFCLAQBRiwEAoIsBAKGLAQDwiwEA9YsBAECMAQBGjAEAkIwBAJqMAQDgjAEA7IwBADCNAQA3jQEAgI0BAIiNAQDQjQEA0o0BACCOAQAhjgEAcI4BAH6OAQDAjgEAyI4BABCPAQArjwEAYI8BAGyPAQCwjwEAto8BAACQAQADkAEAUJABAF6QAQCgkAEApZABAPCQAQD9kAEAQJEBAEiRAQCQkQEAnpEBAOCRAQDjkQEAkE4NADOSAQCAkgEANJIBAHAjCAA8kgEAIBQIAD6SAQCwowsAQ5IBAEDNCwCDkgEA0JIBAOGSAQAgkwEAPJMBAHCTAQB4kwEA4E4NANGTAQAQlAEAGJQBAGCUAQBmlAEAsJQBALWUAQAAlQEACZUBAFCVAQBalQEAoJUBAK6VAQDwlQEA/ZUBAECWAQBMlgEAkJYBAJOWAQDglgEA/JYBADBPDQAzlwEAgJcBAESXAQBQnQMAjJcBANCXAQDWlwEAIJgBACqYAQCATw0AdZgBAMCYAQDNmAEAEJkBABiZAQCwVg0AHJkBAGCZAQAgmQEAoJ8BAGaZAQCwmQEAtpkBAACaAQAFmgEAUJoBAFaaAQDQTw0AqpoBABATCgCumgEA8JoBAAGbAQAgUA0AR5sBAHBQDQCYmwEAwFANAO6bAQAwnAEAN5wBAICcAQCInAEA0JwBAN2cAQAgnQEAJZ0BAHCdAQB6nQEAwJ0BAMidAQAQngEAFp4BAGCeAQBingEAsJ4BAL6eAQAAnwEAA58BAFCfAQBcnwEAEFENAKKfAQDwnwEA/p8BAECgAQBRoAEAYFENAJegAQCwUQ0A5qABADChAQA2oQEAgKEBAIWhAQDQoQEA1qEBAABSDQAiogEAcKIBACyiAQBwvQQAi6IBAMCiAQDCogEAEKMBACqjAQBgowEAbaMBADAnCABxowEAsKMBALKjAQAApAEADaQBAFCkAQBnpAEAoKQBALqkAQDwpAEA8qQBAEClAQBDpQEAkKUBAJOlAQDgpQEA7KUBADCmAQA2pgEAgKYBAIqmAQBQUg0A1aYBACCnAQAtpwEAcKcBAHynAQDApwEAxqcBABCoAQAWqAEAYKgBAGWoAQCwqAEAtqgBAKBSDQAHqQEAoPkLAAmpAQAQVgMADakBAIB4AgARqQEA4BQLABapAQBQqQEAUakBAKCpAQBmqQEAUCkEAKKpAQDwqQEArqkBAJCQAgD2qQEAQKoBAE6qAQCQqgEAk6oBAOCqAQDlqgEAMKsBAD2rAQCAqwEAkKsBANCrAQDSqwEAIKwBAC6sAQBwrAEAgawBAPBSDQDGrAEAEK0BABytAQBAUw0Aca0BALCtAQC6rQEAAK4BAA6uAQBQrgEAUa4BAKCuAQCxrgEA8K4BAPyuAQBArwEAUK8BAJCvAQCSrwEA4K8BAO6vAQAwsAEAQbABAJBTDQCGsAEA0LABANywAQDgUw0AJrEBAHCxAQB2sQEAwLEBAMWxAQAQsgEAFrIBAIBUDQBosgEAsLIBALqyAQDgvgsAybIBAACzAQAJswEAULMBAFqzAQCgswEAqLMBAPCzAQD0swEAQLQBAEK0AQCQtAEAk7QBAOC0AQD8tAEA0FQNAEO1AQCAtQEAgbUBANC1AQDctQEAILYBAC+2AQBwtgEAerYBAMC2AQDMtgEAELcBABe3AQAgVQ0AZrcBACCjCgBztwEAsLcBAL+3AQAAuAEADLgBAFC4AQBRuAEAoLgBAKq4AQDwuAEA/rgBAEC5AQBFuQEAkLkBAJ25AQDAVQ0A6LkBADC6AQA8ugEAgLoBAJO6AQDQugEA0boBACC7AQAsuwEAcLsBAH+7AQDAuwEAyrsBABC8AQAcvAEAYLwBAGe8AQAQVg0AwbwBAAC9AQAMvQEAUL0BAGC9AQCgvQEAqr0BAPC9AQD4vQEAQL4BAGu+AQCQvgEAbL4BAPDCAQC7vgEA4L4BAOi+AQAwvwEANr8BAIC/AQCOvwEA0L8BAOe/AQAgwAEAK8ABAHDAAQB6wAEAwMABAOrAAQAQwQEAGMEBAGDBAQBwwQEAsMEBALLBAQAAwgEADsIBAFDCAQBhwgEAAFcNAKfCAQBQVw0AG8MBAEDDAQBIwwEAkMMBAJbDAQDgwwEA7sMBADDEAQBHxAEAgMQBAIvEAQDQxAEA2sQBACDFAQBKxQEAcMUBAHjFAQDAxQEA0MUBABDGAQASxgEAYMYBAG7GAQCwxgEAwcYBAKBXDQAHxwEA8FcNAFLHAQCgxwEArscBAPDHAQAByAEAQFgNAEfIAQCQWA0AmMgBAOBYDQDoyAEAMFkNADLJAQCAyQEAjskBANDJAQDhyQEAgFkNACbKAQBwygEAfMoBANBZDQDJygEAEMsBAB3LAQBgywEAbssBALDLAQC6ywEAAMwBABrMAQBQzAEAU8wBAKDMAQCnzAEA8MwBABDNAQBAzQEAWs0BACBaDQCdzQEA4M0BAKHNAQBgIAIAps0BAOByAgDuzQEAMM4BADrOAQCAzgEAms4BANDOAQDgzgEAIM8BACbPAQBwzwEAcs8BAMDPAQDWzwEAENABABzQAQBg0AEAZNABALDQAQC10AEAANEBAAbRAQBQ0QEAcNEBAKDRAQC60QEA8NEBAPLRAQBA0gEAQ9IBAJDSAQCT0gEA4NIBAOzSAQAw0wEANtMBAIDTAQCK0wEAcFoNANXTAQAg1AEALdQBAHDUAQB81AEAwNQBANPUAQAQ1QEAH9UBAGDVAQBs1QEAsNUBALHVAQAA1gEACtYBAFDWAQBe1gEAoNYBAKXWAQDw1gEA/dYBAMBaDQBB1wEAIDoKAELXAQAgTgoAQ9cBAOB5CgBG1wEAwOcHAEfXAQBwPwoAStcBAMAgCwBL1wEAIEQKAEzXAQAwYgkATdcBAODoCQBO1wEA4LsJAE/XAQAwhQQAUNcBAJDXAQBY1wEAkGEOAFrXAQDwhgsAXNcBABB1DABj1wEAwI4LAGvXAQDQkgsAftcBAIAkCwCS1wEA4NcBAO7XAQAw2AEAQdgBABBbDQCH2AEAYFsNANzYAQAg2QEAL9kBAHDZAQB62QEAwNkBAMzZAQAQ2gEA49kBABBOCwAX2gEAAFwNAGLaAQCw2gEAwdoBAADbAQAJ2wEAUNsBAFzbAQCg2wEAo9sBAPDbAQD42wEAQNwBAErcAQCQ3AEAldwBAODcAQDo3AEAMN0BAEndAQCA3QEAjN0BANDdAQDY3QEAoFwNACjeAQDwXA0Ac94BAMDeAQDD3gEAEN8BABzfAQBg3wEAZt8BALDfAQC63wEAQF0NAAXgAQBQ4AEAXeABAKDgAQCo4AEAkF0NAPbgAQBA4QEARuEBAJDhAQCV4QEA4OEBAObhAQDgXQ0AOOIBADBeDQCC4gEAwBMJAIXiAQDQ4gEAjOIBAJDQCADa4gEAIOMBAN/iAQAw5wYAKOMBALCpCgA84wEAcOMBAHjjAQCAXg0AxeMBABDkAQAm5AEAYOQBAGHkAQCw5AEAsuQBAADlAQAG5QEAUOUBAFzlAQCg5QEAp+UBAPDlAQD45QEAQOYBAEnmAQCQ5gEAk+YBAODmAQDu5gEAMOcBAD3nAQCA5wEAl+cBANDnAQDY5wEAIOgBACzoAQAQ6QEAS+gBAHDoAQCb6AEAwOgBAOToAQDQXg0ALekBAGDpAQBp6QEAUOoBAHHpAQCw6QEA3ukBAADqAQAk6gEAIF8NAFLqAQCg6gEAseoBAPDqAQAe6wEAQOsBAGTrAQBwXw0AlusBALCGBQCZ6wEA4OsBAJzrAQBgAgwA6usBADDsAQDt6wEAMI4FAO7rAQAgwAsAOOwBAIDsAQCE7AEA0OwBANLsAQAg7QEAI+0BAHDtAQCM7QEAwF8NAMXtAQDAJgoAyu0BALCVCgDM7QEAEO4BANDtAQDAWQkALe4BAGDuAQBp7gEAsO4BALLuAQAA7wEAEe8BABBgDQBV7wEAoO8BAKnvAQDw7wEAAfABAEDwAQBH8AEAkPABAJjwAQDg8AEAqvABANAPAgDt8AEAgPEBAO/wAQDA8gEA+fABADDxAQA88QEAYGANAIXxAQDQ8QEA2vEBACDyAQAo8gEAsGANAHzyAQAAYQ0AxfIBABDzAQAd8wEAYPMBAGrzAQCw8wEAsvMBAAD0AQAO9AEAUPQBAF30AQBQYQ0ApfQBAPD0AQD99AEAQPUBAEr1AQCQ9QEAkvUBAOD1AQDu9QEAMPYBAD32AQCgYQ0AjfYBAND2AQDa9gEA8GENACj3AQBw9wEAcvcBAADgCwCH9wEAwPcBAMX3AQAQ+AEAGvgBAGD4AQBo+AEAQGINALr4AQAA+QEADPkBAFD5AQBT+QEAoPkBAKr5AQDw+QEACvoBAED6AQBX+gEAkPoBAJX6AQDg+gEA/PoBAJBiDQA6+wEAgPsBAEH7AQCAxAYAjPsBAND7AQDT+wEAIPwBACr8AQBw/AEAivwBAMD8AQDG/AEAEP0BABL9AQBg/QEAbv0BALD9AQCz/QEAAP4BAAz+AQBQ/gEAU/4BAKD+AQDD/gEA4GINAPL+AQBA/wEATv8BAJD/AQCT/wEA4P8BAOz/AQAwAAIAMwACADBjDQCLAAIA0AACANYAAgAgAQIAJQECAHABAgB0AQIAwAECAMMBAgCAYw0AEQICANABCwATAgIA0GQMABYCAgBgAgIAGQICAPBdDAAaAgIAwAYCABwCAgDQSwwAHgICAKBEDAAfAgIAEFIMACACAgCQbQwAJwICACAmCgAqAgIAoIYLAGwCAgCwAgIA2QICAAADAgAMAwIAUAMCAF8DAgCgAwIAqgMCAPADAgDzAwIAQAQCAFoEAgCQBAIAmgQCAOAEAgDlBAIAMAUCADoFAgCABQIAiwUCANAFAgDWBQIAIAYCACUGAgBwBgIAdAYCANBjDQDFBgIAEAcCAM4GAgCgWAwAGgcCAGAHAgBrBwIAsAcCALYHAgAACAIABQgCAFAIAgBUCAIAIGQNAKcIAgDgSwsAqAgCAOCcCgCqCAIAoNELALoIAgDwCAIA+ggCAEAJAgBLCQIAkAkCAJYJAgDgCQIA5QkCADAKAgA0CgIAgAoCAKMKAgBwZA0A0goCACALAgDTCgIAMAcKANUKAgCQuAcA2QoCAICyCQDcCgIAkBMCAN4KAgCwkwwALQsCAMA4AgAuCwIAcAsCAHMLAgDACwIAzAsCABAMAgAoDAIAYAwCAGwMAgCwDAIAtgwCAAANAgAGDQIAUA0CAFUNAgCgDQIApg0CAMBkDQD6DQIAQA4CAEsOAgCQDgIAlg4CAOAOAgDlDgIAMA8CADQPAgCADwIAgw8CABBlDQDaDwIAIBACACsQAgBwEAIAdhACAMAQAgDFEAIAEBECABQRAgBgZQ0AYRECALARAgC8EQIAABICAAwSAgBQEgIAVhICAKASAgCmEgIA8BICAPUSAgBAEwIARhMCALBlDQCSEwIAYKAEAJcTAgBgrwQAnxMCAFBOAgCgEwIA4BMCAOwTAgAwFAIANhQCAIAUAgCMFAIA0BQCAN0UAgAgFQIALxUCAHAVAgB8FQIAwBUCAMwVAgAQFgIAFhYCAGAWAgBmFgIAsBYCALUWAgAAFwIABhcCAABmDQBaFwIAIBAHAGYXAgCgFwIAaRcCAKDuBwCsFwIA8BcCAPgXAgDQDQ4A/BcCAEAYAgBGGAIAkBgCAJYYAgDgGAIA5RgCADAZAgA2GQIAUGYNAIgZAgBQYA4AihkCANAZAgDWGQIAIBoCANwZAgDQzQIALhoCAHAaAgCJGgIAwBoCAMkaAgAQGwIAGhsCAGAbAgBsGwIAsBsCALwbAgAAHAIABhwCAFAcAgBWHAIAoBwCAKUcAgDwHAIA9hwCAKBmDQBMHQIAkB0CAJodAgDgHQIA6x0CADAeAgA1HgIAgB4CAIceAgDQHgIA3B4CACAfAgAmHwIAcB8CAHYfAgDAHwIAxR8CABAgAgAWIAIA8GYNAHEgAgCwIAIAsSACAAAhAgC2IAIAsCUCAAUhAgBQIQIAXiECAKAhAgCtIQIA8CECAPohAgBAIgIATCICAJAiAgCWIgIA4CICAOwiAgAwIwIAQyMCAIAjAgCPIwIA0CMCANwjAgAgJAIAISQCAHAkAgB6JAIAwCQCAM4kAgAQJQIAFSUCAGAlAgBtJQIAQGcNALwlAgAAJgIAECYCAFAmAgBcJgIAoCYCAKYmAgDwJgIA/CYCAEAnAgBNJwIAkCcCAJ8nAgDgJwIA7CcCADAoAgA8KAIAgCgCAJMoAgDQKAIA3ygCACApAgAsKQIAcCkCAHEpAgDAKQIAyikCABAqAgAeKgIAYCoCAGUqAgCwKgIAvSoCAJBnDQACKwIAQKsFAAwrAgBQKwIADSsCADCGCAAOKwIAwBcKAGQrAgCgKwIArCsCAPArAgD2KwIAQCwCAEYsAgCQLAIAlSwCAOAsAgDmLAIA4GcNADwtAgCALQIAjS0CACCIAgCTLQIA0C0CANUtAgBgPgIA2C0CAIDIAgDcLQIAIC4CACYuAgBwLgIAdi4CAMAuAgDFLgIAEC8CABYvAgAwaA0AbC8CALAvAgC2LwIAADACAAUwAgBQMAIAVzACAKAwAgCuMAIA8DACAAsxAgBAMQIATjECAJAxAgCTMQIA4DECAO4xAgAwMgIANTICAIAyAgCNMgIA0DICANwyAgAgMwIAJjMCAHAzAgB2MwIAwDMCAMUzAgAQNAIAFjQCAIBoDQBlNAIAsDQCALk0AgAANQIADTUCAFA1AgBXNQIAoDUCALE1AgDwNQIA9TUCAEA2AgBPNgIAkDYCAJI2AgDgNgIA8TYCADA3AgA8NwIAgDcCAIY3AgDQNwIA1jcCACA4AgAlOAIAcDgCAHY4AgDQaA0A1zgCABA5AgAcOQIAYDkCAGw5AgCwOQIAtjkCAAA6AgAGOgIAUDoCAFU6AgCgOgIApjoCACBpDQD2OgIAcGoCAAc7AgBAOwIASTsCAJA7AgCmOwIA4DsCAOw7AgAwPAIAPTwCAIA8AgCKPAIA0DwCANw8AgAgPQIAJj0CAHA9AgB2PQIAwD0CAMU9AgAQPgIAFj4CAHBpDQBpPgIAsD4CALo+AgAAPwIABT8CAFA/AgBgPwIAoD8CALk/AgDwPwIA9T8CAEBAAgBJQAIAkEACAJ1AAgDgQAIA50ACADBBAgAzQQIAgEECAIxBAgDQQQIA40ECACBCAgAvQgIAcEICAHxCAgDAQgIAwUICABBDAgAaQwIAYEMCAG5DAgCwQwIAtUMCAABEAgANRAIAwGkNAFNEAgCgRAIAo0QCAPBEAgD9RAIAoNMJAP9EAgBARQIAQkUCAJBFAgCTRQIA4EUCAOpFAgAwRgIAPEYCAIBGAgCTRgIA0EYCAN9GAgAgRwIALEcCAHBHAgBxRwIAwEcCAMpHAgAQSAIAHkgCAGBIAgBlSAIAsEgCAL1IAgAQag0AAUkCAFBJAgBcSQIAoEkCAKZJAgDwSQIA8kkCAEBKAgBKSgIAkEoCAJ5KAgDgSgIA5UoCADBLAgA9SwIAgEsCAIxLAgDQSwIA40sCACBMAgAvTAIAcEwCAHxMAgDATAIAwUwCABBNAgAaTQIAYE0CAG5NAgCwTQIAtU0CAABOAgANTgIAYGoNAFlOAgCgTgIAXE4CABCkCgCmTgIA8E4CAPNOAgBATwIATk8CAJBPAgCVTwIA4E8CAO1PAgAwUAIAPFACAIBQAgCGUAIA0FACANZQAgAgUQIAJVECAHBRAgB2UQIAsGoNAMJRAgAQUgIAx1ECAFA2CwAfUgIAYFICAIBSAgCwUgIAtVICAABTAgAbUwIAUFMCAFxTAgCgUwIAplMCAPBTAgAAVAIAQFQCAFFUAgCQVAIAlVQCAOBUAgDkVAIAMFUCADxVAgCAVQIAhlUCANBVAgDWVQIAIFYCACVWAgBwVgIAdlYCAABrDQDWVgIAEFcCABFXAgBgVwIAcVcCALBXAgC8VwIAAFgCABZYAgBQWAIAXFgCAKBYAgCtWAIA8FgCAPpYAgBAWQIATFkCAJBZAgCXWQIA4FkCAOxZAgAwWgIANloCAIBaAgCGWgIA0FoCANVaAgAgWwIAJlsCAFBrDQByWwIAUAgMAHlbAgDAWwIAwVsCABBcAgARXAIAYFwCAGVcAgCwXAIAtlwCAABdAgAKXQIAUF0CAFxdAgCgXQIAp10CAPBdAgD1XQIAQF4CAEFeAgCQXgIAnF4CAOBeAgDmXgIAMF8CADJfAgCAXwIAil8CANBfAgDeXwIAIGACACVgAgBwYAIAfWACAMBgAgDMYAIAEGECACNhAgBgYQIAb2ECALBhAgC8YQIAAGICAAFiAgBQYgIAWmICAKBiAgCuYgIA8GICAPViAgBAYwIATWMCAKBrDQChYwIA4GMCAOxjAgAwZAIAR2QCAIBkAgCCZAIA0GQCAOFkAgAgZQIAImUCAHBlAgB2ZQIAwGUCANdlAgAQZgIAGWYCAGBmAgB2ZgIAsGYCALxmAgAAZwIADWcCAFBnAgBaZwIAoGcCAKxnAgDwZwIAA2gCAEBoAgBPaAIAkGgCAJxoAgDgaAIA4WgCADBpAgA6aQIAgGkCAI5pAgDQaQIA1WkCACBqAgAtagIA8GsNAHJqAgDAagIA1GoCABBrAgAeawIAYGsCAG1rAgCwawIAt2sCAABsAgAMbAIAUGwCAGNsAgCgbAIApWwCAPBsAgD5bAIAQG0CAEptAgCQbQIAlW0CAOBtAgDwbQIAMG4CAEluAgCAbgIAhW4CANBuAgDZbgIAIG8CAC1vAgBwbwIAd28CAMBvAgDDbwIAEHACABxwAgBgcAIAc3ACALBwAgC/cAIAAHECAAxxAgBQcQIAUXECAKBxAgCqcQIA8HECAP5xAgBAcgIARXICAJByAgCdcgIAQGwNAPlyAgAwcwIAPHMCAIBzAgCGcwIA0HMCAOBzAgAgdAIAJXQCAHB0AgB2dAIAwHQCANZ0AgAQdQIAEnUCAGB1AgBqdQIAsHUCALx1AgAAdgIAE3YCAFB2AgBfdgIAoHYCAKx2AgDwdgIA8XYCAEB3AgBKdwIAkHcCAJ53AgDgdwIA5XcCADB4AgA9eAIAkGwNAIN4AgAAJwsAingCAKAmDACMeAIAMEUIAI14AgAwQAMAj3gCANB4AgDZeAIAIHkCACZ5AgBweQIAdnkCAMB5AgDMeQIAEHoCAB16AgBgegIAanoCALB6AgDGegIAAHsCAAV7AgBQewIAV3sCAKB7AgCuewIA8HsCAAB8AgBAfAIATnwCAJB8AgCffAIA4HwCAOJ8AgAwfQIAOn0CAIB9AgCOfQIA0H0CANV9AgAgfgIALX4CAHB+AgB8fgIAwH4CANN+AgAQfwIAH38CAGB/AgBsfwIAsH8CALF/AgAAgAIACoACAFCAAgBegAIAoIACAKWAAgDwgAIA/YACAOBsDQBCgQIAkIECAEyBAgBgPQgAoYECAOCBAgDpgQIAMIICADyCAgCAggIAjIICANCCAgDWggIAIIMCACaDAgBwgwIAdYMCAMCDAgDGgwIAMG0NABaEAgCAbQ0AbIQCANBtDQCzhAIAcG4NAAOFAgDAbg0ABYUCAGDsAwBThQIAAAoKAF2FAgCghQIAqoUCAPCFAgDyhQIAQIYCAFOGAgCQhgIAnIYCAOCGAgDmhgIAMIcCADaHAgCAhwIAhYcCANCHAgDWhwIAEG8NACqIAgBwiAIAcogCAMCIAgDKiAIAEIkCAB6JAgBgiQIAZYkCALCJAgC9iQIAAIoCAAyKAgBQigIAVooCAKCKAgCmigIA8IoCAPWKAgBAiwIARosCAGBvDQCZiwIAcJcMAJ2LAgDgiwIAoYsCAGDrCQDtiwIAMIwCAP+LAgDgDAQANYwCAICMAgCKjAIA0IwCANiMAgAgjQIA54wCANA8DAAmjQIA0MoKAC6NAgAg8woAL40CAMBCBwAwjQIAcI0CADGNAgCgtQkAfo0CAMCNAgDNjQIAEI4CABeOAgBgjgIAaI4CALCOAgCxjgIAIIYJALOOAgAAjwIAxo4CAECECQAUjwIAUI8CAGaPAgCgjwIAuY8CAPCPAgD1jwIAQJACAFGQAgCwbw0AoZACAOCQAgDikAIAMJECADqRAgCAkQIAjpECANCRAgDVkQIAIJICAC2SAgBwkgIAeJICAMCSAgDMkgIAEJMCANCSAgBQlAIAFpMCAGCTAgBmkwIAsJMCALWTAgAAlAIABpQCAABwDQBSlAIAoJQCAK6UAgDwlAIAAZUCAFBwDQBHlQIAoHANAJiVAgDglQIA7pUCADCWAgDvlQIAMJsCAD2WAgCAlgIAj5YCANCWAgDVlgIAIJcCADaXAgBwlwIAcZcCAMCXAgDClwIAEJgCABqYAgBgmAIAbpgCALCYAgDJmAIAAJkCABGZAgBQmQIAXJkCAKCZAgComQIAkHENAASaAgBAmgIAQZoCAJCaAgCcmgIA4JoCAOOaAgDgcQ0AMpsCAICbAgCNmwIA0JsCAN2bAgAgnAIAJZwCAHCcAgB6nAIAwJwCAMicAgAQnQIAIJ0CAGCdAgBunQIAsJ0CAL2dAgAAngIAB54CAFCeAgBYngIAoJ4CAKOeAgDwngIABJ8CAECfAgBWnwIAkJ8CAKmfAgDgnwIA5Z8CADCgAgBBoAIAMHINAIigAgCAcg0AjKACACBVCACcoAIAILMOAN2gAgAgoQIAJ6ECAHChAgB8oQIAwKECANChAgAQogIAHqICAGCiAgBtogIAsKICALyiAgAAowIAB6MCANByDQBSowIAoKMCAFWjAgBQmAMAraMCAPCjAgD9owIAQKQCAEWkAgCQpAIAmqQCAOCkAgDopAIAMKUCADmlAgCApQIAg6UCANClAgDcpQIAIHMNACWmAgBwpgIALKYCAMDmCAB1pgIAwKYCAMimAgAQpwIAJqcCAGCnAgBipwIAsKcCAL2nAgAAqAIAFKgCAHBzDQBVqAIAoKgCAKioAgDw3ggAqqgCAPCoAgD4qAIAQKkCAEypAgCQqQIAnakCAOCpAgDlqQIAMKoCADmqAgCAqgIAl6oCANCqAgDbqgIAwHMNAC6rAgBwqwIAc6sCAMCrAgDDqwIAEKwCAB6sAgBgrAIAbawCALCsAgDHrAIAAK0CAAitAgBQrQIAVq0CAKCtAgCsrQIA8K0CAPqtAgBArgIASa4CAJCuAgCWrgIA4K4CAO2uAgAQdA0APK8CAICvAgA+rwIAIOsIAI+vAgDQrwIA4a8CACCwAgAisAIAcLACAHawAgDAsAIAzLACABCxAgAXsQIAYLECAGixAgCwsQIAsrECAACyAgANsgIAULICAFeyAgCgsgIAqLICAPCyAgD9sgIAQLMCAEWzAgCQswIAmrMCAOCzAgDoswIAMLQCADm0AgCAtAIAg7QCANC0AgDctAIAILUCACe1AgBgdA0AfbUCAMC1AgCGtQIAcLoCAKa1AgAw7wgA27UCABC2AgAStgIAYLYCAHG2AgCwtgIAvrYCAAC3AgAHtwIAULcCAFi3AgCgtwIApbcCAPC3AgDxtwIAQLgCAEy4AgCQuAIAlrgCAOC4AgDiuAIAMLkCADq5AgCAuQIAjrkCANC5AgDVuQIAILoCAC26AgCwdA0AcboCAMC6AgDFugIAELsCABa7AgBguwIAarsCALC7AgC8uwIAALwCAAe8AgBQvAIAWLwCAKC8AgCivAIA8LwCAP28AgBAvQIAR70CAJC9AgCYvQIA4L0CAO29AgAwvgIANb4CAIC+AgCKvgIA0L4CANi+AgAgvwIAKb8CAHC/AgBzvwIAwL8CAMy/AgAQwAIAF8ACAAB1DQBswAIAwOEIAHTAAgCwwAIAvcACAADBAgAKwQIAUMECAFLBAgCgwQIAs8ECAPDBAgD4wQIAQMICAEzCAgCQwgIAlsICAODCAgDmwgIAMMMCADXDAgCAwwIAhsMCAFB1DQDewwIAIMQCAC/EAgBwxAIAjMQCAMDEAgCQxAIAMAQDAMjEAgCgdQ0AGcUCAGDFAgBtxQIAsMUCALrFAgAAxgIADsYCAFDGAgBmxgIAoMYCAKzGAgDwxgIA+MYCAPB1DQBGxwIAkMcCAJbHAgDgxwIA5ccCADDIAgA2yAIAQHYNAIXIAgDQyAIA2cgCACDJAgAqyQIAcMkCAHjJAgDAyQIAxckCABDKAgAgygIAYMoCAGjKAgCwygIAtsoCAJDMAgDJygIAAMsCAAXLAgBQywIAWcsCAKDLAgCtywIA8MsCAPfLAgBAzAIAQ8wCAJB2DQCSzAIA4MwCAO3MAgAwzQIAR80CAIDNAgCMzQIA4HYNAObNAgAgzgIAIc4CAHDOAgB6zgIAwM4CAMjOAgAQzwIAGs8CAGDPAgBlzwIAsM8CALjPAgAA0AIAAtACAFDQAgAD0AIAUNUCAAfQAgBw4gIAFtACAODbAgBX0AIAoNACAKfQAgDw0AIA+NACAEDRAgBE0QIAkNECAJ7RAgDg0QIA6tECADDSAgA70gIAgNICAIjSAgDQ0gIA1dICACDTAgA70wIAcNMCAHzTAgDA0wIAxtMCABDUAgAg1AIAYNQCAHHUAgCw1AIAtdQCAADVAgAE1QIAMHcNAFnVAgCg1QIAudUCAPDVAgD61QIAQNYCAEbWAgCQ1gIAktYCAODWAgDv1gIAMNcCADrXAgCA1wIAiNcCANDXAgDU1wIAINgCAC7YAgBw2AIAetgCAMDYAgDL2AIAENkCABjZAgBg2QIAZdkCALDZAgDL2QIAANoCAAzaAgBQ2gIAVtoCAKDaAgCw2gIA8NoCAAHbAgBA2wIARdsCAJDbAgCU2wIAgHcNAOnbAgAw3AIAQdwCAIDcAgCK3AIA0NwCAN7cAgAg3QIAId0CAHDdAgCB3QIAwN0CANTdAgAQ3gIAGN4CAGDeAgBk3gIAsN4CAL7eAgAA3wIACt8CAFDfAgBb3wIAoN8CAKjfAgDw3wIA9d8CAEDgAgBb4AIAkOACAJzgAgDg4AIA5uACADDhAgBA4QIAgOECAJHhAgDQ4QIA1eECACDiAgAk4gIA0HcNAH7iAgDA4gIA2+ICABDjAgAe4wIAYOMCAGfjAgCw4wIAvOMCAADkAgAI5AIAIHgNAF7kAgCg5AIAquQCAPDkAgD75AIAQOUCAEjlAgCQ5QIAleUCAODlAgD75QIAMOYCADzmAgCA5gIAhuYCANDmAgDg5gIAIOcCADHnAgBw5wIAdecCAMDnAgDE5wIAcHgNACHoAgBg6AIAaOgCALDoAgCx6AIAAOkCAAXpAgBQ6QIAXukCAKDpAgCt6QIA8OkCAPrpAgBA6gIATOoCAJDqAgCW6gIA4OoCAOjqAgAw6wIAN+sCAIDrAgCM6wIA0OsCANbrAgAg7AIALOwCAHDsAgCA7AIAwOwCAMzsAgAQ7QIAFu0CAGDtAgBs7QIAsO0CAL3tAgAA7gIAD+4CAFDuAgBc7gIAwHgNAKPuAgDw7gIA8+4CAEDvAgBO7wIAkO8CAKfvAgDg7wIA7e8CADDwAgBG8AIAgPACAIzwAgDQ8AIA3fACACDxAgAq8QIAcPECAHjxAgDA8QIAyvECABDyAgAV8gIAYPICAGjyAgCw8gIAvPICAADzAgAN8wIAUPMCAFrzAgCg8wIApvMCAPDzAgAE9AIAQPQCAEj0AgCQ9AIAnvQCAOD0AgDt9AIAMPUCADj1AgCA9QIAjfUCAND1AgDe9QIAIPYCADH2AgBw9gIAePYCAMD2AgDW9gIAEPcCABL3AgBg9wIAYfcCABB5DQC+9wIAAPgCAA/4AgBQ+AIAXPgCAKD4AgCo+AIAYHkNAPX4AgBA+QIASfkCAJD5AgCd+QIA4PkCAOf5AgAw+gIAM/oCAID6AgCI+gIA0PoCANX6AgAg+wIAKfsCAHD7AgB6+wIAwPsCAMj7AgAQ/AIAFfwCAGD8AgBw/AIAsPwCALj8AgAA/QIABv0CAFD9AgBS/QIAoP0CAK39AgDw/QIAB/4CAED+AgBM/gIAsHkNAJz+AgDg/gIA9/4CADD/AgA8/wIAgP8CAIb/AgDQ/wIA2P8CACAAAwAnAAMAcAADAH4AAwDAAAMA2wADABABAwAeAQMAYAEDAGcBAwCwAQMAvAEDAAACAwAIAgMAAHoNAGQCAwCgAgMAqAIDAPACAwAfAwMAQAMDAEwDAwCQAwMAlgMDAOADAwDlAwMAUHoNADwEAwCABAMAhwQDANAEAwDYBAMAIAUDACIFAwBwBQMAegUDAMAFAwDIBQMAoHoNAB4GAwAwEwMAHwYDAGAGAwBiBgMAsAYDAMEGAwAABwMAEQcDAFAHAwBcBwMAoAcDAKcHAwDwBwMA+AcDAEAIAwBqCAMAkAgDAJUIAwDgCAMA4QgDADAJAwA6CQMAgAkDAI4JAwDQCQMA1QkDACAKAwAtCgMAcAoDAIwKAwDACgMA3AoDAPB6DQAdCwMAYAsDAGQLAwCwCwMAtgsDAAAMAwACDAMAUAwDAFEMAwCgDAMAwwwDAPAMAwAUDQMAQA0DAGoNAwCQDQMAmA0DAOANAwDlDQMAMA4DAD0OAwCADgMAiA4DANAOAwDSDgMAIA8DACgPAwBwDwMAmg8DAMAPAwDNDwMAEBADABUQAwBgEAMAbRADALAQAwC8EAMAABEDACoRAwBQEQMAWBEDAKARAwC7EQMA8BEDAPIRAwBAEgMAURIDAJASAwCZEgMA4BIDAOwSAwBAew0APRMDAIATAwCHEwMA0BMDANwTAwAgFAMAMxQDAHAUAwB4FAMAwBQDAMUUAwAQFQMAGRUDAGAVAwBqFQMAsBUDALgVAwAAFgMABRYDAFAWAwBgFgMAoBYDAKgWAwDwFgMACRcDAEAXAwBFFwMAkBcDAJkXAwDgFwMA7RcDADAYAwA3GAMAgBgDAIMYAwCQew0A0hgDACAZAwAqGQMAcBkDAHIZAwDAGQMA2RkDABAaAwASGgMAYBoDAGMaAwCwGgMAvBoDAAAbAwAIGwMA4HsNAGQbAwCgGwMAoxsDAPAbAwD6GwMAQBwDAEwcAwCQHAMAphwDAOAcAwDoHAMAMB0DAD4dAwCAHQMAgx0DANAdAwDYHQMAIB4DACMeAwBwHgMALh4DAAAlAwB6HgMAwB4DAHseAwCQIQMAwh4DABAfAwAWHwMAYB8DAGofAwCwHwMAvh8DAAAgAwANIAMAUCADAGcgAwCgIAMAqCADAPAgAwD5IAMAQCEDAEEhAwAwfA0AmSEDAOAhAwDqIQMAMCIDADoiAwCAIgMAjiIDANAiAwDdIgMAICMDADcjAwBwIwMAeCMDAMAjAwDHIwMAECQDABUkAwBgJAMAZCQDALAkAwC9JAMAgHwNAA0lAwBQJQMAWCUDAKAlAwCmJQMA8CUDAPwlAwBAJgMATyYDAJAmAwCVJgMA4CYDAPsmAwAwJwMAPCcDAIAnAwCGJwMA0CcDAOQnAwAgKAMAKCgDAHAoAwCGKAMAwCgDAMUoAwAQKQMAFykDAGApAwBsKQMA0HwNALcpAwAAKgMADioDAFAqAwBdKgMAoCoDALcqAwDwKgMA+CoDAEArAwBGKwMAkCsDAJwrAwDgKwMA5ysDADAsAwA+LAMAgCwDAIMsAwDQLAMA2CwDACAtAwAuLQMAcC0DAHMtAwDALQMAyC0DABAuAwAhLgMAYC4DAGUuAwCwLgMAsi4DAAAvAwAHLwMAUC8DAF4vAwCgLwMArS8DAPAvAwAHMAMAQDADAEgwAwCQMAMAmjADAOAwAwDrMAMAMDEDADwxAwCAMQMAiDEDACB9DQDSMQMAIDIDACoyAwBwMgMAcjIDAMAyAwDDMgMAEDMDABwzAwBgMwMAajMDALAzAwC4MwMAADQDAA40AwBQNAMAXTQDAKA0AwCoNAMA8DQDAAY1AwBANQMATDUDAJA1AwCmNQMA4DUDAOU1AwAwNgMANjYDAIA2AwCUNgMAcH0NANM2AwAgNwMAKDcDAHA3AwB+NwMAwDcDAIY3AwDQ0wYAzTcDABA4AwAYOAMAYDgDAGo4AwCwOAMAuzgDAAA5AwAMOQMAUDkDAFg5AwDAfQ0ApjkDAPA5AwD1OQMAQDoDAE86AwCQOgMAnDoDAOA6AwDjOgMAMDsDADM7AwCAOwMAiDsDANA7AwDVOwMAIDwDADA8AwBwPAMAeDwDAMA8AwDDPAMAED0DABo9AwBgPQMAYj0DALA9AwC2PQMAAD4DAAo+AwBQPgMAXj4DAKA+AwCtPgMA8D4DAAc/AwBAPwMASD8DAJA/AwCZPwMA4D8DAOE/AwAQfg0APEADAIBAAwCDQAMAQEkIAI9AAwDQQAMAk0ADAPA5CADaQAMAIEEDAChBAwBgsAMALEEDACAkDAAuQQMAcEEDADxBAwDgNgcAdUEDAMBBAwB9QQMAoIMEAM1BAwAQQgMAE0IDAFCxCAAWQgMAABEIABhCAwBgQgMAGkIDAEA4BQAcQgMAEB0FAGZCAwDglwUAakIDALBCAwBuQgMAYHkIALVCAwAAQwMAvEIDAHDcAwAIQwMAUEMDAFNDAwCgQwMArEMDAPBDAwD2QwMAQEQDAFtEAwCQRAMAnEQDAOBEAwDmRAMAMEUDADhFAwCARQMAgkUDANBFAwCFRQMAcEYDANpFAwAgRgMAKEYDAGB+DQB9RgMAwEYDAMhGAwAQRwMAE0cDAGBHAwBlRwMAsEcDAL9HAwAASAMAIEgDAFBIAwBcSAMAoEgDAKpIAwDwSAMA+EgDAEBJAwBSSQMAAH8NAJpJAwDgSQMA7kkDADBKAwA9SgMAgEoDAJdKAwDQSgMA2EoDACBLAwAvSwMAcEsDAHVLAwDASwMAzUsDABBMAwAdTAMAYEwDAGxMAwCwTAMAv0wDAABNAwAKTQMAUE0DAF5NAwCgTQMApU0DAPBNAwD9TQMAQE4DAENOAwCQTgMAmE4DAOBOAwDlTgMAME8DAD1PAwCATwMAiE8DANBPAwDZTwMAIFADAC1QAwBwUAMAflADAMBQAwDTUAMAEFEDABhRAwBgUQMAZ1EDALBRAwC1UQMAAFIDABZSAwBQUgMAUlIDAKBSAwCuUgMA8FIDAP1SAwBAUwMASFMDAJBTAwCTUwMA4FMDAOVTAwAwVAMAP1QDAIBUAwCgVAMA0FQDANxUAwAgVQMAKlUDAHBVAwB4VQMAwFUDANJVAwBQfw0AIVYDAGBWAwBnVgMAsFYDALhWAwAAVwMADVcDAFBXAwBVVwMAoFcDAKpXAwDwVwMA+FcDAEBYAwBCWAMA8MAIAEpYAwBQ2QgAT1gDAJBYAwBQWAMAYJMHAJVYAwDgWAMA7VgDADBZAwA9WQMAgFkDAIxZAwDQWQMA31kDACBaAwAqWgMAcFoDAHhaAwDAWgMAyloDABBbAwAVWwMAYFsDAGhbAwCgfw0AvFsDAABcAwAGXAMAUFwDAGtcAwCgXAMArFwDAPBcAwD2XAMAQF0DAFxdAwCQXQMAmF0DAPB/DQDoXQMAMF4DADpeAwCAXgMAi14DANBeAwDcXgMAIF8DAChfAwBAgA0AfF8DAMBfAwDGXwMAEGADACtgAwBgYAMAbGADALBgAwC2YAMAAGEDAAhhAwBQYQMAVmEDAKBhAwCpYQMA8GEDAP1hAwBAYgMATWIDAJBiAwCeYgMA4GIDAO1iAwAwYwMAR2MDAIBjAwCIYwMA0GMDANVjAwAgZAMA4WMDAABmAwAtZAMAcGQDAHhkAwDAZAMAy2QDABBlAwAVZQMAYGUDAGNlAwCwZQMAumUDAJCADQAFZgMAUGYDAF9mAwCgZgMAomYDAPBmAwABZwMAQGcDAFFnAwCQZwMApGcDAOCADQDxZwMAMGgDADNoAwCAaAMAOGgDAACQBgA9aAMAQBgMAIpoAwDQaAMA0mgDACBpAwAqaQMAcGkDAHxpAwDAaQMA6GkDABBqAwAbagMAcBgEADZqAwBgagMAkWoDALBqAwDWagMAAGsDACZrAwBQawMAgmsDAKBrAwDQawMA8GsDAPhrAwBAbAMAaGwDAJBsAwDDbAMA4GwDABBtAwAwbQMAOG0DAIBtAwCPbQMA0G0DANVtAwAgbgMAKW4DAHBuAwAtbgMAoHUDAIFuAwDAbgMAx24DABBvAwAYbwMAYG8DAG1vAwCwbwMAtW8DAABwAwAKcAMAUHADAFhwAwCgcAMAqnADAOB7AwCvcAMA8HADAPVwAwBAcQMATXEDAJBxAwCdcQMA4HEDAOxxAwAwcgMAP3IDAIByAwCKcgMA0HIDANhyAwAgcwMAKnMDAHBzAwB1cwMAwHMDAMhzAwAwgQ0AHHQDAGB0AwBmdAMAsHQDAMt0AwAAdQMADHUDAFB1AwBWdQMAgIENAK11AwDwdQMA/HUDAEB2AwBPdgMAkHYDAJp2AwDgdgMA7nYDADB3AwA1dwMAgHcDAI13AwDQdwMA2HcDACB4AwAqeAMAcHgDAHV4AwDAeAMAyHgDABB5AwATeQMAYHkDAGx5AwCweQMAtnkDAAB6AwAbegMAUHoDAFx6AwCgegMApnoDAPB6AwD4egMAQHsDAEJ7AwCQewMAmnsDANCBDQDmewMAMHwDADJ8AwCAfAMAjXwDANB8AwDTfAMAIH0DADF9AwBwfQMAcn0DAMB9AwDKfQMAEH4DABx+AwBgfgMAaH4DACCCDQC1fgMAAH8DAAN/AwBQfwMAWn8DAKB/AwCofwMA8H8DAP1/AwBAgAMAQoADAJCAAwCmgAMA4IADAOyAAwBwgg0ATIEDAICBAwCcgQMAwIINANWBAwAgggMALYIDAHCCAwB9ggMAwIIDAMyCAwAQgwMAH4MDAGCDAwBqgwMAsIMDAL6DAwAAhAMABYQDAFCEAwBdhAMAoIQDALmEAwDwhAMA8oQDAECFAwBHhQMAEIMNAK2FAwDghQMA8YUDADCGAwA8hgMAgIYDAJOGAwDQhgMA34YDACCHAwAshwMAcIcDAHGHAwDAhwMAyocDABCIAwAeiAMAYIgDAGWIAwCwiAMAvYgDAGCDDQAFiQMAUIkDAF2JAwCgiQMArYkDAPCJAwD8iQMAQIoDAE+KAwCQigMAmooDAOCKAwDuigMAMIsDADWLAwCAiwMAjYsDANCLAwDYiwMAIIwDACqMAwBwjAMAdYwDAMCMAwDIjAMAUIQNABKNAwBgjQMAbo0DALCNAwDBjQMAoIQNAAeOAwDwhA0AVY4DAKCOAwCojgMA8I4DAP+OAwBAjwMARY8DAJCPAwCdjwMA4I8DAO2PAwAwkAMAPJADAICQAwCPkAMA0JADANqQAwCQhQ0AJpEDAKBGCgAzkQMAcJEDAH+RAwDAkQMAzJEDABCSAwARkgMAYJIDAGqSAwCwkgMAvpIDAACTAwAFkwMAUJMDAF2TAwDghQ0ApJMDAPCTAwD7kwMAQJQDAE6UAwCQlAMAoZQDAOCUAwDslAMAMJUDADiVAwAwhg0AhZUDANCVAwDdlQMAIJYDAC2WAwBwlgMAfJYDAMCWAwDPlgMAEJcDABqXAwBglwMAbpcDALCXAwC9lwMAAJgDABeYAwCAhg0AXZgDAKCYAwCtmAMA8JgDAPyYAwBAmQMAT5kDAJCZAwCamQMA4JkDAO6ZAwAwmgMA/JkDACDiBwA1mgMAgJoDAI2aAwDQmgMA2JoDACCbAwAmmwMAcJsDAHybAwDAmwMA0JsDABCcAwAZnAMAYJwDAGOcAwCwnAMAvJwDAACdAwAHnQMA0IYNAF2dAwCgnQMAr50DAPCdAwDxnQMAQJ4DAFeeAwCQngMAqp4DAOCeAwDsngMAMJ8DAEOfAwCAnwMAj58DANCfAwDcnwMAIKADACGgAwBwoAMAeqADAMCgAwDOoAMAEKEDABWhAwBgoQMAbaEDACCHDQDKoQMAAKIDAA+iAwBQogMAUqIDAKCiAwBVogMAkKgDAK2iAwDwogMA/aIDAECjAwBFowMAkKMDAJqjAwDgowMA76MDADCkAwA1pAMAgKQDAI2kAwDQpAMA3aQDACClAwAspQMAcKUDAH+lAwDApQMAyqUDABCmAwAdpgMAYKYDAGWmAwCwpgMAtKYDAACnAwAMpwMAUKcDAFanAwCgpwMApqcDAPCnAwD1pwMAQKgDAEaoAwBwhw0AnagDAOCoAwDtqAMAMKkDADypAwCAqQMAj6kDANCpAwDaqQMAIKoDAC6qAwBwqgMAdaoDAMCqAwDNqgMAEKsDABerAwBgqwMAZasDALCrAwC8qwMAAKwDAAOsAwBQrAMAXawDAKCsAwClrAMA8KwDAPqsAwBArQMATK0DAJCtAwCjrQMA4K0DAO6tAwAwrgMAM64DAICuAwCKrgMA0K4DANyuAwAgrwMAJq8DAHCvAwB2rwMAwK8DAMWvAwAQsAMAFrADAMCHDQBqsAMAMMUFAGywAwCghQcAb7ADALCwAwCysAMAALEDABGxAwBQsQMAYbEDAKCxAwCosQMA8LEDAACyAwBAsgMAQrIDAJCyAwCesgMA4LIDAPGyAwAQiA0AN7MDAGCIDQCBswMA0LMDANWzAwAgtAMAJrQDAHC0AwB6tAMAwLQDAMy0AwAQtQMAFrUDAGC1AwBmtQMAsLUDALW1AwAAtgMABrYDALCIDQBetgMAoLYDALm2AwDwtgMA8bYDAEC3AwBdtwMAkLcDAKq3AwDgtwMA47cDADC4AwA1uAMAoIkNAJm4AwDQuAMA1rgDACC5AwDmuAMAMCYEACK5AwBwuQMAdrkDAMC5AwDUuQMAELoDABi6AwBgugMAbboDALC6AwC1ugMAALsDAAq7AwBQuwMAWLsDAKC7AwCxuwMA8LsDAPW7AwBAvAMAQrwDAJC8AwCXvAMA4LwDAOy8AwAwvQMAN70DAIC9AwCcvQMA0L0DANi9AwDwiQ0AJb4DAHC+AwByvgMAwL4DAMe+AwAQvwMAHr8DAGC/AwBtvwMAsL8DAMe/AwAAwAMACMADAFDAAwBawAMAoMADAGbAAwAgIgQAq8ADAPDAAwD8wAMAQMEDAEjBAwBAig0AkcEDAODBAwDlwQMAMMIDADPCAwCAwgMAisIDANDCAwDnwgMAIMMDACbDAwBwwwMAfMMDAMDDAwDDwwMAEMQDAC3EAwBgxAMAccQDALDEAwDPxAMAAMUDAAjFAwBQxQMAUsUDAKDFAwCvxQMA8MUDAPrFAwBAxgMATsYDAJDGAwCrxgMA4MYDAOzGAwAwxwMAOMcDAJCKDQCMxwMA0McDAN/HAwAgyAMAJcgDAHDIAwB2yAMAwMgDAMfIAwAQyQMAGMkDAGDJAwBiyQMAsMkDALfJAwAAygMAAsoDAFDKAwBRygMAoMoDAKrKAwDwygMA/MoDAEDLAwBGywMAkMsDAKrLAwDgywMA6MsDADDMAwBGzAMAgMwDAI7MAwDQzAMA08wDACDNAwAjzQMAcM0DAH7NAwDAzQMAzc0DABDOAwAnzgMAYM4DAGjOAwCwzgMAss4DAADPAwAIzwMAUM8DAGfPAwCgzwMArM8DAPDPAwAG0AMAQNADAEjQAwCQ0AMAntADAODQAwDq0AMAMNEDADjRAwCA0QMAh9EDANDRAwDc0QMAINIDACHSAwBw0gMAfNIDAMDSAwDN0gMAENMDABfTAwBg0wMAY9MDALDTAwC40wMAANQDAAXUAwBQ1AMAXdQDAKDUAwDO1AMA8NQDAPjUAwDgig0ASNUDAPC7DQBc1QMAkNUDAJjVAwAwiw0A7tUDADDWAwAy1gMAgNYDAJHWAwDQ1gMA2NYDACDXAwAs1wMAcNcDAHbXAwDA1wMAxtcDABDYAwAV2AMAYNgDAGbYAwCAiw0AtdgDAADZAwC82AMAEAMLAAjZAwBQ2QMAVdkDABChCABW2QMA0IoJAFzZAwCQSAkAX9kDAKDZAwBh2QMAUIgJAKXZAwDw2QMAptkDAKCyBwD92QMAQNoDAE3aAwCQ2gMAnNoDAODaAwDv2gMAMNsDADrbAwDAjA0AitsDANDbAwDV2wMAINwDACjcAwAQjQ0AdtwDAMDcAwDW3AMAEN0DAB7dAwBg3QMAbd0DALDdAwCy3QMAAN4DAAreAwBQ3gMAXN4DAKDeAwCn3gMA8N4DAPjeAwBA3wMAR98DAJDfAwCZ3wMA4N8DAOzfAwAw4AMAOOADALCNDQCF4AMA0OADANjgAwAg4QMAL+EDAHDhAwB14QMAwOEDAM3hAwAQ4gMAHeIDAGDiAwBs4gMAsOIDAL/iAwAA4wMACuMDAFDjAwBe4wMAoOMDAKXjAwDw4wMA/eMDAEDkAwBI5AMAkOQDAJrkAwDg5AMA7uQDADDlAwBG5QMAgOUDAIzlAwDQ5QMA1eUDACDmAwAp5gMAcOYDAHrmAwAAjg0AyuYDABDnAwAc5wMAYOcDAGjnAwBQjg0AtecDAADoAwAN6AMAUOgDAF3oAwCg6AMArOgDAPDoAwD/6AMAQOkDAErpAwCQ6QMAqOkDAODpAwDq6QMAMOoDAD7qAwCA6gMAluoDANDqAwDc6gMAIOsDACXrAwBw6wMAeesDAMDrAwDK6wMAEOwDABjsAwCgjg0AbewDALDsAwB27AMAsPcMAL3sAwAA7QMADO0DAFDtAwBf7QMAoO0DAKrtAwDw7QMA/u0DAEDuAwBN7gMAkO4DAKfuAwDg7gMA6O4DADDvAwA67wMAgO8DAIXvAwDQ7wMA2O8DAPCODQAs8AMAcPADAHbwAwDA8AMA2/ADABDxAwAc8QMAYPEDAGbxAwCw8QMAzPEDAADyAwAI8gMAQI8NAFXyAwCg8gMArfIDAPDyAwD98gMAQPMDAEzzAwCQ8wMAn/MDAODzAwDq8wMAMPQDAD70AwCA9AMAhfQDAND0AwDd9AMAIPUDACj1AwBw9QMAdvUDAMD1AwB69QMAoPcDAMz1AwAQ9gMAIPYDAGD2AwBp9gMAsPYDALP2AwAA9wMADPcDAFD3AwBX9wMAkI8NAK73AwDw9wMABvgDAED4AwBM+AMAkPgDAJf4AwDg+AMA6PgDADD5AwA1+QMAgPkDAIn5AwDQ+QMA2vkDAOCPDQAl+gMAcPoDACz6AwCA/gMAePoDAMD6AwDG+gMAEPsDABX7AwBg+wMAafsDALD7AwC6+wMAAPwDAAz8AwBQ/AMAWPwDADCQDQCl/AMA8PwDAPj8AwBA/QMAS/0DAJD9AwCV/QMA4P0DAOP9AwAw/gMAOv4DAICQDQCK/gMA0P4DANT+AwAg/wMAJf8DAHD/AwB2/wMAwP8DAOD/AwAQAAQAGAAEAGAABABuAAQAsAAEALMABAAAAQQACAEEAFABBABZAQQAoAEEAK0BBADwAQQA9gEEAEACBABMAgQAkAIEAJICBADgAgQA7wIEADADBAA7AwQAgAMEAIIDBADQAwQA6QMEACAEBAAxBAQAcAQEAHwEBADQkA0AyAQEABAFBAAwBQQAYAUEAG4FBACwBQQAvQUEAAAGBAAHBgQAUAYEAGwGBACgBgQAqAYEACCRDQD1BgQAQAcEAE0HBACQBwQAnQcEAOAHBADsBwQAMAgEAD8IBACACAQAiggEANAIBADlCAQAIAkEACgJBABwCQQAfwkEAMAJBADCCQQAEAoEABkKBABgCgQAYwoEALAKBAC8CgQAAAsEABwLBABQCwQAWAsEAHCRDQClCwQA8AsEAAYMBABADAQATAwEAJAMBACzDAQAwJENAOoMBAAwDQQAOA0EAIANBACGDQQAMAQIAI8NBADQDQQA1Q0EACAOBAAtDgQAcA4EAH0OBADADgQAzA4EABAPBAAfDwQAYA8EAGoPBACwDwQAuA8EAAAQBAAKEAQAUBAEAFUQBACgEAQAqBAEABCSDQDzEAQAQBEEAF0RBACQEQQAoREEAOARBADuEQQAcF4EABUSBAAwEgQATBIEAIASBACcEgQAYJINANYSBAAgEwQAJhMEAHATBAB1EwQAwBMEAMYTBACwkg0AFRQEAGAUBABtFAQAsBQEAL0UBAAAFQQADBUEAFAVBABfFQQAoBUEAKoVBADwFQQA/hUEAEAWBABFFgQAkBYEAJ0WBADgFgQA7BYEADAXBAA2FwQAgBcEAIYXBADQFwQA1RcEACAYBAAmGAQAoJMNAIQYBADAGAQA5hgEABAZBAA2GQQAYBkEAIYZBACwGQQA4BkEAAAaBAAIGgQAUBoEAHgaBACgGgQA1RoEAPAaBAAWGwQAQBsEAGYbBACQGwQAxRsEAOAbBAAQHAQAMBwEADgcBACAHAQAhRwEAMByBACPHAQA0BwEANUcBAAgHQQALR0EAHAdBAB9HQQAwB0EAMwdBAAQHgQAHx4EAGAeBABqHgQAsB4EAL4eBAAAHwQABR8EAFAfBABdHwQAoB8EAKgfBADwHwQA9h8EAEAgBAD6HwQAQHAEAEwgBACQIAQAoCAEAOAgBADpIAQAMCEEADMhBACAIQQAjCEEANAhBADXIQQA8JMNADQiBABwIgQAcyIEAMAiBADdIgQAECMEACEjBABgIwQAZyMEALAjBADJIwQAACQEAAgkBABQJAQAZiQEAKAkBAClJAQA8CQEAPckBABAJQQASSUEAJAlBAChJQQA4CUEAOwlBABAlA0ARCYEAIAmBACDJgQA0CYEAO0mBAAgJwQAMScEAHAnBAB/JwQAwCcEANEnBAAQKAQAHigEAGAoBABsKAQAsCgEAL0oBAAAKQQACikEAJCUDQBZKQQAoCkEAK0pBADwKQQA/ikEAEAqBABPKgQAkCoEAJIqBADgKgQA6ioEADArBAA+KwQAgCsEAIUrBADQKwQA3SsEACAsBAAjLAQAcCwEAHwsBADALAQA0ywEABAtBAAfLQQAYC0EAGwtBACwLQQAsS0EAAAuBAAKLgQAUC4EAF4uBACgLgQApS4EAPAuBAD9LgQA4JQNAEUvBACQLwQApi8EAOAvBAD2LwQAMDAEADkwBACAMAQAjTAEANAwBADeMAQAIDEEAC8xBABwMQQAcjEEAMAxBADKMQQAEDIEAB4yBABgMgQAZTIEALAyBAC9MgQAADMEAAMzBABQMwQAWDMEAKAzBACxMwQA8DMEAP4zBABANAQATTQEAJA0BACwNAQA4DQEAOg0BAAwNQQAQDUEAIA1BACCNQQA0DUEAN41BAAgNgQAMTYEANCVDQB2NgQAwDYEAMw2BAAglg0AFzcEAGA3BAAdNwQAkOIFAGc3BACwNwQAtjcEAAA4BAAMOAQAUDgEAFM4BACgOAQAozgEAPA4BAAbOQQAQDkEAGM5BACQOQQAmzkEAOA5BADlOQQAMDoEADM6BACAOgQAijoEANA6BAD7OgQAcJYNACU7BABwOwQAfTsEAMA7BADNOwQAEDwEABw8BABgPAQAbzwEALA8BAC6PAQAAD0EAAg9BABQPQQAWj0EAKA9BAClPQQA8D0EAPg9BADAlg0ATT4EAJA+BACkPgQA4D4EAOg+BAAwPwQANT8EAIA/BACQPwQA0D8EANg/BAAgQAQAKkAEAHBABAB7QAQAwEAEAMxABAAQQQQAGEEEABCXDQBhQQQAsEEEALxBBAAAQgQAD0IEAFBCBABeQgQAoEIEALBCBADwQgQA/kIEAEBDBABMQwQAkEMEAJdDBADgQwQA6EMEADBEBABGRAQAgEQEAJREBADQRAQA00QEACBFBAA9RQQAcEUEAIFFBADARQQAyEUEABBGBAAbRgQAYEYEAGVGBACwRgQAs0YEAABHBAAKRwQAUEcEAFNHBABglw0AtEcEAPBHBADzRwQAQEgEAF1IBACQSAQAoUgEAOBIBADoSAQAMEkEADNJBACASQQAjEkEANBJBADWSQQAIEoEADtKBABwSgQAfEoEAMBKBADGSgQAEEsEABhLBABgSwQAa0sEALBLBAC1SwQAAEwEAANMBABQTAQAWkwEAKBMBACoTAQA8EwEAA9NBACwlw0AVE0EAJBNBAC2TQQA4E0EAAZOBAAwTgQAVk4EAIBOBAC2TgQA0E4EAAVPBAAgTwQARk8EAHBPBACWTwQAwE8EAPVPBAAQUAQANFAEAGBQBAB8UAQAsFAEALhQBAAAmA0ABVEEAFBRBABdUQQAoFEEAK1RBADwUQQA/FEEAEBSBABPUgQAkFIEAJpSBADgUgQA7lIEADBTBAA1UwQAgFMEAI1TBADQUwQA2FMEACBUBAAmVAQAcFQEACpUBABQVgQAfFQEAMBUBADQVAQAEFUEABlVBABgVQQAY1UEALBVBAC8VQQAAFYEAAdWBABQmA0AXlYEAKBWBAC2VgQA8FYEAPxWBABAVwQAR1cEAJBXBACYVwQA4FcEAOVXBAAwWAQAOVgEAIBYBACKWAQAoJgNANFYBAAgWQQALFkEAHBZBAB2WQQAwFkEAMJZBAAQWgQAGloEAGBaBABuWgQAsFoEALVaBAAAWwQADVsEAFBbBABYWwQAoFsEAKpbBADwWwQA/lsEAEBcBABWXAQAkFwEAJxcBADgXAQA51wEADBdBAA4XQQAgF0EAIVdBADQXQQA2V0EACBeBAAqXgQA8JgNAIheBADAXgQAw14EABBfBAAtXwQAYF8EAHFfBACwXwQAyF8EAABgBAAMYAQAUGAEAGNgBACgYAQAr2AEAPBgBAD8YAQAQGEEAEFhBACQYQQAmmEEAOBhBADuYQQAMGIEADViBACAYgQAjWIEAECZDQDVYgQAIGMEAC1jBABwYwQAfWMEAMBjBADMYwQAEGQEAB9kBABgZAQAamQEALBkBAC+ZAQAAGUEAAVlBABQZQQAXWUEAKBlBACoZQQA8GUEAPZlBABAZgQA+mUEACBoBABMZgQAkGYEAKBmBADgZgQA6WYEADBnBAAzZwQAgGcEAIxnBADQZwQA12cEADCaDQAuaAQAcGgEAIZoBADAaAQAzGgEABBpBAAXaQQAYGkEAGhpBACwaQQAtWkEAABqBAAJagQAUGoEAFpqBACAmg0AoWoEAPBqBAD8agQAQGsEAEZrBACQawQAkmsEAOBrBADqawQAMGwEAD5sBACAbAQAhWwEANBsBADdbAQAIG0EAChtBABwbQQAem0EAMBtBADObQQAEG4EACZuBABgbgQAbG4EALBuBAC3bgQAAG8EAAhvBABQbwQAVW8EAKBvBACpbwQA8G8EAPpvBADQmg0ATnAEAJBwBACmcAQA4HAEAOxwBAAwcQQAN3EEAIBxBACIcQQA0HEEANVxBAAgcgQAKXIEAHByBAB6cgQAIJsNAMFyBAAQcwQAHHMEAGBzBABmcwQAsHMEALJzBAAAdAQACnQEAFB0BABedAQAoHQEAKV0BADwdAQA/XQEAEB1BABIdQQAkHUEAJp1BADgdQQA7nUEADB2BABGdgQAgHYEAIx2BADQdgQA13YEACB3BAAodwQAcHcEAHV3BADAdwQAyXcEABB4BAAaeAQAcJsNAGJ4BAAwXAoAbngEALB4BADBeAQAAHkEAAV5BABQeQQAZ3kEAKB5BAC0eQQA8HkEAAh6BABAegQAT3oEAJB6BACVegQA4HoEAO16BAAwewQAPXsEAIB7BACMewQA0HsEAN97BAAgfAQAKnwEAHB8BAB4fAQAwHwEAN58BAAQfQQAGH0EAGB9BABpfQQAsH0EAL19BAAAfgQAAn4EAFB+BABpfgQAoH4EALF+BADwfgQA/H4EAEB/BABIfwQAwJsNAJV/BADgfwQA6H8EADCABAA/gAQAgIAEAIWABADQgAQA3YAEACCBBAAtgQQAcIEEAHyBBADAgQQAz4EEABCCBAAaggQAYIIEAGiCBACwggQAuoIEAACDBAAFgwQAUIMEAFiDBAAQnA0At4MEAPCDBAD4gwQAQIQEAEqEBACQhAQAlYQEAOCEBADohAQAYJwNADWFBACAhQQAiYUEAPDiCQCNhQQA0IUEAJaFBAAAvQsA3YUEACCGBAAshgQAcIYEAH+GBADAhgQAyoYEABCHBAAYhwQA0FgJAB6HBABghwQAbYcEALCHBADHhwQAAIgEAAiIBABQiAQAWogEAKCIBACliAQA8IgEAPiIBACwnA0ATYkEAJCJBACeiQQA4IkEAPOJBAAwigQAOIoEAICKBACDigQA0IoEANWKBAAgiwQAL4sEAHCLBACQiwQAwIsEAMyLBAAQjAQAGowEAGCMBAB8jAQAsIwEALiMBAAAnQ0AE40EAFCNBABWjQQAoI0EAKyNBADwjQQA+o0EAECOBABGjgQAkI4EAJ6OBADgjgQA7I4EADCPBAAzjwQAgI8EAIGPBADQjwQA3I8EACCQBAAmkAQAcJAEAHaQBADAkAQAzJAEABCRBAAtkQQAYJEEAGmRBACwkQQAvJEEAACSBAADkgQAUJIEAFqSBACgkgQArJIEAPCSBAD2kgQAQJMEAEaTBACQkwQAlZMEAOCTBADmkwQAUJ0NADyUBACAlAQAgpQEANCUBADflAQAIJUEACuVBABwlQQAfJUEAMCVBADHlQQAEJYEABiWBABglgQAapYEALCWBAC7lgQAAJcEAAyXBABQlwQAWJcEAECeDQCilwQA8JcEAAOYBABAmAQASJgEAJCYBACWmAQA4JgEAOyYBAAwmQQAOpkEAICZBACGmQQA0JkEAN6ZBAAgmgQALJoEAHCaBABzmgQAwJoEAMiaBAAQmwQAEZsEAGCbBABsmwQAsJsEALabBAAAnAQACJwEAFCcBABWnAQAoJwEAKycBADwnAQADZ0EAECdBABJnQQAkJ0EAJydBADgnQQA450EADCeBAA6ngQAgJ4EAIieBADQngQA4Z4EACCfBAAunwQAcJ8EAIafBADAnwQAzp8EABCgBAAaoAQAkJ4NAG+gBACwoAQAu6AEAAChBAAMoQQAUKEEAFehBACgoQQAqKEEAPChBAD6oQQAQKIEAEuiBACQogQAnKIEAOCiBADoogQA4J4NADKjBACAowQAk6MEANCjBADYowQAIKQEACakBABwpAQAfKQEAMCkBADKpAQAEKUEABalBABgpQQAbqUEALClBAC8pQQAAKYEAAOmBABQpgQAWKYEAKCmBAChpgQA8KYEAPymBABApwQARqcEAJCnBACYpwQA4KcEAOanBAAwqAQAPKgEAICoBACdqAQA0KgEANmoBAAgqQQALKkEAHCpBABzqQQAwKkEAMqpBAAQqgQAGKoEAGCqBABxqgQAsKoEAL6qBAAAqwQAFqsEAFCrBABeqwQAoKsEAKqrBADwqwQA+KsEAECsBABjrAQAkKwEAJSsBADgrAQA66wEADCtBAA+rQQAgK0EAI+tBADQrQQA260EACCuBAAorgQAcK4EAH6uBADArgQAw64EABCvBAAYrwQAMJ8NAG6vBACwrwQAs68EAACwBAAIsAQAAAoFAAywBAAQ4QQAD7AEAPC1BAAcsAQAULAEAGywBACAnw0AorAEAPCwBAD9sAQAQLEEAE2xBACQsQQAlbEEAOCxBADqsQQAMLIEAD+yBACAsgQAhbIEANCyBADdsgQAILMEAC2zBABwswQAfLMEAMCzBADPswQAELQEABq0BABgtAQAbLQEALC0BAC2tAQAALUEAAa1BABQtQQAVbUEAKC1BACmtQQA0J8NAPW1BAAQ1wQAAbYEAEC2BABOtgQAkLYEAJy2BADgtgQA7bYEADC3BAA6twQAgLcEAJy3BADQtwQA7LcEACCgDQAiuAQAcLgEAH24BADAuAQAzbgEABC5BAAVuQQAYLkEAGq5BACwuQQAv7kEAAC6BAAFugQAULoEAF26BACgugQArboEAPC6BAD8ugQAQLsEAE+7BACQuwQAmrsEAOC7BADsuwQAMLwEADa8BACAvAQAhrwEANC8BADVvAQAIL0EACa9BABwoA0Ad70EAMC9BADOvQQAEL4EABO+BABgvgQAb74EALC+BAC1vgQAAL8EAA2/BABQvwQAXb8EAKC/BACsvwQA8L8EAP+/BABAwAQASsAEAJDABACewAQA4MAEAOXABAAwwQQAPcEEAIDBBACMwQQA0MEEAOPBBAAgwgQAL8IEAHDCBAB8wgQAwMIEAMHCBAAQwwQAGsMEAGDDBABuwwQAsMMEALXDBAAAxAQADcQEAMCgDQBVxAQAoMQEAKnEBADwxAQAAcUEAEDFBABHxQQAkMUEAJjFBADgxQQA7cUEADDGBAA1xgQAgMYEAIrGBADQxgQA2MYEACDHBAA3xwQAcMcEAHzHBADAxwQAyscEABDIBAAYyAQAYMgEAGLIBACwyAQAuMgEAADJBAAGyQQAUMkEAFzJBACgyQQAo8kEAPDJBAD1yQQAQMoEAEnKBACQygQAlsoEAODKBADvygQAMMsEADzLBACwoQ0AgssEANDLBADeywQAIMwEADHMBAAAog0Ad8wEAFCiDQDFzAQAEM0EABjNBABgzQQAb80EALDNBAC1zQQAAM4EAA3OBABQzgQAXc4EAKDOBACszgQA8M4EAP/OBABAzwQASs8EAPCiDQCSzwQA4M8EAPvPBAAw0AQAMtAEAIDQBACa0AQA0NAEAN3QBAAg0QQALNEEAHDRBAB60QQAwNEEANrRBAAQ0gQAH9IEAGDSBABl0gQAsNIEAL3SBAAA0wQADdMEAFDTBABc0wQAoNMEAK/TBADw0wQA+tMEAEDUBABM1AQAkNQEAKPUBADg1AQA79QEADDVBAA81QQAgNUEAIHVBADQ1QQA2tUEACDWBAAu1gQAcNYEAHXWBADA1gQAzdYEAECjDQAd1wQAYNcEAG3XBACw1wQAvNcEAADYBAAP2AQAUNgEAFrYBACg2AQArtgEAPDYBAD12AQAQNkEAE3ZBACQ2QQAnNkEAODZBADz2QQAMNoEAD/aBACA2gQAjNoEANDaBADR2gQAINsEACrbBABw2wQAftsEAMDbBADF2wQAENwEAB3cBACQow0AbdwEALDcBACy3AQAAN0EABndBABQ3QQAYd0EAKDdBACs3QQA8N0EAPjdBACApA0ARd4EAJDeBACY3gQA4N4EAO/eBAAw3wQANd8EAIDfBACN3wQA0N8EAN3fBAAg4AQALOAEAHDgBAB/4AQAwOAEAMrgBADQpA0AI+EEAGDhBABv4QQAsOEEALzhBAAA4gQAAeIEAFDiBABa4gQAoOIEAK7iBADw4gQA9eIEAEDjBABN4wQAIKUNAJXjBADg4wQA7eMEADDkBAA95AQAgOQEAIzkBADQ5AQA3+QEACDlBAAq5QQAcOUEAH7lBADA5QQAxeUEABDmBAAd5gQAYOYEAGjmBACw5gQAtuYEAADnBAC65gQAIDAFAAznBABQ5wQAYOcEAKDnBACp5wQA8OcEAPPnBABA6AQATOgEAJDoBACX6AQAEKYNAOvoBAAw6QQAMekEAIDpBACY6QQA0OkEAN3pBAAg6gQALOoEAHDqBAB66gQAwOoEAMTqBAAQ6wQAFesEAGDrBABm6wQAsOsEANDrBAAA7AQAGOwEAFDsBABn7AQAoOwEAKzsBADw7AQA+uwEAEDtBABC7QQAkO0EAJftBADg7QQA5+0EADDuBAA27gQAgO4EAIzuBADQ7gQA0+4EACDvBAAj7wQAcO8EAHzvBADA7wQAw+8EAGCmDQAV8AQAYPAEAGjwBACw8AQAtvAEAADxBAAF8QQAUPEEAFnxBACg8QQAqvEEAPDxBAD88QQAQPIEAEjyBACwpg0AlfIEAODyBADo8gQAMPMEADvzBACA8wQAhfMEANDzBADT8wQAIPQEACr0BAAApw0AfPQEAMD0BADH9AQAEPUEAB71BABg9QQAY/UEALD1BAC49QQAAPYEAAP2BABQ9gQAXPYEAKD2BACm9gQA8PYEAAv3BABA9wQATPcEAJD3BACW9wQA4PcEAOj3BAAw+AQANPgEAID4BACM+AQA0PgEAN34BAAg+QQAKvkEAHD5BAB4+QQAwPkEAML5BAAQ+gQAFPoEAGD6BABi+gQAsPoEAMT6BABQpw0ACPsEAFD7BABU+wQAoPsEAKL7BADw+wQA8/sEAED8BABI/AQAkPwEAJ38BADg/AQA5fwEADD9BAA6/QQAgP0EAIj9BADQ/QQA0f0EACD+BAAl/gQAcP4EAHP+BADA/gQAw/4EABD/BAAe/wQAYP8EAHn/BACw/wQAwf8EAAAABQAMAAUAUAAFAFgABQCgpw0ApQAFAPAABQD4AAUAQAEFAE8BBQCQAQUAlQEFAOABBQDtAQUAMAIFAD0CBQCAAgUAjAIFANACBQDfAgUAIAMFACoDBQBwAwUAeAMFAMADBQDKAwUAEAQFABUEBQBgBAUAaAQFAPCnDQC7BAUAAAUFAAwFBQBQBQUAWAUFAECoDQCsBQUA8AUFAPcFBQBABgUATgYFAJAGBQCTBgUA4AYFAOgGBQAwBwUAMwcFAIAHBQCMBwUA0AcFANYHBQAgCAUAOwgFAHAIBQB8CAUAwAgFAMYIBQAQCQUAMwkFAGAJBQBjCQUAsAkFANQJBQCQqA0ADwoFAFAKBQBVCgUAoAoFAK0KBQDwCgUA/QoFAEALBQBMCwUAkAsFAJ8LBQDgCwUA6gsFADAMBQA+DAUAgAwFAIUMBQDQDAUA3QwFACANBQAoDQUA4KgNAH0NBQDADQUAyA0FABAOBQApDgUAYA4FAGYOBQCwDgUAtQ4FAAAPBQAgDwUAUA8FAFwPBQCgDwUArQ8FAPAPBQD4DwUAQBAFAEMQBQCQEAUAmhAFAOAQBQDiEAUAMBEFADoRBQCAEQUAjBEFADCpDQDmEQUAIBIFACwSBQBwEgUAdRIFAMASBQB4EgUAQIkOAMkSBQAQEwUAGhMFAGATBQBoEwUAoKcIAGwTBQCwEwUAgxMFAGCXCAC2EwUAABQFAMMTBQDwkQoABhQFAFAUBQBVFAUAoBQFAKYUBQCAqQ0A/hQFAEAVBQBWFQUAkBUFAJwVBQDgFQUA5RUFADAWBQA5FgUAgBYFAIoWBQDQFgUA2BYFACAXBQAvFwUAcBcFAHUXBQDAFwUAzRcFABAYBQAdGAUAYBgFAGwYBQCwGAUAvxgFAAAZBQAKGQUAUBkFAF4ZBQCgGQUArRkFAPAZBQAHGgUAQBoFAEgaBQCQGgUAmhoFAOAaBQDlGgUAMBsFADgbBQBwqg0AjBsFANAbBQDWGwUAIBwFADscBQBwHAUAfBwFAMAcBQDGHAUAwKoNACMdBQBgHQUAbx0FALAdBQC8HQUAAB4FAAEeBQBQHgUAWh4FAKAeBQCuHgUA8B4FAPUeBQBAHwUATR8FABCrDQCVHwUA4B8FAOgfBQAwIAUAMyAFAIAgBQCJIAUA0CAFAN8gBQAgIQUAKyEFAHAhBQB4IQUAwCEFANAhBQAQIgUAHiIFAGAiBQBxIgUAsCIFALwiBQAAIwUACCMFAACsDQBWIwUAoCMFAKgjBQDwIwUA9yMFAEAkBQBOJAUAkCQFAJYkBQDgJAUA7CQFADAlBQA/JQUAgCUFAIolBQDQJQUA1SUFACAmBQAmJgUAcCYFAIQmBQDAJgUAyCYFABAnBQA4JwUAYCcFAGknBQCwJwUAvScFAAAoBQAOKAUAUCgFAGMoBQCgKAUAvCgFAFCsDQD1KAUAQCkFAE0pBQCQKQUAnSkFAOApBQDsKQUAMCoFAD8qBQCAKgUAiioFANAqBQDeKgUAICsFACUrBQBwKwUAfSsFAMArBQDIKwUAECwFABYsBQBgLAUAbCwFALAsBQDALAUAAC0FAAktBQBQLQUAUy0FAKAtBQCsLQUA8C0FAPctBQCgrA0AaC4FAJAuBQCZLgUA4C4FAO0uBQAwLwUAPi8FAIAvBQCTLwUA0C8FAOwvBQDwrA0ALjAFAHAwBQCGMAUAwDAFAMwwBQAQMQUAFzEFAGAxBQBoMQUAsDEFALUxBQAAMgUACTIFAFAyBQBaMgUAQK0NAKEyBQDwMgUA/DIFAEAzBQBGMwUAkDMFAJIzBQDgMwUA6jMFADA0BQA+NAUAgDQFAIU0BQDQNAUA3TQFACA1BQAoNQUAcDUFAHo1BQDANQUAzjUFABA2BQAmNgUAYDYFAGw2BQCwNgUAtzYFAAA3BQAINwUAUDcFAFU3BQCgNwUAqTcFAPA3BQD6NwUAkK0NAE44BQCQOAUApjgFAOA4BQDsOAUAMDkFADU5BQCAOQUAiTkFANA5BQDaOQUAIDoFACw6BQBwOgUAdjoFAMA6BQDGOgUAEDsFABU7BQBgOwUAZjsFAOCtDQC1OwUAADwFAA08BQBQPAUAXTwFAKA8BQCsPAUA8DwFAP88BQBAPQUASj0FAJA9BQCePQUA4D0FAOU9BQAwPgUAPT4FAIA+BQCIPgUA0D4FANo+BQAgPwUALj8FAHA/BQCGPwUAwD8FAMw/BQAQQAUAFUAFAGBABQBpQAUAsEAFALpABQDQrg0ADEEFAFBBBQBhQQUAoEEFAKxBBQDwQQUA/0EFAEBCBQBKQgUAkEIFAJ5CBQDgQgUA5UIFADBDBQA9QwUAgEMFAIpDBQDQQwUAjEMFAEBHBQDeQwUAIEQFADZEBQBwRAUAfEQFAMBEBQDFRAUAEEUFABlFBQBgRQUAakUFALBFBQC8RQUAAEYFAAZGBQBQRgUAVkYFAKBGBQClRgUA8EYFAPZGBQAgrw0ARkcFAJBHBQCWRwUA4EcFAOVHBQAwSAUANkgFAHCvDQCOSAUA0EgFAOZIBQAgSQUALEkFAHBJBQB1SQUAwEkFAMlJBQAQSgUAGkoFAGBKBQBsSgUAsEoFAMNKBQAASwUAD0sFAFBLBQBcSwUAoEsFAKFLBQDwSwUA+ksFAEBMBQBOTAUAkEwFAJVMBQDgTAUA7UwFAMCvDQA/TQUAgE0FAKBNBQDQTQUA3E0FACBOBQAqTgUAcE4FAHVOBQDATgUAwU4FABBPBQAcTwUAYE8FAG1PBQCwTwUAvE8FAABQBQATUAUAUFAFAF9QBQCgUAUArFAFAPBQBQDxUAUAQFEFAEpRBQCQUQUAnlEFAOBRBQDlUQUAMFIFAD1SBQAQsA0AnFIFAGCwDQDWUgUAIFMFACZTBQBwUwUAdVMFAMBTBQDGUwUAsLANABVUBQBgVAUAY1QFALBUBQC8VAUAAFUFAAZVBQBQVQUAa1UFAKBVBQCsVQUA8FUFAPZVBQBAVgUAQlYFAJBWBQCrVgUA4FYFAOJWBQAwVwUAPlcFAIBXBQCRVwUA0FcFANJXBQAgWAUAOVgFAHBYBQCBWAUAwFgFAMxYBQCgsQ0AGlkFAGBZBQBuWQUAsFkFAMZZBQAAWgUADFoFAFBaBQBVWgUAoFoFAKlaBQDwWgUA+loFAEBbBQBIWwUAkFsFAJVbBQDgWwUA71sFADBcBQA/XAUAgFwFAIlcBQDQXAUA1lwFACBdBQAmXQUAcF0FAHxdBQDAXQUAx10FABBeBQAYXgUAYF4FAGJeBQCwXgUAwF4FAABfBQAKXwUAUF8FAFxfBQCgXwUApl8FAPBfBQD4XwUA8LENAExgBQCQYAUAoWAFAOBgBQDsYAUAMGEFAD9hBQCAYQUAimEFANBhBQDeYQUAIGIFACViBQBwYgUAfWIFAMBiBQDIYgUAEGMFABpjBQBAeQUAHGMFAGBjBQBmYwUAsGMFALZjBQAAZAUABWQFAFBkBQBWZAUAQLINAKxkBQDwZAUA9mQFAEBlBQBbZQUAkGUFAJxlBQDgZQUA5mUFADBmBQA4ZgUAgGYFAINmBQDQZgUA3GYFACBnBQAxZwUAcGcFAHxnBQDAZwUAz2cFABBoBQAaaAUAYGgFAG5oBQCwaAUAtWgFAABpBQANaQUAUGkFAFhpBQCgaQUAqmkFAPBpBQD+aQUAQGoFAFZqBQCQagUAnGoFAOBqBQDlagUAMGsFADlrBQCAawUAimsFADCzDQDWawUAIGwFACZsBQBwbAUAfGwFAMBsBQDNbAUAEG0FABptBQBgbQUAaG0FALBtBQC6bQUAAG4FAAVuBQBQbgUAUW4FAKBuBQClbgUA8G4FAAFvBQBAbwUARW8FAJBvBQCnbwUA4G8FAPRvBQAwcAUATHAFAIBwBQCIcAUAgLMNANhwBQAgcQUAKnEFAHBxBQCEcQUAwHEFAMFxBQAQcgUAHHIFAGByBQB8cgUAsHIFALhyBQDQsw0ACXMFAFBzBQBecwUAoHMFAF9zBQAAKQkAqnMFAPBzBQDycwUAQHQFAFl0BQCQdAUAoXQFAOB0BQDsdAUAMHUFADh1BQAgtA0AjHUFANB1BQDWdQUAIHYFADt2BQBwdgUAfHYFAMB2BQDGdgUAEHcFABN3BQBgdwUAaHcFALB3BQDAdwUAAHgFAAV4BQBQeAUAWXgFAKB4BQCteAUA8HgFAPd4BQBwtA0ATnkFAJB5BQCmeQUA4HkFAOx5BQAwegUANXoFAIB6BQCJegUA0HoFANp6BQAgewUAPHsFAHB7BQB4ewUAwLQNAMV7BQAQfAUAGHwFAGB8BQBifAUAsHwFAMt8BQAAfQUAAn0FAFB9BQBefQUAoH0FALF9BQDwfQUA8n0FAEB+BQBZfgUAkH4FAKF+BQDgfgUA7H4FADB/BQA4fwUAELUNAIx/BQDQfwUA1n8FACCABQA7gAUAcIAFAHyABQDAgAUAxoAFABCBBQATgQUAYLUNAH2BBQCwgQUAsYEFAACCBQAPggUAUIIFAFWCBQCgggUArYIFAPCCBQD9ggUAQIMFAEyDBQCQgwUAn4MFAOCDBQDqgwUAMIQFAD6EBQCAhAUAhYQFANCEBQDdhAUAIIUFACyFBQBwhQUAdoUFAMCFBQCDhQUAwJkFAMaFBQAQhgUAFYYFAGCGBQBmhgUAsLUNALWGBQAAhwUAIIcFAFCHBQBchwUAoIcFAKaHBQDwhwUA+IcFAGC4BQD5hwUAQIgFAE2IBQCQiAUAlogFAOCIBQDsiAUAMIkFADKJBQCAiQUAj4kFANCJBQDbiQUAIIoFACKKBQBwigUAiYoFAMCKBQDRigUAEIsFAByLBQBgiwUAbIsFALCLBQDDiwUAAIwFAA+MBQBQjAUAXIwFAKCMBQChjAUA8IwFAPqMBQBAjQUATo0FAJCNBQCVjQUA4I0FAO2NBQAAtg0APY4FAICOBQCUjgUA0I4FAOyOBQAgjwUAPI8FAFC2DQB/jwUAwI8FAMGPBQAQkAUAH5AFAGCQBQBlkAUAsJAFAL2QBQAAkQUADZEFAFCRBQBckQUAoJEFAK+RBQDwkQUA+pEFAECSBQBOkgUAkJIFAJWSBQDgkgUA7ZIFADCTBQBAkwUAgJMFAIKTBQDQkwUA3pMFACCUBQAxlAUAoLYNAHeUBQDwtg0AxZQFABCVBQAdlQUAYJUFAG2VBQCwlQUAtpUFAACWBQAMlgUAUJYFAGCWBQCglgUAqZYFAPCWBQDzlgUAQJcFAEyXBQCQlwUAl5cFAEC3DQDslwUAMJgFAECYBQCAmAUAiZgFANCYBQDTmAUAIJkFACyZBQBwmQUAd5kFAJC3DQDPmQUAEJoFAByaBQBgmgUAYZoFALCaBQC6mgUAAJsFAA6bBQBQmwUAVZsFAKCbBQCtmwUA4LcNAPWbBQBAnAUAT5wFAJCcBQCwnAUA4JwFAOycBQAwnQUAOp0FAICdBQCInQUA0J0FANydBQAgngUAJp4FAHCeBQB2ngUAwJ4FAMWeBQAQnwUAFp8FANC4DQBlnwUAsJ8FALmfBQAAoAUAEaAFAFCgBQBXoAUAoKAFAKigBQDwoAUA/aAFAEChBQBFoQUAkKEFAJqhBQDgoQUA6KEFADCiBQA/ogUAgKIFAIWiBQDQogUA3aIFACCjBQAtowUAcKMFAHyjBQDAowUAz6MFABCkBQAapAUAYKQFAGikBQCwpAUAuqQFAAClBQAFpQUAUKUFAFilBQDAuQ0ApaUFAPClBQDzpQUAQKYFAEqmBQAQug0AlqYFAOCmBQDlpgUAMKcFAFCnBQCApwUAjKcFANCnBQDWpwUAIKgFACOoBQBwqAUAcqgFAMCoBQDbqAUAEKkFABKpBQBgqQUAbqkFALCpBQDBqQUAAKoFAAKqBQBQqgUAaaoFAKCqBQCxqgUA8KoFAPyqBQBgug0AUKsFAJCrBQCwqwUA4KsFAOKrBQAwrAUAPKwFAKAhDAA/rAUAwMYFAEysBQBA0wUAWawFAICsBQCDrAUA0KwFAN2sBQCAsQUA36wFACCtBQAlrQUAcK0FAH2tBQDArQUAza0FABCuBQAcrgUAYK4FAG+uBQCwrgUAuq4FAACvBQAOrwUAUK8FAFWvBQCgrwUAra8FAPCvBQD8rwUAQLAFAEawBQCQsAUAlrAFAOCwBQDlsAUAMLEFADaxBQCwug0AibEFANCxBQDmsQUAILIFADmyBQBwsgUAfLIFAMCyBQDGsgUAELMFABWzBQBgswUAcLMFALCzBQC2swUAALQFAAy0BQBQtAUAWrQFAKC0BQCmtAUA8LQFAP60BQBAtQUATLUFAJC1BQCTtQUA4LUFAOy1BQAwtgUAQ7YFAIC2BQCPtgUA0LYFANy2BQAgtwUALLcFAHC3BQB3twUAwLcFAMy3BQAQuAUAF7gFAAC7DQB2uAUAsLgFALK4BQAAuQUAFLkFAFC5BQBYuQUAoLkFAK25BQDwuQUA9bkFAEC6BQBKugUAkLoFAJi6BQDgugUA+boFADC7BQA8uwUAgLsFAIi7BQBQuw0A67sFACC8BQAivAUAcLwFAH68BQDAvAUA0bwFABC9BQASvQUAYL0FAHm9BQCwvQUAwb0FAAC+BQAMvgUAoLsNAFW+BQCgvgUAqb4FAPC+BQABvwUAQL8FAEe/BQCQvwUAmL8FAOC/BQDtvwUAMMAFADXABQCAwAUAisAFANDABQDYwAUAIMEFADnBBQBwwQUAfMEFAMDBBQDIwQUAQLwNABPCBQBgwgUAasIFALDCBQCywgUAAMMFABnDBQBQwwUAYcMFAKDDBQCuwwUA8MMFAPPDBQBAxAUAS8QFAJDEBQCcxAUA4MQFAOfEBQCQvA0ANcUFAIDFBQCIxQUA0MUFAN7FBQAgxgUAIcYFAHDGBQCLxgUA4LwNAMXGBQAQxwUAHccFAGDHBQBtxwUAsMcFALzHBQAAyAUAD8gFAFDIBQBayAUAoMgFAK7IBQDwyAUA9cgFAEDJBQBNyQUAkMkFAJzJBQDgyQUA5skFADDKBQA2ygUAgMoFAIXKBQDQygUA1soFADC9DQAtywUAcMsFAHLLBQDAywUA2csFABDMBQAhzAUAYMwFAGzMBQCwzAUAuMwFACC+DQAFzQUAUM0FAFjNBQCgzQUAuc0FAPDNBQD1zQUAQM4FAEXOBQCQzgUAms4FAODOBQDjzgUAMM8FADrPBQCAzwUAhs8FANDPBQDSzwUAINAFACHQBQBw0AUAeNAFAMDQBQDQ0AUAENEFABbRBQBg0QUAZdEFALDRBQDG0QUAANIFAAjSBQBQ0gUAeNIFAKDSBQDD0gUA8NIFAA/TBQBwvg0ASNMFAMC+DQCh0wUA4NMFAO7TBQAw1AUAPNQFAIDUBQCN1AUA0NQFANrUBQAg1QUAKNUFAHDVBQB71QUAwNUFAMLVBQAQ1gUAE9YFAGDWBQBo1gUAsNYFALbWBQAA1wUACdcFAFDXBQBd1wUAoNcFAKjXBQDw1wUA9dcFAEDYBQBJ2AUAkNgFAJrYBQDg2AUA6NgFADDZBQA12QUAgNkFAJDZBQDQ2QUA2NkFACDaBQAi2gUAcNoFAIvaBQDA2gUAwtoFABDbBQAe2wUAYNsFAHHbBQCw2wUAstsFAADcBQAZ3AUAUNwFAGHcBQCg3AUArNwFAPDcBQD43AUAEL8NAEbdBQCQ3QUAld0FAODdBQAA3gUAMN4FADzeBQCA3gUAht4FANDeBQDT3gUAIN8FACjfBQBw3wUAet8FAMDfBQDF3wUAEOAFABjgBQBg4AUAauAFALDgBQCy4AUAAOEFABHhBQBQ4QUAcOEFAKDhBQCo4QUA8OEFAPrhBQBA4gUAReIFAGC/DQCk4gUA4OIFAOjiBQAw4wUANeMFAIDjBQCQ4wUA0OMFANjjBQAg5AUAKuQFAHDkBQB75AUAwOQFAMzkBQAQ5QUAGOUFALC/DQBs5QUAsOUFALzlBQAA5gUAB+YFAFDmBQBY5gUAoOYFALnmBQDw5gUA9uYFAEDnBQBF5wUAkOcFALDnBQDg5wUA7OcFADDoBQA26AUAgOgFAIPoBQAAwA0A0ugFACDpBQDe6AUAAAcNACPpBQBw6QUAeukFAMDpBQDO6QUAEOoFAB/qBQBg6gUAY+oFALDqBQB46gUAUA4GAHzqBQDw/wUAvOoFAADrBQAC6wUAUOsFAFbrBQCg6wUAr+sFAPDrBQD76wUAQOwFAEjsBQDwSgYAWuwFAJDsBQCc7AUA4OwFAPPsBQAw7QUAP+0FAIDtBQCM7QUA0O0FANHtBQAg7gUAKu4FAHDuBQB+7gUAwO4FAMXuBQAQ7wUAHe8FAFDADQB67wUAsO8FAL/vBQAA8AUABfAFAFDwBQBd8AUAoPAFAK3wBQDw8AUA/PAFAEDxBQBP8QUAkPEFAJrxBQDg8QUA7vEFADDyBQA18gUAgPIFAI3yBQDQ8gUA3PIFACDzBQAm8wUAcPMFAHbzBQDA8wUAxfMFABD0BQAW9AUAoMANAGH0BQCw9AUAafQFAGALCABt9AUAAPgHAID0BQDwcgsAvPQFAAD1BQAG9QUAoGYIAA31BQBQ9QUAU/UFAKD1BQCs9QUA8PUFAPL1BQBA9gUARvYFAJD2BQCf9gUA4PYFAOv2BQAw9wUAMfcFAID3BQCU9wUA0PcFAOr3BQAg+AUALPgFAHD4BQCD+AUAwPgFAM/4BQAQ+QUAHPkFAGD5BQBh+QUAsPkFALr5BQAA+gUADvoFAFD6BQBV+gUAoPoFAK36BQDwwA0ACvsFAED7BQBP+wUAkPsFAJX7BQDg+wUA7fsFADD8BQA9/AUAgPwFAIz8BQDQ/AUA3/wFACD9BQAq/QUAcP0FAH79BQDA/QUAxf0FABD+BQAd/gUAYP4FAGz+BQCw/gUAtv4FAAD/BQAG/wUAUP8FAFX/BQCg/wUApv8FAEDBDQAMAAYAkMENAEYABgCQAAYAkgAGAOAABgDtAAYAMAEGADMBBgCAAQYAgQEGANABBgDVAQYAIAIGACYCBgBwAgYAegIGAMACBgDcAgYAEAMGACwDBgDgwQ0AZgMGALADBgCyAwYAAAQGAA0EBgBQBAYAUwQGAKAEBgChBAYA8AQGAPUEBgBABQYARgUGAJAFBgCaBQYA4AUGAPwFBgAwBgYATAYGADDCDQCGBgYA0AYGANYGBgAgBwYAJQcGAHAHBgB2BwYAgMINAM4HBgAQCAYAKwgGAGAIBgBuCAYAsAgGAL0IBgAACQYAFwkGAFAJBgBfCQYAoAkGAKUJBgDwCQYA/QkGAEAKBgBNCgYAkAoGAJwKBgDgCgYA7woGADALBgA6CwYAgAsGAI4LBgDQCwYA1QsGACAMBgAtDAYAcAwGAHMMBgDADAYAzAwGABANBgAWDQYAYA0GAGYNBgCwDQYAtQ0GAAAOBgAGDgYA0MINAFoOBgCgDgYApg4GAPAOBgDyDgYAQA8GAE0PBgCQDwYAkw8GAOAPBgDhDwYAMBAGADUQBgCAEAYAhhAGANAQBgDaEAYAIBEGADoRBgBwEQYAfxEGAMARBgDFEQYAEBIGAB0SBgBgEgYAbRIGALASBgC8EgYAABMGAA8TBgBQEwYAWhMGAKATBgCuEwYA8BMGAPUTBgBAFAYATRQGAJAUBgCaFAYA8B0GAJwUBgDgFAYA5hQGADAVBgA2FQYAgBUGAIUVBgDQFQYA1hUGACDDDQAlFgYAcBYGAH0WBgDAFgYAzRYGABAXBgAcFwYAYBcGAG8XBgCwFwYAuhcGAAAYBgAOGAYAUBgGAFUYBgCgGAYArRgGAPAYBgD4GAYAQBkGAEwZBgCQGQYAlhkGAOAZBgDmGQYAMBoGADUaBgCAGgYAhhoGABDEDQDSGgYAIBsGACkbBgBwGwYAcxsGAMAbBgDMGwYAEBwGABccBgBgHAYAaBwGALAcBgDJHAYAAB0GABQdBgBQHQYAbB0GAKAdBgCoHQYAsMQNAP4dBgBAHgYAVh4GAJAeBgCcHgYA4B4GAOUeBgAwHwYAOR8GAIAfBgCKHwYA0B8GAOwfBgAgIAYAKCAGAADFDQB1IAYAwCAGAM0gBgAQIQYAHSEGAGAhBgBsIQYAsCEGAL8hBgAAIgYACiIGAFAiBgBeIgYAoCIGAKUiBgDwIgYA/SIGAEAjBgBIIwYAkCMGAJojBgDgIwYA7iMGADAkBgBGJAYAgCQGAIwkBgDQJAYA1SQGACAlBgApJQYAcCUGAHolBgDAJQYAyCUGABAmBgAfJgYAYCYGAGImBgCwJgYAuSYGAAAnBgADJwYAUCcGAFwnBgCgJwYApycGAPAnBgD4JwYAQCgGAFkoBgCQKAYApCgGAOAoBgD8KAYAMCkGADgpBgBQxQ0AhSkGANApBgDdKQYAICoGAC0qBgBwKgYAfCoGAMAqBgDPKgYAECsGABorBgBgKwYAaisGALArBgC+KwYAACwGABYsBgBQLAYAXCwGAKAsBgClLAYA8CwGAPksBgBALQYASi0GAJAtBgCcLQYA4C0GAOYtBgAwLgYANi4GAIAuBgCFLgYA0C4GANYuBgCgxQ0ALC8GAHAvBgB0LwYAwC8GAM8vBgAQMAYAFTAGAGAwBgBtMAYAsDAGAL0wBgAAMQYADDEGAFAxBgBfMQYAoDEGAKoxBgDwMQYA/jEGAEAyBgBFMgYAkDIGAJ0yBgDgMgYA7DIGADAzBgA2MwYAgDMGAIYzBgDQMwYA1TMGACA0BgAmNAYA8MUNAHU0BgDANAYAxzQGABA1BgAcNQYAYDUGAGI1BgCwNQYAYzUGAAA7BgDLNQYAADYGAAI2BgBQNgYAXjYGAKA2BgCxNgYA8DYGAPI2BgBANwYAWTcGAJA3BgChNwYA4DcGAOw3BgAwOAYAPDgGAIA4BgCTOAYA0DgGAN84BgAgOQYALDkGAHA5BgBxOQYAwDkGAMo5BgAQOgYAHjoGAGA6BgBlOgYAsDoGAL06BgBAxg0AAjsGAFA7BgBrOwYAoDsGAKI7BgDwOwYA/jsGAEA8BgBRPAYAkDwGAJI8BgDgPAYA+TwGADA9BgBBPQYAgD0GAIw9BgDQPQYA3D0GACA+BgAzPgYAcD4GAH8+BgDAPgYAzD4GABA/BgARPwYAYD8GAGo/BgCwPwYAvj8GAABABgAFQAYAUEAGAF1ABgAwxw0ApUAGAPBABgD4QAYAQEEGAEJBBgCQQQYAoUEGAOBBBgDuQQYAMEIGAEtCBgCAQgYAjEIGANBCBgDYQgYAIMgNACVDBgBwQwYAd0MGAMBDBgDMQwYAEEQGABNEBgBgRAYAaEQGALBEBgDARAYAAEUGAAVFBgBQRQYAWUUGAKBFBgCtRQYA8EUGAPdFBgBARgYASEYGAHDIDQCdRgYA4EYGAOhGBgAwRwYAREcGAIBHBgCFRwYA0EcGANlHBgAgSAYAJkgGAHBIBgB4SAYAwEgGAM9IBgAQSQYAIUkGAGBJBgBpSQYAsEkGALNJBgAASgYACkoGAFBKBgBcSgYAoEoGAKZKBgDAyA0A/UoGAEBLBgBFSwYAkEsGAJdLBgDgSwYA7EsGADBMBgA4TAYAEMkNAJtMBgDQTAYA0kwGACBNBgAuTQYAcE0GAIFNBgDATQYAwk0GABBOBgApTgYAYE4GAHFOBgCwTgYAvE4GAGDJDQAPTwYAUE8GAF9PBgCgTwYAqU8GAPBPBgD2TwYAQFAGAEZQBgCQUAYAnFAGAOBQBgDnUAYAMFEGADhRBgCAUQYAhFEGANBRBgDbUQYAIFIGAC5SBgBwUgYAgVIGAMBSBgDMUgYAEFMGABhTBgCwyQ0AY1MGALBTBgC6UwYAAFQGAAJUBgBQVAYAaVQGAKBUBgCxVAYA8FQGAP5UBgBAVQYAQ1UGAJBVBgCbVQYA4FUGAO5VBgAwVgYAPVYGAIBWBgCXVgYA0FYGANhWBgAgVwYAIlcGAHBXBgB4VwYAwFcGAM9XBgAQWAYAFVgGAGBYBgBtWAYAsFgGAL1YBgAAWQYADFkGAFBZBgBfWQYAoFkGAKpZBgDwWQYA/lkGAEBaBgBFWgYAkFoGAJ1aBgDgWgYA6FoGADBbBgA6WwYAgFsGAIVbBgDQWwYA2FsGACBcBgAjXAYAcFwGAI1cBgDAXAYA0VwGABBdBgAYXQYAYF0GAGNdBgCwXQYAvF0GAABeBgAGXgYAUF4GAGteBgCgXgYArF4GAPBeBgD2XgYAAMoNAE9fBgCQXwYAkV8GAOBfBgAWYAYAMGAGAD5gBgCAYAYAgWAGANBgBgDYYAYAIGEGAC9hBgBwYQYAdWEGAMBhBgDNYQYAEGIGAB1iBgBgYgYAbGIGALBiBgC/YgYAAGMGAApjBgBQYwYAXmMGAKBjBgClYwYA8GMGAP1jBgBAZAYASGQGAJBkBgCaZAYA4GQGAOVkBgAwZQYAOGUGAIBlBgCKZQYA0GUGANtlBgAgZgYALGYGAHBmBgB4ZgYAUMoNAMVmBgAQZwYAE2cGAGBnBgBqZwYAsGcGALhnBgCgyg0ADmgGAFBoBgBmaAYAoGgGAKxoBgDwaAYA9WgGAEBpBgBJaQYAkGkGAJppBgDgaQYA6GkGADBqBgA8agYAgGoGAJNqBgDQagYA0WoGACBrBgAuawYAcGsGAHZrBgDAawYAzGsGABBsBgAXbAYA8MoNAGFsBgCwbAYAvGwGAABtBgANbQYAUG0GAFhtBgCgbQYAqm0GAPBtBgD/bQYAQG4GAEFuBgCQbgYAmG4GAOBuBgDvbgYAMG8GADVvBgCAbwYAjW8GANBvBgDdbwYAIHAGACxwBgBwcAYAf3AGAMBwBgDKcAYAEHEGAB5xBgBgcQYAZXEGALBxBgC9cQYAAHIGAAhyBgBQcgYAVHIGAKByBgCucgYA8HIGAPpyBgBAcwYAS3MGAJBzBgCYcwYA4HMGAOtzBgAwdAYANXQGAIB0BgCDdAYA0HQGANp0BgAgdQYAKHUGAHB1BgCPdQYAQMsNAMJ1BgAQdgYAEXYGAGB2BgBqdgYAsHYGAL52BgAAdwYAG3cGAFB3BgBcdwYAoHcGAKh3BgCQyw0A/HcGAEB4BgBGeAYAkHgGAKt4BgDgeAYA7HgGADB5BgA2eQYAgHkGAIh5BgDQeQYA3nkGACB6BgAjegYAcHoGAHh6BgDAegYAyXoGABB7BgAdewYAYHsGAGJ7BgCwewYAy3sGAAB8BgACfAYAUHwGAF58BgCgfAYAsXwGAPB8BgDyfAYAQH0GAFl9BgCQfQYAoX0GAOB9BgDsfQYAMH4GADh+BgDgyw0Ahn4GANB+BgDYfgYAIH8GACd/BgBwfwYAdX8GAMB/BgDMfwYAEIAGABOABgBggAYAaIAGALCABgC9gAYAAIEGAAWBBgBQgQYAWoEGAKCBBgCogQYA8IEGAPyBBgBAggYAU4IGAJCCBgCeggYA4IIGAOOCBgAwgwYAOoMGADDMDQCDgwYA0IMGANiDBgAghAYAI4QGAHCEBgB8hAYAwIQGAMaEBgAQhQYAK4UGAGCFBgBshQYAsIUGALaFBgAAhgYACIYGAFCGBgBehgYAoIYGAKOGBgDwhgYA+IYGAECHBgBJhwYAkIcGAJ2HBgDghwYA4ocGADCIBgBLiAYAgIgGAIKIBgDQiAYA3ogGACCJBgAxiQYAcIkGAHKJBgDAiQYA2YkGABCKBgAhigYAYIoGAGyKBgCwigYAuIoGAIDMDQAGiwYAUIsGAFiLBgCgiwYAp4sGAPCLBgD1iwYAQIwGAEyMBgCQjAYAk4wGAOCMBgDojAYAMI0GAD2NBgCAjQYAhY0GANCNBgDajQYAII4GACiOBgBwjgYAfI4GAMCOBgDTjgYAEI8GAB6PBgBgjwYAY48GALCPBgC6jwYA0MwNAAOQBgBQkAYAXJAGAKCQBgCmkAYA8JAGAAuRBgBAkQYATJEGAJCRBgCWkQYA4JEGAOiRBgAwkgYAPpIGAICSBgCDkgYA0JIGANiSBgAgkwYAKZMGAHCTBgB9kwYAwJMGAMKTBgAQlAYAK5QGAGCUBgBilAYAsJQGAL6UBgAAlQYAEZUGAFCVBgBSlQYAoJUGALmVBgDwlQYAAZYGAECWBgBMlgYAkJYGAJiWBgAgzQ0A5pYGADCXBgA4lwYAgJcGAIeXBgDQlwYA1ZcGACCYBgAsmAYAcJgGAHOYBgDAmAYAyJgGABCZBgAdmQYAYJkGAGWZBgCwmQYAupkGAACaBgAImgYAUJoGAFyaBgCgmgYAs5oGAPCaBgD+mgYAQJsGAEObBgCQmwYAmpsGAHDNDQDimwYAMJwGAOWbBgCgZwcA6ZsGAAC3DADumwYAQMcHADqcBgDAMwwAQZwGAICcBgCRnAYA0JwGAN6cBgAgnQYAPJ0GAHCdBgCMnQYAwM0NAM6dBgAQngYAHZ4GAGCeBgB3ngYAsJ4GALyeBgAAnwYABp8GAFCfBgBWnwYAoJ8GAKWfBgDwnwYA9p8GABDODQBFoAYAkKAGAJigBgDgoAYA46AGADChBgA8oQYAgKEGAIahBgDQoQYA66EGACCiBgAsogYAcKIGAHaiBgDAogYAyKIGABCjBgASowYAYKMGAHujBgCwowYAsqMGAACkBgAOpAYAUKQGAGGkBgCgpAYAoqQGAPCkBgAJpQYAQKUGAFGlBgCQpQYAnKUGAADPDQD2pQYAMKYGAD+mBgCApgYAWaYGADCrBgCCpgYA0KYGAN+mBgAgpwYAK6cGAHCnBgB8pwYAwKcGAMOnBgAQqAYAx6cGAEC0BgDcpwYAUK4GAByoBgBgqAYAZqgGALCoBgDLqAYAAKkGAAypBgBQqQYAVqkGAKCpBgCsqQYA8KkGAPapBgBAqgYARqoGAJCqBgCVqgYA4KoGAOaqBgBQzw0AM6sGAICrBgCcqwYA0KsGANirBgBA0A0ALKwGAHCsBgB2rAYAwKwGANusBgAQrQYAHK0GAGCtBgBmrQYAsK0GALitBgAArgYAIa4GAJDQDQBYrgYA4NANAKWuBgDwrgYA/a4GAECvBgBNrwYAkK8GAJyvBgDgrwYA768GADCwBgA6sAYAgLAGAIiwBgDQsAYA2rAGACCxBgAusQYAcLEGAIaxBgDAsQYAzLEGABCyBgAVsgYAYLIGAGmyBgCwsgYAurIGAACzBgAIswYAULMGAFqzBgCgswYApbMGAPCzBgD4swYAMNENAEy0BgCQtAYAo7QGAOC0BgDvtAYAMLUGADy1BgCAtQYAgbUGANC1BgDatQYAILYGAC62BgBwtgYAdbYGAMC2BgDNtgYAgNENABu3BgBgtwYAbLcGALC3BgC2twYAALgGAAy4BgBQuAYAWLgGAHDSDQCjuAYA8LgGAPi4BgBAuQYATbkGAJC5BgCVuQYA4LkGAOi5BgAwugYAMroGAIC6BgCbugYA0LoGANK6BgAguwYALrsGAHC7BgCBuwYAwLsGAMK7BgAQvAYAKbwGAGC8BgBxvAYAsLwGALy8BgAAvQYACL0GAMDSDQBVvQYAoL0GAK29BgDwvQYA/b0GAEC+BgBMvgYAkL4GAJ++BgDgvgYA6r4GADC/BgA+vwYAgL8GAIW/BgDQvwYA3b8GACDABgAowAYAcMAGAHLABgDAwAYAysAGABDBBgAYwQYAENMNAGvBBgCwwQYAvsEGAADCBgADwgYAUMIGAFjCBgCgwgYAtsIGAPDCBgD1wgYAQMMGAFbDBgCQwwYAnMMGAODDBgDtwwYAMMQGADrEBgBg0w0AjsQGANDEBgDpxAYAIMUGADbFBgBwxQYAf8UGAMDFBgDaxQYAEMYGABPGBgDAygYAG8YGAHDPBgAfxgYAYMYGAGXGBgCwxgYAvcYGAADHBgANxwYAUMcGAFzHBgCgxwYAr8cGAPDHBgD6xwYAQMgGAE7IBgCQyAYAlcgGAODIBgDtyAYAMMkGADzJBgCAyQYAhskGANDJBgDWyQYAIMoGACXKBgBwygYAdsoGALDTDQDMygYAEMsGABbLBgBgywYAe8sGALDLBgC8ywYAAMwGAAbMBgBQzAYAV8wGAKDMBgClzAYAMM4GAKzMBgDwzAYA8swGAEDNBgBHzQYAkM0GAKzNBgDgzQYA6M0GAKDUDQA0zgYAgM4GAI3OBgDQzgYA7M4GACDPBgAozwYA8NQNAHXPBgDAzwYAw88GABDQBgAa0AYAYNAGAHHQBgCw0AYAtdAGAADRBgAF0QYAUNEGAHDRBgCg0QYAqdEGAPDRBgDx0QYAQNIGAEzSBgCQ0gYAltIGAODSBgDm0gYAMNMGADXTBgCA0wYAhtMGAEDVDQDS0wYAINQGACbUBgBw1AYAkNQGAMDUBgDM1AYAENUGABfVBgBg1QYAaNUGALDVBgC31QYAANYGAAzWBgBQ1gYAUtYGAKDWBgCn1gYAMNYNAPLWBgBA1wYAQ9cGAJDXBgCY1wYA4NcGAPDXBgAw2AYAMtgGAIDYBgCO2AYA0NgGAOHYBgCA1g0AJ9kGANDWDQB92QYAwNkGAMfZBgAQ2gYAGNoGAGDaBgBu2gYAsNoGALPaBgAA2wYACNsGAFDbBgBX2wYAoNsGAK7bBgDw2wYA89sGAEDcBgBC3AYAkNwGAKncBgDg3AYA8dwGADDdBgA83QYAgN0GAIfdBgDQ3QYA2N0GACDeBgAp3gYAcN4GAH3eBgDA3gYAyt4GABDfBgAe3wYAYN8GAHHfBgCw3wYAuN8GAADgBgAK4AYAUOAGAF7gBgCg4AYAtuAGAPDgBgD84AYAQOEGAEfhBgCQ4QYAmOEGAODhBgDm4QYAMOIGADziBgCA4gYAiuIGANDiBgDW4gYAIOMGADTjBgBw1w0AdeMGAMDjBgDD4wYAEOQGABrkBgBg5AYAYuQGALDkBgDL5AYAAOUGAALlBgBQ5QYAXuUGAKDlBgCx5QYA8OUGAPLlBgBA5gYAWeYGAJDmBgCh5gYA4OYGAOzmBgDA1w0ATecGAIDnBgCR5wYA0OcGAOznBgAg6AYAKOgGABDYDQB16AYAwOgGAMjoBgAQ6QYAG+kGAGDpBgBl6QYAsOkGALPpBgAA6gYACuoGAFDqBgBT6gYAoOoGAKjqBgDw6gYA8uoGAEDrBgBb6wYAkOsGAJLrBgDg6wYA7usGADDsBgBB7AYAgOwGAILsBgDQ7AYA6ewGACDtBgAx7QYAcO0GAHztBgDA7QYAyO0GAGDYDQAd7gYAYO4GAGjuBgCw7gYAuu4GAADvBgAL7wYAUO8GAFzvBgCg7wYAqO8GALDYDQD17wYAQPAGAEXwBgCQ8AYAofAGAADZDQDt8AYAMPEGADLxBgCA8QYAmfEGANDxBgDh8QYAIPIGACzyBgBw8gYAePIGAFDZDQDF8gYAEPMGABjzBgBg8wYAb/MGALDzBgC28wYAAPQGAAz0BgBQ9AYAUvQGAKD0BgCq9AYA8PQGAPz0BgBA9QYASPUGAKDZDQCc9QYA4PUGAOP1BgAw9gYAM/YGAID2BgCO9gYA0PYGANX2BgAg9wYALfcGAPDZDQCB9wYAwPcGAMj3BgAQ+AYAzfcGANAABwAb+AYAYPgGAGX4BgCw+AYAs/gGAAD5BgAK+QYAUPkGAHP5BgCg+QYAo/kGAPD5BgAU+gYAQPoGAEj6BgBA2g0AlvoGAOD6BgDu+gYAMPsGADz7BgCA+wYAh/sGAND7BgDY+wYAIPwGADD8BgBw/AYAdfwGAMD8BgDG/AYAEP0GABj9BgBg/QYAff0GALD9BgC5/QYAAP4GAAz+BgBQ/gYAVv4GAKD+BgC0/gYA8P4GAPj+BgBA/wYAUP8GAJD/BgCS/wYA4P8GAO7/BgAwAAcAQQAHAJDaDQCHAAcA4NoNANUABwAgAQcAJwEHAHABBwB8AQcAwAEHAMMBBwAQAgcAIAIHAGACBwBiAgcAsAIHAL4CBwAAAwcAEQMHADDbDQBXAwcAgNsNALMDBwDwAwcA/wMHAEAEBwBMBAcAkAQHAJEEBwDgBAcA6gQHADAFBwA+BQcAgAUHAIUFBwDQBQcA3QUHANDbDQAlBgcAcAYHAHkGBwDABgcA0QYHABAHBwAXBwcAYAcHAGgHBwCwBwcAvQcHAAAIBwAFCAcAUAgHAFoIBwCgCAcAqAgHAPAIBwD2CAcAQAkHAEwJBwCQCQcAkgkHAOAJBwDvCQcAMAoHADsKBwCACgcAiAoHANAKBwDSCgcAIAsHAC0LBwBwCwcAhAsHAMALBwDICwcAEAwHAB8MBwBgDAcAZQwHALAMBwC9DAcAAA0HAAoNBwBQDQcAUg0HAKANBwCvDQcA8A0HAPoNBwBADgcASA4HAJAOBwCRDgcA4A4HAOUOBwAwDwcAPg8HAIAPBwCNDwcA0A8HANoPBwDA3A0AIxAHAHAQBwB8EAcA0B4HAIwQBwDAEAcAyBAHABDdDQAVEQcAYBEHAGgRBwCwEQcAsxEHAAASBwAMEgcAUBIHAFYSBwCgEgcAuxIHAPASBwD8EgcAQBMHAEYTBwCQEwcAkxMHAOATBwDoEwcAMBQHADIUBwCAFAcAmxQHANAUBwDSFAcAIBUHAC4VBwBwFQcAgRUHAMAVBwDCFQcAEBYHACkWBwBgFgcAcRYHALAWBwC8FgcAABcHAAgXBwBg3Q0AVRcHAKAXBwCmFwcA8BcHAPgXBwBAGAcATxgHAJAYBwCVGAcA4BgHAO0YBwAwGQcAPRkHAIAZBwCMGQcA0BkHAN8ZBwAgGgcAKhoHAHAaBwB+GgcAwBoHAMUaBwAQGwcAHRsHALDdDQBsGwcAsBsHALYbBwAAHAcAGxwHAFAcBwBcHAcAoBwHAKYcBwDwHAcA8xwHAEAdBwBMHQcAkB0HAJYdBwDgHQcA5h0HADAeBwA1HgcAgB4HAIYeBwAA3g0A1h4HACAfBwAmHwcAcB8HAHUfBwDAHwcAxh8HAFDeDQAVIAcAYCAHAG0gBwCwIAcAvSAHAAAhBwAMIQcAUCEHAF8hBwCgIQcAqiEHAPAhBwD+IQcAQCIHAEUiBwCQIgcAnSIHAOAiBwD4IgcAMCMHADYjBwCAIwcAjCMHANAjBwDgIwcAICQHACkkBwBwJAcAcyQHAMAkBwDMJAcAECUHABclBwBA3w0AYiUHALAlBwC6JQcAACYHAAMmBwBQJgcAWCYHAKAmBwCjJgcA8CYHAPwmBwBAJwcARicHAJAnBwCrJwcA4CcHAOwnBwAwKAcANigHAJDfDQCgKAcA0CgHANsoBwAgKQcAJSkHAHApBwB5KQcAwCkHAMMpBwAQKgcAHCoHAGAqBwBsKgcAYDQHAHgqBwCwKgcAtyoHAAArBwAGKwcAUCsHAF4rBwCgKwcAuysHAPArBwD8KwcAQCwHAEYsBwCQLAcAqiwHAOAsBwDsLAcAMC0HADYtBwCALQcAhi0HANAtBwDVLQcAIC4HACYuBwDg3w0AfS4HAMAuBwDMLgcAEC8HABovBwBgLwcAZC8HALAvBwC1LwcAADAHAAYwBwBQMAcAcDAHAKAwBwCsMAcA8DAHAPYwBwBAMQcARjEHAJAxBwCVMQcA4DEHAOYxBwCA4A0ANTIHAIAyBwCHMgcA0DIHANwyBwAgMwcAPDMHAHAzBwB4MwcAcOENAPczBwAQNAcANjQHAMDhDQBzNAcAsDQHAL80BwAANQcADDUHAFA1BwBRNQcAoDUHAKo1BwDwNQcA/jUHAEA2BwBFNgcAkDYHAJ02BwAQ4g0A6DYHAADjDQA1NwcAgDcHAI03BwDQNwcA3TcHACA4BwAsOAcAcDgHAH84BwDAOAcAyjgHABA5BwAeOQcAYDkHAGU5BwCwOQcAvTkHAAA6BwAIOgcAUDoHAFY6BwCgOgcArDoHAPA6BwAAOwcAQDsHAEk7BwCQOwcAkzsHAOA7BwDsOwcAMDwHADc8BwBQ4w0AizwHANA8BwDcPAcAID0HACg9BwCg4w0AfT0HAMA9BwDHPQcAED4HABE+BwBgPgcAZT4HALA+BwC+PgcAAD8HAA0/BwBQPwcAWj8HAKA/BwCoPwcA8D8HAPk/BwBAQAcARkAHAJBABwChQAcA4EAHAPxABwAwQQcAOEEHAPDjDQCLQQcA0EEHANpBBwAgQgcAKkIHAHBCBwBxQgcAQOQNAMVCBwAQQwcAHUMHAGBDBwBtQwcAsEMHALxDBwAARAcAD0QHAFBEBwBaRAcAoEQHAKhEBwDwRAcA+kQHAEBFBwBFRQcAkEUHAJhFBwCQ5A0A60UHADBGBwA8RgcAgEYHAIhGBwDg5A0A1UYHACBHBwAvRwcAcEcHAJBHBwDARwcAzEcHABBIBwAWSAcAYEgHAGhIBwCwSAcAt0gHAABJBwACSQcAUEkHAFxJBwCgSQcAtkkHAPBJBwD1SQcAQEoHAE1KBwAw5Q0AlUoHAOBKBwDvSgcAMEsHAFBLBwCASwcAjEsHANBLBwDWSwcAIEwHAChMBwBwTAcAd0wHAMBMBwDCTAcAEE0HABxNBwBgTQcAdk0HALBNBwC1TQcAAE4HAA1OBwBQTgcAWE4HAKBOBwCmTgcA8E4HAPlOBwBATwcATU8HAJBPBwCdTwcA4E8HAO5PBwAwUAcAPVAHAIBQBwCXUAcA0FAHAP5QBwCA5Q0AJlEHAHBRBwAtUQcAwO0LAIZRBwDAUQcAzlEHABBSBwATUgcAYFIHAGNSBwCwUgcAvlIHAABTBwAFUwcAUFMHAF1TBwCgUwcAqFMHAPBTBwD3UwcAQFQHAExUBwCQVAcAnVQHAOBUBwDuVAcAMFUHADxVBwCAVQcAh1UHANBVBwDYVQcAIFYHACRWBwBwVgcAe1YHAMBWBwDOVgcAEFcHACFXBwBgVwcAbFcHALBXBwC4VwcA0OUNAAZYBwBQWAcAZFgHAKBYBwCuWAcA8FgHAP1YBwBAWQcAV1kHAJBZBwCYWQcA4FkHAOpZBwAwWgcANVoHAIBaBwCIWgcA0FoHAN9aBwAgWwcAJVsHAHBbBwB9WwcAwFsHAM1bBwAQXAcAHFwHAGBcBwBvXAcAsFwHALpcBwAAXQcACF0HAFBdBwBaXQcAoF0HAKVdBwDwXQcA+F0HACDmDQBLXgcAkF4HAJxeBwDgXgcA6F4HAHDmDQA1XwcAgF8HAI9fBwDQXwcA8F8HACBgBwAsYAcAcGAHAHZgBwDAYAcAyGAHABBhBwAXYQcAYGEHAGJhBwCwYQcAvGEHAABiBwAWYgcAUGIHAFViBwCgYgcArWIHAMDmDQD5YgcAQGMHAEZjBwCQYwcAnmMHAOBjBwDtYwcAMGQHAEdkBwCAZAcAiGQHANBkBwDfZAcAIGUHACVlBwBwZQcAfWUHAMBlBwDNZQcAEGYHABxmBwBgZgcAb2YHALBmBwC6ZgcAAGcHABxnBwBQZwcAWGcHABDnDQCtZwcA8A4LAK9nBwDwZwcA+mcHAFBUCwAQaAcAQGgHAExoBwCQaAcAlmgHAOBoBwDoaAcAwKYHAOxoBwAwaQcA+mgHACCSBwBDaQcAgGkHAI9pBwDQaQcA3GkHACBqBwAhagcAcGoHAHpqBwDAagcAzmoHABBrBwAVawcAYGsHAG1rBwBg5w0AtmsHAABsBwAGbAcAUGwHAFVsBwCgbAcApmwHAFDoDQD7bAcAQG0HAE5tBwCQbQcAoW0HAOBtBwDsbQcAMG4HADhuBwDw6A0AjG4HANBuBwDabgcAIG8HAC9vBwBwbwcAe28HAMBvBwDObwcAEHAHAB1wBwBgcAcAd3AHALBwBwC4cAcAAHEHAANxBwBQcQcAXHEHAKBxBwCmcQcA8HEHAAtyBwBAcgcATHIHAJByBwCWcgcA4HIHAOhyBwAwcwcAMnMHAIBzBwCBcwcA0HMHAN5zBwAgdAcAKHQHAHB0BwCLdAcAwHQHAMx0BwAQdQcAFnUHAGB1BwBjdQcAsHUHAL51BwAAdgcABXYHAFB2BwBddgcAQOkNAK12BwCAUQsAsXYHAPB2BwCzdgcAcJMLAPx2BwBAdwcATXcHAJB3BwCVdwcA4HcHAOp3BwAweAcAQHgHAIB4BwCFeAcA0HgHANl4BwAgeQcALXkHAHB5BwB3eQcAwHkHAMx5BwAQegcAFnoHAGB6BwBmegcAsHoHALV6BwAAewcABnsHAJDpDQBcewcAoHsHAKZ7BwDwewcA9nsHAEB8BwBNfAcAkHwHAJV8BwDgfAcA6HwHADB9BwBlfQcAgH0HALB9BwDQfQcA2H0HACB+BwAtfgcAcH4HAHV+BwDAfgcAyH4HABB/BwATfwcAYH8HAGl/BwCwfwcAv38HAACABwALgAcAUIAHAFiABwCggAcAsIAHAPCABwD+gAcAQIEHAFGBBwCQgQcAnIEHAOCBBwDogQcAgOoNADaCBwCAggcAiIIHANCCBwDXggcAIIMHAC6DBwBwgwcAdoMHAMCDBwDMgwcAEIQHAB+EBwBghAcAaoQHALCEBwC1hAcAAIUHAAaFBwBQhQcAZIUHANDqDQCthQcA8IUHAK+FBwAgxAcA9YUHAECGBwBMhgcAkIYHAJ2GBwDghgcA6oYHACDrDQBLhwcAgIcHAIKHBwDQhwcA1ocHACCIBwBWiAcAcIgHAHaIBwDAiAcAyYgHABCJBwAdiQcAYIkHAJaJBwCwiQcAt4kHAACKBwAFigcAUIoHAF+KBwCgigcAwIoHAPCKBwD8igcAQIsHAEaLBwCQiwcAqosHAOCLBwDjiwcAMIwHADWMBwCAjAcAj4wHANCMBwDwjAcAwOsNAECNBwBwjQcAfI0HAMCNBwDKjQcAEI4HAByOBwDgNQgAHY4HAGCOBwBljgcAsI4HALqOBwAAjwcAEI8HAFCPBwBVjwcAoI8HAKmPBwDwjwcA/Y8HAECQBwBHkAcAkJAHAJyQBwDgkAcA5pAHADCRBwA2kQcAgJEHAIWRBwDQkQcA1pEHABDsDQAjkgcAcJIHAHWSBwDAkgcAz5IHABCTBwAwkwcAsOwNAG6TBwCwkwcAvZMHAACUBwAHlAcAUJQHAFiUBwCglAcAopQHAPCUBwCnlAcA4PcJALeUBwCgugkA9pQHAPDdCQD4lAcAQJUHAESVBwDAnAcAVpUHAOCdCQBblQcAkJUHAJKVBwDglQcA8ZUHADCWBwA+lgcAgJYHAIeWBwDQlgcA2JYHACCXBwAnlwcAcJcHAHWXBwDAlwcAz5cHABCYBwAwmAcAYJgHAGyYBwCwmAcAtpgHAACZBwAImQcAUJkHAFyZBwCgmQcArZkHAPCZBwALmgcAQJoHAE6aBwCQmgcAlpoHAOCaBwDlmgcAMJsHAD2bBwCAmwcAlpsHANCbBwDcmwcAIJwHAC2cBwBwnAcAepwHAADtDQDFnAcAEJ0HABadBwBgnQcAgJ0HALCdBwC+nQcAAJ4HAA2eBwBQngcAZ54HAKCeBwCongcA8J4HAP+eBwBAnwcARZ8HAJCfBwCdnwcA4J8HAOqfBwAwoAcAMqAHAICgBwCOoAcA0KAHAN2gBwAgoQcALKEHAHChBwB2oQcAwKEHAMihBwAQogcAFqIHAGCiBwBpogcAsKIHAL2iBwAAowcACqMHAFCjBwBeowcAoKMHALajBwDwowcA/KMHAECkBwBIpAcAUO0NAJqkBwDgpAcA5qQHADClBwAypQcAgKUHAIqlBwDQpQcA3KUHACCmBwA3pgcAcKYHAISmBwCg7Q0AzqYHABCnBwATpwcAYKcHAGinBwCwpwcAvKcHAACoBwAOqAcAUKgHAFqoBwCgqAcAq6gHAPCoBwD8qAcAQKkHAEapBwCQqQcAmKkHAOCpBwDtqQcAMKoHADWqBwCAqgcAiqoHANCqBwDYqgcAIKsHACarBwBwqwcAeasHAMCrBwDNqwcAEKwHAB2sBwBgrAcAbqwHALCsBwC9rAcAAK0HABetBwBQrQcAWK0HAKCtBwClrQcA8K0HAPatBwBArgcASK4HAJCuBwCmrgcA4K4HAO6uBwAwrwcAM68HAICvBwCPrwcA0K8HANWvBwAgsAcALbAHAHCwBwCAsAcAwLAHAM6wBwAQsQcAJ7EHAGCxBwBpsQcAsLEHALaxBwAAsgcADLIHAFCyBwBXsgcA8O0NAKyyBwDwsgcA8rIHAECzBwBKswcAkLMHAJyzBwDgswcA6LMHAEDuDQA1tAcAgLQHAI+0BwDQtAcA8LQHACC1BwAstQcAcLUHAHa1BwDAtQcAyLUHABC2BwARtgcAYLYHAGa2BwCwtgcAtbYHAAC3BwAbtwcAULcHAF63BwCgtwcAp7cHAPC3BwD8twcAQLgHAEa4BwCQ7g0AlbgHAOC4BwDquAcAMLkHAEG5BwCAuQcAjLkHANC5BwDTuQcAILoHACO6BwBwugcAeLoHAMC6BwDHugcAELsHABW7BwBguwcAb7sHALC7BwDQuwcAALwHAAy8BwBQvAcAVrwHAKC8BwCovAcA8LwHAP28BwBAvQcARb0HAJC9BwCavQcA4L0HAOi9BwAwvgcAQL4HAIC+BwCFvgcA0L4HANm+BwAgvwcALb8HAHC/BwB3vwcA4O4NAMW/BwAQwAcAH8AHAGDABwCAwAcAsMAHALzABwAAwQcABsEHAFDBBwBYwQcAoMEHAKzBBwDwwQcA/cEHAEDCBwBHwgcAkMIHAJHCBwDgwgcA5cIHADDDBwA+wwcAgMMHAI3DBwDQwwcA2sMHADDvDQAlxAcAcMQHAH3EBwDAxAcAzcQHABDFBwAWxQcAYMUHAGzFBwCwxQcAwMUHAADGBwAJxgcAUMYHAFPGBwCgxgcArMYHAPDGBwD3xgcAgO8NAELHBwCQxwcAR8cHADCxCgBQxwcAMIwMAKHHBwDgxwcA6McHADDIBwA6yAcAgMgHAI/IBwDQyAcA0cgHACDJBwAoyQcAIPANAHjJBwBw8A0A38kHABDxDQAuygcAYMoHADPKBwBwMggAOMoHAKDpBwBoygcAsMoHAL/KBwAAywcABcsHAFDLBwBdywcAoMsHAK3LBwDwywcA/MsHAEDMBwBPzAcAkMwHAJrMBwDgzAcAA80HADDNBwBlzQcAgM0HAKTNBwDQzQcA2M0HAGDxDQAlzgcAcM4HAHbOBwDAzgcAyM4HALDxDQAezwcAYM8HAHvPBwCwzwcAvM8HAADQBwAR0AcAUNAHAGTQBwCg0AcAqNAHAPDQBwD20AcAQNEHAEzRBwCQ0QcAoNEHAODRBwDp0QcAMNIHADPSBwCA0gcAjNIHANDSBwDX0gcAAPINAC7TBwBw0wcAetMHAFDyDQDF0wcAENQHAB3UBwBg1AcAbdQHALDUBwC81AcAANUHAA/VBwBQ1QcAWtUHAKDVBwCu1QcA8NUHAPXVBwBA1gcATdYHAJDWBwCY1gcA4NYHAObWBwAw1wcAPNcHAIDXBwCQ1wcA0NcHANnXBwAg2AcAI9gHAHDYBwB82AcAwNgHAMfYBwCg8g0AH9kHAGDZBwBl2QcAsNkHAL3ZBwAA2gcADdoHAFDaBwBW2gcAoNoHAKzaBwDw2gcAANsHAEDbBwBJ2wcAkNsHAJPbBwDg2wcA7NsHADDcBwA33AcA8PINAIXcBwDQ3AcA3dwHACDdBwA+3QcAcN0HAHzdBwDA3QcA090HABDeBwAe3gcAYN4HAGPeBwCw3gcAut4HAADfBwAO3wcAUN8HAF3fBwCg3wcAt98HAPDfBwD43wcAQOAHAEfgBwCQ4AcAleAHAODgBwD24AcAMOEHADLhBwCA4QcAjuEHANDhBwDd4QcAQPMNACjiBwCQ8w0AdeIHAMDiBwDN4gcAEOMHAB3jBwBg4wcAbOMHALDjBwC/4wcAAOQHAArkBwBQ5AcAXuQHAKDkBwCl5AcA8OQHAP3kBwBA5QcASOUHAJDlBwCW5QcA4OUHAOzlBwAw5gcAQOYHAIDmBwCJ5gcA0OYHANPmBwAg5wcALOcHAHDnBwB35wcA4PMNAMznBwAQ6AcAIOgHAGDoBwBp6AcAsOgHALPoBwAA6QcADOkHAFDpBwBX6QcAMPQNAKnpBwDA7AcAqukHAPDpBwD/6QcAQOoHAAHqBwCA6wcAQeoHAJDqBwCs6gcA4OoHABbrBwAw6wcAZusHAID0DQCD6wcA0OsHAOzrBwAg7AcAVuwHAHDsBwCm7AcA0PQNAM3sBwAQ7QcAHu0HAGDtBwBz7QcAsO0HAMztBwAA7gcANu4HAFDuBwCG7gcAIPUNALHuBwDw7gcA/O4HAEDvBwBI7wcAcPUNAJXvBwDg7wcA6O8HADDwBwA/8AcAgPAHAIXwBwDQ8AcA3fAHACDxBwAt8QcAcPEHAHzxBwDA8QcAz/EHABDyBwAa8gcAYPIHAGjyBwCw8gcAuvIHAADzBwAF8wcAUPMHAFjzBwDA9Q0Ar/MHAPDzBwCx8wcAMPUHAPHzBwBA9AcAXPQHAJD0BwDG9AcA4PQHABb1BwAQ9g0AM/UHAID1BwCc9QcA0PUHAAb2BwAg9gcAVvYHAGD2DQBz9gcAwPYHANH2BwAQ9wcALPcHAGD3BwCW9wcAsPcHAOb3BwCw9g0ADfgHAFD4BwBc+AcAoPgHAK/4BwDw+AcA+vgHAED5BwBO+QcAkPkHAJX5BwDg+QcA7fkHADD6BwA4+gcAgPoHAIb6BwDQ+gcAkPoHAJBYCADc+gcAIPsHADD7BwBw+wcAefsHAMD7BwDD+wcAEPwHABz8BwBg/AcAZ/wHAAD3DQC1/AcAwHsKALr8BwAA/QcAvPwHAAAZCgAK/QcAUP0HAFH9BwCg/QcAr/0HAPD9BwD1/QcAQP4HAE3+BwCQ/gcAnf4HAOD+BwDs/gcAMP8HAD//BwCA/wcAiv8HAND/BwDe/wcAIAAIACUACABwAAgAfQAIAMAACADBAAgAEAEIABUBCABgAQgAZQEIALABCADBAQgAAAIIACMCCABQAggAWwIIAKACCAClAggA8AIIAPMCCABAAwgASgMIAJADCAC7AwgA4AMIAP8DCABQ9w0APAQIAIAECACCBAgA0AQIAN8ECAAgBQgAKwUIAHAFCAB4BQgAwAUIAMcFCAAQBggAEgYIAGAGCABqBggAsAYIALIGCAAABwgAGQcIAFAHCABSBwgAoAcIAKMHCADwBwgA/AcIAEAICABICAgAoPcNAJwICADgCAgA5ggIADAJCABLCQgAgAkIAIwJCADQCQgA1gkIACAKCAAoCggAcAoIAHIKCADACggAygoIABALCAAYCwgA8PcNAHELCACwCwgAtwsIAAAMCAAIDAgAUAwIAF0MCACgDAgApQwIAPAMCAD6DAgAQA0IAEgNCACQDQgAnw0IAOANCADlDQgAMA4IAD0OCACADggAjQ4IANAOCADcDggAIA8IAC8PCABwDwgAeg8IAMAPCADIDwgAEBAIABoQCABgEAgAZRAIALAQCAC4EAgAQPgNAAwRCABQEQgAYBEIAKARCACpEQgA8BEIAPMRCABAEggATBIIAJASCACXEggAkPgNAOYSCAAwEwgANhMIAIATCACFEwgA0BMIANYTCADg+A0AJhQIAHAUCAB2FAgAwBQIAMUUCADwpAsAzRQIABAVCAAVFQgAYBUIAGgVCACwFQgA4hUIAOAcCADnFQgAABYIADcWCABQFggAhxYIAKAWCADQFggA8BYIAPgWCABAFwgATxcIAJAXCACVFwgA4BcIAO0XCAAwGAgAPRgIAIAYCACMGAgA0BgIAN8YCAAgGQgAKhkIAHAZCAB+GQgAwBkIAMUZCAAQGggAHRoIAGAaCABoGggAsBoIALYaCAAAGwgADBsIAFAbCABgGwgAoBsIAKkbCADwGwgA8xsIAEAcCABMHAgAkBwIAJccCAAw+Q0AFx0IADAdCABgHQgAgB0IAIgdCADQHQgA3x0IACAeCAAlHggAcB4IAH0eCADAHggAzR4IABAfCAAcHwgAYB8IAG8fCACwHwgAuh8IAAAgCAAOIAgAUCAIAFUgCACgIAgArSAIAPAgCAD4IAgAQCEIAEYhCACQIQgAnCEIAOAhCADwIQgAMCIIADkiCACAIggAgyIIANAiCADcIggAICMIACcjCACA+Q0AciMIAKCzCwB+IwgAwCMIAM0jCAAQJAgAHCQIAGAkCABmJAgAsCQIALYkCAAAJQgABSUIAFAlCABWJQgA0PkNAMYlCADwJQgAFiYIAEAmCAByJggAkCYIAMcmCADgJggAECcIAHD6DQA8JwgAgCcIAD4nCAAgMQkAiicIANAnCADqJwgAICgIAC8oCABwKAgAdSgIAMAoCADNKAgAECkIAB0pCABgKQgAbCkIALApCAC/KQgAACoIAAoqCABQKggAXCoIAKAqCACzKggA8CoIAP8qCABAKwgATCsIAJArCACRKwgA4CsIAOorCAAwLAgAPiwIAIAsCACFLAgA0CwIAN0sCADA+g0AJS0IAHAtCAB9LQgAwC0IAM0tCAAQLggAHC4IAGAuCABvLggAsC4IALouCAAALwgADi8IAFAvCABVLwgAoC8IAK0vCADwLwgA+C8IAEAwCABGMAgAkDAIAJwwCADgMAgA8DAIADAxCAA5MQgAgDEIAIMxCADQMQgA3DEIACAyCAAnMggAsPsNAHUyCADAMggAwzIIABAzCAAYMwgAYDMIAGwzCACwMwgAtjMIAAA0CAAGNAgAUDQIAFU0CACgNAgApjQIAAD8DQAnNQgAQDUIAHc1CACQNQgAtDUIAKD8DQDmNQgAoEcJAPM1CAAwNggAPzYIAIA2CACMNggA0DYIANE2CAAgNwgAKjcIAHA3CAB+NwgAwDcIAMU3CAAQOAgAHTgIAPD8DQCDOAgAsDgIAOc4CAAAOQgANzkIAFA5CACHOQgAoDkIAMQ5CABA/Q0A/jkIAEA6CABFOggAkDoIAJ06CADgOggA6DoIADA7CAA2OwgAgDsIAIw7CADQOwgA4DsIACA8CAApPAgAcDwIAHM8CADAPAgA+DwIABA9CAAcPQgAkP0NAGY9CACwPQgAyT0IAAA+CAAOPggAUD4IAF0+CACgPggApz4IAPA+CAD5PggAQD8IAE0/CACQPwgApz8IAOA/CADjPwgAMEAIADJACACAQAgAiUAIANBACADgQAgAIEEIADlBCABwQQgAckEIAMBBCADJQQgAEEIIABhCCABgQggAYkIIALBCCADJQggAAEMIABdDCABQQwgAXEMIAKBDCACxQwgA8EMIAPxDCABARAgAS0QIAJBECACdRAgA4EQIAOpECADg/Q0AQ0UIAIBFCACORQgA0EUIALpFCACgTQgACUYIACBGCAAtRggAcEYIAHhGCADARggAxkYIABBHCAAcRwgAYEcIAGtHCACwRwgAuUcIAABICAADSAgAUEgIAFJICACgSAgAp0gIAPBICADySAgAMP4NAENJCACQSQgAnkkIAOBJCADlSQgAMEoIAD1KCACASggAjEoIANBKCADYSggAgP4NAC5LCABwSwgAgEsIAMBLCADOSwgAEEwIABlMCABgTAgAakwIALBMCACyTAgAAE0IAApNCABQTQgAUk0IAND+DQClTQgA8E0IAPhNCABATggARk4IAJBOCACcTggA4E4IAO9OCAAwTwgAOU8IAIBPCACDTwgA0E8IANJPCAAgUAgAJ1AIAHBQCAByUAgAIP8NAMVQCAAQUQgALFEIAGBRCAB8UQgAcP8NAL1RCADAYwkAv1EIAABSCAAFUggAUFIIAF1SCACgUggArVIIAPBSCAD2UggAQFMIAExTCACQUwgAoFMIAOBTCADpUwgAMFQIADNUCACAVAgAjFQIANBUCADXVAgAwP8NAC9VCABwVQgAdVUIAMBVCADNVQgAEFYIAB1WCABgVggAZlYIALBWCAC8VggAAFcIABBXCABQVwgAWVcIAKBXCACjVwgA8FcIAPxXCABAWAgAR1gIABAADgCSWAgA4FgIAO5YCAAwWQgAQVkIAGAADgCHWQgAsAAOANhZCAAAAQ4AJVoIAHBaCAB9WggAwFoIAM1aCAAQWwgAHFsIAGBbCABvWwgAsFsIALpbCAAAXAgADlwIAFBcCABVXAgAoFwIAK1cCADwXAgA+FwIAEBdCABGXQgAkF0IAJxdCADgXQgA8F0IADBeCAA5XggAgF4IAINeCADQXggA3F4IACBfCAAnXwgAUAEOAHVfCADAXwgAyF8IABBgCAATYAgAYGAIAGlgCACwYAgAv2AIAABhCAALYQgAUGEIAFhhCACgYQgAsGEIAPBhCAD+YQgAQGIIAFFiCACQYggAnGIIAOBiCADoYggAoAEOADZjCACAYwgAiGMIANBjCADXYwgAIGQIAC5kCABwZAgAdmQIAMBkCADMZAgAEGUIAB9lCABgZQgAamUIALBlCAC1ZQgAAGYIAAZmCABQZggAZGYIAPABDgCiZggA8GYIAPpmCABAZwgATmcIAJBnCACVZwgA4GcIAO1nCAAwaAgAMmgIAIBoCACRaAgA0GgIANxoCAAgaQgAJmkIAHBpCAB2aQgAwGkIAMVpCAAQaggAFmoIAEACDgBlaggAsGoIAMFqCAAAawgACGsIAFBrCAAMawgAgJAIAA5rCADgLAwAWmsIAKBrCACuawgA8GsIAAZsCABAbAgATGwIAJBsCACXbAgA4GwIAOhsCAAwbQgANW0IAIBtCACJbQgA0G0IANptCAAgbggAKG4IAHBuCAB0bggAwG4IAMtuCAAQbwgAHm8IAGBvCABxbwgAsG8IALxvCAAAcAgACHAIAJACDgBScAgAoHAIAK5wCADwcAgA+nAIAEBxCABOcQgAkHEIAJ1xCADgcQgA93EIADByCAA4cggAgHIIAJByCADQcggA1XIIACBzCAAmcwgAcHMIAHhzCADAcwgAwnMIABB0CAAddAgAYHQIAGh0CACwdAgAtXQIAAB1CAABdQgAUHUIAFx1CACgdQgArXUIAPB1CAD4dQgAQHYIAE92CACQdggAlXYIAOB2CADtdggAMHcIAD13CACAdwgAjHcIANB3CADfdwgAIHgIACp4CABweAgAfngIAMB4CADFeAgAEHkIAB15CADgAg4AY3kIALB5CAC4eQgAAHoIAA16CABQeggAVXoIAKB6CACqeggA8HoIAPh6CABAewgAQnsIAJB7CACrewgA4HsIAOJ7CAAwfAgAPnwIAIB8CACRfAgA0HwIANJ8CAAgfQgAOX0IAHB9CACBfQgAwH0IAMx9CAAQfggAJX4IAGB+CABofggAsH4IALZ+CAAAfwgADH8IAFB/CABtfwgAoH8IAKl/CADwfwgA/H8IAECACABDgAgAkIAIAJqACADggAgA6IAIADCBCAA6gQgAgIEIAI6BCADQgQgA5oEIACCCCAAsgggAcIIIAHeCCADAgggAyIIIABCDCAAVgwgAYIMIAGmDCACwgwgAuoMIAACECAAIhAgAUIQIAFKECACghAgAsIQIAPCECAD6hAgAQIUIAEyFCACQhQgAloUIAOCFCADohQgAMAMOADyGCACAhggAk4YIANCGCADshggAIIcIACiHCACAAw4AfocIAMCHCADWhwgAEIgIAByICABgiAgAZYgIALCICAC5iAgAAIkIAAqJCABQiQgAWIkIAKCJCACiiQgA8IkIAP+JCABAiggAXYoIAJCKCACZiggA4IoIAO6KCAAwiwgANosIAICLCACOiwgA0IsIAN2LCAAgjAgAN4wIAHCMCAB4jAgAwIwIAMKMCAAQjQgAGI0IAGCNCABvjQgAsI0IALWNCAAAjggADY4IAFCOCABdjggAoI4IAKyOCADwjggA/44IAECPCABKjwgAkI8IAJ6PCADgjwgA5Y8IADCQCAA9kAgA0AMOAIaQCADQkAgA1pAIACCRCAAlkQgAcJEIAHaRCAAgBA4AzpEIABCSCAAmkggAYJIIAGySCACwkggAtZIIAACTCAAJkwgAUJMIAFqTCACgkwgAw5MIAPCTCAD0kwgAQJQIAP+TCACAlQgAQpQIAJCUCACelAgA4JQIAOqUCAAwlQgAVJUIABAFDgCGlQgA0JUIANyVCAAglggAIpYIAHCWCAB6lggAwJYIAMyWCAAQlwgANJcIAGAFDgBklwgAsJcIAG+XCADwmAgAspcIAACYCAAOmAgAUJgIAFqYCACgmAgAxJgIALAFDgD2mAgAQJkIAEyZCACQmQgAkpkIAOCZCADqmQgAMJoIADyaCACAmggApJoIAAAGDgDtmggAIJsIACmbCABwmwgAfpsIAMCbCADGmwgAEJwIABycCABgnAgAaJwIAFAGDgC3nAgAAJ0IABmdCABQnQgAX50IAKCdCAConQgA8J0IAP+dCABAnggARZ4IAJCeCACdnggA4J4IAO2eCAAwnwgAPJ8IAICfCACPnwgA0J8IANqfCAAgoAgALqAIAHCgCAB1oAgAwKAIAM2gCACgBg4AEaEIADANCQApoQgAYKEIAGqhCACwoQgAsqEIAACiCAAOoggAUKIIAF2iCACgoggAqKIIAPCiCAAZowgAQKMIAEejCACQowgAqaMIAOCjCADvowgAMKQIADikCACApAgAj6QIANCkCADVpAgAIKUIAC2lCABwpQgAfaUIAMClCADMpQgAEKYIAB+mCABgpggAaqYIALCmCAC+pggAAKcIAAWnCABQpwgAXacIAPAGDgClpwgAcIAKAKynCADwpwgAyKcIAOCTDgADqAgAQKgIAE+oCACQqAgAnKgIAOCoCADsqAgAMKkIADepCACAqQgAjKkIANCpCADXqQgAIKoIACiqCABwqggAdKoIAMCqCADLqggAEKsIAByrCABgqwgAbasIALCrCAC4qwgAAKwIAAqsCABQrAgAVqwIAKCsCAC0rAgA8KwIAP6sCABArQgATa0IAJCtCACnrQgA4K0IAOitCAAwrggAOq4IAICuCACFrggA0K4IANiuCAAgrwgAL68IAHCvCAB1rwgAwK8IAM2vCAAQsAgAHbAIAGCwCABssAgAsLAIAL+wCAAAsQgACrEIAEAHDgBYsQgAoLEIAK+xCADwsQgA9bEIAECyCABJsggAkLIIAKGyCADgsggA57IIADCzCAA4swgAgLMIAI2zCADQswgA1bMIACC0CAAqtAgAcLQIAHi0CADAtAgA2bQIABC1CAActQgAYLUIAGi1CACQBw4Av7UIAAC2CAAdtggAULYIAFm2CACgtggArrYIAPC2CAD2tggAQLcIAEy3CACQtwgAl7cIAOC3CADotwgAMLgIAEC4CACAuAgAhrgIANC4CADVuAgAILkIADa5CABwuQgAeLkIAMC5CADKuQgAELoIABu6CABguggAbLoIALC6CAC4uggA4AcOAA27CABQuwgAV7sIAKC7CACsuwgA8LsIAPa7CABAvAgAUbwIAJC8CACkvAgA4LwIAO68CAAwvQgAPb0IAIC9CACXvQgA0L0IANi9CAAgvggAJ74IAHC+CAByvggAwL4IAMq+CAAQvwgAEr8IAGC/CAB5vwgAsL8IALK/CAAAwAgAA8AIAFDACABcwAgAoMAIAMzACAAwCA4A/8AIAEDBCABdwQgAkMEIAJnBCADgwQgA7sEIADDCCAA2wggAgMIIAIzCCADQwggA2MIIAIAIDgAowwgAcMMIAHbDCADAwwgAzMMIABDECAATxAgAYMQIAGXECACwxAgAucQIAADFCAAGxQgAUMUIAF/FCACgxQgArMUIAPDFCAD4xQgA0AgOAEbGCACQxggAlcYIAODGCAD2xggAMMcIADjHCACAxwgAjscIANDHCADaxwgAIMgIACPICABwyAgAeMgIAMDICADByAgAEMkIABbJCABgyQgAbskIALDJCADGyQgAAMoIAALKCABQyggAVsoIAKDKCAC0yggA8MoIAPjKCABAywgAUMsIAJDLCACSywgA4MsIAO/LCAAwzAgAOswIAIDMCACFzAgA0MwIANbMCAAgzQgANM0IAHDNCAB4zQgAwM0IAMXNCAAQzggAFs4IAGDOCABozggAsM4IALPOCAAAzwgABc8IAFDPCABZzwgAoM8IAKbPCADwzwgA/88IAEDQCABM0AgAIAkOAJrQCADg0AgA4tAIADDRCAA30QgAgNEIAIfRCADQ0QgA1tEIACDSCAAu0ggAcNIIAH3SCADA0ggA0NIIABDTCAAV0wgAYNMIAGjTCACw0wgAfNMIALA8CQC80wgAANQIAALUCADQ1ggADdQIAFDUCABV1AgAoNQIAKrUCADw1AgAANUIAEDVCABF1QgAkNUIAJnVCADg1QgA7dUIADDWCAA31ggAgNYIAIjWCABwCQ4A3tYIACDXCAA41wgAcNcIAHLXCADA1wgA19cIABDYCAAS2AgAYNgIAG7YCACw2AgAvdgIAADZCAAI2QgAwAkOAFbZCACg2QgAotkIAPDZCAD92QgAQNoIAEPaCACQ2ggAodoIAODaCADi2ggAMNsIADrbCACA2wgAjNsIANDbCADY2wgAEAoOACXcCABw3AgAc9wIAMDcCADK3AgAEN0IABjdCABg3QgAbd0IALDdCACy3QgAAN4IABbeCABQ3ggAXN4IAKDeCACo3ggAYAoOAPPeCABA3wgASd8IAJDfCACe3wgAkAcJAJ/fCADg3wgA698IADDgCAA44AgAgOAIAIvgCADQ4AgA1eAIACDhCAAj4QgAcOEIAHrhCAAACw4AxuEIABDiCAAr4ggAYOIIAGziCACw4ggAtuIIAADjCAAI4wgAUOMIAGbjCACg4wgAruMIAPDjCADz4wgAQOQIAFnkCACQ5AgAnOQIAODkCADr5AgAMOUIADLlCACA5QgAm+UIANDlCADe5QgAIOYIAC3mCABw5ggAh+YIAFALDgDW5ggAEOcIABHnCABg5wgAZecIALDnCAC25wgAAOgIAALoCABQ6AgAVugIAKDoCAC06AgA8OgIAPjoCABA6QgAUOkIAJDpCACS6QgA4OkIAO7pCAAw6ggAQeoIAKALDgCG6ggA0OoIANzqCADwCw4AIusIAHDrCACB6wgAwOsIAMjrCAAQ7AgAGewIAGDsCABn7AgAsOwIALHsCABADA4ADO0IAFDtCABS7QgAoO0IAKftCADw7QgA+O0IAEDuCABJ7ggAkO4IAJfuCADg7ggA4e4IAJAMDgA17wgAgO8IAIjvCADQ7wgA2u8IACDwCAAu8AgAcPAIAIbwCADA8AgAzPAIABDxCAAV8QgAYPEIAGnxCACw8QgAuvEIAOAMDgAB8ggAUPIIAFjyCACgKAoAaPIIAKDyCACt8ggA8PIIAPzyCABA8wgASvMIAJDzCACU8wgA4PMIAOXzCAAw9AgANvQIAID0CACg9AgA0PQIAOj0CAAg9QgAN/UIAHD1CAB89QgAwPUIAMr1CAAQ9ggAEvYIAGD2CABn9ggAsPYIALf2CAAA9wgABvcIAFD3CABc9wgAoPcIAKP3CADw9wgA8/cIAED4CABM+AgAkPgIAJP4CADg+AgA/PgIADD5CAA4+QgAMA0OAIz5CADQ+QgA2vkIACD6CAAi+ggAcPoIAHf6CADA+ggAx/oIABD7CAAW+wgAYPsIAG77CACw+wgAvfsIAAD8CAAQ/AgAUPwIAFX8CACg/AgAqPwIAPD8CAAA/QgAQP0IAEX9CACQ/QgAlv0IAOD9CADo/QgAgA0OADb+CACA/ggAiP4IAND+CADT/ggAIP8IACz/CABw/wgAdv8IAMD/CADb/wgAEAAJAB4ACQBgAAkAbwAJALAACQC8AAkAAAEJAAgBCQAgDg4AVQEJAKABCQCqAQkA8AEJAPgBCQBAAgkAYAIJAJACCQCdAgkA4AIJAOUCCQAwAwkANAMJAIADCQCNAwkAcA4OANUDCQAgBAkAIwQJAHAECQB6BAkAwAQJAMwECQAQBQkAIwUJAGAFCQBvBQkAsAUJALwFCQAABgkAAQYJAFAGCQBaBgkAoAYJAK4GCQDwBgkA9QYJAEAHCQBNBwkAwA4OAJoHCQDgBwkA4gcJADAICQBJCAkAgAgJAJEICQDQCAkA3AgJACAJCQAoCQkAsA8OAHcJCQDACQkAxwkJABAKCQAWCgkAYAoJAGwKCQCwCgkAswoJAAALCQADCwkAUAsJAFgLCQCgCwkAsAsJAPALCQD1CwkAQAwJAEkMCQCQDAkAnQwJAOAMCQDnDAkAABAOADwNCQCADQkAjQ0JANANCQDYDQkAIA4JACoOCQBwDgkAfw4JAMAOCQDBDgkAEA8JABgPCQBgDwkAbw8JALAPCQC1DwkAABAJAA0QCQBQEAkAXRAJAKAQCQCsEAkA8BAJAP8QCQBAEQkAShEJAJARCQCeEQkA4BEJAOURCQAwEgkAPRIJAIASCQCIEgkA0BIJANoSCQAgEwkAJRMJAHATCQB4EwkAUBAOAM4TCQAQFAkAHBQJAGAUCQBmFAkAsBQJALYUCQAAFQkABRUJAFAVCQBWFQkAoBAOAKwVCQDwFQkA9hUJAEAWCQBGFgkAkBYJAJ0WCQDgFgkA5RYJADAXCQA4FwkAgBcJAJ4XCQCQEQ4A0hcJAFAdCwDTFwkAwIUKANYXCQAAHgoA5hcJACAYCQAhGAkAcBgJAHUYCQDAGAkAxhgJABAZCQASGQkAYBkJAGYZCQCwGQkAxBkJAAAaCQAIGgkAUBoJAGAaCQCgGgkAohoJAPAaCQD+GgkAQBsJAFEbCQDgEQ4AlhsJAOAbCQDsGwkAMBIOAD0cCQCAHAkAiBwJANAcCQDdHAkAIB0JACIdCQBwHQkAhh0JAMAdCQDMHQkAEB4JABgeCQDQEg4AbB4JALAeCQCzHgkAAB8JAAUfCQBQHwkAYR8JAKAfCQCpHwkA8B8JAPofCQBAIAkATiAJAJAgCQCVIAkA4CAJAO0gCQAgEw4APCEJAIAhCQCNIQkA0CEJANIhCQAgIgkANiIJAHAiCQB8IgkAwCIJAMgiCQBwEw4AFSMJAGAjCQBmIwkAsCMJALgjCQAAJAkAAyQJAFAkCQBcJAkAoCQJAKYkCQDwJAkACyUJAEAlCQBNJQkAkCUJAJIlCQDgJQkA9iUJADAmCQA8JgkAgCYJAIgmCQDAEw4A1iYJACAnCQAlJwkAcCcJAIsnCQDAJwkAzicJABAoCQAXKAkAYCgJAGwoCQCwKAkAtygJABAUDgALKQkAUCkJAFgpCQCgKQkAqykJAPApCQD1KQkAQCoJAEMqCQCQKgkAmioJAOAqCQDoKgkAMCsJAD4rCQCAKwkAgysJANArCQDYKwkAICwJAEAsCQBwLAkAfSwJAMAsCQDFLAkAEC0JABQtCQBgLQkAbS0JAGAUDgDQLQkAAC4JAAkuCQBQLgkAUS4JAKAuCQCoLgkA8C4JAAAvCQBALwkAQi8JAJAvCQCeLwkA4C8JAPEvCQCwFA4ANjAJAIAwCQCMMAkAABUOANcwCQBQFQ4AJTEJAHAxCQCKMQkAwDEJAM8xCQAQMgkAGzIJAGAyCQBiMgkAsDIJAL0yCQAAMwkADTMJAFAzCQBcMwkAoDMJALEzCQDwMwkA8zMJAEA0CQBaNAkAkDQJAJk0CQDgNAkA7TQJADA1CQA2NQkAgDUJAIw1CQDQNQkA0zUJACA2CQAlNgkAcDYJAIE2CQDANgkA2zYJABA3CQAcNwkAYDcJAGc3CQCwNwkAsjcJAAA4CQAHOAkAUDgJAFc4CQCgOAkApjgJAPA4CQD8OAkAQDkJAEM5CQCQOQkAkzkJAOA5CQDsOQkAMDoJAEM6CQCAOgkAjzoJANA6CQDcOgkAIDsJACE7CQBwOwkAejsJAMA7CQDOOwkAEDwJABU8CQBgPAkAbTwJAKAVDgC4PAkA8BUOAAI9CQBQPQkAZj0JAKA9CQCsPQkA8D0JAPg9CQBAFg4ARj4JAJA+CQCYPgkA4D4JAOM+CQAwPwkAPD8JAIA/CQCGPwkA0D8JAOs/CQAgQAkALkAJAHBACQB/QAkAwEAJAMxACQAQQQkAGEEJAJAWDgBlQQkAsEEJALpBCQAAQgkACEIJAFBCCQBwQgkAoEIJAK1CCQDwQgkA9UIJAEBDCQBEQwkAkEMJAJ1DCQDgFg4AA0QJADBECQAzRAkAgEQJAIVECQDQRAkA30QJACBFCQBARQkAcEUJAHxFCQDARQkAykUJABBGCQAcRgkAYEYJAGZGCQCwRgkAtkYJAABHCQAFRwkAUEcJAFZHCQAwFw4ApkcJAPBHCQD1RwkAQEgJAEZICQDQFw4Ak0gJAOBICQDqSAkAMEkJADJJCQCASQkAmUkJANBJCQDhSQkAIEoJAC5KCQBwSgkAc0oJAMBKCQDLSgkAEEsJABhLCQBgSwkAYksJALBLCQC4SwkAAEwJAA1MCQBQTAkAXEwJAKBMCQCkTAkA8EwJAPhMCQBATQkAT00JAJBNCQCVTQkA4E0JAO1NCQAwTgkAPU4JAIBOCQCMTgkA0E4JAN9OCQAgTwkAKk8JAHBPCQB+TwkAwE8JAMVPCQAQUAkAHVAJACAYDgBoUAkAcBgOALRQCQDAVAkAvFAJAABRCQAGUQkAUFEJAFZRCQCgUQkArVEJAPBRCQD1UQkAQFIJAEhSCQCQUgkAwlIJAIBTCQDHUgkA4FIJAAZTCQDQUwkAF1MJADBTCQBnUwkAwBgOALdTCQAQGQ4A9lMJACBUCQBSVAkAcFQJAKdUCQBgGQ4AzlQJABBVCQAdVQkAYFUJAGxVCQCwVQkAtlUJAABWCQAGVgkAUFYJAFVWCQCgVgkAplYJALAZDgAWVwkA4FcJACdXCQBAVwkAd1cJAFAaDgDHVwkAoBoOAAZYCQAwWAkAYlgJAIBYCQC3WAkA8BoOANpYCQAgWQkAJVkJAHBZCQB4WQkAQBsOAMVZCQAQWgkAGVoJAGBaCQBtWgkAsFoJALdaCQCQGw4ACFsJAOAbDgBjWwkAoFsJAKxbCQDwWwkA/1sJAEBcCQBJXAkAkFwJAJpcCQDgXAkA4lwJADBdCQBJXQkAgF0JAJFdCQDQXQkA3F0JACBeCQAoXgkAMBwOAH5eCQDAXgkA0V4JABBfCQAcXwkAYF8JAGhfCQCAHA4AtV8JAABgCQAKYAkAUGAJAFhgCQCgYAkAsGAJAPBgCQD1YAkAQGEJAElhCQCQYQkAnWEJAOBhCQDnYQkA0BwOAD1iCQCAYgkAQ2IJANDxCwCFYgkA0GIJANxiCQAgYwkALWMJAHBjCQB6YwkAIB0OAMVjCQAQZAkAHGQJAGBkCQBtZAkAsGQJALpkCQAAZQkAHGUJAFBlCQBYZQkAcB0OAKVlCQDwZQkA+GUJAEBmCQBDZgkAkGYJAJlmCQDgZgkA72YJADBnCQA7ZwkAgGcJAIhnCQDQZwkA4GcJACBoCQAuaAkAcGgJAIFoCQDAaAkAzGgJABBpCQAYaQkAwB0OAGZpCQCwaQkAuGkJAABqCQAHagkAUGoJAF5qCQCgagkApmoJAPBqCQD8agkAQGsJAE9rCQCQawkAmmsJAOBrCQDlawkAMGwJADZsCQCAbAkAlGwJANBsCQDYbAkAIG0JAD5tCQBwbQkAeG0JABAeDgDIbQkAYB4OABhuCQBgbgkAeW4JALBuCQC5bgkAAG8JABBvCQBQbwkAYG8JAKBvCQCsbwkA8G8JAPZvCQBAcAkATnAJAJBwCQCdcAkA4HAJAPdwCQAwcQkAOHEJAIBxCQCKcQkA0HEJAN5xCQAgcgkANnIJAHByCQB8cgkAwHIJAMdyCQAQcwkAGHMJAGBzCQBlcwkAsHMJALlzCQAAdAkACnQJAFB0CQBYdAkAoHQJAKJ0CQDwdAkAAHUJAEB1CQBKdQkAkHUJAJx1CQDgdQkA5nUJADB2CQA4dgkAAB8OAIl2CQDQdgkA4XYJACB3CQAsdwkAcHcJAH13CQDAdwkAxXcJABB4CQAaeAkAYHgJAHB4CQCweAkAtXgJAAB5CQAJeQkAUHkJAF15CQCgeQkAp3kJAPB5CQD8eQkAQHoJAEZ6CQCQegkAlnoJAOB6CQDlegkAMHsJADZ7CQBQHw4AhXsJANB7CQDYewkAIHwJADZ8CQBwfAkAdXwJAMB8CQDHfAkAEH0JABl9CQBgfQkAcX0JALB9CQC8fQkAAH4JAAh+CQBAIA4AUn4JAKB+CQC2fgkA8H4JAPx+CQBAfwkAR38JAJB/CQCYfwkAkCAOAOV/CQAwgAkAOIAJAICACQCWgAkA0IAJANWACQAggQkAJ4EJAHCBCQB5gQkAwIEJANGBCQAQggkAHIIJAGCCCQBoggkA4CAOALKCCQAAgwkAFoMJAFCDCQBcgwkAoIMJAKeDCQDwgwkA+IMJADAhDgBFhAkAkIQJAJeECQDghAkA6YQJADCFCQBBhQkAgIUJAIyFCQDQhQkA2IUJAIAhDgAihgkAcIYJAH+GCQDAhgkA4IYJABCHCQAShwkAYIcJAHeHCQCwhwkAvIcJAACICQAIiAkAICIOAFWICQCgiAkAoogJAPCICQD3iAkAQIkJAEiJCQCQiQkAmYkJAOCJCQDmiQkAMIoJAEGKCQCAigkAiIoJAMAiDgDcigkAIIsJACOLCQBwiwkAdYsJAMCLCQDRiwkAEIwJACuMCQBgjAkAbIwJALCMCQC4jAkAECMOABaNCQBQjQkAUY0JAKCNCQCljQkA8I0JAPaNCQBAjgkASo4JAJCOCQCYjgkA4I4JAPKOCQBgIw4APY8JAICPCQCKjwkA0I8JANaPCQAgkAkANJAJAHCQCQB4kAkAwJAJANCQCQAQkQkAFZEJAGCRCQBmkQkAsJEJALiRCQAAkgkAAZIJAFCSCQBSkgkAoJIJAK+SCQDwkgkAEJMJAECTCQBCkwkAkJMJAKeTCQDgkwkA7JMJADCUCQA4lAkAsCMOAIiUCQDQlAkA6ZQJACCVCQAplQkAcJUJAHqVCQDAlQkAyJUJABCWCQAglgkAYJYJAGWWCQCwlgkAuZYJAACXCQANlwkAUJcJAFeXCQCglwkAqJcJAFAkDgD6lwkAQJgJAEiYCQCQmAkAnpgJAOCYCQDtmAkAMJkJADiZCQCAmQkAgpkJANCZCQDYmQkAIJoJACGaCQBwmgkAcpoJAMCaCQDPmgkAEJsJADCbCQBgmwkAYpsJALCbCQDHmwkAAJwJAAycCQBQnAkAapwJAKCcCQDJnAkA8JwJAPOcCQBAnQkARZ0JAJCdCQCdnQkAoCQOAOKdCQAwngkAOp4JAICeCQCPngkA0J4JANueCQAgnwkALp8JAHCfCQB9nwkAwJ8JANefCQAQoAkAGKAJAGCgCQBhoAkAsKAJALKgCQAAoQkAD6EJAFChCQBwoQkAoKEJAKKhCQDwoQkAB6IJAECiCQBMogkAkKIJAJiiCQDwJA4A5aIJADCjCQA2owkAgKMJAIijCQDQowkA76MJACCkCQAtpAkAcKQJAHGkCQDApAkA1qQJABClCQAspQkAQCUOAGWlCQCwpQkAuqUJAACmCQAIpgkAUKYJAFGmCQCgpgkAUqYJABCvCQCmpgkA8KYJAPymCQBApwkAUKcJAJCnCQCepwkA4KcJAPOnCQAwqAkAPKgJAICoCQCHqAkA0KgJANioCQAgqQkAJKkJAHCpCQB+qQkAwKkJAMqpCQAQqgkAG6oJAGCqCQBoqgkAsKoJAOaqCQAAqwkACKsJAFCrCQBVqwkAoKsJAKarCQDwqwkA+KsJAECsCQBarAkAkKwJAMasCQDgrAkA6KwJADCtCQA1rQkAgK0JAIatCQDQrQkA2K0JACCuCQA6rgkAcK4JAIquCQDArgkA9q4JAJAlDgAYrwkAYK8JAGevCQCwrwkAvK8JAACwCQABsAkAULAJAFywCQCgsAkArbAJAPCwCQD3sAkAQLEJAEyxCQCQsQkAnbEJAOCxCQDvsQkAMLIJAESyCQDgJQ4AjbIJANCyCQDasgkAILMJAC6zCQBwswkAhrMJAMCzCQDMswkAELQJABy0CQBgtAkAZrQJALC0CQC2tAkAALUJAAW1CQBQtQkAVrUJADAmDgCltQkA8LUJAPK1CQBAtgkAR7YJAJC2CQCYtgkA4LYJAOO2CQAwtwkAObcJAIC3CQCPtwkA0LcJANu3CQAguAkAKLgJAHC4CQCAuAkAwLgJAM64CQAQuQkAIbkJAGC5CQBsuQkAsLkJALi5CQAgJw4AHroJAFC6CQBYugkAcCcOAKy6CQDwugkABrsJAEC7CQBIuwkAkLsJAK+7CQDAJw4A47sJABD1CQDtuwkAMLwJADO8CQBw2AwAOLwJAIC8CQCCvAkA0LwJAIq8CQBgyAkAkbwJANDBCQDdvAkAIL0JADS9CQBwvQkAeL0JAMC9CQDFvQkAEL4JACC+CQBgvgkAaL4JALC+CQC6vgkAAL8JAAu/CQBQvwkAXL8JAKC/CQCovwkAECgOAPW/CQBAwAkAScAJAJDACQCWwAkA4MAJAO/ACQAwwQkAPMEJAIDBCQCDwQkAYCgOANXBCQAgwgkAL8IJAHDCCQBywgkAwMIJANHCCQAQwwkAIcMJAGDDCQB0wwkAsMMJALjDCQAAxAkADsQJAFDECQBdxAkAoMQJAKPECQDwxAkA+sQJAEDFCQBCxQkAkMUJAKHFCQDgxQkA8cUJADDGCQA8xgkAgMYJAIfGCQDQxgkA2MYJACDHCQA3xwkAcMcJAHzHCQDAxwkA1scJABDICQATyAkAsCgOAGvICQCwyAkAvMgJAADJCQAIyQkAACkOAFzJCQCgyQkAtskJAPDJCQDzyQkAQMoJAEjKCQCQygkAksoJAODKCQD7ygkAMMsJADLLCQCAywkAjssJANDLCQDhywkAIMwJACLMCQBwzAkAicwJAMDMCQDRzAkAEM0JABzNCQBQKQ4AZs0JALDNCQC+zQkAAM4JABvOCQBQzgkAXM4JAKDOCQCmzgkA8M4JAPjOCQBAzwkAUM8JAJDPCQCVzwkA4M8JAOnPCQAw0AkAPdAJAIDQCQCH0AkA0NAJANjQCQCgKQ4AJdEJAHDRCQB20QkAwNEJAMjRCQAQ0gkAOdIJAGDSCQBn0gkAsNIJAMnSCQAA0wkAD9MJAFDTCQBs0wkA8CkOAKXTCQDw0wkA+tMJAEDUCQBQ1AkAkNQJAJXUCQDg1AkA6dQJADDVCQA91QkAgNUJAIfVCQDQ1QkA3NUJACDWCQAz1gkAcNYJAH/WCQDA1gkAzNYJABDXCQAR1wkAYNcJAGrXCQCw1wkAvtcJAADYCQAF2AkAUNgJAF3YCQBAKg4AsdgJAPDYCQDy2AkAQNkJAEPZCQCQ2QkAk9kJAODZCQDn2QkAMNoJADzaCQCA2gkAkNoJANDaCQDg2gkAINsJACXbCQBw2wkAedsJAMDbCQDN2wkAENwJABfcCQBg3AkAbNwJALDcCQC23AkAAN0JAAbdCQBQ3QkAVd0JAKDdCQCm3QkAMCsOAPrdCQBA3gkATt4JAJDeCQCg3gkA4N4JAOLeCQAw3wkAP98JAIDfCQCK3wkA0N8JANjfCQAgLA4AJuAJAHDgCQB84AkAcCwOAMXgCQAQ4QkAGOEJAGDhCQBw4QkAsOEJAL7hCQAA4gkADeIJAFDiCQBX4gkAoOIJAKjiCQAQLQ4AAeMJAEDjCQBH4wkAkOMJAJjjCQDg4wkA7eMJADDkCQA15AkAgOQJAIrkCQDQ5AkA2OQJACDlCQA55QkAcOUJAHzlCQDA5QkAyOUJAGAtDgAc5gkAYOYJAGPmCQCw5gkAteYJAADnCQAR5wkAUOcJAGvnCQCg5wkArOcJAPDnCQD35wkAQOgJAFzoCQCQ6AkAmOgJALAtDgDl6AkAMOkJADrpCQCA6QkAiOkJANDpCQDg6QkAIOoJACXqCQBw6gkAeeoJAMDqCQDN6gkAEOsJABfrCQAALg4AcesJALDrCQC46wkAAOwJALzrCQCQ5woACuwJAFDsCQBV7AkAoOwJAKjsCQDw7AkA+ewJAEDtCQBN7QkAkO0JAJftCQDg7QkA7O0JADDuCQBA7gkAgO4JAI7uCQDQ7gkA3e4JACDvCQAs7wkAcO8JAHfvCQDA7wkAyO8JABDwCQAg8AkAYPAJAGnwCQCw8AkAvfAJAADxCQAP8QkAUPEJAFrxCQCg8QkArvEJAPDxCQD18QkAQPIJAE3yCQCQ8gkAmPIJAFAuDgDs8gkAMPMJAD3zCQCA8wkAg/MJANDzCQDe8wkAIPQJACX0CQBw9AkAffQJAMD0CQDI9AkAoC4OABj1CQBg9QkAZvUJALD1CQBn9QkA8EsKALz1CQAA9gkAHfYJAFD2CQBZ9gkAoPYJAK72CQDw9gkA9vYJAED3CQBM9wkAkPcJAJf3CQDwLg4A5vcJADD4CQA++AkAgPgJAJv4CQDQ+AkA3PgJACD5CQAm+QkAQC8OAJP5CQDA+QkAz/kJABD6CQAV+gkAYPoJAG36CQCw+gkAvfoJAAD7CQAM+wkAUPsJAF/7CQCg+wkAqvsJAPD7CQD++wkAQPwJAEX8CQCQ/AkAnfwJAOD8CQD8/AkAMP0JADj9CQCQLw4AjP0JAND9CQDt/QkAIP4JACn+CQBw/gkAfv4JAMD+CQDG/gkAEP8JABz/CQBg/wkAZ/8JALD/CQC4/wkAAAAKABYACgBQAAoAVQAKAKAACgCnAAoA8AAKAPkACgBAAQoAUQEKAJABCgCcAQoA4AEKAOgBCgAwMA4ANgIKAIACCgCFAgoA0AIKAOsCCgAgAwoALgMKAHADCgB3AwoAwAMKAMwDCgAQBAoAEwQKAGAECgBoBAoAsAQKALEECgAABQoAAgUKAFAFCgBfBQoAoAUKAMAFCgDwBQoA8gUKAEAGCgBXBgoAkAYKAJwGCgDgBgoA6AYKAIAwDgAxBwoAgAcKAIwHCgDQBwoA3wcKACAICgAoCAoA0DAOAHIICgDACAoAzggKABAJCgAhCQoAIDEOAGcJCgBwMQ4AuAkKABAyDgAKCgoAUAoKAFwKCgCgCgoAtgoKAPAKCgD8CgoAQAsKAFMLCgCQCwoAngsKAOALCgDqCwoAYDIOADgMCgCwMg4AlgwKANAMCgDcDAoAIA0KAC0NCgBwDQoAeg0KAMANCgDCDQoAEA4KABoOCgBgDgoAbg4KALAOCgC1DgoAAA8KAA0PCgBQDwoAWA8KAKAPCgCwDwoA8A8KAPIPCgBAEAoASRAKAJAQCgChEAoA4BAKAOoQCgAAMw4APBEKAIARCgCXEQoA0BEKAOsRCgBQMw4AORIKAHASCgB2EgoAwBIKAMoSCgCgMw4AEhMKAGATCgBxEwoAsBMKALgTCgAAFAoAzBMKANA5CgAMFAoAUBQKAFYUCgCgFAoAphQKAPAUCgD1FAoAQBUKAEYVCgDwMw4ArBUKAOAVCgDoFQoA4DQOAD4WCgCAFgoAkRYKANAWCgDhFgoAIBcKACwXCgBwFwoAdxcKADA1DgDRFwoAEBgKACEYCgBgGAoAbBgKALAYCgC3GAoAgDUOAAIZCgBQGQoAURkKAKAZCgCoGQoA8BkKAPUZCgBAGgoASRoKAJAaCgCaGgoA4BoKAOgaCgAwGwoANRsKAIAbCgCQGwoA0BsKANgbCgAgHAoANhwKAHAcCgB8HAoAwBwKANYcCgAQHQoAFR0KAGAdCgBmHQoAsB0KAMQdCgDQNQ4AFh4KAFAeCgBeHgoAoB4KAK0eCgDwHgoA8h4KAEAfCgBKHwoAkB8KAJwfCgDgHwoA5x8KADAgCgA4IAoAgCAKAJkgCgDQIAoA5CAKACAhCgAoIQoAcCEKAHIhCgDAIQoAzSEKABAiCgAVIgoAYCIKAGoiCgCwIgoAuyIKAAAjCgAMIwoAUCMKAFYjCgCgIwoAqCMKAPAjCgDxIwoAQCQKAEYkCgCQJAoAlSQKAOAkCgDvJAoAMCUKADwlCgCAJQoAgyUKANAlCgDTJQoAIDYOACUmCgBwJgoAjCYKAHA2DgDgJgoAECcKABgnCgDANg4AZicKALAnCgC8JwoAEDcOAAYoCgBQKAoAXCgKAEA5DgChKAoAECwKALAoCgDwKAoA8igKAEApCgBKKQoAkCkKAJIpCgDgKQoA8SkKADAqCgA4KgoAgCoKAIwqCgDQKgoA1ioKACArCgAmKwoAcCsKAHUrCgDAKwoAxisKAJA5DgASLAoAYCwKAGYsCgCwLAoAsywKAAAtCgAMLQoAUC0KAFgtCgCAOg4Api0KAPAtCgD2LQoAQC4KAEUuCgCQLgoAli4KANA6DgDiLgoAMC8KADkvCgCALwoAly8KANAvCgDbLwoAIDAKACowCgBwMAoAeDAKAMA7DgDNMAoAEDEKABgxCgBgMQoAajEKALAxCgC7MQoAADIKAAYyCgBQMgoAXDIKAKAyCgCiMgoA8DIKAPcyCgBAMwoASDMKAJAzCgCiMwoAEDwOABs0CgAwNAoAODQKAIA0CgCjNAoAAD0OANI0CgAgNQoALTUKAHA1CgB3NQoAwDUKANE1CgAQNgoAHDYKAGA2CgBnNgoAsDYKALE2CgBAVgoAuDYKAFA9DgATNwoAUDcKAF83CgCgNwoArDcKAPA3CgDxNwoAQDgKAEo4CgCQOAoAnjgKAOA4CgDlOAoAMDkKAD05CgCgPQ4AiDkKAPA9DgDYOQoAQD4OACI6CgBwOgoALDoKAPBtCwBzOgoAEBcLAH06CgDAOgoAzjoKABA7CgAfOwoAYDsKAIA7CgCwOwoAvDsKAAA8CgAHPAoAUDwKAFg8CgCgPAoAojwKAPA8CgD6PAoAMD8OAEo9CgCQPQoAmD0KAIA/DgDqPQoAMD4KADg+CgDQPw4AvD4KANA+CgDYPgoAID8KAD4/CgAgQA4Afj8KAMA/CgDQPwoAEEAKACBACgBgQAoAbEAKALBACgC2QAoAAEEKABxBCgBQQQoAWEEKAHBADgC0QQoA8EEKAPpBCgBAQgoATEIKAJBCCgCYQgoAwEAOAOtCCgAwQwoAMkMKAIBDCgCGQwoA0EMKANhDCgAQQQ4AIkQKAHBECgBzRAoAwEQKAMhECgAQRQoAIEUKAGBFCgBiRQoAsEUKAL5FCgAARgoAEUYKAGBBDgBXRgoAsEEOAKZGCgDwRgoA9UYKAEBHCgBGRwoAAEIOAJ1HCgDgRwoA6kcKADBICgAySAoAgEgKAJNICgDQSAoA2EgKACBJCgAsSQoAcEkKAHZJCgDASQoAxkkKABBKCgAVSgoAYEoKAGZKCgDwQg4AuUoKAABLCgANSwoAUEsKAFdLCgCgSwoAqEsKAEBDDgD8SwoAQEwKAEpMCgCQTAoAnEwKAOBMCgDvTAoAME0KADpNCgCATQoAjE0KANBNCgDXTQoAkEMOACNOCgCQ5gsAJk4KAHBOCgAvTgoA8E8LAHxOCgDATgoAyE4KAOBDDgAcTwoAYE8KAGpPCgCwTwoAvE8KAABQCgAPUAoAUFAKAFpQCgCgUAoArFAKAPBQCgD3UAoAMEQOAE5RCgCQUQoAYFEKAEBBCwCnUQoA4FEKAO1RCgAwUgoAMlIKAIBSCgCRUgoA0FIKAOxSCgAgUwoAKFMKAIBEDgCJUwoAwFMKANRTCgAQVAoAGFQKAGBUCgBjVAoAsFQKAL5UCgAAVQoAF1UKAFBVCgBdVQoAoFUKAKJVCgDwVQoAAVYKANBEDgBGVgoAkFYKAJVWCgDgVgoA9lYKADBXCgA+VwoAgFcKAINXCgDQVwoA3FcKACBYCgAmWAoAcFgKAHxYCgDAWAoA6VgKABBZCgAcWQoAYFkKAG9ZCgCwWQoAulkKAABaCgAOWgoAUFoKAFVaCgCgWgoArVoKACBFDgDyWgoAQFsKAE5bCgCQWwoAnVsKAOBbCgDyWwoAcEUOAD9cCgCAXAoAjFwKANBcCgDpXAoAIF0KACJdCgBwXQoAf10KAMBdCgDgXQoAEF4KABheCgBgXgoAg14KALBeCgDGXgoAAF8KAAVfCgBQXwoAU18KAKBfCgCqXwoA8F8KAPhfCgBAYAoARmAKAJBgCgCcYAoA4GAKAO9gCgAwYQoAPGEKAIBhCgCNYQoA0GEKANphCgAgYgoAKGIKAHBiCgB/YgoAwGIKAMJiCgAQYwoAIWMKAGBjCgBxYwoAsGMKALhjCgAAZAoAEWQKAFBkCgBSZAoAoGQKAKNkCgDwZAoA+mQKAEBlCgBkZQoAkGUKAKxlCgDARQ4A5mUKADBmCgA1ZgoAgGYKAI9mCgDQZgoA3GYKACBnCgAjZwoAcGcKAHNnCgDAZwoAyGcKABBoCgAfaAoAYGgKAGVoCgCwaAoAxmgKAABpCgABaQoAUGkKAGFpCgCgaQoArGkKAPBpCgD6aQoAQGoKAExqCgCQagoAl2oKABBGDgDkagoAMGsKAD5rCgCAawoAimsKANBrCgDbawoAIGwKAChsCgBwbAoAfGwKAMBsCgDTbAoAEG0KAB5tCgBgbQoAam0KALBtCgC4bQoAAG4KAA9uCgBQbgoAVW4KAKBuCgCnbgoA8G4KAPxuCgBgRg4ATG8KAJBvCgCTbwoA4G8KAONvCgAwcAoASnAKAIBwCgCMcAoA0HAKAONwCgAgcQoALnEKAHBxCgB6cQoAwHEKAONxCgCwRg4AGnIKAGByCgBscgoAsHIKALdyCgAAcwoACHMKAFBzCgBUcwoAoHMKAK5zCgDwcwoA+nMKAEB0CgBLdAoAkHQKAJh0CgDgdAoA73QKADB1CgA1dQoAgHUKAId1CgDQdQoA3HUKACB2CgAodgoAAEcOAIZ2CgBgywsAiXYKAMB2CgDKdgoAEHcKABx3CgBgdwoAY3cKALB3CgC6dwoAAHgKAAN4CgBQeAoAYHgKAKB4CgCieAoA8HgKAP54CgBAeQoAUXkKAFBHDgCXeQoAoEcOAOl5CgAwegoA6nkKAKC4CwAAegoA0D0LAEl6CgCAegoAinoKANB6CgDcegoAIHsKACN7CgBwewoAensKAPBHDgDFewoAEHwKADB8CgBgfAoAaHwKAEBIDgC+fAoAAH0KABZ9CgBQfQoAXH0KAKB9CgCnfQoA8H0KAPh9CgBAfgoARX4KAJB+CgCZfgoA4H4KAOp+CgAwfwoAOH8KAIB/CgCOfwoA0H8KAN1/CgAggAoAKIAKAJBIDgCAgAoAwIAKAMiACgDgSA4AF4EKAGCBCgBsgQoAsIEKALeBCgAAggoACIIKAFCCCgBaggoAoIIKAK6CCgDwggoABoMKAECDCgBMgwoAkIMKAJWDCgDggwoA6YMKADCECgA6hAoAgIQKAIiECgDQhAoA1YQKACCFCgAwhQoAcIUKAHiFCgAwSQ4AyoUKABCGCgAThgoAkAULABiGCgCASQ4AboYKALCGCgDGhgoAAIcKAAyHCgBQhwoAV4cKAKCHCgCohwoA8IcKAPWHCgBAiAoASYgKAJCICgCaiAoA4IgKAOiICgAwiQoAMokKACCUCgA+iQoAgIkKAI2JCgDQiQoA2IkKANBJDgAsigoAcIoKAHOKCgDAigoAyooKACBKDgAeiwoAYIsKAHaLCgCwiwoAvIsKAACMCgAHjAoAUIwKAFiMCgCgjAoApYwKAPCMCgD5jAoAQI0KAEqNCgCQjQoAmI0KAOCNCgDijQoAMI4KAECOCgCAjgoAio4KANCOCgDcjgoAII8KACaPCgDASg4Afo8KAMCPCgDWjwoAEJAKAByQCgBgkAoAZZAKALCQCgC5kAoAAJEKAAqRCgBQkQoAWJEKAKCRCgDCkQoAEEsOAP+RCgBAkgoATJIKAJCSCgCRkgoA4JIKAOqSCgAwkwoAPpMKAICTCgCFkwoA0JMKAN2TCgBgSw4AMJQKAHCUCgB6lAoAwJQKAMyUCgAQlQoAFpUKAGCVCgBolQoAUEwOALWVCgAAlgoACJYKAFCWCgBclgoAsJ8KAGmWCgCglgoArJYKAPCWCgD4lgoAoEwOAE2XCgCQlwoAmJcKAOCXCgDulwoAMJgKAD2YCgCAmAoAg5gKANCYCgDamAoAIJkKACKZCgBwmQoAfZkKAMCZCgDPmQoAEJoKAByaCgBgmgoAaJoKAPBMDgDAmgoAAJsKAAibCgBQmwoAXJsKAKCbCgCmmwoA8JsKAPabCgBAnAoARZwKAJCcCgCWnAoAQE0OAO2cCgAwnQoANZ0KAICdCgCKnQoA0J0KANidCgAgngoALJ4KAHCeCgCDngoAwJ4KAM6eCgAQnwoAE58KAGCfCgBqnwoAkE0OAMOfCgAAoAoADqAKAFCgCgBToAoAoKAKAKqgCgDgTQ4A9aAKAEChCgD+oAoAAL4KAEihCgCQoQoAnKEKAOChCgDmoQoAMKIKAPOhCgDQuwoANqIKAICiCgCFogoA0KIKANaiCgAwTg4AJqMKAHCjCgB1owoAwKMKAMajCgCATg4AHqQKAGCkCgB7pAoAsKQKALykCgAApQoAB6UKANBODgBZpQoAoKUKAK2lCgDwpQoA/KUKAECmCgBTpgoAkKYKAJGmCgDgpgoA7KYKADCnCgA/pwoAgKcKAIqnCgDQpwoA3KcKACCoCgAnqAoAIE8OAHaoCgDAqAoAxqgKABCpCgAVqQoAYKkKAGapCgDATw4AuakKAACqCgANqgoAUKoKAFSqCgCgqgoAoqoKAPCqCgD9qgoAQKsKAEqrCgAQUA4Al6sKAOCrCgDoqwoAMKwKADysCgCArAoAk6wKANCsCgDfrAoAIK0KACytCgBwrQoAca0KAMCtCgDKrQoAEK4KAB6uCgBgrgoAZa4KALCuCgC9rgoAYFAOAAyvCgBQrwoAVq8KAKCvCgCmrwoA8K8KAPWvCgBAsAoARrAKALBQDgCVsAoA4LAKAOqwCgBQUQ4AOLEKAICxCgCNsQoA0LEKANWxCgAgsgoAKrIKAHCyCgB4sgoAwLIKAMyyCgAQswoAI7MKAGCzCgBhswoAsLMKALyzCgAAtAoAD7QKAFC0CgBatAoAoLQKAKi0CgDwtAoA8rQKAKBRDgBJtQoAkLUKAJ+1CgDgtQoA77UKADC2CgA8tgoAgLYKAIO2CgDQtgoA07YKAPBRDgAitwoAcLcKAHO3CgDAtwoAyLcKABC4CgAduAoAYLgKAGW4CgCwuAoAurgKAAC5CgAIuQoAULkKAFy5CgCguQoAs7kKAPC5CgDxuQoAQLoKAEy6CgCQugoAn7oKAOC6CgDqugoAMLsKADy7CgCAuwoAh7sKAEBSDgDfuwoAILwKACy8CgBwvAoAcbwKAMC8CgDKvAoAEL0KAB69CgBgvQoAZb0KALC9CgC9vQoAkFIOABG+CgDgUg4AXb4KAKC+CgCuvgoA8L4KAAG/CgBAvwoAYr8KADBTDgCVvwoA4L8KAJa/CgBA9goA6L8KADDACgAxwAoAQMQKADPACgAwxQoANcAKAFDDCgA2wAoAcMYKADfACgBgwgoAP8AKAIDACgBJwAoAQMkKAIXACgDQwAoA3cAKACDBCgAtwQoAcMEKAHzBCgDAwQoAz8EKABDCCgAawgoAgFMOAG7CCgCwwgoAssIKAADDCgARwwoA0FMOAFHDCgCgwwoArMMKAPDDCgD9wwoAIFQOAE7ECgCQxAoAncQKAODECgD3xAoAcFQOADnFCgCwxwoAOsUKAIDFCgCCxQoA0MUKANbFCgAgxgoAKsYKAMBUDgB8xgoAwMYKAMLGCgAQxwoAH8cKAGDHCgBrxwoAEFUOAL/HCgAAyAoAD8gKAFDICgBcyAoAoMgKAKzICgDwyAoA98gKAGBVDgBMyQoAkMkKAJjJCgCwVQ4A+ckKADDKCgBBygoAgMoKAIzKCgAAVg4A3MoKACDLCgAiywoAcMsKAHfLCgDAywoAyMsKABDMCgARzAoAYMwKAGbMCgCwzAoAtcwKAADNCgABzQoAUM0KAFzNCgCgzQoAps0KAPDNCgD6zQoAQM4KAE7OCgBA0woAVM4KAJDOCgCYzgoAUFYOAPDOCgAwzwoAOM8KAIDPCgCJzwoA0M8KAI3PCgBQ0goA3c8KACDQCgAn0AoAcNAKAHzQCgDA0AoA0NAKABDRCgAe0QoAYNEKAG3RCgCw0QoAvNEKAADSCgAH0goAoFYOAFnSCgCg0goAsdIKAPDSCgAB0woA8FYOAEzTCgCQ0woAk9MKAODTCgDo0woAMNQKADXUCgCA1AoAkNQKANDUCgDY1AoAINUKACnVCgBw1QoALdUKAPDXCgB91QoAwNUKAMfVCgAQ1goAHNYKAGDWCgBw1goAsNYKAL7WCgAA1woADdcKAFDXCgBc1woAoNcKAKfXCgBAVw4A+dcKAEDYCgBR2AoAkNgKAKHYCgCQVw4A5dgKADDZCgA92QoAgNkKAIzZCgDQ2QoA2tkKACDaCgA02goAcNoKAHHaCgDA2goAzNoKABDbCgAv2woAYNsKAGjbCgCw2woAtdsKAADcCgAZ3AoAUNwKAHncCgCg3AoArNwKAPDcCgD/3AoAQN0KAErdCgCQ3QoAmN0KAODdCgDr3QoAMN4KADLeCgCA3goAg94KANDeCgDY3goAIN8KAC3fCgBw3woAdd8KAMDfCgDI3woAEOAKABLgCgBg4AoAauAKALDgCgC64AoAAOEKAAbhCgBQ4QoAXuEKAKDhCgC54QoA8OEKAPnhCgBA4goASuIKAJDiCgCc4goA4FcOAOziCgAw4woAQOMKAIDjCgCO4woA0OMKAN3jCgAg5AoALOQKAHDkCgB35AoAwOQKAMjkCgAQ5QoAJuUKAGDlCgBs5QoAsOUKALrlCgAA5goAC+YKAFDmCgBV5goAoOYKAKfmCgDw5goA+OYKAEDnCgBq5woAMFgOAJfnCgDg5woA6OcKADDoCgBa6AoAgOgKAIXoCgDQ6AoA0egKACDpCgAq6QoAcOkKAH7pCgDA6QoAxekKABDqCgAd6goAYOoKAHzqCgCw6goAzOoKAIBYDgAN6woAUOsKAFTrCgCg6woApusKAPDrCgDy6woAQOwKAEHsCgCQ7AoAs+wKAODsCgAE7QoAMO0KAFrtCgCA7QoAiO0KANDtCgDV7QoAIO4KAC3uCgBw7goAeO4KAMDuCgDC7goAEO8KABjvCgBg7woAiu8KALDvCgC97woAAPAKAAXwCgBQ8AoAXfAKAKDwCgCs8AoA8PAKABrxCgBA8QoASPEKAJDxCgCr8QoA4PEKAOLxCgAw8goAQfIKAIDyCgCJ8goA0PIKANzyCgDQWA4ALfMKAHDzCgCL8woAwPMKAMXzCgAQ9AoAMPQKAGD0CgBs9AoAsPQKALj0CgAgWQ4ADvUKAFD1CgBa9QoAoPUKAKv1CgDw9QoA+PUKAMBZDgBJ9goAkPYKAJr2CgDg9goA6/YKADD3CgBE9woAgPcKAJX3CgDQ9woA2PcKACD4CgA3+AoAcPgKAHX4CgDA+AoAyvgKABD5CgAY+QoAEFoOAGL5CgCw+QoAwfkKAAD6CgAD+goAUPoKAFz6CgBgWg4ArvoKAPD6CgAB+woAsFoOAEP7CgCQ+woAk/sKAOD7CgDs+woAMPwKADb8CgCA/AoAivwKAABbDgDd/AoAIP0KADf9CgBw/QoAeP0KAFBbDgDI/QoAoFsOACf+CgBg/goAZv4KALD+CgC8/goAAP8KABf/CgBQ/woAUv8KAKD/CgCq/woA8P8KAPz/CgBAAAsATAALAJAACwCWAAsA4AALAOYACwAwAQsANQELAIABCwCGAQsA8FsOANMBCwAwaQwA2wELACACCwAhAgsAcAILAHoCCwDAAgsA8AILAEBcDgATAwsAYAMLAGoDCwCQXA4AuQMLAAAECwAWBAsAUAQLAGYECwCgBAsAogQLAPAECwD2BAsAQAULAFQFCwAwXQ4AmAULAOAFCwDwBQsAMAYLAPkFCwBg8wsAMgYLAIAGCwCOBgsA0AYLAOEGCwCAXQ4AJwcLANBdDgB5BwsAINQLAHwHCwDABwsAwwcLABAICwAZCAsAYAgLAHEICwCwCAsAuggLAAAJCwAICQsAUAkLABwJCwAQywsAUwkLAKAJCwCpCQsA8AkLAAYKCwBACgsAVgoLAJAKCwCSCgsA4AoLAOYKCwAwCwsARAsLACBeDgCrCwsA0AsLAPsLCwBwXg4AJgwLALCZCwAsDAsAsA0LAC0MCwBAmwsALwwLAFCaCwAwDAsAcAwLAHIMCwDADAsAzgwLABANCwAhDQsAwF4OAGgNCwAQXw4Atg0LAAAOCwAGDgsAUA4LAFUOCwCgDgsApg4LAGBfDgD8DgsAQA8LAEgPCwAAYA4AnA8LAOAPCwDqDwsAMBALADkQCwCAEAsAgRALANAQCwDYEAsAIBELACURCwBwEQsAgBELAKBgDgDMEQsAEBILABISCwBgEgsAZhILALASCwC3EgsAABMLAAUTCwBQEwsAVBMLAKATCwCtEwsA8BMLAPgTCwBAFAsARRQLAJAUCwCgFAsA8GAOAPEUCwAwFQsAPBULAIAVCwCPFQsA0BULANoVCwAgFgsALhYLAHAWCwB9FgsAwBYLANcWCwBAYQ4AExcLAOBhDgBjFwsAsBcLAGcXCwBwbQ4AuBcLAAAYCwArGAsAUBgLAHsYCwCgGAsAyxgLADBiDgD5GAsAQBkLAEEZCwCQGQsAnxkLAOAZCwCmGQsAcBsLAPEZCwAwGgsAMhoLAIAaCwCDGgsA0BoLANMaCwAgGwsAKBsLACBjDgB1GwsAwBsLAMcbCwAQHAsAGRwLAGAcCwBxHAsAsBwLALwcCwAAHQsACB0LAHBjDgBWHQsAoB0LAKcdCwDwHQsA9R0LAEAeCwBEHgsAkB4LAJ0eCwDgHgsA7x4LADAfCwBBHwsAgB8LAIIfCwDQHwsA0x8LACAgCwAjIAsAcCALAHggCwDAYw4AxSALABA/CwDLIAsAYHUMAMwgCwAQIQsAEyELAGAhCwBqIQsAEGQOALkhCwAAIgsADyILAFAiCwBfIgsAoCILAKwiCwDwIgsA8yILAEAjCwBDIwsAYGQOAJMjCwDgIwsACyQLALBkDgA4JAsAAGUOAIgkCwBQZQ4A2CQLAKBlDgAlJQsAcCULAH0lCwDAJQsAwyULABAmCwAVJgsAYCYLAHEmCwCwJgsAvCYLAPBlDgAFJwsAUCcLAGEnCwCgJwsArCcLAPAnCwAKKAsAQCgLAEQoCwAgKgsARygLAFAsCwBKKAsAkC0LAEwoCwAQKwsATigLADApCwBRKAsAkCgLAJUoCwDgKAsA9ygLAEBmDgA9KQsAgCkLAJApCwDQKQsA1SkLAJBmDgAiKgsAcCoLAHYqCwDAKgsAzSoLAOBmDgAWKwsAYCsLAGYrCwCwKwsAtSsLAAAsCwAGLAsAMGcOAFwsCwCgLAsAuSwLAPAsCwD5LAsAQC0LAFctCwCAZw4Ali0LAOAtCwDiLQsAMC4LAD8uCwCALgsAjC4LANBnDgDZLgsAIC8LAC4vCwBwLwsAei8LAMAvCwDMLwsAEDALABMwCwBgMAsAfDALALAwCwC4MAsAIGgOAAwxCwBQMQsAUzELAKAxCwCqMQsAEGkOAPkxCwBAMgsATjILAJAyCwCaMgsA4DILAOwyCwAwMwsAODMLALBpDgCCMwsA0DMLAN4zCwAgNAsAMTQLAABqDgB3NAsAUGoOAMU0CwAQNQsAGDULAGA1CwBmNQsAsDULALk1CwAANgsADTYLAPBqDgBVNgsAoDYLAFw2CwAwOAsAqTYLAPA2CwD6NgsAQDcLAEg3CwCQNwsA0DcLAOA3CwDoNwsAQGsOADY4CwCAOAsAhjgLANA4CwDYOAsAIDkLAGA5CwBwOQsAeDkLAJBrDgDIOQsA4GsOAFI6CwBgOgsAojoLADBsDgC+OgsAADsLABE7CwBQOwsAXDsLAKA7CwCjOwsAgGwOAAA8CwBAPAsAQjwLAJA8CwCePAsA4DwLAPE8CwDQbA4ATD0LAIA9CwCIPQsAIG0OAN49CwAgPgsAIT4LAMBtDgB8PgsAwD4LAMc+CwAQbg4AFz8LAGA/CwBlPwsAYG4OALg/CwCwbg4AAkALAFBACwBTQAsAoEALAKNACwAAbw4A+EALAFBvDgBOQQsAkEELAJFBCwCgbw4A6EELAPBvDgA1QgsAgEILAIdCCwDQQgsA1UILAEBwDgAoQwsAkHAOAHhDCwDAQwsAykMLABBECwAbRAsAYEQLAG5ECwCwRAsAs0QLAABFCwAIRQsAUEULAFpFCwCgRQsArEULAPBFCwDzRQsAQEYLAEpGCwDgcA4AnkYLAOBGCwD2RgsAMEcLADxHCwCARwsAh0cLANBHCwDYRwsAIEgLACVICwBwSAsAeUgLAMBICwDKSAsAEEkLABhJCwBgSQsAYkkLALBJCwDASQsAAEoLAApKCwBQSgsAXEoLAKBKCwCmSgsA8EoLAPhKCwCAcQ4ATksLAJBLCwCRSwsA0HEOAOVLCwAgcg4AMkwLAIBMCwCBTAsA0EwLANNMCwAgTQsAK00LAHBNCwB1TQsAwE0LAMpNCwBwcg4ANE4LAGBOCwBoTgsAwHIOALJOCwAATwsAEU8LAFBPCwBhTwsAoE8LAKNPCwAQcw4A9k8LAEBQCwBFUAsAkFALAJNQCwDgUAsA41ALADBRCwA4UQsAYHMOAI5RCwDQUQsA01ELACBSCwArUgsAcFILAHxSCwDAUgsAx1ILABBTCwAYUwsAYFMLAG5TCwCwUwsAvVMLAABUCwAIVAsAsHMOAFxUCwCgVAsAo1QLAPBUCwD6VAsAQFULAEhVCwAAdA4AnFULAOBVCwDmVQsAMFYLADpWCwCAVgsAlFYLANBWCwDYVgsAUHQOAC1XCwBwVwsAeFcLAMBXCwDDVwsAEFgLABxYCwBgWAsAalgLALBYCwC5WAsAAFkLAAFZCwBQWQsAaFkLAKBZCwCiWQsA8FkLAAFaCwBAWgsAUVoLAJBaCwCYWgsA4FoLAO9aCwAwWwsAMlsLAIBbCwCRWwsA0FsLAOFbCwAgXAsAOVwLAHBcCwByXAsAwFwLAM9cCwAQXQsAMF0LAPB0DgBoXQsAQHUOALhdCwCQdQ4ACF4LAOB1DgBcXgsAoF4LALBeCwDwXgsA9V4LAEBfCwBGXwsAkF8LAJxfCwDgXwsA6F8LADB2DgBBYAsAgGALAJFgCwDQYAsA4mALACBhCwAoYQsAcGELAHthCwDAYQsAxWELABBiCwAVYgsAYGILAIBiCwCAdg4AwGILAABjCwAKYwsAUGMLAFxjCwCgYwsApmMLAPBjCwD4YwsAQGQLAEJkCwCQZAsATGQLAOBpCwChZAsA4GQLAPFkCwAwZQsAQmULAIBlCwCIZQsA0GULANtlCwAgZgsAJWYLAHBmCwB1ZgsAwGYLAOBmCwDQdg4AEmcLAGBnCwBvZwsAsGcLALtnCwAAaAsAEmgLAFBoCwBYaAsAoGgLAKtoCwDwaAsA9WgLAEBpCwBFaQsAkGkLALBpCwAgdw4A4mkLADBqCwA/agsAgGoLAItqCwDQagsA4moLACBrCwAoawsAcGsLAHtrCwDAawsAxWsLABBsCwAVbAsAYGwLAIBsCwBwdw4AvWwLAABtCwAXbQsAwHcOAF1tCwCgbQsAt20LABB4DgD9bQsAQG4LAEduCwCQbgsAnm4LAOBuCwDtbgsAMG8LAEdvCwBgeA4AiG8LALB4DgDSbwsAIHALAC5wCwBwcAsAgXALAAB5DgDNcAsAEHELACdxCwBQeQ4AanELALBxCwC8cQsAAHILAANyCwBQcgsAWnILAKB5DgC8cgsA8HkOAPhyCwBAeg4ASHMLAJBzCwCRcwsAAHcLAJNzCwAgdQsAl3MLAJB9CwCacwsA4HMLAJ9zCwDgeAsAoHMLAPB3CwDlcwsA8HwLAOxzCwAwdAsAM3QLAIB0CwCKdAsAkHoOANh0CwDgeg4AKXULAHB1CwBAdQsAsHsLAH51CwDAdQsAynULABB2CwAcdgsAYHYLAGN2CwCwdgsAuHYLADB7DgACdwsAUHcLAFN3CwCgdwsAo3cLAIB7DgDydwsAQHgLAE54CwCQeAsAoXgLACB8DgDieAsAMHkLAD15CwCAeQsAj3kLANB5CwDceQsAIHoLADF6CwBwegsAgXoLAMB6CwDMegsAEHsLABd7CwBgewsAaHsLAMB8DgC+ewsAAHwLAAF8CwAQfQ4AXHwLAKB8CwCnfAsAYH0OAPd8CwBAfQsARX0LAAB+DgCZfQsA4H0LAOZ9CwAwfgsAMn4LAIB+CwCKfgsA0H4LAN5+CwAgfwsAJX8LAHB/CwB9fwsAwH8LANh/CwAQgAsAJoALAGCACwBjgAsAsIALALiACwCgfg4ACIELAFCBCwBJgQsA0P8MAFGBCwDgggsAU4ELAMCECwBagQsAoIELAGCBCwDQgwsArIELAPCBCwDzgQsAQIILAEqCCwDwfg4AmIILAEB/DgDiggsAMIMLADODCwCAgwsAg4MLAJB/DgDSgwsAIIQLAC6ECwBwhAsAgYQLADCADgDJhAsAEIULAB6FCwBghQsAKYULABDKDABqhQsAsIULALyFCwAAhgsAA4YLAFCGCwBYhgsA0IAOALqGCwAggQ4ACocLAECHCwBahwsAcIEOAJWHCwCgiwsAnocLAECMCwCghwsA4IcLAOKHCwAwiAsAPogLAICICwCRiAsAwIEOANeICwAQgg4AJokLAHCJCwB2iQsAwIkLAMWJCwAQigsAFooLAGCCDgBmigsAsIoLALWKCwAAiwsAFosLAFCLCwBYiwsAAIMOAMCLCwDwiwsA+IsLAFCDDgBXjAsAkIwLAJ2MCwDgjAsA5YwLADCNCwA2jQsAgI0LAIyNCwDQjQsA140LACCOCwAojgsAcI4LAJOOCwDwgw4AyY4LABCPCwAdjwsAYI8LAG+PCwCwjwsAso8LAACQCwAJkAsAUJALAGeQCwCgkAsAq5ALAPCQCwD6kAsAQJELAEiRCwBAhA4AlpELAOCRCwDmkQsAMJILADWSCwCAkgsAhpILAJCEDgDykgsAIJMLACiTCwAwhQ4AepMLAMCTCwDJkwsAEJQLABaUCwBglAsAbJQLALCUCwDOlAsAAJULAAGVCwBQlQsAUpULAKCVCwCtlQsA8JULAP6VCwBAlgsAT5YLAJCWCwCslgsA4JYLAOiWCwCAhQ4AQ5cLAICXCwCBlwsA0JcLANyXCwAgmAsAL5gLAHCYCwB6mAsAwJgLAMyYCwAQmQsAF5kLANCFDgBomQsAIIYOALmZCwAAmgsADZoLAHCGDgBVmgsAoJoLAK2aCwDwmgsA+poLAMCGDgBCmwsAkJsLAKabCwDgmwsA7JsLABCHDgA4nAsAoHYMAE6cCwCAnAsAnpwLANCcCwDYnAsAIJ0LAPKcCwDwmQwAIZ0LALCeCwAjnQsA8J8LACydCwBAmgwAMJ0LAHCdCwBynQsAwJ0LAM6dCwAQngsAIZ4LAGCHDgBongsAsIcOALKeCwAAnwsAA58LAFCfCwBTnwsAAIgOAKifCwBQiA4A+p8LAPDHCwAQoAsAQKALAE6gCwCQoAsAkaALAKCIDgDooAsA8IgOAEGhCwCAoQsAgqELANChCwDRoQsAIKILACOiCwBwogsAfKILAMCiCwDHogsAEKMLACyjCwBgowsAaKMLAJCJDgC9owsAAKQLABCkCwBQpAsAVaQLAKCkCwDQpAsA4IkOAPakCwAwig4ASKULAJClCwCRpQsAUK4LAJalCwAAFg0AmqULAOClCwCcpQsA8KkLAKClCwBgqAsArqULAHCxCwDlpQsA0A4NAOulCwAgCg0A7KULADCmCwAzpgsAgKYLAIqmCwCAig4A2KYLACCnCwAmpwsAcKcLAHmnCwDApwsAzacLABCoCwAsqAsA0IoOAGKoCwCwqAsAZagLAHAZDQC+qAsAAKkLABGpCwAgiw4AVqkLAKCpCwCsqQsAcIsOAPapCwBAqgsARqoLAJCqCwCVqgsA4KoLAOaqCwBgjA4AN6sLAFCNDgCFqwsA0KsLANirCwAgrAsALKwLAHCsCwCDrAsAwKwLAMysCwAQrQsAH60LAGCtCwBprQsAsK0LALqtCwAArgsADK4LAPCNDgBhrgsAoK4LAKyuCwDwrgsA8q4LAECvCwBDrwsAkK8LAJyvCwDgrwsA6K8LAECODgA8sAsAgLALAJCwCwDQsAsA3LALACCxCwAmsQsAkI4OAJKxCwDAsQsAyLELABCyCwA4sgsAYLILAGuyCwCwsgsAvLILAACzCwARswsAULMLAFGzCwDgjg4AprMLAPCzCwD9swsAQLQLAE60CwCQtAsAnbQLAOC0CwD3tAsAMLULAGC1CwCAtQsAiLULANC1CwDatQsAILYLACy2CwBwtgsAc7YLAMC2CwDKtgsAMI8OABi3CwBgtwsAZrcLALC3CwC5twsAALgLAA24CwBQuAsAbLgLAICPDgCiuAsA8LgLAKe4CwBwxQsA/bgLAEC5CwBHuQsAkLkLAJK5CwDguQsA5rkLADC6CwA3ugsAgLoLAJi6CwDQugsA1boLACC7CwDcugsAwLsLACm7CwBwuwsAersLANCPDgDGuwsAELwLABa8CwBgvAsAZbwLALC8CwC2vAsAIJAOAAG9CwBQvQsAYb0LAKC9CwCsvQsA8L0LAPq9CwBAvgsATL4LAJC+CwCXvgsAcJAOAOK+CwAwvwsA674LALAkDQAzvwsAgL8LAKC/CwDQvwsA2L8LAMCQDgAxwAsAcMALAHfACwDAwAsAyMALABDBCwATwQsAoMILACDBCwBgwQsAYsELALDBCwC+wQsAAMILABHCCwAQkQ4AV8ILAGCRDgCpwgsA8MILAP/CCwBAwwsAT8MLAJDDCwCcwwsA4MMLAOPDCwAwxAsAM8QLAIDECwCQxAsA0MQLANnECwAgxQsAMcULALCRDgB1xQsAwMULAMnFCwAQxgsAGsYLAGDGCwBoxgsAsMYLAM7GCwAAxwsAHscLAFDHCwBuxwsAoMcLAL7HCwAAkg4A98cLAEDICwBFyAsAkMgLAEzICwCAyQsAmcgLAODICwDqyAsAMMkLAEzJCwBQkg4AhskLANDJCwDWyQsAIMoLADzKCwCgkg4AmMoLAECTDgDoygsAkJMOABjLCwCAlA4AdssLALDLCwCyywsAAMwLAAbMCwBQzAsAZMwLAKDMCwCozAsA8MwLABjNCwDQlA4ASc0LAJDNCwCdzQsA4M0LAO7NCwAwzgsAOs4LAIDOCwCazgsA0M4LAN3OCwAgzwsALM8LAHDPCwB6zwsAwM8LAMjPCwAglQ4AF9ALAGDQCwBo0AsAcJUOAIzQCwBglg4AvNALAADRCwAH0QsAUNELAFjRCwDAlQ4AotELAPDRCwAB0gsAQNILAEjSCwCQ0gsAmtILAODSCwDs0gsAMNMLADPTCwCA0wsAitMLALCWDgDs0wsAAJcOAC3UCwBw1AsAeNQLAMDUCwDD1AsAUNYLANDUCwAQ1QsAEtULAGDVCwBu1QsAsNULAMHVCwBQlw4AB9YLAKCXDgBZ1gsAoNYLAK/WCwDw1gsA/9YLAEDXCwBM1wsAkNcLAJPXCwDg1wsA49cLADDYCwBA2AsAgNgLAInYCwDQ2AsA4dgLAPCXDgAs2QsAcNkLAHjZCwBAmA4AwtkLABDaCwDM2QsAsNoLABPaCwBg2gsAaNoLAJCYDgC22gsAANsLAAzbCwBQ2wsAWNsLAOCYDgCs2wsA8NsLAPPbCwBA3AsAStwLADCZDgCV3AsA4NwLAPbcCwAw3QsAMd0LAIDdCwCR3QsA0N0LANzdCwAg3gsAKt4LAHDeCwB83gsAwN4LAMjeCwCAmQ4AHN8LAGDfCwBj3wsAsN8LALrfCwDQmQ4AA+ALAFDgCwBT4AsAoOALAKzgCwDw4AsA9uALAEDhCwBK4QsAIJoOAJXhCwDg4QsA7eELADDiCwAz4gsAgOILAJziCwDQ4gsA2OILAHCaDgAo4wsAwJoOAHjjCwAQmw4AwuMLABDkCwAe5AsAYOQLAHHkCwBgmw4AtuQLAADlCwAM5QsAsJsOAFblCwCg5QsApuULAPDlCwD15QsAQOYLAEbmCwBQnA4Ak+YLAODmCwDs5gsAMOcLADbnCwCA5wsAiucLAPCcDgDV5wsAIOgLAC3oCwBw6AsAc+gLAMDoCwDV6AsAEOkLABjpCwBAnQ4AaOkLALDpCwC86QsAAOoLAAbqCwBQ6gsAVuoLAKDqCwCl6gsA8OoLAPbqCwAgnw4AT+sLAJDrCwCf6wsA4OsLAOnrCwAw7AsANuwLAIDsCwCG7AsA0OwLANzsCwAg7QsAJ+0LAHDtCwB47QsAwJ8OAMftCwAQ7gsAHu4LAGDuCwBt7gsAsO4LAMfuCwAA7wsAHO8LAFDvCwBY7wsAEKAOALPvCwDw7wsA8u8LAEDwCwBW8AsAkPALAJHwCwDg8AsA8fALADDxCwA88QsAYKAOAJzxCwCwoA4A0vELACDyCwA28gsAcPILAHHyCwDA8gsA0fILABDzCwAc8wsAAKEOAGXzCwCw8wsAtvMLAAD0CwAg9AsAUPQLAFz0CwCg9AsAp/QLAFChDgD89AsA0PYLAAD1CwBA9QsAQvULAJD1CwCe9QsA4PULAPH1CwCgoQ4ANvYLAID2CwCM9gsA8KEOANb2CwAg9wsAJvcLAHD3CwB19wsAwPcLAMb3CwDgog4AJPgLAGD4CwBh+AsAsPgLALz4CwAA+QsAHPkLAFD5CwBY+QsAIKQOAKz5CwDw+QsADPoLAED6CwBI+gsAwKQOAJz6CwDg+gsA5voLADD7CwA2+wsAgPsLAJj7CwDQ+wsA2vsLACD8CwAs/AsAcPwLAHP8CwDA/AsAyvwLABD9CwAo/QsAYP0LAHD9CwCw/QsAsv0LAAD+CwAO/gsAUP4LAGH+CwAQpQ4Apv4LAPD+CwD8/gsAYKUOAEj/CwAApg4AnP8LAOD/CwDj/wsAMAAMADoADABQpg4AggAMANAADADeAAwAIAEMADEBDADwpg4AdwEMAECnDgDIAQwAkKcOABgCDACAqA4AYgIMALACDAC9AgwAAAMMAA8DDABQAwwAVgMMAKADDACsAwwA8AMMAPIDDABABAwASgQMAJAEDACeBAwA4AQMAOUEDAAwBQwAPQUMAIAFDACMBQwA0AUMAOMFDAAgBgwALwYMAHAGDAB8BgwAwAYMAMEGDAAQBwwAGgcMAGAHDABuBwwAsAcMALUHDAAACAwADQgMANCoDgBaCAwAoAgMAK4IDADwCAwA8wgMAEAJDABQCQwAkAkMAJ4JDADgCQwA7AkMADAKDAA3CgwAgAoMAIcKDADQCgwA3AoMACALDAAhCwwAcAsMAHwLDADACwwAzQsMABAMDAAXDAwAYAwMAGwMDACwDAwAvQwMAAANDAAPDQwAUA0MAGQNDACgDQwArA0MAPANDAADDgwAQA4MAE8ODACQDgwAnA4MAOAODADhDgwAMA8MADoPDACADwwAjg8MANAPDADVDwwAIBAMAC0QDAAgqQ4AcRAMAMAQDADREAwAEBEMAB4RDABgEQwAbxEMALARDACyEQwAABIMAAoSDABQEgwAXhIMAKASDAClEgwA8BIMAP0SDABAEwwATxMMAJATDACVEwwA4BMMAO0TDAAwFAwAOhQMAIAUDACMFAwA0BQMAOMUDAAgFQwAKhUMAHAVDAB8FQwAwBUMANMVDAAQFgwAHxYMAGAWDABsFgwAsBYMALEWDAAAFwwAChcMAFAXDABeFwwAoBcMAKUXDADwFwwA/RcMAHCpDgBFGAwAkBgMAJ0YDADgGAwA6hgMADAZDAA2GQwAgBkMAIIZDADQGQwA3RkMACAaDAAjGgwAcBoMAH4aDADAGgwAzBoMABAbDAAdGwwAYBsMAGobDACwGwwAvxsMAAAcDAAFHAwAUBwMAF0cDACgHAwArRwMAPAcDAD8HAwAQB0MAE8dDACQHQwAmh0MAOAdDADuHQwAMB4MADUeDACAHgwAjR4MANAeDADcHgwAIB8MADMfDABwHwwAfx8MAMAfDADMHwwAECAMABEgDABgIAwAaiAMALAgDAC+IAwAACEMAAUhDABQIQwAXSEMAMCpDgCzIQwA8CEMAP8hDABAIgwATCIMAJAiDACRIgwA4CIMAOoiDAAwIwwAPiMMAIAjDACFIwwA0CMMAN0jDAAQqg4AMyQMAHAkDAB/JAwAwCQMAMwkDAAQJQwAESUMAGAlDABqJQwAsCUMAL4lDAAAJgwABSYMAFAmDABdJgwAYKoOAKImDADwJgwA/iYMAEAnDABNJwwAkCcMAJwnDADgJwwA5icMADAoDABBKAwAgCgMAIIoDADQKAwA2SgMACApDAAtKQwAcCkMAH8pDADAKQwAyykMABAqDAAcKgwAYCoMAHMqDACwKgwAvyoMAAArDAAMKwwAUCsMAFErDACgKwwAqisMAPArDAD+KwwAQCwMAEUsDACQLAwAnSwMALCqDgDtLAwAMC0MAD4tDACALQwAii0MANAtDADeLQwAIC4MACIuDABwLgwAgS4MAMAuDADOLgwAEC8MAD8vDABgLwwAYi8MALAvDAC6LwwAADAMAA4wDABQMAwAVTAMAKAwDACtMAwA8DAMAPwwDABAMQwAUzEMAJAxDACfMQwA4DEMAOwxDAAwMgwAMTIMAIAyDACKMgwA0DIMAN4yDAAgMwwAJTMMAHAzDAB9MwwAAKsOAMIzDAAQNAwAEjQMAGA0DABvNAwAsDQMAL80DAAANQwADDUMAFA1DABTNQwAoDUMAKM1DADwNQwA9jUMAEA2DABMNgwAkDYMAJM2DADgNgwA5TYMADA3DAA5NwwAgDcMAIY3DADQNwwA3zcMACA4DAAsOAwAcDgMAIA4DADAOAwAwjgMABA5DAAeOQwAYDkMAHE5DABQqw4AtjkMAAA6DAAMOgwAoKsOAGM6DACgOgwArzoMAPA6DAD8OgwAQDsMAEE7DACQOwwAmjsMAOA7DADuOwwAMDwMADU8DACAPAwAjTwMAPCrDgDcPAwAID0MACo9DABwPQwAmT0MAMA9DADHPQwAED4MACk+DABgPgwAbz4MALA+DAC/PgwAAD8MAAU/DABQPwwAXT8MAKA/DACtPwwA8D8MAPw/DABAQAwAT0AMAJBADACaQAwA4EAMAO5ADAAwQQwANUEMAIBBDACNQQwA0EEMANxBDAAgQgwAM0IMAHBCDAB/QgwAwEIMAMxCDAAQQwwAEUMMAGBDDABqQwwAsEMMAL5DDAAARAwABUQMAFBEDABdRAwAQKwOALFEDADwRAwAAUUMAEBFDABMRQwAkEUMAKdFDADgRQwA4kUMADBGDABBRgwAgEYMAINGDADQRgwA2kYMACBHDAAiRwwAcEcMAHpHDADARwwAzEcMABBIDAAcSAwAYEgMAHNIDACwSAwAv0gMAABJDAAMSQwAUEkMAFFJDACgSQwAqkkMAPBJDAD+SQwAQEoMAEVKDACQSgwAnUoMAJCsDgDiSgwAMEsMADpLDACASwwAiEsMAOCsDgDjSwwAIEwMACxMDABwTAwAf0wMAMBMDADJTAwAEE0MABpNDABgTQwAbk0MALBNDAC1TQwAAE4MAA1ODABQTgwAXE4MAKBODACzTgwA8E4MAP9ODABATwwATE8MAJBPDACRTwwA4E8MAOpPDAAwUAwAPlAMAIBQDACFUAwA0FAMAN1QDAAwrQ4AIlEMAHBRDAB6UQwAwFEMAMhRDACArQ4AFVIMAGBSDAB2UgwAsFIMALFSDAAAUwwAEVMMAFBTDABcUwwAoFMMAKpTDADwUwwA/lMMAEBUDABFVAwAkFQMAJ1UDADgVAwA7FQMADBVDABDVQwAgFUMAI9VDADQVQwA3FUMACBWDAAhVgwAcFYMAHpWDADAVgwAzlYMABBXDAAVVwwAYFcMAG1XDADQrQ4AslcMAABYDAAKWAwAUFgMAFhYDAAgrg4AtlgMAPBYDAD8WAwAQFkMAEVZDACQWQwAmVkMAOBZDADqWQwAMFoMADxaDACAWgwAk1oMANBaDADfWgwAIFsMACxbDABwWwwAcVsMAMBbDADKWwwAEFwMAB5cDABgXAwAZVwMALBcDAC9XAwAcK4OAAJdDABQXQwAWl0MAKBdDACoXQwAwK4OAP1dDABAXgwAT14MAJBeDACbXgwA4F4MAOxeDAAwXwwAP18MAIBfDACgXwwA0F8MANxfDAAgYAwAJ2AMAHBgDAB+YAwAwGAMAMVgDAAQYQwAHGEMAGBhDABzYQwAsGEMAL9hDAAAYgwADGIMAFBiDABRYgwAoGIMAKpiDADwYgwA/mIMAEBjDABFYwwAkGMMAJ1jDAAQrw4A4mMMADBkDAA6ZAwAgGQMAIhkDABgrw4A7WQMACBlDAAxZQwAcGUMAHxlDADAZQwA02UMABBmDAAfZgwAYGYMAGxmDACwZgwAsWYMAABnDAAKZwwAUGcMAF5nDACgZwwApWcMAPBnDAD9ZwwAsK8OAEJoDACQaAwAmmgMAOBoDADoaAwAALAOAE1pDACAaQwAkWkMANBpDADcaQwAIGoMADNqDABwagwAf2oMAMBqDADMagwAEGsMABFrDABgawwAamsMALBrDAC+awwAAGwMAAVsDABQbAwAXWwMAFCwDgCibAwA8GwMAPpsDABAbQwASG0MAKCwDgChbQwA4G0MAPRtDAAwbgwANG4MAIBuDACCbgwA0G4MAORuDAAgbwwAI28MAHBvDACNbwwAwG8MANFvDAAQcAwAHHAMAGBwDABzcAwAsHAMAL9wDAAAcQwADHEMAFBxDABRcQwAoHEMAKpxDADwcQwA/nEMAEByDABFcgwAkHIMAJ1yDADwsA4A4nIMADBzDAA6cwwAgHMMAIhzDABAsQ4A0nMMACB0DAAudAwAcHQMAIF0DACQsQ4Ax3QMAOCxDgAYdQwAcLMOAGZ1DACwdQwAtXUMAAB2DAAEdgwAUHYMAF12DADAsw4Ao3YMAPB7DACsdgwA8HYMAAN3DABAdwwAQXcMAJB3DACcdwwA4HcMAO93DAAweAwAOngMAIB4DACMeAwA0HgMANd4DAAQtA4AKHkMAHB5DAByeQwAsIQMAHN5DAAgfgwAdnkMAMB5DAB8eQwAUIAMAH15DADA4gwAzHkMABB6DAAfegwAYHoMAGx6DACwegwAvnoMAAB7DAAbewwAUHsMAFx7DACgewwAp3sMAGC0DgD9ewwAQHwMAEJ8DACQfAwAkXwMAOB8DADjfAwAMH0MADt9DACAfQwAhX0MANB9DADafQwAsLQOAC1+DABwfgwAcn4MAMB+DADBfgwAEH8MABN/DABgfwwAa38MALB/DAC1fwwAAIAMAAqADAAAtQ4AY4AMAKCADAChgAwA8IAMAPyADABAgQwAT4EMAJCBDACagQwA4IEMAOyBDAAwggwAN4IMAFC1DgCIggwA0IIMANKCDAAggwwAL4MMAHCDDAB6gwwAwIMMAMmDDAAQhAwAEoQMAGCEDABxhAwA8LUOAL+EDAAAhQwACoUMAFCFDABZhQwAoIUMAKKFDADwhQwAAYYMAECGDABIhgwAkIYMAK6GDADghgwA6IYMADCHDAA8hwwAgIcMAJOHDADQhwwA0YcMACCIDAAsiAwAcIgMAH+IDADAiAwAyogMABCJDAAciQwAYIkMAGeJDABAtg4AwYkMAACKDAARigwAUIoMAFiKDACgigwAp4oMAPCKDAD+igwAQIsMAFCLDACQiwwAoIsMAOCLDAD8iwwAkLYOAECMDACAjAwAjIwMANCMDADWjAwAII0MAC6NDABwjQwAfY0MAMCNDADXjQwAEI4MABiODABgjgwAbo4MALCODAC6jgwAAI8MAAyPDABQjwwAZo8MAKCPDACjjwwA8I8MAAyQDADgtg4AUJAMAJCQDACakAwA4JAMAOiQDAAwkQwAP5EMAICRDACFkQwA0JEMAN2RDAAgkgwAKpIMAHCSDABykgwAwJIMAM6SDAAQkwwAHZMMAGCTDABjkwwAMLcOAMeTDAAAlAwAC5QMAFCUDABalAwAoJQMAKiUDADwlAwA/5QMAECVDABFlQwAkJUMAJ2VDADglQwA6pUMADCWDAAylgwAgJYMAI6WDADQlgwA3ZYMACCXDAAjlwwAgLcOAHOXDADAlwwAzJcMABCYDAAXmAwAYJgMAGiYDACwmAwAyZgMAACZDAAUmQwAUJkMAGyZDACgmQwAqJkMACC4DgD4mQwAcLgOAE2aDACQmgwAl5oMAOCaDADomgwAMJsMADWbDACAmwwAkJsMANCbDADYmwwAIJwMAC6cDABwnAwAfZwMAMCcDADNnAwAEJ0MABydDABgnQwAZp0MALCdDAC4nQwAAJ4MAAyeDABQngwAY54MAKCeDACvngwA8J4MAPyeDABAnwwAQZ8MAJCfDACanwwA4J8MAO6fDAAwoAwANaAMAICgDACNoAwAwLgOANOgDAAgoQwAKqEMAHChDAByoQwAwKEMAM+hDAAQogwAMKIMAGCiDABoogwAsKIMALqiDAAAowwABqMMAFCjDABSowwAoKMMAK+jDADwowwA/KMMAECkDABIpAwAELkOAK6kDADgpAwA/qQMAGC5DgBJpQwAgKUMAIWlDADQpQwA66UMACCmDAAspgwAcKYMAHimDACwuQ4A06YMABCnDAAfpwwAYKcMAGynDACwpwwAsacMAACoDAAKqAwAUKgMAF6oDACgqAwApagMAPCoDAD9qAwAALoOAESpDACQqQwAkqkMAOCpDADjqQwAMKoMADiqDACAqgwAiqoMANCqDADbqgwAIKsMACyrDABwqwwAeKsMAFC6DgDOqwwAEKwMABasDABgrAwAbKwMALCsDAC/rAwAAK0MAAqtDABQrQwAWK0MAKCtDACvrQwA8K0MAPKtDABArgwASa4MAJCuDACTrgwA4K4MAOyuDAAwrwwAOK8MAKC6DgCQrwwA0K8MANivDAAgsAwAKrAMAHCwDAB7sAwAwLAMAMywDAAQsQwAGLEMAPC6DgBlsQwAsLEMAMGxDAAAsgwAEbIMAFCyDABVsgwAoLIMAKSyDADwsgwA/rIMAECzDABNswwAkLMMAKezDADgswwA6LMMADC0DAA8tAwAgLQMAJO0DADQtAwA37QMACC1DAAstQwAcLUMAHG1DADAtQwAyrUMABC2DAAetgwAYLYMAGW2DACwtgwAvbYMAEC7DgAGtwwAULcMAF63DACgtwwArbcMAPC3DAAHuAwAQLgMAEi4DACQuAwAm7gMAOC4DADiuAwAMLkMAD25DACAuQwAh7kMANC5DADhuQwAILoMAC66DABwugwAfboMAMC6DADXugwAELsMABi7DABguwwAZbsMALC7DADAuwwAALwMAAi8DABQvAwAWrwMAKC8DACrvAwA8LwMAPy8DABAvQwASL0MAOC7DgCpvQwA4L0MAOW9DAAwvgwAS74MAIC+DACMvgwA0L4MANi+DAAwvA4AM78MAHC/DAB/vwwAwL8MAMy/DAAQwAwAEcAMAGDADABqwAwAsMAMAL7ADAAAwQwABcEMAFDBDABdwQwAgLwOAKjBDADwwQwA8sEMAEDCDABNwgwAkMIMAJXCDADgwgwA6sIMADDDDAA7wwwAgMMMAIzDDADQwwwA1sMMACDEDAAoxAwAcMQMAHzEDADAxAwA08QMABDFDAAfxQwAYMUMAGzFDACwxQwAscUMAADGDAAKxgwAUMYMAF7GDACgxgwApcYMAPDGDAD9xgwA0LwOAEXHDACQxwwAn8cMAODHDADvxwwAMMgMADnIDACAyAwAhsgMANDIDADWyAwAIMkMACzJDABwyQwAd8kMAMDJDADcyQwAIL0OABrKDABgygwAbMoMALDKDACzygwAAMsMAArLDABwvQ4AWMsMAMC9DgCoywwAEL4OAPjLDABgvg4ASMwMAJDMDACRzAwAwNMMAJ3MDADgzAwApMwMAEDRDACnzAwAANoMAKnMDABw3QwA4cwMADDNDABGzQwAgM0MAIjNDADQzQwA0s0MAFDQDADezQwAIM4MACjODACwvg4ALc4MAHDODABzzgwAwM4MAMrODAAQzwwAEs8MAGDPDABxzwwAsM8MAMHPDAAA0AwACNAMAAC/DgBX0AwAoNAMAKfQDADw0AwA+NAMAFC/DgBC0QwAkNEMAJbRDADg0QwA7dEMADDSDAA40gwAgNIMAILSDADQ0gwA19IMACDTDAAn0wwAcNMMAHjTDACgvw4AzdMMABDUDAAR1AwAYNQMAHbUDACw1AwAuNQMAADVDAAC1QwAgNcMAA7VDABQ1QwAWNUMAPC/DgBd1QwAoNUMAKPVDADw1QwA+tUMAEDWDABC1gwAkNYMAKHWDADg1gwA8dYMADDXDAA41wwAQMAOAIfXDADQ1wwA19cMACDYDAAo2AwAkMAOAHrYDADA2AwAwtgMABDZDAAh2QwAYNkMAHHZDACw2QwAuNkMAODADgAF2gwAMOEMAAzaDABQ2gwAZtoMAKDaDACo2gwA8NoMAP7aDABA2wwATdsMAJDbDACT2wwA4NsMAOrbDAAw3AwAMtwMAIDcDACR3AwA0NwMAOHcDAAg3QwAKN0MADDBDgB53QwAwN0MAM3dDAAQ3gwAF94MAGDeDABx3gwAsN4MALzeDAAA3wwACN8MAIDBDgBd3wwAoN8MAKPfDADw3wwA+t8MAEDgDABC4AwAkOAMAKHgDADg4AwA8eAMANDBDgA44QwAgOEMAJfhDADQ4QwA3OEMACDiDAAq4gwAcOIMAHjiDAAgwg4AweIMABDjDAAm4wwAYOMMAGjjDACw4wwAvuMMAADkDAAI5AwAcMIOAA3kDABQ5AwAU+QMAKDkDACq5AwA8OQMAPLkDABA5QwAUeUMAJDlDACh5QwA4OUMAOjlDADAwg4ANuYMAIDmDACF5gwA0OYMAOvmDAAg5wwALucMAHDnDAB35wwAwOcMAMznDAAQ6AwAFugMAGDoDABj6AwAsOgMALroDAAA6QwABukMAFDpDABS6QwAoOkMAKrpDADw6QwA/OkMAEDqDABX6gwAkOoMAKTqDADg6gwA/OoMADDrDAA46wwAEMMOAILrDADQ6wwA3usMACDsDAAx7AwAYMMOAHfsDACwww4AzuwMABDtDAAa7QwAYO0MAGvtDACw7QwAuO0MAADuDAAM7gwAUO4MAGPuDACg7gwAr+4MAPDuDAD87gwAQO8MAEHvDACQ7wwAmu8MAODvDADu7wwAMPAMADXwDACA8AwAjfAMAFDEDgDY8AwAIPEMACrxDABw8QwAdfEMAMDxDADI8QwAEPIMABbyDABg8gwAbPIMALDyDAC28gwAAPMMAAnzDABQ8wwAXfMMAKDzDACo8wwA8PMMAPHzDABA9AwAQvQMAJD0DACT9AwA4PQMAOP0DADwxA4ARvUMAID1DACI9QwA0PUMANz1DAAg9gwAJvYMAHD2DAB29gwAwPYMAMX2DABg9wwA7PYMABD3DAAY9wwAkMUOAGb3DADgxQ4AxvcMAAD4DAAC+AwAUPgMAF34DACg+AwAp/gMAPD4DAD4+AwAQPkMAFD5DACQ+QwAkvkMAOD5DADu+QwAMPoMAEH6DACAxg4Ah/oMANDGDgDe+gwAIPsMACr7DABw+wwAe/sMAMD7DADI+wwAEPwMABz8DABg/AwAc/wMALD8DAC+/AwAAP0MAAr9DABQ/QwAWP0MAKD9DACv/QwA8P0MAPX9DABA/gwAR/4MAJD+DACc/gwAcMcOABv/DAAw/wwAa/8MAID/DACI/wwAwMcOAPj/DAAgAA0ALAANAHAADQB2AA0AwAANAMYADQAQAQ0AFQENAGABDQBmAQ0AEMgOALEBDQAAAg0ABgINAFACDQBVAg0AoAINAK8CDQDwAg0A/AINAEADDQBDAw0AkAMNAJMDDQDgAw0A6AMNADAEDQA/BA0AgAQNAIUEDQDQBA0A5gQNACAFDQAhBQ0AcAUNAIEFDQDABQ0AzAUNABAGDQAaBg0AYAYNAGwGDQCwBg0AtwYNAGDIDgAQBw0AUAcNAFwHDQCgBw0ArwcNAPAHDQAECA0AQAgNAE8IDQCQCA0AoQgNAOAIDQDsCA0AsMgOADUJDQCACQ0AggkNANAJDQDhCQ0AUMkOACwKDQBwCg0AdgoNAMAKDQDMCg0AEAsNABgLDQCgyQ4AZgsNALALDQC8Cw0AAAwNAAgMDQDwyQ4AXAwNAKAMDQCjDA0A8AwNAPoMDQBAyg4AQg0NAJANDQCeDQ0A4A0NAPENDQDgyg4ANg4NAIAODQCMDg0AMMsOANgODQAgDw0AIw8NAHAPDQB8Dw0AwA8NAMwPDQAQEA0AGBANANDLDgBrEA0AsBANALwQDQAAEQ0ACBENACDMDgBZEQ0AoBENALERDQDwEQ0AARINAEASDQBIEg0AkBINAJMSDQDgEg0A6hINADATDQAyEw0AgBMNAI8TDQDQEw0A8BMNACAUDQAoFA0AcBQNAHoUDQDAFA0AxhQNABAVDQASFQ0AYBUNAG8VDQCwFQ0AvBUNAHDMDgAMFg0AUBYNAG4WDQCgFg0AphYNAPAWDQD5Fg0AQBcNAE0XDQCQFw0AmBcNAOAXDQD2Fw0AMBgNADIYDQCAGA0AmxgNANAYDQDcGA0AIBkNAC0ZDQDAzA4AdhkNAMAZDQDIGQ0AEBoNACYaDQBgGg0AZRoNALAaDQC2Gg0AABsNAAwbDQBQGw0AWBsNABDNDgCtGw0A8BsNAAAcDQBAHA0ARRwNAJAcDQCWHA0A4BwNAPYcDQAwHQ0AMh0NAIAdDQCKHQ0A0B0NAN4dDQAgHg0AJR4NAHAeDQB9Hg0AYM0OAM8eDQAQHw0AGR8NAGAfDQBqHw0AsB8NAL4fDQAAIA0ABSANAFAgDQBdIA0AoCANAKggDQDwIA0AACENAEAhDQBCIQ0AkCENAJ4hDQDgIQ0A8SENALDNDgA3Ig0AAM4OAIUiDQDQIg0A1iINACAjDQAoIw0AcCMNAHojDQDAIw0AwiMNABAkDQATJA0AYCQNAIAkDQCgzg4AvCQNAAAlDQAGJQ0AUCUNAFwlDQCgJQ0AqCUNAPDODgD8JQ0AQCYNAEYmDQCQJg0AnCYNAOAmDQDoJg0AQM8OADInDQCAJw0AjicNANAnDQDhJw0AkM8OAC0oDQBwKA0AhygNAODPDgDKKA0AECkNABwpDQBgKQ0AYykNALApDQC6KQ0AMNAOAAUqDQBQKg0AWSoNAKAqDQCxKg0A8CoNAPcqDQBAKw0ASCsNAJArDQCdKw0A4CsNAOUrDQAwLA0AOiwNAIAsDQCILA0A0CwNAN8sDQAgLQ0AJS0NAHAtDQCGLQ0AwC0NAMEtDQAQLg0AHi4NAGAuDQBxLg0AsC4NALwuDQAALw0ACC8NANDQDgBULw0AQAEAAFgvDQBwaA4AXC8NABDQCwCsLw0AcAgAAPgvDQDAMg0AjTENAFAoAADUMQ0AMCoAANAyDQBAOAAAYzMNABA7AACzMw0A4EIAAFI0DQAwpQwAUzQNAGBFAABXNA0A0BgDAFo0DQBAXwYApDQNAJBWAABENQ0AgFwAAJQ1DQAQaAAAMzYNAFBuAACPNg0AwHYAANQ2DQDgeQAAIjcNAKB9AADINw0AYIYAAH84DQCwOA0A6DoNAADDAADUOw0AQM4AACQ8DQAA1wAAxDwNAMDkAABsPQ0AgO0AANQ9DQDQ7QAAAj4NACDuAABcPg0AwPMAAPo+DQBQ9QAAST8NAAD6AAD/Pw0AcAIBADxADQAQCAEAn0ANANBADQA8QQ0AcEENAHhBDQDAQQ0AzEENAPAOAQAYQg0AcBEBAMxCDQAAQw0ACEMNAFBDDQBSQw0AUBgBAKxDDQDwHQEASEQNALAmAQCMRQ0AcD4BAChGDQDgQQEAPEYNAJA+DgBERg0AsDwOAHZGDQDAQwEA0kYNAPBFAQAVRw0AwEgBAGRHDQCgSgEAXEgNACBcAQC6SA0A8EgNAPhIDQBwXAEAT0kNAKBeAQDcSg0AUHcBAChLDQBwSw0AgEsNAKB3AQAcTA0AYHsBAGhMDQCwTA0AwEwNALB7AQBcTQ0A0IMBAIZPDQDw/gEAik8NAIAAAgCOTw0AcJgBAJpPDQDwDQIAKFANAMBoDgApUA0AIOAJACxQDQBAmwEAPFANADAMCgB4UA0AcIwNAIxQDQCQmwEAnFANABCWDgDHUA0A4JsBAMpQDQBwjwoAbFENAJCgAQC8UQ0A4KABAF5SDQDQpgEA+VINAMCsAQCZUw0AgLABAONTDQAwVA0APFQNACCxAQAoVQ0AcFUNAHNVDQCwIQsAfFUNAGC3AQDVVQ0A4LkBADFWDQBgVg0AtFYNAAD1CgDAVg0AUMcBANpWDQCwvAEADFcNAKDCAQCsVw0AAMcBAExYDQBAyAEArFgNAJDIAQBAWQ0AMMkBAIlZDQAgygEAfloNANDTAQAZWw0AACgKABxbDQCA2AEAHlsNALBsCwB6Ww0AsFsNAAhcDQBQXA0AHFwNADDiAQBTXA0AQLUKAFpcDQCQvwoAXVwNAPCgCgBrXA0AYNoBAHFcDQBQvgoA8lwNAHDeAQAYXQ0A8DsLAE5dDQAA4AEAnF0NAPDgAQDJYA0AcPIBAINtDQCgOA4AiG0NACBuDQCcbQ0A8HANAKRtDQBgPA4AqG0NAGCEAgAibg0A4D0KACRuDQAgtwoAJW4NAABPBgAnbg0A8GIHACpuDQCwhAIAL24NAACFAgAxbg0AIL4DAFRuDQDABAQAXHANAECVAgD4cA0AQHENAEFxDQDgZQoASnENAJD/CwBPcQ0AACoNAF9xDQDQow4AmnENAPCZAgCDcg0AYMACAIZyDQAA7QgAh3INADCvAgCJcg0A0KACAIpyDQAgpgIAjHINACCRAwCNcg0AUKgCAI5yDQBwtQIAj3INAFCjAgCQcg0AEI0DAJZyDQAgqwIAu3INAOD+DACidQ0AoO4CAKZ1DQAQxQIAqnUNACCKCgD8dQ0AQMcCACR4DQBQ5AIAeXkNAPD4AgAZeg0AUAIDAL96DQAQBgMA+XoNABALAwDjew0AUBsDACd9DQDQMQMAwX0NAKA5AwByfg0AsH4NAKJ/DQAQNwQAo38NALBbAwCqfw0AgDwHAEOADQBwXwMAR4ANAJBKBwAzgQ0AEHQDACuCDQCwfgMAz4INANCBAwB8gw0AsIMNALiDDQAAhA0AD4QNAACJAwCphA0AYCcKAKyEDQAAjgMA+IQNAECFDQAMhQ0AYDcOAEqFDQBQjgMA6IUNAKCTAwA/hg0AgJUDACOHDQCwoQMAHIgNADCzAwBoiA0AwPANAMyIDQAAiQ0ACIkNAFCJDQBdiQ0A4H8JAGGJDQBQtgMAX4oNAJDBAwCWig0AgMcDADeLDQDg1QMAPIsNABDZBwA9iw0AgNwHAD+LDQDA0wcAnIsNANCLDQDYiw0AIIwNAHKMDQBA+woAeIwNALA3DgB6jA0AsNgDAHyMDQCg7wsAk4wNAPD0CwCwjA0AQP8LAMiMDQCA2wMAOo0NAGCNDQC6jQ0AgOADAF+ODQCw5wMA844NACDwAwBNjw0AIPoDAE+PDQBQ8gMAOpANAKD8AwAvkQ0A8AYEAHORDQCgCwQAbJINANASBADMkg0AAJMNAByTDQBQkw0AX5MNABAUBAD8lA0AMJUNADiVDQCAlQ0Aj5UNAEAvBADZlQ0AcDYEAMKWDQBAPgQAzZYNAGAlBwATlw0AYEEEAAWYDQDQWAQAD5gNAABRBABcmQ0AkJkNAJiZDQDgmQ0A5ZkNAKBqBADvmQ0A0GIEAMqbDQCQfwQAuZwNAECJBABsnQ0AoJ0NAKidDQDwnQ0A9p0NADCUBABWng0AoJcEAPaeDQAwowQAj58NAKCwBAAvoA0AILgEANygDQAQoQ0AGKENAGChDQBvoQ0AUMQEAHChDQCAywQAiaENAJDPBAAMog0AcMwEAFiiDQCgog0AqqINAMDMBACsow0A4KMNAOijDQAwpA0AOaQNAGDcBACKpA0AQN4EADylDQBwpQ0AeKUNAMClDQDBpQ0A4OgEAMWlDQCgMgUAxqUNAHD0BADNpQ0AEPAEAM+lDQCQ4wQAuqYNAJDyBACqpw0AoAAFAPqnDQCwBAUARqgNAKAFBQDuqA0AcA0FAJypDQDQqQ0A2KkNACCqDQAqqg0A8BQFAHOqDQCAGwUALKsNAGCrDQBoqw0AsKsNAL2rDQCQHwUAv6sNAPAoBQAFrA0AUCMFAKisDQBALgUA/K0NADCuDQA4rg0AgK4NAI+uDQCwOwUAbLANANBSBQDMsA0AALENAByxDQBQsQ0AXbENABBUBQBcsg0AkLINAJiyDQDgsg0A47INAKBkBQC0sw0A0HAFACO0DQCAdQUAJ7QNAGDNCQDNtA0AwHsFABO1DQCAfwUAWrYNAHCPBQCstg0AcJQFAJi3DQAQygcArLcNAHDJBwD8tw0AMLgNADi4DQCAuA0Ag7gNAPCbBQDsuA0AILkNACi5DQBwuQ0Af7kNAGCfBQDLuQ0AoKUFAFK7DQDQuwUA/LsNAFDlCwD/uw0AUL4FAAC8DQDA4wsATLwNABDCBQBMvQ0AgL0NAIi9DQDQvQ0A2b0NACDLBQAqvg0AAM0FAM++DQCQ0wUAKb8NAEDdBQCzvw0AYOUFAFPADQBg7wUA88ANAPD6BQCawQ0AQAAGAOrBDQBgAwYAPMINAIAGBgA8ww0AcMMNAHjDDQDAww0Az8MNACAWBgAYxA0AYMQNAG/EDQDQGgYAD8UNAHAgBgBdxQ0AIC8GAF/FDQCAKQYAXMYNAJDGDQCYxg0A4MYNAEzHDQCAxw0AiMcNANDHDQDdxw0AoEAGAC3IDQAgQwYAfsgNAJBGBgASyQ0AgEwGALzJDQBgUwYAW8oNAMBmBgCTyw0A8HcGAOXLDQCAfgYAhcwNAACLBgAlzQ0A4JYGAMbNDQDAnQYALM4NAGDODQBozg0AsM4NAL3ODQBAoAYAbM8NAKDPDQCozw0A8M8NAEPQDQAgrAYA79ANAKCuBgCc0Q0A0NENANjRDQAg0g0AKtINABC3BgB+0g0AoLgGAM/SDQBQvQYAGtMNAGDBBgDM0w0AANQNAAjUDQBQ1A0AXNUNAJDVDQCY1Q0A4NUNAIzWDQAg2QYA2NYNACDXDQAi1w0AcNkGABnYDQDg8AYAHdgNAHDoBgBu2A0AEO4GALHYDQDw7wYAWtkNAMDyBgCj2Q0AkPUGAEraDQCQ+gYAnNoNAIAABwA82w0AUAMHAIzbDQCgAwcA7NsNACDcDQAo3A0AcNwNAH/cDQAgBgcAHd0NABARBwBw3Q0AUBcHAGzeDQCg3g0AqN4NAPDeDQD/3g0AECAHAOPfDQAw4A0ASuANAHAuBwCc4A0A0OANANjgDQAg4Q0AL+ENADAyBwCl4Q0AwDMHACziDQBg4g0AaOINALDiDQAP4w0AMDcHAKzjDQBwPQcAAuQNAIBBBwCX5A0AwL8HAJrkDQDgRQcA5+QNANBGBwDa5Q0AAFgHACrmDQBAXgcAd+YNADBfBwB85w0AsOcNALjnDQAA6A0ADOgNALBrBwBY6A0AoOgNAKToDQDwbAcAAOkNAIBuBwCs6Q0A4OkNAOjpDQAw6g0AWOoNAFB7BwCF6g0AMIIHAOzqDQDAbQkAKOsNAHDrDQCm6w0AMIcHADPsDQBg7A0AU+0NAJCkBwBH7g0AMLQHAIjvDQDQ7w0A4/ANAMDJBwBw8Q0AIM4HAAjyDQAg0wcAnfMNAHBfCACf8w0AcOIHAHr1DQCQ7wcAw/UNAHD2BwDK9Q0AoPMHAKP3DQCQCAgAnPgNAOASCADY+Q0AIPoNAFf6DQCgJQgA3PoNABD7DQAY+w0AYPsNAG/7DQAgLQgACPwNAFD8DQCH/A0A8DQIAPj8DQBgOAgAhv4NACBLCAB8/w0AsFEIAGwADgCAWQgAzAAOANBZCAAPAQ4AIFoIAKUBDgAwYwgAlAIOAFBwCACKAw4AcIcIADwEDgBwBA4AeAQOAMAEDgDKBA4AwJEIAHkGDgCwnAgAkgcOALC1CADpBw4AALsIAIIIDgAgwwgA4AgOAEDGCAAbCg4AINwIAHIKDgCwCg4AqQsOAIDqCABHDQ4AgPkIANUNDgAw/ggALQ4OAFABCQDcDg4AEA8OABgPDgBgDw4Asg8OAHAJCQC8EA4A8BAOAPgQDgBAEQ4AaBEOAKAVCQDpEQ4AkBsJADgSDgCAEg4AjhIOADAcCQDWEg4AYB4JAH0TDgAQIwkAwRMOANAmCQC5FA4AMDAJALwUDgDQMAkA/RUOAAA9CQBFFg4AQD4JAJ0WDgBgQQkA6BYOAOBDCQBUFw4AgBcOADwYDgBgUAkAmBgOALBQCQC4GQ4AABoOADIaDgCQVwkANxoOAPBWCQDsGw4AUFsJAEAcDgBwXgkAjRwOALBfCQB9HQ4AoGUJAMUdDgBgaQkAfx4OALAeDgBsHw4AoB8OAKgfDgDwHw4A/R8OAIB7CQBNIA4AUH4JAO0gDgCwggkAnyEOANAhDgAyIg4A4C8OAD8iDgBwIg4AHCMOADCPCQAeIw4AAI0JAMIjDgAAJA4AXiQOAPCXCQAAJQ4A4KIJAEwmDgCAJg4AiCYOANAmDgA+Jw4AALoJABMoDgDwvwkAFykOAFDJCQCwKQ4AINEJAFwqDgCQKg4AmCoOAOAqDgBMKw4AgCsOAIgrDgDQKw4AcywOAAA4DgB4LA4AwCwOAHosDgAQ+AsAjCwOAIBiDgDKLA4AwOAJAGYtDgAQ5gkASC8OAHD5CQAxMA4AMAIKACwxDgBgCQoARDEOALA/CwB4MQ4AwDEOAN4xDgCwCQoAWDMOAHDKCwCoMw4AwMoLAAw0DgBANA4ASDQOAJA0DgAANQ4AMBYKAIg1DgBwUwoAGDcOAKB0DgAcOA4AMJQOACw4DgBQOA4AzDgOAPA4DgCsOQ4A4DkOAOg5DgAwOg4AjDoOAKAtCgDsOg4AIDsOACg7DgBwOw4AzDsOACCJCwAmPA4A8FoKAFw9DgAANwoAuj0OAIA5CgCYPg4A4D4OADg/DgDQtw4Af0AOAOBCCgCJQA4AoEEKAGxBDgBQRgoAHEIOAFBCDgBYQg4AoEIOAOdDDgAQTwoAGEYOAOBqCgBcRw4AkHkKAEpIDgCwfAoAg0kOANAuCwCGSQ4AcAcLAIpJDgBghgoAkEkOALA6CwAoSg4AcEoOAHpKDgAQiwoAfEsOALBLDgC4Sw4AAEwOAKJMDgBAlwoA9UwOALCaCgDYTg4AUKUKAChPDgBwTw4AfE8OAHCoCgAcUA4AkKsKALhQDgAAUQ4AF1EOAJCwCgCyVQ4A4MkKAFVWDgDgzgoAiVgOAADrCgAyWQ4AcFkOAB1aDgCg+goAIFoOAGD5CgAOWw4A0PwKAJhcDgDgXA4A41wOALADCwCMXQ4AIAcLAHheDgAgDAsAm14OAJCdDgDcXg4AYA0LAGNfDgCwXw4AU2AOAJAPCwBaYA4AwBELAOxhDgBgFwsA7mEOAFBtCwCIYg4A0GIOAGxkDgCQIwsAqmUOAAAxCwCvZQ4AICULAMxoDgAwlwsA6GgOAPCSDgAYaQ4AYGkOAGNpDgDwMQsAwGkOAIAzCwAMag4AcDQLAFhqDgCgag4AqmoOAMA0CwAAbQ4AMD0LAIVtDgDAAQwAwW0OAHA+CwAkbw4A8EALAMRvDgDgQQsAZHAOACBDCwDocA4AMHEOADpxDgCQRgsA0XEOALDQCwDPcg4AsE4LAKV0DgAgVwsAMnYOADBgCwA8dg4AEGcLAMB4DgDQbwsADnkOAMBwCwBYeQ4AYHELAKN5DgCgcgsAk3oOANB0CwCIew4A0HsOACh8DgBwfA4AEX0OAFB8CwBofQ4AsH0OAAh+DgBQfg4A834OAJCCCwCYfw4A4H8OADiADgCAgA4AeIEOAJCHCwDMgQ4A0IgLAGiCDgCwgg4AwIIOAGCKCwBzgw4AoIMOAEyEDgCQkQsAtIQOAOCEDgDshQ4AYJkLAHyHDgBgngsAHIgOAKCfCwC8iA4A4KALAEyJDgAwoQsAYIoOAEClCwCDig4A0KYLANiKDgDgpw4AKYsOAFCpCwAsiw4AMKsLAHOLDgDAiw4A3IsOABCMDgBjjA4AsIwOAMyMDgAAjQ4AWI0OAKCNDgCqjQ4AgKsLAPiNDgAAyQ4ARo4OADCwCwAzjw4AELcLAIiPDgAwqA4AhZAOABACDAAckQ4AUMILAJCUDgDQcwwAypUOAKDbCwCzlg4A0NMLAFyXDgAA1gsARJgOAMDZCwCKmQ4AEN8LAC6aDgCQ4QsAaZsOALDkCwDMmw4AAJwOAGycDgCgnA4A/pwOANDnCwC7nQ4A4J0OAAueDgAwng4AW54OAICeDgCrng4A0J4OACifDgBwnw4AdZ8OAEDrCwBjoA4AgPELAKmhDgAw9gsA86EOAECiDgBrog4AkKIOAOOiDgAwow4AW6MOAICjDgA/pA4AcKQOAN+kDgCQ+gsAGaUOAKD+CwB/pQ4AsKUOAFimDgCgpg4AsKYOAIAADAD8pg4AcAEMAFWnDgDQ8AwAWasOALA5DACsqw4AUDoMAJisDgDgSgwAOK0OACBRDADYrQ4AsFcMAHiuDgAAXQwAGK8OAOBjDAC4rw4AQGgMAFiwDgCgbAwA+LAOAOByDACcsQ4AwHQMAPqxDgAwsg4AOLIOAICyDgBYtQ4AoLUOAL61DgCAggwAyLgOANCgDAAuuQ4AkKQMALy5DgDApgwACLoOAECpDABXug4AwKsMAKW6DgCArwwAALsOAGCxDABcuw4AkLsOAOK7DgCQvQwAPLwOACC/DACVvA4AoMEMANi8DgBAxwwAjL0OAFDLDACOwQ4AUN8MACDDDgCA6wwAbMMOAHDsDAC4ww4AAMQOAATEDgDA7AwAWMQOAKDEDgD4xA4AQMUOAOjFDgAwxg4AjMYOAID6DADYxg4AIMcOACTHDgDQ+gwAQMgOALABDQAXyQ4AMAkNAKLJDgBgCw0A+skOAFAMDQBIyg4AkMoOAKDKDgBADQ0A6coOADAODQAzyw4AgMsOANrLDgBgEA0AMMwOAFARDQAezQ4AoBsNALzNDgAwIg0ACM4OAFDODgBgzg4AgCINAPTODgDwJQ0AUM8OADAnDQCezw4AICgNAOjPDgDAKA0AM9AOAIDQDgA=","fail":"AAAAAAAAAADQfwAAMJcBADDKAABg9AUA0AoCAOCbBgBA1wEAIE4KAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBAAAAAABA1wEAcD8KAKBnBwCwiwAAcA0AAEDXAQDg6AkAMOkJAIDpCQDQ6QkAEO4BANDxCwAQcgoA4F0DAAAAAABg9AUA0AoCANAKAgCQRwoAIPcBAHD3AQDAIAsAED8LAGD0BQBA1wEAYAgBAACNBABg6QsAkEcKAEDXAQAwhQQAMKcAAICnAADQpwAAIKgAAHCoAABwDQAAQNcBACBOCgBw9wYA0AoCAJATAgBgoAQAwHUGAAAAAABg9AUAQNcBACA6CgAwgQMAsPgBALD8BwCQ6wEA0H8AABACAgAQUgwAYFIMAIB4AgCQJAAAQNcBADBiCQCAYgkAcEQAAGB4BACwiwAAAIwAAECBAgBgPQgAsD0IAEDXAQBwPwoAoGcHALCLAABwDQAAQNcBAODoCQAw6QkAgOkJANDpCQDgeQoAMHoKAFAAAABQAAAAYGoIANAKAgBwRAAAQNcBAOB5CgDAkwEAAAAAALCLAACw+AEAcA0AAMAcAADQFgAA4JsGADCcBgCAuwAA0LsAACC8AACAoAIAUKgCAKCoAgDw3ggAwBcAAHA6CgAQFwsAQAEAAJABAADgAQAAMAIAAIACAADgeQoAMHoKAFAAAABQAAAAgHQBAIC4AwCwiwAA4KYAANAKAgAgCwIAYIEFAEDXAQAgTgoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AADA5wcAEOgHAAAAAACwhgAAsGcBANAKAgCQEwIAcA0AAEDXAQCAdAEAgLgDANC4AwBQAAAAsHsBAAB8AQBQfAEAoHwBAPB8AQBAfQEAkH0BAAAAAACAoAIAYMACAMCTAQAQlAEAYJQBAOC7CQAQ9QkAYPUJAODoCQAw6QkAgOkJANDpCQAQ7gEAgGIJAFAXAgCg7gcA8O4HAEDvBwDgmwYAQNcBAGD0BQAA+AcAQNcBAMAgCwBgdQwAEEUAAGBFAACwRQAAAEYAAFBGAACgRgAAAAAAALD8BwAAGQoA4HkKAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AAMDnBwAQ6AcAAAAAALCGAACwiwAAcA0AAMBRAgDQFwkA4JsGAEDXAQDgeQoA8C0AAEAuAACQLgAA4C4AADCcCwCQ6wEA0H8AADCXAQDAHAAA4JsGAEDXAQAgTgoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AACD3AQBw9wEAkOsBAODrAQAw7AEAgOwBAODoCQAw6QkAcBcAAMAXAABwOgoAEBcLAEABAACQAQAA4AEAADACAACAAgAAMMoAAID2AQAwlwEAQNcBACA6CgCAMwEA0DMBAECBAgCwZwEA4JsGALCLAAAgOgoAcDoKABAXCwBAAQAAkAEAAOABAAAwAgAAMJwLAJDrAQDQfwAAMJcBAMAcAADgmwYAQNcBACBOCgCAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAIPcBAHD3AQCQ6wEA4OsBADDsAQCA7AEA4OgJADDpCQBwFwAAwBcAAHA6CgAQFwsAQAEAAJABAADgAQAAMAIAAIACAAAwygAAgPYBADCXAQBA1wEAIDoKAIAzAQDQMwEAQIECALBnAQDgmwYAsIsAANB/AAAwlwEAsPcCAICgAgBgwAIA8C0AAEAuAACQLgAA4C4AADCcCwBwDQAAwBwAABAdAABgHQAAsB0AAAAeAAAwnAsAkCQAAKB2BwDQCgIAMAcKAMBRAgAwnAsAYAgBAOClBgBwDQAAwJMBABBtAAAQ/goAkNAIAMD9CgBQowIAMKcAAICnAADQpwAAIKgAAHCoAADAqAAAIDoKAHA6CgAQFwsAQAEAAJABAADgAQAAMAIAAIACAABgCAEAYK0BAHANAADAUQIAQNcBAJDrAQBgAgwAIE4KABBZBQDgeQoAoLgLAGB4BACweAQAAGgBAAAAAADgpgAA4KYAALCLAABwDQAAwJMBAEDXAQBwPwoAsIsAANAWAAAQ6AIAsIsAAOCbBgBA1wEAkNcBALBKCgDQCgIAQNcBALCGAABwDQAAwBwAAEDXAQAAAAAA0BYAAAArAgAwhggAIBcAADDKAADQFgAAQNcBAHA/CgAwnAYAwDMMABA0DACQ6wEA0H8AADCXAQDAHAAAAAAAANAKAgCw+AEA0H8AACCAAABwgAAAwIAAABCBAABggQAAQB4BAOCbBgCwiwAA0BYAABDoAgCwiwAA4JsGALD4AQCwiwAAAIwAAGDbAAAQhAIAkOsBANB/AADAdQYAsPgBAOCbBgCQ6wEAsPgBALCLAAAAjAAAYNsAABCEAgCwhgAAkOsBAIB0AQCAuAMA4KYAAEDXAQAAKwIAUCsCAKArAgBA1wEAwOcHABDoBwBwRAAAYHgEALB4BACwiwAAQIECAJCBAgDggQIAQNcBAOC7CQAQ9QkAYPUJAODoCQAw6QkAgOkJANDpCQAgTgoAcPcGAMD3BgDQdAEAMMoAALCLAADQFgAAIBcAABAwAQBgMAEAcA0AAHB2CgBQAAAAUAAAAGBqCADQCgIAcEQAANAXCQDgmwYAsPgBANB/AACAuwAA0LsAACC8AACw+AEAYAgBALAIAQCAdgkAAAAAAIB0AQCAuAMAsIsAANAWAABwRAAAQNcBAHA/CgCgZwcAsIsAAHANAABA1wEA4OgJADDpCQCA6QkA0OkJAOB5CgAwegoAUAAAAFAAAABgaggA0AoCAHBEAABA1wEAIE4KAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAA4L8AAIAzAQDQMwEAcEQAAKAIAgDgpgAAAKkBAOAUCwBA1wEAwOcHABDoBwAAAAAAsIYAALCLAABwDQAAwFECANAXCQDgmwYAQNcBAJDrAQCQRwoAQNcBAOB5CgDAHAAAEB0AAGAdAACwHQAAsIYAAHBEAADARAAAEEUAANAWAABwRAAA0BEFAOCmAACQiwIAgBkCANARBQBg9AUAAPgHAEDXAQAgOgoAgHQBALCGAACA4gEAsGcBAABoAQBA1wEA0H8AAIC7AADQuwAAsMwAACBOCgCAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAkL8AAMDnBwAQ6AcAAAAAALCGAACwZwEA0AoCAJATAgAAAAAA0AoCAJC4BwAA+AcAgOIBAFAAAACgAAAA8AAAAEDXAQAAAAAAUAAAAKAAAADwAAAAQAEAAJABAADgAQAAMAIAAGCyAQCwsgEAMIUEAJCLAgBg6wkAsOsJAJDnCgDg5woAMOgKADDKAACwZwEAAPsEAMBEAADAewoAYAsIAHBEAABA1wEAIE4KAGDpCwCQRwoAQNcBACA6CgBwOgoAEBcLAEABAACQAQAA4AEAADACAACAAgAAMIUEAICFBADQhQQAkCQAAKB2BwCA4gEAsIYAANAKAgCQEwIA0AoCAEDXAQAwhQQAMKcAAICnAADQpwAAIKgAAHCoAADAqAAA4HkKAMAcAADQFgAAcEQAAEDXAQAgTgoAgLsAANC7AAAgvAAAIPcBAHD3AQCQ6wEA4OsBADDsAQCA7AEA4OgJADDpCQBwFwAAwBcAAHA6CgAQFwsAQAEAAJABAADgAQAAMAIAAIACAADguwkAEPUJAGD1CQDgeQoAwBwAAAAAAADQfwAAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJAkAACgmgEA8JoBAECbAQBA1QMAIE4KAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBAFAXAgCg7gcA8O4HAEDvBwCQ7wcA4O8HADDwBwAgTgoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AANAXCQCwhgAAcA0AAABtAQAAaAEAgOIBAEDXAQBgCAEA4KUGAMCUBQCw/AcA0H8AAGDpCwAQ6AIA4F0DAGAIAQBA1wEAAAAAAOCmAAAAqQEAoPkLAPD5CwDQFgAAUBcCAKAXAgDwFwIAAP8AAICgAgAA/wAA0H8AAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQJAAAoJoBAPCaAQBAmwEAAAAAAGD0BQAA+AcAgOIBANDiAQBwDQAAwBwAAMCUBQDQawUAIGwFALCTDAAA+wQAYBECALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAIJEDAHCRAwDAkQMAEJIDAGCSAwCwkgMAAJMDAFCTAwCgkwMAQD0KAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAAAGgBABAdAABgHQAAsB0AAAAeAACQEwIAAIwAAGDbAAAQhAIAIE4KAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBALD4AQDQCgIAkBMCAOATAgCwiQwAcA0AAMAcAADgmwYAQNcBADCcCwCgdgwAgHQBANB0AQAgdQEAcHUBAMB1AQAQdgEAMMoAAID2AQAwlwEAQNcBAMDnBwAQ6AcAYOgHALDoBwAA6QcAUOkHAEDXAQCwhgAAcA0AAABtAQAAaAEAgOIBAEDXAQAgTgoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AABgCAEA4KUGAMCUBQCw/AcA0H8AAGDpCwAQ6AIA4F0DAHBEAACw+AEA0H8AAHD3BgDA9wYA0HQBADDKAACwiwAA4JsGAEDXAQAwnAsA0AoCAJC4BwCQ6wEA0H8AAJDrAQCAdAEAQJAMANB/AACAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAsIsAAACMAABg2wAAEIQCACCAAABwgAAAwIAAABCBAABggQAA8HIBAEBzAQCQcwEA4HMBADB0AQCwiwAAAIwAAGDbAAAQhAIAwMoBAOCmAACwiwAAUAAAAHBEAADQEQUAYPQFAEDXAQDAjgsAAAAAAAAAAAAAAAAAQNUDAMDnBwAQ6AcAYKAEADCXAQDADQAAAPgHAICgAgDACAAAsIYAAHANAADAHAAAEB0AANAWAABQFwIAoBcCAPAXAgAw/ggAgP4IAND+CAAgOgoAcDoKABAXCwBAAQAAkAEAAOABAAAwAgAAgAIAAODoCQAw6QkAgOkJANDpCQAgTgoAcPcGAMD3BgDQdAEAMMoAALCLAADgmwYA0BYAACAXAABwFwAAIE4KAPBPCwBwgAAAwIAAABCBAABggQAAsIEAAMAgCwAQPwsA4JwKAMAgCwBgdQwAsGcBAOBdAwAwXgMAQIECALD8BwDAewoAcA0AAMBRAgAwygAAsGcBAAD7BADARAAAQNcBAMDnBwAgCwIAkOsBAJDrAQCwZwEAAPsEAGAIAQAAAAAAQNcBAJDXAQDg1wEAMNgBAIDYAQBA1wEAIDoKAIB0AQBAkAwA0H8AADCXAQDAHAAAMIUEALD8BwAAGQoAwJQFAAArAgBA1wEAkEcKAGD0BQBgCwgA0AoCAEDXAQAwhQQAgIUEANCFBAAghgQAcIYEAMCGBAAQhwQAYIcEAMBBAwAQQgMAYEIDAOB5CgDAHAAA8BgLAHBEAADQEQUAAGgBAIDiAQAAAAAA0BYAAECBAgCQgQIA4IECAIC4AwDgmwYAMJwGACCAAABwgAAAwIAAABCBAABggQAAQEsLAFArAgCgKwIAsGcBALBnAQCA4gEA0BYAAFAXAgAgEAcAsIYAANAKAgCQEwIAYK8EAKBnBwCwiwAAcA0AADBMCwAgFwAAEDABAGAIAQAAjQQAgBkCAOCmAADgmwYAsIsAANAWAAAQ6AIAsIsAAAAAAABg9AUAgOIBALBnAQAAaAEAQNcBAJDXAQDg1wEAMNgBAIDYAQCQ1wEAsEoKANAKAgBA1wEAsIYAAHANAADAHAAAEB0AAEDXAQCQ1wEA4NcBADDYAQCA2AEAkNcBALBKCgDQCgIAQNcBALCGAABwDQAAwBwAAEDXAQAgTgoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AABwegEAwHoBABB7AQBgewEAQNcBALCGAABwDQAAwBwAABAdAADQFgAAUBcCAKAXAgBAgQIAYD0IALA9CAAwBwoAAG0BAGD0BQAA+AcAsGcBAABoAQAQ6AIAgLMDAGCtAQBgCAEAQNcBAOB5CgAwegoAUAAAAFAAAABgaggA0AoCAHBEAADQFwkA4JsGAEDXAQAgTgoAcBAMALBnAQBA1wEAQIECAGA9CACwPQgAMAcKAABtAQBg9AUAAPgHAEDXAQDguwkAAAAAAHANAADAkwEAEJQBAICgAgBwDQAAsPcCAEDXAQDA5wcAkLgHAGALCABwRAAA0BEFAABoAQCwiwAAcA0AAHANAADAkwEAwBwAABAdAADQEQUAYPQFAAD4BwCwiwAAAIwAAGDbAAAQhAIA0H8AALBnAQBAkAwAgKACADCvAgAg6wgAMLEKAICxCgDQsQoAILIKAHCyCgDAsgoAwOcHACALAgBwCwIAwAsCAJAkAACgmgEA8JoBAECbAQCwiwAAAIwAAGDbAAAQhAIAAAAAANB/AABAgQIAkIECABACAgCAdAEA0H8AAGDpCwCA4gEAEAICANB/AAAwlwEAgJcBANCXAQAgmAEAcJgBAMCYAQAQmQEAYJkBALCZAQAAmgEAUJoBAGD0BQBgCAEAUAAAAKAAAADwOgIAsJMMAOBdAwDADQAAAPgHAJAkAACgmgEA8JoBACDgCQBw4AkAsIYAAIB0AQBwRAAA0BEFAFAAAACAdAEAQJAMAJCQDACgmgEA8JoBACDgCQBw4AkAwBwAABAdAABg2wAAEIQCAAAAAABA1wEAkOsBAODrAQAw7AEAgOwBANDsAQAg7QEAcO0BALCLAACwPwEA0NgBACDZAQBw2QEAwNkBABDaAQAwYgkA0PELAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBACD3AQBw9wEAMGIJANDxCwDQ2AEAINkBAHDZAQDA2QEAENoBABBuCQCAdAEAQJAMAJCQDADgkAwAMJEMANCSCwDQCwsAQNcBAMDnBwCwkwwAAJQMAFCUDACglAwAEG4JAGBuCQCQ1wEA4NcBADDYAQCA2AEAAAAAAIALCwBA1wEAwOcHALCTDAAAlAwAUJQMAKCUDAAQbgkAYG4JAJDXAQDg1wEAMNgBAIDYAQCQ1wEA4NcBADDYAQCA2AEAkJsBAEDVAwDA4wsAEOQLAGDkCwCw5AsAAOULAAAAAACwhgAAAIcAABDoAgAA+wQAEAICANBkDADgmwYAACsCALCGAAAAhwAAEOgCAAD7BAAQAgIAkG0MANAKAgAgCwIAYIEFAOClBgAwygAAYPQFANAKAgAAKwIAEAICANB/AAAwlwEAgJcBANCXAQAgmAEAcJgBAMCYAQAQmQEAYJkBALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAAAAAAkCQAAKCaAQDwmgEAQJsBAFAAAAAgUQcAwJQFAHBEAADQFwkAQIECAJCBAgDggQIAMIICAICCAgBwDQAAQNcBAMAgCwAQPwsA4JwKAJDrAQBgAgwAAAAAACBOCgCQ5gsA4OYLADDnCwCA5wsA0OcLACDoCwBw6AsAMGIJAACMAABg2wAAEIQCAICgAgAAAAAAYPQFAHBEAACAoAIA4KYAAACpAQBQqQEAoKkBAPCpAQBAqgEAkBMCAGCvBABA1wEAsIYAAHANAAAAbQEAAGgBAIDiAQBA1wEA0JILANALCwAwYgkAAAAAAIB0AQAAAAAAsIYAANB/AABw9wYAAAAAAAAAAACwhgAAcEQAAEDXAQAwygAAgPYBADCXAQBA1wEAMGIJAAAAAACwhgAA0H8AALD8BwDAewoAYAsIALALCAAADAgAUAwIAJDrAQCgDAgA8AwIAEANCACQ6wEAMIUEAICFBADQhQQAoCYMAPAmDABAJwwAMIUEAICFBADQhQQAoCYMAPAmDABAJwwA0H8AAGDpCwAAAAAAQNcBAIDiAQDQ4gEAIOMBAAAAAABwRAAA0BcJAMCFCgAQhgoAEAICACAmCgBwJgoAkEcKAHBEAADQFwkAwIUKABCGCgAQAgIAYAICACALAgBwCwIAwAsCABAMAgBwDQAAYHgEADBcCgBwCwIAwAsCABAMAgBwRAAAwEQAANAKAgCQuAcAMMoAAAAAAADQCgIAkBMCACCiAQBwvQQAwJQFAHBEAABwDQAAEAICAMAGAgAQBwIAYAcCALAHAgAACAIAUAgCAHBEAACgCAIAoNELAMBEAADQCgIAkLgHAGD0BQAQAgIAwAYCAMBEAADQCgIAkLgHADDKAAAAAAAA0H8AALBnAQDgXQMAwBwAALD4AQCwiwAAAIwAAGDbAAAQhAIAEAICAMAGAgDARAAA0AoCAJC4BwAwygAAEAICAMAGAgDARAAA0AoCAJC4BwCQRwoAUAAAACBRBwCwiwAAAIwAAGDbAAAQhAIAsIsAAJAkAADgJAAAAIwAAJATAgDQFgAA4KYAALCLAACwiwAAAIwAAGDbAAAQhAIA0H8AAGCBBQDgpQYAsIsAAACMAABg2wAAEIQCAHBEAABwRAAAYHgEALB4BACQ6wEA4OsBADDsAQDQFwkAsIsAAACMAABg2wAAEIQCAGAIAQDgpQYAcEQAAMBEAADAewoA4JsGALCLAAAAjAAAYNsAABCEAgCAdAEAgHQBAFAAAABgaggAsGcBAABoAQCQ/gIA4P4CAAAeCgCQEwIAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBANAKAgCQEwIA4BMCADAUAgCAFAIA0BQCACAVAgBwFQIAwBUCABAWAgCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAAAAAALCLAACQRwoAsIsAAACMAABg2wAAEIQCAOCbBgCwiwAAsD8BAMAeDQAAjAAAYNsAABCEAgAAAAAAsIsAAACMAACQuAcA4JsGAEDHBwBAgQIAsGcBAOBdAwAAbQEAYPQFAAD4BwCwiwAAAIwAAGDbAAAQhAIAkOsBAGD0BQBgCwgAAIcAAODiCgCAdAEA0HQBAOCmAACQiwIAYOsJAECQDAAAjAAAYNsAABCEAgBg6QsAgOIBAJDQCACwiwAAAIwAAGDbAAAQhAIA0AoCAIDiAQCwhgAAYAgBAOClBgDQFgAAcEQAANAXCQAAHgoAYNsAABCEAgBg9AUAYAsIAHBEAACgCAIAkCQAAJDrAQBg9AUAYAsIAACHAADg4goAcA0AAMAcAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA0H8AADCXAQCAlwEA8C0AAJCLAgAwlwEAwFECANAXCQCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAoGcHALD0BQAA9QUAoGYIAPBmCABAZwgAkGcIAOBnCAAwaAgAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDAlAUA0GsFACBsBQAwBwoAAG0BAGD0BQAA+AcAsIsAAACMAABg2wAAEIQCAHBEAADQfwAAIIAAAAArAgBg9AUAQIECAGA9CACwPQgAkCQAAIB0AQDQdAEAMMoAALCLAAAAjAAAYNsAABCEAgDQEQUAIBIFANCzAwCAdAEAQJAMAGAIAQDgpQYA0BYAAHBEAADQFwkA4JsGALCLAAAAjAAAYNsAABCEAgBwDQAAcHYKAFAAAABQAAAAYGoIANAKAgBwRAAA0BcJAOCbBgCgZwcAsPQFAAD1BQCgZggA8GYIAEBnCACQZwgA4GcIADBoCACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAIB0AQCAdAEAQJAMAIDiAQDAEwkAcPcGANB/AADwOgIAQDsCAJA7AgDgOwIAMDwCAIA8AgDQPAIAID0CALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDQCgIAIAsCAJBHCgCwZwEAAGgBADAtAgCALQIA0C0CAGA+AgCwPgIAAD8CAFA/AgCgPwIA8D8CAEBAAgCQQAIA4EACADBBAgCAQQIA0EECACBCAgBwQgIAwEICABBDAgBgQwIAsEMCAABEAgBgCAEAkOsBAGACDAAAjAAAkCQAALBKCgDQCgIAYAgBAACNBACAGQIA0BcJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAA+AcA4KYAANBrBQAgbAUAcGwFAMBsBQAQbQUAYG0FAGAIAQCwCAEAgHYJAEDHBwAwjAwAoHYHAOCmAACQiwIAgBkCANARBQBg9AUAAPgHALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAAAAAANB/AABw9wYAsIYAALCLAACwiwAAAIwAAGDbAAAQhAIAkLgHADCSAQDAIAsAMIUEAJBHCgDgRwoAMEgKAIBICgDQSAoAsIsAAACMAABg2wAAEIQCANAWAABwRAAA0H8AAIAZAgDQEQUAYPQFAAD4BwCwiwAAAIwAAGDbAAAQhAIA0H8AAGDpCwDQFgAAIBcAABAwAQDA7QEAwFkJAKB2BwCAUQsAMC0CAEDXAQDgeQoAUIUCAGAIAQCQ6wEAYPQFALBnAQCQYwIA0H8AAIAZAgDQEQUAYPQFAAD4BwBA1wEAMGIJAACMAABg2wAAEIQCAJDXAQDg1wEAMNgBAIDYAQAAAAAAQNcBAOC7CQAwvAkAkNwLAODcCwAw3QsAgN0LAPCpAQCAGQIA0BEFAJDrAQCAdAEAQJAMAMAgCwBgEQIAsBECAAASAgAwhQQAkIsCAOCLAgAwjAIAgIwCANCMAgAgjQIAcI0CAMCNAgAQjgIAYI4CALCOAgAAjwIAUI8CAKCPAgDwjwIAQJACAAAAAACwhgAAAIcAAODiCgAw4woAgOMKANDjCgAg5AoAcOQKADCFBACQiwIA4IsCADCMAgCAjAIA0IwCACCNAgCwhgAAcA0AAMAgCwAQPwsAYPQFAEDXAQBgCAEAAI0EAGDpCwDg6AkAMOkJAIDpCQDQ6QkAEO4BAIBiCQDQYgkAYAsIAIDiAQBgCAEA0IgBAOBdAwDAkwEAAG0BAABoAQCA4gEAQNcBAMDnBwAQ6AcAcEQAALCGAADQCgIAcD8KALCLAADAlAUAMKcAAFBEAgDwOgIAkBMCAGCvBABA1wEAIE4KAGDpCwDgmwYAQNcBAODoCQAw6QkAgOkJANDpCQCwhgAAcA0AAMAcAADguwkAMLwJAFBoAQCgaAEA8GgBAEBpAQCQaQEAIIQBAGD0BQCw9AUAAPUFAKBmCADwZggAQGcIAJBnCADgZwgAgLMDANCzAwAgtAMAcLQDAMC0AwAQtQMA4JsGAEDXAQAgTgoAYOkLAOCbBgBA1wEA4OgJADDpCQCA6QkA0OkJALCGAABwDQAAwBwAAOB5CgBQhQIAoIUCAPCFAgBAhgIAkIYCACBJCgBwSQoAwEkKABBKCgBgSgoAYOkLABDoAgDgpgAAgKACAADtCACAsgkA0LIJACCzCQBwswkAwLMJABC0CQAwoQsAAIwAAGDbAAAQhAIAQNcBAGD0BQBgCwgAcEQAAEDXAQBg9AUAkCQAAEDXAQCQ6wEAYPQFAGALCAAAhwAA4OIKAMDnBwAgCwIAwDgCABA5AgDQFwkAIBgJAHAYCQBwRAAAQNcBAMAgCwAQPwsA4JwKACBOCgDAdQYA4JsGAEDXAQAwygAAsGcBAAD7BADARAAAQNcBAGD0BQBAgQIAYD0IALA9CACQJAAAgHQBANB0AQDgeQoAMHoKAIB6CgDQegoAYHgEADBcCgCAXAoAEM8HAEDXAQAwygAAsGcBAAD7BADARAAAQNcBAGD0BQBAgQIAYD0IALA9CACQJAAAgHQBANB0AQBgCAEAYK0BALCtAQAArgEAUK4BAKCuAQDwrgEAkEcKAEDXAQAwygAAsGcBAAD7BADARAAAQNcBAGD0BQBAgQIAYD0IALA9CACQJAAAgHQBANB0AQBwPwoAwD8KAECBAgCwZwEA4JsGALCLAAAwygAAsGcBAAD7BADARAAAQNcBAGD0BQBAgQIAYD0IALA9CACQJAAAgHQBANB0AQCwZwEAkGMCAEDXAQAgOgoAYGoIALBnAQAAaAEAkP4CAOD+AgAAHgoAQNcBAHA/CgCwiwAAAIwAAJATAgDgEwIAMBQCAIAUAgDQFAIAIBUCAHAVAgAgTgoAkOYLAODmCwAAbQEAUG0BAKBtAQBgCAEA4KUGANAWAABwRAAAQNcBAMAgCwAQPwsA4JwKADBiCQCAYgkAcEQAAGB4BACQRwoAQNcBAOC7CQAwvAkAgLwJAODoCQAQ6AIAYOgCALDoAgBgCAEAAI0EAIB0AQCAuAMA4KYAALCLAACQ6wEAYPQFAGALCAAAhwAA4OIKAHANAABA1wEAYPQFAGALCABwRAAAQNcBAGD0BQCQJAAAQNcBAMDnBwAgCwIAwDgCABA5AgBwRAAA0BcJAIDiAQCQ0AgAAIwAAEDXAQBwPwoAwD8KAECBAgCwZwEA4JsGALCLAACQ6wEAkEcKAEDXAQBgLwIAsC8CAAAwAgAAKwIAUCsCAOCbBgBA1wEAIE4KAIAZAgAA/wAAUP8AAJCLAgBg6wkAsOsJAJDnCgDg5woAMOgKAIDoCgDQ6AoAIOkKAHDpCgDA6QoAEOoKAGDqCgCw6goAAOsKAFDrCgCg6woA8OsKAEDsCgCQ7AoA4OwKADDtCgCA7QoA0O0KACDuCgBw7goAwO4KABDvCgBg7woAsO8KAADwCgBQ8AoAoPAKAPDwCgBA8QoAkPEKAODxCgAw8goAgPIKANDyCgCwZwEAAGgBADAtAgCALQIA0C0CAIDIAgDQyAIAIMkCAHDJAgDAyQIAEMoCAGDKAgCwygIAAMsCAFDLAgCgywIA8MsCAEDMAgBwPwoAMJwGAMAzDAAQNAwAkOsBANB/AAAwlwEAwBwAAOB5CgBQhQIAAAoKAFAKCgCgCgoA8AoKAEDXAQDguwkAEPUJAGD1CQDgeQoAoLgLAPC4CwDwOgIAcEQAANARBQAAaAEAgOIBAEDXAQCwhgAAUO8BALCGAABwRAAAcEQAANARBQAAaAEAgOIBAEDXAQBwPwoAoGcHADDKAADguwkAMLwJAIC8CQDA5wcAEOgHAFBOAgAQlQUAQIECAGA9CACwPQgAkEcKAEDXAQBgCAEAsAgBAIB2CQDQfwAAwHUGAEDHBwAAaAEAgOIBAEDXAQDA5wcAEOgHAGCvBACwrwQAALAEAAAKBQDguwkAEPUJAGD1CQCAdAEA0HQBALApAwAAKgMAUCoDAKAqAwDwKgMAQCsDAMAgCwBgdQwAEEUAANAYAwAgGQMAcBkDAMAZAwAwlwEAwBwAAPAYCwBA1wEA4LsJADC8CQCAvAkAYAgBAOClBgAwpgYAsAgBANAKAgDguwkAEPUJAGD1CQDguwkAMLwJAIC8CQBgyAkAsMgJAADJCQAgOgoAgDMBANAzAQBAbwoAkG8KAOBvCgAwcAoAQNcBAGD0BQCQJAAAQNcBAOB5CgCguAsA8LgLAPA6AgBwRAAA0BEFAABoAQCA4gEAQNcBALCGAABQ+AcAoPgHAPD4BwBA+QcAkPkHAOD5BwAw+gcAgPoHAMAgCwAQPwsA4JwKAOB5CgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAAAgTgoAgBkCAGD0BQAA+AcAQNcBAOB5CgDADQAAII0HAHCNBwDAjQcAEI4HAEDXAQBQAAAAcEQAANARBQAAaAEAgOIBAEDXAQAwhQQAgIUEANCFBAAghgQAcIYEAMCGBAAQhwQAYIcEAMBBAwAQQgMAULEIAKCxCABg9AUAAPgHAEDXAQCwhgAAAIcAABDoAgDAygEAQNcBAHA/CgCgZwcAYAgBAACNBACwZwEAAGgBAEDXAQDgeQoAwA0AACCNBwBwjQcAwI0HABCOBwBA1wEAYAsIALALCAAADAgAUAwIAKAMCADwDAgAQA0IAJANCADgDQgAMA4IAIAOCADQDggAIA8IAHAPCADADwgAEBAIAGAQCACwEAgA4HkKAMAcAAAQHQAAYB0AALAdAAAAHgAAgKACAHANAABA1wEAwCALAGB1DAAQRQAAYEUAALBFAAAARgAAUEYAAKBGAADwRgAAQEcAAJBHAACAsgkA0LIJANAWAAAQ6AIAAGgBAIDiAQBA1wEAYPQFAAD4BwBA1wEAIEQKAMB7CgBwDQAAgHQBANB0AQDgpgAAkIsCAGDrCQCw6wkAAAAAAIB0AQBwDQAAwFECABBSAgCAGQIA0BcJADCSAQAAAAAAAAAAAAAAAAAAAAAAAAAAAJCVAgDglQIAMJIBAAAAAACQlQIA4JUCADCbAgCAhQQA8OIJAEDjCQCQ4wkA4OMJADDkCQCA5AkA0OQJACDlCQCQWAMA4FgDADBZAwCAWQMA0FkDACBaAwBwWgMAwFoDABBbAwBgWwMAsFsDAABcAwBQXAMAoFwDAPBcAwDQhQQAIIYEAHCGBADAhgQAEIcEAGCHBADAQQMAEEIDAGBCAwCwQgMAAEMDAFBDAwCgQwMA8EMDAEBEAwCQRAMA4EQDADBFAwCARQMA0EUDAFDZCACg2QgA8NkIAEDaCACQ2ggA4NoIADDbCACA2wgA0NsIACDcCABw3AgAwNwIABDdCABg3QgAsN0IAADeCABQ3ggAgOIBAICgAgDgpgAAAKkBAIB4AgAwQAMAgEADANBAAwAgQQMAcEEDAMBBAwAQQgMAkOsBANB/AABwDQAA4GcDADBoAwBAkAwAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAFCjAgBQmAMAoJgDAPCYAwBAmQMAkJkDAOCZAwAwmgMAgJoDANCaAwAgmwMAsEIDAABDAwCQ1wEA4NcBADDYAQCA2AEAsNgDAADZAwBQ2QMAoNkDAPDZAwBA2gMAkNoDAODaAwAw2wMAMGIJANDxCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAMMoAALD8BwCwZwEAkGMCAECQDAAwhQQAgIUEANCFBAAghgQAcIYEAMCGBAAQhwQAYIcEALCHBACAhQQA0IUEACCGBABwhgQAwIYEABCHBABghwQAwEEDABBCAwBgQgMA4JcFADCYBQCAmAUA0JgFACCZBQBwmQUAUIUCAKCFAgDgpgAAUAAAADCBAwAQAgIA0EsMACBMDAAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBwDQAAEAICABBSDACQiwIA4IsCADCMAgCAjAIA0IwCAOCmAAAAqQEAgHgCADBAAwCAQAMA0EADACBBAwDQFgAAIBcAADDKAACwiwAAAIwAAGDbAAAQhAIAYFIMAIB4AgAwQAMAgEADANBAAwAgQQMAcEEDAMBBAwAQQgMA4JsGAKBnBwCwiwAAcA0AADBMCwAgFwAAEDABANAXCQCwPwEAEHIKAOBdAwDAUQIA0BcJAAAeCgBg2wAAEIQCAEDXAQAwhQQAkIsCAGDrCQCw6wkAAOwJAJDXAQDg1wEAMNgBAIDYAQBgCAEAUAAAAGBqCADQCgIAcEQAANAXCQAAHgoAYNsAABCEAgCAdAEAgLgDANC4AwBQAAAAcDoAABACAgDQZAwAsGcBAJDrAQCwhgUAIAsCAPA6AgCQRwoAQNcBAODoCQAw6QkAgOkJANDpCQCAdAEA0HQBALApAwAAKgMAsIsAAOCbBgCAoAIAgHQBANB0AQCwKQMAACoDAFAqAwCgKgMA8CoDAEArAwDAIAsAYHUMABBFAAAA/wAAUAAAAGBqCABwDQAAwFECAIDiAQDQCgIAkBMCAHANAADgZwMAMGgDAAD/AABA1wEAIE4KAPBPCwAQzwcAYM8HALDPBwAA0AcAwOcHABDoBwBQTgIAEJUFANAKAgDgmwYAQNcBACBOCgDAdQYAEHYGAGB2BgCwdgYA0BcJAAAeCgAQAgIAQNcBAGAIAQDQiAEA4F0DAMCTAQAAbQEAAGgBAIDiAQBA1wEAIE4KABBZBQCA4gEAkNAIAGAIAQBA1wEA4LsJAAD7BABQ+wQAcD8KALCLAABQAAAAIFEHAMDtCwAQ7gsAcA0AAEDXAQBg9AUAAPgHAAAAAAAAAAAAgKACADCvAgAg6wgAcOsIAMDrCAAQ7AgAMGIJAACMAABg2wAAEIQCAMAgCwAQPwsA4JwKADCFBACAhQQA0IUEACCGBABwhgQAwIYEANBYCQAgWQkAcFkJABAhCwAAHgoAUB4KAKAeCgDwHgoAQB8KAJAfCgDgHwoAMCAKAIAgCgBwPwoAALcMALCLAADAIAsAED8LAOCcCgAwhQQAgIUEANCFBAAghgQAcIYEAMCGBAAQhwQAYIcEAMBBAwAQQgMAYEIDALBCAwDQEQUAIBIFAHASBQDAEgUAEBMFALCTDAAA+wQA0BcJADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBACw+AEAAPkBANARBQAgEgUAcBIFAMASBQAQEwUAYBMFAICFBADQhQQAIIYEAHCGBADAhgQAEIcEAGCHBACwhwQAAIgEAFCIBACgiAQA8IgEAOB5CgDAHAAAEB0AAGAdAACwHQAAAB4AAICgAgBQowIAUJgDAKCYAwDwmAMAQJkDAJCZAwDgmQMAMJoDAICaAwDQmgMAIJsDAHCbAwDAmwMAEJwDAGCcAwCwnAMAAJ0DALBCAwDQEQUAIBIFAHASBQDgmwYAQNcBAGD0BQBgCwgAUKgCAKCoAgDw3ggAgP0JAJC4BwBgCwgAcEQAANAXCQDAIAsAED8LAOCcCgAgRAoAwHsKAHANAACwiwAAcEQAADDKAABg9AUA0AoCAAArAgBA1wEA4LsJABD1CQBg9QkAsIYAAACHAADQCgIAkBMCAGCgBACwoAQAAKEEANB/AACQ6wEAgHQBAAAAAABA1wEAACsCAMAXCgAAaAEAMC0CAICgAgBQowIAUJgDAKCYAwDwmAMAQJkDAJCZAwDgmQMAIPcBAHD3AQAwhQQAkIsCAHCXDADAlwwAEJgMAMD9CgBgwAIAwA0AAGAIAQDgpQYAAP8AAHBEAABA1wEAMIUEAICFBADQhQQAIIYEAHCGBADAhgQAEIcEANBYCQAgWQkAcFkJAJBHCgBwDQAA4GcDADBoAwAAAAAAgKACACBVCAAAjAAAYNsAABCEAgDgpgAAAKkBAIB4AgAwQAMAgEADANBAAwAgQQMAcEEDAMBBAwAQQgMAEB0FAACMAABg2wAAEIQCALD8BwCQRwoAAAAAAAAAAAAAAAAAkJUCAOCVAgAwkgEAAAAAAAAAAAAAAAAAAAAAAJCVAgDglQIAMJsCAICFBADQhQQAIIYEAHCGBADAhgQAEIcEAGCHBADAQQMAEEIDAGBCAwDglwUAMJgFAICYBQDQmAUAIJkFAHCZBQBgCAEA8BAEAEARBACQEQQA4BEEAOCbBgCQ6wEAQNcBAGAIAQCwCAEAgHYJANB2CQAgdwkAYAgBAPAQBABAEQQAkBEEAOARBADgpgAAMKcAAICnAADQpwAAIKgAAGAIAQBgrQEAAIcAABDoAgDgpgAAkIsCAIAZAgDQEQUAYPQFAAD4BwBwDQAAwBwAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBQowIAUJgDAAC9CwBQKQQAoCkEAPApBABAKgQAkCoEAOAqBAAwKwQAgCsEANArBAAgLAQAcCwEAEDXAQCAdAEAgLgDAABoAQAAKwIAQNcBAJDXAQDg1wEAMNgBAAAoCgBQKAoAIE4KAMB1BgDgmwYA0AoCAJATAgBwDQAAwJMBAIALCwDg5wAAQE0EAMB7CgBwDQAAwFECAIDwBwDQ8AcAIPEHAHDxBwDA8QcAEPIHAGDyBwCw8gcAAPMHAFDzBwAgTgoAYOkLAJBHCgBA1wEAYPQFAJAkAABA1wEAwCALAGB1DAAQRQAAYEUAAFAAAAAgUQcAwJQFALBnAQAArwoAoHYHALCLAADgmwYAQNcBAGAIAQDwEAQAQBEEAJARBADgEQQAAJAGACBECgDAewoAcA0AAMBRAgBgCAEA8BAEAEARBACQEQQA4BEEAACQBgBQkAYAoJAGAPCQBgBAkQYAkJEGAOCRBgAwkgYA8NYGAMB7CgBwDQAAwFECAEDXAQCw/AcAkEcKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQNUDAJDVAwDA0wcAENQHAGDUBwCw1AcAANUHAFDVBwCg1QcA8NUHAEDWBwCQ1gcA4NYHADDXBwCA1wcA0NcHACDYBwBw2AcAwNgHALBCAwDQEQUAIBIFAHASBQDgmwYAQNcBAGD0BQBgCwgAYPQFALD0BQAA9QUAoGYIAPBmCABAZwgAkGcIAOBnCAAwaAgAQNcBAMAgCwDQEQUAIBIFAHASBQDgmwYAQNcBAGD0BQBgCwgAgLgDALD4AQBwDQAA4GcDADBoAwCw+AEAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBQowIAUJgDAKCYAwDwmAMAQJkDAJCZAwDgmQMAMJoDAICaAwDQmgMAIJsDAHCbAwDAmwMAEJwDAGCcAwCwnAMAAJ0DALBCAwDQEQUAIBIFAHASBQDgmwYAQNcBAGD0BQBgCwgAYPQFALD0BQAA9QUAoGYIAPBmCABAZwgAkGcIAOBnCAAwaAgAQNcBAMAgCwDQEQUAIBIFAHASBQDgmwYAQNcBAGD0BQBgCwgAsEIDANARBQAgEgUAcBIFAOCbBgBA1wEAYPQFAGALCABg9AUAsPQFAAD1BQCgZggA8GYIAEBnCACQZwgA4GcIADBoCABA1wEAwCALANARBQAgEgUAcBIFAOCbBgBA1wEAYPQFAGALCADQCgIAsJMMAJBjAgDQdAEAIHUBAJBHCgCw+AEA4KYAAACpAQCAeAIAMEADAIBAAwDQQAMAIEEDAGCwAwAwnAsAoHYMALCGAAAAhwAAEPQAAGD0AACw9AAAAPUAAFD1AACg9QAA8PUAACA7BABwOwQAwDsEABA8BABgPAQAsDwEAAA9BABQPQQAoD0EAPA9BAAAaAEAgOIBAEDXAQDAIAsAED8LAOCmAAAAqQEAgHgCADBAAwCAQAMA0EADACBBAwBwQQMAoIMEAPCDBABAhAQAkIQEAOCEBACwhgAAAIcAABDoAgDAygEAQNcBAOB5CgDADQAAII0HAHCNBwDAjQcAEI4HAICgAgDQfwAAwMoBANAKAgCQEwIAcEQAAGB4BACweAQAsIsAAHANAABQAAAAIFEHAHBRBwBg2wAAkBMCAAAAAACwhgAAsIsAAHANAADAUQIA0BcJAAAeCgBg2wAAEIQCAADtCABQ7QgAoO0IALCgBAAAoQQAUKEEAKChBADwoQQAQKIEAJCiBADgogQAMKMEAICjBADQowQAIKQEAHCkBADApAQAEKUEAGClBACwpQQAAKYEAFCmBACgpgQA8KYEAECnBACQpwQA4KcEADCoBACAqAQA0KgEACCpBABwqQQAwKkEABCqBABgqgQAsKoEAACrBABQqwQAoKsEANB/AAAggAAAsPwHAAAZCgDgmwYAQNcBAMAgCwBgdQwAEEUAAGAIAQAAjQQAUI0EAEDXAQDA5wcAEOgHAHBEAABgeAQAsHgEALCLAABwDQAAQNcBACA6CgDwbQsAcFEHAEDXAQDA5wcAEOgHAAAAAACwhgAAsIsAAHANAADAUQIAQNcBAIB0AQCAuAMAgLMDANCIAQAA+wQAUPsEAMCOCwAwygAAsPwHALBnAQDgpgAAsPwHAEDXAQDguwkAEPUJAOCbBgBAxwcA4F0DAICgAgDgpgAAkIsCAOCLAgAwjAIAgIwCANCMAgDgpgAAAKkBAIB4AgAwQAMAgEADANBAAwAgQQMAICQMAAAeCgBg2wAAEIQCAPAtAAAwpwAAgKcAANCnAAAgqAAAcKgAAICgAgDgpgAAkIsCAOCLAgAwjAIAgIwCANCMAgDgpgAAAKkBAIB4AgAwQAMAgEADANBAAwAgQQMAICQMAAAeCgBg2wAAEIQCALCLAADgmwYAQMcHAOBdAwDwLQAAAKkBAIB4AgAwQAMAgEADANBAAwAgQQMAcEEDAMBBAwAQQgMAEB0FAGAdBQCwHQUAAB4FAFAeBQCgHgUA8B4FAEAfBQDwKAUAQCkFAPDiCQBA4wkAkOMJAODjCQAw5AkAgOQJANDkCQAg5QkAgOIBAJDQCADg0AgAQNcBACBOCgAQWQUAwOcHABDoBwBwDQAAwA0AAGALCADQCgIA4KYAABCNAwBgjQMAsI0DAACOAwBQjgMAoI4DAPCOAwBAjwMAkI8DAOCPAwAwkAMAgJADANCQAwAgogEAcKIBAMCiAQAQowEAYKMBADAnCACAJwgA0CcIACAoCABwKAgAwCgIABApCABgKQgAsCkIAAAqCABQKggAoCoIAPAqCABAKwgAkCsIAOArCAAwLAgAgCwIANAsCAAAqQEAgHgCADBAAwCAQAMA0EADACBBAwBwQQMAwEEDABBCAwAQHQUAYB0FALAdBQAAHgUAUB4FAKAeBQDwHgUAQB8FANCgAgAgoQIAEPQAAGD0AACw9AAAAPUAAFD1AACg9QAA8PUAACA7BABwOwQAwDsEABA8BABgPAQAsDwEAMAcAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUKMCAFCYAwCgmAMA8JgDAECZAwCQmQMA4JkDADCaAwCAmgMA0JoDACCbAwBwmwMAwJsDABCcAwBgnAMAsJwDAACdAwAgOgoAAPIIAFDyCACg8ggA8PIIAEDzCACQ8wgA4PMIADD0CACA9AgA0PQIACD1CABw9QgAwPUIABD2CABg9ggAsPYIAAD3CABQ9wgAoPcIAPD3CABA+AgAkPgIAFCoAgCgqAIA8N4IAID9CQCQuAcAYAsIAHBEAADQFwkAwCALABA/CwDgnAoAIEQKAMB7CgBwDQAAAO0IAFDtCABgrwQAsK8EAACwBAAACgUA4HkKAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AADDKAACwiwAA0BYAAHBEAABA1wEAIE4KADDKAACA9gEAcEQAAEDXAQAwygAAgPYBADCXAQBA1wEA4OgJADDpCQCA6QkA0OkJACA6CgBgaggAcA0AAMCTAQAAbQEAkOsBAIB0AQBAkAwAwCALABA/CwDgnAoAMIUEAICFBADQhQQAIIYEAHCGBADAhgQAEIcEANBYCQAgWQkAcFkJAMAgCwBgdQwAEEUAAMDnBwAQ6AcAYK8EALCvBAAAsAQAAAoFAOB5CgDAHAAAEB0AAGAdAACwHQAAAB4AAODnAABAUQoAMF4DADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBABghwQAwEEDABBCAwBgeQgAMLwJAIC8CQCQ6wEAsIYFAACHBQBQhwUAoIcFANAWAABA1wEA4HkKAKC4CwDwuAsAgBkCALBnAQCAswMA4KUGAGD0BQBgCwgAcEQAANAXCQAAHgoAYNsAABCEAgCQ/wsA0BEFACASBQBwEgUAwBIFABATBQBgEwUAoKcIADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBABghwQAsIcEAACIBABQiAQAoIgEAPCIBADgeQoAwBwAABAdAABgHQAAsB0AALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUKgCAKCoAgDw3ggAQN8IAJDfCADg3wgAMOAIAIDgCACQ1wEAoHYHAPB2BwBAdwcAYPQFANAKAgBA1wEAcD8KAMA/CgDQCgIAkBMCAFBOAgBwRAAAoAgCANAKAgCQRwoAQNcBADCSAQCwhgAAAIcAABDoAgDAygEAUKMCAFCYAwCgmAMA8JgDAECZAwCQmQMA4JkDADCaAwCAmgMA0JoDACCbAwBwmwMAwJsDABCcAwBgnAMAsJwDAACdAwAQygcAoOkHAMDsBwAQ7QcAYO0HALDtBwCwQgMA0BEFACASBQBwEgUA4JsGAEDXAQBg9AUAYAsIAGD0BQCw9AUAAPUFAKBmCADwZggAQGcIAJBnCADgZwgAMGgIAEDXAQDAIAsA0BEFACASBQBwEgUA4JsGAEDXAQBg9AUAYAsIAHBEAADQEQUAIBIFAHASBQDAEgUAEBMFAGATBQCwEwUAABQFAFAUBQCgFAUAACoNAFAqDQCgmAMA8JgDAECZAwCQmQMA4JkDADCaAwCAmgMA0JoDACCbAwCwQgMA0BEFACASBQBwEgUAwBIFABATBQAwBwoAwBwAANDoBQBAkAwAwJQFAHBEAADQEQUAYPQFAAD4BwBwRAAA0BEFACASBQBwEgUAwBIFABATBQBgEwUAsBMFAAAUBQBQFAUAoBQFALCLAAAAjAAAYNsAABCEAgAg4wEA0BEFACASBQBwEgUAwBIFABATBQBgEwUAsBMFAPCRCgBAkgoAkJIKAOCSCgAwkwoAgJMKANCTCgDADQAAII0HAHCNBwDAjQcAEI4HAKAIAgCw9AUAAPUFAFD1BQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAICgAgAgVQgAAIwAAGDbAAAQhAIA0BYAACAXAABgGwcAsBsHAAAcBwBQHAcAoBwHAPAcBwAgCwIAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAEDXAQDAIAsA0BEFACASBQBwEgUAwBIFABATBQBgEwUAoKcIAHCACgDgpgAA4KYAANBrBQAgbAUAcGwFAMBsBQBgrwQAQNcBACBOCgCQJAAAcEQAANAXCQAAHgoA4HkKAMAcAADQ6AUAQJAMAMCUBQBwRAAA0BEFAGD0BQAA+AcAQNcBADBiCQAAjAAAYNsAABCEAgBgwAIAwOEIABDiCABg4ggAsOIIAADjCABQ4wgAQGAFAJBgBQDgYAUAMGEFAIBhBQDQYQUAIGIFAHBiBQDAYgUAEGMFAEB5BQCQeQUA4HkFADB6BQCAegUA0HoFALCGAADQCgIA0AoCAJATAgDQFgAAcEQAAEDXAQDAIAsAED8LALD0BQBgaggAgHQBANB0AQAgdQEAkEcKAICgAgAAAAAAQNcBAMAgCwBgEQIAsBECAAASAgDA/QoA4HkKADB6CgCwZwEAAPsEANB/AACQ6wEAgHQBAECQDADgeQoAwBwAABAdAABgHQAAsB0AAAAeAAAAQQUAQNcBAJDXAQCwSgoAAEsKAFBLCgDAIAsA0BEFACASBQBwEgUAwBIFABATBQBgEwUAgKACAFCoAgCgqAIA8N4IACBOCgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAQJAMAOB5CgDAHAAAEB0AAGAdAACwHQAAAB4AAGAIAQAAAAAAUAAAAOCmAAAAqQEAgHgCADBAAwCAQAMA0EADACBBAwBwQQMAwEEDABBCAwAQHQUAAIwAAGDbAAAQhAIA0AoCAJC4BwDwcgsAUCsCAACMAACAsgkA0LIJANAKAgCQEwIAYKAEALCgBAAAoQQA0H8AAJDrAQCAdAEAQJAMALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAAIcAANAWAACQRwoAgKACAHBEAADgpgAAUAAAAOCmAAAAqQEAgHgCADBAAwCAQAMA0EADACBBAwBwQQMAwEEDABBCAwCQJAAAoJoBAPCaAQBAmwEA4KYAAACpAQCAeAIAMEADANAKAgCQEwIA4BMCALCJDABwDQAAwBwAAND6BwAg+wcAcPsHAMD7BwAQ/AcAYPwHAGAdBQCwHQUAAB4FAFAeBQCgHgUA8B4FAEAfBQBgwAIAwA0AACCNBwBwjQcAwI0HABCOBwBA1wEAMGIJAACMAABg2wAAEIQCAAAqDQBQKg0AoCoNAPAqDQBAKw0AkCsNAOArDQAwLA0AgCwNANAsDQAgLQ0AcC0NADBZAwCAWQMA0FkDACBaAwBwWgMAwFoDABBbAwBgWwMAIEQKAMB7CgBwDQAAkOsBALCGBQAAhwUAUIcFAKCHBQDwhwUAMAcKABBtAABAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEA0H8AAJAkAAAAKwIAQKsFACCiAQBwDQAA8C0AAACpAQCAeAIAMEADAIBAAwDQQAMAIEEDAHBBAwDAQQMAEEIDABAdBQAAjAAAYNsAABCEAgAwTAsAkM0BAOByAgAwcwIAgHMCANBzAgCQuAcAkCQAANAKAgCQEwIAcEQAAGB4BACweAQAsIsAAHANAADAHAAAsD8BAABAAQBQQAEAEIEKAGCBCgCwgQoAQNcBAGAIAQAAjQQAkEcKAEDXAQDg6AkAMOkJAIDpCQDQ6QkAkOsBAGACDAAgTgoAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBADCFBACAhQQA8OIJAEDjCQCQ4wkA4OMJADDkCQCA5AkA0OQJACDlCQBw5QkAwOUJADBiCQBwDQAAwFECABBSAgCQ6wEAgHQBAIC4AwDgXQMAUO8BAAAZCgDAIAsAED8LAOCcCgDguwkAUAAAACCAAAAAqQEAgHgCADBAAwCAQAMA0EADACBBAwBwQQMAwEEDABBCAwAQHQUAAIwAAGDbAAAQhAIA0KACACChAgAQ9AAAYPQAALD0AAAA9QAAUPUAAKD1AADw9QAAkOsBAGD0BQBg9AUAcEQAAHANAADAUQIAYHgEADBcCgBwEAwAQNcBAJDXAQDQCgIAkLgHAGAIAQBA1wEAMJIBAODnAACAoAIAUKMCADCnAACApwAA0KcAACCoAABwqAAAwKgAACBECgBwRAoAwEQKABBFCgDA5wcAgLIJANCyCQBA1wEAYPQFAGALCABwRAAAQNcBAGD0BQCQJAAAQNcBACBOCgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAQJAMAJDrAQCwhgUAAIcFAFCHBQCghwUA8IcFADAHCgBA1wEAwCALABA/CwDgnAoAwCALANB/AABw9wYAACsCAEDXAQDAIAsAYOkLAJBHCgBA1wEAYPQFAJAkAABA1wEAwCALAGB1DAAQRQAAYEUAALBFAACwiwAA4JsGAEDXAQCQ6wEAsIYFAACHBQBQhwUAoIcFAPCHBQCAdAEA0H8AADCXAQDAUQIA0BEFAOCmAABwDQAAwBwAANB/AADwOgIA4KYAALD8BwAQAgIA0EsMACBMDAAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBwDQAAEAICABBSDABgUgwAgHgCADBAAwCAQAMA0EADACBBAwBwQQMAwEEDABBCAwAQHQUAAIwAAGDbAAAQhAIAAAAAAFAAAAAgUQcAwO0LAHANAADAHAAA0H8AAPA6AgDgpgAAsPwHAFAAAAAw+wEAEAICANBLDAAgTAwAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAcA0AABACAgAQUgwAYFIMAIB4AgAwQAMAgEADANBAAwAgQQMAcEEDAMBBAwAQQgMAEB0FAACMAABg2wAAEIQCAICgAgBwRAAAYHgEADBcCgDAOAIAcA0AAFAAAABgaggA0AoCAHBEAACAoAIAcEQAAGB4BAAwXAoAwDgCAHANAABQAAAAYGoIANAKAgBwRAAAgKACACBVCAAAjAAAYNsAABCEAgCAdAEAgLgDAECBAgCwZwEAAGgBAIDiAQDgpgAAAKkBAIB4AgAwQAMAgEADANBAAwAgQQMAcEEDAMBBAwAQQgMAULEIAMAcAAAQHQAAYNsAABCEAgCw+AEAAPkBAGB4BAAwXAoAwDgCAHANAABQAAAAYGoIANAKAgBwRAAAEAICABBSDABgUgwAgHgCADBAAwCAQAMA0EADACBBAwBwQQMAwEEDABBCAwAQHQUAAIwAAGDbAAAQhAIAACoNAFAqDQCgmAMA8JgDAECZAwCQmQMA4JkDADCaAwCAmgMA0JoDACCbAwAwYgkAAIwAAGDbAAAQhAIAAIUCAJCLAgBwlwwAwJcMABCYDABgmAwAsJgMAACZDABQmQwAoJkMAEA4BQCQOAUA4DgFADA5BQCAOQUA0DkFACA6BQCAoAIAUKMCAFCYAwCgmAMA8JgDAECZAwCQmQMA4JkDADCaAwCAmgMA0JoDACCbAwCwQgMA0BEFACASBQBwEgUAwBIFABATBQBgEwUAoKcIADCFBACQiwIAcJcMAMCXDAAQmAwAYJgMALCYDAAAmQwAUJkMAKCZDABQowIAUJgDAKCYAwDwmAMAQJkDAJCZAwDgmQMAcEQAANARBQAgEgUAcBIFAMASBQAQEwUAYBMFALATBQAAFAUAUBQFAKAUBQBQqAIAsIsAADDKAADgpgAAAKkBAIB4AgAwQAMAgEADANBAAwAgQQMAcEEDAMBBAwAQQgMAEB0FAACMAABg2wAAEIQCAAD4BwAgFwAAMCEJAIAhCQDQfwAAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAECQDACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAHANAAAQbQAAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAECQDACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAFCoAgCgqAIA8N4IACBOCgBw9wYAgLgDAECBAgBgPQgA4OgJADDpCQAwIQkAgCEJAHANAABA1wEAkNcBALBKCgAASwoAUEsKAKBLCgDguwkAMLwJAIC8CQCQRwoAYPQFAGALCADQCgIAQNcBADCFBAAwpwAAsIYAAHANAADAUQIA0BcJAEDXAQDg6AkAMOkJADAhCQCAIQkAIE4KAECBAgCQgQIAsGcBAJBjAgDQfwAAkOsBAIB0AQBg9AUA4KYAAOCmAADQawUAIGwFAHBsBQDAbAUAYK8EAEDXAQAwygAAsPwHALBnAQCQYwIAQJAMADBiCQBwDQAAwFECABBSAgCQ6wEAgHQBAIC4AwDgXQMAUO8BALBnAQAAaAEAgOIBAEDXAQAgTgoAEFkFADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBABghwQAwEEDABBCAwBgQgMAsEIDAABDAwBQQwMAoEMDAOBnAwAwaAMAAJAGAFCQBgCgkAYA8JAGAECRBgCQkQYAwCALAOCmAABQAAAAAAAAALBnAQBQAAAAQNcBADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBABghwQAwEEDABBCAwBgQgMAsEIDAABDAwBQQwMAwCALAGB1DAAQRQAAIEQKAMB7CgBwDQAAwFECAMAgCwDQEQUAIBIFAHASBQDAEgUAEBMFAGATBQCgpwgA8KcIAECoCADQ2AEAsGcBANAKAgCQEwIAYPQFALD0BQAA9QUAUPUFAEDXAQDAIAsA4KYAAFAAAABA1wEAMIUEAICFBADQhQQAIIYEAHCGBADAhgQAEIcEAGCHBADAQQMAEEIDAGBCAwAwygAAsGcBAAD7BADARAAAQNcBACBECgDAewoAcA0AAMBRAgBA1wEA4JsGADCcBgBwEAwAcEQAANARBQBAgQIAYD0IAOB5CgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAADQNgMAIDcDAHA3AwCwhgAAAIcAABD0AABAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAQJAMAGD0BQDQCgIAQNcBAHA/CgCgZwcAsIsAAHANAABA1wEA4OgJADDpCQCA6QkA0OkJABDuAQDQ8QsAEHIKAOBdAwDgmwYAcA0AAEDXAQDgeQoAwBwAABAdAABgHQAAsB0AAAAeAABQHgAA0DYDACA3AwBwNwMAsIYAAACHAAAQ9AAAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAECQDABg9AUA0AoCAEDXAQBwPwoAoGcHALCLAABwDQAAQNcBAODoCQAw6QkAgOkJANDpCQAQ7gEA0PELABByCgDgXQMAQNcBAOB5CgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAADQNgMAIDcDAHA3AwCwhgAAAIcAABD0AABAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAQJAMAGD0BQDQCgIAQNcBAHA/CgCgZwcAsIsAAHANAABA1wEA4OgJADDpCQCA6QkA0OkJABDuAQDQ8QsAEHIKAOBdAwAAAAAA0H8AAHD3BgDA9wYAgLgDAICgAgDQCgIAsJMMAABoAQCA4gEAkNAIAACMAABg2wAAEIQCAFCoAgCgqAIA8N4IAEDfCADAHAAAEB0AAGAdAACwHQAAAB4AAFAeAAAgTgoAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBALCLAABgCAEA4KYAAJCLAgAggAAAsPwHAAAZCgBwDQAAwBwAABAdAABgHQAAsB0AAAAeAACQEwIAAIwAAGDbAAAQhAIAIKIBAHANAACAoAIAYMACAMDhCAAQ4ggAYOIIALDiCAAA4wgAUOMIAMD9CgBQowIAUJgDAKCYAwDwmAMAQJkDAJCZAwDgmQMA0FgJACBZCQDQEQUAIBIFAHASBQDAEgUAEBMFAGATBQCgpwgAwCALABA/CwDgmwYAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAgpgIAYHUMABBFAAAg2QsAcNkLAOC7CQAQ9QkAYPUJAODoCQAw6QkAcBcAACBOCgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAQJAMADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBABghwQAwEEDABBCAwBgQgMAIE4KAIAZAgDAEQsAYHUMALBnAQDgXQMAMF4DAGAIAQCwCAEAYAgBAOClBgDQFgAAgHQBAIC4AwDQuAMAMCYEAOCmAAAQAgIAEFIMAGBSDACAeAIAMEADAIBAAwDQQAMAIEEDAHBBAwDAQQMAEEIDABAdBQAAjAAAYNsAABCEAgDQZAwAwBwAABAdAABgHQAAsB0AAAAeAADgmwYAsIsAANB/AADAdQYAgKACAKBnBwAwygAA0BYAAICgAgCw/AcAwHsKAHANAADAUQIAgHQBANB0AQCwLQkAAC4JAFAuCQCgLgkAIFEHAHBRBwBg2wAAEIQCAGAIAQAAjQQA8DoCAAArAgBQKwIA4JsGAEDXAQBwPwoAsIsAANB/AAAgRAoAcEQKAMBECgAQRQoAYEUKALBFCgAARgoAUEYKAED7CgBg6QsA4JsGAEDXAQDguwkAEPUJAGD1CQDwSwoAwD8KAOBdAwAQbQAAkOsBAIB0AQBAkAwA4JsGAEDXAQCwhgAAAIcAAHBEAADQEQUAkGMCAEDXAQDAIAsA0BEFACASBQBwEgUA4JsGAEDXAQDA5wcAEOgHAHBEAABgeAQAsPwHAMB7CgBwDQAAwFECABBSAgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEA4KYAAAAAAACAdAEAgKACAFCoAgCgqAIA8N4IACBECgDAewoAcA0AAMBRAgBwDQAAQNcBACBOCgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAQJAMAOC7CQAwvAkAgLwJAGDICQCwyAkAAMkJACA6CgBgaggAsGoIANCgAgAgoQIAEPQAAGD0AACw9AAAAPUAAFD1AACg9QAA8PUAACA7BADQCgIAkBMCAGCgBACAGQIA0BcJAOB5CgDAHAAAcA0AAMCTAQAAbQEAYPQFAIB0AQCAdAEAQNcBACBECgDAewoAcA0AAMBRAgDg5wAAQFEKAEDVAwDAIAsAYHgEALB4BACwiwAA4JsGAEDXAQCQ1wEAsEoKANAKAgBA1wEAAAAAALCGAACwiwAAAIwAAJBHCgBA1wEAkNcBAODXAQAw2AEAgNgBANAWAAAgFwAAMCEJAIAhCQBwDQAAkCQAAKCaAQDwmgEAQJsBALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUKMCAFCYAwDw4gkAQOMJAJDjCQDg4wkAMOQJAIDkCQDQ5AkAIOUJAMDnBwAQ6AcAYKAEALCgBAAAoQQAQNcBACBOCgBg6QsAkEcKAEDXAQAwhQQAgIUEANCFBACgJgwA8CYMACCAAAAQzwcAQNcBACA6CgBgaggAsGcBAABoAQCAGQIAcA0AAICgAgBQqAIAoKgCAPDeCABA3wgAwBwAABAdAABgHQAAsB0AAAAeAAAAQQUAQNcBACBOCgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAQJAMAJDXAQCwSgoA0AoCAEDXAQAwhQQAgIUEANCFBAAghgQAcIYEAMCGBAAQhwQAYIcEAMBBAwBwDQAAwBwAABAdAABgHQAAsB0AAAAeAAAAQQUAUEEFABAdAABg2wAAEIQCAMAcAAAQHQAAYNsAABCEAgAAKg0AUCoNAKCYAwDwmAMAQJkDAJCZAwDgmQMAMJoDAICaAwDQmgMAsPgBANAKAgCQEwIA4BMCALCJDABwDQAAwBwAADCdCgBQFwIAIBAHAHAQBwBA1wEA4HkKAMAcAAAQHQAAYB0AALAdAADgpgAAACsCALD8BwDAewoAYAsIAHANAADAHAAAsPgBAOCbBgDQCgIAsJMMAECBAgBgPQgAsD0IABACAgDQSwwAAIwAAGDbAAAQhAIAEAICANAWAACwiwAAcEQAADDKAABg9AUA0AoCAAArAgBQKwIAAIwAAGDbAAAQhAIAACoNAFAqDQCg+QsA8PkLAED6CwAAAAAAAAAAALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAgKACAFCjAgBQmAMAoJgDAPCYAwBAmQMAkJkDAOCZAwAwmgMAgJoDANCaAwAgmwMAcJsDAMCbAwAQnAMAYJwDALCcAwAAnQMAwCALAGB1DAAQRQAAMGIJAIBiCQDgmwYAUAAAAGBqCACwZwEAAGgBAJD+AgBA1wEAsIYAANAKAgCAdAEAgKACAMAIAACw/AcAAP0HAFD9BwAwhQQAgIUEANCFBAAghgQAcIYEAMCGBAAQhwQA0FgJACBZCQBwWQkAwCALAGB1DAAQRQAA0BgDAKBnBwDwZwcAQGgHAJBoBwDgaAcAwKYHAHA/CgAwnAYAsIsAAGAIAQCwCAEA0BgDAKBnBwDwZwcAQGgHAJBoBwDgaAcAwKYHAHA/CgAwnAYAsIsAAGAIAQCwCAEAAAkBAEDXAQDA5wcAgLIJANCyCQDQFgAAEOgCAABoAQCA4gEAsIsAAACMAABgCAEA0IgBAOBdAwDAkwEAAG0BAGD0BQAA+AcAQNcBAHA/CgCwiwAA0BYAABDoAgCwiwAA4JsGAEDXAQAwygAAsPwHALBnAQCQYwIAQJAMAMAgCwBgeAQAkEcKALBnAQAAaAEAgOIBAEDXAQDAIAsAED8LAOCcCgAwhQQAgIUEANCFBAAghgQAcIYEAMCGBAAQhwQA0FgJACBZCQBwWQkAwCALAGB1DAAQRQAA0BgDAKBnBwDwZwcAQGgHAJBoBwDgaAcAwKYHAHA/CgAwnAYAsIsAAGAIAQCwCAEAcD8KAAC3DABQtwwAoLcMAPC3DABAuAwAkLgMADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBADgNgcAYPQFAOCmAAAAKwIAUCsCAACMAACQEwIAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBACCRAwCgRgoA8EYKAEBHCgAgtwoAsPwHALBnAQCQYwIAQJAMAJDXAQDgJAAAcEQAAOCmAACw/AcAsGcBAABoAQCA4gEAQNcBAOB5CgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAAAgTgoAcBAMALBnAQBA1wEAQIECAGA9CACwPQgAMAcKAABtAQBg9AUAsGcBAJBjAgBAkAwA0BYAACAXAAAQMAEAkCQAALBKCgAASwoAUEsKAKBLCgAw4woAAIwAAGDbAAAQhAIAMJIBACAUCABwFAgAwBQIABAVCABgFQgAsBUIAAAAAACQlQIA4JUCAODoCQAw6QkAcBcAAABzBQBQcwUAACkJAFApCQCgKQkAkNcBAKB2BwDwdgcAQHcHAGD0BQDQCgIAQNcBAHA/CgDAPwoA0AoCAJATAgBQTgIAcEQAAKAIAgDQCgIAMGIJAIBiCQDQYgkAIGMJAHBjCQAAAAAAQIECAJCBAgDwOgIAAAAAANAKAgCAsgkA0LIJAAAAAADgmwYAoGcHAPBnBwBAaAcAkGgHAOBoBwAgkgcAcJIHAMCSBwAQkwcA4KYAAAArAgBQKwIAcEQAANAWAAAgFwAAEDABAJAkAACwSgoAAEsKAFBLCgCgSwoAMOMKAACMAABg2wAAEIQCABACAgDQZAwAwA0AACCNBwAg6gkAoHYHAIBRCwAwLQIAQNcBACBOCgAQWQUAQIECAJCBAgDggQIAgLgDAOCbBgBA1wEAcD8KAKBnBwDwZwcAQGgHAJBoBwDgaAcAwKYHADBiCQCAYgkAQIECALBnAQDQCgIAkLgHAAD4BwBgCAEA4KUGANAWAAAwygAAYPQFANAKAgAAKwIAwBcKAABoAQCA4gEAQNcBADCFBACAhQQA0IUEAKAmDADwJgwAQCcMAJAnDADgJwwAMCgMAEDXAQDA5wcAgLIJANCyCQAgswkAcLMJAMCzCQAQtAkA4HkKAKC4CwBgeAQAMFwKAIAZAgDQFwkAgOIBAEDXAQDguwkAEPUJAGD1CQAwYgkAsGcBAAD7BADARAAAEEUAACDZCwBA1wEA4OgJADDpCQCA6QkA0OkJAMDnBwCAsgkA0LIJANAWAAAQ6AIAAGgBAIDiAQBA1wEAYPQFANAKAgBA1wEAYAgBANCIAQDgXQMA8C0AAACpAQCAeAIAkCQAAKB2BwCA4gEAsIYAANAKAgCQEwIA0AoCAJATAgBgoAQAgBkCANAXCQBwPwoAoGcHAPBnBwBAaAcAkGgHAOBoBwDApgcAIDoKAIAzAQDQMwEAQIECALBnAQDgmwYAsIsAAGD0BQBg9AUAcEQAAIB0AQBAkAwAcA0AAMCTAQBA1wEAcD8KAKBnBwDwZwcAQGgHAJBoBwDgaAcAwKYHAODoCQAw6QkAgOkJANDpCQAg6gkAcOoJAMDqCQAQ6wkAcD8KAKBnBwDwZwcAQGgHAJBoBwDgaAcAwKYHADBiCQCAYgkA4JsGAFAAAABgaggAsGcBAABoAQDAlAUAEJUFAGCVBQCwlQUAAJYFAFCWBQCglgUA8JYFAECXBQCQlwUAsGcBANB/AABw9wYAQNcBAMAgCwDgpgAAUAAAAICgAgDw9AsAQNcBADCcCwCgdgwAMIUEAICFBADQhQQAIIYEAHCGBADAhgQAEIcEAODnAAAAAAAAQNUDAMDjCwCwSgoA0AoCAHBEAADQEQUAQIECAGA9CADQ6AUAkEcKAEDXAQDA5wcAEOgHAGDoBwCw6AcAAOkHAFDpBwBA1wEA4LsJAFCjAgBQmAMAoJgDAPCYAwBAmQMAkJkDAOCZAwAwmgMAgJoDANCaAwAgmwMAcJsDAMCbAwAQnAMAYJwDALCcAwAAnQMAIJEDAMCUBQAQlQUAYJUFALCVBQAAlgUAUJYFAKCWBQDwlgUAQJcFAJCXBQBQqAIAoKgCAHA0BgAwnAsAsIsAALA/AQAQcgoA4F0DAMBRAgDQEQUAAGgBAIDiAQBA1wEAcD8KAKBnBwBgCAEAAI0EALBnAQDgNgcAMDcHAIA3BwDQNwcAIDgHAHA4BwDAOAcAEDkHAGA5BwCwOQcAADoHAFA6BwCgOgcA8DoHAEA7BwCQOwcA4DsHADA8BwDQCgIAkBMCAOATAgCwiQwAcA0AAMAcAAAwkgEAcEQAAOCmAABQAAAAgKACAAAAAACAdAEAcA0AAICgAgAAAAAAsIYAAACHAAAQ6AIAwMoBAICgAgAAAAAAkOsBAIB0AQBAkAwAwCALABA/CwDgnAoAMIUEAICFBADQhQQAIIYEAHCGBADAhgQAEIcEANBYCQAgWQkAcFkJAMAgCwDgpgAAUAAAAICgAgAAAAAAgHQBAHANAACAoAIAAAAAAOB5CgDAkwEAEJQBAICgAgAAAAAA0BYAANAWAACwiwAAwJQFAHBEAADQEQUAYPQFAAD4BwBA1wEAwOcHABDoBwBg6AcAsOgHAADpBwBQ6QcAAAAAAHBEAABwRAAAUAAAAOCmAAAAqQEAgHgCADBAAwCAQAMA0EADACBBAwBwQQMAwEEDABBCAwAw9QwAYGoIALBqCAAAawgA4OcAAEBNBADAewoAcA0AAMBRAgCACwsAwOcHABDoBwBgoAQAsKAEAAChBABA1wEAcD8KADCcBgDAMwwAEDQMAJDrAQDQfwAAMJcBAMAcAADgeQoAwBwAABAdAABgHQAAsB0AAAAeAABQHgAAIE4KAIAZAgCwhgAAgHQBAOCbBgBA1wEA4OgJADDpCQCA6QkA0OkJADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBADQWAkAIFkJAHBZCQDQCgIAkBMCAOATAgCwiQwAcA0AAMAcAACwiwAAAIwAAGDbAAAQhAIAsIsAAACMAABg2wAAwFAIABBRCABwFwAAAAAAAAAAAAAAAAAAkJUCAOCVAgAwmwIAgIUEANCFBAAghgQAcIYEAMCGBAAQhwQAYIcEAMBBAwAQQgMAYEIDAOCXBQAwmAUAgJgFANCYBQAgmQUAcJkFAAAAAAAAAAAAkJUCAOCVAgAwmwIAgIUEANCFBAAghgQAcIYEAMCGBAAQhwQAYIcEAMBBAwAQQgMAYEIDAOCXBQAwmAUAgJgFANCYBQAgmQUAcJkFADDKAACwZwEAAGgBALCLAAAAjAAAYNsAABCEAgAAAAAAAAAAAAAAAAAAAAAAAAAAANAWAACwiwAAcEQAABACAgAQUgwAYFIMAIB4AgAwQAMAgEADANBAAwAgQQMAICQMAHAkDADAJAwAECUMAGAlDACwJQwAACYMAFAmDABQowIAUJgDAKCYAwDwmAMAQJkDAJCZAwDgmQMAMJoDAICaAwDQmgMAIJsDAHCbAwDAmwMAEJwDAGCcAwCwnAMAAJ0DAMCOCwBg9AUAcA0AAEDXAQAwYgkAAIwAAGDbAAAQhAIAAAAAAAAAAAAAAAAA0BcJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAMEIBAAAAAAAAAAAAAAAAALA/AQAQcgoAYPQFAAD4BwBA1wEAwOcHABDoBwBg6AcAsOgHAADpBwAAAAAAsIsAAACMAACQ6wEAsGcBAABoAQAwLQIAALcMAACHAACA4gEAcA0AABBtAACAuwAAkCQAAJDrAQDQfwAAgLsAAEDXAQAgTgoAkOsBAIDiAQCQ0AgA0OgFAECQDACw/AcA0BYAALCLAACwPwEAEHIKAAAAAADQFgAAQNcBAMDnBwAQ6AcAsPwHALCGAABwDQAAEG0AAMB1BgBwDQAAwJMBAABtAQBg9AUAAPgHALCLAADA5wcAsJMMAACvCgCgdgcAsIYAAHBEAADQfwAAgBkCAAAAAABg9AUAQNcBAMDnBwAQ6AcAUE4CAKBOAgBwDQAAEG0AAMB1BgDQFgAAIBcAAICgAgAgVQgAcFUIAMBVCAAQVggAYFYIALBWCAAAVwgAUFcIAKBXCADwVwgAQFgIALCLAADAlAUAEJUFAGCVBQCwlQUAAJYFAFCWBQCglgUA8JYFAECXBQCQlwUAkNcBAODXAQAw2AEAgNgBAJCbAQBQowIAUJgDAKCYAwDwmAMAQJkDAJCZAwDgmQMAMJoDAICaAwDQmgMAIJsDAHCbAwDAmwMAEJwDAGCcAwCwnAMAAJ0DAFCoAgCgqAIA8N4IAEDfCACQ3wgA4N8IADDgCACA4AgAkNcBAKB2BwDwdgcAQHcHAGD0BQDQCgIAQNcBAHA/CgDAPwoA0AoCAJATAgBQTgIAcEQAAKAIAgDQCgIAcFEHACALAgCAGQIA0BEFAGD0BQAA+AcAUBcCAHD3BgBAkAwAAIwAAGDbAAAQhAIAYPQFAGD0BQCAdAEAQNcBAMAgCwDQEQUAIBIFAHASBQDgmwYAQNcBAGD0BQBgCwgAcEQAAEDXAQAwygAAsPwHALBnAQCQYwIAQJAMADDKAACA9gEAsGcBAAD7BADQEQUAAGgBAIDiAQBA1wEAkNcBALBKCgDQCgIAQNcBACBOCgBg6QsAsOkLAGD0BQCw9AUAAPUFAFD1BQBA1wEAMIUEAICFBADQhQQAIIYEAHCGBADAhgQAEIcEAGCHBADAQQMA4LsJABD1CQBg9QkA4OgJADDpCQCA6QkA0OkJACBOCgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAQJAMACD3AQBw9wEAwOcHABDoBwAAAAAAsIYAALCLAABwDQAAwFECAEDXAQDAIAsA0BEFACASBQBwEgUA4JsGAEDXAQBg9AUAYAsIAHBEAABA1wEAIE4KAJAkAABwRAAA0BcJAAAeCgDQFgAAsIsAALA/AQCAoAIAIKYCANARBQAgEgUAcBIFAMASBQAQEwUAYBMFAKCnCAAgTgoA8E8LAAAAAACwhgAAsGcBANAKAgCwkwwAAGgBAIDiAQBA1wEAIE4KABBZBQAwhQQAgIUEANCFBAAghgQAcIYEAMCGBAAQhwQAYIcEAMBBAwBAkAwAAIwAAGDbAAAQhAIAkP8LANARBQAgEgUAcBIFAMASBQAQEwUAYBMFAGCXCACwlwgAAJgIAFCYCACgmAgA8JgIAECZCACQmQgA4JkIADCaCACAmggA4OcAADDKAACA9gEAsGcBAAD7BADA4wEA0AoCAJATAgBgoAQAgBkCANAXCQDwTwsAAAAAALCGAACwZwEA0AoCAJATAgAgogEA4JsGAJDrAQDgpgAAQNcBADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBABghwQAwEEDAGD0BQCQ6wEAcEQAANB/AACwZwEAAGgBAEDXAQAgogEA4JsGAJDrAQDgpgAAQNcBADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBABghwQAwEEDAEDXAQAwYgkA0PELAABAAQBQQAEAEIEKAGCBCgCwgQoAAIIKAFCCCgAwygAAsPwHAAAZCgDQFgAAQNcBAMAgCwBgeAQAkEcKALBnAQAAaAEAgOIBAEDXAQDAIAsAED8LAOCcCgAwhQQAgIUEANCFBAAghgQAcIYEAMCGBABwDQAAQNcBADCFBACAhQQA8OIJAEDjCQCQ4wkA4OMJADDkCQCA5AkA0OQJACDlCQBw5QkAwOUJACBOCgDwTwsAAAAAALCGAACwZwEA0AoCAJATAgBgrwQAQNcBAJDXAQDQCgIAkLgHAGAIAQBA1wEAwCALAGB1DAAQRQAAsIYAAACHAADg4goAMOMKAACMAACAdAEAkEcKALBnAQAAaAEAgOIBAEDXAQBwPwoAMJwGAMAzDAAQNAwAkOsBANB/AAAwlwEAwBwAACBOCgDwTwsAAAAAALCGAACwZwEA0AoCAJATAgAgTgoAEFkFAMDnBwAQ6AcAcA0AAMANAABgCwgA0AoCAOCmAACwiwAAkNcBANAKAgCQuAcAYAgBAEDXAQDguwkAAPsEAHANAABA1wEAIDoKAIAzAQCwkwwAgLMDAACNBADwOgIAkEcKAEDXAQCQ1wEA4NcBACCAAAAQzwcAoAgCANAKAgCQRwoAQNcBAGD0BQDQCgIAQNcBAOB5CgDADQAAYAsIANAKAgDgpgAAsIsAAHBEAADQfwAAwHUGAOCbBgDQCgIAsJMMAABoAQCQJAAAsEoKAEDXAQAwYgkAgGIJANBiCQAQMAEAkCQAALBKCgAASwoAUEsKAKBLCgDQfwAAsGcBALD4AQDQfwAAEP4KAMATCQAQFAkAAGgBALCVCgBgeAQAMFwKAMA4AgBwDQAAsPcCANB/AACAGQIA0BcJACBECgDAewoAcA0AAMBRAgBA1wEA4OgJAFAXAgCgFwIA8BcCAHAXAAAAcwUAUHMFAAApCQBQKQkAoCkJAPApCQBAKgkAkCoJAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AAGAIAQDQiAEA4F0DAJDrAQBgAgwAsPwHANB/AABAgQIAsGcBAABoAQAQIQsAIBgJAHAYCQDAGAkAEBkJAGAZCQCwGQkAABoJAFAaCQCgGgkA8BoJAEAbCQCQGwkA4BsJAMA/CgCQxwcA4McHADDIBwCwhgAA4JsGAMDnBwAQ6AcAYKAEAMB1BgBA1wEAsIYAAOCbBgAAAAAAYPQFAEDXAQDAIAsA0BEFACASBQBwEgUAwBIFABATBQCw/AcAUAAAALD4AQDQFgAAsIsAAHBEAAAwygAAYPQFANAKAgAAKwIAsPgBAIDiAQCQ0AgA4NAIADDRCACA0QgA0NEIACDSCACQEwIAcA0AAMCTAQDAHAAAcA0AAICgAgCA4gEAkNAIAODQCAAw0QgAgNEIANDRCAAg0ggAcNIIAMDSCAAQ0wgAYNMIALDTCACQ1wEAsEoKANAKAgBg9AUA0AoCAEDXAQDgeQoAwBwAABAdAABgHQAAsGcBAOCmAACwiwAA4OgJADDpCQCA6QkA0OkJAAArAgAwhggAIBcAADDKAACw/AcAwHsKAHANAADAUQIA0BcJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCgcwUA8HMFAEB0BQCQdAUA4HQFADB1BQAgTgoAwHUGAOCbBgDQCgIAkBMCAHANAADAkwEAQNcBAJDXAQCwSgoAAEsKAFBLCgCw9AUAAPUFAFD1BQBA1wEAwCALAOCmAABQAAAAQNcBADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBABghwQAwEEDABBCAwBgQgMAsEIDAABDAwDQfwAAsGcBALCLAAAAjAAAYNsAABCEAgAwkgEAIBQIAHAUCADAFAgAEBUIAGAVCACwFQgAsIsAAGAIAQBQAAAAYGoIANAKAgAgCwIA8DoCAJBHCgBA1wEAkNcBAODXAQAw2AEAACgKAFAoCgDguwkAMLwJAIC8CQDg6AkAUBcCAKAXAgDwFwIAwOcHABDoBwBwDQAAwA0AAIB0AQCwhgAAcEQAANARBQBg9AUA4JsGALCLAADQFgAAUBcCAKAXAgDwFwIA4OgJADDpCQDQCgIAQNcBAOB5CgDAHAAAEB0AAGAdAADQFgAAUBcCAKAXAgDwFwIAIDoKAIAzAQDQMwEAQIECALBnAQDgmwYAsIsAAOCmAACw/AcAQNcBACBECgDAewoAcA0AAMBRAgBA1wEA4LsJABD1CQBg9QkAACsCADCGCAAgFwAAMMoAAGD0BQDwcgsAsIYAAFAAAABA1wEAkNcBAODXAQAw2AEAACgKAFAoCgCA2AEAEOgCAGD0BQAQAgIAEFIMALD8BwDQfwAAYOkLANAWAACwiwAA0OgFAHANAAAQAgIA8F0MAEBeDADQCgIAkBMCAHANAADADQAAgHQBAECBAgBgPQgA4JsGADCcBgDAdQYA4JsGANAKAgCQEwIAcA0AAMCTAQDAHAAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAICgAgBQqAIAUBcCAKAXAgDwFwIAMP4IAID+CADQ/ggAIP8IAHD/CADA/wgAEAAJAGAACQCwAAkAAAEJAFABCQCgAQkA8AEJAEACCQCQAgkA4AIJADADCQCAAwkAQNcBAMCOCwBAUQoAwA0AACCNBwBwjQcAwI0HABCOBwDgNQgAoEcJAPBHCQBASAkAAB4KAGDbAAAQhAIAMGIJAHANAADAUQIAEFICAJDrAQCAdAEAgLgDAOBdAwBQ7wEAQNcBACBOCgAQWQUA4OgJALCLAAAwygAAQNcBADCFBACAhQQA0IUEACCGBABwhgQAwIYEABCHBABghwQAwEEDAICgAgAwkgEAIBQIAHAUCADAFAgAEBUIAGAVCACwFQgAABYIAFAWCADgHAgAAAAAAAAAAAAAAAAAcCMIAMAjCAAQJAgAYCQIALAkCAAAJQgAUCUIAKAlCAAAAAAAAAAAAPAlCABAJggAkCYIAGCwAwAwxQUAgMUFAJDXAQCwSgoAAEsKAFBLCgCAoAIAIJEDAHCRAwDAHg0AEB8NAGAfDQCwHw0A0H8AAJDrAQCAdAEAQJAMAJDXAQCgdgcA8HYHAEB3BwDg6AkAMOkJAIDpCQDQ6QkAIOoJAHDqCQDA6gkAEOsJALCLAADQFgAAIBcAALCLAADQFgAA0BYAACAXAACwiwAA0BYAAHBEAACAoAIAUKgCAKCoAgDw3ggAQN8IAJDfCADg3wgAMOAIAIDgCACQ1wEAoHYHAPB2BwBAdwcAYPQFANAKAgBA1wEAcD8KAMA/CgDQCgIAkBMCAFBOAgBwRAAAoAgCANAKAgCQRwoAQNcBADCcCwCAoAIAAAAAAEDXAQCQ6wEA4OsBAJAkAACQJAAA4CQAAACMAACwkwwAAGgBAIDiAQBA1wEAwCALANARBQAgEgUAcBIFAOCbBgBA1wEAYPQFAGALCABwRAAAQNcBACBOCgCQJAAAcEQAANAXCQAAHgoA4JsGAAC3DACAdAEAQJAMANAWAAAgFwAAEDABAJAkAACwSgoAAEsKAFBLCgCgSwoAMOMKAACMAABg2wAAEIQCAFCoAgCgqAIA8N4IAGAIAQCwCAEAgHYJANB2CQAgdwkAcHcJAODoCQBQFwIAoBcCAPAXAgDgmwYAUKgCAKCoAgDw3ggAYAgBALAIAQCAdgkA0HYJACB3CQBwdwkA4OgJAFAXAgCgFwIA8BcCAOCbBgBgCAEAsAgBAIB2CQDQdgkAIHcJAHB3CQAgOgoAcDoKACCAAAAAKwIAQKsFABD+CgCQ0AgAgHQBANB0AQCwKQMAACoDAEDXAQCwhgAA0AoCAIB0AQDA5wcAEOgHAHANAADADQAAgHQBAECBAgBgPQgA4LsJAICzAwDQswMAILQDAHC0AwDAtAMAQNcBADBiCQCAYgkAcEQAAGB4BACQRwoAQNcBAJDXAQCwSgoA0AoCAEDXAQAgOgoAcDoKACCAAAAAKwIAQKsFABD+CgCQ0AgAIPcBAHD3AQCQ6wEA4OsBADDsAQCA7AEAkNcBALBKCgAASwoAUEsKAKBLCgDguwkAAPsEAFD7BADguwkAMLwJAIC8CQDQvAkAEFkFACA6CgBwOgoAIIAAAAArAgBAqwUAEP4KAJDQCAAQAgIAIKIBAHANAADADQAAYAgBAACNBACAGQIA4KYAALD8BwCwZwEAAGgBAIDiAQBA1wEAIDoKAHA6CgAggAAAACsCAECrBQAQ/goAkNAIAJDXAQCwSgoA0AoCAEDXAQAA/wAA4NgKADD1DACA9QwA4OgJADDpCQCA6QkA0OkJACA6CgCAMwEAkBMCAOATAgCgdgcAcJMLALCLAADgmwYAQNcBADDKAACwZwEAAPsEAMBEAABA1wEAAAAAAEDXAQBg9AUA0AoCAEDXAQDwhgsAAAAAAEDXAQBg9AUA0AoCAEDXAQDwhgsAQIcLACBOCgAQWQUAcD8KALCLAABQAAAAIFEHAMDtCwAQ7gsAsIsAANAWAADgpgAAsIYAAACHAABwRAAA0BEFACASBQBwEgUAsIsAAACMAABg2wAAEIQCAIB0AQDQdAEAsCkDAAAqAwBA1wEA4HkKADB6CgDgpgAAsPwHAEDXAQCQ1wEAoHYHAPB2BwBAdwcAMJwLAICcCwCA4gEAkNAIAGAIAQBA1wEAsGcBAABoAQBA1wEAIE4KAGDpCwCQRwoAQNcBAGD0BQCQJAAAQNcBAMAgCwBgdQwAEEUAAGBFAADADQAAYAsIANAKAgDgpgAAsIsAAIB0AQDQdAEA4KYAAJCLAgBg6wkAsOsJAJBHCgBA1wEA4LsJADC8CQBw2AwAwNgMABDZDABg2QwAsNkMAECQDADgmwYAQNcBAIDiAQCQ0AgAYAgBAMAgCwBgdQwAEEUAAIDiAQCQ0AgAYAgBAHANAABA1wEAIE4KAECBAgCQgQIAsGcBAJBjAgDQfwAAkOsBAIB0AQBwPwoA0AoCALCTDABAgQIAYD0IALA9CABA1wEAkNcBALBKCgAASwoAUEsKAKBLCgCQ1wEAsEoKANAKAgBA1wEAIKIBAOCbBgCQ6wEA4KYAADBMCwAgFwAAEDABAJAkAACwSgoAAEsKAFBLCgCgSwoAMOMKALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgpgAAMKcAAFBEAgCgRAIA8EQCAOCbBgCwiwAAkCQAAJAkAACwSgoAAEsKAFBLCgCgSwoAMOMKAACMAABg2wAAEIQCAHBOCgBwRAAA0BEFAACvCgCgmgEAIIAAABDPBwCwhgAA0AoCAMAgCwAQPwsA4JwKAJDXAQCgdgcAgFELADAtAgAQVgMAYFYDALBWAwAAVwMAUFcDAKBXAwDwVwMAQFgDAJDrAQBgAgwAwOcHABDoBwBwDQAAwA0AAIB0AQBAgQIAYD0IAOCbBgCAoAIA0BYAACAXAAAQMAEAwO0BAMBZCQAQWgkAYFoJALBaCQBw9wYAwPcGABD4BgDAIAsAED8LAOCcCgCwhgAAAIcAAODiCgAw4woAgOMKANDjCgAg5AoAcOQKAMDkCgAQ5QoAkNcBALCJDAAAhwAA4C4KAHBEAADQEQUAYPQFAAD4BwBwRAAA0BcJANAWAABwDQAAAG0BAGD0BQAA+AcA4F0DADBeAwDA5wcAEOgHAAAAAACwhgAAsGcBANAKAgCQEwIAcD8KANAKAgCwkwwAQIECAGA9CABA1wEAwI4LAMDjAQAQ5AEAgHgCADBAAwCAQAMA0EADACBBAwBwQQMAwEEDABBCAwCAoAIAwOcHABDoBwAAAAAAsIYAALBnAQDQCgIAkBMCAGCvBABA1wEAYAgBALAIAQCAdgkA0HYJACB3CQBwdwkAIDoKAIAzAQDQMwEAQIECALBnAQDgmwYAsIsAAHANAABA1wEAIDoKAHA6CgAggAAAACsCAECrBQAQ/goAkNAIAHANAABQAAAAIFEHAMCUBQCQJAAAoJoBAPCaAQBAmwEAMJwLAHANAADAUQIA0BcJACAYCQDgpQYAsD8BABByCgCAoAIAgOIBAGAIAQDgpQYA0BYAAHBEAADQfwAAgBkCANARBQBg9AUAAPgHAEDXAQCQ1wEA4NcBAIC7AACAdAEAcA0AAMAcAACADAoAwBMJAJDrAQCwhgUAgBkCANB/AABw9wYAQNcBADBiCQAAjAAAYNsAABCEAgBw9wYAgKACAAArAgDAFwoAEBgKAGAYCgCwGAoAsGcBAJBjAgDgYwIAMGQCALCLAADQfwAAcBAMAEDXAQBg9AUAYAsIAHBEAABA1wEAYPQFAJAkAABA1wEAYAgBAOClBgAwpgYAsAgBANAKAgAAjAAAYAgBANCIAQAgiQEAUBcCACAQBwDQFwkA4JsGAEDXAQCQ6wEAkEcKAEDXAQAgTgoAYOkLACAXAAAQMAEAwEQAABBFAAAg2QsAQNcBACA6CgCAMwEA0DMBAEBvCgCQbwoA4G8KAIDiAQDQ4gEAYPQFAPByCwAAKAoAUCgKACDgCQBw4AkAQNcBAJDXAQDg1wEAEBMKAGATCgCwEwoAABQKAFAUCgCgFAoA8BQKAEAVCgAgOgoAcDoKAPA6AgAwBwoAwBwAADBiCQAAjAAAYNsAABCEAgDgpgAAkIsCAHCXDACA4gEAsPwHAAD9BwDguwkAMLwJAIC8CQBgyAkAsMgJALB1DACQEwIAYKAEAMB1BgBA1wEAAAAAAOAzCgBA1wEAsPwHANB/AABg6QsA4JsGAIB0AQBAkAwA4JsGADBiCQDQ8QsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAEAICAICgAgBQAAAAoAAAANDDAgAgxAIAcMQCADAEAwCABAMA0AQDACAFAwBwBQMAIE4KAIAZAgAgTgoAgBkCAAAAAACAPgoAQNcBAOCbBgBAxwcAMIwMAICMDADQjAwAII0MAICgAgCQ6wEAkEcKAHBEAADQFwkAUKMCALD8BwDQfwAA8DoCALD8BwDQfwAAMJcBAEDXAQCQ1wEA4NcBADDYAQCA2AEAAIwAAGDbAAAQhAIAAAAAANAWAABwRAAA0H8AAMDKAQBA1wEAMGIJAACMAABg2wAAEIQCAGD0BQBgCwgAAIcAAODiCgBwPwoAsIsAAHBEAADQFwkAwJQFAHBEAADQFwkA0H8AAPA6AgCQEwIAcD8KALCLAABwRAAA0BcJAMCUBQBwRAAA0BcJAHANAAAAbQEAUG0BAKBtAQDwbQEAkBUKAOAVCgBA1wEAkOsBAJBHCgBA1wEA4HkKAABtAQBQbQEAoG0BAPBtAQBQAAAAgDMBANAzAQBgCAEA0IgBAOBdAwDAHAAAEB0AAJATAgAgogEAcL0EAMCUBQBwRAAA0BEFAGD0BQBgCAEAAI0EALBnAQAAaAEAIAsCACCAAACwiwAAkOsBANB/AAAggAAAACsCAEDXAQDAjgsAYAgBALAIAQBwDQAAwFECAEDXAQDA5wcAEOgHAFBOAgAQpAoA0BYAAHBEAABA1wEAMIUEAJCLAgBg6wkAsOsJAADsCQCAdAEA0H8AADCXAQDAUQIAQNUDACA6CgCAMwEA0DMBAEBvCgCQbwoA4G8KADBwCgBA1wEAMIUEAICFBAAAvQsAUL0LAKC9CwDwvQsAQL4LAJC+CwBA1wEAMMoAALBnAQAA+wQAwEQAAEDXAQAwYgkA0PELABByCgBgcgoAUPsEADCFBACAhQQAoPkLAOCmAACwiwAAcA0AAMCTAQAQAgIA0EsMACBMDAAQcgoAYHIKALBnAQAA+wQA0BcJAOCbBgBA1wEAMMoAALBnAQAA+wQAwEQAAEDXAQAwhQQAgIUEAKD5CwDw+QsAsIYAAJDrAQBwRAAA0BcJAMCFCgAQhgoAkAULAJAkAACgmgEA8JoBAECbAQBwDQAAcHYKAMB2CgAQdwoAYHcKALB3CgBg9AUAYPQFAPByCwDAIAsA0BEFACASBQBwEgUA4JsGAEDXAQBg9AUAYAsIAHBEAABA1wEA4LsJADC8CQBg9AUAkCQAALCLAADgmwYAsIsAAOCbBgBA1wEAwCALANARBQAgEgUAcBIFAMASBQAQEwUAYBMFAKCnCABwgAoAwIAKAHANAADAUQIAwCALANARBQAgEgUAcBIFAOCbBgBA1wEAYPQFAGALCABwRAAAQNcBAOC7CQAwvAkAIKYCAMDmCABgIQsAYIYKALCGCgAAhwoAUIcKAKCHCgDwhwoAQIgKAJCICgDgiAoAMIkKACCUCgBwlAoAwJQKABCVCgAgpgIA0BEFACASBQBwEgUAwBIFABATBQBgEwUAoKcIALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAgTgoAkCQAAHBEAADQFwkAAB4KAMAgCwAQPwsA4JwKAJDrAQBgAgwAIE4KAGDpCwCw6QsA4LsJADC8CQBw2AwAwNgMABDZDABg6QsA4KYAALCLAABg9AUAkCQAAEDXAQAwYgkAAIwAAGDbAAAQhAIAQNcBAODoCQAw6QkAgOkJANDpCQAQ7gEA0PELABByCgDgXQMAMGIJANDxCwAQcgoA4F0DAODoCQAw6QkAcBcAADBiCQAAjAAAYNsAABCEAgAAjAAAYNsAABCEAgCwiwAAsGcBAECBAgBgPQgAQNcBALCGAAAAhwAAMLUBAIC1AQDQtQEAILYBAHC2AQDAtgEAELcBAGC3AQAgowoAcKMKAMCjCgBA1wEAsIYAAACHAAAwygAAgPYBAND2AQDQFwkA4JsGAEDXAQAwYgkA0PELAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAJAkAADgJAAAAIwAAGDbAAAQhAIAgOIBANDiAQDgmwYAQNcBAODoCQAw6QkAgOkJANDpCQAQ7gEA0PELANDYAQAg2QEAcNkBAMDZAQBA1wEA4HkKADB6CgDgpgAA4KYAALCLAABwDQAAMMoAAID2AQAwlwEAQNcBAODoCQAw6QkAgOkJANDpCQAQ7gEA0PELANDYAQAg2QEAcNkBAMDZAQAQ2gEA0PELAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBABDoAgAAAAAA0BYAABDoAgBg6AIAwCALABA/CwDgnAoAMIUEAICFBADQhQQAIIYEAHCGBADAhgQAcD8KAMA/CgCQxwcAYPQFALD0BQAA9QUAIDoKALBnAQAAaAEA4HkKAKC4CwDwuAsA8DoCAMDnBwAQ6AcAYKAEALCgBAAwegoA4KYAAOCmAACwiwAAsIsAAJDrAQBgAgwAIE4KAJDrAQCAdAEAwOcHABDoBwBgoAQAwHUGAEDXAQAgOgoAgDMBANAzAQCQVQsA4FULADBWCwCAVgsA0FYLAGD0BQCQJAAAQNcBALCGAAAAhwAA4OIKADDjCgCA4woA0OMKACDkCgBw5AoA4OgJAJDNAQBgIAIA0BEFALCLAABwDQAAQNcBAGD0BQCQJAAAQNcBALCGAAAAhwAA4OIKADDjCgCA4woA0OMKACDkCgBw5AoA4OgJAJDNAQBgIAIA0BYAACAXAABwNAYAsIsAAHBEAABgEQIAsBECAAASAgAA/wAAQNcBAGD0BQCQ6wEAIKIBAHC9BADAlAUAcEQAAEDXAQAgRAoAcEQKAMBECgAQRQoA4OgJADDpCQBwFwAAIE4KAIAZAgDQGQIAIBoCAHAaAgDAGgIAEBsCAGAbAgDgmwYAsIsAAJAkAACgdgcAgFELALCLAADgmwYAQNcBAGAIAQDgpQYAcEQAAMBEAADAewoA4JsGAEDXAQBAkAwA4JsGAEDXAQAQbgkAYPQFALD0BQBwRAAA0BEFAGD0BQAA+AcAgKACALCGAAAAhwAAMMoAAIDKAAAgCwIAcBAMAODnAADgyAEAEG4JAGBuCQBg9AUAAPgHAEDXAQAgTgoAEFkFABBuCQDQFgAAIBcAAHA0BgCwiwAAEG4JAGBuCQBAgQIAkIECAOCBAgAwggIA4LsJADC8CQBQaAEAYPQFAPByCwBQKwIAMMoAALBnAQAA+wQAwEQAAGB4BACAsgkAcEQAAMBEAACQRwoAIPcBAHD3AQDA9wEAEPgBAGD4AQCQ1wEA4NcBAHD3BgBwDQAA4OgJABDoAgAgTgoAkOYLAODmCwAw5wsAgOcLANDnCwAAaAEAgOIBAICgAgCA4gEAgOIBANAKAgCQEwIAgOIBAMATCQCAGQIA0BcJALCLAAAAjAAAYNsAABCEAgBQAAAAAPIIAFDyCABwRAAAECELAGAhCwDQLgsAIC8LAGDLCwCwywsAAMwLAFDMCwBwDQAAQNcBAJDXAQDg1wEAMNgBAIDYAQDA5wcAEOgHAHANAABwdgoAgHQBAHBEAABA1wEA4HkKADB6CgBgywsAsMsLAADMCwBQzAsAAAAAAIALCwBA1wEAkNcBAODXAQAw2AEAMAwKADBiCQAAjAAAYNsAABCEAgAA+AcAsIsAAOB5CgDAHAAA8BgLAEAZCwCQGQsAQNcBAGD0BQDAIAsAECELAFAdCwCgHQsA8B0LAEAeCwCQHgsA4B4LAEDXAQBg9AUAgHQBAIB0AQBAkAwAwJQFAHBEAADQEQUAAGgBAPAAAAAQ0AsAcA0AAEDXAQDQkgsA0AsLAHBEAACwhgAAUAAAAOCmAAAwpwAAUEQCAKBEAgDwRAIAYAgBALAIAQCAdgkA0HYJACB3CQBwdwkA0H8AAPA6AgDgmwYAoGcHADDKAADQFgAA4KYAADCnAABQRAIAoEQCAPBEAgBwRAAA0BcJAMCFCgBAtQoAkLUKAOC1CgAwtgoAgLYKANC2CgDAHAAAcA0AAAAAAAAAAAAAAAAAADCFBACAhQQA0IUEAAAnCwBQJwsAoCcLAHANAADADQAAgHQBAECQDAAQAgIAgHQBANB0AQCgRAwAAGgBAJAkAAAwygAAgPYBAPA6AgDQSwwAAIwAAGDbAAAQhAIA4JsGALCLAACQ6wEA4OsBAMAGAgBgeAQAMFwKAIBcCgDgeQoAMHoKALBnAQAA+wQA0BcJAMCFCgCAoAIAwCALABAhCwBgIQsA0C4LACAvCwBwLwsAwC8LABAwCwCQ1wEA4NcBADDYAQCA2AEAsNgDAADZAwBQ2QMA0IoJAICyCQCAgwYAoGcHAGALCABwRAAAQNcBAAAAAACwiwAAAIwAAGDbAACw2wAAAAAAAAAAAAAAAAAAEDoLAJDXAQCgdgcA8HYHAEB3BwAwkgEAkCQAAKCaAQDwmgEAkJUCAICgAgBASwsAkEsLALDQCwAA0QsAoAgCAOBLCwBA1QMAUAAAAKAAAADwAAAAQNUDAEBLCwCQSwsAQNUDAHBEAACgCAIA4EsLAEDVAwAAAAAAQNcBAMAgCwBgdQwAsGcBAOBdAwAwXgMAgF4DABAhCwBgIQsAYIYKALCGCgAAhwoAUIcKAKCHCgDwhwoAQIgKAJCICgDgiAoAMIkKACCUCgBwlAoAwJQKABCVCgBglQoAACsCAMAXCgDgmwYA0BYAAFAXAgBwEAwAkIUDAFDvAQCg7wEA4OcAAODIAQBQvgUAkIsCAGDrCQCw6wkAIIAAANAKAgCQuAcAcA0AAMCTAQAAaAEAEOgCAOBdAwBQ7wEAABkKAOCbBgBA1wEA4LsJADC8CQBwRAAA0BcJAMCFCgAQhgoAsPQFAAD1BQCgZggAcEQAAGARAgBg9AUAAPgHAEDXAQDgeQoAwBwAAPAYCwBAGQsAkBkLALD4AQDQfwAAcPcGAMD3BgAQ+AYAMIUEAJCLAgBg6wkAsOsJAJDrAQDQfwAAIIAAAAAAAAAAAAAAAAAAAJDrAQBgAgwAkCQAALBKCgDQCgIAkBMCACBOCgBw9wYAwPcGAMAIAAAQCQAAIEQKAMB7CgAQfAoA0H8AAJAkAABwRAAA0BcJAAAeCgBA1wEAIE4KAHD3BgDA9wYAwAgAABAJAAAgRAoAwHsKABB8CgAwYgkA0H8AACCAAACw/AcAwAgAABAJAAAgRAoAwHsKABB8CgAwYgkA0H8AACCAAACw/AcAwAgAABAJAAAgRAoAwHsKABB8CgCAuAMAAGgBAABtAQAAaAEAIFEHAMDtCwAQ7gsAYO4LALDuCwAAAAAAkNcBAODXAQAw2AEAsGwLAABtCwBA1wEAwCALABAhCwBgIQsAkAULAAArAgAAAAAAQNcBAMAgCwAQIQsAYCELAJAFCwDgeQoAMHoKALBnAQAA+wQA0BcJAMCFCgAgOgoAcDoKABAXCwCQ1wEA4NcBADDYAQAwhQQAkIsCAOCLAgDgpgAAsIsAANDoBQCAdAEAQJAMAOCbBgDQPQsAID4LAHA+CwDAPgsAED8LAGA/CwBwPwoAALcMAFC3DAAgCwIAgBkCANARBQBg9AUAAPgHALD4AQBgCAEAcA0AAAAAAABA1wEAwCALABAhCwBgIQsAkAULACA6CgBwOgoAEBcLAJDXAQDg1wEAMNgBAOB5CgAwegoAsGcBAAD7BADQFwkAwIUKABACAgAQAgIAoIYLAEDXAQCQ1wEA4NcBADDYAQCA2AEAMGIJAACMAABg2wAAEIQCAJDXAQDQCgIAkLgHAGAIAQBg9AUA8HILAOC7CQCA4gEA0BYAACAXAADQCgIAkBMCAGCvBABA1wEA4OcAALCGAAAAhwAA4C4KADAvCgCALwoA0C8KACAwCgBwMAoAIIkLAHCJCwDAiQsAEIoLAIALCwBgsgEAwMoBAHBEAACwhgAA0AoCAJATAgAwnAsAUAAAAKAAAADQwwIAIMQCAHDEAgDAxAIAMGIJANDxCwDQ2AEAINkBAHDZAQDA2QEAENoBADDiAQDA5wcAgLIJADCFBACAhQQA0IUEAODoCQBQFwIAoBcCAAAAAAAwnAsAgJwLAKB2DACQ1wEA4NcBADDYAQAwDAoAIDoKAHA6CgAQFwsAgKACAPB7DADQPQsAID4LAICgAgAwYgkA0OgFACDpBQBwEAwAkIUDAMAcAADgmwYAgKACALBnAQAAaAEAkCQAALBKCgAQhAIAkJUCAOCVAgDAIAsAECELAGAhCwCQBQsA4AULAMDnBwCAsgkA0LIJAJDXAQDg1wEAMNgBAAAoCgBQKAoAMGIJAACMAABg2wAAEIQCAIDYAQCw2AMAANkDAFDZAwCQSAkA0PELAMAeDQAQHw0AYB8NALAfDQAgOgoAgHQBAECQDADQfwAAMJcBAMAcAADA5wcAEOgHAGDoBwAwFAIAMJwLAGCyAQCwsgEAMJIBALD8BwAAGQoA0OgFAID2AQDwOgIA0BYAABDoAgAAaAEAgOIBAJCVAgDglQIAwCALABAhCwBgIQsAkAULAOAFCwDA5wcAgLIJANCyCQDAUQIAEFICAGDpCwDgmwYAMJwGAPA6AgDgmwYAsPgBAGD0BQBgCwgAsIsAAACMAABg2wAAEIQCAFCpAQCgqQEAgHQBAECQDABwRAAA0BcJAMAgCwDQfwAAMJcBAEBLCwCwZwEAkGMCAOCbBgBA1wEAkNcBAODXAQAw2AEAgNgBAOB5CgAwegoA4KYAAOCmAACwiwAAcA0AAMCTAQCQJAAAsIkMAFA2CwCgNgsA8DYLAEA3CwCQNwsAMJwLAICcCwDQnAsAoLgLAHDFCwDAxQsAEMYLAGDGCwAwOAsAgDgLANA4CwBA1wEAQNcBAICgAgBgCAEAYAgBAACNBADwOgIAkEcKAEDXAQDAygEAEMsBAGDLAQCwywEAAMwBAFDMAQDQFgAAsIsAAHBEAADQlwEA4JsGAFAAAAAgUQcA4JsGAHBEAADQfwAAcPcGAEDXAQDAIAsAECELAGAhCwCQBQsAgLIJANCyCQBA1wEAkNcBAODXAQAw2AEAgNgBAOB5CgAwegoA4KYAAOCmAACwiwAAcA0AAMCTAQCQJAAAsIkMAACMAACQEwIAMMoAAID2AQAwlwEAsIsAAACMAACQEwIAwCALABAhCwBgIQsA4KYAAACpAQBQqQEAoKkBAIB0AQBAkAwAcEQAANAXCQDAIAsAECELAGAhCwAgTgoAkOYLAODmCwAw5wsAgOcLANDnCwAg6AsAcOgLAMDoCwCAoAIAAAAAAAAAAACQ1wEA4NcBADDYAQAAKAoAUCgKADBiCQAAjAAAYNsAABCEAgAwlwEAgJcBANCXAQAgmAEAcJgBAMCYAQAQmQEAcA0AACD3AQDQFgAAQNcBADBiCQAAjAAAYNsAABCEAgAATwYAUE8GAKBPBgDwTwYAQFAGAJBQBgDgUAYAMFEGANAWAADgmwYAQMcHAABoAQCA4gEAgKACADBiCQDQ8QsAIPILAHDyCwDA8gsAEPMLAHANAACwPwEA0H8AAGCBBQBQAAAAgHQBAJDrAQBg9AUA0AoCAAArAgBQKwIAwI4LAHAICgDACAoAEAkKACDgCQBw4AkAsIsAAACMAABg2wAAEIQCAHBEAABgEQIAsBECAAASAgDA/QoA4JsGALCLAADA/QoAAP8AALCLAAAAjAAAYNsAALD4AQAA+QEAUPkBAKD5AQDw+QEAsPgBAJAkAACgmgEA8JoBACDgCQBw4AkAAAAAACCmAgDA5ggAYCELALA6CwDg1wEAMNgBAIDYAQAg9wEAIPcBALCLAADQfwAAYOkLAOCmAADQCgIAkBMCAGCgBACAGQIA0BEFAGD0BQAA+AcAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAQbQAAgBkCANARBQDgXQMAkCQAAKB2BwCwiwAA4JsGAOCbBgCwiwAAUAAAACBRBwDA7QsAEO4LALCLAADQFgAA4KYAAJBHCgCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAFAAAABQAAAAgHQBAIC4AwDgpgAAkIsCAIAZAgDQEQUAYPQFAAD4BwDgpgAAAKkBAIB4AgCgJgwA0BcJALA/AQDg8gkAMPMJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDQFgAAIBcAAHA0BgBwRAAAYHgEADBcCgDAOAIAcA0AAABtAQCwiwAA0BYAAHBEAADgpgAAAKkBAIB4AgAwQAMAgEADANBAAwAgQQMAcEEDAMBBAwAQQgMAEB0FAGAdBQCwHQUAAB4FAFAeBQCgHgUA8B4FAEAfBQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBANAXCQCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAcEQAANB/AACwZwEAAGgBALCLAAAAjAAAgHQBANB/AACAuwAAAIcAAOAuCgCw/AcAABkKALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCAuAMAAGgBABDoAgAA+wQA0BEFANB/AABw9wYAgLgDAGAvAgDQfwAAgBkCANARBQBg9AUAAPgHALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAgBkCANB/AADQfwAAIIAAAHCAAADAgAAAEIEAAGCBAADQCgIAkBMCAHANAADADQAAYAsIANAKAgDgpgAAsIsAAJAkAACgmgEA8JoBACDgCQBw4AkAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCA4gEAkNAIAODQCAAgogEA4JsGAJDrAQDgpgAA4KYAAACpAQCAeAIAMEADAIBAAwDQQAMAIEEDAHBBAwDAQQMAEEIDABAdBQBgHQUAsB0FAAAeBQBQHgUAoB4FAPAeBQBAHwUAsGcBAJBjAgDgYwIAMGQCAIBkAgDQZAIAIGUCAHANAADAUQIAEFICAIAZAgDQFwkAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAQD0KAJA9CgCwiwAAsD8BAMAeDQAQHw0AYB8NALAfDQAAIA0AUCANAKAgDQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQBAPQoAkD0KAOCmAAAAqQEAUKkBAKCpAQCAdAEAQJAMAHBEAADQEQUAYPQFAAD4BwCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQBAPQoAkD0KANARBQAgEgUAcBIFAMASBQAQEwUAYBMFALATBQDwkQoAQJIKAJCSCgDgkgoAMJMKAICTCgDQkwoA4EEBAEA9CgCQPQoAsIYAAACHAADgLgoAsPwHAAAZCgDAlAUAACsCAFArAgDgmwYAQMcHAGD0BQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQBAPQoAkD0KAHANAADgZwMAMGgDAECQDACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBAEA9CgCQPQoAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDAMCHAwAQiAMAYIgDALCIAwDgQQEAQD0KAJA9CgCQJAAAgHQBAJBHCgAwygAAgPYBAJBHCgBwDQAA4GcDADBoAwBAkAwAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQBAPQoAkD0KABCNAwBgjQMAsI0DAACOAwCAoAIAwEQAANAKAgCQuAcAMMoAAEDXAQAwYgkA0PELANDYAQAg2QEAcNkBAMDZAQAQ2gEAAAAAAEDXAQDA5wcAEOgHAFBOAgAQpAoAYKQKALCkCgAApQoA4HkKADBMCwCATAsA0EwLACBNCwBwTQsAwE0LAOB5CgAwTAsAgEwLANBMCwAgTQsAcE0LAMBNCwAwYgkA0PELANDYAQAg2QEAcNkBAMDZAQAQ2gEAMJwLAKB2DAAgTgoA8E8LABDPBwCwhgAA0H8AACBOCgDwTwsAEM8HALCGAADQfwAAcPcGAEDXAQAwnAsAoHYMAPB2DABAdwwAkHcMAOB3DAAweAwAgHgMANB4DACwhgAAgHQBAIB0AQBA1wEAcD8KAMA/CgAQQAoAYEAKAACvCgCQJAAA4CQAAACMAACwkwwAAGgBAIDiAQBA1wEA4LsJAAD7BADQFwkAIBgJAHANAACwiwAAkCQAAHBEAABA1wEAMIUEAICFBADQhQQAoCYMAPAmDABAJwwAkCcMALBnAQCA4gEAsPwHAAD9BwBA1wEAMIUEAICFBADQhQQAoCYMAPAmDABAJwwAkCcMAIC7AABwDQAAwBwAAOCbBgBA1wEAkOsBAJBHCgCAoAIAYLIBAPB2DACAYgkA4JsGAEDXAQBg9AUAkCQAAEDXAQDguwkAMLwJANAWAACwiwAAAIwAAEDXAQAwYgkA0PELAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQDgeQoAoLgLAPC4CwBgUgIAsFICAEDXAQDAIAsAYHgEADBcCgCAXAoA0FwKADCcCwCAnAsAIE4KAJDrAQBg9AUAQIECAGA9CAAwYgkA0PELAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQAwygAAgPYBADCXAQBA1wEAwCALAGB1DAAQRQAA0BgDAMA/CgDQCgIAkBMCAFBOAgBwRAAAQNcBADCFBACQiwIAcJcMAMCXDAAQmAwAYPQFAJAkAABA1wEAwCALAGB1DAAQRQAAkNcBALBKCgCAdAEAgHQBANB0AQAwygAAsGcBAABoAQCA4gEAQNcBADBiCQDQ8QsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAsIYAANAKAgCwkwwAAGgBAIDiAQBA1wEAIEQKAHBECgBg6QsA4JsGAIB0AQCAuAMAAGgBAIDiAQBA1wEAYPQFAJAkAABA1wEAwCALAGB1DAAQRQAAMKUMAIClDADQpQwAIKYMAHCmDADApgwAEKcMAGCnDACwpwwAAKgMAFCoDACgqAwA8KgMACD3AQBw9wEAAOALAGDpCwAgFwAAEDABAMBEAAAQRQAAINkLAEDXAQAwYgkA0PELAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQBg9AUA4KYAAOCmAADQawUAIGwFAHBsBQDAbAUAYK8EAIB6CgDQegoAIHsKAHB7CgCAoAIAAAAAAAAAAAAAAAAAQNcBAODoCQAw9QwAgPUMAND1DADguwkAMLwJAHDYDADA2AwAENkMAGDZDACw2QwAIE4KAMB1BgDgmwYAkEcKANB/AADwOgIA0BYAAEDXAQAgTgoAwHUGAOCbBgAgOgoA0BYAADD1DACA9QwA0PUMAOC7CQAwvAkAcNgMAMDYDAAQ2QwAYNkMALDZDAAgTgoAwHUGAOCbBgBwDQAAwFECABBSAgBw9wYAwPcGAIDiAQCQ0AgAYAgBAEDXAQDguwkAMLwJAHDYDADA2AwAENkMAGDZDACw2QwAkOsBAODrAQAwjgUA4OIKAIB0AQBAkAwA4LsJADC8CQBw2AwAwNgMABDZDABg2QwA0OIBAEDXAQCA4gEAkNAIAODQCADg6AkAMPUMAID1DADQ9QwA4LsJADC8CQBw2AwAwNgMABDZDABg2QwAsNkMAFAAAACAMwEA0DMBAECBAgCwZwEA4JsGALCLAAAAjAAAMAcKAMBRAgBgeAQAMFwKAIAZAgDQFwkAgOIBAJBHCgCAoAIAEI0DAGCNAwCwjQMAAI4DADDKAACwZwEAAPsEAMBEAABA1wEAMGIJANDxCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAg9wEAcPcBAMAgCwAQPwsA4JwKAMDnBwAQ6AcAAIwAAICyCQDQsgkAQNcBACA6CgBwOgoAEBcLAFAAAABgCAEAQNcBADBiCQAAjAAAYNsAAAAAAAAQhAIAAL0LAFApBAAAjQQAYOkLAOCbBgBA1wEAkNcBAODXAQAw2AEAgNgBADDKAACwZwEAAPsEAMBEAABA1wEAMGIJANDxCwAQcgoAYHIKAFD7BAAwhQQAgIUEAKD5CwDgMwoAMDQKADA0CgAAgQsAMJIBACAUCABwFAgAwBQIAPCkCwBApQsAUAAAAIAzAQDQMwEAQG8KAJBvCgDgbwoAMHAKAEDXAQAwhQQAgIUEAAC9CwBQvQsAoL0LAPC9CwBAvgsAkL4LAIC4AwAArwoAUK8KAMCUBQCQRwoA4KYAADCnAACA4gEA0OIBANB/AABgdQwAEEUAACDZCwBw2QsAIE4KAHBOCgDATgoAwCALABAhCwBgIQsAsDoLAODXAQAw2AEAACgKAFAoCgAQPwsA4JwKAOB5CgDAHAAAsIsAAMAgCwBgdQwAEEUAAJDXAQCwiQwAAIoMAFCKDACgigwA4HkKAKC4CwDwuAsAYFICALBSAgBA1wEAwCALAGB4BAAwXAoAgFwKAMDnBwAQ6AcAMJwLANAKAgCAsgkA0LIJAEDXAQBgCAEAAI0EAECBAgBgPQgAsEoKANAKAgBA1wEAYAgBALAIAQDQCgIAkBMCAOC7CQAwvAkAkCQAALBKCgDQCgIAYAgBAACNBACAGQIA0BEFAGD0BQCwiwAAwJQFANBrBQBwRAAA0BEFAGD0BQAA+AcAQNcBAJDXAQDg1wEAMNgBAIDYAQCQ1wEAsEoKANAKAgBA1wEAwCALANB/AAAwlwEAYHUMABBFAAAg2QsAcNkLAMDZCwCw2gsAANsLAFDbCwCQ1wEA4NcBADDYAQCwbAsAAG0LAEDXAQDAIAsAECELAGAhCwBQowIAUJgDAPDiCQBA4wkAkOMJAODjCQAw5AkAgOQJANDkCQAg5QkAkFgDAOBYAwAAvQsAUL0LAJCQAgDgkAIAQJAMAICXAQAQTA0AYEwNAMBRAgCQRwoAkEcKABCUAQCAcg0A4GEOAOCbBgBwOgAAsEwNAABNDQCAcg0AUDQNAPBGAADQsg4A4GEOAOCbBgDgYQ4A4GEOAOCbBgCAcg0AoFsOAOBhDgDQsg4AgOIBABAdAAAA/wAA0LIOAAD/AACAbQ0AgG0NAOCbBgCwiwAAAB4AAAD/AAAgvAAAYK8EAFAvDQBQLw0A4GEOAGCvBADgYQ4A8BgLACBQDQBwUA0A8LsNABBMDQBgTA0AcPUNANCyDgDACAAAgHINACBQDQBwUA0AAP8AACBGDQCQPg4A4D4OAOCFDQCA4gEAgG0NAPBwDQBAcQ0AEEwNAGBMDQAw9A0AYAgBAKB2DACAbQ0AgEoNAIBtDQAA+AcA8LsNAIByDQDQDQ4A4GEOAMAIAADACAAAEFsNAGBbDQCwWw0A0LIOAHANAADgmwYAsPwHAOCbBgAQWw0AYFsNAHCMDQAA/wAAEFsNAGBbDQBwjA0AEB0AABBMDQBgTA0A8BcCAEDXAQAQ9QkAgHINAICgAgBwRAAAgG0NAJBjAgDgmwYAgHINABAMAgAgUA0AcFANAIBtDQCATw0A0E8NACBQDQBwLA4AIFANAHAsDgAAOA4AgG0NAMBfDQAAXA0AUFwNACBGDQAAXA0AAAAAAEDXAQAQWw0AYFsNABBbDQBgWw0AEFsNAGBbDQDAUA0A8LsNAGCbDgCwmw4AEAICAIBPDQAgRg0AIFANAHBQDQAQAgIA4JsGAEDXAQDQsg4AQNcBAPCcDgCwVg0AgG0NAIByDQCAcg0AQNUDAEDVAwBA1QMAgKACAHD3BgBgAgwAkA0IAGACDACQJwwAkCcMAHBEAACwqQoAcDYOAODnAABwDQAAcA0AACBkDQAwygAA4OcAAIBtDQBwDQAAMMoAAIBtDQCAbQ0AgG0NAIBtDQCAbQ0AIEYNACBGDQCAbQ0AgG0NAIBtDQCAbQ0AgG0NAIBtDQAgRg0AIEYNACBGDQCAbQ0AgG0NAIBtDQAgRg0AIEYNAMBpDQAgRg0AIEYNAIBtDQDQCgIAIBQIAEDXAQBwDQAAcA0AAIBtDQCAbQ0AgHQBAIBtDQAQWw0AYFsNAICgAgCAcg0A0LIOAHANAACwbw0AQNcBAMDkCgDAHAAAkEcKALD8BwDQFgAA4JsGADBoCADgmwYA8EIOAIByDQBAiQ4AgG0NAHANAABgOQIAMMoAADDKAAAwygAA0LIOADDKAADAFQIAcBAMANCyDgBgOQIA0LIOAFAwAgBQYA4AgFgOANBYDgCQdg0A0LIOAFAAAADQFgAAsIsAAFA0DQCQRwoAACkOAFAAAABQYA4AwAgAAMAIAADACAAAQPgNAIByDQBQNA0AwFECAJBHCgCgfw0AQF0DACBGAwAQCg4AoN4IACCzDgDAdQYAIEYNAJA+DgDgPg4AUEMDABBbDQBgWw0AcIwNAMCMDQAgRg0A0LIOAACIBACQtw0AIEYNAIBtDQCAbQ0AEFsNAGBbDQCAbQ0A8HANAEBxDQDADQAAgHINAFA0DQDQsg4AQNcBAIByDQCAbQ0A8HANAEBxDQBA1wEAEIcEAEAbDgAQbgkA0LIOAGATBQDQsg4AoKcIALCcDQCAcg0A0IYNAHBEAADQsg4AwFECAECQDACAcg0AoFsOAODnAABAGw4AILMOAIBtDQDwcA0AILMOAIBtDQCQtw0AcHcJAHCoAAAgRg0AkD4OAOA+DgAQWw0AQDkOAIALCwDA9Q0AUDQNAHANAAAA/wAAMIsNAKDyDQBwRAAAcEQAACBGDQCQPg4A4D4OANCGDQBwRAAAcEQAAHBEAABwRAAA8D4NAMCWDQDgnAoAYJwNAIByDQCAbQ0A8HANAEBxDQDgng0A8KsEAFA0DQBg9QkAILMOAIBtDQAgsw4AgG0NABCrDQBgqw0AsKsNALCLAACghA0A8IQNAECFDQCQhQ0AwPoNABCrDQBgqw0AsKsNAPA+DQAAPQQAIEYNAJA+DgDgPg4A0IYNAOD4CADQsg4AwFECAJBHCgDQsg4AQBsOAFA0DQBA1QMAYEIDANAXCQCAbQ0A8HANAEBxDQCwnA0AAB4AACBGDQCQPg4A4D4OANCyDgCAoAIA0IYNAADuBwBwRAAAcEQAAICpDQDQqQ0AIKoNAGATBQCAqQ0AgG0NAGBLDgAgRg0AILMOAIBtDQDwcA0AILMOAECQDABA1wEAgG0NAPBwDQBAcQ0AIHsFAIByDQCgWw4A0LIOAKBLCgCAcg0A0LIOAABBBQCAbQ0AIEYNACCzDgAgUA0AcFANAOCbBgAA9w0AEKsNAGCrDQCwqw0AgG0NAPBwDQBAcQ0AoH8NAMBRAgBAkAwAgG0NAACCCgDQsg4AQJAMAEDXAQBgLQ4A4JsGAECBAgCAbQ0A8HANAEBxDQDwPg0AAP8AAIByDQDQsg4AED8LAFA0DQAwBwoAIEYNAIBtDQAgRg0AgG0NACCzDgAgsw4AILMOAIBtDQCAbQ0AgG0NAPBwDQBAcQ0AgG0NACBuDQAguA4AgHINACC4DgCAqQ0AgG0NACBGDQCQPg4A4D4OACBGDQCQPg4A4D4OANCyDgBAQw4AAB4KANCyDgBAkAwA0LIOAOCRBgBQNA0AQNcBAGCvBAAA/wAA0LIOANCyDgDAUQIA0LIOAMBRAgDQsg4AwFECACCzDgCAbQ0A8HANAEBxDQBAkAwAgG0NAPBwDQBAcQ0AgHINAAAAAACgWw4A4JwKACBGDQCQPg4A4D4OAECYDgDQsg4AUGAOAHBEAACAbQ0A8HANAEBxDQCAcg0AgHINAIBtDQDwcA0AQHENAMB1BgBgQQ4AsEEOAHCMDQCQRwoAQJAMAIByDQDQsg4AACkOAABrCADwPg0A0LIOAAD4BwDwuw0AEFsNAGBbDQAgUA0AcFANACBGDQCQPg4A4D4OAJD+AgCAcg0A0LIOABBCAwCAbQ0AgG0NAPBwDQBAcQ0A4JsGAAAeAACAbQ0AoDgOAIBtDQDwcA0AQHENAMCkDgAAAAAAIEYNAJA+DgDgPg4AgHINANCGDQBQNA0AgHINAKD9BwBAGw4AUDQNAAAJAQAAAAAA0LIOAEAbDgBQNA0AAAkBAADjDQAgRg0AkD4OAOA+DgAAQg4AIG4NANCyDgAA+AcAgG0NAPBwDQBAcQ0A0LIOAJBHCgAgHQ4AQNcBALDsDQCAbQ0A4OcAAHCNBwBwRAAAQIkOAJBHCgBgrwQA0LIOAACMAAAALg4AkP4CAEC3DQBA1wEAQNcBAIByDQBwjA0AAP8AAPC7DQBA1wEAMPQNAAD7BADQhg0AQLcNAABoAQAA4w0AUOMNAOCbBgAAAAAAAAAAAAAAAADQsg4AQBsOAAAAAAAAAAAAAAAAADD0DQAA/wAA0LIOAFBgDgBAGw4A4JsGAIBtDQCQtw0AkLcNAIBtDQAgbg0AkJUCAGCqDgCQPg4A4D4OANCGDQCAbQ0AIG4NAEDVAwAgRg0AQNUDALCLAABwRAAAEHYGANCyDgDQfwAAEHYGACCzDgAQAA4AQLcNABBbDQBgWw0AwFANANCGDQDQsg4AkEcKAIBtDQDQsg4AEEIDAEDXAQCAcg0AEEIDAIBtDQDwcA0AQHENALAFDgAABg4AQNUDAEDVAwDQsg4AEEIDABBCAwAQhwQAYC0OAFA0DQAAAAAA0LIOANCyDgCwiwAAQEMOAEDXAQDQsg4A0A0OAMAIAADgKgkAgOIBAOARDgAwEg4AUAAAAFAAAABgEwUAgHINAEDXAQDQsg4A0LIOANAWAAAgRg0AkD4OAOA+DgAgtA0AoEsKAFBDAwCAbQ0A8HANAEBxDQAwnAsAEFsNAEA5DgDALA4A0A0OAAD4BwDQDQ4A0A0OAOCbBgDQFgAAEFsNAEA5DgBgWw0AIEYNAIByDQDQDQ4AIA4OAHAODgDQFw4AYDwOAIBtDQAQQgMAgHINAKAWCAAwHQgAAAAAAND5DQAg+g0AAAAAAAAAAADgJggA0MUFAKBLCgCAcg0A0LIOANCyDgAALg4AcEQAAIByDQDQsg4AoHYMAIByDQAA/wAAQNcBAIBtDQDwcA0AQHENANCyDgBA1wEA0LIOAEDXAQDQsg4AAP8AANCyDgAA/wAAQNcBANCyDgDACAAA0LIOAMAIAABAQw4AAPgHANCyDgCAoAIAAAAAAJBHCgCAbQ0A8HANAEBxDQDQsg4AoHYMAAD/AABQNA0AcA0AAHANAABQNA0AQJAMAEBDDgCAoAIAIEYNAJA+DgDgPg4AgG0NAPBwDQBAcQ0AQNcBAJATAgDQsg4AQNcBANCyDgCAcg0AkBsOAEDXAQBA1wEAYK8EALA9CACAcg0AwAgAANCyDgDQsg4AQNcBACBQDQBwUA0AcIwNAKB2DABgcgoAgHINAHBEAABAgQIAcEQAAIBtDQDwcA0AQHENAIByDQCANQ4A4JsGAJBHCgAwcAoAgKACAEB6DgBAOQ4AkJsBAEDXAQBwDQAAAAAAADAHCgAAAAAAcCwOAPAzDgBANA4AkDQOANCyDgCAbQ0A8HANAEBxDQBA1wEAwAgAAEDVAwBA1QMAwI4LAEDXAQAgRg0AQNcBAIByDQCAoAIAgHINAMAFAwBQYA4AUGAOADCcCwCAcg0A0LIOAEDXAQAQWw0AYFsNAIBtDQDwcA0AQHENAIBtDQBA1wEA4JsGANCyDgDgmwYA4DQOAJAVCgAA+AcAwAgAAJDVAwBwkA4A8PkLAODnAADQsg4AIFANAHBQDQAAeAoAQHoOAIC8CQBA1wEA4EgOAEDXAQCAvAkAEGQOAIBJDgBglQoAYLIBACBGDQCQPg4A4D4OAEDXAQDQsg4A0LIOAIBtDQDAUQIAwFECAIBtDQCAbQ0A4JsGACBVDQBwVQ0AgE4OAPBhDQAgRg0AgG0NACBuDQAg4wEAIE4KAMCTAQAAXA0AIEYNAGDoAgBgsgEAEIcEAODHBwBQ9QUAgOIBAHBEAAAAoQQA4JsGANCyDgBAkAwAUHQOAMDkCgCwIAIAwOQKALAgAgCwGwIAEG4JACCzDgCAggIA0LIOAMAIAABA1wEAQGINAMAcAABg6AIA8JwOAEDXAQCAcg0AgG0NAJCVAgAQZA4AgEkOAKDMCwAQWw0AYFsNAKDMCwDQCwsAEFsNALAyDgCAbQ0AoDgOANCyDgBA1wEAkCQAAJAkAACA4gEAsPgBAFAvDQBwXg4AwP0KAKBbDgBA1wEA0LIOAEDXAQAQhgoA8FEOAIALCwBA1wEAQNcBAEDXAQDwJwsAIHUBALBKCgDQFgAAgG0NAIDiAQDQXAoAgHINAEDXAQBA1wEAEGQOAIBJDgDQsg4AEFsNAGBbDQBwjA0A0LIJAEDXAQBA1wEAQNcBAGA6CwBwDQAAIFANAIByDQBg0AsA0HEOAFDRCwAgcg4A8LsNAFAvDQDwuw0A0HEOAPC7DQAgcg4A8LsNABBkDgCASQ4AUEwOAFAAAACgZwcAcEQAADBZDQBwDQAAQNcBAIC8CQCASQ4AQNcBAMAsDgAAKwIAQNcBAEDXAQBA1wEA0LIOAGB8CgBgfAoAYHwKAGB8CgCA4gEAgOIBAADvCwBA1wEAEFsNAMB3DgAQZA4AgKACAEDXAQAQZA4A4AULAEDXAQDgYQ4AcGgOABBbDQDAaA4AQNcBAMBtDgAQbg4AwJUOAGBuDgBA1wEAQNcBABBkDgDgBQsA4GEOAHBoDgAQWw0AwGgOAEDXAQCghgsAIIEOABBbDQBgWw0AgG0NACBuDQBA1wEAQHoOAMCOCwDAjgsAwDsOAGCCDgBgPA4AsLIBAKB1DQAAXA0AMF4NANCyCQCgJgwA8BcCABBbDQCwMg4A4GEOAIByDQDAbQ4AgHINANCyDgCAcg0AkJUCAIBtDQAQZA4AgKACABBbDQBAOQ4AADgOADCUDgCAbQ0AoDgOAICgAgBgWw0AcIwNANAXCQDQsg4AgBQCAFAAAAAQZA4AgKACAHBEAACAbQ0A4JsGAEDXAQAQWw0AYFsNAACKDADQnAsAgKACAICgAgAwkgEAMJIBADCSAQAwkgEAgKACAIByDQAwkgEAQNcBAEDXAQBA1wEAAAAAAAAAAAAQZA4AgKACABBbDQBgWw0AAIoMANCyDgBA1wEA0LIOABBkDgDQsg4AEGQOAPCcDgCAcg0AQNcBAEDXAQAQWw0AQDkOAIBiDgCAbQ0A8HANAIBPDQBw9wEAcF4OAJCdDgDgnQ4AMJ4OAICeDgCAbQ0AIG4NAIBRBgCAcg0AAKEOAICgAgBAkAwA4JsGACAxDgBwLA4AADgOAIALCwCAbQ0AoDgOAIALCwAA/wAAoFsOAAD/AACgWw4AIFANAHAsDgAA/wAAQNcBABBkDgCASQ4AEFsNAGBbDQBw9wEAgHINAIByDQBw9wEAIEYNACBGDQAgRg0AEKsNACBGDQAgRg0AIEYNACBGDQAgUA0AcCwOACBGDQAQqw0AIEYNAIA/DgAgRg0AgD8OACBGDQCAPw4AYEsOAIA/DgAgRg0AgD8OACBGDQCAPw4AYIMNAIA/DgAgRg0AgD8OAKCEDQDwhA0AsFsNAEDXAQBA1wEAgKACAIByDQDQFgAAAFwNANBODgBwcg4AcHIOAABcDQBQXA0AcPcGABC0DgCAoAIAgKACAHANAABwDQAAoHoNAIByDQCwsgEAIEYNANCyDgDQnAsA0LIOACBGDQBQNA0A0LIOAFA0DQAgRg0AkD4OAFA0DQCwuQ4AALoOACBGDQCAoAIA8EcOAIByDQBA1wEAQNcBAEDXAQDgwA4AQNcBAEDXAQBA1wEA4MAOAEDXAQAQ+AYA4MAOANCyDgCw2QwAQNcBAEDXAQDgwA4AgHINAKCEDQDwhA0AQIUNACBGDQDgQQEA4GEOAHBoDgBA1wEAgG0NACBuDQAQWw0AYFsNAHCMDQDw+QsAgDQKADCKDgBwkA4AQJAMANCyDgBw9wYAQJgOAOBDDgAQZA4AgEkOABBbDQBAOQ4AADgOANCyDgBQNA0A0FwKANAWAADQsg4AAPgHABBbDQBgWw0AcIwNAEBLCwBAmA4A4JgOABBbDQDAdw4AEGQOAJAFCwDQsg4A","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAwAAAAEAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAACAAAAAAABAAAAAAAB0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAIAAAAAAAEAAAAAAAHQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAgQAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAgAAAAAAAQAAAAAAAdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAgAAAAAAAQAAAAAAAdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAACAAAAAAABAAAAAAAB0AAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAgAAAAAAAQAAAAAAAdAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAIAAAAAAAEAAAAAAAHQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAACAAAAAAABAAAAAAAB0AAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAIAAAAAAAEAAAAAAAHQAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAgAAAAAAAQAAAAAAAdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAgAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAgAAAAAAAQAAAAAAAdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAACAAAAAAABAAAAAAAB0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAIAAAAAAAEAAAAAAAHQAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAgAAAAAAAQAAAAAAAdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAACBAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAIAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAACAAAAAAABAAAAAAAB0AAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAACAAAAAAABAAAAAAAB0AAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAgAAAAAAAQAAAAAAAdAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAIEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAIAAAAAAAEAAAAAAAHQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAgAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAACAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAACAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAHQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAACAAAAAAABAAAAAAAB0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAEAAAACAAAAAAABAAAAAAIB0AAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAEABAQAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAIAAAAgAAAAAAAACAAAAABAAAAAACAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAgAAAAAAAQAAAAAAAdAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAIAAAgEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAQAAAAAAEAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAABAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAACAAAAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAAgAAAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAIAAAAAEAEAAAAAAAHQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAEAAAAAACABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAgAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAHQAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAACAAAAAAABABAAAAAB0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAIAAAAAAAEAAQAAAAHQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAQAAAAAAAAAAAAABAACAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAIAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAIAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAADAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAMAACAAAAGAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAACAAAAGAAAAAAAACAAAAAAAAAAQAAAAAAAAAAgAAAAAAAQAAAAAAAdIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAwAAIAAAAYAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAIAAAAAAAEAAAAAAAHQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAIAAAAAAAEAAAAAAAHQAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAwAAIAAAAYAAAAAAAAIAAAAAAAAABAAAAAAAAAACAAAAAAABAAAAAAAB0AAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAgAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAIAAAAAAAEAAAAAAAHQAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAQAAAAAAAAAAAAAADAAAgAAABgAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgAAA="},"index":{"lists":[[72,74,75,76],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,48,53,54,56,57,58,59,60,61,62,63,67,68,69,70,72,74,75,76,80,81,99,102,103,105,116,117,118,119,120,129,139,140,144,147,153,154,161,163,164,165,166,168,170,171,172,175,176,177,178,192],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,48,49,53,54,56,57,58,59,60,61,62,63,66,67,68,69,70,72,74,75,76,80,81,99,102,103,105,116,117,118,119,120,129,139,140,141,144,147,153,154,161,163,164,165,166,168,170,171,172,175,176,177,178,181,182,183,192],[65,72,74,75,76,146,181,198],[72,74,75,76,90,91,92,184,185,186,187,188,189,190],[46,47,72,74,75,76],[72,74,75,76,172,191],[72,74,75,76,80,81,97,98,172,177,178],[72,74,75,76,90,91,92],[45,51,59,60,72,74,75,76,90,91,92,93,110,119,120,121,125,132,134,140,142,143,144,152,158,159,160,167,192],[14,15,16,22,23,72,74,75,76,79,124,136],[72,74,75,76,94,204],[6,72,74,75,76],[1,7,72,74,75,76,90,91,92,126,161,165,166,192],[9,72,74,75,76,90,91,92,96,161,165,166,192],[31,72,74,75,76,90,91,92,147,161,165,166,176,192],[17,72,74,75,76,90,91,92,135,161,165,166,180,192],[0,2,4,5,20,21,24,25,69,72,74,75,76,90,91,92,113,123,147,149,161,162,165,166,169,173,192,193,196,199,200,203,205],[3,8,11,20,24,25,27,33,36,37,52,55,70,71,72,74,75,76,77,83,84,90,91,92,95,100,103,106,113,122,128,130,131,137,147,148,156,161,165,166,192,201,206],[72,74,75,76,90,91,92,161,165,166,192],[72,74,75,76,90,91,92,161,165,166,192,197],[68,72,74,75,76,90,91,92,161,165,166,182,192,194,195],[63,71,72,74,75,76,78,82,90,91,92,115,150,161,165,166,182,192],[10,33,72,74,75,76,77,85,90,91,92,105,106,127,161,165,166,192],[4,26,50,72,74,75,76,90,91,92,161,165,166,192],[10,39,72,74,75,76,90,91,92,105,161,165,166,192],[12,13,32,43,72,74,75,76,90,91,92,101,107,108,109,111,112,114,133,138,139,155,157,161,165,166,174,179,192],[7,72,73,74,75,76,90,91,92,161,165,166,192],[10,72,74,75,76,90,91,92,161,165,166,192],[72,74,75,76,86,87,88,89,104,151,202],[48,72,74,75,76],[18,19,72,74,75,76,90,91,92,161,165,166,192],[28,72,74,75,76],[29,30,34,35,72,74,75,76],[38,42,72,74,75,76],[41,72,74,75,76],[41,56,72,74,75,76],[44,72,74,75,76,168],[56,62,72,74,75,76,183],[56,72,74,75,76],[61,67,72,74,75,76,168,183],[64,72,74,75,76,145],[72,74,75,76,168],[72,74,75,76,183],[58,72,74,75,76,171],[58,72,74,75,76,171,181],[58,72,74,75,76,153,154,171],[58,72,74,75,76,171,172],[58,72,74,75,76,80,81,171,172,177,178],[58,66,72,74,75,76,153,154,171],[45,49,53,54,57,58,59,60,72,74,75,76,119,120,129,140,141,144,153,154,171,192],[1,7,58,72,74,75,76,153,154,161,163,164,165,166,171,175,192],[58,72,74,75,76,153,154,161,163,164,165,166,171,192],[31,58,72,74,75,76,147,153,154,161,163,164,165,166,171,176,192],[2,4,58,69,72,74,75,76,147,153,154,161,163,164,165,166,170,171,192],[36,37,58,70,72,74,75,76,99,103,147,153,154,161,163,164,165,166,171,192],[58,68,72,74,75,76,153,154,161,163,164,165,166,171,182,192],[58,63,72,74,75,76,153,154,161,163,164,165,166,171,182,192],[58,72,74,75,76,105,153,154,161,163,164,165,166,171,192],[4,58,72,74,75,76,153,154,161,163,164,165,166,171,192],[58,72,74,75,76,99,102,105,153,154,161,163,164,165,166,171,192],[43,58,72,74,75,76,99,139,153,154,161,163,164,165,166,171,192],[7,58,72,74,75,76,153,154,161,163,164,165,166,171,192],[48,58,72,74,75,76,171],[58,72,74,75,76,153,154,161,165,166,171,192],[28,58,72,74,75,76,171],[29,30,34,35,58,72,74,75,76,171],[42,58,72,74,75,76,171],[40,41,58,72,74,75,76,171],[41,58,72,74,75,76,171],[41,56,58,72,74,75,76,171],[44,58,72,74,75,76,116,168,171],[56,58,62,72,74,75,76,118,171,183],[56,58,72,74,75,76,171],[58,61,67,72,74,75,76,168,171,183],[58,72,74,75,76,117,171],[58,72,74,75,76,118,171],[58,72,74,75,76,168,171],[58,72,74,75,76,171,183]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,19,19,19,19,20,21,22,23,19,24,25,26,27,19,19,28,19,19,29,0,0,30,31,0,13,14,15,16,17,18,19,19,19,19,19,19,20,21,22,23,19,24,25,26,27,19,19,28,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,35],[10003,36],[8595,35],[10008,37],[10004,38],[8730,39],[10006,40],[8505,41],[9762,0],[9888,0],[8617,0],[10007,42],[10060,42],[9654,43],[65123,43]],"plainDefault":0,"spaced":[44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,45,46,44,44,44,44,44,44,47,44,48,49,44,50,50,50,50,50,50,50,50,50,50,44,44,44,44,44,44,44,51,52,53,52,54,55,52,52,52,52,52,52,52,56,57,58,52,59,60,61,62,52,52,52,52,52,44,44,44,63,64,44,51,52,53,52,54,55,52,52,52,52,52,52,52,56,57,58,52,59,60,61,62,52,52,52,52,52,44,44,44,44,44],"spacedOther":[[160,44],[5760,44],[8192,44],[8193,44],[8194,44],[8195,44],[8196,44],[8197,44],[8198,44],[8199,44],[8200,44],[8201,44],[8202,44],[8232,44],[8233,44],[8239,44],[8287,44],[12288,44],[65279,44],[9676,65],[9679,66],[9135,67],[215,68],[10095,69],[10003,70],[8595,69],[10008,71],[10004,72],[8730,73],[10006,74],[8505,44],[9762,75],[9888,75],[8617,76],[10007,77],[10060,77],[9654,78],[65123,78]],"spacedDefault":44,"blank":44}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED\\\\b[^\\\\n]{0,200}$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[52,53,54,55],[18,19,20,22,23,24,25,27,28,29,30,31,34,37,38,40,41,42,43,44,45,46,48,49,50,51,52,53,54,55,59,60,72,73,74,75,81,82,83,84,85,93],[18,19,20,22,23,24,25,27,28,29,30,31,34,35,37,38,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,59,60,72,73,74,75,81,82,83,84,85,93],[47,52,53,54,55],[52,53,54,55,66,67,68],[32,33,52,53,54,55],[52,53,54,55,59,60,70,71],[31,36,43,44,52,53,54,55,66,67,68,69,77,84,85,86,89,94],[5,6,12,13,52,53,54,55,58,89],[52,53,54,55,69],[52,53,54,55,66,67,68,90],[1,52,53,54,55,66,67,68,69],[7,52,53,54,55,66,67,68],[10,11,14,15,50,52,53,54,55,66,67,68,80,88],[0,3,10,14,15,17,21,24,25,36,39,51,52,53,54,55,56,62,63,66,67,68,69,74,75,80,87,92,94],[52,53,54,55,57,66,67,68,80],[2,21,52,53,54,55,56,63,66,67,68,75,91],[16,35,52,53,54,55,66,67,68],[2,52,53,54,55,66,67,68,75],[4,21,29,52,53,54,55,66,67,68,75,76,78,79,80],[2,52,53,54,55,66,67,68],[52,53,54,55,64,65,74],[34,52,53,54,55],[8,9,52,53,54,55,66,67,68],[20,52,53,54,55,66,67,68],[52,53,54,55,66,67,68,73],[49,52,53,54,55,66,67,68],[46,51,52,53,54,55,61,66,67,68],[26,52,53,54,55,66,67,68],[18,52,53,54,55],[19,20,22,23,52,53,54,55],[25,29,52,53,54,55],[28,52,53,54,55],[28,40,52,53,54,55],[30,52,53,54,55],[40,46,52,53,54,55],[40,52,53,54,55],[45,48,52,53,54,55],[42,52,53,54,55],[42,47,52,53,54,55],[42,52,53,54,55,59,60],[31,35,37,38,41,42,43,44,52,53,54,55,84,85,93],[42,50,52,53,54,55],[24,25,42,51,52,53,54,55,72,74,75],[42,52,53,54,55,75],[35,42,52,53,54,55],[42,52,53,54,55,72,73,75],[29,42,52,53,54,55,72,75],[42,52,53,54,55,74],[34,42,52,53,54,55],[20,42,52,53,54,55],[42,52,53,54,55,73],[42,49,52,53,54,55],[42,46,51,52,53,54,55],[18,42,52,53,54,55],[19,20,22,23,42,52,53,54,55],[25,29,42,52,53,54,55],[27,28,42,52,53,54,55],[28,42,52,53,54,55],[28,40,42,52,53,54,55],[30,42,52,53,54,55,81],[40,42,46,52,53,54,55,83],[40,42,52,53,54,55],[42,45,48,52,53,54,55],[42,52,53,54,55,82],[42,52,53,54,55,83]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,4,4,4,4,4,4,15,16,4,17,18,19,4,4,4,20,4,4,21,0,0,22,23,0,4,4,24,4,4,25,4,4,4,4,4,4,4,26,27,4,4,4,28,25,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,29],[9679,30],[9135,31],[215,32],[10095,32],[10003,33],[8595,32],[10008,34],[10004,35],[8730,36],[10006,37],[8505,3],[9762,0],[9888,0],[8617,0]],"plainDefault":0,"spaced":[38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,39,38,38,38,38,38,38,38,38,38,40,39,38,41,41,41,41,41,41,41,41,41,41,38,38,38,38,38,38,38,38,38,38,38,42,43,38,38,38,38,38,38,38,38,38,44,38,45,46,47,38,38,38,38,38,38,48,38,38,49,38,38,38,38,50,38,38,51,38,38,38,38,38,38,38,52,53,38,38,38,38,51,38,38,38,38,38,38,38,38,38,38,38],"spacedOther":[[160,38],[5760,38],[8192,38],[8193,38],[8194,38],[8195,38],[8196,38],[8197,38],[8198,38],[8199,38],[8200,38],[8201,38],[8202,38],[8232,38],[8233,38],[8239,38],[8287,38],[12288,38],[65279,38],[9676,54],[9679,55],[9135,56],[215,57],[10095,58],[10003,59],[8595,58],[10008,60],[10004,61],[8730,62],[10006,63],[8505,39],[9762,64],[9888,64],[8617,65]],"spacedDefault":38,"blank":38}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10],[5,6,7,10],[11],[6,8,9,10,15,19,20,21],[2],[1],[3,12,17],[13],[0,4,5,18],[14],[16],[6,7,10],[5]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
