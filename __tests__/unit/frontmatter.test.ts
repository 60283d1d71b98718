import { describe, expect, it } from 'vitest'
import { bodyFrontmatter, hasFrontmatter, MAX_FRONTMATTER_BYTES, nearestService, parseTask, withSuggestion } from '../../src/task/frontmatter.js'

describe('parseTask', () => {
  it('reads id and requires_infrastructure, canonicalising aliases', () => {
    const task = parseTask('---\nid: T-1\nrequires_infrastructure: [postgres, Redis, mongo]\n---\nbody', 't.md')
    expect(task).toEqual({ origin: 't.md', id: 'T-1', requiresInfrastructure: ['postgresql', 'redis', 'mongodb'], unknownServices: [] })
  })

  it('accepts task_id and numeric ids, CRLF line ends and a BOM', () => {
    expect(parseTask('\uFEFF---\r\ntask_id: 42\r\n---\r\n', 'x').id).toBe('42')
  })

  it('reports unknown services but keeps them declared', () => {
    const task = parseTask('---\nrequires_infrastructure: [postgresql, frobnicatordb]\n---\n', 'x')
    expect(task.requiresInfrastructure).toEqual(['postgresql', 'frobnicatordb'])
    expect(task.unknownServices).toEqual(['frobnicatordb'])
  })

  it('refuses executable frontmatter without running it', () => {
    const marker = `coach_gate_ran_${Date.now()}`
    const task = parseTask(`---js\n{ id: (globalThis.${marker} = 'ran') }\n---\n`, 'x')
    expect(task.error).toContain("'---js' frontmatter is refused")
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined()
    expect(parseTask('---javascript\nmodule.exports = {}\n---\n', 'x').error).toContain('refused')
  })

  it('reads a single name as a list of one, and a comma-separated string as a list (issue 27)', () => {
    expect(parseTask('---\nrequires_infrastructure: postgresql\n---\n', 'x')).toEqual({ origin: 'x', id: '', requiresInfrastructure: ['postgresql'], unknownServices: [] })
    expect(parseTask('---\nrequires_infrastructure: postgres, redis # both\n---\n', 'x').requiresInfrastructure).toEqual(['postgresql', 'redis'])
  })

  it('reports a YAML error whole: the reason, the line of the task file, the line itself (issue 27)', () => {
    const task = parseTask('---\nid: add-users\nrequires_infrastructure: [postgresql\nnotes: later\n---\n', 'tasks/t.md')
    expect(task.error).toBe('frontmatter is not valid YAML: missed comma between flow collection entries at line 4, column 1 ("notes: later")')
    expect(task.errorLine).toBe(4)
    expect(task.requiresInfrastructure).toEqual([])
  })

  it('names the nearest known service for a misspelt one (issue 27)', () => {
    expect(nearestService('postgress')).toBe('postgresql')
    expect(nearestService('reddis')).toBe('redis')
    expect(nearestService('rabitmq')).toBe('rabbitmq')
    expect(nearestService('foo')).toBeUndefined()
    expect(withSuggestion('postgress')).toBe('postgress (did you mean postgresql?)')
    expect(withSuggestion('ldap-thing')).toBe('ldap-thing')
  })

  it('finds the frontmatter of a PR body at its start, or in a fenced yaml block anywhere (issue 27)', () => {
    expect(bodyFrontmatter('---\nid: a\n---\ntext')).toBe('---\nid: a\n---\ntext')
    const body = 'Adds the user store.\n\n```yaml\nid: add-users\nrequires_infrastructure: [postgresql]\n```\n\nThanks!'
    const text = bodyFrontmatter(body)
    expect(text && parseTask(text, 'body')).toMatchObject({ id: 'add-users', requiresInfrastructure: ['postgresql'] })
    // A fenced block that does not declare infrastructure, or in another language, is not a task.
    expect(bodyFrontmatter('```yaml\nname: ci\n```\n')).toBeUndefined()
    expect(bodyFrontmatter('```js\nrequires_infrastructure: 1\n```\n')).toBeUndefined()
    expect(bodyFrontmatter('no block here')).toBeUndefined()
  })

  it('refuses a requires_infrastructure that is not a list of strings', () => {
    expect(parseTask('---\nrequires_infrastructure: 5\n---\n', 'x')).toMatchObject({ requiresInfrastructure: [], error: expect.stringContaining('must be a list') })
    expect(parseTask('---\nrequires_infrastructure: [1, {a: b}]\n---\n', 'x').error).toContain('non-string')
  })

  it('reports invalid YAML, unclosed and oversized blocks', () => {
    expect(parseTask('---\nid: [unclosed\n---\n', 'x').error).toContain('not valid YAML')
    expect(parseTask('---\nid: x\n', 'x').error).toContain('not closed')
    const big = `---\nid: x\nnote: "${'a'.repeat(MAX_FRONTMATTER_BYTES)}"\n---\n`
    expect(parseTask(big, 'x').error).toContain('over the 65536-byte limit')
    expect(parseTask('no frontmatter', 'x').error).toContain('no frontmatter')
  })

  it('survives a YAML alias bomb', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'requires_infrastructure: *f', '---'].join('\n')
    const task = parseTask(bomb, 'x')
    expect(task.requiresInfrastructure).toEqual([])
    expect(task.error).toContain('more than 10000 values (a YAML alias bomb?)')
  })

  it('refuses too many declared services and overlong names', () => {
    const many = Array.from({ length: 33 }, (_, i) => `svc${i}`).join(', ')
    expect(parseTask(`---\nrequires_infrastructure: [${many}]\n---\n`, 'x')).toMatchObject({ requiresInfrastructure: [], error: expect.stringContaining('33 services, more than the 32 allowed') })
    expect(parseTask(`---\nrequires_infrastructure: [${'p'.repeat(65)}]\n---\n`, 'x').error).toContain('longer than 64 characters')
  })

  it('detects a frontmatter opening', () => {
    expect(hasFrontmatter('---\nid: x\n---')).toBe(true)
    expect(hasFrontmatter('Some text\n---\n')).toBe(false)
  })
})
