// The job summary. Its first screen is what a reviewer needs (issue 27): the verdict, one
// sentence of why, the runner's counts, the failing tests (code ones first, identical evidence
// collapsed to one line), what to do; the facts table and every evidence line are folded below,
// then attempts, services, notes and the log tail. A pure function of the run record.
import { describeDocker } from '../services/docker-probe.js'
import { code, escapeHtml, escapeMarkdown } from '../common/markdown.js'
import { attemptName, changesSince } from '../decide/repeats.js'
import type { TestVerdict } from '../classify/classifier.js'
import type { RunRecord } from './run-record.js'
import type { Totals } from './totals.js'
import { withSuggestion } from '../task/frontmatter.js'
import { renderServices } from '../services/outcome.js'
import { renderBaseComparison } from './base-comparison.js'

/** Lines of the failing list shown; the audit report has every test. */
const FAILING_LINES_SHOWN = 30
const NAMES_PER_LINE = 8

/** GitHub refuses step summaries over 1 MiB; stay well below it. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024

export function renderSummary(run: RunRecord): string {
  const { decision, verdict, tests, task } = run
  const icon = decision.approvedWithoutIndependentTests ? '⚠️' : decision.decision === 'approve' ? '✅' : '❌'
  const out: string[] = []
  // The first screen: the verdict, one sentence of why, the counts, what failed, what to do.
  out.push(`## ${icon} ${escapeMarkdown(decision.headline)}`, '')
  out.push(`${escapeMarkdown(decision.rationale[0] ?? '')}`, '')
  const hang = retryingClient(run)
  if (hang) out.push(`> ⏳ ${escapeMarkdown(hang.why)}`, '')
  const counts = renderTotals(run.totals)
  if (counts !== '') out.push(counts, '')
  out.push(...renderRepeat(run))
  const problems = declarationProblems(run)
  if (problems.length > 0) out.push(...problems.map(line => `> ⚠️ ${escapeMarkdown(line)}`), '')
  out.push(...renderFailures(run))
  const remediation = hang ? [hang.fix, ...decision.remediation] : decision.remediation
  if (remediation.length > 0) {
    const heading = verdict.classification === 'code' && !hang ? '### What to fix' : verdict.classification === 'setup' ? '### What to change in the workflow' : '### What to do'
    out.push(heading, '', ...remediation.map(line => `- ${escapeMarkdown(line)}`), '')
  }
  if (decision.rationale.length > 1) {
    out.push('### Why', '', ...decision.rationale.slice(1).map(line => `- ${escapeMarkdown(line)}`), '')
  }

  // Below the first screen: the facts, folded.
  const gates = run.gates.length === 0 ? 'none configured' : run.gates.map(g => `${g.passed ? '✅' : '❌'} ${escapeMarkdown(g.name)} (${escapeMarkdown(g.outcome)})`).join(', ')
  const taskText = task.taskId !== '' ? `${code(task.taskId)} (${sourceName(task.source)})` : task.source === 'none' ? 'no task found' : `task without id (${sourceName(task.source)})`
  const declared = task.requiresInfrastructure.length > 0 ? task.requiresInfrastructure.map(s => escapeMarkdown(s)).join(', ') + (task.declaredBy === 'input' ? ' (from input)' : '') : 'none'
  const rows: [string, string][] = [
    ...(run.shard ? [['Shard', code(run.shard)] as [string, string]] : []),
    ['Task', taskText],
    ['Declared infrastructure', declared],
    ...(task.declarationFile !== undefined ? [['Declaration from', code(task.declarationFile)] as [string, string]] : []),
    ['Docker', escapeMarkdown(describeDocker(run.docker))],
    ['Classification', verdict.classification],
    ['Confidence', verdict.confidence],
    ['Service', verdict.services.length > 0 ? escapeMarkdown(verdict.services.join(', ')) : '—'],
    ['Rule', verdict.ruleId === 'none' ? '—' : code(verdict.ruleId)],
    ['Gates', gates],
    ['Exit code', tests.notRun ? '— (tests not run)' : tests.timedOut ? `${tests.exitCode} (timed out)` : tests.cancelled ? `${tests.exitCode} (cancelled)` : String(tests.exitCode)],
    ['Duration', `${tests.durationSeconds.toFixed(1)} s`],
    ...(run.failureSignature ? [['Failure signature', `${code(run.failureSignature)}${(run.repeats?.count ?? 0) >= 2 ? ` (${run.repeats?.count} attempts in a row)` : ''}`] as [string, string]] : []),
    ...((run.attempts?.length ?? 0) > 1 ? [['Attempts', `${run.attempts?.length} (retries: the tests failed, then ${tests.passed ? 'passed' : 'failed again'})`] as [string, string]] : [])
  ]
  const facts = `${verdict.classification === 'none' ? '' : `${verdict.classification}/${verdict.confidence} · `}Docker ${run.docker.available ? 'available' : 'unavailable'} · declared: ${declared === 'none' ? 'none' : task.requiresInfrastructure.join(', ')}`
  out.push(`<details><summary>Facts (${escapeHtml(facts)})</summary>`, '', '| Check | Result |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '')
  if (verdict.evidence.length > 0) {
    out.push('**Evidence** (log lines the verdict rests on)', '')
    for (const e of verdict.evidence) {
      const service = e.service !== '' ? ` · ${escapeMarkdown(e.service)}` : ''
      const note = e.note ? ` — ${escapeMarkdown(e.note)}` : ''
      const test = e.test ? ` · test ${code(e.test)}` : ''
      out.push(`- line ${e.line}${test} · ${code(e.ruleId)} (${e.kind}, ${e.confidence}${service}): ${code(e.text)}${note}`)
    }
    out.push('')
  }
  out.push('</details>', '')
  out.push(...renderChecks(run))
  out.push(...renderBaseComparison(run.baseComparison))
  out.push(...renderAttempts(run))
  out.push(...renderServices(run.services))
  // A declaration problem shown above is not repeated among the notes.
  const shownAbove = problems.length > 0 ? task.tasks.map(t => `Task ${t.origin} `) : []
  const notes = [...task.notes.filter(n => !shownAbove.some(prefix => n.startsWith(prefix))), ...run.notes]
  if (tests.startError) notes.unshift(`The test command could not be started: ${tests.startError}`)
  if (notes.length > 0) out.push('### Notes', '', ...notes.map(n => `- ${escapeMarkdown(n)}`), '')

  const tailHeader = `Log tail (last ${tests.tail.length} of ${tests.lines} lines, ${formatBytes(tests.bytes)})`
  out.push(`<details><summary>${escapeHtml(tailHeader)}</summary>`, '', `<pre>${escapeHtml(tests.tail.join('\n'))}</pre>`, '', '</details>', '')
  out.push(`Audit report: ${code(run.reportPath)} · full log: ${code(run.logPath)}`, '')
  return fitSummary(out.join('\n'))
}

/**
 * Problems with the task's declaration when they decide the outcome: an infrastructure failure
 * that was not excused, where a task that could not be read (or names a service coach-gate does
 * not know) might be why. They lead the summary, ahead of the remediation they make moot.
 */
