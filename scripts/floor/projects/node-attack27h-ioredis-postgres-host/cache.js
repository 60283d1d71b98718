const Redis = require('ioredis')
const config = require('./config')

let redis
function client () {
  if (!redis) redis = new Redis(config.cache)
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
