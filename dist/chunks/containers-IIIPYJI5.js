import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  docker,
  failureReason
} from "./chunk-DGABV5PB.js";
import {
  randomHex
} from "./chunk-NF6VLL2F.js";
import {
  connectionEnv
} from "./chunk-DUOSM2JM.js";
import "./chunk-OSC2T3SQ.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";

// src/services/readiness.ts
import net from "node:net";
function probe(kind, host, port, timeoutMs = 1e3) {
  const protocol = protocolFor(kind);
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    let settled = false;
    const socket = net.createConnection({ host, port });
    const done = (result) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    socket.setNoDelay(true);
    socket.setTimeout(timeoutMs, () => done({ ready: false, detail: `no answer within ${timeoutMs} ms` }));
    socket.on("connect", () => {
      if (protocol.hello) socket.write(protocol.hello);
    });
    socket.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      const verdict = protocol.judge(received);
      if (verdict) done(verdict);
      else if (received.length > 64 * 1024) done({ ready: false, detail: "unrecognised answer" });
    });
    socket.on("error", (error) => done({ ready: false, detail: error.message }));
    socket.on("close", () => done({ ready: false, detail: received.length === 0 ? "connection closed without an answer" : "connection closed mid-answer" }));
  });
}
var DEFAULT_BACKOFF = { initialMs: 10, factor: 1.5, maxMs: 100 };
function backoffDelay(attempt, backoff = DEFAULT_BACKOFF) {
  return Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** attempt);
}
async function waitUntilReady(kind, host, port, options) {
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const attemptTimeout = options.attemptTimeoutMs ?? 1e3;
  const check = options.check ?? (() => probe(kind, host, port, Math.max(50, Math.min(attemptTimeout, deadline - performance.now()))));
  let attempts = 0;
  let detail = "not probed";
  for (; ; ) {
    if (options.signal?.aborted) return { ready: false, attempts, elapsedMs: performance.now() - started, detail: "cancelled", aborted: true };
    attempts++;
    const result = await check();
    detail = result.detail;
    if (result.ready) return { ready: true, attempts, elapsedMs: performance.now() - started, detail, aborted: false };
    const remaining = deadline - performance.now();
    if (remaining <= 0) return { ready: false, attempts, elapsedMs: performance.now() - started, detail, aborted: false };
    await sleep(Math.min(backoffDelay(attempts - 1, options.backoff), remaining), options.signal);
  }
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
function protocolFor(kind) {
  const readiness = typeof kind === "string" ? { protocol: kind } : kind;
  if (readiness.protocol === "text") return textProtocol(readiness.hello, readiness.ready);
  return PROTOCOLS[readiness.protocol]();
}
function textProtocol(hello, ready) {
  return {
    hello: hello === void 0 ? void 0 : Buffer.from(hello),
    judge: (data) => {
      const end = data.indexOf("\n");
      if (end < 0) return data.length > 4096 ? { ready: false, detail: "no line in the first 4 KiB" } : void 0;
      const line = data.subarray(0, end).toString("utf8").replace(/\r$/, "");
      return ready.test(line) ? { ready: true, detail: `answered ${line.slice(0, 80)}` } : { ready: false, detail: `answered ${line.slice(0, 80)}` };
    }
  };
}
var PROTOCOLS = {
  postgresql: () => ({ hello: postgresStartup("test", "test"), judge: judgePostgres }),
  mysql: () => ({ hello: void 0, judge: judgeMysql }),
  redis: () => ({ hello: Buffer.from("*1\r\n$4\r\nPING\r\n"), judge: judgeRedis }),
  mongodb: () => ({ hello: mongoHello(), judge: judgeMongo }),
  amqp: () => ({ hello: Buffer.from([65, 77, 81, 80, 0, 0, 9, 1]), judge: judgeAmqp })
};
function postgresStartup(user, database) {
  const params = Buffer.from(`user\0${user}\0database\0${database}\0application_name\0coach-gate-readiness\0\0`);
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + params.length, 0);
  head.writeInt32BE(196608, 4);
  return Buffer.concat([head, params]);
}
function judgePostgres(data) {
  if (data.length < 5) return void 0;
  const type = String.fromCharCode(data[0]);
  const length = data.readInt32BE(1);
  if (type === "R") return { ready: true, detail: "PostgreSQL asked for authentication" };
  if (type !== "E") return { ready: false, detail: `unexpected PostgreSQL message '${type}'` };
  if (data.length < 1 + length) return void 0;
  const fields = parsePostgresError(data.subarray(5, 1 + length));
  if (fields.C === "57P03") return { ready: false, detail: fields.M ?? "starting up" };
  return { ready: true, detail: `PostgreSQL answered: ${fields.M ?? fields.C ?? "error"}` };
}
function parsePostgresError(body) {
  const fields = {};
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const code = String.fromCharCode(body[at]);
    const end = body.indexOf(0, at + 1);
    if (end < 0) break;
    fields[code] = body.subarray(at + 1, end).toString("utf8");
    at = end + 1;
  }
  return fields;
}
function judgeMysql(data) {
  if (data.length < 5) return void 0;
  const length = data.readUIntLE(0, 3);
  if (data.length < 4 + length) return void 0;
  const payload = data.subarray(4, 4 + length);
  if (payload[0] === 10) {
    const end = payload.indexOf(0, 1);
    return { ready: true, detail: `MySQL handshake, server ${payload.subarray(1, end < 0 ? void 0 : end).toString("latin1")}` };
  }
  if (payload[0] === 255) return { ready: false, detail: `MySQL error: ${payload.subarray(3).toString("utf8").replace(/^#\w{5}/, "")}` };
  return { ready: false, detail: `unexpected MySQL packet 0x${(payload[0] ?? 0).toString(16)}` };
}
function judgeRedis(data) {
  const end = data.indexOf("\r\n");
  if (end < 0) return void 0;
  const line = data.subarray(0, end).toString("utf8");
  if (line === "+PONG") return { ready: true, detail: "Redis answered PONG" };
  if (/^-(NOAUTH|WRONGPASS)/.test(line)) return { ready: true, detail: `Redis answered ${line.slice(1)}` };
  return { ready: false, detail: `Redis answered ${line}` };
}
function mongoHello() {
  const doc = bson([["hello", 1], ["$db", "admin"]]);
  const header = Buffer.alloc(16);
  const body = Buffer.concat([Buffer.alloc(4), Buffer.from([0]), doc]);
  header.writeInt32LE(16 + body.length, 0);
  header.writeInt32LE(1, 4);
  header.writeInt32LE(0, 8);
  header.writeInt32LE(2013, 12);
  return Buffer.concat([header, body]);
}
function judgeMongo(data) {
  if (data.length < 4) return void 0;
  const length = data.readInt32LE(0);
  if (length < 21 || length > 48 * 1024 * 1024) return { ready: false, detail: "not a MongoDB reply" };
  if (data.length < length) return void 0;
  if (data.readInt32LE(12) !== 2013) return { ready: false, detail: `unexpected MongoDB opcode ${data.readInt32LE(12)}` };
  if (data[20] !== 0) return { ready: false, detail: "unexpected MongoDB section" };
  const fields = readBsonTop(data.subarray(21, length));
  if (fields.ok === 1) return { ready: true, detail: "MongoDB answered hello" };
  return { ready: false, detail: `MongoDB hello not ok${typeof fields.errmsg === "string" ? `: ${fields.errmsg}` : ""}` };
}
function judgeAmqp(data) {
  if (data.length >= 4 && data.subarray(0, 4).toString("latin1") === "AMQP") {
    return data.length < 8 ? void 0 : { ready: false, detail: `broker wants AMQP ${data[5]}-${data[6]}-${data[7]}` };
  }
  if (data.length < 11) return void 0;
  if (data[0] === 1 && data.readUInt16BE(1) === 0 && data.readUInt16BE(7) === 10 && data.readUInt16BE(9) === 10) {
    return { ready: true, detail: "AMQP Connection.Start received" };
  }
  return { ready: false, detail: "unexpected AMQP frame" };
}
function bson(fields) {
  const parts = [];
  for (const [name, value] of fields) {
    const key = Buffer.from(`${name}\0`);
    if (typeof value === "number") {
      const v = Buffer.alloc(4);
      v.writeInt32LE(value, 0);
      parts.push(Buffer.from([16]), key, v);
    } else {
      const text = Buffer.from(`${value}\0`);
      const len = Buffer.alloc(4);
      len.writeInt32LE(text.length, 0);
      parts.push(Buffer.from([2]), key, len, text);
    }
  }
  const body = Buffer.concat([...parts, Buffer.from([0])]);
  const size = Buffer.alloc(4);
  size.writeInt32LE(4 + body.length, 0);
  return Buffer.concat([size, body]);
}
function readBsonTop(doc) {
  const out = {};
  let at = 4;
  const fixed = { 1: 8, 7: 12, 8: 1, 9: 8, 10: 0, 16: 4, 17: 8, 18: 8, 19: 16, 127: 0, 255: 0 };
  while (at < doc.length && doc[at] !== 0) {
    const type = doc[at];
    const nameEnd = doc.indexOf(0, at + 1);
    if (nameEnd < 0) break;
    const name = doc.subarray(at + 1, nameEnd).toString("utf8");
    at = nameEnd + 1;
    if (type === 1) out[name] = doc.readDoubleLE(at);
    else if (type === 16) out[name] = doc.readInt32LE(at);
    else if (type === 8) out[name] = doc[at] === 1;
    else if (type === 2) out[name] = doc.subarray(at + 4, at + 4 + doc.readInt32LE(at) - 1).toString("utf8");
    if (type in fixed) at += fixed[type];
    else if (type === 2 || type === 13 || type === 14) at += 4 + doc.readInt32LE(at);
    else if (type === 3 || type === 4) at += doc.readInt32LE(at);
    else if (type === 5) at += 5 + doc.readInt32LE(at);
    else break;
  }
  return out;
}

