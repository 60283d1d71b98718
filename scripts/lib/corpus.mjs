// The real-log corpus (__fixtures__/corpus): its cases, the project each belongs to, and the
// frozen split of whole projects (__fixtures__/corpus/split.json; the rule is in the corpus
// README). Shared by scripts/accuracy.mjs and scripts/docs.mjs; no classifier here.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every `<id>.json` under the folder that has its `<id>.log` beside it, in a stable order. */
export function* caseFiles(folder) {
  if (!existsSync(folder)) return
  for (const entry of readdirSync(folder).sort()) {
    const full = path.join(folder, entry)
    if (statSync(full).isDirectory()) yield* caseFiles(full)
    else if (entry.endsWith('.json') && entry !== 'split.json' && entry !== 'floor.json' && existsSync(full.replace(/\.json$/, '.log'))) yield full
  }
}

const REPO = /^(?:https?:\/\/)?github\.com\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)/
const OWNER_NAME = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)(?:\s|$)/

/**
 * The project a case belongs to: the GitHub repository whose code produced the log, lower case
 * (`brianc/node-postgres`). An issue thread's is the repository of its URL; a run's is the first
 * word of `provenance.project`. Cases without either fall back to their folder
 * (`<source>/<ecosystem>-<project>`). Several folders of one repository (node-postgres's
 * packages pg, pg-pool and pg-cursor, and its issue threads) are one project.
 */
export function projectOf(spec, folder) {
  const p = spec.provenance ?? {}
  const fromUrl = REPO.exec(String(p.url ?? '').replace(/^https?:\/\//, ''))
  if (fromUrl) return fromUrl[1].replace(/\.git$/, '').toLowerCase()
  const named = OWNER_NAME.exec(String(p.project ?? '').trim())
  if (named) return named[1].toLowerCase()
  return folder
}

/** sha256 of the project name, hex: the order in which projects enter the test split. */
export const projectHash = project => createHash('sha256').update(project).digest('hex')

/**
 * The split file: `{ cut, test: [...] }`. A listed project is test, any other is train. A
 * project the file does not list whose hash is at most `cut` belongs to test by the rule: the
 * accuracy script refuses to count it as train until it is listed (see the corpus README).
 */
export function readSplit(file) {
  const split = JSON.parse(readFileSync(file, 'utf8'))
  return { cut: String(split.cut), test: new Set(split.test) }
}

/** What the rule says of a project: test when its hash is at most the frozen cut. */
export const ruleSays = (project, cut) => (projectHash(project) <= cut ? 'test' : 'train')

/**
 * Chooses the split afresh (`npm run accuracy -- --refreeze`): projects in the order of their
 * hash, taken into test until at least a quarter of the projects and a quarter of the cases are
 * in test. The cut is the hash of the last project taken.
 */
export function freeze(casesPerProject) {
  const projects = [...casesPerProject.keys()].sort((a, b) => projectHash(a).localeCompare(projectHash(b)))
  const totalCases = [...casesPerProject.values()].reduce((a, b) => a + b, 0)
  const test = []
  let cases = 0
  for (const project of projects) {
    if (test.length >= projects.length / 4 && cases >= totalCases / 4) break
    test.push(project)
    cases += casesPerProject.get(project)
  }
  return { cut: projectHash(test[test.length - 1]), test: test.sort() }
}

/** Every corpus case: id, project, folder, the JSON, and the log's path. */
export function corpusCases(root) {
  const out = []
  for (const file of caseFiles(root)) {
    const spec = JSON.parse(readFileSync(file, 'utf8'))
    const folder = path.relative(root, path.dirname(file)).split(path.sep).join('/')
    const id = spec.id ?? path.relative(root, file).replace(/\.json$/, '').split(path.sep).join('/')
    out.push({ id, project: projectOf(spec, folder), spec, log: file.replace(/\.json$/, '.log') })
  }
  return out
}

/** A verdict in the corpus's terms: `{ classification, confidence, service }`. */
export const verdictOf = v => ({ classification: v.classification, confidence: v.confidence, service: (v.services ?? []).join(',') })

export const THREE_WAY = v => (v.classification === 'code' ? 'code' : v.classification === 'infrastructure' ? `infrastructure/${v.confidence}` : 'none')
export const LABELS = ['infrastructure/high', 'infrastructure/ambiguous', 'code']
const isHigh = v => v.classification === 'infrastructure' && v.confidence === 'high'
/** A code defect called infrastructure/high: what would approve a broken change. */
export const isDangerous = r => r.expected.classification === 'code' && isHigh(r.got)

/**
 * Figures of a list of `{ expected, got }` (both `{ classification, confidence, service }`):
 * precision and recall of infrastructure/high with the right service (the class that approves),
 * three-way accuracy, dangerous cases, the confusion matrix.
 */
export function figures(results) {
  const total = results.length
  const sameService = r => (r.expected.service ?? '') === (r.got.service ?? '')
  const expectedHigh = results.filter(r => isHigh(r.expected))
  const calledHigh = results.filter(r => isHigh(r.got))
  const rightHigh = calledHigh.filter(r => isHigh(r.expected) && sameService(r))
  const threeWay = results.filter(r => THREE_WAY(r.expected) === THREE_WAY(r.got)).length
  const dangerous = results.filter(isDangerous)
  const matrix = Object.fromEntries(LABELS.map(e => [e, Object.fromEntries(LABELS.map(a => [a, results.filter(r => THREE_WAY(r.expected) === e && THREE_WAY(r.got) === a).length]))]))
  return {
    cases: total,
    precision: calledHigh.length === 0 ? 1 : rightHigh.length / calledHigh.length,
    recall: expectedHigh.length === 0 ? 1 : rightHigh.length / expectedHigh.length,
    accuracy: total === 0 ? 1 : threeWay / total,
    dangerous: dangerous.length,
    counts: { expectedHigh: expectedHigh.length, calledHigh: calledHigh.length, rightHigh: rightHigh.length, threeWay },
    matrix
  }
}
