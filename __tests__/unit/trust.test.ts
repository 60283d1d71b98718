import { describe, expect, it } from 'vitest'
import { checkTrust, type CodeOrigin } from '../../src/inputs/trust.js'

const sameRepo: CodeOrigin = { isPullRequest: true, headRepository: 'octo-org/widgets', baseRepository: 'octo-org/widgets' }
const fork: CodeOrigin = { isPullRequest: true, headRepository: 'outsider/widgets', baseRepository: 'octo-org/widgets' }
const deletedFork: CodeOrigin = { isPullRequest: true, headRepository: null, baseRepository: 'octo-org/widgets' }
const push: CodeOrigin = { isPullRequest: false, headRepository: null, baseRepository: 'octo-org/widgets' }

describe('checkTrust', () => {
  it('same-repo allows same-repository pull requests and pushes, case-insensitively', () => {
    expect(checkTrust('same-repo', sameRepo).allowed).toBe(true)
    expect(checkTrust('same-repo', { ...sameRepo, headRepository: 'Octo-Org/Widgets' }).allowed).toBe(true)
    expect(checkTrust('same-repo', push).allowed).toBe(true)
  })

  it('same-repo refuses forks and deleted forks, naming them', () => {
    expect(checkTrust('same-repo', fork)).toEqual({ allowed: false, reason: expect.stringContaining('the fork outsider/widgets, not from octo-org/widgets') })
    expect(checkTrust('same-repo', deletedFork)).toEqual({ allowed: false, reason: expect.stringContaining('deleted fork') })
  })

  it('names the event and the reason when the origin is not a pull request or is unknown', () => {
    expect(checkTrust('same-repo', { ...push, event: 'schedule' })).toEqual({ allowed: true, reason: 'The code under test is already in the repository (a schedule event, not a pull request).' })
    expect(checkTrust('same-repo', { ...push, event: 'merge_group' })).toEqual({ allowed: true, reason: expect.stringContaining('merge queue tests pull requests already approved to merge') })
    expect(checkTrust('same-repo', { ...deletedFork, event: 'pull_request_review', unknownBecause: 'a pull_request_review event whose payload carries no pull request' })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/^The pull request comes from a pull_request_review event whose payload carries no pull request, not from octo-org\/widgets/)
    })
    expect(checkTrust('same-repo', { ...fork, event: 'workflow_run' }).reason).toMatch(/^The triggering workflow run's code comes from the fork outsider\/widgets/)
  })

  it('always allows everything and never allows nothing', () => {
    for (const origin of [sameRepo, fork, deletedFork, push]) {
      expect(checkTrust('always', origin).allowed).toBe(true)
      expect(checkTrust('never', origin)).toEqual({ allowed: false, reason: expect.stringContaining('never') })
    }
  })
})
