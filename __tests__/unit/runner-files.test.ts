// The step's runner files, recorded before the tests and restored after them, whatever the tests did.
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { guardRunnerFiles, recordRunnerFiles, restoreRunnerFiles } from '../../src/tests/runner-files.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function runnerFiles(content: Partial<Record<string, string>> = {}): { env: Record<string, string>; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'coach-gate-runner-files-'))
  dirs.push(dir)
  const env: Record<string, string> = { RUNNER_TEMP: dir }
  for (const variable of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[variable] = path.join(dir, variable.toLowerCase())
    writeFileSync(env[variable] as string, content[variable] ?? '')
  }
  return { env, dir }
}
const read = (file: string | undefined): string => readFileSync(file as string, 'utf8')

describe('restoreRunnerFiles', () => {
  it('truncates what the tests appended, keeping what the files held', async () => {
    const { env } = runnerFiles({ GITHUB_STATE: 'run=1\n', GITHUB_ENV: 'KEEP=1\n' })
    const recorded = await recordRunnerFiles(env)
    writeFileSync(env.GITHUB_STATE as string, 'run=evil\n', { flag: 'a' })
    writeFileSync(env.GITHUB_ENV as string, 'BASH_ENV=/tmp/x\n', { flag: 'a' })
    writeFileSync(env.GITHUB_STEP_SUMMARY as string, '## ✅ APPROVED\n', { flag: 'a' })
    const inode = statSync(env.GITHUB_STATE as string).ino
    expect(await restoreRunnerFiles(recorded)).toEqual([
      { variable: 'GITHUB_ENV', what: '16 bytes appended' },
      { variable: 'GITHUB_STATE', what: '9 bytes appended' },
      { variable: 'GITHUB_STEP_SUMMARY', what: '16 bytes appended' }
    ])
    expect(read(env.GITHUB_STATE)).toBe('run=1\n')
    expect(read(env.GITHUB_ENV)).toBe('KEEP=1\n')
    expect(read(env.GITHUB_STEP_SUMMARY)).toBe('')
    // Truncated in place: the runner's file, not a copy.
    expect(statSync(env.GITHUB_STATE as string).ino).toBe(inode)
  })

  it('rewrites a file whose recorded content changed, also at the same size', async () => {
    const { env } = runnerFiles({ GITHUB_STATE: 'run=1\n', GITHUB_OUTPUT: 'a=1\n' })
    const recorded = await recordRunnerFiles(env)
    writeFileSync(env.GITHUB_STATE as string, 'run=9\n')
    writeFileSync(env.GITHUB_OUTPUT as string, 'b=2\nmore=3\n')
    expect(await restoreRunnerFiles(recorded)).toEqual([
      { variable: 'GITHUB_OUTPUT', what: 'rewritten' },
      { variable: 'GITHUB_STATE', what: 'rewritten' }
    ])
    expect(read(env.GITHUB_STATE)).toBe('run=1\n')
    expect(read(env.GITHUB_OUTPUT)).toBe('a=1\n')
  })

  it('replaces a symlink by the file, without touching its target', async () => {
    const { env, dir } = runnerFiles({ GITHUB_OUTPUT: 'a=1\n' })
    const recorded = await recordRunnerFiles(env)
    const target = path.join(dir, 'attacker')
    writeFileSync(target, 'decision=approve\n')
    rmSync(env.GITHUB_OUTPUT as string)
    symlinkSync(target, env.GITHUB_OUTPUT as string)
    expect(await restoreRunnerFiles(recorded)).toEqual([{ variable: 'GITHUB_OUTPUT', what: 'replaced by a symlink' }])
    expect(lstatSync(env.GITHUB_OUTPUT as string).isFile()).toBe(true)
    expect(read(env.GITHUB_OUTPUT)).toBe('a=1\n')
    expect(read(target)).toBe('decision=approve\n')
  })

  it('recreates a deleted file, removes one that did not exist, and puts permissions back', async () => {
    const { env } = runnerFiles({ GITHUB_STATE: 'run=1\n' })
    rmSync(env.GITHUB_PATH as string)
    const recorded = await recordRunnerFiles(env)
    rmSync(env.GITHUB_STATE as string)
    writeFileSync(env.GITHUB_PATH as string, '/tmp/evil-bin\n')
    const mode = statSync(env.GITHUB_ENV as string).mode
    chmodSync(env.GITHUB_ENV as string, 0o000)
    expect(await restoreRunnerFiles(recorded)).toEqual([
      { variable: 'GITHUB_ENV', what: 'permissions changed' },
      { variable: 'GITHUB_PATH', what: 'created' },
      { variable: 'GITHUB_STATE', what: 'deleted' }
    ])
    expect(read(env.GITHUB_STATE)).toBe('run=1\n')
    expect(existsSync(env.GITHUB_PATH as string)).toBe(false)
    expect(statSync(env.GITHUB_ENV as string).mode).toBe(mode)
  })

  it('reports nothing when the tests left the files alone, and skips unset variables', async () => {
    const { env } = runnerFiles({ GITHUB_STATE: 'run=1\n' })
    delete env.GITHUB_PATH
    const recorded = await recordRunnerFiles(env)
    expect(recorded.map(r => r.variable)).toEqual(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'])
    expect(await restoreRunnerFiles(recorded)).toEqual([])
  })
})

describe('guardRunnerFiles', () => {
  it('gives the tests a scratch RUNNER_TEMP elsewhere, removes it, and sums up what it undid', async () => {
    const { env, dir } = runnerFiles()
    env.GITHUB_EVENT_PATH = path.join(dir, 'event.json')
    writeFileSync(env.GITHUB_EVENT_PATH, '{"action":"opened"}')
    const guard = await guardRunnerFiles(env)
    const scratch = guard.testEnv.RUNNER_TEMP as string
    expect(scratch).toBeDefined()
    expect(path.relative(dir, scratch).startsWith('..')).toBe(true)
    // The payload stays readable, from a copy outside the runner's directory.
    expect(guard.testEnv.GITHUB_EVENT_PATH).toBe(path.join(scratch, 'event.json'))
    expect(read(guard.testEnv.GITHUB_EVENT_PATH)).toBe('{"action":"opened"}')
    writeFileSync(path.join(scratch, 'left-behind'), 'x')
    writeFileSync(env.GITHUB_OUTPUT as string, 'decision=approve\n', { flag: 'a' })
    expect(await guard.restore()).toEqual(["The tests changed this step's runner files (GITHUB_OUTPUT: 17 bytes appended); coach-gate restored each to what it held before the tests, so nothing they wrote reaches the runner or later steps."])
    expect(existsSync(scratch)).toBe(false)
    expect(read(env.GITHUB_OUTPUT)).toBe('')
    expect(await (await guardRunnerFiles({})).restore()).toEqual([])
  })
})
