// Corroboration and setup, the pure parts (src/corroborate): the claims read from evidence, the
// endpoints read from the step's environment, what each check's answer means, what they mean
// together, and when a run is `setup`. The real checks once, against a listener of this process.
import net from 'node:net'
import { describe, expect, it } from 'vitest'
import { LogClassifier, type Verdict } from '../../src/classify/classifier.js'
import { runnerChecks } from '../../src/corroborate/checks.js'
import { claimOf, claimsOf } from '../../src/corroborate/claims.js'
import { configuredEndpoints } from '../../src/corroborate/configured.js'
import { corroborationOf, judgeAnswer, planCheck, planChecks, verdictAfter, type CorroborationContext } from '../../src/corroborate/judge.js'
import { commandWords, judgeSetup, npmDeclared, npmInstallCommand, pyprojectNames, requirementNames, type SetupFacts } from '../../src/corroborate/setup.js'
import { decide } from '../../src/decide/decision.js'

const ctx = (more: Partial<CorroborationContext> = {}): CorroborationContext => ({ declared: ['postgresql'], env: {}, started: [], docker: { available: false, detail: 'no daemon' }, ...more })

const REFUSED = ['E   psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused', 'FAILED tests/test_db.py::test_a - psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed', '1 failed in 0.05s']

function classify(lines: readonly string[], exitCode = 1): Verdict {
  const c = new LogClassifier()
  for (const line of lines) c.push(line)
  return c.result({ exitCode, signal: null })
}

