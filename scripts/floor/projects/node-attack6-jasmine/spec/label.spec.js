const { ping, label } = require('../lib')

describe('shipping', () => {
  it('reaches the session store', async () => { await ping(6379) })
  it('labels a German parcel', () => { expect(label('de')).toBe('ship to DE') })
})
