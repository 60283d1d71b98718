// Task sources and their precedence (docs/design.md), with a stand-in for the pull request API.
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../harness/action.js'
import { choosePullRequestTask, readInWorkspace, resolveTask, type BaseFiles, type PullRequestSource, type TaskInputs } from '../../src/task/task.js'

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

/** Changed files as the API lists them; `+path` is a file the PR adds. */
const changed = (files: readonly string[]): { path: string; added: boolean }[] => files.map(f => (f.startsWith('+') ? { path: f.slice(1), added: true } : { path: f, added: false }))
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
    const r = await resolveTask(inputs(dir, { pullRequest: pr({ listChangedFiles: async () => changed(['src/x.ts', 'tasks/sub/b.md', 'tasks/a.md', 'docs/c.md']) }) }))
    expect(r).toMatchObject({ source: 'changed-files', taskId: 'A,B', requiresInfrastructure: ['postgresql', 'redis'] })
    expect(r.tasks.map(t => t.origin)).toEqual(['tasks/a.md', 'tasks/sub/b.md'])
  })

  it('finds no task without error', async () => {
    const r = await resolveTask(inputs(workspace({}), { pullRequest: pr({ payloadBody: 'plain text', listChangedFiles: async () => changed([]) }) }))
    expect(r).toMatchObject({ source: 'none', taskId: '', requiresInfrastructure: [], notes: [] })
  })

  it('refuses a task file that is not a regular file (a FIFO would hang the read)', async () => {
    const dir = workspace({})
    mkdirSync(path.join(dir, 'tasks'))
    execFileSync('mkfifo', [path.join(dir, 'tasks', 'pipe.fifo')])
    symlinkSync('pipe.fifo', path.join(dir, 'tasks', 'evil.md'))
    const r = await resolveTask(inputs(dir, { pullRequest: pr({ listChangedFiles: async () => changed(['tasks/evil.md']) }) }))
    expect(r.requiresInfrastructure).toEqual([])
    expect(r.notes.join(' ')).toContain('not a regular file')
  })

  it('refuses task files whose real path leaves the workspace: a symlinked file, a symlinked directory, .. and absolute paths', async () => {
    const outside = workspace({ 'task.md': task('OUT', ['postgres']), 'tasks/inner.md': task('IN', ['redis']) })
    const dir = workspace({ 'tasks/ok.md': task('OK', ['redis']) })
    symlinkSync(path.join(outside, 'task.md'), path.join(dir, 'tasks', 'evil.md'))
    symlinkSync(path.join(outside, 'tasks'), path.join(dir, 'tasks', 'linked'))
    const r = await resolveTask(inputs(dir, { pullRequest: pr({ listChangedFiles: async () => changed(['tasks/evil.md', 'tasks/linked/inner.md', 'tasks/ok.md']) }) }))
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

  it('ignores the body and the workspace, and reads the changed task file as the base has it', async () => {
    const dir = workspace({ 'tasks/a.md': task('HEAD', ['postgres']) })
    const at = base({ 'tasks/a.md': task('BASE', ['redis']) })
    const r = await resolveTask(inputs(dir, { base: at, pullRequest: pr({ payloadBody: task('BODY', ['mongo']), fetchBody: async () => task('BODY', ['mongo']), listChangedFiles: async () => changed(['tasks/a.md', 'src/x.ts']) }) }))
    expect(r).toMatchObject({ source: 'changed-files', taskId: 'BASE', requiresInfrastructure: ['redis'], declarationFile: 'tasks/a.md (base commit abc1234)' })
    expect(at.asked).toEqual(['tasks/a.md'])
  })

  it('counts only the task the PR is about, never the union of the task files it touches (issue 26)', async () => {
    const at = base({ 'tasks/mine.md': task('TASK-7', []), 'tasks/other.md': task('TASK-8', ['postgres']) })
    const touched = changed(['tasks/mine.md', 'tasks/other.md'])
    // Nothing names either: no way to choose, nothing declared.
    const unnamed = await resolveTask(inputs(workspace({}), { base: at, pullRequest: pr({ title: 'Fix typos', headRef: 'fixes', listChangedFiles: async () => touched }) }))
    expect(unnamed).toMatchObject({ requiresInfrastructure: [], tasks: [] })
    expect(unnamed.declarationFile).toBeUndefined()
    expect(unnamed.notes.join('\n')).toContain('the pull request changes 2 task files (tasks/mine.md, tasks/other.md); neither an added task file, the title nor the branch names one of them')
    // The title names TASK-7: its declaration (none) is the only one; TASK-8's postgres does not count.
    const byTitle = await resolveTask(inputs(workspace({}), { base: at, pullRequest: pr({ title: 'TASK-7: store users', listChangedFiles: async () => touched }) }))
    expect(byTitle).toMatchObject({ taskId: 'TASK-7', requiresInfrastructure: [], declarationFile: 'tasks/mine.md (base commit abc1234)' })
    // The branch names TASK-8: its reviewed declaration applies.
    const byBranch = await resolveTask(inputs(workspace({}), { base: at, pullRequest: pr({ title: 'Store users', headRef: 'task-8-users', listChangedFiles: async () => touched }) }))
    expect(byBranch).toMatchObject({ taskId: 'TASK-8', requiresInfrastructure: ['postgresql'], declarationFile: 'tasks/other.md (base commit abc1234)' })
    // A task file the PR adds is its task, even when its title names nothing: declared nothing until merged.
    const dir = workspace({ 'tasks/new.md': task('TASK-9', ['postgres']) })
    const added = await resolveTask(inputs(dir, { base: at, pullRequest: pr({ title: 'New work', listChangedFiles: async () => changed(['+tasks/new.md', 'tasks/other.md']) }) }))
    expect(added).toMatchObject({ requiresInfrastructure: [], declarationFile: 'tasks/new.md (base commit abc1234)' })
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

describe('choosePullRequestTask', () => {
  const c = (path: string, id: string, added = false) => ({ path, id, added })
  it('takes the named task, the added one, or the only one; else none', () => {
    expect(choosePullRequestTask([c('a.md', 'T-1'), c('b.md', 'T-2')], ['T-2 fix', ''])).toMatchObject({ chosen: 'b.md' })
    expect(choosePullRequestTask([c('a.md', 'T-1'), c('b.md', 'T-12')], ['fix T-12', ''])).toMatchObject({ chosen: 'b.md' })
    expect(choosePullRequestTask([c('a.md', 'T-1'), c('b.md', 'T-2', true)], ['', ''])).toMatchObject({ chosen: 'b.md' })
    expect(choosePullRequestTask([c('a.md', 'T-1')], ['', ''])).toMatchObject({ chosen: 'a.md' })
    // The only changed task is not the one the PR names: the PR's own task file was not touched.
    expect(choosePullRequestTask([c('a.md', 'T-1')], ['T-7: store users', ''])).toEqual({ why: 'the pull request names T-7, not the changed file\'s T-1' })
    expect(choosePullRequestTask([c('a.md', 'T-1')], ['T-1: store users', 'feature'])).toMatchObject({ chosen: 'a.md' })
    expect(choosePullRequestTask([c('a.md', 'T-1'), c('b.md', 'T-2')], ['T-1 and T-2', '']).chosen).toBeUndefined()
    expect(choosePullRequestTask([c('a.md', 'T-1'), c('b.md', 'T-2')], ['', '']).chosen).toBeUndefined()
    expect(choosePullRequestTask([c('a.md', 'T-1'), c('b.md', 'T-2')], ['XT-1', 'T-10']).chosen).toBeUndefined()
  })
})