export function declarationProblems(run: Pick<RunRecord, 'decision' | 'verdict' | 'task'>): string[] {
  const { decision, verdict, task } = run
  if (decision.decision !== 'feedback' || verdict.classification !== 'infrastructure' || task.declaredBy === 'input') return []
  return task.tasks.flatMap(t => [
    ...(t.error ? [`Task ${t.origin} declares nothing: ${t.error}.`] : []),
    ...(t.unknownServices.length > 0 ? [`Task ${t.origin} declares ${t.unknownServices.map(withSuggestion).join(', ')}, which coach-gate does not know.`] : [])
  ])
}

/**
 * A run stopped by test-timeout whose log shows connections refused: the service was
 * unreachable and its client kept retrying (node-redis v4 retries forever), which is why the
 * tests hung. Read from the verdict's evidence; undefined for any other run.
 */
export function retryingClient(run: Pick<RunRecord, 'tests' | 'verdict'>): { why: string; fix: string } | undefined {
  if (!run.tests.timedOut) return undefined
  const refusals = run.verdict.evidence.filter(e => e.kind === 'infrastructure' && e.confidence === 'high')
  const first = refusals[0]
  if (!first) return undefined
  const services = [...new Set(refusals.map(e => e.service).filter(s => s !== ''))].sort()
  const what = services.length > 0 ? services.join(', ') : 'a service'
  const times = refusals.length >= 12 ? 'at least 12 times' : refusals.length === 1 ? 'once' : `${refusals.length} times`
  return {
    why: `The tests did not hang on their own: ${what} was unreachable (log line ${first.line}: ${first.text}), refused ${times}, and the client kept retrying until test-timeout stopped the run.`,
    fix: `Provide ${what} to the tests (declare it in requires_infrastructure so coach-gate starts it, or start it before this step), or make the client give up after a few attempts so the tests fail fast instead of hanging.`
  }
}

