const test = require('tape');
const { cachedPrice } = require('../lib/cache');

test('price falls back to computation without cache', (t) => {
  cachedPrice('sku-1', () => 1999, (err, p) => {
    t.error(err);
    t.equal(p, 1999);
    t.end();
  });
});
