import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/common/random.ts
import { closeSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
var crypto;
function nodeCrypto() {
  crypto ??= createRequire(import.meta.url)("node:crypto");
  return crypto;
}
function randomHex(bytes) {
  return randomBuffer(bytes).toString("hex");
}
function randomUuid() {
  const b = randomBuffer(16);
  b[6] = b[6] & 15 | 64;
  b[8] = b[8] & 63 | 128;
  const hex = b.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function sha256Hex(text) {
  return nodeCrypto().createHash("sha256").update(text).digest("hex");
}
function randomBuffer(bytes) {
  const buffer = Buffer.alloc(bytes);
  let fd;
  try {
    fd = openSync("/dev/urandom", "r");
    for (let filled = 0; filled < bytes; ) {
      const read = readSync(fd, buffer, filled, bytes - filled, null);
      if (read <= 0) throw new Error("/dev/urandom gave no bytes");
      filled += read;
    }
    return buffer;
  } catch {
    return nodeCrypto().randomBytes(bytes);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/common/process-cookie.ts
import { closeSync as closeSync2, openSync as openSync2, readdirSync, readFileSync, readSync as readSync2 } from "node:fs";
function signalCookie(name, value, signal) {
  const needle = Buffer.from(`${name}=${value}\0`);
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return;
  }
  const buffer = Buffer.allocUnsafe(64 * 1024);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (environHolds(`/proc/${entry}/environ`, needle, buffer)) process.kill(Number(entry), signal);
    } catch {
    }
  }
}
function environHolds(file, needle, buffer) {
  const fd = openSync2(file, "r");
  let read;
  try {
    read = readSync2(fd, buffer, 0, buffer.length, null);
  } finally {
    closeSync2(fd);
  }
  if (read === buffer.length) return readFileSync(file).includes(needle);
  return buffer.subarray(0, read).includes(needle);
}

export {
  randomHex,
  randomUuid,
  sha256Hex,
  signalCookie
};
