// Reading shards' audit reports (src/merge/shard-report.ts, read-reports.ts), the merge's
// settings, and what it publishes (src/merge/publish.ts).
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { buildMergeReport, mergeOutputs, renderMergeSummary } from '../../src/merge/publish.js'
import { readReports, splitGlob } from '../../src/merge/read-reports.js'
import { mergeShards } from '../../src/merge/rule.js'
import { parseExpectedShards, parseReportGlobs, readMergeSettings } from '../../src/merge/settings.js'
import { isProblem, parseShardReport, type ShardReport } from '../../src/merge/shard-report.js'
import { buildCrashReport } from '../../src/report/report.js'
import { parseShard, readSettings } from '../../src/inputs/settings.js'
import { oneLine } from '../../src/common/text.js'
import { ROOT, tempDir } from '../harness/action.js'

const FOUND = { file: 'reports/coach-gate-unit-1/coach_turn_1.json', relative: 'coach-gate-unit-1/coach_turn_1.json' }

/** The parts of a gate report (src/report.ts buildReport) the merge reads, as the gate writes them. */
function gateReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema_version: '1.0', generated_at: '2026-11-29T14:00:00.000Z', task_id: 'TASK-1', shard: 'unit-4', turn: 2, decision: 'feedback', summary: 'FEEDBACK: code failure',
    cancelled: false, approved_without_independent_tests: false, docker_available: false, requires_infrastructure: [],
    validation_results: { quality_gates: { gates: [], all_gates_passed: true }, independent_tests: { tests_passed: false, test_command: 'node --test', exit_code: 1 } },
    classification: { classification: 'code', confidence: 'high', services: [], rule: 'code.assertion', counts: {}, failing_tests: 1 },
    issues: [{
      severity: 'error', category: 'code', description: 'Assertion failed', failure_classification: 'code', failure_confidence: 'high', service: '', rule: 'code.assertion',
      evidence: [{ line: 4, rule: 'infra.x', kind: 'infrastructure', confidence: 'ambiguous', service: '', text: 'ModuleNotFoundError: x' }, { line: 9, rule: 'code.assertion', kind: 'code', confidence: 'high', service: '', text: 'Expected values to be strictly equal:' }]
    }],
    rationale: 'The tests failed.',
    ...overrides
  }
}

const parsed = (report: unknown): ReturnType<typeof parseShardReport> => parseShardReport(JSON.stringify(report), FOUND)

