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
import { readdirSync, readFileSync } from "node:fs";
function signalCookie(name, value, signal) {
  const needle = Buffer.from(`${name}=${value}\0`);
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(needle)) process.kill(Number(entry), signal);
    } catch {
    }
  }
}

export {
  randomHex,
  randomUuid,
  sha256Hex,
  signalCookie
};
