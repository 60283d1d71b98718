import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  ExitCode,
  HIDDEN_CHARACTERS,
  HOST_PORT,
  LogClassifier,
  PASSED_VERDICT,
  SERVICES,
  canonicalService,
  clip,
  combineVerdicts,
  connectionVariablesOf,
  error,
  exec,
  findFiles,
  firstLineOf,
  getInput,
  info,
  minimatch,
  normaliseLine,
  notice,
  oneLine,
  readJUnitReports,
  remediationFor,
  safeLine,
  satisfies,
  saveState,
  serviceDefinition,
  serviceForPort,
  serviceForScheme,
  serviceForSocket,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-XJEO2IWF.js";
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
function parseDuration(name, raw, bare, fallback, range2) {
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
  if (seconds === 0 && range2.min > 0) throw new InputError(name, "must be greater than 0");
  if (seconds !== 0 && (seconds < range2.min || seconds > range2.max)) throw new InputError(name, `${raw.trim()} is out of range (${show(range2.min)} to ${show(range2.max)})`);
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
  let count3 = 1;
  let first;
  for (const attempt of ordered) {
    if (attempt.testsPassed || attempt.signature !== signature) break;
    count3++;
    first = attempt;
  }
  const previous = count3 >= 2 ? ordered[0] : void 0;
  return { count: count3, read: ordered.length, problems, ...previous ? { previous } : {}, ...first ? { first } : {} };
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
function list(names2) {
  const shown = names2.slice(0, 5).join(", ");
  return names2.length > 5 ? `${shown} and ${names2.length - 5} more` : shown;
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
async function lookBack(record, where2) {
  const runId = where2.env.GITHUB_RUN_ID ?? "";
  const commit = where2.env.GITHUB_SHA ?? "";
  const signature = record.failureSignature ?? "";
  const earlier = await readEarlierAttempts(where2.reportDirectory, record.turn, where2.previousReports, where2.workspace, record.reportPath);
  const repeats = countRepeats(signature, earlier.attempts, { runId, turn: record.turn }, earlier.problems);
  return { repeats, runId, commit };
}

// src/report/publish.ts
import { mkdir as mkdir2 } from "node:fs/promises";
import path3 from "node:path";

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

// src/common/safe-write.ts
import { randomBytes } from "node:crypto";
import { appendFileSync, closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, unlinkSync } from "node:fs";
import { lstat, mkdir, open, readlink, rename, rm } from "node:fs/promises";
import path2 from "node:path";
var NOFOLLOW = constants.O_NOFOLLOW ?? 0;
async function inspectWriteTarget(file) {
  const dir = path2.dirname(file);
  const dirInfo = await lstat(dir).catch(() => void 0);
  if (dirInfo?.isSymbolicLink()) return `the directory ${dir} was replaced by a symbolic link (to ${await readlink(dir).catch(() => "?")})`;
  const info2 = await lstat(file).catch(() => void 0);
  if (info2 === void 0 || info2.isFile() && info2.nlink === 1) return void 0;
  if (info2.isSymbolicLink()) return `a symbolic link was planted at ${file} (to ${await readlink(file).catch(() => "?")})`;
  if (info2.isFile()) return `${file} is a hard link to another file (${info2.nlink} names)`;
  return `${file} is not a regular file (${info2.isDirectory() ? "a directory" : "a special file"})`;
}
function tamperingNote(found) {
  return `Tampering: ${found}. coach-gate wrote nothing through it: it wrote a new file of its own in its place.`;
}
async function writeNewFile(file, content) {
  const found = await inspectWriteTarget(file);
  const dir = path2.dirname(file);
  const dirInfo = await lstat(dir).catch(() => void 0);
  if (dirInfo !== void 0 && !dirInfo.isDirectory()) await rm(dir, { force: true });
  await mkdir(dir, { recursive: true });
  const temporary = path2.join(dir, `.${path2.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 420);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
  const info2 = await lstat(file).catch(() => void 0);
  if (info2?.isDirectory()) await rm(file, { recursive: true, force: true });
  await rename(temporary, file);
  return found;
}
function openNewFileSync(file) {
  let found;
  try {
    const info2 = lstatSync(file);
    if (info2.isSymbolicLink()) found = `a symbolic link was planted at ${file}`;
    else if (!info2.isFile()) found = `${file} is not a regular file`;
    else if (info2.nlink > 1) found = `${file} is a hard link to another file (${info2.nlink} names)`;
    unlinkSync(file);
  } catch {
  }
  return { fd: openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 420), found };
}
function appendNoFollowSync(file, text2) {
  let found;
  let fd;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | NOFOLLOW);
  } catch (error2) {
    const code2 = error2.code;
    if (code2 !== "ELOOP" && code2 !== "ENOENT" && code2 !== "EMLINK") throw error2;
    if (code2 !== "ENOENT") {
      found = `a symbolic link was planted at ${file} (to ${safeReadlink(file)})`;
      unlinkSync(file);
    }
    fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 420);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${file} is not a regular file`);
    appendFileSync(fd, text2);
  } finally {
    closeSync(fd);
  }
  return found;
}
function safeReadlink(file) {
  try {
    return readlinkSync(file);
  } catch {
    return "?";
  }
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

// src/services/catalogue.ts
var CATALOGUE = Object.fromEntries(
  SERVICES.flatMap((s) => s.container ? [[s.name, {
    service: s.name,
    defaultImage: s.container.image,
    containerPort: s.container.port,
    probe: s.container.readiness,
    containerEnv: s.container.env,
    command: s.container.command ?? [],
    connection: s.container.connection,
    url: s.container.url
  }]] : [])
);
function planServices(declared, overrides) {
  const images = {};
  const unusedImages = [];
  for (const [name, image] of Object.entries(overrides)) {
    const canonical = canonicalService(name);
    if (canonical !== void 0 && CATALOGUE[canonical]) images[canonical] = image;
    else unusedImages.push(name);
  }
  const start = [];
  const skipped = [];
  for (const name of declared) {
    const canonical = canonicalService(name) ?? name;
    const spec = CATALOGUE[canonical];
    if (spec) {
      if (!start.some((s) => s.spec.service === canonical)) start.push({ spec, image: images[canonical] ?? spec.defaultImage });
    } else if (canonical === "docker") {
      skipped.push({ service: name, reason: "Docker itself is available; nothing to start" });
    } else if (canonicalService(name) === void 0) {
      skipped.push({ service: name, reason: "unknown service: coach-gate does not know it, so it was not started" });
    } else {
      skipped.push({ service: name, reason: `coach-gate cannot start ${canonical} as a container yet (it starts ${Object.keys(CATALOGUE).join(", ")}); it was not started` });
    }
  }
  return { start, skipped, unusedImages };
}
function connectionEnv(started) {
  const env = {};
  for (const s of started) Object.assign(env, CATALOGUE[s.service]?.connection(s.host, s.port));
  if (env.DATABASE_URL === void 0 && env.MYSQL_URL !== void 0) env.DATABASE_URL = env.MYSQL_URL;
  return env;
}
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

// src/services/docker-cli.ts
import { randomBytes as randomBytes2 } from "node:crypto";

// src/common/process-cookie.ts
import { readdirSync, readFileSync } from "node:fs";
function signalCookie(name, value, signal) {
  const needle = Buffer.from(`${name}=${value}\0`);
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(needle)) process.kill(Number(entry), signal);
    } catch {
    }
  }
}

