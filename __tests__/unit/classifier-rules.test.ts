// Every rule of the knowledge base: an example line it must recognise (through the classifier,
// so the cheap pre-filter is covered too), and proof that no pattern backtracks catastrophically.
//
// Why not a timed assertion: speed is the benchmark's business. Catastrophic backtracking is
// caught two ways instead: structurally (no quantified group contains a quantifier, the shape
// every exponential regex has), and by running each pattern on ~1 MB adversarial lines in a
// worker, with a wall-clock guard of minutes that only a runaway pattern can reach; the test
// then names it. (In production no pattern ever sees more than normalise.ts's 4 KiB window.)
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { anchorsOf, minimalAnchors } from '../../src/classify/anchors.js'
import { DIALECTS } from '../../src/classify/dialects/index.js'
import { normaliseLine } from '../../src/classify/normalise.js'
import { prefilter } from '../../src/classify/prefilter.js'
import { ALL_RULES, matchRule } from '../../src/classify/rules/index.js'
import { ASSERTION_CONTEXT, RETRY_CONTEXT } from '../../src/classify/rules/signs.js'
import { SERVICES } from '../../src/knowledge/registry.js'

const { ANCHORS, CANDIDATE, FILTERED_PATTERNS, UNANCHORED } = prefilter()

describe('knowledge base', () => {
  it('has unique rule ids, each with a title, a reason and examples', () => {
    const ids = ALL_RULES.map(r => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of ALL_RULES) {
      expect(rule.title, rule.id).not.toBe('')
      expect(rule.why, rule.id).not.toBe('')
      expect(rule.examples.length, rule.id).toBeGreaterThan(0)
      expect(rule.patterns.length, rule.id).toBeGreaterThan(0)
    }
  })

  // The pre-filter is derived from the rules; this proves no rule's example is lost to it.
  it.each(ALL_RULES.flatMap(r => r.examples.map(e => [r.id, e] as const)))('%s matches its example, through the pre-filter: %s', (id, example) => {
    const rule = ALL_RULES.find(r => r.id === id)!
    expect(CANDIDATE.test(normaliseLine(example)), 'pre-filter').toBe(true)
    expect(matchRule(rule, example), 'rule').toBeDefined()
  })

  it.each(ALL_RULES.flatMap(r => (r.counterExamples ?? []).map(e => [r.id, e] as const)))('%s does not match its counter-example: %s', (id, counter) => {
    const rule = ALL_RULES.find(r => r.id === id)!
    expect(matchRule(rule, normaliseLine(counter))).toBeUndefined()
  })

    it('every service definition says how it is unreachable, or is a protocol alias', () => {
    for (const s of SERVICES) expect(s.unreachable.length > 0 || s.name === 'mariadb', s.name).toBe(true)
  })
})

describe('the pre-filter is derived from the knowledge base', () => {
  it('finds the literal every match must contain', () => {
    expect(anchorsOf(String.raw`connect ECONNREFUSED (?<host>[\w.]+):(?<port>\d+)`)).toEqual(['connect econnrefused '])
    // A group of literal alternatives continues the run: the anchors are the whole phrases.
    expect(anchorsOf(String.raw`(?:ModuleNotFoundError|ImportError): No module named`)).toEqual(['modulenotfounderror: no module named', 'importerror: no module named'])
    expect(anchorsOf(String.raw`^(?:PASS|FAIL) \S`)).toEqual(['pass ', 'fail '])
    expect(anchorsOf(String.raw`(?:Error|Exception)$`)).toEqual(['error', 'exception'])
    expect(anchorsOf(String.raw`^\s{1,8}(?<key>\d{1,5})\) \S`)).toBeUndefined()
    expect(minimalAnchors(['refused', 'connection refused', 'error'])).toEqual(['error', 'refused'])
  })

  it('anchors every expression but a few line-start shapes, each tested at the start of the line only', () => {
    for (const pattern of UNANCHORED) expect(pattern.source.startsWith('^'), pattern.source).toBe(true)
    // Twelve: pytest's section rule, the numbered listings (mocha, RSpec, PHPUnit, JUnit 4's `1) test(Class)` at the line's start),
    // dotted class lines, diff and check-mark shapes, testdox's passing mark and its class headers (a namespaced class's, and
    // one outside any namespace: its name alone), a .phpt diff's expected line (`002- text`), and prove -v's lone `ok` under a script.
    expect(UNANCHORED.length).toBeLessThanOrEqual(12)
    expect(ANCHORS.length).toBeGreaterThan(50)
  })

  it('admits every marker example of every dialect', () => {
    const examples = ['____ test_x ____', '_ ERROR at setup of TestA.test_b _', 'FAILED tests/a.py::test_x - AssertionError', '=== RUN   TestAdd', '--- FAIL: TestAdd (0.00s)', 'ok  \texample.com/a\t0.01s', '  ● Suite › test', ' FAIL  src/a.test.ts > suite > x', '  1) does x', '✖ saves (1ms)', 'not ok 3 - saves', '[ERROR] testX(com.a.FooTest)  Time elapsed: 0.1 s  <<< ERROR!', 'FooTest > testX() FAILED', '---- tests::x stdout ----', '  Failed Shop.Tests.X [12 ms]', '  1) Failure:']
    for (const line of examples) expect(CANDIDATE.test(line), line).toBe(true)
    expect(DIALECTS.length).toBeGreaterThanOrEqual(13)
  })
})

