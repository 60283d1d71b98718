// safeLine: the one sanitiser for text from the PR, a task or the tests, wherever it is written as a line.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/common/markdown.js'
import { reportJson } from '../../src/report/report.js'
import { safeLine } from '../../src/common/text.js'

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u{e0041}', '\u3164']
const BREAKS = ['\n', '\r', '\r\n', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029']
/** What must never be left: line ends, controls but tab, C1 controls, format characters, lone surrogates. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\p{Cf}\p{Cs}\u2028\u2029\u3164]/u

describe('safeLine', () => {
  it('turns every kind of line break into a space', () => {
    for (const br of BREAKS) expect(safeLine(`a${br}b`)).toBe('a b')
    expect(safeLine('T-9\n::stop-commands::pwn\nx')).toBe('T-9 ::stop-commands::pwn x')
  })

  it('shows control, bidi and zero-width characters as U+FFFD, keeps tabs, drops colour codes', () => {
    expect(safeLine('a\u0000b\u0007c\u007fd\u009be')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe')
    for (const c of [...BIDI, ...ZERO_WIDTH]) expect(safeLine(`x${c}y`)).toBe('x\uFFFDy')
    expect(safeLine('\u202eDEVORPPA')).toBe('\uFFFDDEVORPPA')
    expect(safeLine('col1\tcol2')).toBe('col1\tcol2')
    expect(safeLine('\u001b[31mred\u001b[0m \u001b]0;title\u0007done')).toBe('red done')
    expect(safeLine('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate')
  })

  it('defuses workflow commands: a leading :: (after white space) and the legacy ##[ anywhere', () => {
    expect(safeLine('::stop-commands::pwn')).toBe(': :stop-commands::pwn')
    expect(safeLine('  \t::error::x')).toBe('  \t: :error::x')
    expect(safeLine('\n::add-mask::x')).toBe(' : :add-mask::x')
    expect(safeLine('id ##[stop-commands]pwn and ##[error]x')).toBe('id ## [stop-commands]pwn and ## [error]x')
    expect(safeLine('##\u001b[0m[error]x')).toBe('## [error]x')
    // Mid-line :: is harmless and kept: C++ names, Rust paths, pytest ids.
    expect(safeLine('tests/test_x.py::test_y std::vector')).toBe('tests/test_x.py::test_y std::vector')
  })

  it('keeps ordinary text, other scripts and emoji as they are', () => {
    for (const text of ['FEEDBACK: code failure', 'Ошибка соединения', '接続が拒否されました', 'مرحبا', '✅ ❌ ⚠️ 🐘']) expect(safeLine(text)).toBe(text)
  })

  it('always returns one line with nothing hidden, that no runner parses as a command, and is idempotent', () => {
    const pieces = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...BIDI, ...ZERO_WIDTH, ...BREAKS, '::', '##[', ' ', '\u001b[', '\uD800'))
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), parts => {
        const line = safeLine(parts.join(''))
        expect(line).not.toMatch(FORBIDDEN)
        expect(line).not.toMatch(/^\s*::|##\[/u)
        expect(safeLine(line)).toBe(line)
      }),
      { numRuns: 300 }
    )
  })
})

describe('the sinks built on it', () => {
  it('escapeHtml keeps the lines of a log tail but sanitises each', () => {
    expect(escapeHtml('ok\n\u202eevil\r\nnext\rsame line')).toBe('ok\n\uFFFDevil\nnext same line')
  })

  it('the audit report keeps hidden characters as \\u escapes, parsing back to the same text', () => {
    const report = { task_id: '\u202eDEVORPPA\u200b', tag: 'a\u{e0041}b', plain: 'ok', control: '\u0001' }
    const text = reportJson(report)
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u202e\u200b\u{e0041}\u0001]/u)
    expect(text).toContain('"task_id": "\\u202eDEVORPPA\\u200b"')
    expect(text).toContain('"tag": "a\\udb40\\udc41b"')
    expect(JSON.parse(text)).toEqual(report)
  })
})

describe('a line rewritten by carriage returns', () => {
  it('is what a log viewer shows: the last piece that is not empty', async () => {
    const { lastShown } = await import('../../src/classify/classifier.js')
    expect(['a\rb', 'abc\r', 'x\r\r', '\r', 'p: \r  1) q', 'plain', '\r\r\rz'].map(lastShown)).toEqual(['b', 'abc', 'x', '', '  1) q', 'plain', 'z'])
  })
})
