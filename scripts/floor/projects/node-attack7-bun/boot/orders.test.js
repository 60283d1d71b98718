import { it } from 'bun:test'
import { saveOrder } from '../lib.js'

it('saves an order', async () => { await saveOrder({ sku: 'mug', qty: 2 }) })