// src/services/containers.ts
var LABEL_MANAGED = "coach-gate.managed";
var LABEL_RUN = "coach-gate.run";
var LABEL_INVOCATION = "coach-gate.invocation";
var LABEL_SERVICE = "coach-gate.service";
var HOST = "127.0.0.1";
var LOG_LINES = 20;
var PULL_TIMEOUT_MS = 10 * 6e4;
function runIdentity(env, random = randomHex(4)) {
  const id = (env.GITHUB_RUN_ID || "local").replace(/[^A-Za-z0-9_.-]/g, "");
  const attempt = (env.GITHUB_RUN_ATTEMPT || "1").replace(/[^A-Za-z0-9_.-]/g, "");
  return { run: `${id}-${attempt}`, invocation: random };
}
function containerName(identity, service) {
  return `coach-gate-${identity.run}-${identity.invocation}-${service}`.replace(/[^A-Za-z0-9_.-]/g, "-");
}
function labelFilters(identity) {
  return ["--filter", `label=${LABEL_RUN}=${identity.run}`, "--filter", `label=${LABEL_INVOCATION}=${identity.invocation}`];
}
function runArguments(planned, identity, name) {
  const { spec, image } = planned;
  const args = [
    "run",
    "--detach",
    "--name",
    name,
    "--label",
    `${LABEL_MANAGED}=true`,
    "--label",
    `${LABEL_RUN}=${identity.run}`,
    "--label",
    `${LABEL_INVOCATION}=${identity.invocation}`,
    "--label",
    `${LABEL_SERVICE}=${spec.service}`,
    "--publish",
    `${HOST}::${spec.containerPort}`
  ];
  for (const [key, value] of Object.entries(spec.containerEnv)) args.push("--env", `${key}=${value}`);
  return [...args, image, ...spec.command];
}
function parsePublishedPort(output) {
  for (const line of output.split("\n")) {
    const match = /^127\.0\.0\.1:(\d+)\s*$/.exec(line.trim());
    if (match) return Number(match[1]);
  }
  return void 0;
}
var ServiceSession = class {
  constructor(identity) {
    this.identity = identity;
  }
  identity;
  names = /* @__PURE__ */ new Set();
  async start(plan, options) {
    const results = await Promise.all(plan.start.map((planned) => this.startOne(planned, options)));
    const started = results.filter((r) => "port" in r);
    const failures = results.filter((r) => "stage" in r);
    return { started, failures, env: connectionEnv(started) };
  }
  /** Removes every container this session created; safe to call again. */
  async removeAll() {
    const names = [...this.names];
    if (names.length === 0) return { removed: [], problem: void 0 };
    const result = await docker(["rm", "--force", "--volumes", ...names], 6e4);
    const problems = result.stderr.split("\n").filter((line) => line.trim() !== "" && !/No such container/i.test(line));
    const removed = result.stdout.split("\n").map((line) => line.trim()).filter((line) => names.includes(line));
    if (result.code === 0 || problems.length === 0 && !result.timedOut) {
      this.names.clear();
      return { removed, problem: void 0 };
    }
    return { removed, problem: `could not remove ${names.join(", ")}: ${failureReason({ ...result, stderr: problems.join(" ") })}` };
  }
  async startOne(planned, options) {
    const { spec, image } = planned;
    const fail = (stage, reason, logs = []) => ({ service: spec.service, image, stage, reason, logs });
    const log = options.log ?? (() => void 0);
    const cancelled = () => options.signal?.aborted ? fail("cancelled", "the job was cancelled while services started") : void 0;
    const present = await docker(["image", "inspect", "--format", "{{.Id}}", image], 3e4);
    if (present.code !== 0) {
      log(`coach-gate: pulling ${image} for ${spec.service}`);
      const pulled = await docker(["pull", "--quiet", image], PULL_TIMEOUT_MS, options.signal);
      if (cancelled()) return cancelled();
      if (pulled.code !== 0) return fail("pull", `could not pull ${image}: ${failureReason(pulled)}`);
    }
    if (cancelled()) return cancelled();
    const name = containerName(this.identity, spec.service);
    this.names.add(name);
    const run = await docker(runArguments(planned, this.identity, name), 12e4);
    if (run.code !== 0) return fail("start", `docker run ${image} failed: ${failureReason(run)}`);
    const runReturned = performance.now();
    const portResult = await docker(["port", name, `${spec.containerPort}/tcp`], 3e4);
    const port = parsePublishedPort(portResult.stdout);
    if (port === void 0) return fail("start", `no published port for ${spec.containerPort}/tcp: ${failureReason(portResult)}`, await this.logs(name));
    log(`coach-gate: ${spec.service} (${image}) is container ${name} on ${HOST}:${port}; waiting until it accepts clients`);
    const stopWatching = new AbortController();
    const abortWait = new AbortController();
    const onCancel = () => abortWait.abort();
    options.signal?.addEventListener("abort", onCancel, { once: true });
    const exited = docker(["wait", name], options.timeoutMs + 6e4, stopWatching.signal).then((result) => {
      if (!stopWatching.signal.aborted) abortWait.abort();
      return result;
    });
    const wait = await waitUntilReady(spec.probe, HOST, port, { timeoutMs: options.timeoutMs, signal: abortWait.signal });
    stopWatching.abort();
    options.signal?.removeEventListener("abort", onCancel);
    if (wait.ready) {
      void exited;
      return { service: spec.service, image, container: name, host: HOST, port, url: spec.url(HOST, port), readyMs: performance.now() - runReturned, attempts: wait.attempts, greeting: wait.detail };
    }
    if (options.signal?.aborted) return fail("cancelled", "the job was cancelled while services started");
    const exit = await exited;
    if (abortWait.signal.aborted && exit.code === 0) {
      return fail("exited", `the container exited (status ${exit.stdout.trim() || "?"}) before ${spec.service} accepted clients`, await this.logs(name));
    }
    return fail("readiness", `${spec.service} did not accept clients within ${Math.round(options.timeoutMs / 1e3)} s (${wait.attempts} probes; last: ${wait.detail})`, await this.logs(name));
  }
  async logs(name) {
    const result = await docker(["logs", "--tail", String(LOG_LINES), name], 15e3);
    const text = `${result.stdout}${result.stderr}`;
    return text.split("\n").map((line) => line.trimEnd()).filter((line) => line !== "").slice(-LOG_LINES);
  }
};
export {
  LABEL_INVOCATION,
  LABEL_MANAGED,
  LABEL_RUN,
  LABEL_SERVICE,
  ServiceSession,
  containerName,
  labelFilters,
  parsePublishedPort,
  runArguments,
  runIdentity
};
