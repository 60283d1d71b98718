// Turns a raw log line into the text rules are matched against: no colour codes,
// no runner timestamps, no trailing CR, and a bounded length so that no pattern
// ever sees an adversarially long line.

export const MATCH_WINDOW = 4096

// CSI sequences (colours, cursor moves) and OSC sequences (titles, hyperlinks).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g
// GitHub Actions prefixes each line of a downloaded log with an ISO timestamp.
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/
// docker compose's `app_1  | ` and the runner's `##[error]` put a prefix before each line.
const SERVICE_PREFIX = /^(?:[\w.-]{1,80}\s{1,20}\| |##\[(?:error|warning|group|endgroup)\])/
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g

export function normaliseLine(raw: string): string {
  let line = raw.length > MATCH_WINDOW * 2 ? raw.slice(0, MATCH_WINDOW * 2) : raw
  if (line.includes('\u001b')) line = line.replace(ANSI, '')
  if (line.endsWith('\r')) line = line.slice(0, -1)
  line = line.replace(TIMESTAMP, '').replace(SERVICE_PREFIX, '')
  if (CONTROL.test(line)) line = line.replace(CONTROLS, ' ')
  return line.length > MATCH_WINDOW ? line.slice(0, MATCH_WINDOW) : line
}
