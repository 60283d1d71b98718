import { test } from 'node:test'
import assert from 'node:assert/strict'

const slug = title => title.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

test('slug lowercases and joins words', () => {
  assert.equal(slug('  Hello, World  '), 'hello-world')
})