/** `**Tests:** 9 passed · 2 failed · 1 skipped`, from the runner's own totals; '' when it stated none. */
export function renderTotals(totals: Totals | undefined): string {
  if (!totals) return ''
  const parts = [
    totals.passed === undefined ? '' : `${totals.passed} passed`,
    totals.failed === undefined ? '' : `${totals.failed} failed`,
    totals.skipped === undefined ? '' : `${totals.skipped} skipped`
  ].filter(Boolean)
  if (parts.length === 0) return ''
  return `**Tests:** ${parts.join(' · ')} <sub>(${escapeHtml(totals.source === 'junit' ? 'from the JUnit reports' : `as ${totals.source} counted them`)})</sub>`
}

/** One line of the failing list: a test, or several tests that failed with the same evidence. */
interface FailureLine {
  readonly tests: readonly TestVerdict[]
  readonly indexes: readonly number[]
  readonly evidence: string
}

/**
 * The failing tests, the code ones first, each with its one evidence line; tests that failed
 * with the same evidence (three tests refused by one database) are one line with a count.
 * A log that could not be split shows the lines the verdict rests on instead.
 */
function renderFailures(run: RunRecord): string[] {
  const { verdict } = run
  if (verdict.tests.length === 0) {
    const deciding = collapse(verdict.evidence.filter(e => e.kind === verdict.classification || verdict.classification === 'none').map(e => e.text)).slice(0, 3)
    if (deciding.length === 0) return []
    return ['### What failed', '', ...deciding.map(([text, n]) => `- ${code(text)}${n > 1 ? ` (${n} times)` : ''}`), '']
  }
  const groups = new Map<string, FailureLine & { tests: TestVerdict[]; indexes: number[] }>()
  verdict.tests.forEach((t, i) => {
    const evidence = t.evidence?.text ?? ''
    // Tests without evidence are never collapsed: each says only where it started.
    const key = evidence === '' ? `\u0000${i}` : `${t.classification}/${t.confidence}\u0000${evidence}`
    const group = groups.get(key) ?? { tests: [], indexes: [], evidence }
    group.tests.push(t)
    group.indexes.push(i)
    groups.set(key, group)
  })
  const rank = (t: TestVerdict): number => (t.outcome === 'code' ? 0 : t.outcome === 'unexplained' ? 1 : t.confidence === 'ambiguous' ? 2 : 3)
  const lines = [...groups.values()].sort((a, b) => rank(a.tests[0] as TestVerdict) - rank(b.tests[0] as TestVerdict))
  const shown = lines.slice(0, FAILING_LINES_SHOWN)
  const out = [`### Failing tests (${verdict.failingTests})`, '']
  for (const line of shown) out.push(failureLine(run, line))
  const hidden = lines.slice(shown.length).reduce((n, l) => n + l.tests.length, 0) + Math.max(0, verdict.failingTests - verdict.tests.length)
  if (hidden > 0) out.push(`- … and ${hidden} more (see the audit report)`)
  out.push('')
  return out
}

function failureLine(run: RunRecord, line: FailureLine): string {
  const first = line.tests[0] as TestVerdict
  const services = first.services.length > 0 ? ` · ${escapeMarkdown(first.services.join(', '))}` : ''
  const kind = `${first.classification}/${first.confidence}${services}`
  const evidence = first.evidence ? `: ${code(first.evidence.text)}` : ` (from log line ${first.line}; no rule matched its lines)`
  if (line.tests.length === 1) {
    const at = run.locations?.[line.indexes[0] as number]
    const place = at ? ` · at ${code(`${at.file}:${at.line}`)}` : ''
    return `- ${code(first.name)} — ${kind} · ${code(first.ruleId)}${place}${evidence}`
  }
  const names = line.tests.slice(0, NAMES_PER_LINE).map(t => code(t.name)).join(', ') + (line.tests.length > NAMES_PER_LINE ? ` and ${line.tests.length - NAMES_PER_LINE} more` : '')
  return `- **${line.tests.length} tests** — ${kind} · ${code(first.ruleId)}${evidence} — ${names}`
}

