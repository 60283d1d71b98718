import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  LogClassifier
} from "./chunk-WXQMYVEV.js";

// src/classify/junit-verdict.ts
function classifyJUnit(cases) {
  const classifier = new LogClassifier();
  for (const c of cases) {
    if (c.outcome !== "failure" && c.outcome !== "error") continue;
    classifier.beginTest(c.id);
    for (const f of c.failures) {
      const head = [f.type, f.message].filter(Boolean).join(": ");
      if (head !== "") classifier.push(head, f.line);
      f.text.split("\n").forEach((line, i) => classifier.push(line, f.textLine + i));
    }
    classifier.endTest();
  }
  return classifier.result();
}
function combineVerdicts(log, junit) {
  if (!junit || junit.failingTests === 0) return log;
  if (leniency(junit) > leniency(log)) {
    return { ...log, tests: junit.tests, failingTests: Math.max(junit.failingTests, log.failingTests), explanation: `${log.explanation} (The JUnit report alone would say ${junit.classification}/${junit.confidence}, but the log is stricter and a report can leave failures out.)` };
  }
  return junit;
}
function leniency(verdict) {
  if (verdict.classification === "code") return verdict.confidence === "high" ? 0 : 1;
  return verdict.confidence === "high" ? 3 : 2;
}

export {
  classifyJUnit,
  combineVerdicts
};