// src/services/docker-cli.ts
var OUTPUT_MAX = 256 * 1024;
var STREAM_GRACE_MS = 1e3;
var NOT_FOUND = /^Unable to locate executable file/;
var COOKIE_NAME = "COACH_GATE_DOCKER_COOKIE";
async function docker(args, timeoutMs = 6e4, signal, env = process.env) {
  if (signal?.aborted) return { code: null, stdout: "", stderr: "cancelled before the docker command started", timedOut: false, notFound: false };
  const cookie = randomBytes2(16).toString("hex");
  let stdout = "";
  let stderr = "";
  let timedOut = false;
  const kill = () => signalCookie(COOKIE_NAME, cookie, "SIGKILL");
  const onAbort = () => kill();
  signal?.addEventListener("abort", onAbort, { once: true });
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      kill();
      resolve("timed-out");
    }, timeoutMs);
  });
  try {
    const running = exec("docker", [...args], {
      env: { ...definedOnly(env), [COOKIE_NAME]: cookie },
      silent: true,
      ignoreReturnCode: true,
      delay: STREAM_GRACE_MS,
      listeners: {
        stdout: (chunk) => stdout = (stdout + chunk.toString()).slice(-OUTPUT_MAX),
        stderr: (chunk) => stderr = (stderr + chunk.toString()).slice(-OUTPUT_MAX)
      }
    });
    const code2 = await Promise.race([running, deadline]);
    return { code: code2 === "timed-out" ? null : code2, stdout, stderr, timedOut, notFound: false };
  } catch (error2) {
    const message = error2 instanceof Error ? error2.message : String(error2);
    return { code: null, stdout, stderr: message, timedOut, notFound: NOT_FOUND.test(message) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}
function failureReason(result) {
  if (result.timedOut) return "the docker command timed out";
  if (result.notFound) return "no docker binary on PATH";
  const text2 = (result.stderr || result.stdout).replace(/\s+/g, " ").trim();
  return (text2.length > 400 ? `${text2.slice(0, 400)}\u2026` : text2) || `docker exited ${result.code}`;
}
function definedOnly(env) {
  const result = {};
  for (const [key, value] of Object.entries(env)) if (value !== void 0) result[key] = value;
  return result;
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
function describeDocker(probe2) {
  switch (probe2.state) {
    case "available":
      return probe2.canRunLinuxImages ? `available (${probe2.detail})` : `available, but cannot run the Linux service images: the daemon runs ${probe2.osType === "" ? "containers of an OS it does not name" : `${probe2.osType} containers`} (${probe2.detail})`;
    case "no-binary":
      return "unavailable: no docker binary";
    case "daemon-unreachable":
      return `unavailable: daemon not reachable (${probe2.detail})`;
    case "timed-out":
      return `unavailable: timed out (${probe2.detail})`;
    case "misconfigured":
      return `probe failed: the Docker client is misconfigured, so whether a daemon is there is unknown (${probe2.detail}). To fix: ${probe2.fix ?? "fix the Docker client configuration"}`;
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
function normaliseServices(names2) {
  const services = [];
  const unknown = [];
  for (const raw of names2) {
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
    for (const child2 of Array.isArray(node) ? node : Object.values(node)) {
      if (stack.length > budget) return true;
      stack.push(child2);
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
  for (const service of SERVICES) {
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
  const names2 = line.tests.slice(0, NAMES_PER_LINE).map((t) => code(t.name)).join(", ") + (line.tests.length > NAMES_PER_LINE ? ` and ${line.tests.length - NAMES_PER_LINE} more` : "");
  return `- **${line.tests.length} tests** \u2014 ${kind} \xB7 ${code(first.ruleId)}${evidence} \u2014 ${names2}`;
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
    await mkdir2(directory, { recursive: true });
    reportPath = path3.resolve(directory, reportFileName(Number(report.turn)));
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
function pullRequestSource(ref, token, sleep2 = defaultSleep) {
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
      const response = await withRetry(() => octokit.rest.pulls.get({ ...params, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep2);
      return response.data.body ?? null;
    },
    listChangedFiles: async () => {
      const octokit = await connect();
      const files = await withRetry(() => octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep2);
      return files.filter((file) => file.status !== "removed").map((file) => ({ path: file.filename, added: file.status === "added" }));
    }
  };
}
async function readPullRequestFacts(ref, token, sleep2 = defaultSleep) {
  const octokit = await client(token);
  const { data } = await withRetry(() => octokit.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: ref.number, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep2);
  const name = (repo) => {
    const full = repo?.full_name;
    return typeof full === "string" && full !== "" ? full : null;
  };
  return { head: name(data.head?.repo), base: name(data.base?.repo), baseSha: typeof data.base?.sha === "string" && data.base.sha !== "" ? data.base.sha : null };
}
var BASE_FILE_MAX_BYTES = 1024 * 1024;
async function readFileAtCommit(repo, file, sha, token, sleep2 = defaultSleep) {
  const octokit = await client(token);
  const response = await withRetry(async () => {
    try {
      return await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path: file, ref: sha, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } });
    } catch (error2) {
      if (error2.status === 404) return void 0;
      throw error2;
    }
  }, sleep2);
  if (response === void 0) return void 0;
  const data = response.data;
  if (Array.isArray(data)) throw new Error("is a directory in the base commit");
  if (data.type !== "file") throw new Error(`is not a regular file in the base commit (a ${data.type ?? "thing of unknown type"})`);
  if ((data.size ?? 0) > BASE_FILE_MAX_BYTES || data.encoding !== "base64" || typeof data.content !== "string") throw new Error(`is too large to read from the base commit (${data.size ?? "?"} bytes)`);
  return Buffer.from(data.content, "base64").toString("utf8");
}
async function withRetry(call, sleep2 = defaultSleep) {
  let lastError;
  let attempts = 0;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    attempts = attempt;
    try {
      return await call();
    } catch (error2) {
      lastError = error2;
      if (!isTransient(error2) || attempt === ATTEMPTS) break;
      await sleep2(retryDelayMs(error2, attempt));
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
async function upsertComment(target, token, marker, body, sleep2 = defaultSleep) {
  const octokit = await client(token);
  const params = { owner: target.owner, repo: target.repo, issue_number: target.number };
  const comments = await withRetry(() => octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep2);
  const me = await octokit.rest.users.getAuthenticated({ request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }).then((r) => r.data.login, () => "github-actions[bot]");
  const ours = comments.find((c) => c.user?.login === me && typeof c.body === "string" && c.body.startsWith(marker));
  if (ours) {
    const { data: data2 } = await withRetry(() => octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: ours.id, body, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep2);
    return { action: "updated", url: data2.html_url };
  }
  const { data } = await withRetry(() => octokit.rest.issues.createComment({ ...params, body, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep2);
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
import { mkdir as mkdir3, realpath as realpath3, stat as stat4 } from "node:fs/promises";
import path13 from "node:path";

// src/compare/stage.ts
import { createReadStream } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path8 from "node:path";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";

// src/tests/runner-files.ts
import { chmod, copyFile, lstat as lstat2, mkdtemp, open as open2, rm as rm2, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path4 from "node:path";
var RUNNER_FILE_VARIABLES = ["GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY"];
async function guardRunnerFiles(env) {
  const recorded = await recordRunnerFiles(env);
  const scratch = env.RUNNER_TEMP ? await mkdtemp(path4.join(tmpdir(), "coach-gate-tests-")) : void 0;
  const testEnv = {};
  if (scratch !== void 0) {
    testEnv.RUNNER_TEMP = scratch;
    if (env.GITHUB_EVENT_PATH) {
      const event = path4.join(scratch, "event.json");
      if (await copyFile(env.GITHUB_EVENT_PATH, event).then(() => true, () => false)) testEnv.GITHUB_EVENT_PATH = event;
    }
  }
  return {
    testEnv,
    restore: async () => {
      if (scratch !== void 0) await rm2(scratch, { recursive: true, force: true }).catch(() => void 0);
      const changes = await restoreRunnerFiles(recorded);
      return changes.length === 0 ? [] : [describeChanges(changes)];
    }
  };
}
async function recordRunnerFiles(env) {
  const recorded = [];
  const paths = /* @__PURE__ */ new Set();
  for (const variable of RUNNER_FILE_VARIABLES) {
    const file = env[variable];
    if (!file || paths.has(path4.resolve(file))) continue;
    paths.add(path4.resolve(file));
    try {
      const info2 = await lstat2(file);
      recorded.push({ variable, path: file, content: await readPrefix(file, info2.size), mode: info2.mode & 4095, dev: info2.dev, ino: info2.ino });
    } catch (error2) {
      if (error2.code !== "ENOENT") throw new Error(`could not record ${variable} before the tests: ${error2.message}`);
      recorded.push({ variable, path: file, content: void 0, mode: 420, dev: 0, ino: 0 });
    }
  }
  return recorded;
}
async function restoreRunnerFiles(recorded) {
  const changes = [];
  for (const file of recorded) {
    try {
      const what = await restoreOne(file);
      if (what !== void 0) changes.push({ variable: file.variable, what });
    } catch (error2) {
      throw new Error(`could not restore ${file.variable} after the tests changed it: ${error2.message}`);
    }
  }
  return changes;
}
async function restoreOne(file) {
  let now;
  try {
    now = await lstat2(file.path);
  } catch (error2) {
    if (error2.code !== "ENOENT") throw error2;
  }
  if (file.content === void 0) {
    if (now === void 0) return void 0;
    await rm2(file.path, { force: true, recursive: true });
    return "created";
  }
  if (now === void 0) {
    await rewrite(file);
    return "deleted";
  }
  if (!now.isFile() || now.dev !== file.dev || now.ino !== file.ino) {
    await rm2(file.path, { force: true, recursive: true });
    await rewrite(file);
    return now.isSymbolicLink() ? "replaced by a symlink" : "replaced";
  }
  const modeChanged = (now.mode & 4095) !== file.mode;
  if (modeChanged) await chmod(file.path, file.mode);
  const size = now.size;
  if (size >= file.content.length && (await readPrefix(file.path, file.content.length)).equals(file.content)) {
    if (size === file.content.length) return modeChanged ? "permissions changed" : void 0;
    await truncateTo(file.path, file.content.length);
    return `${size - file.content.length} bytes appended`;
  }
  await rewrite(file);
  return "rewritten";
}
async function readPrefix(file, length) {
  const handle = await open2(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(buffer, read, length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}
async function truncateTo(file, length) {
  const handle = await open2(file, "r+");
  try {
    await handle.truncate(length);
  } finally {
    await handle.close();
  }
}
async function rewrite(file) {
  await rm2(file.path, { force: true });
  await writeFile(file.path, file.content ?? Buffer.alloc(0), { flag: "wx", mode: file.mode });
  await chmod(file.path, file.mode);
}
function describeChanges(changes) {
  const list3 = changes.map((c) => `${c.variable}: ${c.what}`).join("; ");
  return `The tests changed this step's runner files (${list3}); coach-gate restored each to what it held before the tests, so nothing they wrote reaches the runner or later steps.`;
}

// src/tests/test-runner.ts
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes as randomBytes3 } from "node:crypto";
import { constants as osConstants } from "node:os";
import path5 from "node:path";
import { StringDecoder } from "node:string_decoder";
var TAIL_LINES = 60;
var TAIL_LINE_MAX = 500;
var LINE_MAX = 64 * 1024;
var KILL_GRACE_MS = 3e3;
var DRAIN_MS = 2e3;
function sanitisedEnv(env, extra = {}) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY|TOKEN)$/.test(key)) continue;
    if (/^INPUT_/.test(key) || key === "ACTIONS_RUNTIME_TOKEN" || key === "ACTIONS_ID_TOKEN_REQUEST_TOKEN") continue;
    clean[key] = value;
  }
  return { ...clean, ...extra };
}
function runTests(options) {
  const started = process.hrtime.bigint();
  const platform = options.platform ?? process.platform;
  const killing = treeKillPlan(platform);
  const shell = options.shell ?? findShell(platform, options.env, existsSync);
  const script = platform === "win32" ? `${options.logPath}.command.sh` : void 0;
  if (shell === void 0 && platform === "win32") {
    writeFileSync(options.logPath, "");
    return Promise.resolve({ exitCode: 127, signal: null, timedOut: false, cancelled: false, durationSeconds: 0, bytes: 0, lines: 0, tail: [], startError: "no bash found: install Git for Windows, whose bash runs the test command (as shell: bash does)" });
  }
  const invocation = shellInvocation(shell ?? "bash", options.command, script);
  let logTampering;
  const log = (() => {
    try {
      const opened = openNewFileSync(options.logPath);
      logTampering = opened.found;
      return createWriteStream(options.logPath, { fd: opened.fd });
    } catch {
      return createWriteStream(options.logPath, { flags: "wx" });
    }
  })();
  let logError;
  log.on("error", (error2) => {
    logError ??= error2.message;
    log.emit("drain");
  });
  const stopToken = randomBytes3(16).toString("hex");
  options.echo.write(`::stop-commands::${stopToken}
`);
  const tail = [];
  let bytes = 0;
  let lines = 0;
  let lastByte = 10;
  let pendingText = "";
  const decoder = new StringDecoder("utf8");
  let inLongLine = false;
  const emitLine = (line, complete = true) => {
    if (!inLongLine) lines++;
    inLongLine = !complete;
    options.onLine(line);
    tail.push(line.length > TAIL_LINE_MAX ? `${line.slice(0, TAIL_LINE_MAX)}\u2026 (${line.length} characters)` : line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  let skipLeadingLF = false;
  const consume = (text2) => {
    let start = 0;
    if (skipLeadingLF && text2.startsWith("\n")) start = 1;
    if (text2 !== "") skipLeadingLF = false;
    const lineEnd = /\r\n|\r|\n/g;
    lineEnd.lastIndex = start;
    for (let match = lineEnd.exec(text2); match !== null; match = lineEnd.exec(text2)) {
      emitLine(pendingText + text2.slice(start, match.index));
      pendingText = "";
      start = match.index + match[0].length;
      if (match[0] === "\r" && start === text2.length) skipLeadingLF = true;
    }
    pendingText += text2.slice(start);
    while (pendingText.length > LINE_MAX) {
      emitLine(pendingText.slice(0, LINE_MAX), false);
      pendingText = pendingText.slice(LINE_MAX);
    }
  };
  return new Promise((resolve) => {
    let timedOut = false;
    let cancelled = false;
    let finished = false;
    let killTimer;
    const cookie = randomBytes3(16).toString("hex");
    let scriptError;
    if (script !== void 0) {
      try {
        writeFileSync(script, `${options.command}
`);
      } catch (error2) {
        scriptError = `could not write the command to ${script}: ${error2.message}`;
      }
    }
    const child2 = spawn(invocation.file, [...invocation.args], {
      cwd: options.cwd,
      env: { ...options.env, [COOKIE_NAME2]: cookie },
      stdio: ["ignore", "pipe", "pipe"],
      detached: killing.processGroup,
      windowsHide: true
    });
    const running = () => child2.exitCode === null && child2.signalCode === null;
    const signalTree = (signal) => {
      if (killing.processGroup) signalGroup(child2.pid, signal);
      if (killing.cookieScan) signalCookie(COOKIE_NAME2, cookie, signal);
      if (killing.taskkill && child2.pid !== void 0 && running()) taskkillTree(child2.pid, options.env);
    };
    const killTree = () => {
      signalTree("SIGTERM");
      killTimer ??= setTimeout(() => signalTree("SIGKILL"), KILL_GRACE_MS);
    };
    const timeout = options.timeoutMs > 0 ? setTimeout(() => {
      timedOut = true;
      killTree();
    }, options.timeoutMs) : void 0;
    const onAbort = () => {
      cancelled = true;
      killTree();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) onAbort();
    let exitCode = null;
    let exitSignal = null;
    let openStreams = 2;
    let held = 0;
    const holdUntilDrained = (stream) => {
      if (held++ === 0) {
        child2.stdout.pause();
        child2.stderr.pause();
      }
      stream.once("drain", () => {
        if (--held === 0) {
          child2.stdout.resume();
          child2.stderr.resume();
        }
      });
    };
    const onData = (chunk) => {
      bytes += chunk.length;
      if (chunk.length > 0) lastByte = chunk[chunk.length - 1];
      if (logError === void 0 && !log.write(chunk)) holdUntilDrained(log);
      if (!options.echo.write(chunk)) holdUntilDrained(options.echo);
      consume(decoder.write(chunk));
    };
    child2.stdout.on("data", onData);
    child2.stderr.on("data", onData);
    const finish = (spawnError) => {
      const startError = spawnError ?? scriptError;
      if (finished) return;
      finished = true;
      if (timeout) clearTimeout(timeout);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
      signalTree("SIGKILL");
      if (script !== void 0) rmSync(script, { force: true });
      consume(decoder.end());
      if (pendingText !== "") emitLine(pendingText);
      options.echo.write(`${lastByte === 10 ? "" : "\n"}::${stopToken}::
`);
      const settle = () => {
        const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
        const code2 = startError ? 127 : timedOut ? 124 : exitCode ?? (exitSignal ? 128 + signalNumber(exitSignal) : 1);
        resolve({ exitCode: code2, signal: exitSignal, timedOut, cancelled, durationSeconds, bytes, lines, tail, ...startError ? { startError } : {}, ...logError !== void 0 ? { logError } : {}, ...logTampering !== void 0 ? { logTampering } : {} });
      };
      if (logError !== void 0) settle();
      else {
        log.end((error2) => {
          if (error2) logError ??= error2.message;
          settle();
        });
      }
    };
    const streamEnded = () => {
      if (--openStreams === 0 && exitCode !== null) finish();
      else if (openStreams === 0 && exitSignal !== null) finish();
    };
    child2.stdout.on("end", streamEnded);
    child2.stderr.on("end", streamEnded);
    child2.on("error", (error2) => finish(`could not start ${invocation.file}: ${error2.message}`));
    child2.on("exit", (code2, signal) => {
      exitCode = code2;
      exitSignal = signal;
      if (openStreams === 0) return finish();
      setTimeout(() => {
        if (finished) return;
        signalTree("SIGKILL");
        child2.stdout.destroy();
        child2.stderr.destroy();
        finish();
      }, DRAIN_MS).unref();
    });
  });
}
var COOKIE_NAME2 = "COACH_GATE_RUN_COOKIE";
function findShell(platform, env, exists3) {
  if (platform !== "win32") return ["/bin/bash", "/bin/sh"].find((file) => exists3(file));
  const win = path5.win32;
  const value = (name) => Object.entries(env).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  const pathDirs = (value("PATH") ?? "").split(";").map((dir) => dir.trim().replace(/^"(.*)"$/, "$1")).filter((dir) => dir !== "");
  const candidates = [];
  for (const dir of pathDirs) {
    if (!exists3(win.join(dir, "git.exe"))) continue;
    for (const root of [win.dirname(dir), win.dirname(win.dirname(dir))]) candidates.push(win.join(root, "bin", "bash.exe"), win.join(root, "usr", "bin", "bash.exe"));
  }
  for (const base of [value("ProgramFiles"), value("ProgramW6432"), value("ProgramFiles(x86)"), value("LOCALAPPDATA") && win.join(value("LOCALAPPDATA"), "Programs")]) {
    if (base) candidates.push(win.join(base, "Git", "bin", "bash.exe"), win.join(base, "Git", "usr", "bin", "bash.exe"));
  }
  const systemRoot = (value("SystemRoot") ?? "C:\\Windows").toLowerCase();
  for (const dir of pathDirs) {
    const lower = dir.toLowerCase();
    if (lower.startsWith(systemRoot) || lower.includes("\\windowsapps")) continue;
    candidates.push(win.join(dir, "bash.exe"));
  }
  return candidates.find((file) => exists3(file));
}
function shellInvocation(shell, command, scriptFile) {
  const isBash = /bash(\.exe)?$/i.test(shell);
  const options = isBash ? ["--noprofile", "--norc", "-o", "pipefail"] : [];
  return { file: shell, args: scriptFile === void 0 ? [...options, "-c", command] : [...options, scriptFile.replace(/\\/g, "/")] };
}
function treeKillPlan(platform) {
  if (platform === "win32") return { processGroup: false, cookieScan: false, taskkill: true };
  return { processGroup: true, cookieScan: platform === "linux", taskkill: false };
}
function taskkillCommand(pid, env) {
  const systemRoot = Object.entries(env).find(([key]) => key.toLowerCase() === "systemroot")?.[1];
  return { file: systemRoot ? path5.win32.join(systemRoot, "System32", "taskkill.exe") : "taskkill.exe", args: ["/T", "/F", "/PID", String(pid)] };
}
function taskkillTree(pid, env) {
  const { file, args } = taskkillCommand(pid, env);
  const killer = spawn(file, [...args], { env, stdio: "ignore", windowsHide: true });
  killer.on("error", () => void 0);
}
function signalGroup(pid, signal) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function signalNumber(signal) {
  return osConstants.signals[signal] ?? 0;
}

// src/decide/signature.ts
import { createHash } from "node:crypto";
var SIGNATURE_LENGTH = 16;
var NORMALISERS = [
  // eslint-disable-next-line no-control-regex
  [/\u001b\[[0-9;?]*[A-Za-z]/g, ""],
  [/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/g, "<time>"],
  [/\b\d{4}-\d\d-\d\d\b/g, "<date>"],
  [/\b\d\d?:\d\d:\d\d(?:[.,]\d+)?\b/g, "<time>"],
  // Temporary directories of every platform, up to the end of the path.
  [/(?:\/private)?\/(?:tmp|var\/folders|var\/tmp)\/[^\s'"`:,)\]]*/g, "<tmp>"],
  [/[A-Za-z]:\\(?:Users\\[^\\\s]+\\AppData\\Local\\Temp|Windows\\Temp|Temp)\\[^\s'"`:,)\]]*/gi, "<tmp>"],
  [/\bpytest-of-[^\s/]+\/pytest-\d+/g, "<tmp>"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<uuid>"],
  [/\b0x[0-9a-f]+\b/gi, "<addr>"],
  [/\b(?:\d{1,3}\.){3}\d{1,3}\b/g, "<ip>"],
  [/\[[0-9a-f:]*:[0-9a-f:]+\]/gi, "<ip>"],
  [/:\d{2,5}\b/g, ":<port>"],
  [/\b\d+(?:\.\d+)?\s?(?:ms|msec|s|sec|secs|seconds?|m|min|minutes?|µs|us|ns)\b/gi, "<duration>"],
  // Hex ids (a commit, a container, an object id): at least 8 hex digits with a digit in them.
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/gi, "<hex>"],
  // A number that names a process, a port, a worker, a seed: `pid 4242`, `port=5432`, `seed: 17`.
  [/\b(pids?|tid|process|thread|port|worker|session|job|run|attempt|seed|id)(\s*[=:#]?\s*)\d+\b/gi, "$1$2<n>"],
  // Numbers glued to an identifier (worker-12, session_1234, tmpab12cd) and long bare numbers (pids, epochs).
  [/(?<=[A-Za-z_-])\d+|\d+(?=[A-Za-z_])/g, "<n>"],
  [/\b\d{5,}\b/g, "<n>"],
  [/\s+/g, " "]
];
function normaliseMessage(text2) {
  let out = text2;
  for (const [pattern, replacement] of NORMALISERS) out = out.replace(pattern, replacement);
  return out.trim();
}
var NAME_NORMALISERS = [
  [/\s*\((?:\d+(?:\.\d+)?\s?(?:ms|s|sec|seconds?|m|min))\)\s*$/i, ""],
  [/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/g, "<time>"],
  [/\s+/g, " "]
];
function normaliseName(name) {
  let out = name;
  for (const [pattern, replacement] of NAME_NORMALISERS) out = out.replace(pattern, replacement);
  return out.trim();
}
function signatureEntries(verdict) {
  if (verdict.classification === "none") return [];
  if (verdict.tests.length > 0) {
    const entries = verdict.tests.map((t) => [normaliseName(t.name), t.ruleId, normaliseMessage(t.evidence?.text ?? "")].join("\0"));
    if (verdict.failingTests > verdict.tests.length) entries.push(`more:${verdict.failingTests - verdict.tests.length}`);
    return [...new Set(entries)].sort();
  }
  return [["(run)", verdict.ruleId, normaliseMessage(verdict.evidence[0]?.text ?? verdict.title)].join("\0")];
}
function failureSignature(verdict, extra = []) {
  const entries = signatureEntries(verdict);
  if (entries.length === 0) return "";
  return createHash("sha256").update([...extra, ...entries].join("\n")).digest("hex").slice(0, SIGNATURE_LENGTH);
}

// src/compare/identity.ts
function canonicalName(runner, name) {
  const clean = normaliseName(name);
  if (runner === "pytest" && clean.includes("::")) return clean.split("::").slice(1).join(".");
  return clean;
}
function unitKey(runner, name) {
  return `${runner}\0${canonicalName(runner, name)}`;
}

// src/compare/match.ts
var WHOLE_RUN = "(the whole run)";
function failingUnits(verdict) {
  if (verdict.classification === "none") return [];
  if (verdict.tests.length === 0) {
    const deciding = verdict.evidence[0];
    return [{
      name: WHOLE_RUN,
      runner: "log",
      outcome: verdict.classification === "infrastructure" ? "infrastructure" : verdict.confidence === "high" ? "code" : "unexplained",
      confidence: verdict.confidence === "high" ? "high" : "ambiguous",
      services: verdict.services,
      ruleId: verdict.ruleId,
      ...deciding ? { evidence: deciding } : {},
      infrastructureEvidence: verdict.evidence.some((e) => e.kind === "infrastructure")
    }];
  }
  return verdict.tests.map((t) => ({
    name: t.name,
    runner: t.runner,
    outcome: t.outcome,
    confidence: t.confidence,
    services: t.services,
    ruleId: t.ruleId,
    ...t.evidence ? { evidence: t.evidence } : {},
    infrastructureEvidence: t.outcome === "infrastructure" || t.evidence?.kind === "infrastructure" || verdict.evidence.some((e) => e.kind === "infrastructure" && e.test === t.name)
  }));
}
function unitSignature(unit) {
  return `${unit.ruleId}\0${normaliseMessage(unit.evidence?.text ?? "")}`;
}
function matchAgainstBase(head, base) {
  const baseUnits = failingUnits(base.verdict);
  const baseByKey = /* @__PURE__ */ new Map();
  for (const u of baseUnits) if (!baseByKey.has(unitKey(u.runner, u.name))) baseByKey.set(unitKey(u.runner, u.name), u);
  const baseComplete = base.verdict.failingTests <= base.verdict.tests.length || base.verdict.tests.length === 0;
  const units = failingUnits(head.verdict).map((unit) => {
    const key = unitKey(unit.runner, unit.name);
    const there = baseByKey.get(key);
    if (there) {
      return unitSignature(there) === unitSignature(unit) ? { ...unit, status: "pre-existing", atBase: "fails the same way", base: there } : { ...unit, status: "introduced", atBase: `fails differently (${there.ruleId}${there.evidence ? `: ${there.evidence.text}` : ""})`, base: there };
    }
    if (unit.name === WHOLE_RUN) return { ...unit, status: "introduced", atBase: base.passed ? "the base run passes" : "the base run fails otherwise" };
    if (base.passing.keys.has(key)) return { ...unit, status: "introduced", atBase: "passes" };
    if (base.passing.listing.has(unit.runner) && baseComplete) return { ...unit, status: "new", atBase: "absent (not run at base)" };
    return { ...unit, status: "introduced", atBase: base.passed ? "does not fail (the base run passes)" : "does not fail" };
  });
  const headFailing = new Set(failingUnits(head.verdict).map((u) => unitKey(u.runner, u.name)));
  const fixed = baseUnits.filter((u) => u.name !== WHOLE_RUN && !headFailing.has(unitKey(u.runner, u.name)) && head.passing.keys.has(unitKey(u.runner, u.name))).map((u) => u.name);
  const count3 = (status) => units.filter((u) => u.status === status).length;
  return {
    units,
    unlisted: Math.max(0, head.verdict.failingTests - head.verdict.tests.length),
    fixed,
    counts: { preExisting: count3("pre-existing"), introduced: count3("introduced"), new: count3("new") }
  };
}

// src/compare/passing.ts
var PASS_LINES = [
  // pytest -v: `tests/test_db.py::TestX::test_y[1] PASSED   [ 50%]`; -rA: `PASSED tests/test_db.py::test_y`
  { runner: "pytest", pattern: /^(?<name>\S{1,500}::\S{1,500}) PASSED\b/ },
  { runner: "pytest", pattern: /^PASSED (?<name>\S{1,500}::\S{1,500})/ },
  // TAP (node:test, tape, node-tap): `ok 3 - name`, not a skipped or todo one.
  { runner: "node:test", pattern: /^\s*ok \d{1,7}(?: -)? (?<name>(?:(?!\s#\s(?:SKIP|TODO)\b).){1,500})$/i },
  { runner: "go", pattern: /^\s*--- PASS: (?<name>\S{1,500})/ },
  { runner: "gradle", pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) PASSED$/ }
];
var MAX_KEYS = 2e5;
var PassingCollector = class {
  keys = /* @__PURE__ */ new Set();
  listing = /* @__PURE__ */ new Set();
  push(line) {
    if (line.length > 2e3 || !/PASS|ok /.test(line)) return;
    for (const { runner, pattern } of PASS_LINES) {
      const name = pattern.exec(line)?.groups?.name;
      if (name === void 0) continue;
      this.listing.add(runner);
      if (this.keys.size < MAX_KEYS) this.keys.add(unitKey(runner, name.trim()));
      return;
    }
  }
  result() {
    return { keys: this.keys, listing: this.listing };
  }
};

// src/decide/decision.ts
var CONDITIONAL_HEADLINE = "APPROVED (infra-dependent, independent tests skipped)";
function decide(inputs) {
  const { verdict, declared, gates } = inputs;
  const failedGates = gates.filter((g) => !g.passed);
  if (failedGates.length > 0) {
    const names2 = failedGates.map((g) => `${g.name} (${g.outcome})`).join(", ");
    return feedback(`FEEDBACK: quality gate failed (${failedGates.map((g) => g.name).join(", ")})`, [`Quality gates failed: ${names2}. Every gate must pass before approval.`], [`Fix the failing gates: ${names2}.`]);
  }
  const serviceFailures = inputs.serviceFailures ?? [];
  if (serviceFailures.some((f) => f.stage === "cancelled")) {
    return feedback("FEEDBACK: cancelled while services started", ["The job was cancelled while the declared services were starting; the tests did not run, and the containers were removed."], ["Re-run the job."]);
  }
  if (serviceFailures.length > 0) return serviceFailureFeedback(serviceFailures);
  if (inputs.testsPassed && inputs.flaky) return flakyResult(inputs.flaky, inputs.flakyDecision ?? "approve");
  if (inputs.testsPassed) {
    return { decision: "approve", approvedWithoutIndependentTests: false, headline: "APPROVED", rationale: ["The tests passed when run independently, and every gate passed."], remediation: [] };
  }
  if (inputs.cancelled === true) {
    return feedback("FEEDBACK: run cancelled", ["The job was cancelled while the tests ran, so they did not finish; an unfinished run is never approved."], ["Re-run the job to get a decision."]);
  }
  if (inputs.timedOut) {
    return feedback("FEEDBACK: tests timed out", ["The test command did not finish within test-timeout and was stopped; a timeout is never excused as infrastructure."], ["Find the hanging test (the log tail shows the last output), or raise test-timeout if the suite is just slow."]);
  }
  if (verdict.classification === "setup") {
    return feedback("FEEDBACK: setup failure (the tests could not run)", [`The tests could not run because of the workflow, not the code or a service: ${verdict.explanation}`, "A setup failure is never approved: no test ran."], [...inputs.setupRemediation ?? ["Fix the workflow step that runs the tests (the command, or the dependencies it needs installed first)."]]);
  }
  const checked = inputs.corroboration;
  if (verdict.classification === "code" && checked && (checked.outcome === "code" || checked.outcome === "not-missing")) {
    const what = checked.outcome === "code" ? "FEEDBACK: code failure (checked on the runner)" : "FEEDBACK: not missing infrastructure (checked on the runner)";
    return feedback(what, [`The log reads like a missing service, but the runner says otherwise. ${checked.reason}`], [...checked.remediation]);
  }
  if (verdict.classification === "code") {
    return feedback("FEEDBACK: code failure", [`The tests failed and the failure is in the code: ${verdict.explanation}`], ["Fix the code behind the failing tests; the evidence lines above show where each failure was reported."]);
  }
  const named = verdict.services;
  const serviceText = named.length > 0 ? named.join(", ") : "unnamed service";
  const headline = `FEEDBACK: infrastructure failure (${serviceText})`;
  const ready = inputs.ready ?? [];
  const advice = (s) => ready.some((r) => satisfies(r, s) || satisfies(s, r)) ? `coach-gate started ${s} and saw it accept clients: make the tests use the connection variables it exported, rather than an address of their own.` : remediationFor(s);
  const remediation = named.length > 0 ? named.map(advice) : ["Provide the service the tests connect to (see the evidence lines), or make the tests independent of it."];
  if (verdict.confidence !== "high") {
    return feedback(headline, [`The failure looks like infrastructure, but not certainly: ${verdict.explanation} Only a high-confidence infrastructure failure can be approved conditionally.`], remediation);
  }
  if (declared.length === 0) {
    return feedback(headline, [`The tests need ${serviceText}, but the task declares no requires_infrastructure, so the failure cannot be excused.`], [...remediation, `If the task really needs ${serviceText}, declare it in the task's frontmatter: requires_infrastructure: [${named.join(", ") || "service"}].`]);
  }
  if (inputs.dockerAvailable) {
    return feedback(headline, ["Docker is available, so the declared services could have been provided and the tests run against them; the failure is not excused."], [...remediation, "Enable start-services (the default) so coach-gate starts the declared services itself, or check why they did not start."]);
  }
  if (inputs.dockerMisconfigured !== void 0) {
    return feedback(headline, ["The Docker probe failed on the client's configuration, not on a missing daemon: whether Docker could have provided the declared services is unknown, and a probe failure never counts as Docker being unavailable."], [...remediation, `Fix the Docker client: ${inputs.dockerMisconfigured}.`]);
  }
  const undeclared = named.filter((s) => !declared.some((d) => satisfies(d, s)));
  if (undeclared.length > 0) {
    return feedback(headline, [`The failing service (${undeclared.join(", ")}) is not among the task's declared infrastructure (${declared.join(", ")}): the two signals disagree.`], [...remediation, `Declare ${undeclared.join(", ")} in requires_infrastructure if the task needs it; otherwise the tests should not depend on it.`]);
  }
  if (checked && checked.outcome !== "corroborated") {
    return feedback(headline, [`Every other condition for a conditional approval holds, but the claim was not corroborated on the runner. ${checked.reason}`], [...remediation, ...checked.remediation]);
  }
  if (!inputs.trust.allowed) {
    return feedback(headline, [`Every other condition for a conditional approval holds, but the trust policy refuses it: ${inputs.trust.reason}`], [...remediation, "Run the tests where the declared infrastructure exists (e.g. a runner with Docker), or have a maintainer review the work; set conditional-approval: always only if forks are trusted."]);
  }
  const first = verdict.evidence[0];
  const cause = named.length > 0 ? `The tests failed only because ${serviceText} was not available (${verdict.title}${first ? `, log line ${first.line}` : ""}).` : `The tests failed only because a service was not available (${verdict.title}${first ? `, log line ${first.line}` : ""}); the log named no service, so the failure is attributed to the declared ${declared.join(", ")}.`;
  const unnamedToo = named.length > 0 && verdict.unnamedService ? " Some failures named no service; they are attributed to the declaration." : "";
  return {
    decision: "approve",
    approvedWithoutIndependentTests: true,
    headline: CONDITIONAL_HEADLINE,
    rationale: [
      `${cause}${unnamedToo}`,
      `The task declares it needs ${declared.join(", ")}, Docker is unavailable to provide it, and every gate passed.`,
      ...checked ? [checked.reason] : [],
      "Approved conditionally: the independent tests did not really run, so a human should check this work where the infrastructure exists."
    ],
    remediation: []
  };
}
var FLAKY_HEADLINE = "APPROVED (flaky: passed on a retry)";
function flakyResult(flaky, choice) {
  const names2 = flaky.failedFirst.length > 0 ? flaky.failedFirst.slice(0, 5).join(", ") + (flaky.failedFirst.length > 5 ? ` and ${flaky.failedFirst.length - 5} more` : "") : "the test command (no failing test was named)";
  const what = `The tests failed, then passed on attempt ${flaky.attempts}: flaky. First failing: ${names2}.`;
  if (flaky.unproven !== void 0) {
    return feedback(
      flaky.unproven.ranNothing ? "FEEDBACK: the retry ran no tests" : "FEEDBACK: the retry did not rerun the failed tests",
      [`The tests failed on attempt 1 (first failing: ${names2}); attempt ${flaky.attempts} exited 0, but ${flaky.unproven.reason.replace(/^the retry exited 0,? (but )?/, "")}. A retry is a pass only when the tests that failed before are seen to run again and pass.`],
      [`Fix the failing tests: ${names2}.`, "Make the test command run the tests on every call (not a build target a failed run already made), and name each passing test (pytest -v, go test -v, a JUnit report)."]
    );
  }
  if (choice === "feedback") return feedback("FEEDBACK: flaky tests", [what, "flaky-decision is feedback: a pass that needed a retry is not approved."], [`Make the flaky tests deterministic: ${names2}.`]);
  return { decision: "approve", approvedWithoutIndependentTests: false, headline: FLAKY_HEADLINE, rationale: [what, "flaky-decision is approve: the retry passed, so the work is approved; the flaky tests are named in a warning."], remediation: [`Make the flaky tests deterministic: ${names2}.`] };
}
function serviceFailureFeedback(failures) {
  const services = [...new Set(failures.map((f) => f.service))].sort();
  const remediation = failures.map((f) => {
    switch (f.stage) {
      case "pull":
        return `Make ${f.image} pullable on the runner, or point service-images at an image that is (${f.service}=<image>).`;
      case "start":
        return `Check that ${f.image} can run as a ${f.service} server on this runner (see the reason above).`;
      case "exited":
        return `The ${f.service} container stopped by itself: its last log lines below say why (often a missing or wrong environment variable of the image).`;
      default:
        return `Raise service-timeout if ${f.service} is just slow to start, or check that ${f.image} really runs ${f.service} (its last log lines are below).`;
    }
  });
  const reasons = failures.map((f) => `${f.service}: ${f.reason}`).join("; ");
  const rationale = [`The tests did not run: the declared ${services.join(", ")} could not be provided (${reasons}).`, "Docker is available, so this is a problem of the service containers, not excused: the work was not independently tested."];
  return feedback(`FEEDBACK: infrastructure failure (${services.join(", ")})`, rationale, remediation);
}
function feedback(headline, rationale, remediation) {
  return { decision: "feedback", approvedWithoutIndependentTests: false, headline, rationale, remediation };
}

// src/compare/rule.ts
var INTRODUCED_HEADLINE = "FEEDBACK: failure introduced by this pull request";
var NAMES_SHOWN = 5;
function decideAgainstBase(head, plain, comparison) {
  if (!comparison.ran) return withReason(plain, `Not compared with the base commit: ${comparison.reason}. Decided as without the comparison.`);
  const { matching } = comparison;
  const at = `the base commit ${comparison.baseSha.slice(0, 12)}`;
  const blocking = matching.units.filter((u) => u.status === "introduced" && (u.outcome === "code" || u.outcome === "unexplained"));
  if (blocking.length > 0) {
    const why = `${count(blocking.length, "failing test")} this pull request introduced ${blocking.length === 1 ? "fails" : "fail"} in the code or for no explained reason, and not the same way on ${at}: ${names(blocking)}.`;
    if (plain.approvedWithoutIndependentTests) {
      return feedback(INTRODUCED_HEADLINE, [why, `The log alone would have been approved conditionally (${plain.rationale[0] ?? ""}), but a failure the PR introduced is never excused as infrastructure.`], ["Fix the failures this pull request introduced; they pass (or fail otherwise) without its changes."]);
    }
    return withReason(plain, why);
  }
  const excused = (u) => u.infrastructureEvidence && (u.status === "pre-existing" || u.status === "new" && u.outcome === "infrastructure" && u.confidence === "high");
  const units = matching.units;
  if (units.length === 0 || matching.unlisted > 0 || !units.every(excused)) return withReason(plain, describe(matching, at));
  const sameAtBase = units.filter((u) => u.status === "pre-existing");
  const services = [...new Set(units.filter((u) => u.outcome === "infrastructure").flatMap((u) => u.services))].sort();
  const verdict = { ...head.verdict, classification: "infrastructure", confidence: "high", services, unnamedService: units.some((u) => u.services.length === 0) };
  const judged = head.judge(verdict);
  const fresh = units.length - sameAtBase.length;
  const sentence = sameAtBase.length === 0 ? `Every failing test is new (absent on ${at}) and fails only because a service was not available.` : `The same ${count(sameAtBase.length, "test")} ${sameAtBase.length === 1 ? "fails" : "fail"} the same way on ${at}, where this PR's changes are absent${fresh > 0 ? `; ${count(fresh, "new test")} ${fresh === 1 ? "fails" : "fail"} only because a service was not available` : ""}.`;
  if (!judged.approvedWithoutIndependentTests) {
    if (plain.approvedWithoutIndependentTests) return withReason(plain, sentence);
    return withReason(plain, `${sentence} Not approved on that ground: ${judged.rationale[0] ?? judged.headline}`);
  }
  return {
    decision: "approve",
    approvedWithoutIndependentTests: true,
    headline: CONDITIONAL_HEADLINE,
    rationale: [
      sentence,
      `Each shows infrastructure evidence (${services.length > 0 ? services.join(", ") : "no service named; attributed to the declaration"}); the task declares ${head.declared.join(", ")}, Docker is unavailable to provide it, and every gate passed.`,
      ...plain.approvedWithoutIndependentTests ? [] : [`The log alone was not enough (${head.verdict.classification}/${head.verdict.confidence}: ${head.verdict.explanation}); the base commit's run is the independent signal.`],
      "Approved conditionally: the independent tests did not really run, so a human should check this work where the infrastructure exists."
    ],
    remediation: []
  };
}
function describe(matching, at) {
  const { preExisting, introduced } = matching.counts;
  const parts = [`${preExisting} of ${matching.units.length} failing units fail the same way on ${at}`];
  if (introduced > 0) parts.push(`${introduced} ${introduced === 1 ? "was" : "were"} introduced by this PR`);
  if (matching.counts.new > 0) parts.push(`${matching.counts.new} ${matching.counts.new === 1 ? "is" : "are"} new`);
  if (matching.unlisted > 0) parts.push(`${matching.unlisted} more could not be matched (beyond the listed failures)`);
  const lacking = matching.units.filter((u) => !u.infrastructureEvidence).length;
  const tail = lacking > 0 ? `; ${count(lacking, "failing unit")} ${lacking === 1 ? "shows" : "show"} no infrastructure evidence` : "";
  return `Against the base commit: ${parts.join(", ")}${tail}. The comparison does not excuse this run.`;
}
function withReason(result, line) {
  const [first, ...rest] = result.rationale;
  return { ...result, rationale: first === void 0 ? [line] : [first, line, ...rest] };
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function names(units) {
  const shown = units.slice(0, NAMES_SHOWN).map((u) => u.name).join(", ");
  return units.length > NAMES_SHOWN ? `${shown} and ${units.length - NAMES_SHOWN} more` : shown;
}

// src/compare/untouched.ts
import { createHash as createHash2 } from "node:crypto";
import { readdir, readFile as readFile2 } from "node:fs/promises";
import path6 from "node:path";
var UPWARD_CONFIG = /^(?:pytest\.ini|pyproject\.toml|tox\.ini|setup\.cfg|conftest\.py|sitecustomize\.py|usercustomize\.py|package\.json|\.npmrc|\.yarnrc(?:\.yml)?|node_modules|\.pnp\.c?js|jest\.config\.\w+|vitest\.config\.\w+|vite\.config\.\w+|babel\.config\.\w+|\.babelrc(?:\.\w+)?|tsconfig\.json|\.mocharc\.\w+|go\.mod|go\.work|Gemfile|\.rspec|\.bundle|Cargo\.toml|\.cargo|composer\.json|phpunit\.xml(?:\.dist)?|\.git|\.gitattributes|\.env)$/;
async function gitMetadata(repository) {
  const out = [];
  const git = path6.join(repository, ".git");
  const read = async (file) => readFile2(file, "utf8").catch(() => "");
  const pointer = await read(git);
  out.push(`pointer:${pointer}`);
  const dir = pointer.startsWith("gitdir:") ? path6.resolve(repository, pointer.slice(7).trim()) : git;
  for (const file of ["config", "info/attributes", "commondir"]) out.push(`${file}:${await read(path6.join(dir, file))}`);
  out.push(`packed-replace:${(await read(path6.join(dir, "packed-refs"))).split("\n").filter((l) => l.includes("refs/replace/")).join("\n")}`);
  out.push(`replace:${(await readdir(path6.join(dir, "refs", "replace"), { recursive: true }).catch(() => [])).sort().join(",")}`);
  return out;
}
async function upwardConfigs(parent) {
  const out = [];
  for (let dir = path6.resolve(parent); ; dir = path6.dirname(dir)) {
    const names2 = await readdir(dir).catch(() => []);
    out.push(`${dir}:${names2.filter((n) => UPWARD_CONFIG.test(n)).sort().join(",")}`);
    if (path6.dirname(dir) === dir) return out;
  }
}
async function fingerprint(repository, parent) {
  const parts = [...await gitMetadata(repository), ...await upwardConfigs(parent)];
  return { fingerprint: createHash2("sha256").update(parts.join("\0")).digest("hex") };
}
async function changedSince(before, repository, parent) {
  const now = await fingerprint(repository, parent);
  if (now.fingerprint === before.fingerprint) return void 0;
  return "the checkout's git metadata (its config, replace refs or attributes) or a tool's configuration in a folder above the base worktree changed while the tests ran; a base run through them could not be trusted";
}
async function repositoryOf(cwd) {
  for (let dir = path6.resolve(cwd); ; dir = path6.dirname(dir)) {
    if ((await readdir(dir).catch(() => [])).includes(".git")) return dir;
    if (path6.dirname(dir) === dir) return path6.resolve(cwd);
  }
}

// src/compare/worktree.ts
import { execFile } from "node:child_process";
import { lstat as lstat3, mkdtemp as mkdtemp2, rm as rm3, symlink, unlink } from "node:fs/promises";
import path7 from "node:path";
var DEFAULT_LINKS = ["node_modules", "vendor", ".venv"];
var GIT_TIMEOUT_MS = 12e4;
var GIT_OUTPUT_MAX = 4 * 1024 * 1024;
function realGit(env, signal) {
  const gitEnv = { ...env, GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "echo", GCM_INTERACTIVE: "never", GIT_NO_REPLACE_OBJECTS: "1", GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
  return (args, cwd) => new Promise((resolve, reject) => {
    execFile("git", ["-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "core.attributesFile=/dev/null", "-c", "advice.detachedHead=false", ...args], { cwd, env: gitEnv, timeout: GIT_TIMEOUT_MS, maxBuffer: GIT_OUTPUT_MAX, killSignal: "SIGKILL", ...signal ? { signal } : {} }, (error2, stdout, stderr) => {
      if (!error2) return resolve(stdout.trim());
      const said = String(stderr).trim().split("\n").filter(Boolean).slice(-2).join(" ") || error2.message;
      reject(new Error(`git ${args[0] ?? ""} failed: ${said}`));
    });
  });
}
async function resolveBase(git, repository, ref) {
  const local = async (name) => git(["rev-parse", "--verify", "--quiet", `${name}^{commit}`], repository).catch(() => void 0);
  const candidates = /^[0-9a-f]{40}$/i.test(ref) ? [ref] : [ref, `refs/remotes/origin/${ref}`];
  for (const name of candidates) {
    const sha2 = await local(name);
    if (sha2) return { sha: sha2, fetched: false };
  }
  await git(["fetch", "--no-tags", "--depth=1", "--no-recurse-submodules", "origin", ref], repository);
  const sha = await local("FETCH_HEAD") ?? await local(ref);
  if (!sha) throw new Error(`origin gave no commit for ${ref}`);
  return { sha, fetched: true };
}
async function checkOutBase(git, options) {
  const repository = await git(["rev-parse", "--show-toplevel"], options.cwd);
  const { sha, fetched } = await resolveBase(git, repository, options.ref);
  const dir = await mkdtemp2(path7.join(options.parent, "coach-gate-base-"));
  try {
    await git(["worktree", "add", "--detach", "--force", dir, sha], repository);
  } catch (error2) {
    await rm3(dir, { recursive: true, force: true }).catch(() => void 0);
    throw error2;
  }
  const checkout = { repository, dir, sha, fetched, links: [] };
  const within = path7.relative(repository, path7.resolve(options.cwd));
  const places = [.../* @__PURE__ */ new Set(["", within.startsWith("..") ? "" : within])];
  for (const place of places) {
    for (const name of [...DEFAULT_LINKS, ...options.links]) {
      const rel = path7.join(place, name);
      const source = path7.join(repository, rel);
      const target = path7.join(dir, rel);
      if (!await exists(source) || await exists(target)) continue;
      if (!await exists(path7.dirname(target))) continue;
      await symlink(source, target, process.platform === "win32" ? "junction" : "dir");
      checkout.links.push(rel);
    }
  }
  return checkout;
}
async function removeBase(git, checkout) {
  for (const rel of checkout.links) await unlink(path7.join(checkout.dir, rel)).catch(() => void 0);
  let problem;
  try {
    await git(["worktree", "remove", "--force", "--force", checkout.dir], checkout.repository);
  } catch (error2) {
    problem = error2 instanceof Error ? error2.message : String(error2);
  }
  if (await exists(checkout.dir)) await rm3(checkout.dir, { recursive: true, force: true }).catch(() => void 0);
  await git(["worktree", "prune"], checkout.repository).catch(() => void 0);
  if (await exists(checkout.dir)) return `The base commit's worktree ${checkout.dir} could not be removed: ${problem ?? "it is still there"}.`;
  return void 0;
}
async function exists(file) {
  return lstat3(file).then(() => true, () => false);
}

// src/compare/stage.ts
var baseParent = (env) => env.RUNNER_TEMP || tmpdir2();
async function beforeTheTests(settings, cwd, env) {
  if (settings.compareBase === "off") return void 0;
  return fingerprint(await repositoryOf(cwd), baseParent(env));
}
async function compareWithBase(options) {
  const { settings, head, plain } = options;
  if (settings.compareBase === "off" || head.passed) return void 0;
  const started = Date.now();
  const { ref, refSource } = baseRefOf(settings.baseRef, options.carried);
  const notRun = (reason, extra = {}) => {
    const comparison2 = { ran: false, reason, ref, refSource, durationSeconds: (Date.now() - started) / 1e3, notes: [], ...extra };
    options.log(`coach-gate: not compared with the base commit: ${reason}`);
    return { comparison: comparison2, decision: decideAgainstBase(headFacts(options), plain, { ran: false, reason }) };
  };
  const skip = skipReason(options);
  if (skip !== void 0) {
    return { comparison: { ran: false, reason: skip, ref, refSource, durationSeconds: 0, notes: [] }, decision: plain };
  }
  if (ref === "") return notRun("the event names no base commit (no pull_request.base.sha) and base-ref is not set");
  const git = options.git ?? realGit(sanitisedEnv(options.env), options.signal);
  const parent = baseParent(options.env);
  if (options.before) {
    const changed = await changedSince(options.before, await repositoryOf(options.cwd), parent);
    if (changed !== void 0) return notRun(changed);
  }
  let checkout;
  try {
    checkout = await checkOutBase(git, { cwd: options.cwd, ref, parent, links: settings.compareBaseLinks, workingDirectory: settings.workingDirectory });
  } catch (error2) {
    return notRun(`the base commit ${ref} could not be checked out (${error2 instanceof Error ? error2.message : String(error2)})`);
  }
  const notes = [];
  let ran;
  let failure;
  try {
    options.log(`coach-gate: running the tests on the base commit ${checkout.sha}${checkout.fetched ? " (fetched from origin)" : ""}${checkout.links.length > 0 ? `, with ${checkout.links.join(", ")} linked from the checkout` : ""}`);
    ran = await runBase(options, checkout, notes);
  } catch (error2) {
    failure = error2 instanceof Error ? error2.message : String(error2);
  } finally {
    const left = await removeBase(git, checkout);
    if (left !== void 0) notes.push(left);
  }
  const facts = { sha: checkout.sha, fetched: checkout.fetched, links: checkout.links, notes };
  if (ran === void 0) return notRun(`the base run failed (${failure ?? "unknown error"})`, facts);
  if (ran.result.startError !== void 0) return notRun(`the base run could not start (${ran.result.startError})`, facts);
  if (ran.result.cancelled) return notRun("the job was cancelled while the base commit was tested", facts);
  const headPassing = await passingInFile(head.logPath);
  const matching = matchAgainstBase({ verdict: head.verdict, passing: headPassing, passed: false }, { verdict: ran.verdict, passing: ran.passing, passed: ran.passed });
  const outcome = { ran: true, matching, baseSha: checkout.sha };
  const comparison = {
    ran: true,
    ref,
    refSource,
    ...facts,
    matching,
    tests: { passed: ran.passed, exitCode: ran.result.exitCode, timedOut: ran.result.timedOut, durationSeconds: ran.result.durationSeconds, logPath: ran.logPath, classification: ran.verdict.classification, confidence: ran.verdict.confidence, failingTests: ran.verdict.failingTests },
    durationSeconds: (Date.now() - started) / 1e3
  };
  const { preExisting, introduced } = matching.counts;
  options.log(`coach-gate: against the base commit: ${preExisting} failing unit(s) fail the same way, ${introduced} introduced, ${matching.counts.new} new`);
  return { comparison, decision: decideAgainstBase(headFacts(options), plain, outcome) };
}
function headFacts(options) {
  return { verdict: options.head.verdict, declared: options.declared, judge: options.judge };
}
function baseRefOf(input, carried) {
  if (input !== "") return { ref: input, refSource: "base-ref" };
  if (carried.kind === "known" && carried.baseSha) return { ref: carried.baseSha, refSource: "pull-request" };
  return { ref: "", refSource: "none" };
}
function skipReason(options) {
  const { head } = options;
  if (head.result.cancelled) return "the job was cancelled";
  if (head.result.timedOut) return "the tests timed out, and a timeout is never excused";
  if (head.result.startError !== void 0) return "the test command could not be started";
  if (options.settings.gates.some((g) => !g.passed)) return "a quality gate failed, so the decision is feedback whatever the base commit does";
  if (head.servicesStarted > 0) return "the tests ran against service containers, which the base run would not have";
  return void 0;
}
async function runBase(options, checkout, notes) {
  const within = path8.relative(checkout.repository, options.cwd);
  const cwd = path8.join(checkout.dir, within.startsWith("..") ? "" : within);
  const workspaceWithin = path8.relative(checkout.repository, options.workspace);
  const logPath = options.logPath.replace(/(\.log)?$/, ".base$1");
  const classifier = new LogClassifier();
  const passing = new PassingCollector();
  const startedAt = options.now();
  const guard = await guardRunnerFiles(options.env);
  let result;
  try {
    result = await options.runTests({
      command: options.settings.testCommand,
      cwd,
      env: sanitisedEnv(options.env, { ...guard.testEnv, ...workspaceWithin.startsWith("..") ? {} : { GITHUB_WORKSPACE: path8.join(checkout.dir, workspaceWithin) } }),
      logPath,
      timeoutMs: options.settings.testTimeoutMinutes * 6e4,
      onLine: (line) => {
        classifier.push(line);
        passing.push(line);
      },
      echo: options.echo,
      signal: options.signal
    });
  } finally {
    notes.push(...await guard.restore());
  }
  const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled;
  let verdict = passed ? PASSED_VERDICT : classifier.result(result.timedOut || result.cancelled ? void 0 : { exitCode: result.exitCode, signal: result.signal });
  if (!passed && options.settings.junitPaths.length > 0) {
    const junit = await readJUnitReports(options.settings.junitPaths, cwd, startedAt);
    notes.push(...junit.notes.map((n) => `Base run: ${n}`));
    verdict = combineVerdicts(verdict, junit.verdict);
  }
  return { result, verdict, passing: passing.result(), passed, logPath };
}
async function passingInFile(file) {
  const collector = new PassingCollector();
  const decoder = new StringDecoder2("utf8");
  let pending = "";
  try {
    for await (const chunk of createReadStream(file)) {
      const text2 = pending + decoder.write(chunk);
      const lines = text2.split(/\r\n|\r|\n/);
      pending = lines.pop() ?? "";
      if (pending.length > 4096) pending = "";
      for (const line of lines) collector.push(line);
    }
    collector.push(pending + decoder.end());
  } catch {
  }
  return collector.result();
}

// src/corroborate/stage.ts
import { access as access2, readFile as readFile3, realpath, stat as stat2 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import path10 from "node:path";

// src/corroborate/checks.ts
import { execFile as execFile2 } from "node:child_process";
import { lookup } from "node:dns/promises";
import { constants as constants2 } from "node:fs";
import { access } from "node:fs/promises";
import net from "node:net";
import path9 from "node:path";
var CONNECT_TIMEOUT_MS = 500;
var TOOLCHAIN_TIMEOUT_MS = 1500;
var runnerChecks = {
  connect: (target, timeoutMs) => new Promise((resolve) => {
    const socket = "path" in target ? net.connect({ path: target.path }) : net.connect({ host: target.host, port: target.port });
    const done = (answer) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done({ outcome: "no-answer", detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
    socket.once("connect", () => done({ outcome: "accepted", detail: "accepted a connection" }));
    socket.once("error", (error2) => {
      const code2 = error2.code ?? "";
      if (code2 === "ECONNREFUSED" || code2 === "ENOENT") done({ outcome: "refused", detail: code2 });
      else done({ outcome: "no-answer", detail: code2 || error2.message });
    });
  }),
  resolve: async (host, timeoutMs) => {
    let timer;
    const late = new Promise((resolve) => timer = setTimeout(() => resolve({ outcome: "no-answer", detail: `no answer within ${timeoutMs} ms` }), timeoutMs));
    const asked = lookup(host, { all: true }).then(
      (addresses) => ({ outcome: "resolved", detail: `resolves to ${addresses.map((a) => a.address).slice(0, 3).join(", ")}` }),
      (error2) => error2.code === "ENOTFOUND" || error2.code === "EAI_NONAME" || error2.code === "EAI_AGAIN" || error2.code === "ENODATA" ? { outcome: "not-found", detail: error2.code } : { outcome: "no-answer", detail: error2.code ?? error2.message }
    );
    try {
      return await Promise.race([asked, late]);
    } finally {
      clearTimeout(timer);
    }
  },
  module: async (ecosystem, name, options) => {
    if (ecosystem === "npm") {
      const node = await onPath("node", options.env) ?? process.execPath;
      const script2 = "try{require.resolve(process.argv[1]);console.log('present')}catch(e){console.log(e&&e.code==='MODULE_NOT_FOUND'?'absent':'present '+(e&&e.code))}";
      const answer2 = await child(node, ["-e", script2, name], options);
      if (answer2.error !== void 0) return { outcome: "unknown", detail: `${path9.basename(node)} could not be asked: ${answer2.error}` };
      const present2 = answer2.stdout.startsWith("present");
      return { outcome: present2 ? "present" : "absent", detail: `require.resolve('${name}') from ${options.cwd} with ${node}: ${present2 ? "found" : "MODULE_NOT_FOUND"}` };
    }
    const python = options.interpreter ?? await onPath("python3", options.env) ?? await onPath("python", options.env);
    if (python === void 0) return { outcome: "unknown", detail: "no python3 on the step's PATH" };
    const script = 'import importlib.util,sys\nprint("present" if importlib.util.find_spec(sys.argv[1]) else "absent")';
    const answer = await child(python, ["-c", script, name], options);
    if (answer.error !== void 0 || !/^(present|absent)/.test(answer.stdout)) return { outcome: "unknown", detail: `${python} could not be asked: ${answer.error ?? answer.stdout.trim().slice(0, 200)}` };
    const present = answer.stdout.startsWith("present");
    return { outcome: present ? "present" : "absent", detail: `importlib.util.find_spec('${name}') in ${options.cwd} with ${python}: ${present ? "found" : "None"}` };
  },
  pythonDistributions: async (names2, options) => {
    const python = options.interpreter ?? await onPath("python3", options.env) ?? await onPath("python", options.env);
    if (python === void 0 || names2.length === 0) return void 0;
    const script = 'import importlib.metadata as m,sys\nfor n in sys.argv[1:]:\n  try:\n    m.distribution(n);print(n)\n  except Exception:\n    pass\nprint("--done")';
    const answer = await child(python, ["-c", script, ...names2.slice(0, 200)], options);
    if (answer.error !== void 0 || !answer.stdout.includes("--done")) return void 0;
    return answer.stdout.split("\n").map((l) => l.trim()).filter((l) => l !== "" && l !== "--done");
  },
  tool: async (name, env) => {
    const found = await onPath(name, env);
    return found === void 0 ? { outcome: "absent", detail: `no ${name} on the step's PATH` } : { outcome: "present", detail: `${found} is there` };
  }
};
async function onPath(name, env) {
  const dirs = (env.PATH ?? env.Path ?? "").split(path9.delimiter).filter(Boolean);
  const names2 = process.platform === "win32" ? [`${name}.exe`, `${name}.cmd`, name] : [name];
  for (const dir of dirs) {
    for (const file of names2) {
      const full = path9.join(dir, file);
      try {
        await access(full, constants2.X_OK);
        return full;
      } catch {
      }
    }
  }
  return void 0;
}
function child(file, args, options) {
  return new Promise((resolve) => {
    execFile2(file, [...args], { cwd: options.cwd, env: options.env, timeout: options.timeoutMs, killSignal: "SIGKILL", maxBuffer: 64 * 1024, windowsHide: true }, (error2, stdout) => {
      if (error2 && (error2.killed || typeof error2.code === "string")) resolve({ stdout: String(stdout), error: error2.killed ? `no answer within ${options.timeoutMs} ms` : String(error2.code) });
      else resolve({ stdout: String(stdout) });
    });
  });
}

// src/corroborate/claims.ts
var CLAIMS_MAX = 8;
var HP = (cue) => new RegExp(String.raw`${cue}\s*\(?(?:[\w.-]{0,255}\/)?${HOST_PORT}`);
var ENDPOINT_SHAPES = [
  // libpq: `connection to server at "localhost" (127.0.0.1), port 5432 failed`
  /connection to server at "(?<name>[^"]{1,255})"(?: \((?<host>[^)]{1,64})\))?, port (?<port>\d{1,5})/,
  /Connect call failed \('(?<host>[^']{1,255})', (?<port>\d{1,5})/,
  /connect\(2\) for "?(?<host>[\w.:-]{1,255})"? port (?<port>\d{1,5})/,
  /HTTPConnectionPool\(host='(?<host>[^']{1,255})', port=(?<port>\d{1,5})\)/,
  /\(host=(?<host>[\w.:-]{1,255})\)\(port=(?<port>\d{1,5})\)/,
  /connection to the host (?<host>[\w.-]{1,255}), port (?<port>\d{1,5})/,
  /database server at `?(?<host>[\w.-]{1,255})`?:`?(?<port>\d{1,5})/,
  HP(String.raw`(?:ECONNREFUSED|dial tcp|[Rr]efused:|[Cc]onnect(?:ing)? to|[Cc]onnection to(?: node -?\d+)?|UnableToConnect on|server at|for DNS name)`)
];
var HOST_ONLY = /server on '?(?<host>[\w.:-]{1,255}?)'? \(/;
var SOCKET_SHAPES = [
  /socket "(?<path>\/[^"]{1,255})"/,
  /unix socket: (?<path>\/\S{1,255}?)\.? (?:No such file|Connection refused)/,
  /dial unix (?<path>\/[^\s:]{1,255})/,
  /connect E(?:NOENT|CONNREFUSED) (?<path>\/\S{1,255})/,
  /unix:\/\/(?<path>\/[^\s"'?]{1,255}?)\.?(?=[\s"'?]|$)/,
  /through socket '(?<path>\/[^']{1,255})'/,
  /SocketNotFoundError\("?(?<path>\/[^")]{1,255})/,
  /(?<path>\/[\w./-]{1,255}docker\.sock)/
];
var DNS_SHAPES = [
  /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,255})/,
  /could not translate host name "(?<host>[\w.-]{1,255})"/,
  /lookup (?<host>[\w.-]{1,255})(?: on [\d.:[\]]+)?: /,
  /Error -[23] connecting to (?<host>[\w.-]{1,255}):/,
  /\b(?<host>[\w.-]{1,255}):\d{1,5}\b.{0,80}Name or service not known|Name or service not known.{0,40}\b(?<host2>[\w.-]{1,255}):\d/,
  /UnknownHostException: (?<host>[\w.-]{1,255})/
];
var MODULE_SHAPES = {
  "module.python.missing": /No module named '?(?<module>[\w.]{1,200})'?/,
  "module.npm.missing": /Cannot find (?:module|package) '(?<module>[^'\s]{1,200})'|Failed to load url (?<module2>[^\s(]{1,200}) |Failed to resolve (?:import|entry for package) "(?<module3>[^"\s]{1,200})"/
};
var TOOL_SHAPE = /(?:^|[\s:])(?<tool>[\w.-]{2,40}): (?:command )?not found|exec: "(?<tool2>[\w.-]{2,40})": executable file not found/;
function claimsOf(verdict, declared) {
  const findings2 = [...verdict.evidence, ...verdict.tests.flatMap((t) => t.evidence ? [t.evidence] : [])].filter((f) => f.kind === "infrastructure" && f.confidence === "high");
  const claims = /* @__PURE__ */ new Map();
  for (const f of findings2) {
    const claim = claimOf(f.ruleId, f.text, f.service, f.line);
    const key = claimKey(claim);
    if (!claims.has(key)) claims.set(key, claim);
  }
  if (claims.size === 0 && verdict.classification === "infrastructure") {
    for (const s of verdict.services.length > 0 ? verdict.services : declared) claims.set(`service:${s}`, { kind: "service", service: s, line: 0, text: verdict.title });
  }
  const out = [...claims.values()];
  const specific = new Set(out.filter((c) => c.kind !== "service").map((c) => c.service));
  return out.filter((c) => c.kind !== "service" || !specific.has(c.service) || c.service === "").slice(0, CLAIMS_MAX);
}
function claimKey(claim) {
  switch (claim.kind) {
    case "endpoint":
      return `endpoint:${normalHost(claim.host)}:${claim.port}`;
    case "socket":
      return `socket:${claim.path}`;
    case "dns":
      return `dns:${claim.host.toLowerCase()}`;
    case "module":
      return `module:${claim.ecosystem}:${claim.module}`;
    case "tool":
      return `tool:${claim.tool}`;
    default:
      return `service:${claim.service}`;
  }
}
function claimOf(ruleId, text2, service, line) {
  const base = { line, text: text2 };
  if (ruleId.startsWith("network.dns")) {
    for (const shape of DNS_SHAPES) {
      const g = shape.exec(text2)?.groups;
      const host = g?.host ?? g?.host2;
      if (host) return { kind: "dns", service, host, ...base };
    }
  }
  if (ruleId.startsWith("module.")) {
    const g = MODULE_SHAPES[ruleId]?.exec(text2)?.groups;
    const module = g?.module ?? g?.module2 ?? g?.module3;
    return { kind: "module", service, ecosystem: ruleId.split(".")[1] ?? "", module: module ? packageOf(ruleId, module) : "", ...base };
  }
  if (ruleId === "tool.missing") {
    const g = TOOL_SHAPE.exec(text2)?.groups;
    const tool = g?.tool ?? g?.tool2;
    if (tool) return { kind: "tool", service, tool, ...base };
  }
  for (const shape of SOCKET_SHAPES) {
    const path14 = shape.exec(text2)?.groups?.path;
    if (path14) return { kind: "socket", service: service || (serviceForSocket(path14) ?? ""), path: path14, ...base };
  }
  for (const shape of ENDPOINT_SHAPES) {
    const g = shape.exec(text2)?.groups;
    const host = g?.host ?? g?.name;
    const port = Number(g?.port);
    if (host && Number.isInteger(port) && port > 0 && port < 65536) return { kind: "endpoint", service: service || (serviceForPort(port) ?? ""), host: stripBrackets(host), port, ...base };
  }
  const hostOnly = HOST_ONLY.exec(text2)?.groups?.host;
  const known = service ? serviceDefinition(service)?.ports[0] : void 0;
  if (hostOnly && known !== void 0) return { kind: "endpoint", service, host: hostOnly, port: known, defaultPort: true, ...base };
  return { kind: "service", service, ...base };
}
function packageOf(ruleId, module) {
  if (ruleId === "module.python.missing") return module.split(".")[0] ?? module;
  if (ruleId === "module.npm.missing") {
    const parts = module.replace(/^node:/, "").split("/");
    return module.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] ?? module;
  }
  return module;
}
var stripBrackets = (host) => host.replace(/^\[(.*)\]$/, "$1");
function normalHost(host) {
  const h = stripBrackets(host.trim().toLowerCase());
  return /^(?:localhost|127\.0\.0\.1|::1|0\.0\.0\.0|::|ip6-localhost)$/.test(h) ? "loopback" : h;
}
function describeClaim(claim) {
  switch (claim.kind) {
    case "endpoint":
      return `${claim.host.includes(":") ? `[${claim.host}]` : claim.host}:${claim.port}`;
    case "socket":
      return `the socket ${claim.path}`;
    case "dns":
      return `the host name ${claim.host}`;
    case "module":
      return `the ${claim.ecosystem} package ${claim.module || "(unnamed)"}`;
    case "tool":
      return `the command ${claim.tool}`;
    default:
      return claim.service ? `${claim.service} (no endpoint named)` : "a service (none named)";
  }
}

// src/corroborate/configured.ts
function configuredEndpoints(env, service) {
  const variables = connectionVariablesOf(service);
  const defaultPort = serviceDefinition(service)?.ports[0];
  const out = [];
  const hosts = /* @__PURE__ */ new Map();
  const ports = /* @__PURE__ */ new Map();
  for (const name of variables) {
    const value = env[name]?.trim();
    if (!value) continue;
    const prefix = name.replace(/_?(?:HOST|PORT|TCP_PORT)$/, "");
    if (/(?:^|_)(?:TCP_)?PORT$/.test(name) || name === "PGPORT") {
      const port = Number(value);
      if (Number.isInteger(port) && port > 0 && port < 65536 && !ports.has(prefix)) ports.set(prefix, port);
      continue;
    }
    if (/HOST$/.test(name) && !value.includes("://") && !/[,:]/.test(value.replace(/^\[.*\]$/, ""))) {
      if (!hosts.has(prefix)) hosts.set(prefix, value);
      continue;
    }
    for (const part of value.split(/[,\s]+/).filter(Boolean)) {
      const scheme = /^([a-z][\w+.-]*):\/\//i.exec(part)?.[1];
      const of = scheme === void 0 ? void 0 : serviceForScheme(scheme);
      if (of !== void 0 && !satisfies(of, service) && !satisfies(service, of)) continue;
      const endpoint = parseEndpoint(part, defaultPort);
      if (endpoint) out.push({ variable: name, ...endpoint });
    }
  }
  for (const prefix of /* @__PURE__ */ new Set([...hosts.keys(), ...ports.keys()])) {
    const host = hosts.get(prefix);
    const port = ports.get(prefix);
    const names2 = variables.filter((v) => v.replace(/_?(?:HOST|PORT|TCP_PORT)$/, "") === prefix && env[v]?.trim()).join("/");
    if (host?.startsWith("/")) out.push({ variable: names2, host: "", port, socket: host });
    else out.push({ variable: names2, host: host ?? "", port: port ?? (host !== void 0 ? defaultPort : void 0) });
  }
  return out;
}
function parseEndpoint(text2, defaultPort) {
  if (text2.includes("://")) {
    try {
      const url = new URL(text2);
      const socketHost = url.searchParams.get("host");
      if (url.hostname === "" && socketHost?.startsWith("/")) return { host: "", port: Number(url.port) || defaultPort, socket: socketHost };
      if (url.hostname === "") return void 0;
      return { host: url.hostname.replace(/^\[(.*)\]$/, "$1"), port: Number(url.port) || defaultPort };
    } catch {
      return void 0;
    }
  }
  const found = /^\[?([\w.:-]*?)\]?:(\d{1,5})$/.exec(text2);
  if (found) return { host: found[1] ?? "", port: Number(found[2]) };
  return /^[\w.-]+$/.test(text2) ? { host: text2, port: defaultPort } : void 0;
}
function matchesConfigured(configured, host, port) {
  if (configured.socket !== void 0) return false;
  if (configured.port !== void 0 && configured.port !== port) return false;
  return sameHost(configured.host, host);
}
var IP_LITERAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[\da-f]{0,4}(?::[\da-f]{0,4}){2,7})$/i;
function sameHost(configured, refused) {
  if (configured === "") return true;
  const want = normalHost(configured);
  const got = normalHost(refused);
  if (want === got) return true;
  return want !== "loopback" && !IP_LITERAL.test(want) && got !== "loopback" && IP_LITERAL.test(got);
}
function describeConfigured(c) {
  if (c.socket !== void 0) return `${c.variable} names the socket ${c.socket}`;
  const host = c.host === "" ? "" : c.host.includes(":") ? `[${c.host}]` : c.host;
  return `${c.variable} names ${host}${c.port === void 0 ? "" : host === "" ? `port ${c.port}` : `:${c.port}`}`;
}

// src/corroborate/judge.ts
var where = (host, port) => `${host.includes(":") ? `[${host}]` : host}:${port}`;
function servicesOf(claim, declared) {
  if (claim.service !== "") return [claim.service];
  return declared.map((d) => canonicalService(d) ?? d);
}
function planChecks(claims, ctx) {
  return claims.flatMap((claim) => {
    if (claim.kind === "service" && claim.service === "" && ctx.declared.length > 0) return servicesOf(claim, ctx.declared).map((s) => planCheck({ ...claim, service: s }, ctx));
    return [planCheck(claim, ctx)];
  });
}
function planCheck(claim, ctx) {
  const services = servicesOf(claim, ctx.declared);
  const service = claim.service;
  const plan = (check2, rest) => ({ claim, service, check: check2, ...rest });
  const started = ctx.started.find((s) => services.some((name) => satisfies(s.service, name) || satisfies(name, s.service)));
  if (claim.kind === "module") {
    if (claim.ecosystem !== "npm" && claim.ecosystem !== "python") {
      return plan(`${claim.ecosystem} package lookup`, { decided: { result: "unestablished", reason: `whether ${claim.module || "the package"} is installed for ${claim.ecosystem} cannot be checked on the runner (only npm and Python packages are)` } });
    }
    if (claim.module === "") return plan("package lookup", { decided: { result: "unestablished", reason: "the missing package is not named on the line" } });
    return plan(claim.ecosystem === "npm" ? `require.resolve('${claim.module}') in working-directory` : `find_spec('${claim.module}') in working-directory`, { request: { kind: "module", ecosystem: claim.ecosystem, name: claim.module } });
  }
  if (claim.kind === "tool") return plan(`${claim.tool} on the step's PATH`, { request: { kind: "tool", name: claim.tool } });
  if (started && claim.kind !== "socket") {
    const at = where(started.host, started.port);
    const there = claim.kind === "endpoint" && normalHost(claim.host) === normalHost(started.host) && claim.port === started.port;
    const reason = claim.kind === "endpoint" && !there ? `refused on ${describeClaim(claim)}, but coach-gate started ${started.service} at ${at} and exported its connection variables: the code ignored its configuration` : `coach-gate started ${started.service} at ${at} and saw it accept clients before the tests: the service was there`;
    return plan(`${started.service} container started and ready`, { decided: { result: "code", reason } });
  }
  const configured = services.flatMap((s) => configuredEndpoints(ctx.env, s));
  if (claim.kind === "endpoint") {
    const tcp = configured.filter((c) => c.socket === void 0);
    if (tcp.length > 0 && !tcp.some((c) => claim.defaultPort ? sameHost(c.host, claim.host) : matchesConfigured(c, claim.host, claim.port))) {
      return plan("the step's connection variables", { decided: { result: "code", reason: ignored(`refused on ${describeClaim(claim)}`, tcp) } });
    }
    const configuredPort = claim.defaultPort ? tcp.find((c) => c.port !== void 0)?.port : void 0;
    const port2 = configuredPort ?? claim.port;
    return plan(`connect to ${where(claim.host, port2)}`, { request: { kind: "connect", target: { host: claim.host, port: port2 } } });
  }
  if (claim.kind === "socket") {
    const sockets = configured.filter((c) => c.socket !== void 0);
    if (sockets.length > 0 && !sockets.some((c) => claim.path === c.socket || claim.path.startsWith(`${c.socket?.replace(/\/$/, "")}/`))) {
      return plan("the step's connection variables", { decided: { result: "code", reason: ignored(`refused on ${describeClaim(claim)}`, sockets) } });
    }
    return plan(`connect to ${claim.path}`, { request: { kind: "connect", target: { path: claim.path } } });
  }
  if (claim.kind === "dns") {
    const hosts = configured.filter((c) => c.host !== "");
    if (hosts.length > 0 && !hosts.some((c) => normalHost(c.host) === normalHost(claim.host))) {
      return plan("the step's connection variables", { decided: { result: "code", reason: ignored(`${describeClaim(claim)} did not resolve`, hosts) } });
    }
    return plan(`look up ${claim.host}`, { request: { kind: "resolve", host: claim.host } });
  }
  if (service === "docker" || service === "" && services.includes("docker")) {
    return plan("docker info (the probe)", { decided: ctx.docker.available ? { result: "not-missing", reason: "docker info answers on this runner" } : { result: "corroborated", reason: `docker info does not answer (${ctx.docker.detail})` } });
  }
  const target = configured.find((c) => c.socket === void 0 && (c.host !== "" || c.port !== void 0));
  const own = serviceDefinition(service)?.ports[0];
  const host = target?.host || "127.0.0.1";
  const port = target?.port ?? own;
  if (port === void 0) return plan("connect", { decided: { result: "unestablished", reason: `the log names no endpoint for ${service || "the service"}, and none is known to check` } });
  return plan(`connect to ${where(host, port)}${target ? ` (${target.variable})` : ` (${service}'s own port)`}`, { request: { kind: "connect", target: { host, port } } });
}
function ignored(failed, configured) {
  return `${failed}, while in the test step's environment ${configured.slice(0, 3).map(describeConfigured).join("; ")}: the code ignored its configuration`;
}
function judgeAnswer(planned, answer) {
  const request = planned.request;
  if (!request) return planned.decided ?? { result: "unestablished", reason: "nothing was checked" };
  switch (request.kind) {
    case "connect": {
      const target = "path" in request.target ? `the socket ${request.target.path}` : where(request.target.host, request.target.port);
      if (answer.outcome === "refused") return { result: "corroborated", reason: `nothing accepts on ${target} (${answer.detail})` };
      if (answer.outcome === "accepted") return { result: "not-missing", reason: `something accepts on ${target} now: the service was there, so the failure is not missing infrastructure (a wrong address, or a server that was not ready)` };
      return { result: "unestablished", reason: `${target} neither refused nor accepted (${answer.detail}): the refusal could not be checked` };
    }
    case "resolve":
      if (answer.outcome === "not-found") return { result: "corroborated", reason: `${request.host} does not resolve (${answer.detail})` };
      if (answer.outcome === "resolved") return { result: "not-missing", reason: `${request.host} ${answer.detail} on this runner: the host exists` };
      return { result: "unestablished", reason: `looking up ${request.host} gave no answer (${answer.detail})` };
    case "module":
      if (answer.outcome === "absent") return { result: "corroborated", reason: `${request.name} is not installed for ${request.ecosystem === "npm" ? "Node" : "Python"} in working-directory (${answer.detail})` };
      if (answer.outcome === "present") return { result: "not-missing", reason: `${request.name} is installed for ${request.ecosystem === "npm" ? "Node" : "Python"} in working-directory (${answer.detail}): the tests ran with another environment, not without the library` };
      return { result: "unestablished", reason: `whether ${request.name} is installed could not be established: ${answer.detail}` };
    case "tool":
      if (answer.outcome === "absent") return { result: "corroborated", reason: `${request.name} is not on the step's PATH` };
      return { result: "not-missing", reason: `${request.name} is on the step's PATH (${answer.detail})` };
  }
}
var RANK = { corroborated: 0, unestablished: 1, "not-missing": 2, code: 3 };
function corroborationOf(records) {
  if (records.length === 0) return { outcome: "unestablished", reason: "The verdict made no claim coach-gate could check on the runner.", checks: [], remediation: [] };
  const worst = records.reduce((a, b) => RANK[b.result] > RANK[a.result] ? b : a);
  const outcome = worst.result;
  const reason = outcome === "corroborated" ? `Checked on the runner: ${records.map((r) => r.reason).join("; ")}.` : outcome === "unestablished" ? `The claim could not be checked on the runner: ${worst.reason}; a claim that cannot be checked is not approved on its strength.` : `Checked on the runner: ${worst.reason}.`;
  const remediation = outcome === "code" ? ["Make the tests connect where the step configures the service (the connection variables coach-gate names above), not to an address of their own."] : outcome === "not-missing" ? ["The service (or library) is there on the runner: find why the tests could not reach it (an address, a start-up race, another interpreter or node_modules)."] : [];
  return { outcome, reason, checks: records, remediation };
}
function verdictAfter(verdict, corroboration) {
  if (corroboration.outcome !== "code" && corroboration.outcome !== "not-missing") return verdict;
  const code2 = corroboration.outcome === "code";
  return {
    ...verdict,
    classification: "code",
    confidence: code2 ? "high" : "ambiguous",
    services: [],
    unnamedService: false,
    ruleId: code2 ? "corroboration.service-configured-or-there" : "corroboration.not-missing",
    title: code2 ? "The service was there or configured elsewhere (checked on the runner)" : "Not missing infrastructure (checked on the runner)",
    explanation: `${corroboration.reason} The log said: ${verdict.title}${verdict.evidence[0] ? ` (line ${verdict.evidence[0].line})` : ""}.`
  };
}

// src/corroborate/setup.ts
var SHELL_MESSAGE = /^(?:\S*\/)?(?:ba|da|z)?sh(?:\.exe)?: (?:line \d+: |\d+: )?(?<name>[^:\s][^:]{0,300}?): (?<what>command not found|not found|Permission denied|No such file or directory)\s*$/;
function commandWords(command) {
  const words = [];
  for (const part of command.split(/&&|\|\||[;|&\n()]|\$\(|`/)) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const first = tokens.find((t) => !/^[A-Za-z_]\w*=/.test(t) && !["then", "do", "else", "exec", "time", "command", "!", "{", "}"].includes(t));
    if (first !== void 0) words.push(first.replace(/^["']|["']$/g, ""));
  }
  return words;
}
function judgeSetup(facts, verdict) {
  const notRun = commandNotRun(facts);
  if (notRun) return notRun;
  const missingSomething = verdict.evidence.some((e) => e.ruleId.startsWith("module.") || e.ruleId === "tool.missing");
  if (verdict.classification === "code" && verdict.confidence === "high" && !missingSomething) return void 0;
  const foreign = verdict.evidence.some((e) => /^module\.(?!npm\.)/.test(e.ruleId));
  const npm = facts.npm;
  if (npm && npm.declared.length > 0 && !npm.installed && !foreign) {
    return {
      ruleId: "setup.dependencies-not-installed",
      title: "The project's dependencies were never installed",
      explanation: `${npm.file} declares ${count2(npm.declared)} (${list2(npm.declared)}), and there is no node_modules in working-directory or above it: the dependencies were never installed, so the tests could not run.`,
      remediation: [`Install the dependencies in a step before coach-gate: \`${npm.install}\`.`]
    };
  }
  const py = facts.python;
  if (py && py.declared.length > 0 && py.installed !== void 0 && py.installed.length === 0 && verdict.evidence.some((e) => e.ruleId === "module.python.missing")) {
    return {
      ruleId: "setup.dependencies-not-installed",
      title: "The project's dependencies were never installed",
      explanation: `${py.file} declares ${count2(py.declared)} (${list2(py.declared)}), and none of them is installed for the interpreter the tests used: the dependencies were never installed, so the tests could not run.`,
      remediation: [`Install the dependencies in a step before coach-gate: \`${py.install}\` (in the environment the tests run with).`]
    };
  }
  return void 0;
}
function commandNotRun(facts) {
  if (facts.exitCode !== 127 && facts.exitCode !== 126) return void 0;
  const words = commandWords(facts.command);
  const first = facts.totalLines - facts.tail.length + 1;
  for (let i = facts.tail.length - 1; i >= 0; i--) {
    const text2 = facts.tail[i];
    const g = SHELL_MESSAGE.exec(text2.trim())?.groups;
    if (!g || !words.includes(g.name)) continue;
    const name = g.name;
    const evidence = { line: first + i, text: text2.trim() };
    if (g.what === "Permission denied") {
      return {
        ruleId: "setup.not-executable",
        title: "The test command is not executable",
        evidence,
        explanation: `The shell could not execute ${name}, the test command itself (exit ${facts.exitCode}, "${text2.trim()}"): no test ran.`,
        remediation: [`Make ${name} executable (\`chmod +x ${name}\`, committed with git update-index --chmod=+x), or run it through its interpreter in test-command (\`bash ${name}\`).`]
      };
    }
    return {
      ruleId: "setup.command-not-found",
      title: "The test command was not found",
      evidence,
      explanation: `The shell did not find ${name}, the test command itself (exit ${facts.exitCode}, "${text2.trim()}"): no test ran.`,
      remediation: [`Fix test-command in the workflow (is \`${name}\` spelled right?), or install ${name} in a step before coach-gate.`]
    };
  }
  return void 0;
}
function setupVerdict(verdict, finding) {
  return {
    ...verdict,
    classification: "setup",
    confidence: "high",
    services: [],
    unnamedService: false,
    ruleId: finding.ruleId,
    title: finding.title,
    explanation: finding.explanation,
    evidence: finding.evidence ? [{ ruleId: finding.ruleId, title: finding.title, kind: "unexplained", confidence: "high", service: "", line: finding.evidence.line, text: finding.evidence.text }] : [],
    tests: [],
    failingTests: 0
  };
}
function npmDeclared(text2) {
  try {
    const json = JSON.parse(text2);
    const names2 = (field) => field && typeof field === "object" ? Object.keys(field) : [];
    return [.../* @__PURE__ */ new Set([...names2(json.dependencies), ...names2(json.devDependencies)])];
  } catch {
    return [];
  }
}
function requirementNames(text2) {
  const names2 = [];
  for (const raw of text2.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "" || line.startsWith("-") || /^(?:\.|\/|git\+|https?:)/.test(line)) continue;
    const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
    if (name) names2.push(name);
  }
  return [...new Set(names2)];
}
function pyprojectNames(text2) {
  const names2 = [];
  const project = /^\[project\][^[]*?^dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(text2);
  for (const m of (project?.[1] ?? "").matchAll(/["']\s*([A-Za-z0-9][A-Za-z0-9._-]*)/g)) names2.push(m[1]);
  const poetry = /^\[tool\.poetry\.dependencies\]\s*\n([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text2);
  for (const m of (poetry?.[1] ?? "").matchAll(/^([A-Za-z0-9][A-Za-z0-9._-]*)\s*=/gm)) if (m[1].toLowerCase() !== "python") names2.push(m[1]);
  return [...new Set(names2)];
}
function npmInstallCommand(lockfiles) {
  if (lockfiles.includes("pnpm-lock.yaml")) return "pnpm install --frozen-lockfile";
  if (lockfiles.includes("yarn.lock")) return "yarn install --frozen-lockfile";
  if (lockfiles.includes("bun.lockb") || lockfiles.includes("bun.lock")) return "bun install --frozen-lockfile";
  if (lockfiles.includes("package-lock.json") || lockfiles.includes("npm-shrinkwrap.json")) return "npm ci";
  return "npm install";
}
var count2 = (names2) => `${names2.length} package${names2.length === 1 ? "" : "s"}`;
var list2 = (names2) => names2.slice(0, 5).join(", ") + (names2.length > 5 ? `, and ${names2.length - 5} more` : "");

// src/corroborate/stage.ts
async function corroborateStage(o) {
  const setup = judgeSetup(await setupFacts(o), o.verdict);
  if (setup) return { verdict: setupVerdict(o.verdict, setup), setup };
  if (o.verdict.classification !== "infrastructure" || o.verdict.confidence !== "high") return { verdict: o.verdict };
  const planned = planChecks(claimsOf(o.verdict, o.declared), o);
  const interpreter = planned.some((p) => p.request?.kind === "module" && p.request.ecosystem === "python") ? await interpreterOf(o.tail, await testWritable(o)) : void 0;
  const records = await Promise.all(planned.map((p) => check(p, o, interpreter)));
  const corroboration = corroborationOf(records);
  return { verdict: verdictAfter(o.verdict, corroboration), corroboration };
}
async function check(planned, o, interpreter) {
  const started = performance.now();
  const answer = await ask(planned, o, interpreter);
  const decided = answer === void 0 ? planned.decided ?? { result: "unestablished", reason: "nothing was checked" } : judgeAnswer(planned, answer);
  return { claim: `${describeClaim(planned.claim)}${planned.claim.line > 0 ? ` (log line ${planned.claim.line})` : ""}`, check: planned.check, result: decided.result, reason: decided.reason, timeMs: Math.round((performance.now() - started) * 10) / 10 };
}
async function ask(planned, o, interpreter) {
  const r = planned.request;
  if (!r) return void 0;
  try {
    switch (r.kind) {
      case "connect":
        return await o.checks.connect(r.target, CONNECT_TIMEOUT_MS);
      case "resolve":
        return await o.checks.resolve(r.host, CONNECT_TIMEOUT_MS);
      case "module":
        return await o.checks.module(r.ecosystem, r.name, { cwd: o.cwd, env: o.env, timeoutMs: TOOLCHAIN_TIMEOUT_MS, ...interpreter ? { interpreter } : {} });
      case "tool":
        return await o.checks.tool(r.name, o.env);
    }
  } catch (error2) {
    return { outcome: "no-answer", detail: error2 instanceof Error ? error2.message : String(error2) };
  }
}
async function interpreterOf(tail, untouchable) {
  for (const line of tail) {
    const prefix = /File "(\/[^"]{1,500}?)\/lib\/python3(?:\.\d+)?\/(?:site|dist)-packages\//.exec(line)?.[1];
    if (!prefix) continue;
    for (const name of ["python3", "python"]) {
      const full = await realpath(path10.join(prefix, "bin", name)).catch(() => void 0);
      if (full === void 0) continue;
      if (untouchable.some((dir) => full === dir || full.startsWith(`${dir}${path10.sep}`))) return void 0;
      return full;
    }
  }
  return void 0;
}
async function testWritable(o) {
  const dirs = [o.workspace, o.cwd, tmpdir3(), o.env.RUNNER_TEMP ?? ""].filter(Boolean);
  return Promise.all(dirs.map((d) => realpath(d).catch(() => path10.resolve(d))));
}
async function setupFacts(o) {
  const base = { command: o.command, exitCode: o.exitCode, tail: o.tail, totalLines: o.totalLines };
  if (o.exitCode === 127 || o.exitCode === 126) return base;
  const upwards = ancestors(o.cwd, o.workspace);
  const manifest = await readText(path10.join(o.cwd, "package.json"));
  let npm;
  if (manifest !== void 0) {
    const declared = npmDeclared(manifest);
    const installed = (await Promise.all(upwards.flatMap((dir) => [exists2(path10.join(dir, "node_modules")), exists2(path10.join(dir, ".pnp.cjs"))]))).some(Boolean);
    const lockfiles = (await Promise.all(upwards.flatMap((dir) => ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock"].map(async (f) => await exists2(path10.join(dir, f)) ? f : "")))).filter(Boolean);
    npm = { file: "package.json", declared, installed, install: npmInstallCommand(lockfiles) };
  }
  let python;
  if (o.verdict.evidence.some((e) => e.ruleId === "module.python.missing")) {
    const requirements = await readText(path10.join(o.cwd, "requirements.txt"));
    const pyproject = requirements === void 0 ? await readText(path10.join(o.cwd, "pyproject.toml")) : void 0;
    const declared = requirements !== void 0 ? requirementNames(requirements) : pyproject !== void 0 ? pyprojectNames(pyproject) : [];
    if (declared.length > 0) {
      const interpreter = await interpreterOf(o.tail, await testWritable(o));
      const installed = await o.checks.pythonDistributions(declared, { cwd: o.cwd, env: o.env, timeoutMs: TOOLCHAIN_TIMEOUT_MS, ...interpreter ? { interpreter } : {} }).catch(() => void 0);
      python = { file: requirements !== void 0 ? "requirements.txt" : "pyproject.toml", declared, installed, install: requirements !== void 0 ? "pip install -r requirements.txt" : "pip install ." };
    }
  }
  return { ...base, ...npm ? { npm } : {}, ...python ? { python } : {} };
}
function ancestors(cwd, workspace) {
  const out = [cwd];
  const rel = path10.relative(workspace, cwd);
  if (rel.startsWith("..") || path10.isAbsolute(rel)) return out;
  for (let dir = cwd; dir !== workspace && path10.dirname(dir) !== dir; ) {
    dir = path10.dirname(dir);
    out.push(dir);
  }
  return out;
}
async function exists2(file) {
  try {
    await access2(file);
    return true;
  } catch {
    return false;
  }
}
async function readText(file) {
  try {
    if (!(await stat2(file)).isFile()) return void 0;
    return await readFile3(file, "utf8");
  } catch {
    return void 0;
  }
}

// src/inputs/event.ts
import { readFileSync as readFileSync2 } from "node:fs";
var TASK_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "workflow_run"]);
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const repository = env.GITHUB_REPOSITORY ?? "";
  let payload;
  try {
    payload = JSON.parse(readFileSync2(env.GITHUB_EVENT_PATH ?? "", "utf8"));
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

// src/report/locations.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { stat as stat3 } from "node:fs/promises";
import path11 from "node:path";
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
var FILE = String.raw`(?:[A-Za-z]:)?[^\s:"'()<>|]*?\.(?:py|js|mjs|cjs|jsx|ts|mts|cts|tsx|rb|go|rs|java|kt|scala|cs|php|ex|exs)`;
var SHAPES = [
  // Python: `  File "/app/tests/test_x.py", line 12, in test_x`
  { pattern: new RegExp(String.raw`^\s*File "(${FILE})", line (\d+)`), outermostFirst: true },
  // pytest, at the start of the line: `tests/test_x.py:12: AssertionError`, `tests/test_x.py:12: in helper`, `tests/test_x.py:10: `
  { pattern: new RegExp(String.raw`^(${FILE}):(\d+):(?:\s.*)?$`), outermostFirst: true },
  // JavaScript: `    at fn (/repo/tests/x.test.js:10:15)`, `    at /repo/x.js:3:1`, `    at file:///repo/x.mjs:3:1`
  { pattern: new RegExp(String.raw`^\s*at (?:.*? \()?(?:file://)?(${FILE}):(\d+)(?::(\d+))?\)?\s*$`), outermostFirst: false },
  // Ruby / RSpec: `# ./spec/models/user_spec.rb:12:in 'block (2 levels)'`
  { pattern: new RegExp(String.raw`^\s*(?:#\s*)?(${FILE}):(\d+):in\b`), outermostFirst: false },
  // Rust: `thread 'x' panicked at src/lib.rs:10:5`; PHPUnit `/app/tests/XTest.php:12`; go `    x_test.go:12: msg`
  { pattern: new RegExp(String.raw`panicked at (${FILE}):(\d+):(\d+)`), outermostFirst: false },
  { pattern: new RegExp(String.raw`^\s+(${FILE}):(\d+)(?::(\d+))?(?::\s|$)`), outermostFirst: false },
  // node:test's TAP reporter: the YAML `stack: |-` block lists frames without `at `:
  // `    TestContext.<anonymous> (file:///repo/test/x.test.js:13:10)`, `    file:///repo/test/x.test.js:3:1`.
  { pattern: new RegExp(String.raw`^\s+(?:(?:async |new )?[^\s()]{1,300}(?: \[as [^\]\s]{1,100}\])? \()?file://(${FILE}):(\d+):(\d+)\)?\s*$`), outermostFirst: false },
  { pattern: new RegExp(String.raw`^\s+(?:async |new )?[^\s()]{1,300}(?: \[as [^\]\s]{1,100}\])? \((${FILE}):(\d+):(\d+)\)\s*$`), outermostFirst: false },
  // vitest: ` ❯ test/x.test.js:13:15`, ` ❯ helper src/x.ts:3:9` under the failure.
  { pattern: new RegExp(String.raw`^\s*❯ (?:[^\s()]{1,300} )?(${FILE}):(\d+):(\d+)\s*$`), outermostFirst: false },
  // A test runner's own annotation (vitest's and jest's github-actions reporters), which the gate
  // does not let GitHub obey: `::error file=/repo/test/x.test.js,line=13,column=15,title=…::…`.
  { pattern: new RegExp(String.raw`^::(?:error|warning|notice) (?:[^:]*?,)?file=(${FILE}),(?:[^:]*?,)?line=(\d+)(?:,(?:[^:]*?,)?column=(\d+))?[,:]`), outermostFirst: false },
  // node:test, where the failing test is declared: TAP's `location: '/repo/test/x.test.js:12:1'`, spec's `test at test/x.test.js:12:1`.
  { pattern: new RegExp(String.raw`^\s*location: '(?:file://)?(${FILE}):(\d+):(\d+)'\s*$`), outermostFirst: false, declaration: true },
  { pattern: new RegExp(String.raw`^test at (?:file://)?(${FILE}):(\d+):(\d+)\s*$`), outermostFirst: false, declaration: true }
];
function frameOf(rawLine) {
  const line = rawLine.replace(ANSI, "").replace(/^\d{4}-\d\d-\d\dT[\d:.]+Z /, "");
  if (line.length > 2e3) return void 0;
  for (const { pattern, outermostFirst, declaration } of SHAPES) {
    const found = pattern.exec(line);
    if (!found) continue;
    const [, file, lineText, column] = found;
    const lineNumber = Number(lineText);
    if (!file || !Number.isSafeInteger(lineNumber) || lineNumber < 1) continue;
    return { path: file, line: lineNumber, ...column ? { column: Number(column) } : {}, outermostFirst, ...declaration ? { declaration } : {} };
  }
  return void 0;
}
var FOREIGN = /(?:^|[\\/])(?:node_modules|site-packages|dist-packages|vendor|third_party|third-party|\.venv|venv|\.tox|\.nox|__generated__|generated|\.yarn|\.pnpm-store|\.cargo|\.rustup|go\/pkg\/mod|\.bundle|gems|jspm_packages|bower_components)(?:[\\/]|$)|^node:|^internal\/|(?:^|\/)lib\/python\d|\.min\.js$|\.(?:pb|generated|gen|g)\.\w+$|_pb2\.py$/;
function isForeign(file) {
  return FOREIGN.test(file);
}
var CONTAINER_ROOTS = ["/github/workspace", "/workspace", "/workspaces", "/app", "/src", "/code", "/usr/src/app", "/opt/app", "/home/app", "/repo", "/project"];
function toWorkspacePath(raw, context) {
  const file = raw.replace(/\\/g, "/");
  const workspace = context.workspace.replace(/\\/g, "/").replace(/\/+$/, "");
  const accept = (relative) => {
    const clean = path11.posix.normalize(relative).replace(/^\.\//, "");
    if (clean === "" || clean.startsWith("../") || clean === ".." || path11.posix.isAbsolute(clean) || isForeign(clean)) return void 0;
    return context.exists(clean) ? clean : void 0;
  };
  const absolute = file.startsWith("/") || /^[A-Za-z]:\//.test(file);
  if (!absolute) {
    const cwdRelative = path11.posix.relative(workspace, path11.posix.join(context.cwd.replace(/\\/g, "/"), file));
    return accept(cwdRelative) ?? accept(file);
  }
  if (file.startsWith(`${workspace}/`)) return accept(file.slice(workspace.length + 1));
  for (const root of CONTAINER_ROOTS) {
    if (file.startsWith(`${root}/`)) {
      const found = accept(file.slice(root.length + 1));
      if (found) return found;
    }
  }
  const parts = file.split("/").filter(Boolean);
  for (let skip = 1; skip < parts.length && skip <= 8; skip++) {
    const found = accept(parts.slice(skip).join("/"));
    if (found) return found;
  }
  return void 0;
}
function locate(lines, context) {
  const frames = [];
  for (const line of lines) {
    const frame = frameOf(line);
    if (!frame || isForeign(frame.path)) continue;
    const file = toWorkspacePath(frame.path, context);
    if (file) frames.push({ frame, file });
  }
  if (frames.length === 0) return void 0;
  const failedAt = frames.filter((f) => f.frame.declaration !== true);
  const candidates = failedAt.length > 0 ? failedAt : frames;
  const lastOutermost = [...candidates].reverse().find((f) => f.frame.outermostFirst);
  const chosen = lastOutermost ?? candidates[0];
  if (!chosen) return void 0;
  return { file: chosen.file, line: chosen.frame.line, ...chosen.frame.column !== void 0 ? { column: chosen.frame.column } : {} };
}
function unitWindows(tests, maxLines = WINDOW_LINES) {
  const starts = [...new Set(tests.map((t) => t.line))].sort((a, b) => a - b);
  return tests.map((t) => {
    const next = starts.find((s) => s > t.line) ?? Infinity;
    const windows = [{ start: t.line, end: Math.min(next, t.line + maxLines) }];
    const evidence = t.evidence?.line;
    if (evidence !== void 0 && (evidence < t.line || evidence >= windows[0].end)) windows.push({ start: Math.max(1, evidence - 5), end: evidence + maxLines });
    return windows;
  });
}
var WINDOW_LINES = 400;
var LOCATED_MAX = 30;
var LINE_MAX2 = 2e3;
async function readFailures(logPath, tests, workspace, cwd) {
  const chosen = tests.slice(0, LOCATED_MAX);
  const inLog = chosen.map((t) => t.runner !== "junit");
  const windows = unitWindows(tests).slice(0, chosen.length);
  const lines = /* @__PURE__ */ new Map();
  try {
    await readLogLines(logPath, mergeRanges(windows.filter((_, i) => inLog[i] === true).flat()), (n, line) => lines.set(n, line));
  } catch {
    return { locations: chosen.map(() => void 0), values: chosen.map(() => void 0) };
  }
  const known = /* @__PURE__ */ new Map();
  const exists3 = (relative) => {
    return known.get(relative) ?? false;
  };
  const context = { workspace, cwd, exists: exists3 };
  const results = [];
  const values = [];
  for (let i = 0; i < chosen.length; i++) {
    if (!inLog[i]) {
      results.push(void 0);
      values.push(void 0);
      continue;
    }
    const evidence = chosen[i]?.evidence;
    const shown = evidence ? lines.get(evidence.line) : void 0;
    if (evidence && shown !== void 0 && !shown.replace(ANSI, "").includes(evidence.text.slice(0, 40).replace(/…$/, ""))) {
      results.push(void 0);
      values.push(void 0);
      continue;
    }
    values.push(evidence ? valuesAfter(evidence.text, range(evidence.line + 1, evidence.line + 1 + VALUES_LOOKAHEAD).map((n) => lines.get(n)).filter((l) => l !== void 0).map(normaliseLine)) : void 0);
    const unitLines = (windows[i] ?? []).flatMap((w) => range(w.start, w.end).map((n) => lines.get(n)).filter((l) => l !== void 0));
    await checkCandidates(unitLines, workspace, cwd, known);
    results.push(locate(unitLines, context));
  }
  return { locations: results, values };
}
var VALUES_LOOKAHEAD = 24;
var VALUES_MAX = 200;
var VALUE_LINES = 4;
var ERROR_KEY = /^\s*(?:code|name|expected|actual|operator|stack|generatedMessage|failureType|location|error|duration_ms|type|cause|errno|syscall)\s*[:=]\s|^\s*(?:stack|error): \|-?\s*$|^\s*\.\.\.\s*$|^\s*---\s*$/;
var LEGEND = /^\s*(?:\+ actual - expected|- Expected(?: {1,4}- \d+)?|\+ Received(?: {1,4}\+ \d+)?)\s*$/;
function valuesAfter(evidence, following) {
  const text2 = evidence.trim();
  if (text2 === "" || text2.endsWith("\u2026")) return void 0;
  const content = following.map((l) => l.trim());
  if (/^Expected\b[^:]{0,30}:\s*\S/.test(text2)) {
    const received = content.filter((l) => l !== "").slice(0, 3).find((l) => /^Received\b[^:]{0,30}:\s*\S/.test(l));
    return received === void 0 ? void 0 : clipValues(received.replace(/\s+/g, " "));
  }
  if (!text2.endsWith(":")) return void 0;
  const taken = [];
  let shown = false;
  for (const line of content) {
    if (line === "") {
      if (shown) break;
      continue;
    }
    if (ERROR_KEY.test(line) || frameOf(line) !== void 0 || /^at\s\S/.test(line) || /^\{$/.test(line) && taken.length === 0 && !shown) break;
    taken.push(line.replace(/\s+/g, " "));
    if (!LEGEND.test(line)) shown = true;
    if (taken.length >= VALUE_LINES) break;
  }
  if (!shown) {
    const key = (name) => content.map((l) => new RegExp(`^${name}: (.{1,80}?),?$`).exec(l)?.[1]).find((v) => v !== void 0 && !/^[|>]-?$/.test(v));
    const actual = key("actual");
    const expected = key("expected");
    return actual !== void 0 && expected !== void 0 ? clipValues(`actual: ${actual}, expected: ${expected}`) : void 0;
  }
  return clipValues(taken.join(" / "));
}
function clipValues(text2) {
  return text2.length > VALUES_MAX ? `${text2.slice(0, VALUES_MAX - 1)}\u2026` : text2;
}
function withValues(verdict, values) {
  if (!values.some((v) => v !== void 0)) return verdict;
  const byLine = /* @__PURE__ */ new Map();
  const tests = verdict.tests.map((t, i) => {
    const found = values[i];
    if (!t.evidence || found === void 0) return t;
    const text2 = `${t.evidence.text}${t.evidence.text.trimEnd().endsWith(":") ? " " : " / "}${found}`;
    byLine.set(t.evidence.line, text2);
    return { ...t, evidence: { ...t.evidence, text: text2 } };
  });
  const evidence = verdict.evidence.map((e) => {
    const text2 = byLine.get(e.line);
    return text2 === void 0 || !text2.startsWith(e.text) ? e : { ...e, text: text2 };
  });
  return { ...verdict, tests, evidence };
}
async function readLogLines(file, ranges, keep) {
  if (ranges.length === 0) return;
  let n = 1;
  let r = 0;
  const advance = () => {
    while (r < ranges.length && n >= ranges[r].end) r++;
    return r < ranges.length && n >= ranges[r].start;
  };
  let wanted = advance();
  let parts = [];
  let partBytes = 0;
  let lineHasBytes = false;
  let skipLF = false;
  const hold = (bytes) => {
    if (partBytes >= LINE_MAX2 * 4) return;
    const part = Buffer.from(bytes.subarray(0, LINE_MAX2 * 4 - partBytes));
    parts.push(part);
    partBytes += part.length;
  };
  const endLine = () => {
    if (wanted) keep(n, clipLine(Buffer.concat(parts).toString("utf8")));
    parts = [];
    partBytes = 0;
    lineHasBytes = false;
    n++;
    wanted = advance();
  };
  const stream = createReadStream2(file, { highWaterMark: 1 << 20 });
  try {
    for await (const raw of stream) {
      const chunk = raw;
      let start = skipLF && chunk[0] === 10 ? 1 : 0;
      skipLF = false;
      let lf = chunk.indexOf(10, start);
      let cr = chunk.indexOf(13, start);
      for (; ; ) {
        if (lf >= 0 && lf < start) lf = chunk.indexOf(10, start);
        if (cr >= 0 && cr < start) cr = chunk.indexOf(13, start);
        const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
        if (at < 0) break;
        if (wanted) hold(chunk.subarray(start, at));
        endLine();
        if (r >= ranges.length) return;
        start = at + (chunk[at] === 13 && chunk[at + 1] === 10 ? 2 : 1);
        if (chunk[at] === 13 && at === chunk.length - 1) skipLF = true;
      }
      if (start < chunk.length) {
        lineHasBytes = true;
        if (wanted) hold(chunk.subarray(start));
      }
    }
    if (lineHasBytes) endLine();
  } finally {
    stream.destroy();
  }
}
function clipLine(line) {
  return line.length > LINE_MAX2 ? line.slice(0, LINE_MAX2) : line;
}
function mergeRanges(ranges) {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out = [];
  for (const range2 of sorted) {
    const last = out[out.length - 1];
    if (last && range2.start <= last.end) last.end = Math.max(last.end, range2.end);
    else out.push({ ...range2 });
  }
  return out;
}
function range(start, end) {
  const out = [];
  for (let n = start; n < end; n++) out.push(n);
  return out;
}
async function checkCandidates(lines, workspace, cwd, known) {
  const candidates = /* @__PURE__ */ new Set();
  const collect = {
    workspace,
    cwd,
    exists: (relative) => {
      candidates.add(relative);
      return false;
    }
  };
  for (const line of lines) {
    const frame = frameOf(line);
    if (frame && !isForeign(frame.path)) toWorkspacePath(frame.path, collect);
  }
  for (const relative of candidates) {
    if (known.has(relative) || candidates.size > 500) continue;
    known.set(relative, await isFile(path11.join(workspace, relative)));
  }
}
async function isFile(file) {
  try {
    return (await stat3(file)).isFile();
  } catch {
    return false;
  }
}

// src/report/totals.ts
import { createReadStream as createReadStream3 } from "node:fs";
import { lstat as lstat4 } from "node:fs/promises";
import { createInterface } from "node:readline";
var Family = class {
  passed = 0;
  failed = 0;
  skipped = 0;
  knows = { passed: true, failed: true, skipped: true };
  seen = false;
  add(count3) {
    this.seen = true;
    for (const key of ["passed", "failed", "skipped"]) {
      const value = count3[key];
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
      const count3 = { passed: run2 - failures - errors - skipped, failed: failures + errors, skipped };
      if (/Time elapsed|\bin [\w.$]+\s*$/.test(m[5] ?? "")) this.surefireClasses.add(count3);
      else this.family("surefire").add(count3);
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
  const count3 = (...kinds) => outcomes.filter((o) => kinds.includes(o)).length;
  return { passed: count3("passed"), failed: count3("failure", "error"), skipped: count3("skipped"), source: "junit" };
}
var LOG_MAX_BYTES = 256 * 1024 * 1024;
async function readTotals(logPath) {
  const counter = new TotalsCounter();
  try {
    const info2 = await lstat4(logPath);
    if (!info2.isFile() || info2.size > LOG_MAX_BYTES) return void 0;
    if (info2.size === 0) return counter.result();
    const lines = createInterface({ input: createReadStream3(logPath, { encoding: "utf8", highWaterMark: 1024 * 1024, end: info2.size - 1 }), crlfDelay: Infinity });
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
function serviceHost(probe2, plan) {
  if (!probe2.available) return { canProvide: false, reason: void 0 };
  if (probe2.canRunLinuxImages) return { canProvide: true, reason: void 0 };
  if (plan.start.length === 0 && plan.skipped.length === 0) return { canProvide: false, reason: void 0 };
  const daemon = probe2.osType === "" ? "a daemon that does not say which containers it runs" : `a daemon that runs ${probe2.osType} containers`;
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

// src/services/containers.ts
import { randomBytes as randomBytes4 } from "node:crypto";

// src/services/readiness.ts
import net2 from "node:net";
function probe(kind, host, port, timeoutMs = 1e3) {
  const protocol = protocolFor(kind);
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    let settled = false;
    const socket = net2.createConnection({ host, port });
    const done = (result) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    socket.setNoDelay(true);
    socket.setTimeout(timeoutMs, () => done({ ready: false, detail: `no answer within ${timeoutMs} ms` }));
    socket.on("connect", () => {
      if (protocol.hello) socket.write(protocol.hello);
    });
    socket.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      const verdict = protocol.judge(received);
      if (verdict) done(verdict);
      else if (received.length > 64 * 1024) done({ ready: false, detail: "unrecognised answer" });
    });
    socket.on("error", (error2) => done({ ready: false, detail: error2.message }));
    socket.on("close", () => done({ ready: false, detail: received.length === 0 ? "connection closed without an answer" : "connection closed mid-answer" }));
  });
}
var DEFAULT_BACKOFF = { initialMs: 10, factor: 1.5, maxMs: 100 };
function backoffDelay(attempt, backoff = DEFAULT_BACKOFF) {
  return Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** attempt);
}
async function waitUntilReady(kind, host, port, options) {
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const attemptTimeout = options.attemptTimeoutMs ?? 1e3;
  const check2 = options.check ?? (() => probe(kind, host, port, Math.max(50, Math.min(attemptTimeout, deadline - performance.now()))));
  let attempts = 0;
  let detail = "not probed";
  for (; ; ) {
    if (options.signal?.aborted) return { ready: false, attempts, elapsedMs: performance.now() - started, detail: "cancelled", aborted: true };
    attempts++;
    const result = await check2();
    detail = result.detail;
    if (result.ready) return { ready: true, attempts, elapsedMs: performance.now() - started, detail, aborted: false };
    const remaining = deadline - performance.now();
    if (remaining <= 0) return { ready: false, attempts, elapsedMs: performance.now() - started, detail, aborted: false };
    await sleep(Math.min(backoffDelay(attempts - 1, options.backoff), remaining), options.signal);
  }
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
function protocolFor(kind) {
  const readiness = typeof kind === "string" ? { protocol: kind } : kind;
  if (readiness.protocol === "text") return textProtocol(readiness.hello, readiness.ready);
  return PROTOCOLS[readiness.protocol]();
}
function textProtocol(hello, ready) {
  return {
    hello: hello === void 0 ? void 0 : Buffer.from(hello),
    judge: (data) => {
      const end = data.indexOf("\n");
      if (end < 0) return data.length > 4096 ? { ready: false, detail: "no line in the first 4 KiB" } : void 0;
      const line = data.subarray(0, end).toString("utf8").replace(/\r$/, "");
      return ready.test(line) ? { ready: true, detail: `answered ${line.slice(0, 80)}` } : { ready: false, detail: `answered ${line.slice(0, 80)}` };
    }
  };
}
var PROTOCOLS = {
  postgresql: () => ({ hello: postgresStartup("test", "test"), judge: judgePostgres }),
  mysql: () => ({ hello: void 0, judge: judgeMysql }),
  redis: () => ({ hello: Buffer.from("*1\r\n$4\r\nPING\r\n"), judge: judgeRedis }),
  mongodb: () => ({ hello: mongoHello(), judge: judgeMongo }),
  amqp: () => ({ hello: Buffer.from([65, 77, 81, 80, 0, 0, 9, 1]), judge: judgeAmqp })
};
function postgresStartup(user, database) {
  const params = Buffer.from(`user\0${user}\0database\0${database}\0application_name\0coach-gate-readiness\0\0`);
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + params.length, 0);
  head.writeInt32BE(196608, 4);
  return Buffer.concat([head, params]);
}
function judgePostgres(data) {
  if (data.length < 5) return void 0;
  const type = String.fromCharCode(data[0]);
  const length = data.readInt32BE(1);
  if (type === "R") return { ready: true, detail: "PostgreSQL asked for authentication" };
  if (type !== "E") return { ready: false, detail: `unexpected PostgreSQL message '${type}'` };
  if (data.length < 1 + length) return void 0;
  const fields = parsePostgresError(data.subarray(5, 1 + length));
  if (fields.C === "57P03") return { ready: false, detail: fields.M ?? "starting up" };
  return { ready: true, detail: `PostgreSQL answered: ${fields.M ?? fields.C ?? "error"}` };
}
function parsePostgresError(body) {
  const fields = {};
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const code2 = String.fromCharCode(body[at]);
    const end = body.indexOf(0, at + 1);
    if (end < 0) break;
    fields[code2] = body.subarray(at + 1, end).toString("utf8");
    at = end + 1;
  }
  return fields;
}
function judgeMysql(data) {
  if (data.length < 5) return void 0;
  const length = data.readUIntLE(0, 3);
  if (data.length < 4 + length) return void 0;
  const payload = data.subarray(4, 4 + length);
  if (payload[0] === 10) {
    const end = payload.indexOf(0, 1);
    return { ready: true, detail: `MySQL handshake, server ${payload.subarray(1, end < 0 ? void 0 : end).toString("latin1")}` };
  }
  if (payload[0] === 255) return { ready: false, detail: `MySQL error: ${payload.subarray(3).toString("utf8").replace(/^#\w{5}/, "")}` };
  return { ready: false, detail: `unexpected MySQL packet 0x${(payload[0] ?? 0).toString(16)}` };
}
function judgeRedis(data) {
  const end = data.indexOf("\r\n");
  if (end < 0) return void 0;
  const line = data.subarray(0, end).toString("utf8");
  if (line === "+PONG") return { ready: true, detail: "Redis answered PONG" };
  if (/^-(NOAUTH|WRONGPASS)/.test(line)) return { ready: true, detail: `Redis answered ${line.slice(1)}` };
  return { ready: false, detail: `Redis answered ${line}` };
}
function mongoHello() {
  const doc = bson([["hello", 1], ["$db", "admin"]]);
  const header = Buffer.alloc(16);
  const body = Buffer.concat([Buffer.alloc(4), Buffer.from([0]), doc]);
  header.writeInt32LE(16 + body.length, 0);
  header.writeInt32LE(1, 4);
  header.writeInt32LE(0, 8);
  header.writeInt32LE(2013, 12);
  return Buffer.concat([header, body]);
}
function judgeMongo(data) {
  if (data.length < 4) return void 0;
  const length = data.readInt32LE(0);
  if (length < 21 || length > 48 * 1024 * 1024) return { ready: false, detail: "not a MongoDB reply" };
  if (data.length < length) return void 0;
  if (data.readInt32LE(12) !== 2013) return { ready: false, detail: `unexpected MongoDB opcode ${data.readInt32LE(12)}` };
  if (data[20] !== 0) return { ready: false, detail: "unexpected MongoDB section" };
  const fields = readBsonTop(data.subarray(21, length));
  if (fields.ok === 1) return { ready: true, detail: "MongoDB answered hello" };
  return { ready: false, detail: `MongoDB hello not ok${typeof fields.errmsg === "string" ? `: ${fields.errmsg}` : ""}` };
}
function judgeAmqp(data) {
  if (data.length >= 4 && data.subarray(0, 4).toString("latin1") === "AMQP") {
    return data.length < 8 ? void 0 : { ready: false, detail: `broker wants AMQP ${data[5]}-${data[6]}-${data[7]}` };
  }
  if (data.length < 11) return void 0;
  if (data[0] === 1 && data.readUInt16BE(1) === 0 && data.readUInt16BE(7) === 10 && data.readUInt16BE(9) === 10) {
    return { ready: true, detail: "AMQP Connection.Start received" };
  }
  return { ready: false, detail: "unexpected AMQP frame" };
}
function bson(fields) {
  const parts = [];
  for (const [name, value] of fields) {
    const key = Buffer.from(`${name}\0`);
    if (typeof value === "number") {
      const v = Buffer.alloc(4);
      v.writeInt32LE(value, 0);
      parts.push(Buffer.from([16]), key, v);
    } else {
      const text2 = Buffer.from(`${value}\0`);
      const len = Buffer.alloc(4);
      len.writeInt32LE(text2.length, 0);
      parts.push(Buffer.from([2]), key, len, text2);
    }
  }
  const body = Buffer.concat([...parts, Buffer.from([0])]);
  const size = Buffer.alloc(4);
  size.writeInt32LE(4 + body.length, 0);
  return Buffer.concat([size, body]);
}
function readBsonTop(doc) {
  const out = {};
  let at = 4;
  const fixed = { 1: 8, 7: 12, 8: 1, 9: 8, 10: 0, 16: 4, 17: 8, 18: 8, 19: 16, 127: 0, 255: 0 };
  while (at < doc.length && doc[at] !== 0) {
    const type = doc[at];
    const nameEnd = doc.indexOf(0, at + 1);
    if (nameEnd < 0) break;
    const name = doc.subarray(at + 1, nameEnd).toString("utf8");
    at = nameEnd + 1;
    if (type === 1) out[name] = doc.readDoubleLE(at);
    else if (type === 16) out[name] = doc.readInt32LE(at);
    else if (type === 8) out[name] = doc[at] === 1;
    else if (type === 2) out[name] = doc.subarray(at + 4, at + 4 + doc.readInt32LE(at) - 1).toString("utf8");
    if (type in fixed) at += fixed[type];
    else if (type === 2 || type === 13 || type === 14) at += 4 + doc.readInt32LE(at);
    else if (type === 3 || type === 4) at += doc.readInt32LE(at);
    else if (type === 5) at += 5 + doc.readInt32LE(at);
    else break;
  }
  return out;
}

// src/services/containers.ts
var LABEL_MANAGED = "coach-gate.managed";
var LABEL_RUN = "coach-gate.run";
var LABEL_INVOCATION = "coach-gate.invocation";
var LABEL_SERVICE = "coach-gate.service";
var HOST = "127.0.0.1";
var LOG_LINES = 20;
var PULL_TIMEOUT_MS = 10 * 6e4;
function runIdentity(env, random = randomBytes4(4).toString("hex")) {
  const id = (env.GITHUB_RUN_ID || "local").replace(/[^A-Za-z0-9_.-]/g, "");
  const attempt = (env.GITHUB_RUN_ATTEMPT || "1").replace(/[^A-Za-z0-9_.-]/g, "");
  return { run: `${id}-${attempt}`, invocation: random };
}
function containerName(identity, service) {
  return `coach-gate-${identity.run}-${identity.invocation}-${service}`.replace(/[^A-Za-z0-9_.-]/g, "-");
}
function runArguments(planned, identity, name) {
  const { spec, image } = planned;
  const args = [
    "run",
    "--detach",
    "--name",
    name,
    "--label",
    `${LABEL_MANAGED}=true`,
    "--label",
    `${LABEL_RUN}=${identity.run}`,
    "--label",
    `${LABEL_INVOCATION}=${identity.invocation}`,
    "--label",
    `${LABEL_SERVICE}=${spec.service}`,
    "--publish",
    `${HOST}::${spec.containerPort}`
  ];
  for (const [key, value] of Object.entries(spec.containerEnv)) args.push("--env", `${key}=${value}`);
  return [...args, image, ...spec.command];
}
function parsePublishedPort(output) {
  for (const line of output.split("\n")) {
    const match = /^127\.0\.0\.1:(\d+)\s*$/.exec(line.trim());
    if (match) return Number(match[1]);
  }
  return void 0;
}
var ServiceSession = class {
  constructor(identity) {
    this.identity = identity;
  }
  identity;
  names = /* @__PURE__ */ new Set();
  async start(plan, options) {
    const results = await Promise.all(plan.start.map((planned) => this.startOne(planned, options)));
    const started = results.filter((r) => "port" in r);
    const failures = results.filter((r) => "stage" in r);
    return { started, failures, env: connectionEnv(started) };
  }
  /** Removes every container this session created; safe to call again. */
  async removeAll() {
    const names2 = [...this.names];
    if (names2.length === 0) return { removed: [], problem: void 0 };
    const result = await docker(["rm", "--force", "--volumes", ...names2], 6e4);
    const problems = result.stderr.split("\n").filter((line) => line.trim() !== "" && !/No such container/i.test(line));
    const removed = result.stdout.split("\n").map((line) => line.trim()).filter((line) => names2.includes(line));
    if (result.code === 0 || problems.length === 0 && !result.timedOut) {
      this.names.clear();
      return { removed, problem: void 0 };
    }
    return { removed, problem: `could not remove ${names2.join(", ")}: ${failureReason({ ...result, stderr: problems.join(" ") })}` };
  }
  async startOne(planned, options) {
    const { spec, image } = planned;
    const fail = (stage, reason, logs = []) => ({ service: spec.service, image, stage, reason, logs });
    const log = options.log ?? (() => void 0);
    const cancelled = () => options.signal?.aborted ? fail("cancelled", "the job was cancelled while services started") : void 0;
    const present = await docker(["image", "inspect", "--format", "{{.Id}}", image], 3e4);
    if (present.code !== 0) {
      log(`coach-gate: pulling ${image} for ${spec.service}`);
      const pulled = await docker(["pull", "--quiet", image], PULL_TIMEOUT_MS, options.signal);
      if (cancelled()) return cancelled();
      if (pulled.code !== 0) return fail("pull", `could not pull ${image}: ${failureReason(pulled)}`);
    }
    if (cancelled()) return cancelled();
    const name = containerName(this.identity, spec.service);
    this.names.add(name);
    const run2 = await docker(runArguments(planned, this.identity, name), 12e4);
    if (run2.code !== 0) return fail("start", `docker run ${image} failed: ${failureReason(run2)}`);
    const runReturned = performance.now();
    const portResult = await docker(["port", name, `${spec.containerPort}/tcp`], 3e4);
    const port = parsePublishedPort(portResult.stdout);
    if (port === void 0) return fail("start", `no published port for ${spec.containerPort}/tcp: ${failureReason(portResult)}`, await this.logs(name));
    log(`coach-gate: ${spec.service} (${image}) is container ${name} on ${HOST}:${port}; waiting until it accepts clients`);
    const stopWatching = new AbortController();
    const abortWait = new AbortController();
    const onCancel = () => abortWait.abort();
    options.signal?.addEventListener("abort", onCancel, { once: true });
    const exited = docker(["wait", name], options.timeoutMs + 6e4, stopWatching.signal).then((result) => {
      if (!stopWatching.signal.aborted) abortWait.abort();
      return result;
    });
    const wait = await waitUntilReady(spec.probe, HOST, port, { timeoutMs: options.timeoutMs, signal: abortWait.signal });
    stopWatching.abort();
    options.signal?.removeEventListener("abort", onCancel);
    if (wait.ready) {
      void exited;
      return { service: spec.service, image, container: name, host: HOST, port, url: spec.url(HOST, port), readyMs: performance.now() - runReturned, attempts: wait.attempts, greeting: wait.detail };
    }
    if (options.signal?.aborted) return fail("cancelled", "the job was cancelled while services started");
    const exit = await exited;
    if (abortWait.signal.aborted && exit.code === 0) {
      return fail("exited", `the container exited (status ${exit.stdout.trim() || "?"}) before ${spec.service} accepted clients`, await this.logs(name));
    }
    return fail("readiness", `${spec.service} did not accept clients within ${Math.round(options.timeoutMs / 1e3)} s (${wait.attempts} probes; last: ${wait.detail})`, await this.logs(name));
  }
  async logs(name) {
    const result = await docker(["logs", "--tail", String(LOG_LINES), name], 15e3);
    const text2 = `${result.stdout}${result.stderr}`;
    return text2.split("\n").map((line) => line.trimEnd()).filter((line) => line !== "").slice(-LOG_LINES);
  }
};

// src/services/provide.ts
async function withServices(options, body) {
  const plan = planServices(options.declared, options.serviceImages);
  const base = { started: [], failures: [], skipped: plan.skipped, unusedImages: plan.unusedImages, cleanupProblem: void 0, removed: [] };
  if (options.declared.length === 0) return { record: { ...base, mode: "none-declared", skipped: [] }, result: await body({}) };
  if (!options.dockerAvailable) return { record: { ...base, mode: "docker-unavailable", skipped: [] }, result: await body({}) };
  if (!options.startServices) return { record: { ...base, mode: "disabled", skipped: [] }, result: await body({}) };
  if (plan.start.length === 0) return { record: { ...base, mode: "started" }, result: await body({}) };
  let cleanup = { removed: [], problem: void 0 };
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
import { constants as constants3 } from "node:fs";
import { open as open3, realpath as realpath2 } from "node:fs/promises";
import path12 from "node:path";
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
  const list3 = candidates.map((f) => f.path).join(", ");
  if (named.chosen === void 0) {
    notes.push(`declarations-from is base, and the pull request changes ${candidates.length === 1 ? "one task file" : `${candidates.length} task files`} (${list3}); ${named.why}, so no task's declaration counts and nothing is declared`);
    return { source: "changed-files", tasks: [] };
  }
  const chosen = atBase.get(named.chosen);
  const others = candidates.filter((f) => f.path !== named.chosen).map((f) => f.path);
  if (others.length > 0) notes.push(`declarations-from is base: only ${named.chosen} counts (${named.why}); the other changed task files declare nothing for this pull request: ${others.join(", ")}`);
  return { source: "changed-files", tasks: [chosen], declarationFile: chosen.origin };
}
function choosePullRequestTask(candidates, names2) {
  const mentioned = (id) => id !== "" && names2.some((text2) => wordIn(text2, id));
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
    const other = sameShapeId(only.id, names2);
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
    const root = await realpath2(workspace);
    real = await realpath2(path12.resolve(root, file));
    if (!isInside(root, real)) return { error: `resolves outside the workspace${real === path12.resolve(root, file) ? "" : " (through a symlink)"}; only files inside the workspace are read` };
  } catch (error2) {
    const code2 = error2.code;
    return { error: code2 === "ENOENT" ? "file not found in the workspace (is the repository checked out?)" : firstLineOf(error2) };
  }
  try {
    const handle = await open3(real, constants3.O_RDONLY | (constants3.O_NONBLOCK ?? 0) | (constants3.O_NOFOLLOW ?? 0));
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
  const relative = path12.relative(root, target);
  return relative !== "" && relative !== ".." && !relative.startsWith(`..${path12.sep}`) && !path12.isAbsolute(relative);
}
async function readAtBase(base, file) {
  const normalised = path12.posix.normalize(file.replace(/\\/g, "/")).replace(/^\.\//, "");
  if (normalised.startsWith("../") || normalised === ".." || path12.posix.isAbsolute(normalised)) return { error: "is not a path inside the repository" };
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
var ANSI2 = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
function passedTestText(rawLine) {
  const line = rawLine.replace(ANSI2, "").trimEnd();
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
  constructor(names2) {
    this.names = names2;
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
      const plain = line.replace(ANSI2, "").trim();
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
async function runTestStage(options) {
  const runnerFiles = await guardRunnerFiles(options.env);
  const attempts = [];
  const notes = [];
  const attempt = async (n) => {
    const classifier = new LogClassifier();
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
    const verdict = passed ? void 0 : classifier.result(result.timedOut || result.cancelled ? void 0 : { exitCode: result.exitCode, signal: result.signal });
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
  const reportPath = path13.resolve(reportDirectory, reportFileName(turn));
  const logPath = path13.resolve(reportDirectory, `test_output_${turn}.log`);
  const probing = rt.probeDocker(settings.dockerProbeTimeoutSeconds);
  const { event, established, task, notes: taskNotes } = await readTaskStage(settings, rt.env, workspace);
  notes.unshift(...taskNotes);
  const trust = checkTrust(settings.conditionalApproval, originOf(event.name, established, rt.env.GITHUB_REPOSITORY ?? ""));
  const early = task.requiresInfrastructure.length > 0 ? await probing : void 0;
  say(`coach-gate: task ${task.taskId || "(none)"} from ${task.source}; declared: ${JSON.stringify(task.requiresInfrastructure)}`);
  const cwd = path13.resolve(workspace, settings.workingDirectory);
  if (!await isDirectory(cwd)) throw new InputError(INPUTS.workingDirectory, `${settings.workingDirectory} is not a directory of the workspace (${cwd})`);
  const plan = planServices(task.requiresInfrastructure, settings.serviceImages);
  const earlyHost = early ? serviceHost(early, plan) : void 0;
  let exported = {};
  const untouched = await beforeTheTests(settings, cwd, rt.env);
  const provided = await withServices({
    declared: task.requiresInfrastructure,
    // Known exactly when services are to be started (see `early` above); otherwise unused.
    dockerAvailable: earlyHost?.canProvide ?? false,
    startServices: settings.startServices,
    serviceImages: settings.serviceImages,
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
  const junit = passed || settings.junitPaths.length === 0 ? void 0 : await (await import("./chunks/junit-reports-VHBVB6TV.js")).readJUnitReports(settings.junitPaths, cwd, stage.started);
  if (junit) notes.push(...junit.notes);
  const classified = passed ? PASSED_VERDICT : combineVerdicts(stage.verdict ?? PASSED_VERDICT, junit?.verdict);
  const corroborate = async (v) => {
    const guard = await guardRunnerFiles(rt.env);
    try {
      return await corroborateStage({
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
  const base = await compareWithBase({
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
  const details = passed ? { locations: [], values: [] } : await readFailures(stage.logPath, verdict.tests, workspace, cwd);
  const { locations } = details;
  const totals = junit && junit.files.length > 0 ? junitTotals(junit.outcomes) : await readTotals(stage.logPath);
  return {
    // What a reader is shown: each evidence line with the values its assertion compared.
    ...facts,
    verdict: withValues(verdict, details.values),
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
async function ownDirectory(wanted, workspace, env, notes) {
  const resolved = path13.resolve(wanted);
  await mkdir3(resolved, { recursive: true });
  const inside = !path13.relative(workspace, resolved).startsWith("..") && !path13.isAbsolute(path13.relative(workspace, resolved));
  const [real, realWorkspace] = await Promise.all([realpath3(resolved), realpath3(workspace).catch(() => workspace)]);
  const lexical = path13.join(realWorkspace, path13.relative(workspace, resolved));
  if (!inside || real === lexical) return resolved;
  const fallback = defaultReportDirectory(env);
  await mkdir3(fallback, { recursive: true });
  notes.push(`Tampering: report-directory ${wanted} leads through a link in the workspace (to ${real}); the report and the log were written to ${fallback} instead.`);
  return fallback;
}
async function isDirectory(dir) {
  try {
    return (await stat4(dir)).isDirectory();
  } catch {
    return false;
  }
}

// src/shell/runtime.ts
import { randomUUID } from "node:crypto";
import { EOL } from "node:os";
var ANNOTATE = { error, warning, notice };
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
    checks: runnerChecks,
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
  const delimiter = `ghadelimiter_${randomUUID()}`;
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
