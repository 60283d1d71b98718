// Issue 23, the go family: what a careful reader of `go test` sees. A Go table test that wanted no
// error prints the nil it wanted as `<nil>`; go/build's NoGoError for a client package's empty directory.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const verdict = (lines: readonly string[]): string => {
  const v = classifyText(lines.join('\n'))
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}

describe('a Go test that wanted a nil error and got the refusal', () => {
  const goTest = (message: string): string[] => ['=== RUN   TestPrepare', '=== RUN   TestPrepare/background',
    `    conn_test.go:1861: ${message}`, '--- FAIL: TestPrepare (0.01s)', '    --- FAIL: TestPrepare/background (0.00s)', 'FAIL', 'FAIL\tgithub.com/acme/store\t0.085s', 'FAIL']
  it('is the outage when the wanted side is Go\'s nil (`expected = <nil>`, `want: <nil>`, gotests\' `wantErr false`)', () => {
    expect(verdict(goTest('conn.PrepareContext() unexpected nil err got = dial tcp 127.0.0.1:5432: connect: connection refused, expected = <nil>'))).toBe('infrastructure/high/postgresql')
    expect(verdict(goTest('Open() got: dial tcp 127.0.0.1:6379: connect: connection refused, want: <nil>'))).toBe('infrastructure/high/redis')
    expect(verdict(goTest('Store.Open() error = dial tcp 127.0.0.1:5432: connect: connection refused, wantErr false'))).toBe('infrastructure/high/postgresql')
  })
  it('stays the code\'s when the test wanted another error, or the nil was wanted of a value that is no connection error', () => {
    expect(verdict(goTest('Lookup() got = 5, want = <nil>'))).toMatch(/^code\//)
    expect(verdict(goTest('conn.PrepareContext() got = dial tcp 127.0.0.1:5432: connect: connection refused, expected = ErrBadConn'))).not.toMatch(/^infrastructure\/high/)
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
    expect(verdict(build('github.com/gomodule/redigo', '/usr/share/gocode/src/github.com/gomodule/redigo'))).not.toMatch(/^infrastructure/)
    expect(verdict(build('github.com/lib/pq/oid', '/go/src/github.com/lib/pq/oid'))).not.toMatch(/^infrastructure\/high/)
    expect(verdict(build('github.com/acme/cache', '/go/src/github.com/acme/cache'))).not.toMatch(/^infrastructure/)
  })
})
