import { it, expect } from 'bun:test'

it('formats a price', () => { expect((1.5).toFixed(2)).toBe('1.50') })