// Every pattern the classifier runs on log lines.
const PATTERNS: { id: string; pattern: RegExp }[] = [
  ...FILTERED_PATTERNS.map((pattern, i) => ({ id: `filtered.${i}.${pattern.source.slice(0, 40)}`, pattern })),
  ...SERVICES.map(s => ({ id: `mentions.${s.name}`, pattern: s.mentions })),
  { id: 'assertion-context', pattern: ASSERTION_CONTEXT },
  { id: 'retry-context', pattern: RETRY_CONTEXT }
]

/**
 * Quantified groups that contain a quantifier, `(a+)+`, `(\w+\s?)*`: the shape of every
 * exponential backtracking regex. `?` outside (at most once) and bounded `{0,1}` are harmless.
 */
function nestedQuantifiers(source: string): string[] {
  const found: string[] = []
  const stack: { start: number; quantified: boolean }[] = []
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      continue
    }
    if (c === '[') inClass = true
    else if (c === '(') stack.push({ start: i, quantified: false })
    else if (c === '*' || c === '+' || (c === '{' && /^\{\d+,?\d*\}/.test(source.slice(i)))) {
      const top = stack[stack.length - 1]
      if (top) top.quantified = true
    } else if (c === ')') {
      const group = stack.pop()
      const after = source.slice(i + 1)
      const repeats = /^(?:[*+]|\{\d+,(?:\d*)\})/.exec(after)
      const bounded = repeats && /^\{\d+,(\d+)\}/.exec(repeats[0])
      const many = repeats && !(bounded && Number(bounded[1]) <= 1)
      if (group && group.quantified && many) found.push(source.slice(group.start, i + 1 + (repeats?.[0].length ?? 0)))
      const parent = stack[stack.length - 1]
      if (parent && group && (group.quantified || repeats)) parent.quantified = true
    }
  }
  return found
}

describe('patterns cannot backtrack catastrophically', () => {
  it('finds nested quantifiers when they are there (the analysis works)', () => {
    expect(nestedQuantifiers(String.raw`(a+)+b`)).toEqual(['(a+)+'])
    expect(nestedQuantifiers(String.raw`(?:\w+\s?)*$`)).toHaveLength(1)
    expect(nestedQuantifiers(String.raw`(?:\.\d+)?x`)).toEqual([])
  })

  // A dotted class name, `(?:[A-Za-z_$][\w$]{0,80}\.){0,8}`: each repetition ends at a literal dot
  // its body cannot match, so there is one way to split the text; the adversarial run below checks.
  const DELIMITED = String.raw`(?:[A-Za-z_$][\w$]{0,80}\.){0,8}`
  const DELIMITED_PY = String.raw`(?:[A-Za-z_]\w{0,80}\.){1,8}`
  const DELIMITED_EX = String.raw`(?:[A-Za-z_]\w{0,80}\.){0,8}`
  const DELIMITED_RB = String.raw`(?:[A-Z]\w{0,80}::){0,8}`
  const DELIMITED_RB1 = String.raw`(?:[A-Z]\w{0,80}::){1,8}`
  const DELIMITED_LOWER = String.raw`(?:[a-z_]\w{0,80}\.){1,8}`
  // A namespaced class of any language (`a.b.C`, PHP's `A\B\C`, Ruby's `A::B::C`): each repetition ends at a separator its body cannot match.
  const DELIMITED_NS = String.raw`(?:[A-Za-z_$][\w$]{0,80}(?:\.|\\|::)){0,8}`
  it.each(PATTERNS.map(p => [p.id, p.pattern] as const))('%s has no quantified group containing a quantifier', (_id, pattern) => {
    expect(nestedQuantifiers(pattern.source).filter(g => ![DELIMITED, DELIMITED_PY, DELIMITED_EX, DELIMITED_RB, DELIMITED_RB1, DELIMITED_LOWER, DELIMITED_NS].includes(g))).toEqual([])
  })

  it('every pattern returns on adversarial 1 MB lines', async () => {
    const patterns = PATTERNS.map(p => ({ id: p.id, source: p.pattern.source, flags: p.pattern.flags }))
    const worker = new Worker(new URL('./helpers/adversarial-worker.mjs', import.meta.url), { workerData: { patterns } })
    const done = new Set<string>()
    let running = ''
    const outcome = await new Promise<string>(resolve => {
      // A guard, not a measurement: linear patterns finish in seconds; a runaway one never does.
      const guard = setTimeout(() => resolve(`still running after 240 s: ${running}`), 240_000)
      worker.on('message', (m: { id?: string; state: string }) => {
        if (m.state === 'start') running = m.id as string
        if (m.state === 'done') done.add(m.id as string)
        if (m.state === 'finished') {
          clearTimeout(guard)
          resolve('finished')
        }
      })
      worker.on('error', error => {
        clearTimeout(guard)
        resolve(`worker failed: ${error.message}`)
      })
    })
    await worker.terminate()
    expect(outcome).toBe('finished')
    expect(done.size).toBe(patterns.length)
  }, 300_000)
})