describe('parseShardReport', () => {
  it('reads the verdict, the rule and the evidence line of the kind that decided', () => {
    expect(parsed(gateReport())).toEqual({
      file: FOUND.file, name: 'unit-4', decision: 'feedback', approvedWithoutIndependentTests: false, testsPassed: false, classification: 'code', confidence: 'high', services: [],
      rule: 'code.assertion', evidence: 'line 9: Expected values to be strictly equal:', summary: 'FEEDBACK: code failure', taskId: 'TASK-1', turn: 2, failureSignature: ''
    })
  })

  it('names a shard without a name by its file, and reads a failure signature when there is one', () => {
    const shard = parsed(gateReport({ shard: '', failure_signature: 'a1b2c3d4' })) as ShardReport
    expect(shard.name).toBe('coach-gate-unit-1/coach_turn_1.json')
    expect(shard.failureSignature).toBe('a1b2c3d4')
    const old = gateReport()
    delete old.shard
    expect((parsed(old) as ShardReport).name).toBe('coach-gate-unit-1/coach_turn_1.json')
  })

  it('reads a passing and a conditionally approved shard', () => {
    const pass = parsed(gateReport({
      decision: 'approve', summary: 'APPROVED', issues: [], classification: { classification: 'none', confidence: 'n/a', services: [], rule: 'none' },
      validation_results: { independent_tests: { tests_passed: true } }
    }))
    expect(pass).toMatchObject({ decision: 'approve', testsPassed: true, classification: 'none', confidence: 'n/a', rule: 'none', evidence: '' })
    const conditional = parsed(gateReport({
      decision: 'approve', approved_without_independent_tests: true, summary: 'APPROVED (infra-dependent, independent tests skipped)',
      classification: { classification: 'infrastructure', confidence: 'high', services: ['postgresql'], rule: 'network.connect-refused.endpoint' },
      issues: [{ severity: 'warning', failure_classification: 'infrastructure', failure_confidence: 'high', service: 'postgresql', rule: 'network.connect-refused.endpoint', evidence: [{ line: 8, kind: 'infrastructure', text: 'connect ECONNREFUSED 127.0.0.1:5432' }] }]
    }))
    expect(conditional).toMatchObject({ decision: 'approve', approvedWithoutIndependentTests: true, classification: 'infrastructure', confidence: 'high', services: ['postgresql'], evidence: 'line 8: connect ECONNREFUSED 127.0.0.1:5432' })
  })

  it('reads the gate’s crash report: feedback, with the error as the evidence line and the shard named', () => {
    const crash = parsed(buildCrashReport(1, 'input', "Input 'test-timeout': 'soon' is not a number", new Date(0), 'unit-9'))
    expect(crash).toMatchObject({ name: 'unit-9', decision: 'feedback', testsPassed: false, classification: 'none', confidence: 'n/a', rule: 'none', summary: 'FEEDBACK: invalid input', evidence: "Input 'test-timeout': 'soon' is not a number" })
  })

  it('falls back to the failure issue when the classification block is absent', () => {
    const report = gateReport()
    delete report.classification
    expect(parsed(report)).toMatchObject({ classification: 'code', confidence: 'high', rule: 'code.assertion' })
  })

  it.each([
    ['{"schema_version": "1.0",', 'unreadable', /^not JSON/],
    ['[1, 2]', 'unreadable', /not a JSON object/],
    ['{"decision": "approve"}', 'unreadable', /no schema_version/],
    [JSON.stringify(gateReport({ schema_version: '2.0' })), 'schema', /^schema_version "2.0", this merge reads 1.x$/],
    [JSON.stringify(gateReport({ schema_version: '1' })), 'schema', /schema_version "1"/],
    [JSON.stringify(gateReport({ schema_version: 1.0 })), 'schema', /schema_version "1"/],
    [JSON.stringify(gateReport({ kind: 'merge' })), 'unreadable', /merged report/],
    [JSON.stringify(gateReport({ decision: 'approved' })), 'unreadable', /decision "approved" is neither/],
    [JSON.stringify(gateReport({ approved_without_independent_tests: 'false' })), 'unreadable', /approved_without_independent_tests/],
    [JSON.stringify(gateReport({ validation_results: {} })), 'unreadable', /tests_passed is missing/],
    [JSON.stringify(gateReport({ decision: 'approve' })), 'unreadable', /approves failed tests/],
    [JSON.stringify(gateReport({ approved_without_independent_tests: true })), 'unreadable', /conditional approval must be/],
    [JSON.stringify(gateReport({ validation_results: { independent_tests: { tests_passed: true } } })), 'unreadable', /tests passed but the classification is code/]
  ])('refuses %s as %s', (source, kind, detail) => {
    const result = parseShardReport(source, FOUND)
    expect(isProblem(result)).toBe(true)
    expect(result).toMatchObject({ file: FOUND.file, kind, detail: expect.stringMatching(detail) })
  })

  it('makes every text one clean, bounded line', () => {
    const hostile = 'a\nb\r\n::error::x\u202eY\u200bZ\u0007'
    const shard = parsed(gateReport({ shard: hostile, summary: `FEEDBACK: ${hostile}`, task_id: 'x'.repeat(5000), classification: { classification: 'code', confidence: 'high', services: [hostile], rule: hostile } })) as ShardReport
    for (const value of [shard.name, shard.summary, shard.rule, shard.taskId, ...shard.services]) {
      for (const bad of ['\n', '\r', '\u202e', '\u200b', '\u0007']) expect(value).not.toContain(bad)
    }
    // safeLine (src/text.ts) makes hidden characters visible as U+FFFD rather than silently dropping them.
    expect(shard.name).toBe('a b ::error::x\ufffdY\ufffdZ\ufffd')
    expect(shard.taskId.length).toBeLessThanOrEqual(200)
  })
})

