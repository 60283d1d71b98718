// Every runner OS, here on Linux: the platform is a parameter of the pure parts, and the test
// runner's macOS and Windows paths run on this machine with the platform injected.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { decide } from '../../src/decide/decision.js'
import { classifyText } from '../../src/classify/classifier.js'
import { describeDocker, DOCKER_INFO_FORMAT, parseDaemonInfo, runsLinuxImages, type DockerProbe } from '../../src/services/docker-probe.js'
import { planServices } from '../../src/services/catalogue.js'
import { looksLikeWindowsImage, serviceHost } from '../../src/services/platform.js'
import { findShell, runTests, shellInvocation, taskkillCommand, treeKillPlan, type TestRunOptions } from '../../src/tests/test-runner.js'
import { tempDir } from '../harness/action.js'

// What `docker info --format DOCKER_INFO_FORMAT` prints: GitHub's Ubuntu runner and its Windows runner.
const LINUX_INFO = 'server_version=28.0.4\nos_type=linux\narchitecture=x86_64\noperating_system=Ubuntu 24.04.2 LTS\n'
const WINDOWS_INFO = 'server_version=27.5.1\r\nos_type=windows\r\narchitecture=x86_64\r\noperating_system=Microsoft Windows Server Version 24H2 (OS Build 26100.4061)\r\n'

function probe(stdout: string | undefined): DockerProbe {
  const daemon = stdout === undefined ? undefined : parseDaemonInfo(stdout)
  if (daemon === undefined) return { available: false, state: 'no-binary', detail: 'no docker binary on PATH', durationMs: 3, osType: '', canRunLinuxImages: false }
  return { available: true, state: 'available', detail: `server ${daemon.serverVersion}`, durationMs: 40, osType: daemon.osType, canRunLinuxImages: runsLinuxImages(daemon) }
}

describe('the Docker daemon’s OS', () => {
  it('asks for the server version and the OS in one docker info call', () => {
    expect(DOCKER_INFO_FORMAT).toContain('{{.ServerVersion}}')
    expect(DOCKER_INFO_FORMAT).toContain('{{.OSType}}')
  })

  it('reads a Linux daemon and a Windows-containers daemon (CRLF lines too)', () => {
    expect(parseDaemonInfo(LINUX_INFO)).toEqual({ serverVersion: '28.0.4', osType: 'linux', architecture: 'x86_64', operatingSystem: 'Ubuntu 24.04.2 LTS' })
    expect(parseDaemonInfo(WINDOWS_INFO)).toEqual({ serverVersion: '27.5.1', osType: 'windows', architecture: 'x86_64', operatingSystem: 'Microsoft Windows Server Version 24H2 (OS Build 26100.4061)' })
    expect(runsLinuxImages(parseDaemonInfo(LINUX_INFO)!)).toBe(true)
    expect(runsLinuxImages(parseDaemonInfo(WINDOWS_INFO)!)).toBe(false)
  })

  it('takes only a server version as proof that a daemon answered', () => {
    expect(parseDaemonInfo('')).toBeUndefined()
    expect(parseDaemonInfo('server_version=\nos_type=\n')).toBeUndefined()
    expect(parseDaemonInfo('server_version=ERROR: Cannot connect to the Docker daemon\n')).toBeUndefined()
    expect(parseDaemonInfo('Cannot connect to the Docker daemon at unix:///var/run/docker.sock')).toBeUndefined()
  })

  it('counts a daemon that does not name its OS as unable to run Linux images', () => {
    const daemon = parseDaemonInfo('server_version=20.10.0\nos_type=<no value>\n')
    expect(daemon).toMatchObject({ serverVersion: '20.10.0', osType: '' })
    expect(runsLinuxImages(daemon!)).toBe(false)
    expect(runsLinuxImages(parseDaemonInfo('server_version=1\nos_type=Linux')!)).toBe(true)
  })

  it('says in the summary’s Docker row why an answering daemon cannot provide the services', () => {
    expect(describeDocker(probe(LINUX_INFO))).toBe('available (server 28.0.4)')
    expect(describeDocker(probe(WINDOWS_INFO))).toBe('available, but cannot run the Linux service images: the daemon runs windows containers (server 27.5.1)')
    expect(describeDocker({ ...probe(WINDOWS_INFO), osType: '' })).toMatch(/containers of an OS it does not name/)
  })
})

