const assert = require('node:assert')
it('prices A1', () => assert.strictEqual(100, 100))
