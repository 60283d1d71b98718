// A monorepo's prefixed lines (src/classify/streams.ts): which lines are a package's, and how the
// packages' verdicts combine.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'
import { chainedScripts, combineStreams, failedTasksNamed, nxSection, scriptSection, succeededBefore, taskFailedLine, taskLine } from '../../src/classify/streams.js'
import type { Verdict } from '../../src/classify/verdict.js'

describe('taskLine', () => {
  it.each([
    ['packages/api test:  FAIL  test/orders.test.js > stores an order', 'packages/api test', ' FAIL  test/orders.test.js > stores an order'],
    ['apps/web/client test:ci: ✓ renders', 'apps/web/client test:ci', '✓ renders'],
    ['@shop/api:test: Error: connect ECONNREFUSED 127.0.0.1:5432', '@shop/api:test', 'Error: connect ECONNREFUSED 127.0.0.1:5432'],
    ['web:test: ', 'web:test', ''],
    ['\u001b[36m@shop/web:test: \u001b[0m RUN  v3.2.7', '@shop/web:test', ' RUN  v3.2.7']
  ])('reads %j as a package\'s line', (raw, stream, line) => {
    expect(taskLine(raw)).toEqual({ stream, line })
  })

  it.each([
    'store_test.go:12: dial tcp 127.0.0.1:5432: connect: connection refused',
    'tests/test_cache.py WARNING: redis unavailable: Error 111 connecting to localhost:6379.',
    'WARNING:root: connection refused',
    'Error: connect ECONNREFUSED 127.0.0.1:5432',
    'Tests:    2 failed, 1 passed (3 assertions)',
    'Caused by: java.net.ConnectException: Connection refused',
    'panic: runtime error: invalid memory address or nil pointer dereference',
    'node:internal/process/task_queues:95',
    'packages/api test$ vitest run',
    '  FAIL  test/orders.test.js > stores an order'
  ])('leaves %j alone', raw => {
    expect(taskLine(raw)).toBeUndefined()
  })
})

describe('a task that failed', () => {
  it.each(['Failed', 'npm error code 1', 'npm ERR! code ELIFECYCLE', 'npm error Lifecycle script `test` failed with error:', ' ELIFECYCLE  Test failed. See above for more details.', 'error Command failed with exit code 1.', 'error: script "test" exited with code 1'])('is said by the package\'s own %j', line => {
    expect(taskFailedLine(line)).toBe(true)
  })

  it.each(['Done', ' FAIL  test/cart.test.js > sums the cart', 'Failed Tests 1', 'npm error code 0'])('is not said by %j', line => {
    expect(taskFailedLine(line)).toBe(false)
  })

  it('is named by turbo outside the packages\' lines', () => {
    const names = (line: string): string[] => failedTasksNamed(line).map(n => n.name)
    expect(names('@shop/web#test:  ERROR  command (/repo/packages/web) /usr/bin/npm run test exited (1)')).toEqual(['@shop/web:test'])
    expect(names('@shop/web#test:  WARNING  command finished with error, but continuing...')).toEqual(['@shop/web:test'])
    expect(names('Failed:    @shop/api#test, web#test:ci')).toEqual(['@shop/api:test', 'web:test:ci'])
    expect(names(' Tasks:    0 successful, 2 total')).toEqual([])
  })

  it('is named by pnpm\'s summary of a recursive run, by the package\'s name', () => {
    expect(failedTasksNamed(' ERROR  @shop/web@1.0.0 test: `node check.js`')).toEqual([{ name: '@shop/web test', byPackageName: true }])
  })
})

const verdict = (classification: Verdict['classification'], confidence: Verdict['confidence'], services: string[] = []): Verdict => ({
  classification, confidence, services, unnamedService: false, ruleId: 'r', title: 't', explanation: `${classification}/${confidence}`, evidence: [], counts: { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 }, tests: [], failingTests: 1
})

