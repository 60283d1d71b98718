import { it, expect } from 'bun:test'
import { config } from './config.js'

it('reads the region', () => { expect(config.region).toBe('eu') })
