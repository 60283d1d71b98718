import { describe, it, expect } from 'vitest'
import { start } from './server.js'

describe('health', () => {
  it('answers ok', async () => {
    const server = await start()
    const { port } = server.address()
    const res = await fetch(`http://127.0.0.1:${port}/`)
    expect(await res.text()).toBe('ok')
    server.close()
  }, 3000)
})
