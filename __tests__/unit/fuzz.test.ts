// Property-based fuzzing of the parts that read hostile text: the classifier, the frontmatter
// reader, the escaping and the size limits. Each must never throw and keep its bounds.
// Time is bounded by vitest's test timeout, not asserted: no timed assertions here.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { limitAnnotations } from '../../src/report/annotations.js'
import { classifyText, LogClassifier } from '../../src/classify/classifier.js'
import { MAX_DECLARED_SERVICES, parseTask } from '../../src/task/frontmatter.js'
import { code, escapeMarkdown } from '../../src/common/markdown.js'
import { boundOutputs } from '../../src/report/output-bounds.js'
import { fitSummary } from '../../src/report/summary.js'

// Fragments real logs are made of, so the fuzzer reaches the rules, not just their misses.
const LOG_FRAGMENTS = [
  'Connection refused', 'ECONNREFUSED 127.0.0.1:5432', 'could not connect to server', 'psycopg2.OperationalError: ', "ModuleNotFoundError: No module named 'psycopg2'",
  "No module named 'requests'", 'redis.exceptions.ConnectionError: Error 111', 'ServerSelectionTimeoutError', 'AssertionError', 'E       assert 1 == 2',
  'FAILED tests/test_x.py::test_y', '--- FAIL: TestX', 'panic: runtime error', 'TypeError: x is not a function', 'Cannot connect to the Docker daemon',
  'pytest.raises(ConnectionError)', 'expected ', ' to equal ', '\u001b[31m', '\r', '\u0000', '\uFFFD', '\uD800', 'localhost:6379', 'Traceback (most recent call last):', '    ', '::error::'
]
const logLine = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...LOG_FRAGMENTS), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 12 }).map(parts => parts.join('')),
  fc.tuple(fc.constantFrom(...LOG_FRAGMENTS), fc.integer({ min: 1000, max: 200_000 })).map(([fragment, n]) => fragment.repeat(Math.ceil(n / fragment.length)))
)
const log = fc.array(logLine, { maxLength: 60 })

describe('fuzz: classifier', () => {
  it('never throws and returns a well-formed, bounded verdict', () => {
    fc.assert(
      fc.property(log, lines => {
        const verdict = classifyText(lines.join('\n'))
        expect(['infrastructure', 'code']).toContain(verdict.classification)
        expect(['high', 'ambiguous', 'n/a']).toContain(verdict.confidence)
        if (verdict.classification === 'infrastructure') expect(verdict.confidence).not.toBe('n/a')
        expect(verdict.evidence.length).toBeLessThanOrEqual(12)
        for (const e of verdict.evidence) expect(e.text.length).toBeLessThanOrEqual(301)
        for (const s of verdict.services) expect(typeof s).toBe('string')
      }),
      { numRuns: 300 }
    )
  })

  it('gives the same verdict whether lines arrive in one text or one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }).map(s => s.replace(/[\r\n]/g, ' ')), { maxLength: 40 }), lines => {
        const streamed = new LogClassifier()
        for (const line of lines) streamed.push(line)
        const whole = classifyText(lines.join('\n'))
        const result = streamed.result()
        expect([result.classification, result.confidence, result.ruleId]).toEqual([whole.classification, whole.confidence, whole.ruleId])
      }),
      { numRuns: 200 }
    )
  })
})

