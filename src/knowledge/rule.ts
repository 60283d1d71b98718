// The shape of the knowledge base (Build Failure Analyzer's failure causes): a rule is named,
// says what a match means, lists its indications (patterns with the same group names) and
// examples of lines it must match, and says why. Rules are data; the classifier interprets them.

export type FailureKind = 'infrastructure' | 'code'
export type Confidence = 'high' | 'ambiguous'

/**
 * How a match is read beyond its fixed outcome, from its named groups:
 * - `endpoint`: `host`/`port`/`socket` decide locality and service; a remote host is at most
 *   ambiguous, a local port no service owns is the project's own server (code);
 * - `module:<ecosystem>`: `module` is a missing package: a service client is high, another
 *   package ambiguous, a submodule or relative path code;
 * - `tool`: `tool` is a missing command-line client; `jdbc`: `protocol` is a JDBC sub-protocol;
 * - `dns`: `host` did not resolve: a service host name is local infrastructure;
 * - `named`: `service` is a service's name in words.
 */
export type Interpretation = 'named' | 'endpoint' | 'module:python' | 'module:npm' | 'module:ruby' | 'module:java' | 'module:go' | 'module:maven' | 'module:php' | 'file:php' | 'tool' | 'jdbc' | 'dns'

export interface Indication {
  readonly id: string
  readonly title: string
  /** Any one matching is the evidence; all use the same group names. */
  readonly patterns: readonly RegExp[]
  /** Lines this rule must match (tests check each survives the pre-filter and matches). */
  readonly examples: readonly string[]
  /** Lines close to the examples that this rule must not match (tests check each). */
  readonly counterExamples?: readonly string[]
  readonly why: string
  readonly interpret?: Interpretation
  /**
   * The project's own words for a missing module (`ImportError: psycopg2 is not installed`): the
   * module is missing for sure only when the log also shows its import failing.
   */
  readonly provenByFailedImport?: true
  /**
   * Which service is named by the frames printed below the error, not by the error's words (PDO's
   * `could not find driver`: the database driver class that opened the connection, source-lines.ts).
   */
  readonly namedByFrameBelow?: true
  /** The client that failed is an HTTP client (urllib3's pool): refused on a port whose service speaks no HTTP, it was calling the project's own server. */
  readonly httpClient?: true
  /**
   * A client's own operation timed out waiting on the service (spymemcached's `Timed out waiting
   * for operation - failing node: ...`): only possibly the outage, whatever the run showed before
   * (a slow server times out the same, and a node refused earlier may have come up since:
   * __fixtures__/floor/timed-out-test/junitcore-spymemcached-nanosecond-budget-after-service-came-up).
   */
  readonly timesOutOn?: true
}

export interface Rule extends Indication {
  readonly kind: FailureKind
  readonly confidence: Confidence
  /** The service a match implicates; '' when it must come from the line or its context. */
  readonly service: string
}

export interface RuleMatch {
  readonly rule: Rule
  readonly groups: Readonly<Record<string, string | undefined>>
}

export function matchRule(rule: Rule, line: string): RuleMatch | undefined {
  for (const pattern of rule.patterns) {
    const found = pattern.exec(line)
    if (found) return { rule, groups: found.groups ?? {} }
  }
  return undefined
}

export const rule = (kind: FailureKind, confidence: Confidence, service: string, indication: Indication): Rule => ({ ...indication, kind, confidence, service })
