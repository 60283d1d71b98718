// node:test, vitest and jest (issue 27, item 3): each failing test's location and the values its
// assertion compared are kept, and the workflow commands a runner prints (vitest's and jest's
// `::error file=…`) are its annotations, not a failure of their own. Real logs from
// __fixtures__/logs, generated with node 20, vitest 3.2.7 and jest 29.7.0.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../harness/action.js'
import { classifyText } from '../../src/classify/classifier.js'
import { normaliseLine } from '../../src/classify/normalise.js'
import { frameOf, locate, readFailures, valuesAfter, withValues, type PathContext } from '../../src/report/locations.js'

const LOGS = path.resolve(__dirname, '../../__fixtures__/logs')
const log = (name: string): string => path.join(LOGS, name)

describe('the values an assertion compared', () => {
  it('node:test: the lines after "Expected values to be strictly equal:"', () => {
    expect(valuesAfter('Expected values to be strictly equal:', ['', '3 !== 4', '', "code: 'ERR_ASSERTION'"])).toBe('3 !== 4')
    // TAP's YAML block: indented, then its keys.
    expect(valuesAfter('Expected values to be strictly equal:', ['    ', '    3 !== 4', '    ', "  code: 'ERR_ASSERTION'", '  expected: 4', '  actual: 3'])).toBe('3 !== 4')
  })

  it('node:test: a deep-equal diff, its legend and first lines', () => {
    expect(valuesAfter('AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:', ['+ actual - expected', '', '  {', '+   a: 1', '-   a: 2', '  }', '', '    at TestContext.<anonymous> (file:///r/t.js:3:10)']))
      .toBe('+ actual - expected / { / + a: 1 / - a: 2')
  })

  it('node:test: the actual and expected keys when no line shows the values', () => {
    expect(valuesAfter('Expected "actual" to be strictly unequal to:', ['', "  code: 'ERR_ASSERTION'", '  expected: 4', '  actual: 4', "  operator: 'notStrictEqual'"])).toBe('actual: 4, expected: 4')
    expect(valuesAfter('Expected "actual" to be strictly unequal to:', ['    at x (file:///r/t.js:3:10) {', '  actual: 4,', '  expected: 4,'])).toBe('actual: 4, expected: 4')
  })

  it('jest: Expected then Received', () => {
    expect(valuesAfter('Expected: 4', ['Received: 3', '', '  9 |'])).toBe('Received: 3')
    expect(valuesAfter('Expected substring: "a"', ['Received string:    "b"'])).toBe('Received string: "b"')
    expect(valuesAfter('Expected: 4', ['', '  at Object.toBe (test/x.test.js:11:15)'])).toBeUndefined()
  })

  it('nothing when the evidence line shows its values itself, or is cut short', () => {
    expect(valuesAfter('AssertionError: expected 3 to be 4 // Object.is equality', ['', '- Expected', '+ Received'])).toBeUndefined()
    expect(valuesAfter('Error: connect ECONNREFUSED 127.0.0.1:5432', ['    at x (/r/y.js:1:1)'])).toBeUndefined()
    expect(valuesAfter('Expected values to be strictly equal…', ['3 !== 4'])).toBeUndefined()
    expect(valuesAfter('Expected values to be strictly equal:', ['', '    at TestContext.<anonymous> (file:///r/t.js:3:10)'])).toBeUndefined()
  })

  it('withValues appends them to the tests\' and the run\'s evidence, and leaves the rest', () => {
    const verdict = classifyText(readFileSync(log('js-node-test/code-strictequal-values-tap.log'), 'utf8'))
    const shown = withValues(verdict, ['3 !== 2', '3 !== 4'])
    expect(shown.tests.map(t => t.evidence?.text)).toEqual(['Expected values to be strictly equal: 3 !== 2', 'Expected values to be strictly equal: 3 !== 4'])
    expect(shown.evidence[0]?.text).toBe('Expected values to be strictly equal: 3 !== 2')
    expect(withValues(verdict, [undefined, undefined])).toBe(verdict)
  })
})

