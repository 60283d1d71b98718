// The job summary: the verdict first, then a compact table, the evidence, what to do,
// and the log tail folded away. A pure function of the run record.
import { describeDocker } from '../services/docker-probe.js'
import { code, escapeHtml, escapeMarkdown } from '../common/markdown.js'
import { attemptName, changesSince } from '../decide/repeats.js'
import type { RunRecord } from './run-record.js'
import { renderServices } from '../services/outcome.js'
import { renderBaseComparison } from './base-comparison.js'

/** GitHub refuses step summaries over 1 MiB; stay well below it. */
const FAILING_TESTS_SHOWN = 30

export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024

export function renderSummary(run: RunRecord): string {
  const { decision, verdict, tests, task } = run
  const icon = decision.approvedWithoutIndependentTests ? '⚠️' : decision.decision === 'approve' ? '✅' : '❌'
  const out: string[] = []
  out.push(`## ${icon} ${escapeMarkdown(decision.headline)}`, '')
  out.push(`${escapeMarkdown(decision.rationale[0] ?? '')}`, '')
  out.push(...renderRepeat(run))

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
  out.push('| Check | Result |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '')

  if (decision.rationale.length > 1) {
    out.push('### Why', '', ...decision.rationale.slice(1).map(line => `- ${escapeMarkdown(line)}`), '')
  }
  if (verdict.evidence.length > 0) {
    out.push('### Evidence', '')
    for (const e of verdict.evidence) {
      const service = e.service !== '' ? ` · ${escapeMarkdown(e.service)}` : ''
      const note = e.note ? ` — ${escapeMarkdown(e.note)}` : ''
      const test = e.test ? ` · test ${code(e.test)}` : ''
      out.push(`- line ${e.line}${test} · ${code(e.ruleId)} (${e.kind}, ${e.confidence}${service}): ${code(e.text)}${note}`)
    }
    out.push('')
  }
  if (verdict.tests.length > 0) {
    const shown = verdict.tests.slice(0, FAILING_TESTS_SHOWN)
    out.push(`### Failing tests (${verdict.failingTests})`, '')
    for (const t of shown) {
      const service = t.services.length > 0 ? ` · ${escapeMarkdown(t.services.join(', '))}` : ''
      const where = t.evidence ? ` line ${t.evidence.line}: ${code(t.evidence.text)}` : ` (from line ${t.line}; no rule matched)`
      const at = run.locations?.[verdict.tests.indexOf(t)]
      const place = at ? ` · at ${code(`${at.file}:${at.line}`)}` : ''
      out.push(`- ${code(t.name)} — ${t.classification}/${t.confidence}${service} · ${code(t.ruleId)}${place}${where}`)
    }
    if (verdict.failingTests > shown.length) out.push(`- … and ${verdict.failingTests - shown.length} more (see the audit report)`)
    out.push('')
  }
  out.push(...renderChecks(run))
  out.push(...renderBaseComparison(run.baseComparison))
  out.push(...renderAttempts(run))
  out.push(...renderServices(run.services))
  if (decision.remediation.length > 0) {
    out.push(verdict.classification === 'code' ? '### What to fix' : verdict.classification === 'setup' ? '### What to change in the workflow' : '### What to do', '', ...decision.remediation.map(line => `- ${escapeMarkdown(line)}`), '')
  }
  const notes = [...task.notes, ...run.notes]
  if (tests.startError) notes.unshift(`The test command could not be started: ${tests.startError}`)
  if (notes.length > 0) out.push('### Notes', '', ...notes.map(n => `- ${escapeMarkdown(n)}`), '')

  const tailHeader = `Log tail (last ${tests.tail.length} of ${tests.lines} lines, ${formatBytes(tests.bytes)})`
  out.push(`<details><summary>${escapeHtml(tailHeader)}</summary>`, '', `<pre>${escapeHtml(tests.tail.join('\n'))}</pre>`, '', '</details>', '')
  out.push(`Audit report: ${code(run.reportPath)} · full log: ${code(run.logPath)}`, '')
  return fitSummary(out.join('\n'))
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
