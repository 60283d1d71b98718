const { ping, pool, report } = require('../lib')

describe('reports', () => {
  afterAll(() => pool.close())
  it('reaches the session store', async () => { await ping(6379) })
  it('builds a report', () => { expect(report()).toBe('ok') })
})
