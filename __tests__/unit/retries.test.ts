// A passing retry proves itself (issue 26): the tests that failed before seen to pass by name,
// or, without names, some test run at all. Pure parts of src/tests/retries.ts.
import { describe, expect, it } from 'vitest'
import { passedTestText, RetryWitness, unprovenRetry } from '../../src/tests/retries.js'

const witness = (names: readonly string[], lines: readonly string[]): ReturnType<RetryWitness['result']> => {
  const w = new RetryWitness(names)
  for (const line of lines) w.push(line)
  return w.result()
}

describe('passedTestText', () => {
  it.each([
    ['tests/test_store.py::test_load PASSED                                     [ 50%]', 'tests/test_store.py::test_load'],
    ['PASSED tests/test_store.py::test_load', 'tests/test_store.py::test_load'],
    ['[gw0] [ 50%] PASSED tests/test_store.py::test_load', 'tests/test_store.py::test_load'],
    ['    --- PASS: TestLoad/empty (0.00s)', 'TestLoad/empty'],
    ['    ✓ adds (3 ms)', 'adds'],
    ['  ✔ stores a user (0.51ms)', 'stores a user'],
    ['ok 1 - stores a user', 'stores a user'],
    ['test store::tests::load ... ok', 'store::tests::load'],
    ['StoreTest > loadsUsers() PASSED', 'StoreTest > loadsUsers()'],
    ['\u001b[32m✓\u001b[39m adds', 'adds']
  ])('%s names %s', (line, name) => {
    expect(passedTestText(line)).toBe(name)
  })

  it.each(['make: Nothing to be done for \'test\'.', 'tests/test_store.py::test_load FAILED', '--- FAIL: TestLoad (0.00s)', '✕ adds (3 ms)', 'not ok 1 - stores a user', 'PASSED'])('%s names no passing test', line => {
    expect(passedTestText(line)).toBeUndefined()
  })
})

describe('RetryWitness and unprovenRetry', () => {
  it('a make target that was already built ran nothing', () => {
    const evidence = witness(['test_load'], ["make: Nothing to be done for 'test'."])
    expect(evidence).toEqual({ ranTests: false, seen: [], unseen: ['test_load'] })
    expect(unprovenRetry(evidence, ['test_load'])).toMatchObject({ ranNothing: true })
  })

  it('the failed test seen passing by name is a pass', () => {
    const evidence = witness(['test_load'], ['tests/test_store.py::test_load PASSED [ 50%]', '============ 2 passed in 0.01s ============'])
    expect(evidence.seen).toEqual(['test_load'])
    expect(unprovenRetry(evidence, ['test_load'])).toBeUndefined()
  })

  it('other tests passing are not the failed one passing', () => {
    const evidence = witness(['test_load'], ['tests/test_store.py::test_save PASSED', '1 passed, 1 deselected in 0.01s'])
    expect(evidence).toEqual({ ranTests: true, seen: [], unseen: ['test_load'] })
    expect(unprovenRetry(evidence, ['test_load'])).toMatchObject({ ranNothing: false, reason: expect.stringContaining('test_load') })
    // test_load_all passing is not test_load passing.
    expect(witness(['test_load'], ['tests/t.py::test_load_all PASSED']).unseen).toEqual(['test_load'])
  })

  it('matches the last part of a nested name (jest prints the test, not its describe)', () => {
    expect(witness(['sum › adds'], ['  sum', '    ✓ adds (2 ms)']).seen).toEqual(['sum › adds'])
    expect(witness(['TestLoad'], ['--- PASS: TestLoad (0.01s)']).seen).toEqual(['TestLoad'])
  })

  it('without names, a runner summary that ran tests is enough, and a zero count is not', () => {
    expect(unprovenRetry(witness([], ['Ran 3 tests in 0.002s', 'OK']), [])).toBeUndefined()
    expect(unprovenRetry(witness([], ['ok  \texample.com/store\t0.012s']), [])).toBeUndefined()
    expect(unprovenRetry(witness([], ['ok  \texample.com/store\t(cached)']), [])).toMatchObject({ ranNothing: true })
    expect(unprovenRetry(witness([], ['no tests ran in 0.01s']), [])).toMatchObject({ ranNothing: true })
    expect(unprovenRetry(witness([], ['Tests run: 0, Failures: 0']), [])).toMatchObject({ ranNothing: true })
  })
})
