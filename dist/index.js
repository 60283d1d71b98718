import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  appendNoFollowSync,
  decide,
  failureSignature,
  guardRunnerFiles,
  inspectWriteTarget,
  runTests,
  sanitisedEnv,
  tamperingNote,
  writeNewFile
} from "./chunks/chunk-W2KMUYWW.js";
import {
  ExitCode,
  error,
  getInput,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-5VJCH5LX.js";
import {
  docker
} from "./chunks/chunk-DGABV5PB.js";
import {
  randomUuid
} from "./chunks/chunk-NF6VLL2F.js";
import {
  HIDDEN_CHARACTERS,
  PASSED_VERDICT,
  clip,
  firstLineOf,
  oneLine,
  safeLine
} from "./chunks/chunk-3S6MWH67.js";
import {
  normaliseLine
} from "./chunks/chunk-WCU7C2YG.js";
import {
  SERVICE_NAMES,
  canonicalService
} from "./chunks/chunk-HLOXVYSR.js";
import "./chunks/chunk-26LI6IR6.js";

// src/inputs/trust.ts
var CONDITIONAL_APPROVAL_POLICIES = ["same-repo", "always", "never"];
function checkTrust(policy, origin) {
  if (policy === "never") return { allowed: false, reason: "conditional-approval is set to never, so tests that could not run are never excused." };
  if (policy === "always") return { allowed: true, reason: "conditional-approval is set to always: any pull request, forks included, may be approved conditionally." };
  if (!origin.isPullRequest) {
    if (origin.event === "merge_group") return { allowed: true, reason: `The merge queue tests pull requests already approved to merge, on a branch of ${origin.baseRepository || "the repository"}.` };
    return { allowed: true, reason: `The code under test is already in the repository (${origin.event ? `a ${origin.event} event, ` : ""}not a pull request).` };
  }
  const subject = origin.event === "workflow_run" ? "The triggering workflow run's code" : "The pull request";
  const head = origin.headRepository;
  if (head !== null && head !== "" && head.toLowerCase() === origin.baseRepository.toLowerCase()) {
    return { allowed: true, reason: `${subject} comes from ${origin.baseRepository} itself.` };
  }
  const from = head === null || head === "" ? origin.unknownBecause ?? "a repository GitHub no longer knows (a deleted fork)" : `the fork ${head}`;
  return {
    allowed: false,
    reason: `${subject} comes from ${from}, not from ${origin.baseRepository || "the base repository"}; with conditional-approval: same-repo (the default) only code from the repository itself may be approved without independent tests.`
  };
}

// src/common/names.ts
var INPUTS = {
  testCommand: "test-command",
  workingDirectory: "working-directory",
  taskFile: "task-file",
  taskGlob: "task-glob",
  requiresInfrastructure: "requires-infrastructure",
  gates: "gates",
  dockerProbeTimeout: "docker-probe-timeout",
  startServices: "start-services",
  serviceImages: "service-images",
  serviceTimeout: "service-timeout",
  testTimeout: "test-timeout",
  failOnFeedback: "fail-on-feedback",
  githubToken: "github-token",
  conditionalApproval: "conditional-approval",
  declarationsFrom: "declarations-from",
  junitPaths: "junit-paths",
  reportDirectory: "report-directory",
  shard: "shard",
  retries: "retries",
  flakyDecision: "flaky-decision",
  previousReports: "previous-reports",
  compareBase: "compare-base",
  baseRef: "base-ref",
  compareBaseLinks: "compare-base-links",
  comment: "comment"
};
var OUTPUTS = {
  decision: "decision",
  approvedWithoutIndependentTests: "approved-without-independent-tests",
  testsPassed: "tests-passed",
  exitCode: "exit-code",
  classification: "classification",
  confidence: "confidence",
  service: "service",
  rule: "rule",
  dockerAvailable: "docker-available",
  requiresInfrastructure: "requires-infrastructure",
  taskId: "task-id",
  summary: "summary",
  reportPath: "report-path",
  logPath: "log-path",
  services: "services",
  failureSignature: "failure-signature",
  repeatCount: "repeat-count",
  flaky: "flaky",
  introducedFailures: "introduced-failures",
  preExistingFailures: "pre-existing-failures",
  passedCount: "passed-count",
  failedCount: "failed-count",
  skippedCount: "skipped-count"
};
var MERGE_OUTPUTS = {
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
};
var STATE = {
  run: "run",
  invocation: "invocation"
};

// src/inputs/settings.ts
var clip2 = (text2) => clip(text2, 61);
var COMPARE_BASE_MODES = ["off", "on-failure"];
var DECLARATION_SOURCES = ["pull-request", "base"];
var FLAKY_DECISIONS = ["approve", "feedback"];
var MAX_RETRIES = 5;
var InputError = class extends Error {
  constructor(input, problem) {
    super(`Input '${input}': ${problem}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
var PASSING_OUTCOMES = /* @__PURE__ */ new Set(["success", "skipped"]);
function readSettings(input, env = {}) {
  const testCommand = input(INPUTS.testCommand).trim();
  if (testCommand === "") throw new InputError(INPUTS.testCommand, "is required: the shell command that runs the tests");
  const requiresRaw = input(INPUTS.requiresInfrastructure);
  return {
    testCommand,
    workingDirectory: input(INPUTS.workingDirectory).trim() || ".",
    taskFile: input(INPUTS.taskFile).trim(),
    taskGlob: input(INPUTS.taskGlob).trim() || "tasks/**/*.md",
    requiresInfrastructure: requiresRaw.trim() === "" ? void 0 : parseList(requiresRaw),
    gates: parseGates(input(INPUTS.gates)),
    dockerProbeTimeoutSeconds: parseDuration(INPUTS.dockerProbeTimeout, input(INPUTS.dockerProbeTimeout), "s", 10, { min: 0.1, max: 600 }),
    startServices: parseBoolean(INPUTS.startServices, input(INPUTS.startServices), true),
    serviceImages: parseServiceImages(input(INPUTS.serviceImages)),
    serviceTimeoutSeconds: parseDuration(INPUTS.serviceTimeout, input(INPUTS.serviceTimeout), "s", 60, { min: 1, max: 3600 }),
    // Minutes by default, as before; `90s`, `10m`, `1h` say their unit.
    testTimeoutMinutes: parseDuration(INPUTS.testTimeout, input(INPUTS.testTimeout), "m", 0, { min: 0, max: 24 * 3600 }),
    failOnFeedback: parseBoolean(INPUTS.failOnFeedback, input(INPUTS.failOnFeedback), true),
    githubToken: input(INPUTS.githubToken).trim(),
    reportDirectory: input(INPUTS.reportDirectory).trim() || defaultReportDirectory(env),
    conditionalApproval: parseChoice(INPUTS.conditionalApproval, input(INPUTS.conditionalApproval), CONDITIONAL_APPROVAL_POLICIES, "same-repo"),
    junitPaths: parseJUnitPaths(input(INPUTS.junitPaths)),
    shard: parseShard(input(INPUTS.shard)),
    retries: parseRetries(input(INPUTS.retries)),
    flakyDecision: parseChoice(INPUTS.flakyDecision, input(INPUTS.flakyDecision), FLAKY_DECISIONS, "approve"),
    previousReports: parseList(input(INPUTS.previousReports)),
    declarationsFrom: parseChoice(INPUTS.declarationsFrom, input(INPUTS.declarationsFrom), DECLARATION_SOURCES, "pull-request"),
    compareBase: parseChoice(INPUTS.compareBase, input(INPUTS.compareBase), COMPARE_BASE_MODES, "off"),
    baseRef: parseBaseRef(input(INPUTS.baseRef)),
    compareBaseLinks: parseBaseLinks(input(INPUTS.compareBaseLinks)),
    comment: parseBoolean(INPUTS.comment, input(INPUTS.comment), false)
  };
}
function parseBaseRef(raw) {
  const text2 = raw.trim();
  if (text2 === "") return "";
  if (!/^[A-Za-z0-9._/-]{1,255}$/.test(text2) || text2.startsWith("-") || text2.includes("..") || text2.endsWith("/") || text2.endsWith(".lock")) {
    throw new InputError(INPUTS.baseRef, `'${clip2(text2)}' is not a commit SHA or a branch name`);
  }
  return text2;
}
function parseBaseLinks(raw) {
  const links = parseList(raw).map((link) => link.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, ""));
  for (const link of links) {
    if (link === "" || link === "." || link.startsWith("/") || /^[A-Za-z]:/.test(link) || link.split("/").includes("..")) {
      throw new InputError(INPUTS.compareBaseLinks, `'${clip2(link)}' must be a folder relative to the repository, e.g. packages/app/node_modules`);
    }
  }
  return [...new Set(links)];
}
function defaultReportDirectory(env) {
  const base = env.RUNNER_TEMP || env.TMPDIR || "/tmp";
  return `${base.replace(/\/+$/, "")}/coach-gate`;
}
function parseList(raw) {
  const items2 = raw.split(/[,\n]/).map((item) => item.trim()).filter((item) => item !== "");
  return [...new Set(items2)];
}
function parseShard(raw) {
  return oneLine(raw.replace(/\s+/g, " "), 200);
}
function parseRetries(raw) {
  const text2 = raw.trim();
  if (text2 === "") return 0;
  if (!/^\d+$/.test(text2)) throw new InputError(INPUTS.retries, `'${clip2(text2)}' is not a whole number (expected 0 to ${MAX_RETRIES})`);
  const value = Number(text2);
  if (value > MAX_RETRIES) throw new InputError(INPUTS.retries, `${text2} is out of range (0 to ${MAX_RETRIES})`);
  return value;
}
function parseJUnitPaths(raw) {
  const globs = [...new Set(raw.split(/\n|,(?![^{}]*\})/).map((g) => g.trim()).filter((g) => g !== ""))];
  for (const glob of globs) {
    if (glob.startsWith("/") || glob.split("/").includes("..")) throw new InputError(INPUTS.junitPaths, `'${clip2(glob)}' must be a glob relative to working-directory, e.g. reports/junit-*.xml`);
  }
  return globs;
}
function parseGates(raw) {
  const gates = [];
  const lines = raw.split("\n");
  lines.forEach((line, index) => {
    const text2 = line.trim();
    if (text2 === "" || text2.startsWith("#")) return;
    const eq = text2.indexOf("=");
    if (eq < 0) throw new InputError(INPUTS.gates, `line ${index + 1} ('${clip2(text2)}') has no '=': write one name=outcome a line, e.g. lint=\${{ steps.lint.outcome }}`);
    const name = text2.slice(0, eq).trim();
    const outcome = text2.slice(eq + 1).trim().toLowerCase();
    if (name === "") throw new InputError(INPUTS.gates, `line ${index + 1} ('${clip2(text2)}') has no gate name before '='`);
    if (outcome === "") throw new InputError(INPUTS.gates, `gate '${clip2(name)}' has an empty outcome; an unset step outcome usually means the step id is misspelt`);
    if (gates.some((g) => g.name === name)) throw new InputError(INPUTS.gates, `gate '${clip2(name)}' is listed twice`);
    gates.push({ name, outcome, passed: PASSING_OUTCOMES.has(outcome) });
  });
  return gates;
}
function parseServiceImages(raw) {
  const images = {};
  raw.split("\n").forEach((line, index) => {
    const text2 = line.trim();
    if (text2 === "" || text2.startsWith("#")) return;
    const eq = text2.indexOf("=");
    if (eq < 0) throw new InputError(INPUTS.serviceImages, `line ${index + 1} ('${clip2(text2)}') has no '=': write one service=image a line, e.g. postgresql=postgres:16-alpine`);
    const service = text2.slice(0, eq).trim().toLowerCase();
    const image = text2.slice(eq + 1).trim();
    if (service === "" || image === "") throw new InputError(INPUTS.serviceImages, `line ${index + 1} ('${clip2(text2)}') needs both a service and an image`);
    if (/\s/.test(image)) throw new InputError(INPUTS.serviceImages, `image '${clip2(image)}' for '${service}' contains white space`);
    images[service] = image;
  });
  return images;
}
var UNIT_SECONDS = { s: 1, m: 60, h: 3600 };
var UNIT_WORDS = { s: "s", sec: "s", secs: "s", second: "s", seconds: "s", m: "m", min: "m", mins: "m", minute: "m", minutes: "m", h: "h", hr: "h", hrs: "h", hour: "h", hours: "h" };
function parseDuration(name, raw, bare, fallback, range) {
  const text2 = raw.trim().toLowerCase();
  if (text2 === "") return fallback;
  const found = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/.exec(text2);
  const example = bare === "m" ? "e.g. 0.5 (minutes), 90s, 10m or 1h" : "e.g. 30 (seconds), 30s, 2m or 1h";
  if (!found) throw new InputError(name, `'${clip2(raw.trim())}' is not a duration (${example})`);
  const word = found[2];
  const unit = word === "" ? bare : UNIT_WORDS[word];
  if (unit === void 0) throw new InputError(name, `'${clip2(raw.trim())}' has an unknown unit '${clip2(word)}': use s (seconds), m (minutes) or h (hours), ${example}; a bare number is ${bare === "m" ? "minutes" : "seconds"}`);
  const seconds = Number(found[1]) * UNIT_SECONDS[unit];
  const show = (s) => s === 0 ? "0" : s % 3600 === 0 ? `${s / 3600}h` : s % 60 === 0 ? `${s / 60}m` : `${s}s`;
  if (seconds === 0 && range.min > 0) throw new InputError(name, "must be greater than 0");
  if (seconds !== 0 && (seconds < range.min || seconds > range.max)) throw new InputError(name, `${raw.trim()} is out of range (${show(range.min)} to ${show(range.max)})`);
  return seconds / UNIT_SECONDS[bare];
}
function parseChoice(name, raw, choices, fallback) {
  const text2 = raw.trim().toLowerCase();
  if (text2 === "") return fallback;
  const choice = choices.find((c) => c === text2);
  if (choice === void 0) throw new InputError(name, `'${clip2(text2)}' is not one of ${choices.join(", ")}`);
  return choice;
}
function parseBoolean(name, raw, fallback) {
  const text2 = raw.trim().toLowerCase();
  if (text2 === "") return fallback;
  if (["true", "yes", "on", "1"].includes(text2)) return true;
  if (["false", "no", "off", "0"].includes(text2)) return false;
  throw new InputError(name, `'${clip2(text2)}' is not a boolean (use true or false)`);
}

// src/decide/earlier-reports.ts
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

// src/decide/repeats.ts
function orderAttempts(attempts, current) {
  const unique2 = /* @__PURE__ */ new Map();
  for (const a of attempts) {
    if (a.runId === current.runId && a.turn >= current.turn) continue;
    const key = `${a.runId}\0${a.turn}\0${a.generatedAt}`;
    if (!unique2.has(key)) unique2.set(key, a);
  }
  return [...unique2.values()].sort((a, b) => b.generatedAt.localeCompare(a.generatedAt) || b.turn - a.turn);
}
function countRepeats(signature, earlier, current, problems = []) {
  const ordered = orderAttempts(earlier, current);
  if (signature === "") return { count: 0, read: ordered.length, problems };
  let count = 1;
  let first;
  for (const attempt of ordered) {
    if (attempt.testsPassed || attempt.signature !== signature) break;
    count++;
    first = attempt;
  }
  const previous = count >= 2 ? ordered[0] : void 0;
  return { count, read: ordered.length, problems, ...previous ? { previous } : {}, ...first ? { first } : {} };
}
function attemptName(attempt, currentRunId) {
  return attempt.runId === currentRunId || attempt.runId === "" ? `attempt ${attempt.turn}` : `run ${attempt.runId} attempt ${attempt.turn}`;
}
function changesSince(previous, current) {
  const parts = [];
  const before = new Set(previous.failingTests);
  const now = new Set(current.failingTests);
  const newly = current.failingTests.filter((t) => !before.has(t));
  const fixed = previous.failingTests.filter((t) => !now.has(t));
  if (previous.commit !== "" && current.commit !== "" && previous.commit !== current.commit) parts.push(`new commit ${current.commit.slice(0, 7)} (was ${previous.commit.slice(0, 7)})`);
  if (newly.length > 0) parts.push(`now failing: ${list(newly)}`);
  if (fixed.length > 0) parts.push(`no longer failing: ${list(fixed)}`);
  if (parts.length === 0) return "nothing: the same commit, and the same tests fail";
  if (newly.length === 0 && fixed.length === 0) parts.push("the same tests fail");
  return parts.join("; ");
}
function list(names) {
  const shown = names.slice(0, 5).join(", ");
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}
function parseAttempt(text2, file) {
  let json;
  try {
    json = JSON.parse(text2);
  } catch {
    return `${file}: not JSON`;
  }
  if (typeof json !== "object" || json === null || typeof json.decision !== "string" || !("turn" in json)) return void 0;
  const tests = json.validation_results?.independent_tests;
  const issues = Array.isArray(json.issues) ? json.issues : [];
  const failing = issues.flatMap((i) => Array.isArray(i.failing_tests) ? i.failing_tests : []).map((t) => oneLine(String(t.name ?? ""), 300)).filter(Boolean);
  return {
    runId: oneLine(String(json.run_id ?? ""), 40),
    turn: Number(json.turn) || 0,
    generatedAt: oneLine(String(json.generated_at ?? ""), 40),
    signature: oneLine(String(json.failure_signature ?? ""), 128),
    testsPassed: tests?.tests_passed === true,
    commit: oneLine(String(json.commit ?? ""), 64),
    failingTests: failing,
    file
  };
}

// src/decide/earlier-reports.ts
var MAX_PREVIOUS_REPORTS = 200;
var MAX_REPORT_BYTES = 32 * 1024 * 1024;
async function readEarlierAttempts(reportDirectory, turn, globs, workspace, exclude) {
  const files = /* @__PURE__ */ new Set();
  for (let n = Math.max(1, turn - MAX_PREVIOUS_REPORTS); n < turn; n++) files.add(path.resolve(reportDirectory, `coach_turn_${n}.json`));
  const problems = [];
  const { findFiles } = globs.length > 0 ? await import("./chunks/find-files-PIVHBQOS.js") : { findFiles: void 0 };
  for (const glob of globs) {
    const { files: found } = await findFiles([process.platform === "win32" ? glob.replace(/\\/g, "/") : glob], workspace, MAX_PREVIOUS_REPORTS * 2);
    if (found.length === 0) problems.push(`previous-reports: no file matches ${oneLine(glob, 200)}`);
    for (const match of found) files.add(match.absolute);
  }
  files.delete(path.resolve(exclude));
  const attempts = [];
  for (const file of [...files].slice(0, MAX_PREVIOUS_REPORTS * 2)) {
    try {
      const info2 = await stat(file);
      if (!info2.isFile() || info2.size > MAX_REPORT_BYTES) continue;
      const parsed = parseAttempt(await readFile(file, "utf8"), file);
      if (typeof parsed === "string") problems.push(parsed);
      else if (parsed) attempts.push(parsed);
    } catch (error2) {
      if (error2.code !== "ENOENT") problems.push(`${file}: could not be read`);
    }
  }
  return { attempts, problems };
}

// src/decide/look-back.ts
async function lookBack(record, where) {
  const runId = where.env.GITHUB_RUN_ID ?? "";
  const commit = where.env.GITHUB_SHA ?? "";
  const signature = record.failureSignature ?? "";
  const earlier = await readEarlierAttempts(where.reportDirectory, record.turn, where.previousReports, where.workspace, record.reportPath);
  const repeats = countRepeats(signature, earlier.attempts, { runId, turn: record.turn }, earlier.problems);
  return { repeats, runId, commit };
}

// src/report/publish.ts
import { mkdir } from "node:fs/promises";
import path2 from "node:path";

// src/common/markdown.ts
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text2) {
  return text2.split(/\r?\n/).map(safeLine).join("\n").replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
function escapeMarkdown(text2) {
  return escapeHtml(safeLine(text2)).replace(/[\\`*_[\]~]/g, (char) => `\\${char}`).replace(/\|/g, "&#124;").replace(/@/g, "@\u200B");
}
function code(text2) {
  return `<code>${escapeHtml(safeLine(text2)).replace(/[|\\`*_[\]~]/g, (char) => `&#${char.charCodeAt(0)};`)}</code>`;
}

// src/report/annotations.ts
var ANNOTATIONS_PER_TYPE = 10;
var ANNOTATION_MESSAGE_MAX = 1e3;
var TITLE_MAX = 100;
function limitAnnotations(annotations, perType = ANNOTATIONS_PER_TYPE) {
  const out = [];
  for (const level of ["error", "warning", "notice"]) {
    const ofLevel = annotations.filter((a) => a.level === level);
    const shown = ofLevel.length > perType ? ofLevel.slice(0, perType - 1) : ofLevel;
    out.push(...shown.map(clipAnnotation));
    const rest = ofLevel.length - shown.length;
    if (rest > 0) {
      out.push({ level, title: "coach-gate", message: `${rest} more ${level} annotation${rest === 1 ? "" : "s"} not shown (GitHub shows ${perType} per type); the job summary and the audit report have them all.` });
    }
  }
  return out;
}
function clipAnnotation(annotation) {
  const message = clip(safeLine(annotation.message), ANNOTATION_MESSAGE_MAX);
  const place = annotation.file === void 0 ? {} : { file: safeLine(annotation.file), ...annotation.line === void 0 ? {} : { line: annotation.line } };
  return annotation.title === void 0 ? { level: annotation.level, message, ...place } : { level: annotation.level, message, title: clip(safeLine(annotation.title), TITLE_MAX), ...place };
}
function annotationsFor(run2) {
  const { decision } = run2;
  const declaration = onTheTaskLine(run2);
  if (decision.approvedWithoutIndependentTests) {
    return [{ level: "warning", title: "coach-gate approved without independent tests", message: `WARNING: ${decision.headline}. ${decision.rationale.join(" ")}` }, ...declaration];
  }
  const first = run2.attempts?.[0];
  const flaky = first !== void 0 && !first.passed && run2.attempts?.[run2.attempts.length - 1]?.passed === true ? [{ level: "warning", title: "coach-gate: flaky tests", message: `The tests failed on attempt 1 and passed on attempt ${run2.attempts?.length ?? 2}. Failed first: ${first.failingTests.length > 0 ? first.failingTests.join(", ") : "the test command (no failing test was named)"}.` }] : [];
  if (decision.decision !== "feedback") return [...flaky, ...declaration];
  const located = onTheFailingLine(run2);
  return distinct([
    { level: "error", title: "coach-gate", message: `${decision.headline}. ${decision.rationale[0] ?? ""}` },
    ...declaration,
    ...flaky,
    ...located,
    ...findings(run2, new Set(located.map((a) => a.evidence)))
  ]).map(({ evidence: _evidence, ...a }) => a);
}
function distinct(annotations) {
  const seen = /* @__PURE__ */ new Set();
  return annotations.filter((a) => {
    const key = `${a.level}\0${a.file ?? ""}\0${a.line ?? ""}\0${a.title ?? ""}\0${a.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function onTheFailingLine(run2) {
  const out = [];
  run2.verdict.tests.forEach((t, i) => {
    const at = run2.locations?.[i];
    if (!at) return;
    const why = t.evidence ? `${t.evidence.text} (log line ${t.evidence.line})` : `no rule matched its lines (log line ${t.line})`;
    out.push({ level: "error", title: `coach-gate: ${t.name} failed (${t.classification})`, message: `${t.ruleId}: ${why}`, file: at.file, line: at.line, ...t.evidence ? { evidence: t.evidence.text } : {} });
  });
  return out;
}
function findings(run2, shown) {
  const { verdict } = run2;
  const byText = /* @__PURE__ */ new Map();
  const add = (text2, line, ruleId, test) => {
    if (shown.has(text2)) return;
    const entry = byText.get(text2) ?? { line, ruleId, tests: [] };
    if (test !== void 0) entry.tests.push(test);
    byText.set(text2, entry);
  };
  if (verdict.tests.length > 0) {
    verdict.tests.forEach((t, i) => {
      if (!run2.locations?.[i] && t.evidence) add(t.evidence.text, t.evidence.line, t.ruleId, t.name);
    });
  } else {
    for (const e of verdict.evidence.filter((e2) => e2.kind === verdict.classification)) add(e.text, e.line, e.ruleId);
  }
  return [...byText.entries()].map(([text2, e]) => {
    const tests = e.tests.length > 1 ? ` (${e.tests.length} tests: ${e.tests.slice(0, 5).join(", ")}${e.tests.length > 5 ? ` and ${e.tests.length - 5} more` : ""})` : e.tests.length === 1 ? ` (${e.tests[0]})` : "";
    return { level: "error", title: `coach-gate evidence ${e.ruleId}`, message: `log line ${e.line}: ${text2}${tests}`, evidence: text2 };
  });
}
function onTheTaskLine(run2) {
  const task = run2.task;
  if (!task || task.source !== "task-file" && task.source !== "changed-files") return [];
  return task.tasks.filter((t) => t.error !== void 0 && t.errorLine !== void 0 && !t.origin.includes(" ")).map((t) => ({
    level: run2.decision?.decision === "feedback" ? "error" : "warning",
    title: "coach-gate: the task declares nothing",
    message: `${t.error ?? ""}. requires_infrastructure is read from this frontmatter; until it parses, nothing is declared.`,
    file: t.origin,
    line: t.errorLine
  }));
}

// src/report/output-bounds.ts
var OUTPUT_MAX_BYTES = 16 * 1024;
function boundOutputs(outputs, max = OUTPUT_MAX_BYTES) {
  const bounded = {};
  for (const [name, value] of Object.entries(outputs)) bounded[name] = boundValue(value, max);
  return bounded;
}
function boundValue(value, max) {
  if (Buffer.byteLength(value) <= max) return value;
  const items2 = jsonStringArray(value);
  if (items2 !== void 0) {
    const kept = [];
    for (const item of items2) {
      if (Buffer.byteLength(JSON.stringify([...kept, item])) > max) break;
      kept.push(item);
    }
    return JSON.stringify(kept);
  }
  const marker = "\u2026(truncated)";
  return Buffer.from(value).subarray(0, max - Buffer.byteLength(marker)).toString("utf8").replace(/\uFFFD$/, "") + marker;
}
function jsonStringArray(value) {
  if (!value.startsWith("[")) return void 0;
  try {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string") ? parsed : void 0;
  } catch {
    return void 0;
  }
}

// src/services/redact.ts
function redactUrl(url) {
  return url.replace(/^([a-z]+:\/\/[^:/@]+:)[^@]*@/i, "$1***@");
}

// src/services/outcome.ts
function serviceFailureVerdict(failures) {
  const services = [...new Set(failures.map((f) => f.service))].sort();
  return {
    classification: "infrastructure",
    confidence: "high",
    services,
    unnamedService: false,
    ruleId: "service-not-ready",
    title: "Declared service could not be provided",
    explanation: failures.map((f) => `${f.service}: ${f.reason}`).join("; "),
    evidence: [],
    tests: [],
    failingTests: 0,
    counts: { infrastructureHigh: failures.length, infrastructureAmbiguous: 0, code: 0 }
  };
}
function servicesOutput(record) {
  return JSON.stringify(record.started.map((s) => ({ service: s.service, image: s.image, host: s.host, port: s.port, url: s.url })));
}
function servicesReport(record) {
  return {
    mode: record.mode,
    started: record.started.map((s) => ({ service: s.service, image: s.image, container: s.container, host: s.host, port: s.port, url: redactUrl(s.url), ready_ms: Math.round(s.readyMs), probes: s.attempts, greeting: s.greeting })),
    failures: record.failures.map((f) => ({ service: f.service, image: f.image, stage: f.stage, reason: f.reason, logs: f.logs })),
    skipped: record.skipped,
    unused_image_overrides: record.unusedImages,
    removed_containers: record.removed,
    cleanup_problem: record.cleanupProblem ?? null
  };
}
function renderServices(record) {
  if (record.mode !== "started" && record.skipped.length === 0 && record.unusedImages.length === 0) return [];
  const out = ["### Services", ""];
  for (const s of record.started) {
    out.push(`- \u2705 ${escapeMarkdown(s.service)}: ${code(s.image)} at ${code(redactUrl(s.url))}, accepted clients ${(s.readyMs / 1e3).toFixed(2)} s after start (${s.attempts} probe${s.attempts === 1 ? "" : "s"})`);
  }
  for (const f of record.failures) out.push(`- \u274C ${escapeMarkdown(f.service)} (${code(f.image)}): ${escapeMarkdown(f.reason)}`);
  for (const s of record.skipped) out.push(`- \u26A0\uFE0F ${escapeMarkdown(s.service)}: ${escapeMarkdown(s.reason)}`);
  if (record.unusedImages.length > 0) out.push(`- \u26A0\uFE0F service-images names services coach-gate cannot start: ${record.unusedImages.map((s) => escapeMarkdown(s)).join(", ")}`);
  if (record.started.length + record.failures.length > 0) {
    out.push(record.cleanupProblem ? `- \u274C Clean-up: ${escapeMarkdown(record.cleanupProblem)}` : `- Clean-up: ${record.removed.length} container${record.removed.length === 1 ? "" : "s"} removed`);
  }
  out.push("");
  for (const f of record.failures.filter((f2) => f2.logs.length > 0)) {
    out.push(`<details open><summary>${escapeHtml(`${f.service}: last ${f.logs.length} log lines of the container`)}</summary>`, "", `<pre>${escapeHtml(f.logs.join("\n"))}</pre>`, "", "</details>", "");
  }
  return out;
}

// src/report/base-comparison.ts
var UNITS_SHOWN = 30;
function baseComparisonOutputs(comparison) {
  const matching = comparison?.ran ? comparison.matching : void 0;
  return {
    [OUTPUTS.introducedFailures]: matching ? String(matching.counts.introduced) : "",
    [OUTPUTS.preExistingFailures]: matching ? String(matching.counts.preExisting) : ""
  };
}
function baseComparisonReport(comparison) {
  const m = comparison.matching;
  return {
    ran: comparison.ran,
    ...comparison.reason !== void 0 ? { reason: comparison.reason } : {},
    ref: comparison.ref,
    ref_source: comparison.refSource,
    ...comparison.sha !== void 0 ? { commit: comparison.sha, fetched: comparison.fetched ?? false } : {},
    ...comparison.links !== void 0 ? { linked: comparison.links } : {},
    ...comparison.tests ? {
      tests: {
        tests_passed: comparison.tests.passed,
        exit_code: comparison.tests.exitCode,
        timed_out: comparison.tests.timedOut,
        duration_seconds: round(comparison.tests.durationSeconds),
        log_path: comparison.tests.logPath,
        classification: comparison.tests.classification,
        confidence: comparison.tests.confidence,
        failing_tests: comparison.tests.failingTests
      }
    } : {},
    ...m ? {
      introduced: m.counts.introduced,
      pre_existing: m.counts.preExisting,
      new: m.counts.new,
      unmatched: m.unlisted,
      failing_tests: m.units.map((u) => ({
        name: u.name,
        runner: u.runner,
        status: u.status,
        at_base: u.atBase,
        outcome: u.outcome,
        confidence: u.confidence,
        rule: u.ruleId,
        infrastructure_evidence: u.infrastructureEvidence,
        ...u.evidence ? { evidence: { line: u.evidence.line, text: u.evidence.text } } : {},
        ...u.base ? { base: { outcome: u.base.outcome, rule: u.base.ruleId, ...u.base.evidence ? { evidence: { line: u.base.evidence.line, text: u.base.evidence.text } } : {} } } : {}
      })),
      fixed: m.fixed
    } : {},
    duration_seconds: round(comparison.durationSeconds),
    notes: comparison.notes
  };
}
function renderBaseComparison(comparison) {
  if (!comparison) return [];
  const out = ["### Against the base commit", ""];
  if (!comparison.ran) {
    out.push(`Not compared: ${escapeMarkdown(comparison.reason ?? "unknown reason")}. Decided as without the comparison.`, "");
    out.push(...comparison.notes.map((n) => `- ${escapeMarkdown(n)}`), ...comparison.notes.length > 0 ? [""] : []);
    return out;
  }
  const m = comparison.matching;
  const t = comparison.tests;
  const sha = comparison.sha ?? comparison.ref;
  out.push(`The same test command ran on the base commit ${code(sha.slice(0, 12))}${comparison.fetched ? " (fetched)" : ""}${t ? `: ${t.passed ? "passed" : `failed (exit code ${t.exitCode}${t.timedOut ? ", timed out" : ""}, ${t.classification}/${t.confidence})`} in ${t.durationSeconds.toFixed(1)} s` : ""}; the comparison took ${comparison.durationSeconds.toFixed(1)} s in all.`, "");
  if (m) {
    out.push(`**${m.counts.preExisting} pre-existing** (fail the same way at base) \xB7 **${m.counts.introduced} introduced** by this PR \xB7 **${m.counts.new} new**${m.unlisted > 0 ? ` \xB7 ${m.unlisted} not matched (beyond the listed failures)` : ""}`, "");
    for (const u of m.units.slice(0, UNITS_SHOWN)) {
      out.push(`- ${code(u.name)} \u2014 **${u.status}**: at base ${escapeMarkdown(u.atBase)} \xB7 here ${u.outcome}/${u.confidence} ${code(u.ruleId)}`);
    }
    if (m.units.length > UNITS_SHOWN) out.push(`- \u2026 and ${m.units.length - UNITS_SHOWN} more (see the audit report)`);
    if (m.fixed.length > 0) out.push(`- fixed by this PR (fail at base, pass here): ${m.fixed.slice(0, 10).map((n) => code(n)).join(", ")}${m.fixed.length > 10 ? ` and ${m.fixed.length - 10} more` : ""}`);
    out.push("");
  }
  if (comparison.links && comparison.links.length > 0) out.push(`Linked into the base worktree from the checkout: ${comparison.links.map((l) => code(l)).join(", ")}.`, "");
  if (t) out.push(`Base log: ${code(t.logPath)}`, "");
  out.push(...comparison.notes.map((n) => `- ${escapeMarkdown(n)}`), ...comparison.notes.length > 0 ? [""] : []);
  return out;
}
function round(seconds) {
  return Math.round(seconds * 1e3) / 1e3;
}

// src/report/report.ts
var SCHEMA_VERSION = "1.0";
function reportFileName(turn) {
  return `coach_turn_${turn}.json`;
}
function buildReport(run2, generatedAt) {
  const { verdict, decision, tests, task } = run2;
  const failureIssue = tests.passed ? [] : [{
    severity: decision.approvedWithoutIndependentTests ? "warning" : "error",
    category: tests.cancelled ? "cancelled" : tests.timedOut ? "timeout" : verdict.classification === "infrastructure" || verdict.classification === "setup" ? verdict.classification : "code",
    description: verdict.explanation,
    failure_classification: verdict.classification,
    failure_confidence: verdict.confidence,
    service: verdict.services.join(","),
    rule: verdict.ruleId,
    evidence: verdict.evidence.map((e) => ({ line: e.line, rule: e.ruleId, kind: e.kind, confidence: e.confidence, service: e.service, text: e.text, ...e.note ? { note: e.note } : {}, ...e.test ? { test: e.test } : {} })),
    failing_tests: verdict.tests.map((t, i) => ({
      name: t.name,
      runner: t.runner,
      line: t.line,
      classification: t.classification,
      confidence: t.confidence,
      services: t.services,
      rule: t.ruleId,
      ...t.evidence ? { evidence: { line: t.evidence.line, text: t.evidence.text } } : {},
      ...run2.locations?.[i] ? { location: run2.locations[i] } : {}
    }))
  }];
  const gateIssues = run2.gates.filter((g) => !g.passed).map((g) => ({
    severity: "error",
    category: "quality-gate",
    description: `Quality gate ${g.name} ended ${g.outcome}`,
    failure_classification: "n/a",
    failure_confidence: "n/a",
    service: "",
    rule: "",
    evidence: []
  }));
  const repeatNotes = (run2.repeats?.problems ?? []).map((p) => `Earlier report not counted: ${p}`);
  const noteIssues = [...task.notes, ...run2.notes, ...repeatNotes].map((note) => ({
    severity: "info",
    category: "note",
    description: note,
    failure_classification: "n/a",
    failure_confidence: "n/a",
    service: "",
    rule: "",
    evidence: []
  }));
  return {
    schema_version: SCHEMA_VERSION,
    generated_at: generatedAt.toISOString(),
    task_id: task.taskId,
    shard: run2.shard ?? "",
    turn: run2.turn,
    run_id: run2.runId ?? "",
    commit: run2.commit ?? "",
    decision: decision.decision,
    summary: decision.headline,
    failure_signature: run2.failureSignature ?? "",
    repeat_count: run2.repeats?.count ?? 0,
    ...run2.repeats?.previous ? { repeat_of: { run_id: run2.repeats.previous.runId, turn: run2.repeats.previous.turn, name: attemptName(run2.repeats.previous, run2.runId ?? ""), report: run2.repeats.previous.file } } : {},
    flaky: isFlaky(run2),
    attempts: (run2.attempts ?? []).map((a) => ({
      attempt: a.attempt,
      tests_passed: a.passed,
      exit_code: a.exitCode,
      timed_out: a.timedOut,
      cancelled: a.cancelled,
      duration_seconds: Math.round(a.durationSeconds * 1e3) / 1e3,
      classification: a.classification,
      failure_signature: a.signature,
      failing_tests: a.failingTests,
      log_path: a.logPath
    })),
    ...run2.retryRefused !== void 0 ? { not_retried: run2.retryRefused } : {},
    cancelled: tests.cancelled,
    approved_without_independent_tests: decision.approvedWithoutIndependentTests,
    docker_available: run2.docker.available,
    docker: {
      state: run2.docker.state,
      detail: run2.docker.detail,
      os_type: run2.docker.osType,
      can_run_linux_images: run2.docker.canRunLinuxImages,
      ...run2.docker.fix === void 0 ? {} : { fix: run2.docker.fix },
      // What the decision used: false also when Docker answered but cannot run the service images.
      can_provide_services: run2.serviceHost.canProvide,
      ...run2.serviceHost.reason !== void 0 ? { services_reason: run2.serviceHost.reason } : {}
    },
    requires_infrastructure: task.requiresInfrastructure,
    task: {
      source: task.source,
      declared_by: task.declaredBy,
      tasks: task.tasks.map((t) => ({ origin: t.origin, id: t.id, requires_infrastructure: t.requiresInfrastructure, ...t.error ? { error: t.error } : {} }))
    },
    validation_results: {
      quality_gates: { gates: run2.gates.map((g) => ({ name: g.name, outcome: g.outcome, passed: g.passed })), all_gates_passed: run2.gates.every((g) => g.passed) },
      independent_tests: {
        tests_passed: tests.passed,
        test_command: tests.command,
        working_directory: tests.workingDirectory,
        exit_code: tests.notRun ? null : tests.exitCode,
        ...tests.notRun ? { not_run: tests.notRun } : {},
        timed_out: tests.timedOut,
        cancelled: tests.cancelled,
        duration_seconds: Math.round(tests.durationSeconds * 1e3) / 1e3,
        output_bytes: tests.bytes,
        output_lines: tests.lines,
        log_path: run2.logPath,
        test_output_summary: tests.tail.slice(-20).join("\n"),
        totals: run2.totals ? { passed: run2.totals.passed ?? null, failed: run2.totals.failed ?? null, skipped: run2.totals.skipped ?? null, source: run2.totals.source } : null
      }
    },
    services: servicesReport(run2.services),
    classification: {
      classification: verdict.classification,
      confidence: verdict.confidence,
      services: verdict.services,
      rule: verdict.ruleId,
      counts: verdict.counts,
      failing_tests: verdict.failingTests
    },
    // Each claim of an infrastructure verdict, checked on the runner (src/corroborate): what, how, what came of it, how long.
    corroboration: (run2.corroboration?.checks ?? []).map((c) => ({ claim: c.claim, check: c.check, result: c.result, reason: c.reason, time_ms: c.timeMs })),
    ...run2.corroboration ? { corroboration_outcome: run2.corroboration.outcome } : {},
    ...run2.setup ? { setup: { rule: run2.setup.ruleId, title: run2.setup.title, explanation: run2.setup.explanation } } : {},
    ...run2.baseComparison ? { base_comparison: baseComparisonReport(run2.baseComparison) } : {},
    issues: [...gateIssues, ...failureIssue, ...noteIssues],
    rationale: decision.rationale.join(" "),
    remediation: decision.remediation
  };
}
function isFlaky(run2) {
  const attempts = run2.attempts ?? [];
  return run2.tests.passed && attempts.length > 1 && attempts[0]?.passed === false;
}
function buildCrashReport(turn, category, message, generatedAt, shard = "") {
  return {
    schema_version: SCHEMA_VERSION,
    generated_at: generatedAt.toISOString(),
    task_id: "",
    shard,
    turn,
    decision: "feedback",
    summary: category === "input" ? "FEEDBACK: invalid input" : "FEEDBACK: coach-gate failed",
    failure_signature: "",
    repeat_count: 0,
    flaky: false,
    approved_without_independent_tests: false,
    docker_available: false,
    requires_infrastructure: [],
    validation_results: {
      quality_gates: { gates: [], all_gates_passed: false },
      independent_tests: { tests_passed: false, test_command: "", exit_code: null, duration_seconds: 0, test_output_summary: "not run: the gate stopped before the tests" }
    },
    corroboration: [],
    // An invalid input is the workflow's: `setup`, like a test command that is not there.
    issues: [{ severity: "error", category, description: message, failure_classification: category === "input" ? "setup" : "n/a", failure_confidence: category === "input" ? "high" : "n/a", service: "", rule: category === "input" ? "setup.invalid-input" : "", evidence: [] }],
    rationale: category === "input" ? "The inputs were invalid, so the tests were not run." : "coach-gate failed before it could decide, so nothing is approved.",
    remediation: category === "input" ? ["Fix the input in the workflow file (the message above names it)."] : []
  };
}
function crashOutputs(headline, category = "internal") {
  const setup = category === "input";
  return {
    [OUTPUTS.decision]: "feedback",
    [OUTPUTS.approvedWithoutIndependentTests]: "false",
    [OUTPUTS.testsPassed]: "false",
    [OUTPUTS.exitCode]: "",
    [OUTPUTS.classification]: setup ? "setup" : "none",
    [OUTPUTS.confidence]: setup ? "high" : "n/a",
    [OUTPUTS.service]: "",
    [OUTPUTS.rule]: setup ? "setup.invalid-input" : "none",
    [OUTPUTS.dockerAvailable]: "false",
    [OUTPUTS.requiresInfrastructure]: "[]",
    [OUTPUTS.taskId]: "",
    [OUTPUTS.summary]: headline,
    [OUTPUTS.reportPath]: "",
    [OUTPUTS.logPath]: "",
    [OUTPUTS.services]: "[]",
    [OUTPUTS.failureSignature]: "",
    [OUTPUTS.repeatCount]: "0",
    [OUTPUTS.flaky]: "false",
    ...baseComparisonOutputs(void 0),
    [OUTPUTS.passedCount]: "",
    [OUTPUTS.failedCount]: "",
    [OUTPUTS.skippedCount]: ""
  };
}
function buildOutputs(run2) {
  return {
    [OUTPUTS.decision]: run2.decision.decision,
    [OUTPUTS.approvedWithoutIndependentTests]: String(run2.decision.approvedWithoutIndependentTests),
    [OUTPUTS.testsPassed]: String(run2.tests.passed),
    [OUTPUTS.exitCode]: run2.tests.notRun ? "" : String(run2.tests.exitCode),
    [OUTPUTS.classification]: run2.verdict.classification,
    [OUTPUTS.confidence]: run2.verdict.confidence,
    [OUTPUTS.service]: run2.verdict.services.join(","),
    [OUTPUTS.rule]: run2.verdict.ruleId,
    [OUTPUTS.dockerAvailable]: String(run2.docker.available),
    [OUTPUTS.requiresInfrastructure]: JSON.stringify(run2.task.requiresInfrastructure),
    [OUTPUTS.taskId]: run2.task.taskId,
    [OUTPUTS.summary]: run2.decision.headline,
    [OUTPUTS.reportPath]: run2.reportPath,
    [OUTPUTS.logPath]: run2.logPath,
    [OUTPUTS.services]: servicesOutput(run2.services),
    [OUTPUTS.failureSignature]: run2.failureSignature ?? "",
    [OUTPUTS.repeatCount]: String(run2.repeats?.count ?? 0),
    [OUTPUTS.flaky]: String(isFlaky(run2)),
    ...baseComparisonOutputs(run2.baseComparison),
    [OUTPUTS.passedCount]: countText(run2.totals?.passed),
    [OUTPUTS.failedCount]: countText(run2.totals?.failed),
    [OUTPUTS.skippedCount]: countText(run2.totals?.skipped)
  };
}
var countText = (n) => n === void 0 ? "" : String(n);
function reportJson(report) {
  const escape = (hidden) => Array.from({ length: hidden.length }, (_, i) => `\\u${hidden.charCodeAt(i).toString(16).padStart(4, "0")}`).join("");
  return `${JSON.stringify(report, null, 2).replace(HIDDEN_CHARACTERS, escape)}
`;
}

// src/services/docker-probe.ts
async function probeDocker(timeoutSeconds, env = process.env) {
  const started = Date.now();
  const finish = (state, detail2, daemon2, fix) => ({ available: state === "available", state, detail: oneLine2(detail2), durationMs: Date.now() - started, osType: daemon2?.osType ?? "", canRunLinuxImages: daemon2 !== void 0 && runsLinuxImages(daemon2), ...fix === void 0 ? {} : { fix } });
  const result = await docker(["info", "--format", DOCKER_INFO_FORMAT], timeoutSeconds * 1e3, void 0, env);
  if (result.timedOut) return finish("timed-out", `docker info did not answer within ${timeoutSeconds}s`);
  if (result.notFound) return finish("no-binary", "no docker binary on PATH");
  const daemon = parseDaemonInfo(result.stdout);
  if (result.code === 0 && daemon !== void 0) return finish("available", describeDaemon(daemon), daemon);
  const said = `${result.stderr.trim()}
${result.stdout.trim()}`.trim();
  const detail = `docker info exited ${result.code ?? "by signal"}: ${said || "no output"}`;
  const misconfigured = clientMisconfiguration(said);
  if (misconfigured !== void 0) return finish("misconfigured", detail, void 0, misconfigured);
  return finish("daemon-unreachable", detail);
}
function clientMisconfiguration(output) {
  if (/context "[^"]*": context not found|\bcontext not found\b|load context|unable to resolve docker endpoint|current context|DOCKER_CONTEXT/i.test(output)) {
    return "the Docker client names a context that does not exist: run `docker context use default` (or unset DOCKER_CONTEXT), or fix `currentContext` in ~/.docker/config.json; a step before the gate (e.g. an install script) may have written it";
  }
  if (/(error (parsing|loading|reading) config file|config file .*(invalid|cannot|could not)|\.docker[/\\]config\.json.*(invalid|unexpected|error)|failed to load config)/i.test(output)) {
    return "the Docker client cannot read its configuration: fix or remove ~/.docker/config.json (or the DOCKER_CONFIG directory); a step before the gate may have written it";
  }
  if (/\b(tls:|x509:|certificate (signed by unknown|is not valid|has expired)|remote error: tls|DOCKER_CERT_PATH|could not read CA certificate|unable to load (client )?(key|certificate))/i.test(output)) {
    return "the Docker daemon answered, but the TLS handshake failed: fix DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH (or the context's TLS material)";
  }
  if (/permission denied while trying to connect to the docker (daemon|API)|dial unix [^:]+: connect: permission denied/i.test(output)) {
    return "the Docker daemon is there, but this user may not use its socket: add the runner's user to the docker group, or point DOCKER_HOST at a socket it may use";
  }
  if (/invalid bind address|unable to parse docker host|error parsing (DOCKER_HOST|host)|unsupported protocol scheme|protocol not available/i.test(output)) {
    return "DOCKER_HOST is not an address the Docker client understands: fix or unset it";
  }
  return void 0;
}
var DOCKER_INFO_FORMAT = "server_version={{.ServerVersion}}\nos_type={{.OSType}}\narchitecture={{.Architecture}}\noperating_system={{.OperatingSystem}}";
function parseDaemonInfo(stdout) {
  const fields = /* @__PURE__ */ new Map();
  for (const line of stdout.split(/\r?\n/)) {
    const eq = line.indexOf("=");
    if (eq > 0) fields.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const field = (name) => {
    const value = fields.get(name) ?? "";
    return value === "<no value>" ? "" : value;
  };
  const serverVersion = field("server_version");
  if (serverVersion === "" || /error/i.test(serverVersion)) return void 0;
  return { serverVersion, osType: field("os_type").toLowerCase(), architecture: field("architecture"), operatingSystem: field("operating_system") };
}
function runsLinuxImages(daemon) {
  return daemon.osType === "linux";
}
function describeDaemon(daemon) {
  const platform = [daemon.osType || "OS not reported", daemon.architecture].filter(Boolean).join("/");
  return `server ${daemon.serverVersion}, ${platform}${daemon.operatingSystem ? `, ${daemon.operatingSystem}` : ""}`;
}
function oneLine2(text2) {
  const line = text2.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}
function describeDocker(probe) {
  switch (probe.state) {
    case "available":
      return probe.canRunLinuxImages ? `available (${probe.detail})` : `available, but cannot run the Linux service images: the daemon runs ${probe.osType === "" ? "containers of an OS it does not name" : `${probe.osType} containers`} (${probe.detail})`;
    case "no-binary":
      return "unavailable: no docker binary";
    case "daemon-unreachable":
      return `unavailable: daemon not reachable (${probe.detail})`;
    case "timed-out":
      return `unavailable: timed out (${probe.detail})`;
    case "misconfigured":
      return `probe failed: the Docker client is misconfigured, so whether a daemon is there is unknown (${probe.detail}). To fix: ${probe.fix ?? "fix the Docker client configuration"}`;
  }
}

// lazy:gray-matter
import { createRequire } from "node:module";
var matter;
function lazyMatter(input, options) {
  matter ??= createRequire(import.meta.url)("./vendor/gray-matter.cjs");
  return matter(input, options);
}

// src/task/frontmatter.ts
var MAX_FRONTMATTER_BYTES = 64 * 1024;
var MAX_FRONTMATTER_VALUES = 1e4;
var MAX_DECLARED_SERVICES = 32;
var SERVICE_NAME_MAX = 64;
var refuse = (language) => ({
  parse: () => {
    throw new Error(`'${language}' frontmatter is executable and is refused; use YAML`);
  },
  stringify: () => {
    throw new Error("not supported");
  }
});
var ENGINES = {
  js: refuse("js"),
  javascript: refuse("javascript"),
  coffee: refuse("coffee"),
  coffeescript: refuse("coffeescript"),
  cson: refuse("cson")
};
var FRONTMATTER_START = /^\uFEFF?---[^\S\r\n]*([A-Za-z]*)[^\S\r\n]*\r?\n/;
function hasFrontmatter(text2) {
  return FRONTMATTER_START.test(text2);
}
function parseTask(text2, origin) {
  const empty = { origin, id: "", requiresInfrastructure: [], unknownServices: [] };
  const opening = FRONTMATTER_START.exec(text2);
  if (!opening) return { ...empty, error: "no frontmatter block (the file must start with ---)" };
  const language = (opening[1] ?? "").toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return { ...empty, error: `'---${language}' frontmatter is refused: only YAML is read, never executed` };
  }
  const close = text2.slice(opening[0].length).search(/^---[^\S\r\n]*\r?$/m);
  const blockBytes = Buffer.byteLength(close < 0 ? text2 : text2.slice(0, opening[0].length + close));
  if (blockBytes > MAX_FRONTMATTER_BYTES) {
    return { ...empty, error: `frontmatter is ${blockBytes} bytes, over the ${MAX_FRONTMATTER_BYTES}-byte limit` };
  }
  if (close < 0) return { ...empty, error: "frontmatter block is not closed by a --- line" };
  let data;
  try {
    data = lazyMatter(`${text2.slice(0, opening[0].length + close)}---
`, { engines: ENGINES, language: "yaml" }).data;
  } catch (error2) {
    return { ...empty, ...yamlError(error2, text2.slice(0, opening[0].length)) };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ...empty, error: "frontmatter is not a mapping of keys to values" };
  }
  if (exceedsValues(data, MAX_FRONTMATTER_VALUES)) {
    return { ...empty, error: `frontmatter expands to more than ${MAX_FRONTMATTER_VALUES} values (a YAML alias bomb?) and is refused` };
  }
  const fields = data;
  const id = readId(fields);
  const given = fields.requires_infrastructure;
  if (given === void 0 || given === null) return { ...empty, id };
  const declared = typeof given === "string" ? given.split(",").map((name) => name.trim()).filter((name) => name !== "") : given;
  if (!Array.isArray(declared) || !declared.every((item) => typeof item === "string")) {
    return { ...empty, id, error: `requires_infrastructure must be a list of service names (strings), got ${describeType(declared)}` };
  }
  if (declared.length > MAX_DECLARED_SERVICES) {
    return { ...empty, id, error: `requires_infrastructure lists ${declared.length} services, more than the ${MAX_DECLARED_SERVICES} allowed` };
  }
  const tooLong = declared.find((name) => name.trim().length > SERVICE_NAME_MAX);
  if (tooLong !== void 0) {
    return { ...empty, id, error: `requires_infrastructure has a name longer than ${SERVICE_NAME_MAX} characters ('${tooLong.slice(0, 40)}\u2026')` };
  }
  const { services, unknown } = normaliseServices(declared);
  return { origin, id, requiresInfrastructure: services, unknownServices: unknown };
}
function normaliseServices(names) {
  const services = [];
  const unknown = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name === "") continue;
    const canonical = canonicalService(name);
    if (canonical === void 0) unknown.push(name.toLowerCase());
    const value = canonical ?? name.toLowerCase();
    if (!services.includes(value)) services.push(value);
  }
  return { services, unknown };
}
function exceedsValues(value, limit) {
  let budget = limit;
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (--budget < 0) return true;
    if (node === null || typeof node !== "object") continue;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (stack.length > budget) return true;
      stack.push(child);
    }
  }
  return false;
}
function readId(fields) {
  for (const key of ["id", "task_id", "task-id"]) {
    const value = fields[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim().slice(0, 200);
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return "";
}
function yamlError(error2, opening) {
  const reason = error2.reason;
  const mark = error2.mark;
  if (typeof reason !== "string" || typeof mark?.line !== "number") return { error: `frontmatter is not valid YAML: ${firstLineOf(error2)}` };
  const line = mark.line + opening.split("\n").length - 1;
  const source = typeof mark.buffer === "string" ? (mark.buffer.split("\n")[mark.line] ?? "").replace(/\0/g, "").trim() : "";
  const column = typeof mark.column === "number" ? `, column ${mark.column + 1}` : "";
  return { error: `frontmatter is not valid YAML: ${reason} at line ${line}${column}${source ? ` (${JSON.stringify(source.slice(0, 80))})` : ""}`, errorLine: line };
}
function nearestService(name) {
  const word = name.trim().toLowerCase();
  let best;
  for (const service of SERVICE_NAMES) {
    for (const candidate of [service.name, ...service.aliases]) {
      const distance = editDistance(word, candidate.toLowerCase());
      if (best === void 0 || distance < best.distance) best = { name: service.name, distance };
    }
  }
  return best && best.distance <= Math.max(1, Math.min(3, Math.floor(word.length / 3))) ? best.name : void 0;
}
function withSuggestion(name) {
  const near = nearestService(name);
  return near ? `${name} (did you mean ${near}?)` : name;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
function bodyFrontmatter(body) {
  if (hasFrontmatter(body)) return body;
  const fence = /^[^\S\r\n]{0,3}(`{3,}|~{3,})[^\S\r\n]*(yaml|yml)?[^\S\r\n]*\r?\n([\s\S]*?)^[^\S\r\n]{0,3}\1[^\S\r\n]*\r?$/gm;
  for (const block of body.slice(0, MAX_FRONTMATTER_BYTES * 4).matchAll(fence)) {
    const content = block[3] ?? "";
    if (/^requires_infrastructure[^\S\r\n]*:/m.test(content)) return `---
${content.replace(/\r?\n?$/, "\n")}---
`;
  }
  return void 0;
}
function describeType(value) {
  if (Array.isArray(value)) return "a list with non-string items";
  if (value === null) return "null";
  return `a ${typeof value}`;
}

// src/report/summary.ts
var FAILING_LINES_SHOWN = 30;
var NAMES_PER_LINE = 8;
var SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
function renderSummary(run2) {
  const { decision, verdict, tests, task } = run2;
  const icon = decision.approvedWithoutIndependentTests ? "\u26A0\uFE0F" : decision.decision === "approve" ? "\u2705" : "\u274C";
  const out = [];
  out.push(`## ${icon} ${escapeMarkdown(decision.headline)}`, "");
  out.push(`${escapeMarkdown(decision.rationale[0] ?? "")}`, "");
  const hang = retryingClient(run2);
  if (hang) out.push(`> \u23F3 ${escapeMarkdown(hang.why)}`, "");
  const counts = renderTotals(run2.totals);
  if (counts !== "") out.push(counts, "");
  out.push(...renderRepeat(run2));
  const problems = declarationProblems(run2);
  if (problems.length > 0) out.push(...problems.map((line) => `> \u26A0\uFE0F ${escapeMarkdown(line)}`), "");
  out.push(...renderFailures(run2));
  const remediation = hang ? [hang.fix, ...decision.remediation] : decision.remediation;
  if (remediation.length > 0) {
    const heading = verdict.classification === "code" && !hang ? "### What to fix" : verdict.classification === "setup" ? "### What to change in the workflow" : "### What to do";
    out.push(heading, "", ...remediation.map((line) => `- ${escapeMarkdown(line)}`), "");
  }
  if (decision.rationale.length > 1) {
    out.push("### Why", "", ...decision.rationale.slice(1).map((line) => `- ${escapeMarkdown(line)}`), "");
  }
  const gates = run2.gates.length === 0 ? "none configured" : run2.gates.map((g) => `${g.passed ? "\u2705" : "\u274C"} ${escapeMarkdown(g.name)} (${escapeMarkdown(g.outcome)})`).join(", ");
  const taskText = task.taskId !== "" ? `${code(task.taskId)} (${sourceName(task.source)})` : task.source === "none" ? "no task found" : `task without id (${sourceName(task.source)})`;
  const declared = task.requiresInfrastructure.length > 0 ? task.requiresInfrastructure.map((s) => escapeMarkdown(s)).join(", ") + (task.declaredBy === "input" ? " (from input)" : "") : "none";
  const rows = [
    ...run2.shard ? [["Shard", code(run2.shard)]] : [],
    ["Task", taskText],
    ["Declared infrastructure", declared],
    ...task.declarationFile !== void 0 ? [["Declaration from", code(task.declarationFile)]] : [],
    ["Docker", escapeMarkdown(describeDocker(run2.docker))],
    ["Classification", verdict.classification],
    ["Confidence", verdict.confidence],
    ["Service", verdict.services.length > 0 ? escapeMarkdown(verdict.services.join(", ")) : "\u2014"],
    ["Rule", verdict.ruleId === "none" ? "\u2014" : code(verdict.ruleId)],
    ["Gates", gates],
    ["Exit code", tests.notRun ? "\u2014 (tests not run)" : tests.timedOut ? `${tests.exitCode} (timed out)` : tests.cancelled ? `${tests.exitCode} (cancelled)` : String(tests.exitCode)],
    ["Duration", `${tests.durationSeconds.toFixed(1)} s`],
    ...run2.failureSignature ? [["Failure signature", `${code(run2.failureSignature)}${(run2.repeats?.count ?? 0) >= 2 ? ` (${run2.repeats?.count} attempts in a row)` : ""}`]] : [],
    ...(run2.attempts?.length ?? 0) > 1 ? [["Attempts", `${run2.attempts?.length} (retries: the tests failed, then ${tests.passed ? "passed" : "failed again"})`]] : []
  ];
  const facts = `${verdict.classification === "none" ? "" : `${verdict.classification}/${verdict.confidence} \xB7 `}Docker ${run2.docker.available ? "available" : "unavailable"} \xB7 declared: ${declared === "none" ? "none" : task.requiresInfrastructure.join(", ")}`;
  out.push(`<details><summary>Facts (${escapeHtml(facts)})</summary>`, "", "| Check | Result |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`), "");
  if (verdict.evidence.length > 0) {
    out.push("**Evidence** (log lines the verdict rests on)", "");
    for (const e of verdict.evidence) {
      const service = e.service !== "" ? ` \xB7 ${escapeMarkdown(e.service)}` : "";
      const note = e.note ? ` \u2014 ${escapeMarkdown(e.note)}` : "";
      const test = e.test ? ` \xB7 test ${code(e.test)}` : "";
      out.push(`- line ${e.line}${test} \xB7 ${code(e.ruleId)} (${e.kind}, ${e.confidence}${service}): ${code(e.text)}${note}`);
    }
    out.push("");
  }
  out.push("</details>", "");
  out.push(...renderChecks(run2));
  out.push(...renderBaseComparison(run2.baseComparison));
  out.push(...renderAttempts(run2));
  out.push(...renderServices(run2.services));
  const shownAbove = problems.length > 0 ? task.tasks.map((t) => `Task ${t.origin} `) : [];
  const notes = [...task.notes.filter((n) => !shownAbove.some((prefix) => n.startsWith(prefix))), ...run2.notes];
  if (tests.startError) notes.unshift(`The test command could not be started: ${tests.startError}`);
  if (notes.length > 0) out.push("### Notes", "", ...notes.map((n) => `- ${escapeMarkdown(n)}`), "");
  const tailHeader = `Log tail (last ${tests.tail.length} of ${tests.lines} lines, ${formatBytes(tests.bytes)})`;
  out.push(`<details><summary>${escapeHtml(tailHeader)}</summary>`, "", `<pre>${escapeHtml(tests.tail.join("\n"))}</pre>`, "", "</details>", "");
  out.push(`Audit report: ${code(run2.reportPath)} \xB7 full log: ${code(run2.logPath)}`, "");
  return fitSummary(out.join("\n"));
}
function declarationProblems(run2) {
  const { decision, verdict, task } = run2;
  if (decision.decision !== "feedback" || verdict.classification !== "infrastructure" || task.declaredBy === "input") return [];
  return task.tasks.flatMap((t) => [
    ...t.error ? [`Task ${t.origin} declares nothing: ${t.error}.`] : [],
    ...t.unknownServices.length > 0 ? [`Task ${t.origin} declares ${t.unknownServices.map(withSuggestion).join(", ")}, which coach-gate does not know.`] : []
  ]);
}
function retryingClient(run2) {
  if (!run2.tests.timedOut) return void 0;
  const refusals = run2.verdict.evidence.filter((e) => e.kind === "infrastructure" && e.confidence === "high");
  const first = refusals[0];
  if (!first) return void 0;
  const services = [...new Set(refusals.map((e) => e.service).filter((s) => s !== ""))].sort();
  const what = services.length > 0 ? services.join(", ") : "a service";
  const times = refusals.length >= 12 ? "at least 12 times" : refusals.length === 1 ? "once" : `${refusals.length} times`;
  return {
    why: `The tests did not hang on their own: ${what} was unreachable (log line ${first.line}: ${first.text}), refused ${times}, and the client kept retrying until test-timeout stopped the run.`,
    fix: `Provide ${what} to the tests (declare it in requires_infrastructure so coach-gate starts it, or start it before this step), or make the client give up after a few attempts so the tests fail fast instead of hanging.`
  };
}
function renderTotals(totals) {
  if (!totals) return "";
  const parts = [
    totals.passed === void 0 ? "" : `${totals.passed} passed`,
    totals.failed === void 0 ? "" : `${totals.failed} failed`,
    totals.skipped === void 0 ? "" : `${totals.skipped} skipped`
  ].filter(Boolean);
  if (parts.length === 0) return "";
  return `**Tests:** ${parts.join(" \xB7 ")} <sub>(${escapeHtml(totals.source === "junit" ? "from the JUnit reports" : `as ${totals.source} counted them`)})</sub>`;
}
function renderFailures(run2) {
  const { verdict } = run2;
  if (verdict.tests.length === 0) {
    const deciding = collapse(verdict.evidence.filter((e) => e.kind === verdict.classification || verdict.classification === "none").map((e) => e.text)).slice(0, 3);
    if (deciding.length === 0) return [];
    return ["### What failed", "", ...deciding.map(([text2, n]) => `- ${code(text2)}${n > 1 ? ` (${n} times)` : ""}`), ""];
  }
  const groups = /* @__PURE__ */ new Map();
  verdict.tests.forEach((t, i) => {
    const evidence = t.evidence?.text ?? "";
    const key = evidence === "" ? `\0${i}` : `${t.classification}/${t.confidence}\0${evidence}`;
    const group = groups.get(key) ?? { tests: [], indexes: [], evidence };
    group.tests.push(t);
    group.indexes.push(i);
    groups.set(key, group);
  });
  const rank = (t) => t.outcome === "code" ? 0 : t.outcome === "unexplained" ? 1 : t.confidence === "ambiguous" ? 2 : 3;
  const lines = [...groups.values()].sort((a, b) => rank(a.tests[0]) - rank(b.tests[0]));
  const shown = lines.slice(0, FAILING_LINES_SHOWN);
  const out = [`### Failing tests (${verdict.failingTests})`, ""];
  for (const line of shown) out.push(failureLine(run2, line));
  const hidden = lines.slice(shown.length).reduce((n, l) => n + l.tests.length, 0) + Math.max(0, verdict.failingTests - verdict.tests.length);
  if (hidden > 0) out.push(`- \u2026 and ${hidden} more (see the audit report)`);
  out.push("");
  return out;
}
function failureLine(run2, line) {
  const first = line.tests[0];
  const services = first.services.length > 0 ? ` \xB7 ${escapeMarkdown(first.services.join(", "))}` : "";
  const kind = `${first.classification}/${first.confidence}${services}`;
  const evidence = first.evidence ? `: ${code(first.evidence.text)}` : ` (from log line ${first.line}; no rule matched its lines)`;
  if (line.tests.length === 1) {
    const at = run2.locations?.[line.indexes[0]];
    const place = at ? ` \xB7 at ${code(`${at.file}:${at.line}`)}` : "";
    return `- ${code(first.name)} \u2014 ${kind} \xB7 ${code(first.ruleId)}${place}${evidence}`;
  }
  const names = line.tests.slice(0, NAMES_PER_LINE).map((t) => code(t.name)).join(", ") + (line.tests.length > NAMES_PER_LINE ? ` and ${line.tests.length - NAMES_PER_LINE} more` : "");
  return `- **${line.tests.length} tests** \u2014 ${kind} \xB7 ${code(first.ruleId)}${evidence} \u2014 ${names}`;
}
function collapse(texts) {
  const seen = /* @__PURE__ */ new Map();
  for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  return [...seen.entries()];
}
function renderRepeat(run2) {
  const repeats = run2.repeats;
  if (!repeats || repeats.count < 2 || !repeats.previous) return [];
  const previous = attemptName(repeats.previous, run2.runId ?? "");
  const since = changesSince(repeats.previous, { commit: run2.commit ?? "", failingTests: run2.verdict.tests.map((t) => t.name) });
  const streak = repeats.first && repeats.first !== repeats.previous ? ` It has failed the same way since ${escapeMarkdown(attemptName(repeats.first, run2.runId ?? ""))}.` : "";
  return [`> \u{1F501} **Same failure as ${escapeMarkdown(previous)}** (${repeats.count} attempts in a row, signature ${code(run2.failureSignature ?? "")}).${streak} What changed since: ${escapeMarkdown(since)}.`, ""];
}
function renderChecks(run2) {
  const checks = run2.corroboration?.checks ?? [];
  if (checks.length === 0) return [];
  const mark = { corroborated: "\u2705", unestablished: "\u26A0\uFE0F", "not-missing": "\u274C", code: "\u274C" };
  return ["### Checked on the runner", "", ...checks.map((c) => `- ${mark[c.result]} checked: ${escapeMarkdown(c.reason)} \xB7 ${escapeMarkdown(c.check)}, ${c.timeMs.toFixed(1)} ms`), ""];
}
function renderAttempts(run2) {
  const attempts = run2.attempts ?? [];
  if (attempts.length < 2 && run2.retryRefused === void 0) return [];
  const out = ["### Attempts", ""];
  for (const a of attempts) {
    const outcome = a.passed ? "\u2705 passed" : a.timedOut ? "\u274C timed out" : a.cancelled ? "\u274C cancelled" : `\u274C failed (${a.classification})`;
    const failing = a.failingTests.length > 0 ? ` \xB7 failing: ${a.failingTests.slice(0, 10).map((n) => code(n)).join(", ")}${a.failingTests.length > 10 ? ` and ${a.failingTests.length - 10} more` : ""}` : "";
    out.push(`- attempt ${a.attempt}: ${outcome} \xB7 exit code ${a.exitCode} \xB7 ${a.durationSeconds.toFixed(1)} s${failing}`);
  }
  if (run2.retryRefused !== void 0) out.push(`- not retried: ${escapeMarkdown(run2.retryRefused)}`);
  out.push("");
  return out;
}
function fitSummary(markdown, limit = SUMMARY_MAX_BYTES) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = "\n\n_(summary trimmed to stay under GitHub\u2019s 1 MiB limit; the full log and the audit report have everything)_\n";
  let cut = Buffer.from(markdown).subarray(0, limit - Buffer.byteLength(note) - 32).toString("utf8");
  const lastOpen = cut.lastIndexOf("<");
  if (lastOpen > cut.lastIndexOf(">")) cut = cut.slice(0, lastOpen);
  if ((cut.match(/<pre>/g) ?? []).length > (cut.match(/<\/pre>/g) ?? []).length) cut += "</pre>";
  if ((cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length) cut += "\n</details>";
  return cut.replace(/\uFFFD$/, "") + note;
}
function sourceName(source) {
  return { "task-file": "task-file input", "pull-request-body": "pull request body", "changed-files": "changed task files", none: "none" }[source];
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// src/report/publish.ts
async function publish(checked, failOnFeedback, out) {
  const found = await inspectWriteTarget(checked.reportPath);
  const record = found === void 0 ? checked : { ...checked, notes: [...checked.notes, tamperingNote(found)] };
  if (found !== void 0) out.warning(safeLine(tamperingNote(found)));
  const { decision } = record;
  await writeNewFile(record.reportPath, reportJson(buildReport(record, out.now())));
  setOutputs(buildOutputs(record), out);
  await out.writeSummary(renderSummary(record));
  for (const a of limitAnnotations(annotationsFor(record))) {
    out.annotate(a.level, a.message, { ...a.title === void 0 ? {} : { title: a.title }, ...a.file === void 0 ? {} : { file: a.file, startLine: a.line } });
  }
  out.info(safeLine(`coach-gate: ${decision.headline}`));
  if (decision.decision === "feedback" && failOnFeedback || record.tests.cancelled) out.fail();
}
async function reportCrash(error2, out) {
  const message = error2 instanceof Error ? error2.message : String(error2);
  const category = error2 instanceof InputError ? "input" : "internal";
  const report = buildCrashReport(Number.parseInt(out.env.GITHUB_RUN_ATTEMPT ?? "", 10) || 1, category, message, out.now(), parseShard(out.input(INPUTS.shard)));
  const headline = String(report.summary);
  let reportPath = "";
  try {
    const directory = out.input(INPUTS.reportDirectory).trim() || defaultReportDirectory(out.env);
    await mkdir(directory, { recursive: true });
    reportPath = path2.resolve(directory, reportFileName(Number(report.turn)));
    const found = await writeNewFile(reportPath, reportJson(report));
    if (found !== void 0) out.warning(safeLine(tamperingNote(found)));
  } catch (writeError) {
    reportPath = "";
    out.warning(safeLine(`coach-gate could not write its audit report: ${String(writeError)}`));
  }
  setOutputs({ ...crashOutputs(headline, category), [OUTPUTS.reportPath]: reportPath }, out);
  try {
    await out.writeSummary(`## \u274C ${headline}

<pre>${escapeHtml(message)}</pre>
`);
  } catch {
  }
  out.fail(safeLine(message));
}
function setOutputs(outputs, out) {
  const safe = Object.fromEntries(Object.entries(outputs).map(([name, value]) => [name, safeLine(value)]));
  for (const [name, value] of Object.entries(boundOutputs(safe))) out.setOutput(name, value);
}

// src/inputs/github-api.ts
var ATTEMPTS = 3;
var REQUEST_TIMEOUT_MS = 15e3;
var clients = /* @__PURE__ */ new Map();
function client(token) {
  let octokit = clients.get(token);
  if (octokit === void 0) {
    octokit = import("./chunks/github-YGUI2RQJ.js").then((github) => github.getOctokit(token, { request: { retries: 0 } }));
    clients.set(token, octokit);
  }
  return octokit;
}
function pullRequestSource(ref, token, sleep = defaultSleep) {
  const named = { ...ref.title === void 0 ? {} : { title: ref.title }, ...ref.headRef === void 0 ? {} : { headRef: ref.headRef } };
  if (token === "") return { number: ref.number, payloadBody: ref.payloadBody, ...named };
  const connect = () => client(token);
  const params = { owner: ref.owner, repo: ref.repo, pull_number: ref.number };
  return {
    number: ref.number,
    payloadBody: ref.payloadBody,
    ...named,
    fetchBody: async () => {
      const octokit = await connect();
      const response = await withRetry(() => octokit.rest.pulls.get({ ...params, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep);
      return response.data.body ?? null;
    },
    listChangedFiles: async () => {
      const octokit = await connect();
      const files = await withRetry(() => octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep);
      return files.filter((file) => file.status !== "removed").map((file) => ({ path: file.filename, added: file.status === "added" }));
    }
  };
}
async function readPullRequestFacts(ref, token, sleep = defaultSleep) {
  const octokit = await client(token);
  const { data } = await withRetry(() => octokit.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: ref.number, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep);
  const name = (repo) => {
    const full = repo?.full_name;
    return typeof full === "string" && full !== "" ? full : null;
  };
  return { head: name(data.head?.repo), base: name(data.base?.repo), baseSha: typeof data.base?.sha === "string" && data.base.sha !== "" ? data.base.sha : null };
}
var BASE_FILE_MAX_BYTES = 1024 * 1024;
async function readFileAtCommit(repo, file, sha, token, sleep = defaultSleep) {
  const octokit = await client(token);
  const response = await withRetry(async () => {
    try {
      return await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path: file, ref: sha, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } });
    } catch (error2) {
      if (error2.status === 404) return void 0;
      throw error2;
    }
  }, sleep);
  if (response === void 0) return void 0;
  const data = response.data;
  if (Array.isArray(data)) throw new Error("is a directory in the base commit");
  if (data.type !== "file") throw new Error(`is not a regular file in the base commit (a ${data.type ?? "thing of unknown type"})`);
  if ((data.size ?? 0) > BASE_FILE_MAX_BYTES || data.encoding !== "base64" || typeof data.content !== "string") throw new Error(`is too large to read from the base commit (${data.size ?? "?"} bytes)`);
  return Buffer.from(data.content, "base64").toString("utf8");
}
async function withRetry(call, sleep = defaultSleep) {
  let lastError;
  let attempts = 0;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    attempts = attempt;
    try {
      return await call();
    } catch (error2) {
      lastError = error2;
      if (!isTransient(error2) || attempt === ATTEMPTS) break;
      await sleep(retryDelayMs(error2, attempt));
    }
  }
  throw new Error(describeApiError(lastError, attempts));
}
function isTransient(error2) {
  const status = error2.status;
  if (status === void 0) return true;
  if (status === 429 || status >= 500) return true;
  return status === 403 && /rate limit/i.test(String(error2.message));
}
function retryDelayMs(error2, attempt) {
  const headers = error2.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1e3, 1e4);
  return 300 * 3 ** (attempt - 1);
}
function describeApiError(error2, attempts) {
  const status = error2.status;
  const message = firstLineOf(error2);
  const tries = attempts === 1 ? "(not retried)" : `after ${attempts} attempts`;
  return status ? `GitHub API answered ${status} ${tries}: ${message}` : `GitHub API unreachable ${tries}: ${message}`;
}
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function upsertComment(target, token, marker, body, sleep = defaultSleep) {
  const octokit = await client(token);
  const params = { owner: target.owner, repo: target.repo, issue_number: target.number };
  const comments = await withRetry(() => octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep);
  const me = await octokit.rest.users.getAuthenticated({ request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }).then((r) => r.data.login, () => "github-actions[bot]");
  const ours = comments.find((c) => c.user?.login === me && typeof c.body === "string" && c.body.startsWith(marker));
  if (ours) {
    const { data: data2 } = await withRetry(() => octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: ours.id, body, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep);
    return { action: "updated", url: data2.html_url };
  }
  const { data } = await withRetry(() => octokit.rest.issues.createComment({ ...params, body, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep);
  return { action: "created", url: data.html_url };
}

// src/report/comment.ts
var FAILING_SHOWN = 10;
function planComment(event, carried, token) {
  const pr = event.pullRequest;
  if (!pr || carried.kind !== "known") return { skip: `No comment: the ${event.name || "triggering"} event carries no pull request to comment on.` };
  if (token === "") return { skip: "No comment: github-token is empty, so nothing can be written to the pull request." };
  if (carried.head === null || carried.head.toLowerCase() !== carried.base.toLowerCase()) {
    return { skip: `No comment: the pull request comes from ${carried.head === null ? "a head repository that cannot be established" : `a fork (${carried.head})`}, and a fork's pull request runs with a token that cannot write to it; the verdict is in this summary.` };
  }
  return { post: { owner: pr.owner, repo: pr.repo, number: pr.number } };
}
function commentMarker(shard = "") {
  const name = shard.replace(/[^\w.-]+/g, "-").slice(0, 60);
  return `<!-- coach-gate:verdict${name ? ` shard=${name}` : ""} -->`;
}
function commentBody(run2, runUrl) {
  const { decision, verdict } = run2;
  const icon = decision.approvedWithoutIndependentTests ? "\u26A0\uFE0F" : decision.decision === "approve" ? "\u2705" : "\u274C";
  const out = [commentMarker(run2.shard), `### ${icon} coach-gate${run2.shard ? ` (${escapeMarkdown(run2.shard)})` : ""}: ${escapeMarkdown(decision.headline)}`, "", escapeMarkdown(decision.rationale[0] ?? "")];
  const counts = renderTotals(run2.totals);
  if (counts !== "") out.push("", counts);
  if (verdict.tests.length > 0) {
    out.push("", `**Failing tests (${verdict.failingTests})**`, "");
    const ordered = [...verdict.tests].sort((a, b) => Number(b.outcome === "code") - Number(a.outcome === "code"));
    for (const t of ordered.slice(0, FAILING_SHOWN)) out.push(`- ${code(t.name)} \u2014 ${t.classification}${t.evidence ? `: ${code(t.evidence.text)}` : ""}`);
    if (verdict.failingTests > FAILING_SHOWN) out.push(`- \u2026 and ${verdict.failingTests - FAILING_SHOWN} more`);
  }
  if (decision.remediation.length > 0) out.push("", `**What to do:** ${escapeMarkdown(decision.remediation[0] ?? "")}`);
  out.push("", `<sub>${runUrl ? `[The run's summary](${runUrl}) has the details.` : "The run\u2019s job summary has the details."} This comment is updated in place on every run.</sub>`, "");
  return out.join("\n");
}
function runUrlOf(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: id } = env;
  if (!server || !repository || !id || !/^https?:\/\/[^\s()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(id)) return void 0;
  return `${server}/${repository}/actions/runs/${id}`;
}
async function keepComment(run2, token, env, upsert = upsertComment) {
  const plan = run2.comment;
  if (!plan) return "";
  if ("skip" in plan) return plan.skip;
  try {
    const done = await upsert(plan.post, token, commentMarker(run2.shard), commentBody(run2, runUrlOf(env)));
    return `The verdict comment on pull request #${plan.post.number} was ${done.action}: ${done.url}`;
  } catch (error2) {
    const message = error2 instanceof Error ? error2.message : String(error2);
    const hint = /\b40[34]\b/.test(message) ? " The token needs permission to write pull request comments (permissions: pull-requests: write)." : "";
    return `The verdict comment could not be written: ${message.split("\n")[0]}.${hint}`;
  }
}

// src/shell/gate.ts
import { mkdirSync, realpathSync, statSync } from "node:fs";
import path4 from "node:path";

// src/inputs/event.ts
import { readFileSync } from "node:fs";
var TASK_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "workflow_run"]);
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const repository = env.GITHUB_REPOSITORY ?? "";
  let payload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
  } catch {
    payload = void 0;
  }
  return { name, pullRequest: TASK_EVENTS.has(name) ? pullRequestFrom(payload, repository) : void 0, carried: carriedPullRequest(name, payload, repository) };
}
var object = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
var text = (value) => typeof value === "string" && value !== "" ? value : null;
var fullName = (repo) => text(object(repo)?.full_name);
function carriedPullRequest(name, payload, repository) {
  const body = object(payload);
  const base = fullName(body?.repository) ?? repository;
  const pr = object(body?.pull_request);
  if (pr) {
    const headRepo = object(pr.head)?.repo;
    return {
      kind: "known",
      number: typeof pr.number === "number" ? pr.number : null,
      head: fullName(headRepo),
      ...fullName(headRepo) === null ? { headUnknownBecause: headRepo === null ? "a repository GitHub no longer knows (a deleted fork)" : `a head repository the ${name} payload does not name` } : {},
      base: fullName(object(pr.base)?.repo) ?? base,
      baseSha: text(object(pr.base)?.sha)
    };
  }
  const issue = object(body?.issue);
  if (issue && issue.pull_request !== void 0 && issue.pull_request !== null) {
    const [owner, repo] = base.split("/");
    if (typeof issue.number !== "number" || !owner || !repo) return { kind: "unknown", why: `a pull request the ${name} payload does not identify` };
    return { kind: "linked", owner, repo, number: issue.number };
  }
  const run2 = object(body?.workflow_run);
  if (run2) {
    const prs = Array.isArray(run2.pull_requests) ? run2.pull_requests.map(object) : [];
    const own = prs.find((p) => text(object(p?.head)?.sha) === text(run2.head_sha)) ?? (prs.length === 1 ? prs[0] : void 0);
    const head = fullName(run2.head_repository);
    return {
      kind: "known",
      number: typeof own?.number === "number" ? own.number : null,
      head,
      ...head === null ? { headUnknownBecause: "a head repository the workflow_run payload does not name" } : {},
      base: fullName(run2.repository) ?? base,
      baseSha: text(object(own?.base)?.sha)
    };
  }
  if (body === void 0 && (PR_EVENTS.has(name) || name === "issue_comment")) return { kind: "unknown", why: `a ${name} event whose payload could not be read` };
  if (PR_EVENTS.has(name)) return { kind: "unknown", why: `a ${name} event whose payload carries no pull request` };
  return { kind: "none" };
}
async function establishPullRequest(carried, read) {
  if (carried.kind !== "linked") return { carried };
  const unknown = (why, note) => ({ carried: { kind: "unknown", why }, note });
  if (read === void 0) {
    return unknown(`pull request #${carried.number}, which the event only links and which could not be read without a github-token`, `Pull request #${carried.number} could not be read (no github-token), so where its code comes from is unknown and it is not trusted.`);
  }
  try {
    const facts = await read(carried);
    return {
      carried: {
        kind: "known",
        number: carried.number,
        head: facts.head,
        ...facts.head === null ? { headUnknownBecause: "a repository GitHub no longer knows (a deleted fork)" } : {},
        base: facts.base ?? `${carried.owner}/${carried.repo}`,
        baseSha: facts.baseSha
      }
    };
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message.split("\n")[0] : String(error2);
    return unknown(`pull request #${carried.number}, which could not be read (${reason})`, `Could not read pull request #${carried.number} to learn where its code comes from (${reason}); it is not trusted.`);
  }
}
function originOf(event, carried, repository) {
  if (carried.kind === "none") return { event, isPullRequest: false, headRepository: null, baseRepository: repository };
  if (carried.kind === "unknown") return { event, isPullRequest: true, headRepository: null, baseRepository: repository, unknownBecause: carried.why };
  return { event, isPullRequest: true, headRepository: carried.head, baseRepository: carried.base, ...carried.headUnknownBecause ? { unknownBecause: carried.headUnknownBecause } : {} };
}
function pullRequestFrom(payload, repository) {
  const pr = payload?.pull_request;
  if (!pr || typeof pr.number !== "number") return void 0;
  const base = payload.repository?.full_name;
  const [owner, repo] = (typeof base === "string" ? base : repository).split("/");
  if (!owner || !repo) return void 0;
  return {
    owner,
    repo,
    number: pr.number,
    payloadBody: typeof pr.body === "string" ? pr.body : null,
    ...typeof pr.title === "string" ? { title: pr.title } : {},
    ...typeof pr.head?.ref === "string" ? { headRef: pr.head.ref } : {}
  };
}

// src/report/totals.ts
import { createReadStream } from "node:fs";
import { lstat } from "node:fs/promises";
var Family = class {
  passed = 0;
  failed = 0;
  skipped = 0;
  knows = { passed: true, failed: true, skipped: true };
  seen = false;
  add(count) {
    this.seen = true;
    for (const key of ["passed", "failed", "skipped"]) {
      const value = count[key];
      if (value === void 0) this.knows[key] = false;
      else this[key] += Math.max(0, value);
    }
  }
};
function items(text2) {
  const found = /* @__PURE__ */ new Map();
  for (const m of text2.matchAll(/(\d{1,9}) ([a-z][a-z ]{0,30}?)(?=,|\||$|\s*\()/gi)) {
    const word = (m[2] ?? "").trim().toLowerCase();
    found.set(word, (found.get(word) ?? 0) + Number(m[1]));
  }
  return found;
}
var sum = (map, ...words) => words.reduce((n, w) => n + (map.get(w) ?? 0), 0);
var PYTEST_WORDS = /* @__PURE__ */ new Set(["passed", "failed", "error", "errors", "skipped", "xfailed", "xpassed", "deselected", "warning", "warnings", "rerun", "reruns"]);
var PYTEST = /^(?:=+ )?((?:\d{1,9} [a-z]+, ){0,9}\d{1,9} [a-z]+) in [\d.]+s(?: \([\d:.]+\))?(?: =+)?$/;
var PYTEST_NONE = /^=+ no tests ran in [\d.]+s =+$/;
var JEST = /^Tests:\s+((?:\d{1,9} [a-z]+, ){0,6}\d{1,9} total)$/;
var VITEST = /^\s*Tests\s+(\d{1,9} [a-z]+(?: \| \d{1,9} [a-z]+){0,6}) \((\d{1,9})\)$/;
var MOCHA = /^\s*(\d{1,9}) (passing \(\S{1,20}\)|pending|failing)$/;
var TAP_SUMMARY = /^(?:# |ℹ )(tests|pass|fail|skip|skipped|todo|cancelled)\s+(\d{1,9})$/;
var TAP_PLAN = /^1\.\.\d{1,9}\b/;
var TAP_LINE = /^(not )?ok\b(?: \d{1,9})?(.*)$/;
var TAP_SKIP = /#\s*(?:skip|todo)\b/i;
var GO_TEST = /^\s*--- (PASS|FAIL|SKIP): (\S{1,500})/;
var GO_RUN = /^=== RUN\s/;
var GO_PACKAGE = /^(?:ok|FAIL)\s+\S+\s+(?:[\d.]+s|\(cached\)|\[)/;
var CARGO = /^test result: \S{1,40}\. (\d{1,9}) passed; (\d{1,9}) failed; (\d{1,9}) ignored\b/;
var RSPEC = /^(\d{1,9}) examples?, (\d{1,9}) failures?(?:, (\d{1,9}) pending)?(?:, (\d{1,9}) errors? occurred outside of examples)?$/;
var RUNS = /^(?:\d{1,9} doctests?, )?\d{1,9} (?:runs|tests?), (?:\d{1,9} assertions?, )?\d{1,9} failures?\b(?:, \d{1,9} [a-z]+)*(?: \(.*\))?$/;
var SUREFIRE = /^(?:\[(?:INFO|ERROR|WARNING|WARN)\] )?Tests run: (\d{1,9}), Failures: (\d{1,9}), Errors: (\d{1,9}), Skipped: (\d{1,9})(.*)$/;
var JUNIT4 = /^Tests run: (\d{1,9}),\s+Failures: (\d{1,9})$/;
var JUNIT4_OK = /^OK \((\d{1,9}) tests?\)$/;
var GRADLE = /^(\d{1,9}) tests? completed, (\d{1,9}) failed(?:, (\d{1,9}) skipped)?$/;
var DOTNET = /^(?:Failed|Passed)!\s+-\s+Failed:\s+(\d{1,9}),\s+Passed:\s+(\d{1,9}),\s+Skipped:\s+(\d{1,9}),\s+Total:\s+\d{1,9}/;
var UNITTEST_RAN = /^Ran (\d{1,9}) tests? in [\d.]+s$/;
var UNITTEST_END = /^(OK|FAILED)(?: \(([a-z =\d,]{1,200})\))?$/;
var PHPUNIT = /^Tests: (\d{1,9}), Assertions: \d{1,9}((?:, [A-Za-z]+: \d{1,9}){0,8})\.$/;
var PHPUNIT_OK = /^OK \((\d{1,9}) tests?, \d{1,9} assertions?\)$/;
var TotalsCounter = class {
  families = /* @__PURE__ */ new Map();
  tapPlan = false;
  tapLines = new Family();
  goTests = [];
  goPackage = 0;
  goVerbose = false;
  surefireClasses = new Family();
  unittestRan;
  family(id) {
    let family = this.families.get(id);
    if (!family) this.families.set(id, family = new Family());
    return family;
  }
  push(raw) {
    const line = normaliseLine(raw);
    if (line.length > 400) return;
    if (!/\d/.test(line)) {
      if (GO_RUN.test(line)) this.goVerbose = true;
      else if (line === "OK" && this.unittestRan !== void 0) this.unittest(line);
      if (!line.includes("--- ")) return;
    }
    let m;
    if (m = GO_TEST.exec(line)) {
      this.goTests.push({ name: m[2], status: m[1], pkg: this.goPackage });
      return;
    }
    if (GO_RUN.test(line)) {
      this.goVerbose = true;
      return;
    }
    if (GO_PACKAGE.test(line)) {
      this.goPackage++;
      return;
    }
    if (m = TAP_SUMMARY.exec(line)) {
      const n = Number(m[2]);
      const key = m[1];
      const f = this.family("tap");
      if (key === "pass") f.add({ passed: n, failed: 0, skipped: 0 });
      else if (key === "fail" || key === "cancelled") f.add({ passed: 0, failed: n, skipped: 0 });
      else if (key !== "tests") f.add({ passed: 0, failed: 0, skipped: n });
      return;
    }
    if (TAP_PLAN.test(line)) {
      this.tapPlan = true;
      return;
    }
    if ((m = TAP_LINE.exec(line)) && this.tapPlan) {
      if (TAP_SKIP.test(m[2] ?? "")) this.tapLines.add({ passed: 0, failed: 0, skipped: 1 });
      else this.tapLines.add(m[1] ? { passed: 0, failed: 1, skipped: 0 } : { passed: 1, failed: 0, skipped: 0 });
      return;
    }
    if ((m = PYTEST.exec(line)) || PYTEST_NONE.test(line)) {
      const found = m ? items(m[1]) : /* @__PURE__ */ new Map();
      if ([...found.keys()].every((w) => PYTEST_WORDS.has(w))) {
        this.family("pytest").add({ passed: sum(found, "passed", "xpassed"), failed: sum(found, "failed", "error", "errors"), skipped: sum(found, "skipped", "xfailed") });
      }
      return;
    }
    if (m = JEST.exec(line)) {
      const found = items(m[1]);
      this.family("jest").add({ passed: sum(found, "passed"), failed: sum(found, "failed"), skipped: sum(found, "skipped", "todo") });
      return;
    }
    if (m = VITEST.exec(line)) {
      const found = items(m[1]);
      this.family("vitest").add({ passed: sum(found, "passed"), failed: sum(found, "failed"), skipped: sum(found, "skipped", "todo") });
      return;
    }
    if (m = MOCHA.exec(line)) {
      const n = Number(m[1]);
      const word = m[2].split(" ")[0];
      this.family("mocha").add(word === "passing" ? { passed: n, failed: 0, skipped: 0 } : word === "failing" ? { passed: 0, failed: n, skipped: 0 } : { passed: 0, failed: 0, skipped: n });
      return;
    }
    if (m = CARGO.exec(line)) {
      this.family("cargo").add({ passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3]) });
      return;
    }
    if (m = RSPEC.exec(line)) {
      const [examples, failures, pending, outside] = [m[1], m[2], m[3], m[4]].map(Number);
      const p = Number.isNaN(pending) ? 0 : pending;
      this.family("rspec").add({ passed: examples - failures - p, failed: failures + (Number.isNaN(outside) ? 0 : outside), skipped: p });
      return;
    }
    if (RUNS.test(line)) {
      const found = items(line.replace(/ \(.*\)$/, ""));
      const total = sum(found, "runs", "tests", "test", "doctest", "doctests");
      const failed = sum(found, "failures", "failure", "errors", "error", "invalid");
      const skipped = sum(found, "skips", "skip", "skipped", "pendings", "pending", "omissions", "excluded");
      this.family("minitest").add({ passed: total - failed - skipped, failed, skipped });
      return;
    }
    if (m = SUREFIRE.exec(line)) {
      const [run2, failures, errors, skipped] = [m[1], m[2], m[3], m[4]].map(Number);
      const count = { passed: run2 - failures - errors - skipped, failed: failures + errors, skipped };
      if (/Time elapsed|\bin [\w.$]+\s*$/.test(m[5] ?? "")) this.surefireClasses.add(count);
      else this.family("surefire").add(count);
      return;
    }
    if (m = JUNIT4.exec(line)) {
      this.family("junit4").add({ passed: Number(m[1]) - Number(m[2]), failed: Number(m[2]) });
      return;
    }
    if (m = JUNIT4_OK.exec(line)) {
      this.family("junit4").add({ passed: Number(m[1]), failed: 0 });
      return;
    }
    if (m = GRADLE.exec(line)) {
      const [total, failed, skipped] = [m[1], m[2], m[3] ?? "0"].map(Number);
      this.family("gradle").add({ passed: total - failed - skipped, failed, skipped });
      return;
    }
    if (m = DOTNET.exec(line)) {
      this.family("dotnet").add({ failed: Number(m[1]), passed: Number(m[2]), skipped: Number(m[3]) });
      return;
    }
    if (m = UNITTEST_RAN.exec(line)) {
      this.unittestRan = Number(m[1]);
      return;
    }
    if (UNITTEST_END.test(line) && this.unittestRan !== void 0) {
      this.unittest(line);
      return;
    }
    if (m = PHPUNIT.exec(line)) {
      const counts = /* @__PURE__ */ new Map();
      for (const x of (m[2] ?? "").matchAll(/([A-Za-z]+): (\d{1,9})/g)) counts.set(x[1].toLowerCase(), Number(x[2]));
      const failed = sum(counts, "failures", "errors");
      const skipped = sum(counts, "skipped", "incomplete");
      this.family("phpunit").add({ passed: Number(m[1]) - failed - skipped, failed, skipped });
      return;
    }
    if (m = PHPUNIT_OK.exec(line)) {
      this.family("phpunit").add({ passed: Number(m[1]), failed: 0, skipped: 0 });
    }
  }
  unittest(line) {
    const m = UNITTEST_END.exec(line);
    const ran = this.unittestRan;
    this.unittestRan = void 0;
    if (!m || ran === void 0) return;
    const counts = /* @__PURE__ */ new Map();
    for (const x of (m[2] ?? "").matchAll(/([a-z ]+)=(\d{1,9})/g)) counts.set(x[1].trim(), Number(x[2]));
    const failed = sum(counts, "failures", "errors", "unexpected successes");
    const skipped = sum(counts, "skipped", "expected failures");
    this.family("unittest").add({ passed: ran - failed - skipped, failed, skipped });
  }
  result() {
    const families = [...this.families.entries()].filter(([, f]) => f.seen);
    if (this.tapLines.seen && !this.families.get("tap")?.seen) families.push(["tap", this.tapLines]);
    if (this.surefireClasses.seen && !this.families.get("surefire")?.seen) families.push(["surefire", this.surefireClasses]);
    const go = this.goFamily();
    if (go) families.push(["go", go]);
    if (families.length === 0) return void 0;
    const known = (key) => families.every(([, f]) => f.knows[key]) ? families.reduce((n, [, f]) => n + f[key], 0) : void 0;
    return { passed: known("passed"), failed: known("failed"), skipped: known("skipped"), source: families.map(([id]) => id).join(", ") };
  }
  /** go: one count a test that concluded; a parent whose subtests concluded is not counted again. */
  goFamily() {
    if (this.goTests.length === 0) return void 0;
    const family = new Family();
    for (const t of this.goTests) {
      const parent = this.goTests.some((o) => o.pkg === t.pkg && o.name.startsWith(`${t.name}/`));
      if (parent) continue;
      if (!this.goVerbose) family.add({ failed: t.status === "FAIL" ? 1 : 0 });
      else family.add({ passed: t.status === "PASS" ? 1 : 0, failed: t.status === "FAIL" ? 1 : 0, skipped: t.status === "SKIP" ? 1 : 0 });
    }
    return family;
  }
};
function junitTotals(outcomes) {
  const count = (...kinds) => outcomes.filter((o) => kinds.includes(o)).length;
  return { passed: count("passed"), failed: count("failure", "error"), skipped: count("skipped"), source: "junit" };
}
var LOG_MAX_BYTES = 256 * 1024 * 1024;
async function readTotals(logPath) {
  const counter = new TotalsCounter();
  try {
    const info2 = await lstat(logPath);
    if (!info2.isFile() || info2.size > LOG_MAX_BYTES) return void 0;
    if (info2.size === 0) return counter.result();
    const { createInterface } = await import("node:readline");
    const lines = createInterface({ input: createReadStream(logPath, { encoding: "utf8", highWaterMark: 1024 * 1024, end: info2.size - 1 }), crlfDelay: Infinity });
    for await (const line of lines) counter.push(line.length > 8192 ? line.slice(0, 8192) : line);
  } catch {
    return void 0;
  }
  return counter.result();
}

// src/services/platform.ts
function looksLikeWindowsImage(image) {
  const parts = image.trim().toLowerCase().split("/");
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? "")) parts.shift();
  return /windows|nanoserver|servercore|ltsc20\d\d/.test(parts.join("/"));
}
function serviceHost(probe, plan) {
  if (!probe.available) return { canProvide: false, reason: void 0 };
  if (probe.canRunLinuxImages) return { canProvide: true, reason: void 0 };
  if (plan.start.length === 0 && plan.skipped.length === 0) return { canProvide: false, reason: void 0 };
  const daemon = probe.osType === "" ? "a daemon that does not say which containers it runs" : `a daemon that runs ${probe.osType} containers`;
  const images = plan.start.map((p) => p.image);
  if (images.length > 0 && images.every(looksLikeWindowsImage)) {
    return { canProvide: true, reason: `Docker answered with ${daemon}, and service-images names Windows images for every service to start (${images.join(", ")}), so they were started.` };
  }
  const linux = plan.start.filter((p) => !looksLikeWindowsImage(p.image)).map((p) => `${p.spec.service} (${p.image})`);
  const what = linux.length > 0 ? `the Linux images of ${linux.join(", ")}` : "the service images";
  return {
    canProvide: false,
    reason: `Docker answered with ${daemon}, which cannot run ${what}: no container was started, and the run was judged as if Docker were unavailable for the declared services. To start them on this runner, name Windows images for every one of them in service-images.`
  };
}

// src/services/provide.ts
async function withServices(options, body) {
  const plan = options.plan;
  const base = { started: [], failures: [], skipped: plan.skipped, unusedImages: plan.unusedImages, cleanupProblem: void 0, removed: [] };
  if (options.declared.length === 0) return { record: { ...base, mode: "none-declared", skipped: [] }, result: await body({}) };
  if (!options.dockerAvailable) return { record: { ...base, mode: "docker-unavailable", skipped: [] }, result: await body({}) };
  if (!options.startServices) return { record: { ...base, mode: "disabled", skipped: [] }, result: await body({}) };
  if (plan.start.length === 0) return { record: { ...base, mode: "started" }, result: await body({}) };
  let cleanup = { removed: [], problem: void 0 };
  const { runIdentity, ServiceSession } = await import("./chunks/containers-IIIPYJI5.js");
  const session = new ServiceSession(runIdentity(options.env));
  options.remember(session.identity);
  let outcome = { started: [], failures: [], env: {} };
  let result;
  try {
    outcome = await session.start(plan, { timeoutMs: options.serviceTimeoutSeconds * 1e3, signal: options.signal, log: options.log });
    for (const s of outcome.started) options.log(`coach-gate: ${s.service} accepts clients (${s.greeting}) ${Math.round(s.readyMs)} ms after start`);
    for (const f of outcome.failures) options.log(`coach-gate: ${f.service} could not be provided: ${f.reason}`);
    if (outcome.failures.length === 0) result = await body(outcome.env);
  } finally {
    cleanup = await session.removeAll();
    options.log(cleanup.problem ? `coach-gate: ${cleanup.problem}` : `coach-gate: removed ${cleanup.removed.length} service container(s)`);
  }
  return { record: { ...base, mode: "started", started: outcome.started, failures: outcome.failures, cleanupProblem: cleanup.problem, removed: cleanup.removed }, result };
}

// src/task/task.ts
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import path3 from "node:path";
async function resolveTask(inputs) {
  const notes = [];
  const found = await findTasks(inputs, notes);
  for (const task of found.tasks) {
    if (task.error) notes.push(`Task ${task.origin} could not be read and declares nothing: ${task.error}`);
    if (task.unknownServices.length > 0) {
      notes.push(`Task ${task.origin} declares services coach-gate does not know: ${task.unknownServices.map(withSuggestion).join(", ")}`);
    }
  }
  const taskId = unique(found.tasks.map((t) => t.id).filter((id) => id !== "")).join(",");
  if (inputs.requiresInfrastructure !== void 0) {
    const { services, unknown } = normaliseServices(inputs.requiresInfrastructure);
    if (unknown.length > 0) notes.push(`Input requires-infrastructure names services coach-gate does not know: ${unknown.map(withSuggestion).join(", ")}`);
    return { declaredBy: "input", source: found.source, tasks: found.tasks, taskId, requiresInfrastructure: services, notes };
  }
  const declared = unique(found.tasks.flatMap((t) => t.requiresInfrastructure));
  const declarationFile = found.declarationFile ?? (inputs.base !== void 0 && found.tasks.length === 1 ? found.tasks[0]?.origin : void 0);
  return { declaredBy: found.source, source: found.source, tasks: found.tasks, taskId, requiresInfrastructure: declared, notes, ...declarationFile === void 0 ? {} : { declarationFile } };
}
async function findTasks(inputs, notes) {
  const base = inputs.base;
  if (base !== void 0 && "unavailable" in base) {
    notes.push(`declarations-from is base, but the base commit's task files could not be read (${base.unavailable}); nothing is declared`);
    return { source: "none", tasks: [] };
  }
  const read = base === void 0 ? (file) => readInWorkspace(inputs.workspace, file) : (file) => readAtBase(base, file);
  const originOf2 = (file) => base === void 0 ? file : `${file} (${base.label})`;
  if (inputs.taskFile !== "") {
    const origin = originOf2(inputs.taskFile);
    const text2 = await read(inputs.taskFile);
    if (text2.error !== void 0) {
      notes.push(`task-file ${origin} could not be read: ${text2.error}`);
      return { source: "task-file", tasks: [{ origin, id: "", requiresInfrastructure: [], unknownServices: [], error: text2.error }] };
    }
    return { source: "task-file", tasks: [parseTask(text2.content, origin)] };
  }
  const pr = inputs.pullRequest;
  if (pr === void 0) return { source: "none", tasks: [] };
  if (base !== void 0) return theTaskOfThePullRequest(pr, inputs, base, notes);
  let body = pr.payloadBody;
  if (pr.fetchBody) {
    try {
      body = await pr.fetchBody();
    } catch (error2) {
      notes.push(`Could not read pull request #${pr.number} live (${firstLineOf(error2)}); used the event payload's body instead`);
    }
  }
  const declared = body === null ? void 0 : bodyFrontmatter(body);
  if (declared !== void 0) {
    return { source: "pull-request-body", tasks: [parseTask(declared, `pull request #${pr.number} body`)] };
  }
  return changedTaskFiles(pr, inputs.taskGlob, read, originOf2, notes);
}
async function changedTaskFiles(pr, taskGlob, read, originOf2, notes) {
  if (!pr.listChangedFiles) return { source: "none", tasks: [] };
  let files;
  try {
    files = (await pr.listChangedFiles()).map((f) => f.path);
  } catch (error2) {
    notes.push(`Could not list the files of pull request #${pr.number} (${firstLineOf(error2)}); no task was read from them`);
    return { source: "none", tasks: [] };
  }
  const { minimatch } = await import("./chunks/esm-P5IUDHIA.js");
  const taskFiles = files.filter((file) => minimatch(file, taskGlob, { dot: true, noext: true, nocomment: true })).sort();
  if (taskFiles.length === 0) return { source: "none", tasks: [] };
  const tasks = [];
  for (const file of taskFiles) {
    const origin = originOf2(file);
    const text2 = await read(file);
    tasks.push(text2.error !== void 0 ? { origin, id: "", requiresInfrastructure: [], unknownServices: [], error: text2.error } : parseTask(text2.content, origin));
  }
  return { source: "changed-files", tasks };
}
async function theTaskOfThePullRequest(pr, inputs, base, notes) {
  if (!pr.listChangedFiles) return { source: "none", tasks: [] };
  let files;
  try {
    files = await pr.listChangedFiles();
  } catch (error2) {
    notes.push(`Could not list the files of pull request #${pr.number} (${firstLineOf(error2)}); no task was read from them`);
    return { source: "none", tasks: [] };
  }
  const { minimatch } = await import("./chunks/esm-P5IUDHIA.js");
  const candidates = files.filter((file) => minimatch(file.path, inputs.taskGlob, { dot: true, noext: true, nocomment: true })).sort((a, b) => a.path.localeCompare(b.path));
  if (candidates.length === 0) return { source: "none", tasks: [] };
  const originOf2 = (file) => `${file} (${base.label})`;
  const atBase = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  for (const file of candidates) {
    const text2 = await readAtBase(base, file.path);
    const parsed = text2.error !== void 0 ? { origin: originOf2(file.path), id: "", requiresInfrastructure: [], unknownServices: [], error: text2.error } : parseTask(text2.content, originOf2(file.path));
    atBase.set(file.path, parsed);
    let id = parsed.id;
    if (file.added || id === "") {
      const head = await readInWorkspace(inputs.workspace, file.path);
      if (head.error === void 0) id = parseTask(head.content, file.path).id || id;
    }
    ids.set(file.path, id);
  }
  const named = choosePullRequestTask(candidates.map((f) => ({ path: f.path, added: f.added, id: ids.get(f.path) ?? "" })), [pr.title ?? "", pr.headRef ?? ""]);
  const list2 = candidates.map((f) => f.path).join(", ");
  if (named.chosen === void 0) {
    notes.push(`declarations-from is base, and the pull request changes ${candidates.length === 1 ? "one task file" : `${candidates.length} task files`} (${list2}); ${named.why}, so no task's declaration counts and nothing is declared`);
    return { source: "changed-files", tasks: [] };
  }
  const chosen = atBase.get(named.chosen);
  const others = candidates.filter((f) => f.path !== named.chosen).map((f) => f.path);
  if (others.length > 0) notes.push(`declarations-from is base: only ${named.chosen} counts (${named.why}); the other changed task files declare nothing for this pull request: ${others.join(", ")}`);
  return { source: "changed-files", tasks: [chosen], declarationFile: chosen.origin };
}
function choosePullRequestTask(candidates, names) {
  const mentioned = (id) => id !== "" && names.some((text2) => wordIn(text2, id));
  const addedIds = new Set(candidates.filter((c) => c.added && c.id !== "").map((c) => c.id));
  const byAdded = candidates.filter((c) => c.id !== "" && addedIds.has(c.id));
  const byName = candidates.filter((c) => mentioned(c.id));
  const matching = [.../* @__PURE__ */ new Set([...byAdded, ...byName])];
  if (matching.length === 1) {
    const only = matching[0];
    const how = byAdded.includes(only) ? "the task file the pull request adds" : "the task the pull request's title or branch names";
    return { chosen: only.path, why: `${how}, id ${only.id}` };
  }
  if (matching.length > 1) return { why: `${matching.length} of them (${matching.map((c) => c.path).join(", ")}) are named by the pull request` };
  if (candidates.length === 1) {
    const only = candidates[0];
    const other = sameShapeId(only.id, names);
    if (other !== void 0) return { why: `the pull request names ${other}, not the changed file's ${only.id}` };
    return { chosen: only.path, why: "the one task file the pull request changes" };
  }
  return { why: "neither an added task file, the title nor the branch names one of them" };
}
function sameShapeId(id, texts) {
  if (!/\d/.test(id) || !/[a-z]/i.test(id)) return void 0;
  const shape = new RegExp(`(?<![a-z0-9])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\d+/g, "\\d+")}(?![a-z0-9])`, "gi");
  for (const text2 of texts) for (const match of text2.matchAll(shape)) if (match[0].toLowerCase() !== id.toLowerCase()) return match[0];
  return void 0;
}
function wordIn(text2, word) {
  const haystack = text2.toLowerCase();
  const needle = word.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? " ";
    const after = haystack[at + needle.length] ?? " ";
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
  }
  return false;
}
var TASK_FILE_MAX_BYTES = MAX_FRONTMATTER_BYTES * 16;
async function readInWorkspace(workspace, file) {
  let real;
  try {
    const root = await realpath(workspace);
    real = await realpath(path3.resolve(root, file));
    if (!isInside(root, real)) return { error: `resolves outside the workspace${real === path3.resolve(root, file) ? "" : " (through a symlink)"}; only files inside the workspace are read` };
  } catch (error2) {
    const code2 = error2.code;
    return { error: code2 === "ENOENT" ? "file not found in the workspace (is the repository checked out?)" : firstLineOf(error2) };
  }
  try {
    const handle = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    try {
      if (!(await handle.stat()).isFile()) return { error: "not a regular file" };
      const buffer = Buffer.alloc(TASK_FILE_MAX_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, TASK_FILE_MAX_BYTES, 0);
      return { content: buffer.subarray(0, bytesRead).toString("utf8") };
    } finally {
      await handle.close();
    }
  } catch (error2) {
    return { error: firstLineOf(error2) };
  }
}
function isInside(root, target) {
  const relative = path3.relative(root, target);
  return relative !== "" && relative !== ".." && !relative.startsWith(`..${path3.sep}`) && !path3.isAbsolute(relative);
}
async function readAtBase(base, file) {
  const normalised = path3.posix.normalize(file.replace(/\\/g, "/")).replace(/^\.\//, "");
  if (normalised.startsWith("../") || normalised === ".." || path3.posix.isAbsolute(normalised)) return { error: "is not a path inside the repository" };
  try {
    const content = await base.read(normalised);
    if (content === void 0) return { error: `not in the ${base.label} (a task the pull request adds declares nothing until it is merged)` };
    return { content: content.slice(0, TASK_FILE_MAX_BYTES) };
  } catch (error2) {
    return { error: `could not be read from the ${base.label}: ${firstLineOf(error2)}` };
  }
}
function unique(items2) {
  return [...new Set(items2)];
}

// src/task/stage.ts
async function readTaskStage(settings, env, workspace) {
  const event = readEvent(env);
  const notes = [];
  const token = settings.githubToken;
  const established = await establishPullRequest(event.carried, token === "" ? void 0 : (ref) => readPullRequestFacts(ref, token));
  if (established.note) notes.push(established.note);
  const task = await resolveTask({
    requiresInfrastructure: settings.requiresInfrastructure,
    taskFile: settings.taskFile,
    taskGlob: settings.taskGlob,
    workspace,
    pullRequest: event.pullRequest ? pullRequestSource(event.pullRequest, token) : void 0,
    ...baseFiles(settings, established.carried)
  });
  return { event, established: established.carried, task, notes };
}
function baseFiles(settings, carried) {
  if (settings.declarationsFrom !== "base" || carried.kind === "none") return {};
  if (carried.kind === "unknown") return { base: { unavailable: `the event's pull request is unknown: ${carried.why}` } };
  const sha = carried.baseSha;
  const [owner, repo] = carried.base.split("/");
  if (sha === null || !owner || !repo) return { base: { unavailable: "the event does not name the pull request's base commit" } };
  if (settings.githubToken === "") return { base: { unavailable: "github-token is empty, and the base commit is read through the API" } };
  return { base: { label: `base commit ${sha.slice(0, 7)}`, read: (file) => readFileAtCommit({ owner, repo }, file, sha, settings.githubToken) } };
}

// src/tests/retries.ts
function retryRefusal(result, verdict) {
  if (result.cancelled) return "the job was cancelled";
  if (result.timedOut) return "the tests timed out: a timeout is never retried into a pass";
  if (result.startError !== void 0) return "the test command could not be started";
  if (verdict.classification === "infrastructure") {
    const services = verdict.services.length > 0 ? ` (${verdict.services.join(", ")})` : "";
    return `the failure is infrastructure${services}: a missing service is not retried into a flaky pass`;
  }
  return void 0;
}
function attemptLogPath(logPath, attempt) {
  return attempt <= 1 ? logPath : logPath.replace(/(\.log)?$/, `.attempt${attempt}$1`);
}
var ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
function passedTestText(rawLine) {
  const line = rawLine.replace(ANSI, "").trimEnd();
  const patterns = [
    /^\s*(?:\[gw\d+\]\s*(?:\[\s*\d+%\]\s*)?)?PASSED\s+(\S+::\S.*)$/,
    // pytest -rA summary, xdist
    /^(\S+::\S.*?)\s+PASSED\b/,
    // pytest -v
    /^\s*--- PASS: (\S+)/,
    // go test -v
    /^\s*(?:✓|✔|√|✅)\s+(.+?)(?:\s+\(\d+(?:\.\d+)?\s*m?s\))?$/u,
    // jest, vitest, mocha, node --test spec
    /^\s*ok \d+ - (.+?)(?:\s+#.*)?$/,
    // TAP (node --test, prove)
    /^test (\S+) \.\.\. ok$/,
    // cargo test
    /^(.+ > .+) PASSED$/,
    // gradle
    /^\s*Passed (\S+)(?: \[|$)/
    // dotnet test -v normal
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(line);
    if (match?.[1]) return match[1];
  }
  return void 0;
}
var RAN_SOMETHING = [
  /\b[1-9]\d* (?:passed|passing|failed|failing|errors?|skipped|xfailed|xpassed)\b/i,
  // pytest, mocha, jest, vitest
  /\b[1-9]\d* examples?, \d+ failures?/,
  // rspec
  /^ok\s+\S+\s+\d+(?:\.\d+)?s\b/,
  // go test (a `(cached)` result ran nothing now)
  /\bTests run: [1-9]\d*/,
  // maven, junit
  /^test result: ok\. [1-9]\d* passed/,
  // cargo
  /^(?:# |ℹ )(?:pass|tests) [1-9]\d*/,
  // node --test
  /^1\.\.[1-9]\d*/,
  // a TAP plan
  /\bOK \([1-9]\d* tests?/,
  // phpunit
  /^Ran [1-9]\d* tests? in /,
  // unittest
  /\bPassed:\s+[1-9]\d*/
  // dotnet
];
function nameForms(name) {
  const last = name.split(/::| › | > |\s+›\s+|#/).pop()?.trim() ?? name;
  return [...new Set([name, last].filter((form) => form.length >= 3 || form === name))];
}
function containsName(text2, name) {
  let from = 0;
  for (; ; ) {
    const at = text2.indexOf(name, from);
    if (at < 0) return false;
    const before = text2[at - 1] ?? " ";
    const after = text2[at + name.length] ?? " ";
    if (!/[\w]/.test(before) && !/[\w]/.test(after)) return true;
    from = at + 1;
  }
}
var RetryWitness = class {
  constructor(names) {
    this.names = names;
  }
  names;
  ran = false;
  seen = /* @__PURE__ */ new Set();
  push(line) {
    const passed = passedTestText(line);
    if (passed !== void 0) {
      this.ran = true;
      for (const name of this.names) if (!this.seen.has(name) && nameForms(name).some((form) => containsName(passed, form))) this.seen.add(name);
      return;
    }
    if (!this.ran) {
      const plain = line.replace(ANSI, "").trim();
      if (RAN_SOMETHING.some((pattern) => pattern.test(plain))) this.ran = true;
    }
  }
  result() {
    return { ranTests: this.ran, seen: this.names.filter((n) => this.seen.has(n)), unseen: this.names.filter((n) => !this.seen.has(n)) };
  }
};
function unprovenRetry(evidence, failedBefore) {
  if (!evidence.ranTests) {
    return { ranNothing: true, reason: "the retry exited 0 but ran no tests: its output has no test result and no runner summary (a build tool that found nothing to do, or state the failed attempt left behind)" };
  }
  if (failedBefore.length > 0 && evidence.unseen.length > 0) {
    const shown = evidence.unseen.slice(0, 5).join(", ") + (evidence.unseen.length > 5 ? ` and ${evidence.unseen.length - 5} more` : "");
    return { ranNothing: false, reason: `the retry exited 0, but the tests that failed before were not seen to run again and pass: ${shown} (run the tests verbosely, e.g. pytest -v or go test -v, so each passing test is named)` };
  }
  return void 0;
}

// src/tests/stage.ts
var StreamingClassifier = class {
  classifier;
  loading;
  held = [];
  push(line) {
    if (this.classifier) {
      this.classifier.push(line);
      return;
    }
    this.held.push(line);
    this.load().catch(() => void 0);
  }
  async result(end) {
    return (await this.load()).result(end);
  }
  load() {
    this.loading ??= import("./chunks/classifier-J4VLHPQE.js").then((loaded) => {
      const classifier = new loaded.LogClassifier();
      for (const line of this.held) classifier.push(line);
      this.held = [];
      this.classifier = classifier;
      return classifier;
    });
    return this.loading;
  }
};
async function runTestStage(options) {
  const runnerFiles = await guardRunnerFiles(options.env);
  const attempts = [];
  const notes = [];
  const attempt = async (n) => {
    const classifier = new StreamingClassifier();
    const failedBefore = [...new Set(attempts.flatMap((a) => a.failingTests))];
    const witness = n > 1 ? new RetryWitness(failedBefore) : void 0;
    const started = options.now();
    const logPath = attemptLogPath(options.logPath, n);
    const result = await options.runTests({
      command: options.command,
      cwd: options.cwd,
      env: sanitisedEnv(options.env, { ...options.serviceEnv, ...runnerFiles.testEnv }),
      logPath,
      timeoutMs: options.timeoutMs,
      onLine: (line) => {
        classifier.push(line);
        witness?.push(line);
      },
      echo: options.echo,
      signal: options.signal
    });
    if (result.logTampering !== void 0) notes.push(tamperingNote(result.logTampering));
    const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled;
    const verdict = passed ? void 0 : await classifier.result(result.timedOut || result.cancelled ? void 0 : { exitCode: result.exitCode, signal: result.signal });
    const shown = verdict ?? PASSED_VERDICT;
    attempts.push({
      attempt: n,
      passed,
      exitCode: result.exitCode,
      timedOut: result.timedOut,
      cancelled: result.cancelled,
      durationSeconds: result.durationSeconds,
      logPath,
      classification: shown.classification,
      signature: passed ? "" : failureSignature(shown, result.timedOut ? ["timeout"] : []),
      failingTests: shown.tests.map((t) => t.name)
    });
    const retryUnproven = passed && witness !== void 0 ? unprovenRetry(witness.result(), failedBefore) : void 0;
    return { result, verdict, logPath, started, ...retryUnproven === void 0 ? {} : { retryUnproven } };
  };
  try {
    for (let n = 1; ; n++) {
      const last = await attempt(n);
      const summary2 = attempts[attempts.length - 1];
      const done = (retryRefused) => ({ ...last, attempts, notes, ...retryRefused === void 0 ? {} : { retryRefused } });
      if (summary2.passed || options.retries === 0) return done();
      const refused = retryRefusal(last.result, last.verdict ?? PASSED_VERDICT);
      if (refused !== void 0 || n > options.retries) return done(refused);
      options.log(`coach-gate: the tests failed on attempt ${n} (${summary2.classification}); running them again (retries: ${options.retries})`);
    }
  } finally {
    notes.push(...await runnerFiles.restore());
  }
}

// src/shell/gate.ts
async function gate(settings, rt) {
  const say = (line) => rt.info(safeLine(line));
  const workspace = rt.env.GITHUB_WORKSPACE || process.cwd();
  const turn = Number.parseInt(rt.env.GITHUB_RUN_ATTEMPT ?? "", 10) || 1;
  const notes = [];
  const reportDirectory = await ownDirectory(settings.reportDirectory, workspace, rt.env, notes);
  const reportPath = path4.resolve(reportDirectory, reportFileName(turn));
  const logPath = path4.resolve(reportDirectory, `test_output_${turn}.log`);
  const probing = rt.probeDocker(settings.dockerProbeTimeoutSeconds);
  const { event, established, task, notes: taskNotes } = await readTaskStage(settings, rt.env, workspace);
  notes.unshift(...taskNotes);
  const trust = checkTrust(settings.conditionalApproval, originOf(event.name, established, rt.env.GITHUB_REPOSITORY ?? ""));
  const early = task.requiresInfrastructure.length > 0 ? await probing : void 0;
  say(`coach-gate: task ${task.taskId || "(none)"} from ${task.source}; declared: ${JSON.stringify(task.requiresInfrastructure)}`);
  const cwd = path4.resolve(workspace, settings.workingDirectory);
  if (!await isDirectory(cwd)) throw new InputError(INPUTS.workingDirectory, `${settings.workingDirectory} is not a directory of the workspace (${cwd})`);
  const plan = await planServices(task.requiresInfrastructure, settings.serviceImages);
  const earlyHost = early ? serviceHost(early, plan) : void 0;
  let exported = {};
  const untouched = settings.compareBase === "off" ? void 0 : await (await import("./chunks/stage-2FKFHHH3.js")).beforeTheTests(settings, cwd, rt.env);
  const provided = await withServices({
    declared: task.requiresInfrastructure,
    plan,
    // Known exactly when services are to be started (see `early` above); otherwise unused.
    dockerAvailable: earlyHost?.canProvide ?? false,
    startServices: settings.startServices,
    serviceTimeoutSeconds: settings.serviceTimeoutSeconds,
    env: rt.env,
    signal: rt.cancelled,
    log: say,
    remember: (identity) => {
      rt.saveState(STATE.run, identity.run);
      rt.saveState(STATE.invocation, identity.invocation);
    }
  }, async (serviceEnv) => {
    exported = serviceEnv;
    say(`coach-gate: running tests in ${cwd}: ${JSON.stringify(settings.testCommand)}`);
    return runTestStage({
      command: settings.testCommand,
      cwd,
      env: rt.env,
      serviceEnv,
      logPath,
      timeoutMs: settings.testTimeoutMinutes * 6e4,
      retries: settings.retries,
      signal: rt.cancelled,
      echo: rt.echo,
      now: () => rt.now(),
      runTests: (o) => rt.runTests(o),
      log: say
    });
  });
  const docker2 = early ?? await probing;
  const host = earlyHost ?? serviceHost(docker2, plan);
  say(`coach-gate: Docker ${docker2.available ? "available" : docker2.state === "misconfigured" ? `probe failed, the client is misconfigured (${docker2.detail})` : `unavailable (${docker2.state})`}${docker2.available && !docker2.canRunLinuxImages ? `, but it runs ${docker2.osType || "unnamed"} containers, not Linux ones` : ""}`);
  const services = provided.record;
  const stage = provided.result;
  if (stage) notes.push(...stage.notes);
  if (host.reason !== void 0 && task.requiresInfrastructure.length > 0) notes.push(host.reason);
  const comment = settings.comment ? { comment: planComment(event, established, settings.githubToken) } : {};
  const facts = { turn, docker: docker2, serviceHost: host, task, gates: settings.gates, reportPath, notes, services, ...comment };
  const decideWith = (inputs) => (
    // Docker that cannot run the service images counts as unavailable for them (docs/design.md, step 2).
    decide({ ...inputs, declared: task.requiresInfrastructure, dockerAvailable: host.canProvide, ...docker2.state === "misconfigured" ? { dockerMisconfigured: docker2.fix ?? docker2.detail } : {}, gates: settings.gates, trust })
  );
  if (stage === void 0) {
    const verdict2 = serviceFailureVerdict(services.failures);
    const decision2 = decideWith({ testsPassed: false, timedOut: false, cancelled: rt.cancelled.aborted, serviceFailures: services.failures, verdict: verdict2 });
    const found = await writeNewFile(logPath, "");
    if (found !== void 0) notes.push(tamperingNote(found));
    return {
      ...facts,
      verdict: verdict2,
      decision: decision2,
      logPath,
      tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed: false, exitCode: -1, timedOut: false, cancelled: rt.cancelled.aborted, durationSeconds: 0, bytes: 0, lines: 0, tail: [], notRun: `not run: ${verdict2.explanation}` },
      failureSignature: failureSignature(verdict2)
    };
  }
  const { result, attempts, retryRefused } = stage;
  if (result.startError) notes.push(`The test command could not be started: ${result.startError}`);
  if (result.logError) notes.push(`The full log could not be written (${result.logError}); the tests ran to the end and were classified as they streamed.`);
  if (result.cancelled) notes.push("The job was cancelled while the tests ran; the tests were stopped.");
  if (result.timedOut) notes.push(`The tests ran past test-timeout (${settings.testTimeoutMinutes} min) and their whole process tree was stopped.`);
  const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled;
  const reports = passed ? void 0 : await import("./chunks/junit-reports-2TOUWF66.js");
  const junit = reports === void 0 ? void 0 : settings.junitPaths.length > 0 ? await reports.readJUnitReports(settings.junitPaths, cwd, stage.started) : await reports.discoverJUnitReports(cwd, stage.started);
  if (junit) notes.push(...junit.notes);
  const classified = passed ? PASSED_VERDICT : (await import("./chunks/junit-verdict-5FBL7Q4C.js")).combineVerdicts(stage.verdict ?? PASSED_VERDICT, junit?.verdict);
  const corroborate = async (v) => {
    const guard = await guardRunnerFiles(rt.env);
    try {
      return await (await import("./chunks/stage-Q2OB7KWJ.js")).corroborateStage({
        verdict: v,
        command: settings.testCommand,
        exitCode: result.exitCode,
        tail: result.tail,
        totalLines: result.lines,
        cwd,
        workspace,
        declared: task.requiresInfrastructure,
        env: sanitisedEnv(rt.env, exported),
        started: services.started,
        checks: rt.checks,
        docker: { available: host.canProvide, detail: describeDocker(docker2) }
      });
    } finally {
      notes.push(...await guard.restore());
    }
  };
  const checked = passed || result.timedOut || result.cancelled ? { verdict: classified } : await corroborate(classified);
  const verdict = checked.verdict;
  for (const c of checked.corroboration?.checks ?? []) say(`coach-gate: checked ${c.claim}: ${c.reason} (${c.result}, ${c.timeMs} ms)`);
  const first = attempts[0];
  const flaky = passed && first !== void 0 && !first.passed ? { attempts: attempts.length, failedFirst: first.failingTests, ...stage.retryUnproven === void 0 ? {} : { unproven: stage.retryUnproven } } : void 0;
  if (stage.retryUnproven !== void 0) notes.push(`Not a pass: ${stage.retryUnproven.reason}.`);
  if (retryRefused !== void 0) notes.push(`Not retried: ${retryRefused}.`);
  const checkedInputs = { ready: services.started.map((s) => s.service), ...checked.corroboration ? { corroboration: checked.corroboration } : {}, ...checked.setup ? { setupRemediation: checked.setup.remediation } : {} };
  const decision = decideWith({ flaky, flakyDecision: settings.flakyDecision, testsPassed: passed, timedOut: result.timedOut, cancelled: result.cancelled, verdict, ...checkedInputs });
  const base = passed || settings.compareBase === "off" ? void 0 : await (await import("./chunks/stage-2FKFHHH3.js")).compareWithBase({
    settings,
    env: rt.env,
    workspace,
    cwd,
    logPath,
    carried: established,
    plain: decision,
    declared: task.requiresInfrastructure,
    head: { result, passed, verdict, logPath: stage.logPath, servicesStarted: services.started.length },
    judge: (v) => decideWith({ testsPassed: passed, timedOut: result.timedOut, cancelled: result.cancelled, verdict: v, ...checkedInputs }),
    runTests: (o) => rt.runTests(o),
    echo: rt.echo,
    signal: rt.cancelled,
    now: () => rt.now(),
    log: say,
    ...untouched ? { before: untouched } : {}
  });
  let finalDecision = base?.decision ?? decision;
  let baseChecks;
  if (base && base.decision.approvedWithoutIndependentTests && !decision.approvedWithoutIndependentTests && checked.corroboration === void 0) {
    const raised = await corroborate({ ...verdict, classification: "infrastructure", confidence: "high" });
    baseChecks = raised.corroboration;
    for (const c of baseChecks?.checks ?? []) say(`coach-gate: checked ${c.claim}: ${c.reason} (${c.result}, ${c.timeMs} ms)`);
    if (baseChecks?.outcome !== "corroborated") {
      finalDecision = { ...decision, rationale: [...decision.rationale, `The base commit fails the same way, but the claim of missing infrastructure was not corroborated on the runner: ${baseChecks?.reason ?? "nothing could be checked"}.`] };
    }
  }
  const failures = passed ? void 0 : await import("./chunks/locations-4EOVID6Q.js");
  const details = failures ? await failures.readFailures(stage.logPath, verdict.tests, workspace, cwd) : { locations: [], values: [] };
  const { locations } = details;
  const totals = junit && junit.files.length > 0 && settings.junitPaths.length > 0 ? junitTotals(junit.outcomes) : await readTotals(stage.logPath);
  return {
    // What a reader is shown: each evidence line with the values its assertion compared.
    ...facts,
    verdict: failures ? failures.withValues(verdict, details.values) : verdict,
    decision: finalDecision,
    logPath: stage.logPath,
    ...base ? { baseComparison: base.comparison } : {},
    tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed, ...result },
    failureSignature: passed ? "" : failureSignature(verdict, result.timedOut ? ["timeout"] : []),
    attempts,
    locations,
    ...totals ? { totals } : {},
    ...retryRefused !== void 0 ? { retryRefused } : {},
    ...checked.corroboration ?? baseChecks ? { corroboration: checked.corroboration ?? baseChecks } : {},
    ...checked.setup ? { setup: checked.setup } : {}
  };
}
async function planServices(declared, images) {
  if (declared.length === 0 && Object.keys(images).length === 0) return { start: [], skipped: [], unusedImages: [] };
  return (await import("./chunks/catalogue-YHZOXI6R.js")).planServices(declared, images);
}
async function ownDirectory(wanted, workspace, env, notes) {
  const resolved = path4.resolve(wanted);
  mkdirSync(resolved, { recursive: true });
  const inside = !path4.relative(workspace, resolved).startsWith("..") && !path4.isAbsolute(path4.relative(workspace, resolved));
  const real = realpathSync.native(resolved);
  const realWorkspace = realpathOr(workspace);
  const lexical = path4.join(realWorkspace, path4.relative(workspace, resolved));
  if (!inside || real === lexical) return resolved;
  const fallback = defaultReportDirectory(env);
  mkdirSync(fallback, { recursive: true });
  notes.push(`Tampering: report-directory ${wanted} leads through a link in the workspace (to ${real}); the report and the log were written to ${fallback} instead.`);
  return fallback;
}
function realpathOr(dir) {
  try {
    return realpathSync.native(dir);
  } catch {
    return dir;
  }
}
async function isDirectory(dir) {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

// src/shell/runtime.ts
import { EOL } from "node:os";
var ANNOTATE = { error, warning, notice };
var loadChecks = async () => (await import("./chunks/checks-CVZNF5ZL.js")).runnerChecks;
var lazyChecks = {
  connect: async (target, timeoutMs) => (await loadChecks()).connect(target, timeoutMs),
  resolve: async (host, timeoutMs) => (await loadChecks()).resolve(host, timeoutMs),
  module: async (ecosystem, name, options) => (await loadChecks()).module(ecosystem, name, options),
  pythonDistributions: async (names, options) => (await loadChecks()).pythonDistributions(names, options),
  tool: async (name, env) => (await loadChecks()).tool(name, env)
};
function actionsRuntime() {
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const appendRunnerFile = (file, text2) => {
    const found = appendNoFollowSync(file, text2);
    if (found !== void 0) warning(tamperingNote(found));
  };
  return {
    input: (name) => getInput(name),
    env: process.env,
    now: () => /* @__PURE__ */ new Date(),
    cancelled: cancel.signal,
    probeDocker: (timeoutSeconds) => probeDocker(timeoutSeconds, process.env),
    runTests,
    checks: lazyChecks,
    echo: process.stdout,
    info: (line) => info(line),
    warning: (line) => warning(line),
    setOutput: (name, value) => {
      const file = process.env.GITHUB_OUTPUT;
      if (!file) return setOutput(name, value);
      appendRunnerFile(file, keyValue(name, value));
    },
    saveState: (name, value) => saveState(name, value),
    writeSummary: async (markdown) => {
      const file = process.env.GITHUB_STEP_SUMMARY;
      if (!file) {
        await summary.addRaw(markdown).write();
        return;
      }
      appendRunnerFile(file, markdown);
    },
    annotate: (level, message, place) => ANNOTATE[level](message, place),
    fail: (message) => message === void 0 ? process.exitCode = ExitCode.Failure : setFailed(message),
    close: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}
function keyValue(name, value) {
  const delimiter = `ghadelimiter_${randomUuid()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

// src/main.ts
async function run(rt = actionsRuntime()) {
  try {
    const settings = readSettings((name) => rt.input(name), rt.env);
    const record = { ...await gate(settings, rt), shard: settings.shard };
    const workspace = rt.env.GITHUB_WORKSPACE || process.cwd();
    const earlier = await lookBack(record, { reportDirectory: settings.reportDirectory, previousReports: settings.previousReports, workspace, env: rt.env });
    if (earlier.repeats.count >= 2) rt.info(safeLine(`coach-gate: the same failure (${record.failureSignature ?? ""}) for the ${earlier.repeats.count}th attempt in a row`));
    const full = { ...record, ...earlier };
    const commented = await keepComment(full, settings.githubToken, rt.env);
    await publish(commented === "" ? full : { ...full, notes: [...full.notes, commented] }, settings.failOnFeedback, rt);
  } catch (error2) {
    await reportCrash(error2, rt);
  } finally {
    rt.close();
  }
}

// src/index.ts
await run();
