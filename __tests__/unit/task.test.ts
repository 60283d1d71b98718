// Task sources and their precedence (docs/design.md), with a stand-in for the pull request API.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveTask, type PullRequestSource, type TaskInputs } from '../../src/task.js'

const task = (id: string, services: string[]) => `---\nid: ${id}\nrequires_infrastructure: [${services.join(', ')}]\n---\nbody\n`

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'coach-gate-task-'))
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
  return dir
}

const pr = (overrides: Partial<PullRequestSource> = {}): PullRequestSource => ({ number: 7, payloadBody: null, ...overrides })
const inputs = (dir: string, overrides: Partial<TaskInputs> = {}): TaskInputs => ({ requiresInfrastructure: undefined, taskFile: '', taskGlob: 'tasks/**/*.md', workspace: dir, pullRequest: undefined, ...overrides })

describe('resolveTask', () => {
  it('prefers task-file over the pull request', async () => {
    const dir = workspace({ 'task.md': task('FILE', ['redis']) })
    const r = await resolveTask(inputs(dir, { taskFile: 'task.md', pullRequest: pr({ payloadBody: task('BODY', ['postgres']) }) }))
    expect(r).toMatchObject({ source: 'task-file', taskId: 'FILE', requiresInfrastructure: ['redis'] })
  })

  it('lets the requires-infrastructure input override the declaration but keeps the task id', async () => {
    const dir = workspace({ 'task.md': task('FILE', ['redis']) })
    const r = await resolveTask(inputs(dir, { taskFile: 'task.md', requiresInfrastructure: ['pg', 'mongo'] }))
    expect(r).toMatchObject({ declaredBy: 'input', source: 'task-file', taskId: 'FILE', requiresInfrastructure: ['postgresql', 'mongodb'] })
  })

  it('reads the live body before the payload, and falls back to the payload when the API fails', async () => {
    const dir = workspace({})
    const live = await resolveTask(inputs(dir, { pullRequest: pr({ payloadBody: task('OLD', ['redis']), fetchBody: async () => task('LIVE', ['postgres']) }) }))
    expect(live).toMatchObject({ source: 'pull-request-body', taskId: 'LIVE', requiresInfrastructure: ['postgresql'] })
    const fallback = await resolveTask(inputs(dir, { pullRequest: pr({ payloadBody: task('OLD', ['redis']), fetchBody: async () => { throw new Error('503') } }) }))
    expect(fallback).toMatchObject({ taskId: 'OLD', requiresInfrastructure: ['redis'] })
    expect(fallback.notes.join(' ')).toContain('used the event payload')
  })

  it('unites the declarations of several changed task files, each listed', async () => {
    const dir = workspace({ 'tasks/a.md': task('A', ['postgres']), 'tasks/sub/b.md': task('B', ['redis', 'postgresql']) })
    const r = await resolveTask(inputs(dir, { pullRequest: pr({ listChangedFiles: async () => ['src/x.ts', 'tasks/sub/b.md', 'tasks/a.md', 'docs/c.md'] }) }))
    expect(r).toMatchObject({ source: 'changed-files', taskId: 'A,B', requiresInfrastructure: ['postgresql', 'redis'] })
    expect(r.tasks.map(t => t.origin)).toEqual(['tasks/a.md', 'tasks/sub/b.md'])
  })

  it('finds no task without error', async () => {
    const r = await resolveTask(inputs(workspace({}), { pullRequest: pr({ payloadBody: 'plain text', listChangedFiles: async () => [] }) }))
    expect(r).toMatchObject({ source: 'none', taskId: '', requiresInfrastructure: [], notes: [] })
  })

  it('refuses a task file that is not a regular file (a FIFO would hang the read)', async () => {
    const dir = workspace({})
    mkdirSync(path.join(dir, 'tasks'))
    execFileSync('mkfifo', [path.join(dir, 'tasks', 'pipe.fifo')])
    symlinkSync('pipe.fifo', path.join(dir, 'tasks', 'evil.md'))
    const r = await resolveTask(inputs(dir, { pullRequest: pr({ listChangedFiles: async () => ['tasks/evil.md'] }) }))
    expect(r.requiresInfrastructure).toEqual([])
    expect(r.notes.join(' ')).toContain('not a regular file')
  })
})
