import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/classify/normalise.ts
var MATCH_WINDOW = 4096;
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
var TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
var SERVICE_PREFIX = /^(?:(?!(?:stdout|stderr) \| )[\w.-]{1,80}\s{1,20}\| |##\[(?:error|warning|group|endgroup)\])/;
var RUNNER_ANNOTATION = /^::(?:error|warning|notice)(?: [^:\n]{0,2000})?::/;
var TESTDOX_BAR = /^\s{0,12}(?:│ ?|[┐├┊╵┴](?: |$))/;
var TESTDOX_MARKS = /^\s{0,12}[│┐├┊╵┴]/;
var PHPT_ERROR = /^\d{3}\+ (?=(?:PHP )?(?:Fatal error|Parse error|Warning|Notice|Deprecated): )/;
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
var GO_JSON = /^\{"Time":"[^"]{0,60}","Action":"(\w{1,20})"/;
function goJsonOutput(line) {
  const found = GO_JSON.exec(line);
  if (!found) return void 0;
  if (found[1] !== "output") return "";
  try {
    const event = JSON.parse(line);
    return typeof event.Output === "string" ? event.Output.replace(/\r?\n$/, "") : "";
  } catch {
    return void 0;
  }
}
function normaliseLine(raw) {
  let line = raw.length > MATCH_WINDOW * 2 ? raw.slice(0, MATCH_WINDOW * 2) : raw;
  if (line.startsWith('{"Time"')) line = goJsonOutput(line) ?? line;
  if (line.includes("\x1B")) line = line.replace(ANSI, "");
  if (line.endsWith("\r")) line = line.slice(0, -1);
  const first = line.charCodeAt(0);
  if (first >= 48 && first <= 57) line = line.replace(TIMESTAMP, "");
  if (line.includes("| ") || line.startsWith("##[")) line = line.replace(SERVICE_PREFIX, "");
  if (line.startsWith("::") && RUNNER_ANNOTATION.test(line)) return "";
  if (CONTROL.test(line)) line = line.replace(CONTROLS, " ");
  if (line.startsWith("#  ")) line = line.slice(1);
  if (TESTDOX_MARKS.test(line)) line = line.replace(TESTDOX_BAR, "");
  if (first >= 48 && first <= 57) line = line.replace(PHPT_ERROR, "");
  return line.length > MATCH_WINDOW ? line.slice(0, MATCH_WINDOW) : line;
}

export {
  MATCH_WINDOW,
  normaliseLine
};