describe('where node:test, vitest and jest say a test failed', () => {
  it('reads node:test TAP stack frames (no "at") and its location: key, vitest\'s ❯ line, a runner\'s ::error', () => {
    expect(frameOf('    TestContext.<anonymous> (file:///tmp/nv/nodet/test/x.test.js:13:10)')).toMatchObject({ path: '/tmp/nv/nodet/test/x.test.js', line: 13, column: 10 })
    expect(frameOf('    async Promise.all (index 0) (file:///r/t.js:1:1)')).toBeUndefined()
    expect(frameOf("  location: '/tmp/nv/nodet/test/x.test.js:12:1'")).toMatchObject({ path: '/tmp/nv/nodet/test/x.test.js', line: 12, declaration: true })
    expect(frameOf('test at test/x.test.js:12:1')).toMatchObject({ path: 'test/x.test.js', line: 12, declaration: true })
    expect(frameOf('\u001b[36m \u001b[2m❯\u001b[22m test/x.test.js:\u001b[2m13:15\u001b[22m\u001b[39m')).toMatchObject({ path: 'test/x.test.js', line: 13, column: 15 })
    expect(frameOf(' ❯ add src/math.ts:3:9')).toMatchObject({ path: 'src/math.ts', line: 3 })
    expect(frameOf('::error file=/tmp/nv/vt/test/x.test.js,title=test/x.test.js > math > compares three and four,line=13,column=15::AssertionError: x')).toMatchObject({ path: '/tmp/nv/vt/test/x.test.js', line: 13, column: 15 })
    expect(frameOf('::error file=/tmp/nv/jt/test/x.test.js,line=11,title=math › compares three and four::expect(received)')).toMatchObject({ path: '/tmp/nv/jt/test/x.test.js', line: 11 })
  })

  it('prefers where the test failed over where it is declared', () => {
    const ctx: PathContext = { workspace: '/w', cwd: '/w', exists: f => f === 'test/x.test.js' }
    const lines = ['not ok 2 - compares three and four', '  ---', "  location: '/tmp/nv/nodet/test/x.test.js:12:1'", '  stack: |-', '    TestContext.<anonymous> (file:///tmp/nv/nodet/test/x.test.js:13:10)', '    Test.run (node:internal/test_runner/test:796:25)', '  ...']
    expect(locate(lines, ctx)).toEqual({ file: 'test/x.test.js', line: 13, column: 10 })
    expect(locate(lines.filter(l => !l.includes('TestContext')), ctx)).toEqual({ file: 'test/x.test.js', line: 12, column: 1 })
  })
})

describe('a runner\'s own workflow commands', () => {
  it('are no line the classifier reads', () => {
    expect(normaliseLine('::error file=/r/test/x.test.js,title=x > y,line=13,column=15::AssertionError: expected 3 to be 4%0A%0A- Expected')).toBe('')
    expect(normaliseLine('2026-01-02T03:04:05.1234567Z ::warning file=a.js,line=1::deprecated')).toBe('')
    expect(normaliseLine('::error::Error: connect ECONNREFUSED 127.0.0.1:5432')).toBe('')
    // Not a command: text that mentions one, or a command the runner does not annotate with.
    expect(normaliseLine('  ::error file=x')).toBe('  ::error file=x')
    expect(normaliseLine('::group::Errors thrown in test/x.test.js')).toBe('::group::Errors thrown in test/x.test.js')
  })

  it('vitest\'s ::error is no failing unit (outside any test) of its own', () => {
    const verdict = classifyText(readFileSync(log('js-vitest/code-tobe-github-actions-error.log'), 'utf8'))
    expect(verdict.tests.map(t => t.evidence?.text ?? '').filter(t => t.includes('::error') || t.includes('%0A'))).toEqual([])
    expect(verdict.evidence.map(e => e.text).filter(t => t.includes('::error'))).toEqual([])
    expect(verdict.tests[0]).toMatchObject({ name: 'test/x.test.js > math > compares three and four', classification: 'code' })
  })

  it('vitest\'s tree line under a finished file (`→ expected 3 to be 4`) is no failing unit either', () => {
    for (const name of ['js-vitest/code-tobe-github-actions-error.log', 'js-vitest/code-assertion-ansi-timestamps.log', 'js-vitest/trap-rejects-wrong-error-type.log']) {
      const verdict = classifyText(readFileSync(log(name), 'utf8'))
      expect(verdict.tests.map(t => t.scope), name).toEqual(['test'])
      expect(verdict.failingTests, name).toBe(1)
    }
  })
})

describe('each runner\'s real log: the location and the values', () => {
  // The scratch projects' test files, at the path each log names below the workspace.
  const workspace = tempDir('failure-values-')
  mkdirSync(path.join(workspace, 'test'), { recursive: true })
  writeFileSync(path.join(workspace, 'test/x.test.js'), '// stand-in\n')

  const cases: [string, string, { file: string; line: number }, string][] = [
    ['js-node-test/code-strictequal-values-tap.log', 'compares three and four', { file: 'test/x.test.js', line: 13 }, 'Expected values to be strictly equal: 3 !== 4'],
    ['js-node-test/code-strictequal-values-spec.log', 'compares three and four', { file: 'test/x.test.js', line: 13 }, 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal: 3 !== 4'],
    ['js-vitest/code-tobe-github-actions-error.log', 'test/x.test.js > math > compares three and four', { file: 'test/x.test.js', line: 13 }, 'AssertionError: expected 3 to be 4 // Object.is equality'],
    ['js-jest/code-tobe-github-actions-reporter.log', 'math › compares three and four', { file: 'test/x.test.js', line: 11 }, 'Expected: 4 / Received: 3']
  ]
  it.each(cases)('%s', async (name, test, at, evidence) => {
    const file = log(name)
    const verdict = classifyText(readFileSync(file, 'utf8'))
    const i = verdict.tests.findIndex(t => t.name === test)
    expect(i, verdict.tests.map(t => t.name).join(', ')).toBeGreaterThanOrEqual(0)
    const details = await readFailures(file, verdict.tests, workspace, workspace)
    expect(details.locations[i]).toMatchObject(at)
    expect(withValues(verdict, details.values).tests[i]?.evidence?.text).toBe(evidence)
  })
})