describe('can this Docker provide the declared services', () => {
  const postgres = planServices(['postgresql'], {})

  it('no Docker: no, and nothing more to say', () => {
    expect(serviceHost(probe(undefined), postgres)).toEqual({ canProvide: false, reason: undefined })
  })

  it('a Linux daemon: yes', () => {
    expect(serviceHost(probe(LINUX_INFO), postgres)).toEqual({ canProvide: true, reason: undefined })
  })

  it('a Windows-containers daemon with the default (Linux) images: no, and the reason names them', () => {
    const host = serviceHost(probe(WINDOWS_INFO), planServices(['postgresql', 'redis'], {}))
    expect(host.canProvide).toBe(false)
    expect(host.reason).toMatch(/a daemon that runs windows containers, which cannot run the Linux images of postgresql \(postgres:16-alpine\), redis \(redis:7-alpine\)/)
    expect(host.reason).toMatch(/as if Docker were unavailable/)
    expect(host.reason).toMatch(/service-images/)
  })

  it('a Windows-containers daemon with Windows images for every service: yes', () => {
    const plan = planServices(['postgresql', 'redis'], { postgresql: 'stellirin/postgres-windows:12', redis: 'myorg/redis:7-nanoserver-ltsc2022' })
    const host = serviceHost(probe(WINDOWS_INFO), plan)
    expect(host.canProvide).toBe(true)
    expect(host.reason).toMatch(/names Windows images for every service/)
  })

  it('a Windows-containers daemon with a Windows image for only some: no, naming the Linux one', () => {
    const plan = planServices(['postgresql', 'redis'], { postgresql: 'stellirin/postgres-windows:12' })
    const host = serviceHost(probe(WINDOWS_INFO), plan)
    expect(host.canProvide).toBe(false)
    expect(host.reason).toContain('the Linux images of redis (redis:7-alpine)')
    expect(host.reason).not.toContain('postgres-windows')
  })

  it('a Windows-containers daemon and nothing declared: no reason to give', () => {
    expect(serviceHost(probe(WINDOWS_INFO), planServices([], {}))).toEqual({ canProvide: false, reason: undefined })
    expect(serviceHost(probe(WINDOWS_INFO), planServices(['kafka'], {})).reason).toMatch(/cannot run the service images/)
  })

  it('a daemon that names no OS: no', () => {
    expect(serviceHost({ ...probe(WINDOWS_INFO), osType: '' }, postgres)).toMatchObject({ canProvide: false, reason: expect.stringMatching(/does not say which containers it runs/) })
  })

  it('tells Windows images by their names, not by the registry host', () => {
    for (const image of ['mcr.microsoft.com/windows/servercore:ltsc2022', 'mcr.microsoft.com/windows/nanoserver:ltsc2025', 'stellirin/postgres-windows:12', 'myorg/postgres:16-windowsservercore-ltsc2022', 'registry.corp:5000/db/pg:ltsc2019', 'MyOrg/Redis-Windows']) {
      expect(looksLikeWindowsImage(image), image).toBe(true)
    }
    for (const image of ['postgres:16-alpine', 'redis:7', 'windows-registry.corp/postgres:16', 'localhost/pg:15', 'ghcr.io/octo/db:latest']) {
      expect(looksLikeWindowsImage(image), image).toBe(false)
    }
  })

  it('the decision: a failure on a Windows-containers runner can be approved conditionally, on a Linux one it cannot', () => {
    const verdict = classifyText('Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {\n  errno: -111,\n  code: \'ECONNREFUSED\',\n  syscall: \'connect\',\n  address: \'127.0.0.1\',\n  port: 5432\n}')
    expect([verdict.classification, verdict.confidence, verdict.services]).toEqual(['infrastructure', 'high', ['postgresql']])
    const inputs = { testsPassed: false, timedOut: false, verdict, declared: ['postgresql'], gates: [], trust: { allowed: true, reason: 'same repository' } }
    expect(decide({ ...inputs, dockerAvailable: serviceHost(probe(WINDOWS_INFO), postgres).canProvide })).toMatchObject({ decision: 'approve', approvedWithoutIndependentTests: true })
    expect(decide({ ...inputs, dockerAvailable: serviceHost(probe(LINUX_INFO), postgres).canProvide })).toMatchObject({ decision: 'feedback' })
  })
})

