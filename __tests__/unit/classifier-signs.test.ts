// The signs the burden of proof rests on (src/classify/rules/signs.ts): each is general
// knowledge of runners and tools, held here to its examples and to the lines close to them that
// it must not read. A line judged by a sign is first normalised, as the classifier does.
import { describe, expect, it } from 'vitest'
import { prefilter } from '../../src/classify/prefilter.js'
import { normaliseLine } from '../../src/classify/normalise.js'
import { DATA_START, FAILURE_SHAPE, FAILURE_SHAPE_AT_START, INSTALL_HINT, PANIC_HEADER, RESTATEMENT, RETRY_CONTEXT, UNINFORMATIVE } from '../../src/classify/rules/signs.js'

const { CANDIDATE } = prefilter()

const shape = (line: string): boolean => FAILURE_SHAPE.test(line) || FAILURE_SHAPE_AT_START.test(line)

const SIGNS: { name: string; test: (line: string) => boolean; filtered: boolean; examples: string[]; counter: string[] }[] = [
  {
    name: 'failure-shaped text no rule explains', test: shape, filtered: true,
    examples: ['3c3', '12,14d11', '@@ -1,3 +1,3 @@', 'expected.txt actual.txt differ: byte 17, line 2', '✗ totals: 41.99 != 42.00', '  ✘ rounds half up',
      'test/cart.cpp(12): error: in "cart/totals": check total == 42 has failed [41 != 42]', "app/models.py:3: error: Incompatible return value type (got \"int\", expected \"str\")  [return-value]",
      'Found 2 errors in 1 file (checked 3 source files)', 'run.sh: line 3: syntax error near unexpected token `fi\'', 'error: test failed, to rerun pass `--lib` (signal: 9, SIGKILL: kill)', 'signal: 9'],
    counter: ['3 passed in 0.02s', 'Ran 3 tests in 0.001s', 'fixed 3 bugs, 0 errors in 2 files', 'diff --git a/x b/x', 'check the docs for details', 'INFO: no errors found', '  ✓ adds (2ms)', '--- PASS: TestAdd (0.00s)']
  },
  {
    name: 'a restatement of an error already printed', test: l => RESTATEMENT.test(l), filtered: false,
    examples: ['Caused by: java.net.ConnectException: Connection refused', "  code: 'ECONNREFUSED',", '  errno: -111,', "  syscall: 'connect',", '  [cause]: Error: connect ECONNREFUSED 127.0.0.1:5432', "Serialized Error: { errno: -111, code: 'ECONNREFUSED' }"],
    counter: ['java.net.ConnectException: Connection refused', 'Error: connect ECONNREFUSED 127.0.0.1:5432', "  message: 'connect ECONNREFUSED'", 'error code: 1045']
  },
  {
    name: 'an assertion\'s printed values (data, not events)', test: l => DATA_START.test(l), filtered: true,
    examples: ['    - Expected  - 1', '    + Received  + 1', '- Snapshot  - 1', '      + expected - actual', 'E         Full diff:', 'E         Differing items:'],
    counter: ['Expected: 4', 'Received: 3', 'AssertionError: expected 3 to equal 4', '- name: test', '+ added a line']
  },
  {
    name: 'an error that only tells the reader to install or run something', test: l => INSTALL_HINT.test(l), filtered: false,
    examples: ['Error: Knex: run', 'Error: Please install pg package manually', 'Error: please install the redis module', 'Run npm install mysql2'],
    counter: ['Error: failed to run migrations', 'RuntimeError: install step exited 1', 'Error: run out of memory in worker']
  },
  {
    name: 'a shell\'s echo of an install command', test: l => UNINFORMATIVE.test(l), filtered: true,
    examples: ['$ npm install pg --save', '$ pip install psycopg2', '$ gem install pg --no-document', '+ npm install redis', '$ go get github.com/lib/pq'],
    counter: ["Error: Cannot find module 'pg'", 'npm install pg failed: ENOTFOUND registry.npmjs.org']
  },
  {
    name: 'a program going on past an error it caught', test: l => RETRY_CONTEXT.test(l), filtered: false,
    examples: ['13 Feb 00:47:05 - Caught exception: Error: connect ECONNREFUSED', 'caught an exception while warming the cache: ECONNREFUSED', 'retrying in 2s'],
    counter: ['Uncaught exception: Error: connect ECONNREFUSED', 'UnhandledPromiseRejection: connect ECONNREFUSED 127.0.0.1:5432']
  },
  {
    name: 'a Rust panic header whose message is the next line', test: l => PANIC_HEADER.test(l), filtered: true,
    examples: ["thread 'tests::adds' panicked at src/lib.rs:10:5:", "thread 'main' (28092) panicked at src/main.rs:3:14:"],
    counter: ["thread 'tests::adds' panicked at 'assertion failed: x', src/lib.rs:10:5", "thread 'main' panicked at src/main.rs:3:14: called `Result::unwrap()`"]
  }
]

describe.each(SIGNS)('$name', ({ test, filtered, examples, counter }) => {
  it.each(examples)('reads %s', line => {
    const normal = normaliseLine(line)
    expect(test(normal)).toBe(true)
    if (filtered) expect(CANDIDATE.test(normal), 'pre-filter').toBe(true)
  })
  it.each(counter)('does not read %s', line => expect(test(normaliseLine(line))).toBe(false))
})
