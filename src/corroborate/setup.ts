// `setup`: the tests could not run at all because of the workflow, not the code or a service.
// The test command itself was not found or not executable (exit 127/126 and the shell's own
// message naming it), or the project's declared dependencies were never installed (a manifest
// that lists packages, and none of them installed). Decided from the run's exit code, the
// shell's message and the workspace, outside the classifier. Pure; stage.ts gathers the facts.
import type { Verdict } from '../classify/classifier.js'
import { interpretationOf } from '../classify/rules/index.js'

export interface SetupFacts {
  readonly command: string
  readonly exitCode: number
  /** The log's last lines, and how many lines it had in all (for line numbers). */
  readonly tail: readonly string[]
  readonly totalLines: number
  readonly npm?: { readonly file: string; readonly declared: readonly string[]; readonly installed: boolean; readonly install: string }
  /** `installed` undefined: the interpreter could not be asked. */
  readonly python?: { readonly file: string; readonly declared: readonly string[]; readonly installed: readonly string[] | undefined; readonly install: string }
}

export interface SetupFinding {
  readonly ruleId: 'setup.command-not-found' | 'setup.not-executable' | 'setup.dependencies-not-installed'
  readonly title: string
  readonly explanation: string
  readonly remediation: readonly string[]
  readonly evidence?: { readonly line: number; readonly text: string }
}

/** `bash: line 1: pytset: command not found`, `/bin/sh: 1: ./t.sh: Permission denied`, `sh: jest: not found`. */
const SHELL_MESSAGE = /^(?:\S*\/)?(?:ba|da|z)?sh(?:\.exe)?: (?:line \d+: |\d+: )?(?<name>[^:\s][^:]{0,300}?): (?<what>command not found|not found|Permission denied|No such file or directory)\s*$/

/** The words in command position of a shell command line: `FOO=1 pytest -q && ./lint` → pytest, ./lint. */
export function commandWords(command: string): string[] {
  const words: string[] = []
  for (const part of command.split(/&&|\|\||[;|&\n()]|\$\(|`/)) {
    const tokens = part.trim().split(/\s+/).filter(Boolean)
    const first = tokens.find(t => !/^[A-Za-z_]\w*=/.test(t) && !['then', 'do', 'else', 'exec', 'time', 'command', '!', '{', '}'].includes(t))
    if (first !== undefined) words.push(first.replace(/^["']|["']$/g, ''))
  }
  return words
}

export function judgeSetup(facts: SetupFacts, verdict: Verdict): SetupFinding | undefined {
  const notRun = commandNotRun(facts)
  if (notRun) return notRun
  // Tests that ran and failed on an assertion failed in the code, whatever is installed; a
  // missing package or command, or a failure no rule explains, is what nothing installed looks like.
  const missingSomething = verdict.evidence.some(e => { const reads = interpretationOf(e.ruleId); return reads === 'tool' || reads === 'jdbc' || (reads?.startsWith('module:') ?? false) })
  if (verdict.classification === 'code' && verdict.confidence === 'high' && !missingSomething) return undefined
  // A Python, Ruby or Java package missing is not what an uninstalled package.json explains.
  const foreign = verdict.evidence.some(e => /^module\.(?!npm\.)/.test(e.ruleId))
  const npm = facts.npm
  if (npm && npm.declared.length > 0 && !npm.installed && !foreign) {
    return {
      ruleId: 'setup.dependencies-not-installed',
      title: 'The project\'s dependencies were never installed',
      explanation: `${npm.file} declares ${count(npm.declared)} (${list(npm.declared)}), and there is no node_modules in working-directory or above it: the dependencies were never installed, so the tests could not run.`,
      remediation: [`Install the dependencies in a step before coach-gate: \`${npm.install}\`.`]
    }
  }
  const py = facts.python
  if (py && py.declared.length > 0 && py.installed !== undefined && py.installed.length === 0 && verdict.evidence.some(e => interpretationOf(e.ruleId) === 'module:python')) {
    return {
      ruleId: 'setup.dependencies-not-installed',
      title: 'The project\'s dependencies were never installed',
      explanation: `${py.file} declares ${count(py.declared)} (${list(py.declared)}), and none of them is installed for the interpreter the tests used: the dependencies were never installed, so the tests could not run.`,
      remediation: [`Install the dependencies in a step before coach-gate: \`${py.install}\` (in the environment the tests run with).`]
    }
  }
  return undefined
}