describe('the shell on each OS', () => {
  const files = (...present: string[]) => (file: string): boolean => present.includes(file)

  it('POSIX (Linux, macOS): /bin/bash, else /bin/sh', () => {
    for (const platform of ['linux', 'darwin', 'freebsd'] as const) {
      expect(findShell(platform, {}, files('/bin/bash', '/bin/sh'))).toBe('/bin/bash')
      expect(findShell(platform, {}, files('/bin/sh'))).toBe('/bin/sh')
      expect(findShell(platform, {}, files())).toBeUndefined()
    }
  })

  it('Windows: Git for Windows’ bash, found from git on PATH, before the WSL launcher in System32', () => {
    const env = { Path: 'C:\\Windows\\system32;C:\\Windows;C:\\Program Files\\Git\\cmd;C:\\hostedtoolcache\\windows\\node\\22\\x64', SystemRoot: 'C:\\Windows' }
    const exists = files('C:\\Windows\\system32\\bash.exe', 'C:\\Program Files\\Git\\cmd\\git.exe', 'C:\\Program Files\\Git\\bin\\bash.exe', 'C:\\Program Files\\Git\\usr\\bin\\bash.exe')
    expect(findShell('win32', env, exists)).toBe('C:\\Program Files\\Git\\bin\\bash.exe')
  })

  it('Windows: git in mingw64\\bin, the install directories, then a bash on PATH that is not WSL’s', () => {
    expect(findShell('win32', { PATH: 'D:\\PortableGit\\mingw64\\bin' }, files('D:\\PortableGit\\mingw64\\bin\\git.exe', 'D:\\PortableGit\\bin\\bash.exe'))).toBe('D:\\PortableGit\\bin\\bash.exe')
    expect(findShell('win32', { PATH: 'C:\\Windows\\System32', ProgramFiles: 'C:\\Program Files', SystemRoot: 'C:\\Windows' }, files('C:\\Windows\\System32\\bash.exe', 'C:\\Program Files\\Git\\bin\\bash.exe'))).toBe('C:\\Program Files\\Git\\bin\\bash.exe')
    expect(findShell('win32', { PATH: 'C:\\Windows\\System32;"C:\\msys64\\usr\\bin"', SystemRoot: 'C:\\Windows' }, files('C:\\Windows\\System32\\bash.exe', 'C:\\msys64\\usr\\bin\\bash.exe'))).toBe('C:\\msys64\\usr\\bin\\bash.exe')
    // Only WSL's launcher (System32, or the WindowsApps alias): no bash at all.
    expect(findShell('win32', { PATH: 'C:\\Windows\\System32;C:\\Users\\me\\AppData\\Local\\Microsoft\\WindowsApps', SystemRoot: 'C:\\Windows' }, files('C:\\Windows\\System32\\bash.exe', 'C:\\Users\\me\\AppData\\Local\\Microsoft\\WindowsApps\\bash.exe'))).toBeUndefined()
  })

  it('runs bash with the runner’s options: the command as -c on POSIX, a script file on Windows', () => {
    expect(shellInvocation('/bin/bash', 'npm test', undefined)).toEqual({ file: '/bin/bash', args: ['--noprofile', '--norc', '-o', 'pipefail', '-c', 'npm test'] })
    expect(shellInvocation('/bin/sh', 'npm test', undefined)).toEqual({ file: '/bin/sh', args: ['-c', 'npm test'] })
    expect(shellInvocation('C:\\Program Files\\Git\\bin\\bash.exe', 'npm test', 'D:\\a\\_temp\\coach-gate\\test_output_1.log.command.sh')).toEqual({
      file: 'C:\\Program Files\\Git\\bin\\bash.exe', args: ['--noprofile', '--norc', '-o', 'pipefail', 'D:/a/_temp/coach-gate/test_output_1.log.command.sh']
    })
  })
})

describe('ending the test tree on each OS', () => {
  it('Linux: process group and the /proc cookie scan; macOS: the process group, no /proc; Windows: taskkill', () => {
    expect(treeKillPlan('linux')).toEqual({ processGroup: true, cookieScan: true, taskkill: false })
    expect(treeKillPlan('darwin')).toEqual({ processGroup: true, cookieScan: false, taskkill: false })
    expect(treeKillPlan('freebsd')).toEqual({ processGroup: true, cookieScan: false, taskkill: false })
    expect(treeKillPlan('win32')).toEqual({ processGroup: false, cookieScan: false, taskkill: true })
  })

  it('taskkill ends the whole tree (/T) by force (/F), from System32 when SystemRoot is known', () => {
    expect(taskkillCommand(4242, { SystemRoot: 'C:\\Windows' })).toEqual({ file: 'C:\\Windows\\System32\\taskkill.exe', args: ['/T', '/F', '/PID', '4242'] })
    expect(taskkillCommand(7, { SYSTEMROOT: 'D:\\Win' }).file).toBe('D:\\Win\\System32\\taskkill.exe')
    expect(taskkillCommand(7, {}).file).toBe('taskkill.exe')
  })
})

/** Runs the real test runner here, behaving as the given OS. */
async function run(command: string, platform: NodeJS.Platform, extra: Partial<TestRunOptions> = {}) {
  const dir = tempDir('coach-gate-platform-')
  const lines: string[] = []
  const logPath = path.join(dir, 'test_output_1.log')
  const result = await runTests({ command, cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir }, logPath, timeoutMs: 0, onLine: line => lines.push(line), echo: new PassThrough().resume(), platform, ...extra })
  return { result, lines, dir, logPath }
}

