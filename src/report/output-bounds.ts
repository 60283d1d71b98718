// Step outputs are bounded: the runner keeps at most 1 MiB of outputs for a job, and some
// values (task ids, declared services) come from text the PR's author writes. Each output
// stays under OUTPUT_MAX_BYTES; a JSON array output stays valid JSON by dropping whole items.

export const OUTPUT_MAX_BYTES = 16 * 1024

export function boundOutputs(outputs: Readonly<Record<string, string>>, max = OUTPUT_MAX_BYTES): Record<string, string> {
  const bounded: Record<string, string> = {}
  for (const [name, value] of Object.entries(outputs)) bounded[name] = boundValue(value, max)
  return bounded
}

function boundValue(value: string, max: number): string {
  if (Buffer.byteLength(value) <= max) return value
  const items = jsonStringArray(value)
  if (items !== undefined) {
    const kept: string[] = []
    for (const item of items) {
      if (Buffer.byteLength(JSON.stringify([...kept, item])) > max) break
      kept.push(item)
    }
    return JSON.stringify(kept)
  }
  const marker = '…(truncated)'
  // Cut on a character boundary, then drop a split replacement character.
  return Buffer.from(value).subarray(0, max - Buffer.byteLength(marker)).toString('utf8').replace(/\uFFFD$/, '') + marker
}

function jsonStringArray(value: string): string[] | undefined {
  if (!value.startsWith('[')) return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) && parsed.every(item => typeof item === 'string') ? parsed : undefined
  } catch {
    return undefined
  }
}
