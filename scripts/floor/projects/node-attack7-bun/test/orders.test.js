import { describe, it, expect } from 'bun:test'
import { saveOrder } from '../lib.js'

describe('orders', () => {
  it('saves an order', async () => {
    await saveOrder({ sku: 'mug', qty: 2 })
  })
})
