// The base commit as a temporary git worktree beside the checkout: found in the checkout or
// fetched from origin (that one commit, depth 1, with the credentials actions/checkout left in
// the repository's config), checked out detached, the workspace's installed dependency folders
// linked in, and always removed afterwards. git runs with argument arrays (never a shell), bounded
// in time, with hooks off (a checkout must not run code of anyone's choosing) and no prompt.
import { execFile } from 'node:child_process'
import { lstat, mkdtemp, rm, symlink, unlink } from 'node:fs/promises'
import path from 'node:path'

/** The folders a project installs its dependencies into, linked into the base worktree. */
export const DEFAULT_LINKS = ['node_modules', 'vendor', '.venv'] as const

const GIT_TIMEOUT_MS = 120_000
const GIT_OUTPUT_MAX = 4 * 1024 * 1024

export interface Git {
  /** Runs git with these arguments in `cwd`; rejects with git's own message on failure. */
  (args: readonly string[], cwd: string): Promise<string>
}

export function realGit(env: NodeJS.ProcessEnv, signal?: AbortSignal): Git {
  // Replace refs would swap the commit checked out for another; system and user configuration is
  // the runner's, not this checkout's, and may name programs to run: none of it is read.
  const gitEnv = { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', GCM_INTERACTIVE: 'never', GIT_NO_REPLACE_OBJECTS: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
  return (args, cwd) => new Promise((resolve, reject) => {
    execFile('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'core.attributesFile=/dev/null', '-c', 'advice.detachedHead=false', ...args], { cwd, env: gitEnv, timeout: GIT_TIMEOUT_MS, maxBuffer: GIT_OUTPUT_MAX, killSignal: 'SIGKILL', ...(signal ? { signal } : {}) }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout.trim())
      const said = String(stderr).trim().split('\n').filter(Boolean).slice(-2).join(' ') || error.message
      reject(new Error(`git ${args[0] ?? ''} failed: ${said}`))
    })
  })
}

export interface BaseCheckout {
  /** The repository's top level (the checkout). */
  readonly repository: string
  /** The base commit's worktree. */
  readonly dir: string
  readonly sha: string
  /** Whether the commit had to be fetched. */
  readonly fetched: boolean
  /** Links made into the worktree, relative to it. */
  readonly links: readonly string[]
}

/**
 * The commit `ref` names, fetched from origin when the checkout lacks it. A SHA is fetched by id;
 * a branch name is tried as a local branch, as origin's, then fetched.
 */
export async function resolveBase(git: Git, repository: string, ref: string): Promise<{ sha: string; fetched: boolean }> {
  const local = async (name: string): Promise<string | undefined> => git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], repository).catch(() => undefined)
  const candidates = /^[0-9a-f]{40}$/i.test(ref) ? [ref] : [ref, `refs/remotes/origin/${ref}`]
  for (const name of candidates) {
    const sha = await local(name)
    if (sha) return { sha, fetched: false }
  }
  await git(['fetch', '--no-tags', '--depth=1', '--no-recurse-submodules', 'origin', ref], repository)
  const sha = (await local('FETCH_HEAD')) ?? (await local(ref))
  if (!sha) throw new Error(`origin gave no commit for ${ref}`)
  return { sha, fetched: true }
}

/** Makes the worktree (in `parent`, a directory outside the workspace) and links the dependency folders in. */
export async function checkOutBase(git: Git, options: { readonly cwd: string; readonly ref: string; readonly parent: string; readonly links: readonly string[]; readonly workingDirectory: string }): Promise<BaseCheckout> {
  const repository = await git(['rev-parse', '--show-toplevel'], options.cwd)
  const { sha, fetched } = await resolveBase(git, repository, options.ref)
  const dir = await mkdtemp(path.join(options.parent, 'coach-gate-base-'))
  try {
    await git(['worktree', 'add', '--detach', '--force', dir, sha], repository)
  } catch (error) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
    throw error
  }
  const checkout = { repository, dir, sha, fetched, links: [] as string[] }
  const within = path.relative(repository, path.resolve(options.cwd))
  const places = [...new Set(['', within.startsWith('..') ? '' : within])]
  for (const place of places) {
    for (const name of [...DEFAULT_LINKS, ...options.links]) {
      const rel = path.join(place, name)
      const source = path.join(repository, rel)
      const target = path.join(dir, rel)
      // Only what is installed in the checkout, and never over what the base commit itself holds (a committed vendor/).
      if (!(await exists(source)) || (await exists(target))) continue
      if (!(await exists(path.dirname(target)))) continue
      await symlink(source, target, process.platform === 'win32' ? 'junction' : 'dir')
      checkout.links.push(rel)
    }
  }
  return checkout
}

/** Removes the worktree whatever is in it; returns a note when something stayed behind. */
export async function removeBase(git: Git, checkout: Pick<BaseCheckout, 'repository' | 'dir' | 'links'>): Promise<string | undefined> {
  // The links first: whatever removes the tree must not follow them into the checkout's own folders.
  for (const rel of checkout.links) await unlink(path.join(checkout.dir, rel)).catch(() => undefined)
  let problem: string | undefined
  try {
    await git(['worktree', 'remove', '--force', '--force', checkout.dir], checkout.repository)
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error)
  }
  if (await exists(checkout.dir)) await rm(checkout.dir, { recursive: true, force: true }).catch(() => undefined)
  await git(['worktree', 'prune'], checkout.repository).catch(() => undefined)
  if (await exists(checkout.dir)) return `The base commit's worktree ${checkout.dir} could not be removed: ${problem ?? 'it is still there'}.`
  return undefined
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(() => true, () => false)
}
