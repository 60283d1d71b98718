// Failure locations (issue 16): the deepest frame inside the workspace, from real runners' output.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../harness/action.js'
import { classifyText, type TestVerdict } from '../../src/classify/classifier.js'
import { frameOf, isForeign, locate, locateFailures, mergeRanges, readLogLines, toWorkspacePath, unitWindows, type PathContext } from '../../src/report/locations.js'

const ctx = (files: string[], cwd = '/home/runner/work/widgets/widgets'): PathContext => ({ workspace: '/home/runner/work/widgets/widgets', cwd, exists: f => files.includes(f) })

// pytest 9 on Python 3.11, verbatim (rootdir and plugins lines shortened).
const PYTEST = `============================= test session starts ==============================
platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0
rootdir: /home/runner/work/widgets/widgets
collected 3 items

tests/test_calc.py FF.                                                   [100%]

=================================== FAILURES ===================================
___________________________________ test_add ___________________________________

    def test_add():
>       assert add(2, 2) == 4
E       assert 0 == 4
E        +  where 0 = add(2, 2)

tests/test_calc.py:6: AssertionError
_________________________________ test_divide __________________________________

    def test_divide():
>       assert divide(1, 0) == 0
               ^^^^^^^^^^^^

tests/test_calc.py:10: 
_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ 

a = 1, b = 0

    def divide(a, b):
>       return a / b
               ^^^^^
E       ZeroDivisionError: division by zero

app/calc.py:6: ZeroDivisionError
=========================== short test summary info ============================
FAILED tests/test_calc.py::test_add - assert 0 == 4
FAILED tests/test_calc.py::test_divide - ZeroDivisionError: division by zero
========================= 2 failed, 1 passed in 2.67s ==========================`

// jest 29: a failing expectation in a test file, and an error thrown from a dependency.
const JEST = `FAIL tests/sum.test.js
  sum
    ✕ adds (3 ms)
    ✕ parses (1 ms)

  ● sum › adds

    expect(received).toBe(expected) // Object.is equality

    Expected: 4
    Received: 3

       7 | describe('sum', () => {
       8 |   it('adds', () => {
    >  9 |     expect(sum(1, 2)).toBe(4)
         |                       ^
      10 |   })

      at Object.toBe (tests/sum.test.js:9:23)

  ● sum › parses

    TypeError: Cannot read properties of undefined (reading 'split')

      at parse (node_modules/tiny-parser/index.js:4:15)
      at parseAll (/home/runner/work/widgets/widgets/src/parse.js:12:10)
      at Object.<anonymous> (/home/runner/work/widgets/widgets/tests/sum.test.js:14:5)

Test Suites: 1 failed, 1 total
Tests:       2 failed, 2 total`

describe('frames', () => {
  it('reads the location shapes of Python, pytest, JavaScript, Ruby, Rust and Go', () => {
    expect(frameOf('  File "/app/tests/test_db.py", line 12, in test_connect')).toMatchObject({ path: '/app/tests/test_db.py', line: 12, outermostFirst: true })
    expect(frameOf('tests/test_calc.py:6: AssertionError')).toMatchObject({ path: 'tests/test_calc.py', line: 6, outermostFirst: true })
    expect(frameOf('tests/test_calc.py:10: ')).toMatchObject({ path: 'tests/test_calc.py', line: 10 })
    expect(frameOf('      at Object.toBe (tests/sum.test.js:9:23)')).toMatchObject({ path: 'tests/sum.test.js', line: 9, column: 23, outermostFirst: false })
    expect(frameOf('    at file:///repo/src/x.mjs:3:1')).toMatchObject({ path: '/repo/src/x.mjs', line: 3 })
    expect(frameOf("# ./spec/models/user_spec.rb:12:in 'block (2 levels) in <top (required)>'")).toMatchObject({ path: './spec/models/user_spec.rb', line: 12 })
    expect(frameOf("thread 'tests::adds' panicked at src/lib.rs:10:5:")).toMatchObject({ path: 'src/lib.rs', line: 10, column: 5 })
    expect(frameOf('    calc_test.go:12: expected 4, got 3')).toMatchObject({ path: 'calc_test.go', line: 12 })
    expect(frameOf('\u001b[31m      at Object.toBe (tests/sum.test.js:9:23)\u001b[0m')).toMatchObject({ path: 'tests/sum.test.js', line: 9 })
  })

  it('ignores lines that only look like locations', () => {
    for (const line of ['E       assert 0 == 4', 'at the end of the day', '    at java.base/java.lang.Thread.run(Thread.java:833)', 'see docs/setup.md:12 for help', 'http://example.com:8080/x.js']) expect(frameOf(line)).toBeUndefined()
  })

  it('treats dependencies, vendored, generated and runtime code as foreign', () => {
    for (const file of ['node_modules/x/index.js', '/usr/lib/python3.11/site-packages/x.py', 'vendor/lib/x.rb', 'src/__generated__/schema.ts', 'node:internal/process/task_queues', 'api/v1/user_pb2.py', 'src/x.generated.ts', '/root/.pyenv/versions/3.11.7/lib/python3.11/unittest/case.py']) expect(isForeign(file), file).toBe(true)
    for (const file of ['src/app.ts', 'tests/test_x.py', 'lib/generator.rb']) expect(isForeign(file), file).toBe(false)
  })
})

