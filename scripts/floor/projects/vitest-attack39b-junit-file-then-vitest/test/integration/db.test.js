import { describe, it, expect } from 'vitest'
import { ping } from '../../src/db'

describe('database', () => {
  it('answers a ping', async () => {
    expect(await ping()).toBe(1)
  })
})
