const test = require('node:test')
const assert = require('node:assert')
// The bug: the end is inclusive.
const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i)
test('range excludes the end', () => {
  assert.deepStrictEqual(range(1, 4), [1, 2, 3])
})
