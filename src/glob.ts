// Minimal glob for task-glob: `**` crosses directories, `*` and `?` stay within one,
// `{a,b}` alternates. Paths are the API's repository-relative paths with `/`.

export function globToRegExp(glob: string): RegExp {
  let pattern = ''
  let braceDepth = 0
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string
    if (char === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole directories; a trailing `**` matches everything.
        const slash = glob[i + 2] === '/'
        pattern += slash ? '(?:[^/]*/)*' : '.*'
        i += slash ? 2 : 1
      } else {
        pattern += '[^/]*'
      }
    } else if (char === '?') pattern += '[^/]'
    else if (char === '{') {
      braceDepth++
      pattern += '(?:'
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--
      pattern += ')'
    } else if (char === ',' && braceDepth > 0) pattern += '|'
    else pattern += char.replace(/[.+^$()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${pattern}$`)
}

const WILDCARD = /[*?{]/

/**
 * A glob split where its wildcards begin: the literal directory to walk from (`base`, '' for
 * the current one, '/' or `C:/` when absolute) and the pattern below it, for globToRegExp.
 * Paths use `/`; on Windows the caller turns `\` into `/` first.
 */
export function splitGlob(glob: string): { base: string; pattern: string } {
  const segments = glob.split('/')
  const first = segments.findIndex(segment => WILDCARD.test(segment))
  // No wildcard: the last segment is the pattern (a file name), the rest is the base.
  const cut = first < 0 ? segments.length - 1 : first
  const baseSegments = segments.slice(0, cut)
  const base = baseSegments.length === 1 && baseSegments[0] === '' ? '/' : baseSegments.join('/')
  return { base: /^[A-Za-z]:$/.test(base) ? `${base}/` : base, pattern: segments.slice(cut).join('/') }
}
