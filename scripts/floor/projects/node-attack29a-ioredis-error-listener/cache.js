const Redis = require('ioredis')
const config = require('./config')

let redis
function client () {
  if (!redis) {
    redis = new Redis(config.cache)
    // A cache is optional: its connection errors are logged, not thrown (ioredis retries on its own).
    redis.on('error', (err) => console.warn(`cache: ${err.message}`))
  }
  return redis
}

async function rememberTotal (id, total) {
  await client().set(`order:${id}:total`, total)
  return Number(await client().get(`order:${id}:total`))
}

function close () {
  if (redis) redis.disconnect()
}

module.exports = { rememberTotal, close }
