// The stage the shell calls after a failed run is classified: first `setup` (could the tests run
// at all?), then, for an infrastructure/high verdict, each of its claims checked on the runner.
// The facts are gathered here (the workspace's manifests, the checks through the injected
// Checks); what they mean is decided by the pure functions of setup.ts and judge.ts.
import { access, readFile, realpath, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Verdict } from '../classify/classifier.js'
import { interpretationOf } from '../classify/rules/index.js'
import type { Checks, CheckAnswer } from './checks.js'
import { CONNECT_TIMEOUT_MS, TOOLCHAIN_TIMEOUT_MS } from './checks.js'
import { claimsOf, describeClaim } from './claims.js'
import { corroborationOf, judgeAnswer, planChecks, verdictAfter, type CheckRecord, type Corroboration, type CorroborationContext, type PlannedCheck } from './judge.js'
import { judgeSetup, npmDeclared, npmInstallCommand, pyprojectNames, requirementNames, setupVerdict, type SetupFacts, type SetupFinding } from './setup.js'

export interface CorroborateOptions extends CorroborationContext {
  readonly verdict: Verdict
  readonly command: string
  readonly exitCode: number
  readonly tail: readonly string[]
  readonly totalLines: number
  /** working-directory, resolved. */
  readonly cwd: string
  readonly workspace: string
  readonly checks: Checks
}

export interface CorroborateResult {
  readonly verdict: Verdict
  readonly setup?: SetupFinding
  readonly corroboration?: Corroboration
}

export async function corroborateStage(o: CorroborateOptions): Promise<CorroborateResult> {
  const setup = judgeSetup(await setupFacts(o), o.verdict)
  if (setup) return { verdict: setupVerdict(o.verdict, setup), setup }
  if (o.verdict.classification !== 'infrastructure' || o.verdict.confidence !== 'high') return { verdict: o.verdict }
  const planned = planChecks(claimsOf(o.verdict, o.declared), o)
  const interpreter = planned.some(p => p.request?.kind === 'module' && p.request.ecosystem === 'python') ? await interpreterOf(o.tail, await testWritable(o)) : undefined
  const records = await Promise.all(planned.map(p => check(p, o, interpreter)))
  const corroboration = corroborationOf(records)
  return { verdict: verdictAfter(o.verdict, corroboration), corroboration }
}

async function check(planned: PlannedCheck, o: CorroborateOptions, interpreter: string | undefined): Promise<CheckRecord> {
  const started = performance.now()
  const answer = await ask(planned, o, interpreter)
  const decided = answer === undefined ? (planned.decided ?? { result: 'unestablished' as const, reason: 'nothing was checked' }) : judgeAnswer(planned, answer)
  return { claim: `${describeClaim(planned.claim)}${planned.claim.line > 0 ? ` (log line ${planned.claim.line})` : ''}`, check: planned.check, result: decided.result, reason: decided.reason, timeMs: Math.round((performance.now() - started) * 10) / 10 }
}

async function ask(planned: PlannedCheck, o: CorroborateOptions, interpreter: string | undefined): Promise<CheckAnswer<string> | undefined> {
  const r = planned.request
  if (!r) return undefined
  try {
    switch (r.kind) {
      case 'connect': return await o.checks.connect(r.target, CONNECT_TIMEOUT_MS)
      case 'resolve': return await o.checks.resolve(r.host, CONNECT_TIMEOUT_MS)
      case 'module': return await o.checks.module(r.ecosystem, r.name, { cwd: o.cwd, env: o.env as NodeJS.ProcessEnv, timeoutMs: TOOLCHAIN_TIMEOUT_MS, ...(interpreter ? { interpreter } : {}) })
      case 'tool': return await o.checks.tool(r.name, o.env as NodeJS.ProcessEnv)
    }
  } catch (error) {
    return { outcome: 'no-answer', detail: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * The interpreter a Python traceback's frames point at (`/opt/venv/lib/python3.12/site-packages/...`
 * → `/opt/venv/bin/python`). The log is the tests' text and the workspace and temporary folders
 * are theirs to write: a program found there is never run after the tests (the step's `python3`
 * is asked instead).
 */
async function interpreterOf(tail: readonly string[], untouchable: readonly string[]): Promise<string | undefined> {
  for (const line of tail) {
    const prefix = /File "(\/[^"]{1,500}?)\/lib\/python3(?:\.\d+)?\/(?:site|dist)-packages\//.exec(line)?.[1]
    if (!prefix) continue
    for (const name of ['python3', 'python']) {
      const full = await realpath(path.join(prefix, 'bin', name)).catch(() => undefined)
      if (full === undefined) continue
      if (untouchable.some(dir => full === dir || full.startsWith(`${dir}${path.sep}`))) return undefined
      return full
    }
  }
  return undefined
}

