// The names in src/names.ts are the ones GitHub knows: exactly the inputs and outputs of
// action.yml and merge/action.yml, and the state the post step reads is the state main saves.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { INPUTS, MERGE_INPUTS, MERGE_OUTPUTS, OUTPUTS, STATE } from '../../src/common/names.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: object; outputs: object }
const merge = parse(readFileSync(path.join(ROOT, 'merge', 'action.yml'), 'utf8')) as { inputs: object; outputs: object }

const sorted = (names: Iterable<string>): string[] => [...names].sort()

describe('names of inputs, outputs and state', () => {
  it('INPUTS are the inputs of action.yml', () => {
    expect(sorted(Object.values(INPUTS))).toEqual(sorted(Object.keys(action.inputs)))
  })

  it('OUTPUTS are the outputs of action.yml', () => {
    expect(sorted(Object.values(OUTPUTS))).toEqual(sorted(Object.keys(action.outputs)))
  })

  it('MERGE_INPUTS are the inputs of merge/action.yml', () => {
    expect(sorted(Object.values(MERGE_INPUTS))).toEqual(sorted(Object.keys(merge.inputs)))
  })

  it('MERGE_OUTPUTS are the outputs of merge/action.yml, each also a gate output', () => {
    expect(sorted(Object.values(MERGE_OUTPUTS))).toEqual(sorted(Object.keys(merge.outputs)))
    for (const name of Object.values(MERGE_OUTPUTS)) expect(Object.values(OUTPUTS)).toContain(name)
  })

  it('every constant is unique within its group', () => {
    for (const group of [INPUTS, OUTPUTS, MERGE_INPUTS, MERGE_OUTPUTS, STATE]) {
      const values = Object.values(group)
      expect(new Set(values).size).toBe(values.length)
    }
  })

  it('main saves and post reads state only through STATE', () => {
    for (const file of ['src/shell/gate.ts', 'src/services/post.ts']) {
      const text = readFileSync(path.join(ROOT, file), 'utf8')
      expect(text, file).not.toMatch(/(saveState|getState)\(\s*['"`]/)
      expect(text, file).toMatch(/(saveState|getState)\(STATE\./)
    }
  })
})
