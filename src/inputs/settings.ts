// Step 1 of the flow: every input of action.yml, read once into one typed object.
// A bad value fails here with a message that names the input and what was wrong.
import { CONDITIONAL_APPROVAL_POLICIES, type ConditionalApprovalPolicy } from './trust.js'
import { INPUTS } from '../common/names.js'
import { clip as clipText, oneLine } from '../common/text.js'

/** Input values quoted in error messages stay short. */
const clip = (text: string): string => clipText(text, 61)

export interface Gate {
  readonly name: string
  readonly outcome: string
  readonly passed: boolean
}

export interface Settings {
  readonly testCommand: string
  readonly workingDirectory: string
  readonly taskFile: string
  readonly taskGlob: string
  /** Set only when the `requires-infrastructure` input was given; it then overrides frontmatter. */
  readonly requiresInfrastructure: readonly string[] | undefined
  readonly gates: readonly Gate[]
  readonly dockerProbeTimeoutSeconds: number
  readonly startServices: boolean
  readonly serviceImages: Readonly<Record<string, string>>
  /** Seconds each declared service may take to accept clients. */
  readonly serviceTimeoutSeconds: number
  /** 0 means no timeout. */
  readonly testTimeoutMinutes: number
  readonly failOnFeedback: boolean
  readonly githubToken: string
  readonly reportDirectory: string
  /** Who may be approved without independent tests (trust.ts). */
  readonly conditionalApproval: ConditionalApprovalPolicy
  /** Globs of JUnit XML reports the tests write, relative to working-directory; empty when unused. */
  readonly junitPaths: readonly string[]
  /** This run's name in a matrix (`shard` input), for the merge sub-action; '' when not given. */
  readonly shard: string
  /** How many times a failed test command is run again (issue 16); 0: never. */
  readonly retries: number
  /** The decision for tests that failed and then passed on a retry. */
  readonly flakyDecision: FlakyDecision
  /** Globs of earlier audit reports (restored from a cache or artifacts) for repeat-count. */
  readonly previousReports: readonly string[]
  /** Where a pull request's declarations are read: the PR itself, or its base commit (task.ts). */
  readonly declarationsFrom: DeclarationsFrom
  /** Run the tests on the base commit too when they failed (issue 25); `off` by default. */
  readonly compareBase: CompareBase
  /** The base commit to compare with, instead of the event's pull_request.base.sha; '' when not given. */
  readonly baseRef: string
  /** Folders of installed dependencies linked into the base worktree besides node_modules, vendor and .venv. */
  readonly compareBaseLinks: readonly string[],
  /** Keep one PR comment with the verdict, updated in place (`comment` input). */
  readonly comment: boolean
}

export const COMPARE_BASE_MODES = ['off', 'on-failure'] as const
export type CompareBase = (typeof COMPARE_BASE_MODES)[number]

export const DECLARATION_SOURCES = ['pull-request', 'base'] as const
export type DeclarationsFrom = (typeof DECLARATION_SOURCES)[number]

export const FLAKY_DECISIONS = ['approve', 'feedback'] as const
export type FlakyDecision = (typeof FLAKY_DECISIONS)[number]
export const MAX_RETRIES = 5

export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string
  ) {
    super(`Input '${input}': ${problem}`)
    this.name = 'InputError'
  }
}

/** Reads one input's raw value; empty string when unset (the @actions/core convention). */
export type InputReader = (name: string) => string

/** Outcomes that let a gate pass; anything else (failure, cancelled, a typo) fails it. */
const PASSING_OUTCOMES = new Set(['success', 'skipped'])

