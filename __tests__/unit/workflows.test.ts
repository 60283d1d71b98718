// The workflows and the README's examples are checked against action.yml: every input they
// pass exists, required inputs are given, and every output they read is one the action sets.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ROOT } from '../harness/action.js'

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
const INPUTS = new Set(Object.keys(action.inputs))
const OUTPUTS = new Set(Object.keys(action.outputs))
const REQUIRED = Object.entries(action.inputs as Record<string, { required?: boolean }>).filter(([, spec]) => spec.required === true).map(([name]) => name)
const mergeAction = parse(readFileSync(path.join(ROOT, 'merge', 'action.yml'), 'utf8'))
const MERGE = {
  inputs: new Set(Object.keys(mergeAction.inputs)),
  outputs: new Set(Object.keys(mergeAction.outputs)),
  required: Object.entries(mergeAction.inputs as Record<string, { required?: boolean }>).filter(([, spec]) => spec.required === true).map(([name]) => name)
}

const WORKFLOW_DIR = path.join(ROOT, '.github', 'workflows')
const workflows = readdirSync(WORKFLOW_DIR).filter(f => /\.ya?ml$/.test(f)).map(file => ({ file, text: readFileSync(path.join(WORKFLOW_DIR, file), 'utf8') }))
// The README's examples, and the long guide's it links to.
const readmeExamples = ['README.md', 'docs/usage.md'].flatMap(doc => [...readFileSync(path.join(ROOT, doc), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => ({ file: `${doc} yaml block ${i + 1}`, text: m[1] as string })))

const isCoachGate = (uses: unknown): boolean => typeof uses === 'string' && (uses === './' || /^coach-gate\/coach-gate@/.test(uses))
const isMerge = (uses: unknown): boolean => typeof uses === 'string' && (uses === './merge' || /^coach-gate\/coach-gate\/merge@/.test(uses))

interface Step { id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }

/** Checks one job's steps; returns the problems found, so a failure names them all. */
function problems(file: string, jobName: string, steps: Step[]): string[] {
  const found: string[] = []
  const gateIds = new Set<string>()
  const mergeIds = new Set<string>()
  for (const step of steps) {
    const [inputs, required, source] = isCoachGate(step.uses) ? [INPUTS, REQUIRED, 'action.yml'] : isMerge(step.uses) ? [MERGE.inputs, MERGE.required, 'merge/action.yml'] : []
    if (inputs === undefined || required === undefined) continue
    if (step.id) (isMerge(step.uses) ? mergeIds : gateIds).add(step.id)
    for (const name of Object.keys(step.with ?? {})) if (!inputs.has(name)) found.push(`${file} ${jobName}: input '${name}' is not in ${source}`)
    for (const name of required) if (!(name in (step.with ?? {}))) found.push(`${file} ${jobName}: required input '${name}' is missing`)
  }
  const text = JSON.stringify(steps)
  for (const match of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    const [, id, output] = match as unknown as [string, string, string]
    if (gateIds.has(id) && !OUTPUTS.has(output)) found.push(`${file} ${jobName}: output '${output}' of step '${id}' is not in action.yml`)
    if (mergeIds.has(id) && !MERGE.outputs.has(output)) found.push(`${file} ${jobName}: output '${output}' of step '${id}' is not in merge/action.yml`)
  }
  return found
}

describe('workflows', () => {
  it('exist: CI, the dist/ check, the self-test and releases', () => {
    expect(workflows.map(w => w.file).sort()).toEqual(expect.arrayContaining(['check-dist.yml', 'ci.yml', 'release.yml', 'self-test.yml']))
  })

  it('parse, and every job has a runner, a time limit under 20 minutes and steps', () => {
    for (const { file, text } of workflows) {
      const workflow = parse(text)
      expect(workflow.on ?? workflow[true as unknown as string], file).toBeDefined()
      expect(workflow.permissions, `${file} sets least permissions`).toBeDefined()
      for (const [name, job] of Object.entries(workflow.jobs as Record<string, any>)) {
        expect(job['runs-on'], `${file} ${name}`).toBeDefined()
        expect(job['timeout-minutes'], `${file} ${name}`).toBeLessThanOrEqual(20)
        expect(Array.isArray(job.steps) && job.steps.length > 0, `${file} ${name}`).toBe(true)
        for (const step of job.steps as Step[]) if (step.uses && step.uses !== './' && step.uses !== './merge') expect(step.uses, `${file} ${name}`).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+|[0-9a-f]{40})$/)
      }
    }
  })

  it('CI runs .ci/run, the same as locally', () => {
    const ci = parse(workflows.find(w => w.file === 'ci.yml')?.text ?? '')
    expect((ci.jobs.ci.steps as Step[]).some(step => step.run === 'bash .ci/run')).toBe(true)
  })

  it('the self-test uses the action from the repository on the examples and checks its outputs in a later step', () => {
    const selfTest = parse(workflows.find(w => w.file === 'self-test.yml')?.text ?? '')
    const job = selfTest.jobs['self-test']
    const steps = job.steps as Step[]
    const gateAt = steps.findIndex(step => step.uses === './')
    expect(gateAt).toBeGreaterThan(0)
    const checks = steps.slice(gateAt + 1).filter(step => JSON.stringify(step).includes('steps.gate.outputs.decision'))
    expect(checks.length).toBe(1)
    expect(checks[0]?.run).toMatch(/exit "\$failed"/)
    const cases = job.strategy.matrix.include as Record<string, string>[]
    expect(cases.map(c => c.project)).toEqual(expect.arrayContaining(['examples/passing', 'examples/needs-postgres', 'examples/code-defect']))
    expect(cases.some(c => c.conditional === 'true' && c['task-file'] !== '' && /no-docker/.test(c['docker-host'] ?? ''))).toBe(true)
    for (const c of cases) if (c['task-file']) expect(readFileSync(path.join(ROOT, c['task-file']), 'utf8')).toMatch(/requires_infrastructure/)
  })

  it('the self-test runs on Linux, macOS and Windows: passing, code defect and PostgreSQL without Docker on each, outcomes written down and checked', () => {
    const job = parse(workflows.find(w => w.file === 'self-test.yml')?.text ?? '').jobs['self-test']
    expect(job['runs-on']).toBe('${{ matrix.os }}')
    // The check step is a bash script on every OS; Windows' default shell would be PowerShell.
    expect(job.defaults?.run?.shell).toBe('bash')
    const cases = job.strategy.matrix.include as Record<string, string>[]
    expect([...new Set(cases.map(c => c.os))].sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest'])
    const expectations = ['outcome', 'decision', 'conditional', 'tests-passed', 'classification', 'service', 'docker-available', 'docker-os']
    const check = (job.steps as Step[]).find(step => JSON.stringify(step).includes('steps.gate.outputs.decision'))?.run ?? ''
    // Every expectation written in the matrix is asserted by the check step.
    for (const key of expectations) expect(check, key).toContain(`\${{ matrix.${key} }}`)
    for (const c of cases) for (const key of expectations) expect(typeof c[key], `${c.os} ${c.case}: ${key}`).toBe('string')

    const find = (os: string, project: string): Record<string, string>[] => cases.filter(c => c.os === os && c.project === project && (c.gates ?? '') === '')
    for (const os of ['ubuntu-latest', 'macos-latest', 'windows-latest']) {
      expect(find(os, 'examples/passing').map(c => [c.outcome, c.decision, c.conditional, c['tests-passed']]), os).toEqual([['success', 'approve', 'false', 'true']])
      expect(find(os, 'examples/code-defect').map(c => [c.outcome, c.decision, c.classification]), os).toEqual([['failure', 'feedback', 'code']])
      const withoutDocker = find(os, 'examples/needs-postgres').filter(c => c.conditional === 'true')
      expect(withoutDocker.map(c => [c.outcome, c.decision, c['tests-passed'], c.classification, c.service]), os).toEqual([['success', 'approve', 'false', 'infrastructure', 'postgresql']])
      expect(readFileSync(path.join(ROOT, withoutDocker[0]?.['task-file'] ?? ''), 'utf8')).toMatch(/requires_infrastructure:\s*\n\s*- postgres/)
    }
    // macOS runners have no Docker; Windows runners have one that runs Windows containers only,
    // reported as available (the output stays truthful) and as windows in the report.
    for (const c of cases.filter(c => c.os === 'macos-latest')) expect([c['docker-available'], c['docker-os']]).toEqual(['false', ''])
    for (const c of cases.filter(c => c.os === 'windows-latest')) expect([c['docker-available'], c['docker-os']]).toEqual(['true', 'windows'])
    // A unix:// DOCKER_HOST would break the Windows CLI (named pipes) and mean nothing on macOS.
    for (const c of cases.filter(c => c.os !== 'ubuntu-latest')) expect(c['docker-host'], `${c.os} ${c.case}`).toBe('')
  })

  it('pass only inputs that exist and read only outputs that exist (workflows and README examples)', () => {
    const found: string[] = []
    let gateSteps = 0
    let mergeSteps = 0
    for (const { file, text } of [...workflows, ...readmeExamples]) {
      const doc = parse(text)
      const jobs: Record<string, { steps?: Step[] }> = doc?.jobs ?? { snippet: { steps: Array.isArray(doc) ? doc : [] } }
      for (const [name, job] of Object.entries(jobs)) {
        gateSteps += (job.steps ?? []).filter(step => isCoachGate(step.uses)).length
        mergeSteps += (job.steps ?? []).filter(step => isMerge(step.uses)).length
        found.push(...problems(file, name, job.steps ?? []))
      }
    }
    expect(found).toEqual([])
    expect(gateSteps).toBeGreaterThanOrEqual(4)
    expect(mergeSteps).toBeGreaterThanOrEqual(1)
  })

  it('the check itself notices an unknown input and an unknown output', () => {
    const steps: Step[] = [{ id: 'gate', uses: 'coach-gate/coach-gate@v1', with: { 'test-command': 'x', 'test-comand': 'y' } }, { run: 'echo ${{ steps.gate.outputs.verdict }}' }]
    expect(problems('f', 'j', steps)).toEqual(["f j: input 'test-comand' is not in action.yml", "f j: output 'verdict' of step 'gate' is not in action.yml"])
    expect(problems('f', 'j', [{ uses: './', with: {} }])).toEqual(["f j: required input 'test-command' is missing"])
    const merge: Step[] = [{ id: 'merge', uses: 'coach-gate/coach-gate/merge@v1', with: { report: 'x' } }, { run: 'echo ${{ steps.merge.outputs.exit-code }}' }]
    expect(problems('f', 'j', merge)).toEqual(["f j: input 'report' is not in merge/action.yml", "f j: required input 'reports' is missing", "f j: output 'exit-code' of step 'merge' is not in merge/action.yml"])
  })
})

describe('dependabot', () => {
  it('updates npm and GitHub Actions', () => {
    const config = parse(readFileSync(path.join(ROOT, '.github', 'dependabot.yml'), 'utf8'))
    expect(config.version).toBe(2)
    expect(config.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm'])
  })
})
