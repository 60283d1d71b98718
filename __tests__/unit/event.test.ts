// Which pull request an event carries, and where its code comes from: every payload docs/design.md lists.
import { describe, expect, it } from 'vitest'
import { carriedPullRequest, establishPullRequest, originOf } from '../../src/inputs/event.js'
import { checkTrust } from '../../src/inputs/trust.js'
import { pullRequestPayload } from '../harness/action.js'

const REPO = 'octo-org/widgets'
const repository = { full_name: REPO }
const pr = (fork: boolean): unknown => (pullRequestPayload({ number: 9, fork }) as { pull_request: unknown }).pull_request
const sameRepo = { kind: 'known' as const, number: 9, head: REPO, base: REPO, baseSha: 'c'.repeat(40) }
const forked = { ...sameRepo, head: 'outsider/widgets' }
const trusted = (name: string, payload: unknown): boolean => {
  const carried = carriedPullRequest(name, payload, REPO)
  if (carried.kind === 'linked') throw new Error('linked')
  return checkTrust('same-repo', originOf(name, carried, REPO)).allowed
}

describe('carriedPullRequest', () => {
  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])('reads head, base and base commit from a %s payload', name => {
    expect(carriedPullRequest(name, { pull_request: pr(false), repository }, REPO)).toEqual(sameRepo)
    expect(carriedPullRequest(name, { pull_request: pr(true), repository }, REPO)).toEqual(forked)
  })

  it('reads a deleted fork (head.repo null) as unknown, and says so', () => {
    const payload = pullRequestPayload({ number: 9, fork: true }) as { pull_request: { head: { repo: unknown } } }
    payload.pull_request.head.repo = null
    expect(carriedPullRequest('pull_request', payload, REPO)).toMatchObject({ kind: 'known', head: null, headUnknownBecause: expect.stringContaining('deleted fork') })
  })

  it('links the pull request of an issue comment, and carries none for a comment on an issue', () => {
    expect(carriedPullRequest('issue_comment', { issue: { number: 12, pull_request: { url: 'u' } }, repository }, REPO)).toEqual({ kind: 'linked', owner: 'octo-org', repo: 'widgets', number: 12 })
    expect(carriedPullRequest('issue_comment', { issue: { number: 12 }, repository }, REPO)).toEqual({ kind: 'none' })
    expect(carriedPullRequest('issue_comment', { issue: { pull_request: {} }, repository }, REPO)).toMatchObject({ kind: 'unknown' })
  })

  it('reads a workflow_run by its head repository, and its base commit from its own pull request', () => {
    const run = (head: unknown, prs: unknown[] = []): unknown => ({ workflow_run: { head_sha: 'b'.repeat(40), head_repository: head, repository, pull_requests: prs }, repository })
    expect(carriedPullRequest('workflow_run', run({ full_name: 'evil/widgets' }), REPO)).toEqual({ kind: 'known', number: null, head: 'evil/widgets', base: REPO, baseSha: null })
    const own = { number: 3, head: { sha: 'b'.repeat(40) }, base: { sha: '1'.repeat(40) } }
    const other = { number: 4, head: { sha: 'e'.repeat(40) }, base: { sha: '2'.repeat(40) } }
    expect(carriedPullRequest('workflow_run', run(repository, [other, own]), REPO)).toEqual({ kind: 'known', number: 3, head: REPO, base: REPO, baseSha: '1'.repeat(40) })
    expect(carriedPullRequest('workflow_run', run(null), REPO)).toMatchObject({ kind: 'known', head: null, headUnknownBecause: 'a head repository the workflow_run payload does not name' })
  })

  it('treats a pull request event without a readable pull request as unknown, and other events as carrying none', () => {
    expect(carriedPullRequest('pull_request_review', { repository }, REPO)).toEqual({ kind: 'unknown', why: 'a pull_request_review event whose payload carries no pull request' })
    expect(carriedPullRequest('pull_request', undefined, REPO)).toEqual({ kind: 'unknown', why: 'a pull_request event whose payload could not be read' })
    expect(carriedPullRequest('issue_comment', undefined, REPO)).toMatchObject({ kind: 'unknown' })
    for (const name of ['push', 'schedule', 'workflow_dispatch', 'merge_group', 'repository_dispatch']) expect(carriedPullRequest(name, { repository }, REPO)).toEqual({ kind: 'none' })
    expect(carriedPullRequest('push', undefined, REPO)).toEqual({ kind: 'none' })
  })

  it('trusts under same-repo exactly the same-repository heads and the non-PR events', () => {
    expect(trusted('pull_request_review', { pull_request: pr(false), repository })).toBe(true)
    expect(trusted('pull_request_review', { pull_request: pr(true), repository })).toBe(false)
    expect(trusted('pull_request_review_comment', { pull_request: pr(true), repository })).toBe(false)
    expect(trusted('workflow_run', { workflow_run: { head_repository: { full_name: 'evil/widgets' }, repository }, repository })).toBe(false)
    expect(trusted('workflow_run', { workflow_run: { head_repository: { full_name: 'Octo-Org/Widgets' }, repository }, repository })).toBe(true)
    expect(trusted('pull_request_target', 'not an object')).toBe(false)
    expect(trusted('merge_group', { merge_group: {}, repository })).toBe(true)
    expect(trusted('schedule', {})).toBe(true)
  })
})

describe('establishPullRequest', () => {
  const linked = { kind: 'linked', owner: 'octo-org', repo: 'widgets', number: 12 } as const

  it('reads a linked pull request through the API', async () => {
    const seen: unknown[] = []
    const result = await establishPullRequest(linked, async ref => {
      seen.push(ref)
      return { head: 'evil/widgets', base: REPO, baseSha: 'c'.repeat(40) }
    })
    expect(seen).toEqual([linked])
    expect(result).toEqual({ carried: { kind: 'known', number: 12, head: 'evil/widgets', base: REPO, baseSha: 'c'.repeat(40) } })
    expect(checkTrust('same-repo', originOf('issue_comment', result.carried, REPO))).toEqual({ allowed: false, reason: expect.stringContaining('the fork evil/widgets, not from octo-org/widgets') })
  })

  it('leaves the origin unknown, with a note, without a token or when the API fails', async () => {
    const noToken = await establishPullRequest(linked, undefined)
    expect(noToken.carried.kind).toBe('unknown')
    expect(noToken.note).toContain('could not be read (no github-token)')
    const failing = await establishPullRequest(linked, async () => {
      throw new Error('GitHub API answered 404 (not retried): Not Found')
    })
    expect(failing.note).toBe('Could not read pull request #12 to learn where its code comes from (GitHub API answered 404 (not retried): Not Found); it is not trusted.')
    const check = checkTrust('same-repo', originOf('issue_comment', failing.carried, REPO))
    expect(check).toEqual({ allowed: false, reason: expect.stringContaining('comes from pull request #12, which could not be read') })
  })

  it('passes everything else through untouched', async () => {
    const read = async (): Promise<never> => {
      throw new Error('must not be called')
    }
    for (const carried of [{ kind: 'none' }, { kind: 'unknown', why: 'x' }, forked] as const) expect(await establishPullRequest(carried, read)).toEqual({ carried })
  })
})
