import { describe, it, expect } from 'bun:test'
import { reserve } from '../lib.js'

describe('stock', () => {
  it('reserves two of five', async () => {
    const r = await reserve(5, 2)
    expect(r.left).toBe(3)
  })
})
