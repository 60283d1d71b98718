// The burden of proof on infrastructure (SPEC, Classification), through the built action under
// Node 24: honest logs of broken code, each with a real refusal somewhere, replayed as the test
// command's own output with its real exit status (__fixtures__/floor, made by real tools). The
// task declares the service the log names, Docker is down: the gate must never approve.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAction } from '../harness/action.js'

const FLOOR = path.resolve(__dirname, '../../__fixtures__/floor')

/** One case of each kind the issue names (the unit test holds every case of the floor). */
const KINDS: readonly [kind: string, id: string, declared: string][] = [
  ['a goroutine panicked inside a test go -v announced and never concluded', 'died-in-test/go-v-goroutine-index-panic', 'postgresql'],
  ['log.Fatalf inside a test under go test -json', 'died-in-test/go-json-log-fatalf', 'postgresql'],
  ['another program failed before a runner\'s pass line (npm workspaces, then mocha)', 'other-program-before-pass/npm-workspaces-typeerror-then-mocha-refused', 'postgresql'],
  ['a make step\'s Python KeyError, then go test\'s ok', 'other-program-before-pass/make-k-python-keyerror-then-go-ok', 'postgresql'],
  ['a shell syntax error before TAP\'s ok', 'other-program-before-pass/shell-tap-syntax-error-then-ok', 'postgresql'],
  ['mocha listed a failure and the process exited on a refusal before its details', 'listed-without-details/mocha-spec-exit-on-redis-refusal', 'redis'],
  ['a normal diff, then a refused curl', 'unknown-failure-text/normal-diff-then-refused-curl', 'postgresql'],
  ['a script\'s check marks after a refusal', 'unknown-failure-text/check-marks-after-refusal', 'postgresql'],
  ['Boost.Test\'s check has failed, beside a refused fixture', 'unknown-failure-text/boost-check-equal-and-refused', 'postgresql'],
  ['mypy\'s error lines inside tox, beside a refused pytest', 'unknown-failure-text/tox-mypy-errors-then-refused-pytest', 'postgresql'],
  ['a test killed by signal 9 (cargo)', 'unknown-failure-text/cargo-test-sigkill', 'rabbitmq'],
  ['a refusal quoted as data in jest\'s toMatchSnapshot diff', 'refusal-quoted-as-data/jest-tomatchsnapshot-formatter', 'redis'],
  ['a failing "after each" hook with an AssertionError beside a refused test', 'failing-hook/mocha-after-each-leaked-handles', 'postgresql'],
  ['an echoed install command, then a failing script', 'install-echo/echoed-npm-install-pg-then-assertion', 'postgresql'],
  ['a JDBC refusal on a non-default port, then a generic Caused by:', 'restatement/jdbc-nondefault-port-caused-by', 'postgresql'],
  ['Node\'s error dump code: \'ECONNREFUSED\' after an ::1 refusal', 'restatement/node-ipv6-refusal-error-dump', 'postgresql'],
  ['a test-unit power-assert failure among refused tests', 'mixed-runners/test-unit-power-assert-among-refused', 'redis'],
  ['one failure of a small TAP runner among refused files', 'mixed-runners/tape-one-failure-among-refused-files', 'postgresql']
]

const task = (service: string): string => ['---', 'id: T-burden', 'requires_infrastructure:', `  - ${service}`, '---', '', 'Needs its service.'].join('\n')

describe('the burden of proof, under Node 24', () => {
  it.each(KINDS)('%s: feedback, never a conditional approval', async (_kind, id, declared) => {
    const meta = JSON.parse(readFileSync(path.join(FLOOR, `${id}.json`), 'utf8')) as { exit_code: number }
    const run = await runAction({
      inputs: { 'test-command': `cat output.log; exit ${meta.exit_code}`, 'task-file': 'tasks/task.md' },
      files: { 'output.log': readFileSync(path.join(FLOOR, `${id}.log`), 'utf8'), 'tasks/task.md': task(declared) },
      docker: 'no-daemon'
    })
    expect(run.outputs['approved-without-independent-tests']).toBe('false')
    expect(run.outputs.decision).toBe('feedback')
    expect(`${run.outputs.classification}/${run.outputs.confidence}`).not.toBe('infrastructure/high')
    expect(run.outputs['docker-available']).toBe('false')
  })
})
