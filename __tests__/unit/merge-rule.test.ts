// The merge rule (src/merge/rule.ts), checked against every matrix of up to three shards drawn
// from each kind of shard verdict, with and without each kind of unusable report, and against
// an oracle that states the rule of issue 17 as plainly as possible.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Classification, ConfidenceOutput } from '../../src/classify/classifier.js'
import { EXPECTED_SHARDS, mergedSignature, mergeShards, missingShardNames, severity, worstShard } from '../../src/merge/rule.js'
import type { ReportProblem, ShardReport } from '../../src/merge/shard-report.js'

type Kind = 'pass' | 'conditional' | 'code-high' | 'code-ambiguous' | 'infra-high' | 'infra-ambiguous' | 'gate-failed'
const KINDS: readonly Kind[] = ['pass', 'conditional', 'code-high', 'code-ambiguous', 'infra-high', 'infra-ambiguous', 'gate-failed']

function shard(kind: Kind, name: string, extra: Partial<ShardReport> = {}): ShardReport {
  const base = { file: `reports/${name}/coach_turn_1.json`, name, taskId: '', turn: 1, failureSignature: '', rule: 'none', evidence: '', services: [] as string[] }
  const failed = (classification: Classification, confidence: ConfidenceOutput, summary: string, services: string[] = []): ShardReport => ({
    ...base, decision: 'feedback', approvedWithoutIndependentTests: false, testsPassed: false, classification, confidence, services, rule: `${classification}.rule`, evidence: 'line 3: boom', summary
  })
  const byKind: Record<Kind, ShardReport> = {
    pass: { ...base, decision: 'approve', approvedWithoutIndependentTests: false, testsPassed: true, classification: 'none', confidence: 'n/a', summary: 'APPROVED' },
    conditional: { ...base, decision: 'approve', approvedWithoutIndependentTests: true, testsPassed: false, classification: 'infrastructure', confidence: 'high', services: ['postgresql'], rule: 'network.connect-refused.endpoint', evidence: 'line 8: connect ECONNREFUSED 127.0.0.1:5432', summary: 'APPROVED (infra-dependent, independent tests skipped)' },
    'code-high': failed('code', 'high', 'FEEDBACK: code failure'),
    'code-ambiguous': failed('code', 'ambiguous', 'FEEDBACK: code failure'),
    'infra-high': failed('infrastructure', 'high', 'FEEDBACK: infrastructure failure (redis)', ['redis']),
    'infra-ambiguous': failed('infrastructure', 'ambiguous', 'FEEDBACK: infrastructure failure (unnamed service)'),
    'gate-failed': { ...base, decision: 'feedback', approvedWithoutIndependentTests: false, testsPassed: true, classification: 'none', confidence: 'n/a', evidence: 'Quality gate lint ended failure', summary: 'FEEDBACK: quality gate failed (lint)' }
  }
  return { ...byKind[kind], ...extra }
}

const PROBLEMS: Record<'missing' | 'unreadable' | 'schema', ReportProblem> = {
  missing: { file: 'reports/**/coach_turn_*.json', kind: 'missing', detail: 'no report file matches this glob' },
  unreadable: { file: 'reports/x/coach_turn_1.json', kind: 'unreadable', detail: 'not JSON (Unexpected end of JSON input)' },
  schema: { file: 'reports/y/coach_turn_1.json', kind: 'schema', detail: 'schema_version "2.0", this merge reads 1.x' }
}

/** Issue 17's rule, stated directly. */
function oracle(kinds: readonly Kind[], problems: number): { decision: string; conditional: boolean; classification: string; confidence: string; testsPassed: boolean } {
  const feedback = problems > 0 || kinds.length === 0 || kinds.some(k => k !== 'pass' && k !== 'conditional')
  const classification = kinds.some(k => k.startsWith('code')) ? 'code' : kinds.some(k => k.startsWith('infra') || k === 'conditional') ? 'infrastructure' : 'none'
  const confidence = classification === 'code'
    ? kinds.includes('code-high') ? 'high' : 'ambiguous'
    : classification === 'infrastructure' ? kinds.includes('infra-ambiguous') ? 'ambiguous' : 'high' : 'n/a'
  return {
    decision: feedback ? 'feedback' : 'approve',
    conditional: !feedback && kinds.includes('conditional'),
    classification,
    confidence,
    testsPassed: problems === 0 && kinds.length > 0 && kinds.every(k => k === 'pass' || k === 'gate-failed')
  }
}

