const { retry } = require('./retry')

test('rethrows the last error', async () => {
  const op = async () => { throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) }
  await expect(retry(op, 3)).rejects.toThrow('connect ECONNREFUSED 127.0.0.1:5432')
})

test('returns the value', async () => {
  expect(await retry(async () => 7, 3)).toBe(7)
})
