import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  normaliseLine
} from "./chunk-WCU7C2YG.js";
import "./chunk-26LI6IR6.js";

// src/report/locations.ts
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
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
    const clean = path.posix.normalize(relative).replace(/^\.\//, "");
    if (clean === "" || clean.startsWith("../") || clean === ".." || path.posix.isAbsolute(clean) || isForeign(clean)) return void 0;
    return context.exists(clean) ? clean : void 0;
  };
  const absolute = file.startsWith("/") || /^[A-Za-z]:\//.test(file);
  if (!absolute) {
    const cwdRelative = path.posix.relative(workspace, path.posix.join(context.cwd.replace(/\\/g, "/"), file));
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
var LINE_MAX = 2e3;
async function locateFailures(logPath, tests, workspace, cwd) {
  return (await readFailures(logPath, tests, workspace, cwd)).locations;
}
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
  const exists = (relative) => {
    return known.get(relative) ?? false;
  };
  const context = { workspace, cwd, exists };
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
  const text = evidence.trim();
  if (text === "" || text.endsWith("\u2026")) return void 0;
  const content = following.map((l) => l.trim());
  if (/^Expected\b[^:]{0,30}:\s*\S/.test(text)) {
    const received = content.filter((l) => l !== "").slice(0, 3).find((l) => /^Received\b[^:]{0,30}:\s*\S/.test(l));
    return received === void 0 ? void 0 : clipValues(received.replace(/\s+/g, " "));
  }
  if (!text.endsWith(":")) return void 0;
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
function clipValues(text) {
  return text.length > VALUES_MAX ? `${text.slice(0, VALUES_MAX - 1)}\u2026` : text;
}
function withValues(verdict, values) {
  if (!values.some((v) => v !== void 0)) return verdict;
  const byLine = /* @__PURE__ */ new Map();
  const tests = verdict.tests.map((t, i) => {
    const found = values[i];
    if (!t.evidence || found === void 0) return t;
    const text = `${t.evidence.text}${t.evidence.text.trimEnd().endsWith(":") ? " " : " / "}${found}`;
    byLine.set(t.evidence.line, text);
    return { ...t, evidence: { ...t.evidence, text } };
  });
  const evidence = verdict.evidence.map((e) => {
    const text = byLine.get(e.line);
    return text === void 0 || !text.startsWith(e.text) ? e : { ...e, text };
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
    if (partBytes >= LINE_MAX * 4) return;
    const part = Buffer.from(bytes.subarray(0, LINE_MAX * 4 - partBytes));
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
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
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
  return line.length > LINE_MAX ? line.slice(0, LINE_MAX) : line;
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
    known.set(relative, await isFile(path.join(workspace, relative)));
  }
}
async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
export {
  LOCATED_MAX,
  frameOf,
  isForeign,
  locate,
  locateFailures,
  mergeRanges,
  readFailures,
  readLogLines,
  toWorkspacePath,
  unitWindows,
  valuesAfter,
  withValues
};
