import { describe, expect, it } from 'vitest'
import { ANNOTATION_MESSAGE_MAX, limitAnnotations, type Annotation } from '../../src/annotations.js'
import { boundOutputs, OUTPUT_MAX_BYTES } from '../../src/output-bounds.js'

const many = (level: Annotation['level'], n: number): Annotation[] => Array.from({ length: n }, (_, i) => ({ level, message: `${level} ${i}` }))

describe('limitAnnotations', () => {
  it('keeps up to 10 of a type untouched', () => {
    expect(limitAnnotations(many('error', 10))).toEqual(many('error', 10))
  })

  it('shows 9 of each type and counts the rest in the tenth', () => {
    const out = limitAnnotations([...many('error', 25), ...many('warning', 11), ...many('notice', 3)])
    const errors = out.filter(a => a.level === 'error')
    expect(errors).toHaveLength(10)
    expect(errors[8]?.message).toBe('error 8')
    expect(errors[9]?.message).toMatch(/^16 more error annotations not shown/)
    expect(out.filter(a => a.level === 'warning').map(a => a.message).at(-1)).toMatch(/^2 more warning annotations/)
    expect(out.filter(a => a.level === 'notice')).toHaveLength(3)
  })

  it('clips long messages and titles', () => {
    const [a] = limitAnnotations([{ level: 'error', message: 'x'.repeat(50_000), title: 't'.repeat(500) }])
    expect(a?.message.length).toBe(ANNOTATION_MESSAGE_MAX)
    expect(a?.title?.length).toBe(100)
  })
})

describe('boundOutputs', () => {
  it('leaves ordinary outputs alone', () => {
    expect(boundOutputs({ decision: 'approve', 'requires-infrastructure': '["postgresql"]' })).toEqual({ decision: 'approve', 'requires-infrastructure': '["postgresql"]' })
  })

  it('clips a long text output on a character boundary and says so', () => {
    const value = boundOutputs({ 'task-id': 'é'.repeat(OUTPUT_MAX_BYTES) })['task-id'] as string
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(OUTPUT_MAX_BYTES)
    expect(value).toMatch(/^é+…\(truncated\)$/)
  })

  it('keeps a long JSON array output valid JSON by dropping whole items', () => {
    const services = Array.from({ length: 5000 }, (_, i) => `service-${i}`)
    const value = boundOutputs({ 'requires-infrastructure': JSON.stringify(services) })['requires-infrastructure'] as string
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(OUTPUT_MAX_BYTES)
    const parsed = JSON.parse(value) as string[]
    expect(parsed.length).toBeGreaterThan(100)
    expect(parsed).toEqual(services.slice(0, parsed.length))
  })
})
