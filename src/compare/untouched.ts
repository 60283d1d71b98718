// What the head's tests could have changed to steer the base run, fingerprinted before they run
// and again before the base worktree is made: the checkout's git metadata (its config, which can
// name filters to run; replace refs, which swap the commit checked out; attributes), and, in every
// folder above where the base worktree goes, the files a test tool looks for upwards (a planted
// pytest.ini or conftest.py there would load into the base run). A difference means the
// comparison is not run: a base commit read through them could not be trusted.
import { sha256Hex } from '../common/random.js'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** Files test tools and package managers look for in the folders above a project. */
const UPWARD_CONFIG = /^(?:pytest\.ini|pyproject\.toml|tox\.ini|setup\.cfg|conftest\.py|sitecustomize\.py|usercustomize\.py|package\.json|\.npmrc|\.yarnrc(?:\.yml)?|node_modules|\.pnp\.c?js|jest\.config\.\w+|vitest\.config\.\w+|vite\.config\.\w+|babel\.config\.\w+|\.babelrc(?:\.\w+)?|tsconfig\.json|\.mocharc\.\w+|go\.mod|go\.work|Gemfile|\.rspec|\.bundle|Cargo\.toml|\.cargo|composer\.json|phpunit\.xml(?:\.dist)?|\.git|\.gitattributes|\.env)$/

async function gitMetadata(repository: string): Promise<string[]> {
  const out: string[] = []
  const git = path.join(repository, '.git')
  const read = async (file: string): Promise<string> => readFile(file, 'utf8').catch(() => '')
  // `.git` may be a file naming the real folder (a worktree, a submodule): that pointer counts too.
  const pointer = await read(git)
  out.push(`pointer:${pointer}`)
  const dir = pointer.startsWith('gitdir:') ? path.resolve(repository, pointer.slice(7).trim()) : git
  for (const file of ['config', 'info/attributes', 'commondir']) out.push(`${file}:${await read(path.join(dir, file))}`)
  out.push(`packed-replace:${(await read(path.join(dir, 'packed-refs'))).split('\n').filter(l => l.includes('refs/replace/')).join('\n')}`)
  out.push(`replace:${(await readdir(path.join(dir, 'refs', 'replace'), { recursive: true }).catch(() => [])).sort().join(',')}`)
  return out
}

async function upwardConfigs(parent: string): Promise<string[]> {
  const out: string[] = []
  for (let dir = path.resolve(parent); ; dir = path.dirname(dir)) {
    const names = await readdir(dir).catch(() => [] as string[])
    out.push(`${dir}:${names.filter(n => UPWARD_CONFIG.test(n)).sort().join(',')}`)
    if (path.dirname(dir) === dir) return out
  }
}

export interface Untouched {
  readonly fingerprint: string
}

/** The fingerprint of what the base run depends on and the head's tests could write. */
export async function fingerprint(repository: string, parent: string): Promise<Untouched> {
  const parts = [...(await gitMetadata(repository)), ...(await upwardConfigs(parent))]
  return { fingerprint: sha256Hex(parts.join('\0')) }
}

/** Why the comparison cannot be trusted, or undefined when nothing changed. */
export async function changedSince(before: Untouched, repository: string, parent: string): Promise<string | undefined> {
  const now = await fingerprint(repository, parent)
  if (now.fingerprint === before.fingerprint) return undefined
  return 'the checkout\'s git metadata (its config, replace refs or attributes) or a tool\'s configuration in a folder above the base worktree changed while the tests ran; a base run through them could not be trusted'
}

/** The checkout a working directory is in: the nearest folder above it that holds `.git`. */
export async function repositoryOf(cwd: string): Promise<string> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if ((await readdir(dir).catch(() => [] as string[])).includes('.git')) return dir
    if (path.dirname(dir) === dir) return path.resolve(cwd)
  }
}
