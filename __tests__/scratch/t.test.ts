import { it } from 'vitest'
import { anchorsOf } from '../../src/classify/anchors.js'
import { FILTERED_PATTERNS } from '../../src/classify/prefilter.js'
it('x', () => {
  const watch = [' passed', 'passed ', 'error', 'failure', ' example']
  for (const p of FILTERED_PATTERNS) {
    const a = anchorsOf(p.source) ?? []
    const hit = a.filter(x => watch.some(w => x === w))
    if (hit.length) console.log(JSON.stringify(hit), p.source.slice(0, 100))
  }
})
