// The failure signature (issue 16): a short hash of what failed, stable across runs. It is made
// from the failing units (their names, the rule that decided each, and the deciding line's text)
// after everything that changes from run to run without the failure changing is normalised
// away: timestamps, durations, temporary paths, addresses, ports, hex ids, numbers inside ids.
// Pure: the same verdict gives the same signature on any machine, any day.
import { sha256Hex } from '../common/random.js'
import type { Verdict } from '../classify/classifier.js'

export const SIGNATURE_LENGTH = 16

// Order matters: a timestamp holds numbers a later rule would otherwise cut apart.
const NORMALISERS: readonly (readonly [RegExp, string])[] = [
  // eslint-disable-next-line no-control-regex
  [/\u001b\[[0-9;?]*[A-Za-z]/g, ''],
  [/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/g, '<time>'],
  [/\b\d{4}-\d\d-\d\d\b/g, '<date>'],
  [/\b\d\d?:\d\d:\d\d(?:[.,]\d+)?\b/g, '<time>'],
  // Temporary directories of every platform, up to the end of the path.
  [/(?:\/private)?\/(?:tmp|var\/folders|var\/tmp)\/[^\s'"`:,)\]]*/g, '<tmp>'],
  [/[A-Za-z]:\\(?:Users\\[^\\\s]+\\AppData\\Local\\Temp|Windows\\Temp|Temp)\\[^\s'"`:,)\]]*/gi, '<tmp>'],
  [/\bpytest-of-[^\s/]+\/pytest-\d+/g, '<tmp>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b0x[0-9a-f]+\b/gi, '<addr>'],
  [/\b(?:\d{1,3}\.){3}\d{1,3}\b/g, '<ip>'],
  [/\[[0-9a-f:]*:[0-9a-f:]+\]/gi, '<ip>'],
  [/:\d{2,5}\b/g, ':<port>'],
  [/\b\d+(?:\.\d+)?\s?(?:ms|msec|s|sec|secs|seconds?|m|min|minutes?|µs|us|ns)\b/gi, '<duration>'],
  // Hex ids (a commit, a container, an object id): at least 8 hex digits with a digit in them.
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/gi, '<hex>'],
  // A number that names a process, a port, a worker, a seed: `pid 4242`, `port=5432`, `seed: 17`.
  [/\b(pids?|tid|process|thread|port|worker|session|job|run|attempt|seed|id)(\s*[=:#]?\s*)\d+\b/gi, '$1$2<n>'],
  // Numbers glued to an identifier (worker-12, session_1234, tmpab12cd) and long bare numbers (pids, epochs).
  [/(?<=[A-Za-z_-])\d+|\d+(?=[A-Za-z_])/g, '<n>'],
  [/\b\d{5,}\b/g, '<n>'],
  [/\s+/g, ' ']
]

/** A message with the parts that change from run to run replaced by placeholders. */
export function normaliseMessage(text: string): string {
  let out = text
  for (const [pattern, replacement] of NORMALISERS) out = out.replace(pattern, replacement)
  return out.trim()
}

// A test's name keeps its numbers (test_1 and test_2 are different tests); only what a runner
// appends that changes run to run goes: a duration, a timestamp.
const NAME_NORMALISERS: readonly (readonly [RegExp, string])[] = [
  [/\s*\((?:\d+(?:\.\d+)?\s?(?:ms|s|sec|seconds?|m|min))\)\s*$/i, ''],
  [/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/g, '<time>'],
  [/\s+/g, ' ']
]

export function normaliseName(name: string): string {
  let out = name
  for (const [pattern, replacement] of NAME_NORMALISERS) out = out.replace(pattern, replacement)
  return out.trim()
}

/** One entry of the signature: what failed, by which rule, with which message. */
export function signatureEntries(verdict: Verdict): string[] {
  if (verdict.classification === 'none') return []
  if (verdict.tests.length > 0) {
    const entries = verdict.tests.map(t => [normaliseName(t.name), t.ruleId, normaliseMessage(t.evidence?.text ?? '')].join('\u0000'))
    // Beyond the bounded list, the count still tells one large failure from another.
    if (verdict.failingTests > verdict.tests.length) entries.push(`\u0001more:${verdict.failingTests - verdict.tests.length}`)
    return [...new Set(entries)].sort()
  }
  // A log that could not be split: its deciding rule and line.
  return [['(run)', verdict.ruleId, normaliseMessage(verdict.evidence[0]?.text ?? verdict.title)].join('\u0000')]
}

/** The signature of a failed run ('' when the tests passed): 16 hex digits of a SHA-256. */
export function failureSignature(verdict: Verdict, extra: readonly string[] = []): string {
  const entries = signatureEntries(verdict)
  if (entries.length === 0) return ''
  return sha256Hex([...extra, ...entries].join('\n')).slice(0, SIGNATURE_LENGTH)
}
