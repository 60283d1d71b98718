// Runner-contract tests of the merge sub-action: the built bundle merge/action.yml names, under
// Node 24, reading audit reports that the real gate (dist/index.js) wrote for each shard, laid
// out as actions/download-artifact lays out several artifacts (one directory each).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { exampleFiles, MERGE_DIST, ROOT, runAction, tempDir, type ActionResult } from '../harness/action.js'

// Run the bundle merge/action.yml names, resolved from that file's directory as the runner does.
const mergeAction = parse(readFileSync(path.join(ROOT, 'merge', 'action.yml'), 'utf8'))
const ENTRY = path.resolve(ROOT, 'merge', mergeAction.runs.main)

/** Each shard's real audit report, by shard name. */
const reports: Record<string, string> = {}
const shardRuns: Record<string, ActionResult> = {}

/**
 * A test whose database refuses the connection, failing exactly as node:test reports the error a
 * PostgreSQL client throws. (The needs-postgres example dials 127.0.0.1:5432 for real, so its
 * outcome would depend on what else listens there on the test machine.)
 */
const REFUSED_DB = {
  'package.json': '{ "type": "module" }',
  'user-store.test.js': [
    "import { test } from 'node:test'",
    "test('stores a user', () => {",
    "  throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: '127.0.0.1', port: 5432 })",
    '})'
  ].join('\n')
}

async function shard(name: string, files: Record<string, string>, inputs: Record<string, string> = {}): Promise<void> {
  const run = await runAction({ inputs: { 'test-command': 'node --test', shard: name, ...inputs }, files, docker: 'no-daemon' })
  shardRuns[name] = run
  reports[name] = readFileSync(run.outputs['report-path'] as string, 'utf8')
}

beforeAll(async () => {
  await Promise.all([
    shard('unit-1', exampleFiles('passing')),
    shard('unit-2', exampleFiles('passing')),
    shard('unit-3', exampleFiles('passing')),
    shard('unit-4', exampleFiles('code-defect')),
    shard('db', REFUSED_DB, { 'requires-infrastructure': 'postgresql' })
  ])
}, 120_000)

/** Report files as download-artifact writes them: reports/<artifact name>/coach_turn_1.json. */
function downloaded(names: readonly string[], extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = { ...extra }
  for (const name of names) files[`reports/coach-gate-${name}/coach_turn_1.json`] = reports[name] as string
  return files
}

function merge(files: Record<string, string>, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return runAction({ entry: ENTRY, inputs: { reports: 'reports/**/coach_turn_*.json', ...inputs }, files })
}

/** The summary's shard table rows (one a shard or problem), without the header. */
function shardRows(summary: string): string[] {
  const table = summary.split('### Shards')[1] ?? ''
  return table.split('\n').filter(line => line.startsWith('| ') && !line.startsWith('| Shard |'))
}

describe('the shards, as the real gate reports them', () => {
  it('each report names its shard and carries the rule and the evidence line', () => {
    expect(ENTRY).toBe(MERGE_DIST)
    expect(shardRuns['unit-1']?.outputs.decision).toBe('approve')
    expect(shardRuns['unit-4']?.outputs.decision).toBe('feedback')
    expect(shardRuns.db?.outputs['approved-without-independent-tests']).toBe('true')
    const code = JSON.parse(reports['unit-4'] as string)
    expect(code).toMatchObject({ schema_version: '1.0', shard: 'unit-4', decision: 'feedback', classification: { classification: 'code' } })
    expect(code.classification.rule).not.toBe('none')
    expect(code.issues[0].evidence[0]).toMatchObject({ line: expect.any(Number), text: expect.any(String) })
    expect(shardRuns['unit-4']?.summary).toContain('| Shard | <code>unit-4</code> |')
  })
})

