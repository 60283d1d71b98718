import { it } from 'vitest'
import { ANCHORS, UNANCHORED } from '../../src/classify/prefilter.js'
it('x', () => {
console.log(ANCHORS.length, JSON.stringify(ANCHORS))
console.log('UNANCHORED', UNANCHORED.map(r => r.source.slice(0, 150)))
})
