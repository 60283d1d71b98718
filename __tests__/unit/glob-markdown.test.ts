import { describe, expect, it } from 'vitest'
import { globToRegExp } from '../../src/glob.js'
import { code, escapeHtml, escapeMarkdown } from '../../src/markdown.js'
import { fitSummary } from '../../src/summary.js'

describe('globToRegExp', () => {
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
    expect(globToRegExp(glob).test(file)).toBe(expected)
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
