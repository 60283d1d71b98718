#!/usr/bin/env node
// `npm run example`: runs the built gate on every bundled example under examples/ and prints
// one table: the example, what this machine had for it (Docker? the service images?), the
// verdict, and where its job summary is. Exits 0 when every example produced a verdict,
// whatever the verdicts (a code defect is meant to get feedback); 1 when one produced none.
//
// Where Docker runs but the default image cannot be pulled (no registry), the example uses the
// local images that scripts/docker/build-images.sh builds from Debian packages, building them
// first if they are missing, and says so in the table.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { defaultInputs, ROOT, runGate } from './lib/local-gate.mjs'

// gray-matter as dist/ bundles it, so the demo runs on a fresh clone without node_modules.
const matter = createRequire(import.meta.url)(path.join(ROOT, 'dist', 'vendor', 'gray-matter.cjs'))

/** Each service an example may declare: the gate's default image and the locally built one. */
const IMAGES = {
  postgresql: { image: 'postgres:16-alpine', local: 'coach-gate-local/postgres:15' },
  redis: { image: 'redis:7-alpine', local: 'coach-gate-local/redis:7' },
  mysql: { image: 'mysql:8', local: 'coach-gate-local/mariadb:10' },
  mariadb: { image: 'mariadb:11', local: 'coach-gate-local/mariadb:10' }
}
const ALIASES = { postgres: 'postgresql', pg: 'postgresql', psql: 'postgresql', maria: 'mariadb' }

const docker = dockerVersion()
const examples = readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name).sort()
let localBuild // undefined: not tried; true/false: the outcome
const rows = []
for (const name of examples) {
  const dir = path.join(ROOT, 'examples', name)
  const inputs = defaultInputs(dir)
  const services = declaredServices(dir, inputs['task-file'])
  const { machine, overrides } = docker ? imagesFor(services) : { machine: 'no Docker', overrides: [] }
  if (overrides.length > 0) inputs['service-images'] = overrides.join('\n')
  // A silent listener where a service is expected must not hold the demo forever.
  inputs['test-timeout'] ??= '2'
  console.log(`\n━━━━━━━━ ${name}: ${machine} ━━━━━━━━`)
  const run = runGate(dir, inputs, { echo: text => process.stdout.write(indent(text)) })
  rows.push({ example: name, machine: docker ? `Docker ${docker.split('+')[0]}; ${machine}` : machine, verdict: run.outputs.summary ?? `no verdict (exit ${run.status}${run.error ? `: ${run.error}` : ''})`, summary: path.relative(process.cwd(), run.summaryFile), ok: run.outputs.summary !== undefined })
}

console.log('\n')
printTable(rows)
console.log('\nEach run also wrote its job log (job.log) and outputs beside its summary. `node scripts/run-local.mjs <dir>` runs one project and exits as the step would (1 on feedback).')
process.exit(rows.every(row => row.ok) ? 0 : 1)

function dockerVersion() {
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 15_000 })
  const version = info.status === 0 ? info.stdout.trim() : ''
  return version !== '' && !/error/i.test(version) ? version : undefined
}

function declaredServices(dir, taskFile) {
  if (!taskFile || !existsSync(path.join(dir, taskFile))) return []
  const declared = matter(readFileSync(path.join(dir, taskFile), 'utf8')).data.requires_infrastructure ?? []
  return (Array.isArray(declared) ? declared : [declared]).map(s => String(s).trim().toLowerCase()).map(s => ALIASES[s] ?? s)
}

/** Which image each declared service gets here, and what to tell the reader about it. */
function imagesFor(services) {
  const known = services.filter(s => IMAGES[s])
  if (known.length === 0) return { machine: services.length ? `no image known for ${services.join(', ')}` : 'no services declared', overrides: [] }
  const notes = []
  const overrides = []
  for (const service of known) {
    const { image, local } = IMAGES[service]
    if (hasImage(image)) notes.push(`${image} present`)
    else if (pull(image)) notes.push(`${image} pulled`)
    else if (hasImage(local) || buildLocalImages()) {
      notes.push(local.replace(/^coach-gate-local\//, ''))
      overrides.push(`${service}=${local}`)
    } else notes.push(`${image} cannot be pulled, local images not built`)
  }
  const local = overrides.length > 0 ? `no registry, local image${overrides.length > 1 ? 's' : ''} ` : ''
  return { machine: `${local}${notes.join(' + ')}`, overrides }
}

function hasImage(image) {
  return spawnSync('docker', ['image', 'inspect', image], { stdio: 'ignore', timeout: 30_000 }).status === 0
}

function pull(image) {
  console.log(`pulling ${image} …`)
  const pulled = spawnSync('docker', ['pull', '--quiet', image], { encoding: 'utf8', timeout: 300_000 })
  if (pulled.status !== 0) console.log(`  cannot pull ${image}: ${(pulled.stderr || pulled.error?.message || '').trim().split('\n').pop()}`)
  return pulled.status === 0
}

/** Builds the local images once (they need root: debootstrap and chroot); true when they exist. */
function buildLocalImages() {
  if (localBuild !== undefined) return localBuild
  const script = path.join(ROOT, 'scripts', 'docker', 'build-images.sh')
  const root = process.getuid?.() === 0
  console.log('building the local service images from Debian packages (about 3 minutes the first time) …')
  const built = spawnSync(root ? 'bash' : 'sudo', root ? [script] : ['-n', 'bash', script], { stdio: 'inherit' })
  localBuild = built.status === 0
  if (!localBuild) console.log(`  could not build them${root ? '' : ' (needs root: sudo bash scripts/docker/build-images.sh)'}`)
  return localBuild
}

function indent(text) {
  return text.replace(/^(?=.)/gm, '  │ ')
}

function printTable(rows) {
  const head = { example: 'example', machine: 'this machine', verdict: 'verdict', summary: 'job summary' }
  const columns = Object.keys(head)
  const width = Object.fromEntries(columns.map(c => [c, Math.max(head[c].length, ...rows.map(r => r[c].length))]))
  const line = row => columns.map(c => row[c].padEnd(width[c])).join('  ').trimEnd()
  console.log(line(head))
  console.log(columns.map(c => '─'.repeat(width[c])).join('  '))
  for (const row of rows) console.log(line(row))
}
