// Runs every pattern on adversarial lines of about 1 MB and reports each pattern as it starts
// and ends, so the test can name the one that never returns. Plain JS: a worker cannot load TS.
import { parentPort, workerData } from 'node:worker_threads'

const SIZE = 1 << 20
const fill = (unit) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)

/** Literal words of the pattern's source: repeating them is what makes a regex backtrack. */
function fragments(source) {
  const words = source.replace(/\\[dDwWsSbB]/g, ' ').replace(/\\(.)/g, '$1').split(/[^A-Za-z0-9_:'"./ -]+/).map(w => w.trim()).filter(w => w.length >= 2)
  return [...new Set(words)].slice(0, 12)
}

const GENERIC = ['a', ' ', '1', ':', '.', '-', '/', "'", '"', 'a:', '1.', '127.0.0.1:', 'a ', '\t', 'x-', '_ ', '= ', '● ', 'E ']

for (const { id, source, flags } of workerData.patterns) {
  parentPort.postMessage({ id, state: 'start' })
  const pattern = new RegExp(source, flags.replace('g', ''))
  const inputs = [...GENERIC.map(fill), ...fragments(source).flatMap(f => [fill(f), fill(`${f} `), `${f}${fill('a')}`, `${fill(f)}!`])]
  let matched = 0
  for (const input of inputs) if (pattern.test(input)) matched++
  parentPort.postMessage({ id, state: 'done', inputs: inputs.length, matched })
}
parentPort.postMessage({ state: 'finished' })
