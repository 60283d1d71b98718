import { expect, test } from 'vitest'
import { classify } from './classify.js'

test('a refused mongo is down', () => {
  const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017'), { code: 'ECONNREFUSED' })
  expect(classify(err)).toEqual({ kind: 'down', host: '127.0.0.1', port: 27017, text: 'connect ECONNREFUSED 127.0.0.1:27017' })
})
