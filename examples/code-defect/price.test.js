import { test } from 'node:test'
import assert from 'node:assert/strict'

// The defect: the discount is applied twice.
const price = (amount, discount) => amount * (1 - discount) * (1 - discount)

test('a 10% discount on 100 costs 90', () => {
  assert.equal(price(100, 0.1), 90)
})
