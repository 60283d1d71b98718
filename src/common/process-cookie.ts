import { readdirSync, readFileSync } from 'node:fs'
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
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(needle)) process.kill(Number(entry), signal)
    } catch {
      // gone, or not ours to read
    }
  }
}