function* matrices(maxLength: number): Generator<Kind[]> {
  yield []
  for (let length = 1; length <= maxLength; length++) {
    const total = KINDS.length ** length
    for (let i = 0; i < total; i++) {
      const kinds: Kind[] = []
      let rest = i
      for (let j = 0; j < length; j++) {
        kinds.push(KINDS[rest % KINDS.length] as Kind)
        rest = Math.floor(rest / KINDS.length)
      }
      yield kinds
    }
  }
}

const problemSets = [[], ['missing'], ['unreadable'], ['schema'], ['missing', 'unreadable'], ['missing', 'unreadable', 'schema']] as const

describe('mergeShards, exhaustively', () => {
  it('agrees with the rule for every matrix of up to 3 shards and every set of unusable reports', () => {
    let cases = 0
    for (const kinds of matrices(3)) {
      for (const set of problemSets) {
        const shards = kinds.map((k, i) => shard(k, `s${i + 1}`))
        const merged = mergeShards({ shards, problems: set.map(p => PROBLEMS[p]) })
        const want = oracle(kinds, set.length)
        const label = `${JSON.stringify(kinds)} + ${JSON.stringify(set)}`
        expect({ decision: merged.decision, conditional: merged.approvedWithoutIndependentTests, classification: merged.classification, confidence: merged.confidence, testsPassed: merged.testsPassed }, label).toEqual(want)
        // The headline always says the decision, on one line.
        expect(merged.headline.startsWith(merged.decision === 'approve' ? 'APPROVED (' : 'FEEDBACK: '), label).toBe(true)
        expect(merged.headline, label).not.toMatch(/\n/)
        cases++
      }
    }
    expect(cases).toBe((1 + 7 + 49 + 343) * problemSets.length)
  })

  it('never approves nothing: no shards and no problems is feedback', () => {
    const merged = mergeShards({ shards: [], problems: [] })
    expect(merged).toMatchObject({ decision: 'feedback', testsPassed: false, classification: 'none', confidence: 'n/a', headline: 'FEEDBACK: no shard reports found', worst: undefined })
    expect(merged.rationale).toContain('No shard report was given, and an empty matrix is never approved.')
  })

  it('gives the same decision, classification and services in any order of the shards', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 8 }), fc.infiniteStream(fc.nat()), (kinds, randoms) => {
      const shards = kinds.map((k, i) => shard(k, `s${i}`))
      const shuffled = [...shards]
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = (randoms.next().value as number) % (i + 1)
        ;[shuffled[i], shuffled[j]] = [shuffled[j] as ShardReport, shuffled[i] as ShardReport]
      }
      const a = mergeShards({ shards, problems: [] })
      const b = mergeShards({ shards: shuffled, problems: [] })
      expect([b.decision, b.approvedWithoutIndependentTests, b.testsPassed, b.classification, b.confidence, [...b.services].sort()]).toEqual([a.decision, a.approvedWithoutIndependentTests, a.testsPassed, a.classification, a.confidence, [...a.services].sort()])
    }))
  })
})

describe('the order of verdicts', () => {
  it('ranks none < infrastructure/high < infrastructure/ambiguous < code/ambiguous < code/high', () => {
    const order: [Classification, ConfidenceOutput][] = [['none', 'n/a'], ['infrastructure', 'high'], ['infrastructure', 'ambiguous'], ['code', 'ambiguous'], ['code', 'high']]
    const ranks = order.map(([c, k]) => severity(c, k))
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y))
    expect(new Set(ranks).size).toBe(order.length)
  })

  it('takes the rule, confidence and services of the worst shard; the first of equals', () => {
    const merged = mergeShards({ shards: [shard('infra-high', 'a'), shard('code-ambiguous', 'b', { rule: 'code.first' }), shard('code-ambiguous', 'c', { rule: 'code.second' })], problems: [] })
    expect(merged).toMatchObject({ classification: 'code', confidence: 'ambiguous', rule: 'code.first', services: [] })
    expect(worstShard([shard('pass', 'a'), shard('conditional', 'b'), shard('infra-ambiguous', 'c')])?.name).toBe('c')
    expect(worstShard([])).toBeUndefined()
  })

  it('unites the services of every shard of the worst classification', () => {
    const merged = mergeShards({ shards: [shard('conditional', 'a'), shard('conditional', 'b', { services: ['redis', 'postgresql'] }), shard('pass', 'c')], problems: [] })
    expect(merged).toMatchObject({ decision: 'approve', approvedWithoutIndependentTests: true, classification: 'infrastructure', confidence: 'high', services: ['postgresql', 'redis'] })
  })
})

