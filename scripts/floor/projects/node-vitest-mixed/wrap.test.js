import { expect, it } from 'vitest'
import { wrap } from './wrap.js'
it('wraps at the width', () => {
  expect(wrap('abcdefgh', 4)).toEqual(['abcd', 'efgh'])
})