describe('oneLine and parseShard', () => {
  it('flattens, strips format characters and clips', () => {
    expect(oneLine('  a\n\tb  \u2028c\u200e\u2066d\ufeff ')).toBe('a b c\ufffd\ufffdd\ufffd')
    expect(oneLine('x'.repeat(10), 5)).toBe('xxxx…')
    expect(parseShard('{\n  "os": "ubuntu-latest",\n  "shard": 2\n}')).toBe('{ "os": "ubuntu-latest", "shard": 2 }')
    expect(parseShard('')).toBe('')
    expect(readSettings(name => ({ 'test-command': 'npm test', shard: ' linux\n 3 ' })[name] ?? '').shard).toBe('linux 3')
    expect(readSettings(name => ({ 'test-command': 'npm test' })[name] ?? '').shard).toBe('')
  })
})

describe('splitGlob', () => {
  it.each([
    ['reports/**/coach_turn_*.json', 'reports', '**/coach_turn_*.json'],
    ['**/coach_turn_*.json', '', '**/coach_turn_*.json'],
    ['/tmp/r/*/coach_turn_1.json', '/tmp/r', '*/coach_turn_1.json'],
    ['/a.json', '/', 'a.json'],
    ['reports/a.json', 'reports', 'a.json'],
    ['reports/', 'reports', ''],
    ['C:/a/_temp/[xy]/*.json', 'C:/a/_temp', '[xy]/*.json'],
    ['C:/r.json', 'C:/', 'r.json']
  ])('%s starts at %j with %j', (glob, base, pattern) => {
    expect(splitGlob(glob)).toEqual({ base, pattern })
  })
})

describe('readReports', () => {
  const report = (shard: string, decision = 'approve'): string => JSON.stringify(gateReport(decision === 'approve'
    ? { shard, decision, summary: 'APPROVED', issues: [], classification: { classification: 'none', confidence: 'n/a', services: [], rule: 'none' }, validation_results: { independent_tests: { tests_passed: true } } }
    : { shard }))

  function workspace(files: Record<string, string>): string {
    const dir = tempDir('coach-gate-merge-read-')
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), content)
    }
    return dir
  }

  it('finds the reports of several artifacts, sorted by shard name, and reads each', async () => {
    const dir = workspace({
      'reports/b/coach_turn_1.json': report('shard 10'),
      'reports/a/coach_turn_1.json': report('shard 2', 'feedback'),
      'reports/a/test_output_1.log': 'not a report',
      'node_modules/x/reports/coach_turn_1.json': report('never')
    })
    const read = await readReports(['reports/**/coach_turn_*.json'], dir)
    expect(read.matched).toBe(2)
    expect(read.problems).toEqual([])
    expect(read.shards.map(s => [s.name, s.file, s.decision])).toEqual([['shard 2', 'reports/a/coach_turn_1.json', 'feedback'], ['shard 10', 'reports/b/coach_turn_1.json', 'approve']])
    expect((await readReports(['**/coach_turn_*.json'], dir)).matched).toBe(2)
  })

  it('reads a directory as every .json below it, a file by its path, and an absolute glob', async () => {
    const dir = workspace({ 'r/x/coach_turn_1.json': report('x'), 'r/y/coach_turn_2.json': report('y'), 'r/y/notes.txt': 'x' })
    expect((await readReports(['r'], dir)).shards.map(s => s.name)).toEqual(['x', 'y'])
    expect((await readReports(['./r/'], dir)).shards.map(s => s.name)).toEqual(['x', 'y'])
    expect((await readReports(['r/x/coach_turn_1.json'], dir)).shards.map(s => s.name)).toEqual(['x'])
    const elsewhere = tempDir('coach-gate-merge-cwd-')
    const absolute = await readReports([`${dir}/r/*/coach_turn_*.json`], elsewhere)
    expect(absolute.shards.map(s => [s.name, s.file])).toEqual([['x', `${dir}/r/x/coach_turn_1.json`], ['y', `${dir}/r/y/coach_turn_2.json`]])
  })

  it('reads Windows paths with backslashes when on Windows', async () => {
    const dir = workspace({ 'r/x/coach_turn_1.json': report('x') })
    expect((await readReports(['r\\*\\coach_turn_*.json'], dir, { windows: true })).shards.map(s => s.name)).toEqual(['x'])
  })

  it('reports a glob that matches nothing, an unreadable file, and never reads the merged report or a link', async () => {
    const dir = workspace({ 'reports/a/coach_turn_1.json': report('a'), 'reports/b/coach_turn_1.json': '{ truncated', 'reports/coach_merge_1.json': '{}' })
    symlinkSync(path.join(dir, 'reports/a/coach_turn_1.json'), path.join(dir, 'reports/link.json'))
    const read = await readReports(['reports/**/*.json', 'missing/*.json', 'reports/**/*.json'], dir, { exclude: path.join(dir, 'reports/coach_merge_1.json') })
    expect(read.shards.map(s => s.name)).toEqual(['a'])
    expect(read.problems).toEqual([
      { file: 'missing/*.json', kind: 'missing', detail: 'no report file matches this glob' },
      { file: 'reports/b/coach_turn_1.json', kind: 'unreadable', detail: expect.stringMatching(/^not JSON/) }
    ])
  })

  it('refuses to guess among more files than it reads', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i <= 1000; i++) files[`r/${i}.json`] = '{}'
    const read = await readReports(['r/*.json'], workspace(files))
    expect(read.shards).toEqual([])
    expect(read.problems).toEqual([{ file: 'r/*.json', kind: 'unreadable', detail: expect.stringMatching(/more than the 1000 a merge reads/) }])
    expect(mergeShards(read).decision).toBe('feedback')
  })
})

