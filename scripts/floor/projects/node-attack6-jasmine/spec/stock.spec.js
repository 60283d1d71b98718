const { ping, reserve } = require('../lib')

describe('stock', () => {
  it('reaches the session store', async () => { await ping(6379) })
  it('reserves two', async () => { expect(await reserve(2)).toBe(2) })
})
