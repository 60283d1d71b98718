// Test by test from a JUnit report: each failing case is judged on its own type, message and
// trace, and the run's verdict is decided from the cases (see verdict.ts). When both a report
// and the log exist, the report names the tests, and a code failure seen in the log still wins.
import { LogClassifier, type Verdict } from './classifier.js'
import type { JUnitCase } from './junit.js'

export interface ReportCase extends JUnitCase {
  /** The report file the case came from. */
  readonly report: string
}

export function classifyJUnit(cases: readonly ReportCase[]): Verdict {
  const classifier = new LogClassifier()
  for (const c of cases) {
    if (c.outcome !== 'failure' && c.outcome !== 'error') continue
    classifier.beginTest(c.id)
    // Every failure and error of the case counts, not only the first. Line numbers point into
    // the report: each element, then its text.
    for (const f of c.failures) {
      const head = [f.type, f.message].filter(Boolean).join(': ')
      if (head !== '') classifier.push(head, f.line)
      f.text.split('\n').forEach((line, i) => classifier.push(line, f.textLine + i))
    }
    classifier.endTest()
  }
  return classifier.result()
}

/**
 * The verdict for a run that has a log and, maybe, JUnit reports. The report names the tests,
 * but it can leave failures out (jest-junit omits suites that failed to load), so the combined
 * verdict is never more lenient than the log's: the stricter of the two decides.
 */
export function combineVerdicts(log: Verdict, junit: Verdict | undefined): Verdict {
  if (!junit || junit.failingTests === 0) return log
  if (leniency(junit) > leniency(log)) {
    return { ...log, tests: junit.tests, failingTests: Math.max(junit.failingTests, log.failingTests), explanation: `${log.explanation} (The JUnit report alone would say ${junit.classification}/${junit.confidence}, but the log is stricter and a report can leave failures out.)` }
  }
  return junit
}

/** How much a verdict could excuse: only infrastructure/high can lead to a conditional approval. */
function leniency(verdict: Verdict): number {
  if (verdict.classification === 'code') return verdict.confidence === 'high' ? 0 : 1
  return verdict.confidence === 'high' ? 3 : 2
}
