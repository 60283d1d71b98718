// The checks themselves, on the runner, each bounded: one connect attempt with a short timeout,
// one DNS lookup, one child process that asks the project's toolchain whether a package is
// there (from working-directory, with the test step's environment), a look along PATH. The
// Runtime (src/shell/runtime.ts) carries them, so run() is unit-tested with fakes.
import { execFile } from 'node:child_process'
import { lookup } from 'node:dns/promises'
import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'

export type Target = { readonly host: string; readonly port: number } | { readonly path: string }

export interface CheckAnswer<T extends string> {
  readonly outcome: T
  /** What was seen, in words: `ECONNREFUSED`, `accepted`, `resolves to 10.0.0.5`. */
  readonly detail: string
}

export interface ToolchainOptions {
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  /** The Python interpreter the traceback's frames point at; `python3` on the step's PATH otherwise. */
  readonly interpreter?: string
  readonly timeoutMs: number
}

export interface Checks {
  /** One connection attempt: refused (or no such socket), accepted, or neither within the time. */
  connect(target: Target, timeoutMs: number): Promise<CheckAnswer<'refused' | 'accepted' | 'no-answer'>>
  /** One lookup of a host name. */
  resolve(host: string, timeoutMs: number): Promise<CheckAnswer<'not-found' | 'resolved' | 'no-answer'>>
  /** Whether a package resolves for the project's toolchain in working-directory (npm: require.resolve; python: find_spec). */
  module(ecosystem: 'npm' | 'python', name: string, options: ToolchainOptions): Promise<CheckAnswer<'absent' | 'present' | 'unknown'>>
  /** Which of these Python distributions are installed for the project's interpreter; undefined when it cannot be asked. */
  pythonDistributions(names: readonly string[], options: ToolchainOptions): Promise<readonly string[] | undefined>
  /** Whether a command is on the step's PATH. */
  tool(name: string, env: NodeJS.ProcessEnv): Promise<CheckAnswer<'absent' | 'present'>>
}

export const CONNECT_TIMEOUT_MS = 500
export const TOOLCHAIN_TIMEOUT_MS = 1500

