'use strict'
const Redis = require('ioredis')

function connect () {
  return new Redis({ host: process.env.REDIS_HOST || '127.0.0.1', port: 6379, maxRetriesPerRequest: 1 })
}

module.exports = { connect }
