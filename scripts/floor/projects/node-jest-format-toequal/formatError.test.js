const { formatError } = require('./formatError')

function refused () {
  const err = new Error('connect ECONNREFUSED 127.0.0.1:6379')
  err.code = 'ECONNREFUSED'
  err.errno = -111
  return err
}

test('formats a refused connection', () => {
  expect(formatError(refused())).toEqual({
    message: 'connect ECONNREFUSED 127.0.0.1:6379',
    code: 'ECONNREFUSED',
    retryable: true
  })
})

test('formats a timeout', () => {
  const err = Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })
  expect(formatError(err).code).toBe('ETIMEDOUT')
})
