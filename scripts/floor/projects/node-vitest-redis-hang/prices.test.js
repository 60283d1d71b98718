import { describe, it, expect, afterAll } from 'vitest'
import { makeCache, prices } from './prices.js'

describe('prices', () => {
  const cache = makeCache()
  afterAll(() => cache.disconnect())

  it('loads prices from the catalogue when the cache is down', async () => {
    expect(await prices(cache, ['apple', 'pear'])).toEqual({ apple: 3, pear: 4 })
  }, 2000)
})
