// The classifier's public surface, also bundled on its own for the accuracy script and the benchmark.
export { LogClassifier, classifyText, PASSED_VERDICT, type Evidence, type TestVerdict, type Verdict } from './classifier.js'
export { parseJUnit, type JUnitCase } from './junit.js'
export { classifyJUnit, combineVerdicts, type ReportCase } from './junit-verdict.js'
export { ALL_RULES, interpretationOf } from './rules/index.js'
export { DIALECTS } from './dialects/index.js'
