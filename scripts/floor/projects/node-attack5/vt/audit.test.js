import { describe, it, expect } from 'vitest'
import { createRequire } from 'node:module'
const { Auditor } = createRequire(import.meta.url)('../auditor.js')

describe('auditor', () => {
  it('a disabled auditor records no error', async () => {
    const a = new Auditor(false)
    await a.record('login')
    expect(a.lastError).toBeNull()
  })
})