describe('combineStreams', () => {
  it('lets the least lenient package decide', () => {
    const combined = combineStreams([{ name: 'a', verdict: verdict('infrastructure', 'high', ['postgresql']) }, { name: 'b', verdict: verdict('code', 'ambiguous') }])
    expect([combined.classification, combined.confidence]).toEqual(['code', 'ambiguous'])
    expect(combined.failingTests).toBe(2)
    expect(combined.explanation).toContain('b decides')
  })

  it('unites the services when every package failed for a missing one', () => {
    const combined = combineStreams([{ name: 'a', verdict: verdict('infrastructure', 'high', ['postgresql']) }, { name: 'b', verdict: verdict('infrastructure', 'high', ['redis']) }])
    expect([combined.classification, combined.confidence, combined.services]).toEqual(['infrastructure', 'high', ['postgresql', 'redis']])
  })
})

describe('a monorepo log', () => {
  const refused = (prefix: string): string[] => [
    `${prefix}  FAIL  test/orders.test.js > orders > stores an order`,
    `${prefix}Error: connect ECONNREFUSED 127.0.0.1:5432`,
    `${prefix} ❯ test/orders.test.js:9:24`,
    `${prefix}      Tests  1 failed (1)`
  ]
  const hung = (prefix: string): string[] => [
    `${prefix}  FAIL  test/cart.test.js > loads the cart`,
    `${prefix}Error: Test timed out in 300ms.`,
    `${prefix} ❯ test/cart.test.js:2:3`,
    `${prefix}      Tests  1 failed (1)`
  ]

  it('keeps a package\'s hang apart from another package\'s refusal, however the lines interleave', () => {
    const a = refused('packages/api test: ')
    const b = hung('packages/web test: ')
    const interleaved = a.flatMap((line, i) => [line, b[i] as string])
    const v = classifyText(interleaved.join('\n'))
    expect(`${v.classification}/${v.confidence}`).not.toBe('infrastructure/high')
    expect(v.failingTests).toBe(2)
  })

  it('is infrastructure/high when the only failing package was refused and the other passed', () => {
    const v = classifyText([...refused('@shop/api:test: '), '@shop/web:test:  ✓ test/cart.test.js (1 test) 3ms', '@shop/web:test:       Tests  1 passed (1)', ' Tasks:    1 successful, 2 total'].join('\n'))
    expect([v.classification, v.confidence, v.services]).toEqual(['infrastructure', 'high', ['postgresql']])
  })

  it('numbers evidence by the log\'s own lines', () => {
    const v = classifyText(['Scope: 2 of 3 workspace projects', ...refused('packages/api test: ')].join('\n'))
    expect(v.evidence[0]?.line).toBe(3)
  })

  it('hears a package whose task failed though its lines show no failure a rule knows', () => {
    const pnpm = classifyText([...refused('packages/api test: '), 'packages/api test: Failed', 'packages/web test: totals: 41.99 != 42.00', 'packages/web test: Failed'].join('\n'))
    expect(`${pnpm.classification}/${pnpm.confidence}`).not.toBe('infrastructure/high')
    const turbo = classifyText([...refused('@shop/api:test: '), '@shop/web:test: totals: 41.99 != 42.00', '@shop/web#test:  ERROR  command (/repo/packages/web) npm run test exited (1)'].join('\n'))
    expect(`${turbo.classification}/${turbo.confidence}`).not.toBe('infrastructure/high')
  })

  it('hears the log outside the packages when the runner names a failed task no package\'s lines are judged for', () => {
    const v = classifyText([...refused('@shop/api:test: '), 'Failed:    @shop/api#test, @shop/web#test'].join('\n'))
    expect(`${v.classification}/${v.confidence}`).not.toBe('infrastructure/high')
  })

  it('still lets a package that passed say nothing', () => {
    const v = classifyText([...refused('packages/api test: '), 'packages/api test: Failed', 'packages/web test: all totals hold', 'packages/web test: Done'].join('\n'))
    expect([v.classification, v.confidence, v.services]).toEqual(['infrastructure', 'high', ['postgresql']])
  })
})

