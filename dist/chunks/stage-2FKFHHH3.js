import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-SAMJ5Z2W.js";
import {
  CONDITIONAL_HEADLINE,
  feedback,
  guardRunnerFiles,
  normaliseMessage,
  normaliseName,
  sanitisedEnv
} from "./chunk-W2KMUYWW.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import {
  sha256Hex
} from "./chunk-NF6VLL2F.js";
import {
  combineVerdicts
} from "./chunk-W7OPXJDF.js";
import {
  LogClassifier
} from "./chunk-WXQMYVEV.js";
import "./chunk-VIDFAU2V.js";
import {
  PASSED_VERDICT
} from "./chunk-3S6MWH67.js";
import "./chunk-WCU7C2YG.js";
import "./chunk-OSC2T3SQ.js";
import "./chunk-HLOXVYSR.js";
import "./chunk-26LI6IR6.js";

// src/compare/stage.ts
import { createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import path3 from "node:path";
import { StringDecoder } from "node:string_decoder";

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
  const count2 = (status) => units.filter((u) => u.status === status).length;
  return {
    units,
    unlisted: Math.max(0, head.verdict.failingTests - head.verdict.tests.length),
    fixed,
    counts: { preExisting: count2("pre-existing"), introduced: count2("introduced"), new: count2("new") }
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
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
var UPWARD_CONFIG = /^(?:pytest\.ini|pyproject\.toml|tox\.ini|setup\.cfg|conftest\.py|sitecustomize\.py|usercustomize\.py|package\.json|\.npmrc|\.yarnrc(?:\.yml)?|node_modules|\.pnp\.c?js|jest\.config\.\w+|vitest\.config\.\w+|vite\.config\.\w+|babel\.config\.\w+|\.babelrc(?:\.\w+)?|tsconfig\.json|\.mocharc\.\w+|go\.mod|go\.work|Gemfile|\.rspec|\.bundle|Cargo\.toml|\.cargo|composer\.json|phpunit\.xml(?:\.dist)?|\.git|\.gitattributes|\.env)$/;
async function gitMetadata(repository) {
  const out = [];
  const git = path.join(repository, ".git");
  const read = async (file) => readFile(file, "utf8").catch(() => "");
  const pointer = await read(git);
  out.push(`pointer:${pointer}`);
  const dir = pointer.startsWith("gitdir:") ? path.resolve(repository, pointer.slice(7).trim()) : git;
  for (const file of ["config", "info/attributes", "commondir"]) out.push(`${file}:${await read(path.join(dir, file))}`);
  out.push(`packed-replace:${(await read(path.join(dir, "packed-refs"))).split("\n").filter((l) => l.includes("refs/replace/")).join("\n")}`);
  out.push(`replace:${(await readdir(path.join(dir, "refs", "replace"), { recursive: true }).catch(() => [])).sort().join(",")}`);
  return out;
}
async function upwardConfigs(parent) {
  const out = [];
  for (let dir = path.resolve(parent); ; dir = path.dirname(dir)) {
    const names2 = await readdir(dir).catch(() => []);
    out.push(`${dir}:${names2.filter((n) => UPWARD_CONFIG.test(n)).sort().join(",")}`);
    if (path.dirname(dir) === dir) return out;
  }
}
async function fingerprint(repository, parent) {
  const parts = [...await gitMetadata(repository), ...await upwardConfigs(parent)];
  return { fingerprint: sha256Hex(parts.join("\0")) };
}
async function changedSince(before, repository, parent) {
  const now = await fingerprint(repository, parent);
  if (now.fingerprint === before.fingerprint) return void 0;
  return "the checkout's git metadata (its config, replace refs or attributes) or a tool's configuration in a folder above the base worktree changed while the tests ran; a base run through them could not be trusted";
}
async function repositoryOf(cwd) {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if ((await readdir(dir).catch(() => [])).includes(".git")) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

// src/compare/worktree.ts
import { execFile } from "node:child_process";
import { lstat, mkdtemp, rm, symlink, unlink } from "node:fs/promises";
import path2 from "node:path";
var DEFAULT_LINKS = ["node_modules", "vendor", ".venv"];
var GIT_TIMEOUT_MS = 12e4;
var GIT_OUTPUT_MAX = 4 * 1024 * 1024;
function realGit(env, signal) {
  const gitEnv = { ...env, GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "echo", GCM_INTERACTIVE: "never", GIT_NO_REPLACE_OBJECTS: "1", GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
  return (args, cwd) => new Promise((resolve, reject) => {
    execFile("git", ["-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "core.attributesFile=/dev/null", "-c", "advice.detachedHead=false", ...args], { cwd, env: gitEnv, timeout: GIT_TIMEOUT_MS, maxBuffer: GIT_OUTPUT_MAX, killSignal: "SIGKILL", ...signal ? { signal } : {} }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout.trim());
      const said = String(stderr).trim().split("\n").filter(Boolean).slice(-2).join(" ") || error.message;
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
  const dir = await mkdtemp(path2.join(options.parent, "coach-gate-base-"));
  try {
    await git(["worktree", "add", "--detach", "--force", dir, sha], repository);
  } catch (error) {
    await rm(dir, { recursive: true, force: true }).catch(() => void 0);
    throw error;
  }
  const checkout = { repository, dir, sha, fetched, links: [] };
  const within = path2.relative(repository, path2.resolve(options.cwd));
  const places = [.../* @__PURE__ */ new Set(["", within.startsWith("..") ? "" : within])];
  for (const place of places) {
    for (const name of [...DEFAULT_LINKS, ...options.links]) {
      const rel = path2.join(place, name);
      const source = path2.join(repository, rel);
      const target = path2.join(dir, rel);
      if (!await exists(source) || await exists(target)) continue;
      if (!await exists(path2.dirname(target))) continue;
      await symlink(source, target, process.platform === "win32" ? "junction" : "dir");
      checkout.links.push(rel);
    }
  }
  return checkout;
}
async function removeBase(git, checkout) {
  for (const rel of checkout.links) await unlink(path2.join(checkout.dir, rel)).catch(() => void 0);
  let problem;
  try {
    await git(["worktree", "remove", "--force", "--force", checkout.dir], checkout.repository);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (await exists(checkout.dir)) await rm(checkout.dir, { recursive: true, force: true }).catch(() => void 0);
  await git(["worktree", "prune"], checkout.repository).catch(() => void 0);
  if (await exists(checkout.dir)) return `The base commit's worktree ${checkout.dir} could not be removed: ${problem ?? "it is still there"}.`;
  return void 0;
}
async function exists(file) {
  return lstat(file).then(() => true, () => false);
}

// src/compare/stage.ts
var baseParent = (env) => env.RUNNER_TEMP || tmpdir();
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
  } catch (error) {
    return notRun(`the base commit ${ref} could not be checked out (${error instanceof Error ? error.message : String(error)})`);
  }
  const notes = [];
  let ran;
  let failure;
  try {
    options.log(`coach-gate: running the tests on the base commit ${checkout.sha}${checkout.fetched ? " (fetched from origin)" : ""}${checkout.links.length > 0 ? `, with ${checkout.links.join(", ")} linked from the checkout` : ""}`);
    ran = await runBase(options, checkout, notes);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
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
  const within = path3.relative(checkout.repository, options.cwd);
  const cwd = path3.join(checkout.dir, within.startsWith("..") ? "" : within);
  const workspaceWithin = path3.relative(checkout.repository, options.workspace);
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
      env: sanitisedEnv(options.env, { ...guard.testEnv, ...workspaceWithin.startsWith("..") ? {} : { GITHUB_WORKSPACE: path3.join(checkout.dir, workspaceWithin) } }),
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
  const decoder = new StringDecoder("utf8");
  let pending = "";
  try {
    for await (const chunk of createReadStream(file)) {
      const text = pending + decoder.write(chunk);
      const lines = text.split(/\r\n|\r|\n/);
      pending = lines.pop() ?? "";
      if (pending.length > 4096) pending = "";
      for (const line of lines) collector.push(line);
    }
    collector.push(pending + decoder.end());
  } catch {
  }
  return collector.result();
}
export {
  baseParent,
  baseRefOf,
  beforeTheTests,
  compareWithBase,
  passingInFile,
  skipReason
};
