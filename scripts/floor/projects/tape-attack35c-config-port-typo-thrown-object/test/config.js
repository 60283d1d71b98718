const test = require('tape');
const { parseConfig } = require('../lib/config');

test('reads host and port', (t) => {
  t.deepEqual(parseConfig({ HOST: 'api.internal', PORT: '8080' }), { host: 'api.internal', port: 8080 });
  t.end();
});