/** Exit 127/126 with the shell's own message naming a command of test-command itself. */
function commandNotRun(facts: SetupFacts): SetupFinding | undefined {
  if (facts.exitCode !== 127 && facts.exitCode !== 126) return undefined
  const words = commandWords(facts.command)
  const first = facts.totalLines - facts.tail.length + 1
  for (let i = facts.tail.length - 1; i >= 0; i--) {
    const text = facts.tail[i] as string
    const g = SHELL_MESSAGE.exec(text.trim())?.groups
    if (!g || !words.includes(g.name as string)) continue
    const name = g.name as string
    const evidence = { line: first + i, text: text.trim() }
    if (g.what === 'Permission denied') {
      return { ruleId: 'setup.not-executable', title: 'The test command is not executable', evidence,
        explanation: `The shell could not execute ${name}, the test command itself (exit ${facts.exitCode}, "${text.trim()}"): no test ran.`,
        remediation: [`Make ${name} executable (\`chmod +x ${name}\`, committed with git update-index --chmod=+x), or run it through its interpreter in test-command (\`bash ${name}\`).`] }
    }
    return { ruleId: 'setup.command-not-found', title: 'The test command was not found', evidence,
      explanation: `The shell did not find ${name}, the test command itself (exit ${facts.exitCode}, "${text.trim()}"): no test ran.`,
      remediation: [`Fix test-command in the workflow (is \`${name}\` spelled right?), or install ${name} in a step before coach-gate.`] }
  }
  return undefined
}

export function setupVerdict(verdict: Verdict, finding: SetupFinding): Verdict {
  return {
    ...verdict,
    classification: 'setup', confidence: 'high', services: [], unnamedService: false, ruleId: finding.ruleId, title: finding.title, explanation: finding.explanation,
    evidence: finding.evidence ? [{ ruleId: finding.ruleId, title: finding.title, kind: 'unexplained', confidence: 'high', service: '', line: finding.evidence.line, text: finding.evidence.text }] : [],
    tests: [], failingTests: 0
  }
}

/** The packages a package.json declares (dependencies, devDependencies, optional and peer ones are not required). */
export function npmDeclared(text: string): string[] {
  try {
    const json = JSON.parse(text) as Record<string, unknown>
    const names = (field: unknown): string[] => (field && typeof field === 'object' ? Object.keys(field) : [])
    return [...new Set([...names(json.dependencies), ...names(json.devDependencies)])]
  } catch {
    return []
  }
}

/** Distribution names in a requirements file: `psycopg2-binary==2.9`, not `-r other.txt` nor `-e .`. */
export function requirementNames(text: string): string[] {
  const names: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line === '' || line.startsWith('-') || /^(?:\.|\/|git\+|https?:)/.test(line)) continue
    const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1]
    if (name) names.push(name)
  }
  return [...new Set(names)]
}

/** Distribution names of pyproject.toml's `[project] dependencies` and Poetry's dependency table (not `python`). */
export function pyprojectNames(text: string): string[] {
  const names: string[] = []
  const project = /^\[project\][^[]*?^dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(text)
  for (const m of (project?.[1] ?? '').matchAll(/["']\s*([A-Za-z0-9][A-Za-z0-9._-]*)/g)) names.push(m[1] as string)
  const poetry = /^\[tool\.poetry\.dependencies\]\s*\n([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)
  for (const m of (poetry?.[1] ?? '').matchAll(/^([A-Za-z0-9][A-Za-z0-9._-]*)\s*=/gm)) if ((m[1] as string).toLowerCase() !== 'python') names.push(m[1] as string)
  return [...new Set(names)]
}

/** The install command a lockfile asks for. */
export function npmInstallCommand(lockfiles: readonly string[]): string {
  if (lockfiles.includes('pnpm-lock.yaml')) return 'pnpm install --frozen-lockfile'
  if (lockfiles.includes('yarn.lock')) return 'yarn install --frozen-lockfile'
  if (lockfiles.includes('bun.lockb') || lockfiles.includes('bun.lock')) return 'bun install --frozen-lockfile'
  if (lockfiles.includes('package-lock.json') || lockfiles.includes('npm-shrinkwrap.json')) return 'npm ci'
  return 'npm install'
}

const count = (names: readonly string[]): string => `${names.length} package${names.length === 1 ? '' : 's'}`
const list = (names: readonly string[]): string => names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '')
