// The JUnit Platform Console Launcher's `--details=flat` mode (junit-team/junit5, junit-platform-console
// FlatPrintingListener): `Started:` and `Finished:` lines for every container and test, `=> Exception:`
// below a `Finished:` whose result holds a throwable (failed, or aborted by an assumption), and the summary
// box counting failed tests and failed containers apart. Without a dialect for it a run printed so had no
// unit at all and stayed ambiguous however every failure read. Real output in __fixtures__/junit-console-flat.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'

const FIXTURES = path.resolve(__dirname, '../../__fixtures__/junit-console-flat')
const real = (name: string) => classifyText(readFileSync(path.join(FIXTURES, `${name}.log`), 'utf8'))
const synthetic = (lines: readonly string[]) => classifyText(lines.join('\n'))
const verdict = (v: ReturnType<typeof classifyText>) => `${v.classification}/${v.confidence}/${v.services.join(',')}`
const unitNames = (v: ReturnType<typeof classifyText>) => v.tests.map(t => t.name.replace(/ \(\[engine:.*$/, '')).sort()

const I = ' '.repeat(13)
const id = (cls: string, method?: string) => `([engine:junit-jupiter]/[class:app.${cls}]${method ? `/[method:${method}()]` : ''})`
const started = (cls: string, method?: string) => `Started:     ${method ? `${method}()` : cls} ${id(cls, method)}`
const finished = (cls: string, method?: string) => `Finished:    ${method ? `${method}()` : cls} ${id(cls, method)}`
const frames = [`${I}\tat app.Store.open(Store.java:12)`, `${I}\tat app.StoreTest.saves(StoreTest.java:20)`]
const refused = [`${I}=> Exception: org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.`,
  ...frames, `${I}Caused by: java.net.ConnectException: Connection refused`, `${I}\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)`]
const box = (testsFailed: number, containersFailed = 0) => ['Test execution finished.', '', 'Test run finished after 229 ms',
  '[         4 containers found      ]', `[         ${containersFailed} containers failed     ]`, '[         4 tests found           ]', `[         ${testsFailed} tests failed          ]`]
const run = (body: readonly string[], testsFailed: number, containersFailed = 0) => ['Test execution started. Number of static tests: 4',
  'Started:     JUnit Jupiter ([engine:junit-jupiter])', started('StoreTest'), ...body, finished('StoreTest'), 'Finished:    JUnit Jupiter ([engine:junit-jupiter])', ...box(testsFailed, containersFailed)]

describe('real output of the console launcher in flat mode', () => {
  it('reads every failed test and container of an outage, and no aborted test, as PostgreSQL missing', () => {
    const v = real('refused')
    expect(verdict(v)).toBe('infrastructure/high/postgresql')
    // savesRow failed; ReportTest's @BeforeAll and LegacyStoreTest's @BeforeClass failed their classes; onlyOnLinux and needsFlag were aborted.
    expect(unitNames(v)).toEqual(['LegacyStoreTest', 'ReportTest', 'savesRow()'])
  })
  it('reads the same run in colour alike', () => {
    const v = real('refused-colour')
    expect(verdict(v)).toBe('infrastructure/high/postgresql')
    expect(unitNames(v)).toEqual(['LegacyStoreTest', 'ReportTest', 'savesRow()'])
  })
  it('keeps the failed assertions beside the refusals: the code\'s', () => {
    const v = real('mixed-refused-and-assertion')
    expect(verdict(v)).toBe('code/high/')
    expect(unitNames(v)).toEqual(['LegacySetupTest', 'SetupTest', 'failsAssertion()', 'legacyFails', 'printsAndRefused()'])
    expect(v.tests.filter(t => t.outcome === 'code').map(t => t.name.replace(/ \(.*$/, '')).sort()).toEqual(['failsAssertion()', 'legacyFails'])
  })
})

describe('the flat mode\'s lines', () => {
  it('a refused test among passing ones is an outage', () => {
    const v = synthetic(run([started('StoreTest', 'parses'), finished('StoreTest', 'parses'), started('StoreTest', 'saves'), finished('StoreTest', 'saves'), ...refused], 1))
    expect(verdict(v)).toBe('infrastructure/high/postgresql')
    expect(unitNames(v)).toEqual(['saves()'])
  })
  it('what a passing test printed between its lines never counts', () => {
    const v = synthetic(run([started('StoreTest', 'parses'), 'java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null', finished('StoreTest', 'parses'),
      started('StoreTest', 'saves'), finished('StoreTest', 'saves'), ...refused], 1))
    expect(verdict(v)).toBe('infrastructure/high/postgresql')
  })
  it('a container that failed is a failure the summary counts apart from tests', () => {
    const v = synthetic(['Test execution started. Number of static tests: 1', started('ReportTest'), finished('ReportTest'), ...refused, ...box(0, 1)])
    expect(verdict(v)).toBe('infrastructure/high/postgresql')
    expect(unitNames(v)).toEqual(['ReportTest'])
  })
  it('a skipped test\'s reason is no account of a failure', () => {
    const v = synthetic(run([`Skipped:     legacy() ${id('StoreTest', 'legacy')}`, `${I}=> Reason: NullPointerException in the old driver, see #12`,
      started('StoreTest', 'saves'), finished('StoreTest', 'saves'), ...refused], 1))
    expect(verdict(v)).toBe('infrastructure/high/postgresql')
  })
  it('a test\'s block cut by what another test printed goes on below the cut', () => {
    const v = synthetic(run([started('StoreTest', 'saves'), finished('StoreTest', 'saves'),
      `${I}=> Exception: app.StoreException: could not open the store`, frames[0] as string, '[main] INFO app.Cache - warming up', `${I}Caused by: java.net.ConnectException: Connection refused`, frames[1] as string], 1))
    expect(verdict(v)).toBe('infrastructure/high/')
  })
})

describe('counter-examples: not sure, or not an outage', () => {
  it('a failure the summary counts and no block shows keeps the run from being sure', () => {
    expect(verdict(synthetic(run([started('StoreTest', 'saves'), finished('StoreTest', 'saves'), ...refused], 2)))).toBe('infrastructure/ambiguous/postgresql')
  })
  it('a failed container the summary counts and no block shows too', () => {
    expect(verdict(synthetic(run([started('StoreTest', 'saves'), finished('StoreTest', 'saves'), ...refused], 1, 1)))).toBe('infrastructure/ambiguous/postgresql')
  })
  it('a test started and never finished is one the JVM died inside', () => {
    const v = synthetic(['Test execution started. Number of static tests: 2', 'Started:     JUnit Jupiter ([engine:junit-jupiter])', started('StoreTest'),
      started('StoreTest', 'saves'), finished('StoreTest', 'saves'), ...refused, started('StoreTest', 'exports')])
    expect(v.classification === 'infrastructure' && v.confidence === 'high').toBe(false)
  })
  it('an error printed after a passing test\'s line is no test\'s, and no outage explains it', () => {
    const v = synthetic(run([started('StoreTest', 'parses'), finished('StoreTest', 'parses'), 'java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null',
      started('StoreTest', 'saves'), finished('StoreTest', 'saves'), ...refused], 1))
    expect(v.classification === 'infrastructure' && v.confidence === 'high').toBe(false)
  })
  it('an exception below `Finished:` is a failure unless it is an assumption\'s (a project class of that name is one)', () => {
    const v = synthetic(run([started('StoreTest', 'saves'), finished('StoreTest', 'saves'), ...refused,
      started('StoreTest', 'exports'), finished('StoreTest', 'exports'), `${I}=> Exception: app.TestAbortedException: export left half a file`, frames[0] as string], 2))
    expect(unitNames(v)).toEqual(['exports()', 'saves()'])
    expect(v.classification === 'infrastructure' && v.confidence === 'high').toBe(false)
  })
  it('the same block printed by a test before its `Finished:` line does not fail it', () => {
    const v = synthetic(run([started('StoreTest', 'parses'), `${I}=> Exception: java.lang.IllegalStateException: printed, not thrown`, finished('StoreTest', 'parses'),
      started('StoreTest', 'saves'), finished('StoreTest', 'saves'), ...refused], 1))
    expect(unitNames(v)).toEqual(['saves()'])
  })
  it('an exception line another test’s print was written into is no account: not read as the failure (attack 39a)', () => {
    const v = synthetic(run([started('StoreTest', 'discounts'), finished('StoreTest', 'discounts'),
      `${I}=> Exception: app.PricingExceptiprice cache unavailable, computing sku-1 directly: java.net.ConnectException: Connection refused`,
      'on: discount of 20% is out of range', frames[0] as string], 1))
    expect(verdict(v)).toBe('infrastructure/ambiguous/')
    // Whole, the same line is the failure's own account.
    const whole = synthetic(run([started('StoreTest', 'saves'), finished('StoreTest', 'saves'), ...refused], 1))
    expect(verdict(whole)).toBe('infrastructure/high/postgresql')
  })
})
