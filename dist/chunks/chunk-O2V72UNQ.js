import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  signalCookie
} from "./chunk-6GPU5O67.js";
import {
  exec
} from "./chunk-NTGHJLXQ.js";
import {
  SERVICES,
  canonicalService
} from "./chunk-7VFXVKIP.js";

// src/services/catalogue.ts
var CATALOGUE = Object.fromEntries(
  SERVICES.flatMap((s) => s.container ? [[s.name, {
    service: s.name,
    defaultImage: s.container.image,
    containerPort: s.container.port,
    probe: s.container.readiness,
    containerEnv: s.container.env,
    command: s.container.command ?? [],
    connection: s.container.connection,
    url: s.container.url
  }]] : [])
);
function planServices(declared, overrides) {
  const images = {};
  const unusedImages = [];
  for (const [name, image] of Object.entries(overrides)) {
    const canonical = canonicalService(name);
    if (canonical !== void 0 && CATALOGUE[canonical]) images[canonical] = image;
    else unusedImages.push(name);
  }
  const start = [];
  const skipped = [];
  for (const name of declared) {
    const canonical = canonicalService(name) ?? name;
    const spec = CATALOGUE[canonical];
    if (spec) {
      if (!start.some((s) => s.spec.service === canonical)) start.push({ spec, image: images[canonical] ?? spec.defaultImage });
    } else if (canonical === "docker") {
      skipped.push({ service: name, reason: "Docker itself is available; nothing to start" });
    } else if (canonicalService(name) === void 0) {
      skipped.push({ service: name, reason: "unknown service: coach-gate does not know it, so it was not started" });
    } else {
      skipped.push({ service: name, reason: `coach-gate cannot start ${canonical} as a container yet (it starts ${Object.keys(CATALOGUE).join(", ")}); it was not started` });
    }
  }
  return { start, skipped, unusedImages };
}
function connectionEnv(started) {
  const env = {};
  for (const s of started) Object.assign(env, CATALOGUE[s.service]?.connection(s.host, s.port));
  if (env.DATABASE_URL === void 0 && env.MYSQL_URL !== void 0) env.DATABASE_URL = env.MYSQL_URL;
  return env;
}
function redactUrl(url) {
  return url.replace(/^([a-z]+:\/\/[^:/@]+:)[^@]*@/i, "$1***@");
}

// src/services/docker-cli.ts
import { randomBytes } from "node:crypto";
var OUTPUT_MAX = 256 * 1024;
var STREAM_GRACE_MS = 1e3;
var NOT_FOUND = /^Unable to locate executable file/;
var COOKIE_NAME = "COACH_GATE_DOCKER_COOKIE";
async function docker(args, timeoutMs = 6e4, signal, env = process.env) {
  if (signal?.aborted) return { code: null, stdout: "", stderr: "cancelled before the docker command started", timedOut: false, notFound: false };
  const cookie = randomBytes(16).toString("hex");
  let stdout = "";
  let stderr = "";
  let timedOut = false;
  const kill = () => signalCookie(COOKIE_NAME, cookie, "SIGKILL");
  const onAbort = () => kill();
  signal?.addEventListener("abort", onAbort, { once: true });
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      kill();
      resolve("timed-out");
    }, timeoutMs);
  });
  try {
    const running = exec("docker", [...args], {
      env: { ...definedOnly(env), [COOKIE_NAME]: cookie },
      silent: true,
      ignoreReturnCode: true,
      delay: STREAM_GRACE_MS,
      listeners: {
        stdout: (chunk) => stdout = (stdout + chunk.toString()).slice(-OUTPUT_MAX),
        stderr: (chunk) => stderr = (stderr + chunk.toString()).slice(-OUTPUT_MAX)
      }
    });
    const code = await Promise.race([running, deadline]);
    return { code: code === "timed-out" ? null : code, stdout, stderr, timedOut, notFound: false };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { code: null, stdout, stderr: message, timedOut, notFound: NOT_FOUND.test(message) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}
function failureReason(result) {
  if (result.timedOut) return "the docker command timed out";
  if (result.notFound) return "no docker binary on PATH";
  const text = (result.stderr || result.stdout).replace(/\s+/g, " ").trim();
  return (text.length > 400 ? `${text.slice(0, 400)}\u2026` : text) || `docker exited ${result.code}`;
}
function definedOnly(env) {
  const result = {};
  for (const [key, value] of Object.entries(env)) if (value !== void 0) result[key] = value;
  return result;
}

export {
  planServices,
  connectionEnv,
  redactUrl,
  docker,
  failureReason
};
