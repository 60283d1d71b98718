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
} from "./chunk-F3MFPJ6O.js";
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
var DERIVED = `{"prefilter":{"key":"rules 235\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,45,47,197,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,355,357,358,359,360,361,362,363,366,367,368,370],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,35,94,10003,10004,8730,10006,8505,9762,9888,43,9654,65123,36],"words":7,"quiet":10746,"states":12078,"edges":"AAAAAAAAAAABAAAAUAAAAAIAAADQfwAAAwAAAHANAAAEAAAAMMoAAAUAAADQ3gUABgAAANAKAgAHAAAAUIYGAAgAAABA1wEACQAAALCGAAAKAAAAcEQAAAsAAAAg5wcADAAAALCLAAANAAAA0BYAAA4AAACwZwEADwAAAOCmAAAQAAAAkCQAABEAAACAdAEAEgAAAMAIAAATAAAAwMoBABQAAAAAMgoAFQAAACD3AQAWAAAAYAgBABcAAACA4gEAGAAAALD4AQAZAAAAkOsBABoAAAAQAgIAGwAAAECBAgAcAAAAgKACAB0AAAAAAAAAHgAAAACLCwAfAAAAAP8AACAAAAAAKwIAIQAAAAAAAAAiAAAAYLIBACMAAADg5wAAJAAAALC/AwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAMJIBACkAAAAgogEAKgAAAIBYCQArAAAAUP8KACwAAAAAAAAALQAAACDeAQAuAAAAAAAAAC8AAABgLwIAMAAAAJCVAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAABQHgoAPAAAAPAoCgA9AAAAMAsLAD4AAAAAAAAAPwAAANALCwBAAAAAAAAAAEEAAADAIAsAQgAAABAhCwBDAAAAACcLAEQAAACQMgsARQAAAIBMCwBGAAAA0EwLAEcAAAAgTQsASAAAAKBeCwBJAAAAYGILAEoAAADw0QsASwAAAEDSCwBMAAAA8GcMAE0AAABwugwATgAAAMC6DABPAAAAELsMAFIAAACgAAAAUwAAAABwAwBVAAAA0FQIAFYAAACAMwEAWQAAALCVAABbAAAAcNwIAFwAAACQOwcAZAAAADD7AQBnAAAAoGsDAG0AAABwOgAAowAAAPAAAACtAAAA0MMCAPMAAAAgHg0ARQEAAJABAACWAQAA4AEAAOcBAAAwAgAAOAIAAIACAACCAgAA0AIAANkCAAAgAwAAKgMAAHADAAB7AwAAwAMAAMwDAAAQBAAAHQQAAGAEAABqBAAAsAQAAL4EAAAABQAADwUAAFAFAABSBQAAoAUAAKoFAADwBQAA/gUAAEAGAABFBgAAkAYAAJ0GAADgBgAA6AYAADAHAABABwAAgAcAAIIHAADQBwAA3gcAACAIAAAxCAAAcB4NAHcIAADAHg0AwggAANBRCwDICAAAEAkAANUIAADwfgkA2QgAAHBNCwDcCAAAcEUJABcJAABgCQAAHQkAANCPCQBlCQAAsAkAALwJAAAACgAAAwoAAFAKAABYCgAAoAoAAK0KAADwCgAA9QoAAEALAABKCwAAkAsAAJgLAADgCwAA7AsAADAMAADvCwAAoPQBAEMMAACADAAAjgwAANAMAADTDAAAIA0AACoNAAAQHw0Acg0AABBtAABzDQAAwJMBAHUNAADADQAAeQ0AAOBgCgB6DQAAwFECAHsNAABQ7wEAfA0AAMAcAAB9DQAAUDsLAH4NAAAAbQEAfw0AAPAtAACEDQAAUIUCAI0NAABQUgMAkA0AAGA6CwDGDQAAEA4AAM8NAACQdwcAFg4AAGAOAAB0DgAAsA4AAMUOAAAADwAACA8AAFAPAABaDwAAoA8AAKUPAADwDwAA9Q8AAEAQAABIEAAAkBAAAKYQAADgEAAA4hAAADARAAA9EQAAgBEAAJQRAADQEQAA2BEAACASAAAvEgAAcBIAAIESAADAEgAAzhIAABATAAAcEwAAYBMAAG0TAACwEwAAuhMAAAAUAAADFAAAUBQAAFgUAACgFAAAohQAAPAUAAABFQAAQBUAAEYVAACQFQAAnBUAAOAVAADiFQAAMBYAADcWAACAFgAAlBYAAGAfDQDRFgAAAOQMANIWAABQFwIA1RYAACAXAADZFgAAkM0BAN4WAAAQ6AIAIhcAABDCAAAjFwAA0AUHACcXAACgCwkAKBcAAHAXAAAqFwAAEDABACsXAADgzQYALRcAAOAeBgAvFwAAEMMJADEXAAAw8gUANhcAAEAdAgA5FwAAAJEFAHEXAADAFwAAcxcAAHBdBQB2FwAA8OcJANcXAAAQGAAAKBgAAGAYAABrGAAAsBgAAMkYAAAAGQAAAhkAAFAZAABqGQAAoBkAAK8ZAADwGQAA9RkAAEAaAABNGgAAkBoAAKAaAADgGgAA6BoAADAbAAA8GwAAgBsAAI0bAADQGwAA2hsAACAcAAAmHAAAcBwAAIQcAACwHw0AxhwAABAdAADKHAAA8P8KANccAADw9gkAKx0AAGAdAABsHQAAsB0AALYdAAAAHgAAAx4AAHArBQAIHgAAUB4AAFMeAACwSgUAVx4AAKAeAABbHgAAYMEGAF4eAABAIQMApR4AAPAeAAD8HgAAQB8AAEMfAACQHwAAmB8AAOAfAADtHwAAMCAAADUgAACAIAAAiiAAANAgAADYIAAAICEAACMhAABwIQAAeSEAAMAhAADBIQAAECIAABEiAABgIgAAZSIAALAiAAC2IgAAACMAAAojAABQIwAAWCMAAKAjAACjIwAA8CMAAPMjAABAJAAAUSQAAAAgDQCSJAAAoJoBAJUkAAAgNQoAmSQAAIB4DACcJAAA4CQAAJ4kAAAQYQcA+CQAADAlAAAzJQAAgCUAAIwlAADQJQAA3SUAACAmAAAnJgAAcCYAAHImAADAJgAAySYAABAnAAAaJwAAYCcAAGsnAACwJwAAzCcAAAAoAAAIKAAAUCANAFUoAACgKAAAqCgAAPAoAADxKAAAQCkAAEIpAACQKQAAkykAAOApAADjKQAAoCANADUqAACAKgAAhioAANAqAADXKgAAICsAACgrAABwKwAAcysAAMArAADJKwAAECwAABEsAABgLAAAYSwAALAsAADBLAAAAC0AAA4tAABQLQAAXC0AAKAtAACnLQAA8CANAPYtAABALgAAQi4AAJAuAACmLgAA4C4AAOguAAAwLwAAMi8AAIAvAACJLwAA0C8AANovAAAgMAAAKzAAAHAwAAB8MAAAwDAAAM0wAAAQMQAAGjEAAGAxAABuMQAAsDEAAL8xAAAAMgAAAjIAAFAyAABaMgAAoDIAAK4yAADwMgAA9TIAAEAzAABNMwAAkDMAAJgzAADgMwAA5jMAADA0AAA8NAAAgDQAAJ00AADQNAAA2TQAACA1AAAuNQAAcDUAAHY1AADANQAAzDUAABA2AAATNgAAYDYAAGg2AACwNgAAwTYAAAA3AAAONwAAUDcAAGk3AACgNwAAoTcAAPA3AAANOAAAQCENAEU4AACQOAAAljgAAOA4AADoOAAAMDkAADk5AACAOQAAgzkAANA5AADcOQAAIDoAACY6AADgIQ0AjDoAAMA6AADIOgAAMCINABM7AABgOwAAcTsAALA7AAC4OwAAADwAAA48AABQPAAAUzwAAKA8AACoPAAA8DwAAP08AABAPQAART0AAJA9AACaPQAA4D0AAOg9AAAwPgAAPD4AAIA+AACNPgAA0D4AANI+AAAgPwAAOT8AAHA/AACBPwAAwD8AAMw/AAAQQAAAF0AAAGBAAABoQAAAsEAAALVAAAAAQQAADUEAAFBBAABYQQAAoEEAAKpBAADwQQAA+0EAAEBCAABMQgAAkEIAAJhCAACAIg0A7EIAADBDAAA2QwAAgEMAAJtDAADQQwAA3EMAACBEAAAmRAAA0CINAHVEAACgCAIAdkQAANBiBAB3RAAA8G0GAHtEAADARAAAfEQAAEACCQB+RAAAQPwEAIREAABgEQIAzEQAABBFAAAWRQAA8McLABhFAAAgIw0AbEUAALBFAAC2RQAAAEYAABtGAABQRgAAXEYAAKBGAACmRgAA8EYAAPhGAABARwAARkcAAJBHAACcRwAA4EcAAP1HAAAwSAAAOUgAAIBIAACMSAAA0EgAANNIAAAgSQAAKkkAAHBJAAB8SQAAwEkAAMdJAAAQSgAAGEoAAGBKAABhSgAAkFsAAGNKAACwSgAAv0oAAABLAAAGSwAAUEsAAFJLAACgSwAAtksAAPBLAAAOTAAAQEwAAFlMAACQTAAAkkwAAOBMAADjTAAAME0AADxNAACATQAAh00AANBNAADYTQAAIE4AACJOAABwTgAAeU4AAMBOAADKTgAAEE8AABtPAABgTwAAbE8AALBPAAC9TwAAAFAAAApQAABQUAAAXlAAAKBQAACvUAAA8FAAAPJQAABAUQAASlEAAJBRAACeUQAA4FEAAOVRAAAwUgAAPVIAAIBSAACVUgAA0FIAANhSAAAgUwAAOVMAAHBTAAB5UwAAwFMAAMpTAAAQVAAAGFQAAGBUAABtVAAAsFQAALVUAAAAVQAACFUAAFBVAABRVQAAoFUAAKJVAADwVQAA81UAAEBWAABDVgAAcCMNAJVWAADgVgAA5lYAADBXAAA3VwAAgFcAAIhXAADQVwAA1FcAACBYAAAiWAAAcFgAAHNYAADAWAAAyFgAABBZAAARWQAAYFkAAGZZAACwWQAAtVkAAABaAAAbWgAAUFoAAF5aAACgWgAAp1oAAPBaAAD8WgAAQFsAAEdbAADAIw0AklsAAOBbAADjWwAAMFwAADNcAAAQJA0AhVwAANBcAADWXAAAIF0AACddAABwXQAAjl0AAMBdAADZXQAAEF4AABJeAABgXgAAY14AALBeAAC8XgAAAF8AAAdfAABQXwAAWF8AAKBfAACiXwAA8F8AAPlfAABAYAAASmAAAJBgAACbYAAA4GAAAOxgAAAwYQAAPWEAAIBhAACKYQAA0GEAAN5hAAAgYgAAL2IAAHBiAAByYgAAwGIAAMpiAAAQYwAAHmMAAGBjAABlYwAAsGMAAL1jAAAAZAAAFWQAAFBkAABYZAAAoGQAALlkAADwZAAA+WQAAEBlAABKZQAAkGUAAJhlAADgZQAA7WUAADBmAAA1ZgAAgGYAAIhmAADQZgAA0WYAACBnAAAiZwAAcGcAAHNnAADAZwAAw2cAAGAkDQAVaAAAYGgAAGZoAACwaAAAt2gAAABpAAAIaQAAUGkAAFRpAACgaQAAomkAAPBpAADzaQAAQGoAAEhqAACQagAAkWoAAOBqAADmagAAMGsAADVrAACAawAAm2sAANBrAADeawAAIGwAACdsAABwbAAAfGwAAMBsAADHbAAAsCQNABNtAABgbQAAcW0AALBtAAC4bQAA4H0BAMxtAAAAbgAACG4AAAAlDQBfbgAAoG4AAKZuAADwbgAA8m4AAEBvAABWbwAAkG8AAK5vAADgbwAA428AADBwAAA8cAAAgHAAAIZwAADQcAAA63AAACBxAAAscQAAcHEAAHZxAADAcQAA3nEAABByAAAgcgAAYHIAAG5yAACwcgAAtnIAAABzAAADcwAAUHMAAFpzAACgcwAAvnMAAPBzAAAGdAAAQHQAAEx0AACQdAAAk3QAAOB0AADjdAAAMHUAADJ1AACAdQAAl3UAANB1AADcdQAAIHYAADx2AABwdgAAeHYAAFAlDQDRdgAAEHcAAB53AABgdwAAbHcAALB3AAC9dwAAAHgAAAp4AABQeAAAWHgAAKB4AACheAAA8HgAAPJ4AABAeQAAQ3kAAJB5AACTeQAAoCUNAOV5AAAwegAANnoAAIB6AACHegAA0HoAANh6AAAgewAANnsAAHB7AAB5ewAAwHsAAMN7AAAQfAAAGnwAAGB8AABofAAAsHwAAMl8AAAAfQAADH0AAFB9AABYfQAA8CUNAKh9AADwfQAA830AAEB+AABKfgAAkH4AAJZ+AADgfgAA7n4AADB/AAA9fwAAgH8AAJd/AABAJg0A0X8AAED/CwDTfwAAMJcBANZ/AADwOgIA138AADBgBgDYfwAAgEMFANl/AACAuwAA2n8AAIAZAgDdfwAAMNgLAN9/AAAggAAA4X8AAODhBgDmfwAA0GsFAOd/AACA6AoAKoAAAIC5BwAvgAAAcIAAAHyAAADAgAAAwYAAAAA0AwDDgAAAEIEAABOBAABggQAAZ4EAAPByAQBogQAAsIEAAHiBAABAHgEAt4EAAACCAAAMggAAUIIAAF2CAACgggAAroIAAPCCAAD8ggAAQIMAAEeDAACQgwAAmIMAAOCDAADwgwAAMIQAADWEAACAhAAAhoQAANCEAADYhAAAIIUAACmFAABwhQAAc4UAAMCFAADMhQAAEIYAABaGAACQJg0Af4YAAOAmDQC9hgAAAIcAAAKHAAAQ9AAAA4cAAHBbAgAHhwAAUM0KAAuHAABAHwoADIcAADC1AQAPhwAAUBkKABmHAABgNAIAIIcAAFCHAABdhwAAoIcAAKWHAADwhwAA9IcAAECIAABNiAAAkIgAAJiIAADgiAAAm4gAAEDuCADniAAAMIkAAPaIAAAQMgQAMokAAICJAACKiQAA0IkAANKJAAAgigAAOYoAAHCKAAByigAAwIoAAMOKAAAQiwAAHIsAAGCLAABoiwAAMCcNALaLAAAAjAAAuIsAABCgDgC/iwAAMH8FAMGLAABA0wUAw4sAALA/AQDMiwAAMOgKAAaMAABg2wAAGIwAAFCMAABSjAAAoIwAAF2MAAAAoAAAaYwAAECSAACvjAAA8IwAAP+MAABAjQAATI0AAJCNAACTjQAA4I0AAOONAAAwjgAASI4AAICOAACHjgAA0I4AANyOAAAgjwAALY8AAHCPAAB+jwAAwI8AAMyPAAAQkAAAF5AAAGCQAAB4kAAAsJAAALyQAAAAkQAABpEAAFCRAABWkQAAoJEAAKWRAADwkQAA9pEAANAnDQBCkgAAkJIAAJeSAADgkgAA+JIAADCTAAA3kwAAgJMAAJmTAADQkwAA6JMAACCUAAAslAAAcJQAAHaUAADAlAAAxpQAABCVAAAVlQAAYJUAAGaVAAAgKA0AyZUAAACWAAARlgAAUJYAAF6WAACglgAAr5YAAPCWAAD4lgAAQJcAAGCXAACQlwAAnJcAAOCXAAD0lwAAMJgAADiYAACAmAAAhpgAANCYAADcmAAAIJkAACqZAABwmQAAdpkAAMCZAADOmQAAEJoAAByaAABgmgAAe5oAALCaAACymgAAAJsAABGbAABQmwAAWJsAAKCbAACumwAA8JsAAPObAABAnAAASJwAAJCcAACdnAAA4JwAAOWcAAAwnQAAOp0AAICdAACInQAA0J0AANKdAAAgngAAMZ4AAHCeAACBngAAwJ4AAMWeAAAQnwAAFJ8AAGCfAABsnwAAsJ8AALefAABwKA0ABaAAAFCgAABaoAAAoKAAALigAADwoAAA86AAAEChAABJoQAAkKEAAJGhAADgoQAA4aEAADCiAAA1ogAAgKIAAIaiAADQogAA2qIAACCjAAAsowAAcKMAAHejAADAowAA2KMAABCkAAASpAAAYKQAAGmkAACwpAAAuqQAAAClAAALpQAAUKUAAGilAACgpQAAtqUAAPClAAD1pQAAQKYAAEemAACQpgAAnKYAAMAoDQDipgAAkIsCAOWmAAAAqQEA6aYAAEBWBQDxpgAAMKcAADKnAABQRAIAPqcAAICnAACMpwAA0KcAAI+nAADwEgcA3acAACCoAAAqqAAAcKgAAHGoAAAA1QwAeKgAAMCoAADHqAAAEKkAANuoAACghgEAFakAAGCpAABsqQAAsKkAALOpAAAAqgAACKoAAFCqAABdqgAAoKoAAKWqAADwqgAA+qoAAECrAABIqwAAkKsAAJOrAADgqwAA6asAADCsAAAxrAAAgKwAAIGsAADQrAAA1awAACCtAAAmrQAAcK0AAHqtAADArQAAyK0AABCuAAASrgAAYK4AAGmuAACwrgAAuq4AAACvAAALrwAAUK8AAFyvAACgrwAAra8AAPCvAAD6rwAAQLAAAE6wAACQsAAAn7AAAOCwAADisAAAMLEAADqxAACAsQAAjrEAANCxAADVsQAAILIAAC2yAABwsgAAeLIAAMCyAADBsgAAELMAABazAABgswAAZbMAALCzAAC6swAAALQAAAW0AABQtAAAX7QAAKC0AACltAAA8LQAAAG1AABAtQAASLUAAJC1AACWtQAA4LUAAOy1AAAwtgAATbYAAIC2AACJtgAA0LYAANy2AAAgtwAAI7cAAHC3AAB6twAAwLcAAMy3AAAQuAAAF7gAAGC4AABouAAAsLgAAMm4AAAAuQAAFLkAAFC5AABYuQAAoLkAAKO5AADwuQAA/LkAAEC6AABGugAAkLoAAKu6AADgugAA7LoAADC7AAA2uwAAECkNAIq7AADQuwAA27sAACC8AAAovAAAsMwAACy8AABwvAAAfbwAAMC8AADKvAAAEL0AAB69AABgvQAAb70AALC9AACyvQAAAL4AAAq+AABQvgAAXr4AAKC+AAClvgAA8L4AAP2+AABAvwAASL8AAJC/AACRvwAA4L8AAJS/AADQVgEAoL8AAHB6AQDxvwAAMMAAADnAAACAwAAAl8AAANDAAADewAAAIMEAAC3BAABwwQAAeMEAAMDBAADfwQAAYCkNABnCAABgwgAAasIAALDCAAC7wgAAsCkNAALDAABQwwAAWcMAAKDDAACqwwAA8MMAAPvDAABAxAAATMQAAJDEAACdxAAA4MQAAOrEAAAwxQAAPsUAAIDFAACPxQAA0MUAANLFAAAgxgAAKsYAAHDGAAB+xgAAwMYAAMXGAAAQxwAAHccAAGDHAABoxwAAsMcAALbHAAAAyAAADMgAAFDIAABtyAAAoMgAAKnIAADwyAAA/sgAAEDJAABGyQAAkMkAAJzJAADgyQAA58kAAAAqDQAyygAAgPYBADbKAACAygAAhcoAANDKAACOygAAMNEDAN3KAAAgywAAN8sAAHDLAABxywAAwMsAAMLLAAAQzAAAE8wAAGDMAABjzAAAUCoNANHMAAAAzQAAAc0AAFDNAABSzQAAoM0AAKPNAADwzQAA880AAKAqDQBFzgAAkM4AAJbOAADgzgAA584AADDPAABSzwAAgM8AAIjPAADQzwAA388AACDQAAAi0AAAcNAAAIHQAADA0AAA0dAAABDRAAAc0QAAYNEAAGfRAACw0QAAuNEAAADSAAAE0gAAUNIAAF7SAACg0gAAqtIAAPDSAAD70gAAQNMAAEXTAACQ0wAAmdMAAODTAADq0wAAMNQAADjUAACA1AAAgtQAANDUAADd1AAAINUAADTVAABw1QAAeNUAAMDVAADB1QAAENYAABLWAABg1gAAY9YAALDWAACz1gAA8CoNAAXXAABQ1wAAVtcAAKDXAACn1wAA8NcAAPjXAABA2AAAT9gAAJDYAACV2AAA4NgAAO3YAAAw2QAAQNkAAIDZAACO2QAA0NkAAOfZAAAg2gAAKdoAAHDaAAB22gAAwNoAAMzaAAAQ2wAAF9sAAEArDQBl2wAAEIQCAGjbAACw2wAAbdsAADA7CAC/2wAAANwAABHcAABQ3AAAXtwAAKDcAACs3AAA8NwAAP3cAABA3QAASt0AAJDdAACY3QAA4N0AAOPdAAAw3gAAPN4AAIDeAACN3gAA0N4AANreAAAg3wAAKN8AAHDfAABy3wAAwN8AAMnfAAAQ4AAAGuAAAGDgAABr4AAAsOAAAMXgAAAA4QAACOEAAFDhAABp4QAAoOEAAKnhAADw4QAA+uEAAEDiAABI4gAAkOIAAJ3iAADg4gAA5eIAADDjAAA44wAAgOMAAIHjAADQ4wAA0uMAACDkAAAj5AAAcOQAAHPkAACQKw0AxeQAABDlAAAW5QAAYOUAAGflAACw5QAAuOUAAADmAAAO5gAAUOYAAFPmAACg5gAAqOYAAPDmAADz5gAAQOcAAEznAACQ5wAAmucAAOArDQDh5wAAIC8LAOLnAAAw6AAA4+cAALA7CgDq5wAAUDELAOvnAACwNwQA7+cAAMDjAQDw5wAA4PIJAAToAADgyAEAOegAAIDoAACK6AAA0OgAANvoAAAg6QAALOkAAHDpAAB96QAAwOkAAMrpAAAQ6gAAHuoAAGDqAABv6gAAsOoAALLqAAAA6wAACusAAFDrAABe6wAAoOsAAKXrAADw6wAA/esAAEDsAABQ7AAAkOwAAJLsAADg7AAA7uwAADDtAABB7QAAMCwNAIftAACALA0A2O0AANAsDQAp7gAAcO4AAHruAADA7gAAy+4AABDvAAAc7wAAYO8AAG3vAACw7wAAuu8AAADwAAAO8AAAUPAAAF/wAACg8AAAovAAAPDwAAD68AAAQPEAAE7xAACQ8QAAlfEAAODxAADt8QAAMPIAADjyAACA8gAAkPIAANDyAADS8gAAIPMAAC7zAABw8wAAgfMAACAtDQDH8wAAcC0NACn0AABg9AAAcfQAALD0AAC89AAAAPUAAAj1AADALQ0AVfUAAKD1AACo9QAA8PUAAPL1AABA9gAA9fUAANBWBgD/9QAAkCUEAEn2AACQ9gAAT/YAAECFCACa9gAA4PYAAOv2AAAw9wAAPPcAAID3AACN9wAA0PcAANr3AAAg+AAALvgAAHD4AAB/+AAAwPgAAML4AAAQ+QAAGvkAAGD5AABs+QAAsPkAALj5AAAQLg0AA/oAAFD6AABe+gAAoPoAAK36AADw+gAAB/sAAED7AABI+wAAkPsAAKb7AADg+wAA7PsAADD8AAA//AAAgPwAAIv8AADQ/AAA0vwAACD9AAAt/QAAcP0AAH79AADA/QAAw/0AABD+AAAm/gAAYP4AAGj+AACw/gAAwv4AAGAuDQAN/wAAUMMKAA//AABQ/wAAVf8AAKD/AACn/wAA8P8AAPz/AABAAAEATQABAJAAAQCSAAEA4AABAPYAAQAwAQEAPAEBAIABAQCfAQEA0AEBAOwBAQAgAgEAKAIBALAuDQByAgEAwAIBAMkCAQAQAwEAGgMBAGADAQBrAwEAsAMBALwDAQAABAEADQQBAFAEAQBaBAEAoAQBAK4EAQDwBAEA/wQBAEAFAQBCBQEAkAUBAJoFAQDgBQEA7gUBADAGAQA1BgEAgAYBAI0GAQDQBgEA4AYBACAHAQAiBwEAcAcBAH4HAQDABwEA0QcBAAAvDQAXCAEAUC8NAGIIAQBwdwQAZQgBALAIAQBpCAEAYK0BAGwIAQBQkAYAbggBANCIAQB0CAEAYPsDALcIAQDwYAkAvQgBAAAJAQAXCQEAUAkBAFUJAQCgCQEAowkBAPAJAQCqCQEA8DIFALwJAQDwPAUA9QkBAKA3BQD8CQEAQAoBAEYKAQDQFQEATwoBAJAKAQCZCgEA4AoBAOYKAQAwCwEAPgsBAIALAQCKCwEA0AsBAOQLAQAgDAEALAwBAHAMAQCDDAEAwAwBAM8MAQAQDQEAHA0BAGANAQBhDQEAsA0BALoNAQAADgEADg4BAFAOAQBVDgEAoA4BAK0OAQDwLw0AAw8BAEAPAQBPDwEAkA8BAJwPAQDgDwEA4Q8BADAQAQA6EAEAgBABAI4QAQDQEAEA1RABACARAQAtEQEA4DANAHIRAQDAEQEAyREBABASAQAaEgEAYBIBAGsSAQCwEgEAvBIBAAATAQANEwEAUBMBAFoTAQCgEwEArhMBAPATAQD/EwEAQBQBAEIUAQCQFAEAmhQBAOAUAQDuFAEAMBUBAD0VAQCAFQEAlxUBADAxDQDrFQEAIBYBACwWAQBwFgEAdhYBAMAWAQDMFgEAEBcBABYXAQBgFwEAZhcBALAXAQC1FwEAABgBAAYYAQCAMQ0AWRgBAKAYAQCqGAEA8BgBAPsYAQBAGQEATBkBAJAZAQCdGQEA4BkBAOoZAQAwGgEAPhoBAIAaAQCPGgEA0BoBANIaAQAgGwEAKhsBAHAbAQB+GwEAwBsBAMUbAQAQHAEAHRwBAGAcAQBoHAEAsBwBAMAcAQAAHQEAAh0BAFAdAQBeHQEAoB0BALEdAQBwMg0A9x0BAMAyDQBGHgEAkB4BAJweAQDgHgEA8B4BADAfAQA5HwEAgB8BAIMfAQDQHwEA3B8BACAgAQAnIAEAcCABAHggAQDAIAEA3iABABAhAQAYIQEAYCEBAHEhAQCwIQEAtSEBAAAiAQAXIgEAUCIBAF4iAQCgIgEArSIBAPAiAQD4IgEAQCMBAEQjAQCQIwEAkiMBAOAjAQDjIwEAMCQBADgkAQCAJAEAhiQBANAkAQDcJAEAICUBADAlAQBwJQEAeSUBAMAlAQDDJQEAECYBABwmAQBgJgEAZyYBABAzDQC5JgEAACcBAAMnAQBQJwEAXicBAKAnAQCtJwEA8CcBAAcoAQBAKAEASCgBAJAoAQCSKAEA4CgBAOkoAQAwKQEAOikBAIApAQCLKQEA0CkBANwpAQAgKgEALSoBAHAqAQB6KgEAwCoBAM4qAQAQKwEAHysBAGArAQBiKwEAsCsBALorAQAALAEADiwBAFAsAQBVLAEAoCwBAK0sAQDwLAEA+CwBAEAtAQBWLQEAkC0BAJwtAQDgLQEA7y0BADAuAQA7LgEAgC4BAIIuAQDQLgEA3S4BACAvAQAuLwEAcC8BAHMvAQDALwEA1i8BAGAzDQAYMAEAwO0BAB4wAQDAVgIAKDABAGAwAQBiMAEAsDABAMEwAQAAMQEAETEBAFAxAQBVMQEAoDEBAKQxAQDwMQEA/DEBAEAyAQBHMgEAkDIBAJgyAQDgMgEA/jIBADAzAQA4MwEAsDMNAIUzAQDQMwEA0TMBALBECwDfMwEAsFkKAOkzAQAgNAEAIjQBAHA0AQCJNAEAwDQBANE0AQAQNQEAHDUBAGA1AQBiNQEAsDUBALk1AQAANgEAvzUBAFA7AQAKNgEAUDYBAFs2AQCgNgEArDYBAPA2AQD9NgEAQDcBAEo3AQCQNwEAnjcBAOA3AQDvNwEAMDgBADI4AQCAOAEAijgBANA4AQDeOAEAIDkBACU5AQBwOQEAfTkBAMA5AQDMOQEAEDoBABY6AQBgOgEAZjoBALA6AQC1OgEAADsBAAY7AQAANA0AXzsBAKA7AQCsOwEA8DsBAPM7AQBAPAEAQzwBAJA8AQCXPAEA4DwBAOw8AQAwPQEAPT0BAIA9AQCOPQEA0D0BANw9AQAgPgEAJz4BAFA0DQB2PgEAwD4BAMY+AQAQPwEAFT8BAGA/AQBmPwEAoDQNALE/AQDQ2AEAuj8BAFDdCQC8PwEAkA0NAL4/AQCAXAoAvz8BAABAAQAMQAEAUEABAFFAAQCgQAEAXEABAIBrCgCqQAEA8EABAP5AAQBAQQEARUEBAJBBAQCdQQEA8DQNAOJBAQCwJwoA7kEBADAbCgADQgEAMEIBAFVCAQCAQgEApkIBANBCAQD3QgEAIEMBAERDAQBwQwEAeEMBAEA1DQDMQwEAEEQBABJEAQBgRAEAY0QBALBEAQC1RAEAAEUBAA1FAQBQRQEAbEUBAKBFAQCoRQEAkDUNAPlFAQBARgEA/UUBAKBPAQBDRgEAkEYBAJxGAQDgRgEA5kYBADBHAQA9RwEAgEcBAIJHAQDQRwEA5kcBACBIAQAsSAEAcEgBAHhIAQDgNQ0AxkgBABBJAQAYSQEAYEkBAGFJAQCwSQEAskkBAABKAQADSgEAUEoBAFNKAQAwNg0ApUoBAPBKAQD2SgEAQEsBAEdLAQCQSwEAmEsBAOBLAQDtSwEAMEwBADVMAQCATAEAikwBANBMAQDYTAEAIE0BACJNAQBwTQEAgU0BAMBNAQDRTQEAEE4BABVOAQBgTgEAZE4BALBOAQC8TgEAAE8BAAdPAQBQTwEAYk8BAIA2DQClTwEA8E8BAPhPAQBAUAEAQlABAJBQAQCfUAEA4FABAO9QAQAwUQEAPFEBAIBRAQCDUQEA0FEBANNRAQAgUgEAKFIBAHBSAQB6UgEAwFIBAMVSAQAQUwEAGFMBAGBTAQBqUwEAsFMBALtTAQAAVAEADlQBAFBUAQBTVAEAoFQBAKhUAQDwVAEAC1UBAEBVAQBLVQEAkFUBAJVVAQDgVQEA41UBADBWAQA6VgEAgFYBAJJWAQDQNg0A3lYBACBXAQAqVwEAcFcBAHtXAQDAVwEAyFcBABBYAQAWWAEAYFgBAGJYAQCwWAEAyVgBAABZAQAZWQEAUFkBAF5ZAQCgWQEAqlkBAPBZAQAGWgEAQFoBAF1aAQCQWgEAmFoBAOBaAQDwWgEAMFsBADJbAQCAWwEAjlsBANBbAQDhWwEAIDcNACdcAQBwNw0AcVwBAMBcAQDRXAEAEF0BABxdAQBgXQEAYl0BALBdAQCzXQEAAF4BAAxeAQBQXgEAWF4BABA4DQCrXgEA8F4BAPxeAQBAXwEAT18BAJBfAQCwXwEA4F8BAOhfAQAwYAEARGABAIBgAQCFYAEA0GABANlgAQAgYQEAJmEBAHBhAQB4YQEAwGEBAM9hAQAQYgEAFWIBAGBiAQBtYgEAsGIBAL1iAQAAYwEADGMBAFBjAQBfYwEAoGMBAKpjAQDwYwEA/mMBAEBkAQBFZAEAkGQBAJ1kAQDgZAEA6GQBADBlAQAzZQEAgGUBAIxlAQDQZQEA2mUBACBmAQAqZgEAcGYBAH5mAQDAZgEAzWYBABBnAQAnZwEAYGcBAGNnAQBgOA0As2cBAFBIAwC6ZwEAcOUEAL1nAQAAaAEAwGcBAHCZCgDBZwEAkGMCAMZnAQDwnQMAB2gBADAtAgAPaAEAYMsLABtoAQBQaAEAUmgBAKBoAQCxaAEA8GgBAP5oAQBAaQEAR2kBAJBpAQCSaQEA4GkBAJVpAQAASQIAmGkBACCEAQDvaQEAMGoBAD9qAQCAagEAjGoBANBqAQDTagEAIGsBACNrAQBwawEAkGsBAMBrAQDMawEAEGwBACRsAQBgbAEAbmwBALBsAQC3bAEAsDgNABdtAQBQbQEAUm0BAJD8CQBTbQEAoPsJAF1tAQCgbQEAom0BAPBtAQD6bQEAQG4BAAFuAQAAAAoASW4BAJBuAQCWbgEA4G4BAOxuAQAwbwEAN28BAIBvAQCFbwEA0G8BANxvAQAgcAEAI3ABAHBwAQB9cAEAwHABAMVwAQAQcQEAGnEBAGBxAQB2cQEAsHEBALJxAQAAcgEACnIBAFByAQBfcgEAoHIBAKtyAQAAOQ0A/HIBAEBzAQBNcwEAkHMBAJ5zAQDgcwEA7HMBADB0AQA3dAEAUDkNAIV0AQDQdAEAjHQBABB/DACOdAEA8KIDANJ0AQAgFAMA1XQBACAYCQDndAEAIHUBAC51AQBwdQEAfXUBAMB1AQDIdQEAEHYBABp2AQBwUgYAIHYBAGB2AQBidgEAsHYBAL52AQAAdwEAEXcBAKA5DQBXdwEA8DkNAKV3AQDwdwEA9ncBAEB4AQBIeAEAkHgBAJl4AQDgeAEA43gBADB5AQA8eQEAgHkBAIZ5AQDQeQEA2HkBACB6AQA/egEAkDoNAHJ6AQDAegEAznoBABB7AQAhewEA4DoNAGd7AQAwOw0AtXsBAAB8AQAGfAEAUHwBAFh8AQCgfAEAqXwBAPB8AQDzfAEAQH0BAEx9AQCQfQEAln0BANA7DQDifQEAMH4BADl+AQCAfgEAin4BANB+AQDbfgEAIH8BACx/AQBwfwEAfX8BAMB/AQDKfwEAEIABAB6AAQBggAEAb4ABALCAAQCygAEAAIEBAAqBAQBQgQEAXoEBAKCBAQClgQEA8IEBAP2BAQBAggEASIIBAJCCAQCgggEA4IIBAOKCAQAwgwEAPoMBAICDAQCRgwEAIDwNANeDAQBwPA0AKYQBAHCEAQBzhAEAwIQBAMyEAQAQhQEAFoUBAGCFAQBthQEAsIUBALKFAQAAhgEAFoYBAFCGAQBchgEAwDwNAKyGAQDwhgEA9oYBAECHAQBDhwEAkIcBAJ6HAQDghwEA5YcBADCIAQA9iAEAgIgBAIiIAQAQPQ0A3YgBACCJAQAuiQEAcIkBAIaJAQDAiQEAyYkBABCKAQAmigEAYIoBAGiKAQCwigEAs4oBAACLAQAJiwEAUIsBAFGLAQCgiwEAoYsBAPCLAQD1iwEAQIwBAEaMAQCQjAEAmowBAOCMAQDsjAEAMI0BADeNAQCAjQEAiI0BANCNAQDSjQEAII4BACGOAQBwjgEAfo4BAMCOAQDIjgEAEI8BACuPAQBgjwEAbI8BALCPAQC2jwEAAJABAAOQAQBQkAEAXpABAKCQAQClkAEA8JABAP2QAQBAkQEASJEBAJCRAQCekQEA4JEBAOORAQBgPQ0AM5IBAICSAQA0kgEA4A0IADySAQCQ/gcAPpIBAICSCwBDkgEAELwLAIOSAQDQkgEA4ZIBACCTAQA8kwEAcJMBAHiTAQCwPQ0A0ZMBABCUAQAYlAEAYJQBAGaUAQCwlAEAtZQBAACVAQAJlQEAUJUBAFqVAQCglQEArpUBAPCVAQD9lQEAQJYBAEyWAQCQlgEAk5YBAOCWAQD8lgEAAD4NADOXAQCAlwEARJcBAMCHAwCMlwEA0JcBANaXAQAgmAEAKpgBAFA+DQB1mAEAwJgBAM2YAQAQmQEAGJkBAIBFDQAcmQEAYJkBACCZAQCgnwEAZpkBALCZAQC2mQEAAJoBAAWaAQBQmgEAVpoBAKA+DQCqmgEAgP0JAK6aAQDwmgEAAZsBAPA+DQBHmwEAQD8NAJibAQCQPw0A7psBADCcAQA3nAEAgJwBAIicAQDQnAEA3ZwBACCdAQAlnQEAcJ0BAHqdAQDAnQEAyJ0BABCeAQAWngEAYJ4BAGKeAQCwngEAvp4BAACfAQADnwEAUJ8BAFyfAQDgPw0Aop8BAPCfAQD+nwEAQKABAFGgAQAwQA0Al6ABAIBADQDmoAEAMKEBADahAQCAoQEAhaEBANChAQDWoQEA0EANACKiAQBwogEALKIBAOCnBACLogEAwKIBAMKiAQAQowEAKqMBAGCjAQBtowEAoBEIAHGjAQCwowEAsqMBAACkAQANpAEAUKQBAGekAQCgpAEAuqQBAPCkAQDypAEAQKUBAEOlAQCQpQEAk6UBAOClAQDspQEAMKYBADamAQCApgEAiqYBACBBDQDVpgEAIKcBAC2nAQBwpwEAfKcBAMCnAQDGpwEAEKgBABaoAQBgqAEAZagBALCoAQC2qAEAcEENAAepAQBw6AsACakBAIBAAwANqQEAgHgCABGpAQBA+woAFqkBAFCpAQBRqQEAoKkBAGapAQDAEwQAoqkBAPCpAQCuqQEAkJACAPapAQBAqgEATqoBAJCqAQCTqgEA4KoBAOWqAQAwqwEAPasBAICrAQCQqwEA0KsBANKrAQAgrAEALqwBAHCsAQCBrAEAwEENAMasAQAQrQEAHK0BABBCDQBxrQEAsK0BALqtAQAArgEADq4BAFCuAQBRrgEAoK4BALGuAQDwrgEA/K4BAECvAQBQrwEAkK8BAJKvAQDgrwEA7q8BADCwAQBBsAEAYEINAIawAQDQsAEA3LABALBCDQAmsQEAcLEBAHaxAQDAsQEAxbEBABCyAQAWsgEAUEMNAGiyAQCwsgEAurIBALCtCwDJsgEAALMBAAmzAQBQswEAWrMBAKCzAQCoswEA8LMBAPSzAQBAtAEAQrQBAJC0AQCTtAEA4LQBAPy0AQCgQw0AQ7UBAIC1AQCBtQEA0LUBANy1AQAgtgEAL7YBAHC2AQB6tgEAwLYBAMy2AQAQtwEAF7cBAPBDDQBmtwEAkI0KAHO3AQCwtwEAv7cBAAC4AQAMuAEAULgBAFG4AQCguAEAqrgBAPC4AQD+uAEAQLkBAEW5AQCQuQEAnbkBAJBEDQDouQEAMLoBADy6AQCAugEAk7oBANC6AQDRugEAILsBACy7AQBwuwEAf7sBAMC7AQDKuwEAELwBABy8AQBgvAEAZ7wBAOBEDQDBvAEAAL0BAAy9AQBQvQEAYL0BAKC9AQCqvQEA8L0BAPi9AQBAvgEAa74BAJC+AQBsvgEA8MIBALu+AQDgvgEA6L4BADC/AQA2vwEAgL8BAI6/AQDQvwEA578BACDAAQArwAEAcMABAHrAAQDAwAEA6sABABDBAQAYwQEAYMEBAHDBAQCwwQEAssEBAADCAQAOwgEAUMIBAGHCAQDQRQ0Ap8IBACBGDQAbwwEAQMMBAEjDAQCQwwEAlsMBAODDAQDuwwEAMMQBAEfEAQCAxAEAi8QBANDEAQDaxAEAIMUBAErFAQBwxQEAeMUBAMDFAQDQxQEAEMYBABLGAQBgxgEAbsYBALDGAQDBxgEAcEYNAAfHAQDARg0AUscBAKDHAQCuxwEA8McBAAHIAQAQRw0AR8gBAGBHDQCYyAEAsEcNAOjIAQAASA0AMskBAIDJAQCOyQEA0MkBAOHJAQBQSA0AJsoBAHDKAQB8ygEAoEgNAMnKAQAQywEAHcsBAGDLAQBuywEAsMsBALrLAQAAzAEAGswBAFDMAQBTzAEAoMwBAKfMAQDwzAEAEM0BAEDNAQBazQEA8EgNAJ3NAQDgzQEAoc0BAGAgAgCmzQEA4HICAO7NAQAwzgEAOs4BAIDOAQCazgEA0M4BAODOAQAgzwEAJs8BAHDPAQByzwEAwM8BANbPAQAQ0AEAHNABAGDQAQBk0AEAsNABALXQAQAA0QEABtEBAFDRAQBw0QEAoNEBALrRAQDw0QEA8tEBAEDSAQBD0gEAkNIBAJPSAQDg0gEA7NIBADDTAQA20wEAgNMBAIrTAQBASQ0A1dMBACDUAQAt1AEAcNQBAHzUAQDA1AEA09QBABDVAQAf1QEAYNUBAGzVAQCw1QEAsdUBAADWAQAK1gEAUNYBAF7WAQCg1gEApdYBAPDWAQD91gEAkEkNAEHXAQCQJAoAQtcBAJA4CgBD1wEAUGQKAEbXAQAw0gcAR9cBAOApCgBK1wEAwAcLAEvXAQCQLgoATNcBAKBMCQBN1wEAUNMJAE7XAQBQpgkAT9cBAKBvBABQ1wEAkNcBAFjXAQDwTA4AWtcBAHB1CwBc1wEA4GMMAGPXAQBAfQsAa9cBAFCBCwB+1wEAgAsLAJLXAQDg1wEA7tcBADDYAQBB2AEA4EkNAIfYAQAwSg0A3NgBACDZAQAv2QEAcNkBAHrZAQDA2QEAzNkBABDaAQDj2QEAMD0LABfaAQDQSg0AYtoBALDaAQDB2gEAANsBAAnbAQBQ2wEAXNsBAKDbAQCj2wEA8NsBAPjbAQBA3AEAStwBAJDcAQCV3AEA4NwBAOjcAQAw3QEASd0BAIDdAQCM3QEA0N0BANjdAQBwSw0AKN4BAMBLDQBz3gEAwN4BAMPeAQAQ3wEAHN8BAGDfAQBm3wEAsN8BALrfAQAQTA0ABeABAFDgAQBd4AEAoOABAKjgAQBgTA0A9uABAEDhAQBG4QEAkOEBAJXhAQDg4QEA5uEBALBMDQA44gEAAE0NAILiAQAw/ggAheIBANDiAQCM4gEAALsIANriAQAg4wEA3+IBAKDRBgAo4wEAIJQKADzjAQBw4wEAeOMBAFBNDQDF4wEAEOQBACbkAQBg5AEAYeQBALDkAQCy5AEAAOUBAAblAQBQ5QEAXOUBAKDlAQCn5QEA8OUBAPjlAQBA5gEASeYBAJDmAQCT5gEA4OYBAO7mAQAw5wEAPecBAIDnAQCX5wEA0OcBANjnAQAg6AEALOgBABDpAQBL6AEAcOgBAJvoAQDA6AEA5OgBAKBNDQAt6QEAYOkBAGnpAQBQ6gEAcekBALDpAQDe6QEAAOoBACTqAQDwTQ0AUuoBAKDqAQCx6gEA8OoBAB7rAQBA6wEAZOsBAEBODQCW6wEAIHEFAJnrAQDg6wEAnOsBADDxCwDq6wEAMOwBAO3rAQCgeAUA7usBAPCuCwA47AEAgOwBAITsAQDQ7AEA0uwBACDtAQAj7QEAcO0BAIztAQCQTg0Axe0BADARCgDK7QEAIIAKAMztAQAQ7gEA0O0BADBECQAt7gEAYO4BAGnuAQCw7gEAsu4BAADvAQAR7wEA4E4NAFXvAQCg7wEAqe8BAPDvAQAB8AEAQPABAEfwAQCQ8AEAmPABAODwAQCq8AEA0A8CAO3wAQCA8QEA7/ABAMDyAQD58AEAMPEBADzxAQAwTw0AhfEBANDxAQDa8QEAIPIBACjyAQCATw0AfPIBANBPDQDF8gEAEPMBAB3zAQBg8wEAavMBALDzAQCy8wEAAPQBAA70AQBQ9AEAXfQBACBQDQCl9AEA8PQBAP30AQBA9QEASvUBAJD1AQCS9QEA4PUBAO71AQAw9gEAPfYBAHBQDQCN9gEA0PYBANr2AQDAUA0AKPcBAHD3AQBy9wEA0M4LAIf3AQDA9wEAxfcBABD4AQAa+AEAYPgBAGj4AQAQUQ0AuvgBAAD5AQAM+QEAUPkBAFP5AQCg+QEAqvkBAPD5AQAK+gEAQPoBAFf6AQCQ+gEAlfoBAOD6AQD8+gEAYFENADr7AQCA+wEAQfsBAPCuBgCM+wEA0PsBANP7AQAg/AEAKvwBAHD8AQCK/AEAwPwBAMb8AQAQ/QEAEv0BAGD9AQBu/QEAsP0BALP9AQAA/gEADP4BAFD+AQBT/gEAoP4BAMP+AQCwUQ0A8v4BAED/AQBO/wEAkP8BAJP/AQDg/wEA7P8BADAAAgAzAAIAAFINAIsAAgDQAAIA1gACACABAgAlAQIAcAECAHQBAgDAAQIAwwECAFBSDQARAgIAQOwKABMCAgCgUwwAFgICAGACAgAZAgIAwEwMABoCAgDABgIAHAICAKA6DAAeAgIAcDMMAB8CAgDgQAwAIAICAGBcDAAnAgIAkBAKACoCAgAgdQsAbAICALACAgDZAgIAAAMCAAwDAgBQAwIAXwMCAKADAgCqAwIA8AMCAPMDAgBABAIAWgQCAJAEAgCaBAIA4AQCAOUEAgAwBQIAOgUCAIAFAgCLBQIA0AUCANYFAgAgBgIAJQYCAHAGAgB0BgIAoFINAMUGAgAQBwIAzgYCAHBHDAAaBwIAYAcCAGsHAgCwBwIAtgcCAAAIAgAFCAIAUAgCAFQIAgDwUg0ApwgCAAA7CwCoCAIAUIcKAKoIAgBwwAsAuggCAPAIAgD6CAIAQAkCAEsJAgCQCQIAlgkCAOAJAgDlCQIAMAoCADQKAgCACgIAowoCAEBTDQDSCgIAIAsCANMKAgCg8QkA1QoCAACjBwDZCgIA8JwJANwKAgCQEwIA3goCAICCDAAtCwIAwDgCAC4LAgBwCwIAcwsCAMALAgDMCwIAEAwCACgMAgBgDAIAbAwCALAMAgC2DAIAAA0CAAYNAgBQDQIAVQ0CAKANAgCmDQIAkFMNAPoNAgBADgIASw4CAJAOAgCWDgIA4A4CAOUOAgAwDwIANA8CAIAPAgCDDwIA4FMNANoPAgAgEAIAKxACAHAQAgB2EAIAwBACAMUQAgAQEQIAFBECADBUDQBhEQIAsBECALwRAgAAEgIADBICAFASAgBWEgIAoBICAKYSAgDwEgIA9RICAEATAgBGEwIAgFQNAJITAgDQigQAlxMCANCZBACfEwIAUE4CAKATAgDgEwIA7BMCADAUAgA2FAIAgBQCAIwUAgDQFAIA3RQCACAVAgAvFQIAcBUCAHwVAgDAFQIAzBUCABAWAgAWFgIAYBYCAGYWAgCwFgIAtRYCAAAXAgAGFwIA0FQNAFoXAgCQ+gYAZhcCAKAXAgBpFwIAENkHAKwXAgDwFwIA+BcCABD7DQD8FwIAQBgCAEYYAgCQGAIAlhgCAOAYAgDlGAIAMBkCADYZAgAgVQ0AiBkCALBLDgCKGQIA0BkCANYZAgAgGgIA3BkCANDNAgAuGgIAcBoCAIkaAgDAGgIAyRoCABAbAgAaGwIAYBsCAGwbAgCwGwIAvBsCAAAcAgAGHAIAUBwCAFYcAgCgHAIApRwCAPAcAgD2HAIAcFUNAEwdAgCQHQIAmh0CAOAdAgDrHQIAMB4CADUeAgCAHgIAhx4CANAeAgDcHgIAIB8CACYfAgBwHwIAdh8CAMAfAgDFHwIAECACABYgAgDAVQ0AcSACALAgAgCxIAIAACECALYgAgCwJQIABSECAFAhAgBeIQIAoCECAK0hAgDwIQIA+iECAEAiAgBMIgIAkCICAJYiAgDgIgIA7CICADAjAgBDIwIAgCMCAI8jAgDQIwIA3CMCACAkAgAhJAIAcCQCAHokAgDAJAIAziQCABAlAgAVJQIAYCUCAG0lAgAQVg0AvCUCAAAmAgAQJgIAUCYCAFwmAgCgJgIApiYCAPAmAgD8JgIAQCcCAE0nAgCQJwIAnycCAOAnAgDsJwIAMCgCADwoAgCAKAIAkygCANAoAgDfKAIAICkCACwpAgBwKQIAcSkCAMApAgDKKQIAECoCAB4qAgBgKgIAZSoCALAqAgC9KgIAYFYNAAIrAgCwlQUADCsCAFArAgANKwIAoHAIAA4rAgAwAgoAZCsCAKArAgCsKwIA8CsCAPYrAgBALAIARiwCAJAsAgCVLAIA4CwCAOYsAgCwVg0APC0CAIAtAgCNLQIAIIgCAJMtAgDQLQIA1S0CAGA+AgDYLQIAgMgCANwtAgAgLgIAJi4CAHAuAgB2LgIAwC4CAMUuAgAQLwIAFi8CAABXDQBsLwIAsC8CALYvAgAAMAIABTACAFAwAgBXMAIAoDACAK4wAgDwMAIACzECAEAxAgBOMQIAkDECAJMxAgDgMQIA7jECADAyAgA1MgIAgDICAI0yAgDQMgIA3DICACAzAgAmMwIAcDMCAHYzAgDAMwIAxTMCABA0AgAWNAIAUFcNAGU0AgCwNAIAuTQCAAA1AgANNQIAUDUCAFc1AgCgNQIAsTUCAPA1AgD1NQIAQDYCAE82AgCQNgIAkjYCAOA2AgDxNgIAMDcCADw3AgCANwIAhjcCANA3AgDWNwIAIDgCACU4AgBwOAIAdjgCAKBXDQDXOAIAEDkCABw5AgBgOQIAbDkCALA5AgC2OQIAADoCAAY6AgBQOgIAVToCAKA6AgCmOgIA8FcNAPY6AgBwagIABzsCAEA7AgBJOwIAkDsCAKY7AgDgOwIA7DsCADA8AgA9PAIAgDwCAIo8AgDQPAIA3DwCACA9AgAmPQIAcD0CAHY9AgDAPQIAxT0CABA+AgAWPgIAQFgNAGk+AgCwPgIAuj4CAAA/AgAFPwIAUD8CAGA/AgCgPwIAuT8CAPA/AgD1PwIAQEACAElAAgCQQAIAnUACAOBAAgDnQAIAMEECADNBAgCAQQIAjEECANBBAgDjQQIAIEICAC9CAgBwQgIAfEICAMBCAgDBQgIAEEMCABpDAgBgQwIAbkMCALBDAgC1QwIAAEQCAA1EAgCQWA0AU0QCAKBEAgCjRAIA8EQCAP1EAgAQvgkA/0QCAEBFAgBCRQIAkEUCAJNFAgDgRQIA6kUCADBGAgA8RgIAgEYCAJNGAgDQRgIA30YCACBHAgAsRwIAcEcCAHFHAgDARwIAykcCABBIAgAeSAIAYEgCAGVIAgCwSAIAvUgCAOBYDQABSQIAUEkCAFxJAgCgSQIApkkCAPBJAgDySQIAQEoCAEpKAgCQSgIAnkoCAOBKAgDlSgIAMEsCAD1LAgCASwIAjEsCANBLAgDjSwIAIEwCAC9MAgBwTAIAfEwCAMBMAgDBTAIAEE0CABpNAgBgTQIAbk0CALBNAgC1TQIAAE4CAA1OAgAwWQ0AWU4CAKBOAgBcTgIAgI4KAKZOAgDwTgIA804CAEBPAgBOTwIAkE8CAJVPAgDgTwIA7U8CADBQAgA8UAIAgFACAIZQAgDQUAIA1lACACBRAgAlUQIAcFECAHZRAgCAWQ0AwlECABBSAgDHUQIAUB0LAB9SAgBgUgIAgFICALBSAgC1UgIAAFMCABtTAgBQUwIAXFMCAKBTAgCmUwIA8FMCAABUAgBAVAIAUVQCAJBUAgCVVAIA4FQCAORUAgAwVQIAPFUCAIBVAgCGVQIA0FUCANZVAgAgVgIAJVYCAHBWAgB2VgIA0FkNANZWAgAQVwIAEVcCAGBXAgBxVwIAsFcCALxXAgAAWAIAFlgCAFBYAgBcWAIAoFgCAK1YAgDwWAIA+lgCAEBZAgBMWQIAkFkCAJdZAgDgWQIA7FkCADBaAgA2WgIAgFoCAIZaAgDQWgIA1VoCACBbAgAmWwIAIFoNAHJbAgAg9wsAeVsCAMBbAgDBWwIAEFwCABFcAgBgXAIAZVwCALBcAgC2XAIAAF0CAApdAgBQXQIAXF0CAKBdAgCnXQIA8F0CAPVdAgBAXgIAQV4CAJBeAgCcXgIA4F4CAOZeAgAwXwIAMl8CAIBfAgCKXwIA0F8CAN5fAgAgYAIAJWACAHBgAgB9YAIAwGACAMxgAgAQYQIAI2ECAGBhAgBvYQIAsGECALxhAgAAYgIAAWICAFBiAgBaYgIAoGICAK5iAgDwYgIA9WICAEBjAgBNYwIAcFoNAKFjAgDgYwIA7GMCADBkAgBHZAIAgGQCAIJkAgDQZAIA4WQCACBlAgAiZQIAcGUCAHZlAgDAZQIA12UCABBmAgAZZgIAYGYCAHZmAgCwZgIAvGYCAABnAgANZwIAUGcCAFpnAgCgZwIArGcCAPBnAgADaAIAQGgCAE9oAgCQaAIAnGgCAOBoAgDhaAIAMGkCADppAgCAaQIAjmkCANBpAgDVaQIAIGoCAC1qAgDAWg0AcmoCAMBqAgDUagIAEGsCAB5rAgBgawIAbWsCALBrAgC3awIAAGwCAAxsAgBQbAIAY2wCAKBsAgClbAIA8GwCAPlsAgBAbQIASm0CAJBtAgCVbQIA4G0CAPBtAgAwbgIASW4CAIBuAgCFbgIA0G4CANluAgAgbwIALW8CAHBvAgB3bwIAwG8CAMNvAgAQcAIAHHACAGBwAgBzcAIAsHACAL9wAgAAcQIADHECAFBxAgBRcQIAoHECAKpxAgDwcQIA/nECAEByAgBFcgIAkHICAJ1yAgAQWw0A+XICADBzAgA8cwIAgHMCAIZzAgDQcwIA4HMCACB0AgAldAIAcHQCAHZ0AgDAdAIA1nQCABB1AgASdQIAYHUCAGp1AgCwdQIAvHUCAAB2AgATdgIAUHYCAF92AgCgdgIArHYCAPB2AgDxdgIAQHcCAEp3AgCQdwIAnncCAOB3AgDldwIAMHgCAD14AgBgWw0Ag3gCAAAOCwCKeAIAcBUMAIx4AgCgLwgAjXgCAKAqAwCPeAIA0HgCANl4AgAgeQIAJnkCAHB5AgB2eQIAwHkCAMx5AgAQegIAHXoCAGB6AgBqegIAsHoCAMZ6AgAAewIABXsCAFB7AgBXewIAoHsCAK57AgDwewIAAHwCAEB8AgBOfAIAkHwCAJ98AgDgfAIA4nwCADB9AgA6fQIAgH0CAI59AgDQfQIA1X0CACB+AgAtfgIAcH4CAHx+AgDAfgIA034CABB/AgAffwIAYH8CAGx/AgCwfwIAsX8CAACAAgAKgAIAUIACAF6AAgCggAIApYACAPCAAgD9gAIAsFsNAEKBAgCQgQIATIECANAnCAChgQIA4IECAOmBAgAwggIAPIICAICCAgCMggIA0IICANaCAgAggwIAJoMCAHCDAgB1gwIAwIMCAMaDAgAAXA0AFoQCAFBcDQBshAIAoFwNALOEAgBAXQ0AA4UCAJBdDQAFhQIA0NYDAFOFAgBw9AkAXYUCAKCFAgCqhQIA8IUCAPKFAgBAhgIAU4YCAJCGAgCchgIA4IYCAOaGAgAwhwIANocCAICHAgCFhwIA0IcCANaHAgDgXQ0AKogCAHCIAgByiAIAwIgCAMqIAgAQiQIAHokCAGCJAgBliQIAsIkCAL2JAgAAigIADIoCAFCKAgBWigIAoIoCAKaKAgDwigIA9YoCAECLAgBGiwIAMF4NAJmLAgBAhgwAnYsCAOCLAgChiwIA0NUJAO2LAgAwjAIA/4sCAFD3AwA1jAIAgIwCAIqMAgDQjAIA2IwCACCNAgDnjAIAoCsMACaNAgBAtQoALo0CAJDdCgAvjQIAMC0HADCNAgBwjQIAMY0CABCgCQB+jQIAwI0CAM2NAgAQjgIAF44CAGCOAgBojgIAsI4CALGOAgCQcAkAs44CAACPAgDGjgIAsG4JABSPAgBQjwIAZo8CAKCPAgC5jwIA8I8CAPWPAgBAkAIAUZACAIBeDQChkAIA4JACAOKQAgAwkQIAOpECAICRAgCOkQIA0JECANWRAgAgkgIALZICAHCSAgB4kgIAwJICAMySAgAQkwIA0JICAFCUAgAWkwIAYJMCAGaTAgCwkwIAtZMCAACUAgAGlAIA0F4NAFKUAgCglAIArpQCAPCUAgABlQIAIF8NAEeVAgBwXw0AmJUCAOCVAgDulQIAMJYCAO+VAgAwmwIAPZYCAICWAgCPlgIA0JYCANWWAgAglwIANpcCAHCXAgBxlwIAwJcCAMKXAgAQmAIAGpgCAGCYAgBumAIAsJgCAMmYAgAAmQIAEZkCAFCZAgBcmQIAoJkCAKiZAgBgYA0ABJoCAECaAgBBmgIAkJoCAJyaAgDgmgIA45oCALBgDQAymwIAgJsCAI2bAgDQmwIA3ZsCACCcAgAlnAIAcJwCAHqcAgDAnAIAyJwCABCdAgAgnQIAYJ0CAG6dAgCwnQIAvZ0CAACeAgAHngIAUJ4CAFieAgCgngIAo54CAPCeAgAEnwIAQJ8CAFafAgCQnwIAqZ8CAOCfAgDlnwIAMKACAEGgAgAAYQ0AiKACAFBhDQCMoAIAkD8IAJygAgBgoA4A3aACACChAgAnoQIAcKECAHyhAgDAoQIA0KECABCiAgAeogIAYKICAG2iAgCwogIAvKICAACjAgAHowIAoGENAFKjAgCgowIAVaMCAMCCAwCtowIA8KMCAP2jAgBApAIARaQCAJCkAgCapAIA4KQCAOikAgAwpQIAOaUCAIClAgCDpQIA0KUCANylAgDwYQ0AJaYCAHCmAgAspgIAMNEIAHWmAgDApgIAyKYCABCnAgAmpwIAYKcCAGKnAgCwpwIAvacCAACoAgAUqAIAQGINAFWoAgCgqAIAqKgCAGDJCACqqAIA8KgCAPioAgBAqQIATKkCAJCpAgCdqQIA4KkCAOWpAgAwqgIAOaoCAICqAgCXqgIA0KoCANuqAgCQYg0ALqsCAHCrAgBzqwIAwKsCAMOrAgAQrAIAHqwCAGCsAgBtrAIAsKwCAMesAgAArQIACK0CAFCtAgBWrQIAoK0CAKytAgDwrQIA+q0CAECuAgBJrgIAkK4CAJauAgDgrgIA7a4CAOBiDQA8rwIAgK8CAD6vAgCQ1QgAj68CANCvAgDhrwIAILACACKwAgBwsAIAdrACAMCwAgDMsAIAELECABexAgBgsQIAaLECALCxAgCysQIAALICAA2yAgBQsgIAV7ICAKCyAgCosgIA8LICAP2yAgBAswIARbMCAJCzAgCaswIA4LMCAOizAgAwtAIAObQCAIC0AgCDtAIA0LQCANy0AgAgtQIAJ7UCADBjDQB9tQIAwLUCAIa1AgBwugIAprUCAKDZCADbtQIAELYCABK2AgBgtgIAcbYCALC2AgC+tgIAALcCAAe3AgBQtwIAWLcCAKC3AgCltwIA8LcCAPG3AgBAuAIATLgCAJC4AgCWuAIA4LgCAOK4AgAwuQIAOrkCAIC5AgCOuQIA0LkCANW5AgAgugIALboCAIBjDQBxugIAwLoCAMW6AgAQuwIAFrsCAGC7AgBquwIAsLsCALy7AgAAvAIAB7wCAFC8AgBYvAIAoLwCAKK8AgDwvAIA/bwCAEC9AgBHvQIAkL0CAJi9AgDgvQIA7b0CADC+AgA1vgIAgL4CAIq+AgDQvgIA2L4CACC/AgApvwIAcL8CAHO/AgDAvwIAzL8CABDAAgAXwAIA0GMNAGzAAgAwzAgAdMACALDAAgC9wAIAAMECAArBAgBQwQIAUsECAKDBAgCzwQIA8MECAPjBAgBAwgIATMICAJDCAgCWwgIA4MICAObCAgAwwwIANcMCAIDDAgCGwwIAIGQNAN7DAgAgxAIAL8QCAHDEAgCMxAIAwMQCAJDEAgCg7gIAyMQCAHBkDQAZxQIAYMUCAG3FAgCwxQIAusUCAADGAgAOxgIAUMYCAGbGAgCgxgIArMYCAPDGAgD4xgIAwGQNAEbHAgCQxwIAlscCAODHAgDlxwIAMMgCADbIAgAQZQ0AhcgCANDIAgDZyAIAIMkCACrJAgBwyQIAeMkCAMDJAgDFyQIAEMoCACDKAgBgygIAaMoCALDKAgC2ygIAkMwCAMnKAgAAywIABcsCAFDLAgBZywIAoMsCAK3LAgDwywIA98sCAEDMAgBDzAIAYGUNAJLMAgDgzAIA7cwCADDNAgBHzQIAgM0CAIzNAgCwZQ0A5s0CACDOAgAhzgIAcM4CAHrOAgDAzgIAyM4CABDPAgAazwIAYM8CAGXPAgCwzwIAuM8CAADQAgAC0AIAUNACAAPQAgBQ1QIAB9ACAHDiAgAW0AIA4NsCAFfQAgCg0AIAp9ACAPDQAgD40AIAQNECAETRAgCQ0QIAntECAODRAgDq0QIAMNICADvSAgCA0gIAiNICANDSAgDV0gIAINMCADvTAgBw0wIAfNMCAMDTAgDG0wIAENQCACDUAgBg1AIAcdQCALDUAgC11AIAANUCAATVAgAAZg0AWdUCAKDVAgC51QIA8NUCAPrVAgBA1gIARtYCAJDWAgCS1gIA4NYCAO/WAgAw1wIAOtcCAIDXAgCI1wIA0NcCANTXAgAg2AIALtgCAHDYAgB62AIAwNgCAMvYAgAQ2QIAGNkCAGDZAgBl2QIAsNkCAMvZAgAA2gIADNoCAFDaAgBW2gIAoNoCALDaAgDw2gIAAdsCAEDbAgBF2wIAkNsCAJTbAgBQZg0A6dsCADDcAgBB3AIAgNwCAIrcAgDQ3AIA3twCACDdAgAh3QIAcN0CAIHdAgDA3QIA1N0CABDeAgAY3gIAYN4CAGTeAgCw3gIAvt4CAADfAgAK3wIAUN8CAFvfAgCg3wIAqN8CAPDfAgD13wIAQOACAFvgAgCQ4AIAnOACAODgAgDm4AIAMOECAEDhAgCA4QIAkeECANDhAgDV4QIAIOICACTiAgCgZg0AfuICAMDiAgDb4gIAEOMCAB7jAgBg4wIAZ+MCALDjAgC84wIAAOQCAAjkAgDwZg0AXuQCAKDkAgCq5AIA8OQCAPvkAgBA5QIASOUCAJDlAgCV5QIA4OUCAPvlAgAw5gIAPOYCAIDmAgCG5gIA0OYCAODmAgAg5wIAMecCAHDnAgB15wIAwOcCAMTnAgBAZw0AIegCAGDoAgBo6AIAsOgCALHoAgAA6QIABekCAFDpAgBe6QIAoOkCAK3pAgDw6QIA+ukCAEDqAgBM6gIAkOoCAJbqAgDg6gIA6OoCADDrAgA36wIAgOsCAIzrAgDQ6wIA1usCACDsAgAs7AIAcOwCAIDsAgDA7AIAzOwCABDtAgAW7QIAYO0CAGztAgCw7QIAve0CAADuAgAP7gIAUO4CAFzuAgCQZw0ArO4CAPDuAgD37gIAQO8CAEjvAgCQ7wIAku8CAODvAgDq7wIAMPACADjwAgDgZw0AjvACAKD9AgCP8AIA0PACANLwAgAg8QIAMfECAHDxAgCB8QIAwPECAMzxAgAQ8gIAF/ICAGDyAgBo8gIAsPICANryAgAA8wIABfMCAFDzAgBR8wIAoPMCAKrzAgDw8wIA/vMCAED0AgBF9AIAkPQCAJ30AgDg9AIA/PQCADD1AgBM9QIAMGgNAI31AgDQ9QIA1PUCACD2AgAm9gIAcPYCAHL2AgDA9gIAwfYCABD3AgAz9wIAYPcCAIT3AgCw9wIA2vcCAAD4AgAI+AIAUPgCAFX4AgCg+AIArfgCAPD4AgD4+AIAQPkCAEL5AgCQ+QIAmPkCAOD5AgAK+gIAMPoCAD36AgCA+gIAhfoCAND6AgDd+gIAIPsCACz7AgBw+wIAmvsCAMD7AgDI+wIAEPwCACv8AgBg/AIAYvwCALD8AgDB/AIAAP0CAAn9AgBQ/QIAXP0CAIBoDQCt/QIA8P0CAPf9AgBA/gIATP4CAJD+AgCj/gIA4P4CAOj+AgAw/wIANf8CAID/AgCJ/wIA0P8CANr/AgAgAAMAKAADAHAAAwB1AAMAwAADANAAAwAQAQMAGAEDAGABAwB5AQMAsAEDALUBAwAAAgMACQIDAFACAwBdAgMAoAIDAKcCAwDwAgMA8wIDANBoDQBCAwMAkAMDAJoDAwDgAwMA4gMDADAEAwBJBAMAgAQDAIIEAwDQBAMA0wQDACAFAwAsBQMAcAUDAHgFAwAgaQ0A1AUDABAGAwATBgMAYAYDAGoGAwCwBgMAvAYDAAAHAwAWBwMAUAcDAFgHAwCgBwMArgcDAPAHAwDzBwMAQAgDAEgIAwCQCAMAkwgDAOAIAwCeCAMAcA8DAOoIAwAwCQMA6wgDAAAMAwAyCQMAgAkDAIYJAwDQCQMA2gkDACAKAwAuCgMAcAoDAH0KAwDACgMA1woDABALAwAYCwMAYAsDAGkLAwCwCwMAsQsDAHBpDQAJDAMAUAwDAFoMAwCgDAMAqgwDAPAMAwD+DAMAQA0DAE0NAwCQDQMApw0DAOANAwDoDQMAMA4DADcOAwCADgMAhQ4DANAOAwDUDgMAIA8DAC0PAwDAaQ0AfQ8DAMAPAwDIDwMAEBADABYQAwBgEAMAbBADALAQAwC/EAMAABEDAAURAwBQEQMAaxEDAKARAwCsEQMA8BEDAPYRAwBAEgMAVBIDAJASAwCYEgMA4BIDAPYSAwAwEwMANRMDAIATAwCHEwMA0BMDANwTAwAQag0AJxQDAHAUAwB+FAMAwBQDAM0UAwAQFQMAJxUDAGAVAwBoFQMAsBUDALYVAwAAFgMADBYDAFAWAwBXFgMAoBYDAK4WAwDwFgMA8xYDAEAXAwBIFwMAkBcDAJ4XAwDgFwMA4xcDADAYAwA4GAMAgBgDAJEYAwDQGAMA1RgDACAZAwAiGQMAcBkDAHcZAwDAGQMAzhkDABAaAwAdGgMAYBoDAHcaAwCwGgMAuBoDAAAbAwAKGwMAUBsDAFsbAwCgGwMArBsDAPAbAwD4GwMAYGoNAEIcAwCQHAMAmhwDAOAcAwDiHAMAMB0DADMdAwCAHQMAjB0DANAdAwDaHQMAIB4DACgeAwBwHgMAfh4DAMAeAwDNHgMAEB8DABgfAwBgHwMAdh8DALAfAwC8HwMAACADABYgAwBQIAMAVSADAKAgAwCmIAMA8CADAAQhAwCwag0AQyEDAJAhAwCYIQMA4CEDAO4hAwAwIgMA9iEDAEC+BgA9IgMAgCIDAIgiAwDQIgMA2iIDACAjAwArIwMAcCMDAHwjAwDAIwMAyCMDAABrDQAWJAMAYCQDAGUkAwCwJAMAvyQDAAAlAwAMJQMAUCUDAFMlAwCgJQMAoyUDAPAlAwD4JQMAQCYDAEUmAwCQJgMAoCYDAOAmAwDoJgMAMCcDADMnAwCAJwMAiicDANAnAwDSJwMAICgDACYoAwBwKAMAeigDAMAoAwDOKAMAECkDAB0pAwBgKQMAdykDALApAwC4KQMAACoDAAkqAwBQKgMAUSoDAFBrDQCsKgMA8CoDAPMqAwCwMwgA/yoDAEArAwADKwMAYCQIAEorAwCQKwMAmCsDANCaAwCcKwMA8BIMAJ4rAwDgKwMArCsDAFAhBwDlKwMAMCwDAO0rAwAQbgQAPSwDAIAsAwCDLAMAwJsIAIYsAwBw+wcAiCwDANAsAwCKLAMAsCIFAIwsAwCABwUA1iwDAFCCBQDaLAMAIC0DAN4sAwDQYwgAJS0DAHAtAwAsLQMA4MYDAHgtAwDALQMAwy0DABAuAwAcLgMAYC4DAGYuAwCwLgMAyy4DAAAvAwAMLwMAUC8DAFYvAwCgLwMAqC8DAPAvAwDyLwMAQDADAPUvAwDgMAMASjADAJAwAwCYMAMAoGsNAO0wAwAwMQMAODEDAIAxAwCDMQMA0DEDANUxAwAgMgMALzIDAHAyAwCQMgMAwDIDAMwyAwAQMwMAGjMDAGAzAwBoMwMAsDMDAMIzAwBAbA0ACjQDAFA0AwBeNAMAoDQDAK00AwDwNAMABzUDAEA1AwBINQMAkDUDAJ81AwDgNQMA5TUDADA2AwA9NgMAgDYDAI02AwDQNgMA3DYDACA3AwAvNwMAcDcDAHo3AwDANwMAzjcDABA4AwAVOAMAYDgDAG04AwCwOAMAszgDAAA5AwAIOQMAUDkDAFU5AwCgOQMArTkDAPA5AwD4OQMAQDoDAEk6AwCQOgMAnToDAOA6AwDuOgMAMDsDAEM7AwCAOwMAiDsDANA7AwDXOwMAIDwDACU8AwBwPAMAhjwDAMA8AwDCPAMAED0DAB49AwBgPQMAbT0DALA9AwC4PQMAAD4DAAM+AwBQPgMAVT4DAKA+AwCvPgMA8D4DABA/AwBAPwMATD8DAJA/AwCaPwMA4D8DAOg/AwAwQAMAQkADAJBsDQCRQAMA0EADANdAAwAgQQMAKEEDAHBBAwB9QQMAwEEDAMVBAwAQQgMAGkIDAGBCAwBoQgMAsEIDALJCAwBgqwgAukIDAMDDCAC/QgMAAEMDAMBCAwDQfQcABUMDAFBDAwBdQwMAoEMDAK1DAwDwQwMA/EMDAEBEAwBPRAMAkEQDAJpEAwDgRAMA6EQDADBFAwA6RQMAgEUDAIVFAwDQRQMA2EUDAOBsDQAsRgMAcEYDAHZGAwDARgMA20YDABBHAwAcRwMAYEcDAGZHAwCwRwMAzEcDAABIAwAISAMAMG0NAFhIAwCgSAMAqkgDAPBIAwD7SAMAQEkDAExJAwCQSQMAmEkDAIBtDQDsSQMAMEoDADZKAwCASgMAm0oDANBKAwDcSgMAIEsDACZLAwBwSwMAeEsDAMBLAwDGSwMAEEwDABlMAwBgTAMAbUwDALBMAwC9TAMAAE0DAA5NAwBQTQMAXU0DAKBNAwC3TQMA8E0DAPhNAwBATgMARU4DAJBOAwBRTgMAcFADAJ1OAwDgTgMA6E4DADBPAwA7TwMAgE8DAIVPAwDQTwMA008DACBQAwAqUAMA0G0NAHVQAwDAUAMAz1ADABBRAwASUQMAYFEDAHFRAwCwUQMAwVEDAABSAwAUUgMAIG4NAGFSAwCgUgMAo1IDAPBSAwCoUgMAcHoGAK1SAwAQBwwA+lIDAEBTAwBCUwMAkFMDAJpTAwDgUwMA7FMDADBUAwBYVAMAgFQDAItUAwDgAgQAplQDANBUAwABVQMAIFUDAEZVAwBwVQMAllUDAMBVAwDyVQMAEFYDAEBWAwBgVgMAaFYDALBWAwDYVgMAAFcDADNXAwBQVwMAgFcDAKBXAwCoVwMA8FcDAP9XAwBAWAMARVgDAJBYAwCZWAMA4FgDAJ1YAwAQYAMA8VgDADBZAwA3WQMAgFkDAIhZAwDQWQMA3VkDACBaAwAlWgMAcFoDAHpaAwDAWgMAyFoDABBbAwAaWwMAUGYDAB9bAwBgWwMAZVsDALBbAwC9WwMAAFwDAA1cAwBQXAMAXFwDAKBcAwCvXAMA8FwDAPpcAwBAXQMASF0DAJBdAwCaXQMA4F0DAOVdAwAwXgMAOF4DAHBuDQCMXgMA0F4DANZeAwAgXwMAO18DAHBfAwB8XwMAwF8DAMZfAwDAbg0AHWADAGBgAwBsYAMAsGADAL9gAwAAYQMACmEDAFBhAwBeYQMAoGEDAKVhAwDwYQMA/WEDAEBiAwBIYgMAkGIDAJpiAwDgYgMA5WIDADBjAwA4YwMAgGMDAINjAwDQYwMA3GMDACBkAwAmZAMAcGQDAItkAwDAZAMAzGQDABBlAwAWZQMAYGUDAGhlAwCwZQMAsmUDAABmAwAKZgMAEG8NAFZmAwCgZgMAomYDAPBmAwD9ZgMAQGcDAENnAwCQZwMAoWcDAOBnAwDiZwMAMGgDADpoAwCAaAMAjGgDANBoAwDYaAMAYG8NACVpAwBwaQMAc2kDAMBpAwDKaQMAEGoDABhqAwBgagMAbWoDALBqAwCyagMAAGsDABZrAwBQawMAXGsDALBvDQC8awMA8GsDAAxsAwAAcA0ARWwDAJBsAwCdbAMA4GwDAO1sAwAwbQMAPG0DAIBtAwCPbQMA0G0DANptAwAgbgMALm4DAHBuAwB1bgMAwG4DAM1uAwAQbwMAKW8DAGBvAwBibwMAsG8DALdvAwBQcA0AHXADAFBwAwBhcAMAoHADAKxwAwDwcAMAA3EDAEBxAwBPcQMAkHEDAJxxAwDgcQMA4XEDADByAwA6cgMAgHIDAI5yAwDQcgMA1XIDACBzAwAtcwMAoHANAHVzAwDAcwMAzXMDABB0AwAddAMAYHQDAGx0AwCwdAMAv3QDAAB1AwAKdQMAUHUDAF51AwCgdQMApXUDAPB1AwD9dQMAQHYDAEh2AwCQdgMAmnYDAOB2AwDldgMAMHcDADh3AwCQcQ0AgncDANB3AwDedwMAIHgDADF4AwDgcQ0Ad3gDADByDQDFeAMAEHkDABh5AwBgeQMAb3kDALB5AwC1eQMAAHoDAA16AwBQegMAXXoDAKB6AwCsegMA8HoDAP96AwBAewMASnsDANByDQCWewMAEDEKAKN7AwDgewMA73sDADB8AwA8fAMAgHwDAIF8AwDQfAMA2nwDACB9AwAufQMAcH0DAHV9AwDAfQMAzX0DACBzDQAUfgMAYH4DAGt+AwCwfgMAvn4DAAB/AwARfwMAUH8DAFx/AwCgfwMAqH8DAHBzDQD1fwMAQIADAE2AAwCQgAMAnYADAOCAAwDsgAMAMIEDAD+BAwCAgQMAioEDANCBAwDegQMAIIIDAC2CAwBwggMAh4IDAMBzDQDNggMAEIMDAB2DAwBggwMAbIMDALCDAwC/gwMAAIQDAAqEAwBQhAMAXoQDAKCEAwBshAMAkMwHAKWEAwDwhAMA/YQDAECFAwBIhQMAkIUDAJaFAwDghQMA7IUDADCGAwBAhgMAgIYDAImGAwDQhgMA04YDACCHAwAshwMAcIcDAHeHAwAQdA0AzYcDABCIAwAfiAMAYIgDAGGIAwCwiAMAx4gDAACJAwAaiQMAUIkDAFyJAwCgiQMAs4kDAPCJAwD/iQMAQIoDAEyKAwCQigMAkYoDAOCKAwDqigMAMIsDAD6LAwCAiwMAhYsDANCLAwDdiwMAYHQNADqMAwBwjAMAf4wDAMCMAwDCjAMAEI0DAMWMAwAAkwMAHY0DAGCNAwBtjQMAsI0DALWNAwAAjgMACo4DAFCOAwBfjgMAoI4DAKWOAwDwjgMA/Y4DAECPAwBNjwMAkI8DAJyPAwDgjwMA748DADCQAwA6kAMAgJADAI2QAwDQkAMA1ZADACCRAwAkkQMAcJEDAHyRAwDAkQMAxpEDABCSAwAWkgMAYJIDAGWSAwCwkgMAtpIDALB0DQANkwMAUJMDAF2TAwCgkwMArJMDAPCTAwD/kwMAQJQDAEqUAwCQlAMAnpQDAOCUAwDllAMAMJUDAD2VAwCAlQMAh5UDANCVAwDVlQMAIJYDACyWAwBwlgMAc5YDAMCWAwDNlgMAEJcDABWXAwBglwMAapcDALCXAwC8lwMAAJgDABOYAwBQmAMAXpgDAKCYAwCjmAMA8JgDAPqYAwBAmQMATJkDAJCZAwCWmQMA4JkDAOaZAwAwmgMANZoDAICaAwCGmgMAAHUNANqaAwCgrwUA3JoDABBwBwDfmgMAIJsDACKbAwBwmwMAgZsDAMCbAwDRmwMAEJwDABicAwBgnAMAcJwDALCcAwCynAMAAJ0DAA6dAwBQnQMAYZ0DAFB1DQCnnQMAoHUNAPGdAwBAngMARZ4DAJCeAwCWngMA4J4DAOqeAwAwnwMAPJ8DAICfAwCGnwMA0J8DANafAwAgoAMAJaADAHCgAwB2oAMA8HUNAM6gAwAQoQMAKaEDAGChAwBhoQMAsKEDAM2hAwAAogMAGqIDAFCiAwBTogMAoKIDAKWiAwDgdg0ACaMDAECjAwBGowMAkKMDAFajAwCgEAQAkqMDAOCjAwDmowMAMKQDAESkAwCApAMAiKQDANCkAwDdpAMAIKUDACWlAwBwpQMAeqUDAMClAwDIpQMAEKYDACGmAwBgpgMAZaYDALCmAwCypgMAAKcDAAenAwBQpwMAXKcDAKCnAwCnpwMA8KcDAAyoAwBAqAMASKgDADB3DQCVqAMA4KgDAOKoAwAwqQMAN6kDAICpAwCOqQMA0KkDAN2pAwAgqgMAN6oDAHCqAwB4qgMAwKoDAMqqAwAQqwMA1qoDAJAMBAAbqwMAYKsDAGyrAwCwqwMAuKsDAIB3DQABrAMAUKwDAFWsAwCgrAMAo6wDAPCsAwD6rAMAQK0DAFetAwCQrQMAlq0DAOCtAwDsrQMAMK4DADOuAwCArgMAna4DANCuAwDhrgMAIK8DAD+vAwBwrwMAeK8DAMCvAwDCrwMAELADAB+wAwBgsAMAarADALCwAwC+sAMAALEDABuxAwBQsQMAXLEDAKCxAwCosQMA0HcNAPyxAwBAsgMAT7IDAJCyAwCVsgMA4LIDAOayAwAwswMAN7MDAICzAwCIswMA0LMDANKzAwAgtAMAJ7QDAHC0AwBytAMAwLQDAMG0AwAQtQMAGrUDAGC1AwBstQMAsLUDALa1AwAAtgMAGrYDAFC2AwBYtgMAoLYDALa2AwDwtgMA/rYDAEC3AwBDtwMAkLcDAJO3AwDgtwMA7rcDADC4AwA9uAMAgLgDAJe4AwDQuAMA2LgDACC5AwAiuQMAcLkDAHi5AwDAuQMA17kDABC6AwAcugMAYLoDAHa6AwCwugMAuLoDAAC7AwAOuwMAULsDAFq7AwCguwMAqLsDAPC7AwD3uwMAQLwDAEy8AwCQvAMAkbwDAOC8AwDsvAMAML0DAD29AwCAvQMAh70DANC9AwDTvQMAIL4DACi+AwBwvgMAdb4DAMC+AwDNvgMAEL8DAD6/AwBgvwMAaL8DACB4DQC4vwMAMKkNAMy/AwAAwAMACMADAHB4DQBewAMAoMADAKLAAwDwwAMAAcEDAEDBAwBIwQMAkMEDAJzBAwDgwQMA5sEDADDCAwA2wgMAgMIDAIXCAwDQwgMA1sIDAMB4DQAlwwMAcMMDACzDAwCA7QoAeMMDAMDDAwDFwwMAgIsIAMbDAwBAdQkAzMMDAAAzCQDPwwMAEMQDANHDAwDAcgkAFcQDAGDEAwAWxAMAEJ0HAG3EAwCwxAMAvcQDAADFAwAMxQMAUMUDAF/FAwCgxQMAqsUDAAB6DQD6xQMAQMYDAEXGAwCQxgMAmMYDAFB6DQDmxgMAMMcDAEbHAwCAxwMAjscDANDHAwDdxwMAIMgDACLIAwBwyAMAesgDAMDIAwDMyAMAEMkDABfJAwBgyQMAaMkDALDJAwC3yQMAAMoDAAnKAwBQygMAXMoDAKDKAwCoygMA8HoNAPXKAwBAywMASMsDAJDLAwCfywMA4MsDAOXLAwAwzAMAPcwDAIDMAwCNzAMA0MwDANzMAwAgzQMAL80DAHDNAwB6zQMAwM0DAM7NAwAQzgMAFc4DAGDOAwBtzgMAsM4DALjOAwAAzwMACs8DAFDPAwBezwMAoM8DALbPAwDwzwMA/M8DAEDQAwBF0AMAkNADAJnQAwDg0AMA6tADAEB7DQA60QMAgNEDAIzRAwDQ0QMA2NEDAJB7DQAl0gMAcNIDAH3SAwDA0gMAzdIDABDTAwAc0wMAYNMDAG/TAwCw0wMAutMDAADUAwAY1AMAUNQDAFrUAwCg1AMArtQDAPDUAwAG1QMAQNUDAEzVAwCQ1QMAldUDAODVAwDp1QMAMNYDADrWAwCA1gMAiNYDAOB7DQDd1gMAINcDAObWAwCA5gwALdcDAHDXAwB81wMAwNcDAM/XAwAQ2AMAGtgDAGDYAwBu2AMAsNgDAL3YAwAA2QMAF9kDAFDZAwBY2QMAoNkDAKrZAwDw2QMA9dkDAEDaAwBI2gMAMHwNAJzaAwDg2gMA5toDADDbAwBL2wMAgNsDAIzbAwDQ2wMA1tsDACDcAwA83AMAcNwDAHjcAwCAfA0AxdwDABDdAwAd3QMAYN0DAG3dAwCw3QMAvN0DAADeAwAP3gMAUN4DAFreAwCg3gMArt4DAPDeAwD13gMAQN8DAE3fAwCQ3wMAmN8DAODfAwDm3wMAMOADAOrfAwAQ4gMAPOADAIDgAwCQ4AMA0OADANngAwAg4QMAI+EDAHDhAwB84QMAwOEDAMfhAwDQfA0AHuIDAGDiAwB24gMAsOIDALziAwAA4wMAB+MDAFDjAwBY4wMAoOMDAKXjAwDw4wMA+eMDAEDkAwBK5AMAIH0NAJXkAwDg5AMAnOQDAPDoAwDo5AMAMOUDADblAwCA5QMAheUDANDlAwDZ5QMAIOYDACrmAwBw5gMAfOYDAMDmAwDI5gMAcH0NABXnAwBg5wMAaOcDALDnAwC75wMAAOgDAAXoAwBQ6AMAU+gDAKDoAwCq6AMAwH0NAProAwBA6QMAROkDAJDpAwCV6QMA4OkDAObpAwAw6gMAUOoDAIDqAwCI6gMA0OoDAN7qAwAg6wMAI+sDAHDrAwB46wMAwOsDAMnrAwAQ7AMAHewDAGDsAwBm7AMAsOwDALzsAwAA7QMAAu0DAFDtAwBf7QMAoO0DAKvtAwDw7QMA8u0DAEDuAwBZ7gMAkO4DAKHuAwDg7gMA7O4DABB+DQA47wMAgO8DAKDvAwDQ7wMA3u8DACDwAwAt8AMAcPADAHfwAwDA8AMA3PADABDxAwAY8QMAYH4NAGXxAwCw8QMAvfEDAADyAwAN8gMAUPIDAFzyAwCg8gMAr/IDAPDyAwD68gMAQPMDAFXzAwCQ8wMAmPMDAODzAwDv8wMAMPQDADL0AwCA9AMAifQDAND0AwDT9AMAIPUDACz1AwBw9QMAjPUDAMD1AwDI9QMAsH4NABX2AwBg9gMAdvYDALD2AwC89gMAAPcDACP3AwAAfw0AWvcDAKD3AwCo9wMA8PcDAPb3AwCg7gcA//cDAED4AwBF+AMAkPgDAJ34AwDg+AMA7fgDADD5AwA8+QMAgPkDAI/5AwDQ+QMA2vkDACD6AwAo+gMAcPoDAHr6AwDA+gMAxfoDABD7AwAY+wMAUH8NAGP7AwCw+wMAzfsDAAD8AwAR/AMAUPwDAF78AwDgSAQAhfwDAKD8AwC8/AMA8PwDAAz9AwCgfw0ARv0DAJD9AwCW/QMA4P0DAOX9AwAw/gMANv4DAPB/DQCF/gMA0P4DAN3+AwAg/wMALf8DAHD/AwB8/wMAwP8DAM//AwAQAAQAGgAEAGAABABuAAQAsAAEALUABAAAAQQADQEEAFABBABcAQQAoAEEAKYBBADwAQQA9gEEAEACBABFAgQAkAIEAJYCBADggA0A9AIEADADBABWAwQAgAMEAKYDBADQAwQA9gMEACAEBABQBAQAcAQEAHgEBADABAQA6AQEABAFBABFBQQAYAUEAIYFBACwBQQA1gUEAAAGBAA1BgQAUAYEAIAGBACgBgQAqAYEAPAGBAD1BgQAMF0EAP8GBABABwQARQcEAJAHBACdBwQA4AcEAO0HBAAwCAQAPAgEAIAIBACPCAQA0AgEANoIBAAgCQQALgkEAHAJBAB1CQQAwAkEAM0JBAAQCgQAGAoEAGAKBABmCgQAsAoEAGoKBACwWgQAvAoEAAALBAAQCwQAUAsEAFkLBACgCwQAowsEAPALBAD8CwQAQAwEAEcMBAAwgQ0ApAwEAOAMBADjDAQAMA0EAE0NBACADQQAkQ0EANANBADXDQQAIA4EADkOBABwDgQAeA4EAMAOBADWDgQAEA8EABUPBABgDwQAZw8EALAPBAC5DwQAABAEABEQBABQEAQAXBAEAICBDQC0EAQA8BAEAPMQBABAEQQAXREEAJARBAChEQQA4BEEAO8RBAAwEgQAQRIEAIASBACOEgQA0BIEANwSBAAgEwQALRMEAHATBAB6EwQA0IENAMkTBAAQFAQAHRQEAGAUBABuFAQAsBQEAL8UBAAAFQQAAhUEAFAVBABaFQQAoBUEAK4VBADwFQQA9RUEAEAWBABNFgQAkBYEAJMWBADgFgQA7BYEADAXBABDFwQAgBcEAI8XBADQFwQA3BcEACAYBAAhGAQAcBgEAHoYBADAGAQAzhgEABAZBAAVGQQAYBkEAG0ZBAAggg0AtRkEAAAaBAAWGgQAUBoEAGYaBACgGgQAqRoEAPAaBAD9GgQAQBsEAE4bBACQGwQAnxsEAOAbBADiGwQAMBwEADocBACAHAQAjhwEANAcBADVHAQAIB0EAC0dBABwHQQAcx0EAMAdBADIHQQAEB4EACEeBABgHgQAbh4EALAeBAC9HgQAAB8EACAfBABQHwQAWB8EAKAfBACwHwQA8B8EAPIfBABAIAQATiAEAJAgBAChIAQAEIMNAOYgBAAwIQQAPCEEAGCDDQCHIQQA0CEEAI0hBAAAzQUA1yEEACAiBAAmIgQAcCIEAHwiBADAIgQAwyIEABAjBAATIwQAYCMEAIsjBACwIwQA0yMEAAAkBAALJAQAUCQEAFUkBACgJAQAoyQEAPAkBAD6JAQAQCUEAGslBACwgw0AlSUEAOAlBADtJQQAMCYEAD0mBACAJgQAjCYEANAmBADfJgQAICcEAConBABwJwQAeCcEAMAnBADKJwQAECgEABUoBABgKAQAaCgEAACEDQC9KAQAACkEABQpBABQKQQAWCkEAKApBAClKQQA8CkEAAAqBABAKgQASCoEAJAqBACaKgQA4CoEAOsqBAAwKwQAPCsEAIArBACIKwQAUIQNANErBAAgLAQALCwEAHAsBAB/LAQAwCwEAM4sBAAQLQQAIC0EAGAtBABuLQQAsC0EALwtBAAALgQABy4EAFAuBABYLgQAoC4EALYuBADwLgQABC8EAEAvBABDLwQAkC8EAK0vBADgLwQA8S8EADAwBAA4MAQAgDAEAIswBADQMAQA1TAEACAxBAAjMQQAcDEEAHoxBADAMQQAwzEEAKCEDQAkMgQAYDIEAGMyBACwMgQAzTIEAAAzBAARMwQAUDMEAFgzBACgMwQAozMEAPAzBAD8MwQAQDQEAEY0BACQNAQAqzQEAOA0BADsNAQAMDUEADY1BACANQQAiDUEANA1BADbNQQAIDYEACU2BABwNgQAczYEAMA2BADKNgQAEDcEABg3BABgNwQAfzcEAPCEDQDENwQAADgEACY4BABQOAQAdjgEAKA4BADGOAQA8DgEACY5BABAOQQAdTkEAJA5BAC2OQQA4DkEAAY6BAAwOgQAZToEAIA6BACkOgQA0DoEAOw6BAAgOwQAKDsEAECFDQB1OwQAwDsEAM07BAAQPAQAHTwEAGA8BABsPAQAsDwEAL88BAAAPQQACj0EAFA9BABePQQAoD0EAKU9BADwPQQA/T0EAEA+BABIPgQAkD4EAJY+BADgPgQAmj4EAMBABADsPgQAMD8EAEA/BACAPwQAiT8EANA/BADTPwQAIEAEACxABABwQAQAd0AEAJCFDQDOQAQAEEEEACZBBABgQQQAbEEEALBBBAC3QQQAAEIEAAhCBABQQgQAVUIEAKBCBACpQgQA8EIEAPpCBADghQ0AQUMEAJBDBACcQwQA4EMEAOZDBAAwRAQAMkQEAIBEBACKRAQA0EQEAN5EBAAgRQQAJUUEAHBFBAB9RQQAwEUEAMhFBAAQRgQAGkYEAGBGBABuRgQAsEYEAMZGBAAARwQADEcEAFBHBABXRwQAoEcEAKhHBADwRwQA9UcEAEBIBABJSAQAkEgEAJpIBAAwhg0A+EgEADBJBAAzSQQAgEkEAJ1JBADQSQQA4UkEACBKBAA4SgQAcEoEAHxKBADASgQA00oEABBLBAAfSwQAYEsEAGxLBACwSwQAsUsEAABMBAAKTAQAUEwEAF5MBACgTAQApUwEAPBMBAD9TAQAgIYNAEVNBACQTQQAnU0EAOBNBADtTQQAME4EADxOBACATgQAj04EANBOBADaTgQAIE8EAC5PBABwTwQAdU8EAMBPBADNTwQAEFAEABhQBABgUAQAZlAEALBQBABqUAQAkFIEALxQBAAAUQQAEFEEAFBRBABZUQQAoFEEAKNRBADwUQQA/FEEAEBSBABHUgQAcIcNAJ5SBADgUgQA9lIEADBTBAA8UwQAgFMEAIdTBADQUwQA2FMEACBUBAAlVAQAcFQEAHlUBADAVAQAylQEAMCHDQARVQQAYFUEAGxVBACwVQQAtlUEAABWBAACVgQAUFYEAFpWBACgVgQArlYEAPBWBAD1VgQAQFcEAE1XBACQVwQAmFcEAOBXBADqVwQAMFgEAD5YBACAWAQAllgEANBYBADcWAQAIFkEACdZBABwWQQAeFkEAMBZBADFWQQAEFoEABlaBABgWgQAaloEABCIDQC+WgQAAFsEABZbBABQWwQAXFsEAKBbBACnWwQA8FsEAPhbBABAXAQARVwEAJBcBACZXAQA4FwEAOpcBABgiA0AMV0EAIBdBACMXQQA0F0EANZdBAAgXgQAIl4EAHBeBAB6XgQAwF4EAM5eBAAQXwQAFV8EAGBfBABtXwQAsF8EALhfBAAAYAQACmAEAFBgBABeYAQAoGAEALZgBADwYAQA/GAEAEBhBABHYQQAkGEEAJhhBADgYQQA5WEEADBiBAA5YgQAgGIEAIpiBACwiA0A0mIEAKBGCgDeYgQAIGMEADFjBABwYwQAdWMEAMBjBADXYwQAEGQEACRkBABgZAQAeGQEALBkBAC/ZAQAAGUEAAVlBABQZQQAXWUEAKBlBACtZQQA8GUEAPxlBABAZgQAT2YEAJBmBACaZgQA4GYEAOhmBAAwZwQATmcEAIBnBACIZwQA0GcEANlnBAAgaAQALWgEAHBoBAByaAQAwGgEANloBAAQaQQAIWkEAGBpBABsaQQAsGkEALhpBAAAiQ0ABWoEAFBqBABYagQAoGoEAK9qBADwagQA9WoEAEBrBABNawQAkGsEAJ1rBADgawQA7GsEADBsBAA/bAQAgGwEAIpsBADQbAQA2GwEACBtBAAqbQQAcG0EAHVtBADAbQQAyG0EAFCJDQAnbgQAYG4EAGhuBACwbgQAum4EAABvBAAFbwQAUG8EAFhvBACgiQ0ApW8EAPBvBAD5bwQAYM0JAP1vBABAcAQABnAEANCrCwBNcAQAkHAEAJxwBADgcAQA73AEADBxBAA6cQQAgHEEAIhxBABAQwkAjnEEANBxBADdcQQAIHIEADdyBABwcgQAeHIEAMByBADKcgQAEHMEABVzBABgcwQAaHMEAPCJDQC9cwQAAHQEAA50BABQdAQAY3QEAKB0BACodAQA8HQEAPN0BABAdQQARXUEAJB1BACfdQQA4HUEAAB2BAAwdgQAPHYEAIB2BACKdgQA0HYEAOx2BAAgdwQAKHcEAECKDQCDdwQAwHcEAMZ3BAAQeAQAHHgEAGB4BABqeAQAsHgEALZ4BAAAeQQADnkEAFB5BABceQQAoHkEAKN5BADweQQA8XkEAEB6BABMegQAkHoEAJZ6BADgegQA5noEADB7BAA8ewQAgHsEAJ17BADQewQA2XsEACB8BAAsfAQAcHwEAHN8BADAfAQAynwEABB9BAAcfQQAYH0EAGZ9BACwfQQAtn0EAAB+BAAFfgQAUH4EAFZ+BACQig0ArH4EAPB+BADyfgQAQH8EAE9/BACQfwQAm38EAOB/BADsfwQAMIAEADeABACAgAQAiIAEANCABADagAQAIIEEACuBBABwgQQAfIEEAMCBBADIgQQAgIsNABKCBABgggQAc4IEALCCBAC4ggQAAIMEAAaDBABQgwQAXIMEAKCDBACqgwQA8IMEAPaDBABAhAQAToQEAJCEBACchAQA4IQEAOOEBAAwhQQAOIUEAICFBACBhQQA0IUEANyFBAAghgQAJoYEAHCGBAB4hgQAwIYEAMaGBAAQhwQAHIcEAGCHBAB9hwQAsIcEALmHBAAAiAQADIgEAFCIBABTiAQAoIgEAKqIBADwiAQA+IgEAECJBABRiQQAkIkEAJ6JBADgiQQA9okEADCKBAA+igQAgIoEAIqKBADQiw0A34oEACCLBAAriwQAcIsEAHyLBADAiwQAx4sEABCMBAAYjAQAYIwEAGqMBACwjAQAu4wEAACNBAAMjQQAUI0EAFiNBAAgjA0Aoo0EAPCNBAADjgQAQI4EAEiOBACQjgQAlo4EAOCOBADsjgQAMI8EADqPBACAjwQAho8EANCPBADejwQAIJAEACyQBABwkAQAc5AEAMCQBADIkAQAEJEEABGRBABgkQQAbJEEALCRBAC2kQQAAJIEAAiSBABQkgQAVpIEAKCSBACskgQA8JIEAA2TBABAkwQASZMEAJCTBACckwQA4JMEAOOTBAAwlAQAOpQEAICUBACIlAQA0JQEAOGUBAAglQQALpUEAHCVBACGlQQAwJUEAM6VBAAQlgQAGpYEAGCWBABolgQAsJYEANOWBAAAlwQABJcEAFCXBABblwQAoJcEAK6XBADwlwQA/5cEAECYBABLmAQAkJgEAJiYBADgmAQA7pgEADCZBAAzmQQAgJkEAIiZBABwjA0A3pkEACCaBAAjmgQAcJoEAHiaBABw9AQAfJoEAIDLBAB/mgQAYKAEAIyaBADAmgQA3JoEAMCMDQASmwQAYJsEAG2bBACwmwQAvZsEAACcBAAFnAQAUJwEAFqcBACgnAQAr5wEAPCcBAD1nAQAQJ0EAE2dBACQnQQAnZ0EAOCdBADsnQQAMJ4EAD+eBACAngQAip4EANCeBADcngQAIJ8EACafBABwnwQAdp8EAMCfBADFnwQAEKAEABagBAAQjQ0AZaAEAIDBBABxoAQAsKAEAL6gBAAAoQQADKEEAFChBABdoQQAoKEEAKqhBADwoQQADKIEAECiBABcogQAYI0NAJKiBADgogQA7aIEADCjBAA9owQAgKMEAIWjBADQowQA2qMEACCkBAAvpAQAcKQEAHWkBADApAQAzaQEABClBAAdpQQAYKUEAGylBACwpQQAv6UEAACmBAAKpgQAUKYEAFymBACgpgQApqYEAPCmBAD2pgQAQKcEAEWnBACQpwQAlqcEALCNDQDnpwQAMKgEAD6oBACAqAQAg6gEANCoBADfqAQAIKkEACWpBABwqQQAfakEAMCpBADNqQQAEKoEAByqBABgqgQAb6oEALCqBAC6qgQAAKsEAA6rBABQqwQAVasEAKCrBACtqwQA8KsEAPyrBABArAQAU6wEAJCsBACfrAQA4KwEAOysBAAwrQQAMa0EAICtBACKrQQA0K0EAN6tBAAgrgQAJa4EAHCuBAB9rgQAAI4NAMWuBAAQrwQAGa8EAGCvBABxrwQAsK8EALevBAAAsAQACLAEAFCwBABdsAQAoLAEAKWwBADwsAQA+rAEAECxBABIsQQAkLEEAKexBADgsQQA7LEEADCyBAA6sgQAgLIEAIiyBADQsgQA0rIEACCzBAAoswQAcLMEAHazBADAswQAzLMEABC0BAATtAQAYLQEAGW0BACwtAQAubQEAAC1BAAGtQQAULUEAF+1BACgtQQArLUEAPCODQDytQQAQLYEAE62BACQtgQAobYEAECPDQDntgQAkI8NADW3BACAtwQAiLcEANC3BADftwQAILgEACW4BABwuAQAfbgEAMC4BADNuAQAELkEABy5BABguQQAb7kEALC5BAC6uQQAMJANAAK6BABQugQAa7oEAKC6BACiugQA8LoEAAq7BABAuwQATbsEAJC7BACcuwQA4LsEAOq7BAAwvAQASrwEAIC8BACPvAQA0LwEANW8BAAgvQQALb0EAHC9BAB9vQQAwL0EAMy9BAAQvgQAH74EAGC+BABqvgQAsL4EALy+BAAAvwQAE78EAFC/BABfvwQAoL8EAKy/BADwvwQA8b8EAEDABABKwAQAkMAEAJ7ABADgwAQA5cAEADDBBAA9wQQAgJANAI3BBADQwQQA3cEEACDCBAAswgQAcMIEAH/CBADAwgQAysIEABDDBAAewwQAYMMEAGXDBACwwwQAvcMEAADEBAAMxAQAUMQEAGPEBACgxAQAr8QEAPDEBAD8xAQAQMUEAEHFBACQxQQAmsUEAODFBADuxQQAMMYEADXGBACAxgQAjcYEANCQDQDdxgQAIMcEACLHBABwxwQAiccEAMDHBADRxwQAEMgEABzIBABgyAQAaMgEAMCRDQC1yAQAAMkEAAjJBABQyQQAX8kEAKDJBAClyQQA8MkEAP3JBABAygQATcoEAJDKBACcygQA4MoEAO/KBAAwywQAOssEABCSDQCTywQA0MsEAN/LBAAgzAQALMwEAHDMBABxzAQAwMwEAMrMBAAQzQQAHs0EAGDNBABlzQQAsM0EAL3NBABgkg0ABc4EAFDOBABdzgQAoM4EAK3OBADwzgQA/M4EAEDPBABPzwQAkM8EAJrPBADgzwQA7s8EADDQBAA10AQAgNAEAI3QBADQ0AQA2NAEACDRBAAm0QQAcNEEACrRBACQGgUAfNEEAMDRBADQ0QQAENIEABnSBABg0gQAY9IEALDSBAC80gQAANMEAAfTBABQkw0AW9MEAKDTBACh0wQA8NMEAAjUBABA1AQATdQEAJDUBACc1AQA4NQEAOrUBAAw1QQANNUEAIDVBACF1QQA0NUEANbVBAAg1gQAQNYEAHDWBACI1gQAwNYEANfWBAAQ1wQAHNcEAGDXBABq1wQAsNcEALLXBAAA2AQAB9gEAFDYBABX2AQAoNgEAKbYBADw2AQA/NgEAEDZBABD2QQAkNkEAJPZBADg2QQA7NkEADDaBAAz2gQAoJMNAIXaBADQ2gQA2NoEACDbBAAm2wQAcNsEAHXbBADA2wQAydsEABDcBAAa3AQAYNwEAGzcBACw3AQAuNwEAPCTDQAF3QQAUN0EAFjdBACg3QQAq90EAPDdBAD13QQAQN4EAEPeBACQ3gQAmt4EAECUDQDs3gQAMN8EADffBACA3wQAjt8EANDfBADT3wQAIOAEACjgBABw4AQAc+AEAMDgBADM4AQAEOEEABbhBABg4QQAe+EEALDhBAC84QQAAOIEAAbiBABQ4gQAWOIEAKDiBACk4gQA8OIEAPziBABA4wQATeMEAJDjBACa4wQA4OMEAOjjBAAw5AQAMuQEAIDkBACE5AQA0OQEANLkBAAg5QQANOUEAJCUDQB45QQAwOUEAMTlBAAQ5gQAEuYEAGDmBABj5gQAsOYEALjmBAAA5wQADecEAFDnBABV5wQAoOcEAKrnBADw5wQA+OcEAEDoBABB6AQAkOgEAJXoBADg6AQA4+gEADDpBAAz6QQAgOkEAI7pBADQ6QQA6ekEACDqBAAx6gQAcOoEAHzqBADA6gQAyOoEAOCUDQAV6wQAYOsEAGjrBACw6wQAv+sEAADsBAAF7AQAUOwEAF3sBACg7AQArewEAPDsBAD87AQAQO0EAE/tBACQ7QQAmu0EAODtBADo7QQAMO4EADruBACA7gQAhe4EANDuBADY7gQAMJUNACvvBABw7wQAfO8EAMDvBADI7wQAgJUNABzwBABg8AQAZ/AEALDwBAC+8AQAAPEEAAPxBABQ8QQAWPEEAKDxBACj8QQA8PEEAPzxBABA8gQARvIEAJDyBACr8gQA4PIEAOzyBAAw8wQANvMEAIDzBACj8wQA0PMEANPzBAAg9AQARPQEANCVDQB/9AQAwPQEAMX0BAAQ9QQAHfUEAGD1BABt9QQAsPUEALz1BAAA9gQAD/YEAFD2BABa9gQAoPYEAK72BADw9gQA9fYEAED3BABN9wQAkPcEAJj3BAAglg0A7fcEADD4BAA4+AQAgPgEAJn4BADQ+AQA1vgEACD5BAAl+QQAcPkEAJD5BADA+QQAzPkEABD6BAAd+gQAYPoEAGj6BACw+gQAs/oEAAD7BAAK+wQAUPsEAFL7BACg+wQAqvsEAPD7BAD8+wQAcJYNAFb8BACQ/AQAnPwEAOD8BADl/AQAMP0EAOj8BACAdg4AOf0EAID9BACK/QQA0P0EANj9BAAQkggA3P0EACD+BADz/QQA0IEIACb+BABw/gQAM/4EAGB8CgB2/gQAwP4EAMX+BAAQ/wQAFv8EAMCWDQBu/wQAsP8EAMb/BAAAAAUADAAFAFAABQBVAAUAoAAFAKkABQDwAAUA+gAFAEABBQBIAQUAkAEFAJ8BBQDgAQUA5QEFADACBQA9AgUAgAIFAI0CBQDQAgUA3AIFACADBQAvAwUAcAMFAHoDBQDAAwUAzgMFABAEBQAdBAUAYAQFAHcEBQCwBAUAuAQFAAAFBQAKBQUAUAUFAFUFBQCgBQUAqAUFALCXDQD8BQUAQAYFAEYGBQCQBgUAqwYFAOAGBQDsBgUAMAcFADYHBQAAmA0AkwcFANAHBQDfBwUAIAgFACwIBQBwCAUAcQgFAMAIBQDKCAUAEAkFAB4JBQBgCQUAZQkFALAJBQC9CQUAUJgNAAUKBQBQCgUAWAoFAKAKBQCjCgUA8AoFAPkKBQBACwUATwsFAJALBQCbCwUA4AsFAOgLBQAwDAUAQAwFAIAMBQCODAUA0AwFAOEMBQAgDQUALA0FAHANBQB4DQUAQJkNAMYNBQAQDgUAGA4FAGAOBQBnDgUAsA4FAL4OBQAADwUABg8FAFAPBQBcDwUAoA8FAK8PBQDwDwUA+g8FAEAQBQBFEAUAkBAFAJYQBQDgEAUA9BAFADARBQA4EQUAgBEFAKgRBQDQEQUA2REFACASBQAtEgUAcBIFAH4SBQDAEgUA0xIFABATBQAsEwUAkJkNAGUTBQCwEwUAvRMFAAAUBQANFAUAUBQFAFwUBQCgFAUArxQFAPAUBQD6FAUAQBUFAE4VBQCQFQUAlRUFAOAVBQDtFQUAMBYFADgWBQCAFgUAhhYFANAWBQDcFgUAIBcFADAXBQBwFwUAeRcFAMAXBQDDFwUAEBgFABwYBQBgGAUAZxgFAOCZDQDYGAUAABkFAAkZBQBQGQUAXRkFAKAZBQCuGQUA8BkFAAMaBQBAGgUAXBoFADCaDQCeGgUA4BoFAPYaBQAwGwUAPBsFAIAbBQCHGwUA0BsFANgbBQAgHAUAJRwFAHAcBQB5HAUAwBwFAMocBQCAmg0AER0FAGAdBQBsHQUAsB0FALYdBQAAHgUAAh4FAFAeBQBaHgUAoB4FAK4eBQDwHgUA9R4FAEAfBQBNHwUAkB8FAJgfBQDgHwUA6h8FADAgBQA+IAUAgCAFAJYgBQDQIAUA3CAFACAhBQAnIQUAcCEFAHghBQDAIQUAxSEFABAiBQAZIgUAYCIFAGoiBQDQmg0AviIFAAAjBQAWIwUAUCMFAFwjBQCgIwUApSMFAPAjBQD5IwUAQCQFAEokBQCQJAUAnCQFAOAkBQDmJAUAMCUFADYlBQCAJQUAhSUFANAlBQDWJQUAIJsNACUmBQBwJgUAfSYFAMAmBQDNJgUAECcFABwnBQBgJwUAbycFALAnBQC6JwUAACgFAA4oBQBQKAUAVSgFAKAoBQCtKAUA8CgFAPgoBQBAKQUASikFAJApBQCeKQUA4CkFAPYpBQAwKgUAPCoFAIAqBQCFKgUA0CoFANkqBQAgKwUAKisFABCcDQB8KwUAwCsFANErBQAQLAUAHCwFAGAsBQBvLAUAsCwFALosBQAALQUADi0FAFAtBQBVLQUAoC0FAK0tBQDwLQUA+i0FAEAuBQD8LQUAsDEFAE4uBQCQLgUApi4FAOAuBQDsLgUAMC8FADUvBQCALwUAiS8FANAvBQDaLwUAIDAFACwwBQBwMAUAdjAFAMAwBQDGMAUAEDEFABUxBQBgMQUAZjEFAGCcDQC2MQUAADIFAAYyBQBQMgUAVTIFAKAyBQCmMgUAsJwNAP4yBQBAMwUAVjMFAJAzBQCcMwUA4DMFAOUzBQAwNAUAOTQFAIA0BQCKNAUA0DQFANw0BQAgNQUAMzUFAHA1BQB/NQUAwDUFAMw1BQAQNgUAETYFAGA2BQBqNgUAsDYFAL42BQAANwUABTcFAFA3BQBdNwUAAJ0NAK83BQDwNwUAEDgFAEA4BQBMOAUAkDgFAJo4BQDgOAUA5TgFADA5BQAxOQUAgDkFAIw5BQDQOQUA3TkFACA6BQAsOgUAcDoFAIM6BQDAOgUAzzoFABA7BQAcOwUAYDsFAGE7BQCwOwUAujsFAAA8BQAOPAUAUDwFAFU8BQCgPAUArTwFAFCdDQAMPQUAoJ0NAEY9BQCQPQUAlj0FAOA9BQDlPQUAMD4FADY+BQDwnQ0AhT4FANA+BQDTPgUAID8FACw/BQBwPwUAdj8FAMA/BQDbPwUAEEAFABxABQBgQAUAZkAFALBABQCyQAUAAEEFABtBBQBQQQUAUkEFAKBBBQCuQQUA8EEFAAFCBQBAQgUAQkIFAJBCBQCpQgUA4EIFAPFCBQAwQwUAPEMFAOCeDQCKQwUA0EMFAN5DBQAgRAUANkQFAHBEBQB8RAUAwEQFAMVEBQAQRQUAGUUFAGBFBQBqRQUAsEUFALhFBQAARgUABUYFAFBGBQBfRgUAoEYFAK9GBQDwRgUA+UYFAEBHBQBGRwUAkEcFAJZHBQDgRwUA7EcFADBIBQA3SAUAgEgFAIhIBQDQSAUA0kgFACBJBQAwSQUAcEkFAHpJBQDASQUAzEkFABBKBQAWSgUAYEoFAGhKBQAwnw0AvEoFAABLBQARSwUAUEsFAFxLBQCgSwUAr0sFAPBLBQD6SwUAQEwFAE5MBQCQTAUAlUwFAOBMBQDtTAUAME0FADhNBQCATQUAik0FALBjBQCMTQUA0E0FANZNBQAgTgUAJk4FAHBOBQB1TgUAwE4FAMZOBQCAnw0AHE8FAGBPBQBmTwUAsE8FAMtPBQAAUAUADFAFAFBQBQBWUAUAoFAFAKhQBQDwUAUA81AFAEBRBQBMUQUAkFEFAKFRBQDgUQUA7FEFADBSBQA/UgUAgFIFAIpSBQDQUgUA3lIFACBTBQAlUwUAcFMFAH1TBQDAUwUAyFMFABBUBQAaVAUAYFQFAG5UBQCwVAUAxlQFAABVBQAMVQUAUFUFAFVVBQCgVQUAqVUFAPBVBQD6VQUAcKANAEZWBQCQVgUAllYFAOBWBQDsVgUAMFcFAD1XBQCAVwUAilcFANBXBQDYVwUAIFgFACpYBQBwWAUAdVgFAMBYBQDBWAUAEFkFABVZBQBgWQUAcVkFALBZBQC1WQUAAFoFABdaBQBQWgUAZFoFAKBaBQC8WgUA8FoFAPhaBQDAoA0ASFsFAJBbBQCaWwUA4FsFAPRbBQAwXAUAMVwFAIBcBQCMXAUA0FwFAOxcBQAgXQUAKF0FABChDQB5XQUAwF0FAM5dBQAQXgUAz10FAHATCQAaXgUAYF4FAGJeBQCwXgUAyV4FAABfBQARXwUAUF8FAFxfBQCgXwUAqF8FAGChDQD8XwUAQGAFAEZgBQCQYAUAq2AFAOBgBQDsYAUAMGEFADZhBQCAYQUAg2EFANBhBQDYYQUAIGIFADBiBQBwYgUAdWIFAMBiBQDJYgUAEGMFAB1jBQBgYwUAZ2MFALChDQC+YwUAAGQFABZkBQBQZAUAXGQFAKBkBQClZAUA8GQFAPlkBQBAZQUASmUFAJBlBQCsZQUA4GUFAOhlBQAAog0ANWYFAIBmBQCIZgUA0GYFANJmBQAgZwUAO2cFAHBnBQByZwUAwGcFAM5nBQAQaAUAIWgFAGBoBQBiaAUAsGgFAMloBQAAaQUAEWkFAFBpBQBcaQUAoGkFAKhpBQBQog0A/GkFAEBqBQBGagUAkGoFAKtqBQDgagUA7GoFADBrBQA2awUAgGsFAINrBQCgog0A7WsFACBsBQAhbAUAcGwFAH9sBQDAbAUAxWwFABBtBQAdbQUAYG0FAG1tBQCwbQUAvG0FAABuBQAPbgUAUG4FAFpuBQCgbgUArm4FAPBuBQD1bgUAQG8FAE1vBQCQbwUAnG8FAOBvBQDmbwUAMHAFAPNvBQAwhAUANnAFAIBwBQCFcAUA0HAFANZwBQDwog0AJXEFAHBxBQCQcQUAwHEFAMxxBQAQcgUAFnIFAGByBQBocgUA0KIFAGlyBQCwcgUAvXIFAABzBQAGcwUAUHMFAFxzBQCgcwUAonMFAPBzBQD/cwUAQHQFAEt0BQCQdAUAknQFAOB0BQD5dAUAMHUFAEF1BQCAdQUAjHUFANB1BQDcdQUAIHYFADN2BQBwdgUAf3YFAMB2BQDMdgUAEHcFABF3BQBgdwUAancFALB3BQC+dwUAAHgFAAV4BQBQeAUAXXgFAECjDQCteAUA8HgFAAR5BQBAeQUAXHkFAJB5BQCseQUAkKMNAO95BQAwegUAMXoFAIB6BQCPegUA0HoFANV6BQAgewUALXsFAHB7BQB9ewUAwHsFAMx7BQAQfAUAH3wFAGB8BQBqfAUAsHwFAL58BQAAfQUABX0FAFB9BQBdfQUAoH0FALB9BQDwfQUA8n0FAEB+BQBOfgUAkH4FAKF+BQDgow0A534FADCkDQA1fwUAgH8FAI1/BQDQfwUA3X8FACCABQAmgAUAcIAFAHyABQDAgAUA0IAFABCBBQAZgQUAYIEFAGOBBQCwgQUAvIEFAACCBQAHggUAgKQNAFyCBQCgggUAsIIFAPCCBQD5ggUAQIMFAEODBQCQgwUAnIMFAOCDBQDngwUA0KQNAD+EBQCAhAUAjIQFANCEBQDRhAUAIIUFACqFBQBwhQUAfoUFAMCFBQDFhQUAEIYFAB2GBQAgpQ0AZYYFALCGBQC/hgUAAIcFACCHBQBQhwUAXIcFAKCHBQCqhwUA8IcFAPiHBQBAiAUATIgFAJCIBQCWiAUA4IgFAOaIBQAwiQUANYkFAICJBQCGiQUAEKYNANWJBQAgigUAKYoFAHCKBQCBigUAwIoFAMeKBQAQiwUAGIsFAGCLBQBtiwUAsIsFALWLBQAAjAUACowFAFCMBQBYjAUAoIwFAK+MBQDwjAUA9YwFAECNBQBNjQUAkI0FAJ2NBQDgjQUA7I0FADCOBQA/jgUAgI4FAIqOBQDQjgUA2I4FACCPBQAqjwUAcI8FAHWPBQDAjwUAyI8FAACnDQAVkAUAYJAFAGOQBQCwkAUAupAFAFCnDQAGkQUAUJEFAFWRBQCgkQUAwJEFAPCRBQD8kQUAQJIFAEaSBQCQkgUAk5IFAOCSBQDikgUAMJMFAEuTBQCAkwUAgpMFANCTBQDekwUAIJQFADGUBQBwlAUAcpQFAMCUBQDZlAUAEJUFACGVBQBglQUAbJUFAKCnDQDAlQUAAJYFACCWBQBQlgUAUpYFAKCWBQCslgUAcBAMAK+WBQAwsQUAvJYFALC9BQDJlgUA8JYFAPOWBQBAlwUATZcFAPCbBQBPlwUAkJcFAJWXBQDglwUA7ZcFADCYBQA9mAUAgJgFAIyYBQDQmAUA35gFACCZBQAqmQUAcJkFAH6ZBQDAmQUAxZkFABCaBQAdmgUAYJoFAGyaBQCwmgUAtpoFAACbBQAGmwUAUJsFAFWbBQCgmwUAppsFAPCnDQD5mwUAQJwFAFacBQCQnAUAqZwFAOCcBQDsnAUAMJ0FADadBQCAnQUAhZ0FANCdBQDgnQUAIJ4FACaeBQBwngUAfJ4FAMCeBQDKngUAEJ8FABafBQBgnwUAbp8FALCfBQC8nwUAAKAFAAOgBQBQoAUAXKAFAKCgBQCzoAUA8KAFAP+gBQBAoQUATKEFAJChBQCcoQUA4KEFAOehBQAwogUAPKIFAICiBQCHogUAQKgNAOaiBQAgowUAIqMFAHCjBQCEowUAwKMFAMijBQAQpAUAHaQFAGCkBQBlpAUAsKQFALqkBQAApQUACKUFAFClBQBppQUAoKUFAKylBQDwpQUA+KUFAJCoDQBbpgUAkKYFAJKmBQDgpgUA7qYFADCnBQBBpwUAgKcFAIKnBQDQpwUA6acFACCoBQAxqAUAcKgFAHyoBQDgqA0AxagFABCpBQAZqQUAYKkFAHGpBQCwqQUAt6kFAACqBQAIqgUAUKoFAF2qBQCgqgUApaoFAPCqBQD6qgUAQKsFAEirBQCQqwUAqasFAOCrBQDsqwUAMKwFADisBQCAqQ0Ag6wFANCsBQDarAUAIK0FACKtBQBwrQUAia0FAMCtBQDRrQUAEK4FAB6uBQBgrgUAY64FALCuBQC7rgUAAK8FAAyvBQBQrwUAV68FANCpDQClrwUA8K8FAPivBQBAsAUATrAFAJCwBQCRsAUA4LAFAPuwBQAgqg0ANbEFAICxBQCNsQUA0LEFAN2xBQAgsgUALLIFAHCyBQB/sgUAwLIFAMqyBQAQswUAHrMFAGCzBQBlswUAsLMFAL2zBQAAtAUADLQFAFC0BQBWtAUAoLQFAKa0BQDwtAUA9bQFAEC1BQBGtQUAcKoNAJ21BQDgtQUA4rUFADC2BQBJtgUAgLYFAJG2BQDQtgUA3LYFACC3BQAotwUAYKsNAHW3BQDAtwUAyLcFABC4BQApuAUAYLgFAGW4BQCwuAUAtbgFAAC5BQAKuQUAULkFAFO5BQCguQUAqrkFAPC5BQD2uQUAQLoFAEK6BQCQugUAkboFAOC6BQDougUAMLsFAEC7BQCAuwUAhrsFANC7BQDVuwUAILwFADa8BQBwvAUAeLwFAMC8BQDovAUAEL0FADO9BQBgvQUAf70FALCrDQC4vQUAAKwNABG+BQBQvgUAXr4FAKC+BQCsvgUA8L4FAP2+BQBAvwUASr8FAJC/BQCYvwUA4L8FAOu/BQAwwAUAMsAFAIDABQCDwAUA0MAFANjABQAgwQUAJsEFAHDBBQB5wQUAwMEFAM3BBQAQwgUAGMIFAGDCBQBlwgUAsMIFALnCBQAAwwUACsMFAFDDBQBYwwUAoMMFAKXDBQDwwwUAAMQFAEDEBQBIxAUAkMQFAJLEBQDgxAUA+8QFADDFBQAyxQUAgMUFAI7FBQDQxQUA4cUFACDGBQAixgUAcMYFAInGBQDAxgUA0cYFABDHBQAcxwUAYMcFAGjHBQBQrA0AtscFAADIBQAFyAUAUMgFAHDIBQCgyAUArMgFAPDIBQD2yAUAQMkFAEPJBQCQyQUAmMkFAODJBQDqyQUAMMoFADXKBQCAygUAiMoFANDKBQDaygUAIMsFACLLBQBwywUAgcsFAMDLBQDgywUAEMwFABjMBQBgzAUAaswFALDMBQC1zAUAoKwNABTNBQBQzQUAWM0FAKDNBQClzQUA8M0FAADOBQBAzgUASM4FAJDOBQCazgUA4M4FAOvOBQAwzwUAPM8FAIDPBQCIzwUA8KwNANzPBQAg0AUALNAFAHDQBQB30AUAwNAFAMjQBQAQ0QUAKdEFAGDRBQBm0QUAsNEFALXRBQAA0gUAINIFAFDSBQBc0gUAoNIFAKbSBQDw0gUA89IFAECtDQBC0wUAkNMFAE7TBQDQ9QwAk9MFAODTBQDq0wUAMNQFAD7UBQCA1AUAj9QFANDUBQDT1AUAINUFAOjUBQDA+AUA7NQFAGDqBQAs1QUAcNUFAHLVBQDA1QUAxtUFABDWBQAf1gUAYNYFAGvWBQCw1gUAuNYFAGA1BgDK1gUAANcFAAzXBQBQ1wUAY9cFAKDXBQCv1wUA8NcFAPzXBQBA2AUAQdgFAJDYBQCa2AUA4NgFAO7YBQAw2QUANdkFAIDZBQCN2QUAkK0NAOrZBQAg2gUAL9oFAHDaBQB12gUAwNoFAM3aBQAQ2wUAHdsFAGDbBQBs2wUAsNsFAL/bBQAA3AUACtwFAFDcBQBe3AUAoNwFAKXcBQDw3AUA/dwFAEDdBQBM3QUAkN0FAJbdBQDg3QUA5t0FADDeBQA13gUAgN4FAIbeBQDgrQ0A0d4FACDfBQDZ3gUA0PUHAN3eBQBw4gcA8N4FABBiCwAs3wUAcN8FAHbfBQAQUQgAfd8FAMDfBQDD3wUAEOAFABzgBQBg4AUAYuAFALDgBQC24AUAAOEFAA/hBQBQ4QUAW+EFAKDhBQCh4QUA8OEFAATiBQBA4gUAWuIFAJDiBQCc4gUA4OIFAPPiBQAw4wUAP+MFAIDjBQCM4wUA0OMFANHjBQAg5AUAKuQFAHDkBQB+5AUAwOQFAMXkBQAQ5QUAHeUFADCuDQB65QUAsOUFAL/lBQAA5gUABeYFAFDmBQBd5gUAoOYFAK3mBQDw5gUA/OYFAEDnBQBP5wUAkOcFAJrnBQDg5wUA7ucFADDoBQA16AUAgOgFAI3oBQDQ6AUA3OgFACDpBQAm6QUAcOkFAHbpBQDA6QUAxekFABDqBQAW6gUAgK4NAHzqBQDQrg0AtuoFAADrBQAC6wUAUOsFAF3rBQCg6wUAo+sFAPDrBQDx6wUAQOwFAEXsBQCQ7AUAluwFAODsBQDq7AUAMO0FAEztBQCA7QUAnO0FACCvDQDW7QUAIO4FACLuBQBw7gUAfe4FAMDuBQDD7gUAEO8FABHvBQBg7wUAZe8FALDvBQC27wUAAPAFAArwBQBQ8AUAbPAFAKDwBQC88AUAcK8NAPbwBQBA8QUARvEFAJDxBQCV8QUA4PEFAObxBQDArw0APvIFAIDyBQCb8gUA0PIFAN7yBQAg8wUALfMFAHDzBQCH8wUAwPMFAM/zBQAQ9AUAFfQFAGD0BQBt9AUAsPQFAL30BQAA9QUADPUFAFD1BQBf9QUAoPUFAKr1BQDw9QUA/vUFAED2BQBF9gUAkPYFAJ32BQDg9gUA4/YFADD3BQA89wUAgPcFAIb3BQDQ9wUA1vcFACD4BQAl+AUAcPgFAHb4BQAQsA0AyvgFABD5BQAW+QUAYPkFAGL5BQCw+QUAvfkFAAD6BQAD+gUAUPoFAFH6BQCg+gUApfoFAPD6BQD2+gUAQPsFAEr7BQCQ+wUAqvsFAOD7BQDv+wUAMPwFADX8BQCA/AUAjfwFAND8BQDd/AUAIP0FACz9BQBw/QUAf/0FAMD9BQDK/QUAEP4FAB7+BQBg/gUAZf4FALD+BQC9/gUAAP8FAAr/BQBgCAYADP8FAFD/BQBW/wUAoP8FAKb/BQDw/wUA9f8FAEAABgBGAAYAYLANAJUABgDgAAYA7QAGADABBgA9AQYAgAEGAIwBBgDQAQYA3wEGACACBgAqAgYAcAIGAH4CBgDAAgYAxQIGABADBgAdAwYAYAMGAGgDBgCwAwYAvAMGAAAEBgAGBAYAUAQGAFYEBgCgBAYApQQGAPAEBgD2BAYAULENAEIFBgCQBQYAmQUGAOAFBgDjBQYAMAYGADwGBgCABgYAhwYGANAGBgDYBgYAIAcGADkHBgBwBwYAhAcGAMAHBgDcBwYAEAgGABgIBgDwsQ0AbggGALAIBgDGCAYAAAkGAAwJBgBQCQYAVQkGAKAJBgCpCQYA8AkGAPoJBgBACgYAXAoGAJAKBgCYCgYAQLINAOUKBgAwCwYAPQsGAIALBgCNCwYA0AsGANwLBgAgDAYALwwGAHAMBgB6DAYAwAwGAM4MBgAQDQYAFQ0GAGANBgBtDQYAsA0GALgNBgAADgYACg4GAFAOBgBeDgYAoA4GALYOBgDwDgYA/A4GAEAPBgBFDwYAkA8GAJkPBgDgDwYA6g8GADAQBgA4EAYAgBAGAI8QBgDQEAYA0hAGACARBgApEQYAcBEGAHMRBgDAEQYAzBEGABASBgAXEgYAYBIGAGgSBgCwEgYAyRIGAAATBgAUEwYAUBMGAGwTBgCgEwYAqBMGAJCyDQD1EwYAQBQGAE0UBgCQFAYAnRQGAOAUBgDsFAYAMBUGAD8VBgCAFQYAihUGANAVBgDaFQYAIBYGAC4WBgBwFgYAhhYGAMAWBgDMFgYAEBcGABUXBgBgFwYAaRcGALAXBgC6FwYAABgGAAwYBgBQGAYAVhgGAKAYBgCmGAYA8BgGAPUYBgBAGQYARhkGAOCyDQCcGQYA4BkGAOQZBgAwGgYAPxoGAIAaBgCFGgYA0BoGAN0aBgAgGwYALRsGAHAbBgB8GwYAwBsGAM8bBgAQHAYAGhwGAGAcBgBuHAYAsBwGALUcBgAAHQYADR0GAFAdBgBcHQYAoB0GAKYdBgDwHQYA9h0GAEAeBgBFHgYAkB4GAJYeBgAwsw0A5R4GADAfBgA3HwYAgB8GAIwfBgDQHwYA0h8GACAgBgDTHwYAcCUGADsgBgBwIAYAciAGAMAgBgDOIAYAECEGACEhBgBgIQYAYiEGALAhBgDJIQYAACIGABEiBgBQIgYAXCIGAKAiBgCsIgYA8CIGAAMjBgBAIwYATyMGAJAjBgCcIwYA4CMGAOEjBgAwJAYAOiQGAIAkBgCOJAYA0CQGANUkBgAgJQYALSUGAICzDQByJQYAwCUGANslBgAQJgYAEiYGAGAmBgBuJgYAsCYGAMEmBgAAJwYAAicGAFAnBgBpJwYAoCcGALEnBgDwJwYA/CcGAEAoBgBMKAYAkCgGAKMoBgDgKAYA7ygGADApBgA8KQYAgCkGAIEpBgDQKQYA2ikGACAqBgAuKgYAcCoGAHUqBgDAKgYAzSoGAHC0DQAVKwYAYCsGAGgrBgCwKwYAsisGAAAsBgARLAYAUCwGAF4sBgCgLAYAuywGAPAsBgD8LAYAQC0GAEgtBgBgtQ0AlS0GAOAtBgDnLQYAMC4GADwuBgCALgYAgy4GANAuBgDYLgYAIC8GADAvBgBwLwYAdS8GAMAvBgDJLwYAEDAGAB0wBgBgMAYAZzAGALAwBgC4MAYAsLUNAA0xBgBQMQYAWDEGAKAxBgC0MQYA8DEGAPUxBgBAMgYASTIGAJAyBgCWMgYA4DIGAOgyBgAwMwYAPzMGAIAzBgCRMwYA0DMGANkzBgAgNAYAIzQGAHA0BgB6NAYAwDQGAMw0BgAQNQYAFjUGAAC2DQBtNQYAsDUGALU1BgAANgYABzYGAFA2BgBcNgYAoDYGAKg2BgBQtg0ACzcGAEA3BgBCNwYAkDcGAJ43BgDgNwYA8TcGADA4BgAyOAYAgDgGAJk4BgDQOAYA4TgGACA5BgAsOQYAoLYNAH85BgDAOQYAzzkGABA6BgAZOgYAYDoGAGY6BgCwOgYAtjoGAAA7BgAMOwYAUDsGAFc7BgCgOwYAqDsGAPA7BgD0OwYAQDwGAEs8BgCQPAYAnjwGAOA8BgDxPAYAMD0GADw9BgCAPQYAiD0GAPC2DQDTPQYAID4GACo+BgBwPgYAcj4GAMA+BgDZPgYAED8GACE/BgBgPwYAbj8GALA/BgCzPwYAAEAGAAtABgBQQAYAXkAGAKBABgCtQAYA8EAGAAdBBgBAQQYASEEGAJBBBgCSQQYA4EEGAOhBBgAwQgYAP0IGAIBCBgCFQgYA0EIGAN1CBgAgQwYALUMGAHBDBgB8QwYAwEMGAM9DBgAQRAYAGkQGAGBEBgBuRAYAsEQGALVEBgAARQYADUUGAFBFBgBYRQYAoEUGAKpFBgDwRQYA9UUGAEBGBgBIRgYAkEYGAJNGBgDgRgYA/UYGADBHBgBBRwYAgEcGAIhHBgDQRwYA00cGACBIBgAsSAYAcEgGAHZIBgDASAYA20gGABBJBgAcSQYAYEkGAGZJBgBAtw0Av0kGAABKBgABSgYAUEoGAIZKBgCgSgYArkoGAPBKBgDxSgYAQEsGAEhLBgCQSwYAn0sGAOBLBgDlSwYAMEwGAD1MBgCATAYAjUwGANBMBgDcTAYAIE0GAC9NBgBwTQYAek0GAMBNBgDOTQYAEE4GABVOBgBgTgYAbU4GALBOBgC4TgYAAE8GAApPBgBQTwYAVU8GAKBPBgCoTwYA8E8GAPpPBgBAUAYAS1AGAJBQBgCcUAYA4FAGAOhQBgCQtw0ANVEGAIBRBgCDUQYA0FEGANpRBgAgUgYAKFIGAOC3DQB+UgYAwFIGANZSBgAQUwYAHFMGAGBTBgBlUwYAsFMGALlTBgAAVAYAClQGAFBUBgBYVAYAoFQGAKxUBgDwVAYAA1UGAEBVBgBBVQYAkFUGAJ5VBgDgVQYA5lUGADBWBgA8VgYAgFYGAIdWBgAwuA0A0VYGACBXBgAsVwYAcFcGAH1XBgDAVwYAyFcGABBYBgAaWAYAYFgGAG9YBgCwWAYAsVgGAABZBgAIWQYAUFkGAF9ZBgCgWQYApVkGAPBZBgD9WQYAQFoGAE1aBgCQWgYAnFoGAOBaBgDvWgYAMFsGADpbBgCAWwYAjlsGANBbBgDVWwYAIFwGAC1cBgBwXAYAeFwGAMBcBgDEXAYAEF0GAB5dBgBgXQYAal0GALBdBgC7XQYAAF4GAAheBgBQXgYAW14GAKBeBgClXgYA8F4GAPNeBgBAXwYASl8GAJBfBgCYXwYA4F8GAP9fBgCAuA0AMmAGAIBgBgCBYAYA0GAGANpgBgAgYQYALmEGAHBhBgCLYQYAwGEGAMxhBgAQYgYAGGIGANC4DQBsYgYAsGIGALZiBgAAYwYAG2MGAFBjBgBcYwYAoGMGAKZjBgDwYwYA+GMGAEBkBgBOZAYAkGQGAJNkBgDgZAYA6GQGADBlBgA5ZQYAgGUGAI1lBgDQZQYA0mUGACBmBgA7ZgYAcGYGAHJmBgDAZgYAzmYGABBnBgAhZwYAYGcGAGJnBgCwZwYAyWcGAABoBgARaAYAUGgGAFxoBgCgaAYAqGgGACC5DQD2aAYAQGkGAEhpBgCQaQYAl2kGAOBpBgDlaQYAMGoGADxqBgCAagYAg2oGANBqBgDYagYAIGsGAC1rBgBwawYAdWsGAMBrBgDKawYAEGwGABhsBgBgbAYAbGwGALBsBgDDbAYAAG0GAA5tBgBQbQYAU20GAKBtBgCqbQYAcLkNAPNtBgBAbgYASG4GAJBuBgCTbgYA4G4GAOxuBgAwbwYANm8GAIBvBgCbbwYA0G8GANxvBgAgcAYAJnAGAHBwBgB4cAYAwHAGAM5wBgAQcQYAE3EGAGBxBgBocQYAsHEGALlxBgAAcgYADXIGAFByBgBScgYAoHIGALtyBgDwcgYA8nIGAEBzBgBOcwYAkHMGAKFzBgDgcwYA4nMGADB0BgBJdAYAgHQGAJF0BgDQdAYA3HQGACB1BgAodQYAwLkNAHZ1BgDAdQYAyHUGABB2BgAXdgYAYHYGAGV2BgCwdgYAvHYGAAB3BgADdwYAUHcGAFh3BgCgdwYArXcGAPB3BgD1dwYAQHgGAEp4BgCQeAYAmHgGAOB4BgDseAYAMHkGAEN5BgCAeQYAjnkGANB5BgDTeQYAIHoGACp6BgAQug0Ac3oGAMB6BgDMegYAEHsGABZ7BgBgewYAe3sGALB7BgC8ewYAAHwGAAZ8BgBQfAYAWHwGAKB8BgCufAYA8HwGAPN8BgBAfQYASH0GAJB9BgCZfQYA4H0GAO19BgAwfgYAMn4GAIB+BgCbfgYA0H4GANJ+BgAgfwYALn8GAHB/BgCBfwYAwH8GAMJ/BgAQgAYAKYAGAGCABgBxgAYAsIAGALyABgAAgQYACIEGAGC6DQBWgQYAoIEGAKiBBgDwgQYA94EGAECCBgBFggYAkIIGAJyCBgDgggYA44IGADCDBgA4gwYAgIMGAI2DBgDQgwYA1YMGACCEBgAqhAYAcIQGAHiEBgDAhAYAzIQGABCFBgAjhQYAYIUGAG6FBgCwhQYAs4UGAACGBgAKhgYAsLoNAFKGBgCghgYAVYYGABBSBwBZhgYA0KUMAF6GBgCwsQcAqoYGAJAiDACxhgYA8IYGAAGHBgBAhwYATocGAJCHBgCshwYA4IcGAPyHBgAAuw0APogGAICIBgCNiAYA0IgGAOeIBgAgiQYALIkGAHCJBgB2iQYAwIkGAMaJBgAQigYAFYoGAGCKBgBmigYAULsNALWKBgAAiwYACIsGAFCLBgBTiwYAoIsGAKyLBgDwiwYA9osGAECMBgBbjAYAkIwGAJyMBgDgjAYA5owGADCNBgA4jQYAgI0GAIKNBgDQjQYA640GACCOBgAijgYAcI4GAH6OBgDAjgYA0Y4GABCPBgASjwYAYI8GAHmPBgCwjwYAwY8GAACQBgAMkAYAQLwNAGaQBgCgkAYAr5AGAPCQBgDJkAYAoJUGAPKQBgBAkQYAT5EGAJCRBgCbkQYA4JEGAOyRBgAwkgYAM5IGAICSBgA3kgYAsJ4GAEySBgDAmAYAjJIGANCSBgDWkgYAIJMGADuTBgBwkwYAfJMGAMCTBgDGkwYAEJQGAByUBgBglAYAZpQGALCUBgC2lAYAAJUGAAWVBgBQlQYAVpUGAJC8DQCjlQYA8JUGAAyWBgBAlgYASJYGAIC9DQCclgYA4JYGAOaWBgAwlwYAS5cGAICXBgCMlwYA0JcGANaXBgAgmAYAKJgGAHCYBgCRmAYA0L0NAMiYBgAgvg0AFZkGAGCZBgBtmQYAsJkGAL2ZBgAAmgYADJoGAFCaBgBfmgYAoJoGAKqaBgDwmgYA+JoGAECbBgBKmwYAkJsGAJ6bBgDgmwYA9psGADCcBgA8nAYAgJwGAIWcBgDQnAYA2ZwGACCdBgAqnQYAcJ0GAHidBgDAnQYAyp0GABCeBgAVngYAYJ4GAGieBgBwvg0AvJ4GAACfBgATnwYAUJ8GAF+fBgCgnwYArJ8GAPCfBgDxnwYAQKAGAEqgBgCQoAYAnqAGAOCgBgDloAYAMKEGAD2hBgDAvg0Ai6EGANChBgDcoQYAIKIGACaiBgBwogYAfKIGAMCiBgDIogYAsL8NABOjBgBgowYAaKMGALCjBgC9owYAAKQGAAWkBgBQpAYAWKQGAKCkBgCipAYA8KQGAAulBgBApQYAQqUGAJClBgCepQYA4KUGAPGlBgAwpgYAMqYGAICmBgCZpgYA0KYGAOGmBgAgpwYALKcGAHCnBgB4pwYAAMANAMWnBgAQqAYAHagGAGCoBgBtqAYAsKgGALyoBgAAqQYAD6kGAFCpBgBaqQYAoKkGAK6pBgDwqQYA9akGAECqBgBNqgYAkKoGAJiqBgDgqgYA4qoGADCrBgA6qwYAgKsGAIirBgBQwA0A26sGACCsBgAurAYAcKwGAHOsBgDArAYAyKwGABCtBgAmrQYAYK0GAGWtBgCwrQYAxq0GAACuBgAMrgYAUK4GAF2uBgCgrgYAqq4GAKDADQD+rgYAQK8GAFmvBgCQrwYApq8GAOCvBgDvrwYAMLAGAEqwBgCAsAYAg7AGADC1BgCLsAYA4LkGAI+wBgDQsAYA1bAGACCxBgAtsQYAcLEGAH2xBgDAsQYAzLEGABCyBgAfsgYAYLIGAGqyBgCwsgYAvrIGAACzBgAFswYAULMGAF2zBgCgswYArLMGAPCzBgD2swYAQLQGAEa0BgCQtAYAlbQGAOC0BgDmtAYA8MANADy1BgCAtQYAhrUGANC1BgDrtQYAILYGACy2BgBwtgYAdrYGAMC2BgDHtgYAELcGABW3BgCguAYAHLcGAGC3BgBitwYAsLcGALe3BgAAuAYAHLgGAFC4BgBYuAYA4MENAKS4BgDwuAYA/bgGAEC5BgBcuQYAkLkGAJi5BgAwwg0A5bkGADC6BgAzugYAgLoGAIq6BgDQugYA4boGACC7BgAluwYAcLsGAHW7BgDAuwYA4LsGABC8BgAZvAYAYLwGAGG8BgCwvAYAvLwGAAC9BgAGvQYAUL0GAFa9BgCgvQYApb0GAPC9BgD2vQYAgMINAEK+BgCQvgYAlr4GAOC+BgAAvwYAML8GADy/BgCAvwYAh78GANC/BgDYvwYAIMAGACfABgBwwAYAfMAGAMDABgDCwAYAEMEGABfBBgBwww0AYsEGALDBBgCzwQYAAMIGAAjCBgBQwgYAYMIGAKDCBgCiwgYA8MIGAP7CBgBAwwYAUcMGAMDDDQCXwwYAEMQNAO3DBgAwxAYAN8QGAIDEBgCIxAYA0MQGAN7EBgAgxQYAI8UGAHDFBgB4xQYAwMUGAMfFBgAQxgYAHsYGAGDGBgBjxgYAsMYGALLGBgAAxwYAGccGAFDHBgBhxwYAoMcGAKzHBgDwxwYA98cGAEDIBgBIyAYAkMgGAJnIBgDgyAYA7cgGADDJBgA6yQYAgMkGAI7JBgDQyQYA4ckGACDKBgAoygYAcMoGAHrKBgDAygYAzsoGABDLBgAmywYAYMsGAGzLBgCwywYAt8sGAADMBgAIzAYAUMwGAFbMBgCgzAYArMwGAPDMBgD6zAYAQM0GAEbNBgCQzQYApM0GALDEDQDlzQYAMM4GADPOBgCAzgYAis4GANDOBgDSzgYAIM8GADvPBgBwzwYAcs8GAMDPBgDOzwYAENAGACHQBgBg0AYAYtAGALDQBgDJ0AYAANEGABHRBgBQ0QYAXNEGAADFDQC90QYA8NEGAAHSBgBA0gYAXNIGAJDSBgCY0gYAUMUNAOXSBgAw0wYAONMGAIDTBgCL0wYA0NMGANXTBgAg1AYAI9QGAHDUBgB61AYAwNQGAMPUBgAQ1QYAGNUGAGDVBgBi1QYAsNUGAMvVBgAA1gYAAtYGAFDWBgBe1gYAoNYGALHWBgDw1gYA8tYGAEDXBgBZ1wYAkNcGAKHXBgDg1wYA7NcGADDYBgA42AYAoMUNAI3YBgDQ2AYA2NgGACDZBgAq2QYAcNkGAHvZBgDA2QYAzNkGABDaBgAY2gYA8MUNAGXaBgCw2gYAtdoGAADbBgAR2wYAQMYNAF3bBgCg2wYAotsGAPDbBgAJ3AYAQNwGAFHcBgCQ3AYAnNwGAODcBgDo3AYAkMYNADXdBgCA3QYAiN0GANDdBgDf3QYAIN4GACbeBgBw3gYAfN4GAMDeBgDC3gYAEN8GABrfBgBg3wYAbN8GALDfBgC43wYA4MYNAAzgBgBQ4AYAU+AGAKDgBgCj4AYA8OAGAP7gBgBA4QYAReEGAJDhBgCd4QYAMMcNAPHhBgAw4gYAOOIGAIDiBgA94gYAQOsGAIviBgDQ4gYA1eIGACDjBgAj4wYAcOMGAHrjBgDA4wYA4+MGABDkBgAT5AYAYOQGAITkBgCw5AYAuOQGAIDHDQAG5QYAUOUGAF7lBgCg5QYArOUGAPDlBgD35QYAQOYGAEjmBgCQ5gYAoOYGAODmBgDl5gYAMOcGADbnBgCA5wYAiOcGANDnBgDt5wYAIOgGACnoBgBw6AYAfOgGAMDoBgDG6AYAEOkGACTpBgBg6QYAaOkGALDpBgDA6QYAAOoGAALqBgBQ6gYAXuoGAKDqBgCx6gYA0McNAPfqBgAgyA0AResGAJDrBgCX6wYA4OsGAOzrBgAw7AYAM+wGAIDsBgCQ7AYA0OwGANLsBgAg7QYALu0GAHDtBgCB7QYAcMgNAMftBgDAyA0AI+4GAGDuBgBv7gYAsO4GALzuBgAA7wYAAe8GAFDvBgBa7wYAoO8GAK7vBgDw7wYA9e8GAEDwBgBN8AYAEMkNAJXwBgDg8AYA6fAGADDxBgBB8QYAgPEGAIfxBgDQ8QYA2PEGACDyBgAt8gYAcPIGAHXyBgDA8gYAyvIGABDzBgAY8wYAYPMGAGbzBgCw8wYAvPMGAAD0BgAC9AYAUPQGAF/0BgCg9AYAq/QGAPD0BgD49AYAQPUGAEL1BgCQ9QYAnfUGAOD1BgD09QYAMPYGADj2BgCA9gYAj/YGAND2BgDV9gYAIPcGAC33BgBw9wYAevcGAMD3BgDC9wYAEPgGAB/4BgBg+AYAavgGALD4BgC4+AYAAPkGAAH5BgBQ+QYAVfkGAKD5BgCu+QYA8PkGAP35BgBA+gYASvoGAADKDQCT+gYA4PoGAOz6BgBACQcA/PoGADD7BgA4+wYAUMoNAIX7BgDQ+wYA2PsGACD8BgAj/AYAcPwGAHz8BgDA/AYAxvwGABD9BgAr/QYAYP0GAGz9BgCw/QYAtv0GAAD+BgAD/gYAUP4GAFj+BgCg/gYAov4GAPD+BgAL/wYAQP8GAEL/BgCQ/wYAnv8GAOD/BgDx/wYAMAAHADIABwCAAAcAmQAHANAABwDhAAcAIAEHACwBBwBwAQcAeAEHAKDKDQDFAQcAEAIHABYCBwBgAgcAaAIHALACBwC/AgcAAAMHAAUDBwBQAwcAXQMHAKADBwCtAwcA8AMHAPwDBwBABAcATwQHAJAEBwCaBAcA4AQHAO4EBwAwBQcANQUHAIAFBwCNBQcA8MoNANwFBwAgBgcAJgYHAHAGBwCLBgcAwAYHAMwGBwAQBwcAFgcHAGAHBwBjBwcAsAcHALwHBwAACAcABggHAFAIBwBWCAcAoAgHAKUIBwDwCAcA9ggHAEDLDQBGCQcAkAkHAJYJBwDgCQcA5QkHADAKBwA2CgcAkMsNAIUKBwDQCgcA3QoHACALBwAtCwcAcAsHAHwLBwDACwcAzwsHABAMBwAaDAcAYAwHAG4MBwCwDAcAtQwHAAANBwANDQcAUA0HAGgNBwCgDQcApg0HAPANBwD8DQcAQA4HAFAOBwCQDgcAmQ4HAOAOBwDjDgcAMA8HADwPBwCADwcAhw8HAIDMDQDSDwcAIBAHACoQBwBwEAcAcxAHAMAQBwDIEAcAEBEHABMRBwBgEQcAbBEHALARBwC2EQcAABIHABsSBwBQEgcAXBIHAKASBwCmEgcA0MwNABATBwBAEwcASxMHAJATBwCVEwcA4BMHAOkTBwAwFAcAMxQHAIAUBwCMFAcA0BQHANwUBwDQHgcA6BQHACAVBwAnFQcAcBUHAHYVBwDAFQcAzhUHABAWBwArFgcAYBYHAGwWBwCwFgcAthYHAAAXBwAaFwcAUBcHAFwXBwCgFwcAphcHAPAXBwD2FwcAQBgHAEUYBwCQGAcAlhgHACDNDQDtGAcAMBkHADwZBwCAGQcAihkHANAZBwDUGQcAIBoHACUaBwBwGgcAdhoHAMAaBwDgGgcAEBsHABwbBwBgGwcAZhsHALAbBwC2GwcAABwHAAUcBwBQHAcAVhwHAMDNDQClHAcA8BwHAPccBwBAHQcATB0HAJAdBwCsHQcA4B0HAOgdBwCwzg0AZx4HAIAeBwCmHgcAAM8NAOMeBwAgHwcALx8HAHAfBwB8HwcAwB8HAMEfBwAQIAcAGiAHAGAgBwBuIAcAsCAHALUgBwAAIQcADSEHAFDPDQBYIQcAQNANAKUhBwDwIQcA/SEHAEAiBwBNIgcAkCIHAJwiBwDgIgcA7yIHADAjBwA6IwcAgCMHAI4jBwDQIwcA1SMHACAkBwAtJAcAcCQHAHgkBwDAJAcAxiQHABAlBwAcJQcAYCUHAHAlBwCwJQcAuSUHAAAmBwADJgcAUCYHAFwmBwCgJgcApyYHAJDQDQD7JgcAQCcHAEwnBwCQJwcAmCcHAODQDQDtJwcAMCgHADcoBwCAKAcAgSgHANAoBwDVKAcAICkHAC4pBwBwKQcAfSkHAMApBwDKKQcAECoHABgqBwBgKgcAaSoHALAqBwC2KgcAACsHABErBwBQKwcAbCsHAKArBwCoKwcAMNENAPsrBwBALAcASiwHAJAsBwCaLAcA4CwHAOEsBwCA0Q0ANS0HAIAtBwCNLQcA0C0HAN0tBwAgLgcALC4HAHAuBwB/LgcAwC4HAMouBwAQLwcAGC8HAGAvBwBqLwcAsC8HALUvBwAAMAcACDAHANDRDQBbMAcAoDAHAKwwBwDwMAcA+DAHACDSDQBFMQcAkDEHAJ8xBwDgMQcAADIHADAyBwA8MgcAgDIHAIYyBwDQMgcA2DIHACAzBwAnMwcAcDMHAHIzBwDAMwcAzDMHABA0BwAmNAcAYDQHAGU0BwCwNAcAvTQHAHDSDQAFNQcAUDUHAF81BwCgNQcAwDUHAPA1BwD8NQcAQDYHAEY2BwCQNgcAmDYHAOA2BwDnNgcAMDcHADI3BwCANwcAjDcHANA3BwDmNwcAIDgHACU4BwBwOAcAfTgHAMA4BwDIOAcAEDkHABY5BwBgOQcAaTkHALA5BwC9OQcAADoHAA06BwBQOgcAXjoHAKA6BwCtOgcA8DoHAAc7BwBAOwcAbjsHAMDSDQCWOwcA4DsHAJ07BwCQ3AsA9jsHADA8BwA+PAcAgDwHAIM8BwDQPAcA0zwHACA9BwAuPQcAcD0HAHU9BwDAPQcAzT0HABA+BwAYPgcAYD4HAGc+BwCwPgcAvD4HAAA/BwANPwcAUD8HAF4/BwCgPwcArD8HAPA/BwD3PwcAQEAHAEhABwCQQAcAlEAHAOBABwDrQAcAMEEHAD5BBwCAQQcAkUEHANBBBwDcQQcAIEIHAChCBwAQ0w0AdkIHAMBCBwDUQgcAEEMHAB5DBwBgQwcAbUMHALBDBwDHQwcAAEQHAAhEBwBQRAcAWkQHAKBEBwClRAcA8EQHAPhEBwBARQcAT0UHAJBFBwCVRQcA4EUHAO1FBwAwRgcAPUYHAIBGBwCMRgcA0EYHAN9GBwAgRwcAKkcHAHBHBwB4RwcAwEcHAMpHBwAQSAcAFUgHAGBIBwBoSAcAYNMNALtIBwAASQcADEkHAFBJBwBYSQcAsNMNAKVJBwDwSQcA/0kHAEBKBwBgSgcAkEoHAJxKBwDgSgcA5koHADBLBwA4SwcAgEsHAIdLBwDQSwcA0ksHACBMBwAsTAcAcEwHAIZMBwDATAcAxUwHABBNBwAdTQcAANQNAGlNBwCwTQcAtk0HAABOBwAOTgcAUE4HAF1OBwCgTgcAt04HAPBOBwD4TgcAQE8HAE9PBwCQTwcAlU8HAOBPBwDtTwcAMFAHAD1QBwCAUAcAjFAHANBQBwDfUAcAIFEHACpRBwBwUQcAjFEHAMBRBwDIUQcAUNQNAB9SBwBgUgcAalIHAHBDCwCAUgcAsFIHALxSBwAAUwcABlMHAFBTBwBYUwcAMJEHAFxTBwCgUwcAalMHAJB8BwCzUwcA8FMHAP9TBwBAVAcATFQHAJBUBwCRVAcA4FQHAOpUBwAwVQcAPlUHAIBVBwCFVQcA0FUHAN1VBwCg1A0AJlYHAHBWBwB2VgcAwFYHAMVWBwAQVwcAFlcHAJDVDQBrVwcAsFcHAL5XBwAAWAcAEVgHAFBYBwBcWAcAoFgHAKhYBwAw1g0A/FgHAEBZBwBKWQcAkFkHAJ9ZBwDgWQcA61kHADBaBwA+WgcAgFoHAI1aBwDQWgcA51oHACBbBwAoWwcAcFsHAHNbBwDAWwcAzFsHABBcBwAWXAcAYFwHAHtcBwCwXAcAvFwHAABdBwAGXQcAUF0HAFhdBwCgXQcAol0HAPBdBwDxXQcAQF4HAE5eBwCQXgcAmF4HAOBeBwD7XgcAMF8HADxfBwCAXwcAhl8HANBfBwDTXwcAIGAHAC5gBwBwYAcAdWAHAMBgBwDNYAcAgNYNAB1hBwCgQAsAIWEHAGBhBwAjYQcA8IELAGxhBwCwYQcAvWEHAABiBwAFYgcAUGIHAFpiBwCgYgcAsGIHAPBiBwD1YgcAQGMHAEljBwCQYwcAnWMHAOBjBwDnYwcAMGQHADxkBwCAZAcAhmQHANBkBwDWZAcAIGUHACVlBwBwZQcAdmUHANDWDQDMZQcAEGYHABZmBwBgZgcAZmYHALBmBwC9ZgcAAGcHAAVnBwBQZwcAWGcHAKBnBwDVZwcA8GcHACBoBwBAaAcASGgHAJBoBwCdaAcA4GgHAOVoBwAwaQcAOGkHAIBpBwCDaQcA0GkHANlpBwAgagcAL2oHAHBqBwB7agcAwGoHAMhqBwAQawcAIGsHAGBrBwBuawcAsGsHAMFrBwAAbAcADGwHAFBsBwBYbAcAwNcNAKZsBwDwbAcA+GwHAEBtBwBHbQcAkG0HAJ5tBwDgbQcA5m0HADBuBwA8bgcAgG4HAI9uBwDQbgcA2m4HACBvBwAlbwcAcG8HAHZvBwDAbwcA1G8HABDYDQAdcAcAYHAHAB9wBwCQrgcAZXAHALBwBwC8cAcAAHEHAA1xBwBQcQcAWnEHAGDYDQC7cQcA8HEHAPJxBwBAcgcARnIHAJByBwDGcgcA4HIHAOZyBwAwcwcAOXMHAIBzBwCNcwcA0HMHAAZ0BwAgdAcAJ3QHAHB0BwB1dAcAwHQHAM90BwAQdQcAMHUHAGB1BwBsdQcAsHUHALZ1BwAAdgcAGnYHAFB2BwBTdgcAoHYHAKV2BwDwdgcA/3YHAEB3BwBgdwcAANkNALB3BwDgdwcA7HcHADB4BwA6eAcAgHgHAIx4BwBQIAgAjXgHANB4BwDVeAcAIHkHACp5BwBweQcAgHkHAMB5BwDFeQcAEHoHABl6BwBgegcAbXoHALB6BwC3egcAAHsHAAx7BwBQewcAVnsHAKB7BwCmewcA8HsHAPV7BwBAfAcARnwHAFDZDQCTfAcA4HwHAOV8BwAwfQcAP30HAIB9BwCgfQcA8NkNAN59BwAgfgcALX4HAHB+BwB3fgcAwH4HAMh+BwAQfwcAEn8HAGB/BwAXfwcAUOIJACd/BwAQpQkAZn8HAGDICQBofwcAsH8HALR/BwAwhwcAxn8HAFCICQDLfwcAAIAHAAKABwBQgAcAYYAHAKCABwCugAcA8IAHAPeABwBAgQcASIEHAJCBBwCXgQcA4IEHAOWBBwAwggcAP4IHAICCBwCgggcA0IIHANyCBwAggwcAJoMHAHCDBwB4gwcAwIMHAMyDBwAQhAcAHYQHAGCEBwB7hAcAsIQHAL6EBwAAhQcABoUHAFCFBwBVhQcAoIUHAK2FBwDwhQcABoYHAECGBwBMhgcAkIYHAJ2GBwDghgcA6oYHAEDaDQA1hwcAgIcHAIaHBwDQhwcA8IcHACCIBwAuiAcAcIgHAH2IBwDAiAcA14gHABCJBwAYiQcAYIkHAG+JBwCwiQcAtYkHAACKBwANigcAUIoHAFqKBwCgigcAoooHAPCKBwD+igcAQIsHAE2LBwCQiwcAnIsHAOCLBwDmiwcAMIwHADiMBwCAjAcAhowHANCMBwDZjAcAII0HAC2NBwBwjQcAeo0HAMCNBwDOjQcAEI4HACaOBwBgjgcAbI4HALCOBwC4jgcAkNoNAAqPBwBQjwcAVo8HAKCPBwCijwcA8I8HAPqPBwBAkAcATJAHAJCQBwCnkAcA4JAHAPSQBwDg2g0APpEHAICRBwCDkQcA0JEHANiRBwAgkgcALJIHAHCSBwB+kgcAwJIHAMqSBwAQkwcAG5MHAGCTBwBskwcAsJMHALaTBwAAlAcACJQHAFCUBwBdlAcAoJQHAKWUBwDwlAcA+pQHAECVBwBIlQcAkJUHAJaVBwDglQcA6ZUHADCWBwA9lgcAgJYHAI2WBwDQlgcA3pYHACCXBwAtlwcAcJcHAIeXBwDAlwcAyJcHABCYBwAVmAcAYJgHAGaYBwCwmAcAuJgHAACZBwAWmQcAUJkHAF6ZBwCgmQcAo5kHAPCZBwD/mQcAQJoHAEWaBwCQmgcAnZoHAOCaBwDwmgcAMJsHAD6bBwCAmwcAl5sHANCbBwDZmwcAIJwHACacBwBwnAcAfJwHAMCcBwDHnAcAMNsNABydBwBgnQcAYp0HALCdBwC6nQcAAJ4HAAyeBwBQngcAWJ4HAIDbDQClngcA8J4HAP+eBwBAnwcAYJ8HAJCfBwCcnwcA4J8HAOafBwAwoAcAOKAHAICgBwCBoAcA0KAHANagBwAgoQcAJaEHAHChBwCLoQcAwKEHAM6hBwAQogcAF6IHAGCiBwBsogcAsKIHALaiBwDQ2w0ABaMHAFCjBwBaowcAoKMHALGjBwDwowcA/KMHAECkBwBDpAcAkKQHAJOkBwDgpAcA6KQHADClBwA3pQcAgKUHAIWlBwDQpQcA36UHACCmBwBApgcAcKYHAHymBwDApgcAxqYHABCnBwAYpwcAYKcHAG2nBwCwpwcAtacHAACoBwAKqAcAUKgHAFioBwCgqAcAsKgHAPCoBwD1qAcAQKkHAEmpBwCQqQcAnakHAOCpBwDnqQcAINwNADWqBwCAqgcAj6oHANCqBwDwqgcAIKsHACyrBwBwqwcAdqsHAMCrBwDIqwcAEKwHABysBwBgrAcAbawHALCsBwC3rAcAAK0HAAGtBwBQrQcAVa0HAKCtBwCurQcA8K0HAP2tBwBArgcASq4HAHDcDQCVrgcA4K4HAO2uBwAwrwcAPa8HAICvBwCGrwcA0K8HANyvBwAgsAcAMLAHAHCwBwB5sAcAwLAHAMOwBwAQsQcAHLEHAGCxBwBnsQcAwNwNALKxBwAAsgcAt7EHAKCbCgDAsQcAAHsMABGyBwBQsgcAWLIHAKCyBwCqsgcA8LIHAP+yBwBAswcAQbMHAJCzBwCYswcAYN0NAOizBwCw3Q0AT7QHAFDeDQCetAcA0LQHAKO0BwDgHAgAqLQHABDUBwDYtAcAILUHAC+1BwBwtQcAdbUHAMC1BwDNtQcAELYHAB22BwBgtgcAbLYHALC2BwC/tgcAALcHAAq3BwBQtwcAc7cHAKC3BwDVtwcA8LcHABS4BwBAuAcASLgHAKDeDQCVuAcA4LgHAOa4BwAwuQcAOLkHAPDeDQCOuQcA0LkHAOu5BwAgugcALLoHAHC6BwCBugcAwLoHANS6BwAQuwcAGLsHAGC7BwBmuwcAsLsHALy7BwAAvAcAELwHAFC8BwBZvAcAoLwHAKO8BwDwvAcA/LwHAEC9BwBHvQcAQN8NAJ69BwDgvQcA6r0HAJDfDQA1vgcAgL4HAI2+BwDQvgcA3b4HACC/BwAsvwcAcL8HAH+/BwDAvwcAyr8HABDABwAewAcAYMAHAGXABwCwwAcAvcAHAADBBwAIwQcAUMEHAFbBBwCgwQcArMEHAPDBBwAAwgcAQMIHAEnCBwCQwgcAk8IHAODCBwDswgcAMMMHADfDBwDg3w0Aj8MHANDDBwDVwwcAIMQHAC3EBwBwxAcAfcQHAMDEBwDGxAcAEMUHABzFBwBgxQcAcMUHALDFBwC5xQcAAMYHAAPGBwBQxgcAXMYHAKDGBwCnxgcAMOANAPXGBwBAxwcATccHAJDHBwCuxwcA4McHAOzHBwAwyAcAQ8gHAIDIBwCOyAcA0MgHANPIBwAgyQcAKskHAHDJBwB+yQcAwMkHAM3JBwAQygcAJ8oHAGDKBwBoygcAsMoHALfKBwAAywcABcsHAFDLBwBmywcAoMsHAKLLBwDwywcA/ssHAEDMBwBNzAcAgOANAJjMBwDQ4A0A5cwHADDNBwA9zQcAgM0HAI3NBwDQzQcA3M0HACDOBwAvzgcAcM4HAHrOBwDAzgcAzs4HABDPBwAVzwcAYM8HAG3PBwCwzwcAuM8HAADQBwAG0AcAUNAHAFzQBwCg0AcAsNAHAPDQBwD50AcAQNEHAEPRBwCQ0QcAnNEHAODRBwDn0QcAIOENADzSBwCA0gcAkNIHANDSBwDZ0gcAINMHACPTBwBw0wcAfNMHAMDTBwDH0wcAcOENABnUBwAw1wcAGtQHAGDUBwBv1AcAsNQHAHHUBwDw1QcAsdQHAADVBwAc1QcAUNUHAIbVBwCg1QcA1tUHAMDhDQDz1QcAQNYHAFzWBwCQ1gcAxtYHAODWBwAW1wcAEOINAD3XBwCA1wcAjtcHANDXBwDj1wcAINgHADzYBwBw2AcAptgHAMDYBwD22AcAYOINACHZBwBg2QcAbNkHALDZBwC42QcAsOINAAXaBwBQ2gcAWNoHAKDaBwCv2gcA8NoHAPXaBwBA2wcATdsHAJDbBwCd2wcA4NsHAOzbBwAw3AcAP9wHAIDcBwCK3AcA0NwHANjcBwAg3QcAKt0HAHDdBwB13QcAwN0HAMjdBwAA4w0AH94HAGDeBwAh3gcAoN8HAGHeBwCw3gcAzN4HAADfBwA23wcAUN8HAIbfBwBQ4w0Ao98HAPDfBwAM4AcAQOAHAHbgBwCQ4AcAxuAHAKDjDQDj4AcAMOEHAEHhBwCA4QcAnOEHANDhBwAG4gcAIOIHAFbiBwDw4w0AfeIHAMDiBwDM4gcAEOMHAB/jBwBg4wcAauMHALDjBwC+4wcAAOQHAAXkBwBQ5AcAXeQHAKDkBwCo5AcA8OQHAPbkBwBA5QcAAOUHAABDCABM5QcAkOUHAKDlBwDg5QcA6eUHADDmBwAz5gcAgOYHAIzmBwDQ5gcA1+YHAEDkDQAl5wcAMGYKACrnBwBw5wcALOcHAHADCgB65wcAwOcHAMHnBwAQ6AcAH+gHAGDoBwBl6AcAsOgHAL3oBwAA6QcADekHAFDpBwBc6QcAoOkHAK/pBwDw6QcA+ukHAEDqBwBO6gcAkOoHAJXqBwDg6gcA7eoHADDrBwAx6wcAgOsHAIXrBwDQ6wcA1esHACDsBwAx7AcAcOwHAJPsBwDA7AcAy+wHABDtBwAV7QcAYO0HAGPtBwCw7QcAuu0HAADuBwAr7gcAUO4HAG/uBwCQ5A0ArO4HAPDuBwDy7gcAQO8HAE/vBwCQ7wcAm+8HAODvBwDo7wcAMPAHADfwBwCA8AcAgvAHANDwBwDa8AcAIPEHACLxBwBw8QcAifEHAMDxBwDC8QcAEPIHABPyBwBg8gcAbPIHALDyBwC48gcA4OQNAAzzBwBQ8wcAVvMHAKDzBwC78wcA8PMHAPzzBwBA9AcARvQHAJD0BwCY9AcA4PQHAOL0BwAw9QcAOvUHAID1BwCI9QcAMOUNAOH1BwAg9gcAJ/YHAHD2BwB49gcAwPYHAM32BwAQ9wcAFfcHAGD3BwBq9wcAsPcHALj3BwAA+AcAD/gHAFD4BwBV+AcAoPgHAK34BwDw+AcA/fgHAED5BwBM+QcAkPkHAJ/5BwDg+QcA6vkHADD6BwA4+gcAgPoHAIr6BwDQ+gcA1foHACD7BwAo+wcAgOUNAHz7BwDA+wcA0PsHABD8BwAZ/AcAYPwHAGP8BwCw/AcAvPwHAAD9BwAH/QcA0OUNAFb9BwCg/QcApv0HAPD9BwD1/QcAQP4HAEb+BwAg5g0Alv4HAOD+BwDm/gcAMP8HADX/BwDAkwsAPf8HAID/BwCF/wcA0P8HANj/BwAgAAgAUgAIAFAHCABXAAgAcAAIAKcACADAAAgA9wAIABABCABAAQgAYAEIAGgBCACwAQgAvwEIAAACCAAFAggAUAIIAF0CCACgAggArQIIAPACCAD8AggAQAMIAE8DCACQAwgAmgMIAOADCADuAwgAMAQIADUECACABAgAjQQIANAECADYBAgAIAUIACYFCABwBQgAfAUIAMAFCADQBQgAEAYIABkGCABgBggAYwYIALAGCAC8BggAAAcIAAcHCABw5g0AhwcIAKAHCADQBwgA8AcIAPgHCABACAgATwgIAJAICACVCAgA4AgIAO0ICAAwCQgAPQkIAIAJCACMCQgA0AkIAN8JCAAgCggAKgoIAHAKCAB+CggAwAoIAMUKCAAQCwgAHQsIAGALCABoCwgAsAsIALYLCAAADAgADAwIAFAMCABgDAgAoAwIAKkMCADwDAgA8wwIAEANCABMDQgAkA0IAJcNCADA5g0A4g0IAHCiCwDuDQgAMA4IAD0OCACADggAjA4IANAOCADWDggAIA8IACYPCABwDwgAdQ8IAMAPCADGDwgAEOcNADYQCABgEAgAhhAIALAQCADiEAgAABEIADcRCABQEQgAgBEIALDnDQCsEQgA8BEIAK4RCACQGwkA+hEIAEASCABaEggAkBIIAJ8SCADgEggA5RIIADATCAA9EwgAgBMIAI0TCADQEwgA3BMIACAUCAAvFAgAcBQIAHoUCADAFAgAzBQIABAVCAAjFQgAYBUIAG8VCACwFQgAvBUIAAAWCAABFggAUBYIAFoWCACgFggArhYIAPAWCAD1FggAQBcIAE0XCAAA6A0AlRcIAOAXCADtFwgAMBgIAD0YCACAGAgAjBgIANAYCADfGAgAIBkIACoZCABwGQgAfhkIAMAZCADFGQgAEBoIAB0aCABgGggAaBoIALAaCAC2GggAABsIAAwbCABQGwgAYBsIAKAbCACpGwgA8BsIAPMbCABAHAgATBwIAJAcCACXHAgA8OgNAOUcCAAwHQgAMx0IAIAdCACIHQgA0B0IANwdCAAgHggAJh4IAHAeCAB2HggAwB4IAMUeCAAQHwgAFh8IAEDpDQCXHwgAsB8IAOcfCAAAIAgAJCAIAODpDQBWIAgAEDIJAGMgCACgIAgAryAIAPAgCAD8IAgAQCEIAEEhCACQIQgAmiEIAOAhCADuIQgAMCIIADUiCACAIggAjSIIADDqDQDzIggAICMIAFcjCABwIwgApyMIAMAjCAD3IwgAECQIADQkCACA6g0AbiQIALAkCAC1JAgAACUIAA0lCABQJQgAWCUIAKAlCACmJQgA8CUIAPwlCABAJggAUCYIAJAmCACZJggA4CYIAOMmCAAwJwgAaCcIAIAnCACMJwgA0OoNANYnCAAgKAgAOSgIAHAoCAB+KAgAwCgIAM0oCAAQKQgAFykIAGApCABpKQgAsCkIAL0pCAAAKggAFyoIAFAqCABTKggAoCoIAKIqCADwKggA+SoIAEArCABQKwgAkCsIAKkrCADgKwgA4isIADAsCAA5LAgAgCwIAIgsCADQLAgA0iwIACAtCAA5LQgAcC0IAIctCADALQgAzC0IABAuCAAhLggAYC4IAGwuCACwLggAuy4IAAAvCAANLwgAUC8IAFovCAAg6w0Asy8IAPAvCAD+LwgAQDAIACowCAAQOAgAeTAIAJAwCACdMAgA4DAIAOgwCAAwMQgANjEIAIAxCACMMQgA0DEIANsxCAAgMggAKTIIAHAyCABzMggAwDIIAMIyCAAQMwgAFzMIAGAzCABiMwgAcOsNALMzCAAANAgADjQIAFA0CABVNAgAoDQIAK00CADwNAgA/DQIAEA1CABINQgAwOsNAJ41CADgNQgA8DUIADA2CAA+NggAgDYIAIk2CADQNggA2jYIACA3CAAiNwgAcDcIAHo3CADANwgAwjcIABDsDQAVOAgAYDgIAGg4CACwOAgAtjgIAAA5CAAMOQgAUDkIAF85CACgOQgAqTkIAPA5CADzOQgAQDoIAEI6CACQOggAlzoIAOA6CADiOggAYOwNADU7CACAOwgAnDsIANA7CADsOwgAsOwNAC08CAAwTgkALzwIAHA8CAB1PAgAwDwIAM08CAAQPQgAHT0IAGA9CABmPQgAsD0IALw9CAAAPggAED4IAFA+CABZPggAoD4IAKM+CADwPggA/D4IAEA/CABHPwgAAO0NAJ8/CADgPwgA5T8IADBACAA9QAgAgEAIAI1ACADQQAgA1kAIACBBCAAsQQgAcEEIAIBBCADAQQgAyUEIABBCCAATQggAYEIIAGxCCACwQggAt0IIAFDtDQACQwgAUEMIAF5DCACgQwgAsUMIAKDtDQD3QwgA8O0NAEhECABA7g0AlUQIAOBECADtRAgAMEUIAD1FCACARQgAjEUIANBFCADfRQgAIEYIACpGCABwRggAfkYIAMBGCADFRggAEEcIAB1HCABgRwgAaEcIALBHCAC2RwgAAEgIAAxICABQSAgAYEgIAKBICACpSAgA8EgIAPNICABASQgATEkIAJBJCACXSQgAkO4NAOVJCAAwSggAOEoIAIBKCACDSggA0EoIANlKCAAgSwgAL0sIAHBLCAB7SwgAwEsIAMhLCAAQTAgAIEwIAGBMCABuTAgAsEwIAMFMCAAATQgADE0IAFBNCABYTQgA4O4NAKZNCADwTQgA+E0IAEBOCABHTggAkE4IAJ5OCADgTggA5k4IADBPCAA8TwgAgE8IAI9PCADQTwgA2k8IACBQCAAlUAgAcFAIAHZQCADAUAgA1FAIADDvDQASUQgAYFEIAGpRCACwUQgAvlEIAABSCAAFUggAUFIIAF1SCACgUggAolIIAPBSCAABUwgAQFMIAExTCACQUwgAllMIAOBTCADmUwgAMFQIADVUCACAVAgAhlQIAIDvDQDVVAgAIFUIADFVCABwVQgAeFUIAMBVCAB8VQgA8HoIAH5VCACwGwwAylUIABBWCAAeVggAYFYIAHZWCACwVggAvFYIAABXCAAHVwgAUFcIAFhXCACgVwgApVcIAPBXCAD5VwgAQFgIAEpYCACQWAgAmFgIAOBYCADkWAgAMFkIADtZCACAWQgAjlkIANBZCADhWQgAIFoIACxaCABwWggAeFoIANDvDQDCWggAEFsIAB5bCABgWwgAalsIALBbCAC+WwgAAFwIAA1cCABQXAgAZ1wIAKBcCACoXAgA8FwIAABdCABAXQgARV0IAJBdCACWXQgA4F0IAOhdCAAwXggAMl4IAIBeCACNXggA0F4IANheCAAgXwgAJV8IAHBfCABxXwgAwF8IAMxfCAAQYAgAHWAIAGBgCABoYAgAsGAIAL9gCAAAYQgABWEIAFBhCABdYQgAoGEIAK1hCADwYQgA/GEIAEBiCABPYggAkGIIAJpiCADgYggA7mIIADBjCAA1YwgAgGMIAI1jCAAg8A0A02MIACBkCAAoZAgAcGQIAH1kCADAZAgAxWQIABBlCAAaZQgAYGUIAGhlCACwZQgAsmUIAABmCAAbZggAUGYIAFJmCACgZggArmYIAPBmCAABZwgAQGcIAEJnCACQZwgAqWcIAOBnCADxZwgAMGgIADxoCACAaAgAlWgIANBoCADYaAgAIGkIACZpCABwaQgAfGkIAMBpCADdaQgAEGoIABlqCABgaggAbGoIALBqCACzaggAAGsIAAprCABQawgAWGsIAKBrCACqawgA8GsIAP5rCABAbAgAVmwIAJBsCACcbAgA4GwIAOdsCAAwbQgAOG0IAIBtCACFbQgA0G0IANltCAAgbggAKm4IAHBuCAB4bggAwG4IAMJuCAAQbwgAIG8IAGBvCABqbwgAsG8IALxvCAAAcAgABnAIAFBwCABYcAgAcPANAKxwCADwcAgAA3EIAEBxCABccQgAkHEIAJhxCADA8A0A7nEIADByCABGcggAgHIIAIxyCADQcggA1XIIACBzCAApcwgAcHMIAHpzCADAcwgAyHMIABB0CAASdAgAYHQIAG90CACwdAgAzXQIAAB1CAAJdQgAUHUIAF51CACgdQgApnUIAPB1CAD+dQgAQHYIAE12CACQdggAp3YIAOB2CADodggAMHcIADJ3CACAdwgAiHcIANB3CADfdwgAIHgIACV4CABweAgAfXgIAMB4CADNeAgAEHkIABx5CABgeQgAb3kIALB5CAC6eQgAAHoIAA56CABQeggAVXoIAKB6CACteggAEPENAPZ6CABAewgARnsIAJB7CACVewgA4HsIAOZ7CABg8Q0APnwIAIB8CACWfAgA0HwIANx8CAAgfQgAJX0IAHB9CAB5fQgAwH0IAMp9CAAQfggAM34IAGB+CABkfggAsH4IAG9+CADwfwgAsn4IAAB/CAAOfwgAUH8IAFp/CACgfwgAxH8IAFDyDQD2fwgAQIAIAEyACACQgAgAkoAIAOCACADqgAgAMIEIADyBCACAgQgApIEIAKDyDQDUgQgAIIIIAN+BCABggwgAIoIIAHCCCAB+gggAwIIIAMqCCAAQgwgANIMIAPDyDQBmgwgAsIMIALyDCAAAhAgAAoQIAFCECABahAgAoIQIAKyECADwhAgAFIUIAEDzDQBdhQgAkIUIAJmFCADghQgA7oUIADCGCAA2hggAgIYIAIyGCADQhggA2IYIAJDzDQAnhwgAcIcIAImHCADAhwgAz4cIABCICAAYiAgAYIgIAG+ICACwiAgAtYgIAACJCAANiQgAUIkIAF2JCACgiQgArIkIAPCJCAD/iQgAQIoIAEqKCACQiggAnooIAOCKCADliggAMIsIAD2LCADg8w0AgYsIAKD3CACZiwgA0IsIANqLCAAgjAgAIowIAHCMCAB+jAgAwIwIAM2MCAAQjQgAGI0IAGCNCACJjQgAsI0IALeNCAAAjggAGY4IAFCOCABfjggAoI4IAKiOCADwjggA/44IAECPCABFjwgAkI8IAJ2PCADgjwgA7Y8IADCQCAA8kAgAgJAIAI+QCADQkAgA2pAIACCRCAAukQgAcJEIAHWRCADAkQgAzZEIADD0DQAVkggA4GoKABySCABgkggAOJIIACCBDgBzkggAsJIIAL+SCAAAkwgADJMIAFCTCABckwgAoJMIAKeTCADwkwgA/JMIAECUCABHlAgAkJQIAJiUCADglAgA5JQIADCVCAA7lQgAgJUIAIyVCADQlQgA3ZUIACCWCAAolggAcJYIAHqWCADAlggAxpYIABCXCAAklwgAYJcIAG6XCACwlwgAvZcIAACYCAAXmAgAUJgIAFiYCACgmAgAqpgIAPCYCAD1mAgAQJkIAEiZCACQmQgAn5kIAOCZCADlmQgAMJoIAD2aCACAmggAjZoIANCaCADcmggAIJsIAC+bCABwmwgAepsIAID0DQDImwgAEJwIAB+cCABgnAgAZZwIALCcCAC5nAgAAJ0IABGdCABQnQgAV50IAKCdCAConQgA8J0IAP2dCABAnggARZ4IAJCeCACanggA4J4IAOieCAAwnwgASZ8IAICfCACMnwgA0J8IANifCADQ9A0AL6AIAHCgCACNoAgAwKAIAMmgCAAQoQgAHqEIAGChCABmoQgAsKEIALyhCAAAoggAB6IIAFCiCABYoggAoKIIALCiCADwoggA9qIIAECjCABFowgAkKMIAKajCADgowgA6KMIADCkCAA6pAgAgKQIAIukCADQpAgA3KQIACClCAAopQgAIPUNAH2lCADApQgAx6UIABCmCAAcpggAYKYIAGamCACwpggAwaYIAACnCAAUpwgAUKcIAF6nCACgpwgAracIAPCnCAAHqAgAQKgIAEioCACQqAgAl6gIAOCoCADiqAgAMKkIADqpCACAqQgAgqkIANCpCADpqQgAIKoIACKqCABwqggAc6oIAMCqCADMqggAEKsIADyrCABw9Q0Ab6sIALCrCADNqwgAAKwIAAmsCABQrAgAXqwIAKCsCACmrAgA8KwIAPysCABArQgASK0IAMD1DQCYrQgA4K0IAOatCAAwrggAPK4IAICuCACDrggA0K4IANWuCAAgrwgAKa8IAHCvCAB2rwgAwK8IAM+vCAAQsAgAHLAIAGCwCABosAgAEPYNALawCAAAsQgABbEIAFCxCABmsQgAoLEIAKixCADwsQgA/rEIAECyCABKsggAkLIIAJOyCADgsggA6LIIADCzCAAxswgAgLMIAIazCADQswgA3rMIACC0CAA2tAgAcLQIAHK0CADAtAgAxrQIABC1CAAktQgAYLUIAGi1CACwtQgAwLUIAAC2CAACtggAULYIAF+2CACgtggAqrYIAPC2CAD1tggAQLcIAEa3CACQtwgApLcIAOC3CADotwgAMLgIADW4CACAuAgAhrgIANC4CADYuAgAILkIACO5CABwuQgAdbkIAMC5CADJuQgAELoIABa6CABguggAb7oIALC6CAC8uggAYPYNAAq7CABQuwgAUrsIAKC7CACnuwgA8LsIAPe7CABAvAgARrwIAJC8CACevAgA4LwIAO28CAAwvQgAQL0IAIC9CACFvQgA0L0IANi9CAAgvggA7L0IACAnCQAsvggAcL4IAHK+CABAwQgAfb4IAMC+CADFvggAEL8IABq/CABgvwgAcL8IALC/CAC1vwgAAMAIAAnACABQwAgAXcAIAKDACACnwAgA8MAIAPjACACw9g0ATsEIAJDBCACowQgA4MEIAOLBCAAwwggAR8IIAIDCCACCwggA0MIIAN7CCAAgwwgALcMIAHDDCAB4wwgAAPcNAMbDCAAQxAgAEsQIAGDECABtxAgAsMQIALPECAAAxQgAEcUIAFDFCABSxQgAoMUIAKrFCADwxQgA/MUIAEDGCABIxggAUPcNAJXGCADgxggA48YIADDHCAA6xwgAgMcIAIjHCADQxwgA3ccIACDICAAiyAgAcMgIAIbICADAyAgAzMgIABDJCAAYyQgAoPcNAGPJCACwyQgAuckIAADKCAAOyggAAPIIAA/KCABQyggAW8oIAKDKCACoyggA8MoIAPvKCABAywgARcsIAJDLCACTywgA4MsIAOrLCABA+A0ANswIAIDMCACbzAgA0MwIANzMCAAgzQgAJs0IAHDNCAB4zQgAwM0IANbNCAAQzggAHs4IAGDOCABjzggAsM4IAMnOCAAAzwgADM8IAFDPCABbzwgAoM8IAKLPCADwzwgAC9AIAEDQCABO0AgAkNAIAJ3QCADg0AgA99AIAJD4DQBG0QgAgNEIAIHRCADQ0QgA1dEIACDSCAAm0ggAcNIIAHLSCADA0ggAxtIIABDTCAAk0wgAYNMIAGjTCACw0wgAwNMIAADUCAAC1AgAUNQIAF7UCACg1AgAsdQIAOD4DQD21AgAQNUIAEzVCAAw+Q0AktUIAODVCADx1QgAMNYIADjWCACA1ggAidYIANDWCADX1ggAINcIACHXCACA+Q0AfNcIAMDXCADC1wgAENgIABfYCABg2AgAaNgIALDYCAC52AgAANkIAAfZCABQ2QgAUdkIAND5DQCl2QgA8NkIAPjZCABA2ggAStoIAJDaCACe2ggA4NoIAPbaCAAw2wgAPNsIAIDbCACF2wgA0NsIANnbCAAg3AgAKtwIACD6DQBx3AgAwNwIAMjcCAAQEwoA2NwIABDdCAAd3QgAYN0IAGzdCACw3QgAut0IAADeCAAE3ggAUN4IAFXeCACg3ggApt4IAPDeCAAQ3wgAQN8IAFjfCACQ3wgAp98IAODfCADs3wgAMOAIADrgCACA4AgAguAIANDgCADX4AgAIOEIACfhCABw4QgAduEIAMDhCADM4QgAEOIIABPiCABg4ggAY+IIALDiCAC84ggAAOMIAAPjCABQ4wgAbOMIAKDjCACo4wgAcPoNAPzjCABA5AgASuQIAJDkCACS5AgA4OQIAOfkCAAw5QgAN+UIAIDlCACG5QgA0OUIAN7lCAAg5ggALeYIAHDmCACA5ggAwOYIAMXmCAAQ5wgAGOcIAGDnCABw5wgAsOcIALXnCAAA6AgABugIAFDoCABY6AgAwPoNAKboCADw6AgA+OgIAEDpCABD6QgAkOkIAJzpCADg6QgA5ukIADDqCABL6ggAgOoIAI7qCADQ6ggA3+oIACDrCAAs6wgAcOsIAHjrCABg+w0AxesIABDsCAAa7AgAYOwIAGjsCACw7AgA0OwIAADtCAAN7QgAUO0IAFXtCACg7QgApO0IAPDtCAD97QgAsPsNAEXuCACQ7ggAk+4IAODuCADq7ggAMO8IADzvCACA7wgAk+8IANDvCADf7wgAIPAIACzwCABw8AgAcfAIAMDwCADK8AgAEPEIAB7xCABg8QgAZfEIALDxCAC98QgAAPwNAAryCABQ8ggAUvIIAKDyCAC58ggA8PIIAAHzCABA8wgATPMIAJDzCACY8wgA8PwNAOfzCAAw9AgAN/QIAID0CACG9AgA0PQIANz0CAAg9QgAI/UIAHD1CABz9QgAwPUIAMj1CAAQ9ggAIPYIAGD2CABl9ggAsPYIALn2CAAA9wgADfcIAFD3CABX9wgAQP0NAKz3CADw9wgA/fcIAED4CABI+AgAkPgIAJr4CADg+AgA7/gIADD5CAAx+QgAgPkIAIj5CADQ+QgA3/kIACD6CAAl+ggAcPoIAH36CADA+ggAzfoIABD7CAAc+wgAYPsIAG/7CACw+wgAuvsIAAD8CAAO/AgAUPwIAFX8CACg/AgArfwIAPD8CAD4/AgAQP0IAEr9CACQ/QgAlf0IAOD9CADo/QgAkP0NAD7+CACA/ggAjP4IAND+CADW/ggAIP8IACb/CABw/wgAdf8IAMD/CADG/wgA4P0NABwACQBgAAkAZgAJALAACQC2AAkAAAEJAA0BCQBQAQkAVQEJAKABCQCoAQkA8AEJAA4CCQDQ/g0AQgIJAFAECwBDAgkAMHAKAEYCCQBwCAoAVgIJAJACCQCRAgkA4AIJAOUCCQAwAwkANgMJAIADCQCCAwkA0AMJANYDCQAgBAkANAQJAHAECQB4BAkAwAQJANAECQAQBQkAEgUJAGAFCQBuBQkAsAUJAMEFCQAg/w0ABgYJAFAGCQBcBgkAcP8NAK0GCQDwBgkA+AYJAEAHCQBNBwkAkAcJAJIHCQDgBwkA9gcJADAICQA8CAkAgAgJAIgICQAQAA4A3AgJACAJCQAjCQkAcAkJAHUJCQDACQkA0QkJABAKCQAZCgkAYAoJAGoKCQCwCgkAvgoJAAALCQAFCwkAUAsJAF0LCQBgAA4ArAsJAPALCQD9CwkAQAwJAEIMCQCQDAkApgwJAOAMCQDsDAkAMA0JADgNCQCwAA4AhQ0JANANCQDWDQkAIA4JACgOCQBwDgkAcw4JAMAOCQDMDgkAEA8JABYPCQBgDwkAew8JALAPCQC9DwkAABAJAAIQCQBQEAkAZhAJAKAQCQCsEAkA8BAJAPgQCQAAAQ4ARhEJAJARCQCVEQkA4BEJAPsRCQAwEgkAPhIJAIASCQCHEgkA0BIJANwSCQAgEwkAJxMJAFABDgB7EwkAwBMJAMgTCQAQFAkAGxQJAGAUCQBlFAkAsBQJALMUCQAAFQkAChUJAFAVCQBYFQkAoBUJAK4VCQDwFQkA8xUJAEAWCQBIFgkAkBYJALAWCQDgFgkA7RYJADAXCQA1FwkAgBcJAIQXCQDQFwkA3RcJAKABDgBAGAkAcBgJAHkYCQDAGAkAwRgJABAZCQAYGQkAYBkJAHAZCQCwGQkAshkJAAAaCQAOGgkAUBoJAGEaCQDwAQ4AphoJAPAaCQD8GgkAQAIOAEcbCQCQAg4AlRsJAOAbCQD6GwkAMBwJAD8cCQCAHAkAixwJANAcCQDSHAkAIB0JAC0dCQBwHQkAfR0JAMAdCQDMHQkAEB4JACEeCQBgHgkAYx4JALAeCQDKHgkAAB8JAAkfCQBQHwkAXR8JAKAfCQCmHwkA8B8JAPwfCQBAIAkAQyAJAJAgCQCVIAkA4CAJAPEgCQAwIQkASyEJAIAhCQCMIQkA0CEJANchCQAgIgkAIiIJAHAiCQB3IgkAwCIJAMciCQAQIwkAFiMJAGAjCQBsIwkAsCMJALMjCQAAJAkAAyQJAFAkCQBcJAkAoCQJALMkCQDwJAkA/yQJAEAlCQBMJQkAkCUJAJElCQDgJQkA6iUJADAmCQA+JgkAgCYJAIUmCQDQJgkA3SYJAOACDgAoJwkAMAMOAHInCQDAJwkA1icJABAoCQAcKAkAYCgJAGgoCQCAAw4AtigJAAApCQAIKQkAUCkJAFMpCQCgKQkArCkJAPApCQD2KQkAQCoJAFsqCQCQKgkAnioJAOAqCQDvKgkAMCsJADwrCQCAKwkAiCsJANADDgDVKwkAICwJACosCQBwLAkAeCwJAMAsCQDgLAkAEC0JAB0tCQBgLQkAZS0JALAtCQC0LQkAAC4JAA0uCQAgBA4Acy4JAKAuCQCjLgkA8C4JAPUuCQBALwkATy8JAJAvCQCwLwkA4C8JAOwvCQAwMAkAOjAJAIAwCQCMMAkA0DAJANYwCQAgMQkAJjEJAHAxCQB1MQkAwDEJAMYxCQBwBA4AFjIJAGAyCQBlMgkAsDIJALYyCQAQBQ4AAzMJAFAzCQBaMwkAoDMJAKIzCQDwMwkACTQJAEA0CQBRNAkAkDQJAJ40CQDgNAkA4zQJADA1CQA7NQkAgDUJAIg1CQDQNQkA0jUJACA2CQAoNgkAcDYJAH02CQDANgkAzDYJABA3CQAUNwkAYDcJAGg3CQCwNwkAvzcJAAA4CQAFOAkAUDgJAF04CQCgOAkArTgJAPA4CQD8OAkAQDkJAE85CQCQOQkAmjkJAOA5CQDuOQkAMDoJADU6CQCAOgkAjToJAGAFDgDYOgkAsAUOACQ7CQAwPwkALDsJAHA7CQB2OwkAwDsJAMY7CQAQPAkAHTwJAGA8CQBlPAkAsDwJALg8CQAAPQkAMj0JAPA9CQA3PQkAUD0JAHY9CQBAPgkAhz0JAKA9CQDXPQkAAAYOACc+CQBQBg4AZj4JAJA+CQDCPgkA4D4JABc/CQCgBg4APj8JAIA/CQCNPwkA0D8JANw/CQAgQAkAJkAJAHBACQB2QAkAwEAJAMVACQAQQQkAFkEJAPAGDgCGQQkAUEIJAJdBCQCwQQkA50EJAJAHDgA3QgkA4AcOAHZCCQCgQgkA0kIJAPBCCQAnQwkAMAgOAEpDCQCQQwkAlUMJAOBDCQDoQwkAgAgOADVECQCARAkAiUQJANBECQDdRAkAIEUJACdFCQDQCA4AeEUJACAJDgDTRQkAEEYJABxGCQBgRgkAb0YJALBGCQC5RgkAAEcJAApHCQBQRwkAUkcJAKBHCQC5RwkA8EcJAAFICQBASAkATEgJAJBICQCYSAkAcAkOAO5ICQAwSQkAQUkJAIBJCQCMSQkA0EkJANhJCQDACQ4AJUoJAHBKCQB6SgkAwEoJAMhKCQAQSwkAIEsJAGBLCQBlSwkAsEsJALlLCQAATAkADUwJAFBMCQBXTAkAEAoOAK1MCQDwTAkAs0wJAKDgCwD1TAkAQE0JAExNCQCQTQkAnU0JAOBNCQDqTQkAYAoOADVOCQCATgkAjE4JANBOCQDdTgkAIE8JACpPCQBwTwkAjE8JAMBPCQDITwkAsAoOABVQCQBgUAkAaFAJALBQCQCzUAkAAFEJAAlRCQBQUQkAX1EJAKBRCQCrUQkA8FEJAPhRCQBAUgkAUFIJAJBSCQCeUgkA4FIJAPFSCQAwUwkAPFMJAIBTCQCIUwkAAAsOANZTCQAgVAkAKFQJAHBUCQB3VAkAwFQJAM5UCQAQVQkAFlUJAGBVCQBsVQkAsFUJAL9VCQAAVgkAClYJAFBWCQBVVgkAoFYJAKZWCQDwVgkABFcJAEBXCQBIVwkAkFcJAK5XCQDgVwkA6FcJAFALDgA4WAkAoAsOAIhYCQDQWAkA6VgJACBZCQApWQkAcFkJAIBZCQDAWQkA0FkJABBaCQAcWgkAYFoJAGZaCQCwWgkAvloJAABbCQANWwkAUFsJAGdbCQCgWwkAqFsJAPBbCQD6WwkAQFwJAE5cCQCQXAkAplwJAOBcCQDsXAkAMF0JADddCQCAXQkAiF0JANBdCQDVXQkAIF4JACleCQBwXgkAel4JAMBeCQDIXgkAEF8JABJfCQBgXwkAcF8JALBfCQC6XwkAAGAJAAxgCQBQYAkAVmAJAKBgCQCoYAkAQAwOAPlgCQBAYQkAUWEJAJBhCQCcYQkA4GEJAO1hCQAwYgkANWIJAIBiCQCKYgkA0GIJAOBiCQAgYwkAJWMJAHBjCQB5YwkAwGMJAM1jCQAQZAkAF2QJAGBkCQBsZAkAsGQJALZkCQAAZQkABmUJAFBlCQBVZQkAoGUJAKZlCQCQDA4A9WUJAEBmCQBIZgkAkGYJAKZmCQDgZgkA5WYJADBnCQA3ZwkAgGcJAIlnCQDQZwkA4WcJACBoCQAsaAkAcGgJAHhoCQCADQ4AwmgJABBpCQAmaQkAYGkJAGxpCQCwaQkAt2kJAABqCQAIagkA0A0OAFVqCQCgagkAqGoJAPBqCQAGawkAQGsJAEVrCQCQawkAl2sJAOBrCQDpawkAMGwJAEFsCQCAbAkAjGwJANBsCQDYbAkAIA4OACJtCQBwbQkAhm0JAMBtCQDMbQkAEG4JABduCQBgbgkAaG4JAHAODgC1bgkAAG8JAAdvCQBQbwkAWW8JAKBvCQCxbwkA8G8JAPxvCQBAcAkASHAJAMAODgCScAkA4HAJAO9wCQAwcQkAUHEJAIBxCQCCcQkA0HEJAOdxCQAgcgkALHIJAHByCQB4cgkAYA8OAMVyCQAQcwkAEnMJAGBzCQBncwkAsHMJALhzCQAAdAkACXQJAFB0CQBWdAkAoHQJALF0CQDwdAkA+HQJAAAQDgBMdQkAkHUJAJN1CQDgdQkA5XUJADB2CQBBdgkAgHYJAJt2CQDQdgkA3HYJACB3CQAodwkAUBAOAIZ3CQDAdwkAwXcJABB4CQAVeAkAYHgJAGZ4CQCweAkAungJAAB5CQAIeQkAUHkJAGJ5CQCgEA4ArXkJAPB5CQD6eQkAQHoJAEZ6CQCQegkApHoJAOB6CQDoegkAMHsJAEB7CQCAewkAhXsJANB7CQDWewkAIHwJACh8CQBwfAkAcXwJAMB8CQDCfAkAEH0JAB99CQBgfQkAgH0JALB9CQCyfQkAAH4JABd+CQBQfgkAXH4JAKB+CQCofgkA8BAOAPh+CQBAfwkAWX8JAJB/CQCZfwkA4H8JAOp/CQAwgAkAOIAJAICACQCQgAkA0IAJANWACQAggQkAKYEJAHCBCQB9gQkAwIEJAMeBCQAQggkAGIIJAJARDgBqggkAsIIJALiCCQAAgwkADoMJAFCDCQBdgwkAoIMJAKiDCQDwgwkA8oMJAECECQBIhAkAkIQJAJGECQDghAkA4oQJADCFCQA/hQkAgIUJAKCFCQDQhQkA0oUJACCGCQA3hgkAcIYJAHyGCQDAhgkA2oYJABCHCQA5hwkAYIcJAGOHCQCwhwkAtYcJAACICQANiAkA4BEOAFKICQCgiAkAqogJAPCICQD/iAkAQIkJAEuJCQCQiQkAnokJAOCJCQDtiQkAMIoJAEeKCQCAigkAiIoJANCKCQDRigkAIIsJACKLCQBwiwkAf4sJAMCLCQDgiwkAEIwJABKMCQBgjAkAd4wJALCMCQC8jAkAAI0JAAiNCQAwEg4AVY0JAKCNCQCmjQkA8I0JAPiNCQBAjgkAX44JAJCOCQCdjgkA4I4JAOGOCQAwjwkARo8JAICPCQCcjwkAgBIOANWPCQAgkAkAKpAJAHCQCQB4kAkAwJAJAMGQCQAQkQkAwpAJAICZCQAWkQkAYJEJAGyRCQCwkQkAwJEJAACSCQAOkgkAUJIJAGOSCQCgkgkArJIJAPCSCQD3kgkAQJMJAEiTCQCQkwkAlJMJAOCTCQDukwkAMJQJADqUCQCAlAkAi5QJANCUCQDYlAkAIJUJAFaVCQBwlQkAeJUJAMCVCQDFlQkAEJYJABaWCQBglgkAaJYJALCWCQDKlgkAAJcJADaXCQBQlwkAWJcJAKCXCQCllwkA8JcJAPaXCQBAmAkASJgJAJCYCQCqmAkA4JgJAPqYCQAwmQkAZpkJANASDgCImQkA0JkJANeZCQAgmgkALJoJAHCaCQBxmgkAwJoJAMyaCQAQmwkAHZsJAGCbCQBnmwkAsJsJALybCQAAnAkADZwJAFCcCQBfnAkAoJwJALScCQAgEw4A/ZwJAECdCQBKnQkAkJ0JAJ6dCQDgnQkA9p0JADCeCQA8ngkAgJ4JAIyeCQDQngkA1p4JACCfCQAmnwkAcJ8JAHWfCQDAnwkAxp8JAHATDgAVoAkAYKAJAGKgCQCwoAkAt6AJAAChCQAIoQkAUKEJAFOhCQCgoQkAqaEJAPChCQD/oQkAQKIJAEuiCQCQogkAmKIJAOCiCQDwogkAMKMJAD6jCQCAowkAkaMJANCjCQDcowkAIKQJACikCQBgFA4AjqQJAMCkCQDIpAkAsBQOABylCQBgpQkAdqUJALClCQC4pQkAAKYJAB+mCQAAFQ4AU6YJAIDfCQBdpgkAoKYJAKOmCQBAxwwAqKYJAPCmCQDypgkAQKcJAPqmCQDQsgkAAacJAECsCQBNpwkAkKcJAKSnCQDgpwkA6KcJADCoCQA1qAkAgKgJAJCoCQDQqAkA2KgJACCpCQAqqQkAcKkJAHupCQDAqQkAzKkJABCqCQAYqgkAUBUOAGWqCQCwqgkAuaoJAACrCQAGqwkAUKsJAF+rCQCgqwkArKsJAPCrCQDzqwkAoBUOAEWsCQCQrAkAn6wJAOCsCQDirAkAMK0JAEGtCQCArQkAka0JANCtCQDkrQkAIK4JACiuCQBwrgkAfq4JAMCuCQDNrgkAEK8JABOvCQBgrwkAaq8JALCvCQCyrwkAALAJABGwCQBQsAkAYbAJAKCwCQCssAkA8LAJAPewCQBAsQkASLEJAJCxCQCnsQkA4LEJAOyxCQAwsgkARrIJAICyCQCDsgkA8BUOANuyCQAgswkALLMJAHCzCQB4swkAQBYOAMyzCQAQtAkAJrQJAGC0CQBjtAkAsLQJALi0CQAAtQkAArUJAFC1CQBrtQkAoLUJAKK1CQDwtQkA/rUJAEC2CQBRtgkAkLYJAJK2CQDgtgkA+bYJADC3CQBBtwkAgLcJAIy3CQCQFg4A1rcJACC4CQAuuAkAcLgJAIu4CQDAuAkAzLgJABC5CQAWuQkAYLkJAGi5CQCwuQkAwLkJAAC6CQAFugkAULoJAFm6CQCgugkArboJAPC6CQD3ugkAQLsJAEi7CQDgFg4AlbsJAOC7CQDmuwkAMLwJADi8CQCAvAkAqbwJANC8CQDXvAkAIL0JADm9CQBwvQkAf70JAMC9CQDcvQkAMBcOABW+CQBgvgkAar4JALC+CQDAvgkAAL8JAAW/CQBQvwkAWb8JAKC/CQCtvwkA8L8JAPe/CQBAwAkATMAJAJDACQCjwAkA4MAJAO/ACQAwwQkAPMEJAIDBCQCBwQkA0MEJANrBCQAgwgkALsIJAHDCCQB1wgkAwMIJAM3CCQCAFw4AIcMJAGDDCQBiwwkAsMMJALPDCQAAxAkAA8QJAFDECQBXxAkAoMQJAKzECQDwxAkAAMUJAEDFCQBQxQkAkMUJAJXFCQDgxQkA6cUJADDGCQA9xgkAgMYJAIfGCQDQxgkA3MYJACDHCQAmxwkAcMcJAHbHCQDAxwkAxccJABDICQAWyAkAcBgOAGrICQCwyAkAvsgJAADJCQAQyQkAUMkJAFLJCQCgyQkAr8kJAPDJCQD6yQkAQMoJAEjKCQBgGQ4AlsoJAODKCQDsygkAsBkOADXLCQCAywkAiMsJANDLCQDgywkAIMwJAC7MCQBwzAkAfcwJAMDMCQDHzAkAEM0JABjNCQBQGg4Acc0JALDNCQC3zQkAAM4JAAjOCQBQzgkAXc4JAKDOCQClzgkA8M4JAPrOCQBAzwkASM8JAJDPCQCpzwkA4M8JAOzPCQAw0AkAONAJAKAaDgCM0AkA0NAJANPQCQAg0QkAJdEJAHDRCQCB0QkAwNEJANvRCQAQ0gkAHNIJAGDSCQBn0gkAsNIJAMzSCQAA0wkACNMJAPAaDgBV0wkAoNMJAKrTCQDw0wkA+NMJAEDUCQBQ1AkAkNQJAJXUCQDg1AkA6dQJADDVCQA91QkAgNUJAIfVCQBAGw4A4dUJACDWCQAo1gkAcNYJACzWCQAA0goAetYJAMDWCQDF1gkAENcJABjXCQBg1wkAadcJALDXCQC91wkAANgJAAfYCQBQ2AkAXNgJAKDYCQCw2AkA8NgJAP7YCQBA2QkATdkJAJDZCQCc2QkA4NkJAOfZCQAw2gkAONoJAIDaCQCQ2gkA0NoJANnaCQAg2wkALdsJAHDbCQB/2wkAwNsJAMrbCQAQ3AkAHtwJAGDcCQBl3AkAsNwJAL3cCQAA3QkACN0JAJAbDgBc3QkAoN0JAK3dCQDw3QkA890JAEDeCQBO3gkAkN4JAJXeCQDg3gkA7d4JADDfCQA43wkA4BsOAIjfCQDQ3wkA1t8JACDgCQDX3wkAYDYKACzgCQBw4AkAjeAJAMDgCQDJ4AkAEOEJAB7hCQBg4QkAZuEJALDhCQC84QkAAOIJAAfiCQAwHA4AVuIJAKDiCQCu4gkA8OIJAAvjCQBA4wkATOMJAJDjCQCW4wkAgBwOAAPkCQAw5AkAP+QJAIDkCQCF5AkA0OQJAN3kCQAg5QkALeUJAHDlCQB85QkAwOUJAM/lCQAQ5gkAGuYJAGDmCQBu5gkAsOYJALXmCQAA5wkADecJAFDnCQBs5wkAoOcJAKjnCQDQHA4A/OcJAEDoCQBd6AkAkOgJAJnoCQDg6AkA7ugJADDpCQA26QkAgOkJAIzpCQDQ6QkA1+kJACDqCQAo6gkAcOoJAIbqCQDA6gkAxeoJABDrCQAX6wkAYOsJAGnrCQCw6wkAwesJAADsCQAM7AkAUOwJAFjsCQBwHQ4ApuwJAPDsCQD17AkAQO0JAFvtCQCQ7QkAnu0JAODtCQDn7QkAMO4JADzuCQCA7gkAg+4JANDuCQDY7gkAIO8JACHvCQBw7wkAcu8JAMDvCQDP7wkAEPAJADDwCQBg8AkAYvAJALDwCQDH8AkAAPEJAAzxCQBQ8QkAWPEJAMAdDgCh8QkA8PEJAPzxCQBA8gkAT/IJAJDyCQCY8gkAEB4OAOLyCQAw8wkAPvMJAIDzCQCR8wkAYB4OANfzCQCwHg4AKPQJAFAfDgB69AkAwPQJAMz0CQAQ9QkAJvUJAGD1CQBs9QkAsPUJAMP1CQAA9gkADvYJAFD2CQBa9gkAoB8OAKj2CQDwHw4ABvcJAED3CQBM9wkAkPcJAJ33CQDg9wkA6vcJADD4CQAy+AkAgPgJAIr4CQDQ+AkA3vgJACD5CQAl+QkAcPkJAH35CQDA+QkAyPkJABD6CQAg+gkAYPoJAGL6CQCw+gkAufoJAAD7CQAR+wkAUPsJAFr7CQBAIA4ArPsJAPD7CQAH/AkAQPwJAFv8CQCQIA4AqfwJAOD8CQDm/AkAMP0JADr9CQDgIA4Agv0JAND9CQDh/QkAIP4JACj+CQBw/gkAPP4JAEAkCgB8/gkAwP4JAMb+CQAQ/wkAFv8JAGD/CQBl/wkAsP8JALb/CQAwIQ4AHAAKAFAACgBYAAoAICIOAK4ACgDwAAoAAQEKAEABCgBRAQoAkAEKAJwBCgDgAQoA5wEKAHAiDgBBAgoAgAIKAJECCgDQAgoA3AIKACADCgAnAwoAwCIOAHIDCgDAAwoAwQMKABAECgAYBAoAYAQKAGUECgCwBAoAuQQKAAAFCgAKBQoAUAUKAFgFCgCgBQoApQUKAPAFCgAABgoAQAYKAEgGCgCQBgoApgYKAOAGCgDsBgoAMAcKAEYHCgCABwoAhQcKANAHCgDWBwoAIAgKADQICgAQIw4AhggKAMAICgDOCAoAEAkKAB0JCgBgCQoAYgkKALAJCgC6CQoAAAoKAAwKCgBQCgoAVwoKAKAKCgCoCgoA8AoKAAkLCgBACwoAVAsKAJALCgCYCwoA4AsKAOILCgAwDAoAPQwKAIAMCgCFDAoA0AwKANoMCgAgDQoAKw0KAHANCgB8DQoAwA0KAMYNCgAQDgoAGA4KAGAOCgBhDgoAsA4KALYOCgAADwoABQ8KAFAPCgBfDwoAoA8KAKwPCgDwDwoA8w8KAEAQCgBDEAoAYCMOAJUQCgDgEAoA/BAKALAjDgBQEQoAgBEKAIgRCgAAJA4A1hEKACASCgAsEgoAUCQOAHYSCgDAEgoAzBIKAIAmDgAREwoAgBYKACATCgBgEwoAYhMKALATCgC6EwoAABQKAAIUCgBQFAoAYRQKAKAUCgCoFAoA8BQKAPwUCgBAFQoARhUKAJAVCgCWFQoA4BUKAOUVCgAwFgoANhYKANAmDgCCFgoA0BYKANYWCgAgFwoAIxcKAHAXCgB8FwoAwBcKAMgXCgDAJw4AFhgKAGAYCgBmGAoAsBgKALUYCgAAGQoABhkKABAoDgBSGQoAoBkKAKkZCgDwGQoABxoKAEAaCgBLGgoAkBoKAJoaCgDgGgoA6BoKAAApDgA9GwoAgBsKAIgbCgDQGwoA2hsKACAcCgArHAoAcBwKAHYcCgDAHAoAzBwKABAdCgASHQoAYB0KAGcdCgCwHQoAuB0KAAAeCgASHgoAUCkOAIseCgCgHgoAqB4KAPAeCgATHwoAQCoOAEIfCgCQHwoAnR8KAOAfCgDnHwoAMCAKAEEgCgCAIAoAjCAKANAgCgDXIAoAICEKACEhCgCwQAoAKCEKAJAqDgCDIQoAwCEKAM8hCgAQIgoAHCIKAGAiCgBhIgoAsCIKALoiCgAAIwoADiMKAFAjCgBVIwoAoCMKAK0jCgDgKg4A+CMKADArDgBIJAoAgCsOAJIkCgDgJAoAnCQKABBdCwDjJAoAcP0KAO0kCgAwJQoAPiUKAIAlCgCPJQoA0CUKAPAlCgAgJgoALCYKAHAmCgB3JgoAwCYKAMgmCgAQJwoAEicKAGAnCgBqJwoAcCwOALonCgAAKAoACCgKAMAsDgBaKAoAoCgKAKgoCgAQLQ4ALCkKAEApCgBIKQoAkCkKAK4pCgBgLQ4A7ikKADAqCgBAKgoAgCoKAJAqCgDQKgoA3CoKACArCgAmKwoAcCsKAIwrCgDAKwoAyCsKALAtDgAkLAoAYCwKAGosCgCwLAoAvCwKAAAtCgAILQoAAC4OAFstCgCgLQoAoi0KAPAtCgD2LQoAQC4KAEguCgBQLg4Aki4KAOAuCgDjLgoAMC8KADgvCgCALwoAkC8KANAvCgDSLwoAIDAKAC4wCgBwMAoAgTAKAKAuDgDHMAoA8C4OABYxCgBgMQoAZTEKALAxCgC2MQoAQC8OAA0yCgBQMgoAWjIKAKAyCgCiMgoA8DIKAAMzCgBAMwoASDMKAJAzCgCcMwoA4DMKAOYzCgAwNAoANjQKAIA0CgCFNAoA0DQKANY0CgAwMA4AKTUKAHA1CgB9NQoAwDUKAMc1CgAQNgoAGDYKAIAwDgBsNgoAsDYKALo2CgAANwoADDcKAFA3CgBfNwoAoDcKAKo3CgDwNwoA/DcKAEA4CgBHOAoA0DAOAJM4CgBg1QsAljgKAOA4CgCfOAoAED8LAOw4CgAwOQoAODkKACAxDgCMOQoA0DkKANo5CgAgOgoALDoKAHA6CgB/OgoAwDoKAMo6CgAQOwoAHDsKAGA7CgBnOwoAcDEOAL47CgAAPAoA0DsKAGAwCwAXPAoAUDwKAF08CgCgPAoAojwKAPA8CgABPQoAQD0KAFw9CgCQPQoAmD0KAMAxDgD5PQoAMD4KAEQ+CgCAPgoAiD4KANA+CgDTPgoAID8KAC4/CgBwPwoAhz8KAMA/CgDNPwoAEEAKABJACgBgQAoAcUAKABAyDgC2QAoAAEEKAAVBCgBQQQoAZkEKAKBBCgCuQQoA8EEKAPNBCgBAQgoATEIKAJBCCgCWQgoA4EIKAOxCCgAwQwoAWUMKAIBDCgCMQwoA0EMKAN9DCgAgRAoAKkQKAHBECgB+RAoAwEQKAMVECgAQRQoAHUUKAGAyDgBiRQoAsEUKAL5FCgAARgoADUYKAFBGCgBiRgoAsDIOAK9GCgDwRgoA/EYKAEBHCgBZRwoAkEcKAJJHCgDgRwoA70cKADBICgBQSAoAgEgKAIhICgDQSAoA80gKACBJCgA2SQoAcEkKAHVJCgDASQoAw0kKABBKCgAaSgoAYEoKAGhKCgCwSgoAtkoKAABLCgAMSwoAUEsKAF9LCgCgSwoArEsKAPBLCgD9SwoAQEwKAEpMCgCQTAoAmEwKAOBMCgDvTAoAME0KADJNCgCATQoAkU0KANBNCgDhTQoAIE4KAChOCgBwTgoAgU4KAMBOCgDCTgoAEE8KABNPCgBgTwoAak8KALBPCgDUTwoAAFAKABxQCgAAMw4AVlAKAKBQCgClUAoA8FAKAP9QCgBAUQoATFEKAJBRCgCTUQoA4FEKAONRCgAwUgoAOFIKAIBSCgCPUgoA0FIKANVSCgAgUwoANlMKAHBTCgBxUwoAwFMKANFTCgAQVAoAHFQKAGBUCgBqVAoAsFQKALxUCgAAVQoAB1UKAFAzDgBUVQoAoFUKAK5VCgDwVQoA+lUKAEBWCgBLVgoAkFYKAJhWCgDgVgoA7FYKADBXCgBDVwoAgFcKAI5XCgDQVwoA2lcKACBYCgAoWAoAcFgKAH9YCgDAWAoAxVgKABBZCgAXWQoAYFkKAGxZCgCgMw4AvFkKAABaCgADWgoAUFoKAFNaCgCgWgoAuloKAPBaCgD8WgoAQFsKAFNbCgCQWwoAnlsKAOBbCgDqWwoAMFwKAFNcCgDwMw4AilwKANBcCgDcXAoAIF0KACddCgBwXQoAeF0KAMBdCgDEXQoAEF4KAB5eCgBgXgoAal4KALBeCgC7XgoAAF8KAAhfCgBQXwoAX18KAKBfCgClXwoA8F8KAPdfCgBAYAoATGAKAJBgCgCYYAoAQDQOAPZgCgAwugsA+WAKADBhCgA6YQoAgGEKAIxhCgDQYQoA02EKACBiCgAqYgoAcGIKAHNiCgDAYgoA0GIKABBjCgASYwoAYGMKAG5jCgCwYwoAwWMKAJA0DgAHZAoA4DQOAFlkCgCgZAoAWmQKAHCnCwBwZAoA0CQLALlkCgDwZAoA+mQKAEBlCgBMZQoAkGUKAJNlCgDgZQoA6mUKADA1DgA1ZgoAgGYKAKBmCgDQZgoA2GYKAIA1DgAuZwoAcGcKAIZnCgDAZwoAzGcKABBoCgAXaAoAYGgKAGhoCgCwaAoAtWgKAABpCgAJaQoAUGkKAFppCgCgaQoAqGkKAPBpCgD+aQoAQGoKAE1qCgCQagoAmGoKANA1DgDwagoAMGsKADhrCgAgNg4Ah2sKANBrCgDcawoAIGwKACdsCgBwbAoAeGwKAMBsCgDKbAoAEG0KAB5tCgBgbQoAdm0KALBtCgC8bQoAAG4KAAVuCgBQbgoAWW4KAKBuCgCqbgoA8G4KAPhuCgBAbwoARW8KAJBvCgCgbwoA4G8KAOhvCgBwNg4AOnAKAIBwCgCDcAoAAPAKAIhwCgDANg4A3nAKACBxCgA2cQoAcHEKAHxxCgDAcQoAx3EKABByCgAYcgoAYHIKAGVyCgCwcgoAuXIKAABzCgAKcwoAUHMKAFhzCgCgcwoAonMKAJB+CgCucwoA8HMKAP1zCgBAdAoASHQKABA3DgCcdAoA4HQKAON0CgAwdQoAOnUKAGA3DgCOdQoA0HUKAOZ1CgAgdgoALHYKAHB2CgB3dgoAwHYKAMh2CgAQdwoAFXcKAGB3CgBpdwoAsHcKALp3CgAAeAoACHgKAFB4CgBSeAoAoHgKALB4CgDweAoA+ngKAEB5CgBMeQoAkHkKAJZ5CgAAOA4A7nkKADB6CgBGegoAgHoKAIx6CgDQegoA1XoKACB7CgApewoAcHsKAHp7CgDAewoAyHsKABB8CgAyfAoAUDgOAG98CgCwfAoAvHwKAAB9CgABfQoAUH0KAFp9CgCgfQoArn0KAPB9CgD1fQoAQH4KAE1+CgCgOA4AoH4KAOB+CgDqfgoAMH8KADx/CgCAfwoAhn8KANB/CgDYfwoAkDkOACWACgBwgAoAeIAKAMCACgDMgAoAIIoKANmACgAQgQoAHIEKAGCBCgBogQoA4DkOAL2BCgAAggoACIIKAFCCCgBeggoAoIIKAK2CCgDwggoA84IKAECDCgBKgwoAkIMKAJKDCgDggwoA7YMKADCECgA/hAoAgIQKAIyECgDQhAoA2IQKADA6DgAwhQoAcIUKAHiFCgDAhQoAzIUKABCGCgAWhgoAYIYKAGaGCgCwhgoAtYYKAACHCgAGhwoAgDoOAF2HCgCghwoApYcKAPCHCgD6hwoAQIgKAEiICgCQiAoAnIgKAOCICgDziAoAMIkKAD6JCgCAiQoAg4kKANCJCgDaiQoA0DoOADOKCgBwigoAfooKAMCKCgDDigoAEIsKABqLCgAgOw4AZYsKALCLCgBuiwoAcKgKALiLCgAAjAoADIwKAFCMCgBWjAoAoIwKAGOMCgBApgoApowKAPCMCgD1jAoAQI0KAEaNCgBwOw4Alo0KAOCNCgDljQoAMI4KADaOCgDAOw4Ajo4KANCOCgDrjgoAII8KACyPCgBwjwoAd48KABA8DgDJjwoAEJAKAB2QCgBgkAoAbJAKALCQCgDDkAoAAJEKAAGRCgBQkQoAXJEKAKCRCgCvkQoA8JEKAPqRCgBAkgoATJIKAJCSCgCXkgoAYDwOAOaSCgAwkwoANpMKAICTCgCFkwoA0JMKANaTCgAAPQ4AKZQKAHCUCgB9lAoAwJQKAMSUCgAQlQoAEpUKAGCVCgBtlQoAsJUKALqVCgBQPQ4AB5YKAFCWCgBYlgoAoJYKAKyWCgDwlgoAA5cKAECXCgBPlwoAkJcKAJyXCgDglwoA4ZcKADCYCgA6mAoAgJgKAI6YCgDQmAoA1ZgKACCZCgAtmQoAoD0OAHyZCgDAmQoAxpkKABCaCgAWmgoAYJoKAGWaCgCwmgoAtpoKAPA9DgAFmwoAUJsKAFqbCgCQPg4AqJsKAPCbCgD9mwoAQJwKAEWcCgCQnAoAmpwKAOCcCgDonAoAMJ0KADydCgCAnQoAk50KANCdCgDRnQoAIJ4KACyeCgBwngoAf54KAMCeCgDKngoAEJ8KABifCgBgnwoAYp8KAOA+DgC5nwoAAKAKAA+gCgBQoAoAX6AKAKCgCgCsoAoA8KAKAPOgCgBAoQoAQ6EKADA/DgCSoQoA4KEKAOOhCgAwogoAOKIKAICiCgCNogoA0KIKANWiCgAgowoAKqMKAHCjCgB4owoAwKMKAMyjCgAQpAoAI6QKAGCkCgBhpAoAsKQKALykCgAApQoAD6UKAFClCgBapQoAoKUKAKylCgDwpQoA96UKAIA/DgBPpgoAkKYKAJymCgDgpgoA4aYKADCnCgA6pwoAgKcKAI6nCgDQpwoA1acKACCoCgAtqAoA0D8OAIGoCgAgQA4AzagKABCpCgAeqQoAYKkKAHGpCgCwqQoA0qkKAHBADgAFqgoAUKoKAAaqCgCw4AoAWKoKAKCqCgChqgoAsK4KAKOqCgCgrwoApaoKAMCtCgCmqgoA4LAKAKeqCgDQrAoAr6oKAPCqCgC5qgoAsLMKAPWqCgBAqwoATasKAJCrCgCdqwoA4KsKAOyrCgAwrAoAP6wKAICsCgCKrAoAwEAOAN6sCgAgrQoAIq0KAHCtCgCBrQoAEEEOAMGtCgAQrgoAHK4KAGCuCgBtrgoAYEEOAL6uCgAArwoADa8KAFCvCgBnrwoAsEEOAKmvCgAgsgoAqq8KAPCvCgDyrwoAQLAKAEawCgCQsAoAmrAKAABCDgDssAoAMLEKADKxCgCAsQoAj7EKANCxCgDbsQoAUEIOAC+yCgBwsgoAf7IKAMCyCgDMsgoAELMKAByzCgBgswoAZ7MKAKBCDgC8swoAALQKAAi0CgDwQg4AabQKAKC0CgCxtAoA8LQKAPy0CgBAQw4ATLUKAJC1CgCStQoA4LUKAOe1CgAwtgoAOLYKAIC2CgCBtgoA0LYKANa2CgAgtwoAJbcKAHC3CgBxtwoAwLcKAMy3CgAQuAoAFrgKAGC4CgBquAoAsLgKAL64CgCwvQoAxLgKAAC5CgAIuQoAkEMOAGC5CgCguQoAqLkKAPC5CgD5uQoAQLoKAP25CgDAvAoATboKAJC6CgCXugoA4LoKAOy6CgAwuwoAQLsKAIC7CgCOuwoA0LsKAN27CgAgvAoALLwKAHC8CgB3vAoA4EMOAMm8CgAQvQoAIb0KAGC9CgBxvQoAMEQOALy9CgAAvgoAA74KAFC+CgBYvgoAoL4KAKW+CgDwvgoAAL8KAEC/CgBIvwoAkL8KAJm/CgDgvwoAnb8KAGDCCgDtvwoAMMAKADfACgCAwAoAjMAKANDACgDgwAoAIMEKAC7BCgBwwQoAfcEKAMDBCgDMwQoAEMIKABfCCgCARA4AacIKALDCCgDBwgoAAMMKABHDCgDQRA4AVcMKAKDDCgCtwwoA8MMKAPzDCgBAxAoASsQKAJDECgCkxAoA4MQKAOHECgAwxQoAPMUKAIDFCgCfxQoA0MUKANjFCgAgxgoAJcYKAHDGCgCJxgoAwMYKAOnGCgAQxwoAHMcKAGDHCgBvxwoAsMcKALrHCgAAyAoACMgKAFDICgBbyAoAoMgKAKLICgDwyAoA88gKAEDJCgBIyQoAkMkKAJ3JCgDgyQoA5ckKADDKCgA4ygoAgMoKAILKCgDQygoA2soKACDLCgAqywoAcMsKAHbLCgDAywoAzssKABDMCgApzAoAYMwKAGnMCgCwzAoAuswKAADNCgAMzQoAIEUOAFzNCgCgzQoAsM0KAPDNCgD+zQoAQM4KAE3OCgCQzgoAnM4KAODOCgDnzgoAMM8KADjPCgCAzwoAls8KANDPCgDczwoAINAKACrQCgBw0AoAe9AKAMDQCgDF0AoAENEKABfRCgBg0QoAaNEKALDRCgDa0QoAcEUOAAfSCgBQ0goAWNIKAKDSCgDK0goA8NIKAPXSCgBA0woAQdMKAJDTCgCa0woA4NMKAO7TCgAw1AoANdQKAIDUCgCN1AoA0NQKAOzUCgAg1QoAPNUKAMBFDgB91QoAwNUKAMTVCgAQ1goAFtYKAGDWCgBi1goAsNYKALHWCgAA1woAI9cKAFDXCgB01woAoNcKAMrXCgDw1woA+NcKAEDYCgBF2AoAkNgKAJ3YCgDg2AoA6NgKADDZCgAy2QoAgNkKAIjZCgDQ2QoA+tkKACDaCgAt2goAcNoKAHXaCgDA2goAzdoKABDbCgAc2woAYNsKAIrbCgCw2woAuNsKAADcCgAb3AoAUNwKAFLcCgCg3AoAsdwKAPDcCgD53AoAQN0KAEzdCgAQRg4And0KAODdCgD73QoAMN4KADXeCgCA3goAoN4KANDeCgDc3goAIN8KACjfCgBgRg4Aft8KAMDfCgDK3woAEOAKABvgCgBg4AoAaOAKAABHDgC54AoAAOEKAArhCgBQ4QoAW+EKAKDhCgC04QoA8OEKAAXiCgBA4goASOIKAJDiCgCn4goA4OIKAOXiCgAw4woAOuMKAIDjCgCI4woAUEcOANLjCgAg5AoAMeQKAHDkCgBz5AoAwOQKAMzkCgCgRw4AHuUKAGDlCgBx5QoA8EcOALPlCgAA5goAA+YKAFDmCgBc5goAoOYKAKbmCgDw5goA+uYKAEBIDgBN5woAkOcKAKfnCgDg5woA6OcKAJBIDgA46AoA4EgOAJfoCgDQ6AoA1ugKACDpCgAs6QoAcOkKAIfpCgDA6QoAwukKABDqCgAa6goAYOoKAGzqCgCw6goAvOoKAADrCgAG6woAUOsKAFbrCgCg6woApesKAPDrCgD26woAMEkOAEPsCgAAWAwAS+wKAJDsCgCR7AoA4OwKAOrsCgAw7QoAYO0KAIBJDgCD7QoA0O0KANrtCgDQSQ4AKe4KAHDuCgCG7goAwO4KANbuCgAQ7woAEu8KAGDvCgBm7woAsO8KAMTvCgBwSg4ACPAKAFDwCgBg8AoAoPAKAGnwCgAw4gsAovAKAPDwCgD+8AoAQPEKAFHxCgDASg4Al/EKABBLDgDp8QoA8MILAOzxCgAw8goAM/IKAIDyCgCJ8goA0PIKAOHyCgAg8woAKvMKAHDzCgB48woAwPMKAIzzCgDguQsAw/MKABD0CgAZ9AoAYPQKAHb0CgCw9AoAxvQKAAD1CgAC9QoAUPUKAFb1CgCg9QoAtPUKAGBLDgD89QoAQPYKAEr2CgCQ9goAmfYKAOD2CgDh9goAMPcKADj3CgCA9woAhfcKAND3CgDg9woAAEwOACz4CgBw+AoAcvgKAMD4CgDG+AoAEPkKABf5CgBg+QoAZfkKALD5CgC0+QoAAPoKAA36CgBQ+goAWPoKAKD6CgCl+goA8PoKAAD7CgBQTA4AUfsKAJD7CgCc+woA4PsKAO/7CgAw/AoAOvwKAID8CgCO/AoA0PwKAN38CgAg/QoAN/0KAKBMDgBz/QoAQE0OAMP9CgAQ/goAx/0KACBZDgAY/goAYP4KAIv+CgCw/goA2/4KAAD/CgAr/woAkE0OAHv/CgCg/woAy/8KAOBNDgD5/woAQAALAEEACwCQAAsAnwALAOAACwCmAAsAcAILAPEACwAwAQsAMgELAIABCwCDAQsA0AELANMBCwAgAgsAKAILANBODgB1AgsAwAILAMcCCwAQAwsAGQMLAGADCwBxAwsAsAMLALwDCwAABAsACAQLACBPDgBWBAsAoAQLAKcECwDwBAsA9QQLAEAFCwBEBQsAkAULAJ0FCwDgBQsA7wULADAGCwBBBgsAgAYLAIIGCwDQBgsA0wYLACAHCwAjBwsAcAcLAHgHCwBwTw4AxQcLABAmCwDLBwsAMGQMAMwHCwAQCAsAEwgLAGAICwBqCAsAwE8OALkICwAACQsADwkLAFAJCwBfCQsAoAkLAKwJCwDwCQsA8wkLAEAKCwBDCgsAEFAOAJMKCwDgCgsACwsLAGBQDgA4CwsAsFAOAIgLCwAAUQ4A2AsLAFBRDgAlDAsAcAwLAH0MCwDADAsAwwwLABANCwAVDQsAYA0LAHENCwCwDQsAvA0LAKBRDgAFDgsAUA4LAGEOCwCgDgsArA4LAPAOCwAKDwsAQA8LAEQPCwAgEQsARw8LAFATCwBKDwsAkBQLAEwPCwAQEgsATg8LADAQCwBRDwsAkA8LAJUPCwDgDwsA9w8LAPBRDgA9EAsAgBALAJAQCwDQEAsA1RALAEBSDgAiEQsAcBELAHYRCwDAEQsAzRELAJBSDgAWEgsAYBILAGYSCwCwEgsAtRILAAATCwAGEwsA4FIOAFwTCwCgEwsAuRMLAPATCwD5EwsAQBQLAFcUCwAwUw4AlhQLAOAUCwDiFAsAMBULAD8VCwCAFQsAjBULAIBTDgDZFQsAIBYLAC4WCwBwFgsAehYLAMAWCwDMFgsAEBcLABMXCwBgFwsAfBcLALAXCwC4FwsA0FMOAAwYCwBQGAsAUxgLAKAYCwCqGAsAwFQOAPkYCwBAGQsAThkLAJAZCwCaGQsA4BkLAOwZCwAwGgsAOBoLAGBVDgCCGgsA0BoLAN4aCwAgGwsAMRsLALBVDgB3GwsAAFYOAMUbCwAQHAsAGBwLAGAcCwBmHAsAsBwLALkcCwAAHQsADR0LAKBWDgBVHQsAoB0LAFwdCwAwHwsAqR0LAPAdCwD6HQsAQB4LAEgeCwCQHgsA0B4LAOAeCwDoHgsA8FYOADYfCwCAHwsAhh8LANAfCwDYHwsAICALAGAgCwBwIAsAeCALAEBXDgDIIAsAkFcOAFIhCwBgIQsAoiELAOBXDgC+IQsAACILABEiCwBQIgsAXCILAKAiCwCjIgsAMFgOAAAjCwBAIwsAQiMLAJAjCwCeIwsA4CMLAPEjCwCAWA4ATCQLAIAkCwCIJAsA0FgOAN4kCwAgJQsAISULAHBZDgB8JQsAwCULAMclCwDAWQ4AFyYLAGAmCwBlJgsAEFoOALgmCwBgWg4ACCcLAFAnCwBDJwsAoO4MAFEnCwBgcQsAUycLAEBzCwBZJwsAoCcLAFonCwAgcAsAYCcLAFByCwCtJwsA8CcLAPsnCwBAKAsAQigLAJAoCwCdKAsA4CgLAOcoCwAwKQsAQSkLAIApCwCMKQsA0CkLANcpCwAgKgsAKCoLALBaDgB2KgsAwCoLAMYqCwAQKwsAFSsLAGArCwBmKwsAAFsOALwrCwAALAsACiwLAFAsCwBULAsAoCwLAKwsCwDwLAsA/CwLAEAtCwBNLQsAkC0LAJgtCwDgLQsA6i0LADAuCwA8LgsAgC4LAIMuCwDQLgsA2i4LAKBbDgAiLwsAcC8LAHMvCwDALwsAwy8LAEBcDgAYMAsAkFwOAG4wCwCwMAsAsTALAOBcDgAIMQsAMF0OAFUxCwCgMQsApzELAPAxCwD1MQsAgF0OAEgyCwDQXQ4AmDILAOAyCwDqMgsAMDMLADszCwCAMwsAjjMLANAzCwDTMwsAIDQLACg0CwBwNAsAejQLAMA0CwDMNAsAEDULABM1CwBgNQsAajULACBeDgC+NQsAADYLABY2CwBQNgsAXDYLAKA2CwCnNgsA8DYLAPg2CwBANwsARTcLAJA3CwCZNwsA4DcLAOo3CwAwOAsAODgLAIA4CwCCOAsA0DgLAOA4CwAgOQsAKjkLAHA5CwB8OQsAwDkLAMY5CwAQOgsAGDoLAMBeDgBuOgsAsDoLALE6CwAQXw4ABTsLAGBfDgBSOwsAoDsLAKE7CwDwOwsA8zsLAEA8CwBLPAsAkDwLAJU8CwDgPAsA6jwLALBfDgBUPQsAgD0LAIg9CwAAYA4A0j0LACA+CwAxPgsAcD4LAIE+CwDAPgsAwz4LAFBgDgAWPwsAYD8LAGU/CwCwPwsAsz8LAABACwADQAsAUEALAFhACwCgYA4ArkALAPBACwDzQAsAQEELAEtBCwCQQQsAnEELAOBBCwDnQQsAMEILADhCCwCAQgsAjkILANBCCwDdQgsAIEMLAChDCwDwYA4AfEMLAMBDCwDDQwsAEEQLABpECwBgRAsAaEQLAEBhDgC8RAsAAEULAAZFCwBQRQsAWkULAKBFCwC0RQsA8EULAPhFCwCQYQ4ATUYLAJBGCwCYRgsA4EYLAONGCwAwRwsAPEcLAIBHCwCKRwsA0EcLANlHCwAgSAsAIUgLAHBICwCISAsAwEgLAMJICwAQSQsAIUkLAGBJCwBxSQsAsEkLALhJCwAASgsAD0oLAFBKCwBSSgsAoEoLALFKCwDwSgsAAUsLAEBLCwBZSwsAkEsLAJJLCwDgSwsA70sLADBMCwBQTAsAMGIOAIhMCwCAYg4A2EwLANBiDgAoTQsAIGMOAHxNCwDATQsA0E0LABBOCwAVTgsAYE4LAGZOCwCwTgsAvE4LAABPCwAITwsAcGMOAGFPCwCgTwsAsU8LAPBPCwACUAsAQFALAEhQCwCQUAsAm1ALAOBQCwDlUAsAMFELADVRCwCAUQsAoFELAMBjDgDgUQsAIFILACpSCwBwUgsAfFILAMBSCwDGUgsAEFMLABhTCwBgUwsAYlMLALBTCwBsUwsAAFkLAMFTCwAAVAsAEVQLAFBUCwBiVAsAoFQLAKhUCwDwVAsA+1QLAEBVCwBFVQsAkFULAJVVCwDgVQsAAFYLABBkDgAyVgsAgFYLAI9WCwDQVgsA21YLACBXCwAyVwsAcFcLAHhXCwDAVwsAy1cLABBYCwAVWAsAYFgLAGVYCwCwWAsA0FgLAGBkDgACWQsAUFkLAF9ZCwCgWQsAq1kLAPBZCwACWgsAQFoLAEhaCwCQWgsAm1oLAOBaCwDlWgsAMFsLADVbCwCAWwsAoFsLALBkDgDdWwsAIFwLADdcCwAAZQ4AfVwLAMBcCwDXXAsAUGUOAB1dCwBgXQsAZ10LALBdCwC+XQsAAF4LAA1eCwBQXgsAZ14LAKBlDgCoXgsA8GUOAPJeCwBAXwsATl8LAJBfCwChXwsAQGYOAO1fCwAwYAsAR2ALAJBmDgCKYAsA0GALANxgCwAgYQsAI2ELAHBhCwB6YQsA4GYOANxhCwAwZw4AGGILAIBnDgBoYgsAsGILALFiCwAgZgsAs2ILAEBkCwC3YgsAsGwLALpiCwAAYwsAv2ILAABoCwDAYgsAEGcLAAVjCwAQbAsADGMLAFBjCwBTYwsAoGMLAKpjCwDQZw4A+GMLACBoDgBJZAsAkGQLAGBkCwDQagsAnmQLAOBkCwDqZAsAMGULADxlCwCAZQsAg2ULANBlCwDYZQsAcGgOACJmCwBwZgsAc2YLAMBmCwDDZgsAwGgOABJnCwBgZwsAbmcLALBnCwDBZwsAYGkOAAJoCwBQaAsAXWgLAKBoCwCvaAsA8GgLAPxoCwBAaQsAUWkLAJBpCwChaQsA4GkLAOxpCwAwagsAN2oLAIBqCwCIagsAAGoOAN5qCwAgawsAIWsLAFBqDgB8awsAwGsLAMdrCwCgag4AF2wLAGBsCwBlbAsAQGsOALlsCwAAbQsABm0LAFBtCwBSbQsAoG0LAKptCwDwbQsA/m0LAEBuCwBFbgsAkG4LAJ1uCwDgbgsA+G4LADBvCwBGbwsAgG8LAINvCwDQbwsA2G8LAOBrDgAscAsAcHALAHNwCwDAcAsAynALADBsDgAYcQsAgGwOAGJxCwCwcQsAs3ELAAByCwADcgsA0GwOAFJyCwCgcgsArnILAPByCwABcwsAcG0OAElzCwCQcwsAnnMLAOBzCwCpcwsA4LgMAOpzCwAwdAsAPHQLAIB0CwCDdAsA0HQLANh0CwAQbg4AOnULAGBuDgCKdQsAwHULANp1CwCwbg4AFXYLACB6CwAedgsAwHoLACB2CwBgdgsAYnYLALB2CwC+dgsAAHcLABF3CwAAbw4AV3cLAFBvDgCmdwsA8HcLAPZ3CwBAeAsARXgLAJB4CwCWeAsAoG8OAOZ4CwAweQsANXkLAIB5CwCWeQsA0HkLANh5CwBAcA4AQHoLAHB6CwB4egsAkHAOANd6CwAQewsAHXsLAGB7CwBlewsAsHsLALZ7CwAAfAsADHwLAFB8CwBXfAsAoHwLAKh8CwDwfAsAE30LADBxDgBJfQsAkH0LAJ19CwDgfQsA730LADB+CwAyfgsAgH4LAIl+CwDQfgsA534LACB/CwArfwsAcH8LAHp/CwDAfwsAyH8LAIBxDgAWgAsAYIALAGaACwCwgAsAtYALAACBCwAGgQsA0HEOAHKBCwCggQsAqIELAHByDgD6gQsAQIILAEmCCwCQggsAloILAOCCCwDsggsAMIMLAE6DCwCAgwsAgYMLANCDCwDSgwsAIIQLAC2ECwBwhAsAfoQLAMCECwDPhAsAEIULACyFCwBghQsAaIULAMByDgDDhQsAAIYLAAGGCwBQhgsAXIYLAKCGCwCvhgsA8IYLAPqGCwBAhwsATIcLAJCHCwCXhwsAEHMOAOiHCwBgcw4ANogLAICICwA9iAsAEIoLAD+ICwAgiQsAiYgLANCICwDdiAsAsHMOACWJCwBwiQsAfYkLAMCJCwDKiQsAAHQOABKKCwBgigsAdooLALCKCwC8igsAUHQOAAiLCwBwZQwAHosLAFCLCwBuiwsAoIsLAKiLCwDwiwsAwosLAMCIDADxiwsAgI0LAPOLCwDAjgsA/IsLABCJDAAAjAsAQIwLAEKMCwCQjAsAnowLAOCMCwDxjAsAoHQOADiNCwDwdA4Ago0LANCNCwDTjQsAII4LACOOCwBAdQ4AeI4LAJB1DgDKjgsAwLYLAOCOCwAQjwsAHo8LAGCPCwBhjwsA4HUOALiPCwAwdg4AEZALAFCQCwBSkAsAoJALAKGQCwDwkAsA85ALAECRCwBMkQsAkJELAJeRCwDgkQsA/JELADCSCwA4kgsA0HYOAI2SCwDQkgsA4JILACCTCwAlkwsAcJMLAKCTCwAgdw4AxpMLAHB3DgAYlAsAYJQLAGGUCwAgnQsAZpQLANAEDQBqlAsAsJQLAGyUCwDAmAsAcJQLADCXCwB+lAsAQKALALWUCwCg/QwAu5QLAPD4DAC8lAsAAJULAAOVCwBQlQsAWpULAMB3DgColQsA8JULAPaVCwBAlgsASZYLAJCWCwCdlgsA4JYLAPyWCwAQeA4AMpcLAICXCwA1lwsAQAgNAI6XCwDQlwsA4ZcLAGB4DgAmmAsAcJgLAHyYCwCweA4AxpgLABCZCwAWmQsAYJkLAGWZCwCwmQsAtpkLAKB5DgAHmgsAkHoOAFWaCwCgmgsAqJoLAPCaCwD8mgsAQJsLAFObCwCQmwsAnJsLAOCbCwDvmwsAMJwLADmcCwCAnAsAipwLANCcCwDcnAsAMHsOADGdCwBwnQsAfJ0LAMCdCwDCnQsAEJ4LABOeCwBgngsAbJ4LALCeCwC4ngsAgHsOAAyfCwBQnwsAYJ8LAKCfCwCsnwsA8J8LAPafCwDQew4AYqALAJCgCwCYoAsA4KALAAihCwAwoQsAO6ELAIChCwCMoQsA0KELAOGhCwAgogsAIaILACB8DgB2ogsAwKILAM2iCwAQowsAHqMLAGCjCwBtowsAsKMLAMejCwAApAsAMKQLAFCkCwBYpAsAoKQLAKqkCwDwpAsA/KQLAEClCwBDpQsAkKULAJqlCwBwfA4A6KULADCmCwA2pgsAgKYLAImmCwDQpgsA3aYLACCnCwA8pwsAwHwOAHKnCwDApwsAd6cLAEC0CwDNpwsAEKgLABeoCwBgqAsAYqgLALCoCwC2qAsAAKkLAAepCwBQqQsAaKkLAKCpCwClqQsA8KkLAKypCwCQqgsA+akLAECqCwBKqgsAEH0OAJaqCwDgqgsA5qoLADCrCwA1qwsAgKsLAIarCwBgfQ4A0asLACCsCwAxrAsAcKwLAHysCwDArAsAyqwLABCtCwAcrQsAYK0LAGetCwCwfQ4Asq0LAACuCwC7rQsAgBMNAAOuCwBQrgsAcK4LAKCuCwCorgsAAH4OAAGvCwBArwsAR68LAJCvCwCYrwsA4K8LAOOvCwBwsQsA8K8LADCwCwAysAsAgLALAI6wCwDQsAsA4bALAFB+DgAnsQsAoH4OAHmxCwDAsQsAz7ELABCyCwAfsgsAYLILAGyyCwCwsgsAs7ILAACzCwADswsAULMLAGCzCwCgswsAqbMLAPCzCwABtAsA8H4OAEW0CwCQtAsAmbQLAOC0CwDqtAsAMLULADi1CwCAtQsAnrULANC1CwDutQsAILYLAD62CwBwtgsAjrYLAEB/DgDHtgsAELcLABW3CwBgtwsAHLcLAFC4CwBptwsAsLcLALq3CwAAuAsAHLgLAJB/DgBWuAsAoLgLAKa4CwDwuAsADLkLAOB/DgBouQsAgIAOALi5CwDQgA4A6LkLAMCBDgBGugsAgLoLAIK6CwDQugsA1roLACC7CwA0uwsAcLsLAHi7CwDAuwsA6LsLABCCDgAZvAsAYLwLAG28CwCwvAsAvrwLAAC9CwAKvQsAUL0LAGq9CwCgvQsArb0LAPC9CwD8vQsAQL4LAEq+CwCQvgsAmL4LAGCCDgDnvgsAML8LADi/CwCwgg4AXL8LAKCDDgCMvwsA0L8LANe/CwAgwAsAKMALAACDDgBywAsAwMALANHACwAQwQsAGMELAGDBCwBqwQsAsMELALzBCwAAwgsAA8ILAFDCCwBawgsA8IMOALzCCwBAhA4A/cILAEDDCwBIwwsAkMMLAJPDCwAgxQsAoMMLAODDCwDiwwsAMMQLAD7ECwCAxAsAkcQLAJCEDgDXxAsA4IQOACnFCwBwxQsAf8ULAMDFCwDPxQsAEMYLABzGCwBgxgsAY8YLALDGCwCzxgsAAMcLABDHCwBQxwsAWccLAKDHCwCxxwsAMIUOAPzHCwBAyAsASMgLAICFDgCSyAsA4MgLAJzICwCAyQsA48gLADDJCwA4yQsA0IUOAIbJCwDQyQsA3MkLACDKCwAoygsAIIYOAHzKCwDAygsAw8oLABDLCwAaywsAcIYOAGXLCwCwywsAxssLAADMCwABzAsAUMwLAGHMCwCgzAsArMwLAPDMCwD6zAsAQM0LAEzNCwCQzQsAmM0LAMCGDgDszQsAMM4LADPOCwCAzgsAis4LABCHDgDTzgsAIM8LACPPCwBwzwsAfM8LAMDPCwDGzwsAENALABrQCwBghw4AZdALALDQCwC90AsAANELAAPRCwBQ0QsAbNELAKDRCwCo0QsAsIcOAPjRCwAAiA4ASNILAFCIDgCS0gsA4NILAO7SCwAw0wsAQdMLAKCIDgCG0wsA0NMLANzTCwDwiA4AJtQLAHDUCwB21AsAwNQLAMXUCwAQ1QsAFtULAJCJDgBj1QsAsNULALzVCwAA1gsABtYLAFDWCwBa1gsAMIoOAKXWCwDw1gsA/dYLAEDXCwBD1wsAkNcLAKXXCwDg1wsA6NcLAICKDgA42AsAgNgLAIzYCwDQ2AsA1tgLACDZCwAm2QsAcNkLAHXZCwDA2QsAxtkLAGCMDgAf2gsAYNoLAG/aCwCw2gsAudoLAADbCwAG2wsAUNsLAFbbCwCg2wsArNsLAPDbCwD32wsAQNwLAEjcCwAAjQ4Al9wLAODcCwDu3AsAMN0LAD3dCwCA3QsAl90LANDdCwDs3QsAIN4LACjeCwBQjQ4Ag94LAMDeCwDC3gsAEN8LACbfCwBg3wsAYd8LALDfCwDB3wsAAOALAAzgCwCgjQ4AbOALAPCNDgCi4AsA8OALAAbhCwBA4QsAQeELAJDhCwCh4QsA4OELAOzhCwBAjg4ANeILAIDiCwCG4gsA0OILAPDiCwAg4wsALOMLAHDjCwB34wsAkI4OAMzjCwCg5QsA0OMLABDkCwAS5AsAYOQLAG7kCwCw5AsAweQLAOCODgAG5QsAUOULAFzlCwAwjw4ApuULAPDlCwD25QsAQOYLAEXmCwCQ5gsAluYLACCQDgD05gsAMOcLADHnCwCA5wsAjOcLANDnCwDs5wsAIOgLACjoCwBgkQ4AfOgLAMDoCwDc6AsAEOkLABjpCwAAkg4AbOkLALDpCwC26QsAAOoLAAbqCwBQ6gsAaOoLAKDqCwCq6gsA8OoLAPzqCwBA6wsAQ+sLAJDrCwCa6wsA4OsLAPjrCwAw7AsAQOwLAIDsCwCC7AsA0OwLAN7sCwAg7QsAMe0LAFCSDgB27QsAwO0LAMztCwCgkg4AGO4LAECTDgBs7gsAsO4LALPuCwAA7wsACu8LAJCTDgBS7wsAoO8LAK7vCwDw7wsAAfALADCUDgBH8AsAgJQOAJjwCwDQlA4A6PALAMCVDgAy8QsAgPELAI3xCwDQ8QsA3/ELACDyCwAm8gsAcPILAHzyCwDA8gsAwvILABDzCwAa8wsAYPMLAG7zCwCw8wsAtfMLAAD0CwAN9AsAUPQLAFz0CwCg9AsAs/QLAPD0CwD/9AsAQPULAEz1CwCQ9QsAkfULAOD1CwDq9QsAMPYLAD72CwCA9gsAhfYLAND2CwDd9gsAEJYOACr3CwBw9wsAfvcLAMD3CwDD9wsAEPgLACD4CwBg+AsAbvgLALD4CwC8+AsAAPkLAAf5CwBQ+QsAV/kLAKD5CwCs+QsA8PkLAPH5CwBA+gsATPoLAJD6CwCd+gsA4PoLAOf6CwAw+wsAPPsLAID7CwCN+wsA0PsLAN/7CwAg/AsANPwLAHD8CwB8/AsAwPwLANP8CwAQ/QsAH/0LAGD9CwBs/QsAsP0LALH9CwAA/gsACv4LAFD+CwBe/gsAoP4LAKX+CwDw/gsA/f4LAGCWDgBB/wsAkP8LAKH/CwDg/wsA7v8LADAADAA/AAwAgAAMAIIADADQAAwA2gAMACABDAAuAQwAcAEMAHUBDADAAQwAzQEMABACDAAfAgwAYAIMAGUCDACwAgwAvQIMAAADDAAKAwwAUAMMAFwDDACgAwwAswMMAPADDAD6AwwAQAQMAEwEDACQBAwAowQMAOAEDADvBAwAMAUMADwFDACABQwAgQUMANAFDADaBQwAIAYMAC4GDABwBgwAdQYMAMAGDADNBgwAsJYOABUHDABgBwwAbQcMALAHDAC6BwwAAAgMAAYIDABQCAwAUggMAKAIDACtCAwA8AgMAPMIDABACQwATgkMAJAJDACcCQwA4AkMAO0JDAAwCgwAOgoMAIAKDACPCgwA0AoMANUKDAAgCwwALQsMAHALDAB9CwwAwAsMAMwLDAAQDAwAHwwMAGAMDABqDAwAsAwMAL4MDAAADQwABQ0MAFANDABdDQwAoA0MAKwNDADwDQwAAw4MAEAODABPDgwAkA4MAJwODADgDgwA4Q4MADAPDAA6DwwAgA8MAI4PDADQDwwA1Q8MACAQDAAtEAwAAJcOAIMQDADAEAwAzxAMABARDAAcEQwAYBEMAGERDACwEQwAuhEMAAASDAAOEgwAUBIMAFUSDACgEgwArRIMAFCXDgADEwwAQBMMAE8TDACQEwwAnBMMAOATDADhEwwAMBQMADoUDACAFAwAjhQMANAUDADVFAwAIBUMAC0VDACglw4AchUMAMAVDADOFQwAEBYMAB0WDABgFgwAbBYMALAWDAC2FgwAABcMABEXDABQFwwAUhcMAKAXDACpFwwA8BcMAP0XDABAGAwATxgMAJAYDACbGAwA4BgMAOwYDAAwGQwAQxkMAIAZDACPGQwA0BkMANwZDAAgGgwAIRoMAHAaDAB6GgwAwBoMAM4aDAAQGwwAFRsMAGAbDABtGwwA8JcOAL0bDAAAHAwADhwMAFAcDABaHAwAoBwMAK4cDADwHAwA8hwMAEAdDABRHQwAkB0MAJ4dDADgHQwADx4MADAeDAAyHgwAgB4MAIoeDADQHgwA3h4MACAfDAAlHwwAcB8MAH0fDADAHwwAzB8MABAgDAAjIAwAYCAMAG8gDACwIAwAvCAMAAAhDAABIQwAUCEMAFohDACgIQwAriEMAPAhDAD1IQwAQCIMAE0iDABAmA4AkiIMAOAiDADiIgwAMCMMAD8jDACAIwwAjyMMANAjDADcIwwAICQMACMkDABwJAwAcyQMAMAkDADGJAwAECUMABwlDABgJQwAYyUMALAlDAC1JQwAACYMAAkmDABQJgwAViYMAKAmDACvJgwA8CYMAPwmDABAJwwAUCcMAJAnDACSJwwA4CcMAO4nDAAwKAwAQSgMAJCYDgCGKAwA0CgMANwoDADgmA4AMykMAHApDAB/KQwAwCkMAMwpDAAQKgwAESoMAGAqDABqKgwAsCoMAL4qDAAAKwwABSsMAFArDABdKwwAMJkOAKwrDADwKwwA+isMAEAsDABpLAwAkCwMAJcsDADgLAwA+SwMADAtDAA/LQwAgC0MAI8tDADQLQwA1S0MACAuDAAtLgwAcC4MAH0uDADALgwAzC4MABAvDAAfLwwAYC8MAGovDACwLwwAvi8MAAAwDAAFMAwAUDAMAF0wDACgMAwArDAMAPAwDAADMQwAQDEMAE8xDACQMQwAnDEMAOAxDADhMQwAMDIMADoyDACAMgwAjjIMANAyDADVMgwAIDMMAC0zDACAmQ4AgTMMAMAzDADRMwwAEDQMABw0DABgNAwAdzQMALA0DACyNAwAADUMABE1DABQNQwAUzUMAKA1DACqNQwA8DUMAPI1DABANgwASjYMAJA2DACcNgwA4DYMAOw2DAAwNwwAQzcMAIA3DACPNwwA0DcMANw3DAAgOAwAITgMAHA4DAB6OAwAwDgMAM44DAAQOQwAFTkMAGA5DABtOQwA0JkOALI5DAAAOgwACjoMAFA6DABYOgwAIJoOALM6DADwOgwA/DoMAEA7DABPOwwAkDsMAJk7DADgOwwA6jsMADA8DAA+PAwAgDwMAIU8DADQPAwA3TwMACA9DAAsPQwAcD0MAIM9DADAPQwAzz0MABA+DAAcPgwAYD4MAGE+DACwPgwAuj4MAAA/DAAOPwwAUD8MAFU/DACgPwwArT8MAHCaDgDyPwwAQEAMAEpADACQQAwAmEAMAMCaDgDlQAwAMEEMAEZBDACAQQwAgUEMANBBDADhQQwAIEIMACxCDABwQgwAekIMAMBCDADOQgwAEEMMABVDDABgQwwAbUMMALBDDAC8QwwAAEQMABNEDABQRAwAX0QMAKBEDACsRAwA8EQMAPFEDABARQwASkUMAJBFDACeRQwA4EUMAOVFDAAwRgwAPUYMABCbDgCCRgwA0EYMANpGDAAgRwwAKEcMAGCbDgCGRwwAwEcMAMxHDAAQSAwAFUgMAGBIDABpSAwAsEgMALpIDAAASQwADEkMAFBJDABjSQwAoEkMAK9JDADwSQwA/EkMAEBKDABBSgwAkEoMAJpKDADgSgwA7koMADBLDAA1SwwAgEsMAI1LDACwmw4A0ksMACBMDAAqTAwAcEwMAHhMDAAAnA4AzUwMABBNDAAfTQwAYE0MAGtNDACwTQwAvE0MAABODAAPTgwAUE4MAHBODACgTgwArE4MAPBODAD3TgwAQE8MAE5PDACQTwwAlU8MAOBPDADsTwwAMFAMAENQDACAUAwAj1AMANBQDADcUAwAIFEMACFRDABwUQwAelEMAMBRDADOUQwAEFIMABVSDABgUgwAbVIMAFCcDgCyUgwAAFMMAApTDABQUwwAWFMMAKCcDgC9UwwA8FMMAAFUDABAVAwATFQMAJBUDACjVAwA4FQMAO9UDAAwVQwAPFUMAIBVDACBVQwA0FUMANpVDAAgVgwALlYMAHBWDAB1VgwAwFYMAM1WDADwnA4AElcMAGBXDABqVwwAsFcMALhXDABAnQ4AHVgMAFBYDABhWAwAoFgMAKxYDADwWAwAA1kMAEBZDABPWQwAkFkMAJxZDADgWQwA4VkMADBaDAA6WgwAgFoMAI5aDADQWgwA1VoMACBbDAAtWwwAkJ0OAHJbDADAWwwAylsMABBcDAAYXAwA4J0OAHFcDACwXAwAxFwMAABdDAAEXQwAUF0MAFJdDACgXQwAtF0MAPBdDADzXQwAQF4MAF1eDACQXgwAoV4MAOBeDADsXgwAMF8MAENfDACAXwwAj18MANBfDADcXwwAIGAMACFgDABwYAwAemAMAMBgDADOYAwAEGEMABVhDABgYQwAbWEMADCeDgCyYQwAAGIMAApiDABQYgwAWGIMAICeDgCiYgwA8GIMAP5iDABAYwwAUWMMANCeDgCXYwwAIJ8OAOhjDACwoA4ANmQMAIBkDACFZAwA0GQMANRkDAAgZQwALWUMAAChDgBzZQwAwGoMAHxlDADAZQwA02UMABBmDAARZgwAYGYMAGxmDACwZgwAv2YMAABnDAAKZwwAUGcMAFxnDACgZwwAp2cMAFChDgD4ZwwAQGgMAEJoDACAcwwAQ2gMAPBsDABGaAwAkGgMAExoDAAgbwwATWgMAJDRDACcaAwA4GgMAO9oDAAwaQwAPGkMAIBpDACOaQwA0GkMAOtpDAAgagwALGoMAHBqDAB3agwAoKEOAM1qDAAQawwAEmsMAGBrDABhawwAsGsMALNrDAAAbAwAC2wMAFBsDABVbAwAoGwMAKpsDADwoQ4A/WwMAEBtDABCbQwAkG0MAJFtDADgbQwA420MADBuDAA7bgwAgG4MAIVuDADQbgwA2m4MAECiDgAzbwwAcG8MAHFvDADAbwwAzG8MABBwDAAfcAwAYHAMAGpwDACwcAwAvHAMAABxDAAHcQwAkKIOAFhxDACgcQwAonEMAPBxDAD/cQwAQHIMAEpyDACQcgwAmXIMAOByDADicgwAMHMMAEFzDAAwow4Aj3MMANBzDADacwwAIHQMACl0DABwdAwAcnQMAMB0DADRdAwAEHUMABh1DABgdQwAfnUMALB1DAC4dQwAAHYMAAx2DABQdgwAY3YMAKB2DAChdgwA8HYMAPx2DABAdwwAT3cMAJB3DACadwwA4HcMAOx3DAAweAwAN3gMAICjDgCReAwA0HgMAOF4DAAgeQwAKHkMAHB5DAB3eQwAwHkMAM55DAAQegwAIHoMAGB6DABwegwAsHoMAMx6DADQow4AEHsMAFB7DABcewwAoHsMAKZ7DADwewwA/nsMAEB8DABNfAwAkHwMAKd8DADgfAwA6HwMADB9DAA+fQwAgH0MAIp9DADQfQwA3H0MACB+DAA2fgwAcH4MAHN+DADAfgwA3H4MACCkDgAgfwwAYH8MAGp/DACwfwwAuH8MAACADAAPgAwAUIAMAFWADACggAwArYAMAPCADAD6gAwAQIEMAEKBDACQgQwAnoEMAOCBDADtgQwAMIIMADOCDABwpA4Al4IMANCCDADbggwAIIMMACqDDABwgwwAeIMMAMCDDADPgwwAEIQMABWEDABghAwAbYQMALCEDAC6hAwAAIUMAAKFDABQhQwAXoUMAKCFDACthQwA8IUMAPOFDADApA4AQ4YMAJCGDACchgwA4IYMAOeGDAAwhwwAOIcMAICHDACZhwwA0IcMAOSHDAAgiAwAPIgMAHCIDAB4iAwAYKUOAMiIDACwpQ4AHYkMAGCJDABniQwAsIkMALiJDAAAigwABYoMAFCKDABgigwAoIoMAKiKDADwigwA/ooMAECLDABNiwwAkIsMAJ2LDADgiwwA7IsMADCMDAA2jAwAgIwMAIiMDADQjAwA3IwMACCNDAAzjQwAcI0MAH+NDADAjQwAzI0MABCODAARjgwAYI4MAGqODACwjgwAvo4MAACPDAAFjwwAUI8MAF2PDAAApg4Ao48MAPCPDAD6jwwAQJAMAEKQDACQkAwAn5AMAOCQDAAAkQwAMJEMADiRDACAkQwAipEMANCRDADWkQwAIJIMACKSDABwkgwAf5IMAMCSDADMkgwAEJMMABiTDABQpg4AfpMMALCTDADOkwwAoKYOABmUDABQlAwAVZQMAKCUDAC7lAwA8JQMAPyUDABAlQwASJUMAPCmDgCjlQwA4JUMAO+VDAAwlgwAPJYMAICWDACBlgwA0JYMANqWDAAglwwALpcMAHCXDAB1lwwAwJcMAM2XDABApw4AFJgMAGCYDABimAwAsJgMALOYDAAAmQwACJkMAFCZDABamQwAoJkMAKuZDADwmQwA/JkMAECaDABImgwAkKcOAJ6aDADgmgwA5poMADCbDAA8mwwAgJsMAI+bDADQmwwA2psMACCcDAAonAwAcJwMAH+cDADAnAwAwpwMABCdDAAZnQwAYJ0MAGOdDACwnQwAvJ0MAACeDAAIngwA4KcOAGCeDACgngwAqJ4MAPCeDAD6ngwAQJ8MAEufDACQnwwAnJ8MAOCfDADonwwAMKgOADWgDACAoAwAkaAMANCgDADhoAwAIKEMACWhDABwoQwAdKEMAMChDADOoQwAEKIMAB2iDABgogwAd6IMALCiDAC4ogwAAKMMAAyjDABQowwAY6MMAKCjDACvowwA8KMMAPyjDABApAwAQaQMAJCkDACapAwA4KQMAO6kDAAwpQwANaUMAIClDACNpQwAgKgOANalDAAgpgwALqYMAHCmDAB9pgwAwKYMANemDAAQpwwAGKcMAGCnDABrpwwAsKcMALKnDAAAqAwADagMAFCoDABXqAwAoKgMALGoDADwqAwA/qgMAECpDABNqQwAkKkMAKepDADgqQwA6KkMADCqDAA1qgwAgKoMAJCqDADQqgwA2KoMACCrDAAqqwwAcKsMAHurDADAqwwAzKsMABCsDAAYrAwAIKkOAHmsDACwrAwAtawMAACtDAAbrQwAUK0MAFytDACgrQwAqK0MAHCpDgADrgwAQK4MAE+uDACQrgwAnK4MAOCuDADhrgwAMK8MADqvDACArwwAjq8MANCvDADVrwwAILAMAC2wDADAqQ4AeLAMAMCwDADCsAwAELEMAB2xDABgsQwAZbEMALCxDAC6sQwAALIMAAuyDABQsgwAXLIMAKCyDACmsgwA8LIMAPiyDABAswwATLMMAJCzDACjswwA4LMMAO+zDAAwtAwAPLQMAIC0DACBtAwA0LQMANq0DAAgtQwALrUMAHC1DAB1tQwAwLUMAM21DAAQqg4AFbYMAGC2DABvtgwAsLYMAL+2DAAAtwwACbcMAFC3DABWtwwAoLcMAKa3DADwtwwA/LcMAEC4DABHuAwAkLgMAKy4DABgqg4A6rgMADC5DAA8uQwAgLkMAIO5DADQuQwA2rkMALCqDgAougwAAKsOAHi6DABQqw4AyLoMAKCrDgAYuwwAYLsMAGG7DACQwgwAbbsMALC7DAB0uwwAEMAMAHe7DADQyAwAebsMAEDMDACxuwwAALwMABa8DABQvAwAWLwMAKC8DACivAwAIL8MAK68DADwvAwA+LwMAPCrDgD9vAwAQL0MAEO9DACQvQwAmr0MAOC9DADivQwAML4MAEG+DACAvgwAkb4MANC+DADYvgwAQKwOACe/DABwvwwAd78MAMC/DADIvwwAkKwOABLADABgwAwAZsAMALDADAC9wAwAAMEMAAjBDABQwQwAUsEMAKDBDACnwQwA8MEMAPfBDABAwgwASMIMAOCsDgCdwgwA4MIMAOHCDAAwwwwARsMMAIDDDACIwwwA0MMMANLDDABQxgwA3sMMACDEDAAoxAwAMK0OAC3EDABwxAwAc8QMAMDEDADKxAwAEMUMABLFDABgxQwAccUMALDFDADBxQwAAMYMAAjGDACArQ4AV8YMAKDGDACnxgwA8MYMAPjGDADQrQ4ASscMAJDHDACSxwwA4McMAPHHDAAwyAwAQcgMAIDIDACIyAwAIK4OANXIDAAA0AwA3MgMACDJDAA2yQwAcMkMAHjJDADAyQwAzskMABDKDAAdygwAYMoMAGPKDACwygwAusoMAADLDAACywwAUMsMAGHLDACgywwAscsMAPDLDAD4ywwAcK4OAEnMDACQzAwAncwMAODMDADnzAwAMM0MAEHNDACAzQwAjM0MANDNDADYzQwAwK4OAC3ODABwzgwAc84MAMDODADKzgwAEM8MABLPDABgzwwAcc8MALDPDADBzwwAEK8OAAjQDABQ0AwAZ9AMAKDQDACs0AwA8NAMAPrQDABA0QwASNEMAGCvDgCR0QwA4NEMAPbRDAAw0gwAONIMAIDSDACO0gwA0NIMANjSDACwrw4A3dIMACDTDAAj0wwAcNMMAHrTDADA0wwAwtMMABDUDAAh1AwAYNQMAHHUDACw1AwAuNQMAACwDgAG1QwAUNUMAFXVDACg1QwAu9UMAPDVDAD+1QwAQNYMAEfWDACQ1gwAnNYMAODWDADm1gwAMNcMADPXDACA1wwAitcMANDXDADW1wwAINgMACLYDABw2AwAetgMAMDYDADM2AwAENkMACfZDABg2QwAdNkMALDZDADM2QwAANoMAAjaDABQsA4AUtoMAKDaDACu2gwA8NoMAAHbDACgsA4AR9sMAPCwDgCe2wwA4NsMAOrbDAAw3AwAO9wMAIDcDACI3AwA0NwMANzcDAAg3QwAM90MAHDdDAB/3QwAwN0MAMzdDAAQ3gwAEd4MAGDeDABq3gwAsN4MAL7eDAAA3wwABd8MAFDfDABd3wwAkLEOAKjfDADw3wwA+t8MAEDgDABF4AwAkOAMAJjgDADg4AwA5uAMADDhDAA84QwAgOEMAIbhDADQ4QwA2eEMACDiDAAt4gwAcOIMAHjiDADA4gwAweIMABDjDAAS4wwAYOMMAGPjDACw4wwAs+MMADCyDgAW5AwAUOQMAFjkDACg5AwArOQMAPDkDAD25AwAQOUMAEblDACQ5QwAleUMADDmDAC85QwA4OUMAOjlDADQsg4ANuYMACCzDgCW5gwA0OYMANLmDAAg5wwALecMAHDnDAB35wwAwOcMAMjnDAAQ6AwAIOgMAGDoDABi6AwAsOgMAL7oDAAA6QwAEekMAMCzDgBX6QwAELQOAK7pDADw6QwA+ukMAEDqDABL6gwAkOoMAJjqDADg6gwA7OoMADDrDABD6wwAgOsMAI7rDADQ6wwA2usMACDsDAAo7AwAcOwMAH/sDADA7AwAxewMABDtDAAX7QwAYO0MAGztDACwtA4A6+0MAADuDAA77gwAUO4MAFjuDAAAtQ4AyO4MAPDuDAD87gwAQO8MAEbvDACQ7wwAlu8MAODvDADl7wwAMPAMADbwDABQtQ4AgfAMANDwDADW8AwAIPEMACXxDABw8QwAf/EMAMDxDADM8QwAEPIMABPyDABg8gwAY/IMALDyDAC48gwAAPMMAA/zDABQ8wwAVfMMAKDzDAC28wwA8PMMAPHzDABA9AwAUfQMAJD0DACc9AwA4PQMAOr0DAAw9QwAPPUMAID1DACH9QwAoLUOAOD1DAAg9gwALPYMAHD2DAB/9gwAwPYMANT2DAAQ9wwAH/cMAGD3DABx9wwAsPcMALz3DADwtQ4ABfgMAFD4DABS+AwAoPgMALH4DACQtg4A/PgMAED5DABG+QwAkPkMAJz5DADg+QwA6PkMAOC2DgA2+gwAgPoMAIz6DADQ+gwA2PoMADC3DgAs+wwAcPsMAHP7DADA+wwAyvsMAIC3DgAS/AwAYPwMAG78DACw/AwAwfwMACC4DgAG/QwAUP0MAFz9DABwuA4AqP0MAPD9DADz/QwAQP4MAEz+DACQ/gwAnP4MAOD+DADo/gwAELkOADv/DACA/wwAjP8MAND/DADY/wwAYLkOACkADQBwAA0AgQANAMAADQDRAA0AEAENABgBDQBgAQ0AYwENALABDQC6AQ0AAAINAAICDQBQAg0AXwINAKACDQDAAg0A8AINAPgCDQBAAw0ASgMNAJADDQCWAw0A4AMNAOIDDQAwBA0APwQNAIAEDQCMBA0AsLkOANwEDQAgBQ0APgUNAHAFDQB2BQ0AwAUNAMkFDQAQBg0AHQYNAGAGDQBoBg0AsAYNAMYGDQAABw0AAgcNAFAHDQBrBw0AoAcNAKwHDQDwBw0A/QcNAAC6DgBGCA0AkAgNAJgIDQDgCA0A9ggNADAJDQA1CQ0AgAkNAIYJDQDQCQ0A3AkNACAKDQAoCg0AULoOAH0KDQDACg0A0AoNABALDQAVCw0AYAsNAGYLDQCwCw0AxgsNAAAMDQACDA0AUAwNAFoMDQCgDA0ArgwNAPAMDQD1DA0AQA0NAE0NDQCgug4Anw0NAOANDQDpDQ0AMA4NADoODQCADg0Ajg4NANAODQDVDg0AIA8NAC0PDQBwDw0AeA8NAMAPDQDQDw0AEBANABIQDQBgEA0AbhANALAQDQDBEA0A8LoOAAcRDQBAuw4AVRENAKARDQCmEQ0A8BENAPgRDQBAEg0AShINAJASDQCSEg0A4BINAOMSDQAwEw0AUBMNAOC7DgCMEw0A0BMNANYTDQAgFA0ALBQNAHAUDQB4FA0AMLwOAMwUDQAQFQ0AFhUNAGAVDQBsFQ0AsBUNALgVDQCAvA4AAhYNAFAWDQBeFg0AoBYNALEWDQDQvA4A/RYNAEAXDQBXFw0AIL0OAJoXDQDgFw0A7BcNADAYDQAzGA0AgBgNAIoYDQBwvQ4A1RgNACAZDQApGQ0AcBkNAIEZDQDAGQ0AxxkNABAaDQAYGg0AYBoNAG0aDQCwGg0AtRoNAAAbDQAKGw0AUBsNAFgbDQCgGw0ArxsNAPAbDQD1Gw0AQBwNAFYcDQCQHA0AkRwNAOAcDQDuHA0AMB0NAEEdDQCAHQ0AjB0NANAdDQDYHQ0AEL4OACQeDQBAAQAAKB4NACBUDgAsHg0A4L4LAHweDQBwCAAAyB4NAJAhDQBdIA0AUCgAAKQgDQAwKgAAoCENAEA4AAAzIg0AEDsAAIMiDQDgQgAAIiMNAACUDAAjIw0AYEUAACcjDQBAAwMAKiMNALBJBgB0Iw0AkFYAABQkDQCAXAAAZCQNABBoAAADJQ0AUG4AAF8lDQDAdgAApCUNAOB5AADyJQ0AoH0AAJgmDQBghgAATycNAIAnDQC4KQ0AAMMAAKQqDQBAzgAA9CoNAADXAACUKw0AwOQAADwsDQCA7QAApCwNANDtAADSLA0AIO4AACwtDQDA8wAAyi0NAFD1AAAZLg0AAPoAAM8uDQBwAgEADC8NABAIAQBvLw0AoC8NAAwwDQBAMA0ASDANAJAwDQCcMA0A8A4BAOgwDQBwEQEAnDENANAxDQDYMQ0AIDINACIyDQBQGAEAfDINAPAdAQAYMw0AsCYBAFw0DQBwPgEA+DQNAOBBAQAMNQ0A0CsOABQ1DQDwKQ4ARjUNAMBDAQCiNQ0A8EUBAOU1DQDASAEANDYNAKBKAQAsNw0AIFwBAIo3DQDANw0AyDcNAHBcAQAfOA0AoF4BAKw5DQBQdwEA+DkNAEA6DQBQOg0AoHcBAOw6DQBgewEAODsNAIA7DQCQOw0AsHsBACw8DQDQgwEAVj4NAPD+AQBaPg0AgAACAF4+DQBwmAEAaj4NAPANAgD4Pg0AcFQOAPk+DQCQygkA/D4NAECbAQAMPw0AoPYJAEg/DQCweQ0AXD8NAJCbAQBsPw0AUIMOAJc/DQDgmwEAmj8NAOB5CgA8QA0AkKABAIxADQDgoAEALkENANCmAQDJQQ0AwKwBAGlCDQCAsAEAs0INAABDDQAMQw0AILEBAPhDDQBARA0AQ0QNALAICwBMRA0AYLcBAKVEDQDguQEAAUUNADBFDQCERQ0AcN8KAJBFDQBQxwEAqkUNALC8AQDcRQ0AoMIBAHxGDQAAxwEAHEcNAEDIAQB8Rw0AkMgBABBIDQAwyQEAWUgNACDKAQBOSQ0A0NMBAOlJDQBwEgoA7EkNAIDYAQDuSQ0A0FsLAEpKDQCASg0A2EoNACBLDQDsSg0AMOIBACNLDQCwnwoAKksNAACqCgAtSw0AYIsKADtLDQBg2gEAQUsNAMCoCgDCSw0AcN4BAOhLDQDwIgsAHkwNAADgAQBsTA0A8OABAJlPDQBw8gEAU1wNAOAlDgBYXA0A8FwNAGxcDQDAXw0AdFwNAKApDgB4XA0AYIQCAPJcDQBQKAoA9FwNAJChCgD1XA0AcDkGAPdcDQBgTQcA+lwNALCEAgD/XA0AAIUCAAFdDQCQqAMAJF0NADDvAwAsXw0AQJUCAMhfDQAQYA0AEWANAFBQCgAaYA0AYO4LAB9gDQDQGA0AL2ANABCRDgBqYA0A8JkCAFNhDQBgwAIAVmENAHDXCABXYQ0AMK8CAFlhDQDQoAIAWmENACCmAgBcYQ0AkHsDAF1hDQBQqAIAXmENAHC1AgBfYQ0AUKMCAGBhDQCAdwMAZmENACCrAgCLYQ0AsO0MAHZkDQAQxQIAemQNAJB0CgDMZA0AQMcCAPRmDQBQ5AIA/2cNAIDwAgA5aA0AgPUCACNpDQDABQMAZ2oNAEAcAwABaw0AECQDALJrDQDwaw0A4mwNAIAhBADjbA0AIEYDAOpsDQDwJgcAg20NAOBJAwCHbQ0AADUHAHNuDQCAXgMAa28NACBpAwAPcA0AQGwDALxwDQDwcA0A+HANAEBxDQBPcQ0AcHMDAOlxDQDQEQoA7HENAHB4AwA4cg0AgHINAExyDQCgJA4AinINAMB4AwAocw0AEH4DAH9zDQDwfwMAY3QNACCMAwBcdQ0AoJ0DAKh1DQAA3g0ADHYNAEB2DQBIdg0AkHYNAJ12DQBQagkAoXYNAMCgAwCfdw0AAKwDANZ3DQDwsQMAd3gNAFDAAwB8eA0AgMMHAH14DQDwxgcAf3gNADC+BwDceA0AEHkNABh5DQBgeQ0AsnkNALDlCgC4eQ0A8CQOALp5DQAgwwMAvHkNAHDeCwDTeQ0AwOMLAPB5DQAQ7gsACHoNAPDFAwB6eg0AoHoNAPp6DQDwygMAn3sNACDSAwAzfA0AkNoDAI18DQCQ5AMAj3wNAMDcAwB6fQ0AEOcDAG9+DQBg8QMAs34NABD2AwCsfw0AQP0DAAyADQBAgA0AXIANAJCADQCfgA0AgP4DADyCDQBwgg0AeIINAMCCDQDPgg0AsBkEABmDDQDgIAQAAoQNALAoBAANhA0A0A8HAFOEDQDQKwQARYUNAEBDBABPhQ0AcDsEAJyGDQDQhg0A2IYNACCHDQAlhw0AEFUEAC+HDQBATQQACokNAABqBAD5iQ0AsHMEAKyKDQDgig0A6IoNADCLDQA2iw0AoH4EAJaLDQAQggQANowNAKCNBADPjA0AEJsEAG+NDQCQogQAHI4NAFCODQBYjg0AoI4NAK+ODQDArgQAsI4NAPC1BADJjg0AALoEAEyPDQDgtgQAmI8NAOCPDQDqjw0AMLcEAOyQDQAgkQ0AKJENAHCRDQB5kQ0A0MYEAMqRDQCwyAQAfJINALCSDQC4kg0AAJMNAAGTDQBQ0wQABZMNABAdBQAGkw0A4N4EAA2TDQCA2gQAD5MNAADOBAD6kw0AAN0EAOqUDQAQ6wQAOpUNACDvBACGlQ0AEPAEAC6WDQDg9wQA3JYNABCXDQAYlw0AYJcNAGqXDQBg/wQAs5cNAPAFBQBsmA0AoJgNAKiYDQDwmA0A/ZgNAAAKBQD/mA0AYBMFAEWZDQDADQUA6JkNALAYBQA8mw0AcJsNAHibDQDAmw0Az5sNACAmBQCsnQ0AQD0FAAyeDQBAng0AXJ4NAJCeDQCdng0AgD4FAJyfDQDQnw0A2J8NACCgDQAjoA0AEE8FAPSgDQBAWwUAY6ENAPBfBQBnoQ0A0LcJAA2iDQAwZgUAU6INAPBpBQCaow0A4HkFAOyjDQDgfgUA2KQNAIC0BwDspA0A4LMHADylDQBwpQ0AeKUNAMClDQDDpQ0AYIYFACymDQBgpg0AaKYNALCmDQC/pg0A0IkFAAunDQAQkAUAkqgNAECmBQA8qQ0AINQLAD+pDQDAqAUAQKkNAJDSCwCMqQ0AgKwFAIyqDQDAqg0AyKoNABCrDQAZqw0AkLUFAGqrDQBwtwUAD6wNAAC+BQBprA0AsMcFAPOsDQDQzwUAk60NANDZBQAzrg0AYOUFANquDQCw6gUAKq8NANDtBQB8rw0A8PAFAHywDQCwsA0AuLANAACxDQAPsQ0AkAAGAFixDQCgsQ0Ar7ENAEAFBgBPsg0A4AoGAJ2yDQCQGQYAn7INAPATBgCcsw0A0LMNANizDQAgtA0AjLQNAMC0DQDItA0AELUNAB21DQAQKwYAbbUNAJAtBgC+tQ0AADEGAFK2DQDwNgYA/LYNANA9BgCbtw0AMFEGANO4DQBgYgYAJbkNAPBoBgDFuQ0AcHUGAGW6DQBQgQYABrsNADCIBgBsuw0AoLsNAKi7DQDwuw0A/bsNALCKBgCsvA0A4LwNAOi8DQAwvQ0Ag70NAJCWBgAvvg0AEJkGANy+DQAQvw0AGL8NAGC/DQBqvw0AgKEGAL6/DQAQowYAD8ANAMCnBgBawA0A0KsGAAzBDQBAwQ0ASMENAJDBDQCcwg0A0MINANjCDQAgww0AzMMNAJDDBgAYxA0AYMQNAGLEDQDgwwYAWcUNAFDbBgBdxQ0A4NIGAK7FDQCA2AYA8cUNAGDaBgCaxg0AMN0GAOPGDQAA4AYAiscNAADlBgDcxw0A8OoGAHzIDQDA7QYAzMgNABDuBgAsyQ0AYMkNAGjJDQCwyQ0Av8kNAJDwBgBdyg0AgPsGALDKDQDAAQcArMsNAODLDQDoyw0AMMwNAD/MDQCACgcAI80NAHDNDQCKzQ0A4BgHANzNDQAQzg0AGM4NAGDODQBvzg0AoBwHAOXODQAwHgcAbM8NAKDPDQCozw0A8M8NAE/QDQCgIQcA7NANAOAnBwBC0Q0A8CsHANfRDQAwqgcA2tENAFAwBwAn0g0AQDEHABrTDQBwQgcAatMNALBIBwC30w0AoEkHALzUDQDw1A0A+NQNAEDVDQBM1Q0AIFYHAJjVDQDg1Q0A5NUNAGBXBwBA1g0A8FgHAOzWDQAg1w0AKNcNAHDXDQCY1w0AwGUHAMXXDQCgbAcALNgNADBYCQBo2A0AsNgNAObYDQCgcQcAc9kNAKDZDQCT2g0AAI8HAIfbDQCgngcAyNwNABDdDQAj3g0AMLQHALDeDQCQuAcASN8NAJC9BwDd4A0A4EkIAN/gDQDgzAcAuuINAADaBwAD4w0A4OAHAArjDQAQ3gcA4+QNAADzBwDc5Q0AUP0HABjnDQBg5w0Al+cNABAQCAAc6A0AUOgNAFjoDQCg6A0Ar+gNAJAXCABI6Q0AkOkNAMfpDQBgHwgAOOoNANAiCADG6w0AkDUIALzsDQAgPAgArO0NAPBDCAAM7g0AQEQIAE/uDQCQRAgA5e4NAKBNCADU7w0AwFoIAMrwDQDgcQgAfPENALDxDQC48Q0AAPINAAryDQAwfAgAufMNACCHCADS9A0AIKAIACn1DQBwpQgAwvUNAJCtCAAg9g0AsLAIAFv3DQCQxggAsvcNAPD3DQDp+A0A8NQIAIf6DQDw4wgAFfsNAKDoCABt+w0AwOsIABz8DQBQ/A0AWPwNAKD8DQDy/A0A4PMIAPz9DQAw/g0AOP4NAID+DQCo/g0AEAAJACn/DQAABgkAeP8NAMD/DQDO/w0AoAYJABYADgDQCAkAvQAOAIANCQABAQ4AQBEJAPkBDgCgGgkA/AEOAEAbCQA9Aw4AcCcJAIUDDgCwKAkA3QMOANArCQAoBA4AUC4JAJQEDgDABA4AfAUOANA6CQDYBQ4AIDsJAPgGDgBABw4AcgcOAABCCQB3Bw4AYEEJACwJDgDARQkAgAkOAOBICQDNCQ4AIEoJAL0KDgAQUAkABQsOANBTCQC/Cw4A8AsOAKwMDgDgDA4A6AwOADANDgA9DQ4A8GUJAI0NDgDAaAkALQ4OACBtCQDfDg4AEA8OAHIPDgAgHQ4Afw8OALAPDgBcEA4AoHkJAF4QDgBwdwkAAhEOAEARDgCeEQ4AYIIJAEASDgBQjQkAjBMOAMATDgDIEw4AEBQOAH4UDgBwpAkAUxUOAGCqCQBXFg4AwLMJAPAWDgCQuwkAnBcOANAXDgDYFw4AIBgOAIwYDgDAGA4AyBgOABAZDgCzGQ4AQCUOALgZDgAAGg4AuhkOAODmCwDMGQ4AME4OAAoaDgAwywkAphoOAIDQCQCIHA4A4OMJAHEdDgCg7AkAbB4OANDzCQCEHg4AsCYLALgeDgAAHw4AHh8OACD0CQCYIA4AQLkLAOggDgCQuQsATCEOAIAhDgCIIQ4A0CEOAEAiDgCgAAoAyCIOAOA9CgBYJA4A4GEOAFwlDgBwgQ4AbCUOAJAlDgAMJg4AMCYOAOwmDgAgJw4AKCcOAHAnDgDMJw4AEBgKACwoDgBgKA4AaCgOALAoDgAMKQ4AoHcLAGYpDgBgRQoAnCoOAHAhCgD6Kg4A8CMKANgrDgAgLA4AeCwOABClDgC/LQ4AUC0KAMktDgAQLAoArC4OAMAwCgBcLw4AkC8OAJgvDgDgLw4AJzEOAIA5CgBYMw4AUFUKAJw0DgAAZAoAijUOACBnCgDDNg4A0BULAMY2DgDg8QoAyjYOANBwCgDQNg4AsCELAGg3DgCwNw4AujcOAIB1CgC8OA4A8DgOAPg4DgBAOQ4A4jkOALCBCgA1Og4AIIUKABg8DgDAjwoAaDwOALA8DgC8PA4A4JIKAFw9DgAAlgoA+D0OAEA+DgBXPg4AAJsKAPJCDgBQtAoAlUMOAFC5CgDJRQ4AcNUKAHJGDgCwRg4AXUcOABDlCgBgRw4A0OMKAE5IDgBA5woA2EkOACBKDgAjSg4AIO4KAMxKDgCQ8QoAs0sOAPD1CgC6Sw4AIPgKAExNDgDA/QoATk0OAHBcCwDoTQ4AMIgLAAtODgDQig4AOE4OAIBODgAcUA4AkAoLAFpRDgAAGAsAX1EOACAMCwB8VA4AsIULAJhUDgAwgA4AyFQOABBVDgATVQ4A8BgLAHBVDgCAGgsAvFUOAHAbCwAIVg4AUFYOAFpWDgDAGwsAsFgOADAkCwA1WQ4AkPALAHFZDgBwJQsAvFoOAHAqCwAIWw4AUFsOAGlbDgCwKwsAo1sOAPBbDgBkXA4AEDALAARdDgAAMQsApF0OAEAyCwAoXg4AcF4OAHpeDgCwNQsAEV8OAIC/CwAPYA4A0D0LAOVhDgBARgsAcmMOAFBPCwB8Yw4AMFYLAABmDgDwXgsATmYOAOBfCwCYZg4AgGALAONmDgDAYQsA02cOAPBjCwDIaA4AEGkOAGhpDgCwaQ4AUWoOAHBrCwCoag4A8GoOAEhrDgCQaw4AM2wOABBxCwDYbA4AIG0OAHhtDgDAbQ4AuG4OABB2CwAMbw4AUHcLAKhvDgDwbw4AAHAOAOB4CwCzcA4A4HAOAIxxDgAQgAsA9HEOACByDgAscw4A4IcLALx0DgAwjQsAXHUOAHCOCwD8dQ4AsI8LAIx2DgAAkAsAoHcOABCUCwDDdw4AoJULABh4DgAglQ4AaXgOACCYCwBseA4AAJoLALN4DgAAeQ4AHHkOAFB5DgCjeQ4A8HkOAAx6DgBAeg4AmHoOAOB6DgDqeg4AUJoLADh7DgBAtg4AhnsOAACfCwBzfA4A4KULAMh8DgBwlQ4AxX0OAODwCwBcfg4AILELANCBDgCgYgwACoMOAHDKCwDzgw4AoMILAJyEDgDQxAsAhIUOAJDICwDKhg4A4M0LAG6HDgBg0AsAqYgOAIDTCwAMiQ4AQIkOAKyJDgDgiQ4APooOAKDWCwD7ig4AIIsOAEuLDgBwiw4Am4sOAMCLDgDriw4AEIwOAGiMDgCwjA4AtYwOABDaCwCjjQ4AUOALAOmODgAA5QsAM48OAICPDgCrjw4A0I8OACOQDgBwkA4Am5AOAMCQDgB/kQ4AsJEOAB+SDgBg6QsAWZIOAHDtCwC/kg4A8JIOAJiTDgDgkw4A8JMOAFDvCwA8lA4AQPALAJWUDgCg3wwAmZgOAIAoDADsmA4AICkMANiZDgCwOQwAeJoOAPA/DAAYmw4AgEYMALibDgDQSwwAWJwOALBSDAD4nA4AEFcMAJidDgBwWwwAOJ4OALBhDADcng4AkGMMADqfDgBwnw4AeJ8OAMCfDgCYog4A4KIOAP6iDgBQcQwACKYOAKCPDABupg4AYJMMAPymDgCQlQwASKcOABCYDACXpw4AkJoMAOWnDgBQngwAQKgOADCgDACcqA4A0KgOACKpDgBgrAwAfKkOAPCtDADVqQ4AcLAMABiqDgAQtgwAzKoOACC6DADOrg4AIM4MAGCwDgBQ2gwArLAOAEDbDAD4sA4AQLEOAESxDgCQ2wwAmLEOAOCxDgA4sg4AgLIOACizDgBwsw4AzLMOAFDpDAAYtA4AYLQOAGS0DgCg6QwAgLUOAIDwDABXtg4AAPgMAOK2DgAw+gwAOrcOACD7DACItw4A0LcOAOC3DgAQ/AwAKbgOAAD9DABzuA4AwLgOABq5DgAw/wwAcLkOACAADQBeug4AcAoNAPy6DgAAEQ0ASLsOAJC7DgCguw4AUBENADS8DgDAFA0AkLwOAAAWDQDevA4A8BYNACi9DgCQFw0Ac70OAMC9DgA=","fail":"AAAAAAAAAADQfwAAMJcBADDKAADQ3gUA0AoCAFCGBgBA1wEAkDgKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBAAAAAABA1wEA4CkKABBSBwCwiwAAcA0AAEDXAQBQ0wkAoNMJAPDTCQBA1AkAEO4BAKDgCwCAXAoAUEgDAAAAAADQ3gUA0AoCANAKAgAAMgoAIPcBAHD3AQDABwsAECYLANDeBQBA1wEAYAgBAHB3BAAw2AsAADIKAEDXAQCgbwQAMKcAAICnAADQpwAAIKgAAHCoAABwDQAAQNcBAJA4CgDg4QYA0AoCAJATAgDQigQAMGAGAAAAAADQ3gUAQNcBAJAkCgCgawMAsPgBACDnBwCQ6wEA0H8AABACAgDgQAwAMEEMAIB4AgCQJAAAQNcBAKBMCQDwTAkAcEQAANBiBACwiwAAAIwAAECBAgDQJwgAICgIAEDXAQDgKQoAEFIHALCLAABwDQAAQNcBAFDTCQCg0wkA8NMJAEDUCQBQZAoAoGQKAFAAAABQAAAA0FQIANAKAgBwRAAAQNcBAFBkCgDAkwEAAAAAALCLAACw+AEAcA0AAMAcAADQFgAAUIYGAKCGBgCAuwAA0LsAACC8AACAoAIAUKgCAKCoAgBgyQgAwBcAAOAkCgBw/QoAQAEAAJABAADgAQAAMAIAAIACAABQZAoAoGQKAFAAAABQAAAAgHQBAPCiAwCwiwAA4KYAANAKAgAgCwIA0GsFAEDXAQCQOAoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AAAw0gcAgNIHAAAAAACwhgAAsGcBANAKAgCQEwIAcA0AAEDXAQCAdAEA8KIDAECjAwBQAAAAsHsBAAB8AQBQfAEAoHwBAPB8AQBAfQEAkH0BAAAAAACAoAIAYMACAMCTAQAQlAEAYJQBAFCmCQCA3wkA0N8JAFDTCQCg0wkA8NMJAEDUCQAQ7gEA8EwJAFAXAgAQ2QcAYNkHALDZBwBQhgYAQNcBANDeBQBw4gcAQNcBAMAHCwAwZAwAEEUAAGBFAACwRQAAAEYAAFBGAACgRgAAAAAAACDnBwBwAwoAUGQKAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AADDSBwCA0gcAAAAAALCGAACwiwAAcA0AAMBRAgBAAgkAUIYGAEDXAQBQZAoA8C0AAEAuAACQLgAA4C4AAACLCwCQ6wEA0H8AADCXAQDAHAAAUIYGAEDXAQCQOAoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AACD3AQBw9wEAkOsBAODrAQAw7AEAgOwBAFDTCQCg0wkAcBcAAMAXAADgJAoAcP0KAEABAACQAQAA4AEAADACAACAAgAAMMoAAID2AQAwlwEAQNcBAJAkCgCAMwEA0DMBAECBAgCwZwEAUIYGALCLAACQJAoA4CQKAHD9CgBAAQAAkAEAAOABAAAwAgAAAIsLAJDrAQDQfwAAMJcBAMAcAABQhgYAQNcBAJA4CgCAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAIPcBAHD3AQCQ6wEA4OsBADDsAQCA7AEAUNMJAKDTCQBwFwAAwBcAAOAkCgBw/QoAQAEAAJABAADgAQAAMAIAAIACAAAwygAAgPYBADCXAQBA1wEAkCQKAIAzAQDQMwEAQIECALBnAQBQhgYAsIsAANB/AAAwlwEAgHQBAICgAgBgwAIA8C0AAEAuAACQLgAA4C4AAACLCwBwDQAAwBwAABAdAABgHQAAsB0AAAAeAAAAiwsAkCQAABBhBwDQCgIAoPEJAMBRAgAAiwsAYAgBAFCQBgBwDQAAwJMBABBtAACA6AoAALsIADDoCgBQowIAMKcAAICnAADQpwAAIKgAAHCoAADAqAAAkCQKAOAkCgBw/QoAQAEAAJABAADgAQAAMAIAAIACAABgCAEAYK0BAHANAADAUQIAQNcBAJDrAQAw8QsAkDgKAIBDBQBQZAoAcKcLANBiBAAgYwQAAGgBAAAAAADgpgAA4KYAALCLAABwDQAAwJMBAEDXAQDgKQoAsIsAANAWAAAQ6AIAsIsAAFCGBgBA1wEAkNcBACA1CgDQCgIAQNcBALCGAABwDQAAwBwAAEDXAQAAAAAA0BYAAAArAgCgcAgAIBcAADDKAADQFgAAQNcBAOApCgCghgYAkCIMAOAiDACQ6wEA0H8AADCXAQDAHAAAAAAAANAKAgCw+AEA0H8AACCAAABwgAAAwIAAABCBAABggQAAQB4BAFCGBgCwiwAA0BYAABDoAgCwiwAAUIYGALD4AQCwiwAAAIwAAGDbAAAQhAIAkOsBANB/AAAwYAYAsPgBAFCGBgCQ6wEAsPgBALCLAAAAjAAAYNsAABCEAgCwhgAAkOsBAIB0AQDwogMA4KYAAEDXAQAAKwIAUCsCAKArAgBA1wEAMNIHAIDSBwBwRAAA0GIEACBjBACwiwAAQIECAJCBAgDggQIAQNcBAFCmCQCA3wkA0N8JAFDTCQCg0wkA8NMJAEDUCQCQOAoA4OEGADDiBgDQdAEAMMoAALCLAADQFgAAIBcAABAwAQBgMAEAcA0AAOBgCgBQAAAAUAAAANBUCADQCgIAcEQAAEACCQBQhgYAsPgBANB/AACAuwAA0LsAACC8AACw+AEAYAgBALAIAQDwYAkAAAAAAIB0AQDwogMAsIsAANAWAABwRAAAQNcBAOApCgAQUgcAsIsAAHANAABA1wEAUNMJAKDTCQDw0wkAQNQJAFBkCgCgZAoAUAAAAFAAAADQVAgA0AoCAHBEAABA1wEAkDgKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAA4L8AAIAzAQDQMwEAcEQAAKAIAgDgpgAAAKkBAED7CgBA1wEAMNIHAIDSBwAAAAAAsIYAALCLAABwDQAAwFECAEACCQBQhgYAQNcBAJDrAQAAMgoAQNcBAFBkCgDAHAAAEB0AAGAdAACwHQAAsIYAAHBEAADARAAAEEUAANAWAABwRAAAQPwEAOCmAACQiwIAgBkCAED8BADQ3gUAcOIHAEDXAQCQJAoAgHQBALCGAACA4gEAsGcBAABoAQBA1wEA0H8AAIC7AADQuwAAsMwAAJA4CgCAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAkL8AADDSBwCA0gcAAAAAALCGAACwZwEA0AoCAJATAgAAAAAA0AoCAACjBwBw4gcAgOIBAFAAAACgAAAA8AAAAEDXAQAAAAAAUAAAAKAAAADwAAAAQAEAAJABAADgAQAAMAIAAGCyAQCwsgEAoG8EAJCLAgDQ1QkAINYJAADSCgBQ0goAoNIKADDKAACwZwEAcOUEAMBEAAAwZgoA0PUHAHBEAABA1wEAkDgKADDYCwAAMgoAQNcBAJAkCgDgJAoAcP0KAEABAACQAQAA4AEAADACAACAAgAAoG8EAPBvBABAcAQAkCQAABBhBwCA4gEAsIYAANAKAgCQEwIA0AoCAEDXAQCgbwQAMKcAAICnAADQpwAAIKgAAHCoAADAqAAAUGQKAMAcAADQFgAAcEQAAEDXAQCQOAoAgLsAANC7AAAgvAAAIPcBAHD3AQCQ6wEA4OsBADDsAQCA7AEAUNMJAKDTCQBwFwAAwBcAAOAkCgBw/QoAQAEAAJABAADgAQAAMAIAAIACAABQpgkAgN8JANDfCQBQZAoAwBwAAAAAAADQfwAAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJAkAACgmgEA8JoBAECbAQCwvwMAkDgKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBAFAXAgAQ2QcAYNkHALDZBwAA2gcAUNoHAKDaBwCQOAoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAEACCQCwhgAAcA0AAABtAQAAaAEAgOIBAEDXAQBgCAEAUJAGADB/BQAg5wcA0H8AADDYCwAQ6AIAUEgDAGAIAQBA1wEAAAAAAOCmAAAAqQEAcOgLAMDoCwDQFgAAUBcCAKAXAgDwFwIAAP8AAICgAgAA/wAA0H8AAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQJAAAoJoBAPCaAQBAmwEAAAAAANDeBQBw4gcAgOIBANDiAQBwDQAAwBwAADB/BQBAVgUAkFYFAICCDABw5QQAYBECALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAkHsDAOB7AwAwfAMAgHwDANB8AwAgfQMAcH0DAMB9AwAQfgMAsCcKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAAAGgBABAdAABgHQAAsB0AAAAeAACQEwIAAIwAAGDbAAAQhAIAkDgKAIC7AADQuwAAILwAAHC8AADAvAAAEL0AAGC9AACwvQAAAL4AAFC+AACgvgAA8L4AAEC/AACQvwAAcHoBAMB6AQAQewEAYHsBALD4AQDQCgIAkBMCAOATAgCAeAwAcA0AAMAcAABQhgYAQNcBAACLCwBwZQwAgHQBANB0AQAgdQEAcHUBAMB1AQAQdgEAMMoAAID2AQAwlwEAQNcBADDSBwCA0gcA0NIHACDTBwBw0wcAwNMHAEDXAQCwhgAAcA0AAABtAQAAaAEAgOIBAEDXAQCQOAoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AABgCAEAUJAGADB/BQAg5wcA0H8AADDYCwAQ6AIAUEgDAHBEAACw+AEA0H8AAODhBgAw4gYA0HQBADDKAACwiwAAUIYGAEDXAQAAiwsA0AoCAACjBwCQ6wEA0H8AAJDrAQCAdAEAEH8MANB/AACAuwAA0LsAACC8AABwvAAAwLwAABC9AABgvQAAsL0AAAC+AABQvgAAoL4AAPC+AABAvwAAsIsAAACMAABg2wAAEIQCACCAAABwgAAAwIAAABCBAABggQAA8HIBAEBzAQCQcwEA4HMBADB0AQCwiwAAAIwAAGDbAAAQhAIAwMoBAOCmAACwiwAAUAAAAHBEAABA/AQA0N4FAEDXAQBAfQsAAAAAAAAAAAAAAAAAsL8DADDSBwCA0gcA0IoEADCXAQDADQAAcOIHAICgAgDACAAAsIYAAHANAADAHAAAEB0AANAWAABQFwIAoBcCAPAXAgCg6AgA8OgIAEDpCACQJAoA4CQKAHD9CgBAAQAAkAEAAOABAAAwAgAAgAIAAFDTCQCg0wkA8NMJAEDUCQCQOAoA4OEGADDiBgDQdAEAMMoAALCLAABQhgYA0BYAACAXAABwFwAAkDgKABA/CwBwgAAAwIAAABCBAABggQAAsIEAAMAHCwAQJgsAUIcKAMAHCwAwZAwAsGcBAFBIAwCgSAMAQIECACDnBwAwZgoAcA0AAMBRAgAwygAAsGcBAHDlBADARAAAQNcBADDSBwAgCwIAkOsBAJDrAQCwZwEAcOUEAGAIAQAAAAAAQNcBAJDXAQDg1wEAMNgBAIDYAQBA1wEAkCQKAIB0AQAQfwwA0H8AADCXAQDAHAAAoG8EACDnBwBwAwoAMH8FAAArAgBA1wEAADIKANDeBQDQ9QcA0AoCAEDXAQCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCALAMA0CwDAFBkCgDAHAAA8P8KAHBEAABA/AQAAGgBAIDiAQAAAAAA0BYAAECBAgCQgQIA4IECAPCiAwBQhgYAoIYGACCAAABwgAAAwIAAABCBAABggQAAYDoLAFArAgCgKwIAsGcBALBnAQCA4gEA0BYAAFAXAgCQ+gYAsIYAANAKAgCQEwIA0JkEABBSBwCwiwAAcA0AAFA7CwAgFwAAEDABAGAIAQBwdwQAgBkCAOCmAABQhgYAsIsAANAWAAAQ6AIAsIsAAAAAAADQ3gUAgOIBALBnAQAAaAEAQNcBAJDXAQDg1wEAMNgBAIDYAQCQ1wEAIDUKANAKAgBA1wEAsIYAAHANAADAHAAAEB0AAEDXAQCQ1wEA4NcBADDYAQCA2AEAkNcBACA1CgDQCgIAQNcBALCGAABwDQAAwBwAAEDXAQCQOAoAgLsAANC7AAAgvAAAcLwAAMC8AAAQvQAAYL0AALC9AAAAvgAAUL4AAKC+AADwvgAAQL8AAJC/AABwegEAwHoBABB7AQBgewEAQNcBALCGAABwDQAAwBwAABAdAADQFgAAUBcCAKAXAgBAgQIA0CcIACAoCACg8QkAAG0BANDeBQBw4gcAsGcBAABoAQAQ6AIA8J0DAGCtAQBgCAEAQNcBAFBkCgCgZAoAUAAAAFAAAADQVAgA0AoCAHBEAABAAgkAUIYGAEDXAQCQOAoAQP8LALBnAQBA1wEAQIECANAnCAAgKAgAoPEJAABtAQDQ3gUAcOIHAEDXAQBQpgkAAAAAAHANAADAkwEAEJQBAICgAgBwDQAAgHQBAEDXAQAw0gcAAKMHAND1BwBwRAAAQPwEAABoAQCwiwAAcA0AAHANAADAkwEAwBwAABAdAABA/AQA0N4FAHDiBwCwiwAAAIwAAGDbAAAQhAIA0H8AALBnAQAQfwwAgKACADCvAgCQ1QgAoJsKAPCbCgBAnAoAkJwKAOCcCgAwnQoAMNIHACALAgBwCwIAwAsCAJAkAACgmgEA8JoBAECbAQCwiwAAAIwAAGDbAAAQhAIAAAAAANB/AABAgQIAkIECABACAgCAdAEA0H8AADDYCwCA4gEAEAICANB/AAAwlwEAgJcBANCXAQAgmAEAcJgBAMCYAQAQmQEAYJkBALCZAQAAmgEAUJoBANDeBQBgCAEAUAAAAKAAAADwOgIAgIIMAFBIAwDADQAAcOIHAJAkAACgmgEA8JoBAJDKCQDgygkAsIYAAIB0AQBwRAAAQPwEAFAAAACAdAEAEH8MAGB/DACgmgEA8JoBAJDKCQDgygkAwBwAABAdAABg2wAAEIQCAAAAAABA1wEAkOsBAODrAQAw7AEAgOwBANDsAQAg7QEAcO0BALCLAACwPwEA0NgBACDZAQBw2QEAwNkBABDaAQCgTAkAoOALAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBACD3AQBw9wEAoEwJAKDgCwDQ2AEAINkBAHDZAQDA2QEAENoBAIBYCQCAdAEAEH8MAGB/DACwfwwAAIAMAFCBCwCg/woAQNcBADDSBwCAggwA0IIMACCDDABwgwwAgFgJANBYCQCQ1wEA4NcBADDYAQCA2AEAAAAAAFD/CgBA1wEAMNIHAICCDADQggwAIIMMAHCDDACAWAkA0FgJAJDXAQDg1wEAMNgBAIDYAQCQ1wEA4NcBADDYAQCA2AEAkJsBALC/AwCQ0gsA4NILADDTCwCA0wsA0NMLAAAAAACwhgAAAIcAABDoAgBw5QQAEAICAKBTDABQhgYAACsCALCGAAAAhwAAEOgCAHDlBAAQAgIAYFwMANAKAgAgCwIA0GsFAFCQBgAwygAA0N4FANAKAgAAKwIAEAICANB/AAAwlwEAgJcBANCXAQAgmAEAcJgBAMCYAQAQmQEAYJkBALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAAAAAAkCQAAKCaAQDwmgEAQJsBAFAAAACQOwcAMH8FAHBEAABAAgkAQIECAJCBAgDggQIAMIICAICCAgBwDQAAQNcBAMAHCwAQJgsAUIcKAJDrAQAw8QsAAAAAAJA4CgBg1QsAsNULAADWCwBQ1gsAoNYLAPDWCwBA1wsAoEwJAACMAABg2wAAEIQCAICgAgAAAAAA0N4FAHBEAACAoAIA4KYAAACpAQBQqQEAoKkBAPCpAQBAqgEAkBMCANCZBABA1wEAsIYAAHANAAAAbQEAAGgBAIDiAQBA1wEAUIELAKD/CgCgTAkAAAAAAIB0AQAAAAAAsIYAANB/AADg4QYAAAAAAAAAAACwhgAAcEQAAEDXAQAwygAAgPYBADCXAQBA1wEAoEwJAAAAAACwhgAA0H8AACDnBwAwZgoA0PUHACD2BwBw9gcAwPYHAJDrAQAQ9wcAYPcHALD3BwCQ6wEAoG8EAPBvBABAcAQAcBUMAMAVDAAQFgwAoG8EAPBvBABAcAQAcBUMAMAVDAAQFgwA0H8AADDYCwAAAAAAQNcBAIDiAQDQ4gEAIOMBAAAAAABwRAAAQAIJADBwCgCAcAoAEAICAJAQCgDgEAoAADIKAHBEAABAAgkAMHAKAIBwCgAQAgIAYAICACALAgBwCwIAwAsCABAMAgBwDQAA0GIEAKBGCgBwCwIAwAsCABAMAgBwRAAAwEQAANAKAgAAowcAMMoAAAAAAADQCgIAkBMCACCiAQDgpwQAMH8FAHBEAABwDQAAEAICAMAGAgAQBwIAYAcCALAHAgAACAIAUAgCAHBEAACgCAIAcMALAMBEAADQCgIAAKMHANDeBQAQAgIAwAYCAMBEAADQCgIAAKMHADDKAAAAAAAA0H8AALBnAQBQSAMAwBwAALD4AQCwiwAAAIwAAGDbAAAQhAIAEAICAMAGAgDARAAA0AoCAACjBwAwygAAEAICAMAGAgDARAAA0AoCAACjBwAAMgoAUAAAAJA7BwCwiwAAAIwAAGDbAAAQhAIAsIsAAJAkAADgJAAAAIwAAJATAgDQFgAA4KYAALCLAACwiwAAAIwAAGDbAAAQhAIA0H8AANBrBQBQkAYAsIsAAACMAABg2wAAEIQCAHBEAABwRAAA0GIEACBjBACQ6wEA4OsBADDsAQBAAgkAsIsAAACMAABg2wAAEIQCAGAIAQBQkAYAcEQAAMBEAAAwZgoAUIYGALCLAAAAjAAAYNsAABCEAgCAdAEAgHQBAFAAAADQVAgAsGcBAABoAQBwRAAAQAIJAHAICgCQEwIAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBANAKAgCQEwIA4BMCADAUAgCAFAIA0BQCACAVAgBwFQIAwBUCABAWAgCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAAAAAALCLAAAAMgoAsIsAAACMAABg2wAAEIQCAFCGBgCwiwAAsD8BAJANDQAAjAAAYNsAABCEAgAAAAAAsIsAAACMAAAAowcAUIYGALCxBwBAgQIAsGcBAFBIAwAAbQEA0N4FAHDiBwCwiwAAAIwAAGDbAAAQhAIAkOsBANDeBQDQ9QcAAIcAAFDNCgCAdAEA0HQBAOCmAACQiwIA0NUJABB/DAAAjAAAYNsAABCEAgAw2AsAgOIBAAC7CACwiwAAAIwAAGDbAAAQhAIA0AoCAIDiAQCwhgAAYAgBAFCQBgDQFgAAcEQAAEACCQBwCAoAYNsAABCEAgDQ3gUA0PUHAHBEAACgCAIAkCQAAJDrAQDQ3gUA0PUHAACHAABQzQoAcA0AAMAcAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA0H8AADCXAQCAlwEA8C0AAJCLAgAwlwEAwFECAEACCQCwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAEFIHACDfBQBw3wUAEFEIAGBRCACwUQgAAFIIAFBSCACgUggAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAwfwUAQFYFAJBWBQCg8QkAAG0BANDeBQBw4gcAsIsAAACMAABg2wAAEIQCAHBEAADQfwAAIIAAAAArAgDQ3gUAQIECANAnCAAgKAgAkCQAAIB0AQDQdAEAMMoAALCLAAAAjAAAYNsAABCEAgBA/AQAkPwEAECeAwCAdAEAEH8MAGAIAQBQkAYA0BYAAHBEAABAAgkAUIYGALCLAAAAjAAAYNsAABCEAgBwDQAA4GAKAFAAAABQAAAA0FQIANAKAgBwRAAAQAIJAFCGBgAQUgcAIN8FAHDfBQAQUQgAYFEIALBRCAAAUggAUFIIAKBSCACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAIB0AQCAdAEAEH8MAIDiAQAw/ggA4OEGANB/AADwOgIAQDsCAJA7AgDgOwIAMDwCAIA8AgDQPAIAID0CALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDQCgIAIAsCAAAyCgCwZwEAAGgBADAtAgCALQIA0C0CAGA+AgCwPgIAAD8CAFA/AgCgPwIA8D8CAEBAAgCQQAIA4EACADBBAgCAQQIA0EECACBCAgBwQgIAwEICABBDAgBgQwIAsEMCAABEAgBgCAEAkOsBADDxCwAAjAAAkCQAACA1CgDQCgIAYAgBAHB3BACAGQIAQAIJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBw4gcA4KYAAEBWBQCQVgUA4FYFADBXBQCAVwUA0FcFAGAIAQCwCAEA8GAJALCxBwAAewwAEGEHAOCmAACQiwIAgBkCAED8BADQ3gUAcOIHALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAAAAAANB/AADg4QYAsIYAALCLAACwiwAAAIwAAGDbAAAQhAIAAKMHADCSAQDABwsAoG8EAAAyCgBQMgoAoDIKAPAyCgBAMwoAsIsAAACMAABg2wAAEIQCANAWAABwRAAA0H8AAIAZAgBA/AQA0N4FAHDiBwCwiwAAAIwAAGDbAAAQhAIA0H8AADDYCwDQFgAAIBcAABAwAQDA7QEAMEQJABBhBwCgQAsAMC0CAEDXAQBQZAoAUIUCAGAIAQCQ6wEA0N4FALBnAQCQYwIA0H8AAIAZAgBA/AQA0N4FAHDiBwBA1wEAoEwJAACMAABg2wAAEIQCAJDXAQDg1wEAMNgBAIDYAQAAAAAAQNcBAFCmCQCgpgkAYMsLALDLCwAAzAsAUMwLAPCpAQCAGQIAQPwEAJDrAQCAdAEAEH8MAMAHCwBgEQIAsBECAAASAgCgbwQAkIsCAOCLAgAwjAIAgIwCANCMAgAgjQIAcI0CAMCNAgAQjgIAYI4CALCOAgAAjwIAUI8CAKCPAgDwjwIAQJACAAAAAACwhgAAAIcAAFDNCgCgzQoA8M0KAEDOCgCQzgoA4M4KAKBvBACQiwIA4IsCADCMAgCAjAIA0IwCACCNAgCwhgAAcA0AAMAHCwAQJgsA0N4FAEDXAQBgCAEAcHcEADDYCwBQ0wkAoNMJAPDTCQBA1AkAEO4BAPBMCQBATQkA0PUHAIDiAQBgCAEA0IgBAFBIAwDAkwEAAG0BAABoAQCA4gEAQNcBADDSBwCA0gcAcEQAALCGAADQCgIA4CkKALCLAAAwfwUAMKcAAFBEAgDwOgIAkBMCANCZBABA1wEAkDgKADDYCwBQhgYAQNcBAFDTCQCg0wkA8NMJAEDUCQCwhgAAcA0AAMAcAABQpgkAoKYJAFBoAQCgaAEA8GgBAEBpAQCQaQEAIIQBANDeBQAg3wUAcN8FABBRCABgUQgAsFEIAABSCABQUggA8J0DAECeAwCQngMA4J4DADCfAwCAnwMAUIYGAEDXAQCQOAoAMNgLAFCGBgBA1wEAUNMJAKDTCQDw0wkAQNQJALCGAABwDQAAwBwAAFBkCgBQhQIAoIUCAPCFAgBAhgIAkIYCAJAzCgDgMwoAMDQKAIA0CgDQNAoAMNgLABDoAgDgpgAAgKACAHDXCADwnAkAQJ0JAJCdCQDgnQkAMJ4JAICeCQAAkAsAAIwAAGDbAAAQhAIAQNcBANDeBQDQ9QcAcEQAAEDXAQDQ3gUAkCQAAEDXAQCQ6wEA0N4FAND1BwAAhwAAUM0KADDSBwAgCwIAwDgCABA5AgBAAgkAkAIJAOACCQBwRAAAQNcBAMAHCwAQJgsAUIcKAJA4CgAwYAYAUIYGAEDXAQAwygAAsGcBAHDlBADARAAAQNcBANDeBQBAgQIA0CcIACAoCACQJAAAgHQBANB0AQBQZAoAoGQKAPBkCgBAZQoA0GIEAKBGCgDwRgoAgLkHAEDXAQAwygAAsGcBAHDlBADARAAAQNcBANDeBQBAgQIA0CcIACAoCACQJAAAgHQBANB0AQBgCAEAYK0BALCtAQAArgEAUK4BAKCuAQDwrgEAADIKAEDXAQAwygAAsGcBAHDlBADARAAAQNcBANDeBQBAgQIA0CcIACAoCACQJAAAgHQBANB0AQDgKQoAMCoKAECBAgCwZwEAUIYGALCLAAAwygAAsGcBAHDlBADARAAAQNcBANDeBQBAgQIA0CcIACAoCACQJAAAgHQBANB0AQCwZwEAkGMCAEDXAQCQJAoA0FQIALBnAQAAaAEAcEQAAEACCQBwCAoAQNcBAOApCgCwiwAAAIwAAJATAgDgEwIAMBQCAIAUAgDQFAIAIBUCAHAVAgAAKwIAUCsCAFCGBgBA1wEAkDgKAIAZAgAA/wAAUP8AAJCLAgDQ1QkAINYJAADSCgBQ0goAoNIKAPDSCgBA0woAkNMKAODTCgAw1AoAgNQKANDUCgAg1QoAcNUKAMDVCgAQ1goAYNYKALDWCgAA1woAUNcKAKDXCgDw1woAQNgKAJDYCgDg2AoAMNkKAIDZCgDQ2QoAINoKAHDaCgDA2goAENsKAGDbCgCw2woAANwKAFDcCgCg3AoA8NwKAEDdCgCwZwEAAGgBADAtAgCALQIA0C0CAIDIAgDQyAIAIMkCAHDJAgDAyQIAEMoCAGDKAgCwygIAAMsCAFDLAgCgywIA8MsCAEDMAgDgKQoAoIYGAJAiDADgIgwAkOsBANB/AAAwlwEAwBwAAFBkCgBQhQIAcPQJAMD0CQAQ9QkAYPUJAEDXAQBQpgkAgN8JANDfCQBQZAoAcKcLAMCnCwDwOgIAcEQAAED8BAAAaAEAgOIBAEDXAQCwhgAAUO8BALCGAABwRAAAcEQAAED8BAAAaAEAgOIBAEDXAQDgKQoAEFIHADDKAABQpgkAoKYJAPCmCQAw0gcAgNIHAFBOAgCAfwUAQIECANAnCAAgKAgAADIKAEDXAQBgCAEAsAgBAPBgCQDQfwAAMGAGALCxBwAAaAEAgOIBAEDXAQAw0gcAgNIHANCZBAAgmgQAcJoEAHD0BABQpgkAgN8JANDfCQCAdAEA0HQBACAUAwBwFAMAwBQDABAVAwBgFQMAsBUDAMAHCwAwZAwAEEUAAEADAwCQAwMA4AMDADAEAwAwlwEAwBwAAPD/CgBA1wEAUKYJAKCmCQDwpgkAYAgBAFCQBgCgkAYAsAgBANAKAgBQpgkAgN8JANDfCQBQpgkAoKYJAPCmCQDQsgkAILMJAHCzCQCQJAoAgDMBANAzAQCwWQoAAFoKAFBaCgCgWgoAQNcBANDeBQCQJAAAQNcBAFBkCgBwpwsAwKcLAPA6AgBwRAAAQPwEAABoAQCA4gEAQNcBALCGAADA4gcAEOMHAGDjBwCw4wcAAOQHAFDkBwCg5AcA8OQHAMAHCwAQJgsAUIcKAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAACQOAoAgBkCANDeBQBw4gcAQNcBAFBkCgDADQAAkHcHAOB3BwAweAcAgHgHAEDXAQBQAAAAcEQAAED8BAAAaAEAgOIBAEDXAQCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCALAMAwJsIABCcCADQ3gUAcOIHAEDXAQCwhgAAAIcAABDoAgDAygEAQNcBAOApCgAQUgcAYAgBAHB3BACwZwEAAGgBAEDXAQBQZAoAwA0AAJB3BwDgdwcAMHgHAIB4BwBA1wEA0PUHACD2BwBw9gcAwPYHABD3BwBg9wcAsPcHAAD4BwBQ+AcAoPgHAPD4BwBA+QcAkPkHAOD5BwAw+gcAgPoHAND6BwAg+wcAUGQKAMAcAAAQHQAAYB0AALAdAAAAHgAAgKACAHANAABA1wEAwAcLADBkDAAQRQAAYEUAALBFAAAARgAAUEYAAKBGAADwRgAAQEcAAJBHAADwnAkAQJ0JANAWAAAQ6AIAAGgBAIDiAQBA1wEA0N4FAHDiBwBA1wEAkC4KADBmCgBwDQAAgHQBANB0AQDgpgAAkIsCANDVCQAg1gkAAAAAAIB0AQBwDQAAwFECABBSAgCAGQIAQAIJADCSAQAAAAAAAAAAAAAAAAAAAAAAAAAAAJCVAgDglQIAMJIBAAAAAACQlQIA4JUCADCbAgDwbwQAYM0JALDNCQAAzgkAUM4JAKDOCQDwzgkAQM8JAJDPCQAAQwMAUEMDAKBDAwDwQwMAQEQDAJBEAwDgRAMAMEUDAIBFAwDQRQMAIEYDAHBGAwDARgMAEEcDAGBHAwBAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAwLAMAgCwDANAsAwAgLQMAcC0DAMAtAwAQLgMAYC4DALAuAwAALwMAUC8DAKAvAwDwLwMAQDADAMDDCAAQxAgAYMQIALDECAAAxQgAUMUIAKDFCADwxQgAQMYIAJDGCADgxggAMMcIAIDHCADQxwgAIMgIAHDICADAyAgAgOIBAICgAgDgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAkOsBANB/AABwDQAAUFIDAKBSAwAQfwwAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAFCjAgDAggMAEIMDAGCDAwCwgwMAAIQDAFCEAwCghAMA8IQDAECFAwCQhQMAIC0DAHAtAwCQ1wEA4NcBADDYAQCA2AEAIMMDAHDDAwDAwwMAEMQDAGDEAwCwxAMAAMUDAFDFAwCgxQMAoEwJAKDgCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAMMoAACDnBwCwZwEAkGMCABB/DACgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEACByBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQLAMAUIIFAKCCBQDwggUAQIMFAJCDBQDggwUAUIUCAKCFAgDgpgAAUAAAAKBrAwAQAgIAoDoMAPA6DAAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBwDQAAEAICAOBADACQiwIA4IsCADCMAgCAjAIA0IwCAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDQFgAAIBcAADDKAACwiwAAAIwAAGDbAAAQhAIAMEEMAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAUIYGABBSBwCwiwAAcA0AAFA7CwAgFwAAEDABAEACCQCwPwEAgFwKAFBIAwDAUQIAQAIJAHAICgBg2wAAEIQCAEDXAQCgbwQAkIsCANDVCQAg1gkAcNYJAJDXAQDg1wEAMNgBAIDYAQBgCAEAUAAAANBUCADQCgIAcEQAAEACCQBwCAoAYNsAABCEAgCAdAEA8KIDAECjAwBQAAAAcDoAABACAgCgUwwAsGcBAJDrAQAgcQUAIAsCAPA6AgAAMgoAQNcBAFDTCQCg0wkA8NMJAEDUCQCAdAEA0HQBACAUAwBwFAMAsIsAAFCGBgCAoAIAgHQBANB0AQAgFAMAcBQDAMAUAwAQFQMAYBUDALAVAwDABwsAMGQMABBFAAAA/wAAUAAAANBUCABwDQAAwFECAIDiAQDQCgIAkBMCAHANAABQUgMAoFIDAAD/AABA1wEAkDgKABA/CwCAuQcA0LkHACC6BwBwugcAMNIHAIDSBwBQTgIAgH8FANAKAgBQhgYAQNcBAJA4CgAwYAYAgGAGANBgBgAgYQYAQAIJAHAICgAQAgIAQNcBAGAIAQDQiAEAUEgDAMCTAQAAbQEAAGgBAIDiAQBA1wEAkDgKAIBDBQCA4gEAALsIAGAIAQBA1wEAUKYJAHDlBADA5QQA4CkKALCLAABQAAAAkDsHAJDcCwDg3AsAcA0AAEDXAQDQ3gUAcOIHAAAAAAAAAAAAgKACADCvAgCQ1QgA4NUIADDWCACA1ggAoEwJAACMAABg2wAAEIQCAMAHCwAQJgsAUIcKAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAEBDCQCQQwkA4EMJABAICwBwCAoAwAgKABAJCgBgCQoAsAkKAAAKCgBQCgoAoAoKAPAKCgDgKQoA0KUMALCLAADABwsAECYLAFCHCgCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCALAMA0CwDACAtAwBA/AQAkPwEAOD8BAAw/QQAgP0EAICCDABw5QQAQAIJAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBACw+AEAAPkBAED8BACQ/AQA4PwEADD9BACA/QQA0P0EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAgcgQAcHIEAMByBAAQcwQAYHMEAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAICgAgBQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDACAtAwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcAUKgCAKCoAgBgyQgA8OcJAACjBwDQ9QcAcEQAAEACCQDABwsAECYLAFCHCgCQLgoAMGYKAHANAACwiwAAcEQAADDKAADQ3gUA0AoCAAArAgBA1wEAUKYJAIDfCQDQ3wkAsIYAAACHAADQCgIAkBMCANCKBAAgiwQAcIsEANB/AACQ6wEAgHQBAAAAAABA1wEAACsCADACCgAAaAEAMC0CAICgAgBQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAIPcBAHD3AQCgbwQAkIsCAECGDACQhgwA4IYMADDoCgBgwAIAwA0AAGAIAQBQkAYAAP8AAHBEAABA1wEAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEAEBDCQCQQwkA4EMJAAAyCgBwDQAAUFIDAKBSAwAAAAAAgKACAJA/CAAAjAAAYNsAABCEAgDgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAgAcFAACMAABg2wAAEIQCACDnBwAAMgoAAAAAAAAAAAAAAAAAkJUCAOCVAgAwkgEAAAAAAAAAAAAAAAAAAAAAAJCVAgDglQIAMJsCAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAwLAMAgCwDANAsAwBQggUAoIIFAPCCBQBAgwUAkIMFAOCDBQBgCAEAYPsDALD7AwAA/AMAUPwDAFCGBgCQ6wEAQNcBAGAIAQCwCAEA8GAJAEBhCQCQYQkAYAgBAGD7AwCw+wMAAPwDAFD8AwDgpgAAMKcAAICnAADQpwAAIKgAAGAIAQBgrQEAAIcAABDoAgDgpgAAkIsCAIAZAgBA/AQA0N4FAHDiBwBwDQAAwBwAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBQowIAwIIDANCrCwDAEwQAEBQEAGAUBACwFAQAABUEAFAVBACgFQQA8BUEAEAWBACQFgQA4BYEAEDXAQCAdAEA8KIDAABoAQAAKwIAQNcBAJDXAQDg1wEAMNgBAHASCgDAEgoAkDgKADBgBgBQhgYA0AoCAJATAgBwDQAAwJMBAFD/CgDg5wAAsDcEADBmCgBwDQAAwFECAPDaBwBA2wcAkNsHAODbBwAw3AcAgNwHANDcBwAg3QcAcN0HAMDdBwCQOAoAMNgLAAAyCgBA1wEA0N4FAJAkAABA1wEAwAcLADBkDAAQRQAAYEUAAFAAAACQOwcAMH8FALBnAQBwmQoAEGEHALCLAABQhgYAQNcBAGAIAQBg+wMAsPsDAAD8AwBQ/AMAcHoGAJAuCgAwZgoAcA0AAMBRAgBgCAEAYPsDALD7AwAA/AMAUPwDAHB6BgDAegYAEHsGAGB7BgCwewYAAHwGAFB8BgCgfAYAYMEGADBmCgBwDQAAwFECAEDXAQAg5wcAADIKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsL8DAADAAwAwvgcAgL4HANC+BwAgvwcAcL8HAMC/BwAQwAcAYMAHALDABwAAwQcAUMEHAKDBBwDwwQcAQMIHAJDCBwDgwgcAMMMHACAtAwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcA0N4FACDfBQBw3wUAEFEIAGBRCACwUQgAAFIIAFBSCACgUggAQNcBAMAHCwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcA8KIDALD4AQBwDQAAUFIDAKBSAwCw+AEAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDACAtAwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcA0N4FACDfBQBw3wUAEFEIAGBRCACwUQgAAFIIAFBSCACgUggAQNcBAMAHCwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcAIC0DAED8BACQ/AQA4PwEAFCGBgBA1wEA0N4FAND1BwDQ3gUAIN8FAHDfBQAQUQgAYFEIALBRCAAAUggAUFIIAKBSCABA1wEAwAcLAED8BACQ/AQA4PwEAFCGBgBA1wEA0N4FAND1BwDQCgIAgIIMAJBjAgDQdAEAIHUBAAAyCgCw+AEA4KYAAACpAQCAeAIAoCoDAPAqAwBAKwMAkCsDANCaAwAAiwsAcGUMALCGAAAAhwAAEPQAAGD0AACw9AAAAPUAAFD1AACg9QAA8PUAAJAlBADgJQQAMCYEAIAmBADQJgQAICcEAHAnBADAJwQAECgEAGAoBAAAaAEAgOIBAEDXAQDABwsAECYLAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAEG4EAGBuBACwbgQAAG8EAFBvBACwhgAAAIcAABDoAgDAygEAQNcBAFBkCgDADQAAkHcHAOB3BwAweAcAgHgHAICgAgDQfwAAwMoBANAKAgCQEwIAcEQAANBiBAAgYwQAsIsAAHANAABQAAAAkDsHAOA7BwBg2wAAkBMCAAAAAACwhgAAsIsAAHANAADAUQIAQAIJAHAICgBg2wAAEIQCAHDXCADA1wgAENgIACCLBABwiwQAwIsEABCMBABgjAQAsIwEAACNBABQjQQAoI0EAPCNBABAjgQAkI4EAOCOBAAwjwQAgI8EANCPBAAgkAQAcJAEAMCQBAAQkQQAYJEEALCRBAAAkgQAUJIEAKCSBADwkgQAQJMEAJCTBADgkwQAMJQEAICUBADQlAQAIJUEAHCVBADAlQQAEJYEANB/AAAggAAAIOcHAHADCgBQhgYAQNcBAMAHCwAwZAwAEEUAAGAIAQBwdwQAwHcEAEDXAQAw0gcAgNIHAHBEAADQYgQAIGMEALCLAABwDQAAQNcBAJAkCgAQXQsA4DsHAEDXAQAw0gcAgNIHAAAAAACwhgAAsIsAAHANAADAUQIAQNcBAIB0AQDwogMA8J0DANCIAQBw5QQAwOUEAEB9CwAwygAAIOcHALBnAQDgpgAAIOcHAEDXAQBQpgkAgN8JAFCGBgCwsQcAUEgDAICgAgDgpgAAkIsCAOCLAgAwjAIAgIwCANCMAgDgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA8BIMAHAICgBg2wAAEIQCAPAtAAAwpwAAgKcAANCnAAAgqAAAcKgAAICgAgDgpgAAkIsCAOCLAgAwjAIAgIwCANCMAgDgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA8BIMAHAICgBg2wAAEIQCALCLAABQhgYAsLEHAFBIAwDwLQAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAgAcFANAHBQAgCAUAcAgFAMAIBQAQCQUAYAkFALAJBQBgEwUAsBMFAGDNCQCwzQkAAM4JAFDOCQCgzgkA8M4JAEDPCQCQzwkAgOIBAAC7CABQuwgAQNcBAJA4CgCAQwUAMNIHAIDSBwBwDQAAwA0AAND1BwDQCgIA4KYAAIB3AwDQdwMAIHgDAHB4AwDAeAMAEHkDAGB5AwCweQMAAHoDAFB6AwCgegMA8HoDAEB7AwAgogEAcKIBAMCiAQAQowEAYKMBAKARCADwEQgAQBIIAJASCADgEggAMBMIAIATCADQEwgAIBQIAHAUCADAFAgAEBUIAGAVCACwFQgAABYIAFAWCACgFggA8BYIAEAXCAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUA0AcFACAIBQBwCAUAwAgFABAJBQBgCQUAsAkFANCgAgAgoQIAEPQAAGD0AACw9AAAAPUAAFD1AACg9QAA8PUAAJAlBADgJQQAMCYEAIAmBADQJgQAICcEAMAcAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUKMCAMCCAwAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAMIYDAICGAwDQhgMAIIcDAHCHAwCQJAoAcNwIAMDcCAAQ3QgAYN0IALDdCAAA3ggAUN4IAKDeCADw3ggAQN8IAJDfCADg3wgAMOAIAIDgCADQ4AgAIOEIAHDhCADA4QgAEOIIAGDiCACw4ggAAOMIAFCoAgCgqAIAYMkIAPDnCQAAowcA0PUHAHBEAABAAgkAwAcLABAmCwBQhwoAkC4KADBmCgBwDQAAcNcIAMDXCADQmQQAIJoEAHCaBABw9AQAUGQKAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AADDKAACwiwAA0BYAAHBEAABA1wEAkDgKADDKAACA9gEAcEQAAEDXAQAwygAAgPYBADCXAQBA1wEAUNMJAKDTCQDw0wkAQNQJAJAkCgDQVAgAcA0AAMCTAQAAbQEAkOsBAIB0AQAQfwwAwAcLABAmCwBQhwoAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEAEBDCQCQQwkA4EMJAMAHCwAwZAwAEEUAADDSBwCA0gcA0JkEACCaBABwmgQAcPQEAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAODnAACwOwoAoEgDAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQYwgAoKYJAPCmCQCQ6wEAIHEFAHBxBQDAcQUAEHIFANAWAABA1wEAUGQKAHCnCwDApwsAgBkCALBnAQDwnQMAUJAGANDeBQDQ9QcAcEQAAEACCQBwCAoAYNsAABCEAgBg7gsAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAEJIIAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAIHIEAHByBADAcgQAEHMEAGBzBABQZAoAwBwAABAdAABgHQAAsB0AALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUKgCAKCoAgBgyQgAsMkIAADKCABQyggAoMoIAPDKCACQ1wEAEGEHAGBhBwCwYQcA0N4FANAKAgBA1wEA4CkKADAqCgDQCgIAkBMCAFBOAgBwRAAAoAgCANAKAgAAMgoAQNcBADCSAQCwhgAAAIcAABDoAgDAygEAUKMCAMCCAwAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwDghQMAMIYDAICGAwDQhgMAIIcDAHCHAwCAtAcAENQHADDXBwCA1wcA0NcHACDYBwAgLQMAQPwEAJD8BADg/AQAUIYGAEDXAQDQ3gUA0PUHANDeBQAg3wUAcN8FABBRCABgUQgAsFEIAABSCABQUggAoFIIAEDXAQDABwsAQPwEAJD8BADg/AQAUIYGAEDXAQDQ3gUA0PUHAHBEAABA/AQAkPwEAOD8BAAw/QQAgP0EAND9BAAg/gQAcP4EAMD+BAAQ/wQA0BgNACAZDQAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwAgLQMAQPwEAJD8BADg/AQAMP0EAID9BACg8QkAwBwAAEDTBQAQfwwAMH8FAHBEAABA/AQA0N4FAHDiBwBwRAAAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EAHD+BADA/gQAEP8EALCLAAAAjAAAYNsAABCEAgAg4wEAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EAGB8CgCwfAoAAH0KAFB9CgCgfQoA8H0KAEB+CgDADQAAkHcHAOB3BwAweAcAgHgHAKAIAgAg3wUAcN8FAMDfBQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAICgAgCQPwgAAIwAAGDbAAAQhAIA0BYAACAXAADQBQcAIAYHAHAGBwDABgcAEAcHAGAHBwAgCwIAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAEDXAQDABwsAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAEJIIAOBqCgDgpgAA4KYAAEBWBQCQVgUA4FYFADBXBQDQmQQAQNcBAJA4CgCQJAAAcEQAAEACCQBwCAoAUGQKAMAcAABA0wUAEH8MADB/BQBwRAAAQPwEANDeBQBw4gcAQNcBAKBMCQAAjAAAYNsAABCEAgBgwAIAMMwIAIDMCADQzAgAIM0IAHDNCADAzQgAsEoFAABLBQBQSwUAoEsFAPBLBQBATAUAkEwFAOBMBQAwTQUAgE0FALBjBQAAZAUAUGQFAKBkBQDwZAUAQGUFALCGAADQCgIA0AoCAJATAgDQFgAAcEQAAEDXAQDABwsAECYLACDfBQDQVAgAgHQBANB0AQAgdQEAADIKAICgAgAAAAAAQNcBAMAHCwBgEQIAsBECAAASAgAw6AoAUGQKAKBkCgCwZwEAcOUEANB/AACQ6wEAgHQBABB/DABQZAoAwBwAABAdAABgHQAAsB0AAAAeAABwKwUAQNcBAJDXAQAgNQoAcDUKAMA1CgDABwsAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAgKACAFCoAgCgqAIAYMkIAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAEH8MAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAGAIAQAAAAAAUAAAAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUAAIwAAGDbAAAQhAIA0AoCAACjBwAQYgsAUCsCAACMAADwnAkAQJ0JANAKAgCQEwIA0IoEACCLBABwiwQA0H8AAJDrAQCAdAEAEH8MALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAAIcAANAWAAAAMgoAgKACAHBEAADgpgAAUAAAAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCQJAAAoJoBAPCaAQBAmwEA4KYAAACpAQCAeAIAoCoDANAKAgCQEwIA4BMCAIB4DABwDQAAwBwAAEDlBwCQ5QcA4OUHADDmBwCA5gcA0OYHANAHBQAgCAUAcAgFAMAIBQAQCQUAYAkFALAJBQBgwAIAwA0AAJB3BwDgdwcAMHgHAIB4BwBA1wEAoEwJAACMAABg2wAAEIQCANAYDQAgGQ0AcBkNAMAZDQAQGg0AYBoNALAaDQAAGw0AUBsNAKAbDQDwGw0AQBwNAKBDAwDwQwMAQEQDAJBEAwDgRAMAMEUDAIBFAwDQRQMAkC4KADBmCgBwDQAAkOsBACBxBQBwcQUAwHEFABByBQBgcgUAoPEJABBtAABAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEA0H8AAJAkAAAAKwIAsJUFACCiAQBwDQAA8C0AAACpAQCAeAIAoCoDAPAqAwBAKwMAkCsDAOArAwAwLAMAgCwDAIAHBQAAjAAAYNsAABCEAgBQOwsAkM0BAOByAgAwcwIAgHMCANBzAgAAowcAkCQAANAKAgCQEwIAcEQAANBiBAAgYwQAsIsAAHANAADAHAAAsD8BAABAAQBQQAEAgGsKANBrCgAgbAoAQNcBAGAIAQBwdwQAADIKAEDXAQBQ0wkAoNMJAPDTCQBA1AkAkOsBADDxCwCQOAoAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBAKBvBADwbwQAYM0JALDNCQAAzgkAUM4JAKDOCQDwzgkAQM8JAJDPCQDgzwkAMNAJAKBMCQBwDQAAwFECABBSAgCQ6wEAgHQBAPCiAwBQSAMAUO8BAHADCgDABwsAECYLAFCHCgBQpgkAUAAAACCAAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUAAIwAAGDbAAAQhAIA0KACACChAgAQ9AAAYPQAALD0AAAA9QAAUPUAAKD1AADw9QAAkOsBANDeBQDQ3gUAcEQAAHANAADAUQIA0GIEAKBGCgBA/wsAQNcBAJDXAQDQCgIAAKMHAGAIAQBA1wEAMJIBAODnAACAoAIAUKMCADCnAACApwAA0KcAACCoAABwqAAAwKgAAJAuCgDgLgoAMC8KAIAvCgAw0gcA8JwJAECdCQBA1wEA0N4FAND1BwBwRAAAQNcBANDeBQCQJAAAQNcBAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAEH8MAJDrAQAgcQUAcHEFAMBxBQAQcgUAYHIFAKDxCQBA1wEAwAcLABAmCwBQhwoAwAcLANB/AADg4QYAACsCAEDXAQDABwsAMNgLAAAyCgBA1wEA0N4FAJAkAABA1wEAwAcLADBkDAAQRQAAYEUAALBFAACwiwAAUIYGAEDXAQCQ6wEAIHEFAHBxBQDAcQUAEHIFAGByBQCAdAEA0H8AADCXAQDAUQIAQPwEAOCmAABwDQAAwBwAANB/AADwOgIA4KYAACDnBwAQAgIAoDoMAPA6DAAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBwDQAAEAICAOBADAAwQQwAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUAAIwAAGDbAAAQhAIAAAAAAFAAAACQOwcAkNwLAHANAADAHAAA0H8AAPA6AgDgpgAAIOcHAFAAAAAw+wEAEAICAKA6DADwOgwAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAcA0AABACAgDgQAwAMEEMAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAgAcFAACMAABg2wAAEIQCAICgAgBwRAAA0GIEAKBGCgDAOAIAcA0AAFAAAADQVAgA0AoCAHBEAACAoAIAcEQAANBiBACgRgoAwDgCAHANAABQAAAA0FQIANAKAgBwRAAAgKACAJA/CAAAjAAAYNsAABCEAgCAdAEA8KIDAECBAgCwZwEAAGgBAIDiAQDgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAwJsIAMAcAAAQHQAAYNsAABCEAgCw+AEAAPkBANBiBACgRgoAwDgCAHANAABQAAAA0FQIANAKAgBwRAAAEAICAOBADAAwQQwAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUAAIwAAGDbAAAQhAIA0BgNACAZDQAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwCgTAkAAIwAAGDbAAAQhAIAAIUCAJCLAgBAhgwAkIYMAOCGDAAwhwwAgIcMANCHDAAgiAwAcIgMALAiBQAAIwUAUCMFAKAjBQDwIwUAQCQFAJAkBQCAoAIAUKMCAMCCAwAQgwMAYIMDALCDAwAAhAMAUIQDAKCEAwDwhAMAQIUDAJCFAwAgLQMAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAEJIIAKBvBACQiwIAQIYMAJCGDADghgwAMIcMAICHDADQhwwAIIgMAHCIDABQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAcEQAAED8BACQ/AQA4PwEADD9BACA/QQA0P0EACD+BABw/gQAwP4EABD/BABQqAIAsIsAADDKAADgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAgAcFAACMAABg2wAAEIQCAHDiBwAgFwAAoAsJAPALCQDQfwAAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBABB/DACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAHANAAAQbQAAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBABB/DACwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAFCoAgCgqAIAYMkIAJA4CgDg4QYA8KIDAECBAgDQJwgAUNMJAKDTCQCgCwkA8AsJAHANAABA1wEAkNcBACA1CgBwNQoAwDUKABA2CgBQpgkAoKYJAPCmCQAAMgoA0N4FAND1BwDQCgIAQNcBAKBvBAAwpwAAsIYAAHANAADAUQIAQAIJAEDXAQBQ0wkAoNMJAKALCQDwCwkAkDgKAECBAgCQgQIAsGcBAJBjAgDQfwAAkOsBAIB0AQDQ3gUA4KYAAOCmAABAVgUAkFYFAOBWBQAwVwUA0JkEAEDXAQAwygAAIOcHALBnAQCQYwIAEH8MAKBMCQBwDQAAwFECABBSAgCQ6wEAgHQBAPCiAwBQSAMAUO8BALBnAQAAaAEAgOIBAEDXAQCQOAoAgEMFAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQLAMAIC0DAHAtAwDALQMAEC4DAFBSAwCgUgMAcHoGAMB6BgAQewYAYHsGALB7BgAAfAYAwAcLAOCmAABQAAAAAAAAALBnAQBQAAAAQNcBAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQLAMAIC0DAHAtAwDALQMAwAcLADBkDAAQRQAAkC4KADBmCgBwDQAAwFECAMAHCwBA/AQAkPwEAOD8BAAw/QQAgP0EAND9BAAQkggAYJIIALCSCADQ2AEAsGcBANAKAgCQEwIA0N4FACDfBQBw3wUAwN8FAEDXAQDABwsA4KYAAFAAAABA1wEAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAwLAMAgCwDANAsAwAwygAAsGcBAHDlBADARAAAQNcBAJAuCgAwZgoAcA0AAMBRAgBA1wEAUIYGAKCGBgBA/wsAcEQAAED8BABAgQIA0CcIAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAABAIQMAkCEDAOAhAwCwhgAAAIcAABD0AABAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAEH8MANDeBQDQCgIAQNcBAOApCgAQUgcAsIsAAHANAABA1wEAUNMJAKDTCQDw0wkAQNQJABDuAQCg4AsAgFwKAFBIAwBQhgYAcA0AAEDXAQBQZAoAwBwAABAdAABgHQAAsB0AAAAeAABQHgAAQCEDAJAhAwDgIQMAsIYAAACHAAAQ9AAAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBABB/DADQ3gUA0AoCAEDXAQDgKQoAEFIHALCLAABwDQAAQNcBAFDTCQCg0wkA8NMJAEDUCQAQ7gEAoOALAIBcCgBQSAMAQNcBAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAABAIQMAkCEDAOAhAwCwhgAAAIcAABD0AABAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAEH8MANDeBQDQCgIAQNcBAOApCgAQUgcAsIsAAHANAABA1wEAUNMJAKDTCQDw0wkAQNQJABDuAQCg4AsAgFwKAFBIAwAAAAAA0H8AAODhBgAw4gYA8KIDAICgAgDQCgIAgIIMAABoAQCA4gEAALsIAACMAABg2wAAEIQCAFCoAgCgqAIAYMkIALDJCADAHAAAEB0AAGAdAACwHQAAAB4AAFAeAACQOAoAQIECAJCBAgCwZwEAkGMCANB/AACQ6wEAgHQBALCLAABgCAEA4KYAAJCLAgAggAAAIOcHAHADCgBwDQAAwBwAABAdAABgHQAAsB0AAAAeAACQEwIAAIwAAGDbAAAQhAIAIKIBAHANAACAoAIAYMACADDMCACAzAgA0MwIACDNCABwzQgAwM0IADDoCgBQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAQEMJAJBDCQBA/AQAkPwEAOD8BAAw/QQAgP0EAND9BAAQkggAwAcLABAmCwBQhgYAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAgpgIAMGQMABBFAADwxwsAQMgLAFCmCQCA3wkA0N8JAFDTCQCg0wkAcBcAAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAEH8MAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQLAMAkDgKAIAZAgAg+AoAMGQMALBnAQBQSAMAoEgDAGAIAQCwCAEAYAgBAFCQBgDQFgAAgHQBAPCiAwBAowMAoBAEAOCmAAAQAgIA4EAMADBBDACAeAIAoCoDAPAqAwBAKwMAkCsDAOArAwAwLAMAgCwDAIAHBQAAjAAAYNsAABCEAgCgUwwAwBwAABAdAABgHQAAsB0AAAAeAABQhgYAsIsAANB/AAAwYAYAgKACABBSBwAwygAA0BYAAICgAgAg5wcAMGYKAHANAADAUQIAgHQBANB0AQAgGAkAcBgJAMAYCQAQGQkAkDsHAOA7BwBg2wAAEIQCAGAIAQBwdwQA8DoCAAArAgBQKwIAUIYGAEDXAQDgKQoAsIsAANB/AACQLgoA4C4KADAvCgCALwoA0C8KACAwCgBwMAoAwDAKALDlCgAw2AsAUIYGAEDXAQBQpgkAgN8JANDfCQBgNgoAMCoKAFBIAwAQbQAAkOsBAIB0AQAQfwwAUIYGAEDXAQCwhgAAAIcAAHBEAABA/AQAkGMCAEDXAQDABwsAQPwEAJD8BADg/AQAUIYGAEDXAQAw0gcAgNIHAHBEAADQYgQAIOcHADBmCgBwDQAAwFECABBSAgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEA4KYAAAAAAACAdAEAgKACAFCoAgCgqAIAYMkIAJAuCgAwZgoAcA0AAMBRAgBwDQAAQNcBAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAEH8MAFCmCQCgpgkA8KYJANCyCQAgswkAcLMJAJAkCgDQVAgAIFUIANCgAgAgoQIAEPQAAGD0AACw9AAAAPUAAFD1AACg9QAA8PUAAJAlBADQCgIAkBMCANCKBACAGQIAQAIJAFBkCgDAHAAAcA0AAMCTAQAAbQEA0N4FAIB0AQCAdAEAQNcBAJAuCgAwZgoAcA0AAMBRAgDg5wAAsDsKALC/AwDABwsA0GIEACBjBACwiwAAUIYGAEDXAQCQ1wEAIDUKANAKAgBA1wEAAAAAALCGAACwiwAAAIwAAAAyCgBA1wEAkNcBAODXAQAw2AEAgNgBANAWAAAgFwAAoAsJAPALCQBwDQAAkCQAAKCaAQDwmgEAQJsBALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUKMCAMCCAwBgzQkAsM0JAADOCQBQzgkAoM4JAPDOCQBAzwkAkM8JADDSBwCA0gcA0IoEACCLBABwiwQAQNcBAJA4CgAw2AsAADIKAEDXAQCgbwQA8G8EAEBwBABwFQwAwBUMACCAAACAuQcAQNcBAJAkCgDQVAgAsGcBAABoAQCAGQIAcA0AAICgAgBQqAIAoKgCAGDJCACwyQgAwBwAABAdAABgHQAAsB0AAAAeAABwKwUAQNcBAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAEH8MAJDXAQAgNQoA0AoCAEDXAQCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwBwDQAAwBwAABAdAABgHQAAsB0AAAAeAABwKwUAwCsFABAdAABg2wAAEIQCAMAcAAAQHQAAYNsAABCEAgDQGA0AIBkNABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAsPgBANAKAgCQEwIA4BMCAIB4DABwDQAAwBwAAKCHCgBQFwIAkPoGAOD6BgBA1wEAUGQKAMAcAAAQHQAAYB0AALAdAADgpgAAACsCACDnBwAwZgoA0PUHAHANAADAHAAAsPgBAFCGBgDQCgIAgIIMAECBAgDQJwgAICgIABACAgCgOgwAAIwAAGDbAAAQhAIAEAICANAWAACwiwAAcEQAADDKAADQ3gUA0AoCAAArAgBQKwIAAIwAAGDbAAAQhAIA0BgNACAZDQBw6AsAwOgLABDpCwAAAAAAAAAAALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAgKACAFCjAgDAggMAEIMDAGCDAwCwgwMAAIQDAFCEAwCghAMA8IQDAECFAwCQhQMA4IUDADCGAwCAhgMA0IYDACCHAwBwhwMAwAcLADBkDAAQRQAAoEwJAPBMCQBQhgYAUAAAANBUCACwZwEAAGgBAHBEAABA1wEAsIYAANAKAgCAdAEAgKACAMAIAAAg5wcAcOcHAMDnBwCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQAQEMJAJBDCQDgQwkAwAcLADBkDAAQRQAAQAMDABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAOApCgCghgYAsIsAAGAIAQCwCAEAQAMDABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAOApCgCghgYAsIsAAGAIAQCwCAEAAAkBAEDXAQAw0gcA8JwJAECdCQDQFgAAEOgCAABoAQCA4gEAsIsAAACMAABgCAEA0IgBAFBIAwDAkwEAAG0BANDeBQBw4gcAQNcBAOApCgCwiwAA0BYAABDoAgCwiwAAUIYGAEDXAQAwygAAIOcHALBnAQCQYwIAEH8MAMAHCwDQYgQAADIKALBnAQAAaAEAgOIBAEDXAQDABwsAECYLAFCHCgCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQAQEMJAJBDCQDgQwkAwAcLADBkDAAQRQAAQAMDABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAOApCgCghgYAsIsAAGAIAQCwCAEA4CkKANClDAAgpgwAcKYMAMCmDAAQpwwAYKcMAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBABQIQcA0N4FAOCmAAAAKwIAUCsCAACMAACQEwIAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAJB7AwAQMQoAYDEKALAxCgCQoQoAIOcHALBnAQCQYwIAEH8MAJDXAQDgJAAAcEQAAOCmAAAg5wcAsGcBAABoAQCA4gEAQNcBAFBkCgDAHAAAEB0AAGAdAACwHQAAAB4AAFAeAACQOAoAQP8LALBnAQBA1wEAQIECANAnCAAgKAgAoPEJAABtAQDQ3gUAsGcBAJBjAgAQfwwA0BYAACAXAAAQMAEAkCQAACA1CgBwNQoAwDUKABA2CgCgzQoAAIwAAGDbAAAQhAIAMJIBAJD+BwDg/gcAMP8HAID/BwDQ/wcAIAAIAAAAAACQlQIA4JUCAFDTCQCg0wkAcBcAAHBdBQDAXQUAcBMJAMATCQAQFAkAkNcBABBhBwBgYQcAsGEHANDeBQDQCgIAQNcBAOApCgAwKgoA0AoCAJATAgBQTgIAcEQAAKAIAgDQCgIAoEwJAPBMCQBATQkAkE0JAOBNCQAAAAAAQIECAJCBAgDwOgIAAAAAANAKAgDwnAkAQJ0JAAAAAABQhgYAEFIHAGBSBwCwUgcAAFMHAFBTBwCQfAcA4HwHADB9BwCAfQcA4KYAAAArAgBQKwIAcEQAANAWAAAgFwAAEDABAJAkAAAgNQoAcDUKAMA1CgAQNgoAoM0KAACMAABg2wAAEIQCABACAgCgUwwAwA0AAJB3BwCQ1AkAEGEHAKBACwAwLQIAQNcBAJA4CgCAQwUAQIECAJCBAgDggQIA8KIDAFCGBgBA1wEA4CkKABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAKBMCQDwTAkAQIECALBnAQDQCgIAAKMHAHDiBwBgCAEAUJAGANAWAAAwygAA0N4FANAKAgAAKwIAMAIKAABoAQCA4gEAQNcBAKBvBADwbwQAQHAEAHAVDADAFQwAEBYMAGAWDACwFgwAABcMAEDXAQAw0gcA8JwJAECdCQCQnQkA4J0JADCeCQCAngkAUGQKAHCnCwDQYgQAoEYKAIAZAgBAAgkAgOIBAEDXAQBQpgkAgN8JANDfCQCgTAkAsGcBAHDlBADARAAAEEUAAPDHCwBA1wEAUNMJAKDTCQDw0wkAQNQJADDSBwDwnAkAQJ0JANAWAAAQ6AIAAGgBAIDiAQBA1wEA0N4FANAKAgBA1wEAYAgBANCIAQBQSAMA8C0AAACpAQCAeAIAkCQAABBhBwCA4gEAsIYAANAKAgCQEwIA0AoCAJATAgDQigQAgBkCAEACCQDgKQoAEFIHAGBSBwCwUgcAAFMHAFBTBwAwkQcAkCQKAIAzAQDQMwEAQIECALBnAQBQhgYAsIsAANDeBQDQ3gUAcEQAAIB0AQAQfwwAcA0AAMCTAQBA1wEA4CkKABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAFDTCQCg0wkA8NMJAEDUCQCQ1AkA4NQJADDVCQCA1QkA4CkKABBSBwBgUgcAsFIHAABTBwBQUwcAMJEHAKBMCQDwTAkAUIYGAFAAAADQVAgAsGcBAABoAQAwfwUAgH8FANB/BQAggAUAcIAFAMCABQAQgQUAYIEFALCBBQAAggUAsGcBANB/AADg4QYAQNcBAMAHCwDgpgAAUAAAAICgAgDA4wsAQNcBAACLCwBwZQwAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEAODnAAAAAAAAsL8DAJDSCwAgNQoA0AoCAHBEAABA/AQAQIECANAnCABA0wUAADIKAEDXAQAw0gcAgNIHANDSBwAg0wcAcNMHAMDTBwBA1wEAUKYJAFCjAgDAggMAEIMDAGCDAwCwgwMAAIQDAFCEAwCghAMA8IQDAECFAwCQhQMA4IUDADCGAwCAhgMA0IYDACCHAwBwhwMAkHsDADB/BQCAfwUA0H8FACCABQBwgAUAwIAFABCBBQBggQUAsIEFAACCBQBQqAIAoKgCAOAeBgAAiwsAsIsAALA/AQCAXAoAUEgDAMBRAgBA/AQAAGgBAIDiAQBA1wEA4CkKABBSBwBgCAEAcHcEALBnAQBQIQcAoCEHAPAhBwBAIgcAkCIHAOAiBwAwIwcAgCMHANAjBwAgJAcAcCQHAMAkBwAQJQcAYCUHALAlBwAAJgcAUCYHAKAmBwDQCgIAkBMCAOATAgCAeAwAcA0AAMAcAAAwkgEAcEQAAOCmAABQAAAAgKACAAAAAACAdAEAcA0AAICgAgAAAAAAsIYAAACHAAAQ6AIAwMoBAICgAgAAAAAAkOsBAIB0AQAQfwwAwAcLABAmCwBQhwoAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEAEBDCQCQQwkA4EMJAMAHCwDgpgAAUAAAAICgAgAAAAAAgHQBAHANAACAoAIAAAAAAFBkCgDAkwEAEJQBAICgAgAAAAAA0BYAANAWAACwiwAAMH8FAHBEAABA/AQA0N4FAHDiBwBA1wEAMNIHAIDSBwDQ0gcAINMHAHDTBwDA0wcAAAAAAHBEAABwRAAAUAAAAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwAA5AwA0FQIACBVCABwVQgA4OcAALA3BAAwZgoAcA0AAMBRAgBQ/woAMNIHAIDSBwDQigQAIIsEAHCLBABA1wEA4CkKAKCGBgCQIgwA4CIMAJDrAQDQfwAAMJcBAMAcAABQZAoAwBwAABAdAABgHQAAsB0AAAAeAABQHgAAkDgKAIAZAgCwhgAAgHQBAFCGBgBA1wEAUNMJAKDTCQDw0wkAQNQJAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBABAQwkAkEMJAOBDCQDQCgIAkBMCAOATAgCAeAwAcA0AAMAcAACwiwAAAIwAAGDbAAAQhAIAsIsAAACMAABg2wAAMDsIAIA7CABwFwAAAAAAAAAAAAAAAAAAkJUCAOCVAgAwmwIA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCALAMA0CwDAFCCBQCgggUA8IIFAECDBQCQgwUA4IMFAAAAAAAAAAAAkJUCAOCVAgAwmwIA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwCALAMA0CwDAFCCBQCgggUA8IIFAECDBQCQgwUA4IMFADDKAACwZwEAAGgBALCLAAAAjAAAYNsAABCEAgAAAAAAAAAAAAAAAAAAAAAAAAAAANAWAACwiwAAcEQAABACAgDgQAwAMEEMAIB4AgCgKgMA8CoDAEArAwCQKwMA8BIMAEATDACQEwwA4BMMADAUDACAFAwA0BQMACAVDABQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDAEB9CwDQ3gUAcA0AAEDXAQCgTAkAAIwAAGDbAAAQhAIAAAAAAAAAAAAAAAAAQAIJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAMEIBAAAAAAAAAAAAAAAAALA/AQCAXAoA0N4FAHDiBwBA1wEAMNIHAIDSBwDQ0gcAINMHAHDTBwAAAAAAsIsAAACMAACQ6wEAsGcBAABoAQAwLQIA0KUMAACHAACA4gEAcA0AABBtAACAuwAAkCQAAJDrAQDQfwAAgLsAAEDXAQCQOAoAkOsBAIDiAQAAuwgAQNMFABB/DAAg5wcA0BYAALCLAACwPwEAgFwKAAAAAADQFgAAQNcBADDSBwCA0gcAIOcHALCGAABwDQAAEG0AADBgBgBwDQAAwJMBAABtAQDQ3gUAcOIHALCLAAAw0gcAgIIMAHCZCgAQYQcAsIYAAHBEAADQfwAAgBkCAAAAAADQ3gUAQNcBADDSBwCA0gcAUE4CAKBOAgBwDQAAEG0AADBgBgDQFgAAIBcAAICgAgCQPwgA4D8IADBACACAQAgA0EAIACBBCABwQQgAwEEIABBCCABgQggAsEIIALCLAAAwfwUAgH8FANB/BQAggAUAcIAFAMCABQAQgQUAYIEFALCBBQAAggUAkNcBAODXAQAw2AEAgNgBAJCbAQBQowIAwIIDABCDAwBggwMAsIMDAACEAwBQhAMAoIQDAPCEAwBAhQMAkIUDAOCFAwAwhgMAgIYDANCGAwAghwMAcIcDAFCoAgCgqAIAYMkIALDJCAAAyggAUMoIAKDKCADwyggAkNcBABBhBwBgYQcAsGEHANDeBQDQCgIAQNcBAOApCgAwKgoA0AoCAJATAgBQTgIAcEQAAKAIAgDQCgIA4DsHACALAgCAGQIAQPwEANDeBQBw4gcAUBcCAODhBgAQfwwAAIwAAGDbAAAQhAIA0N4FANDeBQCAdAEAQNcBAMAHCwBA/AQAkPwEAOD8BABQhgYAQNcBANDeBQDQ9QcAcEQAAEDXAQAwygAAIOcHALBnAQCQYwIAEH8MADDKAACA9gEAsGcBAHDlBABA/AQAAGgBAIDiAQBA1wEAkNcBACA1CgDQCgIAQNcBAJA4CgAw2AsAgNgLANDeBQAg3wUAcN8FAMDfBQBA1wEAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQAgHEEANBxBAAwLAMAUKYJAIDfCQDQ3wkAUNMJAKDTCQDw0wkAQNQJAJA4CgBAgQIAkIECALBnAQCQYwIA0H8AAJDrAQCAdAEAEH8MACD3AQBw9wEAMNIHAIDSBwAAAAAAsIYAALCLAABwDQAAwFECAEDXAQDABwsAQPwEAJD8BADg/AQAUIYGAEDXAQDQ3gUA0PUHAHBEAABA1wEAkDgKAJAkAABwRAAAQAIJAHAICgDQFgAAsIsAALA/AQCAoAIAIKYCAED8BACQ/AQA4PwEADD9BACA/QQA0P0EABCSCACQOAoAED8LAAAAAACwhgAAsGcBANAKAgCAggwAAGgBAIDiAQBA1wEAkDgKAIBDBQCgbwQA8G8EAEBwBACQcAQA4HAEADBxBACAcQQA0HEEADAsAwAQfwwAAIwAAGDbAAAQhAIAYO4LAED8BACQ/AQA4PwEADD9BACA/QQA0P0EANCBCAAggggAcIIIAMCCCAAQgwgAYIMIALCDCAAAhAgAUIQIAKCECADwhAgA4OcAADDKAACA9gEAsGcBAHDlBADA4wEA0AoCAJATAgDQigQAgBkCAEACCQAQPwsAAAAAALCGAACwZwEA0AoCAJATAgAgogEAUIYGAJDrAQDgpgAAQNcBAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDANDeBQCQ6wEAcEQAANB/AACwZwEAAGgBAEDXAQAgogEAUIYGAJDrAQDgpgAAQNcBAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAEDXAQCgTAkAoOALAABAAQBQQAEAgGsKANBrCgAgbAoAcGwKAMBsCgAwygAAIOcHAHADCgDQFgAAQNcBAMAHCwDQYgQAADIKALBnAQAAaAEAgOIBAEDXAQDABwsAECYLAFCHCgCgbwQA8G8EAEBwBACQcAQA4HAEADBxBABwDQAAQNcBAKBvBADwbwQAYM0JALDNCQAAzgkAUM4JAKDOCQDwzgkAQM8JAJDPCQDgzwkAMNAJAJA4CgAQPwsAAAAAALCGAACwZwEA0AoCAJATAgDQmQQAQNcBAJDXAQDQCgIAAKMHAGAIAQBA1wEAwAcLADBkDAAQRQAAsIYAAACHAABQzQoAoM0KAACMAACAdAEAADIKALBnAQAAaAEAgOIBAEDXAQDgKQoAoIYGAJAiDADgIgwAkOsBANB/AAAwlwEAwBwAAJA4CgAQPwsAAAAAALCGAACwZwEA0AoCAJATAgCQOAoAgEMFADDSBwCA0gcAcA0AAMANAADQ9QcA0AoCAOCmAACwiwAAkNcBANAKAgAAowcAYAgBAEDXAQBQpgkAcOUEAHANAABA1wEAkCQKAIAzAQCAggwA8J0DAHB3BADwOgIAADIKAEDXAQCQ1wEA4NcBACCAAACAuQcAoAgCANAKAgAAMgoAQNcBANDeBQDQCgIAQNcBAFBkCgDADQAA0PUHANAKAgDgpgAAsIsAAHBEAADQfwAAMGAGAFCGBgDQCgIAgIIMAABoAQCQJAAAIDUKAEDXAQCgTAkA8EwJAEBNCQAQMAEAkCQAACA1CgBwNQoAwDUKABA2CgDQfwAAsGcBALD4AQDQfwAAgOgKADD+CACA/ggAAGgBACCACgDQYgQAoEYKAMA4AgBwDQAAgHQBANB/AACAGQIAQAIJAJAuCgAwZgoAcA0AAMBRAgBA1wEAUNMJAFAXAgCgFwIA8BcCAHAXAABwXQUAwF0FAHATCQDAEwkAEBQJAGAUCQCwFAkAABUJAMAcAAAQHQAAYB0AALAdAAAAHgAAUB4AAGAIAQDQiAEAUEgDAJDrAQAw8QsAIOcHANB/AABAgQIAsGcBAABoAQAQCAsAkAIJAOACCQAwAwkAgAMJANADCQAgBAkAcAQJAMAECQAQBQkAYAUJALAFCQAABgkAUAYJADAqCgAAsgcAULIHAKCyBwCwhgAAUIYGADDSBwCA0gcA0IoEADBgBgBA1wEAsIYAAFCGBgAAAAAA0N4FAEDXAQDABwsAQPwEAJD8BADg/AQAMP0EAID9BAAg5wcAUAAAALD4AQDQFgAAsIsAAHBEAAAwygAA0N4FANAKAgAAKwIAsPgBAIDiAQAAuwgAULsIAKC7CADwuwgAQLwIAJC8CACQEwIAcA0AAMCTAQDAHAAAcA0AAICgAgCA4gEAALsIAFC7CACguwgA8LsIAEC8CACQvAgA4LwIADC9CACAvQgA0L0IACC+CACQ1wEAIDUKANAKAgDQ3gUA0AoCAEDXAQBQZAoAwBwAABAdAABgHQAAsGcBAOCmAACwiwAAUNMJAKDTCQDw0wkAQNQJAAArAgCgcAgAIBcAADDKAAAg5wcAMGYKAHANAADAUQIAQAIJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQAQXgUAYF4FALBeBQAAXwUAUF8FAKBfBQCQOAoAMGAGAFCGBgDQCgIAkBMCAHANAADAkwEAQNcBAJDXAQAgNQoAcDUKAMA1CgAg3wUAcN8FAMDfBQBA1wEAwAcLAOCmAABQAAAAQNcBAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAIAsAwDQLAMAIC0DAHAtAwDQfwAAsGcBALCLAAAAjAAAYNsAABCEAgAwkgEAkP4HAOD+BwAw/wcAgP8HAND/BwAgAAgAsIsAAGAIAQBQAAAA0FQIANAKAgAgCwIA8DoCAAAyCgBA1wEAkNcBAODXAQAw2AEAcBIKAMASCgBQpgkAoKYJAPCmCQBQ0wkAUBcCAKAXAgDwFwIAMNIHAIDSBwBwDQAAwA0AAIB0AQCwhgAAcEQAAED8BADQ3gUAUIYGALCLAADQFgAAUBcCAKAXAgDwFwIAUNMJAKDTCQDQCgIAQNcBAFBkCgDAHAAAEB0AAGAdAADQFgAAUBcCAKAXAgDwFwIAkCQKAIAzAQDQMwEAQIECALBnAQBQhgYAsIsAAOCmAAAg5wcAQNcBAJAuCgAwZgoAcA0AAMBRAgBA1wEAUKYJAIDfCQDQ3wkAACsCAKBwCAAgFwAAMMoAANDeBQAQYgsAsIYAAFAAAABA1wEAkNcBAODXAQAw2AEAcBIKAMASCgCA2AEAEOgCANDeBQAQAgIA4EAMACDnBwDQfwAAMNgLANAWAACwiwAAQNMFAHANAAAQAgIAwEwMABBNDADQCgIAkBMCAHANAADADQAAgHQBAECBAgDQJwgAUIYGAKCGBgAwYAYAUIYGANAKAgCQEwIAcA0AAMCTAQDAHAAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAICgAgBQqAIAUBcCAKAXAgDwFwIAoOgIAPDoCABA6QgAkOkIAODpCAAw6ggAgOoIANDqCAAg6wgAcOsIAMDrCAAQ7AgAYOwIALDsCAAA7QgAUO0IAKDtCADw7QgAQNcBAEB9CwCwOwoAwA0AAJB3BwDgdwcAMHgHAIB4BwBQIAgAEDIJAGAyCQCwMgkAcAgKAGDbAAAQhAIAoEwJAHANAADAUQIAEFICAJDrAQCAdAEA8KIDAFBIAwBQ7wEAQNcBAJA4CgCAQwUAUNMJALCLAAAwygAAQNcBAKBvBADwbwQAQHAEAJBwBADgcAQAMHEEAIBxBADQcQQAMCwDAICgAgAwkgEAkP4HAOD+BwAw/wcAgP8HAND/BwAgAAgAcAAIAMAACABQBwgAAAAAAAAAAAAAAAAA4A0IADAOCACADggA0A4IACAPCABwDwgAwA8IABAQCAAAAAAAAAAAAGAQCACwEAgAABEIANCaAwCgrwUA8K8FAJDXAQAgNQoAcDUKAMA1CgCAoAIAkHsDAOB7AwCQDQ0A4A0NADAODQCADg0A0H8AAJDrAQCAdAEAEH8MAJDXAQAQYQcAYGEHALBhBwBQ0wkAoNMJAPDTCQBA1AkAkNQJAODUCQAw1QkAgNUJALCLAADQFgAAIBcAALCLAADQFgAA0BYAACAXAACwiwAA0BYAAHBEAACAoAIAUKgCAKCoAgBgyQgAsMkIAADKCABQyggAoMoIAPDKCACQ1wEAEGEHAGBhBwCwYQcA0N4FANAKAgBA1wEA4CkKADAqCgDQCgIAkBMCAFBOAgBwRAAAoAgCANAKAgAAMgoAQNcBAACLCwCAoAIAAAAAAEDXAQCQ6wEA4OsBAJAkAACQJAAA4CQAAACMAACAggwAAGgBAIDiAQBA1wEAwAcLAED8BACQ/AQA4PwEAFCGBgBA1wEA0N4FAND1BwBwRAAAQNcBAJA4CgCQJAAAcEQAAEACCQBwCAoAUIYGANClDACAdAEAEH8MANAWAAAgFwAAEDABAJAkAAAgNQoAcDUKAMA1CgAQNgoAoM0KAACMAABg2wAAEIQCAFCoAgCgqAIAYMkIAGAIAQCwCAEA8GAJAEBhCQCQYQkA4GEJAFDTCQBQFwIAoBcCAPAXAgBQhgYAUKgCAKCoAgBgyQgAYAgBALAIAQDwYAkAQGEJAJBhCQDgYQkAUNMJAFAXAgCgFwIA8BcCAFCGBgBgCAEAsAgBAPBgCQBAYQkAkGEJAOBhCQCQJAoA4CQKACCAAAAAKwIAsJUFAIDoCgAAuwgAgHQBANB0AQAgFAMAcBQDAEDXAQCwhgAA0AoCAIB0AQAw0gcAgNIHAHANAADADQAAgHQBAECBAgDQJwgAUKYJAPCdAwBAngMAkJ4DAOCeAwAwnwMAQNcBAKBMCQDwTAkAcEQAANBiBAAAMgoAQNcBAJDXAQAgNQoA0AoCAEDXAQCQJAoA4CQKACCAAAAAKwIAsJUFAIDoCgAAuwgAIPcBAHD3AQCQ6wEA4OsBADDsAQCA7AEAkNcBACA1CgBwNQoAwDUKABA2CgBQpgkAcOUEAMDlBABQpgkAoKYJAPCmCQBApwkAgEMFAJAkCgDgJAoAIIAAAAArAgCwlQUAgOgKAAC7CAAQAgIAIKIBAHANAADADQAAYAgBAHB3BACAGQIA4KYAACDnBwCwZwEAAGgBAIDiAQBA1wEAkCQKAOAkCgAggAAAACsCALCVBQCA6AoAALsIAJDXAQAgNQoA0AoCAEDXAQAA/wAAUMMKAADkDABQ5AwAUNMJAKDTCQDw0wkAQNQJAJAkCgCAMwEAkBMCAOATAgAQYQcA8IELALCLAABQhgYAQNcBADDKAACwZwEAcOUEAMBEAABA1wEAAAAAAEDXAQDQ3gUA0AoCAEDXAQBwdQsAAAAAAEDXAQDQ3gUA0AoCAEDXAQBwdQsAwHULAJA4CgCAQwUA4CkKALCLAABQAAAAkDsHAJDcCwDg3AsAsIsAANAWAADgpgAAsIYAAACHAABwRAAAQPwEAJD8BADg/AQAsIsAAACMAABg2wAAEIQCAIB0AQDQdAEAIBQDAHAUAwBA1wEAUGQKAKBkCgDgpgAAIOcHAEDXAQCQ1wEAEGEHAGBhBwCwYQcAAIsLAFCLCwCA4gEAALsIAGAIAQBA1wEAsGcBAABoAQBA1wEAkDgKADDYCwAAMgoAQNcBANDeBQCQJAAAQNcBAMAHCwAwZAwAEEUAAGBFAADADQAA0PUHANAKAgDgpgAAsIsAAIB0AQDQdAEA4KYAAJCLAgDQ1QkAINYJAAAyCgBA1wEAUKYJAKCmCQBAxwwAkMcMAODHDAAwyAwAgMgMABB/DABQhgYAQNcBAIDiAQAAuwgAYAgBAMAHCwAwZAwAEEUAAIDiAQAAuwgAYAgBAHANAABA1wEAkDgKAECBAgCQgQIAsGcBAJBjAgDQfwAAkOsBAIB0AQDgKQoA0AoCAICCDABAgQIA0CcIACAoCABA1wEAkNcBACA1CgBwNQoAwDUKABA2CgCQ1wEAIDUKANAKAgBA1wEAIKIBAFCGBgCQ6wEA4KYAAFA7CwAgFwAAEDABAJAkAAAgNQoAcDUKAMA1CgAQNgoAoM0KALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgpgAAMKcAAFBEAgCgRAIA8EQCAFCGBgCwiwAAkCQAAJAkAAAgNQoAcDUKAMA1CgAQNgoAoM0KAACMAABg2wAAEIQCAOA4CgBwRAAAQPwEAHCZCgCgmgEAIIAAAIC5BwCwhgAA0AoCAMAHCwAQJgsAUIcKAJDXAQAQYQcAoEALADAtAgCAQAMA0EADACBBAwBwQQMAwEEDABBCAwBgQgMAsEIDAJDrAQAw8QsAMNIHAIDSBwBwDQAAwA0AAIB0AQBAgQIA0CcIAFCGBgCAoAIA0BYAACAXAAAQMAEAwO0BADBECQCARAkA0EQJACBFCQDg4QYAMOIGAIDiBgDABwsAECYLAFCHCgCwhgAAAIcAAFDNCgCgzQoA8M0KAEDOCgCQzgoA4M4KADDPCgCAzwoAkNcBAIB4DAAAhwAAUBkKAHBEAABA/AQA0N4FAHDiBwBwRAAAQAIJANAWAABwDQAAAG0BANDeBQBw4gcAUEgDAKBIAwAw0gcAgNIHAAAAAACwhgAAsGcBANAKAgCQEwIA4CkKANAKAgCAggwAQIECANAnCABA1wEAQH0LAMDjAQAQ5AEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCAoAIAMNIHAIDSBwAAAAAAsIYAALBnAQDQCgIAkBMCANCZBABA1wEAYAgBALAIAQDwYAkAQGEJAJBhCQDgYQkAkCQKAIAzAQDQMwEAQIECALBnAQBQhgYAsIsAAHANAABA1wEAkCQKAOAkCgAggAAAACsCALCVBQCA6AoAALsIAHANAABQAAAAkDsHADB/BQCQJAAAoJoBAPCaAQBAmwEAAIsLAHANAADAUQIAQAIJAJACCQBQkAYAsD8BAIBcCgCAoAIAgOIBAGAIAQBQkAYA0BYAAHBEAADQfwAAgBkCAED8BADQ3gUAcOIHAEDXAQCQ1wEA4NcBAIC7AACAdAEAcA0AAMAcAADw9gkAMP4IAJDrAQAgcQUAgBkCANB/AADg4QYAQNcBAKBMCQAAjAAAYNsAABCEAgDg4QYAgKACAAArAgAwAgoAgAIKANACCgAgAwoAsGcBAJBjAgDgYwIAMGQCALCLAADQfwAAQP8LAEDXAQDQ3gUA0PUHAHBEAABA1wEA0N4FAJAkAABA1wEAYAgBAFCQBgCgkAYAsAgBANAKAgAAjAAAYAgBANCIAQAgiQEAUBcCAJD6BgBAAgkAUIYGAEDXAQCQ6wEAADIKAEDXAQCQOAoAMNgLACAXAAAQMAEAwEQAABBFAADwxwsAQNcBAJAkCgCAMwEA0DMBALBZCgAAWgoAUFoKAIDiAQDQ4gEA0N4FABBiCwBwEgoAwBIKAJDKCQDgygkAQNcBAJDXAQDg1wEAgP0JAND9CQAg/gkAcP4JAMD+CQAQ/wkAYP8JALD/CQCQJAoA4CQKAPA6AgCg8QkAwBwAAKBMCQAAjAAAYNsAABCEAgDgpgAAkIsCAECGDACA4gEAIOcHAHDnBwBQpgkAoKYJAPCmCQDQsgkAILMJAIBkDACQEwIA0IoEADBgBgBA1wEAAAAAAFAeCgBA1wEAIOcHANB/AAAw2AsAUIYGAIB0AQAQfwwAUIYGAKBMCQCg4AsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAEAICAICgAgBQAAAAoAAAANDDAgAgxAIAcMQCAKDuAgDw7gIAQO8CAJDvAgDg7wIAkDgKAIAZAgCQOAoAgBkCAAAAAADwKAoAQNcBAFCGBgCwsQcAAHsMAFB7DACgewwA8HsMAICgAgCQ6wEAADIKAHBEAABAAgkAUKMCACDnBwDQfwAA8DoCACDnBwDQfwAAMJcBAEDXAQCQ1wEA4NcBADDYAQCA2AEAAIwAAGDbAAAQhAIAAAAAANAWAABwRAAA0H8AAMDKAQBA1wEAoEwJAACMAABg2wAAEIQCANDeBQDQ9QcAAIcAAFDNCgDgKQoAsIsAAHBEAABAAgkAMH8FAHBEAABAAgkA0H8AAPA6AgCQEwIA4CkKALCLAABwRAAAQAIJADB/BQBwRAAAQAIJAHANAAAAbQEAUG0BAKBtAQDwbQEAAAAKAFAACgBA1wEAkOsBAAAyCgBA1wEAUGQKAABtAQBQbQEAoG0BAPBtAQBQAAAAgDMBANAzAQBgCAEA0IgBAFBIAwDAHAAAEB0AAJATAgAgogEA4KcEADB/BQBwRAAAQPwEANDeBQBgCAEAcHcEALBnAQAAaAEAIAsCACCAAACwiwAAkOsBANB/AAAggAAAACsCAEDXAQBAfQsAYAgBALAIAQBwDQAAwFECAEDXAQAw0gcAgNIHAFBOAgCAjgoA0BYAAHBEAABA1wEAoG8EAJCLAgDQ1QkAINYJAHDWCQCAdAEA0H8AADCXAQDAUQIAsL8DAJAkCgCAMwEA0DMBALBZCgAAWgoAUFoKAKBaCgBA1wEAoG8EAPBvBADQqwsAIKwLAHCsCwDArAsAEK0LAGCtCwBA1wEAMMoAALBnAQBw5QQAwEQAAEDXAQCgTAkAoOALAIBcCgDQXAoAwOUEAKBvBADwbwQAcOgLAOCmAACwiwAAcA0AAMCTAQAQAgIAoDoMAPA6DACAXAoA0FwKALBnAQBw5QQAQAIJAFCGBgBA1wEAMMoAALBnAQBw5QQAwEQAAEDXAQCgbwQA8G8EAHDoCwDA6AsAsIYAAJDrAQBwRAAAQAIJADBwCgCAcAoAAPAKAJAkAACgmgEA8JoBAECbAQBwDQAA4GAKADBhCgCAYQoA0GEKACBiCgDQ3gUA0N4FABBiCwDABwsAQPwEAJD8BADg/AQAUIYGAEDXAQDQ3gUA0PUHAHBEAABA1wEAUKYJAKCmCQDQ3gUAkCQAALCLAABQhgYAsIsAAFCGBgBA1wEAwAcLAED8BACQ/AQA4PwEADD9BACA/QQA0P0EABCSCADgagoAMGsKAHANAADAUQIAwAcLAED8BACQ/AQA4PwEAFCGBgBA1wEA0N4FAND1BwBwRAAAQNcBAFCmCQCgpgkAIKYCADDRCABgCAsA0HAKACBxCgBwcQoAwHEKABByCgBgcgoAsHIKAABzCgBQcwoAoHMKAJB+CgDgfgoAMH8KAIB/CgAgpgIAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAEJIIALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCQOAoAkCQAAHBEAABAAgkAcAgKAMAHCwAQJgsAUIcKAJDrAQAw8QsAkDgKADDYCwCA2AsAUKYJAKCmCQBAxwwAkMcMAODHDAAw2AsA4KYAALCLAADQ3gUAkCQAAEDXAQCgTAkAAIwAAGDbAAAQhAIAQNcBAFDTCQCg0wkA8NMJAEDUCQAQ7gEAoOALAIBcCgBQSAMAoEwJAKDgCwCAXAoAUEgDAFDTCQCg0wkAcBcAAKBMCQAAjAAAYNsAABCEAgAAjAAAYNsAABCEAgCwiwAAsGcBAECBAgDQJwgAQNcBALCGAAAAhwAAMLUBAIC1AQDQtQEAILYBAHC2AQDAtgEAELcBAGC3AQCQjQoA4I0KADCOCgBA1wEAsIYAAACHAAAwygAAgPYBAND2AQBAAgkAUIYGAEDXAQCgTAkAoOALAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAJAkAADgJAAAAIwAAGDbAAAQhAIAgOIBANDiAQBQhgYAQNcBAFDTCQCg0wkA8NMJAEDUCQAQ7gEAoOALANDYAQAg2QEAcNkBAMDZAQBA1wEAUGQKAKBkCgDgpgAA4KYAALCLAABwDQAAMMoAAID2AQAwlwEAQNcBAFDTCQCg0wkA8NMJAEDUCQAQ7gEAoOALANDYAQAg2QEAcNkBAMDZAQAQ2gEAoOALAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBABDoAgAAAAAA0BYAABDoAgBg6AIAwAcLABAmCwBQhwoAoG8EAPBvBABAcAQAkHAEAOBwBAAwcQQA4CkKADAqCgAAsgcA0N4FACDfBQBw3wUAkCQKALBnAQAAaAEAUGQKAHCnCwDApwsA8DoCADDSBwCA0gcA0IoEACCLBACgZAoA4KYAAOCmAACwiwAAsIsAAJDrAQAw8QsAkDgKAJDrAQCAdAEAMNIHAIDSBwDQigQAMGAGAEDXAQCQJAoAgDMBANAzAQCwRAsAAEULAFBFCwCgRQsA8EULANDeBQCQJAAAQNcBALCGAAAAhwAAUM0KAKDNCgDwzQoAQM4KAJDOCgDgzgoAUNMJAJDNAQBgIAIAQPwEALCLAABwDQAAQNcBANDeBQCQJAAAQNcBALCGAAAAhwAAUM0KAKDNCgDwzQoAQM4KAJDOCgDgzgoAUNMJAJDNAQBgIAIA0BYAACAXAADgHgYAsIsAAHBEAABgEQIAsBECAAASAgAA/wAAQNcBANDeBQCQ6wEAIKIBAOCnBAAwfwUAcEQAAEDXAQCQLgoA4C4KADAvCgCALwoAUNMJAKDTCQBwFwAAkDgKAIAZAgDQGQIAIBoCAHAaAgDAGgIAEBsCAGAbAgBQhgYAsIsAAJAkAAAQYQcAoEALALCLAABQhgYAQNcBAGAIAQBQkAYAcEQAAMBEAAAwZgoAUIYGAEDXAQAQfwwAUIYGAEDXAQCAWAkA0N4FACDfBQBwRAAAQPwEANDeBQBw4gcAgKACALCGAAAAhwAAMMoAAIDKAAAgCwIAQP8LAODnAADgyAEAgFgJANBYCQDQ3gUAcOIHAEDXAQCQOAoAgEMFAIBYCQDQFgAAIBcAAOAeBgCwiwAAgFgJANBYCQBAgQIAkIECAOCBAgAwggIAUKYJAKCmCQBQaAEA0N4FABBiCwBQKwIAMMoAALBnAQBw5QQAwEQAANBiBADwnAkAcEQAAMBEAAAAMgoAIPcBAHD3AQDA9wEAEPgBAGD4AQCQ1wEA4NcBAODhBgBwDQAAUNMJABDoAgCQOAoAYNULALDVCwAA1gsAUNYLAKDWCwAAaAEAgOIBAICgAgCA4gEAgOIBANAKAgCQEwIAgOIBADD+CACAGQIAQAIJALCLAAAAjAAAYNsAABCEAgBQAAAAcNwIAMDcCABwRAAAEAgLAGAICwDQFQsAIBYLADC6CwCAugsA0LoLACC7CwBwDQAAQNcBAJDXAQDg1wEAMNgBAIDYAQAw0gcAgNIHAHANAADgYAoAgHQBAHBEAABA1wEAUGQKAKBkCgAwugsAgLoLANC6CwAguwsAUGQKAMAcAADw/woAQAALAJAACwBA1wEA0N4FAMAHCwAQCAsAUAQLAKAECwDwBAsAQAULAJAFCwDgBQsAQNcBANDeBQCAdAEAgHQBABB/DAAwfwUAcEQAAED8BAAAaAEA8AAAAOC+CwBwDQAAQNcBAFCBCwCg/woAAAAAAFD/CgBwRAAAsIYAAFAAAADgpgAAMKcAAFBEAgCgRAIA8EQCAGAIAQCwCAEA8GAJAEBhCQCQYQkA4GEJANB/AADwOgIAUIYGABBSBwAwygAA0BYAAOCmAAAwpwAAUEQCAKBEAgDwRAIAcEQAAEACCQAwcAoAsJ8KAACgCgBQoAoAoKAKAPCgCgBAoQoAwBwAAHANAAAAAAAAAAAAAAAAAACgbwQA8G8EAEBwBAAADgsAUA4LAKAOCwBwDQAAwA0AAIB0AQAQfwwAEAICAIB0AQDQdAEAcDMMAABoAQCQJAAAMMoAAID2AQDwOgIAoDoMAACMAABg2wAAEIQCAFCGBgCwiwAAkOsBAODrAQDABgIA0GIEAKBGCgDwRgoAUGQKAKBkCgCwZwEAcOUEAEACCQAwcAoAgKACAMAHCwAQCAsAYAgLANAVCwAgFgsAcBYLAMAWCwAQFwsAkNcBAODXAQAw2AEAgNgBACDDAwBwwwMAwMMDAEB1CQDwnAkA8G0GABBSBwDQ9QcAcEQAAEDXAQAAAAAAsIsAAACMAABg2wAAsNsAAAAAAAAAAAAAAAAAABAhCwCQ1wEAEGEHAGBhBwCwYQcAMJIBAJAkAACgmgEA8JoBAJCVAgCAoAIAYDoLALA6CwCAvwsA0L8LAKAIAgAAOwsAsL8DAAAAAABA1wEAsIYAAACHAABAHwoAkB8KAOAfCgAwIAoAgCAKANAgCgAgIQoAcCEKAACMAABg2wAAEIQCAJDrAQAw8QsAcEQAADDKAACwiwAAsIsAANAWAABA1wEAwAcLABAICwBgCAsAUAAAAKAAAADwAAAAsL8DAGA6CwCwOgsAsL8DAHBEAACgCAIAADsLALC/AwAAAAAAQNcBAMAHCwAwZAwAsGcBAFBIAwCgSAMA8EgDABAICwBgCAsA0HAKACBxCgBwcQoAwHEKABByCgBgcgoAsHIKAABzCgBQcwoAoHMKAJB+CgDgfgoAMH8KAIB/CgDQfwoAACsCADACCgBQhgYA0BYAAFAXAgBA/wsAAHADAFDvAQCg7wEA4OcAAODIAQDAqAUAkIsCANDVCQAg1gkAIIAAANAKAgAAowcAcA0AAMCTAQAAaAEAEOgCAFBIAwBQ7wEAcAMKAFCGBgBA1wEAUKYJAKCmCQBwRAAAQAIJADBwCgCAcAoAIN8FAHDfBQAQUQgAcEQAAGARAgDQ3gUAcOIHAEDXAQBQZAoAwBwAAPD/CgBAAAsAkAALALD4AQDQfwAA4OEGADDiBgCA4gYAoG8EAJCLAgDQ1QkAINYJAJDrAQDQfwAAIIAAAAAAAAAAAAAAAAAAAJDrAQAw8QsAkCQAACA1CgDQCgIAkBMCAJA4CgDg4QYAMOIGAMAIAAAQCQAAkC4KADBmCgCAZgoA0H8AAJAkAABwRAAAQAIJAHAICgBA1wEAkDgKAODhBgAw4gYAwAgAABAJAACQLgoAMGYKAIBmCgCgTAkA0H8AACCAAAAg5wcAwAgAABAJAACQLgoAMGYKAIBmCgCgTAkA0H8AACCAAAAg5wcAwAgAABAJAACQLgoAMGYKAIBmCgDwogMAAGgBAABtAQAAaAEAkDsHAJDcCwDg3AsAMN0LAIDdCwAAAAAAkNcBAODXAQAw2AEA0FsLACBcCwBA1wEAwAcLABAICwBgCAsAAPAKAAArAgAAAAAAQNcBAMAHCwAQCAsAYAgLAADwCgBQZAoAoGQKALBnAQBw5QQAQAIJADBwCgCQJAoA4CQKAHD9CgCQ1wEA4NcBADDYAQCgbwQAkIsCAOCLAgDgpgAAsIsAAEDTBQCAdAEAEH8MAFCGBgDQJAsAICULAHAlCwDAJQsAECYLAGAmCwDgKQoA0KUMACCmDAAgCwIAgBkCAED8BADQ3gUAcOIHALD4AQBgCAEAcA0AAMAHCwAQCAsAYAgLAADwCgCQJAoA4CQKAHD9CgCQ1wEA4NcBADDYAQBQZAoAoGQKALBnAQBw5QQAQAIJADBwCgAQAgIAEAICACB1CwBA1wEAkNcBAODXAQAw2AEAgNgBAKBMCQAAjAAAYNsAABCEAgCQ1wEA0AoCAACjBwBgCAEA0N4FABBiCwBQpgkAgOIBANAWAAAgFwAA0AoCAJATAgDQmQQAQNcBAODnAACwhgAAAIcAAFAZCgCgGQoA8BkKAEAaCgCQGgoA4BoKAKB3CwDwdwsAQHgLAJB4CwBQ/woAYLIBAMDKAQBwRAAAsIYAANAKAgCQEwIAAIsLAFAAAACgAAAA0MMCACDEAgBwxAIAwMQCAKBMCQCg4AsA0NgBACDZAQBw2QEAwNkBABDaAQAw4gEAQNcBADDSBwDwnAkAoG8EAPBvBABAcAQAUNMJAFAXAgCgFwIAAAAAAACLCwBQiwsAcGUMAJDXAQDg1wEAMNgBAKD2CQCQJAoA4CQKAHD9CgCAoAIAwGoMANAkCwAgJQsAgKACAKBMCQBA0wUAkNMFAED/CwAAcAMAwBwAAFCGBgCAoAIAsGcBAABoAQCQJAAAIDUKABCEAgCQlQIA4JUCAMAHCwAQCAsAYAgLAADwCgBQ8AoAMNIHAPCcCQBAnQkAkNcBAODXAQAw2AEAcBIKAMASCgCgTAkAAIwAAGDbAAAQhAIAgNgBACDDAwBwwwMAwMMDAAAzCQCg4AsAkA0NAOANDQAwDg0AgA4NAJAkCgCAdAEAEH8MANB/AAAwlwEAwBwAADDSBwCA0gcA0NIHADAUAgAAiwsAYLIBALCyAQAwkgEAIOcHAHADCgBA0wUAgPYBAPA6AgDQFgAAEOgCAABoAQCA4gEAkJUCAOCVAgDABwsAEAgLAGAICwAA8AoAUPAKADDSBwDwnAkAQJ0JAMBRAgAQUgIAMNgLAFCGBgCghgYA8DoCAFCGBgCw+AEA0N4FAND1BwCwiwAAAIwAAGDbAAAQhAIAUKkBAKCpAQCAdAEAEH8MAHBEAABAAgkAwAcLANB/AAAwlwEAYDoLALBnAQCQYwIAUIYGAEDXAQCQ1wEA4NcBADDYAQCA2AEAUGQKAKBkCgDgpgAA4KYAALCLAABwDQAAwJMBAJAkAACAeAwAUB0LAKAdCwDwHQsAQB4LAJAeCwAAiwsAUIsLAKCLCwBwpwsAQLQLAJC0CwDgtAsAMLULADAfCwCAHwsA0B8LAEDXAQBA1wEAgKACAGAIAQBgCAEAcHcEAPA6AgAAMgoAQNcBAMDKAQAQywEAYMsBALDLAQAAzAEAUMwBANAWAACwiwAAcEQAANCXAQBQhgYAUAAAAJA7BwBQhgYAcEQAANB/AADg4QYAQNcBAMAHCwAQCAsAYAgLAADwCgDwnAkAQJ0JAEDXAQCQ1wEA4NcBADDYAQCA2AEAUGQKAKBkCgDgpgAA4KYAALCLAABwDQAAwJMBAJAkAACAeAwAAIwAAJATAgAwygAAgPYBADCXAQCwiwAAAIwAAJATAgDABwsAEAgLAGAICwDgpgAAAKkBAFCpAQCgqQEAgHQBABB/DABwRAAAQAIJAMAHCwAQCAsAYAgLAJA4CgBg1QsAsNULAADWCwBQ1gsAoNYLAPDWCwBA1wsAkNcLAICgAgAAAAAAAAAAAJDXAQDg1wEAMNgBAHASCgDAEgoAoEwJAACMAABg2wAAEIQCADCXAQCAlwEA0JcBACCYAQBwmAEAwJgBABCZAQBwDQAAIPcBANAWAABA1wEAoEwJAACMAABg2wAAEIQCAHA5BgDAOQYAEDoGAGA6BgCwOgYAADsGAFA7BgCgOwYA0BYAAFCGBgCwsQcAAGgBAIDiAQCAoAIAoEwJAKDgCwDw4AsAQOELAJDhCwDg4QsAcA0AALA/AQDQfwAA0GsFAFAAAACAdAEAkOsBANDeBQDQCgIAACsCAFArAgBAfQsA4PIJADDzCQCA8wkAkMoJAODKCQCwiwAAAIwAAGDbAAAQhAIAcEQAAGARAgCwEQIAABICADDoCgBQhgYAsIsAADDoCgAA/wAAsIsAAACMAABg2wAAsPgBAAD5AQBQ+QEAoPkBAPD5AQCw+AEAkCQAAKCaAQDwmgEAkMoJAODKCQAAAAAAIKYCADDRCABgCAsAsCELAODXAQAw2AEAgNgBACD3AQAg9wEAsIsAANB/AAAw2AsA4KYAANAKAgCQEwIA0IoEAIAZAgBA/AQA0N4FAHDiBwCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBABBtAACAGQIAQPwEAFBIAwCQJAAAEGEHALCLAABQhgYAUIYGALCLAABQAAAAkDsHAJDcCwDg3AsAsIsAANAWAADgpgAAADIKALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAUAAAAFAAAACAdAEA8KIDAOCmAACQiwIAgBkCAED8BADQ3gUAcOIHAOCmAAAAqQEAgHgCAHAVDABAAgkAsD8BAFDdCQCg3QkAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBANAWAAAgFwAA4B4GAHBEAADQYgQAoEYKAMA4AgBwDQAAAG0BALCLAADQFgAAcEQAAOCmAAAAqQEAgHgCAKAqAwDwKgMAQCsDAJArAwDgKwMAMCwDAIAsAwCABwUA0AcFACAIBQBwCAUAwAgFABAJBQBgCQUAsAkFALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEAQAIJALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQBwRAAA0H8AALBnAQAAaAEAsIsAAACMAACAdAEA0H8AAIC7AAAAhwAAUBkKACDnBwBwAwoAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAPCiAwAAaAEAEOgCAHDlBABA/AQA0H8AAODhBgDwogMAYC8CANB/AACAGQIAQPwEANDeBQBw4gcAsIsAALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCAGQIA0H8AANB/AAAggAAAcIAAAMCAAAAQgQAAYIEAANAKAgCQEwIAcA0AAMANAADQ9QcA0AoCAOCmAACwiwAAkCQAAKCaAQDwmgEAkMoJAODKCQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAIDiAQAAuwgAULsIACCiAQBQhgYAkOsBAOCmAADgpgAAAKkBAIB4AgCgKgMA8CoDAEArAwCQKwMA4CsDADAsAwCALAMAgAcFANAHBQAgCAUAcAgFAMAIBQAQCQUAYAkFALAJBQCwZwEAkGMCAOBjAgAwZAIAgGQCANBkAgAgZQIAcA0AAMBRAgAQUgIAgBkCAEACCQCwiwAAsD8BAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBAOBBAQCwJwoAACgKALCLAACwPwEAkA0NAOANDQAwDg0AgA4NANAODQAgDw0AcA8NALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBALAnCgAAKAoA4KYAAACpAQBQqQEAoKkBAIB0AQAQfwwAcEQAAED8BADQ3gUAcOIHALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBALAnCgAAKAoAQPwEAJD8BADg/AQAMP0EAID9BADQ/QQAIP4EAGB8CgCwfAoAAH0KAFB9CgCgfQoA8H0KAEB+CgDgQQEAsCcKAAAoCgCwhgAAAIcAAFAZCgAg5wcAcAMKADB/BQAAKwIAUCsCAFCGBgCwsQcA0N4FALCLAACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBALAnCgAAKAoAcA0AAFBSAwCgUgMAEH8MALA/AQAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQDgQQEAsCcKAAAoCgAAcAMAUHADAKBwAwDwcAMAQHEDAJBxAwDgcQMAMHIDAIByAwDQcgMAIHMDAOBBAQCwJwoAACgKAJAkAACAdAEAADIKADDKAACA9gEAADIKAHANAABQUgMAoFIDABB/DACwPwEAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBALAnCgAAKAoAgHcDANB3AwAgeAMAcHgDAICgAgDARAAA0AoCAACjBwAwygAAQNcBAKBMCQCg4AsA0NgBACDZAQBw2QEAwNkBABDaAQAAAAAAQNcBADDSBwCA0gcAUE4CAICOCgDQjgoAII8KAHCPCgBQZAoAUDsLAKA7CwDwOwsAQDwLAJA8CwDgPAsAUGQKAFA7CwCgOwsA8DsLAEA8CwCQPAsA4DwLAKBMCQCg4AsA0NgBACDZAQBw2QEAwNkBABDaAQAAiwsAcGUMAJA4CgAQPwsAgLkHALCGAADQfwAAkDgKABA/CwCAuQcAsIYAANB/AADg4QYAQNcBAACLCwBwZQwAwGUMABBmDABgZgwAsGYMAABnDABQZwwAoGcMALCGAACAdAEAgHQBAEDXAQDgKQoAMCoKAIAqCgDQKgoAcJkKAJAkAADgJAAAAIwAAICCDAAAaAEAgOIBAEDXAQBQpgkAcOUEAEACCQCQAgkAcA0AALCLAACQJAAAcEQAAEDXAQCgbwQA8G8EAEBwBABwFQwAwBUMABAWDABgFgwAsGcBAIDiAQAg5wcAcOcHAEDXAQCgbwQA8G8EAEBwBABwFQwAwBUMABAWDABgFgwAgLsAAHANAADAHAAAUIYGAEDXAQCQ6wEAADIKAICgAgBgsgEAwGUMAPBMCQBQhgYAQNcBANDeBQCQJAAAQNcBAFCmCQCgpgkA0BYAALCLAAAAjAAAQNcBAKBMCQCg4AsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBAFBkCgBwpwsAwKcLAGBSAgCwUgIAQNcBAMAHCwDQYgQAoEYKAPBGCgBARwoAAIsLAFCLCwCQOAoAkOsBANDeBQBAgQIA0CcIAKBMCQCg4AsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBADDKAACA9gEAMJcBAEDXAQDABwsAMGQMABBFAABAAwMAMCoKANAKAgCQEwIAUE4CAHBEAABA1wEAoG8EAJCLAgBAhgwAkIYMAOCGDADQ3gUAkCQAAEDXAQDABwsAMGQMABBFAACQ1wEAIDUKAIB0AQCAdAEA0HQBADDKAACwZwEAAGgBAIDiAQBA1wEAoEwJAKDgCwAAQAEAUEABAKBAAQDwQAEAQEEBAJBBAQCwhgAA0AoCAICCDAAAaAEAgOIBAEDXAQCQLgoA4C4KADDYCwBQhgYAgHQBAPCiAwAAaAEAgOIBAEDXAQDQ3gUAkCQAAEDXAQDABwsAMGQMABBFAAAAlAwAUJQMAKCUDADwlAwAQJUMAJCVDADglQwAMJYMAICWDADQlgwAIJcMAHCXDADAlwwAIPcBAHD3AQDQzgsAMNgLACAXAAAQMAEAwEQAABBFAADwxwsAQNcBAKBMCQCg4AsAAEABAFBAAQCgQAEA8EABAEBBAQCQQQEA4EEBANDeBQDgpgAA4KYAAEBWBQCQVgUA4FYFADBXBQDQmQQA8GQKAEBlCgCQZQoA4GUKAICgAgAAAAAAAAAAAAAAAABA1wEAUNMJAADkDABQ5AwAoOQMAFCmCQCgpgkAQMcMAJDHDADgxwwAMMgMAIDIDACQOAoAMGAGAFCGBgAAMgoA0H8AAPA6AgDQFgAAQNcBAJA4CgAwYAYAUIYGAJAkCgDQFgAAAOQMAFDkDACg5AwAUKYJAKCmCQBAxwwAkMcMAODHDAAwyAwAgMgMAJA4CgAwYAYAUIYGAHANAADAUQIAEFICAODhBgAw4gYAgOIBAAC7CABgCAEAQNcBAFCmCQCgpgkAQMcMAJDHDADgxwwAMMgMAIDIDACQ6wEA4OsBAKB4BQBQzQoAgHQBABB/DABQpgkAoKYJAEDHDACQxwwA4McMADDIDADQ4gEAQNcBAIDiAQAAuwgAULsIAFDTCQAA5AwAUOQMAKDkDABQpgkAoKYJAEDHDACQxwwA4McMADDIDACAyAwAUAAAAIAzAQDQMwEAQIECALBnAQBQhgYAsIsAAACMAACg8QkAwFECANBiBACgRgoAgBkCAEACCQCA4gEAADIKAICgAgCAdwMA0HcDACB4AwBweAMAMMoAALBnAQBw5QQAwEQAAEDXAQCgTAkAoOALAABAAQBQQAEAoEABAPBAAQBAQQEAkEEBACD3AQBw9wEAwAcLABAmCwBQhwoAMNIHAIDSBwAAjAAA8JwJAECdCQBA1wEAkCQKAOAkCgBw/QoAUAAAAGAIAQBA1wEAoEwJAACMAABg2wAAAAAAABCEAgDQqwsAwBMEAHB3BAAw2AsAUIYGAEDXAQCQ1wEA4NcBADDYAQCA2AEAMMoAALBnAQBw5QQAwEQAAEDXAQCgTAkAoOALAIBcCgDQXAoAwOUEAKBvBADwbwQAcOgLAFAeCgCgHgoAoB4KAAAnCwAwkgEAkP4HAOD+BwAw/wcAwJMLABCUCwBQAAAAgDMBANAzAQCwWQoAAFoKAFBaCgCgWgoAQNcBAKBvBADwbwQA0KsLACCsCwBwrAsAwKwLABCtCwBgrQsA8KIDAHCZCgDAmQoAMH8FAAAyCgDgpgAAMKcAAIDiAQDQ4gEA0H8AADBkDAAQRQAA8McLAEDICwCQOAoA4DgKADA5CgDABwsAEAgLAGAICwCwIQsA4NcBADDYAQBwEgoAwBIKABAmCwBQhwoAUGQKAMAcAACwiwAAwAcLADBkDAAQRQAAkNcBAIB4DADQeAwAIHkMAHB5DABQZAoAcKcLAMCnCwBgUgIAsFICAEDXAQDABwsA0GIEAKBGCgDwRgoAMNIHAIDSBwAAiwsA0AoCAPCcCQBAnQkAQNcBAGAIAQBwdwQAQIECANAnCAAgNQoA0AoCAEDXAQBgCAEAsAgBANAKAgCQEwIAUKYJAKCmCQCQJAAAIDUKANAKAgBgCAEAcHcEAIAZAgBA/AQA0N4FALCLAAAwfwUAQFYFAHBEAABA/AQA0N4FAHDiBwBA1wEAkNcBAODXAQAw2AEAgNgBAJDXAQAgNQoA0AoCAEDXAQDABwsA0H8AADCXAQAwZAwAEEUAAPDHCwBAyAsAkMgLAIDJCwDQyQsAIMoLAJDXAQDg1wEAMNgBANBbCwAgXAsAQNcBAMAHCwAQCAsAYAgLAFCjAgDAggMAYM0JALDNCQAAzgkAUM4JAKDOCQDwzgkAQM8JAJDPCQAAQwMAUEMDANCrCwAgrAsAkJACAOCQAgAQfwwAgJcBAOA6DQAwOw0AwFECAAAyCgAAMgoAEJQBAFBhDQBATQ4AUIYGAHA6AACAOw0A0DsNAFBhDQAgIw0A8EYAABCgDgBATQ4AUIYGAEBNDgBATQ4AUIYGAFBhDQDgSA4AQE0OABCgDgCA4gEAEB0AAAD/AAAQoA4AAP8AAFBcDQBQXA0AUIYGALCLAAAAHgAAAP8AACC8AADQmQQAIB4NACAeDQBATQ4A0JkEAEBNDgDw/woA8D4NAEA/DQAwqQ0A4DoNADA7DQCw4g0AEKAOAMAIAABQYQ0A8D4NAEA/DQAA/wAA8DQNANArDgAgLA4AIHMNAIDiAQBQXA0AwF8NABBgDQDgOg0AMDsNAHDhDQBgCAEAcGUMAFBcDQBQOQ0AUFwNAHDiBwAwqQ0AUGENABD7DQBATQ4AwAgAAMAIAADgSQ0AMEoNAIBKDQAQoA4AcA0AAFCGBgAg5wcAUIYGAOBJDQAwSg0AsHkNAAD/AADgSQ0AMEoNALB5DQAQHQAA4DoNADA7DQDwFwIAQNcBAIDfCQBQYQ0AgKACAHBEAABQXA0AkGMCAFCGBgBQYQ0AEAwCAPA+DQBAPw0AUFwNAFA+DQCgPg0A8D4NALAZDgDwPg0AsBkOAEAlDgBQXA0AkE4NANBKDQAgSw0A8DQNANBKDQAAAAAAQNcBAOBJDQAwSg0A4EkNADBKDQDgSQ0AMEoNAJA/DQAwqQ0AoIgOAPCIDgAQAgIAUD4NAPA0DQDwPg0AQD8NABACAgBQhgYAQNcBABCgDgBA1wEAMIoOAIBFDQBQXA0AUGENAFBhDQCwvwMAsL8DALC/AwCAoAIA4OEGADDxCwAA+AcAMPELAGAWDABgFgwAcEQAACCUCgCwIw4A4OcAAHANAABwDQAA8FINADDKAADg5wAAUFwNAHANAAAwygAAUFwNAFBcDQBQXA0AUFwNAFBcDQDwNA0A8DQNAFBcDQBQXA0AUFwNAFBcDQBQXA0AUFwNAPA0DQDwNA0A8DQNAFBcDQBQXA0AUFwNAPA0DQDwNA0AkFgNAPA0DQDwNA0AUFwNANAKAgCQ/gcAQNcBAHANAABwDQAAUFwNAFBcDQCAdAEAUFwNAOBJDQAwSg0AgKACAFBhDQAQoA4AcA0AAIBeDQBA1wEAMM8KAMAcAAAAMgoAIOcHANAWAABQhgYAoFIIAFCGBgAwMA4AUGENAIB2DgBQXA0AcA0AAGA5AgAwygAAMMoAADDKAAAQoA4AMMoAAMAVAgCwSw4AwEUOABBGDgBgZQ0AEKAOAFAAAADQFgAAsIsAACAjDQAAMgoAQBYOAFAAAACwSw4AwAgAAMAIAADACAAAgOUNAFBhDQAgIw0AwFECAAAyCgDgbA0AsEcDAJAwAwBQ9w0AEMkIAGCgDgAwYAYA8DQNANArDgAgLA4AwC0DAOBJDQAwSg0AsHkNAAB6DQDwNA0AEKAOAHByBADQpA0A8DQNAFBcDQBQXA0A4EkNADBKDQBQXA0AwF8NABBgDQDADQAAUGENACAjDQAQoA4AQNcBAFBhDQBQXA0AwF8NABBgDQBA1wEAgHEEAIAIDgCAWAkAEKAOAND9BAAQoA4AEJIIAPCJDQBQYQ0AEHQNAHBEAAAQoA4AwFECABB/DABQYQ0A4EgOAODnAACACA4AYKAOAFBcDQDAXw0AYKAOAFBcDQDQpA0A4GEJAHCoAADwNA0A0CsOACAsDgDgSQ0AgCYOAFD/CgAA4w0AICMNAHANAAAA/wAAcHgNAODfDQBwRAAAcEQAAPA0DQDQKw4AICwOABB0DQBwRAAAcEQAAHBEAABwRAAAwC0NAACEDQBQhwoAoIkNAFBhDQBQXA0AwF8NABBgDQAgjA0AYJYEACAjDQDQ3wkAYKAOAFBcDQBgoA4AUFwNAFCYDQCgmA0A8JgNALCLAADgcQ0AMHINAIByDQDQcg0AAOgNAFCYDQCgmA0A8JgNAMAtDQBwJwQA8DQNANArDgAgLA4AEHQNAFDjCAAQoA4AwFECAAAyCgAQoA4AgAgOACAjDQCwvwMA0CwDAEACCQBQXA0AwF8NABBgDQDwiQ0AAB4AAPA0DQDQKw4AICwOABCgDgCAoAIAEHQNAHDYBwBwRAAAcEQAAMCWDQAQlw0AYJcNAND9BADAlg0AUFwNAKA4DgDwNA0AYKAOAFBcDQDAXw0AYKAOABB/DABA1wEAUFwNAMBfDQAQYA0AkGUFAFBhDQDgSA4AEKAOABA2CgBQYQ0AEKAOAHArBQBQXA0A8DQNAGCgDgDwPg0AQD8NAFCGBgBA5A0AUJgNAKCYDQDwmA0AUFwNAMBfDQAQYA0A4GwNAMBRAgAQfwwAUFwNAHBsCgAQoA4AEH8MAEDXAQCgGg4AUIYGAECBAgBQXA0AwF8NABBgDQDALQ0AAP8AAFBhDQAQoA4AECYLACAjDQCg8QkA8DQNAFBcDQDwNA0AUFwNAGCgDgBgoA4AYKAOAFBcDQBQXA0AUFwNAMBfDQAQYA0AUFwNAPBcDQBgpQ4AUGENAGClDgDAlg0AUFwNAPA0DQDQKw4AICwOAPA0DQDQKw4AICwOABCgDgCAMA4AcAgKABCgDgAQfwwAEKAOAFB8BgAgIw0AQNcBANCZBAAA/wAAEKAOABCgDgDAUQIAEKAOAMBRAgAQoA4AwFECAGCgDgBQXA0AwF8NABBgDQAQfwwAUFwNAMBfDQAQYA0AUGENAAAAAADgSA4AUIcKAPA0DQDQKw4AICwOAICFDgAQoA4AsEsOAHBEAABQXA0AwF8NABBgDQBQYQ0AUGENAFBcDQDAXw0AEGANADBgBgCgLg4A8C4OALB5DQAAMgoAEH8MAFBhDQAQoA4AQBYOAHBVCADALQ0AEKAOAHDiBwAwqQ0A4EkNADBKDQDwPg0AQD8NAPA0DQDQKw4AICwOAHBEAABQYQ0AEKAOAIAsAwBQXA0AUFwNAMBfDQAQYA0AUIYGAAAeAABQXA0A4CUOAFBcDQDAXw0AEGANAACSDgAAAAAA8DQNANArDgAgLA4AUGENABB0DQAgIw0AUGENABDoBwCACA4AICMNAAAJAQAAAAAAEKAOAIAIDgAgIw0AAAkBAEDQDQDwNA0A0CsOACAsDgBALw4A8FwNABCgDgBw4gcAUFwNAMBfDQAQYA0AEKAOAAAyCgBgCg4AQNcBAPDZDQBQXA0A4OcAAOB3BwBwRAAAgHYOAAAyCgDQmQQAEKAOAACMAABAGw4AcEQAAICkDQBA1wEAQNcBAFBhDQCweQ0AAP8AADCpDQBA1wEAcOENAHDlBAAQdA0AgKQNAABoAQBA0A0AkNANAFCGBgAAAAAAAAAAAAAAAAAQoA4AgAgOAAAAAAAAAAAAAAAAAHDhDQAA/wAAEKAOALBLDgCACA4AUIYGAFBcDQDQpA0A0KQNAFBcDQDwXA0AkJUCAKCXDgDQKw4AICwOABB0DQBQXA0A8FwNALC/AwDwNA0AsL8DALCLAABwRAAAgGAGABCgDgDQfwAAgGAGAGCgDgBQ7Q0AgKQNAOBJDQAwSg0AkD8NABB0DQAQoA4AADIKAFBcDQAQoA4AgCwDAEDXAQBQYQ0AgCwDAFBcDQDAXw0AEGANAPDyDQBA8w0AsL8DALC/AwAQoA4AgCwDAIAsAwCAcQQAoBoOACAjDQAAAAAAEKAOABCgDgCwiwAAgDAOAEDXAQAQoA4AEPsNAMAIAABQFQkAgOIBACD/DQBw/w0AUAAAAFAAAADQ/QQAUGENAEDXAQAQoA4AEKAOANAWAADwNA0A0CsOACAsDgBgoQ0AEDYKAMAtAwBQXA0AwF8NABBgDQAAiwsA4EkNAIAmDgAAGg4AEPsNAHDiBwAQ+w0AEPsNAFCGBgDQFgAA4EkNAIAmDgAwSg0A8DQNAFBhDQAQ+w0AYPsNALD7DQAQBQ4AoCkOAFBcDQCALAMAUGENABABCACgBwgAAAAAABDnDQBg5w0AAAAAAAAAAABQEQgAQLAFABA2CgBQYQ0AEKAOABCgDgBAGw4AcEQAAFBhDQAQoA4AcGUMAFBhDQAA/wAAQNcBAFBcDQDAXw0AEGANABCgDgBA1wEAEKAOAEDXAQAQoA4AAP8AABCgDgAA/wAAQNcBABCgDgDACAAAEKAOAMAIAACAMA4AcOIHABCgDgCAoAIAAAAAAAAyCgBQXA0AwF8NABBgDQAQoA4AcGUMAAD/AAAgIw0AcA0AAHANAAAgIw0AEH8MAIAwDgCAoAIA8DQNANArDgAgLA4AUFwNAMBfDQAQYA0AQNcBAJATAgAQoA4AQNcBABCgDgBQYQ0A0AgOAEDXAQBA1wEA0JkEACAoCABQYQ0AwAgAABCgDgAQoA4AQNcBAPA+DQBAPw0AsHkNAHBlDADQXAoAUGENAHBEAABAgQIAcEQAAFBcDQDAXw0AEGANAFBhDQDAIg4AUIYGAAAyCgCgWgoAgKACAIBnDgCAJg4AkJsBAEDXAQBwDQAAAAAAAKDxCQAAAAAAsBkOADAhDgCAIQ4A0CEOABCgDgBQXA0AwF8NABBgDQBA1wEAwAgAALC/AwCwvwMAQH0LAEDXAQDwNA0AQNcBAFBhDQCAoAIAUGENADDwAgCwSw4AsEsOAACLCwBQYQ0AEKAOAEDXAQDgSQ0AMEoNAFBcDQDAXw0AEGANAFBcDQBA1wEAUIYGABCgDgBQhgYAICIOAAAACgBw4gcAwAgAAADAAwCwfQ4AwOgLAODnAAAQoA4A8D4NAEA/DQBwYgoAgGcOAPCmCQBA1wEAIDYOAEDXAQDwpgkAwE8OAMA2DgDQfwoAYLIBAPA0DQDQKw4AICwOAEDXAQAQoA4AEKAOAFBcDQDAUQIAwFECAFBcDQBQXA0AUIYGAPBDDQBARA0AwDsOAMBQDQDwNA0AUFwNAPBcDQAg4wEAkDgKAMCTAQDQSg0A8DQNAGDoAgBgsgEAgHEEAFCyBwDA3wUAgOIBAHBEAABwiwQAUIYGABCgDgAQfwwAkGEOADDPCgCwIAIAMM8KALAgAgCwGwIAgFgJAGCgDgCAggIAEKAOAMAIAABA1wEAEFENAMAcAABg6AIAMIoOAEDXAQBQYQ0AUFwNAJCVAgDATw4AwDYOAHC7CwDgSQ0AMEoNAHC7CwBA1wEAkCQAAJAkAACA4gEAsPgBACAeDQDgTQ4AoP8KADDoCgDgSA4AQNcBABCgDgBA1wEAgHAKADA/DgBQ/woAQNcBAEDXAQBA1wEA8A4LACB1AQAgNQoA0BYAAFBcDQCA4gEAQEcKAFBhDQBA1wEAQNcBAMBPDgDANg4AEKAOAOBJDQAwSg0AsHkNAECdCQBA1wEAQNcBAEDXAQBgIQsAcA0AAPA+DQBQYQ0AML8LABBfDgAgwAsAYF8OADCpDQCQKg4AUFwNAPBcDQDATw4AAPAKACAeDQAwqQ0AEF8OADCpDQBgXw4AMKkNAMBPDgDANg4AkDkOAFAAAAAQUgcAcEQAAABIDQBwDQAAQNcBAPCmCQDANg4AQNcBAAAaDgAAKwIAQNcBAEDXAQBA1wEAEKAOANBmCgDQZgoA0GYKANBmCgCA4gEAgOIBANDdCwBA1wEA4EkNAABlDgDATw4AgKACAEDXAQDATw4AUPAKAEDXAQBATQ4AIFQOAOBJDQBwVA4AQNcBAHBZDgDAWQ4AAIMOABBaDgBA1wEAQNcBAMBPDgBQ8AoAQE0OACBUDgDgSQ0AcFQOAEDXAQAgdQsAYG4OAOBJDQAwSg0AUFwNAPBcDQBA1wEAgGcOAEB9CwBAfQsAACkOAKBvDgCgKQ4AsLIBAHBkDQDQSg0AAE0NAECdCQBwFQwA8BcCAOBJDQDwHw4AQE0OAFBhDQBwWQ4AUGENABCgDgBQYQ0AkJUCAFBcDQDATw4AgKACAOBJDQCAJg4AQCUOAHCBDgBQXA0A4CUOAICgAgAwSg0AsHkNAEACCQAQoA4AgBQCAFAAAADATw4AgKACAHBEAABQXA0AUIYGAEDXAQDgSQ0AMEoNANB4DACgiwsAgKACAICgAgAwkgEAMJIBADCSAQAwkgEAgKACAFBhDQAwkgEAQNcBAEDXAQBA1wEAAAAAAAAAAADATw4AgKACAOBJDQAwSg0A0HgMABCgDgBA1wEAEKAOAMBPDgAQoA4AwE8OADCKDgBQYQ0AQNcBAEDXAQDgSQ0AgCYOADBODgBQXA0AwF8NAFA+DQBw9wEA4E0OANCKDgAgiw4AcIsOAMCLDgBQXA0A8FwNAPA7BgBQYQ0AQI4OAICgAgAQfwwAUIYGAGAeDgCwGQ4AQCUOAFD/CgBQXA0A4CUOAFD/CgAA/wAA4EgOAAD/AADgSA4A8D4NALAZDgAA/wAAQNcBAMBPDgDANg4A4EkNADBKDQBw9wEAUGENAFBhDQBw9wEA8DQNAPA0DQDwNA0AUJgNAPA0DQDwNA0A8DQNAPA0DQDwPg0AsBkOAPA0DQBQmA0A8DQNAMAsDgDwNA0AwCwOAPA0DQDALA4AoDgOAMAsDgDwNA0AwCwOAPA0DQDALA4AoHANAMAsDgDwNA0AwCwOAOBxDQAwcg0AgEoNAEDXAQBA1wEAgKACAFBhDQDQFgAA0EoNABA8DgCwXw4AsF8OANBKDQAgSw0A4OEGAFChDgCAoAIAgKACAHANAABwDQAA4GcNAFBhDQCwsgEA8DQNABCgDgCgiwsAEKAOAPA0DQAgIw0AEKAOACAjDQDwNA0A0CsOACAjDQDwpg4AQKcOAPA0DQCAoAIAMDUOAFBhDQBA1wEAQNcBAEDXAQAgrg4AQNcBAEDXAQBA1wEAIK4OAEDXAQCA4gYAIK4OABCgDgCAyAwAQNcBAEDXAQAgrg4AUGENAOBxDQAwcg0AgHINAPA0DQDgQQEAQE0OACBUDgBA1wEAUFwNAPBcDQDgSQ0AMEoNALB5DQDA6AsA8B4KAHB3DgCwfQ4AEH8MABCgDgDg4QYAgIUOACAxDgDATw4AwDYOAOBJDQCAJg4AQCUOABCgDgAgIw0AQEcKANAWAAAQoA4AcOIHAOBJDQAwSg0AsHkNAGA6CwCAhQ4AIIYOAOBJDQAAZQ4AwE8OAADwCgAQoA4A","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAAAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAMAAAABAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAACAAQAAAAAAAIABAACAAAAAgAEAAAABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAACAAAAANABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAACAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAACAAAAANABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAACAAAAANABAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAANAAAAAAAMAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAANAAAAAAAMAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAACAAAAANABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAACAAAAANABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAANAAAAAAAMAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAACAAAAANABAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAACAAAAANABAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAgAAAADQAQAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAACBAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAoAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAACAAAAANABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAABAAAAACAAAAAAACAAAAANQBAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgACAAAAAAAAAAABAAAIAAAAAAIAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAAAQCAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEIAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAANAAAAAAAMAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAIAAAAAAAAAEAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAgAAAAIAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAIAAAAEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAACAAAAIAAAAA0AEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAABAAAAAAAAAkAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAEAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAIAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAiAAAAANABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAgAA0AEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAEAAAAAAAAAAAAAAQAAgAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAABAACAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAADAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQBAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAMAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAgAAAADQAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAA0AAAAAAAwAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAEAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAA0AAAAAAAwAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAACAAAAANABAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAEAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAIAAAAA0AEAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAEAAAAAAAAAAAAAAAAADQAAAAAADAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAA"},"index":{"lists":[[69,71,72,73],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,45,50,51,53,54,55,56,57,58,59,60,64,65,66,67,69,71,72,73,77,78,96,99,100,102,113,114,115,116,117,126,135,136,140,143,149,150,157,159,160,161,162,164,166,167,169,172,173,174,175,189],[1,2,4,7,24,25,26,27,30,31,32,33,36,37,38,39,40,41,45,46,50,51,53,54,55,56,57,58,59,60,63,64,65,66,67,69,71,72,73,77,78,96,99,100,102,113,114,115,116,117,126,135,136,137,140,143,149,150,157,159,160,161,162,164,166,167,169,172,173,174,175,178,179,180,189],[43,62,69,71,72,73,142,178,195],[69,71,72,73,87,88,89,181,182,183,184,185,186,187],[42,44,69,71,72,73],[69,71,72,73,169,188],[69,71,72,73,77,78,94,95,169,174,175],[69,71,72,73,87,88,89],[41,48,56,57,69,71,72,73,87,88,89,90,107,116,117,118,122,129,131,136,138,139,140,148,154,155,156,163,189],[18,19,69,71,72,73,76,121,132],[69,71,72,73,91,201],[6,69,71,72,73],[1,7,69,71,72,73,87,88,89,123,157,161,162,189],[9,69,71,72,73,87,88,89,93,157,161,162,189],[27,69,71,72,73,87,88,89,143,157,161,162,173,189],[69,71,72,73,87,88,89,157,161,162,177,189],[0,2,4,5,16,17,20,21,66,69,71,72,73,87,88,89,110,120,143,145,157,158,161,162,165,168,170,189,190,193,196,197,200,202],[3,8,11,16,20,21,23,29,32,33,49,52,67,68,69,71,72,73,74,80,81,87,88,89,92,97,100,103,110,119,125,127,128,133,143,144,152,157,161,162,189,198,203],[69,71,72,73,87,88,89,157,161,162,189],[69,71,72,73,87,88,89,157,161,162,189,194],[65,69,71,72,73,87,88,89,157,161,162,179,189,191,192],[60,68,69,71,72,73,75,79,87,88,89,112,146,157,161,162,179,189],[10,29,69,71,72,73,74,82,87,88,89,102,103,124,157,161,162,189],[4,22,47,69,71,72,73,87,88,89,157,161,162,189],[10,35,69,71,72,73,87,88,89,102,157,161,162,189],[12,13,28,39,69,71,72,73,87,88,89,98,104,105,106,108,109,111,130,134,135,151,153,157,161,162,171,176,189],[7,69,70,71,72,73,87,88,89,157,161,162,189],[10,69,71,72,73,87,88,89,157,161,162,189],[69,71,72,73,83,84,85,86,101,147,199],[45,69,71,72,73],[14,15,69,71,72,73,87,88,89,157,161,162,189],[24,69,71,72,73],[25,26,30,31,69,71,72,73],[34,38,69,71,72,73],[37,69,71,72,73],[37,53,69,71,72,73],[40,69,71,72,73,164],[53,59,69,71,72,73,180],[53,69,71,72,73],[58,64,69,71,72,73,164,180],[61,69,71,72,73,141],[69,71,72,73,164],[69,71,72,73,180],[55,69,71,72,73,167],[55,69,71,72,73,167,178],[55,69,71,72,73,149,150,167],[55,69,71,72,73,167,169],[55,69,71,72,73,77,78,167,169,174,175],[55,63,69,71,72,73,149,150,167],[41,46,50,51,54,55,56,57,69,71,72,73,116,117,126,136,137,140,149,150,167,189],[1,7,55,69,71,72,73,149,150,157,159,160,161,162,167,172,189],[55,69,71,72,73,149,150,157,159,160,161,162,167,189],[27,55,69,71,72,73,143,149,150,157,159,160,161,162,167,173,189],[2,4,55,66,69,71,72,73,143,149,150,157,159,160,161,162,166,167,189],[32,33,55,67,69,71,72,73,96,100,143,149,150,157,159,160,161,162,167,189],[55,65,69,71,72,73,149,150,157,159,160,161,162,167,179,189],[55,60,69,71,72,73,149,150,157,159,160,161,162,167,179,189],[55,69,71,72,73,102,149,150,157,159,160,161,162,167,189],[4,55,69,71,72,73,149,150,157,159,160,161,162,167,189],[55,69,71,72,73,96,99,102,149,150,157,159,160,161,162,167,189],[39,55,69,71,72,73,96,135,149,150,157,159,160,161,162,167,189],[7,55,69,71,72,73,149,150,157,159,160,161,162,167,189],[45,55,69,71,72,73,167],[55,69,71,72,73,149,150,157,161,162,167,189],[24,55,69,71,72,73,167],[25,26,30,31,55,69,71,72,73,167],[38,55,69,71,72,73,167],[36,37,55,69,71,72,73,167],[37,55,69,71,72,73,167],[37,53,55,69,71,72,73,167],[40,55,69,71,72,73,113,164,167],[53,55,59,69,71,72,73,115,167,180],[53,55,69,71,72,73,167],[55,58,64,69,71,72,73,164,167,180],[55,69,71,72,73,114,167],[55,69,71,72,73,115,167],[55,69,71,72,73,164,167],[55,69,71,72,73,167,180]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,19,19,19,19,20,21,22,23,19,24,25,26,27,19,19,28,19,19,29,0,0,30,31,0,13,14,15,16,17,18,19,19,19,19,19,19,20,21,22,23,19,24,25,26,27,19,19,28,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,35],[10003,36],[8595,35],[10008,37],[10004,38],[8730,39],[10006,40],[8505,41],[9762,0],[9888,0],[8617,0],[10007,42],[10060,42],[9654,43],[65123,43]],"plainDefault":0,"spaced":[44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,44,45,46,44,44,44,44,44,44,47,44,48,49,44,50,50,50,50,50,50,50,50,50,50,44,44,44,44,44,44,44,51,52,53,52,54,55,52,52,52,52,52,52,52,56,57,58,52,59,60,61,62,52,52,52,52,52,44,44,44,63,64,44,51,52,53,52,54,55,52,52,52,52,52,52,52,56,57,58,52,59,60,61,62,52,52,52,52,52,44,44,44,44,44],"spacedOther":[[160,44],[5760,44],[8192,44],[8193,44],[8194,44],[8195,44],[8196,44],[8197,44],[8198,44],[8199,44],[8200,44],[8201,44],[8202,44],[8232,44],[8233,44],[8239,44],[8287,44],[12288,44],[65279,44],[9676,65],[9679,66],[9135,67],[215,68],[10095,69],[10003,70],[8595,69],[10008,71],[10004,72],[8730,73],[10006,74],[8505,44],[9762,75],[9888,75],[8617,76],[10007,77],[10060,77],[9654,78],[65123,78]],"spacedDefault":44,"blank":44}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: |^(?:PASS|FAIL) \\\\S/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,}|^\\\\s*Test Files\\\\s/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$|^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|in a \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook)/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[50,51,52,53],[15,16,17,19,20,21,22,24,25,26,27,28,32,35,36,38,39,40,41,42,43,44,46,47,48,49,50,51,52,53,57,58,70,71,72,73,79,80,81,82,83,91],[15,16,17,19,20,21,22,24,25,26,27,28,32,33,35,36,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,57,58,70,71,72,73,79,80,81,82,83,91],[30,45,50,51,52,53],[50,51,52,53,64,65,66],[29,31,50,51,52,53],[50,51,52,53,57,58,68,69],[28,34,41,42,50,51,52,53,64,65,66,67,75,82,83,84,87,92],[9,10,50,51,52,53,56,87],[50,51,52,53,67],[50,51,52,53,64,65,66,88],[1,50,51,52,53,64,65,66,67],[7,8,11,12,48,50,51,52,53,64,65,66,78,86],[0,3,7,11,12,14,18,21,22,34,37,49,50,51,52,53,54,60,61,64,65,66,67,72,73,78,85,90,92],[50,51,52,53,55,64,65,66,78],[2,18,50,51,52,53,54,61,64,65,66,73,89],[13,33,50,51,52,53,64,65,66],[2,50,51,52,53,64,65,66,73],[4,18,26,50,51,52,53,64,65,66,73,74,76,77,78],[2,50,51,52,53,64,65,66],[50,51,52,53,62,63,72],[32,50,51,52,53],[5,6,50,51,52,53,64,65,66],[17,50,51,52,53,64,65,66],[50,51,52,53,64,65,66,71],[47,50,51,52,53,64,65,66],[44,49,50,51,52,53,59,64,65,66],[23,50,51,52,53,64,65,66],[15,50,51,52,53],[16,17,19,20,50,51,52,53],[22,26,50,51,52,53],[25,50,51,52,53],[25,38,50,51,52,53],[27,50,51,52,53],[38,44,50,51,52,53],[38,50,51,52,53],[43,46,50,51,52,53],[45,50,51,52,53],[40,50,51,52,53],[40,45,50,51,52,53],[40,50,51,52,53,57,58],[28,33,35,36,39,40,41,42,50,51,52,53,82,83,91],[40,48,50,51,52,53],[21,22,40,49,50,51,52,53,70,72,73],[40,50,51,52,53,73],[33,40,50,51,52,53],[40,50,51,52,53,70,71,73],[26,40,50,51,52,53,70,73],[40,50,51,52,53,72],[32,40,50,51,52,53],[17,40,50,51,52,53],[40,50,51,52,53,71],[40,47,50,51,52,53],[40,44,49,50,51,52,53],[15,40,50,51,52,53],[16,17,19,20,40,50,51,52,53],[22,26,40,50,51,52,53],[24,25,40,50,51,52,53],[25,40,50,51,52,53],[25,38,40,50,51,52,53],[27,40,50,51,52,53,79],[38,40,44,50,51,52,53,81],[38,40,50,51,52,53],[40,43,46,50,51,52,53],[40,50,51,52,53,80],[40,50,51,52,53,81]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,4,12,13,4,4,4,4,4,4,4,4,14,15,4,16,17,18,4,4,4,19,4,4,20,0,0,21,22,0,4,4,23,4,4,24,4,4,4,4,4,4,4,25,26,4,4,4,27,24,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,28],[9679,29],[9135,30],[215,31],[10095,31],[10003,32],[8595,31],[10008,33],[10004,34],[8730,35],[10006,36],[8505,37],[9762,0],[9888,0],[8617,0]],"plainDefault":0,"spaced":[38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,38,39,38,38,38,38,38,38,38,38,38,40,39,38,41,41,41,41,41,41,41,41,41,41,38,38,38,38,38,38,38,38,38,38,38,42,43,38,38,38,38,38,38,38,38,38,44,38,45,46,47,38,38,38,38,38,38,48,38,38,49,38,38,38,38,50,38,38,51,38,38,38,38,38,38,38,52,53,38,38,38,38,51,38,38,38,38,38,38,38,38,38,38,38],"spacedOther":[[160,38],[5760,38],[8192,38],[8193,38],[8194,38],[8195,38],[8196,38],[8197,38],[8198,38],[8199,38],[8200,38],[8201,38],[8202,38],[8232,38],[8233,38],[8239,38],[8287,38],[12288,38],[65279,38],[9676,54],[9679,55],[9135,56],[215,57],[10095,58],[10003,59],[8595,58],[10008,60],[10004,61],[8730,62],[10006,63],[8505,39],[9762,64],[9888,64],[8617,65]],"spacedDefault":38,"blank":38}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,5,9],[4,5,6,9],[10],[5,7,8,9,14,18,19,20],[1],[2,11,16],[12],[0,3,4,17],[13],[15],[5,6,9],[4]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,0,0,6,0,0,0,0,0,0,0,0,7,0,0,0,0,8,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,11,11,11,11,11,11,11,11,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
  /** The line of a spec suite's `✖` over a failing `✖`: a parent unless it prints a failure of its own. */
  specParentAt = 0;
  /** Suites made parents by the spec reporter's nesting alone, until a line of their own says otherwise. */
  specParents = /* @__PURE__ */ new WeakSet();
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
