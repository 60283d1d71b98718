const { loadPrices } = require('../prices')
test('falls back to default prices', async () => { expect((await loadPrices()).length).toBe(1) })