export const runnerChecks: Checks = {
  connect: (target, timeoutMs) => new Promise(resolve => {
    const socket = 'path' in target ? net.connect({ path: target.path }) : net.connect({ host: target.host, port: target.port })
    const done = (answer: CheckAnswer<'refused' | 'accepted' | 'no-answer'>): void => {
      clearTimeout(timer)
      socket.destroy()
      resolve(answer)
    }
    const timer = setTimeout(() => done({ outcome: 'no-answer', detail: `no answer within ${timeoutMs} ms` }), timeoutMs)
    socket.once('connect', () => done({ outcome: 'accepted', detail: 'accepted a connection' }))
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? ''
      // A socket path nobody listens on: ECONNREFUSED; none at all: ENOENT.
      if (code === 'ECONNREFUSED' || code === 'ENOENT') done({ outcome: 'refused', detail: code })
      else done({ outcome: 'no-answer', detail: code || error.message })
    })
  }),

  resolve: async (host, timeoutMs) => {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<CheckAnswer<'no-answer'>>(resolve => (timer = setTimeout(() => resolve({ outcome: 'no-answer', detail: `no answer within ${timeoutMs} ms` }), timeoutMs)))
    const asked = lookup(host, { all: true }).then(
      (addresses): CheckAnswer<'resolved'> => ({ outcome: 'resolved', detail: `resolves to ${addresses.map(a => a.address).slice(0, 3).join(', ')}` }),
      (error: NodeJS.ErrnoException): CheckAnswer<'not-found' | 'no-answer'> => (error.code === 'ENOTFOUND' || error.code === 'EAI_NONAME' || error.code === 'EAI_AGAIN' || error.code === 'ENODATA')
        ? { outcome: 'not-found', detail: error.code }
        : { outcome: 'no-answer', detail: error.code ?? error.message })
    try {
      return await Promise.race([asked, late])
    } finally {
      clearTimeout(timer)
    }
  },

  module: async (ecosystem, name, options) => {
    if (ecosystem === 'npm') {
      const node = (await onPath('node', options.env)) ?? process.execPath
      // require.resolve from working-directory: the lookup the tests' own require would make. An
      // ESM-only package that has no `require` export is there all the same.
      const script = "try{require.resolve(process.argv[1]);console.log('present')}catch(e){console.log(e&&e.code==='MODULE_NOT_FOUND'?'absent':'present '+(e&&e.code))}"
      const answer = await child(node, ['-e', script, name], options)
      if (answer.error !== undefined) return { outcome: 'unknown', detail: `${path.basename(node)} could not be asked: ${answer.error}` }
      const present = answer.stdout.startsWith('present')
      return { outcome: present ? 'present' : 'absent', detail: `require.resolve('${name}') from ${options.cwd} with ${node}: ${present ? 'found' : 'MODULE_NOT_FOUND'}` }
    }
    const python = options.interpreter ?? (await onPath('python3', options.env)) ?? (await onPath('python', options.env))
    if (python === undefined) return { outcome: 'unknown', detail: 'no python3 on the step\'s PATH' }
    const script = 'import importlib.util,sys\nprint("present" if importlib.util.find_spec(sys.argv[1]) else "absent")'
    const answer = await child(python, ['-c', script, name], options)
    if (answer.error !== undefined || !/^(present|absent)/.test(answer.stdout)) return { outcome: 'unknown', detail: `${python} could not be asked: ${answer.error ?? answer.stdout.trim().slice(0, 200)}` }
    const present = answer.stdout.startsWith('present')
    return { outcome: present ? 'present' : 'absent', detail: `importlib.util.find_spec('${name}') in ${options.cwd} with ${python}: ${present ? 'found' : 'None'}` }
  },

  pythonDistributions: async (names, options) => {
    const python = options.interpreter ?? (await onPath('python3', options.env)) ?? (await onPath('python', options.env))
    if (python === undefined || names.length === 0) return undefined
    const script = 'import importlib.metadata as m,sys\nfor n in sys.argv[1:]:\n  try:\n    m.distribution(n);print(n)\n  except Exception:\n    pass\nprint("--done")'
    const answer = await child(python, ['-c', script, ...names.slice(0, 200)], options)
    if (answer.error !== undefined || !answer.stdout.includes('--done')) return undefined
    return answer.stdout.split('\n').map(l => l.trim()).filter(l => l !== '' && l !== '--done')
  },

  tool: async (name, env) => {
    const found = await onPath(name, env)
    return found === undefined ? { outcome: 'absent', detail: `no ${name} on the step's PATH` } : { outcome: 'present', detail: `${found} is there` }
  }
}

/** The first executable of that name on the environment's PATH. */
async function onPath(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean)
  const names = process.platform === 'win32' ? [`${name}.exe`, `${name}.cmd`, name] : [name]
  for (const dir of dirs) {
    for (const file of names) {
      const full = path.join(dir, file)
      try {
        await access(full, constants.X_OK)
        return full
      } catch {
        // not here
      }
    }
  }
  return undefined
}

function child(file: string, args: readonly string[], options: ToolchainOptions): Promise<{ stdout: string; error?: string }> {
  return new Promise(resolve => {
    execFile(file, [...args], { cwd: options.cwd, env: options.env, timeout: options.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024, windowsHide: true }, (error, stdout) => {
      // A non-zero exit with the answer printed is still an answer; a timeout or a missing binary is not.
      if (error && (error.killed || typeof error.code === 'string')) resolve({ stdout: String(stdout), error: error.killed ? `no answer within ${options.timeoutMs} ms` : String(error.code) })
      else resolve({ stdout: String(stdout) })
    })
  })
}