describe('claims read from the evidence', () => {
  it.each([
    ['postgresql.libpq.server-at', 'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused', { kind: 'endpoint', host: '127.0.0.1', port: 5432 }],
    ['network.refused.endpoint', 'Error: connect ECONNREFUSED 127.0.0.1:6379', { kind: 'endpoint', host: '127.0.0.1', port: 6379, service: 'redis' }],
    ['network.refused.endpoint', 'Error: connect ECONNREFUSED ::1:5432', { kind: 'endpoint', host: '::1', port: 5432 }],
    ['network.refused.endpoint', "ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 27017)", { kind: 'endpoint', host: '127.0.0.1', port: 27017, service: 'mongodb' }],
    ['network.refused.endpoint', 'java.net.ConnectException: Connection refused: localhost/127.0.0.1:5672', { kind: 'endpoint', host: '127.0.0.1', port: 5672 }],
    ['redis.py.connecting', 'redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.', { kind: 'endpoint', host: 'localhost', port: 6379 }],
    ['kafka.node-unreachable', '[Producer clientId=producer-1] Connection to node -1 (localhost/127.0.0.1:9092) could not be established.', { kind: 'endpoint', host: '127.0.0.1', port: 9092 }],
    ['mysql.cant-connect', "Can't connect to MySQL server on '127.0.0.1' (111)", { kind: 'endpoint', host: '127.0.0.1', port: 3306, defaultPort: true }],
    ['postgresql.libpq.socket', 'connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory', { kind: 'socket', path: '/var/run/postgresql/.s.PGSQL.5432' }],
    ['docker.daemon.cli', 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', { kind: 'socket', path: '/var/run/docker.sock' }],
    ['network.dns.service-host', 'Error: getaddrinfo ENOTFOUND postgres', { kind: 'dns', host: 'postgres' }],
    ['network.dns.service-host', 'could not translate host name "db" to address: Name or service not known', { kind: 'dns', host: 'db' }],
    ['module.python.missing', "ModuleNotFoundError: No module named 'psycopg2.extensions'", { kind: 'module', ecosystem: 'python', module: 'psycopg2' }],
    ['module.npm.missing', "Error: Cannot find module '@redis/client/dist/lib'", { kind: 'module', ecosystem: 'npm', module: '@redis/client' }],
    ['module.ruby.missing', 'LoadError: cannot load such file -- pg', { kind: 'module', ecosystem: 'ruby' }],
    ['tool.missing', 'bash: psql: command not found', { kind: 'tool', tool: 'psql' }],
    ['network.refused', 'ConnectionRefusedError: [Errno 111] Connection refused', { kind: 'service' }]
  ])('%s: %s', (rule, text, expected) => {
    expect(claimOf(rule, text, rule.startsWith('mysql') ? 'mysql' : '', 3)).toMatchObject(expected)
  })

  it('takes one claim an endpoint from a classified log, deduplicated', () => {
    const verdict = classify(['E   psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused', 'FAILED tests/test_db.py::test_a - psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed', 'FAILED tests/test_db.py::test_b - psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed', '2 failed in 0.05s'])
    expect(verdict.classification).toBe('infrastructure')
    expect(claimsOf(verdict, ['postgresql'])).toEqual([expect.objectContaining({ kind: 'endpoint', host: '127.0.0.1', port: 5432, service: 'postgresql' })])
  })
})

describe('the endpoints the step configured', () => {
  it('reads URLs, host/port pairs, lists and sockets of the service', () => {
    expect(configuredEndpoints({ DATABASE_URL: 'postgresql://u:p@127.0.0.1:5433/app' }, 'postgresql')).toEqual([{ variable: 'DATABASE_URL', host: '127.0.0.1', port: 5433 }])
    expect(configuredEndpoints({ PGHOST: 'db', PGPORT: '6543' }, 'postgresql')).toEqual([{ variable: 'PGHOST/PGPORT', host: 'db', port: 6543 }])
    expect(configuredEndpoints({ PGHOST: '/var/run/postgresql' }, 'postgresql')).toEqual([{ variable: 'PGHOST', host: '', port: undefined, socket: '/var/run/postgresql' }])
    expect(configuredEndpoints({ REDIS_URL: 'redis://localhost' }, 'redis')).toEqual([{ variable: 'REDIS_URL', host: 'localhost', port: 6379 }])
    expect(configuredEndpoints({ KAFKA_BROKERS: 'a:9092,b:9093' }, 'kafka').map(e => `${e.host}:${e.port}`)).toEqual(['a:9092', 'b:9093'])
  })

  it('ignores another service\'s variables and a URL of another scheme', () => {
    expect(configuredEndpoints({ REDIS_URL: 'redis://localhost:6380' }, 'postgresql')).toEqual([])
    expect(configuredEndpoints({ DATABASE_URL: 'mysql://u@localhost:3306/x' }, 'postgresql')).toEqual([])
  })
})

describe('each claim judged', () => {
  const refused = claimOf('postgresql.libpq.server-at', 'connection to server at "127.0.0.1", port 5432 failed: Connection refused', 'postgresql', 7)

  it('connects to the refused endpoint: refused again corroborates, an answer contradicts, silence establishes nothing', () => {
    const planned = planCheck(refused, ctx())
    expect(planned.request).toEqual({ kind: 'connect', target: { host: '127.0.0.1', port: 5432 } })
    expect(judgeAnswer(planned, { outcome: 'refused', detail: 'ECONNREFUSED' })).toEqual({ result: 'corroborated', reason: 'nothing accepts on 127.0.0.1:5432 (ECONNREFUSED)' })
    expect(judgeAnswer(planned, { outcome: 'accepted', detail: '' }).result).toBe('not-missing')
    expect(judgeAnswer(planned, { outcome: 'no-answer', detail: 'no answer within 500 ms' }).result).toBe('unestablished')
  })

  it('a refusal elsewhere than the configured endpoint is code, without a check', () => {
    const planned = planCheck(refused, ctx({ env: { DATABASE_URL: 'postgresql://app@127.0.0.1:5433/app' } }))
    expect(planned.request).toBeUndefined()
    expect(planned.decided?.result).toBe('code')
    expect(planned.decided?.reason).toContain('DATABASE_URL names 127.0.0.1:5433')
    expect(planned.decided?.reason).toContain('the code ignored its configuration')
  })

  it('the configured endpoint refused is checked (localhost and 127.0.0.1 are one host)', () => {
    expect(planCheck(refused, ctx({ env: { DATABASE_URL: 'postgresql://app@localhost:5432/app' } })).request?.kind).toBe('connect')
    expect(planCheck(refused, ctx({ env: { PGPORT: '5432' } })).request?.kind).toBe('connect')
  })

  it('a configured service host name may be the refused container address; never a loopback one', () => {
    const container = claimOf('network.refused.endpoint', 'Error: connect ECONNREFUSED 172.18.0.2:5432', 'postgresql', 3)
    expect(planCheck(container, ctx({ env: { DATABASE_URL: 'postgresql://app@postgres:5432/app' } })).request).toEqual({ kind: 'connect', target: { host: '172.18.0.2', port: 5432 } })
    expect(planCheck(container, ctx({ env: { DATABASE_URL: 'postgresql://app@10.0.0.9:5432/app' } })).decided?.result).toBe('code')
    expect(planCheck(container, ctx({ env: { DATABASE_URL: 'postgresql://app@postgres:5433/app' } })).decided?.result).toBe('code')
    expect(planCheck(refused, ctx({ env: { DATABASE_URL: 'postgresql://app@db:5432/app' } })).decided).toMatchObject({ result: 'code', reason: expect.stringContaining('DATABASE_URL names db:5432') })
  })

  it('on the primary path, a refusal on the container the gate saw ready is code', () => {
    const started = [{ service: 'postgresql', host: '127.0.0.1', port: 5432 }]
    expect(planCheck(refused, ctx({ started })).decided).toMatchObject({ result: 'code', reason: expect.stringContaining('saw it accept clients') })
    const elsewhere = ctx({ started: [{ service: 'postgresql', host: '127.0.0.1', port: 49153 }] })
    expect(planCheck(refused, elsewhere).decided).toMatchObject({ result: 'code', reason: expect.stringContaining('the code ignored its configuration') })
  })

  it('a host that did not resolve is looked up; one the step did not configure is code', () => {
    const dns = claimOf('network.dns.service-host', 'Error: getaddrinfo ENOTFOUND postgres', 'postgresql', 2)
    const planned = planCheck(dns, ctx())
    expect(planned.request).toEqual({ kind: 'resolve', host: 'postgres' })
    expect(judgeAnswer(planned, { outcome: 'not-found', detail: 'ENOTFOUND' }).result).toBe('corroborated')
    expect(judgeAnswer(planned, { outcome: 'resolved', detail: 'resolves to 10.0.0.5' }).result).toBe('not-missing')
    expect(planCheck(dns, ctx({ env: { PGHOST: 'localhost' } })).decided?.result).toBe('code')
  })

  it('a missing library is asked of the toolchain; an ecosystem it cannot ask is not established', () => {
    const npm = planCheck(claimOf('module.npm.missing', "Error: Cannot find module 'pg'", 'postgresql', 4), ctx())
    expect(npm.request).toEqual({ kind: 'module', ecosystem: 'npm', name: 'pg' })
    expect(judgeAnswer(npm, { outcome: 'absent', detail: 'MODULE_NOT_FOUND' }).result).toBe('corroborated')
    expect(judgeAnswer(npm, { outcome: 'present', detail: 'found' }).result).toBe('not-missing')
    expect(judgeAnswer(npm, { outcome: 'unknown', detail: 'node could not be asked' })).toMatchObject({ result: 'unestablished', reason: expect.stringContaining('could not be established') })
    expect(planCheck(claimOf('module.ruby.missing', 'LoadError: cannot load such file -- pg', 'postgresql', 4), ctx()).decided?.result).toBe('unestablished')
  })

  it('a refusal naming no endpoint checks where the step configured the declared service, else its own port', () => {
    const bare = claimOf('network.refused', 'ConnectionRefusedError: [Errno 111] Connection refused', '', 9)
    expect(planChecks([bare], ctx()).map(p => p.request)).toEqual([{ kind: 'connect', target: { host: '127.0.0.1', port: 5432 } }])
    expect(planChecks([bare], ctx({ env: { DATABASE_URL: 'postgres://x@localhost:5433/y' } })).map(p => p.request)).toEqual([{ kind: 'connect', target: { host: 'localhost', port: 5433 } }])
    expect(planChecks([bare], ctx({ declared: ['postgresql', 'redis'] })).map(p => p.check)).toEqual(["connect to 127.0.0.1:5432 (postgresql's own port)", "connect to 127.0.0.1:6379 (redis's own port)"])
  })

  it('a missing Docker daemon is what the probe saw', () => {
    const claim = { kind: 'service' as const, service: 'docker', line: 1, text: 'x' }
    expect(planCheck(claim, ctx()).decided?.result).toBe('corroborated')
    expect(planCheck(claim, ctx({ docker: { available: true, detail: '' } })).decided?.result).toBe('not-missing')
  })
})

describe('the checks together', () => {
  const record = (result: 'corroborated' | 'code' | 'not-missing' | 'unestablished', reason: string) => ({ claim: 'c', check: 'k', result, reason, timeMs: 1 })

  it('the worst decides: code over not-missing over unestablished over corroborated', () => {
    expect(corroborationOf([record('corroborated', 'a'), record('corroborated', 'b')])).toMatchObject({ outcome: 'corroborated', reason: 'Checked on the runner: a; b.' })
    expect(corroborationOf([record('corroborated', 'a'), record('unestablished', 'u')]).outcome).toBe('unestablished')
    expect(corroborationOf([record('not-missing', 'n'), record('unestablished', 'u')]).outcome).toBe('not-missing')
    expect(corroborationOf([record('not-missing', 'n'), record('code', 'c')])).toMatchObject({ outcome: 'code', reason: 'Checked on the runner: c.' })
    expect(corroborationOf([]).outcome).toBe('unestablished')
  })

  it('turns the verdict to code only when the runner contradicts it', () => {
    const verdict = classify(REFUSED)
    expect(verdict).toMatchObject({ classification: 'infrastructure', confidence: 'high' })
    expect(verdictAfter(verdict, corroborationOf([record('corroborated', 'a')]))).toBe(verdict)
    expect(verdictAfter(verdict, corroborationOf([record('code', 'c')]))).toMatchObject({ classification: 'code', confidence: 'high', services: [] })
    expect(verdictAfter(verdict, corroborationOf([record('not-missing', 'n')]))).toMatchObject({ classification: 'code', confidence: 'ambiguous' })
  })

  it('the decision approves conditionally only a corroborated claim', () => {
    const verdict = classify(REFUSED)
    const base = { testsPassed: false, timedOut: false, verdict, declared: ['postgresql'], dockerAvailable: false, gates: [], trust: { allowed: true, reason: '' } } as const
    const approved = decide({ ...base, corroboration: corroborationOf([record('corroborated', 'nothing accepts on 127.0.0.1:5432')]) })
    expect(approved.approvedWithoutIndependentTests).toBe(true)
    expect(approved.rationale.join(' ')).toContain('Checked on the runner: nothing accepts on 127.0.0.1:5432.')
    const unchecked = decide({ ...base, corroboration: corroborationOf([record('unestablished', 'no answer')]) })
    expect(unchecked).toMatchObject({ decision: 'feedback', approvedWithoutIndependentTests: false })
    expect(unchecked.rationale[0]).toContain('not approved on its strength')
  })

  it('never advises starting a service the gate saw ready', () => {
    const verdict = classify(REFUSED)
    const result = decide({ testsPassed: false, timedOut: false, verdict, declared: ['postgresql'], dockerAvailable: true, gates: [], trust: { allowed: true, reason: '' }, ready: ['postgresql'] })
    expect(result.remediation.join(' ')).not.toMatch(/Start PostgreSQL/)
    expect(result.remediation.join(' ')).toContain('coach-gate started postgresql and saw it accept clients')
  })
})

describe('setup', () => {
  const facts = (more: Partial<SetupFacts>): SetupFacts => ({ command: 'pytest -q', exitCode: 1, tail: [], totalLines: 0, ...more })
  const infra = classify(['____________________ ERROR collecting tests/test_cache.py _____________________', "ImportError while importing test module '/w/tests/test_cache.py'.", "E   ModuleNotFoundError: No module named 'redis'", '=========================== short test summary info ============================', 'ERROR tests/test_cache.py', '1 error in 0.05s'])

  it('the Python log used here is infrastructure/high on a missing module', () => {
    expect(infra).toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('finds the words in command position', () => {
    expect(commandWords('FOO=1 pytest -q && ./lint.sh | tee x; (cd a && make test)')).toEqual(['pytest', './lint.sh', 'tee', 'cd', 'make'])
  })

  it('exit 127 with the shell naming the test command itself', () => {
    const found = judgeSetup(facts({ command: 'pytset -q', exitCode: 127, tail: ['bash: line 1: pytset: command not found'], totalLines: 1 }), infra)
    expect(found).toMatchObject({ ruleId: 'setup.command-not-found', evidence: { line: 1 } })
    expect(found?.remediation.join(' ')).toContain('test-command')
    expect(judgeSetup(facts({ command: './run.sh', exitCode: 126, tail: ['/bin/sh: 1: ./run.sh: Permission denied'], totalLines: 3 }), infra)?.ruleId).toBe('setup.not-executable')
  })

  it('a command the tests ran that is missing is not the test command', () => {
    expect(judgeSetup(facts({ command: 'bash test.sh', exitCode: 127, tail: ['test.sh: line 3: psql: command not found'] }), infra)).toBeUndefined()
    expect(judgeSetup(facts({ command: 'pytest -q', exitCode: 1, tail: ['bash: line 1: pytest: command not found'] }), infra)).toBeUndefined()
  })

  it('package.json with dependencies and no node_modules anywhere', () => {
    const npm = { file: 'package.json', declared: ['pg', 'vitest'], installed: false, install: 'npm ci' }
    const verdict = classify(["Error: Cannot find module 'pg'", 'Require stack:', '- /w/test/db.test.js'])
    expect(judgeSetup(facts({ npm }), verdict)).toMatchObject({ ruleId: 'setup.dependencies-not-installed', remediation: ['Install the dependencies in a step before coach-gate: `npm ci`.'] })
    expect(judgeSetup(facts({ npm: { ...npm, installed: true } }), verdict)).toBeUndefined()
    // Tests that ran and failed an assertion failed in the code.
    const code = classify(['    def test_add():', '>       assert add(1, 2) == 4', 'E       assert 3 == 4', 'FAILED tests/test_math.py::test_add - assert 3 == 4', '1 failed'])
    expect(judgeSetup(facts({ npm }), code)).toBeUndefined()
    // A Python package missing is not what an uninstalled package.json explains.
    expect(judgeSetup(facts({ npm }), infra)).toBeUndefined()
  })

  it('a requirements list of which nothing is installed; the floor holds when others are', () => {
    const python = { file: 'requirements.txt', declared: ['motor', 'pytest'], installed: [] as string[], install: 'pip install -r requirements.txt' }
    expect(judgeSetup(facts({ python }), infra)?.ruleId).toBe('setup.dependencies-not-installed')
    expect(judgeSetup(facts({ python: { ...python, installed: ['pytest'] } }), infra)).toBeUndefined()
    expect(judgeSetup(facts({ python: { ...python, installed: undefined } }), infra)).toBeUndefined()
  })

  it('reads the manifests', () => {
    expect(npmDeclared('{"dependencies":{"pg":"^8"},"devDependencies":{"vitest":"^4"},"peerDependencies":{"x":"1"}}')).toEqual(['pg', 'vitest'])
    expect(requirementNames('# db\npsycopg2-binary==2.9.9\n-r dev.txt\n-e .\nredis>=5 ; python_version>"3.8"\n\nmotor')).toEqual(['psycopg2-binary', 'redis', 'motor'])
    expect(pyprojectNames('[project]\nname = "x"\ndependencies = [\n  "asyncpg>=0.29",\n  \'redis\',\n]\n[tool.poetry.dependencies]\npython = "^3.11"\nmotor = "^3"\n')).toEqual(['asyncpg', 'redis', 'motor'])
    expect(npmInstallCommand(['package-lock.json'])).toBe('npm ci')
    expect(npmInstallCommand(['pnpm-lock.yaml'])).toBe('pnpm install --frozen-lockfile')
    expect(npmInstallCommand([])).toBe('npm install')
  })

  it('a setup verdict is feedback with the workflow remediation, never an approval', () => {
    const verdict = { ...infra, classification: 'setup' as const, confidence: 'high' as const, explanation: 'The shell did not find pytset.' }
    const result = decide({ testsPassed: false, timedOut: false, verdict, declared: ['redis'], dockerAvailable: false, gates: [], trust: { allowed: true, reason: '' }, setupRemediation: ['Fix test-command.'] })
    expect(result).toMatchObject({ decision: 'feedback', approvedWithoutIndependentTests: false, remediation: ['Fix test-command.'] })
  })
})

describe('the real checks, bounded', () => {
  it('connect: accepted by a listener, refused once it is gone, both well under a second', async () => {
    const server = net.createServer(socket => socket.destroy())
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as net.AddressInfo).port
    let t = performance.now()
    expect((await runnerChecks.connect({ host: '127.0.0.1', port }, 500)).outcome).toBe('accepted')
    expect(performance.now() - t).toBeLessThan(500)
    await new Promise(resolve => server.close(resolve))
    t = performance.now()
    expect(await runnerChecks.connect({ host: '127.0.0.1', port }, 500)).toEqual({ outcome: 'refused', detail: 'ECONNREFUSED' })
    expect(performance.now() - t).toBeLessThan(500)
    expect((await runnerChecks.connect({ path: '/nonexistent/coach-gate.sock' }, 500)).outcome).toBe('refused')
  })

  it('module: require.resolve from working-directory through a child node', async () => {
    const options = { cwd: process.cwd(), env: process.env, timeoutMs: 5000 }
    expect((await runnerChecks.module('npm', 'vitest', options)).outcome).toBe('present')
    expect((await runnerChecks.module('npm', 'no-such-package-coach-gate', options)).outcome).toBe('absent')
  })
})