describe('readMergeSettings', () => {
  const inputs = (values: Record<string, string>) => (name: string): string => values[name] ?? ''
  it('reads the inputs with their defaults', () => {
    expect(readMergeSettings(inputs({ reports: 'a/*.json, {b,c}/*.json\nd.json' }), { RUNNER_TEMP: '/runner/tmp' })).toEqual({
      reports: ['a/*.json', '{b,c}/*.json', 'd.json'], expectedShards: undefined, failOnFeedback: true, reportDirectory: '/runner/tmp/coach-gate'
    })
    expect(readMergeSettings(inputs({ reports: 'a', 'expected-shards': ' 4 ', 'fail-on-feedback': 'false', 'report-directory': 'out' }))).toMatchObject({ expectedShards: 4, failOnFeedback: false, reportDirectory: 'out' })
  })

  it('reads exactly the inputs merge/action.yml declares, and the gate reads its shard input', () => {
    const asked = new Set<string>()
    readMergeSettings(name => (asked.add(name), name === 'reports' ? 'r/*.json' : ''))
    const action = parse(readFileSync(path.join(ROOT, 'merge', 'action.yml'), 'utf8'))
    expect([...asked].sort()).toEqual(Object.keys(action.inputs).sort())
    const gateAsked = new Set<string>()
    readSettings(name => (gateAsked.add(name), name === 'test-command' ? 'true' : ''))
    const gate = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
    expect(gateAsked.has('shard') && 'shard' in gate.inputs).toBe(true)
  })

  it('names the input that is wrong', () => {
    expect(() => readMergeSettings(inputs({ reports: ' \n ' }))).toThrow(/^Input 'reports': is required/)
    for (const bad of ['three', '0', '-1', '2.5', '10001']) expect(() => parseExpectedShards(bad)).toThrow(/^Input 'expected-shards': '.*' is not a whole number of shards from 1 to 10000$/)
    expect(() => readMergeSettings(inputs({ reports: 'a', 'fail-on-feedback': 'maybe' }))).toThrow(/^Input 'fail-on-feedback'/)
    expect(parseReportGlobs('a,a\n\n b ')).toEqual(['a', 'b'])
  })
})

