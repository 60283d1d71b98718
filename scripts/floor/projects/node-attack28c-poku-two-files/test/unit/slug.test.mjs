import { describe, it } from 'poku'
import assert from 'node:assert/strict'
import { slugify } from '../../src/slug.js'

describe('slugify', async () => {
  await it('joins words with dashes', () => {
    assert.equal(slugify('Red Wool Scarf'), 'red-wool-scarf')
  })

  await it('trims dashes at both ends', () => {
    assert.equal(slugify('  (New) Red Scarf! '), 'new-red-scarf')
  })
})
