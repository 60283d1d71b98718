import { describe, it, expect } from 'vitest'
import { reserve } from '../../src/stock'

describe('stock', () => {
  it('reserves the last units', () => {
    expect(reserve({ apple: 3 }, 'apple', 3)).toEqual({ apple: 0 })
  })

  it('keeps what is left', () => {
    expect(reserve({ apple: 3, pear: 1 }, 'apple', 1)).toEqual({ apple: 2, pear: 1 })
  })
})
