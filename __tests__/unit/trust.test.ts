import { describe, expect, it } from 'vitest'
import { checkTrust, type CodeOrigin } from '../../src/trust.js'

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

  it('always allows everything and never allows nothing', () => {
    for (const origin of [sameRepo, fork, deletedFork, push]) {
      expect(checkTrust('always', origin).allowed).toBe(true)
      expect(checkTrust('never', origin)).toEqual({ allowed: false, reason: expect.stringContaining('never') })
    }
  })
})
