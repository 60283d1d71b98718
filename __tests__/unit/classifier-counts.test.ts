// A runner that counts failures and errors apart (pytest, unittest, PHPUnit, minitest and its reporters, surefire)
// reports both in its totals; a failure counted there but never printed is unaccounted for, so the
// run is not proven infrastructure (__fixtures__/counts/README.md).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const COUNTS = path.resolve(__dirname, '../../__fixtures__/counts')
const runners = readdirSync(COUNTS).filter(f => f.endsWith('-all-printed.log')).map(f => f.replace('-all-printed.log', ''))

describe('failures and errors counted apart', () => {
  it('covers every runner that counts them apart', () => {
    expect(runners.sort()).toEqual(['minitest', 'minitest-reporters', 'phpunit', 'pytest', 'surefire', 'unittest'])
  })

  it.each(runners)('%s: a failure counted but not printed keeps the run from infrastructure/high', runner => {
    const verdict = classifyText(readFileSync(path.join(COUNTS, `${runner}-failure-unprinted.log`), 'utf8'))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/ambiguous')
    expect(verdict.explanation).toMatch(/reports [2-9] failure\(s\) but printed 1/)
  })

  it.each(runners)('%s: totals that count only what was printed leave it infrastructure/high', runner => {
    const verdict = classifyText(readFileSync(path.join(COUNTS, `${runner}-all-printed.log`), 'utf8'))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/high')
  })
})
