import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  randomHex,
  signalCookie
} from "./chunk-NF6VLL2F.js";
import {
  SERVICES,
  canonicalService
} from "./chunk-L3IBHKIT.js";

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
import { spawn } from "node:child_process";
var OUTPUT_MAX = 256 * 1024;
var STREAM_GRACE_MS = 1e3;
var COOKIE_NAME = "COACH_GATE_DOCKER_COOKIE";
async function docker(args, timeoutMs = 6e4, signal, env = process.env) {
  if (signal?.aborted) return { code: null, stdout: "", stderr: "cancelled before the docker command started", timedOut: false, notFound: false };
  const cookie = randomHex(16);
  let stdout = "";
  let stderr = "";
  let timedOut = false;
  let child;
  const kill = () => {
    signalCookie(COOKIE_NAME, cookie, "SIGKILL");
    try {
      child?.kill("SIGKILL");
    } catch {
    }
  };
  const onAbort = () => kill();
  signal?.addEventListener("abort", onAbort, { once: true });
  let timer;
  let grace;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      kill();
      resolve("timed-out");
    }, timeoutMs);
  });
  try {
    const running = new Promise((resolve, reject) => {
      child = spawn("docker", [...args], { env: { ...definedOnly(env), [COOKIE_NAME]: cookie }, stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
      child.stdout?.setEncoding("utf8");
      child.stderr?.setEncoding("utf8");
      child.stdout?.on("data", (chunk) => stdout = (stdout + chunk).slice(-OUTPUT_MAX));
      child.stderr?.on("data", (chunk) => stderr = (stderr + chunk).slice(-OUTPUT_MAX));
      child.on("error", reject);
      child.on("exit", (code2) => {
        grace = setTimeout(() => resolve(code2), STREAM_GRACE_MS);
      });
      child.on("close", (code2) => resolve(code2));
    });
    const code = await Promise.race([running, deadline]);
    return { code: code === "timed-out" ? null : code, stdout, stderr, timedOut, notFound: false };
  } catch (error) {
    const notFound = error?.code === "ENOENT";
    const message = notFound ? "Unable to locate executable file: docker" : error instanceof Error ? error.message : String(error);
    return { code: null, stdout, stderr: message, timedOut, notFound };
  } finally {
    clearTimeout(timer);
    clearTimeout(grace);
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
