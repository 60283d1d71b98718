// What the GitHub runner would obey in a step's stdout: a model of its workflow-command
// processing (actions/runner, ActionCommandManager and ActionCommand), so a test can assert on
// the commands that take effect rather than on how the log looks.
//
// - The runner reads lines as .NET's ReadLine does: CR, LF and CRLF each end a line.
// - `::name props::data` counts when the line starts with it after leading white space; the
//   legacy `##[name props]data` counts anywhere in the line.
// - Only registered names count (case-insensitively). `stop-commands` ignores everything until a
//   line whose command name is the token; an empty token never resumes.

const REGISTERED = ['add-mask', 'add-matcher', 'remove-matcher', 'debug', 'notice', 'warning', 'error', 'group', 'endgroup', 'echo', 'set-output', 'set-env', 'add-path', 'save-state', 'stop-commands']

export interface ObeyedCommand {
  readonly command: string
  readonly data: string
  readonly line: string
}

export function obeyedCommands(stdout: string): ObeyedCommand[] {
  const obeyed: ObeyedCommand[] = []
  let stopToken: string | undefined
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const registered = new Set(REGISTERED)
    if (stopToken !== undefined && stopToken !== '') registered.add(stopToken.toLowerCase())
    const command = parseV2(line, registered) ?? parseLegacy(line, registered)
    if (command === undefined) continue
    if (stopToken !== undefined) {
      if (stopToken !== '' && command.command.toLowerCase() === stopToken.toLowerCase()) stopToken = undefined
      continue
    }
    if (command.command.toLowerCase() === 'stop-commands') stopToken = command.data
    obeyed.push(command)
  }
  return obeyed
}

function parseV2(line: string, registered: ReadonlySet<string>): ObeyedCommand | undefined {
  const message = line.replace(/^\s+/u, '')
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const name = info.split(' ')[0] as string
  if (!registered.has(name.toLowerCase())) return undefined
  return { command: name, data: unescape(message.slice(end + 2)), line }
}

function parseLegacy(line: string, registered: ReadonlySet<string>): ObeyedCommand | undefined {
  const start = line.indexOf('##[')
  if (start < 0) return undefined
  const close = line.indexOf(']', start)
  if (close < 0) return undefined
  const name = line.slice(start + 3, close).split(' ')[0] as string
  if (!registered.has(name.toLowerCase())) return undefined
  return { command: name, data: unescape(line.slice(close + 1)), line }
}

function unescape(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}
