import { describe, it, expect, afterAll } from 'vitest'
import { makeCache, receipt } from './receipts.js'

describe('receipts', () => {
  const cache = makeCache()
  afterAll(() => cache.disconnect())

  it('prints one line per item, with the currency symbol', async () => {
    expect(await receipt(cache, ['apple'], 'EUR')).toEqual(['apple €3'])
  }, 2000)
})