export function readSettings(input: InputReader, env: Readonly<Record<string, string | undefined>> = {}): Settings {
  const testCommand = input(INPUTS.testCommand).trim()
  if (testCommand === '') throw new InputError(INPUTS.testCommand, 'is required: the shell command that runs the tests')

  const requiresRaw = input(INPUTS.requiresInfrastructure)
  return {
    testCommand,
    workingDirectory: input(INPUTS.workingDirectory).trim() || '.',
    taskFile: input(INPUTS.taskFile).trim(),
    taskGlob: input(INPUTS.taskGlob).trim() || 'tasks/**/*.md',
    requiresInfrastructure: requiresRaw.trim() === '' ? undefined : parseList(requiresRaw),
    gates: parseGates(input(INPUTS.gates)),
    dockerProbeTimeoutSeconds: parseDuration(INPUTS.dockerProbeTimeout, input(INPUTS.dockerProbeTimeout), 's', 10, { min: 0.1, max: 600 }),
    startServices: parseBoolean(INPUTS.startServices, input(INPUTS.startServices), true),
    serviceImages: parseServiceImages(input(INPUTS.serviceImages)),
    serviceTimeoutSeconds: parseDuration(INPUTS.serviceTimeout, input(INPUTS.serviceTimeout), 's', 60, { min: 1, max: 3600 }),
    // Minutes by default, as before; `90s`, `10m`, `1h` say their unit.
    testTimeoutMinutes: parseDuration(INPUTS.testTimeout, input(INPUTS.testTimeout), 'm', 0, { min: 0, max: 24 * 3600 }),
    failOnFeedback: parseBoolean(INPUTS.failOnFeedback, input(INPUTS.failOnFeedback), true),
    githubToken: input(INPUTS.githubToken).trim(),
    reportDirectory: input(INPUTS.reportDirectory).trim() || defaultReportDirectory(env),
    conditionalApproval: parseChoice(INPUTS.conditionalApproval, input(INPUTS.conditionalApproval), CONDITIONAL_APPROVAL_POLICIES, 'same-repo'),
    junitPaths: parseJUnitPaths(input(INPUTS.junitPaths)),
    shard: parseShard(input(INPUTS.shard)),
    retries: parseRetries(input(INPUTS.retries)),
    flakyDecision: parseChoice(INPUTS.flakyDecision, input(INPUTS.flakyDecision), FLAKY_DECISIONS, 'approve'),
    previousReports: parseList(input(INPUTS.previousReports)),
    declarationsFrom: parseChoice(INPUTS.declarationsFrom, input(INPUTS.declarationsFrom), DECLARATION_SOURCES, 'pull-request'),
    compareBase: parseChoice(INPUTS.compareBase, input(INPUTS.compareBase), COMPARE_BASE_MODES, 'off'),
    baseRef: parseBaseRef(input(INPUTS.baseRef)),
    compareBaseLinks: parseBaseLinks(input(INPUTS.compareBaseLinks)),
    comment: parseBoolean(INPUTS.comment, input(INPUTS.comment), false)
  }
}

/** A commit SHA or a branch/tag name: passed to git as one argument, so never an option nor a range. */
export function parseBaseRef(raw: string): string {
  const text = raw.trim()
  if (text === '') return ''
  if (!/^[A-Za-z0-9._/-]{1,255}$/.test(text) || text.startsWith('-') || text.includes('..') || text.endsWith('/') || text.endsWith('.lock')) {
    throw new InputError(INPUTS.baseRef, `'${clip(text)}' is not a commit SHA or a branch name`)
  }
  return text
}

/** Relative folders inside the repository (no absolute path, no `..`). */
export function parseBaseLinks(raw: string): string[] {
  const links = parseList(raw).map(link => link.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, ''))
  for (const link of links) {
    if (link === '' || link === '.' || link.startsWith('/') || /^[A-Za-z]:/.test(link) || link.split('/').includes('..')) {
      throw new InputError(INPUTS.compareBaseLinks, `'${clip(link)}' must be a folder relative to the repository, e.g. packages/app/node_modules`)
    }
  }
  return [...new Set(links)]
}

export function defaultReportDirectory(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.RUNNER_TEMP || env.TMPDIR || '/tmp'
  return `${base.replace(/\/+$/, '')}/coach-gate`
}

/** Comma- or newline-separated list; blanks dropped, duplicates removed, order kept. */
export function parseList(raw: string): string[] {
  const items = raw
    .split(/[,\n]/)
    .map(item => item.trim())
    .filter(item => item !== '')
  return [...new Set(items)]
}

/**
 * The shard's name, usually from the matrix (`${{ matrix.shard }}`, or `${{ toJSON(matrix) }}`,
 * which is several lines): one line, white space collapsed, at most 200 characters.
 */
export function parseShard(raw: string): string {
  return oneLine(raw.replace(/\s+/g, ' '), 200)
}

export function parseRetries(raw: string): number {
  const text = raw.trim()
  if (text === '') return 0
  if (!/^\d+$/.test(text)) throw new InputError(INPUTS.retries, `'${clip(text)}' is not a whole number (expected 0 to ${MAX_RETRIES})`)
  const value = Number(text)
  if (value > MAX_RETRIES) throw new InputError(INPUTS.retries, `${text} is out of range (0 to ${MAX_RETRIES})`)
  return value
}

export function parseJUnitPaths(raw: string): string[] {
  // Commas separate globs except inside `{a,b}` alternatives.
  const globs = [...new Set(raw.split(/\n|,(?![^{}]*\})/).map(g => g.trim()).filter(g => g !== ''))]
  for (const glob of globs) {
    if (glob.startsWith('/') || glob.split('/').includes('..')) throw new InputError(INPUTS.junitPaths, `'${clip(glob)}' must be a glob relative to working-directory, e.g. reports/junit-*.xml`)
  }
  return globs
}

