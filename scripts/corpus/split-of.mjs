// Which split a project belongs to, before anyone records or reads it: `node scripts/corpus/split-of.mjs owner/name ...`.
// Prints `test` (never read it: its logs are the test split's) or `train` for each, by the rule in
// __fixtures__/corpus/split.json (listed there, or sha256 of the lower-cased name at most `cut`). Comparing hashes by
// eye went wrong twice in the ninth session; exits 1 when any project is test, so a script can stop on it.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSplit, ruleSays } from '../lib/corpus.mjs'

const SPLIT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '__fixtures__', 'corpus', 'split.json')

const projects = process.argv.slice(2)
if (projects.length === 0) {
  console.error('usage: node scripts/corpus/split-of.mjs owner/name [owner/name ...]')
  process.exit(2)
}
const split = readSplit(SPLIT)
let anyTest = false
for (const project of projects) {
  const listed = [...split.test].some(p => p.toLowerCase() === project.toLowerCase())
  const side = listed ? 'test' : ruleSays(project, split.cut)
  if (side === 'test') anyTest = true
  console.log(`${side}\t${project}${listed ? '\t(listed in split.json)' : ''}`)
}
process.exit(anyTest ? 1 : 0)
