const { ping } = require('../../src/db')

describe('database', () => {
  it('answers a ping', async () => {
    expect(await ping()).toBe(1)
  })
})
