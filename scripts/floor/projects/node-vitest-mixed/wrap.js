// Wraps text at width. (The bug: off by one, lines are one character too long.)
export function wrap (text, width) {
  const out = []
  for (let i = 0; i < text.length; i += width + 1) out.push(text.slice(i, i + width + 1))
  return out
}
