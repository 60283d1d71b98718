// Randomness and hashing without loading node:crypto at start. Loading node:crypto costs a run
// about 4 ms before it does anything (issue 28: Node 24 evaluates its key, cipher and argon2
// modules on import), and a passing run needs only a few random bytes (the stop-commands token,
// the process cookies, a temporary file's name, the output delimiter): those come from the
// kernel's /dev/urandom, the same source node:crypto draws on. Where there is none (Windows),
// and for hashing, node:crypto is loaded on first use.
import { closeSync, openSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'

let crypto: typeof import('node:crypto') | undefined

/** node:crypto, loaded on the first call. */
export function nodeCrypto(): typeof import('node:crypto') {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  return crypto
}

/** `bytes` cryptographically random bytes, as lowercase hex (what randomBytes(bytes).toString('hex') gives). */
export function randomHex(bytes: number): string {
  return randomBuffer(bytes).toString('hex')
}

/** A random (version 4) UUID, as crypto.randomUUID() gives. */
export function randomUuid(): string {
  const b = randomBuffer(16)
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const hex = b.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The SHA-256 of `text`, as lowercase hex. */
export function sha256Hex(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('hex')
}

function randomBuffer(bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes)
  let fd: number | undefined
  try {
    fd = openSync('/dev/urandom', 'r')
    for (let filled = 0; filled < bytes;) {
      const read = readSync(fd, buffer, filled, bytes - filled, null)
      if (read <= 0) throw new Error('/dev/urandom gave no bytes')
      filled += read
    }
    return buffer
  } catch {
    return nodeCrypto().randomBytes(bytes)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
