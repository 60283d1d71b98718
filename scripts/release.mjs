#!/usr/bin/env node
// Cuts a release: bumps the version, moves CHANGELOG's "Unreleased" notes under the new
// version, rebuilds dist/, commits, tags vX.Y.Z and moves the major tag vX to it (the tag
// users pin: `uses: coach-gate/coach-gate@v1`). Nothing is pushed; the commands are printed.
// The first stable release, `release major` from 0.x, makes v1.0.0 and v1: the ref the README's
// snippets name (__tests__/unit/release.test.ts holds them to it).
//
//   node scripts/release.mjs <patch|minor|major|X.Y.Z> [--dry-run] [--date YYYY-MM-DD]
//   node scripts/release.mjs notes X.Y.Z      print that version's CHANGELOG section
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/

export function nextVersion(current, bump) {
  const now = SEMVER.exec(current)
  if (!now) throw new Error(`package.json version '${current}' is not X.Y.Z`)
  const [major, minor, patch] = now.slice(1).map(Number)
  if (bump === 'major') return `${major + 1}.0.0`
  if (bump === 'minor') return `${major}.${minor + 1}.0`
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`
  const wanted = SEMVER.exec(bump ?? '')
  if (!wanted) throw new Error(`give patch, minor, major or a version X.Y.Z (got '${bump ?? ''}')`)
  const order = (a, b) => a.map(Number).reduce((diff, n, i) => diff || n - Number(b[i]), 0)
  if (order(wanted.slice(1), now.slice(1)) <= 0) throw new Error(`version ${bump} is not after the current ${current}`)
  return bump
}

/** The tags a release of `version` makes: vX.Y.Z, and the major tag vX that users pin. */
export function releaseTags(version) {
  return { tag: `v${version}`, majorTag: `v${version.split('.')[0]}` }
}

/**
 * The major tag users' workflows name (`uses: coach-gate/coach-gate@v1`): the current major's,
 * or, before the first stable release (0.x), v1, which `release major` (or `release 1.0.0`) makes.
 */
export function pinnedTag(current) {
  const major = Number(current.split('.')[0])
  return releaseTags(major === 0 ? nextVersion(current, 'major') : current).majorTag
}

/** Moves the "## [Unreleased]" notes under "## [version] - date"; refuses when there are none. */
export function updateChangelog(text, version, date) {
  const heading = /^## \[Unreleased\][^\n]*\n/m.exec(text)
  if (!heading) throw new Error('CHANGELOG.md has no "## [Unreleased]" section')
  const start = heading.index + heading[0].length
  const nextHeading = text.slice(start).search(/^## \[/m)
  const end = nextHeading < 0 ? text.length : start + nextHeading
  const notes = text.slice(start, end).trim()
  if (notes === '') throw new Error('CHANGELOG.md has nothing under "## [Unreleased]": write the release notes first')
  return `${text.slice(0, start)}\n## [${version}] - ${date}\n\n${notes}\n\n${text.slice(end)}`
}

/** The notes of one released version, for the GitHub release. */
export function releaseNotes(text, version) {
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\][^\\n]*\\n`, 'm').exec(text)
  if (!heading) throw new Error(`CHANGELOG.md has no section for ${version}`)
  const rest = text.slice(heading.index + heading[0].length)
  const end = rest.search(/^## \[/m)
  return (end < 0 ? rest : rest.slice(0, end)).trim()
}

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

export function release({ cwd, bump, dryRun, date, log = console.log }) {
  if (git(cwd, 'status', '--porcelain') !== '') throw new Error('the working tree has uncommitted changes: commit or stash them first')
  const pkgPath = path.join(cwd, 'package.json')
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'))
  const version = nextVersion(pkg.version, bump)
  const { tag, majorTag } = releaseTags(version)
  if (git(cwd, 'tag', '--list', tag) !== '') throw new Error(`tag ${tag} already exists`)
  const changelogPath = path.join(cwd, 'CHANGELOG.md')
  const changelog = updateChangelog(readFileSync(changelogPath, 'utf8'), version, date)
  const build = pkg.scripts?.build !== undefined

  const plan = [
    `version ${pkg.version} -> ${version} (package.json${existsSync(path.join(cwd, 'package-lock.json')) ? ', package-lock.json' : ''})`,
    `CHANGELOG.md: Unreleased notes -> ## [${version}] - ${date}`,
    build ? 'npm run build, dist/ committed with the release' : 'no build script: nothing to build',
    `commit "Release ${tag}"`,
    `tag ${tag}`,
    `move ${majorTag} to ${tag}`
  ]
  log(`${dryRun ? 'Would release' : 'Releasing'} ${tag}:`)
  for (const line of plan) log(`  - ${line}`)
  if (dryRun) {
    log('Dry run: nothing changed.')
    return { version, tag, majorTag, changed: false }
  }

  pkg.version = version
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`)
  const lockPath = path.join(cwd, 'package-lock.json')
  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'))
    lock.version = version
    if (lock.packages?.['']) lock.packages[''].version = version
    writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`)
  }
  writeFileSync(changelogPath, changelog)
  if (build) execFileSync('npm', ['run', 'build'], { cwd, stdio: ['ignore', 'inherit', 'inherit'] })
  git(cwd, 'add', '-A')
  git(cwd, 'commit', '-q', '-m', `Release ${tag}`)
  git(cwd, 'tag', '-a', tag, '-m', `Release ${tag}`)
  git(cwd, 'tag', '-f', '-a', majorTag, '-m', `${majorTag} -> ${tag}`)
  log(`Done. Publish with:\n  git push origin HEAD ${tag}\n  git push --force origin ${majorTag}`)
  return { version, tag, majorTag, changed: true }
}

function main() {
  const args = process.argv.slice(2)
  const cwd = process.cwd()
  if (args[0] === 'notes') {
    process.stdout.write(`${releaseNotes(readFileSync(path.join(cwd, 'CHANGELOG.md'), 'utf8'), args[1] ?? '')}\n`)
    return
  }
  const dateAt = args.indexOf('--date')
  const date = dateAt >= 0 ? args[dateAt + 1] : new Date().toISOString().slice(0, 10)
  const bump = args.find((arg, i) => !arg.startsWith('--') && (dateAt < 0 || i !== dateAt + 1))
  release({ cwd, bump, dryRun: args.includes('--dry-run'), date })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main()
  } catch (error) {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
