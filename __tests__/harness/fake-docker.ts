// A `docker` CLI that is not Docker: it records every call and answers as a daemon of the
// given kind, for the cases this machine's engine cannot be (GitHub's Windows runners run a
// Docker daemon with Windows containers only). `docker info --format` templates are rendered
// from the fields a real daemon reports; pulling or running a Linux image fails as it does there.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { NODE24 } from './action.js'

/** `docker info` fields of a GitHub windows-latest runner (Docker Engine with Windows containers). */
export const WINDOWS_DAEMON = {
  ServerVersion: '27.5.1',
  OSType: 'windows',
  Architecture: 'x86_64',
  OperatingSystem: 'Microsoft Windows Server Version 24H2 (OS Build 26100.4061)',
  OSVersion: '10.0 26100 (26100.1.amd64fre.ge_release.240331-1435)',
  KernelVersion: '10.0 26100 (26100.1.amd64fre.ge_release.240331-1435)',
  Driver: 'windowsfilter',
  Isolation: 'process',
  Name: 'fv-az1234-567',
  ServerErrors: null
}

export interface FakeDocker {
  /** PATH with the fake first, then the system directories (node, bash, coreutils). */
  readonly path: string
  /** Every call so far, as its argument list. */
  calls(): string[][]
}

const FAKE = String.raw`
import { appendFileSync } from 'node:fs'
const [log, daemonJson, ...args] = process.argv.slice(2)
appendFileSync(log, JSON.stringify(args) + '\n')
const daemon = JSON.parse(daemonJson)
const fail = (code, message) => { process.stderr.write(message + '\n'); process.exit(code) }
if (args[0] === 'info') {
  const at = args.indexOf('--format')
  const format = at >= 0 ? args[at + 1] : undefined
  if (format === undefined) { process.stdout.write('Server Version: ' + daemon.ServerVersion + '\nOSType: ' + daemon.OSType + '\n'); process.exit(0) }
  let failed = ''
  const out = format.replace(/{{\s*(json\s+)?\.(\w*)\s*}}/g, (_, json, field) => {
    if (field === '') return JSON.stringify(daemon)
    if (!(field in daemon)) { failed = field; return '' }
    return json ? JSON.stringify(daemon[field]) : String(daemon[field] ?? '<nil>')
  })
  if (failed) fail(1, 'template: :1: executing "" at <.' + failed + '>: can\'t evaluate field ' + failed + ' in type system.Info')
  process.stdout.write(out + '\n')
  process.exit(0)
}
if (args[0] === 'image' && args[1] === 'inspect') fail(1, 'Error response from daemon: No such image: ' + args[args.length - 1])
if (args[0] === 'pull') fail(1, 'no matching manifest for windows/amd64 10.0.26100 in the manifest list entries')
if (args[0] === 'run') fail(125, 'docker: Error response from daemon: image operating system "linux" cannot be used on this platform.')
if (args[0] === 'ps') process.exit(0)
fail(1, 'fake docker: ' + args.join(' ') + ' is not something this fake answers')
`

export function installFakeDocker(dir: string, daemon: Record<string, unknown> = WINDOWS_DAEMON): FakeDocker {
  const bin = path.join(dir, 'fake-docker-bin')
  mkdirSync(bin, { recursive: true })
  const log = path.join(dir, 'fake-docker-calls.jsonl')
  const script = path.join(dir, 'fake-docker.mjs')
  writeFileSync(script, FAKE)
  writeFileSync(log, '')
  const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`
  writeFileSync(path.join(bin, 'docker'), `#!/bin/sh\nexec ${quote(NODE24)} ${quote(script)} ${quote(log)} ${quote(JSON.stringify(daemon))} "$@"\n`)
  chmodSync(path.join(bin, 'docker'), 0o755)
  return {
    path: [bin, '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':'),
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line) as string[]) : [])
  }
}
