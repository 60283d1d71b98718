// Writes after the tests never go through what the tests left (issue 26): src/common/safe-write.ts.
import { closeSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../harness/action.js'
import { appendNoFollowSync, inspectWriteTarget, openNewFileSync, writeNewFile } from '../../src/common/safe-write.js'

describe('safe writes', () => {
  it('writeNewFile replaces a planted symbolic link and writes nothing through it', async () => {
    const dir = tempDir()
    const victim = path.join(dir, 'github_path')
    writeFileSync(victim, '')
    const report = path.join(dir, 'reports', 'coach_turn_1.json')
    mkdirSync(path.dirname(report))
    symlinkSync(victim, report)
    expect(await inspectWriteTarget(report)).toBe(`a symbolic link was planted at ${report} (to ${victim})`)
    expect(await writeNewFile(report, '{":/tmp/evil-bin:"}')).toMatch(/^a symbolic link was planted/)
    expect(readFileSync(victim, 'utf8')).toBe('')
    expect(readFileSync(report, 'utf8')).toBe('{":/tmp/evil-bin:"}')
    expect(await writeNewFile(report, 'again')).toBeUndefined()
  })

  it('writeNewFile never writes into a hard link, and replaces a directory linked in place of its own', async () => {
    const dir = tempDir()
    const victim = path.join(dir, 'victim')
    writeFileSync(victim, 'keep')
    mkdirSync(path.join(dir, 'r'))
    linkSync(victim, path.join(dir, 'r', 'x.json'))
    expect(await writeNewFile(path.join(dir, 'r', 'x.json'), 'new')).toMatch(/hard link/)
    expect(readFileSync(victim, 'utf8')).toBe('keep')
    mkdirSync(path.join(dir, 'elsewhere'))
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'linked-dir'))
    expect(await writeNewFile(path.join(dir, 'linked-dir', 'x.json'), 'new')).toMatch(/^the directory .* was replaced by a symbolic link/)
    expect(() => readFileSync(path.join(dir, 'elsewhere', 'x.json'))).toThrow()
  })

  it('appendNoFollowSync appends to a regular file, and replaces a link instead of following it', () => {
    const dir = tempDir()
    const output = path.join(dir, 'set_output')
    writeFileSync(output, 'a\n')
    expect(appendNoFollowSync(output, 'b\n')).toBeUndefined()
    expect(readFileSync(output, 'utf8')).toBe('a\nb\n')
    const victim = path.join(dir, 'victim')
    writeFileSync(victim, '')
    const linked = path.join(dir, 'set_output_2')
    symlinkSync(victim, linked)
    expect(appendNoFollowSync(linked, 'c\n')).toMatch(/^a symbolic link was planted/)
    expect(readFileSync(victim, 'utf8')).toBe('')
    expect(readFileSync(linked, 'utf8')).toBe('c\n')
  })

  it('openNewFileSync unlinks what is there first', () => {
    const dir = tempDir()
    const victim = path.join(dir, 'victim')
    writeFileSync(victim, 'keep')
    const log = path.join(dir, 'test_output_1.attempt2.log')
    symlinkSync(victim, log)
    const { fd, found } = openNewFileSync(log)
    writeSync(fd, 'log')
    closeSync(fd)
    expect(found).toMatch(/symbolic link/)
    expect(readFileSync(victim, 'utf8')).toBe('keep')
    expect(readFileSync(log, 'utf8')).toBe('log')
  })
})