// YAML that goes for the parser: anchors and aliases, merge keys, tags that construct code
// in other YAML libraries, deep nesting, odd scalars.
const YAML_PIECES = [
  'id: T-1', 'requires_infrastructure: [postgresql]', 'requires_infrastructure:\n  - redis\n  - 42', 'requires_infrastructure: postgresql', 'a: &a [x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b]', 'requires_infrastructure: *c', 'requires_infrastructure: *a', '<<: *a', 'm: &m {id: x}', '<<: *m',
  "id: !!js/function 'function () {}'", 'id: !!js/regexp /x/', 'id: !!python/object/apply:os.system ["id"]', 'id: !<tag:yaml.org,2002:js/undefined> ""', '__proto__: {polluted: true}',
  'constructor: {prototype: {polluted: true}}', 'id: 1e309', 'id: .nan', 'id: ~', 'requires_infrastructure: []', 'requires_infrastructure: [~]', "requires_infrastructure: ['']", '? [a, b]\n: c',
  '"unterminated', 'key: |\n  block\n  text', '- list item', '\t tab', '---', '...', '%YAML 1.2'
]
const frontmatter = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.tuple(fc.constantFrom('---', '---yaml', '---js', '---coffee', '---json', '\uFEFF---', '--- '), fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 30 })), { maxLength: 15 }), fc.constantFrom('---', '', '--- \n body', '---\r\n'))
    .map(([open, lines, close]) => `${open}\n${lines.join('\n')}\n${close}\n`),
  fc.integer({ min: 1, max: 20_000 }).map(depth => `---\nid: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n`),
  fc.integer({ min: 1, max: 200 }).map(n => `---\nrequires_infrastructure: [${Array.from({ length: n }, (_, i) => `s${i}`).join(', ')}]\n---\n`)
)

describe('fuzz: frontmatter reader', () => {
  it('never throws, never runs code, and an error always means nothing declared', () => {
    fc.assert(
      fc.property(frontmatter, text => {
        const task = parseTask(text, 'fuzz.md')
        expect(Array.isArray(task.requiresInfrastructure)).toBe(true)
        expect(task.requiresInfrastructure.length).toBeLessThanOrEqual(MAX_DECLARED_SERVICES)
        for (const s of task.requiresInfrastructure) expect(typeof s).toBe('string')
        expect(typeof task.id).toBe('string')
        expect(task.id.length).toBeLessThanOrEqual(200)
        if (task.error !== undefined) expect(task.requiresInfrastructure).toEqual([])
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: 500 }
    )
  })
})

describe('fuzz: escaping and limits', () => {
  const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.array(fc.constantFrom('<', '>', '&', '|', '\n', '\r', '`', '*', '_', '[', ']', '(', ')', '@', '\u0000', '\u001b[1m', '<script>', '</pre>', 'é', '\uD83D'), { maxLength: 50 }).map(a => a.join('')))

  it('escapeMarkdown leaves no markup, no line break and no control character', () => {
    fc.assert(
      fc.property(text, t => {
        // eslint-disable-next-line no-control-regex
        expect(escapeMarkdown(t)).not.toMatch(/[<>\n\r\u0000-\u0008\u000b-\u001f\u007f]/)
        expect(code(t)).toMatch(/^<code>[^<>\n]*<\/code>$/)
      }),
      { numRuns: 500 }
    )
  })

  it('fitSummary always fits and never leaves <pre> or <details> open', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.constantFrom('<details><summary>x</summary>', '<pre>', '</pre>', '</details>')), { maxLength: 200 }), fc.integer({ min: 300, max: 4000 }), (parts, limit) => {
        const out = fitSummary(parts.join(''), limit)
        expect(Buffer.byteLength(out)).toBeLessThanOrEqual(limit)
        if (out !== parts.join('')) {
          expect((out.match(/<pre>/g) ?? []).length).toBeLessThanOrEqual((out.match(/<\/pre>/g) ?? []).length)
          expect((out.match(/<details>/g) ?? []).length).toBeLessThanOrEqual((out.match(/<\/details>/g) ?? []).length)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('annotations stay within 10 per type and outputs within their bound', () => {
    const annotation = fc.record({ level: fc.constantFrom('error' as const, 'warning' as const, 'notice' as const), message: fc.string({ maxLength: 2000 }) })
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 60 }), fc.dictionary(fc.string({ maxLength: 10 }), text), (annotations, outputs) => {
        const limited = limitAnnotations(annotations)
        for (const level of ['error', 'warning', 'notice']) {
          const n = annotations.filter(a => a.level === level).length
          expect(limited.filter(a => a.level === level).length).toBe(Math.min(n, 10))
        }
        for (const value of Object.values(boundOutputs(outputs, 64))) expect(Buffer.byteLength(value)).toBeLessThanOrEqual(64)
      }),
      { numRuns: 300 }
    )
  })
})
