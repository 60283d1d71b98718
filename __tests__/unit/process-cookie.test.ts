// Ending processes by the environment cookie (src/common/process-cookie.ts, Linux /proc): the
// environment is read with one buffer, and one longer than that buffer is still read whole.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { describe, expect, it } from 'vitest'
import { signalCookie } from '../../src/common/process-cookie.js'

const linux = process.platform === 'linux'

async function sleeper(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn('sleep', ['30'], { env, stdio: 'ignore' })
  await once(child, 'spawn')
  return child
}

async function endedBy(child: ChildProcess): Promise<NodeJS.Signals | null> {
  const [, signal] = (await Promise.race([once(child, 'exit'), new Promise(resolve => setTimeout(() => resolve([null, null]), 3000))])) as [number | null, NodeJS.Signals | null]
  return signal
}

describe.runIf(linux)('signalCookie', () => {
  it('signals a process whose environment holds the cookie, and not one that does not', async () => {
    const marked = await sleeper({ PATH: process.env.PATH, COACH_TEST_COOKIE: 'c0ffee01' })
    const other = await sleeper({ PATH: process.env.PATH, COACH_TEST_COOKIE: 'c0ffee02' })
    try {
      signalCookie('COACH_TEST_COOKIE', 'c0ffee01', 'SIGTERM')
      expect(await endedBy(marked)).toBe('SIGTERM')
      expect(other.exitCode).toBeNull()
      expect(other.signalCode).toBeNull()
    } finally {
      marked.kill('SIGKILL')
      other.kill('SIGKILL')
    }
  })

  it('finds the cookie past the first 64 KiB of a long environment', async () => {
    // The environment keeps this order: 100 KiB of padding, then the cookie, past the first read.
    const padding = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`AAA_PADDING_${i}`, 'x'.repeat(1024)]))
    const child = await sleeper({ ...padding, PATH: process.env.PATH, ZZZ_COACH_TEST_COOKIE: 'c0ffee03' })
    try {
      signalCookie('ZZZ_COACH_TEST_COOKIE', 'c0ffee03', 'SIGTERM')
      expect(await endedBy(child)).toBe('SIGTERM')
    } finally {
      child.kill('SIGKILL')
    }
  })
})