/** Identical texts once each, with how often they appeared, in first-seen order. */
function collapse(texts: readonly string[]): [string, number][] {
  const seen = new Map<string, number>()
  for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1)
  return [...seen.entries()]
}

/** At two or more attempts in a row with one failure: which attempt it repeats, and what changed since. */
function renderRepeat(run: RunRecord): string[] {
  const repeats = run.repeats
  if (!repeats || repeats.count < 2 || !repeats.previous) return []
  const previous = attemptName(repeats.previous, run.runId ?? '')
  const since = changesSince(repeats.previous, { commit: run.commit ?? '', failingTests: run.verdict.tests.map(t => t.name) })
  const streak = repeats.first && repeats.first !== repeats.previous ? ` It has failed the same way since ${escapeMarkdown(attemptName(repeats.first, run.runId ?? ''))}.` : ''
  return [`> 🔁 **Same failure as ${escapeMarkdown(previous)}** (${repeats.count} attempts in a row, signature ${code(run.failureSignature ?? '')}).${streak} What changed since: ${escapeMarkdown(since)}.`, '']
}

/** The verdict's claims checked on the runner: one line a check. */
function renderChecks(run: RunRecord): string[] {
  const checks = run.corroboration?.checks ?? []
  if (checks.length === 0) return []
  const mark = { corroborated: '✅', unestablished: '⚠️', 'not-missing': '❌', code: '❌' } as const
  return ['### Checked on the runner', '', ...checks.map(c => `- ${mark[c.result]} checked: ${escapeMarkdown(c.reason)} · ${escapeMarkdown(c.check)}, ${c.timeMs.toFixed(1)} ms`), '']
}

/** Every run of the test command when there was more than one (retries). */
function renderAttempts(run: RunRecord): string[] {
  const attempts = run.attempts ?? []
  if (attempts.length < 2 && run.retryRefused === undefined) return []
  const out = ['### Attempts', '']
  for (const a of attempts) {
    const outcome = a.passed ? '✅ passed' : a.timedOut ? '❌ timed out' : a.cancelled ? '❌ cancelled' : `❌ failed (${a.classification})`
    const failing = a.failingTests.length > 0 ? ` · failing: ${a.failingTests.slice(0, 10).map(n => code(n)).join(', ')}${a.failingTests.length > 10 ? ` and ${a.failingTests.length - 10} more` : ''}` : ''
    out.push(`- attempt ${a.attempt}: ${outcome} · exit code ${a.exitCode} · ${a.durationSeconds.toFixed(1)} s${failing}`)
  }
  if (run.retryRefused !== undefined) out.push(`- not retried: ${escapeMarkdown(run.retryRefused)}`)
  out.push('')
  return out
}

/** Keeps the summary under the platform's limit, saying what was cut. */
export function fitSummary(markdown: string, limit = SUMMARY_MAX_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown
  const note = '\n\n_(summary trimmed to stay under GitHub’s 1 MiB limit; the full log and the audit report have everything)_\n'
  // Room for the note and the closing tags added below.
  let cut = Buffer.from(markdown).subarray(0, limit - Buffer.byteLength(note) - 32).toString('utf8')
  // Never leave a half-written HTML element open.
  const lastOpen = cut.lastIndexOf('<')
  if (lastOpen > cut.lastIndexOf('>')) cut = cut.slice(0, lastOpen)
  if ((cut.match(/<pre>/g) ?? []).length > (cut.match(/<\/pre>/g) ?? []).length) cut += '</pre>'
  if ((cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length) cut += '\n</details>'
  return cut.replace(/\uFFFD$/, '') + note
}

function sourceName(source: RunRecord['task']['source']): string {
  return { 'task-file': 'task-file input', 'pull-request-body': 'pull request body', 'changed-files': 'changed task files', none: 'none' }[source]
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