describe('headlines and rationale', () => {
  it('names counts of shards in approvals', () => {
    expect(mergeShards({ shards: [shard('pass', 'a')], problems: [] }).headline).toBe('APPROVED (1 shard)')
    expect(mergeShards({ shards: [shard('pass', 'a'), shard('pass', 'b')], problems: [] }).headline).toBe('APPROVED (2 shards)')
    const conditional = mergeShards({ shards: [shard('pass', 'a'), shard('conditional', 'db'), shard('pass', 'c')], problems: [] })
    expect(conditional.headline).toBe('APPROVED (infra-dependent, independent tests skipped in 1 of 3 shards)')
    expect(conditional.rationale[0]).toMatch(/^Every shard approved, 1 of them only conditionally .*: db\.$/)
  })

  it('leads feedback with the worst shard’s reason and adds each kind of unusable report', () => {
    expect(mergeShards({ shards: [shard('pass', 'a'), shard('infra-high', 'b'), shard('code-high', 'c')], problems: [] }).headline).toBe('FEEDBACK: code failure in 2 of 3 shards')
    expect(mergeShards({ shards: [shard('gate-failed', 'a')], problems: [] }).headline).toBe('FEEDBACK: quality gate failed (lint) in 1 of 1 shard')
    expect(mergeShards({ shards: [shard('pass', 'a')], problems: [PROBLEMS.unreadable, PROBLEMS.schema] }).headline).toBe('FEEDBACK: 1 unreadable report; 1 report of another schema version')
    expect(mergeShards({ shards: [shard('code-high', 'a')], problems: [PROBLEMS.missing] }).headline).toBe('FEEDBACK: code failure in 1 of 1 shard; a reports glob matched nothing')
    expect(mergeShards({ shards: [], problems: [PROBLEMS.missing] }).headline).toBe('FEEDBACK: no shard reports found')
    expect(mergeShards({ shards: [], problems: [PROBLEMS.missing, { ...PROBLEMS.missing, file: 'other/*.json' }] }).headline).toBe('FEEDBACK: no shard reports found')
    const withProblem = mergeShards({ shards: [shard('pass', 'a')], problems: [PROBLEMS.unreadable] })
    expect(withProblem.rationale).toEqual([
      'A shard report that is missing, unreadable or of another schema version counts as feedback: the merge never approves what it could not read.',
      'reports/x/coach_turn_1.json: not JSON (Unexpected end of JSON input)'
    ])
  })

  it('two reports of one shard that disagree are a problem: feedback, and the shard counts once', () => {
    const merged = mergeShards({ shards: [shard('pass', 'unit'), shard('code-high', 'unit', { file: 'reports/unit-copy/coach_turn_1.json' })], problems: [] })
    expect(merged.decision).toBe('feedback')
    expect(merged.shards).toHaveLength(1)
    expect(merged.problems).toEqual([expect.objectContaining({ file: 'unit', kind: 'duplicate' })])
    expect(merged.headline).toBe('FEEDBACK: code failure in 1 of 1 shard; two reports of shard unit disagree')
    // Two passing reports that disagree (one conditional) are never an approval either.
    expect(mergeShards({ shards: [shard('pass', 'db'), shard('conditional', 'db')], problems: [] }).decision).toBe('feedback')
  })

  it('two reports of one shard that agree count once, and never stand in for a missing shard', () => {
    const copy = shard('pass', 'unit-1', { file: 'reports/unit-1/copy/coach_turn_1.json' })
    const merged = mergeShards({ shards: [shard('pass', 'unit-1'), copy, shard('pass', 'unit-2')], problems: [], expectedShards: 3 })
    expect(merged).toMatchObject({ decision: 'feedback', headline: 'FEEDBACK: 1 of 3 expected reports missing (shard unit-3)' })
    expect(merged.shards.map(s => s.name)).toEqual(['unit-1', 'unit-2'])
    expect(merged.rationale.at(-1)).toMatch(/^2 reports name the shard unit-1 and agree .*; the shard counts once\./)
    expect(mergeShards({ shards: [shard('pass', 'a'), shard('pass', 'a', { file: 'x' })], problems: [], expectedShards: 1 }).decision).toBe('approve')
  })
})

