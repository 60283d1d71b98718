// The sticky pull request comment (`comment: true`, issue 27): one comment with the verdict,
// updated in place on every run, found again by a hidden marker. Pure: whether to post, and
// what; the API call is inputs/github-api.ts's upsertComment, made by the shell.
import { code, escapeMarkdown } from '../common/markdown.js'
import type { EstablishedPullRequest, EventInfo } from '../inputs/event.js'
import { upsertComment, type CommentTarget } from '../inputs/github-api.js'
import type { RunRecord } from './run-record.js'
import { renderTotals } from './summary.js'

/** Where the comment goes, or why it does not. */
export type CommentPlan = { readonly post: CommentTarget } | { readonly skip: string }

const FAILING_SHOWN = 10

/**
 * A comment needs a pull request, a token, and a head in the repository itself: a fork's
 * pull request runs with a token that cannot write to it, so nothing is attempted there.
 */
export function planComment(event: Pick<EventInfo, 'name' | 'pullRequest'>, carried: EstablishedPullRequest, token: string): CommentPlan {
  const pr = event.pullRequest
  if (!pr || carried.kind !== 'known') return { skip: `No comment: the ${event.name || 'triggering'} event carries no pull request to comment on.` }
  if (token === '') return { skip: 'No comment: github-token is empty, so nothing can be written to the pull request.' }
  if (carried.head === null || carried.head.toLowerCase() !== carried.base.toLowerCase()) {
    return { skip: `No comment: the pull request comes from ${carried.head === null ? 'a head repository that cannot be established' : `a fork (${carried.head})`}, and a fork's pull request runs with a token that cannot write to it; the verdict is in this summary.` }
  }
  return { post: { owner: pr.owner, repo: pr.repo, number: pr.number } }
}

/** The hidden marker that finds the comment again; one comment per shard of a matrix. */
export function commentMarker(shard = ''): string {
  const name = shard.replace(/[^\w.-]+/g, '-').slice(0, 60)
  return `<!-- coach-gate:verdict${name ? ` shard=${name}` : ''} -->`
}

/** The comment: the verdict, why, the counts, the failing tests, and where the rest is. */
export function commentBody(run: RunRecord, runUrl: string | undefined): string {
  const { decision, verdict } = run
  const icon = decision.approvedWithoutIndependentTests ? '⚠️' : decision.decision === 'approve' ? '✅' : '❌'
  const out = [commentMarker(run.shard), `### ${icon} coach-gate${run.shard ? ` (${escapeMarkdown(run.shard)})` : ''}: ${escapeMarkdown(decision.headline)}`, '', escapeMarkdown(decision.rationale[0] ?? '')]
  const counts = renderTotals(run.totals)
  if (counts !== '') out.push('', counts)
  if (verdict.tests.length > 0) {
    out.push('', `**Failing tests (${verdict.failingTests})**`, '')
    const ordered = [...verdict.tests].sort((a, b) => Number(b.outcome === 'code') - Number(a.outcome === 'code'))
    for (const t of ordered.slice(0, FAILING_SHOWN)) out.push(`- ${code(t.name)} — ${t.classification}${t.evidence ? `: ${code(t.evidence.text)}` : ''}`)
    if (verdict.failingTests > FAILING_SHOWN) out.push(`- … and ${verdict.failingTests - FAILING_SHOWN} more`)
  }
  if (decision.remediation.length > 0) out.push('', `**What to do:** ${escapeMarkdown(decision.remediation[0] ?? '')}`)
  out.push('', `<sub>${runUrl ? `[The run's summary](${runUrl}) has the details.` : 'The run’s job summary has the details.'} This comment is updated in place on every run.</sub>`, '')
  return out.join('\n')
}

/** The run's page, from the runner's environment; undefined when it does not say. */
export function runUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: id } = env
  if (!server || !repository || !id || !/^https?:\/\/[^\s()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(id)) return undefined
  return `${server}/${repository}/actions/runs/${id}`
}

/**
 * Posts or updates the comment when the plan allows, and says what happened in one note for
 * the summary: the comment's address, why none was posted, or why writing it failed.
 */
export async function keepComment(run: RunRecord, token: string, env: NodeJS.ProcessEnv, upsert = upsertComment): Promise<string> {
  const plan = run.comment
  if (!plan) return ''
  if ('skip' in plan) return plan.skip
  try {
    const done = await upsert(plan.post, token, commentMarker(run.shard), commentBody(run, runUrlOf(env)))
    return `The verdict comment on pull request #${plan.post.number} was ${done.action}: ${done.url}`
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const hint = /\b40[34]\b/.test(message) ? ' The token needs permission to write pull request comments (permissions: pull-requests: write).' : ''
    return `The verdict comment could not be written: ${message.split('\n')[0]}.${hint}`
  }
}