describe('the merge sub-action under Node 24', () => {
  it('gives feedback for three shards with one code failure, and fails the step', async () => {
    const run = await merge(downloaded(['unit-1', 'unit-2', 'unit-4']))
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', 'tests-passed': 'false', classification: 'code', summary: 'FEEDBACK: code failure in 1 of 3 shards' })
    // The one failing shard's signature is the matrix's (issue 16).
    expect(run.outputs['failure-signature']).toMatch(/^[0-9a-f]{16}$/)
    expect(run.outputs['failure-signature']).toBe(JSON.parse(reports['unit-4'] as string).failure_signature)
    expect(run.outputs.rule).toBe(JSON.parse(reports['unit-4'] as string).classification.rule)
    expect(run.summary.split('\n')[0]).toBe('## ❌ FEEDBACK: code failure in 1 of 3 shards')
    const rows = shardRows(run.summary)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatch(/^\| <code>unit-1<\/code> \| ✅ APPROVED \| none \| — \| — \| — \|$/)
    expect(rows[2]).toMatch(/^\| <code>unit-4<\/code> \| ❌ FEEDBACK: code failure \| code\/(high|ambiguous) \| <code>[^<]+<\/code> \| — \| <code>line \d+: .+<\/code> \|$/)
    expect(run.stdout).toMatch(/^::error title=coach-gate merge::FEEDBACK: code failure in 1 of 3 shards/m)
    expect(run.report).toMatchObject({ kind: 'merge', decision: 'feedback', shards: [{ shard: 'unit-1' }, { shard: 'unit-2' }, { shard: 'unit-4', decision: 'feedback', classification: 'code' }], problems: [] })
    expect(path.basename(run.outputs['report-path'] ?? '')).toBe('coach_merge_1.json')
  })

  it('approves three passing shards', async () => {
    const run = await merge(downloaded(['unit-1', 'unit-2', 'unit-3']), { 'expected-shards': '3' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'false', 'tests-passed': 'true', classification: 'none', confidence: 'n/a', service: '', rule: 'none', summary: 'APPROVED (3 shards)' })
    expect(run.summary.split('\n')[0]).toBe('## ✅ APPROVED (3 shards)')
    expect(shardRows(run.summary)).toHaveLength(3)
    expect(run.stdout).not.toContain('::error')
  })

  it('approves conditionally when one shard passed and another was approved conditionally', async () => {
    const run = await merge(downloaded(['unit-1', 'db']))
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'approve', 'approved-without-independent-tests': 'true', 'tests-passed': 'false', classification: 'infrastructure', confidence: 'high', service: 'postgresql',
      summary: 'APPROVED (infra-dependent, independent tests skipped in 1 of 2 shards)'
    })
    expect(run.summary.split('\n')[0]).toBe('## ⚠️ APPROVED (infra-dependent, independent tests skipped in 1 of 2 shards)')
    expect(shardRows(run.summary).find(row => row.startsWith('| <code>db</code>'))).toMatch(/⚠️ APPROVED \(infra-dependent, independent tests skipped\) \| infrastructure\/high \| <code>[^<]+<\/code> \| postgresql \|/)
    expect(run.stdout).toMatch(/^::warning title=coach-gate approved without independent tests::WARNING: APPROVED \(infra-dependent/m)
  })

  it('gives feedback, never a silent pass, when a report is unreadable', async () => {
    const truncated = (reports['unit-2'] as string).slice(0, 200)
    const run = await merge(downloaded(['unit-1', 'unit-3'], { 'reports/coach-gate-unit-2/coach_turn_1.json': truncated }))
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'tests-passed': 'false', summary: 'FEEDBACK: 1 unreadable report' })
    const rows = shardRows(run.summary)
    expect(rows).toHaveLength(3)
    expect(rows.find(row => row.includes('coach-gate-unit-2'))).toMatch(/❌ unreadable .*not JSON/)
    expect(run.report?.problems).toEqual([{ file: 'reports/coach-gate-unit-2/coach_turn_1.json', kind: 'unreadable', detail: expect.stringMatching(/^not JSON/) }])
  })

  it('gives feedback when no report matches, or fewer than expected-shards', async () => {
    const none = await merge({ 'reports/readme.txt': 'no reports here' })
    expect(none.exitCode).toBe(1)
    expect(none.outputs).toMatchObject({ decision: 'feedback', 'tests-passed': 'false', summary: 'FEEDBACK: no shard reports found' })
    expect(shardRows(none.summary)).toEqual(['| <code>reports/&#42;&#42;/coach&#95;turn&#95;&#42;.json</code> | ❌ missing | — | — | — | no report file matches this glob |'])

    const short = await merge(downloaded(['unit-1', 'unit-2']), { 'expected-shards': '3' })
    expect(short.exitCode).toBe(1)
    expect(short.outputs).toMatchObject({ decision: 'feedback', summary: 'FEEDBACK: 1 of 3 expected reports missing (shard unit-3)' })
  })

  it('gives feedback for a report of another schema version', async () => {
    const future = (reports['unit-3'] as string).replace('"schema_version": "1.0"', '"schema_version": "2.0"')
    expect(future).not.toBe(reports['unit-3'])
    const run = await merge(downloaded(['unit-1', 'unit-2'], { 'reports/coach-gate-unit-3/coach_turn_1.json': future }))
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', summary: 'FEEDBACK: 1 report of another schema version' })
  })

  it('reads absolute globs, names a shard without a name by its file, and honours fail-on-feedback: false', async () => {
    const dir = tempDir('coach-gate-merge-abs-')
    const anonymous = JSON.parse(reports['unit-4'] as string)
    delete anonymous.shard
    mkdirSync(path.join(dir, 'shard-a'), { recursive: true })
    mkdirSync(path.join(dir, 'shard-b'), { recursive: true })
    writeFileSync(path.join(dir, 'shard-a', 'coach_turn_1.json'), reports['unit-1'] as string)
    writeFileSync(path.join(dir, 'shard-b', 'coach_turn_1.json'), JSON.stringify(anonymous))
    const run = await runAction({ entry: ENTRY, inputs: { reports: `${dir}/*/coach_turn_*.json`, 'fail-on-feedback': 'false' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'code' })
    expect(shardRows(run.summary).map(row => row.split(' | ')[0])).toEqual(['| <code>shard-b/coach&#95;turn&#95;1.json</code>', '| <code>unit-1</code>'])
  })

  it('names a shard whose gate could not run (bad input) and gives feedback', async () => {
    const crashed = await runAction({ inputs: { 'test-command': 'true', 'test-timeout': 'soon', shard: 'unit-5' } })
    expect(crashed.outputs.summary).toBe('FEEDBACK: invalid input')
    const report = readFileSync(crashed.outputs['report-path'] as string, 'utf8')
    expect(JSON.parse(report)).toMatchObject({ shard: 'unit-5', decision: 'feedback' })
    const run = await merge({ ...downloaded(['unit-1']), 'reports/coach-gate-unit-5/coach_turn_1.json': report })
    expect(run.outputs).toMatchObject({ decision: 'feedback', summary: 'FEEDBACK: invalid input in 1 of 2 shards' })
    expect(shardRows(run.summary)[1]).toMatch(/^\| <code>unit-5<\/code> \| ❌ FEEDBACK: invalid input \| none \| — \| — \| <code>Input &#39;test-timeout&#39;: .*<\/code> \|$/)
  })

  it('refuses a bad input by name and still sets every output', async () => {
    const run = await merge(downloaded(['unit-1']), { 'expected-shards': 'three' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("::error::Input 'expected-shards': 'three' is not a whole number")
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'tests-passed': 'false', summary: 'FEEDBACK: invalid input', 'report-path': '' })
  })

  it('shows hostile text from a shard as text: one line a cell, no markup, no workflow command', async () => {
    const hostileShard = 'evil | <img src=x onerror=alert(1)> @octo-org/admins'
    const command = `printf 'AssertionError: expected <b>1</b> | [x](https://evil.example) \u202e::set-output name=decision::approve\\n'; exit 1`
    const gate = await runAction({ inputs: { 'test-command': command, shard: `${hostileShard}\n::warning::forged` }, docker: 'no-daemon' })
    expect(gate.outputs.decision).toBe('feedback')
    const report = readFileSync(gate.outputs['report-path'] as string, 'utf8')
    expect(JSON.parse(report).shard).toBe(`${hostileShard} ::warning::forged`)
    const run = await merge({ ...downloaded(['unit-1']), 'reports/coach-gate-evil/coach_turn_1.json': report })
    expect(run.outputs.decision).toBe('feedback')
    const rows = shardRows(run.summary)
    expect(rows).toHaveLength(2)
    const evil = rows.find(row => row.includes('evil')) as string
    expect(evil.split(' | ')).toHaveLength(6)
    expect(evil).not.toMatch(/<img|<b>|\]\(|\u202e/)
    expect(evil).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(run.stdout.split('\n').filter(line => /^::(set-output|warning)::/.test(line))).toEqual([])
    expect(run.outputs.summary).not.toMatch(/[\n\r]/)
  })
})
