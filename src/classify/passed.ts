// The verdict of a run whose tests passed. Apart from verdict.ts, so a passing run never loads
// how a failing one is judged.
import type { Verdict } from './verdict.js'

export const PASSED_VERDICT: Verdict = {
  classification: 'none', confidence: 'n/a', services: [], unnamedService: false, ruleId: 'none', title: 'Tests passed', explanation: 'The tests passed.', evidence: [],
  counts: { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 }, tests: [], failingTests: 0
}
