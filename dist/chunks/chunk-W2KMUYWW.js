import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  randomHex,
  sha256Hex,
  signalCookie
} from "./chunk-NF6VLL2F.js";
import {
  remediationFor,
  satisfies
} from "./chunk-HLOXVYSR.js";

// src/tests/runner-files.ts
import { chmodSync, closeSync, copyFileSync, ftruncateSync, lstatSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
var RUNNER_FILE_VARIABLES = ["GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY"];
async function guardRunnerFiles(env) {
  const recorded = await recordRunnerFiles(env);
  const scratch = env.RUNNER_TEMP ? mkdtempSync(path.join(tmpdir(), "coach-gate-tests-")) : void 0;
  const testEnv = {};
  if (scratch !== void 0) {
    testEnv.RUNNER_TEMP = scratch;
    if (env.GITHUB_EVENT_PATH) {
      const event = path.join(scratch, "event.json");
      if (copied(env.GITHUB_EVENT_PATH, event)) testEnv.GITHUB_EVENT_PATH = event;
    }
  }
  return {
    testEnv,
    restore: async () => {
      if (scratch !== void 0) removeQuietly(scratch);
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
    if (!file || paths.has(path.resolve(file))) continue;
    paths.add(path.resolve(file));
    try {
      const info = lstatSync(file);
      recorded.push({ variable, path: file, content: readPrefix(file, info.size), mode: info.mode & 4095, dev: info.dev, ino: info.ino });
    } catch (error) {
      if (error.code !== "ENOENT") throw new Error(`could not record ${variable} before the tests: ${error.message}`);
      recorded.push({ variable, path: file, content: void 0, mode: 420, dev: 0, ino: 0 });
    }
  }
  return recorded;
}
async function restoreRunnerFiles(recorded) {
  const changes = [];
  for (const file of recorded) {
    try {
      const what = restoreOne(file);
      if (what !== void 0) changes.push({ variable: file.variable, what });
    } catch (error) {
      throw new Error(`could not restore ${file.variable} after the tests changed it: ${error.message}`);
    }
  }
  return changes;
}
function restoreOne(file) {
  let now;
  try {
    now = lstatSync(file.path);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  if (file.content === void 0) {
    if (now === void 0) return void 0;
    rmSync(file.path, { force: true, recursive: true });
    return "created";
  }
  if (now === void 0) {
    rewrite(file);
    return "deleted";
  }
  if (!now.isFile() || now.dev !== file.dev || now.ino !== file.ino) {
    rmSync(file.path, { force: true, recursive: true });
    rewrite(file);
    return now.isSymbolicLink() ? "replaced by a symlink" : "replaced";
  }
  const modeChanged = (now.mode & 4095) !== file.mode;
  if (modeChanged) chmodSync(file.path, file.mode);
  const size = now.size;
  if (size >= file.content.length && readPrefix(file.path, file.content.length).equals(file.content)) {
    if (size === file.content.length) return modeChanged ? "permissions changed" : void 0;
    truncateTo(file.path, file.content.length);
    return `${size - file.content.length} bytes appended`;
  }
  rewrite(file);
  return "rewritten";
}
function readPrefix(file, length) {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const bytesRead = readSync(fd, buffer, read, length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
function truncateTo(file, length) {
  const fd = openSync(file, "r+");
  try {
    ftruncateSync(fd, length);
  } finally {
    closeSync(fd);
  }
}
function rewrite(file) {
  rmSync(file.path, { force: true });
  writeFileSync(file.path, file.content ?? Buffer.alloc(0), { flag: "wx", mode: file.mode });
  chmodSync(file.path, file.mode);
}
function copied(from, to) {
  try {
    copyFileSync(from, to);
    return true;
  } catch {
    return false;
  }
}
function removeQuietly(dir) {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
  }
}
function describeChanges(changes) {
  const list = changes.map((c) => `${c.variable}: ${c.what}`).join("; ");
  return `The tests changed this step's runner files (${list}); coach-gate restored each to what it held before the tests, so nothing they wrote reaches the runner or later steps.`;
}

// src/tests/test-runner.ts
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, rmSync as rmSync3, writeFileSync as writeFileSync3 } from "node:fs";

// src/common/safe-write.ts
import { appendFileSync, closeSync as closeSync2, constants, fstatSync, lstatSync as lstatSync2, mkdirSync, openSync as openSync2, readlinkSync, renameSync, rmSync as rmSync2, unlinkSync, writeFileSync as writeFileSync2 } from "node:fs";
import path2 from "node:path";
var NOFOLLOW = constants.O_NOFOLLOW ?? 0;
async function inspectWriteTarget(file) {
  return inspectWriteTargetSync(file);
}
function inspectWriteTargetSync(file) {
  const dir = path2.dirname(file);
  const dirInfo = lstatOrUndefined(dir);
  if (dirInfo?.isSymbolicLink()) return `the directory ${dir} was replaced by a symbolic link (to ${safeReadlink(dir)})`;
  const info = lstatOrUndefined(file);
  if (info === void 0 || info.isFile() && info.nlink === 1) return void 0;
  if (info.isSymbolicLink()) return `a symbolic link was planted at ${file} (to ${safeReadlink(file)})`;
  if (info.isFile()) return `${file} is a hard link to another file (${info.nlink} names)`;
  return `${file} is not a regular file (${info.isDirectory() ? "a directory" : "a special file"})`;
}
function tamperingNote(found) {
  return `Tampering: ${found}. coach-gate wrote nothing through it: it wrote a new file of its own in its place.`;
}
async function writeNewFile(file, content) {
  const found = inspectWriteTargetSync(file);
  const dir = path2.dirname(file);
  const dirInfo = lstatOrUndefined(dir);
  if (dirInfo !== void 0 && !dirInfo.isDirectory()) rmSync2(dir, { force: true });
  mkdirSync(dir, { recursive: true });
  const temporary = path2.join(dir, `.${path2.basename(file)}.${randomHex(6)}.tmp`);
  const fd = openSync2(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 420);
  try {
    writeFileSync2(fd, content);
  } finally {
    closeSync2(fd);
  }
  const info = lstatOrUndefined(file);
  if (info?.isDirectory()) rmSync2(file, { recursive: true, force: true });
  renameSync(temporary, file);
  return found;
}
function lstatOrUndefined(file) {
  try {
    return lstatSync2(file);
  } catch {
    return void 0;
  }
}
function openNewFileSync(file) {
  let found;
  try {
    const info = lstatSync2(file);
    if (info.isSymbolicLink()) found = `a symbolic link was planted at ${file}`;
    else if (!info.isFile()) found = `${file} is not a regular file`;
    else if (info.nlink > 1) found = `${file} is a hard link to another file (${info.nlink} names)`;
    unlinkSync(file);
  } catch {
  }
  return { fd: openSync2(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 420), found };
}
function appendNoFollowSync(file, text) {
  let found;
  let fd;
  try {
    fd = openSync2(file, constants.O_WRONLY | constants.O_APPEND | NOFOLLOW);
  } catch (error) {
    const code = error.code;
    if (code !== "ELOOP" && code !== "ENOENT" && code !== "EMLINK") throw error;
    if (code !== "ENOENT") {
      found = `a symbolic link was planted at ${file} (to ${safeReadlink(file)})`;
      unlinkSync(file);
    }
    fd = openSync2(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 420);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${file} is not a regular file`);
    appendFileSync(fd, text);
  } finally {
    closeSync2(fd);
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

// src/tests/test-runner.ts
import { constants as osConstants } from "node:os";
import path3 from "node:path";
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
    writeFileSync3(options.logPath, "");
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
  log.on("error", (error) => {
    logError ??= error.message;
    log.emit("drain");
  });
  const stopToken = randomHex(16);
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
  const consume = (text) => {
    let start = 0;
    if (skipLeadingLF && text.startsWith("\n")) start = 1;
    if (text !== "") skipLeadingLF = false;
    if (!text.includes("\r")) {
      for (let end = text.indexOf("\n", start); end >= 0; end = text.indexOf("\n", start)) {
        emitLine(pendingText + text.slice(start, end));
        pendingText = "";
        start = end + 1;
      }
    } else {
      const lineEnd = /\r\n|\r|\n/g;
      lineEnd.lastIndex = start;
      for (let match = lineEnd.exec(text); match !== null; match = lineEnd.exec(text)) {
        emitLine(pendingText + text.slice(start, match.index));
        pendingText = "";
        start = match.index + match[0].length;
        if (match[0] === "\r" && start === text.length) skipLeadingLF = true;
      }
    }
    pendingText += text.slice(start);
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
    const cookie = randomHex(16);
    let scriptError;
    if (script !== void 0) {
      try {
        writeFileSync3(script, `${options.command}
`);
      } catch (error) {
        scriptError = `could not write the command to ${script}: ${error.message}`;
      }
    }
    const child = spawn(invocation.file, [...invocation.args], {
      cwd: options.cwd,
      env: { ...options.env, [COOKIE_NAME]: cookie },
      stdio: ["ignore", "pipe", "pipe"],
      detached: killing.processGroup,
      windowsHide: true
    });
    const running = () => child.exitCode === null && child.signalCode === null;
    const signalTree = (signal) => {
      if (killing.processGroup) signalGroup(child.pid, signal);
      if (killing.cookieScan) signalCookie(COOKIE_NAME, cookie, signal);
      if (killing.taskkill && child.pid !== void 0 && running()) taskkillTree(child.pid, options.env);
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
        child.stdout.pause();
        child.stderr.pause();
      }
      stream.once("drain", () => {
        if (--held === 0) {
          child.stdout.resume();
          child.stderr.resume();
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
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const finish = (spawnError) => {
      const startError = spawnError ?? scriptError;
      if (finished) return;
      finished = true;
      if (timeout) clearTimeout(timeout);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
      signalTree("SIGKILL");
      if (script !== void 0) rmSync3(script, { force: true });
      consume(decoder.end());
      if (pendingText !== "") emitLine(pendingText);
      options.echo.write(`${lastByte === 10 ? "" : "\n"}::${stopToken}::
`);
      const settle = () => {
        const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
        const code = startError ? 127 : timedOut ? 124 : exitCode ?? (exitSignal ? 128 + signalNumber(exitSignal) : 1);
        resolve({ exitCode: code, signal: exitSignal, timedOut, cancelled, durationSeconds, bytes, lines, tail, ...startError ? { startError } : {}, ...logError !== void 0 ? { logError } : {}, ...logTampering !== void 0 ? { logTampering } : {} });
      };
      if (logError !== void 0) settle();
      else {
        log.end((error) => {
          if (error) logError ??= error.message;
          settle();
        });
      }
    };
    const streamEnded = () => {
      if (--openStreams === 0 && exitCode !== null) finish();
      else if (openStreams === 0 && exitSignal !== null) finish();
    };
    child.stdout.on("end", streamEnded);
    child.stderr.on("end", streamEnded);
    child.on("error", (error) => finish(`could not start ${invocation.file}: ${error.message}`));
    child.on("exit", (code, signal) => {
      exitCode = code;
      exitSignal = signal;
      if (openStreams === 0) return finish();
      setTimeout(() => {
        if (finished) return;
        signalTree("SIGKILL");
        child.stdout.destroy();
        child.stderr.destroy();
        finish();
      }, DRAIN_MS).unref();
    });
  });
}
var COOKIE_NAME = "COACH_GATE_RUN_COOKIE";
function findShell(platform, env, exists) {
  if (platform !== "win32") return ["/bin/bash", "/bin/sh"].find((file) => exists(file));
  const win = path3.win32;
  const value = (name) => Object.entries(env).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  const pathDirs = (value("PATH") ?? "").split(";").map((dir) => dir.trim().replace(/^"(.*)"$/, "$1")).filter((dir) => dir !== "");
  const candidates = [];
  for (const dir of pathDirs) {
    if (!exists(win.join(dir, "git.exe"))) continue;
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
  return candidates.find((file) => exists(file));
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
  return { file: systemRoot ? path3.win32.join(systemRoot, "System32", "taskkill.exe") : "taskkill.exe", args: ["/T", "/F", "/PID", String(pid)] };
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

// src/decide/decision.ts
var CONDITIONAL_HEADLINE = "APPROVED (infra-dependent, independent tests skipped)";
function decide(inputs) {
  const { verdict, declared, gates } = inputs;
  const failedGates = gates.filter((g) => !g.passed);
  if (failedGates.length > 0) {
    const names = failedGates.map((g) => `${g.name} (${g.outcome})`).join(", ");
    return feedback(`FEEDBACK: quality gate failed (${failedGates.map((g) => g.name).join(", ")})`, [`Quality gates failed: ${names}. Every gate must pass before approval.`], [`Fix the failing gates: ${names}.`]);
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
  const names = flaky.failedFirst.length > 0 ? flaky.failedFirst.slice(0, 5).join(", ") + (flaky.failedFirst.length > 5 ? ` and ${flaky.failedFirst.length - 5} more` : "") : "the test command (no failing test was named)";
  const what = `The tests failed, then passed on attempt ${flaky.attempts}: flaky. First failing: ${names}.`;
  if (flaky.unproven !== void 0) {
    return feedback(
      flaky.unproven.ranNothing ? "FEEDBACK: the retry ran no tests" : "FEEDBACK: the retry did not rerun the failed tests",
      [`The tests failed on attempt 1 (first failing: ${names}); attempt ${flaky.attempts} exited 0, but ${flaky.unproven.reason.replace(/^the retry exited 0,? (but )?/, "")}. A retry is a pass only when the tests that failed before are seen to run again and pass.`],
      [`Fix the failing tests: ${names}.`, "Make the test command run the tests on every call (not a build target a failed run already made), and name each passing test (pytest -v, go test -v, a JUnit report)."]
    );
  }
  if (choice === "feedback") return feedback("FEEDBACK: flaky tests", [what, "flaky-decision is feedback: a pass that needed a retry is not approved."], [`Make the flaky tests deterministic: ${names}.`]);
  return { decision: "approve", approvedWithoutIndependentTests: false, headline: FLAKY_HEADLINE, rationale: [what, "flaky-decision is approve: the retry passed, so the work is approved; the flaky tests are named in a warning."], remediation: [`Make the flaky tests deterministic: ${names}.`] };
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

// src/decide/signature.ts
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
function normaliseMessage(text) {
  let out = text;
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
  return sha256Hex([...extra, ...entries].join("\n")).slice(0, SIGNATURE_LENGTH);
}

export {
  inspectWriteTarget,
  tamperingNote,
  writeNewFile,
  appendNoFollowSync,
  CONDITIONAL_HEADLINE,
  decide,
  feedback,
  normaliseMessage,
  normaliseName,
  failureSignature,
  guardRunnerFiles,
  sanitisedEnv,
  runTests
};
