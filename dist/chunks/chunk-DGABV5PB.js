import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  randomHex,
  signalCookie
} from "./chunk-NF6VLL2F.js";

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
  docker,
  failureReason
};