describe('expected-shards', () => {
  const two = [shard('pass', 'a'), shard('pass', 'b')]
  it('approves exactly the expected number', () => {
    expect(mergeShards({ shards: two, problems: [], expectedShards: 2 }).decision).toBe('approve')
  })

  it('gives feedback when reports are missing, counting unreadable files as present', () => {
    const short = mergeShards({ shards: two, problems: [], expectedShards: 3 })
    expect(short).toMatchObject({ decision: 'feedback', testsPassed: false, headline: 'FEEDBACK: 1 of 3 expected reports missing' })
    expect(short.problems).toEqual([{ file: EXPECTED_SHARDS, kind: 'missing', detail: '1 of 3 expected reports missing (found 2; the shards found: a, b)' }])
    const withUnreadable = mergeShards({ shards: two, problems: [PROBLEMS.unreadable], expectedShards: 3 })
    expect(withUnreadable.problems.map(p => p.kind)).toEqual(['unreadable'])
    expect(withUnreadable.headline).toBe('FEEDBACK: 1 unreadable report')
  })

  it('gives feedback for more reports than expected', () => {
    const extra = mergeShards({ shards: two, problems: [], expectedShards: 1 })
    expect(extra).toMatchObject({ decision: 'feedback', headline: 'FEEDBACK: found 2 reports where 1 were expected' })
  })
})

describe('missingShardNames', () => {
  it('names the missing shards when the names found carry their numbers', () => {
    expect(missingShardNames(['unit-1', 'unit-2'], 3)).toEqual(['unit-3'])
    expect(missingShardNames(['2'], 3)).toEqual(['1', '3'])
    expect(missingShardNames(['shard-0-linux', 'shard-2-linux'], 3)).toEqual(['shard-1-linux'])
    expect(missingShardNames(['a', 'b'], 3)).toEqual([])
    expect(missingShardNames(['unit-1', 'db-2'], 3)).toEqual([])
    expect(missingShardNames(['unit-7'], 3)).toEqual([])
    expect(missingShardNames([], 3)).toEqual([])
  })
})

describe('mergedSignature', () => {
  it('is empty without signatures, passes one through, and hashes several in any order', () => {
    expect(mergedSignature([shard('pass', 'a'), shard('code-high', 'b')])).toBe('')
    expect(mergedSignature([shard('code-high', 'a', { failureSignature: 'abc123' }), shard('code-high', 'b', { failureSignature: 'abc123' })])).toBe('abc123')
    const one = mergedSignature([shard('code-high', 'a', { failureSignature: 'abc123' }), shard('infra-high', 'b', { failureSignature: 'def456' })])
    const other = mergedSignature([shard('infra-high', 'b', { failureSignature: 'def456' }), shard('code-high', 'a', { failureSignature: 'abc123' })])
    expect(one).toMatch(/^[0-9a-f]{16}$/)
    expect(other).toBe(one)
    expect(mergedSignature([shard('code-high', 'a', { failureSignature: 'abc123' }), shard('infra-high', 'b', { failureSignature: 'zzz999' })])).not.toBe(one)
    // A passing shard's signature (there should be none) never counts.
    expect(mergedSignature([shard('pass', 'a', { failureSignature: 'stale' }), shard('code-high', 'b', { failureSignature: 'abc123' })])).toBe('abc123')
  })
})