function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`
  if (!existsSync(stat)) return false
  return !/^[ZX]$/.test(readFileSync(stat, 'utf8').replace(/^.*\) /s, '')[0] ?? '')
}

describe('the test runner behaving as macOS and as Windows (run here)', () => {
  it('macOS: a timeout ends the tree through the process group alone', async () => {
    const { result, lines } = await run('sleep 30 & echo "grandchild $!"; wait', 'darwin', { timeoutMs: 2000 })
    expect(result.timedOut).toBe(true)
    expect(result.exitCode).toBe(124)
    const pid = Number(/grandchild (\d+)/.exec(lines.join('\n'))?.[1])
    expect(pid).toBeGreaterThan(0)
    expect(alive(pid)).toBe(false)
  })

  it('macOS does not read /proc: a setsid escapee outlives it, while the Linux path finds and ends it', async () => {
    const escapee = 'setsid sleep 30 & echo "escapee $!"; wait'
    const mac = await run(escapee, 'darwin', { timeoutMs: 2000 })
    const macPid = Number(/escapee (\d+)/.exec(mac.lines.join('\n'))?.[1])
    const linux = await run(escapee, 'linux', { timeoutMs: 2000 })
    const linuxPid = Number(/escapee (\d+)/.exec(linux.lines.join('\n'))?.[1])
    try {
      expect(macPid).toBeGreaterThan(0)
      expect(linuxPid).toBeGreaterThan(0)
      expect(alive(macPid)).toBe(true)
      expect(alive(linuxPid)).toBe(false)
    } finally {
      for (const pid of [macPid, linuxPid]) spawnSync('kill', ['-9', String(pid)])
    }
  })

  it('Windows: the command runs from a script file, exactly as written, and the file is removed', async () => {
    // Quotes, a backslash, a dollar and two lines: what a -c argument through Windows quoting would mangle.
    const command = 'printf \'%s|\' "a b" \'c"d\' \'e\\f\' "$((6 * 7))"\necho second line'
    const { result, lines, dir } = await run(command, 'win32', { shell: '/bin/bash' })
    expect(result.exitCode).toBe(0)
    expect(lines).toEqual(['a b|c"d|e\\f|42|second line'])
    expect(readdirSync(dir).filter(f => f.endsWith('.command.sh'))).toEqual([])
  })

  it('Windows: pipefail is on, as with shell: bash', async () => {
    const { result } = await run('false | cat', 'win32', { shell: '/bin/bash' })
    expect(result.exitCode).toBe(1)
  })

  it('Windows: a timeout ends the tree with taskkill /T /F /PID <the shell>', async () => {
    // A stand-in taskkill.exe that records its arguments and ends the process and its children. It
    // stops the shell first, as /T ends the tree at once: a shell still running between the two
    // kills could fork a child the first one missed (it did, on a loaded machine).
    const bin = tempDir('coach-gate-taskkill-')
    const calls = path.join(bin, 'calls')
    writeFileSync(path.join(bin, 'taskkill.exe'), `#!/bin/sh\necho "$*" >> '${calls}'\npid=$4\nkill -STOP "$pid"\npkill -KILL -P "$pid"\nkill -KILL "$pid"\n`)
    chmodSync(path.join(bin, 'taskkill.exe'), 0o755)
    // The grandchild sleeps far past vitest's test timeout: had the run waited for it, the test fails on that, whatever the load.
    // The shell must have said its pid before the timeout ends it: seen not to within 2 s on a loaded machine, so 6 s.
    const { result, lines } = await run('echo "shell $$"; sleep 600 & echo "grandchild $!"; wait', 'win32', { shell: '/bin/bash', timeoutMs: 6000, env: { PATH: `${bin}:/usr/bin:/bin` } })
    expect(result).toMatchObject({ timedOut: true, exitCode: 124 })
    const shellPid = /shell (\d+)/.exec(lines.join('\n'))?.[1]
    // Once, or once more after the grace period when the machine is slow to end the first: always the shell's tree.
    const made = readFileSync(calls, 'utf8').trimEnd().split('\n')
    expect(made.length).toBeGreaterThanOrEqual(1)
    for (const call of made) expect(call).toBe(`/T /F /PID ${shellPid}`)
    const grandchild = Number(/grandchild (\d+)/.exec(lines.join('\n'))?.[1])
    expect(alive(grandchild)).toBe(false)
  })

  it('Windows without Git for Windows: not started, said why, an empty log; never a bash from PATH (WSL’s)', async () => {
    const { result, logPath } = await run('echo should not run', 'win32', { env: { PATH: '/usr/bin:/bin' } })
    expect(result).toMatchObject({ exitCode: 127, startError: expect.stringMatching(/no bash found: install Git for Windows/), lines: 0 })
    expect(readFileSync(logPath, 'utf8')).toBe('')
  })
})