describe('scriptSection', () => {
  it.each([
    ['> @shop/web@1.0.0 test', '@shop/web test'],
    ['> @shop/api@1.0.0 test /tmp/mono/packages/api', '@shop/api test'],
    ['> app@0.0.0-development test:unit', 'app test:unit']
  ])('opens a section at %j', (line, section) => {
    expect(scriptSection(line)).toBe(section)
  })

  it.each(['> vitest run', '> node check.js', '> jest --ci', '>> @x@1 test', ' > @shop/web@1.0.0 test'])('opens none at %j', line => {
    expect(scriptSection(line)).toBeUndefined()
  })
})

describe('packages run one after another', () => {
  const section = (name: string, lines: string[]): string[] => ['', `> ${name}@1.0.0 test`, '> vitest run', '', ...lines]
  const refused = [' FAIL  test/orders.test.js > orders > stores an order', 'Error: connect ECONNREFUSED 127.0.0.1:5432', '      Tests  1 failed (1)', 'npm error Lifecycle script `test` failed with error:', 'npm error code 1']

  it('hears a package that failed without a failure a rule knows', () => {
    const v = classifyText([...section('@shop/api', refused), ...section('@shop/web', ['totals: 41.99 != 42.00', 'npm error Lifecycle script `test` failed with error:', 'npm error code 1'])].join('\n'))
    expect(`${v.classification}/${v.confidence}`).toBe('code/ambiguous')
  })

  it('is infrastructure/high when the only failing package was refused', () => {
    const v = classifyText([...section('@shop/api', refused), ...section('@shop/web', [' ✓ test/cart.test.js (1 test) 3ms', '      Tests  1 passed (1)'])].join('\n'))
    expect([v.classification, v.confidence, v.services]).toEqual(['infrastructure', 'high', ['postgresql']])
  })
})

describe('a script a later header proves exited 0', () => {
  const waited = ['database not ready: connect ECONNREFUSED 127.0.0.1:5432', 'continuing with the in-memory store']

  it('names the scripts a header follows only when they succeeded', () => {
    expect(succeededBefore('shop test', new Map())).toEqual(['shop pretest'])
    expect(succeededBefore('shop posttest', new Map())).toEqual(['shop preposttest', 'shop test'])
    expect(succeededBefore('shop check', new Map([['shop', new Map([['check', 'migrate']])]]))).toEqual(['shop precheck', 'shop migrate'])
    expect(chainedScripts('npm run migrate && npm run check && npm test')).toEqual([['migrate', 'check'], ['check', 'test']])
    expect(chainedScripts('npm run migrate; npm run check')).toEqual([])
    expect(chainedScripts('npm run migrate && node check.js && npm run report')).toEqual([])
    expect(chainedScripts('npm test -- --ci && npm run report')).toEqual([])
  })

  it.each([
    ['a pretest', ['', '> shop@1.0.0 pretest', '> node wait-db.js', '', ...waited, '', '> shop@1.0.0 test', '> node check.js', '', 'totals: 41.98 != 42.00']],
    ['an && chain', ['', '> shop@1.0.0 test', '> npm run migrate && npm run check', '', '', '> shop@1.0.0 migrate', '> node wait-db.js', '', ...waited, '', '> shop@1.0.0 check', '> node check.js', '', 'totals: 41.98 != 42.00']],
    ['a test script before its posttest', ['', '> shop@1.0.0 test', '> node seed.js', '', ...waited, '', '> shop@1.0.0 posttest', '> node check.js', '', 'totals: 41.98 != 42.00']]
  ])('never judges the refusal %s survived the run\'s failure', (_, lines) => {
    const v = classifyText(lines.join('\n'))
    expect(`${v.classification}/${v.confidence}`).toBe('code/ambiguous')
  })

  it('still hears a later script refused', () => {
    const v = classifyText(['', '> shop@1.0.0 pretest', '> node wait-db.js', '', ...waited, '', '> shop@1.0.0 test', '> vitest run', '', ' FAIL  test/orders.test.js > orders > stores an order', 'Error: connect ECONNREFUSED 127.0.0.1:5432', '      Tests  1 failed (1)'].join('\n'))
    expect([v.classification, v.confidence, v.services]).toEqual(['infrastructure', 'high', ['postgresql']])
  })

  it('does not take a `;` for an `&&`', () => {
    const v = classifyText(['', '> shop@1.0.0 test', '> npm run migrate; npm run check', '', '', '> shop@1.0.0 migrate', '> node migrate.js', '', 'Error: connect ECONNREFUSED 127.0.0.1:5432', '', '> shop@1.0.0 check', '> node check.js', '', 'all totals hold'].join('\n'))
    expect([v.classification, v.confidence, v.services]).toEqual(['infrastructure', 'high', ['postgresql']])
  })
})

