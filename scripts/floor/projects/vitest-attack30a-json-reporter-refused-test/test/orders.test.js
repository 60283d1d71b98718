import { describe, it } from 'vitest'
import assert from 'node:assert'
import { reserve } from '../src/stock.js'
import { ping } from '../src/db.js'

describe('stock', () => {
  it('reserves the last units', () => {
    assert.deepStrictEqual(reserve({ apple: 3 }, 'apple', 3), { apple: 0 })
  })

  it('keeps what is left', () => {
    assert.deepStrictEqual(reserve({ apple: 3, pear: 1 }, 'apple', 1), { apple: 2, pear: 1 })
  })
})

describe('database', () => {
  it('answers a ping', async () => {
    assert.strictEqual(await ping(), 1)
  })
})