describe('what the merge publishes', () => {
  const shards: ShardReport[] = [
    { file: 'reports/a/coach_turn_1.json', name: 'unit | <b>1</b>', decision: 'approve', approvedWithoutIndependentTests: false, testsPassed: true, classification: 'none', confidence: 'n/a', services: [], rule: 'none', evidence: '', summary: 'APPROVED', taskId: '', turn: 1, failureSignature: '' },
    { file: 'reports/b/coach_turn_1.json', name: 'db', decision: 'feedback', approvedWithoutIndependentTests: false, testsPassed: false, classification: 'code', confidence: 'high', services: [], rule: 'code.assertion', evidence: 'line 9: expected <img src=x> | [x](https://evil.example) @team', summary: 'FEEDBACK: code failure', taskId: '', turn: 1, failureSignature: 'abc' }
  ]
  const verdict = mergeShards({ shards, problems: [{ file: 'reports/c/coach_turn_1.json', kind: 'schema', detail: 'schema_version "2.0", this merge reads 1.x' }], expectedShards: 3 })
  const context = { globs: ['reports/**/coach_turn_*.json'], expectedShards: 3, reportPath: '/tmp/coach_merge_1.json', turn: 1 }

  it('puts the merged verdict first, then one escaped row a shard and a row a problem', () => {
    const summary = renderMergeSummary(verdict, context)
    const lines = summary.split('\n')
    expect(lines[0]).toBe('## ❌ FEEDBACK: code failure in 1 of 2 shards; 1 report of another schema version')
    expect(summary).toContain('| Shards | 2 read, 1 problem (3 expected) |')
    expect(summary).toContain('| Failure signature | <code>abc</code> |')
    const rows = lines.slice(lines.indexOf('| Shard | Verdict | Classification | Rule | Service | Evidence |') + 2).filter(l => l.startsWith('| '))
    expect(rows).toEqual([
      '| <code>unit &#124; &lt;b&gt;1&lt;/b&gt;</code> | ✅ APPROVED | none | — | — | — |',
      '| <code>db</code> | ❌ FEEDBACK: code failure | code/high | <code>code.assertion</code> | — | <code>line 9: expected &lt;img src=x&gt; &#124; &#91;x&#93;(https://evil.example) @team</code> |',
      '| <code>reports/c/coach&#95;turn&#95;1.json</code> | ❌ other schema version | — | — | — | schema\\_version &quot;2.0&quot;, this merge reads 1.x |'
    ])
    expect(summary).toContain('### Why')
  })

  it('sets exactly the outputs merge/action.yml declares', () => {
    const action = parse(readFileSync(path.join(ROOT, 'merge', 'action.yml'), 'utf8'))
    const outputs = mergeOutputs(verdict, '/tmp/coach_merge_1.json')
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(action.outputs).sort())
    expect(outputs).toMatchObject({ decision: 'feedback', 'tests-passed': 'false', classification: 'code', confidence: 'high', rule: 'code.assertion', 'failure-signature': 'abc', 'report-path': '/tmp/coach_merge_1.json' })
    // The gate's outputs of the same name mean the same.
    const gate = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
    for (const name of Object.keys(outputs)) if (name !== 'failure-signature') expect(Object.keys(gate.outputs)).toContain(name)
  })

  it('writes a merged report an auditor can follow, which a later merge refuses as a shard', () => {
    const report = buildMergeReport(verdict, context, new Date(0))
    expect(report).toMatchObject({ schema_version: '1.0', kind: 'merge', decision: 'feedback', tests_passed: false, reports: { expected_shards: 3 }, problems: [{ kind: 'schema' }] })
    expect((report.shards as unknown[]).length).toBe(2)
    expect(parseShardReport(JSON.stringify(report), FOUND)).toMatchObject({ kind: 'unreadable', detail: expect.stringMatching(/merged report/) })
  })
})
