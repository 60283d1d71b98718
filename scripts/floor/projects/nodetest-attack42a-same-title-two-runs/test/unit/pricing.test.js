'use strict'
const test = require('node:test')
const assert = require('node:assert')
const { orderTotal } = require('../../src/pricing')

test('order total without a discount', () => {
  assert.strictEqual(orderTotal([{ cents: 250, qty: 2 }]), 500)
})

test('order total with a discount code', () => {
  assert.strictEqual(orderTotal([{ cents: 1000, qty: 1 }], 'WELCOME10'), 900)
})
