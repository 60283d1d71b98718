import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  CONNECT_TIMEOUT_MS,
  TOOLCHAIN_TIMEOUT_MS
} from "./chunk-NQJNYU3E.js";
import {
  interpretationOf
} from "./chunk-VIDFAU2V.js";
import {
  HOST_PORT,
  connectionVariablesOf,
  serviceDefinition,
  serviceForPort,
  serviceForScheme,
  serviceForSocket
} from "./chunk-OSC2T3SQ.js";
import {
  canonicalService,
  satisfies
} from "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";

// src/corroborate/stage.ts
import { access, readFile, realpath, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// src/corroborate/claims.ts
var CLAIMS_MAX = 8;
var HP = (cue) => new RegExp(String.raw`${cue}\s*\(?(?:[\w.-]{0,255}\/)?${HOST_PORT}`);
var ENDPOINT_SHAPES = [
  // libpq: `connection to server at "localhost" (127.0.0.1), port 5432 failed`
  /connection to server at "(?<name>[^"]{1,255})"(?: \((?<host>[^)]{1,64})\))?, port (?<port>\d{1,5})/,
  /Connect call failed \('(?<host>[^']{1,255})', (?<port>\d{1,5})/,
  /connect\(2\) for "?(?<host>[\w.:-]{1,255})"? port (?<port>\d{1,5})/,
  /HTTPConnectionPool\(host='(?<host>[^']{1,255})', port=(?<port>\d{1,5})\)/,
  /\(host=(?<host>[\w.:-]{1,255})\)\(port=(?<port>\d{1,5})\)/,
  /connection to the host (?<host>[\w.-]{1,255}), port (?<port>\d{1,5})/,
  /database server at `?(?<host>[\w.-]{1,255})`?:`?(?<port>\d{1,5})/,
  HP(String.raw`(?:ECONNREFUSED|dial tcp|[Rr]efused:|[Cc]onnect(?:ing)? to|[Cc]onnection to(?: node -?\d+)?|UnableToConnect on|server at|for DNS name)`)
];
var HOST_ONLY = /server on '?(?<host>[\w.:-]{1,255}?)'? \(/;
var SOCKET_SHAPES = [
  /socket "(?<path>\/[^"]{1,255})"/,
  /unix socket: (?<path>\/\S{1,255}?)\.? (?:No such file|Connection refused)/,
  /dial unix (?<path>\/[^\s:]{1,255})/,
  /connect E(?:NOENT|CONNREFUSED) (?<path>\/\S{1,255})/,
  /unix:\/\/(?<path>\/[^\s"'?]{1,255}?)\.?(?=[\s"'?]|$)/,
  /through socket '(?<path>\/[^']{1,255})'/,
  /SocketNotFoundError\("?(?<path>\/[^")]{1,255})/,
  /(?<path>\/[\w./-]{1,255}docker\.sock)/
];
var DNS_SHAPES = [
  /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,255})/,
  /could not translate host name "(?<host>[\w.-]{1,255})"/,
  /lookup (?<host>[\w.-]{1,255})(?: on [\d.:[\]]+)?: /,
  /Error -[23] connecting to (?<host>[\w.-]{1,255}):/,
  /\b(?<host>[\w.-]{1,255}):\d{1,5}\b.{0,80}Name or service not known|Name or service not known.{0,40}\b(?<host2>[\w.-]{1,255}):\d/,
  /UnknownHostException: (?<host>[\w.-]{1,255})/
];
var MODULE_SHAPES = {
  "module.python.missing": /No module named '?(?<module>[\w.]{1,200})'?/,
  "module.npm.missing": /Cannot find (?:module|package) '(?<module>[^'\s]{1,200})'|Failed to load url (?<module2>[^\s(]{1,200}) |Failed to resolve (?:import|entry for package) "(?<module3>[^"\s]{1,200})"/
};
var TOOL_SHAPE = /(?:^|[\s:])(?<tool>[\w.-]{2,40}): (?:command )?not found|exec: "(?<tool2>[\w.-]{2,40})": executable file not found/;
function claimsOf(verdict, declared) {
  const findings = [...verdict.evidence, ...verdict.tests.flatMap((t) => t.evidence ? [t.evidence] : [])].filter((f) => f.kind === "infrastructure" && f.confidence === "high");
  const claims = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const claim = claimOf(f.ruleId, f.text, f.service, f.line);
    const key = claimKey(claim);
    if (!claims.has(key)) claims.set(key, claim);
  }
  if (claims.size === 0 && verdict.classification === "infrastructure") {
    for (const s of verdict.services.length > 0 ? verdict.services : declared) claims.set(`service:${s}`, { kind: "service", service: s, line: 0, text: verdict.title });
  }
  const out = [...claims.values()];
  const specific = new Set(out.filter((c) => c.kind !== "service").map((c) => c.service));
  return out.filter((c) => c.kind !== "service" || !specific.has(c.service) || c.service === "").slice(0, CLAIMS_MAX);
}
function claimKey(claim) {
  switch (claim.kind) {
    case "endpoint":
      return `endpoint:${normalHost(claim.host)}:${claim.port}`;
    case "socket":
      return `socket:${claim.path}`;
    case "dns":
      return `dns:${claim.host.toLowerCase()}`;
    case "module":
      return `module:${claim.ecosystem}:${claim.module}`;
    case "tool":
      return `tool:${claim.tool}`;
    default:
      return `service:${claim.service}`;
  }
}
function claimOf(ruleId, text, service, line) {
  const base = { line, text };
  if (ruleId.startsWith("network.dns")) {
    for (const shape of DNS_SHAPES) {
      const g = shape.exec(text)?.groups;
      const host = g?.host ?? g?.host2;
      if (host) return { kind: "dns", service, host, ...base };
    }
  }
  if (ruleId.startsWith("module.")) {
    const g = MODULE_SHAPES[ruleId]?.exec(text)?.groups;
    const module = g?.module ?? g?.module2 ?? g?.module3;
    return { kind: "module", service, ecosystem: ruleId.split(".")[1] ?? "", module: module ? packageOf(ruleId, module) : "", ...base };
  }
  if (interpretationOf(ruleId) === "tool") {
    const g = TOOL_SHAPE.exec(text)?.groups;
    const tool = g?.tool ?? g?.tool2;
    if (tool) return { kind: "tool", service, tool, ...base };
  }
  for (const shape of SOCKET_SHAPES) {
    const path2 = shape.exec(text)?.groups?.path;
    if (path2) return { kind: "socket", service: service || (serviceForSocket(path2) ?? ""), path: path2, ...base };
  }
  for (const shape of ENDPOINT_SHAPES) {
    const g = shape.exec(text)?.groups;
    const host = g?.host ?? g?.name;
    const port = Number(g?.port);
    if (host && Number.isInteger(port) && port > 0 && port < 65536) return { kind: "endpoint", service: service || (serviceForPort(port) ?? ""), host: stripBrackets(host), port, ...base };
  }
  const hostOnly = HOST_ONLY.exec(text)?.groups?.host;
  const known = service ? serviceDefinition(service)?.ports[0] : void 0;
  if (hostOnly && known !== void 0) return { kind: "endpoint", service, host: hostOnly, port: known, defaultPort: true, ...base };
  return { kind: "service", service, ...base };
}
function packageOf(ruleId, module) {
  const reads = interpretationOf(ruleId);
  if (reads === "module:python") return module.split(".")[0] ?? module;
  if (reads === "module:npm") {
    const parts = module.replace(/^node:/, "").split("/");
    return module.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] ?? module;
  }
  return module;
}
var stripBrackets = (host) => host.replace(/^\[(.*)\]$/, "$1");
function normalHost(host) {
  const h = stripBrackets(host.trim().toLowerCase());
  return /^(?:localhost|127\.0\.0\.1|::1|0\.0\.0\.0|::|ip6-localhost)$/.test(h) ? "loopback" : h;
}
function describeClaim(claim) {
  switch (claim.kind) {
    case "endpoint":
      return `${claim.host.includes(":") ? `[${claim.host}]` : claim.host}:${claim.port}`;
    case "socket":
      return `the socket ${claim.path}`;
    case "dns":
      return `the host name ${claim.host}`;
    case "module":
      return `the ${claim.ecosystem} package ${claim.module || "(unnamed)"}`;
    case "tool":
      return `the command ${claim.tool}`;
    default:
      return claim.service ? `${claim.service} (no endpoint named)` : "a service (none named)";
  }
}

// src/corroborate/configured.ts
function configuredEndpoints(env, service) {
  const variables = connectionVariablesOf(service);
  const defaultPort = serviceDefinition(service)?.ports[0];
  const out = [];
  const hosts = /* @__PURE__ */ new Map();
  const ports = /* @__PURE__ */ new Map();
  for (const name of variables) {
    const value = env[name]?.trim();
    if (!value) continue;
    const prefix = name.replace(/_?(?:HOST|PORT|TCP_PORT)$/, "");
    if (/(?:^|_)(?:TCP_)?PORT$/.test(name) || name === "PGPORT") {
      const port = Number(value);
      if (Number.isInteger(port) && port > 0 && port < 65536 && !ports.has(prefix)) ports.set(prefix, port);
      continue;
    }
    if (/HOST$/.test(name) && !value.includes("://") && !/[,:]/.test(value.replace(/^\[.*\]$/, ""))) {
      if (!hosts.has(prefix)) hosts.set(prefix, value);
      continue;
    }
    for (const part of value.split(/[,\s]+/).filter(Boolean)) {
      const scheme = /^([a-z][\w+.-]*):\/\//i.exec(part)?.[1];
      const of = scheme === void 0 ? void 0 : serviceForScheme(scheme);
      if (of !== void 0 && !satisfies(of, service) && !satisfies(service, of)) continue;
      const endpoint = parseEndpoint(part, defaultPort);
      if (endpoint) out.push({ variable: name, ...endpoint });
    }
  }
  for (const prefix of /* @__PURE__ */ new Set([...hosts.keys(), ...ports.keys()])) {
    const host = hosts.get(prefix);
    const port = ports.get(prefix);
    const names = variables.filter((v) => v.replace(/_?(?:HOST|PORT|TCP_PORT)$/, "") === prefix && env[v]?.trim()).join("/");
    if (host?.startsWith("/")) out.push({ variable: names, host: "", port, socket: host });
    else out.push({ variable: names, host: host ?? "", port: port ?? (host !== void 0 ? defaultPort : void 0) });
  }
  return out;
}
function parseEndpoint(text, defaultPort) {
  if (text.includes("://")) {
    try {
      const url = new URL(text);
      const socketHost = url.searchParams.get("host");
      if (url.hostname === "" && socketHost?.startsWith("/")) return { host: "", port: Number(url.port) || defaultPort, socket: socketHost };
      if (url.hostname === "") return void 0;
      return { host: url.hostname.replace(/^\[(.*)\]$/, "$1"), port: Number(url.port) || defaultPort };
    } catch {
      return void 0;
    }
  }
  const found = /^\[?([\w.:-]*?)\]?:(\d{1,5})$/.exec(text);
  if (found) return { host: found[1] ?? "", port: Number(found[2]) };
  return /^[\w.-]+$/.test(text) ? { host: text, port: defaultPort } : void 0;
}
function matchesConfigured(configured, host, port) {
  if (configured.socket !== void 0) return false;
  if (configured.port !== void 0 && configured.port !== port) return false;
  return sameHost(configured.host, host);
}
var IP_LITERAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[\da-f]{0,4}(?::[\da-f]{0,4}){2,7})$/i;
function sameHost(configured, refused) {
  if (configured === "") return true;
  const want = normalHost(configured);
  const got = normalHost(refused);
  if (want === got) return true;
  return want !== "loopback" && !IP_LITERAL.test(want) && got !== "loopback" && IP_LITERAL.test(got);
}
function describeConfigured(c) {
  if (c.socket !== void 0) return `${c.variable} names the socket ${c.socket}`;
  const host = c.host === "" ? "" : c.host.includes(":") ? `[${c.host}]` : c.host;
  return `${c.variable} names ${host}${c.port === void 0 ? "" : host === "" ? `port ${c.port}` : `:${c.port}`}`;
}

// src/corroborate/judge.ts
var where = (host, port) => `${host.includes(":") ? `[${host}]` : host}:${port}`;
function servicesOf(claim, declared) {
  if (claim.service !== "") return [claim.service];
  return declared.map((d) => canonicalService(d) ?? d);
}
function planChecks(claims, ctx) {
  return claims.flatMap((claim) => {
    if (claim.kind === "service" && claim.service === "" && ctx.declared.length > 0) return servicesOf(claim, ctx.declared).map((s) => planCheck({ ...claim, service: s }, ctx));
    return [planCheck(claim, ctx)];
  });
}
function planCheck(claim, ctx) {
  const services = servicesOf(claim, ctx.declared);
  const service = claim.service;
  const plan = (check2, rest) => ({ claim, service, check: check2, ...rest });
  const started = ctx.started.find((s) => services.some((name) => satisfies(s.service, name) || satisfies(name, s.service)));
  if (claim.kind === "module") {
    if (claim.ecosystem !== "npm" && claim.ecosystem !== "python") {
      return plan(`${claim.ecosystem} package lookup`, { decided: { result: "unestablished", reason: `whether ${claim.module || "the package"} is installed for ${claim.ecosystem} cannot be checked on the runner (only npm and Python packages are)` } });
    }
    if (claim.module === "") return plan("package lookup", { decided: { result: "unestablished", reason: "the missing package is not named on the line" } });
    return plan(claim.ecosystem === "npm" ? `require.resolve('${claim.module}') in working-directory` : `find_spec('${claim.module}') in working-directory`, { request: { kind: "module", ecosystem: claim.ecosystem, name: claim.module } });
  }
  if (claim.kind === "tool") return plan(`${claim.tool} on the step's PATH`, { request: { kind: "tool", name: claim.tool } });
  if (started && claim.kind !== "socket") {
    const at = where(started.host, started.port);
    const there = claim.kind === "endpoint" && normalHost(claim.host) === normalHost(started.host) && claim.port === started.port;
    const reason = claim.kind === "endpoint" && !there ? `refused on ${describeClaim(claim)}, but coach-gate started ${started.service} at ${at} and exported its connection variables: the code ignored its configuration` : `coach-gate started ${started.service} at ${at} and saw it accept clients before the tests: the service was there`;
    return plan(`${started.service} container started and ready`, { decided: { result: "code", reason } });
  }
  const configured = services.flatMap((s) => configuredEndpoints(ctx.env, s));
  if (claim.kind === "endpoint") {
    const tcp = configured.filter((c) => c.socket === void 0);
    if (tcp.length > 0 && !tcp.some((c) => claim.defaultPort ? sameHost(c.host, claim.host) : matchesConfigured(c, claim.host, claim.port))) {
      return plan("the step's connection variables", { decided: { result: "code", reason: ignored(`refused on ${describeClaim(claim)}`, tcp) } });
    }
    const configuredPort = claim.defaultPort ? tcp.find((c) => c.port !== void 0)?.port : void 0;
    const port2 = configuredPort ?? claim.port;
    return plan(`connect to ${where(claim.host, port2)}`, { request: { kind: "connect", target: { host: claim.host, port: port2 } } });
  }
  if (claim.kind === "socket") {
    const sockets = configured.filter((c) => c.socket !== void 0);
    if (sockets.length > 0 && !sockets.some((c) => claim.path === c.socket || claim.path.startsWith(`${c.socket?.replace(/\/$/, "")}/`))) {
      return plan("the step's connection variables", { decided: { result: "code", reason: ignored(`refused on ${describeClaim(claim)}`, sockets) } });
    }
    return plan(`connect to ${claim.path}`, { request: { kind: "connect", target: { path: claim.path } } });
  }
  if (claim.kind === "dns") {
    const hosts = configured.filter((c) => c.host !== "");
    if (hosts.length > 0 && !hosts.some((c) => normalHost(c.host) === normalHost(claim.host))) {
      return plan("the step's connection variables", { decided: { result: "code", reason: ignored(`${describeClaim(claim)} did not resolve`, hosts) } });
    }
    return plan(`look up ${claim.host}`, { request: { kind: "resolve", host: claim.host } });
  }
  if (service === "docker" || service === "" && services.includes("docker")) {
    return plan("docker info (the probe)", { decided: ctx.docker.available ? { result: "not-missing", reason: "docker info answers on this runner" } : { result: "corroborated", reason: `docker info does not answer (${ctx.docker.detail})` } });
  }
  const target = configured.find((c) => c.socket === void 0 && (c.host !== "" || c.port !== void 0));
  const own = serviceDefinition(service)?.ports[0];
  const host = target?.host || "127.0.0.1";
  const port = target?.port ?? own;
  if (port === void 0) return plan("connect", { decided: { result: "unestablished", reason: `the log names no endpoint for ${service || "the service"}, and none is known to check` } });
  return plan(`connect to ${where(host, port)}${target ? ` (${target.variable})` : ` (${service}'s own port)`}`, { request: { kind: "connect", target: { host, port } } });
}
function ignored(failed, configured) {
  return `${failed}, while in the test step's environment ${configured.slice(0, 3).map(describeConfigured).join("; ")}: the code ignored its configuration`;
}
function judgeAnswer(planned, answer) {
  const request = planned.request;
  if (!request) return planned.decided ?? { result: "unestablished", reason: "nothing was checked" };
  switch (request.kind) {
    case "connect": {
      const target = "path" in request.target ? `the socket ${request.target.path}` : where(request.target.host, request.target.port);
      if (answer.outcome === "refused") return { result: "corroborated", reason: `nothing accepts on ${target} (${answer.detail})` };
      if (answer.outcome === "accepted") return { result: "not-missing", reason: `something accepts on ${target} now: the service was there, so the failure is not missing infrastructure (a wrong address, or a server that was not ready)` };
      return { result: "unestablished", reason: `${target} neither refused nor accepted (${answer.detail}): the refusal could not be checked` };
    }
    case "resolve":
      if (answer.outcome === "not-found") return { result: "corroborated", reason: `${request.host} does not resolve (${answer.detail})` };
      if (answer.outcome === "resolved") return { result: "not-missing", reason: `${request.host} ${answer.detail} on this runner: the host exists` };
      return { result: "unestablished", reason: `looking up ${request.host} gave no answer (${answer.detail})` };
    case "module":
      if (answer.outcome === "absent") return { result: "corroborated", reason: `${request.name} is not installed for ${request.ecosystem === "npm" ? "Node" : "Python"} in working-directory (${answer.detail})` };
      if (answer.outcome === "present") return { result: "not-missing", reason: `${request.name} is installed for ${request.ecosystem === "npm" ? "Node" : "Python"} in working-directory (${answer.detail}): the tests ran with another environment, not without the library` };
      return { result: "unestablished", reason: `whether ${request.name} is installed could not be established: ${answer.detail}` };
    case "tool":
      if (answer.outcome === "absent") return { result: "corroborated", reason: `${request.name} is not on the step's PATH` };
      return { result: "not-missing", reason: `${request.name} is on the step's PATH (${answer.detail})` };
  }
}
var RANK = { corroborated: 0, unestablished: 1, "not-missing": 2, code: 3 };
function corroborationOf(records) {
  if (records.length === 0) return { outcome: "unestablished", reason: "The verdict made no claim coach-gate could check on the runner.", checks: [], remediation: [] };
  const worst = records.reduce((a, b) => RANK[b.result] > RANK[a.result] ? b : a);
  const outcome = worst.result;
  const reason = outcome === "corroborated" ? `Checked on the runner: ${records.map((r) => r.reason).join("; ")}.` : outcome === "unestablished" ? `The claim could not be checked on the runner: ${worst.reason}; a claim that cannot be checked is not approved on its strength.` : `Checked on the runner: ${worst.reason}.`;
  const remediation = outcome === "code" ? ["Make the tests connect where the step configures the service (the connection variables coach-gate names above), not to an address of their own."] : outcome === "not-missing" ? ["The service (or library) is there on the runner: find why the tests could not reach it (an address, a start-up race, another interpreter or node_modules)."] : [];
  return { outcome, reason, checks: records, remediation };
}
function verdictAfter(verdict, corroboration) {
  if (corroboration.outcome !== "code" && corroboration.outcome !== "not-missing") return verdict;
  const code = corroboration.outcome === "code";
  return {
    ...verdict,
    classification: "code",
    confidence: code ? "high" : "ambiguous",
    services: [],
    unnamedService: false,
    ruleId: code ? "corroboration.service-configured-or-there" : "corroboration.not-missing",
    title: code ? "The service was there or configured elsewhere (checked on the runner)" : "Not missing infrastructure (checked on the runner)",
    explanation: `${corroboration.reason} The log said: ${verdict.title}${verdict.evidence[0] ? ` (line ${verdict.evidence[0].line})` : ""}.`
  };
}

// src/corroborate/setup.ts
var SHELL_MESSAGE = /^(?:\S*\/)?(?:ba|da|z)?sh(?:\.exe)?: (?:line \d+: |\d+: )?(?<name>[^:\s][^:]{0,300}?): (?<what>command not found|not found|Permission denied|No such file or directory)\s*$/;
function commandWords(command) {
  const words = [];
  for (const part of command.split(/&&|\|\||[;|&\n()]|\$\(|`/)) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const first = tokens.find((t) => !/^[A-Za-z_]\w*=/.test(t) && !["then", "do", "else", "exec", "time", "command", "!", "{", "}"].includes(t));
    if (first !== void 0) words.push(first.replace(/^["']|["']$/g, ""));
  }
  return words;
}
function judgeSetup(facts, verdict) {
  const notRun = commandNotRun(facts);
  if (notRun) return notRun;
  const missingSomething = verdict.evidence.some((e) => {
    const reads = interpretationOf(e.ruleId);
    return reads === "tool" || reads === "jdbc" || (reads?.startsWith("module:") ?? false);
  });
  if (verdict.classification === "code" && verdict.confidence === "high" && !missingSomething) return void 0;
  const foreign = verdict.evidence.some((e) => /^module\.(?!npm\.)/.test(e.ruleId));
  const npm = facts.npm;
  if (npm && npm.declared.length > 0 && !npm.installed && !foreign) {
    return {
      ruleId: "setup.dependencies-not-installed",
      title: "The project's dependencies were never installed",
      explanation: `${npm.file} declares ${count(npm.declared)} (${list(npm.declared)}), and there is no node_modules in working-directory or above it: the dependencies were never installed, so the tests could not run.`,
      remediation: [`Install the dependencies in a step before coach-gate: \`${npm.install}\`.`]
    };
  }
  const py = facts.python;
  if (py && py.declared.length > 0 && py.installed !== void 0 && py.installed.length === 0 && verdict.evidence.some((e) => interpretationOf(e.ruleId) === "module:python")) {
    return {
      ruleId: "setup.dependencies-not-installed",
      title: "The project's dependencies were never installed",
      explanation: `${py.file} declares ${count(py.declared)} (${list(py.declared)}), and none of them is installed for the interpreter the tests used: the dependencies were never installed, so the tests could not run.`,
      remediation: [`Install the dependencies in a step before coach-gate: \`${py.install}\` (in the environment the tests run with).`]
    };
  }
  return void 0;
}
function commandNotRun(facts) {
  if (facts.exitCode !== 127 && facts.exitCode !== 126) return void 0;
  const words = commandWords(facts.command);
  const first = facts.totalLines - facts.tail.length + 1;
  for (let i = facts.tail.length - 1; i >= 0; i--) {
    const text = facts.tail[i];
    const g = SHELL_MESSAGE.exec(text.trim())?.groups;
    if (!g || !words.includes(g.name)) continue;
    const name = g.name;
    const evidence = { line: first + i, text: text.trim() };
    if (g.what === "Permission denied") {
      return {
        ruleId: "setup.not-executable",
        title: "The test command is not executable",
        evidence,
        explanation: `The shell could not execute ${name}, the test command itself (exit ${facts.exitCode}, "${text.trim()}"): no test ran.`,
        remediation: [`Make ${name} executable (\`chmod +x ${name}\`, committed with git update-index --chmod=+x), or run it through its interpreter in test-command (\`bash ${name}\`).`]
      };
    }
    return {
      ruleId: "setup.command-not-found",
      title: "The test command was not found",
      evidence,
      explanation: `The shell did not find ${name}, the test command itself (exit ${facts.exitCode}, "${text.trim()}"): no test ran.`,
      remediation: [`Fix test-command in the workflow (is \`${name}\` spelled right?), or install ${name} in a step before coach-gate.`]
    };
  }
  return void 0;
}
function setupVerdict(verdict, finding) {
  return {
    ...verdict,
    classification: "setup",
    confidence: "high",
    services: [],
    unnamedService: false,
    ruleId: finding.ruleId,
    title: finding.title,
    explanation: finding.explanation,
    evidence: finding.evidence ? [{ ruleId: finding.ruleId, title: finding.title, kind: "unexplained", confidence: "high", service: "", line: finding.evidence.line, text: finding.evidence.text }] : [],
    tests: [],
    failingTests: 0
  };
}
function npmDeclared(text) {
  try {
    const json = JSON.parse(text);
    const names = (field) => field && typeof field === "object" ? Object.keys(field) : [];
    return [.../* @__PURE__ */ new Set([...names(json.dependencies), ...names(json.devDependencies)])];
  } catch {
    return [];
  }
}
function requirementNames(text) {
  const names = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "" || line.startsWith("-") || /^(?:\.|\/|git\+|https?:)/.test(line)) continue;
    const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
    if (name) names.push(name);
  }
  return [...new Set(names)];
}
function pyprojectNames(text) {
  const names = [];
  const project = /^\[project\][^[]*?^dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(text);
  for (const m of (project?.[1] ?? "").matchAll(/["']\s*([A-Za-z0-9][A-Za-z0-9._-]*)/g)) names.push(m[1]);
  const poetry = /^\[tool\.poetry\.dependencies\]\s*\n([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text);
  for (const m of (poetry?.[1] ?? "").matchAll(/^([A-Za-z0-9][A-Za-z0-9._-]*)\s*=/gm)) if (m[1].toLowerCase() !== "python") names.push(m[1]);
  return [...new Set(names)];
}
function npmInstallCommand(lockfiles) {
  if (lockfiles.includes("pnpm-lock.yaml")) return "pnpm install --frozen-lockfile";
  if (lockfiles.includes("yarn.lock")) return "yarn install --frozen-lockfile";
  if (lockfiles.includes("bun.lockb") || lockfiles.includes("bun.lock")) return "bun install --frozen-lockfile";
  if (lockfiles.includes("package-lock.json") || lockfiles.includes("npm-shrinkwrap.json")) return "npm ci";
  return "npm install";
}
var count = (names) => `${names.length} package${names.length === 1 ? "" : "s"}`;
var list = (names) => names.slice(0, 5).join(", ") + (names.length > 5 ? `, and ${names.length - 5} more` : "");

// src/corroborate/stage.ts
async function corroborateStage(o) {
  const setup = judgeSetup(await setupFacts(o), o.verdict);
  if (setup) return { verdict: setupVerdict(o.verdict, setup), setup };
  if (o.verdict.classification !== "infrastructure" || o.verdict.confidence !== "high") return { verdict: o.verdict };
  const planned = planChecks(claimsOf(o.verdict, o.declared), o);
  const interpreter = planned.some((p) => p.request?.kind === "module" && p.request.ecosystem === "python") ? await interpreterOf(o.tail, await testWritable(o)) : void 0;
  const records = await Promise.all(planned.map((p) => check(p, o, interpreter)));
  const corroboration = corroborationOf(records);
  return { verdict: verdictAfter(o.verdict, corroboration), corroboration };
}
async function check(planned, o, interpreter) {
  const started = performance.now();
  const answer = await ask(planned, o, interpreter);
  const decided = answer === void 0 ? planned.decided ?? { result: "unestablished", reason: "nothing was checked" } : judgeAnswer(planned, answer);
  return { claim: `${describeClaim(planned.claim)}${planned.claim.line > 0 ? ` (log line ${planned.claim.line})` : ""}`, check: planned.check, result: decided.result, reason: decided.reason, timeMs: Math.round((performance.now() - started) * 10) / 10 };
}
async function ask(planned, o, interpreter) {
  const r = planned.request;
  if (!r) return void 0;
  try {
    switch (r.kind) {
      case "connect":
        return await o.checks.connect(r.target, CONNECT_TIMEOUT_MS);
      case "resolve":
        return await o.checks.resolve(r.host, CONNECT_TIMEOUT_MS);
      case "module":
        return await o.checks.module(r.ecosystem, r.name, { cwd: o.cwd, env: o.env, timeoutMs: TOOLCHAIN_TIMEOUT_MS, ...interpreter ? { interpreter } : {} });
      case "tool":
        return await o.checks.tool(r.name, o.env);
    }
  } catch (error) {
    return { outcome: "no-answer", detail: error instanceof Error ? error.message : String(error) };
  }
}
async function interpreterOf(tail, untouchable) {
  for (const line of tail) {
    const prefix = /File "(\/[^"]{1,500}?)\/lib\/python3(?:\.\d+)?\/(?:site|dist)-packages\//.exec(line)?.[1];
    if (!prefix) continue;
    for (const name of ["python3", "python"]) {
      const full = await realpath(path.join(prefix, "bin", name)).catch(() => void 0);
      if (full === void 0) continue;
      if (untouchable.some((dir) => full === dir || full.startsWith(`${dir}${path.sep}`))) return void 0;
      return full;
    }
  }
  return void 0;
}
async function testWritable(o) {
  const dirs = [o.workspace, o.cwd, tmpdir(), o.env.RUNNER_TEMP ?? ""].filter(Boolean);
  return Promise.all(dirs.map((d) => realpath(d).catch(() => path.resolve(d))));
}
async function setupFacts(o) {
  const base = { command: o.command, exitCode: o.exitCode, tail: o.tail, totalLines: o.totalLines };
  if (o.exitCode === 127 || o.exitCode === 126) return base;
  const upwards = ancestors(o.cwd, o.workspace);
  const manifest = await readText(path.join(o.cwd, "package.json"));
  let npm;
  if (manifest !== void 0) {
    const declared = npmDeclared(manifest);
    const installed = (await Promise.all(upwards.flatMap((dir) => [exists(path.join(dir, "node_modules")), exists(path.join(dir, ".pnp.cjs"))]))).some(Boolean);
    const lockfiles = (await Promise.all(upwards.flatMap((dir) => ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock"].map(async (f) => await exists(path.join(dir, f)) ? f : "")))).filter(Boolean);
    npm = { file: "package.json", declared, installed, install: npmInstallCommand(lockfiles) };
  }
  let python;
  if (o.verdict.evidence.some((e) => interpretationOf(e.ruleId) === "module:python")) {
    const requirements = await readText(path.join(o.cwd, "requirements.txt"));
    const pyproject = requirements === void 0 ? await readText(path.join(o.cwd, "pyproject.toml")) : void 0;
    const declared = requirements !== void 0 ? requirementNames(requirements) : pyproject !== void 0 ? pyprojectNames(pyproject) : [];
    if (declared.length > 0) {
      const interpreter = await interpreterOf(o.tail, await testWritable(o));
      const installed = await o.checks.pythonDistributions(declared, { cwd: o.cwd, env: o.env, timeoutMs: TOOLCHAIN_TIMEOUT_MS, ...interpreter ? { interpreter } : {} }).catch(() => void 0);
      python = { file: requirements !== void 0 ? "requirements.txt" : "pyproject.toml", declared, installed, install: requirements !== void 0 ? "pip install -r requirements.txt" : "pip install ." };
    }
  }
  return { ...base, ...npm ? { npm } : {}, ...python ? { python } : {} };
}
function ancestors(cwd, workspace) {
  const out = [cwd];
  const rel = path.relative(workspace, cwd);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return out;
  for (let dir = cwd; dir !== workspace && path.dirname(dir) !== dir; ) {
    dir = path.dirname(dir);
    out.push(dir);
  }
  return out;
}
async function exists(file) {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
async function readText(file) {
  try {
    if (!(await stat(file)).isFile()) return void 0;
    return await readFile(file, "utf8");
  } catch {
    return void 0;
  }
}
export {
  corroborateStage
};
