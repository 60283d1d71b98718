const { describeFailure } = require('./describe')

test('describes a refused redis', () => {
  const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 6379 })
  expect(describeFailure(err, 'redis')).toMatchSnapshot()
})