describe('nxSection', () => {
  it.each([
    ['::group::❌ \u001b[2m> \u001b[22m\u001b[2mnx run\u001b[22m @shop/web:test', { task: '@shop/web:test', failed: true }],
    ['::group::✅ > nx run api:build:production', { task: 'api:build:production', failed: false }],
    ['> nx run @shop/api:verify', { task: '@shop/api:verify', failed: false }]
  ])('opens a task at %j', (line, section) => {
    expect(nxSection(line)).toEqual(section)
  })

  it.each(['- @shop/web:test', '> nx run-many -t test', 'Running target test for 2 projects', '> @shop/web@1.0.0 test'])('opens none at %j', line => {
    expect(nxSection(line)).toBeUndefined()
  })

  it('keeps a script npm runs inside an nx task in that task', () => {
    const v = classifyText(['::group::❌ > nx run @shop/web:test', '', '> @shop/web@1.0.0 test', '> node check.js', '', 'totals: 41.99 != 42.00', 'npm error code 1', '::endgroup::', '::group::❌ > nx run @shop/api:test', '> @shop/api@1.0.0 test', '> vitest run', ' FAIL  test/orders.test.js > orders > stores an order', 'Error: connect ECONNREFUSED 127.0.0.1:5432', '      Tests  1 failed (1)', '::endgroup::'].join('\n'))
    expect(`${v.classification}/${v.confidence}`).toBe('code/ambiguous')
    expect(v.explanation).toContain('@shop/web:test')
  })
})

describe("nx's stream output", () => {
  const headers = ['> nx run @shop/api:test', '', '', '> nx run @shop/web:test', '']
  const api = [' FAIL  test/orders.test.js > orders > stores an order', 'Error: connect ECONNREFUSED 127.0.0.1:5432', '      Tests  1 failed (1)', 'npm error code 1']
  const summary = ['', ' NX   Running target test for 2 projects failed', '', 'Failed tasks:', '', '- @shop/web:test', '- @shop/api:test']

  it('splits the lines a project prefix names, and the failed tasks list makes a quiet one speak', () => {
    const lines = [...headers, '@shop/web: totals: 41.99 != 42.00', ...api.map(l => `@shop/api: ${l}`), ...summary]
    const v = classifyText(lines.join('\n'))
    expect(`${v.classification}/${v.confidence}`).toBe('code/ambiguous')
    expect(v.explanation).toContain('@shop/web')
  })

  it('keeps a refused-only run infrastructure/high when every line is prefixed', () => {
    const v = classifyText([...headers, '@shop/web: all good', ...api.map(l => `@shop/api: ${l}`), '', 'Failed tasks:', '', '- @shop/api:test'].join('\n'))
    expect([v.classification, v.confidence]).toEqual(['infrastructure', 'high'])
  })

  it('judges no task apart when tasks run at once print unprefixed lines', () => {
    const v = classifyText([...headers, 'totals: 41.99 != 42.00', ...api, ...summary].join('\n'))
    expect(`${v.classification}/${v.confidence}`).toBe('code/ambiguous')
    expect(v.explanation).toContain('interleaved')
  })

  it('reads a cached task replayed after its header as its own section', () => {
    const v = classifyText(['> nx run @shop/web:build  [local cache]', '', '> nx run @shop/api:test', '', ...api].join('\n'))
    expect([v.classification, v.confidence]).toEqual(['infrastructure', 'high'])
  })
})
