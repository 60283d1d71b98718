// Logs a reviewer built to make the classifier excuse a code defect as infrastructure. Each
// mixes a real refusal with a failure no refusal explains; none may come out infrastructure/high.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'
import { combineVerdicts } from '../../src/classify/junit-verdict.js'

const DIR = path.resolve(__dirname, '../../__fixtures__/review-traps')
const verdictOf = (name: string) => classifyText(readFileSync(path.join(DIR, `${name}.log`), 'utf8'))

describe('mixed failures are never excused', () => {
  it.each([
    ['go-verbose-refusal-and-http-500', 'go -v: the pytest section marker must not swallow === RUN'],
    ['go-refusal-and-http-500', 'go without -v'],
    ['mocha-timeout-beside-refusal', 'a timed-out test does not borrow another test’s refusal'],
    ['pytest-valueerror-with-logged-redis-warning', 'a logged refusal does not explain a ValueError in the same test'],
    ['pytest-tb-no-valueerror-and-refusal', 'pytest --tb=no: the short summary lines are tests of their own'],
    ['custom-runner-fail-and-refusal', 'an unknown runner: an "expected, got" failure beside a refusal'],
    ['pytest-500-refusals-then-valueerror', 'tests past the per-test bound are not assumed to be infrastructure'],
    ['jest-suite-failed-to-run-beside-refusal', 'a suite that failed to load']
  ])('%s (%s)', name => {
    const v = verdictOf(name)
    expect(`${v.classification}/${v.confidence}`).not.toBe('infrastructure/high')
  })

  it('splits go -v output into its tests', () => {
    const v = verdictOf('go-verbose-refusal-and-http-500')
    expect(v.tests.map(t => [t.name, t.classification])).toEqual([['TestStore', 'infrastructure'], ['TestHandler', 'code']])
  })

  it('reads pytest short summary lines as one test each', () => {
    const v = verdictOf('pytest-tb-no-valueerror-and-refusal')
    expect(v.failingTests).toBe(2)
  })

  it('never lets a JUnit report relax the log’s verdict', () => {
    const log = verdictOf('jest-suite-failed-to-run-beside-refusal')
    const report = classifyText('connect ECONNREFUSED 127.0.0.1:5432')
    expect(`${report.classification}/${report.confidence}`).toBe('infrastructure/high')
    const combined = combineVerdicts(log, { ...report, failingTests: 1 })
    expect(`${combined.classification}/${combined.confidence}`).toBe(`${log.classification}/${log.confidence}`)
  })
})

// A second review's 75 logs: crashes, silent failing tests, errors outside any test, a runner
// count above the failures printed, HTTP clients on service ports, unittest ERROR blocks, Gradle's
// short exceptions, and more, each beside a genuine refusal of a declared service.
describe('second review: nothing here may be excused', () => {
  const ROUND2 = path.join(DIR, 'round2')
  // plain-plus-sqlalchemy.log (a missing SQLAlchemy, then a PostgreSQL refusal) was a trap while a
  // missing SQLAlchemy named no service; the contract now names the SQL family, which a declared
  // PostgreSQL satisfies, so both failures are infrastructure: see the test below.
  const OBSOLETE = new Set(['plain-plus-sqlalchemy.log'])
  it.each(readdirSync(ROUND2).filter(f => f.endsWith('.log') && !OBSOLETE.has(f)).sort())('%s', file => {
    const v = classifyText(readFileSync(path.join(ROUND2, file), 'utf8'))
    expect(`${v.classification}/${v.confidence}`).not.toBe('infrastructure/high')
  })
})

describe('a trap the contract changed', () => {
  it('a missing SQLAlchemy and a PostgreSQL refusal are both infrastructure, naming both', () => {
    const v = classifyText(readFileSync(path.join(DIR, 'round2', 'plain-plus-sqlalchemy.log'), 'utf8'))
    expect([v.classification, v.confidence, v.services]).toEqual(['infrastructure', 'high', ['postgresql', 'sql']])
  })
})

// A third review's 37 logs: servers that answered and rejected the client (a wrong password, a
// missing database, too many clients, TLS), exceptions named without Error/Exception, SQL errors
// in wrapper-looking classes, suites of runners the log splitter does not know after a pytest run,
// other languages' crash syntax, compose and `##[error]` prefixes, go helper-file messages.
describe('third review: nothing here may be excused', () => {
  const ROUND3 = path.join(DIR, 'round3')
  it.each(readdirSync(ROUND3).filter(f => f.endsWith('.log')).sort())('%s', file => {
    const v = classifyText(readFileSync(path.join(ROUND3, file), 'utf8'))
    expect(`${v.classification}/${v.confidence}`).not.toBe('infrastructure/high')
  })

  it('calls a server that answered and rejected the password a code defect', () => {
    const v = classifyText(readFileSync(path.join(ROUND3, 'pg-password-authentication-failed.log'), 'utf8'))
    expect([v.classification, v.ruleId]).toEqual(['code', 'postgresql.rejected'])
  })
})

// A fourth review (round4/README.md): eleven code defects beside a refusal that must never be
// excused, and missing services the classifier must call what they are.
describe('fourth review', () => {
  const ROUND4 = path.join(DIR, 'round4')
  const verdict4 = (file: string) => classifyText(readFileSync(path.join(ROUND4, file), 'utf8'))
  const MISSING_SERVICES: Record<string, string> = {
    'go-json-parallel-name-lines-pg-missing.log': 'postgresql',
    'go-parallel-name-lines-pg-missing.log': 'postgresql',
    'go-v-same-test-name-two-packages-pg-missing.log': 'postgresql',
    'rspec-pending-section-pg-missing.log': 'postgresql',
    'jest-node20-pg-aggregateerror-empty-message.log': 'postgresql'
  }
  // Still not infrastructure/high (README lists why): two same-named pytest tests, tenacity's
  // RetryError raised from the refusal, Kafka's metadata timeout, and mongoose's buffering timeout
  // (no connection ever opened: MongoDB down, or the code never connected; only ambiguous since issue 23).
  const OPEN = new Set(['pytest-same-test-name-two-files-pg-missing.log', 'pytest-tenacity-retryerror-pg-missing.log', 'surefire-kafka-producer-metadata-timeout.log', 'jest-mongoose-buffering-timeout-mongo-missing.log'])
  const defects = readdirSync(ROUND4).filter(f => f.endsWith('.log') && !(f in MISSING_SERVICES) && !OPEN.has(f)).sort()

  it('has the eleven code defects', () => expect(defects).toHaveLength(11))
  it.each(defects)('never excuses %s', file => {
    const v = verdict4(file)
    expect(`${v.classification}/${v.confidence}`).not.toBe('infrastructure/high')
  })
  it.each(Object.entries(MISSING_SERVICES))('%s is infrastructure/high, %s', (file, service) => {
    const v = verdict4(file)
    expect([v.classification, v.confidence, v.services]).toEqual(['infrastructure', 'high', [service]])
  })
  it.each([...OPEN])('%s is at least never blamed on the code with confidence', file => {
    const v = verdict4(file)
    expect(`${v.classification}/${v.confidence}`).not.toBe('code/high')
  })
})
