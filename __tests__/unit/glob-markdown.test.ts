import { describe, expect, it } from 'vitest'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { minimatch } from 'minimatch'
import { findFiles } from '../../src/common/find-files.js'
import { tempDir } from '../harness/action.js'
import { code, escapeHtml, escapeMarkdown } from '../../src/common/markdown.js'
import { fitSummary } from '../../src/report/summary.js'

describe('task-glob on the PR\'s paths (minimatch, as in src/task/task.ts)', () => {
  it.each([
    ['tasks/**/*.md', 'tasks/a.md', true],
    ['tasks/**/*.md', 'tasks/x/y/a.md', true],
    ['tasks/**/*.md', 'tasks/a.txt', false],
    ['tasks/**/*.md', 'docs/tasks/a.md', false],
    ['tasks/*.md', 'tasks/x/a.md', false],
    ['{tasks,specs}/*.md', 'specs/a.md', true],
    ['task?.md', 'task1.md', true],
    ['a.b/*.md', 'axb/c.md', false]
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(minimatch(file, glob, { dot: true, noext: true, nocomment: true })).toBe(expected)
  })
})

describe('findFiles (@actions/glob on disk)', () => {
  it('finds regular files below the root, skips installed packages and links, excludes with !', async () => {
    const root = tempDir('coach-gate-glob-')
    for (const file of ['reports/a.xml', 'reports/sub/b.xml', 'reports/c.txt', 'node_modules/x/reports/d.xml', 'reports/skip.xml']) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), 'x')
    }
    symlinkSync('/etc/hostname', path.join(root, 'reports/link.xml'))
    const { files, tooMany } = await findFiles(['**/*.xml', '!reports/skip.xml'], root, 10)
    expect(files.map(f => f.relative)).toEqual(['reports/a.xml', 'reports/sub/b.xml'])
    expect(tooMany).toBe(false)
  })

  it('says when more files match than the limit', async () => {
    const root = tempDir('coach-gate-glob-')
    for (const n of [1, 2, 3]) writeFileSync(path.join(root, `r${n}.json`), '{}')
    const found = await findFiles(['*.json'], root, 2)
    expect(found.tooMany).toBe(true)
    expect(found.files).toHaveLength(3)
  })

  it('reads a root with wildcard characters literally', async () => {
    const root = path.join(tempDir('coach-gate-glob-'), 'a[1]*')
    mkdirSync(root)
    writeFileSync(path.join(root, 'r.json'), '{}')
    expect((await findFiles(['*.json'], root, 5)).files.map(f => f.relative)).toEqual(['r.json'])
  })
})

describe('escaping', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(escapeMarkdown('a | b *c* [l](u) @team\nnext')).toBe('a &#124; b \\*c\\* \\[l\\](u) @\u200bteam next')
    expect(code('`x` </code><b>|')).toBe('<code>&#96;x&#96; &lt;/code&gt;&lt;b&gt;&#124;</code>')
    expect(code('[x](https://evil.example) *b* _e_ ~s~ \\')).toBe('<code>&#91;x&#93;(https://evil.example) &#42;b&#42; &#95;e&#95; &#126;s&#126; &#92;</code>')
  })

  it('trims a summary over the limit and closes what it opened', () => {
    const long = `## head\n\n<details><summary>x</summary>\n\n<pre>${'y'.repeat(5000)}</pre>\n</details>\n`
    const fitted = fitSummary(long, 1000)
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(1000)
    expect(fitted).toContain('</pre>')
    expect(fitted).toContain('</details>')
    expect(fitted).toContain('summary trimmed')
  })
})
