// A failing unit's identity across two runs: its runner and its name, as the runner prints it,
// with what changes from run to run (a duration) normalised away (decide/signature.ts). pytest
// names a test `path::Class::test` in its summaries and `Class.test` in its failure headers:
// both become `Class.test`, so a head failure and a base pass of one test meet.
import { normaliseName } from '../decide/signature.js'

export function canonicalName(runner: string, name: string): string {
  const clean = normaliseName(name)
  if (runner === 'pytest' && clean.includes('::')) return clean.split('::').slice(1).join('.')
  return clean
}

export function unitKey(runner: string, name: string): string {
  return `${runner}\u0000${canonicalName(runner, name)}`
}
