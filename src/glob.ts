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
