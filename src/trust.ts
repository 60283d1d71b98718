// The trust policy for conditional approval. A conditional approval excuses tests that did
// not really run, so it is granted only to code the policy trusts: by default, pull
// requests whose head branch lives in the base repository. Pure: event facts in, verdict out.

export const CONDITIONAL_APPROVAL_POLICIES = ['same-repo', 'always', 'never'] as const
export type ConditionalApprovalPolicy = (typeof CONDITIONAL_APPROVAL_POLICIES)[number]

/** Where the code under test comes from, as the event payload says. */
export interface CodeOrigin {
  /** True for pull_request / pull_request_target events. */
  readonly isPullRequest: boolean
  /** owner/name of the PR's head repository; null when GitHub no longer knows it (a deleted fork). */
  readonly headRepository: string | null
  /** owner/name of the repository the workflow runs in. */
  readonly baseRepository: string
}

export interface TrustCheck {
  readonly allowed: boolean
  /** One sentence for the rationale; says why when not allowed. */
  readonly reason: string
}

export function checkTrust(policy: ConditionalApprovalPolicy, origin: CodeOrigin): TrustCheck {
  if (policy === 'never') return { allowed: false, reason: 'conditional-approval is set to never, so tests that could not run are never excused.' }
  if (policy === 'always') return { allowed: true, reason: 'conditional-approval is set to always: any pull request, forks included, may be approved conditionally.' }
  // A push or a manual run tests code that is already in the repository.
  if (!origin.isPullRequest) return { allowed: true, reason: 'The code under test is already in the repository (not a pull request).' }
  const head = origin.headRepository
  if (head !== null && head !== '' && head.toLowerCase() === origin.baseRepository.toLowerCase()) {
    return { allowed: true, reason: `The pull request comes from ${origin.baseRepository} itself.` }
  }
  const from = head === null || head === '' ? 'a repository GitHub no longer knows (a deleted fork)' : `the fork ${head}`
  return {
    allowed: false,
    reason: `The pull request comes from ${from}, not from ${origin.baseRepository || 'the base repository'}; with conditional-approval: same-repo (the default) only same-repository pull requests may be approved without independent tests.`
  }
}