/** Folders the tests could write to: nothing in them is run after the tests. */
async function testWritable(o: CorroborateOptions): Promise<string[]> {
  const dirs = [o.workspace, o.cwd, tmpdir(), o.env.RUNNER_TEMP ?? ''].filter(Boolean)
  return Promise.all(dirs.map(d => realpath(d).catch(() => path.resolve(d))))
}

async function setupFacts(o: CorroborateOptions): Promise<SetupFacts> {
  const base = { command: o.command, exitCode: o.exitCode, tail: o.tail, totalLines: o.totalLines }
  // The command was not found: no manifest needs reading.
  if (o.exitCode === 127 || o.exitCode === 126) return base
  const upwards = ancestors(o.cwd, o.workspace)
  const manifest = await readText(path.join(o.cwd, 'package.json'))
  let npm: SetupFacts['npm']
  if (manifest !== undefined) {
    const declared = npmDeclared(manifest)
    const installed = (await Promise.all(upwards.flatMap(dir => [exists(path.join(dir, 'node_modules')), exists(path.join(dir, '.pnp.cjs'))]))).some(Boolean)
    const lockfiles = (await Promise.all(upwards.flatMap(dir => ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock'].map(async f => ((await exists(path.join(dir, f))) ? f : ''))))).filter(Boolean)
    npm = { file: 'package.json', declared, installed, install: npmInstallCommand(lockfiles) }
  }
  // Python manifests are read only when a Python import failed: asking the interpreter costs a process.
  let python: SetupFacts['python']
  if (o.verdict.evidence.some(e => interpretationOf(e.ruleId) === 'module:python')) {
    const requirements = await readText(path.join(o.cwd, 'requirements.txt'))
    const pyproject = requirements === undefined ? await readText(path.join(o.cwd, 'pyproject.toml')) : undefined
    const declared = requirements !== undefined ? requirementNames(requirements) : pyproject !== undefined ? pyprojectNames(pyproject) : []
    if (declared.length > 0) {
      const interpreter = await interpreterOf(o.tail, await testWritable(o))
      const installed = await o.checks.pythonDistributions(declared, { cwd: o.cwd, env: o.env as NodeJS.ProcessEnv, timeoutMs: TOOLCHAIN_TIMEOUT_MS, ...(interpreter ? { interpreter } : {}) }).catch(() => undefined)
      python = { file: requirements !== undefined ? 'requirements.txt' : 'pyproject.toml', declared, installed, install: requirements !== undefined ? 'pip install -r requirements.txt' : 'pip install .' }
    }
  }
  return { ...base, ...(npm ? { npm } : {}), ...(python ? { python } : {}) }
}

/** working-directory and each directory above it up to the workspace (only itself when outside it). */
function ancestors(cwd: string, workspace: string): string[] {
  const out = [cwd]
  const rel = path.relative(workspace, cwd)
  if (rel.startsWith('..') || path.isAbsolute(rel)) return out
  for (let dir = cwd; dir !== workspace && path.dirname(dir) !== dir;) {
    dir = path.dirname(dir)
    out.push(dir)
  }
  return out
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    if (!(await stat(file)).isFile()) return undefined
    return await readFile(file, 'utf8')
  } catch {
    return undefined
  }
}
