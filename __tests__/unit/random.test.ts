// Random tokens and hashes without node:crypto at start (src/common/random.ts): the same shapes
// and values node:crypto gives.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { randomHex, randomUuid, sha256Hex } from '../../src/common/random.js'

describe('random', () => {
  it('randomHex gives that many bytes as lowercase hex, different each call', () => {
    for (const bytes of [1, 4, 6, 16, 64]) expect(randomHex(bytes)).toMatch(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
    expect(new Set(Array.from({ length: 100 }, () => randomHex(16))).size).toBe(100)
  })

  it('randomUuid is a version 4, variant 1 UUID', () => {
    for (let i = 0; i < 50; i++) expect(randomUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('sha256Hex is node:crypto’s SHA-256 of the UTF-8 text', () => {
    for (const text of ['', 'abc', 'ünïcödé\n\0x']) expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'))
  })
})
