// Files on disk that user globs name (junit-paths, the merge's reports, previous-reports), found
// with the toolkit's own globber so patterns mean what they mean in every other action:
// `*`, `**`, `?`, `[...]`, and `!` to exclude. Links are not followed: a link the tests planted
// cannot lead the gate out of the folder it was asked to read.
import * as glob from '@actions/glob'
import { lstat } from 'node:fs/promises'
import path from 'node:path'

export interface FoundFile {
  readonly absolute: string
  /** Relative to the root the patterns were given against, `/`-separated. */
  readonly relative: string
}

/** Folders nobody means when they write `**`: installed packages and the repository's own store. */
const SKIPPED = new Set(['node_modules', '.git'])

/** The globber reads these characters in a root path as wildcards; a root is literal. Windows paths use `\\` as a separator, so there a wildcard is escaped as a class of one. */
const escapeRoot = (root: string): string => process.platform === 'win32' ? root.replace(/[*?[]/g, c => `[${c}]`) : root.replace(/[*?[\]\\]/g, c => `\\${c}`)

/** A pattern relative to `root` made absolute; `!` stays in front. */
export function anchorPattern(pattern: string, root: string): string {
  const negated = pattern.startsWith('!')
  const body = (negated ? pattern.slice(1) : pattern).replace(/^\.\//, '')
  const anchored = path.isAbsolute(body) ? body : `${escapeRoot(root)}/${body}`
  return negated ? `!${anchored}` : anchored
}

/**
 * The regular files the patterns name below `root`, sorted, at most `limit` + 1 of them: the
 * extra one tells the caller there were too many (`tooMany`). A pattern that names a folder names
 * every file below it.
 */
export async function findFiles(patterns: readonly string[], root: string, limit: number): Promise<{ files: FoundFile[]; tooMany: boolean }> {
  const files: FoundFile[] = []
  if (patterns.length === 0) return { files, tooMany: false }
  const globber = await glob.create(patterns.map(p => anchorPattern(p, root)).join('\n'), { followSymbolicLinks: false, matchDirectories: false, implicitDescendants: true })
  for await (const absolute of globber.globGenerator()) {
    const relative = path.relative(root, absolute).split(path.sep).join('/')
    if (relative.split('/').some(segment => SKIPPED.has(segment))) continue
    // The globber yields links as files when it does not follow them: only regular files count.
    if (!(await lstat(absolute).then(info => info.isFile(), () => false))) continue
    files.push({ absolute, relative: relative.startsWith('..') ? absolute : relative })
    if (files.length > limit) break
  }
  files.sort((a, b) => a.relative.localeCompare(b.relative))
  return { files, tooMany: files.length > limit }
}