describe('paths', () => {
  it('maps workspace, working-directory, container and other-checkout paths back to the workspace', () => {
    const files = ['tests/test_db.py', 'backend/tests/test_api.py', 'src/parse.js']
    expect(toWorkspacePath('/home/runner/work/widgets/widgets/src/parse.js', ctx(files))).toBe('src/parse.js')
    expect(toWorkspacePath('/app/tests/test_db.py', ctx(files))).toBe('tests/test_db.py')
    expect(toWorkspacePath('/workspace/backend/tests/test_api.py', ctx(files))).toBe('backend/tests/test_api.py')
    expect(toWorkspacePath('/Users/dev/code/widgets/src/parse.js', ctx(files))).toBe('src/parse.js')
    expect(toWorkspacePath('C:\\a\\widgets\\widgets\\src\\parse.js', ctx(files))).toBe('src/parse.js')
    // pytest prints paths relative to where it ran: working-directory backend.
    expect(toWorkspacePath('tests/test_api.py', ctx(files, '/home/runner/work/widgets/widgets/backend'))).toBe('backend/tests/test_api.py')
  })

  it('refuses what is not in the workspace, or lies above it', () => {
    const files = ['src/parse.js']
    expect(toWorkspacePath('/usr/lib/node/x.js', ctx(files))).toBeUndefined()
    expect(toWorkspacePath('../other/src/parse.js', ctx(files))).toBeUndefined()
    expect(toWorkspacePath('/home/runner/work/widgets/widgets/node_modules/x/index.js', ctx([...files, 'node_modules/x/index.js']))).toBeUndefined()
  })
})

describe('the failing line of each unit', () => {
  it('pytest: the assertion in the test file, and the deepest frame of a traceback into the code', () => {
    const verdict = classifyText(PYTEST)
    expect(verdict.tests.map(t => t.name)).toEqual(['test_add', 'test_divide'])
    const lines = PYTEST.split('\n')
    const windows = unitWindows(verdict.tests)
    const located = windows.map(ws => locate(ws.flatMap(w => lines.slice(w.start - 1, w.end - 1)), ctx(['tests/test_calc.py', 'app/calc.py'])))
    expect(located).toEqual([{ file: 'tests/test_calc.py', line: 6 }, { file: 'app/calc.py', line: 6 }])
  })

  it('jest: the innermost frame in the workspace, past a dependency\'s', () => {
    const verdict = classifyText(JEST)
    expect(verdict.tests.length).toBe(2)
    const lines = JEST.split('\n')
    const located = unitWindows(verdict.tests).map(ws => locate(ws.flatMap(w => lines.slice(w.start - 1, w.end - 1)), ctx(['tests/sum.test.js', 'src/parse.js', 'node_modules/tiny-parser/index.js'])))
    expect(located).toEqual([{ file: 'tests/sum.test.js', line: 9, column: 23 }, { file: 'src/parse.js', line: 12, column: 10 }])
  })

  it('a Python traceback from a container: the last frame in the workspace', () => {
    const lines = [
      'Traceback (most recent call last):',
      '  File "/app/tests/test_db.py", line 8, in test_connect',
      '    conn = connect()',
      '  File "/app/src/db.py", line 21, in connect',
      '    return psycopg2.connect(URL)',
      '  File "/usr/local/lib/python3.12/site-packages/psycopg2/__init__.py", line 122, in connect',
      'psycopg2.OperationalError: connection refused'
    ]
    expect(locate(lines, ctx(['tests/test_db.py', 'src/db.py']))).toEqual({ file: 'src/db.py', line: 21 })
  })

  it('nothing when no frame is in the workspace', () => {
    expect(locate(['    at Module._compile (node:internal/modules/cjs/loader:1105:14)', 'Error: boom'], ctx([]))).toBeUndefined()
  })
})

describe('reading the log back', () => {
  it('numbers lines as the classifier does (LF, CRLF, a lone CR), and hands over only the wanted ones', async () => {
    const dir = tempDir('coach-gate-loc-')
    const file = path.join(dir, 'log')
    // A chunk boundary (1 MiB) falls between a CR and its LF.
    const filler = 'x'.repeat((1 << 20) - 1)
    writeFileSync(file, `one\r\ntwo\rthree\nfour\n${filler}\r\nsix\nseven`)
    const seen: [number, string][] = []
    await readLogLines(file, mergeRanges([{ start: 6, end: 8 }, { start: 2, end: 4 }, { start: 3, end: 5 }]), (n, text) => seen.push([n, text]))
    expect(seen).toEqual([[2, 'two'], [3, 'three'], [4, 'four'], [6, 'six'], [7, 'seven']])
  })

  it('locates nothing when the log file and the classifier disagree about a unit\'s evidence line', async () => {
    const dir = tempDir('coach-gate-loc-')
    writeFileSync(path.join(dir, 'log'), PYTEST)
    mkdirSync(path.join(dir, 'tests'))
    writeFileSync(path.join(dir, 'tests', 'test_calc.py'), '')
    const verdict = classifyText(PYTEST)
    const [first, second] = verdict.tests as [TestVerdict, TestVerdict]
    expect(await locateFailures(path.join(dir, 'log'), [first, second], dir, dir)).toEqual([{ file: 'tests/test_calc.py', line: 6 }, { file: 'tests/test_calc.py', line: 10 }])
    const shifted = { ...first, evidence: { ...(first.evidence as NonNullable<TestVerdict['evidence']>), line: (first.evidence?.line ?? 0) + 1 } }
    expect(await locateFailures(path.join(dir, 'log'), [shifted, second], dir, dir)).toEqual([undefined, { file: 'tests/test_calc.py', line: 10 }])
  })
})
