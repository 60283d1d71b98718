// The trust policy for conditional approval. A conditional approval excuses tests that did
// not really run, so it is granted only to code the policy trusts: by default, code whose
// head lives in the base repository. Pure: event facts in, verdict out (event.ts reads them).

export const CONDITIONAL_APPROVAL_POLICIES = ['same-repo', 'always', 'never'] as const
export type ConditionalApprovalPolicy = (typeof CONDITIONAL_APPROVAL_POLICIES)[number]

/** Where the code under test comes from, as the event (or the API, when it only links the PR) says. */
export interface CodeOrigin {
  /** The triggering event's name, for the reason given. */
  readonly event?: string
  /** True when the code under test comes from a head that may not be in the repository: a pull request, or a workflow_run. */
  readonly isPullRequest: boolean
  /** owner/name of the head repository; null when it cannot be established (a deleted fork, an unreadable payload, the API unreachable). */
  readonly headRepository: string | null
  /** owner/name of the repository the workflow runs in. */
  readonly baseRepository: string
  /** Why the head repository is unknown, when it is; the default says a deleted fork. */
  readonly unknownBecause?: string
}

export interface TrustCheck {
  readonly allowed: boolean
  /** One sentence for the rationale; says why when not allowed. */
  readonly reason: string
}

export function checkTrust(policy: ConditionalApprovalPolicy, origin: CodeOrigin): TrustCheck {
  if (policy === 'never') return { allowed: false, reason: 'conditional-approval is set to never, so tests that could not run are never excused.' }
  if (policy === 'always') return { allowed: true, reason: 'conditional-approval is set to always: any pull request, forks included, may be approved conditionally.' }
  if (!origin.isPullRequest) {
    // A merge queue only holds pull requests already approved to merge, built on a branch of the repository.
    if (origin.event === 'merge_group') return { allowed: true, reason: `The merge queue tests pull requests already approved to merge, on a branch of ${origin.baseRepository || 'the repository'}.` }
    // A push, a schedule or a manual run tests code that is already in the repository.
    return { allowed: true, reason: `The code under test is already in the repository (${origin.event ? `a ${origin.event} event, ` : ''}not a pull request).` }
  }
  const subject = origin.event === 'workflow_run' ? "The triggering workflow run's code" : 'The pull request'
  const head = origin.headRepository
  if (head !== null && head !== '' && head.toLowerCase() === origin.baseRepository.toLowerCase()) {
    return { allowed: true, reason: `${subject} comes from ${origin.baseRepository} itself.` }
  }
  const from = head === null || head === '' ? origin.unknownBecause ?? 'a repository GitHub no longer knows (a deleted fork)' : `the fork ${head}`
  return {
    allowed: false,
    reason: `${subject} comes from ${from}, not from ${origin.baseRepository || 'the base repository'}; with conditional-approval: same-repo (the default) only code from the repository itself may be approved without independent tests.`
  }
}
