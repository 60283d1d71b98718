// Session store: a redis client created when the module loads (no error listener: ioredis logs each refusal).
const Redis = require('ioredis')
const store = new Redis({ host: '127.0.0.1', port: 6379, retryStrategy: () => 300 })
module.exports = { store }
