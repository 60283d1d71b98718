'use strict';
const assert = require('assert');
const app = require('../lib/app');

describe('sessions', function () {
  it('saves a session', function (done) {
    app.saveSession('abc', { user: 1 }, function (err, reply) {
      assert.ifError(err);
      assert.strictEqual(reply, 'OK');
      done();
    });
  });
});
