import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs'
// Ending a process tree by an environment cookie: every process started with the variable
// inherits it, so one that left the process group (setsid, a double fork) or whose pid we were
// never given is still found, the way Jenkins' ProcessTreeKiller does.

/** Signals every process whose environment holds name=value (Linux /proc; elsewhere a no-op). */
export function signalCookie(name: string, value: string, signal: NodeJS.Signals): void {
  const needle = Buffer.from(`${name}=${value}\0`)
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return
  }
  // One buffer for every process (this runs on the way to the report, once per process on the
  // machine): open, one read, close, instead of readFileSync's stat and growing reads. An
  // environment longer than the buffer is read whole.
  const buffer = Buffer.allocUnsafe(64 * 1024)
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (environHolds(`/proc/${entry}/environ`, needle, buffer)) process.kill(Number(entry), signal)
    } catch {
      // gone, or not ours to read
    }
  }
}

function environHolds(file: string, needle: Buffer, buffer: Buffer): boolean {
  const fd = openSync(file, 'r')
  let read: number
  try {
    read = readSync(fd, buffer, 0, buffer.length, null)
  } finally {
    closeSync(fd)
  }
  // Filled to the brim: there may be more, so the whole environment is read.
  if (read === buffer.length) return readFileSync(file).includes(needle)
  return buffer.subarray(0, read).includes(needle)
}
