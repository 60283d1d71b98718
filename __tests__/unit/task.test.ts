// Task sources and their precedence (docs/design.md), with a stand-in for the pull request API.
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../harness/action.js'
import { readInWorkspace, resolveTask, type BaseFiles, type PullRequestSource, type TaskInputs } from '../../src/task/task.js'

const task = (id: string, services: string[]) => `---\nid: ${id}\nrequires_infrastructure: [${services.join(', ')}]\n---\nbody\n`

function workspace(files: Record<string, string>): string {
  // tempDir removes the folder after the file's tests.
  const dir = tempDir('coach-gate-task-')
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

  it('refuses task files whose real path leaves the workspace: a symlinked file, a symlinked directory, .. and absolute paths', async () => {
    const outside = workspace({ 'task.md': task('OUT', ['postgres']), 'tasks/inner.md': task('IN', ['redis']) })
    const dir = workspace({ 'tasks/ok.md': task('OK', ['redis']) })
    symlinkSync(path.join(outside, 'task.md'), path.join(dir, 'tasks', 'evil.md'))
    symlinkSync(path.join(outside, 'tasks'), path.join(dir, 'tasks', 'linked'))
    const r = await resolveTask(inputs(dir, { pullRequest: pr({ listChangedFiles: async () => ['tasks/evil.md', 'tasks/linked/inner.md', 'tasks/ok.md'] }) }))
    expect(r).toMatchObject({ taskId: 'OK', requiresInfrastructure: ['redis'] })
    expect(r.tasks.map(t => t.error)).toEqual([expect.stringContaining('resolves outside the workspace (through a symlink)'), expect.stringContaining('resolves outside the workspace (through a symlink)'), undefined])
    for (const taskFile of [path.relative(dir, path.join(outside, 'task.md')), path.join(outside, 'task.md')]) {
      const viaInput = await resolveTask(inputs(dir, { taskFile }))
      expect(viaInput.requiresInfrastructure).toEqual([])
      expect(viaInput.notes.join(' ')).toContain('resolves outside the workspace; only files inside the workspace are read')
    }
  })

  it('reads a symlink that stays inside, also through a workspace path that is itself a symlink', async () => {
    const real = workspace({ 'tasks/t.md': task('T', ['redis']) })
    symlinkSync('tasks/t.md', path.join(real, 'current.md'))
    const alias = path.join(tempDir('coach-gate-alias-'), 'ws')
    symlinkSync(real, alias)
    expect(await readInWorkspace(alias, 'current.md')).toEqual({ content: task('T', ['redis']) })
    expect(await readInWorkspace(alias, '.')).toEqual({ error: expect.stringContaining('outside the workspace') })
    expect(await readInWorkspace(alias, 'tasks')).toEqual({ error: 'not a regular file' })
    expect(await readInWorkspace(alias, 'missing.md')).toEqual({ error: 'file not found in the workspace (is the repository checked out?)' })
  })
})

describe('resolveTask with declarations from the base commit', () => {
  const base = (files: Record<string, string>): BaseFiles & { asked: string[] } => {
    const asked: string[] = []
    return {
      asked,
      label: 'base commit abc1234',
      read: async file => {
        asked.push(file)
        if (file === 'broken.md') throw new Error('GitHub API answered 500 after 3 attempts: Server Error')
        return files[file]
      }
    }
  }

  it('ignores the body and the workspace, and reads the changed task files as the base has them', async () => {
    const dir = workspace({ 'tasks/a.md': task('HEAD', ['postgres']) })
    const at = base({ 'tasks/a.md': task('BASE', ['redis']) })
    const r = await resolveTask(inputs(dir, { base: at, pullRequest: pr({ payloadBody: task('BODY', ['mongo']), fetchBody: async () => task('BODY', ['mongo']), listChangedFiles: async () => ['tasks/a.md', 'tasks/new.md', 'src/x.ts'] }) }))
    expect(r).toMatchObject({ source: 'changed-files', taskId: 'BASE', requiresInfrastructure: ['redis'] })
    expect(at.asked).toEqual(['tasks/a.md', 'tasks/new.md'])
    expect(r.tasks.map(t => t.origin)).toEqual(['tasks/a.md (base commit abc1234)', 'tasks/new.md (base commit abc1234)'])
    expect(r.tasks[1]?.error).toBe('not in the base commit abc1234 (a task the pull request adds declares nothing until it is merged)')
  })

  it('reads task-file at the base, normalised, refusing paths out of the repository and reporting API failures', async () => {
    const at = base({ 'tasks/a.md': task('BASE', ['redis']) })
    expect(await resolveTask(inputs(workspace({}), { base: at, taskFile: './tasks/../tasks/a.md' }))).toMatchObject({ source: 'task-file', taskId: 'BASE', requiresInfrastructure: ['redis'] })
    for (const taskFile of ['../other-repo/t.md', '/etc/passwd']) {
      const r = await resolveTask(inputs(workspace({}), { base: at, taskFile }))
      expect(r.tasks[0]?.error).toBe('is not a path inside the repository')
    }
    const broken = await resolveTask(inputs(workspace({}), { base: at, taskFile: 'broken.md' }))
    expect(broken.notes.join(' ')).toContain('could not be read from the base commit abc1234: GitHub API answered 500')
    expect(at.asked).toEqual(['tasks/a.md', 'broken.md'])
  })

  it('declares nothing, and says why, when the base cannot be read at all', async () => {
    const r = await resolveTask(inputs(workspace({ 't.md': task('T', ['redis']) }), { base: { unavailable: 'github-token is empty' }, taskFile: 't.md' }))
    expect(r).toMatchObject({ source: 'none', requiresInfrastructure: [] })
    expect(r.notes).toEqual(["declarations-from is base, but the base commit's task files could not be read (github-token is empty); nothing is declared"])
  })

  it('still lets the requires-infrastructure input override', async () => {
    const r = await resolveTask(inputs(workspace({}), { base: { unavailable: 'x' }, requiresInfrastructure: ['pg'] }))
    expect(r).toMatchObject({ declaredBy: 'input', requiresInfrastructure: ['postgresql'] })
  })
})
