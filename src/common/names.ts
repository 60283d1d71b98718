// The names the action shares with GitHub: its inputs and outputs (action.yml and
// merge/action.yml) and the state the main step leaves for the post step. Written once here;
// __tests__/unit/names.test.ts checks them against the two action.yml files.

/** Inputs of action.yml. */
export const INPUTS = {
  testCommand: 'test-command',
  workingDirectory: 'working-directory',
  taskFile: 'task-file',
  taskGlob: 'task-glob',
  requiresInfrastructure: 'requires-infrastructure',
  gates: 'gates',
  dockerProbeTimeout: 'docker-probe-timeout',
  startServices: 'start-services',
  serviceImages: 'service-images',
  serviceTimeout: 'service-timeout',
  testTimeout: 'test-timeout',
  failOnFeedback: 'fail-on-feedback',
  githubToken: 'github-token',
  conditionalApproval: 'conditional-approval',
  declarationsFrom: 'declarations-from',
  junitPaths: 'junit-paths',
  reportDirectory: 'report-directory',
  shard: 'shard',
  retries: 'retries',
  flakyDecision: 'flaky-decision',
  previousReports: 'previous-reports',
  compareBase: 'compare-base',
  baseRef: 'base-ref',
  compareBaseLinks: 'compare-base-links',
  comment: 'comment'
} as const

/** Outputs of action.yml. */
export const OUTPUTS = {
  decision: 'decision',
  approvedWithoutIndependentTests: 'approved-without-independent-tests',
  testsPassed: 'tests-passed',
  exitCode: 'exit-code',
  classification: 'classification',
  confidence: 'confidence',
  service: 'service',
  rule: 'rule',
  dockerAvailable: 'docker-available',
  requiresInfrastructure: 'requires-infrastructure',
  taskId: 'task-id',
  summary: 'summary',
  reportPath: 'report-path',
  logPath: 'log-path',
  services: 'services',
  failureSignature: 'failure-signature',
  repeatCount: 'repeat-count',
  flaky: 'flaky',
  introducedFailures: 'introduced-failures',
  preExistingFailures: 'pre-existing-failures',
  passedCount: 'passed-count',
  failedCount: 'failed-count',
  skippedCount: 'skipped-count'
} as const

/** Inputs of merge/action.yml. */
export const MERGE_INPUTS = {
  reports: 'reports',
  expectedShards: 'expected-shards',
  failOnFeedback: 'fail-on-feedback',
  reportDirectory: 'report-directory'
} as const

/** Outputs of merge/action.yml: the gate's names, where they mean the same. */
export const MERGE_OUTPUTS = {
  decision: OUTPUTS.decision,
  approvedWithoutIndependentTests: OUTPUTS.approvedWithoutIndependentTests,
  testsPassed: OUTPUTS.testsPassed,
  classification: OUTPUTS.classification,
  confidence: OUTPUTS.confidence,
  service: OUTPUTS.service,
  rule: OUTPUTS.rule,
  failureSignature: OUTPUTS.failureSignature,
  summary: OUTPUTS.summary,
  reportPath: OUTPUTS.reportPath
} as const

/** State the main step saves (core.saveState) for the post step: whose service containers to remove. */
export const STATE = {
  run: 'run',
  invocation: 'invocation'
} as const

export type OutputName = (typeof OUTPUTS)[keyof typeof OUTPUTS]
export type MergeOutputName = (typeof MERGE_OUTPUTS)[keyof typeof MERGE_OUTPUTS]
