// scripts/release.mjs against a real git repository in a temp directory.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, tempDir } from '../harness/action.js'
// @ts-expect-error plain ESM script without type declarations
import { nextVersion, pinnedTag, releaseNotes, updateChangelog } from '../../scripts/release.mjs'

const SCRIPT = path.join(ROOT, 'scripts', 'release.mjs')
const CHANGELOG = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- A thing.\n\n## [0.1.0] - 2026-01-01\n\n- First.\n'

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()
}

/** A repository like ours in miniature: package.json with a build script, CHANGELOG, dist/. */
function repo(changelog = CHANGELOG): string {
  const dir = tempDir('coach-gate-release-')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.email', 'release@example.invalid')
  git(dir, 'config', 'user.name', 'release test')
  git(dir, 'config', 'commit.gpgsign', 'false')
  git(dir, 'config', 'tag.gpgsign', 'false')
  const build = "node -e \"require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.js','// v'+require('./package.json').version+'\\n')\""
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'x', version: '0.1.0', scripts: { build } }, null, 2)}\n`)
  writeFileSync(path.join(dir, 'CHANGELOG.md'), changelog)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'init')
  git(dir, 'tag', '-a', 'v0', '-m', 'v0')
  return dir
}

function release(cwd: string, ...args: string[]): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [SCRIPT, ...args, '--date', '2026-02-03'], { cwd, encoding: 'utf8' })
  return { status: run.status, out: run.stdout + run.stderr }
}

describe('scripts/release.mjs', () => {
  it('computes semantic versions and refuses going backwards', () => {
    expect(nextVersion('1.2.3', 'patch')).toBe('1.2.4')
    expect(nextVersion('1.2.3', 'minor')).toBe('1.3.0')
    expect(nextVersion('1.2.3', 'major')).toBe('2.0.0')
    expect(nextVersion('0.1.0', '1.0.0')).toBe('1.0.0')
    expect(() => nextVersion('1.2.3', '1.2.3')).toThrow(/not after/)
    expect(() => nextVersion('1.2.3', 'v2')).toThrow(/patch, minor, major/)
  })

  it('moves the Unreleased notes under the new version and can read them back', () => {
    const updated = updateChangelog(CHANGELOG, '0.2.0', '2026-02-03')
    expect(updated).toContain('## [Unreleased]\n\n## [0.2.0] - 2026-02-03\n\n### Added\n\n- A thing.\n\n## [0.1.0]')
    expect(releaseNotes(updated, '0.2.0')).toBe('### Added\n\n- A thing.')
    expect(() => updateChangelog('# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - x\n', '0.2.0', 'd')).toThrow(/nothing under/)
  })

  it('--dry-run prints the plan and changes nothing', () => {
    const dir = repo()
    const head = git(dir, 'rev-parse', 'HEAD')
    const run = release(dir, 'minor', '--dry-run')
    expect(run.status).toBe(0)
    expect(run.out).toContain('Would release v0.2.0:')
    expect(run.out).toContain('version 0.1.0 -> 0.2.0')
    expect(run.out).toContain('move v0 to v0.2.0')
    expect(run.out).toContain('Dry run: nothing changed.')
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head)
    expect(git(dir, 'status', '--porcelain')).toBe('')
    expect(git(dir, 'tag', '--list')).toBe('v0')
  })

  it('releases for real: commit, dist/ built, vX.Y.Z tagged and vX moved', () => {
    const dir = repo()
    const run = release(dir, '1.0.0')
    expect(run.status, run.out).toBe(0)
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version).toBe('1.0.0')
    expect(readFileSync(path.join(dir, 'dist', 'index.js'), 'utf8')).toBe('// v1.0.0\n')
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('Release v1.0.0')
    expect(git(dir, 'status', '--porcelain')).toBe('')
    expect(git(dir, 'rev-parse', 'v1.0.0^{commit}')).toBe(git(dir, 'rev-parse', 'HEAD'))
    expect(git(dir, 'rev-parse', 'v1^{commit}')).toBe(git(dir, 'rev-parse', 'HEAD'))
    expect(git(dir, 'show', 'HEAD:CHANGELOG.md')).toContain('## [1.0.0] - 2026-02-03')
    // A patch release moves v1 along; v0 stays where it was.
    writeFileSync(path.join(dir, 'CHANGELOG.md'), readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8').replace('## [Unreleased]\n', '## [Unreleased]\n\n- A fix.\n'))
    git(dir, 'commit', '-qam', 'fix')
    expect(release(dir, 'patch').status).toBe(0)
    expect(git(dir, 'rev-parse', 'v1^{commit}')).toBe(git(dir, 'rev-parse', 'v1.0.1^{commit}'))
    expect(git(dir, 'rev-parse', 'v0^{commit}')).not.toBe(git(dir, 'rev-parse', 'HEAD'))
  })

  it('refuses a dirty tree, an existing tag and an empty Unreleased section, and says why', () => {
    const dirty = repo()
    writeFileSync(path.join(dirty, 'stray.txt'), 'x')
    expect(release(dirty, 'patch')).toMatchObject({ status: 1, out: expect.stringContaining('uncommitted changes') })
    const empty = repo('# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-01-01\n')
    expect(release(empty, 'patch')).toMatchObject({ status: 1, out: expect.stringContaining('nothing under "## [Unreleased]"') })
    const tagged = repo()
    git(tagged, 'tag', 'v0.1.1')
    expect(release(tagged, 'patch')).toMatchObject({ status: 1, out: expect.stringContaining('tag v0.1.1 already exists') })
    expect(git(tagged, 'log', '--format=%s')).toBe('init')
  })
})

describe('the ref the README names', () => {
  const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const refs = [...new Set([...README.matchAll(/uses: coach-gate\/coach-gate(?:\/merge)?@(\S+)/g)].map(m => m[1] as string))]
  const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string

  it('is a tag of this repository, or the major tag the release script makes next (v1 before the first stable release)', () => {
    expect(refs.length).toBeGreaterThan(0)
    const tags = git(ROOT, 'tag', '--list').split('\n').filter(Boolean)
    for (const ref of refs) expect(tags.includes(ref) || ref === pinnedTag(version), `README names @${ref}; tags: ${tags.join(', ') || 'none'}; the release script makes ${pinnedTag(version)}`).toBe(true)
  })

  it('is what `release major` makes from 0.x, and the current major’s after', () => {
    expect(pinnedTag('0.1.0')).toBe('v1')
    expect(pinnedTag('1.4.2')).toBe('v1')
    expect(pinnedTag('2.0.0')).toBe('v2')
    const dir = repo()
    expect(release(dir, 'major').status).toBe(0)
    expect(git(dir, 'rev-parse', `${pinnedTag('0.1.0')}^{commit}`)).toBe(git(dir, 'rev-parse', 'HEAD'))
  })
})
