// Issue 23, the go family: what a careful reader of `go test` sees. A Go table test that wanted no
// error prints the nil it wanted as `<nil>`; go/build's NoGoError for a client package's empty directory.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const verdict = (lines: readonly string[]): string => {
  const v = classifyText(lines.join('\n'))
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}

describe("a Go got/want line whose wanted side is Go's nil", () => {
  const goTest = (message: string): string[] => ['=== RUN   TestPrepare', '=== RUN   TestPrepare/background',
    `    conn_test.go:1861: ${message}`, '--- FAIL: TestPrepare (0.01s)', '    --- FAIL: TestPrepare/background (0.00s)', 'FAIL', 'FAIL\tgithub.com/acme/store\t0.085s', 'FAIL']
  it('is not read as "no error was wanted": Go prints <nil> for any nil value, and a test may provoke the refusal itself (attack 28a)', () => {
    expect(verdict(goTest('GetOrLoad() error = dial unix /tmp/TestGetOrLoad123/001/redis.sock: connect: connection refused, want: <nil>'))).not.toMatch(/^infrastructure\/high/)
    expect(verdict(goTest('OpenAny() got: failed to connect to `host=127.0.0.1 user=app database=app`: dial error (dial tcp 127.0.0.1:41234: connect: connection refused), want: <nil>'))).not.toMatch(/^infrastructure\/high/)
    expect(verdict(goTest('Lookup() got = 5, want = <nil>'))).toMatch(/^code\//)
  })
  it('a line that says no error was expected still carries the outage', () => {
    expect(verdict(goTest('expected no error, got dial tcp 127.0.0.1:5432: connect: connection refused'))).toBe('infrastructure/high/postgresql')
  })
})

describe('a client package whose directory holds no Go files (GOPATH)', () => {
  const build = (path: string, dir: string): string[] => ['# github.com/acme/store', 'package github.com/acme/store (test)',
    `\timports ${path}: no Go files in ${dir}`, 'FAIL\tgithub.com/acme/store [setup failed]', 'FAIL']
  it('is the client not installed when the import path is the client\'s package', () => {
    expect(verdict(build('github.com/lib/pq', '/go/src/github.com/lib/pq'))).toBe('infrastructure/high/postgresql')
    expect(verdict(build('github.com/gomodule/redigo/redis', '/usr/share/gocode/src/github.com/gomodule/redigo/redis'))).toBe('infrastructure/high/redis')
  })
  it('stays the code\'s for a client\'s repository root that is no package (attack 26), a sub-path or the project\'s own import', () => {
    // pgx v3's and go-redis v6's roots are packages in one major version only (attack 28a).
    expect(verdict(build('github.com/jackc/pgx', '/usr/share/gocode/src/github.com/jackc/pgx'))).not.toMatch(/^infrastructure\/high/)
    expect(verdict(build('github.com/go-redis/redis', '/go/src/github.com/go-redis/redis'))).not.toMatch(/^infrastructure\/high/)
    expect(verdict(build('github.com/gomodule/redigo', '/usr/share/gocode/src/github.com/gomodule/redigo'))).not.toMatch(/^infrastructure/)
    expect(verdict(build('github.com/lib/pq/oid', '/go/src/github.com/lib/pq/oid'))).not.toMatch(/^infrastructure\/high/)
    expect(verdict(build('github.com/acme/cache', '/go/src/github.com/acme/cache'))).not.toMatch(/^infrastructure/)
  })
})

describe('a refusal on a port no service owns, on a line that says it was connecting to a database', () => {
  // jinzhu/gorm's main_test.go init(): `panic(fmt.Sprintf("No error should happen when connecting to test database, but
  // got err=%+v", err))` with the docker-compose ports of its DSNs (9910 mysql, 9920 postgres); the test binary dies
  // before any test (`FAIL pkg 0.008s`, no `--- FAIL`).
  const initPanic = (header: string, err: string): string[] => [header,
    `panic: No error should happen when connecting to test database, but got err=${err}`, '', 'goroutine 1 [running]:',
    'github.com/acme/store_test.init.0()', '\t/go/src/github.com/acme/store/main_test.go:42 +0x9c', 'FAIL\tgithub.com/acme/store\t0.008s', 'FAIL']
  it('is a database refused, possibly on a port configured wrong: infrastructure, at most ambiguous', () => {
    expect(verdict(initPanic('testing postgres...', 'dial tcp 127.0.0.1:9920: connect: connection refused'))).toMatch(/^infrastructure\/ambiguous/)
    expect(verdict(initPanic('testing mysql...', 'dial tcp 127.0.0.1:9910: connect: connection refused'))).toMatch(/^infrastructure\/ambiguous/)
    expect(verdict(initPanic('starting', 'failed to connect to database: dial tcp [::1]:15432: connect: connection refused'))).toMatch(/^infrastructure\/ambiguous/)
  })
  it('stays the code\'s when nothing says database, or the line names the project\'s own server', () => {
    expect(verdict(initPanic('testing api...', 'dial tcp 127.0.0.1:9920: connect: connection refused').map(l => l.replace('connecting to test database', 'starting the client')))).toMatch(/^code\//)
    expect(verdict(['=== RUN   TestHandler', '    handler_test.go:31: connecting to test database via mock server: dial tcp 127.0.0.1:8089: connect: connection refused',
      '--- FAIL: TestHandler (0.00s)', 'FAIL', 'FAIL\tgithub.com/acme/store\t0.011s', 'FAIL'])).toMatch(/^code\//)
  })
  it('the service\'s default port is still the outage itself', () => {
    expect(verdict(initPanic('testing postgres...', 'dial tcp 127.0.0.1:5432: connect: connection refused'))).toBe('infrastructure/high/postgresql')
  })
})