export function parseGates(raw: string): Gate[] {
  const gates: Gate[] = []
  const lines = raw.split('\n')
  lines.forEach((line, index) => {
    const text = line.trim()
    if (text === '' || text.startsWith('#')) return
    const eq = text.indexOf('=')
    if (eq < 0) throw new InputError(INPUTS.gates, `line ${index + 1} ('${clip(text)}') has no '=': write one name=outcome a line, e.g. lint=\${{ steps.lint.outcome }}`)
    const name = text.slice(0, eq).trim()
    const outcome = text.slice(eq + 1).trim().toLowerCase()
    if (name === '') throw new InputError(INPUTS.gates, `line ${index + 1} ('${clip(text)}') has no gate name before '='`)
    if (outcome === '') throw new InputError(INPUTS.gates, `gate '${clip(name)}' has an empty outcome; an unset step outcome usually means the step id is misspelt`)
    if (gates.some(g => g.name === name)) throw new InputError(INPUTS.gates, `gate '${clip(name)}' is listed twice`)
    gates.push({ name, outcome, passed: PASSING_OUTCOMES.has(outcome) })
  })
  return gates
}

export function parseServiceImages(raw: string): Record<string, string> {
  const images: Record<string, string> = {}
  raw.split('\n').forEach((line, index) => {
    const text = line.trim()
    if (text === '' || text.startsWith('#')) return
    const eq = text.indexOf('=')
    if (eq < 0) throw new InputError(INPUTS.serviceImages, `line ${index + 1} ('${clip(text)}') has no '=': write one service=image a line, e.g. postgresql=postgres:16-alpine`)
    const service = text.slice(0, eq).trim().toLowerCase()
    const image = text.slice(eq + 1).trim()
    if (service === '' || image === '') throw new InputError(INPUTS.serviceImages, `line ${index + 1} ('${clip(text)}') needs both a service and an image`)
    if (/\s/.test(image)) throw new InputError(INPUTS.serviceImages, `image '${clip(image)}' for '${service}' contains white space`)
    images[service] = image
  })
  return images
}

export function parseNumber(name: string, raw: string, fallback: number, range: { min: number; max: number }): number {
  const text = raw.trim()
  if (text === '') return fallback
  // Number('') and Number('0x10') are too forgiving; accept plain decimals only.
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(text)) throw new InputError(name, `'${clip(text)}' is not a number (expected e.g. ${fallback || 10})`)
  const value = Number(text)
  if (value !== 0 && (value < range.min || value > range.max)) {
    throw new InputError(name, `${text} is out of range (${range.min} to ${range.max})`)
  }
  if (value === 0 && range.min > 0) throw new InputError(name, `must be greater than 0`)
  return value
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const
type DurationUnit = keyof typeof UNIT_SECONDS
const UNIT_WORDS: Readonly<Record<string, DurationUnit>> = { s: 's', sec: 's', secs: 's', second: 's', seconds: 's', m: 'm', min: 'm', mins: 'm', minute: 'm', minutes: 'm', h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h' }

/**
 * A duration: a number with a unit (`90s`, `10m`, `1.5h`), or a bare number in the input's own
 * unit (`bare`), as the input always took it. Returned in the bare unit; `range` is in seconds.
 */
export function parseDuration(name: string, raw: string, bare: DurationUnit, fallback: number, range: { min: number; max: number }): number {
  const text = raw.trim().toLowerCase()
  if (text === '') return fallback
  const found = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/.exec(text)
  const example = bare === 'm' ? 'e.g. 0.5 (minutes), 90s, 10m or 1h' : 'e.g. 30 (seconds), 30s, 2m or 1h'
  if (!found) throw new InputError(name, `'${clip(raw.trim())}' is not a duration (${example})`)
  const word = found[2] as string
  const unit = word === '' ? bare : UNIT_WORDS[word]
  if (unit === undefined) throw new InputError(name, `'${clip(raw.trim())}' has an unknown unit '${clip(word)}': use s (seconds), m (minutes) or h (hours), ${example}; a bare number is ${bare === 'm' ? 'minutes' : 'seconds'}`)
  const seconds = Number(found[1]) * UNIT_SECONDS[unit]
  const show = (s: number): string => (s === 0 ? '0' : s % 3600 === 0 ? `${s / 3600}h` : s % 60 === 0 ? `${s / 60}m` : `${s}s`)
  if (seconds === 0 && range.min > 0) throw new InputError(name, 'must be greater than 0')
  if (seconds !== 0 && (seconds < range.min || seconds > range.max)) throw new InputError(name, `${raw.trim()} is out of range (${show(range.min)} to ${show(range.max)})`)
  return seconds / UNIT_SECONDS[bare]
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[], fallback: T): T {
  const text = raw.trim().toLowerCase()
  if (text === '') return fallback
  const choice = choices.find(c => c === text)
  if (choice === undefined) throw new InputError(name, `'${clip(text)}' is not one of ${choices.join(', ')}`)
  return choice
}

export function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  const text = raw.trim().toLowerCase()
  if (text === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(text)) return true
  if (['false', 'no', 'off', '0'].includes(text)) return false
  throw new InputError(name, `'${clip(text)}' is not a boolean (use true or false)`)
}
