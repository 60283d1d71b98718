// An in-memory stand-in for pg's Client used by the unit tests.
class Client { constructor() { this.rows = [] } connect(cb) { cb && cb(null) } query() { return Promise.resolve({ rows: [] }) } on() {} end() {} }
module.exports = { Client, native: null, types: { setTypeParser() {} } }
